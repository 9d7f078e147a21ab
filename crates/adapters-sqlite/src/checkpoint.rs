//! The checkpointer: a thread that copies the WAL back into the database file once a second, so the store's
//! writers never do it themselves.
//!
//! SQLite's automatic checkpoint runs inside whichever commit crosses the WAL's size threshold, and takes that
//! commit from microseconds to milliseconds (it syncs the WAL and the database). Appends run on the server's
//! own threads (see the crate's doc), so that pause would stall every connection of a thread; here it costs a
//! thread of its own. A `PASSIVE` checkpoint never waits for writers or readers, and copies what it can; the
//! next one copies the rest, and SQLite starts the WAL over from its beginning once all of it is copied.
//!
//! Starting over keeps the file's size, and SQLite cuts it back to the store's limit only at the next write
//! after that: a burst that grew the WAL past the limit, then quiet, would leave it large for as long as the
//! store stays idle. So once a checkpoint has copied everything and the file is still over the limit, a
//! `TRUNCATE` checkpoint empties it. It needs the write lock and no readers, and does not wait for either
//! (this connection has no busy timeout): when busy it gives up, and the next second tries again.

use std::{
    path::{Path, PathBuf},
    sync::mpsc::{self, RecvTimeoutError},
    thread,
    time::Duration,
};

use domain::error::RepositoryError;
use rusqlite::Connection;

use crate::WAL_SIZE_LIMIT;

/// How often the WAL is checkpointed.
const INTERVAL: Duration = Duration::from_secs(1);

/// A checkpointing thread; it checkpoints one last time and stops when this is dropped.
pub(crate) struct Checkpointer {
    stop: Option<mpsc::Sender<()>>,
    thread: Option<thread::JoinHandle<()>>,
}

impl Checkpointer {
    /// Opens a second connection to the database at `path` (already in WAL mode) and starts checkpointing.
    pub(crate) fn start(path: &Path) -> Result<Self, RepositoryError> {
        let unavailable = |error: rusqlite::Error| {
            RepositoryError::Unavailable(format!(
                "cannot open SQLite database {} for checkpoints: {error}",
                path.display()
            ))
        };
        let connection = Connection::open(path).map_err(unavailable)?;
        connection
            .busy_timeout(Duration::ZERO)
            .map_err(unavailable)?;
        let mut wal = path.as_os_str().to_owned();
        wal.push("-wal");
        let wal = PathBuf::from(wal);
        let (stop, stopped) = mpsc::channel();
        let thread = thread::Builder::new()
            .name("sqlite-checkpoint".to_owned())
            .spawn(move || run(&connection, &wal, &stopped))
            .map_err(|error| RepositoryError::Other(Box::new(error)))?;
        Ok(Self {
            stop: Some(stop),
            thread: Some(thread),
        })
    }
}

impl Drop for Checkpointer {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn run(connection: &Connection, wal: &Path, stopped: &mpsc::Receiver<()>) {
    loop {
        let last = match stopped.recv_timeout(INTERVAL) {
            Err(RecvTimeoutError::Timeout) => false,
            Ok(()) | Err(RecvTimeoutError::Disconnected) => true,
        };
        // A failed checkpoint loses nothing (the WAL keeps the frames, and the next one retries).
        match checkpoint(connection, "PASSIVE") {
            Ok(true) if oversized(wal) => {
                // Busy (a writer or a reader came in since) is not a failure: the next round retries.
                if let Err(error) = checkpoint(connection, "TRUNCATE") {
                    tracing::warn!(%error, "SQLite WAL truncation failed; will retry");
                }
            }
            Ok(_) => {}
            Err(error) => tracing::warn!(%error, "SQLite checkpoint failed; will retry"),
        }
        if last {
            return;
        }
    }
}

/// Runs a checkpoint in `mode`; true when it copied every frame of the WAL.
fn checkpoint(connection: &Connection, mode: &str) -> rusqlite::Result<bool> {
    // The pragma answers (busy, frames in the WAL, frames copied).
    connection.query_row(&format!("PRAGMA wal_checkpoint({mode})"), [], |row| {
        let (busy, logged, copied) = (
            row.get::<_, i64>(0)?,
            row.get::<_, i64>(1)?,
            row.get::<_, i64>(2)?,
        );
        Ok(busy == 0 && logged == copied)
    })
}

/// Whether the WAL file is larger than the store lets it stay.
fn oversized(wal: &Path) -> bool {
    std::fs::metadata(wal).is_ok_and(|metadata| metadata.len() > u64::from(WAL_SIZE_LIMIT))
}

#[cfg(test)]
mod tests {
    use crate::SqliteRoomRepository;
    use domain::{
        RoomId,
        ports::{LoggedUpdate, UpdateLog},
    };

    #[tokio::test]
    async fn the_wal_is_checkpointed_in_the_background_while_appends_never_checkpoint() {
        let directory = tempfile::tempdir().expect("temporary directory");
        let path = directory.path().join("rooms.sqlite3");
        let store = SqliteRoomRepository::open(&path).await.expect("open");
        let room = RoomId::parse("abcd1234").expect("room id");
        for seq in 1..=2_000 {
            let entry = LoggedUpdate {
                seq,
                version: seq,
                update: vec![7; 40],
            };
            store.append(&room, &[entry]).await.expect("append");
        }
        let wal = path.with_extension("sqlite3-wal");
        // Past SQLite's automatic threshold (1,000 pages of 1 KiB): nothing but the checkpointer copies it back.
        let wal_bytes = std::fs::metadata(&wal).expect("wal").len();
        assert!(wal_bytes > 1_500_000, "WAL is {wal_bytes} bytes");
        tokio::time::sleep(super::INTERVAL * 2 + std::time::Duration::from_millis(200)).await;
        // The database file holds only the schema until a checkpoint copies the log's pages into it.
        let database = std::fs::metadata(&path).expect("database").len();
        assert!(database > 100 * 1024, "database file is {database} bytes");
        assert_eq!(store.load(&room).await.expect("load").updates.len(), 2_000);
    }

    #[tokio::test]
    async fn a_burst_past_the_wal_limit_is_truncated_once_the_store_is_quiet() {
        let directory = tempfile::tempdir().expect("temporary directory");
        let path = directory.path().join("rooms.sqlite3");
        let store = SqliteRoomRepository::open(&path).await.expect("open");
        let room = RoomId::parse("abcd1234").expect("room id");
        // One commit of 8 MiB: the WAL grows to hold it whole, past the 4 MiB limit.
        let burst: Vec<LoggedUpdate> = (1..=8)
            .map(|seq| LoggedUpdate {
                seq,
                version: seq,
                update: vec![7; 1024 * 1024],
            })
            .collect();
        store.append(&room, &burst).await.expect("append");
        let wal = path.with_extension("sqlite3-wal");
        let grown = std::fs::metadata(&wal).expect("wal").len();
        assert!(
            grown > u64::from(super::WAL_SIZE_LIMIT),
            "WAL is {grown} bytes"
        );
        // No write follows, so nothing but the checkpointer can cut it back.
        let deadline = std::time::Instant::now() + super::INTERVAL * 10;
        let mut size = grown;
        while size > u64::from(super::WAL_SIZE_LIMIT) && std::time::Instant::now() < deadline {
            tokio::time::sleep(super::INTERVAL / 4).await;
            size = std::fs::metadata(&wal).map_or(0, |metadata| metadata.len());
        }
        assert!(
            size <= u64::from(super::WAL_SIZE_LIMIT),
            "WAL still {size} bytes"
        );
        assert_eq!(store.load(&room).await.expect("load").updates.len(), 8);
    }
}
