//! The requests inbox: the filtered list, its pages and its CSV export.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderValue, Uri, header};
use axum::response::{IntoResponse, Response};

use super::{AdminNav, Staff, admin_frame};
use crate::app::casework;
use crate::db::requests::{self as db, RequestFilter, RequestRow};
use crate::domain::choices::{ContactLanguage, HelpWay, Region, Topic};
use crate::domain::form_input::FormInput;
use crate::domain::vocab::{Choice, RequestKind, RequestStatus};
use crate::error::Result;
use crate::i18n::Lang;
use crate::local_time;
use crate::web::AppState;
use crate::web::layout::Layout;
use crate::web::page::Page;
use jiff::tz::TimeZone;

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
pub(super) fn topic_labels(lang: Lang, row_topics: &str, row_help: &str) -> String {
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

fn inbox_row(lang: Lang, tz: &TimeZone, row: RequestRow) -> InboxRow {
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
        created: local_time::display(&row.created_at, tz, lang),
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
        rows: rows.into_iter().map(|r| inbox_row(lang, &state.config.time_zone, r)).collect(),
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
    writer.write_record(&header)?;
    let tz = &state.config.time_zone;
    for row in rows {
        // Sortable in a spreadsheet, in the same time zone as the pages.
        let created = local_time::sortable(&row.created_at, tz);
        let row = inbox_row(lang, tz, row);
        let record = [
            row.reference,
            row.kind_label,
            row.status_label,
            row.subjects,
            row.region,
            row.language,
            row.assigned,
            created,
        ];
        writer.write_record(record.iter().map(|v| neutralise_formula(v)))?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(neutralise_formula("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralise_formula("+32 470"), "'+32 470");
        assert_eq!(neutralise_formula("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise_formula("-2+3"), "'-2+3");
        assert_eq!(neutralise_formula("\t=1"), "'\t=1");
        assert_eq!(neutralise_formula("\r=1"), "'\r=1");
        assert_eq!(neutralise_formula("Ana"), "Ana");
    }
}
