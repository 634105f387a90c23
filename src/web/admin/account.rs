//! Her own account: changing her password, and where she is signed in, with a button that
//! ends every other session.

use askama::Template;
use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};

use super::{AdminNav, Staff, StaffForm, admin_frame};
use crate::app::accounts;
use crate::auth::{PasswordError, hash_new_password};
use crate::db::sign_ins;
use crate::domain::form_input::FormInput;
use crate::error::{AppError, Result};
use crate::i18n::Lang;
use crate::local_time;
use crate::web::AppState;
use crate::web::layout::Layout;
use crate::web::page::Page;

pub struct SignInView {
    pub agent: String,
    pub started: String,
    pub last_used: String,
    pub is_this_one: bool,
}

#[derive(Template)]
#[template(path = "admin/account.html")]
struct AccountPage {
    l: Layout,
    a: AdminNav,
    email: String,
    /// Whether her second step of sign-in is set up.
    two_step: bool,
    sign_ins: Vec<SignInView>,
    /// What the password form could not take, each tied to its field.
    errors: Vec<(&'static str, String)>,
    /// A message after an action: the password changed, sessions ended.
    done: Option<String>,
}

impl AccountPage {
    fn error(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|(f, _)| *f == field).map(|(_, m)| m.as_str())
    }
}

/// The reason a new password is refused, in her language.
pub(super) fn password_problem(lang: Lang, error: PasswordError) -> Result<String> {
    match error {
        PasswordError::TooShort => Ok(lang.t("admin-error-password-short")),
        PasswordError::TooGuessable => Ok(lang.t("admin-error-password-guessable")),
        PasswordError::Hash(_) => Err(AppError::Internal(error.into())),
    }
}

async fn page(
    state: &AppState,
    staff: &Staff,
    errors: Vec<(&'static str, String)>,
    done: Option<String>,
) -> Result<Response> {
    let lang = staff.lang;
    let tz = &state.config.time_zone;
    let sign_ins = sign_ins::of_account(&state.db.read, staff.who.id)
        .await?
        .into_iter()
        .map(|s| SignInView {
            agent: if s.agent.is_empty() { lang.t("admin-unknown-browser") } else { s.agent },
            started: local_time::display(&s.started_at, tz, lang),
            last_used: local_time::display(&s.last_seen_at, tz, lang),
            is_this_one: s.id == staff.sign_in,
        })
        .collect();
    let (l, a) =
        admin_frame(state, staff, "/admin/account", lang.t("admin-account-title"), "account").await?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = AccountPage {
        l,
        a,
        email: staff.who.email.clone(),
        two_step: staff.two_step,
        sign_ins,
        errors,
        done,
    };
    Ok(Page::new(page).status(status).into_response())
}

/// `GET /admin/account`.
pub async fn show(State(state): State<AppState>, staff: Staff, uri: Uri) -> Result<Response> {
    let query = FormInput::parse(uri.query().unwrap_or("").as_bytes());
    let done = match query.get("done") {
        "password" => Some(staff.lang.t("admin-password-changed")),
        "ended" => Some(staff.lang.t("admin-sessions-ended")),
        _ => None,
    };
    page(&state, &staff, Vec::new(), done).await
}

/// `POST /admin/account/password`: the current password, then the new one twice. Her
/// other sessions end; this one goes on.
pub async fn change_password(
    State(state): State<AppState>,
    StaffForm { staff, input }: StaffForm,
) -> Result<Response> {
    let lang = staff.lang;
    let mut errors = Vec::new();
    if let Some(problem) = staff.check_password(&state, input.get("current")).await?.problem(lang) {
        errors.push(("current", problem));
    }
    let new = input.get("new").to_owned();
    if new != input.get("repeat") {
        errors.push(("repeat", lang.t("admin-error-password-repeat")));
    }
    let context = [staff.who.email.as_str(), staff.who.name.as_str()];
    let hash = match hash_new_password(new, &context).await {
        Ok(hash) => Some(hash),
        Err(error) => {
            errors.push(("new", password_problem(lang, error)?));
            None
        }
    };
    match hash {
        Some(hash) if errors.is_empty() => {
            accounts::change_password(&state.db, &staff.who, &staff.sign_in, &hash).await?;
            Ok(Redirect::to("/admin/account?done=password").into_response())
        }
        _ => page(&state, &staff, errors, None).await,
    }
}

/// `POST /admin/account/sessions/end-others`.
pub async fn end_others(
    State(state): State<AppState>,
    StaffForm { staff, .. }: StaffForm,
) -> Result<Response> {
    accounts::end_other_sign_ins(&state.db, &staff.who, &staff.sign_in).await?;
    Ok(Redirect::to("/admin/account?done=ended").into_response())
}
