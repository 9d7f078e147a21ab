//! Live rooms: joining, editing and leaving, with every change stored before anyone is told of it.
//!
//! A room is *live* while at least one connection is in it. Its document is loaded from the store once, by the
//! first joiner, while later joiners wait for that load instead of starting one of their own; when the last
//! connection leaves, the live room is dropped and nothing of it stays in memory. Each live room has one async
//! lock, so its changes are stored and announced in one order, the order every client sees.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, PoisonError},
};

use futures::lock::Mutex as AsyncMutex;

use crate::{
    document::{Document, TextEdit},
    error::DomainError,
    event::{CodeUpdate, ConnectionId, RoomEvent, RoomSnapshot},
    ports::{Broadcaster, Clock, RoomRepository},
    room::RoomId,
    time::Timestamp,
};

/// Bounds on what clients may put into a room.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest code a room may hold, in UTF-8 bytes.
    pub max_document_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self { max_document_bytes: 1024 * 1024 }
    }
}

/// A room with connections: how many, and its loaded state.
struct LiveRoom {
    /// Connections that joined or are joining. Changed only under the [`CollaborationService::rooms`] lock, so
    /// a room is never dropped while someone is joining it.
    members: usize,
    /// `None` until the first joiner loads it from the store.
    state: Arc<AsyncMutex<Option<LoadedRoom>>>,
}

/// The in-memory state of a live room.
struct LoadedRoom {
    document: Document,
    /// The document's text, kept alongside so snapshots and updates share it without re-reading the CRDT.
    code: Arc<str>,
    version: u64,
}

/// Runs live rooms over a store and a transport.
pub struct CollaborationService<B: Broadcaster> {
    repository: Arc<dyn RoomRepository>,
    broadcaster: Arc<B>,
    clock: Arc<dyn Clock>,
    limits: Limits,
    /// Held only for map operations, never across an await: a std mutex is cheaper than an async one here.
    rooms: Mutex<HashMap<RoomId, LiveRoom>>,
}

impl<B: Broadcaster> CollaborationService<B> {
    /// A service storing in `repository` and announcing through `broadcaster`.
    #[must_use]
    pub fn new(repository: Arc<dyn RoomRepository>, broadcaster: Arc<B>, clock: Arc<dyn Clock>, limits: Limits) -> Self {
        Self { repository, broadcaster, clock, limits, rooms: Mutex::new(HashMap::new()) }
    }

    /// The transport this service announces through.
    #[must_use]
    pub fn broadcaster(&self) -> &Arc<B> {
        &self.broadcaster
    }

    /// Adds a connection to a room and returns the state it starts from.
    ///
    /// The subscriber receives `snapshot` before any later change of the room.
    ///
    /// # Errors
    /// [`DomainError::RoomNotFound`] when no room has that id, [`DomainError::Storage`] when it could not be
    /// loaded. The connection is then not in the room.
    pub async fn join(
        &self,
        room: &RoomId,
        connection: ConnectionId,
        subscriber: B::Subscriber,
    ) -> Result<RoomSnapshot, DomainError> {
        let state = self.enter(room);
        let mut guard = state.lock().await;
        let loaded = match &mut *guard {
            Some(loaded) => loaded,
            empty => match self.repository.find(room).await {
                Ok(Some(stored)) => empty.insert(LoadedRoom {
                    document: stored.document(),
                    code: Arc::from(stored.code),
                    version: stored.version,
                }),
                Ok(None) => {
                    self.exit(room);
                    return Err(DomainError::RoomNotFound(room.clone()));
                }
                Err(error) => {
                    self.exit(room);
                    return Err(error.into());
                }
            },
        };
        let snapshot = RoomSnapshot { code: Arc::clone(&loaded.code), version: loaded.version };
        self.broadcaster.subscribe(room, connection, subscriber, &snapshot);
        Ok(snapshot)
    }

    /// Replaces the code of a room the connection has joined: stores it, then announces it to the room's other
    /// connections. Returns the resulting update (with an unchanged version when the code did not change, in
    /// which case nothing is stored or announced).
    ///
    /// # Errors
    /// [`DomainError::CodeTooLarge`] over the size limit, [`DomainError::NotJoined`] when the connection is not
    /// in the room, [`DomainError::Storage`] when the store fails; the room is then unchanged.
    pub async fn update_code(
        &self,
        room: &RoomId,
        origin: ConnectionId,
        code: String,
        timestamp: Option<Timestamp>,
    ) -> Result<CodeUpdate, DomainError> {
        if code.len() > self.limits.max_document_bytes {
            return Err(DomainError::CodeTooLarge { size: code.len(), limit: self.limits.max_document_bytes });
        }
        let state = self.live_state(room).ok_or_else(|| DomainError::NotJoined(room.clone()))?;
        let mut guard = state.lock().await;
        let loaded = guard.as_mut().ok_or_else(|| DomainError::NotJoined(room.clone()))?;
        let timestamp = timestamp.unwrap_or_else(|| self.clock.now());
        let Some(edit) = TextEdit::between(&loaded.code, &code) else {
            return Ok(CodeUpdate { code: Arc::clone(&loaded.code), timestamp, version: loaded.version, origin });
        };
        let version = loaded.version + 1;
        // Stored first: if the store fails, neither the live document nor any client has seen the change.
        self.repository.save_code(room, &code, version, self.clock.now()).await?;
        let code: Arc<str> = Arc::from(code);
        loaded.document.apply_edit(&loaded.code, &edit);
        loaded.code = Arc::clone(&code);
        loaded.version = version;
        let update = CodeUpdate { code, timestamp, version, origin };
        self.broadcaster.publish(room, &RoomEvent::CodeUpdated(update.clone()));
        Ok(update)
    }

    /// The live code of a room, or `None` when no connection is in it.
    pub async fn live_code(&self, room: &RoomId) -> Option<Arc<str>> {
        let state = self.live_state(room)?;
        let guard = state.lock().await;
        guard.as_ref().map(|loaded| Arc::clone(&loaded.code))
    }

    /// Removes a connection from a room; the room stops being live when it was the last one.
    pub fn leave(&self, room: &RoomId, connection: ConnectionId) {
        self.broadcaster.unsubscribe(room, connection);
        self.exit(room);
    }

    /// How many rooms are live.
    pub fn live_rooms(&self) -> usize {
        self.lock_rooms().len()
    }

    /// Counts a connection into the room (making it live if needed) and returns its state lock.
    fn enter(&self, room: &RoomId) -> Arc<AsyncMutex<Option<LoadedRoom>>> {
        let mut rooms = self.lock_rooms();
        let live = rooms
            .entry(room.clone())
            .or_insert_with(|| LiveRoom { members: 0, state: Arc::new(AsyncMutex::new(None)) });
        live.members += 1;
        Arc::clone(&live.state)
    }

    /// Counts a connection out of the room, dropping the room when it was the last.
    fn exit(&self, room: &RoomId) {
        let mut rooms = self.lock_rooms();
        if let Some(live) = rooms.get_mut(room) {
            live.members = live.members.saturating_sub(1);
            if live.members == 0 {
                rooms.remove(room);
            }
        }
    }

    fn live_state(&self, room: &RoomId) -> Option<Arc<AsyncMutex<Option<LoadedRoom>>>> {
        self.lock_rooms().get(room).map(|live| Arc::clone(&live.state))
    }

    fn lock_rooms(&self) -> std::sync::MutexGuard<'_, HashMap<RoomId, LiveRoom>> {
        // The map is consistent after any panic (each operation is a single insert/update/remove), so a
        // poisoned lock is still safe to use.
        self.rooms.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
