//! The ledger of share tokens and revocations, in memory: for tests and throw-away servers (the server keeps
//! its ledger in its store). Entries are dropped [`TOKEN_LEDGER_GRACE_MS`] after their token has expired (an
//! expired token is refused anyway), so the ledger holds at most the tokens minted within the longest share
//! lifetime.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, PoisonError},
};

use async_trait::async_trait;
use domain::{
    RoomId, Timestamp,
    error::RepositoryError,
    ports::{Clock, TOKEN_LEDGER_GRACE_MS, TokenLedger},
};

/// Share tokens minted and tokens revoked, kept in maps; lost on restart (tokens signed with a random key
/// are too: see the README on `AUTH_JWT_SECRET`).
pub struct InMemoryTokenLedger {
    clock: Arc<dyn Clock>,
    entries: Mutex<Entries>,
}

#[derive(Default)]
struct Entries {
    issued: HashMap<String, (RoomId, Timestamp)>,
    revoked: HashMap<String, Timestamp>,
    /// Inserts since expired entries were last dropped.
    since_pruned: usize,
}

/// How many inserts between two sweeps of expired entries.
const PRUNE_EVERY: usize = 1024;

impl InMemoryTokenLedger {
    /// An empty ledger, reading the time from `clock`.
    #[must_use]
    pub fn new(clock: Arc<dyn Clock>) -> Self {
        Self {
            clock,
            entries: Mutex::default(),
        }
    }

    fn entries(&self) -> std::sync::MutexGuard<'_, Entries> {
        // Each operation is one map call: a poisoned lock still holds consistent maps.
        self.entries.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn prune(&self, entries: &mut Entries) {
        entries.since_pruned += 1;
        if entries.since_pruned < PRUNE_EVERY {
            return;
        }
        entries.since_pruned = 0;
        let cutoff = Timestamp::from_millis(
            self.clock
                .now()
                .as_millis()
                .saturating_sub(TOKEN_LEDGER_GRACE_MS),
        );
        entries.issued.retain(|_, (_, until)| *until >= cutoff);
        entries.revoked.retain(|_, until| *until >= cutoff);
    }
}

#[async_trait]
impl TokenLedger for InMemoryTokenLedger {
    async fn record_issued(
        &self,
        token_id: &str,
        room: &RoomId,
        expires_at: Timestamp,
    ) -> Result<(), RepositoryError> {
        let mut entries = self.entries();
        self.prune(&mut entries);
        entries
            .issued
            .insert(token_id.to_owned(), (room.clone(), expires_at));
        Ok(())
    }

    async fn issued_for(
        &self,
        token_id: &str,
    ) -> Result<Option<(RoomId, Timestamp)>, RepositoryError> {
        let now = self.clock.now();
        Ok(self
            .entries()
            .issued
            .get(token_id)
            .filter(|(_, until)| *until >= now)
            .cloned())
    }

    async fn revoke(&self, token_id: &str, expires_at: Timestamp) -> Result<(), RepositoryError> {
        let mut entries = self.entries();
        self.prune(&mut entries);
        entries.revoked.insert(token_id.to_owned(), expires_at);
        Ok(())
    }

    async fn is_revoked(&self, token_id: &str) -> Result<bool, RepositoryError> {
        Ok(self.entries().revoked.contains_key(token_id))
    }
}
