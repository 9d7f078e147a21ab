//! The [`TokenLedger`] port on MongoDB: the share links minted and the tokens revoked, in the
//! [`SHARE_TOKENS_COLLECTION`] collection, so a revocation survives a restart and every server instance on
//! the database sees it.
//!
//! ```text
//! share_tokens: { _id: String (the token id, `jti`), room_id: String?, expires_at: Date, revoked: Bool }
//! ```
//!
//! Minting sets `room_id` (absent for a token revoked but not minted here), revoking sets `revoked`, and each
//! keeps the later `expires_at` (`$max`), in one upsert keyed by `_id`. A TTL index on `expires_at`
//! ([`SHARE_TOKENS_TTL_INDEX`], created by `prepare` with the store's other indexes) has MongoDB delete a
//! document [`TOKEN_LEDGER_GRACE_MS`] after its expiry; SecantusDB honours it too. Reads never count on that
//! deletion: an expired link is left out by its `expires_at`.

use std::{sync::Arc, time::Duration};

use async_trait::async_trait;
use domain::{
    RoomId, Timestamp,
    error::RepositoryError,
    ports::{Clock, TOKEN_LEDGER_GRACE_MS, TokenLedger},
};
use mongodb::{
    Collection,
    bson::{DateTime, Document, doc},
};

use crate::{MongoRoomRepository, error::repository_error};

/// The collection holding the share links minted and the tokens revoked.
pub const SHARE_TOKENS_COLLECTION: &str = "share_tokens";
/// The TTL index on `expires_at` of [`SHARE_TOKENS_COLLECTION`], as the shell names it.
pub const SHARE_TOKENS_TTL_INDEX: &str = "expires_at_1";

/// Field names of the ledger's documents.
pub(crate) mod field {
    pub(crate) const ID: &str = "_id";
    pub(crate) const ROOM_ID: &str = "room_id";
    pub(crate) const EXPIRES_AT: &str = "expires_at";
    pub(crate) const REVOKED: &str = "revoked";
}

/// How long MongoDB keeps a document past its `expires_at`: [`TOKEN_LEDGER_GRACE_MS`].
pub(crate) fn ttl_after_expiry() -> Duration {
    Duration::from_millis(TOKEN_LEDGER_GRACE_MS.unsigned_abs())
}

/// The ledger of share tokens in the store's database, sharing its connection pool.
#[derive(Clone)]
pub struct MongoTokenLedger {
    tokens: Collection<Document>,
    clock: Arc<dyn Clock>,
}

impl std::fmt::Debug for MongoTokenLedger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MongoTokenLedger")
            .field("collection", &self.tokens.name())
            .finish_non_exhaustive()
    }
}

impl MongoRoomRepository {
    /// The ledger of share tokens kept in this store's database, reading the time from `clock` (to leave
    /// out expired links).
    #[must_use]
    pub fn token_ledger(&self, clock: Arc<dyn Clock>) -> MongoTokenLedger {
        MongoTokenLedger {
            tokens: self.share_tokens.clone(),
            clock,
        }
    }
}

impl MongoTokenLedger {
    /// Sets `fields` on the document of `token_id` and raises its expiry to `expires_at`, creating it (with
    /// `on_insert`) if needed.
    async fn upsert(
        &self,
        token_id: &str,
        fields: Document,
        on_insert: Document,
        expires_at: Timestamp,
    ) -> Result<(), RepositoryError> {
        let mut update = doc! {
            "$set": fields,
            "$max": { field::EXPIRES_AT: DateTime::from_millis(expires_at.as_millis()) },
        };
        if !on_insert.is_empty() {
            update.insert("$setOnInsert", on_insert);
        }
        self.tokens
            .update_one(doc! { field::ID: token_id }, update)
            .upsert(true)
            .await
            .map(drop)
            .map_err(repository_error)
    }
}

fn corrupt(token_id: &str, what: &str) -> RepositoryError {
    RepositoryError::Corrupt(format!("share token {token_id}: {what}"))
}

#[async_trait]
impl TokenLedger for MongoTokenLedger {
    async fn record_issued(
        &self,
        token_id: &str,
        room: &RoomId,
        expires_at: Timestamp,
    ) -> Result<(), RepositoryError> {
        self.upsert(
            token_id,
            doc! { field::ROOM_ID: room.as_str() },
            doc! { field::REVOKED: false },
            expires_at,
        )
        .await
    }

    async fn issued_for(
        &self,
        token_id: &str,
    ) -> Result<Option<(RoomId, Timestamp)>, RepositoryError> {
        let now = DateTime::from_millis(self.clock.now().as_millis());
        let Some(document) = self
            .tokens
            .find_one(doc! {
                field::ID: token_id,
                field::ROOM_ID: { "$type": "string" },
                field::EXPIRES_AT: { "$gte": now },
            })
            .await
            .map_err(repository_error)?
        else {
            return Ok(None);
        };
        let room = document
            .get_str(field::ROOM_ID)
            .map_err(|_| corrupt(token_id, "room_id is not a string"))?;
        let room = RoomId::parse(room)
            .map_err(|error| corrupt(token_id, &format!("room_id {room:?}: {error}")))?;
        let expires_at = document
            .get_datetime(field::EXPIRES_AT)
            .map_err(|_| corrupt(token_id, "expires_at is not a date"))?;
        Ok(Some((
            room,
            Timestamp::from_millis(expires_at.timestamp_millis()),
        )))
    }

    async fn revoke(&self, token_id: &str, expires_at: Timestamp) -> Result<(), RepositoryError> {
        self.upsert(
            token_id,
            doc! { field::REVOKED: true },
            Document::new(),
            expires_at,
        )
        .await
    }

    async fn is_revoked(&self, token_id: &str) -> Result<bool, RepositoryError> {
        self.tokens
            .find_one(doc! { field::ID: token_id, field::REVOKED: true })
            .projection(doc! { field::ID: 1 })
            .await
            .map(|document| document.is_some())
            .map_err(repository_error)
    }
}
