//! Whether the database can write: what the last writes said, a cheap real write to ask
//! it, and one line in the log when that changes (not one per failed request).

use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Why a write failed, when the cause is the storage rather than what was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteFailure {
    /// `SQLITE_FULL`: no room left on the disk, or `DATABASE_MAX_MB` reached.
    Full,
    /// Another process held the write lock for longer than the busy timeout.
    Locked,
    /// The disk failed a read or a write.
    Io,
    /// The file or its folder cannot be written (permissions, a read-only mount).
    ReadOnly,
    /// The database could not be opened, or is damaged.
    Unusable,
}

impl WriteFailure {
    /// The storage problem behind `error`, or `None` when the error is about the data
    /// (a constraint) or the code, not the storage.
    pub fn of(error: &sqlx::Error) -> Option<WriteFailure> {
        match error {
            sqlx::Error::Database(error) => {
                let code: i32 = error.code()?.parse().ok()?;
                // The primary result code is the low byte of the extended one.
                match code & 0xff {
                    13 => Some(WriteFailure::Full),
                    5 | 6 => Some(WriteFailure::Locked),
                    10 => Some(WriteFailure::Io),
                    8 => Some(WriteFailure::ReadOnly),
                    11 | 14 | 26 => Some(WriteFailure::Unusable),
                    _ => None,
                }
            }
            sqlx::Error::PoolTimedOut => Some(WriteFailure::Locked),
            sqlx::Error::Io(_) => Some(WriteFailure::Io),
            sqlx::Error::WorkerCrashed | sqlx::Error::PoolClosed => Some(WriteFailure::Unusable),
            _ => None,
        }
    }

    /// What an operator reads in the log.
    pub fn describe(self) -> &'static str {
        match self {
            WriteFailure::Full => {
                "the database is full: the disk has no space left, or the database reached DATABASE_MAX_MB"
            }
            WriteFailure::Locked => {
                "the database is locked: another process has held its write lock longer than DATABASE_BUSY_MS"
            }
            WriteFailure::Io => "the disk reports an I/O error when the database writes",
            WriteFailure::ReadOnly => "the database file or its folder cannot be written",
            WriteFailure::Unusable => "the database cannot be opened or is damaged",
        }
    }
}

/// How long one probe's answer stands: `/readyz` asked every few milliseconds still
/// writes at most once a second.
const PROBE_FRESH_FOR: Duration = Duration::from_secs(1);

/// What the writes have been telling: healthy, or failing since some moment and why.
#[derive(Debug, Default)]
pub struct WriteHealth {
    failing: Mutex<Option<WriteFailure>>,
    /// The last probe: when, and whether it wrote. Held during a probe, so that callers
    /// arriving meanwhile share its answer.
    probe: tokio::sync::Mutex<Option<(Instant, bool)>>,
}

impl WriteHealth {
    /// Notes how a write ended. The first failure of a kind is logged as an error, and the
    /// first success after failures as information; nothing in between.
    pub fn note<T>(&self, result: &sqlx::Result<T>) {
        let mut failing = self.failing.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        match result {
            Ok(_) => {
                if failing.take().is_some() {
                    tracing::info!("the database writes again: forms are stored as usual");
                }
            }
            Err(error) => match WriteFailure::of(error) {
                Some(failure) if *failing != Some(failure) => {
                    *failing = Some(failure);
                    tracing::error!(
                        error = %error,
                        "{}. Forms answer 503 and keep what was typed until it can write again",
                        failure.describe()
                    );
                }
                Some(_) => {}
                None => tracing::error!(error = ?error, "a database write failed"),
            },
        }
    }

    /// Whether the database can write now: the answer of `probe`, run at most once a
    /// second.
    pub async fn can_write<F: Future<Output = sqlx::Result<()>>>(&self, probe: impl FnOnce() -> F) -> bool {
        let mut last = self.probe.lock().await;
        if let Some((at, ok)) = *last
            && at.elapsed() < PROBE_FRESH_FOR
        {
            return ok;
        }
        let result = probe().await;
        self.note(&result);
        let ok = result.is_ok();
        *last = Some((Instant::now(), ok));
        ok
    }
}
