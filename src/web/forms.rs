//! The two intake forms: showing them, checking and storing what is sent, and the
//! thank-you pages.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use std::net::SocketAddr;

use crate::db::intake::{self, NotStored, Stored, Submission};
use crate::db::requests;
use crate::db::requests::{NewRequest, RequestKind};
use crate::domain::FieldError;
use crate::domain::choices::{
    ContactLanguage, HelpWay, Region, SafeToMessage, SpokenLanguage, Topic, join_codes,
};
use crate::domain::form_input::FormInput;
use crate::domain::reference::{is_reference, new_reference};
use crate::domain::request::{OrientationRequest, SupportRequest};
use crate::error::{AppError, RETRY_AFTER_SECONDS, Result};
use crate::i18n::Lang;
use crate::mail::message::{self, MailContext, OutgoingMail};
use crate::mail::worker::now_ms;
use crate::web::AppState;
use crate::web::form_guard::{self, FORM_COOKIE, GuardError};
use crate::web::layout::Layout;
use crate::web::page_cache::HOLE;

/// A form as shown: what was typed, what is wrong with it, and its fresh token.
pub struct FormView {
    lang: Lang,
    input: FormInput,
    errors: Vec<FieldError>,
    pub token: String,
}

/// One option of a list, for templates.
pub struct Choice {
    pub code: &'static str,
    pub label: String,
}

/// Every choice of a list with its label in `lang`.
pub fn choices<T: Copy>(
    lang: Lang,
    all: &[T],
    code: fn(T) -> &'static str,
    key: fn(T) -> &'static str,
) -> Vec<Choice> {
    all.iter().map(|c| Choice { code: code(*c), label: lang.t(key(*c)) }).collect()
}

impl FormView {
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
    reference: String,
    next_steps: String,
}

impl RequestKind {
    fn path(self) -> &'static str {
        match self {
            RequestKind::Orientation => "/orientation",
            RequestKind::Support => "/support",
        }
    }

    fn page_name(self) -> &'static str {
        &self.path()[1..]
    }
}

/// The visitor's form cookie, and whether it is new (to be set on the response).
fn visitor_cookie(headers: &HeaderMap) -> (String, bool) {
    match form_guard::form_cookie(headers) {
        Some(cookie) => (cookie.to_owned(), false),
        None => (form_guard::random_token(), true),
    }
}

/// Sets the form cookie on a response when the visitor had none.
fn set_form_cookie(state: &AppState, response: &mut Response, cookie: &str, is_new: bool) {
    if is_new {
        let secure = if state.config.is_https() { "; Secure" } else { "" };
        let cookie = format!("{FORM_COOKIE}={cookie}; Path=/; HttpOnly; SameSite=Strict{secure}");
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().insert(header::SET_COOKIE, value);
        }
    }
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
    let name = kind.page_name();
    let mut l = Layout::new(
        &state.site,
        lang,
        kind.path(),
        lang.t(&format!("page-{name}-title")),
        lang.t(&format!("page-{name}-description")),
    );
    if !form.errors.is_empty() {
        l.title = lang.t_args("form-title-with-errors", &[("title", l.title.clone().into())]);
    }
    let regions = choices(lang, Region::ALL, Region::code, Region::label_key);
    let html = match kind {
        RequestKind::Orientation => OrientationPage {
            l,
            form,
            regions,
            topics: choices(lang, Topic::ALL, Topic::code, Topic::label_key),
            contact_languages: choices(
                lang,
                ContactLanguage::ALL,
                ContactLanguage::code,
                ContactLanguage::label_key,
            ),
            safe_to_message: choices(lang, SafeToMessage::ALL, SafeToMessage::code, SafeToMessage::label_key),
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
            help_ways: choices(lang, HelpWay::ALL, HelpWay::code, HelpWay::label_key),
            languages: choices(lang, SpokenLanguage::ALL, SpokenLanguage::code, SpokenLanguage::label_key),
        }
        .render(),
    };
    Ok(html.map_err(anyhow::Error::from)?)
}

/// A blank form: rendered once per language with a hole for the token, then filled with
/// each visitor's fresh token.
async fn blank_form(
    state: &AppState,
    lang: Lang,
    kind: RequestKind,
    headers: &HeaderMap,
) -> Result<Response> {
    let (cookie, is_new) = visitor_cookie(headers);
    let token = form_guard::issue(&state.keys, kind.page_name(), &cookie);
    let mut response = state
        .pages
        .serve_with_hole(lang, kind.path(), headers, &token, || async {
            render_form(state, lang, kind, FormInput::default(), Vec::new(), HOLE.to_owned())
        })
        .await?;
    set_form_cookie(state, &mut response, &cookie, is_new);
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
    let (cookie, is_new) = visitor_cookie(headers);
    let token = match next_token {
        NextToken::Fresh => form_guard::issue(&state.keys, kind.page_name(), &cookie),
        NextToken::Same(token) => token,
    };
    let html = render_form(state, lang, kind, input, errors, token)?;
    let mut response = (status, Html(html)).into_response();
    // The page carries a per-visitor token: never cached anywhere.
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    set_form_cookie(state, &mut response, &cookie, is_new);
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

/// A form-wide problem (not tied to one field), shown at the top of the form.
fn form_error(key: &'static str) -> Vec<FieldError> {
    vec![FieldError::new("form", key)]
}

async fn submit(
    state: &AppState,
    lang: Lang,
    kind: RequestKind,
    peer: SocketAddr,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<Response> {
    let is_form = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| {
        v.trim_start().to_ascii_lowercase().starts_with("application/x-www-form-urlencoded")
    });
    if !is_form {
        return Err(AppError::Status(StatusCode::UNSUPPORTED_MEDIA_TYPE));
    }
    let input = FormInput::parse(body);
    let again = |errors, status| {
        form_response(state, lang, kind, input.clone(), errors, status, headers, NextToken::Fresh)
    };

    if !state.limiter.allow(peer, headers) {
        return again(form_error("error-rate-limited"), StatusCode::TOO_MANY_REQUESTS);
    }
    if form_guard::is_cross_site(headers) {
        return again(form_error("error-form-security"), StatusCode::FORBIDDEN);
    }
    let token = input.get("token");
    let cookie = form_guard::form_cookie(headers);
    let idempotency_key = match form_guard::check(
        &state.keys,
        kind.page_name(),
        cookie,
        token,
        state.config.form_min_seconds,
    ) {
        Ok(nonce) => nonce,
        Err(GuardError::TooFast) => {
            return again(form_error("error-form-too-fast"), StatusCode::UNPROCESSABLE_ENTITY);
        }
        Err(GuardError::Invalid) => return again(form_error("error-form-security"), StatusCode::FORBIDDEN),
    };
    // Hidden from people; bots fill in every field.
    if !input.get("website").is_empty() {
        return again(form_error("error-form-rejected"), StatusCode::UNPROCESSABLE_ENTITY);
    }
    let stored = match kind {
        RequestKind::Orientation => match OrientationRequest::parse(&input) {
            Ok(request) => store_orientation(state, lang, &idempotency_key, &request).await,
            Err(errors) => return again(errors, StatusCode::UNPROCESSABLE_ENTITY),
        },
        RequestKind::Support => match SupportRequest::parse(&input) {
            Ok(request) => store_support(state, lang, &idempotency_key, &request).await,
            Err(errors) => return again(errors, StatusCode::UNPROCESSABLE_ENTITY),
        },
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
    Ok(Redirect::to(&format!("/{lang}{}/thanks/{stored}", kind.path())).into_response())
}

/// A mail a stored request causes, before it is sealed.
struct PlannedMail {
    purpose: &'static str,
    mail: OutgoingMail,
}

/// The most references drawn for one request before giving up (each is free with
/// overwhelming likelihood).
const REFERENCE_DRAWS: usize = 20;

/// Stores the request and its mail in one transaction; returns its reference. A second
/// submission of the same form (same idempotency key) stores nothing and returns the first.
async fn store(
    state: &AppState,
    request: NewRequest,
    mails: impl Fn(&str) -> Vec<PlannedMail>,
) -> Result<String, NotStored> {
    for _ in 0..REFERENCE_DRAWS {
        let reference = new_reference(request.kind.reference_prefix());
        let due_at_ms = now_ms();
        let mails = mails(&reference)
            .into_iter()
            .map(|planned| {
                let json = serde_json::to_vec(&planned.mail).map_err(|e| NotStored(e.to_string()))?;
                Ok(intake::QueuedMail {
                    purpose: planned.purpose,
                    sealed_message: state.keys.seal(&json),
                    message_id: state.message_id(),
                    due_at_ms,
                })
            })
            .collect::<Result<Vec<_>, NotStored>>()?;
        let submission = Submission { reference, request: request.clone(), mails };
        match state.intake.store(submission).await? {
            Stored::New(reference) | Stored::Existing(reference) => return Ok(reference),
            Stored::ReferenceTaken => {}
        }
    }
    tracing::error!("no free reference after {REFERENCE_DRAWS} draws");
    Err(NotStored(format!("no free reference after {REFERENCE_DRAWS} draws")))
}

impl AppState {
    fn mail_context(&self) -> MailContext<'_> {
        MailContext {
            public_url: &self.config.public_url,
            site: &self.site,
            coordinator_lang: self.config.coordinator_lang,
        }
    }

    /// A fresh `Message-ID` in the domain mail is sent from.
    fn message_id(&self) -> String {
        let domain = self.config.mail_from.rsplit('@').next().unwrap_or("localhost").trim_end_matches('>');
        format!("<{}@{domain}>", form_guard::random_token())
    }
}

async fn store_orientation(
    state: &AppState,
    lang: Lang,
    idempotency_key: &str,
    request: &OrientationRequest,
) -> Result<String, NotStored> {
    let personal = serde_json::to_vec(&request.personal).map_err(|e| NotStored(e.to_string()))?;
    let new = NewRequest {
        kind: RequestKind::Orientation,
        idempotency_key: idempotency_key.to_owned(),
        lang,
        contact_language: Some(request.contact_language.code()),
        region: request.region.code(),
        topics: join_codes(&request.topics, Topic::code),
        help_ways: String::new(),
        spoken_languages: String::new(),
        wants_confirmation: request.wants_confirmation,
        sealed_personal: state.keys.seal(&personal),
    };
    let ctx = state.mail_context();
    store(state, new, |reference| {
        let mut mails: Vec<PlannedMail> = state
            .config
            .coordinator_emails
            .iter()
            .map(|to| PlannedMail {
                purpose: "coordinator",
                mail: message::orientation_alert(&ctx, to, reference, request),
            })
            .collect();
        if let (true, Some(email)) = (request.wants_confirmation, &request.personal.email) {
            mails.push(PlannedMail {
                purpose: "confirmation",
                mail: message::orientation_confirmation(&ctx, lang, email.as_str(), reference),
            });
        }
        mails
    })
    .await
}

async fn store_support(
    state: &AppState,
    lang: Lang,
    idempotency_key: &str,
    request: &SupportRequest,
) -> Result<String, NotStored> {
    let personal = serde_json::to_vec(&request.personal).map_err(|e| NotStored(e.to_string()))?;
    let new = NewRequest {
        kind: RequestKind::Support,
        idempotency_key: idempotency_key.to_owned(),
        lang,
        contact_language: None,
        region: request.region.code(),
        topics: String::new(),
        help_ways: join_codes(&request.help_ways, HelpWay::code),
        spoken_languages: join_codes(&request.languages, SpokenLanguage::code),
        wants_confirmation: true,
        sealed_personal: state.keys.seal(&personal),
    };
    let ctx = state.mail_context();
    store(state, new, |reference| {
        let mut mails: Vec<PlannedMail> = state
            .config
            .coordinator_emails
            .iter()
            .map(|to| PlannedMail {
                purpose: "coordinator",
                mail: message::support_alert(&ctx, to, reference, request),
            })
            .collect();
        mails.push(PlannedMail {
            purpose: "confirmation",
            mail: message::support_confirmation(&ctx, lang, request.personal.email.as_str(), reference),
        });
        mails
    })
    .await
}

async fn thanks(state: &AppState, lang: Lang, kind: RequestKind, reference: &str) -> Result<Response> {
    if !is_reference(reference) || !requests::reference_exists(&state.db.read, kind, reference).await? {
        return Err(AppError::NotFound);
    }
    let name = kind.page_name();
    let l = Layout::new(
        &state.site,
        lang,
        &format!("{}/thanks/{reference}", kind.path()),
        lang.t(&format!("thanks-{name}-title")),
        String::new(),
    )
    .not_indexed();
    let page =
        ThanksPage { l, reference: reference.to_owned(), next_steps: lang.t(&format!("thanks-{name}-next")) };
    let mut response = Html(page.render().map_err(anyhow::Error::from)?).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

pub async fn orientation_thanks(
    State(state): State<AppState>,
    lang: Lang,
    Path((_, reference)): Path<(String, String)>,
) -> Result<Response> {
    thanks(&state, lang, RequestKind::Orientation, &reference).await
}

pub async fn support_thanks(
    State(state): State<AppState>,
    lang: Lang,
    Path((_, reference)): Path<(String, String)>,
) -> Result<Response> {
    thanks(&state, lang, RequestKind::Support, &reference).await
}
