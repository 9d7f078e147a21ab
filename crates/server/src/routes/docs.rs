//! The OpenAPI document (`/openapi.json`) and the pages that browse it (`/docs`, `/redoc`), as FastAPI serves them.
//!
//! The pages load Swagger UI and ReDoc from a CDN in the browser, exactly as FastAPI's do, so the server carries
//! no bundled JavaScript.

use actix_web::{HttpResponse, get};
use utoipa::OpenApi;

use super::{autocomplete, health, rooms};

/// The API description, generated from the handlers and their types.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "pairprog",
        description = "Real-time pair programming: rooms, live collaborative editing over WebSocket \
                       (`/ws/{room_id}`, JSON messages `initial_state`, `code_update`, `error`), and autocomplete."
    ),
    paths(
        rooms::create_room,
        rooms::get_room,
        autocomplete::suggest,
        health::health
    ),
    components(schemas(
        rooms::CreatedRoom,
        rooms::RoomView,
        autocomplete::AutocompleteRequest,
        autocomplete::AutocompleteResponse,
        autocomplete::RankedSuggestion,
        health::Health
    ))
)]
pub struct ApiDoc;

/// The OpenAPI 3 document.
#[get("/openapi.json")]
pub async fn openapi_json() -> HttpResponse {
    HttpResponse::Ok().json(ApiDoc::openapi())
}

const SWAGGER_UI: &str = r##"<!DOCTYPE html>
<html><head><title>pairprog - Swagger UI</title><meta charset="utf-8">
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/swagger-ui-dist@5/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="https://cdn.jsdelivr.net/npm/swagger-ui-dist@5/swagger-ui-bundle.js"></script>
<script>SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true});</script>
</body></html>"##;

const REDOC: &str = r#"<!DOCTYPE html>
<html><head><title>pairprog - ReDoc</title><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><redoc spec-url="/openapi.json"></redoc>
<script src="https://cdn.jsdelivr.net/npm/redoc@2/bundles/redoc.standalone.js"></script>
</body></html>"#;

/// Swagger UI over `/openapi.json`.
#[get("/docs")]
pub async fn swagger_ui() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(SWAGGER_UI)
}

/// ReDoc over `/openapi.json`.
#[get("/redoc")]
pub async fn redoc() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(REDOC)
}
