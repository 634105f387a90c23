//! A route table that lists what it registers: the router is built from it, and tests
//! walk the same list, so a new route cannot be missed by the tests that check every
//! route's cache policy, security headers and CSRF protection.

use axum::handler::Handler;
use axum::http::Method;
use axum::routing::{get, post};
use axum::{Extension, Router};

use crate::web::AppState;
use crate::web::admin::Access;

#[derive(Default)]
pub struct Routes {
    router: Router<AppState>,
    listed: Vec<(Method, &'static str, Option<Access>)>,
}

impl Routes {
    pub fn new() -> Routes {
        Routes::default()
    }

    pub fn get<H: Handler<T, AppState>, T: 'static>(mut self, path: &'static str, handler: H) -> Routes {
        self.router = self.router.route(path, get(handler));
        self.listed.push((Method::GET, path, None));
        self
    }

    pub fn post<H: Handler<T, AppState>, T: 'static>(mut self, path: &'static str, handler: H) -> Routes {
        self.router = self.router.route(path, post(handler));
        self.listed.push((Method::POST, path, None));
        self
    }

    /// A back-office GET route and who may use it (the `Staff` extractor checks it).
    pub fn get_for<H: Handler<T, AppState>, T: 'static>(
        mut self,
        path: &'static str,
        access: Access,
        handler: H,
    ) -> Routes {
        self.router = self.router.route(path, get(handler).layer(Extension(access)));
        self.listed.push((Method::GET, path, Some(access)));
        self
    }

    /// A back-office POST route and who may use it.
    pub fn post_for<H: Handler<T, AppState>, T: 'static>(
        mut self,
        path: &'static str,
        access: Access,
        handler: H,
    ) -> Routes {
        self.router = self.router.route(path, post(handler).layer(Extension(access)));
        self.listed.push((Method::POST, path, Some(access)));
        self
    }

    /// Every registered route: method, path template, and who may use it (back office).
    pub fn list(&self) -> &[(Method, &'static str, Option<Access>)] {
        &self.listed
    }

    pub fn into_router(self) -> Router<AppState> {
        self.router
    }
}
