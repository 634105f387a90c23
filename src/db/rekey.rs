//! Key rotation: re-seals every encrypted value under the current data key.

use crate::crypto::Keys;
use crate::db::requests::IndexDigests;
use crate::db::{Db, begin_write, events, requests};
use crate::domain::event::RegistrationPersonal;

/// Re-seals the values an older key sealed in one table: `$select` yields `id` and
/// `value`, `$update` takes the id and the new value. Evaluates to how many changed.
/// A macro, not a function, so that both statements stay checked at compile time.
macro_rules! reseal_column {
    ($tx:expr, $keys:expr, $select:literal, $update:literal) => {{
        let mut changed = 0;
        let rows = sqlx::query!($select).fetch_all(&mut *$tx).await?;
        for row in rows.into_iter().filter(|r| !$keys.is_current(&r.value)) {
            let sealed = $keys.seal(&$keys.open(&row.value)?);
            sqlx::query!($update, row.id, sealed).execute(&mut *$tx).await?;
            changed += 1;
        }
        changed
    }};
}

/// Re-seals what an older key sealed (requests, notes, queued mail, second steps of sign-in, event registrations) and makes the person
/// index again under the current key, in one transaction; returns how many sealed values
/// changed. Afterwards the old keys are no longer needed.
pub async fn reseal_all(db: &Db, keys: &Keys) -> anyhow::Result<usize> {
    let mut tx = begin_write(&db.write).await?;
    let changed = reseal_column!(
        tx,
        keys,
        r#"SELECT id AS "id!", personal AS value FROM requests"#,
        "UPDATE requests SET personal = ?2 WHERE id = ?1"
    ) + reseal_column!(
        tx,
        keys,
        r#"SELECT id AS "id!", body AS value FROM request_notes"#,
        "UPDATE request_notes SET body = ?2 WHERE id = ?1"
    ) + reseal_column!(
        tx,
        keys,
        r#"SELECT id AS "id!", message AS value FROM outbox"#,
        "UPDATE outbox SET message = ?2 WHERE id = ?1"
    ) + reseal_column!(
        tx,
        keys,
        r#"SELECT coordinator_id AS "id!", secret_sealed AS value FROM second_steps"#,
        "UPDATE second_steps SET secret_sealed = ?2 WHERE coordinator_id = ?1"
    ) + reseal_column!(
        tx,
        keys,
        r#"SELECT id AS "id!", personal AS value FROM event_registrations"#,
        "UPDATE event_registrations SET personal = ?2 WHERE id = ?1"
    );
    for row in requests::all_sealed(&mut tx).await? {
        requests::reindex(&mut tx, keys, &row).await?;
    }
    for (id, sealed) in events::all_sealed(&mut tx).await? {
        let personal: RegistrationPersonal = serde_json::from_slice(&keys.open(&sealed)?)?;
        events::replace_digests(&mut tx, id, &IndexDigests::of(keys, &personal.index_keys()).contacts)
            .await?;
    }
    tx.commit().await?;
    Ok(changed)
}
