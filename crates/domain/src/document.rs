//! The document model: a room's code as a CRDT text, so concurrent edits merge instead of overwriting.
//!
//! Each room holds one [`yrs`] document with a single `Y.Text` named [`Document::TEXT_NAME`] (`"code"`), the
//! name Yjs editor bindings use to find the shared text. Offsets inside the document count UTF-16 code units,
//! as every Yjs client does; the JSON protocol of the spec counts Unicode scalar values, and the conversion
//! between the two happens here, once, so no other layer has to know.

use std::sync::{Arc, Mutex, PoisonError};

use yrs::{
    Assoc, Doc, GetString, In, IndexScope, IndexedSequence, Observable, OffsetKind, Options, Out,
    ReadTxn, StateVector, StickyIndex, Text, TextRef, Transact, Update,
    any::Any,
    branch::BranchPtr,
    types::Delta,
    updates::{decoder::Decode, encoder::Encode},
};

use crate::text_change::{Step, TextChange};

/// Why bytes from a client or a store could not be used as a document update.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocumentError {
    /// The bytes are not a Yjs update (v1).
    #[error("malformed Yjs update: {0}")]
    MalformedUpdate(String),
    /// The bytes are not a Yjs state vector (v1).
    #[error("malformed Yjs state vector: {0}")]
    MalformedStateVector(String),
    /// The update is well-formed but cannot be integrated.
    #[error("Yjs update rejected: {0}")]
    Rejected(String),
}

/// What applying a remote update did to the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppliedUpdate {
    /// Whether the document's state changed at all (new content, deletions, or parts waiting for their
    /// dependencies). An update the document already had changes nothing.
    pub state_changed: bool,
    /// What happened to the text, when it changed.
    pub text_change: Option<TextChange>,
    /// The text after the update.
    pub text: String,
}

/// A text step as yrs reports it, in UTF-16 units, before it is converted into scalar values.
#[derive(Debug, Clone)]
enum Utf16Step {
    Retain(u32),
    Insert(String),
    Delete(u32),
    /// Something other than plain text (an embed, or formatting): the change is then recomputed by diff.
    Unsupported,
}

/// A room's code as a collaborative document.
pub struct Document {
    doc: Doc,
    text: TextRef,
    /// Filled by an observer of `text` during each transaction's commit: the only place yrs reports deltas.
    observed: Arc<Mutex<Vec<Utf16Step>>>,
}

impl std::fmt::Debug for Document {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Document")
            .field("text", &self.text())
            .finish_non_exhaustive()
    }
}

impl Default for Document {
    fn default() -> Self {
        Self::new()
    }
}

impl Document {
    /// The name of the shared text inside the Yjs document: clients bind their editor to
    /// `ydoc.getText("code")`.
    pub const TEXT_NAME: &'static str = "code";

    /// An empty document.
    #[must_use]
    pub fn new() -> Self {
        Self::observing(Self::unobserved_doc())
    }

    /// An empty document whose edits carry `client_id`: for reproducible tests (yrs picks one at random).
    #[cfg(test)]
    pub(crate) fn with_client_id(client_id: u64) -> Self {
        Self::observing(Doc::with_options(Options {
            client_id: yrs::block::ClientID::new(client_id),
            offset_kind: OffsetKind::Utf16,
            ..Options::default()
        }))
    }

    /// A yrs document set up as every room's, without the text observer yet.
    fn unobserved_doc() -> Doc {
        Doc::with_options(Options {
            offset_kind: OffsetKind::Utf16,
            ..Options::default()
        })
    }

    /// Wraps `doc`, observing the changes of its text from now on.
    fn observing(doc: Doc) -> Self {
        let text = doc.get_or_insert_text(Self::TEXT_NAME);
        let observed = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&observed);
        text.observe("pairprog-text-delta", move |txn, event| {
            let steps = event.delta(txn).iter().map(utf16_step).collect::<Vec<_>>();
            sink.lock()
                .unwrap_or_else(PoisonError::into_inner)
                .extend(steps);
        });
        Self {
            doc,
            text,
            observed,
        }
    }

    /// Rebuilds a document from a stored snapshot and the log entries after it.
    ///
    /// # Errors
    /// [`DocumentError`] when a stored update cannot be decoded or integrated.
    pub fn load<'a>(
        snapshot: Option<&'a [u8]>,
        updates: impl IntoIterator<Item = &'a [u8]>,
    ) -> Result<Self, DocumentError> {
        // The observer is attached after loading: the text's delta is computed per transaction, and a load
        // needs none (measured: a 20,000-character log of 12 updates loads in 5 ms instead of 124 ms).
        let doc = Self::unobserved_doc();
        doc.get_or_insert_text(Self::TEXT_NAME);
        for bytes in snapshot.into_iter().chain(updates) {
            let update = Update::decode_v1(bytes)
                .map_err(|error| DocumentError::MalformedUpdate(error.to_string()))?;
            doc.transact_mut()
                .apply_update(update)
                .map_err(|error| DocumentError::Rejected(error.to_string()))?;
        }
        Ok(Self::observing(doc))
    }

    fn take_observed(&self) -> Vec<Utf16Step> {
        std::mem::take(&mut *self.observed.lock().unwrap_or_else(PoisonError::into_inner))
    }

    /// Applies an update from a Yjs client, given the text before it (`before`, which must be the current
    /// text), and reports what changed.
    ///
    /// # Errors
    /// [`DocumentError`] when the bytes are not an update or cannot be integrated; the document is then
    /// unchanged.
    pub fn apply_update(
        &mut self,
        before: &str,
        bytes: &[u8],
    ) -> Result<AppliedUpdate, DocumentError> {
        let update = Update::decode_v1(bytes)
            .map_err(|error| DocumentError::MalformedUpdate(error.to_string()))?;
        self.take_observed();
        let state_changed = {
            let mut txn = self.doc.transact_mut();
            let state_before = txn.state_vector();
            // An update that starts past what the document has of a client skips part of that client's history.
            // Honest clients never send one over a single connection (sync fills gaps in order), and yrs 0.28
            // corrupts its block store when a later update overlaps such a gap: refuse it; a client that really
            // missed something resynchronises on reconnect.
            if let Some((client, clock)) = update
                .state_vector_lower()
                .iter()
                .find(|(client, clock)| **clock > state_before.get(client))
            {
                return Err(DocumentError::Rejected(format!(
                    "update starts at clock {clock} of client {client}, past the {} the document has",
                    state_before.get(client)
                )));
            }
            let pending_before = txn.has_missing_updates();
            txn.apply_update(update)
                .map_err(|error| DocumentError::Rejected(error.to_string()))?;
            // An update of deletions only leaves the state vector as it was: its delete set tells.
            txn.state_vector() != state_before
                || !txn.delete_set().is_empty()
                || txn.has_missing_updates() != pending_before
                || txn.has_missing_updates()
        };
        let steps = self.take_observed();
        // The observed delta is exact for plain text, and applying it to `before` is much cheaper than reading
        // the text back out of the CRDT; anything it cannot express (embeds, formatting, a surrogate pair split
        // in half) falls back to reading the text and diffing.
        let (text_change, text) = match scalar_change(before, &steps) {
            Some(change) if change.is_identity() => (None, before.to_owned()),
            Some(change) => {
                let text = change.apply(before);
                (Some(change), text)
            }
            None => {
                let text = self.text();
                let change = (text != before).then(|| TextChange::diff(before, &text));
                (change, text)
            }
        };
        Ok(AppliedUpdate {
            state_changed,
            text_change,
            text,
        })
    }

    /// Applies a change computed on `before` (the current text) as a local edit, and returns it encoded as a
    /// Yjs update (v1) for the other clients and the log.
    pub fn apply_change(&mut self, before: &str, change: &TextChange) -> Vec<u8> {
        // One walk along the text as a delta, not one search from its start per step: a change of thousands
        // of steps on a fragmented document took seconds the other way (0.8 ms a step at 100,000 blocks).
        let mut rest = before;
        let mut delta = Vec::with_capacity(change.steps().len());
        for step in change.steps() {
            match step {
                Step::Retain(count) => {
                    let split = rest
                        .char_indices()
                        .nth(*count)
                        .map_or(rest.len(), |(byte, _)| byte);
                    delta.push(Delta::Retain(utf16_len(rest[..split].chars()), None));
                    rest = &rest[split..];
                }
                Step::Insert(text) => {
                    delta.push(Delta::Inserted(In::Any(Any::from(text.as_str())), None));
                }
                Step::Delete(text) => {
                    delta.push(Delta::Deleted(utf16_len(text.chars())));
                    let split = rest
                        .char_indices()
                        .nth(text.chars().count())
                        .map_or(rest.len(), |(byte, _)| byte);
                    rest = &rest[split..];
                }
            }
        }
        let update = {
            let mut txn = self.doc.transact_mut();
            self.text.apply_delta(&mut txn, delta);
            txn.encode_update_v1()
        };
        self.take_observed();
        update
    }

    /// The updates this document has that a peer with `state_vector` (v1) lacks, as one update (v1): the
    /// answer to a Yjs client's sync step 1.
    ///
    /// # Errors
    /// [`DocumentError::MalformedStateVector`] when the bytes are not a state vector.
    pub fn encode_diff(&self, state_vector: &[u8]) -> Result<Vec<u8>, DocumentError> {
        let state_vector = StateVector::decode_v1(state_vector)
            .map_err(|error| DocumentError::MalformedStateVector(error.to_string()))?;
        Ok(self.doc.transact().encode_state_as_update_v1(&state_vector))
    }

    /// Several updates (v1) as one: what a peer that applies it gets from applying them all, in any order.
    ///
    /// # Errors
    /// [`DocumentError::MalformedUpdate`] when one of them is not an update.
    pub fn merge_updates(updates: &[Vec<u8>]) -> Result<Vec<u8>, DocumentError> {
        yrs::merge_updates_v1(updates)
            .map_err(|error| DocumentError::MalformedUpdate(error.to_string()))
    }

    /// A document whose text is `code`.
    #[must_use]
    pub fn from_text(code: &str) -> Self {
        let document = Self::new();
        if !code.is_empty() {
            let mut txn = document.doc.transact_mut();
            document.text.insert(&mut txn, 0, code);
        }
        document
    }

    /// The current text.
    #[must_use]
    pub fn text(&self) -> String {
        self.text.get_string(&self.doc.transact())
    }

    /// Makes the text equal to `new_text` by the smallest change a character diff finds, and returns that change
    /// (`None` when the text was already equal).
    ///
    /// Replacing by a minimal change rather than by delete-all-then-insert keeps concurrent edits of other parts
    /// of the text intact once the document is shared with CRDT clients.
    pub fn replace_text(&mut self, new_text: &str) -> Option<TextChange> {
        let old_text = self.text();
        let change = TextChange::diff(&old_text, new_text);
        if change.is_identity() {
            return None;
        }
        self.apply_change(&old_text, &change);
        Some(change)
    }

    /// The whole document encoded as a Yjs update (v1), from which any client can rebuild it.
    #[must_use]
    pub fn encode_state(&self) -> Vec<u8> {
        self.doc
            .transact()
            .encode_state_as_update_v1(&StateVector::default())
    }

    /// Positions in the text that follow edits: for each offset (Unicode scalar values into `text`, the
    /// current text; past the end means the end), the place before the character there. Text inserted before
    /// one moves it right, text inserted at it too (as a Yjs relative position made by
    /// `createRelativePositionFromTypeIndex` with the default association). One pass over the text for all.
    #[must_use]
    pub fn sticky_positions(&self, text: &str, offsets: &[usize]) -> Vec<StickyIndex> {
        let units = utf16_offsets(text, offsets);
        let txn = self.doc.transact();
        units
            .into_iter()
            .map(|units| {
                self.text
                    .sticky_index(&txn, units, Assoc::After)
                    .unwrap_or_else(|| {
                        // Only past the end, which the conversion rules out; the end is then the answer.
                        StickyIndex::new(IndexScope::Root(Self::TEXT_NAME.into()), Assoc::After)
                    })
            })
            .collect()
    }

    /// Where each [`StickyIndex`] is now, in Unicode scalar values into `text` (the current text); `None` for
    /// one that points into something other than this document's text (another shared type, or content this
    /// document does not have yet). One pass over the text for all.
    #[must_use]
    pub fn resolve_positions(&self, text: &str, positions: &[&StickyIndex]) -> Vec<Option<usize>> {
        let own: &yrs::branch::Branch = self.text.as_ref();
        let own = BranchPtr::from(own);
        let units: Vec<Option<u32>> = {
            let txn = self.doc.transact();
            positions
                .iter()
                .map(|position| {
                    let offset = position.get_offset(&txn)?;
                    (offset.branch == own).then_some(offset.index)
                })
                .collect()
        };
        let known: Vec<u32> = units.iter().flatten().copied().collect();
        let mut scalars = scalar_offsets(text, &known).into_iter();
        units
            .into_iter()
            .map(|units| units.and_then(|_| scalars.next()))
            .collect()
    }

    /// The ids of the characters at `positions` (Unicode scalar values) of the current text, as spans of one
    /// clock: how the history marks the lines a deletion changed (see [`crate::history::deletion_marks`], of
    /// which `before` and `changes` are the arguments: the text before the changes just applied, and them).
    #[must_use]
    pub fn marked_items(
        &self,
        before: &str,
        changes: &[TextChange],
    ) -> Vec<crate::history::ItemSpan> {
        let marks = crate::history::deletion_marks(before, changes);
        if marks.is_empty() {
            return Vec::new();
        }
        let text = self.text();
        let txn = self.doc.transact();
        let mut spans = Vec::with_capacity(marks.len());
        let (mut scalar, mut units) = (0, 0_u32);
        let mut characters = text.chars();
        for mark in marks {
            while scalar < mark {
                let Some(character) = characters.next() else {
                    break;
                };
                units += u32::try_from(character.len_utf16()).unwrap_or(1);
                scalar += 1;
            }
            let id = self
                .text
                .sticky_index(&txn, units, yrs::Assoc::After)
                .and_then(|index| index.id().copied());
            if let Some(id) = id {
                spans.push(crate::history::ItemSpan {
                    client: id.client.get(),
                    clock: id.clock,
                    len: 1,
                });
            }
        }
        spans
    }

    /// The yrs document, for the history's walk over its items.
    pub(crate) const fn doc(&self) -> &Doc {
        &self.doc
    }

    /// The document's state vector (v1 encoding): what a peer needs to compute the updates this document lacks.
    #[must_use]
    pub fn encode_state_vector(&self) -> Vec<u8> {
        self.doc.transact().state_vector().encode_v1()
    }
}

/// For each UTF-16 offset into `text`, the number of Unicode scalar values before it (an offset inside a
/// surrogate pair counts the whole character; past the end gives the length), in one pass over the text.
fn scalar_offsets(text: &str, units: &[u32]) -> Vec<usize> {
    convert_offsets(text, units, char::len_utf16, |_| 1)
}

/// For each scalar offset into `text`, the number of UTF-16 units before it (past the end gives the length), in
/// one pass over the text.
fn utf16_offsets(text: &str, scalars: &[usize]) -> Vec<u32> {
    let targets: Vec<u32> = scalars
        .iter()
        .map(|offset| u32::try_from(*offset).unwrap_or(u32::MAX))
        .collect();
    convert_offsets(text, &targets, |_| 1, char::len_utf16)
        .into_iter()
        .map(|units| u32::try_from(units).unwrap_or(u32::MAX))
        .collect()
}

/// Converts offsets counted in one unit (`from_width` of each character) into offsets counted in another
/// (`to_width`), for every target at once: the targets are visited in ascending order during a single walk.
fn convert_offsets(
    text: &str,
    targets: &[u32],
    from_width: impl Fn(char) -> usize,
    to_width: impl Fn(char) -> usize,
) -> Vec<usize> {
    let mut order: Vec<usize> = (0..targets.len()).collect();
    order.sort_by_key(|index| targets[*index]);
    let mut converted = vec![0; targets.len()];
    let mut characters = text.chars();
    let (mut from, mut to) = (0_usize, 0_usize);
    for index in order {
        let target = usize::try_from(targets[index]).unwrap_or(usize::MAX);
        while from < target {
            let Some(character) = characters.next() else {
                break;
            };
            from += from_width(character);
            to += to_width(character);
        }
        converted[index] = to;
    }
    converted
}

fn utf16_step(delta: &Delta<Out>) -> Utf16Step {
    match delta {
        Delta::Retain(units, None) => Utf16Step::Retain(*units),
        Delta::Deleted(units) => Utf16Step::Delete(*units),
        Delta::Inserted(Out::Any(Any::String(text)), None) => Utf16Step::Insert(text.to_string()),
        Delta::Retain(_, Some(_)) | Delta::Inserted(..) => Utf16Step::Unsupported,
    }
}

/// Converts observed UTF-16 steps into a change in scalar values over `before`, or `None` when they cannot
/// be expressed that way (an embed, formatting, or a surrogate pair split in half).
fn scalar_change(before: &str, steps: &[Utf16Step]) -> Option<TextChange> {
    let mut rest = before;
    // Consumes `units` UTF-16 units from the front of `rest`; returns the text taken, or `None` when the
    // count ends inside a surrogate pair or past the end.
    let mut take = |units: u32| -> Option<&str> {
        let (mut remaining, mut bytes) = (units, 0);
        let mut characters = rest.chars();
        while remaining > 0 {
            let character = characters.next()?;
            remaining = remaining.checked_sub(u32::try_from(character.len_utf16()).ok()?)?;
            bytes += character.len_utf8();
        }
        let (taken, left) = rest.split_at(bytes);
        rest = left;
        Some(taken)
    };
    let mut converted = Vec::with_capacity(steps.len());
    for step in steps {
        converted.push(match step {
            Utf16Step::Retain(units) => Step::Retain(take(*units)?.chars().count()),
            Utf16Step::Delete(units) => Step::Delete(take(*units)?.to_owned()),
            Utf16Step::Insert(text) => Step::Insert(text.clone()),
            Utf16Step::Unsupported => return None,
        });
    }
    Some(TextChange::from_steps(converted))
}

/// How many UTF-16 code units `chars` take.
fn utf16_len(chars: impl Iterator<Item = char>) -> u32 {
    let units: usize = chars.map(char::len_utf16).sum();
    // A yrs text cannot hold more than u32::MAX units; documents are bounded far below that by the size limits.
    u32::try_from(units).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    impl Document {
        fn sticky_position(&self, text: &str, offset: usize) -> StickyIndex {
            self.sticky_positions(text, &[offset]).remove(0)
        }

        fn resolve_position(&self, text: &str, position: &StickyIndex) -> Option<usize> {
            self.resolve_positions(text, &[position]).remove(0)
        }
    }

    #[test]
    fn offsets_convert_between_scalars_and_utf16_in_any_order() {
        let text = "a😀b🎉c";
        assert_eq!(utf16_offsets(text, &[5, 0, 2, 99, 1]), [7, 0, 3, 7, 1]);
        assert_eq!(scalar_offsets(text, &[7, 0, 3, 2, 99]), [5, 0, 2, 2, 5]);
    }

    /// Where a selection (anchor, head) made on `before` is once `after` replaced the text by a minimal edit.
    fn selection_after(before: &str, selection: (usize, usize), after: &str) -> (usize, usize) {
        let mut document = Document::from_text(before);
        let anchor = document.sticky_position(before, selection.0);
        let head = document.sticky_position(before, selection.1);
        document.replace_text(after);
        let text = document.text();
        (
            document.resolve_position(&text, &anchor).expect("anchor"),
            document.resolve_position(&text, &head).expect("head"),
        )
    }

    #[test]
    fn a_selection_follows_inserts_and_deletes_before_inside_and_after_it() {
        // The selection is "cd" (2..4) in "abcdef".
        assert_eq!(
            selection_after("abcdef", (2, 4), "XYabcdef"),
            (4, 6),
            "insert before"
        );
        assert_eq!(
            selection_after("abcdef", (2, 4), "abcXdef"),
            (2, 5),
            "insert inside"
        );
        assert_eq!(
            selection_after("abcdef", (2, 4), "abcdefXY"),
            (2, 4),
            "insert after"
        );
        assert_eq!(
            selection_after("abcdef", (2, 4), "cdef"),
            (0, 2),
            "delete before"
        );
        assert_eq!(
            selection_after("abcdef", (2, 4), "abdef"),
            (2, 3),
            "delete inside"
        );
        assert_eq!(
            selection_after("abcdef", (2, 4), "abcd"),
            (2, 4),
            "delete after"
        );
        assert_eq!(
            selection_after("abcdef", (4, 2), "__abcdef"),
            (6, 4),
            "a backwards selection"
        );
        // Typing at the caret pushes it along, as in an editor.
        assert_eq!(
            selection_after("abcdef", (3, 3), "abcXdef"),
            (4, 4),
            "insert at the caret"
        );
        // A deleted selection collapses where it was.
        assert_eq!(
            selection_after("abcdef", (2, 4), "abef"),
            (2, 2),
            "selection deleted"
        );
    }

    #[test]
    fn positions_count_scalars_around_astral_characters() {
        // 🎉 is two UTF-16 units inside the CRDT and one scalar outside.
        assert_eq!(selection_after("a🎉b🎊c", (3, 4), "🦀a🎉b🎊c"), (4, 5));
        // A caret at the end stays at the end, as a Yjs relative position there does.
        assert_eq!(
            selection_after("a🎉b🎊c", (5, 5), "a🎉b🎊c😀"),
            (6, 6),
            "end of the text"
        );
        assert_eq!(selection_after("a🎉b", (2, 3), "a🎉😀b"), (3, 4));
        let document = Document::from_text("🎉🎉");
        let end = document.sticky_position("🎉🎉", 99);
        assert_eq!(
            document.resolve_position("🎉🎉", &end),
            Some(2),
            "past the end is the end"
        );
    }

    #[test]
    fn a_yjs_relative_position_in_json_resolves_to_scalar_offsets() {
        let document = Document::from_text("é🎉x");
        let made = document.sticky_position("é🎉x", 2);
        let item = made.id().expect("inside the text");
        // What `JSON.stringify(Y.createRelativePositionFromTypeIndex(ytext, 3))` gives in a browser: the
        // UTF-16 index 3 is after "é🎉".
        let json = format!(
            r#"{{"type":null,"tname":"code","item":{{"client":{},"clock":{}}},"assoc":0}}"#,
            item.client, item.clock
        );
        let parsed: StickyIndex = serde_json::from_str(&json).expect("a relative position");
        assert_eq!(document.resolve_position("é🎉x", &parsed), Some(2));
        let end: StickyIndex =
            serde_json::from_str(r#"{"type":null,"tname":"code","item":null,"assoc":0}"#)
                .expect("end");
        assert_eq!(document.resolve_position("é🎉x", &end), Some(3));
        let elsewhere: StickyIndex =
            serde_json::from_str(r#"{"type":null,"tname":"notes","item":null,"assoc":0}"#)
                .expect("other");
        assert_eq!(document.resolve_position("é🎉x", &elsewhere), None);
    }

    #[test]
    fn replacing_with_the_same_text_is_no_edit() {
        let mut document = Document::from_text("print('hi')");
        assert_eq!(document.replace_text("print('hi')"), None);
        assert_eq!(document.text(), "print('hi')");
    }

    #[test]
    fn replace_produces_the_minimal_edit() {
        let mut document = Document::from_text("def f(a, b):\n    return a");
        let edit = document
            .replace_text("def f(a, b):\n    return a + b")
            .expect("text changed");
        assert_eq!(
            edit.steps(),
            [Step::Retain(25), Step::Insert(" + b".into())]
        );
        assert_eq!(document.text(), "def f(a, b):\n    return a + b");
    }

    #[test]
    fn non_ascii_text_round_trips_through_utf16_offsets() {
        let mut document = Document::from_text("let 🎉 = 'café'; // 日本");
        let edit = document
            .replace_text("let 🎉🎊 = 'café!'; // 日本語")
            .expect("text changed");
        assert_eq!(document.text(), "let 🎉🎊 = 'café!'; // 日本語");
        // Scalar values, not bytes or UTF-16 units: the emoji counts once.
        assert_eq!(edit.steps()[0], Step::Retain(5));
        let edit = document.replace_text("é").expect("text changed");
        assert_eq!(edit.size(), (23, 0), "the é of café is kept");
        assert_eq!(document.text(), "é");
    }

    #[test]
    fn edits_between_overlapping_repeats_stay_on_char_boundaries() {
        for (old, new) in [
            ("aaa", "aa"),
            ("ab", "aab"),
            ("éé", "é"),
            ("", "x"),
            ("x", ""),
            ("🎉a🎉", "🎉🎉"),
        ] {
            let mut document = Document::from_text(old);
            document.replace_text(new);
            assert_eq!(document.text(), new, "{old:?} -> {new:?}");
        }
    }

    #[test]
    fn remote_updates_report_their_change_in_scalar_values() {
        let mut origin = Document::from_text("ab🎉cd");
        let mut replica = Document::load(Some(&origin.encode_state()), []).expect("loads");
        let before = origin.text();
        let change = TextChange::diff(&before, "a🎉X🎉cd");
        let update = origin.apply_change(&before, &change);
        assert_eq!(origin.text(), "a🎉X🎉cd");

        let applied = replica.apply_update(&before, &update).expect("applies");
        assert!(applied.state_changed);
        assert_eq!(applied.text, "a🎉X🎉cd");
        let text_change = applied.text_change.expect("text changed");
        assert_eq!(text_change.apply(&before), "a🎉X🎉cd");
        assert_eq!(text_change.rewind("a🎉X🎉cd"), before);

        let again = replica
            .apply_update(&applied.text, &update)
            .expect("idempotent");
        assert!(!again.state_changed);
        assert_eq!(again.text_change, None);
    }

    #[test]
    fn an_update_of_deletions_only_is_a_change() {
        let mut origin = Document::from_text("keep this, drop that");
        let mut replica = Document::load(Some(&origin.encode_state()), []).expect("loads");
        let before = origin.text();
        let update = origin.apply_change(&before, &TextChange::diff(&before, "keep this"));
        let applied = replica.apply_update(&before, &update).expect("applies");
        assert!(applied.state_changed);
        assert_eq!(applied.text, "keep this");
        let again = replica
            .apply_update(&applied.text, &update)
            .expect("idempotent");
        assert!(
            !again.state_changed,
            "deleting what is already deleted changes nothing"
        );
    }

    #[test]
    fn garbage_is_rejected_and_leaves_the_document_alone() {
        let mut document = Document::from_text("kept");
        for garbage in [
            &[][..],
            &[0xff, 0xff, 0xff, 0xff, 0xff, 0x0f],
            &[1, 2, 3],
            &[0, 0, 0, 0, 0, 0, 0],
        ] {
            let _ = document.apply_update("kept", garbage);
            assert_eq!(document.text(), "kept");
        }
        assert!(document.encode_diff(&[0xff, 0xff]).is_err());
    }

    #[test]
    fn an_update_skipping_part_of_a_clients_history_is_refused() {
        // Found by fuzzing: an update starting at clock 10 of a client the document has nothing of, then an
        // overlapping one, corrupts yrs's block store. The first is refused, and the document stays usable.
        let mut document = Document::from_text("kept");
        let gap = [1, 1, 167, 10, 2, 0, 17, 0];
        assert!(matches!(
            document.apply_update("kept", &gap),
            Err(DocumentError::Rejected(_))
        ));
        let overlap = [1, 1, 167, 10, 0, 0, 17, 0];
        let _ = document.apply_update("kept", &overlap);
        assert_eq!(document.text(), "kept");
        let before = document.text();
        document.apply_change(&before, &TextChange::diff(&before, "kept, still"));
        assert_eq!(document.text(), "kept, still");
    }

    #[test]
    fn a_peer_receives_exactly_what_it_lacks() {
        let document = Document::from_text("shared");
        let empty = Document::new();
        let diff = document
            .encode_diff(&empty.encode_state_vector())
            .expect("valid state vector");
        let mut peer = Document::new();
        peer.apply_update("", &diff).expect("applies");
        assert_eq!(peer.text(), "shared");
    }

    #[test]
    fn encoded_state_rebuilds_the_text_elsewhere() {
        use yrs::{Update, updates::decoder::Decode};
        let document = Document::from_text("shared ✓");
        let other = Document::new();
        let update = Update::decode_v1(&document.encode_state()).expect("valid update");
        other
            .doc
            .transact_mut()
            .apply_update(update)
            .expect("applies");
        assert_eq!(other.text(), "shared ✓");
    }

    #[test]
    fn merged_updates_bring_a_peer_where_the_updates_one_by_one_do() {
        let mut author = Document::new();
        let mut updates = Vec::new();
        let mut text = String::new();
        for (at, typed) in "héllo, wörld ✓".chars().enumerate() {
            let change = TextChange::diff(&text, &{
                let mut next = text.clone();
                next.insert(
                    next.char_indices().nth(at).map_or(next.len(), |(i, _)| i),
                    typed,
                );
                next
            });
            updates.push(author.apply_change(&text, &change));
            text = change.apply(&text);
        }
        let merged = Document::merge_updates(&updates).expect("merges");
        let mut peer = Document::new();
        let applied = peer.apply_update("", &merged).expect("applies");
        assert_eq!(applied.text, "héllo, wörld ✓");
        assert_eq!(peer.encode_state_vector(), author.encode_state_vector());
        assert!(Document::merge_updates(&[vec![0xff, 0xff]]).is_err());
    }
}
