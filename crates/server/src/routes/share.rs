//! Share links: `POST /rooms/{room_id}/tokens` mints a token for one room, a role and a lifetime, signed by the
//! server's own key, so a frontend can offer "view" and "edit" links without an auth server of its own;
//! `DELETE /rooms/{room_id}/tokens/{token_id}` revokes one, closing every connection that uses it (4401). Both
//! are for the room's owner (the subject of the token that created it, or a token with role `owner` for it).

use actix_web::{HttpRequest, HttpResponse, delete, post, web};
use adapters_ws::RoomSocket;
use domain::{DomainError, Role, RoomId, services::ShareRequest};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::{api_error::ApiError, gatekeeper::Gatekeeper, routes::rooms::rfc3339};

/// Lifetime of a share link when the request names none: one day.
const DEFAULT_LIFETIME_SECS: u64 = 86_400;

/// What a share link grants.
#[derive(Deserialize, ToSchema)]
pub struct ShareBody {
    /// `viewer`, `editor` or `owner`.
    #[schema(example = "editor")]
    pub role: String,
    /// Seconds the link is valid (default one day; at most `AUTH_SHARE_MAX_LIFETIME_SECS`).
    #[serde(
        rename = "expiresIn",
        alias = "expires_in",
        alias = "expiresInSecs",
        alias = "ttl",
        alias = "lifetime",
        default
    )]
    #[schema(example = 3600)]
    pub expires_in: Option<u64>,
    /// The display name of whoever joins with the link (it replaces any name the client declares).
    #[serde(default)]
    pub name: Option<String>,
}

/// Where a share link's token goes.
#[derive(Serialize, ToSchema)]
pub struct ShareLinks {
    /// The JSON protocol's WebSocket path with the token.
    pub ws: String,
    /// The y-websocket path with the token.
    pub yjs: String,
    /// The browser editor's page with the token in its fragment (which browsers never send to a server).
    pub editor: String,
}

/// A minted share link.
#[derive(Serialize, ToSchema)]
pub struct SharedToken {
    /// The token (a JWT): `Authorization: Bearer` on REST, a `bearer.<token>` subprotocol or `?token=` on
    /// WebSockets.
    pub token: String,
    /// Its id (`jti`), to revoke it.
    #[serde(rename = "tokenId")]
    pub token_id: String,
    /// The same id, under the claim's name.
    pub jti: String,
    /// The room.
    #[serde(rename = "roomId")]
    pub room_id: String,
    /// The role it grants.
    pub role: String,
    /// When it expires (RFC 3339, UTC).
    #[serde(rename = "expiresAt")]
    pub expires_at: String,
    /// Paths that carry it.
    pub links: ShareLinks,
}

/// The answer to a revocation.
#[derive(Serialize, ToSchema)]
pub struct Revoked {
    /// The revoked token's id.
    #[serde(rename = "tokenId")]
    pub token_id: String,
    /// Connections it closed (on this server).
    #[serde(rename = "closedConnections")]
    pub closed_connections: usize,
}

fn room_id(raw: &str) -> Result<RoomId, ApiError> {
    Ok(RoomId::parse(raw).map_err(DomainError::from)?)
}

/// Mints a share link for a room (owner only).
#[utoipa::path(
    params(("room_id" = String, Path, description = "The room's id")),
    request_body = ShareBody,
    responses(
        (status = 201, description = "The share link's token", body = SharedToken),
        (status = 401, description = "No valid token"),
        (status = 403, description = "Not the room's owner"),
        (status = 404, description = "No room has this id"),
        (status = 422, description = "Unknown role or lifetime out of bounds"),
    )
)]
#[post("/rooms/{room_id}/tokens")]
pub async fn create_share_token(
    request: HttpRequest,
    gatekeeper: web::Data<Gatekeeper>,
    room_id_path: web::Path<String>,
    body: web::Json<ShareBody>,
) -> Result<HttpResponse, ApiError> {
    gatekeeper.check_lookups(&request)?;
    let room = room_id(&room_id_path)?;
    let body = body.into_inner();
    let role = Role::parse(&body.role).map_err(|error| ApiError::Validation(error.to_string()))?;
    let grant = gatekeeper.grant(&request).await?;
    let issued = gatekeeper
        .access()
        .share(
            grant.as_ref(),
            &room,
            ShareRequest {
                role,
                lifetime_secs: body.expires_in.unwrap_or(DEFAULT_LIFETIME_SECS),
                name: body.name,
            },
        )
        .await?;
    let token_id = issued.grant.token_id.clone().unwrap_or_default();
    tracing::info!(room = %room, token_id, role = %role, "share link minted");
    Ok(HttpResponse::Created().json(SharedToken {
        links: ShareLinks {
            ws: format!("/ws/{room}?token={}", issued.token),
            yjs: format!("/yjs/{room}?token={}", issued.token),
            editor: format!("/r/{room}#token={}", issued.token),
        },
        token: issued.token,
        jti: token_id.clone(),
        token_id,
        room_id: room.to_string(),
        role: role.name().to_owned(),
        expires_at: rfc3339(issued.grant.expires_at),
    }))
}

/// Revokes a share link (owner only): every connection using it closes with 4401 at once, and the token is
/// refused from then on.
#[utoipa::path(
    params(
        ("room_id" = String, Path, description = "The room's id"),
        ("token_id" = String, Path, description = "The share token's id (tokenId)"),
    ),
    responses(
        (status = 200, description = "Revoked", body = Revoked),
        (status = 401, description = "No valid token"),
        (status = 403, description = "Not the room's owner"),
        (status = 404, description = "No such room, or no share token of it with this id"),
    )
)]
#[delete("/rooms/{room_id}/tokens/{token_id}")]
pub async fn revoke_share_token(
    request: HttpRequest,
    gatekeeper: web::Data<Gatekeeper>,
    sockets: web::Data<RoomSocket>,
    path: web::Path<(String, String)>,
) -> Result<web::Json<Revoked>, ApiError> {
    gatekeeper.check_lookups(&request)?;
    let (raw_room, token_id) = path.into_inner();
    let room = room_id(&raw_room)?;
    let grant = gatekeeper.grant(&request).await?;
    gatekeeper
        .access()
        .revoke(grant.as_ref(), &room, &token_id)
        .await?;
    let closed_connections = sockets.revoke_token(&token_id);
    tracing::info!(room = %room, token_id, closed_connections, "share link revoked");
    Ok(web::Json(Revoked {
        token_id,
        closed_connections,
    }))
}
