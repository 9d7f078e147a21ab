//! `GET /ws/{room_id}` (the spec's JSON protocol) and `GET /yjs/{room_id}` (the y-websocket protocol): the
//! WebSocket upgrades, served by `adapters-ws`.
//!
//! A request carrying `Upgrade: websocket` never reaches the actix-web app: the HTTP server hands it, with its
//! socket, to [`upgrade`] (see `startup`), which routes it here and gives the socket to the room transport, so
//! a long-lived connection keeps none of the HTTP layer's buffers. The app's routes below only answer plain
//! HTTP requests to those paths.

use std::sync::Arc;

use actix_codec::Framed;
use actix_http::{Request, h1};
use actix_web::{HttpResponse, get};
use adapters_ws::{RoomSocket, websocket};
use domain::ClientKind;
use tokio::{io::AsyncWriteExt, net::TcpStream};

/// The protocol and raw room id a WebSocket path names: `/ws/{room_id}` or `/yjs/{room_id}`.
#[must_use]
pub fn websocket_route(path: &str) -> Option<(ClientKind, &str)> {
    let (kind, room_id) = if let Some(room_id) = path.strip_prefix("/ws/") {
        (ClientKind::Json, room_id)
    } else {
        (ClientKind::Yjs, path.strip_prefix("/yjs/")?)
    };
    (!room_id.is_empty() && !room_id.contains('/')).then_some((kind, room_id))
}

/// Serves a WebSocket upgrade request handed over by the HTTP server, on the socket it came from.
pub async fn upgrade(
    sockets: Arc<RoomSocket>,
    request: Request,
    framed: Framed<TcpStream, h1::Codec>,
) {
    let path = request.path().to_owned();
    match websocket_route(&path) {
        Some((kind, room_id)) => {
            sockets.serve_upgrade(request, framed, room_id, kind).await;
        }
        None => {
            let mut stream = framed.into_parts().io;
            let refusal = websocket::refusal(404, "Not Found", "Not Found");
            let _ = stream.write_all(&refusal).await;
            let _ = stream.shutdown().await;
        }
    }
}

/// A plain request to a WebSocket path: says what is expected instead.
fn not_an_upgrade() -> HttpResponse {
    HttpResponse::BadRequest().json(serde_json::json!({
        "detail": "this endpoint is a WebSocket: connect with an upgrade request (Connection: Upgrade, Upgrade: websocket)"
    }))
}

/// The JSON protocol's WebSocket (see the README for the messages), asked for without an upgrade.
#[get("/ws/{room_id}")]
pub async fn room_socket() -> HttpResponse {
    not_an_upgrade()
}

/// The y-websocket endpoint (what `new WebsocketProvider("ws://HOST:PORT/yjs", roomId, ydoc)` connects to),
/// asked for without an upgrade.
#[get("/yjs/{room_id}")]
pub async fn yjs_socket() -> HttpResponse {
    not_an_upgrade()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_two_websocket_paths_with_one_room_segment_route() {
        assert_eq!(
            websocket_route("/ws/abc123"),
            Some((ClientKind::Json, "abc123"))
        );
        assert_eq!(
            websocket_route("/yjs/abc123"),
            Some((ClientKind::Yjs, "abc123"))
        );
        for path in ["/ws/", "/yjs/", "/ws/a/b", "/rooms/abc", "/wsx/abc", "/"] {
            assert_eq!(websocket_route(path), None, "{path}");
        }
    }
}
