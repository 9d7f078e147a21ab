//! The binary as an operator meets it: configuration errors, `--help`, `--version`, `config`, `healthcheck`,
//! the start-up line, the access and WebSocket log lines (JSON), `/metrics` and `/ready`.
//!
//! Every test runs the real `pairprog` executable in an empty directory with a cleared environment, so neither
//! the developer's `.env` nor their shell changes what is checked.

use std::{
    io::{BufRead, BufReader},
    path::Path,
    process::{Child, Command, Output, Stdio},
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use futures_util::{SinkExt, StreamExt};
use serde_json::Value;
use tempfile::TempDir;
use tokio_tungstenite::{
    connect_async,
    tungstenite::{
        Message,
        protocol::{CloseFrame, frame::coding::CloseCode},
    },
};

const BINARY: &str = env!("CARGO_BIN_EXE_pairprog");
const START_TIMEOUT: Duration = Duration::from_secs(30);

/// `pairprog` with `args` in an empty directory, with only `environment` (and `PATH`) set.
fn pairprog(directory: &Path, args: &[&str], environment: &[(&str, &str)]) -> Command {
    let mut command = Command::new(BINARY);
    command
        .args(args)
        .current_dir(directory)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .envs(environment.iter().copied());
    command
}

fn run(args: &[&str], environment: &[(&str, &str)]) -> Output {
    let directory = TempDir::new().expect("a temporary directory");
    pairprog(directory.path(), args, environment)
        .output()
        .expect("pairprog runs")
}

/// A server process, its stderr collected line by line.
struct Server {
    child: Child,
    port: u16,
    lines: Arc<Mutex<Vec<String>>>,
    _directory: Option<TempDir>,
}

impl Server {
    /// Starts `pairprog serve` on a free loopback port with JSON logs and waits for its start-up line.
    fn start(environment: &[(&str, &str)]) -> Self {
        let directory = TempDir::new().expect("a temporary directory");
        let mut server = Self::start_in(directory.path(), environment);
        server._directory = Some(directory);
        server
    }

    fn start_in(directory: &Path, environment: &[(&str, &str)]) -> Self {
        let mut all = vec![("HOST", "127.0.0.1"), ("PORT", "0"), ("LOG_FORMAT", "json")];
        all.extend_from_slice(environment);
        let mut child = pairprog(directory, &["serve"], &all)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("pairprog serve starts");
        let stderr = child.stderr.take().expect("stderr is piped");
        let lines = Arc::new(Mutex::new(Vec::new()));
        let collected = Arc::clone(&lines);
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                collected.lock().expect("lines").push(line);
            }
        });
        let deadline = Instant::now() + START_TIMEOUT;
        let port = loop {
            let address = lines.lock().expect("lines").iter().find_map(|line| {
                let event: Value = serde_json::from_str(line).ok()?;
                (event["target"] == "pairprog::listening")
                    .then(|| event["address"].as_str().map(str::to_owned))?
            });
            if let Some(address) = address {
                let port = address.rsplit(':').next().expect("a port");
                break port.parse().expect("a numeric port");
            }
            if let Ok(Some(status)) = child.try_wait() {
                panic!(
                    "pairprog exited ({status}): {:?}",
                    lines.lock().expect("lines")
                );
            }
            assert!(Instant::now() < deadline, "no start-up line: {lines:?}");
            std::thread::sleep(Duration::from_millis(20));
        };
        Self {
            child,
            port,
            lines,
            _directory: None,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    fn ws_url(&self, path: &str) -> String {
        format!("ws://127.0.0.1:{}{path}", self.port)
    }

    /// The JSON log events so far.
    fn events(&self) -> Vec<Value> {
        self.lines
            .lock()
            .expect("lines")
            .iter()
            .map(|line| serde_json::from_str(line).unwrap_or_else(|_| panic!("not JSON: {line}")))
            .collect()
    }

    /// Waits until an event matches `predicate`, and returns it.
    async fn wait_for_event(&self, what: &str, predicate: impl Fn(&Value) -> bool) -> Value {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(event) = self.events().into_iter().find(|event| predicate(event)) {
                return event;
            }
            assert!(
                Instant::now() < deadline,
                "no {what} in {:#?}",
                self.events()
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    async fn create_room(&self) -> String {
        let body: Value = reqwest::Client::new()
            .post(self.url("/rooms"))
            .send()
            .await
            .expect("POST /rooms")
            .json()
            .await
            .expect("JSON");
        body["roomId"].as_str().expect("roomId").to_owned()
    }

    async fn metrics(&self) -> String {
        let response = reqwest::get(self.url("/metrics"))
            .await
            .expect("GET /metrics");
        assert_eq!(response.status(), 200);
        let content_type = response.headers()["content-type"]
            .to_str()
            .expect("ASCII")
            .to_owned();
        assert!(content_type.starts_with("text/plain"), "{content_type}");
        response.text().await.expect("text")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn normal_closure() -> CloseFrame {
    CloseFrame {
        code: CloseCode::Normal,
        reason: "bye".into(),
    }
}

/// The value of the sample `name` (with its labels, as written in the exposition) or 0 when absent.
fn sample(metrics: &str, series: &str) -> f64 {
    metrics
        .lines()
        .find_map(|line| {
            let (name, value) = line.rsplit_once(' ')?;
            (name == series).then(|| value.parse().expect("a number"))
        })
        .unwrap_or(0.0)
}

#[test]
fn every_bad_value_stops_the_server_with_one_line_naming_the_variable() {
    let cases: &[(&[(&str, &str)], &str)] = &[
        (
            &[("PORT", "99999")],
            r#"invalid PORT="99999": expected a port number from 0 to 65535"#,
        ),
        (
            &[("PORT", "eighty")],
            r#"invalid PORT="eighty": expected a port number from 0 to 65535"#,
        ),
        (
            &[("CORS_ORIGINS", "http://a.example/")],
            r#"invalid CORS_ORIGINS="http://a.example/": "http://a.example/" ends with a slash; expected origins like https://app.example or http://localhost:3000, separated by commas"#,
        ),
        (
            &[("CORS_ORIGINS", "a.example")],
            r#"invalid CORS_ORIGINS="a.example": "a.example" has no scheme; expected origins like https://app.example or http://localhost:3000, separated by commas"#,
        ),
        (
            &[("CORS_ORIGINS", "http://a.example/app")],
            r#"invalid CORS_ORIGINS="http://a.example/app": "http://a.example/app" has a path; expected origins like https://app.example or http://localhost:3000, separated by commas"#,
        ),
        (
            &[("CORS_ORIGINS", "*,http://a.example")],
            r#"invalid CORS_ORIGINS="*,http://a.example": expected * alone, or a list of origins without *"#,
        ),
        (
            &[("LOG_LEVEL", "verbose")],
            r#"invalid LOG_LEVEL="verbose": expected one of TRACE, DEBUG, INFO, WARNING, ERROR"#,
        ),
        (
            &[("LOG_FORMAT", "xml")],
            r#"invalid LOG_FORMAT="xml": expected text or json"#,
        ),
        (
            &[("HOST", "my host")],
            r#"invalid HOST="my host": expected an IP address (0.0.0.0, 127.0.0.1, ::) or a host name"#,
        ),
        (
            &[("MONGODB_URL", "postgres://user:pw@db/x")],
            r#"invalid MONGODB_URL="postgres://user:****@db/x": expected empty (embedded SQLite store) or a mongodb:// or mongodb+srv:// URL"#,
        ),
        (
            &[("STORE_TIMEOUT_MS", "0")],
            r#"invalid STORE_TIMEOUT_MS="0": expected a whole number of milliseconds from 100 to 60000"#,
        ),
        (
            &[("MAX_MESSAGE_BYTES", "1MB")],
            r#"invalid MAX_MESSAGE_BYTES="1MB": expected a whole number of bytes from 1024 to 268435456"#,
        ),
        (
            &[("CREATE_ROOMS_ON_JOIN", "maybe")],
            r#"invalid CREATE_ROOMS_ON_JOIN="maybe": expected true or false"#,
        ),
        (
            &[("COMPLETION_URL", "localhost:8080")],
            r#"invalid COMPLETION_URL="localhost:8080": expected empty or an http:// or https:// URL"#,
        ),
        (
            &[("DATABASE_NAME", "my.db")],
            r#"invalid DATABASE_NAME="my.db": expected 1 to 63 characters, none of / \ . " $ * < > : | ? or space"#,
        ),
        (
            &[("HEARTBEAT_INTERVAL_SECS", "60")],
            r#"invalid CLIENT_TIMEOUT_SECS="45": expected more than HEARTBEAT_INTERVAL_SECS (60), or every client is dropped between two pings"#,
        ),
        (
            &[("APP_ENV", "staging")],
            r#"invalid APP_ENV="staging": expected development, production, test, or a name with a file config/NAME.toml"#,
        ),
    ];
    for (environment, expected) in cases {
        for command in ["serve", "config"] {
            let started = Instant::now();
            let output = run(&[command], environment);
            assert_eq!(output.status.code(), Some(1), "{environment:?}");
            assert_eq!(
                String::from_utf8_lossy(&output.stderr),
                format!("error: {expected}\n"),
                "{environment:?}"
            );
            assert!(output.stdout.is_empty(), "{environment:?}");
            assert!(started.elapsed() < Duration::from_secs(10));
        }
    }
}

#[test]
fn the_example_env_file_works_as_copied_and_selects_the_embedded_store() {
    let directory = TempDir::new().expect("a temporary directory");
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../.env.example"),
        directory.path().join(".env"),
    )
    .expect("copy .env.example");
    let output = pairprog(directory.path(), &["config"], &[])
        .output()
        .expect("config runs");
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("MONGODB_URL=\n"), "{stdout}");
}

#[test]
fn an_unparsable_rust_log_is_refused_rather_than_ignored() {
    let output = run(&["serve"], &[("RUST_LOG", "pairprog=verbose")]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with(r#"error: invalid RUST_LOG="pairprog=verbose": "#),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

#[test]
fn cors_origins_separated_by_spaces_are_each_allowed() {
    let output = run(
        &["config"],
        &[(
            "CORS_ORIGINS",
            "http://a.example http://b.example, https://c.example:8443",
        )],
    );
    assert!(output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("CORS_ORIGINS=http://a.example,http://b.example,https://c.example:8443\n"),
        "{stdout}"
    );
}

#[test]
fn version_and_help_answer_without_starting_anything() {
    let output = run(&["--version"], &[]);
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        format!("pairprog {}\n", env!("CARGO_PKG_VERSION"))
    );
    for args in [
        &["--help"][..],
        &["serve", "--help"],
        &["init-db", "--help"],
        &["config", "--help"],
        &["healthcheck", "--help"],
        &["help", "serve"],
    ] {
        let started = Instant::now();
        // A bad value too: help must not even read the configuration.
        let output = run(args, &[("PORT", "99999")]);
        assert!(output.status.success(), "{args:?}");
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{args:?} took too long"
        );
        let help = String::from_utf8_lossy(&output.stdout);
        for variable in pairprog::settings::VARIABLES {
            assert!(
                help.contains(variable.name),
                "{args:?} misses {}",
                variable.name
            );
        }
        assert!(help.contains("[default: 8000]"), "{args:?}: {help}");
        assert!(help.contains("[default: 2000]"), "{args:?}: {help}");
    }
}

#[test]
fn config_prints_the_effective_values_with_secrets_masked() {
    let output = run(
        &["config"],
        &[
            (
                "MONGODB_URL",
                "mongodb://app:hunter2@db:27017/?authSource=admin",
            ),
            ("COMPLETION_API_KEY", "sk-secret"),
            ("PORT", "9001"),
        ],
    );
    assert!(output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("PORT=9001\n"), "{stdout}");
    assert!(
        stdout.contains("MONGODB_URL=mongodb://app:****@db:27017/?authSource=admin\n"),
        "{stdout}"
    );
    assert!(stdout.contains("COMPLETION_API_KEY=****\n"), "{stdout}");
    assert!(stdout.contains("CREATE_ROOMS_ON_JOIN=false\n"), "{stdout}");
    assert!(!stdout.contains("hunter2") && !stdout.contains("sk-secret"));
}

#[tokio::test]
async fn healthcheck_exits_zero_against_a_healthy_server_and_one_without() {
    let server = Server::start(&[]);
    let directory = TempDir::new().expect("a temporary directory");
    let port = server.port.to_string();
    let healthy = pairprog(directory.path(), &["healthcheck"], &[("PORT", &port)])
        .output()
        .expect("healthcheck runs");
    assert!(healthy.status.success(), "{healthy:?}");
    assert_eq!(String::from_utf8_lossy(&healthy.stdout), "healthy\n");
    drop(server);

    let unhealthy = pairprog(directory.path(), &["healthcheck"], &[("PORT", &port)])
        .output()
        .expect("healthcheck runs");
    assert_eq!(unhealthy.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&unhealthy.stderr);
    assert!(
        stderr.starts_with("error: unhealthy: cannot ask 127.0.0.1:"),
        "{stderr}"
    );
}

#[test]
fn start_up_prints_address_store_and_version_even_at_warning_level_without_colours() {
    let directory = TempDir::new().expect("a temporary directory");
    let mut child = pairprog(
        directory.path(),
        &[],
        &[
            ("HOST", "127.0.0.1"),
            ("PORT", "0"),
            ("LOG_LEVEL", "WARNING"),
        ],
    )
    .stdout(Stdio::null())
    .stderr(Stdio::piped())
    .spawn()
    .expect("pairprog starts");
    let stderr = child.stderr.take().expect("piped");
    let first = BufReader::new(stderr)
        .lines()
        .next()
        .expect("a line")
        .expect("readable");
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        !first.contains('\u{1b}'),
        "ANSI codes written to a pipe: {first:?}"
    );
    assert!(first.contains(" INFO "), "{first}");
    assert!(
        first.contains(&format!(
            "pairprog {} listening on http://127.0.0.1:",
            env!("CARGO_PKG_VERSION")
        )),
        "{first}"
    );
    assert!(
        first.contains("store: SQLite data/pairprog.sqlite3"),
        "{first}"
    );
}

#[tokio::test]
async fn behind_a_trusted_proxy_the_log_names_the_forwarded_client() {
    let server = Server::start(&[("FORWARDED_ALLOW_IPS", "127.0.0.1")]);
    let http = reqwest::Client::new();
    let response = http
        .get(server.url("/health?from=proxy"))
        .header("x-forwarded-for", "203.0.113.7")
        .send()
        .await
        .expect("GET");
    assert_eq!(response.status(), 200);
    let logged = server
        .wait_for_event("forwarded access line", |event| {
            event["path"] == "/health?from=proxy"
        })
        .await;
    assert_eq!(logged["client"], "203.0.113.7", "{logged}");
}

#[tokio::test]
async fn requests_and_websockets_are_logged_as_json_lines() {
    let server = Server::start(&[]);
    let room = server.create_room().await;
    let http = reqwest::Client::new();
    let missing = http
        .get(server.url("/rooms/nosuchroom?token=s3cret&x=1"))
        .send()
        .await
        .expect("GET");
    assert_eq!(missing.status(), 404);

    let (mut socket, _) = connect_async(server.ws_url(&format!("/ws/{room}")))
        .await
        .expect("handshake");
    let _initial = socket.next().await.expect("initial_state").expect("frame");
    socket.close(Some(normal_closure())).await.expect("close");
    while socket.next().await.is_some() {}
    let (mut refused, _) = connect_async(server.ws_url("/yjs/nosuchroom"))
        .await
        .expect("handshake");
    while refused.next().await.is_some() {}

    let created = server
        .wait_for_event("POST /rooms access line", |event| {
            event["target"] == "pairprog::access" && event["path"] == "/rooms"
        })
        .await;
    assert_eq!(created["level"], "INFO");
    assert_eq!(created["method"], "POST");
    assert_eq!(created["status"], 200);
    assert!(created["duration_ms"].as_f64().expect("duration") >= 0.0);
    assert!(
        created["client"]
            .as_str()
            .expect("client")
            .starts_with("127.0.0.1:"),
        "{created}"
    );

    let request_id = created["request_id"].as_str().expect("request_id");
    assert!(uuid::Uuid::parse_str(request_id).is_ok(), "{created}");
    // The id a client is given is the one its request is logged under.
    let health = reqwest::get(server.url("/health"))
        .await
        .expect("GET /health");
    let given = health.headers()["x-request-id"]
        .to_str()
        .expect("ASCII")
        .to_owned();
    let logged = server
        .wait_for_event("GET /health access line", |event| {
            event["path"] == "/health" && event["request_id"] == given.as_str()
        })
        .await;
    assert_eq!(logged["status"], 200);

    let not_found = server
        .wait_for_event("404 access line", |event| event["status"] == 404)
        .await;
    assert_eq!(
        not_found["level"], "INFO",
        "a client error is not an operator's warning"
    );
    assert_eq!(not_found["path"], "/rooms/nosuchroom?token=REDACTED&x=1");

    let opened = server
        .wait_for_event("websocket opened", |event| {
            event["message"] == "websocket opened"
        })
        .await;
    assert_eq!(opened["level"], "INFO");
    assert_eq!(opened["span"]["room"], room.as_str(), "{opened}");
    assert_eq!(opened["protocol"], "json");
    assert!(
        opened["client"]
            .as_str()
            .expect("client")
            .starts_with("127.0.0.1:")
    );

    let closed = server
        .wait_for_event("websocket closed", |event| {
            event["message"] == "websocket closed" && event["span"]["room"] == room.as_str()
        })
        .await;
    assert_eq!(closed["level"], "INFO");
    assert_eq!(closed["protocol"], "json");
    assert_eq!(closed["close_code"], 1000);
    assert!(closed["duration_ms"].is_u64(), "{closed}");

    let refusal = server
        .wait_for_event("refused websocket", |event| {
            event["message"] == "websocket closed" && event["span"]["room"] == "nosuchroom"
        })
        .await;
    assert_eq!(refusal["protocol"], "yjs");
    assert_eq!(refusal["close_code"], 4004);

    for event in server.events() {
        assert!(
            event["level"] != "WARN" && event["level"] != "ERROR",
            "nothing here deserves an operator's attention: {event}"
        );
    }
}

#[tokio::test]
async fn metrics_are_exposed_and_move_with_traffic() {
    let server = Server::start(&[]);
    let before = server.metrics().await;
    let room = server.create_room().await;
    let (mut alice, _) = connect_async(server.ws_url(&format!("/ws/{room}")))
        .await
        .expect("handshake");
    let (mut bob, _) = connect_async(server.ws_url(&format!("/ws/{room}")))
        .await
        .expect("handshake");
    alice.next().await.expect("initial_state").expect("frame");
    bob.next().await.expect("initial_state").expect("frame");
    let during = server.metrics().await;
    alice
        .send(Message::text(
            r#"{"type":"code_update","code":"print(1)","timestamp":1}"#,
        ))
        .await
        .expect("send");
    let update = tokio::time::timeout(Duration::from_secs(10), bob.next())
        .await
        .expect("bob hears alice")
        .expect("a frame")
        .expect("readable");
    assert!(update.to_text().expect("text").contains("print(1)"));
    let autocomplete = reqwest::Client::new()
        .post(server.url("/autocomplete"))
        .json(&serde_json::json!({"code": "pri", "cursorPosition": 3, "language": "python"}))
        .send()
        .await
        .expect("POST /autocomplete");
    assert_eq!(autocomplete.status(), 200);
    alice.close(None).await.expect("close");
    bob.close(None).await.expect("close");
    while alice.next().await.is_some() {}
    while bob.next().await.is_some() {}
    let after = server.metrics().await;

    let rooms_created =
        r#"pairprog_http_requests_total{route="/rooms",method="POST",status="200"}"#;
    assert_eq!(sample(&before, rooms_created), 0.0);
    assert_eq!(sample(&after, rooms_created), 1.0);
    let json_connections = r#"pairprog_websocket_connections{protocol="json"}"#;
    assert_eq!(sample(&during, json_connections), 2.0, "{during}");
    let opened = r#"pairprog_websocket_connections_opened_total{protocol="json"}"#;
    assert_eq!(sample(&after, opened), 2.0);
    assert!(sample(&during, "pairprog_rooms_loaded") >= 1.0, "{during}");
    assert!(sample(&after, "pairprog_edits_total") > sample(&before, "pairprog_edits_total"));
    assert!(
        sample(&after, "pairprog_log_append_seconds_count") >= 1.0,
        "{after}"
    );
    assert!(
        sample(&after, "pairprog_fanout_seconds_count") >= 1.0,
        "{after}"
    );
    assert!(
        sample(
            &after,
            r#"pairprog_autocomplete_seconds_count{transport="rest"}"#
        ) >= 1.0,
        "{after}"
    );
    assert!(after.contains("# TYPE pairprog_http_request_duration_seconds histogram"));
}

/// Makes `file` read-only for this process: by its mode, and, for root (whom modes do not stop), with the
/// immutable attribute. Returns whether it worked.
fn make_read_only(file: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    if std::fs::OpenOptions::new().write(true).open(file).is_err() {
        return true;
    }
    Command::new("chattr")
        .arg("+i")
        .arg(file)
        .status()
        .is_ok_and(|status| status.success())
        && std::fs::OpenOptions::new().write(true).open(file).is_err()
}

#[tokio::test]
async fn a_read_only_store_is_healthy_but_not_ready() {
    let directory = TempDir::new().expect("a temporary directory");
    let database = directory.path().join("rooms.sqlite3");
    let database_path = database.to_str().expect("UTF-8 path");
    let prepared = pairprog(
        directory.path(),
        &["init-db"],
        &[("SQLITE_PATH", database_path)],
    )
    .output()
    .expect("init-db runs");
    assert!(prepared.status.success(), "{prepared:?}");
    if !make_read_only(&database) {
        assert!(
            std::env::var_os("CI").is_none(),
            "cannot make a file read-only here (neither its mode nor chattr +i stops this process)"
        );
        eprintln!("skipping: cannot make a file read-only for this process");
        return;
    }
    let server = Server::start_in(directory.path(), &[("SQLITE_PATH", database_path)]);
    let health = reqwest::get(server.url("/health"))
        .await
        .expect("GET /health");
    let ready = reqwest::get(server.url("/ready"))
        .await
        .expect("GET /ready");
    let create = reqwest::Client::new()
        .post(server.url("/rooms"))
        .send()
        .await
        .expect("POST /rooms");
    drop(server);
    let _ = Command::new("chattr").arg("-i").arg(&database).status();

    assert_eq!(health.status(), 200, "reads still work");
    assert_eq!(create.status(), 503, "writes do not");
    assert_eq!(ready.status(), 503);
    let body: Value = ready.json().await.expect("JSON");
    assert_eq!(body["status"], "not ready");
}

#[tokio::test]
async fn a_writable_store_is_ready() {
    let server = Server::start(&[]);
    let ready = reqwest::get(server.url("/ready"))
        .await
        .expect("GET /ready");
    assert_eq!(ready.status(), 200);
    let body: Value = ready.json().await.expect("JSON");
    assert_eq!(body["status"], "ready");
}

#[tokio::test]
async fn tokens_never_reach_the_logs() {
    const SECRET: &str = "a secret for the log test, longer than 32 bytes";
    let environment = [
        ("AUTH_MODE", "token"),
        ("AUTH_JWT_SECRET", SECRET),
        ("LOG_LEVEL", "DEBUG"),
    ];
    let mint = |args: &[&str]| {
        let mut all = vec!["token"];
        all.extend_from_slice(args);
        let output = run(&all, &environment);
        assert!(output.status.success(), "{output:?}");
        String::from_utf8(output.stdout)
            .expect("UTF-8")
            .trim()
            .to_owned()
    };
    let creator = mint(&["--sub", "ada", "--create"]);
    let server = Server::start(&environment);
    let http = reqwest::Client::new();
    let created: Value = http
        .post(server.url("/rooms"))
        .bearer_auth(&creator)
        .send()
        .await
        .expect("POST /rooms")
        .json()
        .await
        .expect("JSON");
    let room = created["roomId"].as_str().expect("roomId").to_owned();
    let shared: Value = http
        .post(server.url(&format!("/rooms/{room}/tokens")))
        .bearer_auth(&creator)
        .json(&serde_json::json!({"role": "editor"}))
        .send()
        .await
        .expect("POST tokens")
        .json()
        .await
        .expect("JSON");
    let link = shared["token"].as_str().expect("token").to_owned();
    let forged = format!("{}x", &link[..link.len() - 1]);

    // The token in the URL (valid, then forged, then spelt %74oken), and in the first message.
    let (mut socket, _) = connect_async(server.ws_url(&format!("/ws/{room}?token={link}")))
        .await
        .expect("handshake");
    let _initial = socket.next().await.expect("initial_state").expect("frame");
    socket.close(Some(normal_closure())).await.expect("close");
    assert!(
        connect_async(server.ws_url(&format!("/yjs/{room}?token={forged}")))
            .await
            .is_err()
    );
    let (mut spelt, _) = connect_async(server.ws_url(&format!("/ws/{room}?%74oken={link}")))
        .await
        .expect("handshake");
    let _initial = spelt.next().await.expect("initial_state").expect("frame");
    let (mut in_band, _) = connect_async(server.ws_url(&format!("/ws/{room}")))
        .await
        .expect("handshake");
    in_band
        .send(Message::text(
            serde_json::json!({"type": "auth", "token": forged}).to_string(),
        ))
        .await
        .expect("send");
    while in_band.next().await.is_some() {}
    let refused = http
        .get(server.url(&format!("/rooms/{room}")))
        .bearer_auth(&forged)
        .send()
        .await
        .expect("GET");
    assert_eq!(refused.status(), 401);

    server
        .wait_for_event("the refused GET's access line", |event| {
            event["status"] == 401 && event["method"] == "GET"
        })
        .await;
    server
        .wait_for_event("the in-band refusal", |event| {
            event["message"] == "websocket closed" && event["close_code"] == 4401
        })
        .await;
    let lines = server.lines.lock().expect("lines").join("\n");
    for secret in [&creator, &link, &forged, &SECRET.to_owned()] {
        // A token's signature is its unguessable part: no line may hold it.
        let signature = secret.rsplit('.').next().expect("a signature");
        assert!(
            !lines.contains(signature),
            "a secret is in the logs:\n{lines}"
        );
    }
    assert!(lines.contains("token=REDACTED"), "{lines}");
    assert!(lines.contains("%74oken=REDACTED"), "{lines}");
}

#[test]
fn access_settings_are_checked_and_the_secret_is_masked() {
    let cases: &[(&[(&str, &str)], &str)] = &[
        (
            &[("AUTH_MODE", "closed")],
            r#"invalid AUTH_MODE="closed": expected open, token or mixed"#,
        ),
        (
            &[("AUTH_MODE", "token")],
            r#"invalid AUTH_MODE="token": expected open, or AUTH_JWT_SECRET or AUTH_JWT_PUBLIC_KEY set: without a key no token but the server's own share links can be checked"#,
        ),
        (
            &[("AUTH_JWT_SECRET", "short")],
            r#"invalid AUTH_JWT_SECRET="****": expected at least 32 bytes (e.g. openssl rand -hex 32), or nothing"#,
        ),
        (
            &[("AUTH_ANONYMOUS_ROLE", "admin")],
            r#"invalid AUTH_ANONYMOUS_ROLE="admin": expected viewer, editor or owner"#,
        ),
        (
            &[("AUTH_JWT_PUBLIC_KEY", "/nonexistent/key.pem")],
            r#"invalid AUTH_JWT_PUBLIC_KEY="/nonexistent/key.pem": expected a PEM public key, the path of a PEM file, or nothing"#,
        ),
        (
            &[("RATE_LIMIT_ROOMS_PER_MINUTE", "-1")],
            r#"invalid RATE_LIMIT_ROOMS_PER_MINUTE="-1": expected a whole number of requests from 0 to 1000000"#,
        ),
    ];
    for (environment, expected) in cases {
        let output = run(&["config"], environment);
        assert_eq!(output.status.code(), Some(1), "{environment:?}");
        assert_eq!(
            String::from_utf8_lossy(&output.stderr),
            format!("error: {expected}\n"),
            "{environment:?}"
        );
    }
    let secret = "a secret that must never be printed by config";
    let output = run(
        &["config"],
        &[("AUTH_MODE", "mixed"), ("AUTH_JWT_SECRET", secret)],
    );
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("AUTH_MODE=mixed\n"), "{stdout}");
    assert!(stdout.contains("AUTH_JWT_SECRET=****\n"), "{stdout}");
    assert!(!stdout.contains(secret), "{stdout}");
    let token = run(&["token", "--sub", "ada"], &[]);
    assert_eq!(token.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&token.stderr).contains("AUTH_JWT_SECRET"),
        "{token:?}"
    );
}
