//! The pairprog server: configuration, wiring and the HTTP edge.
//!
//! [`settings`] reads the layered configuration; [`startup`] opens the store and assembles the domain services,
//! the WebSocket transport and the REST routes into one actix-web server; [`routes`] maps HTTP onto the
//! services; [`api_error`] maps failures onto status codes. [`cli`] is the command line; [`access_log`],
//! [`prometheus`] and [`telemetry`] are what an operator sees; [`store_guard`] bounds every store call in time;
//! [`gatekeeper`] and [`rate_limit`] are access control and abuse limits at the HTTP edge.

pub mod access_log;
pub mod api_error;
pub mod cli;
pub mod gatekeeper;
pub mod prometheus;
pub mod rate_limit;
pub mod routes;
pub mod settings;
pub mod startup;
pub mod store_guard;
pub mod system;
pub mod telemetry;
pub mod tls;

pub use settings::Settings;
pub use startup::{Application, ConfiguredStore, StartupError, open_store};
