//! `GET /ws/{room_id}` (the spec's JSON protocol) and `GET /yjs/{room_id}` (the y-websocket protocol): the
//! WebSocket upgrades, answered through actix-ws by `adapters-ws`. They are ordinary actix-web routes, so the
//! app's middleware (CORS, request logging, and whatever guards the app adds) applies to them as to REST.

use actix_web::{HttpRequest, HttpResponse, web};
use adapters_ws::RoomSocket;
use domain::ClientKind;

/// The JSON protocol's WebSocket (see the README for the messages).
pub async fn room_socket(
    request: HttpRequest,
    body: web::Payload,
    room_id: web::Path<String>,
    sockets: web::Data<RoomSocket>,
) -> HttpResponse {
    sockets.accept(&request, body, &room_id, ClientKind::Json)
}

/// The y-websocket endpoint: what `new WebsocketProvider("ws://HOST:PORT/yjs", roomId, ydoc)` connects to.
pub async fn yjs_socket(
    request: HttpRequest,
    body: web::Payload,
    room_id: web::Path<String>,
    sockets: web::Data<RoomSocket>,
) -> HttpResponse {
    sockets.accept(&request, body, &room_id, ClientKind::Yjs)
}

/// Registers both WebSocket paths; any method but GET gets 405, as a refused handshake.
pub fn configure(config: &mut web::ServiceConfig) {
    for (path, handler) in [
        ("/ws/{room_id}", web::get().to(room_socket)),
        ("/yjs/{room_id}", web::get().to(yjs_socket)),
    ] {
        config.service(
            web::resource(path)
                .route(handler)
                .default_service(web::to(method_not_allowed)),
        );
    }
}

async fn method_not_allowed() -> HttpResponse {
    adapters_ws::session::method_not_allowed()
}
