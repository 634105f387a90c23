//! Coordinator accounts.

use sqlx::{SqliteConnection, SqliteExecutor, SqlitePool};

use crate::domain::vocab::Role;

#[derive(Debug, Clone)]
pub struct Coordinator {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
}

pub async fn insert(
    db: &mut SqliteConnection,
    email: &str,
    name: &str,
    password_hash: &str,
    role: Role,
) -> sqlx::Result<i64> {
    sqlx::query_scalar!(
        r#"INSERT INTO coordinators (email, name, password_hash, role) VALUES (?1, ?2, ?3, ?4) RETURNING id AS "id!: i64""#,
        email,
        name,
        password_hash,
        role
    )
    .fetch_one(db)
    .await
}

pub async fn by_id(db: impl SqliteExecutor<'_>, id: i64) -> sqlx::Result<Option<Coordinator>> {
    sqlx::query_as!(
        Coordinator,
        r#"SELECT id AS "id!", email, name, role AS "role: Role" FROM coordinators WHERE id = ?1"#,
        id
    )
    .fetch_optional(db)
    .await
}

/// The account and its password hash, for login.
pub async fn credentials(pool: &SqlitePool, email: &str) -> sqlx::Result<Option<(i64, String)>> {
    let row = sqlx::query!(r#"SELECT id AS "id!", password_hash FROM coordinators WHERE email = ?1"#, email)
        .fetch_optional(pool)
        .await?;
    Ok(row.map(|r| (r.id, r.password_hash)))
}

pub async fn all(pool: &SqlitePool) -> sqlx::Result<Vec<Coordinator>> {
    sqlx::query_as!(
        Coordinator,
        r#"SELECT id AS "id!", email, name, role AS "role: Role" FROM coordinators ORDER BY name, email"#
    )
    .fetch_all(pool)
    .await
}

pub async fn set_password_of(db: &mut SqliteConnection, id: i64, password_hash: &str) -> sqlx::Result<()> {
    sqlx::query!("UPDATE coordinators SET password_hash = ?2 WHERE id = ?1", id, password_hash)
        .execute(db)
        .await?;
    Ok(())
}

/// The id of the account with this email address (any case).
pub async fn id_of(db: &mut SqliteConnection, email: &str) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar!(r#"SELECT id AS "id!: i64" FROM coordinators WHERE email = ?1"#, email)
        .fetch_optional(db)
        .await
}

pub async fn remove_by_id(db: &mut SqliteConnection, id: i64) -> sqlx::Result<bool> {
    let result = sqlx::query!("DELETE FROM coordinators WHERE id = ?1", id).execute(db).await?;
    Ok(result.rows_affected() == 1)
}

/// Gives the account `id` another role.
pub async fn set_role(db: &mut SqliteConnection, id: i64, role: Role) -> sqlx::Result<()> {
    sqlx::query!("UPDATE coordinators SET role = ?2 WHERE id = ?1", id, role).execute(db).await?;
    Ok(())
}
