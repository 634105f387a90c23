//! Outgoing mail: building messages (pure), the transport, and the outbox worker.

pub mod mailer;
pub mod message;
pub mod worker;
