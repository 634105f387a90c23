//! "What do you hold about me?": a coordinator finds every record about one person from
//! her email address or phone number (through the keyed person index), prints or
//! downloads all of it, or erases all of it. The contact travels only in form posts,
//! never in an address; each search, export and erasure is in the audit log with how
//! many records, never what they hold.

use askama::Template;
use axum::extract::{FromRequest, Request, State};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};

use super::request::{AttemptView, Field, NoteView, Sent, attempts_of, notes_of, personal_fields};
use super::{AdminNav, Staff, StaffForm, admin_frame};
use crate::app::people::{self, Found};
use crate::db::requests::RequestDetail;
use crate::domain::choices::SafeToMessage;
use crate::domain::contact::ContactKey;
use crate::domain::form_input::FormInput;
use crate::domain::vocab::RequestKind;
use crate::error::Result;
use crate::i18n::Lang;
use crate::local_time;
use crate::web::AppState;
use crate::web::layout::Layout;
use crate::web::page::{Page, attachment};

/// One record found, with everything it holds, opened.
pub struct RecordView {
    pub reference: String,
    pub kind_label: String,
    pub status_label: String,
    pub created: String,
    pub closed: String,
    pub safety: Vec<Field>,
    pub fields: Vec<Field>,
    pub message: Option<String>,
    pub notes: Vec<NoteView>,
    pub attempts: Vec<AttemptView>,
}

/// One event registration found, opened.
pub struct RegistrationRecord {
    pub id: i64,
    /// The event's title, its time and her registration's state.
    pub event: String,
    pub when: String,
    pub state_label: String,
    pub registered: String,
    pub fields: Vec<Field>,
}

/// Everything found about one person, as the page and its printable export show it.
pub struct FoundViews {
    pub records: Vec<RecordView>,
    pub registrations: Vec<RegistrationRecord>,
}

impl FoundViews {
    pub fn total(&self) -> usize {
        self.records.len() + self.registrations.len()
    }
}

#[derive(Template)]
#[template(path = "admin/people.html")]
struct PeoplePage {
    l: Layout,
    a: AdminNav,
    /// What she typed, kept in the form.
    q: String,
    error: Option<String>,
    /// `None` before a search.
    found: Option<FoundViews>,
    /// How many records an erasure just removed.
    erased: Option<usize>,
}

#[derive(Template)]
#[template(path = "admin/person_export.html")]
struct ExportPage {
    l: Layout,
    a: AdminNav,
    found: FoundViews,
}

async fn page(
    state: &AppState,
    staff: &Staff,
    q: String,
    error: Option<String>,
    found: Option<FoundViews>,
    erased: Option<usize>,
) -> Result<Response> {
    let (l, a) =
        admin_frame(state, staff, "/admin/people", staff.lang.t("admin-people-title"), "people").await?;
    let status = if error.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(Page::new(PeoplePage { l, a, q, error, found, erased }).status(status).into_response())
}

/// `GET /admin/people`: the search form (and, after an erasure, how many were erased).
pub async fn search_form(State(state): State<AppState>, staff: Staff, uri: Uri) -> Result<Response> {
    let query = FormInput::parse(uri.query().unwrap_or("").as_bytes());
    let erased = query.get("erased").parse().ok();
    page(&state, &staff, String::new(), None, None, erased).await
}

/// A form post of the people page: from a coordinator in her session ([`StaffForm`]),
/// holding an email address or a phone number in `q`. Anything else gets the people page
/// back (422), with the reason beside what was typed.
pub struct ContactForm {
    staff: Staff,
    input: FormInput,
    /// As typed, for the forms of the page.
    q: String,
    contact: ContactKey,
}

impl FromRequest<AppState> for ContactForm {
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> std::result::Result<Self, Self::Rejection> {
        let StaffForm { staff, input } = StaffForm::from_request(request, state).await?;
        let q = input.get("q").trim().to_owned();
        match ContactKey::parse(&q) {
            Some(contact) => Ok(ContactForm { staff, input, q, contact }),
            None => {
                let error = staff.lang.t("admin-people-error");
                Err(page(state, &staff, q, Some(error), None, None).await.into_response())
            }
        }
    }
}

async fn record_view(state: &AppState, lang: Lang, r: &RequestDetail) -> Result<RecordView> {
    let Sent { safety, fields, message, .. } = personal_fields(state, lang, r)?;
    let tz = &state.config.time_zone;
    Ok(RecordView {
        reference: r.reference.clone(),
        kind_label: r.kind.label(lang),
        status_label: match (r.kind, r.volunteer_status) {
            (RequestKind::Support, Some(status)) => status.label(lang),
            _ => r.status.label(lang),
        },
        created: local_time::display(&r.created_at, tz, lang),
        closed: r.closed_at.as_deref().map(|c| local_time::display(c, tz, lang)).unwrap_or_default(),
        safety,
        fields,
        message,
        notes: notes_of(state, lang, r.id).await?,
        attempts: attempts_of(state, lang, r.id).await?,
    })
}

async fn views(state: &AppState, lang: Lang, found: &Found) -> Result<FoundViews> {
    let mut records = Vec::with_capacity(found.requests.len());
    for r in &found.requests {
        records.push(record_view(state, lang, r).await?);
    }
    let tz = &state.config.time_zone;
    let registrations = found
        .registrations
        .iter()
        .map(|(event, opened)| {
            let p = &opened.personal;
            let mut fields = Vec::new();
            let mut field = |key: &str, value: String| {
                if !value.is_empty() {
                    fields.push(Field { label: lang.t(key), value });
                }
            };
            field(
                "admin-registrations-col-name",
                p.name.as_ref().map(|n| n.as_str().to_owned()).unwrap_or_default(),
            );
            field(
                "admin-registrations-col-email",
                p.email.as_ref().map(|e| e.as_str().to_owned()).unwrap_or_default(),
            );
            field(
                "admin-registrations-col-phone",
                p.phone.as_ref().map(|e| e.as_str().to_owned()).unwrap_or_default(),
            );
            field(
                "admin-registrations-col-safe",
                p.safe_to_message
                    .map(|safe| if safe { SafeToMessage::Yes } else { SafeToMessage::No }.label(lang))
                    .unwrap_or_default(),
            );
            field("admin-registrations-col-places", opened.row.places.to_string());
            field("admin-registrations-col-needs", p.needs_text(lang));
            RegistrationRecord {
                id: opened.row.id,
                event: event.title.clone(),
                when: local_time::span(&event.starts_at, &event.ends_at, tz, lang),
                state_label: opened.row.state.label(lang),
                registered: local_time::display(&opened.row.created_at, tz, lang),
                fields,
            }
        })
        .collect();
    Ok(FoundViews { records, registrations })
}

/// `POST /admin/people`: every record holding the email address or phone number typed.
pub async fn search(
    State(state): State<AppState>,
    ContactForm { staff, q, contact, .. }: ContactForm,
) -> Result<Response> {
    let found = people::find(&state.db, &state.keys, &state.events, &staff.who, staff.lang, &contact).await?;
    let views = views(&state, staff.lang, &found).await?;
    page(&state, &staff, q, None, Some(views), None).await
}

/// `POST /admin/people/export`: everything found, as a page to print or save.
pub async fn export_page(
    State(state): State<AppState>,
    ContactForm { staff, contact, .. }: ContactForm,
) -> Result<Response> {
    let found = people::find(&state.db, &state.keys, &state.events, &staff.who, staff.lang, &contact).await?;
    let found = views(&state, staff.lang, &found).await?;
    people::exported(&state.db, &staff.who, found.total()).await?;
    let (l, a) =
        admin_frame(&state, &staff, "/admin/people", staff.lang.t("admin-people-export-title"), "people")
            .await?;
    Ok(Page::new(ExportPage { l, a, found }).into_response())
}

/// `POST /admin/people/export.json`: everything found, as data she can take elsewhere.
pub async fn export_json(
    State(state): State<AppState>,
    ContactForm { staff, contact, .. }: ContactForm,
) -> Result<Response> {
    let found = people::find(&state.db, &state.keys, &state.events, &staff.who, staff.lang, &contact).await?;
    let mut records = Vec::with_capacity(found.requests.len());
    for r in &found.requests {
        records.push(record_json(&state, r).await?);
    }
    let registrations: Vec<_> = found
        .registrations
        .iter()
        .map(|(event, opened)| {
            let mut personal = serde_json::to_value(&opened.personal).unwrap_or_default();
            // The secret of her link is a key, not something she told us.
            if let Some(fields) = personal.as_object_mut() {
                fields.remove("link_secret");
            }
            serde_json::json!({
                "event": event.slug,
                "event_starts_at": event.starts_at,
                "registered_at": opened.row.created_at,
                "state": opened.row.state.code(),
                "places": opened.row.places,
                "wants_mail": opened.row.wants_mail,
                "came": opened.row.came,
                "form_language": opened.row.lang,
                "personal": personal,
            })
        })
        .collect();
    people::exported(&state.db, &staff.who, found.len()).await?;
    let body = serde_json::to_vec_pretty(
        &serde_json::json!({ "records": records, "event_registrations": registrations }),
    )?;
    Ok(attachment(body.into_response(), "application/json", "attachment; filename=\"records.json\""))
}

/// One record as JSON: codes and UTC times as stored, her own words as she sent them.
async fn record_json(state: &AppState, r: &RequestDetail) -> Result<serde_json::Value> {
    let personal: serde_json::Value = serde_json::from_slice(&state.keys.open(&r.sealed_personal)?)?;
    let list =
        |codes: &str| codes.split(',').filter(|c| !c.is_empty()).map(str::to_owned).collect::<Vec<_>>();
    let notes: Vec<_> = crate::db::requests::notes(&state.db.read, r.id)
        .await?
        .into_iter()
        .map(|n| {
            let body = state.keys.open(&n.sealed_body).map(|b| String::from_utf8_lossy(&b).into_owned());
            serde_json::json!({ "at": n.created_at, "author": n.author_name, "text": body.unwrap_or_default() })
        })
        .collect();
    let attempts: Vec<_> = crate::db::requests::attempts(&state.db.read, r.id)
        .await?
        .into_iter()
        .map(|a| serde_json::json!({ "at": a.at, "by": a.author_name, "outcome": a.outcome.code() }))
        .collect();
    Ok(serde_json::json!({
        "reference": r.reference,
        "kind": r.kind.code(),
        "status": r.status.code(),
        "volunteer_status": r.volunteer_status.map(|s| s.code()),
        "created_at": r.created_at,
        "closed_at": r.closed_at,
        "form_language": r.lang,
        "contact_language": r.contact_language,
        "region": r.region,
        "topics": list(&r.topics),
        "help_ways": list(&r.help_ways),
        "spoken_languages": list(&r.spoken_languages),
        "wants_confirmation": r.wants_confirmation,
        "follow_up_on": r.follow_up_on,
        "personal": personal,
        "notes": notes,
        "contact_attempts": attempts,
    }))
}

/// `POST /admin/people/erase`: erases every record holding the contact, once confirmed.
pub async fn erase(
    State(state): State<AppState>,
    ContactForm { staff, input, q, contact }: ContactForm,
) -> Result<Response> {
    if input.get("confirm") != "yes" {
        let found =
            people::find(&state.db, &state.keys, &state.events, &staff.who, staff.lang, &contact).await?;
        let views = views(&state, staff.lang, &found).await?;
        return page(
            &state,
            &staff,
            q,
            Some(staff.lang.t("admin-people-confirm-missing")),
            Some(views),
            None,
        )
        .await;
    }
    let erased = people::erase(&state.db, &state.keys, &state.events, &staff.who, &contact).await?;
    state.pages.invalidate();
    Ok(Redirect::to(&format!("/admin/people?erased={erased}")).into_response())
}
