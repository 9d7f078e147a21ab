//! The REST endpoints of the spec, share links, the WebSocket upgrade, the API documentation pages, and the browser editor.

pub mod assets;
pub mod autocomplete;
pub mod docs;
pub mod editor;
pub mod health;
pub mod history;
pub mod rooms;
pub mod share;
pub mod socket;
