//! The audit page (administrators): who did what and when, filtered by person, action and
//! date; and the sign-ins of each account, successful and failed, counted.

use askama::Template;
use axum::extract::State;
use axum::http::Uri;
use axum::response::{IntoResponse, Response};

use super::request::audit_detail;
use super::{AdminNav, Staff, admin_frame};
use crate::db::audit::{self, LogFilter};
use crate::db::coordinators::{self, Coordinator};
use crate::domain::form_input::FormInput;
use crate::domain::vocab::{AuditAction, Choice};
use crate::error::Result;
use crate::local_time;
use crate::web::AppState;
use crate::web::layout::Layout;
use crate::web::page::Page;

const PAGE_SIZE: i64 = 100;
/// The sign-ins are counted over this many days when no period is chosen.
const SIGN_IN_DAYS: i64 = 30;

pub struct EntryView {
    pub at: String,
    pub who: String,
    pub action: String,
    pub reference: String,
    pub detail: String,
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage {
    l: Layout,
    a: AdminNav,
    entries: Vec<EntryView>,
    sign_ins: Vec<(String, i64, i64)>,
    /// The first day the sign-ins are counted from, as people write it.
    counted_from: String,
    people: Vec<Coordinator>,
    actions: Vec<Choice>,
    filter: LogFilter,
    query: String,
    is_later_page: bool,
    next: Option<i64>,
}

impl AuditPage {
    fn person_selected(&self, id: &i64) -> bool {
        self.filter.coordinator_id == Some(*id)
    }

    fn action_selected(&self, code: &&str) -> bool {
        self.filter.action.is_some_and(|a| a.code() == *code)
    }
}

/// `GET /admin/audit`.
pub async fn show(State(state): State<AppState>, staff: Staff, uri: Uri) -> Result<Response> {
    let query = FormInput::parse(uri.query().unwrap_or("").as_bytes());
    let day = |name: &str| {
        let value = query.get(name).trim();
        value.parse::<jiff::civil::Date>().is_ok().then(|| value.to_owned())
    };
    let filter = LogFilter {
        coordinator_id: query.get("person").parse().ok(),
        action: AuditAction::parse(query.get("action").trim()),
        from: day("from"),
        to: day("to"),
    };
    let before: Option<i64> = query.get("before").parse().ok();
    let lang = staff.lang;
    let tz = &state.config.time_zone;
    let mut rows = audit::page(&state.db.read, &filter, before, PAGE_SIZE + 1).await?;
    let next = (rows.len() as i64 > PAGE_SIZE).then(|| rows[PAGE_SIZE as usize - 1].id);
    rows.truncate(PAGE_SIZE as usize);
    let today = local_time::today(tz);
    let counted_from = filter.from.clone().unwrap_or_else(|| {
        today.checked_sub(jiff::Span::new().days(SIGN_IN_DAYS)).unwrap_or(today).to_string()
    });
    let entries = rows
        .into_iter()
        .map(|e| EntryView {
            at: local_time::display(&e.at, tz, lang),
            who: e.coordinator_name,
            action: e.action.label(lang),
            reference: e.request_reference,
            detail: audit_detail(lang, e.action, e.detail),
        })
        .collect();
    let query_string = super::kept_query(&query, &["person", "action", "from", "to"]);
    let (l, a) = admin_frame(&state, &staff, "/admin/audit", lang.t("admin-audit-title"), "audit").await?;
    let page = AuditPage {
        l,
        a,
        entries,
        sign_ins: audit::sign_ins_per_account(&state.db.read, &counted_from).await?,
        counted_from: local_time::display_day(&counted_from, lang),
        people: coordinators::all(&state.db.read).await?,
        actions: AuditAction::options(lang),
        filter,
        query: query_string,
        is_later_page: before.is_some(),
        next,
    };
    Ok(Page::new(page).into_response())
}
