//! The y-websocket wire format on `/yjs/{room_id}`: decoding the binary frames a Yjs client sends, and encoding
//! the ones the server sends back. Pure functions over byte slices, no IO, so every hostile input can be tested
//! (and fuzzed: `fuzz/fuzz_targets/yjs_frame.rs`) without a socket.
//!
//! A frame holds one or more messages back to back, each a lib0 variable-length unsigned integer (varint) giving
//! its type, then its body:
//!
//! | type | body                                                                                       |
//! |------|--------------------------------------------------------------------------------------------|
//! | 0    | sync: a varint sub-type, then a length-prefixed buffer: 0 = step 1 (a state vector), 1 = step 2 (an update), 2 = update |
//! | 1    | awareness: a length-prefixed awareness update (varint count, then per client: varint client ID, varint clock, length-prefixed JSON state) |
//! | 2    | auth: a varint, and when it is 0 (permission denied) a length-prefixed reason               |
//! | 3    | query awareness: no body                                                                   |
//!
//! # Why this module does not hand the bytes straight to yrs
//!
//! Every length and count in a frame is chosen by the client, and yrs 0.28.1 trusts them more than a server can:
//! - it bounds its reservations with `try_reserve`, which only turns a *failed* allocation into an error; on Linux
//!   the reservation usually succeeds, so a 4-byte state vector still makes `StateVector::decode_v1` allocate and
//!   zero about 500 MB (yrs issue #415 was the abort this `try_reserve` replaced);
//! - its `Any` decoder recurses without a depth limit: about 25 KB of nested arrays overflow a 2 MiB worker stack,
//!   which aborts the process;
//! - its clock arithmetic overflows on crafted clocks, and client IDs over 53 bits alias smaller ones: panics in
//!   debug builds, silent corruption in release ones.
//!
//! So before yrs sees an update or a state vector, [`decode_frame`] walks its whole structure itself and checks
//! that every count fits in the bytes actually left, every nesting stays under
//! [`DecodeLimits::max_nesting_depth`], every clock range fits in `u32` and every client ID in 53 bits. Only then
//! does it let yrs decode the bytes, as the final say on validity. It never *applies* an update: that is the
//! document model's job. Two kinds of content are refused outright: sub-documents (yrs 0.28.1 leaks each one it
//! integrates) and the legacy JSON content Yjs no longer writes (yrs 0.28 misreads it).

use std::{collections::HashSet, fmt};

use domain::presence::{AwarenessPresence, AwarenessUser, StickyCursor};
use serde_json::Value;
use yrs::{StateVector, StickyIndex, Update, updates::decoder::Decode};

/// Message type of sync messages (step 1, step 2, update).
const MESSAGE_SYNC: u64 = 0;
/// Message type of awareness updates.
const MESSAGE_AWARENESS: u64 = 1;
/// Message type of auth messages, which this server ignores.
const MESSAGE_AUTH: u64 = 2;
/// Message type of a request for every awareness state.
const MESSAGE_QUERY_AWARENESS: u64 = 3;

/// Sync sub-type carrying the sender's state vector.
const SYNC_STEP_1: u64 = 0;
/// Sync sub-type carrying the update that answers a step 1.
const SYNC_STEP_2: u64 = 1;
/// Sync sub-type carrying an incremental update.
const SYNC_UPDATE: u64 = 2;

/// The auth sub-type that is followed by a reason.
const AUTH_PERMISSION_DENIED: u64 = 0;

/// A varint (lib0 `writeVarUint`) never needs more than 10 bytes for a `u64`.
const MAX_VARINT_BYTES: usize = 10;
/// lib0's signed varint (`writeVarInt`) spends 6 bits in its first byte and 7 in the others. JavaScript writes at
/// most 53 bits (8 bytes); 9 bytes (62 bits) is the most yrs can read without overflowing an `i64`.
const MAX_SIGNED_VARINT_BYTES: usize = 9;

/// The largest Yjs client ID: `Number.MAX_SAFE_INTEGER`, 2^53 - 1.
const MAX_CLIENT_ID: u64 = (1 << 53) - 1;

/// The JSON state y-protocols sends for a client that left.
const NULL_STATE: &str = "null";

/// How much a client may put in one frame. Everything is checked before anything is allocated for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecodeLimits {
    /// Largest frame accepted, in bytes.
    pub max_frame_bytes: usize,
    /// Most messages in one frame (y-websocket clients send one per frame).
    pub max_messages_per_frame: usize,
    /// Most client entries in one awareness update (a client answering a query sends every state it knows).
    pub max_awareness_entries: usize,
    /// Largest JSON state of one awareness entry, in bytes.
    pub max_awareness_state_bytes: usize,
    /// Deepest nesting of arrays and maps inside an update's values; bounds yrs's recursive decoder.
    pub max_nesting_depth: usize,
}

impl Default for DecodeLimits {
    /// 1 MiB frames (the server's `max_message_bytes` default), 16 messages, 1024 awareness entries of at most
    /// 64 KiB each, values nested 64 deep. A Yjs text editor comes nowhere near any of them.
    fn default() -> Self {
        Self {
            max_frame_bytes: 1024 * 1024,
            max_messages_per_frame: 16,
            max_awareness_entries: 1024,
            max_awareness_state_bytes: 64 * 1024,
            max_nesting_depth: 64,
        }
    }
}

/// One message of a frame a client sent, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IncomingMessage {
    /// Sync step 1: the client's state vector; the server answers with step 2 (what the client is missing).
    SyncStep1 {
        /// The state vector (v1 encoding), as sent; yrs decodes it.
        state_vector: Vec<u8>,
    },
    /// Sync step 2: what the server was missing, in answer to the server's step 1.
    SyncStep2 {
        /// The update (v1 encoding), as sent; yrs decodes it (it is not applied here).
        update: Vec<u8>,
    },
    /// An incremental update: a local change of the client.
    Update {
        /// The update (v1 encoding), as sent; yrs decodes it (it is not applied here).
        update: Vec<u8>,
    },
    /// An awareness update (cursors, user names) to relay to the other clients of the room.
    Awareness {
        /// The awareness update as sent, to relay unchanged (wrap it with [`encode_awareness`]).
        update: Vec<u8>,
        /// Its entries, in the order sent, so the server can tell which clients a connection speaks for.
        entries: Vec<AwarenessEntry>,
        /// The same entries' presence fields (`user` name and colour, `cursor`), for the room's JSON clients.
        presence: Vec<AwarenessPresence>,
    },
    /// A request for the awareness states of every client of the room.
    QueryAwareness,
    /// An auth message. Clients have no business sending one; it is read (to reach the next message) and ignored.
    Auth,
}

/// One client's entry in an awareness update.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AwarenessEntry {
    /// The Yjs client ID the state belongs to.
    pub client_id: u64,
    /// The entry's logical clock; a receiver keeps the state with the highest clock.
    pub clock: u32,
    /// Whether the state is JSON `null`: the client left (or cleared its state).
    pub state_is_null: bool,
}

/// Why a frame was refused. Every variant closes the connection; [`ProtocolViolation::close_code`] says with which
/// WebSocket close code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProtocolViolation {
    /// The bytes do not follow the y-websocket format: truncated, a bad varint, a length beyond the frame,
    /// invalid UTF-8 or JSON, trailing bytes, an unknown sync sub-type.
    #[error("malformed y-websocket frame: {0}")]
    Malformed(String),
    /// A message type this server does not speak.
    #[error("unknown y-websocket message type {0}")]
    UnknownMessageType(u64),
    /// A size, count or depth over its [`DecodeLimits`].
    #[error("{what} over the limit: {actual} > {limit}")]
    TooLarge {
        /// What was too large.
        what: &'static str,
        /// The limit.
        limit: u64,
        /// What the frame had (or declared), at least.
        actual: u64,
    },
    /// An update or state vector that passed the structural checks but that yrs refuses to decode.
    #[error("yrs rejected the {what}: {reason}")]
    Rejected {
        /// `"update"` or `"state vector"`.
        what: &'static str,
        /// yrs's error.
        reason: String,
    },
}

impl ProtocolViolation {
    /// The WebSocket close code to close the connection with: 1003 (unsupported data) for an unknown message
    /// type, 1009 (message too big) for a limit, 1007 (invalid payload data) for the rest.
    #[must_use]
    pub fn close_code(&self) -> u16 {
        match self {
            Self::UnknownMessageType(_) => 1003,
            Self::TooLarge { .. } => 1009,
            Self::Malformed(_) | Self::Rejected { .. } => 1007,
        }
    }
}

/// Decodes one binary frame into its messages, checking every length, count and nesting against the bytes left
/// and against `limits` before anything is allocated for it.
///
/// # Errors
/// A [`ProtocolViolation`] on the first problem; the connection should be closed with its
/// [`close_code`](ProtocolViolation::close_code).
pub fn decode_frame(
    frame: &[u8],
    limits: &DecodeLimits,
) -> Result<Vec<IncomingMessage>, ProtocolViolation> {
    check_limit("frame size in bytes", frame.len(), limits.max_frame_bytes)?;
    if frame.is_empty() {
        return Err(malformed("empty frame"));
    }
    let mut reader = Reader::new(frame);
    let mut messages = Vec::new();
    while !reader.is_empty() {
        check_limit(
            "messages in one frame",
            messages.len() + 1,
            limits.max_messages_per_frame,
        )?;
        messages.push(decode_message(&mut reader, limits)?);
    }
    Ok(messages)
}

/// Sync step 1 carrying `state_vector` (v1): "here is what I have, send me the rest".
#[must_use]
pub fn encode_sync_step1(state_vector: &[u8]) -> Vec<u8> {
    encode_with_buffer(&[MESSAGE_SYNC, SYNC_STEP_1], state_vector)
}

/// Sync step 2 carrying `update` (v1): the answer to a step 1. A y-websocket client counts as synced once it has
/// received one.
#[must_use]
pub fn encode_sync_step2(update: &[u8]) -> Vec<u8> {
    encode_with_buffer(&[MESSAGE_SYNC, SYNC_STEP_2], update)
}

/// An incremental update (v1), as relayed to the other clients of a room.
#[must_use]
pub fn encode_update(update: &[u8]) -> Vec<u8> {
    encode_with_buffer(&[MESSAGE_SYNC, SYNC_UPDATE], update)
}

/// An auth message saying "permission denied" with `reason` (y-protocols' `writePermissionDenied`): what a
/// read-only connection is told, once, when it sends an edit. The y-websocket provider reports it to its
/// `permissionDeniedHandler` and stays connected.
#[must_use]
pub fn encode_permission_denied(reason: &str) -> Vec<u8> {
    encode_with_buffer(&[MESSAGE_AUTH, AUTH_PERMISSION_DENIED], reason.as_bytes())
}

/// An awareness message carrying `update` (an awareness update, e.g. [`IncomingMessage::Awareness::update`]).
#[must_use]
pub fn encode_awareness(update: &[u8]) -> Vec<u8> {
    encode_with_buffer(&[MESSAGE_AWARENESS], update)
}

/// An awareness message that removes these clients, given as `(client ID, last clock seen)`: each state becomes
/// JSON `null` with the clock one higher, as y-protocols' `removeAwarenessStates` does, so every receiver drops it.
/// Sent for the clients of a connection that went away without saying so.
#[must_use]
pub fn encode_awareness_removal(entries: &[(u64, u32)]) -> Vec<u8> {
    let mut update = Vec::new();
    write_varint(&mut update, entries.len() as u64);
    for &(client_id, clock) in entries {
        write_varint(&mut update, client_id);
        // A receiver also drops a null state whose clock equals its own, so saturating at the maximum still works.
        write_varint(&mut update, u64::from(clock.saturating_add(1)));
        write_varint(&mut update, NULL_STATE.len() as u64);
        update.extend_from_slice(NULL_STATE.as_bytes());
    }
    encode_awareness(&update)
}

/// An awareness update (not yet wrapped in a message, see [`encode_awareness`]) setting one client's state to
/// `state` (JSON text) at `clock`.
#[must_use]
pub fn encode_awareness_state(client_id: u64, clock: u32, state: &str) -> Vec<u8> {
    let mut update = Vec::with_capacity(3 * MAX_VARINT_BYTES + state.len());
    write_varint(&mut update, 1);
    write_varint(&mut update, client_id);
    write_varint(&mut update, u64::from(clock));
    write_varint(&mut update, state.len() as u64);
    update.extend_from_slice(state.as_bytes());
    update
}

/// One entry of an awareness update, as its own one-entry update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitEntry {
    /// The Yjs client ID.
    pub client_id: u64,
    /// The entry's clock.
    pub clock: u32,
    /// Whether the state is JSON `null` (a removal).
    pub removed: bool,
    /// The entry as a one-entry awareness update.
    pub update: Vec<u8>,
}

/// The entries of an awareness update (already checked by [`decode_frame`]), each as its own update; what
/// cannot be read is left out.
#[must_use]
pub fn split_awareness_update(update: &[u8]) -> Vec<SplitEntry> {
    let mut reader = Reader::new(update);
    let Ok(count) = reader.varint("awareness entry count") else {
        return Vec::new();
    };
    let mut entries = Vec::new();
    for _ in 0..count {
        let (Ok(client_id), Ok(clock), Ok(state)) = (
            reader.varint("awareness client ID"),
            reader.varint_u32("awareness clock"),
            reader.string("awareness state"),
        ) else {
            break;
        };
        entries.push(SplitEntry {
            client_id,
            clock,
            removed: state.trim() == NULL_STATE,
            update: encode_awareness_state(client_id, clock, state),
        });
    }
    entries
}

/// The update with the `user.name` and `user.color` of `client_id`'s state set to these (a verified user's,
/// which the client may not change); `None` when the update has no state of that client to change.
#[must_use]
pub fn impose_awareness_user(
    update: &[u8],
    client_id: u64,
    name: &str,
    color: &str,
) -> Option<Vec<u8>> {
    let mut reader = Reader::new(update);
    let count = reader.varint("awareness entry count").ok()?;
    let mut entries = Vec::new();
    let mut changed = false;
    for _ in 0..count {
        let (Ok(id), Ok(clock), Ok(state)) = (
            reader.varint("awareness client ID"),
            reader.varint_u32("awareness clock"),
            reader.string("awareness state"),
        ) else {
            return None;
        };
        let mut state_text = state.to_owned();
        if id == client_id
            && let Ok(serde_json::Value::Object(mut fields)) = serde_json::from_str(state)
        {
            let user = fields
                .entry("user")
                .or_insert_with(|| serde_json::Value::Object(serde_json::Map::new()));
            if let serde_json::Value::Object(user) = user
                && (user.get("name").and_then(serde_json::Value::as_str) != Some(name)
                    || user.get("color").and_then(serde_json::Value::as_str) != Some(color))
            {
                user.insert("name".into(), name.into());
                user.insert("color".into(), color.into());
                state_text = serde_json::Value::Object(fields).to_string();
                changed = true;
            }
        }
        entries.push(encode_awareness_state(id, clock, &state_text));
    }
    changed.then(|| join_awareness_updates(entries.iter().map(Vec::as_slice)))
}

/// One awareness message holding the entries of every awareness update in `updates` (each as received, so
/// already checked by [`decode_frame`]): what a newcomer is sent in one frame instead of one per connection.
/// An update that cannot be read is left out.
#[must_use]
pub fn merge_awareness_updates<'a>(updates: impl IntoIterator<Item = &'a [u8]>) -> Vec<u8> {
    encode_awareness(&join_awareness_updates(updates))
}

/// The entries of several awareness updates as one awareness update (not wrapped in a message).
#[must_use]
pub fn join_awareness_updates<'a>(updates: impl IntoIterator<Item = &'a [u8]>) -> Vec<u8> {
    let mut count = 0_u64;
    let mut entries = Vec::new();
    for update in updates {
        let mut reader = Reader::new(update);
        if let Ok(entries_in_update) = reader.varint("awareness entry count") {
            count += entries_in_update;
            entries.extend_from_slice(reader.bytes);
        }
    }
    let mut merged = Vec::with_capacity(MAX_VARINT_BYTES + entries.len());
    write_varint(&mut merged, count);
    merged.extend_from_slice(&entries);
    merged
}

fn encode_with_buffer(header: &[u64], buffer: &[u8]) -> Vec<u8> {
    let mut frame = Vec::with_capacity(header.len() + MAX_VARINT_BYTES + buffer.len());
    for &value in header {
        write_varint(&mut frame, value);
    }
    write_varint(&mut frame, buffer.len() as u64);
    frame.extend_from_slice(buffer);
    frame
}

/// lib0 `writeVarUint`: 7 bits per byte, least significant first, the high bit set on every byte but the last.
fn write_varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        // Truncation is the point: the low 7 bits, with the continuation bit.
        #[allow(clippy::cast_possible_truncation)]
        out.push((value as u8 & 0x7f) | 0x80);
        value >>= 7;
    }
    // Below 0x80 by now: no truncation.
    #[allow(clippy::cast_possible_truncation)]
    out.push(value as u8);
}

fn decode_message(
    reader: &mut Reader<'_>,
    limits: &DecodeLimits,
) -> Result<IncomingMessage, ProtocolViolation> {
    match reader.varint("message type")? {
        MESSAGE_SYNC => decode_sync(reader, limits),
        MESSAGE_AWARENESS => {
            let update = reader.buffer("awareness update")?;
            let (entries, presence) = decode_awareness_update(update, limits)?;
            Ok(IncomingMessage::Awareness {
                update: update.to_vec(),
                entries,
                presence,
            })
        }
        MESSAGE_AUTH => {
            if reader.varint("auth message type")? == AUTH_PERMISSION_DENIED {
                reader.string("auth denial reason")?;
            }
            Ok(IncomingMessage::Auth)
        }
        MESSAGE_QUERY_AWARENESS => Ok(IncomingMessage::QueryAwareness),
        other => Err(ProtocolViolation::UnknownMessageType(other)),
    }
}

fn decode_sync(
    reader: &mut Reader<'_>,
    limits: &DecodeLimits,
) -> Result<IncomingMessage, ProtocolViolation> {
    match reader.varint("sync message type")? {
        SYNC_STEP_1 => {
            let state_vector = reader.buffer("state vector")?;
            check_state_vector(state_vector)?;
            Ok(IncomingMessage::SyncStep1 {
                state_vector: state_vector.to_vec(),
            })
        }
        SYNC_STEP_2 => {
            let update = reader.buffer("update")?;
            check_update(update, limits)?;
            Ok(IncomingMessage::SyncStep2 {
                update: update.to_vec(),
            })
        }
        SYNC_UPDATE => {
            let update = reader.buffer("update")?;
            check_update(update, limits)?;
            Ok(IncomingMessage::Update {
                update: update.to_vec(),
            })
        }
        other => Err(malformed(format!("unknown sync message type {other}"))),
    }
}

/// An awareness update: a count, then per client its ID, clock and JSON state.
fn decode_awareness_update(
    update: &[u8],
    limits: &DecodeLimits,
) -> Result<(Vec<AwarenessEntry>, Vec<AwarenessPresence>), ProtocolViolation> {
    let mut reader = Reader::new(update);
    // An entry takes at least 3 bytes: a one-byte ID, clock and state length.
    let count = reader.count("awareness entries", 3)?;
    check_limit("awareness entries", count, limits.max_awareness_entries)?;
    let mut entries = Vec::with_capacity(count);
    let mut presence = Vec::with_capacity(count);
    for _ in 0..count {
        let client_id = reader.client_id("awareness client ID")?;
        let clock = reader.varint_u32("awareness clock")?;
        let state = reader.string("awareness state")?;
        check_limit(
            "awareness state in bytes",
            state.len(),
            limits.max_awareness_state_bytes,
        )?;
        // Relayed states are parsed by every other client with `JSON.parse`, which would throw on garbage.
        let parsed: Value = serde_json::from_str(state).map_err(|error| {
            malformed(format!(
                "awareness state of client {client_id} is not JSON: {error}"
            ))
        })?;
        entries.push(AwarenessEntry {
            client_id,
            clock,
            state_is_null: parsed.is_null(),
        });
        presence.push(AwarenessPresence {
            client_id,
            state: (!parsed.is_null()).then(|| awareness_user(&parsed)),
        });
    }
    reader.finish("awareness update")?;
    Ok((entries, presence))
}

/// The presence fields of an awareness state, as y-codemirror.next and y-monaco write them: `user.name`,
/// `user.color`, and `cursor.anchor`/`cursor.head` as Yjs relative positions (`Y.relativePositionToJSON`).
/// Fields of other shapes are left out.
fn awareness_user(state: &Value) -> AwarenessUser {
    let user_field = |field: &str| {
        state
            .get("user")
            .and_then(|user| user.get(field))
            .and_then(Value::as_str)
            .map(|text| text.chars().take(256).collect::<String>())
    };
    let position = |cursor: &Value, field: &str| {
        cursor
            .get(field)
            .and_then(|position| serde_json::from_value::<StickyIndex>(position.clone()).ok())
    };
    let cursor = state.get("cursor").and_then(|cursor| {
        Some(StickyCursor {
            anchor: position(cursor, "anchor")?,
            head: position(cursor, "head")?,
        })
    });
    AwarenessUser {
        name: user_field("name"),
        color: user_field("color"),
        cursor,
    }
}

/// A state vector (v1): a count, then per client its ID and clock. Checked here, then decoded by yrs.
fn check_state_vector(state_vector: &[u8]) -> Result<(), ProtocolViolation> {
    let mut reader = Reader::new(state_vector);
    let count = reader.count_u32("state vector entries", 2)?;
    for _ in 0..count {
        reader.client_id("state vector client ID")?;
        reader.varint_u32("state vector clock")?;
    }
    reader.finish("state vector")?;
    StateVector::decode_v1(state_vector)
        .map(drop)
        .map_err(|error| ProtocolViolation::Rejected {
            what: "state vector",
            reason: error.to_string(),
        })
}

/// An update (v1). Its structure is walked the way yrs's `Update::decode` reads it, so the counts yrs reserves
/// memory for, the depth it recurses to and the clocks it adds up are all known to be sane before it runs.
fn check_update(update: &[u8], limits: &DecodeLimits) -> Result<(), ProtocolViolation> {
    let mut reader = Reader::new(update);
    // Per client: a block count, an ID and a first clock.
    let clients = reader.count_u32("update clients", 3)?;
    // Grows with the client sections actually read, never with a declared count.
    let mut seen = HashSet::new();
    for _ in 0..clients {
        // A block takes at least 2 bytes: its info byte and a length or a parent.
        let blocks = reader.count_u32("update blocks", 2)?;
        let client = reader.client_id("update client ID")?;
        // Yjs writes each client once. Twice, its ranges can overlap, and yrs 0.28.1 then corrupts its block store
        // (an overflowing subtraction in `BlockStore::push`: a panic in debug builds, a wrapped length in release).
        if !seen.insert(client) {
            return Err(malformed(format!("update has client {client} twice")));
        }
        let mut clock = reader.varint_u32("update clock")?;
        for _ in 0..blocks {
            let length = check_block(&mut reader, limits)?;
            clock = clock
                .checked_add(length)
                .ok_or_else(|| malformed("update clocks overflow u32"))?;
        }
    }
    check_delete_set(&mut reader)?;
    reader.finish("update")?;
    Update::decode_v1(update)
        .map(drop)
        .map_err(|error| ProtocolViolation::Rejected {
            what: "update",
            reason: error.to_string(),
        })
}

/// Bits of a block's info byte (yrs `block.rs`).
mod block_info {
    /// The whole info byte of a garbage-collected range.
    pub const GC: u8 = 0;
    /// The whole info byte of a skipped range.
    pub const SKIP: u8 = 10;
    /// The item has a left origin.
    pub const HAS_ORIGIN: u8 = 0b1000_0000;
    /// The item has a right origin.
    pub const HAS_RIGHT_ORIGIN: u8 = 0b0100_0000;
    /// The item has a parent key (a map entry).
    pub const HAS_PARENT_SUB: u8 = 0b0010_0000;
    /// The bits yrs reads the content kind from.
    pub const CONTENT: u8 = 0b0000_1111;
}

/// Content kinds (yrs `block.rs`).
mod content_kind {
    pub const DELETED: u8 = 1;
    pub const JSON: u8 = 2;
    pub const BINARY: u8 = 3;
    pub const STRING: u8 = 4;
    pub const EMBED: u8 = 5;
    pub const FORMAT: u8 = 6;
    pub const TYPE: u8 = 7;
    pub const ANY: u8 = 8;
    pub const DOC: u8 = 9;
}

/// Shared type kinds (yrs `types/mod.rs`); only an XML element carries more (its tag name).
mod type_kind {
    pub const ARRAY: u8 = 0;
    pub const MAP: u8 = 1;
    pub const TEXT: u8 = 2;
    pub const XML_ELEMENT: u8 = 3;
    pub const XML_FRAGMENT: u8 = 4;
    pub const XML_HOOK: u8 = 5;
    pub const XML_TEXT: u8 = 6;
    pub const SUB_DOCUMENT: u8 = 9;
    pub const UNDEFINED: u8 = 15;
}

/// One block of an update; returns how many clock ticks it spans (0 for an empty item, which yrs drops).
fn check_block(reader: &mut Reader<'_>, limits: &DecodeLimits) -> Result<u32, ProtocolViolation> {
    let info = reader.byte("block info")?;
    if info == block_info::GC || info == block_info::SKIP {
        let length = reader.varint_u32("block length")?;
        if length == 0 {
            return Err(malformed("empty block"));
        }
        return Ok(length);
    }
    if info & block_info::HAS_ORIGIN != 0 {
        reader.id("left origin")?;
    }
    if info & block_info::HAS_RIGHT_ORIGIN != 0 {
        reader.id("right origin")?;
    }
    // Without an origin the item names its parent, and possibly its key in the parent map.
    if info & (block_info::HAS_ORIGIN | block_info::HAS_RIGHT_ORIGIN) == 0 {
        if reader.varint_u32("parent kind")? == 1 {
            reader.string("parent name")?;
        } else {
            reader.id("parent")?;
        }
        if info & block_info::HAS_PARENT_SUB != 0 {
            reader.string("parent key")?;
        }
    }
    check_content(reader, info & block_info::CONTENT, limits)
}

/// An item's content; returns its length in clock ticks, as yrs counts it (`ItemContent::len_utf16`).
fn check_content(
    reader: &mut Reader<'_>,
    kind: u8,
    limits: &DecodeLimits,
) -> Result<u32, ProtocolViolation> {
    match kind {
        content_kind::DELETED => reader.varint_u32("deleted length"),
        // Legacy content Yjs no longer writes, and which yrs 0.28 decodes with one string too many.
        content_kind::JSON => Err(malformed("legacy JSON content is not supported")),
        content_kind::BINARY => reader.buffer("binary content").map(|_| 1),
        content_kind::STRING => {
            let text = reader.string("string content")?;
            u32::try_from(text.encode_utf16().count())
                .map_err(|_| malformed("string content too long"))
        }
        content_kind::EMBED => reader.json("embed content").map(|()| 1),
        content_kind::FORMAT => {
            reader.string("format key")?;
            reader.json("format value").map(|()| 1)
        }
        content_kind::TYPE => {
            match reader.byte("type kind")? {
                type_kind::XML_ELEMENT => {
                    reader.string("XML element name")?;
                }
                type_kind::ARRAY
                | type_kind::MAP
                | type_kind::TEXT
                | type_kind::XML_FRAGMENT
                | type_kind::XML_HOOK
                | type_kind::XML_TEXT
                | type_kind::SUB_DOCUMENT
                | type_kind::UNDEFINED => {}
                other => return Err(malformed(format!("unknown shared type kind {other}"))),
            }
            Ok(1)
        }
        content_kind::ANY => {
            // A value takes at least its tag byte.
            let count = reader.count_u32("values", 1)?;
            for _ in 0..count {
                check_any(reader, 1, limits)?;
            }
            Ok(count)
        }
        // A pairprog room is one text; and yrs 0.28.1 leaks every sub-document it integrates (about 2.6 KB each,
        // never freed, even when the document is dropped), so a client could grow the server's memory at will.
        content_kind::DOC => Err(malformed("sub-documents are not supported")),
        other => Err(malformed(format!("unknown content kind {other}"))),
    }
}

/// A lib0 `Any` value (yrs `any.rs`), at nesting `depth` (1 for a top-level value).
fn check_any(
    reader: &mut Reader<'_>,
    depth: usize,
    limits: &DecodeLimits,
) -> Result<(), ProtocolViolation> {
    check_limit("value nesting depth", depth, limits.max_nesting_depth)?;
    match reader.byte("value tag")? {
        // undefined, null, false, true
        127 | 126 | 121 | 120 => Ok(()),
        125 => reader.signed_varint("integer value"),
        124 => reader.take(4, "float32 value").map(drop),
        123 | 122 => reader.take(8, "float64 or bigint value").map(drop),
        119 => reader.string("string value").map(drop),
        118 => {
            // An entry takes at least a key length and a value tag.
            let count = reader.count("map entries", 2)?;
            for _ in 0..count {
                reader.string("map key")?;
                check_any(reader, depth + 1, limits)?;
            }
            Ok(())
        }
        117 => {
            let count = reader.count("array elements", 1)?;
            for _ in 0..count {
                check_any(reader, depth + 1, limits)?;
            }
            Ok(())
        }
        116 => reader.buffer("buffer value").map(drop),
        other => Err(malformed(format!("unknown value tag {other}"))),
    }
}

/// An update's delete set: per client, ranges of deleted clocks.
fn check_delete_set(reader: &mut Reader<'_>) -> Result<(), ProtocolViolation> {
    // Per client: an ID and a range count.
    let clients = reader.count_u32("delete set clients", 2)?;
    for _ in 0..clients {
        reader.client_id("delete set client ID")?;
        // Per range: a clock and a length.
        let ranges = reader.count_u32("delete set ranges", 2)?;
        for _ in 0..ranges {
            let clock = reader.varint_u32("deleted clock")?;
            let length = reader.varint_u32("deleted length")?;
            clock
                .checked_add(length)
                .ok_or_else(|| malformed("deleted range overflows u32"))?;
        }
    }
    Ok(())
}

fn malformed(reason: impl fmt::Display) -> ProtocolViolation {
    ProtocolViolation::Malformed(reason.to_string())
}

fn check_limit(what: &'static str, actual: usize, limit: usize) -> Result<(), ProtocolViolation> {
    if actual > limit {
        Err(ProtocolViolation::TooLarge {
            what,
            limit: limit as u64,
            actual: actual as u64,
        })
    } else {
        Ok(())
    }
}

/// A cursor over untrusted bytes: every read checks what is left first and fails instead of panicking.
struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Self { bytes }
    }

    fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// Fails when bytes are left over: each structure must end exactly where its buffer does.
    fn finish(&self, what: &str) -> Result<(), ProtocolViolation> {
        if self.bytes.is_empty() {
            Ok(())
        } else {
            Err(malformed(format!(
                "{} unexpected bytes after the {what}",
                self.bytes.len()
            )))
        }
    }

    fn take(&mut self, length: usize, what: &str) -> Result<&'a [u8], ProtocolViolation> {
        if length > self.bytes.len() {
            return Err(malformed(format!(
                "{what}: needs {length} bytes, {} left",
                self.bytes.len()
            )));
        }
        let (taken, rest) = self.bytes.split_at(length);
        self.bytes = rest;
        Ok(taken)
    }

    fn byte(&mut self, what: &str) -> Result<u8, ProtocolViolation> {
        let (&first, rest) = self
            .bytes
            .split_first()
            .ok_or_else(|| malformed(format!("{what}: frame ends early")))?;
        self.bytes = rest;
        Ok(first)
    }

    /// A lib0 varint: at most 10 bytes, and no bit beyond the 64th.
    fn varint(&mut self, what: &str) -> Result<u64, ProtocolViolation> {
        let mut value = 0_u64;
        for index in 0..MAX_VARINT_BYTES {
            let byte = self.byte(what)?;
            let bits = u64::from(byte & 0x7f);
            let shift = 7 * index;
            // The 10th byte only has room for the 64th bit.
            if shift == 63 && bits > 1 {
                return Err(malformed(format!("{what}: varint overflows 64 bits")));
            }
            value |= bits << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(malformed(format!(
            "{what}: varint longer than {MAX_VARINT_BYTES} bytes"
        )))
    }

    /// A varint yrs reads as a `u32`; larger values (which yrs would silently wrap) are refused.
    fn varint_u32(&mut self, what: &str) -> Result<u32, ProtocolViolation> {
        let value = self.varint(what)?;
        u32::try_from(value)
            .map_err(|_| malformed(format!("{what}: {value} does not fit in 32 bits")))
    }

    /// A lib0 signed varint, skipped: at most [`MAX_SIGNED_VARINT_BYTES`] bytes.
    fn signed_varint(&mut self, what: &str) -> Result<(), ProtocolViolation> {
        for _ in 0..MAX_SIGNED_VARINT_BYTES {
            if self.byte(what)? & 0x80 == 0 {
                return Ok(());
            }
        }
        Err(malformed(format!(
            "{what}: signed varint longer than {MAX_SIGNED_VARINT_BYTES} bytes"
        )))
    }

    /// A count of items that take at least `min_item_bytes` each: refused when the bytes left cannot hold them,
    /// so a count never sizes an allocation beyond what the frame really carries.
    fn count(&mut self, what: &str, min_item_bytes: usize) -> Result<usize, ProtocolViolation> {
        let declared = self.varint(what)?;
        let room = self.bytes.len() / min_item_bytes;
        match usize::try_from(declared) {
            Ok(count) if count <= room => Ok(count),
            _ => Err(malformed(format!(
                "{what}: {declared} declared, room for {room} at most"
            ))),
        }
    }

    /// [`Reader::count`] of a count yrs reads as a `u32`.
    fn count_u32(&mut self, what: &str, min_item_bytes: usize) -> Result<u32, ProtocolViolation> {
        let count = self.count(what, min_item_bytes)?;
        u32::try_from(count)
            .map_err(|_| malformed(format!("{what}: {count} does not fit in 32 bits")))
    }

    /// A varint length (which yrs reads as a `u32`), then that many bytes.
    fn buffer(&mut self, what: &str) -> Result<&'a [u8], ProtocolViolation> {
        let declared = self.varint_u32(what)?;
        let length = usize::try_from(declared)
            .map_err(|_| malformed(format!("{what}: length {declared} too large")))?;
        self.take(length, what)
    }

    /// A length-prefixed UTF-8 string.
    fn string(&mut self, what: &str) -> Result<&'a str, ProtocolViolation> {
        let bytes = self.buffer(what)?;
        std::str::from_utf8(bytes).map_err(|_| malformed(format!("{what}: not UTF-8")))
    }

    /// A length-prefixed string holding JSON (yrs parses it with `serde_json`, whose recursion limit applies).
    fn json(&mut self, what: &str) -> Result<(), ProtocolViolation> {
        let text = self.string(what)?;
        serde_json::from_str::<serde::de::IgnoredAny>(text)
            .map(drop)
            .map_err(|error| malformed(format!("{what}: {error}")))
    }

    /// A Yjs client ID: at most 53 bits. JavaScript numbers cannot hold more, and yrs folds the extra bits away
    /// (so two IDs would alias one client), after a `debug_assert!` that panics in debug builds.
    fn client_id(&mut self, what: &str) -> Result<u64, ProtocolViolation> {
        let value = self.varint(what)?;
        if value > MAX_CLIENT_ID {
            return Err(malformed(format!("{what}: {value} is over 53 bits")));
        }
        Ok(value)
    }

    /// An ID: a client and a clock (`u32`).
    fn id(&mut self, what: &str) -> Result<(), ProtocolViolation> {
        self.client_id(what)?;
        self.varint_u32(what).map(drop)
    }
}

#[cfg(test)]
mod tests {
    use yrs::{
        Any, Array, ArrayPrelim, Doc, GetString, Map, MapPrelim, ReadTxn, Text, TextPrelim,
        Transact,
        sync::{Awareness, AwarenessUpdate, Message, SyncMessage},
        updates::encoder::Encode,
    };

    use super::*;

    fn limits() -> DecodeLimits {
        DecodeLimits::default()
    }

    fn decode(frame: &[u8]) -> Result<Vec<IncomingMessage>, ProtocolViolation> {
        decode_frame(frame, &limits())
    }

    fn decode_valid(frame: &[u8]) -> Vec<IncomingMessage> {
        decode(frame).unwrap_or_else(|error| panic!("{frame:02x?} was refused: {error}"))
    }

    fn hex(text: &str) -> Vec<u8> {
        (0..text.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex digits"))
            .collect()
    }

    /// A document whose `code` text holds `text`, with a deletion so the update has a delete set.
    fn document_with(text: &str) -> Doc {
        let doc = Doc::with_client_id(7);
        let code = doc.get_or_insert_text("code");
        let mut txn = doc.transact_mut();
        code.insert(&mut txn, 0, "x");
        code.insert(&mut txn, 1, text);
        code.remove_range(&mut txn, 0, 1);
        drop(txn);
        doc
    }

    fn full_update(doc: &Doc) -> Vec<u8> {
        doc.transact()
            .encode_state_as_update_v1(&StateVector::default())
    }

    fn state_vector(doc: &Doc) -> Vec<u8> {
        doc.transact().state_vector().encode_v1()
    }

    /// An awareness update with these `(client ID, clock, JSON state)` entries.
    fn awareness_entries(entries: &[(u64, u64, &str)]) -> Vec<u8> {
        let mut update = Vec::new();
        write_varint(&mut update, entries.len() as u64);
        for &(client, clock, state) in entries {
            write_varint(&mut update, client);
            write_varint(&mut update, clock);
            write_varint(&mut update, state.len() as u64);
            update.extend_from_slice(state.as_bytes());
        }
        update
    }

    fn awareness_update() -> Vec<u8> {
        let mut awareness = Awareness::new(Doc::with_client_id(42));
        awareness
            .set_local_state(serde_json::json!({"user": {"name": "alice"}, "cursor": 3}))
            .expect("state serializes");
        awareness.update().expect("awareness update").encode_v1()
    }

    /// One frame of every kind a client sends, encoded by yrs (not by this module).
    fn yrs_encoded_frames() -> Vec<Vec<u8>> {
        let doc = document_with("héllo 😀");
        let awareness = AwarenessUpdate::decode_v1(&awareness_update())
            .expect("yrs decodes its own awareness update");
        vec![
            Message::Sync(SyncMessage::SyncStep1(doc.transact().state_vector())).encode_v1(),
            Message::Sync(SyncMessage::SyncStep2(full_update(&doc))).encode_v1(),
            Message::Sync(SyncMessage::Update(full_update(&doc))).encode_v1(),
            Message::Awareness(awareness).encode_v1(),
            Message::AwarenessQuery.encode_v1(),
            Message::Auth(Some("no".into())).encode_v1(),
            Message::Auth(None).encode_v1(),
        ]
    }

    #[test]
    fn every_message_round_trips_through_encode_and_decode() {
        let doc = document_with("fn main() {}");
        let (update, vector, awareness) =
            (full_update(&doc), state_vector(&doc), awareness_update());

        assert_eq!(
            decode_valid(&encode_sync_step1(&vector)),
            [IncomingMessage::SyncStep1 {
                state_vector: vector.clone()
            }]
        );
        assert_eq!(
            decode_valid(&encode_sync_step2(&update)),
            [IncomingMessage::SyncStep2 {
                update: update.clone()
            }]
        );
        assert_eq!(
            decode_valid(&encode_update(&update)),
            [IncomingMessage::Update {
                update: update.clone()
            }]
        );
        assert_eq!(
            decode_valid(&encode_awareness(&awareness)),
            [IncomingMessage::Awareness {
                update: awareness.clone(),
                entries: vec![AwarenessEntry {
                    client_id: 42,
                    clock: 1,
                    state_is_null: false
                }],
                presence: vec![AwarenessPresence {
                    client_id: 42,
                    state: Some(AwarenessUser {
                        name: Some("alice".into()),
                        ..AwarenessUser::default()
                    })
                }],
            }]
        );
    }

    #[test]
    fn frames_encoded_by_yrs_decode_to_the_same_messages() {
        let decoded: Vec<IncomingMessage> = yrs_encoded_frames()
            .iter()
            .flat_map(|frame| decode_valid(frame))
            .collect();
        assert!(matches!(decoded[0], IncomingMessage::SyncStep1 { .. }));
        assert!(matches!(decoded[1], IncomingMessage::SyncStep2 { .. }));
        assert!(matches!(decoded[2], IncomingMessage::Update { .. }));
        assert!(
            matches!(&decoded[3], IncomingMessage::Awareness { entries, .. } if entries.len() == 1)
        );
        assert_eq!(
            decoded[4..],
            [
                IncomingMessage::QueryAwareness,
                IncomingMessage::Auth,
                IncomingMessage::Auth
            ]
        );
    }

    #[test]
    fn our_encodings_equal_yrs_encodings() {
        let doc = document_with("abc");
        let update = full_update(&doc);
        assert_eq!(
            encode_sync_step1(&state_vector(&doc)),
            Message::Sync(SyncMessage::SyncStep1(doc.transact().state_vector())).encode_v1()
        );
        assert_eq!(
            encode_sync_step2(&update),
            Message::Sync(SyncMessage::SyncStep2(update.clone())).encode_v1()
        );
        assert_eq!(
            encode_update(&update),
            Message::Sync(SyncMessage::Update(update.clone())).encode_v1()
        );
        let awareness = awareness_update();
        assert_eq!(
            encode_awareness(&awareness),
            Message::Awareness(
                AwarenessUpdate::decode_v1(&awareness)
                    .expect("yrs decodes its own awareness update")
            )
            .encode_v1()
        );
    }

    /// Frames written by the real JavaScript client (yjs 13.6.33, y-protocols 1.0.7, lib0 0.2.120), captured with
    /// the packages in `tests/js`.
    mod captured_from_javascript {
        use super::*;

        /// Sync step 1 of an empty document.
        const STEP1_EMPTY: &str = "00000100";
        /// Client 42 inserts "héllo 😀" into `code`.
        const UPDATE_INSERT: &str = "00021801012a00040104636f64650b68c3a96c6c6f20f09f988000";
        /// ... then deletes the "é".
        const UPDATE_DELETE: &str = "00020600012a010101";
        /// Sync step 2 of that document.
        const STEP2_FULL: &str =
            "00012201032a00040104636f64650168812a0001842a01086c6c6f20f09f9880012a010101";
        /// Every content kind Yjs writes: formatted text, an embed, a map of nested values (ints, floats, bigint,
        /// bytes, undefined), nested types, XML elements and text, a delete set.
        const KITCHEN_SINK_UPDATE: &str = concat!(
            "010d0700060104636f646504626f6c64047472756584070004626f6c6486070404626f6c64046e756c6c850705117b22696d",
            "616765223a22782e706e67227d2801046d65746103616e79017607016175077d017c402000007701737e7879760101627d47",
            "036269677c53800000036e65677dd5b4de75036636347b3fb999999999999a05627974657374030102030262697a00000000",
            "0000000501757f2701046d657461066e657374656400070007080188070901770178070103786d6c03017087070b06040007",
            "0c0268692800070b05636c617373017701632101046d65746104676f6e65010107011001",
        );
        /// Client 8 puts a sub-document in map "m".
        const SUBDOCUMENT_UPDATE: &str = "010108002901016d037375620167760000";
        /// Client 42's awareness state `{"user":{"name":"alice","color":"#30bced"}}` at clock 1.
        const AWARENESS: &str = concat!(
            "012f012a012b7b2275736572223a7b226e616d65223a22616c696365222c22636f6c6f72223a",
            "2223333062636564227d7d",
        );
        /// What `removeAwarenessStates(awareness, [42])` sent after that.
        const AWARENESS_REMOVAL: &str = "0108012a02046e756c6c";

        #[test]
        fn sync_frames_decode() {
            for frame in [STEP1_EMPTY, UPDATE_INSERT, UPDATE_DELETE, STEP2_FULL] {
                assert_eq!(decode_valid(&hex(frame)).len(), 1, "{frame}");
            }
        }

        #[test]
        fn the_text_of_javascript_updates_is_what_javascript_wrote() {
            let doc = Doc::new();
            let code = doc.get_or_insert_text("code");
            for frame in [UPDATE_INSERT, UPDATE_DELETE] {
                let [IncomingMessage::Update { update }] = &decode_valid(&hex(frame))[..] else {
                    panic!()
                };
                doc.transact_mut()
                    .apply_update(Update::decode_v1(update).expect("yrs decodes"))
                    .expect("yrs applies");
            }
            assert_eq!(code.get_string(&doc.transact()), "hllo 😀");
        }

        #[test]
        fn every_content_kind_of_yjs_passes_the_structural_check() {
            check_update(&hex(KITCHEN_SINK_UPDATE), &limits()).expect("accepted");
        }

        #[test]
        fn sub_documents_are_refused() {
            assert_eq!(
                check_update(&hex(SUBDOCUMENT_UPDATE), &limits()),
                Err(ProtocolViolation::Malformed(
                    "sub-documents are not supported".into()
                ))
            );
        }

        #[test]
        fn awareness_entries_are_read() {
            let [IncomingMessage::Awareness { entries, .. }] = &decode_valid(&hex(AWARENESS))[..]
            else {
                panic!()
            };
            assert_eq!(
                entries,
                &[AwarenessEntry {
                    client_id: 42,
                    clock: 1,
                    state_is_null: false
                }]
            );
        }

        #[test]
        fn our_awareness_removal_is_byte_for_byte_what_y_protocols_sends() {
            assert_eq!(encode_awareness_removal(&[(42, 1)]), hex(AWARENESS_REMOVAL));
            let [IncomingMessage::Awareness { entries, .. }] =
                &decode_valid(&hex(AWARENESS_REMOVAL))[..]
            else {
                panic!()
            };
            assert_eq!(
                entries,
                &[AwarenessEntry {
                    client_id: 42,
                    clock: 2,
                    state_is_null: true
                }]
            );
        }
    }

    #[test]
    fn every_value_kind_yrs_writes_passes_the_structural_check() {
        let doc = Doc::with_client_id(9);
        let code = doc.get_or_insert_text("code");
        let meta = doc.get_or_insert_map("meta");
        let mut txn = doc.transact_mut();
        code.insert(&mut txn, 0, "text");
        let nested = Any::from_json(
            r#"{"a": [1, -2, 2.5, "s", null, true, false, {"b": [[[]]]}], "big": 1099511627776, "neg": -123456789}"#,
        )
        .expect("valid JSON");
        meta.insert(&mut txn, "any", nested);
        meta.insert(&mut txn, "bytes", Any::from(vec![1_u8, 2, 3]));
        let array = meta.insert(&mut txn, "array", ArrayPrelim::default());
        array.push_back(&mut txn, MapPrelim::default());
        array.push_back(&mut txn, TextPrelim::new("inner"));
        drop(txn);
        let update = full_update(&doc);
        assert_eq!(
            decode_valid(&encode_update(&update)),
            [IncomingMessage::Update { update }]
        );
    }

    #[test]
    fn several_messages_in_one_frame_are_all_decoded_in_order() {
        let doc = document_with("abc");
        let mut frame = encode_sync_step1(&state_vector(&doc));
        frame.extend(encode_update(&full_update(&doc)));
        frame.extend(encode_awareness(&awareness_update()));
        frame.push(3);
        let messages = decode_valid(&frame);
        assert_eq!(messages.len(), 4);
        assert!(matches!(messages[0], IncomingMessage::SyncStep1 { .. }));
        assert!(matches!(messages[1], IncomingMessage::Update { .. }));
        assert!(matches!(messages[2], IncomingMessage::Awareness { .. }));
        assert_eq!(messages[3], IncomingMessage::QueryAwareness);
    }

    #[test]
    fn more_messages_than_the_limit_are_refused() {
        let frame = vec![3_u8; 17];
        assert_eq!(
            decode(&frame).expect_err("refused"),
            ProtocolViolation::TooLarge {
                what: "messages in one frame",
                limit: 16,
                actual: 17
            }
        );
        assert_eq!(decode_valid(&frame[..16]).len(), 16);
    }

    #[test]
    fn every_truncation_of_a_valid_message_is_an_error() {
        let mut frames = yrs_encoded_frames();
        frames.push(encode_awareness_removal(&[(1, 5), (u64::MAX, u32::MAX)]));
        for frame in frames {
            // The query-awareness message is a single byte: its only prefix is the empty frame.
            for cut in 0..frame.len() {
                assert!(
                    decode(&frame[..cut]).is_err(),
                    "prefix {cut} of {frame:?} was accepted"
                );
            }
        }
    }

    #[test]
    fn every_truncation_of_a_valid_update_inside_a_well_formed_message_is_an_error() {
        let update = full_update(&document_with("truncate me 😀"));
        for cut in 0..update.len() {
            assert!(
                decode(&encode_update(&update[..cut])).is_err(),
                "update prefix {cut} accepted"
            );
        }
        let vector = state_vector(&document_with("x"));
        for cut in 0..vector.len() {
            assert!(
                decode(&encode_sync_step1(&vector[..cut])).is_err(),
                "state vector prefix {cut} accepted"
            );
        }
    }

    #[test]
    fn a_buffer_longer_than_the_frame_is_refused_without_allocating() {
        // Update message declaring a 4 GiB - 1 update.
        let frame = [0, 2, 0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3];
        assert!(
            matches!(decode(&frame), Err(ProtocolViolation::Malformed(reason)) if reason.contains("needs"))
        );
        // A length that does not even fit in 32 bits.
        let frame = [1, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0];
        assert!(matches!(
            decode(&frame),
            Err(ProtocolViolation::Malformed(_))
        ));
    }

    #[test]
    fn merged_awareness_updates_decode_to_every_entry_in_one_message() {
        let one = awareness_entries(&[(7, 3, "{\"user\":{\"name\":\"Ada\"}}")]);
        let two = awareness_entries(&[(9, 1, "{}"), (11, 2, "null")]);
        let merged = merge_awareness_updates([one.as_slice(), two.as_slice()]);
        let messages = decode_frame(&merged, &DecodeLimits::default()).expect("valid");
        let [IncomingMessage::Awareness { entries, .. }] = messages.as_slice() else {
            panic!("one awareness message: {messages:?}");
        };
        let ids: Vec<u64> = entries.iter().map(|entry| entry.client_id).collect();
        assert_eq!(ids, [7, 9, 11]);
        assert!(entries[2].state_is_null);
    }

    #[test]
    fn varints_longer_than_ten_bytes_or_beyond_64_bits_are_refused() {
        let mut eleven_bytes = vec![0x80; 10];
        eleven_bytes.push(0);
        assert!(
            matches!(decode(&eleven_bytes), Err(ProtocolViolation::Malformed(reason)) if reason.contains("longer"))
        );
        let mut overflowing = vec![0xff; 9];
        overflowing.push(0x02);
        assert!(
            matches!(decode(&overflowing), Err(ProtocolViolation::Malformed(reason)) if reason.contains("overflows"))
        );
        // The largest u64 is a valid (if unknown) message type.
        let mut max = vec![0xff; 9];
        max.push(0x01);
        assert_eq!(
            decode(&max).expect_err("refused"),
            ProtocolViolation::UnknownMessageType(u64::MAX)
        );
    }

    #[test]
    fn counts_declaring_more_items_than_bytes_left_are_refused_before_yrs_sees_them() {
        // Each of these makes yrs 0.28.1 reserve (and zero) hundreds of megabytes for a count of ~250 million.
        let huge_count = [0xff, 0xff, 0xff, 0x7a];
        for frame in [
            encode_sync_step1(&huge_count),
            encode_update(&huge_count),
            encode_awareness(&huge_count),
        ] {
            assert!(
                matches!(decode(&frame), Err(ProtocolViolation::Malformed(ref reason)) if reason.contains("declared")),
                "{frame:?}"
            );
        }
        // One client whose block count is huge.
        let frame = encode_update(&[1, 0xff, 0xff, 0xff, 0x7a, 1, 0]);
        assert!(matches!(
            decode(&frame),
            Err(ProtocolViolation::Malformed(_))
        ));
    }

    #[test]
    fn deeply_nested_values_are_refused_before_they_overflow_yrs_stack() {
        // One `Any` item in root map "m": [[[[...null...]]]], nested far beyond any stack.
        let mut update = vec![
            1,
            1,
            1,
            0,
            content_kind::ANY | block_info::HAS_PARENT_SUB,
            1,
            1,
            b'm',
            1,
            b'k',
            1,
        ];
        for _ in 0..100_000 {
            update.extend([117, 1]);
        }
        update.extend([126, 0]);
        assert!(matches!(
            decode(&encode_update(&update)),
            Err(ProtocolViolation::TooLarge {
                what: "value nesting depth",
                limit: 64,
                actual: 65
            })
        ));
    }

    #[test]
    fn nesting_at_the_limit_is_accepted() {
        let depth = limits().max_nesting_depth;
        let mut update = vec![
            1,
            1,
            1,
            0,
            content_kind::ANY | block_info::HAS_PARENT_SUB,
            1,
            1,
            b'm',
            1,
            b'k',
            1,
        ];
        for _ in 1..depth {
            update.extend([117, 1]);
        }
        update.extend([126, 0]);
        assert!(matches!(
            decode_valid(&encode_update(&update))[..],
            [IncomingMessage::Update { .. }]
        ));
    }

    #[test]
    fn clocks_that_overflow_u32_are_refused() {
        // Two GC blocks of client 1 starting at clock 0xffff_fff0: the second ends past u32::MAX.
        let blocks = [1, 2, 1, 0xf0, 0xff, 0xff, 0xff, 0x0f, 0, 0x0f, 0, 0x10, 0];
        assert!(
            matches!(decode(&encode_update(&blocks)), Err(ProtocolViolation::Malformed(reason)) if reason.contains("overflow"))
        );
        // A deleted range [0xffff_ffff, +5).
        let deletes = [0, 1, 1, 1, 0xff, 0xff, 0xff, 0xff, 0x0f, 5];
        assert!(
            matches!(decode(&encode_update(&deletes)), Err(ProtocolViolation::Malformed(reason)) if reason.contains("overflow"))
        );
    }

    #[test]
    fn client_ids_over_53_bits_are_refused_everywhere() {
        let mut too_big = Vec::new();
        write_varint(&mut too_big, MAX_CLIENT_ID + 1);
        let mut largest = Vec::new();
        write_varint(&mut largest, MAX_CLIENT_ID);
        let with_client = |client: &[u8]| {
            let state_vector = [&[1][..], client, &[0]].concat();
            // One GC block of `client`, and an empty delete set.
            let update = [&[1, 1][..], client, &[0, 0, 1, 0]].concat();
            let deletion = [&[0, 1][..], client, &[1, 0, 1]].concat();
            let awareness = [&[1][..], client, &[0, 4], b"null"].concat();
            [
                encode_sync_step1(&state_vector),
                encode_update(&update),
                encode_update(&deletion),
                encode_awareness(&awareness),
            ]
        };
        for frame in with_client(&largest) {
            decode_valid(&frame);
        }
        for frame in with_client(&too_big) {
            assert!(
                matches!(decode(&frame), Err(ProtocolViolation::Malformed(ref reason)) if reason.contains("53 bits")),
                "{frame:?}"
            );
        }
    }

    #[test]
    fn fuzzer_finding_a_left_origin_client_over_53_bits_is_refused() {
        // Found by `fuzz/fuzz_targets/yjs_frame.rs`: yrs's `ClientID::new` asserts 53 bits (debug builds panicked).
        let frame = [
            0, 2, 24, 4, 1, 4, 11, 0, 71, 0, 0, 0, 0, 254, 255, 255, 255, 255, 255, 255, 255, 0, 0,
            0, 0, 0, 0, 34, 58, 34, 97, 39, 165,
        ];
        assert!(matches!(
            decode(&frame),
            Err(ProtocolViolation::Malformed(_))
        ));
    }

    #[test]
    fn an_update_naming_a_client_twice_is_refused() {
        // Client 1319 twice: GC [2, 19), then GC [0, 17). Found by the fuzzer (through two updates in one frame).
        let update = [2, 1, 0xa7, 0x0a, 2, 0, 0x11, 1, 0xa7, 0x0a, 0, 0, 0x11, 0];
        assert_eq!(
            decode(&encode_update(&update)),
            Err(ProtocolViolation::Malformed(
                "update has client 1319 twice".into()
            ))
        );
    }

    #[test]
    fn garbage_is_refused_with_a_close_code() {
        for frame in [
            &b""[..],
            b"\x00",
            b"\x00\x07\x00",
            b"\x02",
            b"hello world",
            b"\xff\xff\xff",
            b"\x00\x02\x02\x00",
        ] {
            let error = decode(frame).expect_err("refused");
            assert!(
                [1003, 1007, 1009].contains(&error.close_code()),
                "{frame:?}: {error}"
            );
        }
    }

    #[test]
    fn an_unknown_message_type_is_refused_with_1003() {
        for frame in [&[4_u8][..], &[0x7f], &[0x80, 0x01, 0]] {
            let error = decode(frame).expect_err("refused");
            assert!(
                matches!(error, ProtocolViolation::UnknownMessageType(_)),
                "{frame:?}"
            );
            assert_eq!(error.close_code(), 1003);
        }
    }

    #[test]
    fn an_oversized_frame_is_refused_with_1009() {
        let small = DecodeLimits {
            max_frame_bytes: 4,
            ..limits()
        };
        let error = decode_frame(&[3, 3, 3, 3, 3], &small).expect_err("refused");
        assert_eq!(
            error,
            ProtocolViolation::TooLarge {
                what: "frame size in bytes",
                limit: 4,
                actual: 5
            }
        );
        assert_eq!(error.close_code(), 1009);
    }

    #[test]
    fn trailing_bytes_inside_an_update_are_refused() {
        let mut update = full_update(&document_with("abc"));
        update.push(0);
        assert!(
            matches!(decode(&encode_update(&update)), Err(ProtocolViolation::Malformed(reason)) if reason.contains("unexpected"))
        );
    }

    #[test]
    fn awareness_limits_and_json_are_enforced() {
        let entry = |state: &str| {
            let mut update = vec![1, 5, 0];
            update.push(u8::try_from(state.len()).expect("short state"));
            update.extend_from_slice(state.as_bytes());
            encode_awareness(&update)
        };
        assert!(matches!(
            decode(&entry("{not json")),
            Err(ProtocolViolation::Malformed(_))
        ));
        assert!(matches!(decode(&entry("\"ok\"")), Ok(messages) if messages.len() == 1));
        let tight = DecodeLimits {
            max_awareness_state_bytes: 3,
            max_awareness_entries: 1,
            ..limits()
        };
        assert!(matches!(
            decode_frame(&entry("\"ok\""), &tight),
            Err(ProtocolViolation::TooLarge { .. })
        ));
        let two_entries = encode_awareness(&[
            2, 1, 0, 4, b'n', b'u', b'l', b'l', 2, 0, 4, b'n', b'u', b'l', b'l',
        ]);
        assert!(matches!(
            decode_frame(&two_entries, &tight),
            Err(ProtocolViolation::TooLarge {
                what: "awareness entries",
                ..
            })
        ));
    }

    #[test]
    fn awareness_removal_decodes_in_yrs_to_null_states_with_bumped_clocks() {
        let frame =
            encode_awareness_removal(&[(1, 0), (2, 41), (u64::from(u32::MAX) + 9, u32::MAX)]);
        let Message::Awareness(update) =
            Message::decode_v1(&frame).expect("yrs decodes the removal")
        else {
            panic!("not awareness")
        };
        let mut clients: Vec<(u64, u32, String)> = update
            .clients
            .iter()
            .map(|(client, entry)| (client.get(), entry.clock, entry.json.to_string()))
            .collect();
        clients.sort();
        assert_eq!(
            clients,
            [
                (1, 1, "null".into()),
                (2, 42, "null".into()),
                (u64::from(u32::MAX) + 9, u32::MAX, "null".into())
            ]
        );
        let [IncomingMessage::Awareness { entries, .. }] = &decode_valid(&frame)[..] else {
            panic!()
        };
        assert!(entries.iter().all(|entry| entry.state_is_null));
    }

    #[test]
    fn a_verified_user_is_imposed_on_its_own_awareness_state_only() {
        let update = join_awareness_updates([
            encode_awareness_state(
                7,
                3,
                r##"{"user":{"name":"Mallory","color":"#000000"},"cursor":null}"##,
            )
            .as_slice(),
            encode_awareness_state(8, 1, r#"{"user":{"name":"Bob"}}"#).as_slice(),
        ]);
        let imposed = impose_awareness_user(&update, 7, "Ada", "#ff0000").expect("changed");
        let entries = split_awareness_update(&imposed);
        assert_eq!(entries.len(), 2);
        assert_eq!((entries[0].client_id, entries[0].clock), (7, 3));
        let state = |entry: &SplitEntry| {
            let mut reader = Reader::new(&entry.update);
            let _ = (
                reader.varint("count"),
                reader.varint("id"),
                reader.varint("clock"),
            );
            serde_json::from_str::<serde_json::Value>(reader.string("state").expect("state"))
                .expect("JSON")
        };
        assert_eq!(state(&entries[0])["user"]["name"], "Ada");
        assert_eq!(state(&entries[0])["user"]["color"], "#ff0000");
        assert_eq!(state(&entries[0])["cursor"], serde_json::Value::Null);
        assert_eq!(
            state(&entries[1])["user"]["name"],
            "Bob",
            "another client's state is relayed as it is"
        );
        assert_eq!(
            impose_awareness_user(&imposed, 7, "Ada", "#ff0000"),
            None,
            "nothing left to change"
        );
    }

    #[test]
    fn an_empty_removal_is_a_valid_empty_awareness_update() {
        assert_eq!(
            decode_valid(&encode_awareness_removal(&[])),
            [IncomingMessage::Awareness {
                update: vec![0],
                entries: vec![],
                presence: vec![],
            }]
        );
    }

    #[test]
    fn flipping_any_bit_of_valid_frames_never_panics() {
        for frame in yrs_encoded_frames() {
            for index in 0..frame.len() {
                for bit in 0..8 {
                    let mut mutated = frame.clone();
                    mutated[index] ^= 1 << bit;
                    let _ = decode(&mutated);
                }
            }
        }
    }
}
