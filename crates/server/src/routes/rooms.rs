//! `POST /rooms` and `GET /rooms/{room_id}`, behind the access rules: with `AUTH_MODE=token`, creating a room
//! needs a token allowed to create rooms (its subject becomes the room's owner), and reading one needs a token
//! covering it. Lookups of rooms that do not exist count against the client address's quota.

use std::time::{Duration, SystemTime};

use actix_web::{HttpRequest, get, web};
use adapters_ws::LocalBroadcaster;
use domain::{
    DomainError, Room, RoomId, Timestamp,
    services::{CollaborationService, RoomService},
};
use serde::Serialize;
use utoipa::ToSchema;

use crate::{api_error::ApiError, gatekeeper::Gatekeeper};

/// The answer to `POST /rooms`.
#[derive(Serialize, ToSchema)]
pub struct CreatedRoom {
    /// The new room's id: 8 characters of `[a-z0-9]`.
    #[serde(rename = "roomId")]
    #[schema(example = "k3x9q2ab")]
    pub room_id: String,
}

/// A room as stored.
#[derive(Serialize, ToSchema)]
pub struct RoomView {
    /// The room's id.
    #[serde(rename = "roomId")]
    pub room_id: String,
    /// The room's current code.
    pub code: String,
    /// How many changes have altered the code.
    pub version: u64,
    /// When the room was created (RFC 3339, UTC).
    #[serde(rename = "createdAt")]
    #[schema(example = "2024-01-01T00:00:00.000Z")]
    pub created_at: String,
    /// When the code last changed (RFC 3339, UTC).
    #[serde(rename = "updatedAt")]
    pub updated_at: String,
}

pub(crate) fn rfc3339(timestamp: Timestamp) -> String {
    let millis = timestamp.as_millis();
    let instant = if millis >= 0 {
        SystemTime::UNIX_EPOCH + Duration::from_millis(millis.unsigned_abs())
    } else {
        SystemTime::UNIX_EPOCH - Duration::from_millis(millis.unsigned_abs())
    };
    humantime::format_rfc3339_millis(instant).to_string()
}

impl From<Room> for RoomView {
    fn from(room: Room) -> Self {
        Self {
            room_id: room.id.to_string(),
            code: room.code,
            version: room.version,
            created_at: rfc3339(room.created_at),
            updated_at: rfc3339(room.updated_at),
        }
    }
}

/// Creates an empty room and returns its id. With a token, its subject becomes the room's owner.
#[utoipa::path(post, path = "/rooms", responses(
    (status = 200, description = "The room was created", body = CreatedRoom),
    (status = 401, description = "A token is required (AUTH_MODE=token)"),
    (status = 403, description = "The token may not create rooms"),
    (status = 429, description = "Too many rooms created from this address"),
    (status = 503, description = "The database cannot be reached"),
))]
pub async fn create_room(
    request: HttpRequest,
    rooms: web::Data<RoomService>,
    gatekeeper: web::Data<Gatekeeper>,
) -> Result<web::Json<CreatedRoom>, ApiError> {
    let grant = gatekeeper.grant(&request).await?;
    let owner = gatekeeper.access().creator(grant.as_ref())?;
    let room = rooms.create_owned_room(owner).await?;
    tracing::info!(room = %room.id, owned = owner.is_some(), "room created");
    Ok(web::Json(CreatedRoom {
        room_id: room.id.to_string(),
    }))
}

/// Returns a room: its code and timestamps (the live code while anyone is editing it).
#[utoipa::path(
    params(("room_id" = String, Path, description = "The room's id")),
    responses(
        (status = 200, description = "The room", body = RoomView),
        (status = 404, description = "No room has this id"),
    )
)]
#[get("/rooms/{room_id}")]
pub async fn get_room(
    request: HttpRequest,
    rooms: web::Data<RoomService>,
    live: web::Data<CollaborationService<LocalBroadcaster>>,
    gatekeeper: web::Data<Gatekeeper>,
    room_id: web::Path<String>,
) -> Result<web::Json<RoomView>, ApiError> {
    let id = readable_room(&request, &gatekeeper, &room_id).await?;
    let mut room = rooms
        .get_room(&id)
        .await
        .map_err(|error| not_found_counted(&request, &gatekeeper, error))?;
    // The stored code trails the live document by up to CODE_FLUSH_DELAY_MS; readers get the live one.
    if let Some((code, version, updated_at)) = live.live_room(&id).await {
        room.code = code.to_string();
        room.version = version;
        room.updated_at = updated_at;
    }
    Ok(web::Json(room.into()))
}

/// How many clients a room has connected right now.
#[derive(Serialize, ToSchema)]
pub struct RoomConnections {
    /// The room's id.
    #[serde(rename = "roomId")]
    pub room_id: String,
    /// Open WebSocket connections to the room, JSON (`/ws`) and Yjs (`/yjs`) alike.
    pub connections: usize,
}

/// Counts the clients connected to a room (the browser editor lists those that publish no presence, the JSON
/// clients, from this).
#[utoipa::path(
    params(("room_id" = String, Path, description = "The room's id")),
    responses(
        (status = 200, description = "The number of connected clients", body = RoomConnections),
        (status = 404, description = "No room has this id"),
    )
)]
#[get("/rooms/{room_id}/connections")]
pub async fn room_connections(
    request: HttpRequest,
    rooms: web::Data<RoomService>,
    live: web::Data<CollaborationService<LocalBroadcaster>>,
    gatekeeper: web::Data<Gatekeeper>,
    room_id: web::Path<String>,
) -> Result<web::Json<RoomConnections>, ApiError> {
    let id = readable_room(&request, &gatekeeper, &room_id).await?;
    let connections = live.broadcaster().connections_in(&id);
    // A room nobody is in may not exist at all: only then is the store asked.
    if connections == 0 {
        rooms
            .get_room(&id)
            .await
            .map_err(|error| not_found_counted(&request, &gatekeeper, error))?;
    }
    Ok(web::Json(RoomConnections {
        room_id: id.to_string(),
        connections,
    }))
}

/// One participant of a room.
#[derive(Serialize, ToSchema)]
pub struct ParticipantView {
    /// Its id in the room (the `id` of `presence` messages).
    pub id: String,
    /// Its display name.
    pub name: String,
    /// Its colour, `#rrggbb`.
    pub color: String,
    /// `json` (`/ws`) or `yjs` (`/yjs`).
    pub protocol: &'static str,
    /// When it joined (RFC 3339, UTC).
    #[schema(example = "2024-01-01T00:00:00.000Z")]
    pub since: String,
}

/// Who is in a room right now.
#[derive(Serialize, ToSchema)]
pub struct RoomParticipants {
    /// The room's id.
    #[serde(rename = "roomId")]
    pub room_id: String,
    /// The connected participants, in the order they joined.
    pub participants: Vec<ParticipantView>,
}

/// Lists who is connected to a room: name, colour, protocol and since when.
#[utoipa::path(
    params(("room_id" = String, Path, description = "The room's id")),
    responses(
        (status = 200, description = "The connected participants", body = RoomParticipants),
        (status = 404, description = "No room has this id"),
    )
)]
#[get("/rooms/{room_id}/participants")]
pub async fn room_participants(
    request: HttpRequest,
    rooms: web::Data<RoomService>,
    live: web::Data<CollaborationService<LocalBroadcaster>>,
    gatekeeper: web::Data<Gatekeeper>,
    room_id: web::Path<String>,
) -> Result<web::Json<RoomParticipants>, ApiError> {
    let id = readable_room(&request, &gatekeeper, &room_id).await?;
    let participants = live.participants(&id);
    // A room nobody is in may not exist at all: only then is the store asked.
    if participants.is_empty() {
        rooms
            .get_room(&id)
            .await
            .map_err(|error| not_found_counted(&request, &gatekeeper, error))?;
    }
    Ok(web::Json(RoomParticipants {
        room_id: id.to_string(),
        participants: participants
            .into_iter()
            .map(|participant| ParticipantView {
                id: participant.connection.get().to_string(),
                protocol: adapters_ws::protocol::protocol_name(participant.kind),
                since: rfc3339(participant.since),
                name: participant.name,
                color: participant.color,
            })
            .collect(),
    }))
}

/// The room `raw` names, once the client may read it: its address within its quota of unknown rooms, the id
/// one a room can have (a malformed one is answered 404 without a query, and counts as unknown), and its token
/// (or its absence) allowed in the room.
pub(crate) async fn readable_room(
    request: &HttpRequest,
    gatekeeper: &Gatekeeper,
    raw: &str,
) -> Result<RoomId, ApiError> {
    gatekeeper.check_lookups(request)?;
    let id = RoomId::parse(raw)
        .map_err(|error| gatekeeper.missed(request, DomainError::from(error).into()))?;
    gatekeeper.room_role(request, &id).await?;
    Ok(id)
}

/// The answer to a failed read: a room that does not exist counts against the address's quota.
pub(crate) fn not_found_counted(
    request: &HttpRequest,
    gatekeeper: &Gatekeeper,
    error: DomainError,
) -> ApiError {
    match error {
        DomainError::RoomNotFound(_) => gatekeeper.missed(request, error.into()),
        other => other.into(),
    }
}
