//! The per-room fan-out: who is connected to which room, and delivery of each event to all of them.
//!
//! An event is encoded once per protocol into a complete WebSocket frame (`Bytes`, so handing it to another
//! connection is a reference count), then offered to each connection's bounded queue under a read lock: a
//! slow connection never slows the room. A connection whose queue is full is marked overflowed and
//! disconnected by its own task; its client reconnects and starts again from the room's current state, losing
//! nothing that was stored.

use std::{
    collections::HashMap,
    sync::{PoisonError, RwLock},
};

use bytes::Bytes;
use domain::{
    ClientKind, ConnectionId, RoomEvent, RoomId,
    event::{DocumentUpdate, RoomSnapshot},
    ports::Broadcaster,
};
use yrs::{
    StateVector,
    sync::{Message, SyncMessage},
    updates::{decoder::Decode, encoder::Encode},
};

use crate::{
    outbound::OutboundQueue,
    protocol::{ReplacementJson, ServerMessage, TextFormat},
    websocket::frame,
    yjs_protocol::{AwarenessEntry, encode_awareness, encode_awareness_removal},
};

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
    /// The last awareness message it sent, as a WebSocket frame ready to replay to newcomers.
    frame: Bytes,
    /// The Yjs client IDs it speaks for, with their latest clocks.
    clients: HashMap<u64, u32>,
}

impl RoomConnections {
    fn yjs_members_except(&self, origin: ConnectionId) -> impl Iterator<Item = &Member> {
        self.members.iter().filter(move |member| {
            member.connection != origin && member.subscription.kind == ClientKind::Yjs
        })
    }
}

impl Member {
    fn offer(&self, frame: Bytes) {
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
    /// keeps it for clients that join later.
    pub fn relay_awareness(
        &self,
        room: &RoomId,
        origin: ConnectionId,
        update: &[u8],
        entries: &[AwarenessEntry],
    ) {
        let frame = frame::binary(&encode_awareness(update));
        let mut rooms = self.rooms.write().unwrap_or_else(PoisonError::into_inner);
        let Some(connections) = rooms.get_mut(room) else {
            return;
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
            return;
        }
        let published = connections
            .awareness
            .entry(origin)
            .or_insert_with(|| PublishedAwareness {
                frame: frame.clone(),
                clients: HashMap::new(),
            });
        published.frame = frame.clone();
        for entry in entries {
            if entry.state_is_null {
                published.clients.remove(&entry.client_id);
            } else {
                published.clients.insert(entry.client_id, entry.clock);
            }
        }
        // Back to the sender too, as the reference server does: a y-websocket client that hears nothing for
        // 30 s reconnects, and the awareness renewal it sends every 15 s is then what a lone client hears.
        for member in connections
            .members
            .iter()
            .filter(|member| member.subscription.kind == ClientKind::Yjs)
        {
            member.offer(frame.clone());
        }
    }

    /// The awareness messages of the room's connections, as WebSocket frames, for a client that asks for them.
    pub fn awareness_frames(&self, room: &RoomId) -> Vec<Bytes> {
        let rooms = self.rooms.read().unwrap_or_else(PoisonError::into_inner);
        rooms.get(room).map_or_else(Vec::new, |connections| {
            connections
                .awareness
                .values()
                .map(|published| published.frame.clone())
                .collect()
        })
    }

    /// Sets how a JSON connection receives changes, and queues `announcement` (the answer to its `hello`):
    /// every event before it reaches the connection in the old format, every one after it in `format`.
    pub fn set_format(
        &self,
        room: &RoomId,
        connection: ConnectionId,
        format: TextFormat,
        announcement: Bytes,
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
    full_text: Option<Option<Bytes>>,
    deltas: Option<Vec<Bytes>>,
    yjs: Option<Bytes>,
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
    fn full_text(&mut self) -> Option<Bytes> {
        self.full_text
            .get_or_insert_with(|| {
                self.update.code.as_ref().map(|code| {
                    let message = ServerMessage::CodeUpdate {
                        code: &code.code,
                        timestamp: code.timestamp.as_millis(),
                        version: code.version,
                        ack_seq: None,
                    };
                    frame::text(&message.to_json())
                })
            })
            .clone()
    }

    /// One `edit` per version the event made (none when the text did not change): a delta reader's frames,
    /// whose size is the change's, not the text's.
    fn deltas(&mut self) -> &[Bytes] {
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
                    frame::text(&message.to_json())
                })
                .collect()
        })
    }

    fn yjs(&mut self) -> Bytes {
        self.yjs
            .get_or_insert_with(|| {
                let message = Message::Sync(SyncMessage::Update(self.update.update.to_vec()));
                frame::binary(&message.encode_v1())
            })
            .clone()
    }
}

/// The first frames a new connection receives: the spec's `initial_state` for JSON clients, sync step 1 with
/// the room's state vector for Yjs clients.
fn initial_frame(room: &RoomId, kind: ClientKind, snapshot: &RoomSnapshot) -> Bytes {
    match kind {
        ClientKind::Json => {
            let initial = ServerMessage::InitialState {
                code: &snapshot.code,
                room_id: room.as_str(),
                version: snapshot.version,
            };
            frame::text(&initial.to_json())
        }
        ClientKind::Yjs => {
            // The snapshot's state vector was encoded by the document itself, so it decodes; an empty one
            // (a fresh document) asks for everything, which is also correct.
            let state_vector = StateVector::decode_v1(&snapshot.state_vector).unwrap_or_default();
            frame::binary(&Message::Sync(SyncMessage::SyncStep1(state_vector)).encode_v1())
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
        if member.subscription.kind == ClientKind::Yjs {
            for published in connections.awareness.values() {
                member.offer(published.frame.clone());
            }
        }
        connections.members.push(member);
    }

    fn unsubscribe(&self, room: &RoomId, connection: ConnectionId) {
        let mut rooms = self.rooms.write().unwrap_or_else(PoisonError::into_inner);
        let Some(connections) = rooms.get_mut(room) else {
            return;
        };
        connections
            .members
            .retain(|member| member.connection != connection);
        // The users this connection spoke for are gone: tell the others, as a y-websocket server does.
        if let Some(published) = connections.awareness.remove(&connection)
            && !published.clients.is_empty()
        {
            let gone: Vec<(u64, u32)> = published.clients.into_iter().collect();
            let frame = frame::binary(&encode_awareness_removal(&gone));
            for member in connections.yjs_members_except(connection) {
                member.offer(frame.clone());
            }
        }
        if connections.members.is_empty() {
            rooms.remove(room);
        }
    }

    fn publish(&self, room: &RoomId, event: &RoomEvent) {
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
        taken: VecDeque<Bytes>,
    }

    impl Inbox {
        /// The next frame's opcode and payload (server frames are unmasked).
        fn next(&mut self) -> Option<(u8, Vec<u8>)> {
            if self.taken.is_empty() {
                self.taken = self.frames.take_now();
            }
            let frame = self.taken.pop_front()?;
            let (header, length) = match frame[1] & 0x7f {
                126 => (4, usize::from(u16::from_be_bytes([frame[2], frame[3]]))),
                127 => panic!("no test frame is that long"),
                short => (2, usize::from(short)),
            };
            assert_eq!(frame.len(), header + length, "one whole frame");
            Some((frame[0] & 0x0f, frame[header..].to_vec()))
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
        let (queue, frames) = outbound::channel(capacity);
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
        broadcaster.relay_awareness(
            &room(),
            ConnectionId::new(1),
            b"awareness",
            &[presence(7, 1, false)],
        );
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
        broadcaster.relay_awareness(
            &room(),
            ConnectionId::new(1),
            b"here",
            &[presence(7, 1, false)],
        );
        assert!(honest.next().is_some(), "its own state comes back");
        broadcaster.relay_awareness(
            &room(),
            ConnectionId::new(2),
            b"gone",
            &[presence(7, 2, true)],
        );
        assert!(
            honest.next().is_none(),
            "a removal of client 7 by another connection is not relayed"
        );
        assert_eq!(broadcaster.awareness_frames(&room()).len(), 1);
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
