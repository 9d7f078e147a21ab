//! The [`TokenLedger`] port on SQLite: the share links minted and the tokens revoked, in the `share_tokens`
//! table of the store's file (created by the crate's schema), so a revocation survives a restart.
//!
//! One row per token id: minting sets its `room_id`, revoking sets `revoked`, and each keeps the later
//! `expires_at`. Rows are deleted [`TOKEN_LEDGER_GRACE_MS`] after their expiry by the writes themselves, every
//! [`PRUNE_EVERY`] of them (starting with the first), through the index on `expires_at`: the table holds
//! about the links minted within the longest share lifetime, whatever the traffic.

use std::sync::{
    Arc,
    atomic::{AtomicUsize, Ordering},
};

use async_trait::async_trait;
use domain::{
    RoomId, Timestamp,
    error::RepositoryError,
    ports::{Clock, TOKEN_LEDGER_GRACE_MS, TokenLedger},
};
use rusqlite::{Connection, OptionalExtension, params};

use crate::{SqliteRoomRepository, storage_error};

/// How many writes between two deletions of expired rows.
const PRUNE_EVERY: usize = 64;

const RECORD_ISSUED: &str = "INSERT INTO share_tokens (token_id, room_id, expires_at) VALUES (?1, ?2, ?3) \
     ON CONFLICT (token_id) DO UPDATE SET room_id = excluded.room_id, \
     expires_at = max(expires_at, excluded.expires_at)";

const REVOKE: &str = "INSERT INTO share_tokens (token_id, expires_at, revoked) VALUES (?1, ?2, 1) \
     ON CONFLICT (token_id) DO UPDATE SET revoked = 1, expires_at = max(expires_at, excluded.expires_at)";

const ISSUED_FOR: &str = "SELECT room_id, expires_at FROM share_tokens \
     WHERE token_id = ?1 AND room_id IS NOT NULL AND expires_at >= ?2";

const IS_REVOKED: &str = "SELECT revoked FROM share_tokens WHERE token_id = ?1";

const PRUNE: &str = "DELETE FROM share_tokens WHERE expires_at < ?1";

/// The ledger of share tokens in the store's SQLite file, sharing its connection.
pub struct SqliteTokenLedger {
    store: SqliteRoomRepository,
    clock: Arc<dyn Clock>,
    /// Writes so far, to prune on every [`PRUNE_EVERY`]th.
    writes: AtomicUsize,
}

impl std::fmt::Debug for SqliteTokenLedger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteTokenLedger")
            .field("store", &self.store)
            .finish_non_exhaustive()
    }
}

impl SqliteRoomRepository {
    /// The ledger of share tokens kept in this store's file, reading the time from `clock` (to leave out
    /// expired links, and to drop old rows).
    #[must_use]
    pub fn token_ledger(&self, clock: Arc<dyn Clock>) -> SqliteTokenLedger {
        SqliteTokenLedger {
            store: self.clone(),
            clock,
            writes: AtomicUsize::new(0),
        }
    }
}

impl SqliteTokenLedger {
    /// Runs `statement` with `token_id` and `expires_at`, deleting expired rows first when it is their turn.
    async fn write(
        &self,
        statement: &'static str,
        token_id: &str,
        room: Option<&RoomId>,
        expires_at: Timestamp,
    ) -> Result<(), RepositoryError> {
        let prune_before = self
            .writes
            .fetch_add(1, Ordering::Relaxed)
            .is_multiple_of(PRUNE_EVERY)
            .then(|| {
                self.clock
                    .now()
                    .as_millis()
                    .saturating_sub(TOKEN_LEDGER_GRACE_MS)
            });
        let token_id = token_id.to_owned();
        let room = room.map(|room| room.as_str().to_owned());
        self.store
            .with_connection(move |connection| {
                if let Some(cutoff) = prune_before {
                    prune(connection, cutoff)?;
                }
                let mut insert = connection
                    .prepare_cached(statement)
                    .map_err(storage_error)?;
                match room {
                    Some(room) => insert.execute(params![token_id, room, expires_at.as_millis()]),
                    None => insert.execute(params![token_id, expires_at.as_millis()]),
                }
                .map(drop)
                .map_err(storage_error)
            })
            .await
    }
}

fn prune(connection: &Connection, cutoff: i64) -> Result<(), RepositoryError> {
    let deleted = connection
        .prepare_cached(PRUNE)
        .and_then(|mut delete| delete.execute(params![cutoff]))
        .map_err(storage_error)?;
    if deleted > 0 {
        tracing::debug!(deleted, "dropped expired share tokens");
    }
    Ok(())
}

#[async_trait]
impl TokenLedger for SqliteTokenLedger {
    async fn record_issued(
        &self,
        token_id: &str,
        room: &RoomId,
        expires_at: Timestamp,
    ) -> Result<(), RepositoryError> {
        self.write(RECORD_ISSUED, token_id, Some(room), expires_at)
            .await
    }

    async fn issued_for(
        &self,
        token_id: &str,
    ) -> Result<Option<(RoomId, Timestamp)>, RepositoryError> {
        let (token_id, now) = (token_id.to_owned(), self.clock.now().as_millis());
        let row = self
            .store
            .with_free_connection(move |connection| {
                connection
                    .prepare_cached(ISSUED_FOR)
                    .and_then(|mut select| {
                        select
                            .query_row(params![token_id, now], |row| {
                                Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?))
                            })
                            .optional()
                    })
                    .map_err(storage_error)
            })
            .await?;
        row.map(|(room, expires_at)| {
            let room = RoomId::parse(&room).map_err(|error| {
                RepositoryError::Corrupt(format!("share token of room {room:?}: {error}"))
            })?;
            Ok((room, Timestamp::from_millis(expires_at)))
        })
        .transpose()
    }

    async fn revoke(&self, token_id: &str, expires_at: Timestamp) -> Result<(), RepositoryError> {
        self.write(REVOKE, token_id, None, expires_at).await
    }

    async fn is_revoked(&self, token_id: &str) -> Result<bool, RepositoryError> {
        let token_id = token_id.to_owned();
        // Asked on every request with a token: one indexed lookup, run where the caller is when the
        // connection is free.
        self.store
            .with_free_connection(move |connection| {
                connection
                    .prepare_cached(IS_REVOKED)
                    .and_then(|mut select| {
                        select
                            .query_row(params![token_id], |row| row.get::<_, bool>(0))
                            .optional()
                    })
                    .map(|revoked| revoked.unwrap_or(false))
                    .map_err(storage_error)
            })
            .await
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::AtomicI64;

    use super::*;

    /// A clock the test moves.
    struct TestClock(AtomicI64);

    impl Clock for TestClock {
        fn now(&self) -> Timestamp {
            Timestamp::from_millis(self.0.load(Ordering::SeqCst))
        }
    }

    async fn rows(store: &SqliteRoomRepository) -> i64 {
        store
            .with_connection(|connection| {
                connection
                    .query_row("SELECT COUNT(*) FROM share_tokens", [], |row| row.get(0))
                    .map_err(storage_error)
            })
            .await
            .expect("count")
    }

    #[tokio::test]
    async fn rows_are_deleted_by_later_writes_once_past_expiry_and_grace() {
        let directory = tempfile::tempdir().expect("a temporary directory");
        let store = SqliteRoomRepository::open(directory.path().join("rooms.sqlite3"))
            .await
            .expect("open");
        let clock = Arc::new(TestClock(AtomicI64::new(1_000_000)));
        let ledger = store.token_ledger(clock.clone());
        let room = RoomId::parse("prunable").expect("room id");
        let expired = Timestamp::from_millis(1_001_000);
        ledger
            .record_issued("old-link", &room, expired)
            .await
            .expect("record");
        ledger.revoke("old-link", expired).await.expect("revoke");

        clock
            .0
            .store(1_001_000 + TOKEN_LEDGER_GRACE_MS + 1, Ordering::SeqCst);
        let live = Timestamp::from_millis(10_000_000);
        for index in 0..PRUNE_EVERY {
            ledger
                .record_issued(&format!("new-link-{index}"), &room, live)
                .await
                .expect("record");
        }
        assert!(!ledger.is_revoked("old-link").await.expect("is_revoked"));
        assert_eq!(
            rows(&store).await,
            i64::try_from(PRUNE_EVERY).expect("small")
        );
    }
}
