//! Property test: random interleavings of edits from JSON clients (with and without `baseVersion`) and Yjs
//! clients, through the real server, always converge, and no acknowledged insertion is lost unless someone who
//! saw it deleted it.
//!
//! The JSON clients read the answers to their updates (`ack`, or the merged `code_update`) and keep one update
//! in flight. A client that follows the spec to the letter (sends at any time, and replaces its text with
//! every `code_update`, including broadcasts older than its own last update) gives the server too little to
//! merge exactly; for those the test checks convergence only.
//!
//! Each client inserts unique tokens and deletes whole tokens it sees; the network interleaving is randomised
//! by pumping clients at random. Seeds are fixed, so a failure reproduces.
//!
//! A token is one character no other token uses (CJK, and every fifth an emoji, two UTF-16 units) followed by
//! `·;`. Full-text clients only send texts, and a text diff cannot tell which of two equal characters was
//! deleted; unique characters make every edit unambiguous, so any loss the test sees is the server's.

use std::{collections::BTreeSet, time::Duration};

use pairprog_tests::{
    app::{Received, TestApp, WsClient, spawn_app},
    yrs_client::YrsClient,
};
use serde_json::json;

const SEEDS: [u64; 6] = [1, 7, 42, 1234, 98_765, 4_242_424];

const STEPS: usize = 40;

/// xorshift64*: deterministic and dependency-free.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, bound: usize) -> usize {
        usize::try_from(self.next() % u64::try_from(bound.max(1)).expect("fits")).expect("fits")
    }
}

/// The `index`-th token.
fn token(index: u32) -> String {
    let base = if index % 5 == 4 { 0x1_F300 } else { 0x4E00 };
    format!(
        "{}·;",
        char::from_u32(base + index).expect("a valid character")
    )
}

/// Tokens in `text`, in order (a damaged token shows as a piece without its `;` or with extra characters).
fn tokens(text: &str) -> Vec<String> {
    text.split_inclusive(';').map(str::to_owned).collect()
}

/// Where to insert: a byte position between tokens.
fn insertion_point(text: &str, rng: &mut Rng) -> usize {
    let boundaries: Vec<usize> = std::iter::once(0)
        .chain(
            text.char_indices()
                .filter(|(_, c)| *c == ';')
                .map(|(i, _)| i + 1),
        )
        .collect();
    boundaries[rng.below(boundaries.len())]
}

/// A JSON client that follows the spec naively: sends its whole text, replaces it with any `code_update`.
struct NaiveJson {
    socket: WsClient,
    text: String,
}

/// A JSON client with at most one update in flight, which sends `baseVersion` when `versioned`.
struct VersionedJson {
    socket: WsClient,
    text: String,
    base: u64,
    waiting: bool,
    /// The timestamp this client puts on its updates.
    stamp: i64,
    versioned: bool,
}

enum Client {
    Naive(NaiveJson),
    Versioned(VersionedJson),
    Yjs(YrsClient),
}

impl Client {
    fn text(&self) -> String {
        match self {
            Self::Naive(client) => client.text.clone(),
            Self::Versioned(client) => client.text.clone(),
            Self::Yjs(client) => client.text(),
        }
    }

    fn can_edit(&self) -> bool {
        !matches!(self, Self::Versioned(client) if client.waiting)
    }

    /// Replaces the text with `new_text` (one local edit) and sends it.
    async fn edit(&mut self, new_text: String, timestamp: i64) {
        match self {
            Self::Naive(client) => {
                client.text = new_text;
                client.socket.send_code(&client.text, timestamp).await;
            }
            Self::Versioned(client) => {
                client.text = new_text;
                client.waiting = true;
                let mut message = json!({ "type": "code_update", "code": client.text, "timestamp": client.stamp });
                if client.versioned {
                    message["baseVersion"] = json!(client.base);
                }
                client.socket.send_json(&message).await;
            }
            Self::Yjs(client) => {
                let old = client.text();
                let prefix = old
                    .chars()
                    .zip(new_text.chars())
                    .take_while(|(a, b)| a == b)
                    .count();
                let old_rest: Vec<char> = old.chars().skip(prefix).collect();
                let new_rest: Vec<char> = new_text.chars().skip(prefix).collect();
                let suffix = old_rest
                    .iter()
                    .rev()
                    .zip(new_rest.iter().rev())
                    .take_while(|(a, b)| a == b)
                    .count();
                let start = utf16(old.chars().take(prefix));
                let deleted = utf16(old_rest[..old_rest.len() - suffix].iter().copied());
                let inserted: String = new_rest[..new_rest.len() - suffix].iter().collect();
                if deleted > 0 {
                    client.delete(start, deleted).await;
                }
                if !inserted.is_empty() {
                    client.insert(start, &inserted).await;
                }
            }
        }
    }

    /// Handles what arrived within `window`.
    async fn pump(&mut self, window: Duration) {
        match self {
            Self::Yjs(client) => client.pump(window).await,
            Self::Naive(client) => {
                while let Some(message) = receive_within(&mut client.socket, window).await {
                    if std::env::var_os("TRACE").is_some() {
                        eprintln!("   naive got {message}");
                    }
                    if message["type"] == "code_update" {
                        client.text = message["code"].as_str().expect("code").to_owned();
                    }
                }
            }
            Self::Versioned(client) => {
                while let Some(message) = receive_within(&mut client.socket, window).await {
                    if std::env::var_os("TRACE").is_some() {
                        eprintln!(
                            "   {} got {message} (waiting: {})",
                            client.stamp, client.waiting
                        );
                    }
                    match message["type"].as_str() {
                        Some("ack") if client.waiting => {
                            client.base = message["version"].as_u64().expect("version");
                            client.waiting = false;
                        }
                        // While waiting, broadcasts are of versions before the answer, which supersedes them.
                        Some("code_update") if client.waiting => client.pending_or_answer(&message),
                        Some("code_update") => {
                            client.text = message["code"].as_str().expect("code").to_owned();
                            client.base = message["version"].as_u64().expect("version");
                        }
                        other => panic!("unexpected message {other:?}: {message}"),
                    }
                }
            }
        }
    }
}

impl VersionedJson {
    /// A `code_update` while waiting is either a broadcast of an earlier version (ignored) or the merged answer
    /// to the update in flight, which carries the timestamp the client sent.
    fn pending_or_answer(&mut self, message: &serde_json::Value) {
        if message["timestamp"] == json!(self.stamp) {
            self.text = message["code"].as_str().expect("code").to_owned();
            self.base = message["version"].as_u64().expect("version");
            self.waiting = false;
        }
    }
}

fn utf16(chars: impl Iterator<Item = char>) -> u32 {
    u32::try_from(chars.map(char::len_utf16).sum::<usize>()).expect("small")
}

async fn receive_within(socket: &mut WsClient, window: Duration) -> Option<serde_json::Value> {
    match tokio::time::timeout(window, socket.receive()).await {
        Ok(Received::Json(message)) => Some(message),
        Ok(other) => panic!("connection ended: {other:?}"),
        Err(_) => None,
    }
}

async fn run(seed: u64, mix: &str, check_losses: bool) {
    let app: TestApp = spawn_app().await;
    let room = app.create_room().await;
    let mut rng = Rng(seed);
    let mut clients = Vec::new();
    for (who, kind) in mix.chars().enumerate() {
        let stamp = -i64::try_from(who).expect("small") - 1;
        clients.push(match kind {
            'n' => Client::Naive(NaiveJson {
                socket: app.join(&room).await.0,
                text: String::new(),
            }),
            'v' | 'p' => Client::Versioned(VersionedJson {
                socket: app.join(&room).await.0,
                text: String::new(),
                base: 0,
                waiting: false,
                stamp,
                versioned: kind == 'v',
            }),
            _ => Client::Yjs(YrsClient::connect(app.port, &room).await),
        });
    }
    let mut inserted: BTreeSet<String> = BTreeSet::new();
    let mut deleted: BTreeSet<String> = BTreeSet::new();
    // Deletions by clients whose base the server knows exactly (Yjs, or JSON with baseVersion) must stick.
    let mut deleted_exactly: BTreeSet<String> = BTreeSet::new();
    let mut next_token = 0;

    for step in 0..STEPS {
        let who = rng.below(clients.len());
        if clients[who].can_edit() {
            let text = clients[who].text();
            let seen = tokens(&text);
            let new_text = if !seen.is_empty() && rng.below(4) == 0 {
                let victim = seen[rng.below(seen.len())].clone();
                deleted.insert(victim.clone());
                if matches!(&clients[who], Client::Yjs(_))
                    || matches!(&clients[who], Client::Versioned(c) if c.versioned)
                {
                    deleted_exactly.insert(victim.clone());
                }
                text.replacen(&victim, "", 1)
            } else {
                let token = token(next_token);
                next_token += 1;
                inserted.insert(token.clone());
                let at = insertion_point(&text, &mut rng);
                format!("{}{token}{}", &text[..at], &text[at..])
            };
            // Each client stamps its updates with its own number, so a versioned client can tell the merged
            // answer to its update from broadcasts.
            let timestamp = -i64::try_from(who).expect("small") - 1;
            if std::env::var_os("TRACE").is_some() {
                eprintln!("step {step}: client {who} sends {new_text:?} (had {text:?})");
            }
            clients[who].edit(new_text, timestamp).await;
        }
        // Deliver to a random subset, for a random while: sometimes nobody hears anything before the next edit.
        for client in &mut clients {
            if rng.below(3) == 0 {
                let window = Duration::from_millis(u64::try_from(rng.below(4)).expect("small"));
                client.pump(window).await;
            }
        }
    }

    // Quiesce: deliver everything until every client holds the server's text.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    let final_text = loop {
        for client in &mut clients {
            client.pump(Duration::from_millis(30)).await;
        }
        let server = app.get_room(&room).await["code"]
            .as_str()
            .expect("code")
            .to_owned();
        if clients
            .iter()
            .all(|client| client.text() == server && client.can_edit())
        {
            break server;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "seed {seed}: clients did not converge: server {server:?}, clients {:?}",
            clients.iter().map(Client::text).collect::<Vec<_>>()
        );
    };

    if !check_losses {
        return;
    }
    let present = tokens(&final_text);
    let unique: BTreeSet<String> = present.iter().cloned().collect();
    assert_eq!(
        unique.len(),
        present.len(),
        "seed {seed}: a token appears twice in {final_text:?}"
    );
    for token in inserted.difference(&deleted) {
        assert!(
            unique.contains(token),
            "seed {seed}: {token} was lost from {final_text:?}"
        );
    }
    // A client without baseVersion leaves the server to infer what it saw; when in doubt the server reads a
    // deletion as not having happened (keeping text) rather than risk deleting text the client never saw.
    for token in &deleted_exactly {
        assert!(
            !unique.contains(token),
            "seed {seed}: deleted {token} came back in {final_text:?}"
        );
    }
}

/// Runs every seed (or only `SEED`, to reproduce one).
async fn run_seeds(mix: &str, check_losses: bool) {
    for seed in SEEDS {
        if std::env::var("SEED").is_ok_and(|only| only != seed.to_string()) {
            continue;
        }
        run(seed, mix, check_losses).await;
    }
}

#[tokio::test]
async fn random_interleavings_of_json_and_yjs_edits_converge_without_losing_insertions() {
    // Two JSON clients with baseVersion and two Yjs clients.
    run_seeds("vvyy", true).await;
}

#[tokio::test]
async fn json_clients_without_base_versions_converge_with_everyone() {
    // One JSON client reading its answers, one following the spec literally, one with baseVersion, one Yjs.
    run_seeds("pnvy", false).await;
}
