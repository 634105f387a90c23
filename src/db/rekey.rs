//! Key rotation: re-seals every encrypted value under the current data key.

use crate::crypto::Keys;
use crate::db::Db;

/// Re-seals what an older key sealed (requests, notes, queued mail) in one transaction;
/// returns how many values changed. Afterwards the old keys are no longer needed.
pub async fn reseal_all(db: &Db, keys: &Keys) -> anyhow::Result<usize> {
    let mut tx = db.write.begin().await?;
    let mut changed = 0;
    let rows = sqlx::query!(r#"SELECT id AS "id!", personal FROM requests"#).fetch_all(&mut *tx).await?;
    for row in rows.into_iter().filter(|r| !keys.is_current(&r.personal)) {
        let sealed = keys.seal(&keys.open(&row.personal)?);
        sqlx::query!("UPDATE requests SET personal = ?2 WHERE id = ?1", row.id, sealed)
            .execute(&mut *tx)
            .await?;
        changed += 1;
    }
    let rows = sqlx::query!(r#"SELECT id AS "id!", body FROM request_notes"#).fetch_all(&mut *tx).await?;
    for row in rows.into_iter().filter(|r| !keys.is_current(&r.body)) {
        let sealed = keys.seal(&keys.open(&row.body)?);
        sqlx::query!("UPDATE request_notes SET body = ?2 WHERE id = ?1", row.id, sealed)
            .execute(&mut *tx)
            .await?;
        changed += 1;
    }
    let rows = sqlx::query!(r#"SELECT id AS "id!", message FROM outbox"#).fetch_all(&mut *tx).await?;
    for row in rows.into_iter().filter(|r| !keys.is_current(&r.message)) {
        let sealed = keys.seal(&keys.open(&row.message)?);
        sqlx::query!("UPDATE outbox SET message = ?2 WHERE id = ?1", row.id, sealed)
            .execute(&mut *tx)
            .await?;
        changed += 1;
    }
    tx.commit().await?;
    Ok(changed)
}
