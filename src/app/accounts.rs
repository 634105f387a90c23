//! Coordinator accounts: adding and removing them, audited.

use crate::db::audit::{self, Actor};
use crate::db::coordinators;
use crate::db::{Db, begin_write};
use crate::domain::contact::EmailAddress;
use crate::domain::text::ShortText;
use crate::domain::vocab::{AuditAction, Role};

#[derive(Debug, thiserror::Error)]
pub enum AddError {
    #[error("there is already a coordinator with this email")]
    EmailTaken,
    #[error(transparent)]
    Db(sqlx::Error),
}

/// Adds an account (its password already hashed); returns its id.
pub async fn add_coordinator(
    db: &Db,
    who: Actor<'_>,
    email: &EmailAddress,
    name: &ShortText,
    password_hash: &str,
    role: Role,
) -> Result<i64, AddError> {
    let added = async {
        let mut tx = begin_write(&db.write).await?;
        let id = coordinators::insert(&mut tx, email.as_str(), name.as_str(), password_hash, role).await?;
        let detail = format!("{} ({})", email.as_str(), role.code());
        audit::record(&mut tx, who, None, "", AuditAction::CoordinatorAdded, &detail).await?;
        tx.commit().await?;
        Ok(id)
    };
    added.await.map_err(|error: sqlx::Error| {
        if error.as_database_error().is_some_and(|e| e.is_unique_violation()) {
            AddError::EmailTaken
        } else {
            AddError::Db(error)
        }
    })
}

/// Removes the account `id`; `false` when there is none. Its sessions end with it.
pub async fn remove_coordinator(db: &Db, who: Actor<'_>, id: i64) -> sqlx::Result<bool> {
    let mut tx = begin_write(&db.write).await?;
    let Some(removed) = coordinators::by_id(&mut *tx, id).await? else {
        return Ok(false);
    };
    coordinators::remove_by_id(&mut tx, id).await?;
    audit::record(&mut tx, who, None, "", AuditAction::CoordinatorRemoved, &removed.email).await?;
    tx.commit().await?;
    Ok(true)
}
