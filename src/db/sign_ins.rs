//! Sign-ins to the back office: one row per signed-in session, so that a coordinator sees
//! where she is signed in and can end the others, and a password change ends them.

use sqlx::{SqliteConnection, SqlitePool};

use crate::db::coordinators::Coordinator;
use crate::domain::vocab::Role;

/// One open sign-in, as "Where you are signed in" lists it.
#[derive(Debug, Clone)]
pub struct SignIn {
    pub id: String,
    pub agent: String,
    pub started_at: String,
    pub last_seen_at: String,
}

pub async fn insert(
    db: &mut SqliteConnection,
    id: &str,
    coordinator_id: i64,
    agent: &str,
) -> sqlx::Result<()> {
    sqlx::query!(
        "INSERT INTO sign_ins (id, coordinator_id, agent) VALUES (?1, ?2, ?3)",
        id,
        coordinator_id,
        agent
    )
    .execute(db)
    .await?;
    Ok(())
}

/// A sign-in's account, as each back-office request needs it.
pub struct SignedIn {
    pub who: Coordinator,
    /// When the sign-in was last used.
    pub last_seen_at: String,
    /// Whether the account has set up its second step of sign-in.
    pub two_step: bool,
}

/// The account signed in as `id`; `None` once the sign-in ended.
pub async fn account(pool: &SqlitePool, id: &str) -> sqlx::Result<Option<SignedIn>> {
    let row = sqlx::query!(
        r#"SELECT c.id AS "id!", c.email, c.name, c.role AS "role: Role", s.last_seen_at,
                  EXISTS (SELECT 1 FROM second_steps t WHERE t.coordinator_id = c.id) AS "two_step!: bool"
           FROM sign_ins s JOIN coordinators c ON c.id = s.coordinator_id WHERE s.id = ?1"#,
        id
    )
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|r| SignedIn {
        who: Coordinator { id: r.id, email: r.email, name: r.name, role: r.role },
        last_seen_at: r.last_seen_at,
        two_step: r.two_step,
    }))
}

/// Notes that the sign-in `id` was used now.
pub async fn touch(pool: &SqlitePool, id: &str) -> sqlx::Result<()> {
    sqlx::query!(
        "UPDATE sign_ins SET last_seen_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
        id
    )
    .execute(pool)
    .await?;
    Ok(())
}

/// The open sign-ins of an account, the most recently used first.
pub async fn of_account(pool: &SqlitePool, coordinator_id: i64) -> sqlx::Result<Vec<SignIn>> {
    sqlx::query_as!(
        SignIn,
        "SELECT id, agent, started_at, last_seen_at FROM sign_ins WHERE coordinator_id = ?1
         ORDER BY last_seen_at DESC, started_at DESC",
        coordinator_id
    )
    .fetch_all(pool)
    .await
}

pub async fn end(db: &mut SqliteConnection, id: &str) -> sqlx::Result<()> {
    sqlx::query!("DELETE FROM sign_ins WHERE id = ?1", id).execute(db).await?;
    Ok(())
}

/// Ends every sign-in of an account but `keep` (all of them with `None`); returns how many.
pub async fn end_others(
    db: &mut SqliteConnection,
    coordinator_id: i64,
    keep: Option<&str>,
) -> sqlx::Result<u64> {
    let result = sqlx::query!(
        "DELETE FROM sign_ins WHERE coordinator_id = ?1 AND (?2 IS NULL OR id != ?2)",
        coordinator_id,
        keep
    )
    .execute(db)
    .await?;
    Ok(result.rows_affected())
}

/// Forgets sign-ins unused for `idle_seconds` or started more than `max_seconds` ago:
/// their sessions have expired.
pub async fn purge_expired(pool: &SqlitePool, idle_seconds: u64, max_seconds: u64) -> sqlx::Result<u64> {
    let idle = format!("-{idle_seconds} seconds");
    let max = format!("-{max_seconds} seconds");
    let result = sqlx::query!(
        "DELETE FROM sign_ins WHERE last_seen_at < strftime('%Y-%m-%dT%H:%M:%SZ', 'now', ?1)
                                 OR started_at < strftime('%Y-%m-%dT%H:%M:%SZ', 'now', ?2)",
        idle,
        max
    )
    .execute(pool)
    .await?;
    Ok(result.rows_affected())
}
