//! The audit log: who viewed or changed which request, and when.

use sqlx::{SqliteConnection, SqlitePool};

use crate::db::coordinators::Coordinator;
use crate::domain::vocab::AuditAction;

#[derive(Debug, Clone)]
pub struct AuditEntry {
    pub at: String,
    pub coordinator_name: String,
    pub action: AuditAction,
    pub detail: String,
}

/// Who did something the log records.
#[derive(Debug, Clone, Copy)]
pub struct Actor<'a> {
    /// `None` for the server's command line.
    pub id: Option<i64>,
    pub name: &'a str,
}

impl Actor<'static> {
    /// An administrator at the server's command line (`latinas coordinator add`).
    pub const COMMAND_LINE: Actor<'static> = Actor { id: None, name: "latinas (command line)" };
}

impl<'a> From<&'a Coordinator> for Actor<'a> {
    fn from(coordinator: &'a Coordinator) -> Actor<'a> {
        Actor { id: Some(coordinator.id), name: &coordinator.name }
    }
}

/// Records that `who` did `action`, on a request (its id and reference) or on something
/// else (`None` and an empty reference). `detail` must hold nothing personal. Written in
/// the transaction of the change it records.
pub async fn record(
    db: &mut SqliteConnection,
    who: Actor<'_>,
    request_id: Option<i64>,
    reference: &str,
    action: AuditAction,
    detail: &str,
) -> sqlx::Result<()> {
    sqlx::query!(
        "INSERT INTO audit_log (coordinator_id, coordinator_name, request_id, request_reference, action, detail)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        who.id,
        who.name,
        request_id,
        reference,
        action,
        detail
    )
    .execute(db)
    .await?;
    Ok(())
}

/// The entries about one request, newest first.
pub async fn for_reference(pool: &SqlitePool, reference: &str) -> sqlx::Result<Vec<AuditEntry>> {
    sqlx::query_as!(
        AuditEntry,
        r#"SELECT at, coordinator_name, action AS "action: AuditAction", detail
           FROM audit_log WHERE request_reference = ?1 ORDER BY id DESC"#,
        reference
    )
    .fetch_all(pool)
    .await
}

/// What the audit page can be filtered by; `None` means any.
#[derive(Debug, Clone, Default)]
pub struct LogFilter {
    pub coordinator_id: Option<i64>,
    pub action: Option<AuditAction>,
    /// `YYYY-MM-DD`, inclusive (UTC, as stored).
    pub from: Option<String>,
    pub to: Option<String>,
}

/// An entry as the audit page lists it.
#[derive(Debug, Clone)]
pub struct LogEntry {
    pub id: i64,
    pub at: String,
    pub coordinator_name: String,
    pub action: AuditAction,
    pub request_reference: String,
    pub detail: String,
}

/// Entries matching `filter`, newest first, older than the entry `before` when given.
pub async fn page(
    pool: &SqlitePool,
    filter: &LogFilter,
    before: Option<i64>,
    limit: i64,
) -> sqlx::Result<Vec<LogEntry>> {
    let from = filter.from.as_ref().map(|d| format!("{d}T00:00:00Z"));
    let to = filter.to.as_ref().map(|d| format!("{d}T23:59:59Z"));
    let before = before.unwrap_or(i64::MAX);
    sqlx::query_as!(
        LogEntry,
        r#"SELECT id AS "id!", at, coordinator_name, action AS "action: AuditAction", request_reference, detail
           FROM audit_log
           WHERE (?1 IS NULL OR coordinator_id = ?1) AND (?2 IS NULL OR action = ?2)
             AND (?3 IS NULL OR at >= ?3) AND (?4 IS NULL OR at <= ?4) AND id < ?5
           ORDER BY id DESC LIMIT ?6"#,
        filter.coordinator_id,
        filter.action,
        from,
        to,
        before,
        limit
    )
    .fetch_all(pool)
    .await
}

/// Sign-ins per account from `from` (`YYYY-MM-DD`): (name, successful, failed).
pub async fn sign_ins_per_account(pool: &SqlitePool, from: &str) -> sqlx::Result<Vec<(String, i64, i64)>> {
    let from = format!("{from}T00:00:00Z");
    let rows = sqlx::query!(
        r#"SELECT coordinator_name, SUM(action = 'signed_in') AS "ok!: i64", SUM(action = 'sign_in_failed') AS "failed!: i64"
           FROM audit_log WHERE action IN ('signed_in', 'sign_in_failed') AND at >= ?1
           GROUP BY coordinator_id, coordinator_name ORDER BY coordinator_name"#,
        from
    )
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|r| (r.coordinator_name, r.ok, r.failed)).collect())
}

/// Whether anything recorded `action` with exactly this `detail`.
pub async fn has(pool: &SqlitePool, action: AuditAction, detail: &str) -> sqlx::Result<bool> {
    sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT 1 FROM audit_log WHERE action = ?1 AND detail = ?2) AS "found!: bool""#,
        action,
        detail
    )
    .fetch_one(pool)
    .await
}
