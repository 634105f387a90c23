//! The use cases: what the site does for a visitor or a coordinator, apart from HTTP.
//!
//! No axum types here. Handlers in `web` extract and check a request, call one function
//! of this layer, and turn its result into a response. Each function that changes stored
//! data does it in one transaction, with its audit entry when a coordinator made it.

pub mod accounts;
pub mod casework;
pub mod content;
pub mod events;
pub mod intake;
pub mod people;
pub mod two_step;
pub mod warnings;
