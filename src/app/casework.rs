//! What coordinators do with a request. Each change is written with its audit entry in
//! one transaction: there is no change without its trace, and no trace of a change that
//! did not happen.

use sqlx::Sqlite;

use crate::clock::now_ms;
use crate::crypto::Keys;
use crate::db::coordinators::Coordinator;
use crate::db::requests::{self, RequestDetail};
use crate::db::{Db, audit, begin_write, outbox};
use crate::domain::text::LongText;
use crate::domain::vocab::{AuditAction, ContactOutcome, RequestStatus, VolunteerStatus};

/// Writes `action` on `request` by `who` in `tx`, then commits.
async fn audit_and_commit(
    mut tx: sqlx::Transaction<'static, Sqlite>,
    who: &Coordinator,
    request: &RequestDetail,
    action: AuditAction,
    detail: &str,
) -> sqlx::Result<()> {
    // A deleted request keeps its reference in the log, not its id.
    let id = (action != AuditAction::Deleted).then_some(request.id);
    audit::record(&mut tx, who.into(), id, &request.reference, action, detail).await?;
    tx.commit().await
}

/// `who` opened the request's page (and read what she wrote).
pub async fn viewed(db: &Db, who: &Coordinator, request: &RequestDetail) -> sqlx::Result<()> {
    let tx = begin_write(&db.write).await?;
    audit_and_commit(tx, who, request, AuditAction::Viewed, "").await
}

pub async fn set_status(
    db: &Db,
    who: &Coordinator,
    request: &RequestDetail,
    status: RequestStatus,
) -> sqlx::Result<()> {
    let mut tx = begin_write(&db.write).await?;
    requests::set_status(&mut tx, request.id, status).await?;
    audit_and_commit(tx, who, request, AuditAction::Status, status.code()).await
}

/// Gives the request to `assignee`, or to nobody.
pub async fn assign(
    db: &Db,
    who: &Coordinator,
    request: &RequestDetail,
    assignee: Option<&Coordinator>,
) -> sqlx::Result<()> {
    let mut tx = begin_write(&db.write).await?;
    requests::assign(&mut tx, request.id, assignee.map(|c| c.id)).await?;
    let detail = assignee.map(|c| c.name.as_str()).unwrap_or_default();
    audit_and_commit(tx, who, request, AuditAction::Assigned, detail).await
}

/// Sets the day to call back (`YYYY-MM-DD` in `TIME_ZONE`), or clears it.
pub async fn set_follow_up(
    db: &Db,
    who: &Coordinator,
    request: &RequestDetail,
    day: Option<jiff::civil::Date>,
) -> sqlx::Result<()> {
    let day = day.map(|d| d.to_string());
    let mut tx = begin_write(&db.write).await?;
    requests::set_follow_up(&mut tx, request.id, day.as_deref()).await?;
    audit_and_commit(tx, who, request, AuditAction::FollowUp, day.as_deref().unwrap_or_default()).await
}

/// Records a try to reach the person, by `who`, now.
pub async fn record_attempt(
    db: &Db,
    who: &Coordinator,
    request: &RequestDetail,
    outcome: ContactOutcome,
) -> sqlx::Result<()> {
    let mut tx = begin_write(&db.write).await?;
    requests::add_attempt(&mut tx, request.id, who.id, &who.name, outcome).await?;
    audit_and_commit(tx, who, request, AuditAction::ContactAttempt, outcome.code()).await
}

/// Where a volunteer stands; an ended volunteer's request is closed (and purged later).
pub async fn set_volunteer_status(
    db: &Db,
    who: &Coordinator,
    request: &RequestDetail,
    status: VolunteerStatus,
) -> sqlx::Result<()> {
    let mut tx = begin_write(&db.write).await?;
    requests::set_volunteer_status(&mut tx, request.id, status).await?;
    audit_and_commit(tx, who, request, AuditAction::VolunteerStatus, status.code()).await
}

/// Adds a note, sealed like everything she wrote.
pub async fn add_note(
    db: &Db,
    keys: &Keys,
    who: &Coordinator,
    request: &RequestDetail,
    note: &LongText,
) -> sqlx::Result<()> {
    let sealed = keys.seal(note.as_str().as_bytes());
    let mut tx = begin_write(&db.write).await?;
    requests::add_note(&mut tx, request.id, who.id, &who.name, &sealed).await?;
    audit_and_commit(tx, who, request, AuditAction::Note, "").await
}

/// Deletes the request with its notes and mail; the log keeps its reference.
pub async fn delete(db: &Db, who: &Coordinator, request: &RequestDetail) -> sqlx::Result<()> {
    let mut tx = begin_write(&db.write).await?;
    requests::delete(&mut tx, request.id).await?;
    audit_and_commit(tx, who, request, AuditAction::Deleted, "").await
}

/// Puts one of the request's mails back in the queue; `false` (and nothing written) when
/// the request has no mail `mail_id`.
pub async fn resend(db: &Db, who: &Coordinator, request: &RequestDetail, mail_id: i64) -> sqlx::Result<bool> {
    let mut tx = begin_write(&db.write).await?;
    if !outbox::resend(&mut tx, request.id, mail_id, now_ms()).await? {
        return Ok(false);
    }
    audit_and_commit(tx, who, request, AuditAction::Resent, "").await?;
    Ok(true)
}

/// `who` exported a list; `filter` (as a query string: nothing personal) goes into the log.
pub async fn exported(db: &Db, who: &Coordinator, filter: &str) -> sqlx::Result<()> {
    let mut tx = begin_write(&db.write).await?;
    audit::record(&mut tx, who.into(), None, "", AuditAction::Exported, filter).await?;
    tx.commit().await
}
