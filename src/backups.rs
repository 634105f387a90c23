//! Backups that run themselves (`BACKUP_DIR`): every night at `BACKUP_AT` (Belgian time by
//! default) a consistent copy of the database is written, checked with `integrity_check`,
//! encrypted to `BACKUP_RECIPIENT` when one is set, and the oldest beyond `BACKUP_KEEP`
//! deleted. And the way back: `latinas restore`.
//!
//! An unencrypted copy never reaches `BACKUP_DIR` when a recipient is set (that folder may
//! be synchronised off site): it is written in `DATA_DIR`, beside the database, encrypted
//! from there, then deleted.

use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use anyhow::Context;
use jiff::Timestamp;
use jiff::civil::Time;
use jiff::tz::TimeZone;
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection};
use tokio::sync::watch;

use crate::config::Backups;
use crate::db::Db;
use crate::web::AppState;

/// Every backup's name starts with this and ends with [`PLAIN`] or [`ENCRYPTED`]; only such
/// files are ever pruned.
const PREFIX: &str = "latinas-";
const PLAIN: &str = ".db";
const ENCRYPTED: &str = ".db.age";
/// How an age file starts (its header's first line).
const AGE_MAGIC: &[u8] = b"age-encryption.org/";

/// What the server knows of its backups: for the back office's banner and the metrics.
#[derive(Debug, Clone, Default)]
pub struct BackupState {
    /// When the newest backup was written (at start-up: the newest file in `BACKUP_DIR`).
    pub last_written: Option<Timestamp>,
    /// When the last attempt failed, if it did after the last success.
    pub last_failed: Option<Timestamp>,
    /// Since start-up.
    pub written: u64,
    pub failed: u64,
}

/// The shared, changing [`BackupState`].
#[derive(Debug, Default)]
pub struct BackupStatus(Mutex<BackupState>);

impl BackupStatus {
    /// The status at start-up: the newest backup already in the folder, if any.
    pub fn at_start(backups: Option<&Backups>) -> BackupStatus {
        let last_written = backups.and_then(|b| newest_backup_time(&b.dir));
        BackupStatus(Mutex::new(BackupState { last_written, ..BackupState::default() }))
    }

    pub fn snapshot(&self) -> BackupState {
        self.0.lock().map(|s| s.clone()).unwrap_or_default()
    }

    fn record(&self, outcome: &anyhow::Result<Written>) {
        if let Ok(mut state) = self.0.lock() {
            match outcome {
                Ok(_) => {
                    state.last_written = Some(Timestamp::now());
                    state.last_failed = None;
                    state.written += 1;
                }
                Err(_) => {
                    state.last_failed = Some(Timestamp::now());
                    state.failed += 1;
                }
            }
        }
    }
}

/// The next time after `now` that the wall clock in `tz` shows `at` (on a day summer time
/// starts or ends, the `compatible` reading of a time that is skipped or shown twice).
pub fn next_run(now: Timestamp, at: Time, tz: &TimeZone) -> Timestamp {
    let today = now.to_zoned_datetime(tz.clone()).date();
    [today, today.tomorrow().unwrap_or(today)]
        .into_iter()
        .filter_map(|day| day.to_datetime(at).to_zoned_datetime(tz.clone()).ok())
        .map(|zoned| zoned.timestamp())
        .find(|t| *t > now)
        .unwrap_or_else(|| now + jiff::SignedDuration::from_hours(24))
}

/// Writes backups on schedule until `stopped` changes.
pub async fn run(state: AppState, mut stopped: watch::Receiver<bool>) {
    let Some(backups) = state.config.backups.clone() else { return };
    loop {
        let wait = match backups.interval {
            Some(interval) => interval,
            None => {
                let now = Timestamp::now();
                let next = next_run(now, backups.at, &state.config.time_zone);
                Duration::try_from(next.duration_since(now)).unwrap_or(Duration::from_secs(60))
            }
        };
        tokio::select! {
            () = tokio::time::sleep(wait) => {}
            _ = stopped.changed() => return,
        }
        let outcome = write(&state.db, &state.config.data_dir, &backups).await;
        match &outcome {
            Ok(written) => tracing::info!(
                file = %written.name,
                bytes = written.bytes,
                pruned = written.pruned,
                "backup written and checked"
            ),
            Err(error) => tracing::error!(error = format!("{error:#}"), "backup failed"),
        }
        state.backups.record(&outcome);
    }
}

/// A backup just written.
#[derive(Debug)]
pub struct Written {
    pub name: String,
    pub bytes: u64,
    /// How many older backups were deleted.
    pub pruned: usize,
}

/// Writes one backup now: copy, check, encrypt if asked, keep the newest `keep`.
pub async fn write(db: &Db, data_dir: &Path, backups: &Backups) -> anyhow::Result<Written> {
    std::fs::create_dir_all(&backups.dir)
        .with_context(|| format!("cannot create BACKUP_DIR {}", backups.dir.display()))?;
    let stamp = Timestamp::now().strftime("%Y%m%dT%H%M%SZ").to_string();
    let name = match backups.recipient {
        Some(_) => format!("{PREFIX}{stamp}{ENCRYPTED}"),
        None => format!("{PREFIX}{stamp}{PLAIN}"),
    };
    let target = backups.dir.join(&name);
    // Written under a name no pruning or restore takes for a backup, renamed when complete.
    let partial = backups.dir.join(format!(".{name}.partial"));
    let copy = match backups.recipient {
        Some(_) => data_dir.join(".backup-in-progress.db"),
        None => partial.clone(),
    };
    remove_if_present(&copy)?;
    remove_if_present(&partial)?;
    let written = async {
        crate::db::backup(db, &copy).await?;
        check(&copy).await.context("the copy failed its check")?;
        if let Some(recipient) = backups.recipient.clone() {
            let (copy, partial) = (copy.clone(), partial.clone());
            tokio::task::spawn_blocking(move || encrypt(&copy, &partial, &recipient)).await??;
        }
        File::open(&partial)?.sync_all()?;
        std::fs::rename(&partial, &target)?;
        File::open(&backups.dir)?.sync_all()?;
        anyhow::Ok(())
    }
    .await;
    // Whatever happened, no half-written or unencrypted copy is left behind.
    let _ = remove_if_present(&partial);
    if backups.recipient.is_some() {
        let _ = remove_if_present(&copy);
    }
    written?;
    let bytes = std::fs::metadata(&target)?.len();
    let pruned = prune(&backups.dir, backups.keep)?;
    Ok(Written { name, bytes, pruned })
}

fn remove_if_present(path: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(path) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(error),
        _ => Ok(()),
    }
}

/// Opens a copy read-only, runs `integrity_check`, and counts its requests.
async fn check(path: &Path) -> anyhow::Result<i64> {
    let mut connection = SqliteConnectOptions::new().filename(path).read_only(true).connect().await?;
    let verdict: String = sqlx::query_scalar("PRAGMA integrity_check").fetch_one(&mut connection).await?;
    anyhow::ensure!(verdict == "ok", "integrity_check: {verdict}");
    let requests: i64 =
        sqlx::query_scalar("SELECT count(*) FROM requests").fetch_one(&mut connection).await?;
    connection.close().await?;
    Ok(requests)
}

/// Encrypts `plain` to the age public key `recipient`, into `target` (readable by the
/// owner only).
fn encrypt(plain: &Path, target: &Path, recipient: &str) -> anyhow::Result<()> {
    let recipient: age::x25519::Recipient =
        recipient.parse().map_err(|error: &str| anyhow::anyhow!("BACKUP_RECIPIENT: {error}"))?;
    let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))?;
    let mut writer = encryptor.wrap_output(BufWriter::new(private_file(target)?))?;
    std::io::copy(&mut BufReader::new(File::open(plain)?), &mut writer)?;
    writer.finish()?.into_inner().map_err(|e| e.into_error())?.sync_all()?;
    Ok(())
}

#[cfg(unix)]
fn private_file(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)
}

#[cfg(not(unix))]
fn private_file(path: &Path) -> std::io::Result<File> {
    std::fs::OpenOptions::new().write(true).create_new(true).open(path)
}

/// The backups in `dir`, oldest first (their names sort by time).
fn backups_in(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| {
            path.file_name().and_then(|n| n.to_str()).is_some_and(|name| {
                name.starts_with(PREFIX) && (name.ends_with(PLAIN) || name.ends_with(ENCRYPTED))
            })
        })
        .collect();
    found.sort();
    found
}

/// Deletes all but the newest `keep` backups; returns how many went.
fn prune(dir: &Path, keep: usize) -> std::io::Result<usize> {
    let found = backups_in(dir);
    let excess = found.len().saturating_sub(keep);
    for old in &found[..excess] {
        std::fs::remove_file(old)?;
    }
    Ok(excess)
}

fn newest_backup_time(dir: &Path) -> Option<Timestamp> {
    let newest = backups_in(dir).pop()?;
    let modified = std::fs::metadata(newest).ok()?.modified().ok()?;
    Timestamp::try_from(modified).ok()
}

/// Restores `file` (a backup, encrypted or not) as the database at `database`: refused
/// while a server has it open; the database it replaces is kept beside it. Returns how
/// many requests the restored database holds, and where the old one went.
pub async fn restore(
    file: &Path,
    identity: Option<&Path>,
    database: &Path,
) -> anyhow::Result<(i64, Option<PathBuf>)> {
    let _lock = crate::db::ServingLock::exclusive(database)?;
    let mut start = [0u8; 32];
    let read =
        File::open(file).with_context(|| format!("cannot open {}", file.display()))?.read(&mut start)?;
    let encrypted = start[..read].starts_with(AGE_MAGIC);
    let incoming = database.with_extension("restoring");
    remove_if_present(&incoming)?;
    if encrypted {
        let identity = identity.ok_or_else(|| {
            anyhow::anyhow!("{} is encrypted: give the age identity with --identity FILE", file.display())
        })?;
        let (file, identity, into) = (file.to_owned(), identity.to_owned(), incoming.clone());
        tokio::task::spawn_blocking(move || decrypt(&file, &identity, &into)).await??;
    } else {
        std::fs::copy(file, &incoming).with_context(|| format!("cannot copy {}", file.display()))?;
    }
    let requests = match check(&incoming).await {
        Ok(requests) => requests,
        Err(error) => {
            let _ = std::fs::remove_file(&incoming);
            return Err(error.context(format!(
                "{} is not a sound latinas database; nothing was changed",
                file.display()
            )));
        }
    };
    let kept = if database.exists() {
        let stamp = Timestamp::now().strftime("%Y%m%dT%H%M%SZ").to_string();
        let aside = PathBuf::from(format!("{}.before-restore-{stamp}", database.display()));
        std::fs::rename(database, &aside)?;
        for suffix in ["-wal", "-shm"] {
            let side = PathBuf::from(format!("{}{suffix}", database.display()));
            if side.exists() {
                std::fs::rename(&side, format!("{}{suffix}", aside.display()))?;
            }
        }
        Some(aside)
    } else {
        None
    };
    std::fs::rename(&incoming, database)?;
    if let Some(folder) = database.parent().filter(|f| !f.as_os_str().is_empty()) {
        File::open(folder)?.sync_all()?;
    }
    Ok((requests, kept))
}

fn decrypt(file: &Path, identity: &Path, into: &Path) -> anyhow::Result<()> {
    let identities = age::IdentityFile::from_file(identity.display().to_string())
        .with_context(|| format!("cannot read the age identity {}", identity.display()))?
        .into_identities()?;
    let decryptor = age::Decryptor::new_buffered(BufReader::new(File::open(file)?))?;
    let mut reader = decryptor
        .decrypt(identities.iter().map(|i| i.as_ref() as &dyn age::Identity))
        .map_err(|error| anyhow::anyhow!("cannot decrypt {} with this identity: {error}", file.display()))?;
    let mut out = BufWriter::new(private_file(into)?);
    std::io::copy(&mut reader, &mut out)?;
    out.flush()?;
    out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        text.parse().expect("timestamp")
    }

    #[test]
    fn the_next_run_is_at_the_local_time_across_summer_time() {
        let brussels = TimeZone::get("Europe/Brussels").expect("zone");
        let half_past_two = Time::constant(2, 30, 0, 0);
        for (now, expected, what) in [
            ("2026-12-05T00:00:00Z", "2026-12-05T01:30:00Z", "winter: 02:30 in Brussels is 01:30 UTC"),
            ("2026-12-05T01:30:00Z", "2026-12-06T01:30:00Z", "at the time itself: the next night"),
            ("2026-07-01T12:00:00Z", "2026-07-02T00:30:00Z", "summer: 00:30 UTC"),
            // 29 March 2026: clocks jump from 02:00 to 03:00; the skipped 02:30 runs at 03:30.
            ("2026-03-28T12:00:00Z", "2026-03-29T01:30:00Z", "the night summer time starts"),
            // 25 October 2026: 02:30 happens twice; the first of them.
            ("2026-10-24T12:00:00Z", "2026-10-25T00:30:00Z", "the night summer time ends"),
        ] {
            assert_eq!(next_run(at(now), half_past_two, &brussels), at(expected), "{what}");
        }
    }

    #[test]
    fn pruning_keeps_the_newest_backups_and_nothing_else_is_touched() {
        let dir = tempfile::tempdir().expect("dir");
        for name in [
            "latinas-20261201T013000Z.db.age",
            "latinas-20261202T013000Z.db.age",
            "latinas-20261203T013000Z.db",
            "latinas-20261204T013000Z.db.age",
            "notes.txt",
            ".latinas-20261205T013000Z.db.age.partial",
        ] {
            std::fs::write(dir.path().join(name), b"x").expect("file");
        }
        assert_eq!(prune(dir.path(), 2).expect("prune"), 2);
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .expect("dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(
            left,
            [
                ".latinas-20261205T013000Z.db.age.partial",
                "latinas-20261203T013000Z.db",
                "latinas-20261204T013000Z.db.age",
                "notes.txt"
            ]
        );
    }
}
