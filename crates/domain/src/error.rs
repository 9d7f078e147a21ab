//! The errors of the domain: what can go wrong in a store, and what a service reports to its callers.

use crate::room::{RoomId, RoomIdError};

/// A failure of a room store, as every adapter of [`crate::ports::RoomRepository`] reports it.
#[derive(Debug, thiserror::Error)]
pub enum RepositoryError {
    /// A room with that identifier already exists.
    #[error("a room with this id already exists")]
    Duplicate,
    /// No room has that identifier.
    #[error("room not found")]
    NotFound,
    /// The store could not be reached or did not answer in time.
    #[error("the room store is unavailable: {0}")]
    Unavailable(String),
    /// The store answered with data that does not describe a valid room.
    #[error("the room store holds invalid data: {0}")]
    Corrupt(String),
    /// Any other failure of the store's driver.
    #[error("room store failure: {0}")]
    Other(#[source] Box<dyn std::error::Error + Send + Sync>),
}

/// Why a service could not do what it was asked.
#[derive(Debug, thiserror::Error)]
pub enum DomainError {
    /// The identifier names no room.
    #[error("Room not found")]
    RoomNotFound(RoomId),
    /// The identifier is not one a room can have.
    #[error("invalid room id: {0}")]
    InvalidRoomId(#[from] RoomIdError),
    /// The code is larger than the configured maximum document size.
    #[error("code is {size} bytes, more than the {limit} bytes a room may hold")]
    CodeTooLarge {
        /// Size of the rejected code, in UTF-8 bytes.
        size: usize,
        /// The configured maximum, in UTF-8 bytes.
        limit: usize,
    },
    /// The document would grow past the configured maximum size: its text past the limit, or the whole Yjs
    /// document (other shared types included) past [`DOCUMENT_STATE_FACTOR`](crate::services::DOCUMENT_STATE_FACTOR) times it.
    #[error("the document would grow past the {limit} bytes a room may hold")]
    DocumentTooLarge {
        /// The configured maximum, in UTF-8 bytes of text.
        limit: usize,
    },
    /// A Yjs client sent bytes that are not a usable update or state vector.
    #[error(transparent)]
    InvalidUpdate(#[from] crate::document::DocumentError),
    /// A stored document could not be rebuilt from its log.
    #[error("the stored document of room {room} is unreadable: {cause}")]
    CorruptDocument {
        /// The room.
        room: RoomId,
        /// Why it is unreadable.
        cause: crate::document::DocumentError,
    },
    /// A `baseVersion` the server cannot merge from.
    #[error("baseVersion {base} cannot be merged: {reason}")]
    UnmergeableBase {
        /// The version the client named.
        base: u64,
        /// Why it cannot be used.
        reason: &'static str,
    },
    /// A delta edit that is not an edit of the text it names as its base.
    #[error("invalid edit: {0}")]
    InvalidEdit(#[from] crate::text_change::EditError),
    /// The connection sent an update to a room it has not joined.
    #[error("this connection has not joined room {0}")]
    NotJoined(RoomId),
    /// The room has no version with that id.
    #[error("Version not found")]
    VersionNotFound(crate::history::VersionId),
    /// The text is not a version id.
    #[error(transparent)]
    InvalidVersionId(#[from] crate::history::VersionIdError),
    /// A version name that cannot be used.
    #[error(transparent)]
    InvalidVersionName(#[from] crate::history::VersionNameError),
    /// Every generated identifier collided with an existing room.
    #[error("could not find a free room id")]
    NoFreeRoomId,
    /// The store failed.
    #[error(transparent)]
    Storage(#[from] RepositoryError),
}
