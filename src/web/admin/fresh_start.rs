//! The other end of a fresh start: a colleague opens the one-time link an administrator
//! passed on to her and sets a new password. Signed out, so it carries its own form token,
//! like the sign-in form.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

use crate::app::accounts;
use crate::auth::hash_new_password;
use crate::db::coordinators::Coordinator;
use crate::domain::form_input::FormInput;
use crate::error::Result;
use crate::web::AppState;
use crate::web::cookies::{self, FormCookie};
use crate::web::form_guard;
use crate::web::layout::Layout;
use crate::web::page::Page;
use crate::web::site::negotiated_lang;

const FRESH_START_FORM: &str = "admin-fresh-start";

#[derive(Template)]
#[template(path = "admin/fresh_start.html")]
struct FreshStartPage {
    l: Layout,
    /// `None` when the link no longer works.
    name: Option<String>,
    action: String,
    token: String,
    errors: Vec<String>,
}

fn page(
    state: &AppState,
    headers: &HeaderMap,
    secret: &str,
    account: Option<&Coordinator>,
    errors: Vec<String>,
    status: StatusCode,
) -> Result<Response> {
    let lang = negotiated_lang(headers);
    let cookie = FormCookie::of(headers);
    let action = format!("/admin/fresh-start/{secret}");
    let page = FreshStartPage {
        l: Layout::new(&state.site, lang, "/admin/login", lang.t("admin-fresh-start-title"), String::new())
            .not_indexed(),
        name: account.map(|a| a.name.clone()),
        token: form_guard::issue(&state.keys, FRESH_START_FORM, &cookie.value),
        action,
        errors,
    };
    let mut response = Page::new(page).status(status).into_response();
    cookie.set_on(&mut response, state.config.is_https());
    Ok(response)
}

/// The account the link opens; a path that cannot be a secret is not looked up.
async fn account_of(state: &AppState, secret: &str) -> Result<Option<Coordinator>> {
    let plausible =
        secret.len() == 48 && secret.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if !plausible {
        return Ok(None);
    }
    Ok(accounts::fresh_start_account(&state.db, secret).await?)
}

/// `GET /admin/fresh-start/{secret}`.
pub async fn form(
    State(state): State<AppState>,
    Path(secret): Path<String>,
    headers: HeaderMap,
) -> Result<Response> {
    let account = account_of(&state, &secret).await?;
    let status = if account.is_some() { StatusCode::OK } else { StatusCode::GONE };
    page(&state, &headers, &secret, account.as_ref(), Vec::new(), status)
}

/// `POST /admin/fresh-start/{secret}`: the new password twice; then to the sign-in.
pub async fn set(
    State(state): State<AppState>,
    Path(secret): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response> {
    let input = FormInput::parse(&body);
    let lang = negotiated_lang(&headers);
    let cookie = cookies::form_cookie(&headers);
    let token_ok =
        form_guard::check(&state.keys, FRESH_START_FORM, cookie.as_deref(), input.get("token"), 0).is_ok();
    if !token_ok || form_guard::is_cross_site(&headers) {
        let errors = vec![lang.t("error-login-again")];
        let account = account_of(&state, &secret).await?;
        return page(&state, &headers, &secret, account.as_ref(), errors, StatusCode::FORBIDDEN);
    }
    let Some(account) = account_of(&state, &secret).await? else {
        return page(&state, &headers, &secret, None, Vec::new(), StatusCode::GONE);
    };
    let mut errors = Vec::new();
    let new = input.get("new").to_owned();
    if new != input.get("repeat") {
        errors.push(lang.t("admin-error-password-repeat"));
    }
    let hash = match hash_new_password(new, &[account.email.as_str(), account.name.as_str()]).await {
        Ok(hash) => Some(hash),
        Err(error) => {
            errors.push(super::account::password_problem(lang, error)?);
            None
        }
    };
    match hash {
        Some(hash) if errors.is_empty() => {
            if !accounts::finish_fresh_start(&state.db, &secret, &account, &hash).await? {
                return page(&state, &headers, &secret, None, Vec::new(), StatusCode::GONE);
            }
            Ok(Redirect::to("/admin/login").into_response())
        }
        _ => page(&state, &headers, &secret, Some(&account), errors, StatusCode::UNPROCESSABLE_ENTITY),
    }
}
