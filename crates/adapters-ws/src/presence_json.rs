//! Presence on the wire: the JSON messages (`presence`, `user_joined`, `user_left`) and the awareness state a
//! JSON participant is mirrored as for Yjs clients.

use domain::{
    ConnectionId, Participant,
    presence::{PresenceList, PresenceMirror, StickyCursor},
};
use serde_json::{Value, json};

use crate::{
    outbound::Outgoing,
    protocol::{MembershipMessage, PresenceMessage, UserJson, to_json},
    yjs_protocol::encode_awareness_state,
};

/// `{"type":"user_joined","user":{...}}`.
#[must_use]
pub fn user_joined(participant: &Participant) -> Outgoing {
    Outgoing::text(to_json(&MembershipMessage::UserJoined {
        user: UserJson::of(participant),
    }))
}

/// `{"type":"user_left","user":{...}}`.
#[must_use]
pub fn user_left(participant: &Participant) -> Outgoing {
    Outgoing::text(to_json(&MembershipMessage::UserLeft {
        user: UserJson::of(participant),
    }))
}

/// `{"type":"presence","users":[...]}`, with `"you"` naming the recipient's own entry when it just joined.
#[must_use]
pub fn presence_list(list: &PresenceList, you: Option<ConnectionId>) -> Outgoing {
    Outgoing::text(to_json(&PresenceMessage {
        you: you.map(|connection| connection.get().to_string()),
        users: list.users.iter().map(UserJson::with_presence).collect(),
    }))
}

/// A JSON participant's presence as a one-entry awareness update, in the shape y-codemirror.next and y-monaco
/// render: `user: {name, color, colorLight}` and `cursor: {anchor, head}` as Yjs relative positions
/// (`Y.createRelativePositionFromJSON` reads them).
#[must_use]
pub fn mirror_update(mirror: &PresenceMirror) -> Vec<u8> {
    let mut state = json!({
        "user": {
            "name": mirror.name,
            "color": mirror.color,
            // The selection background y-codemirror.next's examples use: the colour at a fifth of its opacity.
            "colorLight": format!("{}33", mirror.color),
        },
    });
    if let Some(cursor) = &mirror.cursor
        && let Some(cursor_json) = cursor_json(cursor)
    {
        state["cursor"] = cursor_json;
    }
    encode_awareness_state(mirror.client_id, mirror.clock, &state.to_string())
}

fn cursor_json(cursor: &StickyCursor) -> Option<Value> {
    Some(json!({
        "anchor": serde_json::to_value(&cursor.anchor).ok()?,
        "head": serde_json::to_value(&cursor.head).ok()?,
    }))
}
