//! What needs a person, shown to every coordinator at the top of the back office: mail that
//! is not getting through, a failed or old backup, a data key with no copy noted, a disk
//! nearly full. Each is cheap to ask (indexed queries, one `statvfs`), so every page asks.

use std::path::Path;

use jiff::{SignedDuration, Timestamp};

use crate::backups::BackupState;
use crate::config::Config;
use crate::crypto::Keys;
use crate::db::audit::{self, Actor};
use crate::db::{Db, begin_write, outbox};
use crate::domain::vocab::AuditAction;

/// A backup older than this is a warning.
const BACKUP_TOO_OLD: SignedDuration = SignedDuration::from_hours(48);
/// The disk is nearly full below this share free…
const DISK_FREE_PERCENT: u64 = 10;
/// …unless even that share is a lot of room (a large disk).
const DISK_FREE_PLENTY_BYTES: u64 = 2 * 1024 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// Mail has failed: `waiting` messages are not sent, the oldest since `since`.
    MailFailing { waiting: i64, since: String },
    /// The last backup failed (at this time), after the last one written.
    BackupFailed { at: String },
    /// The newest backup was written at this time, more than two days ago.
    BackupOld { at: String },
    /// The data key was generated on this machine, and nobody noted storing a copy.
    DataKeyUncopied,
    /// The disk under `DATA_DIR` has only this many bytes free.
    DiskNearlyFull { free_bytes: u64 },
}

/// The warnings now.
pub async fn current(
    db: &Db,
    config: &Config,
    keys: &Keys,
    backups: &BackupState,
) -> sqlx::Result<Vec<Warning>> {
    let mut warnings = Vec::new();
    if let Some((waiting, since)) = outbox::stuck(&db.read).await? {
        warnings.push(Warning::MailFailing { waiting, since });
    }
    if config.backups.is_some() {
        match (backups.last_failed, backups.last_written) {
            (Some(failed), _) => warnings.push(Warning::BackupFailed { at: failed.to_string() }),
            (None, Some(written)) if Timestamp::now().duration_since(written) > BACKUP_TOO_OLD => {
                warnings.push(Warning::BackupOld { at: written.to_string() });
            }
            _ => {}
        }
    }
    if config.data_key.is_none()
        && !audit::has(&db.read, AuditAction::DataKeyStored, keys.fingerprint()).await?
    {
        warnings.push(Warning::DataKeyUncopied);
    }
    if let Some(free_bytes) = nearly_full(&config.data_dir) {
        warnings.push(Warning::DiskNearlyFull { free_bytes });
    }
    Ok(warnings)
}

/// The free bytes of the disk holding `folder`, when it is nearly full.
fn nearly_full(folder: &Path) -> Option<u64> {
    let stats = rustix::fs::statvfs(folder).ok()?;
    let free = stats.f_bavail.saturating_mul(stats.f_frsize);
    let total = stats.f_blocks.saturating_mul(stats.f_frsize);
    let low =
        free.saturating_mul(100) < total.saturating_mul(DISK_FREE_PERCENT) && free < DISK_FREE_PLENTY_BYTES;
    low.then_some(free)
}

/// An administrator notes that she stored a copy of the current data key (recorded with
/// its fingerprint, so a new key asks again).
pub async fn data_key_stored(db: &Db, who: Actor<'_>, keys: &Keys) -> sqlx::Result<()> {
    let mut tx = begin_write(&db.write).await?;
    audit::record(&mut tx, who, None, "", AuditAction::DataKeyStored, keys.fingerprint()).await?;
    tx.commit().await
}
