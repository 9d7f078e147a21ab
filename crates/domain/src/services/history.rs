//! A room's history and lifecycle: attribution of every logged change, versions (automatic checkpoints, named
//! versions, restores), diffs, blame, deletion and expiry.
//!
//! Two parts. [`HistoryRecorder`] is told of every change the collaboration service logs (as its
//! [`ChangeRecorder`]) and stores who made it, with the CRDT items it inserted; it also remembers which rooms
//! changed since their last checkpoint. [`HistoryService`] answers the REST endpoints and runs the upkeep the
//! server's maintenance tick drives: checkpoints after a pause in editing or when the last participant left,
//! the expiry of idle rooms (`ROOM_TTL`) and the pruning of old versions.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, PoisonError},
};

use async_trait::async_trait;

use crate::{
    document::Document,
    error::DomainError,
    event::Announcement,
    history::{
        self, AttributedUpdate, Attribution, AttributionIndex, BlameLine, Protocol, TextDiff,
        Version, VersionId, VersionKind, VersionName, VersionPage, VersionSummary,
    },
    ports::{Broadcaster, Clock, Entropy, HistoryStore, RoomRepository, UpdateLog},
    room::RoomId,
    services::CollaborationService,
    time::Timestamp,
};

/// A change the collaboration service has just logged and announced.
#[derive(Debug, Clone)]
pub struct RecordedChange<'a> {
    /// Its position in the room's log.
    pub seq: u64,
    /// The room's version after it.
    pub version: u64,
    /// The logged Yjs update (v1).
    pub update: &'a [u8],
    /// Who made it (see [`crate::Participant::author`]); `None` when unknown.
    pub author: Option<String>,
    /// How it arrived; `None` when unknown.
    pub protocol: Option<Protocol>,
    /// When it was logged.
    pub at: Timestamp,
    /// Characters beside which it deleted text of their line (see [`history::deletion_marks`]).
    pub touched: Vec<history::ItemSpan>,
}

/// Told of every change once it is logged, under the room's lock (so in the room's order).
#[async_trait]
pub trait ChangeRecorder: Send + Sync {
    /// Records `change`. Never fails: a recorder that cannot store it keeps it and retries.
    async fn record(&self, room: &RoomId, change: RecordedChange<'_>);
}

/// What the recorder remembers of a room between checkpoints.
#[derive(Debug, Default)]
struct RoomChanges {
    /// When the room last changed.
    last_change: Option<Timestamp>,
    /// Whether it changed since its last checkpoint.
    unsaved: bool,
    /// Attributions the store refused (it was down): written again by the upkeep.
    pending: Vec<AttributedUpdate>,
}

/// Stores the attribution of every logged change, and notes which rooms changed.
pub struct HistoryRecorder {
    store: Arc<dyn HistoryStore>,
    rooms: Mutex<HashMap<RoomId, RoomChanges>>,
}

impl HistoryRecorder {
    /// A recorder writing to `store`.
    #[must_use]
    pub fn new(store: Arc<dyn HistoryStore>) -> Self {
        Self {
            store,
            rooms: Mutex::new(HashMap::new()),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<RoomId, RoomChanges>> {
        // Each operation is one map update: a poisoned lock is still consistent.
        self.rooms.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Writes the attributions the store refused earlier.
    async fn flush_pending(&self) {
        let pending: Vec<(RoomId, Vec<AttributedUpdate>)> = self
            .lock()
            .iter_mut()
            .filter(|(_, changes)| !changes.pending.is_empty())
            .map(|(room, changes)| (room.clone(), std::mem::take(&mut changes.pending)))
            .collect();
        for (room, records) in pending {
            if let Err(error) = self.store.record_attributions(&room, &records).await {
                tracing::warn!(%room, %error, "could not store attributions; will retry");
                let mut rooms = self.lock();
                let changes = rooms.entry(room).or_default();
                let newer = std::mem::replace(&mut changes.pending, records);
                changes.pending.extend(newer);
            }
        }
    }

    /// The attributions of a room still waiting for the store.
    fn pending(&self, room: &RoomId) -> Vec<AttributedUpdate> {
        self.lock()
            .get(room)
            .map(|changes| changes.pending.clone())
            .unwrap_or_default()
    }

    /// The rooms changed since their last checkpoint, with when they last changed.
    fn unsaved(&self) -> Vec<(RoomId, Timestamp)> {
        self.lock()
            .iter()
            .filter(|(_, changes)| changes.unsaved)
            .filter_map(|(room, changes)| changes.last_change.map(|at| (room.clone(), at)))
            .collect()
    }

    /// Notes that the room's changes up to `at` are in a version.
    fn saved(&self, room: &RoomId, at: Timestamp) {
        let mut rooms = self.lock();
        if let Some(changes) = rooms.get_mut(room)
            && changes.last_change.is_none_or(|last| last <= at)
        {
            changes.unsaved = false;
            if changes.pending.is_empty() {
                rooms.remove(room);
            }
        }
    }

    fn forget(&self, room: &RoomId) {
        self.lock().remove(room);
    }
}

#[async_trait]
impl ChangeRecorder for HistoryRecorder {
    async fn record(&self, room: &RoomId, change: RecordedChange<'_>) {
        let record = AttributedUpdate {
            seq: change.seq,
            version: change.version,
            attribution: Attribution {
                author: change.author,
                protocol: change.protocol,
                at: change.at,
            },
            insertions: history::inserted_spans(change.update),
            touched: change.touched,
        };
        {
            let mut rooms = self.lock();
            let changes = rooms.entry(room.clone()).or_default();
            changes.last_change = Some(change.at);
            // The first state of a room imported from its stored code is not an edit anyone made, and a restore
            // makes the code a version's: neither needs a checkpoint of its own.
            changes.unsaved |= matches!(change.protocol, Some(Protocol::Json | Protocol::Yjs));
        }
        if let Err(error) = self
            .store
            .record_attributions(room, std::slice::from_ref(&record))
            .await
        {
            tracing::warn!(%room, %error, "could not store an attribution; will retry");
            self.lock()
                .entry(room.clone())
                .or_default()
                .pending
                .push(record);
        }
    }
}

/// Timings and bounds of the history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HistorySettings {
    /// Milliseconds without a change after which a changed room gets a checkpoint; 0: none on idle.
    pub checkpoint_idle_ms: i64,
    /// Versions kept per room, newest first; 0: no count limit.
    pub retention_count: usize,
    /// Milliseconds a version is kept; `None`: no age limit.
    pub retention_age_ms: Option<i64>,
    /// Milliseconds a room may go unchanged before it expires; `None`: rooms never expire.
    pub room_ttl_ms: Option<i64>,
}

impl Default for HistorySettings {
    fn default() -> Self {
        Self {
            checkpoint_idle_ms: 30_000,
            retention_count: 100,
            retention_age_ms: None,
            room_ttl_ms: None,
        }
    }
}

/// What a diff compares against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiffSide {
    /// A saved version.
    Version(VersionId),
    /// The room's code now.
    Live,
}

/// The outcome of a restore.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    /// The version restored.
    pub version: VersionSummary,
    /// The version saved just before, holding the code replaced.
    pub before: VersionSummary,
    /// The room's version after the restore.
    pub room_version: u64,
}

/// How many idle rooms one sweep expires at most (the next sweep takes the rest).
const EXPIRY_BATCH: usize = 100;
/// The longest time between two expiry sweeps.
const MAX_SWEEP_INTERVAL_MS: i64 = 60_000;

/// The history of rooms: versions, restores, diffs, blame, deletion and expiry.
pub struct HistoryService<B: Broadcaster> {
    recorder: Arc<HistoryRecorder>,
    store: Arc<dyn HistoryStore>,
    rooms: Arc<dyn RoomRepository>,
    log: Arc<dyn UpdateLog>,
    collaboration: Arc<CollaborationService<B>>,
    clock: Arc<dyn Clock>,
    entropy: Arc<dyn Entropy>,
    settings: HistorySettings,
    /// The millisecond and counter of the last version id made, so ids made here sort in order.
    last_id: Mutex<(i64, u16)>,
    last_sweep: Mutex<Option<Timestamp>>,
}

impl<B: Broadcaster> HistoryService<B> {
    /// A service over the stores; `recorder` must be the one `collaboration` records changes with.
    #[must_use]
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        recorder: Arc<HistoryRecorder>,
        store: Arc<dyn HistoryStore>,
        rooms: Arc<dyn RoomRepository>,
        log: Arc<dyn UpdateLog>,
        collaboration: Arc<CollaborationService<B>>,
        clock: Arc<dyn Clock>,
        entropy: Arc<dyn Entropy>,
        settings: HistorySettings,
    ) -> Self {
        Self {
            recorder,
            store,
            rooms,
            log,
            collaboration,
            clock,
            entropy,
            settings,
            last_id: Mutex::new((0, 0)),
            last_sweep: Mutex::new(None),
        }
    }

    /// Saves the room's code now as a named version.
    ///
    /// # Errors
    /// [`DomainError::RoomNotFound`], [`DomainError::Storage`].
    pub async fn save_named(
        &self,
        room: &RoomId,
        name: &VersionName,
        author: Option<String>,
    ) -> Result<VersionSummary, DomainError> {
        let (code, room_version) = self.current_code(room).await?;
        let version = self.new_version(
            VersionKind::Named,
            Some(name.as_str().to_owned()),
            author,
            room_version,
            code,
        );
        self.save(room, &version).await?;
        Ok(version.summary)
    }

    /// A page of the room's versions, newest first, after `before` when given.
    ///
    /// # Errors
    /// [`DomainError::RoomNotFound`], [`DomainError::Storage`].
    pub async fn list(
        &self,
        room: &RoomId,
        before: Option<VersionId>,
        limit: usize,
    ) -> Result<VersionPage, DomainError> {
        self.existing(room).await?;
        let limit = limit.max(1);
        let mut versions = self
            .store
            .list_versions(room, before, limit.saturating_add(1))
            .await?;
        let next = if versions.len() > limit {
            versions.truncate(limit);
            versions.last().map(|last| last.id)
        } else {
            None
        };
        Ok(VersionPage { versions, next })
    }

    /// One version, with its code.
    ///
    /// # Errors
    /// [`DomainError::RoomNotFound`], [`DomainError::VersionNotFound`], [`DomainError::Storage`].
    pub async fn get(&self, room: &RoomId, id: VersionId) -> Result<Version, DomainError> {
        self.existing(room).await?;
        self.store
            .find_version(room, id)
            .await?
            .ok_or(DomainError::VersionNotFound(id))
    }

    /// The difference from `from` to `to` (each a version or the live code).
    ///
    /// # Errors
    /// [`DomainError::RoomNotFound`], [`DomainError::VersionNotFound`], [`DomainError::Storage`].
    pub async fn diff(
        &self,
        room: &RoomId,
        from: DiffSide,
        to: DiffSide,
    ) -> Result<TextDiff, DomainError> {
        let (old, old_label) = self.side(room, from).await?;
        let (new, new_label) = self.side(room, to).await?;
        Ok(history::diff_texts(&old, &new, &old_label, &new_label))
    }

    async fn side(&self, room: &RoomId, side: DiffSide) -> Result<(String, String), DomainError> {
        match side {
            DiffSide::Version(id) => {
                let version = self.get(room, id).await?;
                Ok((version.code, id.to_string()))
            }
            DiffSide::Live => {
                let (code, _) = self.current_code(room).await?;
                Ok((code, "live".to_owned()))
            }
        }
    }

    /// Turns the room's code into version `id`'s by one minimal change that every client receives as an
    /// ordinary update (see [`CollaborationService::restore_text`]), after saving the code it replaces as a
    /// "before restore" version (restoring that one undoes this).
    ///
    /// # Errors
    /// [`DomainError::RoomNotFound`], [`DomainError::VersionNotFound`], [`DomainError::CodeTooLarge`],
    /// [`DomainError::Storage`] (nothing changed then).
    pub async fn restore(
        &self,
        room: &RoomId,
        id: VersionId,
        author: Option<String>,
    ) -> Result<Restored, DomainError> {
        let target = self.get(room, id).await?;
        let label = target
            .summary
            .name
            .clone()
            .unwrap_or_else(|| id.to_string());
        let mut before = self.new_version(
            VersionKind::BeforeRestore,
            Some(format!("Before restoring {label}")),
            author.clone(),
            0,
            String::new(),
        );
        let store = Arc::clone(&self.store);
        let saved = before.clone();
        let replaced = self
            .collaboration
            .restore_text(
                room,
                &target.code,
                author,
                |code, room_version| async move {
                    let version = Version {
                        summary: VersionSummary {
                            room_version,
                            ..saved.summary
                        },
                        code: code.to_string(),
                    };
                    store.save_version(room, &version).await?;
                    Ok(())
                },
            )
            .await?;
        before.summary.room_version = replaced.before_version;
        self.after_save(room, &before.summary).await;
        let restored = Restored {
            version: target.summary,
            before: before.summary,
            room_version: replaced.version,
        };
        self.collaboration.broadcaster().announce(
            room,
            &Announcement::Restored {
                version: restored.version.clone(),
                before: restored.before.clone(),
                room_version: restored.room_version,
            },
        );
        Ok(restored)
    }

    /// Who last changed each line of the room's live code, and the room's version it describes.
    ///
    /// # Errors
    /// [`DomainError::RoomNotFound`], [`DomainError::Storage`], [`DomainError::CorruptDocument`].
    pub async fn blame(&self, room: &RoomId) -> Result<(u64, Vec<BlameLine>), DomainError> {
        let (version, state) = self.document_state(room).await?;
        let mut records = self.store.attributions(room).await?;
        records.extend(self.recorder.pending(room));
        let index = AttributionIndex::new(&records);
        let lines =
            history::blame(&state, &index).map_err(|cause| DomainError::CorruptDocument {
                room: room.clone(),
                cause,
            })?;
        Ok((version, lines))
    }

    /// Deletes the room's attribution records that name no character of its text any more (all their text
    /// was deleted since), so the records stay in proportion to the text rather than to its whole history.
    /// Returns how many were deleted.
    ///
    /// # Errors
    /// [`DomainError::RoomNotFound`], [`DomainError::Storage`], [`DomainError::CorruptDocument`].
    pub async fn prune_attributions(&self, room: &RoomId) -> Result<u64, DomainError> {
        // The state first: records read afterwards may be newer than it, and only those of versions it holds
        // are judged.
        let (version, state) = self.document_state(room).await?;
        let records = self.store.attributions(room).await?;
        let unused = history::unused_attributions(&state, version, &records).map_err(|cause| {
            DomainError::CorruptDocument {
                room: room.clone(),
                cause,
            }
        })?;
        Ok(self.store.delete_attributions(room, &unused).await?)
    }

    /// The room's version and whole document state: the live one while it is loaded, else the stored one.
    async fn document_state(&self, room: &RoomId) -> Result<(u64, Vec<u8>), DomainError> {
        let (version, state) =
            if let Some((_, version, state)) = self.collaboration.live_document(room).await {
                (version, state)
            } else {
                let stored = self.existing(room).await?;
                let logged = self.log.load(room).await?;
                let corrupt = |cause| DomainError::CorruptDocument {
                    room: room.clone(),
                    cause,
                };
                let document = if logged.snapshot.is_none() && logged.updates.is_empty() {
                    Document::from_text(&stored.code)
                } else {
                    Document::load(
                        logged
                            .snapshot
                            .as_ref()
                            .map(|snapshot| snapshot.state.as_slice()),
                        logged.updates.iter().map(|entry| entry.update.as_slice()),
                    )
                    .map_err(corrupt)?
                };
                let version = logged
                    .updates
                    .last()
                    .map(|entry| entry.version)
                    .or_else(|| logged.snapshot.as_ref().map(|snapshot| snapshot.version))
                    .unwrap_or(stored.version);
                (version, document.encode_state())
            };
        Ok((version, state))
    }

    /// Deletes a room with everything stored for it, closing its connections (4004).
    ///
    /// # Errors
    /// [`DomainError::RoomNotFound`] when no room has that id, [`DomainError::Storage`].
    pub async fn delete_room(&self, room: &RoomId) -> Result<(), DomainError> {
        let store = Arc::clone(&self.store);
        let existed = self
            .collaboration
            .remove_room(room, async move { Ok(store.delete_room(room).await?) })
            .await?;
        self.recorder.forget(room);
        if existed {
            tracing::info!(%room, "room deleted");
            Ok(())
        } else {
            Err(DomainError::RoomNotFound(room.clone()))
        }
    }

    /// Upkeep, for the server's maintenance tick: stores attributions the store refused before, saves the
    /// checkpoints that are due, and (now and then) expires idle rooms and prunes old versions.
    pub async fn maintain(&self) {
        self.recorder.flush_pending().await;
        self.checkpoint_due().await;
        self.sweep_if_due().await;
    }

    /// Saves a checkpoint of every changed room that has been idle for the checkpoint delay, or that nobody is
    /// in any more.
    async fn checkpoint_due(&self) {
        let now = self.clock.now();
        let members: HashMap<RoomId, usize> =
            self.collaboration.live_room_members().into_iter().collect();
        for (room, last_change) in self.recorder.unsaved() {
            let idle = self.settings.checkpoint_idle_ms > 0
                && now.as_millis() - last_change.as_millis() >= self.settings.checkpoint_idle_ms;
            let left = members.get(&room).is_none_or(|count| *count == 0);
            if !(idle || left) {
                continue;
            }
            if let Err(error) = self.checkpoint(&room, last_change).await {
                tracing::warn!(%room, %error, "could not save a checkpoint; will retry");
            }
        }
    }

    async fn checkpoint(&self, room: &RoomId, last_change: Timestamp) -> Result<(), DomainError> {
        let (code, room_version) = match self.current_code(room).await {
            Ok(current) => current,
            Err(DomainError::RoomNotFound(_)) => {
                self.recorder.forget(room);
                return Ok(());
            }
            Err(error) => return Err(error),
        };
        // Only when the code differs from the newest version: typing and deleting it again changes nothing.
        let newest = self.store.list_versions(room, None, 1).await?;
        let unchanged = match newest.first() {
            Some(summary) => self
                .store
                .find_version(room, summary.id)
                .await?
                .is_some_and(|version| version.code == code),
            None => code.is_empty(),
        };
        if !unchanged {
            let version = self.new_version(VersionKind::Checkpoint, None, None, room_version, code);
            self.save(room, &version).await?;
        }
        self.recorder.saved(room, last_change);
        // A pause is the time to drop what blame no longer needs; failing only delays it.
        match self.prune_attributions(room).await {
            Ok(0) => {}
            Ok(pruned) => {
                tracing::debug!(%room, pruned, "attribution records of deleted text dropped")
            }
            Err(error) => tracing::warn!(%room, %error, "could not prune attribution records"),
        }
        Ok(())
    }

    async fn sweep_if_due(&self) {
        let now = self.clock.now();
        let interval = self
            .settings
            .room_ttl_ms
            .map_or(MAX_SWEEP_INTERVAL_MS, |ttl| {
                (ttl / 4).clamp(250, MAX_SWEEP_INTERVAL_MS)
            });
        {
            let mut last = self
                .last_sweep
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            if last.is_some_and(|last| now.as_millis() - last.as_millis() < interval) {
                return;
            }
            *last = Some(now);
        }
        if let Some(ttl) = self.settings.room_ttl_ms {
            match self.expire_rooms(now, ttl).await {
                Ok(0) => {}
                Ok(expired) => tracing::info!(expired, "expired idle rooms"),
                Err(error) => tracing::warn!(%error, "could not expire idle rooms; will retry"),
            }
        }
        if let Some(age) = self.settings.retention_age_ms {
            let cutoff = Timestamp::from_millis(now.as_millis().saturating_sub(age));
            if let Err(error) = self.store.prune_old_versions(cutoff).await {
                tracing::warn!(%error, "could not prune old versions; will retry");
            }
        }
    }

    /// Deletes rooms unchanged for `ttl` milliseconds, as [`Self::delete_room`] does (connections still open
    /// on them, idle all that time, are closed with 4004). Returns how many.
    ///
    /// # Errors
    /// [`DomainError::Storage`] when the store fails.
    pub async fn expire_rooms(&self, now: Timestamp, ttl: i64) -> Result<usize, DomainError> {
        let cutoff = Timestamp::from_millis(now.as_millis().saturating_sub(ttl));
        let mut expired = 0;
        for room in self.store.rooms_idle_since(cutoff, EXPIRY_BATCH).await? {
            // A live room may have changed since its record was last written.
            if let Some((_, _, updated_at)) = self.collaboration.live_room(&room).await
                && updated_at >= cutoff
            {
                continue;
            }
            match self.delete_room(&room).await {
                Ok(()) | Err(DomainError::RoomNotFound(_)) => expired += 1,
                Err(error) => return Err(error),
            }
        }
        Ok(expired)
    }

    /// The room's code and version now: the live ones while it is loaded, else the stored ones.
    async fn current_code(&self, room: &RoomId) -> Result<(String, u64), DomainError> {
        if let Some((code, version, _)) = self.collaboration.live_room(room).await {
            return Ok((code.to_string(), version));
        }
        let stored = self.existing(room).await?;
        Ok((stored.code, stored.version))
    }

    async fn existing(&self, room: &RoomId) -> Result<crate::room::Room, DomainError> {
        self.rooms
            .find(room)
            .await?
            .ok_or_else(|| DomainError::RoomNotFound(room.clone()))
    }

    fn new_version(
        &self,
        kind: VersionKind,
        name: Option<String>,
        author: Option<String>,
        room_version: u64,
        code: String,
    ) -> Version {
        let now = self.clock.now();
        Version {
            summary: VersionSummary {
                id: self.next_id(now),
                kind,
                name,
                author,
                created_at: now,
                room_version,
            },
            code,
        }
    }

    /// A fresh version id, after every id made before by this service.
    fn next_id(&self, now: Timestamp) -> VersionId {
        let mut random = [0_u8; 8];
        self.entropy.fill(&mut random);
        let mut last = self.last_id.lock().unwrap_or_else(PoisonError::into_inner);
        let (mut millis, mut counter) = (now.as_millis().max(last.0), 0);
        if millis == last.0 {
            counter = last.1 + 1;
            if counter > 0x0FFF {
                millis += 1;
                counter = 0;
            }
        }
        *last = (millis, counter);
        VersionId::generate(millis, counter, random)
    }

    async fn save(&self, room: &RoomId, version: &Version) -> Result<(), DomainError> {
        self.store.save_version(room, version).await?;
        // A deletion may have run between reading the code and storing it: then nothing of the room may stay.
        if self.rooms.find(room).await?.is_none() {
            self.store.delete_room(room).await?;
            return Err(DomainError::RoomNotFound(room.clone()));
        }
        self.after_save(room, &version.summary).await;
        Ok(())
    }

    /// Announces a saved version and applies the retention.
    async fn after_save(&self, room: &RoomId, summary: &VersionSummary) {
        tracing::debug!(%room, version = %summary.id, kind = summary.kind.as_str(), "version saved");
        self.collaboration
            .broadcaster()
            .announce(room, &Announcement::VersionSaved(summary.clone()));
        let cutoff = self
            .settings
            .retention_age_ms
            .map(|age| Timestamp::from_millis(self.clock.now().as_millis().saturating_sub(age)));
        if (self.settings.retention_count > 0 || cutoff.is_some())
            && let Err(error) = self
                .store
                .prune_versions(room, self.settings.retention_count, cutoff)
                .await
        {
            tracing::warn!(%room, %error, "could not prune old versions");
        }
    }
}
