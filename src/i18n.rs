//! Languages of the site: the `Lang` type, UI strings from Fluent, and negotiation for `/`.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

use fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "es",
        // Without this, placeables come wrapped in U+2068/U+2069, which show up in
        // plain-text emails and attribute values.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A language the site is written in. Everything below the HTTP layer takes a `Lang`,
/// never a string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    Es,
    En,
    Nl,
    Fr,
}

impl Lang {
    /// Every language, in the order the language switcher shows them.
    pub const ALL: [Lang; 4] = [Lang::Es, Lang::En, Lang::Nl, Lang::Fr];
    /// The language of visitors we know nothing about: most of ours read Spanish.
    pub const DEFAULT: Lang = Lang::Es;

    pub fn code(self) -> &'static str {
        match self {
            Lang::Es => "es",
            Lang::En => "en",
            Lang::Nl => "nl",
            Lang::Fr => "fr",
        }
    }

    /// The language's own name for itself, as the switcher shows it.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Es => "Español",
            Lang::En => "English",
            Lang::Nl => "Nederlands",
            Lang::Fr => "Français",
        }
    }

    /// Open Graph locale.
    pub fn og_locale(self) -> &'static str {
        match self {
            Lang::Es => "es_ES",
            Lang::En => "en_GB",
            Lang::Nl => "nl_BE",
            Lang::Fr => "fr_BE",
        }
    }

    fn langid(self) -> LanguageIdentifier {
        match self {
            Lang::Es => langid!("es"),
            Lang::En => langid!("en"),
            Lang::Nl => langid!("nl"),
            Lang::Fr => langid!("fr"),
        }
    }

    /// The other three languages.
    pub fn others(self) -> impl Iterator<Item = Lang> {
        Lang::ALL.into_iter().filter(move |l| *l != self)
    }

    /// A UI string. A missing key shows as the key itself (and a test keeps keys complete).
    pub fn t(self, key: &str) -> String {
        LOCALES.lookup(&self.langid(), key)
    }

    /// A UI string with arguments, e.g. `lang.t_args("count", &[("n", 3.into())])`.
    pub fn t_args(self, key: &str, args: &[(&'static str, FluentValue<'_>)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'_>> =
            args.iter().map(|(k, v)| (Cow::Borrowed(*k), v.clone())).collect();
        LOCALES.lookup_with_args(&self.langid(), key, &args)
    }

    /// The organisation's name as the site shows it: `SITE_NAME` when configured, else
    /// the plain description in this language.
    pub fn site_name(self, configured: Option<&str>) -> String {
        configured.map_or_else(|| self.t("site-name-default"), str::to_owned)
    }

    /// The first path segment of `path` as a language, if it is one: `/nl/about` gives `Nl`.
    pub fn from_path(path: &str) -> Option<Lang> {
        path.trim_start_matches('/').split('/').next()?.parse().ok()
    }

    /// The best language for a visitor: the `lang` cookie, else `Accept-Language` sorted by
    /// quality (so `nl-BE` gives Dutch), else Spanish.
    pub fn negotiate(cookie: Option<&str>, accept_language: Option<&str>) -> Lang {
        if let Some(lang) = cookie.and_then(|c| c.parse().ok()) {
            return lang;
        }
        let Some(header) = accept_language else {
            return Lang::DEFAULT;
        };
        // accept_language::parse sorts by q-value; fluent-langneg would ignore it.
        let requested: Vec<LanguageIdentifier> =
            accept_language::parse(header).iter().filter_map(|tag| tag.parse().ok()).collect();
        let available: Vec<LanguageIdentifier> = Lang::ALL.iter().map(|l| l.langid()).collect();
        let default = Lang::DEFAULT.langid();
        fluent_langneg::negotiate_languages(
            &requested,
            &available,
            Some(&default),
            fluent_langneg::NegotiationStrategy::Lookup,
        )
        .first()
        .and_then(|id| id.language.as_str().parse().ok())
        .unwrap_or(Lang::DEFAULT)
    }
}

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "es" => Ok(Lang::Es),
            "en" => Ok(Lang::En),
            "nl" => Ok(Lang::Nl),
            "fr" => Ok(Lang::Fr),
            _ => Err(UnknownLang),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Debug, thiserror::Error)]
#[error("not a language of this site")]
pub struct UnknownLang;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_prefers_cookie_then_quality_then_spanish() {
        assert_eq!(Lang::negotiate(Some("fr"), Some("nl-BE")), Lang::Fr);
        assert_eq!(Lang::negotiate(Some("xx"), Some("nl-BE")), Lang::Nl);
        assert_eq!(Lang::negotiate(None, Some("fr-BE,fr;q=0.9,en;q=0.8")), Lang::Fr);
        assert_eq!(Lang::negotiate(None, Some("de;q=1,en;q=0.5,nl;q=0.7")), Lang::Nl);
        assert_eq!(Lang::negotiate(None, Some("de, ja")), Lang::Es);
        assert_eq!(Lang::negotiate(None, Some("\u{0}garbage;;;q=x")), Lang::Es);
        assert_eq!(Lang::negotiate(None, None), Lang::Es);
    }

    #[test]
    fn language_comes_from_the_first_path_segment() {
        assert_eq!(Lang::from_path("/nl/about"), Some(Lang::Nl));
        assert_eq!(Lang::from_path("/en/"), Some(Lang::En));
        assert_eq!(Lang::from_path("/de/about"), None);
        assert_eq!(Lang::from_path("/"), None);
    }
}
