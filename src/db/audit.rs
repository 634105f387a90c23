//! The audit log: who viewed or changed which request, and when.

use sqlx::SqlitePool;

use crate::db::coordinators::Coordinator;

#[derive(Debug, Clone)]
pub struct AuditEntry {
    pub at: String,
    pub coordinator_name: String,
    pub action: String,
    pub detail: String,
}

/// Records that `who` did `action` on the request (`detail` must hold nothing personal).
pub async fn record(
    pool: &SqlitePool,
    who: &Coordinator,
    request_id: Option<i64>,
    reference: &str,
    action: &str,
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
    .execute(pool)
    .await?;
    Ok(())
}

/// The entries about one request, newest first.
pub async fn for_reference(pool: &SqlitePool, reference: &str) -> sqlx::Result<Vec<AuditEntry>> {
    sqlx::query_as!(
        AuditEntry,
        "SELECT at, coordinator_name, action, detail FROM audit_log WHERE request_reference = ?1 ORDER BY id DESC",
        reference
    )
    .fetch_all(pool)
    .await
}
