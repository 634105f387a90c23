//! Saving the site's content (an item, a person, a section, in the four languages), with
//! its audit entry in the same transaction.

use crate::db::audit::{self, Actor};
use crate::db::content::{self, ItemMeta, PersonMeta, SectionMeta, Texts};
use crate::db::{Db, begin_write};
use crate::domain::vocab::AuditAction;
use crate::i18n::Lang;

/// What is saved: new (`id` or `is_new`) or an update.
pub enum Entry<'a> {
    Item { id: Option<i64>, meta: &'a ItemMeta },
    Person { id: Option<i64>, meta: &'a PersonMeta },
    Section { is_new: bool, meta: &'a SectionMeta },
}

#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// Another entry already has this slug or section key.
    #[error("the slug or key is taken")]
    KeyTaken,
    #[error(transparent)]
    Db(sqlx::Error),
}

impl From<sqlx::Error> for SaveError {
    fn from(error: sqlx::Error) -> SaveError {
        if error.as_database_error().is_some_and(|e| e.is_unique_violation()) {
            SaveError::KeyTaken
        } else {
            SaveError::Db(error)
        }
    }
}

/// Saves `entry` with its texts; returns what identifies it (an item's or person's id, a
/// section's key).
pub async fn save(
    db: &Db,
    who: Actor<'_>,
    entry: Entry<'_>,
    texts: &[(Lang, Texts)],
) -> Result<String, SaveError> {
    let mut tx = begin_write(&db.write).await?;
    let (saved, detail) = match entry {
        Entry::Item { id, meta } => {
            let id = content::save_item(&mut tx, id, meta, texts).await?;
            (id.to_string(), format!("{} {id}", meta.kind))
        }
        Entry::Person { id, meta } => {
            let id = content::save_person(&mut tx, id, meta, texts).await?;
            (id.to_string(), format!("person {id}"))
        }
        Entry::Section { is_new, meta } => {
            if is_new && content::section_exists(&mut tx, &meta.key).await? {
                return Err(SaveError::KeyTaken);
            }
            content::save_section(&mut tx, meta, texts).await?;
            (meta.key.clone(), format!("section {}", meta.key))
        }
    };
    audit::record(&mut tx, who, None, "", AuditAction::ContentSaved, &detail).await?;
    tx.commit().await?;
    Ok(saved)
}
