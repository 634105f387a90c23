//! What every page's layout needs: language, titles, links to the same page in the other
//! languages, asset URLs, and the UI strings.

use std::sync::Arc;

use crate::assets::AssetUrls;
use jiff::tz::TimeZone;

use crate::i18n::Lang;
use crate::local_time;

/// The main navigation: path below the language prefix, and its Fluent key.
const NAV: [(&str, &str); 6] = [
    ("/", "nav-home"),
    ("/about", "nav-about"),
    ("/projects", "nav-projects"),
    ("/activities", "nav-activities"),
    ("/events", "nav-events"),
    ("/team", "nav-team"),
];

/// Site-wide values that do not change between requests.
#[derive(Debug)]
pub struct SiteInfo {
    pub public_url: String,
    pub site_name: Option<String>,
    pub quick_exit_url: String,
    pub assets: AssetUrls,
    /// The organisation's own contact details, when configured.
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    /// The time zone times are shown in (`TIME_ZONE`).
    pub time_zone: TimeZone,
}

impl SiteInfo {
    /// The configured name, or the plain description in this language.
    pub fn name(&self, lang: Lang) -> String {
        lang.site_name(self.site_name.as_deref())
    }
}

pub struct Layout {
    pub lang: Lang,
    /// The path below the language prefix, starting with `/` (`/` for the home page).
    pub path: String,
    pub title: String,
    pub description: String,
    /// Whether search engines may list the page (not error pages, not thank-you pages).
    pub indexable: bool,
    pub site_name: String,
    pub public_url: String,
    pub quick_exit_url: String,
    pub assets: AssetUrls,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    time_zone: TimeZone,
}

impl Layout {
    pub fn new(site: &Arc<SiteInfo>, lang: Lang, path: &str, title: String, description: String) -> Layout {
        Layout {
            lang,
            path: path.to_owned(),
            title,
            description,
            indexable: true,
            site_name: site.name(lang),
            public_url: site.public_url.clone(),
            quick_exit_url: site.quick_exit_url.clone(),
            assets: site.assets.clone(),
            contact_email: site.contact_email.clone(),
            contact_phone: site.contact_phone.clone(),
            time_zone: site.time_zone.clone(),
        }
    }

    /// A stored UTC time in the configured time zone and this page's language.
    pub fn time(&self, stored: &str) -> String {
        local_time::display(stored, &self.time_zone, self.lang)
    }

    /// The `tel:` link of the organisation's phone: its digits and a leading `+`.
    pub fn contact_phone_href(&self) -> String {
        let phone = self.contact_phone.as_deref().unwrap_or_default();
        phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()
    }

    pub fn not_indexed(mut self) -> Layout {
        self.indexable = false;
        self
    }

    pub fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }

    /// The name of a table's scrolling region: "Table: {name}", so that it never repeats
    /// the name of the section around it (landmarks must be told apart).
    pub fn table_name(&self, name: &str) -> String {
        self.t_args("admin-table-named", &[("name", name.to_owned().into())])
    }

    pub fn t_args(&self, key: &str, args: &[(&'static str, fluent_bundle::FluentValue<'_>)]) -> String {
        self.lang.t_args(key, args)
    }

    /// The absolute URL of this page in `lang`.
    pub fn url(&self, lang: &Lang) -> String {
        format!("{}/{}{}", self.public_url, lang, self.path)
    }

    /// `(hreflang, url)` for every language, then `x-default` (Spanish).
    pub fn alternates(&self) -> Vec<(&'static str, String)> {
        Lang::ALL
            .iter()
            .map(|lang| (lang.code(), self.url(lang)))
            .chain(std::iter::once(("x-default", self.url(&Lang::DEFAULT))))
            .collect()
    }

    pub fn nav(&self) -> &'static [(&'static str, &'static str)] {
        &NAV
    }

    /// Whether the navigation entry `path` is this page or contains it.
    pub fn is_current(&self, path: &&str) -> bool {
        if *path == "/" {
            self.path == "/"
        } else {
            self.path == *path || self.path.starts_with(&format!("{path}/"))
        }
    }
}
