//! The command line: one subcommand per scenario, each with the target's options and its own parameters.

use std::{path::PathBuf, time::Duration};

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::target::{Protocol, RoomSource, TemplateError, UrlTemplate};

/// Drives many WebSocket clients against a collaboration server (the spec's JSON protocol or y-websocket) and
/// measures delivery latency, throughput, memory per connection and CPU per delivery.
#[derive(Debug, Parser)]
#[command(name = "pairprog-load", version, about, long_about = None)]
pub struct Cli {
    /// Worker threads of the load generator's runtime (default: one per core).
    #[arg(long, global = true, value_name = "N")]
    pub threads: Option<usize>,
    /// No progress lines on stderr.
    #[arg(long, short, global = true)]
    pub quiet: bool,
    /// The scenario to run.
    #[command(subcommand)]
    pub scenario: Scenario,
}

/// The scenarios.
#[derive(Debug, Subcommand)]
pub enum Scenario {
    /// One writer per room at a fixed rate; every reader measures send-to-observe latency; final texts compared.
    Fanout(FanoutArgs),
    /// One room; the writer's rate ramps up until an edit misses a reader or the latency bound.
    Saturation(SaturationArgs),
    /// Many idle connections over many rooms; the server's memory per connection (needs --pid).
    Capacity(CapacityArgs),
    /// Many single-character edits from one client; time until the server holds them all; cold load.
    Bulk(BulkArgs),
}

/// The server under test and how to talk to it.
#[derive(Debug, Clone, Args)]
pub struct TargetArgs {
    /// WebSocket URL with a {room} placeholder (every one is replaced), e.g. 'ws://127.0.0.1:8000/yjs/{room}'.
    #[arg(long, value_name = "TEMPLATE", value_parser = parse_websocket_template)]
    pub url: UrlTemplate,
    /// The protocol the endpoint speaks (hocuspocus: y-websocket messages prefixed by the document name, after
    /// an authentication message; the server reads the room from the messages, so the URL's path is free).
    #[arg(long, value_enum, default_value_t = Protocol::Yjs)]
    pub protocol: Protocol,
    /// Create each room with a POST to this URL (answer: {"roomId": "..."} or {"docId": "..."}), e.g.
    /// http://127.0.0.1:8000/rooms, or y-sweet's http://127.0.0.1:8080/doc/new with --create-rooms-body '{}'.
    /// Without it, rooms are named <room-prefix>0, <room-prefix>1, ...
    #[arg(long, value_name = "URL")]
    pub create_rooms: Option<String>,
    /// JSON body of each --create-rooms POST (sent as application/json); without it the POST has no body.
    #[arg(long, value_name = "JSON", requires = "create_rooms", value_parser = parse_json_body)]
    pub create_rooms_body: Option<String>,
    /// Prefix of room names when rooms are not created over HTTP.
    #[arg(long, default_value = "bench-", value_name = "PREFIX")]
    pub room_prefix: String,
    /// Name of the shared Y.Text the Yjs clients edit.
    #[arg(long, default_value = "code", value_name = "NAME")]
    pub text_name: String,
    /// The server's process id: report its memory (VmRSS) and CPU time (utime+stime) from /proc.
    #[arg(long, value_name = "PID")]
    pub pid: Option<u32>,
    /// Print the report as JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    /// How long a client may take to connect and sync (seconds, or e.g. 500ms).
    #[arg(long, default_value = "10", value_parser = parse_duration, value_name = "DURATION")]
    pub connect_timeout: Duration,
}

impl TargetArgs {
    /// Where rooms come from.
    #[must_use]
    pub fn room_source(&self) -> RoomSource {
        self.create_rooms.as_ref().map_or_else(
            || RoomSource::Named(self.room_prefix.clone()),
            |url| RoomSource::Create {
                url: url.clone(),
                body: self.create_rooms_body.clone(),
            },
        )
    }
}

/// `fanout`.
#[derive(Debug, Clone, Args)]
pub struct FanoutArgs {
    #[command(flatten)]
    pub target: TargetArgs,
    /// Rooms.
    #[arg(long, default_value_t = 10)]
    pub rooms: usize,
    /// Clients per room, the writer included (so N-1 readers).
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u32).range(2..))]
    pub clients: u32,
    /// Edits per second per room.
    #[arg(long, default_value_t = 20.0, value_parser = parse_rate)]
    pub rate: f64,
    /// How long the writers write (seconds, or e.g. 500ms).
    #[arg(long, default_value = "10", value_parser = parse_duration)]
    pub duration: Duration,
    /// How long to wait after the last edit for every reader to have every edit.
    #[arg(long, default_value = "5", value_parser = parse_duration)]
    pub settle_timeout: Duration,
    /// Longest text a writer keeps: past it, it deletes the older half of its markers (JSON sends the whole
    /// text each time).
    #[arg(long, default_value_t = 4096)]
    pub max_doc_chars: usize,
}

/// `saturation`.
#[derive(Debug, Clone, Args)]
pub struct SaturationArgs {
    #[command(flatten)]
    pub target: TargetArgs,
    /// Clients in the room, the writer included.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(2..))]
    pub clients: u32,
    /// The first step's rate, edits per second.
    #[arg(long, default_value_t = 100.0, value_parser = parse_rate)]
    pub start_rate: f64,
    /// Each step's rate is the previous one times this, until a step fails (then the search bisects).
    #[arg(long, default_value_t = 2.0)]
    pub ramp_factor: f64,
    /// Stop ramping at this rate.
    #[arg(long, default_value_t = 100_000.0, value_parser = parse_rate)]
    pub max_rate: f64,
    /// How long each step writes.
    #[arg(long, default_value = "1.5", value_parser = parse_duration)]
    pub step_duration: Duration,
    /// A step passes when every edit reaches every reader within this bound.
    #[arg(long, default_value = "100ms", value_parser = parse_duration)]
    pub bound: Duration,
    /// The whole ramp stops after this long.
    #[arg(long, default_value = "20", value_parser = parse_duration)]
    pub duration: Duration,
    /// Longest text the writer keeps (see fanout).
    #[arg(long, default_value_t = 2048)]
    pub max_doc_chars: usize,
}

/// `capacity`.
#[derive(Debug, Clone, Args)]
pub struct CapacityArgs {
    #[command(flatten)]
    pub target: TargetArgs,
    /// Connections to open.
    #[arg(long, default_value_t = 500)]
    pub connections: usize,
    /// Rooms they spread over (connection i joins room i mod R).
    #[arg(long, default_value_t = 250)]
    pub rooms: usize,
    /// Connections being opened at once.
    #[arg(long, default_value_t = 32)]
    pub connect_concurrency: usize,
    /// How long the connections stay idle before memory is read.
    #[arg(long, default_value = "2", value_parser = parse_duration)]
    pub hold: Duration,
    /// How long after closing them memory is read again (pairprog keeps an emptied room for
    /// ROOM_UNLOAD_GRACE_MS, 10 s by default).
    #[arg(long, default_value = "1", value_parser = parse_duration)]
    pub after_close: Duration,
}

/// Which part of `bulk` to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Phase {
    /// Write, then (with --cold-load-url) load at once, without a restart in between.
    All,
    /// Write and save the room in --state-file.
    Write,
    /// Load the room saved in --state-file with a new client (after the operator restarted the server).
    Read,
}

/// `bulk`.
#[derive(Debug, Clone, Args)]
pub struct BulkArgs {
    #[command(flatten)]
    pub target: TargetArgs,
    /// Single-character edits to send.
    #[arg(long, default_value_t = 20_000)]
    pub edits: usize,
    /// JSON: updates sent before their acks arrive (a bounded in-flight window). Yjs has no acks; its
    /// updates are sent as fast as the socket takes them.
    #[arg(long, default_value_t = 64, value_parser = clap::value_parser!(u64).range(1..))]
    pub window: u64,
    /// Learn that the server holds every edit from GET on this URL (with {room}), e.g.
    /// http://127.0.0.1:8000/rooms/{room}, answering {"code": ...}, instead of from a second client.
    #[arg(long, value_name = "TEMPLATE", value_parser = parse_http_template)]
    pub rest: Option<UrlTemplate>,
    /// WebSocket URL (with {room}) a new client loads the finished document from, timed.
    #[arg(long, value_name = "TEMPLATE", value_parser = parse_websocket_template)]
    pub cold_load_url: Option<UrlTemplate>,
    /// Protocol of --cold-load-url (default: --protocol).
    #[arg(long, value_enum)]
    pub cold_load_protocol: Option<Protocol>,
    /// Which part to run: write, read (after a restart), or all.
    #[arg(long, value_enum, default_value_t = Phase::All)]
    pub phase: Phase,
    /// Where the write phase saves the room for the read phase.
    #[arg(long, default_value = "pairprog-load-bulk.json", value_name = "PATH")]
    pub state_file: PathBuf,
    /// How long to wait for the server to hold every edit, and for the load.
    #[arg(long, default_value = "60", value_parser = parse_duration)]
    pub timeout: Duration,
}

fn parse_websocket_template(raw: &str) -> Result<UrlTemplate, TemplateError> {
    UrlTemplate::websocket(raw)
}

fn parse_http_template(raw: &str) -> Result<UrlTemplate, TemplateError> {
    UrlTemplate::http(raw)
}

/// A request body that must be JSON, kept as given.
fn parse_json_body(raw: &str) -> Result<String, String> {
    serde_json::from_str::<serde_json::Value>(raw)
        .map(|_| raw.to_owned())
        .map_err(|error| format!("{raw:?} is not JSON: {error}"))
}

/// A duration: a number of seconds (`10`, `2.5`) or a humantime duration (`500ms`, `1m30s`).
///
/// # Errors
/// When it is neither, or negative.
pub fn parse_duration(raw: &str) -> Result<Duration, String> {
    if let Ok(seconds) = raw.parse::<f64>() {
        return Duration::try_from_secs_f64(seconds)
            .map_err(|_| format!("{raw:?} is not a usable number of seconds"));
    }
    humantime::parse_duration(raw)
        .map_err(|error| format!("{raw:?} is not a duration (10, 2.5, 500ms, 1m): {error}"))
}

/// A rate in edits per second: a positive, finite number.
///
/// # Errors
/// When it is not.
pub fn parse_rate(raw: &str) -> Result<f64, String> {
    match raw.parse::<f64>() {
        Ok(rate) if rate.is_finite() && rate > 0.0 => Ok(rate),
        _ => Err(format!(
            "{raw:?} is not a positive number of edits per second"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_are_seconds_or_humantime() {
        assert_eq!(parse_duration("10"), Ok(Duration::from_secs(10)));
        assert_eq!(parse_duration("2.5"), Ok(Duration::from_millis(2500)));
        assert_eq!(parse_duration("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_duration("1m30s"), Ok(Duration::from_secs(90)));
        assert!(parse_duration("-1").is_err());
        assert!(parse_duration("soon").is_err());
    }

    #[test]
    fn rates_must_be_positive() {
        assert_eq!(parse_rate("20"), Ok(20.0));
        assert!(parse_rate("0").is_err());
        assert!(parse_rate("inf").is_err());
        assert!(parse_rate("x").is_err());
    }

    #[test]
    fn a_fanout_command_line_parses() {
        let cli = Cli::try_parse_from([
            "pairprog-load",
            "fanout",
            "--url",
            "ws://127.0.0.1:8040/ws/{room}",
            "--protocol",
            "json",
            "--create-rooms",
            "http://127.0.0.1:8040/rooms",
            "--rooms",
            "3",
            "--duration",
            "500ms",
        ])
        .expect("valid");
        let Scenario::Fanout(args) = cli.scenario else {
            panic!("fanout")
        };
        assert_eq!(args.rooms, 3);
        assert_eq!(args.target.protocol, Protocol::Json);
        assert_eq!(args.duration, Duration::from_millis(500));
        assert!(matches!(
            args.target.room_source(),
            RoomSource::Create { body: None, .. }
        ));
    }

    #[test]
    fn a_y_sweet_command_line_creates_rooms_with_a_json_body() {
        let cli = Cli::try_parse_from([
            "pairprog-load",
            "capacity",
            "--url",
            "ws://127.0.0.1:8080/d/{room}/ws/{room}",
            "--create-rooms",
            "http://127.0.0.1:8080/doc/new",
            "--create-rooms-body",
            "{}",
        ])
        .expect("valid");
        let Scenario::Capacity(args) = cli.scenario else {
            panic!("capacity")
        };
        let RoomSource::Create { url, body } = args.target.room_source() else {
            panic!("created rooms")
        };
        assert_eq!(url, "http://127.0.0.1:8080/doc/new");
        assert_eq!(body.as_deref(), Some("{}"));
    }

    #[test]
    fn a_create_body_must_be_json_and_needs_a_create_url() {
        let base = ["pairprog-load", "capacity", "--url", "ws://h/{room}"];
        let not_json = [
            "--create-rooms",
            "http://h/doc/new",
            "--create-rooms-body",
            "{docId",
        ];
        assert!(Cli::try_parse_from(base.iter().chain(&not_json)).is_err());
        assert!(Cli::try_parse_from(base.iter().chain(&["--create-rooms-body", "{}"])).is_err());
    }

    #[test]
    fn the_hocuspocus_protocol_is_named_on_the_command_line() {
        let cli = Cli::try_parse_from([
            "pairprog-load",
            "saturation",
            "--url",
            "ws://127.0.0.1:1234/{room}",
            "--protocol",
            "hocuspocus",
        ])
        .expect("valid");
        let Scenario::Saturation(args) = cli.scenario else {
            panic!("saturation")
        };
        assert_eq!(args.target.protocol, Protocol::Hocuspocus);
    }

    #[test]
    fn a_url_without_placeholder_is_a_usage_error() {
        let parsed = Cli::try_parse_from([
            "pairprog-load",
            "capacity",
            "--url",
            "ws://127.0.0.1:8040/yjs/",
        ]);
        assert!(parsed.is_err());
    }

    #[test]
    fn the_command_line_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
