//! Events: registering without an account (never overbooked), her private link, the
//! waiting list, reminders and notices through the outbox, and the coordinators' work on
//! events and registrations, each change with its audit entry in one transaction.
//!
//! Places are decided inside a write transaction (`BEGIN IMMEDIATE` on the one writing
//! connection): registrations are serialised, each sees the places the ones before it took,
//! and places go in the order registrations commit.

use jiff::Timestamp;
use jiff::tz::TimeZone;
use sqlx::SqliteConnection;

use crate::clock::now_ms;
use crate::config::Config;
use crate::crypto::{Keys, random_token, secret_hash};
use crate::db::audit::{self, Actor};
use crate::db::content::Texts;
use crate::db::events::{self, EventPage, NewRegistration, RegistrationRow};
use crate::db::requests::IndexDigests;
use crate::db::{Db, begin_write, outbox};
use crate::domain::event::{
    EventFacts, EventStatus, Registration, RegistrationPersonal, RegistrationState, stored,
};
use crate::domain::vocab::{AuditAction, MailPurpose};
use crate::feeds::{self, CalendarEntry};
use crate::i18n::Lang;
use crate::local_time;
use crate::mail::message::{self, EventMail, MailSettings, OutgoingMail, RegistrationNews};

/// Everything the events' use cases need besides what is asked of them.
#[derive(Clone)]
pub struct EventDesk {
    db: Db,
    keys: Keys,
    mail: MailSettings,
    tz: TimeZone,
}

/// A registration that was stored.
#[derive(Debug, Clone)]
pub struct Registered {
    pub state: RegistrationState,
    /// The secret of her private link.
    pub secret: String,
}

/// Why a registration was not stored.
#[derive(Debug, thiserror::Error)]
pub enum RegisterError {
    /// Not open: not yet, no longer, or the event is not scheduled.
    #[error("registration is closed")]
    Closed,
    /// No place left and no waiting list.
    #[error("the event is full")]
    Full,
    #[error(transparent)]
    NotStored(#[from] sqlx::Error),
}

/// What the registration's transaction decided.
enum Outcome {
    Registered(Registered),
    Closed,
    Full,
}

/// A registration opened with its private link.
pub struct OpenedRegistration {
    pub event: EventPage,
    pub row: RegistrationRow,
    pub personal: RegistrationPersonal,
    /// Her place on the waiting list (1 is next), when she waits.
    pub waiting_position: Option<i64>,
}

/// A registration as the coordinators see it: opened, with her needs in their language.
pub struct OpenedForCoordinators {
    pub row: RegistrationRow,
    pub personal: RegistrationPersonal,
}

#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("the slug is taken")]
    SlugTaken,
    #[error(transparent)]
    Db(sqlx::Error),
}

impl From<sqlx::Error> for SaveError {
    fn from(error: sqlx::Error) -> SaveError {
        if error.as_database_error().is_some_and(|e| e.is_unique_violation()) {
            SaveError::SlugTaken
        } else {
            SaveError::Db(error)
        }
    }
}

/// The time now, as stored.
pub fn now_stored() -> String {
    stored(Timestamp::now())
}

/// A Unix time in milliseconds from a stored time.
fn stored_ms(stored: &str) -> Option<i64> {
    stored.parse::<Timestamp>().ok().map(|t| t.as_millisecond())
}

impl EventDesk {
    pub fn new(config: &Config, db: Db, keys: Keys) -> EventDesk {
        EventDesk { db, keys, mail: MailSettings::from_config(config), tz: config.time_zone.clone() }
    }

    /// The address of her private page.
    fn private_link(&self, lang: Lang, secret: &str) -> String {
        format!("{}/{lang}/registration/{secret}", self.mail.public_url())
    }

    /// The address of an event's public page.
    pub fn event_url(&self, lang: Lang, slug: &str) -> String {
        format!("{}/{lang}/events/{slug}", self.mail.public_url())
    }

    /// The event as a calendar shows it, in `lang`. A sensitive event gets a neutral title
    /// and description: the file may sit on a shared phone or computer.
    pub fn calendar_entry(&self, event: &EventPage, lang: Lang) -> CalendarEntry {
        let url = self.event_url(lang, &event.slug);
        let (title, description, url) = if event.sensitive {
            (lang.t("calendar-neutral-title"), lang.t("calendar-neutral-description"), None)
        } else {
            (event.title.clone(), format!("{}\n\n{url}", event.summary).trim().to_owned(), Some(url))
        };
        CalendarEntry {
            uid: format!("event-{}@{}", event.id, self.mail.domain()),
            sequence: u32::try_from(event.sequence).unwrap_or(0),
            title,
            description,
            location: public_place(event, lang),
            url,
            starts_at: event.starts_at.clone(),
            ends_at: event.ends_at.clone(),
            cancelled: event.status == EventStatus::Cancelled,
        }
    }

    /// The calendar file of one event in `lang`.
    pub fn calendar(&self, event: &EventPage, lang: Lang) -> String {
        let name = if event.sensitive { lang.t("calendar-neutral-title") } else { self.mail.site_name(lang) };
        feeds::calendar(&name, &[self.calendar_entry(event, lang)])
    }

    /// What mail about a registration says of the event, made safe.
    fn event_mail(&self, event: &EventPage, lang: Lang, secret: &str) -> EventMail {
        EventMail {
            title: (!event.sensitive).then(|| event.title.clone()),
            when: local_time::span(&event.starts_at, &event.ends_at, &self.tz, lang),
            day: local_time::day_of(&event.starts_at, &self.tz, lang),
            hour: local_time::hour_of(&event.starts_at, &self.tz),
            place: public_place(event, lang),
            link: self.private_link(lang, secret),
            calendar: Some(self.calendar(event, lang)),
        }
    }

    /// Queues `mail` for a registration, due at `due_at_ms`.
    async fn queue(
        &self,
        db: &mut SqliteConnection,
        registration_id: i64,
        purpose: MailPurpose,
        mail: &OutgoingMail,
        due_at_ms: i64,
    ) -> sqlx::Result<()> {
        let json = serde_json::to_vec(mail).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
        let sealed = self.keys.seal(&json);
        outbox::insert_for_registration(
            db,
            registration_id,
            purpose,
            &sealed,
            &self.mail.message_id(),
            due_at_ms,
        )
        .await
    }

    /// Tells her `news` by mail, if she asked for mail and gave an address.
    async fn tell(
        &self,
        db: &mut SqliteConnection,
        event: &EventPage,
        her: &Registrant<'_>,
        news: RegistrationNews,
    ) -> sqlx::Result<()> {
        let Registrant { id: row_id, lang, personal, wants_mail } = *her;
        let (true, Some(email)) = (wants_mail, &personal.email) else { return Ok(()) };
        let mail = message::registration_mail(
            &self.mail.ctx(),
            lang,
            email.as_str(),
            &self.event_mail(event, lang, &personal.link_secret),
            news,
        );
        self.queue(db, row_id, MailPurpose::Notice, &mail, now_ms()).await
    }

    /// Queues her reminder, `reminder_hours` before the start (0: none), if she asked for
    /// mail and that time is still ahead.
    async fn plan_reminder(
        &self,
        db: &mut SqliteConnection,
        event: &EventPage,
        her: &Registrant<'_>,
    ) -> sqlx::Result<()> {
        let Registrant { id: row_id, lang, personal, wants_mail } = *her;
        let (true, Some(email), Some(starts_ms)) = (wants_mail, &personal.email, stored_ms(&event.starts_at))
        else {
            return Ok(());
        };
        let due_at_ms = starts_ms - event.reminder_hours * 3_600_000;
        if event.reminder_hours == 0 || due_at_ms <= now_ms() || event.status != EventStatus::Scheduled {
            return Ok(());
        }
        let mail = message::registration_mail(
            &self.mail.ctx(),
            lang,
            email.as_str(),
            &self.event_mail(event, lang, &personal.link_secret),
            RegistrationNews::Reminder,
        );
        self.queue(db, row_id, MailPurpose::Reminder, &mail, due_at_ms).await
    }

    fn open_personal(&self, row: &RegistrationRow) -> sqlx::Result<RegistrationPersonal> {
        let json = self.keys.open(&row.personal).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
        serde_json::from_slice(&json).map_err(|e| sqlx::Error::Decode(Box::new(e)))
    }

    /// Registers her for `event_id`: a place if enough are left, else the waiting list
    /// (if the event has one). The same form sent twice (same `idempotency_key`) finds the
    /// first registration.
    pub async fn register(
        &self,
        event_id: i64,
        lang: Lang,
        registration: &Registration,
        idempotency_key: &str,
    ) -> Result<Registered, RegisterError> {
        let secret = random_token();
        let mut personal = registration.personal.clone();
        personal.link_secret = secret.clone();
        let json = serde_json::to_vec(&personal).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
        let sealed = self.keys.seal(&json);
        let written = self
            .register_in_transaction(event_id, lang, registration, &personal, &sealed, idempotency_key)
            .await;
        // Logs a full disk or a held lock once, as the intake does.
        self.db.health.note(&written);
        match written? {
            Outcome::Registered(registered) => Ok(registered),
            Outcome::Closed => Err(RegisterError::Closed),
            Outcome::Full => Err(RegisterError::Full),
        }
    }

    async fn register_in_transaction(
        &self,
        event_id: i64,
        lang: Lang,
        registration: &Registration,
        personal: &RegistrationPersonal,
        sealed: &str,
        idempotency_key: &str,
    ) -> sqlx::Result<Outcome> {
        let mut tx = begin_write(&self.db.write).await?;
        if let Some(first) = events::registration_by_idempotency_key(&mut tx, idempotency_key).await? {
            let secret = self.open_personal(&first)?.link_secret;
            return Ok(Outcome::Registered(Registered { state: first.state, secret }));
        }
        let Some(event) = events::by_id(&mut tx, lang, event_id).await?.filter(|e| e.is_open(&now_stored()))
        else {
            return Ok(Outcome::Closed);
        };
        let places = i64::from(registration.places);
        let state = if places <= event.places_left() {
            RegistrationState::Confirmed
        } else if event.waiting_list {
            RegistrationState::Waiting
        } else {
            return Ok(Outcome::Full);
        };
        let id = events::insert_registration(
            &mut tx,
            &NewRegistration {
                event_id,
                idempotency_key,
                token_hash: &secret_hash(&personal.link_secret),
                lang,
                places,
                state,
                wants_mail: registration.wants_mail,
                sealed_personal: sealed,
            },
        )
        .await?;
        let index = IndexDigests::of(&self.keys, &personal.index_keys());
        events::replace_digests(&mut tx, id, &index.contacts).await?;
        let news = match state {
            RegistrationState::Confirmed => RegistrationNews::Confirmed,
            _ => RegistrationNews::Waiting,
        };
        let her = Registrant { id, lang, personal, wants_mail: registration.wants_mail };
        self.tell(&mut tx, &event, &her, news).await?;
        if state == RegistrationState::Confirmed {
            self.plan_reminder(&mut tx, &event, &her).await?;
        }
        tx.commit().await?;
        Ok(Outcome::Registered(Registered { state, secret: personal.link_secret.clone() }))
    }

    /// Her registration, from the secret of her private link, in `lang`.
    pub async fn open_by_link(&self, lang: Lang, secret: &str) -> sqlx::Result<Option<OpenedRegistration>> {
        let mut db = self.db.read.acquire().await?;
        let Some(row) = events::registration_by_token_hash(&mut db, &secret_hash(secret)).await? else {
            return Ok(None);
        };
        let Some(event) = events::by_id(&mut db, lang, row.event_id).await? else { return Ok(None) };
        let waiting_position = match row.state {
            RegistrationState::Waiting => {
                Some(events::waiting_before(&mut db, row.event_id, row.id).await? + 1)
            }
            _ => None,
        };
        let personal = self.open_personal(&row)?;
        Ok(Some(OpenedRegistration { event, row, personal, waiting_position }))
    }

    /// Cancels her registration from her private link; `false` when there is none to cancel.
    pub async fn cancel_by_link(&self, secret: &str) -> sqlx::Result<bool> {
        let mut tx = begin_write(&self.db.write).await?;
        let Some(row) = events::registration_by_token_hash(&mut tx, &secret_hash(secret)).await? else {
            return Ok(false);
        };
        let cancelled = self.cancel(&mut tx, &row).await?;
        tx.commit().await?;
        Ok(cancelled)
    }

    /// Cancels `row`, tells her if she asked for mail, and gives the places that came free
    /// to the waiting list. `false` when it was cancelled already.
    async fn cancel(&self, tx: &mut SqliteConnection, row: &RegistrationRow) -> sqlx::Result<bool> {
        if row.state == RegistrationState::Cancelled {
            return Ok(false);
        }
        events::set_state(tx, row.id, RegistrationState::Cancelled).await?;
        events::drop_pending_reminders(tx, row.id).await?;
        let personal = self.open_personal(row)?;
        let her = Registrant::of(row, &personal);
        if let Some(event) = events::by_id(tx, her.lang, row.event_id).await? {
            self.tell(tx, &event, &her, RegistrationNews::RegistrationCancelled).await?;
        }
        self.fill_from_waiting_list(tx, row.event_id).await?;
        Ok(true)
    }

    /// Gives free places to the first registrations on the waiting list that fit, each told.
    async fn fill_from_waiting_list(&self, tx: &mut SqliteConnection, event_id: i64) -> sqlx::Result<()> {
        loop {
            let Some(event) = events::by_id(tx, Lang::DEFAULT, event_id).await? else { return Ok(()) };
            if event.status != EventStatus::Scheduled {
                return Ok(());
            }
            let Some(next) = events::first_waiting_within(tx, event_id, event.places_left()).await? else {
                return Ok(());
            };
            self.promote(tx, &next).await?;
        }
    }

    /// Moves `row` from the waiting list to a place, tells her, and plans her reminder.
    async fn promote(&self, tx: &mut SqliteConnection, row: &RegistrationRow) -> sqlx::Result<()> {
        events::set_state(tx, row.id, RegistrationState::Confirmed).await?;
        let personal = self.open_personal(row)?;
        let her = Registrant::of(row, &personal);
        let Some(event) = events::by_id(tx, her.lang, row.event_id).await? else { return Ok(()) };
        self.tell(tx, &event, &her, RegistrationNews::Promoted).await?;
        self.plan_reminder(tx, &event, &her).await
    }

    /// Creates or updates an event with its texts. When the time, the place or the status
    /// of an event people registered for changes, its sequence is raised, everyone who
    /// asked for mail is told, and the reminders are planned again for the new time.
    pub async fn save(
        &self,
        who: Actor<'_>,
        id: Option<i64>,
        facts: &EventFacts,
        texts: &[(Lang, Texts)],
    ) -> Result<i64, SaveError> {
        let mut tx = begin_write(&self.db.write).await?;
        let before = match id {
            Some(id) => Some(
                events::by_id(&mut tx, Lang::DEFAULT, id)
                    .await?
                    .ok_or(SaveError::Db(sqlx::Error::RowNotFound))?,
            ),
            None => None,
        };
        let news = before.as_ref().and_then(|before| change_news(&before.facts(), facts));
        let id = events::save(&mut tx, id, facts, news.is_some()).await?;
        events::save_texts(&mut tx, id, texts).await?;
        if let Some(news) = news {
            self.tell_everyone(&mut tx, id, news).await?;
        }
        audit::record(&mut tx, who, None, "", AuditAction::EventSaved, &format!("event {id}")).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// After a change: each registration still standing is told (if she asked for mail),
    /// and the reminders are dropped and planned again for the new time.
    async fn tell_everyone(
        &self,
        tx: &mut SqliteConnection,
        event_id: i64,
        news: RegistrationNews,
    ) -> sqlx::Result<()> {
        let mut in_lang = EventInLang::default();
        for row in events::registrations_of(tx, event_id).await? {
            if row.state == RegistrationState::Cancelled {
                continue;
            }
            let personal = self.open_personal(&row)?;
            let her = Registrant::of(&row, &personal);
            let Some(event) = in_lang.get(tx, event_id, her.lang).await? else { continue };
            events::drop_pending_reminders(tx, row.id).await?;
            self.tell(tx, &event, &her, news).await?;
            if row.state == RegistrationState::Confirmed {
                self.plan_reminder(tx, &event, &her).await?;
            }
        }
        Ok(())
    }

    /// The registrations of an event, opened for a coordinator, and the view audited.
    pub async fn registrations(
        &self,
        who: Actor<'_>,
        event_id: i64,
        exported: bool,
    ) -> sqlx::Result<Vec<OpenedForCoordinators>> {
        let mut tx = begin_write(&self.db.write).await?;
        let rows = events::registrations_of(&mut tx, event_id).await?;
        let action =
            if exported { AuditAction::RegistrationsExported } else { AuditAction::RegistrationsViewed };
        audit::record(
            &mut tx,
            who,
            None,
            "",
            action,
            &format!("event {event_id}: {} registrations", rows.len()),
        )
        .await?;
        tx.commit().await?;
        rows.into_iter()
            .map(|row| Ok(OpenedForCoordinators { personal: self.open_personal(&row)?, row }))
            .collect()
    }

    /// A coordinator's action on one registration of `event_id`; `false` when the
    /// registration is not of that event or the action does not apply.
    pub async fn act(
        &self,
        who: Actor<'_>,
        event_id: i64,
        registration_id: i64,
        action: CoordinatorAction,
    ) -> sqlx::Result<bool> {
        let mut tx = begin_write(&self.db.write).await?;
        let Some(row) =
            events::registration_by_id(&mut tx, registration_id).await?.filter(|r| r.event_id == event_id)
        else {
            return Ok(false);
        };
        let (done, audit_action) = match action {
            CoordinatorAction::Cancel => {
                (self.cancel(&mut tx, &row).await?, AuditAction::RegistrationCancelled)
            }
            CoordinatorAction::Promote => {
                let fits = match events::by_id(&mut tx, Lang::DEFAULT, event_id).await? {
                    Some(event) => row.places <= event.places_left(),
                    None => false,
                };
                let done = row.state == RegistrationState::Waiting && fits;
                if done {
                    self.promote(&mut tx, &row).await?;
                }
                (done, AuditAction::RegistrationPromoted)
            }
            CoordinatorAction::Came(came) => {
                events::set_came(&mut tx, row.id, came).await?;
                (true, AuditAction::AttendanceMarked)
            }
        };
        if done {
            let detail = format!("event {event_id}, registration {registration_id}");
            audit::record(&mut tx, who, None, "", audit_action, &detail).await?;
            tx.commit().await?;
        }
        Ok(done)
    }

    /// Writes `text` to everyone registered for `event_id` who asked for mail; returns how
    /// many mails were queued.
    pub async fn message_everyone(&self, who: Actor<'_>, event_id: i64, text: &str) -> sqlx::Result<usize> {
        let mut tx = begin_write(&self.db.write).await?;
        let mut queued = 0;
        let mut in_lang = EventInLang::default();
        for row in events::registrations_of(&mut tx, event_id).await? {
            if row.state == RegistrationState::Cancelled || !row.wants_mail {
                continue;
            }
            let personal = self.open_personal(&row)?;
            let lang = Registrant::of(&row, &personal).lang;
            let Some(event) = in_lang.get(&mut tx, event_id, lang).await? else { continue };
            let Some(email) = &personal.email else { continue };
            let event_mail = self.event_mail(&event, lang, &personal.link_secret);
            let mail =
                message::coordinators_message(&self.mail.ctx(), lang, email.as_str(), &event_mail, text);
            self.queue(&mut tx, row.id, MailPurpose::Notice, &mail, now_ms()).await?;
            queued += 1;
        }
        let detail = format!("event {event_id}: message to {queued}");
        audit::record(&mut tx, who, None, "", AuditAction::EventMessage, &detail).await?;
        tx.commit().await?;
        Ok(queued)
    }
}

impl EventDesk {
    /// The registrations holding one of `digests` (a JSON array of person-index digests),
    /// opened, each with its event in `lang`.
    pub async fn found_by_digests(
        &self,
        db: &mut SqliteConnection,
        lang: Lang,
        digests: &str,
    ) -> sqlx::Result<Vec<(EventPage, OpenedForCoordinators)>> {
        let mut found = Vec::new();
        for row in events::registrations_with_digests(db, digests).await? {
            let Some(event) = events::by_id(db, lang, row.event_id).await? else { continue };
            found.push((event, OpenedForCoordinators { personal: self.open_personal(&row)?, row }));
        }
        Ok(found)
    }

    /// Erases registrations inside `tx` (a person's erasure): a place she held goes to the
    /// waiting list, her pending mail goes with her, and she is not written to; the
    /// event's counts keep that she registered.
    pub async fn erase(&self, tx: &mut SqliteConnection, rows: &[RegistrationRow]) -> sqlx::Result<()> {
        for row in rows {
            if row.state != RegistrationState::Cancelled {
                events::set_state(tx, row.id, RegistrationState::Cancelled).await?;
            }
            events::delete_registration(tx, row.id).await?;
        }
        for event_id in rows.iter().map(|r| r.event_id).collect::<std::collections::BTreeSet<_>>() {
            self.fill_from_waiting_list(tx, event_id).await?;
        }
        Ok(())
    }
}

/// One event in each language it is asked in, read once: mail to everyone registered is
/// written in each woman's language, without a read of the event per registration.
#[derive(Default)]
struct EventInLang([Option<Option<EventPage>>; Lang::ALL.len()]);

impl EventInLang {
    async fn get(
        &mut self,
        db: &mut SqliteConnection,
        event_id: i64,
        lang: Lang,
    ) -> sqlx::Result<Option<EventPage>> {
        let kept = &mut self.0[lang as usize];
        if kept.is_none() {
            *kept = Some(events::by_id(db, lang, event_id).await?);
        }
        Ok(kept.clone().flatten())
    }
}

/// Whom a mail about a registration goes to, and whether she asked for mail.
#[derive(Clone, Copy)]
struct Registrant<'a> {
    id: i64,
    lang: Lang,
    personal: &'a RegistrationPersonal,
    wants_mail: bool,
}

impl<'a> Registrant<'a> {
    fn of(row: &RegistrationRow, personal: &'a RegistrationPersonal) -> Registrant<'a> {
        Registrant {
            id: row.id,
            lang: row.lang.parse().unwrap_or(Lang::DEFAULT),
            personal,
            wants_mail: row.wants_mail,
        }
    }
}

/// What a coordinator does to one registration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CoordinatorAction {
    Cancel,
    Promote,
    Came(bool),
}

/// What people registered must be told when an event changes from `before` to `after`:
/// nothing unless its time, place or status changed.
fn change_news(before: &EventFacts, after: &EventFacts) -> Option<RegistrationNews> {
    if after.status == EventStatus::Cancelled && before.status != EventStatus::Cancelled {
        return Some(RegistrationNews::EventCancelled);
    }
    let moved = before.starts_at != after.starts_at
        || before.ends_at != after.ends_at
        || before.online != after.online
        || before.town != after.town
        || before.address != after.address
        || before.status != after.status;
    moved.then_some(RegistrationNews::Changed)
}

/// Where the event takes place as anyone may read it: online, the address when it is
/// public, or nothing (the town alone is shown on the page, the address on her page).
pub fn public_place(event: &EventPage, lang: Lang) -> Option<String> {
    if event.online {
        Some(lang.t("event-online"))
    } else if event.address_public && !event.address.is_empty() {
        Some(event.address_line())
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> EventFacts {
        EventFacts {
            slug: "taller".into(),
            kind: crate::domain::event::EventKind::Workshop,
            status: EventStatus::Scheduled,
            published: true,
            starts_at: "2027-03-12T17:00:00Z".into(),
            ends_at: "2027-03-12T19:00:00Z".into(),
            online: false,
            town: "Gent".into(),
            address: "Straat 1".into(),
            address_public: true,
            languages: vec![],
            accessibility: vec![],
            capacity: 20,
            max_per_registration: 2,
            waiting_list: true,
            registration_opens_at: None,
            registration_closes_at: None,
            reminder_hours: 24,
            sensitive: false,
        }
    }

    #[test]
    fn only_a_change_of_time_place_or_status_is_news() {
        let before = facts();
        let mut after = before.clone();
        after.capacity = 30;
        assert_eq!(change_news(&before, &after), None, "more places: nobody is told");
        after.starts_at = "2027-03-12T18:00:00Z".into();
        assert_eq!(change_news(&before, &after), Some(RegistrationNews::Changed));
        let mut cancelled = before.clone();
        cancelled.status = EventStatus::Cancelled;
        assert_eq!(change_news(&before, &cancelled), Some(RegistrationNews::EventCancelled));
    }
}
