//! Second steps of sign-in: each account's sealed one-time-code secret, the last time step
//! it accepted, and the hashes of its recovery codes (see `app::two_step`).

use sqlx::{SqliteConnection, SqliteExecutor};

/// An account's second step as kept: the sealed secret and the last step accepted.
pub struct SecondStep {
    pub secret_sealed: String,
    pub last_step: i64,
}

pub async fn of_account(
    db: impl SqliteExecutor<'_>,
    coordinator_id: i64,
) -> sqlx::Result<Option<SecondStep>> {
    sqlx::query_as!(
        SecondStep,
        "SELECT secret_sealed, last_step FROM second_steps WHERE coordinator_id = ?1",
        coordinator_id
    )
    .fetch_optional(db)
    .await
}

/// Sets the account's second step (a new one replaces the old), its first code's step
/// already used, and its recovery codes.
pub async fn enrol(
    db: &mut SqliteConnection,
    coordinator_id: i64,
    secret_sealed: &str,
    first_step: i64,
    code_hashes: &[String],
) -> sqlx::Result<()> {
    sqlx::query!(
        "INSERT INTO second_steps (coordinator_id, secret_sealed, last_step) VALUES (?1, ?2, ?3)
         ON CONFLICT (coordinator_id) DO UPDATE SET secret_sealed = excluded.secret_sealed,
             last_step = excluded.last_step, enrolled_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
        coordinator_id,
        secret_sealed,
        first_step
    )
    .execute(&mut *db)
    .await?;
    replace_recovery_codes(db, coordinator_id, code_hashes).await
}

/// Takes the code of time step `step`, once: `false` when that step or a later one was
/// already used (a replayed code). One statement, so two sign-ins racing with the same
/// code cannot both win.
pub async fn take_step(db: &mut SqliteConnection, coordinator_id: i64, step: i64) -> sqlx::Result<bool> {
    let result = sqlx::query!(
        "UPDATE second_steps SET last_step = ?2 WHERE coordinator_id = ?1 AND last_step < ?2",
        coordinator_id,
        step
    )
    .execute(db)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// Uses the recovery code with this hash, once: `false` when it is not one of the account's
/// unused codes.
pub async fn use_recovery_code(
    db: &mut SqliteConnection,
    coordinator_id: i64,
    code_hash: &str,
) -> sqlx::Result<bool> {
    let result = sqlx::query!(
        "UPDATE recovery_codes SET used_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
         WHERE coordinator_id = ?1 AND code_hash = ?2 AND used_at IS NULL",
        coordinator_id,
        code_hash
    )
    .execute(db)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// The account's recovery codes become these (the old ones stop working).
pub async fn replace_recovery_codes(
    db: &mut SqliteConnection,
    coordinator_id: i64,
    code_hashes: &[String],
) -> sqlx::Result<()> {
    sqlx::query!("DELETE FROM recovery_codes WHERE coordinator_id = ?1", coordinator_id)
        .execute(&mut *db)
        .await?;
    for hash in code_hashes {
        sqlx::query!(
            "INSERT INTO recovery_codes (coordinator_id, code_hash) VALUES (?1, ?2)",
            coordinator_id,
            hash
        )
        .execute(&mut *db)
        .await?;
    }
    Ok(())
}

/// How many of the account's recovery codes are still unused.
pub async fn recovery_codes_left(db: impl SqliteExecutor<'_>, coordinator_id: i64) -> sqlx::Result<i64> {
    sqlx::query_scalar!(
        r#"SELECT count(*) AS "n!: i64" FROM recovery_codes WHERE coordinator_id = ?1 AND used_at IS NULL"#,
        coordinator_id
    )
    .fetch_one(db)
    .await
}

/// Removes the account's second step and recovery codes (a fresh start): she sets up a new
/// one at her next sign-in. `true` when she had one.
pub async fn remove(db: &mut SqliteConnection, coordinator_id: i64) -> sqlx::Result<bool> {
    sqlx::query!("DELETE FROM recovery_codes WHERE coordinator_id = ?1", coordinator_id)
        .execute(&mut *db)
        .await?;
    let result = sqlx::query!("DELETE FROM second_steps WHERE coordinator_id = ?1", coordinator_id)
        .execute(db)
        .await?;
    Ok(result.rows_affected() == 1)
}

/// The accounts that have set up a second step.
pub async fn accounts_with(db: impl SqliteExecutor<'_>) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar!(r#"SELECT coordinator_id AS "id!: i64" FROM second_steps"#).fetch_all(db).await
}
