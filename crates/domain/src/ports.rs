//! The ports: what the domain needs from the outside world, as traits the adapters implement.
//!
//! Every adapter of a port must honour the contract written on it; the storage contract is also checked by
//! one shared test suite run against every store (`tests/src/storage_contract.rs`).

use async_trait::async_trait;

use crate::{
    access::{Grant, TokenError},
    error::RepositoryError,
    event::{Announcement, ConnectionId, RoomEvent, RoomSnapshot},
    history::{AttributedUpdate, Version, VersionId, VersionSummary},
    room::{Room, RoomId},
    time::Timestamp,
};

/// Durable storage of rooms.
///
/// Chosen at start-up (MongoDB, SQLite or memory), so it is used as `dyn RoomRepository`.
#[async_trait]
pub trait RoomRepository: Send + Sync {
    /// Creates whatever the store needs before use (collections, tables, indexes). Idempotent.
    ///
    /// # Errors
    /// MUST return [`RepositoryError::Unavailable`] when the store cannot be reached.
    async fn prepare(&self) -> Result<(), RepositoryError>;

    /// Checks that the store answers.
    ///
    /// # Errors
    /// MUST return [`RepositoryError::Unavailable`] when it does not.
    async fn ping(&self) -> Result<(), RepositoryError>;

    /// Stores a new room.
    ///
    /// # Errors
    /// MUST return [`RepositoryError::Duplicate`] when a room with the same id exists, and leave that room
    /// untouched.
    async fn insert(&self, room: &Room) -> Result<(), RepositoryError>;

    /// Stores a new room owned by `owner` (the subject of the token that created it), with the room, in one
    /// write: a room is never stored without the owner it was created with.
    ///
    /// The default is for stores that keep no owners (test doubles): it refuses, so that no room is stored
    /// without its owner. The three stores of the server implement it.
    ///
    /// # Errors
    /// MUST return [`RepositoryError::Duplicate`] when a room with the same id exists, and leave that room
    /// untouched.
    async fn insert_owned(&self, room: &Room, owner: &str) -> Result<(), RepositoryError> {
        let _ = (room, owner);
        Err(RepositoryError::Unavailable(
            "this store keeps no room owners".to_owned(),
        ))
    }

    /// The owner of a room: `Ok(None)` when the room has none (created without a token, or by another
    /// implementation of the spec) or does not exist. The default (stores that keep no owners) is `None`.
    ///
    /// # Errors
    /// Only for failures of the store itself.
    async fn owner(&self, id: &RoomId) -> Result<Option<String>, RepositoryError> {
        let _ = id;
        Ok(None)
    }

    /// Reads a room. Returns `Ok(None)` when no room has that id.
    ///
    /// # Errors
    /// Only for failures of the store itself.
    async fn find(&self, id: &RoomId) -> Result<Option<Room>, RepositoryError>;

    /// Replaces a room's code, version and `updated_at`, leaving `created_at` as it was.
    ///
    /// # Errors
    /// MUST return [`RepositoryError::NotFound`] when no room has that id (it MUST NOT create one).
    async fn save_code(
        &self,
        id: &RoomId,
        code: &str,
        version: u64,
        updated_at: Timestamp,
    ) -> Result<(), RepositoryError>;
}

/// One entry of a room's update log: a Yjs update (v1 encoding) and where it stands in the room's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoggedUpdate {
    /// Position in the room's log, from 1, without gaps.
    pub seq: u64,
    /// The room's version once this update is applied.
    pub version: u64,
    /// The update, as yrs encodes it (v1).
    pub update: Vec<u8>,
}

/// A compacted document: the state of every update up to `seq`, encoded as one Yjs update (v1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentSnapshot {
    /// The last log entry the snapshot includes.
    pub seq: u64,
    /// The room's version at that entry.
    pub version: u64,
    /// The whole document state.
    pub state: Vec<u8>,
}

/// What a store holds of a room's document: the latest snapshot and the log entries after it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StoredDocument {
    /// The latest snapshot, if the room was ever compacted.
    pub snapshot: Option<DocumentSnapshot>,
    /// Log entries after the snapshot, in `seq` order.
    pub updates: Vec<LoggedUpdate>,
}

/// The durable history of each room's document: an append-only log of updates, compacted into snapshots.
///
/// An update is acknowledged to its author and sent to anyone else only once `append` has returned, so after a
/// crash every update any client saw is in the log.
#[async_trait]
pub trait UpdateLog: Send + Sync {
    /// Appends entries, in order, durably: when this returns `Ok`, a crash of the process loses none of them.
    ///
    /// # Errors
    /// MUST return [`RepositoryError::Duplicate`] when an entry's `seq` is already in the room's log (another
    /// writer got there first), appending none of them.
    async fn append(&self, room: &RoomId, entries: &[LoggedUpdate]) -> Result<(), RepositoryError>;

    /// Reads the latest snapshot and every log entry after it, in `seq` order. A room never written to gives
    /// an empty [`StoredDocument`].
    ///
    /// # Errors
    /// Only for failures of the store itself.
    async fn load(&self, room: &RoomId) -> Result<StoredDocument, RepositoryError>;

    /// Stores `snapshot` as the room's latest and drops the log entries it covers (`seq <= snapshot.seq`).
    ///
    /// MUST be safe to interrupt at any point: a reader sees either the old snapshot with every entry after
    /// it, or the new snapshot with every entry after that. A snapshot older than the stored one is ignored.
    ///
    /// # Errors
    /// Only for failures of the store itself.
    async fn compact(
        &self,
        room: &RoomId,
        snapshot: &DocumentSnapshot,
    ) -> Result<(), RepositoryError>;

    /// Every room with a log (entries or a snapshot), each with the highest `version` its log reaches: what
    /// start-up compares with the rooms' records to repair `code` that a crash left behind its log.
    ///
    /// # Errors
    /// Only for failures of the store itself.
    async fn logged_versions(&self) -> Result<Vec<(RoomId, u64)>, RepositoryError>;
}

/// A room's history and lifecycle in the store: saved versions, the attribution of every logged update, and
/// the removal of rooms with everything they hold.
///
/// Versions and attributions live beside the update log, in collections or tables of their own, and are never
/// touched by [`UpdateLog::compact`]: a version holds its code, and an attribution names the CRDT items an
/// update inserted, which snapshots keep.
#[async_trait]
pub trait HistoryStore: Send + Sync {
    /// Stores a version of a room.
    ///
    /// # Errors
    /// MUST return [`RepositoryError::Duplicate`] when a version with that id exists (leaving it untouched).
    async fn save_version(&self, room: &RoomId, version: &Version) -> Result<(), RepositoryError>;

    /// Up to `limit` versions of the room, newest (highest id) first, starting after `before` when given
    /// (the ids below it).
    ///
    /// # Errors
    /// Only for failures of the store itself.
    async fn list_versions(
        &self,
        room: &RoomId,
        before: Option<VersionId>,
        limit: usize,
    ) -> Result<Vec<VersionSummary>, RepositoryError>;

    /// One version of the room, with its code; `Ok(None)` when the room has no version with that id.
    ///
    /// # Errors
    /// Only for failures of the store itself.
    async fn find_version(
        &self,
        room: &RoomId,
        id: VersionId,
    ) -> Result<Option<Version>, RepositoryError>;

    /// Deletes the room's versions beyond the `keep` newest (`keep == 0`: no count limit) and those created
    /// before `created_before` (when given). Returns how many were deleted.
    ///
    /// # Errors
    /// Only for failures of the store itself.
    async fn prune_versions(
        &self,
        room: &RoomId,
        keep: usize,
        created_before: Option<Timestamp>,
    ) -> Result<u64, RepositoryError>;

    /// Deletes every room's versions created before `created_before`. Returns how many were deleted.
    ///
    /// # Errors
    /// Only for failures of the store itself.
    async fn prune_old_versions(&self, created_before: Timestamp) -> Result<u64, RepositoryError>;

    /// Stores the attribution of logged updates. A record for a `seq` already stored is replaced.
    ///
    /// # Errors
    /// Only for failures of the store itself.
    async fn record_attributions(
        &self,
        room: &RoomId,
        records: &[AttributedUpdate],
    ) -> Result<(), RepositoryError>;

    /// Deletes the room's attribution records of these `seq`s (those blame can no longer need). Returns how
    /// many were deleted; unknown `seq`s are ignored.
    ///
    /// # Errors
    /// Only for failures of the store itself.
    async fn delete_attributions(
        &self,
        room: &RoomId,
        seqs: &[u64],
    ) -> Result<u64, RepositoryError>;

    /// Every attribution record of the room, in `seq` order.
    ///
    /// # Errors
    /// Only for failures of the store itself.
    async fn attributions(&self, room: &RoomId) -> Result<Vec<AttributedUpdate>, RepositoryError>;

    /// Removes the room and everything stored for it: its record, update log, snapshot, versions and
    /// attributions. Returns whether the room's record existed. Idempotent.
    ///
    /// # Errors
    /// Only for failures of the store itself.
    async fn delete_room(&self, room: &RoomId) -> Result<bool, RepositoryError>;

    /// Up to `limit` rooms whose `updated_at` is before `updated_before`: candidates for expiry.
    ///
    /// # Errors
    /// Only for failures of the store itself.
    async fn rooms_idle_since(
        &self,
        updated_before: Timestamp,
        limit: usize,
    ) -> Result<Vec<RoomId>, RepositoryError>;
}

/// A store of rooms, their documents' logs and their history: what the server is configured with (MongoDB,
/// SQLite or memory each implement every part on one connection).
pub trait Store: RoomRepository + UpdateLog + HistoryStore {}

impl<T: RoomRepository + UpdateLog + HistoryStore + ?Sized> Store for T {}

/// Fan-out of room events to the connections of a room.
///
/// The transport owns the connections; the domain tells it who joined, who left and what happened. Its methods
/// never block and never fail: a connection that cannot keep up is the transport's to drop.
pub trait Broadcaster: Send + Sync + 'static {
    /// The transport's handle on one connection (for a WebSocket, the sender side of its outgoing queue).
    type Subscriber: Send;

    /// Adds a connection to a room, starting from `snapshot`.
    ///
    /// The services call this while no event of that room can be published, and the implementation MUST hand
    /// `snapshot` to the subscriber before any event published afterwards, so a client never sees an update
    /// older than its starting state.
    fn subscribe(
        &self,
        room: &RoomId,
        connection: ConnectionId,
        subscriber: Self::Subscriber,
        snapshot: &RoomSnapshot,
    );

    /// Removes a connection from a room. Unknown connections are ignored.
    fn unsubscribe(&self, room: &RoomId, connection: ConnectionId);

    /// Delivers an event to every connection of the room except the event's origin.
    fn publish(&self, room: &RoomId, event: &RoomEvent);

    /// Tells every connection of the room about its history (a version saved, a restore). Transports whose
    /// clients have no such message ignore it (the default).
    fn announce(&self, room: &RoomId, announcement: &Announcement) {
        let _ = (room, announcement);
    }

    /// Closes every connection of the room because the room no longer exists (deleted or expired): JSON
    /// clients are told "Room not found" and close with 4004, as for an unknown room. The connections then
    /// leave the room as usual. The default does nothing.
    fn close_room(&self, room: &RoomId) {
        let _ = room;
    }
}

/// Turns a token a client presents into what it grants.
///
/// Verification is CPU work only (a signature and a few claims), so the port is synchronous.
pub trait TokenVerifier: Send + Sync {
    /// The grant of `token`.
    ///
    /// # Errors
    /// A [`TokenError`] saying why the token is refused: it MUST refuse a token without `exp`, past it (beyond
    /// the configured clock skew), before its `nbf`, for another audience or issuer (when configured), signed
    /// with an algorithm other than the configured ones (`none` included), or whose signature does not match.
    /// The error MUST NOT contain the token.
    fn verify(&self, token: &str) -> Result<Grant, TokenError>;
}

/// Signs tokens with the server's own key: the share links an owner mints.
pub trait TokenIssuer: Send + Sync {
    /// A token for `grant` (whose `token_id` is set), that this server's [`TokenVerifier`] accepts until
    /// `grant.expires_at`.
    ///
    /// # Errors
    /// [`TokenError::Claims`] when the grant cannot be encoded.
    fn issue(&self, grant: &Grant) -> Result<String, TokenError>;
}

/// How long after a token's expiry a [`TokenLedger`] still answers for it.
///
/// A verifier accepts a token up to its clock skew past `exp` (`AUTH_CLOCK_SKEW_SECS`, at most 600 seconds): a
/// revocation forgotten at `exp` itself would let the revoked token back in for that long.
pub const TOKEN_LEDGER_GRACE_MS: i64 = 600_000;

/// The share tokens minted for rooms and the tokens revoked, by token id (`jti`).
///
/// Shared state of the access rules, kept by the store the server is configured with (SQLite, MongoDB), so a
/// revocation survives a restart and every server instance on one database sees it; in memory for tests.
/// Entries may be dropped [`TOKEN_LEDGER_GRACE_MS`] after their expiry, and no sooner.
#[async_trait]
pub trait TokenLedger: Send + Sync {
    /// Records that `token_id` was minted for `room`, valid until `expires_at`. Recording the same id again
    /// replaces its room and keeps a revocation.
    ///
    /// # Errors
    /// Only for failures of the ledger itself.
    async fn record_issued(
        &self,
        token_id: &str,
        room: &RoomId,
        expires_at: Timestamp,
    ) -> Result<(), RepositoryError>;

    /// The room `token_id` was minted for and when it expires, while it has not expired.
    ///
    /// # Errors
    /// Only for failures of the ledger itself.
    async fn issued_for(
        &self,
        token_id: &str,
    ) -> Result<Option<(RoomId, Timestamp)>, RepositoryError>;

    /// Revokes `token_id` until `expires_at` (after which the token is refused as expired anyway).
    ///
    /// # Errors
    /// Only for failures of the ledger itself.
    async fn revoke(&self, token_id: &str, expires_at: Timestamp) -> Result<(), RepositoryError>;

    /// Whether `token_id` was revoked. MUST stay true at least until the token's expiry plus
    /// [`TOKEN_LEDGER_GRACE_MS`].
    ///
    /// # Errors
    /// Only for failures of the ledger itself.
    async fn is_revoked(&self, token_id: &str) -> Result<bool, RepositoryError>;
}

/// The current time.
pub trait Clock: Send + Sync {
    /// Now, in milliseconds since the Unix epoch.
    fn now(&self) -> Timestamp;
}

/// A source of unpredictable bytes, for identifiers that must not be guessable.
pub trait Entropy: Send + Sync {
    /// Fills `buffer` with bytes from a cryptographically secure generator.
    fn fill(&self, buffer: &mut [u8]);
}

pub use crate::autocomplete::provider::{ModelPrompt, ProviderError};

/// A source of model-written completions (an LLM server), asked in addition to the rules.
///
/// Chosen at start-up (or absent), so it is used as `dyn CompletionProvider`. `AutocompleteService` asks it once
/// per request, after the rules, and answers with the rules alone whatever goes wrong here.
#[async_trait]
pub trait CompletionProvider: Send + Sync {
    /// Text to insert at the cursor of `prompt`, or `Ok(None)` when the model has nothing to add.
    ///
    /// MUST return within the provider's configured time budget: the caller does not time it out, and the
    /// spec's 500 ms for an autocomplete answer includes this call. The text MUST be what goes at the cursor
    /// (not the prompt repeated), of bounded length; the caller drops trailing whitespace and any part already
    /// typed after the cursor.
    ///
    /// # Errors
    /// [`ProviderError::TimedOut`] when the budget ran out, [`ProviderError::Unavailable`] when the model
    /// cannot be reached, [`ProviderError::Rejected`] when it answers with an error status,
    /// [`ProviderError::InvalidResponse`] when its answer cannot be read.
    async fn complete(&self, prompt: &ModelPrompt) -> Result<Option<String>, ProviderError>;
}
