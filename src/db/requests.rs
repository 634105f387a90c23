//! Requests: inserting them (the intake writer does, with their mail, in one
//! transaction), listing, reading and changing them for the back office.

use sqlx::{Sqlite, SqliteConnection, Transaction};

use crate::crypto::Keys;
use crate::domain::request::{IndexKeys, index_keys_of};
use crate::domain::vocab::{ContactOutcome, RequestKind, RequestStatus, VolunteerStatus};
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
    pub sealed: SealedPersonal,
}

/// What identifies the person: sealed with the data key, and findable only through keyed
/// digests (`Keys::index_digest`).
#[derive(Debug, Clone)]
pub struct SealedPersonal {
    pub personal: String,
    pub index: IndexDigests,
}

/// The person index's entries of one request: digests of her contacts, and of the words
/// of a volunteer's name.
#[derive(Debug, Clone, Default)]
pub struct IndexDigests {
    pub contacts: Vec<String>,
    pub names: Vec<String>,
}

impl IndexDigests {
    /// The digests of `index` under the current key.
    pub fn of(keys: &Keys, index: &IndexKeys) -> IndexDigests {
        IndexDigests {
            contacts: index.contacts.iter().map(|k| keys.index_digest(k.as_bytes())).collect(),
            names: index.name_words.iter().map(|w| keys.index_digest(w.as_bytes())).collect(),
        }
    }
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
    let id = sqlx::query_scalar!(
        r#"INSERT INTO requests (kind, reference, idempotency_key, lang, contact_language, region, topics,
                                 help_ways, spoken_languages, wants_confirmation, personal, volunteer_status)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, CASE WHEN ?1 = 'support' THEN 'new' END)
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
        request.sealed.personal,
    )
    .fetch_optional(&mut **tx)
    .await?;
    if let Some(id) = id {
        replace_digests(tx, id, &request.sealed.index).await?;
    }
    Ok(id)
}

/// Sets the person-index digests of a request.
pub async fn replace_digests(
    db: &mut SqliteConnection,
    request_id: i64,
    index: &IndexDigests,
) -> sqlx::Result<()> {
    sqlx::query!("DELETE FROM contact_digests WHERE request_id = ?1", request_id).execute(&mut *db).await?;
    sqlx::query!("DELETE FROM name_digests WHERE request_id = ?1", request_id).execute(&mut *db).await?;
    for digest in &index.contacts {
        sqlx::query!(
            "INSERT INTO contact_digests (request_id, digest) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
            request_id,
            digest
        )
        .execute(&mut *db)
        .await?;
    }
    for digest in &index.names {
        sqlx::query!(
            "INSERT INTO name_digests (request_id, digest) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
            request_id,
            digest
        )
        .execute(&mut *db)
        .await?;
    }
    Ok(())
}

/// Where a page of a newest-first list starts: after the row created at `created_at` with
/// `id`. Pages follow the index from there, however far back they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    pub created_at: String,
    pub id: i64,
}

impl Cursor {
    /// Before every row: the first page.
    fn start() -> Cursor {
        Cursor { created_at: "9999-12-31T23:59:59Z".to_owned(), id: i64::MAX }
    }

    /// The cursor as a query parameter shows it: `2026-12-04T03:48:44Z_1234`.
    pub fn parse(text: &str) -> Option<Cursor> {
        let (created_at, id) = text.rsplit_once('_')?;
        let valid_time =
            created_at.len() == 20 && created_at.bytes().all(|b| b.is_ascii_digit() || b"-:TZ".contains(&b));
        Some(Cursor { created_at: created_at.to_owned(), id: id.parse().ok()? }).filter(|_| valid_time)
    }

    pub fn to_param(&self) -> String {
        format!("{}_{}", self.created_at, self.id)
    }

    /// The cursor after a row created at `created_at` with `id`.
    pub fn after_row(created_at: &str, id: i64) -> Cursor {
        Cursor { created_at: created_at.to_owned(), id }
    }

    /// The cursor after the last of `rows`.
    pub fn after(rows: &[RequestRow]) -> Option<Cursor> {
        rows.last().map(|r| Cursor::after_row(&r.created_at, r.id))
    }
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
    pub follow_up_on: Option<String>,
}

/// Requests matching `filter`, newest first, from `before` (the first page when `None`).
pub async fn list(
    pool: &sqlx::SqlitePool,
    filter: &RequestFilter,
    before: Option<&Cursor>,
    limit: i64,
) -> sqlx::Result<Vec<RequestRow>> {
    let to = filter.to.as_ref().map(|d| format!("{d}T23:59:59Z"));
    let before = before.cloned().unwrap_or_else(Cursor::start);
    sqlx::query_as!(
        RequestRow,
        r#"SELECT r.id AS "id!", r.kind AS "kind: RequestKind", r.reference,
                  COALESCE(r.contact_language, r.lang) AS "language!: String",
                  r.region, r.topics, r.help_ways, r.status AS "status: RequestStatus",
                  c.name AS "assigned_name?", r.created_at, r.follow_up_on
           FROM requests r LEFT JOIN coordinators c ON c.id = r.assigned_to
           WHERE (?1 IS NULL OR r.kind = ?1)
             AND (?2 IS NULL OR r.status = ?2)
             AND (?3 IS NULL OR (',' || r.topics || ',' || r.help_ways || ',') LIKE ('%,' || ?3 || ',%'))
             AND (?4 IS NULL OR r.region = ?4)
             AND (?5 IS NULL OR COALESCE(r.contact_language, r.lang) = ?5)
             AND (?6 IS NULL OR r.created_at >= ?6)
             AND (?7 IS NULL OR r.created_at <= ?7)
             AND r.created_at <= ?8 AND (r.created_at < ?8 OR r.id < ?9)
           ORDER BY r.created_at DESC, r.id DESC
           LIMIT ?10"#,
        filter.kind,
        filter.status,
        filter.topic,
        filter.region,
        filter.language,
        filter.from,
        to,
        before.created_at,
        before.id,
        limit
    )
    .fetch_all(pool)
    .await
}

/// The open requests given to a coordinator: those with a follow-up date first (soonest
/// first), then the newest.
pub async fn assigned_open(
    pool: &sqlx::SqlitePool,
    coordinator_id: i64,
    limit: i64,
) -> sqlx::Result<Vec<RequestRow>> {
    sqlx::query_as!(
        RequestRow,
        r#"SELECT r.id AS "id!", r.kind AS "kind: RequestKind", r.reference,
                  COALESCE(r.contact_language, r.lang) AS "language!: String",
                  r.region, r.topics, r.help_ways, r.status AS "status: RequestStatus",
                  c.name AS "assigned_name?", r.created_at, r.follow_up_on
           FROM requests r JOIN coordinators c ON c.id = r.assigned_to
           WHERE r.assigned_to = ?1 AND r.status != 'closed'
           ORDER BY r.follow_up_on IS NULL, r.follow_up_on, r.created_at DESC
           LIMIT ?2"#,
        coordinator_id,
        limit
    )
    .fetch_all(pool)
    .await
}

/// New requests nobody has taken, the longest waiting first.
pub async fn unassigned_new(pool: &sqlx::SqlitePool, limit: i64) -> sqlx::Result<Vec<RequestRow>> {
    sqlx::query_as!(
        RequestRow,
        r#"SELECT r.id AS "id!", r.kind AS "kind: RequestKind", r.reference,
                  COALESCE(r.contact_language, r.lang) AS "language!: String",
                  r.region, r.topics, r.help_ways, r.status AS "status: RequestStatus",
                  NULL AS "assigned_name?: String", r.created_at, r.follow_up_on
           FROM requests r
           WHERE r.status = 'new' AND r.assigned_to IS NULL
           ORDER BY r.created_at, r.id
           LIMIT ?1"#,
        limit
    )
    .fetch_all(pool)
    .await
}

/// Open requests to follow up on `today` or earlier (`YYYY-MM-DD` in `TIME_ZONE`), the
/// most overdue first.
pub async fn follow_ups_due(
    pool: &sqlx::SqlitePool,
    today: &str,
    limit: i64,
) -> sqlx::Result<Vec<RequestRow>> {
    sqlx::query_as!(
        RequestRow,
        r#"SELECT r.id AS "id!", r.kind AS "kind: RequestKind", r.reference,
                  COALESCE(r.contact_language, r.lang) AS "language!: String",
                  r.region, r.topics, r.help_ways, r.status AS "status: RequestStatus",
                  c.name AS "assigned_name?", r.created_at, r.follow_up_on
           FROM requests r LEFT JOIN coordinators c ON c.id = r.assigned_to
           WHERE r.follow_up_on IS NOT NULL AND r.status != 'closed' AND r.follow_up_on <= ?1
           ORDER BY r.follow_up_on, r.created_at
           LIMIT ?2"#,
        today,
        limit
    )
    .fetch_all(pool)
    .await
}

/// How many open requests are overdue for a follow-up, and how many are due `today`.
pub async fn count_follow_ups(pool: &sqlx::SqlitePool, today: &str) -> sqlx::Result<(i64, i64)> {
    let row = sqlx::query!(
        r#"SELECT COALESCE(SUM(follow_up_on < ?1), 0) AS "overdue!: i64",
                  COALESCE(SUM(follow_up_on = ?1), 0) AS "today!: i64"
           FROM requests WHERE follow_up_on IS NOT NULL AND status != 'closed' AND follow_up_on <= ?1"#,
        today
    )
    .fetch_one(pool)
    .await?;
    Ok((row.overdue, row.today))
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
    pub follow_up_on: Option<String>,
    pub volunteer_status: Option<VolunteerStatus>,
}

pub async fn by_reference(pool: &sqlx::SqlitePool, reference: &str) -> sqlx::Result<Option<RequestDetail>> {
    sqlx::query_as!(
        RequestDetail,
        r#"SELECT id AS "id!", kind AS "kind: RequestKind", reference, lang, contact_language, region, topics,
                  help_ways, spoken_languages, wants_confirmation AS "wants_confirmation: bool",
                  personal AS sealed_personal, status AS "status: RequestStatus", assigned_to, created_at, closed_at,
                  follow_up_on, volunteer_status AS "volunteer_status?: VolunteerStatus"
           FROM requests WHERE reference = ?1"#,
        reference
    )
    .fetch_optional(pool)
    .await
}

/// Every request holding one of `digests` (a JSON array of person-index digests), oldest
/// first.
pub async fn with_digests<'e>(
    db: impl sqlx::SqliteExecutor<'e>,
    digests: &str,
) -> sqlx::Result<Vec<RequestDetail>> {
    sqlx::query_as!(
        RequestDetail,
        r#"SELECT id AS "id!", kind AS "kind: RequestKind", reference, lang, contact_language, region, topics,
                  help_ways, spoken_languages, wants_confirmation AS "wants_confirmation: bool",
                  personal AS sealed_personal, status AS "status: RequestStatus", assigned_to, created_at, closed_at,
                  follow_up_on, volunteer_status AS "volunteer_status?: VolunteerStatus"
           FROM requests
           WHERE id IN (SELECT request_id FROM contact_digests WHERE digest IN (SELECT value FROM json_each(?1)))
           ORDER BY created_at, id"#,
        digests
    )
    .fetch_all(db)
    .await
}

/// A request's sealed personal part, to index it again.
#[derive(Debug, Clone)]
pub struct SealedRow {
    pub id: i64,
    pub kind: RequestKind,
    pub sealed_personal: String,
}

/// Requests the person index does not know yet (stored before it existed, or an offer of
/// support stored before names were indexed).
pub async fn unindexed(pool: &sqlx::SqlitePool) -> sqlx::Result<Vec<SealedRow>> {
    sqlx::query_as!(
        SealedRow,
        r#"SELECT id AS "id!", kind AS "kind: RequestKind", personal AS sealed_personal FROM requests r
           WHERE NOT EXISTS (SELECT 1 FROM contact_digests d WHERE d.request_id = r.id)
              OR (r.kind = 'support' AND NOT EXISTS (SELECT 1 FROM name_digests n WHERE n.request_id = r.id))"#
    )
    .fetch_all(pool)
    .await
}

/// Makes a request's person-index entries again, from what it holds, under the current key.
pub async fn reindex(db: &mut SqliteConnection, keys: &Keys, row: &SealedRow) -> anyhow::Result<()> {
    let index = index_keys_of(row.kind, &keys.open(&row.sealed_personal)?)?;
    replace_digests(db, row.id, &IndexDigests::of(keys, &index)).await?;
    Ok(())
}

/// Every request's sealed personal part (a key rotation indexes them all again).
pub async fn all_sealed(db: &mut SqliteConnection) -> sqlx::Result<Vec<SealedRow>> {
    sqlx::query_as!(
        SealedRow,
        r#"SELECT id AS "id!", kind AS "kind: RequestKind", personal AS sealed_personal FROM requests"#
    )
    .fetch_all(db)
    .await
}

/// The day to follow a request up, or none.
pub async fn set_follow_up(db: &mut SqliteConnection, id: i64, day: Option<&str>) -> sqlx::Result<()> {
    sqlx::query!(
        "UPDATE requests SET follow_up_on = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
        id,
        day
    )
    .execute(db)
    .await?;
    Ok(())
}

/// A volunteer's status, and the request status it means.
pub async fn set_volunteer_status(
    db: &mut SqliteConnection,
    id: i64,
    status: VolunteerStatus,
) -> sqlx::Result<()> {
    sqlx::query!("UPDATE requests SET volunteer_status = ?2 WHERE id = ?1 AND kind = 'support'", id, status)
        .execute(&mut *db)
        .await?;
    set_status(db, id, status.request_status()).await
}

/// One try to reach the person.
#[derive(Debug, Clone)]
pub struct Attempt {
    pub author_name: String,
    pub outcome: ContactOutcome,
    pub at: String,
}

pub async fn add_attempt(
    db: &mut SqliteConnection,
    request_id: i64,
    coordinator_id: i64,
    author: &str,
    outcome: ContactOutcome,
) -> sqlx::Result<()> {
    sqlx::query!(
        "INSERT INTO contact_attempts (request_id, coordinator_id, author_name, outcome) VALUES (?1, ?2, ?3, ?4)",
        request_id,
        coordinator_id,
        author,
        outcome
    )
    .execute(db)
    .await?;
    Ok(())
}

/// A request's contact attempts, newest first.
pub async fn attempts(pool: &sqlx::SqlitePool, request_id: i64) -> sqlx::Result<Vec<Attempt>> {
    sqlx::query_as!(
        Attempt,
        r#"SELECT author_name, outcome AS "outcome: ContactOutcome", at FROM contact_attempts
           WHERE request_id = ?1 ORDER BY at DESC, id DESC"#,
        request_id
    )
    .fetch_all(pool)
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

/// One counter of the statistics: how many requests had `value` of `dimension` (kind,
/// topic, help, region, language) in a month (`YYYY-MM`; empty when not split by month).
#[derive(Debug, Clone)]
pub struct Count {
    pub dimension: String,
    pub value: String,
    pub month: String,
    pub count: i64,
}

/// The counters of requests that arrived from `from` to `to` (`YYYY-MM-DD`, inclusive):
/// every dimension over the whole period, and the kinds month by month. Read from the
/// counters kept as requests arrive, never from the requests: the months inside the period
/// from the monthly counters, its first and last months day by day.
pub async fn counts(pool: &sqlx::SqlitePool, from: &str, to: &str) -> sqlx::Result<Vec<Count>> {
    let month_of = |day: &str| day.get(..7).unwrap_or_default().to_owned();
    let (from_month, to_month) = (month_of(from), month_of(to));
    let after_from_month = from
        .parse::<jiff::civil::Date>()
        .ok()
        .and_then(|d| d.first_of_month().checked_add(jiff::Span::new().months(1)).ok())
        .map(|d| d.to_string())
        .unwrap_or_else(|| to.to_owned());
    let to_month_start = format!("{to_month}-01");
    sqlx::query_as!(
        Count,
        r#"WITH picked AS (
               SELECT month, dimension, value, count FROM request_counts_by_month WHERE month > ?3 AND month < ?4
               UNION ALL
               SELECT substr(day, 1, 7), dimension, value, count FROM request_counts
               WHERE day >= ?1 AND day <= ?2 AND day < ?5
               UNION ALL
               SELECT substr(day, 1, 7), dimension, value, count FROM request_counts
               WHERE day >= ?6 AND day >= ?1 AND day <= ?2 AND ?4 > ?3
           )
           SELECT dimension AS "dimension!: String", value AS "value!: String", '' AS "month!: String",
                  SUM(count) AS "count!: i64"
           FROM picked GROUP BY dimension, value
           UNION ALL
           SELECT 'month', '', month, SUM(count) FROM picked WHERE dimension = 'kind' GROUP BY month"#,
        from,
        to,
        from_month,
        to_month,
        after_from_month,
        to_month_start
    )
    .fetch_all(pool)
    .await
}

/// What the volunteers list can be filtered by; `None` means any.
#[derive(Debug, Clone, Default)]
pub struct VolunteerFilter {
    pub status: Option<VolunteerStatus>,
    /// A way to help.
    pub help: Option<String>,
    /// A language spoken.
    pub language: Option<String>,
    pub region: Option<String>,
    pub reference: Option<String>,
    /// A search by name: a JSON object from each digest to the number of the word it is
    /// of, and how many words; only volunteers whose name holds every word.
    pub name_digests: Option<(String, i64)>,
}

/// A person who offered support, as the volunteers list shows her; personal part sealed.
#[derive(Debug, Clone)]
pub struct VolunteerRow {
    pub id: i64,
    pub reference: String,
    pub sealed_personal: String,
    pub status: VolunteerStatus,
    pub help_ways: String,
    pub spoken_languages: String,
    pub region: String,
    pub assigned_name: Option<String>,
    pub created_at: String,
    pub follow_up_on: Option<String>,
}

/// Volunteers matching `filter`, newest first, from `before`.
pub async fn volunteers(
    pool: &sqlx::SqlitePool,
    filter: &VolunteerFilter,
    before: Option<&Cursor>,
    limit: i64,
) -> sqlx::Result<Vec<VolunteerRow>> {
    let (names, words) = filter.name_digests.clone().unzip();
    let before = before.cloned().unwrap_or_else(Cursor::start);
    sqlx::query_as!(
        VolunteerRow,
        r#"SELECT r.id AS "id!", r.reference, r.personal AS sealed_personal,
                  COALESCE(r.volunteer_status, 'new') AS "status!: VolunteerStatus",
                  r.help_ways, r.spoken_languages, r.region, c.name AS "assigned_name?", r.created_at, r.follow_up_on
           FROM requests r LEFT JOIN coordinators c ON c.id = r.assigned_to
           WHERE r.kind = 'support'
             AND (?1 IS NULL OR r.volunteer_status = ?1)
             AND (?2 IS NULL OR (',' || r.help_ways || ',') LIKE ('%,' || ?2 || ',%'))
             AND (?3 IS NULL OR (',' || r.spoken_languages || ',') LIKE ('%,' || ?3 || ',%'))
             AND (?4 IS NULL OR r.region = ?4)
             AND (?5 IS NULL OR r.reference = ?5)
             AND (?6 IS NULL OR r.id IN (SELECT n.request_id FROM name_digests n JOIN json_each(?6) j ON j.key = n.digest
                                         GROUP BY n.request_id HAVING COUNT(DISTINCT j.value) = ?7))
             AND r.created_at <= ?8 AND (r.created_at < ?8 OR r.id < ?9)
           ORDER BY r.created_at DESC, r.id DESC
           LIMIT ?10"#,
        filter.status,
        filter.help,
        filter.language,
        filter.region,
        filter.reference,
        names,
        words,
        before.created_at,
        before.id,
        limit
    )
    .fetch_all(pool)
    .await
}

/// How many requests of each kind the forms have received since the site began (the
/// statistics' counters, which purges and erasures leave alone).
pub async fn received_by_kind(pool: &sqlx::SqlitePool) -> sqlx::Result<Vec<(String, i64)>> {
    let rows = sqlx::query!(
        r#"SELECT kind, sum(count) AS "count!: i64" FROM request_counts WHERE dimension = 'kind' GROUP BY kind"#
    )
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|r| (r.kind, r.count)).collect())
}
