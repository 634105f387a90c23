//! The public side of events: the list, an event's page with its registration form, its
//! calendar file and the feeds, and her private page (see or cancel her registration).

use std::net::SocketAddr;

use askama::Template;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::app::events::{RegisterError, now_stored, public_place};
use crate::compressed::CachePolicy;
use crate::db::events::{self, EventPage};
use crate::domain::FieldError;
use crate::domain::choices::{SafeToMessage, SpokenLanguage};
use crate::domain::event::{Accessibility, EventStatus, Need, Registration, RegistrationState};
use crate::domain::form_input::FormInput;
use crate::domain::vocab::Choice;
use crate::error::{AppError, RETRY_AFTER_SECONDS, Result};
use crate::feeds::{self, FeedEntry};
use crate::i18n::Lang;
use crate::local_time;
use crate::markdown::markdown;
use crate::web::AppState;
use crate::web::cookies::{self, FormCookie};
use crate::web::form_guard;
use crate::web::forms::{FormView, form_error, guarded};
use crate::web::layout::Layout;
use crate::web::page::{Page, attachment, with_policy};
use crate::web::page_cache::HOLE;

/// The form's name in its tokens.
const REGISTRATION_FORM: &str = "event";
const CANCEL_FORM: &str = "registration-cancel";
/// Past events shown per page.
const PAST_PER_PAGE: i64 = 20;

/// An event as the list and the home page show it.
pub struct EventCard {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub kind: String,
    pub when: String,
    pub place: String,
    /// "Cancelled", "Postponed": shown plainly, beside the title.
    pub status: Option<String>,
    /// "5 places left", "Full: join the waiting list"; nothing for a past event.
    pub availability: Option<String>,
    pub lang: Option<String>,
}

/// The place as the public may read it: online, the address when public, else the town.
fn place_line(event: &EventPage, lang: Lang) -> String {
    public_place(event, lang).unwrap_or_else(|| event.town.clone())
}

fn status_label(event: &EventPage, lang: Lang) -> Option<String> {
    (event.status != EventStatus::Scheduled).then(|| event.status.label(lang))
}

/// How many places are left, or what happens when there are none.
fn availability(event: &EventPage, lang: Lang, now: &str) -> Option<String> {
    if event.status != EventStatus::Scheduled || event.ends_at.as_str() <= now {
        return None;
    }
    let left = event.places_left();
    Some(match (left, event.waiting_list) {
        (0, true) => lang.t("event-full-waiting-list"),
        (0, false) => lang.t("event-full"),
        (left, _) => lang.t_args("event-places-left", &[("count", left.into())]),
    })
}

fn foreign(event: &EventPage, lang: Lang) -> Option<String> {
    (event.text_lang != lang.code()).then(|| event.text_lang.clone())
}

pub fn card(state: &AppState, event: &EventPage, lang: Lang, now: &str) -> EventCard {
    EventCard {
        slug: event.slug.clone(),
        title: event.title.clone(),
        summary: event.summary.clone(),
        kind: event.kind.label(lang),
        when: local_time::span(&event.starts_at, &event.ends_at, &state.config.time_zone, lang),
        place: place_line(event, lang),
        status: status_label(event, lang),
        availability: availability(event, lang, now),
        lang: foreign(event, lang),
    }
}

#[derive(Template)]
#[template(path = "events.html")]
struct EventsPage {
    l: Layout,
    upcoming: Vec<EventCard>,
    past: Vec<EventCard>,
    /// The page of past events shown (1 on `/events`).
    page: i64,
    more_past: bool,
}

async fn list_page(state: &AppState, lang: Lang, headers: &HeaderMap, page: i64) -> Result<Response> {
    let path = if page == 1 { "/events".to_owned() } else { format!("/events/past/{page}") };
    state
        .pages
        .serve(lang, &path, headers, || async {
            let now = now_stored();
            let upcoming =
                if page == 1 { events::upcoming(&state.db.read, lang, &now, 200).await? } else { Vec::new() };
            let past =
                events::past(&state.db.read, lang, &now, PAST_PER_PAGE + 1, (page - 1) * PAST_PER_PAGE)
                    .await?;
            if page > 1 && past.is_empty() {
                return Ok(None);
            }
            let more_past = past.len() as i64 > PAST_PER_PAGE;
            let l = Layout::new(
                &state.site,
                lang,
                &path,
                lang.t("page-events-title"),
                lang.t("page-events-description"),
            );
            let page = EventsPage {
                l,
                upcoming: upcoming.iter().map(|e| card(state, e, lang, &now)).collect(),
                past: past.iter().take(PAST_PER_PAGE as usize).map(|e| card(state, e, lang, &now)).collect(),
                page,
                more_past,
            };
            Ok(Some(page.render()?))
        })
        .await
}

/// `GET /{lang}/events`: upcoming events, then the latest past ones.
pub async fn list(State(state): State<AppState>, lang: Lang, headers: HeaderMap) -> Result<Response> {
    list_page(&state, lang, &headers, 1).await
}

/// `GET /{lang}/events/past/{page}`: older past events.
pub async fn past(
    State(state): State<AppState>,
    lang: Lang,
    Path((_, page)): Path<(String, i64)>,
    headers: HeaderMap,
) -> Result<Response> {
    if page < 2 {
        return Err(AppError::NotFound);
    }
    list_page(&state, lang, &headers, page).await
}

/// An event as its page shows it.
pub struct EventView {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub html: String,
    pub kind: String,
    pub when: String,
    pub place: String,
    /// The address is kept for those who registered.
    pub address_private: bool,
    pub languages: String,
    pub accessibility: Vec<String>,
    pub status: Option<String>,
    pub cancelled: bool,
    pub availability: Option<String>,
    /// When registration opens or closes, or that it is closed.
    pub registration_note: Option<String>,
    pub open: bool,
    /// Registration is open but every place is taken: the form puts her on the waiting list.
    pub waiting: bool,
    pub max_places: i64,
    pub lang: Option<String>,
    /// schema.org `Event` data, as JSON.
    pub json_ld: String,
}

fn event_view(state: &AppState, event: &EventPage, lang: Lang, now: &str) -> EventView {
    let tz = &state.config.time_zone;
    let open = event.is_open(now);
    let registration_note = if event.status != EventStatus::Scheduled || event.ends_at.as_str() <= now {
        None
    } else if open {
        Some(lang.t_args(
            "event-registration-until",
            &[("when", local_time::display(event.closes_at(), tz, lang).into())],
        ))
    } else if event.registration_opens_at.as_deref().is_some_and(|opens| now < opens) {
        let opens = event.registration_opens_at.as_deref().unwrap_or_default();
        Some(
            lang.t_args("event-registration-opens", &[("when", local_time::display(opens, tz, lang).into())]),
        )
    } else {
        Some(lang.t("event-registration-closed"))
    };
    let full = event.places_left() == 0;
    EventView {
        slug: event.slug.clone(),
        title: event.title.clone(),
        summary: event.summary.clone(),
        html: markdown(&event.body),
        kind: event.kind.label(lang),
        when: local_time::span(&event.starts_at, &event.ends_at, tz, lang),
        place: place_line(event, lang),
        address_private: !event.online && !event.address_public,
        languages: SpokenLanguage::labels_of_codes(&event.languages, lang),
        accessibility: event
            .accessibility
            .split(',')
            .filter_map(Accessibility::parse)
            .map(|a| a.label(lang))
            .collect(),
        status: status_label(event, lang),
        cancelled: event.status == EventStatus::Cancelled,
        availability: availability(event, lang, now),
        registration_note,
        open: open && (!full || event.waiting_list),
        waiting: full && event.waiting_list,
        max_places: event.max_per_registration,
        lang: foreign(event, lang),
        json_ld: json_ld(state, event, lang),
    }
}

/// schema.org `Event` for search engines: what the page shows, never more (no private
/// address, no attendee).
fn json_ld(state: &AppState, event: &EventPage, lang: Lang) -> String {
    let status = match event.status {
        EventStatus::Scheduled => "https://schema.org/EventScheduled",
        EventStatus::Postponed => "https://schema.org/EventPostponed",
        EventStatus::Cancelled => "https://schema.org/EventCancelled",
    };
    let location = if event.online {
        serde_json::json!({ "@type": "VirtualLocation", "url": state.events.event_url(lang, &event.slug) })
    } else if event.address_public && !event.address.is_empty() {
        serde_json::json!({ "@type": "Place", "name": event.town, "address": event.address_line() })
    } else {
        serde_json::json!({ "@type": "Place", "name": event.town, "address": event.town })
    };
    let data = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "startDate": event.starts_at,
        "endDate": event.ends_at,
        "eventStatus": status,
        "eventAttendanceMode": if event.online { "https://schema.org/OnlineEventAttendanceMode" } else { "https://schema.org/OfflineEventAttendanceMode" },
        "location": location,
        "inLanguage": lang.code(),
        "url": state.events.event_url(lang, &event.slug),
        "isAccessibleForFree": true,
        "maximumAttendeeCapacity": event.capacity,
        "remainingAttendeeCapacity": event.places_left(),
    });
    // Inside <script>, "</" would end the element: JSON allows writing it "<\/".
    data.to_string().replace("</", "<\\/")
}

#[derive(Template)]
#[template(path = "event.html")]
struct EventDetailPage {
    l: Layout,
    e: EventView,
    /// The form: while registration is open, and whenever a refused one comes back with
    /// what she typed and why (even if the last place went meanwhile).
    show_form: bool,
    form: FormView,
    safe_to_message: Vec<Choice>,
    needs: Vec<Choice>,
    languages: Vec<Choice>,
    /// Days after the event before her answers are deleted (`EVENT_RETENTION_DAYS`).
    retention_days: u32,
}

fn render_event(
    state: &AppState,
    event: &EventPage,
    lang: Lang,
    input: FormInput,
    errors: Vec<FieldError>,
    token: String,
) -> Result<String> {
    let path = format!("/events/{}", event.slug);
    let mut l = Layout::new(&state.site, lang, &path, event.title.clone(), event.summary.clone());
    if !errors.is_empty() {
        l.title = lang.t_args("form-title-with-errors", &[("title", l.title.clone().into())]);
    }
    let e = event_view(state, event, lang, &now_stored());
    let page = EventDetailPage {
        show_form: e.open || !errors.is_empty(),
        e,
        l,
        form: FormView::new(lang, input, errors, token),
        safe_to_message: SafeToMessage::options(lang),
        needs: Need::options(lang),
        languages: SpokenLanguage::options(lang),
        retention_days: state.config.event_retention_days,
    };
    Ok(page.render()?)
}

/// `GET /{lang}/events/{slug}` (and `{slug}.ics`, its calendar file).
pub async fn detail(
    State(state): State<AppState>,
    lang: Lang,
    Path((_, slug)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response> {
    if let Some(slug) = slug.strip_suffix(".ics") {
        let event = events::by_slug(&state.db.read, lang, slug).await?.ok_or(AppError::NotFound)?;
        return Ok(calendar_response(state.events.calendar(&event, lang)));
    }
    let path = format!("/events/{slug}");
    let cookie = FormCookie::of(&headers);
    let token = form_guard::issue(&state.keys, REGISTRATION_FORM, &cookie.value);
    // Open for registration when last rendered, and nothing changed since: no lookup.
    if let Some(mut response) = state.pages.holed_response(lang, &path, &headers, &token) {
        cookie.set_on(&mut response, state.config.is_https());
        return Ok(response);
    }
    let event = events::by_slug(&state.db.read, lang, &slug).await?.ok_or(AppError::NotFound)?;
    if !event_view(&state, &event, lang, &now_stored()).open {
        // No form, nothing per visitor: the page is kept whole.
        return state
            .pages
            .serve(lang, &path, &headers, || async {
                Ok(Some(render_event(&state, &event, lang, FormInput::default(), Vec::new(), String::new())?))
            })
            .await;
    }
    let mut response = state
        .pages
        .serve_with_hole(lang, &path, &headers, &token, || async {
            render_event(&state, &event, lang, FormInput::default(), Vec::new(), HOLE.to_owned())
        })
        .await?;
    cookie.set_on(&mut response, state.config.is_https());
    Ok(response)
}

/// `POST /{lang}/events/{slug}`: registers her, then shows her private page.
pub async fn register(
    State(state): State<AppState>,
    lang: Lang,
    Path((_, slug)): Path<(String, String)>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response> {
    if !form_guard::is_form_encoded(&headers) {
        return Err(AppError::Status(StatusCode::UNSUPPORTED_MEDIA_TYPE));
    }
    let event = events::by_slug(&state.db.read, lang, &slug).await?.ok_or(AppError::NotFound)?;
    let input = FormInput::parse(&body);
    let again = |errors: Vec<FieldError>, status: StatusCode, token: Option<String>| -> Result<Response> {
        let cookie = FormCookie::of(&headers);
        let token = token.unwrap_or_else(|| form_guard::issue(&state.keys, REGISTRATION_FORM, &cookie.value));
        let html = render_event(&state, &event, lang, input.clone(), errors, token)?;
        let mut response = (status, Html(html)).into_response();
        cookie.set_on(&mut response, state.config.is_https());
        Ok(response)
    };
    let max_places = u32::try_from(event.max_per_registration).unwrap_or(1);
    let (registration, idempotency_key) =
        match guarded(&state, REGISTRATION_FORM, peer, &headers, &input, |input| {
            Registration::parse(input, max_places)
        }) {
            Ok(parsed) => parsed,
            Err((errors, status)) => return again(errors, status, None),
        };
    match state.events.register(event.id, lang, &registration, &idempotency_key).await {
        Ok(registered) => {
            state.pages.invalidate();
            state.mail_wake.notify_one();
            Ok(Redirect::to(&format!("/{lang}/registration/{}?new", registered.secret)).into_response())
        }
        Err(RegisterError::Closed) => {
            again(form_error("error-event-closed"), StatusCode::UNPROCESSABLE_ENTITY, None)
        }
        Err(RegisterError::Full) => {
            again(form_error("error-event-full"), StatusCode::UNPROCESSABLE_ENTITY, None)
        }
        // Not on disk: she keeps what she typed, and the same token finds her registration
        // if it reached the disk after all.
        Err(RegisterError::NotStored(_)) => {
            let token = input.get("token").to_owned();
            let mut response =
                again(form_error("error-not-saved"), StatusCode::SERVICE_UNAVAILABLE, Some(token))?;
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(RETRY_AFTER_SECONDS));
            Ok(response)
        }
    }
}

fn calendar_response(ics: String) -> Response {
    // The same neutral file name for every event.
    attachment(
        ([(header::CONTENT_TYPE, "text/calendar; charset=utf-8")], ics).into_response(),
        "text/calendar; charset=utf-8",
        "attachment; filename=\"calendar.ics\"",
    )
}

/// `GET /{lang}/events.ics`: upcoming published events, for a calendar to subscribe to.
pub async fn calendar_feed(State(state): State<AppState>, lang: Lang) -> Result<Response> {
    let upcoming = events::upcoming(&state.db.read, lang, &now_stored(), 500).await?;
    let entries: Vec<_> = upcoming.iter().map(|e| state.events.calendar_entry(e, lang)).collect();
    let ics = feeds::calendar(&state.site.name(lang), &entries);
    let response = ([(header::CONTENT_TYPE, "text/calendar; charset=utf-8")], ics).into_response();
    Ok(with_policy(response, CachePolicy::Revalidate))
}

/// `GET /{lang}/events.atom`: the Atom feed of upcoming events.
pub async fn atom_feed(State(state): State<AppState>, lang: Lang) -> Result<Response> {
    let upcoming = events::upcoming(&state.db.read, lang, &now_stored(), 500).await?;
    let entries: Vec<FeedEntry> = upcoming
        .iter()
        .map(|e| FeedEntry {
            url: state.events.event_url(lang, &e.slug),
            title: e.title.clone(),
            summary: format!(
                "{} · {} · {}",
                local_time::span(&e.starts_at, &e.ends_at, &state.config.time_zone, lang),
                place_line(e, lang),
                e.summary
            ),
            updated_at: e.updated_at.clone(),
        })
        .collect();
    let base = &state.config.public_url;
    let xml = feeds::atom(
        &format!("{} · {}", lang.t("page-events-title"), state.site.name(lang)),
        &format!("{base}/{lang}/events.atom"),
        &format!("{base}/{lang}/events"),
        lang.code(),
        &entries,
    );
    let response = ([(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")], xml).into_response();
    Ok(with_policy(response, CachePolicy::Revalidate))
}

#[derive(Template)]
#[template(path = "registration.html")]
struct RegistrationPage {
    l: Layout,
    e: EventView,
    state: RegistrationState,
    state_label: String,
    waiting_position: Option<i64>,
    places: i64,
    /// The full address, for a registration with a place at an event whose address is private.
    address: Option<String>,
    just_registered: bool,
    cancelled_now: bool,
    secret: String,
    token: String,
}

#[derive(Deserialize)]
pub struct RegistrationQuery {
    new: Option<String>,
    cancelled: Option<String>,
}

/// `GET /{lang}/registration/{secret}`: her registration, from her private link.
pub async fn registration(
    State(state): State<AppState>,
    lang: Lang,
    Path((_, secret)): Path<(String, String)>,
    Query(query): Query<RegistrationQuery>,
    headers: HeaderMap,
) -> Result<Response> {
    let opened = state.events.open_by_link(lang, &secret).await?.ok_or(AppError::NotFound)?;
    let event = &opened.event;
    let title = if event.sensitive { lang.t("registration-title-neutral") } else { event.title.clone() };
    // Her own page: never listed, never kept by a cache (the default policy).
    // Its own address, so that switching language stays on her page.
    let path = format!("/registration/{secret}");
    let l = Layout::new(&state.site, lang, &path, title, String::new()).not_indexed();
    let address =
        (opened.row.state == RegistrationState::Confirmed && !event.online && !event.address.is_empty())
            .then(|| event.address_line());
    let cookie = FormCookie::of(&headers);
    let token = form_guard::issue(&state.keys, CANCEL_FORM, &cookie.value);
    let page = RegistrationPage {
        e: event_view(&state, event, lang, &now_stored()),
        l,
        state: opened.row.state,
        state_label: opened.row.state.label(lang),
        waiting_position: opened.waiting_position,
        places: opened.row.places,
        address,
        just_registered: query.new.is_some(),
        cancelled_now: query.cancelled.is_some(),
        secret,
        token,
    };
    let mut response = Page::new(page).into_response();
    cookie.set_on(&mut response, state.config.is_https());
    Ok(response)
}

/// `GET /{lang}/registration/{secret}/calendar.ics`: her event in her calendar (neutral
/// for a sensitive event).
pub async fn registration_calendar(
    State(state): State<AppState>,
    lang: Lang,
    Path((_, secret)): Path<(String, String)>,
) -> Result<Response> {
    let opened = state.events.open_by_link(lang, &secret).await?.ok_or(AppError::NotFound)?;
    Ok(calendar_response(state.events.calendar(&opened.event, lang)))
}

/// `POST /{lang}/registration/{secret}/cancel`: she cancels; her place goes to the first on
/// the waiting list who fits.
pub async fn cancel(
    State(state): State<AppState>,
    lang: Lang,
    Path((_, secret)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response> {
    if !form_guard::is_form_encoded(&headers) {
        return Err(AppError::Status(StatusCode::UNSUPPORTED_MEDIA_TYPE));
    }
    let input = FormInput::parse(&body);
    let cookie = cookies::form_cookie(&headers);
    let valid = !form_guard::is_cross_site(&headers)
        && form_guard::check(&state.keys, CANCEL_FORM, cookie.as_deref(), input.get("token"), 0).is_ok();
    if !valid {
        return Err(AppError::Status(StatusCode::FORBIDDEN));
    }
    // Cancelled already (a second click): her page shows it as it is.
    if !state.events.cancel_by_link(&secret).await? {
        return Ok(Redirect::to(&format!("/{lang}/registration/{secret}")).into_response());
    }
    state.pages.invalidate();
    state.mail_wake.notify_one();
    Ok(Redirect::to(&format!("/{lang}/registration/{secret}?cancelled")).into_response())
}
