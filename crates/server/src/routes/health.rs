//! `GET /health`: is the server up and its store answering? `GET /ready`: does its store accept writes?

use actix_web::{HttpResponse, get, web};
use domain::services::RoomService;
use serde::Serialize;
use utoipa::ToSchema;

/// The health of the server.
#[derive(Serialize, ToSchema)]
pub struct Health {
    /// `healthy`, or `unhealthy` when the store does not answer.
    #[schema(example = "healthy")]
    pub status: &'static str,
    /// Why the server is unhealthy (absent when healthy).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// Reports `{"status": "healthy"}` while the store answers, else 503 with `unhealthy`.
#[utoipa::path(responses(
    (status = 200, description = "Healthy", body = Health),
    (status = 503, description = "The store does not answer", body = Health),
))]
#[get("/health")]
pub async fn health(rooms: web::Data<RoomService>) -> HttpResponse {
    match rooms.check_health().await {
        Ok(()) => HttpResponse::Ok().json(Health {
            status: "healthy",
            detail: None,
        }),
        Err(error) => {
            tracing::warn!(error = %error, "health check failed");
            HttpResponse::ServiceUnavailable().json(Health {
                status: "unhealthy",
                detail: Some("the database cannot be reached".into()),
            })
        }
    }
}

/// Whether the server can take work: `{"status": "ready"}` while the store accepts writes, else 503 with
/// `not ready` (a read-only database answers `/health` but refuses every new room).
#[utoipa::path(responses(
    (status = 200, description = "Ready", body = Health),
    (status = 503, description = "The store does not accept writes", body = Health),
))]
#[get("/ready")]
pub async fn ready(rooms: web::Data<RoomService>) -> HttpResponse {
    match rooms.check_ready().await {
        Ok(()) => HttpResponse::Ok().json(Health {
            status: "ready",
            detail: None,
        }),
        Err(error) => {
            tracing::warn!(error = %error, "readiness check failed");
            HttpResponse::ServiceUnavailable().json(Health {
                status: "not ready",
                detail: Some("the database does not accept writes".into()),
            })
        }
    }
}
