//! One error type for handlers. Client errors become a localized page with their status;
//! server errors are logged with their cause and shown as a generic localized page.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::db::health::WriteFailure;

pub type Result<T, E = AppError> = std::result::Result<T, E>;

/// When a visitor is told to try again after the storage failed her (`Retry-After`): the
/// "few minutes" the pages speak of.
pub const RETRY_AFTER_SECONDS: u32 = 120;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    /// Another client error, shown as the page for its status.
    #[error("client error {0}")]
    Status(StatusCode),
    /// The storage cannot serve now (a full disk, a lock held elsewhere): 503, try later.
    #[error("storage unavailable: {0}")]
    Unavailable(sqlx::Error),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sqlx::Error> for AppError {
    fn from(error: sqlx::Error) -> Self {
        if WriteFailure::of(&error).is_some() {
            AppError::Unavailable(error)
        } else {
            AppError::Internal(error.into())
        }
    }
}

impl From<askama::Error> for AppError {
    fn from(error: askama::Error) -> Self {
        AppError::Internal(error.into())
    }
}

impl From<serde_json::Error> for AppError {
    fn from(error: serde_json::Error) -> Self {
        AppError::Internal(error.into())
    }
}

impl From<csv::Error> for AppError {
    fn from(error: csv::Error) -> Self {
        AppError::Internal(error.into())
    }
}

impl From<crate::crypto::CryptoError> for AppError {
    fn from(error: crate::crypto::CryptoError) -> Self {
        AppError::Internal(error.into())
    }
}

/// Marks a response whose body the error-page layer should render in the visitor's
/// language (handlers have no layout at hand when they fail).
#[derive(Debug, Clone, Copy)]
pub struct ErrorPage;

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = match &self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Status(status) => *status,
            AppError::Unavailable(cause) => {
                tracing::warn!(error = %cause, "request not served: the database cannot serve it now");
                StatusCode::SERVICE_UNAVAILABLE
            }
            AppError::Internal(cause) => {
                tracing::error!(error = ?cause, "request failed");
                StatusCode::INTERNAL_SERVER_ERROR
            }
        };
        let mut response = status.into_response();
        if status == StatusCode::SERVICE_UNAVAILABLE {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(RETRY_AFTER_SECONDS));
        }
        response.extensions_mut().insert(ErrorPage);
        response
    }
}
