//! Editing the site's content in the four languages side by side. One editor for the four
//! kinds of content (projects, activities, people, sections): longer than most files, so
//! that what they share is written once.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};

use super::{AdminNav, Staff, StaffForm, admin_frame};
use crate::app::content::{self as app_content, Entry, SaveError};
use crate::db::content::{self, ContentEntry, ItemMeta, PersonMeta, SectionMeta, Texts};
use crate::domain::form_input::FormInput;
use crate::domain::text::is_slug;
use crate::domain::vocab::ItemKind;
use crate::error::{AppError, Result};
use crate::i18n::Lang;
use crate::markdown::markdown;
use crate::web::AppState;
use crate::web::layout::Layout;
use crate::web::page::Page;
use crate::web::pages::section_html;

/// The pages sections can belong to (the database checks the same list).
const SECTION_PAGES: [&str; 7] = ["home", "about", "projects", "activities", "team", "privacy", "safety"];

/// What the editor edits, from the URL: `projects`, `activities`, `people`, `sections`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Project,
    Activity,
    Person,
    Section,
}

impl Kind {
    fn from_path(path: &str) -> Result<Kind> {
        match path {
            "projects" => Ok(Kind::Project),
            "activities" => Ok(Kind::Activity),
            "people" => Ok(Kind::Person),
            "sections" => Ok(Kind::Section),
            _ => Err(AppError::NotFound),
        }
    }
    fn path(self) -> &'static str {
        match self {
            Kind::Project => "projects",
            Kind::Activity => "activities",
            Kind::Person => "people",
            Kind::Section => "sections",
        }
    }
    /// The kind of item this editor edits, if it edits items.
    fn item_kind(self) -> Option<ItemKind> {
        match self {
            Kind::Project => Some(ItemKind::Project),
            Kind::Activity => Some(ItemKind::Activity),
            Kind::Person | Kind::Section => None,
        }
    }
}

pub struct ContentRow {
    pub edit_path: String,
    pub key: String,
    pub title: String,
    pub group: String,
    pub published: bool,
    pub missing: Vec<Lang>,
}

#[derive(Template)]
#[template(path = "admin/content.html")]
struct IndexPage {
    l: Layout,
    a: AdminNav,
    rows: Vec<ContentRow>,
}

fn content_row(lang: Lang, entry: ContentEntry) -> ContentRow {
    let (path, id, group) = match entry.kind.as_str() {
        "project" => ("projects", entry.id.to_string(), lang.t("admin-content-projects")),
        "activity" => ("activities", entry.id.to_string(), lang.t("admin-content-activities")),
        "person" => ("people", entry.id.to_string(), lang.t("admin-content-people")),
        page => (
            "sections",
            entry.key.clone(),
            lang.t_args("admin-content-page", &[("page", page.to_owned().into())]),
        ),
    };
    let missing = Lang::ALL.into_iter().filter(|l| !entry.langs.split(',').any(|c| c == l.code())).collect();
    ContentRow {
        edit_path: format!("/admin/content/{path}/{id}"),
        key: entry.key,
        title: entry.title,
        group,
        published: entry.published,
        missing,
    }
}

pub async fn index(State(state): State<AppState>, staff: Staff) -> Result<Response> {
    let lang = staff.lang;
    let rows = content::entries(&state.db.read).await?.into_iter().map(|e| content_row(lang, e)).collect();
    let (l, a) =
        admin_frame(&state, &staff, "/admin/content", lang.t("admin-content-title"), "content").await?;
    Ok(Page::new(IndexPage { l, a, rows }).into_response())
}

/// One language's column in the editor.
pub struct LangColumn {
    pub lang: Lang,
    pub texts: Texts,
    pub missing: bool,
    /// The text as the site will show it, when a preview was asked for.
    pub preview: Option<String>,
}

#[derive(Template)]
#[template(path = "admin/edit.html")]
struct EditorPage {
    l: Layout,
    a: AdminNav,
    action: String,
    is_new: bool,
    kind: &'static str,
    key: String,
    name: String,
    page: String,
    position: i64,
    published: bool,
    columns: Vec<LangColumn>,
    errors: Vec<String>,
    saved: bool,
    public_path: Option<String>,
    pages: [&'static str; 7],
}

/// The labels of the three text fields, by kind.
impl EditorPage {
    fn has_summary(&self) -> bool {
        self.kind == "projects" || self.kind == "activities"
    }
    fn title_key(&self) -> &'static str {
        if self.kind == "people" { "admin-field-role" } else { "admin-field-title" }
    }
    fn body_key(&self) -> &'static str {
        if self.kind == "people" { "admin-field-bio" } else { "admin-field-body" }
    }
    fn is_page(&self, page: &&str) -> bool {
        self.page == *page
    }
}

fn columns(texts: Vec<(String, Texts)>) -> Vec<LangColumn> {
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let found = texts.iter().find(|(code, _)| code == lang.code()).map(|(_, t)| t.clone());
            LangColumn { lang, missing: found.is_none(), texts: found.unwrap_or_default(), preview: None }
        })
        .collect()
}

/// The editor's fields as loaded or as typed.
struct Draft {
    key: String,
    name: String,
    page: String,
    position: i64,
    published: bool,
    columns: Vec<LangColumn>,
}

async fn render_editor(
    state: &AppState,
    staff: &Staff,
    kind: Kind,
    existing: Option<String>,
    draft: Draft,
    errors: Vec<String>,
    saved: bool,
) -> Result<Response> {
    let lang = staff.lang;
    let is_new = existing.is_none();
    let action = match &existing {
        Some(id) => format!("/admin/content/{}/{id}", kind.path()),
        None => format!("/admin/content/{}/new", kind.path()),
    };
    let title = if is_new {
        lang.t("admin-content-new")
    } else {
        lang.t_args("admin-content-edit", &[("name", draft.key.clone().into())])
    };
    let (l, a) = admin_frame(state, staff, &action, title, "content").await?;
    let public_path = match kind {
        _ if is_new => None,
        Kind::Project | Kind::Activity => Some(format!("/{}/{}/{}", lang, kind.path(), draft.key)),
        Kind::Person => Some(format!("/{lang}/team")),
        Kind::Section => {
            Some(format!("/{lang}/{}", if draft.page == "home" { "" } else { draft.page.as_str() }))
        }
    };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = EditorPage {
        l,
        a,
        action,
        is_new,
        kind: kind.path(),
        key: draft.key,
        name: draft.name,
        page: draft.page,
        position: draft.position,
        published: draft.published,
        columns: draft.columns,
        errors,
        saved,
        public_path,
        pages: SECTION_PAGES,
    };
    Ok(Page::new(page).status(status).into_response())
}

pub async fn new_form(
    State(state): State<AppState>,
    staff: Staff,
    Path(kind): Path<String>,
) -> Result<Response> {
    let kind = Kind::from_path(&kind)?;
    let draft = Draft {
        key: String::new(),
        name: String::new(),
        page: "home".into(),
        position: 100,
        published: false,
        columns: columns(Vec::new()),
    };
    render_editor(&state, &staff, kind, None, draft, Vec::new(), false).await
}

pub async fn edit_form(
    State(state): State<AppState>,
    staff: Staff,
    Path((kind, id)): Path<(String, String)>,
    uri: Uri,
) -> Result<Response> {
    let kind = Kind::from_path(&kind)?;
    let saved = uri.query().is_some_and(|q| q.contains("saved"));
    let draft = load(&state, kind, &id).await?.ok_or(AppError::NotFound)?;
    render_editor(&state, &staff, kind, Some(id), draft, Vec::new(), saved).await
}

async fn load(state: &AppState, kind: Kind, id: &str) -> Result<Option<Draft>> {
    let pool = &state.db.read;
    Ok(match kind {
        Kind::Project | Kind::Activity => {
            let Ok(id) = id.parse() else { return Ok(None) };
            content::item_for_edit(pool, id).await?.filter(|(m, _)| Some(m.kind) == kind.item_kind()).map(
                |(m, texts)| Draft {
                    key: m.slug,
                    name: String::new(),
                    page: String::new(),
                    position: m.position,
                    published: m.published,
                    columns: columns(texts),
                },
            )
        }
        Kind::Person => {
            let Ok(id) = id.parse() else { return Ok(None) };
            content::person_for_edit(pool, id).await?.map(|(m, texts)| Draft {
                key: m.slug,
                name: m.name,
                page: String::new(),
                position: m.position,
                published: m.published,
                columns: columns(texts),
            })
        }
        Kind::Section => content::section_for_edit(pool, id).await?.map(|(m, texts)| Draft {
            key: m.key,
            name: String::new(),
            page: m.page,
            position: m.position,
            published: m.published,
            columns: columns(texts),
        }),
    })
}

/// The editor's fields as typed, and what is wrong with them.
fn draft_from(input: &FormInput, kind: Kind, existing: Option<&Draft>, lang: Lang) -> (Draft, Vec<String>) {
    let mut errors = Vec::new();
    let key = match existing {
        Some(draft) => draft.key.clone(),
        None => input.get("key").trim().to_owned(),
    };
    if existing.is_none() && !is_slug(&key) {
        errors.push(lang.t("admin-error-slug"));
    }
    let position = input.get("position").trim().parse().unwrap_or_else(|_| {
        errors.push(lang.t("admin-error-position"));
        0
    });
    let columns: Vec<LangColumn> = Lang::ALL
        .into_iter()
        .map(|l| {
            let texts = Texts {
                title: input.get(&format!("{l}-title")).trim().to_owned(),
                summary: input.get(&format!("{l}-summary")).trim().to_owned(),
                body: input.get(&format!("{l}-body")).replace("\r\n", "\n").trim().to_owned(),
            };
            let missing = match kind {
                Kind::Section => texts.body.is_empty(),
                Kind::Person => false,
                _ => texts.title.is_empty(),
            };
            LangColumn { lang: l, texts, missing, preview: None }
        })
        .collect();
    let name = input.get("name").trim().to_owned();
    let page = input.get("page").to_owned();
    match kind {
        Kind::Person if name.is_empty() => errors.push(lang.t("admin-error-name")),
        Kind::Section if !SECTION_PAGES.contains(&page.as_str()) => errors.push(lang.t("admin-error-page")),
        Kind::Project | Kind::Activity | Kind::Section if columns.iter().all(|c| c.missing) => {
            errors.push(lang.t("admin-error-no-text"));
        }
        _ => {}
    }
    let draft = Draft { key, name, page, position, published: input.checked("published"), columns };
    (draft, errors)
}

pub async fn create(
    State(state): State<AppState>,
    Path(kind): Path<String>,
    form: StaffForm,
) -> Result<Response> {
    save(state, form, kind, None).await
}

pub async fn update(
    State(state): State<AppState>,
    Path((kind, id)): Path<(String, String)>,
    form: StaffForm,
) -> Result<Response> {
    save(state, form, kind, Some(id)).await
}

async fn save(state: AppState, form: StaffForm, kind: String, id: Option<String>) -> Result<Response> {
    let StaffForm { staff, input } = form;
    let kind = Kind::from_path(&kind)?;
    let existing = match &id {
        Some(id) => Some(load(&state, kind, id).await?.ok_or(AppError::NotFound)?),
        None => None,
    };
    let (mut draft, mut errors) = draft_from(&input, kind, existing.as_ref(), staff.lang);
    if input.get("preview") == "yes" {
        // Nothing is saved: the editor comes back with what was typed and, beside each
        // language, the text as the site will show it.
        for column in &mut draft.columns {
            let body = &column.texts.body;
            let html = match kind {
                Kind::Section => section_html(body, column.lang, &state.config),
                _ => markdown(body),
            };
            column.preview = Some(html);
        }
        return render_editor(&state, &staff, kind, id, draft, Vec::new(), false).await;
    }
    if !errors.is_empty() {
        return render_editor(&state, &staff, kind, id, draft, errors, false).await;
    }
    let texts: Vec<(Lang, Texts)> = draft.columns.iter().map(|c| (c.lang, c.texts.clone())).collect();
    let numeric_id = id.as_ref().and_then(|i| i.parse::<i64>().ok());
    let item;
    let person;
    let section;
    let entry = match (kind, kind.item_kind()) {
        (_, Some(item_kind)) => {
            item = ItemMeta {
                id: 0,
                kind: item_kind,
                slug: draft.key.clone(),
                position: draft.position,
                published: draft.published,
            };
            Entry::Item { id: numeric_id, meta: &item }
        }
        (Kind::Person, None) => {
            person = PersonMeta {
                id: 0,
                slug: draft.key.clone(),
                name: draft.name.clone(),
                position: draft.position,
                published: draft.published,
            };
            Entry::Person { id: numeric_id, meta: &person }
        }
        _ => {
            section = SectionMeta {
                key: draft.key.clone(),
                page: draft.page.clone(),
                position: draft.position,
                published: draft.published,
            };
            Entry::Section { is_new: id.is_none(), meta: &section }
        }
    };
    match app_content::save(&state.db, (&staff.who).into(), entry, &texts).await {
        Ok(saved_id) => {
            state.pages.invalidate();
            Ok(Redirect::to(&format!("/admin/content/{}/{saved_id}?saved", kind.path())).into_response())
        }
        Err(SaveError::KeyTaken) => {
            errors.push(staff.lang.t("admin-error-slug-taken"));
            render_editor(&state, &staff, kind, id, draft, errors, false).await
        }
        Err(SaveError::Db(error)) => Err(error.into()),
    }
}
