//! A client's copy of a room's text, for each protocol, without any IO: frames go in, frames to send and what
//! changed come out. The sockets live in `session.rs`; keeping the protocols here keeps them testable and lets
//! the scenarios treat both protocols alike.
//!
//! - JSON (the spec): the server sends `initial_state`, then a `code_update` with the whole code for every change;
//!   a client sends `code_update` with its whole code and gets an `ack` (or the merged code).
//! - Yjs (y-websocket): a `yrs` document with one `Y.Text`; sync step 1 and 2 on connect, then `update` messages
//!   both ways. What a remote update inserted is read from the text's delta, so a reader sees exactly the new
//!   text without rescanning the document.
//! - Hocuspocus: the same Yjs replica, its messages framed the Hocuspocus way (see `hocuspocus.rs`): the
//!   document's name first, and an authentication message before anything else.

use std::{
    borrow::Cow,
    sync::{Arc, Mutex, PoisonError},
    time::{SystemTime, UNIX_EPOCH},
};

use anyhow::{Context, bail};
use serde::Deserialize;
use yrs::{
    Any, ClientID, Doc, GetString, Observable, OffsetKind, Options, Out, ReadTxn, StateVector,
    Text, TextRef, Transact, Update,
    sync::{Message, MessageReader, SyncMessage},
    types::Delta,
    updates::{
        decoder::{Decode, DecoderV1},
        encoder::Encode,
    },
};

use crate::{
    hocuspocus::{self, ServerMessage as HocuspocusMessage},
    target::Protocol,
};

/// The token a Hocuspocus client authenticates with: a server without an `onAuthenticate` hook takes any.
const HOCUSPOCUS_TOKEN: &str = "";

/// A WebSocket message to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Frame {
    /// A text frame (JSON).
    Text(String),
    /// A binary frame (y-websocket).
    Binary(Vec<u8>),
}

/// What the text gained from a received frame.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Change {
    /// Nothing changed.
    #[default]
    None,
    /// These pieces of text were inserted (Yjs: the inserts of the update's delta).
    Inserted(Vec<String>),
    /// The whole text was replaced (JSON: every `code_update` carries the whole code).
    Replaced,
}

/// The result of handling one received frame.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Received {
    /// Frames the protocol requires in answer (Yjs: sync step 2 for the server's sync step 1).
    pub replies: Vec<Frame>,
    /// How the text changed.
    pub change: Change,
    /// Whether this frame completed the initial sync (JSON `initial_state`, Yjs sync step 2).
    pub synced: bool,
    /// Answers to this client's own updates (JSON `ack`s).
    pub acknowledged: u64,
    /// A JSON sole writer got a `code_update`: the server's text differs from its own (see
    /// [`Replica::become_sole_writer`]).
    pub merged: bool,
    /// The server's `error` message (JSON), if it sent one.
    pub server_error: Option<String>,
}

/// A client's replica of one room's text.
pub enum Replica {
    /// The spec's JSON protocol.
    Json(JsonReplica),
    /// y-websocket over `yrs`.
    Yjs(YjsReplica),
    /// y-websocket over `yrs`, in Hocuspocus's framing.
    Hocuspocus(HocuspocusReplica),
}

impl Replica {
    /// An empty replica of `room` speaking `protocol`; Yjs replicas edit the `Y.Text` named `text_name`.
    /// Only Hocuspocus needs the room's name, which it writes in every message.
    #[must_use]
    pub fn new(protocol: Protocol, text_name: &str, room: &str) -> Self {
        match protocol {
            Protocol::Json => Self::Json(JsonReplica::default()),
            Protocol::Yjs => Self::Yjs(YjsReplica::new(text_name)),
            Protocol::Hocuspocus => Self::Hocuspocus(HocuspocusReplica {
                document: room.to_owned(),
                yjs: YjsReplica::new(text_name),
            }),
        }
    }

    /// Marks this replica as the only one editing its room. A JSON replica then keeps its own text when the
    /// server sends a `code_update` (which, to the only writer, can only be a merge answer for an update it has
    /// already built on: adopting it would undo the updates still in flight) and reports it as `merged`.
    pub fn become_sole_writer(&mut self) {
        if let Self::Json(replica) = self {
            replica.sole_writer = true;
        }
    }

    /// The frames a client sends right after connecting (Yjs: sync step 1 with its state vector; Hocuspocus:
    /// authentication, then sync step 1, which the server keeps until the authentication has passed).
    #[must_use]
    pub fn greeting(&self) -> Vec<Frame> {
        match self {
            Self::Json(_) => Vec::new(),
            Self::Yjs(replica) => vec![Frame::Binary(replica.sync_step1())],
            Self::Hocuspocus(replica) => vec![
                Frame::Binary(hocuspocus::authentication(
                    &replica.document,
                    HOCUSPOCUS_TOKEN,
                )),
                replica.framed(&replica.yjs.sync_step1()),
            ],
        }
    }

    /// Handles a received text frame.
    ///
    /// # Errors
    /// When a JSON replica receives something that is not a JSON message, or a Yjs replica any text frame.
    pub fn receive_text(&mut self, frame: &str) -> anyhow::Result<Received> {
        match self {
            Self::Json(replica) => replica.receive(frame),
            Self::Yjs(_) | Self::Hocuspocus(_) => bail!(
                "the server sent a text frame, which y-websocket never does: is this a JSON endpoint (--protocol json)? {frame:.80}"
            ),
        }
    }

    /// Handles a received binary frame.
    ///
    /// # Errors
    /// When a Yjs replica receives a frame it cannot decode or an update it cannot apply, or a JSON replica
    /// any binary frame.
    pub fn receive_binary(&mut self, frame: &[u8]) -> anyhow::Result<Received> {
        match self {
            Self::Json(_) => bail!(
                "the server sent a binary frame, which the JSON protocol never does: is this a Yjs endpoint (--protocol yjs)?"
            ),
            Self::Yjs(replica) => {
                let (mut received, replies) = replica.receive(frame)?;
                received.replies = replies.into_iter().map(Frame::Binary).collect();
                Ok(received)
            }
            Self::Hocuspocus(replica) => replica.receive(frame),
        }
    }

    /// Deletes the first `delete_chars` characters (UTF-16 units for Yjs) and appends `appended`, as one edit;
    /// returns the frame that sends it. Writers only ever insert ASCII and the two marker brackets, which are one
    /// UTF-16 unit and one `char` each, so once a writer has cleared the room the count means the same in both
    /// protocols.
    pub fn edit(&mut self, delete_chars: usize, appended: &str) -> Frame {
        match self {
            Self::Json(replica) => replica.edit(delete_chars, appended),
            Self::Yjs(replica) => Frame::Binary(replica.edit(delete_chars, appended)),
            Self::Hocuspocus(replica) => {
                let message = replica.yjs.edit(delete_chars, appended);
                replica.framed(&message)
            }
        }
    }

    /// The replica's whole text.
    #[must_use]
    pub fn text(&self) -> String {
        self.text_view().into_owned()
    }

    /// The replica's whole text, borrowed where the protocol keeps it as a string (JSON).
    #[must_use]
    pub fn text_view(&self) -> Cow<'_, str> {
        match self {
            Self::Json(replica) => Cow::Borrowed(&replica.text),
            Self::Yjs(replica) | Self::Hocuspocus(HocuspocusReplica { yjs: replica, .. }) => {
                Cow::Owned(replica.text())
            }
        }
    }

    /// The text's length in the units [`Replica::edit`] deletes: characters (JSON), UTF-16 units (Yjs).
    #[must_use]
    pub fn len_units(&self) -> usize {
        match self {
            Self::Json(replica) => replica.text.chars().count(),
            Self::Yjs(replica) | Self::Hocuspocus(HocuspocusReplica { yjs: replica, .. }) => {
                replica.len_utf16() as usize
            }
        }
    }

    /// Whether the replica's text is `expected`, checked cheaply by length first (readers poll this after
    /// every frame while waiting for a large document).
    #[must_use]
    pub fn holds(&self, expected: &ExpectedText) -> bool {
        match self {
            Self::Json(replica) => replica.text == expected.text,
            Self::Yjs(replica) | Self::Hocuspocus(HocuspocusReplica { yjs: replica, .. }) => {
                replica.len_utf16() == expected.len_utf16 && replica.text() == expected.text
            }
        }
    }
}

/// A text a client waits for, with its length in UTF-16 units (what a `Y.Text` reports without building the
/// string).
#[derive(Debug, Clone)]
pub struct ExpectedText {
    text: String,
    len_utf16: u32,
}

impl ExpectedText {
    /// The text to wait for.
    #[must_use]
    pub fn new(text: String) -> Self {
        let len_utf16 = u32::try_from(text.encode_utf16().count()).unwrap_or(u32::MAX);
        Self { text, len_utf16 }
    }

    /// The text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

/// A replica speaking the spec's JSON protocol.
#[derive(Debug, Default)]
pub struct JsonReplica {
    text: String,
    sole_writer: bool,
}

/// The server messages a JSON client reads; other types (`autocomplete_result`, additions) are ignored.
#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum ServerMessage {
    InitialState {
        code: String,
    },
    CodeUpdate {
        code: String,
    },
    Ack,
    Error {
        message: String,
    },
    #[serde(other)]
    Other,
}

/// Milliseconds since the Unix epoch, as JavaScript's `Date.now()`, for the `timestamp` field.
fn now_millis() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| {
            u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX)
        })
}

impl JsonReplica {
    fn receive(&mut self, frame: &str) -> anyhow::Result<Received> {
        let message: ServerMessage = serde_json::from_str(frame).with_context(|| {
            format!(
                "the server sent a text frame that is not a JSON message with a \"type\": {:.120}",
                frame
            )
        })?;
        let mut received = Received::default();
        match message {
            ServerMessage::InitialState { code } => {
                self.text = code;
                received.change = Change::Replaced;
                received.synced = true;
            }
            ServerMessage::CodeUpdate { .. } if self.sole_writer => received.merged = true,
            ServerMessage::CodeUpdate { code } => {
                self.text = code;
                received.change = Change::Replaced;
            }
            ServerMessage::Ack => received.acknowledged = 1,
            ServerMessage::Error { message } => received.server_error = Some(message),
            ServerMessage::Other => {}
        }
        Ok(received)
    }

    fn edit(&mut self, delete_chars: usize, appended: &str) -> Frame {
        let cut = self
            .text
            .char_indices()
            .nth(delete_chars)
            .map_or(self.text.len(), |(index, _)| index);
        self.text.drain(..cut);
        self.text.push_str(appended);
        let message = serde_json::json!({
            "type": "code_update",
            "code": self.text,
            "timestamp": now_millis(),
        });
        Frame::Text(message.to_string())
    }
}

/// A replica speaking y-websocket, on a `yrs` document.
pub struct YjsReplica {
    doc: Doc,
    text: TextRef,
    /// What remote updates inserted since last drained, filled by the text's observer.
    inserted: Arc<Mutex<Vec<String>>>,
    /// Whether the initial sync (sync step 2) has been applied.
    synced: bool,
}

impl YjsReplica {
    fn new(text_name: &str) -> Self {
        // UTF-16 offsets and a 32-bit client id, as JavaScript's Yjs (`random.uint32()`): the same document a
        // browser editor would hold. yrs draws 53-bit ids, which some servers mangle: y-sweet 0.9.1 (on yrs
        // 0.19) relays an update from such a client under another id, so the client then holds its own text
        // twice.
        let random = ClientID::random().get();
        let doc = Doc::with_options(Options {
            offset_kind: OffsetKind::Utf16,
            client_id: ClientID::new(random & u64::from(u32::MAX)),
            ..Options::default()
        });
        let text = doc.get_or_insert_text(text_name);
        let inserted = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&inserted);
        text.observe("loadgen", move |txn, event| {
            let mut sink = sink.lock().unwrap_or_else(PoisonError::into_inner);
            for delta in event.delta(txn) {
                if let Delta::Inserted(Out::Any(Any::String(piece)), _) = delta {
                    sink.push(piece.to_string());
                }
            }
        });
        Self {
            doc,
            text,
            inserted,
            synced: false,
        }
    }

    /// Sync step 1 with this replica's state vector.
    fn sync_step1(&self) -> Vec<u8> {
        let state_vector = self.doc.transact().state_vector();
        Message::Sync(SyncMessage::SyncStep1(state_vector)).encode_v1()
    }

    /// Handles the y-websocket message(s) of a frame; what changed, and the messages owed in answer (left in
    /// the caller's framing).
    fn receive(&mut self, frame: &[u8]) -> anyhow::Result<(Received, Vec<Vec<u8>>)> {
        let mut received = Received::default();
        let mut replies = Vec::new();
        let mut decoder = DecoderV1::from(frame);
        // A frame holds one message (y-websocket servers send one per frame); a frame some server packs with
        // several is read to its end. The first must decode: a truncated frame is an error, not an empty one.
        let first = Message::decode(&mut decoder);
        for message in std::iter::once(first).chain(MessageReader::new(&mut decoder)) {
            match message.context("the server sent a binary frame that is not y-websocket")? {
                Message::Sync(SyncMessage::SyncStep1(state_vector)) => {
                    replies.push(self.sync_step2(&state_vector));
                }
                Message::Sync(SyncMessage::SyncStep2(update)) => {
                    self.synced = true;
                    self.apply(&update)?;
                    received.synced = true;
                }
                Message::Sync(SyncMessage::Update(update)) => self.apply(&update)?,
                Message::Auth(Some(reason)) => bail!("the server refused access: {reason}"),
                Message::Auth(None)
                | Message::Awareness(_)
                | Message::AwarenessQuery
                | Message::Custom(..) => {}
            }
        }
        let inserted =
            std::mem::take(&mut *self.inserted.lock().unwrap_or_else(PoisonError::into_inner));
        if !inserted.is_empty() {
            received.change = Change::Inserted(inserted);
        }
        Ok((received, replies))
    }

    fn sync_step2(&self, state_vector: &StateVector) -> Vec<u8> {
        let update = self.doc.transact().encode_state_as_update_v1(state_vector);
        Message::Sync(SyncMessage::SyncStep2(update)).encode_v1()
    }

    /// Applies a received update.
    ///
    /// # Errors
    /// When it cannot be decoded or applied, or when, after the initial sync, it builds on an update this client
    /// never received. Before the sync an update may come ahead of the state it builds on (the sync brings
    /// it); after it, the server sends in order, so a gap means it skipped a message to this client (y-sweet
    /// drops messages for a connection whose queue is full). The document then stays stuck, as a Yjs
    /// client's would until it reconnects, and yrs would retry the stuck updates on every later one: the
    /// client stops here instead of spending the load generator's CPU on them.
    fn apply(&mut self, update: &[u8]) -> anyhow::Result<()> {
        let update = Update::decode_v1(update).context("the server sent an undecodable update")?;
        let mut txn = self.doc.transact_mut();
        txn.apply_update(update)
            .context("the server sent an update that does not apply")?;
        if self.synced && txn.has_missing_updates() {
            bail!(
                "the server sent an update that builds on one this client never received: a message to it was skipped"
            );
        }
        Ok(())
    }

    /// Makes the edit; the update message that sends it.
    fn edit(&mut self, delete_chars: usize, appended: &str) -> Vec<u8> {
        let update = {
            let mut txn = self.doc.transact_mut();
            let length = self.text.len(&txn);
            let deleted = u32::try_from(delete_chars).unwrap_or(u32::MAX).min(length);
            if deleted > 0 {
                self.text.remove_range(&mut txn, 0, deleted);
            }
            let end = self.text.len(&txn);
            self.text.insert(&mut txn, end, appended);
            txn.encode_update_v1()
        };
        // Our own edit is not news to us.
        self.inserted
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
        Message::Sync(SyncMessage::Update(update)).encode_v1()
    }

    fn text(&self) -> String {
        self.text.get_string(&self.doc.transact())
    }

    fn len_utf16(&self) -> u32 {
        self.text.len(&self.doc.transact())
    }
}

/// A Yjs replica speaking through a Hocuspocus server: every message carries the document's name.
pub struct HocuspocusReplica {
    /// The document's name: the room.
    document: String,
    yjs: YjsReplica,
}

impl HocuspocusReplica {
    fn framed(&self, message: &[u8]) -> Frame {
        Frame::Binary(hocuspocus::frame(&self.document, message))
    }

    fn receive(&mut self, frame: &[u8]) -> anyhow::Result<Received> {
        let incoming = hocuspocus::parse(frame)?;
        if incoming.document != self.document {
            bail!(
                "the server sent a message for document {:?} to a client of {:?}",
                incoming.document,
                self.document
            );
        }
        match incoming.message {
            HocuspocusMessage::YWebsocket(message) => {
                let (mut received, replies) = self.yjs.receive(message)?;
                received.replies = replies.iter().map(|reply| self.framed(reply)).collect();
                Ok(received)
            }
            HocuspocusMessage::TokenRequested => Ok(Received {
                replies: vec![Frame::Binary(hocuspocus::authentication(
                    &self.document,
                    HOCUSPOCUS_TOKEN,
                ))],
                ..Received::default()
            }),
            HocuspocusMessage::PermissionDenied(reason) => {
                bail!("the server refused access: {reason}")
            }
            HocuspocusMessage::Closed(reason) => {
                bail!("the server closed the document's connection: {reason}")
            }
            HocuspocusMessage::Authenticated(_)
            | HocuspocusMessage::SyncStatus(_)
            | HocuspocusMessage::Ignored(_) => Ok(Received::default()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn binary(frame: Frame) -> Vec<u8> {
        match frame {
            Frame::Binary(bytes) => bytes,
            Frame::Text(text) => panic!("expected a binary frame, got {text}"),
        }
    }

    fn text(frame: Frame) -> String {
        match frame {
            Frame::Text(text) => text,
            Frame::Binary(_) => panic!("expected a text frame"),
        }
    }

    #[test]
    fn a_json_replica_takes_the_initial_state_then_every_update() {
        let mut replica = Replica::new(Protocol::Json, "code", "room");
        let initial = replica
            .receive_text(r#"{"type":"initial_state","code":"a","roomId":"r","version":1}"#)
            .expect("valid");
        assert!(initial.synced);
        assert_eq!(initial.change, Change::Replaced);
        let update = replica
            .receive_text(r#"{"type":"code_update","code":"ab","timestamp":1,"version":2}"#)
            .expect("valid");
        assert!(!update.synced);
        assert_eq!(replica.text(), "ab");
    }

    #[test]
    fn a_json_replica_counts_acks_reports_errors_and_ignores_additions() {
        let mut replica = Replica::new(Protocol::Json, "code", "room");
        let ack = replica
            .receive_text(r#"{"type":"ack","version":3}"#)
            .expect("valid");
        assert_eq!(ack.acknowledged, 1);
        let error = replica
            .receive_text(r#"{"type":"error","message":"Room not found"}"#)
            .expect("valid");
        assert_eq!(error.server_error.as_deref(), Some("Room not found"));
        let other = replica
            .receive_text(r#"{"type":"autocomplete_result","requestId":1}"#)
            .expect("valid");
        assert_eq!(other, Received::default());
        assert!(replica.receive_text("not json").is_err());
    }

    #[test]
    fn a_sole_json_writer_keeps_its_text_and_reports_a_merge() {
        let mut replica = Replica::new(Protocol::Json, "code", "room");
        replica.become_sole_writer();
        let _ = replica.edit(0, "mine");
        let received = replica
            .receive_text(r#"{"type":"code_update","code":"theirs","version":2}"#)
            .expect("valid");
        assert!(received.merged);
        assert_eq!(received.change, Change::None);
        assert_eq!(replica.text(), "mine");
    }

    #[test]
    fn a_json_edit_sends_the_whole_trimmed_code() {
        let mut replica = Replica::new(Protocol::Json, "code", "room");
        replica
            .receive_text(r#"{"type":"initial_state","code":"⟦x⟧abc","roomId":"r"}"#)
            .expect("valid");
        let sent = text(replica.edit(3, "Z"));
        let message: serde_json::Value = serde_json::from_str(&sent).expect("JSON");
        assert_eq!(message["type"], "code_update");
        assert_eq!(message["code"], "abcZ");
        assert!(message["timestamp"].is_u64());
    }

    #[test]
    fn yjs_replicas_sync_and_see_what_the_other_inserted() {
        let mut writer = Replica::new(Protocol::Yjs, "code", "room");
        let mut reader = Replica::new(Protocol::Yjs, "code", "room");
        let first = binary(writer.edit(0, "hello"));
        let seen = reader.receive_binary(&first).expect("applies");
        assert_eq!(seen.change, Change::Inserted(vec!["hello".to_owned()]));
        let second = binary(writer.edit(2, " world"));
        let seen = reader.receive_binary(&second).expect("applies");
        assert_eq!(seen.change, Change::Inserted(vec![" world".to_owned()]));
        assert_eq!(reader.text(), "llo world");
        assert!(reader.holds(&ExpectedText::new("llo world".to_owned())));
        assert!(!reader.holds(&ExpectedText::new("llo worlds".to_owned())));
    }

    #[test]
    fn a_yjs_replica_answers_sync_step1_and_is_synced_by_step2() {
        let mut server = Replica::new(Protocol::Yjs, "code", "room");
        let _ = server.edit(0, "abc");
        let Replica::Yjs(server) = server else {
            unreachable!()
        };
        let mut client = Replica::new(Protocol::Yjs, "code", "room");
        let asked = binary(client.greeting().remove(0));
        let mut decoder = DecoderV1::from(asked.as_slice());
        let Ok(Message::Sync(SyncMessage::SyncStep1(state_vector))) = Message::decode(&mut decoder)
        else {
            panic!("a greeting is sync step 1")
        };
        let answer = server.sync_step2(&state_vector);
        let received = client.receive_binary(&answer).expect("applies");
        assert!(received.synced);
        assert_eq!(client.text(), "abc");
        // The server's own step 1 gets our state back.
        let step1 = server.sync_step1();
        let received = client.receive_binary(&step1).expect("valid");
        assert_eq!(received.replies.len(), 1);
    }

    /// Splits a Hocuspocus frame into its document name and the y-websocket message after it.
    fn unframe(frame: &[u8]) -> (String, Vec<u8>) {
        let incoming = hocuspocus::parse(frame).expect("a Hocuspocus frame");
        let HocuspocusMessage::YWebsocket(message) = incoming.message else {
            panic!("expected a y-websocket message, got {:?}", incoming.message)
        };
        (incoming.document.to_owned(), message.to_vec())
    }

    #[test]
    fn a_hocuspocus_replica_authenticates_before_it_asks_to_sync() {
        let client = Replica::new(Protocol::Hocuspocus, "code", "room-7");
        let mut greeting = client.greeting().into_iter().map(binary);
        assert_eq!(
            greeting.next(),
            Some(hocuspocus::authentication("room-7", ""))
        );
        let (document, step1) = unframe(&greeting.next().expect("sync step 1"));
        assert_eq!(document, "room-7");
        assert!(matches!(
            Message::decode(&mut DecoderV1::from(step1.as_slice())),
            Ok(Message::Sync(SyncMessage::SyncStep1(_)))
        ));
        assert_eq!(greeting.next(), None);
    }

    #[test]
    fn a_hocuspocus_replica_syncs_and_frames_its_answers_and_edits() {
        let mut server = YjsReplica::new("code");
        let _ = server.edit(0, "abc");
        let mut client = Replica::new(Protocol::Hocuspocus, "code", "room-7");
        // The server answers the authentication, sends its own step 1, then step 2 for ours.
        let mut authenticated = vec![6, b'r', b'o', b'o', b'm', b'-', b'7', 2, 2, 10];
        authenticated.extend_from_slice(b"read-write");
        assert_eq!(
            client.receive_binary(&authenticated).expect("valid"),
            Received::default()
        );
        let asked = client
            .receive_binary(&hocuspocus::frame("room-7", &server.sync_step1()))
            .expect("valid");
        let (document, reply) = unframe(&binary(asked.replies[0].clone()));
        assert_eq!(document, "room-7");
        assert!(matches!(
            Message::decode(&mut DecoderV1::from(reply.as_slice())),
            Ok(Message::Sync(SyncMessage::SyncStep2(_)))
        ));
        let state_vector = StateVector::default();
        let step2 = hocuspocus::frame("room-7", &server.sync_step2(&state_vector));
        let received = client.receive_binary(&step2).expect("applies");
        assert!(received.synced);
        assert_eq!(client.text(), "abc");
        // Every update the client sends is answered with a sync status, which changes nothing.
        let (document, update) = unframe(&binary(client.edit(1, "d")));
        assert_eq!(document, "room-7");
        let _ = server.receive(&update).expect("the server applies it");
        assert_eq!(server.text(), "bcd");
        assert_eq!(
            client
                .receive_binary(&[6, b'r', b'o', b'o', b'm', b'-', b'7', 8, 1])
                .expect("valid"),
            Received::default()
        );
    }

    #[test]
    fn a_hocuspocus_replica_reports_refusal_closing_and_other_documents() {
        let mut client = Replica::new(Protocol::Hocuspocus, "code", "d");
        let mut denied = vec![1, b'd', 2, 1, 9];
        denied.extend_from_slice(b"forbidden");
        let error = client.receive_binary(&denied).expect_err("refused");
        assert!(error.to_string().contains("forbidden"), "{error}");
        let mut closed = vec![1, b'd', 7, 7];
        closed.extend_from_slice(b"timeout");
        assert!(client.receive_binary(&closed).is_err());
        let other = hocuspocus::frame("e", &[0, 2, 0]);
        let error = client.receive_binary(&other).expect_err("not ours");
        assert!(error.to_string().contains("\"e\""), "{error}");
        // Asked for its token again, it sends it.
        let asked = client.receive_binary(&[1, b'd', 2, 0]).expect("valid");
        assert_eq!(
            asked.replies,
            [Frame::Binary(hocuspocus::authentication("d", ""))]
        );
    }

    #[test]
    fn yjs_client_ids_fit_in_32_bits_as_in_javascript() {
        for _ in 0..100 {
            let Replica::Yjs(replica) = Replica::new(Protocol::Yjs, "code", "room") else {
                unreachable!()
            };
            assert!(replica.doc.client_id().get() <= u64::from(u32::MAX));
        }
    }

    #[test]
    fn a_yjs_replica_that_misses_an_update_after_its_sync_stops() {
        let mut writer = YjsReplica::new("code");
        let first = writer.edit(0, "a");
        let second = writer.edit(0, "b");
        let mut reader = Replica::new(Protocol::Yjs, "code", "room");
        let empty = YjsReplica::new("code").sync_step2(&StateVector::default());
        assert!(reader.receive_binary(&empty).expect("synced").synced);
        let error = reader
            .receive_binary(&second)
            .expect_err("the first update never came");
        assert!(error.to_string().contains("never received"), "{error}");
        // Before the sync, an update may come ahead of what it builds on: the sync brings the rest.
        let mut early = Replica::new(Protocol::Yjs, "code", "room");
        early.receive_binary(&second).expect("kept for later");
        early.receive_binary(&first).expect("fills the gap");
        assert_eq!(early.text(), "ab");
    }

    #[test]
    fn a_yjs_replica_refuses_garbage() {
        let mut replica = Replica::new(Protocol::Yjs, "code", "room");
        assert!(replica.receive_binary(&[0, 2, 200, 1, 2]).is_err());
    }

    #[test]
    fn a_frame_of_the_other_protocol_names_the_likely_mistake() {
        let mut yjs = Replica::new(Protocol::Yjs, "code", "room");
        let error = yjs
            .receive_text(r#"{"type":"initial_state"}"#)
            .expect_err("no text in y-websocket");
        assert!(error.to_string().contains("--protocol json"), "{error}");
        let mut json = Replica::new(Protocol::Json, "code", "room");
        let error = json
            .receive_binary(&[0, 0, 0])
            .expect_err("no binary in JSON");
        assert!(error.to_string().contains("--protocol yjs"), "{error}");
    }
}
