use std::collections::HashMap;

use std::path::{Path, PathBuf};

use latinas::config::Config;
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
        ]);
        for (name, value) in vars {
            env.insert(name, (*value).to_owned());
        }
        let config = Config::from_lookup(|name| env.get(name).cloned()).expect("valid test configuration");
        let app = Application::build(config).await.expect("application starts");
        let address = app.local_addr().expect("bound address");
        let state = app.state().clone();
        let server = tokio::spawn(async move {
            app.run_until_stopped().await.expect("server runs");
        });
        TestApp {
            base: format!("http://{address}"),
            state,
            client: client(),
            dir: dir.to_owned(),
            _tempdir: None,
            server,
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

    /// Stops serving, as a process stop would (the database stays).
    pub fn stop(self) -> Option<TempDir> {
        self.server.abort();
        self._tempdir
    }
}

pub fn client() -> reqwest::Client {
    reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("HTTP client")
}

pub fn location(headers: &HeaderMap) -> &str {
    headers.get("location").and_then(|v| v.to_str().ok()).unwrap_or("")
}

/// Every public GET page below a language prefix, with the seeded items.
pub fn public_paths() -> Vec<String> {
    let mut paths: Vec<String> = [
        "/",
        "/about",
        "/projects",
        "/activities",
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
