//! Metrics for Prometheus on their own listener (`METRICS_ADDR`), never on the public one:
//! requests by route template, method and status, their latency, the mail waiting and
//! failed with the age of the oldest, backups, and requests received. Nothing personal: no
//! address, no reference, no path beyond the route template.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;
use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::db::{outbox, requests};
use crate::web::AppState;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct HttpLabels {
    route: String,
    method: &'static str,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabel {
    route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct KindLabel {
    kind: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct StateLabel {
    state: &'static str,
}

/// The route a response answered, put on it by the router (see [`tag_route`]).
#[derive(Clone)]
pub struct RouteTemplate(Arc<str>);

/// The route label of a response that never reached the router: a page from the cache.
const FROM_PAGE_CACHE: &str = "(page cache)";
const UNMATCHED: &str = "(unmatched)";

fn latency_histogram() -> Histogram {
    // 1 ms to about 8 s.
    Histogram::new(exponential_buckets(0.001, 2.0, 14))
}

/// The metrics and their registry.
pub struct Metrics {
    registry: Registry,
    http_requests: Family<HttpLabels, Counter>,
    http_latency: Family<RouteLabel, Histogram, fn() -> Histogram>,
    mail: Family<StateLabel, Gauge>,
    mail_oldest_unsent_age: Gauge<f64, std::sync::atomic::AtomicU64>,
    backups_written: Counter,
    backups_failed: Counter,
    backup_last_written: Gauge,
    requests_received: Family<KindLabel, Gauge>,
    event_registrations_received: Gauge,
    event_places_taken_upcoming: Gauge,
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::with_prefix("latinas");
        let http_requests = Family::<HttpLabels, Counter>::default();
        registry.register(
            "http_requests",
            "Requests answered, by route template, method and status",
            http_requests.clone(),
        );
        let http_latency =
            Family::<RouteLabel, Histogram, fn() -> Histogram>::new_with_constructor(latency_histogram);
        registry.register(
            "http_request_duration_seconds",
            "Time to answer, by route template",
            http_latency.clone(),
        );
        let mail = Family::<StateLabel, Gauge>::default();
        registry.register(
            "mail_unsent",
            "Messages in the outbox not yet sent, waiting or given up",
            mail.clone(),
        );
        let mail_oldest_unsent_age = Gauge::<f64, std::sync::atomic::AtomicU64>::default();
        registry.register(
            "mail_oldest_unsent_age_seconds",
            "How long the oldest unsent message has waited (0 when none waits)",
            mail_oldest_unsent_age.clone(),
        );
        let backups_written = Counter::default();
        registry.register(
            "backups_written",
            "Backups written and checked since start-up",
            backups_written.clone(),
        );
        let backups_failed = Counter::default();
        registry.register("backups_failed", "Backups that failed since start-up", backups_failed.clone());
        let backup_last_written = Gauge::default();
        registry.register(
            "backup_last_written_timestamp_seconds",
            "When the newest backup was written (Unix time; 0 when none is known)",
            backup_last_written.clone(),
        );
        let requests_received = Family::<KindLabel, Gauge>::default();
        registry.register(
            "requests_received",
            "Requests received through the forms since the site began, by kind (a total that only grows)",
            requests_received.clone(),
        );
        let event_registrations_received = Gauge::default();
        registry.register(
            "event_registrations_received",
            "Event registrations received since the site began (a total that only grows)",
            event_registrations_received.clone(),
        );
        let event_places_taken_upcoming = Gauge::default();
        registry.register(
            "event_places_taken_upcoming",
            "Places given at events that have not ended",
            event_places_taken_upcoming.clone(),
        );
        Metrics {
            registry,
            event_registrations_received,
            event_places_taken_upcoming,
            http_requests,
            http_latency,
            mail,
            mail_oldest_unsent_age,
            backups_written,
            backups_failed,
            backup_last_written,
            requests_received,
        }
    }
}

impl Metrics {
    fn observe(&self, route: &str, method: &Method, status: u16, took: Duration) {
        let method = match *method {
            Method::GET => "GET",
            Method::HEAD => "HEAD",
            Method::POST => "POST",
            _ => "OTHER",
        };
        self.http_requests.get_or_create(&HttpLabels { route: route.to_owned(), method, status }).inc();
        self.http_latency.get_or_create(&RouteLabel { route: route.to_owned() }).observe(took.as_secs_f64());
    }

    /// The text a scrape answers, with the figures read now.
    async fn render(&self, state: &AppState) -> anyhow::Result<String> {
        let now = jiff::Timestamp::now();
        let mut oldest: Option<jiff::Timestamp> = None;
        for label in ["pending", "failed"] {
            self.mail.get_or_create(&StateLabel { state: label }).set(0);
        }
        for (state_name, count, since) in outbox::unsent_by_state(&state.db.read).await? {
            let label = if state_name == "failed" { "failed" } else { "pending" };
            self.mail.get_or_create(&StateLabel { state: label }).set(count);
            if let Some(since) = since.and_then(|s| s.parse::<jiff::Timestamp>().ok()) {
                oldest = Some(oldest.map_or(since, |o| o.min(since)));
            }
        }
        self.mail_oldest_unsent_age.set(oldest.map_or(0.0, |o| now.duration_since(o).as_secs_f64().max(0.0)));
        let backups = state.backups.snapshot();
        self.backups_written.inc_by(backups.written.saturating_sub(self.backups_written.get()));
        self.backups_failed.inc_by(backups.failed.saturating_sub(self.backups_failed.get()));
        self.backup_last_written.set(backups.last_written.map_or(0, |t| t.as_second()));
        for (kind, count) in requests::received_by_kind(&state.db.read).await? {
            self.requests_received.get_or_create(&KindLabel { kind }).set(count);
        }
        let (received, upcoming) = crate::db::events::metrics(&state.db.read).await?;
        self.event_registrations_received.set(received);
        self.event_places_taken_upcoming.set(upcoming);
        let mut text = String::new();
        prometheus_client::encoding::text::encode(&mut text, &self.registry)?;
        Ok(text)
    }
}

/// Counts every answer of the public listener, cached pages too (outside the page cache).
pub async fn record(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let method = request.method().clone();
    let started = Instant::now();
    let response = next.run(request).await;
    let route = response.extensions().get::<RouteTemplate>().map_or(FROM_PAGE_CACHE, |r| &r.0);
    state.metrics.observe(route, &method, response.status().as_u16(), started.elapsed());
    response
}

/// Puts the matched route's template on its response, for [`record`].
pub async fn tag_route(request: Request, next: Next) -> Response {
    let route: Arc<str> =
        request.extensions().get::<MatchedPath>().map_or(UNMATCHED, MatchedPath::as_str).into();
    let mut response = next.run(request).await;
    response.extensions_mut().insert(RouteTemplate(route));
    response
}

/// `GET /metrics` on the metrics listener.
async fn scrape(State(state): State<AppState>) -> Response {
    match state.metrics.render(&state).await {
        Ok(text) => {
            let mut response = text.into_response();
            response.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/openmetrics-text; version=1.0.0; charset=utf-8"),
            );
            response
        }
        Err(error) => {
            tracing::error!(error = format!("{error:#}"), "metrics could not be read");
            axum::http::StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// Serves `/metrics` on `listener` until `stopped` changes.
pub async fn serve(listener: TcpListener, state: AppState, mut stopped: watch::Receiver<bool>) {
    let app = axum::Router::new().route("/metrics", axum::routing::get(scrape)).with_state(state);
    let stop = async move {
        let _ = stopped.changed().await;
    };
    if let Err(error) = axum::serve(listener, app).with_graceful_shutdown(stop).await {
        tracing::error!(%error, "the metrics listener stopped");
    }
}
