//! Types that parse what visitors send once, so that nothing downstream checks it again.

pub mod choices;
pub mod contact;
pub mod event;
pub mod form_input;
pub mod reference;
pub mod request;
pub mod text;
pub mod vocab;

/// A problem with one field of a form: the field's name and the Fluent key of its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub message_key: &'static str,
}

impl FieldError {
    pub fn new(field: &'static str, message_key: &'static str) -> FieldError {
        FieldError { field, message_key }
    }
}
