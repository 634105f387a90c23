//! What stands between a form and the database: a CSRF token bound to a cookie (signed
//! double submit), a minimum time between showing and sending the form, and the
//! idempotency key that makes a second submission find the first.

use axum::http::{HeaderMap, header};

use crate::clock::now_seconds;
use crate::crypto::{Keys, random_token};

/// A form older than this is refused (and shown again with a fresh token).
const MAX_AGE_SECONDS: u64 = 24 * 60 * 60;
const PURPOSE: &str = "form-token";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GuardError {
    /// Missing, forged, for another form, expired, or sent from another site.
    Invalid,
    /// Sent faster than a person can fill it in.
    TooFast,
}

/// The token for a form named `form`, bound to the visitor's cookie value.
pub fn issue(keys: &Keys, form: &str, cookie: &str) -> String {
    issue_at(keys, form, cookie, now_seconds())
}

fn issue_at(keys: &Keys, form: &str, cookie: &str, issued: u64) -> String {
    let nonce = random_token();
    let tag = keys.sign(PURPOSE, format!("{cookie}|{form}|{issued}|{nonce}").as_bytes());
    format!("{issued}.{nonce}.{tag}")
}

/// Checks a submitted token; on success returns its nonce, the submission's idempotency key.
pub fn check(
    keys: &Keys,
    form: &str,
    cookie: Option<&str>,
    token: &str,
    min_seconds: u64,
) -> Result<String, GuardError> {
    let cookie = cookie.ok_or(GuardError::Invalid)?;
    let mut parts = token.splitn(3, '.');
    let (Some(issued), Some(nonce), Some(tag)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(GuardError::Invalid);
    };
    if !keys.verify(PURPOSE, format!("{cookie}|{form}|{issued}|{nonce}").as_bytes(), tag) {
        return Err(GuardError::Invalid);
    }
    let issued: u64 = issued.parse().map_err(|_| GuardError::Invalid)?;
    let age = now_seconds().saturating_sub(issued);
    if age > MAX_AGE_SECONDS {
        return Err(GuardError::Invalid);
    }
    if age < min_seconds {
        return Err(GuardError::TooFast);
    }
    Ok(nonce.to_owned())
}

/// Whether the browser says the post comes from another site: by `Sec-Fetch-Site` when
/// it sends one, else by `Origin`. Under `Referrer-Policy: no-referrer` browsers send
/// `Origin: null` even for our own forms, so `null` decides nothing; the token still must match.
pub fn is_cross_site(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return !matches!(site, "same-origin" | "none");
    }
    let origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    match (origin, host) {
        (Some("null") | None, _) => false,
        (Some(origin), Some(host)) => origin.split("://").nth(1) != Some(host),
        (Some(_), None) => true,
    }
}

/// Whether the body is sent as an HTML form sends it (`application/x-www-form-urlencoded`).
pub fn is_form_encoded(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim_start().to_ascii_lowercase().starts_with("application/x-www-form-urlencoded"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_is_valid_for_its_cookie_and_form_only() {
        let keys = Keys::random();
        let token = issue_at(&keys, "orientation", "cookie-value-123456", now_seconds() - 10);
        let nonce = check(&keys, "orientation", Some("cookie-value-123456"), &token, 2).expect("valid");
        assert!(token.contains(&nonce));
        assert_eq!(check(&keys, "support", Some("cookie-value-123456"), &token, 2), Err(GuardError::Invalid));
        assert_eq!(
            check(&keys, "orientation", Some("another-cookie-12345"), &token, 2),
            Err(GuardError::Invalid)
        );
        assert_eq!(check(&keys, "orientation", None, &token, 2), Err(GuardError::Invalid));
        assert_eq!(
            check(&keys, "orientation", Some("cookie-value-123456"), "garbage", 2),
            Err(GuardError::Invalid)
        );
    }

    #[test]
    fn a_token_is_refused_too_early_and_too_late() {
        let keys = Keys::random();
        let fresh = issue(&keys, "support", "cookie-value-123456");
        assert_eq!(check(&keys, "support", Some("cookie-value-123456"), &fresh, 3), Err(GuardError::TooFast));
        let old = issue_at(&keys, "support", "cookie-value-123456", now_seconds() - MAX_AGE_SECONDS - 1);
        assert_eq!(check(&keys, "support", Some("cookie-value-123456"), &old, 3), Err(GuardError::Invalid));
    }

    #[test]
    fn cross_site_posts_are_recognised() {
        let mut headers = HeaderMap::new();
        headers.insert(header::HOST, "example.org".parse().expect("header"));
        assert!(!is_cross_site(&headers), "no origin: an older browser or a tool");
        headers.insert(header::ORIGIN, "https://example.org".parse().expect("header"));
        assert!(!is_cross_site(&headers));
        headers.insert(header::ORIGIN, "https://evil.example".parse().expect("header"));
        assert!(is_cross_site(&headers));
        headers.insert(header::ORIGIN, "null".parse().expect("header"));
        assert!(!is_cross_site(&headers), "our own form under no-referrer");
        let mut headers = HeaderMap::new();
        headers.insert("sec-fetch-site", "cross-site".parse().expect("header"));
        headers.insert(header::ORIGIN, "null".parse().expect("header"));
        assert!(is_cross_site(&headers));
        headers.insert("sec-fetch-site", "same-origin".parse().expect("header"));
        assert!(!is_cross_site(&headers));
    }
}
