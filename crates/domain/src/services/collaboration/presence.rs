//! Presence in live rooms: the participants' cursors, kept as positions on the CRDT text, and the messages
//! that tell everyone about them.
//!
//! Changes are gathered and sent by [`CollaborationService::flush_presence`], which the server calls every
//! [`PRESENCE_INTERVAL_MS`]: a burst of cursor moves costs each reader one `presence` message per interval,
//! whatever its length. Joins and departures are announced at once (`user_joined`, `user_left`).

use std::{
    collections::{HashMap, HashSet},
    sync::Arc,
};

use yrs::StickyIndex;

use crate::{
    error::DomainError,
    event::{ClientKind, ConnectionId, RoomEvent},
    participant::{DeclaredIdentity, Participant},
    ports::Broadcaster,
    presence::{
        AWARENESS_RENEWAL_MS, AWARENESS_TIMEOUT_MS, AwarenessPresence, Cursor, PresenceList,
        PresenceMirror, PresenceView, Recipients, StickyCursor, mirror_client_id,
    },
    room::RoomId,
    time::Timestamp,
};

use super::{CollaborationService, LiveRoom, LoadedRoom};

/// How often gathered presence changes are sent, in milliseconds: the throttle of `presence` messages.
pub const PRESENCE_INTERVAL_MS: u64 = 50;

/// The presence of one live room.
#[derive(Default)]
pub(super) struct RoomPresence {
    /// Each participant's cursor, when it has one.
    cursors: HashMap<ConnectionId, StickyCursor>,
    /// JSON participants' newest cursors in offsets, to anchor on the text at the next flush.
    unanchored: HashMap<ConnectionId, Option<Cursor>>,
    /// Each participant's awareness client ID: a Yjs client's own (the first it published), a JSON client's
    /// mirror.
    awareness_ids: HashMap<ConnectionId, u64>,
    /// When each Yjs participant last renewed its awareness state, or each mirror was last sent.
    renewed_at: HashMap<ConnectionId, Timestamp>,
    /// Each mirror's awareness clock.
    mirror_clocks: HashMap<ConnectionId, u32>,
    /// JSON participants whose mirror must be sent at the next flush.
    mirrors_due: HashSet<ConnectionId>,
    /// Whether the participants list may have changed since it was last sent.
    changed: bool,
    /// Whether the text changed since the last flush: the cursors moved with it.
    text_moved: bool,
    /// Who moved since the last flush.
    movers: HashSet<ConnectionId>,
    /// The room's version when the list was last computed: an edit moves cursors.
    flushed_version: u64,
    /// The list last sent, so an unchanged list is not sent again.
    last_sent: Option<Arc<[PresenceView]>>,
}

impl RoomPresence {
    fn touch(&mut self) {
        self.changed = true;
    }

    /// The text changed: the cursors are to be resolved again.
    pub(super) fn text_moved(&mut self) {
        self.text_moved = true;
    }

    /// Whether a flush has anything to look at.
    fn needs_flush(&self, now: Timestamp) -> bool {
        self.changed
            || !self.unanchored.is_empty()
            || !self.mirrors_due.is_empty()
            || (self.text_moved && !self.cursors.is_empty())
            || self
                .renewed_at
                .values()
                .any(|at| now.as_millis() - at.as_millis() >= AWARENESS_RENEWAL_MS)
    }

    pub(super) fn joined(&mut self, participant: &Participant) {
        if participant.kind == ClientKind::Json {
            self.awareness_ids.insert(
                participant.connection,
                mirror_client_id(participant.connection),
            );
            self.mirrors_due.insert(participant.connection);
        }
        self.touch();
    }

    pub(super) fn left(&mut self, connection: ConnectionId) {
        self.cursors.remove(&connection);
        self.unanchored.remove(&connection);
        self.awareness_ids.remove(&connection);
        self.renewed_at.remove(&connection);
        self.mirror_clocks.remove(&connection);
        self.mirrors_due.remove(&connection);
        self.movers.remove(&connection);
        self.touch();
    }
}

/// The participants of a room with their cursors resolved on its current text.
fn presence_views(live: &LiveRoom, loaded: &LoadedRoom) -> Arc<[PresenceView]> {
    let mut participants: Vec<&Participant> = live.participants.values().collect();
    participants.sort_by_key(|participant| (participant.since, participant.connection));
    let stickies: Vec<&StickyIndex> = participants
        .iter()
        .filter_map(|participant| live.presence.cursors.get(&participant.connection))
        .flat_map(|sticky| [&sticky.anchor, &sticky.head])
        .collect();
    let mut resolved = loaded
        .document
        .resolve_positions(&loaded.code, &stickies)
        .into_iter();
    participants
        .into_iter()
        .map(|participant| {
            let connection = participant.connection;
            let cursor = if live.presence.cursors.contains_key(&connection) {
                let (anchor, head) = (resolved.next().flatten(), resolved.next().flatten());
                anchor
                    .zip(head)
                    .map(|(anchor, head)| Cursor { anchor, head })
            } else {
                None
            };
            PresenceView {
                participant: participant.clone(),
                cursor,
                awareness_id: live.presence.awareness_ids.get(&connection).copied(),
            }
        })
        .collect()
}

impl<B: Broadcaster> CollaborationService<B> {
    /// Sets a JSON participant's cursor (`None`: it has none), given in Unicode scalar values into the room's
    /// text (clamped to it). It is anchored on the text, and everyone else hears of it, at the next flush: a
    /// burst of moves costs one anchoring, whatever its length (the newest move wins).
    ///
    /// # Errors
    /// [`DomainError::NotJoined`] when the connection is not in the room.
    pub fn move_cursor(
        &self,
        room: &RoomId,
        connection: ConnectionId,
        cursor: Option<Cursor>,
    ) -> Result<(), DomainError> {
        let mut rooms = self.lock_rooms();
        let live = rooms
            .get_mut(room)
            .filter(|live| live.participants.contains_key(&connection))
            .ok_or_else(|| DomainError::NotJoined(room.clone()))?;
        let presence = &mut live.presence;
        presence.unanchored.insert(connection, cursor);
        presence.mirrors_due.insert(connection);
        presence.movers.insert(connection);
        presence.touch();
        Ok(())
    }

    /// Changes a participant's declared name or colour (see [`Participant::redeclare`]); returns the
    /// participant afterwards when anything changed. Everyone hears of it at the next flush.
    pub fn redeclare(
        &self,
        room: &RoomId,
        connection: ConnectionId,
        declared: &DeclaredIdentity,
    ) -> Option<Participant> {
        let mut rooms = self.lock_rooms();
        let live = rooms.get_mut(room)?;
        let participant = live.participants.get_mut(&connection)?;
        if !participant.redeclare(declared) {
            return None;
        }
        let renamed = participant.clone();
        if renamed.kind == ClientKind::Json {
            live.presence.mirrors_due.insert(connection);
        }
        live.presence.touch();
        Some(renamed)
    }

    /// Takes in what a Yjs connection published in awareness: its own state (the first client ID it
    /// published) gives its participant's name, colour and cursor; states it relays for others (two providers
    /// of one browser share theirs) are not its own and are left to the Yjs clients.
    pub fn awareness_presence(
        &self,
        room: &RoomId,
        connection: ConnectionId,
        entries: &[AwarenessPresence],
    ) {
        let now = self.clock.now();
        let mut rooms = self.lock_rooms();
        let Some(live) = rooms.get_mut(room) else {
            return;
        };
        let Some(participant) = live.participants.get_mut(&connection) else {
            return;
        };
        let presence = &mut live.presence;
        for entry in entries {
            let own = *presence
                .awareness_ids
                .entry(connection)
                .or_insert(entry.client_id);
            if entry.client_id != own {
                continue;
            }
            let Some(state) = &entry.state else {
                presence.renewed_at.remove(&connection);
                if presence.cursors.remove(&connection).is_some() {
                    presence.movers.insert(connection);
                    presence.touch();
                }
                continue;
            };
            presence.renewed_at.insert(connection, now);
            let declared = DeclaredIdentity {
                name: state.name.clone(),
                color: state.color.clone(),
            };
            if participant.redeclare(&declared) {
                presence.touch();
            }
            let moved = match &state.cursor {
                Some(cursor) => {
                    presence.cursors.insert(connection, cursor.clone()).as_ref() != Some(cursor)
                }
                None => presence.cursors.remove(&connection).is_some(),
            };
            if moved {
                presence.movers.insert(connection);
                presence.touch();
            }
        }
    }

    /// Sends the presence changes gathered since the last call: each changed JSON mirror to the Yjs clients,
    /// and the participants list to the JSON clients when it changed (cursors moved, someone joined, left or
    /// renamed, an edit shifted a cursor). Drops the cursors of Yjs clients whose awareness was not renewed
    /// for [`AWARENESS_TIMEOUT_MS`], and renews mirrors every [`AWARENESS_RENEWAL_MS`].
    ///
    /// For the server to call every [`PRESENCE_INTERVAL_MS`]. A room busy with an edit is waited for: its lock
    /// is fair, so a flood of edits cannot starve presence.
    pub async fn flush_presence(&self) {
        let now = self.clock.now();
        let due: Vec<_> = self
            .lock_rooms()
            .iter()
            .filter(|(_, live)| live.presence.needs_flush(now))
            .map(|(room, live)| (room.clone(), Arc::clone(&live.state)))
            .collect();
        for (room, state) in due {
            let guard = state.lock().await;
            let Some(loaded) = guard.as_ref() else {
                continue;
            };
            let events = {
                let mut rooms = self.lock_rooms();
                let Some(live) = rooms.get_mut(&room) else {
                    continue;
                };
                flush_room(live, loaded, now)
            };
            // Published while the room is locked, so the positions sent are those of the text its clients
            // were last sent.
            for event in &events {
                self.broadcaster.publish(&room, event);
            }
            drop(guard);
        }
    }

    /// The awareness client ID a connection's participant is known by (a Yjs client's own, once it published
    /// one; a JSON client's mirror).
    pub fn own_awareness_id(&self, room: &RoomId, connection: ConnectionId) -> Option<u64> {
        self.lock_rooms()
            .get(room)?
            .presence
            .awareness_ids
            .get(&connection)
            .copied()
    }

    /// Sends the room's participants list to one JSON connection (one that just asked for presence), telling
    /// it which entry is its own.
    pub async fn send_presence_to(&self, room: &RoomId, connection: ConnectionId) {
        let Some(state) = self.live_state(room) else {
            return;
        };
        let guard = state.lock().await;
        if let Some(loaded) = guard.as_ref()
            && let Some(list) = self.welcome(room, loaded, connection)
        {
            self.broadcaster.publish(room, &list);
        }
    }

    /// The list a JSON client that just joined receives, telling it which entry is its own.
    pub(super) fn welcome(
        &self,
        room: &RoomId,
        loaded: &LoadedRoom,
        connection: ConnectionId,
    ) -> Option<RoomEvent> {
        let rooms = self.lock_rooms();
        let live = rooms.get(room)?;
        Some(RoomEvent::Presence(PresenceList {
            users: presence_views(live, loaded),
            recipients: Recipients::Newcomer(connection),
        }))
    }
}

/// The events of one room's flush (see [`CollaborationService::flush_presence`]).
fn flush_room(live: &mut LiveRoom, loaded: &LoadedRoom, now: Timestamp) -> Vec<RoomEvent> {
    let mut events = Vec::new();
    let presence = &mut live.presence;
    let expired: Vec<ConnectionId> = presence
        .renewed_at
        .iter()
        .filter(|(connection, at)| {
            live.participants
                .get(connection)
                .is_some_and(|participant| participant.kind == ClientKind::Yjs)
                && now.as_millis() - at.as_millis() >= AWARENESS_TIMEOUT_MS
        })
        .map(|(connection, _)| *connection)
        .collect();
    for connection in expired {
        presence.renewed_at.remove(&connection);
        presence.cursors.remove(&connection);
        presence.touch();
    }
    anchor_cursors(presence, loaded);
    for participant in live.participants.values() {
        if participant.kind != ClientKind::Json {
            continue;
        }
        let connection = participant.connection;
        let renewal_due = presence
            .renewed_at
            .get(&connection)
            .is_none_or(|at| now.as_millis() - at.as_millis() >= AWARENESS_RENEWAL_MS);
        if !presence.mirrors_due.remove(&connection) && !renewal_due {
            continue;
        }
        let clock = presence.mirror_clocks.entry(connection).or_insert(0);
        *clock = clock.wrapping_add(1);
        presence.renewed_at.insert(connection, now);
        events.push(RoomEvent::Mirrored(PresenceMirror {
            connection,
            client_id: mirror_client_id(connection),
            clock: *clock,
            name: participant.name.clone(),
            color: participant.color.clone(),
            cursor: presence.cursors.get(&connection).cloned(),
        }));
    }
    // An edit moves the cursors after it.
    presence.text_moved = false;
    if presence.flushed_version != loaded.version && !presence.cursors.is_empty() {
        presence.changed = true;
    }
    presence.flushed_version = loaded.version;
    if presence.changed {
        presence.changed = false;
        let movers = std::mem::take(&mut presence.movers);
        let users = presence_views(live, loaded);
        let last_sent = live.presence.last_sent.as_deref().unwrap_or_default();
        if last_sent != &users[..] {
            let except = lone_mover(last_sent, &users, &movers);
            live.presence.last_sent = Some(Arc::clone(&users));
            events.push(RoomEvent::Presence(PresenceList {
                users,
                recipients: Recipients::All { except },
            }));
        }
    }
    events
}

/// Anchors the JSON participants' newest cursors on the room's current text.
fn anchor_cursors(presence: &mut RoomPresence, loaded: &LoadedRoom) {
    if presence.unanchored.is_empty() {
        return;
    }
    let moved: Vec<(ConnectionId, Option<Cursor>)> = presence.unanchored.drain().collect();
    let offsets: Vec<usize> = moved
        .iter()
        .filter_map(|(_, cursor)| *cursor)
        .flat_map(|cursor| [cursor.anchor, cursor.head])
        .collect();
    let mut stickies = loaded
        .document
        .sticky_positions(&loaded.code, &offsets)
        .into_iter();
    for (connection, cursor) in moved {
        let sticky = cursor.and_then(|_| {
            Some(StickyCursor {
                anchor: stickies.next()?,
                head: stickies.next()?,
            })
        });
        match sticky {
            Some(sticky) => presence.cursors.insert(connection, sticky),
            None => presence.cursors.remove(&connection),
        };
    }
}

/// The participant whose own move is the only difference between two lists, if there is one: it is not sent
/// the new list (it knows where its cursor is).
fn lone_mover(
    before: &[PresenceView],
    after: &[PresenceView],
    movers: &HashSet<ConnectionId>,
) -> Option<ConnectionId> {
    if before.len() != after.len() {
        return None;
    }
    let mut differing = before
        .iter()
        .zip(after)
        .filter(|(old, new)| old != new)
        .map(|(old, new)| (old.participant.connection, new.participant.connection));
    let (old, new) = differing.next()?;
    (differing.next().is_none() && old == new && movers.contains(&new)).then_some(new)
}
