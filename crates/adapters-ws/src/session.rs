//! One WebSocket connection to a room, on `/ws/{room_id}` (the spec's JSON protocol) or `/yjs/{room_id}`
//! (the y-websocket protocol): from the handshake to the close frame.
//!
//! Each connection runs two tasks. The reader enforces frame limits, turns the client's JSON into calls on the
//! collaboration service, sends heartbeats and notices dead peers. The writer drains the connection's bounded
//! outgoing queue into the socket; the fan-out and the reader only ever enqueue, so a slow socket stalls
//! nobody but itself.

use std::{
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

use actix_web::{HttpRequest, HttpResponse, web};
use actix_ws::{
    AggregatedMessage, AggregatedMessageStream, CloseCode, CloseReason, ProtocolError, Session,
};
use domain::{
    ClientKind, ConnectionId, DomainError, RoomId, RoomIdError,
    autocomplete::CompletionRequest,
    event::JsonUpdateOutcome,
    services::{AutocompleteService, CollaborationService},
};
use tokio::{
    sync::mpsc::{self, error::TrySendError},
    time::Instant,
};
use tokio_util::sync::CancellationToken;

use crate::{
    fanout::{LocalBroadcaster, Outbound, Subscription},
    protocol::{ClientMessage, ServerMessage, SuggestionJson, parse_client_message},
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
}

impl Default for SessionSettings {
    fn default() -> Self {
        Self {
            max_message_bytes: 1024 * 1024,
            outbound_queue_frames: 256,
            heartbeat_interval: Duration::from_secs(15),
            client_timeout: Duration::from_secs(45),
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
}

/// Why the reader stopped, and so how the connection closes.
enum Ending {
    /// Close with this reason, after what is already queued.
    Close(CloseReason),
    /// The client went away or closed; answer its close if the socket still takes it.
    ClientGone,
    /// The outgoing queue overflowed: close at once, dropping what is queued.
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
    #[must_use]
    pub fn new(
        service: Arc<CollaborationService<LocalBroadcaster>>,
        autocomplete: Arc<AutocompleteService>,
        settings: SessionSettings,
        shutdown: CancellationToken,
    ) -> Self {
        let decode_limits = DecodeLimits {
            max_frame_bytes: settings.max_message_bytes,
            ..DecodeLimits::default()
        };
        Self {
            service,
            autocomplete,
            settings,
            decode_limits,
            shutdown,
            next_connection: AtomicU64::new(1),
        }
    }

    /// Completes the WebSocket handshake and starts serving the connection for the room named `raw_room_id`,
    /// in the protocol of `kind`.
    ///
    /// # Errors
    /// When the request is not a valid WebSocket upgrade (the client gets a 400).
    pub fn accept(
        self: &Arc<Self>,
        request: &HttpRequest,
        payload: web::Payload,
        raw_room_id: &str,
        kind: ClientKind,
    ) -> actix_web::Result<HttpResponse> {
        let (response, session, stream) = actix_ws::handle(request, payload)?;
        let limit = self.settings.max_message_bytes;
        let stream = stream
            .max_frame_size(limit)
            .aggregate_continuations()
            .max_continuation_size(limit);
        let connection = ConnectionId::new(self.next_connection.fetch_add(1, Ordering::Relaxed));
        let room = RoomId::parse(raw_room_id);
        let socket = Arc::clone(self);
        actix_web::rt::spawn(
            async move { socket.run(connection, kind, room, session, stream).await },
        );
        Ok(response)
    }

    #[tracing::instrument(name = "ws", skip_all, fields(connection = connection.get(), ?kind, room))]
    async fn run(
        self: Arc<Self>,
        connection: ConnectionId,
        kind: ClientKind,
        room: Result<RoomId, RoomIdError>,
        session: Session,
        mut stream: AggregatedMessageStream,
    ) {
        let (queue, outgoing) = mpsc::channel(self.settings.outbound_queue_frames.max(2));
        let writer = actix_web::rt::spawn(write_frames(session.clone(), outgoing));
        let overflowed = CancellationToken::new();
        // A malformed id cannot name a room: it gets the same answer as an unknown one, without a store query.
        let joined = match room {
            Ok(room) => {
                tracing::Span::current().record("room", room.as_str());
                let subscription = Subscription {
                    queue: queue.clone(),
                    overflowed: overflowed.clone(),
                    kind,
                };
                self.service
                    .join(&room, connection, kind, subscription)
                    .await
                    .map(|_| room)
            }
            Err(invalid) => Err(DomainError::InvalidRoomId(invalid)),
        };
        let ending = match joined {
            Ok(room) => {
                tracing::debug!("joined");
                let peer = Peer {
                    room: &room,
                    connection,
                    kind,
                    queue: &queue,
                    overflowed: &overflowed,
                };
                let ending = self.read(&peer, &mut stream).await;
                self.service.leave(&room, connection).await;
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
                let _ = queue.try_send(Outbound::Close(Some(close)));
            }
            Ending::ClientGone => {
                let _ = queue.try_send(Outbound::Close(None));
            }
            Ending::TooSlow => {
                tracing::warn!("disconnecting a client that does not read its messages");
                writer.abort();
                let close = reason(
                    CloseCode::Again,
                    "too slow: outgoing queue overflowed, reconnect to resync",
                );
                let _ = tokio::time::timeout(CLOSE_GRACE, session.close(Some(close))).await;
                return;
            }
        }
        drop(queue);
        if tokio::time::timeout(CLOSE_GRACE, writer).await.is_err() {
            tracing::debug!("close frame not flushed in time; dropping the connection");
        }
    }

    /// Reads the client's messages until the connection ends, and says how it ended.
    async fn read(&self, peer: &Peer<'_>, stream: &mut AggregatedMessageStream) -> Ending {
        let mut heartbeat = tokio::time::interval(self.settings.heartbeat_interval);
        heartbeat.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        heartbeat.reset();
        let mut last_heard = Instant::now();
        loop {
            tokio::select! {
                biased;
                () = self.shutdown.cancelled() => return Ending::Close(reason(CloseCode::Away, "server shutting down")),
                () = peer.overflowed.cancelled() => return Ending::TooSlow,
                _ = heartbeat.tick() => {
                    if last_heard.elapsed() > self.settings.client_timeout {
                        tracing::debug!("client timed out");
                        return Ending::Close(reason(CloseCode::Away, "no heartbeat from client"));
                    }
                    peer.offer(Outbound::Ping);
                }
                message = stream.recv() => {
                    last_heard = Instant::now();
                    match message {
                        None => return Ending::ClientGone,
                        Some(Ok(AggregatedMessage::Text(text))) => match peer.kind {
                            ClientKind::Json => self.handle_text(peer, &text).await,
                            ClientKind::Yjs => {
                                return Ending::Close(reason(CloseCode::Unsupported, "the Yjs protocol uses binary frames"));
                            }
                        },
                        Some(Ok(AggregatedMessage::Binary(frame))) => match peer.kind {
                            ClientKind::Json => peer.offer_error(
                                "Binary frames are not part of the JSON protocol: send JSON text frames",
                            ),
                            ClientKind::Yjs => {
                                if let Err(close) = self.handle_binary(peer, &frame).await {
                                    return Ending::Close(close);
                                }
                            }
                        },
                        Some(Ok(AggregatedMessage::Ping(payload))) => peer.offer(Outbound::Pong(payload)),
                        Some(Ok(AggregatedMessage::Pong(_))) => {}
                        Some(Ok(AggregatedMessage::Close(_))) => return Ending::ClientGone,
                        Some(Err(error)) => return Ending::Close(close_for(&error)),
                    }
                }
            }
        }
    }

    async fn handle_text(&self, peer: &Peer<'_>, text: &str) {
        let message = match parse_client_message(text) {
            Ok(message) => message,
            Err(error) => return peer.offer_error(&error.to_string()),
        };
        match message {
            ClientMessage::CodeUpdate {
                code,
                timestamp,
                base_version,
            } => {
                match self
                    .service
                    .update_code(peer.room, peer.connection, code, timestamp, base_version)
                    .await
                {
                    Ok(JsonUpdateOutcome::Accepted { version }) => {
                        peer.offer(Outbound::Text(
                            ServerMessage::Ack { version }.to_json().into(),
                        ));
                    }
                    Ok(JsonUpdateOutcome::Merged {
                        code,
                        version,
                        timestamp,
                    }) => {
                        let merged = ServerMessage::CodeUpdate {
                            code: &code,
                            timestamp: timestamp.as_millis(),
                            version,
                        };
                        peer.offer(Outbound::Text(merged.to_json().into()));
                    }
                    Err(DomainError::Storage(error)) => {
                        tracing::error!(error = %error, "could not store a code update");
                        peer.offer_error("Database error: the update was not saved; send it again");
                    }
                    Err(error) => peer.offer_error(&error.to_string()),
                }
            }
            ClientMessage::Autocomplete {
                request_id,
                cursor,
                language,
            } => {
                let code = self.service.live_code(peer.room).await.unwrap_or_default();
                let request = CompletionRequest {
                    code: &code,
                    cursor,
                    language: &language,
                };
                // Awaited in the reader, so one connection has at most one model request in flight; the model's
                // own time budget bounds how long this connection's next message waits.
                match self.autocomplete.suggest(&request).await {
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
                        let result = ServerMessage::AutocompleteResult {
                            request_id: &request_id,
                            suggestion: best.map_or("", |s| s.text.as_str()),
                            confidence: best.map_or(0.0, |s| s.confidence),
                            suggestions: &ranked,
                        };
                        peer.offer(Outbound::Text(result.to_json().into()));
                    }
                    Err(error) => peer.offer_error(&error.to_string()),
                }
            }
        }
    }

    /// Handles a binary frame of the y-websocket protocol. A frame that breaks the protocol, or an update the
    /// room cannot take, ends the connection with the returned close reason.
    async fn handle_binary(&self, peer: &Peer<'_>, frame: &[u8]) -> Result<(), CloseReason> {
        let messages =
            yjs_protocol::decode_frame(frame, &self.decode_limits).map_err(|violation| {
                tracing::debug!(%violation, "closing a Yjs client that broke the protocol");
                reason(
                    CloseCode::from(violation.close_code()),
                    &violation.to_string(),
                )
            })?;
        for message in messages {
            match message {
                IncomingMessage::SyncStep1 { state_vector } => {
                    let missing = self
                        .service
                        .missing_updates(peer.room, &state_vector)
                        .await
                        .map_err(|error| close_for_update(&error))?;
                    peer.offer(Outbound::Binary(
                        yjs_protocol::encode_sync_step2(&missing).into(),
                    ));
                }
                IncomingMessage::SyncStep2 { update } | IncomingMessage::Update { update } => {
                    self.service
                        .apply_update(peer.room, peer.connection, &update)
                        .await
                        .map_err(|error| close_for_update(&error))?;
                }
                IncomingMessage::Awareness { update, entries } => {
                    self.service.broadcaster().relay_awareness(
                        peer.room,
                        peer.connection,
                        &update,
                        &entries,
                    );
                }
                IncomingMessage::QueryAwareness => {
                    for frame in self.service.broadcaster().awareness_frames(peer.room) {
                        peer.offer(Outbound::Binary(frame));
                    }
                }
                IncomingMessage::Auth => {}
            }
        }
        Ok(())
    }
}

/// One joined connection, as the reader sees it.
struct Peer<'a> {
    room: &'a RoomId,
    connection: ConnectionId,
    kind: ClientKind,
    queue: &'a mpsc::Sender<Outbound>,
    overflowed: &'a CancellationToken,
}

impl Peer<'_> {
    /// Queues a frame for this connection; a full queue means the client is not reading, and it is dropped.
    fn offer(&self, frame: Outbound) {
        if let Err(TrySendError::Full(_)) = self.queue.try_send(frame) {
            self.overflowed.cancel();
        }
    }

    fn offer_error(&self, message: &str) {
        self.offer(Outbound::Text(
            ServerMessage::Error { message }.to_json().into(),
        ));
    }
}

/// Queues an error before closing; if the queue is full the close follows anyway.
fn enqueue_error(queue: &mpsc::Sender<Outbound>, message: &str) {
    let _ = queue.try_send(Outbound::Text(
        ServerMessage::Error { message }.to_json().into(),
    ));
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
fn close_for(error: &ProtocolError) -> CloseReason {
    match error {
        ProtocolError::Overflow => reason(CloseCode::Size, "message too big"),
        ProtocolError::Io(io) if io.to_string().contains("maximum continuation size") => {
            reason(CloseCode::Size, "message too big")
        }
        ProtocolError::Io(io) if io.kind() == std::io::ErrorKind::InvalidData => {
            reason(CloseCode::Invalid, "text frame is not valid UTF-8")
        }
        other => {
            tracing::debug!(error = %other, "websocket protocol error");
            reason(CloseCode::Protocol, "websocket protocol error")
        }
    }
}

/// Writes queued frames to the socket until the queue closes or a close frame is written.
async fn write_frames(mut session: Session, mut outgoing: mpsc::Receiver<Outbound>) {
    while let Some(frame) = outgoing.recv().await {
        let written = match frame {
            Outbound::Text(text) => session.text(text).await,
            Outbound::Binary(bytes) => session.binary(bytes).await,
            Outbound::Ping => session.ping(b"").await,
            Outbound::Pong(payload) => session.pong(&payload).await,
            Outbound::Close(close) => {
                let _ = session.close(close).await;
                return;
            }
        };
        if written.is_err() {
            return;
        }
    }
    let _ = session.close(None).await;
}
