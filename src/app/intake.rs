//! Taking in a request from one of the public forms: drawing its reference, sealing what
//! she wrote, planning the mail it causes, and storing all of it at once through the
//! intake writer. One path for every form; a form differs only in its [`IntakeRequest`].

use crate::clock::now_ms;
use crate::config::Config;
use crate::crypto::Keys;
use crate::db::intake::{IntakeWriter, NotStored, QueuedMail, Stored, Submission};
use crate::db::requests::{IndexDigests, NewRequest, SealedPersonal};
use crate::domain::choices::{HelpWay, SpokenLanguage, Topic, join_codes};
use crate::domain::reference::new_reference;
use crate::domain::request::{IndexKeys, OrientationRequest, SupportRequest};
use crate::domain::vocab::{MailPurpose, RequestKind};
use crate::i18n::Lang;
use crate::mail::message::{self, MailContext, MailSettings, OutgoingMail};

/// A mail a stored request causes, before it is sealed.
pub struct PlannedMail {
    pub purpose: MailPurpose,
    pub mail: OutgoingMail,
}

/// What a form gives the intake: its row (without what is personal) and the mail it causes.
pub trait IntakeRequest {
    fn kind(&self) -> RequestKind;
    /// What she wrote that identifies her, as it is sealed into the row.
    fn personal_json(&self) -> serde_json::Result<Vec<u8>>;
    /// What the person index keeps of it.
    fn index_keys(&self) -> IndexKeys;
    /// The row, with the personal part already sealed.
    fn row(&self, lang: Lang, idempotency_key: &str, sealed: SealedPersonal) -> NewRequest;
    /// The mail the request causes once stored under `reference`.
    fn mails(
        &self,
        ctx: &MailContext<'_>,
        coordinators: &[String],
        lang: Lang,
        reference: &str,
    ) -> Vec<PlannedMail>;
}

/// The intake: everything a submission needs besides what she sent.
pub struct Intake {
    writer: IntakeWriter,
    keys: Keys,
    coordinator_emails: Vec<String>,
    mail: MailSettings,
}

/// The most references drawn for one request before giving up (each is free with
/// overwhelming likelihood).
const REFERENCE_DRAWS: usize = 20;

impl Intake {
    pub fn new(config: &Config, writer: IntakeWriter, keys: Keys) -> Intake {
        Intake {
            writer,
            keys,
            coordinator_emails: config.coordinator_emails.clone(),
            mail: MailSettings::from_config(config),
        }
    }

    /// Stores `request` and its mail in one transaction; returns its reference. A second
    /// submission of the same form (same idempotency key) stores nothing and returns the
    /// first one's reference.
    pub async fn submit(
        &self,
        request: &impl IntakeRequest,
        lang: Lang,
        idempotency_key: &str,
    ) -> Result<String, NotStored> {
        let personal = request.personal_json().map_err(|e| NotStored(e.to_string()))?;
        let sealed = SealedPersonal {
            personal: self.keys.seal(&personal),
            index: IndexDigests::of(&self.keys, &request.index_keys()),
        };
        let row = request.row(lang, idempotency_key, sealed);
        let ctx = self.mail.ctx();
        for _ in 0..REFERENCE_DRAWS {
            let reference = new_reference(request.kind());
            let due_at_ms = now_ms();
            let mails = request
                .mails(&ctx, &self.coordinator_emails, lang, &reference)
                .into_iter()
                .map(|planned| {
                    let json = serde_json::to_vec(&planned.mail).map_err(|e| NotStored(e.to_string()))?;
                    Ok(QueuedMail {
                        purpose: planned.purpose,
                        sealed_message: self.keys.seal(&json),
                        message_id: self.mail.message_id(),
                        due_at_ms,
                    })
                })
                .collect::<Result<Vec<_>, NotStored>>()?;
            let submission = Submission { reference, request: row.clone(), mails };
            match self.writer.store(submission).await? {
                Stored::New(reference) | Stored::Existing(reference) => return Ok(reference),
                Stored::ReferenceTaken => {}
            }
        }
        tracing::error!("no free reference after {REFERENCE_DRAWS} draws");
        Err(NotStored(format!("no free reference after {REFERENCE_DRAWS} draws")))
    }
}

/// One alert for each coordinator address.
fn alerts(coordinators: &[String], alert: impl Fn(&str) -> OutgoingMail) -> Vec<PlannedMail> {
    coordinators.iter().map(|to| PlannedMail { purpose: MailPurpose::Coordinator, mail: alert(to) }).collect()
}

impl IntakeRequest for OrientationRequest {
    fn kind(&self) -> RequestKind {
        RequestKind::Orientation
    }

    fn personal_json(&self) -> serde_json::Result<Vec<u8>> {
        serde_json::to_vec(&self.personal)
    }

    fn index_keys(&self) -> IndexKeys {
        self.personal.index_keys()
    }

    fn row(&self, lang: Lang, idempotency_key: &str, sealed: SealedPersonal) -> NewRequest {
        NewRequest {
            kind: RequestKind::Orientation,
            idempotency_key: idempotency_key.to_owned(),
            lang,
            contact_language: Some(self.contact_language.code()),
            region: self.region.code(),
            topics: join_codes(&self.topics, Topic::code),
            help_ways: String::new(),
            spoken_languages: String::new(),
            wants_confirmation: self.wants_confirmation,
            sealed,
        }
    }

    /// An alert to each coordinator; her confirmation only when she asked for it.
    fn mails(
        &self,
        ctx: &MailContext<'_>,
        coordinators: &[String],
        lang: Lang,
        reference: &str,
    ) -> Vec<PlannedMail> {
        let mut mails = alerts(coordinators, |to| message::orientation_alert(ctx, to, reference, self));
        if let (true, Some(email)) = (self.wants_confirmation, &self.personal.email) {
            mails.push(PlannedMail {
                purpose: MailPurpose::Confirmation,
                mail: message::orientation_confirmation(ctx, lang, email.as_str(), reference),
            });
        }
        mails
    }
}

impl IntakeRequest for SupportRequest {
    fn kind(&self) -> RequestKind {
        RequestKind::Support
    }

    fn personal_json(&self) -> serde_json::Result<Vec<u8>> {
        serde_json::to_vec(&self.personal)
    }

    fn index_keys(&self) -> IndexKeys {
        self.personal.index_keys()
    }

    fn row(&self, lang: Lang, idempotency_key: &str, sealed: SealedPersonal) -> NewRequest {
        NewRequest {
            kind: RequestKind::Support,
            idempotency_key: idempotency_key.to_owned(),
            lang,
            contact_language: None,
            region: self.region.code(),
            topics: String::new(),
            help_ways: join_codes(&self.help_ways, HelpWay::code),
            spoken_languages: join_codes(&self.languages, SpokenLanguage::code),
            wants_confirmation: true,
            sealed,
        }
    }

    /// An alert to each coordinator and a confirmation to the supporter.
    fn mails(
        &self,
        ctx: &MailContext<'_>,
        coordinators: &[String],
        lang: Lang,
        reference: &str,
    ) -> Vec<PlannedMail> {
        let mut mails = alerts(coordinators, |to| message::support_alert(ctx, to, reference, self));
        mails.push(PlannedMail {
            purpose: MailPurpose::Confirmation,
            mail: message::support_confirmation(ctx, lang, self.personal.email.as_str(), reference),
        });
        mails
    }
}
