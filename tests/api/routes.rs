//! Every route the router registers (walked from its own list, so a new route is walked
//! too): each answers with the security headers and the cache policy it must have, and
//! every back-office form post refuses a missing, forged or foreign CSRF token and a
//! cross-site origin; and every cookie any of them sets is listed on the privacy page.

use latinas::domain::vocab::Role;
use latinas::startup::{route_access, route_list};
use latinas::web::admin::Access;
use reqwest::Method;

use std::collections::BTreeSet;

use scraper::{Html, Selector};

use crate::admin::{Browser, PASSWORD, orientation_request, signed_in};
use crate::helpers::{LANGS, TestApp, encode, location};

const SECURITY_HEADERS: [&str; 6] = [
    "content-security-policy",
    "x-content-type-options",
    "referrer-policy",
    "permissions-policy",
    "cross-origin-opener-policy",
    "x-frame-options",
];

/// The `Cache-Control` a GET of this route must answer with. A route missing here fails
/// the test: whoever adds one decides its policy.
fn expected_cache_control(template: &str) -> &'static str {
    match template {
        "/" => "private, no-cache",
        "/{lang}/"
        | "/{lang}/about"
        | "/{lang}/projects"
        | "/{lang}/projects/{slug}"
        | "/{lang}/activities"
        | "/{lang}/activities/{slug}"
        | "/{lang}/team"
        | "/{lang}/privacy"
        | "/{lang}/safety"
        | "/{lang}/events"
        | "/{lang}/events.ics"
        | "/{lang}/events.atom"
        | "/{lang}/events/past/{page}"
        | "/sitemap.xml"
        | "/robots.txt" => "no-cache",
        "/static/{*file}" => "public, max-age=31536000, immutable",
        // Personal, per visitor or a redirect: never kept.
        "/{lang}"
        | "/{lang}/orientation"
        | "/{lang}/support"
        | "/{lang}/thanks"
        // An event's page carries the registration form and its token while it is open.
        | "/{lang}/events/{slug}"
        | "/{lang}/registration/{secret}"
        | "/{lang}/registration/{secret}/calendar.ics"
        | "/language/{lang}"
        | "/language/{lang}/{*path}"
        | "/healthz"
        | "/readyz" => "no-store",
        admin if admin.starts_with("/admin") => "no-store",
        other => panic!("no cache policy decided for {other}: add it to this test"),
    }
}

/// Real values for a route's parameters.
struct Fixture {
    orientation: String,
    support: String,
    mail_id: i64,
    other_coordinator: i64,
    asset: String,
    /// A working fresh-start secret for the other coordinator.
    fresh_start: String,
    /// An open event's slug, and the secret of a registration for it.
    event_slug: String,
    registration: String,
}

/// The page that holds the form a public POST path takes: itself, or her registration's
/// page for its cancel button.
fn form_page(post_path: &str) -> &str {
    post_path.strip_suffix("/cancel").unwrap_or(post_path)
}

impl Fixture {
    fn path(&self, template: &str) -> String {
        let reference = if template.contains("/support/") { &self.support } else { &self.orientation };
        let slug = if template.contains("/activities/") {
            "world-march"
        } else if template.contains("/events/") {
            &self.event_slug
        } else {
            "mental-health-study"
        };
        let secret = if template.contains("/registration/") { &self.registration } else { &self.fresh_start };
        let id = if template.contains("/mails/") {
            self.mail_id.to_string()
        } else if template.contains("/coordinators/") {
            self.other_coordinator.to_string()
        } else {
            "1".to_owned()
        };
        template
            .replace("{lang}", "es")
            .replace("{slug}", slug)
            .replace("{reference}", reference)
            .replace("{kind}", "projects")
            .replace("{id}", &id)
            .replace("{*path}", "about")
            .replace("{*file}", self.asset.trim_start_matches("/static/"))
            .replace("{secret}", secret)
            .replace("{page}", "2")
            .replace("{registration}", "1")
            // Promoting a registration that has a place changes nothing.
            .replace("{action}", "promote")
    }
}

async fn fixture(app: &TestApp) -> Fixture {
    let orientation = orientation_request(app, "Ruta", "todas las rutas").await;
    let form = app.open_form("/es/support").await;
    let fields = crate::helpers::support_fields("Ruta", "todas las rutas");
    let response = app.submit(&form, &fields).await;
    let support = app.reference_of(&response);
    let mail_id: i64 = sqlx::query_scalar(
        "SELECT o.id FROM outbox o JOIN requests r ON r.id = o.request_id WHERE r.reference = ?1",
    )
    .bind(&orientation)
    .fetch_one(&app.state.db.read)
    .await
    .expect("the orientation request's mail");
    let hash = latinas::auth::hash_password("another long password".into()).await.expect("hash");
    let mut db = app.state.db.write.acquire().await.expect("writer");
    let other_coordinator = latinas::db::coordinators::insert(
        &mut db,
        "otra@latinas.example",
        "Otra",
        &hash,
        latinas::domain::vocab::Role::Coordinator,
    )
    .await
    .expect("coordinator");
    drop(db);
    let fresh_start = latinas::app::accounts::fresh_start(
        &app.state.db,
        latinas::db::audit::Actor::COMMAND_LINE,
        other_coordinator,
    )
    .await
    .expect("fresh start")
    .expect("the account exists");
    let event_slug = crate::events::open_event(app, "taller-de-rutas", 20).await;
    // Past events enough for a second page of them.
    for n in 0..21 {
        crate::events::past_event(app, &format!("taller-pasado-{n}")).await;
    }
    let registration = crate::events::register(app, &event_slug, &[("email", "ruta@example.org")]).await;
    Fixture {
        orientation,
        support,
        mail_id,
        other_coordinator,
        asset: app.state.assets.urls.css.clone(),
        fresh_start,
        event_slug,
        registration,
    }
}

fn assert_security_headers(response: &reqwest::Response, what: &str) {
    for name in SECURITY_HEADERS {
        assert!(response.headers().contains_key(name), "{what} lacks {name}");
    }
}

fn cache_control(response: &reqwest::Response) -> &str {
    response.headers().get("cache-control").and_then(|v| v.to_str().ok()).unwrap_or("(none)")
}

#[tokio::test]
async fn every_route_answers_with_its_cache_policy_and_the_security_headers() {
    let app = TestApp::spawn_with(&[("COORDINATOR_EMAILS", "coord@latinas.example")]).await;
    let fixture = fixture(&app).await;
    let admin = signed_in(&app, true).await;
    let routes = route_list();
    assert!(routes.len() > 40, "the router's own list: {}", routes.len());
    for (method, template) in routes.iter().filter(|(m, _)| *m == Method::GET) {
        let path = fixture.path(template);
        // Twice: the second answer of a public page comes from the page cache.
        for attempt in ["first", "cached"] {
            let response =
                if template.starts_with("/admin") { admin.get(&path).await } else { app.get(&path).await };
            let what = format!("{method} {template} ({path}, {attempt})");
            assert!(response.status().as_u16() < 400, "{what}: {}", response.status());
            assert_security_headers(&response, &what);
            assert_eq!(cache_control(&response), expected_cache_control(template), "{what}");
        }
    }
    // Every public form POST, shown again with her errors (it holds what she typed), and
    // refused for its token: never kept.
    for (method, template) in routes.iter().filter(|(m, t)| *m == Method::POST && !t.starts_with("/admin")) {
        let path = fixture.path(template);
        // Cancelling a registration is a button on her page, with nothing to type: done,
        // it answers 303 to that page.
        let cancel = template.ends_with("/cancel");
        let form =
            crate::helpers::FormSession { path: path.clone(), ..app.open_form(form_page(&path)).await };
        let refused = app.post_raw(&path, Some(&form.cookie), "token=forged&message=x").await;
        let shown_again = app.submit(&form, &[("message", "lo que escribió")]).await;
        for (what, response) in [("with her errors", shown_again), ("with a forged token", refused)] {
            let what = format!("{method} {template} {what}");
            if cancel && what.ends_with("errors") {
                assert_eq!(response.status(), 303, "{what}");
            } else {
                assert!(response.status().is_client_error(), "{what}: {}", response.status());
            }
            assert_security_headers(&response, &what);
            assert_eq!(cache_control(&response), "no-store", "{what}");
        }
    }
    // A stored form's 303, a revalidated page's 304 and an unsupported body's 415.
    let form = app.open_form("/es/support").await;
    let stored = app.submit(&form, &crate::helpers::support_fields("Cabeceras", "todas")).await;
    assert_eq!(stored.status(), 303);
    let first = app.get("/es/about").await;
    let etag = first.headers()["etag"].to_str().expect("ascii").to_owned();
    let revalidated = app.get_with("/es/about", &[("if-none-match", &etag)]).await;
    assert_eq!(revalidated.status(), 304);
    let unsupported = app
        .client
        .post(format!("{}/es/support", app.base))
        .header("content-type", "application/json")
        .body("{}")
        .send()
        .await
        .expect("sent");
    assert_eq!(unsupported.status(), 415);
    for (what, response, policy) in
        [("303", stored, "no-store"), ("304", revalidated, "no-cache"), ("415", unsupported, "no-store")]
    {
        assert_security_headers(&response, what);
        assert_eq!(cache_control(&response), policy, "{what}");
    }
    // Errors, from the router and from its layers: the same headers, never kept.
    let too_large = app.post_raw("/es/support", None, &"x=".repeat(40_000)).await;
    let responses = [
        ("404", app.get("/es/no-such-page").await),
        ("404 outside a language", app.get("/nowhere").await),
        ("405", app.client.delete(format!("{}/es/", app.base)).send().await.expect("sent")),
        ("413", too_large),
        ("403 from the back office", signed_in(&app, false).await.get("/admin/coordinators").await),
    ];
    for (what, response) in responses {
        assert!(response.status().is_client_error(), "{what}: {}", response.status());
        assert_security_headers(&response, what);
        assert_eq!(cache_control(&response), "no-store", "{what}");
    }
}

/// What a refused post was: its description, its fields and the `Origin` it came from.
type Attempt<'a> = (&'a str, Vec<(&'a str, &'a str)>, Option<&'a str>);

/// A browser signed in as someone else: its CSRF token is valid, for another session.
async fn foreign_token(app: &TestApp) -> String {
    let other = Browser::new(app);
    let response = other.login("otra@latinas.example", "another long password").await;
    assert_eq!(response.status(), 303, "the other coordinator signs in");
    other.csrf().await
}

#[tokio::test]
async fn every_back_office_post_refuses_a_missing_forged_or_foreign_token_and_a_cross_site_origin() {
    let app = TestApp::spawn_with(&[("COORDINATOR_EMAILS", "coord@latinas.example")]).await;
    let fixture = fixture(&app).await;
    let admin = signed_in(&app, true).await;
    let own = admin.csrf().await;
    let foreign = foreign_token(&app).await;
    let changes = "SELECT COUNT(*) FROM audit_log WHERE action NOT IN ('viewed', 'signed_in')";
    let changes_before: i64 = sqlx::query_scalar(changes).fetch_one(&app.state.db.read).await.expect("count");
    let posts: Vec<&str> = route_list()
        .into_iter()
        .filter(|(method, template)| *method == Method::POST && template.starts_with("/admin"))
        .map(|(_, template)| template)
        .collect();
    assert!(posts.len() >= 11, "{posts:?}");
    for template in posts {
        let path = fixture.path(template);
        let field = if template == "/admin/login" { "token" } else { "csrf" };
        let forged = format!("{}x", &own[..own.len() - 1]);
        let attempts: [Attempt<'_>; 4] = [
            ("no token", vec![("confirm", "yes")], None),
            ("a forged token", vec![(field, &forged), ("confirm", "yes")], None),
            ("another session's token", vec![(field, &foreign), ("confirm", "yes")], None),
            ("a cross-site origin", vec![(field, &own), ("confirm", "yes")], Some("https://evil.example")),
        ];
        for (what, fields, origin) in attempts {
            let mut request = admin
                .client
                .post(format!("{}{path}", app.base))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(encode(&fields));
            if let Some(origin) = origin {
                request = request.header("origin", origin).header("sec-fetch-site", "cross-site");
            }
            let response = request.send().await.expect("sent");
            assert_eq!(response.status(), 403, "POST {template} with {what}");
            assert_security_headers(&response, template);
        }
    }
    // The login form with its own valid token, sent from another site.
    let visitor = Browser::new(&app);
    let token = crate::helpers::token_in(&visitor.page("/admin/login").await);
    let response = visitor
        .client
        .post(format!("{}/admin/login", app.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", "https://evil.example")
        .body(encode(&[("token", &token), ("email", "admin@latinas.example"), ("password", "x")]))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 403, "login from another site");
    // Nothing any of them asked for happened.
    let (requests, coordinators): (i64, i64) =
        sqlx::query_as("SELECT (SELECT COUNT(*) FROM requests), (SELECT COUNT(*) FROM coordinators)")
            .fetch_one(&app.state.db.read)
            .await
            .expect("counts");
    assert_eq!((requests, coordinators), (2, 2));
    let changes_after: i64 = sqlx::query_scalar(changes).fetch_one(&app.state.db.read).await.expect("count");
    assert_eq!(changes_after, changes_before, "no change was recorded");
}

#[tokio::test]
async fn every_back_office_route_sends_the_anonymous_to_login() {
    let app = TestApp::spawn_with(&[("COORDINATOR_EMAILS", "coord@latinas.example")]).await;
    let fixture = fixture(&app).await;
    for (method, template) in route_list() {
        if !template.starts_with("/admin") || signed_out(template) {
            continue;
        }
        let path = fixture.path(template);
        let response = app
            .client
            .request(method.clone(), format!("{}{path}", app.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body("status=closed&confirm=yes")
            .send()
            .await
            .expect("sent");
        let target = location(response.headers()).to_owned();
        // `/admin` itself sends to the first page, which sends to the login.
        let to_login = if target == "/admin/mine" {
            location(app.get(&target).await.headers()).to_owned()
        } else {
            target
        };
        assert_eq!(to_login, "/admin/login", "{method} {template}");
    }
    let changed: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM requests WHERE status != 'new'")
        .fetch_one(&app.state.db.read)
        .await
        .expect("count");
    assert_eq!(changed, 0, "nothing changed");
}

/// The names of the cookies `response` sets.
fn cookies_set(response: &reqwest::Response) -> Vec<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|line| line.split('=').next())
        .map(|name| name.trim().to_owned())
        .collect()
}

#[tokio::test]
async fn every_cookie_the_server_sets_is_listed_on_the_privacy_page_with_its_lifetime() {
    let app = TestApp::spawn_with(&[("COORDINATOR_EMAILS", "coord@latinas.example")]).await;
    let fixture = fixture(&app).await;
    let admin = signed_in(&app, true).await;
    let mut set = BTreeSet::new();
    // A sign-in, as the response that starts the session.
    let browser = Browser::new(&app);
    let login = browser.login("admin@latinas.example", PASSWORD).await;
    assert_eq!(login.status(), 303);
    set.extend(cookies_set(&login));
    // Every GET route, as a visitor and as a coordinator.
    for (_, template) in route_list().iter().filter(|(m, _)| *m == Method::GET) {
        let path = fixture.path(template);
        set.extend(cookies_set(&app.get(&path).await));
        set.extend(cookies_set(&admin.get(&path).await));
    }
    // Every public form: shown again with errors, and stored.
    for (_, template) in route_list().iter().filter(|(m, t)| *m == Method::POST && !t.starts_with("/admin")) {
        let path = fixture.path(template);
        let form =
            crate::helpers::FormSession { path: path.clone(), ..app.open_form(form_page(&path)).await };
        set.extend(cookies_set(&app.submit(&form, &[("message", "x")]).await));
    }
    let form = app.open_form("/es/support").await;
    let stored = app.submit(&form, &crate::helpers::support_fields("Galletas", "todas")).await;
    assert_eq!(stored.status(), 303);
    set.extend(cookies_set(&stored));
    set.extend(cookies_set(&app.get("/language/nl/about").await));
    for expected in ["lang", "form_id", "flash", "admin_session"] {
        assert!(set.contains(expected), "the walk saw {expected} set: {set:?}");
    }

    let rows = Selector::parse("table#cookie-list tbody tr").expect("selector");
    let cell = Selector::parse("th code, td").expect("selector");
    for lang in LANGS {
        let html = Html::parse_document(&app.page(&format!("/{lang}/privacy")).await);
        let listed: Vec<Vec<String>> = html
            .select(&rows)
            .map(|row| row.select(&cell).map(|c| c.text().collect::<String>().trim().to_owned()).collect())
            .collect();
        let names: BTreeSet<String> = listed.iter().map(|row| row[0].clone()).collect();
        let missing: Vec<_> = set.difference(&names).collect();
        assert!(missing.is_empty(), "/{lang}/privacy does not list {missing:?}");
        for row in &listed {
            assert_eq!(row.len(), 3, "name, purpose and lifetime: {row:?}");
            assert!(row.iter().all(|c| !c.is_empty()), "{row:?}");
        }
        // Without LANG_COOKIE_DAYS, the language cookie ends with the browser session,
        // and the page says so.
        let lang_row = listed.iter().find(|row| row[0] == "lang").expect("lang row");
        let l: latinas::i18n::Lang = lang.parse().expect("lang");
        assert_eq!(lang_row[2], l.t("cookie-lifetime-browser"), "{lang}");
    }
}

/// The back-office routes for someone signed out: the sign-in, and the fresh-start link.
fn signed_out(template: &str) -> bool {
    template == "/admin/login" || template.starts_with("/admin/fresh-start/")
}

/// Who this test expects in each back-office area, written apart from the route table so
/// that a route placed in the wrong area fails here: editors the content only,
/// coordinators the casework, administrators everything (accounts, the history and the note
/// that the data key was stored too);
/// each her own account.
fn expected_to_admit(role: Role, template: &str) -> bool {
    let area = template.trim_start_matches("/admin").trim_start_matches('/');
    let anyone = ["", "login", "logout", "events"].contains(&area)
        || area.starts_with("account")
        || area.starts_with("two-step");
    // An event's page in the editor (its registrations are casework).
    let event_editor =
        area.starts_with("events/") && !area.contains("/registrations") && !area.ends_with("/message");
    match role {
        Role::Admin => true,
        Role::Editor => anyone || area.starts_with("content") || event_editor,
        Role::Coordinator => {
            anyone
                || !event_editor
                    && !["content", "coordinators", "audit", "data-key-stored"]
                        .iter()
                        .any(|admins| area.starts_with(admins))
        }
    }
}

#[tokio::test]
async fn every_back_office_route_admits_exactly_the_roles_it_states() {
    let app = TestApp::spawn_with(&[("COORDINATOR_EMAILS", "coord@latinas.example")]).await;
    let fixture = fixture(&app).await;
    let hash = latinas::auth::hash_password(PASSWORD.into()).await.expect("hash");
    let routes: Vec<_> = route_access()
        .into_iter()
        .filter(|(_, template, _)| template.starts_with("/admin") && !signed_out(template))
        .collect();
    for role in Role::ALL.iter().copied() {
        let email = format!("{}@latinas.example", role.code());
        let mut db = app.state.db.write.acquire().await.expect("writer");
        latinas::db::coordinators::insert(&mut db, &email, role.code(), &hash, role).await.expect("account");
        drop(db);
        let browser = Browser::new(&app);
        let signed_in = browser.login(&email, PASSWORD).await;
        // Each role lands where its work is.
        let home = if role == Role::Editor { "/admin/content" } else { "/admin/mine" };
        assert_eq!(location(signed_in.headers()), home, "{role:?} signs in");
        let csrf = crate::helpers::csrf_in(&browser.page(home).await);
        // Sign-out last: it ends the session the others need.
        let mut walk = routes.clone();
        walk.sort_by_key(|(_, template, _)| *template == "/admin/logout");
        for (method, template, access) in walk {
            let access = access.unwrap_or_else(|| panic!("{method} {template} states no roles"));
            let admitted = expected_to_admit(role, template);
            assert_eq!(access.admits(role), admitted, "{method} {template}: the table for {role:?}");
            // The post changes nothing when admitted: no confirmation, no values, a
            // coordinator who does not exist.
            let path = fixture.path(template).replace(&fixture.other_coordinator.to_string(), "999999");
            let response = if method == Method::GET {
                browser.get(&path).await
            } else {
                browser.post(&path, &[("csrf", &csrf)]).await
            };
            let status = response.status().as_u16();
            if admitted {
                assert!(status != 403 && status < 500, "{role:?} {method} {template}: {status}");
            } else {
                assert_eq!(status, 403, "{role:?} {method} {template}");
            }
        }
    }
    // Nothing the walk posted changed a request or an account.
    let (requests, closed): (i64, i64) = sqlx::query_as("SELECT COUNT(*), COUNT(closed_at) FROM requests")
        .fetch_one(&app.state.db.read)
        .await
        .expect("counts");
    assert_eq!((requests, closed), (2, 0));
}

/// What a signed-in coordinator can open before her second step is set up, written apart
/// from the route table: signing out, and setting it up.
fn open_before_the_second_step(template: &str) -> bool {
    template == "/admin/logout" || template == "/admin/two-step"
}

#[tokio::test]
async fn before_her_second_step_every_back_office_route_but_setting_it_up_sends_her_there() {
    let app =
        TestApp::spawn_with(&[("COORDINATOR_EMAILS", "coord@latinas.example"), ("REQUIRE_TWO_STEP", "true")])
            .await;
    let fixture = fixture(&app).await;
    crate::admin::add_coordinator(&app, "admin@latinas.example", "Ada", true).await;
    let browser = Browser::new(&app);
    let signed_in = browser.login("admin@latinas.example", PASSWORD).await;
    assert_eq!(location(signed_in.headers()), "/admin/two-step");
    let csrf = crate::helpers::csrf_in(&browser.page("/admin/two-step").await);
    let mut walk: Vec<_> = route_access()
        .into_iter()
        .filter(|(_, template, _)| template.starts_with("/admin") && !signed_out(template))
        .collect();
    walk.sort_by_key(|(_, template, _)| *template == "/admin/logout");
    for (method, template, access) in walk {
        let open = open_before_the_second_step(template);
        assert_eq!(access == Some(Access::SettingUp), open, "{method} {template}: the table");
        let path = fixture.path(template).replace(&fixture.other_coordinator.to_string(), "999999");
        let response = if method == Method::GET {
            browser.get(&path).await
        } else {
            browser.post(&path, &[("csrf", &csrf), ("status", "closed"), ("confirm", "yes")]).await
        };
        let target = location(response.headers()).to_owned();
        if open {
            assert_ne!(target, "/admin/two-step", "{method} {template} is open");
            assert!(response.status().as_u16() < 500, "{method} {template}: {}", response.status());
        } else {
            assert_eq!(target, "/admin/two-step", "{method} {template}: {}", response.status());
        }
    }
    let changed: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM requests WHERE status != 'new'")
        .fetch_one(&app.state.db.read)
        .await
        .expect("count");
    assert_eq!(changed, 0, "nothing changed");
}
