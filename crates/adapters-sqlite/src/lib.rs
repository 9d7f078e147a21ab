//! The embedded SQLite room store: durable rooms with no server to run, pairprog's default.
//!
//! One database file in WAL mode holds a `rooms` table mirroring the spec's MongoDB collection (`room_id`,
//! `code`, `created_at`, `updated_at`, plus `version`), the two tables of each room's document history:
//! `room_updates` (the update log) and `room_snapshots` (the latest compaction), and the two of its user-facing
//! history (module `history`): `room_versions` and `room_attributions`, and the ledger of share links
//! (module `token_ledger`): `share_tokens`. This module opens the file and implements [`RoomRepository`];
//! `update_log` implements [`UpdateLog`](domain::ports::UpdateLog) on the same store, and [`SqliteTokenLedger`]
//! the [`TokenLedger`](domain::ports::TokenLedger) on its connection. SQLite calls block, so each runs on tokio's blocking pool; one connection behind a mutex is
//! enough, because SQLite serialises writers anyway and the reads here are short indexed lookups.
//!
//! The exception is the hot path, appending a keystroke to the update log: that commit takes microseconds
//! (no `fsync` in WAL mode with `synchronous=NORMAL`), less than handing it to another thread and back, so it
//! runs on the caller's thread whenever the connection is free. What could make a commit slow, a checkpoint
//! (copying the WAL back into the database, with `fsync`s), is kept off that path: automatic checkpoints are
//! off, and a background thread with its own connection checkpoints the WAL once a second.

mod checkpoint;

mod history;
mod token_ledger;
mod update_log;

pub use token_ledger::SqliteTokenLedger;

use std::{
    path::{Path, PathBuf},
    sync::{Arc, Mutex, PoisonError, TryLockError},
};

use async_trait::async_trait;
use domain::{Room, RoomId, Timestamp, error::RepositoryError, ports::RoomRepository};
use rusqlite::{Connection, ErrorCode, OptionalExtension, ffi, params};

/// The size the WAL is cut back to after a burst (SQLite's `journal_size_limit`, and the checkpointer's).
const WAL_SIZE_LIMIT: u32 = 4 * 1024 * 1024;

/// How long a statement waits for a lock held by another process (say, a backup tool) before failing.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS rooms (
    room_id    TEXT PRIMARY KEY NOT NULL,
    code       TEXT NOT NULL DEFAULT '',
    version    INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    owner      TEXT
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

-- The expiry sweep looks for rooms by their last change.
CREATE INDEX IF NOT EXISTS rooms_updated_at ON rooms (updated_at);

-- Saved versions: each holds its code, so compaction of the log never touches them. `id` is a UUIDv7 whose text
-- sorts by time: a room's newest versions are the end of its range of the key.
CREATE TABLE IF NOT EXISTS room_versions (
    room_id      TEXT NOT NULL,
    id           TEXT NOT NULL,
    kind         TEXT NOT NULL,
    name         TEXT,
    author       TEXT,
    created_at   INTEGER NOT NULL,
    room_version INTEGER NOT NULL,
    code         TEXT NOT NULL,
    PRIMARY KEY (room_id, id)
) STRICT;
CREATE INDEX IF NOT EXISTS room_versions_created_at ON room_versions (created_at);

-- Who made each logged update, when and how, with the CRDT items it inserted and those beside which it deleted
-- text of their line (`touched`), 16 bytes per span. Kept when the
-- log is compacted: blame looks characters up here by their item ids.
CREATE TABLE IF NOT EXISTS room_attributions (
    room_id  TEXT NOT NULL,
    seq      INTEGER NOT NULL,
    version  INTEGER NOT NULL,
    author   TEXT,
    protocol TEXT,
    at       INTEGER NOT NULL,
    items    BLOB NOT NULL,
    touched  BLOB NOT NULL DEFAULT x'',
    PRIMARY KEY (room_id, seq)
) STRICT, WITHOUT ROWID;

-- The ledger of share links (module `token_ledger`): one row per token id (`jti`), with the room a link was
-- minted for (NULL for a token revoked but not minted here) and whether it was revoked. A row is deleted
-- `TOKEN_LEDGER_GRACE_MS` after `expires_at`, found by the index.
CREATE TABLE IF NOT EXISTS share_tokens (
    token_id   TEXT PRIMARY KEY NOT NULL,
    room_id    TEXT,
    expires_at INTEGER NOT NULL,
    revoked    INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX IF NOT EXISTS share_tokens_expires_at ON share_tokens (expires_at);
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
        .and_then(|()| connection.pragma_update(None, "journal_size_limit", WAL_SIZE_LIMIT))
        .map_err(|error| unavailable(&error))?;
    connection
        .execute_batch(SCHEMA)
        .and_then(|()| add_owner_column(&connection))
        .map_err(|error| unavailable(&error))?;
    Ok(connection)
}

/// Adds the `owner` column (the subject of the token that created the room, access control's) to a `rooms`
/// table made before it existed. Rooms already there keep no owner.
fn add_owner_column(connection: &Connection) -> rusqlite::Result<()> {
    let has_owner: bool = connection.query_row(
        "SELECT COUNT(*) > 0 FROM pragma_table_info('rooms') WHERE name = 'owner'",
        [],
        |row| row.get(0),
    )?;
    if !has_owner {
        connection.execute_batch("ALTER TABLE rooms ADD COLUMN owner TEXT")?;
    }
    Ok(())
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
        self.with_connection(|connection| {
            connection
                .execute_batch(SCHEMA)
                .and_then(|()| add_owner_column(connection))
                .map_err(storage_error)
        })
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

    async fn insert_owned(&self, room: &Room, owner: &str) -> Result<(), RepositoryError> {
        let (room, owner) = (room.clone(), owner.to_owned());
        self.with_connection(move |connection| {
            connection
                .execute(
                    "INSERT INTO rooms (room_id, code, version, created_at, updated_at, owner) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![
                        room.id.as_str(),
                        room.code,
                        to_i64(room.version)?,
                        room.created_at.as_millis(),
                        room.updated_at.as_millis(),
                        owner
                    ],
                )
                .map(drop)
                .map_err(storage_error)
        })
        .await
    }

    async fn owner(&self, id: &RoomId) -> Result<Option<String>, RepositoryError> {
        let id = id.clone();
        self.with_connection(move |connection| {
            connection
                .query_row(
                    "SELECT owner FROM rooms WHERE room_id = ?1",
                    params![id.as_str()],
                    |row| row.get::<_, Option<String>>(0),
                )
                .optional()
                .map(Option::flatten)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_file_from_before_owners_gets_the_column_and_keeps_its_rooms() {
        let directory = tempfile::tempdir().expect("a temporary directory");
        let path = directory.path().join("old.sqlite3");
        {
            let old = Connection::open(&path).expect("open");
            old.execute_batch(
                "CREATE TABLE rooms (room_id TEXT PRIMARY KEY NOT NULL, code TEXT NOT NULL DEFAULT '', \
                 version INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL) STRICT;
                 INSERT INTO rooms VALUES ('oldroom1', 'kept', 3, 1, 2);",
            )
            .expect("the old schema");
        }
        let store = SqliteRoomRepository::open(&path).await.expect("opens");
        let old = RoomId::parse("oldroom1").expect("id");
        assert_eq!(
            store.find(&old).await.expect("find").map(|room| room.code),
            Some("kept".to_owned())
        );
        assert_eq!(store.owner(&old).await.expect("owner"), None);
        let owned = Room::new(
            RoomId::parse("newroom1").expect("id"),
            Timestamp::from_millis(5),
        );
        store.insert_owned(&owned, "ada").await.expect("insert");
        assert_eq!(
            store.owner(&owned.id).await.expect("owner").as_deref(),
            Some("ada")
        );
        store.prepare().await.expect("prepare again");
    }
}
