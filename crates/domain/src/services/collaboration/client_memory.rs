//! Keeps what a room holds for its JSON connections within a budget.
//!
//! To merge a JSON client's next full text exactly, the room keeps, per connection, the client's last text (a
//! [`JsonView`] for clients without `baseVersion`, a [`ClientBase`] for those with) and the changes merged
//! around it. A hundred clients that each sent a megabyte would hold a hundred megabytes, so the room counts
//! what they hold (each distinct text once; a text equal to the room's is shared with it) and, past
//! [`CLIENT_MEMORY_FACTOR`] × `MAX_DOCUMENT_BYTES`, lets go of the least recently updated first:
//!
//! 1. the clients' texts: each is rebuilt when needed from the room's text at the version of the client's last
//!    update and the changes merged around it, which the room's history holds; nothing changes for the clients
//!    (the protocol simulation runs with rooms that keep no text at all: `client_base::tests`);
//! 2. then the changes merged around them, which cannot be rebuilt. A client without `baseVersion` whose view
//!    went is merged from the versions it may have been sent, as a reconnecting client is: an update it sent
//!    before hearing back from its previous one may be merged as if it deleted what others wrote meanwhile. A
//!    versioned client whose bridge went and who sends an update made on its own last text gets an `error`
//!    telling it to reload (an update made on a version the server sent it still lands). Only rooms with
//!    megabytes of concurrent rewrites get there.

use std::{collections::HashMap, sync::Arc};

use crate::event::ConnectionId;

use super::{client_base::ClientBase, merge::JsonView};

/// What the JSON connections of a room may hold together, in units of `MAX_DOCUMENT_BYTES`.
pub const CLIENT_MEMORY_FACTOR: usize = 2;

/// One text held by one or more holders.
struct HeldText {
    bytes: usize,
    holders: usize,
}

/// The texts held for the connections (the room's own `code` excepted), each counted once, by address.
fn held_texts<'a>(
    code: &Arc<str>,
    texts: impl Iterator<Item = &'a Arc<str>>,
) -> HashMap<*const u8, HeldText> {
    let mut held: HashMap<*const u8, HeldText> = HashMap::new();
    for text in texts.filter(|text| !Arc::ptr_eq(text, code) && !text.is_empty()) {
        held.entry(text.as_ptr())
            .or_insert(HeldText {
                bytes: text.len(),
                holders: 0,
            })
            .holders += 1;
    }
    held
}

/// Bytes the connections' views and bases hold beyond the room's text `code`.
pub(super) fn held_bytes(
    code: &Arc<str>,
    views: &HashMap<ConnectionId, JsonView>,
    bases: &HashMap<ConnectionId, ClientBase>,
) -> usize {
    let texts = views
        .values()
        .filter_map(JsonView::text)
        .chain(bases.values().filter_map(ClientBase::text));
    let distinct: usize = held_texts(code, texts)
        .values()
        .map(|text| text.bytes)
        .sum();
    distinct
        + views.values().map(JsonView::pending_bytes).sum::<usize>()
        + bases.values().map(ClientBase::bridge_bytes).sum::<usize>()
}

/// Lets go of what the connections hold, least recently updated first, until it is at most `budget` bytes.
/// Returns how many views and bases gave something up.
pub(super) fn bound(
    code: &Arc<str>,
    views: &mut HashMap<ConnectionId, JsonView>,
    bases: &mut HashMap<ConnectionId, ClientBase>,
    budget: usize,
) -> usize {
    // Most rooms hold little: an upper bound (shared texts counted for each holder) settles it without hashing,
    // on every edit's path.
    let texts = views
        .values()
        .filter_map(JsonView::text)
        .chain(bases.values().filter_map(ClientBase::text))
        .filter(|text| !Arc::ptr_eq(text, code));
    let at_most = texts.map(|text| text.len()).sum::<usize>()
        + views.values().map(JsonView::pending_bytes).sum::<usize>()
        + bases.values().map(ClientBase::bridge_bytes).sum::<usize>();
    if at_most <= budget {
        return 0;
    }
    let mut total = held_bytes(code, views, bases);
    if total <= budget {
        return 0;
    }
    let texts = views
        .values()
        .filter_map(JsonView::text)
        .chain(bases.values().filter_map(ClientBase::text));
    let mut held = held_texts(code, texts);
    // The bytes freed by letting go of `text`: all of them once its last holder lets go.
    let mut release = |text: Option<&Arc<str>>| -> usize {
        let Some(entry) = text.and_then(|text| held.get_mut(&text.as_ptr())) else {
            return 0;
        };
        entry.holders -= 1;
        if entry.holders == 0 { entry.bytes } else { 0 }
    };
    let mut oldest_first: Vec<(u64, bool, ConnectionId)> = views
        .iter()
        .map(|(connection, view)| (view.version(), false, *connection))
        .chain(
            bases
                .iter()
                .map(|(connection, base)| (base.landed(), true, *connection)),
        )
        .collect();
    oldest_first.sort_unstable();
    let mut gave_up = 0;
    // Texts first: they are rebuilt from the room's history when needed, so nothing changes for the clients.
    let shares_room_text =
        |text: Option<&Arc<str>>| text.is_none_or(|text| Arc::ptr_eq(text, code));
    for &(_, versioned, connection) in &oldest_first {
        if total <= budget {
            return gave_up;
        }
        let freed = if versioned {
            let Some(base) = bases.get_mut(&connection) else {
                continue;
            };
            if shares_room_text(base.text()) {
                continue;
            }
            let freed = release(base.text());
            base.drop_text();
            freed
        } else {
            let Some(view) = views.get_mut(&connection) else {
                continue;
            };
            if shares_room_text(view.text()) {
                continue;
            }
            let freed = release(view.text());
            view.drop_text();
            freed
        };
        gave_up += 1;
        total -= freed;
    }
    // Then the changes merged around them, which cannot be rebuilt.
    for &(_, versioned, connection) in &oldest_first {
        if total <= budget {
            break;
        }
        let freed = if versioned {
            let Some(base) = bases.get_mut(&connection) else {
                continue;
            };
            let freed = base.bridge_bytes();
            if freed > 0 {
                base.drop_bridge();
            }
            freed
        } else {
            let Some(view) = views.get_mut(&connection) else {
                continue;
            };
            let freed = view.pending_bytes();
            if freed > 0 {
                view.forget();
            }
            freed
        };
        if freed > 0 {
            gave_up += 1;
            total -= freed;
        }
    }
    gave_up
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;

    use super::*;
    use crate::{
        error::DomainError,
        services::collaboration::{
            client_base::{self, Proposed},
            merge::PastChange,
        },
        text_change::TextChange,
    };

    fn text(fill: char, bytes: usize) -> Arc<str> {
        Arc::from(fill.to_string().repeat(bytes))
    }

    /// A view whose last update, `client_text`, was merged as version `version` into the room's `merged`.
    fn view(client_text: &Arc<str>, version: u64, merged: &str) -> JsonView {
        JsonView::new(Arc::clone(client_text), version).after_update(
            Arc::clone(client_text),
            version,
            merged,
            version,
        )
    }

    #[test]
    fn a_text_held_by_several_connections_counts_once_and_the_rooms_own_not_at_all() {
        let code = text('c', 500);
        let shared = text('s', 100);
        let views = HashMap::from([
            (ConnectionId::new(1), view(&shared, 1, &shared)),
            (ConnectionId::new(2), view(&shared, 2, &shared)),
            (ConnectionId::new(3), view(&code, 3, &code)),
        ]);
        let bases = HashMap::from([(
            ConnectionId::new(4),
            ClientBase::joined(Arc::clone(&shared), 1),
        )]);
        assert_eq!(held_bytes(&code, &views, &bases), 100);
    }

    #[test]
    fn past_the_budget_the_least_recently_updated_texts_go_first() {
        let code = text('c', 500);
        let mut views: HashMap<ConnectionId, JsonView> = (1..=4_u64)
            .map(|n| {
                let own = text(char::from(b'a' + n as u8), 100);
                (ConnectionId::new(n), view(&own, n, &own))
            })
            .collect();
        let mut bases = HashMap::new();
        assert_eq!(bound(&code, &mut views, &mut bases, 400), 0, "within");
        assert_eq!(bound(&code, &mut views, &mut bases, 250), 2);
        let kept: Vec<u64> = (1..=4_u64)
            .filter(|n| views[&ConnectionId::new(*n)].text().is_some())
            .collect();
        assert_eq!(kept, vec![3, 4], "the two oldest let go of their texts");
        assert!(held_bytes(&code, &views, &bases) <= 250);
    }

    #[test]
    fn a_versioned_client_whose_bridge_went_is_told_to_reload_instead_of_merged_wrongly() {
        // The client's update (on the empty text, version 0) is carried over someone's earlier "zero".
        let history: VecDeque<PastChange> = VecDeque::from([PastChange {
            change: TextChange::diff("", "zero "),
            origin: ConnectionId::new(2),
        }]);
        let first = client_base::plan("zero ", 1, &history, None, Proposed::FullText("mine"), 0)
            .expect("lands");
        let merged = first.change.apply("zero ");
        let mut history = history;
        history.push_back(PastChange {
            change: first.change,
            origin: ConnectionId::new(1),
        });
        let code: Arc<str> = Arc::from(merged.as_str());
        let mut views = HashMap::new();
        let mut bases = HashMap::from([(ConnectionId::new(1), first.next)]);
        assert!(bound(&code, &mut views, &mut bases, 0) > 0);
        let state = bases.get(&ConnectionId::new(1));
        let again = client_base::plan(&code, 2, &history, state, Proposed::FullText("mine!"), 0);
        assert!(
            matches!(again, Err(DomainError::UnmergeableBase { .. })),
            "{again:?}"
        );
        // An update made on a version the server sent still lands.
        let newer = client_base::plan(
            &code,
            2,
            &history,
            state,
            Proposed::FullText(&format!("{merged}!")),
            2,
        )
        .expect("lands");
        assert_eq!(newer.change.apply(&code), format!("{merged}!"));
    }
}
