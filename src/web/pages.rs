//! The public, read-only pages: rendered from the database once per language and cached.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;

use crate::config::Config;
use crate::db::content::{self, ItemText, SectionText};
use crate::domain::vocab::ItemKind;
use crate::error::Result;
use crate::i18n::Lang;
use crate::markdown::markdown;
use crate::web::AppState;
use crate::web::cookies::SiteCookie;
use crate::web::layout::Layout;

/// A section ready for a template.
pub struct RenderedSection {
    pub key: String,
    pub title: String,
    pub html: String,
    /// Set when the text is not in the page's language (a missing translation).
    pub lang: Option<String>,
}

/// A project or activity ready for a template.
pub struct RenderedItem {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub html: String,
    /// `projects` or `activities`: the list the item belongs to.
    pub list_path: &'static str,
    pub lang: Option<String>,
}

pub struct RenderedPerson {
    pub name: String,
    pub initials: String,
    pub role: String,
    pub bio_html: String,
    pub lang: Option<String>,
}

/// A list of items (projects or activities) and its page.
fn foreign_lang(text_lang: String, page_lang: Lang) -> Option<String> {
    (text_lang != page_lang.code()).then_some(text_lang)
}

/// The published sections of `page`, rendered.
async fn sections(state: &AppState, page: &str, lang: Lang) -> Result<Vec<RenderedSection>> {
    let sections = content::sections(&state.db.read, page, lang).await?;
    Ok(sections.into_iter().map(|s| render_section(s, lang, &state.config)).collect())
}

fn render_section(s: SectionText, lang: Lang, config: &Config) -> RenderedSection {
    RenderedSection {
        html: section_html(&s.body, lang, config),
        key: s.key,
        title: s.title,
        lang: foreign_lang(s.text_lang, lang),
    }
}

/// A section's body as the site shows it (also the editor's preview): its Markdown as HTML,
/// with the configured periods where the text names them, written out in the page's
/// language with the right plural ("30 days", "1 day"): `%RETENTION_PERIOD%` (closed
/// requests, `RETENTION_DAYS`; older texts say `%RETENTION_DAYS%`, the bare number) and
/// `%EVENT_RETENTION_PERIOD%` (event registrations, `EVENT_RETENTION_DAYS`).
pub fn section_html(body: &str, lang: Lang, config: &Config) -> String {
    let period = |days: u32| lang.t_args("retention-period", &[("days", days.into())]);
    markdown(
        &body
            .replace("%RETENTION_PERIOD%", &period(config.retention_days))
            .replace("%EVENT_RETENTION_PERIOD%", &period(config.event_retention_days))
            .replace("%RETENTION_DAYS%", &config.retention_days.to_string()),
    )
}

/// The published items of `kind`, rendered.
async fn items(state: &AppState, kind: ItemKind, lang: Lang) -> Result<Vec<RenderedItem>> {
    let items = content::items(&state.db.read, kind, lang).await?;
    Ok(items.into_iter().map(|i| render_item(i, lang)).collect())
}

fn render_item(item: ItemText, lang: Lang) -> RenderedItem {
    RenderedItem {
        html: markdown(&item.body),
        list_path: item.kind.list_path(),
        lang: foreign_lang(item.text_lang, lang),
        slug: item.slug,
        title: item.title,
        summary: item.summary,
    }
}

fn initials(name: &str) -> String {
    name.split_whitespace().filter_map(|w| w.chars().next()).take(2).collect()
}

/// The layout of a fixed page whose title and description come from Fluent
/// (`page-<name>-title`, `page-<name>-description`).
fn fixed_layout(state: &AppState, lang: Lang, path: &str, name: &str) -> Layout {
    Layout::new(
        &state.site,
        lang,
        path,
        lang.t(&format!("page-{name}-title")),
        lang.t(&format!("page-{name}-description")),
    )
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    l: Layout,
    hero: Vec<RenderedSection>,
    sections: Vec<RenderedSection>,
    projects: Vec<RenderedItem>,
    activities: Vec<RenderedItem>,
    /// The next three events.
    events: Vec<crate::web::events::EventCard>,
}

pub async fn home(State(state): State<AppState>, lang: Lang, headers: HeaderMap) -> Result<Response> {
    state
        .pages
        .serve(lang, "/", &headers, || async {
            let mut l = fixed_layout(&state, lang, "/", "home");
            l.title = l.site_name.clone();
            let (hero, sections) =
                sections(&state, "home", lang).await?.into_iter().partition(|s| s.key == "home-hero");
            let page = HomePage {
                l,
                hero,
                sections,
                projects: items(&state, ItemKind::Project, lang).await?,
                activities: items(&state, ItemKind::Activity, lang).await?,
                events: {
                    let now = crate::app::events::now_stored();
                    let next = crate::db::events::upcoming(&state.db.read, lang, &now, 3).await?;
                    next.iter().map(|e| crate::web::events::card(&state, e, lang, &now)).collect()
                },
            };
            Ok(Some(page.render()?))
        })
        .await
}

#[derive(Template)]
#[template(path = "sections_page.html")]
struct SectionsPage {
    l: Layout,
    sections: Vec<RenderedSection>,
    items: Vec<RenderedItem>,
    cookies: Option<CookieTable>,
}

/// The privacy page's list of cookies, made from the cookies the server can set (not from
/// editable text, so that it cannot fall behind the code).
struct CookieTable {
    /// The section it follows; `None` puts it after every section.
    after_section: Option<String>,
    rows: Vec<CookieRow>,
}

struct CookieRow {
    name: &'static str,
    purpose: String,
    lifetime: String,
}

/// The privacy section the cookie table follows.
const COOKIES_SECTION: &str = "privacy-cookies";

impl CookieTable {
    fn new(config: &Config, lang: Lang, sections: &[RenderedSection]) -> CookieTable {
        let rows = SiteCookie::ALL
            .iter()
            .map(|cookie| CookieRow {
                name: cookie.name(),
                purpose: lang.t(cookie.purpose_key()),
                lifetime: cookie.lifetime(config).describe(lang),
            })
            .collect();
        let after_section = sections.iter().find(|s| s.key == COOKIES_SECTION).map(|s| s.key.clone());
        CookieTable { after_section, rows }
    }

    /// Whether the table goes right after section `key`.
    fn follows(&self, key: &str) -> bool {
        self.after_section.as_deref() == Some(key)
    }
}

/// A page made of the sections stored for it (about, privacy, safety).
async fn sections_page(state: &AppState, lang: Lang, headers: &HeaderMap, page: &str) -> Result<Response> {
    let path = format!("/{page}");
    state
        .pages
        .serve(lang, &path, headers, || async {
            let sections = sections(state, page, lang).await?;
            let cookies = (page == "privacy").then(|| CookieTable::new(&state.config, lang, &sections));
            let page = SectionsPage {
                l: fixed_layout(state, lang, &path, page),
                sections,
                items: Vec::new(),
                cookies,
            };
            Ok(Some(page.render()?))
        })
        .await
}

pub async fn about(State(state): State<AppState>, lang: Lang, headers: HeaderMap) -> Result<Response> {
    sections_page(&state, lang, &headers, "about").await
}

pub async fn privacy(State(state): State<AppState>, lang: Lang, headers: HeaderMap) -> Result<Response> {
    sections_page(&state, lang, &headers, "privacy").await
}

pub async fn safety(State(state): State<AppState>, lang: Lang, headers: HeaderMap) -> Result<Response> {
    sections_page(&state, lang, &headers, "safety").await
}

async fn item_list(state: &AppState, lang: Lang, headers: &HeaderMap, kind: ItemKind) -> Result<Response> {
    let name = kind.list_path();
    let path = format!("/{name}");
    state
        .pages
        .serve(lang, &path, headers, || async {
            let page = SectionsPage {
                l: fixed_layout(state, lang, &path, name),
                sections: sections(state, name, lang).await?,
                items: items(state, kind, lang).await?,
                cookies: None,
            };
            Ok(Some(page.render()?))
        })
        .await
}

pub async fn projects(State(state): State<AppState>, lang: Lang, headers: HeaderMap) -> Result<Response> {
    item_list(&state, lang, &headers, ItemKind::Project).await
}

pub async fn activities(State(state): State<AppState>, lang: Lang, headers: HeaderMap) -> Result<Response> {
    item_list(&state, lang, &headers, ItemKind::Activity).await
}

#[derive(Template)]
#[template(path = "item.html")]
struct ItemPage {
    l: Layout,
    item: RenderedItem,
    list_title: String,
}

async fn item_detail(
    state: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    kind: ItemKind,
    slug: &str,
) -> Result<Response> {
    let path = format!("/{}/{slug}", kind.list_path());
    state
        .pages
        .serve(lang, &path, headers, || async {
            let Some(item) = content::item(&state.db.read, kind, slug, lang).await? else {
                return Ok(None);
            };
            let item = render_item(item, lang);
            let l = Layout::new(&state.site, lang, &path, item.title.clone(), item.summary.clone());
            let list_title = lang.t(&format!("page-{}-title", kind.list_path()));
            Ok(Some(ItemPage { l, item, list_title }.render()?))
        })
        .await
}

pub async fn project(
    State(state): State<AppState>,
    lang: Lang,
    Path((_, slug)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response> {
    item_detail(&state, lang, &headers, ItemKind::Project, &slug).await
}

pub async fn activity(
    State(state): State<AppState>,
    lang: Lang,
    Path((_, slug)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response> {
    item_detail(&state, lang, &headers, ItemKind::Activity, &slug).await
}

#[derive(Template)]
#[template(path = "team.html")]
struct TeamPage {
    l: Layout,
    sections: Vec<RenderedSection>,
    people: Vec<RenderedPerson>,
}

pub async fn team(State(state): State<AppState>, lang: Lang, headers: HeaderMap) -> Result<Response> {
    state
        .pages
        .serve(lang, "/team", &headers, || async {
            let people = content::people(&state.db.read, lang)
                .await?
                .into_iter()
                .map(|p| RenderedPerson {
                    initials: initials(&p.name),
                    bio_html: if p.bio.is_empty() { String::new() } else { markdown(&p.bio) },
                    lang: foreign_lang(p.text_lang, lang),
                    name: p.name,
                    role: p.role,
                })
                .collect();
            let page = TeamPage {
                l: fixed_layout(&state, lang, "/team", "team"),
                sections: sections(&state, "team", lang).await?,
                people,
            };
            Ok(Some(page.render()?))
        })
        .await
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPageTemplate {
    pub l: Layout,
    pub message: String,
}
