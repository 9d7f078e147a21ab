//! The services: the use cases of pairprog, written against the ports.
//!
//! [`RoomService`] answers the REST endpoints (create, read, health); [`CollaborationService`] runs live rooms
//! (join, edit, leave) for the real-time transports.

mod collaboration;
mod rooms;

pub use collaboration::{CollaborationService, Limits};
pub use rooms::RoomService;
