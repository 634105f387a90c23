//! The outbox worker: sends what is due (committed rows only), one message at a time,
//! marks each sent once the server accepted it, retries failures with capped exponential
//! backoff, and survives restarts because its state is in the database.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use lettre::message::Mailbox;
use tokio::sync::{Mutex, Notify, watch};

use crate::clock::now_ms;
use crate::config::Config;
use crate::crypto::Keys;
use crate::db::{Db, outbox};
use crate::mail::mailer::{Mailer, SendError};
use crate::mail::message::OutgoingMail;

/// After this many failed attempts a message is marked failed and shown in the back office.
pub const MAX_ATTEMPTS: i64 = 16;
/// The longest wait between two attempts.
const MAX_BACKOFF: Duration = Duration::from_secs(300);
/// How often the worker looks for due mail when nothing wakes it.
const POLL: Duration = Duration::from_secs(5);

#[derive(Clone)]
pub struct MailWorker {
    db: Db,
    keys: Keys,
    mailer: Mailer,
    from: Mailbox,
    /// Rung after a commit that queued mail, so it leaves at once.
    wake: Arc<Notify>,
    /// The wait before the first retry; doubled at each failure.
    retry_base: Duration,
    /// What the server accepted and the database could not yet mark sent (a full disk):
    /// marked first at the next pass, never sent again by this process. Held for a whole
    /// pass, so that two passes never send the same message.
    accepted: Arc<Mutex<HashSet<String>>>,
}

impl MailWorker {
    /// The worker for `config`'s mail settings, woken by `wake`.
    pub fn new(config: &Config, db: Db, keys: Keys, wake: Arc<Notify>) -> anyhow::Result<MailWorker> {
        let from: Mailbox = config
            .mail_from
            .parse()
            .map_err(|e| anyhow::anyhow!("invalid MAIL_FROM {:?}: {e}", config.mail_from))?;
        Ok(MailWorker {
            db,
            keys,
            mailer: Mailer::new(&config.mail, config.smtp_timeout)?,
            from,
            wake,
            retry_base: config.mail_retry_base,
            accepted: Arc::new(Mutex::new(HashSet::new())),
        })
    }

    /// One pass: sends every message due now. Returns how many were sent.
    pub async fn deliver_due(&self) -> anyhow::Result<usize> {
        let mut accepted = self.accepted.lock().await;
        // First what the server accepted when the database could not record it.
        for message_id in accepted.clone() {
            outbox::mark_sent_by_message_id(&self.db.write, &message_id).await?;
            accepted.remove(&message_id);
        }
        let mut sent = 0;
        loop {
            // From the readers: only what is committed. A message is never sent for a
            // request that a transaction still open (or about to fail) holds.
            let due = outbox::due(&self.db.read, now_ms(), 20).await?;
            if due.is_empty() {
                return Ok(sent);
            }
            for mail in due {
                let outcome = match self.keys.open(&mail.sealed_message) {
                    Ok(bytes) => match serde_json::from_slice::<OutgoingMail>(&bytes) {
                        Ok(message) => self.mailer.send(&self.from, &message, &mail.message_id).await,
                        Err(_) => Err(SendError::Permanent("unreadable")),
                    },
                    Err(_) => Err(SendError::Permanent("undecryptable")),
                };
                match outcome {
                    Ok(()) => {
                        // Until the database knows, this process knows. (A crash in between
                        // sends it again, with the same Message-ID: SMTP cannot close that
                        // gap, and the worker sends one message at a time, so it is one.)
                        accepted.insert(mail.message_id.clone());
                        outbox::mark_sent(&self.db.write, mail.id).await?;
                        accepted.remove(&mail.message_id);
                        sent += 1;
                    }
                    Err(error) => {
                        let attempts = mail.attempts + 1;
                        let next = match error {
                            SendError::Temporary(_) if attempts < MAX_ATTEMPTS => {
                                Some(now_ms() + backoff(self.retry_base, attempts).as_millis() as i64)
                            }
                            _ => None,
                        };
                        tracing::warn!(
                            outbox_id = mail.id,
                            attempts,
                            error = error.kind(),
                            gave_up = next.is_none(),
                            "mail not sent"
                        );
                        outbox::mark_attempt_failed(&self.db.write, mail.id, error.kind(), next).await?;
                    }
                }
            }
        }
    }

    /// Runs until `shutdown` turns true; a send in progress finishes first (it is bounded
    /// by `SMTP_TIMEOUT_SECONDS`).
    pub async fn run(self, mut shutdown: watch::Receiver<bool>) {
        // A pass that fails (the database cannot write) is logged when its error changes,
        // not every few seconds while it lasts.
        let mut last_error: Option<String> = None;
        loop {
            let wait = match self.deliver_due().await {
                Ok(_) => {
                    if last_error.take().is_some() {
                        tracing::info!("mail worker: passes succeed again");
                    }
                    match outbox::next_due_at(&self.db.read).await {
                        Ok(Some(at)) => Duration::from_millis(u64::try_from(at - now_ms()).unwrap_or(0))
                            .clamp(Duration::from_millis(50), POLL),
                        _ => POLL,
                    }
                }
                Err(error) => {
                    let text = format!("{error:#}");
                    if last_error.as_ref() != Some(&text) {
                        tracing::error!(error = %text, "mail worker pass failed; trying again every few seconds");
                        last_error = Some(text);
                    }
                    // Not at once: what failed is the database or the disk, not one message.
                    POLL
                }
            };
            tokio::select! {
                () = self.wake.notified() => {}
                () = tokio::time::sleep(wait) => {}
                _ = shutdown.changed() => {}
            }
            if *shutdown.borrow() {
                tracing::info!("mail worker stopped");
                return;
            }
        }
    }
}

/// The wait after the `attempts`-th failure: base, 2 × base, 4 × base … up to 5 minutes.
pub fn backoff(base: Duration, attempts: i64) -> Duration {
    let factor = 2u32.saturating_pow(u32::try_from(attempts.saturating_sub(1)).unwrap_or(u32::MAX).min(16));
    base.saturating_mul(factor).min(MAX_BACKOFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_doubles_from_the_base_and_stops_at_five_minutes() {
        let base = Duration::from_secs(2);
        let waits: Vec<u64> = (1..=10).map(|attempts| backoff(base, attempts).as_secs()).collect();
        assert_eq!(waits, [2, 4, 8, 16, 32, 64, 128, 256, 300, 300]);
        assert_eq!(backoff(base, MAX_ATTEMPTS), MAX_BACKOFF);
        assert_eq!(backoff(base, i64::MAX), MAX_BACKOFF, "no overflow");
        assert_eq!(backoff(Duration::ZERO, 5), Duration::ZERO);
    }
}
