//! Property tests of everything that parses client input.

use axum::http::{HeaderMap, HeaderValue, header};
use latinas::domain::choices::ContactLanguage;
use latinas::domain::contact::{EmailAddress, PhoneNumber};
use latinas::domain::form_input::FormInput;
use latinas::domain::reference::is_reference;
use latinas::domain::request::{OrientationRequest, SupportRequest};
use latinas::domain::text::{LONG_TEXT_MAX, LongText, SHORT_TEXT_MAX, ShortText};
use latinas::i18n::Lang;
use latinas::web::cookies::{form_cookie, lang_cookie};
use latinas::web::site::negotiated_lang;
use proptest::prelude::*;

use crate::helpers::{TestApp, encode};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn form_bodies_of_any_bytes_parse_without_panic(body in proptest::collection::vec(any::<u8>(), 0..512)) {
        let input = FormInput::parse(&body);
        let _ = OrientationRequest::parse(&input, ContactLanguage::ALL);
        let _ = SupportRequest::parse(&input);
    }

    #[test]
    fn typed_values_come_back_exactly(name in ".{0,60}", message in ".{0,200}") {
        let body = encode(&[("name", &name), ("message", &message)]);
        let input = FormInput::parse(body.as_bytes());
        prop_assert_eq!(input.get("name"), name.as_str());
        prop_assert_eq!(input.get("message"), message.as_str());
    }

    #[test]
    fn accepted_texts_are_bounded_and_free_of_control_characters(
        text in prop_oneof![
            "\\PC{0,300}",
            "[\\x00-\\x1f ]{0,20}",
            // Words with control characters among them, as pasted text can hold.
            "([a-zA-Zá-ú]{1,8}[\\x00-\\x1f\\x7f]{0,2} ?){1,40}",
            "[a-z ]{100,140}",
        ]
    ) {
        if let Ok(short) = ShortText::parse(&text) {
            prop_assert!(short.as_str().chars().count() <= SHORT_TEXT_MAX);
            prop_assert!(!short.as_str().chars().any(char::is_control));
            prop_assert_eq!(short.as_str().trim(), short.as_str());
        }
        if let Ok(long) = LongText::parse(&text) {
            prop_assert!(long.as_str().chars().count() <= LONG_TEXT_MAX);
            prop_assert!(!long.as_str().chars().any(|c| c.is_control() && c != '\n' && c != '\t'));
        }
    }

    #[test]
    fn contact_details_never_panic_and_stay_bounded(
        text in prop_oneof![
            ".{0,300}",
            // Candidates: address-like and number-like text, valid or nearly.
            " ?[a-z0-9._+-]{1,70}@[a-z0-9-]{1,70}(\\.[a-z]{2,6}){0,3} ?",
            "[a-z]{250,260}@example\\.org",
            " ?\\+?[0-9 ./()-]{0,30} ?",
        ]
    ) {
        if let Some(email) = EmailAddress::parse(&text) {
            prop_assert!(email.as_str().len() <= 254 && email.as_str().contains('@'));
            prop_assert!(email.as_str().rsplit('@').next().is_some_and(|domain| domain.contains('.')));
            prop_assert_eq!(email.as_str(), text.trim(), "kept as typed");
        }
        if let Some(phone) = PhoneNumber::parse(&text) {
            prop_assert!(phone.as_str().chars().all(|c| c.is_ascii_digit() || " .-/()+".contains(c)));
            let digits = phone.as_str().chars().filter(char::is_ascii_digit).count();
            prop_assert!((6..=20).contains(&digits), "{}", phone.as_str());
            prop_assert!(!phone.as_str().contains("  ") && phone.as_str().trim() == phone.as_str());
        }
    }

    #[test]
    fn any_accept_language_and_cookie_give_one_of_our_languages(
        accept in prop_oneof!["[ -~]{0,80}", "((es|en|nl|fr|pt|de)(-[A-Z]{2})?(;q=0\\.[0-9])?, ?){0,4}"],
        cookie in prop_oneof![
            "[ -~]{0,80}",
            "(lang=(es|en|nl|fr|xx); )?form_id=[A-Za-z0-9_-]{0,70}(; lang=(es|nl))?",
        ]
    ) {
        let mut headers = HeaderMap::new();
        if let Ok(value) = HeaderValue::from_str(&accept) {
            headers.insert(header::ACCEPT_LANGUAGE, value);
        }
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            headers.insert(header::COOKIE, value);
        }
        let lang = negotiated_lang(&headers);
        // A language cookie she chose wins over her browser's languages.
        if let Some(chosen) = lang_cookie(&headers).and_then(|c| c.parse::<Lang>().ok()) {
            prop_assert_eq!(lang, chosen);
        }
        match form_cookie(&headers) {
            Some(value) => {
                prop_assert!((16..=64).contains(&value.len()));
                let expected = format!("form_id={}", value);
                prop_assert!(cookie.contains(&expected));
            }
            None => {
                let typed = cookie.split("form_id=").nth(1).map(|rest| rest.split(';').next().unwrap_or("").len());
                prop_assert!(!typed.is_some_and(|len| (16..=64).contains(&len)), "{}", cookie);
            }
        }
    }

    /// Near misses as often as hits, so both answers are exercised (an arbitrary string is
    /// almost never a reference or a language path).
    #[test]
    fn only_well_formed_references_are_recognised(
        text in prop_oneof!["(OR|SU|XX|or|O)-[2-9A-Z0-1a]{3,5}", "(OR|SU)-[2345679ACDEFGHJKMNPQRTWXYZ]{4}", ".{0,12}"]
    ) {
        const READABLE: &str = "2345679ACDEFGHJKMNPQRTWXYZ";
        let expected = match text.split_once('-') {
            Some((prefix, code)) => {
                matches!(prefix, "OR" | "SU") && code.len() == 4 && code.chars().all(|c| READABLE.contains(c))
            }
            None => false,
        };
        prop_assert_eq!(is_reference(&text), expected, "{}", text);
    }

    #[test]
    fn only_the_four_languages_open_a_path(
        text in prop_oneof!["/(es|en|nl|fr|de|e|esx|EN)(/[a-z]{0,6}){0,2}", "(es|nl)/[a-z]{0,4}", ".{0,12}"]
    ) {
        let first = text.trim_start_matches('/').split('/').next().unwrap_or("");
        let expected = ["es", "en", "nl", "fr"].into_iter().find(|code| *code == first);
        prop_assert_eq!(Lang::from_path(&text).map(Lang::code), expected, "{}", text);
    }
}

/// Arbitrary paths and slugs over a real socket: never a server error.
#[test]
fn arbitrary_paths_never_cause_a_server_error() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let app = runtime.block_on(TestApp::spawn());
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(300));
    let strategy = prop_oneof![
        "/[a-z]{0,3}/[ -~&&[^?#%]]{0,40}",
        "/(es|en|nl|fr)/(projects|activities|thanks|orientation/thanks)/[ -~&&[^?#]]{0,30}",
        "/(static|language/es|admin/requests|admin/content/sections)/[ -~&&[^?#]]{0,30}",
    ];
    runner
        .run(&strategy, |path| {
            let encoded: String = path
                .chars()
                .map(|c| {
                    if c == ' '
                        || c == '"'
                        || c == '<'
                        || c == '>'
                        || c == '\\'
                        || c == '^'
                        || c == '`'
                        || c == '{'
                        || c == '|'
                        || c == '}'
                    {
                        format!("%{:02X}", c as u32)
                    } else {
                        c.to_string()
                    }
                })
                .collect();
            let status = runtime.block_on(async { app.get(&encoded).await.status() });
            prop_assert!(status.as_u16() < 500, "{} -> {}", encoded, status);
            Ok(())
        })
        .expect("no path gives a server error");
    let ready = runtime.block_on(async { app.get("/readyz").await.status() });
    assert_eq!(ready, 200);
}

/// Arbitrary query strings on every back-office page that reads one, signed in: never a
/// server error, whatever the numbers (`page=9223372036854775807` once overflowed) or the
/// cursors of the pages.
#[test]
fn back_office_query_strings_never_cause_a_server_error() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let app = runtime.block_on(TestApp::spawn());
    let browser = runtime.block_on(crate::admin::signed_in(&app, true));
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(200));
    let number = prop_oneof![
        Just(i64::MAX.to_string()),
        Just(i64::MIN.to_string()),
        Just("18446744073709551616".to_owned()),
        any::<i64>().prop_map(|n| n.to_string()),
        "[0-9-]{0,25}",
        ".{0,10}",
    ];
    let strategy = (
        prop_oneof![
            Just("/admin/requests"),
            Just("/admin/requests/export.csv"),
            Just("/admin/stats"),
            Just("/admin/volunteers"),
            Just("/admin/mine"),
            Just("/admin/follow-ups"),
            Just("/admin/people"),
        ],
        number,
        proptest::collection::vec(
            (
                prop_oneof![
                    Just("kind"),
                    Just("status"),
                    Just("topic"),
                    Just("region"),
                    Just("language"),
                    Just("from"),
                    Just("to"),
                    Just("q"),
                    Just("help"),
                    Just("erased"),
                    Just("before")
                ],
                ".{0,20}",
            ),
            0..5,
        ),
    );
    runner
        .run(&strategy, |(path, page, fields)| {
            // A number where the pages expect a cursor (`<created_at>_<id>`), and after one.
            let cursor = format!("2026-01-01T00:00:00Z_{page}");
            let mut pairs: Vec<(&str, &str)> = vec![("page", page.as_str()), ("before", cursor.as_str())];
            pairs.extend(fields.iter().map(|(name, value)| (*name, value.as_str())));
            let query = encode(&pairs);
            let status = runtime.block_on(async { browser.get(&format!("{path}?{query}")).await.status() });
            prop_assert!(status.as_u16() < 500, "{}?{} -> {}", path, query, status);
            Ok(())
        })
        .expect("no query string gives a server error");
}
