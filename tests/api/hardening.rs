//! Hostile input, faults and abuse.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::helpers::{
    BinaryServer, FormSession, TestApp, encode, post_form, reference_of, support_fields, token_in,
};
use crate::smtp::SmtpServer;
use latinas::domain::vocab::Role;

const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = TestApp::spawn().await;
    let html = app.page("/es/").await;
    let css = html
        .split("rel=\"stylesheet\" href=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("css")
        .to_owned();
    let form = app.open_form("/es/support").await;
    let post = app.submit(&form, &[("name", "x")]).await;
    let mut responses = vec![("POST /es/support".to_owned(), post)];
    for path in [
        "/",
        "/es/",
        "/nl/about",
        "/fr/projects/world-march",
        "/en/orientation",
        "/sitemap.xml",
        "/robots.txt",
        "/healthz",
        "/readyz",
        "/nowhere",
        "/admin/login",
        "/admin/requests",
        css.as_str(),
    ] {
        responses.push((format!("GET {path}"), app.get(path).await));
    }
    for (what, response) in responses {
        let headers = response.headers();
        assert_eq!(headers["content-security-policy"], CSP, "{what}");
        assert_eq!(headers["x-content-type-options"], "nosniff", "{what}");
        assert_eq!(headers["referrer-policy"], "no-referrer", "{what}");
        assert!(headers["permissions-policy"].to_str().expect("ascii").contains("camera=()"), "{what}");
        assert!(headers["permissions-policy"].to_str().expect("ascii").contains("geolocation=()"), "{what}");
        assert_eq!(headers["cross-origin-opener-policy"], "same-origin", "{what}");
        assert!(headers.get("strict-transport-security").is_none(), "{what}: no HSTS over http");
    }
    let https = TestApp::spawn_with(&[("PUBLIC_URL", "https://latinas.example")]).await;
    // Rendered, then from the page cache in front of the router: the same headers.
    for _ in 0..2 {
        let response = https.get("/es/").await;
        assert!(
            response.headers()["strict-transport-security"].to_str().expect("ascii").contains("max-age=")
        );
        assert_eq!(response.headers()["content-security-policy"], CSP);
    }
}

/// Sends raw bytes and returns the status code of the answer (0 if none).
fn raw_request(address: &str, bytes: &[u8]) -> (u16, String) {
    let mut stream = TcpStream::connect(address).expect("connect");
    stream.set_read_timeout(Some(Duration::from_secs(5))).expect("timeout");
    let _ = stream.write_all(bytes);
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let text = String::from_utf8_lossy(&answer).into_owned();
    let status = text.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, text)
}

#[tokio::test]
async fn hundreds_of_malformed_requests_get_no_server_error_and_leak_nothing() {
    let app = TestApp::spawn_with(&[("FORM_RATE_LIMIT", "0")]).await;
    let address = app.base.trim_start_matches("http://").to_owned();
    let form = app.open_form("/es/orientation").await;
    let cookie = format!("form_id={}", form.cookie);
    let long = "a".repeat(70_000);
    let mut requests: Vec<Vec<u8>> = Vec::new();
    let paths = [
        "/static/../Cargo.toml",
        "/static/..%2f..%2fCargo.toml",
        "/static/%2e%2e/%2e%2e/etc/passwd",
        "/static//etc/passwd",
        "/es/projects/..%2f..%2fsrc",
        "/%00",
        "/es/%FF%FE",
        "/es/projects/%00",
        "/language/es/..%2f..",
        "/admin/requests/%00",
        "/es/orientation/thanks/..%2f..",
        "/es/thanks/SU-%00%00",
        "/admin/content/projects/99999999999999999999999",
        "/admin/content/%2e%2e/x",
        "/es//",
        "//",
        "/es/projects/a%20b",
        "/sitemap.xml/x",
        "/robots.txt%00",
        "/es/?q=%3Cscript%3E",
        "/admin/requests?from=9999-99-99&page=-1&topic=%00",
    ];
    for path in paths {
        for extra in [
            "",
            "Accept-Encoding: br;q=x, gzip;q=-1, *\r\n",
            "Accept-Language: zz-ZZ;q=2, ,;,\r\nCookie: lang=../../\r\n",
            "If-None-Match: \"\", W/\r\n",
        ] {
            requests.push(
                format!("GET {path} HTTP/1.1\r\nHost: x\r\n{extra}Connection: close\r\n\r\n").into_bytes(),
            );
        }
    }
    for method in ["FOO", "DELETE", "PUT", "PATCH", "OPTIONS", "TRACE", "CONNECT"] {
        for path in ["/", "/es/", "/es/orientation", "/admin/login"] {
            requests.push(
                format!(
                    "{method} {path} HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                )
                .into_bytes(),
            );
        }
    }
    let bodies: Vec<Vec<u8>> = vec![
        b"\xff\xfe\xfd=\xc3\x28&name=\x80\x81".to_vec(),
        b"token=&token=&email=a&email=b&topic=health&topic=health&consent=yes&consent=no".to_vec(),
        format!("message={long}").into_bytes(),
        b"name=%00%00%00&email=%00@example.org&phone=%00".to_vec(),
        b"=&&&==&%&%%%&%zz".to_vec(),
        b"{\"json\": true}".to_vec(),
        format!("token={}&name={}", form.token, "x".repeat(5000)).into_bytes(),
        Vec::new(),
    ];
    for content_type in [
        "application/x-www-form-urlencoded",
        "application/json",
        "multipart/form-data; boundary=x",
        "text/plain",
        "application/x-www-form-urlencoded; charset=latin1",
    ] {
        for body in &bodies {
            for path in [
                "/es/orientation",
                "/nl/support",
                "/fr/orientation",
                "/en/support",
                "/admin/login",
                "/admin/requests/OR-2345/status",
                "/admin/content/projects/new",
                "/es/about",
            ] {
                let mut request = format!(
                    "POST {path} HTTP/1.1\r\nHost: x\r\nCookie: {cookie}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                )
                .into_bytes();
                request.extend_from_slice(body);
                requests.push(request);
            }
        }
    }
    requests.push(b"GET / HTTP/1.1\r\nHost: x\r\nCookie: lang=\xff\xfe; form_id=\x00\r\nAccept-Language: \xff;q=abc,,,;;\r\nConnection: close\r\n\r\n".to_vec());
    requests.push(
        format!(
            "GET /es/ HTTP/1.1\r\nHost: x\r\nX-Long: {}\r\nConnection: close\r\n\r\n",
            "h".repeat(100_000)
        )
        .into_bytes(),
    );
    requests.push(b"POST /es/support HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\nContent-Type: application/x-www-form-urlencoded\r\nConnection: close\r\n\r\nshort".to_vec());
    requests.push(b"GARBAGE\r\n\r\n".to_vec());
    requests.push(b"GET /es/ HTTP/9.9\r\n\r\n".to_vec());
    requests.push(b"\x00\x01\x02\x03\r\n\r\n".to_vec());
    assert!(requests.len() > 400, "{} requests", requests.len());

    let total = requests.len();
    let answers = tokio::task::spawn_blocking(move || {
        requests
            .iter()
            .map(|r| (String::from_utf8_lossy(&r[..r.len().min(80)]).into_owned(), raw_request(&address, r)))
            .collect::<Vec<_>>()
    })
    .await
    .expect("requests sent");
    assert_eq!(answers.len(), total);
    for (request, (status, text)) in answers {
        // No answer at all (a dropped connection, a panic) fails as surely as a 5xx.
        assert!((100..500).contains(&status), "{request:?} -> {status} (0: no answer)");
        assert!(!text.contains("[package]") && !text.contains("root:x:0"), "{request:?} leaked a file");
        assert!(!text.contains("panicked"), "{request:?}");
    }
    assert_eq!(app.get("/readyz").await.status(), 200, "still ready");
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM requests")
        .fetch_one(&app.state.db.read)
        .await
        .expect("count");
    assert_eq!(stored, 0, "nothing malformed was stored");
}

#[tokio::test]
async fn a_client_that_sends_its_headers_too_slowly_is_cut_off() {
    let app = TestApp::spawn().await;
    let address = app.base.trim_start_matches("http://").to_owned();
    let elapsed = tokio::task::spawn_blocking(move || {
        let mut stream = TcpStream::connect(&address).expect("connect");
        stream.write_all(b"GET /es/ HTTP/1.1\r\nHost: x\r\n").expect("partial headers");
        stream.set_read_timeout(Some(Duration::from_secs(30))).expect("timeout");
        let start = Instant::now();
        let mut buffer = Vec::new();
        let _ = stream.read_to_end(&mut buffer);
        start.elapsed()
    })
    .await
    .expect("slow client");
    // The promise is 10 s (server::HEADER_READ_TIMEOUT): not much later, and not before.
    let promised = latinas::server::HEADER_READ_TIMEOUT;
    assert!(
        elapsed >= promised - Duration::from_millis(500) && elapsed < promised + Duration::from_secs(3),
        "the server closed the connection after {elapsed:?}, not about {promised:?}"
    );
}

#[tokio::test]
async fn script_typed_into_the_forms_is_escaped_wherever_it_is_shown() {
    let smtp = SmtpServer::start();
    let url = SmtpServer::url(smtp.port);
    let app =
        TestApp::spawn_with(&[("SMTP_URL", url.as_str()), ("COORDINATOR_EMAILS", "coord@latinas.example")])
            .await;
    let attack = "<script>alert(\"x\")</script><img src=x onerror=alert(1)>";
    let form = app.open_form("/en/support").await;
    let response = app.submit(&form, &support_fields(attack, attack)).await;
    assert_eq!(response.status(), 303);
    let reference = app.reference_of(&response);

    // The form when it comes back with an error.
    let form = app.open_form("/en/orientation").await;
    let again = app.submit(&form, &[("name", attack), ("message", attack), ("best_time", attack)]).await;
    assert_eq!(again.status(), 422);
    let page = again.text().await.expect("body");
    assert!(
        !page.contains("<script>alert") && !page.contains("<img src=x"),
        "the form escapes what was typed"
    );

    // The back office.
    let hash = latinas::auth::hash_password("a long and secret password".into()).await.expect("hash");
    let mut db = app.state.db.write.acquire().await.expect("writer");
    latinas::db::coordinators::insert(&mut db, "admin@latinas.example", "Ada", &hash, Role::Admin)
        .await
        .expect("admin");
    drop(db);
    let browser = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let login_page = browser
        .get(format!("{}/admin/login", app.base))
        .send()
        .await
        .expect("login page")
        .text()
        .await
        .expect("body");
    let login = browser
        .post(format!("{}/admin/login", app.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(encode(&[
            ("token", &token_in(&login_page)),
            ("email", "admin@latinas.example"),
            ("password", "a long and secret password"),
        ]))
        .send()
        .await
        .expect("login");
    assert_eq!(login.status(), 303);
    // A coordinator's note with the same attack.
    let inbox = browser.get(format!("{}/admin/requests", app.base)).send().await.expect("inbox");
    let csrf = crate::helpers::csrf_in(&inbox.text().await.expect("body"));
    let noted = browser
        .post(format!("{}/admin/requests/{reference}/notes", app.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(encode(&[("csrf", &csrf), ("note", attack)]))
        .send()
        .await
        .expect("note");
    assert_eq!(noted.status(), 303, "the note is saved");
    for path in
        [format!("/admin/requests/{reference}"), "/admin/requests".to_owned(), "/admin/stats".to_owned()]
    {
        let response = browser.get(format!("{}{path}", app.base)).send().await.expect("page");
        assert_eq!(response.status(), 200, "{path} answers");
        let html = response.text().await.expect("body");
        assert!(!html.contains("<script>alert") && !html.contains("<img src=x"), "{path} escapes");
    }
    let detail = browser
        .get(format!("{}/admin/requests/{reference}", app.base))
        .send()
        .await
        .expect("page")
        .text()
        .await
        .expect("body");
    assert!(
        detail.matches("&#60;script&#62;alert").count() >= 2,
        "shown as text, in her message and in the note"
    );
    let csv = browser.get(format!("{}/admin/requests/export.csv", app.base)).send().await.expect("csv");
    assert_eq!(csv.status(), 200);
    let csv = csv.text().await.expect("body");
    assert!(!csv.contains("<script>"), "nothing typed reaches the export");

    // The emails' HTML part.
    let mails = smtp.wait_for(2, Duration::from_secs(20)).await;
    let alert = mails.iter().find(|m| m.to[0] == "coord@latinas.example").expect("alert");
    assert!(alert.text.contains(attack), "the text part shows it as typed");
    assert!(
        !alert.html.contains("<script>alert") && !alert.html.contains("<img src=x"),
        "the HTML part escapes it"
    );
    assert!(alert.html.contains("&#60;script&#62;"));
}

#[tokio::test]
async fn many_concurrent_posts_all_succeed_without_database_locks() {
    let app = TestApp::spawn_with(&[
        ("FORM_RATE_LIMIT", "0"),
        ("COORDINATOR_EMAILS", "a@latinas.example,b@latinas.example"),
    ])
    .await;
    let mut forms = Vec::new();
    for _ in 0..120 {
        forms.push(app.open_form("/es/support").await);
    }
    let mut tasks = Vec::new();
    for form in forms {
        let client = app.client.clone();
        let base = app.base.clone();
        tasks.push(tokio::spawn(async move {
            post_form(&client, &base, &form, &support_fields("Concurrent", "many at once"))
                .await
                .status()
                .as_u16()
        }));
    }
    let mut statuses = Vec::new();
    for task in tasks {
        statuses.push(task.await.expect("task"));
    }
    assert!(statuses.iter().all(|s| *s == 303), "{statuses:?}");
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM requests")
        .fetch_one(&app.state.db.read)
        .await
        .expect("count");
    assert_eq!(stored, 120);
    let mails: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM outbox").fetch_one(&app.state.db.read).await.expect("count");
    assert_eq!(mails, 360, "two alerts and a confirmation each");
}

async fn wait_ready(base: &str) {
    let start = Instant::now();
    let client = reqwest::Client::new();
    while client.get(format!("{base}/readyz")).send().await.map(|r| r.status() != 200).unwrap_or(true) {
        assert!(start.elapsed() < Duration::from_secs(20), "the server starts");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn start_process(dir: &std::path::Path, port: u16, smtp_url: &str) -> BinaryServer {
    BinaryServer::start(
        dir,
        port,
        &[("SMTP_URL", smtp_url), ("COORDINATOR_EMAILS", "coord@latinas.example")],
        None,
    )
}

#[tokio::test]
async fn a_crash_in_a_burst_of_submissions_loses_no_answered_request_and_no_mail() {
    let dir = tempfile::tempdir().expect("folder");
    let smtp = SmtpServer::start();
    let smtp_url = SmtpServer::url(smtp.port);
    let port = SmtpServer::free_port();
    let process = start_process(dir.path(), port, &smtp_url);
    process.wait_ready().await;
    let client = crate::helpers::client();
    let mut forms = Vec::new();
    for _ in 0..300 {
        forms.push(process.open_form(&client, "/es/support").await);
    }
    // Eight women keep sending forms, one after another, until the server dies: whenever the
    // kill comes, posts are in flight.
    let forms = Arc::new(Mutex::new(forms));
    let answered = Arc::new(Mutex::new(Vec::new()));
    let mut tasks = Vec::new();
    let keys = process.keys();
    for _ in 0..8 {
        let (client, base, keys) = (client.clone(), process.base.clone(), keys.clone());
        let (forms, answered) = (forms.clone(), answered.clone());
        tasks.push(tokio::spawn(async move {
            loop {
                let Some(form) = forms.lock().expect("forms").pop() else { return false };
                let mut fields = vec![("token", form.token.as_str())];
                fields.extend(support_fields("Crash", "burst"));
                let response = client
                    .post(format!("{base}/es/support"))
                    .header("content-type", "application/x-www-form-urlencoded")
                    .header("cookie", format!("form_id={}", form.cookie))
                    .body(encode(&fields))
                    .send()
                    .await;
                match response {
                    Ok(r) if r.status() == 303 => {
                        answered.lock().expect("answered").push(reference_of(r.headers(), &keys));
                    }
                    Ok(r) => panic!("a post answered {} before the kill", r.status()),
                    // Cut off by the kill: this post was in flight.
                    Err(_) => return true,
                }
            }
        }));
    }
    // Kill -9 once twenty posts are answered, in the middle of the stream.
    let start = Instant::now();
    while answered.lock().expect("answered").len() < 20 {
        assert!(start.elapsed() < Duration::from_secs(30), "twenty posts answered");
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    process.kill();
    let mut cut_off = 0;
    for task in tasks {
        cut_off += usize::from(task.await.expect("task"));
    }
    let answered = answered.lock().expect("answered").clone();
    assert!(cut_off > 0, "the kill came while posts were in flight");
    assert!(!forms.lock().expect("forms").is_empty(), "and before the stream ran out");

    // Not vacuous: posts were answered before the kill, so there is something to keep.
    assert!(answered.len() >= 20, "the kill came after some answers");
    let process = start_process(dir.path(), port, &smtp_url);
    process.wait_ready().await;
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", dir.path().join("site.db").display()))
        .await
        .expect("db");
    let stored: Vec<String> =
        sqlx::query_scalar("SELECT reference FROM requests").fetch_all(&pool).await.expect("rows");
    for reference in &answered {
        assert!(stored.contains(reference), "{reference} was answered with a 303 and must be stored");
    }
    // Every stored request's mail goes out, each message once.
    let expected: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM outbox").fetch_one(&pool).await.expect("count");
    assert_eq!(expected, 2 * stored.len() as i64, "each stored request has its two mails");
    let start = Instant::now();
    loop {
        let unsent: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE state != 'sent'")
            .fetch_one(&pool)
            .await
            .expect("count");
        if unsent == 0 {
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(30), "{unsent} mails still unsent");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let received = smtp.received();
    let mut ids: Vec<&str> = received.iter().map(|m| m.message_id.as_str()).collect();
    ids.sort_unstable();
    let all = ids.len();
    ids.dedup();
    assert_eq!(ids.len() as i64, expected, "no message lost");
    // The worker sends one message at a time and marks it sent the moment the server
    // accepts it: only the message in flight at the kill can be sent again, with the same
    // Message-ID (SMTP offers no way to close that gap).
    assert!(
        all - ids.len() <= 1,
        "only the message in flight at the kill may be repeated: {all} copies of {} messages",
        ids.len()
    );
    process.kill();
}

#[tokio::test]
async fn a_backup_taken_while_serving_restores_every_request() {
    let app = TestApp::spawn_with(&[("FORM_RATE_LIMIT", "0")]).await;
    let mut references = Vec::new();
    for i in 0..5 {
        let form = app.open_form("/es/support").await;
        let name = format!("Persona {i}");
        let response = app.submit(&form, &support_fields(&name, "copia")).await;
        references.push(app.reference_of(&response));
    }
    let restore = tempfile::tempdir().expect("folder");
    let backup = restore.path().join("site.db");
    // Submissions keep arriving while the copy is made.
    let (stop, mut stopped) = tokio::sync::watch::channel(false);
    let writer = {
        let (client, base) = (app.client.clone(), app.base.clone());
        tokio::spawn(async move {
            let mut answered = 0;
            while !*stopped.borrow_and_update() {
                let response = client.get(format!("{base}/es/support")).send().await.expect("form");
                let form = FormSession::from_response("/es/support", response).await;
                let response = post_form(&client, &base, &form, &support_fields("Durante", "durante")).await;
                assert_eq!(response.status(), 303, "posts go on during the backup");
                answered += 1;
            }
            answered
        })
    };
    tokio::time::sleep(Duration::from_millis(200)).await;
    let database_url = format!("sqlite://{}", app.dir.join("site.db").display());
    let (data_dir, target) = (app.dir.clone(), backup.clone());
    let output = tokio::task::spawn_blocking(move || {
        Command::new(env!("CARGO_BIN_EXE_latinas"))
            .args(["backup", target.to_str().expect("utf-8")])
            .env("DATABASE_URL", database_url)
            .env("DATA_DIR", data_dir)
            .output()
            .expect("latinas backup runs")
    })
    .await
    .expect("backup");
    let _ = stop.send(true);
    let during = writer.await.expect("writer");
    assert!(during > 0, "posts were answered while the backup ran");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let copy =
        sqlx::SqlitePool::connect(&format!("sqlite://{}", backup.display())).await.expect("the copy opens");
    let integrity: String =
        sqlx::query_scalar("PRAGMA integrity_check").fetch_one(&copy).await.expect("check");
    assert_eq!(integrity, "ok", "a consistent copy");
    copy.close().await;
    // Restore: the backup file and the data key, in a fresh folder.
    std::fs::copy(app.dir.join("data.key"), restore.path().join("data.key")).expect("key");
    let restored = TestApp::spawn_in(restore.path(), &[]).await;
    let stored: Vec<String> = sqlx::query_scalar("SELECT reference FROM requests")
        .fetch_all(&restored.state.db.read)
        .await
        .expect("rows");
    for reference in &references {
        assert!(stored.contains(reference), "{reference} is in the backup");
        let detail = latinas::db::requests::by_reference(&restored.state.db.read, reference)
            .await
            .expect("query")
            .expect("row");
        let personal = restored.state.keys.open(&detail.sealed_personal).expect("readable with the key");
        assert!(String::from_utf8_lossy(&personal).contains("Persona"));
    }
}

#[tokio::test]
async fn a_copied_database_file_reveals_nothing_she_wrote() {
    let app = TestApp::spawn_with(&[("COORDINATOR_EMAILS", "coord@latinas.example")]).await;
    let form = app.open_form("/es/orientation").await;
    let fields = [
        ("name", "Xiomara Hiddenname"),
        ("email", "xiomara.hidden@example.org"),
        ("phone", "+32 499 11 22 33"),
        ("contact_language", "es"),
        ("region", "antwerp"),
        ("topic", "violence"),
        ("message", "Unmistakable secret sentence"),
        ("confirmation", "yes"),
        ("consent", "yes"),
    ];
    assert_eq!(app.submit(&form, &fields).await.status(), 303);
    let _ = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(&app.state.db.write).await;
    let mut bytes = std::fs::read(app.dir.join("site.db")).expect("database file");
    if let Ok(wal) = std::fs::read(app.dir.join("site.db-wal")) {
        bytes.extend(wal);
    }
    let text = String::from_utf8_lossy(&bytes);
    for secret in ["Xiomara", "Hiddenname", "xiomara.hidden", "499 11 22 33", "Unmistakable secret"] {
        assert!(!text.contains(secret), "{secret} is readable in the file");
    }
}

#[tokio::test]
async fn after_a_key_rotation_rekey_moves_everything_to_the_new_key() {
    use base64::Engine;
    let old_key = base64::engine::general_purpose::STANDARD.encode([7u8; 32]);
    let new_key = base64::engine::general_purpose::STANDARD.encode([9u8; 32]);
    let app = TestApp::spawn_with(&[
        ("DATA_KEY", old_key.as_str()),
        ("COORDINATOR_EMAILS", "coord@latinas.example"),
    ])
    .await;
    let form = app.open_form("/es/support").await;
    let response = app.submit(&form, &support_fields("Rotated", "rotate")).await;
    assert_eq!(response.status(), 303);
    let reference = app.reference_of(&response);
    // A coordinator's note, sealed under the old key too.
    let request_id: i64 =
        sqlx::query_scalar("SELECT id FROM requests").fetch_one(&app.state.db.read).await.expect("id");
    let mut db = app.state.db.write.acquire().await.expect("writer");
    let author =
        latinas::db::coordinators::insert(&mut db, "ada@latinas.example", "Ada", "hash", Role::Coordinator)
            .await
            .expect("coordinator");
    latinas::db::requests::add_note(&mut db, request_id, author, "Ada", &app.state.keys.seal(b"nota rotada"))
        .await
        .expect("note");
    drop(db);
    let dir = app.dir.clone();
    let tempdir = app.stop().await;
    let output = Command::new(env!("CARGO_BIN_EXE_latinas"))
        .arg("rekey")
        .env("DATABASE_URL", format!("sqlite://{}", dir.join("site.db").display()))
        .env("DATA_DIR", &dir)
        .env("DATA_KEY", &new_key)
        .env("DATA_KEYS_OLD", &old_key)
        .output()
        .expect("latinas rekey runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("re-encrypted 4 values"),
        "the request, its two mails and the note"
    );
    // The new key alone now reads everything: what she wrote, the queued mail, the note.
    let app = TestApp::spawn_in(&dir, &[("DATA_KEY", new_key.as_str())]).await;
    let sealed: String =
        sqlx::query_scalar("SELECT personal FROM requests").fetch_one(&app.state.db.read).await.expect("row");
    assert!(String::from_utf8_lossy(&app.state.keys.open(&sealed).expect("opens")).contains("Rotated"));
    let mails: Vec<String> =
        sqlx::query_scalar("SELECT message FROM outbox").fetch_all(&app.state.db.read).await.expect("rows");
    assert_eq!(mails.len(), 2);
    for mail in &mails {
        let plain = app.state.keys.open(mail).expect("the queued mail opens with the new key");
        assert!(String::from_utf8_lossy(&plain).contains(&reference));
    }
    let note: String = sqlx::query_scalar("SELECT body FROM request_notes")
        .fetch_one(&app.state.db.read)
        .await
        .expect("row");
    assert_eq!(app.state.keys.open(&note).expect("the note opens with the new key"), b"nota rotada");
    // The person index was made again under the new key: her contacts and the words of
    // her name find her with it alone.
    let plain = app.state.keys.open(&sealed).expect("opens");
    let index = latinas::domain::request::index_keys_of(latinas::domain::vocab::RequestKind::Support, &plain)
        .expect("keys");
    let digests = latinas::db::requests::IndexDigests::of(&app.state.keys, &index);
    let expected: std::collections::BTreeSet<String> =
        digests.contacts.into_iter().chain(digests.names).collect();
    let stored: std::collections::BTreeSet<String> =
        sqlx::query_scalar("SELECT digest FROM contact_digests UNION ALL SELECT digest FROM name_digests")
            .fetch_all(&app.state.db.read)
            .await
            .expect("digests")
            .into_iter()
            .collect();
    assert!(!expected.is_empty());
    assert_eq!(stored, expected, "indexed under the new key, nothing left under the old one");
    drop(tempdir);
}

/// Runs the binary with `access_log` on or off, sends requests that carry a query string, a
/// forwarded address and a typed path, and returns what it logged.
/// The log of a few requests; `access_log` sets `ACCESS_LOG`, or leaves it unset (`None`).
async fn log_of_a_few_requests(access_log: Option<bool>) -> String {
    let dir = tempfile::tempdir().expect("folder");
    let port = SmtpServer::free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut command = Command::new(env!("CARGO_BIN_EXE_latinas"));
    match access_log {
        Some(on) => command.env("ACCESS_LOG", on.to_string()),
        None => command.env_remove("ACCESS_LOG"),
    };
    let mut child = command
        .env("BIND_ADDR", format!("127.0.0.1:{port}"))
        .env("DATABASE_URL", format!("sqlite://{}", dir.path().join("site.db").display()))
        .env("DATA_DIR", dir.path())
        .env_remove("RUST_LOG")
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(dir.path().join("log")).expect("log file"))
        .spawn()
        .expect("latinas starts");
    wait_ready(&base).await;
    let client = crate::helpers::client();
    // The home page twice: the second time it comes from the page cache.
    for path in
        ["/es/?secret=Rosalinda", "/es/?secret=Rosalinda", "/es/projects/who-typed-this", "/en/orientation"]
    {
        client
            .get(format!("{base}{path}"))
            .header("x-forwarded-for", "203.0.113.77")
            .send()
            .await
            .expect("response");
    }
    // SIGTERM, so the log is complete.
    let _ = Command::new("kill").arg(child.id().to_string()).status();
    let _ = child.wait();
    std::fs::read_to_string(dir.path().join("log")).expect("log")
}

#[tokio::test]
async fn the_access_log_is_off_by_default_and_never_holds_addresses_or_what_was_typed() {
    // Nothing set: the default.
    let quiet = log_of_a_few_requests(None).await;
    assert!(!quiet.contains("route="), "no line per request unless ACCESS_LOG is on:\n{quiet}");
    let log = log_of_a_few_requests(Some(true)).await;
    for route in ["route=/{lang}/", "route=/{lang}/projects/{slug}", "route=/{lang}/orientation"] {
        assert!(log.contains(route), "{route} is logged:\n{log}");
    }
    assert_eq!(log.matches("route=/{lang}/}").count(), 2, "a cached page is logged too:\n{log}");
    for private in ["secret", "Rosalinda", "who-typed-this", "203.0.113.77"] {
        assert!(!log.contains(private), "{private} must not be logged:\n{log}");
    }
}

#[tokio::test]
async fn the_healthcheck_command_tells_whether_the_site_answers_ready() {
    let app = TestApp::spawn().await;
    let addr = app.base.trim_start_matches("http://").to_owned();
    let check = |bind: String| {
        let dir = app.dir.clone();
        async move {
            tokio::task::spawn_blocking(move || {
                Command::new(env!("CARGO_BIN_EXE_latinas"))
                    .arg("healthcheck")
                    .env("BIND_ADDR", bind)
                    .env("DATA_DIR", &dir)
                    .env("DATABASE_URL", format!("sqlite://{}", dir.join("site.db").display()))
                    .output()
                    .expect("latinas healthcheck runs")
            })
            .await
            .expect("joined")
        }
    };
    let ready = check(addr.clone()).await;
    assert!(ready.status.success(), "{}", String::from_utf8_lossy(&ready.stderr));
    // Listening on every address: asked on loopback.
    let port = addr.rsplit(':').next().expect("port");
    assert!(check(format!("0.0.0.0:{port}")).await.status.success());
    // Nothing there.
    let closed = check(format!("127.0.0.1:{}", SmtpServer::free_port())).await;
    assert!(!closed.status.success());
    assert!(!String::from_utf8_lossy(&closed.stderr).is_empty(), "it says why");
}
