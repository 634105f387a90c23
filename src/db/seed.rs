//! The organisation's own content, embedded in the binary and loaded into an empty database.
//!
//! Loading runs once: a marker in `meta` records it, so content the coordinators deleted
//! does not come back at the next start. Each row is also inserted only when absent, so
//! loading again never overwrites an edit.

use std::collections::BTreeMap;

use serde::Deserialize;
use sqlx::{Sqlite, SqlitePool, Transaction};

use crate::db::begin_write;

/// The seed files, in loading order.
const SEED_FILES: &[(&str, &str)] = &[
    ("organisation.toml", include_str!("../../content/seed/organisation.toml")),
    ("policies.toml", include_str!("../../content/seed/policies.toml")),
];

const SEEDED_MARKER: &str = "content_seeded";

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Seed {
    #[serde(default)]
    pub section: Vec<SeedSection>,
    #[serde(default)]
    pub item: Vec<SeedItem>,
    #[serde(default)]
    pub person: Vec<SeedPerson>,
}

#[derive(Debug, Deserialize)]
pub struct SeedSection {
    pub key: String,
    pub page: String,
    pub position: i64,
    #[serde(flatten)]
    pub texts: BTreeMap<String, SectionFields>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionFields {
    pub title: String,
    pub body: String,
}

#[derive(Debug, Deserialize)]
pub struct SeedItem {
    pub kind: String,
    pub slug: String,
    pub position: i64,
    #[serde(flatten)]
    pub texts: BTreeMap<String, ItemFields>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemFields {
    pub title: String,
    pub summary: String,
    pub body: String,
}

#[derive(Debug, Deserialize)]
pub struct SeedPerson {
    pub slug: String,
    pub name: String,
    pub position: i64,
    #[serde(flatten)]
    pub texts: BTreeMap<String, PersonFields>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonFields {
    pub role: String,
    pub bio: String,
}

/// Every embedded seed file, parsed. A broken file is a build-time mistake, so the
/// test suite parses them all.
pub fn embedded() -> anyhow::Result<Seed> {
    let mut all = Seed::default();
    for (name, text) in SEED_FILES {
        let seed: Seed = toml::from_str(text).map_err(|e| anyhow::anyhow!("content/seed/{name}: {e}"))?;
        all.section.extend(seed.section);
        all.item.extend(seed.item);
        all.person.extend(seed.person);
    }
    Ok(all)
}

/// Loads the embedded content unless it was loaded before. Returns whether it loaded.
pub async fn load_once(pool: &SqlitePool) -> anyhow::Result<bool> {
    let mut tx = begin_write(pool).await?;
    let seeded = sqlx::query_scalar!("SELECT value FROM meta WHERE key = ?1", SEEDED_MARKER)
        .fetch_optional(&mut *tx)
        .await?
        .is_some();
    if seeded {
        return Ok(false);
    }
    insert_missing(&mut tx, &embedded()?).await?;
    sqlx::query!(
        "INSERT INTO meta (key, value) VALUES (?1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
        SEEDED_MARKER
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Inserts every row of `seed` that is not in the database yet; existing rows are left alone.
pub async fn insert_missing(tx: &mut Transaction<'_, Sqlite>, seed: &Seed) -> sqlx::Result<()> {
    for section in &seed.section {
        sqlx::query!(
            "INSERT OR IGNORE INTO sections (key, page, position) VALUES (?1, ?2, ?3)",
            section.key,
            section.page,
            section.position
        )
        .execute(&mut **tx)
        .await?;
        for (lang, text) in &section.texts {
            sqlx::query!(
                "INSERT OR IGNORE INTO section_texts (key, lang, title, body) VALUES (?1, ?2, ?3, ?4)",
                section.key,
                lang,
                text.title,
                text.body
            )
            .execute(&mut **tx)
            .await?;
        }
    }
    for item in &seed.item {
        sqlx::query!(
            "INSERT OR IGNORE INTO items (kind, slug, position) VALUES (?1, ?2, ?3)",
            item.kind,
            item.slug,
            item.position
        )
        .execute(&mut **tx)
        .await?;
        for (lang, text) in &item.texts {
            sqlx::query!(
                "INSERT OR IGNORE INTO item_texts (item_id, lang, title, summary, body)
                 SELECT id, ?2, ?3, ?4, ?5 FROM items WHERE slug = ?1",
                item.slug,
                lang,
                text.title,
                text.summary,
                text.body
            )
            .execute(&mut **tx)
            .await?;
        }
    }
    for person in &seed.person {
        sqlx::query!(
            "INSERT OR IGNORE INTO people (slug, name, position) VALUES (?1, ?2, ?3)",
            person.slug,
            person.name,
            person.position
        )
        .execute(&mut **tx)
        .await?;
        for (lang, text) in &person.texts {
            sqlx::query!(
                "INSERT OR IGNORE INTO people_texts (person_id, lang, role, bio)
                 SELECT id, ?2, ?3, ?4 FROM people WHERE slug = ?1",
                person.slug,
                lang,
                text.role,
                text.bio
            )
            .execute(&mut **tx)
            .await?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn every_seed_text_exists_in_all_four_languages() {
        let seed = embedded().expect("seed files parse");
        let langs: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        let check = |what: &str, texts: Vec<&String>| {
            let found: Vec<&str> = texts.iter().map(|s| s.as_str()).collect();
            assert_eq!(
                found,
                {
                    let mut l = langs.clone();
                    l.sort();
                    l
                },
                "{what}"
            );
        };
        for s in &seed.section {
            check(&s.key, s.texts.keys().collect());
        }
        for i in &seed.item {
            check(&i.slug, i.texts.keys().collect());
            assert!(i.texts.values().all(|t| !t.title.is_empty() && !t.body.is_empty()), "{}", i.slug);
        }
        for p in &seed.person {
            check(&p.slug, p.texts.keys().collect());
        }
        assert_eq!(seed.person.len(), 4);
        assert_eq!(seed.item.iter().filter(|i| i.kind == "project").count(), 6);
        assert_eq!(seed.item.iter().filter(|i| i.kind == "activity").count(), 6);
    }
}
