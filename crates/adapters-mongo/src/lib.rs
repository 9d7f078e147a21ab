//! The MongoDB room store: the spec's `rooms` collection, and each room's document history, through the
//! official async `mongodb` driver.
//!
//! [`MongoRoomRepository`] implements the domain's [`RoomRepository`](domain::ports::RoomRepository) port. It
//! keeps the document shape of the spec's "Database Design", so a database can be shared with other
//! implementations of the spec, plus one field of its own, `version`:
//!
//! ```text
//! { _id: ObjectId, room_id: String, code: String, created_at: Date, updated_at: Date, version: Int64 }
//! ```
//!
//! The same value implements [`UpdateLog`](domain::ports::UpdateLog) over two collections of its own,
//! [`UPDATES_COLLECTION`] (one document per Yjs update) and [`SNAPSHOTS_COLLECTION`] (one per room), and
//! [`HistoryStore`](domain::ports::HistoryStore) over two more, [`VERSIONS_COLLECTION`] (saved versions, with a
//! TTL index) and [`ATTRIBUTIONS_COLLECTION`] (who made each logged update). [`MongoTokenLedger`], made by
//! [`MongoRoomRepository::token_ledger`], implements [`TokenLedger`](domain::ports::TokenLedger) over one more,
//! [`SHARE_TOKENS_COLLECTION`] (the share links minted and revoked, with a TTL index).
//!
//! The crate is in eight parts: `connection` turns a `MONGODB_URL` into a client that has answered a ping
//! (failing fast, with advice, when no server does); `repository` is the room port's implementation and
//! prepares every collection; `room_document` converts between a [`Room`](domain::Room) and its BSON
//! document; `update_log` is the update log port's implementation and `update_log_document` its documents;
//! `history` and `token_ledger` implement the history and the ledger, documents included; `error` holds this crate's start-up error and maps driver failures onto the domain's
//! [`RepositoryError`](domain::error::RepositoryError).

mod connection;
mod error;
mod history;
mod repository;
mod room_document;
mod token_ledger;
mod update_log;
mod update_log_document;

pub use connection::{ConnectOptions, redact_password};
pub use error::MongoConnectError;
pub use history::{
    ATTRIBUTIONS_COLLECTION, ATTRIBUTIONS_INDEX, ROOMS_UPDATED_AT_INDEX, VERSIONS_COLLECTION,
    VERSIONS_INDEX, VERSIONS_TTL_INDEX,
};
pub use repository::{
    COLLECTION, MongoRoomRepository, ROOM_ID_INDEX, SNAPSHOTS_COLLECTION, SNAPSHOTS_INDEX,
    UPDATES_COLLECTION, UPDATES_INDEX,
};
pub use token_ledger::{MongoTokenLedger, SHARE_TOKENS_COLLECTION, SHARE_TOKENS_TTL_INDEX};
