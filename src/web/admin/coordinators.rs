//! Managing coordinator accounts (administrators only).

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

use super::{AdminNav, Staff, admin_frame, admin_page};
use crate::auth::{PasswordError, hash_password};
use crate::db::coordinators::{self, Coordinator};
use crate::domain::contact::EmailAddress;
use crate::domain::form_input::FormInput;
use crate::domain::text::ShortText;
use crate::error::{AppError, Result};
use crate::web::AppState;
use crate::web::layout::Layout;

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
    let mut response = admin_page(page.render())?;
    *response.status_mut() = status;
    Ok(response)
}

pub async fn list(State(state): State<AppState>, staff: Staff) -> Result<Response> {
    staff.require_admin()?;
    page(&state, &staff, &FormInput::default(), Vec::new()).await
}

pub async fn add(
    State(state): State<AppState>,
    staff: Staff,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response> {
    staff.require_admin()?;
    let input = FormInput::parse(&body);
    staff.check_csrf(&state, &input, &headers)?;
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
        match coordinators::insert(
            &state.db.write,
            email.as_str(),
            name.as_str(),
            &hash,
            input.checked("admin"),
        )
        .await
        {
            Ok(_) => return Ok(Redirect::to("/admin/coordinators").into_response()),
            Err(error) if error.as_database_error().is_some_and(|e| e.is_unique_violation()) => {
                errors.push(lang.t("admin-error-email-taken"));
            }
            Err(error) => return Err(error.into()),
        }
    }
    page(&state, &staff, &input, errors).await
}

pub async fn remove(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<i64>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response> {
    staff.require_admin()?;
    staff.check_csrf(&state, &FormInput::parse(&body), &headers)?;
    if id == staff.who.id {
        return Err(AppError::Status(StatusCode::UNPROCESSABLE_ENTITY));
    }
    coordinators::remove_by_id(&state.db.write, id).await?;
    Ok(Redirect::to("/admin/coordinators").into_response())
}
