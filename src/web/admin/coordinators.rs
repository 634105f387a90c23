//! Managing back-office accounts and their roles (administrators only).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::{AdminNav, Staff, StaffForm, admin_frame};
use crate::app::accounts::{self, AddError};
use crate::auth::hash_new_password;
use crate::db::coordinators::{self, Coordinator};
use crate::domain::contact::EmailAddress;
use crate::domain::form_input::FormInput;
use crate::domain::text::ShortText;
use crate::domain::vocab::{Choice, Role};
use crate::error::{AppError, Result};
use crate::web::AppState;
use crate::web::layout::Layout;
use crate::web::page::Page;

#[derive(Template)]
#[template(path = "admin/coordinators.html")]
struct CoordinatorsPage {
    l: Layout,
    a: AdminNav,
    coordinators: Vec<Coordinator>,
    /// The accounts that have set up a second step of sign-in.
    two_step: Vec<i64>,
    me: i64,
    errors: Vec<String>,
    email: String,
    name: String,
    /// The role chosen in the form to add an account.
    role: &'static str,
    roles: Vec<Choice>,
}

async fn page(state: &AppState, staff: &Staff, input: &FormInput, errors: Vec<String>) -> Result<Response> {
    let lang = staff.lang;
    let (l, a) =
        admin_frame(state, staff, "/admin/coordinators", lang.t("admin-coordinators-title"), "coordinators")
            .await?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = CoordinatorsPage {
        l,
        a,
        coordinators: coordinators::all(&state.db.read).await?,
        two_step: crate::db::second_steps::accounts_with(&state.db.read).await?,
        me: staff.who.id,
        errors,
        email: input.get("email").to_owned(),
        name: input.get("name").to_owned(),
        role: Role::parse(input.get("role")).unwrap_or(Role::Coordinator).code(),
        roles: Role::options(lang),
    };
    Ok(Page::new(page).status(status).into_response())
}

pub async fn list(State(state): State<AppState>, staff: Staff) -> Result<Response> {
    page(&state, &staff, &FormInput::default(), Vec::new()).await
}

pub async fn add(State(state): State<AppState>, StaffForm { staff, input }: StaffForm) -> Result<Response> {
    let lang = staff.lang;
    let mut errors = Vec::new();
    let email = EmailAddress::parse(input.get("email"));
    if email.is_none() {
        errors.push(lang.t("error-email-invalid"));
    }
    let name = ShortText::parse(input.get("name")).ok();
    if name.is_none() {
        errors.push(lang.t("admin-error-name"));
    }
    let context = [input.get("email"), input.get("name")];
    let hash = match hash_new_password(input.get("password").to_owned(), &context).await {
        Ok(hash) => Some(hash),
        Err(error) => {
            errors.push(super::account::password_problem(lang, error)?);
            None
        }
    };
    if let (Some(email), Some(name), Some(hash), true) = (email, name, hash, errors.is_empty()) {
        let role = Role::parse(input.get("role")).unwrap_or(Role::Coordinator);
        match accounts::add_coordinator(&state.db, (&staff.who).into(), &email, &name, &hash, role).await {
            Ok(_) => return Ok(Redirect::to("/admin/coordinators").into_response()),
            Err(AddError::EmailTaken) => errors.push(lang.t("admin-error-email-taken")),
            Err(AddError::Db(error)) => return Err(error.into()),
        }
    }
    page(&state, &staff, &input, errors).await
}

/// Refuses an action on an administrator's own account from this page: she cannot remove
/// herself, take away her own role or give herself a fresh start by mistake.
fn not_herself(staff: &Staff, id: i64) -> Result<()> {
    if id == staff.who.id { Err(AppError::Status(StatusCode::UNPROCESSABLE_ENTITY)) } else { Ok(()) }
}

pub async fn remove(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    StaffForm { staff, .. }: StaffForm,
) -> Result<Response> {
    not_herself(&staff, id)?;
    accounts::remove_coordinator(&state.db, (&staff.who).into(), id).await?;
    Ok(Redirect::to("/admin/coordinators").into_response())
}

/// Gives a colleague another role. Not one's own: an administrator cannot lock herself
/// out of the accounts by mistake.
pub async fn change_role(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    StaffForm { staff, input }: StaffForm,
) -> Result<Response> {
    let role = Role::parse(input.get("role")).ok_or(AppError::Status(StatusCode::UNPROCESSABLE_ENTITY))?;
    not_herself(&staff, id)?;
    if !accounts::change_role(&state.db, (&staff.who).into(), id, role).await? {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to("/admin/coordinators").into_response())
}

#[derive(Template)]
#[template(path = "admin/fresh_start_link.html")]
struct FreshStartLinkPage {
    l: Layout,
    a: AdminNav,
    name: String,
    link: String,
}

/// A fresh start for a colleague who lost her password (or her second step): her
/// sessions end now, and the page shows, once, the link that lets her set a new one.
pub async fn fresh_start(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    StaffForm { staff, .. }: StaffForm,
) -> Result<Response> {
    // Her own password is changed on her account page.
    not_herself(&staff, id)?;
    let Some(secret) = accounts::fresh_start(&state.db, (&staff.who).into(), id).await? else {
        return Err(AppError::NotFound);
    };
    let name = coordinators::by_id(&state.db.read, id).await?.map(|c| c.name).unwrap_or_default();
    let lang = staff.lang;
    let (l, a) =
        admin_frame(&state, &staff, "/admin/coordinators", lang.t("admin-fresh-start-title"), "coordinators")
            .await?;
    let link = format!("{}/admin/fresh-start/{secret}", state.config.public_url.trim_end_matches('/'));
    Ok(Page::new(FreshStartLinkPage { l, a, name, link }).into_response())
}
