//! Events in the back office: the list with its counts, the editor in the four languages,
//! and each event's registrations (opened and audited), with the coordinators' actions.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};

use super::requests::csv_lines;
use super::{Access, AdminNav, Staff, StaffForm, admin_frame};
use crate::app::events::{CoordinatorAction, SaveError};
use crate::db::content::Texts;
use crate::db::events::{self, EventPage};
use crate::domain::FieldError;
use crate::domain::choices::{SafeToMessage, SpokenLanguage};
use crate::domain::event::{
    Accessibility, EventFacts, EventKind, EventStatus, RegistrationState, stored_to_local,
};
use crate::domain::form_input::FormInput;
use crate::domain::text::LongText;
use crate::domain::vocab::{Choice, Role};
use crate::error::{AppError, Result};
use crate::i18n::Lang;
use crate::local_time;
use crate::markdown::markdown;
use crate::web::AppState;
use crate::web::admin::content::LangColumn;
use crate::web::layout::Layout;
use crate::web::page::{Page, attachment};

/// Events shown per page of the list.
const PER_PAGE: i64 = 50;

/// One event in the list.
pub struct EventRow {
    pub id: i64,
    pub title: String,
    pub when: String,
    pub status: String,
    pub published: bool,
    pub places: String,
    pub waiting: i64,
    pub cancelled: i64,
    pub came: i64,
}

#[derive(Template)]
#[template(path = "admin/events.html")]
struct ListPage {
    l: Layout,
    a: AdminNav,
    rows: Vec<EventRow>,
    can_edit: bool,
    can_see_registrations: bool,
    page: i64,
    more: bool,
}

/// `GET /admin/events[?page=N]`: every event, the latest first, with its counts.
pub async fn list(State(state): State<AppState>, staff: Staff, uri: Uri) -> Result<Response> {
    let lang = staff.lang;
    let query = FormInput::parse(uri.query().unwrap_or("").as_bytes());
    let page = query.get("page").parse::<i64>().unwrap_or(1).max(1);
    let found = events::all(&state.db.read, lang, PER_PAGE + 1, (page - 1) * PER_PAGE).await?;
    let more = found.len() as i64 > PER_PAGE;
    let tz = &state.config.time_zone;
    let rows = found
        .iter()
        .take(PER_PAGE as usize)
        .map(|e| EventRow {
            id: e.id,
            title: e.title.clone(),
            when: local_time::span(&e.starts_at, &e.ends_at, tz, lang),
            status: e.status.label(lang),
            published: e.published,
            places: format!("{} / {}", e.places_taken, e.capacity),
            waiting: e.waiting_now,
            cancelled: e.cancelled_count,
            came: e.came_count,
        })
        .collect();
    let (l, a) = admin_frame(&state, &staff, "/admin/events", lang.t("admin-events-title"), "events").await?;
    let page = ListPage {
        l,
        a,
        rows,
        can_edit: Access::Content.admits(staff.who.role),
        can_see_registrations: Access::Casework.admits(staff.who.role),
        page,
        more,
    };
    Ok(Page::new(page).into_response())
}

#[derive(Template)]
#[template(path = "admin/event_edit.html")]
struct EditorPage {
    l: Layout,
    a: AdminNav,
    action: String,
    is_new: bool,
    form: EventForm,
    columns: Vec<LangColumn>,
    errors: Vec<(&'static str, String)>,
    saved: bool,
    public_path: Option<String>,
    kinds: Vec<Choice>,
    statuses: Vec<Choice>,
    languages: Vec<Choice>,
    accessibility: Vec<Choice>,
}

impl EditorPage {
    fn error(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|(f, _)| *f == field).map(|(_, m)| m.as_str())
    }
}

/// The editor's fields as typed or loaded (times in the organisation's time zone).
pub struct EventForm {
    input: FormInput,
}

impl EventForm {
    pub fn value(&self, name: &str) -> &str {
        self.input.get(name)
    }
    pub fn checked(&self, name: &str) -> bool {
        self.input.checked(name)
    }
    pub fn has(&self, name: &str, value: &&str) -> bool {
        self.input.has(name, value)
    }

    /// The form of a stored event.
    fn of(event: &EventPage, tz: &jiff::tz::TimeZone) -> EventForm {
        let mut pairs: Vec<(String, String)> = vec![
            ("slug".into(), event.slug.clone()),
            ("kind".into(), event.kind.code().into()),
            ("status".into(), event.status.code().into()),
            ("starts_at".into(), stored_to_local(&event.starts_at, tz)),
            ("ends_at".into(), stored_to_local(&event.ends_at, tz)),
            ("town".into(), event.town.clone()),
            ("address".into(), event.address.clone()),
            ("capacity".into(), event.capacity.to_string()),
            ("max_per_registration".into(), event.max_per_registration.to_string()),
            ("reminder_hours".into(), event.reminder_hours.to_string()),
        ];
        let optional =
            |stored: &Option<String>| stored.as_deref().map(|s| stored_to_local(s, tz)).unwrap_or_default();
        pairs.push(("registration_opens_at".into(), optional(&event.registration_opens_at)));
        pairs.push(("registration_closes_at".into(), optional(&event.registration_closes_at)));
        for (name, on) in [
            ("published", event.published),
            ("online", event.online),
            ("address_private", !event.address_public),
            ("waiting_list", event.waiting_list),
            ("sensitive", event.sensitive),
        ] {
            if on {
                pairs.push((name.into(), "yes".into()));
            }
        }
        for code in event.languages.split(',').filter(|c| !c.is_empty()) {
            pairs.push(("language".into(), code.into()));
        }
        for code in event.accessibility.split(',').filter(|c| !c.is_empty()) {
            pairs.push(("accessibility".into(), code.into()));
        }
        EventForm { input: FormInput::from_pairs(pairs) }
    }

    /// A new event's form: a waiting list, a reminder a day before, nothing published, and
    /// sensitive (focus groups and anything on violence must be; a coordinator unticks it
    /// for an event whose topic may be named in a woman's mailbox).
    fn blank() -> EventForm {
        EventForm {
            input: FormInput::from_pairs(vec![
                ("kind".into(), EventKind::Workshop.code().into()),
                ("status".into(), EventStatus::Scheduled.code().into()),
                ("capacity".into(), "20".into()),
                ("max_per_registration".into(), "1".into()),
                ("reminder_hours".into(), "24".into()),
                ("waiting_list".into(), "yes".into()),
                ("sensitive".into(), "yes".into()),
            ]),
        }
    }
}

fn columns_from(texts: Vec<(String, Texts)>) -> Vec<LangColumn> {
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let found = texts.iter().find(|(code, _)| code == lang.code()).map(|(_, t)| t.clone());
            LangColumn { lang, missing: found.is_none(), texts: found.unwrap_or_default(), preview: None }
        })
        .collect()
}

fn columns_typed(input: &FormInput) -> Vec<LangColumn> {
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let texts = Texts {
                title: input.get(&format!("{lang}-title")).trim().to_owned(),
                summary: input.get(&format!("{lang}-summary")).trim().to_owned(),
                body: input.get(&format!("{lang}-body")).replace("\r\n", "\n").trim().to_owned(),
            };
            LangColumn { lang, missing: texts.title.is_empty(), texts, preview: None }
        })
        .collect()
}

#[allow(clippy::too_many_arguments)]
async fn render_editor(
    state: &AppState,
    staff: &Staff,
    id: Option<i64>,
    form: EventForm,
    columns: Vec<LangColumn>,
    errors: Vec<FieldError>,
    saved: bool,
) -> Result<Response> {
    let lang = staff.lang;
    let action = match id {
        Some(id) => format!("/admin/events/{id}"),
        None => "/admin/events/new".to_owned(),
    };
    let title = match id {
        Some(_) => lang.t_args("admin-events-edit", &[("name", form.value("slug").to_owned().into())]),
        None => lang.t("admin-events-new"),
    };
    let (l, a) = admin_frame(state, staff, &action, title, "events").await?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let public_path =
        (id.is_some() && form.checked("published")).then(|| format!("/{lang}/events/{}", form.value("slug")));
    let page = EditorPage {
        l,
        a,
        action,
        is_new: id.is_none(),
        errors: errors.iter().map(|e| (e.field, lang.t(e.message_key))).collect(),
        form,
        columns,
        saved,
        public_path,
        kinds: EventKind::options(lang),
        statuses: EventStatus::options(lang),
        languages: SpokenLanguage::options(lang),
        accessibility: Accessibility::options(lang),
    };
    Ok(Page::new(page).status(status).into_response())
}

async fn load(state: &AppState, lang: Lang, id: i64) -> Result<EventPage> {
    let mut db = state.db.read.acquire().await?;
    events::by_id(&mut db, lang, id).await?.ok_or(AppError::NotFound)
}

/// `GET /admin/events/new`.
pub async fn new_form(State(state): State<AppState>, staff: Staff) -> Result<Response> {
    render_editor(&state, &staff, None, EventForm::blank(), columns_from(Vec::new()), Vec::new(), false).await
}

/// `GET /admin/events/{id}`.
pub async fn edit_form(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<i64>,
    uri: Uri,
) -> Result<Response> {
    let event = load(&state, staff.lang, id).await?;
    let saved = uri.query().is_some_and(|q| q.contains("saved"));
    let columns = columns_from(events::texts(&state.db.read, id).await?);
    render_editor(
        &state,
        &staff,
        Some(id),
        EventForm::of(&event, &state.config.time_zone),
        columns,
        Vec::new(),
        saved,
    )
    .await
}

/// `POST /admin/events/new`.
pub async fn create(State(state): State<AppState>, form: StaffForm) -> Result<Response> {
    save(state, form, None).await
}

/// `POST /admin/events/{id}`.
pub async fn update(State(state): State<AppState>, Path(id): Path<i64>, form: StaffForm) -> Result<Response> {
    save(state, form, Some(id)).await
}

async fn save(state: AppState, form: StaffForm, id: Option<i64>) -> Result<Response> {
    let StaffForm { staff, input } = form;
    let existing = match id {
        Some(id) => Some(load(&state, staff.lang, id).await?),
        None => None,
    };
    let mut columns = columns_typed(&input);
    let slug = existing.as_ref().map(|e| e.slug.as_str());
    let parsed = EventFacts::parse(&input, &state.config.time_zone, slug);
    let mut errors = parsed.as_ref().err().cloned().unwrap_or_default();
    if columns.iter().all(|c| c.missing) {
        errors.push(FieldError::new("es-title", "admin-error-no-text"));
    }
    let mut typed = input.clone();
    if let Some(slug) = slug {
        typed = typed.with("slug", slug);
    }
    if input.get("preview") == "yes" {
        for column in &mut columns {
            column.preview = Some(markdown(&column.texts.body));
        }
        return render_editor(&state, &staff, id, EventForm { input: typed }, columns, Vec::new(), false)
            .await;
    }
    let facts = match parsed {
        Ok(facts) if errors.is_empty() => facts,
        _ => {
            return render_editor(&state, &staff, id, EventForm { input: typed }, columns, errors, false)
                .await;
        }
    };
    let texts: Vec<(Lang, Texts)> = columns.iter().map(|c| (c.lang, c.texts.clone())).collect();
    match state.events.save((&staff.who).into(), id, &facts, &texts).await {
        Ok(saved_id) => {
            state.pages.invalidate();
            state.mail_wake.notify_one();
            Ok(Redirect::to(&format!("/admin/events/{saved_id}?saved")).into_response())
        }
        Err(SaveError::SlugTaken) => {
            let errors = vec![FieldError::new("slug", "admin-error-slug-taken")];
            render_editor(&state, &staff, id, EventForm { input: typed }, columns, errors, false).await
        }
        Err(SaveError::Db(error)) => Err(error.into()),
    }
}

/// One registration as the coordinators' table shows it.
pub struct RegistrationView {
    pub id: i64,
    pub number: usize,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub safe_to_message: String,
    pub places: i64,
    pub needs: String,
    pub state: RegistrationState,
    pub state_label: String,
    pub wants_mail: bool,
    pub came: bool,
    pub registered_at: String,
}

#[derive(Template)]
#[template(path = "admin/registrations.html")]
struct RegistrationsPage {
    l: Layout,
    a: AdminNav,
    event_id: i64,
    when: String,
    places: String,
    waiting: i64,
    rows: Vec<RegistrationView>,
    with_mail: usize,
    notice: Option<String>,
    can_edit: bool,
}

fn registration_views(
    state: &AppState,
    lang: Lang,
    opened: Vec<crate::app::events::OpenedForCoordinators>,
) -> Vec<RegistrationView> {
    let tz = &state.config.time_zone;
    opened
        .into_iter()
        .enumerate()
        .map(|(i, o)| {
            let p = &o.personal;
            RegistrationView {
                id: o.row.id,
                number: i + 1,
                name: p.name.as_ref().map(|n| n.as_str().to_owned()).unwrap_or_default(),
                email: p.email.as_ref().map(|e| e.as_str().to_owned()).unwrap_or_default(),
                phone: p.phone.as_ref().map(|e| e.as_str().to_owned()).unwrap_or_default(),
                safe_to_message: match p.safe_to_message {
                    Some(true) => SafeToMessage::Yes.label(lang),
                    Some(false) => SafeToMessage::No.label(lang),
                    None => String::new(),
                },
                places: o.row.places,
                needs: p.needs_text(lang),
                state: o.row.state,
                state_label: o.row.state.label(lang),
                wants_mail: o.row.wants_mail,
                came: o.row.came,
                registered_at: local_time::display(&o.row.created_at, tz, lang),
            }
        })
        .collect()
}

/// `GET /admin/events/{id}/registrations`: who registered, opened for the coordinators;
/// the view is audited.
pub async fn registrations(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<i64>,
    uri: Uri,
) -> Result<Response> {
    let lang = staff.lang;
    let event = load(&state, lang, id).await?;
    let opened = state.events.registrations((&staff.who).into(), id, false).await?;
    let rows = registration_views(&state, lang, opened);
    let notice = match uri.query().unwrap_or("") {
        "done" => Some(lang.t("admin-saved")),
        "not-done" => Some(lang.t("admin-events-action-not-done")),
        query if query.starts_with("sent=") => {
            let count: i64 = query[5..].parse().unwrap_or(0);
            Some(lang.t_args("admin-events-message-sent", &[("count", count.into())]))
        }
        _ => None,
    };
    let path = format!("/admin/events/{id}/registrations");
    let title = lang.t_args("admin-registrations-title", &[("title", event.title.clone().into())]);
    let (l, a) = admin_frame(&state, &staff, &path, title, "events").await?;
    let page = RegistrationsPage {
        l,
        a,
        event_id: id,
        when: local_time::span(&event.starts_at, &event.ends_at, &state.config.time_zone, lang),
        places: format!("{} / {}", event.places_taken, event.capacity),
        waiting: event.waiting_now,
        with_mail: rows.iter().filter(|r| r.wants_mail && r.state != RegistrationState::Cancelled).count(),
        rows,
        notice,
        can_edit: Access::Content.admits(staff.who.role),
    };
    Ok(Page::new(page).into_response())
}

/// `POST /admin/events/{id}/registrations/{registration}/{action}`: cancel, promote (from
/// the waiting list), came, not-came.
pub async fn act(
    State(state): State<AppState>,
    Path((id, registration, action)): Path<(i64, i64, String)>,
    StaffForm { staff, .. }: StaffForm,
) -> Result<Response> {
    let action = match action.as_str() {
        "cancel" => CoordinatorAction::Cancel,
        "promote" => CoordinatorAction::Promote,
        "came" => CoordinatorAction::Came(true),
        "not-came" => CoordinatorAction::Came(false),
        _ => return Err(AppError::NotFound),
    };
    let done = state.events.act((&staff.who).into(), id, registration, action).await?;
    if done {
        state.pages.invalidate();
        state.mail_wake.notify_one();
    }
    let outcome = if done { "done" } else { "not-done" };
    Ok(Redirect::to(&format!("/admin/events/{id}/registrations?{outcome}")).into_response())
}

/// `POST /admin/events/{id}/message`: writes to everyone registered who asked for mail.
pub async fn message(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    StaffForm { staff, input }: StaffForm,
) -> Result<Response> {
    let Ok(text) = LongText::parse(input.get("message")) else {
        return Ok(Redirect::to(&format!("/admin/events/{id}/registrations?not-done")).into_response());
    };
    let sent = state.events.message_everyone((&staff.who).into(), id, text.as_str()).await?;
    state.mail_wake.notify_one();
    Ok(Redirect::to(&format!("/admin/events/{id}/registrations?sent={sent}")).into_response())
}

/// `GET /admin/events/{id}/registrations.csv`: the list for a spreadsheet, formula-safe;
/// contact details only for administrators. Audited.
pub async fn export(State(state): State<AppState>, staff: Staff, Path(id): Path<i64>) -> Result<Response> {
    let lang = staff.lang;
    load(&state, lang, id).await?;
    let opened = state.events.registrations((&staff.who).into(), id, true).await?;
    let with_contacts = staff.who.role == Role::Admin;
    let mut header: Vec<String> = ["number", "name", "places", "state", "needs", "came", "registered"]
        .iter()
        .map(|k| lang.t(&format!("admin-registrations-col-{k}")))
        .collect();
    if with_contacts {
        header.extend(
            ["email", "phone", "safe"].iter().map(|k| lang.t(&format!("admin-registrations-col-{k}"))),
        );
    }
    let rows = registration_views(&state, lang, opened).into_iter().map(|r| {
        let mut record = vec![
            r.number.to_string(),
            r.name,
            r.places.to_string(),
            r.state_label,
            r.needs,
            if r.came { lang.t("admin-yes") } else { String::new() },
            r.registered_at,
        ];
        if with_contacts {
            record.extend([r.email, r.phone, r.safe_to_message]);
        }
        record
    });
    let mut body = b"\xEF\xBB\xBF".to_vec();
    body.extend(csv_lines(std::iter::once(header).chain(rows))?);
    Ok(attachment(
        body.into_response(),
        "text/csv; charset=utf-8",
        "attachment; filename=\"registrations.csv\"",
    ))
}
