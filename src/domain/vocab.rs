//! Every closed list of the system as a type: the choices of the forms and the back
//! office's vocabularies (request kind and status, mail purpose and state, role, item kind,
//! audit action). Each value has one stored code (in SQLite, in forms and URLs), one Fluent
//! label key `<prefix>-<code>`, and each list knows all its values. A stored code that is
//! not in the list is an error when read, never a silent default.

/// One value of a list, with its label in some language: what a `<select>` or a group of
/// checkboxes shows.
#[derive(Debug, Clone)]
pub struct Choice {
    pub code: &'static str,
    pub label: String,
}

/// Declares a closed list: the enum, its stored codes (`sqlx::Type` as TEXT), its label keys.
macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident, $prefix:literal, { $($variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, sqlx::Type)]
        #[sqlx(type_name = "TEXT")]
        pub enum $name { $(#[sqlx(rename = $code)] $variant),+ }

        impl $name {
            /// Every value, in the order lists show them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stored code.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// The value of a stored or submitted code; `None` when it is not in the list.
            pub fn parse(code: &str) -> Option<$name> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }

            /// The Fluent key of the value's label.
            pub fn label_key(self) -> &'static str {
                match self { $($name::$variant => concat!($prefix, "-", $code)),+ }
            }

            /// The value's label in `lang`.
            pub fn label(self, lang: $crate::i18n::Lang) -> String {
                lang.t(self.label_key())
            }

            /// Every value with its label in `lang`, for a list to choose from.
            pub fn options(lang: $crate::i18n::Lang) -> Vec<$crate::domain::vocab::Choice> {
                Self::options_among(Self::ALL, lang)
            }

            /// `values` with their labels in `lang`, for a list that offers only some.
            pub fn options_among(values: &[$name], lang: $crate::i18n::Lang) -> Vec<$crate::domain::vocab::Choice> {
                values.iter().map(|v| $crate::domain::vocab::Choice { code: v.code(), label: v.label(lang) }).collect()
            }

            /// The label of a stored code, or the code itself if it is not in the list.
            pub fn label_of(code: &str, lang: $crate::i18n::Lang) -> String {
                Self::parse(code).map_or_else(|| code.to_owned(), |v| v.label(lang))
            }

            /// The labels of `values`, joined with commas.
            pub fn labels(values: &[$name], lang: $crate::i18n::Lang) -> String {
                values.iter().map(|v| v.label(lang)).collect::<Vec<_>>().join(", ")
            }

            /// The labels of stored comma-separated codes, joined with commas.
            pub fn labels_of_codes(codes: &str, lang: $crate::i18n::Lang) -> String {
                codes
                    .split(',')
                    .filter(|c| !c.is_empty())
                    .map(|c| Self::label_of(c, lang))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::domain::vocab::UnknownCode;
            fn from_str(code: &str) -> Result<$name, $crate::domain::vocab::UnknownCode> {
                $name::parse(code).ok_or($crate::domain::vocab::UnknownCode)
            }
        }
    };
}

pub(crate) use vocabulary;

/// A code that is not in its list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not a known code")]
pub struct UnknownCode;

vocabulary!(
    /// Which form a request came from.
    RequestKind, "admin-kind", {
        Orientation => "orientation",
        Support => "support",
    }
);

impl RequestKind {
    /// The letters its references start with.
    pub fn reference_prefix(self) -> &'static str {
        match self {
            RequestKind::Orientation => "OR",
            RequestKind::Support => "SU",
        }
    }
}

vocabulary!(
    /// Where a request stands in the coordinators' work.
    RequestStatus, "admin-status", {
        New => "new",
        InProgress => "in_progress",
        Closed => "closed",
    }
);

vocabulary!(
    /// Where a person who offered support stands with us.
    VolunteerStatus, "admin-volunteer", {
        New => "new",
        Contacted => "contacted",
        Active => "active",
        Paused => "paused",
        Ended => "ended",
    }
);

impl VolunteerStatus {
    /// The request status it means: an ended volunteer is a closed request (and is purged
    /// after the retention period like one); a new one is new; the others are in progress.
    pub fn request_status(self) -> RequestStatus {
        match self {
            VolunteerStatus::New => RequestStatus::New,
            VolunteerStatus::Ended => RequestStatus::Closed,
            VolunteerStatus::Contacted | VolunteerStatus::Active | VolunteerStatus::Paused => {
                RequestStatus::InProgress
            }
        }
    }
}

vocabulary!(
    /// How a try to reach someone went.
    ContactOutcome, "admin-attempt", {
        NoAnswer => "no_answer",
        Spoke => "spoke",
        MessageLeft => "message_left",
        EmailSent => "email_sent",
        Met => "met",
    }
);

vocabulary!(
    /// Whom a queued mail is for.
    MailPurpose, "admin-mail", {
        Coordinator => "coordinator",
        Confirmation => "confirmation",
        Reminder => "reminder",
        Notice => "notice",
    }
);

vocabulary!(
    /// Where a queued mail stands.
    MailState, "admin-mail-state", {
        Pending => "pending",
        Sent => "sent",
        Failed => "failed",
    }
);

vocabulary!(
    /// What a back-office account may do: administrators everything, coordinators the
    /// requests, editors the website's content.
    Role, "admin-role", {
        Admin => "admin",
        Coordinator => "coordinator",
        Editor => "editor",
    }
);

vocabulary!(
    /// The two kinds of content items.
    ItemKind, "item-kind", {
        Project => "project",
        Activity => "activity",
    }
);

impl ItemKind {
    /// The path of their list on the public site (`/{lang}/projects`).
    pub fn list_path(self) -> &'static str {
        match self {
            ItemKind::Project => "projects",
            ItemKind::Activity => "activities",
        }
    }
}

vocabulary!(
    /// What the audit log records a coordinator doing.
    AuditAction, "admin-audit", {
        Viewed => "viewed",
        Status => "status",
        Assigned => "assigned",
        Note => "note",
        Resent => "resent",
        Deleted => "deleted",
        Exported => "exported",
        CoordinatorAdded => "coordinator_added",
        CoordinatorRemoved => "coordinator_removed",
        RoleChanged => "role_changed",
        PasswordChanged => "password_changed",
        SignedIn => "signed_in",
        SignInFailed => "sign_in_failed",
        SessionsEnded => "sessions_ended",
        FreshStart => "fresh_start",
        TwoStepEnrolled => "two_step_enrolled",
        TwoStepReset => "two_step_reset",
        RecoveryCodesRenewed => "recovery_codes_renewed",
        RecoveryCodeUsed => "recovery_code_used",
        DataKeyStored => "data_key_stored",
        ContentSaved => "content_saved",
        FollowUp => "follow_up",
        ContactAttempt => "contact_attempt",
        VolunteerStatus => "volunteer_status",
        PersonSearched => "person_searched",
        PersonExported => "person_exported",
        PersonErased => "person_erased",
        EventSaved => "event_saved",
        RegistrationsViewed => "registrations_viewed",
        RegistrationsExported => "registrations_exported",
        RegistrationCancelled => "registration_cancelled",
        RegistrationPromoted => "registration_promoted",
        AttendanceMarked => "attendance_marked",
        EventMessage => "event_message",
    }
);

/// Every label key of every list, for the test that keeps the four locales complete.
pub fn all_label_keys() -> Vec<&'static str> {
    fn keys<T: Copy>(all: &[T], key: fn(T) -> &'static str) -> Vec<&'static str> {
        all.iter().map(|v| key(*v)).collect()
    }
    use crate::domain::choices::{ContactLanguage, HelpWay, Region, SafeToMessage, SpokenLanguage, Topic};
    use crate::domain::event::{Accessibility, EventKind, EventStatus, Need, RegistrationState};
    [
        keys(RequestKind::ALL, RequestKind::label_key),
        keys(RequestStatus::ALL, RequestStatus::label_key),
        keys(VolunteerStatus::ALL, VolunteerStatus::label_key),
        keys(ContactOutcome::ALL, ContactOutcome::label_key),
        keys(MailPurpose::ALL, MailPurpose::label_key),
        keys(MailState::ALL, MailState::label_key),
        keys(Role::ALL, Role::label_key),
        keys(ItemKind::ALL, ItemKind::label_key),
        keys(AuditAction::ALL, AuditAction::label_key),
        keys(Region::ALL, Region::label_key),
        keys(Topic::ALL, Topic::label_key),
        keys(HelpWay::ALL, HelpWay::label_key),
        keys(ContactLanguage::ALL, ContactLanguage::label_key),
        keys(SpokenLanguage::ALL, SpokenLanguage::label_key),
        keys(SafeToMessage::ALL, SafeToMessage::label_key),
        keys(EventKind::ALL, EventKind::label_key),
        keys(EventStatus::ALL, EventStatus::label_key),
        keys(Accessibility::ALL, Accessibility::label_key),
        keys(RegistrationState::ALL, RegistrationState::label_key),
        keys(Need::ALL, Need::label_key),
    ]
    .concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_label_keys_follow_the_prefix() {
        for status in RequestStatus::ALL {
            assert_eq!(RequestStatus::parse(status.code()), Some(*status));
        }
        assert_eq!(RequestStatus::InProgress.label_key(), "admin-status-in_progress");
        // Every key of every list is `<prefix>-<code>`, and codes are unique within a list.
        for key in all_label_keys() {
            assert!(key.contains('-') && !key.ends_with('-'), "{key}");
        }
        fn check<T: Copy + PartialEq + std::fmt::Debug>(
            all: &[T],
            code: fn(T) -> &'static str,
            key: fn(T) -> &'static str,
            parse: fn(&str) -> Option<T>,
        ) {
            for value in all {
                assert!(key(*value).ends_with(&format!("-{}", code(*value))), "{value:?}");
                assert_eq!(parse(code(*value)), Some(*value), "{value:?} round-trips");
            }
        }
        check(RequestKind::ALL, RequestKind::code, RequestKind::label_key, RequestKind::parse);
        check(RequestStatus::ALL, RequestStatus::code, RequestStatus::label_key, RequestStatus::parse);
        check(MailPurpose::ALL, MailPurpose::code, MailPurpose::label_key, MailPurpose::parse);
        check(MailState::ALL, MailState::code, MailState::label_key, MailState::parse);
        check(Role::ALL, Role::code, Role::label_key, Role::parse);
        check(ItemKind::ALL, ItemKind::code, ItemKind::label_key, ItemKind::parse);
        check(AuditAction::ALL, AuditAction::code, AuditAction::label_key, AuditAction::parse);
        use crate::domain::choices::{
            ContactLanguage, HelpWay, Region, SafeToMessage, SpokenLanguage, Topic,
        };
        check(Region::ALL, Region::code, Region::label_key, Region::parse);
        check(Topic::ALL, Topic::code, Topic::label_key, Topic::parse);
        check(HelpWay::ALL, HelpWay::code, HelpWay::label_key, HelpWay::parse);
        check(
            ContactLanguage::ALL,
            ContactLanguage::code,
            ContactLanguage::label_key,
            ContactLanguage::parse,
        );
        check(SpokenLanguage::ALL, SpokenLanguage::code, SpokenLanguage::label_key, SpokenLanguage::parse);
        check(SafeToMessage::ALL, SafeToMessage::code, SafeToMessage::label_key, SafeToMessage::parse);
        assert_eq!(AuditAction::parse("dropped tables"), None);
        assert_eq!("closed".parse::<RequestStatus>(), Ok(RequestStatus::Closed));
    }

    #[tokio::test]
    async fn an_unknown_stored_code_is_an_error_not_a_default() {
        let mut db =
            <sqlx::SqliteConnection as sqlx::Connection>::connect("sqlite::memory:").await.expect("db");
        let known: RequestStatus =
            sqlx::query_scalar("SELECT 'in_progress'").fetch_one(&mut db).await.expect("decodes");
        assert_eq!(known, RequestStatus::InProgress);
        let unknown = sqlx::query_scalar::<_, RequestStatus>("SELECT 'archived'").fetch_one(&mut db).await;
        assert!(unknown.is_err(), "{unknown:?}");
    }
}
