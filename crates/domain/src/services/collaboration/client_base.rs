//! Exact merges for JSON clients that send `baseVersion`: what each connection's text is based on, and how its
//! next update lands on the room's text.
//!
//! A client's text can only be one of two things, and the version it names says which, because the messages
//! of one socket arrive in order:
//!
//! - **its own last text, typed on**: when it names no version newer than the one it named with its previous
//!   update, it has applied nothing the server sent since; and a version the server sent it only as an `ack`
//!   (the room's text was then exactly the client's) leaves its text as it was too. Its update is diffed
//!   against the text of its previous update, carried over the changes that update was carried over (the
//!   *bridge*), then over the changes made after it landed, which are all someone else's;
//! - **the room's text at that version, typed on**: when it names a newer version, it replaced its text with
//!   that version's (the spec's client does, with every `code_update`), so its update is diffed against the
//!   text of that version and carried over every change made after it, its own earlier updates included
//!   when that text did not hold them yet.
//!
//! Delta edits (`edit` messages) come with their change already made, so they skip the diff and are carried
//! over in the same way. Carrying a change over another is [`TextChange::transform_with`]; the room's earlier
//! change always goes first where both insert at one place, so every replica orders them alike.

use std::{borrow::Cow, collections::VecDeque, sync::Arc};

use crate::{
    error::DomainError,
    text_change::{Replacement, TextChange},
};

use super::merge::PastChange;

/// How many `ack` versions are remembered per connection: a client names the newest it applied, and it has
/// applied every older one by the time a newer `ack` reaches it.
const ACKS_KEPT: usize = 8;

/// What the server knows of one versioned JSON connection's text.
#[derive(Debug, Clone)]
pub(super) struct ClientBase {
    /// The newest `baseVersion` the connection named: what it had applied when it sent its last update.
    base: u64,
    /// The client's text after its last update (or the text it joined with); `None` once dropped to keep the
    /// room's memory bounded: it is then rebuilt from the room's text at `landed` and the `bridge`.
    text: Option<Arc<str>>,
    /// The room's version right after that update landed.
    landed: u64,
    /// From `text` to the room's text at `landed`: the changes the update was carried over, as they apply
    /// to the client's text, one by one (carrying a change over each in turn orders insertions at one place
    /// as the room did, which carrying it over their composition may not).
    bridge: Vec<TextChange>,
    /// Versions this connection was sent as an `ack` of a full text, newest last: the room's text was then
    /// exactly its text, so a client that counts them as its base still holds its own text.
    acked: VecDeque<u64>,
    /// Set when the `bridge` was dropped to keep the room's memory bounded: the client's own text can no longer
    /// be rebuilt, so an update made on it is refused (one made on a newer version still lands).
    lost: bool,
}

impl ClientBase {
    /// A client that starts from `code` at `version` (its `initial_state`).
    pub(super) fn joined(code: Arc<str>, version: u64) -> Self {
        Self {
            base: version,
            text: Some(code),
            landed: version,
            bridge: Vec::new(),
            acked: VecDeque::new(),
            lost: false,
        }
    }

    /// The client's text, if held.
    pub(super) fn text(&self) -> Option<&Arc<str>> {
        self.text.as_ref()
    }

    /// Bytes of text the bridge holds.
    pub(super) fn bridge_bytes(&self) -> usize {
        self.bridge.iter().map(TextChange::text_bytes).sum()
    }

    /// Holds `merged` (the room's text) instead of an equal copy of it.
    pub(super) fn share_text(&mut self, merged: &Arc<str>) {
        if self.text.as_deref() == Some(&**merged) {
            self.text = Some(Arc::clone(merged));
        }
    }

    /// Drops the client's text, which can be rebuilt while the room's history reaches back to `landed`.
    pub(super) fn drop_text(&mut self) {
        self.text = None;
    }

    /// Drops everything held of the client's text (see [`Self::lost`]).
    pub(super) fn drop_bridge(&mut self) {
        self.text = None;
        self.bridge = Vec::new();
        self.lost = true;
    }

    /// The client's text, rebuilt from the room's text at `landed` by undoing the bridge, last change first.
    fn rebuilt_text(&self, current: &str, version: u64, history: &VecDeque<PastChange>) -> String {
        let landed = text_at(current, version, history, self.landed);
        self.bridge
            .iter()
            .rev()
            .fold(landed.into_owned(), |text, change| change.rewind(&text))
    }

    /// The room's version right after the client's last update landed.
    pub(super) fn landed(&self) -> u64 {
        self.landed
    }

    /// Remembers that the connection was sent an `ack` of its full text at `version`.
    pub(super) fn acknowledged(&mut self, version: u64) {
        if self.acked.back() != Some(&version) {
            self.acked.push_back(version);
        }
        while self.acked.len() > ACKS_KEPT {
            self.acked.pop_front();
        }
    }
}

/// What a client proposes: its whole new text, or its edit.
#[derive(Debug, Clone, Copy)]
pub(super) enum Proposed<'a> {
    /// The client's whole text.
    FullText(&'a str),
    /// Replacements of ranges of the text the client's edit was made on.
    Replacements(&'a [Replacement]),
}

/// How a versioned update lands.
#[derive(Debug)]
pub(super) struct ExactPlan {
    /// The client's edit, carried over to the room's current text.
    pub(super) change: TextChange,
    /// The client's text after its edit.
    pub(super) client_text: Arc<str>,
    /// What the server knows of the client once the change is applied (at `version + 1`, or at `version` when
    /// the change is empty).
    pub(super) next: ClientBase,
}

/// The room's text at version `at`, rewound from `current` (at `version`) through `history`.
pub(super) fn text_at<'a>(
    current: &'a str,
    version: u64,
    history: &VecDeque<PastChange>,
    at: u64,
) -> Cow<'a, str> {
    let mut text = Cow::Borrowed(current);
    let back = usize::try_from(version - at).unwrap_or(usize::MAX);
    for past in history.iter().rev().take(back) {
        text = Cow::Owned(past.change.rewind(&text));
    }
    text
}

/// Works out how a versioned client's update lands on `current`, the room's text at `version`; `history`
/// holds the changes that produced the last versions, oldest first; `state` is what the server knows of the
/// client (`None`: nothing yet, its text is the room's at `base_version`).
///
/// # Errors
/// [`DomainError::UnmergeableBase`] when `base_version` is newer than the room, or the text it stands for is
/// older than the history; [`DomainError::InvalidEdit`] for replacements that are not an edit of that text.
pub(super) fn plan(
    current: &str,
    version: u64,
    history: &VecDeque<PastChange>,
    state: Option<&ClientBase>,
    proposed: Proposed<'_>,
    base_version: u64,
) -> Result<ExactPlan, DomainError> {
    if base_version > version {
        return Err(DomainError::UnmergeableBase {
            base: base_version,
            reason: "it is newer than the room's version",
        });
    }
    let oldest = version - history.len() as u64;
    let too_old = |base| DomainError::UnmergeableBase {
        base,
        reason: "it is older than the changes the server keeps; reload the room and edit again",
    };
    let continuation = state.filter(|state| {
        base_version <= state.base
            || (matches!(proposed, Proposed::FullText(_)) && state.acked.contains(&base_version))
    });
    let (base_text, bridge, since): (Cow<'_, str>, &[TextChange], u64) = match continuation {
        Some(state) => {
            if state.landed < oldest || state.landed > version {
                return Err(too_old(base_version));
            }
            if state.lost {
                return Err(DomainError::UnmergeableBase {
                    base: base_version,
                    reason: "the server dropped this connection's own text (too much unmerged text in the room); \
                             reload the room and edit again",
                });
            }
            let text = match &state.text {
                Some(text) => Cow::Borrowed(&**text),
                None => Cow::Owned(state.rebuilt_text(current, version, history)),
            };
            (text, &state.bridge, state.landed)
        }
        None => {
            if base_version < oldest {
                return Err(too_old(base_version));
            }
            (
                text_at(current, version, history, base_version),
                &[],
                base_version,
            )
        }
    };
    let (edit, client_text): (TextChange, Arc<str>) = match proposed {
        Proposed::FullText(text) => (TextChange::diff(&base_text, text), Arc::from(text)),
        Proposed::Replacements(replacements) => {
            let edit = TextChange::from_replacements(&base_text, replacements)?;
            let text = Arc::from(edit.apply(&base_text));
            (edit, text)
        }
    };
    let skip = usize::try_from(since - oldest).unwrap_or(usize::MAX);
    let concurrent = bridge
        .iter()
        .chain(history.iter().skip(skip).map(|past| &past.change));
    let (change, bridge) = carry_over(edit, concurrent);
    let landed = if change.is_identity() {
        version
    } else {
        version + 1
    };
    let next = ClientBase {
        base: state.map_or(base_version, |state| state.base.max(base_version)),
        text: Some(Arc::clone(&client_text)),
        landed,
        bridge,
        acked: state.map(|state| state.acked.clone()).unwrap_or_default(),
        lost: false,
    };
    Ok(ExactPlan {
        change,
        client_text,
        next,
    })
}

/// Carries `edit` over `concurrent` changes made after the text it was made on (the earlier change first
/// where both insert at one place). Returns the carried edit and the concurrent changes as they apply after
/// `edit`: the way from the client's text to the room's text with the edit.
fn carry_over<'a>(
    edit: TextChange,
    concurrent: impl Iterator<Item = &'a TextChange>,
) -> (TextChange, Vec<TextChange>) {
    let mut change = edit;
    let mut bridge = Vec::new();
    for earlier in concurrent {
        let earlier_after = earlier.transform_with(&change, true);
        change = change.transform_with(earlier, false);
        if !earlier_after.is_identity() {
            bridge.push(earlier_after);
        }
    }
    (change, bridge)
}

#[cfg(test)]
mod tests;
