//! "What do you hold about me?": every record about one person, found from her email
//! address or phone number through the keyed index (never by reading the sealed fields),
//! exported, or erased. Each of these is audited with how many records, never what they
//! hold.

use crate::crypto::Keys;
use crate::db::coordinators::Coordinator;
use crate::db::requests::{self, RequestDetail};
use crate::db::{Db, audit, begin_write};
use crate::domain::contact::ContactKey;
use crate::domain::vocab::AuditAction;

/// The digests that find `contact`, under every key held, as the JSON array the query takes.
fn digests_of(keys: &Keys, contact: &ContactKey) -> String {
    serde_json::Value::from(keys.index_digests(contact.as_bytes())).to_string()
}

async fn record(db: &Db, who: &Coordinator, action: AuditAction, count: usize) -> sqlx::Result<()> {
    let mut tx = begin_write(&db.write).await?;
    audit::record(&mut tx, who.into(), None, "", action, &count.to_string()).await?;
    tx.commit().await
}

/// Every request that holds `contact`, oldest first; the search is logged.
pub async fn find(
    db: &Db,
    keys: &Keys,
    who: &Coordinator,
    contact: &ContactKey,
) -> sqlx::Result<Vec<RequestDetail>> {
    let found = requests::with_digests(&db.read, &digests_of(keys, contact)).await?;
    record(db, who, AuditAction::PersonSearched, found.len()).await?;
    Ok(found)
}

/// `who` exported the `count` records found.
pub async fn exported(db: &Db, who: &Coordinator, count: usize) -> sqlx::Result<()> {
    record(db, who, AuditAction::PersonExported, count).await
}

/// Deletes every request that holds `contact`, with its notes, contact attempts, mail and
/// index entries, in one transaction; returns how many. Deleted pages are overwritten
/// (`secure_delete`) and the write-ahead log is emptied, so that nothing of her stays in
/// the database files; backups keep her until they age out, as the privacy page says.
pub async fn erase(db: &Db, keys: &Keys, who: &Coordinator, contact: &ContactKey) -> sqlx::Result<usize> {
    let mut tx = begin_write(&db.write).await?;
    let found = requests::with_digests(&mut *tx, &digests_of(keys, contact)).await?;
    for request in &found {
        requests::delete(&mut tx, request.id).await?;
    }
    audit::record(&mut tx, who.into(), None, "", AuditAction::PersonErased, &found.len().to_string()).await?;
    tx.commit().await?;
    crate::db::checkpoint(&db.write).await;
    Ok(found.len())
}

/// Indexes the requests stored before the person index existed; returns how many.
pub async fn index_unindexed(db: &Db, keys: &Keys) -> anyhow::Result<usize> {
    let rows = requests::unindexed(&db.read).await?;
    if rows.is_empty() {
        return Ok(0);
    }
    let mut tx = begin_write(&db.write).await?;
    for row in &rows {
        requests::reindex(&mut tx, keys, row).await?;
    }
    tx.commit().await?;
    Ok(rows.len())
}
