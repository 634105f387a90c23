//! Coordinator accounts: adding and removing them, their roles, passwords and sign-ins,
//! audited.

use crate::app::two_step;
use crate::crypto::random_token;
use crate::db::audit::{self, Actor};
use crate::db::coordinators::{self, Coordinator};
use crate::db::{Db, begin_write};
use crate::db::{fresh_starts, sign_ins};
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

/// Gives the account `id` another role; `false` when there is none.
pub async fn change_role(db: &Db, who: Actor<'_>, id: i64, role: Role) -> sqlx::Result<bool> {
    let mut tx = begin_write(&db.write).await?;
    let Some(account) = coordinators::by_id(&mut *tx, id).await? else {
        return Ok(false);
    };
    coordinators::set_role(&mut tx, id, role).await?;
    let detail = format!("{} ({})", account.email, role.code());
    audit::record(&mut tx, who, None, "", AuditAction::RoleChanged, &detail).await?;
    tx.commit().await?;
    Ok(true)
}

/// Ends the sign-in `id` (signing out).
pub async fn sign_out(db: &Db, id: &str) -> sqlx::Result<()> {
    let mut tx = begin_write(&db.write).await?;
    sign_ins::end(&mut tx, id).await?;
    tx.commit().await
}

/// Sets `who`'s new password (already hashed) and ends her other sign-ins; returns how
/// many ended.
pub async fn change_password(
    db: &Db,
    who: &Coordinator,
    keep: &str,
    password_hash: &str,
) -> sqlx::Result<u64> {
    let mut tx = begin_write(&db.write).await?;
    coordinators::set_password_of(&mut tx, who.id, password_hash).await?;
    let ended = sign_ins::end_others(&mut tx, who.id, Some(keep)).await?;
    audit::record(&mut tx, who.into(), None, "", AuditAction::PasswordChanged, &ended.to_string()).await?;
    tx.commit().await?;
    Ok(ended)
}

/// Ends every sign-in of `who` but `keep`; returns how many.
pub async fn end_other_sign_ins(db: &Db, who: &Coordinator, keep: &str) -> sqlx::Result<u64> {
    let mut tx = begin_write(&db.write).await?;
    let ended = sign_ins::end_others(&mut tx, who.id, Some(keep)).await?;
    audit::record(&mut tx, who.into(), None, "", AuditAction::SessionsEnded, &ended.to_string()).await?;
    tx.commit().await?;
    Ok(ended)
}

/// Sets an account's password at the server's command line; every sign-in of it ends.
/// `false` when there is no such account.
pub async fn reset_password(db: &Db, email: &str, password_hash: &str) -> sqlx::Result<bool> {
    let mut tx = begin_write(&db.write).await?;
    let Some(id) = coordinators::id_of(&mut tx, email).await? else {
        return Ok(false);
    };
    coordinators::set_password_of(&mut tx, id, password_hash).await?;
    sign_ins::end_others(&mut tx, id, None).await?;
    audit::record(&mut tx, Actor::COMMAND_LINE, None, "", AuditAction::PasswordChanged, email).await?;
    tx.commit().await?;
    Ok(true)
}

/// Opens the sign-in `id` for `who` (from a browser described as `agent`), audited.
pub async fn sign_in(db: &Db, who: &Coordinator, id: &str, agent: &str) -> sqlx::Result<()> {
    let mut tx = begin_write(&db.write).await?;
    sign_ins::insert(&mut tx, id, who.id, agent).await?;
    audit::record(&mut tx, who.into(), None, "", AuditAction::SignedIn, "").await?;
    tx.commit().await
}

/// A wrong password for an existing account: counted against that account, with nothing
/// about where it came from.
pub async fn sign_in_failed(db: &Db, account: &Coordinator) -> sqlx::Result<()> {
    let mut tx = begin_write(&db.write).await?;
    audit::record(&mut tx, account.into(), None, "", AuditAction::SignInFailed, "").await?;
    tx.commit().await
}

/// How long a fresh-start link works.
pub const FRESH_START_HOURS: u32 = 24;

/// The hash under which a fresh-start secret is kept.
fn fresh_start_hash(secret: &str) -> String {
    crate::crypto::secret_hash(secret)
}

/// Gives the account `id` a fresh start: every session of it ends now, and the secret of
/// a one-time link that sets a new password is returned (to be passed on by hand; only its
/// hash is kept). `None` when there is no such account.
pub async fn fresh_start(db: &Db, who: Actor<'_>, id: i64) -> sqlx::Result<Option<String>> {
    let mut tx = begin_write(&db.write).await?;
    let Some(account) = coordinators::by_id(&mut *tx, id).await? else {
        return Ok(None);
    };
    let secret = format!("{}{}", random_token(), random_token());
    fresh_starts::insert(&mut tx, &fresh_start_hash(&secret), id, FRESH_START_HOURS).await?;
    sign_ins::end_others(&mut tx, id, None).await?;
    audit::record(&mut tx, who, None, "", AuditAction::FreshStart, &account.email).await?;
    tx.commit().await?;
    Ok(Some(secret))
}

/// The account a fresh-start secret opens, while it works.
pub async fn fresh_start_account(db: &Db, secret: &str) -> sqlx::Result<Option<Coordinator>> {
    fresh_starts::account(&db.read, &fresh_start_hash(secret)).await
}

/// Sets the new password of a fresh start, once, and removes her second step of sign-in
/// (she sets up a new one when she signs in): `false` when the link no longer works.
pub async fn finish_fresh_start(
    db: &Db,
    secret: &str,
    account: &Coordinator,
    password_hash: &str,
) -> sqlx::Result<bool> {
    let mut tx = begin_write(&db.write).await?;
    if !fresh_starts::use_up(&mut tx, &fresh_start_hash(secret)).await? {
        return Ok(false);
    }
    coordinators::set_password_of(&mut tx, account.id, password_hash).await?;
    sign_ins::end_others(&mut tx, account.id, None).await?;
    audit::record(&mut tx, account.into(), None, "", AuditAction::PasswordChanged, "fresh start").await?;
    // Her phone may be lost with her password: she sets up a new second step at sign-in.
    two_step::reset_in(&mut tx, account.into(), account).await?;
    tx.commit().await?;
    Ok(true)
}

/// Removes the second step of sign-in of the account with this email address at the
/// server's command line (her phone and recovery codes are lost); every sign-in of it ends.
/// `None` when there is no such account, else whether it had one.
pub async fn reset_two_step(db: &Db, email: &str) -> sqlx::Result<Option<bool>> {
    let mut tx = begin_write(&db.write).await?;
    let Some(id) = coordinators::id_of(&mut tx, email).await? else {
        return Ok(None);
    };
    let Some(account) = coordinators::by_id(&mut *tx, id).await? else {
        return Ok(None);
    };
    let had = two_step::reset_in(&mut tx, Actor::COMMAND_LINE, &account).await?;
    sign_ins::end_others(&mut tx, id, None).await?;
    tx.commit().await?;
    Ok(Some(had))
}
