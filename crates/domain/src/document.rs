//! The document model: a room's code as a CRDT text, so concurrent edits merge instead of overwriting.
//!
//! Each room holds one [`yrs`] document with a single `Y.Text` named [`Document::TEXT_NAME`] (`"code"`), the
//! name Yjs editor bindings use to find the shared text. Offsets inside the document count UTF-16 code units,
//! as every Yjs client does; the JSON protocol of the spec counts Unicode scalar values, and the conversion
//! between the two happens here, once, so no other layer has to know.

use std::sync::{Arc, Mutex, PoisonError};

use yrs::{
    Doc, GetString, In, Observable, OffsetKind, Options, Out, ReadTxn, StateVector, Text, TextRef,
    Transact, Update,
    any::Any,
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

    /// The document's state vector (v1 encoding): what a peer needs to compute the updates this document lacks.
    #[must_use]
    pub fn encode_state_vector(&self) -> Vec<u8> {
        self.doc.transact().state_vector().encode_v1()
    }
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
