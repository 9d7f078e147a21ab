//! Merging a JSON client's full text into a room that may have moved on since the client last saw it.
//!
//! A JSON client sends its whole text, not its edit. The edit is the difference between that text and the
//! text the client started from, which the server has to work out: the client names it with `baseVersion`
//! (exact), or the server weighs the texts the client may have had (the versions it was sent since its last
//! update, and its own last text) and takes the one that explains the new text with the smallest edit, the
//! way a keystroke explains the next frame of an editor. The edit deleting least wins, then the smallest: a
//! wrong base makes the client appear to delete (or overwrite) text it never saw, which would lose someone's
//! work, while the worst a base that is too old can do is keep text the client deleted. The client's own last text
//! is a candidate only for a client that sent again before hearing back, and not once its new text holds what
//! the server merged into it. Likewise a version is no candidate when the client's text holds a distinctive
//! piece of text that a later change inserted: the client has evidently received that change. The edit is then transformed over every change made
//! since that base (see [`TextChange::transform`]), so it lands where its author meant it and deletes only
//! what its author saw.

use std::{
    borrow::Cow,
    collections::VecDeque,
    sync::Arc,
    time::{Duration, Instant},
};

use crate::{
    event::ConnectionId,
    text_change::{Step, TextChange},
};

use super::client_base::text_at;

/// At most this many past versions are tried as the base of an update without `baseVersion`.
const MAX_CANDIDATES: u64 = 16;
/// How long the diffs of one merge may take together. Past it, the diffs left settle for their coarse form
/// and older versions are no longer tried, so an update costs about the same whatever the room's history:
/// two unrelated texts would otherwise take a diff's whole deadline for every candidate.
const MERGE_DIFF_BUDGET: Duration = Duration::from_millis(50);
/// At most this many distinctive insertions of one change are looked for in a client's text (each search
/// reads the whole text): the longest, which are the most distinctive.
const DISTINCTIVE_PER_CHANGE: usize = 8;
/// How many changes after a candidate base are checked for text the client evidently received.
const LATER_CHANGES_CHECKED: usize = 4;
/// Inserted text this long (and not only whitespace) is distinctive enough that finding it in a client's text
/// means the client received it, rather than typed it again.
const DISTINCTIVE_CHARS: usize = 3;

/// The distinctive pieces of text a change inserted: the [`DISTINCTIVE_PER_CHANGE`] longest.
fn distinctive_insertions(change: &TextChange) -> Vec<&str> {
    let mut found: Vec<&str> = change
        .steps()
        .iter()
        .filter_map(|step| match step {
            Step::Insert(text)
                if text.chars().nth(DISTINCTIVE_CHARS - 1).is_some() && !text.trim().is_empty() =>
            {
                Some(text.as_str())
            }
            _ => None,
        })
        .collect();
    if found.len() > DISTINCTIVE_PER_CHANGE {
        found.sort_by_key(|text| std::cmp::Reverse(text.len()));
        found.truncate(DISTINCTIVE_PER_CHANGE);
    }
    found
}

/// Whether the client evidently received a change made after `base_text`, so that `base_text` cannot be what it
/// edited: its text holds a distinctive piece a later change inserted (and `base_text` lacks), or `edit` (from
/// `base_text` to its text) "types" a distinctive piece of what a later change inserted.
fn received_later(
    edit: &TextChange,
    base_text: &str,
    client_text: &str,
    inserted_after: &VecDeque<Vec<&str>>,
) -> bool {
    let later = || inserted_after.iter().flatten();
    later().any(|inserted| client_text.contains(inserted) && !base_text.contains(inserted))
        || distinctive_insertions(edit)
            .iter()
            .any(|typed| later().any(|inserted| inserted.contains(typed)))
}

/// What the server knows of one JSON connection's copy of the text.
#[derive(Debug, Clone)]
pub(super) struct JsonView {
    /// The client's text after its last update (or the text it joined with); `None` once dropped to keep the
    /// room's memory bounded: it is then rebuilt from the room's text at `version` and `pending`.
    text: Option<Arc<str>>,
    /// The room's version right after that update was merged.
    version: u64,
    /// What the merge added that the client's text lacks: `text` -> the room's text at `version`.
    pending: TextChange,
    /// The oldest version the client may still have when it sends its next update: versions sent to it after
    /// the base of its last update, which may reach it after it sent that update.
    floor: u64,
    /// Set when `pending` was dropped too (see [`JsonView::forget`]): the client's own last text is then no
    /// candidate base.
    forgotten: bool,
}

impl JsonView {
    /// A client that starts from `code` at `version`.
    pub(super) fn new(code: Arc<str>, version: u64) -> Self {
        Self {
            text: Some(code),
            version,
            pending: TextChange::default(),
            floor: version,
            forgotten: false,
        }
    }

    /// The room's version right after the client's last update was merged.
    pub(super) fn version(&self) -> u64 {
        self.version
    }

    /// The text this view holds, if any.
    pub(super) fn text(&self) -> Option<&Arc<str>> {
        self.text.as_ref()
    }

    /// Bytes of text the view holds besides its `text`: what the merge added that the client lacks.
    pub(super) fn pending_bytes(&self) -> usize {
        self.pending.text_bytes()
    }

    /// Drops the client's text, which is rebuilt when needed while the room's history reaches back to
    /// `version`.
    pub(super) fn drop_text(&mut self) {
        self.text = None;
    }

    /// Drops the client's text and what the merge added to it. The client's next update is then merged as a
    /// reconnecting client's is, from the versions it may have been sent only: its own last text is no
    /// candidate base any more, which may cost an update sent before the client heard back from its last one.
    pub(super) fn forget(&mut self) {
        self.text = None;
        self.pending = TextChange::default();
        self.forgotten = true;
    }

    /// The client's last text, held or rebuilt: `None` when forgotten or older than the history.
    fn client_text<'a>(
        &'a self,
        current: &str,
        version: u64,
        history: &VecDeque<PastChange>,
    ) -> Option<Cow<'a, str>> {
        let oldest = version - history.len() as u64;
        if self.forgotten || self.version < oldest || self.version > version {
            return None;
        }
        Some(match &self.text {
            Some(text) => Cow::Borrowed(&**text),
            None => {
                Cow::Owned(
                    self.pending
                        .rewind(&text_at(current, version, history, self.version)),
                )
            }
        })
    }

    /// Whether `client_text` holds what the merge of the client's last update added to it, so that the client
    /// must have received the merged text. Only insertions of two characters or more count: a single character
    /// is too likely to have been typed again.
    fn merge_seen_in(&self, text: &str, client_text: &str) -> bool {
        self.pending.steps().iter().any(|step| {
            matches!(step, Step::Insert(added) if added.chars().nth(1).is_some()
                && client_text.contains(added.as_str())
                && !text.contains(added.as_str()))
        })
    }

    /// The view after the client's update `client_text` was merged into `merged`, version `version`. When
    /// the two texts are equal, `client_text` should be `merged` itself, so that the view shares the room's text.
    pub(super) fn after_update(
        self,
        client_text: Arc<str>,
        version: u64,
        merged: &str,
        floor: u64,
    ) -> Self {
        let pending = if *client_text == *merged {
            TextChange::default()
        } else {
            TextChange::diff(&client_text, merged)
        };
        Self {
            text: Some(client_text),
            version,
            pending,
            floor,
            forgotten: false,
        }
    }
}

/// One change of the room's recent history, and which connection made it.
#[derive(Debug, Clone)]
pub(super) struct PastChange {
    /// The change, on the text of the version before it.
    pub(super) change: TextChange,
    /// The connection whose update it was.
    pub(super) origin: ConnectionId,
}

/// How to apply a client's update to the current text.
pub(super) struct Plan {
    /// The client's edit, carried over to the current text.
    pub(super) change: TextChange,
    /// The oldest version the client may have after this update.
    pub(super) floor: u64,
}

/// Where a candidate edit starts from.
enum Base {
    /// The room's text at a version.
    Version(u64),
    /// The client's own last text.
    View,
}

/// Works out the edit `client_text` (sent without `baseVersion`) makes, carried over to `current` (the room's
/// text at `version`).
///
/// `history` holds the changes that produced the last versions, oldest first.
pub(super) fn plan<'a>(
    current: &str,
    version: u64,
    history: &'a VecDeque<PastChange>,
    view: &'a JsonView,
    client: ConnectionId,
    client_text: &str,
) -> Plan {
    // What the client itself inserted is in its text because it typed it, not because it received it.
    let others_insertions = |past: &'a PastChange| -> Vec<&'a str> {
        if past.origin == client {
            Vec::new()
        } else {
            distinctive_insertions(&past.change)
        }
    };
    let oldest = version - history.len() as u64;
    let server_range = Some((
        view.floor
            .max(oldest)
            .max(version.saturating_sub(MAX_CANDIDATES - 1)),
        version,
    ));
    let view_text = view
        .client_text(current, version, history)
        .filter(|text| !view.merge_seen_in(text, client_text));
    let deadline = Instant::now() + MERGE_DIFF_BUDGET;

    // Among the versions, the edit deleting least wins, then the smallest, then the newest. The client's own
    // last text (for a client that sent again before hearing back) must explain its text strictly better:
    // the versions are what a client usually has.
    let mut best: Option<((usize, usize), Base, TextChange)> = None;
    if let Some((low, high)) = server_range {
        // Newest first, so that among equal edits the most recent base wins.
        let mut text = Cow::Borrowed(current);
        let mut at = version;
        let mut older_changes = history.iter().rev();
        // Distinctive text inserted by the few changes right after `at`, nearest last.
        let mut inserted_after: VecDeque<Vec<&str>> = VecDeque::new();
        loop {
            let edit = (low..=high)
                .contains(&at)
                .then(|| TextChange::diff_until(&text, client_text, deadline));
            if let Some(edit) =
                edit.filter(|edit| !received_later(edit, &text, client_text, &inserted_after))
            {
                let (deleted, inserted) = edit.size();
                let cost = (deleted, deleted + inserted);
                if best
                    .as_ref()
                    .is_none_or(|(best_cost, _, _)| cost < *best_cost)
                {
                    best = Some((cost, Base::Version(at), edit));
                }
            }
            if at <= low || (best.is_some() && Instant::now() >= deadline) {
                break;
            }
            let Some(change) = older_changes.next() else {
                break;
            };
            inserted_after.push_back(others_insertions(change));
            if inserted_after.len() > LATER_CHANGES_CHECKED {
                inserted_after.pop_front();
            }
            text = Cow::Owned(change.change.rewind(&text));
            at -= 1;
        }
    }
    let view_edit = view_text
        .as_deref()
        .map(|view_text| {
            (
                view_text,
                TextChange::diff_until(view_text, client_text, deadline),
            )
        })
        .filter(|(view_text, edit)| {
            // What the merge of its last update added counts as received too, if the client's text shows it.
            let skip = usize::try_from(view.version - oldest).unwrap_or(usize::MAX);
            let after_view: VecDeque<Vec<&str>> =
                std::iter::once(distinctive_insertions(&view.pending))
                    .chain(
                        history
                            .iter()
                            .skip(skip)
                            .take(LATER_CHANGES_CHECKED)
                            .map(others_insertions),
                    )
                    .collect();
            !received_later(edit, view_text, client_text, &after_view)
        })
        .map(|(_, edit)| edit);
    if let Some(edit) = view_edit {
        let (deleted, inserted) = edit.size();
        let cost = (deleted, deleted + inserted);
        if best
            .as_ref()
            .is_none_or(|(best_cost, _, _)| cost < *best_cost)
        {
            best = Some((cost, Base::View, edit));
        }
    }
    let Some((_, base, edit)) = best else {
        // Only reachable with a history too short for the view; the current text is then the best guess.
        return Plan {
            change: TextChange::diff(current, client_text),
            floor: version,
        };
    };
    // Versions up to the base were sent before the client made this edit; what came after may still reach it
    // (and replace its text, if it follows the spec) after it sent this update.
    let (mut change, from, floor) = match base {
        Base::Version(at) => (edit, at, at + 1),
        Base::View => (edit.transform(&view.pending), view.version, view.floor),
    };
    let skip = usize::try_from(from - oldest).unwrap_or(usize::MAX);
    for concurrent in history.iter().skip(skip) {
        change = change.transform(&concurrent.change);
    }
    Plan { change, floor }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLIENT: ConnectionId = ConnectionId::new(1);
    const OTHER: ConnectionId = ConnectionId::new(2);

    /// A room's history built from successive texts, all by another client.
    fn history_of(texts: &[&str]) -> VecDeque<PastChange> {
        texts
            .windows(2)
            .map(|pair| PastChange {
                change: TextChange::diff(pair[0], pair[1]),
                origin: OTHER,
            })
            .collect()
    }

    fn merge(texts: &[&str], view: &JsonView, client_text: &str) -> String {
        let history = history_of(texts);
        let current = texts[texts.len() - 1];
        let version = (texts.len() - 1) as u64;
        let plan = plan(current, version, &history, view, CLIENT, client_text);
        plan.change.apply(current)
    }

    #[test]
    fn an_up_to_date_client_gets_exactly_its_text() {
        let view = JsonView::new(Arc::from("abc"), 1);
        assert_eq!(merge(&["", "abc"], &view, "abXc"), "abXc");
    }

    #[test]
    fn a_client_behind_by_one_change_keeps_both_edits() {
        // The client joined at "line one\nline two\n" (version 0); someone appended a line (version 1);
        // the client, not having seen it, edits the first line.
        let texts = ["line one\nline two\n", "line one\nline two\nline three\n"];
        let view = JsonView::new(Arc::from(texts[0]), 0);
        let merged = merge(&texts, &view, "LINE one\nline two\n");
        assert_eq!(merged, "LINE one\nline two\nline three\n");
    }

    #[test]
    fn a_client_sending_twice_before_hearing_back_does_not_duplicate_its_first_edit() {
        // Version 1: someone else's edit. Version 2: the client's first edit, merged over it.
        let texts = ["hello", "hello world", "hello, world"];
        let view = JsonView::new(Arc::from("hello"), 0).after_update(
            Arc::from("hello,"),
            2,
            "hello, world",
            0,
        );
        // It types "!" after its comma without having seen " world": both insertions are at one place, so
        // either order is a correct merge, as long as nothing is lost or doubled.
        let merged = merge(&texts, &view, "hello,!");
        assert!(
            merged == "hello, world!" || merged == "hello,! world",
            "{merged}"
        );
    }

    #[test]
    fn the_base_a_client_already_built_on_is_not_tried_again() {
        // The client turned "" into "middle\n" (version 1); Yjs clients then added lines. Its next text must
        // not be read as a fresh insertion on the empty text it started from.
        let texts = ["", "middle\n", "top\nmiddle\n", "top\nmiddle\nbottom\n"];
        let view =
            JsonView::new(Arc::from(""), 0).after_update(Arc::from("middle\n"), 1, "middle\n", 1);
        assert_eq!(merge(&texts, &view, "MIDDLE\n"), "top\nMIDDLE\nbottom\n");
    }

    #[test]
    fn an_ambiguous_text_is_read_as_an_insertion_rather_than_a_deletion_of_unseen_text() {
        // The client joined at "" and typed "b;"; meanwhile someone else's "a;" became version 1. "b;" could be
        // "replace a by b" on version 1, or "type b;" on version 0: only the second loses nothing.
        let view = JsonView::new(Arc::from(""), 0);
        assert_eq!(merge(&["", "a;"], &view, "b;"), "a;b;");
    }

    #[test]
    fn a_deletion_after_receiving_someone_elses_insertion_is_not_read_as_a_replacement() {
        // The client received "b··;" (version 2) and deletes "a··;". Against version 1 its text reads as
        // "replace a by b", which would put "b··" in twice; it holds "b··;", so it received version 2.
        let texts = ["", "a··;", "a··;b··;"];
        let view = JsonView::new(Arc::from(""), 0).after_update(Arc::from("a··;"), 1, "a··;", 1);
        assert_eq!(merge(&texts, &view, "b··;"), "b··;");
    }

    #[test]
    fn an_insertion_is_not_read_as_overwriting_text_the_client_never_saw() {
        // Someone inserted "x··;" (version 2) while the client, at version 1, typed "y··;" at the same place.
        // Against version 2 its text reads as "replace x by y", the smaller edit, but it deletes.
        let texts = ["a··;", "a··;b··;", "a··;x··;b··;"];
        let view = JsonView::new(Arc::from("a··;b··;"), 1);
        assert_eq!(merge(&texts, &view, "a··;y··;b··;"), "a··;x··;y··;b··;");
    }

    #[test]
    fn text_that_only_a_merge_could_have_given_the_client_rules_out_its_own_old_text() {
        // The client sent "a··;" and got back the merge "a··;b··;c··;" (version 3); others then deleted
        // "c··;" (version 4). It deletes nothing and sends "a··;b··;": against its own old text that reads as
        // typing "b··;", a piece of what the merge gave it, so its base is version 4.
        let texts = ["", "b··;c··;", "x··;b··;c··;", "a··;b··;c··;", "a··;b··;"];
        let view =
            JsonView::new(Arc::from(""), 0).after_update(Arc::from("a··;"), 3, "a··;b··;c··;", 1);
        assert_eq!(merge(&texts, &view, "a··;b··;"), "a··;b··;");
    }
}
