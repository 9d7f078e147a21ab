//! The services: the use cases of pairprog, written against the ports.
//!
//! [`RoomService`] answers the REST endpoints (create, read, health); [`CollaborationService`] runs live rooms
//! (join, edit, leave) for the real-time transports; [`AutocompleteService`] suggests completions from the rules,
//! and from a model when one is configured.

mod autocomplete;
mod collaboration;
mod rooms;

pub use autocomplete::{AutocompleteService, TURN_WAIT as AUTOCOMPLETE_TURN_WAIT};
pub use collaboration::{CollaborationService, DOCUMENT_STATE_FACTOR, Limits, TextProposal};
pub use rooms::RoomService;
