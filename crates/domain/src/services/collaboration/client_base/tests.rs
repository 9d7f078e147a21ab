//! The protocol as a whole, without IO: a simulated room (the same planning functions and document as the
//! service) and simulated clients of every kind, with messages held back in both directions for random
//! times, in thousands of random runs.
//!
//! Client kinds:
//! - **replacing** (the spec's client plus `baseVersion`, kind (a)): replaces its text with every
//!   `initial_state`/`code_update`, names the version of the last one it applied, sends after every edit
//!   without waiting; one variant also counts `ack`s as applied messages;
//! - **rebasing** (the reference client, kind (b)): one update in flight, later edits buffered, incoming
//!   changes rebased under them; sends full texts or deltas, and receives full texts or deltas;
//! - **spec-only**: replaces its text like (a) but names no version (the server infers its base);
//! - **Yjs**: a CRDT replica exchanging Yjs updates.
//!
//! `PROTOCOL_SEED=N PROTOCOL_RUNS=1` replays run N, `TRACE=1` prints every message.
//!
//! After the last edit every message is delivered; then every client must hold the room's text. In runs of
//! kinds the protocol guarantees exactly (replacing, the reference client's deltas both ways, Yjs), every
//! token inserted and deleted by no one must be there once and whole, every deleted token gone, and nothing
//! else in the text; runs with best-effort clients (spec-only, whole texts to or from a rebasing client) must
//! converge.

use std::collections::{BTreeSet, HashMap, VecDeque};

use super::*;
use crate::{document::Document, event::ConnectionId, services::collaboration::merge::JsonView};

/// Prints a line of the run's story when `TRACE` is set.
fn trace(line: impl FnOnce() -> String) {
    if std::env::var_os("TRACE").is_some() {
        eprintln!("{}", line());
    }
}

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
        (self.next() % bound.max(1) as u64) as usize
    }

    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
}

/// What the tokens clients insert look like.
#[derive(Clone, Copy, Debug)]
enum Tokens {
    /// Three characters no other token uses. Full-text clients only send texts, and a diff cannot tell which
    /// of two equal characters moved (`a·;b·;` to `a·;c·;b·;` may be `c·;` typed after `a·;` or `·;c` after
    /// `a`), so with shared characters a diff may misplace an edit inside a token, which a concurrent
    /// deletion of that token then damages. Unique characters make every edit unambiguous, so any damage the
    /// test sees is the protocol's. With these, clients also delete tokens.
    Unique,
    /// Tokens that share their delimiters (`«12é»`), inserted only: a diff may misplace an insertion across
    /// the shared characters, which must still leave every token whole.
    Delimited,
}

impl Tokens {
    fn token(self, index: usize) -> String {
        match self {
            Self::Unique => (0..3)
                .map(|offset| {
                    char::from_u32(0x4E00 + u32::try_from(3 * index + offset).expect("small"))
                        .expect("a valid character")
                })
                .collect(),
            Self::Delimited => format!("«{index}é»"),
        }
    }

    /// The tokens of a text, in order; a damaged token shows as a piece that is not a token.
    fn split(self, text: &str) -> Vec<String> {
        match self {
            Self::Unique => {
                let chars: Vec<char> = text.chars().collect();
                let offset = |c: char| u32::from(c).wrapping_sub(0x4E00);
                let mut pieces = Vec::new();
                let mut at = 0;
                while at < chars.len() {
                    let whole = at + 2 < chars.len()
                        && offset(chars[at]) % 3 == 0
                        && offset(chars[at + 1]) == offset(chars[at]) + 1
                        && offset(chars[at + 2]) == offset(chars[at]) + 2;
                    let length = if whole { 3 } else { 1 };
                    pieces.push(chars[at..at + length].iter().collect());
                    at += length;
                }
                pieces
            }
            Self::Delimited => text.split_inclusive('»').map(str::to_owned).collect(),
        }
    }
}

/// A random local edit of `text`: insert the next token at a token boundary, or (one time in `delete_one_in`)
/// delete a token. Returns the change and the token.
fn local_edit(
    text: &str,
    rng: &mut Rng,
    style: Tokens,
    next_token: &mut usize,
    delete_one_in: usize,
) -> (TextChange, Edit) {
    let present = style.split(text);
    if !present.is_empty() && rng.chance(delete_one_in) {
        let victim = rng.below(present.len());
        let start: usize = present[..victim].iter().map(|t| t.chars().count()).sum();
        let change = TextChange::replace(text, start, present[victim].chars().count(), "");
        return (change, Edit::Deleted(present[victim].clone()));
    }
    let at = rng.below(present.len() + 1);
    let start: usize = present[..at].iter().map(|t| t.chars().count()).sum();
    let inserted = style.token(*next_token);
    *next_token += 1;
    (
        TextChange::replace(text, start, 0, &inserted),
        Edit::Inserted(inserted),
    )
}

enum Edit {
    Inserted(String),
    Deleted(String),
}

/// A message from a client to the server.
enum Up {
    FullText {
        code: String,
        base: Option<u64>,
    },
    Delta {
        replacements: Vec<Replacement>,
        base: u64,
    },
    Yjs(Vec<u8>),
}

/// A message from the server to a client.
#[derive(Clone)]
enum Down {
    /// Another client's change: the whole text, and the change from `previous` (what a delta client gets).
    Broadcast {
        code: String,
        version: u64,
        previous: u64,
        change: TextChange,
    },
    Ack {
        version: u64,
    },
    Merged {
        code: String,
        version: u64,
    },
    Applied {
        version: u64,
    },
    Yjs(Vec<u8>),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Replacing {
        counts_acks: bool,
    },
    Rebasing {
        sends_deltas: bool,
        receives_deltas: bool,
    },
    SpecOnly,
    Yjs,
}

/// An OT client with at most one update in flight (the reference client's algorithm).
struct Rebasing {
    /// The room's text at `version`, as far as this client has received it.
    server_text: String,
    version: u64,
    /// The update in flight, on `server_text`.
    in_flight: Option<TextChange>,
    /// The text sent with it (full-text senders).
    sent_text: String,
    /// Edits made since, on `server_text` with `in_flight` applied.
    buffer: TextChange,
}

enum State {
    Replacing { text: String, version: u64 },
    Rebasing(Rebasing),
    Yjs { document: Document, text: String },
}

struct Client {
    kind: Kind,
    state: State,
    up: VecDeque<Up>,
    down: VecDeque<Down>,
    /// Whether the last queued `down` message may be replaced by a newer broadcast (a full-text reader's
    /// queue, as the server's outgoing queue does).
    last_replaceable: bool,
}

impl Client {
    fn text(&self) -> String {
        match &self.state {
            State::Replacing { text, .. } | State::Yjs { text, .. } => text.clone(),
            State::Rebasing(client) => client.screen(),
        }
    }

    /// Whether the protocol guarantees this client's work exactly. A client naming no version leaves the
    /// server to infer its base. A rebasing client that reads whole texts must diff them to rebase its
    /// pending edits, which cannot tell the order the room gave to insertions at one place; one that sends
    /// whole texts holding several buffered edits leaves the server to read them back by a diff, which may
    /// misread them across shared characters. The reference client sends and reads deltas; a replacing
    /// client sends each edit at once, a single insertion or deletion the server's diff reads exactly.
    fn exact(&self) -> bool {
        !matches!(
            self.kind,
            Kind::SpecOnly
                | Kind::Rebasing {
                    receives_deltas: false,
                    ..
                }
                | Kind::Rebasing {
                    sends_deltas: false,
                    ..
                }
        )
    }

    fn receives_deltas(&self) -> bool {
        matches!(
            self.kind,
            Kind::Rebasing {
                receives_deltas: true,
                ..
            }
        )
    }

    fn push_down(&mut self, message: Down, broadcast: bool) {
        let replaceable = broadcast && !self.receives_deltas() && self.kind != Kind::Yjs;
        if replaceable && self.last_replaceable {
            *self
                .down
                .back_mut()
                .expect("a replaceable message is queued") = message;
        } else {
            self.down.push_back(message);
        }
        self.last_replaceable = replaceable;
    }

    /// Makes a local edit and sends what the client sends for it.
    fn edit(&mut self, change: &TextChange) {
        let kind = self.kind;
        match &mut self.state {
            State::Replacing { text, version } => {
                *text = change.apply(text);
                self.up.push_back(Up::FullText {
                    code: text.clone(),
                    base: (kind != Kind::SpecOnly).then_some(*version),
                });
            }
            State::Rebasing(client) => {
                client.buffer = client.buffer.compose(change);
                if client.in_flight.is_none() {
                    let Kind::Rebasing { sends_deltas, .. } = kind else {
                        unreachable!()
                    };
                    self.up.extend(client.flush(sends_deltas));
                }
            }
            State::Yjs { document, text } => {
                let update = document.apply_change(text, change);
                *text = change.apply(text);
                self.up.push_back(Up::Yjs(update));
            }
        }
    }

    /// Handles the next message from the server; `texts` holds the room's text at every version, to check
    /// what a rebasing client believes the room holds.
    fn receive(&mut self, message: Down, texts: &[String]) {
        let kind = self.kind;
        trace(|| match &message {
            Down::Broadcast { code, version, .. } => format!("  gets v{version} {code:?}"),
            Down::Ack { version } => format!("  gets ack v{version}"),
            Down::Merged { code, version } => format!("  gets merged v{version} {code:?}"),
            Down::Applied { version } => format!("  gets applied v{version}"),
            Down::Yjs(_) => "  gets yjs".to_owned(),
        });
        match (&mut self.state, message) {
            (
                State::Replacing { text, version },
                Down::Broadcast {
                    code, version: at, ..
                }
                | Down::Merged { code, version: at },
            ) => {
                *text = code;
                *version = at;
            }
            (State::Replacing { version, .. }, Down::Ack { version: at }) => {
                if kind == (Kind::Replacing { counts_acks: true }) {
                    *version = at;
                }
            }
            (State::Rebasing(client), message) => {
                let Kind::Rebasing {
                    sends_deltas,
                    receives_deltas,
                } = kind
                else {
                    unreachable!()
                };
                if let Some(up) = client.receive(message, receives_deltas, sends_deltas, texts) {
                    self.up.push_back(up);
                }
            }
            (State::Yjs { document, text }, Down::Yjs(update)) => {
                let applied = document
                    .apply_update(text, &update)
                    .expect("a valid update");
                *text = applied.text;
            }
            (_, _) => panic!("a message this kind of client is never sent"),
        }
    }
}

impl Rebasing {
    fn screen(&self) -> String {
        let text = match &self.in_flight {
            Some(change) => change.apply(&self.server_text),
            None => self.server_text.clone(),
        };
        self.buffer.apply(&text)
    }

    /// Sends the buffered edits, if any, as the update in flight.
    fn flush(&mut self, sends_deltas: bool) -> Option<Up> {
        if self.buffer.is_identity() {
            return None;
        }
        let change = std::mem::take(&mut self.buffer);
        self.sent_text = change.apply(&self.server_text);
        let up = if sends_deltas {
            Up::Delta {
                replacements: change.replacements(),
                base: self.version,
            }
        } else {
            Up::FullText {
                code: self.sent_text.clone(),
                base: Some(self.version),
            }
        };
        self.in_flight = Some(change);
        Some(up)
    }

    /// Rebases the pending edits over `incoming` (a change of `server_text`, made concurrently with them).
    fn rebase(&mut self, incoming: &TextChange) {
        let mut incoming = incoming.clone();
        if let Some(in_flight) = self.in_flight.take() {
            let incoming_after = incoming.transform_with(&in_flight, true);
            self.in_flight = Some(in_flight.transform_with(&incoming, false));
            incoming = incoming_after;
        }
        self.buffer = self.buffer.transform_with(&incoming, false);
    }

    fn receive(
        &mut self,
        message: Down,
        receives_deltas: bool,
        sends_deltas: bool,
        texts: &[String],
    ) -> Option<Up> {
        match message {
            Down::Broadcast {
                code,
                version,
                previous,
                change,
            } => {
                let incoming = if receives_deltas {
                    assert_eq!(previous, self.version, "deltas arrive in order");
                    change
                } else {
                    TextChange::diff(&self.server_text, &code)
                };
                self.rebase(&incoming);
                self.server_text = incoming.apply(&self.server_text);
                self.version = version;
                assert_eq!(self.server_text, texts[version as usize]);
                None
            }
            // An answer at the version this client already has: its update changed nothing.
            Down::Ack { version } | Down::Applied { version } if version == self.version => {
                self.answered(self.server_text.clone(), version, texts, sends_deltas)
            }
            Down::Ack { version } => {
                self.answered(self.sent_text.clone(), version, texts, sends_deltas)
            }
            Down::Merged { code, version } => self.answered(code, version, texts, sends_deltas),
            Down::Applied { version } => {
                let landed = self
                    .in_flight
                    .as_ref()
                    .expect("an answer to an update in flight")
                    .apply(&self.server_text);
                self.answered(landed, version, texts, sends_deltas)
            }
            Down::Yjs(_) => panic!("a JSON client is never sent Yjs updates"),
        }
    }

    /// The answer to the update in flight: the room's text is now `landed`, at `version`.
    fn answered(
        &mut self,
        landed: String,
        version: u64,
        texts: &[String],
        sends_deltas: bool,
    ) -> Option<Up> {
        let in_flight = self
            .in_flight
            .take()
            .expect("an answer to an update in flight");
        // The buffer is on the text this client expected its update to make; the room's may differ by how
        // concurrent changes were ordered (a full-text reader only diffed them).
        let expected = in_flight.apply(&self.server_text);
        if expected != landed {
            self.buffer = self
                .buffer
                .transform_with(&TextChange::diff(&expected, &landed), false);
        }
        self.server_text = landed;
        self.version = version;
        assert_eq!(
            self.server_text, texts[version as usize],
            "a rebasing client knows the room's text after its answer"
        );
        self.flush(sends_deltas)
    }
}

/// The simulated room: the same state and planning functions as the service.
struct Room {
    code: String,
    version: u64,
    history: VecDeque<PastChange>,
    bases: HashMap<ConnectionId, ClientBase>,
    views: HashMap<ConnectionId, JsonView>,
    document: Document,
    /// The text at every version, for the checks.
    texts: Vec<String>,
    /// Whether every message leaves the room holding no client text, as a room at its memory budget does (see
    /// `client_memory`): the clients' texts are rebuilt from the history when needed.
    without_client_texts: bool,
}

impl Room {
    fn new() -> Self {
        Self {
            code: String::new(),
            version: 0,
            history: VecDeque::new(),
            bases: HashMap::new(),
            views: HashMap::new(),
            document: Document::with_client_id(1_000_000),
            texts: vec![String::new()],
            without_client_texts: false,
        }
    }

    fn record(&mut self, change: TextChange, origin: ConnectionId) {
        self.code = change.apply(&self.code);
        self.version += 1;
        self.history.push_back(PastChange { change, origin });
        self.texts.push(self.code.clone());
    }

    /// Handles one message from client `from`.
    fn receive(&mut self, from: usize, message: Up, clients: &mut [Client]) {
        self.handle(from, message, clients);
        if self.without_client_texts {
            self.bases.values_mut().for_each(ClientBase::drop_text);
            self.views.values_mut().for_each(JsonView::drop_text);
        }
        trace(|| format!("  room v{} {:?}", self.version, self.code));
    }

    fn handle(&mut self, from: usize, message: Up, clients: &mut [Client]) {
        let origin = ConnectionId::new(from as u64);
        let delta = matches!(message, Up::Delta { .. });
        let named_base;
        let landing = match message {
            Up::Yjs(update) => {
                let applied = self
                    .document
                    .apply_update(&self.code, &update)
                    .expect("a valid update");
                if let Some(change) = applied.text_change {
                    let previous = self.version;
                    self.record(change.clone(), origin);
                    self.announce(from, previous, &change, &update, clients);
                }
                return;
            }
            Up::FullText { code, base } => {
                named_base = base;
                trace(|| format!("room gets from {from}: {code:?} on {base:?}"));
                self.land(origin, Proposed::FullText(&code), base)
            }
            Up::Delta { replacements, base } => {
                named_base = Some(base);
                trace(|| format!("room gets from {from}: {replacements:?} on {base}"));
                self.land(origin, Proposed::Replacements(&replacements), Some(base))
            }
        };
        let (change, client_text, floor, base) = landing;
        let view = self
            .views
            .remove(&origin)
            .unwrap_or_else(|| JsonView::new(Arc::from(self.code.as_str()), self.version));
        let version_before = self.version;
        if !change.is_identity() {
            let previous = self.version;
            let update = self.document.apply_change(&self.code, &change);
            self.record(change.clone(), origin);
            self.announce(from, previous, &change, &update, clients);
        }
        let changed = !change.is_identity();
        let merged: Arc<str> = Arc::from(self.code.as_str());
        self.views.insert(
            origin,
            view.after_update(Arc::clone(&client_text), self.version, &merged, floor),
        );
        let versioned = base.is_some();
        let accepted =
            *merged == *client_text && (!versioned || named_base == Some(version_before));
        match base {
            Some(mut base) => {
                if changed && accepted {
                    base.acknowledged(self.version);
                }
                self.bases.insert(origin, base);
            }
            None => {
                self.bases.remove(&origin);
            }
        }
        let version = self.version;
        // As the session answers: a delta reader's edit gets its version only (the reader carries its edit over
        // the changes it received, as the room did); everything else gets the room's text or says it is the
        // client's.
        let answer = if delta && clients[from].receives_deltas() {
            Down::Applied { version }
        } else if accepted || (versioned && !changed) {
            Down::Ack { version }
        } else {
            Down::Merged {
                code: self.code.clone(),
                version,
            }
        };
        clients[from].push_down(answer, false);
    }

    /// As the service's `land`.
    fn land(
        &self,
        origin: ConnectionId,
        proposed: Proposed<'_>,
        base: Option<u64>,
    ) -> (TextChange, Arc<str>, u64, Option<ClientBase>) {
        match (proposed, base) {
            (proposed, Some(base)) => {
                let plan = plan(
                    &self.code,
                    self.version,
                    &self.history,
                    self.bases.get(&origin),
                    proposed,
                    base,
                )
                .expect("a base within the history");
                (
                    plan.change,
                    plan.client_text,
                    plan.next.landed(),
                    Some(plan.next),
                )
            }
            (Proposed::FullText(code), None) => {
                let view =
                    self.views.get(&origin).cloned().unwrap_or_else(|| {
                        JsonView::new(Arc::from(self.code.as_str()), self.version)
                    });
                let plan = super::super::merge::plan(
                    &self.code,
                    self.version,
                    &self.history,
                    &view,
                    origin,
                    code,
                );
                (plan.change, Arc::from(code), plan.floor, None)
            }
            (Proposed::Replacements(_), None) => unreachable!(),
        }
    }

    fn announce(
        &self,
        from: usize,
        previous: u64,
        change: &TextChange,
        update: &[u8],
        clients: &mut [Client],
    ) {
        for (index, client) in clients.iter_mut().enumerate() {
            if index == from {
                continue;
            }
            let message = if client.kind == Kind::Yjs {
                Down::Yjs(update.to_vec())
            } else {
                Down::Broadcast {
                    code: self.code.clone(),
                    version: self.version,
                    previous,
                    change: change.clone(),
                }
            };
            client.push_down(message, true);
        }
    }

    fn join(&mut self, index: usize, kind: Kind) -> Client {
        let connection = ConnectionId::new(index as u64);
        let code: Arc<str> = Arc::from(self.code.as_str());
        let state = match kind {
            Kind::Yjs => {
                let mut document = Document::with_client_id(index as u64 + 1);
                let text = document
                    .apply_update("", &self.document.encode_state())
                    .expect("the room's state")
                    .text;
                State::Yjs { document, text }
            }
            Kind::Rebasing { .. } => State::Rebasing(Rebasing {
                server_text: self.code.clone(),
                version: self.version,
                in_flight: None,
                sent_text: String::new(),
                buffer: TextChange::default(),
            }),
            Kind::Replacing { .. } | Kind::SpecOnly => State::Replacing {
                text: self.code.clone(),
                version: self.version,
            },
        };
        if kind != Kind::Yjs {
            self.views
                .insert(connection, JsonView::new(Arc::clone(&code), self.version));
            self.bases
                .insert(connection, ClientBase::joined(code, self.version));
        }
        Client {
            kind,
            state,
            up: VecDeque::new(),
            down: VecDeque::new(),
            last_replaceable: false,
        }
    }
}

fn random_kind(rng: &mut Rng, allow_spec_only: bool) -> Kind {
    match rng.below(if allow_spec_only { 5 } else { 4 }) {
        0 => Kind::Replacing {
            counts_acks: rng.chance(2),
        },
        // Mostly the reference client's way (deltas both ways); sometimes whole texts in either direction.
        1 | 2 if rng.chance(3) => Kind::Rebasing {
            sends_deltas: rng.chance(2),
            receives_deltas: rng.chance(2),
        },
        1 | 2 => Kind::Rebasing {
            sends_deltas: true,
            receives_deltas: true,
        },
        3 => Kind::Yjs,
        _ => Kind::SpecOnly,
    }
}

/// Says which run failed, when a check inside it panics.
struct Failing(String);

impl Drop for Failing {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("failed run: {}", self.0);
        }
    }
}

/// Which clients a run has.
#[derive(Clone, Copy)]
enum Mix<'a> {
    /// 2 to 5 of any kind, best-effort ones included.
    Any,
    /// 2 to 5 of the kinds whose work the protocol guarantees exactly: replacing, the reference client's
    /// way (deltas both ways), Yjs.
    Exact,
    /// These.
    Fixed(&'a [Kind]),
}

/// A client of a kind the protocol guarantees exactly.
fn exact_kind(rng: &mut Rng) -> Kind {
    match rng.below(3) {
        0 => Kind::Replacing {
            counts_acks: rng.chance(2),
        },
        1 => Kind::Rebasing {
            sends_deltas: true,
            receives_deltas: true,
        },
        _ => Kind::Yjs,
    }
}

/// One random run; panics with the seed when a guarantee fails.
fn run(seed: u64, mix: Mix<'_>) {
    run_in(Room::new(), seed, mix);
}

/// [`run`] in `room`.
fn run_in(mut room: Room, seed: u64, mix: Mix<'_>) {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let kinds: Vec<Kind> = match mix {
        Mix::Any => {
            let count = 2 + rng.below(4);
            let allow_spec_only = rng.chance(3);
            (0..count)
                .map(|_| random_kind(&mut rng, allow_spec_only))
                .collect()
        }
        Mix::Exact => {
            let count = 2 + rng.below(4);
            (0..count).map(|_| exact_kind(&mut rng)).collect()
        }
        Mix::Fixed(kinds) => kinds.to_vec(),
    };
    let _failing = Failing(format!("seed {seed}, clients {kinds:?}"));
    let mut clients: Vec<Client> = kinds
        .iter()
        .enumerate()
        .map(|(index, kind)| room.join(index, *kind))
        .collect();
    let best_effort = clients.iter().any(|client| !client.exact());
    let edits = 20 + rng.below(40);
    let (style, delete_one_in) = if rng.chance(2) {
        (Tokens::Unique, 5)
    } else {
        (Tokens::Delimited, usize::MAX)
    };
    let mut next_token = 0;
    let mut inserted = BTreeSet::new();
    let mut deleted = BTreeSet::new();
    let mut deleted_exactly = BTreeSet::new();
    let mut made = 0;
    // Each turn either edits, or delivers one message in one direction: a message waits a random number of
    // turns, and the two directions are independent.
    while made < edits {
        let who = rng.below(clients.len());
        match rng.below(6) {
            0 => {
                let text = clients[who].text();
                let (change, edit) =
                    local_edit(&text, &mut rng, style, &mut next_token, delete_one_in);
                match edit {
                    Edit::Inserted(token) => {
                        inserted.insert(token);
                    }
                    Edit::Deleted(token) => {
                        if clients[who].exact() {
                            deleted_exactly.insert(token.clone());
                        }
                        deleted.insert(token);
                    }
                }
                trace(|| format!("client {who} edits {text:?} by {change:?}"));
                clients[who].edit(&change);
                made += 1;
            }
            1..=2 => {
                if let Some(message) = clients[who].up.pop_front() {
                    room.receive(who, message, &mut clients);
                }
            }
            _ => {
                if let Some(message) = clients[who].down.pop_front() {
                    trace(|| format!("client {who}:"));
                    clients[who].last_replaceable &= !clients[who].down.is_empty();
                    clients[who].receive(message, &room.texts);
                }
            }
        }
    }
    // Everything in flight is delivered, in random order between clients; a rebasing client sends its buffer
    // when the answer to its update arrives: within one more round trip.
    loop {
        let busy: Vec<usize> = (0..clients.len())
            .filter(|&index| !clients[index].up.is_empty() || !clients[index].down.is_empty())
            .collect();
        if busy.is_empty() {
            break;
        }
        let who = busy[rng.below(busy.len())];
        if !clients[who].up.is_empty() && (clients[who].down.is_empty() || rng.chance(2)) {
            let message = clients[who].up.pop_front().expect("not empty");
            room.receive(who, message, &mut clients);
        } else {
            let message = clients[who].down.pop_front().expect("not empty");
            trace(|| format!("client {who}:"));
            clients[who].last_replaceable &= !clients[who].down.is_empty();
            clients[who].receive(message, &room.texts);
        }
    }
    let context = || format!("seed {seed}, clients {kinds:?}, {style:?} tokens");
    for client in &clients {
        assert_eq!(
            client.text(),
            room.code,
            "{}: a {:?} client did not converge",
            context(),
            client.kind
        );
    }
    let present = style.split(&room.code);
    let unique: BTreeSet<&str> = present.iter().map(String::as_str).collect();
    if best_effort {
        // With a client whose work is merged on a best-effort basis (see `Client::exact`): convergence only.
        return;
    }
    assert_eq!(
        unique.len(),
        present.len(),
        "{}: a token is duplicated in {:?}",
        context(),
        room.code
    );
    for piece in &present {
        assert!(
            inserted.contains(piece),
            "{}: {piece:?} is not a token anyone inserted: {:?}",
            context(),
            room.code
        );
    }
    for token in inserted.difference(&deleted) {
        assert!(
            unique.contains(token.as_str()),
            "{}: {token} was lost from {:?}",
            context(),
            room.code
        );
    }
    for token in &deleted_exactly {
        assert!(
            !unique.contains(token.as_str()),
            "{}: deleted {token} came back in {:?}",
            context(),
            room.code
        );
    }
}

/// Runs from `PROTOCOL_SEED` (default 1), `PROTOCOL_RUNS` of them (default `runs`).
fn seeds(runs: u64) -> std::ops::Range<u64> {
    let variable = |name: &str| {
        std::env::var(name)
            .ok()
            .and_then(|value| value.parse().ok())
    };
    let first = variable("PROTOCOL_SEED").unwrap_or(1);
    first..first + variable("PROTOCOL_RUNS").unwrap_or(runs)
}

#[test]
fn random_exact_clients_with_random_delays_lose_nothing_and_converge() {
    for seed in seeds(1200) {
        run(seed, Mix::Exact);
    }
}

#[test]
fn random_clients_of_every_kind_including_best_effort_ones_converge() {
    for seed in seeds(400) {
        run(seed, Mix::Any);
    }
}

#[test]
fn a_room_that_lets_go_of_every_client_text_loses_nothing_and_converges() {
    let pressed = || Room {
        without_client_texts: true,
        ..Room::new()
    };
    for seed in seeds(300) {
        run_in(pressed(), seed, Mix::Exact);
    }
    for seed in seeds(150) {
        run_in(pressed(), seed, Mix::Any);
    }
}

#[test]
fn two_replacing_and_two_yjs_clients_lose_nothing() {
    let kinds = [
        Kind::Replacing { counts_acks: false },
        Kind::Replacing { counts_acks: true },
        Kind::Yjs,
        Kind::Yjs,
    ];
    for seed in 0..200 {
        run(seed, Mix::Fixed(&kinds));
    }
}

#[test]
fn two_reference_clients_and_two_yjs_clients_lose_nothing() {
    let reference = Kind::Rebasing {
        sends_deltas: true,
        receives_deltas: true,
    };
    let kinds = [reference, reference, Kind::Yjs, Kind::Yjs];
    for seed in 0..200 {
        run(seed, Mix::Fixed(&kinds));
    }
}

#[test]
fn a_base_version_outside_the_history_is_refused() {
    let history: VecDeque<PastChange> = ["a", "ab", "abc"]
        .windows(2)
        .map(|pair| PastChange {
            change: TextChange::diff(pair[0], pair[1]),
            origin: ConnectionId::new(2),
        })
        .collect();
    let proposed = Proposed::FullText("abcd");
    assert!(plan("abc", 2, &history, None, proposed, 3).is_err());
    assert!(plan("abc", 2, &history, None, proposed, 0).is_ok());
    let short: VecDeque<PastChange> = history.iter().skip(1).cloned().collect();
    assert!(plan("abc", 2, &short, None, proposed, 0).is_err());
    let outside = [Replacement {
        from: 9,
        to: 9,
        insert: "x".into(),
    }];
    assert!(matches!(
        plan(
            "abc",
            2,
            &history,
            None,
            Proposed::Replacements(&outside),
            2
        ),
        Err(DomainError::InvalidEdit(_))
    ));
}

/// Runs that once failed: a duplicated version answer, an `ack` of an older update counted as a base, a
/// full-text reader's rebase, and diffs misplacing edits across shared characters.
#[test]
fn regression_seeds() {
    for seed in [2, 16, 36, 92, 114, 118, 381, 1030, 7835] {
        run(seed, Mix::Any);
    }
    let replacing = [
        Kind::Replacing { counts_acks: false },
        Kind::Replacing { counts_acks: true },
        Kind::Yjs,
        Kind::Yjs,
    ];
    run(36, Mix::Fixed(&replacing));
}
