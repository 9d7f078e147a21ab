//! The command line: `pairprog [serve | init-db | config | healthcheck | token]`, `--help` and `--version`.
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

use adapters_jwt::{JwtAuthority, JwtSettings};
use domain::{
    Grant, Role, RoomScope, Timestamp,
    ports::{Clock, Entropy, TokenIssuer},
};

use crate::{
    Application, Settings, open_store,
    system::{OsEntropy, SystemClock},
    telemetry,
};

/// pairprog: a real-time pair-programming server (rooms, collaborative editing over WebSocket, autocomplete).
#[derive(Debug, Parser)]
#[command(name = "pairprog", version)]
pub struct Cli {
    /// What to do; `serve` when omitted.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Clone, Subcommand)]
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
    /// Print a token signed with AUTH_JWT_SECRET (to try token mode, or for scripts), then exit.
    Token {
        /// The user's id (`sub`); a room created with the token is owned by it.
        #[arg(long)]
        sub: String,
        /// The role in the rooms of --room: viewer, editor or owner.
        #[arg(long, default_value = "editor")]
        role: String,
        /// A room the token covers (repeat it; `*` for every room).
        #[arg(long = "room")]
        rooms: Vec<String>,
        /// The token may create rooms.
        #[arg(long)]
        create: bool,
        /// The display name it gives (replacing any the client declares).
        #[arg(long)]
        name: Option<String>,
        /// Seconds until it expires.
        #[arg(long, default_value_t = 3600)]
        ttl_secs: u64,
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
    for name in ["serve", "init-db", "config", "healthcheck", "token"] {
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
        Command::Token {
            sub,
            role,
            rooms,
            create,
            name,
            ttl_secs,
        } => {
            let role = match Role::parse(&role) {
                Ok(role) => role,
                Err(error) => return fail(&error),
            };
            let request = TokenRequest {
                subject: sub,
                role,
                rooms,
                create,
                name,
                lifetime: Duration::from_secs(ttl_secs.max(1)),
            };
            match print_token(&settings, request) {
                Ok(token) => {
                    println!("{token}");
                    ExitCode::SUCCESS
                }
                Err(error) => fail(&error),
            }
        }
    }
}

/// What `pairprog token` signs.
struct TokenRequest {
    subject: String,
    role: Role,
    rooms: Vec<String>,
    create: bool,
    name: Option<String>,
    lifetime: Duration,
}

/// A token for `request`, signed with `AUTH_JWT_SECRET` (with the configured audience and issuer).
fn print_token(settings: &Settings, request: TokenRequest) -> Result<String, String> {
    let Some(secret) = &settings.auth_jwt_secret else {
        return Err(
            "pairprog token signs with AUTH_JWT_SECRET: set it (openssl rand -hex 32)".to_owned(),
        );
    };
    let jwt = JwtSettings {
        secret: Some(secret.as_bytes().to_vec()),
        audience: settings.auth_jwt_audience.clone(),
        issuer: settings.auth_jwt_issuer.clone(),
        ..JwtSettings::default()
    };
    let authority = JwtAuthority::new(&jwt, &[0; 32]).map_err(|error| error.to_string())?;
    let mut id = [0_u8; 16];
    OsEntropy.fill(&mut id);
    let now = SystemClock.now().as_millis();
    let lifetime = i64::try_from(request.lifetime.as_millis()).unwrap_or(i64::MAX);
    let grant = Grant {
        subject: request.subject,
        name: request.name,
        color: None,
        role: request.role,
        rooms: RoomScope::from_claim(&request.rooms),
        create: request.create,
        token_id: Some(id.iter().map(|byte| format!("{byte:02x}")).collect()),
        expires_at: Timestamp::from_millis(now.saturating_add(lifetime)),
    };
    authority.issue(&grant).map_err(|error| error.to_string())
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
        Ok(configured) => configured.store,
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
