//! The checkpointer: a thread that copies the WAL back into the database file once a second, so the store's
//! writers never do it themselves.
//!
//! SQLite's automatic checkpoint runs inside whichever commit crosses the WAL's size threshold, and takes that
//! commit from microseconds to milliseconds (it syncs the WAL and the database). Appends run on the server's
//! own threads (see the crate's doc), so that pause would stall every connection of a thread; here it costs a
//! thread of its own. A `PASSIVE` checkpoint never waits for writers or readers, and copies what it can; the
//! next one copies the rest, and SQLite starts the WAL over from its beginning once all of it is copied.

use std::{
    path::Path,
    sync::mpsc::{self, RecvTimeoutError},
    thread,
    time::Duration,
};

use domain::error::RepositoryError;
use rusqlite::Connection;

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
        let connection = Connection::open(path).map_err(|error| {
            RepositoryError::Unavailable(format!(
                "cannot open SQLite database {} for checkpoints: {error}",
                path.display()
            ))
        })?;
        let (stop, stopped) = mpsc::channel();
        let thread = thread::Builder::new()
            .name("sqlite-checkpoint".to_owned())
            .spawn(move || run(&connection, &stopped))
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

fn run(connection: &Connection, stopped: &mpsc::Receiver<()>) {
    loop {
        let last = match stopped.recv_timeout(INTERVAL) {
            Err(RecvTimeoutError::Timeout) => false,
            Ok(()) | Err(RecvTimeoutError::Disconnected) => true,
        };
        // A failed checkpoint loses nothing (the WAL keeps the frames, and the next one retries).
        if let Err(error) = connection.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(())) {
            tracing::warn!(%error, "SQLite checkpoint failed; will retry");
        }
        if last {
            return;
        }
    }
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
}
