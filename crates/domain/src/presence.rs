//! Presence: who is in a room and where their cursor is, for every client whichever protocol it speaks.
//!
//! A cursor is kept as two CRDT positions ([`StickyIndex`]) on the room's text, not as offsets, so it follows
//! the edits made before it; it is turned into offsets (Unicode scalar values) only when it is sent to JSON
//! clients. Yjs clients publish theirs in awareness as relative positions (what y-codemirror.next and y-monaco
//! do); a JSON client's cursor is mirrored to them as an awareness state of the same shape. Presence is never
//! stored: it lives as long as the connections do.

use std::sync::Arc;

use yrs::StickyIndex;

use crate::{event::ConnectionId, participant::Participant};

/// How long a Yjs awareness state lives without being renewed (the awareness protocol's `outdatedTimeout`).
pub const AWARENESS_TIMEOUT_MS: i64 = 30_000;

/// How often a mirrored state is renewed, so that Yjs clients (which drop states older than
/// [`AWARENESS_TIMEOUT_MS`]) keep it: half the timeout, as y-protocols renews its own.
pub const AWARENESS_RENEWAL_MS: i64 = 15_000;

/// The awareness client IDs of mirrored JSON participants start here: Yjs clients pick 32-bit IDs, so these
/// never collide with a real one.
pub const MIRROR_CLIENT_ID_BASE: u64 = 1 << 32;

/// A cursor or selection in Unicode scalar values into the room's code: `anchor` where it started, `head` where
/// the caret is (equal for a plain caret).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Cursor {
    /// Where the selection started.
    pub anchor: usize,
    /// Where the caret is.
    pub head: usize,
}

/// A cursor as positions on the CRDT text, which move with the edits made around them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StickyCursor {
    /// Where the selection started.
    pub anchor: StickyIndex,
    /// Where the caret is.
    pub head: StickyIndex,
}

/// One participant as JSON clients see it in a `presence` message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PresenceView {
    /// Who it is.
    pub participant: Participant,
    /// Where its cursor is now, or `None` when it has none (or it is not in the room's text).
    pub cursor: Option<Cursor>,
    /// The awareness client ID Yjs clients know it by (its own for a Yjs client, its mirror's for a JSON one).
    pub awareness_id: Option<u64>,
}

/// Who receives a [`PresenceList`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recipients {
    /// Every JSON connection of the room but `except` (the one whose move alone caused the list).
    All {
        /// The mover, when only its move changed the list.
        except: Option<ConnectionId>,
    },
    /// One JSON connection, which just joined: the list tells it which entry is its own.
    Newcomer(ConnectionId),
}

/// The room's participants with their cursors, for JSON clients.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PresenceList {
    /// Every participant, in the order they joined.
    pub users: Arc<[PresenceView]>,
    /// Who receives it.
    pub recipients: Recipients,
}

/// A JSON participant's presence as a Yjs awareness state (its `user` and `cursor`), for the Yjs clients.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PresenceMirror {
    /// The JSON connection mirrored.
    pub connection: ConnectionId,
    /// Its awareness client ID (from [`MIRROR_CLIENT_ID_BASE`]).
    pub client_id: u64,
    /// The awareness clock, raised with every change and renewal.
    pub clock: u32,
    /// Its display name.
    pub name: String,
    /// Its colour.
    pub color: String,
    /// Its cursor, when it has one.
    pub cursor: Option<StickyCursor>,
}

/// What a Yjs client published about one awareness client ID, as far as presence is concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwarenessPresence {
    /// The awareness client ID.
    pub client_id: u64,
    /// Its state, or `None` when it was removed (the client left or cleared it).
    pub state: Option<AwarenessUser>,
}

/// The presence fields of an awareness state: the `user` that editor bindings render and the `cursor`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AwarenessUser {
    /// `user.name`.
    pub name: Option<String>,
    /// `user.color`.
    pub color: Option<String>,
    /// `cursor.anchor` and `cursor.head`, when both are relative positions.
    pub cursor: Option<StickyCursor>,
}

/// The awareness client ID of a JSON connection's mirror.
#[must_use]
pub const fn mirror_client_id(connection: ConnectionId) -> u64 {
    MIRROR_CLIENT_ID_BASE + connection.get()
}
