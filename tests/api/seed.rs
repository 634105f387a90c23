use crate::helpers::TestApp;

async fn count(app: &TestApp, table: &str) -> i64 {
    sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
        .fetch_one(&app.state.db.read)
        .await
        .expect("count")
}

const TABLES: [&str; 6] = ["sections", "section_texts", "items", "item_texts", "people", "people_texts"];

#[tokio::test]
async fn loading_the_content_again_changes_nothing_and_keeps_edits() {
    let app = TestApp::spawn().await;
    let mut before = Vec::new();
    for table in TABLES {
        before.push(count(&app, table).await);
    }
    assert!(before.iter().all(|n| *n > 0), "content loaded: {before:?}");

    sqlx::query("UPDATE item_texts SET title = 'Edited by a coordinator' WHERE lang = 'en' AND item_id = (SELECT id FROM items WHERE slug = 'world-march')")
        .execute(&app.state.db.write)
        .await
        .expect("edit");

    // Insert every seed row again, as a second load would: existing rows stay as they are.
    let seed = latinas::db::seed::embedded().expect("seed parses");
    let mut tx = app.state.db.write.begin().await.expect("transaction");
    latinas::db::seed::insert_missing(&mut tx, &seed).await.expect("second load");
    tx.commit().await.expect("commit");

    // And a restart on the same database.
    let dir = app.dir.clone();
    let tempdir = app.stop().await;
    let app = TestApp::spawn_in(&dir, &[]).await;
    let mut after = Vec::new();
    for table in TABLES {
        after.push(count(&app, table).await);
    }
    assert_eq!(before, after);
    let page = app.page("/en/activities/world-march").await;
    assert!(page.contains("Edited by a coordinator"), "the edit survives");
    drop(tempdir);
}

#[tokio::test]
async fn content_deleted_by_coordinators_does_not_come_back_at_restart() {
    let app = TestApp::spawn().await;
    sqlx::query("DELETE FROM items WHERE slug = 'world-march'")
        .execute(&app.state.db.write)
        .await
        .expect("delete");
    let dir = app.dir.clone();
    let tempdir = app.stop().await;
    let app = TestApp::spawn_in(&dir, &[]).await;
    assert_eq!(app.get("/en/activities/world-march").await.status(), 404);
    drop(tempdir);
}
