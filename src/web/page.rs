//! A page: a template rendered into a response with its status and its cache policy.
//! Handlers return a `Page` (or a response carrying a [`CachePolicy`]); none writes a
//! `Cache-Control` header itself, and the router's [`cache_policy`] layer gives every
//! response that says nothing `no-store`.

use askama::Template;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};

use crate::compressed::CachePolicy;
use crate::error::AppError;

pub struct Page<T> {
    template: T,
    status: StatusCode,
    cache: CachePolicy,
}

impl<T: Template> Page<T> {
    /// A page answered 200 and kept by no cache.
    pub fn new(template: T) -> Page<T> {
        Page { template, status: StatusCode::OK, cache: CachePolicy::NoStore }
    }

    pub fn status(mut self, status: StatusCode) -> Page<T> {
        self.status = status;
        self
    }
}

impl<T: Template> IntoResponse for Page<T> {
    fn into_response(self) -> Response {
        match self.template.render() {
            Ok(html) => with_policy((self.status, Html(html)).into_response(), self.cache),
            Err(error) => AppError::from(error).into_response(),
        }
    }
}

/// A download: `response` with its type and the `Content-Disposition` that saves it as a
/// file (`attachment; filename="…"`).
pub fn attachment(mut response: Response, content_type: &'static str, disposition: &'static str) -> Response {
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CONTENT_DISPOSITION, HeaderValue::from_static(disposition));
    response
}

/// Marks `response` with how it may be cached.
pub fn with_policy(mut response: Response, policy: CachePolicy) -> Response {
    response.extensions_mut().insert(policy);
    response
}

/// The router's layer: writes each response's cache policy, `no-store` unless it carries
/// another (bodies prepared once, such as cached pages and static files, already wrote
/// theirs).
pub async fn cache_policy(mut response: Response) -> Response {
    if !response.headers().contains_key(header::CACHE_CONTROL) {
        let policy = response.extensions().get::<CachePolicy>().copied().unwrap_or(CachePolicy::NoStore);
        response.headers_mut().insert(header::CACHE_CONTROL, policy.header_value());
    }
    response
}
