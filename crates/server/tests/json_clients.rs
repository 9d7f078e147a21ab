//! JSON clients lose nothing, with the real binary: two Yjs replicas and two JSON clients type into one room
//! for 40 rounds, 15 to 35 ms apart (people typing, not waiting for answers), each inserting one unique token
//! (with non-ASCII characters) per round at a token boundary. Every token must end up whole, once, on every
//! client; then `kill -9` and a restart must keep the very same text.
//!
//! The JSON clients are, in one test, of the spec's kind plus `baseVersion` (they replace their text with
//! every `initial_state`/`code_update` and name the version of the last one), and in the other the
//! reference client of `clients/js`, run by Node.js (`tests/js/reference_client.mjs`, with the `ws` package
//! that `make test-deps` installs). Without Node the second test is skipped, except under CI.

mod support;

use std::{
    collections::HashMap,
    path::{Path, PathBuf},
    process::{Command, Stdio},
    sync::{Arc, Mutex, PoisonError},
    time::{Duration, Instant},
};

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use support::{ServerProcess, free_port};
use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    sync::mpsc,
};
use tokio_tungstenite::{connect_async, tungstenite::Message as WsMessage};
use yrs::{
    Doc, GetString, OffsetKind, Options, ReadTxn, Text, TextRef, Transact, Update,
    sync::{Message, SyncMessage},
    updates::{decoder::Decode, encoder::Encode},
};

const ROUNDS: usize = 40;
const RUNS: usize = 20;
/// Rooms typed into at the same time, so that 20 runs take seconds.
const PARALLEL: usize = 5;

/// xorshift64*: deterministic and dependency-free.
struct Rng(u64);

impl Rng {
    fn below(&mut self, bound: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % bound.max(1)
    }
}

/// The token client `client` inserts in round `round`: unique, with non-ASCII characters, closed by `⟩`.
fn token(client: usize, round: usize) -> String {
    format!("⟨c{client}·r{round}ü⟩")
}

/// The byte position of token boundary `pick` (modulo their count) of `text`: its start, or after a `⟩`.
fn boundary(text: &str, pick: u64) -> usize {
    let places: Vec<usize> = std::iter::once(0)
        .chain(
            text.char_indices()
                .filter(|(_, c)| *c == '⟩')
                .map(|(at, c)| at + c.len_utf8()),
        )
        .collect();
    places[usize::try_from(pick).expect("small") % places.len()]
}

async fn create_room(port: u16) -> String {
    let room: Value = reqwest::Client::new()
        .post(format!("http://127.0.0.1:{port}/rooms"))
        .send()
        .await
        .expect("create room")
        .json()
        .await
        .expect("JSON");
    room["roomId"].as_str().expect("roomId").to_owned()
}

async fn room_code(port: u16, room: &str) -> String {
    let room: Value = reqwest::get(format!("http://127.0.0.1:{port}/rooms/{room}"))
        .await
        .expect("read room")
        .json()
        .await
        .expect("JSON");
    room["code"].as_str().expect("code").to_owned()
}

/// A JSON client of kind (a): the spec's client plus `baseVersion`. It numbers its updates (`seq`) only so
/// that the test can tell when all were answered; the server's merge does not depend on it.
struct Replacing {
    commands: mpsc::UnboundedSender<(String, u64)>,
    /// Its text, the version it names, and how many of its updates are unanswered.
    state: Arc<Mutex<(String, u64, u64)>>,
}

impl Replacing {
    async fn connect(port: u16, room: &str) -> Self {
        let (stream, _) = connect_async(format!("ws://127.0.0.1:{port}/ws/{room}"))
            .await
            .expect("connects");
        let (mut sink, mut source) = stream.split();
        let state = Arc::new(Mutex::new((String::new(), 0, 0)));
        let (commands, mut inbox) = mpsc::unbounded_channel::<(String, u64)>();
        let shared = Arc::clone(&state);
        let (joined_tx, joined) = tokio::sync::oneshot::channel();
        let mut joined_tx = Some(joined_tx);
        tokio::spawn(async move {
            loop {
                tokio::select! {
                    frame = source.next() => {
                        let Some(Ok(WsMessage::Text(text))) = frame else {
                            if matches!(frame, Some(Ok(_))) { continue; }
                            return;
                        };
                        let message: Value = serde_json::from_str(&text).expect("JSON");
                        let mut state = shared.lock().unwrap_or_else(PoisonError::into_inner);
                        if message.get("ackSeq").is_some() {
                            state.2 -= 1;
                        }
                        match message["type"].as_str() {
                            Some("initial_state" | "code_update") => {
                                state.0 = message["code"].as_str().expect("code").to_owned();
                                state.1 = message["version"].as_u64().expect("version");
                                if let Some(joined) = joined_tx.take() {
                                    let _ = joined.send(());
                                }
                            }
                            Some("ack") => {}
                            _ => panic!("unexpected message {message}"),
                        }
                    }
                    command = inbox.recv() => {
                        let Some((token, pick)) = command else { return };
                        let message = {
                            let mut state = shared.lock().unwrap_or_else(PoisonError::into_inner);
                            let at = boundary(&state.0, pick);
                            state.0.insert_str(at, &token);
                            state.2 += 1;
                            json!({ "type": "code_update", "code": state.0, "baseVersion": state.1, "seq": 1 })
                        };
                        sink.send(WsMessage::text(message.to_string())).await.expect("send");
                    }
                }
            }
        });
        joined.await.expect("initial_state");
        Self { commands, state }
    }
}

impl Replacing {
    fn insert(&self, token: String, pick: u64) {
        self.commands.send((token, pick)).expect("client running");
    }

    async fn text(&self) -> (String, bool) {
        let state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        (state.0.clone(), state.2 == 0)
    }
}

/// A Yjs replica on `yrs`, applying what it receives as it arrives.
struct Yjs {
    commands: mpsc::UnboundedSender<(String, u64)>,
    doc: Arc<Mutex<(Doc, TextRef)>>,
}

impl Yjs {
    async fn connect(port: u16, room: &str) -> Self {
        let (stream, _) = connect_async(format!("ws://127.0.0.1:{port}/yjs/{room}"))
            .await
            .expect("connects");
        let (mut sink, mut source) = stream.split();
        let doc = Doc::with_options(Options {
            offset_kind: OffsetKind::Utf16,
            ..Options::default()
        });
        let text = doc.get_or_insert_text("code");
        let step1 = Message::Sync(SyncMessage::SyncStep1(doc.transact().state_vector()));
        sink.send(WsMessage::binary(step1.encode_v1()))
            .await
            .expect("send");
        let shared = Arc::new(Mutex::new((doc, text)));
        let replica = Arc::clone(&shared);
        let (commands, mut inbox) = mpsc::unbounded_channel::<(String, u64)>();
        let (synced_tx, synced) = tokio::sync::oneshot::channel();
        let mut synced_tx = Some(synced_tx);
        tokio::spawn(async move {
            loop {
                tokio::select! {
                    frame = source.next() => {
                        let Some(Ok(frame)) = frame else { return };
                        let WsMessage::Binary(bytes) = frame else { continue };
                        let Ok(message) = Message::decode_v1(&bytes) else { continue };
                        let update = match message {
                            Message::Sync(SyncMessage::SyncStep2(update) | SyncMessage::Update(update)) => update,
                            Message::Sync(SyncMessage::SyncStep1(_)) => continue,
                            _ => continue,
                        };
                        let replica = replica.lock().unwrap_or_else(PoisonError::into_inner);
                        replica
                            .0
                            .transact_mut()
                            .apply_update(Update::decode_v1(&update).expect("an update"))
                            .expect("applies");
                        drop(replica);
                        if let Some(synced) = synced_tx.take() {
                            let _ = synced.send(());
                        }
                    }
                    command = inbox.recv() => {
                        let Some((token, pick)) = command else { return };
                        let update = {
                            let replica = replica.lock().unwrap_or_else(PoisonError::into_inner);
                            let (doc, text) = &*replica;
                            let mut txn = doc.transact_mut();
                            let current = text.get_string(&txn);
                            let at = boundary(&current, pick);
                            let index = u32::try_from(current[..at].encode_utf16().count()).expect("small");
                            text.insert(&mut txn, index, &token);
                            txn.encode_update_v1()
                        };
                        let message = Message::Sync(SyncMessage::Update(update));
                        sink.send(WsMessage::binary(message.encode_v1())).await.expect("send");
                    }
                }
            }
        });
        synced.await.expect("synced");
        Self {
            commands,
            doc: shared,
        }
    }
}

impl Yjs {
    fn insert(&self, token: String, pick: u64) {
        self.commands.send((token, pick)).expect("replica running");
    }

    async fn text(&self) -> (String, bool) {
        let replica = self.doc.lock().unwrap_or_else(PoisonError::into_inner);
        (replica.1.get_string(&replica.0.transact()), true)
    }
}

/// The reference clients of one Node.js process (`tests/js/reference_client.mjs`).
struct Node {
    stdin: tokio::sync::Mutex<tokio::process::ChildStdin>,
    answers: tokio::sync::Mutex<mpsc::UnboundedReceiver<Value>>,
    _child: tokio::process::Child,
}

fn js_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/js")
}

impl Node {
    /// Starts the driver, or returns `None` (after saying so) when Node.js or the `ws` package is missing,
    /// outside CI.
    fn start() -> Option<Self> {
        let usable = Command::new("node")
            .arg("--version")
            .stdout(Stdio::null())
            .status()
            .is_ok_and(|status| status.success())
            && js_dir().join("node_modules/ws").is_dir();
        if !usable {
            assert!(
                std::env::var_os("CI").is_none(),
                "the reference client test needs Node.js and tests/js/node_modules: run `make test-deps`"
            );
            eprintln!("skipped: Node.js or tests/js/node_modules missing (run `make test-deps`)");
            return None;
        }
        let mut child = tokio::process::Command::new("node")
            .arg(js_dir().join("reference_client.mjs"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .kill_on_drop(true)
            .spawn()
            .expect("node starts");
        let stdout = child.stdout.take().expect("stdout");
        let (sender, answers) = mpsc::unbounded_channel();
        tokio::spawn(async move {
            let mut lines = BufReader::new(stdout).lines();
            while let Ok(Some(line)) = lines.next_line().await {
                let answer: Value = serde_json::from_str(&line).expect("JSON line");
                assert!(answer.get("error").is_none(), "server error: {answer}");
                if sender.send(answer).is_err() {
                    return;
                }
            }
        });
        Some(Self {
            stdin: tokio::sync::Mutex::new(child.stdin.take().expect("stdin")),
            answers: tokio::sync::Mutex::new(answers),
            _child: child,
        })
    }

    async fn command(&self, command: &Value) {
        let mut stdin = self.stdin.lock().await;
        stdin
            .write_all(format!("{command}\n").as_bytes())
            .await
            .expect("write to node");
    }

    /// Sends `command` and waits for the answer whose `key` is `id`.
    async fn ask(&self, command: &Value, key: &str, id: u64) -> Value {
        let mut answers = self.answers.lock().await;
        self.command(command).await;
        loop {
            let answer = tokio::time::timeout(Duration::from_secs(10), answers.recv())
                .await
                .expect("node answers")
                .expect("node running");
            if answer[key] == json!(id) {
                return answer;
            }
        }
    }
}

/// One reference client in the Node.js process.
struct Reference {
    node: Arc<Node>,
    id: u64,
}

impl Reference {
    async fn connect(node: &Arc<Node>, id: u64, port: u16, room: &str) -> Self {
        let url = format!("ws://127.0.0.1:{port}/ws/{room}");
        node.ask(&json!({ "open": id, "url": url }), "opened", id)
            .await;
        Self {
            node: Arc::clone(node),
            id,
        }
    }
}

impl Reference {
    async fn insert(&self, token: String, pick: u64) {
        let command = json!({ "insert": self.id, "token": token, "pick": pick });
        self.node.command(&command).await;
    }

    async fn text(&self) -> (String, bool) {
        let report = self
            .node
            .ask(&json!({ "report": self.id }), "report", self.id)
            .await;
        (
            report["text"].as_str().expect("text").to_owned(),
            report["settled"].as_bool().expect("settled"),
        )
    }
}

enum Client {
    Replacing(Replacing),
    Yjs(Yjs),
    Reference(Reference),
}

impl Client {
    async fn insert(&self, token: String, pick: u64) {
        match self {
            Self::Replacing(client) => client.insert(token, pick),
            Self::Yjs(client) => client.insert(token, pick),
            Self::Reference(client) => client.insert(token, pick).await,
        }
    }

    async fn text(&self) -> (String, bool) {
        match self {
            Self::Replacing(client) => client.text().await,
            Self::Yjs(client) => client.text().await,
            Self::Reference(client) => client.text().await,
        }
    }
}

/// One run in a fresh room: 40 rounds, then every client must hold every token, whole and once. Returns the
/// room and its final text.
async fn run(port: u16, seed: u64, node: Option<&Arc<Node>>) -> (String, String) {
    let room = create_room(port).await;
    let mut clients = vec![
        Client::Yjs(Yjs::connect(port, &room).await),
        Client::Yjs(Yjs::connect(port, &room).await),
    ];
    for index in 0..2 {
        clients.push(match node {
            Some(node) => {
                Client::Reference(Reference::connect(node, seed * 10 + index, port, &room).await)
            }
            None => Client::Replacing(Replacing::connect(port, &room).await),
        });
    }
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut expected = Vec::new();
    for round in 0..ROUNDS {
        for (index, client) in clients.iter().enumerate() {
            let token = token(index, round);
            expected.push(token.clone());
            client.insert(token, rng.below(1000)).await;
        }
        tokio::time::sleep(Duration::from_millis(15 + rng.below(21))).await;
    }
    // Within a round trip or two of the last edit, every client holds the room's text.
    let deadline = Instant::now() + Duration::from_secs(10);
    let final_text = loop {
        let server = room_code(port, &room).await;
        let mut texts = Vec::new();
        for client in &clients {
            texts.push(client.text().await);
        }
        if texts
            .iter()
            .all(|(text, settled)| *text == server && *settled)
        {
            break server;
        }
        assert!(
            Instant::now() < deadline,
            "seed {seed}: clients did not converge on {server:?}: {texts:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let mut pieces: Vec<&str> = final_text.split_inclusive('⟩').collect();
    pieces.sort_unstable();
    expected.sort_unstable();
    assert_eq!(
        pieces, expected,
        "seed {seed}: every token whole, once, and nothing else, in {final_text:?}"
    );
    (room, final_text)
}

/// 20 runs (5 rooms at a time), then `kill -9`, a restart on the same files, and the same texts.
async fn scenario(node: Option<Arc<Node>>) {
    let directory = tempfile::tempdir().expect("temp dir");
    let port = free_port();
    let server = ServerProcess::start(directory.path(), port).await;
    let mut finals: HashMap<String, String> = HashMap::new();
    for batch in 0..RUNS / PARALLEL {
        let runs = (0..PARALLEL).map(|index| {
            let seed = u64::try_from(batch * PARALLEL + index).expect("small") + 1;
            let node = node.clone();
            tokio::spawn(async move { run(port, seed, node.as_ref()).await })
        });
        for finished in futures_util::future::join_all(runs).await {
            let (room, text) = finished.expect("a run completes");
            finals.insert(room, text);
        }
    }
    server.kill_9();
    let restarted = ServerProcess::start(directory.path(), port).await;
    for (room, text) in &finals {
        assert_eq!(
            &room_code(port, room).await,
            text,
            "room {room} after kill -9 and a restart"
        );
    }
    drop(restarted);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clients_replacing_their_text_with_base_versions_and_yjs_clients_lose_nothing() {
    scenario(None).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reference_clients_and_yjs_clients_lose_nothing() {
    let Some(node) = Node::start() else { return };
    scenario(Some(Arc::new(node))).await;
}
