//! Times as coordinators read them: in the organisation's time zone (`TIME_ZONE`, Belgian
//! by default, summer time included; jiff with its own copy of the time-zone database, so
//! the binary needs none on the server), in the back office's language.

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::i18n::Lang;

/// A stored UTC time (`2026-12-04T03:48:44Z`) in `tz`, as people write it in `lang`:
/// `4 déc. 2026, 04:48`. Anything else (an empty value) is shown as it is.
pub fn display(stored: &str, tz: &TimeZone, lang: Lang) -> String {
    let Ok(time) = stored.parse::<Timestamp>() else { return stored.to_owned() };
    let local = time.to_zoned_datetime(tz.clone());
    let month = lang.t(&format!("month-short-{}", local.month()));
    format!("{} {month} {}, {:02}:{:02}", local.day(), local.year(), local.hour(), local.minute())
}

/// A stored day (`2026-12-04`) as people write it in `lang`: `4 déc. 2026`.
pub fn display_day(stored: &str, lang: Lang) -> String {
    let Ok(day) = stored.parse::<jiff::civil::Date>() else { return stored.to_owned() };
    let month = lang.t(&format!("month-short-{}", day.month()));
    format!("{} {month} {}", day.day(), day.year())
}

/// When an event takes place, in `tz` and `lang`: `12 mar. 2027, 18:00–20:00`, or both
/// ends in full when it spans days.
pub fn span(starts: &str, ends: &str, tz: &TimeZone, lang: Lang) -> String {
    let (Ok(start), Ok(end)) = (starts.parse::<Timestamp>(), ends.parse::<Timestamp>()) else {
        return display(starts, tz, lang);
    };
    let (start, end) = (start.to_zoned_datetime(tz.clone()), end.to_zoned_datetime(tz.clone()));
    if start.date() == end.date() {
        format!("{}–{:02}:{:02}", display(starts, tz, lang), end.hour(), end.minute())
    } else {
        format!("{} – {}", display(starts, tz, lang), display(ends, tz, lang))
    }
}

/// The day of a stored time in `tz`, as `lang` writes it: `12 mar. 2027`.
pub fn day_of(stored: &str, tz: &TimeZone, lang: Lang) -> String {
    match stored.parse::<Timestamp>() {
        Ok(time) => display_day(&time.to_zoned_datetime(tz.clone()).date().to_string(), lang),
        Err(_) => stored.to_owned(),
    }
}

/// The hour of a stored time in `tz`: `18:00`.
pub fn hour_of(stored: &str, tz: &TimeZone) -> String {
    match stored.parse::<Timestamp>() {
        Ok(time) => time.to_zoned_datetime(tz.clone()).strftime("%H:%M").to_string(),
        Err(_) => String::new(),
    }
}

/// Today's date in `tz`.
pub fn today(tz: &TimeZone) -> jiff::civil::Date {
    Timestamp::now().to_zoned_datetime(tz.clone()).date()
}

/// The same time for a spreadsheet, where it must sort: `2026-12-04 04:48`.
pub fn sortable(stored: &str, tz: &TimeZone) -> String {
    match stored.parse::<Timestamp>() {
        Ok(time) => time.to_zoned_datetime(tz.clone()).strftime("%Y-%m-%d %H:%M").to_string(),
        Err(_) => stored.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn brussels() -> TimeZone {
        TimeZone::get("Europe/Brussels").expect("bundled time zone")
    }

    #[test]
    fn belgian_time_follows_summer_time() {
        assert_eq!(sortable("2026-12-04T03:48:44Z", &brussels()), "2026-12-04 04:48", "winter: UTC+1");
        assert_eq!(sortable("2026-07-01T10:00:00Z", &brussels()), "2026-07-01 12:00", "summer: UTC+2");
        // The night the clocks go back: 01:30 UTC is 02:30 summer time, then 02:30 winter time.
        assert_eq!(sortable("2026-10-25T00:30:00Z", &brussels()), "2026-10-25 02:30");
        assert_eq!(sortable("2026-10-25T01:30:00Z", &brussels()), "2026-10-25 02:30");
        assert_eq!(sortable("", &brussels()), "");
        assert_eq!(hour_of("2027-07-01T16:00:00Z", &brussels()), "18:00");
    }
}
