//! What events become outside the site: iCalendar files (RFC 5545, by `icalendar`) and
//! the Atom feed of upcoming events (by `atom_syndication`). Pure: plain values in, text out.

use atom_syndication::{Entry, Feed, Link, Text};
use chrono::{DateTime, FixedOffset, Utc};
use icalendar::{Calendar, Component, EventLike, EventStatus};

/// One event as a calendar shows it. For a sensitive event, the caller has already put a
/// neutral title and description here: nothing in this file names the topic.
#[derive(Debug, Clone)]
pub struct CalendarEntry {
    /// Stable for the event across every file and change: `event-12@example.org`.
    pub uid: String,
    /// Raised on every change people were told about, so calendars replace the old copy.
    pub sequence: u32,
    pub title: String,
    pub description: String,
    /// The address, or `None` when it is not public.
    pub location: Option<String>,
    pub url: Option<String>,
    /// Stored UTC times (`2027-03-12T17:00:00Z`).
    pub starts_at: String,
    pub ends_at: String,
    pub cancelled: bool,
}

fn utc(stored: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(stored).ok().map(|t| t.with_timezone(&Utc))
}

/// An iCalendar file with `entries`, named `name` for the calendar application.
pub fn calendar(name: &str, entries: &[CalendarEntry]) -> String {
    let mut calendar = Calendar::new();
    calendar.name(name);
    for entry in entries {
        let (Some(starts), Some(ends)) = (utc(&entry.starts_at), utc(&entry.ends_at)) else { continue };
        let mut event = icalendar::Event::new();
        event
            .uid(&entry.uid)
            .sequence(entry.sequence)
            .summary(&entry.title)
            .description(&entry.description)
            .starts(starts)
            .ends(ends)
            .status(if entry.cancelled { EventStatus::Cancelled } else { EventStatus::Confirmed });
        if let Some(location) = &entry.location {
            event.location(location);
        }
        if let Some(url) = &entry.url {
            event.url(url);
        }
        calendar.push(event.done());
    }
    calendar.done().to_string()
}

/// One event in the Atom feed.
#[derive(Debug, Clone)]
pub struct FeedEntry {
    pub url: String,
    pub title: String,
    pub summary: String,
    /// Stored UTC time of the event's last change.
    pub updated_at: String,
}

/// The Atom feed of upcoming events: `id` and `self_url` are the feed's own address,
/// `page_url` the events page it mirrors.
pub fn atom(title: &str, self_url: &str, page_url: &str, lang: &str, entries: &[FeedEntry]) -> String {
    let fixed = |stored: &str| -> DateTime<FixedOffset> { utc(stored).unwrap_or_default().fixed_offset() };
    let link = |href: &str, rel: &str, mime: Option<&str>| {
        let mut link = Link::default();
        link.set_href(href);
        link.set_rel(rel);
        link.set_mime_type(mime.map(str::to_owned));
        link
    };
    let mut feed = Feed::default();
    feed.set_title(Text::plain(title));
    feed.set_id(self_url);
    feed.set_lang(Some(lang.to_owned()));
    feed.set_links(vec![
        link(self_url, "self", Some("application/atom+xml")),
        link(page_url, "alternate", Some("text/html")),
    ]);
    let latest = entries.iter().map(|e| e.updated_at.as_str()).max().unwrap_or("1970-01-01T00:00:00Z");
    feed.set_updated(fixed(latest));
    feed.set_entries(
        entries
            .iter()
            .map(|e| {
                let mut entry = Entry::default();
                entry.set_id(e.url.clone());
                entry.set_title(Text::plain(e.title.clone()));
                entry.set_updated(fixed(&e.updated_at));
                entry.set_summary(Some(Text::plain(e.summary.clone())));
                entry.set_links(vec![link(&e.url, "alternate", Some("text/html"))]);
                entry
            })
            .collect::<Vec<_>>(),
    );
    feed.to_string()
}
