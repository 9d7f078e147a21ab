//! The REST endpoints of the spec, the WebSocket upgrade, and the API documentation pages.

pub mod autocomplete;
pub mod docs;
pub mod health;
pub mod rooms;
pub mod socket;
