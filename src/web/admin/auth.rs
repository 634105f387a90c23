//! Signing in and out of the back office.

use std::net::SocketAddr;
use std::time::Duration;

use askama::Template;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use tower_sessions::Session;

use super::{Staff, StaffForm};
use crate::app::accounts;
use crate::app::two_step::{self, Passed};
use crate::auth::verify_password;
use crate::db::coordinators;
use crate::domain::form_input::FormInput;
use crate::error::{AppError, Result};
use crate::web::AppState;
use crate::web::cookies::{self, FormCookie};
use crate::web::form_guard;
use crate::web::layout::Layout;
use crate::web::page::Page;
use crate::web::site::negotiated_lang;

/// How long a wrong password makes the answer wait, on top of the hashing.
const FAILED_LOGIN_DELAY: Duration = Duration::from_millis(700);

#[derive(Template)]
#[template(path = "admin/login.html")]
struct LoginPage {
    l: Layout,
    email: String,
    error: Option<String>,
    token: String,
}

const LOGIN_FORM: &str = "admin-login";

/// The login form carries a token bound to a pre-login cookie, like the public forms.
fn login_page(
    state: &AppState,
    headers: &HeaderMap,
    email: String,
    error: Option<&str>,
    status: StatusCode,
) -> Result<Response> {
    let lang = negotiated_lang(headers);
    let cookie = FormCookie::of(headers);
    let page = LoginPage {
        l: Layout::new(&state.site, lang, "/admin/login", lang.t("admin-login-title"), String::new())
            .not_indexed(),
        email,
        error: error.map(|key| lang.t(key)),
        token: form_guard::issue(&state.keys, LOGIN_FORM, &cookie.value),
    };
    let mut response = Page::new(page).status(status).into_response();
    cookie.set_on(&mut response, state.config.is_https());
    Ok(response)
}

pub async fn login_form(
    State(state): State<AppState>,
    staff: Option<Staff>,
    headers: HeaderMap,
) -> Result<Response> {
    if let Some(staff) = staff {
        return Ok(Redirect::to(super::home(staff.who.role)).into_response());
    }
    login_page(&state, &headers, String::new(), None, StatusCode::OK)
}

pub async fn login(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    session: Session,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response> {
    let input = FormInput::parse(&body);
    let email = input.get("email").trim().to_owned();
    let password = input.get("password").to_owned();
    let token_ok = form_guard::check(
        &state.keys,
        LOGIN_FORM,
        cookies::form_cookie(&headers).as_deref(),
        input.get("token"),
        0,
    )
    .is_ok();
    if !token_ok || form_guard::is_cross_site(&headers) {
        return login_page(&state, &headers, email, Some("error-login-again"), StatusCode::FORBIDDEN);
    }
    if !state.login_limiter.allow(peer, &headers, &email) {
        tokio::time::sleep(FAILED_LOGIN_DELAY).await;
        return login_page(
            &state,
            &headers,
            email,
            Some("admin-login-too-many"),
            StatusCode::TOO_MANY_REQUESTS,
        );
    }
    let account = coordinators::credentials(&state.db.read, &email).await?;
    let (id, hash) = match account {
        Some((id, hash)) => (Some(id), Some(hash)),
        None => (None, None),
    };
    // The same work and the same answer whether or not the account exists.
    let valid = verify_password(password, hash).await;
    let account = match id {
        Some(id) => coordinators::by_id(&state.db.read, id).await?,
        None => None,
    };
    let passed = match (valid, &account) {
        (true, Some(who)) => two_step::pass(&state.db, &state.keys, who, input.get("code"))
            .await
            .map_err(AppError::Internal)?,
        _ => Passed::No,
    };
    match (passed, account) {
        (Passed::Yes | Passed::NotSetUp, Some(who)) => {
            Staff::begin(&state, &session, &who, &agent_of(&headers)).await.map_err(AppError::Internal)?;
            tracing::info!(coordinator_id = who.id, "coordinator signed in");
            let next = if matches!(passed, Passed::NotSetUp) && state.config.require_two_step {
                super::TWO_STEP_SETUP
            } else {
                super::home(who.role)
            };
            Ok(Redirect::to(next).into_response())
        }
        (_, account) => {
            if let Some(account) = account {
                // Recorded apart from the answer, so that it takes as long as for an
                // address that has no account.
                let db = state.db.clone();
                tokio::spawn(async move {
                    if let Err(error) = accounts::sign_in_failed(&db, &account).await {
                        tracing::warn!(%error, "could not record a failed sign-in");
                    }
                });
            }
            tokio::time::sleep(FAILED_LOGIN_DELAY).await;
            tracing::warn!("failed back-office login");
            // One answer whichever of the address, the password or the code was wrong.
            login_page(&state, &headers, email, Some("admin-login-failed"), StatusCode::UNAUTHORIZED)
        }
    }
}

/// The browser and system a request comes from, coarsely ("Firefox · Linux"): what a
/// coordinator needs to recognise her sessions, and nothing more.
fn agent_of(headers: &HeaderMap) -> String {
    let agent = headers.get(axum::http::header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or("");
    match woothee::parser::Parser::new().parse(agent) {
        Some(found) if found.name != "UNKNOWN" => {
            let os = if found.os == "UNKNOWN" { "" } else { found.os };
            [found.name, os].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" · ")
        }
        _ => String::new(),
    }
}

pub async fn logout(State(state): State<AppState>, StaffForm { staff, .. }: StaffForm) -> Result<Response> {
    accounts::sign_out(&state.db, &staff.sign_in).await?;
    staff.session.flush().await.map_err(|e| AppError::Internal(anyhow::anyhow!("session: {e}")))?;
    Ok(Redirect::to("/admin/login").into_response())
}
