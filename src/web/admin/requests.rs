//! The requests inbox, a request's page and what coordinators do with it.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Redirect, Response};

use super::{AdminNav, Staff, StaffForm, admin_frame};
use crate::app::casework;
use crate::db::coordinators::{self, Coordinator};
use crate::db::requests::{self as db, RequestDetail, RequestFilter, RequestRow};
use crate::db::{audit, outbox};
use crate::domain::choices::{ContactLanguage, HelpWay, Region, SpokenLanguage, Topic};
use crate::domain::form_input::FormInput;
use crate::domain::request::{OrientationPersonal, SupportPersonal};
use crate::domain::text::LongText;
use crate::domain::vocab::{Choice, MailState, RequestKind, RequestStatus};
use crate::error::{AppError, Result};
use crate::i18n::Lang;
use crate::web::AppState;
use crate::web::layout::Layout;
use crate::web::page::Page;

const PAGE_SIZE: i64 = 50;
/// The highest page number the inbox goes to: a number typed in the query string never
/// overflows the offset.
const MAX_PAGE: i64 = 100_000;

/// The filter as typed in the query string; unknown values are ignored.
fn filter_from(query: &FormInput) -> RequestFilter {
    let pick = |name: &str, valid: &dyn Fn(&str) -> bool| {
        let value = query.get(name).trim();
        (!value.is_empty() && valid(value)).then(|| value.to_owned())
    };
    let is_date =
        |v: &str| time::Date::parse(v, time::macros::format_description!("[year]-[month]-[day]")).is_ok();
    RequestFilter {
        kind: RequestKind::parse(query.get("kind").trim()),
        status: RequestStatus::parse(query.get("status").trim()),
        topic: pick("topic", &|v| Topic::parse(v).is_some() || HelpWay::parse(v).is_some()),
        region: pick("region", &|v| Region::parse(v).is_some()),
        language: pick("language", &|v| ContactLanguage::parse(v).is_some()),
        from: pick("from", &is_date),
        to: pick("to", &is_date),
    }
}

/// The subjects of a request: its topics or its ways to help, as labels.
fn topic_labels(lang: Lang, row_topics: &str, row_help: &str) -> String {
    let topics = Topic::labels_of_codes(row_topics, lang);
    let help = HelpWay::labels_of_codes(row_help, lang);
    [topics, help].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(", ")
}

/// A row of the inbox, with labels in the coordinator's language.
pub struct InboxRow {
    pub reference: String,
    pub kind_label: String,
    pub status_label: String,
    /// The badge's style: `new`, `progress` or `closed`.
    pub badge: &'static str,
    pub subjects: String,
    pub region: String,
    pub language: String,
    pub assigned: String,
    pub created: String,
}

fn inbox_row(lang: Lang, row: RequestRow) -> InboxRow {
    InboxRow {
        kind_label: row.kind.label(lang),
        status_label: row.status.label(lang),
        badge: match row.status {
            RequestStatus::New => "new",
            RequestStatus::InProgress => "progress",
            RequestStatus::Closed => "closed",
        },
        subjects: topic_labels(lang, &row.topics, &row.help_ways),
        region: Region::label_of(&row.region, lang),
        language: ContactLanguage::label_of(&row.language, lang),
        assigned: row.assigned_name.unwrap_or_default(),
        created: timestamp(&row.created_at),
        reference: row.reference,
    }
}

#[derive(Template)]
#[template(path = "admin/requests.html")]
struct InboxPage {
    l: Layout,
    a: AdminNav,
    rows: Vec<InboxRow>,
    filter: RequestFilter,
    query: String,
    page: i64,
    has_next: bool,
    kinds: Vec<Choice>,
    statuses: Vec<Choice>,
    topics: Vec<Choice>,
    regions: Vec<Choice>,
    languages: Vec<Choice>,
}

impl InboxPage {
    fn selected<T: std::fmt::Display>(&self, value: &Option<T>, code: &&str) -> bool {
        value.as_ref().is_some_and(|v| v.to_string() == *code)
    }
}

/// A stored UTC timestamp (`2026-12-04T03:48:44Z`) as the back office shows it.
fn timestamp(stored: &str) -> String {
    stored.replace('T', " ").trim_end_matches('Z').to_owned()
}

pub async fn inbox(State(state): State<AppState>, staff: Staff, uri: Uri) -> Result<Response> {
    let query = FormInput::parse(uri.query().unwrap_or("").as_bytes());
    let filter = filter_from(&query);
    let page: i64 = query.get("page").parse().unwrap_or(1_i64).clamp(1, MAX_PAGE);
    let mut rows = db::list(&state.db.read, &filter, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE).await?;
    let has_next = rows.len() as i64 > PAGE_SIZE;
    rows.truncate(PAGE_SIZE as usize);
    let lang = staff.lang;
    let (l, a) =
        admin_frame(&state, &staff, "/admin/requests", lang.t("admin-requests-title"), "requests").await?;
    let mut topics = Topic::options(lang);
    topics.extend(HelpWay::options(lang));
    let page = InboxPage {
        l,
        a,
        rows: rows.into_iter().map(|r| inbox_row(lang, r)).collect(),
        query: filter_query(&filter),
        filter,
        page,
        has_next,
        kinds: RequestKind::options(lang),
        statuses: RequestStatus::options(lang),
        topics,
        regions: Region::options(lang),
        languages: ContactLanguage::options(lang),
    };
    Ok(Page::new(page).into_response())
}

/// The filter as a query string, for the export link and the pages.
fn filter_query(filter: &RequestFilter) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    let kind = filter.kind.map(|k| k.code().to_owned());
    let status = filter.status.map(|s| s.code().to_owned());
    for (name, value) in [
        ("kind", &kind),
        ("status", &status),
        ("topic", &filter.topic),
        ("region", &filter.region),
        ("language", &filter.language),
        ("from", &filter.from),
        ("to", &filter.to),
    ] {
        if let Some(value) = value {
            query.append_pair(name, value);
        }
    }
    query.finish()
}

/// `GET /admin/requests/export.csv`: the filtered list, for spreadsheets. It holds nothing
/// that identifies a woman who asked for orientation.
pub async fn export(State(state): State<AppState>, staff: Staff, uri: Uri) -> Result<Response> {
    let query = FormInput::parse(uri.query().unwrap_or("").as_bytes());
    let filter = filter_from(&query);
    let rows = db::list(&state.db.read, &filter, i64::MAX, 0).await?;
    let lang = staff.lang;
    // A byte-order mark, so spreadsheet programs read the accents as UTF-8.
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let header: Vec<String> =
        ["reference", "kind", "status", "subjects", "region", "language", "assigned", "created"]
            .iter()
            .map(|k| lang.t(&format!("admin-col-{k}")))
            .collect();
    writer.write_record(&header).map_err(anyhow::Error::from)?;
    for row in rows {
        let row = inbox_row(lang, row);
        let record = [
            row.reference,
            row.kind_label,
            row.status_label,
            row.subjects,
            row.region,
            row.language,
            row.assigned,
            row.created,
        ];
        writer.write_record(record.iter().map(|v| neutralise_formula(v))).map_err(anyhow::Error::from)?;
    }
    let bytes = writer.into_inner().map_err(|e| anyhow::anyhow!("csv: {e}"))?;
    casework::exported(&state.db, &staff.who, &filter_query(&filter)).await?;
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"requests.csv\""),
    );
    Ok(response)
}

/// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, return) gets a
/// leading apostrophe, so it stays text.
pub fn neutralise_formula(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.to_owned() }
}

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
    fields: Vec<Field>,
    message: Option<String>,
    notes: Vec<NoteView>,
    mails: Vec<MailView>,
    audit: Vec<audit::AuditEntry>,
    coordinators: Vec<Coordinator>,
    statuses: Vec<Choice>,
}

impl RequestPage {
    fn is_assigned(&self, id: &i64) -> bool {
        self.r.assigned_to == Some(*id)
    }
}

async fn find(state: &AppState, reference: &str) -> Result<RequestDetail> {
    db::by_reference(&state.db.read, reference).await?.ok_or(AppError::NotFound)
}

/// What she or he sent, opened with the data key, as labelled fields and the message.
fn personal_fields(state: &AppState, lang: Lang, r: &RequestDetail) -> Result<(Vec<Field>, Option<String>)> {
    let plain = state.keys.open(&r.sealed_personal)?;
    let field = |key: &str, value: &str| Field { label: lang.t(key), value: value.to_owned() };
    let mut fields = Vec::new();
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
        let safe = match p.safe_to_message {
            Some(true) => lang.t("safe-message-yes"),
            Some(false) => lang.t("safe-message-no"),
            None => lang.t("admin-not-answered"),
        };
        fields.push(Field { label: lang.t("field-safe-to-message"), value: safe });
        if let Some(time) = &p.best_time {
            fields.push(field("field-best-time", time.as_str()));
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
    Ok((fields, message.map(|m| m.as_str().to_owned())))
}

pub async fn detail(
    State(state): State<AppState>,
    staff: Staff,
    Path(reference): Path<String>,
) -> Result<Response> {
    let r = find(&state, &reference).await?;
    let lang = staff.lang;
    casework::viewed(&state.db, &staff.who, &r).await?;
    let (fields, message) = personal_fields(&state, lang, &r)?;
    let notes = db::notes(&state.db.read, r.id)
        .await?
        .into_iter()
        .map(|n| NoteView {
            body: state
                .keys
                .open(&n.sealed_body)
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .unwrap_or_default(),
            author: n.author_name,
            at: timestamp(&n.created_at),
        })
        .collect();
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
            sent: timestamp(&m.sent_at.unwrap_or_default()),
        })
        .collect();
    let (l, a) = admin_frame(
        &state,
        &staff,
        &format!("/admin/requests/{}", r.reference),
        lang.t_args("admin-request-title", &[("reference", r.reference.clone().into())]),
        "requests",
    )
    .await?;
    let page = RequestPage {
        l,
        a,
        kind_label: r.kind.label(lang),
        fields,
        message,
        notes,
        mails,
        audit: audit::for_reference(&state.db.read, &r.reference).await?,
        coordinators: coordinators::all(&state.db.read).await?,
        statuses: RequestStatus::options(lang),
        r,
    };
    Ok(Page::new(page).into_response())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(neutralise_formula("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralise_formula("+32 470"), "'+32 470");
        assert_eq!(neutralise_formula("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise_formula("Ana"), "Ana");
    }
}
