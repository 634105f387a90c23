//! A route table that lists what it registers: the router is built from it, and tests
//! walk the same list, so a new route cannot be missed by the tests that check every
//! route's cache policy, security headers and CSRF protection.

use axum::Router;
use axum::handler::Handler;
use axum::http::Method;
use axum::routing::{get, post};

use crate::web::AppState;

#[derive(Default)]
pub struct Routes {
    router: Router<AppState>,
    listed: Vec<(Method, &'static str)>,
}

impl Routes {
    pub fn new() -> Routes {
        Routes::default()
    }

    pub fn get<H: Handler<T, AppState>, T: 'static>(mut self, path: &'static str, handler: H) -> Routes {
        self.router = self.router.route(path, get(handler));
        self.listed.push((Method::GET, path));
        self
    }

    pub fn post<H: Handler<T, AppState>, T: 'static>(mut self, path: &'static str, handler: H) -> Routes {
        self.router = self.router.route(path, post(handler));
        self.listed.push((Method::POST, path));
        self
    }

    /// Every registered route: method and path template.
    pub fn list(&self) -> &[(Method, &'static str)] {
        &self.listed
    }

    pub fn into_router(self) -> Router<AppState> {
        self.router
    }
}
