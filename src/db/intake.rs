//! Storing form submissions with group commit.
//!
//! Every commit waits for the disk (`synchronous=FULL`), and SQLite has one writer. So
//! submissions queue here and one task writes them: it takes whatever has arrived while
//! the previous commit was syncing and writes it all in one transaction, each request with
//! its outbox rows. Each submitter is answered only after the commit that holds its
//! request: a 303 still means "on disk". Under load one sync serves many submissions;
//! alone, a submission is committed at once, as before.

use tokio::sync::{mpsc, oneshot};

use crate::db::requests::{self, NewRequest};
use crate::db::{Db, begin_write, outbox};
use crate::domain::vocab::MailPurpose;

/// The most submissions written in one transaction.
const MAX_BATCH: usize = 64;
/// Submissions waiting beyond this make their senders wait for room.
const QUEUE: usize = 1024;

/// A request and the mail it queues, ready to write.
#[derive(Debug)]
pub struct Submission {
    /// The reference drawn for it; the mail below already quotes it.
    pub reference: String,
    pub request: NewRequest,
    pub mails: Vec<QueuedMail>,
}

/// One outbox row, sealed.
#[derive(Debug)]
pub struct QueuedMail {
    pub purpose: MailPurpose,
    pub sealed_message: String,
    pub message_id: String,
    pub due_at_ms: i64,
}

/// What became of a submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    /// Written under the reference it was given.
    New(String),
    /// The same form was sent before (same idempotency key): nothing written, and this is
    /// the first one's reference.
    Existing(String),
    /// Another request holds this reference: draw another and submit again.
    ReferenceTaken,
}

/// A submission that is not in the database: the disk is full, the database is locked or
/// the writer has stopped. Nothing of it was kept, and she must be told to send it again.
#[derive(Debug, Clone, thiserror::Error)]
#[error("the submission was not stored: {0}")]
pub struct NotStored(pub String);

struct Job {
    submission: Submission,
    reply: oneshot::Sender<Result<Stored, NotStored>>,
}

/// The queue in front of the writing task; cheap to clone.
#[derive(Clone, Debug)]
pub struct IntakeWriter {
    jobs: mpsc::Sender<Job>,
}

impl IntakeWriter {
    /// Starts the writing task on `db`'s writer. It stops when the last `IntakeWriter` is
    /// dropped, after writing what was queued.
    pub fn start(db: Db) -> IntakeWriter {
        let (jobs, queue) = mpsc::channel(QUEUE);
        tokio::spawn(write_batches(db, queue));
        IntakeWriter { jobs }
    }

    /// Writes `submission` durably, or says why not.
    pub async fn store(&self, submission: Submission) -> Result<Stored, NotStored> {
        let (reply, answer) = oneshot::channel();
        self.jobs
            .send(Job { submission, reply })
            .await
            .map_err(|_| NotStored("the intake writer has stopped".to_owned()))?;
        answer.await.map_err(|_| NotStored("the intake writer stopped before answering".to_owned()))?
    }
}

async fn write_batches(db: Db, mut queue: mpsc::Receiver<Job>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while queue.recv_many(&mut batch, MAX_BATCH).await > 0 {
        let written = write_batch(&db, &batch).await;
        // Logs a full disk or a held lock once, not once per batch.
        db.health.note(&written);
        match written {
            Ok(outcomes) => {
                for (job, outcome) in batch.drain(..).zip(outcomes) {
                    let _ = job.reply.send(Ok(outcome));
                }
            }
            Err(error) => {
                let error = NotStored(error.to_string());
                for job in batch.drain(..) {
                    let _ = job.reply.send(Err(error.clone()));
                }
            }
        }
    }
}

/// One transaction for the whole batch: all of it is durable, or none. Its connection
/// goes back to the writer pool outside any transaction, or is replaced (see
/// [`Db::connect`]), so a failed COMMIT cannot swallow the batches after it.
async fn write_batch(db: &Db, batch: &[Job]) -> sqlx::Result<Vec<Stored>> {
    let mut tx = begin_write(&db.write).await?;
    let mut outcomes = Vec::with_capacity(batch.len());
    for job in batch {
        let Submission { reference, request, mails } = &job.submission;
        if let Some(first) = requests::find_by_idempotency_key(&mut tx, &request.idempotency_key).await? {
            outcomes.push(Stored::Existing(first));
            continue;
        }
        let Some(id) = requests::insert(&mut tx, reference, request).await? else {
            outcomes.push(Stored::ReferenceTaken);
            continue;
        };
        for mail in mails {
            outbox::insert(&mut tx, id, mail.purpose, &mail.sealed_message, &mail.message_id, mail.due_at_ms)
                .await?;
        }
        outcomes.push(Stored::New(reference.clone()));
    }
    tx.commit().await?;
    Ok(outcomes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Db;
    use crate::db::requests::SealedPersonal;
    use crate::domain::vocab::RequestKind;
    use crate::i18n::Lang;

    fn submission(reference: &str, idempotency_key: &str) -> Submission {
        Submission {
            reference: reference.to_owned(),
            request: NewRequest {
                kind: RequestKind::Support,
                idempotency_key: idempotency_key.to_owned(),
                lang: Lang::Nl,
                contact_language: None,
                region: "ghent",
                topics: String::new(),
                help_ways: "translate".to_owned(),
                spoken_languages: "nl".to_owned(),
                wants_confirmation: true,
                sealed: SealedPersonal { personal: "sealed".to_owned(), index: Default::default() },
            },
            mails: vec![QueuedMail {
                purpose: MailPurpose::Coordinator,
                sealed_message: "sealed".to_owned(),
                message_id: format!("<{idempotency_key}@test>"),
                due_at_ms: 0,
            }],
        }
    }

    #[tokio::test]
    async fn concurrent_submissions_are_each_stored_once_with_their_mail() {
        let dir = tempfile::tempdir().expect("folder");
        let db = Db::connect(&format!("sqlite://{}", dir.path().join("t.db").display()), Default::default())
            .await
            .expect("db");
        let writer = IntakeWriter::start(db.clone());
        let mut tasks = Vec::new();
        for i in 0..200 {
            let writer = writer.clone();
            tasks.push(tokio::spawn(async move {
                writer.store(submission(&format!("SU-{i:04}"), &format!("key-{}", i % 150))).await
            }));
        }
        let mut new = 0;
        let mut existing = 0;
        for task in tasks {
            match task.await.expect("task").expect("stored") {
                Stored::New(_) => new += 1,
                Stored::Existing(_) => existing += 1,
                Stored::ReferenceTaken => panic!("every reference is distinct"),
            }
        }
        assert_eq!((new, existing), (150, 50), "a repeated idempotency key finds the first");
        let rows: (i64, i64) =
            sqlx::query_as("SELECT (SELECT COUNT(*) FROM requests), (SELECT COUNT(*) FROM outbox)")
                .fetch_one(&db.read)
                .await
                .expect("counts");
        assert_eq!(rows, (150, 150));
        let taken = writer.store(submission("SU-0001", "another key")).await.expect("answered");
        assert_eq!(taken, Stored::ReferenceTaken);
    }
}
