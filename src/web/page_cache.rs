//! Public pages rendered once per language and kept, compressed, until content changes.
//!
//! Only pages that are the same for every visitor go in here; pages with per-visitor
//! tokens (the forms) are rendered per request.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

use axum::http::HeaderMap;
use axum::response::Response;

use crate::error::{AppError, Result};
use crate::i18n::Lang;
use crate::web::compressed::CompressedBody;

/// HTML may change at any edit: browsers revalidate with the ETag each time.
const HTML_CACHE_CONTROL: &str = "no-cache";

#[derive(Debug, Default)]
pub struct PageCache {
    pages: RwLock<HashMap<(Lang, String), Arc<CompressedBody>>>,
    /// Bumped by every content write, so a render that raced a write is not kept.
    generation: AtomicU64,
}

impl PageCache {
    /// Serves the page at `path` in `lang`, rendering it first if it is not cached.
    /// `render` returns `None` when the page does not exist.
    pub async fn serve<F, Fut>(
        &self,
        lang: Lang,
        path: &str,
        request_headers: &HeaderMap,
        render: F,
    ) -> Result<Response>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Option<String>>>,
    {
        let cached = self.pages.read().map_err(poisoned)?.get(&(lang, path.to_owned())).cloned();
        if let Some(page) = cached {
            return Ok(page.respond(request_headers));
        }
        let generation = self.generation.load(Ordering::Acquire);
        let html = render().await?.ok_or(AppError::NotFound)?;
        let page = Arc::new(CompressedBody::new(html, "text/html; charset=utf-8", HTML_CACHE_CONTROL));
        let mut pages = self.pages.write().map_err(poisoned)?;
        if self.generation.load(Ordering::Acquire) == generation {
            pages.insert((lang, path.to_owned()), page.clone());
        }
        Ok(page.respond(request_headers))
    }

    /// Forgets every page: called after any content write.
    pub fn invalidate(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
        if let Ok(mut pages) = self.pages.write() {
            pages.clear();
        }
    }
}

fn poisoned<T>(_: std::sync::PoisonError<T>) -> AppError {
    AppError::Internal(anyhow::anyhow!("page cache lock poisoned"))
}
