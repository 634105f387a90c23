//! Requests: inserting them (the intake writer does, with their mail, in one
//! transaction), listing, reading and changing them for the back office.

use sqlx::{Sqlite, SqliteConnection, Transaction};

use crate::domain::vocab::{RequestKind, RequestStatus};
use crate::i18n::Lang;

/// A request ready to store; personal fields already sealed.
#[derive(Debug, Clone)]
pub struct NewRequest {
    pub kind: RequestKind,
    pub idempotency_key: String,
    pub lang: Lang,
    pub contact_language: Option<&'static str>,
    pub region: &'static str,
    pub topics: String,
    pub help_ways: String,
    pub spoken_languages: String,
    pub wants_confirmation: bool,
    pub sealed_personal: String,
}

/// The reference of the request already sent with this idempotency key, if any.
pub async fn find_by_idempotency_key(
    tx: &mut Transaction<'_, Sqlite>,
    key: &str,
) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar!("SELECT reference FROM requests WHERE idempotency_key = ?1", key)
        .fetch_optional(&mut **tx)
        .await
}

/// Inserts the request under `reference`; `None` when that reference is already taken.
pub async fn insert(
    tx: &mut Transaction<'_, Sqlite>,
    reference: &str,
    request: &NewRequest,
) -> sqlx::Result<Option<i64>> {
    let lang = request.lang.code();
    sqlx::query_scalar!(
        r#"INSERT INTO requests (kind, reference, idempotency_key, lang, contact_language, region, topics,
                                 help_ways, spoken_languages, wants_confirmation, personal)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
           ON CONFLICT (reference) DO NOTHING
           RETURNING id AS "id!: i64""#,
        request.kind,
        reference,
        request.idempotency_key,
        lang,
        request.contact_language,
        request.region,
        request.topics,
        request.help_ways,
        request.spoken_languages,
        request.wants_confirmation,
        request.sealed_personal,
    )
    .fetch_optional(&mut **tx)
    .await
}

/// What the inbox can be filtered by; `None` means any.
#[derive(Debug, Clone, Default)]
pub struct RequestFilter {
    pub kind: Option<RequestKind>,
    pub status: Option<RequestStatus>,
    /// An orientation topic or a way to help.
    pub topic: Option<String>,
    pub region: Option<String>,
    /// The language she wants an answer in, or else the language of the form.
    pub language: Option<String>,
    /// `YYYY-MM-DD`, inclusive.
    pub from: Option<String>,
    /// `YYYY-MM-DD`, inclusive.
    pub to: Option<String>,
}

/// A request as the inbox lists it: nothing personal.
#[derive(Debug, Clone)]
pub struct RequestRow {
    pub id: i64,
    pub kind: RequestKind,
    pub reference: String,
    pub language: String,
    pub region: String,
    pub topics: String,
    pub help_ways: String,
    pub status: RequestStatus,
    pub assigned_name: Option<String>,
    pub created_at: String,
}

/// Requests matching `filter`, newest first.
pub async fn list(
    pool: &sqlx::SqlitePool,
    filter: &RequestFilter,
    limit: i64,
    offset: i64,
) -> sqlx::Result<Vec<RequestRow>> {
    let to = filter.to.as_ref().map(|d| format!("{d}T23:59:59Z"));
    sqlx::query_as!(
        RequestRow,
        r#"SELECT r.id AS "id!", r.kind AS "kind: RequestKind", r.reference,
                  COALESCE(r.contact_language, r.lang) AS "language!: String",
                  r.region, r.topics, r.help_ways, r.status AS "status: RequestStatus",
                  c.name AS "assigned_name?", r.created_at
           FROM requests r LEFT JOIN coordinators c ON c.id = r.assigned_to
           WHERE (?1 IS NULL OR r.kind = ?1)
             AND (?2 IS NULL OR r.status = ?2)
             AND (?3 IS NULL OR (',' || r.topics || ',' || r.help_ways || ',') LIKE ('%,' || ?3 || ',%'))
             AND (?4 IS NULL OR r.region = ?4)
             AND (?5 IS NULL OR COALESCE(r.contact_language, r.lang) = ?5)
             AND (?6 IS NULL OR r.created_at >= ?6)
             AND (?7 IS NULL OR r.created_at <= ?7)
           ORDER BY r.created_at DESC, r.id DESC
           LIMIT ?8 OFFSET ?9"#,
        filter.kind,
        filter.status,
        filter.topic,
        filter.region,
        filter.language,
        filter.from,
        to,
        limit,
        offset
    )
    .fetch_all(pool)
    .await
}

/// How many requests nobody has opened yet, by kind: (orientation, support).
pub async fn count_new(pool: &sqlx::SqlitePool) -> sqlx::Result<(i64, i64)> {
    let row = sqlx::query!(
        r#"SELECT COALESCE(SUM(kind = 'orientation'), 0) AS "orientation!: i64",
                  COALESCE(SUM(kind = 'support'), 0) AS "support!: i64"
           FROM requests WHERE status = 'new'"#
    )
    .fetch_one(pool)
    .await?;
    Ok((row.orientation, row.support))
}

/// Everything stored about one request; personal fields still sealed.
#[derive(Debug, Clone)]
pub struct RequestDetail {
    pub id: i64,
    pub kind: RequestKind,
    pub reference: String,
    pub lang: String,
    pub contact_language: Option<String>,
    pub region: String,
    pub topics: String,
    pub help_ways: String,
    pub spoken_languages: String,
    pub wants_confirmation: bool,
    pub sealed_personal: String,
    pub status: RequestStatus,
    pub assigned_to: Option<i64>,
    pub created_at: String,
    pub closed_at: Option<String>,
}

pub async fn by_reference(pool: &sqlx::SqlitePool, reference: &str) -> sqlx::Result<Option<RequestDetail>> {
    sqlx::query_as!(
        RequestDetail,
        r#"SELECT id AS "id!", kind AS "kind: RequestKind", reference, lang, contact_language, region, topics,
                  help_ways, spoken_languages, wants_confirmation AS "wants_confirmation: bool",
                  personal AS sealed_personal, status AS "status: RequestStatus", assigned_to, created_at, closed_at
           FROM requests WHERE reference = ?1"#,
        reference
    )
    .fetch_optional(pool)
    .await
}

pub async fn set_status(db: &mut SqliteConnection, id: i64, status: RequestStatus) -> sqlx::Result<()> {
    sqlx::query!(
        "UPDATE requests SET status = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'),
                closed_at = CASE WHEN ?2 = 'closed' THEN COALESCE(closed_at, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) END
         WHERE id = ?1",
        id,
        status
    )
    .execute(db)
    .await?;
    Ok(())
}

pub async fn assign(db: &mut SqliteConnection, id: i64, coordinator_id: Option<i64>) -> sqlx::Result<()> {
    sqlx::query!(
        "UPDATE requests SET assigned_to = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
        id,
        coordinator_id
    )
    .execute(db)
    .await?;
    Ok(())
}

/// Deletes a request with its notes and mail (the audit log keeps its reference).
pub async fn delete(db: &mut SqliteConnection, id: i64) -> sqlx::Result<()> {
    sqlx::query!("DELETE FROM requests WHERE id = ?1", id).execute(db).await?;
    Ok(())
}

/// Deletes requests closed more than `days` days ago; returns how many.
pub async fn purge_closed(pool: &sqlx::SqlitePool, days: u32) -> sqlx::Result<u64> {
    let modifier = format!("-{days} days");
    let result = sqlx::query!(
        "DELETE FROM requests WHERE status = 'closed' AND closed_at IS NOT NULL
             AND closed_at < strftime('%Y-%m-%dT%H:%M:%SZ', 'now', ?1)",
        modifier
    )
    .execute(pool)
    .await?;
    Ok(result.rows_affected())
}

#[derive(Debug, Clone)]
pub struct Note {
    pub author_name: String,
    pub sealed_body: String,
    pub created_at: String,
}

pub async fn add_note(
    db: &mut SqliteConnection,
    request_id: i64,
    coordinator_id: i64,
    author: &str,
    sealed_body: &str,
) -> sqlx::Result<()> {
    sqlx::query!(
        "INSERT INTO request_notes (request_id, coordinator_id, author_name, body) VALUES (?1, ?2, ?3, ?4)",
        request_id,
        coordinator_id,
        author,
        sealed_body
    )
    .execute(db)
    .await?;
    Ok(())
}

pub async fn notes(pool: &sqlx::SqlitePool, request_id: i64) -> sqlx::Result<Vec<Note>> {
    sqlx::query_as!(
        Note,
        "SELECT author_name, body AS sealed_body, created_at FROM request_notes WHERE request_id = ?1 ORDER BY id",
        request_id
    )
    .fetch_all(pool)
    .await
}

/// What statistics count, for requests created in a period.
#[derive(Debug, Clone)]
pub struct StatRow {
    pub kind: RequestKind,
    pub month: String,
    pub topics: String,
    pub help_ways: String,
    pub region: String,
    pub language: String,
}

pub async fn stat_rows(pool: &sqlx::SqlitePool, from: &str, to: &str) -> sqlx::Result<Vec<StatRow>> {
    let to = format!("{to}T23:59:59Z");
    sqlx::query_as!(
        StatRow,
        r#"SELECT kind AS "kind: RequestKind", substr(created_at, 1, 7) AS "month!: String", topics, help_ways, region,
                  COALESCE(contact_language, lang) AS "language!: String"
           FROM requests WHERE created_at >= ?1 AND created_at <= ?2"#,
        from,
        to
    )
    .fetch_all(pool)
    .await
}
