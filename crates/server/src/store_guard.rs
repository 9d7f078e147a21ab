//! The store as the services see it: every call a request or an edit waits for is bounded by `STORE_TIMEOUT_MS`;
//! update-log appends are timed and counted for `/metrics`. The ledger of share tokens, kept in the same
//! database and asked on every request with a token, is bounded the same way ([`GuardedLedger`]).
//!
//! A store that stops answering (MongoDB down, a disk stalled) must not hold a request, an edit or a health
//! check for the driver's own timeouts (tens of seconds): past the bound the call fails with
//! [`RepositoryError::Unavailable`], which the edges already answer as 503 or a WebSocket error, and the next
//! call tries again, so service resumes by itself when the store answers again.

use std::{future::Future, sync::Arc, time::Duration};

use async_trait::async_trait;
use domain::{
    RepositoryError, RoomId, Timestamp,
    history::{AttributedUpdate, Version, VersionId, VersionSummary},
    ports::{
        DocumentSnapshot, HistoryStore, LoggedUpdate, RoomRepository, Store, StoredDocument,
        TokenLedger, UpdateLog,
    },
    room::Room,
};
use tokio::time::Instant;

use crate::prometheus;

/// A store whose calls fail as unavailable after a timeout.
pub struct GuardedStore {
    inner: Arc<dyn Store>,
    timeout: Duration,
}

impl GuardedStore {
    /// `inner`, with every call bounded by `timeout`.
    #[must_use]
    pub fn new(inner: Arc<dyn Store>, timeout: Duration) -> Self {
        Self { inner, timeout }
    }

    /// `inner` guarded, as the services take it.
    #[must_use]
    pub fn wrap(inner: Arc<dyn Store>, timeout: Duration) -> Arc<dyn Store> {
        Arc::new(Self::new(inner, timeout))
    }

    async fn bounded<T>(
        &self,
        operation: &'static str,
        call: impl Future<Output = Result<T, RepositoryError>>,
    ) -> Result<T, RepositoryError> {
        bounded(self.timeout, operation, call).await
    }
}

/// `call`'s result, or [`RepositoryError::Unavailable`] (counted for `/metrics`) when it takes over `timeout`.
async fn bounded<T>(
    timeout: Duration,
    operation: &'static str,
    call: impl Future<Output = Result<T, RepositoryError>>,
) -> Result<T, RepositoryError> {
    if let Ok(result) = tokio::time::timeout(timeout, call).await {
        result
    } else {
        ::metrics::counter!(prometheus::STORE_TIMEOUTS, "operation" => operation).increment(1);
        Err(RepositoryError::Unavailable(format!(
            "the database did not answer within {} ms ({operation})",
            timeout.as_millis()
        )))
    }
}

/// A ledger of share tokens whose calls fail as unavailable after a timeout.
pub struct GuardedLedger {
    inner: Arc<dyn TokenLedger>,
    timeout: Duration,
}

impl GuardedLedger {
    /// `inner` guarded by `timeout`, as the access rules take it.
    #[must_use]
    pub fn wrap(inner: Arc<dyn TokenLedger>, timeout: Duration) -> Arc<dyn TokenLedger> {
        Arc::new(Self { inner, timeout })
    }
}

#[async_trait]
impl TokenLedger for GuardedLedger {
    async fn record_issued(
        &self,
        token_id: &str,
        room: &RoomId,
        expires_at: Timestamp,
    ) -> Result<(), RepositoryError> {
        bounded(
            self.timeout,
            "record_issued",
            self.inner.record_issued(token_id, room, expires_at),
        )
        .await
    }

    async fn issued_for(
        &self,
        token_id: &str,
    ) -> Result<Option<(RoomId, Timestamp)>, RepositoryError> {
        bounded(self.timeout, "issued_for", self.inner.issued_for(token_id)).await
    }

    async fn revoke(&self, token_id: &str, expires_at: Timestamp) -> Result<(), RepositoryError> {
        bounded(
            self.timeout,
            "revoke",
            self.inner.revoke(token_id, expires_at),
        )
        .await
    }

    async fn is_revoked(&self, token_id: &str) -> Result<bool, RepositoryError> {
        bounded(self.timeout, "is_revoked", self.inner.is_revoked(token_id)).await
    }
}

#[async_trait]
impl RoomRepository for GuardedStore {
    // Start-up work, not a request's: creating indexes on a large collection may rightly take longer than a
    // request may wait, and nobody is waiting for an answer.
    async fn prepare(&self) -> Result<(), RepositoryError> {
        self.inner.prepare().await
    }

    async fn ping(&self) -> Result<(), RepositoryError> {
        self.bounded("ping", self.inner.ping()).await
    }

    async fn insert(&self, room: &Room) -> Result<(), RepositoryError> {
        self.bounded("insert", self.inner.insert(room)).await
    }

    async fn insert_owned(&self, room: &Room, owner: &str) -> Result<(), RepositoryError> {
        self.bounded("insert", self.inner.insert_owned(room, owner))
            .await
    }

    async fn owner(&self, id: &RoomId) -> Result<Option<String>, RepositoryError> {
        self.bounded("owner", self.inner.owner(id)).await
    }

    async fn find(&self, id: &RoomId) -> Result<Option<Room>, RepositoryError> {
        self.bounded("find", self.inner.find(id)).await
    }

    async fn save_code(
        &self,
        id: &RoomId,
        code: &str,
        version: u64,
        updated_at: Timestamp,
    ) -> Result<(), RepositoryError> {
        self.bounded(
            "save_code",
            self.inner.save_code(id, code, version, updated_at),
        )
        .await
    }
}

#[async_trait]
impl UpdateLog for GuardedStore {
    async fn append(&self, room: &RoomId, entries: &[LoggedUpdate]) -> Result<(), RepositoryError> {
        let started = Instant::now();
        let appended = self
            .bounded("append", self.inner.append(room, entries))
            .await;
        ::metrics::histogram!(prometheus::LOG_APPEND_DURATION).record(started.elapsed());
        if appended.is_ok() {
            ::metrics::counter!(prometheus::EDITS).increment(entries.len() as u64);
        }
        appended
    }

    async fn load(&self, room: &RoomId) -> Result<StoredDocument, RepositoryError> {
        self.bounded("load", self.inner.load(room)).await
    }

    async fn compact(
        &self,
        room: &RoomId,
        snapshot: &DocumentSnapshot,
    ) -> Result<(), RepositoryError> {
        self.bounded("compact", self.inner.compact(room, snapshot))
            .await
    }

    // Read once, by the start-up recovery, over every room's log: on a large store a scan that must not be cut
    // short by a bound meant for requests.
    async fn logged_versions(&self) -> Result<Vec<(RoomId, u64)>, RepositoryError> {
        self.inner.logged_versions().await
    }
}

#[async_trait]
impl HistoryStore for GuardedStore {
    async fn save_version(&self, room: &RoomId, version: &Version) -> Result<(), RepositoryError> {
        self.bounded("save_version", self.inner.save_version(room, version))
            .await
    }

    async fn list_versions(
        &self,
        room: &RoomId,
        before: Option<VersionId>,
        limit: usize,
    ) -> Result<Vec<VersionSummary>, RepositoryError> {
        self.bounded(
            "list_versions",
            self.inner.list_versions(room, before, limit),
        )
        .await
    }

    async fn find_version(
        &self,
        room: &RoomId,
        id: VersionId,
    ) -> Result<Option<Version>, RepositoryError> {
        self.bounded("find_version", self.inner.find_version(room, id))
            .await
    }

    async fn prune_versions(
        &self,
        room: &RoomId,
        keep: usize,
        created_before: Option<Timestamp>,
    ) -> Result<u64, RepositoryError> {
        self.bounded(
            "prune_versions",
            self.inner.prune_versions(room, keep, created_before),
        )
        .await
    }

    // Background upkeep over every room, as `logged_versions`: not bounded by the request timeout.
    async fn prune_old_versions(&self, created_before: Timestamp) -> Result<u64, RepositoryError> {
        self.inner.prune_old_versions(created_before).await
    }

    async fn record_attributions(
        &self,
        room: &RoomId,
        records: &[AttributedUpdate],
    ) -> Result<(), RepositoryError> {
        self.bounded(
            "record_attributions",
            self.inner.record_attributions(room, records),
        )
        .await
    }

    async fn delete_attributions(
        &self,
        room: &RoomId,
        seqs: &[u64],
    ) -> Result<u64, RepositoryError> {
        self.bounded(
            "delete_attributions",
            self.inner.delete_attributions(room, seqs),
        )
        .await
    }

    async fn attributions(&self, room: &RoomId) -> Result<Vec<AttributedUpdate>, RepositoryError> {
        self.bounded("attributions", self.inner.attributions(room))
            .await
    }

    async fn delete_room(&self, room: &RoomId) -> Result<bool, RepositoryError> {
        self.bounded("delete_room", self.inner.delete_room(room))
            .await
    }

    async fn rooms_idle_since(
        &self,
        updated_before: Timestamp,
        limit: usize,
    ) -> Result<Vec<RoomId>, RepositoryError> {
        self.bounded(
            "rooms_idle_since",
            self.inner.rooms_idle_since(updated_before, limit),
        )
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A store that never answers, as a database behind a dropped network link.
    struct Silent;

    #[async_trait]
    impl RoomRepository for Silent {
        async fn prepare(&self) -> Result<(), RepositoryError> {
            std::future::pending().await
        }
        async fn ping(&self) -> Result<(), RepositoryError> {
            std::future::pending().await
        }
        async fn insert(&self, _: &Room) -> Result<(), RepositoryError> {
            std::future::pending().await
        }
        async fn insert_owned(&self, _: &Room, _: &str) -> Result<(), RepositoryError> {
            std::future::pending().await
        }
        async fn owner(&self, _: &RoomId) -> Result<Option<String>, RepositoryError> {
            std::future::pending().await
        }
        async fn find(&self, _: &RoomId) -> Result<Option<Room>, RepositoryError> {
            std::future::pending().await
        }
        async fn save_code(
            &self,
            _: &RoomId,
            _: &str,
            _: u64,
            _: Timestamp,
        ) -> Result<(), RepositoryError> {
            std::future::pending().await
        }
    }

    #[async_trait]
    impl UpdateLog for Silent {
        async fn append(&self, _: &RoomId, _: &[LoggedUpdate]) -> Result<(), RepositoryError> {
            std::future::pending().await
        }
        async fn load(&self, _: &RoomId) -> Result<StoredDocument, RepositoryError> {
            std::future::pending().await
        }
        async fn compact(&self, _: &RoomId, _: &DocumentSnapshot) -> Result<(), RepositoryError> {
            std::future::pending().await
        }
        async fn logged_versions(&self) -> Result<Vec<(RoomId, u64)>, RepositoryError> {
            std::future::pending().await
        }
    }

    #[async_trait]
    impl HistoryStore for Silent {
        async fn save_version(&self, _: &RoomId, _: &Version) -> Result<(), RepositoryError> {
            std::future::pending().await
        }
        async fn list_versions(
            &self,
            _: &RoomId,
            _: Option<VersionId>,
            _: usize,
        ) -> Result<Vec<VersionSummary>, RepositoryError> {
            std::future::pending().await
        }
        async fn find_version(
            &self,
            _: &RoomId,
            _: VersionId,
        ) -> Result<Option<Version>, RepositoryError> {
            std::future::pending().await
        }
        async fn prune_versions(
            &self,
            _: &RoomId,
            _: usize,
            _: Option<Timestamp>,
        ) -> Result<u64, RepositoryError> {
            std::future::pending().await
        }
        async fn prune_old_versions(&self, _: Timestamp) -> Result<u64, RepositoryError> {
            std::future::pending().await
        }
        async fn record_attributions(
            &self,
            _: &RoomId,
            _: &[AttributedUpdate],
        ) -> Result<(), RepositoryError> {
            std::future::pending().await
        }
        async fn delete_attributions(&self, _: &RoomId, _: &[u64]) -> Result<u64, RepositoryError> {
            std::future::pending().await
        }
        async fn attributions(&self, _: &RoomId) -> Result<Vec<AttributedUpdate>, RepositoryError> {
            std::future::pending().await
        }
        async fn delete_room(&self, _: &RoomId) -> Result<bool, RepositoryError> {
            std::future::pending().await
        }
        async fn rooms_idle_since(
            &self,
            _: Timestamp,
            _: usize,
        ) -> Result<Vec<RoomId>, RepositoryError> {
            std::future::pending().await
        }
    }

    #[tokio::test]
    async fn a_silent_store_is_reported_unavailable_after_the_timeout() {
        let store = GuardedStore::wrap(Arc::new(Silent), Duration::from_millis(50));
        let room = RoomId::parse("abc").expect("valid id");
        let started = Instant::now();
        let error = store.find(&room).await.expect_err("no answer");
        assert!(started.elapsed() < Duration::from_secs(2));
        match error {
            RepositoryError::Unavailable(message) => {
                assert_eq!(message, "the database did not answer within 50 ms (find)");
            }
            other => panic!("expected Unavailable, got {other:?}"),
        }
        assert!(matches!(
            store.append(&room, &[]).await,
            Err(RepositoryError::Unavailable(_))
        ));
    }
}
