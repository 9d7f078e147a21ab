//! A Yjs client written in Rust on `yrs`, speaking the y-websocket protocol to `/yjs/{room_id}`.
//!
//! The npm client (see `yjs_client`) proves interoperability; this one is fast and deterministic, so the
//! property tests can run thousands of edits through the real server.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use tokio::{net::TcpStream, time::Instant};
use tokio_tungstenite::{
    MaybeTlsStream, WebSocketStream, connect_async, tungstenite::Message as WsMessage,
};
use yrs::{
    Doc, GetString, OffsetKind, Options, ReadTxn, StateVector, Text, TextRef, Transact, Update,
    sync::{Message, SyncMessage},
    updates::{
        decoder::{Decode, DecoderV1},
        encoder::Encode,
    },
};

/// A connected Yjs replica of a room's document.
pub struct YrsClient {
    doc: Doc,
    text: TextRef,
    stream: WebSocketStream<MaybeTlsStream<TcpStream>>,
    /// The close code, once the server closed the connection.
    closed: Option<Option<u16>>,
    /// The reasons of the "permission denied" auth messages received.
    denials: Vec<String>,
}

impl YrsClient {
    /// Connects and completes the initial sync (both directions).
    ///
    /// # Panics
    /// When the handshake fails or the server does not sync within 10 s.
    pub async fn connect(port: u16, room: &str) -> Self {
        Self::connect_request(format!("ws://127.0.0.1:{port}/yjs/{room}")).await
    }

    /// [`YrsClient::connect`] with a request of one's own (a token in the URL or a subprotocol, say).
    ///
    /// # Panics
    /// When the handshake fails or the server does not sync within 10 s.
    pub async fn connect_request(
        request: impl tokio_tungstenite::tungstenite::client::IntoClientRequest + Unpin,
    ) -> Self {
        let (stream, _) = connect_async(request).await.expect("WebSocket handshake");
        let mut client = Self::over(stream);
        let state_vector = client.doc.transact().state_vector();
        client
            .send(&Message::Sync(SyncMessage::SyncStep1(state_vector)))
            .await;
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut synced = false;
        while !synced {
            let message = client
                .next_message(deadline)
                .await
                .expect("the server syncs");
            synced = matches!(message, Message::Sync(SyncMessage::SyncStep2(_)));
        }
        client
    }

    /// Reconnects this replica (keeping its document, with whatever it holds) and syncs again, as a
    /// y-websocket provider does after a disconnect.
    ///
    /// # Panics
    /// When the handshake fails or the server does not sync.
    pub async fn reconnect(self, port: u16, room: &str) -> Self {
        let (stream, _) = connect_async(format!("ws://127.0.0.1:{port}/yjs/{room}"))
            .await
            .expect("WebSocket handshake");
        let mut client = Self {
            doc: self.doc,
            text: self.text,
            stream,
            closed: None,
            denials: Vec::new(),
        };
        let state_vector = client.doc.transact().state_vector();
        client
            .send(&Message::Sync(SyncMessage::SyncStep1(state_vector)))
            .await;
        let deadline = Instant::now() + Duration::from_secs(10);
        while !matches!(
            client
                .next_message(deadline)
                .await
                .expect("the server syncs"),
            Message::Sync(SyncMessage::SyncStep2(_))
        ) {}
        // Let the server's own step 1 be answered, so what the replica has reaches the server.
        client.pump(Duration::from_millis(100)).await;
        client
    }

    /// Opens the socket without syncing (for tests of refusals).
    ///
    /// # Panics
    /// When the WebSocket handshake fails.
    pub async fn open(port: u16, room: &str) -> Self {
        let (stream, _) = connect_async(format!("ws://127.0.0.1:{port}/yjs/{room}"))
            .await
            .expect("WebSocket handshake");
        Self::over(stream)
    }

    /// A replica with an empty document over an open socket.
    #[must_use]
    pub fn over(stream: WebSocketStream<MaybeTlsStream<TcpStream>>) -> Self {
        let doc = Doc::with_options(Options {
            offset_kind: OffsetKind::Utf16,
            ..Options::default()
        });
        let text = doc.get_or_insert_text("code");
        Self {
            doc,
            text,
            stream,
            closed: None,
            denials: Vec::new(),
        }
    }

    /// The reasons of the "permission denied" messages the server sent (a read-only connection's edits).
    #[must_use]
    pub fn denials(&self) -> &[String] {
        &self.denials
    }

    /// The replica's text.
    #[must_use]
    pub fn text(&self) -> String {
        self.text.get_string(&self.doc.transact())
    }

    /// Length of the text in UTF-16 units.
    #[must_use]
    pub fn len_utf16(&self) -> u32 {
        self.text.len(&self.doc.transact())
    }

    /// Inserts at a UTF-16 index and sends the update.
    pub async fn insert(&mut self, index: u32, inserted: &str) {
        let update = {
            let mut txn = self.doc.transact_mut();
            self.text.insert(&mut txn, index, inserted);
            txn.encode_update_v1()
        };
        self.send(&Message::Sync(SyncMessage::Update(update))).await;
    }

    /// Inserts at a UTF-16 index and returns the update's frame without sending it (see [`Self::send_burst`]).
    pub fn insert_frame(&mut self, index: u32, inserted: &str) -> Vec<u8> {
        let update = {
            let mut txn = self.doc.transact_mut();
            self.text.insert(&mut txn, index, inserted);
            txn.encode_update_v1()
        };
        Message::Sync(SyncMessage::Update(update)).encode_v1()
    }

    /// Sends binary frames in one write to the socket, as a client does that sends a burst of changes.
    ///
    /// # Panics
    /// When the socket is already closed.
    pub async fn send_burst(&mut self, frames: Vec<Vec<u8>>) {
        for frame in frames {
            self.stream
                .feed(WsMessage::binary(frame))
                .await
                .expect("queue frame");
        }
        self.stream.flush().await.expect("send frames");
    }

    /// Deletes a UTF-16 range and sends the update.
    pub async fn delete(&mut self, index: u32, length: u32) {
        let update = {
            let mut txn = self.doc.transact_mut();
            self.text.remove_range(&mut txn, index, length);
            txn.encode_update_v1()
        };
        self.send(&Message::Sync(SyncMessage::Update(update))).await;
    }

    /// Sends raw bytes as a binary frame (for hostile-input tests).
    ///
    /// # Panics
    /// When the socket is already closed.
    pub async fn send_raw(&mut self, bytes: Vec<u8>) {
        self.stream
            .send(WsMessage::binary(bytes))
            .await
            .expect("send frame");
    }

    /// Sends a text frame, which is not part of the protocol.
    ///
    /// # Panics
    /// When the socket is already closed.
    pub async fn send_text(&mut self, text: &str) {
        self.stream
            .send(WsMessage::text(text))
            .await
            .expect("send frame");
    }

    async fn send(&mut self, message: &Message) {
        // The server may have closed the socket (a test of refusals); what matters is then the close code.
        let _ = self
            .stream
            .send(WsMessage::binary(message.encode_v1()))
            .await;
    }

    /// Applies whatever arrives for `duration`.
    pub async fn pump(&mut self, duration: Duration) {
        let deadline = Instant::now() + duration;
        while self.next_message(deadline).await.is_some() {}
    }

    /// Applies incoming messages until the text equals `expected` or `timeout` passes; returns whether it did.
    pub async fn wait_text(&mut self, expected: &str, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        while self.text() != expected {
            if self.next_message(deadline).await.is_none() {
                return self.text() == expected;
            }
        }
        true
    }

    /// Waits for the server to close the connection; returns its close code.
    pub async fn wait_closed(&mut self, timeout: Duration) -> Option<Option<u16>> {
        let deadline = Instant::now() + timeout;
        while self.closed.is_none() && Instant::now() < deadline {
            let _ = self.next_message(deadline).await;
        }
        self.closed
    }

    /// Reads until one y-websocket message is handled (applied, or answered), the deadline passes, or the
    /// socket closes.
    async fn next_message(&mut self, deadline: Instant) -> Option<Message> {
        loop {
            if self.closed.is_some() {
                return None;
            }
            let frame = tokio::time::timeout_at(deadline, self.stream.next())
                .await
                .ok()?;
            match frame {
                Some(Ok(WsMessage::Binary(bytes))) => {
                    let mut decoder = DecoderV1::from(bytes.as_ref());
                    let message =
                        Message::decode(&mut decoder).expect("the server sends valid messages");
                    self.handle(&message).await;
                    return Some(message);
                }
                Some(Ok(WsMessage::Close(frame))) => {
                    self.closed = Some(frame.map(|frame| u16::from(frame.code)));
                }
                Some(Ok(_)) => {}
                Some(Err(_)) | None => self.closed = Some(None),
            }
        }
    }

    async fn handle(&mut self, message: &Message) {
        match message {
            Message::Sync(SyncMessage::SyncStep1(state_vector)) => {
                let update = self.doc.transact().encode_state_as_update_v1(state_vector);
                self.send(&Message::Sync(SyncMessage::SyncStep2(update)))
                    .await;
            }
            Message::Sync(SyncMessage::SyncStep2(update) | SyncMessage::Update(update)) => {
                let update = Update::decode_v1(update).expect("the server sends valid updates");
                self.doc
                    .transact_mut()
                    .apply_update(update)
                    .expect("updates apply");
            }
            Message::Auth(Some(reason)) => self.denials.push(reason.clone()),
            _ => {}
        }
    }

    /// The replica's state vector.
    #[must_use]
    pub fn state_vector(&self) -> StateVector {
        self.doc.transact().state_vector()
    }
}
