//! Every cookie the site sets and reads, built and parsed in one place (the `cookie`
//! crate does the formatting). The back-office session cookie is tower-sessions' own,
//! configured in `web::admin`.

use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::Response;
use cookie::{Cookie, SameSite};

use crate::crypto::random_token;
use crate::i18n::Lang;

/// The cookie a form's token is bound to: a random value and nothing else, kept only
/// until the browser closes.
pub const FORM_COOKIE: &str = "form_id";
/// The language she chose with the switcher, for a year.
pub const LANG_COOKIE: &str = "lang";

/// The value of cookie `name` in the request, if it carries one.
fn read(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|cookie| cookie.name() == name)
        .map(|cookie| cookie.value().to_owned())
}

/// Adds `cookie` to the response's `Set-Cookie` headers.
fn set(response: &mut Response, cookie: &Cookie<'_>) {
    if let Ok(value) = HeaderValue::from_str(&cookie.to_string()) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
}

/// The visitor's form cookie, if the request carries a well-formed one.
pub fn form_cookie(headers: &HeaderMap) -> Option<String> {
    read(headers, FORM_COOKIE).filter(|value| (16..=64).contains(&value.len()))
}

/// The form cookie of a visitor who is shown a form: hers, or a new one.
pub struct FormCookie {
    pub value: String,
    is_new: bool,
}

impl FormCookie {
    pub fn of(headers: &HeaderMap) -> FormCookie {
        match form_cookie(headers) {
            Some(value) => FormCookie { value, is_new: false },
            None => FormCookie { value: random_token(), is_new: true },
        }
    }

    /// Sets the cookie on `response` when it is new.
    pub fn set_on(&self, response: &mut Response, secure: bool) {
        if self.is_new {
            let cookie = Cookie::build((FORM_COOKIE, self.value.as_str()))
                .path("/")
                .http_only(true)
                .same_site(SameSite::Strict)
                .secure(secure);
            set(response, &cookie.build());
        }
    }
}

/// The language cookie's value, if any.
pub fn lang_cookie(headers: &HeaderMap) -> Option<String> {
    read(headers, LANG_COOKIE)
}

/// Remembers `lang` as her choice.
pub fn set_lang_cookie(response: &mut Response, lang: Lang, secure: bool) {
    let cookie = Cookie::build((LANG_COOKIE, lang.code()))
        .path("/")
        .max_age(cookie::time::Duration::days(365))
        .same_site(SameSite::Lax)
        .http_only(true)
        .secure(secure);
    set(response, &cookie.build());
}
