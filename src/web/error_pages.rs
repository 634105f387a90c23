//! Error pages: any client or server error without a body of its own is shown as a page
//! in the visitor's language, with the site's navigation.

use askama::Template;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::compressed::CachePolicy;
use crate::error::{AppError, ErrorPage};
use crate::i18n::Lang;
use crate::web::AppState;
use crate::web::layout::Layout;
use crate::web::pages::ErrorPageTemplate;
use crate::web::site::negotiated_lang;

/// What a panicking handler answers: a bare 500, which [`render_error_pages`] turns into
/// the localized page. The panic's own message goes to standard error through the panic
/// hook; it is not repeated here, since it may quote a value from the request.
pub fn panicked(_payload: Box<dyn std::any::Any + Send + 'static>) -> Response {
    tracing::error!("a request handler panicked: answered 500");
    axum::http::StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

/// Router fallback: nothing here.
pub async fn not_found() -> AppError {
    AppError::NotFound
}

/// Middleware that renders error responses as localized pages.
pub async fn render_error_pages(State(state): State<AppState>, request: Request, next: Next) -> Response {
    // What the page's language is chosen from, kept for the rare error: negotiating it
    // for every request would cost every request.
    let path_lang = Lang::from_path(request.uri().path());
    let language_headers = path_lang.is_none().then(|| language_headers(request.headers()));
    let response = next.run(request).await;
    let status = response.status();
    let marked = response.extensions().get::<ErrorPage>().is_some();
    let bodyless_error = (status.is_client_error() || status.is_server_error())
        && !response.headers().contains_key(header::CONTENT_TYPE);
    // Answers of layers and extractors that come as plain text: shown as pages too.
    let layer_error = matches!(status.as_u16(), 405 | 408 | 413);
    if !(marked || bodyless_error || layer_error) {
        return response;
    }
    let lang = path_lang
        .or_else(|| language_headers.map(|headers| negotiated_lang(&headers)))
        .unwrap_or(Lang::DEFAULT);
    let (mut parts, _) = response.into_parts();
    let html = error_page(&state, lang, status);
    parts.headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    // An error page may name what she asked for: kept by no cache.
    parts.headers.insert(header::CACHE_CONTROL, CachePolicy::NoStore.header_value());
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(html))
}

/// The request headers the language of a page is negotiated from.
fn language_headers(headers: &HeaderMap) -> HeaderMap {
    let mut kept = HeaderMap::new();
    for name in [header::ACCEPT_LANGUAGE, header::COOKIE] {
        for value in headers.get_all(&name) {
            kept.append(name.clone(), value.clone());
        }
    }
    kept
}

/// The localized page for an error status.
pub fn error_page(state: &AppState, lang: Lang, status: StatusCode) -> String {
    let key = match status.as_u16() {
        404 => "not-found",
        405 => "method-not-allowed",
        413 => "too-large",
        429 => "too-many-requests",
        400..=499 => "bad-request",
        503 => "unavailable",
        _ => "server-error",
    };
    let l = Layout::new(&state.site, lang, "/", lang.t(&format!("error-{key}-title")), String::new())
        .not_indexed();
    let page = ErrorPageTemplate { message: lang.t(&format!("error-{key}-text")), l };
    page.render().unwrap_or_else(|_| status.canonical_reason().unwrap_or("Error").to_owned())
}
