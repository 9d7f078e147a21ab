//! One WebSocket connection to a room, on `/ws/{room_id}` (the spec's JSON protocol) or `/yjs/{room_id}`
//! (the y-websocket protocol): from the handshake to the close frame.
//!
//! Each connection is one task. It reads the client's messages and turns them into calls on the collaboration
//! service, writes what the fan-out (and its own answers) put in the connection's bounded outgoing queue,
//! sends heartbeats and notices dead peers. Nothing ever waits on a client: a full queue marks the connection
//! overflowed and it is closed, without slowing the room.

use std::{
    collections::VecDeque,
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

use actix_codec::Framed;
use actix_http::{
    Request, h1,
    ws::{CloseCode, CloseReason},
};
use bytes::Bytes;
use domain::{
    ClientKind, ConnectionId, DomainError, RoomId, RoomIdError, Timestamp,
    autocomplete::CompletionRequest,
    event::JsonUpdateOutcome,
    services::{AutocompleteService, CollaborationService, TextProposal},
};
use serde_json::Value;
use tokio::{io::AsyncWriteExt, net::TcpStream, task::JoinHandle, time::Instant};
use tokio_util::sync::CancellationToken;

use crate::{
    fanout::{LocalBroadcaster, Subscription},
    outbound::{self, OutboundFrames, OutboundQueue, Taken},
    protocol::{ClientMessage, ServerMessage, SuggestionJson, TextFormat, parse_client_message},
    shards::Shards,
    websocket::{self, Incoming, ReadOutcome, WebSocket, WireError, frame},
    yjs_protocol::{self, DecodeLimits, IncomingMessage},
};

/// The close code the spec uses for an unknown room.
pub const CLOSE_ROOM_NOT_FOUND: u16 = 4004;

/// Limits and timings of WebSocket connections.
#[derive(Debug, Clone)]
pub struct SessionSettings {
    /// Largest message accepted from a client, in bytes; larger ones close the connection with 1009.
    pub max_message_bytes: usize,
    /// Frames a connection may have waiting to be written before it is disconnected as too slow.
    pub outbound_queue_frames: usize,
    /// How often the server pings an idle client.
    pub heartbeat_interval: Duration,
    /// How long a client may stay silent (no message, no pong) before it is considered gone.
    pub client_timeout: Duration,
    /// Threads running connections, each the connections of its share of the rooms (see [`Shards`]).
    pub shard_threads: usize,
}

impl Default for SessionSettings {
    fn default() -> Self {
        Self {
            max_message_bytes: 1024 * 1024,
            outbound_queue_frames: 256,
            heartbeat_interval: Duration::from_secs(15),
            client_timeout: Duration::from_secs(45),
            shard_threads: std::thread::available_parallelism().map_or(1, usize::from),
        }
    }
}

/// How long a close frame may take to leave before the connection is simply dropped.
const CLOSE_GRACE: Duration = Duration::from_secs(2);

/// Accepts WebSocket connections to rooms and runs them.
pub struct RoomSocket {
    service: Arc<CollaborationService<LocalBroadcaster>>,
    autocomplete: Arc<AutocompleteService>,
    settings: SessionSettings,
    decode_limits: DecodeLimits,
    shutdown: CancellationToken,
    next_connection: AtomicU64,
    shards: Shards,
}

/// Why a connection ends, and so how it closes.
enum Ending {
    /// Close with this reason, after what is already queued.
    Close(CloseReason),
    /// The client sent a close frame: answer it with its code.
    ClientClosed(Option<CloseReason>),
    /// The client went away, or its socket failed: nothing more can be sent.
    Gone,
    /// The outgoing queue overflowed: close with 1013, dropping what was queued.
    TooSlow,
}

fn reason(code: impl Into<CloseCode>, description: &str) -> CloseReason {
    CloseReason {
        code: code.into(),
        description: Some(description.to_owned()),
    }
}

impl RoomSocket {
    /// Serves rooms of `service`, answering `autocomplete` messages with `autocomplete`; every connection closes
    /// when `shutdown` is cancelled.
    ///
    /// # Errors
    /// The shard threads could not be started.
    pub fn new(
        service: Arc<CollaborationService<LocalBroadcaster>>,
        autocomplete: Arc<AutocompleteService>,
        settings: SessionSettings,
        shutdown: CancellationToken,
    ) -> std::io::Result<Self> {
        let decode_limits = DecodeLimits {
            max_frame_bytes: settings.max_message_bytes,
            ..DecodeLimits::default()
        };
        let shards = Shards::start(settings.shard_threads)?;
        Ok(Self {
            service,
            autocomplete,
            settings,
            decode_limits,
            shutdown,
            next_connection: AtomicU64::new(1),
            shards,
        })
    }

    /// Waits until every connection has ended (after `shutdown` was cancelled), or `timeout` has passed.
    /// Returns whether they all ended.
    pub async fn wait_closed(&self, timeout: Duration) -> bool {
        self.shards.wait_idle(timeout).await
    }

    /// Serves a connection the HTTP server handed over after parsing its upgrade request: answers the
    /// handshake, then joins the room named `raw_room_id` in the protocol of `kind` and runs the connection
    /// until it closes. A request that is not a valid WebSocket handshake gets an HTTP error instead.
    pub async fn serve_upgrade(
        self: Arc<Self>,
        request: Request,
        framed: Framed<TcpStream, h1::Codec>,
        raw_room_id: &str,
        kind: ClientKind,
    ) {
        let parts = framed.into_parts();
        let mut stream = parts.io;
        match websocket::accept_handshake(request.head()) {
            Ok(answer) => {
                if stream.write_all(&answer).await.is_err() {
                    return;
                }
            }
            Err(error) => {
                let _ = stream.write_all(&websocket::handshake_refusal(error)).await;
                let _ = stream.shutdown().await;
                return;
            }
        }
        // The parsed request and the HTTP buffers go now: a long-lived connection keeps only what it needs,
        // on the thread of its room's shard.
        drop(request);
        // A copy, so the HTTP layer's 8 KiB buffer is freed now (usually empty: clients wait for the answer).
        let early = Bytes::copy_from_slice(&parts.read_buf);
        drop(parts.read_buf);
        drop(parts.write_buf);
        let Ok(stream) = stream.into_std() else {
            return;
        };
        let this = Arc::clone(&self);
        let room = raw_room_id.to_owned();
        let serve = move || async move {
            let Ok(stream) = TcpStream::from_std(stream) else {
                return;
            };
            let socket = WebSocket::new(stream, &early, this.settings.max_message_bytes);
            drop(early);
            let connection =
                ConnectionId::new(this.next_connection.fetch_add(1, Ordering::Relaxed));
            let room = RoomId::parse(&room);
            Box::pin(this.run(connection, kind, room, socket)).await;
        };
        if let Err(serve) = self.shards.run_on(self.shards.shard_of(raw_room_id), serve) {
            serve().await;
        }
    }

    #[tracing::instrument(name = "ws", skip_all, fields(connection = connection.get(), ?kind, room))]
    async fn run(
        self: Arc<Self>,
        connection: ConnectionId,
        kind: ClientKind,
        room: Result<RoomId, RoomIdError>,
        mut socket: WebSocket,
    ) {
        let (queue, frames) = outbound::channel(self.settings.outbound_queue_frames.max(2));
        let mut pending = VecDeque::new();
        // A malformed id cannot name a room: it gets the same answer as an unknown one, without a store query.
        let joined = match room {
            Ok(room) => {
                tracing::Span::current().record("room", room.as_str());
                let subscription = Subscription {
                    queue: queue.clone(),
                    kind,
                };
                // Boxed here and below: a future holds the state of everything it awaits, so the rarely
                // taken, deep paths (joining, handling a message) would otherwise be carried, at their
                // largest, by every idle connection for its whole life.
                Box::pin(self.service.join(&room, connection, kind, subscription))
                    .await
                    .map(|_| room)
            }
            Err(invalid) => Err(DomainError::InvalidRoomId(invalid)),
        };
        let ending = match joined {
            Ok(room) => {
                tracing::debug!("joined");
                let peer = Peer {
                    room,
                    connection,
                    kind,
                    queue,
                };
                let ending = self
                    .converse(&peer, &mut socket, &frames, &mut pending)
                    .await;
                Box::pin(self.service.leave(&peer.room, connection)).await;
                tracing::debug!("left");
                ending
            }
            Err(DomainError::RoomNotFound(_) | DomainError::InvalidRoomId(_)) => {
                if kind == ClientKind::Json {
                    enqueue_error(&queue, "Room not found");
                }
                Ending::Close(reason(
                    CloseCode::Other(CLOSE_ROOM_NOT_FOUND),
                    "Room not found",
                ))
            }
            Err(error) => {
                tracing::error!(error = %error, "could not open room");
                if kind == ClientKind::Json {
                    enqueue_error(
                        &queue,
                        "Internal server error: the room could not be loaded",
                    );
                }
                Ending::Close(reason(CloseCode::Error, "room could not be loaded"))
            }
        };
        match ending {
            Ending::Close(close) => {
                pending.extend(frames.take_now());
                Box::pin(socket.close(pending, Some(close), CLOSE_GRACE)).await;
            }
            Ending::ClientClosed(echo) => {
                let echo = echo.map(|received| CloseReason {
                    code: received.code,
                    description: None,
                });
                Box::pin(socket.close(pending, echo, CLOSE_GRACE)).await;
            }
            Ending::Gone => {}
            Ending::TooSlow => {
                tracing::warn!("disconnecting a client that does not read its messages");
                let close = reason(
                    CloseCode::Again,
                    "too slow: outgoing queue overflowed, reconnect to resync",
                );
                // What is queued is dropped; a frame already part-written must still be finished.
                Box::pin(socket.close(pending, Some(close), CLOSE_GRACE)).await;
            }
        }
    }

    /// Runs a joined connection until it ends, and says how it ended: reads and handles the client's
    /// messages, writes its queued frames (`pending` holds what the socket has not taken yet), pings it.
    async fn converse(
        self: &Arc<Self>,
        peer: &Peer,
        socket: &mut WebSocket,
        frames: &OutboundFrames,
        pending: &mut VecDeque<Bytes>,
    ) -> Ending {
        let mut heartbeat = tokio::time::interval(self.settings.heartbeat_interval);
        heartbeat.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        heartbeat.reset();
        let mut last_heard = Instant::now();
        let mut messages = Vec::new();
        let mut autocompleting = None;
        // Made once: a fresh one per turn of the loop would register with, and leave, the token's waiter list
        // (under its lock) for every message and every delivery.
        let shutdown = self.shutdown.cancelled();
        tokio::pin!(shutdown);
        let ending = loop {
            tokio::select! {
                biased;
                () = &mut shutdown => {
                    break Ending::Close(reason(CloseCode::Away, "server shutting down"));
                }
                taken = frames.take(pending.is_empty()) => match taken {
                    Taken::Overflowed => break Ending::TooSlow,
                    Taken::Frames(taken) => {
                        *pending = taken;
                        if socket.write_available(pending).is_err() {
                            break Ending::Gone;
                        }
                    }
                },
                writable = socket.writable(), if !pending.is_empty() => {
                    if writable.and_then(|()| socket.write_available(pending)).is_err() {
                        break Ending::Gone;
                    }
                }
                _ = heartbeat.tick() => {
                    if last_heard.elapsed() > self.settings.client_timeout {
                        tracing::debug!("client timed out");
                        break Ending::Close(reason(CloseCode::Away, "no heartbeat from client"));
                    }
                    peer.offer(frame::ping());
                }
                readable = socket.readable() => {
                    if readable.is_err() {
                        break Ending::Gone;
                    }
                    last_heard = Instant::now();
                    // Messages decoded before a broken frame are handled before the connection closes for it.
                    let read = socket.read_available(&mut messages);
                    let mut ended = None;
                    // Consecutive Yjs updates are applied together: one lock and one log append for a burst.
                    let mut updates = Vec::new();
                    // Taken, so an idle connection keeps no message buffer.
                    for message in std::mem::take(&mut messages) {
                        if ended.is_none() {
                            ended = Box::pin(self.handle(peer, message, &mut updates, &mut autocompleting))
                                .await;
                        }
                    }
                    if ended.is_none() {
                        ended = Box::pin(self.apply_updates(peer, &mut updates))
                            .await
                            .err()
                            .map(Ending::Close);
                    }
                    match (ended, read) {
                        (Some(ending), _) => break ending,
                        (None, Ok(ReadOutcome::Open)) => {}
                        (None, Ok(ReadOutcome::Eof) | Err(WireError::Io(_))) => break Ending::Gone,
                        (None, Err(error)) => break Ending::Close(close_for(&error)),
                    }
                }
            }
        };
        if let Some(task) = autocompleting {
            JoinHandle::abort(&task);
        }
        ending
    }

    /// Handles one message of the client; returns how the connection ends when the message ends it. Yjs
    /// updates are gathered in `updates`, and applied before any other message (or by the caller, after the
    /// last one).
    async fn handle(
        self: &Arc<Self>,
        peer: &Peer,
        message: Incoming,
        updates: &mut Vec<Vec<u8>>,
        autocompleting: &mut Option<JoinHandle<()>>,
    ) -> Option<Ending> {
        if !matches!(message, Incoming::Binary(_))
            && let Err(close) = self.apply_updates(peer, updates).await
        {
            return Some(Ending::Close(close));
        }
        match message {
            Incoming::Text(text) => match peer.kind {
                ClientKind::Json => self.handle_text(peer, &text, autocompleting).await,
                ClientKind::Yjs => {
                    return Some(Ending::Close(reason(
                        CloseCode::Unsupported,
                        "the Yjs protocol uses binary frames",
                    )));
                }
            },
            Incoming::Binary(data) => match peer.kind {
                ClientKind::Json => peer.offer_error(
                    "Binary frames are not part of the JSON protocol: send JSON text frames",
                ),
                ClientKind::Yjs => {
                    if let Err(close) = self.handle_binary(peer, &data, updates).await {
                        return Some(Ending::Close(close));
                    }
                }
            },
            Incoming::Ping(payload) => peer.offer(frame::pong(&payload)),
            Incoming::Pong => {}
            Incoming::Close(received) => return Some(Ending::ClientClosed(received)),
        }
        None
    }

    async fn handle_text(
        self: &Arc<Self>,
        peer: &Peer,
        text: &str,
        autocompleting: &mut Option<JoinHandle<()>>,
    ) {
        let message = match parse_client_message(text) {
            Ok(message) => message,
            Err(error) => return peer.offer_error(&error.to_string()),
        };
        match message {
            ClientMessage::CodeUpdate {
                code,
                timestamp,
                base_version,
                seq,
            } => {
                let proposal = TextProposal::FullText(code);
                self.propose(peer, proposal, timestamp, base_version, seq)
                    .await;
            }
            ClientMessage::Edit {
                changes,
                base_version,
                seq,
                timestamp,
            } => {
                let proposal = TextProposal::Replacements(changes);
                self.propose(peer, proposal, timestamp, Some(base_version), seq)
                    .await;
            }
            ClientMessage::Hello { format } => {
                let answer = ServerMessage::Hello {
                    format: format.name(),
                };
                self.service.broadcaster().set_format(
                    &peer.room,
                    peer.connection,
                    format,
                    frame::text(&answer.to_json()),
                );
            }
            ClientMessage::Autocomplete {
                request_id,
                cursor,
                language,
            } => {
                // One request in flight per connection: a new one waits for the previous answer, so answers
                // come in the order they were asked.
                if let Some(previous) = autocompleting.take() {
                    let _ = previous.await;
                }
                let code = self.service.live_code(&peer.room).await.unwrap_or_default();
                let autocomplete = Arc::clone(&self.autocomplete);
                let queue = peer.queue.clone();
                // In a task of its own: a model can take a few hundred milliseconds to answer, and this
                // connection's edits and deliveries must not wait for it.
                *autocompleting = Some(actix_rt::spawn(async move {
                    let request = CompletionRequest {
                        code: &code,
                        cursor,
                        language: &language,
                    };
                    let answer = match autocomplete.suggest(&request).await {
                        Ok(suggestions) => {
                            let ranked: Vec<SuggestionJson<'_>> = suggestions
                                .iter()
                                .map(|s| SuggestionJson {
                                    text: &s.text,
                                    confidence: s.confidence,
                                    kind: s.kind,
                                })
                                .collect();
                            let best = suggestions.first();
                            ServerMessage::AutocompleteResult {
                                request_id: &request_id,
                                suggestion: best.map_or("", |s| s.text.as_str()),
                                confidence: best.map_or(0.0, |s| s.confidence),
                                suggestions: &ranked,
                            }
                            .to_json()
                        }
                        Err(error) => ServerMessage::Error {
                            message: &error.to_string(),
                        }
                        .to_json(),
                    };
                    queue.offer(frame::text(&answer));
                }));
            }
        }
    }

    /// Merges a JSON client's update into the room and answers it: the answer is queued while the room is
    /// locked, between the changes announced before the update landed and those announced after.
    async fn propose(
        &self,
        peer: &Peer,
        proposal: TextProposal,
        timestamp: Option<Timestamp>,
        base_version: Option<u64>,
        seq: Option<Value>,
    ) {
        // A delta reader's edit is answered with its version only: the reader carries its edit over the
        // changes it received before the answer, as the room did. Everyone else gets the room's text
        // unless it is theirs.
        let version_only = matches!(proposal, TextProposal::Replacements(_))
            && self
                .service
                .broadcaster()
                .format_of(&peer.room, peer.connection)
                == TextFormat::Delta;
        let queue = peer.queue.clone();
        let answer = move |outcome: &JsonUpdateOutcome| {
            queue.offer(answer_frame(outcome, version_only, seq.as_ref()));
        };
        match self
            .service
            .propose_answering(
                &peer.room,
                peer.connection,
                proposal,
                timestamp,
                base_version,
                answer,
            )
            .await
        {
            Ok(_) => {}
            Err(DomainError::Storage(error)) => {
                tracing::error!(error = %error, "could not store a code update");
                peer.offer_error("Database error: the update was not saved; send it again");
            }
            Err(error) => peer.offer_error(&error.to_string()),
        }
    }

    /// Handles a binary frame of the y-websocket protocol. A frame that breaks the protocol, or an update the
    /// room cannot take, ends the connection with the returned close reason.
    async fn handle_binary(
        &self,
        peer: &Peer,
        frame: &[u8],
        updates: &mut Vec<Vec<u8>>,
    ) -> Result<(), CloseReason> {
        let messages = match yjs_protocol::decode_frame(frame, &self.decode_limits) {
            Ok(messages) => messages,
            Err(violation) => {
                tracing::debug!(%violation, "closing a Yjs client that broke the protocol");
                // What came before the broken frame is kept.
                self.apply_updates(peer, updates).await?;
                return Err(reason(
                    CloseCode::from(violation.close_code()),
                    &violation.to_string(),
                ));
            }
        };
        for message in messages {
            if let IncomingMessage::SyncStep2 { update } | IncomingMessage::Update { update } =
                message
            {
                updates.push(update);
                continue;
            }
            self.apply_updates(peer, updates).await?;
            match message {
                IncomingMessage::SyncStep1 { state_vector } => {
                    let missing = self
                        .service
                        .missing_updates(&peer.room, &state_vector)
                        .await
                        .map_err(|error| close_for_update(&error))?;
                    peer.offer(frame::binary(&yjs_protocol::encode_sync_step2(&missing)));
                }
                IncomingMessage::SyncStep2 { .. } | IncomingMessage::Update { .. } => {}
                IncomingMessage::Awareness { update, entries } => {
                    self.service.broadcaster().relay_awareness(
                        &peer.room,
                        peer.connection,
                        &update,
                        &entries,
                    );
                }
                IncomingMessage::QueryAwareness => {
                    for frame in self.service.broadcaster().awareness_frames(&peer.room) {
                        peer.offer(frame);
                    }
                }
                IncomingMessage::Auth => {}
            }
        }
        Ok(())
    }

    /// Applies the gathered Yjs updates of a connection, if any, and empties `updates`.
    async fn apply_updates(
        &self,
        peer: &Peer,
        updates: &mut Vec<Vec<u8>>,
    ) -> Result<(), CloseReason> {
        if updates.is_empty() {
            return Ok(());
        }
        self.service
            .apply_updates(&peer.room, peer.connection, std::mem::take(updates))
            .await
            .map(drop)
            .map_err(|error| close_for_update(&error))
    }
}

/// One joined connection, as its handlers see it.
struct Peer {
    room: RoomId,
    connection: ConnectionId,
    kind: ClientKind,
    queue: OutboundQueue,
}

impl Peer {
    /// Queues a frame for this connection; a full queue means the client is not reading, and it is dropped.
    fn offer(&self, frame: Bytes) {
        self.queue.offer(frame);
    }

    fn offer_error(&self, message: &str) {
        enqueue_error(&self.queue, message);
    }
}

/// The answer to a JSON client's update: `ack` when the room's text is the client's (or only the version is
/// wanted), else the room's text in a `code_update`; both echo the update's `seq` as `ackSeq`.
fn answer_frame(outcome: &JsonUpdateOutcome, version_only: bool, seq: Option<&Value>) -> Bytes {
    let message = match outcome {
        JsonUpdateOutcome::Accepted { version } | JsonUpdateOutcome::Unchanged { version } => {
            ServerMessage::Ack {
                version: *version,
                ack_seq: seq,
            }
        }
        JsonUpdateOutcome::Merged { version, .. } if version_only => ServerMessage::Ack {
            version: *version,
            ack_seq: seq,
        },
        JsonUpdateOutcome::Merged {
            code,
            version,
            timestamp,
        } => ServerMessage::CodeUpdate {
            code,
            timestamp: timestamp.as_millis(),
            version: *version,
            ack_seq: seq,
        },
    };
    frame::text(&message.to_json())
}

/// Queues an `error` message; if the queue is full the connection closes anyway.
fn enqueue_error(queue: &OutboundQueue, message: &str) {
    queue.offer(frame::text(&ServerMessage::Error { message }.to_json()));
}

/// The close frame for a Yjs client whose update or state vector the room could not take.
fn close_for_update(error: &DomainError) -> CloseReason {
    match error {
        DomainError::InvalidUpdate(_) => reason(CloseCode::Invalid, "invalid Yjs update"),
        DomainError::DocumentTooLarge { .. } => reason(
            CloseCode::Size,
            "the document would grow past its size limit",
        ),
        DomainError::Storage(cause) => {
            tracing::error!(error = %cause, "could not store a Yjs update");
            reason(
                CloseCode::Error,
                "the update could not be stored; reconnect to send it again",
            )
        }
        other => {
            tracing::error!(error = %other, "could not apply a Yjs update");
            reason(
                CloseCode::Error,
                "the update could not be applied; reconnect",
            )
        }
    }
}

/// The close frame that answers a broken incoming stream.
fn close_for(error: &WireError) -> CloseReason {
    match error {
        WireError::TooBig => reason(CloseCode::Size, "message too big"),
        WireError::InvalidUtf8 => reason(CloseCode::Invalid, "text frame is not valid UTF-8"),
        other => {
            tracing::debug!(error = %other, "websocket protocol error");
            reason(CloseCode::Protocol, "websocket protocol error")
        }
    }
}
