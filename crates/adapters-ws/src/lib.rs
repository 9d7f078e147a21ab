//! The WebSocket transport of pairprog: connections speaking the spec's JSON protocol on `/ws/{room_id}` and
//! the y-websocket protocol on `/yjs/{room_id}`, and the per-room fan-out that delivers each change to the
//! other connections of the room.
//!
//! A message travels: socket -> actix-web (the upgrade route) and actix-ws (frames, continuations, size limits)
//! -> [`session`] (JSON or Yjs messages into domain calls) -> `domain::services::CollaborationService` (log, then publish) -> [`fanout::LocalBroadcaster`]
//! (encoded once into a WebSocket frame, offered to each connection's bounded [`outbound`] queue) -> each
//! connection's task hands its queue to its actix-ws session -> socket.
//!
//! Before that: [`client_address`] says which client a request comes from (through trusted reverse proxies);
//! [`credentials`] reads a client's token from its upgrade and tracks which connections use which
//! token (to close them when it is revoked); [`unknown_rooms`] bounds how fast one address may look up rooms that
//! do not exist.

pub mod client_address;
pub mod credentials;
pub mod fanout;
pub mod frame_guard;
mod link;
pub mod outbound;
pub mod presence_json;
pub mod protocol;
pub mod session;
pub mod unknown_rooms;
pub mod yjs_protocol;

pub use fanout::{LocalBroadcaster, Subscription};
pub use outbound::Outgoing;
pub use session::{RoomSocket, SessionSettings};
pub use unknown_rooms::UnknownRoomLimiter;
