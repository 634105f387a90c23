//! The two requests people send us, parsed from their forms.

use serde::{Deserialize, Serialize};

use crate::domain::FieldError;
use crate::domain::choices::{
    ContactLanguage, HelpWay, Region, SafeToMessage, SpokenLanguage, Topic, parse_codes,
};
use crate::domain::contact::{ContactKey, EmailAddress, PhoneNumber, name_words};
use crate::domain::form_input::FormInput;
use crate::domain::text::{LongText, ShortText, TextError};
use crate::domain::vocab::RequestKind;

/// "Do you need orientation?"
#[derive(Debug, Clone)]
pub struct OrientationRequest {
    pub personal: OrientationPersonal,
    pub contact_language: ContactLanguage,
    pub region: Region,
    pub topics: Vec<Topic>,
    pub wants_confirmation: bool,
}

/// What identifies her or what she wrote: encrypted at rest, never in coordinator emails.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OrientationPersonal {
    pub name: Option<ShortText>,
    pub email: Option<EmailAddress>,
    pub phone: Option<PhoneNumber>,
    pub safe_to_message: Option<bool>,
    pub best_time: Option<ShortText>,
    pub message: Option<LongText>,
}

/// "I want to support"
#[derive(Debug, Clone)]
pub struct SupportRequest {
    pub personal: SupportPersonal,
    pub region: Region,
    pub help_ways: Vec<HelpWay>,
    pub languages: Vec<SpokenLanguage>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SupportPersonal {
    pub name: ShortText,
    pub email: EmailAddress,
    pub phone: Option<PhoneNumber>,
    pub availability: Option<ShortText>,
    pub message: Option<LongText>,
}

/// What the person index holds of a request, before it is keyed: her contacts (to find
/// every record of one person) and, for an offer of support only, the words of the name
/// (to search volunteers by name). A woman's name is never indexed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IndexKeys {
    pub contacts: Vec<ContactKey>,
    pub name_words: Vec<String>,
}

impl OrientationPersonal {
    pub fn index_keys(&self) -> IndexKeys {
        let email = self.email.iter().map(ContactKey::of_email);
        IndexKeys {
            contacts: email.chain(self.phone.iter().map(ContactKey::of_phone)).collect(),
            name_words: Vec::new(),
        }
    }
}

impl SupportPersonal {
    pub fn index_keys(&self) -> IndexKeys {
        let email = std::iter::once(ContactKey::of_email(&self.email));
        IndexKeys {
            contacts: email.chain(self.phone.iter().map(ContactKey::of_phone)).collect(),
            name_words: name_words(self.name.as_str()),
        }
    }
}

/// The index keys of a request's opened personal part (`kind` tells which form's it is).
pub fn index_keys_of(kind: RequestKind, personal_json: &[u8]) -> serde_json::Result<IndexKeys> {
    Ok(match kind {
        RequestKind::Orientation => {
            serde_json::from_slice::<OrientationPersonal>(personal_json)?.index_keys()
        }
        RequestKind::Support => serde_json::from_slice::<SupportPersonal>(personal_json)?.index_keys(),
    })
}

/// Collects every problem of a form at once, so she can fix them all in one go.
#[derive(Default)]
pub(crate) struct Errors(Vec<FieldError>);

impl Errors {
    pub(crate) fn add(&mut self, field: &'static str, key: &'static str) {
        self.0.push(FieldError::new(field, key));
    }

    /// An optional short text: empty is fine.
    pub(crate) fn optional_short(&mut self, input: &FormInput, field: &'static str) -> Option<ShortText> {
        match ShortText::parse(input.get(field)) {
            Ok(text) => Some(text),
            Err(TextError::Empty) => None,
            Err(TextError::TooLong) => {
                self.add(field, "error-too-long-short");
                None
            }
        }
    }

    pub(crate) fn optional_long(&mut self, input: &FormInput, field: &'static str) -> Option<LongText> {
        match LongText::parse(input.get(field)) {
            Ok(text) => Some(text),
            Err(TextError::Empty) => None,
            Err(TextError::TooLong) => {
                self.add(field, "error-too-long-message");
                None
            }
        }
    }

    pub(crate) fn optional_email(&mut self, input: &FormInput) -> Option<EmailAddress> {
        let typed = input.get("email").trim();
        if typed.is_empty() {
            return None;
        }
        let email = EmailAddress::parse(typed);
        if email.is_none() {
            self.add("email", "error-email-invalid");
        }
        email
    }

    pub(crate) fn optional_phone(&mut self, input: &FormInput) -> Option<PhoneNumber> {
        let typed = input.get("phone").trim();
        if typed.is_empty() {
            return None;
        }
        let phone = PhoneNumber::parse(typed);
        if phone.is_none() {
            self.add("phone", "error-phone-invalid");
        }
        phone
    }

    pub(crate) fn region(&mut self, input: &FormInput) -> Option<Region> {
        let region = Region::parse(input.get("region"));
        if region.is_none() {
            self.add("region", "error-region-required");
        }
        region
    }

    pub(crate) fn consent(&mut self, input: &FormInput) {
        if !input.checked("consent") {
            self.add("consent", "error-consent-required");
        }
    }

    pub(crate) fn finish<T>(self, value: Option<T>) -> Result<T, Vec<FieldError>> {
        match value {
            Some(value) if self.0.is_empty() => Ok(value),
            _ => Err(self.0),
        }
    }
}

impl OrientationRequest {
    /// Parses the orientation form; `answer_languages` are the languages the team answers
    /// in (`ANSWER_LANGUAGES`), the only ones she may choose.
    pub fn parse(
        input: &FormInput,
        answer_languages: &[ContactLanguage],
    ) -> Result<OrientationRequest, Vec<FieldError>> {
        let mut errors = Errors::default();
        let name = errors.optional_short(input, "name");
        let email = errors.optional_email(input);
        let phone = errors.optional_phone(input);
        if input.get("email").trim().is_empty() && input.get("phone").trim().is_empty() {
            errors.add("email", "error-contact-required");
        }
        let safe_to_message =
            SafeToMessage::parse(input.get("safe_to_message")).map(|s| s == SafeToMessage::Yes);
        let best_time = errors.optional_short(input, "best_time");
        let contact_language =
            ContactLanguage::parse(input.get("contact_language")).filter(|l| answer_languages.contains(l));
        if contact_language.is_none() {
            errors.add("contact_language", "error-language-required");
        }
        let region = errors.region(input);
        let topics = parse_codes(&input.all("topic"), Topic::parse).unwrap_or_default();
        if topics.is_empty() {
            errors.add("topic", "error-topic-required");
        }
        let message = errors.optional_long(input, "message");
        let wants_confirmation = input.checked("confirmation");
        if wants_confirmation && input.get("email").trim().is_empty() {
            errors.add("confirmation", "error-confirmation-needs-email");
        }
        errors.consent(input);
        let request = match (contact_language, region) {
            (Some(contact_language), Some(region)) => Some(OrientationRequest {
                personal: OrientationPersonal { name, email, phone, safe_to_message, best_time, message },
                contact_language,
                region,
                topics,
                wants_confirmation,
            }),
            _ => None,
        };
        errors.finish(request)
    }
}

impl SupportRequest {
    pub fn parse(input: &FormInput) -> Result<SupportRequest, Vec<FieldError>> {
        let mut errors = Errors::default();
        let name = match ShortText::parse(input.get("name")) {
            Ok(name) => Some(name),
            Err(TextError::Empty) => {
                errors.add("name", "error-name-required");
                None
            }
            Err(TextError::TooLong) => {
                errors.add("name", "error-too-long-short");
                None
            }
        };
        let email = if input.get("email").trim().is_empty() {
            errors.add("email", "error-email-required");
            None
        } else {
            errors.optional_email(input)
        };
        let phone = errors.optional_phone(input);
        let offered = |code: &str| HelpWay::parse(code).filter(|way| HelpWay::OFFERED.contains(way));
        let help_ways = parse_codes(&input.all("help"), offered).unwrap_or_default();
        if help_ways.is_empty() {
            errors.add("help", "error-help-required");
        }
        let languages = parse_codes(&input.all("languages"), SpokenLanguage::parse).unwrap_or_default();
        if languages.is_empty() {
            errors.add("languages", "error-languages-required");
        }
        let region = errors.region(input);
        let availability = errors.optional_short(input, "availability");
        let message = errors.optional_long(input, "message");
        errors.consent(input);
        let request = match (name, email, region) {
            (Some(name), Some(email), Some(region)) => Some(SupportRequest {
                personal: SupportPersonal { name, email, phone, availability, message },
                region,
                help_ways,
                languages,
            }),
            _ => None,
        };
        errors.finish(request)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(errors: &[FieldError]) -> Vec<&str> {
        errors.iter().map(|e| e.field).collect()
    }

    #[test]
    fn an_orientation_request_needs_a_way_to_reach_her() {
        let input = FormInput::parse(b"contact_language=es&region=brussels&topic=health&consent=yes");
        let errors = OrientationRequest::parse(&input, ContactLanguage::ALL).expect_err("no contact");
        assert_eq!(fields(&errors), vec!["email"]);
        let input = FormInput::parse(
            b"phone=0470123456&contact_language=es&region=brussels&topic=health&consent=yes",
        );
        let request = OrientationRequest::parse(&input, ContactLanguage::ALL).expect("a phone is enough");
        assert_eq!(request.personal.phone.map(|p| p.as_str().to_owned()), Some("0470123456".to_owned()));
        assert!(!request.wants_confirmation);
    }

    #[test]
    fn every_orientation_problem_is_reported_at_once() {
        let input = FormInput::parse(b"email=nope&phone=abc&topic=bogus&confirmation=yes&message=");
        let errors = OrientationRequest::parse(&input, ContactLanguage::ALL).expect_err("invalid");
        assert_eq!(fields(&errors), vec!["email", "phone", "contact_language", "region", "topic", "consent"]);
        let input = FormInput::parse(
            b"phone=0470123456&contact_language=es&region=brussels&topic=health&consent=yes&confirmation=yes",
        );
        assert_eq!(
            fields(&OrientationRequest::parse(&input, ContactLanguage::ALL).expect_err("no email")),
            vec!["confirmation"]
        );
    }

    #[test]
    fn a_support_offer_needs_name_email_help_languages_region_and_consent() {
        let errors = SupportRequest::parse(&FormInput::default()).expect_err("empty");
        assert_eq!(fields(&errors), vec!["name", "email", "help", "languages", "region", "consent"]);
        let input = FormInput::parse(b"name=Ana&email=ana%40example.org&help=translate&languages=es&languages=nl&region=antwerp&consent=yes");
        let request = SupportRequest::parse(&input).expect("valid");
        assert_eq!(request.languages, vec![SpokenLanguage::Spanish, SpokenLanguage::Dutch]);
    }
}
