//! Her second step of sign-in: setting it up with an authenticator app (a QR code drawn
//! here, and the key as text), moving it to a new phone, and renewing her recovery codes.

use askama::Template;
use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};

use super::{AdminNav, Staff, StaffForm, admin_frame};
use crate::app::two_step;
use crate::db::second_steps;
use crate::domain::form_input::FormInput;
use crate::error::{AppError, Result};
use crate::web::AppState;
use crate::web::layout::Layout;
use crate::web::page::Page;

/// The enrolment form: the secret in three forms (a QR code, the key as text, and sealed in
/// the form, so that nothing is kept until her first code confirms it).
pub struct SetupView {
    pub key_text: String,
    pub qr_data_url: String,
    pub sealed_secret: String,
}

#[derive(Template)]
#[template(path = "admin/two_step.html")]
struct TwoStepPage {
    l: Layout,
    a: AdminNav,
    /// She must set it up before anything else.
    required: bool,
    /// The enrolment form, when she sets it up (the first time, or on a new phone).
    setup: Option<SetupView>,
    /// With a second step: how many recovery codes she has left.
    codes_left: Option<i64>,
    /// What the form could not take, each tied to its field (`code`, `password`).
    errors: Vec<(&'static str, String)>,
}

impl TwoStepPage {
    fn error(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|(f, _)| *f == field).map(|(_, m)| m.as_str())
    }

    fn messages(&self) -> Vec<&str> {
        self.errors.iter().map(|(_, m)| m.as_str()).collect()
    }
}

#[derive(Template)]
#[template(path = "admin/recovery_codes.html")]
struct RecoveryCodesPage {
    l: Layout,
    a: AdminNav,
    codes: Vec<String>,
    /// Where "continue" leads: her first page.
    next: &'static str,
}

async fn page(
    state: &AppState,
    staff: &Staff,
    secret: Option<&[u8]>,
    errors: Vec<(&'static str, String)>,
) -> Result<Response> {
    let lang = staff.lang;
    let setup = match secret {
        Some(secret) => {
            let setup = two_step::setup(secret, state.config.public_host(), &staff.who.email)
                .map_err(AppError::Internal)?;
            Some(SetupView {
                key_text: setup.key_text,
                qr_data_url: setup.qr_data_url,
                sealed_secret: state.keys.seal(secret),
            })
        }
        None => None,
    };
    let codes_left = if staff.two_step {
        Some(second_steps::recovery_codes_left(&state.db.read, staff.who.id).await?)
    } else {
        None
    };
    let (l, a) =
        admin_frame(state, staff, super::TWO_STEP_SETUP, lang.t("admin-two-step-title"), "account").await?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page =
        TwoStepPage { l, a, required: staff.must_set_up_two_step(&state.config), setup, codes_left, errors };
    Ok(Page::new(page).status(status).into_response())
}

async fn codes_page(state: &AppState, staff: &Staff, codes: Vec<String>) -> Result<Response> {
    let lang = staff.lang;
    let (l, a) =
        admin_frame(state, staff, super::TWO_STEP_SETUP, lang.t("admin-recovery-codes-title"), "account")
            .await?;
    Ok(Page::new(RecoveryCodesPage { l, a, codes, next: super::home(staff.who.role) }).into_response())
}

/// `GET /admin/two-step`: the enrolment form when she has no second step (or asks to move
/// it to a new phone with `?new=phone`), otherwise what she has.
pub async fn show(State(state): State<AppState>, staff: Staff, uri: Uri) -> Result<Response> {
    let query = FormInput::parse(uri.query().unwrap_or("").as_bytes());
    let setting_up = !staff.two_step || query.has("new", "phone");
    let secret = setting_up.then(two_step::new_secret);
    page(&state, &staff, secret.as_deref(), Vec::new()).await
}

/// `POST /admin/two-step`: her app's first code confirms the secret of the form (and her
/// password, when it replaces a second step she has); then her recovery codes, shown once.
pub async fn enrol(State(state): State<AppState>, StaffForm { staff, input }: StaffForm) -> Result<Response> {
    let lang = staff.lang;
    let Ok(secret) = state.keys.open(input.get("secret")) else {
        // Not a secret this site sealed (or sealed under a key since retired): a new one.
        let errors = vec![("code", lang.t("admin-two-step-start-again"))];
        return page(&state, &staff, Some(&two_step::new_secret()), errors).await;
    };
    let Some(step) = two_step::current_step(&secret, input.get("code")) else {
        let errors = vec![("code", lang.t("admin-two-step-wrong-code"))];
        return page(&state, &staff, Some(&secret), errors).await;
    };
    // Replacing the second step she has asks her password: an open session is not enough.
    // (After the code, so that only a complete attempt counts against her password's limit.)
    if staff.two_step
        && let Some(problem) = staff.check_password(&state, input.get("password")).await?.problem(lang)
    {
        return page(&state, &staff, Some(&secret), vec![("password", problem)]).await;
    }
    let codes = two_step::enrol(&state.db, &state.keys, &staff.who, &secret, step).await?;
    tracing::info!(coordinator_id = staff.who.id, "second step of sign-in set up");
    // She has it now: the menu opens again on the codes page.
    codes_page(&state, &Staff { two_step: true, ..staff }, codes).await
}

/// `POST /admin/two-step/recovery-codes`: with her password, new recovery codes; the old
/// ones stop working.
pub async fn renew_recovery_codes(
    State(state): State<AppState>,
    StaffForm { staff, input }: StaffForm,
) -> Result<Response> {
    if !staff.two_step {
        return Ok(Redirect::to(super::TWO_STEP_SETUP).into_response());
    }
    if let Some(problem) = staff.check_password(&state, input.get("password")).await?.problem(staff.lang) {
        return page(&state, &staff, None, vec![("password", problem)]).await;
    }
    let codes = two_step::renew_recovery_codes(&state.db, &staff.who).await?;
    codes_page(&state, &staff, codes).await
}
