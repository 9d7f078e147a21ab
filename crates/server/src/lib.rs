//! The pairprog server: configuration, wiring and the HTTP edge.
//!
//! [`settings`] reads the layered configuration; [`startup`] opens the store and assembles the domain services,
//! the WebSocket transport and the REST routes into one actix-web server; [`routes`] maps HTTP onto the
//! services; [`api_error`] maps failures onto status codes.

pub mod api_error;
pub mod routes;
pub mod settings;
pub mod startup;
pub mod system;
pub mod telemetry;
pub mod tls;

pub use settings::Settings;
pub use startup::{Application, StartupError, open_store};
