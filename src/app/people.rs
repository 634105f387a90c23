//! "What do you hold about me?": every record about one person (requests, offers of
//! support, event registrations), found from her email address or phone number through
//! the keyed index (never by reading the sealed fields), exported, or erased. Each of these
//! is audited with how many records, never what they hold.

use crate::app::events::{EventDesk, OpenedForCoordinators};
use crate::crypto::Keys;
use crate::db::coordinators::Coordinator;
use crate::db::events::{self, EventPage};
use crate::db::requests::{self, RequestDetail};
use crate::db::{Db, audit, begin_write};
use crate::domain::contact::ContactKey;
use crate::domain::vocab::AuditAction;
use crate::i18n::Lang;

/// The digests that find `contact`, under every key held, as the JSON array the query takes.
fn digests_of(keys: &Keys, contact: &ContactKey) -> String {
    serde_json::Value::from(keys.index_digests(contact.as_bytes())).to_string()
}

async fn record(db: &Db, who: &Coordinator, action: AuditAction, count: usize) -> sqlx::Result<()> {
    let mut tx = begin_write(&db.write).await?;
    audit::record(&mut tx, who.into(), None, "", action, &count.to_string()).await?;
    tx.commit().await
}

/// Every record about one person.
pub struct Found {
    pub requests: Vec<RequestDetail>,
    /// Her event registrations, opened, each with its event (in the coordinator's language).
    pub registrations: Vec<(EventPage, OpenedForCoordinators)>,
}

impl Found {
    pub fn len(&self) -> usize {
        self.requests.len() + self.registrations.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Every record that holds `contact`, oldest first; the search is logged.
pub async fn find(
    db: &Db,
    keys: &Keys,
    desk: &EventDesk,
    who: &Coordinator,
    lang: Lang,
    contact: &ContactKey,
) -> sqlx::Result<Found> {
    let digests = digests_of(keys, contact);
    let requests = requests::with_digests(&db.read, &digests).await?;
    let mut read = db.read.acquire().await?;
    let registrations = desk.found_by_digests(&mut read, lang, &digests).await?;
    let found = Found { requests, registrations };
    record(db, who, AuditAction::PersonSearched, found.len()).await?;
    Ok(found)
}

/// `who` exported the `count` records found.
pub async fn exported(db: &Db, who: &Coordinator, count: usize) -> sqlx::Result<()> {
    record(db, who, AuditAction::PersonExported, count).await
}

/// Deletes every record that holds `contact` (requests with their notes, contact attempts,
/// mail and index entries; event registrations, their places going to the waiting list), in
/// one transaction; returns how many. Deleted pages are overwritten
/// (`secure_delete`) and the write-ahead log is emptied, so that nothing of her stays in
/// the database files; backups keep her until they age out, as the privacy page says.
pub async fn erase(
    db: &Db,
    keys: &Keys,
    desk: &EventDesk,
    who: &Coordinator,
    contact: &ContactKey,
) -> sqlx::Result<usize> {
    let digests = digests_of(keys, contact);
    let mut tx = begin_write(&db.write).await?;
    let found = requests::with_digests(&mut *tx, &digests).await?;
    for request in &found {
        requests::delete(&mut tx, request.id).await?;
    }
    let registrations = events::registrations_with_digests(&mut tx, &digests).await?;
    desk.erase(&mut tx, &registrations).await?;
    let count = found.len() + registrations.len();
    audit::record(&mut tx, who.into(), None, "", AuditAction::PersonErased, &count.to_string()).await?;
    tx.commit().await?;
    crate::db::checkpoint(&db.write).await;
    Ok(count)
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
