//! Configuration, read once from the environment. Every variable has a default that works
//! on a fresh machine; a bad value stops start-up with a message naming the variable.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use crate::domain::choices::ContactLanguage;
use crate::domain::contact::{EmailAddress, PhoneNumber};
use crate::i18n::Lang;

/// Where outgoing mail goes.
#[derive(Debug, Clone)]
pub enum MailTransport {
    /// `SMTP_URL`, e.g. `smtps://user:pass@mail.example.org` or `smtp://127.0.0.1:2525`.
    Smtp(String),
    /// One `.eml` file per message in this folder: the default, so a fresh machine works.
    Files(PathBuf),
}

/// Nightly backups (`BACKUP_DIR`), checked, pruned, and encrypted when a recipient is set.
#[derive(Debug, Clone)]
pub struct Backups {
    /// Where backups are written (`BACKUP_DIR`).
    pub dir: PathBuf,
    /// The local time of day they are written (`BACKUP_AT`, 02:30), in `TIME_ZONE`.
    pub at: jiff::civil::Time,
    /// How many are kept (`BACKUP_KEEP`, 14); older ones are deleted.
    pub keep: usize,
    /// An age public key (`BACKUP_RECIPIENT`): each backup is encrypted to it.
    pub recipient: Option<String>,
    /// Every this long instead of once a day at `at` (`BACKUP_INTERVAL_SECONDS`: tests,
    /// or a site that wants more than one a day).
    pub interval: Option<Duration>,
}

#[derive(Debug, Clone)]
pub struct Config {
    /// Where Prometheus metrics are served (`METRICS_ADDR`), on a listener of their own;
    /// `None`: not at all.
    pub metrics_addr: Option<SocketAddr>,
    /// Nightly backups; `None` (no `BACKUP_DIR`) leaves them to the operator.
    pub backups: Option<Backups>,
    pub bind_addr: SocketAddr,
    pub database_url: String,
    /// Without a trailing slash.
    pub public_url: String,
    /// The site's name; `None` shows the plain description of each language.
    pub site_name: Option<String>,
    pub mail: MailTransport,
    pub mail_from: String,
    pub coordinator_emails: Vec<String>,
    /// POSTs per address per minute; 0 turns the limit off.
    pub form_rate_limit: u32,
    /// Closed requests are deleted after this many days.
    pub retention_days: u32,
    /// Days after an event ends before its registrations' personal data is deleted (the
    /// counts stay): `EVENT_RETENTION_DAYS`.
    pub event_retention_days: u32,
    /// Folder for what the server writes besides the database: keys, the mail folder.
    pub data_dir: PathBuf,
    /// Minimum seconds between showing a form and accepting it (bots are faster).
    pub form_min_seconds: u64,
    /// Whether `X-Forwarded-For` names the client (only behind our own reverse proxy).
    pub trust_proxy: bool,
    /// The language of the alerts coordinators receive.
    pub coordinator_lang: Lang,
    /// The key that encrypts personal data (base64 of 32 bytes); `None` uses a key file.
    pub data_key: Option<Secret>,
    /// Keys used before a rotation, to read what they encrypted.
    pub data_keys_old: Option<Secret>,
    /// The wait before the first retry of a failed mail; doubled each time.
    pub mail_retry_base: Duration,
    /// If set, the orientation page promises an answer within this many working days.
    pub answer_within_days: Option<u64>,
    /// The languages the team can answer in (`ANSWER_LANGUAGES`): the only ones the
    /// orientation form offers.
    pub answer_languages: Vec<ContactLanguage>,
    /// The organisation's own address (`CONTACT_EMAIL`): shown on the site and the
    /// `Reply-To` of every mail to a visitor. Unset, no page tells her to write to us.
    pub contact_email: Option<EmailAddress>,
    /// The organisation's phone number (`CONTACT_PHONE`). Unset, no page tells her to call.
    pub contact_phone: Option<PhoneNumber>,
    /// How long the language cookie lasts (`LANG_COOKIE_DAYS`); 0, the default, keeps it
    /// only until the browser closes, so that it does not outlive her history.
    pub lang_cookie_days: u32,
    /// One log line per request (method, route, status, latency). Off by default: a
    /// record of who visited which page when is data we do not need to keep.
    pub access_log: bool,
    /// How long a write waits for a lock another process holds (`DATABASE_BUSY_MS`).
    pub database_busy_timeout: Duration,
    /// The most the database file may grow to, in megabytes (`DATABASE_MAX_MB`): past it,
    /// forms answer 503 while the disk keeps room for the system and its logs.
    pub database_max_mb: Option<u64>,
    /// The longest one message's whole SMTP conversation may take (`SMTP_TIMEOUT_SECONDS`).
    pub smtp_timeout: Duration,
    /// A back-office session ends after this long without a request (`SESSION_IDLE_SECONDS`)…
    pub session_idle: Duration,
    /// …and in any case this long after sign-in (`SESSION_MAX_SECONDS`).
    pub session_max: Duration,
    /// Whether every coordinator must set up a second step of sign-in (a one-time code)
    /// before she sees anything (`REQUIRE_TWO_STEP`, on by default).
    pub require_two_step: bool,
    /// The time zone the back office shows times in (`TIME_ZONE`, `Europe/Brussels`).
    pub time_zone: jiff::tz::TimeZone,
    /// How often the server deletes expired requests and sessions, the first time at
    /// start-up (`PURGE_INTERVAL_SECONDS`, an hour).
    pub purge_interval: Duration,
}

/// A value that must not appear in logs or debug output.
#[derive(Clone)]
pub struct Secret(pub String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("[redacted]")
    }
}

#[derive(Debug, thiserror::Error)]
#[error("invalid {name}: {reason}")]
pub struct ConfigError {
    pub name: &'static str,
    pub reason: String,
}

impl Config {
    pub fn from_env() -> Result<Config, ConfigError> {
        Config::from_lookup(|name| std::env::var(name).ok().filter(|v| !v.trim().is_empty()))
    }

    /// Reads from any lookup function, so tests need not touch the process environment.
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let data_dir = PathBuf::from(get("DATA_DIR").unwrap_or_else(|| "data".into()));
        let bind_addr = parse("BIND_ADDR", get("BIND_ADDR"), "127.0.0.1:3000")?;
        let database_url = match get("DATABASE_URL") {
            Some(url) if url.starts_with("sqlite:") => url,
            Some(_) => return Err(err("DATABASE_URL", "must start with sqlite:")),
            None => format!("sqlite://{}", data_dir.join("latinas.db").display()),
        };
        let public_url = get("PUBLIC_URL").unwrap_or_else(|| "http://localhost:3000".into());
        if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
            return Err(err("PUBLIC_URL", "must start with http:// or https://"));
        }
        let public_url = public_url.trim_end_matches('/').to_owned();
        let mail = match get("SMTP_URL") {
            Some(url) if url.starts_with("smtp://") || url.starts_with("smtps://") => {
                MailTransport::Smtp(url)
            }
            Some(_) => return Err(err("SMTP_URL", "must start with smtp:// or smtps://")),
            None => {
                MailTransport::Files(get("MAIL_DIR").map_or_else(|| data_dir.join("mail"), PathBuf::from))
            }
        };
        let mail_from = get("MAIL_FROM").unwrap_or_else(|| format!("noreply@{}", host_of(&public_url)));
        if !mail_from.contains('@') {
            return Err(err("MAIL_FROM", "must be an email address"));
        }
        let coordinator_emails: Vec<String> = get("COORDINATOR_EMAILS")
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        if let Some(bad) = coordinator_emails.iter().find(|e| !e.contains('@')) {
            return Err(err("COORDINATOR_EMAILS", format!("{bad:?} is not an email address")));
        }
        Ok(Config {
            bind_addr,
            database_url,
            public_url,
            site_name: get("SITE_NAME"),
            mail,
            mail_from,
            coordinator_emails,
            form_rate_limit: parse("FORM_RATE_LIMIT", get("FORM_RATE_LIMIT"), "10")?,
            retention_days: parse("RETENTION_DAYS", get("RETENTION_DAYS"), "365")?,
            event_retention_days: parse("EVENT_RETENTION_DAYS", get("EVENT_RETENTION_DAYS"), "30")?,
            form_min_seconds: parse("FORM_MIN_SECONDS", get("FORM_MIN_SECONDS"), "2")?,
            trust_proxy: parse("TRUST_PROXY", get("TRUST_PROXY"), "false")?,
            access_log: parse("ACCESS_LOG", get("ACCESS_LOG"), "false")?,
            coordinator_lang: parse("COORDINATOR_LANG", get("COORDINATOR_LANG"), "es")?,
            data_key: get("DATA_KEY").map(Secret),
            data_keys_old: get("DATA_KEYS_OLD").map(Secret),
            mail_retry_base: Duration::from_millis(parse(
                "MAIL_RETRY_BASE_MS",
                get("MAIL_RETRY_BASE_MS"),
                "2000",
            )?),
            answer_within_days: get("ANSWER_WITHIN_DAYS")
                .map(|v| positive("ANSWER_WITHIN_DAYS", Some(v), ""))
                .transpose()?,
            answer_languages: answer_languages(get("ANSWER_LANGUAGES"))?,
            contact_email: get("CONTACT_EMAIL")
                .map(|v| {
                    EmailAddress::parse(&v).ok_or_else(|| err("CONTACT_EMAIL", "must be an email address"))
                })
                .transpose()?,
            contact_phone: get("CONTACT_PHONE")
                .map(|v| {
                    PhoneNumber::parse(&v).ok_or_else(|| {
                        err("CONTACT_PHONE", "must be a phone number: digits, spaces and a leading +")
                    })
                })
                .transpose()?,
            lang_cookie_days: parse("LANG_COOKIE_DAYS", get("LANG_COOKIE_DAYS"), "0")?,
            database_busy_timeout: Duration::from_millis(parse(
                "DATABASE_BUSY_MS",
                get("DATABASE_BUSY_MS"),
                "5000",
            )?),
            database_max_mb: get("DATABASE_MAX_MB")
                .map(|v| positive("DATABASE_MAX_MB", Some(v), ""))
                .transpose()?,
            smtp_timeout: Duration::from_secs(positive(
                "SMTP_TIMEOUT_SECONDS",
                get("SMTP_TIMEOUT_SECONDS"),
                "60",
            )?),
            session_idle: Duration::from_secs(positive(
                "SESSION_IDLE_SECONDS",
                get("SESSION_IDLE_SECONDS"),
                "7200",
            )?),
            session_max: Duration::from_secs(positive(
                "SESSION_MAX_SECONDS",
                get("SESSION_MAX_SECONDS"),
                "43200",
            )?),
            require_two_step: parse("REQUIRE_TWO_STEP", get("REQUIRE_TWO_STEP"), "true")?,
            backups: backups(&get)?,
            metrics_addr: match get("METRICS_ADDR") {
                Some(value) => Some(parse("METRICS_ADDR", Some(value), "")?),
                None => None,
            },
            time_zone: time_zone(get("TIME_ZONE"))?,
            purge_interval: Duration::from_secs(positive(
                "PURGE_INTERVAL_SECONDS",
                get("PURGE_INTERVAL_SECONDS"),
                "3600",
            )?),
            data_dir,
        })
    }

    /// The name the site goes by in a coordinator's authenticator app: the host of
    /// `PUBLIC_URL`.
    pub fn public_host(&self) -> &str {
        host_of(&self.public_url)
    }

    /// Whether the site is served over https, so cookies can be `Secure`.
    pub fn is_https(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

fn backups(get: &impl Fn(&str) -> Option<String>) -> Result<Option<Backups>, ConfigError> {
    let Some(dir) = get("BACKUP_DIR").filter(|d| !d.trim().is_empty()) else {
        return Ok(None);
    };
    let at = get("BACKUP_AT").unwrap_or_else(|| "02:30".into());
    let at = jiff::civil::Time::strptime("%H:%M", at.trim())
        .map_err(|_| err("BACKUP_AT", format!("{at:?} is not a time of day such as 02:30")))?;
    let keep: usize = parse("BACKUP_KEEP", get("BACKUP_KEEP"), "14")?;
    if keep == 0 {
        return Err(err("BACKUP_KEEP", "must keep at least one backup"));
    }
    let recipient = get("BACKUP_RECIPIENT").map(|r| r.trim().to_owned()).filter(|r| !r.is_empty());
    if let Some(recipient) = &recipient {
        recipient
            .parse::<age::x25519::Recipient>()
            .map_err(|_| err("BACKUP_RECIPIENT", "must be an age public key (age1…, from age-keygen)"))?;
    }
    let interval = match get("BACKUP_INTERVAL_SECONDS") {
        Some(value) => Some(Duration::from_secs(positive("BACKUP_INTERVAL_SECONDS", Some(value), "")?)),
        None => None,
    };
    Ok(Some(Backups { dir: PathBuf::from(dir), at, keep, recipient, interval }))
}

/// The host of an `http(s)://` address, without its port.
fn host_of(url: &str) -> &str {
    url.split("://").nth(1).and_then(|rest| rest.split(['/', ':']).next()).unwrap_or("localhost")
}

fn parse<T: std::str::FromStr>(
    name: &'static str,
    value: Option<String>,
    default: &str,
) -> Result<T, ConfigError>
where
    T::Err: std::fmt::Display,
{
    let value = value.unwrap_or_else(|| default.to_owned());
    value.trim().parse().map_err(|e: T::Err| err(name, format!("{value:?}: {e}")))
}

/// A whole number of at least 1.
fn positive(name: &'static str, value: Option<String>, default: &str) -> Result<u64, ConfigError> {
    match parse::<u64>(name, value, default)? {
        0 => Err(err(name, "must be at least 1")),
        n => Ok(n),
    }
}

/// `TIME_ZONE`: an IANA name such as `Europe/Brussels`, from the database the binary carries.
fn time_zone(value: Option<String>) -> Result<jiff::tz::TimeZone, ConfigError> {
    let name = value.unwrap_or_else(|| "Europe/Brussels".to_owned());
    jiff::tz::TimeZone::get(name.trim())
        .map_err(|_| err("TIME_ZONE", format!("{name:?} is not a time zone name such as Europe/Brussels")))
}

/// `ANSWER_LANGUAGES`: comma-separated codes (`es,en,nl,fr,pt`), at least one.
fn answer_languages(value: Option<String>) -> Result<Vec<ContactLanguage>, ConfigError> {
    let value = value.unwrap_or_else(|| "es,en,nl,fr".to_owned());
    let mut languages = Vec::new();
    for code in value.split(',').map(str::trim).filter(|c| !c.is_empty()) {
        let language = ContactLanguage::parse(code).ok_or_else(|| {
            let known: Vec<&str> = ContactLanguage::ALL.iter().map(|l| l.code()).collect();
            err("ANSWER_LANGUAGES", format!("{code:?} is not one of {}", known.join(", ")))
        })?;
        if !languages.contains(&language) {
            languages.push(language);
        }
    }
    if languages.is_empty() {
        return Err(err("ANSWER_LANGUAGES", "must name at least one language"));
    }
    Ok(languages)
}

fn err(name: &'static str, reason: impl Into<String>) -> ConfigError {
    ConfigError { name, reason: reason.into() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        Config::from_lookup(|name| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string()))
    }

    #[test]
    fn defaults_work_on_a_fresh_machine() {
        let config = config(&[]).expect("defaults are valid");
        assert_eq!(config.bind_addr.to_string(), "127.0.0.1:3000");
        assert_eq!(config.database_url, "sqlite://data/latinas.db");
        assert_eq!(config.public_url, "http://localhost:3000");
        assert_eq!(config.mail_from, "noreply@localhost");
        assert_eq!(config.form_rate_limit, 10);
        assert!(matches!(config.mail, MailTransport::Files(_)));
        // The defaults that carry her privacy and safety.
        assert!(!config.access_log, "no line per request unless asked");
        assert!(!config.trust_proxy, "X-Forwarded-For is not believed unless asked");
        assert_eq!(config.form_min_seconds, 2);
        assert_eq!(config.retention_days, 365);
        assert_eq!(config.event_retention_days, 30);
        assert_eq!(config.mail_retry_base, Duration::from_secs(2));
        assert_eq!(config.database_busy_timeout, Duration::from_secs(5));
        assert_eq!(config.database_max_mb, None);
        assert_eq!(config.smtp_timeout, Duration::from_secs(60));
        assert_eq!(config.session_idle, Duration::from_secs(2 * 3600), "two hours without a request");
        assert_eq!(config.session_max, Duration::from_secs(12 * 3600), "twelve hours after sign-in");
        assert!(config.require_two_step, "a second step of sign-in unless turned off");
        assert_eq!(config.time_zone.iana_name(), Some("Europe/Brussels"), "Belgian time");
        assert_eq!(config.purge_interval, Duration::from_secs(3600), "the retention purge runs hourly");
        assert_eq!(config.lang_cookie_days, 0, "the language cookie ends with the browser session");
        assert_eq!(config.contact_email, None, "no contact address is invented");
        assert_eq!(config.contact_phone, None, "no phone number is invented");
        assert_eq!(config.answer_within_days, None, "no answer time is promised unless set");
        let codes: Vec<&str> = config.answer_languages.iter().map(|l| l.code()).collect();
        assert_eq!(codes, ["es", "en", "nl", "fr"], "Portuguese only when configured");
    }

    #[test]
    fn answer_languages_come_from_the_configuration() {
        let configured = config(&[("ANSWER_LANGUAGES", "pt, es,pt")]).expect("valid");
        assert_eq!(configured.answer_languages, [ContactLanguage::Portuguese, ContactLanguage::Spanish]);
        assert_eq!(config(&[("ANSWER_LANGUAGES", "es,xx")]).expect_err("xx").name, "ANSWER_LANGUAGES");
        assert_eq!(config(&[("ANSWER_LANGUAGES", ",")]).expect_err("none").name, "ANSWER_LANGUAGES");
    }

    #[test]
    fn a_bad_value_names_its_variable() {
        let error = config(&[("BIND_ADDR", "nowhere")]).expect_err("invalid");
        assert_eq!(error.name, "BIND_ADDR");
        assert!(error.to_string().starts_with("invalid BIND_ADDR"));
        assert_eq!(config(&[("PUBLIC_URL", "example.org")]).expect_err("invalid").name, "PUBLIC_URL");
        assert_eq!(config(&[("FORM_RATE_LIMIT", "-1")]).expect_err("invalid").name, "FORM_RATE_LIMIT");
        assert_eq!(config(&[("SMTP_URL", "http://x")]).expect_err("invalid").name, "SMTP_URL");
        assert_eq!(config(&[("DATABASE_MAX_MB", "0")]).expect_err("invalid").name, "DATABASE_MAX_MB");
        assert_eq!(
            config(&[("SMTP_TIMEOUT_SECONDS", "0")]).expect_err("invalid").name,
            "SMTP_TIMEOUT_SECONDS"
        );
        assert_eq!(config(&[("DATABASE_BUSY_MS", "soon")]).expect_err("invalid").name, "DATABASE_BUSY_MS");
        assert_eq!(config(&[("ANSWER_WITHIN_DAYS", "0")]).expect_err("invalid").name, "ANSWER_WITHIN_DAYS");
        assert_eq!(config(&[("CONTACT_EMAIL", "team")]).expect_err("invalid").name, "CONTACT_EMAIL");
        assert_eq!(config(&[("CONTACT_PHONE", "call us")]).expect_err("invalid").name, "CONTACT_PHONE");
        assert_eq!(config(&[("LANG_COOKIE_DAYS", "-1")]).expect_err("invalid").name, "LANG_COOKIE_DAYS");
        assert_eq!(config(&[("TIME_ZONE", "Europe/Atlantis")]).expect_err("invalid").name, "TIME_ZONE");
    }
}
