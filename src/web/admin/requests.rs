//! The requests inbox, a request's page and what coordinators do with it.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, Uri, header};
use axum::response::{IntoResponse, Redirect, Response};

use super::{AdminNav, Staff, admin_frame, admin_page};
use crate::db::coordinators::{self, Coordinator};
use crate::db::requests::{self as db, RequestDetail, RequestFilter, RequestRow};
use crate::db::{audit, outbox};
use crate::domain::choices::{ContactLanguage, HelpWay, Region, SpokenLanguage, Topic};
use crate::domain::form_input::FormInput;
use crate::domain::request::{OrientationPersonal, SupportPersonal};
use crate::domain::text::LongText;
use crate::error::{AppError, Result};
use crate::i18n::Lang;
use crate::mail::worker::now_ms;
use crate::web::AppState;
use crate::web::forms::{Choice, choices};
use crate::web::layout::Layout;

const PAGE_SIZE: i64 = 50;
pub const STATUSES: [&str; 3] = ["new", "in_progress", "closed"];

/// The filter as typed in the query string; unknown values are ignored.
fn filter_from(query: &FormInput) -> RequestFilter {
    let pick = |name: &str, valid: &dyn Fn(&str) -> bool| {
        let value = query.get(name).trim();
        (!value.is_empty() && valid(value)).then(|| value.to_owned())
    };
    let is_date =
        |v: &str| time::Date::parse(v, time::macros::format_description!("[year]-[month]-[day]")).is_ok();
    RequestFilter {
        kind: pick("kind", &|v| v == "orientation" || v == "support"),
        status: pick("status", &|v| STATUSES.contains(&v)),
        topic: pick("topic", &|v| Topic::parse(v).is_some() || HelpWay::parse(v).is_some()),
        region: pick("region", &|v| Region::parse(v).is_some()),
        language: pick("language", &|v| ContactLanguage::parse(v).is_some()),
        from: pick("from", &is_date),
        to: pick("to", &is_date),
    }
}

/// Labels of comma-separated codes.
fn labels(lang: Lang, codes: &str, label: impl Fn(&str) -> Option<&'static str>) -> String {
    codes
        .split(',')
        .filter(|c| !c.is_empty())
        .map(|c| label(c).map_or_else(|| c.to_owned(), |k| lang.t(k)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn topic_labels(lang: Lang, row_topics: &str, row_help: &str) -> String {
    let topics = labels(lang, row_topics, |c| Topic::parse(c).map(Topic::label_key));
    let help = labels(lang, row_help, |c| HelpWay::parse(c).map(HelpWay::label_key));
    [topics, help].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(", ")
}

fn region_label(lang: Lang, code: &str) -> String {
    Region::parse(code).map_or_else(|| code.to_owned(), |r| lang.t(r.label_key()))
}

fn language_label(lang: Lang, code: &str) -> String {
    ContactLanguage::parse(code).map_or_else(|| code.to_owned(), |c| lang.t(c.label_key()))
}

/// A row of the inbox, with labels in the coordinator's language.
pub struct InboxRow {
    pub reference: String,
    pub kind_label: String,
    pub status: String,
    pub status_label: String,
    pub subjects: String,
    pub region: String,
    pub language: String,
    pub assigned: String,
    pub created: String,
}

fn inbox_row(lang: Lang, row: RequestRow) -> InboxRow {
    InboxRow {
        kind_label: lang.t(&format!("admin-kind-{}", row.kind)),
        status_label: lang.t(&format!("admin-status-{}", row.status)),
        subjects: topic_labels(lang, &row.topics, &row.help_ways),
        region: region_label(lang, &row.region),
        language: language_label(lang, &row.language),
        assigned: row.assigned_name.unwrap_or_default(),
        created: row.created_at.replace('T', " ").trim_end_matches('Z').to_owned(),
        reference: row.reference,
        status: row.status,
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
    fn selected(&self, value: &Option<String>, code: &&str) -> bool {
        value.as_deref() == Some(*code)
    }
}

pub async fn inbox(State(state): State<AppState>, staff: Staff, uri: Uri) -> Result<Response> {
    let query = FormInput::parse(uri.query().unwrap_or("").as_bytes());
    let filter = filter_from(&query);
    let page: i64 = query.get("page").parse().unwrap_or(1).max(1);
    let mut rows = db::list(&state.db.read, &filter, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE).await?;
    let has_next = rows.len() as i64 > PAGE_SIZE;
    rows.truncate(PAGE_SIZE as usize);
    let lang = staff.lang;
    let (l, a) =
        admin_frame(&state, &staff, "/admin/requests", lang.t("admin-requests-title"), "requests").await?;
    let mut topics = choices(lang, Topic::ALL, Topic::code, Topic::label_key);
    topics.extend(choices(lang, HelpWay::ALL, HelpWay::code, HelpWay::label_key));
    let page = InboxPage {
        l,
        a,
        rows: rows.into_iter().map(|r| inbox_row(lang, r)).collect(),
        query: filter_query(&filter),
        filter,
        page,
        has_next,
        kinds: ["orientation", "support"]
            .iter()
            .map(|k| Choice { code: k, label: lang.t(&format!("admin-kind-{k}")) })
            .collect(),
        statuses: STATUSES
            .iter()
            .map(|s| Choice { code: s, label: lang.t(&format!("admin-status-{s}")) })
            .collect(),
        topics,
        regions: choices(lang, Region::ALL, Region::code, Region::label_key),
        languages: choices(lang, ContactLanguage::ALL, ContactLanguage::code, ContactLanguage::label_key),
    };
    admin_page(page.render())
}

/// The filter as a query string, for the export link and the pages.
fn filter_query(filter: &RequestFilter) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    for (name, value) in [
        ("kind", &filter.kind),
        ("status", &filter.status),
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
    audit::record(&state.db.write, &staff.who, None, "", "exported", &filter_query(&filter)).await?;
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"requests.csv\""),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
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
    pub state: String,
    pub state_label: String,
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
    let plain = state.keys.open(&r.sealed_personal).map_err(anyhow::Error::from)?;
    let field = |key: &str, value: &str| Field { label: lang.t(key), value: value.to_owned() };
    let mut fields = Vec::new();
    let message: Option<LongText> = if r.kind == "orientation" {
        let p: OrientationPersonal = serde_json::from_slice(&plain).map_err(anyhow::Error::from)?;
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
            fields.push(Field { label: lang.t("field-contact-language"), value: language_label(lang, code) });
        }
        fields.push(Field { label: lang.t("field-topics"), value: topic_labels(lang, &r.topics, "") });
        p.message
    } else {
        let p: SupportPersonal = serde_json::from_slice(&plain).map_err(anyhow::Error::from)?;
        fields.push(field("field-support-name", p.name.as_str()));
        fields.push(field("field-email", p.email.as_str()));
        if let Some(phone) = &p.phone {
            fields.push(field("field-phone", phone.as_str()));
        }
        fields.push(Field { label: lang.t("field-help"), value: topic_labels(lang, "", &r.help_ways) });
        let spoken =
            labels(lang, &r.spoken_languages, |c| SpokenLanguage::parse(c).map(SpokenLanguage::label_key));
        fields.push(Field { label: lang.t("field-languages"), value: spoken });
        if let Some(availability) = &p.availability {
            fields.push(field("field-availability", availability.as_str()));
        }
        p.message
    };
    fields.push(Field { label: lang.t("field-region"), value: region_label(lang, &r.region) });
    fields.push(Field { label: lang.t("admin-form-language"), value: language_label(lang, &r.lang) });
    Ok((fields, message.map(|m| m.as_str().to_owned())))
}

pub async fn detail(
    State(state): State<AppState>,
    staff: Staff,
    Path(reference): Path<String>,
) -> Result<Response> {
    let r = find(&state, &reference).await?;
    let lang = staff.lang;
    audit::record(&state.db.write, &staff.who, Some(r.id), &r.reference, "viewed", "").await?;
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
            at: n.created_at.replace('T', " ").trim_end_matches('Z').to_owned(),
        })
        .collect();
    let mails = db::mails(&state.db.read, r.id)
        .await?
        .into_iter()
        .map(|m| MailView {
            id: m.id,
            purpose: lang.t(&format!("admin-mail-{}", m.purpose)),
            state_label: lang.t(&format!("admin-mail-state-{}", m.state)),
            state: m.state,
            attempts: m.attempts,
            last_error: m.last_error.unwrap_or_default(),
            sent: m.sent_at.unwrap_or_default().replace('T', " ").trim_end_matches('Z').to_owned(),
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
        kind_label: lang.t(&format!("admin-kind-{}", r.kind)),
        fields,
        message,
        notes,
        mails,
        audit: audit::for_reference(&state.db.read, &r.reference).await?,
        coordinators: coordinators::all(&state.db.read).await?,
        statuses: STATUSES
            .iter()
            .map(|s| Choice { code: s, label: lang.t(&format!("admin-status-{s}")) })
            .collect(),
        r,
    };
    admin_page(page.render())
}

/// Checks the CSRF token and finds the request a post is about.
async fn posted(
    state: &AppState,
    staff: &Staff,
    headers: &HeaderMap,
    body: &[u8],
    reference: &str,
) -> Result<(FormInput, RequestDetail)> {
    let input = FormInput::parse(body);
    staff.check_csrf(state, &input, headers)?;
    Ok((input, find(state, reference).await?))
}

fn back_to(reference: &str) -> Response {
    Redirect::to(&format!("/admin/requests/{reference}")).into_response()
}

pub async fn set_status(
    State(state): State<AppState>,
    staff: Staff,
    Path(reference): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response> {
    let (input, r) = posted(&state, &staff, &headers, &body, &reference).await?;
    let status = input.get("status");
    if !STATUSES.contains(&status) {
        return Err(AppError::Status(axum::http::StatusCode::UNPROCESSABLE_ENTITY));
    }
    db::set_status(&state.db.write, r.id, status).await?;
    audit::record(&state.db.write, &staff.who, Some(r.id), &r.reference, "status", status).await?;
    Ok(back_to(&r.reference))
}

pub async fn assign(
    State(state): State<AppState>,
    staff: Staff,
    Path(reference): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response> {
    let (input, r) = posted(&state, &staff, &headers, &body, &reference).await?;
    let assignee = match input.get("coordinator") {
        "" => None,
        id => {
            let id: i64 =
                id.parse().map_err(|_| AppError::Status(axum::http::StatusCode::UNPROCESSABLE_ENTITY))?;
            Some(
                coordinators::by_id(&state.db.read, id)
                    .await?
                    .ok_or(AppError::Status(axum::http::StatusCode::UNPROCESSABLE_ENTITY))?,
            )
        }
    };
    db::assign(&state.db.write, r.id, assignee.as_ref().map(|c| c.id)).await?;
    let detail = assignee.map(|c| c.name).unwrap_or_default();
    audit::record(&state.db.write, &staff.who, Some(r.id), &r.reference, "assigned", &detail).await?;
    Ok(back_to(&r.reference))
}

pub async fn add_note(
    State(state): State<AppState>,
    staff: Staff,
    Path(reference): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response> {
    let (input, r) = posted(&state, &staff, &headers, &body, &reference).await?;
    let Ok(note) = LongText::parse(input.get("note")) else {
        return Ok(back_to(&r.reference));
    };
    let sealed = state.keys.seal(note.as_str().as_bytes());
    db::add_note(&state.db.write, r.id, staff.who.id, &staff.who.name, &sealed).await?;
    audit::record(&state.db.write, &staff.who, Some(r.id), &r.reference, "note", "").await?;
    Ok(back_to(&r.reference))
}

pub async fn delete(
    State(state): State<AppState>,
    staff: Staff,
    Path(reference): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response> {
    let (input, r) = posted(&state, &staff, &headers, &body, &reference).await?;
    if input.get("confirm") != "yes" {
        return Ok(back_to(&r.reference));
    }
    db::delete(&state.db.write, r.id).await?;
    audit::record(&state.db.write, &staff.who, None, &r.reference, "deleted", "").await?;
    Ok(Redirect::to("/admin/requests").into_response())
}

pub async fn resend(
    State(state): State<AppState>,
    staff: Staff,
    Path((reference, id)): Path<(String, i64)>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response> {
    let (_, r) = posted(&state, &staff, &headers, &body, &reference).await?;
    let belongs = db::mails(&state.db.read, r.id).await?.iter().any(|m| m.id == id);
    if !belongs {
        return Err(AppError::NotFound);
    }
    outbox::resend(&state.db.write, id, now_ms()).await?;
    state.mail_wake.notify_one();
    audit::record(&state.db.write, &staff.who, Some(r.id), &r.reference, "resent", "").await?;
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
