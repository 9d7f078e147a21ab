//! `GET /ws/{room_id}` (the spec's JSON protocol) and `GET /yjs/{room_id}` (the y-websocket protocol): the
//! WebSocket upgrades, served by `adapters-ws`.

use std::sync::Arc;

use actix_web::{HttpRequest, HttpResponse, get, web};
use adapters_ws::RoomSocket;
use domain::ClientKind;

/// Upgrades to a WebSocket joined to the room (see the README for the messages).
#[get("/ws/{room_id}")]
pub async fn room_socket(
    request: HttpRequest,
    payload: web::Payload,
    room_id: web::Path<String>,
    sockets: web::Data<Arc<RoomSocket>>,
) -> actix_web::Result<HttpResponse> {
    sockets.accept(&request, payload, &room_id, ClientKind::Json)
}

/// Upgrades to a WebSocket speaking the y-websocket protocol on the room's document: what
/// `new WebsocketProvider("ws://HOST:PORT/yjs", roomId, ydoc)` connects to.
#[get("/yjs/{room_id}")]
pub async fn yjs_socket(
    request: HttpRequest,
    payload: web::Payload,
    room_id: web::Path<String>,
    sockets: web::Data<Arc<RoomSocket>>,
) -> actix_web::Result<HttpResponse> {
    sockets.accept(&request, payload, &room_id, ClientKind::Yjs)
}
