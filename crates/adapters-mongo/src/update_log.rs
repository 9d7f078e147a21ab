//! The [`UpdateLog`] port on MongoDB: one document per update in `room_updates`, one snapshot per room in
//! `room_snapshots` (shapes in `update_log_document`, indexes created by `prepare`).
//!
//! MongoDB writes one document atomically, but not several, and its multi-document transactions need a
//! replica set: the standalone `mongod` of `docker/docker-compose.yml` refuses them. So the port's
//! all-or-nothing clauses are kept without transactions:
//!
//! - `append` inserts the batch in order under the unique `{room_id, seq}` index, with `_id`s it chose. If the
//!   insert fails part-way (a duplicate `seq` from another writer, a lost connection), it deletes exactly those
//!   `_id`s, so nothing of the batch stays and nothing of the other writer's is touched. Then it checks that no
//!   snapshot covers the batch (a writer that missed a compaction would otherwise append entries `load` never
//!   returns), withdrawing the batch if one does. What this cannot promise: a reader running during the
//!   compensation may glimpse the entries being withdrawn, and if the withdrawal itself fails (the server went
//!   away mid-append) the entries stay although `append` failed. Both need two writers on one room or a server
//!   failure in the middle of a batch; the failure is logged.
//! - `compact` first stores the snapshot (one document, guarded so an older snapshot never replaces a newer
//!   one), then deletes the entries it covers. A crash between the two leaves covered entries behind, which
//!   `load` ignores and the next compaction deletes, so a reader sees the new snapshot with every entry after it.
//! - `load` reads the entries first and the snapshot second, then keeps the entries after the snapshot. In
//!   that order a compaction running concurrently cannot hide entries: an entry it deleted before we read it
//!   belongs to a snapshot stored before that, so the snapshot we read afterwards covers it. (Snapshot first
//!   would pair an old snapshot with the entries left after a newer one.)
//!
//! Writes use a journaled write concern (see [`MongoRoomRepository::connect_with`]), so an acknowledged append
//! survives a crash of the database as well as of this process.

use std::collections::HashMap;

use async_trait::async_trait;
use domain::{
    RoomId,
    error::RepositoryError,
    ports::{DocumentSnapshot, LoggedUpdate, StoredDocument, UpdateLog},
};
use mongodb::{
    Collection,
    bson::{Bson, DateTime, Document, doc, oid::ObjectId},
};

use crate::{
    MongoRoomRepository,
    error::{is_duplicate_key, repository_error},
    update_log_document::{
        self, by_room_id, entry_document, entry_from_document, field, snapshot_from_document,
        snapshot_update, stored_counter,
    },
};

#[async_trait]
impl UpdateLog for MongoRoomRepository {
    async fn append(&self, room: &RoomId, entries: &[LoggedUpdate]) -> Result<(), RepositoryError> {
        let Some(first_seq) = entries.iter().map(|entry| entry.seq).min() else {
            return Ok(());
        };
        let created_at = DateTime::now();
        let ids: Vec<ObjectId> = entries.iter().map(|_| ObjectId::new()).collect();
        let documents = entries
            .iter()
            .zip(&ids)
            .map(|(entry, id)| entry_document(room, entry, *id, created_at))
            .collect::<Result<Vec<Document>, _>>()?;
        // Ordered, so the server stops at the first refused entry and leaves less to withdraw.
        if let Err(error) = self.updates.insert_many(documents).ordered(true).await {
            self.withdraw(room, &ids).await;
            return Err(repository_error(error));
        }
        // Checked after inserting, not before: a compaction that deleted our `seq`s between a check and the
        // insert would let the insert through unseen, whereas one that stored its snapshot before this read
        // is seen here. One that stores it later covers our `seq`s only if its writer read our entries (the
        // unique index let no other entry with those `seq`s in), so they are part of its snapshot.
        match self.snapshot_seq(room).await {
            Ok(Some(covered)) if covered >= first_seq => {
                self.withdraw(room, &ids).await;
                Err(RepositoryError::Duplicate)
            }
            Ok(_) => Ok(()),
            Err(error) => {
                self.withdraw(room, &ids).await;
                Err(error)
            }
        }
    }

    async fn load(&self, room: &RoomId) -> Result<StoredDocument, RepositoryError> {
        // Entries before the snapshot: see the module's documentation for why the order matters.
        let mut cursor = self
            .updates
            .find(by_room_id(room))
            .sort(doc! { field::SEQ: 1 })
            .projection(doc! { "_id": 0, field::SEQ: 1, field::VERSION: 1, field::DATA: 1 })
            .await
            .map_err(repository_error)?;
        let mut updates = Vec::new();
        while cursor.advance().await.map_err(repository_error)? {
            let document: Document = cursor.deserialize_current().map_err(repository_error)?;
            updates.push(entry_from_document(room, &document)?);
        }
        let snapshot = self
            .snapshots
            .find_one(by_room_id(room))
            .await
            .map_err(repository_error)?
            .map(|document| snapshot_from_document(room, &document))
            .transpose()?;
        // Entries a compaction covered but had not deleted yet (it was interrupted, or is running now).
        if let Some(snapshot) = &snapshot {
            updates.retain(|update| update.seq > snapshot.seq);
        }
        Ok(StoredDocument { snapshot, updates })
    }

    async fn compact(
        &self,
        room: &RoomId,
        snapshot: &DocumentSnapshot,
    ) -> Result<(), RepositoryError> {
        let update = snapshot_update(room, snapshot, DateTime::now())?;
        let seq = stored_counter(snapshot.seq)?;
        let older_than_ours = doc! { field::ROOM_ID: room.as_str(), field::SEQ: { "$lt": seq } };
        // When the filter matches nothing, the upsert tries to insert, and the unique index on `room_id`
        // refuses it if the room has a snapshot: then that snapshot is at least as recent as ours, and ours is
        // ignored. The same refusal also comes from a race between two first compactions of a room (both
        // found nothing, the other inserted first), where ours may be the newer: hence a second attempt, which
        // finds the document and either replaces it or is refused for good. Snapshots are never deleted, so a
        // second refusal always means "a newer one is stored".
        for attempt in 1..=2 {
            match self
                .snapshots
                .update_one(older_than_ours.clone(), update.clone())
                .upsert(true)
                .await
            {
                Ok(_) => break,
                Err(error) if is_duplicate_key(&error) => {
                    tracing::debug!(%room, seq, attempt, "a snapshot at least as recent is stored");
                }
                Err(error) => return Err(repository_error(error)),
            }
        }
        // Only now that a snapshot covering them is stored: a crash before this line leaves entries that
        // `load` ignores and the next compaction deletes.
        self.updates
            .delete_many(doc! { field::ROOM_ID: room.as_str(), field::SEQ: { "$lte": seq } })
            .await
            .map(drop)
            .map_err(repository_error)
    }

    async fn logged_versions(&self) -> Result<Vec<(RoomId, u64)>, RepositoryError> {
        // Entries before snapshots, as in `load`: an entry a concurrent compaction deleted before we read it
        // belongs to a snapshot stored before that, which the second read sees.
        let mut highest = highest_versions(&self.updates).await?;
        for (raw_id, version) in highest_versions(&self.snapshots).await? {
            highest
                .entry(raw_id)
                .and_modify(|highest| *highest = (*highest).max(version))
                .or_insert(version);
        }
        Ok(highest
            .into_iter()
            .filter_map(|(raw_id, version)| match RoomId::parse(&raw_id) {
                Ok(room) => Some((room, version)),
                // One unreadable room must not keep start-up from repairing the others: it is reported and
                // left as it is.
                Err(error) => {
                    tracing::warn!(room = raw_id, %error, "skipping a logged room with an invalid id");
                    None
                }
            })
            .collect())
    }
}

/// The highest `version` of each `room_id` in `collection` (the entries or the snapshots), computed by the
/// server so that only one document per room comes back.
///
/// # Errors
/// [`RepositoryError::Corrupt`] when a room's highest version is not a non-negative integer (a document
/// without one, or with another type); a `room_id` that is not a string is skipped with a warning.
async fn highest_versions(
    collection: &Collection<Document>,
) -> Result<HashMap<String, u64>, RepositoryError> {
    let pipeline = [doc! {
        "$group": {
            "_id": format!("${}", field::ROOM_ID),
            field::VERSION: { "$max": format!("${}", field::VERSION) },
        }
    }];
    let mut cursor = collection
        .aggregate(pipeline)
        .await
        .map_err(repository_error)?;
    let mut highest = HashMap::new();
    while cursor.advance().await.map_err(repository_error)? {
        let group: Document = cursor.deserialize_current().map_err(repository_error)?;
        let Some(Bson::String(raw_id)) = group.get("_id") else {
            tracing::warn!(
                collection = collection.name(),
                room = ?group.get("_id"),
                "skipping logged documents whose room id is not a string"
            );
            continue;
        };
        let version = match group.get(field::VERSION) {
            Some(Bson::Int64(version)) => u64::try_from(*version).ok(),
            Some(Bson::Int32(version)) => u64::try_from(*version).ok(),
            _ => None,
        }
        .ok_or_else(|| {
            RepositoryError::Corrupt(format!(
                "room {raw_id}: the highest {:?} in {} is {:?}, not a non-negative integer",
                field::VERSION,
                collection.name(),
                group.get(field::VERSION)
            ))
        })?;
        highest.insert(raw_id.clone(), version);
    }
    Ok(highest)
}

impl MongoRoomRepository {
    /// The `seq` of the room's stored snapshot, if it has one.
    async fn snapshot_seq(&self, room: &RoomId) -> Result<Option<u64>, RepositoryError> {
        self.snapshots
            .find_one(by_room_id(room))
            .projection(doc! { "_id": 0, field::SEQ: 1 })
            .await
            .map_err(repository_error)?
            .map(|document| update_log_document::seq_from_document(room, &document))
            .transpose()
    }

    /// Deletes the entries of a failed append, by the `_id`s it gave them, so the failure leaves no trace.
    ///
    /// Failing here is logged rather than returned: the append's own error is the one the caller must see.
    async fn withdraw(&self, room: &RoomId, ids: &[ObjectId]) {
        if let Err(error) = self
            .updates
            .delete_many(doc! { "_id": { "$in": ids.to_vec() } })
            .await
        {
            tracing::error!(
                %room,
                entries = ids.len(),
                error = %error.kind,
                "could not withdraw the entries of a failed append: some may stay in the log"
            );
        }
    }
}
