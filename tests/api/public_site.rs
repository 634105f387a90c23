use scraper::{Html, Selector};

use latinas::i18n::Lang;

use crate::helpers::{LANGS, TestApp, location, public_paths, set_cookie};

fn select<'a>(doc: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    doc.select(&Selector::parse(css).expect("valid selector")).collect()
}

fn attr<'a>(element: &scraper::ElementRef<'a>, name: &str) -> &'a str {
    element.value().attr(name).unwrap_or("")
}

#[tokio::test]
async fn every_page_answers_in_every_language_with_its_alternates_and_switcher() {
    let app = TestApp::spawn().await;
    for path in public_paths() {
        for lang in LANGS {
            let url = format!("/{lang}{path}");
            let html = app.page(&url).await;
            let doc = Html::parse_document(&html);
            let root = select(&doc, "html");
            assert_eq!(attr(&root[0], "lang"), lang, "{url}: <html lang>");

            let alternates: Vec<(String, String)> = select(&doc, "link[rel=alternate][hreflang]")
                .iter()
                .map(|l| (attr(l, "hreflang").to_owned(), attr(l, "href").to_owned()))
                .collect();
            for other in LANGS {
                let expected = format!("http://localhost:3000/{other}{path}");
                assert!(
                    alternates.contains(&(other.to_owned(), expected.clone())),
                    "{url}: alternate {expected}"
                );
            }
            assert!(
                alternates.contains(&("x-default".to_owned(), format!("http://localhost:3000/es{path}"))),
                "{url}: x-default"
            );
            let canonical = select(&doc, "link[rel=canonical]");
            assert_eq!(
                attr(&canonical[0], "href"),
                format!("http://localhost:3000{url}"),
                "{url}: canonical"
            );

            let switcher: Vec<&str> =
                select(&doc, "nav.languages a").iter().map(|a| attr(a, "href")).collect();
            assert_eq!(switcher.len(), 3, "{url}: switcher shows the three other languages");
            for other in LANGS.iter().filter(|l| **l != lang) {
                assert!(
                    switcher.contains(&format!("/language/{other}{path}").as_str()),
                    "{url}: switcher to {other}"
                );
            }

            assert!(!select(&doc, "title").is_empty() && !select(&doc, "meta[name=description]").is_empty());
            assert!(!select(&doc, "meta[property='og:title']").is_empty(), "{url}: Open Graph");
            let first_link = select(&doc, "body a");
            assert_eq!(attr(&first_link[0], "id"), "quick-exit", "{url}: the quick exit comes first");
            assert!(html.contains(&format!("href=\"/{lang}/orientation\"")), "{url}: orientation call");
            assert!(html.contains(&format!("href=\"/{lang}/support\"")), "{url}: support call");
            assert!(html.contains(&format!("href=\"/{lang}/safety\"")), "{url}: safety notice");
        }
    }
}

#[tokio::test]
async fn pages_show_the_organisations_content_from_the_database() {
    let app = TestApp::spawn().await;
    let team = app.page("/en/team").await;
    for name in ["Thamara Cruz", "Rosa Dennis", "Montserrat Mancilla", "Etna Villalba"] {
        assert!(team.contains(name), "team lists {name}");
    }
    let about = app.page("/nl/about").await;
    for name in ["ENAR", "FMDO", "CEDAW", "#MeToo"] {
        assert!(about.contains(name), "about mentions {name}");
    }
    let projects = app.page("/fr/projects").await;
    assert!(projects.contains("Marcia Scantlebury"));
    assert!(projects.contains("Aquelarre"));
    let activities = app.page("/es/activities").await;
    assert!(activities.contains("InterlitraTour"));
    let interviews = app.page("/es/activities/interviews-influential-women").await;
    for name in ["Norma Goicochea", "Guadalupe Ramos", "Silvia Ábalos", "Ligia Uribe", "Cecilia Torres"] {
        assert!(interviews.contains(name), "interviews name {name}");
    }
    let privacy = app.page("/en/privacy").await;
    assert!(privacy.contains("365"), "the default retention period");
    assert!(!privacy.contains("%RETENTION"));
    // Another setting, another sentence: the number is the configuration's, not the text's,
    // and its plural is the language's ("1 day", "17 days").
    for days in [17_u32, 1] {
        let value = days.to_string();
        let configured = TestApp::spawn_with(&[("RETENTION_DAYS", value.as_str())]).await;
        for lang in Lang::ALL {
            let privacy = configured.page(&format!("/{lang}/privacy")).await;
            let period = lang.t_args("retention-period", &[("days", days.into())]);
            assert!(privacy.contains(&period), "/{lang}/privacy says {period}");
            assert!(!privacy.contains("365") && !privacy.contains("%RETENTION"), "/{lang}/privacy");
        }
    }
    // The registrations' period is its own setting.
    let configured = TestApp::spawn_with(&[("EVENT_RETENTION_DAYS", "45")]).await;
    for lang in Lang::ALL {
        let privacy = configured.page(&format!("/{lang}/privacy")).await;
        let period = lang.t_args("retention-period", &[("days", 45.into())]);
        assert!(privacy.contains(&period), "/{lang}/privacy says {period} for registrations");
        assert!(!privacy.contains("%EVENT_RETENTION"), "/{lang}/privacy");
    }
    let one = Lang::En.t_args("retention-period", &[("days", 1.into())]);
    assert_ne!(
        one.replace('1', ""),
        Lang::En.t_args("retention-period", &[("days", 2.into())]).replace('2', "")
    );
}

#[tokio::test]
async fn root_redirects_to_the_best_language() {
    let app = TestApp::spawn().await;
    let cases: [(&[(&str, &str)], &str); 6] = [
        (&[], "/es/"),
        (&[("accept-language", "nl-BE,nl;q=0.9")], "/nl/"),
        (&[("accept-language", "fr-BE")], "/fr/"),
        (&[("accept-language", "de-DE,en;q=0.3,fr;q=0.6")], "/fr/"),
        (&[("accept-language", "nl-BE"), ("cookie", "lang=en")], "/en/"),
        (&[("accept-language", "ja"), ("cookie", "other=1; lang=xx")], "/es/"),
    ];
    for (headers, expected) in cases {
        let response = app.get_with("/", headers).await;
        assert_eq!(response.status(), 303, "{headers:?}");
        assert_eq!(location(response.headers()), expected, "{headers:?}");
        let vary = response.headers().get("vary").and_then(|v| v.to_str().ok()).unwrap_or("");
        assert!(vary.contains("Accept-Language") && vary.contains("Cookie"), "Vary: {vary}");
    }
}

#[tokio::test]
async fn the_language_switcher_remembers_the_choice() {
    let app = TestApp::spawn().await;
    let response = app.get("/language/nl/about").await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(response.headers()), "/nl/about");
    let cookie = set_cookie(response.headers(), "lang").unwrap_or("").to_owned();
    assert!(cookie.starts_with("lang=nl;"), "{cookie}");
    // By default it ends with the browser session: no trace left once she closes it.
    assert!(!cookie.contains("Max-Age") && !cookie.contains("Expires"), "a session cookie: {cookie}");
    let root = app.get_with("/", &[("cookie", "lang=nl"), ("accept-language", "fr")]).await;
    assert_eq!(location(root.headers()), "/nl/");
    for bad in ["/language/de/about", "/language/nl/%5Cevil"] {
        assert_eq!(app.get(bad).await.status(), 404, "{bad}");
    }
    // Never a redirect off the site.
    let response = app.get("/language/nl//evil.example/").await;
    assert_eq!(location(response.headers()), "/nl/evil.example/");
}

#[tokio::test]
async fn the_language_cookie_lasts_only_as_long_as_configured() {
    let app = TestApp::spawn_with(&[("LANG_COOKIE_DAYS", "30")]).await;
    let response = app.get("/language/fr/about").await;
    let cookie = set_cookie(response.headers(), "lang").unwrap_or("").to_owned();
    assert!(cookie.contains("Max-Age=2592000"), "thirty days: {cookie}");
    let html = app.page("/fr/privacy").await;
    assert!(
        html.contains(&Lang::Fr.t_args("cookie-lifetime-days", &[("days", 30.into())])),
        "the page says so"
    );
}

#[tokio::test]
async fn unknown_pages_get_a_localized_404_with_navigation() {
    let app = TestApp::spawn().await;
    for (path, lang) in [
        ("/fr/nothing-here", "fr"),
        ("/de/about", "es"),
        ("/nl/projects/no-such-project", "nl"),
        ("/en/activities/no-such-activity", "en"),
        ("/static/style.css", "es"),
        ("/static/../Cargo.toml", "es"),
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 404, "{path}");
        let html = response.text().await.expect("body");
        let doc = Html::parse_document(&html);
        assert_eq!(attr(&select(&doc, "html")[0], "lang"), lang, "{path}");
        assert!(!select(&doc, "nav.main-nav a").is_empty(), "{path}: navigation");
        assert!(!select(&doc, "meta[name=robots][content=noindex]").is_empty(), "{path}: not indexed");
    }
    let response = app.get_with("/xx/", &[("accept-language", "nl")]).await;
    assert_eq!(response.status(), 404);
    assert!(response.text().await.expect("body").contains("lang=\"nl\""));
}

#[tokio::test]
async fn sitemap_lists_every_page_in_every_language_with_alternates() {
    let app = TestApp::spawn().await;
    let response = app.get("/sitemap.xml").await;
    assert_eq!(response.status(), 200);
    let xml = response.text().await.expect("body");
    for path in public_paths() {
        for lang in LANGS {
            assert!(xml.contains(&format!("<loc>http://localhost:3000/{lang}{path}</loc>")), "{lang}{path}");
            assert!(
                xml.contains(&format!("hreflang=\"{lang}\" href=\"http://localhost:3000/{lang}{path}\""))
            );
        }
    }
    let robots = app.page("/robots.txt").await;
    assert!(robots.contains("Sitemap: http://localhost:3000/sitemap.xml"));
}

#[tokio::test]
async fn health_and_readiness_answer_in_plain_text() {
    let app = TestApp::spawn().await;
    for path in ["/healthz", "/readyz"] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        assert!(response.headers()["content-type"].to_str().expect("ascii").starts_with("text/plain"));
    }
    app.state.db.read.close().await;
    assert_eq!(app.get("/readyz").await.status(), 503, "not ready without its database");
}

#[tokio::test]
async fn static_files_are_fingerprinted_compressed_and_immutable() {
    let app = TestApp::spawn().await;
    let html = app.page("/en/").await;
    let doc = Html::parse_document(&html);
    let css = attr(&select(&doc, "link[rel=stylesheet]")[0], "href").to_owned();
    let js = attr(&select(&doc, "script[src]")[0], "src").to_owned();
    let icon = attr(&select(&doc, "link[rel=icon]")[0], "href").to_owned();
    for (url, file) in [(&css, "static/style.css"), (&js, "static/site.js"), (&icon, "static/icon.svg")] {
        assert!(url.starts_with("/static/"), "{url}");
        // The name carries the first hex digits of the file's SHA-256: a change is a new URL.
        let bytes =
            std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).expect("source");
        let digest = {
            use sha2::Digest;
            sha2::Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect::<String>()
        };
        assert!(url.contains(&digest[..12]), "{url} is named after its content ({})", &digest[..12]);
        let plain = app.get(url).await;
        assert_eq!(plain.bytes().await.expect("body").as_ref(), bytes.as_slice(), "{url} serves {file}");
        let response = app.get_with(url, &[("accept-encoding", "gzip")]).await;
        assert_eq!(response.status(), 200, "{url}");
        assert_eq!(response.headers()["cache-control"], "public, max-age=31536000, immutable");
        assert_eq!(response.headers()["content-encoding"], "gzip");
        let br = app.get_with(url, &[("accept-encoding", "gzip, br")]).await;
        assert_eq!(br.headers()["content-encoding"], "br");
    }
    let page = app.get_with("/en/", &[("accept-encoding", "br")]).await;
    assert_eq!(page.headers()["content-encoding"], "br");
    assert_eq!(page.headers()["cache-control"], "no-cache", "pages are checked again each time");
    let etag = page.headers()["etag"].to_str().expect("ascii").to_owned();
    let again = app.get_with("/en/", &[("accept-encoding", "br"), ("if-none-match", &etag)]).await;
    assert_eq!(again.status(), 304);
}

#[tokio::test]
async fn pages_make_no_third_party_requests() {
    let app = TestApp::spawn().await;
    for (lang, path) in LANGS.iter().flat_map(|lang| public_paths().into_iter().map(move |path| (lang, path)))
    {
        let html = app.page(&format!("/{lang}{path}")).await;
        let doc = Html::parse_document(&html);
        for (css, attribute) in [("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src")] {
            for element in select(&doc, css) {
                let url = attr(&element, attribute);
                let is_alternate =
                    attr(&element, "rel") == "alternate" || attr(&element, "rel") == "canonical";
                assert!(url.starts_with('/') || is_alternate, "third-party {css}: {url}");
            }
        }
    }
}

#[tokio::test]
async fn the_organisations_contact_details_appear_only_when_configured() {
    let app = TestApp::spawn().await;
    for lang in LANGS {
        for path in ["/", "/privacy", "/thanks"] {
            let html = app.page(&format!("/{lang}{path}")).await;
            assert!(!html.contains("mailto:"), "/{lang}{path} invents no address");
            assert!(!html.contains("footer-contact"), "/{lang}{path} has no contact block");
        }
    }
    let app = TestApp::spawn_with(&[
        ("CONTACT_EMAIL", "equipo@latinas.example"),
        ("CONTACT_PHONE", "02 000 00 00"),
    ])
    .await;
    let footer = Selector::parse("footer .footer-contact a").expect("selector");
    for lang in LANGS {
        let html = Html::parse_document(&app.page(&format!("/{lang}/thanks")).await);
        let links: Vec<(String, String)> = html
            .select(&footer)
            .map(|a| (a.value().attr("href").unwrap_or("").to_owned(), a.text().collect()))
            .collect();
        assert_eq!(
            links,
            [
                ("mailto:equipo@latinas.example".to_owned(), "equipo@latinas.example".to_owned()),
                ("tel:020000000".to_owned(), "02 000 00 00".to_owned())
            ],
            "{lang}"
        );
    }
}
