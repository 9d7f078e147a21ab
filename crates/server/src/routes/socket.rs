//! `GET /ws/{room_id}` (the spec's JSON protocol) and `GET /yjs/{room_id}` (the y-websocket protocol): the
//! WebSocket upgrades, answered through actix-ws by `adapters-ws`. They are ordinary actix-web routes, so the
//! app's middleware (CORS, request logging, and whatever guards the app adds) applies to them as to REST.
//!
//! Before the handshake: the upgrade rate per client address (`RATE_LIMIT_WEBSOCKETS_PER_MINUTE`, 429), and the
//! `Origin` check against Cross-Site WebSocket Hijacking. CORS does not protect WebSockets: a page on any site
//! may open one to this server, with the user's cookies. An upgrade whose `Origin` is neither in `CORS_ORIGINS`
//! nor this server's own origin is refused with 403; one without `Origin` (not a browser) is allowed.

use actix_web::{
    HttpRequest, HttpResponse,
    http::{StatusCode, header},
    web,
};
use adapters_ws::RoomSocket;
use domain::ClientKind;

use crate::rate_limit::RateLimit;

/// The browser origins allowed to open WebSockets: `CORS_ORIGINS` (`*`: any), and always the server's own.
#[derive(Debug, Clone, Default)]
pub struct AllowedOrigins(pub Vec<String>);

impl AllowedOrigins {
    /// Whether `request` may open a WebSocket: no `Origin` (not a browser), an allowed one, or the origin of
    /// the host the request was sent to (the editor served by this server).
    #[must_use]
    pub fn allow(&self, request: &HttpRequest) -> bool {
        let Some(origin) = request.headers().get(header::ORIGIN) else {
            return true;
        };
        let Ok(origin) = origin.to_str() else {
            return false;
        };
        if self
            .0
            .iter()
            .any(|allowed| allowed == "*" || allowed.eq_ignore_ascii_case(origin))
        {
            return true;
        }
        let host = request
            .headers()
            .get(header::HOST)
            .and_then(|host| host.to_str().ok());
        let authority = origin
            .strip_prefix("http://")
            .or_else(|| origin.strip_prefix("https://"));
        matches!((authority, host), (Some(authority), Some(host)) if authority.eq_ignore_ascii_case(host))
    }
}

fn foreign_origin() -> HttpResponse {
    HttpResponse::build(StatusCode::FORBIDDEN).json(serde_json::json!({
        "detail": "WebSocket connections from this origin are not allowed (CORS_ORIGINS)"
    }))
}

/// The JSON protocol's WebSocket (see the README for the messages).
pub async fn room_socket(
    request: HttpRequest,
    body: web::Payload,
    room_id: web::Path<String>,
    sockets: web::Data<RoomSocket>,
    origins: web::Data<AllowedOrigins>,
) -> HttpResponse {
    if !origins.allow(&request) {
        return foreign_origin();
    }
    sockets
        .accept(&request, body, &room_id, ClientKind::Json)
        .await
}

/// The y-websocket endpoint: what `new WebsocketProvider("ws://HOST:PORT/yjs", roomId, ydoc)` connects to.
pub async fn yjs_socket(
    request: HttpRequest,
    body: web::Payload,
    room_id: web::Path<String>,
    sockets: web::Data<RoomSocket>,
    origins: web::Data<AllowedOrigins>,
) -> HttpResponse {
    if !origins.allow(&request) {
        return foreign_origin();
    }
    sockets
        .accept(&request, body, &room_id, ClientKind::Yjs)
        .await
}

/// Registers both WebSocket paths behind `limit` (one quota per address for both); any method but GET gets
/// 405, as a refused handshake.
pub fn configure(config: &mut web::ServiceConfig, limit: &RateLimit) {
    for (path, handler) in [
        ("/ws/{room_id}", web::get().to(room_socket)),
        ("/yjs/{room_id}", web::get().to(yjs_socket)),
    ] {
        config.service(
            web::resource(path)
                .wrap(limit.middleware())
                .route(handler)
                .default_service(web::to(method_not_allowed)),
        );
    }
}

async fn method_not_allowed() -> HttpResponse {
    adapters_ws::session::method_not_allowed()
}
