//! The SQLite database: one writer, many readers, migrations embedded in the binary.

pub mod audit;
pub mod content;
pub mod coordinators;
pub mod events;
pub mod fresh_starts;
pub mod health;
pub mod intake;
pub mod outbox;
pub mod rekey;
pub mod requests;
pub mod second_steps;
pub mod seed;
pub mod sign_ins;

use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use sqlx::{Connection, Sqlite, Transaction};

pub use health::WriteHealth;

/// How writes meet the limits of the machine: another process's lock, and a size cap.
#[derive(Clone, Copy, Debug)]
pub struct WriteLimits {
    /// How long a write waits for a lock held elsewhere before it fails with "busy".
    pub busy_timeout: Duration,
    /// The largest the database file may grow, in bytes; `None` leaves it to the disk.
    pub max_bytes: Option<u64>,
}

impl Default for WriteLimits {
    fn default() -> Self {
        WriteLimits { busy_timeout: Duration::from_secs(5), max_bytes: None }
    }
}

impl WriteLimits {
    pub fn from_config(config: &crate::config::Config) -> WriteLimits {
        WriteLimits {
            busy_timeout: config.database_busy_timeout,
            max_bytes: config.database_max_mb.map(|mb| mb.saturating_mul(1024 * 1024)),
        }
    }
}

/// Both pools on one database file, and what the writes have been telling us.
///
/// SQLite allows one writer at a time. Sending every write through a single connection
/// queues writers in the pool instead of having them fail with `database is locked`;
/// readers use their own pool and, in WAL mode, never wait for the writer (and see only
/// what is committed).
#[derive(Clone, Debug)]
pub struct Db {
    pub read: SqlitePool,
    pub write: SqlitePool,
    pub health: Arc<WriteHealth>,
}

impl Db {
    /// Opens (creating the file and its folder when missing) and migrates the database.
    pub async fn connect(database_url: &str, limits: WriteLimits) -> anyhow::Result<Db> {
        let options = SqliteConnectOptions::from_str(database_url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // A commit survives power loss: FULL syncs the WAL at every commit.
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            // Deleted rows are overwritten, not left in free pages: an erased person is gone
            // from the file, not only from the tables.
            .pragma("secure_delete", "ON")
            .busy_timeout(limits.busy_timeout);
        if let Some(folder) = options.get_filename().parent()
            && !folder.as_os_str().is_empty()
        {
            std::fs::create_dir_all(folder)?;
        }
        let write = SqlitePoolOptions::new()
            .max_connections(1)
            .acquire_timeout(Duration::from_secs(30))
            .after_connect(move |connection, _| {
                Box::pin(async move {
                    if let Some(max_bytes) = limits.max_bytes {
                        cap_size(connection, max_bytes).await?;
                    }
                    Ok(())
                })
            })
            // A writing connection goes back to the pool only outside any transaction.
            // When a COMMIT or ROLLBACK fails (a full disk, an I/O error), SQLite may have
            // ended the transaction while sqlx still counts it open, and sqlx then nests
            // every later "transaction" in a savepoint of one that never commits
            // (launchbadge/sqlx#3742): later submissions would be answered without being
            // stored. Such a connection is closed (which rolls back whatever it held) and
            // the pool opens a fresh one.
            .after_release(|connection, _| {
                Box::pin(async move {
                    // Runs after the rollback a dropped transaction queued.
                    connection.ping().await?;
                    let clean = !connection.is_in_transaction();
                    if !clean {
                        tracing::debug!("a database connection was left inside a transaction: replaced");
                    }
                    Ok(clean)
                })
            })
            .connect_with(options.clone())
            .await?;
        sqlx::migrate!("./migrations").run(&write).await?;
        let read = SqlitePoolOptions::new().max_connections(4).connect_with(options.read_only(true)).await?;
        Ok(Db { read, write, health: Arc::new(WriteHealth::default()) })
    }

    /// Whether the database answers a query.
    pub async fn can_read(&self) -> bool {
        sqlx::query_scalar!("SELECT 1 AS one").fetch_one(&self.read).await.is_ok()
    }

    /// Whether the database can store a submission now: a real write of the size of the
    /// largest submission, committed (so it meets a full disk, the size cap and another
    /// process's lock as a submission would), at most once a second.
    pub async fn can_write(&self) -> bool {
        self.health
            .can_write(|| async {
                let mut tx = begin_write(&self.write).await?;
                // A new row each time, then the one before deleted: the new one needs fresh
                // pages (the old one's are freed only after), as many as the largest
                // submission, so the probe fails when a submission would. Rewriting one row
                // in place would reuse its own pages forever.
                sqlx::query!(
                    "INSERT INTO write_probe (probed_at, ballast)
                     VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), zeroblob(32768))"
                )
                .execute(&mut *tx)
                .await?;
                sqlx::query!("DELETE FROM write_probe WHERE id < (SELECT MAX(id) FROM write_probe)")
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await
            })
            .await
    }
}

/// Begins a write transaction that takes the write lock at once (`BEGIN IMMEDIATE`).
///
/// A transaction that reads first and writes later asks to upgrade its lock when it
/// writes, and SQLite answers "busy" at once rather than wait, whatever the busy timeout.
/// Taking the lock at the start makes a write wait out another process's lock (an
/// administrator's shell, a backup tool) for up to the busy timeout instead. Every write
/// transaction begins here.
pub async fn begin_write(pool: &SqlitePool) -> sqlx::Result<Transaction<'static, Sqlite>> {
    pool.begin_with("BEGIN IMMEDIATE").await
}

/// Copies the write-ahead log into the database and empties it, so that pages written
/// before a deletion do not linger in the log. Best effort: a reader may hold it back.
pub async fn checkpoint(pool: &SqlitePool) {
    if let Err(error) = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(pool).await {
        tracing::warn!(%error, "could not empty the write-ahead log");
    }
}

/// Caps the database file at `max_bytes` (SQLite's `max_page_count`, set per connection).
async fn cap_size(connection: &mut sqlx::SqliteConnection, max_bytes: u64) -> sqlx::Result<()> {
    let page_size: i64 = sqlx::query_scalar("PRAGMA page_size").fetch_one(&mut *connection).await?;
    let pages = max_bytes / u64::try_from(page_size.max(512)).unwrap_or(4096);
    // PRAGMA takes no bound parameters; the number is ours.
    sqlx::query(&format!("PRAGMA max_page_count = {}", pages.max(1))).execute(&mut *connection).await?;
    Ok(())
}

/// Free space a backup leaves on its disk beyond its own size, so that writing it never
/// leaves the site (when it shares the disk) or the system without room.
const BACKUP_RESERVE_BYTES: u64 = 8 * 1024 * 1024;

/// Writes a consistent copy of the database to `path` (`VACUUM INTO`), while the site
/// keeps serving: readers and the writer go on during the copy. Refuses to start when
/// the target's disk lacks the room for it.
pub async fn backup(db: &Db, path: &std::path::Path) -> anyhow::Result<()> {
    let target = path.to_str().ok_or_else(|| anyhow::anyhow!("the backup path must be UTF-8"))?;
    let folder = match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => std::path::Path::new("."),
    };
    std::fs::create_dir_all(folder)?;
    let needed = backup_size(db).await?;
    let reserve = BACKUP_RESERVE_BYTES.max(needed / 10);
    let free = free_space(folder)?;
    if free < needed.saturating_add(reserve) {
        anyhow::bail!(
            "not enough free space in {} for the backup: it needs about {} MB and {} MB more kept free, \
             and only {} MB are free. Nothing was written.",
            folder.display(),
            megabytes(needed),
            megabytes(reserve),
            megabytes(free)
        );
    }
    sqlx::query("VACUUM INTO ?1").bind(target).execute(&db.read).await?;
    Ok(())
}

/// The file of the database at `database_url`.
pub fn database_path(database_url: &str) -> anyhow::Result<std::path::PathBuf> {
    Ok(SqliteConnectOptions::from_str(database_url)?.get_filename().to_owned())
}

/// A lock on `<database>.lock`: shared by each server that serves the database, exclusive
/// for `latinas restore`, so that a restore never replaces a database a server has open.
/// The kernel drops it with the process, even after `kill -9`.
pub struct ServingLock(#[allow(dead_code)] std::fs::File);

impl ServingLock {
    fn take(
        database: &std::path::Path,
        operation: rustix::fs::FlockOperation,
    ) -> std::io::Result<ServingLock> {
        let path = std::path::PathBuf::from(format!("{}.lock", database.display()));
        let file = std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(path)?;
        rustix::fs::flock(&file, operation)?;
        Ok(ServingLock(file))
    }

    /// Taken by a serving process; refused only while a restore runs.
    pub fn shared(database: &std::path::Path) -> anyhow::Result<ServingLock> {
        ServingLock::take(database, rustix::fs::FlockOperation::NonBlockingLockShared).map_err(|error| {
            anyhow::anyhow!("cannot lock {}.lock (is a restore running?): {error}", database.display())
        })
    }

    /// Taken by a restore; refused while a server has the database open.
    pub fn exclusive(database: &std::path::Path) -> anyhow::Result<ServingLock> {
        ServingLock::take(database, rustix::fs::FlockOperation::NonBlockingLockExclusive).map_err(|_| {
            anyhow::anyhow!(
                "the site is running on {}: stop it first (systemctl stop latinas), then restore",
                database.display()
            )
        })
    }
}

/// About how many bytes a `VACUUM INTO` copy takes: the pages in use.
async fn backup_size(db: &Db) -> sqlx::Result<u64> {
    let (pages, free_pages, page_size): (i64, i64, i64) = sqlx::query_as(
        "SELECT page_count, freelist_count, page_size FROM pragma_page_count, pragma_freelist_count, pragma_page_size",
    )
    .fetch_one(&db.read)
    .await?;
    Ok(u64::try_from((pages - free_pages).max(0) * page_size).unwrap_or(u64::MAX))
}

/// Bytes an unprivileged process may still write on the disk that holds `folder`.
fn free_space(folder: &std::path::Path) -> anyhow::Result<u64> {
    let stats = rustix::fs::statvfs(folder)
        .map_err(|error| anyhow::anyhow!("cannot tell the free space in {}: {error}", folder.display()))?;
    Ok(stats.f_bavail.saturating_mul(stats.f_frsize))
}

fn megabytes(bytes: u64) -> String {
    format!("{:.1}", bytes as f64 / (1024.0 * 1024.0))
}
