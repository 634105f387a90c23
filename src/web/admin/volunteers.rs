//! The people who offered support, as a list of their own: where each stands, how she
//! offered to help, her languages, region and availability; filters and a search by the
//! words of a name (through their keyed digests) or a reference. (Finding someone by email or phone is the people page's, by a form post:
//! a contact never travels in an address, where proxies and histories keep it.)

use askama::Template;
use axum::extract::State;
use axum::http::Uri;
use axum::response::{IntoResponse, Response};

use super::{AdminNav, Staff, admin_frame};
use crate::db::requests::{self as db, Cursor, VolunteerFilter, VolunteerRow};
use crate::domain::choices::{HelpWay, Region, SpokenLanguage};
use crate::domain::contact::name_words;
use crate::domain::form_input::FormInput;
use crate::domain::reference::is_reference;
use crate::domain::request::SupportPersonal;
use crate::domain::vocab::{Choice, VolunteerStatus};
use crate::error::Result;
use crate::i18n::Lang;
use crate::local_time;
use crate::web::AppState;
use crate::web::layout::Layout;
use crate::web::page::Page;

const PAGE_SIZE: i64 = 50;

pub struct VolunteerView {
    pub reference: String,
    pub name: String,
    pub status_label: String,
    /// The badge's style.
    pub badge: &'static str,
    pub help: String,
    pub languages: String,
    pub region: String,
    pub availability: String,
    pub assigned: String,
    pub follow_up: String,
    pub created: String,
}

#[derive(Template)]
#[template(path = "admin/volunteers.html")]
struct VolunteersPage {
    l: Layout,
    a: AdminNav,
    rows: Vec<VolunteerView>,
    filter: VolunteerFilter,
    q: String,
    query: String,
    is_later_page: bool,
    next: Option<String>,
    statuses: Vec<Choice>,
    help_ways: Vec<Choice>,
    languages: Vec<Choice>,
    regions: Vec<Choice>,
}

impl VolunteersPage {
    fn selected(&self, value: &Option<String>, code: &&str) -> bool {
        value.as_deref() == Some(*code)
    }

    fn status_selected(&self, code: &&str) -> bool {
        self.filter.status.is_some_and(|s| s.code() == *code)
    }
}

fn personal(state: &AppState, row: &VolunteerRow) -> Option<SupportPersonal> {
    let plain = state.keys.open(&row.sealed_personal).ok()?;
    serde_json::from_slice(&plain).ok()
}

fn view(state: &AppState, lang: Lang, row: VolunteerRow, personal: Option<SupportPersonal>) -> VolunteerView {
    let tz = &state.config.time_zone;
    VolunteerView {
        name: personal.as_ref().map(|p| p.name.as_str().to_owned()).unwrap_or_default(),
        availability: personal
            .as_ref()
            .and_then(|p| p.availability.as_ref())
            .map(|a| a.as_str().to_owned())
            .unwrap_or_default(),
        status_label: row.status.label(lang),
        badge: match row.status {
            VolunteerStatus::New => "new",
            VolunteerStatus::Ended => "closed",
            VolunteerStatus::Contacted | VolunteerStatus::Active | VolunteerStatus::Paused => "progress",
        },
        help: HelpWay::labels_of_codes(&row.help_ways, lang),
        languages: SpokenLanguage::labels_of_codes(&row.spoken_languages, lang),
        region: Region::label_of(&row.region, lang),
        assigned: row.assigned_name.unwrap_or_default(),
        follow_up: row.follow_up_on.as_deref().map(|d| local_time::display_day(d, lang)).unwrap_or_default(),
        created: local_time::display(&row.created_at, tz, lang),
        reference: row.reference,
    }
}

/// `GET /admin/volunteers`.
pub async fn list(State(state): State<AppState>, staff: Staff, uri: Uri) -> Result<Response> {
    let query = FormInput::parse(uri.query().unwrap_or("").as_bytes());
    let pick = |name: &str, valid: fn(&str) -> bool| {
        let value = query.get(name).trim();
        (!value.is_empty() && valid(value)).then(|| value.to_owned())
    };
    let q = query.get("q").trim().to_owned();
    let reference = q.to_uppercase();
    let mut filter = VolunteerFilter {
        status: VolunteerStatus::parse(query.get("status").trim()),
        help: pick("help", |v| HelpWay::parse(v).is_some()),
        language: pick("language", |v| SpokenLanguage::parse(v).is_some()),
        region: pick("region", |v| Region::parse(v).is_some()),
        ..VolunteerFilter::default()
    };
    // What the search box holds: a reference, or else words of a name, found through
    // their digests in the person index (names are sealed; none is opened to compare).
    if is_reference(&reference) {
        filter.reference = Some(reference);
    } else if !q.is_empty() {
        let words = name_words(&q);
        let mut digests = serde_json::Map::new();
        for (i, word) in words.iter().enumerate() {
            for digest in state.keys.index_digests(word.as_bytes()) {
                digests.insert(digest, i.into());
            }
        }
        // Nothing but separators: a name nobody has.
        let count = i64::try_from(words.len()).unwrap_or(i64::MAX).max(1);
        filter.name_digests = Some((serde_json::Value::Object(digests).to_string(), count));
    }
    let lang = staff.lang;
    let before = Cursor::parse(query.get("before"));
    let mut rows = db::volunteers(&state.db.read, &filter, before.as_ref(), PAGE_SIZE + 1).await?;
    let has_next = rows.len() as i64 > PAGE_SIZE;
    rows.truncate(PAGE_SIZE as usize);
    let next = rows.last().filter(|_| has_next).map(|r| Cursor::after_row(&r.created_at, r.id).to_param());
    let rows = rows
        .into_iter()
        .map(|r| {
            let p = personal(&state, &r);
            view(&state, lang, r, p)
        })
        .collect();
    let query_string = super::kept_query(&query, &["status", "help", "language", "region", "q"]);
    let (l, a) =
        admin_frame(&state, &staff, "/admin/volunteers", lang.t("admin-volunteers-title"), "volunteers")
            .await?;
    let page = VolunteersPage {
        l,
        a,
        rows,
        filter,
        q,
        query: query_string,
        is_later_page: before.is_some(),
        next,
        statuses: VolunteerStatus::options(lang),
        help_ways: HelpWay::options(lang),
        languages: SpokenLanguage::options(lang),
        regions: Region::options(lang),
    };
    Ok(Page::new(page).into_response())
}
