//! The SQLite database: one writer, many readers, migrations embedded in the binary.

pub mod audit;
pub mod content;
pub mod coordinators;
pub mod intake;
pub mod outbox;
pub mod rekey;
pub mod requests;
pub mod seed;

use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

/// Both pools on one database file.
///
/// SQLite allows one writer at a time. Sending every write through a single connection
/// queues writers in the pool instead of having them fail with `database is locked`;
/// readers use their own pool and, in WAL mode, never wait for the writer.
#[derive(Clone, Debug)]
pub struct Db {
    pub read: SqlitePool,
    pub write: SqlitePool,
}

impl Db {
    /// Opens (creating the file and its folder when missing) and migrates the database.
    pub async fn connect(database_url: &str) -> anyhow::Result<Db> {
        let options = SqliteConnectOptions::from_str(database_url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // A commit survives power loss: FULL syncs the WAL at every commit.
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10));
        if let Some(folder) = options.get_filename().parent()
            && !folder.as_os_str().is_empty()
        {
            std::fs::create_dir_all(folder)?;
        }
        let write = SqlitePoolOptions::new()
            .max_connections(1)
            .acquire_timeout(Duration::from_secs(30))
            .connect_with(options.clone())
            .await?;
        sqlx::migrate!("./migrations").run(&write).await?;
        let read = SqlitePoolOptions::new().max_connections(4).connect_with(options.read_only(true)).await?;
        Ok(Db { read, write })
    }

    /// Whether the database answers a query.
    pub async fn is_ready(&self) -> bool {
        sqlx::query_scalar!("SELECT 1 AS one").fetch_one(&self.read).await.is_ok()
    }
}

/// Writes a consistent copy of the database to `path` (`VACUUM INTO`), while the site
/// keeps serving: readers and the writer go on during the copy.
pub async fn backup(db: &Db, path: &std::path::Path) -> anyhow::Result<()> {
    let target = path.to_str().ok_or_else(|| anyhow::anyhow!("the backup path must be UTF-8"))?;
    if let Some(folder) = path.parent()
        && !folder.as_os_str().is_empty()
    {
        std::fs::create_dir_all(folder)?;
    }
    sqlx::query("VACUUM INTO ?1").bind(target).execute(&db.read).await?;
    Ok(())
}
