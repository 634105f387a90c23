use std::io::Write;
use std::process::{Command, Stdio};

use latinas::db::coordinators;
use latinas::domain::vocab::Role;
use sqlx::Connection;

use crate::helpers::{TestApp, csrf_in, encode, location, set_cookie, token_in};
use crate::smtp::SmtpServer;

pub const PASSWORD: &str = "a long and secret password";

/// A browser with its own cookie jar, as a coordinator uses the back office.
pub struct Browser<'a> {
    app: &'a TestApp,
    pub client: reqwest::Client,
}

impl<'a> Browser<'a> {
    pub fn new(app: &'a TestApp) -> Browser<'a> {
        Browser::with_agent(app, "")
    }

    /// A browser that says what it is (`User-Agent`), as real ones do.
    pub fn with_agent(app: &'a TestApp, agent: &str) -> Browser<'a> {
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(agent)
            .build()
            .expect("client");
        Browser { app, client }
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(format!("{}{path}", self.app.base)).send().await.expect("sent")
    }

    pub async fn page(&self, path: &str) -> String {
        let response = self.get(path).await;
        assert_eq!(response.status(), 200, "GET {path}");
        response.text().await.expect("body")
    }

    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.app.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(encode(fields))
            .send()
            .await
            .expect("sent")
    }

    pub async fn login(&self, email: &str, password: &str) -> reqwest::Response {
        self.login_with_code(email, password, "").await
    }

    /// Signs in with the code of the second step (from her app, or a recovery code).
    pub async fn login_with_code(&self, email: &str, password: &str, code: &str) -> reqwest::Response {
        let form = self.page("/admin/login").await;
        let token = token_in(&form);
        self.post(
            "/admin/login",
            &[("token", &token), ("email", email), ("password", password), ("code", code)],
        )
        .await
    }

    /// The CSRF value of back-office forms, from any back-office page.
    pub async fn csrf(&self) -> String {
        csrf_in(&self.page("/admin/requests").await)
    }
}

pub async fn add_coordinator(app: &TestApp, email: &str, name: &str, admin: bool) {
    let hash = latinas::auth::hash_password(PASSWORD.to_owned()).await.expect("hash");
    let role = if admin { Role::Admin } else { Role::Coordinator };
    let mut db = app.state.db.write.acquire().await.expect("writer");
    coordinators::insert(&mut db, email, name, &hash, role).await.expect("insert");
}

pub async fn signed_in(app: &TestApp, admin: bool) -> Browser<'_> {
    let email = if admin { "admin@latinas.example" } else { "coord@latinas.example" };
    add_coordinator(app, email, if admin { "Ada Admin" } else { "Carla Coordinator" }, admin).await;
    let browser = Browser::new(app);
    let response = browser.login(email, PASSWORD).await;
    assert_eq!(response.status(), 303, "signed in");
    assert_eq!(location(response.headers()), "/admin/mine", "her own requests first");
    browser
}

/// Submits an orientation request through the public form; returns its reference.
pub async fn orientation_request(app: &TestApp, name: &str, message: &str) -> String {
    let form = app.open_form("/es/orientation").await;
    let response = app
        .submit(
            &form,
            &[
                ("name", name),
                ("email", "maria@example.org"),
                ("contact_language", "es"),
                ("region", "brussels"),
                ("topic", "housing"),
                ("message", message),
                ("consent", "yes"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    app.reference_of(&response)
}

#[tokio::test]
async fn login_rotates_the_session_and_logout_ends_it() {
    let app = TestApp::spawn().await;
    add_coordinator(&app, "coord@latinas.example", "Carla", false).await;
    add_coordinator(&app, "intruder@latinas.example", "Intruder", false).await;
    // A valid session, as someone who can sign in could plant one in another's browser.
    let planted = session_of(&app, "intruder@latinas.example").await;
    // She signs in on the browser that carries it: her session gets a new id.
    let response = sign_in(&app, "COORD@latinas.example", &format!("admin_session={planted}")).await;
    assert_eq!(response.status(), 303);
    let cookie = set_cookie(response.headers(), "admin_session").expect("a session cookie").to_owned();
    let hers = cookie["admin_session=".len()..].split(';').next().expect("value").to_owned();
    assert_ne!(hers, planted, "a new session id at sign-in: {cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/admin"),
        "{cookie}"
    );
    assert!(!cookie.contains("Secure"), "plain http in tests");
    // The planted id opens nothing of hers; her own id does.
    let with = |session: &str| {
        app.client
            .get(format!("{}/admin/requests", app.base))
            .header("cookie", format!("admin_session={session}"))
    };
    let replayed = with(&planted).send().await.expect("sent");
    assert_eq!(location(replayed.headers()), "/admin/login", "the planted session was ended, not taken over");
    let own = with(&hers).send().await.expect("sent");
    assert_eq!(own.status(), 200);
    assert!(own.text().await.expect("body").contains("Carla"));

    let browser = signed_in(&app, true).await;
    assert!(browser.page("/admin/requests").await.contains("Ada Admin"));
    let csrf = browser.csrf().await;
    assert_eq!(
        browser.post("/admin/logout", &[("csrf", "forged")]).await.status(),
        403,
        "logout needs the token"
    );
    let response = browser.post("/admin/logout", &[("csrf", &csrf)]).await;
    assert_eq!(location(response.headers()), "/admin/login");
    assert_eq!(location(browser.get("/admin/requests").await.headers()), "/admin/login");
    // The cookie of a signed-out session, replayed from elsewhere, opens nothing.
    let admin = session_of(&app, "admin@latinas.example").await;
    let response = app
        .client
        .get(format!("{}/admin/requests", app.base))
        .header("cookie", format!("admin_session={admin}"))
        .send()
        .await
        .expect("sent");
    let csrf = csrf_in(&response.text().await.expect("body"));
    let logout = app
        .client
        .post(format!("{}/admin/logout", app.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", format!("admin_session={admin}"))
        .body(encode(&[("csrf", &csrf)]))
        .send()
        .await
        .expect("sent");
    assert_eq!(location(logout.headers()), "/admin/login");
    let replayed = with(&admin).send().await.expect("sent");
    assert_eq!(location(replayed.headers()), "/admin/login", "a signed-out session stays out");
}

/// Posts the login form for `email` with the right password, from a browser that also
/// carries `cookies` (`name=value; …`, may be empty).
async fn sign_in(app: &TestApp, email: &str, cookies: &str) -> reqwest::Response {
    let form = app.open_form("/admin/login").await;
    let cookie = if cookies.is_empty() {
        format!("form_id={}", form.cookie)
    } else {
        format!("form_id={}; {cookies}", form.cookie)
    };
    app.client
        .post(format!("{}/admin/login", app.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", cookie)
        .body(encode(&[("token", &form.token), ("email", email), ("password", PASSWORD)]))
        .send()
        .await
        .expect("sent")
}

/// Signs `email` in and returns the value of the session cookie the server sets.
async fn session_of(app: &TestApp, email: &str) -> String {
    let response = sign_in(app, email, "").await;
    assert_eq!(response.status(), 303, "{email} signs in");
    let line = set_cookie(response.headers(), "admin_session").expect("a session cookie");
    line["admin_session=".len()..].split(';').next().expect("value").to_owned()
}

#[tokio::test]
async fn wrong_passwords_get_one_answer_and_are_limited_per_account() {
    let app = TestApp::spawn().await;
    add_coordinator(&app, "coord@latinas.example", "Carla", false).await;
    let browser = Browser::new(&app);
    let unknown = browser.login("nobody@latinas.example", PASSWORD).await;
    let wrong = browser.login("coord@latinas.example", "not the password at all").await;
    assert_eq!(unknown.status(), 401);
    assert_eq!(wrong.status(), 401);
    let unknown = unknown.text().await.expect("body");
    let wrong = wrong.text().await.expect("body");
    let message = latinas::i18n::Lang::Es.t("admin-login-failed");
    assert!(unknown.contains(&message) && wrong.contains(&message), "the same answer for both");

    for _ in 0..4 {
        browser.login("coord@latinas.example", "still not the password").await;
    }
    let limited = browser.login("coord@latinas.example", PASSWORD).await;
    assert_eq!(limited.status(), 429, "even the right password waits after many failures");
    assert!(limited.text().await.expect("body").contains(&latinas::i18n::Lang::Es.t("admin-login-too-many")));
    // Per account, not per address: a colleague on the same connection still signs in.
    add_coordinator(&app, "colleague@latinas.example", "Colega", false).await;
    let colleague = Browser::new(&app).login("colleague@latinas.example", PASSWORD).await;
    assert_eq!(colleague.status(), 303, "another account is not held back");
}

#[tokio::test]
async fn coordinators_handle_a_request_and_every_step_is_audited() {
    let app = TestApp::spawn_with(&[("COORDINATOR_EMAILS", "coord@latinas.example")]).await;
    let reference = orientation_request(&app, "María Secreta", "Necesito ayuda con mi contrato").await;
    let browser = signed_in(&app, false).await;

    let inbox = browser.page("/admin/requests").await;
    assert!(inbox.contains(&reference), "the inbox lists the request");
    assert!(inbox.contains("badge-new"), "the navigation counts new requests");
    assert!(!inbox.contains("María Secreta"), "the list shows nothing personal");
    let filtered = browser.page("/admin/requests?kind=support").await;
    assert!(!filtered.contains(&reference), "filtered out by kind");
    let filtered = browser.page("/admin/requests?topic=housing&region=brussels&status=new").await;
    assert!(filtered.contains(&reference), "found by topic, region and status");

    let detail = browser.page(&format!("/admin/requests/{reference}")).await;
    for expected in ["María Secreta", "maria@example.org", "Necesito ayuda con mi contrato"] {
        assert!(detail.contains(expected), "the request page shows {expected}");
    }
    let csrf = browser.csrf().await;
    let base = format!("/admin/requests/{reference}");
    assert_eq!(
        browser.post(&format!("{base}/status"), &[("status", "closed")]).await.status(),
        403,
        "no CSRF token"
    );
    assert_eq!(
        browser.post(&format!("{base}/status"), &[("csrf", &csrf), ("status", "in_progress")]).await.status(),
        303
    );
    let coordinator_id: i64 =
        sqlx::query_scalar("SELECT id FROM coordinators").fetch_one(&app.state.db.read).await.expect("id");
    let id = coordinator_id.to_string();
    assert_eq!(
        browser.post(&format!("{base}/assign"), &[("csrf", &csrf), ("coordinator", &id)]).await.status(),
        303
    );
    assert_eq!(
        browser
            .post(&format!("{base}/notes"), &[("csrf", &csrf), ("note", "Llamé, volver a llamar el lunes")])
            .await
            .status(),
        303
    );
    let mail_id: i64 =
        sqlx::query_scalar("SELECT id FROM outbox").fetch_one(&app.state.db.read).await.expect("mail");
    let resend = browser.post(&format!("{base}/mails/{mail_id}/resend"), &[("csrf", &csrf)]).await;
    assert_eq!(resend.status(), 303);

    let detail = browser.page(&base).await;
    assert!(detail.contains("Llamé, volver a llamar el lunes"), "the note");
    assert!(detail.contains("Carla Coordinator"), "its author");
    for action in ["viewed", "status", "assigned", "note", "resent"] {
        let label = latinas::i18n::Lang::Es.t(&format!("admin-audit-{action}"));
        assert!(detail.contains(&label), "the history shows {action}");
    }
    let (status, assigned): (String, Option<i64>) =
        sqlx::query_as("SELECT status, assigned_to FROM requests")
            .fetch_one(&app.state.db.read)
            .await
            .expect("row");
    assert_eq!((status.as_str(), assigned), ("in_progress", Some(coordinator_id)));
    let note: String = sqlx::query_scalar("SELECT body FROM request_notes")
        .fetch_one(&app.state.db.read)
        .await
        .expect("note");
    assert!(!note.contains("lunes"), "notes are encrypted at rest");
    let audited: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE request_reference = ?1")
        .bind(&reference)
        .fetch_one(&app.state.db.read)
        .await
        .expect("count");
    assert!(audited >= 6);
}

#[tokio::test]
async fn a_deleted_request_leaves_nothing_but_its_audit_entry() {
    let app = TestApp::spawn_with(&[("COORDINATOR_EMAILS", "coord@latinas.example")]).await;
    let reference = orientation_request(&app, "Ana", "borrar").await;
    let browser = signed_in(&app, false).await;
    let csrf = browser.csrf().await;
    let base = format!("/admin/requests/{reference}");
    assert_eq!(
        browser.post(&format!("{base}/notes"), &[("csrf", &csrf), ("note", "nota")]).await.status(),
        303
    );
    let notes: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM request_notes")
        .fetch_one(&app.state.db.read)
        .await
        .expect("count");
    assert_eq!(notes, 1, "there is a note to delete");
    let unconfirmed = browser.post(&format!("{base}/delete"), &[("csrf", &csrf)]).await;
    assert_eq!(location(unconfirmed.headers()), base, "nothing happens without the confirmation");
    let response = browser.post(&format!("{base}/delete"), &[("csrf", &csrf), ("confirm", "yes")]).await;
    assert_eq!(location(response.headers()), "/admin/requests");
    assert_eq!(browser.get(&base).await.status(), 404);
    for table in ["requests", "outbox", "request_notes"] {
        let left: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(&app.state.db.read)
            .await
            .expect("count");
        assert_eq!(left, 0, "{table} is empty");
    }
    let deleted: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'deleted' AND request_reference = ?1",
    )
    .bind(&reference)
    .fetch_one(&app.state.db.read)
    .await
    .expect("count");
    assert_eq!(deleted, 1);
}

/// Marks request `reference` closed `days` ago.
async fn close_days_ago(app: &TestApp, reference: &str, days: u32) {
    sqlx::query("UPDATE requests SET status = 'closed', closed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', ?2) WHERE reference = ?1")
        .bind(reference)
        .bind(format!("-{days} days"))
        .execute(&app.state.db.write)
        .await
        .expect("close");
}

/// Runs `latinas purge` on the app's database with `RETENTION_DAYS=30`, as an administrator
/// would; returns what it printed, asserting it succeeded.
fn purge_by_command(app: &TestApp) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_latinas"))
        .arg("purge")
        .env("DATABASE_URL", format!("sqlite://{}", app.dir.join("site.db").display()))
        .env("DATA_DIR", &app.dir)
        .env("RETENTION_DAYS", "30")
        .output()
        .expect("latinas purge runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The references in the app's database, oldest first.
async fn references(app: &TestApp) -> Vec<String> {
    sqlx::query_scalar("SELECT reference FROM requests ORDER BY id")
        .fetch_all(&app.state.db.read)
        .await
        .expect("rows")
}

/// Waits (10 s at most) until the requests left are `expected`: the server purges on its own.
async fn wait_for_references(app: &TestApp, expected: &[String], what: &str) {
    let start = std::time::Instant::now();
    loop {
        let left = references(app).await;
        if left == expected {
            return;
        }
        assert!(start.elapsed().as_secs() < 10, "{what}: {left:?}");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn closed_requests_are_purged_after_the_retention_period() {
    let app = TestApp::spawn_with(&[("RETENTION_DAYS", "30")]).await;
    let old = orientation_request(&app, "Old", "viejo").await;
    let recent = orientation_request(&app, "Recent", "reciente").await;
    let open = orientation_request(&app, "Open", "abierto").await;
    close_days_ago(&app, &old, 31).await;
    close_days_ago(&app, &recent, 29).await;

    // By hand, with the command…
    assert!(purge_by_command(&app).contains("deleted 1"));
    assert_eq!(references(&app).await, vec![recent.clone(), open.clone()]);

    // …and by the server itself, at start-up and every hour.
    close_days_ago(&app, &recent, 40).await;
    let dir = app.dir.clone();
    let tempdir = app.stop().await;
    let app = TestApp::spawn_in(&dir, &[("RETENTION_DAYS", "30")]).await;
    wait_for_references(&app, std::slice::from_ref(&open), "the server purges on its own").await;
    let tempdir = app.stop().await.or(tempdir);

    // Not only at start-up: while it runs, every PURGE_INTERVAL_SECONDS (an hour by default).
    let app = TestApp::spawn_in(&dir, &[("RETENTION_DAYS", "30"), ("PURGE_INTERVAL_SECONDS", "1")]).await;
    // The start-up purge has nothing to do; then the request ages past the period.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    close_days_ago(&app, &open, 31).await;
    wait_for_references(&app, &[], "purged by the periodic run, without a restart").await;
    drop(tempdir);
}

#[tokio::test]
async fn the_export_is_a_spreadsheet_safe_csv_of_the_filtered_list() {
    let app = TestApp::spawn().await;
    let reference = orientation_request(&app, "Ana", "hola").await;
    let other = orientation_request(&app, "Eva", "hola").await;
    let browser = signed_in(&app, true).await;
    sqlx::query("UPDATE coordinators SET name = '=HYPERLINK(\"http://evil\")'")
        .execute(&app.state.db.write)
        .await
        .expect("rename");
    let coordinator_id: i64 =
        sqlx::query_scalar("SELECT id FROM coordinators").fetch_one(&app.state.db.read).await.expect("id");
    sqlx::query("UPDATE requests SET assigned_to = ?1, status = 'closed' WHERE reference = ?2")
        .bind(coordinator_id)
        .bind(&reference)
        .execute(&app.state.db.write)
        .await
        .expect("assign");
    let response = browser.get("/admin/requests/export.csv?status=closed").await;
    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-type"].to_str().expect("ascii").starts_with("text/csv"));
    let bytes = response.bytes().await.expect("body");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 with a byte-order mark");
    let text = String::from_utf8(bytes[3..].to_vec()).expect("UTF-8");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().expect("valid CSV");
    assert_eq!(rows.len(), 1, "only the filtered request");
    assert_eq!(&rows[0][0], reference.as_str());
    assert!(!text.contains(&other));
    assert!(
        rows[0].iter().any(|cell| cell == "'=HYPERLINK(\"http://evil\")"),
        "formula neutralised: {:?}",
        rows[0]
    );
    assert!(!text.contains("Ana"), "nothing personal");
}

#[tokio::test]
async fn content_edited_in_the_back_office_shows_on_the_public_site_at_once() {
    let app = TestApp::spawn().await;
    let browser = signed_in(&app, true).await;
    assert!(!app.page("/en/activities/world-march").await.contains("Marching together"));
    let id: i64 = sqlx::query_scalar("SELECT id FROM items WHERE slug = 'world-march'")
        .fetch_one(&app.state.db.read)
        .await
        .expect("id");
    let editor = browser.page(&format!("/admin/content/activities/{id}")).await;
    assert!(editor.contains("name=\"nl-title\""), "four languages side by side");
    let csrf = browser.csrf().await;
    let mut fields: Vec<(String, String)> = vec![
        ("csrf".into(), csrf.clone()),
        ("position".into(), "5".into()),
        ("published".into(), "yes".into()),
    ];
    for lang in ["es", "nl", "fr"] {
        fields.push((format!("{lang}-title"), format!("Marcha {lang}")));
        fields.push((format!("{lang}-summary"), "resumen".into()));
        fields.push((format!("{lang}-body"), "texto".into()));
    }
    fields.push(("en-title".into(), "Marching together".into()));
    fields.push(("en-summary".into(), "We marched.".into()));
    fields.push(("en-body".into(), "We **marched** <script>alert(1)</script>".into()));
    let mut pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    // A preview shows each language as the site will, and saves nothing.
    pairs.push(("preview", "yes"));
    let preview = browser.post(&format!("/admin/content/activities/{id}"), &pairs).await;
    assert_eq!(preview.status(), 200);
    let preview = preview.text().await.expect("preview");
    let shown = scraper::Html::parse_document(&preview);
    let blocks: Vec<String> = shown
        .select(&scraper::Selector::parse("fieldset .preview").expect("selector"))
        .map(|p| p.inner_html())
        .collect();
    assert_eq!(blocks.len(), 4, "a preview beside each language");
    assert!(
        blocks[1].contains("<strong>marched</strong>") && !blocks[1].contains("<script"),
        "{}",
        blocks[1]
    );
    assert!(preview.contains("We **marched**"), "what was typed stays in the form");
    assert!(!app.page("/en/activities/world-march").await.contains("Marching together"), "not saved");
    pairs.pop();
    let saved = browser.post(&format!("/admin/content/activities/{id}"), &pairs).await;
    assert_eq!(saved.status(), 303);
    let page = app.page("/en/activities/world-march").await;
    assert!(page.contains("Marching together"), "the public page changed at once");
    assert!(
        page.contains("<strong>marched</strong>") && !page.contains("<script>alert"),
        "Markdown, cleaned"
    );

    // A missing translation is marked; a new project appears; unpublishing hides it.
    let pairs = [
        ("csrf", csrf.as_str()),
        ("key", "new-project"),
        ("position", "1"),
        ("published", "yes"),
        ("es-title", "Proyecto nuevo"),
        ("es-summary", "Un proyecto"),
        ("es-body", "Texto"),
    ];
    let created = browser.post("/admin/content/projects/new", &pairs).await;
    assert_eq!(created.status(), 303);
    let edit_path = location(created.headers()).split('?').next().expect("path").to_owned();
    assert!(app.page("/es/projects").await.contains("Proyecto nuevo"));
    let index = browser.page("/admin/content").await;
    assert!(index.contains("missing-translation"), "missing translations are marked");
    let taken = browser.post("/admin/content/projects/new", &pairs).await;
    assert_eq!(taken.status(), 422, "a slug is unique");
    let pairs =
        [("csrf", csrf.as_str()), ("position", "1"), ("es-title", "Proyecto nuevo"), ("es-body", "Texto")];
    assert_eq!(browser.post(&edit_path, &pairs).await.status(), 303);
    assert_eq!(app.get("/es/projects/new-project").await.status(), 404, "unpublished");
    assert!(!app.page("/es/projects").await.contains("Proyecto nuevo"));
}

#[tokio::test]
async fn only_administrators_manage_content_and_coordinators() {
    let app = TestApp::spawn().await;
    let browser = signed_in(&app, false).await;
    for path in ["/admin/content", "/admin/content/projects/new", "/admin/coordinators"] {
        assert_eq!(browser.get(path).await.status(), 403, "{path}");
    }
    assert_eq!(browser.get("/admin/stats").await.status(), 200, "statistics are for everyone");
    // Nor can a coordinator post what only administrators may.
    let csrf = browser.csrf().await;
    let section = [("csrf", csrf.as_str()), ("key", "by-a-coordinator"), ("page", "about"), ("es-body", "x")];
    for (path, fields) in [
        ("/admin/content/sections/new", &section[..]),
        ("/admin/content/projects/1", &[("csrf", csrf.as_str()), ("position", "1"), ("es-title", "x")][..]),
        (
            "/admin/coordinators",
            &[("csrf", csrf.as_str()), ("email", "x@latinas.example"), ("name", "X")][..],
        ),
        ("/admin/coordinators/1/remove", &[("csrf", csrf.as_str())][..]),
    ] {
        assert_eq!(browser.post(path, fields).await.status(), 403, "POST {path}");
    }
    let (sections, coordinators): (i64, i64) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM sections WHERE key = 'by-a-coordinator'), (SELECT COUNT(*) FROM coordinators)",
    )
    .fetch_one(&app.state.db.read)
    .await
    .expect("counts");
    assert_eq!((sections, coordinators), (0, 1), "nothing changed");

    let admin = Browser::new(&app);
    add_coordinator(&app, "boss@latinas.example", "Boss", true).await;
    assert_eq!(admin.login("boss@latinas.example", PASSWORD).await.status(), 303);
    let csrf = admin.csrf().await;
    let short = admin
        .post(
            "/admin/coordinators",
            &[("csrf", &csrf), ("name", "Nueva"), ("email", "nueva@latinas.example"), ("password", "short")],
        )
        .await;
    assert_eq!(short.status(), 422);
    let added = admin
        .post(
            "/admin/coordinators",
            &[("csrf", &csrf), ("name", "Nueva"), ("email", "nueva@latinas.example"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(added.status(), 303);
    assert_eq!(Browser::new(&app).login("nueva@latinas.example", PASSWORD).await.status(), 303);
}

#[tokio::test]
async fn statistics_are_drawn_as_svg_for_the_chosen_period() {
    let app = TestApp::spawn().await;
    orientation_request(&app, "Ana", "uno").await;
    orientation_request(&app, "Eva", "dos").await;
    let browser = signed_in(&app, false).await;
    let page = browser.page("/admin/stats").await;
    assert!(page.contains("<svg") && page.contains("class=\"bar\""));
    let housing = latinas::i18n::Lang::Es.t("topic-housing");
    assert!(page.contains(&format!("{housing}: 2.")), "two requests about housing");
    let empty = browser.page("/admin/stats?from=2001-01-01&to=2001-12-31").await;
    assert!(!empty.contains("class=\"bar\""), "nothing in 2001");
}

#[tokio::test]
async fn statistics_count_every_day_of_the_period_and_none_outside_it() {
    let app = TestApp::spawn().await;
    let browser = signed_in(&app, false).await;
    // Requests on the edges of months and years; the counters are kept as they arrive.
    let days = ["2025-01-15", "2025-01-31", "2025-02-01", "2025-03-10", "2025-12-31", "2026-01-01"];
    for (i, day) in days.iter().enumerate() {
        sqlx::query(
            "INSERT INTO requests (kind, reference, idempotency_key, lang, contact_language, region, topics, personal, created_at)
             VALUES ('orientation', ?1, ?1, 'es', 'es', 'brussels', 'health', 'sealed', ?2)",
        )
        .bind(format!("OR-STA{i}"))
        .bind(format!("{day}T12:00:00Z"))
        .execute(&app.state.db.write)
        .await
        .expect("insert");
    }
    let total = |html: String| -> String {
        let document = scraper::Html::parse_document(&html);
        let selector = scraper::Selector::parse("#by-kind-desc").expect("selector");
        document.select(&selector).next().map(|d| d.text().collect()).unwrap_or_default()
    };
    let orientation = latinas::i18n::Lang::Es.t("admin-kind-orientation");
    for ((from, to), expected) in [
        (("2025-01-20", "2025-03-10"), Some(3)),
        (("2025-01-15", "2025-01-15"), Some(1)),
        (("2025-01-31", "2025-02-01"), Some(2)),
        (("2024-01-01", "2030-12-31"), Some(6)),
        (("2025-03-11", "2025-12-30"), None),
        (("2025-02-02", "2025-02-28"), None),
    ] {
        let page = browser.page(&format!("/admin/stats?from={from}&to={to}")).await;
        let shown = total(page);
        match expected {
            Some(n) => assert_eq!(shown.trim(), format!("{orientation}: {n}."), "{from} to {to}"),
            None => assert!(shown.is_empty(), "nothing from {from} to {to}: {shown}"),
        }
    }
    // Month by month, over years.
    let page = browser.page("/admin/stats?from=2024-01-01&to=2030-12-31").await;
    let document = scraper::Html::parse_document(&page);
    let months: String = document
        .select(&scraper::Selector::parse("#by-month-desc").expect("selector"))
        .flat_map(|d| d.text())
        .collect();
    assert_eq!(months.trim(), "2025-01: 2. 2025-02: 1. 2025-03: 1. 2025-12: 1. 2026-01: 1.");
}

#[tokio::test]
async fn the_command_line_manages_accounts_with_the_password_on_standard_input() {
    let app = TestApp::spawn().await;
    let run = |args: &[&str], stdin: &str| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_latinas"))
            .args(args)
            .env("DATABASE_URL", format!("sqlite://{}", app.dir.join("site.db").display()))
            .env("DATA_DIR", &app.dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("latinas runs");
        child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("write");
        child.wait_with_output().expect("output")
    };
    let added = run(
        &["coordinator", "add", "--email", "cli@latinas.example", "--name", "Cli", "--admin"],
        "a long cli password\n",
    );
    assert!(added.status.success(), "{}", String::from_utf8_lossy(&added.stderr));
    assert_eq!(Browser::new(&app).login("cli@latinas.example", "a long cli password").await.status(), 303);
    let short = run(&["coordinator", "passwd", "--email", "cli@latinas.example"], "short\n");
    assert!(!short.status.success(), "too short a password is refused");
    let changed =
        run(&["coordinator", "passwd", "--email", "cli@latinas.example"], "another long password\n");
    assert!(changed.status.success());
    assert_eq!(Browser::new(&app).login("cli@latinas.example", "another long password").await.status(), 303);
    let removed = run(&["coordinator", "remove", "--email", "cli@latinas.example"], "");
    assert!(removed.status.success());
    assert_eq!(Browser::new(&app).login("cli@latinas.example", "another long password").await.status(), 401);
    // `--role` gives any role; an editor lands on the content and sees no request.
    let editor = run(
        &["coordinator", "add", "--email", "ed@latinas.example", "--name", "Ed", "--role", "editor"],
        "an editor's long password\n",
    );
    assert!(editor.status.success(), "{}", String::from_utf8_lossy(&editor.stderr));
    assert!(String::from_utf8_lossy(&editor.stdout).contains("(editor)"));
    let browser = Browser::new(&app);
    let signed_in = browser.login("ed@latinas.example", "an editor's long password").await;
    assert_eq!(location(signed_in.headers()), "/admin/content");
    assert_eq!(browser.get("/admin/requests").await.status(), 403);
    let unknown = run(
        &["coordinator", "add", "--email", "x@latinas.example", "--name", "X", "--role", "boss"],
        "a long password x\n",
    );
    assert!(!unknown.status.success() && String::from_utf8_lossy(&unknown.stderr).contains("not a role"));
}

#[tokio::test]
async fn a_back_office_action_while_another_process_holds_the_lock_answers_503_not_500() {
    let app = TestApp::spawn_with(&[("DATABASE_BUSY_MS", "300")]).await;
    let reference = orientation_request(&app, "Lucía", "bloqueo").await;
    let browser = signed_in(&app, false).await;
    let csrf = browser.csrf().await;
    let path = format!("/admin/requests/{reference}/status");
    // Another connection (as a `sqlite3` shell would) takes the write lock and keeps it.
    let mut other =
        sqlx::SqliteConnection::connect(&format!("sqlite://{}", app.dir.join("site.db").display()))
            .await
            .expect("second connection");
    sqlx::query("BEGIN IMMEDIATE").execute(&mut other).await.expect("lock");
    let response = browser.post(&path, &[("csrf", &csrf), ("status", "closed")]).await;
    assert_eq!(response.status(), 503, "the storage, not a fault of ours or hers");
    assert!(response.headers().contains_key("retry-after"));
    let html = response.text().await.expect("body");
    assert!(html.contains("no podemos guardar nada") || html.contains("cannot save anything"), "{html}");
    sqlx::query("COMMIT").execute(&mut other).await.expect("unlock");
    let response = browser.post(&path, &[("csrf", &csrf), ("status", "closed")]).await;
    assert_eq!(response.status(), 303, "done once the lock is gone");
}

#[tokio::test]
async fn adding_and_removing_a_coordinator_and_editing_content_are_audited() {
    let app = TestApp::spawn().await;
    let browser = signed_in(&app, true).await;
    let csrf = browser.csrf().await;
    let added = browser
        .post(
            "/admin/coordinators",
            &[
                ("csrf", &csrf),
                ("email", "nueva@latinas.example"),
                ("name", "Nueva"),
                ("password", "a long enough password"),
            ],
        )
        .await;
    assert_eq!(added.status(), 303);
    let id: i64 = sqlx::query_scalar("SELECT id FROM coordinators WHERE email = 'nueva@latinas.example'")
        .fetch_one(&app.state.db.read)
        .await
        .expect("added");
    let removed = browser.post(&format!("/admin/coordinators/{id}/remove"), &[("csrf", &csrf)]).await;
    assert_eq!(removed.status(), 303);
    let saved = browser
        .post(
            "/admin/content/sections/new",
            &[
                ("csrf", &csrf),
                ("key", "audited-section"),
                ("page", "about"),
                ("position", "9"),
                ("es-body", "Texto"),
            ],
        )
        .await;
    assert_eq!(saved.status(), 303);
    let entries: Vec<(String, String, String)> =
        sqlx::query_as("SELECT coordinator_name, action, detail FROM audit_log ORDER BY id")
            .fetch_all(&app.state.db.read)
            .await
            .expect("log");
    let actions: Vec<&str> = entries.iter().map(|(_, action, _)| action.as_str()).collect();
    assert_eq!(
        actions,
        ["signed_in", "coordinator_added", "coordinator_removed", "content_saved"],
        "{entries:?}"
    );
    assert!(entries.iter().all(|(who, _, _)| who == "Ada Admin"));
    assert_eq!(entries[1].2, "nueva@latinas.example (coordinator)");
    assert_eq!(entries[3].2, "section audited-section");
}

/// The state, attempts and last error of every queued mail.
async fn outbox_states(app: &TestApp) -> Vec<(String, i64, Option<String>)> {
    sqlx::query_as("SELECT state, attempts, last_error FROM outbox ORDER BY id")
        .fetch_all(&app.state.db.read)
        .await
        .expect("outbox")
}

/// Waits until no mail is pending any more.
async fn settled(app: &TestApp) -> Vec<(String, i64, Option<String>)> {
    let start = std::time::Instant::now();
    loop {
        let states = outbox_states(app).await;
        if states.iter().all(|(state, _, _)| state != "pending") {
            return states;
        }
        assert!(start.elapsed() < std::time::Duration::from_secs(30), "still pending: {states:?}");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn a_mail_that_keeps_failing_is_given_up_after_sixteen_attempts_and_can_be_sent_again() {
    let down = SmtpServer::down();
    let url = down.url();
    // No wait between attempts, and no server yet: each attempt fails at once.
    let app = TestApp::spawn_with(&[
        ("SMTP_URL", url.as_str()),
        ("MAIL_RETRY_BASE_MS", "0"),
        ("COORDINATOR_EMAILS", "coord@latinas.example"),
    ])
    .await;
    let reference = orientation_request(&app, "Intentos", "reintentos").await;
    let states = settled(&app).await;
    assert_eq!(states, [("failed".to_owned(), 16, Some("unreachable".to_owned()))], "given up after 16");
    let browser = signed_in(&app, false).await;
    let page = browser.page(&format!("/admin/requests/{reference}")).await;
    assert!(page.contains("mail-failed"), "the request's page shows the failed mail");
    // The server is back; the coordinator presses "send again".
    let smtp = down.start();
    let id: i64 =
        sqlx::query_scalar("SELECT id FROM outbox").fetch_one(&app.state.db.read).await.expect("id");
    let csrf = browser.csrf().await;
    let resent =
        browser.post(&format!("/admin/requests/{reference}/mails/{id}/resend"), &[("csrf", &csrf)]).await;
    assert_eq!(resent.status(), 303);
    let received = smtp.wait_for(1, std::time::Duration::from_secs(20)).await;
    assert_eq!(received[0].to, ["coord@latinas.example"]);
    let states = settled(&app).await;
    assert_eq!(states[0].0, "sent");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(smtp.received().len(), 1, "sent once");
}

#[tokio::test]
async fn a_mail_the_server_refuses_for_good_is_not_tried_again() {
    let smtp = SmtpServer::start();
    let url = SmtpServer::url(smtp.port);
    let app = TestApp::spawn_with(&[
        ("SMTP_URL", url.as_str()),
        ("COORDINATOR_EMAILS", "refused@latinas.example, coord@latinas.example"),
    ])
    .await;
    orientation_request(&app, "Rechazo", "rechazado").await;
    let states = settled(&app).await;
    assert_eq!(
        states,
        [("failed".to_owned(), 1, Some("refused".to_owned())), ("sent".to_owned(), 1, None)],
        "a 550 is final after one attempt; the other alert goes out"
    );
    assert_eq!(smtp.received().len(), 1);
}

#[tokio::test]
async fn closing_dates_a_request_reopening_clears_it_and_the_purge_takes_its_notes_and_mails() {
    let app =
        TestApp::spawn_with(&[("RETENTION_DAYS", "30"), ("COORDINATOR_EMAILS", "coord@latinas.example")])
            .await;
    let reference = orientation_request(&app, "Retención", "borrar después").await;
    let browser = signed_in(&app, false).await;
    let csrf = browser.csrf().await;
    let base = format!("/admin/requests/{reference}");
    let closed_at = || async {
        sqlx::query_scalar::<_, Option<String>>("SELECT closed_at FROM requests WHERE reference = ?1")
            .bind(&reference)
            .fetch_one(&app.state.db.read)
            .await
            .expect("row")
    };
    assert_eq!(
        browser.post(&format!("{base}/status"), &[("csrf", &csrf), ("status", "closed")]).await.status(),
        303
    );
    assert!(closed_at().await.is_some(), "closing dates it");
    assert_eq!(
        browser.post(&format!("{base}/status"), &[("csrf", &csrf), ("status", "in_progress")]).await.status(),
        303
    );
    assert_eq!(closed_at().await, None, "reopening clears the date: the retention period starts again");
    assert_eq!(
        browser.post(&format!("{base}/notes"), &[("csrf", &csrf), ("note", "Llamada hecha")]).await.status(),
        303
    );
    assert_eq!(
        browser.post(&format!("{base}/status"), &[("csrf", &csrf), ("status", "closed")]).await.status(),
        303
    );
    let count = |table: &'static str| {
        let db = app.state.db.read.clone();
        async move {
            sqlx::query_scalar::<_, i64>(&format!("SELECT COUNT(*) FROM {table}"))
                .fetch_one(&db)
                .await
                .expect("count")
        }
    };
    assert_eq!((count("request_notes").await, count("outbox").await), (1, 1), "a note and the alert");
    // Closed 31 days ago, as far as the purge can tell.
    sqlx::query("UPDATE requests SET closed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-31 days')")
        .execute(&app.state.db.write)
        .await
        .expect("age");
    purge_by_command(&app);
    assert_eq!(
        (count("requests").await, count("request_notes").await, count("outbox").await),
        (0, 0, 0),
        "the request goes with its notes and its mail"
    );
}

#[tokio::test]
async fn a_removed_coordinators_session_ends_with_her_account() {
    let app = TestApp::spawn().await;
    let coordinator = signed_in(&app, false).await;
    assert_eq!(coordinator.get("/admin/requests").await.status(), 200);
    let admin = signed_in(&app, true).await;
    let id: i64 = sqlx::query_scalar("SELECT id FROM coordinators WHERE email = 'coord@latinas.example'")
        .fetch_one(&app.state.db.read)
        .await
        .expect("id");
    let csrf = admin.csrf().await;
    assert_eq!(
        admin.post(&format!("/admin/coordinators/{id}/remove"), &[("csrf", &csrf)]).await.status(),
        303
    );
    let after = coordinator.get("/admin/requests").await;
    assert_eq!(location(after.headers()), "/admin/login", "her open session ended with her account");
}

#[tokio::test]
async fn over_https_every_cookie_is_secure() {
    let app = TestApp::spawn_with(&[("PUBLIC_URL", "https://latinas.example")]).await;
    let form = app.get("/es/orientation").await;
    let form_cookie = set_cookie(form.headers(), "form_id").expect("form cookie").to_owned();
    let language = app.get("/language/nl/about").await;
    let lang_cookie = set_cookie(language.headers(), "lang").expect("language cookie").to_owned();
    add_coordinator(&app, "coord@latinas.example", "Carla", false).await;
    let response = sign_in(&app, "coord@latinas.example", "").await;
    assert_eq!(response.status(), 303);
    let session = set_cookie(response.headers(), "admin_session").expect("session cookie").to_owned();
    for cookie in [form_cookie, lang_cookie, session] {
        assert!(cookie.contains("; Secure") || cookie.contains(";Secure"), "{cookie}");
        assert!(cookie.contains("HttpOnly"), "{cookie}");
    }
    assert!(response.headers().contains_key("strict-transport-security"));
}

#[tokio::test]
async fn a_back_office_session_ends_when_idle_and_in_any_case_after_its_maximum() {
    // Idle: two seconds without a request end it.
    let app = TestApp::spawn_with(&[("SESSION_IDLE_SECONDS", "2")]).await;
    let browser = signed_in(&app, false).await;
    assert_eq!(browser.get("/admin/requests").await.status(), 200);
    tokio::time::sleep(std::time::Duration::from_millis(3200)).await;
    assert_eq!(location(browser.get("/admin/requests").await.headers()), "/admin/login", "idle too long");

    // In use all the time, it still ends at its maximum.
    let app = TestApp::spawn_with(&[("SESSION_MAX_SECONDS", "3")]).await;
    let browser = signed_in(&app, false).await;
    for _ in 0..2 {
        assert_eq!(browser.get("/admin/requests").await.status(), 200, "in use, within the maximum");
        tokio::time::sleep(std::time::Duration::from_millis(1000)).await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert_eq!(location(browser.get("/admin/requests").await.headers()), "/admin/login", "past the maximum");
}

#[tokio::test]
async fn the_back_office_shows_times_in_belgian_time_in_its_language() {
    let app = TestApp::spawn().await;
    let reference = orientation_request(&app, "Hora", "hora").await;
    let browser = signed_in(&app, false).await;
    // Sent in summer (UTC+2), a note written in winter (UTC+1).
    sqlx::query("UPDATE requests SET created_at = '2026-07-01T10:00:00Z' WHERE reference = ?1")
        .bind(&reference)
        .execute(&app.state.db.write)
        .await
        .expect("age");
    let page = browser.page(&format!("/admin/requests/{reference}")).await;
    let csrf = crate::helpers::csrf_in(&page);
    let noted = browser
        .post(&format!("/admin/requests/{reference}/notes"), &[("csrf", &csrf), ("note", "nota")])
        .await;
    assert_eq!(noted.status(), 303);
    sqlx::query("UPDATE request_notes SET created_at = '2026-12-04T03:48:44Z'")
        .execute(&app.state.db.write)
        .await
        .expect("age");

    assert_eq!(browser.get("/language/fr/admin/requests").await.status(), 303);
    let page = browser.page(&format!("/admin/requests/{reference}")).await;
    assert!(page.contains("1 juil. 2026, 12:00"), "sent at noon, Brussels summer time");
    assert!(page.contains("4 déc. 2026, 04:48"), "the note at 04:48, Brussels winter time");
    assert!(!page.contains("T10:00:00Z") && !page.contains("03:48:44"), "no raw UTC stamp");
    assert!(browser.page("/admin/requests").await.contains("1 juil. 2026, 12:00"), "the inbox too");
    let csv = browser.get("/admin/requests/export.csv").await.text().await.expect("csv");
    assert!(csv.contains("2026-07-01 12:00"), "the export, sortable, in the same time: {csv}");

    assert_eq!(browser.get("/language/nl/admin/requests").await.status(), 303);
    assert!(browser.page(&format!("/admin/requests/{reference}")).await.contains("4 dec 2026, 04:48"));

    // Another TIME_ZONE, another clock.
    let dir = app.dir.clone();
    let tempdir = app.stop().await;
    let app = TestApp::spawn_in(&dir, &[("TIME_ZONE", "UTC")]).await;
    let browser = Browser::new(&app);
    assert_eq!(browser.login("coord@latinas.example", PASSWORD).await.status(), 303);
    assert_eq!(browser.get("/language/en/admin/requests").await.status(), 303);
    assert!(browser.page(&format!("/admin/requests/{reference}")).await.contains("1 Jul 2026, 10:00"));
    drop(tempdir);
}

#[tokio::test]
async fn her_safety_choices_stand_first_on_her_request() {
    let app = TestApp::spawn().await;
    let form = app.open_form("/es/orientation").await;
    let fields = [
        ("phone", "0000 00 00 00"),
        ("safe_to_message", "no"),
        ("best_time", "solo los martes por la mañana"),
        ("contact_language", "es"),
        ("region", "brussels"),
        ("topic", "violence"),
        ("consent", "yes"),
    ];
    let response = app.submit(&form, &fields).await;
    assert_eq!(response.status(), 303);
    let reference = app.reference_of(&response);
    let browser = signed_in(&app, false).await;
    let html = scraper::Html::parse_document(&browser.page(&format!("/admin/requests/{reference}")).await);
    // The first section of the page is her safety, before what she sent.
    let first = scraper::Selector::parse("main section").expect("selector");
    let section = html.select(&first).next().expect("a section");
    let text: String = section.text().collect();
    let es = latinas::i18n::Lang::Es;
    assert!(text.contains(&es.t("admin-her-safety")), "first: her safety, not {text}");
    assert!(text.contains(&es.t("safe-message-no")), "no message may be left: {text}");
    assert!(text.contains("solo los martes por la mañana"), "when to call: {text}");
}
