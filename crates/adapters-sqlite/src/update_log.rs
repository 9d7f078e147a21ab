//! The [`UpdateLog`] port on SQLite: each room's Yjs updates in `room_updates`, its latest compaction in
//! `room_snapshots` (both created by the crate's schema).
//!
//! Every method is one SQLite transaction, which is what makes the port's all-or-nothing clauses hold: a
//! refused `append` rolls back the whole batch, and `compact` replaces the snapshot and drops the entries it
//! covers in one commit, so a reader (or a restart after a crash) sees the room before or after, never between.
//!
//! Durability: the database is in WAL mode with `synchronous=NORMAL`. A commit has written its WAL frames to
//! the operating system before it returns, so a killed process (even `kill -9`) loses no acknowledged append;
//! only a power loss or an OS crash can lose the last commits, because the WAL is synced at checkpoints rather
//! than on every commit. That is the trade the port's contract allows ("a crash of the process"), and it keeps
//! an append of one keystroke free of an `fsync`.

use async_trait::async_trait;
use domain::{
    RoomId,
    error::RepositoryError,
    ports::{DocumentSnapshot, LoggedUpdate, StoredDocument, UpdateLog},
};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

use crate::{SqliteRoomRepository, storage_error, to_i64, to_u64};

/// Inserts one entry unless the room's snapshot already covers its `seq`.
///
/// An entry the snapshot covers is part of the room's history already (a writer that missed a compaction is
/// behind), so it is refused like a stored `seq`; doing it in the `INSERT` itself keeps an append of one entry
/// to one statement. Zero rows changed means "covered"; a `seq` still in the log is a primary-key violation.
const INSERT_UPDATE: &str = "
INSERT INTO room_updates (room_id, seq, version, data)
SELECT ?1, ?2, ?3, ?4
WHERE NOT EXISTS (SELECT 1 FROM room_snapshots WHERE room_id = ?1 AND seq >= ?2)";

const SELECT_SNAPSHOT: &str = "SELECT seq, version, state FROM room_snapshots WHERE room_id = ?1";

/// The entries after the snapshot (all of them when `?2` is NULL: the room was never compacted). The primary
/// key already orders a room's rows by `seq`; the `ORDER BY` states it and costs nothing.
const SELECT_UPDATES: &str = "
SELECT seq, version, data FROM room_updates
WHERE room_id = ?1 AND (?2 IS NULL OR seq > ?2)
ORDER BY seq";

/// Stores the snapshot unless the stored one is at least as recent: a compaction that lost a race to a newer
/// one must not roll the room back.
const UPSERT_SNAPSHOT: &str = "
INSERT INTO room_snapshots (room_id, seq, version, state) VALUES (?1, ?2, ?3, ?4)
ON CONFLICT (room_id) DO UPDATE SET seq = excluded.seq, version = excluded.version, state = excluded.state
WHERE excluded.seq > room_snapshots.seq";

const DELETE_COVERED_UPDATES: &str = "DELETE FROM room_updates WHERE room_id = ?1 AND seq <= ?2";

/// Each room with entries or a snapshot, with the highest version among them. One statement, so it reads
/// one consistent state of the file; entries an interrupted compaction left behind cannot raise the result,
/// since the snapshot covering them is at least at their version.
const SELECT_LOGGED_VERSIONS: &str = "
SELECT room_id, MAX(version) FROM (
    SELECT room_id, version FROM room_updates
    UNION ALL
    SELECT room_id, version FROM room_snapshots
)
GROUP BY room_id";

/// Inserts one log entry, or fails with [`RepositoryError::Duplicate`] when its `seq` is taken or covered.
fn insert_entry(
    connection: &Connection,
    room: &RoomId,
    entry: &LoggedUpdate,
) -> Result<(), RepositoryError> {
    let (seq, version) = (to_i64(entry.seq)?, to_i64(entry.version)?);
    let inserted = connection
        .prepare_cached(INSERT_UPDATE)
        .and_then(|mut insert| insert.execute(params![room.as_str(), seq, version, entry.update]))
        .map_err(storage_error)?;
    if inserted == 0 {
        return Err(RepositoryError::Duplicate);
    }
    Ok(())
}

#[async_trait]
impl UpdateLog for SqliteRoomRepository {
    async fn append(&self, room: &RoomId, entries: &[LoggedUpdate]) -> Result<(), RepositoryError> {
        if entries.is_empty() {
            return Ok(());
        }
        // Owned copies, because the work may run on the blocking pool; an update is small next to a round
        // trip to the pool.
        let (room, entries) = (room.clone(), entries.to_vec());
        self.with_free_connection(move |connection| {
            if let [entry] = entries.as_slice() {
                // One statement is its own transaction: no BEGIN and COMMIT to run around it.
                return insert_entry(connection, &room, entry);
            }
            // IMMEDIATE takes the write lock up front: a deferred transaction that reads then writes can fail
            // with SQLITE_BUSY mid-way when another process holds the file.
            let transaction = connection
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(storage_error)?;
            for entry in &entries {
                // Returning drops the transaction, which rolls back the entries inserted before.
                insert_entry(&transaction, &room, entry)?;
            }
            transaction.commit().map_err(storage_error)
        })
        .await
    }

    async fn load(&self, room: &RoomId) -> Result<StoredDocument, RepositoryError> {
        let room = room.clone();
        self.with_connection(move |connection| {
            // One read transaction for both queries, so another process compacting the file in between
            // cannot make us pair an old snapshot with the entries left after a newer one.
            let transaction = connection.transaction().map_err(storage_error)?;
            let snapshot = transaction
                .prepare_cached(SELECT_SNAPSHOT)
                .map_err(storage_error)?
                .query_row(params![room.as_str()], |row| {
                    Ok((
                        row.get::<_, i64>(0)?,
                        row.get::<_, i64>(1)?,
                        row.get::<_, Vec<u8>>(2)?,
                    ))
                })
                .optional()
                .map_err(storage_error)?;
            let covered = snapshot.as_ref().map(|(seq, _, _)| *seq);
            let mut updates = Vec::new();
            {
                let mut select = transaction
                    .prepare_cached(SELECT_UPDATES)
                    .map_err(storage_error)?;
                let mut rows = select
                    .query(params![room.as_str(), covered])
                    .map_err(storage_error)?;
                while let Some(row) = rows.next().map_err(storage_error)? {
                    updates.push(LoggedUpdate {
                        seq: to_u64(row.get(0).map_err(storage_error)?)?,
                        version: to_u64(row.get(1).map_err(storage_error)?)?,
                        update: row.get(2).map_err(storage_error)?,
                    });
                }
            }
            let snapshot = snapshot
                .map(|(seq, version, state)| {
                    Ok::<_, RepositoryError>(DocumentSnapshot {
                        seq: to_u64(seq)?,
                        version: to_u64(version)?,
                        state,
                    })
                })
                .transpose()?;
            Ok(StoredDocument { snapshot, updates })
        })
        .await
    }

    async fn compact(
        &self,
        room: &RoomId,
        snapshot: &DocumentSnapshot,
    ) -> Result<(), RepositoryError> {
        let (room, snapshot) = (room.clone(), snapshot.clone());
        self.with_connection(move |connection| {
            let (seq, version) = (to_i64(snapshot.seq)?, to_i64(snapshot.version)?);
            let transaction = connection
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(storage_error)?;
            transaction
                .prepare_cached(UPSERT_SNAPSHOT)
                .and_then(|mut upsert| {
                    upsert.execute(params![room.as_str(), seq, version, snapshot.state])
                })
                .map_err(storage_error)?;
            // When the stored snapshot was newer and kept, it covers at least as much as this one, so these
            // entries are covered either way (and were most likely deleted by that compaction already).
            transaction
                .prepare_cached(DELETE_COVERED_UPDATES)
                .and_then(|mut delete| delete.execute(params![room.as_str(), seq]))
                .map_err(storage_error)?;
            transaction.commit().map_err(storage_error)?;
            // Gives the pages the deleted entries held back to the file system (a database in incremental
            // auto-vacuum mode; elsewhere a no-op). The file shrinks at the next checkpoint.
            connection
                .execute_batch("PRAGMA incremental_vacuum")
                .map_err(storage_error)
        })
        .await
    }

    async fn logged_versions(&self) -> Result<Vec<(RoomId, u64)>, RepositoryError> {
        self.with_connection(|connection| {
            let mut select = connection
                .prepare_cached(SELECT_LOGGED_VERSIONS)
                .map_err(storage_error)?;
            let mut rows = select.query([]).map_err(storage_error)?;
            let mut versions = Vec::new();
            while let Some(row) = rows.next().map_err(storage_error)? {
                let raw_id: String = row.get(0).map_err(storage_error)?;
                let version = to_u64(row.get(1).map_err(storage_error)?)?;
                // One unreadable room must not keep start-up from repairing the others: it is reported and
                // left as it is.
                match RoomId::parse(&raw_id) {
                    Ok(room) => versions.push((room, version)),
                    Err(error) => {
                        tracing::warn!(room = raw_id, %error, "skipping a logged room with an invalid id");
                    }
                }
            }
            Ok(versions)
        })
        .await
    }
}
