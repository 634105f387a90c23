//! The two intake forms: showing them, checking and storing what is sent, and the
//! thank-you page.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use std::net::SocketAddr;

use crate::db::intake::NotStored;
use crate::domain::FieldError;
use crate::domain::choices::{ContactLanguage, HelpWay, Region, SafeToMessage, SpokenLanguage, Topic};
use crate::domain::form_input::FormInput;
use crate::domain::request::{OrientationRequest, SupportRequest};
use crate::domain::vocab::{Choice, RequestKind};
use crate::error::{AppError, RETRY_AFTER_SECONDS, Result};
use crate::i18n::Lang;
use crate::web::AppState;
use crate::web::cookies::{self, Flash, FormCookie};
use crate::web::form_guard::{self, GuardError};
use crate::web::layout::Layout;
use crate::web::page::Page;
use crate::web::page_cache::HOLE;

/// A form as shown: what was typed, what is wrong with it, and its fresh token.
pub struct FormView {
    lang: Lang,
    input: FormInput,
    errors: Vec<FieldError>,
    pub token: String,
}

impl FormView {
    pub(crate) fn new(lang: Lang, input: FormInput, errors: Vec<FieldError>, token: String) -> FormView {
        FormView { lang, input, errors, token }
    }

    pub fn value(&self, name: &str) -> &str {
        self.input.get(name)
    }

    pub fn has(&self, name: &str, value: &&str) -> bool {
        self.input.has(name, value)
    }

    pub fn checked(&self, name: &str) -> bool {
        self.input.checked(name)
    }

    /// The localized message for a field, if it has a problem.
    pub fn error(&self, name: &str) -> Option<String> {
        self.errors.iter().find(|e| e.field == name).map(|e| self.lang.t(e.message_key))
    }

    /// `(field, message)` of every problem, in the form's order, for the summary.
    pub fn summary(&self) -> Vec<(&'static str, String)> {
        self.errors.iter().map(|e| (e.field, self.lang.t(e.message_key))).collect()
    }

    /// The ids that describe a field: its hint (if any) and its error (if any).
    pub fn described_by(&self, name: &str, has_hint: bool) -> String {
        let mut ids = Vec::new();
        if has_hint {
            ids.push(format!("{name}-hint"));
        }
        if self.error(name).is_some() {
            ids.push(format!("{name}-error"));
        }
        ids.join(" ")
    }
}

#[derive(Template)]
#[template(path = "orientation.html")]
struct OrientationPage {
    l: Layout,
    form: FormView,
    regions: Vec<Choice>,
    topics: Vec<Choice>,
    contact_languages: Vec<Choice>,
    safe_to_message: Vec<Choice>,
    answer_time: String,
}

#[derive(Template)]
#[template(path = "support.html")]
struct SupportPage {
    l: Layout,
    form: FormView,
    regions: Vec<Choice>,
    help_ways: Vec<Choice>,
    languages: Vec<Choice>,
}

#[derive(Template)]
#[template(path = "thanks.html")]
struct ThanksPage {
    l: Layout,
    /// What she just sent, the first time the page is shown.
    sent: Option<SentForm>,
}

struct SentForm {
    received: String,
    reference: String,
    next_steps: String,
}

/// The form's page below the language prefix (`/orientation`).
fn form_path(kind: RequestKind) -> &'static str {
    match kind {
        RequestKind::Orientation => "/orientation",
        RequestKind::Support => "/support",
    }
}

/// The form's name in keys and tokens (`orientation`).
fn form_name(kind: RequestKind) -> &'static str {
    &form_path(kind)[1..]
}

/// The HTML of a form page with `token` in it.
fn render_form(
    state: &AppState,
    lang: Lang,
    kind: RequestKind,
    input: FormInput,
    errors: Vec<FieldError>,
    token: String,
) -> Result<String> {
    let form = FormView { lang, input, errors, token };
    let name = form_name(kind);
    let mut l = Layout::new(
        &state.site,
        lang,
        form_path(kind),
        lang.t(&format!("page-{name}-title")),
        lang.t(&format!("page-{name}-description")),
    );
    if !form.errors.is_empty() {
        l.title = lang.t_args("form-title-with-errors", &[("title", l.title.clone().into())]);
    }
    let regions = Region::options(lang);
    let html = match kind {
        RequestKind::Orientation => OrientationPage {
            l,
            form,
            regions,
            topics: Topic::options(lang),
            contact_languages: ContactLanguage::options_among(&state.config.answer_languages, lang),
            safe_to_message: SafeToMessage::options(lang),
            answer_time: match state.config.answer_within_days {
                Some(days) => lang.t_args("orientation-answer-time", &[("days", days.into())]),
                None => lang.t("orientation-answer-soon"),
            },
        }
        .render(),
        RequestKind::Support => SupportPage {
            l,
            form,
            regions,
            help_ways: HelpWay::options_among(HelpWay::OFFERED, lang),
            languages: SpokenLanguage::options(lang),
        }
        .render(),
    };
    Ok(html?)
}

/// A blank form: rendered once per language with a hole for the token, then filled with
/// each visitor's fresh token.
async fn blank_form(
    state: &AppState,
    lang: Lang,
    kind: RequestKind,
    headers: &HeaderMap,
) -> Result<Response> {
    let cookie = FormCookie::of(headers);
    let token = form_guard::issue(&state.keys, form_name(kind), &cookie.value);
    let mut response = state
        .pages
        .serve_with_hole(lang, form_path(kind), headers, &token, || async {
            render_form(state, lang, kind, FormInput::default(), Vec::new(), HOLE.to_owned())
        })
        .await?;
    cookie.set_on(&mut response, state.config.is_https());
    Ok(response)
}

/// Which token a form shown again carries.
enum NextToken {
    /// A fresh one: the submission was refused, and sending it again is a new submission.
    Fresh,
    /// The one she sent, still valid: her submission may have reached the disk even though
    /// we could not confirm it, and sending it again must find it rather than store it twice.
    Same(String),
}

/// A form shown again with what was typed and what is wrong with it.
#[allow(clippy::too_many_arguments)]
fn form_response(
    state: &AppState,
    lang: Lang,
    kind: RequestKind,
    input: FormInput,
    errors: Vec<FieldError>,
    status: StatusCode,
    headers: &HeaderMap,
    next_token: NextToken,
) -> Result<Response> {
    let cookie = FormCookie::of(headers);
    let token = match next_token {
        NextToken::Fresh => form_guard::issue(&state.keys, form_name(kind), &cookie.value),
        NextToken::Same(token) => token,
    };
    let html = render_form(state, lang, kind, input, errors, token)?;
    // What she typed and her token: kept by no cache (the default policy).
    let mut response = (status, Html(html)).into_response();
    cookie.set_on(&mut response, state.config.is_https());
    Ok(response)
}

pub async fn orientation_form(
    State(state): State<AppState>,
    lang: Lang,
    headers: HeaderMap,
) -> Result<Response> {
    blank_form(&state, lang, RequestKind::Orientation, &headers).await
}

pub async fn support_form(State(state): State<AppState>, lang: Lang, headers: HeaderMap) -> Result<Response> {
    blank_form(&state, lang, RequestKind::Support, &headers).await
}

pub async fn orientation_submit(
    State(state): State<AppState>,
    lang: Lang,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response> {
    submit(&state, lang, RequestKind::Orientation, peer, &headers, &body).await
}

pub async fn support_submit(
    State(state): State<AppState>,
    lang: Lang,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response> {
    submit(&state, lang, RequestKind::Support, peer, &headers, &body).await
}

/// What a form parsed into.
enum Submission {
    Orientation(OrientationRequest),
    Support(SupportRequest),
}

/// A form-wide problem (not tied to one field), shown at the top of the form.
pub(crate) fn form_error(key: &'static str) -> Vec<FieldError> {
    vec![FieldError::new("form", key)]
}

/// The checks every public form post passes, in order: the rate limit, the origin, the
/// form's token, the honeypot, then `parse`; sent too quickly, she still sees every real
/// problem on its field, and "send it again" only when nothing else is wrong. Returns what
/// `parse` made and the token's nonce (the submission's idempotency key), or the errors to
/// show with their status.
pub(crate) fn guarded<T>(
    state: &AppState,
    name: &str,
    peer: SocketAddr,
    headers: &HeaderMap,
    input: &FormInput,
    parse: impl FnOnce(&FormInput) -> std::result::Result<T, Vec<FieldError>>,
) -> std::result::Result<(T, String), (Vec<FieldError>, StatusCode)> {
    if !state.limiter.allow(peer, headers) {
        return Err((form_error("error-rate-limited"), StatusCode::TOO_MANY_REQUESTS));
    }
    if form_guard::is_cross_site(headers) {
        return Err((form_error("error-form-security"), StatusCode::FORBIDDEN));
    }
    let cookie = cookies::form_cookie(headers);
    let guard = form_guard::check(
        &state.keys,
        name,
        cookie.as_deref(),
        input.get("token"),
        state.config.form_min_seconds,
    );
    if let Err(GuardError::Invalid) = guard {
        return Err((form_error("error-form-security"), StatusCode::FORBIDDEN));
    }
    // Hidden from people; bots fill in every field.
    if !input.get("website").is_empty() {
        return Err((form_error("error-form-rejected"), StatusCode::UNPROCESSABLE_ENTITY));
    }
    match (parse(input), guard) {
        (Err(errors), _) => Err((errors, StatusCode::UNPROCESSABLE_ENTITY)),
        (Ok(_), Err(_)) => Err((form_error("error-form-too-fast"), StatusCode::UNPROCESSABLE_ENTITY)),
        (Ok(parsed), Ok(nonce)) => Ok((parsed, nonce)),
    }
}

async fn submit(
    state: &AppState,
    lang: Lang,
    kind: RequestKind,
    peer: SocketAddr,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<Response> {
    if !form_guard::is_form_encoded(headers) {
        return Err(AppError::Status(StatusCode::UNSUPPORTED_MEDIA_TYPE));
    }
    let input = FormInput::parse(body);
    let again = |errors, status| {
        form_response(state, lang, kind, input.clone(), errors, status, headers, NextToken::Fresh)
    };

    let parsed = guarded(state, form_name(kind), peer, headers, &input, |input| match kind {
        RequestKind::Orientation => {
            OrientationRequest::parse(input, &state.config.answer_languages).map(Submission::Orientation)
        }
        RequestKind::Support => SupportRequest::parse(input).map(Submission::Support),
    });
    let (request, idempotency_key) = match parsed {
        Ok(parsed) => parsed,
        Err((errors, status)) => return again(errors, status),
    };
    let token = input.get("token");
    let stored = match &request {
        Submission::Orientation(request) => state.intake.submit(request, lang, &idempotency_key).await,
        Submission::Support(request) => state.intake.submit(request, lang, &idempotency_key).await,
    };
    let stored = match stored {
        Ok(reference) => reference,
        // Not on disk (a full disk, a held lock): she keeps what she wrote and is told to
        // send it again a little later. The cause is logged where it happened.
        Err(NotStored(_)) => {
            let token = token.to_owned();
            let mut response = form_response(
                state,
                lang,
                kind,
                input.clone(),
                form_error("error-not-saved"),
                StatusCode::SERVICE_UNAVAILABLE,
                headers,
                NextToken::Same(token),
            )?;
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(RETRY_AFTER_SECONDS));
            return Ok(response);
        }
    };
    state.mail_wake.notify_one();
    // The thank-you page has a neutral address: neither the form nor the reference appears
    // in her history. The reference travels sealed in a cookie that page reads once.
    let mut response = Redirect::to(&format!("/{lang}/thanks")).into_response();
    cookies::set_flash(
        &mut response,
        &state.keys,
        &Flash { kind, reference: stored },
        state.config.is_https(),
    );
    Ok(response)
}

/// `GET /{lang}/thanks`: her reference and what happens next, once; opened again (a reload,
/// her history), a plain thank-you with nothing in it about what she sent.
pub async fn thanks(State(state): State<AppState>, lang: Lang, headers: HeaderMap) -> Result<Response> {
    let flash = cookies::flash(&headers, &state.keys);
    let l = Layout::new(&state.site, lang, "/thanks", lang.t("thanks-title"), String::new()).not_indexed();
    let sent = flash.map(|flash| {
        let name = form_name(flash.kind);
        SentForm {
            received: lang.t(&format!("thanks-{name}-received")),
            reference: flash.reference,
            next_steps: lang.t(&format!("thanks-{name}-next")),
        }
    });
    let had_flash = sent.is_some();
    let mut response = Page::new(ThanksPage { l, sent }).into_response();
    if had_flash {
        cookies::clear_flash(&mut response, state.config.is_https());
    }
    Ok(response)
}
