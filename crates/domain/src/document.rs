//! The document model: a room's code as a CRDT text, so concurrent edits merge instead of overwriting.
//!
//! Each room holds one [`yrs`] document with a single `Y.Text` named [`Document::TEXT_NAME`] (`"code"`), the
//! name Yjs editor bindings use to find the shared text. Offsets inside the document count UTF-16 code units,
//! as every Yjs client does; the JSON protocol of the spec counts Unicode scalar values, and the conversion
//! between the two happens here, once, so no other layer has to know.

use yrs::{Doc, GetString, OffsetKind, Options, ReadTxn, StateVector, Text, TextRef, Transact, updates::encoder::Encode};

/// One change to a text: at `start` (in Unicode scalar values), `deleted` scalar values were removed and
/// `inserted` was put in their place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextEdit {
    /// Where the change starts, counted in Unicode scalar values.
    pub start: usize,
    /// How many scalar values were removed at `start`.
    pub deleted: usize,
    /// What was inserted at `start`.
    pub inserted: String,
}

impl TextEdit {
    /// The smallest single edit that turns `old` into `new`: their common prefix and suffix are kept.
    ///
    /// Returns `None` when the two texts are equal.
    #[must_use]
    pub fn between(old: &str, new: &str) -> Option<Self> {
        if old == new {
            return None;
        }
        let prefix_bytes = common_prefix_bytes(old, new);
        let (old_rest, new_rest) = (&old[prefix_bytes..], &new[prefix_bytes..]);
        let suffix_bytes = common_suffix_bytes(old_rest, new_rest);
        let removed = &old_rest[..old_rest.len() - suffix_bytes];
        let inserted = &new_rest[..new_rest.len() - suffix_bytes];
        Some(Self {
            start: old[..prefix_bytes].chars().count(),
            deleted: removed.chars().count(),
            inserted: inserted.to_owned(),
        })
    }
}

/// Length in bytes of the longest common prefix of `a` and `b` that ends on a character boundary.
fn common_prefix_bytes(a: &str, b: &str) -> usize {
    a.char_indices()
        .zip(b.chars())
        .find(|((_, ca), cb)| ca != cb)
        .map_or_else(|| a.len().min(b.len()), |((index, _), _)| index)
}

/// Length in bytes of the longest common suffix of `a` and `b` that starts on a character boundary.
fn common_suffix_bytes(a: &str, b: &str) -> usize {
    a.chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(ca, cb)| ca == cb)
        .map(|(c, _)| c.len_utf8())
        .sum()
}

/// A room's code as a collaborative document.
pub struct Document {
    doc: Doc,
    text: TextRef,
}

impl std::fmt::Debug for Document {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Document").field("text", &self.text()).finish_non_exhaustive()
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
        let doc = Doc::with_options(Options { offset_kind: OffsetKind::Utf16, ..Options::default() });
        let text = doc.get_or_insert_text(Self::TEXT_NAME);
        Self { doc, text }
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

    /// Makes the text equal to `new_text` with the smallest single edit, and returns that edit
    /// (`None` when the text was already equal).
    ///
    /// Replacing by a minimal edit rather than by delete-all-then-insert keeps concurrent edits of other
    /// parts of the text intact once the document is shared with CRDT clients.
    pub fn replace_text(&mut self, new_text: &str) -> Option<TextEdit> {
        let old_text = self.text();
        let edit = TextEdit::between(&old_text, new_text)?;
        self.apply_edit(&old_text, &edit);
        Some(edit)
    }

    /// Applies `edit`, expressed against `current` (which must be the current text), converting its
    /// scalar-value offsets into the document's UTF-16 offsets.
    pub fn apply_edit(&mut self, current: &str, edit: &TextEdit) {
        let start = utf16_len(current.chars().take(edit.start));
        let deleted = utf16_len(current.chars().skip(edit.start).take(edit.deleted));
        let mut txn = self.doc.transact_mut();
        if deleted > 0 {
            self.text.remove_range(&mut txn, start, deleted);
        }
        if !edit.inserted.is_empty() {
            self.text.insert(&mut txn, start, &edit.inserted);
        }
    }

    /// The whole document encoded as a Yjs update (v1), from which any client can rebuild it.
    #[must_use]
    pub fn encode_state(&self) -> Vec<u8> {
        self.doc.transact().encode_state_as_update_v1(&StateVector::default())
    }

    /// The document's state vector (v1 encoding): what a peer needs to compute the updates this document lacks.
    #[must_use]
    pub fn encode_state_vector(&self) -> Vec<u8> {
        self.doc.transact().state_vector().encode_v1()
    }
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
        let edit = document.replace_text("def f(a, b):\n    return a + b").expect("text changed");
        assert_eq!(edit, TextEdit { start: 25, deleted: 0, inserted: " + b".into() });
        assert_eq!(document.text(), "def f(a, b):\n    return a + b");
    }

    #[test]
    fn non_ascii_text_round_trips_through_utf16_offsets() {
        let mut document = Document::from_text("let 🎉 = 'café'; // 日本");
        let edit = document.replace_text("let 🎉🎊 = 'café!'; // 日本語").expect("text changed");
        assert_eq!(document.text(), "let 🎉🎊 = 'café!'; // 日本語");
        // Scalar values, not bytes or UTF-16 units: the emoji counts once.
        assert_eq!(edit.start, 5);
        let edit = document.replace_text("é").expect("text changed");
        assert_eq!((edit.start, edit.inserted.as_str()), (0, "é"));
        assert_eq!(document.text(), "é");
    }

    #[test]
    fn edits_between_overlapping_repeats_stay_on_char_boundaries() {
        for (old, new) in [("aaa", "aa"), ("ab", "aab"), ("éé", "é"), ("", "x"), ("x", ""), ("🎉a🎉", "🎉🎉")] {
            let mut document = Document::from_text(old);
            document.replace_text(new);
            assert_eq!(document.text(), new, "{old:?} -> {new:?}");
        }
    }

    #[test]
    fn encoded_state_rebuilds_the_text_elsewhere() {
        use yrs::{Update, updates::decoder::Decode};
        let document = Document::from_text("shared ✓");
        let other = Document::new();
        let update = Update::decode_v1(&document.encode_state()).expect("valid update");
        other.doc.transact_mut().apply_update(update).expect("applies");
        assert_eq!(other.text(), "shared ✓");
    }
}
