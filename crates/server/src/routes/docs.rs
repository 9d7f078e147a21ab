//! The OpenAPI document (`/openapi.json`) and the pages that browse it (`/docs`, `/redoc`), as FastAPI serves them.
//!
//! Unlike FastAPI's, the pages load Swagger UI and ReDoc from the server itself (pinned npm packages embedded in
//! the binary, see [`super::assets`]): they work without internet access, and no request leaves the server.

use actix_web::{HttpResponse, get, route};
use utoipa::OpenApi;

use super::{
    assets::{html_page, url},
    autocomplete, health, history, rooms, share,
};

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
        rooms::room_connections,
        rooms::room_participants,
        share::create_share_token,
        share::revoke_share_token,
        autocomplete::suggest,
        health::health,
        history::save_version,
        history::list_versions,
        history::get_version,
        history::diff_versions,
        history::diff_live,
        history::restore_version,
        history::blame,
        history::delete_room
    ),
    components(schemas(
        rooms::CreatedRoom,
        rooms::RoomView,
        rooms::RoomConnections,
        rooms::RoomParticipants,
        rooms::ParticipantView,
        share::ShareBody,
        share::SharedToken,
        share::ShareLinks,
        share::Revoked,
        autocomplete::AutocompleteRequest,
        autocomplete::AutocompleteResponse,
        autocomplete::RankedSuggestion,
        health::Health,
        history::VersionView,
        history::VersionWithCode,
        history::NewVersion,
        history::RestoreRequest,
        history::VersionList,
        history::DiffView,
        history::DiffHunkView,
        history::DiffLineView,
        history::RestoreView,
        history::BlameView,
        history::BlameLineView
    ))
)]
pub struct ApiDoc;

/// The OpenAPI 3 document.
#[get("/openapi.json")]
pub async fn openapi_json() -> HttpResponse {
    HttpResponse::Ok().json(ApiDoc::openapi())
}

/// Swagger UI over `/openapi.json`, from the embedded `swagger-ui-dist` files.
#[route("/docs", method = "GET", method = "HEAD")]
pub async fn swagger_ui() -> HttpResponse {
    let style = url("docs/swagger-ui.css");
    let bundle = url("docs/swagger-ui-bundle.js");
    let init = url("docs/swagger-init.js");
    html_page(HttpResponse::Ok()).body(format!(
        r#"<!DOCTYPE html>
<html lang="en"><head><title>pairprog - Swagger UI</title><meta charset="utf-8"><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="{style}"></head>
<body><div id="swagger-ui"></div><script src="{bundle}"></script><script src="{init}"></script></body></html>"#
    ))
}

/// ReDoc over `/openapi.json`, from the embedded `redoc` standalone bundle.
#[route("/redoc", method = "GET", method = "HEAD")]
pub async fn redoc() -> HttpResponse {
    let bundle = url("docs/redoc.standalone.js");
    html_page(HttpResponse::Ok()).body(format!(
        r#"<!DOCTYPE html>
<html lang="en"><head><title>pairprog - ReDoc</title><meta charset="utf-8"><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><redoc spec-url="/openapi.json"></redoc><script src="{bundle}"></script></body></html>"#
    ))
}
