//! Events and registrations: their vocabularies, the public registration form and the
//! back office's event form, each parsed once.

use jiff::Timestamp;
use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};

use crate::domain::FieldError;
use crate::domain::choices::{SafeToMessage, SpokenLanguage, parse_codes};
use crate::domain::contact::{ContactKey, EmailAddress, PhoneNumber};
use crate::domain::form_input::FormInput;
use crate::domain::request::{Errors, IndexKeys};
use crate::domain::text::{ShortText, is_slug};
use crate::domain::vocab::vocabulary;

vocabulary!(
    /// What an event is.
    EventKind, "event-kind", {
        Workshop => "workshop",
        Debate => "debate",
        FocusGroup => "focus_group",
        Conference => "conference",
        Other => "other",
    }
);

vocabulary!(
    /// Whether an event takes place as announced.
    EventStatus, "event-status", {
        Scheduled => "scheduled",
        Postponed => "postponed",
        Cancelled => "cancelled",
    }
);

vocabulary!(
    /// What an event offers so that everyone can take part.
    Accessibility, "event-access", {
        StepFree => "step_free",
        SignLanguage => "sign_language",
        Interpretation => "interpretation",
        Childcare => "childcare",
    }
);

vocabulary!(
    /// Where a registration stands.
    RegistrationState, "event-registration", {
        Confirmed => "confirmed",
        Waiting => "waiting",
        Cancelled => "cancelled",
    }
);

vocabulary!(
    /// What she may need to take part.
    Need, "event-need", {
        Childcare => "childcare",
        Interpreter => "interpreter",
        Access => "access",
        Other => "other",
    }
);

/// A registration as she sent it.
#[derive(Debug, Clone)]
pub struct Registration {
    pub personal: RegistrationPersonal,
    pub places: u32,
    /// A confirmation and a reminder by email (she needs to have given an address).
    pub wants_mail: bool,
}

/// What identifies her or what she wrote, and the secret of her private link: sealed at
/// rest, deleted `EVENT_RETENTION_DAYS` after the event.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RegistrationPersonal {
    pub name: Option<ShortText>,
    pub email: Option<EmailAddress>,
    pub phone: Option<PhoneNumber>,
    pub safe_to_message: Option<bool>,
    pub needs: Vec<String>,
    pub interpreter_language: Option<String>,
    pub needs_other: Option<ShortText>,
    /// The secret of her private link, added when the registration is stored.
    #[serde(default)]
    pub link_secret: String,
}

impl RegistrationPersonal {
    pub fn index_keys(&self) -> IndexKeys {
        let email = self.email.iter().map(ContactKey::of_email);
        IndexKeys {
            contacts: email.chain(self.phone.iter().map(ContactKey::of_phone)).collect(),
            name_words: Vec::new(),
        }
    }

    /// Her needs, labelled in `lang`, with the interpreter's language and her own words.
    pub fn needs_text(&self, lang: crate::i18n::Lang) -> String {
        let mut parts: Vec<String> = self
            .needs
            .iter()
            .filter_map(|code| Need::parse(code))
            .map(|need| match (need, &self.interpreter_language) {
                (Need::Interpreter, Some(code)) => {
                    format!("{} ({})", need.label(lang), SpokenLanguage::label_of(code, lang))
                }
                _ => need.label(lang),
            })
            .collect();
        if let Some(other) = &self.needs_other {
            parts.push(other.as_str().to_owned());
        }
        parts.join(", ")
    }
}

impl Registration {
    /// Parses the registration form of an event that gives at most `max_places` places
    /// to one registration.
    pub fn parse(input: &FormInput, max_places: u32) -> Result<Registration, Vec<FieldError>> {
        let mut errors = Errors::default();
        let name = errors.optional_short(input, "name");
        let email = errors.optional_email(input);
        let phone = errors.optional_phone(input);
        if input.get("email").trim().is_empty() && input.get("phone").trim().is_empty() {
            errors.add("email", "error-contact-required");
        }
        let safe_to_message =
            SafeToMessage::parse(input.get("safe_to_message")).map(|s| s == SafeToMessage::Yes);
        let places = match input.get("places").trim() {
            "" => Some(1),
            typed => typed.parse::<u32>().ok().filter(|n| (1..=max_places).contains(n)),
        };
        if places.is_none() {
            errors.add("places", "error-places");
        }
        let needs = parse_codes(&input.all("need"), Need::parse).unwrap_or_default();
        let interpreter_language = match input.get("interpreter_language") {
            "" => None,
            code => SpokenLanguage::parse(code).map(|l| l.code().to_owned()),
        };
        let needs_other = errors.optional_short(input, "needs_other");
        let wants_mail = input.checked("mail");
        if wants_mail && input.get("email").trim().is_empty() {
            errors.add("mail", "error-confirmation-needs-email");
        }
        errors.consent(input);
        let personal = RegistrationPersonal {
            name,
            email,
            phone,
            safe_to_message,
            needs: needs.iter().map(|n| n.code().to_owned()).collect(),
            interpreter_language,
            needs_other,
            link_secret: String::new(),
        };
        let registration = places.map(|places| Registration { personal, places, wants_mail });
        errors.finish(registration)
    }
}

/// An event's facts as the back office sets them (the texts are apart).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventFacts {
    pub slug: String,
    pub kind: EventKind,
    pub status: EventStatus,
    pub published: bool,
    /// UTC, as stored: `2027-03-12T17:00:00Z`.
    pub starts_at: String,
    pub ends_at: String,
    pub online: bool,
    pub town: String,
    pub address: String,
    pub address_public: bool,
    pub languages: Vec<SpokenLanguage>,
    pub accessibility: Vec<Accessibility>,
    pub capacity: i64,
    pub max_per_registration: i64,
    pub waiting_list: bool,
    pub registration_opens_at: Option<String>,
    pub registration_closes_at: Option<String>,
    pub reminder_hours: i64,
    pub sensitive: bool,
}

/// A time typed in the organisation's time zone (`2027-03-12T18:00`, as a
/// `datetime-local` field sends it) as stored: UTC.
pub fn local_to_stored(typed: &str, tz: &TimeZone) -> Option<String> {
    let local: DateTime = typed.trim().parse().ok()?;
    let zoned = local.to_zoned_datetime(tz.clone()).ok()?;
    Some(stored(zoned.timestamp()))
}

/// A stored time as a `datetime-local` field shows it, in `tz`.
pub fn stored_to_local(stored: &str, tz: &TimeZone) -> String {
    match stored.parse::<Timestamp>() {
        Ok(time) => time.to_zoned_datetime(tz.clone()).strftime("%Y-%m-%dT%H:%M").to_string(),
        Err(_) => String::new(),
    }
}

/// How times are stored: UTC to the second.
pub fn stored(time: Timestamp) -> String {
    time.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

impl EventFacts {
    /// Parses the back office's event form; times are read in `tz`. Every problem is
    /// returned at once, as a field and a Fluent key.
    pub fn parse(
        input: &FormInput,
        tz: &TimeZone,
        slug: Option<&str>,
    ) -> Result<EventFacts, Vec<FieldError>> {
        let mut errors = Errors::default();
        let slug = slug.map_or_else(|| input.get("slug").trim().to_owned(), str::to_owned);
        if !is_slug(&slug) {
            errors.add("slug", "admin-error-slug");
        }
        let kind = EventKind::parse(input.get("kind"));
        if kind.is_none() {
            errors.add("kind", "admin-error-event-kind");
        }
        let status = EventStatus::parse(input.get("status")).unwrap_or(EventStatus::Scheduled);
        let starts_at = local_to_stored(input.get("starts_at"), tz);
        if starts_at.is_none() {
            errors.add("starts_at", "admin-error-event-time");
        }
        let ends_at = local_to_stored(input.get("ends_at"), tz);
        match (&starts_at, &ends_at) {
            (_, None) => errors.add("ends_at", "admin-error-event-time"),
            (Some(start), Some(end)) if end <= start => errors.add("ends_at", "admin-error-event-ends"),
            _ => {}
        }
        let optional_time = |errors: &mut Errors, field: &'static str| match input.get(field).trim() {
            "" => None,
            typed => {
                let time = local_to_stored(typed, tz);
                if time.is_none() {
                    errors.add(field, "admin-error-event-time");
                }
                time
            }
        };
        let registration_opens_at = optional_time(&mut errors, "registration_opens_at");
        let registration_closes_at = optional_time(&mut errors, "registration_closes_at");
        let number = |errors: &mut Errors, field: &'static str, min: i64, default: i64| match input
            .get(field)
            .trim()
        {
            "" => Some(default),
            typed => {
                let n = typed.parse::<i64>().ok().filter(|n| (min..=100_000).contains(n));
                if n.is_none() {
                    errors.add(field, "admin-error-event-number");
                }
                n
            }
        };
        let capacity = number(&mut errors, "capacity", 1, 20);
        let max_per_registration = number(&mut errors, "max_per_registration", 1, 1);
        let reminder_hours = number(&mut errors, "reminder_hours", 0, 24);
        let online = input.checked("online");
        let town = input.get("town").trim().to_owned();
        if !online && town.is_empty() {
            errors.add("town", "admin-error-event-town");
        }
        let languages = parse_codes(&input.all("language"), SpokenLanguage::parse).unwrap_or_default();
        let accessibility =
            parse_codes(&input.all("accessibility"), Accessibility::parse).unwrap_or_default();
        let facts = match (kind, starts_at, ends_at, capacity, max_per_registration, reminder_hours) {
            (Some(kind), Some(starts_at), Some(ends_at), Some(capacity), Some(max), Some(reminder_hours)) => {
                Some(EventFacts {
                    slug,
                    kind,
                    status,
                    published: input.checked("published"),
                    starts_at,
                    ends_at,
                    online,
                    town,
                    address: input.get("address").trim().to_owned(),
                    address_public: !input.checked("address_private"),
                    languages,
                    accessibility,
                    capacity,
                    max_per_registration: max,
                    waiting_list: input.checked("waiting_list"),
                    registration_opens_at,
                    registration_closes_at,
                    reminder_hours,
                    sensitive: input.checked("sensitive"),
                })
            }
            _ => None,
        };
        errors.finish(facts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn brussels() -> TimeZone {
        TimeZone::get("Europe/Brussels").expect("bundled time zone")
    }

    #[test]
    fn belgian_times_are_stored_in_utc_on_both_sides_of_summer_time() {
        let tz = brussels();
        assert_eq!(local_to_stored("2027-03-12T18:00", &tz).as_deref(), Some("2027-03-12T17:00:00Z"));
        assert_eq!(local_to_stored("2027-07-01T18:00", &tz).as_deref(), Some("2027-07-01T16:00:00Z"));
        assert_eq!(stored_to_local("2027-07-01T16:00:00Z", &tz), "2027-07-01T18:00");
        assert_eq!(local_to_stored("tomorrow", &tz), None);
    }

    #[test]
    fn a_registration_needs_a_contact_consent_and_places_within_the_limit() {
        let input = FormInput::parse(b"places=3&mail=yes");
        let errors = Registration::parse(&input, 2).expect_err("refused");
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["email", "places", "mail", "consent"]);
        let input = FormInput::parse(
            b"phone=0470123456&places=2&consent=yes&need=interpreter&interpreter_language=pt",
        );
        let registration = Registration::parse(&input, 2).expect("accepted");
        assert_eq!(registration.places, 2);
        assert!(!registration.wants_mail, "no mail unless she asks");
        assert_eq!(registration.personal.needs, ["interpreter"]);
    }
}
