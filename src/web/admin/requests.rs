//! The requests inbox: the filtered list, its pages and its CSV export; and the row view
//! every list of requests shares.

use askama::Template;
use axum::extract::State;
use axum::http::Uri;
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;

use super::{AdminNav, Staff, admin_frame};
use crate::app::casework;
use crate::db::requests::{self as db, Cursor, RequestFilter, RequestRow};
use crate::domain::choices::{ContactLanguage, HelpWay, Region, Topic};
use crate::domain::form_input::FormInput;
use crate::domain::vocab::{Choice, RequestKind, RequestStatus};
use crate::error::Result;
use crate::i18n::Lang;
use crate::local_time;
use crate::web::AppState;
use crate::web::layout::Layout;
use crate::web::page::{Page, attachment};
use jiff::tz::TimeZone;

const PAGE_SIZE: i64 = 50;
/// Rows read from the database at a time while exporting: the export's memory stays that
/// of one batch, however many rows it holds.
const EXPORT_BATCH: i64 = 500;

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
    /// The day to call back, as people write it; empty when none.
    pub follow_up: String,
}

pub(super) fn inbox_row(lang: Lang, tz: &TimeZone, row: RequestRow) -> InboxRow {
    InboxRow {
        follow_up: row.follow_up_on.as_deref().map(|d| local_time::display_day(d, lang)).unwrap_or_default(),
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
    /// Whether this is a later page (it links back to the first).
    is_later_page: bool,
    /// The cursor of the next (older) page, as a query parameter.
    next: Option<String>,
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
    let before = Cursor::parse(query.get("before"));
    let mut rows = db::list(&state.db.read, &filter, before.as_ref(), PAGE_SIZE + 1).await?;
    let has_next = rows.len() as i64 > PAGE_SIZE;
    rows.truncate(PAGE_SIZE as usize);
    let next = if has_next { Cursor::after(&rows).map(|c| c.to_param()) } else { None };
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
        is_later_page: before.is_some(),
        next,
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
/// that identifies a woman who asked for orientation. Streamed in batches, so that its
/// memory stays flat however many rows it holds.
pub async fn export(State(state): State<AppState>, staff: Staff, uri: Uri) -> Result<Response> {
    let query = FormInput::parse(uri.query().unwrap_or("").as_bytes());
    let filter = filter_from(&query);
    casework::exported(&state.db, &staff.who, &filter_query(&filter)).await?;
    let lang = staff.lang;
    let header: Vec<String> =
        ["reference", "kind", "status", "subjects", "region", "language", "assigned", "created"]
            .iter()
            .map(|k| lang.t(&format!("admin-col-{k}")))
            .collect();
    // A byte-order mark, so spreadsheet programs read the accents as UTF-8.
    let mut first = b"\xEF\xBB\xBF".to_vec();
    first.extend(csv_lines(std::iter::once(header))?);
    let batches = futures_util::stream::try_unfold(Some(None::<Cursor>), move |cursor| {
        let (state, filter) = (state.clone(), filter.clone());
        async move {
            let Some(before) = cursor else { return Ok(None) };
            let rows = db::list(&state.db.read, &filter, before.as_ref(), EXPORT_BATCH).await?;
            let next = (rows.len() as i64 == EXPORT_BATCH).then(|| Cursor::after(&rows));
            let tz = &state.config.time_zone;
            let records = rows.into_iter().map(|row| {
                // Sortable in a spreadsheet, in the same time zone as the pages.
                let created = local_time::sortable(&row.created_at, tz);
                let row = inbox_row(lang, tz, row);
                [
                    row.reference,
                    row.kind_label,
                    row.status_label,
                    row.subjects,
                    row.region,
                    row.language,
                    row.assigned,
                    created,
                ]
            });
            Ok::<_, anyhow::Error>(Some((axum::body::Bytes::from(csv_lines(records)?), next)))
        }
    });
    let body =
        futures_util::stream::once(async move { Ok::<_, anyhow::Error>(axum::body::Bytes::from(first)) })
            .chain(batches);
    let response = axum::body::Body::from_stream(body).into_response();
    Ok(attachment(response, "text/csv; charset=utf-8", "attachment; filename=\"requests.csv\""))
}

/// Records as CSV lines, each cell safe from spreadsheet formulas.
pub(crate) fn csv_lines<R: IntoIterator<Item = String>>(
    records: impl IntoIterator<Item = R>,
) -> anyhow::Result<Vec<u8>> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for record in records {
        writer.write_record(record.into_iter().map(|v| neutralise_formula(&v)))?;
    }
    writer.into_inner().map_err(|e| anyhow::anyhow!("csv: {e}"))
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
