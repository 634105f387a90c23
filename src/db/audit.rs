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
