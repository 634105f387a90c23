//! Backups that run themselves, with the real binary: written on schedule (a one-second
//! interval here), checked, encrypted to an age key made by Debian's `age-keygen`, pruned
//! to `BACKUP_KEEP`; decrypted by Debian's own `age`, and restored by `latinas restore`,
//! which refuses while the site runs.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

use sqlx::{ConnectOptions, Connection};

use crate::helpers::{BinaryServer, client, free_port, support_fields};

fn run(program: &str, args: &[&str]) -> Output {
    Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|error| panic!("{program} runs (scripts/test installs Debian's age): {error}"))
}

/// `latinas restore` on the database in `site`.
fn restore(site: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_latinas"))
        .arg("restore")
        .args(args)
        .env("DATABASE_URL", format!("sqlite://{}", site.join("site.db").display()))
        .env("DATA_DIR", site)
        .env("RUST_LOG", "warn")
        .output()
        .expect("latinas runs")
}

fn backups_in(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> =
        std::fs::read_dir(dir).expect("backup folder").map(|e| e.expect("entry").path()).collect();
    found.sort();
    found
}

async fn requests_in(database: &Path) -> i64 {
    let mut connection = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(database)
        .read_only(true)
        .connect()
        .await
        .expect("a database");
    let count =
        sqlx::query_scalar("SELECT count(*) FROM requests").fetch_one(&mut connection).await.expect("count");
    connection.close().await.expect("closed");
    count
}

#[tokio::test]
async fn backups_are_written_checked_encrypted_pruned_and_restored() {
    let root = tempfile::tempdir().expect("folder");
    let (site, backups, identity) =
        (root.path().join("site"), root.path().join("backups"), root.path().join("key.txt"));
    std::fs::create_dir_all(&site).expect("site folder");
    let keygen = run("age-keygen", &["-o", identity.to_str().expect("utf-8")]);
    assert!(keygen.status.success(), "{}", String::from_utf8_lossy(&keygen.stderr));
    let recipient = String::from_utf8(run("age-keygen", &["-y", identity.to_str().expect("utf-8")]).stdout)
        .expect("utf-8")
        .trim()
        .to_owned();
    assert!(recipient.starts_with("age1"), "{recipient}");
    let log = root.path().join("server.log");
    let backup_dir = backups.display().to_string();
    let server = BinaryServer::start(
        &site,
        free_port(),
        &[
            ("BACKUP_DIR", &backup_dir),
            ("BACKUP_INTERVAL_SECONDS", "1"),
            ("BACKUP_KEEP", "2"),
            ("BACKUP_RECIPIENT", &recipient),
            ("RUST_LOG", "info"),
        ],
        Some(&log),
    );
    server.wait_ready().await;
    let visitor = client();
    for name in ["Ana", "Bea", "Carmen"] {
        let form = server.open_form(&visitor, "/es/support").await;
        assert_eq!(
            server.submit(&visitor, &form, &support_fields(name, "copia de seguridad")).await.status(),
            303
        );
    }
    // Past the requests, at least four more backups: the pruning has had work to do.
    let written = |log: &str| log.matches("backup written and checked").count();
    let before = written(&std::fs::read_to_string(&log).unwrap_or_default());
    let mut after = before;
    for _ in 0..200 {
        after = written(&std::fs::read_to_string(&log).unwrap_or_default());
        if after >= before + 4 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(after >= before + 4, "backups every second: {before} then {after}");

    // While the site runs, a restore is refused.
    let newest = backups_in(&backups).last().expect("a backup").clone();
    let refused =
        restore(&site, &[newest.to_str().expect("utf-8"), "--identity", identity.to_str().expect("utf-8")]);
    assert!(!refused.status.success(), "restore refused while the site runs");
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("stop it first"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    server.stop();

    // The newest two, each encrypted; nothing unencrypted or half-written left anywhere.
    let kept = backups_in(&backups);
    assert_eq!(kept.len(), 2, "BACKUP_KEEP: {kept:?}");
    for file in &kept {
        let name = file.file_name().and_then(|n| n.to_str()).expect("name");
        assert!(name.starts_with("latinas-") && name.ends_with(".db.age"), "{name}");
        assert!(std::fs::read(file).expect("backup").starts_with(b"age-encryption.org/v1"), "an age file");
    }
    assert!(!site.join(".backup-in-progress.db").exists(), "the unencrypted copy is gone");
    // Debian's own age reads it with the identity, and finds every request.
    let decrypted = root.path().join("decrypted.db");
    let age = run(
        "age",
        &[
            "--decrypt",
            "--identity",
            identity.to_str().expect("utf-8"),
            "--output",
            decrypted.to_str().expect("utf-8"),
            kept[1].to_str().expect("utf-8"),
        ],
    );
    assert!(age.status.success(), "{}", String::from_utf8_lossy(&age.stderr));
    assert_eq!(requests_in(&decrypted).await, 3);

    // Lost: every request gone from the site's database. The backup brings them back.
    let database = site.join("site.db");
    let mut connection =
        sqlx::sqlite::SqliteConnectOptions::new().filename(&database).connect().await.expect("db");
    sqlx::query("DELETE FROM requests").execute(&mut connection).await.expect("deleted");
    connection.close().await.expect("closed");
    assert_eq!(requests_in(&database).await, 0);
    let newest = kept[1].to_str().expect("utf-8");
    let without_key = restore(&site, &[newest]);
    assert!(!without_key.status.success());
    assert!(String::from_utf8_lossy(&without_key.stderr).contains("--identity"), "it says what it needs");
    let restored = restore(&site, &[newest, "--identity", identity.to_str().expect("utf-8")]);
    assert!(restored.status.success(), "{}", String::from_utf8_lossy(&restored.stderr));
    let said = String::from_utf8_lossy(&restored.stdout);
    assert!(said.contains("3 requests") && said.contains("before-restore"), "{said}");
    assert_eq!(requests_in(&database).await, 3, "every request is back");
    let aside: Vec<_> = std::fs::read_dir(&site)
        .expect("site")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("before-restore"))
        .collect();
    assert!(!aside.is_empty(), "the replaced database is kept, not deleted");
    // A file that is not a backup changes nothing.
    let junk = root.path().join("junk.db");
    std::fs::write(&junk, b"not a database").expect("junk");
    let refused = restore(&site, &[junk.to_str().expect("utf-8")]);
    assert!(!refused.status.success());
    assert_eq!(requests_in(&database).await, 3, "nothing was changed");

    // And the site serves the restored database.
    let server = BinaryServer::start(&site, free_port(), &[], None);
    server.wait_ready().await;
    server.stop();
}
