//! HTTP: state, extractors, handlers per area.

pub mod admin;
pub mod cookies;
pub mod error_pages;
pub mod events;
pub mod form_guard;
pub mod forms;
pub mod layout;
pub mod limits;
pub mod page;
pub mod page_cache;
pub mod pages;
pub mod routes;
pub mod site;

use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use tokio::sync::Notify;

use crate::crypto::Keys;
use crate::web::limits::{LoginLimiter, PostLimiter};
use tower_sessions_sqlx_store::SqliteStore;

use crate::app::intake::Intake;
use crate::assets::Assets;
use crate::config::Config;
use crate::db::Db;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::web::layout::SiteInfo;
use crate::web::page_cache::PageCache;

/// What every handler can reach: one shared value, so that handing it to a request costs
/// one reference count.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

impl AppState {
    pub fn new(shared: Shared) -> AppState {
        AppState(Arc::new(shared))
    }
}

impl std::ops::Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

/// The application's shared state, reached through [`AppState`].
pub struct Shared {
    pub config: Arc<Config>,
    pub db: Db,
    pub site: Arc<SiteInfo>,
    pub assets: Arc<Assets>,
    pub pages: Arc<PageCache>,
    pub keys: Keys,
    pub limiter: Arc<PostLimiter>,
    /// Takes in form submissions (written several per commit under load).
    pub intake: Intake,
    /// Events: registrations, their mail, and the coordinators' work on them.
    pub events: crate::app::events::EventDesk,
    /// Wakes the mail worker after a commit that queued mail.
    pub mail_wake: Arc<Notify>,
    /// Back-office sessions, stored in SQLite.
    pub sessions: SqliteStore,
    pub login_limiter: Arc<LoginLimiter>,
    /// What the server knows of its nightly backups (`BACKUP_DIR`).
    pub backups: Arc<crate::backups::BackupStatus>,
    /// Counted only when `METRICS_ADDR` is set.
    pub metrics: Arc<crate::metrics::Metrics>,
}

/// The page's language, from the first segment of the path; any other prefix is a 404.
impl<S: Send + Sync> FromRequestParts<S> for Lang {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Lang::from_path(parts.uri.path()).ok_or(AppError::NotFound)
    }
}
