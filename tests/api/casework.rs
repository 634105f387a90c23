//! Daily casework in the back office, over HTTP: "Mine", follow-ups, contact attempts,
//! the volunteers' list, and "what do you hold about me?" (find, export, erase) through
//! the keyed person index.

use latinas::i18n::Lang;
use scraper::{Html, Selector};

use crate::admin::{Browser, add_coordinator, signed_in};
use crate::helpers::{TestApp, csrf_in, location};

/// Sends the orientation form with `fields` (and what every request needs); returns its
/// reference.
async fn orientation(app: &TestApp, fields: &[(&str, &str)]) -> String {
    let form = app.open_form("/es/orientation").await;
    let mut all =
        vec![("contact_language", "es"), ("region", "brussels"), ("topic", "health"), ("consent", "yes")];
    all.extend_from_slice(fields);
    let response = app.submit(&form, &all).await;
    assert_eq!(response.status(), 303, "stored");
    app.reference_of(&response)
}

/// Sends the support form; returns its reference.
async fn support(app: &TestApp, name: &str, email: &str, help: &str, language: &str) -> String {
    let form = app.open_form("/es/support").await;
    let fields = [
        ("name", name),
        ("email", email),
        ("help", help),
        ("languages", language),
        ("region", "brussels"),
        ("availability", "los sábados"),
        ("consent", "yes"),
    ];
    let response = app.submit(&form, &fields).await;
    assert_eq!(response.status(), 303, "stored");
    app.reference_of(&response)
}

/// The text of the section titled `title` on `html`.
fn section_text(html: &str, title: &str) -> String {
    let document = Html::parse_document(html);
    let sections = Selector::parse("main section").expect("selector");
    document
        .select(&sections)
        .map(|s| s.text().collect::<String>())
        .find(|text| text.trim_start().starts_with(title))
        .unwrap_or_else(|| panic!("no section {title} in {html}"))
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&app.state.db.read).await.expect(sql)
}

#[tokio::test]
async fn mine_shows_my_open_requests_then_the_new_ones_nobody_took() {
    let app = TestApp::spawn().await;
    let browser = signed_in(&app, false).await;
    add_coordinator(&app, "other@latinas.example", "Olga Other", false).await;
    let mine = orientation(&app, &[("email", "a@example.org")]).await;
    let theirs = orientation(&app, &[("email", "b@example.org")]).await;
    let waiting = orientation(&app, &[("email", "c@example.org")]).await;
    let closed = orientation(&app, &[("email", "d@example.org")]).await;
    let me: i64 = count(&app, "SELECT id FROM coordinators WHERE name = 'Carla Coordinator'").await;
    let other: i64 = count(&app, "SELECT id FROM coordinators WHERE name = 'Olga Other'").await;
    let csrf = browser.csrf().await;
    for (reference, who) in [(&mine, me), (&theirs, other), (&closed, me)] {
        let assigned = browser
            .post(
                &format!("/admin/requests/{reference}/assign"),
                &[("csrf", &csrf), ("coordinator", &who.to_string())],
            )
            .await;
        assert_eq!(assigned.status(), 303);
    }
    let response = browser
        .post(&format!("/admin/requests/{closed}/status"), &[("csrf", &csrf), ("status", "closed")])
        .await;
    assert_eq!(response.status(), 303);

    // Signing in lands on it.
    assert_eq!(location(browser.get("/admin").await.headers()), "/admin/mine");
    assert_eq!(browser.get("/language/en/admin/mine").await.status(), 303);
    let page = browser.page("/admin/mine").await;
    let given = section_text(&page, &Lang::En.t("admin-mine-assigned"));
    let new = section_text(&page, &Lang::En.t("admin-mine-waiting"));
    assert!(given.contains(&mine), "mine: {given}");
    assert!(!given.contains(&theirs) && !given.contains(&closed), "not another's, not closed: {given}");
    assert!(new.contains(&waiting), "nobody's: {new}");
    assert!(!new.contains(&mine) && !new.contains(&theirs), "taken ones are not waiting: {new}");
}

#[tokio::test]
async fn follow_ups_are_listed_when_due_or_overdue_and_counted_in_the_navigation() {
    let app = TestApp::spawn().await;
    let browser = signed_in(&app, false).await;
    let overdue = orientation(&app, &[("email", "a@example.org")]).await;
    let today_one = orientation(&app, &[("email", "b@example.org")]).await;
    let later = orientation(&app, &[("email", "c@example.org")]).await;
    // Days in Belgian time, as coordinators mean them.
    let today = latinas::local_time::today(&app.state.config.time_zone);
    let day = |offset: i64| today.checked_add(jiff_days(offset)).expect("a day").to_string();
    let csrf = browser.csrf().await;
    for (reference, when) in [(&overdue, day(-2)), (&today_one, day(0)), (&later, day(3))] {
        let response = browser
            .post(&format!("/admin/requests/{reference}/follow-up"), &[("csrf", &csrf), ("day", &when)])
            .await;
        assert_eq!(response.status(), 303, "{when}");
    }

    assert_eq!(browser.get("/language/en/admin/follow-ups").await.status(), 303);
    let page = browser.page("/admin/follow-ups").await;
    let late = section_text(&page, &Lang::En.t("admin-follow-ups-overdue"));
    let due = section_text(&page, &Lang::En.t("admin-follow-ups-today"));
    assert!(late.contains(&overdue) && !late.contains(&today_one) && !late.contains(&later), "{late}");
    assert!(due.contains(&today_one) && !due.contains(&overdue) && !due.contains(&later), "{due}");
    let nav = Html::parse_document(&page);
    let nav_text: String =
        nav.select(&Selector::parse("nav.admin-nav").expect("selector")).flat_map(|n| n.text()).collect();
    assert!(nav_text.contains("1 overdue") && nav_text.contains("1 today"), "{nav_text}");

    // A day that is not a day comes back, as typed, with the reason; nothing changes.
    let typed = "next tuesday";
    let refused =
        browser.post(&format!("/admin/requests/{later}/follow-up"), &[("csrf", &csrf), ("day", typed)]).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.expect("body");
    assert!(html.contains(&Lang::En.t("admin-follow-up-error")) && html.contains(typed), "{html}");
    assert_eq!(
        count(&app, &format!("SELECT COUNT(*) FROM requests WHERE follow_up_on = '{}'", day(3))).await,
        1,
        "kept"
    );

    // Closing a request or clearing its day takes it off the lists.
    let cleared = browser
        .post(
            &format!("/admin/requests/{overdue}/follow-up"),
            &[("csrf", &csrf), ("day", &day(-2)), ("clear", "yes")],
        )
        .await;
    assert_eq!(cleared.status(), 303);
    let closed = browser
        .post(&format!("/admin/requests/{today_one}/status"), &[("csrf", &csrf), ("status", "closed")])
        .await;
    assert_eq!(closed.status(), 303);
    let page = browser.page("/admin/follow-ups").await;
    assert!(!page.contains(&overdue) && !page.contains(&today_one), "{page}");
    assert!(!page.contains("overdue</span>"), "no count left");
    let audit = browser.page(&format!("/admin/requests/{later}")).await;
    assert!(audit.contains(&Lang::En.t("admin-audit-follow_up")), "audited");
}

fn jiff_days(days: i64) -> jiff::Span {
    jiff::Span::new().days(days)
}

#[tokio::test]
async fn contact_attempts_are_recorded_and_a_message_against_her_choice_needs_a_confirmation() {
    let app = TestApp::spawn().await;
    let browser = signed_in(&app, false).await;
    let no_messages = orientation(&app, &[("phone", "0470 12 34 56"), ("safe_to_message", "no")]).await;
    let messages_fine = orientation(&app, &[("phone", "0470 65 43 21"), ("safe_to_message", "yes")]).await;
    assert_eq!(browser.get("/language/en/admin/mine").await.status(), 303);
    let csrf = browser.csrf().await;
    let path = format!("/admin/requests/{no_messages}/attempts");

    let first = browser.post(&path, &[("csrf", &csrf), ("outcome", "no_answer")]).await;
    assert_eq!(first.status(), 303);
    // "Message left" when she said no: the page comes back asking, and nothing is stored.
    let asked = browser.post(&path, &[("csrf", &csrf), ("outcome", "message_left")]).await;
    assert_eq!(asked.status(), 422);
    let html = asked.text().await.expect("body");
    let alert: String = Html::parse_document(&html)
        .select(&Selector::parse("form#attempt [role=alert]").expect("selector"))
        .flat_map(|a| a.text().collect::<Vec<_>>())
        .collect();
    assert!(alert.contains(&Lang::En.t("admin-attempt-confirm-needed")), "{alert}");
    assert!(html.contains("id=\"attempt-confirm\""), "a box to confirm");
    assert!(html.contains("value=\"message_left\" selected"), "her choice kept");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM contact_attempts WHERE outcome = 'message_left'").await, 0);
    let confirmed =
        browser.post(&path, &[("csrf", &csrf), ("outcome", "message_left"), ("confirm", "yes")]).await;
    assert_eq!(confirmed.status(), 303);
    // Where she allowed messages, none is asked.
    let fine = browser
        .post(
            &format!("/admin/requests/{messages_fine}/attempts"),
            &[("csrf", &csrf), ("outcome", "message_left")],
        )
        .await;
    assert_eq!(fine.status(), 303);
    // An outcome the form does not offer is refused.
    let odd = browser.post(&path, &[("csrf", &csrf), ("outcome", "telepathy")]).await;
    assert_eq!(odd.status(), 422);

    let page = browser.page(&format!("/admin/requests/{no_messages}")).await;
    let attempts = section_text(&page, &Lang::En.t("admin-attempts"));
    assert!(attempts.contains(&Lang::En.t("admin-attempt-no_answer")), "{attempts}");
    assert!(attempts.contains(&Lang::En.t("admin-attempt-message_left")), "{attempts}");
    assert!(attempts.contains("Carla Coordinator"), "by whom: {attempts}");
    let history = section_text(&page, &Lang::En.t("admin-audit"));
    assert!(history.contains(&Lang::En.t("admin-audit-contact_attempt")), "audited: {history}");
    assert!(
        history.contains(&format!("({})", Lang::En.t("admin-attempt-message_left")))
            && !history.contains("message_left"),
        "the history says what happened in words, not codes: {history}"
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM contact_attempts").await, 3);
}

#[tokio::test]
async fn volunteers_have_their_own_list_with_status_filters_and_search() {
    let app = TestApp::spawn().await;
    let browser = signed_in(&app, false).await;
    let ana = support(&app, "Ana Voluntaria", "ana@example.org", "volunteer", "es").await;
    let bea = support(&app, "Bea Traductora", "bea@example.org", "translate", "nl").await;
    let request = orientation(&app, &[("email", "c@example.org")]).await;
    assert_eq!(browser.get("/language/en/admin/volunteers").await.status(), 303);

    let list = browser.page("/admin/volunteers").await;
    assert!(list.contains("Ana Voluntaria") && list.contains("Bea Traductora"), "names, opened: {list}");
    assert!(list.contains("los sábados"), "availability");
    assert!(!list.contains(&request), "requests for orientation are not volunteers");
    let translators = browser.page("/admin/volunteers?help=translate").await;
    assert!(translators.contains(&bea) && !translators.contains(&ana));
    let dutch = browser.page("/admin/volunteers?language=nl").await;
    assert!(dutch.contains(&bea) && !dutch.contains(&ana));
    // By the words of the name, through their digests: any case, any accents, every word.
    for (q, finds_ana) in
        [("voluntaria", true), ("ÁNA  voluntária", true), ("Ana Traductora", false), ("volunt", false)]
    {
        let found = browser.page(&format!("/admin/volunteers?{}", crate::helpers::encode(&[("q", q)]))).await;
        assert_eq!(found.contains(&ana), finds_ana, "{q}");
        assert!(!found.contains(&bea), "{q}");
    }
    let by_reference = browser.page(&format!("/admin/volunteers?q={}", bea.to_lowercase())).await;
    assert!(by_reference.contains(&bea) && !by_reference.contains(&ana));

    // Their status is their own; ended closes the request, so the retention purge applies.
    let page = browser.page(&format!("/admin/requests/{ana}")).await;
    assert!(page.contains(&format!("/admin/requests/{ana}/volunteer-status")), "the volunteer's statuses");
    let csrf = csrf_in(&page);
    let status = |s: &'static str| [("csrf", csrf.clone()), ("status", s.to_owned())];
    let active =
        browser.post(&format!("/admin/requests/{ana}/volunteer-status"), &pairs(&status("active"))).await;
    assert_eq!(active.status(), 303);
    let actives = browser.page("/admin/volunteers?status=active").await;
    assert!(actives.contains(&ana) && !actives.contains(&bea), "{actives}");
    let ended =
        browser.post(&format!("/admin/requests/{ana}/volunteer-status"), &pairs(&status("ended"))).await;
    assert_eq!(ended.status(), 303);
    let row: (String, Option<String>) =
        sqlx::query_as("SELECT status, closed_at FROM requests WHERE reference = ?1")
            .bind(&ana)
            .fetch_one(&app.state.db.read)
            .await
            .expect("row");
    assert_eq!(row.0, "closed");
    assert!(row.1.is_some(), "dated, for the purge");
    // A request for orientation has no volunteer status.
    let refused =
        browser.post(&format!("/admin/requests/{request}/volunteer-status"), &pairs(&status("active"))).await;
    assert_eq!(refused.status(), 422);
}

fn pairs<'a>(fields: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    fields.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

/// The records the people page finds for `contact`.
async fn find(browser: &Browser<'_>, csrf: &str, contact: &str) -> String {
    let response = browser.post("/admin/people", &[("csrf", csrf), ("q", contact)]).await;
    assert_eq!(response.status(), 200, "{contact}");
    response.text().await.expect("body")
}

/// The database file and its write-ahead log, as bytes.
fn database_bytes(app: &TestApp) -> Vec<u8> {
    let mut bytes = std::fs::read(app.dir.join("site.db")).expect("database file");
    if let Ok(wal) = std::fs::read(app.dir.join("site.db-wal")) {
        bytes.extend(wal);
    }
    bytes
}

fn holds(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[tokio::test]
async fn the_keyed_index_finds_one_person_across_her_records_and_nobody_else() {
    let app = TestApp::spawn().await;
    let browser = signed_in(&app, false).await;
    let first = orientation(&app, &[("email", "Maria.Lopez@example.org"), ("phone", "0470 12 34 56")]).await;
    let by_phone = orientation(&app, &[("phone", "+32 470/12.34.56")]).await;
    let as_volunteer = support(&app, "María", "maria.lopez@EXAMPLE.org", "volunteer", "es").await;
    let someone_else =
        orientation(&app, &[("email", "maria.lopez@example.com"), ("phone", "0470 12 34 57")]).await;
    let csrf = browser.csrf().await;

    let by_email = find(&browser, &csrf, "maria.lopez@example.org").await;
    assert!(by_email.contains(&first) && by_email.contains(&as_volunteer), "any case: {by_email}");
    assert!(!by_email.contains(&by_phone) && !by_email.contains(&someone_else), "{by_email}");
    let by_number = find(&browser, &csrf, "+32470123456").await;
    assert!(by_number.contains(&first) && by_number.contains(&by_phone), "any way of writing it");
    assert!(!by_number.contains(&as_volunteer) && !by_number.contains(&someone_else), "{by_number}");
    let nothing = find(&browser, &csrf, "nadie@example.org").await;
    assert!(!nothing.contains("OR-") && !nothing.contains("SU-"), "{nothing}");
    // Not a contact: the form comes back with the reason and what was typed.
    let refused = browser.post("/admin/people", &[("csrf", &csrf), ("q", "Maria")]).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.expect("body");
    assert!(html.contains("value=\"Maria\"") && html.contains("aria-invalid=\"true\""), "{html}");

    // The index holds digests, never the contact; the log holds counts, never the contact.
    let bytes = database_bytes(&app);
    for plain in ["maria.lopez@example.org", "Maria.Lopez", "470123456", "0470 12 34 56"] {
        assert!(!holds(&bytes, plain), "{plain} is in the database file");
    }
    let searches: Vec<String> =
        sqlx::query_scalar("SELECT detail FROM audit_log WHERE action = 'person_searched' ORDER BY id")
            .fetch_all(&app.state.db.read)
            .await
            .expect("log");
    assert_eq!(searches, ["2", "2", "0"], "who searched and how many were found");
}

#[tokio::test]
async fn her_records_are_exported_as_a_page_and_as_json_and_the_export_is_audited() {
    let app = TestApp::spawn().await;
    let browser = signed_in(&app, false).await;
    let reference = orientation(
        &app,
        &[("name", "Lucía"), ("email", "lucia@example.org"), ("message", "Necesito hablar con alguien")],
    )
    .await;
    let volunteer = support(&app, "Lucía P.", "lucia@example.org", "volunteer", "es").await;
    let csrf = browser.csrf().await;
    let noted = browser
        .post(&format!("/admin/requests/{reference}/notes"), &[("csrf", &csrf), ("note", "Llamada el lunes")])
        .await;
    assert_eq!(noted.status(), 303);

    let page = browser.post("/admin/people/export", &[("csrf", &csrf), ("q", "lucia@example.org")]).await;
    assert_eq!(page.status(), 200);
    let page = page.text().await.expect("page");
    for expected in
        [&reference, &volunteer, "Lucía", "Necesito hablar con alguien", "Llamada el lunes", "los sábados"]
    {
        assert!(page.contains(expected), "{expected} in the printable export");
    }
    let json =
        browser.post("/admin/people/export.json", &[("csrf", &csrf), ("q", "LUCIA@example.org")]).await;
    assert_eq!(json.status(), 200);
    assert!(json.headers()["content-disposition"].to_str().expect("ascii").starts_with("attachment"));
    let data: serde_json::Value = serde_json::from_str(&json.text().await.expect("body")).expect("JSON");
    let records = data["records"].as_array().expect("records");
    assert_eq!(records.len(), 2);
    assert_eq!(records[0]["reference"], reference.as_str());
    assert_eq!(records[0]["personal"]["email"], "lucia@example.org");
    assert_eq!(records[0]["personal"]["message"], "Necesito hablar con alguien");
    assert_eq!(records[0]["notes"][0]["text"], "Llamada el lunes");
    assert_eq!(records[1]["kind"], "support");
    let exports: Vec<String> =
        sqlx::query_scalar("SELECT detail FROM audit_log WHERE action = 'person_exported' ORDER BY id")
            .fetch_all(&app.state.db.read)
            .await
            .expect("log");
    assert_eq!(exports, ["2", "2"], "each export, with how many records");
    let details: Vec<String> =
        sqlx::query_scalar("SELECT detail FROM audit_log").fetch_all(&app.state.db.read).await.expect("log");
    assert!(details.iter().all(|d| !d.contains("lucia")), "{details:?}");
}

#[tokio::test]
async fn erasing_a_person_leaves_nothing_of_her_in_the_database() {
    let app = TestApp::spawn().await;
    let browser = signed_in(&app, false).await;
    let hers = orientation(&app, &[("email", "rosa@example.org"), ("confirmation", "yes")]).await;
    let also_hers = support(&app, "Rosa", "rosa@example.org", "volunteer", "es").await;
    let someone_else = orientation(&app, &[("email", "otra@example.org")]).await;
    let csrf = browser.csrf().await;
    for path in [format!("/admin/requests/{hers}/notes"), format!("/admin/requests/{also_hers}/notes")] {
        assert_eq!(browser.post(&path, &[("csrf", &csrf), ("note", "nota")]).await.status(), 303);
    }
    let attempt = browser
        .post(&format!("/admin/requests/{hers}/attempts"), &[("csrf", &csrf), ("outcome", "spoke")])
        .await;
    assert_eq!(attempt.status(), 303);
    // What of her the database holds: sealed values, which must not outlive the erasure.
    let sealed: Vec<String> = sqlx::query_scalar(
        "SELECT personal FROM requests WHERE reference IN (?1, ?2)
         UNION ALL SELECT body FROM request_notes n JOIN requests r ON r.id = n.request_id WHERE r.reference IN (?1, ?2)
         UNION ALL SELECT message FROM outbox o JOIN requests r ON r.id = o.request_id WHERE r.reference IN (?1, ?2)
         UNION ALL SELECT digest FROM contact_digests d JOIN requests r ON r.id = d.request_id WHERE r.reference IN (?1, ?2)",
    )
    .bind(&hers)
    .bind(&also_hers)
    .fetch_all(&app.state.db.read)
    .await
    .expect("sealed");
    assert!(sealed.len() >= 8, "her requests, notes, mails and digests: {}", sealed.len());

    let unconfirmed =
        browser.post("/admin/people/erase", &[("csrf", &csrf), ("q", "rosa@example.org")]).await;
    assert_eq!(unconfirmed.status(), 422, "the box must be ticked");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM requests").await, 3, "nothing erased yet");
    let erased = browser
        .post("/admin/people/erase", &[("csrf", &csrf), ("q", "ROSA@example.org"), ("confirm", "yes")])
        .await;
    assert_eq!(erased.status(), 303);
    assert_eq!(location(erased.headers()), "/admin/people?erased=2");
    assert_eq!(browser.get("/language/en/admin/people").await.status(), 303);
    assert!(browser.page("/admin/people?erased=2").await.contains("2 records were erased."));

    for reference in [&hers, &also_hers] {
        assert_eq!(browser.get(&format!("/admin/requests/{reference}")).await.status(), 404);
    }
    assert_eq!(browser.get(&format!("/admin/requests/{someone_else}")).await.status(), 200, "only hers");
    for table in ["request_notes", "contact_attempts", "outbox", "contact_digests"] {
        let left = count(&app, &format!("SELECT COUNT(*) FROM {table} t JOIN requests r ON r.id = t.request_id WHERE r.reference != '{someone_else}'")).await;
        let orphans = count(
            &app,
            &format!("SELECT COUNT(*) FROM {table} WHERE request_id NOT IN (SELECT id FROM requests)"),
        )
        .await;
        assert_eq!((left, orphans), (0, 0), "{table}");
    }
    // Not in free pages, not in the write-ahead log: the bytes are gone from the files.
    let bytes = database_bytes(&app);
    for value in &sealed {
        assert!(!holds(&bytes, value), "a sealed value of hers is still in the file");
    }
    let log: Vec<(String, String)> =
        sqlx::query_as("SELECT action, detail FROM audit_log WHERE action = 'person_erased'")
            .fetch_all(&app.state.db.read)
            .await
            .expect("log");
    assert_eq!(log, [("person_erased".to_owned(), "2".to_owned())], "who, when, how many");
    // The statistics still count that two requests came.
    assert_eq!(count(&app, "SELECT SUM(count) FROM request_counts WHERE dimension = 'kind'").await, 3);
}

#[tokio::test]
async fn the_inbox_pages_and_the_export_stream_every_row_once() {
    let app = TestApp::spawn().await;
    let browser = signed_in(&app, false).await;
    let real = orientation(&app, &[("email", "a@example.org")]).await;
    // 1203 more, many in the same second: the pages must not lose or repeat any.
    sqlx::query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1203)
         INSERT INTO requests (kind, reference, idempotency_key, lang, contact_language, region, topics, personal, created_at)
         SELECT 'orientation', printf('OR-%04d', i), 'bulk-' || i, 'es', 'es', 'brussels', 'health', r.personal,
                printf('2026-01-01T00:%02d:00Z', i % 7)
         FROM n, (SELECT personal FROM requests LIMIT 1) r",
    )
    .execute(&app.state.db.write)
    .await
    .expect("bulk");

    let mut seen = std::collections::BTreeSet::new();
    let mut path = "/admin/requests".to_owned();
    let link = Selector::parse("a[rel=next]").expect("selector");
    let rows = Selector::parse("table.data tbody th a").expect("selector");
    for _ in 0..100 {
        let page = Html::parse_document(&browser.page(&path).await);
        for row in page.select(&rows) {
            assert!(seen.insert(row.text().collect::<String>()), "a row twice, on {path}");
        }
        let Some(next) = page.select(&link).next() else { break };
        path = next.value().attr("href").expect("href").replace("&amp;", "&");
    }
    assert_eq!(seen.len(), 1204, "every row once");
    assert!(seen.contains(&real));

    let csv = browser.get("/admin/requests/export.csv").await;
    assert_eq!(csv.status(), 200);
    let csv = csv.text().await.expect("csv");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let references: std::collections::BTreeSet<String> =
        reader.records().map(|r| r.expect("a CSV record")[0].to_owned()).collect();
    assert_eq!(references, seen, "the export holds the same rows, once each");
    assert_eq!(csv.lines().count(), 1205, "a header and one line each");
}
