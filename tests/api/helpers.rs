use std::collections::HashMap;

use std::path::{Path, PathBuf};

use latinas::config::Config;
use latinas::crypto::Keys;
use latinas::startup::Application;
use latinas::web::AppState;
use reqwest::header::HeaderMap;
use tempfile::TempDir;

pub const LANGS: [&str; 4] = ["es", "en", "nl", "fr"];

/// A running application on its own database in a temporary folder.
pub struct TestApp {
    pub base: String,
    pub state: AppState,
    /// Follows no redirects, so tests see them; keeps no cookies unless asked.
    pub client: reqwest::Client,
    pub dir: PathBuf,
    _tempdir: Option<TempDir>,
    server: tokio::task::JoinHandle<()>,
    stop: tokio::sync::oneshot::Sender<()>,
}

impl TestApp {
    pub async fn spawn() -> TestApp {
        TestApp::spawn_with(&[]).await
    }

    pub async fn spawn_with(vars: &[(&'static str, &str)]) -> TestApp {
        let tempdir = tempfile::tempdir().expect("temporary folder");
        let dir = tempdir.path().to_owned();
        let mut app = TestApp::spawn_in(&dir, vars).await;
        app._tempdir = Some(tempdir);
        app
    }

    /// Starts the application on the database in `dir` (a restart, if one ran there before).
    pub async fn spawn_in(dir: &Path, vars: &[(&'static str, &str)]) -> TestApp {
        let mut env: HashMap<&str, String> = HashMap::from([
            ("BIND_ADDR", "127.0.0.1:0".to_owned()),
            ("DATABASE_URL", format!("sqlite://{}", dir.join("site.db").display())),
            ("DATA_DIR", dir.display().to_string()),
            ("PUBLIC_URL", "http://localhost:3000".to_owned()),
            // Tests post as soon as they have the form; one test checks the minimum time.
            ("FORM_MIN_SECONDS", "0".to_owned()),
            ("MAIL_RETRY_BASE_MS", "200".to_owned()),
            ("MAIL_FROM", "noreply@latinas.example".to_owned()),
            // Accounts the tests make sign in with their password alone; the two-step
            // tests turn the second step back on (it is on by default).
            ("REQUIRE_TWO_STEP", "false".to_owned()),
        ]);
        for (name, value) in vars {
            env.insert(name, (*value).to_owned());
        }
        let config = Config::from_lookup(|name| env.get(name).cloned()).expect("valid test configuration");
        let app = Application::build(config).await.expect("application starts");
        let address = app.local_addr().expect("bound address");
        let state = app.state().clone();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(async move {
            app.run_until(async move {
                let _ = stopped.await;
            })
            .await
            .expect("server runs");
        });
        TestApp {
            base: format!("http://{address}"),
            state,
            client: client(),
            dir: dir.to_owned(),
            _tempdir: None,
            server,
            stop,
        }
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(format!("{}{path}", self.base)).send().await.expect("request sent")
    }

    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
        let mut request = self.client.get(format!("{}{path}", self.base));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        request.send().await.expect("request sent")
    }

    /// The page's HTML, asserting it answered 200.
    pub async fn page(&self, path: &str) -> String {
        let response = self.get(path).await;
        assert_eq!(response.status(), 200, "GET {path}");
        response.text().await.expect("body")
    }

    /// Shows a form and returns what a browser keeps: its token and the form cookie.
    pub async fn open_form(&self, path: &str) -> FormSession {
        let response = self.get(path).await;
        assert_eq!(response.status(), 200, "GET {path}");
        FormSession::from_response(path, response).await
    }

    /// Posts `fields` (URL-encoded) with the session's cookie and token.
    pub async fn submit(&self, form: &FormSession, fields: &[(&str, &str)]) -> reqwest::Response {
        let mut all: Vec<(&str, &str)> = vec![("token", form.token.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(&form.path, Some(&form.cookie), &encode(&all)).await
    }

    pub async fn post_raw(&self, path: &str, cookie: Option<&str>, body: &str) -> reqwest::Response {
        let mut request = self
            .client
            .post(format!("{}{path}", self.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body.to_owned());
        if let Some(cookie) = cookie {
            request = request.header("cookie", format!("form_id={cookie}"));
        }
        request.send().await.expect("request sent")
    }

    /// The reference a form's 303 answer carries (see [`reference_of`]).
    pub fn reference_of(&self, response: &reqwest::Response) -> String {
        reference_of(response.headers(), &self.state.keys)
    }

    /// The thank-you page a form's 303 leads to, opened as her browser would: with the
    /// cookie the 303 set. Returns the page's HTML.
    pub async fn follow_to_thanks(&self, response: &reqwest::Response) -> String {
        let thanks = location(response.headers());
        let pair = cookie_pair(response.headers(), "flash").expect("the 303 sets the flash cookie");
        let page = self.get_with(thanks, &[("cookie", &pair)]).await;
        assert_eq!(page.status(), 200, "GET {thanks}");
        assert_eq!(page.headers()["cache-control"], "no-store", "the reference is kept by no cache");
        let clear = set_cookie(page.headers(), "flash").expect("the page deletes the flash cookie");
        assert!(clear.contains("Max-Age=0"), "read once: {clear}");
        page.text().await.expect("body")
    }

    /// Stops serving as on SIGTERM, and waits until the server and its worker are done
    /// (the database stays).
    pub async fn stop(self) -> Option<TempDir> {
        let _ = self.stop.send(());
        // A panic while shutting down fails the test that restarts, never passes unseen.
        if let Err(error) = self.server.await {
            panic!("the server task failed: {error}");
        }
        self._tempdir
    }
}

pub fn client() -> reqwest::Client {
    reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("HTTP client")
}

pub fn location(headers: &HeaderMap) -> &str {
    headers.get("location").and_then(|v| v.to_str().ok()).unwrap_or("")
}

/// The `name=value` part of the cookie a response sets, to send it back.
pub fn cookie_pair(headers: &HeaderMap, name: &str) -> Option<String> {
    set_cookie(headers, name).map(|line| line.split(';').next().unwrap_or("").to_owned())
}

/// The reference a form's 303 answer carries, opened from its sealed flash cookie with the
/// server's `keys`: what the thank-you page would show. Asserts the neutral address.
pub fn reference_of(headers: &HeaderMap, keys: &Keys) -> String {
    let thanks = location(headers);
    assert!(thanks.ends_with("/thanks") && thanks.len() == "/xx/thanks".len(), "neutral address: {thanks}");
    let pair = cookie_pair(headers, "flash").expect("the 303 sets the flash cookie");
    let mut request = HeaderMap::new();
    request.insert("cookie", pair.parse().expect("header value"));
    latinas::web::cookies::flash(&request, keys).expect("a flash cookie of this server").reference
}

/// The keys of a server whose data folder is `dir`.
pub fn keys_in(dir: &Path) -> Keys {
    Keys::load(None, None, dir).expect("the server's key file")
}

/// The text of the reference shown on a thank-you page, if any.
pub fn reference_on(html: &str) -> Option<String> {
    let start = html.find("<p class=\"reference\">")? + "<p class=\"reference\">".len();
    Some(html[start..].split('<').next()?.trim().to_owned())
}

/// Every public GET page below a language prefix, with the seeded items.
pub fn public_paths() -> Vec<String> {
    let mut paths: Vec<String> = [
        "/",
        "/about",
        "/projects",
        "/activities",
        "/events",
        "/team",
        "/privacy",
        "/safety",
        "/orientation",
        "/support",
    ]
    .iter()
    .map(|p| (*p).to_owned())
    .collect();
    let seed = latinas::db::seed::embedded().expect("seed parses");
    for item in seed.item {
        let list = if item.kind == "activity" { "activities" } else { "projects" };
        paths.push(format!("/{list}/{}", item.slug));
    }
    paths
}

/// A form as a browser holds it after showing it.
#[derive(Debug, Clone)]
pub struct FormSession {
    pub path: String,
    pub cookie: String,
    pub token: String,
}

impl FormSession {
    /// The token and cookie of a form page's response.
    pub async fn from_response(path: &str, response: reqwest::Response) -> FormSession {
        let cookie = form_cookie(response.headers());
        let html = response.text().await.expect("body");
        FormSession { path: path.to_owned(), cookie, token: token_in(&html) }
    }
}

/// The whole `Set-Cookie` line that sets cookie `name`, if the response sets it.
pub fn set_cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|line| line.strip_prefix(name).is_some_and(|rest| rest.starts_with('=')))
}

/// The value of the form cookie a form page sets for a new visitor.
pub fn form_cookie(headers: &HeaderMap) -> String {
    let line = set_cookie(headers, "form_id").expect("the form sets its cookie");
    line["form_id=".len()..].split(';').next().unwrap_or("").to_owned()
}

/// The CSRF value of the back office's forms in a page.
pub fn csrf_in(html: &str) -> String {
    let start = html.find("name=\"csrf\" value=\"").expect("a csrf field") + 19;
    html[start..].split('"').next().expect("csrf value").to_owned()
}

/// The form token in a page.
pub fn token_in(html: &str) -> String {
    let start = html.find("name=\"token\" value=\"").expect("the page has a form token") + 20;
    html[start..].split('"').next().expect("token value").to_owned()
}

pub fn encode(fields: &[(&str, &str)]) -> String {
    let mut serializer = form_urlencoded::Serializer::new(String::new());
    for (name, value) in fields {
        serializer.append_pair(name, value);
    }
    serializer.finish()
}

/// The fields of a complete offer of support, with `name` and `message` as given.
pub fn support_fields<'a>(name: &'a str, message: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", name),
        ("email", "helper@example.org"),
        ("help", "volunteer"),
        ("languages", "es"),
        ("region", "namur"),
        ("availability", name),
        ("message", message),
        ("consent", "yes"),
    ]
}

/// A port nothing listens on yet.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("address").port()
}

/// The real binary as its own process, as in production.
pub struct BinaryServer {
    pub child: std::process::Child,
    pub base: String,
    dir: PathBuf,
}

impl BinaryServer {
    /// Starts `latinas serve` on `port`, its database and data in `dir`, with `vars` on top
    /// of the test defaults; what it logs goes to `log` (appended), or nowhere.
    pub fn start(dir: &Path, port: u16, vars: &[(&str, &str)], log: Option<&Path>) -> BinaryServer {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_latinas"));
        command
            .env("BIND_ADDR", format!("127.0.0.1:{port}"))
            .env("DATABASE_URL", format!("sqlite://{}", dir.join("site.db").display()))
            .env("DATA_DIR", dir)
            .env("FORM_MIN_SECONDS", "0")
            .env("FORM_RATE_LIMIT", "0")
            .env("MAIL_RETRY_BASE_MS", "200")
            .env("REQUIRE_TWO_STEP", "false")
            .env("RUST_LOG", "warn")
            .stdout(std::process::Stdio::null());
        for (name, value) in vars {
            command.env(name, value);
        }
        match log {
            Some(path) => {
                let file =
                    std::fs::OpenOptions::new().create(true).append(true).open(path).expect("log file");
                command.stderr(file);
            }
            None => {
                command.stderr(std::process::Stdio::null());
            }
        }
        let child = command.spawn().expect("latinas starts");
        BinaryServer { child, base: format!("http://127.0.0.1:{port}"), dir: dir.to_owned() }
    }

    /// Waits until `/readyz` answers 200.
    pub async fn wait_ready(&self) {
        let start = std::time::Instant::now();
        let client = reqwest::Client::new();
        while client
            .get(format!("{}/readyz", self.base))
            .send()
            .await
            .map(|r| r.status() != 200)
            .unwrap_or(true)
        {
            assert!(start.elapsed() < std::time::Duration::from_secs(20), "the server starts");
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }

    /// Its keys (from its data folder, once it has started).
    pub fn keys(&self) -> Keys {
        keys_in(&self.dir)
    }

    /// The reference a form's 303 answer carries (see [`reference_of`]).
    pub fn reference_of(&self, response: &reqwest::Response) -> String {
        reference_of(response.headers(), &self.keys())
    }

    /// Shows the form at `path` as a new visitor.
    pub async fn open_form(&self, client: &reqwest::Client, path: &str) -> FormSession {
        let response = client.get(format!("{}{path}", self.base)).send().await.expect("form");
        assert_eq!(response.status(), 200, "GET {path}");
        FormSession::from_response(path, response).await
    }

    /// Posts `fields` with the form's token and cookie.
    pub async fn submit(
        &self,
        client: &reqwest::Client,
        form: &FormSession,
        fields: &[(&str, &str)],
    ) -> reqwest::Response {
        post_form(client, &self.base, form, fields).await
    }

    /// Stops it as a service manager would (SIGTERM), and waits.
    pub fn stop(mut self) {
        let _ = std::process::Command::new("kill").arg(self.child.id().to_string()).status();
        let _ = self.child.wait();
    }

    /// Kills it (SIGKILL), as a crash or the OOM killer would.
    pub fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for BinaryServer {
    fn drop(&mut self) {
        // A failed assertion must not leave the process behind.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Posts `fields` to the form at `base`, with its token and cookie.
pub async fn post_form(
    client: &reqwest::Client,
    base: &str,
    form: &FormSession,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    post_form_with_headers(client, base, form, fields, &[]).await
}

/// [`post_form`] with more request headers (an `Origin`, an `X-Forwarded-For`).
pub async fn post_form_with_headers(
    client: &reqwest::Client,
    base: &str,
    form: &FormSession,
    fields: &[(&str, &str)],
    headers: &[(&str, &str)],
) -> reqwest::Response {
    let mut all: Vec<(&str, &str)> = vec![("token", form.token.as_str())];
    all.extend_from_slice(fields);
    let mut request = client
        .post(format!("{base}{}", form.path))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", format!("form_id={}", form.cookie));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.body(encode(&all)).send().await.expect("answered")
}
