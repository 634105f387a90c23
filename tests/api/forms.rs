use std::time::Duration;

use latinas::i18n::Lang;
use scraper::{Html, Selector};

use crate::helpers::{LANGS, TestApp, location, post_form_with_headers, reference_on, set_cookie};
use crate::smtp::SmtpServer;

const SECRET_NAME: &str = "Rosalinda Secretname";
const SECRET_EMAIL: &str = "rosalinda.private@example.org";
const SECRET_PHONE: &str = "+32 470 98 76 54";
const SECRET_MESSAGE: &str = "My partner controls my papers and I am afraid";

fn orientation_fields() -> Vec<(&'static str, &'static str)> {
    vec![
        ("name", SECRET_NAME),
        ("email", SECRET_EMAIL),
        ("phone", SECRET_PHONE),
        ("safe_to_message", "no"),
        ("best_time", "mornings"),
        ("contact_language", "es"),
        ("region", "liege"),
        ("topic", "violence"),
        ("topic", "residence"),
        ("message", SECRET_MESSAGE),
        ("consent", "yes"),
    ]
}

fn support_fields() -> Vec<(&'static str, &'static str)> {
    vec![
        ("name", "Joost Helper"),
        ("email", "joost@example.org"),
        ("phone", ""),
        ("help", "translate"),
        ("help", "event"),
        ("languages", "nl"),
        ("languages", "es"),
        ("region", "antwerp"),
        ("availability", "Saturday mornings"),
        ("message", "I can translate Dutch and Spanish"),
        ("consent", "yes"),
    ]
}

async fn count_requests(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM requests").fetch_one(&app.state.db.read).await.expect("count")
}

#[tokio::test]
async fn orientation_request_reaches_coordinators_without_her_personal_data() {
    let smtp = SmtpServer::start();
    let url = SmtpServer::url(smtp.port);
    let app = TestApp::spawn_with(&[
        ("SMTP_URL", url.as_str()),
        ("COORDINATOR_EMAILS", "coord1@latinas.example, coord2@latinas.example"),
        ("COORDINATOR_LANG", "nl"),
        ("ANSWER_LANGUAGES", "es,pt"),
        ("CONTACT_EMAIL", "equipo@latinas.example"),
    ])
    .await;
    let form = app.open_form("/en/orientation").await;
    let mut fields = replace(&orientation_fields(), "contact_language", "pt");
    fields.push(("confirmation", "yes"));
    let response = app.submit(&form, &fields).await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(response.headers()), "/en/thanks");
    let reference = app.reference_of(&response);
    assert!(reference.starts_with("OR-"), "{reference}");
    let page = app.follow_to_thanks(&response).await;
    assert_eq!(
        reference_on(&page).as_deref(),
        Some(reference.as_str()),
        "the thank-you page shows the reference"
    );
    assert!(!page.contains(SECRET_NAME));

    let mails = smtp.wait_for(3, Duration::from_secs(20)).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(smtp.received().len(), 3, "two alerts and one confirmation, each once");
    let alerts: Vec<_> = mails.iter().filter(|m| m.to[0].starts_with("coord")).collect();
    assert_eq!(alerts.len(), 2);
    for alert in &alerts {
        assert_eq!(alert.from, "noreply@latinas.example");
        assert!(alert.subject.contains(&reference));
        let nl = Lang::Nl;
        for expected in
            [nl.t("topic-violence"), nl.t("topic-residence"), nl.t("region-liege"), nl.t("contact-lang-pt")]
        {
            assert!(alert.text.contains(&expected), "alert in Dutch lists {expected}: {}", alert.text);
        }
        assert!(alert.text.contains(&format!("http://localhost:3000/admin/requests/{reference}")));
        for secret in [SECRET_NAME, SECRET_EMAIL, SECRET_PHONE, SECRET_MESSAGE, "mornings"] {
            // Decoded: quoted-printable may split a word in the raw source.
            for (part, text) in [("subject", &alert.subject), ("text", &alert.text), ("html", &alert.html)] {
                assert!(!text.contains(secret), "the alert's {part} must not carry {secret}");
            }
            assert!(!alert.raw.contains(secret), "nor its raw source (headers included)");
        }
    }
    let confirmation = mails.iter().find(|m| m.to[0] == SECRET_EMAIL).expect("her confirmation");
    assert_eq!(confirmation.subject, Lang::En.t("mail-orientation-confirmation-subject"));
    assert_eq!(confirmation.reply_to, "equipo@latinas.example", "her reply reaches the organisation");
    assert!(confirmation.text.contains(&reference));
    assert_eq!(
        confirmation.text.trim().lines().filter(|l| !l.trim().is_empty()).count(),
        3,
        "a heading, one neutral sentence and the reference, nothing that would alarm an onlooker:\n{}",
        confirmation.text
    );
    for secret in [SECRET_MESSAGE, SECRET_NAME, "violence", "Violence"] {
        for (part, text) in
            [("subject", &confirmation.subject), ("text", &confirmation.text), ("html", &confirmation.html)]
        {
            assert!(
                !text.contains(secret),
                "the confirmation's {part} says nothing of her request: {secret}"
            );
        }
        assert!(!confirmation.raw.contains(secret), "nor its raw source: {secret}");
    }

    let personal: String =
        sqlx::query_scalar("SELECT personal FROM requests").fetch_one(&app.state.db.read).await.expect("row");
    assert!(!personal.contains(SECRET_NAME) && !personal.contains("Rosalinda"), "stored encrypted");
}

#[tokio::test]
async fn no_confirmation_goes_to_her_unless_she_asks() {
    let smtp = SmtpServer::start();
    let url = SmtpServer::url(smtp.port);
    let app =
        TestApp::spawn_with(&[("SMTP_URL", url.as_str()), ("COORDINATOR_EMAILS", "coord@latinas.example")])
            .await;
    let form = app.open_form("/es/orientation").await;
    assert_eq!(app.submit(&form, &orientation_fields()).await.status(), 303);
    // What is queued is decided in the transaction that stores her request: no confirmation
    // row at all, not merely none sent yet.
    let purposes: Vec<String> = sqlx::query_scalar("SELECT purpose FROM outbox ORDER BY id")
        .fetch_all(&app.state.db.read)
        .await
        .expect("outbox");
    assert_eq!(purposes, ["coordinator"], "only the alert is queued");
    let received = smtp.wait_for(1, Duration::from_secs(20)).await;
    assert_eq!(received[0].to, vec!["coord@latinas.example".to_owned()]);
}

#[tokio::test]
async fn support_offer_is_mailed_in_full_with_reply_to_and_confirmed_in_her_language() {
    let smtp = SmtpServer::start();
    let url = SmtpServer::url(smtp.port);
    let app =
        TestApp::spawn_with(&[("SMTP_URL", url.as_str()), ("COORDINATOR_EMAILS", "coord@latinas.example")])
            .await;
    let form = app.open_form("/nl/support").await;
    let response = app.submit(&form, &support_fields()).await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(response.headers()), "/nl/thanks");
    let reference = app.reference_of(&response);
    assert!(reference.starts_with("SU-"), "{reference}");

    let mails = smtp.wait_for(2, Duration::from_secs(20)).await;
    let alert = mails.iter().find(|m| m.to[0] == "coord@latinas.example").expect("alert");
    assert_eq!(alert.reply_to, "joost@example.org");
    for expected in
        ["Joost Helper", "joost@example.org", "I can translate Dutch and Spanish", "Saturday mornings"]
    {
        assert!(alert.text.contains(expected), "{expected}");
    }
    assert!(alert.subject.contains(&reference));
    let confirmation = mails.iter().find(|m| m.to[0] == "joost@example.org").expect("confirmation");
    assert!(confirmation.text.contains(&Lang::Nl.t("mail-support-confirmation-text")));
    assert_eq!(confirmation.reply_to, "", "without CONTACT_EMAIL, no Reply-To is made up");
    assert!(confirmation.text.contains(&reference));
    assert!(confirmation.html.contains(&reference));
}

#[tokio::test]
async fn mail_survives_a_mail_server_outage_and_a_restart_and_arrives_exactly_once() {
    let down = SmtpServer::down();
    let url = down.url();
    let vars = [
        ("SMTP_URL", url.as_str()),
        ("COORDINATOR_EMAILS", "coord@latinas.example"),
        ("FORM_RATE_LIMIT", "0"),
    ];
    let app = TestApp::spawn_with(&vars).await;
    let mut references = Vec::new();
    for lang in ["es", "fr", "en"] {
        let form = app.open_form(&format!("/{lang}/support")).await;
        let response = app.submit(&form, &support_fields()).await;
        assert_eq!(response.status(), 303, "accepted while the mail server is down");
        references.push(app.reference_of(&response));
    }
    // Let the worker fail a few times.
    tokio::time::sleep(Duration::from_millis(800)).await;
    let attempts: i64 = sqlx::query_scalar("SELECT MIN(attempts) FROM outbox")
        .fetch_one(&app.state.db.read)
        .await
        .expect("attempts");
    assert!(attempts >= 1, "delivery was tried and failed");

    // The site restarts while mail is pending.
    let dir = app.dir.clone();
    let tempdir = app.stop().await;
    let app = TestApp::spawn_in(&dir, &vars).await;

    let smtp = down.start();
    let mails = smtp.wait_for(6, Duration::from_secs(30)).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let mails_after = smtp.received();
    assert_eq!(mails_after.len(), 6, "each message exactly once: {mails:#?}");
    let mut ids: Vec<&str> = mails_after.iter().map(|m| m.message_id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 6, "six distinct messages");
    for reference in &references {
        assert_eq!(mails_after.iter().filter(|m| m.subject.contains(reference)).count(), 1, "{reference}");
    }
    let unsent: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE state != 'sent'")
        .fetch_one(&app.state.db.read)
        .await
        .expect("count");
    assert_eq!(unsent, 0);
    drop(tempdir);
}

#[tokio::test]
async fn without_an_smtp_server_mail_is_written_to_files() {
    let app = TestApp::spawn_with(&[("COORDINATOR_EMAILS", "coord@latinas.example")]).await;
    let form = app.open_form("/fr/support").await;
    assert_eq!(app.submit(&form, &support_fields()).await.status(), 303);
    let start = std::time::Instant::now();
    loop {
        let unsent: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE state != 'sent'")
            .fetch_one(&app.state.db.read)
            .await
            .expect("count");
        if unsent == 0 {
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(10), "{unsent} mails not yet written");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Each queued mail is one .eml file, a message a real parser reads, to its recipient.
    let mut recipients = Vec::new();
    for entry in std::fs::read_dir(app.dir.join("mail")).expect("the mail folder") {
        let path = entry.expect("entry").path();
        assert_eq!(path.extension().and_then(|e| e.to_str()), Some("eml"), "{}", path.display());
        let bytes = std::fs::read(&path).expect("readable");
        let message = mail_parser::MessageParser::default().parse(&bytes).expect("a parsable message");
        let to = message.to().and_then(|a| a.first()).and_then(|a| a.address()).expect("a recipient");
        assert!(message.subject().is_some_and(|s| !s.is_empty()), "a subject");
        assert!(message.body_text(0).is_some() && message.body_html(0).is_some(), "text and HTML");
        recipients.push(to.to_owned());
    }
    recipients.sort();
    assert_eq!(recipients, ["coord@latinas.example", "joost@example.org"], "the alert and the confirmation");
}

#[tokio::test]
async fn a_second_submission_of_the_same_form_stores_nothing_new() {
    let app = TestApp::spawn_with(&[("COORDINATOR_EMAILS", "coord@latinas.example")]).await;
    let form = app.open_form("/es/orientation").await;
    let mut fields = orientation_fields();
    fields.push(("confirmation", "yes"));
    let first = app.submit(&form, &fields).await;
    let second = app.submit(&form, &fields).await;
    assert_eq!(first.status(), 303);
    assert_eq!(second.status(), 303);
    assert_eq!(location(first.headers()), location(second.headers()), "the same reference");
    assert_eq!(count_requests(&app).await, 1);
    let mails: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM outbox").fetch_one(&app.state.db.read).await.expect("count");
    assert_eq!(mails, 2, "the alert and her confirmation, queued once");
}

#[tokio::test]
async fn a_blank_form_is_the_same_page_for_everyone_but_its_token_gzip_or_not() {
    let app = TestApp::spawn().await;
    let client = crate::helpers::client();
    let mut pages = Vec::new();
    for encoding in ["gzip, deflate, br", "gzip", "identity"] {
        let response = client
            .get(format!("{}/nl/orientation", app.base))
            .header("accept-encoding", encoding)
            .send()
            .await
            .expect("form");
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["cache-control"], "no-store", "nothing per-visitor is cached");
        let gzip = response.headers().get("content-encoding").is_some_and(|v| v == "gzip");
        assert_eq!(gzip, encoding.contains("gzip"), "gzip exactly when accepted ({encoding})");
        let cookie = crate::helpers::form_cookie(response.headers());
        let bytes = response.bytes().await.expect("body");
        let html = if gzip {
            let mut html = String::new();
            std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&bytes[..]), &mut html)
                .expect("valid gzip");
            html
        } else {
            String::from_utf8(bytes.to_vec()).expect("utf-8")
        };
        let token = crate::helpers::token_in(&html);
        pages.push((
            html.replace(&token, "TOKEN"),
            crate::helpers::FormSession { path: "/nl/orientation".to_owned(), cookie, token },
        ));
    }
    assert_ne!(pages[0].1.token, pages[1].1.token, "each visitor gets her own token");
    assert_eq!(pages[0].0, pages[1].0, "the rest of the page is the same");
    assert_eq!(pages[0].0, pages[2].0, "whatever the encoding");
    assert!(!pages[0].0.contains(latinas::web::page_cache::HOLE), "no placeholder is left");
    for (_, form) in &pages {
        let response = app.submit(form, &orientation_fields()).await;
        assert_eq!(response.status(), 303, "the token of a served form is accepted");
    }
    assert_eq!(count_requests(&app).await, 3);
}

fn select_all<'a>(doc: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    doc.select(&Selector::parse(css).expect("selector")).collect()
}

#[tokio::test]
async fn a_rejected_orientation_form_explains_each_problem_and_keeps_what_was_typed() {
    let app = TestApp::spawn().await;
    let form = app.open_form("/fr/orientation").await;
    let fields = [
        ("name", "Ana <b>María</b>"),
        ("email", "not-an-email"),
        ("phone", "call me"),
        ("best_time", "après 14h"),
        ("region", "namur"),
        ("topic", "housing"),
        ("topic", "work"),
        ("message", "Línea uno\nLínea <script>dos</script>"),
        ("safe_to_message", "yes"),
    ];
    let response = app.submit(&form, &fields).await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.expect("body");
    let doc = Html::parse_document(&html);
    assert_eq!(select_all(&doc, "html")[0].value().attr("lang"), Some("fr"));

    let summary_links: Vec<&str> =
        select_all(&doc, ".error-summary a").iter().filter_map(|a| a.value().attr("href")).collect();
    assert_eq!(
        summary_links,
        vec!["#field-email", "#field-phone", "#field-contact_language", "#field-consent"],
        "one link per problem, in the form's order"
    );
    for (field, key) in [
        ("email", "error-email-invalid"),
        ("phone", "error-phone-invalid"),
        ("contact_language", "error-language-required"),
        ("consent", "error-consent-required"),
    ] {
        let message = Lang::Fr.t(key);
        let error = select_all(&doc, &format!("#{field}-error"));
        assert_eq!(error.len(), 1, "{field} has its message");
        assert!(error[0].text().collect::<String>().contains(&message), "{field}: {message}");
    }
    let email = &select_all(&doc, "input#email")[0];
    assert_eq!(email.value().attr("value"), Some("not-an-email"));
    assert_eq!(email.value().attr("aria-invalid"), Some("true"));
    assert!(email.value().attr("aria-describedby").unwrap_or("").contains("email-error"));
    assert_eq!(select_all(&doc, "input#name")[0].value().attr("value"), Some("Ana <b>María</b>"));
    assert_eq!(select_all(&doc, "input#best_time")[0].value().attr("value"), Some("après 14h"));
    assert_eq!(select_all(&doc, "option[value=namur]")[0].value().attr("selected"), Some(""));
    for checked in ["#topic-housing", "#topic-work", "#safe_to_message-yes"] {
        assert!(select_all(&doc, checked)[0].value().attr("checked").is_some(), "{checked} stays checked");
    }
    assert!(select_all(&doc, "#topic-health")[0].value().attr("checked").is_none());
    let message = select_all(&doc, "textarea#message")[0].text().collect::<String>();
    assert_eq!(message, "Línea uno\nLínea <script>dos</script>");
    assert!(!html.contains("<script>dos"), "what she typed is escaped");
    assert!(!html.contains("<b>María"));
    assert_eq!(count_requests(&app).await, 0);
}

#[tokio::test]
async fn every_orientation_rule_has_its_own_message() {
    let app = TestApp::spawn_with(&[("FORM_RATE_LIMIT", "0")]).await;
    let valid = orientation_fields();
    let long_name = "n".repeat(121);
    let long_message = "m".repeat(5001);
    let cases: Vec<RuleCase> = vec![
        ("no way to reach her", without(&valid, &["email", "phone"]), "error-contact-required"),
        ("bad email", replace(&valid, "email", "ana@"), "error-email-invalid"),
        ("bad phone", replace(&valid, "phone", "12"), "error-phone-invalid"),
        ("no language", without(&valid, &["contact_language"]), "error-language-required"),
        ("unknown language", replace(&valid, "contact_language", "de"), "error-language-required"),
        ("no region", without(&valid, &["region"]), "error-region-required"),
        ("no topic", without(&valid, &["topic"]), "error-topic-required"),
        (
            "unknown topic",
            replace(&without(&valid, &["topic"]), "x", "y").into_iter().chain([("topic", "bogus")]).collect(),
            "error-topic-required",
        ),
        ("long name", replace(&valid, "name", &long_name), "error-too-long-short"),
        ("long message", replace(&valid, "message", &long_message), "error-too-long-message"),
        (
            "confirmation without email",
            without(&valid, &["email"]).into_iter().chain([("confirmation", "yes")]).collect(),
            "error-confirmation-needs-email",
        ),
        ("no consent", without(&valid, &["consent"]), "error-consent-required"),
    ];
    for (case, fields, key) in cases {
        let form = app.open_form("/es/orientation").await;
        let response = app.submit(&form, &fields).await;
        assert_eq!(response.status(), 422, "{case}");
        let html = response.text().await.expect("body");
        assert!(html.contains(&escape(&Lang::Es.t(key))), "{case}: {key}");
    }
    assert_eq!(count_requests(&app).await, 0);
}

#[tokio::test]
async fn every_support_rule_has_its_own_message() {
    let app = TestApp::spawn_with(&[("FORM_RATE_LIMIT", "0")]).await;
    let valid = support_fields();
    let cases: Vec<RuleCase> = vec![
        ("no name", without(&valid, &["name"]), "error-name-required"),
        ("no email", without(&valid, &["email"]), "error-email-required"),
        ("bad email", replace(&valid, "email", "joost@@example.org"), "error-email-invalid"),
        ("bad phone", replace(&valid, "phone", "ring ring"), "error-phone-invalid"),
        ("no help", without(&valid, &["help"]), "error-help-required"),
        ("no languages", without(&valid, &["languages"]), "error-languages-required"),
        ("no region", without(&valid, &["region"]), "error-region-required"),
        ("no consent", without(&valid, &["consent"]), "error-consent-required"),
    ];
    for (case, fields, key) in cases {
        let form = app.open_form("/en/support").await;
        let response = app.submit(&form, &fields).await;
        assert_eq!(response.status(), 422, "{case}");
        let html = response.text().await.expect("body");
        assert!(html.contains(&escape(&Lang::En.t(key))), "{case}: {key}");
        assert!(html.contains("value=\"Saturday mornings\""), "{case}: typed values kept");
    }
    assert_eq!(count_requests(&app).await, 0);
}

#[tokio::test]
async fn forged_or_foreign_posts_are_refused_with_the_form_kept() {
    let app = TestApp::spawn().await;
    let form = app.open_form("/en/support").await;
    let body = crate::helpers::encode(&support_fields());

    let no_token = app.post_raw("/en/support", Some(&form.cookie), &body).await;
    assert_eq!(no_token.status(), 403);
    let html = no_token.text().await.expect("body");
    assert!(html.contains(&escape(&Lang::En.t("error-form-security"))));
    assert!(html.contains("value=\"Joost Helper\""), "what was typed is kept");

    let kept = |html: String, what: &str| {
        assert!(html.contains(&escape(&Lang::En.t("error-form-security"))), "{what}: the reason");
        assert!(html.contains("value=\"Joost Helper\""), "{what}: what was typed is kept");
    };
    let mut other = form.clone();
    other.cookie = "another-browser-cookie-value".to_owned();
    let response = app.submit(&other, &support_fields()).await;
    assert_eq!(response.status(), 403, "token of another browser");
    kept(response.text().await.expect("body"), "another browser");

    let orientation = app.open_form("/en/orientation").await;
    let mut swapped = form.clone();
    swapped.token = orientation.token;
    let response = app.submit(&swapped, &support_fields()).await;
    assert_eq!(response.status(), 403, "token of another form");
    kept(response.text().await.expect("body"), "another form");

    let cross_site = post_form_with_headers(
        &app.client,
        &app.base,
        &form,
        &support_fields(),
        &[("origin", "https://evil.example")],
    )
    .await;
    assert_eq!(cross_site.status(), 403, "posted from another site");
    kept(cross_site.text().await.expect("body"), "another site");
    assert_eq!(count_requests(&app).await, 0);
}

#[tokio::test]
async fn a_filled_honeypot_is_refused() {
    let app = TestApp::spawn().await;
    let form = app.open_form("/es/support").await;
    let mut fields = support_fields();
    fields.push(("website", "http://spam.example"));
    let response = app.submit(&form, &fields).await;
    assert_eq!(response.status(), 422);
    assert!(response.text().await.expect("body").contains(&escape(&Lang::Es.t("error-form-rejected"))));
    assert_eq!(count_requests(&app).await, 0);
}

#[tokio::test]
async fn a_form_sent_faster_than_a_person_can_is_shown_again() {
    let app = TestApp::spawn_with(&[("FORM_MIN_SECONDS", "3")]).await;
    let too_fast = escape(&Lang::Nl.t("error-form-too-fast"));
    // With real mistakes, she sees them on their fields, and not the "send it again" note.
    let form = app.open_form("/nl/support").await;
    let response = app.submit(&form, &without(&support_fields(), &["consent", "email"])).await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.expect("body");
    assert!(html.contains(&escape(&Lang::Nl.t("error-consent-required"))), "the consent error");
    assert!(html.contains(&escape(&Lang::Nl.t("error-email-required"))), "the email error");
    assert!(
        html.contains("id=\"consent-error\"") && html.contains("id=\"email-error\""),
        "tied to the fields"
    );
    assert!(!html.contains(&too_fast), "no note about speed while something else is wrong");
    // Nothing else wrong: only then the note.
    let form = app.open_form("/nl/support").await;
    let response = app.submit(&form, &support_fields()).await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.expect("body");
    assert!(html.contains(&too_fast));
    assert!(html.contains("value=\"Joost Helper\""));
    assert_eq!(count_requests(&app).await, 0);
}

#[tokio::test]
async fn she_can_choose_only_the_languages_the_team_answers_in() {
    let radios = Selector::parse("input[name=contact_language]").expect("selector");
    let offered = |html: &str| -> Vec<String> {
        Html::parse_document(html)
            .select(&radios)
            .filter_map(|input| input.value().attr("value").map(str::to_owned))
            .collect()
    };
    let app = TestApp::spawn().await;
    assert_eq!(offered(&app.page("/es/orientation").await), ["es", "en", "nl", "fr"], "the default");
    let form = app.open_form("/es/orientation").await;
    let fields = replace(&orientation_fields(), "contact_language", "pt");
    let refused = app.submit(&form, &fields).await;
    assert_eq!(refused.status(), 422, "Portuguese is not offered, so not accepted");
    assert!(refused.text().await.expect("body").contains("id=\"contact_language-error\""));
    assert_eq!(count_requests(&app).await, 0);

    let app = TestApp::spawn_with(&[("ANSWER_LANGUAGES", "pt,es")]).await;
    assert_eq!(offered(&app.page("/nl/orientation").await), ["pt", "es"], "as configured");
    let form = app.open_form("/nl/orientation").await;
    assert_eq!(app.submit(&form, &fields).await.status(), 303);
}

#[tokio::test]
async fn the_promised_answer_time_is_plural_aware_and_zero_days_stops_start_up() {
    for days in [1_u64, 3] {
        let value = days.to_string();
        let app = TestApp::spawn_with(&[("ANSWER_WITHIN_DAYS", value.as_str())]).await;
        for lang in Lang::ALL {
            let html = app.page(&format!("/{lang}/orientation")).await;
            let sentence = lang.t_args("orientation-answer-time", &[("days", days.into())]);
            assert!(html.contains(&escape(&sentence)), "{lang} {days}: {sentence}");
        }
    }
    let one = Lang::En.t_args("orientation-answer-time", &[("days", 1.into())]);
    let many = Lang::En.t_args("orientation-answer-time", &[("days", 3.into())]);
    assert_ne!(one.replace('1', ""), many.replace('3', ""), "singular and plural differ: {one} / {many}");

    let dir = tempfile::tempdir().expect("folder");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_latinas"))
        .env("DATA_DIR", dir.path())
        .env("BIND_ADDR", "127.0.0.1:0")
        .env("ANSWER_WITHIN_DAYS", "0")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("latinas runs");
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("status") {
            break status;
        }
        if started.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            panic!("it started serving with ANSWER_WITHIN_DAYS=0");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(!status.success(), "it refuses to start");
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().expect("stderr"), &mut stderr).expect("read");
    assert!(
        stderr.contains("ANSWER_WITHIN_DAYS") && stderr.contains("at least 1"),
        "a clear message: {stderr}"
    );
}

#[tokio::test]
async fn posts_over_the_rate_limit_get_a_localized_answer_and_keep_the_form() {
    let app = TestApp::spawn_with(&[("FORM_RATE_LIMIT", "2")]).await;
    let form = app.open_form("/fr/support").await;
    let invalid = without(&support_fields(), &["consent"]);
    for _ in 0..2 {
        assert_eq!(app.submit(&form, &invalid).await.status(), 422);
    }
    let limited = app.submit(&form, &support_fields()).await;
    assert_eq!(limited.status(), 429);
    let html = limited.text().await.expect("body");
    assert!(html.contains(&escape(&Lang::Fr.t("error-rate-limited"))));
    assert!(html.contains("value=\"Joost Helper\""));
    assert_eq!(count_requests(&app).await, 0);
}

#[tokio::test]
async fn oversized_and_non_form_bodies_get_clear_answers() {
    let app = TestApp::spawn().await;
    let form = app.open_form("/en/orientation").await;
    let huge = "m".repeat(200 * 1024);
    let response = app.submit(&form, &[("message", huge.as_str())]).await;
    assert_eq!(response.status(), 413);
    let html = response.text().await.expect("body");
    assert!(html.contains(&escape(&Lang::En.t("error-too-large-title"))), "{html}");

    let json = app
        .client
        .post(format!("{}/en/orientation", app.base))
        .header("content-type", "application/json")
        .body("{}")
        .send()
        .await
        .expect("sent");
    assert_eq!(json.status(), 415);
    assert!(json.text().await.expect("body").contains("<html lang=\"en\">"));
}

#[tokio::test]
async fn the_thank_you_page_shows_her_reference_once_at_a_neutral_address() {
    let app = TestApp::spawn().await;
    for old in ["/es/orientation/thanks/OR-2345", "/es/support/thanks/SU-2345"] {
        assert_eq!(app.get(old).await.status(), 404, "no address holds a reference: {old}");
    }
    for (kind, fields, prefix) in
        [("support", support_fields(), "SU-"), ("orientation", orientation_fields(), "OR-")]
    {
        let form = app.open_form(&format!("/es/{kind}")).await;
        let response = app.submit(&form, &fields).await;
        assert_eq!(response.status(), 303, "{kind} is stored");
        assert_eq!(
            location(response.headers()),
            "/es/thanks",
            "neither the form nor the reference in the URL"
        );
        let reference = app.reference_of(&response);
        assert!(reference.starts_with(prefix), "{reference}");
        let flash = set_cookie(response.headers(), "flash").expect("flash cookie");
        assert!(!flash.contains(&reference), "the cookie hides the reference: {flash}");
        assert!(flash.contains("HttpOnly") && flash.contains("Max-Age=600"), "{flash}");

        let html = app.follow_to_thanks(&response).await;
        assert_eq!(reference_on(&html).as_deref(), Some(reference.as_str()), "it shows her reference");
        let title = html.split("<title>").nth(1).and_then(|t| t.split("</title>").next()).expect("title");
        assert!(title.starts_with(&Lang::Es.t("thanks-title")), "a neutral title: {title}");
        assert!(!title.contains(&reference));
        assert!(html.contains(&Lang::Es.t(&format!("thanks-{kind}-received"))), "what she sent, in the page");

        // Opened again (a reload, her history): the cookie is gone, and so is the reference.
        let again = app.get("/es/thanks").await;
        assert_eq!(again.status(), 200);
        let html = again.text().await.expect("body");
        assert_eq!(reference_on(&html), None);
        assert!(html.contains(&Lang::Es.t("thanks-reference-shown-once")));
        assert!(
            !html.contains(&Lang::Es.t(&format!("thanks-{kind}-received"))),
            "nothing about what she sent"
        );
    }
    // A forged or stale cookie shows nothing.
    let page = app.get_with("/es/thanks", &[("cookie", "flash=k1:AAAA")]).await;
    assert_eq!(reference_on(&page.text().await.expect("body")), None);
}

/// A case name, the fields sent, and the Fluent key of the expected message.
type RuleCase<'a> = (&'a str, Vec<(&'a str, &'a str)>, &'a str);

fn without<'a>(fields: &[(&'a str, &'a str)], names: &[&str]) -> Vec<(&'a str, &'a str)> {
    fields.iter().filter(|(name, _)| !names.contains(name)).copied().collect()
}

fn replace<'a>(fields: &[(&'a str, &'a str)], name: &str, value: &'a str) -> Vec<(&'a str, &'a str)> {
    fields.iter().map(|(n, v)| if *n == name { (*n, value) } else { (*n, *v) }).collect()
}

/// As askama writes text into HTML.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

/// Posts the support form three times, each from `forwarded_for` in turn; the statuses.
async fn three_posts(app: &TestApp, forwarded_for: [&str; 3]) -> Vec<u16> {
    let mut statuses = Vec::new();
    for address in forwarded_for {
        let form = app.open_form("/es/support").await;
        let response = post_form_with_headers(
            &app.client,
            &app.base,
            &form,
            &support_fields(),
            &[("x-forwarded-for", address)],
        )
        .await;
        statuses.push(response.status().as_u16());
    }
    statuses
}

#[tokio::test]
async fn the_rate_limit_sees_the_real_client_only_behind_our_own_proxy() {
    // Not behind a proxy (the default): X-Forwarded-For is anyone's to forge, so it is ignored
    // and all three posts come from the one socket address.
    let direct = TestApp::spawn_with(&[("FORM_RATE_LIMIT", "2")]).await;
    assert_eq!(three_posts(&direct, ["198.51.100.1", "198.51.100.2", "198.51.100.3"]).await, [303, 303, 429]);
    // Behind our proxy: the address it appended is the client.
    let proxied = TestApp::spawn_with(&[("FORM_RATE_LIMIT", "2"), ("TRUST_PROXY", "true")]).await;
    assert_eq!(
        three_posts(&proxied, ["198.51.100.1", "198.51.100.2", "198.51.100.3"]).await,
        [303, 303, 303],
        "three clients"
    );
    assert_eq!(
        three_posts(&proxied, ["198.51.100.9", "203.0.113.5, 198.51.100.9", "198.51.100.9"]).await,
        [303, 303, 429],
        "one client, whatever it put in front of the proxy's entry"
    );
}

#[tokio::test]
async fn the_support_form_offers_no_way_to_give_money() {
    let app = TestApp::spawn().await;
    for lang in LANGS {
        let html = app.page(&format!("/{lang}/support")).await;
        assert!(html.contains("name=\"help\" value=\"translate\""), "{lang}: the ways to help are offered");
        assert!(
            !html.contains("value=\"donate\""),
            "{lang}: nothing in the organisation's text about donations"
        );
    }
    let form = app.open_form("/es/support").await;
    let fields = replace(&support_fields(), "help", "donate");
    let response = app.submit(&form, &fields).await;
    assert_eq!(response.status(), 422, "not offered, so not accepted");
    assert!(response.text().await.expect("body").contains("id=\"help-error\""));
    assert_eq!(count_requests(&app).await, 0);
}
