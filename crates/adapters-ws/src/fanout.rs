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
    ConnectionId, RoomEvent, RoomId,
    event::RoomSnapshot,
    ports::Broadcaster,
};
use tokio::sync::mpsc::{self, error::TrySendError};
use tokio_util::sync::CancellationToken;

use crate::protocol::ServerMessage;

/// A frame waiting in a connection's outgoing queue.
#[derive(Debug, Clone)]
pub enum Outbound {
    /// A JSON message.
    Text(ByteString),
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
}

struct Member {
    connection: ConnectionId,
    subscription: Subscription,
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
    rooms: RwLock<HashMap<RoomId, Vec<Member>>>,
}

impl LocalBroadcaster {
    /// No rooms, no connections.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// How many connections the room has.
    pub fn connections_in(&self, room: &RoomId) -> usize {
        self.rooms.read().unwrap_or_else(PoisonError::into_inner).get(room).map_or(0, Vec::len)
    }

    /// How many rooms have at least one connection.
    pub fn room_count(&self) -> usize {
        self.rooms.read().unwrap_or_else(PoisonError::into_inner).len()
    }
}

fn encode(event: &RoomEvent) -> ByteString {
    match event {
        RoomEvent::CodeUpdated(update) => ServerMessage::CodeUpdate {
            code: &update.code,
            timestamp: update.timestamp.as_millis(),
            version: update.version,
        }
        .to_json()
        .into(),
    }
}

impl Broadcaster for LocalBroadcaster {
    type Subscriber = Subscription;

    fn subscribe(&self, room: &RoomId, connection: ConnectionId, subscription: Subscription, snapshot: &RoomSnapshot) {
        let member = Member { connection, subscription };
        let initial = ServerMessage::InitialState { code: &snapshot.code, room_id: room.as_str(), version: snapshot.version };
        member.offer(Outbound::Text(initial.to_json().into()));
        // Every map operation below leaves the map consistent, so a poisoned lock is still safe to use.
        let mut rooms = self.rooms.write().unwrap_or_else(PoisonError::into_inner);
        rooms.entry(room.clone()).or_default().push(member);
    }

    fn unsubscribe(&self, room: &RoomId, connection: ConnectionId) {
        let mut rooms = self.rooms.write().unwrap_or_else(PoisonError::into_inner);
        if let Some(members) = rooms.get_mut(room) {
            members.retain(|member| member.connection != connection);
            if members.is_empty() {
                rooms.remove(room);
            }
        }
    }

    fn publish(&self, room: &RoomId, event: &RoomEvent) {
        let origin = event.origin();
        let rooms = self.rooms.read().unwrap_or_else(PoisonError::into_inner);
        let Some(members) = rooms.get(room) else { return };
        let mut recipients = members.iter().filter(|member| Some(member.connection) != origin).peekable();
        if recipients.peek().is_none() {
            return;
        }
        let frame = encode(event);
        for member in recipients {
            member.offer(Outbound::Text(frame.clone()));
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use domain::{Timestamp, event::CodeUpdate};

    use super::*;

    fn subscription(capacity: usize) -> (Subscription, mpsc::Receiver<Outbound>) {
        let (queue, receiver) = mpsc::channel(capacity);
        (Subscription { queue, overflowed: CancellationToken::new() }, receiver)
    }

    fn update(origin: u64, code: &str) -> RoomEvent {
        RoomEvent::CodeUpdated(CodeUpdate {
            code: Arc::from(code),
            timestamp: Timestamp::from_millis(1),
            version: 1,
            origin: ConnectionId::new(origin),
        })
    }

    fn text(frame: Option<Outbound>) -> String {
        match frame {
            Some(Outbound::Text(text)) => text.to_string(),
            other => panic!("expected a text frame, got {other:?}"),
        }
    }

    #[test]
    fn events_reach_everyone_but_their_origin_after_the_initial_state() {
        let broadcaster = LocalBroadcaster::new();
        let room = RoomId::parse("room1").expect("valid");
        let snapshot = RoomSnapshot { code: Arc::from("start"), version: 0 };
        let (first, mut first_rx) = subscription(4);
        let (second, mut second_rx) = subscription(4);
        broadcaster.subscribe(&room, ConnectionId::new(1), first, &snapshot);
        broadcaster.subscribe(&room, ConnectionId::new(2), second, &snapshot);
        broadcaster.publish(&room, &update(1, "new"));
        assert!(text(first_rx.try_recv().ok()).contains("initial_state"));
        assert!(first_rx.try_recv().is_err(), "the origin must not get its own update");
        assert!(text(second_rx.try_recv().ok()).contains("initial_state"));
        assert!(text(second_rx.try_recv().ok()).contains(r#""code":"new""#));
    }

    #[test]
    fn a_full_queue_marks_only_that_connection_overflowed() {
        let broadcaster = LocalBroadcaster::new();
        let room = RoomId::parse("room1").expect("valid");
        let snapshot = RoomSnapshot { code: Arc::from(""), version: 0 };
        let (slow, _slow_rx) = subscription(1);
        let (fast, mut fast_rx) = subscription(8);
        let (slow_token, fast_token) = (slow.overflowed.clone(), fast.overflowed.clone());
        broadcaster.subscribe(&room, ConnectionId::new(1), slow, &snapshot);
        broadcaster.subscribe(&room, ConnectionId::new(2), fast, &snapshot);
        broadcaster.publish(&room, &update(3, "a"));
        assert!(slow_token.is_cancelled());
        assert!(!fast_token.is_cancelled());
        assert!(text(fast_rx.try_recv().ok()).contains("initial_state"));
        assert!(text(fast_rx.try_recv().ok()).contains(r#""code":"a""#));
    }

    #[test]
    fn the_last_unsubscribe_leaves_no_room_entry() {
        let broadcaster = LocalBroadcaster::new();
        let room = RoomId::parse("room1").expect("valid");
        let snapshot = RoomSnapshot { code: Arc::from(""), version: 0 };
        broadcaster.subscribe(&room, ConnectionId::new(1), subscription(2).0, &snapshot);
        assert_eq!(broadcaster.room_count(), 1);
        broadcaster.unsubscribe(&room, ConnectionId::new(1));
        assert_eq!(broadcaster.room_count(), 0);
    }
}
