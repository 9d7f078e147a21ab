//! `GET /ws/{room_id}`: the upgrade to the spec's JSON WebSocket protocol, served by `adapters-ws`.

use std::sync::Arc;

use actix_web::{HttpRequest, HttpResponse, get, web};
use adapters_ws::RoomSocket;

/// Upgrades to a WebSocket joined to the room (see the README for the messages).
#[get("/ws/{room_id}")]
pub async fn room_socket(
    request: HttpRequest,
    payload: web::Payload,
    room_id: web::Path<String>,
    sockets: web::Data<Arc<RoomSocket>>,
) -> actix_web::Result<HttpResponse> {
    sockets.accept(&request, payload, &room_id)
}
