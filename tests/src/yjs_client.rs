//! The real Yjs client in end-to-end tests: `yjs` and y-websocket's `WebsocketProvider`, run by Node.js
//! (`tests/js/yjs_client.mjs`) and driven from Rust over JSON lines on its stdin and stdout.
//!
//! It proves that the npm packages a browser editor uses work against the server unchanged. Node and the packages
//! are installed by `make test-deps`; without them the tests that need them are skipped, except under CI
//! (`CI` set), where a missing Node is a failure.
//!
//! ```no_run
//! use pairprog_tests::yjs_client::{YjsClient, YjsClientOptions};
//!
//! # async fn scenario() {
//! # let (port, room) = (8000, "k3x9q2ab");
//! let url = format!("ws://127.0.0.1:{port}/yjs");
//! let Some(mut alice) = YjsClient::spawn(&url, room, "alice") else { return }; // no Node: skipped
//! let Some(mut bob) = YjsClient::spawn(&url, room, "bob") else { return };
//! alice.wait_synced().await;
//! bob.wait_synced().await;
//!
//! alice.insert(0, "fn main() {}").await;
//! assert_eq!(bob.wait_text("fn main() {}").await, "fn main() {}");
//!
//! alice.set_awareness(serde_json::json!({"cursor": 3})).await;
//! let states = bob.wait_awareness(1).await; // bob sees exactly one other client
//! assert_eq!(states.values().next().map(|state| &state["cursor"]), Some(&serde_json::json!(3)));
//!
//! let Some(mut stranger) = YjsClient::spawn_with(&url, "no-such-room", "eve", YjsClientOptions::no_reconnect())
//! else {
//!     return;
//! };
//! assert_eq!(stranger.wait_closed().await, Some(4004));
//! # }
//! ```
//!
//! Offsets and lengths count UTF-16 code units, as JavaScript strings and `Y.Text` do: `"😀"` is 2 long.

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
    process::Stdio,
    time::Duration,
};

use serde_json::{Value, json};
use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    process::{Child, ChildStdin, Command},
    sync::{mpsc, watch},
    task::JoinHandle,
};

use crate::app::RECEIVE_TIMEOUT;

/// Extra time given to the Node process to answer, beyond the wait it was asked for.
const ANSWER_MARGIN: Duration = Duration::from_secs(5);

/// Whether Node.js and the npm packages of `tests/js` are installed.
///
/// When they are not: under CI (`CI` set) this panics, since the tests must not silently skip there; otherwise it
/// prints a line saying the test is skipped and returns `false`.
///
/// # Panics
/// Under CI, when Node.js or the packages are missing.
#[must_use]
pub fn node_available() -> bool {
    let problem = if !node_runs() {
        Some("`node` is not on the PATH".to_owned())
    } else if !packages_dir().join("node_modules/y-websocket").is_dir() {
        Some(format!("{} has no node_modules", packages_dir().display()))
    } else {
        None
    };
    match problem {
        None => true,
        Some(problem) if std::env::var_os("CI").is_some() => {
            panic!(
                "the Yjs interop tests need Node.js and its packages: {problem}; run `make test-deps`"
            )
        }
        Some(problem) => {
            eprintln!("skipped: {problem} (run `make test-deps` to install the Yjs client)");
            false
        }
    }
}

fn node_runs() -> bool {
    std::process::Command::new("node")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

fn packages_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("js")
}

/// How the client behaves beyond the defaults of `WebsocketProvider`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YjsClientOptions {
    /// Reconnect after the server closes the socket, as the real provider does (it only gives up on close codes
    /// 4400 to 4499, so it retries a 4004 forever). Turn it off to observe exactly one connection.
    pub reconnect: bool,
}

impl Default for YjsClientOptions {
    fn default() -> Self {
        Self { reconnect: true }
    }
}

impl YjsClientOptions {
    /// One connection attempt: after a close, the client stays closed.
    #[must_use]
    pub fn no_reconnect() -> Self {
        Self { reconnect: false }
    }
}

/// What the client reported without being asked.
#[derive(Debug, Clone, Default)]
struct Events {
    /// The provider received the server's sync step 2 at least once.
    synced: bool,
    /// The close codes of the connections the server (or the network) closed, in order.
    close_codes: Vec<u16>,
    /// Connections the provider dropped itself because the server sent nothing for 30 s.
    timeouts: usize,
    /// The "permission denied" messages the server sent (edits of a read-only connection).
    denials: usize,
}

/// A Node.js process running the real Yjs client, connected to one room. Killed when dropped.
pub struct YjsClient {
    name: String,
    child: Child,
    stdin: ChildStdin,
    answers: mpsc::UnboundedReceiver<Value>,
    events: watch::Receiver<Events>,
    next_id: u64,
    readers: [JoinHandle<()>; 2],
}

impl YjsClient {
    /// Starts a client named `name` (its awareness state is `{"user": {"name": name}}`) that connects to
    /// `<url_base>/<room>`, e.g. `url_base` = `ws://127.0.0.1:PORT/yjs`. Returns at once; see
    /// [`YjsClient::wait_synced`].
    ///
    /// Returns `None` when Node.js or the packages are missing (see [`node_available`]): the test should return.
    ///
    /// # Panics
    /// When Node.js cannot be started, or under CI when it is missing.
    #[must_use]
    pub fn spawn(url_base: &str, room: &str, name: &str) -> Option<Self> {
        Self::spawn_with(url_base, room, name, YjsClientOptions::default())
    }

    /// [`YjsClient::spawn`] with options.
    ///
    /// # Panics
    /// When Node.js cannot be started, or under CI when it is missing.
    #[must_use]
    pub fn spawn_with(
        url_base: &str,
        room: &str,
        name: &str,
        options: YjsClientOptions,
    ) -> Option<Self> {
        Self::spawn_with_token(url_base, room, name, options, None)
    }

    /// [`YjsClient::spawn_with`], offering `token` as a browser does: the subprotocols `pairprog` and
    /// `bearer.<token>` (the `ws` package, like browsers, fails a handshake whose answer names neither).
    ///
    /// # Panics
    /// When Node.js cannot be started, or under CI when it is missing.
    #[must_use]
    pub fn spawn_with_token(
        url_base: &str,
        room: &str,
        name: &str,
        options: YjsClientOptions,
        token: Option<&str>,
    ) -> Option<Self> {
        if !node_available() {
            return None;
        }
        let mut command = Command::new("node");
        command
            .arg(packages_dir().join("yjs_client.mjs"))
            .args(["--url", url_base, "--room", room, "--name", name])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true);
        if !options.reconnect {
            command.arg("--no-reconnect");
        }
        if let Some(token) = token {
            command.args(["--token", token]);
        }
        let mut child = command.spawn().expect("node starts");
        let stdin = child.stdin.take().expect("piped stdin");
        let stdout = child.stdout.take().expect("piped stdout");
        let stderr = child.stderr.take().expect("piped stderr");

        let (answer_sender, answers) = mpsc::unbounded_channel();
        let (event_sender, events) = watch::channel(Events::default());
        let stdout_name = name.to_owned();
        let stdout_reader = tokio::spawn(async move {
            let mut lines = BufReader::new(stdout).lines();
            while let Ok(Some(line)) = lines.next_line().await {
                let Ok(message) = serde_json::from_str::<Value>(&line) else {
                    eprintln!("[yjs-client {stdout_name}] (not JSON) {line}");
                    continue;
                };
                match message.get("event").and_then(Value::as_str) {
                    Some("synced") => event_sender.send_modify(|events| events.synced = true),
                    Some("closed") => {
                        let code = message
                            .get("code")
                            .and_then(Value::as_u64)
                            .and_then(|code| u16::try_from(code).ok());
                        event_sender
                            .send_modify(|events| events.close_codes.push(code.unwrap_or(0)));
                    }
                    Some("timed_out") => event_sender.send_modify(|events| events.timeouts += 1),
                    Some("permission_denied") => {
                        event_sender.send_modify(|events| events.denials += 1);
                    }
                    Some(_) => eprintln!("[yjs-client {stdout_name}] unknown event {message}"),
                    None => {
                        let _ = answer_sender.send(message);
                    }
                }
            }
        });
        // The client's diagnostics, through eprintln! so the test harness captures them with the test's output.
        let stderr_reader = tokio::spawn(async move {
            let mut lines = BufReader::new(stderr).lines();
            while let Ok(Some(line)) = lines.next_line().await {
                eprintln!("{line}");
            }
        });
        Some(Self {
            name: name.to_owned(),
            child,
            stdin,
            answers,
            events,
            next_id: 1,
            readers: [stdout_reader, stderr_reader],
        })
    }

    /// The name the client was started with.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Waits until the provider is synced with the server (it received the server's sync step 2).
    ///
    /// # Panics
    /// When that does not happen within [`RECEIVE_TIMEOUT`].
    pub async fn wait_synced(&mut self) {
        let waited = tokio::time::timeout(
            RECEIVE_TIMEOUT,
            self.events.wait_for(|events| events.synced),
        )
        .await;
        match waited {
            Ok(Ok(_)) => {}
            Ok(Err(_)) => panic!("yjs client {} exited before it synced", self.name),
            Err(_) => panic!(
                "yjs client {} did not sync within {RECEIVE_TIMEOUT:?}",
                self.name
            ),
        }
    }

    /// How many "permission denied" messages the server has sent this client so far.
    #[must_use]
    pub fn permission_denials(&self) -> usize {
        self.events.borrow().denials
    }

    /// Waits until the server closes the client's connection, and returns the close code; `None` when it stays
    /// open for [`RECEIVE_TIMEOUT`]. A close that already happened counts: the first one is returned.
    pub async fn wait_closed(&mut self) -> Option<u16> {
        let waited = tokio::time::timeout(
            RECEIVE_TIMEOUT,
            self.events
                .wait_for(|events| !events.close_codes.is_empty()),
        )
        .await;
        match waited {
            Ok(Ok(events)) => events.close_codes.first().copied(),
            Ok(Err(_)) | Err(_) => None,
        }
    }

    /// Whether the provider ever dropped its connection because the server sent nothing for 30 s: y-websocket's
    /// watchdog, which WebSocket pings do not feed (only messages do), then reconnects.
    #[must_use]
    pub fn timed_out(&self) -> bool {
        self.events.borrow().timeouts > 0
    }

    /// Inserts `text` at `index` (UTF-16 code units) into the shared text; returns the text after the insertion.
    ///
    /// # Panics
    /// When `index` is beyond the text, or the client does not answer.
    pub async fn insert(&mut self, index: usize, text: &str) -> String {
        let answer = self
            .request(
                json!({"cmd": "insert", "index": index, "text": text}),
                Duration::ZERO,
            )
            .await;
        text_of(&answer)
    }

    /// Deletes `length` code units (UTF-16) at `index`; returns the text after the deletion.
    ///
    /// # Panics
    /// When the range is beyond the text, or the client does not answer.
    pub async fn delete(&mut self, index: usize, length: usize) -> String {
        let answer = self
            .request(
                json!({"cmd": "delete", "index": index, "length": length}),
                Duration::ZERO,
            )
            .await;
        text_of(&answer)
    }

    /// The client's current text.
    ///
    /// # Panics
    /// When the client does not answer.
    pub async fn text(&mut self) -> String {
        let answer = self.request(json!({"cmd": "text"}), Duration::ZERO).await;
        text_of(&answer)
    }

    /// Waits up to [`RECEIVE_TIMEOUT`] for the client's text to equal `expected`; returns the text it has at the
    /// end, so `assert_eq!(client.wait_text("x").await, "x")` shows what it had instead.
    ///
    /// # Panics
    /// When the client does not answer.
    pub async fn wait_text(&mut self, expected: &str) -> String {
        self.wait_text_within(expected, RECEIVE_TIMEOUT).await
    }

    /// [`YjsClient::wait_text`] with a chosen timeout (a short one, to check that a text does *not* arrive).
    ///
    /// # Panics
    /// When the client does not answer.
    pub async fn wait_text_within(&mut self, expected: &str, timeout: Duration) -> String {
        let command =
            json!({"cmd": "wait_text", "equals": expected, "timeout_ms": millis(timeout)});
        let answer = self.request(command, timeout).await;
        text_of(&answer)
    }

    /// Sets the client's awareness state (any JSON; `null` clears it, which the others see as the client leaving).
    ///
    /// # Panics
    /// When the client does not answer.
    pub async fn set_awareness(&mut self, state: Value) {
        self.request(
            json!({"cmd": "set_awareness", "state": state}),
            Duration::ZERO,
        )
        .await;
    }

    /// The awareness states of the other clients of the room, as this client knows them, by Yjs client ID.
    ///
    /// # Panics
    /// When the client does not answer.
    pub async fn awareness(&mut self) -> BTreeMap<u64, Value> {
        let answer = self
            .request(json!({"cmd": "awareness"}), Duration::ZERO)
            .await;
        states_of(&answer)
    }

    /// Waits up to [`RECEIVE_TIMEOUT`] until exactly `count` other clients have an awareness state; returns the
    /// states it knows at the end (check their number: a timeout is not a panic).
    ///
    /// # Panics
    /// When the client does not answer.
    pub async fn wait_awareness(&mut self, count: usize) -> BTreeMap<u64, Value> {
        self.wait_awareness_within(count, RECEIVE_TIMEOUT).await
    }

    /// [`YjsClient::wait_awareness`] with a chosen timeout.
    ///
    /// # Panics
    /// When the client does not answer.
    pub async fn wait_awareness_within(
        &mut self,
        count: usize,
        timeout: Duration,
    ) -> BTreeMap<u64, Value> {
        let command =
            json!({"cmd": "wait_awareness", "count": count, "timeout_ms": millis(timeout)});
        let answer = self.request(command, timeout).await;
        states_of(&answer)
    }

    /// Sets this client's awareness `user` to `{name, color, colorLight}`, as y-codemirror.next expects it.
    ///
    /// # Panics
    /// When the client does not answer.
    pub async fn set_user(&mut self, name: &str, color: &str) {
        self.request(
            json!({"cmd": "set_user", "name": name, "color": color}),
            Duration::ZERO,
        )
        .await;
    }

    /// Sets this client's awareness `cursor` to relative positions made with
    /// `Y.createRelativePositionFromTypeIndex` at these UTF-16 indexes (`None`: no cursor).
    ///
    /// # Panics
    /// When the client does not answer or the indexes are outside the text.
    pub async fn set_cursor(&mut self, cursor: Option<(usize, usize)>) {
        let (anchor, head) = cursor.map_or((Value::Null, Value::Null), |(anchor, head)| {
            (json!(anchor), json!(head))
        });
        let answer = self
            .request(
                json!({"cmd": "set_cursor", "anchor": anchor, "head": head}),
                Duration::ZERO,
            )
            .await;
        assert_eq!(answer["ok"], json!(true), "set_cursor: {answer}");
    }

    /// Waits up to [`RECEIVE_TIMEOUT`] until the other client named `name` has its cursor at `cursor` (UTF-16
    /// indexes resolved from its relative positions; `None`: no cursor, or no state at all). Returns whether it
    /// did, and every other client's cursor (by name) at the end.
    ///
    /// # Panics
    /// When the client does not answer.
    pub async fn wait_cursor(
        &mut self,
        name: &str,
        cursor: Option<(usize, usize)>,
    ) -> (bool, Value) {
        let (anchor, head) = cursor.map_or((Value::Null, Value::Null), |(anchor, head)| {
            (json!(anchor), json!(head))
        });
        let command = json!({
            "cmd": "wait_cursor", "name": name, "anchor": anchor, "head": head,
            "timeout_ms": millis(RECEIVE_TIMEOUT),
        });
        let answer = self.request(command, RECEIVE_TIMEOUT).await;
        (answer["ok"] == json!(true), answer["cursors"].clone())
    }

    /// Drops the connection and reconnects, as after a network blip; returns once connected again.
    ///
    /// # Panics
    /// When the client does not answer or does not reconnect.
    pub async fn reconnect(&mut self) {
        let answer = self
            .request(json!({"cmd": "reconnect"}), RECEIVE_TIMEOUT)
            .await;
        assert_eq!(answer["ok"], json!(true), "reconnect: {answer}");
    }

    /// Ends the process at once (SIGKILL), as a crashed browser does: no awareness removal, no close frame.
    pub async fn kill(mut self) {
        let _ = self.child.start_kill();
        let _ = tokio::time::timeout(ANSWER_MARGIN, self.child.wait()).await;
    }

    /// Closes the client as a browser tab does: its awareness state is removed, the socket closed, and the
    /// process exits.
    ///
    /// # Panics
    /// When the client does not answer.
    pub async fn close(mut self) {
        self.request(json!({"cmd": "close"}), Duration::ZERO).await;
        let _ = tokio::time::timeout(ANSWER_MARGIN, self.child.wait()).await;
    }

    /// Sends one command and waits for its answer (at most `wait` plus a margin).
    async fn request(&mut self, mut command: Value, wait: Duration) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        command["id"] = json!(id);
        let mut line = command.to_string();
        line.push('\n');
        if let Err(error) = self.stdin.write_all(line.as_bytes()).await {
            panic!(
                "yjs client {} no longer reads commands ({error}); its output is above",
                self.name
            );
        }
        let deadline = wait + ANSWER_MARGIN;
        let answer = match tokio::time::timeout(deadline, self.answers.recv()).await {
            Ok(Some(answer)) => answer,
            Ok(None) => panic!(
                "yjs client {} exited while running {command}; its output is above",
                self.name
            ),
            Err(_) => panic!(
                "yjs client {} did not answer {command} within {deadline:?}",
                self.name
            ),
        };
        assert_eq!(
            answer.get("id"),
            Some(&json!(id)),
            "yjs client {} answered out of order",
            self.name
        );
        if let Some(error) = answer.get("error") {
            panic!("yjs client {} refused {command}: {error}", self.name);
        }
        answer
    }
}

impl Drop for YjsClient {
    fn drop(&mut self) {
        // `kill_on_drop` kills the process when `child` drops; the readers end with its pipes, or now.
        let _ = self.child.start_kill();
        for reader in &self.readers {
            reader.abort();
        }
    }
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

fn text_of(answer: &Value) -> String {
    answer
        .get("text")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .unwrap_or_else(|| panic!("no text in {answer}"))
}

fn states_of(answer: &Value) -> BTreeMap<u64, Value> {
    let Some(states) = answer.get("states").and_then(Value::as_object) else {
        panic!("no states in {answer}");
    };
    states
        .iter()
        .map(|(client, state)| {
            let client = client
                .parse()
                .unwrap_or_else(|_| panic!("client ID {client:?} is not a number"));
            (client, state.clone())
        })
        .collect()
}
