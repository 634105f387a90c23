//! Reading the site's content. A text missing in the asked language falls back to Spanish,
//! and says so (`text_lang`), so the page can mark the passage with its real language.
//! Also the editor's loading and saving. Longer than most files on purpose: one family of
//! tables (items, people, sections and their texts in four languages), whose reads and
//! writes change together.

use sqlx::{SqliteConnection, SqlitePool};

use crate::domain::vocab::ItemKind;
use crate::i18n::Lang;

#[derive(Debug, Clone)]
pub struct SectionText {
    pub key: String,
    pub title: String,
    pub body: String,
    pub text_lang: String,
}

#[derive(Debug, Clone)]
pub struct ItemText {
    pub slug: String,
    pub kind: ItemKind,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub text_lang: String,
}

#[derive(Debug, Clone)]
pub struct PersonText {
    pub slug: String,
    pub name: String,
    pub role: String,
    pub bio: String,
    pub text_lang: String,
}

/// The published sections of one page, in order.
pub async fn sections(pool: &SqlitePool, page: &str, lang: Lang) -> sqlx::Result<Vec<SectionText>> {
    let lang = lang.code();
    sqlx::query_as!(
        SectionText,
        r#"SELECT s.key AS "key!",
                  COALESCE(t.title, f.title, '') AS "title!: String",
                  COALESCE(t.body, f.body, '') AS "body!: String",
                  CASE WHEN t.key IS NULL THEN 'es' ELSE ?2 END AS "text_lang!: String"
           FROM sections s
           LEFT JOIN section_texts t ON t.key = s.key AND t.lang = ?2
           LEFT JOIN section_texts f ON f.key = s.key AND f.lang = 'es'
           WHERE s.page = ?1 AND s.published = 1
           ORDER BY s.position, s.key"#,
        page,
        lang
    )
    .fetch_all(pool)
    .await
}

/// The published projects or activities, in order.
pub async fn items(pool: &SqlitePool, kind: ItemKind, lang: Lang) -> sqlx::Result<Vec<ItemText>> {
    let lang = lang.code();
    sqlx::query_as!(
        ItemText,
        r#"SELECT i.slug AS "slug!", i.kind AS "kind!: ItemKind",
                  COALESCE(t.title, f.title, i.slug) AS "title!: String",
                  COALESCE(t.summary, f.summary, '') AS "summary!: String",
                  COALESCE(t.body, f.body, '') AS "body!: String",
                  CASE WHEN t.item_id IS NULL THEN 'es' ELSE ?2 END AS "text_lang!: String"
           FROM items i
           LEFT JOIN item_texts t ON t.item_id = i.id AND t.lang = ?2
           LEFT JOIN item_texts f ON f.item_id = i.id AND f.lang = 'es'
           WHERE i.kind = ?1 AND i.published = 1
           ORDER BY i.position, i.slug"#,
        kind,
        lang
    )
    .fetch_all(pool)
    .await
}

/// One published project or activity.
pub async fn item(
    pool: &SqlitePool,
    kind: ItemKind,
    slug: &str,
    lang: Lang,
) -> sqlx::Result<Option<ItemText>> {
    let lang = lang.code();
    sqlx::query_as!(
        ItemText,
        r#"SELECT i.slug AS "slug!", i.kind AS "kind!: ItemKind",
                  COALESCE(t.title, f.title, i.slug) AS "title!: String",
                  COALESCE(t.summary, f.summary, '') AS "summary!: String",
                  COALESCE(t.body, f.body, '') AS "body!: String",
                  CASE WHEN t.item_id IS NULL THEN 'es' ELSE ?3 END AS "text_lang!: String"
           FROM items i
           LEFT JOIN item_texts t ON t.item_id = i.id AND t.lang = ?3
           LEFT JOIN item_texts f ON f.item_id = i.id AND f.lang = 'es'
           WHERE i.kind = ?1 AND i.slug = ?2 AND i.published = 1"#,
        kind,
        slug,
        lang
    )
    .fetch_optional(pool)
    .await
}

/// The published team members, in order.
pub async fn people(pool: &SqlitePool, lang: Lang) -> sqlx::Result<Vec<PersonText>> {
    let lang = lang.code();
    sqlx::query_as!(
        PersonText,
        r#"SELECT p.slug AS "slug!", p.name AS "name!",
                  COALESCE(t.role, f.role, '') AS "role!: String",
                  COALESCE(t.bio, f.bio, '') AS "bio!: String",
                  CASE WHEN t.person_id IS NULL THEN 'es' ELSE ?1 END AS "text_lang!: String"
           FROM people p
           LEFT JOIN people_texts t ON t.person_id = p.id AND t.lang = ?1
           LEFT JOIN people_texts f ON f.person_id = p.id AND f.lang = 'es'
           WHERE p.published = 1
           ORDER BY p.position, p.slug"#,
        lang
    )
    .fetch_all(pool)
    .await
}

/// Slugs of every published item, for the sitemap.
pub async fn published_slugs(pool: &SqlitePool) -> sqlx::Result<Vec<(ItemKind, String)>> {
    let rows = sqlx::query!(
        r#"SELECT kind AS "kind!: ItemKind", slug AS "slug!" FROM items WHERE published = 1
           ORDER BY kind, position, slug"#
    )
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|r| (r.kind, r.slug)).collect())
}

/// One row of the back office's content list.
#[derive(Debug, Clone)]
pub struct ContentEntry {
    pub id: i64,
    /// `project`, `activity`, `person` or the page of a section.
    pub kind: String,
    /// The slug, or the section key.
    pub key: String,
    pub title: String,
    pub position: i64,
    pub published: bool,
    /// Languages with a text, comma separated.
    pub langs: String,
}

pub async fn entries(pool: &SqlitePool) -> sqlx::Result<Vec<ContentEntry>> {
    sqlx::query_as!(
        ContentEntry,
        r#"SELECT id AS "id!: i64", kind AS "kind!: String", key AS "key!: String", title AS "title!: String",
                  position AS "position!: i64", published AS "published!: bool", langs AS "langs!: String" FROM (
             SELECT i.id, i.kind, i.slug AS key,
                    COALESCE((SELECT title FROM item_texts WHERE item_id = i.id AND lang = 'es'), i.slug) AS title,
                    i.position, i.published,
                    COALESCE((SELECT group_concat(lang) FROM item_texts WHERE item_id = i.id AND title != ''), '') AS langs,
                    CASE i.kind WHEN 'project' THEN 1 ELSE 2 END AS grp
             FROM items i
             UNION ALL
             SELECT p.id, 'person', p.slug, p.name, p.position, p.published,
                    COALESCE((SELECT group_concat(lang) FROM people_texts WHERE person_id = p.id), ''), 3
             FROM people p
             UNION ALL
             SELECT 0, s.page, s.key,
                    COALESCE((SELECT NULLIF(title, '') FROM section_texts WHERE key = s.key AND lang = 'es'), s.key),
                    s.position, s.published,
                    COALESCE((SELECT group_concat(lang) FROM section_texts WHERE key = s.key AND body != ''), ''), 4
             FROM sections s)
           ORDER BY grp, kind, position, key"#
    )
    .fetch_all(pool)
    .await
}

/// Texts of one entry in one language, for the editor.
#[derive(Debug, Clone, Default)]
pub struct Texts {
    pub title: String,
    pub summary: String,
    pub body: String,
}

#[derive(Debug, Clone)]
pub struct ItemMeta {
    pub id: i64,
    pub kind: ItemKind,
    pub slug: String,
    pub position: i64,
    pub published: bool,
}

pub async fn item_for_edit(
    pool: &SqlitePool,
    id: i64,
) -> sqlx::Result<Option<(ItemMeta, Vec<(String, Texts)>)>> {
    let Some(meta) = sqlx::query_as!(
        ItemMeta,
        r#"SELECT id AS "id!", kind AS "kind: ItemKind", slug, position, published AS "published: bool"
           FROM items WHERE id = ?1"#,
        id
    )
    .fetch_optional(pool)
    .await?
    else {
        return Ok(None);
    };
    let texts = sqlx::query!("SELECT lang, title, summary, body FROM item_texts WHERE item_id = ?1", id)
        .fetch_all(pool)
        .await?
        .into_iter()
        .map(|r| (r.lang, Texts { title: r.title, summary: r.summary, body: r.body }))
        .collect();
    Ok(Some((meta, texts)))
}

/// Creates (`id` = None) or updates an item and its texts; a language with an empty title
/// is removed (a missing translation). Returns the item's id.
pub async fn save_item(
    db: &mut SqliteConnection,
    id: Option<i64>,
    meta: &ItemMeta,
    texts: &[(Lang, Texts)],
) -> sqlx::Result<i64> {
    let id = match id {
        Some(id) => {
            sqlx::query!(
                "UPDATE items SET position = ?2, published = ?3, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
                id,
                meta.position,
                meta.published
            )
            .execute(&mut *db)
            .await?;
            id
        }
        None => {
            sqlx::query_scalar!(
                r#"INSERT INTO items (kind, slug, position, published) VALUES (?1, ?2, ?3, ?4) RETURNING id AS "id!: i64""#,
                meta.kind,
                meta.slug,
                meta.position,
                meta.published
            )
            .fetch_one(&mut *db)
            .await?
        }
    };
    for (lang, text) in texts {
        let lang = lang.code();
        if text.title.is_empty() {
            sqlx::query!("DELETE FROM item_texts WHERE item_id = ?1 AND lang = ?2", id, lang)
                .execute(&mut *db)
                .await?;
        } else {
            sqlx::query!(
                "INSERT INTO item_texts (item_id, lang, title, summary, body) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (item_id, lang) DO UPDATE SET title = ?3, summary = ?4, body = ?5",
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
    Ok(id)
}

#[derive(Debug, Clone)]
pub struct PersonMeta {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub position: i64,
    pub published: bool,
}

/// A person's texts use `title` for the role and `body` for the biography.
pub async fn person_for_edit(
    pool: &SqlitePool,
    id: i64,
) -> sqlx::Result<Option<(PersonMeta, Vec<(String, Texts)>)>> {
    let Some(meta) = sqlx::query_as!(
        PersonMeta,
        r#"SELECT id AS "id!", slug, name, position, published AS "published: bool" FROM people WHERE id = ?1"#,
        id
    )
    .fetch_optional(pool)
    .await?
    else {
        return Ok(None);
    };
    let texts = sqlx::query!("SELECT lang, role, bio FROM people_texts WHERE person_id = ?1", id)
        .fetch_all(pool)
        .await?
        .into_iter()
        .map(|r| (r.lang, Texts { title: r.role, summary: String::new(), body: r.bio }))
        .collect();
    Ok(Some((meta, texts)))
}

pub async fn save_person(
    db: &mut SqliteConnection,
    id: Option<i64>,
    meta: &PersonMeta,
    texts: &[(Lang, Texts)],
) -> sqlx::Result<i64> {
    let id = match id {
        Some(id) => {
            sqlx::query!(
                "UPDATE people SET name = ?2, position = ?3, published = ?4, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
                id,
                meta.name,
                meta.position,
                meta.published
            )
            .execute(&mut *db)
            .await?;
            id
        }
        None => {
            sqlx::query_scalar!(
                r#"INSERT INTO people (slug, name, position, published) VALUES (?1, ?2, ?3, ?4) RETURNING id AS "id!: i64""#,
                meta.slug,
                meta.name,
                meta.position,
                meta.published
            )
            .fetch_one(&mut *db)
            .await?
        }
    };
    for (lang, text) in texts {
        let lang = lang.code();
        sqlx::query!(
            "INSERT INTO people_texts (person_id, lang, role, bio) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (person_id, lang) DO UPDATE SET role = ?3, bio = ?4",
            id,
            lang,
            text.title,
            text.body
        )
        .execute(&mut *db)
        .await?;
    }
    Ok(id)
}

#[derive(Debug, Clone)]
pub struct SectionMeta {
    pub key: String,
    pub page: String,
    pub position: i64,
    pub published: bool,
}

pub async fn section_for_edit(
    pool: &SqlitePool,
    key: &str,
) -> sqlx::Result<Option<(SectionMeta, Vec<(String, Texts)>)>> {
    let Some(meta) = sqlx::query_as!(
        SectionMeta,
        r#"SELECT key AS "key!", page, position, published AS "published: bool" FROM sections WHERE key = ?1"#,
        key
    )
    .fetch_optional(pool)
    .await?
    else {
        return Ok(None);
    };
    let texts = sqlx::query!("SELECT lang, title, body FROM section_texts WHERE key = ?1", key)
        .fetch_all(pool)
        .await?
        .into_iter()
        .map(|r| (r.lang, Texts { title: r.title, summary: String::new(), body: r.body }))
        .collect();
    Ok(Some((meta, texts)))
}

/// Whether a section with this key exists.
pub async fn section_exists(db: &mut SqliteConnection, key: &str) -> sqlx::Result<bool> {
    let found = sqlx::query_scalar!(r#"SELECT 1 AS "one!: i64" FROM sections WHERE key = ?1"#, key)
        .fetch_optional(db)
        .await?;
    Ok(found.is_some())
}

/// Creates or updates a section; a language with an empty body is removed.
pub async fn save_section(
    db: &mut SqliteConnection,
    meta: &SectionMeta,
    texts: &[(Lang, Texts)],
) -> sqlx::Result<()> {
    sqlx::query!(
        "INSERT INTO sections (key, page, position, published) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (key) DO UPDATE SET page = ?2, position = ?3, published = ?4,
             updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
        meta.key,
        meta.page,
        meta.position,
        meta.published
    )
    .execute(&mut *db)
    .await?;
    for (lang, text) in texts {
        let lang = lang.code();
        if text.body.is_empty() {
            sqlx::query!("DELETE FROM section_texts WHERE key = ?1 AND lang = ?2", meta.key, lang)
                .execute(&mut *db)
                .await?;
        } else {
            sqlx::query!(
                "INSERT INTO section_texts (key, lang, title, body) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (key, lang) DO UPDATE SET title = ?3, body = ?4",
                meta.key,
                lang,
                text.title,
                text.body
            )
            .execute(&mut *db)
            .await?;
        }
    }
    Ok(())
}
