//! The services: the use cases of pairprog, written against the ports.
//!
//! [`RoomService`] answers the REST endpoints (create, read, health); [`CollaborationService`] runs live rooms
//! (join, edit, leave) for the real-time transports; [`HistoryService`] keeps each room's history (versions,
//! restores, diffs, blame) and lifecycle (deletion, expiry); [`AutocompleteService`] suggests completions from the rules,
//! and from a model when one is configured.

mod access;
mod autocomplete;
mod collaboration;
pub mod history;
mod rooms;

pub use access::{AccessError, AccessService, Admission, ShareRequest};
pub use autocomplete::{AutocompleteService, TURN_WAIT as AUTOCOMPLETE_TURN_WAIT};
pub use collaboration::{
    CollaborationService, DOCUMENT_STATE_FACTOR, Limits, PRESENCE_INTERVAL_MS, ReplacedText,
    SERVER_ORIGIN, TextProposal,
};
pub use history::{HistoryRecorder, HistoryService, HistorySettings};
pub use rooms::RoomService;
