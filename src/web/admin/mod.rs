//! The coordinators' back office under `/admin`: sessions, the signed-in coordinator, and
//! the routes of each area.

mod auth;
mod content;
mod coordinators;
mod request;
mod requests;
mod stats;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, OptionalFromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, Session, SessionManagerLayer};
use tower_sessions_sqlx_store::SqliteStore;

use crate::clock::now_seconds;
use crate::crypto::random_token;
use crate::db::coordinators::{self as db_coordinators, Coordinator};
use crate::db::requests as db_requests;
use crate::domain::form_input::FormInput;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::web::AppState;
use crate::web::cookies;
use crate::web::form_guard;
use crate::web::layout::Layout;
use crate::web::routes::Routes;
use crate::web::site::negotiated_lang;

const SESSION_COORDINATOR: &str = "coordinator_id";
const SESSION_LOGGED_IN_AT: &str = "logged_in_at";
const SESSION_CSRF: &str = "csrf";

/// Every back-office route.
pub fn routes() -> Routes {
    Routes::new()
        .get("/admin", || async { Redirect::to("/admin/requests") })
        .get("/admin/", || async { Redirect::to("/admin/requests") })
        .get("/admin/login", auth::login_form)
        .post("/admin/login", auth::login)
        .post("/admin/logout", auth::logout)
        .get("/admin/requests", requests::inbox)
        .get("/admin/requests/export.csv", requests::export)
        .get("/admin/requests/{reference}", request::detail)
        .post("/admin/requests/{reference}/status", request::set_status)
        .post("/admin/requests/{reference}/assign", request::assign)
        .post("/admin/requests/{reference}/notes", request::add_note)
        .post("/admin/requests/{reference}/delete", request::delete)
        .post("/admin/requests/{reference}/mails/{id}/resend", request::resend)
        .get("/admin/content", content::index)
        .get("/admin/content/{kind}/new", content::new_form)
        .post("/admin/content/{kind}/new", content::create)
        .get("/admin/content/{kind}/{id}", content::edit_form)
        .post("/admin/content/{kind}/{id}", content::update)
        .get("/admin/stats", stats::stats)
        .get("/admin/coordinators", coordinators::list)
        .post("/admin/coordinators", coordinators::add)
        .post("/admin/coordinators/{id}/remove", coordinators::remove)
}

/// The back office: its routes, with its session and its `X-Robots-Tag`.
pub fn router(state: &AppState) -> Router<AppState> {
    let sessions = SessionManagerLayer::new(state.sessions.clone())
        .with_name(cookies::SESSION_COOKIE)
        .with_http_only(true)
        .with_same_site(SameSite::Strict)
        .with_secure(state.config.is_https())
        .with_path("/admin")
        .with_expiry(Expiry::OnInactivity(time::Duration::seconds(
            i64::try_from(state.config.session_idle.as_secs()).unwrap_or(i64::MAX),
        )));
    routes()
        .into_router()
        .layer(sessions)
        // Nothing of the back office belongs in a search engine.
        .layer(SetResponseHeaderLayer::overriding(
            HeaderName::from_static("x-robots-tag"),
            HeaderValue::from_static("noindex, nofollow"),
        ))
}

/// The signed-in coordinator of a back-office request.
pub struct Staff {
    pub who: Coordinator,
    pub lang: Lang,
    session: Session,
    csrf: String,
}

/// A back-office request from someone not signed in: to the login page.
pub struct ToLogin;

impl IntoResponse for ToLogin {
    fn into_response(self) -> Response {
        Redirect::to("/admin/login").into_response()
    }
}

impl FromRequestParts<AppState> for Staff {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let session = Session::from_request_parts(parts, state).await.map_err(|(s, _)| s.into_response())?;
        let lang = negotiated_lang(&parts.headers);
        let id: Option<i64> = session.get(SESSION_COORDINATOR).await.ok().flatten();
        let logged_in_at: u64 = session.get(SESSION_LOGGED_IN_AT).await.ok().flatten().unwrap_or(0);
        let csrf: Option<String> = session.get(SESSION_CSRF).await.ok().flatten();
        let (Some(id), Some(csrf)) = (id, csrf) else { return Err(ToLogin.into_response()) };
        if now_seconds().saturating_sub(logged_in_at) >= state.config.session_max.as_secs() {
            let _ = session.flush().await;
            return Err(ToLogin.into_response());
        }
        match db_coordinators::by_id(&state.db.read, id).await {
            Ok(Some(who)) => Ok(Staff { who, lang, session, csrf }),
            Ok(None) => {
                // The account was removed: its sessions end with it.
                let _ = session.flush().await;
                Err(ToLogin.into_response())
            }
            Err(error) => Err(AppError::from(error).into_response()),
        }
    }
}

/// A signed-in administrator; anyone else signed in gets the 403 page.
pub struct Admin(pub Staff);

impl FromRequestParts<AppState> for Admin {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let staff = <Staff as FromRequestParts<AppState>>::from_request_parts(parts, state).await?;
        if staff.who.is_admin() {
            Ok(Admin(staff))
        } else {
            Err(AppError::Status(StatusCode::FORBIDDEN).into_response())
        }
    }
}

/// A back-office form post: from a signed-in coordinator, form-encoded, sent from one of
/// our own pages in her session (its CSRF token, and no cross-site `Origin`). The only
/// way a back-office handler gets at a posted body.
pub struct StaffForm {
    pub staff: Staff,
    pub input: FormInput,
}

/// [`StaffForm`] from an administrator.
pub struct AdminForm {
    pub admin: Staff,
    pub input: FormInput,
}

impl FromRequest<AppState> for StaffForm {
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = request.into_parts();
        let staff = <Staff as FromRequestParts<AppState>>::from_request_parts(&mut parts, state).await?;
        if !form_guard::is_form_encoded(&parts.headers) {
            return Err(AppError::Status(StatusCode::UNSUPPORTED_MEDIA_TYPE).into_response());
        }
        let headers = parts.headers.clone();
        let bytes = Bytes::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(IntoResponse::into_response)?;
        let input = FormInput::parse(&bytes);
        if !staff.is_own_form(state, &input, &headers) {
            return Err(AppError::Status(StatusCode::FORBIDDEN).into_response());
        }
        Ok(StaffForm { staff, input })
    }
}

impl FromRequest<AppState> for AdminForm {
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let StaffForm { staff, input } = StaffForm::from_request(request, state).await?;
        if !staff.who.is_admin() {
            return Err(AppError::Status(StatusCode::FORBIDDEN).into_response());
        }
        Ok(AdminForm { admin: staff, input })
    }
}

impl OptionalFromRequestParts<AppState> for Staff {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Option<Self>, Self::Rejection> {
        Ok(<Staff as FromRequestParts<AppState>>::from_request_parts(parts, state).await.ok())
    }
}

impl Staff {
    /// The value admin forms carry to prove they come from our own pages.
    pub fn csrf_token(&self, state: &AppState) -> String {
        state.keys.sign("admin-csrf", self.csrf.as_bytes())
    }

    /// Whether a posted form came from one of our pages in this session.
    fn is_own_form(&self, state: &AppState, input: &FormInput, headers: &HeaderMap) -> bool {
        !form_guard::is_cross_site(headers)
            && state.keys.verify("admin-csrf", self.csrf.as_bytes(), input.get("csrf"))
    }

    /// Starts the signed-in session: a new session id (no fixation), a CSRF secret and
    /// the login time.
    async fn begin(session: &Session, coordinator_id: i64) -> Result<(), tower_sessions::session::Error> {
        session.cycle_id().await?;
        session.insert(SESSION_COORDINATOR, coordinator_id).await?;
        session.insert(SESSION_LOGGED_IN_AT, now_seconds()).await?;
        session.insert(SESSION_CSRF, random_token()).await?;
        Ok(())
    }
}

/// What the back office's header shows.
pub struct AdminNav {
    pub name: String,
    pub is_admin: bool,
    pub new_orientation: i64,
    pub new_support: i64,
    pub csrf: String,
    /// The area of the current page: `requests`, `content`, `stats`, `coordinators`.
    pub current: &'static str,
}

impl AdminNav {
    pub fn new_total(&self) -> i64 {
        self.new_orientation + self.new_support
    }
}

/// The layout and header of a back-office page.
pub async fn admin_frame(
    state: &AppState,
    staff: &Staff,
    path: &str,
    title: String,
    current: &'static str,
) -> Result<(Layout, AdminNav), AppError> {
    let (new_orientation, new_support) = db_requests::count_new(&state.db.read).await?;
    let l = Layout::new(&state.site, staff.lang, path, title, String::new()).not_indexed();
    let nav = AdminNav {
        name: staff.who.name.clone(),
        is_admin: staff.who.is_admin(),
        new_orientation,
        new_support,
        csrf: staff.csrf_token(state),
        current,
    };
    Ok((l, nav))
}

/// The session store, its table created when missing.
pub async fn session_store(pool: sqlx::SqlitePool) -> anyhow::Result<SqliteStore> {
    let store = SqliteStore::new(pool).with_table_name("sessions").map_err(|e| anyhow::anyhow!(e))?;
    store.migrate().await?;
    Ok(store)
}
