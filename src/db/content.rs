//! Reading the site's content. A text missing in the asked language falls back to Spanish,
//! and says so (`text_lang`), so the page can mark the passage with its real language.

use sqlx::SqlitePool;

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
    pub kind: String,
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
pub async fn items(pool: &SqlitePool, kind: &str, lang: Lang) -> sqlx::Result<Vec<ItemText>> {
    let lang = lang.code();
    sqlx::query_as!(
        ItemText,
        r#"SELECT i.slug AS "slug!", i.kind AS "kind!",
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
pub async fn item(pool: &SqlitePool, kind: &str, slug: &str, lang: Lang) -> sqlx::Result<Option<ItemText>> {
    let lang = lang.code();
    sqlx::query_as!(
        ItemText,
        r#"SELECT i.slug AS "slug!", i.kind AS "kind!",
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
pub async fn published_slugs(pool: &SqlitePool) -> sqlx::Result<Vec<(String, String)>> {
    let rows = sqlx::query!(
        r#"SELECT kind AS "kind!", slug AS "slug!" FROM items WHERE published = 1 ORDER BY kind, position, slug"#
    )
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|r| (r.kind, r.slug)).collect())
}
