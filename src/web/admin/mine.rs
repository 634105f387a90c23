//! A coordinator's day: "Mine" (the requests given to her, then the new ones nobody has
//! taken) and the follow-ups that are due.

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};

use super::requests::{InboxRow, inbox_row};
use super::{AdminNav, Staff, admin_frame};
use crate::db::requests as db;
use crate::error::Result;
use crate::local_time;
use crate::web::AppState;
use crate::web::layout::Layout;
use crate::web::page::Page;

/// The most rows each list shows; the inbox has them all.
const LIMIT: i64 = 200;

#[derive(Template)]
#[template(path = "admin/mine.html")]
struct MinePage {
    l: Layout,
    a: AdminNav,
    mine: Vec<InboxRow>,
    waiting: Vec<InboxRow>,
}

/// `GET /admin/mine`: the first page after signing in.
pub async fn mine(State(state): State<AppState>, staff: Staff) -> Result<Response> {
    let lang = staff.lang;
    let tz = &state.config.time_zone;
    let mine = db::assigned_open(&state.db.read, staff.who.id, LIMIT).await?;
    let waiting = db::unassigned_new(&state.db.read, LIMIT).await?;
    let (l, a) = admin_frame(&state, &staff, "/admin/mine", lang.t("admin-mine-title"), "mine").await?;
    let page = MinePage {
        l,
        a,
        mine: mine.into_iter().map(|r| inbox_row(lang, tz, r)).collect(),
        waiting: waiting.into_iter().map(|r| inbox_row(lang, tz, r)).collect(),
    };
    Ok(Page::new(page).into_response())
}

#[derive(Template)]
#[template(path = "admin/follow_ups.html")]
struct FollowUpsPage {
    l: Layout,
    a: AdminNav,
    overdue: Vec<InboxRow>,
    today: Vec<InboxRow>,
}

/// `GET /admin/follow-ups`: open requests to call back today, and those overdue.
pub async fn follow_ups(State(state): State<AppState>, staff: Staff) -> Result<Response> {
    let lang = staff.lang;
    let tz = &state.config.time_zone;
    let today = local_time::today(tz).to_string();
    let (overdue, due_today): (Vec<_>, Vec<_>) = db::follow_ups_due(&state.db.read, &today, LIMIT)
        .await?
        .into_iter()
        .partition(|r| r.follow_up_on.as_deref().is_some_and(|d| d < today.as_str()));
    let (l, a) =
        admin_frame(&state, &staff, "/admin/follow-ups", lang.t("admin-follow-ups-title"), "follow-ups")
            .await?;
    let page = FollowUpsPage {
        l,
        a,
        overdue: overdue.into_iter().map(|r| inbox_row(lang, tz, r)).collect(),
        today: due_today.into_iter().map(|r| inbox_row(lang, tz, r)).collect(),
    };
    Ok(Page::new(page).into_response())
}
