//! In-memory adapters: a room store kept in a map, and a clock tests can set.
//!
//! They serve tests that exercise everything but storage, and tools that want a throw-away server. The store
//! passes the same contract suite as the durable ones, so swapping it in changes nothing but durability.

use std::{
    collections::HashMap,
    sync::{
        Mutex, PoisonError,
        atomic::{AtomicBool, AtomicI64, Ordering},
    },
};

use async_trait::async_trait;
use domain::{Room, RoomId, Timestamp, error::RepositoryError, ports::{Clock, RoomRepository}};

/// A room store in a map. Lost when dropped.
#[derive(Debug, Default)]
pub struct InMemoryRoomRepository {
    rooms: Mutex<HashMap<RoomId, Room>>,
    failing: AtomicBool,
}

impl InMemoryRoomRepository {
    /// An empty store.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Makes every later call fail with [`RepositoryError::Unavailable`] (or succeed again), so tests can
    /// see how the rest of the system copes with a store outage.
    pub fn set_failing(&self, failing: bool) {
        self.failing.store(failing, Ordering::SeqCst);
    }

    fn check_available(&self) -> Result<(), RepositoryError> {
        if self.failing.load(Ordering::SeqCst) {
            return Err(RepositoryError::Unavailable("the in-memory store was told to fail".into()));
        }
        Ok(())
    }

    fn rooms(&self) -> std::sync::MutexGuard<'_, HashMap<RoomId, Room>> {
        // Every operation leaves the map consistent, so a poisoned lock is still safe to use.
        self.rooms.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[async_trait]
impl RoomRepository for InMemoryRoomRepository {
    async fn prepare(&self) -> Result<(), RepositoryError> {
        self.check_available()
    }

    async fn ping(&self) -> Result<(), RepositoryError> {
        self.check_available()
    }

    async fn insert(&self, room: &Room) -> Result<(), RepositoryError> {
        self.check_available()?;
        let mut rooms = self.rooms();
        if rooms.contains_key(&room.id) {
            return Err(RepositoryError::Duplicate);
        }
        rooms.insert(room.id.clone(), room.clone());
        Ok(())
    }

    async fn find(&self, id: &RoomId) -> Result<Option<Room>, RepositoryError> {
        self.check_available()?;
        Ok(self.rooms().get(id).cloned())
    }

    async fn save_code(
        &self,
        id: &RoomId,
        code: &str,
        version: u64,
        updated_at: Timestamp,
    ) -> Result<(), RepositoryError> {
        self.check_available()?;
        let mut rooms = self.rooms();
        let room = rooms.get_mut(id).ok_or(RepositoryError::NotFound)?;
        code.clone_into(&mut room.code);
        room.version = version;
        room.updated_at = updated_at;
        Ok(())
    }
}

/// A clock that shows whatever time it was last set to.
#[derive(Debug)]
pub struct ManualClock(AtomicI64);

impl ManualClock {
    /// A clock showing `now`.
    #[must_use]
    pub fn new(now: Timestamp) -> Self {
        Self(AtomicI64::new(now.as_millis()))
    }

    /// Moves the clock forward by `millis`.
    pub fn advance(&self, millis: i64) {
        self.0.fetch_add(millis, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Timestamp {
        Timestamp::from_millis(self.0.load(Ordering::SeqCst))
    }
}
