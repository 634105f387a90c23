//! Every UI string a template or handler asks for exists in all four languages.

use std::collections::BTreeSet;
use std::path::Path;

use fluent_syntax::ast::Entry;

use crate::helpers::LANGS;

fn locale_keys(lang: &str) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(lang);
    for file in std::fs::read_dir(&folder).expect("locale folder") {
        let path = file.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("ftl file");
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                assert!(keys.insert(message.id.name.to_owned()), "{lang}: {} defined twice", message.id.name);
            }
        }
    }
    keys
}

/// Keys written literally as `.t("key")` or `.t_args("key"` in templates and sources.
fn used_literal_keys() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut keys = BTreeSet::new();
    let mut stack = vec![root.join("templates"), root.join("src")];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).expect("folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text: String = std::fs::read_to_string(&path)
                .unwrap_or_default()
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            // `.t("key")`, and in Rust the keys passed around as values before a `.t` reads
            // them: form errors, field labels, the navigation, the editor's field names.
            let is_rust = path.extension().is_some_and(|e| e == "rs");
            for marker in [".t(\"", ".t_args(\"", "\"error-", "\"field-", "\"nav-", "\"admin-field-"] {
                let value_prefix = marker.strip_prefix('"');
                if value_prefix.is_some() && !is_rust {
                    continue;
                }
                let prefix = value_prefix.unwrap_or("");
                for (start, _) in text.match_indices(marker) {
                    let rest = &text[start + marker.len()..];
                    let key: String =
                        rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
                    if rest[key.len()..].starts_with('"') && !key.is_empty() {
                        keys.insert(format!("{prefix}{key}"));
                    }
                }
            }
        }
    }
    keys
}

/// Keys built at run time from a fixed list (page titles, error pages).
fn computed_keys() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for page in
        ["home", "about", "projects", "activities", "team", "privacy", "safety", "orientation", "support"]
    {
        keys.insert(format!("page-{page}-title"));
        keys.insert(format!("page-{page}-description"));
    }
    for error in [
        "not-found",
        "method-not-allowed",
        "too-large",
        "too-many-requests",
        "bad-request",
        "server-error",
        "unavailable",
    ] {
        keys.insert(format!("error-{error}-title"));
        keys.insert(format!("error-{error}-text"));
    }
    for form in ["orientation", "support"] {
        keys.insert(format!("thanks-{form}-received"));
        keys.insert(format!("thanks-{form}-next"));
    }
    for month in 1..=12 {
        keys.insert(format!("month-short-{month}"));
    }
    for column in ["reference", "kind", "status", "subjects", "region", "language", "assigned", "created"] {
        keys.insert(format!("admin-col-{column}"));
    }
    // What each cookie is for, from the list the privacy page shows.
    keys.extend(latinas::web::cookies::SiteCookie::ALL.iter().map(|c| c.purpose_key().to_owned()));
    // Every value of every vocabulary, from the types themselves.
    keys.extend(latinas::domain::vocab::all_label_keys().iter().map(|k| (*k).to_owned()));
    keys
}

#[test]
fn every_locale_has_the_same_keys() {
    let spanish = locale_keys("es");
    for lang in LANGS {
        let keys = locale_keys(lang);
        let missing: Vec<_> = spanish.difference(&keys).collect();
        let extra: Vec<_> = keys.difference(&spanish).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{lang}: missing {missing:?}, extra {extra:?}");
    }
}

#[test]
fn every_key_used_exists_in_every_locale() {
    let used: BTreeSet<String> = used_literal_keys().union(&computed_keys()).cloned().collect();
    assert!(used.len() > 40, "found the keys in use: {}", used.len());
    for lang in LANGS {
        let keys = locale_keys(lang);
        let missing: Vec<_> = used.difference(&keys).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
    }
}
