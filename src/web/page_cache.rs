//! Public pages rendered once per language and kept, compressed, until content changes.
//!
//! Only pages that are the same for every visitor go in here; pages with per-visitor
//! tokens (the forms) are rendered per request.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

use axum::http::HeaderMap;
use axum::response::Response;

use crate::error::{AppError, Result};
use crate::i18n::Lang;
use crate::web::compressed::CompressedBody;

/// HTML may change at any edit: browsers revalidate with the ETag each time.
const HTML_CACHE_CONTROL: &str = "no-cache";

#[derive(Debug, Default)]
pub struct PageCache {
    /// One map per language (indexed by `Lang as usize`), keyed by the path below the
    /// language prefix: a lookup borrows the path, it allocates no key.
    pages: RwLock<[HashMap<String, Arc<CompressedBody>>; Lang::ALL.len()]>,
    /// Bumped by every content write, so a render that raced a write is not kept.
    generation: AtomicU64,
}

impl PageCache {
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
        {
            // The response is built under the read lock (it takes no lock and never
            // waits), which spares an `Arc` clone per request.
            let pages = self.pages.read().map_err(poisoned)?;
            if let Some(page) = pages[lang as usize].get(path) {
                return Ok(page.respond(request_headers));
            }
        }
        let generation = self.generation.load(Ordering::Acquire);
        let html = render().await?.ok_or(AppError::NotFound)?;
        let page = Arc::new(CompressedBody::new(html, "text/html; charset=utf-8", HTML_CACHE_CONTROL));
        let mut pages = self.pages.write().map_err(poisoned)?;
        if self.generation.load(Ordering::Acquire) == generation {
            pages[lang as usize].insert(path.to_owned(), page.clone());
        }
        Ok(page.respond(request_headers))
    }

    /// Forgets every page: called after any content write.
    pub fn invalidate(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
        if let Ok(mut pages) = self.pages.write() {
            pages.iter_mut().for_each(HashMap::clear);
        }
    }
}

fn poisoned<T>(_: std::sync::PoisonError<T>) -> AppError {
    AppError::Internal(anyhow::anyhow!("page cache lock poisoned"))
}
