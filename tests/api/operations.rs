//! What an operator reads, with the real binary: Prometheus metrics on a listener of their
//! own, parsed by an OpenMetrics parser nobody here wrote (`openmetrics-parser`, from the
//! format's grammar), and JSON logs, one
//! object per line. Neither holds anything personal.

use std::process::Command;

use crate::helpers::{BinaryServer, client, free_port, post_form_with_headers, support_fields};
use crate::smtp::SmtpServer;

type Exposition = openmetrics_parser::MetricsExposition<
    openmetrics_parser::OpenMetricsType,
    openmetrics_parser::OpenMetricsValue,
>;

/// The value of the first sample of `family` with these labels (others may be there too):
/// a counter's or gauge's value, a histogram's count.
fn sample(exposition: &Exposition, family: &str, labels: &[(&str, &str)]) -> Option<f64> {
    use openmetrics_parser::OpenMetricsValue as Value;
    exposition.families.get(family)?.iter_samples().find_map(|sample| {
        let set = sample.get_labelset().ok()?;
        labels.iter().all(|(name, value)| set.get_label_value(name) == Some(*value)).then(|| {
            match &sample.value {
                Value::Counter(counter) => counter.value.as_f64(),
                Value::Gauge(number) | Value::Unknown(number) => number.as_f64(),
                Value::Histogram(histogram) => histogram.count.unwrap_or(0) as f64,
                _ => f64::NAN,
            }
        })
    })
}

#[tokio::test]
async fn metrics_are_served_apart_by_route_template_and_parse_as_openmetrics() {
    let dir = tempfile::tempdir().expect("folder");
    let metrics_port = free_port();
    let metrics_addr = format!("127.0.0.1:{metrics_port}");
    // The mail server is down: mail waits, and the metrics say so.
    let smtp = SmtpServer::url(free_port());
    let server = BinaryServer::start(
        dir.path(),
        free_port(),
        &[
            ("METRICS_ADDR", &metrics_addr),
            ("SMTP_URL", &smtp),
            ("COORDINATOR_EMAILS", "coord@latinas.example"),
        ],
        None,
    );
    server.wait_ready().await;
    let visitor = client();
    for _ in 0..2 {
        // The second answer comes from the page cache.
        assert_eq!(
            visitor.get(format!("{}/es/about", server.base)).send().await.expect("page").status(),
            200
        );
    }
    let typed_path = "/es/maria-garcia-calle-falsa-123";
    assert_eq!(visitor.get(format!("{}{typed_path}", server.base)).send().await.expect("404").status(), 404);
    let form = server.open_form(&visitor, "/es/support").await;
    let stored = server.submit(&visitor, &form, &support_fields("Secretísima", "métricas")).await;
    assert_eq!(stored.status(), 303);
    let reference = server.reference_of(&stored);
    // Never on the public listener.
    assert_eq!(visitor.get(format!("{}/metrics", server.base)).send().await.expect("public").status(), 404);
    // An event with two registrations, written beside the running server (as the back
    // office and the form would): the registrations' total counts both.
    let db = sqlx::SqlitePool::connect(&format!("sqlite://{}", dir.path().join("site.db").display()))
        .await
        .expect("the server's database");
    sqlx::query(
        "INSERT INTO events (slug, kind, starts_at, ends_at, capacity) VALUES ('metricas', 'workshop', '2030-01-01T10:00:00Z', '2030-01-01T12:00:00Z', 5);
         INSERT INTO event_registrations (event_id, idempotency_key, token_hash, lang, places, state, personal)
         VALUES (1, 'a', 'ha', 'es', 1, 'confirmed', 'sealed'), (1, 'b', 'hb', 'es', 2, 'confirmed', 'sealed');",
    )
    .execute(&db)
    .await
    .expect("written");
    db.close().await;

    let response = visitor.get(format!("http://{metrics_addr}/metrics")).send().await.expect("scrape");
    assert_eq!(response.status(), 200);
    let content_type = response.headers()["content-type"].to_str().expect("ascii").to_owned();
    assert!(content_type.starts_with("application/openmetrics-text"), "{content_type}");
    let text = response.text().await.expect("text");
    let scrape = openmetrics_parser::openmetrics::parse_openmetrics(&text).expect("valid OpenMetrics text");

    let requests = "latinas_http_requests";
    let posted =
        sample(&scrape, requests, &[("route", "/{lang}/support"), ("method", "POST"), ("status", "303")]);
    assert_eq!(posted, Some(1.0), "the form post, by its route template");
    let shown =
        sample(&scrape, requests, &[("route", "/{lang}/support"), ("method", "GET"), ("status", "200")]);
    assert_eq!(shown, Some(1.0));
    assert_eq!(sample(&scrape, requests, &[("route", "(unmatched)"), ("status", "404")]), Some(1.0));
    let about = sample(&scrape, requests, &[("route", "/{lang}/about"), ("status", "200")]).unwrap_or(0.0);
    let cached = sample(&scrape, requests, &[("route", "(page cache)"), ("status", "200")]).unwrap_or(0.0);
    assert_eq!(about + cached, 2.0, "both answers of /es/about are counted, the cached one too");
    let latency = sample(&scrape, "latinas_http_request_duration_seconds", &[("route", "/{lang}/support")]);
    assert_eq!(latency, Some(2.0), "a latency histogram per route, counting both answers");
    assert!(
        sample(&scrape, "latinas_mail_unsent", &[("state", "pending")]).is_some_and(|v| v >= 1.0),
        "mail waits"
    );
    assert!(sample(&scrape, "latinas_mail_oldest_unsent_age_seconds", &[]).is_some_and(|v| v >= 0.0));
    assert_eq!(sample(&scrape, "latinas_requests_received", &[("kind", "support")]), Some(1.0));
    assert_eq!(sample(&scrape, "latinas_event_registrations_received", &[]), Some(2.0));
    assert_eq!(sample(&scrape, "latinas_event_places_taken_upcoming", &[]), Some(3.0));
    assert_eq!(sample(&scrape, "latinas_backups_written", &[]), Some(0.0), "no BACKUP_DIR here");

    // Nothing personal: no path she typed, no reference, no name, no address.
    for secret in ["maria-garcia", "calle-falsa", reference.as_str(), "Secret", "@", "127.0.0.1"] {
        assert!(!text.contains(secret), "the metrics hold {secret:?}");
    }
    server.stop();
}

#[tokio::test]
async fn json_logs_are_one_object_per_line_with_nothing_personal() {
    let dir = tempfile::tempdir().expect("folder");
    let log = dir.path().join("server.log");
    let server = BinaryServer::start(
        &dir.path().join("site"),
        free_port(),
        &[("LOG_FORMAT", "json"), ("ACCESS_LOG", "true"), ("RUST_LOG", "info"), ("TRUST_PROXY", "true")],
        Some(&log),
    );
    server.wait_ready().await;
    let visitor = client();
    let forwarded = [("x-forwarded-for", "203.0.113.77")];
    let form = server.open_form(&visitor, "/es/support").await;
    let stored = post_form_with_headers(
        &visitor,
        &server.base,
        &form,
        &support_fields("Maripaz Escondida", "mi dirección es secreta"),
        &forwarded,
    )
    .await;
    assert_eq!(stored.status(), 303);
    let reference = server.reference_of(&stored);
    let missing = visitor
        .get(format!("{}/es/maripaz-escondida", server.base))
        .header("x-forwarded-for", "203.0.113.77")
        .send()
        .await
        .expect("404");
    assert_eq!(missing.status(), 404);
    server.stop();

    let text = std::fs::read_to_string(&log).expect("log");
    let lines: Vec<serde_json::Value> = text
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}")))
        .collect();
    assert!(lines.len() >= 4, "{text}");
    for line in &lines {
        for field in ["timestamp", "level", "fields"] {
            assert!(line.get(field).is_some(), "{field} in {line}");
        }
    }
    let messages: Vec<&str> = lines.iter().filter_map(|l| l["fields"]["message"].as_str()).collect();
    assert!(messages.contains(&"serving"), "{messages:?}");
    // The access log: the route template and the status, as fields a collector can query.
    let answered = lines.iter().find(|l| {
        l["span"]["route"] == "/{lang}/support"
            && l["span"]["method"] == "POST"
            && l["fields"]["status"] == 303
    });
    assert!(answered.is_some(), "the form post's line, by its route: {text}");
    for secret in ["203.0.113.77", "Maripaz", "maripaz", "secreta", reference.as_str()] {
        assert!(!text.contains(secret), "the log holds {secret:?}");
    }

    let wrong = Command::new(env!("CARGO_BIN_EXE_latinas"))
        .arg("healthcheck")
        .env("LOG_FORMAT", "xml")
        .output()
        .expect("latinas runs");
    assert_eq!(wrong.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("LOG_FORMAT"));
}
