//! Periodic chores while the site serves: forgetting idle rate-limit entries every
//! minute; every `PURGE_INTERVAL_SECONDS` (an hour, starting at start-up), deleting expired
//! back-office sessions and the requests closed longer ago than `RETENTION_DAYS`.

use std::time::Duration;

use tokio::sync::watch;
use tower_sessions::ExpiredDeletion;

use crate::db::requests;
use crate::web::AppState;

/// Runs the chores until `stopped` changes.
pub async fn run(state: AppState, mut stopped: watch::Receiver<bool>) {
    let mut every_minute = tokio::time::interval(Duration::from_secs(60));
    let mut every_purge = tokio::time::interval(state.config.purge_interval);
    loop {
        tokio::select! {
            _ = every_minute.tick() => {
                state.limiter.forget_idle();
                state.login_limiter.forget_idle();
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
    if let Err(error) = state.sessions.delete_expired().await {
        tracing::error!(error = ?error, "deleting expired sessions failed");
    }
    let (idle, max) = (state.config.session_idle.as_secs(), state.config.session_max.as_secs());
    if let Err(error) = crate::db::sign_ins::purge_expired(&state.db.write, idle, max).await {
        tracing::error!(error = ?error, "forgetting expired sign-ins failed");
    }
}
