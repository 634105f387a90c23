//! Public pages rendered once per language and kept, compressed, until content changes.
//!
//! Only pages that are the same for every visitor go in here. A page that differs between
//! visitors by one value only (a form and its token) can be kept with a hole for that value
//! (`serve_with_hole`): nothing per-visitor is ever stored.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

use axum::http::HeaderMap;
use axum::response::Response;

use crate::compressed::{CachePolicy, CompressedBody, SplicedBody};
use crate::error::{AppError, Result};
use crate::i18n::Lang;

const HTML: &str = "text/html; charset=utf-8";

/// What a page rendered for [`PageCache::serve_with_hole`] carries where each visitor's own
/// value goes. Plain letters, so that HTML escaping leaves it as it is.
pub const HOLE: &str = "x7d1f0cpagecacheholex";

type PerLang<T> = [HashMap<String, Arc<T>>; Lang::ALL.len()];

#[derive(Debug, Default)]
pub struct PageCache {
    /// One map per language (indexed by `Lang as usize`), keyed by the path below the
    /// language prefix: a lookup borrows the path, it allocates no key.
    pages: RwLock<PerLang<CompressedBody>>,
    /// Pages with a hole for a per-visitor value, the same way.
    holed: RwLock<PerLang<SplicedBody>>,
    /// Bumped by every content write, so a render that raced a write is not kept.
    generation: AtomicU64,
}

impl PageCache {
    /// The cached page for a request path such as `/nl/projects`, if there is one: the
    /// front of the server answers with it before routing. Only what a handler stored is
    /// found (its key is the path below the language prefix), so a miss goes on to the
    /// router as usual.
    pub fn cached_response(&self, request_path: &str, request_headers: &HeaderMap) -> Option<Response> {
        let lang = Lang::from_path(request_path)?;
        let below = request_path.get(1 + lang.code().len()..)?;
        let pages = self.pages.read().ok()?;
        Some(pages[lang as usize].get(below)?.respond(request_headers))
    }

    /// Serves the page at `path` in `lang`, rendering it first if it is not cached.
    /// `render` returns `None` when the page does not exist.
    pub async fn serve<F, Fut>(
        &self,
        lang: Lang,
        path: &str,
        request_headers: &HeaderMap,
        render: F,
    ) -> Result<Response>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Option<String>>>,
    {
        let page = self
            .kept_or_built(&self.pages, lang, path, || async {
                let html = render().await?.ok_or(AppError::NotFound)?;
                Ok(CompressedBody::new(html, HTML, CachePolicy::Revalidate))
            })
            .await?;
        Ok(page.respond(request_headers))
    }

    /// Serves the page at `path` in `lang` with `fill` where [`HOLE`] stands, rendering
    /// it first (with `HOLE` in place of the visitor's value) if it is not cached. For pages
    /// that differ between visitors by one value only, such as a form's token: the
    /// response is `no-store` and sent as gzip (spliced, not compressed per request) when
    /// the client accepts it.
    pub async fn serve_with_hole<F, Fut>(
        &self,
        lang: Lang,
        path: &str,
        request_headers: &HeaderMap,
        fill: &str,
        render: F,
    ) -> Result<Response>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<String>>,
    {
        let page = self
            .kept_or_built(&self.holed, lang, path, || async {
                let html = render().await?;
                SplicedBody::new(&html, HOLE, HTML, CachePolicy::NoStore)
                    .ok_or_else(|| AppError::Internal(anyhow::anyhow!("the page at {path} has no hole")))
            })
            .await?;
        Ok(page.respond(request_headers, fill))
    }

    /// The page with a hole kept for `path` in `lang`, filled with `fill`, if there is one:
    /// a handler that must look something up before it knows which kind of page it serves
    /// (an event's page has a form only while registration is open) answers from here
    /// without that lookup. What changes the answer (a registration, an edit, the time an
    /// event opens or closes) forgets the page.
    pub fn holed_response(
        &self,
        lang: Lang,
        path: &str,
        request_headers: &HeaderMap,
        fill: &str,
    ) -> Option<Response> {
        let pages = self.holed.read().ok()?;
        Some(pages[lang as usize].get(path)?.respond(request_headers, fill))
    }

    /// The page kept in `shelf`, or a new one from `build`, kept unless a content write
    /// happened while it was built (it may show the old content).
    async fn kept_or_built<T, F, Fut>(
        &self,
        shelf: &RwLock<PerLang<T>>,
        lang: Lang,
        path: &str,
        build: F,
    ) -> Result<Arc<T>>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T>>,
    {
        let kept = shelf.read().map_err(poisoned)?[lang as usize].get(path).cloned();
        if let Some(page) = kept {
            return Ok(page);
        }
        let generation = self.generation.load(Ordering::Acquire);
        let page = Arc::new(build().await?);
        let mut pages = shelf.write().map_err(poisoned)?;
        if self.generation.load(Ordering::Acquire) == generation {
            pages[lang as usize].insert(path.to_owned(), page.clone());
        }
        Ok(page)
    }

    /// Forgets every page: called after any content write.
    pub fn invalidate(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
        if let Ok(mut pages) = self.pages.write() {
            pages.iter_mut().for_each(HashMap::clear);
        }
        if let Ok(mut pages) = self.holed.write() {
            pages.iter_mut().for_each(HashMap::clear);
        }
    }
}

fn poisoned<T>(_: std::sync::PoisonError<T>) -> AppError {
    AppError::Internal(anyhow::anyhow!("page cache lock poisoned"))
}

/// A tower layer that answers a GET for a cached public page before routing: the page is
/// ready in every encoding, and nothing of the router (matching, extractors, the error,
/// compression or body layers) would change it. It sits inside the layers that every
/// response goes through (security headers), so those reach cached pages by construction.
#[derive(Clone)]
pub struct CachedPagesLayer {
    pub pages: Arc<PageCache>,
}

impl<S> tower::Layer<S> for CachedPagesLayer {
    type Service = CachedPages<S>;

    fn layer(&self, inner: S) -> CachedPages<S> {
        CachedPages { inner, pages: self.pages.clone() }
    }
}

#[derive(Clone)]
pub struct CachedPages<S> {
    inner: S,
    pages: Arc<PageCache>,
}

impl<S, B> tower::Service<axum::http::Request<B>> for CachedPages<S>
where
    S: tower::Service<axum::http::Request<B>, Response = Response>,
{
    type Response = Response;
    type Error = S::Error;
    type Future = futures_util::future::Either<std::future::Ready<Result<Response, S::Error>>, S::Future>;

    fn poll_ready(&mut self, cx: &mut std::task::Context<'_>) -> std::task::Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: axum::http::Request<B>) -> Self::Future {
        if request.method() == axum::http::Method::GET
            && let Some(response) = self.pages.cached_response(request.uri().path(), request.headers())
        {
            return futures_util::future::Either::Left(std::future::ready(Ok(response)));
        }
        futures_util::future::Either::Right(self.inner.call(request))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::{HeaderValue, header};

    async fn body_text(response: Response) -> String {
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX).await.expect("body");
        String::from_utf8(bytes.to_vec()).expect("utf-8")
    }

    #[tokio::test]
    async fn a_page_with_a_hole_is_rendered_once_and_filled_per_visitor() {
        let cache = PageCache::default();
        let renders = std::sync::atomic::AtomicUsize::new(0);
        let render = || async {
            renders.fetch_add(1, Ordering::SeqCst);
            Ok(format!("<input name=\"token\" value=\"{HOLE}\">"))
        };
        let plain = HeaderMap::new();
        let first = cache.serve_with_hole(Lang::Es, "/support", &plain, "one", render).await.expect("page");
        assert_eq!(first.headers()[header::CACHE_CONTROL], "no-store");
        assert_eq!(body_text(first).await, "<input name=\"token\" value=\"one\">");
        let second = cache.serve_with_hole(Lang::Es, "/support", &plain, "two", render).await.expect("page");
        assert_eq!(body_text(second).await, "<input name=\"token\" value=\"two\">");
        assert_eq!(renders.load(Ordering::SeqCst), 1, "rendered once");
        cache.invalidate();
        let mut gzip = HeaderMap::new();
        gzip.insert(header::ACCEPT_ENCODING, HeaderValue::from_static("gzip"));
        let third = cache.serve_with_hole(Lang::Es, "/support", &gzip, "three", render).await.expect("page");
        assert_eq!(third.headers()[header::CONTENT_ENCODING], "gzip");
        assert_eq!(renders.load(Ordering::SeqCst), 2, "rendered again after a content write");
    }

    #[tokio::test]
    async fn a_page_without_its_hole_is_an_error_not_a_cached_page() {
        let cache = PageCache::default();
        let result = cache
            .serve_with_hole(Lang::En, "/support", &HeaderMap::new(), "x", || async {
                Ok("no hole".to_owned())
            })
            .await;
        assert!(result.is_err());
    }
}
