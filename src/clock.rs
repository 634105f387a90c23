//! The time, as the system stores and compares it.

use std::time::{SystemTime, UNIX_EPOCH};

/// Milliseconds since the Unix epoch (when mail is due).
pub fn now_ms() -> i64 {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    i64::try_from(now.as_millis()).unwrap_or(i64::MAX)
}

/// Seconds since the Unix epoch (when a form was shown, when a session began).
pub fn now_seconds() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}
