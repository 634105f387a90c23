//! The coordinators' back office under `/admin`: sessions, the signed-in coordinator, and
//! the routes of each area.

mod account;
mod audit;
mod auth;
mod content;
mod coordinators;
mod events;
mod fresh_start;
mod mine;
mod people;
mod request;
mod requests;
mod stats;
mod two_step;
mod volunteers;

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

use crate::app::warnings::{self, Warning};
use crate::clock::now_seconds;
use crate::crypto::random_token;
use crate::db::coordinators::Coordinator;
use crate::db::requests as db_requests;
use crate::db::sign_ins;
use crate::domain::form_input::FormInput;
use crate::domain::vocab::Role;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::local_time;
use crate::web::AppState;
use crate::web::cookies;
use crate::web::form_guard;
use crate::web::layout::Layout;
use crate::web::routes::Routes;
use crate::web::site::negotiated_lang;

/// The session's sign-in (`sign_ins.id`): the account, and whether the sign-in still holds.
const SESSION_SIGN_IN: &str = "sign_in";
const SESSION_LOGGED_IN_AT: &str = "logged_in_at";
const SESSION_CSRF: &str = "csrf";

/// Who may use a back-office route: stated once for each route in [`routes`], checked by
/// the [`Staff`] extractor (which admits nobody on a route that states nothing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone signed in, even before she has set up the second step of sign-in that
    /// `REQUIRE_TWO_STEP` asks for: signing out, and setting it up.
    SettingUp,
    /// Anyone signed in, whatever her role: the way in, her own account.
    Anyone,
    /// Requests, volunteers, people and their statistics: administrators and coordinators.
    Casework,
    /// The website's content: administrators and editors.
    Content,
    /// Accounts: administrators.
    Accounts,
}

impl Access {
    pub fn admits(self, role: Role) -> bool {
        match self {
            Access::SettingUp | Access::Anyone => true,
            Access::Casework => matches!(role, Role::Admin | Role::Coordinator),
            Access::Content => matches!(role, Role::Admin | Role::Editor),
            Access::Accounts => role == Role::Admin,
        }
    }
}

/// Where a coordinator sets up her second step of sign-in.
pub const TWO_STEP_SETUP: &str = "/admin/two-step";

/// A signed-in account's first page: her requests, or the content for an editor.
pub fn home(role: Role) -> &'static str {
    if Access::Casework.admits(role) { "/admin/mine" } else { "/admin/content" }
}

/// Every back-office route, with who may use it.
pub fn routes() -> Routes {
    use Access::{Accounts, Anyone, Casework, Content, SettingUp};
    Routes::new()
        .get_for("/admin", Anyone, to_home)
        .get_for("/admin/", Anyone, to_home)
        .get_for("/admin/login", Anyone, auth::login_form)
        .post("/admin/login", auth::login)
        .post_for("/admin/logout", SettingUp, auth::logout)
        .get_for("/admin/two-step", SettingUp, two_step::show)
        .post_for("/admin/two-step", SettingUp, two_step::enrol)
        .post_for("/admin/two-step/recovery-codes", Anyone, two_step::renew_recovery_codes)
        .get_for("/admin/account", Anyone, account::show)
        .post_for("/admin/account/password", Anyone, account::change_password)
        .post_for("/admin/account/sessions/end-others", Anyone, account::end_others)
        .get_for("/admin/mine", Casework, mine::mine)
        .get_for("/admin/follow-ups", Casework, mine::follow_ups)
        .get_for("/admin/requests", Casework, requests::inbox)
        .get_for("/admin/requests/export.csv", Casework, requests::export)
        .get_for("/admin/requests/{reference}", Casework, request::detail)
        .post_for("/admin/requests/{reference}/status", Casework, request::set_status)
        .post_for("/admin/requests/{reference}/assign", Casework, request::assign)
        .post_for("/admin/requests/{reference}/notes", Casework, request::add_note)
        .post_for("/admin/requests/{reference}/follow-up", Casework, request::set_follow_up)
        .post_for("/admin/requests/{reference}/attempts", Casework, request::record_attempt)
        .post_for("/admin/requests/{reference}/volunteer-status", Casework, request::set_volunteer_status)
        .post_for("/admin/requests/{reference}/delete", Casework, request::delete)
        .post_for("/admin/requests/{reference}/mails/{id}/resend", Casework, request::resend)
        .get_for("/admin/volunteers", Casework, volunteers::list)
        .get_for("/admin/people", Casework, people::search_form)
        .post_for("/admin/people", Casework, people::search)
        .post_for("/admin/people/export", Casework, people::export_page)
        .post_for("/admin/people/export.json", Casework, people::export_json)
        .post_for("/admin/people/erase", Casework, people::erase)
        .get_for("/admin/stats", Casework, stats::stats)
        .get_for("/admin/events", Anyone, events::list)
        .get_for("/admin/events/new", Content, events::new_form)
        .post_for("/admin/events/new", Content, events::create)
        .get_for("/admin/events/{id}", Content, events::edit_form)
        .post_for("/admin/events/{id}", Content, events::update)
        .get_for("/admin/events/{id}/registrations", Casework, events::registrations)
        .get_for("/admin/events/{id}/registrations.csv", Casework, events::export)
        .post_for("/admin/events/{id}/registrations/{registration}/{action}", Casework, events::act)
        .post_for("/admin/events/{id}/message", Casework, events::message)
        .get_for("/admin/content", Content, content::index)
        .get_for("/admin/content/{kind}/new", Content, content::new_form)
        .post_for("/admin/content/{kind}/new", Content, content::create)
        .get_for("/admin/content/{kind}/{id}", Content, content::edit_form)
        .post_for("/admin/content/{kind}/{id}", Content, content::update)
        .get_for("/admin/coordinators", Accounts, coordinators::list)
        .get_for("/admin/audit", Accounts, audit::show)
        .post_for("/admin/data-key-stored", Accounts, data_key_stored)
        .post_for("/admin/coordinators", Accounts, coordinators::add)
        .post_for("/admin/coordinators/{id}/role", Accounts, coordinators::change_role)
        .post_for("/admin/coordinators/{id}/fresh-start", Accounts, coordinators::fresh_start)
        .post_for("/admin/coordinators/{id}/remove", Accounts, coordinators::remove)
        // Opened signed out, by the colleague the link was given to: the link is the key.
        .get("/admin/fresh-start/{secret}", fresh_start::form)
        .post("/admin/fresh-start/{secret}", fresh_start::set)
}

/// `POST /admin/data-key-stored`: an administrator notes that she stored a copy of the
/// data key; the warning ends.
async fn data_key_stored(
    axum::extract::State(state): axum::extract::State<AppState>,
    StaffForm { staff, .. }: StaffForm,
) -> Result<Redirect, AppError> {
    warnings::data_key_stored(&state.db, (&staff.who).into(), &state.keys).await?;
    Ok(Redirect::to(home(staff.who.role)))
}

/// `/admin`: to the first page of her role.
async fn to_home(staff: Staff) -> Redirect {
    Redirect::to(home(staff.who.role))
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
    /// This session's sign-in.
    pub sign_in: String,
    /// Whether she has set up the second step of sign-in.
    pub two_step: bool,
    session: Session,
    csrf: String,
}

/// How often a sign-in's "last used" time is written: not at every page.
const TOUCH_EVERY_SECONDS: i64 = 60;

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
        let sign_in: Option<String> = session.get(SESSION_SIGN_IN).await.ok().flatten();
        let logged_in_at: u64 = session.get(SESSION_LOGGED_IN_AT).await.ok().flatten().unwrap_or(0);
        let csrf: Option<String> = session.get(SESSION_CSRF).await.ok().flatten();
        let (Some(sign_in), Some(csrf)) = (sign_in, csrf) else { return Err(ToLogin.into_response()) };
        if now_seconds().saturating_sub(logged_in_at) >= state.config.session_max.as_secs() {
            let _ = session.flush().await;
            return Err(ToLogin.into_response());
        }
        match sign_ins::account(&state.db.read, &sign_in).await {
            Ok(Some(sign_ins::SignedIn { who, last_seen_at, two_step })) => {
                // The route states who may use it; one that states nothing admits nobody.
                let access = parts.extensions.get::<Access>().copied();
                if !access.is_some_and(|a| a.admits(who.role)) {
                    return Err(AppError::Status(StatusCode::FORBIDDEN).into_response());
                }
                let staff = Staff { who, lang, sign_in, two_step, session, csrf };
                // Without the second step she sees nothing but the way to set it up.
                if staff.must_set_up_two_step(&state.config) && access != Some(Access::SettingUp) {
                    return Err(Redirect::to(TWO_STEP_SETUP).into_response());
                }
                let stale = last_seen_at
                    .parse::<jiff::Timestamp>()
                    .is_ok_and(|t| jiff::Timestamp::now().as_second() - t.as_second() >= TOUCH_EVERY_SECONDS);
                if stale && let Err(error) = sign_ins::touch(&state.db.write, &staff.sign_in).await {
                    // A page still opens when the disk is full; only "last used" lags.
                    tracing::warn!(%error, "could not note when a sign-in was last used");
                }
                Ok(staff)
            }
            Ok(None) => {
                // Signed out elsewhere, ended by a password change, or the account was
                // removed: the session ends with its sign-in.
                let _ = session.flush().await;
                Err(ToLogin.into_response())
            }
            Err(error) => Err(AppError::from(error).into_response()),
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

impl OptionalFromRequestParts<AppState> for Staff {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Option<Self>, Self::Rejection> {
        Ok(<Staff as FromRequestParts<AppState>>::from_request_parts(parts, state).await.ok())
    }
}

/// Her answer when the back office asks her password again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordCheck {
    Right,
    Wrong,
    /// Too many attempts: she waits, as after failed sign-ins.
    TooMany,
}

impl PasswordCheck {
    /// What the form says under the password field; `None` when it was right.
    pub fn problem(self, lang: Lang) -> Option<String> {
        match self {
            PasswordCheck::Right => None,
            PasswordCheck::Wrong => Some(lang.t("admin-error-password-current")),
            PasswordCheck::TooMany => Some(lang.t("admin-login-too-many")),
        }
    }
}

impl Staff {
    /// Whether she must set up her second step before anything else (`REQUIRE_TWO_STEP`).
    pub fn must_set_up_two_step(&self, config: &crate::config::Config) -> bool {
        config.require_two_step && !self.two_step
    }

    /// Checks `password` against her own, limited like sign-ins: asked before a password
    /// change or a change of her second step, so that an open session alone is not enough.
    pub async fn check_password(&self, state: &AppState, password: &str) -> Result<PasswordCheck, AppError> {
        if !state.login_limiter.allow_password_check(&self.who.email) {
            return Ok(PasswordCheck::TooMany);
        }
        let hash = crate::db::coordinators::credentials(&state.db.read, &self.who.email)
            .await?
            .map(|(_, hash)| hash);
        Ok(if crate::auth::verify_password(password.to_owned(), hash).await {
            PasswordCheck::Right
        } else {
            PasswordCheck::Wrong
        })
    }

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
    async fn begin(
        state: &AppState,
        session: &Session,
        who: &Coordinator,
        agent: &str,
    ) -> anyhow::Result<()> {
        let sign_in = random_token();
        crate::app::accounts::sign_in(&state.db, who, &sign_in, agent).await?;
        session.cycle_id().await?;
        session.insert(SESSION_SIGN_IN, &sign_in).await?;
        session.insert(SESSION_LOGGED_IN_AT, now_seconds()).await?;
        session.insert(SESSION_CSRF, random_token()).await?;
        Ok(())
    }
}

/// What the back office's header shows.
pub struct AdminNav {
    pub name: String,
    /// What her role opens, for the menu.
    pub casework: bool,
    pub content: bool,
    pub accounts: bool,
    /// Her account page (not before her second step is set up).
    pub account: bool,
    pub new_orientation: i64,
    pub new_support: i64,
    /// Open requests whose follow-up day has passed, and those due today.
    pub overdue: i64,
    pub due_today: i64,
    pub csrf: String,
    /// What needs a person (mail failing, backups, the data key, the disk), in her language.
    pub warnings: Vec<WarningView>,
    /// The area of the current page: `mine`, `follow-ups`, `requests`, `volunteers`,
    /// `people`, `events`, `content`, `stats`, `coordinators`.
    pub current: &'static str,
}

/// One warning at the top of the back office.
pub struct WarningView {
    pub text: String,
    /// The data key's: an administrator confirms she stored a copy.
    pub data_key: bool,
}

impl WarningView {
    fn of(warning: &Warning, lang: Lang, tz: &jiff::tz::TimeZone) -> WarningView {
        let text = match warning {
            Warning::MailFailing { waiting, since } => lang.t_args(
                "admin-warning-mail",
                &[("count", (*waiting).into()), ("since", local_time::display(since, tz, lang).into())],
            ),
            Warning::BackupFailed { at } => lang
                .t_args("admin-warning-backup-failed", &[("when", local_time::display(at, tz, lang).into())]),
            Warning::BackupOld { at } => {
                lang.t_args("admin-warning-backup-old", &[("when", local_time::display(at, tz, lang).into())])
            }
            Warning::DataKeyUncopied => lang.t("admin-warning-data-key"),
            Warning::DiskNearlyFull { free_bytes } => {
                lang.t_args("admin-warning-disk", &[("megabytes", (free_bytes / (1024 * 1024)).into())])
            }
        };
        WarningView { text, data_key: *warning == Warning::DataKeyUncopied }
    }
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
    // Before her second step is set up, the menu offers nothing it would not open.
    let opens = |access: Access| access.admits(staff.who.role) && !staff.must_set_up_two_step(&state.config);
    // The counts of requests are for those who handle them.
    let ((new_orientation, new_support), (overdue, due_today)) = if opens(Access::Casework) {
        let today = local_time::today(&state.config.time_zone).to_string();
        (
            db_requests::count_new(&state.db.read).await?,
            db_requests::count_follow_ups(&state.db.read, &today).await?,
        )
    } else {
        ((0, 0), (0, 0))
    };
    let warnings = warnings::current(&state.db, &state.config, &state.keys, &state.backups.snapshot())
        .await?
        .iter()
        .map(|w| WarningView::of(w, staff.lang, &state.config.time_zone))
        .collect();
    let l = Layout::new(&state.site, staff.lang, path, title, String::new()).not_indexed();
    let nav = AdminNav {
        warnings,
        name: staff.who.name.clone(),
        casework: opens(Access::Casework),
        content: opens(Access::Content),
        accounts: opens(Access::Accounts),
        account: opens(Access::Anyone),
        new_orientation,
        new_support,
        overdue,
        due_today,
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

/// The query string of a list's filters as typed (`names`, the empty ones left out): what
/// its page links and export keep.
pub fn kept_query(query: &FormInput, names: &[&str]) -> String {
    let mut serializer = form_urlencoded::Serializer::new(String::new());
    for name in names {
        let value = query.get(name).trim();
        if !value.is_empty() {
            serializer.append_pair(name, value);
        }
    }
    serializer.finish()
}
