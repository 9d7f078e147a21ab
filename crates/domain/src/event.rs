//! What happens in a room, as the services announce it to the connected clients.

use std::sync::Arc;

use crate::time::Timestamp;

/// Identifies one client connection for the lifetime of the process.
///
/// Transports mint these (a counter is enough); the domain only compares them, to skip the sender when it
/// fans an update out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ConnectionId(u64);

impl ConnectionId {
    /// Wraps a transport-assigned number.
    #[must_use]
    pub const fn new(id: u64) -> Self {
        Self(id)
    }

    /// The number the transport assigned.
    #[must_use]
    pub const fn get(self) -> u64 {
        self.0
    }
}

/// The code of a room changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeUpdate {
    /// The whole code after the change. Shared, because it is delivered to every connection of the room.
    pub code: Arc<str>,
    /// The time the author's client gave the change (or the server's time when it gave none).
    pub timestamp: Timestamp,
    /// The room's version after the change.
    pub version: u64,
    /// The connection the change came from; it is not sent its own change back.
    pub origin: ConnectionId,
}

/// An event delivered to the connections of one room.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoomEvent {
    /// The code changed.
    CodeUpdated(CodeUpdate),
}

impl RoomEvent {
    /// The connection that caused the event, which must not receive it.
    #[must_use]
    pub fn origin(&self) -> Option<ConnectionId> {
        match self {
            Self::CodeUpdated(update) => Some(update.origin),
        }
    }
}

/// What a client receives when it joins a room: the state it starts from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomSnapshot {
    /// The room's code.
    pub code: Arc<str>,
    /// The room's version.
    pub version: u64,
}
