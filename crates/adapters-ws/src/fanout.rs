//! The per-room fan-out: who is connected to which room, and delivery of each event to all of them.
//!
//! An event is encoded once per protocol into a message payload (shared bytes, so handing it to another
//! connection is a reference count), then offered to each connection's bounded queue under a read lock: a
//! slow connection never slows the room. A connection whose queue is full is marked overflowed and
//! disconnected by its own task; its client reconnects and starts again from the room's current state, losing
//! nothing that was stored.

use std::{
    collections::{HashMap, HashSet},
    sync::{PoisonError, RwLock},
    time::{Duration, Instant},
};

use domain::{
    ClientKind, ConnectionId, RoomEvent, RoomId,
    event::{Announcement, DocumentUpdate, RoomSnapshot},
    ports::Broadcaster,
    presence::{PresenceMirror, Recipients},
};
use yrs::{
    StateVector,
    sync::{Message, SyncMessage},
    updates::{decoder::Decode, encoder::Encode},
};

use crate::{
    outbound::{Key, OutboundQueue, Outgoing},
    presence_json,
    protocol::{ReplacementJson, ServerMessage, TextFormat, VersionJson},
    yjs_protocol::{
        AwarenessEntry, SplitEntry, encode_awareness, encode_awareness_removal,
        merge_awareness_updates, split_awareness_update,
    },
};

/// Gauge of the connections in rooms now, by protocol (Prometheus, through the `metrics` facade).
const CONNECTIONS: &str = "pairprog_websocket_connections";
/// Counter of the connections that joined a room, by protocol.
const CONNECTIONS_OPENED: &str = "pairprog_websocket_connections_opened_total";
/// Histogram of the time to offer one event to every connection of its room.
const FANOUT_DURATION: &str = "pairprog_fanout_seconds";

/// The `protocol` label of a connection's metrics.
fn protocol_label(kind: ClientKind) -> &'static str {
    match kind {
        ClientKind::Json => "json",
        ClientKind::Yjs => "yjs",
    }
}

/// A connection's handle, given to the fan-out when it joins a room.
#[derive(Debug, Clone)]
pub struct Subscription {
    /// The connection's outgoing queue; when it overflows, the connection closes.
    pub queue: OutboundQueue,
    /// The protocol the connection speaks, which decides how events are encoded for it.
    pub kind: ClientKind,
    /// For a JSON connection: whether it receives presence (`presence`, `user_joined`, `user_left`) from the
    /// start. A spec client never asked for them, so they are sent only to clients that do.
    pub presence: bool,
}

struct Member {
    connection: ConnectionId,
    subscription: Subscription,
    /// Whether it receives presence messages (JSON connections that asked; see [`Subscription::presence`]).
    presence: bool,
    /// How a JSON connection receives changes (it may switch with `hello`).
    format: TextFormat,
}

/// The connections of one room, and the presence (Yjs awareness) they published.
#[derive(Default)]
struct RoomConnections {
    members: Vec<Member>,
    /// The awareness states of the room, by Yjs client ID.
    awareness: HashMap<u64, AwarenessState>,
    /// The connections that have published awareness: the first message of a connection names its own
    /// client (y-websocket's provider sends only its own state when it connects).
    announced: HashSet<ConnectionId>,
    /// States whose owner's connection closed without removing them, to remove at the deadline unless a new
    /// connection claims them first (the same client, reconnected).
    pending_removals: Vec<(u64, ConnectionId, Instant)>,
}

/// One awareness client's latest state.
struct AwarenessState {
    /// Its latest entry, as a one-entry awareness update, to replay to newcomers.
    entry: Vec<u8>,
    /// Its latest clock.
    clock: u32,
    /// The connection of the client itself: the one whose first awareness message named it. Every y-websocket
    /// client also sends back the states it receives (its provider relays every awareness change), and two
    /// providers of one browser relay each other's over a BroadcastChannel, so others publish it too; only the
    /// owner's departure removes it.
    owner: Option<ConnectionId>,
    /// The connection that first published it, against whose share it counts.
    introduced_by: ConnectionId,
    /// When it was last published, for the awareness timeout.
    renewed_at: Instant,
}

/// The most Yjs client IDs one connection may introduce to a room. A y-websocket client introduces one (a
/// second provider of its browser may introduce the other's first); the states it sends back for others do not
/// count. A connection introducing more is refused, so one client cannot make every peer hold (and, when it
/// leaves, receive the removal of) an unbounded number of presences.
pub const MAX_AWARENESS_CLIENTS_PER_CONNECTION: usize = 8;

/// How long an awareness state lives without being renewed: y-protocols' `outdatedTimeout`. Clients renew
/// theirs every 15 s.
pub const AWARENESS_TIMEOUT: Duration =
    Duration::from_millis(domain::presence::AWARENESS_TIMEOUT_MS.unsigned_abs());

/// How long the state of a client whose connection closed without removing it stays, in case the client is
/// reconnecting: y-websocket reconnects after 200 ms, with the clock it had, and its peers would not show a
/// state whose removal they received with a higher clock until two renewals (30 s) later.
pub const RECONNECT_GRACE: Duration = Duration::from_millis(500);

/// Why an awareness update was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error(
    "awareness for more than {MAX_AWARENESS_CLIENTS_PER_CONNECTION} client IDs from one connection"
)]
pub struct TooManyAwarenessClients;

impl RoomConnections {
    /// Every awareness state of the room in one message, or `None` when nobody published any.
    fn awareness_message(&self) -> Option<Outgoing> {
        if self.awareness.is_empty() {
            return None;
        }
        let updates = self.awareness.values().map(|state| state.entry.as_slice());
        Some(Outgoing::binary(merge_awareness_updates(updates)))
    }

    fn yjs_members(&self) -> impl Iterator<Item = &Member> {
        self.members
            .iter()
            .filter(|member| member.subscription.kind == ClientKind::Yjs)
    }

    /// The JSON connections that receive presence messages.
    fn presence_members(&self) -> impl Iterator<Item = &Member> {
        self.members
            .iter()
            .filter(|member| member.subscription.kind == ClientKind::Json && member.presence)
    }

    /// Removes these awareness clients and tells every Yjs connection, as y-websocket servers do for the
    /// clients of a connection that left.
    fn remove_awareness(&mut self, clients: &[u64]) {
        let gone: Vec<(u64, u32)> = clients
            .iter()
            .filter_map(|client| {
                self.awareness
                    .remove(client)
                    .map(|state| (*client, state.clock))
            })
            .collect();
        if gone.is_empty() {
            return;
        }
        let frame = Outgoing::binary(encode_awareness_removal(&gone));
        for member in self.yjs_members() {
            member.offer(frame.clone());
        }
    }

    /// How many awareness clients `connection` introduced and are still here.
    fn introduced_by(&self, connection: ConnectionId) -> usize {
        self.awareness
            .values()
            .filter(|state| state.introduced_by == connection)
            .count()
    }

    /// Whether storing `entries` from `origin` would make it introduce too many clients.
    fn would_introduce_too_many(&self, origin: ConnectionId, entries: &[AwarenessEntry]) -> bool {
        let new: HashSet<u64> = entries
            .iter()
            .filter(|entry| !entry.state_is_null && !self.awareness.contains_key(&entry.client_id))
            .map(|entry| entry.client_id)
            .collect();
        self.introduced_by(origin) + new.len() > MAX_AWARENESS_CLIENTS_PER_CONNECTION
    }

    /// Stores the states of an awareness update published by `origin`.
    fn store_awareness(&mut self, origin: ConnectionId, update: &[u8], now: Instant) {
        let first_message = self.announced.insert(origin);
        for SplitEntry {
            client_id,
            clock,
            removed,
            update: entry,
            ..
        } in split_awareness_update(update)
        {
            if removed {
                if self
                    .awareness
                    .get(&client_id)
                    .is_some_and(|state| clock >= state.clock)
                {
                    self.awareness.remove(&client_id);
                }
                continue;
            }
            let state = self
                .awareness
                .entry(client_id)
                .or_insert_with(|| AwarenessState {
                    entry: Vec::new(),
                    clock,
                    owner: None,
                    introduced_by: origin,
                    renewed_at: now,
                });
            // An older state sent back late does not replace a newer one (receivers would ignore it too).
            if clock >= state.clock || state.entry.is_empty() {
                state.entry = entry;
                state.clock = clock;
            }
            state.renewed_at = now;
            if first_message || state.owner.is_none() {
                state.owner = Some(origin);
            }
        }
    }

    /// Removes the states whose owner left and that nobody claimed within [`RECONNECT_GRACE`].
    fn remove_abandoned(&mut self, now: Instant) {
        if self.pending_removals.is_empty() {
            return;
        }
        let (due, waiting): (Vec<_>, Vec<_>) = self
            .pending_removals
            .drain(..)
            .partition(|(_, _, deadline)| *deadline <= now);
        self.pending_removals = waiting;
        let abandoned: Vec<u64> = due
            .into_iter()
            .filter(|(client, owner, _)| {
                self.awareness
                    .get(client)
                    .is_some_and(|state| state.owner == Some(*owner))
            })
            .map(|(client, _, _)| client)
            .collect();
        self.remove_awareness(&abandoned);
    }
}

impl Member {
    fn offer(&self, frame: Outgoing) {
        self.subscription.queue.offer(frame);
    }

    /// Offers a room event's frames: a JSON client's `code_update` (the whole text) replaces one still
    /// queued; a delta reader needs every change.
    fn offer_event(&self, encoded: &mut EncodedEvent<'_>) {
        match (self.subscription.kind, self.format) {
            (ClientKind::Json, TextFormat::Full) => {
                if let Some(frame) = encoded.full_text() {
                    self.subscription.queue.offer_latest(frame);
                }
            }
            (ClientKind::Json, TextFormat::Delta) => {
                for frame in encoded.deltas() {
                    self.subscription.queue.offer(frame.clone());
                }
            }
            (ClientKind::Yjs, _) => {
                self.subscription.queue.offer(encoded.yjs());
            }
        }
    }
}

/// The connections of every room served by this process.
#[derive(Default)]
pub struct LocalBroadcaster {
    rooms: RwLock<HashMap<RoomId, RoomConnections>>,
}

impl LocalBroadcaster {
    /// No rooms, no connections.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// How many connections the room has.
    pub fn connections_in(&self, room: &RoomId) -> usize {
        self.rooms
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(room)
            .map_or(0, |room| room.members.len())
    }

    /// Relays a Yjs client's awareness update (presence: cursors, names) to the room's other Yjs clients, and
    /// keeps it for clients that join later. A reader that has not taken the origin's previous message yet gets
    /// this one in its place: presence bursts never pile up in a reader's queue.
    ///
    /// # Errors
    /// [`TooManyAwarenessClients`] when the update would make `origin` speak for more than
    /// [`MAX_AWARENESS_CLIENTS_PER_CONNECTION`] clients; nothing is relayed then.
    pub fn relay_awareness(
        &self,
        room: &RoomId,
        origin: ConnectionId,
        update: &[u8],
        entries: &[AwarenessEntry],
    ) -> Result<(), TooManyAwarenessClients> {
        let mut rooms = self.rooms.write().unwrap_or_else(PoisonError::into_inner);
        let Some(connections) = rooms.get_mut(room) else {
            return Ok(());
        };
        if connections.would_introduce_too_many(origin, entries) {
            return Err(TooManyAwarenessClients);
        }
        connections.store_awareness(origin, update, Instant::now());
        let frame = Outgoing::binary(encode_awareness(update));
        // Back to the sender too, as the reference server does: a y-websocket client that hears nothing for
        // 30 s reconnects, and the awareness renewal it sends every 15 s is then what a lone client hears.
        for member in connections.yjs_members() {
            member
                .subscription
                .queue
                .offer_keyed(frame.clone(), Key::Awareness(origin.get()));
        }
        Ok(())
    }

    /// Removes the awareness states of clients that left without removing them and did not come back within
    /// [`RECONNECT_GRACE`], and, when `check_timeouts`, those nobody renewed for [`AWARENESS_TIMEOUT`] (a client
    /// that vanished without closing); tells the room's Yjs clients. For the server to call a few times a
    /// second.
    pub fn tick_awareness(&self, check_timeouts: bool) {
        self.tick_awareness_at(Instant::now(), check_timeouts);
    }

    fn tick_awareness_at(&self, now: Instant, check_timeouts: bool) {
        let mut rooms = self.rooms.write().unwrap_or_else(PoisonError::into_inner);
        for connections in rooms.values_mut() {
            connections.remove_abandoned(now);
            if !check_timeouts {
                continue;
            }
            let expired: Vec<u64> = connections
                .awareness
                .iter()
                .filter(|(_, state)| now.duration_since(state.renewed_at) >= AWARENESS_TIMEOUT)
                .map(|(client, _)| *client)
                .collect();
            connections.remove_awareness(&expired);
        }
    }

    /// The presence the room's connections published, as one awareness message (`None` when there is none),
    /// for a client that asks for it.
    pub fn awareness_message(&self, room: &RoomId) -> Option<Outgoing> {
        let rooms = self.rooms.read().unwrap_or_else(PoisonError::into_inner);
        rooms.get(room).and_then(RoomConnections::awareness_message)
    }

    /// Sets how a JSON connection receives changes, and queues `announcement` (the answer to its `hello`):
    /// every event before it reaches the connection in the old format, every one after it in `format`.
    pub fn set_format(
        &self,
        room: &RoomId,
        connection: ConnectionId,
        format: TextFormat,
        announcement: Outgoing,
    ) {
        let mut rooms = self.rooms.write().unwrap_or_else(PoisonError::into_inner);
        if let Some(member) = rooms.get_mut(room).and_then(|connections| {
            connections
                .members
                .iter_mut()
                .find(|member| member.connection == connection)
        }) {
            member.format = format;
            member.offer(announcement);
        }
    }

    /// Starts sending presence messages to a JSON connection; returns whether it did not receive them yet.
    pub fn enable_presence(&self, room: &RoomId, connection: ConnectionId) -> bool {
        let mut rooms = self.rooms.write().unwrap_or_else(PoisonError::into_inner);
        rooms
            .get_mut(room)
            .and_then(|connections| {
                connections
                    .members
                    .iter_mut()
                    .find(|member| member.connection == connection)
            })
            .is_some_and(|member| !std::mem::replace(&mut member.presence, true))
    }

    /// How a connection receives changes (the spec's whole text unless it asked for deltas).
    pub fn format_of(&self, room: &RoomId, connection: ConnectionId) -> TextFormat {
        self.rooms
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(room)
            .and_then(|connections| {
                connections
                    .members
                    .iter()
                    .find(|member| member.connection == connection)
            })
            .map_or(TextFormat::Full, |member| member.format)
    }

    /// How full the fullest queue of the room's other connections is (see [`OutboundQueue::fill`]): a sender
    /// that outpaces its readers is held back by it.
    pub fn readers_backlog(&self, room: &RoomId, sender: ConnectionId) -> f64 {
        let rooms = self.rooms.read().unwrap_or_else(PoisonError::into_inner);
        rooms.get(room).map_or(0.0, |connections| {
            connections
                .members
                .iter()
                .filter(|member| member.connection != sender)
                .map(|member| member.subscription.queue.fill())
                .fold(0.0, f64::max)
        })
    }

    /// How many rooms have at least one connection.
    pub fn room_count(&self) -> usize {
        self.rooms
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .len()
    }
}

/// An event encoded for each protocol, each at most once however many connections receive it.
struct EncodedEvent<'a> {
    update: &'a DocumentUpdate,
    full_text: Option<Option<Outgoing>>,
    deltas: Option<Vec<Outgoing>>,
    yjs: Option<Outgoing>,
}

impl<'a> EncodedEvent<'a> {
    /// The encodings of an `Updated` event (others have their own).
    fn new(update: &'a DocumentUpdate) -> Self {
        Self {
            update,
            full_text: None,
            deltas: None,
            yjs: None,
        }
    }

    /// The spec's `code_update` with the whole text, or `None` when the text did not change.
    fn full_text(&mut self) -> Option<Outgoing> {
        self.full_text
            .get_or_insert_with(|| {
                self.update.code.as_ref().map(|code| {
                    let message = ServerMessage::CodeUpdate {
                        code: &code.code,
                        timestamp: code.timestamp.as_millis(),
                        version: code.version,
                        ack_seq: None,
                    };
                    Outgoing::text(message.to_json())
                })
            })
            .clone()
    }

    /// One `edit` per version the event made (none when the text did not change): a delta reader's frames,
    /// whose size is the change's, not the text's.
    fn deltas(&mut self) -> &[Outgoing] {
        self.deltas.get_or_insert_with(|| {
            let Some(code) = &self.update.code else {
                return Vec::new();
            };
            (code.previous_version..)
                .zip(code.changes.iter())
                .map(|(base_version, change)| {
                    let replacements = change.replacements();
                    let changes: Vec<ReplacementJson<'_>> = replacements
                        .iter()
                        .map(|replacement| ReplacementJson {
                            from: replacement.from,
                            to: replacement.to,
                            insert: &replacement.insert,
                        })
                        .collect();
                    let message = ServerMessage::Edit {
                        changes: &changes,
                        base_version,
                        version: base_version + 1,
                        timestamp: code.timestamp.as_millis(),
                    };
                    Outgoing::text(message.to_json())
                })
                .collect()
        })
    }

    fn yjs(&mut self) -> Outgoing {
        self.yjs
            .get_or_insert_with(|| {
                let message = Message::Sync(SyncMessage::Update(self.update.update.to_vec()));
                Outgoing::binary(message.encode_v1())
            })
            .clone()
    }
}

/// The first frames a new connection receives: the spec's `initial_state` for JSON clients, sync step 1 with
/// the room's state vector for Yjs clients.
fn initial_frame(room: &RoomId, kind: ClientKind, snapshot: &RoomSnapshot) -> Outgoing {
    match kind {
        ClientKind::Json => {
            let initial = ServerMessage::InitialState {
                code: &snapshot.code,
                room_id: room.as_str(),
                version: snapshot.version,
            };
            Outgoing::text(initial.to_json())
        }
        ClientKind::Yjs => {
            // The snapshot's state vector was encoded by the document itself, so it decodes; an empty one
            // (a fresh document) asks for everything, which is also correct.
            let state_vector = StateVector::decode_v1(&snapshot.state_vector).unwrap_or_default();
            Outgoing::binary(Message::Sync(SyncMessage::SyncStep1(state_vector)).encode_v1())
        }
    }
}

impl Broadcaster for LocalBroadcaster {
    type Subscriber = Subscription;

    fn subscribe(
        &self,
        room: &RoomId,
        connection: ConnectionId,
        subscription: Subscription,
        snapshot: &RoomSnapshot,
    ) {
        let member = Member {
            connection,
            presence: subscription.presence,
            subscription,
            format: TextFormat::Full,
        };
        member.offer(initial_frame(room, member.subscription.kind, snapshot));
        // Every map operation below leaves the map consistent, so a poisoned lock is still safe to use.
        let mut rooms = self.rooms.write().unwrap_or_else(PoisonError::into_inner);
        let connections = rooms.entry(room.clone()).or_default();
        // The room's presence in one message: a room of hundreds of clients does not fill a newcomer's queue.
        if member.subscription.kind == ClientKind::Yjs
            && let Some(presence) = connections.awareness_message()
        {
            member.offer(presence);
        }
        ::metrics::gauge!(CONNECTIONS, "protocol" => protocol_label(member.subscription.kind))
            .increment(1.0);
        ::metrics::counter!(CONNECTIONS_OPENED, "protocol" => protocol_label(member.subscription.kind))
            .increment(1);
        connections.members.push(member);
    }

    fn unsubscribe(&self, room: &RoomId, connection: ConnectionId) {
        let mut rooms = self.rooms.write().unwrap_or_else(PoisonError::into_inner);
        let Some(connections) = rooms.get_mut(room) else {
            return;
        };
        let mut kind = None;
        connections.members.retain(|member| {
            let leaving = member.connection == connection;
            if leaving {
                kind = Some(member.subscription.kind);
                ::metrics::gauge!(CONNECTIONS, "protocol" => protocol_label(member.subscription.kind))
                    .decrement(1.0);
            }
            !leaving
        });
        // The users this connection spoke for are gone, unless they come back at once (a reconnect): the others
        // are told after the grace, as a y-websocket server tells them at once. A client that leaves
        // properly (a y-websocket provider being destroyed) removes its own state before closing.
        connections.announced.remove(&connection);
        let deadline = Instant::now() + RECONNECT_GRACE;
        let abandoned: Vec<(u64, ConnectionId, Instant)> = connections
            .awareness
            .iter()
            .filter(|(_, state)| state.owner == Some(connection))
            .map(|(client, _)| (*client, connection, deadline))
            .collect();
        if kind == Some(ClientKind::Json) {
            // A JSON client's mirror: a reconnect gets another one.
            let mirrors: Vec<u64> = abandoned.iter().map(|(client, _, _)| *client).collect();
            connections.remove_awareness(&mirrors);
        } else {
            connections.pending_removals.extend(abandoned);
        }
        if connections.members.is_empty() {
            rooms.remove(room);
        }
    }

    fn publish(&self, room: &RoomId, event: &RoomEvent) {
        let started = std::time::Instant::now();
        if let RoomEvent::Mirrored(mirror) = event {
            self.mirror(room, mirror);
            return;
        }
        let origin = event.origin();
        let rooms = self.rooms.read().unwrap_or_else(PoisonError::into_inner);
        let Some(connections) = rooms.get(room) else {
            return;
        };
        match event {
            RoomEvent::Updated(_) => {
                let mut recipients = connections
                    .members
                    .iter()
                    .filter(|member| Some(member.connection) != origin)
                    .peekable();
                if recipients.peek().is_none() {
                    return;
                }
                let RoomEvent::Updated(update) = event else {
                    return;
                };
                let mut encoded = EncodedEvent::new(update);
                for member in recipients {
                    member.offer_event(&mut encoded);
                }
                ::metrics::histogram!(FANOUT_DURATION).record(started.elapsed());
            }
            RoomEvent::Joined(participant) | RoomEvent::Left(participant) => {
                let mut frame = None;
                for member in connections
                    .presence_members()
                    .filter(|member| Some(member.connection) != origin)
                {
                    let frame = frame.get_or_insert_with(|| match event {
                        RoomEvent::Joined(_) => presence_json::user_joined(participant),
                        _ => presence_json::user_left(participant),
                    });
                    member.offer(frame.clone());
                }
            }
            RoomEvent::Presence(list) => match list.recipients {
                Recipients::All { except } => {
                    let mut frame = None;
                    for member in connections
                        .presence_members()
                        .filter(|member| Some(member.connection) != except)
                    {
                        let frame =
                            frame.get_or_insert_with(|| presence_json::presence_list(list, None));
                        member
                            .subscription
                            .queue
                            .offer_keyed(frame.clone(), Key::Presence);
                    }
                }
                Recipients::Newcomer(newcomer) => {
                    if let Some(member) = connections
                        .presence_members()
                        .find(|member| member.connection == newcomer)
                    {
                        let frame = presence_json::presence_list(list, Some(newcomer));
                        member.subscription.queue.offer_keyed(frame, Key::Presence);
                    }
                }
            },
            RoomEvent::Mirrored(_) => {}
        }
    }

    /// JSON clients get `version_saved` or `restored`; Yjs clients have no such message (they see a restore as
    /// the ordinary update before it).
    fn announce(&self, room: &RoomId, announcement: &Announcement) {
        let message = match announcement {
            Announcement::VersionSaved(summary) => ServerMessage::VersionSaved {
                version: VersionJson::from(summary),
            },
            Announcement::Restored {
                version,
                before,
                room_version,
            } => ServerMessage::Restored {
                version: VersionJson::from(version),
                before: VersionJson::from(before),
                room_version: *room_version,
            },
        };
        let rooms = self.rooms.read().unwrap_or_else(PoisonError::into_inner);
        let Some(connections) = rooms.get(room) else {
            return;
        };
        let frame = Outgoing::text(message.to_json());
        for member in connections
            .members
            .iter()
            .filter(|member| member.subscription.kind == ClientKind::Json)
        {
            member.offer(frame.clone());
        }
    }

    fn close_room(&self, room: &RoomId) {
        let rooms = self.rooms.read().unwrap_or_else(PoisonError::into_inner);
        let Some(connections) = rooms.get(room) else {
            return;
        };
        let error = Outgoing::text(
            ServerMessage::Error {
                message: "Room not found",
            }
            .to_json(),
        );
        for member in &connections.members {
            if member.subscription.kind == ClientKind::Json {
                member.offer(error.clone());
            }
            member.subscription.queue.close();
        }
    }
}

impl LocalBroadcaster {
    /// Stores a JSON participant's mirrored presence as its awareness state and sends it to the Yjs clients.
    fn mirror(&self, room: &RoomId, mirror: &PresenceMirror) {
        let update = presence_json::mirror_update(mirror);
        let mut rooms = self.rooms.write().unwrap_or_else(PoisonError::into_inner);
        let Some(connections) = rooms.get_mut(room) else {
            return;
        };
        // Only while the mirrored connection is in the room: its departure removes the state.
        if !connections
            .members
            .iter()
            .any(|member| member.connection == mirror.connection)
        {
            return;
        }
        connections.store_awareness(mirror.connection, &update, Instant::now());
        let frame = Outgoing::binary(encode_awareness(&update));
        for member in connections.yjs_members() {
            member
                .subscription
                .queue
                .offer_keyed(frame.clone(), Key::Awareness(mirror.client_id));
        }
    }
}

#[cfg(test)]
mod tests {
    use std::{collections::VecDeque, sync::Arc};

    use domain::{Timestamp, event::CodeUpdate, text_change::TextChange};

    use super::*;
    use crate::outbound::{self, OutboundFrames};

    /// A connection's side of its queue, as the fan-out filled it.
    struct Inbox {
        queue: OutboundQueue,
        frames: OutboundFrames,
        taken: VecDeque<Outgoing>,
    }

    impl Inbox {
        /// The next message's kind (`TEXT` or `BINARY`) and payload.
        fn next(&mut self) -> Option<(u8, Vec<u8>)> {
            if self.taken.is_empty() {
                self.taken = self.frames.take_now();
            }
            let message = self.taken.pop_front()?;
            let kind = match message {
                Outgoing::Text(_) => TEXT,
                Outgoing::Binary(_) => BINARY,
            };
            Some((kind, message.payload().to_vec()))
        }

        fn overflowed(&self) -> bool {
            self.queue.overflowed()
        }
    }

    /// Subscribes connection `id` of `kind` to `room` with a queue of `capacity` frames, starting from an
    /// empty document; returns its inbox, the initial frame already taken.
    fn join(
        broadcaster: &LocalBroadcaster,
        room: &RoomId,
        id: u64,
        kind: ClientKind,
        capacity: usize,
    ) -> Inbox {
        let (queue, frames) = outbound::channel(capacity, usize::MAX);
        let subscription = Subscription {
            queue: queue.clone(),
            kind,
            presence: true,
        };
        let snapshot = RoomSnapshot {
            code: Arc::from(""),
            version: 0,
            state_vector: Vec::new(),
        };
        broadcaster.subscribe(room, ConnectionId::new(id), subscription, &snapshot);
        let mut inbox = Inbox {
            queue,
            frames,
            taken: VecDeque::new(),
        };
        let initial = inbox.next().expect("the initial frame comes first");
        match (kind, initial) {
            (ClientKind::Json, (TEXT, text)) => {
                assert!(String::from_utf8_lossy(&text).contains("initial_state"));
            }
            (ClientKind::Yjs, (BINARY, _)) => {}
            (kind, other) => panic!("unexpected initial frame for {kind:?}: {other:?}"),
        }
        inbox
    }

    const TEXT: u8 = 1;
    const BINARY: u8 = 2;

    fn room() -> RoomId {
        RoomId::parse("room1").expect("valid")
    }

    fn update(origin: u64, code: &str) -> RoomEvent {
        let origin = ConnectionId::new(origin);
        RoomEvent::Updated(DocumentUpdate {
            update: Arc::from(&b"update"[..]),
            code: Some(CodeUpdate {
                code: Arc::from(code),
                timestamp: Timestamp::from_millis(1),
                version: 1,
                previous_version: 0,
                changes: Arc::from([TextChange::diff("", code)]),
                origin,
            }),
            origin,
        })
    }

    fn text(frame: Option<(u8, Vec<u8>)>) -> String {
        match frame {
            Some((TEXT, text)) => String::from_utf8(text).expect("UTF-8"),
            other => panic!("expected a text frame, got {other:?}"),
        }
    }

    fn presence(client_id: u64, clock: u32, state_is_null: bool) -> AwarenessEntry {
        AwarenessEntry {
            client_id,
            clock,
            state_is_null,
        }
    }

    #[test]
    fn events_reach_everyone_but_their_origin_after_the_initial_state() {
        let broadcaster = LocalBroadcaster::new();
        let mut first = join(&broadcaster, &room(), 1, ClientKind::Json, 4);
        let mut second = join(&broadcaster, &room(), 2, ClientKind::Json, 4);
        broadcaster.publish(&room(), &update(1, "new"));
        assert!(
            first.next().is_none(),
            "the origin must not get its own update"
        );
        assert!(text(second.next()).contains(r#""code":"new""#));
    }

    #[test]
    fn a_full_queue_marks_only_that_connection_overflowed() {
        let broadcaster = LocalBroadcaster::new();
        let slow = join(&broadcaster, &room(), 1, ClientKind::Yjs, 1);
        let mut fast = join(&broadcaster, &room(), 2, ClientKind::Yjs, 8);
        broadcaster.publish(&room(), &update(3, "a"));
        broadcaster.publish(&room(), &update(3, "ab"));
        assert!(slow.overflowed());
        assert!(!fast.overflowed());
        assert!(matches!(fast.next(), Some((BINARY, _))));
        assert!(matches!(fast.next(), Some((BINARY, _))));
    }

    #[test]
    fn a_json_client_behind_gets_the_newest_text_instead_of_every_one() {
        let broadcaster = LocalBroadcaster::new();
        let mut behind = join(&broadcaster, &room(), 1, ClientKind::Json, 1);
        broadcaster.publish(&room(), &update(3, "a"));
        broadcaster.publish(&room(), &update(3, "ab"));
        broadcaster.publish(&room(), &update(3, "abc"));
        assert!(!behind.overflowed());
        assert!(text(behind.next()).contains(r#""code":"abc""#));
        assert!(behind.next().is_none());
    }

    #[test]
    fn awareness_goes_to_every_yjs_client_including_its_sender_and_not_to_json_clients() {
        let broadcaster = LocalBroadcaster::new();
        let mut sender = join(&broadcaster, &room(), 1, ClientKind::Yjs, 8);
        let mut other = join(&broadcaster, &room(), 2, ClientKind::Yjs, 8);
        let mut json = join(&broadcaster, &room(), 3, ClientKind::Json, 8);
        broadcaster
            .relay_awareness(
                &room(),
                ConnectionId::new(1),
                b"awareness",
                &[presence(7, 1, false)],
            )
            .expect("one client");
        assert!(
            matches!(sender.next(), Some((BINARY, _))),
            "renewals keep a lone client alive"
        );
        assert!(matches!(other.next(), Some((BINARY, _))));
        assert!(json.next().is_none(), "JSON clients do not speak awareness");
    }

    /// Client `client_id`'s state at `clock`, as a Yjs client sends it.
    fn state(client_id: u64, clock: u32) -> Vec<u8> {
        crate::yjs_protocol::encode_awareness_state(client_id, clock, r#"{"user":{"name":"a"}}"#)
    }

    /// The client IDs an awareness message removes.
    fn removed(frame: &[u8]) -> Vec<u64> {
        let Ok(messages) =
            crate::yjs_protocol::decode_frame(frame, &crate::yjs_protocol::DecodeLimits::default())
        else {
            return Vec::new();
        };
        messages
            .into_iter()
            .flat_map(|message| match message {
                crate::yjs_protocol::IncomingMessage::Awareness { entries, .. } => entries,
                _ => Vec::new(),
            })
            .filter(|entry| entry.state_is_null)
            .map(|entry| entry.client_id)
            .collect()
    }

    #[test]
    fn a_state_relayed_first_by_another_connection_goes_when_its_owner_leaves() {
        let broadcaster = LocalBroadcaster::new();
        let _owner = join(&broadcaster, &room(), 1, ClientKind::Yjs, 8);
        let _relay = join(&broadcaster, &room(), 2, ClientKind::Yjs, 8);
        let mut watcher = join(&broadcaster, &room(), 3, ClientKind::Yjs, 8);
        // The relay announces itself (8), then relays the owner's state (7) before the owner's own arrives.
        for (connection, client, clock) in [(2, 8, 1), (2, 7, 1), (1, 7, 1), (1, 7, 2), (2, 7, 2)] {
            broadcaster
                .relay_awareness(
                    &room(),
                    ConnectionId::new(connection),
                    &state(client, clock),
                    &[presence(client, clock, false)],
                )
                .expect("one client");
        }
        while watcher.next().is_some() {}
        broadcaster.unsubscribe(&room(), ConnectionId::new(1));
        broadcaster.tick_awareness_at(Instant::now(), false);
        assert!(
            watcher.next().is_none(),
            "kept for a moment, in case it reconnects"
        );
        broadcaster.tick_awareness_at(Instant::now() + RECONNECT_GRACE, false);
        let (_, frame) = watcher.next().expect("a removal");
        assert_eq!(removed(&frame), [7]);
        // The relay's own state goes when it leaves.
        broadcaster.unsubscribe(&room(), ConnectionId::new(2));
        broadcaster.tick_awareness_at(Instant::now() + RECONNECT_GRACE, false);
        let (_, frame) = watcher.next().expect("a removal");
        assert_eq!(removed(&frame), [8]);
        assert!(
            broadcaster.awareness_message(&room()).is_none(),
            "nothing left to replay"
        );
    }

    #[test]
    fn a_client_that_reconnects_within_the_grace_is_never_removed() {
        let broadcaster = LocalBroadcaster::new();
        let _first = join(&broadcaster, &room(), 1, ClientKind::Yjs, 8);
        let mut watcher = join(&broadcaster, &room(), 2, ClientKind::Yjs, 8);
        broadcaster
            .relay_awareness(
                &room(),
                ConnectionId::new(1),
                &state(7, 5),
                &[presence(7, 5, false)],
            )
            .expect("one client");
        broadcaster.unsubscribe(&room(), ConnectionId::new(1));
        let _again = join(&broadcaster, &room(), 3, ClientKind::Yjs, 8);
        broadcaster
            .relay_awareness(
                &room(),
                ConnectionId::new(3),
                &state(7, 5),
                &[presence(7, 5, false)],
            )
            .expect("one client");
        broadcaster.tick_awareness_at(Instant::now() + RECONNECT_GRACE, false);
        while let Some((_, frame)) = watcher.next() {
            assert!(removed(&frame).is_empty(), "no removal was sent");
        }
        // Its new connection owns it now.
        broadcaster.unsubscribe(&room(), ConnectionId::new(3));
        broadcaster.tick_awareness_at(Instant::now() + RECONNECT_GRACE, false);
        assert_eq!(removed(&watcher.next().expect("a removal").1), [7]);
    }

    #[test]
    fn states_sent_back_by_other_clients_do_not_count_against_them() {
        let broadcaster = LocalBroadcaster::new();
        let _echoer = join(&broadcaster, &room(), 1, ClientKind::Yjs, 64);
        let mut others = Vec::new();
        for connection in 2..=20 {
            others.push(join(&broadcaster, &room(), connection, ClientKind::Yjs, 64));
            broadcaster
                .relay_awareness(
                    &room(),
                    ConnectionId::new(connection),
                    &state(connection, 1),
                    &[presence(connection, 1, false)],
                )
                .expect("its own");
        }
        broadcaster
            .relay_awareness(
                &room(),
                ConnectionId::new(1),
                &state(1, 1),
                &[presence(1, 1, false)],
            )
            .expect("its own");
        // A y-websocket client sends back every state it receives: nineteen clients it did not introduce.
        let echoed: Vec<AwarenessEntry> =
            (2..=20).map(|client| presence(client, 1, false)).collect();
        assert_eq!(
            broadcaster.relay_awareness(&room(), ConnectionId::new(1), b"\x00", &echoed),
            Ok(())
        );
        // Its departure removes its own state only.
        broadcaster.unsubscribe(&room(), ConnectionId::new(1));
        broadcaster.tick_awareness_at(Instant::now() + RECONNECT_GRACE, false);
        let removals: Vec<u64> = std::iter::from_fn(|| others[0].next())
            .flat_map(|(_, frame)| removed(&frame))
            .collect();
        assert_eq!(removals, [1]);
    }

    #[test]
    fn states_nobody_renews_expire() {
        let broadcaster = LocalBroadcaster::new();
        let _owner = join(&broadcaster, &room(), 1, ClientKind::Yjs, 8);
        let mut watcher = join(&broadcaster, &room(), 2, ClientKind::Yjs, 8);
        broadcaster
            .relay_awareness(
                &room(),
                ConnectionId::new(1),
                &state(7, 1),
                &[presence(7, 1, false)],
            )
            .expect("one client");
        while watcher.next().is_some() {}
        broadcaster.tick_awareness(true);
        assert!(watcher.next().is_none(), "a fresh state stays");
        broadcaster.tick_awareness_at(Instant::now() + AWARENESS_TIMEOUT, true);
        let (_, frame) = watcher.next().expect("a removal");
        assert_eq!(removed(&frame), [7]);
    }

    #[test]
    fn a_connection_speaks_for_a_bounded_number_of_clients_and_its_burst_does_not_fill_readers() {
        let broadcaster = LocalBroadcaster::new();
        let mut reader = join(&broadcaster, &room(), 1, ClientKind::Yjs, 4);
        let _sender = join(&broadcaster, &room(), 2, ClientKind::Yjs, 4);
        // A burst of presence from one connection: the reader's queue of 4 holds only the newest.
        for clock in 0..1000 {
            broadcaster
                .relay_awareness(
                    &room(),
                    ConnectionId::new(2),
                    b"\x01",
                    &[presence(9, clock, false)],
                )
                .expect("one client");
        }
        assert!(!reader.overflowed());
        assert!(reader.next().is_some());
        assert!(reader.next().is_none(), "one message for the whole burst");
        let too_many: Vec<AwarenessEntry> = (0..=MAX_AWARENESS_CLIENTS_PER_CONNECTION as u64)
            .map(|client| presence(100 + client, 1, false))
            .collect();
        assert_eq!(
            broadcaster.relay_awareness(&room(), ConnectionId::new(2), b"\x09", &too_many),
            Err(TooManyAwarenessClients)
        );
        assert!(reader.next().is_none(), "a refused update is not relayed");
    }

    #[test]
    fn the_last_unsubscribe_leaves_no_room_entry() {
        let broadcaster = LocalBroadcaster::new();
        let _connection = join(&broadcaster, &room(), 1, ClientKind::Json, 2);
        assert_eq!(broadcaster.room_count(), 1);
        broadcaster.unsubscribe(&room(), ConnectionId::new(1));
        assert_eq!(broadcaster.room_count(), 0);
    }
}
