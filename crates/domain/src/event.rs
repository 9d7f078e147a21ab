//! What happens in a room, as the services announce it to the connected clients.

use std::sync::Arc;

use crate::{
    history::VersionSummary,
    participant::Participant,
    presence::{PresenceList, PresenceMirror, Recipients},
    text_change::TextChange,
    time::Timestamp,
};

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

/// How a client speaks to a room, which decides what the room tracks for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ClientKind {
    /// The spec's JSON protocol: the client sees the whole code; the server merges its full-text updates.
    Json,
    /// The y-websocket protocol: the client holds a replica of the CRDT and exchanges binary updates.
    Yjs,
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
    /// The room's version before the change (`version` minus the number of changes it gathers).
    pub previous_version: u64,
    /// The changes, one per version after `previous_version`, each on the text of the version before it: what
    /// delta clients receive. Shared, like `code`.
    pub changes: Arc<[TextChange]>,
    /// The connection the change came from; it is not sent its own change back.
    pub origin: ConnectionId,
}

/// A change of a room's document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentUpdate {
    /// The change as a Yjs update (v1), for Yjs clients. Shared: it goes to every connection of the room.
    pub update: Arc<[u8]>,
    /// What happened to the text, for JSON clients; `None` when the text did not change.
    pub code: Option<CodeUpdate>,
    /// The connection the change came from; it is not sent its own change back.
    pub origin: ConnectionId,
}

/// An event delivered to the connections of one room.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoomEvent {
    /// The document changed.
    Updated(DocumentUpdate),
    /// Someone joined the room (JSON clients are told; the joiner is not).
    Joined(Participant),
    /// Someone left the room (JSON clients are told).
    Left(Participant),
    /// The room's participants and cursors, for JSON clients (see [`PresenceList::recipients`]).
    Presence(PresenceList),
    /// A JSON participant's presence as an awareness state, for Yjs clients; it replaces the previous one of
    /// that connection, and is removed when the connection leaves.
    Mirrored(PresenceMirror),
}

impl RoomEvent {
    /// The connection that caused the event, which must not receive it.
    #[must_use]
    pub fn origin(&self) -> Option<ConnectionId> {
        match self {
            Self::Updated(update) => Some(update.origin),
            Self::Joined(participant) => Some(participant.connection),
            Self::Presence(PresenceList {
                recipients: Recipients::All { except },
                ..
            }) => *except,
            Self::Left(_) | Self::Presence(_) | Self::Mirrored(_) => None,
        }
    }
}

/// News of a room's history, for the clients that show it (JSON clients get `version_saved` and `restored`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Announcement {
    /// A version of the room's code was saved.
    VersionSaved(VersionSummary),
    /// The room's code was restored to a version, by an ordinary change the clients also receive.
    Restored {
        /// The version restored.
        version: VersionSummary,
        /// The version saved just before, holding the code the restore replaced: restoring it undoes this.
        before: VersionSummary,
        /// The room's version after the restore.
        room_version: u64,
    },
}

/// What a client receives when it joins a room: the state it starts from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomSnapshot {
    /// The room's code.
    pub code: Arc<str>,
    /// The room's version.
    pub version: u64,
    /// The document's state vector (v1), which a Yjs client answers with the updates the room lacks.
    pub state_vector: Vec<u8>,
}

/// How the server took a JSON client's full-text update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonUpdateOutcome {
    /// The room's code is now exactly what the client sent.
    Accepted {
        /// The room's version.
        version: u64,
    },
    /// The update (with `baseVersion`) changed nothing: what it did, concurrent changes had done already. The
    /// room's text is that of `version`, which the client was sent before this answer.
    Unchanged {
        /// The room's version.
        version: u64,
    },
    /// Concurrent changes were merged in: the client must replace its code with this.
    Merged {
        /// The merged code.
        code: Arc<str>,
        /// The room's version.
        version: u64,
        /// The time of the update (the client's, or the server's when it gave none).
        timestamp: Timestamp,
    },
}
