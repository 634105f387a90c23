//! Every cookie the site sets and reads, built and parsed in one place (the `cookie`
//! crate does the formatting). The back-office session cookie is tower-sessions' own,
//! configured in `web::admin` with the name declared here.
//!
//! [`SiteCookie::ALL`] is the list the privacy page shows: a cookie that is not in it
//! cannot be named here, and a test compares the cookies the server sets with the page.

use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::Response;
use cookie::{Cookie, SameSite};

use crate::clock::now_seconds;
use crate::config::Config;
use crate::crypto::{Keys, random_token};
use crate::domain::vocab::RequestKind;
use crate::i18n::Lang;

/// The cookie a form's token is bound to: a random value and nothing else, kept only
/// until the browser closes.
pub const FORM_COOKIE: &str = "form_id";
/// The language she chose with the switcher.
pub const LANG_COOKIE: &str = "lang";
/// Her reference, sealed, from the form she sent to the thank-you page that shows it once.
pub const FLASH_COOKIE: &str = "flash";
/// A coordinator's back-office session (tower-sessions).
pub const SESSION_COOKIE: &str = "admin_session";
/// How long the thank-you page can still show her reference.
const FLASH_MINUTES: u64 = 10;

/// Every cookie the site can set, for the privacy page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SiteCookie {
    Lang,
    Form,
    Flash,
    Session,
}

/// How long a cookie stays in the browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lifetime {
    /// Until the browser closes.
    BrowserSession,
    Minutes(u64),
    Days(u32),
    /// Until sign-out, and at most this many hours.
    SignIn {
        hours: u64,
    },
}

impl SiteCookie {
    pub const ALL: [SiteCookie; 4] =
        [SiteCookie::Lang, SiteCookie::Form, SiteCookie::Flash, SiteCookie::Session];

    pub fn name(self) -> &'static str {
        match self {
            SiteCookie::Lang => LANG_COOKIE,
            SiteCookie::Form => FORM_COOKIE,
            SiteCookie::Flash => FLASH_COOKIE,
            SiteCookie::Session => SESSION_COOKIE,
        }
    }

    /// The Fluent key of what it is for.
    pub fn purpose_key(self) -> &'static str {
        match self {
            SiteCookie::Lang => "cookie-lang-purpose",
            SiteCookie::Form => "cookie-form-purpose",
            SiteCookie::Flash => "cookie-flash-purpose",
            SiteCookie::Session => "cookie-session-purpose",
        }
    }

    pub fn lifetime(self, config: &Config) -> Lifetime {
        match self {
            SiteCookie::Lang if config.lang_cookie_days == 0 => Lifetime::BrowserSession,
            SiteCookie::Lang => Lifetime::Days(config.lang_cookie_days),
            SiteCookie::Form => Lifetime::BrowserSession,
            SiteCookie::Flash => Lifetime::Minutes(FLASH_MINUTES),
            SiteCookie::Session => Lifetime::SignIn { hours: config.session_max.as_secs().div_ceil(3600) },
        }
    }
}

impl Lifetime {
    /// The lifetime in words, in `lang`.
    pub fn describe(self, lang: Lang) -> String {
        match self {
            Lifetime::BrowserSession => lang.t("cookie-lifetime-browser"),
            Lifetime::Minutes(minutes) => {
                lang.t_args("cookie-lifetime-minutes", &[("minutes", minutes.into())])
            }
            Lifetime::Days(days) => lang.t_args("cookie-lifetime-days", &[("days", days.into())]),
            Lifetime::SignIn { hours } => lang.t_args("cookie-lifetime-sign-in", &[("hours", hours.into())]),
        }
    }
}

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

/// Remembers `lang` as her choice, for as long as `LANG_COOKIE_DAYS` says.
pub fn set_lang_cookie(response: &mut Response, lang: Lang, config: &Config) {
    let mut cookie = Cookie::build((LANG_COOKIE, lang.code()))
        .path("/")
        .same_site(SameSite::Lax)
        .http_only(true)
        .secure(config.is_https());
    if let Lifetime::Days(days) = SiteCookie::Lang.lifetime(config) {
        cookie = cookie.max_age(cookie::time::Duration::days(days.into()));
    }
    set(response, &cookie.build());
}

/// What the thank-you page shows once: which form she sent and its reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flash {
    pub kind: RequestKind,
    pub reference: String,
}

/// Sets the flash cookie: `flash` sealed with an expiry, so that it can be neither read
/// on her device nor forged, and is worthless after a few minutes.
pub fn set_flash(response: &mut Response, keys: &Keys, flash: &Flash, secure: bool) {
    let expires = now_seconds() + FLASH_MINUTES * 60;
    let sealed = keys.seal(format!("{}:{}:{expires}", flash.kind, flash.reference).as_bytes());
    let cookie = Cookie::build((FLASH_COOKIE, sealed))
        .path("/")
        .max_age(cookie::time::Duration::minutes(FLASH_MINUTES.try_into().unwrap_or(i64::MAX)))
        .same_site(SameSite::Lax)
        .http_only(true)
        .secure(secure);
    set(response, &cookie.build());
}

/// The flash the request carries, if it is ours and not expired.
pub fn flash(headers: &HeaderMap, keys: &Keys) -> Option<Flash> {
    let opened = keys.open(&read(headers, FLASH_COOKIE)?).ok()?;
    let opened = String::from_utf8(opened).ok()?;
    let mut parts = opened.splitn(3, ':');
    let kind = RequestKind::parse(parts.next()?)?;
    let reference = parts.next()?.to_owned();
    let expires: u64 = parts.next()?.parse().ok()?;
    (now_seconds() <= expires).then_some(Flash { kind, reference })
}

/// Deletes the flash cookie: the reference is shown once.
pub fn clear_flash(response: &mut Response, secure: bool) {
    let mut cookie = Cookie::build((FLASH_COOKIE, "")).path("/").http_only(true).secure(secure).build();
    cookie.make_removal();
    set(response, &cookie);
}
