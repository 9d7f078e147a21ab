//! The embedded SQLite room store: durable rooms with no server to run, pairprog's default.
//!
//! One database file in WAL mode holds a `rooms` table mirroring the spec's MongoDB collection (`room_id`,
//! `code`, `created_at`, `updated_at`, plus `version`), and the two tables of each room's document history:
//! `room_updates` (the update log) and `room_snapshots` (the latest compaction). This module opens the file
//! and implements [`RoomRepository`]; `update_log` implements [`UpdateLog`](domain::ports::UpdateLog) on the
//! same store. SQLite calls block, so each runs on tokio's blocking pool; one connection behind a mutex is
//! enough, because SQLite serialises writers anyway and the reads here are short indexed lookups.
//!
//! The exception is the hot path, appending a keystroke to the update log: that commit takes microseconds
//! (no `fsync` in WAL mode with `synchronous=NORMAL`), less than handing it to another thread and back, so it
//! runs on the caller's thread whenever the connection is free. What could make a commit slow, a checkpoint
//! (copying the WAL back into the database, with `fsync`s), is kept off that path: automatic checkpoints are
//! off, and a background thread with its own connection checkpoints the WAL once a second.

mod checkpoint;

mod update_log;

use std::{
    path::{Path, PathBuf},
    sync::{Arc, Mutex, PoisonError, TryLockError},
};

use async_trait::async_trait;
use domain::{Room, RoomId, Timestamp, error::RepositoryError, ports::RoomRepository};
use rusqlite::{Connection, ErrorCode, OptionalExtension, ffi, params};

/// How long a statement waits for a lock held by another process (say, a backup tool) before failing.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS rooms (
    room_id    TEXT PRIMARY KEY NOT NULL,
    code       TEXT NOT NULL DEFAULT '',
    version    INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;

-- The update log: one row per Yjs update. Keyed by (room_id, seq), so a second writer of the same seq is a
-- primary-key violation, and a room's entries are one range of the key, read in order without sorting.
-- WITHOUT ROWID stores rows in that key's b-tree instead of beside a second index; most updates are a few
-- dozen bytes (a keystroke), and the rare large one (a paste) spills to overflow pages as in any table.
CREATE TABLE IF NOT EXISTS room_updates (
    room_id TEXT NOT NULL,
    seq     INTEGER NOT NULL,
    version INTEGER NOT NULL,
    data    BLOB NOT NULL,
    PRIMARY KEY (room_id, seq)
) STRICT, WITHOUT ROWID;

-- The latest compaction of each room: the state of every update up to `seq`.
CREATE TABLE IF NOT EXISTS room_snapshots (
    room_id TEXT PRIMARY KEY NOT NULL,
    seq     INTEGER NOT NULL,
    version INTEGER NOT NULL,
    state   BLOB NOT NULL
) STRICT;
";

/// A room store in one SQLite file.
#[derive(Clone)]
pub struct SqliteRoomRepository {
    connection: Arc<Mutex<Connection>>,
    path: PathBuf,
    /// Stops the checkpointer when the last clone of the store is dropped.
    _checkpointer: Arc<checkpoint::Checkpointer>,
}

impl std::fmt::Debug for SqliteRoomRepository {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteRoomRepository")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl SqliteRoomRepository {
    /// Opens (creating if needed, with its parent directories) the database at `path` in WAL mode.
    ///
    /// # Errors
    /// [`RepositoryError::Unavailable`] when the file cannot be created or opened as a SQLite database.
    pub async fn open(path: impl AsRef<Path>) -> Result<Self, RepositoryError> {
        let path = path.as_ref().to_path_buf();
        let opened = path.clone();
        let (connection, checkpointer) = tokio::task::spawn_blocking(move || {
            let connection = open_connection(&opened)?;
            let checkpointer = checkpoint::Checkpointer::start(&opened)?;
            Ok::<_, RepositoryError>((connection, checkpointer))
        })
        .await
        .map_err(|join| RepositoryError::Other(Box::new(join)))??;
        Ok(Self {
            connection: Arc::new(Mutex::new(connection)),
            path,
            _checkpointer: Arc::new(checkpointer),
        })
    }

    /// The file this store writes to.
    #[must_use]
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `work` with the connection on the blocking pool.
    pub(crate) async fn with_connection<T, F>(&self, work: F) -> Result<T, RepositoryError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, RepositoryError> + Send + 'static,
    {
        let connection = Arc::clone(&self.connection);
        tokio::task::spawn_blocking(move || {
            // A panic mid-statement leaves SQLite itself consistent (the statement is rolled back), so the
            // connection stays usable after poisoning.
            let mut connection = connection.lock().unwrap_or_else(PoisonError::into_inner);
            work(&mut connection)
        })
        .await
        .map_err(|join| RepositoryError::Other(Box::new(join)))?
    }

    /// Runs `work` with the connection on the calling thread when nobody holds it, else like
    /// [`Self::with_connection`]: for statements too short to be worth a trip to the blocking pool, which must
    /// not stall the caller's thread behind a long one either.
    pub(crate) async fn with_free_connection<T, F>(&self, work: F) -> Result<T, RepositoryError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, RepositoryError> + Send + 'static,
    {
        let work = {
            let held = match self.connection.try_lock() {
                Ok(connection) => Some(connection),
                Err(TryLockError::Poisoned(poisoned)) => Some(poisoned.into_inner()),
                Err(TryLockError::WouldBlock) => None,
            };
            match held {
                Some(mut connection) => return work(&mut connection),
                None => work,
            }
        };
        self.with_connection(work).await
    }
}

fn open_connection(path: &Path) -> Result<Connection, RepositoryError> {
    let unavailable = |cause: &dyn std::fmt::Display| {
        RepositoryError::Unavailable(format!(
            "cannot open SQLite database {}: {cause}",
            path.display()
        ))
    };
    if let Some(parent) = path
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
    {
        std::fs::create_dir_all(parent).map_err(|error| unavailable(&error))?;
    }
    let connection = Connection::open(path).map_err(|error| unavailable(&error))?;
    connection
        .busy_timeout(BUSY_TIMEOUT)
        .map_err(|error| unavailable(&error))?;
    // WAL lets readers proceed during a write; NORMAL sync in WAL mode loses nothing on a process crash,
    // only (at worst) the last commits on a power failure.
    // Small pages for a new file (an existing one keeps its own): each commit of the log writes its changed
    // b-tree pages whole to the WAL, and a keystroke changes one leaf; 1 KiB pages make that append about a
    // third cheaper than the default 4 KiB (measured: 12.7 -> 8.7 µs), at the price of longer overflow chains
    // for large texts and snapshots, read once per room load. Checkpoints are the checkpointer thread's (see
    // the module comment).
    //
    // Incremental auto-vacuum, also for a new file only (an existing one keeps its mode until a `VACUUM`):
    // pages that compaction frees are returned to the file system by the `incremental_vacuum` after it,
    // instead of staying in the file for ever (100 updates of 1 MB left 115 MiB behind).
    // Asked only of a new (empty) file: on an existing one the pragma would be a write, which a read-only
    // store refuses.
    let fresh = connection
        .query_row("PRAGMA page_count", [], |row| row.get::<_, i64>(0))
        .map_err(|error| unavailable(&error))?
        == 0;
    if fresh {
        connection
            .pragma_update(None, "auto_vacuum", "INCREMENTAL")
            .map_err(|error| unavailable(&error))?;
    }
    connection
        .pragma_update(None, "page_size", 1024)
        .and_then(|()| connection.pragma_update(None, "journal_mode", "WAL"))
        .and_then(|()| connection.pragma_update(None, "synchronous", "NORMAL"))
        .and_then(|()| connection.pragma_update(None, "wal_autocheckpoint", 0))
        // The WAL is reused from its start after a complete checkpoint, but keeps the size of its largest
        // burst; past this it is cut back then.
        .and_then(|()| connection.pragma_update(None, "journal_size_limit", 4 * 1024 * 1024))
        .map_err(|error| unavailable(&error))?;
    connection
        .execute_batch(SCHEMA)
        .map_err(|error| unavailable(&error))?;
    Ok(connection)
}

/// Maps a SQLite failure onto the port's error kinds.
///
/// Only a primary-key or unique violation is a [`RepositoryError::Duplicate`]: the other constraints (`NOT
/// NULL`, `STRICT` column types) failing means a bug or a tampered file, not a second writer.
pub(crate) fn storage_error(error: rusqlite::Error) -> RepositoryError {
    let extended_code = error.sqlite_error().map(|failure| failure.extended_code);
    if matches!(
        extended_code,
        Some(ffi::SQLITE_CONSTRAINT_PRIMARYKEY | ffi::SQLITE_CONSTRAINT_UNIQUE)
    ) {
        return RepositoryError::Duplicate;
    }
    match error.sqlite_error_code() {
        Some(
            ErrorCode::DatabaseBusy
            | ErrorCode::DatabaseLocked
            | ErrorCode::CannotOpen
            | ErrorCode::DiskFull
            | ErrorCode::ReadOnly
            | ErrorCode::SystemIoFailure,
        ) => RepositoryError::Unavailable(error.to_string()),
        _ => RepositoryError::Other(Box::new(error)),
    }
}

/// Reads back a counter (a version, a log position) that SQLite stores as a signed integer.
pub(crate) fn to_u64(stored: i64) -> Result<u64, RepositoryError> {
    u64::try_from(stored)
        .map_err(|_| RepositoryError::Corrupt(format!("negative counter {stored}")))
}

/// A counter (a version, a log position) as SQLite's signed 64-bit integer.
pub(crate) fn to_i64(counter: u64) -> Result<i64, RepositoryError> {
    i64::try_from(counter)
        .map_err(|_| RepositoryError::Corrupt(format!("counter {counter} does not fit SQLite")))
}

#[async_trait]
impl RoomRepository for SqliteRoomRepository {
    async fn prepare(&self) -> Result<(), RepositoryError> {
        self.with_connection(|connection| connection.execute_batch(SCHEMA).map_err(storage_error))
            .await
    }

    async fn ping(&self) -> Result<(), RepositoryError> {
        self.with_connection(|connection| {
            connection
                .query_row("SELECT 1", [], |_| Ok(()))
                .map_err(|error| RepositoryError::Unavailable(error.to_string()))
        })
        .await
    }

    async fn insert(&self, room: &Room) -> Result<(), RepositoryError> {
        let room = room.clone();
        self.with_connection(move |connection| {
            connection
                .execute(
                    "INSERT INTO rooms (room_id, code, version, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![
                        room.id.as_str(),
                        room.code,
                        to_i64(room.version)?,
                        room.created_at.as_millis(),
                        room.updated_at.as_millis()
                    ],
                )
                .map(drop)
                .map_err(storage_error)
        })
        .await
    }

    async fn find(&self, id: &RoomId) -> Result<Option<Room>, RepositoryError> {
        let id = id.clone();
        self.with_connection(move |connection| {
            let row = connection
                .query_row(
                    "SELECT code, version, created_at, updated_at FROM rooms WHERE room_id = ?1",
                    params![id.as_str()],
                    |row| {
                        Ok((
                            row.get::<_, String>(0)?,
                            row.get::<_, i64>(1)?,
                            row.get::<_, i64>(2)?,
                            row.get::<_, i64>(3)?,
                        ))
                    },
                )
                .optional()
                .map_err(storage_error)?;
            row.map(|(code, version, created_at, updated_at)| {
                Ok(Room {
                    id: id.clone(),
                    code,
                    version: to_u64(version)?,
                    created_at: Timestamp::from_millis(created_at),
                    updated_at: Timestamp::from_millis(updated_at),
                })
            })
            .transpose()
        })
        .await
    }

    async fn save_code(
        &self,
        id: &RoomId,
        code: &str,
        version: u64,
        updated_at: Timestamp,
    ) -> Result<(), RepositoryError> {
        let (id, code) = (id.clone(), code.to_owned());
        self.with_connection(move |connection| {
            let changed = connection
                .execute(
                    "UPDATE rooms SET code = ?2, version = ?3, updated_at = ?4 WHERE room_id = ?1",
                    params![id.as_str(), code, to_i64(version)?, updated_at.as_millis()],
                )
                .map_err(storage_error)?;
            if changed == 0 {
                Err(RepositoryError::NotFound)
            } else {
                Ok(())
            }
        })
        .await
    }
}
