//! The WebSocket transport of pairprog: actix-ws sessions speaking the spec's JSON protocol on `/ws/{room_id}`,
//! and the per-room fan-out that delivers each change to the other connections of the room.
//!
//! A message travels: socket -> [`session`] (frame limits, JSON parsing into domain calls) ->
//! `domain::services::CollaborationService` (store, then publish) -> [`fanout::LocalBroadcaster`] (encode once,
//! `try_send` to each connection's bounded queue) -> each connection's writer task -> socket.

pub mod fanout;
pub mod protocol;
pub mod session;
pub mod yjs_protocol;

pub use fanout::{LocalBroadcaster, Subscription};
pub use session::{RoomSocket, SessionSettings};
