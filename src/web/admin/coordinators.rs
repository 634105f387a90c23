//! Managing coordinator accounts (administrators only).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::{Admin, AdminForm, AdminNav, Staff, admin_frame};
use crate::app::accounts::{self, AddError};
use crate::auth::{PasswordError, hash_password};
use crate::db::coordinators::{self, Coordinator};
use crate::domain::contact::EmailAddress;
use crate::domain::form_input::FormInput;
use crate::domain::text::ShortText;
use crate::domain::vocab::Role;
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
    me: i64,
    errors: Vec<String>,
    email: String,
    name: String,
    admin: bool,
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
        me: staff.who.id,
        errors,
        email: input.get("email").to_owned(),
        name: input.get("name").to_owned(),
        admin: input.checked("admin"),
    };
    Ok(Page::new(page).status(status).into_response())
}

pub async fn list(State(state): State<AppState>, Admin(staff): Admin) -> Result<Response> {
    page(&state, &staff, &FormInput::default(), Vec::new()).await
}

pub async fn add(
    State(state): State<AppState>,
    AdminForm { admin: staff, input }: AdminForm,
) -> Result<Response> {
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
    let hash = match hash_password(input.get("password").to_owned()).await {
        Ok(hash) => Some(hash),
        Err(PasswordError::TooShort) => {
            errors.push(lang.t("admin-error-password-short"));
            None
        }
        Err(error) => return Err(AppError::Internal(error.into())),
    };
    if let (Some(email), Some(name), Some(hash), true) = (email, name, hash, errors.is_empty()) {
        let role = if input.checked("admin") { Role::Admin } else { Role::Coordinator };
        match accounts::add_coordinator(&state.db, (&staff.who).into(), &email, &name, &hash, role).await {
            Ok(_) => return Ok(Redirect::to("/admin/coordinators").into_response()),
            Err(AddError::EmailTaken) => errors.push(lang.t("admin-error-email-taken")),
            Err(AddError::Db(error)) => return Err(error.into()),
        }
    }
    page(&state, &staff, &input, errors).await
}

pub async fn remove(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    AdminForm { admin: staff, .. }: AdminForm,
) -> Result<Response> {
    if id == staff.who.id {
        return Err(AppError::Status(StatusCode::UNPROCESSABLE_ENTITY));
    }
    accounts::remove_coordinator(&state.db, (&staff.who).into(), id).await?;
    Ok(Redirect::to("/admin/coordinators").into_response())
}
