//! In-memory adapters: a room store, update log and history (versions, attributions) kept in maps, the ledger
//! of share tokens and revocations, and a clock tests can set.
//!
//! They serve tests that exercise everything but storage, and tools that want a throw-away server. The store
//! passes the same contract suites as the durable ones (rooms and update log), so swapping it in changes
//! nothing but durability.

use std::{
    collections::{BTreeMap, HashMap, HashSet},
    sync::{
        Mutex, PoisonError,
        atomic::{AtomicBool, AtomicI64, Ordering},
    },
};

mod token_ledger;

pub use token_ledger::InMemoryTokenLedger;

use async_trait::async_trait;
use domain::{
    Room, RoomId, Timestamp,
    error::RepositoryError,
    history::{AttributedUpdate, Version, VersionId, VersionSummary},
    ports::{
        Clock, DocumentSnapshot, HistoryStore, LoggedUpdate, RoomRepository, StoredDocument,
        UpdateLog,
    },
};

/// A room store and update log in maps. Lost when dropped.
///
/// One value implements both [`RoomRepository`] and [`UpdateLog`], as the durable stores do, so one `Arc` can
/// be handed out as both ports.
#[derive(Debug, Default)]
pub struct InMemoryRoomRepository {
    rooms: Mutex<HashMap<RoomId, Room>>,
    /// The owners of the rooms that have one, written under the `rooms` lock with the room.
    owners: Mutex<HashMap<RoomId, String>>,
    logs: Mutex<HashMap<RoomId, RoomLog>>,
    history: Mutex<HashMap<RoomId, RoomHistory>>,
    failing: AtomicBool,
}

/// What the history holds of one room.
#[derive(Debug, Default)]
struct RoomHistory {
    /// Versions by id: ids sort by time, so the map is in creation order.
    versions: BTreeMap<VersionId, Version>,
    /// Attributions by `seq`.
    attributions: BTreeMap<u64, AttributedUpdate>,
}

/// What the update log holds of one room.
#[derive(Debug, Default)]
struct RoomLog {
    /// The latest compaction, if any.
    snapshot: Option<DocumentSnapshot>,
    /// The entries after the snapshot, keyed by `seq`: duplicates are found by lookup and reads come out in
    /// order without sorting.
    updates: BTreeMap<u64, LoggedUpdate>,
}

impl RoomLog {
    /// Whether `seq` is already part of this room's history: in the log, or folded into the snapshot.
    fn holds(&self, seq: u64) -> bool {
        self.updates.contains_key(&seq)
            || self
                .snapshot
                .as_ref()
                .is_some_and(|snapshot| seq <= snapshot.seq)
    }

    /// The highest `version` among the snapshot and the entries, or `None` for a log holding neither.
    fn highest_version(&self) -> Option<u64> {
        let snapshot = self.snapshot.as_ref().map(|snapshot| snapshot.version);
        let entries = self.updates.values().map(|entry| entry.version).max();
        snapshot.max(entries)
    }
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
            return Err(RepositoryError::Unavailable(
                "the in-memory store was told to fail".into(),
            ));
        }
        Ok(())
    }

    fn rooms(&self) -> std::sync::MutexGuard<'_, HashMap<RoomId, Room>> {
        // Every operation leaves the map consistent, so a poisoned lock is still safe to use.
        self.rooms.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn history(&self) -> std::sync::MutexGuard<'_, HashMap<RoomId, RoomHistory>> {
        // As for `rooms`.
        self.history.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Whether the store holds anything at all of `room`: its record, log, snapshot, versions or
    /// attributions (what a deletion must leave nothing of).
    #[must_use]
    pub fn holds_any_trace_of(&self, room: &RoomId) -> bool {
        self.rooms().contains_key(room)
            || self.logs().contains_key(room)
            || self.history().contains_key(room)
    }

    fn logs(&self) -> std::sync::MutexGuard<'_, HashMap<RoomId, RoomLog>> {
        // As for `rooms`: every operation checks before it changes anything, so the map is never half-written.
        self.logs.lock().unwrap_or_else(PoisonError::into_inner)
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

    async fn insert_owned(&self, room: &Room, owner: &str) -> Result<(), RepositoryError> {
        self.check_available()?;
        let mut rooms = self.rooms();
        if rooms.contains_key(&room.id) {
            return Err(RepositoryError::Duplicate);
        }
        rooms.insert(room.id.clone(), room.clone());
        self.owners
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(room.id.clone(), owner.to_owned());
        Ok(())
    }

    async fn owner(&self, id: &RoomId) -> Result<Option<String>, RepositoryError> {
        self.check_available()?;
        let _rooms = self.rooms();
        Ok(self
            .owners
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(id)
            .cloned())
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

#[async_trait]
impl UpdateLog for InMemoryRoomRepository {
    async fn append(&self, room: &RoomId, entries: &[LoggedUpdate]) -> Result<(), RepositoryError> {
        self.check_available()?;
        let mut logs = self.logs();
        // Every entry is checked before any is added, so a refused batch leaves the log as it was. A `seq`
        // repeated inside the batch is as much a duplicate as one already stored.
        let mut batch = HashSet::with_capacity(entries.len());
        let stored = logs.get(room);
        if entries
            .iter()
            .any(|entry| !batch.insert(entry.seq) || stored.is_some_and(|log| log.holds(entry.seq)))
        {
            return Err(RepositoryError::Duplicate);
        }
        if entries.is_empty() {
            return Ok(());
        }
        let log = logs.entry(room.clone()).or_default();
        log.updates
            .extend(entries.iter().map(|entry| (entry.seq, entry.clone())));
        Ok(())
    }

    async fn load(&self, room: &RoomId) -> Result<StoredDocument, RepositoryError> {
        self.check_available()?;
        Ok(self
            .logs()
            .get(room)
            .map(|log| StoredDocument {
                snapshot: log.snapshot.clone(),
                updates: log.updates.values().cloned().collect(),
            })
            .unwrap_or_default())
    }

    async fn compact(
        &self,
        room: &RoomId,
        snapshot: &DocumentSnapshot,
    ) -> Result<(), RepositoryError> {
        self.check_available()?;
        let mut logs = self.logs();
        let log = logs.entry(room.clone()).or_default();
        // A compaction that lost a race to a newer one must not roll the room back.
        if log
            .snapshot
            .as_ref()
            .is_some_and(|stored| stored.seq >= snapshot.seq)
        {
            return Ok(());
        }
        log.snapshot = Some(snapshot.clone());
        log.updates.retain(|&seq, _| seq > snapshot.seq);
        Ok(())
    }

    async fn logged_versions(&self) -> Result<Vec<(RoomId, u64)>, RepositoryError> {
        self.check_available()?;
        Ok(self
            .logs()
            .iter()
            .filter_map(|(room, log)| log.highest_version().map(|version| (room.clone(), version)))
            .collect())
    }
}

#[async_trait]
impl HistoryStore for InMemoryRoomRepository {
    async fn save_version(&self, room: &RoomId, version: &Version) -> Result<(), RepositoryError> {
        self.check_available()?;
        let mut history = self.history();
        let versions = &mut history.entry(room.clone()).or_default().versions;
        if versions.contains_key(&version.summary.id) {
            return Err(RepositoryError::Duplicate);
        }
        versions.insert(version.summary.id, version.clone());
        Ok(())
    }

    async fn list_versions(
        &self,
        room: &RoomId,
        before: Option<VersionId>,
        limit: usize,
    ) -> Result<Vec<VersionSummary>, RepositoryError> {
        self.check_available()?;
        let history = self.history();
        let Some(versions) = history.get(room).map(|history| &history.versions) else {
            return Ok(Vec::new());
        };
        let older = match before {
            Some(before) => versions.range(..before),
            None => versions.range(..),
        };
        Ok(older
            .rev()
            .take(limit)
            .map(|(_, version)| version.summary.clone())
            .collect())
    }

    async fn find_version(
        &self,
        room: &RoomId,
        id: VersionId,
    ) -> Result<Option<Version>, RepositoryError> {
        self.check_available()?;
        Ok(self
            .history()
            .get(room)
            .and_then(|history| history.versions.get(&id).cloned()))
    }

    async fn prune_versions(
        &self,
        room: &RoomId,
        keep: usize,
        created_before: Option<Timestamp>,
    ) -> Result<u64, RepositoryError> {
        self.check_available()?;
        let mut history = self.history();
        let Some(versions) = history.get_mut(room).map(|history| &mut history.versions) else {
            return Ok(0);
        };
        let before = versions.len();
        if let Some(cutoff) = created_before {
            versions.retain(|_, version| version.summary.created_at >= cutoff);
        }
        if keep > 0 {
            while versions.len() > keep {
                versions.pop_first();
            }
        }
        Ok((before - versions.len()) as u64)
    }

    async fn prune_old_versions(&self, created_before: Timestamp) -> Result<u64, RepositoryError> {
        self.check_available()?;
        let mut pruned = 0;
        for history in self.history().values_mut() {
            let before = history.versions.len();
            history
                .versions
                .retain(|_, version| version.summary.created_at >= created_before);
            pruned += (before - history.versions.len()) as u64;
        }
        Ok(pruned)
    }

    async fn record_attributions(
        &self,
        room: &RoomId,
        records: &[AttributedUpdate],
    ) -> Result<(), RepositoryError> {
        self.check_available()?;
        if records.is_empty() {
            return Ok(());
        }
        let mut history = self.history();
        let attributions = &mut history.entry(room.clone()).or_default().attributions;
        for record in records {
            attributions.insert(record.seq, record.clone());
        }
        Ok(())
    }

    async fn delete_attributions(
        &self,
        room: &RoomId,
        seqs: &[u64],
    ) -> Result<u64, RepositoryError> {
        self.check_available()?;
        let mut history = self.history();
        let Some(attributions) = history
            .get_mut(room)
            .map(|history| &mut history.attributions)
        else {
            return Ok(0);
        };
        Ok(seqs
            .iter()
            .filter(|seq| attributions.remove(seq).is_some())
            .count() as u64)
    }

    async fn attributions(&self, room: &RoomId) -> Result<Vec<AttributedUpdate>, RepositoryError> {
        self.check_available()?;
        Ok(self
            .history()
            .get(room)
            .map(|history| history.attributions.values().cloned().collect())
            .unwrap_or_default())
    }

    async fn delete_room(&self, room: &RoomId) -> Result<bool, RepositoryError> {
        self.check_available()?;
        self.logs().remove(room);
        self.history().remove(room);
        Ok(self.rooms().remove(room).is_some())
    }

    async fn rooms_idle_since(
        &self,
        updated_before: Timestamp,
        limit: usize,
    ) -> Result<Vec<RoomId>, RepositoryError> {
        self.check_available()?;
        Ok(self
            .rooms()
            .values()
            .filter(|room| room.updated_at < updated_before)
            .take(limit)
            .map(|room| room.id.clone())
            .collect())
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
