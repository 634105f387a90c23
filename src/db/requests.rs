//! Storing requests. A request and its outgoing mail are written in one transaction:
//! either both are durable or neither is.

use sqlx::{Sqlite, Transaction};

use crate::domain::reference::new_reference;
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestKind {
    Orientation,
    Support,
}

impl RequestKind {
    pub fn code(self) -> &'static str {
        match self {
            RequestKind::Orientation => "orientation",
            RequestKind::Support => "support",
        }
    }

    pub fn reference_prefix(self) -> &'static str {
        match self {
            RequestKind::Orientation => "OR",
            RequestKind::Support => "SU",
        }
    }
}

/// The stored request's id and reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub id: i64,
    pub reference: String,
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

/// Inserts the request under a fresh reference, drawing again in the rare case it is taken.
pub async fn insert(tx: &mut Transaction<'_, Sqlite>, request: &NewRequest) -> sqlx::Result<Stored> {
    let kind = request.kind.code();
    let lang = request.lang.code();
    let mut attempt = 0;
    loop {
        let reference = new_reference(request.kind.reference_prefix());
        let result = sqlx::query_scalar!(
            r#"INSERT INTO requests (kind, reference, idempotency_key, lang, contact_language, region, topics,
                                     help_ways, spoken_languages, wants_confirmation, personal)
               VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
               ON CONFLICT (reference) DO NOTHING
               RETURNING id AS "id!: i64""#,
            kind,
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
        .await?;
        match result {
            Some(id) => return Ok(Stored { id, reference }),
            None if attempt < 20 => attempt += 1,
            None => return Err(sqlx::Error::Protocol("no free reference after 20 draws".into())),
        }
    }
}

/// Whether a request of `kind` with `reference` exists (for its thank-you page).
pub async fn reference_exists(
    pool: &sqlx::SqlitePool,
    kind: RequestKind,
    reference: &str,
) -> sqlx::Result<bool> {
    let kind = kind.code();
    let found = sqlx::query_scalar!(
        r#"SELECT 1 AS "one!: i64" FROM requests WHERE kind = ?1 AND reference = ?2"#,
        kind,
        reference
    )
    .fetch_optional(pool)
    .await?;
    Ok(found.is_some())
}
