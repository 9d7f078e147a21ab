//! Logging: `tracing` to stderr, filtered by `LOG_LEVEL` (or `RUST_LOG` when set), as text or JSON lines.
//!
//! Colours are written only when stderr is a terminal, so files and pipes get plain text. The start-up lines
//! (address, store, version) use their own target, [`STARTUP_TARGET`], which every filter lets through at INFO:
//! an operator running with `LOG_LEVEL=WARNING` still sees where the server listens.

use std::io::IsTerminal;

use tracing_subscriber::{EnvFilter, filter::Directive, fmt};

/// The target of the start-up lines, shown whatever the level.
pub const STARTUP_TARGET: &str = "pairprog::listening";

/// Checks `RUST_LOG`, when set: a filter that does not parse would otherwise be ignored in silence.
///
/// # Errors
/// One line naming the variable, its value and why it does not parse.
pub fn check_rust_log() -> Result<(), String> {
    match std::env::var("RUST_LOG") {
        Ok(filter) if !filter.trim().is_empty() => EnvFilter::try_new(&filter)
            .map(drop)
            .map_err(|error| {
                format!("invalid RUST_LOG={filter:?}: {error} (expected a tracing filter such as info,pairprog=debug)")
            }),
        _ => Ok(()),
    }
}

/// Installs the global text subscriber. Calling it again (as tests do) is harmless.
pub fn init(default_level: &str) {
    init_with(default_level, false);
}

/// Installs the global subscriber: JSON lines when `json`, text otherwise. Calling it again is harmless.
pub fn init_with(default_level: &str, json: bool) {
    let mut filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default_level));
    if let Ok(startup) = format!("{STARTUP_TARGET}=info").parse::<Directive>() {
        filter = filter.add_directive(startup);
    }
    let builder = fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal());
    // `try_init` fails only when a subscriber is already installed (tests start several servers).
    let _ = if json {
        builder
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .with_span_list(false)
            .try_init()
    } else {
        builder.with_target(false).try_init()
    };
}
