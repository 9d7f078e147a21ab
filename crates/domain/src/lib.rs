//! The core of pairprog: what a room is, what its document is, how edits and suggestions work.
//!
//! This crate does no IO. It defines the [`ports`] (room storage, fan-out to connected clients, the clock, the
//! entropy source, token verification and the ledger of share tokens), the rules of [`access`] control, and the
//! [`services`] that drive them, so the same rules run behind the actix-web server,
//! inside tests with in-memory adapters, or in any other tool that links this crate.

pub mod access;
pub mod autocomplete;
pub mod document;
pub mod error;
pub mod event;
pub mod history;
pub mod participant;
pub mod ports;
pub mod presence;
pub mod room;
pub mod services;
pub mod text_change;
pub mod time;

pub use access::{AccessPolicy, AuthMode, Grant, Role, RoomScope};
pub use document::{Document, DocumentError};
pub use error::{DomainError, RepositoryError};
pub use event::{ClientKind, ConnectionId, RoomEvent};
pub use participant::{DeclaredIdentity, Participant, VerifiedIdentity};
pub use room::{Room, RoomId, RoomIdError};
pub use time::Timestamp;
