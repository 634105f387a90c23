//! Warnings that reach a person: at the top of every back-office page, for every role, when
//! mail is not getting through, the last backup failed, or the data key generated on this
//! machine has no copy noted. (The disk nearly full is in `faults`, on a small real disk.)

use std::time::Duration;

use latinas::domain::vocab::Role;
use latinas::i18n::Lang;
use scraper::{Html, Selector};

use crate::admin::{Browser, PASSWORD, orientation_request, signed_in};
use crate::helpers::{TestApp, csrf_in, free_port, location};
use crate::smtp::SmtpServer;

/// A data key given from outside, as a deployment sets it: no warning about the key file.
pub const DATA_KEY: &str = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

/// The warnings at the top of a back-office page.
pub fn warnings_on(html: &str) -> Vec<String> {
    Html::parse_document(html)
        .select(&Selector::parse(".admin-warnings .notice-urgent > p:first-child").expect("selector"))
        .map(|p| p.text().collect::<String>())
        .collect()
}

/// Signs in an account of `role` (an editor too: every role sees the warnings).
async fn signed_in_as<'a>(app: &'a TestApp, role: Role) -> Browser<'a> {
    let email = format!("{}@latinas.example", role.code());
    let hash = latinas::auth::hash_password(PASSWORD.into()).await.expect("hash");
    let mut db = app.state.db.write.acquire().await.expect("writer");
    latinas::db::coordinators::insert(&mut db, &email, role.code(), &hash, role).await.expect("account");
    drop(db);
    let browser = Browser::new(app);
    assert_eq!(browser.login(&email, PASSWORD).await.status(), 303);
    browser
}

/// Reloads `path` until a warning containing `needle` shows, or gives up after 10 s.
async fn wait_for_warning(browser: &Browser<'_>, path: &str, needle: &str) -> Vec<String> {
    let mut shown = Vec::new();
    for _ in 0..100 {
        shown = warnings_on(&browser.page(path).await);
        if shown.iter().any(|w| w.contains(needle)) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    shown
}

#[tokio::test]
async fn mail_that_does_not_get_through_is_shown_with_how_many_wait_and_since_when() {
    // The mail server is down: nothing listens on its port.
    let smtp = SmtpServer::url(free_port());
    let app = TestApp::spawn_with(&[
        ("SMTP_URL", &smtp),
        ("COORDINATOR_EMAILS", "coord@latinas.example"),
        ("DATA_KEY", DATA_KEY),
    ])
    .await;
    let coordinator = signed_in_as(&app, Role::Coordinator).await;
    let editor = signed_in_as(&app, Role::Editor).await;
    assert!(warnings_on(&coordinator.page("/admin/mine").await).is_empty(), "all is well at first");
    orientation_request(&app, "Dolores", "el correo no sale").await;
    orientation_request(&app, "Elena", "el correo no sale").await;
    let expected_start =
        Lang::Es.t_args("admin-warning-mail", &[("count", 2.into()), ("since", "SINCE".into())]);
    let before_since = expected_start.split("SINCE").next().expect("text").to_owned();
    let shown = wait_for_warning(&coordinator, "/admin/mine", &before_since).await;
    assert!(shown.iter().any(|w| w.starts_with(&before_since)), "two alerts wait: {shown:?}");
    // When: in Belgian time, as the back office shows every time.
    let created: String = sqlx::query_scalar("SELECT min(created_at) FROM outbox")
        .fetch_one(&app.state.db.read)
        .await
        .expect("created");
    let since = latinas::local_time::display(&created, &app.state.config.time_zone, Lang::Es);
    assert!(shown.iter().any(|w| w.contains(&since)), "since {since}: {shown:?}");
    let for_editor = warnings_on(&editor.page("/admin/content").await);
    assert!(for_editor.iter().any(|w| w.starts_with(&before_since)), "every role: {for_editor:?}");
}

#[tokio::test]
async fn a_failed_backup_is_shown_until_one_is_written() {
    let dir = tempfile::tempdir().expect("folder");
    // A file where the folder should be: every backup fails.
    let not_a_folder = dir.path().join("backups");
    std::fs::write(&not_a_folder, b"in the way").expect("file");
    let backup_dir = not_a_folder.display().to_string();
    let app = TestApp::spawn_with(&[
        ("BACKUP_DIR", &backup_dir),
        ("BACKUP_INTERVAL_SECONDS", "1"),
        ("DATA_KEY", DATA_KEY),
    ])
    .await;
    let admin = signed_in(&app, true).await;
    let failed = Lang::Es.t_args("admin-warning-backup-failed", &[("when", "WHEN".into())]);
    let failed = failed.split("WHEN").next().expect("text").to_owned();
    let shown = wait_for_warning(&admin, "/admin/mine", &failed).await;
    assert!(shown.iter().any(|w| w.starts_with(&failed)), "{shown:?}");
    // Out of the way: the next backup is written, and the warning goes.
    std::fs::remove_file(&not_a_folder).expect("removed");
    let mut cleared = false;
    for _ in 0..100 {
        if !warnings_on(&admin.page("/admin/mine").await).iter().any(|w| w.starts_with(&failed)) {
            cleared = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(cleared, "a backup written ends the warning");
    assert!(std::fs::read_dir(&not_a_folder).expect("folder").count() >= 1);
}

#[tokio::test]
async fn a_data_key_made_here_is_a_warning_until_an_administrator_notes_a_copy() {
    let app = TestApp::spawn().await;
    let admin = signed_in(&app, true).await;
    let coordinator = signed_in(&app, false).await;
    let warning = Lang::Es.t("admin-warning-data-key");
    let page = admin.page("/admin/mine").await;
    assert_eq!(warnings_on(&page), vec![warning.clone()]);
    assert!(page.contains("action=\"/admin/data-key-stored\""), "the administrator confirms");
    let theirs = coordinator.page("/admin/mine").await;
    assert_eq!(warnings_on(&theirs), vec![warning.clone()], "every coordinator sees it");
    assert!(!theirs.contains("action=\"/admin/data-key-stored\""), "only an administrator confirms");
    assert!(theirs.contains(&Lang::Es.t("admin-warning-data-key-admins")));
    let refused = coordinator.post("/admin/data-key-stored", &[("csrf", &csrf_in(&theirs))]).await;
    assert_eq!(refused.status(), 403);

    let confirmed = admin.post("/admin/data-key-stored", &[("csrf", &csrf_in(&page))]).await;
    assert_eq!(confirmed.status(), 303);
    assert_eq!(location(confirmed.headers()), "/admin/mine");
    assert!(warnings_on(&admin.page("/admin/mine").await).is_empty());
    assert!(warnings_on(&coordinator.page("/admin/mine").await).is_empty());
    let (detail, who): (String, String) =
        sqlx::query_as("SELECT detail, coordinator_name FROM audit_log WHERE action = 'data_key_stored'")
            .fetch_one(&app.state.db.read)
            .await
            .expect("audited");
    assert_eq!((detail.as_str(), who.as_str()), (app.state.keys.fingerprint(), "Ada Admin"));
    assert!(
        !detail.is_empty()
            && !std::fs::read_to_string(app.dir.join("data.key")).expect("key").contains(&detail)
    );

    // A key given from outside (DATA_KEY) is the operator's to keep: no warning.
    let given = TestApp::spawn_with(&[("DATA_KEY", DATA_KEY)]).await;
    let admin = signed_in(&given, true).await;
    assert!(warnings_on(&admin.page("/admin/mine").await).is_empty());
}

#[tokio::test]
async fn a_backup_older_than_two_days_is_a_warning() {
    let dir = tempfile::tempdir().expect("folder");
    let backups = dir.path().join("backups");
    std::fs::create_dir_all(&backups).expect("folder");
    // The newest backup there was written three days ago (and the next is due tonight).
    let old = backups.join("latinas-20261101T013000Z.db.age");
    std::fs::write(&old, b"age-encryption.org/v1").expect("backup");
    let three_days_ago = std::time::SystemTime::now() - Duration::from_secs(3 * 24 * 3600);
    std::fs::File::options()
        .write(true)
        .open(&old)
        .expect("open")
        .set_modified(three_days_ago)
        .expect("mtime");
    let backup_dir = backups.display().to_string();
    let app = TestApp::spawn_with(&[("BACKUP_DIR", &backup_dir), ("DATA_KEY", DATA_KEY)]).await;
    let admin = signed_in(&app, true).await;
    let old_warning = Lang::Es.t_args("admin-warning-backup-old", &[("when", "WHEN".into())]);
    let old_warning = old_warning.split("WHEN").next().expect("text").to_owned();
    let shown = warnings_on(&admin.page("/admin/mine").await);
    assert!(shown.len() == 1 && shown[0].starts_with(&old_warning), "{shown:?}");

    // A backup of yesterday is recent enough.
    let yesterday = std::time::SystemTime::now() - Duration::from_secs(24 * 3600);
    std::fs::File::options().write(true).open(&old).expect("open").set_modified(yesterday).expect("mtime");
    let app = TestApp::spawn_with(&[("BACKUP_DIR", &backup_dir), ("DATA_KEY", DATA_KEY)]).await;
    let admin = signed_in(&app, true).await;
    assert!(warnings_on(&admin.page("/admin/mine").await).is_empty());
}
