//! One WebSocket connection to a room, on `/ws/{room_id}` (the spec's JSON protocol) or `/yjs/{room_id}`
//! (the y-websocket protocol): from the upgrade request to the close frame.
//!
//! The upgrade is an actix-web request like any other (its middleware, extractors and logging apply);
//! [`RoomSocket::accept`] answers it through actix-ws and starts the connection's task. That one task reads
//! the client's messages (continuations joined, size-limited, by actix-ws) and turns them into calls on the
//! collaboration service, hands what the fan-out (and its own answers) put in the connection's bounded
//! outgoing queue to the session, sends heartbeats and notices dead peers. Nothing ever waits on a client: a
//! full queue marks the connection overflowed and it is closed, without slowing the room.

use std::{
    cell::RefCell,
    collections::{HashMap, VecDeque},
    future::poll_fn,
    net::IpAddr,
    pin::Pin,
    sync::{
        Arc, Mutex, PoisonError,
        atomic::{AtomicU64, Ordering},
    },
    task::{Context, Poll},
    time::Duration,
};

use actix_http::{BoxedPayloadStream, ws::HandshakeError};
use actix_web::{
    FromRequest, HttpRequest, HttpResponse,
    http::{StatusCode, Version, header},
    web,
};
use actix_ws::{
    AggregatedMessage, AggregatedMessageStream, CloseCode, CloseReason, Closed, Message,
    ProtocolError, Session,
};
use bytes::Bytes;
use domain::{
    ClientKind, ConnectionId, DomainError, RoomId, RoomIdError, Timestamp,
    autocomplete::CompletionRequest,
    event::JsonUpdateOutcome,
    services::{AUTOCOMPLETE_TURN_WAIT, AutocompleteService, CollaborationService, TextProposal},
};
use futures_util::{FutureExt, Sink};
use serde_json::Value;
use tokio::{task::JoinHandle, time::Instant};
use tokio_util::{sync::CancellationToken, task::TaskTracker};

use crate::{
    fanout::{LocalBroadcaster, Subscription},
    frame_guard::{Breach, BreachCell, FrameGuard},
    outbound::{self, Key, OutboundFrames, OutboundQueue, Outgoing, Taken},
    protocol::{ClientMessage, ServerMessage, SuggestionJson, TextFormat, parse_client_message},
    yjs_protocol::{self, DecodeLimits, IncomingMessage},
};

/// The `protocol` of a connection in logs.
fn protocol_name(kind: ClientKind) -> &'static str {
    match kind {
        ClientKind::Json => "json",
        ClientKind::Yjs => "yjs",
    }
}

/// The client's address for logs, formatted only when a line is written.
struct ClientAddress(Option<std::net::SocketAddr>);

impl std::fmt::Display for ClientAddress {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            Some(address) => address.fmt(formatter),
            None => formatter.write_str("-"),
        }
    }
}

/// The close code the spec uses for an unknown room.
pub const CLOSE_ROOM_NOT_FOUND: u16 = 4004;

/// Limits and timings of WebSocket connections.
#[derive(Debug, Clone)]
pub struct SessionSettings {
    /// Largest message accepted from a client, in bytes (a frame, or the continuations of one message
    /// together); larger ones close the connection with 1009.
    pub max_message_bytes: usize,
    /// Messages a connection may have waiting to be sent before it is disconnected as too slow.
    pub outbound_queue_frames: usize,
    /// Bytes of payload a connection may have waiting to be sent before it is disconnected as too slow (a
    /// single larger message is still sent to a connection with nothing else waiting).
    pub outbound_queue_bytes: usize,
    /// How often the server pings an idle client.
    pub heartbeat_interval: Duration,
    /// How long a client may stay silent (no message, no pong) before it is considered gone.
    pub client_timeout: Duration,
    /// Most WebSocket connections at once; more are refused with HTTP 503 (0: no limit). Kept below the
    /// file-descriptor limit so REST requests and new joins still find a descriptor.
    pub max_connections: usize,
    /// Most WebSocket connections at once from one IP address; more are refused with HTTP 429 (0: no limit).
    pub max_connections_per_address: usize,
}

impl Default for SessionSettings {
    fn default() -> Self {
        Self {
            max_message_bytes: 1024 * 1024,
            outbound_queue_frames: 256,
            outbound_queue_bytes: 4 * 1024 * 1024,
            heartbeat_interval: Duration::from_secs(15),
            client_timeout: Duration::from_secs(45),
            max_connections: 0,
            max_connections_per_address: 0,
        }
    }
}

/// How long a close frame, and what was queued before it, may take to leave before the connection is simply
/// dropped.
const CLOSE_GRACE: Duration = Duration::from_secs(2);

/// Most messages handled as one burst: consecutive Yjs updates among them are applied under one lock with
/// one log append.
const MAX_BURST_MESSAGES: usize = 256;

/// The longest a sender's next message waits for the room's readers to take their queues.
const MAX_SENDER_WAIT: Duration = Duration::from_millis(100);

/// How long a reader's queue may stay as full before the sender stops waiting for it.
const STALLED_READER: Duration = Duration::from_millis(10);

/// A JSON full text or a burst of Yjs updates from this many bytes on is merged on the background runtime
/// (see [`RoomSocket::run_heavy`]): its diff and its CRDT work can take milliseconds, during which the worker
/// would serve no other connection. Smaller ones stay on the worker, where they cost less than the hand-off.
const HEAVY_UPDATE_BYTES: usize = 32 * 1024;

/// Accepts WebSocket connections to rooms and runs them.
pub struct RoomSocket {
    service: Arc<CollaborationService<LocalBroadcaster>>,
    autocomplete: Arc<AutocompleteService>,
    settings: SessionSettings,
    decode_limits: DecodeLimits,
    shutdown: CancellationToken,
    next_connection: AtomicU64,
    connections: TaskTracker,
    /// Where work that may take a while runs (autocomplete), off the threads that serve connections.
    background: tokio::runtime::Handle,
    /// Open connections per client address, for `max_connections_per_address`.
    per_address: Arc<Mutex<HashMap<IpAddr, usize>>>,
    /// Heavy updates merged at once on the background runtime (half the cores, at least one), so that however
    /// many clients send megabytes, the workers keep a core to serve everyone else.
    heavy_updates: Arc<tokio::sync::Semaphore>,
}

/// One connection counted against its address's share; the count goes down when it is dropped.
struct AddressSlot {
    counts: Arc<Mutex<HashMap<IpAddr, usize>>>,
    address: IpAddr,
}

impl Drop for AddressSlot {
    fn drop(&mut self) {
        let mut counts = self.counts.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(count) = counts.get_mut(&self.address) {
            *count -= 1;
            if *count == 0 {
                counts.remove(&self.address);
            }
        }
    }
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
    /// Serves rooms of `service`, answering `autocomplete` messages with `autocomplete` on `background`; every
    /// connection closes when `shutdown` is cancelled.
    #[must_use]
    pub fn new(
        service: Arc<CollaborationService<LocalBroadcaster>>,
        autocomplete: Arc<AutocompleteService>,
        settings: SessionSettings,
        shutdown: CancellationToken,
        background: tokio::runtime::Handle,
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
            connections: TaskTracker::new(),
            background,
            per_address: Arc::default(),
            heavy_updates: Arc::new(tokio::sync::Semaphore::new(heavy_update_permits())),
        }
    }

    /// Runs `work` (a room operation) on the background runtime once one of the heavy-update permits is free,
    /// and waits for it. The connection reads nothing meanwhile, so its messages keep their order; the room's
    /// lock orders it among the others'; and the answer `work` queues under that lock stays where it belongs.
    /// `None` when the work could not finish (the runtime is shutting down).
    async fn run_heavy<T: Send + 'static>(
        &self,
        work: impl Future<Output = T> + Send + 'static,
    ) -> Option<T> {
        let permits = Arc::clone(&self.heavy_updates);
        let task = self.background.spawn(async move {
            let _permit = permits.acquire_owned().await.ok()?;
            Some(work.await)
        });
        task.await.ok().flatten()
    }

    /// How many connections are running.
    #[must_use]
    pub fn connection_count(&self) -> usize {
        self.connections.len()
    }

    /// Waits until every connection has ended (after `shutdown` was cancelled), or `timeout` has passed.
    /// Returns whether they all ended.
    pub async fn wait_closed(&self, timeout: Duration) -> bool {
        self.connections.close();
        tokio::time::timeout(timeout, self.connections.wait())
            .await
            .is_ok()
    }

    /// Answers a WebSocket upgrade request to the room named `raw_room_id`, in the protocol of `kind`: the
    /// handshake through actix-ws, then a task that joins the room and runs the connection until it closes.
    /// A request that is not a valid RFC 6455 handshake gets an HTTP error with a `{"detail"}` body instead.
    ///
    /// Must be called on an actix-web worker: the connection's task runs on that thread, next to the HTTP
    /// connection that carries it.
    pub fn accept(
        self: &Arc<Self>,
        request: &HttpRequest,
        body: web::Payload,
        raw_room_id: &str,
        kind: ClientKind,
    ) -> HttpResponse {
        if let Some(refusal) = handshake_refusal(request) {
            return refusal;
        }
        let slot = match self.admit(request) {
            Ok(slot) => slot,
            Err(refused) => return *refused,
        };
        let max = self.settings.max_message_bytes;
        // actix-http reads a whole frame before checking its size: the guard refuses it by its header.
        let (guard, breach) = FrameGuard::new(body.into_inner(), max);
        let guarded: BoxedPayloadStream = Box::pin(guard);
        let mut guarded = actix_http::Payload::Stream { payload: guarded };
        let Some(Ok(body)) = web::Payload::from_request(request, &mut guarded).now_or_never()
        else {
            return HttpResponse::InternalServerError().finish();
        };
        let (response, session, messages) = match actix_ws::handle(request, body) {
            Ok(parts) => parts,
            Err(error) => return error.error_response(),
        };
        let messages = messages
            .max_frame_size(max)
            .aggregate_continuations()
            .max_continuation_size(max);
        let connection = ConnectionId::new(self.next_connection.fetch_add(1, Ordering::Relaxed));
        let room = RoomId::parse(raw_room_id);
        let this = Arc::clone(self);
        // Boxed: a future holds the state of everything it awaits, so the rarely taken, deep paths (joining,
        // handling a message) would otherwise be carried, at their largest, by every idle connection.
        let incoming = Incoming { messages, breach };
        let address = request.peer_addr();
        self.connections.spawn_local(Box::pin(async move {
            let run = this.run(connection, kind, room, session, incoming, address);
            run.await;
            drop(slot);
        }));
        response
    }

    /// Admits one more connection under `MAX_CONNECTIONS` and `MAX_CONNECTIONS_PER_ADDRESS`, counting it
    /// against its address's share when that is limited, or answers why not (503 or 429).
    fn admit(&self, request: &HttpRequest) -> Result<Option<AddressSlot>, Box<HttpResponse>> {
        let global = self.settings.max_connections;
        if global > 0 && self.connections.len() >= global {
            return Err(Box::new(refusal(
                StatusCode::SERVICE_UNAVAILABLE,
                "the server holds as many WebSocket connections as it may (MAX_CONNECTIONS): try again later",
            )));
        }
        let per_address = self.settings.max_connections_per_address;
        let Some(address) = request
            .peer_addr()
            .map(|peer| peer.ip())
            .filter(|_| per_address > 0)
        else {
            return Ok(None);
        };
        let mut counts = self
            .per_address
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let count = counts.entry(address).or_insert(0);
        if *count >= per_address {
            let mut refused = refusal(
                StatusCode::TOO_MANY_REQUESTS,
                "too many WebSocket connections from this address (MAX_CONNECTIONS_PER_ADDRESS)",
            );
            refused
                .headers_mut()
                .insert(header::RETRY_AFTER, header::HeaderValue::from_static("5"));
            return Err(Box::new(refused));
        }
        *count += 1;
        Ok(Some(AddressSlot {
            counts: Arc::clone(&self.per_address),
            address,
        }))
    }

    #[tracing::instrument(name = "ws", skip_all, fields(connection = connection.get(), ?kind, room))]
    async fn run(
        self: Arc<Self>,
        connection: ConnectionId,
        kind: ClientKind,
        room: Result<RoomId, RoomIdError>,
        session: Session,
        mut incoming: Incoming,
        address: Option<std::net::SocketAddr>,
    ) {
        // The operator's view of the connection: opened and closed at INFO, with who, where, how and how long
        // (the room is this span's field). Only what the logs need is kept, with no allocation per connection.
        let opened = Instant::now();
        let (protocol, client) = (protocol_name(kind), ClientAddress(address));
        let (queue, frames) = outbound::channel(
            self.settings.outbound_queue_frames.max(2),
            self.settings.outbound_queue_bytes,
        );
        let mut link = Link::new(session);
        // A malformed id cannot name a room: it gets the same answer as an unknown one, without a store query.
        let joined = match room {
            Ok(room) => {
                tracing::Span::current().record("room", room.as_str());
                let subscription = Subscription {
                    queue: queue.clone(),
                    kind,
                };
                Box::pin(self.service.join(&room, connection, kind, subscription))
                    .await
                    .map(|_| room)
            }
            Err(invalid) => Err(DomainError::InvalidRoomId(invalid)),
        };
        let ending = match joined {
            Ok(room) => {
                tracing::info!(target: "pairprog::websocket", protocol, client = %client, "websocket opened");
                let peer = Peer {
                    room,
                    connection,
                    kind,
                    queue,
                    last_sync_request: RefCell::new(Vec::new()),
                };
                let ending = self
                    .converse(&peer, &mut link, &mut incoming, &frames)
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
        let close_code = match &ending {
            Ending::Close(close) => u16::from(close.code),
            Ending::ClientClosed(echo) => echo
                .as_ref()
                .map_or(1005, |received| u16::from(received.code)),
            Ending::Gone => 1006,
            Ending::TooSlow => 1013,
        };
        let duration_ms = u64::try_from(opened.elapsed().as_millis()).unwrap_or(u64::MAX);
        tracing::info!(target: "pairprog::websocket", protocol, client = %client, close_code, duration_ms, "websocket closed");
        // What the client sends from now on is not read: dropping the stream lets the HTTP layer discard it.
        drop(incoming);
        let close = match ending {
            Ending::Close(close) => {
                link.pending.extend(frames.take_now());
                Some(Some(close))
            }
            Ending::ClientClosed(received) => {
                // The close handshake: echo the client's code, then the connection ends.
                link.pending.clear();
                Some(received.map(|received| CloseReason {
                    code: received.code,
                    description: None,
                }))
            }
            Ending::Gone => None,
            Ending::TooSlow => {
                tracing::warn!("disconnecting a client that does not read its messages");
                link.pending.clear();
                link.pong = None;
                Some(Some(reason(
                    CloseCode::Again,
                    "too slow: outgoing queue overflowed, reconnect to resync",
                )))
            }
        };
        if let Some(close) = close {
            let _ = tokio::time::timeout(CLOSE_GRACE, Box::pin(link.close(close))).await;
        }
    }

    /// Runs a joined connection until it ends, and says how it ended: reads and handles the client's
    /// messages, hands its queued messages to the session, pings it.
    async fn converse(
        self: &Arc<Self>,
        peer: &Peer,
        link: &mut Link,
        incoming: &mut Incoming,
        frames: &OutboundFrames,
    ) -> Ending {
        let mut heartbeat = tokio::time::interval(self.settings.heartbeat_interval);
        heartbeat.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        heartbeat.reset();
        let mut last_heard = Instant::now();
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
                taken = frames.take(link.pending.is_empty()) => match taken {
                    Taken::Overflowed => break Ending::TooSlow,
                    Taken::Frames(taken) => link.pending = taken,
                },
                sent = poll_fn(|context| link.poll_send(context)), if link.has_output() => {
                    if sent.is_err() {
                        break Ending::Gone;
                    }
                }
                _ = heartbeat.tick() => {
                    if last_heard.elapsed() > self.settings.client_timeout {
                        tracing::debug!("client timed out");
                        break Ending::Close(reason(CloseCode::Away, "no heartbeat from client"));
                    }
                    link.ping_due = true;
                }
                first = incoming.messages.recv() => {
                    last_heard = Instant::now();
                    let (burst, end) = read_burst(first, incoming);
                    // Consecutive Yjs updates are applied together: one lock and one log append for a burst.
                    let mut updates = Vec::new();
                    let mut ended = None;
                    // Messages decoded before a broken frame are handled before the connection closes for it.
                    let many = burst.len() > 1;
                    for message in burst {
                        let is_text = matches!(message, AggregatedMessage::Text(_));
                        ended = Box::pin(self.handle(peer, link, message, &mut updates, &mut autocompleting))
                            .await;
                        if ended.is_some() {
                            break;
                        }
                        // Each JSON edit is answered and broadcast on its own. Within a burst, the answers go
                        // out as they come (the sender's own queue would otherwise fill with them), and the
                        // sender waits for its readers: their queues must not fill either, which would drop
                        // readers that read normally.
                        if many && is_text {
                            link.pending.extend(frames.take_now());
                            let _ = poll_fn(|context| Poll::Ready(link.poll_send(context))).await;
                            if link.pending.len() > self.settings.outbound_queue_frames {
                                ended = Some(Ending::TooSlow);
                                break;
                            }
                            self.wait_for_readers(peer).await;
                        }
                    }
                    if ended.is_none() {
                        ended = Box::pin(self.apply_updates(peer, &mut updates))
                            .await
                            .err()
                            .map(Ending::Close);
                    }
                    if let Some(ending) = ended.or(end) {
                        break ending;
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
        link: &mut Link,
        message: AggregatedMessage,
        updates: &mut Vec<Vec<u8>>,
        autocompleting: &mut Option<JoinHandle<()>>,
    ) -> Option<Ending> {
        if !matches!(message, AggregatedMessage::Binary(_))
            && let Err(close) = self.apply_updates(peer, updates).await
        {
            return Some(Ending::Close(close));
        }
        match message {
            AggregatedMessage::Text(text) => match peer.kind {
                ClientKind::Json => self.handle_text(peer, &text, autocompleting).await,
                ClientKind::Yjs => {
                    return Some(Ending::Close(reason(
                        CloseCode::Unsupported,
                        "the Yjs protocol uses binary frames",
                    )));
                }
            },
            AggregatedMessage::Binary(data) => match peer.kind {
                ClientKind::Json => peer.offer_error(
                    "Binary frames are not part of the JSON protocol: send JSON text frames",
                ),
                ClientKind::Yjs => {
                    if let Err(close) = self.handle_binary(peer, &data, updates).await {
                        return Some(Ending::Close(close));
                    }
                }
            },
            // Pings are answered with the newest one's payload (RFC 6455 5.5.3 allows answering only the most
            // recent): a client that sends a thousand at once gets one pong, not a thousand queued answers.
            AggregatedMessage::Ping(payload) => link.pong = Some(payload),
            AggregatedMessage::Pong(_) => {}
            AggregatedMessage::Close(received) => return Some(Ending::ClientClosed(received)),
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
                    Outgoing::text(answer.to_json()),
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
                // In a task of its own, on the background runtime: a model can take a few hundred milliseconds
                // to answer and the rules a while on a large file, and neither this connection nor the others
                // served by this thread may wait for it.
                *autocompleting = Some(self.background.spawn(async move {
                    let request = CompletionRequest {
                        code: &code,
                        cursor,
                        language: &language,
                    };
                    let asked = Instant::now();
                    let give_up = tokio::time::sleep(AUTOCOMPLETE_TURN_WAIT);
                    let suggested = autocomplete.suggest_within(&request, give_up).await;
                    metrics::histogram!("pairprog_autocomplete_seconds", "transport" => "websocket").record(asked.elapsed());
                    let answer = match suggested {
                        Ok(suggestions) => {
                            let ranked: Vec<SuggestionJson<'_>> = suggestions
                                .iter()
                                .map(|s| SuggestionJson {
                                    text: &s.text,
                                    confidence: s.confidence,
                                    kind: s.kind,
                                })
                                .collect();
                            let best = domain::autocomplete::inline_suggestion(&suggestions);
                            ServerMessage::AutocompleteResult {
                                request_id: &request_id,
                                suggestion: best.map_or("", |s| s.text.as_str()),
                                confidence: best.map_or(0.0, |s| s.confidence),
                                cursor_offset: best.map_or(0, |s| s.cursor_offset),
                                suggestions: &ranked,
                            }
                            .to_json()
                        }
                        Err(error) => ServerMessage::Error {
                            message: &error.to_string(),
                        }
                        .to_json(),
                    };
                    queue.offer(Outgoing::text(answer));
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
        let heavy =
            matches!(&proposal, TextProposal::FullText(code) if code.len() >= HEAVY_UPDATE_BYTES);
        let proposed = if heavy {
            let (service, room, connection) = (
                Arc::clone(&self.service),
                peer.room.clone(),
                peer.connection,
            );
            self.run_heavy(async move {
                service
                    .propose_answering(&room, connection, proposal, timestamp, base_version, answer)
                    .await
            })
            .await
        } else {
            let (room, connection) = (&peer.room, peer.connection);
            Some(
                self.service
                    .propose_answering(room, connection, proposal, timestamp, base_version, answer)
                    .await,
            )
        };
        let Some(proposed) = proposed else {
            return peer.offer_error("Server shutting down: the update was not applied");
        };
        match proposed {
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
                    // An answer the client has not been sent yet covers this request too: repeated requests
                    // cost neither a state encoding nor a queued copy of the document each.
                    if peer.queue.holds(Key::SyncAnswer)
                        || *peer.last_sync_request.borrow() == state_vector
                    {
                        continue;
                    }
                    let missing = self
                        .service
                        .missing_updates(&peer.room, &state_vector)
                        .await
                        .map_err(|error| close_for_update(&error))?;
                    peer.queue.offer_keyed(
                        Outgoing::binary(yjs_protocol::encode_sync_step2(&missing)),
                        Key::SyncAnswer,
                    );
                    *peer.last_sync_request.borrow_mut() = state_vector;
                }
                IncomingMessage::SyncStep2 { .. } | IncomingMessage::Update { .. } => {}
                IncomingMessage::Awareness { update, entries } => {
                    self.service
                        .broadcaster()
                        .relay_awareness(&peer.room, peer.connection, &update, &entries)
                        .map_err(|refused| reason(CloseCode::Policy, &refused.to_string()))?;
                }
                IncomingMessage::QueryAwareness => {
                    if let Some(presence) = self.service.broadcaster().awareness_message(&peer.room)
                    {
                        peer.offer(presence);
                    }
                }
                IncomingMessage::Auth => {}
            }
        }
        Ok(())
    }

    /// Holds a sender back while the room's fullest reader queue is over half full and draining, for at most
    /// [`MAX_SENDER_WAIT`] per message: readers that read keep up, while one that stopped reading (its queue
    /// not going down for [`STALLED_READER`]) holds nobody back: it overflows and is dropped.
    async fn wait_for_readers(&self, peer: &Peer) {
        let started = Instant::now();
        tokio::task::yield_now().await;
        let backlog = || {
            self.service
                .broadcaster()
                .readers_backlog(&peer.room, peer.connection)
        };
        let mut lowest = backlog();
        let mut progressed_at = Instant::now();
        while lowest > 0.5 && started.elapsed() < MAX_SENDER_WAIT {
            tokio::time::sleep(Duration::from_millis(1)).await;
            let now = backlog();
            if now < lowest {
                lowest = now;
                progressed_at = Instant::now();
            } else if progressed_at.elapsed() > STALLED_READER {
                return;
            }
        }
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
        let updates = std::mem::take(updates);
        let heavy = updates.iter().map(Vec::len).sum::<usize>() >= HEAVY_UPDATE_BYTES;
        let applied = if heavy {
            let (service, room, connection) = (
                Arc::clone(&self.service),
                peer.room.clone(),
                peer.connection,
            );
            self.run_heavy(async move { service.apply_updates(&room, connection, updates).await })
                .await
                .ok_or_else(|| reason(CloseCode::Restart, "server shutting down"))?
        } else {
            self.service
                .apply_updates(&peer.room, peer.connection, updates)
                .await
        };
        applied.map(drop).map_err(|error| close_for_update(&error))
    }
}

/// How many heavy updates may be merged at once: half the cores, at least one.
fn heavy_update_permits() -> usize {
    std::thread::available_parallelism().map_or(1, |cores| (cores.get() / 2).max(1))
}

/// One joined connection, as its handlers see it.
struct Peer {
    room: RoomId,
    connection: ConnectionId,
    kind: ClientKind,
    queue: OutboundQueue,
    /// The state vector of the last sync step 1 answered: the same request again is covered by that answer
    /// and the updates sent after it, on this same ordered connection.
    last_sync_request: RefCell<Vec<u8>>,
}

impl Peer {
    /// Queues a message for this connection; a full queue means the client is not reading, and it is dropped.
    fn offer(&self, frame: Outgoing) {
        self.queue.offer(frame);
    }

    fn offer_error(&self, message: &str) {
        enqueue_error(&self.queue, message);
    }
}

/// The answer to a JSON client's update: `ack` when the room's text is the client's (or only the version is
/// wanted), else the room's text in a `code_update`; both echo the update's `seq` as `ackSeq`.
fn answer_frame(outcome: &JsonUpdateOutcome, version_only: bool, seq: Option<&Value>) -> Outgoing {
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
    Outgoing::text(message.to_json())
}

/// Queues an `error` message; if the queue is full the connection closes anyway.
fn enqueue_error(queue: &OutboundQueue, message: &str) {
    queue.offer(Outgoing::text(ServerMessage::Error { message }.to_json()));
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

/// The close frame that answers a broken incoming stream, or `None` when the connection itself failed.
fn close_for(error: &ProtocolError) -> Option<CloseReason> {
    match error {
        ProtocolError::Overflow => Some(reason(CloseCode::Size, "message too big")),
        // actix-http reports reserved bits as invalid data too.
        ProtocolError::Io(io) if io.to_string().contains("reserved bits") => Some(reason(
            CloseCode::Protocol,
            "reserved bits set without an extension",
        )),
        ProtocolError::Io(io) if io.kind() == std::io::ErrorKind::InvalidData => Some(reason(
            CloseCode::Invalid,
            "text message is not valid UTF-8",
        )),
        // actix-ws reports continuations that add up past the limit as this error.
        ProtocolError::Io(io) if io.to_string().contains(CONTINUATION_OVERFLOW) => {
            Some(reason(CloseCode::Size, "message too big"))
        }
        ProtocolError::Io(_) => None,
        other => {
            tracing::debug!(error = %other, "websocket protocol error");
            Some(reason(CloseCode::Protocol, "websocket protocol error"))
        }
    }
}

/// What a connection reads: the client's messages (continuations joined by actix-ws), and why the frame guard
/// ended them, if it did.
struct Incoming {
    messages: AggregatedMessageStream,
    breach: BreachCell,
}

/// How actix-ws's [`AggregatedMessageStream`] words a message whose continuations exceed the limit.
const CONTINUATION_OVERFLOW: &str = "maximum continuation size";

/// The message that came with `first`, and those already read after it, up to [`MAX_BURST_MESSAGES`]; with
/// how the connection ends when the stream ended or broke among them.
fn read_burst(
    first: Option<Result<AggregatedMessage, ProtocolError>>,
    incoming: &mut Incoming,
) -> (Vec<AggregatedMessage>, Option<Ending>) {
    let mut burst = Vec::new();
    let mut next = first;
    loop {
        match next {
            // The stream ends when the client goes, or when the frame guard refused a header.
            None => {
                let ending = match incoming.breach.get() {
                    None => Ending::Gone,
                    Some(Breach::TooBig) => {
                        Ending::Close(reason(CloseCode::Size, "message too big"))
                    }
                    Some(Breach::ControlTooLong) => Ending::Close(reason(
                        CloseCode::Protocol,
                        "control frames carry at most 125 bytes",
                    )),
                };
                return (burst, Some(ending));
            }
            Some(Err(error)) => {
                return (
                    burst,
                    Some(close_for(&error).map_or(Ending::Gone, Ending::Close)),
                );
            }
            Some(Ok(message)) => burst.push(message),
        }
        if burst.len() >= MAX_BURST_MESSAGES {
            return (burst, None);
        }
        // Only what is already there: the select loop polls the stream again, with its own waker, before
        // anything else is awaited.
        match incoming.messages.recv().now_or_never() {
            Some(more) => next = more,
            None => return (burst, None),
        }
    }
}

/// The answer to a WebSocket path asked for with a method other than GET: 405, as a refused handshake.
#[must_use]
pub fn method_not_allowed() -> HttpResponse {
    refusal(
        StatusCode::METHOD_NOT_ALLOWED,
        "not a WebSocket handshake: the method must be GET",
    )
}

/// A refused handshake: an HTTP error with the API's `{"detail": ...}` body.
fn refusal(status: StatusCode, detail: &str) -> HttpResponse {
    let mut response = HttpResponse::build(status);
    if status == StatusCode::METHOD_NOT_ALLOWED {
        response.insert_header((header::ALLOW, "GET"));
    }
    if status == StatusCode::UPGRADE_REQUIRED {
        response.insert_header((header::UPGRADE, "websocket"));
        response.insert_header((header::SEC_WEBSOCKET_VERSION, "13"));
    }
    response.json(serde_json::json!({ "detail": detail }))
}

/// The answer to a request that is not an RFC 6455 opening handshake (an HTTP/1.1 GET with the upgrade
/// headers, version 13 and a valid key), saying what is wrong with it; `None` for a valid handshake.
fn handshake_refusal(request: &HttpRequest) -> Option<HttpResponse> {
    // RFC 6455 4.1: "The method of the request MUST be GET, and the HTTP version MUST be at least 1.1."
    if request.version() != Version::HTTP_11 {
        return Some(refusal(
            StatusCode::BAD_REQUEST,
            "not a WebSocket handshake: WebSocket upgrades need HTTP/1.1",
        ));
    }
    let error = actix_http::ws::verify_handshake(request.head()).err()?;
    let status = match error {
        HandshakeError::GetMethodRequired => StatusCode::METHOD_NOT_ALLOWED,
        HandshakeError::UnsupportedVersion => StatusCode::UPGRADE_REQUIRED,
        _ => StatusCode::BAD_REQUEST,
    };
    let detail = match error {
        HandshakeError::NoWebsocketUpgrade | HandshakeError::NoConnectionUpgrade => {
            "this endpoint is a WebSocket: connect with an upgrade request (Connection: Upgrade, Upgrade: websocket)"
                .to_owned()
        }
        other => format!("not a WebSocket handshake: {other}"),
    };
    Some(refusal(status, &detail))
}

/// The sending side of a connection: its actix-ws session, the messages taken from the queue and not yet
/// handed to it, and the control frames due.
struct Link {
    session: Session,
    pending: VecDeque<Outgoing>,
    /// The payload of the newest ping not yet answered.
    pong: Option<Bytes>,
    /// A heartbeat ping is due.
    ping_due: bool,
}

impl Link {
    fn new(session: Session) -> Self {
        Self {
            session,
            pending: VecDeque::new(),
            pong: None,
            ping_due: false,
        }
    }

    fn has_output(&self) -> bool {
        self.pong.is_some() || self.ping_due || !self.pending.is_empty()
    }

    /// The next message to send, control frames first.
    fn take_next(&mut self) -> Option<Message> {
        if let Some(payload) = self.pong.take() {
            return Some(Message::Pong(payload));
        }
        if std::mem::take(&mut self.ping_due) {
            return Some(Message::Ping(Bytes::new()));
        }
        self.pending.pop_front().map(Outgoing::into_message)
    }

    /// Hands the session as many messages as it takes now. Ready once it took at least one (or there was
    /// nothing to send); pending while it takes none.
    fn poll_send(&mut self, context: &mut Context<'_>) -> Poll<Result<(), Closed>> {
        let mut sent = false;
        while self.has_output() {
            match Pin::new(&mut self.session).poll_ready(context) {
                Poll::Ready(Ok(())) => {}
                Poll::Ready(Err(closed)) => return Poll::Ready(Err(closed)),
                Poll::Pending if sent => return Poll::Ready(Ok(())),
                Poll::Pending => return Poll::Pending,
            }
            if let Some(message) = self.take_next() {
                Pin::new(&mut self.session).start_send(message)?;
                sent = true;
            }
        }
        Poll::Ready(Ok(()))
    }

    /// Sends what is pending, then the close frame `reason`; the connection ends after it.
    async fn close(mut self, reason: Option<CloseReason>) {
        while let Some(message) = self.take_next() {
            if futures_util::SinkExt::send(&mut self.session, message)
                .await
                .is_err()
            {
                return;
            }
        }
        let _ = self.session.close(reason).await;
    }
}
