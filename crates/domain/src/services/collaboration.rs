//! Live rooms: joining, editing and leaving, with every change in the update log before anyone is told of it.
//!
//! A room is *live* while it has connections, and for a grace period after the last one leaves. Its document
//! is loaded once, by the first joiner, while later joiners wait for that load instead of starting their own.
//! Each live room has one async lock, so its changes are logged and announced in one order: the order in
//! which every client sees them, and the order of the room's `version`.
//!
//! Two kinds of clients edit the same document. Yjs clients exchange CRDT updates, which merge by
//! construction. JSON clients send their whole text; the service finds the edit they made against the text
//! they last saw (see [`merge`]) and carries it over whatever happened since, so concurrent JSON edits merge
//! too instead of overwriting each other.

mod client_base;
mod client_memory;
mod merge;
mod presence;

pub use presence::PRESENCE_INTERVAL_MS;

use std::{
    collections::{HashMap, VecDeque},
    future::Future,
    sync::{Arc, Mutex, PoisonError},
};

// async-lock's mutex, not futures': that one wakes a waiter on unlock but lets the unlocking task take the lock
// again first, so the upkeep writing a room's code against a failing store (a second per attempt, attempts back
// to back) starved an edit waiting on another thread for as long as the outage lasted. async-lock hands the lock
// to a waiter that has waited past half a millisecond.
use async_lock::Mutex as AsyncMutex;

use crate::{
    document::{Document, DocumentError},
    error::{DomainError, RepositoryError},
    event::{
        ClientKind, CodeUpdate, ConnectionId, DocumentUpdate, JsonUpdateOutcome, RoomEvent,
        RoomSnapshot,
    },
    history::Protocol,
    participant::Participant,
    ports::{Broadcaster, Clock, DocumentSnapshot, LoggedUpdate, RoomRepository, UpdateLog},
    room::{Room, RoomId},
    services::history::{ChangeRecorder, RecordedChange},
    text_change::{Replacement, TextChange},
    time::Timestamp,
};

use client_base::{ClientBase, Proposed};
use merge::{JsonView, PastChange};

/// The origin of changes the server makes itself (a restore): no transport connection has this id (they count
/// from 1), so every connection receives them.
pub const SERVER_ORIGIN: ConnectionId = ConnectionId::new(0);

/// A change as logged, for the recorder.
struct Logged<'a> {
    seq: u64,
    version: u64,
    update: &'a [u8],
    touched: Vec<crate::history::ItemSpan>,
}

/// What [`CollaborationService::restore_text`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplacedText {
    /// The room's version before.
    pub before_version: u64,
    /// The room's version after (the same when the text already was the target).
    pub version: u64,
}

/// What a JSON client sends to change a room's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextProposal {
    /// Its whole new text (`code_update`): the server works out the edit by a diff.
    FullText(String),
    /// Its edit (`edit`): replacements of ranges of the text it was made on, applied without a diff.
    Replacements(Vec<Replacement>),
}

/// How a JSON client's update lands, before it is applied.
struct Landing {
    /// The client's edit, carried over to the room's current text.
    change: TextChange,
    /// The client's text after its edit.
    client_text: Arc<str>,
    /// For the inference of unversioned updates: the oldest version the client may have afterwards.
    floor: u64,
    /// For versioned updates: what the server knows of the client afterwards.
    base: Option<ClientBase>,
}

/// How many times [`Limits::max_document_bytes`] a room's whole Yjs document may take, encoded: the text, its
/// deleted history and whatever Yjs clients put in other shared types. A text at the limit with a long history
/// of edits encodes to well under twice its size.
pub const DOCUMENT_STATE_FACTOR: usize = 4;

/// A room's log is also compacted once the entries written since its last snapshot hold this many times
/// [`Limits::max_document_bytes`]: a few large updates would otherwise keep a room's log (and the store's file)
/// growing long before their number reaches [`Limits::compaction_threshold`].
pub const COMPACTION_BYTES_FACTOR: usize = 4;

/// The recent changes kept for merges hold at most this many times [`Limits::max_document_bytes`] of inserted
/// and deleted text (and always the last one), however many [`Limits::history_versions`] allows: 128 changes
/// that each replace a megabyte would otherwise keep a quarter of a gigabyte per room.
pub const HISTORY_BYTES_FACTOR: usize = 4;

/// Bounds and timings of live rooms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest text a room may hold, in UTF-8 bytes.
    pub max_document_bytes: usize,
    /// Log entries after which a room's log is compacted into a snapshot.
    pub compaction_threshold: usize,
    /// Recent changes kept to merge JSON clients' updates made against older versions.
    pub history_versions: usize,
    /// How long, in milliseconds, the stored `code` of a room may lag behind its live document.
    pub code_flush_delay_ms: i64,
    /// How long, in milliseconds, an emptied room stays loaded in case someone comes back.
    pub unload_grace_ms: i64,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_document_bytes: 1024 * 1024,
            compaction_threshold: 500,
            history_versions: 128,
            code_flush_delay_ms: 500,
            unload_grace_ms: 10_000,
        }
    }
}

/// A room with connections (or recently emptied): how many, and its state.
struct LiveRoom {
    /// Connections that joined or are joining. Changed only under the [`CollaborationService::rooms`] lock, so
    /// a room is never dropped while someone is joining it.
    members: usize,
    /// When the last connection left, while the room has none.
    empty_since: Option<Timestamp>,
    /// The connections that joined, by connection: who they are (see [`Participant`]).
    participants: HashMap<ConnectionId, Participant>,
    /// Where they are (cursors), and what of it is still to be sent.
    presence: presence::RoomPresence,
    /// `None` until loaded, and again after a failure left the memory out of step with the log.
    state: Arc<AsyncMutex<Option<LoadedRoom>>>,
}

/// The in-memory state of a live room.
struct LoadedRoom {
    document: Document,
    /// The document's text, kept alongside so snapshots and updates share it without re-reading the CRDT.
    code: Arc<str>,
    version: u64,
    /// When the text last changed.
    updated_at: Timestamp,
    /// The `seq` the next log entry gets.
    next_seq: u64,
    /// Log entries written since the last snapshot.
    entries_since_snapshot: usize,
    /// Bytes of the log entries written since the last snapshot.
    bytes_since_snapshot: usize,
    /// An upper bound of the document's encoded size: exact when last measured (at load, at compaction, near
    /// the limit), plus the bytes of every update applied since (an update cannot grow it by more).
    state_bytes: usize,
    /// The last text changes, oldest first; the change at index `i` produced version
    /// `version - history.len() + 1 + i`.
    history: VecDeque<PastChange>,
    /// Bytes of text the changes in `history` insert and delete.
    history_bytes: usize,
    /// What each JSON connection is known to have seen, for updates without `baseVersion`.
    views: HashMap<ConnectionId, JsonView>,
    /// What each JSON connection's text is based on, for updates with `baseVersion`.
    bases: HashMap<ConnectionId, ClientBase>,
    /// Set while the stored `code` lags behind the live text: since when.
    code_dirty_since: Option<Timestamp>,
}

impl LoadedRoom {
    fn snapshot(&self) -> RoomSnapshot {
        RoomSnapshot {
            code: Arc::clone(&self.code),
            version: self.version,
            state_vector: self.document.encode_state_vector(),
        }
    }

    /// Records a change of the text that produced the next version.
    fn advance(
        &mut self,
        change: TextChange,
        origin: ConnectionId,
        code: Arc<str>,
        now: Timestamp,
        limits: &Limits,
    ) {
        self.version += 1;
        self.code = code;
        self.updated_at = now;
        self.code_dirty_since.get_or_insert(now);
        self.history_bytes += change.text_bytes();
        self.history.push_back(PastChange { change, origin });
        let max_bytes = limits
            .max_document_bytes
            .saturating_mul(HISTORY_BYTES_FACTOR);
        while self.history.len() > limits.history_versions
            || (self.history_bytes > max_bytes && self.history.len() > 1)
        {
            if let Some(oldest) = self.history.pop_front() {
                self.history_bytes -= oldest.change.text_bytes();
            }
        }
        self.bound_client_memory(limits);
    }

    /// Keeps what the JSON connections hold within [`client_memory::CLIENT_MEMORY_FACTOR`] ×
    /// `MAX_DOCUMENT_BYTES`.
    fn bound_client_memory(&mut self, limits: &Limits) {
        if self.views.is_empty() && self.bases.is_empty() {
            return;
        }
        let budget = limits
            .max_document_bytes
            .saturating_mul(client_memory::CLIENT_MEMORY_FACTOR);
        let gave_up = client_memory::bound(&self.code, &mut self.views, &mut self.bases, budget);
        if gave_up > 0 {
            tracing::debug!(
                connections = gave_up,
                "let go of JSON connections' texts to keep the room's memory bounded"
            );
        }
    }
}

type RoomState = Arc<AsyncMutex<Option<LoadedRoom>>>;

/// Runs live rooms over a store, an update log and a transport.
pub struct CollaborationService<B: Broadcaster> {
    rooms_store: Arc<dyn RoomRepository>,
    log: Arc<dyn UpdateLog>,
    broadcaster: Arc<B>,
    clock: Arc<dyn Clock>,
    limits: Limits,
    /// Whether a CRDT (Yjs) client joining an unknown room creates it, as y-websocket servers do.
    create_rooms_on_join: bool,
    /// Held only for map operations, never across an await: a std mutex is cheaper than an async one here.
    rooms: Mutex<HashMap<RoomId, LiveRoom>>,
    /// Told of every logged change, with its author (the history's attribution).
    recorder: Option<Arc<dyn ChangeRecorder>>,
}

impl<B: Broadcaster> CollaborationService<B> {
    /// A service storing rooms in `rooms_store`, documents in `log`, and announcing through `broadcaster`.
    #[must_use]
    pub fn new(
        rooms_store: Arc<dyn RoomRepository>,
        log: Arc<dyn UpdateLog>,
        broadcaster: Arc<B>,
        clock: Arc<dyn Clock>,
        limits: Limits,
    ) -> Self {
        Self {
            rooms_store,
            log,
            broadcaster,
            clock,
            limits,
            create_rooms_on_join: false,
            rooms: Mutex::new(HashMap::new()),
            recorder: None,
        }
    }

    /// Tells `recorder` of every change once it is logged and announced, with who made it.
    #[must_use]
    pub fn with_recorder(mut self, recorder: Arc<dyn ChangeRecorder>) -> Self {
        self.recorder = Some(recorder);
        self
    }

    /// Makes a CRDT (Yjs) client's join to a room id no room has create that room, empty, instead of failing
    /// with [`DomainError::RoomNotFound`]: y-websocket servers create documents by name, and teams moving from
    /// one keep their clients' room names. JSON clients never create rooms: the spec answers them 4004.
    #[must_use]
    pub fn with_rooms_created_on_join(mut self, create: bool) -> Self {
        self.create_rooms_on_join = create;
        self
    }

    /// Now, by the service's clock.
    #[must_use]
    pub fn now(&self) -> Timestamp {
        self.clock.now()
    }

    /// The transport this service announces through.
    #[must_use]
    pub fn broadcaster(&self) -> &Arc<B> {
        &self.broadcaster
    }

    /// Adds a connection to a room and returns the state it starts from.
    ///
    /// The subscriber receives the snapshot before any later change of the room.
    ///
    /// # Errors
    /// [`DomainError::RoomNotFound`] when no room has that id, [`DomainError::Storage`] or
    /// [`DomainError::CorruptDocument`] when it could not be loaded. The connection is then not in the room.
    pub async fn join(
        &self,
        room: &RoomId,
        participant: Participant,
        subscriber: B::Subscriber,
    ) -> Result<RoomSnapshot, DomainError> {
        let (connection, kind) = (participant.connection, participant.kind);
        let state = self.enter(room);
        let mut guard = state.lock().await;
        let create = self.create_rooms_on_join && kind == ClientKind::Yjs;
        let loaded = match self.loaded_or_created(room, &mut guard, create).await {
            Ok(loaded) => loaded,
            Err(error) => {
                drop(guard);
                self.exit(room);
                self.forget_if_unloaded(room);
                return Err(error);
            }
        };
        if kind == ClientKind::Json {
            loaded.views.insert(
                connection,
                JsonView::new(Arc::clone(&loaded.code), loaded.version),
            );
            loaded.bases.insert(
                connection,
                ClientBase::joined(Arc::clone(&loaded.code), loaded.version),
            );
        }
        let snapshot = loaded.snapshot();
        if let Some(live) = self.lock_rooms().get_mut(room) {
            live.presence.joined(&participant);
            live.participants.insert(connection, participant.clone());
        }
        self.broadcaster
            .subscribe(room, connection, subscriber, &snapshot);
        self.broadcaster
            .publish(room, &RoomEvent::Joined(participant));
        if kind == ClientKind::Json
            && let Some(welcome) = self.welcome(room, loaded, connection)
        {
            self.broadcaster.publish(room, &welcome);
        }
        Ok(snapshot)
    }

    /// Merges a JSON client's full text into the room: see [`Self::propose`].
    ///
    /// # Errors
    /// As [`Self::propose`].
    pub async fn update_code(
        &self,
        room: &RoomId,
        origin: ConnectionId,
        code: String,
        timestamp: Option<Timestamp>,
        base_version: Option<u64>,
    ) -> Result<JsonUpdateOutcome, DomainError> {
        self.propose(
            room,
            origin,
            TextProposal::FullText(code),
            timestamp,
            base_version,
        )
        .await
    }

    /// Merges a JSON client's update into the room: finds the edit it made (by a diff for a full text) on the
    /// text it is based on, carries it over the changes made since, logs it, then announces it to the room's
    /// other connections.
    ///
    /// With `base_version` the merge is exact (see [`client_base`]); without it, the server infers the base
    /// from what it sent the client (see [`merge`]). A delta edit needs `base_version`.
    ///
    /// # Errors
    /// [`DomainError::CodeTooLarge`] over the size limit, [`DomainError::NotJoined`] when the connection is not
    /// in the room, [`DomainError::UnmergeableBase`] for a `base_version` outside the history (or missing on a
    /// delta edit), [`DomainError::InvalidEdit`] for replacements outside the text, [`DomainError::Storage`]
    /// when the log fails; the room is then unchanged.
    pub async fn propose(
        &self,
        room: &RoomId,
        origin: ConnectionId,
        proposal: TextProposal,
        timestamp: Option<Timestamp>,
        base_version: Option<u64>,
    ) -> Result<JsonUpdateOutcome, DomainError> {
        self.propose_answering(room, origin, proposal, timestamp, base_version, |_| {})
            .await
    }

    /// [`Self::propose`], calling `answer` with the outcome while the room is still locked: the transport
    /// queues its answer to the sender there, so that it reaches the sender after every change announced
    /// before it and before every change announced after it. A client can then tell which messages hold its
    /// update from their position around the answer.
    ///
    /// # Errors
    /// As [`Self::propose`]; `answer` is then not called.
    pub async fn propose_answering(
        &self,
        room: &RoomId,
        origin: ConnectionId,
        proposal: TextProposal,
        timestamp: Option<Timestamp>,
        base_version: Option<u64>,
        answer: impl FnOnce(&JsonUpdateOutcome) + Send,
    ) -> Result<JsonUpdateOutcome, DomainError> {
        if let TextProposal::FullText(code) = &proposal
            && code.len() > self.limits.max_document_bytes
        {
            return Err(DomainError::CodeTooLarge {
                size: code.len(),
                limit: self.limits.max_document_bytes,
            });
        }
        let state = self
            .live_state(room)
            .ok_or_else(|| DomainError::NotJoined(room.clone()))?;
        let mut guard = state.lock().await;
        let loaded = self.loaded(room, &mut guard).await?;
        let versioned = base_version.is_some();
        let landing = land(loaded, origin, &proposal, base_version)?;
        let Landing {
            change,
            client_text,
            floor,
            base,
        } = landing;
        // An `ack` (the room's text is the client's) is only for a versioned client that was sent nothing since
        // the version it named: one that replaced its text with a broadcast meanwhile gets the room's text
        // instead, so that what it names next says which text it holds.
        let version_before = loaded.version;
        let acknowledges = |merged: &str| {
            *merged == *client_text && base_version.is_none_or(|base| base == version_before)
        };
        let limits = &self.limits;
        let remember = |loaded: &mut LoadedRoom, version: u64, merged: &Arc<str>, changed: bool| {
            let view = loaded
                .views
                .remove(&origin)
                .unwrap_or_else(|| JsonView::new(Arc::clone(merged), version));
            // The client's text is most often the room's: held once, shared.
            let own_text = if *client_text == **merged {
                Arc::clone(merged)
            } else {
                Arc::clone(&client_text)
            };
            loaded
                .views
                .insert(origin, view.after_update(own_text, version, merged, floor));
            match base.clone() {
                Some(mut base) => {
                    if changed && acknowledges(merged) {
                        base.acknowledged(version);
                    }
                    base.share_text(merged);
                    loaded.bases.insert(origin, base);
                }
                None => {
                    loaded.bases.remove(&origin);
                }
            }
            loaded.bound_client_memory(limits);
        };
        if change.is_identity() {
            let (version, code) = (loaded.version, Arc::clone(&loaded.code));
            remember(loaded, version, &code, false);
            let result = if versioned && *code != *client_text {
                JsonUpdateOutcome::Unchanged { version }
            } else {
                let timestamp = timestamp.unwrap_or_else(|| self.clock.now());
                outcome(acknowledges(&code), &code, version, timestamp)
            };
            answer(&result);
            return Ok(result);
        }
        let merged = change.apply(&loaded.code);
        if merged.len() > self.limits.max_document_bytes {
            return Err(DomainError::CodeTooLarge {
                size: merged.len(),
                limit: self.limits.max_document_bytes,
            });
        }
        let before = Arc::clone(&loaded.code);
        let update = loaded.document.apply_change(&before, &change);
        loaded.state_bytes = loaded.state_bytes.saturating_add(update.len());
        let version = loaded.version + 1;
        if let Err(error) = self.append(room, loaded, update.clone(), version).await {
            // The document now holds an edit the log does not: rebuild it from the log on next use.
            *guard = None;
            return Err(error);
        }
        let logged_seq = loaded.next_seq - 1;
        let update: Arc<[u8]> = Arc::from(update);
        let touched = self.marked_items(loaded, &before, std::slice::from_ref(&change));
        let now = self.clock.now();
        let merged: Arc<str> = Arc::from(merged);
        let shared_change: Arc<[TextChange]> = Arc::from([change.clone()]);
        loaded.advance(change, origin, Arc::clone(&merged), now, &self.limits);
        remember(loaded, version, &merged, true);
        self.compact_if_due(room, loaded).await;
        let timestamp = timestamp.unwrap_or(now);
        let code = CodeUpdate {
            code: Arc::clone(&merged),
            timestamp,
            version,
            previous_version: version - 1,
            changes: shared_change,
            origin,
        };
        self.publish_update(
            room,
            DocumentUpdate {
                update: Arc::clone(&update),
                code: Some(code),
                origin,
            },
        );
        let result = outcome(acknowledges(&merged), &merged, version, timestamp);
        // Recorded before the author is answered (and after the others were told, which it does not delay):
        // an acknowledged edit's author survives a crash as the edit does.
        let author = self.author_of(room, origin);
        let change = Logged {
            seq: logged_seq,
            version,
            update: &update,
            touched,
        };
        self.record(room, author, Some(Protocol::Json), change, now)
            .await;
        answer(&result);
        Ok(result)
    }

    /// Applies a Yjs client's updates, in order, under one lock (a client that sent several at once: a paste,
    /// a burst of keystrokes, a reconnect), logs them as one entry and announces them as one update, carrying
    /// the room's last version and text. Returns the room's version after them.
    ///
    /// Announcing a burst as one update keeps a reader's queue to one frame per burst, where one frame per
    /// keystroke would make a burst of a few hundred look like a reader too slow to keep up. Each text change
    /// still advances the version and enters the history JSON merges use.
    ///
    /// When an update is refused, the ones before it are still logged and announced, and the error is
    /// returned for it; the ones after it are dropped.
    ///
    /// # Errors
    /// [`DomainError::InvalidUpdate`] for bytes that are not an update, [`DomainError::DocumentTooLarge`] when
    /// the text could outgrow the limit, [`DomainError::Storage`] when the log fails. After a storage failure
    /// the room is rebuilt from its log: the sender must resynchronise (reconnect) to send its changes again.
    pub async fn apply_updates(
        &self,
        room: &RoomId,
        origin: ConnectionId,
        updates: Vec<Vec<u8>>,
    ) -> Result<u64, DomainError> {
        let state = self
            .live_state(room)
            .ok_or_else(|| DomainError::NotJoined(room.clone()))?;
        let mut guard = state.lock().await;
        let loaded = self.loaded(room, &mut guard).await?;
        let mut text = Arc::clone(&loaded.code);
        let burst_start = Arc::clone(&text);
        let mut applied_updates = Vec::new();
        let mut changes = Vec::new();
        let mut refused: Option<DomainError> = None;
        // yrs may have integrated part of a refused update: the room then starts again from its log, once
        // what was valid before it is in that log.
        let mut rebuild = false;
        for update in updates {
            // An update cannot add more text than it carries, so this bounds the text before it grows.
            if text.len().saturating_add(update.len()) > self.limits.max_document_bytes {
                refused = Some(DomainError::DocumentTooLarge {
                    limit: self.limits.max_document_bytes,
                });
                break;
            }
            let applied = match loaded.document.apply_update(&text, &update) {
                Ok(applied) => applied,
                Err(error) => {
                    rebuild = matches!(error, DocumentError::Rejected(_));
                    refused = Some(error.into());
                    break;
                }
            };
            // The text is bounded above; content in other shared types only by the whole document's size,
            // measured once the cheap bound says it may be past the limit. An update that took it there is
            // undone by rebuilding the room from its log, like a rejected one.
            loaded.state_bytes = loaded.state_bytes.saturating_add(update.len());
            let state_limit = self
                .limits
                .max_document_bytes
                .saturating_mul(DOCUMENT_STATE_FACTOR);
            if loaded.state_bytes > state_limit {
                loaded.state_bytes = loaded.document.encode_state().len();
                if loaded.state_bytes > state_limit {
                    rebuild = true;
                    refused = Some(DomainError::DocumentTooLarge {
                        limit: self.limits.max_document_bytes,
                    });
                    break;
                }
            }
            if !applied.state_changed {
                continue;
            }
            if let Some(change) = applied.text_change {
                text = Arc::from(applied.text);
                changes.push(change);
            }
            applied_updates.push(update);
        }
        if !applied_updates.is_empty() {
            let version = loaded.version + changes.len() as u64;
            let update = if applied_updates.len() == 1 {
                applied_updates.swap_remove(0)
            } else {
                match Document::merge_updates(&applied_updates) {
                    Ok(merged) => merged,
                    Err(error) => {
                        // Not expected (they were all applied), but the document is then ahead of its log.
                        *guard = None;
                        return Err(error.into());
                    }
                }
            };
            let entry = LoggedUpdate {
                seq: loaded.next_seq,
                version,
                update,
            };
            if let Err(error) = self.log.append(room, std::slice::from_ref(&entry)).await {
                *guard = None;
                return Err(error.into());
            }
            loaded.next_seq += 1;
            loaded.entries_since_snapshot += 1;
            loaded.bytes_since_snapshot += entry.update.len();
            let now = self.clock.now();
            let previous_version = loaded.version;
            let touched = self.marked_items(loaded, &burst_start, &changes);
            let burst: Arc<[TextChange]> = Arc::from(changes.clone());
            let changed = !changes.is_empty();
            for change in changes {
                // The room's text becomes the text after the last change; the history keeps every change.
                loaded.advance(change, origin, Arc::clone(&text), now, &self.limits);
            }
            let code = changed.then(|| CodeUpdate {
                code: Arc::clone(&text),
                timestamp: now,
                version,
                previous_version,
                changes: burst,
                origin,
            });
            let update: Arc<[u8]> = Arc::from(entry.update);
            self.publish_update(
                room,
                DocumentUpdate {
                    update: Arc::clone(&update),
                    code,
                    origin,
                },
            );
            if !rebuild {
                self.compact_if_due(room, loaded).await;
            }
            let author = self.author_of(room, origin);
            let change = Logged {
                seq: entry.seq,
                version,
                update: &update,
                touched,
            };
            self.record(room, author, Some(Protocol::Yjs), change, now)
                .await;
        }
        let version = loaded.version;
        if rebuild {
            *guard = None;
        }
        refused.map_or(Ok(version), Err)
    }

    /// What the room has that a Yjs peer with `state_vector` lacks, as one update: the answer to its sync
    /// step 1.
    ///
    /// # Errors
    /// [`DomainError::InvalidUpdate`] when the bytes are not a state vector, [`DomainError::NotJoined`] when
    /// the room is not live, [`DomainError::Storage`] when it had to be reloaded and could not be.
    pub async fn missing_updates(
        &self,
        room: &RoomId,
        state_vector: &[u8],
    ) -> Result<Vec<u8>, DomainError> {
        let state = self
            .live_state(room)
            .ok_or_else(|| DomainError::NotJoined(room.clone()))?;
        let mut guard = state.lock().await;
        let loaded = self.loaded(room, &mut guard).await?;
        Ok(loaded.document.encode_diff(state_vector)?)
    }

    /// The live code of a room, or `None` when the room is not loaded.
    pub async fn live_code(&self, room: &RoomId) -> Option<Arc<str>> {
        self.live_room(room).await.map(|(code, _, _)| code)
    }

    /// The live code, version and time of last change of a room, or `None` when it is not loaded.
    pub async fn live_room(&self, room: &RoomId) -> Option<(Arc<str>, u64, Timestamp)> {
        let state = self.live_state(room)?;
        let guard = state.lock().await;
        guard
            .as_ref()
            .map(|loaded| (Arc::clone(&loaded.code), loaded.version, loaded.updated_at))
    }

    /// Bytes a loaded room holds for its JSON connections beyond its own text (their last texts and the
    /// changes merged around them), or `None` when it is not loaded. Kept at most
    /// [`client_memory::CLIENT_MEMORY_FACTOR`] × `MAX_DOCUMENT_BYTES`.
    pub async fn client_memory_bytes(&self, room: &RoomId) -> Option<usize> {
        let state = self.live_state(room)?;
        let guard = state.lock().await;
        guard
            .as_ref()
            .map(|loaded| client_memory::held_bytes(&loaded.code, &loaded.views, &loaded.bases))
    }

    /// [`Self::client_memory_bytes`] of every loaded room, added up.
    pub async fn client_memory_total(&self) -> usize {
        let mut total = 0;
        for (_, state) in self.live_states() {
            let guard = state.lock().await;
            if let Some(loaded) = guard.as_ref() {
                total += client_memory::held_bytes(&loaded.code, &loaded.views, &loaded.bases);
            }
        }
        total
    }

    /// Removes a connection from a room. When it was the last, the room stays loaded for the grace period
    /// (see [`Self::maintain`]), or is stored and unloaded now when there is none.
    pub async fn leave(&self, room: &RoomId, connection: ConnectionId) {
        self.broadcaster.unsubscribe(room, connection);
        let departed = self.lock_rooms().get_mut(room).and_then(|live| {
            live.presence.left(connection);
            live.participants.remove(&connection)
        });
        if let Some(participant) = departed {
            self.broadcaster
                .publish(room, &RoomEvent::Left(participant));
        }
        if let Some(state) = self.live_state(room)
            && let Some(loaded) = state.lock().await.as_mut()
        {
            loaded.views.remove(&connection);
            loaded.bases.remove(&connection);
        }
        let emptied = self.exit(room);
        if emptied && self.limits.unload_grace_ms <= 0 {
            self.unload_if_idle(room, self.clock.now()).await;
        }
    }

    /// Periodic upkeep, for the server to call a few times a second: writes the `code` of rooms whose stored
    /// copy lags by more than the flush delay, and unloads rooms empty for longer than the grace period.
    pub async fn maintain(&self) {
        let now = self.clock.now();
        let due = now.as_millis() - self.limits.code_flush_delay_ms;
        for (room, state) in self.live_states() {
            let mut guard = state.lock().await;
            if let Some(loaded) = guard.as_mut()
                && loaded
                    .code_dirty_since
                    .is_some_and(|since| since.as_millis() <= due)
            {
                self.store_code(&room, loaded).await;
            }
            drop(guard);
            self.unload_if_idle(&room, now).await;
        }
    }

    /// Writes the `code` of every room whose stored copy lags behind, and compacts each room's log: for
    /// shutdown.
    pub async fn flush_all(&self) {
        for (room, state) in self.live_states() {
            if let Some(loaded) = state.lock().await.as_mut() {
                if loaded.code_dirty_since.is_some() {
                    self.store_code(&room, loaded).await;
                }
                self.compact_remaining(&room, loaded).await;
            }
        }
    }

    /// Brings the stored `code` of every room up to its log: after a crash, records may trail the log by the
    /// changes of the last moments (the log is written first; `code` within [`Limits::code_flush_delay_ms`]).
    /// Returns how many rooms were repaired. For start-up, before clients connect.
    ///
    /// # Errors
    /// [`DomainError::Storage`] when a store fails; rooms repaired before the failure stay repaired.
    pub async fn recover(&self) -> Result<usize, DomainError> {
        let mut repaired = 0;
        for (room, logged_version) in self.log.logged_versions().await? {
            let Some(record) = self.rooms_store.find(&room).await? else {
                continue;
            };
            if record.version >= logged_version {
                continue;
            }
            let stored = self.log.load(&room).await?;
            let document = Document::load(
                stored
                    .snapshot
                    .as_ref()
                    .map(|snapshot| snapshot.state.as_slice()),
                stored.updates.iter().map(|entry| entry.update.as_slice()),
            )
            .map_err(|cause| DomainError::CorruptDocument {
                room: room.clone(),
                cause,
            })?;
            // The log does not record when each change was made; the repair is the best time there is.
            self.rooms_store
                .save_code(&room, &document.text(), logged_version, self.clock.now())
                .await?;
            repaired += 1;
        }
        Ok(repaired)
    }

    /// Makes the room's text `target` by one minimal change, made as a JSON edit is (applied to the document as
    /// a local change, logged, entered in the merge history and announced to everyone as an ordinary update),
    /// so connected replicas merge it with their concurrent edits instead of being replaced. `before_change`
    /// runs first, under the room's lock, with the text and version being replaced (to save them); when it
    /// fails nothing changes. Loads the room when nobody is in it.
    ///
    /// # Errors
    /// [`DomainError::CodeTooLarge`] over the size limit, [`DomainError::RoomNotFound`] when no room has that
    /// id, `before_change`'s error, [`DomainError::Storage`] when the log fails (nothing changed then).
    pub async fn restore_text<F, Fut>(
        &self,
        room: &RoomId,
        target: &str,
        author: Option<String>,
        before_change: F,
    ) -> Result<ReplacedText, DomainError>
    where
        F: FnOnce(Arc<str>, u64) -> Fut + Send,
        Fut: Future<Output = Result<(), DomainError>> + Send,
    {
        if target.len() > self.limits.max_document_bytes {
            return Err(DomainError::CodeTooLarge {
                size: target.len(),
                limit: self.limits.max_document_bytes,
            });
        }
        let state = self.enter(room);
        let mut guard = state.lock().await;
        let replaced = self
            .replace_locked(room, &mut guard, target, author, before_change)
            .await;
        drop(guard);
        let emptied = self.exit(room);
        if replaced.is_err() {
            self.forget_if_unloaded(room);
        } else if emptied && self.limits.unload_grace_ms <= 0 {
            self.unload_if_idle(room, self.clock.now()).await;
        }
        replaced
    }

    async fn replace_locked<F, Fut>(
        &self,
        room: &RoomId,
        guard: &mut Option<LoadedRoom>,
        target: &str,
        author: Option<String>,
        before_change: F,
    ) -> Result<ReplacedText, DomainError>
    where
        F: FnOnce(Arc<str>, u64) -> Fut + Send,
        Fut: Future<Output = Result<(), DomainError>> + Send,
    {
        let loaded = self.loaded(room, guard).await?;
        let (before, before_version) = (Arc::clone(&loaded.code), loaded.version);
        before_change(Arc::clone(&before), before_version).await?;
        let change = TextChange::diff(&before, target);
        if change.is_identity() {
            return Ok(ReplacedText {
                before_version,
                version: before_version,
            });
        }
        let update = loaded.document.apply_change(&before, &change);
        let touched = self.marked_items(loaded, &before, std::slice::from_ref(&change));
        let version = before_version + 1;
        if let Err(error) = self.append(room, loaded, update.clone(), version).await {
            *guard = None;
            return Err(error);
        }
        let logged_seq = loaded.next_seq - 1;
        let now = self.clock.now();
        let merged: Arc<str> = Arc::from(target);
        let changes: Arc<[TextChange]> = Arc::from([change.clone()]);
        loaded.advance(
            change,
            SERVER_ORIGIN,
            Arc::clone(&merged),
            now,
            &self.limits,
        );
        self.compact_if_due(room, loaded).await;
        let update: Arc<[u8]> = Arc::from(update);
        self.publish_update(
            room,
            DocumentUpdate {
                update: Arc::clone(&update),
                code: Some(CodeUpdate {
                    code: merged,
                    timestamp: now,
                    version,
                    previous_version: before_version,
                    changes,
                    origin: SERVER_ORIGIN,
                }),
                origin: SERVER_ORIGIN,
            },
        );
        let change = Logged {
            seq: logged_seq,
            version,
            update: &update,
            touched,
        };
        self.record(room, author, Some(Protocol::Rest), change, now)
            .await;
        Ok(ReplacedText {
            before_version,
            version,
        })
    }

    /// Removes a room: runs `remove` (which deletes it from the stores) under the room's lock, so no change
    /// can be logged for it meanwhile, then forgets the live room and closes its connections (see
    /// [`Broadcaster::close_room`]). Returns what `remove` returned.
    ///
    /// # Errors
    /// `remove`'s error; the room is then left as it was.
    pub async fn remove_room<Fut>(&self, room: &RoomId, remove: Fut) -> Result<bool, DomainError>
    where
        Fut: Future<Output = Result<bool, DomainError>> + Send,
    {
        let state = self.enter(room);
        let mut guard = state.lock().await;
        let removed = remove.await;
        if removed.is_ok() {
            // Anyone waiting for this lock finds nothing loaded, and the store no longer has the room.
            *guard = None;
            self.lock_rooms().remove(room);
            self.broadcaster.close_room(room);
        }
        drop(guard);
        if removed.is_err() {
            self.exit(room);
            self.forget_if_unloaded(room);
        }
        removed
    }

    /// The live code, version and whole document state (a Yjs update, v1) of a room, or `None` when it is
    /// not loaded.
    pub async fn live_document(&self, room: &RoomId) -> Option<(Arc<str>, u64, Vec<u8>)> {
        let state = self.live_state(room)?;
        let guard = state.lock().await;
        guard.as_ref().map(|loaded| {
            (
                Arc::clone(&loaded.code),
                loaded.version,
                loaded.document.encode_state(),
            )
        })
    }

    /// The rooms that are live now (loaded, or being loaded), with how many connections each has.
    pub fn live_room_members(&self) -> Vec<(RoomId, usize)> {
        self.lock_rooms()
            .iter()
            .map(|(room, live)| (room.clone(), live.participants.len()))
            .collect()
    }

    /// Who a connection is, for the history: its participant's author (see [`Participant::author`]).
    fn author_of(&self, room: &RoomId, connection: ConnectionId) -> Option<String> {
        self.participant(room, connection)
            .map(|participant| participant.author().to_owned())
    }

    /// The items marking the lines `changes` (just applied to the text `before`) changed by deletions, for
    /// the history; nothing when no recorder listens.
    fn marked_items(
        &self,
        loaded: &LoadedRoom,
        before: &str,
        changes: &[TextChange],
    ) -> Vec<crate::history::ItemSpan> {
        if self.recorder.is_none() {
            return Vec::new();
        }
        loaded.document.marked_items(before, changes)
    }

    /// Tells the recorder (when there is one) of a logged change.
    async fn record(
        &self,
        room: &RoomId,
        author: Option<String>,
        protocol: Option<Protocol>,
        change: Logged<'_>,
        at: Timestamp,
    ) {
        if let Some(recorder) = &self.recorder {
            recorder
                .record(
                    room,
                    RecordedChange {
                        seq: change.seq,
                        version: change.version,
                        update: change.update,
                        author,
                        protocol,
                        at,
                        touched: change.touched,
                    },
                )
                .await;
        }
    }

    /// The participants of a room, in the order they joined (empty for a room that is not live).
    pub fn participants(&self, room: &RoomId) -> Vec<Participant> {
        let mut participants: Vec<Participant> = self
            .lock_rooms()
            .get(room)
            .map(|live| live.participants.values().cloned().collect())
            .unwrap_or_default();
        participants.sort_by_key(|participant| (participant.since, participant.connection));
        participants
    }

    /// One connection's participant, while it is in the room.
    pub fn participant(&self, room: &RoomId, connection: ConnectionId) -> Option<Participant> {
        self.lock_rooms()
            .get(room)
            .and_then(|live| live.participants.get(&connection).cloned())
    }

    /// How many rooms are loaded or loading.
    pub fn live_rooms(&self) -> usize {
        self.lock_rooms().len()
    }

    /// Returns the room's state, loading it from the stores if needed.
    async fn loaded<'a>(
        &self,
        room: &RoomId,
        guard: &'a mut Option<LoadedRoom>,
    ) -> Result<&'a mut LoadedRoom, DomainError> {
        self.loaded_or_created(room, guard, false).await
    }

    /// As [`Self::loaded`]; when `create`, a room the store does not have is created, empty.
    async fn loaded_or_created<'a>(
        &self,
        room: &RoomId,
        guard: &'a mut Option<LoadedRoom>,
        create: bool,
    ) -> Result<&'a mut LoadedRoom, DomainError> {
        match guard {
            Some(loaded) => Ok(loaded),
            empty => Ok(empty.insert(self.load(room, create).await?)),
        }
    }

    /// The stored room, or, when `create` and there is none, a new empty one stored under that id.
    async fn find_or_create(&self, room: &RoomId, create: bool) -> Result<Room, DomainError> {
        if let Some(stored) = self.rooms_store.find(room).await? {
            return Ok(stored);
        }
        if !create {
            return Err(DomainError::RoomNotFound(room.clone()));
        }
        let fresh = Room::new(room.clone(), self.clock.now());
        match self.rooms_store.insert(&fresh).await {
            Ok(()) => Ok(fresh),
            // Created meanwhile (by another server on the same database): use theirs.
            Err(RepositoryError::Duplicate) => self
                .rooms_store
                .find(room)
                .await?
                .ok_or_else(|| DomainError::RoomNotFound(room.clone())),
            Err(other) => Err(other.into()),
        }
    }

    async fn load(&self, room: &RoomId, create: bool) -> Result<LoadedRoom, DomainError> {
        let stored_room = self.find_or_create(room, create).await?;
        let stored = self.log.load(room).await?;
        let corrupt = |cause| DomainError::CorruptDocument {
            room: room.clone(),
            cause,
        };
        let state_bytes;
        let mut bytes_since_snapshot = 0;
        let (document, version, next_seq, entries_since_snapshot) =
            if stored.snapshot.is_none() && stored.updates.is_empty() {
                // A room that never had a logged change: its document starts from the stored code (a room of the
                // spec's schema written by another server, for one). That first state is logged at once, so every
                // later load rebuilds the very same CRDT items that clients synchronised against.
                let document = Document::from_text(&stored_room.code);
                let mut next_seq = 1;
                state_bytes = document.encode_state().len();
                if !stored_room.code.is_empty() {
                    let seed = LoggedUpdate {
                        seq: 1,
                        version: stored_room.version,
                        update: document.encode_state(),
                    };
                    self.log.append(room, std::slice::from_ref(&seed)).await?;
                    next_seq = 2;
                    // Its author is unknown: recorded so, at the time the room's record says it changed.
                    let change = Logged {
                        seq: seed.seq,
                        version: seed.version,
                        update: &seed.update,
                        touched: Vec::new(),
                    };
                    self.record(room, None, None, change, stored_room.updated_at)
                        .await;
                }
                (document, stored_room.version, next_seq, 0)
            } else {
                let document = Document::load(
                    stored
                        .snapshot
                        .as_ref()
                        .map(|snapshot| snapshot.state.as_slice()),
                    stored.updates.iter().map(|entry| entry.update.as_slice()),
                )
                .map_err(corrupt)?;
                state_bytes = stored
                    .snapshot
                    .as_ref()
                    .map_or(0, |snapshot| snapshot.state.len())
                    + stored
                        .updates
                        .iter()
                        .map(|entry| entry.update.len())
                        .sum::<usize>();
                bytes_since_snapshot = stored
                    .updates
                    .iter()
                    .map(|entry| entry.update.len())
                    .sum::<usize>();
                let (last_seq, version) = stored
                    .updates
                    .last()
                    .map(|entry| (entry.seq, entry.version))
                    .or_else(|| {
                        stored
                            .snapshot
                            .as_ref()
                            .map(|snapshot| (snapshot.seq, snapshot.version))
                    })
                    .unwrap_or((0, stored_room.version));
                (document, version, last_seq + 1, stored.updates.len())
            };
        let code: Arc<str> = Arc::from(document.text());
        Ok(LoadedRoom {
            document,
            code,
            version,
            updated_at: stored_room.updated_at,
            next_seq,
            entries_since_snapshot,
            bytes_since_snapshot,
            state_bytes,
            history: VecDeque::new(),
            history_bytes: 0,
            views: HashMap::new(),
            bases: HashMap::new(),
            // The stored code may predate changes that were logged but not yet written back before a crash.
            code_dirty_since: Some(self.clock.now()),
        })
    }

    /// Appends one update to the room's log.
    async fn append(
        &self,
        room: &RoomId,
        loaded: &mut LoadedRoom,
        update: Vec<u8>,
        version: u64,
    ) -> Result<(), DomainError> {
        let entry = LoggedUpdate {
            seq: loaded.next_seq,
            version,
            update,
        };
        self.log.append(room, std::slice::from_ref(&entry)).await?;
        loaded.next_seq += 1;
        loaded.entries_since_snapshot += 1;
        loaded.bytes_since_snapshot += entry.update.len();
        Ok(())
    }

    /// Compacts the room's log into a snapshot once enough entries piled up. A failure only delays it.
    async fn compact_if_due(&self, room: &RoomId, loaded: &mut LoadedRoom) {
        let bytes_due = self
            .limits
            .max_document_bytes
            .saturating_mul(COMPACTION_BYTES_FACTOR);
        if loaded.entries_since_snapshot >= self.limits.compaction_threshold.max(1)
            || loaded.bytes_since_snapshot >= bytes_due
        {
            self.compact(room, loaded).await;
        }
    }

    /// Compacts whatever the log has after the last snapshot: for a room leaving memory, so that its next
    /// load (after a restart, say) reads one snapshot instead of replaying entries. A failure only delays it.
    async fn compact_remaining(&self, room: &RoomId, loaded: &mut LoadedRoom) {
        if loaded.entries_since_snapshot > 0 {
            self.compact(room, loaded).await;
        }
    }

    async fn compact(&self, room: &RoomId, loaded: &mut LoadedRoom) {
        let snapshot = DocumentSnapshot {
            seq: loaded.next_seq - 1,
            version: loaded.version,
            state: loaded.document.encode_state(),
        };
        loaded.state_bytes = snapshot.state.len();
        match self.log.compact(room, &snapshot).await {
            Ok(()) => {
                loaded.entries_since_snapshot = 0;
                loaded.bytes_since_snapshot = 0;
            }
            Err(error) => tracing::warn!(%room, %error, "compaction failed; will retry"),
        }
    }

    /// Writes the live code back to the room's record (the spec's `rooms.code`).
    async fn store_code(&self, room: &RoomId, loaded: &mut LoadedRoom) {
        match self
            .rooms_store
            .save_code(room, &loaded.code, loaded.version, loaded.updated_at)
            .await
        {
            Ok(()) => loaded.code_dirty_since = None,
            Err(error) => {
                tracing::warn!(%room, %error, "could not write the room's code; will retry")
            }
        }
    }

    /// Unloads the room when it has been empty for the grace period, after storing its code.
    async fn unload_if_idle(&self, room: &RoomId, now: Timestamp) {
        let grace = self.limits.unload_grace_ms;
        let idle = |live: &LiveRoom| {
            live.members == 0
                && live
                    .empty_since
                    .is_some_and(|since| now.as_millis() - since.as_millis() >= grace)
        };
        let Some(state) = self
            .lock_rooms()
            .get(room)
            .filter(|live| idle(live))
            .map(|live| Arc::clone(&live.state))
        else {
            return;
        };
        let mut guard = state.lock().await;
        if let Some(loaded) = guard.as_mut() {
            if loaded.code_dirty_since.is_some() {
                self.store_code(room, loaded).await;
                if loaded.code_dirty_since.is_some() {
                    return;
                }
            }
            self.compact_remaining(room, loaded).await;
        }
        let mut rooms = self.lock_rooms();
        // Someone may have joined while the code was being stored.
        if rooms.get(room).is_some_and(idle) {
            rooms.remove(room);
        }
    }

    /// Counts a connection into the room (making it live if needed) and returns its state lock.
    fn enter(&self, room: &RoomId) -> RoomState {
        let mut rooms = self.lock_rooms();
        let live = rooms.entry(room.clone()).or_insert_with(|| LiveRoom {
            members: 0,
            empty_since: None,
            participants: HashMap::new(),
            presence: presence::RoomPresence::default(),
            state: Arc::new(AsyncMutex::new(None)),
        });
        live.members += 1;
        live.empty_since = None;
        Arc::clone(&live.state)
    }

    /// Counts a connection out of the room. Returns whether the room is now empty.
    fn exit(&self, room: &RoomId) -> bool {
        let now = self.clock.now();
        let mut rooms = self.lock_rooms();
        let Some(live) = rooms.get_mut(room) else {
            return false;
        };
        live.members = live.members.saturating_sub(1);
        if live.members > 0 {
            return false;
        }
        live.empty_since = Some(now);
        true
    }

    /// Drops the entry of a room nobody is in and that holds nothing loaded (after a failed join).
    fn forget_if_unloaded(&self, room: &RoomId) {
        let mut rooms = self.lock_rooms();
        let unused = rooms.get(room).is_some_and(|live| {
            live.members == 0 && live.state.try_lock().is_some_and(|state| state.is_none())
        });
        if unused {
            rooms.remove(room);
        }
    }

    fn live_state(&self, room: &RoomId) -> Option<RoomState> {
        self.lock_rooms()
            .get(room)
            .map(|live| Arc::clone(&live.state))
    }

    fn live_states(&self) -> Vec<(RoomId, RoomState)> {
        self.lock_rooms()
            .iter()
            .map(|(room, live)| (room.clone(), Arc::clone(&live.state)))
            .collect()
    }

    /// Announces a change of the document; one of its text also tells the room's presence that its cursors
    /// moved (resolved again at the next flush).
    fn publish_update(&self, room: &RoomId, update: DocumentUpdate) {
        if update.code.is_some()
            && let Some(live) = self.lock_rooms().get_mut(room)
        {
            live.presence.text_moved();
        }
        self.broadcaster.publish(room, &RoomEvent::Updated(update));
    }

    fn lock_rooms(&self) -> std::sync::MutexGuard<'_, HashMap<RoomId, LiveRoom>> {
        // Each operation on the map is a single insert/update/remove, so a poisoned lock is still consistent.
        self.rooms.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Works out how a JSON client's update lands on the room's current text, without changing anything.
fn land(
    loaded: &LoadedRoom,
    origin: ConnectionId,
    proposal: &TextProposal,
    base_version: Option<u64>,
) -> Result<Landing, DomainError> {
    let proposed = match proposal {
        TextProposal::FullText(code) => Proposed::FullText(code),
        TextProposal::Replacements(replacements) => Proposed::Replacements(replacements),
    };
    match (proposed, base_version) {
        (proposed, Some(base)) => {
            let plan = client_base::plan(
                &loaded.code,
                loaded.version,
                &loaded.history,
                loaded.bases.get(&origin),
                proposed,
                base,
            )?;
            Ok(Landing {
                change: plan.change,
                client_text: plan.client_text,
                floor: plan.next.landed(),
                base: Some(plan.next),
            })
        }
        (Proposed::FullText(code), None) => {
            let joined;
            let view = match loaded.views.get(&origin) {
                Some(view) => view,
                None => {
                    joined = JsonView::new(Arc::clone(&loaded.code), loaded.version);
                    &joined
                }
            };
            let plan = merge::plan(
                &loaded.code,
                loaded.version,
                &loaded.history,
                view,
                origin,
                code,
            );
            Ok(Landing {
                change: plan.change,
                client_text: Arc::from(code),
                floor: plan.floor,
                base: None,
            })
        }
        (Proposed::Replacements(_), None) => Err(DomainError::UnmergeableBase {
            base: loaded.version,
            reason: "an edit must name the version it was made on (baseVersion)",
        }),
    }
}

/// The answer to the client whose update landed as `merged`, version `version`: `accepted` when its text is
/// the room's and it may keep it.
fn outcome(
    accepted: bool,
    merged: &Arc<str>,
    version: u64,
    timestamp: Timestamp,
) -> JsonUpdateOutcome {
    if accepted {
        JsonUpdateOutcome::Accepted { version }
    } else {
        JsonUpdateOutcome::Merged {
            code: Arc::clone(merged),
            version,
            timestamp,
        }
    }
}
