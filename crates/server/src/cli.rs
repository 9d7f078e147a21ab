//! The command line: `pairprog [serve | init-db | config | healthcheck]`, `--help` and `--version`.
//!
//! Every subcommand's `--help` lists every environment variable with its default, and exits without reading
//! the configuration or starting anything. The configuration is read and checked before any command runs, so a
//! bad value stops each of them with the same one-line error.

use std::{process::ExitCode, time::Duration};

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
};

use crate::{Application, Settings, open_store, telemetry};

/// pairprog: a real-time pair-programming server (rooms, collaborative editing over WebSocket, autocomplete).
#[derive(Debug, Parser)]
#[command(name = "pairprog", version)]
pub struct Cli {
    /// What to do; `serve` when omitted.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Clone, Copy, Subcommand)]
pub enum Command {
    /// Run the server (the default).
    Serve,
    /// Create the database's tables and indexes (the spec's `python init_db.py`), then exit.
    InitDb,
    /// Print the effective configuration, one VARIABLE=value a line, secrets masked, then exit.
    Config,
    /// Ask the server on the configured port for GET /health; exit 0 when healthy, 1 otherwise (for Docker's
    /// HEALTHCHECK).
    Healthcheck {
        /// Seconds to wait for the answer.
        #[arg(long, default_value_t = 3)]
        timeout_secs: u64,
    },
}

/// `--help`'s list of the environment variables, each with its default.
fn environment_help() -> String {
    let mut help = String::from(
        "Environment variables (also read from .env; defaults from config/default.toml, then config/$APP_ENV.toml):\n",
    );
    let mut line = |name: &str, description: &str, default: &str| {
        let default = if default.is_empty() { "empty" } else { default };
        help.push_str(&format!(
            "  {name:<29} {description} [default: {default}]\n"
        ));
    };
    line(
        "APP_ENV",
        "development, production, test, or NAME with CONFIG_DIR/NAME.toml",
        "development",
    );
    line(
        "CONFIG_DIR",
        "directory of the $APP_ENV.toml files",
        "config",
    );
    for (variable, default) in Settings::defaults() {
        line(variable.name, variable.description, &default);
    }
    help.push_str("  RUST_LOG                      full tracing filter, overrides LOG_LEVEL [default: unset]\n");
    help
}

/// Parses the command line, printing help or the version and exiting when asked for them.
#[must_use]
pub fn parse() -> Cli {
    let help = environment_help();
    let mut command = Cli::command().after_help(help.clone());
    for name in ["serve", "init-db", "config", "healthcheck"] {
        command = command.mut_subcommand(name, |subcommand| subcommand.after_help(help.clone()));
    }
    let matches = command.get_matches();
    Cli::from_arg_matches(&matches).unwrap_or_else(|error| error.exit())
}

/// Runs the command line: reads the configuration, then the subcommand.
pub async fn run() -> ExitCode {
    let cli = parse();
    let settings = match Settings::load() {
        Ok(settings) => settings,
        Err(error) => return fail(&error),
    };
    if let Err(error) = telemetry::check_rust_log() {
        return fail(&error);
    }
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => {
            telemetry::init_with(settings.log_filter(), settings.json_logs());
            serve(settings).await
        }
        Command::InitDb => {
            telemetry::init_with(settings.log_filter(), settings.json_logs());
            init_db(&settings).await
        }
        Command::Config => {
            for (name, value) in settings.effective() {
                println!("{name}={value}");
            }
            ExitCode::SUCCESS
        }
        Command::Healthcheck { timeout_secs } => {
            healthcheck(&settings, Duration::from_secs(timeout_secs.max(1))).await
        }
    }
}

async fn serve(settings: Settings) -> ExitCode {
    let host = settings.host.clone();
    let store = settings.store_description();
    let json_logs = settings.json_logs();
    let application = match Application::build(settings).await {
        Ok(application) => application,
        Err(error) => return fail(&error),
    };
    let version = env!("CARGO_PKG_VERSION");
    let address = format!("http://{host}:{}", application.port());
    // JSON lines carry the parts as fields for log pipelines; a text line says it once, in words.
    if json_logs {
        tracing::info!(
            target: telemetry::STARTUP_TARGET,
            version, %address, %store,
            "pairprog {version} listening on {address}, store: {store}"
        );
    } else {
        tracing::info!(
            target: telemetry::STARTUP_TARGET,
            "pairprog {version} listening on {address} (docs at /docs, metrics at /metrics), store: {store}"
        );
    }
    match application.run_until_stopped().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => fail(&error),
    }
}

async fn init_db(settings: &Settings) -> ExitCode {
    let store = match open_store(settings).await {
        Ok(store) => store,
        Err(error) => return fail(&error),
    };
    match store.prepare().await {
        Ok(()) => {
            println!("database ready: rooms collection with a unique index on room_id");
            ExitCode::SUCCESS
        }
        Err(error) => fail(&error),
    }
}

/// GET /health on the configured port, over loopback when the server listens on every interface.
async fn healthcheck(settings: &Settings, timeout: Duration) -> ExitCode {
    let host = match settings.host.as_str() {
        "0.0.0.0" | "" => "127.0.0.1",
        "::" | "[::]" => "::1",
        other => other,
    };
    if settings.port == 0 {
        return fail(&"PORT=0 picks a free port at start-up: set the PORT the server listens on");
    }
    match tokio::time::timeout(timeout, health_status(host, settings.port)).await {
        Ok(Ok(200)) => {
            println!("healthy");
            ExitCode::SUCCESS
        }
        Ok(Ok(status)) => fail(&format!("unhealthy: GET /health answered {status}")),
        Ok(Err(error)) => fail(&format!(
            "unhealthy: cannot ask {host}:{} for /health: {error}",
            settings.port
        )),
        Err(_) => fail(&format!(
            "unhealthy: no answer from {host}:{} within {} s",
            settings.port,
            timeout.as_secs()
        )),
    }
}

/// The status code of `GET /health`. HTTP/1.0 with `Connection: close`: the answer ends at end of stream, so a
/// dozen lines do what an HTTP client crate would, without one in the server's dependencies.
async fn health_status(host: &str, port: u16) -> std::io::Result<u16> {
    let mut stream = TcpStream::connect((host, port)).await?;
    let authority = if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    };
    let request = format!("GET /health HTTP/1.0\r\nHost: {authority}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await?;
    let mut head = [0; 64];
    let mut read = 0;
    while read < head.len() {
        match stream.read(&mut head[read..]).await? {
            0 => break,
            count => read += count,
        }
    }
    // "HTTP/1.1 200 OK": the code is the second word of the status line.
    String::from_utf8_lossy(&head[..read])
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| std::io::Error::other("not an HTTP answer"))
}

fn fail(error: &dyn std::fmt::Display) -> ExitCode {
    eprintln!("error: {error}");
    ExitCode::FAILURE
}
