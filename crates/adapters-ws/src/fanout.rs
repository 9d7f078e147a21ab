//! The per-room fan-out: who is connected to which room, and delivery of each event to all of them.
//!
//! An event is encoded once per protocol into a message payload (shared bytes, so handing it to another
//! connection is a reference count), then offered to each connection's bounded queue under a read lock: a
//! slow connection never slows the room. A connection whose queue is full is marked overflowed and
//! disconnected by its own task; its client reconnects and starts again from the room's current state, losing
//! nothing that was stored.

use std::{
    collections::HashMap,
    sync::{PoisonError, RwLock},
};

use domain::{
    ClientKind, ConnectionId, RoomEvent, RoomId,
    event::{Announcement, DocumentUpdate, RoomSnapshot},
    ports::Broadcaster,
};
use yrs::{
    StateVector,
    sync::{Message, SyncMessage},
    updates::{decoder::Decode, encoder::Encode},
};

use crate::{
    outbound::{Key, OutboundQueue, Outgoing},
    protocol::{ReplacementJson, ServerMessage, TextFormat, VersionJson},
    yjs_protocol::{
        AwarenessEntry, encode_awareness, encode_awareness_removal, merge_awareness_updates,
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
}

struct Member {
    connection: ConnectionId,
    subscription: Subscription,
    /// How a JSON connection receives changes (it may switch with `hello`).
    format: TextFormat,
}

/// The connections of one room, and the presence (Yjs awareness) they published.
#[derive(Default)]
struct RoomConnections {
    members: Vec<Member>,
    awareness: HashMap<ConnectionId, PublishedAwareness>,
}

/// What one connection last published about its users' presence.
struct PublishedAwareness {
    /// The last awareness update it sent (the update, without the message header), to replay to newcomers.
    update: Vec<u8>,
    /// The Yjs client IDs it speaks for, with their latest clocks.
    clients: HashMap<u64, u32>,
}

/// The most Yjs client IDs one connection may speak for in awareness. A y-websocket client uses one (two
/// providers of one browser that share states over a BroadcastChannel may relay each other's); a connection
/// claiming more is refused, so one client cannot make every peer hold (and, when it leaves, receive the
/// removal of) an unbounded number of presences.
pub const MAX_AWARENESS_CLIENTS_PER_CONNECTION: usize = 8;

/// Why an awareness update was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error(
    "awareness for more than {MAX_AWARENESS_CLIENTS_PER_CONNECTION} client IDs from one connection"
)]
pub struct TooManyAwarenessClients;

impl RoomConnections {
    /// Every connection's last awareness update in one message, or `None` when nobody published any.
    fn awareness_message(&self) -> Option<Outgoing> {
        if self.awareness.is_empty() {
            return None;
        }
        let updates = self
            .awareness
            .values()
            .map(|published| published.update.as_slice());
        Some(Outgoing::binary(merge_awareness_updates(updates)))
    }

    fn yjs_members_except(&self, origin: ConnectionId) -> impl Iterator<Item = &Member> {
        self.members.iter().filter(move |member| {
            member.connection != origin && member.subscription.kind == ClientKind::Yjs
        })
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
        // A connection speaks only for its own users: a state for a Yjs client ID another connection publishes
        // (which could, for one, clear someone else's presence) is not relayed.
        let claimed_elsewhere = connections.awareness.iter().any(|(connection, published)| {
            *connection != origin
                && entries
                    .iter()
                    .any(|entry| published.clients.contains_key(&entry.client_id))
        });
        if claimed_elsewhere {
            tracing::debug!(%room, "ignoring an awareness update for another connection's users");
            return Ok(());
        }
        let mut clients = connections
            .awareness
            .get(&origin)
            .map(|published| published.clients.clone())
            .unwrap_or_default();
        for entry in entries {
            if entry.state_is_null {
                clients.remove(&entry.client_id);
            } else {
                clients.insert(entry.client_id, entry.clock);
            }
        }
        if clients.len() > MAX_AWARENESS_CLIENTS_PER_CONNECTION {
            return Err(TooManyAwarenessClients);
        }
        connections.awareness.insert(
            origin,
            PublishedAwareness {
                update: update.to_vec(),
                clients,
            },
        );
        let frame = Outgoing::binary(encode_awareness(update));
        // Back to the sender too, as the reference server does: a y-websocket client that hears nothing for
        // 30 s reconnects, and the awareness renewal it sends every 15 s is then what a lone client hears.
        for member in connections
            .members
            .iter()
            .filter(|member| member.subscription.kind == ClientKind::Yjs)
        {
            member
                .subscription
                .queue
                .offer_keyed(frame.clone(), Key::Awareness(origin.get()));
        }
        Ok(())
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
    fn new(event: &'a RoomEvent) -> Self {
        let RoomEvent::Updated(update) = event;
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
        connections.members.retain(|member| {
            let leaving = member.connection == connection;
            if leaving {
                ::metrics::gauge!(CONNECTIONS, "protocol" => protocol_label(member.subscription.kind))
                    .decrement(1.0);
            }
            !leaving
        });
        // The users this connection spoke for are gone: tell the others, as a y-websocket server does.
        if let Some(published) = connections.awareness.remove(&connection)
            && !published.clients.is_empty()
        {
            let gone: Vec<(u64, u32)> = published.clients.into_iter().collect();
            let frame = Outgoing::binary(encode_awareness_removal(&gone));
            for member in connections.yjs_members_except(connection) {
                member.offer(frame.clone());
            }
        }
        if connections.members.is_empty() {
            rooms.remove(room);
        }
    }

    fn publish(&self, room: &RoomId, event: &RoomEvent) {
        let started = std::time::Instant::now();
        let origin = event.origin();
        let rooms = self.rooms.read().unwrap_or_else(PoisonError::into_inner);
        let Some(connections) = rooms.get(room) else {
            return;
        };
        let mut recipients = connections
            .members
            .iter()
            .filter(|member| Some(member.connection) != origin)
            .peekable();
        if recipients.peek().is_none() {
            return;
        }
        let mut encoded = EncodedEvent::new(event);
        for member in recipients {
            member.offer_event(&mut encoded);
        }
        ::metrics::histogram!(FANOUT_DURATION).record(started.elapsed());
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

    #[test]
    fn a_connection_cannot_speak_for_another_connections_users() {
        let broadcaster = LocalBroadcaster::new();
        let mut honest = join(&broadcaster, &room(), 1, ClientKind::Yjs, 8);
        let _intruder = join(&broadcaster, &room(), 2, ClientKind::Yjs, 8);
        broadcaster
            .relay_awareness(
                &room(),
                ConnectionId::new(1),
                b"here",
                &[presence(7, 1, false)],
            )
            .expect("one client");
        assert!(honest.next().is_some(), "its own state comes back");
        broadcaster
            .relay_awareness(
                &room(),
                ConnectionId::new(2),
                b"gone",
                &[presence(7, 2, true)],
            )
            .expect("ignored, not refused");
        assert!(
            honest.next().is_none(),
            "a removal of client 7 by another connection is not relayed"
        );
        assert!(broadcaster.awareness_message(&room()).is_some());
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
