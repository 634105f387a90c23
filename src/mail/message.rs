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
        OutgoingMail { to: to.to_owned(), reply_to: reply_to.map(str::to_owned), subject, text, html }
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
