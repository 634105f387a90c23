//! Periodic chores while the site serves: every minute, forgetting idle rate-limit entries
//! and refreshing the cached pages when an event started, ended or opened or closed its
//! registration; every `PURGE_INTERVAL_SECONDS` (an hour, starting at start-up), deleting
//! expired back-office sessions, the requests closed longer ago than `RETENTION_DAYS` and
//! the registrations of events that ended longer ago than `EVENT_RETENTION_DAYS`.

use std::time::Duration;

use tokio::sync::watch;
use tower_sessions::ExpiredDeletion;

use crate::db::requests;
use crate::web::AppState;

/// Runs the chores until `stopped` changes.
pub async fn run(state: AppState, mut stopped: watch::Receiver<bool>) {
    let mut every_minute = tokio::time::interval(Duration::from_secs(60));
    let mut every_purge = tokio::time::interval(state.config.purge_interval);
    let mut last_look = crate::app::events::now_stored();
    loop {
        tokio::select! {
            _ = every_minute.tick() => {
                state.limiter.forget_idle();
                state.login_limiter.forget_idle();
                last_look = refresh_event_pages(&state, last_look).await;
            }
            _ = every_purge.tick() => purge(&state).await,
            _ = stopped.changed() => return,
        }
    }
}

async fn purge(state: &AppState) {
    match requests::purge_closed(&state.db.write, state.config.retention_days).await {
        Ok(0) => {}
        Ok(purged) => tracing::info!(purged, "deleted requests closed longer than the retention period"),
        Err(error) => tracing::error!(error = ?error, "purge failed"),
    }
    match crate::db::events::purge_ended(&state.db.write, state.config.event_retention_days).await {
        Ok(0) => {}
        Ok(purged) => tracing::info!(purged, "deleted the registrations of events past the retention period"),
        Err(error) => tracing::error!(error = ?error, "purging event registrations failed"),
    }
    if let Err(error) = state.sessions.delete_expired().await {
        tracing::error!(error = ?error, "deleting expired sessions failed");
    }
    let (idle, max) = (state.config.session_idle.as_secs(), state.config.session_max.as_secs());
    if let Err(error) = crate::db::sign_ins::purge_expired(&state.db.write, idle, max).await {
        tracing::error!(error = ?error, "forgetting expired sign-ins failed");
    }
}

/// Forgets the cached pages when an event's page changed with the time since `since` (it
/// started, ended, or opened or closed its registration); returns the time of this look.
async fn refresh_event_pages(state: &AppState, since: String) -> String {
    let now = crate::app::events::now_stored();
    match crate::db::events::boundary_passed(&state.db.read, &since, &now).await {
        Ok(true) => state.pages.invalidate(),
        Ok(false) => {}
        Err(error) => tracing::error!(error = ?error, "checking the events' times failed"),
    }
    now
}
