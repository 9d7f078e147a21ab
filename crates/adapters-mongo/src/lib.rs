//! The MongoDB room store: the spec's `rooms` collection, through the official async `mongodb` driver.
//!
//! [`MongoRoomRepository`] implements the domain's [`RoomRepository`](domain::ports::RoomRepository) port. It
//! keeps the document shape of the spec's "Database Design", so a database can be shared with other
//! implementations of the spec, plus one field of its own, `version`:
//!
//! ```text
//! { _id: ObjectId, room_id: String, code: String, created_at: Date, updated_at: Date, version: Int64 }
//! ```
//!
//! The crate is in four parts: `connection` turns a `MONGODB_URL` into a client that has answered a ping
//! (failing fast, with advice, when no server does); `repository` is the port's implementation;
//! `room_document` converts between a [`Room`](domain::Room) and its BSON document; `error` holds this crate's
//! start-up error and maps driver failures onto the domain's
//! [`RepositoryError`](domain::error::RepositoryError).

mod connection;
mod error;
mod repository;
mod room_document;

pub use connection::{ConnectOptions, redact_password};
pub use error::MongoConnectError;
pub use repository::{COLLECTION, MongoRoomRepository, ROOM_ID_INDEX};
