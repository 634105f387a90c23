//! Accepting connections: our own loop around hyper, because `axum::serve` cannot cut off
//! clients that send their headers too slowly or limit how many connections are open.

use std::sync::Arc;
use std::time::Duration;

use std::convert::Infallible;

use axum::extract::ConnectInfo;
use axum::response::Response;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::ServiceExt;
use tower::util::BoxCloneService;

/// A client must send all its request headers within this time (slowloris).
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);
/// Connections open at once; more wait in the kernel's backlog until one closes.
pub const MAX_CONNECTIONS: usize = 4096;
/// Requests in flight at shutdown get this long to finish.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(30);

/// The whole application as one service: every request takes this one path.
pub type AppService = BoxCloneService<hyper::Request<Incoming>, Response, Infallible>;

/// Serves `app` on `listener` until `stop` completes, then lets the requests in flight
/// finish (up to a grace period).
pub async fn serve(
    listener: TcpListener,
    app: AppService,
    stop: impl Future<Output = ()>,
) -> std::io::Result<()> {
    let connections = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    let graceful = GracefulShutdown::new();
    // HTTP/1.1 only: browsers speak HTTP/2 only over TLS, which the reverse proxy in front
    // of us terminates; it talks HTTP/1.1 to us.
    let mut builder = http1::Builder::new();
    builder.timer(TokioTimer::new()).header_read_timeout(HEADER_READ_TIMEOUT).max_buf_size(64 * 1024);
    tokio::pin!(stop);
    loop {
        let permit = tokio::select! {
            permit = connections.clone().acquire_owned() => match permit {
                Ok(permit) => permit,
                Err(_) => break,
            },
            () = &mut stop => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of file descriptors and the like: wait instead of spinning.
                    tracing::warn!(%error, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut stop => break,
        };
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        let service =
            TowerToHyperService::new(tower::service_fn(move |mut request: hyper::Request<Incoming>| {
                request.extensions_mut().insert(ConnectInfo(peer));
                app.clone().oneshot(request)
            }));
        let connection = builder.serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            let _ = connection.await;
            drop(permit);
        });
    }
    drop(listener);
    if tokio::time::timeout(SHUTDOWN_GRACE, graceful.shutdown()).await.is_err() {
        tracing::warn!("requests still in flight after the grace period were cut off");
    }
    Ok(())
}
