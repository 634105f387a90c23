//! Two-step sign-in, over real HTTP with the second step required (the default): setting
//! it up with a code computed here from the key the page shows, signing in with a code
//! (once each), recovery codes, the limits, a fresh start and the command line.

use std::process::Command;

use base64::Engine;
use latinas::i18n::Lang;
use scraper::{Html, Selector};
use totp_rs::{Builder, Secret, Totp};

use crate::admin::{Browser, PASSWORD, add_coordinator, orientation_request};
use crate::helpers::{TestApp, csrf_in, location};

const EMAIL: &str = "coord@latinas.example";
const ADMIN: &str = "admin@latinas.example";

async fn requiring_two_step() -> TestApp {
    TestApp::spawn_with(&[("REQUIRE_TWO_STEP", "true")]).await
}

fn select<'a>(document: &'a Html, selector: &str) -> Vec<scraper::ElementRef<'a>> {
    document.select(&Selector::parse(selector).expect("selector")).collect()
}

fn text_of(html: &str, selector: &str) -> Vec<String> {
    select(&Html::parse_document(html), selector)
        .into_iter()
        .map(|e| e.text().collect::<String>().trim().to_owned())
        .collect()
}

fn attr_of(html: &str, selector: &str, attr: &str) -> String {
    let document = Html::parse_document(html);
    select(&document, selector)
        .first()
        .and_then(|e| e.value().attr(attr))
        .unwrap_or_else(|| panic!("{selector}[{attr}] on the page"))
        .to_owned()
}

/// Her authenticator app, set up from the key the page shows as text.
fn app_from_key(key_text: &str) -> Totp {
    let secret = Secret::try_from_base32(key_text.replace(' ', "")).expect("a base32 key");
    Builder::new().with_secret(secret.as_bytes().to_vec()).build().expect("an RFC 6238 generator")
}

fn step_now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("time").as_secs() / 30
}

fn code_at(app: &Totp, step: u64) -> String {
    app.generate(step * 30).to_string()
}

/// What she set up: her app, the time step of the code that confirmed it, and her
/// recovery codes.
struct Enrolled<'a> {
    browser: Browser<'a>,
    app: Totp,
    first_step: u64,
    recovery_codes: Vec<String>,
}

/// Signs `email` in with her password, which leads to setting up the second step, and sets
/// it up with the current code.
async fn enrolled<'a>(test: &'a TestApp, email: &str) -> Enrolled<'a> {
    let browser = Browser::new(test);
    let response = browser.login(email, PASSWORD).await;
    assert_eq!(location(response.headers()), "/admin/two-step", "sent to set it up");
    let page = browser.page("/admin/two-step").await;
    let app = app_from_key(&text_of(&page, "code.secret-key")[0]);
    let first_step = step_now();
    let response = browser
        .post(
            "/admin/two-step",
            &[
                ("csrf", &csrf_in(&page)),
                ("secret", &attr_of(&page, "input[name=secret]", "value")),
                ("code", &code_at(&app, first_step)),
            ],
        )
        .await;
    assert_eq!(response.status(), 200, "set up");
    let recovery_codes = text_of(&response.text().await.expect("page"), "ol.recovery-codes code");
    Enrolled { browser, app, first_step, recovery_codes }
}

async fn audit_actions(test: &TestApp) -> Vec<(String, String, String)> {
    sqlx::query_as("SELECT action, coordinator_name, detail FROM audit_log ORDER BY id")
        .fetch_all(&test.state.db.read)
        .await
        .expect("audit")
}

/// What the coordinators page says of `name`'s second step.
fn two_step_column(html: &str, name: &str) -> String {
    let document = Html::parse_document(html);
    let row = select(&document, "table.data tbody tr")
        .into_iter()
        .find(|row| {
            row.select(&Selector::parse("th").expect("selector"))
                .any(|th| th.text().collect::<String>() == name)
        })
        .unwrap_or_else(|| panic!("a row for {name}"));
    row.select(&Selector::parse("td").expect("selector"))
        .nth(2)
        .expect("the two-step column")
        .text()
        .collect::<String>()
        .trim()
        .to_owned()
}

/// The one error a failed sign-in shows.
fn sign_in_error(html: &str) -> String {
    text_of(html, ".error-summary p").join(" ")
}

#[tokio::test]
async fn she_sets_up_the_second_step_before_she_sees_any_request() {
    let test = requiring_two_step().await;
    add_coordinator(&test, EMAIL, "Carla", false).await;
    let reference = orientation_request(&test, "Secreta", "nadie más debe leer esto").await;
    let her = Browser::new(&test);
    let response = her.login(EMAIL, PASSWORD).await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(response.headers()), "/admin/two-step", "right after her password");
    for path in [
        "/admin/mine",
        "/admin/requests",
        &format!("/admin/requests/{reference}"),
        "/admin/account",
        "/admin",
    ] {
        let response = her.get(path).await;
        let target = location(response.headers()).to_owned();
        let target = if target == "/admin/mine" {
            location(her.get(&target).await.headers()).to_owned()
        } else {
            target
        };
        assert_eq!(target, "/admin/two-step", "{path} waits for the second step");
    }
    let page = her.page("/admin/two-step").await;
    assert!(!page.contains("Secreta") && !page.contains(&reference), "nothing of any request");
    assert!(!page.contains("href=\"/admin/requests\""), "the menu offers nothing it would not open");
    // The QR code is drawn here: an SVG inside the page, nothing fetched from elsewhere.
    let qr = attr_of(&page, ".qr-code img", "src");
    let svg = base64::engine::general_purpose::STANDARD
        .decode(qr.strip_prefix("data:image/svg+xml;base64,").expect("an inline SVG"))
        .expect("base64");
    assert!(String::from_utf8_lossy(&svg).contains("<svg"), "an SVG image");
    let key = text_of(&page, "code.secret-key")[0].clone();
    assert!(key.replace(' ', "").len() >= 32, "a 160-bit key, as text: {key}");
    let app = app_from_key(&key);

    // A wrong code keeps the same key and says why, on its field.
    let csrf = csrf_in(&page);
    let sealed = attr_of(&page, "input[name=secret]", "value");
    let wrong = her
        .post(
            "/admin/two-step",
            &[("csrf", &csrf), ("secret", &sealed), ("code", &code_at(&app, step_now() - 10))],
        )
        .await;
    assert_eq!(wrong.status(), 422);
    let wrong = wrong.text().await.expect("page");
    assert_eq!(text_of(&wrong, "code.secret-key"), vec![key.clone()], "the same key, to try again");
    assert!(text_of(&wrong, "#code-error")[0].contains(&Lang::Es.t("admin-two-step-wrong-code")));
    assert_eq!(attr_of(&wrong, "#code", "aria-invalid"), "true");
    assert!(location(her.get("/admin/mine").await.headers()) == "/admin/two-step", "still nothing");

    // The code her app shows now sets it up, and her recovery codes are shown once.
    let done = her
        .post(
            "/admin/two-step",
            &[("csrf", &csrf), ("secret", &sealed), ("code", &code_at(&app, step_now()))],
        )
        .await;
    assert_eq!(done.status(), 200);
    let codes = text_of(&done.text().await.expect("page"), "ol.recovery-codes code");
    assert_eq!(codes.len(), 10, "{codes:?}");
    assert_eq!(codes.iter().collect::<std::collections::HashSet<_>>().len(), 10, "all different");
    assert_eq!(her.get(&format!("/admin/requests/{reference}")).await.status(), 200, "now she sees requests");
    let page = her.page("/admin/two-step").await;
    assert!(
        text_of(&page, "p")
            .iter()
            .any(|p| p == &Lang::Es.t_args("admin-recovery-codes-left", &[("count", 10.into())]))
    );

    // Kept sealed and hashed: neither the key nor a recovery code is in the database.
    let (sealed_secret,): (String,) = sqlx::query_as("SELECT secret_sealed FROM second_steps")
        .fetch_one(&test.state.db.read)
        .await
        .expect("row");
    assert!(!sealed_secret.contains(&key.replace(' ', "")));
    let hashes: Vec<String> = sqlx::query_scalar("SELECT code_hash FROM recovery_codes")
        .fetch_all(&test.state.db.read)
        .await
        .expect("rows");
    assert_eq!(hashes.len(), 10);
    for code in &codes {
        assert!(hashes.iter().all(|h| !h.contains(&code.replace('-', ""))), "only hashes are kept");
    }
    assert!(
        audit_actions(&test)
            .await
            .iter()
            .any(|(action, who, _)| action == "two_step_enrolled" && who == "Carla")
    );
}

#[tokio::test]
async fn a_code_opens_the_back_office_once_and_every_failure_gets_the_same_answer() {
    let test = requiring_two_step().await;
    add_coordinator(&test, EMAIL, "Carla", false).await;
    let Enrolled { app, first_step, .. } = enrolled(&test, EMAIL).await;
    let next_code = code_at(&app, first_step + 1);

    let unknown = Browser::new(&test).login_with_code("nobody@latinas.example", PASSWORD, &next_code).await;
    let no_code = Browser::new(&test).login(EMAIL, PASSWORD).await;
    let wrong_code = Browser::new(&test).login_with_code(EMAIL, PASSWORD, "123 456").await;
    let mut errors = Vec::new();
    for response in [unknown, no_code, wrong_code] {
        assert_eq!(response.status(), 401);
        errors.push(sign_in_error(&response.text().await.expect("page")));
    }
    assert!(
        errors.iter().all(|e| e == &Lang::Es.t("admin-login-failed")),
        "one answer for every failure: {errors:?}"
    );

    // The next code (one step of clock drift) opens it, once.
    let her = Browser::new(&test);
    let response = her.login_with_code(EMAIL, PASSWORD, &next_code).await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(response.headers()), "/admin/mine");
    assert_eq!(her.get("/admin/mine").await.status(), 200);
    let replayed = Browser::new(&test).login_with_code(EMAIL, PASSWORD, &next_code).await;
    assert_eq!(replayed.status(), 401, "a code seen once is not accepted again");
}

#[tokio::test]
async fn an_older_code_is_refused_and_wrong_codes_are_limited_like_wrong_passwords() {
    let test = requiring_two_step().await;
    add_coordinator(&test, EMAIL, "Carla", false).await;
    let Enrolled { app, first_step, .. } = enrolled(&test, EMAIL).await;
    let older = Browser::new(&test).login_with_code(EMAIL, PASSWORD, &code_at(&app, first_step - 1)).await;
    assert_eq!(older.status(), 401, "a code older than the last one used");
    for wrong in ["111111", "222222", "333333"] {
        Browser::new(&test).login_with_code(EMAIL, PASSWORD, wrong).await;
    }
    let limited = Browser::new(&test).login_with_code(EMAIL, PASSWORD, &code_at(&app, first_step + 1)).await;
    assert_eq!(limited.status(), 429, "even the right code waits after many failures");
    // Recorded apart from the answer: wait for the last of them.
    let mut failed = 0;
    for _ in 0..50 {
        failed =
            audit_actions(&test).await.iter().filter(|(action, _, _)| action == "sign_in_failed").count();
        if failed == 4 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(40)).await;
    }
    assert_eq!(failed, 4, "each wrong code is a failed sign-in of her account");
}

#[tokio::test]
async fn each_recovery_code_works_once_and_new_ones_replace_them() {
    let test = requiring_two_step().await;
    add_coordinator(&test, EMAIL, "Carla", false).await;
    let Enrolled { browser, recovery_codes, .. } = enrolled(&test, EMAIL).await;
    // As she might copy it from paper: capitals, spaces.
    let typed = recovery_codes[3].to_uppercase().replace('-', " ");
    let response = Browser::new(&test).login_with_code(EMAIL, PASSWORD, &typed).await;
    assert_eq!(response.status(), 303, "a recovery code in place of the app's code");
    let again = Browser::new(&test).login_with_code(EMAIL, PASSWORD, &recovery_codes[3]).await;
    assert_eq!(again.status(), 401, "used once");

    let page = browser.page("/admin/two-step").await;
    // Her password first: an open session alone does not renew them.
    let csrf = csrf_in(&page);
    let refused =
        browser.post("/admin/two-step/recovery-codes", &[("csrf", &csrf), ("password", "not hers")]).await;
    assert_eq!(refused.status(), 422);
    let refused = refused.text().await.expect("page");
    assert!(text_of(&refused, "#password-error")[0].contains(&Lang::Es.t("admin-error-password-current")));
    assert!(text_of(&refused, "ol.recovery-codes code").is_empty(), "no new codes");
    let renewed =
        browser.post("/admin/two-step/recovery-codes", &[("csrf", &csrf), ("password", PASSWORD)]).await;
    assert_eq!(renewed.status(), 200);
    let new_codes = text_of(&renewed.text().await.expect("page"), "ol.recovery-codes code");
    assert_eq!(new_codes.len(), 10);
    let old = Browser::new(&test).login_with_code(EMAIL, PASSWORD, &recovery_codes[4]).await;
    assert_eq!(old.status(), 401, "the old codes stopped working");
    let new = Browser::new(&test).login_with_code(EMAIL, PASSWORD, &new_codes[0]).await;
    assert_eq!(new.status(), 303, "a new one works");
    let audited: Vec<(String, String)> = audit_actions(&test)
        .await
        .into_iter()
        .filter(|(action, _, _)| action.starts_with("recovery_code"))
        .map(|(action, _, detail)| (action, detail))
        .collect();
    assert_eq!(
        audited,
        [
            ("recovery_code_used".to_owned(), "9".to_owned()),
            ("recovery_codes_renewed".to_owned(), String::new()),
            ("recovery_code_used".to_owned(), "9".to_owned()),
        ],
        "each use with the codes left"
    );
}

#[tokio::test]
async fn a_fresh_start_or_the_command_line_removes_her_second_step_and_she_sets_up_a_new_one() {
    let test = requiring_two_step().await;
    add_coordinator(&test, ADMIN, "Ada", true).await;
    add_coordinator(&test, EMAIL, "Carla", false).await;
    let admin = enrolled(&test, ADMIN).await.browser;
    let colleague = enrolled(&test, EMAIL).await.browser;
    let id: i64 = sqlx::query_scalar("SELECT id FROM coordinators WHERE email = ?1")
        .bind(EMAIL)
        .fetch_one(&test.state.db.read)
        .await
        .expect("id");
    let page = admin.page("/admin/coordinators").await;
    assert_eq!(
        two_step_column(&page, "Carla"),
        Lang::Es.t("admin-two-step-set"),
        "administrators see who has one"
    );
    let made =
        admin.post(&format!("/admin/coordinators/{id}/fresh-start"), &[("csrf", &csrf_in(&page))]).await;
    let link = attr_of(&made.text().await.expect("page"), "input#link", "value");
    let path = link[link.find("/admin/fresh-start/").expect("a link")..].to_owned();
    assert_eq!(location(colleague.get("/admin/mine").await.headers()), "/admin/login", "her sessions ended");
    let her = Browser::new(&test);
    let token = crate::helpers::token_in(&her.page(&path).await);
    let new_password = "lantern orchard beneath copper hills";
    let set = her.post(&path, &[("token", &token), ("new", new_password), ("repeat", new_password)]).await;
    assert_eq!(set.status(), 303);
    let signed_in = her.login(EMAIL, new_password).await;
    assert_eq!(location(signed_in.headers()), "/admin/two-step", "a new second step, before anything else");
    let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM second_steps WHERE coordinator_id = ?1")
        .bind(id)
        .fetch_one(&test.state.db.read)
        .await
        .expect("count");
    assert_eq!(left, 0);
    let page = admin.page("/admin/coordinators").await;
    assert_eq!(two_step_column(&page, "Carla"), Lang::Es.t("admin-two-step-not-set"));
    assert!(
        audit_actions(&test)
            .await
            .iter()
            .any(|(action, _, detail)| action == "two_step_reset" && detail == EMAIL)
    );

    // At the server's command line, for the administrator herself.
    let output = Command::new(env!("CARGO_BIN_EXE_latinas"))
        .args(["coordinator", "reset-two-step", "--email", ADMIN])
        .env("DATABASE_URL", format!("sqlite://{}", test.dir.join("site.db").display()))
        .env("DATA_DIR", &test.dir)
        .output()
        .expect("latinas runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(
        location(admin.get("/admin/coordinators").await.headers()),
        "/admin/login",
        "her sessions ended"
    );
    let again = Browser::new(&test).login(ADMIN, PASSWORD).await;
    assert_eq!(location(again.headers()), "/admin/two-step");
    let unknown = Command::new(env!("CARGO_BIN_EXE_latinas"))
        .args(["coordinator", "reset-two-step", "--email", "nobody@latinas.example"])
        .env("DATABASE_URL", format!("sqlite://{}", test.dir.join("site.db").display()))
        .env("DATA_DIR", &test.dir)
        .output()
        .expect("latinas runs");
    assert!(!unknown.status.success(), "no such account");
}

#[tokio::test]
async fn moving_to_a_new_phone_asks_her_password_and_a_code_from_the_new_one() {
    let test = requiring_two_step().await;
    add_coordinator(&test, EMAIL, "Carla", false).await;
    let Enrolled { browser, app: old_phone, first_step, .. } = enrolled(&test, EMAIL).await;
    let page = browser.page("/admin/two-step?new=phone").await;
    let new_key = text_of(&page, "code.secret-key")[0].clone();
    let new_phone = app_from_key(&new_key);
    let form = |password: &'static str| {
        let fields = [
            ("csrf", csrf_in(&page)),
            ("secret", attr_of(&page, "input[name=secret]", "value")),
            ("code", code_at(&new_phone, step_now())),
            ("password", password.to_owned()),
        ];
        let browser = &browser;
        async move {
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            browser.post("/admin/two-step", &fields).await
        }
    };
    let refused = form("not hers").await;
    assert_eq!(refused.status(), 422, "the right code, but not her password");
    let refused = refused.text().await.expect("page");
    assert_eq!(attr_of(&refused, "#password", "aria-invalid"), "true");
    assert_eq!(text_of(&refused, "code.secret-key"), vec![new_key], "the same new key, to try again");
    assert_eq!(form(PASSWORD).await.status(), 200, "her password and the new phone's code");
    // The old phone no longer opens the back office; the new one does.
    let old =
        Browser::new(&test).login_with_code(EMAIL, PASSWORD, &code_at(&old_phone, first_step + 1)).await;
    assert_eq!(old.status(), 401, "the old phone's code");
    let new =
        Browser::new(&test).login_with_code(EMAIL, PASSWORD, &code_at(&new_phone, step_now() + 1)).await;
    assert_eq!(new.status(), 303, "the new phone's code");
}

#[tokio::test]
async fn her_password_asked_again_is_limited_like_a_sign_in() {
    let test = requiring_two_step().await;
    add_coordinator(&test, EMAIL, "Carla", false).await;
    let Enrolled { browser, .. } = enrolled(&test, EMAIL).await;
    let csrf = csrf_in(&browser.page("/admin/two-step").await);
    for _ in 0..5 {
        let wrong =
            browser.post("/admin/two-step/recovery-codes", &[("csrf", &csrf), ("password", "a guess")]).await;
        assert_eq!(wrong.status(), 422);
    }
    let limited =
        browser.post("/admin/two-step/recovery-codes", &[("csrf", &csrf), ("password", PASSWORD)]).await;
    assert_eq!(limited.status(), 422, "even her password waits after many guesses");
    let limited = limited.text().await.expect("page");
    assert!(text_of(&limited, "#password-error")[0].contains(&Lang::Es.t("admin-login-too-many")));
    assert!(text_of(&limited, "ol.recovery-codes code").is_empty());
}
