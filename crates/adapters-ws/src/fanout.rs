//! The per-room fan-out: who is connected to which room, and delivery of each event to all of them.
//!
//! An event is encoded once into a shared frame (`ByteString` clones are reference counts), then offered to
//! each connection's bounded queue with `try_send`, under a read lock: a slow connection never slows the room.
//! A connection whose queue is full is told to disconnect (through its `overflowed` token); its client
//! reconnects and starts again from the room's current state, losing nothing that was stored.

use std::{
    collections::HashMap,
    sync::{PoisonError, RwLock},
};

use actix_ws::CloseReason;
use bytestring::ByteString;
use domain::{
    ClientKind, ConnectionId, RoomEvent, RoomId,
    event::{DocumentUpdate, RoomSnapshot},
    ports::Broadcaster,
};
use tokio::sync::mpsc::{self, error::TrySendError};
use tokio_util::sync::CancellationToken;
use yrs::{
    StateVector,
    sync::{Message, SyncMessage},
    updates::{decoder::Decode, encoder::Encode},
};

use crate::{
    protocol::ServerMessage,
    yjs_protocol::{AwarenessEntry, encode_awareness, encode_awareness_removal},
};

/// A frame waiting in a connection's outgoing queue.
#[derive(Debug, Clone)]
pub enum Outbound {
    /// A JSON message.
    Text(ByteString),
    /// A binary message (the Yjs protocol).
    Binary(bytes::Bytes),
    /// A heartbeat ping.
    Ping,
    /// The answer to a client's ping.
    Pong(bytes::Bytes),
    /// Close the connection with this reason, after the frames queued before it.
    Close(Option<CloseReason>),
}

/// A connection's handle, given to the fan-out when it joins a room.
#[derive(Debug, Clone)]
pub struct Subscription {
    /// The connection's outgoing queue.
    pub queue: mpsc::Sender<Outbound>,
    /// Cancelled by the fan-out when the queue is full: the connection must then close.
    pub overflowed: CancellationToken,
    /// The protocol the connection speaks, which decides how events are encoded for it.
    pub kind: ClientKind,
}

struct Member {
    connection: ConnectionId,
    subscription: Subscription,
}

/// The connections of one room, and the presence (Yjs awareness) they published.
#[derive(Default)]
struct RoomConnections {
    members: Vec<Member>,
    awareness: HashMap<ConnectionId, PublishedAwareness>,
}

/// What one connection last published about its users' presence.
struct PublishedAwareness {
    /// The last awareness message it sent, ready to replay to newcomers.
    frame: bytes::Bytes,
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
    fn offer(&self, frame: Outbound) {
        if let Err(TrySendError::Full(_)) = self.subscription.queue.try_send(frame) {
            self.subscription.overflowed.cancel();
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
        let frame = bytes::Bytes::from(encode_awareness(update));
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
            member.offer(Outbound::Binary(frame.clone()));
        }
    }

    /// The awareness messages of the room's connections, for a client that asks for them.
    pub fn awareness_frames(&self, room: &RoomId) -> Vec<bytes::Bytes> {
        let rooms = self.rooms.read().unwrap_or_else(PoisonError::into_inner);
        rooms.get(room).map_or_else(Vec::new, |connections| {
            connections
                .awareness
                .values()
                .map(|published| published.frame.clone())
                .collect()
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
    json: Option<Option<Outbound>>,
    yjs: Option<Outbound>,
}

impl<'a> EncodedEvent<'a> {
    fn new(event: &'a RoomEvent) -> Self {
        let RoomEvent::Updated(update) = event;
        Self {
            update,
            json: None,
            yjs: None,
        }
    }

    /// The frame for a connection of `kind`, or `None` when the event means nothing to it (a change that left
    /// the text as it was, for a JSON client).
    fn frame(&mut self, kind: ClientKind) -> Option<Outbound> {
        match kind {
            ClientKind::Json => self
                .json
                .get_or_insert_with(|| {
                    self.update.code.as_ref().map(|code| {
                        let message = ServerMessage::CodeUpdate {
                            code: &code.code,
                            timestamp: code.timestamp.as_millis(),
                            version: code.version,
                        };
                        Outbound::Text(message.to_json().into())
                    })
                })
                .clone(),
            ClientKind::Yjs => Some(
                self.yjs
                    .get_or_insert_with(|| {
                        let message =
                            Message::Sync(SyncMessage::Update(self.update.update.to_vec()));
                        Outbound::Binary(message.encode_v1().into())
                    })
                    .clone(),
            ),
        }
    }
}

/// The first frames a new connection receives: the spec's `initial_state` for JSON clients, sync step 1 with
/// the room's state vector for Yjs clients.
fn initial_frame(room: &RoomId, kind: ClientKind, snapshot: &RoomSnapshot) -> Outbound {
    match kind {
        ClientKind::Json => {
            let initial = ServerMessage::InitialState {
                code: &snapshot.code,
                room_id: room.as_str(),
                version: snapshot.version,
            };
            Outbound::Text(initial.to_json().into())
        }
        ClientKind::Yjs => {
            // The snapshot's state vector was encoded by the document itself, so it decodes; an empty one
            // (a fresh document) asks for everything, which is also correct.
            let state_vector = StateVector::decode_v1(&snapshot.state_vector).unwrap_or_default();
            Outbound::Binary(
                Message::Sync(SyncMessage::SyncStep1(state_vector))
                    .encode_v1()
                    .into(),
            )
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
        };
        member.offer(initial_frame(room, member.subscription.kind, snapshot));
        // Every map operation below leaves the map consistent, so a poisoned lock is still safe to use.
        let mut rooms = self.rooms.write().unwrap_or_else(PoisonError::into_inner);
        let connections = rooms.entry(room.clone()).or_default();
        if member.subscription.kind == ClientKind::Yjs {
            for published in connections.awareness.values() {
                member.offer(Outbound::Binary(published.frame.clone()));
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
            let frame = bytes::Bytes::from(encode_awareness_removal(&gone));
            for member in connections.yjs_members_except(connection) {
                member.offer(Outbound::Binary(frame.clone()));
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
            if let Some(frame) = encoded.frame(member.subscription.kind) {
                member.offer(frame);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use domain::{Timestamp, event::CodeUpdate};

    use super::*;

    /// Subscribes connection `id` of `kind` to `room` with a queue of `capacity` frames, starting from an
    /// empty document; returns its overflow token and its queue, the initial frame already taken.
    fn join(
        broadcaster: &LocalBroadcaster,
        room: &RoomId,
        id: u64,
        kind: ClientKind,
        capacity: usize,
    ) -> (CancellationToken, mpsc::Receiver<Outbound>) {
        let (queue, mut receiver) = mpsc::channel(capacity);
        let overflowed = CancellationToken::new();
        let subscription = Subscription {
            queue,
            overflowed: overflowed.clone(),
            kind,
        };
        let snapshot = RoomSnapshot {
            code: Arc::from(""),
            version: 0,
            state_vector: Vec::new(),
        };
        broadcaster.subscribe(room, ConnectionId::new(id), subscription, &snapshot);
        let initial = receiver.try_recv().expect("the initial frame comes first");
        match (kind, initial) {
            (ClientKind::Json, Outbound::Text(text)) => assert!(text.contains("initial_state")),
            (ClientKind::Yjs, Outbound::Binary(_)) => {}
            (kind, other) => panic!("unexpected initial frame for {kind:?}: {other:?}"),
        }
        (overflowed, receiver)
    }

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
                origin,
            }),
            origin,
        })
    }

    fn text(frame: Option<Outbound>) -> String {
        match frame {
            Some(Outbound::Text(text)) => text.to_string(),
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
        let (_, mut first) = join(&broadcaster, &room(), 1, ClientKind::Json, 4);
        let (_, mut second) = join(&broadcaster, &room(), 2, ClientKind::Json, 4);
        broadcaster.publish(&room(), &update(1, "new"));
        assert!(
            first.try_recv().is_err(),
            "the origin must not get its own update"
        );
        assert!(text(second.try_recv().ok()).contains(r#""code":"new""#));
    }

    #[test]
    fn a_full_queue_marks_only_that_connection_overflowed() {
        let broadcaster = LocalBroadcaster::new();
        let (slow_token, _slow) = join(&broadcaster, &room(), 1, ClientKind::Json, 1);
        let (fast_token, mut fast) = join(&broadcaster, &room(), 2, ClientKind::Json, 8);
        broadcaster.publish(&room(), &update(3, "a"));
        broadcaster.publish(&room(), &update(3, "ab"));
        assert!(slow_token.is_cancelled());
        assert!(!fast_token.is_cancelled());
        assert!(text(fast.try_recv().ok()).contains(r#""code":"a""#));
        assert!(text(fast.try_recv().ok()).contains(r#""code":"ab""#));
    }

    #[test]
    fn awareness_goes_to_every_yjs_client_including_its_sender_and_not_to_json_clients() {
        let broadcaster = LocalBroadcaster::new();
        let (_, mut sender) = join(&broadcaster, &room(), 1, ClientKind::Yjs, 8);
        let (_, mut other) = join(&broadcaster, &room(), 2, ClientKind::Yjs, 8);
        let (_, mut json) = join(&broadcaster, &room(), 3, ClientKind::Json, 8);
        broadcaster.relay_awareness(
            &room(),
            ConnectionId::new(1),
            b"awareness",
            &[presence(7, 1, false)],
        );
        assert!(
            matches!(sender.try_recv(), Ok(Outbound::Binary(_))),
            "renewals keep a lone client alive"
        );
        assert!(matches!(other.try_recv(), Ok(Outbound::Binary(_))));
        assert!(
            json.try_recv().is_err(),
            "JSON clients do not speak awareness"
        );
    }

    #[test]
    fn a_connection_cannot_speak_for_another_connections_users() {
        let broadcaster = LocalBroadcaster::new();
        let (_, mut honest) = join(&broadcaster, &room(), 1, ClientKind::Yjs, 8);
        let (_, _intruder) = join(&broadcaster, &room(), 2, ClientKind::Yjs, 8);
        broadcaster.relay_awareness(
            &room(),
            ConnectionId::new(1),
            b"here",
            &[presence(7, 1, false)],
        );
        assert!(honest.try_recv().is_ok(), "its own state comes back");
        broadcaster.relay_awareness(
            &room(),
            ConnectionId::new(2),
            b"gone",
            &[presence(7, 2, true)],
        );
        assert!(
            honest.try_recv().is_err(),
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
