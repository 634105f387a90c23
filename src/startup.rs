//! Building the application: state, router, the one middleware stack, and serving.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{MatchedPath, State};
use axum::http::{HeaderName, HeaderValue, Method, Request, StatusCode, header};
use axum::middleware;
use axum::response::Response;
use tokio::net::TcpListener;
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

use crate::app::events::EventDesk;
use crate::app::intake::Intake;
use crate::assets::Assets;
use crate::backups::BackupStatus;
use crate::config::Config;
use crate::crypto::Keys;
use crate::db::ServingLock;
use crate::db::intake::IntakeWriter;
use crate::db::{Db, WriteLimits, seed};
use crate::mail::worker::MailWorker;
use crate::maintenance;
use crate::metrics::{self, Metrics};
use crate::server::{self, AppService};
use crate::web::admin;
use crate::web::layout::SiteInfo;
use crate::web::limits::{LoginLimiter, PostLimiter};
use crate::web::page_cache::{CachedPagesLayer, PageCache};
use crate::web::routes::Routes;
use crate::web::{AppState, Shared, error_pages, events, forms, page, pages, site};
use tokio::sync::{Notify, watch};

/// Larger bodies than this are refused with 413: our forms are far smaller.
pub const BODY_LIMIT_BYTES: usize = 64 * 1024;

/// Where the quick exit goes: a neutral page about the weather.
const QUICK_EXIT_URL: &str = "https://www.meteo.be/";

/// A configured, bound application, ready to serve.
pub struct Application {
    listener: TcpListener,
    service: AppService,
    state: AppState,
    worker: MailWorker,
    /// Held while the application lives: `latinas restore` waits for no server.
    _serving: ServingLock,
    /// The listener of `/metrics` (`METRICS_ADDR`), apart from the public one.
    metrics: Option<TcpListener>,
}

impl Application {
    /// Opens the database (migrating it and loading the content on first start), builds
    /// the router and binds the listener.
    pub async fn build(config: Config) -> anyhow::Result<Application> {
        let db = Db::connect(&config.database_url, WriteLimits::from_config(&config)).await?;
        let serving = ServingLock::shared(&crate::db::database_path(&config.database_url)?)?;
        if seed::load_once(&db.write).await? {
            tracing::info!("loaded the organisation's content into an empty database");
        }
        let keys = Keys::load(
            config.data_key.as_ref().map(|k| k.0.as_str()),
            config.data_keys_old.as_ref().map(|k| k.0.as_str()),
            &config.data_dir,
        )?;
        let indexed = crate::app::people::index_unindexed(&db, &keys).await?;
        if indexed > 0 {
            tracing::info!(indexed, "added older requests to the person index");
        }
        if config.coordinator_emails.is_empty() {
            tracing::warn!("COORDINATOR_EMAILS is empty: requests are stored, but no coordinator is emailed");
        }
        let assets = Assets::load();
        let site = SiteInfo {
            public_url: config.public_url.clone(),
            site_name: config.site_name.clone(),
            quick_exit_url: QUICK_EXIT_URL.to_owned(),
            assets: assets.urls.clone(),
            contact_email: config.contact_email.as_ref().map(|e| e.as_str().to_owned()),
            contact_phone: config.contact_phone.as_ref().map(|p| p.as_str().to_owned()),
            time_zone: config.time_zone.clone(),
        };
        let listener = TcpListener::bind(config.bind_addr)
            .await
            .map_err(|e| anyhow::anyhow!("cannot listen on BIND_ADDR {}: {e}", config.bind_addr))?;
        let metrics = match config.metrics_addr {
            Some(address) => Some(
                TcpListener::bind(address)
                    .await
                    .map_err(|e| anyhow::anyhow!("cannot listen on METRICS_ADDR {address}: {e}"))?,
            ),
            None => None,
        };
        let sessions = admin::session_store(db.write.clone()).await?;
        let mail_wake = Arc::new(Notify::new());
        let worker = MailWorker::new(&config, db.clone(), keys.clone(), mail_wake.clone())?;
        let state = AppState::new(Shared {
            limiter: Arc::new(PostLimiter::new(config.form_rate_limit, config.trust_proxy)),
            login_limiter: Arc::new(LoginLimiter::new(config.trust_proxy)),
            backups: Arc::new(BackupStatus::at_start(config.backups.as_ref())),
            metrics: Arc::new(Metrics::default()),
            intake: Intake::new(&config, IntakeWriter::start(db.clone()), keys.clone()),
            events: EventDesk::new(&config, db.clone(), keys.clone()),
            config: Arc::new(config),
            db,
            site: Arc::new(site),
            assets: Arc::new(assets),
            pages: Arc::new(PageCache::default()),
            keys,
            mail_wake,
            sessions,
        });
        Ok(Application {
            listener,
            service: service(state.clone()),
            state,
            worker,
            _serving: serving,
            metrics,
        })
    }

    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until Ctrl-C or SIGTERM, then finishes the requests in flight and stops the
    /// background tasks cleanly.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        self.run_until(shutdown_signal()).await
    }

    /// Serves until `stop` completes, then shuts down as on a signal.
    pub async fn run_until(
        self,
        stop_signal: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        tracing::info!(address = %self.listener.local_addr()?, "serving");
        let (stop, stopped) = watch::channel(false);
        let worker = tokio::spawn(self.worker.run(stopped.clone()));
        let housekeeping = tokio::spawn(maintenance::run(self.state.clone(), stopped.clone()));
        let backups = tokio::spawn(crate::backups::run(self.state.clone(), stopped.clone()));
        let metrics =
            self.metrics.map(|listener| tokio::spawn(metrics::serve(listener, self.state.clone(), stopped)));
        server::serve(self.listener, self.service, stop_signal).await?;
        let _ = stop.send(true);
        let _ = tokio::join!(worker, housekeeping, backups);
        if let Some(metrics) = metrics {
            let _ = metrics.await;
        }
        self.state.db.write.close().await;
        tracing::info!("stopped");
        Ok(())
    }
}

/// Every public route of the site.
pub fn public_routes() -> Routes {
    Routes::new()
        .get("/", site::root)
        .get("/{lang}", site::lang_root)
        .get("/{lang}/", pages::home)
        .get("/{lang}/about", pages::about)
        .get("/{lang}/projects", pages::projects)
        .get("/{lang}/projects/{slug}", pages::project)
        .get("/{lang}/activities", pages::activities)
        .get("/{lang}/activities/{slug}", pages::activity)
        .get("/{lang}/team", pages::team)
        .get("/{lang}/privacy", pages::privacy)
        .get("/{lang}/safety", pages::safety)
        .get("/{lang}/orientation", forms::orientation_form)
        .post("/{lang}/orientation", forms::orientation_submit)
        .get("/{lang}/support", forms::support_form)
        .post("/{lang}/support", forms::support_submit)
        .get("/{lang}/thanks", forms::thanks)
        .get("/{lang}/events", events::list)
        .get("/{lang}/events.ics", events::calendar_feed)
        .get("/{lang}/events.atom", events::atom_feed)
        .get("/{lang}/events/past/{page}", events::past)
        .get("/{lang}/events/{slug}", events::detail)
        .post("/{lang}/events/{slug}", events::register)
        .get("/{lang}/registration/{secret}", events::registration)
        .get("/{lang}/registration/{secret}/calendar.ics", events::registration_calendar)
        .post("/{lang}/registration/{secret}/cancel", events::cancel)
        .get("/language/{lang}", site::switch_language)
        .get("/language/{lang}/{*path}", site::switch_language)
        .get("/static/{*file}", site::static_file)
        .get("/sitemap.xml", site::sitemap)
        .get("/robots.txt", site::robots)
        .get("/healthz", site::healthz)
        .get("/readyz", site::readyz)
}

/// Every route, public and back office, as the router registers them (for tests that walk
/// them all).
pub fn route_list() -> Vec<(Method, &'static str)> {
    route_access().into_iter().map(|(method, path, _)| (method, path)).collect()
}

/// Every route with who may use it: `None` for the public site (and the sign-in itself),
/// the [`admin::Access`] each back-office route states.
pub fn route_access() -> Vec<(Method, &'static str, Option<admin::Access>)> {
    [public_routes().list(), admin::routes().list()].concat()
}

/// The whole application as one service, and the one path every request takes: the
/// security headers wrap everything; inside them, a cached public page is answered before
/// routing; anything else goes through the router and its layers.
pub fn service(state: AppState) -> AppService {
    let https = state.config.is_https();
    // With the access log on, every request goes through the router, whose layer logs it.
    let cached_pages = (!state.config.access_log).then(|| CachedPagesLayer { pages: state.pages.clone() });
    // Outside the page cache, so that cached pages are counted too.
    let metrics =
        state.config.metrics_addr.map(|_| middleware::from_fn_with_state(state.clone(), metrics::record));
    let service = ServiceBuilder::new()
        // Axum's own body type from here in, as the router would make it (middleware of
        // `from_fn` takes no other).
        .map_request(|request: hyper::Request<hyper::body::Incoming>| request.map(axum::body::Body::new))
        .layer(middleware::map_response_with_state(https, set_security_headers))
        .option_layer(metrics)
        .option_layer(cached_pages)
        .service(router(state));
    AppService::new(service)
}

/// Every route of the site and the layers inside the security headers, in one place.
pub fn router(state: AppState) -> Router {
    let public = public_routes().into_router().merge(admin::router(&state)).fallback(error_pages::not_found);

    let access_log = state.config.access_log;
    let metrics = state.config.metrics_addr.is_some();
    let router = public
        .layer(
            ServiceBuilder::new()
                .layer(middleware::map_response(page::cache_policy))
                .layer(middleware::from_fn_with_state(state.clone(), error_pages::render_error_pages))
                // A handler that panics answers the localized 500 page (the layer above
                // renders it) instead of dropping the connection, and the log says so.
                .layer(CatchPanicLayer::custom(error_pages::panicked))
                .layer(CompressionLayer::new())
                .layer(RequestBodyLimitLayer::new(BODY_LIMIT_BYTES))
                .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, Duration::from_secs(30))),
        )
        .with_state(state);
    let router = if metrics { router.layer(middleware::from_fn(metrics::tag_route)) } else { router };
    if !access_log {
        return router;
    }
    router.layer(
        TraceLayer::new_for_http()
            .make_span_with(|request: &Request<_>| {
                // The route, not the raw path: nothing a visitor typed lands in logs.
                let route =
                    request.extensions().get::<MatchedPath>().map_or("(unmatched)", MatchedPath::as_str);
                tracing::info_span!("request", method = %request.method(), route = %route)
            })
            .on_request(())
            .on_response(DefaultOnResponse::new().level(Level::INFO)),
    )
}

/// Headers that protect every response.
const SECURITY_HEADERS: [(&str, &str); 6] = [
    (
        "content-security-policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
    ),
    ("x-content-type-options", "nosniff"),
    // A survivor's visit must not leak to the next site through the Referer header.
    ("referrer-policy", "no-referrer"),
    (
        "permissions-policy",
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()",
    ),
    ("cross-origin-opener-policy", "same-origin"),
    ("x-frame-options", "DENY"),
];

/// Sets the security headers (and HSTS over https) on every response, cached pages too.
async fn set_security_headers(State(https): State<bool>, mut response: Response) -> Response {
    let headers = response.headers_mut();
    for (name, value) in SECURITY_HEADERS {
        headers.insert(HeaderName::from_static(name), HeaderValue::from_static(value));
    }
    if https {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=63072000; includeSubDomains"),
        );
    }
    response
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}
