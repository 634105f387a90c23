//! Layers point one way: the lower modules never import the web layer or start-up, and
//! the use cases know nothing of HTTP. Read from the source itself, so a new `use` that
//! breaks the rule fails here.

use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("source folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            files.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// The lines of `file` that mention any of `forbidden`, outside comments.
fn offending(file: &Path, forbidden: &[&str]) -> Vec<String> {
    std::fs::read_to_string(file)
        .expect("readable")
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .filter(|line| forbidden.iter().any(|word| line.contains(word)))
        .map(|line| format!("{}: {}", file.display(), line.trim()))
        .collect()
}

#[test]
fn lower_layers_never_import_the_web_layer_or_start_up() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut lower = Vec::new();
    for folder in ["app", "db", "domain", "mail"] {
        lower.extend(sources(&src.join(folder)));
    }
    for file in [
        "assets.rs",
        "auth.rs",
        "clock.rs",
        "compressed.rs",
        "config.rs",
        "crypto.rs",
        "i18n.rs",
        "local_time.rs",
        "markdown.rs",
    ] {
        lower.push(src.join(file));
    }
    assert!(lower.len() > 20, "found the sources: {}", lower.len());
    let found: Vec<String> = lower
        .iter()
        .flat_map(|file| offending(file, &["crate::web", "crate::startup", "crate::server"]))
        .collect();
    assert!(found.is_empty(), "imports that run back up the layers:\n{}", found.join("\n"));
}

#[test]
fn use_cases_know_nothing_of_http() {
    let app = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app");
    let found: Vec<String> =
        sources(&app).iter().flat_map(|file| offending(file, &["axum", "HeaderMap", "StatusCode"])).collect();
    assert!(found.is_empty(), "HTTP in the use cases:\n{}", found.join("\n"));
}
