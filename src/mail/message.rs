//! Building the emails a request causes. Pure: the same request gives the same mail.
//!
//! Every email shares one layout (a text and an HTML template); what differs is the content
//! below, in the recipient's language.

use askama::Template;
use serde::{Deserialize, Serialize};

use crate::domain::choices::{HelpWay, SpokenLanguage, Topic};
use crate::domain::request::{OrientationRequest, SupportRequest};
use crate::i18n::Lang;

/// A message as stored (sealed) in the outbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutgoingMail {
    pub to: String,
    pub reply_to: Option<String>,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// An iCalendar file attached as `calendar.ics` (a neutral name for every event).
    #[serde(default)]
    pub calendar: Option<String>,
}

/// What one email says.
struct EmailContent {
    lang: Lang,
    heading: String,
    paragraphs: Vec<String>,
    /// Label and value pairs, shown as a list.
    facts: Vec<(String, String)>,
    /// Label and URL of one link.
    link: Option<(String, String)>,
}

#[derive(Template)]
#[template(path = "email/email.txt")]
struct TextEmail<'a> {
    c: &'a EmailContent,
}

#[derive(Template)]
#[template(path = "email/email.html")]
struct HtmlEmail<'a> {
    c: &'a EmailContent,
}

impl EmailContent {
    fn into_mail(self, to: &str, reply_to: Option<&str>, subject: String) -> OutgoingMail {
        let text = TextEmail { c: &self }.render().unwrap_or_else(|_| self.paragraphs.join("\n\n"));
        let html = HtmlEmail { c: &self }.render().unwrap_or_default();
        OutgoingMail {
            to: to.to_owned(),
            reply_to: reply_to.map(str::to_owned),
            subject,
            text,
            html,
            calendar: None,
        }
    }
}

/// What the site needs to address mail about a request.
pub struct MailContext<'a> {
    pub public_url: &'a str,
    /// The configured `SITE_NAME`, if any.
    pub site_name: Option<&'a str>,
    /// The language coordinators read their alerts in.
    pub coordinator_lang: Lang,
    /// The organisation's `CONTACT_EMAIL`: where a visitor's reply goes (the sender is a
    /// no-reply address).
    pub contact_email: Option<&'a str>,
}

/// What addressing mail takes from the configuration, owned: the context of every message
/// and the domain of its Message-ID.
#[derive(Debug, Clone)]
pub struct MailSettings {
    public_url: String,
    site_name: Option<String>,
    coordinator_lang: Lang,
    contact_email: Option<String>,
    /// The domain of `MAIL_FROM`, which Message-IDs use.
    mail_domain: String,
}

impl MailSettings {
    pub fn from_config(config: &crate::config::Config) -> MailSettings {
        let mail_domain =
            config.mail_from.rsplit('@').next().unwrap_or("localhost").trim_end_matches('>').to_owned();
        MailSettings {
            public_url: config.public_url.clone(),
            site_name: config.site_name.clone(),
            coordinator_lang: config.coordinator_lang,
            contact_email: config.contact_email.as_ref().map(|e| e.as_str().to_owned()),
            mail_domain,
        }
    }

    pub fn ctx(&self) -> MailContext<'_> {
        MailContext {
            public_url: &self.public_url,
            site_name: self.site_name.as_deref(),
            coordinator_lang: self.coordinator_lang,
            contact_email: self.contact_email.as_deref(),
        }
    }

    /// A fresh `Message-ID` in the domain mail is sent from.
    pub fn message_id(&self) -> String {
        format!("<{}@{}>", crate::crypto::random_token(), self.mail_domain)
    }

    /// The domain of `MAIL_FROM` (also the domain of calendar UIDs).
    pub fn domain(&self) -> &str {
        &self.mail_domain
    }

    pub fn public_url(&self) -> &str {
        &self.public_url
    }

    /// The site's name in `lang` (`SITE_NAME`, or the default).
    pub fn site_name(&self, lang: Lang) -> String {
        lang.site_name(self.site_name.as_deref())
    }
}

/// The alert to a coordinator about an orientation request: reference, topics, region,
/// language and a link, never her name, contact details or message (mailboxes leak).
pub fn orientation_alert(
    ctx: &MailContext<'_>,
    to: &str,
    reference: &str,
    request: &OrientationRequest,
) -> OutgoingMail {
    let lang = ctx.coordinator_lang;
    let content = EmailContent {
        lang,
        heading: lang.t_args("mail-orientation-alert-heading", &[("reference", reference.into())]),
        paragraphs: vec![lang.t("mail-orientation-alert-text")],
        facts: vec![
            (lang.t("mail-label-reference"), reference.to_owned()),
            (lang.t("mail-label-topics"), Topic::labels(&request.topics, lang)),
            (lang.t("mail-label-region"), request.region.label(lang)),
            (lang.t("mail-label-contact-language"), request.contact_language.label(lang)),
        ],
        link: Some((lang.t("mail-open-request"), admin_link(ctx, reference))),
    };
    let subject = lang.t_args("mail-orientation-alert-subject", &[("reference", reference.into())]);
    content.into_mail(to, None, subject)
}

/// The confirmation she asked for: a neutral subject, nothing about her request and
/// nothing that would alarm someone reading over her shoulder.
pub fn orientation_confirmation(
    ctx: &MailContext<'_>,
    lang: Lang,
    to: &str,
    reference: &str,
) -> OutgoingMail {
    let content = EmailContent {
        lang,
        heading: lang.t("mail-confirmation-heading"),
        paragraphs: vec![
            lang.t("mail-orientation-confirmation-text"),
            lang.t_args("mail-confirmation-reference", &[("reference", reference.into())]),
        ],
        facts: Vec::new(),
        link: None,
    };
    content.into_mail(to, ctx.contact_email, lang.t("mail-orientation-confirmation-subject"))
}

/// The alert to a coordinator about a support offer: the whole offer, replying goes to
/// the volunteer.
pub fn support_alert(
    ctx: &MailContext<'_>,
    to: &str,
    reference: &str,
    request: &SupportRequest,
) -> OutgoingMail {
    let lang = ctx.coordinator_lang;
    let p = &request.personal;
    let mut facts = vec![
        (lang.t("mail-label-reference"), reference.to_owned()),
        (lang.t("field-support-name"), p.name.as_str().to_owned()),
        (lang.t("field-email"), p.email.as_str().to_owned()),
    ];
    if let Some(phone) = &p.phone {
        facts.push((lang.t("field-phone"), phone.as_str().to_owned()));
    }
    facts.push((lang.t("field-help"), HelpWay::labels(&request.help_ways, lang)));
    facts.push((lang.t("field-languages"), SpokenLanguage::labels(&request.languages, lang)));
    facts.push((lang.t("mail-label-region"), request.region.label(lang)));
    if let Some(availability) = &p.availability {
        facts.push((lang.t("field-availability"), availability.as_str().to_owned()));
    }
    let mut paragraphs = vec![lang.t("mail-support-alert-text")];
    if let Some(message) = &p.message {
        paragraphs.push(message.as_str().to_owned());
    }
    let content = EmailContent {
        lang,
        heading: lang.t_args("mail-support-alert-heading", &[("reference", reference.into())]),
        paragraphs,
        facts,
        link: Some((lang.t("mail-open-request"), admin_link(ctx, reference))),
    };
    let subject = lang.t_args("mail-support-alert-subject", &[("reference", reference.into())]);
    content.into_mail(to, Some(p.email.as_str()), subject)
}

/// The thank-you to a volunteer, in the language of the page she or he used.
pub fn support_confirmation(ctx: &MailContext<'_>, lang: Lang, to: &str, reference: &str) -> OutgoingMail {
    let content = EmailContent {
        lang,
        heading: lang.t("mail-support-confirmation-heading"),
        paragraphs: vec![
            lang.t("mail-support-confirmation-text"),
            lang.t_args("mail-confirmation-reference", &[("reference", reference.into())]),
        ],
        facts: Vec::new(),
        link: Some((lang.site_name(ctx.site_name), format!("{}/{}/", ctx.public_url, lang))),
    };
    let subject =
        lang.t_args("mail-support-confirmation-subject", &[("site", lang.site_name(ctx.site_name).into())]);
    content.into_mail(to, ctx.contact_email, subject)
}

fn admin_link(ctx: &MailContext<'_>, reference: &str) -> String {
    format!("{}/admin/requests/{reference}", ctx.public_url)
}

/// An event as the mail about one registration tells it, already made safe: for a
/// sensitive event the title is not here, and the place only when it is public.
pub struct EventMail {
    /// `None` for a sensitive event: nothing in the mail names its topic.
    pub title: Option<String>,
    /// When, in the organisation's time zone and her language: `12 mar. 2027, 18:00–20:00`.
    pub when: String,
    /// The day and the hour alone, for a neutral subject: `12 mar. 2027`, `18:00`.
    pub day: String,
    pub hour: String,
    /// The place, when it may be written down: an address, a town, or "online".
    pub place: Option<String>,
    /// Her private page.
    pub link: String,
    /// The calendar file of the event, made safe the same way.
    pub calendar: Option<String>,
}

/// What a mail about a registration tells her.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegistrationNews {
    /// Just registered, with a place.
    Confirmed,
    /// Just registered, on the waiting list.
    Waiting,
    /// A place came free and is now hers.
    Promoted,
    /// The event starts soon.
    Reminder,
    /// The coordinators changed the event's time, place or status.
    Changed,
    /// The event is cancelled.
    EventCancelled,
    /// Her registration is cancelled (by her link or by a coordinator).
    RegistrationCancelled,
}

impl RegistrationNews {
    fn key(self) -> &'static str {
        match self {
            RegistrationNews::Confirmed => "confirmed",
            RegistrationNews::Waiting => "waiting",
            RegistrationNews::Promoted => "promoted",
            RegistrationNews::Reminder => "reminder",
            RegistrationNews::Changed => "changed",
            RegistrationNews::EventCancelled => "event-cancelled",
            RegistrationNews::RegistrationCancelled => "registration-cancelled",
        }
    }
}

/// A mail to a woman about her registration, in her language. Its subject names the event
/// only when it is not sensitive; otherwise it says "your appointment" and the time.
pub fn registration_mail(
    ctx: &MailContext<'_>,
    lang: Lang,
    to: &str,
    event: &EventMail,
    news: RegistrationNews,
) -> OutgoingMail {
    let key = news.key();
    let subject = match &event.title {
        Some(title) => lang.t_args(
            &format!("mail-event-{key}-subject"),
            &[("title", title.clone().into()), ("day", event.day.clone().into())],
        ),
        None => lang.t_args(
            "mail-event-neutral-subject",
            &[("day", event.day.clone().into()), ("hour", event.hour.clone().into())],
        ),
    };
    let mut facts = Vec::new();
    if let Some(title) = &event.title {
        facts.push((lang.t("mail-label-event"), title.clone()));
    }
    facts.push((lang.t("mail-label-when"), event.when.clone()));
    facts.push((
        lang.t("mail-label-where"),
        event.place.clone().unwrap_or_else(|| lang.t("mail-event-place-on-page")),
    ));
    let content = EmailContent {
        lang,
        heading: lang.t(&format!("mail-event-{key}-heading")),
        paragraphs: vec![lang.t(&format!("mail-event-{key}-text"))],
        facts,
        link: Some((lang.t("mail-event-open-page"), event.link.clone())),
    };
    let mut mail = content.into_mail(to, ctx.contact_email, subject);
    let carries_calendar =
        !matches!(news, RegistrationNews::Waiting | RegistrationNews::RegistrationCancelled);
    if carries_calendar {
        mail.calendar = event.calendar.clone();
    }
    mail
}

/// A message from the coordinators to everyone registered who asked for mail.
pub fn coordinators_message(
    ctx: &MailContext<'_>,
    lang: Lang,
    to: &str,
    event: &EventMail,
    message: &str,
) -> OutgoingMail {
    let subject = match &event.title {
        Some(title) => lang.t_args("mail-event-message-subject", &[("title", title.clone().into())]),
        None => lang.t_args(
            "mail-event-neutral-subject",
            &[("day", event.day.clone().into()), ("hour", event.hour.clone().into())],
        ),
    };
    let content = EmailContent {
        lang,
        heading: lang.t("mail-event-message-heading"),
        paragraphs: vec![message.to_owned()],
        facts: vec![(lang.t("mail-label-when"), event.when.clone())],
        link: Some((lang.t("mail-event-open-page"), event.link.clone())),
    };
    content.into_mail(to, ctx.contact_email, subject)
}
