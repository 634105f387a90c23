//! Faults met from outside, as an operator would meet them: a full disk, the size cap, a
//! write lock held by another process, a mail server that never answers. Through all of
//! them, a 303 means the request is on disk, and a request that is not stored gets a 503
//! with everything she typed.

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use latinas::db::intake::{IntakeWriter, QueuedMail, Stored, Submission};
use latinas::db::requests::{NewRequest, SealedPersonal};
use latinas::db::{Db, WriteLimits, begin_write};
use latinas::domain::vocab::{MailPurpose, RequestKind};
use latinas::i18n::Lang;
use sqlx::Connection;
use tempfile::TempDir;

use crate::helpers::{
    BinaryServer, FormSession, client, free_port, post_form, reference_of, support_fields, token_in,
};
use crate::smtp::SmtpServer;

/// A filesystem of its own, small enough to fill (a tmpfs), unmounted when dropped.
///
/// Mounting needs root: CI runs the tests as root; elsewhere `sudo -n` is tried. A test
/// that cannot mount fails, saying why, rather than passing without having run.
struct SmallDisk {
    path: PathBuf,
    _dir: TempDir,
}

/// `program` run as root: directly when the tests are root, else through `sudo -n`.
fn as_root(program: &str) -> Command {
    let root = Command::new("id").arg("-u").output().is_ok_and(|o| o.stdout == b"0\n");
    if root {
        Command::new(program)
    } else {
        let mut command = Command::new("sudo");
        command.args(["-n", program]);
        command
    }
}

impl SmallDisk {
    fn mount(size: &str) -> SmallDisk {
        let dir = tempfile::tempdir().expect("mount point");
        let path = dir.path().to_owned();
        let mounted = as_root("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size},mode=0700"), "tmpfs"])
            .arg(&path)
            .status()
            .is_ok_and(|s| s.success());
        assert!(
            mounted,
            "this test fills a real filesystem: it mounts a {size} tmpfs, which needs root \
             (CI runs as root) or passwordless sudo"
        );
        SmallDisk { path, _dir: dir }
    }

    /// Fills what is left of the disk with a file; returns it.
    fn fill(&self) -> PathBuf {
        let filler = self.path.join("filler");
        let mut file = std::fs::File::create(&filler).expect("filler");
        for chunk in [64 * 1024, 4096, 512, 1] {
            let zeros = vec![0u8; chunk];
            while file.write_all(&zeros).is_ok() {}
        }
        let _ = file.sync_all();
        filler
    }

    fn free_bytes(&self) -> u64 {
        let stats = rustix::fs::statvfs(&self.path).expect("statvfs");
        stats.f_bavail * stats.f_frsize
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = as_root("umount").arg("-l").arg(&self.path).status();
    }
}

/// What became of one posted form.
#[derive(Debug)]
enum Outcome {
    /// 303 to the thank-you page: this reference must be on disk.
    Stored(String),
    /// 503: not stored, and she was told so with what she typed still in the form. The
    /// form as the page holds it, to send again as she would.
    NotSaved(FormSession),
}

/// Posts one offer of support whose name and message are `marker`, and checks what came
/// back: a 303 with a reference, or a 503 that keeps her text, says when to try again
/// and tells her what to do in danger. Anything else fails the test.
async fn post_offer(server: &BinaryServer, marker: &str) -> Outcome {
    post_offer_with(server, marker, marker).await
}

/// [`post_offer`] with a message of its own.
async fn post_offer_with(server: &BinaryServer, marker: &str, message: &str) -> Outcome {
    let client = client();
    let form = server.open_form(&client, "/es/support").await;
    let response = server.submit(&client, &form, &support_fields(marker, message)).await;
    let form_token = form.token.clone();
    match response.status().as_u16() {
        303 => {
            let reference = server.reference_of(&response);
            assert!(reference.starts_with("SU-"), "a reference: {reference}");
            Outcome::Stored(reference)
        }
        503 => {
            assert!(response.headers().contains_key("retry-after"), "503 says when to try again");
            let cache = response.headers().get("cache-control").and_then(|v| v.to_str().ok()).unwrap_or("");
            assert_eq!(cache, "no-store", "the page holds what she typed");
            let html = response.text().await.expect("body");
            assert!(
                html.contains("No pudimos guardar tu mensaje"),
                "her language, not the generic error page"
            );
            assert!(html.contains("112"), "what to do in danger");
            assert!(html.matches(marker).count() >= 2, "the name she typed is still in the form");
            assert!(html.contains(message), "the message she typed is still in the form");
            let again = FormSession { token: token_in(&html), ..form };
            assert_eq!(again.token, form_token, "the same token: sending it again cannot store it twice");
            Outcome::NotSaved(again)
        }
        other => panic!("a submission answered {other}: {}", response.text().await.unwrap_or_default()),
    }
}

/// The outcomes of a series of posts.
#[derive(Default)]
struct Tally {
    answered: Vec<String>,
    not_saved: Vec<FormSession>,
}

impl Tally {
    fn add(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Stored(reference) => self.answered.push(reference),
            Outcome::NotSaved(form) => self.not_saved.push(form),
        }
    }
}

async fn readyz(server: &BinaryServer) -> u16 {
    // The probe's answer stands for a second.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    client().get(format!("{}/readyz", server.base)).send().await.expect("readyz").status().as_u16()
}

async fn stored_references(dir: &Path) -> HashSet<String> {
    let mut db = sqlx::SqliteConnection::connect(&format!("sqlite://{}", dir.join("site.db").display()))
        .await
        .expect("database");
    let rows: Vec<String> =
        sqlx::query_scalar("SELECT reference FROM requests").fetch_all(&mut db).await.expect("rows");
    rows.into_iter().collect()
}

/// The Message-IDs of the outbox (without angle brackets, as mail parsers give them) and
/// how many are not sent yet.
async fn outbox(dir: &Path) -> (HashSet<String>, i64) {
    let mut db = sqlx::SqliteConnection::connect(&format!("sqlite://{}", dir.join("site.db").display()))
        .await
        .expect("database");
    let ids: Vec<String> =
        sqlx::query_scalar("SELECT message_id FROM outbox").fetch_all(&mut db).await.expect("rows");
    let unsent: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE state != 'sent'")
        .fetch_one(&mut db)
        .await
        .expect("count");
    (ids.into_iter().map(|id| id.trim_matches(['<', '>']).to_owned()).collect(), unsent)
}

/// Waits until every message of the outbox is sent, then checks that the SMTP server got
/// each exactly once and nothing else.
async fn every_mail_arrives_once(dir: &Path, smtp: &SmtpServer) {
    let start = Instant::now();
    let expected = loop {
        let (ids, unsent) = outbox(dir).await;
        if unsent == 0 {
            break ids;
        }
        assert!(start.elapsed() < Duration::from_secs(60), "{unsent} mails still unsent");
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    // A message marked sent was accepted by the server before; give its copy time to land.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let received: Vec<String> = smtp.received().into_iter().map(|m| m.message_id).collect();
    let distinct: HashSet<String> = received.iter().cloned().collect();
    assert_eq!(received.len(), distinct.len(), "no message twice");
    for id in &distinct {
        assert!(expected.contains(id), "a mail went out for a request that is not stored: {id}");
    }
    assert_eq!(distinct.len(), expected.len(), "every stored request's mail went out");
}

#[tokio::test]
async fn a_full_disk_answers_503_with_her_text_and_loses_nothing_answered_303() {
    let disk = SmallDisk::mount("6m");
    let logs = tempfile::tempdir().expect("log folder");
    let log = logs.path().join("server.log");
    // The mail server is down at first: mail queued before the outage waits through it.
    let down = SmtpServer::down();
    let smtp_url = down.url();
    let vars = [
        ("SMTP_URL", smtp_url.as_str()),
        ("COORDINATOR_EMAILS", "coord@latinas.example"),
        ("RUST_LOG", "info,sqlx=warn,lettre=warn"),
    ];
    let server = BinaryServer::start(&disk.path, free_port(), &vars, Some(&log));
    server.wait_ready().await;

    let mut tally = Tally::default();
    for i in 0..5 {
        tally.add(post_offer(&server, &format!("antes{i}")).await);
    }
    assert!(tally.not_saved.is_empty(), "room on the disk: every submission is stored");

    let filler = disk.fill();
    assert!(disk.free_bytes() < 4096, "the disk is full");
    for i in 0..12 {
        tally.add(post_offer(&server, &format!("lleno{i}")).await);
    }
    let refused = tally.not_saved.len();
    assert!(refused >= 10, "a full disk refuses submissions ({refused} of 12 refused)");
    assert_eq!(readyz(&server).await, 503, "the site says it cannot write");
    // The site still serves its pages.
    let home = client().get(format!("{}/es/", server.base)).send().await.expect("home");
    assert_eq!(home.status(), 200);

    // Space returns: stored again, without a restart; the mail server comes back too.
    std::fs::remove_file(filler).expect("free the disk");
    let smtp = down.start();
    assert_eq!(readyz(&server).await, 200, "ready again once there is room");
    for i in 0..5 {
        tally.add(post_offer(&server, &format!("despues{i}")).await);
    }
    assert_eq!(tally.not_saved.len(), refused, "with room again, every submission is stored");
    // Two of the women refused press "send" again on the page they got back.
    let client = client();
    for form in tally.not_saved.iter().take(2) {
        let response = server.submit(&client, form, &support_fields("reenviado", "reenviado")).await;
        assert_eq!(response.status(), 303, "sent again, stored");
        tally.answered.push(server.reference_of(&response));
    }

    server.stop();
    let server = BinaryServer::start(&disk.path, free_port(), &vars, Some(&log));
    server.wait_ready().await;
    let stored = stored_references(&disk.path).await;
    for reference in &tally.answered {
        assert!(stored.contains(reference), "{reference} was answered 303 and must be stored");
    }
    assert_eq!(stored.len(), tally.answered.len(), "nothing stored that she was told was not saved");
    every_mail_arrives_once(&disk.path, &smtp).await;
    server.stop();

    let log = std::fs::read_to_string(&log).expect("log");
    assert_eq!(log.matches("the database is full").count(), 1, "said once, not per request:\n{log}");
    assert!(log.contains("the database writes again"), "and that it is over:\n{log}");
}

#[tokio::test]
async fn database_max_mb_keeps_the_database_from_filling_the_disk() {
    let dir = tempfile::tempdir().expect("folder");
    let long_message = "m".repeat(4900);
    let server = BinaryServer::start(dir.path(), free_port(), &[("DATABASE_MAX_MB", "1")], None);
    server.wait_ready().await;
    let mut answered = Vec::new();
    let mut refused = 0;
    for i in 0..200 {
        match post_offer_with(&server, &format!("tope{i:03}"), &long_message).await {
            Outcome::Stored(reference) => answered.push(reference),
            Outcome::NotSaved(_) => {
                refused += 1;
                if refused == 3 {
                    break;
                }
            }
        }
    }
    assert_eq!(refused, 3, "the cap is reached within 200 long submissions");
    assert!(!answered.is_empty());
    assert_eq!(readyz(&server).await, 503, "the site says it cannot write");
    let size = std::fs::metadata(dir.path().join("site.db")).map(|m| m.len()).unwrap_or(0);
    assert!(size <= 1024 * 1024, "the database file stays within 1 MB: {size} bytes");
    server.stop();

    // The operator raises the cap: stored again.
    let server = BinaryServer::start(dir.path(), free_port(), &[("DATABASE_MAX_MB", "8")], None);
    server.wait_ready().await;
    match post_offer(&server, "after the cap was raised").await {
        Outcome::Stored(reference) => answered.push(reference),
        Outcome::NotSaved(_) => panic!("stored once there is room"),
    }
    let stored = stored_references(dir.path()).await;
    assert_eq!(stored, answered.into_iter().collect::<HashSet<_>>(), "exactly what was answered 303");
    server.stop();
}

/// An administrator's `sqlite3` shell inside `BEGIN IMMEDIATE` on the site's database.
struct LockHolder {
    child: std::process::Child,
}

impl LockHolder {
    fn take(database: &Path) -> LockHolder {
        // -bail: if the lock cannot be taken, the shell stops instead of saying "locked".
        let mut child = Command::new("sqlite3")
            .args(["-bail", "-cmd", ".timeout 10000"])
            .arg(database)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the sqlite3 tool (scripts/test installs it)");
        let stdin = child.stdin.as_mut().expect("stdin");
        stdin.write_all(b"BEGIN IMMEDIATE;\nSELECT 'locked';\n").expect("write");
        stdin.flush().expect("flush");
        let mut line = String::new();
        BufReader::new(child.stdout.as_mut().expect("stdout")).read_line(&mut line).expect("read");
        assert_eq!(line.trim(), "locked", "the shell holds the write lock");
        LockHolder { child }
    }

    fn release(mut self) {
        let stdin = self.child.stdin.as_mut().expect("stdin");
        stdin.write_all(b"COMMIT;\n.quit\n").expect("write");
        let _ = self.child.wait();
    }
}

#[tokio::test]
async fn a_write_lock_held_elsewhere_is_waited_out_then_answered_503_with_her_text() {
    let dir = tempfile::tempdir().expect("folder");
    let database = dir.path().join("site.db");
    let server = BinaryServer::start(dir.path(), free_port(), &[], None);
    server.wait_ready().await;
    let client = client();

    // Held for 2 s, less than DATABASE_BUSY_MS (5 s by default): the posts wait, then are stored.
    let forms: Vec<FormSession> = {
        let mut forms = Vec::new();
        for _ in 0..4 {
            forms.push(server.open_form(&client, "/es/support").await);
        }
        forms
    };
    let lock = LockHolder::take(&database);
    let started = Instant::now();
    let mut posts = tokio::task::JoinSet::new();
    let keys = server.keys();
    for (i, form) in forms.into_iter().enumerate() {
        let (base, client, keys) = (server.base.clone(), client.clone(), keys.clone());
        posts.spawn(async move {
            let marker = format!("espera{i}");
            let response = post_form(&client, &base, &form, &support_fields(&marker, &marker)).await;
            let status = response.status().as_u16();
            (status, if status == 303 { reference_of(response.headers(), &keys) } else { String::new() })
        });
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    lock.release();
    let mut waited = Vec::new();
    while let Some(result) = posts.join_next().await {
        let (status, reference) = result.expect("post");
        assert_eq!(status, 303, "a lock shorter than the busy timeout is waited out");
        waited.push(reference);
    }
    assert!(started.elapsed() >= Duration::from_secs(2), "they waited for the lock");

    // Held longer than the busy timeout: 503, her text kept; stored again once it is released.
    let lock = LockHolder::take(&database);
    let Outcome::NotSaved(form) = post_offer(&server, "bloqueado").await else {
        panic!("beyond the busy timeout, not stored");
    };
    lock.release();
    // She presses "send" again on the page she got back: stored.
    let response = server.submit(&client, &form, &support_fields("bloqueado", "bloqueado")).await;
    assert_eq!(response.status(), 303, "stored once the lock is released");
    waited.push(server.reference_of(&response));
    // And a double press finds the first, not a second copy.
    let response = server.submit(&client, &form, &support_fields("bloqueado", "bloqueado")).await;
    assert_eq!(response.status(), 303);
    let stored = stored_references(dir.path()).await;
    assert_eq!(stored, waited.into_iter().collect::<HashSet<_>>());
    server.stop();
}

/// A mail server that accepts connections and never says a word.
struct SilentServer {
    port: u16,
    connections: std::sync::Arc<std::sync::atomic::AtomicUsize>,
}

impl SilentServer {
    fn start() -> SilentServer {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("address").port();
        let connections = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counter = connections.clone();
        std::thread::spawn(move || {
            let mut held = Vec::new();
            for stream in listener.incoming().flatten() {
                counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                held.push(stream);
            }
        });
        SilentServer { port, connections }
    }
}

#[tokio::test]
async fn a_mail_server_that_never_answers_holds_each_message_only_until_the_timeout() {
    let dir = tempfile::tempdir().expect("folder");
    let silent = SilentServer::start();
    let silent_url = SmtpServer::url(silent.port);
    let logs = tempfile::tempdir().expect("log folder");
    let log = logs.path().join("server.log");
    let vars = [
        ("SMTP_URL", silent_url.as_str()),
        ("SMTP_TIMEOUT_SECONDS", "1"),
        ("COORDINATOR_EMAILS", "coord@latinas.example"),
    ];
    let server = BinaryServer::start(dir.path(), free_port(), &vars, Some(&log));
    server.wait_ready().await;
    for i in 0..2 {
        assert!(matches!(post_offer(&server, &format!("silencio{i}")).await, Outcome::Stored(_)));
    }
    // Four messages (an alert and a confirmation each). With a 1 s limit, each attempt
    // ends within it, so in 7 s every message has been tried and some more than once.
    tokio::time::sleep(Duration::from_secs(7)).await;
    let mut db =
        sqlx::SqliteConnection::connect(&format!("sqlite://{}", dir.path().join("site.db").display()))
            .await
            .expect("database");
    let rows: Vec<(i64, String, Option<String>)> =
        sqlx::query_as("SELECT attempts, state, last_error FROM outbox")
            .fetch_all(&mut db)
            .await
            .expect("rows");
    assert_eq!(rows.len(), 4);
    for (attempts, state, last_error) in &rows {
        assert!(*attempts >= 1, "every message was tried: {rows:?}");
        assert_eq!(state, "pending", "a timeout is worth retrying: {rows:?}");
        assert_eq!(last_error.as_deref(), Some("timeout"), "{rows:?}");
    }
    let total: i64 = rows.iter().map(|(attempts, _, _)| attempts).sum();
    assert!(total >= 5, "attempts go on, each bounded by the limit: {total} in 7 s");
    assert!(
        silent.connections.load(std::sync::atomic::Ordering::SeqCst) >= 5,
        "a fresh connection for each attempt"
    );
    drop(db);
    server.stop();
    let log = std::fs::read_to_string(&log).expect("log");
    assert!(log.contains("mail not sent") && log.contains("timeout"), "the timeouts are logged:\n{log}");

    // A working server configured in its place: every message goes out, once.
    let smtp = SmtpServer::start();
    let smtp_url = SmtpServer::url(smtp.port);
    let vars = [("SMTP_URL", smtp_url.as_str()), ("COORDINATOR_EMAILS", "coord@latinas.example")];
    let server = BinaryServer::start(dir.path(), free_port(), &vars, None);
    server.wait_ready().await;
    every_mail_arrives_once(dir.path(), &smtp).await;
    assert_eq!(smtp.received().len(), 4);
    server.stop();
}

#[tokio::test]
async fn a_backup_refuses_to_start_without_the_room_it_needs() {
    let dir = tempfile::tempdir().expect("folder");
    let server = BinaryServer::start(dir.path(), free_port(), &[], None);
    server.wait_ready().await;
    server.stop();
    let disk = SmallDisk::mount("2m");
    let target = disk.path.join("backup.db");
    let output = Command::new(env!("CARGO_BIN_EXE_latinas"))
        .args(["backup", target.to_str().expect("utf-8")])
        .env("DATABASE_URL", format!("sqlite://{}", dir.path().join("site.db").display()))
        .env("DATA_DIR", dir.path())
        .output()
        .expect("latinas backup runs");
    assert!(!output.status.success(), "refused");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("not enough free space"), "a clear message: {stderr}");
    assert!(!target.exists(), "nothing written");
}

// ---- The writer, in-process: a failed COMMIT or a transaction SQLite ended by itself ----

fn submission(reference: &str) -> Submission {
    Submission {
        reference: reference.to_owned(),
        request: NewRequest {
            kind: RequestKind::Support,
            idempotency_key: reference.to_owned(),
            lang: Lang::Es,
            contact_language: None,
            region: "namur",
            topics: String::new(),
            help_ways: "volunteer".to_owned(),
            spoken_languages: "es".to_owned(),
            wants_confirmation: true,
            sealed: SealedPersonal { personal: "sealed".to_owned(), index: Default::default() },
        },
        mails: vec![QueuedMail {
            purpose: MailPurpose::Coordinator,
            sealed_message: "sealed".to_owned(),
            message_id: format!("<{reference}@test>"),
            due_at_ms: 0,
        }],
    }
}

/// After a failure, the writer's connection is outside any transaction and the next
/// submission is really committed: another connection sees it.
async fn the_writer_works_again(db: &Db, writer: &IntakeWriter, reference: &str) {
    let connection = db.write.acquire().await.expect("writer");
    assert!(!connection.is_in_transaction(), "the writer is outside any transaction");
    drop(connection);
    assert_eq!(writer.store(submission(reference)).await.expect("stored"), Stored::New(reference.to_owned()));
    let seen: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM requests WHERE reference = ?1")
        .bind(reference)
        .fetch_one(&db.read)
        .await
        .expect("count");
    assert_eq!(seen, 1, "{reference} is committed, not held in a transaction that never ends");
}

#[tokio::test]
async fn a_failed_commit_leaves_the_writer_usable_and_outside_any_transaction() {
    let dir = tempfile::tempdir().expect("folder");
    let url = format!("sqlite://{}", dir.path().join("t.db").display());
    let db = Db::connect(&url, WriteLimits::default()).await.expect("db");
    let writer = IntakeWriter::start(db.clone());
    sqlx::raw_sql(
        "CREATE TABLE parent (id INTEGER PRIMARY KEY);
         CREATE TABLE child (parent_id INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED);
         CREATE TABLE trap (x);
         CREATE TRIGGER trap_rolls_back BEFORE INSERT ON trap BEGIN SELECT RAISE(ROLLBACK, 'trap'); END;",
    )
    .execute(&db.write)
    .await
    .expect("scratch tables");

    // A COMMIT refused (a deferred constraint): SQLite keeps the transaction open.
    let mut tx = begin_write(&db.write).await.expect("begin");
    sqlx::query("INSERT INTO child VALUES (42)").execute(&mut *tx).await.expect("insert");
    assert!(tx.commit().await.is_err(), "the COMMIT fails");
    the_writer_works_again(&db, &writer, "SU-AFTER-COMMIT").await;

    // A statement whose failure ends the transaction inside SQLite (as a full disk can):
    // sqlx still counts it open, its ROLLBACK then fails, and without care every later
    // transaction would be a savepoint inside one that never commits.
    let mut tx = begin_write(&db.write).await.expect("begin");
    assert!(sqlx::query("INSERT INTO trap VALUES (1)").execute(&mut *tx).await.is_err());
    drop(tx);
    the_writer_works_again(&db, &writer, "SU-AFTER-ROLLBACK").await;

    // COMMITs that fail on a full disk, for real. Before the fix, every "transaction"
    // after the first failed COMMIT was answered as stored and never reached the disk.
    let disk = SmallDisk::mount("1m");
    let url = format!("sqlite://{}", disk.path.join("t.db").display());
    let db = Db::connect(&url, WriteLimits::default()).await.expect("db");
    let writer = IntakeWriter::start(db.clone());
    let (mut answered, mut refused) = (0, 0);
    for i in 0..1500 {
        match writer.store(submission(&format!("SU-{i:05}"))).await {
            Ok(Stored::New(_)) => answered += 1,
            Ok(other) => panic!("a fresh reference and key: {other:?}"),
            Err(_) => refused += 1,
        }
    }
    assert!(refused > 0 && answered > 0, "the disk filled up: {answered} stored, {refused} refused");
    let connection = db.write.acquire().await.expect("writer");
    assert!(!connection.is_in_transaction(), "the writer is outside any transaction");
    drop(connection);
    let visible: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM requests").fetch_one(&db.read).await.expect("count");
    assert_eq!(visible, answered, "every submission answered as stored is committed");
    db.write.close().await;
    db.read.close().await;
}

#[tokio::test]
async fn a_message_the_server_accepted_while_the_database_could_not_record_it_is_not_sent_again() {
    let dir = tempfile::tempdir().expect("folder");
    let down = SmtpServer::down();
    let smtp_url = down.url();
    let vars = [
        ("SMTP_URL", smtp_url.as_str()),
        ("COORDINATOR_EMAILS", "coord@latinas.example"),
        ("DATABASE_BUSY_MS", "300"),
    ];
    // The mail server is down: the request's two mails wait.
    let server = BinaryServer::start(dir.path(), free_port(), &vars, None);
    server.wait_ready().await;
    assert!(matches!(post_offer(&server, "aceptado").await, Outcome::Stored(_)));
    // Another process holds the write lock; then the mail server comes up. The worker can
    // read what is due and send it, but not mark it sent.
    let lock = LockHolder::take(&dir.path().join("site.db"));
    let smtp = down.start();
    smtp.wait_for(1, Duration::from_secs(30)).await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(smtp.received().len(), 1, "nothing more goes out while the first cannot be marked sent");
    lock.release();
    every_mail_arrives_once(dir.path(), &smtp).await;
    assert_eq!(smtp.received().len(), 2, "the alert and the confirmation, each once");
    server.stop();
}

#[tokio::test]
async fn a_batch_whose_commit_fails_is_never_mailed_and_the_writer_goes_on() {
    let smtp = SmtpServer::start();
    let url = SmtpServer::url(smtp.port);
    let app = crate::helpers::TestApp::spawn_with(&[
        ("SMTP_URL", url.as_str()),
        ("COORDINATOR_EMAILS", "coord@latinas.example"),
    ])
    .await;
    // Every request inserted from now on adds a row whose foreign key fails only at COMMIT.
    sqlx::raw_sql(
        "CREATE TABLE commit_guard (coordinator INTEGER REFERENCES coordinators (id) DEFERRABLE INITIALLY DEFERRED);
         CREATE TRIGGER fail_at_commit AFTER INSERT ON requests BEGIN INSERT INTO commit_guard VALUES (999999); END;",
    )
    .execute(&app.state.db.write)
    .await
    .expect("the trap");
    let form = app.open_form("/es/support").await;
    let refused = app.submit(&form, &support_fields("Compromiso", "falla al confirmar")).await;
    assert_eq!(refused.status(), 503, "the COMMIT failed: not stored, and she is told");
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert!(smtp.received().is_empty(), "nothing is mailed for a batch that never committed");
    let (requests, outbox): (i64, i64) =
        sqlx::query_as("SELECT (SELECT COUNT(*) FROM requests), (SELECT COUNT(*) FROM outbox)")
            .fetch_one(&app.state.db.read)
            .await
            .expect("counts");
    assert_eq!((requests, outbox), (0, 0));
    // The trap removed, the same writer stores and mails the next one.
    sqlx::raw_sql("DROP TRIGGER fail_at_commit; DROP TABLE commit_guard;")
        .execute(&app.state.db.write)
        .await
        .expect("untrap");
    let form = app.open_form("/es/support").await;
    let stored = app.submit(&form, &support_fields("Después", "después")).await;
    assert_eq!(stored.status(), 303);
    let received = smtp.wait_for(2, Duration::from_secs(20)).await;
    assert!(received.iter().all(|mail| !mail.text.contains("falla al confirmar")));
}

#[tokio::test]
async fn a_disk_nearly_full_is_a_warning_at_the_top_of_the_back_office() {
    let disk = SmallDisk::mount("64m");
    let app = crate::helpers::TestApp::spawn_in(&disk.path, &[("DATA_KEY", crate::warnings::DATA_KEY)]).await;
    let admin = crate::admin::signed_in(&app, true).await;
    assert!(crate::warnings::warnings_on(&admin.page("/admin/mine").await).is_empty(), "room to spare");
    // Filled to about 3 MB free: under a tenth of the disk.
    let filler = disk.path.join("filler");
    let keep_free = 3 * 1024 * 1024;
    let size = disk.free_bytes().saturating_sub(keep_free);
    std::fs::write(&filler, vec![1u8; usize::try_from(size).expect("size")]).expect("filled");
    let free_mb = disk.free_bytes() / (1024 * 1024);
    let shown = crate::warnings::warnings_on(&admin.page("/admin/mine").await);
    // The page's own writes (a session) may move the last megabyte.
    let expected: Vec<String> = [free_mb.saturating_sub(1), free_mb, free_mb + 1]
        .iter()
        .map(|mb| Lang::Es.t_args("admin-warning-disk", &[("megabytes", (*mb).into())]))
        .collect();
    assert!(shown.len() == 1 && expected.contains(&shown[0]), "the space left, in MB: {shown:?}");
    std::fs::remove_file(filler).expect("space again");
    assert!(
        crate::warnings::warnings_on(&admin.page("/admin/mine").await).is_empty(),
        "gone with the filler"
    );
    app.stop().await;
}

#[tokio::test]
async fn a_registration_under_a_lock_held_elsewhere_answers_503_with_her_text_and_sent_again_is_stored_once()
{
    let dir = tempfile::tempdir().expect("folder");
    let database = dir.path().join("site.db");
    let server = BinaryServer::start(dir.path(), free_port(), &[("DATABASE_BUSY_MS", "500")], None);
    server.wait_ready().await;
    // An open event, written beside the running server as the back office would.
    let db = sqlx::SqlitePool::connect(&format!("sqlite://{}", database.display())).await.expect("database");
    sqlx::query(
        "INSERT INTO events (slug, kind, published, starts_at, ends_at, town, capacity)
         VALUES ('bajo-llave', 'workshop', 1, '2031-05-01T10:00:00Z', '2031-05-01T12:00:00Z', 'Gent', 5);
         INSERT INTO event_texts (event_id, lang, title) VALUES (1, 'es', 'Bajo llave');",
    )
    .execute(&db)
    .await
    .expect("event");
    db.close().await;
    let client = client();
    let form = server.open_form(&client, "/es/events/bajo-llave").await;
    let fields = [("name", "Olga"), ("phone", "0470 12 12 12"), ("consent", "yes")];
    let lock = LockHolder::take(&database);
    let refused = server.submit(&client, &form, &fields).await;
    assert_eq!(refused.status(), 503, "beyond the busy timeout, not stored");
    assert!(refused.headers().contains_key("retry-after"));
    let html = refused.text().await.expect("page");
    assert!(html.contains("value=\"Olga\""), "her text is kept");
    lock.release();
    // She sends the page she got back again, twice (a double press): one registration.
    let again = FormSession { token: token_in(&html), ..form };
    for _ in 0..2 {
        let response = server.submit(&client, &again, &fields).await;
        assert_eq!(response.status(), 303, "stored once the lock is released");
    }
    let db = sqlx::SqlitePool::connect(&format!("sqlite://{}", database.display())).await.expect("database");
    let stored: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM event_registrations").fetch_one(&db).await.expect("count");
    assert_eq!(stored, 1, "the same form sent twice is one registration");
    server.stop();
}
