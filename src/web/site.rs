//! Site-wide routes that are not pages: language negotiation, the language switcher,
//! static files, the sitemap, robots.txt and health checks.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

use crate::compressed::CachePolicy;
use crate::db::content;
use crate::error::{AppError, Result};
use crate::i18n::Lang;
use crate::web::AppState;
use crate::web::cookies;
use crate::web::page::with_policy;

/// The paths below the language prefix of every fixed public page.
pub const FIXED_PAGES: [&str; 10] = [
    "/",
    "/about",
    "/projects",
    "/activities",
    "/events",
    "/team",
    "/orientation",
    "/support",
    "/privacy",
    "/safety",
];

/// The visitor's best language from her cookie and browser.
pub fn negotiated_lang(headers: &HeaderMap) -> Lang {
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    Lang::negotiate(cookies::lang_cookie(headers).as_deref(), accept)
}

/// `GET /`: to the home page in the visitor's language.
pub async fn root(headers: HeaderMap) -> Response {
    let lang = negotiated_lang(&headers);
    let mut response = Redirect::to(&format!("/{lang}/")).into_response();
    response.headers_mut().insert(header::VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    with_policy(response, CachePolicy::PrivateRevalidate)
}

/// `GET /{lang}`: the home page lives at `/{lang}/`.
pub async fn lang_root(lang: Lang) -> Redirect {
    Redirect::permanent(&format!("/{lang}/"))
}

/// `GET /language/{lang}/{*path}`: the language switcher. Remembers the choice in the
/// `lang` cookie, then shows the same page in that language.
pub async fn switch_language(
    State(state): State<AppState>,
    Path(params): Path<Vec<(String, String)>>,
) -> Result<Response> {
    let mut lang = None;
    let mut rest = String::new();
    for (name, value) in params {
        match name.as_str() {
            "lang" => lang = value.parse::<Lang>().ok(),
            "path" => rest = value,
            _ => {}
        }
    }
    let lang = lang.ok_or(AppError::NotFound)?;
    // Only a path of this site: never `//elsewhere` or a scheme.
    let rest = rest.trim_start_matches('/');
    if rest.contains("//") || rest.contains('\\') || rest.chars().any(char::is_control) {
        return Err(AppError::NotFound);
    }
    // The back office has no language prefix: the cookie alone sets its language.
    let target = if rest == "admin" || rest.starts_with("admin/") {
        format!("/{rest}")
    } else {
        format!("/{lang}/{rest}")
    };
    let mut response = Redirect::to(&target).into_response();
    cookies::set_lang_cookie(&mut response, lang, &state.config);
    Ok(response)
}

/// `GET /static/{file}`: fingerprinted, precompressed, cached forever.
pub async fn static_file(
    State(state): State<AppState>,
    headers: HeaderMap,
    uri: axum::http::Uri,
) -> Result<Response> {
    let asset = state.assets.get(uri.path()).ok_or(AppError::NotFound)?;
    Ok(asset.respond(&headers))
}

pub async fn healthz() -> &'static str {
    "ok\n"
}

pub async fn readyz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    if !state.db.can_read().await {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n")
    } else if !state.db.can_write().await {
        (StatusCode::SERVICE_UNAVAILABLE, "database cannot write\n")
    } else {
        (StatusCode::OK, "ready\n")
    }
}

pub async fn robots(State(state): State<AppState>) -> Response {
    let body = format!(
        "User-agent: *\nDisallow: /admin\nDisallow: /language/\nAllow: /\n\nSitemap: {}/sitemap.xml\n",
        state.config.public_url
    );
    let response = ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], body).into_response();
    with_policy(response, CachePolicy::Revalidate)
}

#[derive(Template)]
#[template(path = "sitemap.xml", escape = "html")]
struct Sitemap<'a> {
    base: &'a str,
    paths: Vec<String>,
}

impl Sitemap<'_> {
    fn langs(&self) -> [Lang; 4] {
        Lang::ALL
    }
    fn default_lang(&self) -> Lang {
        Lang::DEFAULT
    }
}

/// `GET /sitemap.xml`: every public page in every language, with its alternates.
pub async fn sitemap(State(state): State<AppState>) -> Result<Response> {
    let mut paths: Vec<String> = FIXED_PAGES.iter().map(|p| (*p).to_owned()).collect();
    for (kind, slug) in content::published_slugs(&state.db.read).await? {
        let list = kind.list_path();
        paths.push(format!("/{list}/{slug}"));
    }
    for slug in crate::db::events::published_slugs(&state.db.read).await? {
        paths.push(format!("/events/{slug}"));
    }
    let xml = Sitemap { base: &state.config.public_url, paths }.render()?;
    let response = ([(header::CONTENT_TYPE, "application/xml; charset=utf-8")], xml).into_response();
    Ok(with_policy(response, CachePolicy::Revalidate))
}
