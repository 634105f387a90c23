//! The mail outbox: rows written with their request, sent by the worker, retried with
//! backoff until the server accepts them.

use sqlx::{Sqlite, SqliteConnection, SqlitePool, Transaction};

use crate::domain::vocab::{MailPurpose, MailState};

/// A message due for sending.
#[derive(Debug, Clone)]
pub struct DueMail {
    pub id: i64,
    pub sealed_message: String,
    pub message_id: String,
    pub attempts: i64,
}

pub async fn insert(
    tx: &mut Transaction<'_, Sqlite>,
    request_id: i64,
    purpose: MailPurpose,
    sealed_message: &str,
    message_id: &str,
    now_ms: i64,
) -> sqlx::Result<()> {
    sqlx::query!(
        "INSERT INTO outbox (request_id, purpose, message, message_id, next_attempt_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        request_id,
        purpose,
        sealed_message,
        message_id,
        now_ms
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A mail about an event registration (her confirmation, a reminder, a notice), due at
/// `due_at_ms`: deleted with the registration.
pub async fn insert_for_registration(
    db: &mut SqliteConnection,
    registration_id: i64,
    purpose: MailPurpose,
    sealed_message: &str,
    message_id: &str,
    due_at_ms: i64,
) -> sqlx::Result<()> {
    sqlx::query!(
        "INSERT INTO outbox (registration_id, purpose, message, message_id, next_attempt_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        registration_id,
        purpose,
        sealed_message,
        message_id,
        due_at_ms
    )
    .execute(db)
    .await?;
    Ok(())
}

/// Pending messages whose time has come, oldest first.
pub async fn due(pool: &SqlitePool, now_ms: i64, limit: i64) -> sqlx::Result<Vec<DueMail>> {
    sqlx::query_as!(
        DueMail,
        r#"SELECT id AS "id!", message AS sealed_message, message_id, attempts
           FROM outbox WHERE state = 'pending' AND next_attempt_at <= ?1
           ORDER BY next_attempt_at, id LIMIT ?2"#,
        now_ms,
        limit
    )
    .fetch_all(pool)
    .await
}

/// When the next pending message is due, if any.
pub async fn next_due_at(pool: &SqlitePool) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar!(r#"SELECT MIN(next_attempt_at) AS "at: i64" FROM outbox WHERE state = 'pending'"#)
        .fetch_one(pool)
        .await
}

pub async fn mark_sent(pool: &SqlitePool, id: i64) -> sqlx::Result<()> {
    sqlx::query!(
        "UPDATE outbox SET state = 'sent', attempts = attempts + 1, last_error = NULL,
                sent_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
         WHERE id = ?1",
        id
    )
    .execute(pool)
    .await?;
    Ok(())
}

/// Marks the message with this Message-ID sent, if it is still pending (the server
/// accepted it when the database could not record it).
pub async fn mark_sent_by_message_id(pool: &SqlitePool, message_id: &str) -> sqlx::Result<()> {
    sqlx::query!(
        "UPDATE outbox SET state = 'sent', attempts = attempts + 1, last_error = NULL,
                sent_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
         WHERE message_id = ?1 AND state = 'pending'",
        message_id
    )
    .execute(pool)
    .await?;
    Ok(())
}

/// Records a failed attempt: tried again at `next_attempt_at`, or given up (`failed`).
pub async fn mark_attempt_failed(
    pool: &SqlitePool,
    id: i64,
    error: &str,
    next_attempt_at: Option<i64>,
) -> sqlx::Result<()> {
    match next_attempt_at {
        Some(at) => sqlx::query!(
            "UPDATE outbox SET attempts = attempts + 1, last_error = ?2, next_attempt_at = ?3 WHERE id = ?1",
            id,
            error,
            at
        )
        .execute(pool)
        .await?,
        None => {
            sqlx::query!(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ?2, state = 'failed' WHERE id = ?1",
                id,
                error
            )
            .execute(pool)
            .await?
        }
    };
    Ok(())
}

/// Puts a message of the request back in the queue at once (the back office's resend
/// button); `false` when the request has no such message.
pub async fn resend(db: &mut SqliteConnection, request_id: i64, id: i64, now_ms: i64) -> sqlx::Result<bool> {
    let result = sqlx::query!(
        "UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at = ?3 WHERE id = ?1 AND request_id = ?2",
        id,
        request_id,
        now_ms
    )
    .execute(db)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// The delivery state of one of a request's mails.
#[derive(Debug, Clone)]
pub struct RequestMail {
    pub id: i64,
    pub purpose: MailPurpose,
    pub state: MailState,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: String,
    pub sent_at: Option<String>,
}

/// The mails a request caused, oldest first.
pub async fn for_request(pool: &SqlitePool, request_id: i64) -> sqlx::Result<Vec<RequestMail>> {
    sqlx::query_as!(
        RequestMail,
        r#"SELECT id AS "id!", purpose AS "purpose: MailPurpose", state AS "state: MailState", attempts,
                  last_error, created_at, sent_at
           FROM outbox WHERE request_id = ?1 ORDER BY id"#,
        request_id
    )
    .fetch_all(pool)
    .await
}

/// Mail that is not getting through: when any message has failed at least once and is not
/// sent, how many messages wait (every unsent one) and since when (the oldest). Only
/// unsent rows are read (through `outbox_due`), however many were sent.
pub async fn stuck(pool: &SqlitePool) -> sqlx::Result<Option<(i64, String)>> {
    let row = sqlx::query!(
        r#"SELECT count(*) AS "waiting!: i64", min(created_at) AS "since: String" FROM outbox
           WHERE state IN ('pending', 'failed')
             AND EXISTS (SELECT 1 FROM outbox f WHERE f.state = 'failed'
                         UNION ALL SELECT 1 FROM outbox f WHERE f.state = 'pending' AND f.attempts > 0)"#
    )
    .fetch_one(pool)
    .await?;
    Ok(row.since.filter(|_| row.waiting > 0).map(|since| (row.waiting, since)))
}

/// The unsent messages by state (`pending`, `failed`): how many, and when the oldest was
/// queued. For the metrics.
pub async fn unsent_by_state(pool: &SqlitePool) -> sqlx::Result<Vec<(String, i64, Option<String>)>> {
    let rows = sqlx::query!(
        r#"SELECT state AS "state!", count(*) AS "count!: i64", min(created_at) AS "since?: String" FROM outbox
           WHERE state IN ('pending', 'failed') GROUP BY state"#
    )
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|r| (r.state, r.count, r.since)).collect())
}
