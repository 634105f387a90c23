//! One-time links that let a colleague set a new password (see `app::accounts`).

use sqlx::{SqliteConnection, SqlitePool};

use crate::db::coordinators::Coordinator;
use crate::domain::vocab::Role;

/// Keeps a link's hash for the account, valid for `hours`; an older unused link of the
/// same account stops working.
pub async fn insert(
    db: &mut SqliteConnection,
    token_hash: &str,
    coordinator_id: i64,
    hours: u32,
) -> sqlx::Result<()> {
    sqlx::query!("DELETE FROM fresh_starts WHERE coordinator_id = ?1 AND used_at IS NULL", coordinator_id)
        .execute(&mut *db)
        .await?;
    let modifier = format!("+{hours} hours");
    sqlx::query!(
        "INSERT INTO fresh_starts (token_hash, coordinator_id, expires_at)
         VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now', ?3))",
        token_hash,
        coordinator_id,
        modifier
    )
    .execute(db)
    .await?;
    Ok(())
}

/// The account a link opens, while it is unused and unexpired.
pub async fn account(pool: &SqlitePool, token_hash: &str) -> sqlx::Result<Option<Coordinator>> {
    sqlx::query_as!(
        Coordinator,
        r#"SELECT c.id AS "id!", c.email, c.name, c.role AS "role: Role"
           FROM fresh_starts f JOIN coordinators c ON c.id = f.coordinator_id
           WHERE f.token_hash = ?1 AND f.used_at IS NULL
             AND f.expires_at > strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"#,
        token_hash
    )
    .fetch_optional(pool)
    .await
}

/// Marks the link used; `false` when it was used or expired meanwhile.
pub async fn use_up(db: &mut SqliteConnection, token_hash: &str) -> sqlx::Result<bool> {
    let result = sqlx::query!(
        "UPDATE fresh_starts SET used_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
         WHERE token_hash = ?1 AND used_at IS NULL AND expires_at > strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
        token_hash
    )
    .execute(db)
    .await?;
    Ok(result.rows_affected() == 1)
}
