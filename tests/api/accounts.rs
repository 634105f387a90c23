//! Her own account over HTTP: changing her password (and what that ends), where she is
//! signed in, and signing out everywhere else.

use latinas::i18n::Lang;
use scraper::{Html, Selector};

use crate::admin::{Browser, PASSWORD, signed_in};
use crate::helpers::{TestApp, csrf_in, location};

const FIREFOX: &str = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
const CHROME: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
const EMAIL: &str = "coord@latinas.example";
const NEW_PASSWORD: &str = "violet tram under quiet harbour";

/// The texts of the page's field errors, by field.
fn field_errors(html: &str) -> Vec<(String, String)> {
    let document = Html::parse_document(html);
    let errors = Selector::parse("p.field-error").expect("selector");
    document
        .select(&errors)
        .map(|e| {
            let id = e.value().id().unwrap_or_default().trim_end_matches("-error").to_owned();
            let text = e.text().collect::<String>();
            // Without the "Error:" that screen readers hear first.
            let text = text.trim().trim_start_matches(&Lang::En.t("form-error-prefix")).trim().to_owned();
            (id, text)
        })
        .collect()
}

async fn account_page(browser: &Browser<'_>) -> String {
    browser.page("/admin/account").await
}

#[tokio::test]
async fn changing_her_password_checks_it_and_ends_her_other_sessions() {
    let app = TestApp::spawn().await;
    let here = signed_in(&app, false).await;
    let elsewhere = Browser::new(&app);
    assert_eq!(elsewhere.login(EMAIL, PASSWORD).await.status(), 303);
    assert_eq!(here.get("/language/en/admin/account").await.status(), 303);
    let csrf = csrf_in(&account_page(&here).await);
    let change = |current: &'static str, new: &'static str, repeat: &'static str| {
        let csrf = csrf.clone();
        let here = &here;
        async move {
            here.post(
                "/admin/account/password",
                &[("csrf", &csrf), ("current", current), ("new", new), ("repeat", repeat)],
            )
            .await
        }
    };
    let en = Lang::En;
    // Every problem at once, each beside its field.
    let wrong = change("not my password", NEW_PASSWORD, "another one entirely").await;
    assert_eq!(wrong.status(), 422);
    let errors = field_errors(&wrong.text().await.expect("page"));
    assert!(errors.contains(&("current".into(), en.t("admin-error-password-current"))), "{errors:?}");
    assert!(errors.contains(&("repeat".into(), en.t("admin-error-password-repeat"))), "{errors:?}");
    for (weak, key) in
        [("short", "admin-error-password-short"), ("password1234", "admin-error-password-guessable")]
    {
        let refused = change(PASSWORD, weak, weak).await;
        assert_eq!(refused.status(), 422, "{weak}");
        let errors = field_errors(&refused.text().await.expect("page"));
        assert_eq!(errors, [("new".to_owned(), en.t(key))], "{weak}");
    }
    assert_eq!(elsewhere.get("/admin/mine").await.status(), 200, "nothing changed yet");

    let changed = change(PASSWORD, NEW_PASSWORD, NEW_PASSWORD).await;
    assert_eq!(changed.status(), 303);
    assert_eq!(location(changed.headers()), "/admin/account?done=password");
    assert!(here.page("/admin/account?done=password").await.contains(&en.t("admin-password-changed")));
    assert_eq!(here.get("/admin/mine").await.status(), 200, "this session goes on");
    assert_eq!(location(elsewhere.get("/admin/mine").await.headers()), "/admin/login", "the other one ended");
    assert_eq!(Browser::new(&app).login(EMAIL, PASSWORD).await.status(), 401, "the old password is gone");
    assert_eq!(Browser::new(&app).login(EMAIL, NEW_PASSWORD).await.status(), 303);
    let audited: Vec<String> =
        sqlx::query_scalar("SELECT detail FROM audit_log WHERE action = 'password_changed'")
            .fetch_all(&app.state.db.read)
            .await
            .expect("log");
    assert_eq!(audited, ["1"], "one change, one other session ended");
}

#[tokio::test]
async fn she_sees_where_she_is_signed_in_and_can_sign_out_everywhere_else() {
    let app = TestApp::spawn().await;
    signed_in(&app, false).await;
    let laptop = Browser::with_agent(&app, FIREFOX);
    let office = Browser::with_agent(&app, CHROME);
    for browser in [&laptop, &office] {
        assert_eq!(browser.login(EMAIL, PASSWORD).await.status(), 303);
    }
    assert_eq!(laptop.get("/language/en/admin/account").await.status(), 303);
    let page = account_page(&laptop).await;
    let document = Html::parse_document(&page);
    let items: Vec<String> = document
        .select(&Selector::parse("ul.sign-ins li").expect("selector"))
        .map(|li| li.text().collect::<String>())
        .collect();
    assert_eq!(items.len(), 3, "three browsers: {items:?}");
    let mine: Vec<&String> = items.iter().filter(|i| i.contains(&Lang::En.t("admin-session-this"))).collect();
    assert_eq!(mine.len(), 1, "{items:?}");
    assert!(mine[0].contains("Firefox") && mine[0].contains("Linux"), "{mine:?}");
    assert!(items.iter().any(|i| i.contains("Chrome") && i.contains("Windows")), "{items:?}");
    assert!(!page.contains("127.0.0.1") && !page.contains("Gecko/20100101"), "coarse, and no address");

    let csrf = csrf_in(&page);
    let ended = laptop.post("/admin/account/sessions/end-others", &[("csrf", &csrf)]).await;
    assert_eq!(location(ended.headers()), "/admin/account?done=ended");
    assert_eq!(location(office.get("/admin/mine").await.headers()), "/admin/login");
    assert_eq!(laptop.get("/admin/mine").await.status(), 200);
    let left: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM sign_ins").fetch_one(&app.state.db.read).await.expect("n");
    assert_eq!(left, 1);
    // Signing out ends the sign-in itself.
    let out = laptop.post("/admin/logout", &[("csrf", &csrf)]).await;
    assert_eq!(location(out.headers()), "/admin/login");
    let left: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM sign_ins").fetch_one(&app.state.db.read).await.expect("n");
    assert_eq!(left, 0);
}

#[tokio::test]
async fn administrators_see_who_did_what_with_sign_ins_counted_per_account() {
    let app = TestApp::spawn().await;
    let admin = signed_in(&app, true).await;
    signed_in(&app, false).await;
    // Two wrong passwords for the coordinator, one for an address with no account.
    for (email, password) in
        [(EMAIL, "wrong password 1"), (EMAIL, "wrong password 2"), ("nobody@x.example", "x")]
    {
        assert_eq!(Browser::new(&app).login(email, password).await.status(), 401);
    }
    let reference = crate::admin::orientation_request(&app, "Historia", "historia").await;
    assert_eq!(admin.get(&format!("/admin/requests/{reference}")).await.status(), 200);
    // The failed sign-ins are recorded apart from the answer: wait for them.
    for _ in 0..50 {
        let failed: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'sign_in_failed'")
                .fetch_one(&app.state.db.read)
                .await
                .expect("count");
        if failed == 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }

    assert_eq!(admin.get("/language/en/admin/audit").await.status(), 303);
    let page = admin.page("/admin/audit").await;
    let document = Html::parse_document(&page);
    let rows: Vec<Vec<String>> = document
        .select(&Selector::parse("section[aria-labelledby=sign-ins-title] tbody tr").expect("selector"))
        .map(|tr| tr.text().map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned).collect())
        .collect();
    assert!(rows.contains(&vec!["Carla Coordinator".into(), "1".into(), "2".into()]), "{rows:?}");
    assert!(rows.contains(&vec!["Ada Admin".into(), "1".into(), "0".into()]), "{rows:?}");
    assert!(page.contains(&reference), "who opened which request");
    // Filtered by action and person.
    let admin_id: i64 = sqlx::query_scalar("SELECT id FROM coordinators WHERE name = 'Ada Admin'")
        .fetch_one(&app.state.db.read)
        .await
        .expect("id");
    let viewed = admin.page(&format!("/admin/audit?action=viewed&person={admin_id}")).await;
    let log = Html::parse_document(&viewed);
    let actions: Vec<String> = log
        .select(
            &Selector::parse("section[aria-labelledby=log-title] tbody tr td:nth-child(3)")
                .expect("selector"),
        )
        .map(|td| td.text().collect())
        .collect();
    assert_eq!(actions, [Lang::En.t("admin-audit-viewed")], "only what was asked for");
    // No address anywhere in the log.
    let details: Vec<String> = sqlx::query_scalar("SELECT coordinator_name || detail FROM audit_log")
        .fetch_all(&app.state.db.read)
        .await
        .expect("log");
    assert!(
        details.iter().all(|d| !d.contains("127.0.0.1") && !d.contains("nobody@x.example")),
        "{details:?}"
    );
}

#[tokio::test]
async fn a_fresh_start_link_ends_her_sessions_and_sets_a_new_password_once() {
    let app = TestApp::spawn().await;
    let admin = signed_in(&app, true).await;
    let colleague = signed_in(&app, false).await;
    let id: i64 = sqlx::query_scalar("SELECT id FROM coordinators WHERE email = ?1")
        .bind(EMAIL)
        .fetch_one(&app.state.db.read)
        .await
        .expect("id");
    let csrf = admin.csrf().await;
    let made = admin.post(&format!("/admin/coordinators/{id}/fresh-start"), &[("csrf", &csrf)]).await;
    assert_eq!(made.status(), 200);
    let html = made.text().await.expect("page");
    let document = Html::parse_document(&html);
    let link = document
        .select(&Selector::parse("input#link").expect("selector"))
        .next()
        .and_then(|input| input.value().attr("value"))
        .expect("the link, shown once")
        .to_owned();
    let path = link[link.find("/admin/fresh-start/").expect("a fresh-start link")..].to_owned();
    let secret = path.rsplit('/').next().expect("secret").to_owned();
    assert_eq!(location(colleague.get("/admin/mine").await.headers()), "/admin/login", "her sessions ended");
    let kept: Vec<String> = sqlx::query_scalar("SELECT token_hash FROM fresh_starts")
        .fetch_all(&app.state.db.read)
        .await
        .expect("rows");
    assert!(kept.len() == 1 && kept[0] != secret, "only a hash of the secret is kept");

    // She opens it signed out, with its own form token.
    let her = Browser::new(&app);
    let form = her.page(&path).await;
    let token = crate::helpers::token_in(&form);
    let set = |new: &'static str, repeat: &'static str| {
        let (her, path, token) = (&her, path.clone(), token.clone());
        async move { her.post(&path, &[("token", &token), ("new", new), ("repeat", repeat)]).await }
    };
    let guessable = set("password1234", "password1234").await;
    assert_eq!(guessable.status(), 422, "guessable");
    let shown = Html::parse_document(&guessable.text().await.expect("page"))
        .select(&Selector::parse(".error-summary li").expect("selector"))
        .map(|li| li.text().collect::<String>())
        .collect::<Vec<_>>();
    let said = Lang::ALL.map(|lang| lang.t("admin-error-password-guessable"));
    assert!(shown.len() == 1 && said.contains(&shown[0]), "the reason, at the top of the form: {shown:?}");
    assert_eq!(set(NEW_PASSWORD, "something else").await.status(), 422, "not the same twice");
    let done = set(NEW_PASSWORD, NEW_PASSWORD).await;
    assert_eq!(done.status(), 303);
    assert_eq!(location(done.headers()), "/admin/login");
    assert_eq!(Browser::new(&app).login(EMAIL, NEW_PASSWORD).await.status(), 303, "the new password works");
    assert_eq!(Browser::new(&app).login(EMAIL, PASSWORD).await.status(), 401, "the old one no longer");
    // Once only; an expired or made-up link works neither.
    assert_eq!(her.get(&path).await.status(), 410);
    assert_eq!(set(NEW_PASSWORD, NEW_PASSWORD).await.status(), 410);
    let again = admin.post(&format!("/admin/coordinators/{id}/fresh-start"), &[("csrf", &csrf)]).await;
    let html = again.text().await.expect("page");
    let second = Html::parse_document(&html)
        .select(&Selector::parse("input#link").expect("selector"))
        .next()
        .and_then(|input| input.value().attr("value"))
        .expect("link")
        .to_owned();
    let second = second[second.find("/admin/fresh-start/").expect("a fresh-start link")..].to_owned();
    sqlx::query("UPDATE fresh_starts SET expires_at = '2000-01-01T00:00:00Z'")
        .execute(&app.state.db.write)
        .await
        .expect("expire");
    assert_eq!(her.get(&second).await.status(), 410, "expired after 24 hours");
    assert_eq!(her.get(&format!("/admin/fresh-start/{}", "a".repeat(48))).await.status(), 410);
    let actions: Vec<(String, String)> = sqlx::query_as(
        "SELECT action, coordinator_name FROM audit_log WHERE action IN ('fresh_start', 'password_changed') ORDER BY id",
    )
    .fetch_all(&app.state.db.read)
    .await
    .expect("log");
    assert_eq!(
        actions,
        [
            ("fresh_start".to_owned(), "Ada Admin".to_owned()),
            ("password_changed".to_owned(), "Carla Coordinator".to_owned()),
            ("fresh_start".to_owned(), "Ada Admin".to_owned())
        ]
    );
}
