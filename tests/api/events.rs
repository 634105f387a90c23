//! Events over real HTTP, a real SQLite file and a real SMTP server: registering without an
//! account, never overbooked; the waiting list; her private link; reminders through the
//! outbox across an outage and a restart; notices; sensitive events that leak no topic;
//! calendar files and feeds read by parsers nobody here wrote; retention keeping the counts.

use std::collections::HashSet;
use std::time::Duration;

use jiff::{SignedDuration, Timestamp};
use latinas::db::audit::Actor;
use latinas::db::content::Texts;
use latinas::domain::event::{EventFacts, EventKind, EventStatus, stored};
use latinas::i18n::Lang;
use mail_parser::MimeHeaders;

use crate::admin::{Browser, signed_in};
use crate::helpers::{FormSession, TestApp, location};
use crate::smtp::SmtpServer;

/// An event's facts: published, scheduled, in Ghent, starting `starts_in` from now for two
/// hours, a waiting list, at most two places per registration.
pub fn facts(slug: &str, capacity: i64, starts_in: SignedDuration) -> EventFacts {
    let starts = Timestamp::now() + starts_in;
    EventFacts {
        slug: slug.to_owned(),
        kind: EventKind::Workshop,
        status: EventStatus::Scheduled,
        published: true,
        starts_at: stored(starts),
        ends_at: stored(starts + SignedDuration::from_hours(2)),
        online: false,
        town: "Gent".to_owned(),
        address: "Voorbeeldstraat 1".to_owned(),
        address_public: true,
        languages: vec![],
        accessibility: vec![],
        capacity,
        max_per_registration: 2,
        waiting_list: true,
        registration_opens_at: None,
        registration_closes_at: None,
        reminder_hours: 24,
        sensitive: false,
    }
}

fn texts(title: &str) -> Vec<(Lang, Texts)> {
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let title = format!("{title} ({lang})");
            (lang, Texts { title, summary: "Un encuentro".to_owned(), body: "Con **café**.".to_owned() })
        })
        .collect()
}

/// Saves `facts` as the back office would; returns the event's id.
pub async fn save(app: &TestApp, facts: &EventFacts, title: &str) -> i64 {
    let id =
        app.state.events.save(Actor::COMMAND_LINE, None, facts, &texts(title)).await.expect("event saved");
    app.state.pages.invalidate();
    id
}

/// An open event in ten days with `capacity` places; returns its slug.
pub async fn open_event(app: &TestApp, slug: &str, capacity: i64) -> String {
    save(app, &facts(slug, capacity, SignedDuration::from_hours(240)), "Taller abierto").await;
    slug.to_owned()
}

/// An event that ended ten days ago.
pub async fn past_event(app: &TestApp, slug: &str) {
    save(app, &facts(slug, 10, SignedDuration::from_hours(-240)), "Taller pasado").await;
}

/// Registers through the event's form with `fields` (consent added); returns the secret
/// of her private link.
pub async fn register(app: &TestApp, slug: &str, fields: &[(&str, &str)]) -> String {
    let form = app.open_form(&format!("/es/events/{slug}")).await;
    let response = submit(app, &form, fields).await;
    assert_eq!(response.status(), 303, "registered");
    secret_of(&response)
}

async fn submit(app: &TestApp, form: &FormSession, fields: &[(&str, &str)]) -> reqwest::Response {
    let mut all = vec![("consent", "yes")];
    all.extend_from_slice(fields);
    app.submit(form, &all).await
}

/// The secret in a registration's 303 (`/es/registration/<secret>?new`).
fn secret_of(response: &reqwest::Response) -> String {
    let target = location(response.headers());
    let rest = target.split("/registration/").nth(1).unwrap_or_else(|| panic!("to her page: {target}"));
    rest.split('?').next().expect("secret").to_owned()
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&app.state.db.read).await.expect(sql)
}

#[tokio::test]
async fn three_hundred_at_once_for_twenty_places_are_never_overbooked_and_wait_in_order() {
    let app = TestApp::spawn_with(&[("FORM_RATE_LIMIT", "0")]).await;
    let slug = open_event(&app, "la-carrera", 20).await;
    // Every woman first opens the page (her own token), then all send at once.
    let mut forms = Vec::new();
    for _ in 0..300 {
        forms.push(app.open_form(&format!("/es/events/{slug}")).await);
    }
    let mut tasks = Vec::new();
    for (i, form) in forms.into_iter().enumerate() {
        let (client, base) = (app.client.clone(), app.base.clone());
        tasks.push(tokio::spawn(async move {
            let places = if i % 3 == 0 { "2" } else { "1" };
            let phone = format!("0470{i:06}");
            crate::helpers::post_form(
                &client,
                &base,
                &form,
                &[("consent", "yes"), ("phone", &phone), ("places", places)],
            )
            .await
            .status()
            .as_u16()
        }));
    }
    let mut statuses = Vec::new();
    for task in tasks {
        statuses.push(task.await.expect("task"));
    }
    assert!(statuses.iter().all(|s| *s == 303), "every registration is taken: {statuses:?}");
    let rows: Vec<(i64, i64, String)> =
        sqlx::query_as("SELECT id, places, state FROM event_registrations ORDER BY id")
            .fetch_all(&app.state.db.read)
            .await
            .expect("registrations");
    assert_eq!(rows.len(), 300, "nothing lost");
    // Places were given in the order the registrations committed: each had a place exactly
    // when the places she asked for were still free.
    let mut left = 20;
    for (id, places, state) in &rows {
        let expected = if *places <= left { "confirmed" } else { "waiting" };
        assert_eq!(state, expected, "registration {id} asking for {places} with {left} left");
        if expected == "confirmed" {
            left -= places;
        }
    }
    assert_eq!(left, 0, "every place is given");
    let taken = count(&app, "SELECT SUM(places) FROM event_registrations WHERE state = 'confirmed'").await;
    assert_eq!(taken, 20, "exactly 20 places, counting what each asked for");
    assert_eq!(count(&app, "SELECT places_taken FROM events").await, 20);
    let page = app.page(&format!("/es/events/{slug}")).await;
    assert!(page.contains("Completo: puedes apuntarte a la lista de espera"), "the page says it is full");
}

#[tokio::test]
async fn without_a_waiting_list_a_full_event_refuses_with_the_form_kept() {
    let app = TestApp::spawn().await;
    let mut facts = facts("sin-espera", 1, SignedDuration::from_hours(48));
    facts.waiting_list = false;
    save(&app, &facts, "Sin espera").await;
    let form = app.open_form("/en/events/sin-espera").await;
    register(&app, "sin-espera", &[("email", "first@example.org")]).await;
    let refused = submit(&app, &form, &[("email", "second@example.org"), ("name", "Rosa")]).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.expect("body");
    assert!(html.contains("There are no places left."), "a clear message");
    assert!(html.contains("value=\"Rosa\""), "what she typed is kept");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM event_registrations").await, 1);
}

#[tokio::test]
async fn a_registration_with_errors_comes_back_with_each_error_on_its_field_in_every_language() {
    let app = TestApp::spawn().await;
    let slug = open_event(&app, "con-errores", 5).await;
    for (lang, consent) in
        [("es", "Acepto"), ("en", "I agree"), ("nl", "Ik ga ermee akkoord"), ("fr", "J’accepte")]
    {
        let form = app.open_form(&format!("/{lang}/events/{slug}")).await;
        let response = app.submit(&form, &[("name", "Lucía"), ("places", "9"), ("mail", "yes")]).await;
        assert_eq!(response.status(), 422, "{lang}");
        let html = response.text().await.expect("body");
        for field in ["email", "places", "mail", "consent"] {
            assert!(
                html.contains(&format!("id=\"{field}-error\"")),
                "{lang}: the error of {field} on its field"
            );
        }
        assert!(html.contains("value=\"Lucía\""), "{lang}: what she typed is kept");
        assert!(html.contains(consent), "{lang}: in the page's language");
    }
    assert_eq!(count(&app, "SELECT COUNT(*) FROM event_registrations").await, 0);
}

#[tokio::test]
async fn cancelling_by_her_link_gives_the_place_to_the_first_who_fits_and_tells_her() {
    let smtp = SmtpServer::start();
    let app = TestApp::spawn_with(&[("SMTP_URL", &SmtpServer::url(smtp.port))]).await;
    let slug = open_event(&app, "la-espera", 3).await;
    let ana = register(&app, &slug, &[("email", "ana@example.org"), ("places", "2")]).await;
    let bea = register(&app, &slug, &[("email", "bea@example.org"), ("places", "1")]).await;
    // Full: Carla asks for two and waits first, Dora asks for one and waits second.
    let carla =
        register(&app, &slug, &[("email", "carla@example.org"), ("places", "2"), ("mail", "yes")]).await;
    let dora = register(&app, &slug, &[("phone", "0470 11 22 33")]).await;
    let carla_page = app.page(&format!("/es/registration/{carla}")).await;
    assert!(carla_page.contains("En lista de espera") && carla_page.contains("eres la primera en la lista"));
    assert!(
        carla_page.contains(&format!("/language/en/registration/{carla}")),
        "another language, same page"
    );
    let dora_page = app.page(&format!("/es/registration/{dora}")).await;
    assert!(dora_page.contains("puesto 2 en la lista"), "her place in the queue");

    // Bea cancels: one place comes free; Carla needs two, so Dora (who fits) gets it.
    let form = app.open_form(&format!("/es/registration/{bea}")).await;
    let form = FormSession { path: format!("/es/registration/{bea}/cancel"), ..form };
    let cancelled = app.submit(&form, &[]).await;
    assert_eq!(cancelled.status(), 303);
    assert!(app.page(&format!("/es/registration/{bea}")).await.contains("Inscripción cancelada"));
    assert!(app.page(&format!("/es/registration/{dora}")).await.contains("Tienes plaza"), "Dora moved up");
    // Ana cancels her two: Carla, first in line, fits now.
    let form = app.open_form(&format!("/es/registration/{ana}")).await;
    let form = FormSession { path: format!("/es/registration/{ana}/cancel"), ..form };
    assert_eq!(app.submit(&form, &[]).await.status(), 303);
    let carla_page = app.page(&format!("/es/registration/{carla}")).await;
    assert!(carla_page.contains("Tienes plaza"), "Carla got the place");
    assert!(carla_page.contains("Voorbeeldstraat 1, Gent"), "with the address");
    // Only Carla asked for mail: she is told twice (waiting, then her place), nobody else.
    smtp.wait_for(2, Duration::from_secs(10)).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let mail = smtp.received();
    assert!(
        mail.iter().all(|m| m.to == ["carla@example.org"]),
        "no mail to anyone who did not ask: {mail:#?}"
    );
    let subjects: Vec<&str> = mail.iter().map(|m| m.subject.as_str()).collect();
    assert_eq!(subjects.len(), 2, "{subjects:?}");
    assert!(
        subjects[0].starts_with("Lista de espera:") && subjects[1].starts_with("Tienes plaza:"),
        "{subjects:?}"
    );
    assert!(mail[1].text.contains(&format!("/es/registration/{carla}")), "her link in the mail");
    assert_eq!(count(&app, "SELECT places_taken FROM events").await, 3);
}

/// The reminder of a registration for an event starting in an hour and `seconds`, with
/// `reminder_hours = 1`: due `seconds` from now.
fn soon(slug: &str, seconds: i64) -> EventFacts {
    let mut facts = facts(slug, 10, SignedDuration::from_secs(3600 + seconds));
    facts.reminder_hours = 1;
    facts
}

#[tokio::test]
async fn a_reminder_goes_exactly_once_across_a_mail_outage_and_a_restart_and_never_after_she_cancelled() {
    let down = SmtpServer::down();
    let dir = tempfile::tempdir().expect("folder");
    let vars = [("SMTP_URL", down.url()), ("MAIL_RETRY_BASE_MS", "100".to_owned())];
    let vars: Vec<(&'static str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
    // The mail server is down while she registers.
    let app = TestApp::spawn_in(dir.path(), &vars).await;
    save(&app, &soon("pronto", 4), "Pronto").await;
    register(&app, "pronto", &[("email", "elena@example.org"), ("mail", "yes")]).await;
    let gone = register(&app, "pronto", &[("email", "flor@example.org"), ("mail", "yes")]).await;
    let form = app.open_form(&format!("/es/registration/{gone}")).await;
    let form = FormSession { path: format!("/es/registration/{gone}/cancel"), ..form };
    assert_eq!(app.submit(&form, &[]).await.status(), 303, "Flor cancels");
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM outbox WHERE purpose = 'reminder' AND state = 'pending'").await,
        1,
        "one reminder waits: Elena's"
    );
    // A restart, and the mail server comes back.
    let kept = app.stop().await;
    assert!(kept.is_none());
    let smtp = down.start();
    let app = TestApp::spawn_in(dir.path(), &vars).await;
    // Elena: her confirmation and, once due, her reminder. Flor: her confirmation and the
    // notice that she cancelled, never a reminder.
    smtp.wait_for(4, Duration::from_secs(30)).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let mail = smtp.received();
    let reminders: Vec<_> = mail.iter().filter(|m| m.subject.starts_with("Recordatorio:")).collect();
    assert_eq!(
        reminders.len(),
        1,
        "exactly one reminder: {:#?}",
        mail.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );
    assert_eq!(reminders[0].to, ["elena@example.org"]);
    assert!(!mail.iter().any(|m| m.to == ["flor@example.org"] && m.subject.starts_with("Recordatorio")));
    let ids: HashSet<&str> = mail.iter().map(|m| m.message_id.as_str()).collect();
    assert_eq!(ids.len(), mail.len(), "no message twice");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM outbox WHERE state != 'sent'").await, 0);
    drop(app);
}

#[tokio::test]
async fn a_cancelled_event_tells_everyone_who_asked_raises_its_sequence_and_drops_the_reminders() {
    let smtp = SmtpServer::start();
    let app = TestApp::spawn_with(&[("SMTP_URL", &SmtpServer::url(smtp.port))]).await;
    let id = save(&app, &facts("se-cancela", 10, SignedDuration::from_hours(72)), "Se cancela").await;
    register(&app, "se-cancela", &[("email", "gala@example.org"), ("mail", "yes")]).await;
    register(&app, "se-cancela", &[("phone", "0470 00 00 01")]).await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM outbox WHERE purpose = 'reminder'").await, 1);
    // An event set to no reminder (0 hours) plans none.
    let mut quiet = facts("sin-recordatorio", 10, SignedDuration::from_hours(72));
    quiet.reminder_hours = 0;
    save(&app, &quiet, "Sin recordatorio").await;
    register(&app, "sin-recordatorio", &[("email", "hebe@example.org"), ("mail", "yes")]).await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM outbox WHERE purpose = 'reminder'").await, 1, "none for it");
    // A coordinator cancels it in the back office.
    let admin = signed_in(&app, true).await;
    let editor = admin.page(&format!("/admin/events/{id}")).await;
    let csrf = crate::helpers::csrf_in(&editor);
    let mut fields = editor_fields(&editor);
    fields.retain(|(k, _)| k != "status" && k != "csrf");
    fields.push(("status".into(), "cancelled".into()));
    fields.push(("csrf".into(), csrf));
    let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let saved = admin.post(&format!("/admin/events/{id}"), &borrowed).await;
    assert_eq!(saved.status(), 303, "saved");
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM outbox WHERE purpose = 'reminder'").await,
        0,
        "no reminder left"
    );
    // Gala's and Hebe's confirmations, then Gala's notice.
    let mail = smtp.wait_for(3, Duration::from_secs(10)).await;
    let notice = mail.iter().find(|m| m.subject.starts_with("Cancelado:")).expect("the notice");
    assert_eq!(notice.to, ["gala@example.org"]);
    let page = app.page("/es/events/se-cancela").await;
    assert!(page.contains("Cancelado"), "the page says so plainly");
    assert!(!page.contains("name=\"token\""), "and takes no registration");
    let ics = app.get("/es/events/se-cancela.ics").await.text().await.expect("ics");
    let event = parse_calendar(&ics).events.remove(0);
    assert_eq!(property(&event, "STATUS"), "CANCELLED");
    assert_eq!(property(&event, "SEQUENCE"), "1", "raised by the change");
}

/// Every field of the back office's event editor as it stands (inputs, checked boxes,
/// selected options, text areas).
fn editor_fields(html: &str) -> Vec<(String, String)> {
    let document = scraper::Html::parse_document(html);
    let mut fields = Vec::new();
    let input = scraper::Selector::parse("form.editor input[name]").expect("selector");
    for element in document.select(&input) {
        let e = element.value();
        let name = e.attr("name").unwrap_or_default().to_owned();
        let kind = e.attr("type").unwrap_or("text");
        if (kind == "checkbox" || kind == "radio") && e.attr("checked").is_none() {
            continue;
        }
        fields.push((name, e.attr("value").unwrap_or_default().to_owned()));
    }
    let option = scraper::Selector::parse("form.editor select").expect("selector");
    let selected = scraper::Selector::parse("option[selected]").expect("selector");
    for select in document.select(&option) {
        let name = select.value().attr("name").unwrap_or_default().to_owned();
        if let Some(option) = select.select(&selected).next() {
            fields.push((name, option.value().attr("value").unwrap_or_default().to_owned()));
        }
    }
    let area = scraper::Selector::parse("form.editor textarea[name]").expect("selector");
    for element in document.select(&area) {
        let name = element.value().attr("name").unwrap_or_default().to_owned();
        fields.push((name, element.text().collect()));
    }
    fields
}

fn parse_calendar(ics: &str) -> ical::parser::ical::component::IcalCalendar {
    ical::IcalParser::new(ics.as_bytes()).next().expect("one calendar").expect("a valid calendar")
}

fn property(event: &ical::parser::ical::component::IcalEvent, name: &str) -> String {
    event
        .properties
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.value.clone())
        .unwrap_or_else(|| panic!("{name} in {event:#?}"))
}

#[tokio::test]
async fn a_sensitive_event_names_no_topic_in_mail_headers_bodies_or_calendar_files() {
    let smtp = SmtpServer::start();
    let app = TestApp::spawn_with(&[("SMTP_URL", &SmtpServer::url(smtp.port))]).await;
    let mut sensitive = facts("grupo-focal", 8, SignedDuration::from_hours(100));
    sensitive.kind = EventKind::FocusGroup;
    sensitive.sensitive = true;
    sensitive.address_public = false;
    save(&app, &sensitive, "Violencia machista").await;
    let secret =
        register(&app, "grupo-focal", &[("email", "ines@example.org"), ("mail", "yes"), ("name", "Inés")])
            .await;
    let mail = smtp.wait_for(1, Duration::from_secs(10)).await;
    let confirmation = &mail[0];
    let topic = ["Violencia", "violencia", "machista", "Grupo focal", "grupo-focal", "Voorbeeldstraat"];
    let parsed = mail_parser::MessageParser::default().parse(confirmation.raw.as_bytes()).expect("a message");
    let mut attachments = Vec::new();
    for part in parsed.attachments() {
        attachments.push((
            part.attachment_name().unwrap_or_default().to_owned(),
            String::from_utf8_lossy(part.contents()).into_owned(),
        ));
    }
    assert_eq!(attachments.len(), 1, "her calendar file");
    let (file_name, ics) = &attachments[0];
    assert_eq!(file_name, "calendar.ics", "a neutral file name");
    for word in topic {
        assert!(!confirmation.subject.contains(word), "subject: {}", confirmation.subject);
        assert!(!confirmation.text.contains(word), "text: {}", confirmation.text);
        assert!(!confirmation.html.contains(word), "html");
        assert!(!ics.contains(word), "calendar file: {ics}");
    }
    assert!(confirmation.subject.starts_with("Tu cita del "), "{}", confirmation.subject);
    assert!(confirmation.text.contains(&format!("/es/registration/{secret}")), "her private page");
    let event = parse_calendar(ics).events.remove(0);
    assert_eq!(property(&event, "SUMMARY"), "Cita");
    assert!(event.properties.iter().all(|p| p.name != "LOCATION"), "the private address stays out");
    // The public calendar file and her own, downloaded: neutral too.
    for path in ["/es/events/grupo-focal.ics".to_owned(), format!("/es/registration/{secret}/calendar.ics")] {
        let response = app.get(&path).await;
        assert_eq!(response.headers()["content-disposition"], "attachment; filename=\"calendar.ics\"");
        let ics = response.text().await.expect("ics");
        let event = parse_calendar(&ics).events.remove(0);
        assert_eq!(property(&event, "SUMMARY"), "Cita", "{path}");
        assert!(topic.iter().all(|w| !ics.contains(w)), "{path}: {ics}");
    }
    // Her page has a neutral title; the public page shows the town, not the address.
    let her_page = app.page(&format!("/es/registration/{secret}")).await;
    assert!(her_page.contains("<title>Tu cita"), "a neutral title");
    assert!(her_page.contains("Voorbeeldstraat 1, Gent"), "she sees the address");
    let public = app.page("/es/events/grupo-focal").await;
    assert!(!public.contains("Voorbeeldstraat"), "the address is not public");
    assert!(public.contains("La dirección exacta se muestra a quienes tienen plaza"));
    assert!(!public.contains("Inés"), "no attendee is shown");
}

#[tokio::test]
async fn calendar_files_and_the_feeds_are_read_by_outside_parsers() {
    let app = TestApp::spawn().await;
    let id = save(&app, &facts("feria", 30, SignedDuration::from_hours(30)), "Feria").await;
    save(&app, &facts("charla", 30, SignedDuration::from_hours(60)), "Charla").await;
    past_event(&app, "ya-fue").await;
    let feed = app.get("/nl/events.ics").await;
    assert_eq!(feed.headers()["content-type"], "text/calendar; charset=utf-8");
    let calendar = parse_calendar(&feed.text().await.expect("ics"));
    let summaries: Vec<String> = calendar.events.iter().map(|e| property(e, "SUMMARY")).collect();
    assert_eq!(summaries, ["Feria (nl)", "Charla (nl)"], "upcoming public events, soonest first");
    let uid = property(&calendar.events[0], "UID");
    assert!(property(&calendar.events[0], "DESCRIPTION").contains("/nl/events/feria"), "the page's link");
    assert!(property(&calendar.events[0], "DTSTART").ends_with('Z'), "UTC");
    // A change of time raises the sequence; the UID stays.
    let mut moved = facts("feria", 30, SignedDuration::from_hours(31));
    moved.slug = "feria".into();
    app.state.events.save(Actor::COMMAND_LINE, Some(id), &moved, &texts("Feria")).await.expect("saved");
    let single = app.get("/nl/events/feria.ics").await.text().await.expect("ics");
    let event = parse_calendar(&single).events.remove(0);
    assert_eq!(property(&event, "UID"), uid);
    assert_eq!(property(&event, "SEQUENCE"), "1");

    let atom = app.get("/fr/events.atom").await;
    assert_eq!(atom.headers()["content-type"], "application/atom+xml; charset=utf-8");
    let feed = feed_rs::parser::parse(atom.text().await.expect("xml").as_bytes()).expect("a valid feed");
    let titles: Vec<String> =
        feed.entries.iter().map(|e| e.title.as_ref().expect("title").content.clone()).collect();
    assert_eq!(titles, ["Feria (fr)", "Charla (fr)"]);
    assert_eq!(feed.entries[0].links[0].href, "http://localhost:3000/fr/events/feria");
    let page = app.page("/fr/events").await;
    assert!(page.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/fr/events.atom\""));
    assert!(page.contains("Taller pasado (fr)"), "past events follow");
}

#[tokio::test]
async fn event_pages_carry_schema_org_data_and_the_sitemap_lists_them_in_every_language() {
    let app = TestApp::spawn().await;
    open_event(&app, "con-datos", 12).await;
    let html = app.page("/en/events/con-datos").await;
    let document = scraper::Html::parse_document(&html);
    let script = scraper::Selector::parse("script[type=\"application/ld+json\"]").expect("selector");
    let json: serde_json::Value =
        serde_json::from_str(&document.select(&script).next().expect("JSON-LD").inner_html()).expect("JSON");
    assert_eq!(json["@type"], "Event");
    assert_eq!(json["name"], "Taller abierto (en)");
    assert_eq!(json["eventStatus"], "https://schema.org/EventScheduled");
    assert_eq!(json["remainingAttendeeCapacity"], 12);
    assert!(html.contains("12 places left"));
    let sitemap = app.page("/sitemap.xml").await;
    for lang in ["es", "en", "nl", "fr"] {
        assert!(
            sitemap.contains(&format!("<loc>http://localhost:3000/{lang}/events/con-datos</loc>")),
            "{lang}"
        );
    }
    assert!(sitemap.contains("hreflang=\"nl\" href=\"http://localhost:3000/nl/events/con-datos\""));
    // The home page shows what comes next; the list says plainly when nothing does.
    assert!(app.page("/en/").await.contains("/en/events/con-datos"));
    let empty = TestApp::spawn().await;
    assert!(empty.page("/nl/events").await.contains("Er is voorlopig geen datum aangekondigd."));
}

#[tokio::test]
async fn retention_deletes_what_registrations_said_and_keeps_the_counts() {
    let app = TestApp::spawn_with(&[("EVENT_RETENTION_DAYS", "30")]).await;
    let slug = open_event(&app, "se-olvida", 2).await;
    for (i, places) in ["1", "1", "1"].iter().enumerate() {
        register(&app, &slug, &[("email", &format!("p{i}@example.org")), ("places", places)]).await;
    }
    // Someone came; then the event is long over.
    let admin = signed_in(&app, true).await;
    let csrf = admin.csrf().await;
    let first: i64 = count(&app, "SELECT MIN(id) FROM event_registrations").await;
    let came = admin.post(&format!("/admin/events/1/registrations/{first}/came"), &[("csrf", &csrf)]).await;
    assert_eq!(came.status(), 303);
    sqlx::query("UPDATE events SET starts_at = '2020-01-01T10:00:00Z', ends_at = '2020-01-01T12:00:00Z'")
        .execute(&app.state.db.write)
        .await
        .expect("moved to the past");
    let purged = latinas::db::events::purge_ended(&app.state.db.write, 30).await.expect("purged");
    assert_eq!(purged, 3);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM event_registrations").await, 0);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM outbox WHERE registration_id IS NOT NULL").await, 0);
    let counts: (i64, i64, i64, i64) =
        sqlx::query_as("SELECT registered_count, waited_count, came_count, places_taken FROM events")
            .fetch_one(&app.state.db.read)
            .await
            .expect("counts");
    assert_eq!(counts, (3, 1, 1, 2), "registered, waited, came and places stay");
    // The statistics read them: one workshop in January 2020, 3 registered, 2 places,
    // 1 through the waiting list, 1 came.
    let stats = admin.page("/admin/stats?from=2019-06-01&to=2020-06-01").await;
    let document = scraper::Html::parse_document(&stats);
    let cells = scraper::Selector::parse("#events-stats-title ~ div tbody tr > *").expect("selector");
    let row: Vec<String> = document.select(&cells).map(|c| c.text().collect::<String>()).collect();
    assert_eq!(row, ["2020-01", "Taller", "1", "3", "2", "1", "1"]);
}

#[tokio::test]
async fn coordinators_open_registrations_audited_and_only_administrators_export_contacts() {
    let app = TestApp::spawn().await;
    let slug = open_event(&app, "la-lista", 5).await;
    register(&app, &slug, &[("name", "Julia"), ("email", "julia@example.org"), ("need", "childcare")]).await;
    let admin = signed_in(&app, true).await;
    let list = admin.page("/admin/events").await;
    assert!(list.contains("Taller abierto (es)") && list.contains("1 / 5"), "places given");
    let page = admin.page("/admin/events/1/registrations").await;
    assert!(page.contains("Julia") && page.contains("julia@example.org"), "opened for her");
    assert!(page.contains("Cuidado de niñas y niños"), "her needs");
    let csv = admin.get("/admin/events/1/registrations.csv").await;
    assert_eq!(csv.headers()["content-disposition"], "attachment; filename=\"registrations.csv\"");
    assert!(csv.text().await.expect("csv").contains("julia@example.org"), "an administrator gets contacts");
    let coordinator = signed_in(&app, false).await;
    let csv = coordinator.get("/admin/events/1/registrations.csv").await.text().await.expect("csv");
    assert!(csv.contains("Julia") && !csv.contains("julia@example.org"), "a coordinator gets no contacts");
    let audited = count(
        &app,
        "SELECT COUNT(*) FROM audit_log WHERE action IN ('registrations_viewed', 'registrations_exported')",
    )
    .await;
    assert_eq!(audited, 3, "each opening and export is in the history");
    let held: String = sqlx::query_scalar("SELECT personal FROM event_registrations")
        .fetch_one(&app.state.db.read)
        .await
        .expect("row");
    assert!(!held.contains("Julia") && !held.contains("julia@"), "sealed at rest");
}

#[tokio::test]
async fn an_event_is_created_in_the_four_languages_from_the_back_office() {
    let app = TestApp::spawn().await;
    let admin = signed_in(&app, true).await;
    let blank = admin.page("/admin/events/new").await;
    assert!(
        blank.contains("id=\"sensitive\" name=\"sensitive\" value=\"yes\" checked"),
        "a new event is sensitive until a coordinator says otherwise"
    );
    let csrf = admin.csrf().await;
    let wrong = admin
        .post(
            "/admin/events/new",
            &[
                ("csrf", &csrf),
                ("slug", "debate-abierto"),
                ("kind", "debate"),
                ("starts_at", "2027-03-12T18:00"),
                ("ends_at", "2027-03-12T17:00"),
            ],
        )
        .await;
    assert_eq!(wrong.status(), 422, "an end before the start");
    let html = wrong.text().await.expect("body");
    assert!(html.contains("value=\"debate-abierto\""), "what she typed is kept");
    let fields = [
        ("csrf", csrf.as_str()),
        ("slug", "debate-abierto"),
        ("kind", "debate"),
        ("status", "scheduled"),
        ("starts_at", "2027-03-28T18:00"),
        ("ends_at", "2027-03-28T20:00"),
        ("town", "Bruxelles"),
        ("address", "Rue Exemple 2"),
        ("capacity", "40"),
        ("max_per_registration", "1"),
        ("reminder_hours", "24"),
        ("waiting_list", "yes"),
        ("language", "es"),
        ("language", "fr"),
        ("accessibility", "sign_language"),
        ("published", "yes"),
        ("es-title", "Debate abierto"),
        ("en-title", "Open debate"),
        ("nl-title", "Open debat"),
        ("fr-title", "Débat ouvert"),
    ];
    let saved = admin.post("/admin/events/new", &fields).await;
    assert_eq!(saved.status(), 303);
    // Summer time in Brussels on the 28th of March 2027: 18:00 there is 16:00 UTC.
    let starts: String =
        sqlx::query_scalar("SELECT starts_at FROM events").fetch_one(&app.state.db.read).await.expect("row");
    assert_eq!(starts, "2027-03-28T16:00:00Z");
    for (lang, title, accessibility) in [
        ("es", "Debate abierto", "Lengua de signos"),
        ("en", "Open debate", "Sign language"),
        ("nl", "Open debat", "Gebarentaal"),
        ("fr", "Débat ouvert", "Langue des signes"),
    ] {
        let page = app.page(&format!("/{lang}/events/debate-abierto")).await;
        assert!(page.contains(&format!("<h1>{title}</h1>")), "{lang}");
        assert!(page.contains(accessibility), "{lang}");
        assert!(page.contains("18:00–20:00"), "{lang}: Belgian time");
    }
    let browser = Browser::new(&app);
    assert_eq!(location(browser.get("/admin/events/new").await.headers()), "/admin/login");
}

#[tokio::test]
async fn finding_a_person_shows_her_registrations_and_erasing_her_frees_her_place() {
    let app = TestApp::spawn().await;
    let slug = open_event(&app, "una-plaza", 1).await;
    let julia = register(&app, &slug, &[("name", "Julia"), ("email", "Julia@Example.org")]).await;
    let karla = register(&app, &slug, &[("name", "Karla"), ("phone", "0470 99 88 77")]).await;
    let admin = signed_in(&app, true).await;
    let csrf = admin.csrf().await;
    // Found through the keyed index, however she writes her address.
    let found = admin.post("/admin/people", &[("csrf", &csrf), ("q", "julia@example.ORG")]).await;
    let html = found.text().await.expect("page");
    assert!(html.contains("Taller abierto (es)") && html.contains("Julia"), "her registration is found");
    assert!(!html.contains("Karla"), "nobody else");
    let json = admin.post("/admin/people/export.json", &[("csrf", &csrf), ("q", "julia@example.org")]).await;
    let json: serde_json::Value = serde_json::from_str(&json.text().await.expect("json")).expect("JSON");
    let registrations = json["event_registrations"].as_array().expect("her registrations");
    assert_eq!(registrations.len(), 1);
    assert_eq!(registrations[0]["personal"]["name"], "Julia");
    assert!(
        registrations[0]["personal"].get("link_secret").is_none(),
        "the link's secret is not hers to keep"
    );
    // Erased: her place goes to Karla, and her private link opens nothing.
    let erased = admin
        .post("/admin/people/erase", &[("csrf", &csrf), ("q", "julia@example.org"), ("confirm", "yes")])
        .await;
    assert_eq!(location(erased.headers()), "/admin/people?erased=1");
    assert_eq!(app.get(&format!("/es/registration/{julia}")).await.status(), 404);
    assert!(app.page(&format!("/es/registration/{karla}")).await.contains("Tienes plaza"), "Karla moved up");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM event_registrations").await, 1);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM registration_digests").await, 1, "only Karla's phone");
    assert_eq!(count(&app, "SELECT registered_count FROM events").await, 2, "the count keeps that she came");
}
