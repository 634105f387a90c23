//! Events, their texts and their registrations.
//!
//! Events are read through the `event_pages` view (one row per event and language, the
//! text falling back to the Spanish original); its rows are decoded by name, so the
//! queries that read it are checked by the tests rather than at compile time. The counts
//! on `events` (places taken, registered, waited, cancelled, came) are kept by triggers on
//! `event_registrations`, so they stay when the registrations' personal data is deleted.

use sqlx::{SqliteConnection, SqlitePool};

use crate::db::content::Texts;
use crate::domain::choices::SpokenLanguage;
use crate::domain::choices::join_codes;
use crate::domain::event::{Accessibility, EventFacts, EventKind, EventStatus, RegistrationState};
use crate::i18n::Lang;

/// An event in one language, with its counts.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EventPage {
    pub id: i64,
    pub slug: String,
    pub kind: EventKind,
    pub status: EventStatus,
    pub published: bool,
    pub starts_at: String,
    pub ends_at: String,
    pub online: bool,
    pub town: String,
    pub address: String,
    pub address_public: bool,
    pub languages: String,
    pub accessibility: String,
    pub capacity: i64,
    pub max_per_registration: i64,
    pub waiting_list: bool,
    pub registration_opens_at: Option<String>,
    pub registration_closes_at: Option<String>,
    pub reminder_hours: i64,
    pub sensitive: bool,
    pub sequence: i64,
    pub places_taken: i64,
    pub registered_count: i64,
    pub waited_count: i64,
    pub cancelled_count: i64,
    pub came_count: i64,
    pub updated_at: String,
    pub purged_at: Option<String>,
    /// Registrations on the waiting list now.
    pub waiting_now: i64,
    pub title: String,
    pub summary: String,
    pub body: String,
    /// The language of the text: the page's, or `es` when it is not translated.
    pub text_lang: String,
}

impl EventPage {
    pub fn places_left(&self) -> i64 {
        (self.capacity - self.places_taken).max(0)
    }

    /// The full address as it is written down: `Voorbeeldstraat 1, Gent`.
    pub fn address_line(&self) -> String {
        format!("{}, {}", self.address, self.town)
    }

    /// When registration closes: as set, or at the start.
    pub fn closes_at(&self) -> &str {
        self.registration_closes_at.as_deref().unwrap_or(&self.starts_at)
    }

    /// Whether she can register at `now` (stored form): scheduled, published, in the window.
    pub fn is_open(&self, now: &str) -> bool {
        self.published
            && self.status == EventStatus::Scheduled
            && self.registration_opens_at.as_deref().is_none_or(|opens| opens <= now)
            && now < self.closes_at()
    }

    pub fn facts(&self) -> EventFacts {
        let codes =
            |codes: &str| codes.split(',').filter(|c| !c.is_empty()).map(str::to_owned).collect::<Vec<_>>();
        EventFacts {
            slug: self.slug.clone(),
            kind: self.kind,
            status: self.status,
            published: self.published,
            starts_at: self.starts_at.clone(),
            ends_at: self.ends_at.clone(),
            online: self.online,
            town: self.town.clone(),
            address: self.address.clone(),
            address_public: self.address_public,
            languages: codes(&self.languages).iter().filter_map(|c| SpokenLanguage::parse(c)).collect(),
            accessibility: codes(&self.accessibility)
                .iter()
                .filter_map(|c| Accessibility::parse(c))
                .collect(),
            capacity: self.capacity,
            max_per_registration: self.max_per_registration,
            waiting_list: self.waiting_list,
            registration_opens_at: self.registration_opens_at.clone(),
            registration_closes_at: self.registration_closes_at.clone(),
            reminder_hours: self.reminder_hours,
            sensitive: self.sensitive,
        }
    }
}

/// A published event by its slug.
pub async fn by_slug(pool: &SqlitePool, lang: Lang, slug: &str) -> sqlx::Result<Option<EventPage>> {
    sqlx::query_as("SELECT * FROM event_pages WHERE page_lang = ?1 AND slug = ?2 AND published = 1")
        .bind(lang.code())
        .bind(slug)
        .fetch_optional(pool)
        .await
}

/// Any event (published or not) by its id; inside a transaction when one is passed.
pub async fn by_id(db: &mut SqliteConnection, lang: Lang, id: i64) -> sqlx::Result<Option<EventPage>> {
    sqlx::query_as("SELECT * FROM event_pages WHERE page_lang = ?1 AND id = ?2")
        .bind(lang.code())
        .bind(id)
        .fetch_optional(db)
        .await
}

/// Published events that have not ended at `now`, soonest first.
pub async fn upcoming(pool: &SqlitePool, lang: Lang, now: &str, limit: i64) -> sqlx::Result<Vec<EventPage>> {
    sqlx::query_as(
        "SELECT * FROM event_pages WHERE page_lang = ?1 AND published = 1 AND ends_at > ?2
         ORDER BY starts_at, id LIMIT ?3",
    )
    .bind(lang.code())
    .bind(now)
    .bind(limit)
    .fetch_all(pool)
    .await
}

/// Published events that ended before `now`, the latest first, a page at a time.
pub async fn past(
    pool: &SqlitePool,
    lang: Lang,
    now: &str,
    limit: i64,
    offset: i64,
) -> sqlx::Result<Vec<EventPage>> {
    sqlx::query_as(
        "SELECT * FROM event_pages WHERE page_lang = ?1 AND published = 1 AND ends_at <= ?2
         ORDER BY starts_at DESC, id DESC LIMIT ?3 OFFSET ?4",
    )
    .bind(lang.code())
    .bind(now)
    .bind(limit)
    .bind(offset)
    .fetch_all(pool)
    .await
}

/// Every event, published or not, the latest start first (the back office's list).
pub async fn all(pool: &SqlitePool, lang: Lang, limit: i64, offset: i64) -> sqlx::Result<Vec<EventPage>> {
    sqlx::query_as(
        "SELECT * FROM event_pages WHERE page_lang = ?1 ORDER BY starts_at DESC, id DESC LIMIT ?2 OFFSET ?3",
    )
    .bind(lang.code())
    .bind(limit)
    .bind(offset)
    .fetch_all(pool)
    .await
}

/// The slugs of every published event, for the sitemap.
pub async fn published_slugs(pool: &SqlitePool) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar!("SELECT slug FROM events WHERE published = 1 ORDER BY starts_at")
        .fetch_all(pool)
        .await
}

/// Whether an event's page changed its face between `since` and `now` (stored times): an
/// event started or ended, or its registration opened or closed.
pub async fn boundary_passed(pool: &SqlitePool, since: &str, now: &str) -> sqlx::Result<bool> {
    let passed = sqlx::query_scalar!(
        r#"SELECT EXISTS (
             SELECT 1 FROM events WHERE published = 1 AND (
                (starts_at > ?1 AND starts_at <= ?2) OR (ends_at > ?1 AND ends_at <= ?2)
                OR (registration_opens_at > ?1 AND registration_opens_at <= ?2)
                OR (registration_closes_at > ?1 AND registration_closes_at <= ?2))
           ) AS "passed!: bool""#,
        since,
        now
    )
    .fetch_one(pool)
    .await?;
    Ok(passed)
}

/// Events of one month and kind, and what came of them.
#[derive(Debug, Clone)]
pub struct EventStats {
    /// `2027-03`.
    pub month: String,
    pub kind: EventKind,
    pub events: i64,
    pub registered: i64,
    pub places_taken: i64,
    pub waited: i64,
    pub came: i64,
}

/// The statistics of events that start between `from` and `to` (days, inclusive), by
/// month and kind; from the counts kept on `events`, so they outlive the registrations.
pub async fn stats(pool: &SqlitePool, from: &str, to: &str) -> sqlx::Result<Vec<EventStats>> {
    sqlx::query_as!(
        EventStats,
        r#"SELECT strftime('%Y-%m', starts_at) AS "month!: String", kind AS "kind: EventKind",
                  COUNT(*) AS "events!: i64", SUM(registered_count) AS "registered!: i64",
                  SUM(places_taken) AS "places_taken!: i64", SUM(waited_count) AS "waited!: i64",
                  SUM(came_count) AS "came!: i64"
           FROM events
           WHERE starts_at >= ?1 AND starts_at < date(?2, '+1 day')
           GROUP BY 1, kind ORDER BY 1, kind"#,
        from,
        to
    )
    .fetch_all(pool)
    .await
}

/// Registrations received since the site began, and places given at events not ended.
pub async fn metrics(pool: &SqlitePool) -> sqlx::Result<(i64, i64)> {
    let row = sqlx::query!(
        r#"SELECT COALESCE(SUM(registered_count), 0) AS "received!: i64",
                  COALESCE(SUM(CASE WHEN ends_at > strftime('%Y-%m-%dT%H:%M:%SZ', 'now') THEN places_taken ELSE 0 END), 0)
                      AS "upcoming!: i64"
           FROM events"#
    )
    .fetch_one(pool)
    .await?;
    Ok((row.received, row.upcoming))
}

/// An event's texts in the languages it has, for the editor.
pub async fn texts(pool: &SqlitePool, id: i64) -> sqlx::Result<Vec<(String, Texts)>> {
    let rows = sqlx::query!("SELECT lang, title, summary, body FROM event_texts WHERE event_id = ?1", id)
        .fetch_all(pool)
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.lang, Texts { title: r.title, summary: r.summary, body: r.body }))
        .collect())
}

/// Writes a new event or the facts of an existing one; returns its id. The sequence is
/// raised when `raise_sequence` (a change people are told about).
pub async fn save(
    db: &mut SqliteConnection,
    id: Option<i64>,
    facts: &EventFacts,
    raise_sequence: bool,
) -> sqlx::Result<i64> {
    let languages = join_codes(&facts.languages, SpokenLanguage::code);
    let accessibility = join_codes(&facts.accessibility, Accessibility::code);
    match id {
        Some(id) => {
            sqlx::query!(
                "UPDATE events SET kind = ?2, status = ?3, published = ?4, starts_at = ?5, ends_at = ?6,
                        online = ?7, town = ?8, address = ?9, address_public = ?10, languages = ?11,
                        accessibility = ?12, capacity = ?13, max_per_registration = ?14,
                        waiting_list = ?15, registration_opens_at = ?16, registration_closes_at = ?17,
                        reminder_hours = ?18, sensitive = ?19, sequence = sequence + ?20,
                        updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
                 WHERE id = ?1",
                id,
                facts.kind,
                facts.status,
                facts.published,
                facts.starts_at,
                facts.ends_at,
                facts.online,
                facts.town,
                facts.address,
                facts.address_public,
                languages,
                accessibility,
                facts.capacity,
                facts.max_per_registration,
                facts.waiting_list,
                facts.registration_opens_at,
                facts.registration_closes_at,
                facts.reminder_hours,
                facts.sensitive,
                raise_sequence
            )
            .execute(&mut *db)
            .await?;
            Ok(id)
        }
        None => sqlx::query_scalar!(
            r#"INSERT INTO events (slug, kind, status, published, starts_at, ends_at, online, town, address,
                    address_public, languages, accessibility, capacity, max_per_registration, waiting_list,
                    registration_opens_at, registration_closes_at, reminder_hours, sensitive)
               VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)
               RETURNING id AS "id!: i64""#,
            facts.slug,
            facts.kind,
            facts.status,
            facts.published,
            facts.starts_at,
            facts.ends_at,
            facts.online,
            facts.town,
            facts.address,
            facts.address_public,
            languages,
            accessibility,
            facts.capacity,
            facts.max_per_registration,
            facts.waiting_list,
            facts.registration_opens_at,
            facts.registration_closes_at,
            facts.reminder_hours,
            facts.sensitive
        )
        .fetch_one(&mut *db)
        .await,
    }
}

/// Writes an event's texts; a language without a title is removed.
pub async fn save_texts(db: &mut SqliteConnection, id: i64, texts: &[(Lang, Texts)]) -> sqlx::Result<()> {
    for (lang, text) in texts {
        let lang = lang.code();
        if text.title.is_empty() {
            sqlx::query!("DELETE FROM event_texts WHERE event_id = ?1 AND lang = ?2", id, lang)
                .execute(&mut *db)
                .await?;
        } else {
            sqlx::query!(
                "INSERT INTO event_texts (event_id, lang, title, summary, body) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (event_id, lang) DO UPDATE SET title = ?3, summary = ?4, body = ?5",
                id,
                lang,
                text.title,
                text.summary,
                text.body
            )
            .execute(&mut *db)
            .await?;
        }
    }
    Ok(())
}

/// A registration as stored (her personal part sealed).
#[derive(Debug, Clone)]
pub struct RegistrationRow {
    pub id: i64,
    pub event_id: i64,
    pub lang: String,
    pub places: i64,
    pub state: RegistrationState,
    pub wants_mail: bool,
    pub personal: String,
    pub came: bool,
    pub created_at: String,
}

/// A registration to write.
pub struct NewRegistration<'a> {
    pub event_id: i64,
    pub idempotency_key: &'a str,
    pub token_hash: &'a str,
    pub lang: Lang,
    pub places: i64,
    pub state: RegistrationState,
    pub wants_mail: bool,
    pub sealed_personal: &'a str,
}

pub async fn insert_registration(db: &mut SqliteConnection, new: &NewRegistration<'_>) -> sqlx::Result<i64> {
    let lang = new.lang.code();
    sqlx::query_scalar!(
        r#"INSERT INTO event_registrations (event_id, idempotency_key, token_hash, lang, places, state, wants_mail, personal)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id AS "id!: i64""#,
        new.event_id,
        new.idempotency_key,
        new.token_hash,
        lang,
        new.places,
        new.state,
        new.wants_mail,
        new.sealed_personal
    )
    .fetch_one(db)
    .await
}

/// The registration the same form made before (its token's nonce), if any.
pub async fn registration_by_idempotency_key(
    db: &mut SqliteConnection,
    key: &str,
) -> sqlx::Result<Option<RegistrationRow>> {
    let id =
        sqlx::query_scalar!(r#"SELECT id AS "id!" FROM event_registrations WHERE idempotency_key = ?1"#, key)
            .fetch_optional(&mut *db)
            .await?;
    match id {
        Some(id) => registration_by_id(db, id).await,
        None => Ok(None),
    }
}

/// The registration her private link opens (by the SHA-256 of its secret).
pub async fn registration_by_token_hash(
    db: &mut SqliteConnection,
    token_hash: &str,
) -> sqlx::Result<Option<RegistrationRow>> {
    let id = sqlx::query_scalar!(
        r#"SELECT id AS "id!" FROM event_registrations WHERE token_hash = ?1"#,
        token_hash
    )
    .fetch_optional(&mut *db)
    .await?;
    match id {
        Some(id) => registration_by_id(db, id).await,
        None => Ok(None),
    }
}

pub async fn registration_by_id(db: &mut SqliteConnection, id: i64) -> sqlx::Result<Option<RegistrationRow>> {
    sqlx::query_as!(
        RegistrationRow,
        r#"SELECT id AS "id!", event_id, lang, places, state AS "state: RegistrationState", wants_mail AS "wants_mail: bool",
                  personal, came AS "came: bool", created_at
           FROM event_registrations WHERE id = ?1"#,
        id
    )
    .fetch_optional(db)
    .await
}

/// An event's registrations in the order they came.
pub async fn registrations_of(
    db: &mut SqliteConnection,
    event_id: i64,
) -> sqlx::Result<Vec<RegistrationRow>> {
    sqlx::query_as!(
        RegistrationRow,
        r#"SELECT id AS "id!", event_id, lang, places, state AS "state: RegistrationState", wants_mail AS "wants_mail: bool",
                  personal, came AS "came: bool", created_at
           FROM event_registrations WHERE event_id = ?1 ORDER BY id"#,
        event_id
    )
    .fetch_all(db)
    .await
}

/// The first registration on the waiting list that asks for at most `free` places.
pub async fn first_waiting_within(
    db: &mut SqliteConnection,
    event_id: i64,
    free: i64,
) -> sqlx::Result<Option<RegistrationRow>> {
    sqlx::query_as!(
        RegistrationRow,
        r#"SELECT id AS "id!", event_id, lang, places, state AS "state: RegistrationState", wants_mail AS "wants_mail: bool",
                  personal, came AS "came: bool", created_at
           FROM event_registrations WHERE event_id = ?1 AND state = 'waiting' AND places <= ?2
           ORDER BY id LIMIT 1"#,
        event_id,
        free
    )
    .fetch_optional(db)
    .await
}

/// How many registrations wait before registration `id` (her place in the queue is one more).
pub async fn waiting_before(db: &mut SqliteConnection, event_id: i64, id: i64) -> sqlx::Result<i64> {
    sqlx::query_scalar!(
        r#"SELECT COUNT(*) AS "n!: i64" FROM event_registrations WHERE event_id = ?1 AND state = 'waiting' AND id < ?2"#,
        event_id,
        id
    )
    .fetch_one(db)
    .await
}

pub async fn set_state(db: &mut SqliteConnection, id: i64, state: RegistrationState) -> sqlx::Result<()> {
    sqlx::query!(
        "UPDATE event_registrations SET state = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
        id,
        state
    )
    .execute(db)
    .await?;
    Ok(())
}

pub async fn set_came(db: &mut SqliteConnection, id: i64, came: bool) -> sqlx::Result<()> {
    sqlx::query!(
        "UPDATE event_registrations SET came = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
        id,
        came
    )
    .execute(db)
    .await?;
    Ok(())
}

/// Removes the reminders still waiting to be sent for one registration.
pub async fn drop_pending_reminders(db: &mut SqliteConnection, registration_id: i64) -> sqlx::Result<u64> {
    let result = sqlx::query!(
        "DELETE FROM outbox WHERE registration_id = ?1 AND purpose = 'reminder' AND state = 'pending'",
        registration_id
    )
    .execute(db)
    .await?;
    Ok(result.rows_affected())
}

/// Deletes the registrations (and with them their queued mail) of events that ended more
/// than `days` days ago; the counts on `events` stay. Returns how many were deleted.
pub async fn purge_ended(pool: &SqlitePool, days: u32) -> sqlx::Result<u64> {
    let modifier = format!("-{days} days");
    let mut tx = crate::db::begin_write(pool).await?;
    let result = sqlx::query!(
        "DELETE FROM event_registrations WHERE event_id IN (
             SELECT id FROM events WHERE ends_at < strftime('%Y-%m-%dT%H:%M:%SZ', 'now', ?1))",
        modifier
    )
    .execute(&mut *tx)
    .await?;
    sqlx::query!(
        "UPDATE events SET purged_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
         WHERE purged_at IS NULL AND ends_at < strftime('%Y-%m-%dT%H:%M:%SZ', 'now', ?1)",
        modifier
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(result.rows_affected())
}

/// Sets the person-index digests of a registration (her email address and phone number).
pub async fn replace_digests(
    db: &mut SqliteConnection,
    registration_id: i64,
    digests: &[String],
) -> sqlx::Result<()> {
    sqlx::query!("DELETE FROM registration_digests WHERE registration_id = ?1", registration_id)
        .execute(&mut *db)
        .await?;
    for digest in digests {
        sqlx::query!(
            "INSERT INTO registration_digests (registration_id, digest) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
            registration_id,
            digest
        )
        .execute(&mut *db)
        .await?;
    }
    Ok(())
}

/// Every registration holding one of `digests` (a JSON array of person-index digests),
/// oldest first.
pub async fn registrations_with_digests(
    db: &mut SqliteConnection,
    digests: &str,
) -> sqlx::Result<Vec<RegistrationRow>> {
    sqlx::query_as!(
        RegistrationRow,
        r#"SELECT id AS "id!", event_id, lang, places, state AS "state: RegistrationState", wants_mail AS "wants_mail: bool",
                  personal, came AS "came: bool", created_at
           FROM event_registrations
           WHERE id IN (SELECT registration_id FROM registration_digests
                        WHERE digest IN (SELECT value FROM json_each(?1)))
           ORDER BY id"#,
        digests
    )
    .fetch_all(db)
    .await
}

/// Every registration's id and sealed personal part (a key rotation indexes them again).
pub async fn all_sealed(db: &mut SqliteConnection) -> sqlx::Result<Vec<(i64, String)>> {
    let rows = sqlx::query!(r#"SELECT id AS "id!", personal FROM event_registrations"#).fetch_all(db).await?;
    Ok(rows.into_iter().map(|r| (r.id, r.personal)).collect())
}

/// Deletes one registration, with its queued mail and index entries.
pub async fn delete_registration(db: &mut SqliteConnection, id: i64) -> sqlx::Result<()> {
    sqlx::query!("DELETE FROM event_registrations WHERE id = ?1", id).execute(db).await?;
    Ok(())
}
