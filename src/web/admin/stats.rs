//! Statistics for reports to funders: requests per month, topic, region and language over
//! a chosen period, drawn as SVG on the server; events per month and kind with their
//! registrations, places and attendance (from the counts kept on each event). Read from the counters kept as requests
//! arrive (`request_counts`), so the page costs the same with ten requests or a million,
//! and a request deleted later still counts among those that came.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::State;
use axum::http::Uri;
use axum::response::{IntoResponse, Response};
use time::macros::format_description;
use time::{Date, Duration, OffsetDateTime};

use super::{AdminNav, Staff, admin_frame};
use crate::db::requests::counts;
use crate::domain::choices::{ContactLanguage, HelpWay, Region, Topic};
use crate::domain::form_input::FormInput;
use crate::domain::vocab::RequestKind;
use crate::error::Result;
use crate::web::AppState;
use crate::web::layout::Layout;
use crate::web::page::Page;

/// One bar: a label, a count, and its length as a share of the longest (0–100).
pub struct Bar {
    pub label: String,
    pub count: usize,
    pub length: usize,
    /// Vertical position in the chart, in SVG units.
    pub y: usize,
}

pub struct Chart {
    pub id: &'static str,
    pub title: String,
    pub bars: Vec<Bar>,
    pub height: usize,
    pub total: usize,
}

/// Height of a bar's row in the chart, in SVG units.
const ROW: usize = 28;

fn chart(id: &'static str, title: String, counts: Vec<(String, usize)>) -> Chart {
    let max = counts.iter().map(|(_, c)| *c).max().unwrap_or(0).max(1);
    let total = counts.iter().map(|(_, c)| *c).sum();
    let bars: Vec<Bar> = counts
        .into_iter()
        .enumerate()
        .map(|(i, (label, count))| Bar { label, count, length: count * 100 / max, y: i * ROW })
        .collect();
    Chart { id, title, height: bars.len().max(1) * ROW, bars, total }
}

#[derive(Template)]
#[template(path = "admin/stats.html")]
struct StatsPage {
    l: Layout,
    a: AdminNav,
    from: String,
    to: String,
    charts: Vec<Chart>,
    /// Events of the period by month and kind: how many, registered, places, waited, came.
    events: Vec<EventStatsRow>,
}

pub struct EventStatsRow {
    pub month: String,
    pub kind: String,
    pub counts: [i64; 5],
}

const DAY: &[time::format_description::BorrowedFormatItem<'static>] =
    format_description!("[year]-[month]-[day]");

fn sorted_by_count(counts: BTreeMap<String, usize>) -> Vec<(String, usize)> {
    let mut counts: Vec<_> = counts.into_iter().collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    counts
}

pub async fn stats(State(state): State<AppState>, staff: Staff, uri: Uri) -> Result<Response> {
    let query = FormInput::parse(uri.query().unwrap_or("").as_bytes());
    let today = OffsetDateTime::now_utc().date();
    let year_ago = today.checked_sub(Duration::days(365)).unwrap_or(today);
    let parse = |name: &str, default: Date| Date::parse(query.get(name), DAY).unwrap_or(default);
    let (mut from, mut to) = (parse("from", year_ago), parse("to", today));
    if from > to {
        std::mem::swap(&mut from, &mut to);
    }
    let (from, to) = (from.format(DAY).unwrap_or_default(), to.format(DAY).unwrap_or_default());
    let lang = staff.lang;
    let mut by_month: BTreeMap<String, usize> = BTreeMap::new();
    let mut by_topic: BTreeMap<String, usize> = BTreeMap::new();
    let mut by_help: BTreeMap<String, usize> = BTreeMap::new();
    let mut by_region: BTreeMap<String, usize> = BTreeMap::new();
    let mut by_language: BTreeMap<String, usize> = BTreeMap::new();
    let mut by_kind: BTreeMap<String, usize> = BTreeMap::new();
    for c in counts(&state.db.read, &from, &to).await? {
        let n = usize::try_from(c.count).unwrap_or(0);
        let (map, label) = match c.dimension.as_str() {
            "month" => (&mut by_month, c.month),
            "kind" => (&mut by_kind, RequestKind::label_of(&c.value, lang)),
            "topic" => (&mut by_topic, Topic::label_of(&c.value, lang)),
            "help" => (&mut by_help, HelpWay::label_of(&c.value, lang)),
            "region" => (&mut by_region, Region::label_of(&c.value, lang)),
            "language" => (&mut by_language, ContactLanguage::label_of(&c.value, lang)),
            _ => continue,
        };
        *map.entry(label).or_default() += n;
    }
    let charts = vec![
        chart("by-month", lang.t("admin-stats-by-month"), by_month.into_iter().collect()),
        chart("by-kind", lang.t("admin-stats-by-kind"), sorted_by_count(by_kind)),
        chart("by-topic", lang.t("admin-stats-by-topic"), sorted_by_count(by_topic)),
        chart("by-help", lang.t("admin-stats-by-help"), sorted_by_count(by_help)),
        chart("by-region", lang.t("admin-stats-by-region"), sorted_by_count(by_region)),
        chart("by-language", lang.t("admin-stats-by-language"), sorted_by_count(by_language)),
    ];
    let events = crate::db::events::stats(&state.db.read, &from, &to)
        .await?
        .into_iter()
        .map(|e| EventStatsRow {
            month: e.month,
            kind: e.kind.label(lang),
            counts: [e.events, e.registered, e.places_taken, e.waited, e.came],
        })
        .collect();
    let (l, a) = admin_frame(&state, &staff, "/admin/stats", lang.t("admin-stats-title"), "stats").await?;
    Ok(Page::new(StatsPage { l, a, from, to, charts, events }).into_response())
}
