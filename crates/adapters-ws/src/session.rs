//! One WebSocket connection to a room, on `/ws/{room_id}` (the spec's JSON protocol) or `/yjs/{room_id}`
//! (the y-websocket protocol): from the upgrade request to the close frame.
//!
//! The upgrade is an actix-web request like any other (its middleware, extractors and logging apply);
//! [`RoomSocket::accept`] answers it through actix-ws and starts the connection's task. That one task reads
//! the client's messages (continuations joined, size-limited, by actix-ws) and turns them into calls on the
//! collaboration service, hands what the fan-out (and its own answers) put in the connection's bounded
//! outgoing queue to the session, sends heartbeats and notices dead peers. Nothing ever waits on a client: a
//! full queue marks the connection overflowed and it is closed, without slowing the room.
//!
//! With access control (`RoomSocket::with_access`) the upgrade's token ([`crate::credentials`]) is checked before
//! the handshake: a refused one is an HTTP 401/403 and the client never sees the room. A JSON client without
//! one (where one is required) is let in to send an `auth` message first, and nothing of the room is sent
//! before it is accepted. A joined connection keeps its role (a viewer's edits never reach the service), closes
//! with 4401 at its token's `exp` unless an `auth` message refreshed it, and when its token is revoked.

use std::{
    cell::{Cell, RefCell},
    collections::HashMap,
    future::poll_fn,
    net::IpAddr,
    sync::{
        Arc, Mutex, PoisonError,
        atomic::{AtomicU64, Ordering},
    },
    task::Poll,
    time::Duration,
};

use actix_http::{BoxedPayloadStream, ws::HandshakeError};
use actix_web::{
    FromRequest, HttpRequest, HttpResponse,
    http::{StatusCode, Version, header},
    web,
};
use actix_ws::{
    AggregatedMessage, AggregatedMessageStream, CloseCode, CloseReason, ProtocolError, Session,
};
use domain::{
    ClientKind, ConnectionId, DeclaredIdentity, DomainError, Grant, Participant, Role, RoomId,
    RoomIdError, Timestamp,
    autocomplete::CompletionRequest,
    event::JsonUpdateOutcome,
    services::{
        AUTOCOMPLETE_TURN_WAIT, AccessError, AccessService, Admission, AutocompleteService,
        CollaborationService, TextProposal,
    },
};
use futures_util::FutureExt;
use serde_json::Value;
use tokio::{task::JoinHandle, time::Instant};
use tokio_util::{sync::CancellationToken, task::TaskTracker};

use crate::{
    client_address::{ClientAddress, client_ip},
    credentials::{TokenRegistry, TokenUse, UpgradeCredentials},
    fanout::{LocalBroadcaster, Subscription},
    frame_guard::{self, Breach, BreachCell, FrameGuard, IncomingBudget},
    link::Link,
    outbound::{self, Key, OutboundFrames, OutboundQueue, Outgoing, Taken},
    protocol::{ClientMessage, ServerMessage, SuggestionJson, TextFormat, parse_client_message},
    unknown_rooms::{UnknownRoomLimiter, retry_after_secs},
    yjs_protocol::{self, DecodeLimits, IncomingMessage},
};

/// The `protocol` of a connection in logs.
fn protocol_name(kind: ClientKind) -> &'static str {
    match kind {
        ClientKind::Json => "json",
        ClientKind::Yjs => "yjs",
    }
}

/// The close code the spec uses for an unknown room.
pub const CLOSE_ROOM_NOT_FOUND: u16 = 4004;

/// The close code for a connection without a valid token: none sent in time, refused, expired or revoked.
/// The client needs a new token (the y-websocket provider does not retry codes 4400 to 4499).
pub const CLOSE_UNAUTHENTICATED: u16 = 4401;

/// The close code for a connection whose token does not allow what it asked.
pub const CLOSE_FORBIDDEN: u16 = 4403;

/// Largest message a client that has not authenticated yet may send, in bytes (its `auth` message).
pub const MAX_AUTH_MESSAGE_BYTES: usize = 16 * 1024;

/// Messages a client may send before its `auth` (each answered with an `error`); one more closes with 4401.
pub const MAX_MESSAGES_BEFORE_AUTH: usize = 4;

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
    /// Most bytes of messages still arriving (received in part), all connections together; a connection whose
    /// message does not fit is closed with 1013 (0: no limit).
    pub max_partial_messages_bytes: usize,
    /// Most connections to one room at once; more are refused with HTTP 503 (0: no limit).
    pub max_clients_per_room: usize,
    /// How long a JSON client that gave no token on the upgrade has to send its `auth` message, when a
    /// token is required.
    pub auth_timeout: Duration,
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
            max_partial_messages_bytes: 64 * 1024 * 1024,
            max_clients_per_room: 0,
            auth_timeout: Duration::from_secs(5),
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
    /// Open connections per room, for `max_clients_per_room`.
    per_room: Arc<Mutex<HashMap<RoomId, usize>>>,
    /// The bytes of messages still arriving, all connections together, for `max_partial_messages_bytes`.
    incoming: Arc<IncomingBudget>,
    /// The access rules; `None` serves everyone as an editor, without tokens.
    access: Option<Arc<AccessService>>,
    /// The open connections of each token, to close them when it is revoked.
    tokens: Arc<TokenRegistry>,
    /// The bound on lookups of rooms that do not exist, per client address.
    unknown_rooms: Option<Arc<UnknownRoomLimiter>>,
}

/// One connection counted against a share (its room's, its address's); the count goes down when it is
/// dropped, and a share that reaches zero leaves the map.
struct Slot<K: Eq + std::hash::Hash> {
    counts: Arc<Mutex<HashMap<K, usize>>>,
    key: K,
}

impl<K: Eq + std::hash::Hash + Clone> Slot<K> {
    /// One more connection counted under `key`, unless `cap` are counted there already.
    fn take(counts: &Arc<Mutex<HashMap<K, usize>>>, key: K, cap: usize) -> Option<Self> {
        let mut locked = counts.lock().unwrap_or_else(PoisonError::into_inner);
        let count = locked.entry(key.clone()).or_insert(0);
        if *count >= cap {
            return None;
        }
        *count += 1;
        Some(Self {
            counts: Arc::clone(counts),
            key,
        })
    }
}

/// A refused upgrade that the client may retry in 5 seconds.
fn refusal_retry_later(status: StatusCode, detail: &str) -> Box<HttpResponse> {
    let mut refused = refusal(status, detail);
    refused
        .headers_mut()
        .insert(header::RETRY_AFTER, header::HeaderValue::from_static("5"));
    Box::new(refused)
}

impl<K: Eq + std::hash::Hash> Drop for Slot<K> {
    fn drop(&mut self) {
        let mut counts = self.counts.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(count) = counts.get_mut(&self.key) {
            *count -= 1;
            if *count == 0 {
                counts.remove(&self.key);
            }
        }
    }
}

/// One connection counted against its room's share (`MAX_CLIENTS_PER_ROOM`).
type RoomSlot = Slot<RoomId>;

/// One connection counted against its address's share (`MAX_CONNECTIONS_PER_ADDRESS`).
type AddressSlot = Slot<IpAddr>;

/// What an upgrade may do before its connection joins: its role, or wait for an `auth` message first.
enum UpgradeAccess {
    /// Checked on the upgrade.
    Admitted(Admission),
    /// A JSON client that gave no token where one is required: it must send `auth` first.
    Pending,
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
        let incoming = IncomingBudget::new(
            settings.max_partial_messages_bytes,
            frame_guard::FREE_BYTES_PER_MESSAGE,
        );
        Self {
            service,
            autocomplete,
            settings,
            decode_limits,
            incoming,
            shutdown,
            next_connection: AtomicU64::new(1),
            connections: TaskTracker::new(),
            background,
            per_address: Arc::default(),
            heavy_updates: Arc::new(tokio::sync::Semaphore::new(heavy_update_permits())),
            per_room: Arc::default(),
            access: None,
            tokens: Arc::default(),
            unknown_rooms: None,
        }
    }

    /// Applies `access` to every upgrade and connection (tokens, roles, expiry, revocation).
    #[must_use]
    pub fn with_access(mut self, access: Arc<AccessService>) -> Self {
        self.access = Some(access);
        self
    }

    /// Counts joins to rooms that do not exist against `limiter`, and refuses addresses past it with 429.
    #[must_use]
    pub fn with_unknown_room_limiter(mut self, limiter: Arc<UnknownRoomLimiter>) -> Self {
        self.unknown_rooms = Some(limiter);
        self
    }

    /// Closes every connection using the token `token_id` with 4401; returns how many there were.
    pub fn revoke_token(&self, token_id: &str) -> usize {
        self.tokens.revoke(token_id)
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
    pub async fn accept(
        self: &Arc<Self>,
        request: &HttpRequest,
        body: web::Payload,
        raw_room_id: &str,
        kind: ClientKind,
    ) -> HttpResponse {
        if let Some(refusal) = handshake_refusal(request) {
            return refusal;
        }
        let room = RoomId::parse(raw_room_id);
        if let (Some(limiter), Some(client)) = (&self.unknown_rooms, client_ip(request))
            && let Some(wait) = limiter.retry_after(client)
        {
            return too_many_unknown_rooms(wait);
        }
        // Who the client is, before anything of the room is sent: a refused token is an HTTP answer.
        let credentials = UpgradeCredentials::of(request);
        let access = match self
            .upgrade_access(&credentials, room.as_ref().ok(), kind)
            .await
        {
            Ok(access) => access,
            Err(refused) => return *refused,
        };
        let slot = match self.admit(request) {
            Ok(slot) => slot,
            Err(refused) => return *refused,
        };
        // A client still to authenticate takes no place in the room: unauthenticated sockets must not fill it.
        let room_slot = match &access {
            UpgradeAccess::Pending => None,
            UpgradeAccess::Admitted(_) => match self.admit_to_room(room.as_ref().ok()) {
                Ok(slot) => slot,
                Err(refused) => return *refused,
            },
        };
        let max = self.settings.max_message_bytes;
        // actix-http reads a whole frame before checking its size: the guard refuses it by its header.
        let (guard, breach) = FrameGuard::new(body.into_inner(), max, Arc::clone(&self.incoming));
        let guarded: BoxedPayloadStream = Box::pin(guard);
        let mut guarded = actix_http::Payload::Stream { payload: guarded };
        let Some(Ok(body)) = web::Payload::from_request(request, &mut guarded).now_or_never()
        else {
            return HttpResponse::InternalServerError().finish();
        };
        // A token offered as a subprotocol is answered with one of the offered protocols, as browsers require.
        let protocols = credentials.protocols();
        let (response, session, messages) =
            match actix_ws::handle_with_protocols(request, body, &protocols) {
                Ok(parts) => parts,
                Err(error) => return error.error_response(),
            };
        let messages = messages
            .max_frame_size(max)
            .aggregate_continuations()
            .max_continuation_size(max);
        let connection = ConnectionId::new(self.next_connection.fetch_add(1, Ordering::Relaxed));
        let this = Arc::clone(self);
        // Boxed: a future holds the state of everything it awaits, so the rarely taken, deep paths (joining,
        // handling a message) would otherwise be carried, at their largest, by every idle connection.
        let incoming = Incoming { messages, breach };
        let opening = Opening {
            connection,
            kind,
            room,
            declared: declared_identity(request.query_string()),
            address: ClientAddress::of(request),
            access,
        };
        self.connections.spawn_local(Box::pin(async move {
            let run = this.run(opening, session, incoming);
            run.await;
            drop((slot, room_slot));
        }));
        response
    }

    /// What the upgrade's client may do: its role from its token (or none), or an `auth` message to wait for;
    /// or the HTTP answer that refuses it (401, 403, 503).
    async fn upgrade_access(
        &self,
        credentials: &UpgradeCredentials,
        room: Option<&RoomId>,
        kind: ClientKind,
    ) -> Result<UpgradeAccess, Box<HttpResponse>> {
        let Some(access) = &self.access else {
            return Ok(UpgradeAccess::Admitted(Admission {
                role: Role::Editor,
                grant: None,
            }));
        };
        if credentials.token.is_none() && access.policy().requires_token() {
            return match kind {
                ClientKind::Json => Ok(UpgradeAccess::Pending),
                ClientKind::Yjs => Err(Box::new(access_refusal(&AccessError::Unauthenticated(
                    "a token is required: offer it as the subprotocol bearer.<token> or add ?token=<token>"
                        .to_owned(),
                )))),
            };
        }
        let grant = access
            .authenticate(credentials.token.as_deref())
            .await
            .map_err(|error| Box::new(access_refusal(&error)))?;
        // An id no room can have is answered as an unknown room once the socket is open, as without tokens.
        let role = match room {
            Some(room) => access
                .room_role(grant.as_ref(), room)
                .await
                .map_err(|error| Box::new(access_refusal(&error)))?,
            None => Role::Viewer,
        };
        Ok(UpgradeAccess::Admitted(Admission { role, grant }))
    }

    /// Counts one more connection to `room` under `MAX_CLIENTS_PER_ROOM`, or answers 503.
    fn admit_to_room(&self, room: Option<&RoomId>) -> Result<Option<RoomSlot>, Box<HttpResponse>> {
        let cap = self.settings.max_clients_per_room;
        let Some(room) = room.filter(|_| cap > 0) else {
            return Ok(None);
        };
        RoomSlot::take(&self.per_room, room.clone(), cap)
            .map(Some)
            .ok_or_else(|| {
                refusal_retry_later(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "this room holds as many connections as it may (MAX_CLIENTS_PER_ROOM): try again later",
                )
            })
    }

    /// Waits for the first message of a JSON client that must authenticate in band: an `auth` message within
    /// `auth_timeout`, with at most [`MAX_MESSAGES_BEFORE_AUTH`] other messages (each answered with an
    /// `error`) and [`MAX_AUTH_MESSAGE_BYTES`] a message before it. Nothing of the room is sent before.
    async fn authenticate_in_band(
        &self,
        room: Option<&RoomId>,
        link: &mut Link,
        incoming: &mut Incoming,
    ) -> Result<Admission, Ending> {
        let Some(access) = &self.access else {
            return Ok(Admission {
                role: Role::Editor,
                grant: None,
            });
        };
        let deadline = Instant::now() + self.settings.auth_timeout;
        let unauthenticated = |description: &str| {
            Ending::Close(reason(CloseCode::Other(CLOSE_UNAUTHENTICATED), description))
        };
        let mut refused = 0;
        loop {
            let next = tokio::select! {
                biased;
                () = self.shutdown.cancelled() => {
                    return Err(Ending::Close(reason(CloseCode::Away, "server shutting down")));
                }
                () = tokio::time::sleep_until(deadline) => {
                    return Err(unauthenticated("no auth message in time"));
                }
                next = incoming.messages.recv() => next,
            };
            let message = match next {
                Some(Ok(message)) => message,
                Some(Err(error)) => {
                    return Err(close_for(&error).map_or(Ending::Gone, Ending::Close));
                }
                None => {
                    let (_, ending) = read_burst(None, incoming);
                    return Err(ending.unwrap_or(Ending::Gone));
                }
            };
            let text = match message {
                AggregatedMessage::Ping(payload) => {
                    if link.session().pong(&payload).await.is_err() {
                        return Err(Ending::Gone);
                    }
                    continue;
                }
                AggregatedMessage::Pong(_) => continue,
                AggregatedMessage::Close(received) => return Err(Ending::ClientClosed(received)),
                AggregatedMessage::Text(text) if text.len() <= MAX_AUTH_MESSAGE_BYTES => Some(text),
                AggregatedMessage::Text(_) => {
                    return Err(unauthenticated("message too big before authentication"));
                }
                AggregatedMessage::Binary(_) => None,
            };
            if let Some(Ok(ClientMessage::Auth { token })) =
                text.as_deref().map(parse_client_message)
            {
                let grant = access
                    .authenticate(Some(&token))
                    .await
                    .map_err(|error| close_for_access(&error))?;
                let role = match room {
                    Some(room) => access
                        .room_role(grant.as_ref(), room)
                        .await
                        .map_err(|error| close_for_access(&error))?,
                    None => Role::Viewer,
                };
                return Ok(Admission { role, grant });
            }
            refused += 1;
            if refused >= MAX_MESSAGES_BEFORE_AUTH {
                return Err(unauthenticated("authenticate first"));
            }
            let error = ServerMessage::Error {
                message: "Authenticate first: send {\"type\": \"auth\", \"token\": \"<token>\"}",
            }
            .to_json();
            if link.session().text(error).await.is_err() {
                return Err(Ending::Gone);
            }
        }
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
        let Some(address) = client_ip(request).filter(|_| per_address > 0) else {
            return Ok(None);
        };
        AddressSlot::take(&self.per_address, address, per_address)
            .map(Some)
            .ok_or_else(|| {
                refusal_retry_later(
                    StatusCode::TOO_MANY_REQUESTS,
                    "too many WebSocket connections from this address (MAX_CONNECTIONS_PER_ADDRESS)",
                )
            })
    }

    #[tracing::instrument(name = "ws", skip_all, fields(connection = opening.connection.get(), kind = ?opening.kind, room))]
    async fn run(self: Arc<Self>, opening: Opening, session: Session, mut incoming: Incoming) {
        let Opening {
            connection,
            kind,
            room,
            declared,
            address,
            access,
        } = opening;
        // The operator's view of the connection: opened and closed at INFO, with who, where, how and how long
        // (the room is this span's field). Only what the logs need is kept, with no allocation per connection.
        let opened = Instant::now();
        let (queue, frames) = outbound::channel(
            self.settings.outbound_queue_frames.max(2),
            self.settings.outbound_queue_bytes,
        );
        let mut link = Link::new(session);
        // The room's place of a connection admitted on its upgrade came with it; one that authenticates in
        // band takes its place once it has.
        let mut room_slot = None;
        let admitted = match access {
            UpgradeAccess::Admitted(admission) => Ok(admission),
            UpgradeAccess::Pending => {
                let authenticated = Box::pin(self.authenticate_in_band(
                    room.as_ref().ok(),
                    &mut link,
                    &mut incoming,
                ))
                .await;
                match authenticated {
                    Ok(admission) => match self.admit_to_room(room.as_ref().ok()) {
                        Ok(slot) => {
                            room_slot = slot;
                            queue.offer(Outgoing::text(authenticated_message(&admission)));
                            Ok(admission)
                        }
                        Err(_) => Err(Ending::Close(reason(
                            CloseCode::Again,
                            "this room holds as many connections as it may: try again later",
                        ))),
                    },
                    Err(ending) => Err(ending),
                }
            }
        };
        let ending = match admitted {
            Err(ending) => ending,
            Ok(admission) => {
                Box::pin(self.join_and_converse(
                    Joining {
                        connection,
                        kind,
                        room,
                        declared,
                        address,
                        admission,
                    },
                    queue,
                    &frames,
                    &mut link,
                    &mut incoming,
                ))
                .await
            }
        };
        self.finish(ending, kind, address, opened, incoming, link, &frames)
            .await;
        drop(room_slot);
    }

    /// Joins the room and runs the connection until it ends; says how it ended.
    async fn join_and_converse(
        self: &Arc<Self>,
        joining: Joining,
        queue: OutboundQueue,
        frames: &OutboundFrames,
        link: &mut Link,
        incoming: &mut Incoming,
    ) -> Ending {
        let Joining {
            connection,
            kind,
            room,
            declared,
            address,
            admission,
        } = joining;
        let (protocol, client) = (protocol_name(kind), address);
        // A malformed id cannot name a room: it gets the same answer as an unknown one, without a store query.
        let joined = match room {
            Ok(room) => {
                tracing::Span::current().record("room", room.as_str());
                let subscription = Subscription {
                    queue: queue.clone(),
                    kind,
                    presence: declared.wants_presence,
                };
                let identity = admission.grant.as_ref().map(Grant::identity);
                let participant = Participant::new(
                    connection,
                    kind,
                    self.service.now(),
                    &declared.identity,
                    identity.as_ref(),
                );
                Box::pin(self.service.join(&room, participant, subscription))
                    .await
                    .map(|_| room)
            }
            Err(invalid) => Err(DomainError::InvalidRoomId(invalid)),
        };
        match joined {
            Ok(room) => {
                tracing::info!(target: "pairprog::websocket", protocol, client = %client, "websocket opened");
                let peer = Peer {
                    room,
                    connection,
                    kind,
                    queue,
                    last_sync_request: RefCell::new(Vec::new()),
                    access: RefCell::new(PeerAccess::default()),
                    revoked: CancellationToken::new(),
                    deadline: Cell::new(None),
                };
                self.grant_access(&peer, admission);
                let ending = self.converse(&peer, link, incoming, frames).await;
                Box::pin(self.service.leave(&peer.room, connection)).await;
                tracing::debug!("left");
                ending
            }
            Err(DomainError::RoomNotFound(_) | DomainError::InvalidRoomId(_)) => {
                if let (Some(limiter), Some(client)) = (&self.unknown_rooms, address.ip()) {
                    limiter.missed(client);
                }
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
        }
    }

    /// Logs how the connection ended and closes it.
    #[allow(clippy::too_many_arguments)]
    async fn finish(
        &self,
        ending: Ending,
        kind: ClientKind,
        address: ClientAddress,
        opened: Instant,
        incoming: Incoming,
        mut link: Link,
        frames: &OutboundFrames,
    ) {
        let (protocol, client) = (protocol_name(kind), address);
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
                link.discard_pending();
                Some(received.map(|received| CloseReason {
                    code: received.code,
                    description: None,
                }))
            }
            Ending::Gone => None,
            Ending::TooSlow => {
                tracing::warn!("disconnecting a client that does not read its messages");
                link.discard_pending();
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

    /// Applies `admission` to a joined connection: its role, its token's record (so that revoking the token
    /// closes it) and when it expires.
    fn grant_access(&self, peer: &Peer, admission: Admission) {
        let mut access = peer.access.borrow_mut();
        if admission.role != access.role {
            access.told_read_only = false;
        }
        access.role = admission.role;
        let Some(grant) = admission.grant else {
            return;
        };
        access.subject = Some(grant.subject.clone());
        // The new record first: replacing the old one drops it, and the connection is never unrecorded.
        access.token_use = grant.token_id.as_deref().map(|id| {
            self.tokens
                .register(id, peer.connection, peer.revoked.clone())
        });
        // At `exp` itself: the clock skew lets a token in, it does not extend what it grants.
        let remaining_ms = grant
            .expires_at
            .as_millis()
            .saturating_sub(self.service.now().as_millis());
        let remaining = Duration::from_millis(u64::try_from(remaining_ms).unwrap_or(0));
        // An `exp` beyond what a clock can hold never comes: no deadline.
        peer.deadline.set(Instant::now().checked_add(remaining));
    }

    /// A JSON client's `auth` message on a joined connection: a refreshed token (for the same user) replaces
    /// the old one, its role and its expiry; a refused one closes the connection (4401, or 4403).
    async fn refresh(&self, peer: &Peer, token: &str) -> Option<Ending> {
        let Some(access) = &self.access else {
            peer.offer_error("this server does not use tokens");
            return None;
        };
        let admission = match access.admit(Some(token), &peer.room).await {
            Ok(admission) => admission,
            Err(error) => return Some(close_for_access(&error)),
        };
        let current = peer.access.borrow().subject.clone();
        if let (Some(current), Some(grant)) = (current, &admission.grant)
            && grant.subject != current
        {
            return Some(Ending::Close(reason(
                CloseCode::Other(CLOSE_FORBIDDEN),
                "a refreshed token must be for the same user",
            )));
        }
        peer.offer(Outgoing::text(authenticated_message(&admission)));
        self.grant_access(peer, admission);
        None
    }

    /// A viewer's Yjs edit: dropped and counted; the client is told once, with y-websocket's "permission
    /// denied" auth message. An update that changes nothing (the empty answer to a sync step 1) is not an
    /// edit.
    fn refuse_yjs_edit(&self, peer: &Peer, update: &[u8]) {
        const EMPTY_UPDATE: [u8; 2] = [0, 0];
        if update == EMPTY_UPDATE {
            return;
        }
        metrics::counter!("pairprog_refused_edits_total", "protocol" => "yjs").increment(1);
        let mut access = peer.access.borrow_mut();
        if !std::mem::replace(&mut access.told_read_only, true) {
            peer.offer(Outgoing::binary(yjs_protocol::encode_permission_denied(
                "read-only: your role in this room cannot edit",
            )));
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
        let revoked = peer.revoked.cancelled();
        tokio::pin!(revoked);
        // Far enough never to fire while the connection has no token; reset when one is given or refreshed.
        let mut deadline = peer.deadline.get();
        let expiry = tokio::time::sleep_until(
            deadline.unwrap_or_else(|| Instant::now() + Duration::from_secs(86_400 * 365)),
        );
        tokio::pin!(expiry);
        let ending = loop {
            if peer.deadline.get() != deadline {
                deadline = peer.deadline.get();
                if let Some(at) = deadline {
                    expiry.as_mut().reset(at);
                }
            }
            tokio::select! {
                biased;
                () = &mut shutdown => {
                    break Ending::Close(reason(CloseCode::Away, "server shutting down"));
                }
                () = &mut revoked => {
                    break Ending::Close(reason(
                        CloseCode::Other(CLOSE_UNAUTHENTICATED),
                        "the token has been revoked",
                    ));
                }
                () = &mut expiry, if deadline.is_some() => {
                    break Ending::Close(reason(
                        CloseCode::Other(CLOSE_UNAUTHENTICATED),
                        "the token has expired: send a fresh one in an auth message before it does",
                    ));
                }
                taken = frames.take(link.pending.is_empty()) => match taken {
                    Taken::Overflowed => break Ending::TooSlow,
                    Taken::Closed => {
                        tracing::debug!("the room was deleted");
                        break Ending::Close(reason(
                            CloseCode::Other(CLOSE_ROOM_NOT_FOUND),
                            "Room not found",
                        ));
                    }
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
                ClientKind::Json => return self.handle_text(peer, &text, autocompleting).await,
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
    ) -> Option<Ending> {
        let message = match parse_client_message(text) {
            Ok(message) => message,
            Err(error) => {
                peer.offer_error(&error.to_string());
                return None;
            }
        };
        if matches!(
            message,
            ClientMessage::CodeUpdate { .. } | ClientMessage::Edit { .. }
        ) && !peer.can_edit()
        {
            metrics::counter!("pairprog_refused_edits_total", "protocol" => "json").increment(1);
            peer.offer_error("Read-only: your role in this room (viewer) cannot edit");
            return None;
        }
        match message {
            ClientMessage::Auth { token } => return self.refresh(peer, &token).await,
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
            ClientMessage::Hello {
                format,
                declared,
                presence,
            } => {
                self.service
                    .redeclare(&peer.room, peer.connection, &declared);
                if presence || declared != DeclaredIdentity::default() {
                    self.enable_presence(peer).await;
                }
                let broadcaster = self.service.broadcaster();
                let format =
                    format.unwrap_or_else(|| broadcaster.format_of(&peer.room, peer.connection));
                let answer = ServerMessage::Hello {
                    format: format.name(),
                };
                broadcaster.set_format(
                    &peer.room,
                    peer.connection,
                    format,
                    Outgoing::text(answer.to_json()),
                );
            }
            ClientMessage::Presence { cursor, declared } => {
                self.enable_presence(peer).await;
                self.service
                    .redeclare(&peer.room, peer.connection, &declared);
                if let Some(cursor) = cursor
                    && let Err(error) =
                        self.service
                            .move_cursor(&peer.room, peer.connection, cursor)
                {
                    peer.offer_error(&error.to_string());
                }
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
        None
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

    /// Starts sending presence messages to a JSON client that asked for them, beginning with the room's list.
    async fn enable_presence(&self, peer: &Peer) {
        if self
            .service
            .broadcaster()
            .enable_presence(&peer.room, peer.connection)
        {
            self.service
                .send_presence_to(&peer.room, peer.connection)
                .await;
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
                if peer.can_edit() {
                    updates.push(update);
                } else {
                    self.refuse_yjs_edit(peer, &update);
                }
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
                IncomingMessage::Awareness {
                    update,
                    entries,
                    presence,
                } => {
                    self.service
                        .awareness_presence(&peer.room, peer.connection, &presence);
                    // A verified user's name and colour are the token's: its own state says so to the others.
                    let imposed = self.verified_awareness(peer, &update);
                    let update = imposed.as_deref().unwrap_or(&update);
                    self.service
                        .broadcaster()
                        .relay_awareness(&peer.room, peer.connection, update, &entries)
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

    /// `update` with the connection's own awareness state given its verified user's name and colour, when it
    /// has a verified user and the state says otherwise.
    fn verified_awareness(&self, peer: &Peer, update: &[u8]) -> Option<Vec<u8>> {
        peer.access.borrow().subject.as_ref()?;
        let participant = self.service.participant(&peer.room, peer.connection)?;
        let own = self.service.own_awareness_id(&peer.room, peer.connection)?;
        yjs_protocol::impose_awareness_user(update, own, &participant.name, &participant.color)
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

/// What an accepted upgrade brings to its connection's task.
struct Opening {
    connection: ConnectionId,
    kind: ClientKind,
    room: Result<RoomId, RoomIdError>,
    /// What the URL's query says of the client (`?name=...&color=...&presence=1`).
    declared: UrlDeclaration,
    address: ClientAddress,
    /// What the upgrade's token allows, or that the client must authenticate first.
    access: UpgradeAccess,
}

/// An admitted connection, about to join its room.
struct Joining {
    connection: ConnectionId,
    kind: ClientKind,
    room: Result<RoomId, RoomIdError>,
    declared: UrlDeclaration,
    address: ClientAddress,
    admission: Admission,
}

/// What a joined connection may do, and with which token.
struct PeerAccess {
    role: Role,
    /// The verified user, once a token was accepted: a refreshed token must be for the same one.
    subject: Option<String>,
    /// The connection's record under its token's id, so that revoking the token closes it.
    token_use: Option<TokenUse>,
    /// A Yjs viewer was told its edits are refused (it is told once).
    told_read_only: bool,
}

impl Default for PeerAccess {
    fn default() -> Self {
        Self {
            role: Role::Editor,
            subject: None,
            token_use: None,
            told_read_only: false,
        }
    }
}

/// The `authenticated` message for `admission`.
fn authenticated_message(admission: &Admission) -> String {
    ServerMessage::Authenticated {
        role: admission.role.name(),
        expires_at: admission
            .grant
            .as_ref()
            .map(|grant| grant.expires_at.as_millis()),
    }
    .to_json()
}

/// The HTTP answer refusing an upgrade for `error`.
fn access_refusal(error: &AccessError) -> HttpResponse {
    let status = match error {
        AccessError::Unauthenticated(_) => StatusCode::UNAUTHORIZED,
        AccessError::Forbidden(_) | AccessError::Invalid(_) => StatusCode::FORBIDDEN,
        AccessError::NotFound(_) => StatusCode::NOT_FOUND,
        AccessError::Storage(cause) => {
            tracing::error!(error = %cause, "could not check a token");
            return refusal(
                StatusCode::SERVICE_UNAVAILABLE,
                "Service unavailable: the database cannot be reached",
            );
        }
    };
    let mut refused = refusal(status, &error.to_string());
    if status == StatusCode::UNAUTHORIZED {
        refused.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            header::HeaderValue::from_static("Bearer"),
        );
    }
    refused
}

/// How a connection closes when its token is refused after the upgrade.
fn close_for_access(error: &AccessError) -> Ending {
    let code = match error {
        AccessError::Unauthenticated(_) => CLOSE_UNAUTHENTICATED,
        AccessError::Forbidden(_) | AccessError::Invalid(_) => CLOSE_FORBIDDEN,
        AccessError::NotFound(_) => CLOSE_ROOM_NOT_FOUND,
        AccessError::Storage(cause) => {
            tracing::error!(error = %cause, "could not check a token");
            return Ending::Close(reason(CloseCode::Error, "the token could not be checked"));
        }
    };
    Ending::Close(reason(CloseCode::Other(code), &error.to_string()))
}

/// The 429 answering an address that looked up too many rooms that do not exist.
fn too_many_unknown_rooms(wait: Duration) -> HttpResponse {
    let mut refused = refusal(
        StatusCode::TOO_MANY_REQUESTS,
        "too many lookups of rooms that do not exist from this address: try again later",
    );
    if let Ok(value) = header::HeaderValue::from_str(&retry_after_secs(wait).to_string()) {
        refused.headers_mut().insert(header::RETRY_AFTER, value);
    }
    refused
}

/// What an upgrade's query string says of the client.
#[derive(Debug, Default)]
struct UrlDeclaration {
    /// `name` and `color`.
    identity: DeclaredIdentity,
    /// Whether a JSON client asked for presence messages: `presence=1` (or `true`), or any `name` or `color`.
    wants_presence: bool,
}

/// The `name`, `color` and `presence` parameters of an upgrade's query string, percent-decoded; anything else
/// is ignored, and a query that does not parse declares nothing.
fn declared_identity(query: &str) -> UrlDeclaration {
    #[derive(serde::Deserialize)]
    struct Declared {
        name: Option<String>,
        color: Option<String>,
        presence: Option<String>,
    }
    let Ok(declared) = web::Query::<Declared>::from_query(query) else {
        return UrlDeclaration::default();
    };
    let Declared {
        name,
        color,
        presence,
    } = declared.into_inner();
    let asked = presence
        .as_deref()
        .map(|value| matches!(value, "1" | "true" | "on" | "yes"));
    UrlDeclaration {
        wants_presence: asked.unwrap_or(name.is_some() || color.is_some()),
        identity: DeclaredIdentity { name, color },
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
    /// Its role and token.
    access: RefCell<PeerAccess>,
    /// Cancelled when its token is revoked.
    revoked: CancellationToken,
    /// When its token expires; `None` without a token.
    deadline: Cell<Option<Instant>>,
}

impl Peer {
    /// Queues a message for this connection; a full queue means the client is not reading, and it is dropped.
    fn offer(&self, frame: Outgoing) {
        self.queue.offer(frame);
    }

    fn offer_error(&self, message: &str) {
        enqueue_error(&self.queue, message);
    }

    fn can_edit(&self) -> bool {
        self.access.borrow().role.can_edit()
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
                    Some(Breach::Overloaded) => Ending::Close(reason(
                        CloseCode::Again,
                        "server busy receiving other large messages (MAX_PARTIAL_MESSAGES_BYTES); send again",
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
