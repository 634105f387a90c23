//! One request's page (what she or he wrote, opened with the data key; notes, mails,
//! history) and what coordinators do with it, each through `app::casework`.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::requests::topic_labels;
use super::{AdminNav, Staff, StaffForm, admin_frame};
use crate::app::casework;
use crate::db::coordinators::{self, Coordinator};
use crate::db::requests::{self as db, RequestDetail};
use crate::db::{audit, outbox};
use crate::domain::choices::{ContactLanguage, Region, SpokenLanguage};
use crate::domain::reference::is_reference;
use crate::domain::request::{OrientationPersonal, SupportPersonal};
use crate::domain::text::LongText;
use crate::domain::vocab::{
    AuditAction, Choice, ContactOutcome, MailState, RequestKind, RequestStatus, VolunteerStatus,
};
use crate::error::{AppError, Result};
use crate::i18n::Lang;
use crate::local_time;
use crate::web::AppState;
use crate::web::layout::Layout;
use crate::web::page::Page;

/// One thing she or he told us, for the request's page.
pub struct Field {
    pub label: String,
    pub value: String,
}

pub struct NoteView {
    pub author: String,
    pub at: String,
    pub body: String,
}

pub struct AttemptView {
    pub outcome: String,
    pub by: String,
    pub at: String,
}

/// An entry of the request's history: its codes as labels, its day as people write it.
pub struct AuditView {
    pub at: String,
    pub who: String,
    pub action: String,
    pub detail: String,
}

fn audit_view(lang: Lang, tz: &jiff::tz::TimeZone, e: audit::AuditEntry) -> AuditView {
    AuditView {
        at: local_time::display(&e.at, tz, lang),
        who: e.coordinator_name,
        action: e.action.label(lang),
        detail: audit_detail(lang, e.action, e.detail),
    }
}

/// An audit entry's detail in words: statuses, outcomes and days as people say them.
pub(super) fn audit_detail(lang: Lang, action: AuditAction, detail: String) -> String {
    match action {
        AuditAction::Status => RequestStatus::label_of(&detail, lang),
        AuditAction::ContactAttempt => ContactOutcome::label_of(&detail, lang),
        AuditAction::VolunteerStatus => VolunteerStatus::label_of(&detail, lang),
        AuditAction::FollowUp => local_time::display_day(&detail, lang),
        _ => detail,
    }
}

pub struct MailView {
    pub id: i64,
    pub purpose: String,
    pub state: MailState,
    pub state_label: String,
    /// The badge's style: a failed mail stands out like a new request.
    pub badge: &'static str,
    pub attempts: i64,
    pub last_error: String,
    pub sent: String,
}

#[derive(Template)]
#[template(path = "admin/request.html")]
struct RequestPage {
    l: Layout,
    a: AdminNav,
    r: RequestDetail,
    kind_label: String,
    /// Her safety choices: shown first, before anything else.
    safety: Vec<Field>,
    fields: Vec<Field>,
    message: Option<String>,
    /// She said no message may be left.
    no_messages: bool,
    notes: Vec<NoteView>,
    attempts: Vec<AttemptView>,
    mails: Vec<MailView>,
    audit: Vec<AuditView>,
    coordinators: Vec<Coordinator>,
    /// The request statuses, or a volunteer's.
    statuses: Vec<Choice>,
    /// The code of the current status among `statuses`.
    status: &'static str,
    /// Where the status form posts: `status` or `volunteer-status`.
    status_action: &'static str,
    outcomes: Vec<Choice>,
    /// A problem with a form of the page, shown beside it.
    problem: Option<Problem>,
}

/// What a form of the request page could not take, and what was typed.
pub struct Problem {
    /// `follow-up` or `attempt`: the form it belongs to.
    pub form: &'static str,
    pub message: String,
    /// What was chosen or typed, kept in the form.
    pub value: String,
}

impl RequestPage {
    fn is_assigned(&self, id: &i64) -> bool {
        self.r.assigned_to == Some(*id)
    }

    fn problem_for(&self, form: &str) -> Option<&Problem> {
        self.problem.as_ref().filter(|p| p.form == form)
    }

    /// The day in the follow-up form: what was typed, or the one saved.
    fn follow_up_value(&self) -> &str {
        match self.problem_for("follow-up") {
            Some(p) => &p.value,
            None => self.r.follow_up_on.as_deref().unwrap_or_default(),
        }
    }

    /// Whether `code` is the outcome to show chosen in the attempt form.
    fn outcome_chosen(&self, code: &&str) -> bool {
        self.problem_for("attempt").is_some_and(|p| p.value == *code)
    }
}

async fn find(state: &AppState, reference: &str) -> Result<RequestDetail> {
    // A path that cannot be a reference is not looked up.
    if !is_reference(reference) {
        return Err(AppError::NotFound);
    }
    db::by_reference(&state.db.read, reference).await?.ok_or(AppError::NotFound)
}

/// What she or he sent, opened with the data key.
pub(super) struct Sent {
    /// How she may be contacted safely (orientation requests).
    pub safety: Vec<Field>,
    pub fields: Vec<Field>,
    pub message: Option<String>,
    /// She said no message may be left.
    pub no_messages: bool,
}

pub(super) fn personal_fields(state: &AppState, lang: Lang, r: &RequestDetail) -> Result<Sent> {
    let plain = state.keys.open(&r.sealed_personal)?;
    let field = |key: &str, value: &str| Field { label: lang.t(key), value: value.to_owned() };
    let mut fields = Vec::new();
    let mut safety = Vec::new();
    let mut no_messages = false;
    let message: Option<LongText> = if r.kind == RequestKind::Orientation {
        let p: OrientationPersonal = serde_json::from_slice(&plain)?;
        if let Some(name) = &p.name {
            fields.push(field("field-orientation-name", name.as_str()));
        }
        if let Some(email) = &p.email {
            fields.push(field("field-email", email.as_str()));
        }
        if let Some(phone) = &p.phone {
            fields.push(field("field-phone", phone.as_str()));
        }
        no_messages = p.safe_to_message == Some(false);
        let safe = match p.safe_to_message {
            Some(true) => lang.t("safe-message-yes"),
            Some(false) => lang.t("safe-message-no"),
            None => lang.t("admin-not-answered"),
        };
        safety.push(Field { label: lang.t("field-safe-to-message"), value: safe });
        if let Some(time) = &p.best_time {
            safety.push(field("field-best-time", time.as_str()));
        }
        if let Some(code) = &r.contact_language {
            let value = ContactLanguage::label_of(code, lang);
            fields.push(Field { label: lang.t("field-contact-language"), value });
        }
        fields.push(Field { label: lang.t("field-topics"), value: topic_labels(lang, &r.topics, "") });
        p.message
    } else {
        let p: SupportPersonal = serde_json::from_slice(&plain)?;
        fields.push(field("field-support-name", p.name.as_str()));
        fields.push(field("field-email", p.email.as_str()));
        if let Some(phone) = &p.phone {
            fields.push(field("field-phone", phone.as_str()));
        }
        fields.push(Field { label: lang.t("field-help"), value: topic_labels(lang, "", &r.help_ways) });
        let spoken = SpokenLanguage::labels_of_codes(&r.spoken_languages, lang);
        fields.push(Field { label: lang.t("field-languages"), value: spoken });
        if let Some(availability) = &p.availability {
            fields.push(field("field-availability", availability.as_str()));
        }
        p.message
    };
    fields.push(Field { label: lang.t("field-region"), value: Region::label_of(&r.region, lang) });
    fields.push(Field {
        label: lang.t("admin-form-language"),
        value: ContactLanguage::label_of(&r.lang, lang),
    });
    Ok(Sent { safety, fields, message: message.map(|m| m.as_str().to_owned()), no_messages })
}

/// A request's notes, opened.
pub(super) async fn notes_of(state: &AppState, lang: Lang, request_id: i64) -> Result<Vec<NoteView>> {
    Ok(db::notes(&state.db.read, request_id)
        .await?
        .into_iter()
        .map(|n| NoteView {
            body: state
                .keys
                .open(&n.sealed_body)
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .unwrap_or_default(),
            author: n.author_name,
            at: local_time::display(&n.created_at, &state.config.time_zone, lang),
        })
        .collect())
}

/// A request's contact attempts, newest first.
pub(super) async fn attempts_of(state: &AppState, lang: Lang, request_id: i64) -> Result<Vec<AttemptView>> {
    Ok(db::attempts(&state.db.read, request_id)
        .await?
        .into_iter()
        .map(|a| AttemptView {
            outcome: a.outcome.label(lang),
            by: a.author_name,
            at: local_time::display(&a.at, &state.config.time_zone, lang),
        })
        .collect())
}

pub async fn detail(
    State(state): State<AppState>,
    staff: Staff,
    Path(reference): Path<String>,
) -> Result<Response> {
    let r = find(&state, &reference).await?;
    casework::viewed(&state.db, &staff.who, &r).await?;
    render(&state, &staff, r, None).await
}

/// The request's page, with a problem beside the form it belongs to (answered 422).
async fn render(
    state: &AppState,
    staff: &Staff,
    r: RequestDetail,
    problem: Option<Problem>,
) -> Result<Response> {
    let lang = staff.lang;
    let Sent { safety, fields, message, no_messages } = personal_fields(state, lang, &r)?;
    let mails = outbox::for_request(&state.db.read, r.id)
        .await?
        .into_iter()
        .map(|m| MailView {
            id: m.id,
            purpose: m.purpose.label(lang),
            state_label: m.state.label(lang),
            badge: match m.state {
                MailState::Sent => "closed",
                MailState::Failed => "new",
                MailState::Pending => "progress",
            },
            state: m.state,
            attempts: m.attempts,
            last_error: m.last_error.unwrap_or_default(),
            sent: local_time::display(&m.sent_at.unwrap_or_default(), &state.config.time_zone, lang),
        })
        .collect();
    let (l, a) = admin_frame(
        state,
        staff,
        &format!("/admin/requests/{}", r.reference),
        lang.t_args("admin-request-title", &[("reference", r.reference.clone().into())]),
        "requests",
    )
    .await?;
    let (statuses, status, status_action) = match (r.kind, r.volunteer_status) {
        (RequestKind::Support, Some(v)) => (VolunteerStatus::options(lang), v.code(), "volunteer-status"),
        _ => (RequestStatus::options(lang), r.status.code(), "status"),
    };
    let code = if problem.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let page = RequestPage {
        l,
        a,
        kind_label: r.kind.label(lang),
        safety,
        fields,
        message,
        no_messages,
        notes: notes_of(state, lang, r.id).await?,
        attempts: attempts_of(state, lang, r.id).await?,
        mails,
        audit: audit::for_reference(&state.db.read, &r.reference)
            .await?
            .into_iter()
            .map(|e| audit_view(lang, &state.config.time_zone, e))
            .collect(),
        coordinators: coordinators::all(&state.db.read).await?,
        statuses,
        status,
        status_action,
        outcomes: ContactOutcome::options(lang),
        problem,
        r,
    };
    Ok(Page::new(page).status(code).into_response())
}

fn back_to(reference: &str) -> Response {
    Redirect::to(&format!("/admin/requests/{reference}")).into_response()
}

/// A value a back-office form cannot have sent.
fn unprocessable() -> AppError {
    AppError::Status(StatusCode::UNPROCESSABLE_ENTITY)
}

pub async fn set_status(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    StaffForm { staff, input }: StaffForm,
) -> Result<Response> {
    let r = find(&state, &reference).await?;
    let status = RequestStatus::parse(input.get("status")).ok_or_else(unprocessable)?;
    casework::set_status(&state.db, &staff.who, &r, status).await?;
    Ok(back_to(&r.reference))
}

pub async fn assign(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    StaffForm { staff, input }: StaffForm,
) -> Result<Response> {
    let r = find(&state, &reference).await?;
    let assignee = match input.get("coordinator") {
        "" => None,
        id => {
            let id: i64 = id.parse().map_err(|_| unprocessable())?;
            Some(coordinators::by_id(&state.db.read, id).await?.ok_or_else(unprocessable)?)
        }
    };
    casework::assign(&state.db, &staff.who, &r, assignee.as_ref()).await?;
    Ok(back_to(&r.reference))
}

pub async fn add_note(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    StaffForm { staff, input }: StaffForm,
) -> Result<Response> {
    let r = find(&state, &reference).await?;
    if let Ok(note) = LongText::parse(input.get("note")) {
        casework::add_note(&state.db, &state.keys, &staff.who, &r, &note).await?;
    }
    Ok(back_to(&r.reference))
}

/// The day to call back: a date, or none (`clear`).
pub async fn set_follow_up(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    StaffForm { staff, input }: StaffForm,
) -> Result<Response> {
    let r = find(&state, &reference).await?;
    let typed = input.get("day").trim();
    let day = if input.get("clear") == "yes" || typed.is_empty() {
        None
    } else {
        match typed.parse::<jiff::civil::Date>() {
            Ok(day) => Some(day),
            Err(_) => {
                let message = staff.lang.t("admin-follow-up-error");
                let problem = Problem { form: "follow-up", message, value: typed.to_owned() };
                return render(&state, &staff, r, Some(problem)).await;
            }
        }
    };
    casework::set_follow_up(&state.db, &staff.who, &r, day).await?;
    Ok(back_to(&r.reference))
}

/// A try to reach the person. "Message left" when she said no message may be left is
/// recorded only once the coordinator confirms it.
pub async fn record_attempt(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    StaffForm { staff, input }: StaffForm,
) -> Result<Response> {
    let r = find(&state, &reference).await?;
    let outcome = ContactOutcome::parse(input.get("outcome")).ok_or_else(unprocessable)?;
    let against_her_choice =
        outcome == ContactOutcome::MessageLeft && personal_fields(&state, staff.lang, &r)?.no_messages;
    if against_her_choice && input.get("confirm") != "yes" {
        let message = staff.lang.t("admin-attempt-confirm-needed");
        let problem = Problem { form: "attempt", message, value: outcome.code().to_owned() };
        return render(&state, &staff, r, Some(problem)).await;
    }
    casework::record_attempt(&state.db, &staff.who, &r, outcome).await?;
    Ok(back_to(&r.reference))
}

/// Where a volunteer stands (support requests only).
pub async fn set_volunteer_status(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    StaffForm { staff, input }: StaffForm,
) -> Result<Response> {
    let r = find(&state, &reference).await?;
    let status = VolunteerStatus::parse(input.get("status")).ok_or_else(unprocessable)?;
    if r.kind != RequestKind::Support {
        return Err(unprocessable());
    }
    casework::set_volunteer_status(&state.db, &staff.who, &r, status).await?;
    Ok(back_to(&r.reference))
}

pub async fn delete(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    StaffForm { staff, input }: StaffForm,
) -> Result<Response> {
    let r = find(&state, &reference).await?;
    if input.get("confirm") != "yes" {
        return Ok(back_to(&r.reference));
    }
    casework::delete(&state.db, &staff.who, &r).await?;
    Ok(Redirect::to("/admin/requests").into_response())
}

pub async fn resend(
    State(state): State<AppState>,
    Path((reference, id)): Path<(String, i64)>,
    StaffForm { staff, .. }: StaffForm,
) -> Result<Response> {
    let r = find(&state, &reference).await?;
    if !casework::resend(&state.db, &staff.who, &r, id).await? {
        return Err(AppError::NotFound);
    }
    state.mail_wake.notify_one();
    Ok(back_to(&r.reference))
}
