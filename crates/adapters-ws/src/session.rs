//! One WebSocket connection on `/ws/{room_id}`: from the handshake to the close frame.
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
use actix_ws::{AggregatedMessage, AggregatedMessageStream, CloseCode, CloseReason, ProtocolError, Session};
use domain::{
    ConnectionId, DomainError, RoomId, RoomIdError,
    autocomplete::{self, CompletionRequest},
    services::CollaborationService,
};
use tokio::{
    sync::mpsc::{self, error::TrySendError},
    time::Instant,
};
use tokio_util::sync::CancellationToken;

use crate::{
    fanout::{LocalBroadcaster, Outbound, Subscription},
    protocol::{ClientMessage, ServerMessage, SuggestionJson, parse_client_message},
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
    settings: SessionSettings,
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
    CloseReason { code: code.into(), description: Some(description.to_owned()) }
}

impl RoomSocket {
    /// Serves rooms of `service`; every connection closes when `shutdown` is cancelled.
    #[must_use]
    pub fn new(
        service: Arc<CollaborationService<LocalBroadcaster>>,
        settings: SessionSettings,
        shutdown: CancellationToken,
    ) -> Self {
        Self { service, settings, shutdown, next_connection: AtomicU64::new(1) }
    }

    /// Completes the WebSocket handshake and starts serving the connection for the room named `raw_room_id`.
    ///
    /// # Errors
    /// When the request is not a valid WebSocket upgrade (the client gets a 400).
    pub fn accept(
        self: &Arc<Self>,
        request: &HttpRequest,
        payload: web::Payload,
        raw_room_id: &str,
    ) -> actix_web::Result<HttpResponse> {
        let (response, session, stream) = actix_ws::handle(request, payload)?;
        let limit = self.settings.max_message_bytes;
        let stream = stream.max_frame_size(limit).aggregate_continuations().max_continuation_size(limit);
        let connection = ConnectionId::new(self.next_connection.fetch_add(1, Ordering::Relaxed));
        let room = RoomId::parse(raw_room_id);
        let socket = Arc::clone(self);
        actix_web::rt::spawn(async move { socket.run(connection, room, session, stream).await });
        Ok(response)
    }

    #[tracing::instrument(name = "ws", skip_all, fields(connection = connection.get(), room))]
    async fn run(
        self: Arc<Self>,
        connection: ConnectionId,
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
                let subscription = Subscription { queue: queue.clone(), overflowed: overflowed.clone() };
                self.service.join(&room, connection, subscription).await.map(|_| room)
            }
            Err(invalid) => Err(DomainError::InvalidRoomId(invalid)),
        };
        let ending = match joined {
            Ok(room) => {
                tracing::debug!("joined");
                let ending = self.read(&room, connection, &mut stream, &queue, &overflowed).await;
                self.service.leave(&room, connection);
                tracing::debug!("left");
                ending
            }
            Err(DomainError::RoomNotFound(_) | DomainError::InvalidRoomId(_)) => {
                enqueue_error(&queue, "Room not found");
                Ending::Close(reason(CloseCode::Other(CLOSE_ROOM_NOT_FOUND), "Room not found"))
            }
            Err(error) => {
                tracing::error!(error = %error, "could not open room");
                enqueue_error(&queue, "Internal server error: the room could not be loaded");
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
                let close = reason(CloseCode::Again, "too slow: outgoing queue overflowed, reconnect to resync");
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
    async fn read(
        &self,
        room: &RoomId,
        connection: ConnectionId,
        stream: &mut AggregatedMessageStream,
        queue: &mpsc::Sender<Outbound>,
        overflowed: &CancellationToken,
    ) -> Ending {
        let mut heartbeat = tokio::time::interval(self.settings.heartbeat_interval);
        heartbeat.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        heartbeat.reset();
        let mut last_heard = Instant::now();
        loop {
            tokio::select! {
                biased;
                () = self.shutdown.cancelled() => return Ending::Close(reason(CloseCode::Away, "server shutting down")),
                () = overflowed.cancelled() => return Ending::TooSlow,
                _ = heartbeat.tick() => {
                    if last_heard.elapsed() > self.settings.client_timeout {
                        tracing::debug!("client timed out");
                        return Ending::Close(reason(CloseCode::Away, "no heartbeat from client"));
                    }
                    offer(queue, overflowed, Outbound::Ping);
                }
                message = stream.recv() => {
                    last_heard = Instant::now();
                    match message {
                        None => return Ending::ClientGone,
                        Some(Ok(AggregatedMessage::Text(text))) => {
                            self.handle_text(room, connection, &text, queue, overflowed).await;
                        }
                        Some(Ok(AggregatedMessage::Binary(_))) => offer_error(
                            queue,
                            overflowed,
                            "Binary frames are not part of the JSON protocol: send JSON text frames",
                        ),
                        Some(Ok(AggregatedMessage::Ping(payload))) => offer(queue, overflowed, Outbound::Pong(payload)),
                        Some(Ok(AggregatedMessage::Pong(_))) => {}
                        Some(Ok(AggregatedMessage::Close(_))) => return Ending::ClientGone,
                        Some(Err(error)) => return Ending::Close(close_for(&error)),
                    }
                }
            }
        }
    }

    async fn handle_text(
        &self,
        room: &RoomId,
        connection: ConnectionId,
        text: &str,
        queue: &mpsc::Sender<Outbound>,
        overflowed: &CancellationToken,
    ) {
        let message = match parse_client_message(text) {
            Ok(message) => message,
            Err(error) => return offer_error(queue, overflowed, &error.to_string()),
        };
        match message {
            ClientMessage::CodeUpdate { code, timestamp } => {
                match self.service.update_code(room, connection, code, timestamp).await {
                    Ok(_) => {}
                    Err(DomainError::Storage(error)) => {
                        tracing::error!(error = %error, "could not store a code update");
                        offer_error(queue, overflowed, "Database error: the update was not saved; send it again");
                    }
                    Err(error) => offer_error(queue, overflowed, &error.to_string()),
                }
            }
            ClientMessage::Autocomplete { request_id, cursor, language } => {
                let code = self.service.live_code(room).await.unwrap_or_default();
                let request = CompletionRequest { code: &code, cursor, language: &language };
                match autocomplete::suggest(&request) {
                    Ok(suggestions) => {
                        let ranked: Vec<SuggestionJson<'_>> = suggestions
                            .iter()
                            .map(|s| SuggestionJson { text: &s.text, confidence: s.confidence, kind: s.kind })
                            .collect();
                        let best = suggestions.first();
                        let result = ServerMessage::AutocompleteResult {
                            request_id: &request_id,
                            suggestion: best.map_or("", |s| s.text.as_str()),
                            confidence: best.map_or(0.0, |s| s.confidence),
                            suggestions: &ranked,
                        };
                        offer(queue, overflowed, Outbound::Text(result.to_json().into()));
                    }
                    Err(error) => offer_error(queue, overflowed, &error.to_string()),
                }
            }
        }
    }
}

/// Queues a frame for this connection; a full queue means the client is not reading, and it is dropped.
fn offer(queue: &mpsc::Sender<Outbound>, overflowed: &CancellationToken, frame: Outbound) {
    if let Err(TrySendError::Full(_)) = queue.try_send(frame) {
        overflowed.cancel();
    }
}

fn offer_error(queue: &mpsc::Sender<Outbound>, overflowed: &CancellationToken, message: &str) {
    offer(queue, overflowed, Outbound::Text(ServerMessage::Error { message }.to_json().into()));
}

/// Queues an error before closing; if the queue is full the close follows anyway.
fn enqueue_error(queue: &mpsc::Sender<Outbound>, message: &str) {
    let _ = queue.try_send(Outbound::Text(ServerMessage::Error { message }.to_json().into()));
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
