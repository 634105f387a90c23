//! Static files, embedded in the binary, compressed once at start-up and served under
//! content-hashed URLs so browsers may keep them forever.

use std::collections::HashMap;

use crate::compressed::{CachePolicy, CompressedBody};

/// `(name, content type, bytes)` of every file under `static/`.
const FILES: &[(&str, &str, &[u8])] = &[
    ("style.css", "text/css; charset=utf-8", include_bytes!("../static/style.css")),
    ("site.js", "text/javascript; charset=utf-8", include_bytes!("../static/site.js")),
    ("icon.svg", "image/svg+xml", include_bytes!("../static/icon.svg")),
];

/// The fingerprinted URLs templates link to.
#[derive(Debug, Clone)]
pub struct AssetUrls {
    pub css: String,
    pub js: String,
    pub icon: String,
}

#[derive(Debug)]
pub struct Assets {
    by_url: HashMap<String, CompressedBody>,
    pub urls: AssetUrls,
}

impl Assets {
    pub fn load() -> Assets {
        let mut by_url = HashMap::new();
        let mut url_of = HashMap::new();
        for (name, content_type, bytes) in FILES {
            let body = CompressedBody::new(*bytes, content_type, CachePolicy::Immutable);
            let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
            let url = format!("/static/{stem}.{}.{ext}", &body.digest()[..12]);
            url_of.insert(*name, url.clone());
            by_url.insert(url, body);
        }
        let url = |name: &str| url_of.get(name).cloned().unwrap_or_default();
        let urls = AssetUrls { css: url("style.css"), js: url("site.js"), icon: url("icon.svg") };
        Assets { by_url, urls }
    }

    pub fn get(&self, path: &str) -> Option<&CompressedBody> {
        self.by_url.get(path)
    }
}
