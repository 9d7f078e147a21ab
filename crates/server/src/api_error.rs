//! How REST failures reach clients: a status code and `{"detail": "..."}`, the shape FastAPI clients expect.
//!
//! Server-side failures are shown to the client as an opaque message; the access log (`access_log`) writes
//! their cause chain, at ERROR, on the request's line.

use actix_web::{
    HttpResponse, ResponseError,
    http::{StatusCode, header},
};
use domain::{DomainError, services::AccessError};
use serde::Serialize;

/// A REST failure.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// The addressed resource does not exist.
    #[error("{0}")]
    NotFound(String),
    /// The request body is well-formed JSON but its content is invalid.
    #[error("{0}")]
    Validation(String),
    /// The request body is larger than the configured limit.
    #[error("Request body is larger than the {0} bytes allowed")]
    PayloadTooLarge(usize),
    /// The request body is not JSON.
    #[error("Content-Type must be application/json")]
    UnsupportedMediaType,
    /// The request body could not be read or parsed.
    #[error("{0}")]
    BadRequest(String),
    /// A token is needed and none was given, or the one given was refused (`WWW-Authenticate: Bearer`).
    #[error("{0}")]
    Unauthorized(String),
    /// The token does not allow this.
    #[error("{0}")]
    Forbidden(String),
    /// The client sent too many requests of this kind; it may try again after the duration.
    #[error("{0}")]
    TooManyRequests(&'static str, std::time::Duration),
    /// The store is unreachable.
    #[error("Service unavailable: the database cannot be reached")]
    Unavailable(#[source] DomainError),
    /// Anything else that went wrong on the server.
    #[error("Internal server error")]
    Internal(#[source] DomainError),
    /// Work handed to the background runtime did not finish (it panicked, or the server is stopping).
    #[error("Internal server error")]
    BackgroundTask(#[source] tokio::task::JoinError),
}

#[derive(Serialize)]
struct Detail<'a> {
    detail: &'a str,
}

impl From<DomainError> for ApiError {
    fn from(error: DomainError) -> Self {
        match error {
            DomainError::RoomNotFound(_) | DomainError::InvalidRoomId(_) => {
                Self::NotFound("Room not found".into())
            }
            DomainError::VersionNotFound(_) | DomainError::InvalidVersionId(_) => {
                Self::NotFound("Version not found".into())
            }
            DomainError::CodeTooLarge { .. } | DomainError::InvalidVersionName(_) => {
                Self::Validation(error.to_string())
            }
            DomainError::Storage(domain::RepositoryError::Unavailable(_)) => {
                Self::Unavailable(error)
            }
            other => Self::Internal(other),
        }
    }
}

impl From<AccessError> for ApiError {
    fn from(error: AccessError) -> Self {
        match error {
            AccessError::Unauthenticated(detail) => Self::Unauthorized(detail),
            AccessError::Forbidden(detail) => Self::Forbidden(detail),
            AccessError::NotFound(detail) => Self::NotFound(detail.to_owned()),
            AccessError::Invalid(detail) => Self::Validation(detail),
            AccessError::Storage(cause) => Self::from(DomainError::Storage(cause)),
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::NotFound(_) => StatusCode::NOT_FOUND,
            Self::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Self::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::TooManyRequests(..) => StatusCode::TOO_MANY_REQUESTS,
            Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal(_) | Self::BackgroundTask(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let mut response = HttpResponse::build(self.status_code());
        match self {
            Self::Unauthorized(_) => {
                response.insert_header((header::WWW_AUTHENTICATE, "Bearer"));
            }
            Self::TooManyRequests(_, wait) => {
                response.insert_header((
                    header::RETRY_AFTER,
                    adapters_ws::unknown_rooms::retry_after_secs(*wait).to_string(),
                ));
            }
            _ => {}
        }
        response.json(Detail {
            detail: &self.to_string(),
        })
    }
}
