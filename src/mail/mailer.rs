//! The transport: SMTP through lettre, or `.eml` files in a folder (the default, so a
//! fresh machine needs no mail server).

use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::config::MailTransport;
use crate::mail::message::OutgoingMail;

#[derive(Clone)]
pub struct Mailer {
    transport: Transport,
    /// The longest one message may take, from connecting to the server's last answer.
    timeout: Duration,
}

#[derive(Clone)]
enum Transport {
    /// Without lettre's connection pool: a message whose time ran out leaves its
    /// connection in the middle of a conversation, and a pool would hand that connection
    /// to the next message. Each message opens its own.
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(AsyncFileTransport<Tokio1Executor>),
}

/// Why a message was not sent; never the server's own words, which may quote an address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendError {
    /// Worth trying again: the server is down, busy or slow.
    Temporary(&'static str),
    /// Trying again will not help: the server refused the message or the address.
    Permanent(&'static str),
}

impl SendError {
    pub fn kind(self) -> &'static str {
        match self {
            SendError::Temporary(kind) | SendError::Permanent(kind) => kind,
        }
    }
}

impl Mailer {
    /// `timeout` bounds each message's whole conversation with the server (lettre's own
    /// timeout covers each network step, not a server that answers nothing at all:
    /// lettre/lettre#1027).
    pub fn new(transport: &MailTransport, timeout: Duration) -> anyhow::Result<Mailer> {
        let transport = match transport {
            MailTransport::Smtp(url) => Transport::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| anyhow::anyhow!("invalid SMTP_URL: {e}"))?
                    .timeout(Some(timeout))
                    .build(),
            ),
            MailTransport::Files(folder) => {
                std::fs::create_dir_all(folder).map_err(|e| {
                    anyhow::anyhow!("cannot create the mail folder {}: {e}", folder.display())
                })?;
                Transport::Files(AsyncFileTransport::new(folder))
            }
        };
        Ok(Mailer { transport, timeout })
    }

    /// Sends one message; `Ok` means the server (or the folder) accepted it.
    pub async fn send(&self, from: &Mailbox, mail: &OutgoingMail, message_id: &str) -> Result<(), SendError> {
        let to: Mailbox = mail.to.parse().map_err(|_| SendError::Permanent("invalid-recipient"))?;
        let mut builder = Message::builder()
            .from(from.clone())
            .to(to)
            .subject(&mail.subject)
            .message_id(Some(message_id.to_owned()));
        if let Some(reply_to) = &mail.reply_to {
            let reply_to: Mailbox = reply_to.parse().map_err(|_| SendError::Permanent("invalid-reply-to"))?;
            builder = builder.reply_to(reply_to);
        }
        let body = MultiPart::alternative_plain_html(mail.text.clone(), mail.html.clone());
        let body = match &mail.calendar {
            // The same neutral file name for every event: it says nothing about the topic.
            Some(calendar) => MultiPart::mixed().multipart(body).singlepart(
                Attachment::new("calendar.ics".to_owned()).body(calendar.clone(), calendar_type()),
            ),
            None => body,
        };
        let message = builder.multipart(body).map_err(|_| SendError::Permanent("unbuildable"))?;
        let sent = async {
            match &self.transport {
                Transport::Smtp(transport) => transport.send(message).await.map(|_| ()).map_err(|e| {
                    if e.is_permanent() {
                        SendError::Permanent("refused")
                    } else if e.is_timeout() {
                        SendError::Temporary("timeout")
                    } else if e.is_transient() {
                        SendError::Temporary("deferred")
                    } else {
                        SendError::Temporary("unreachable")
                    }
                }),
                Transport::Files(transport) => {
                    transport.send(message).await.map(|_| ()).map_err(|_| SendError::Temporary("file-write"))
                }
            }
        };
        // Dropping the conversation closes its connection: nothing of it is reused.
        tokio::time::timeout(self.timeout, sent).await.unwrap_or(Err(SendError::Temporary("timeout")))
    }
}

fn calendar_type() -> ContentType {
    ContentType::parse("text/calendar; charset=utf-8; method=PUBLISH").unwrap_or(ContentType::TEXT_PLAIN)
}
