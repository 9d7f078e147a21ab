//! Changes to a text as a sequence of retain/insert/delete steps: computing them, applying them, undoing
//! them, and carrying one over another.
//!
//! Every change applied to a room's document is recorded in this form, counted in Unicode scalar values and
//! keeping the deleted text. That is what lets a JSON client's full-text update be merged rather than
//! overwrite: the server rebuilds the text the client started from by rewinding the changes made since, diffs
//! the client's text against it, and transforms that diff over the concurrent changes
//! ([`TextChange::transform`]), the way operational-transformation editors do. A transformed deletion only
//! removes characters its author saw, so nobody's concurrent insertion is lost.

use std::{
    ops::Range,
    time::{Duration, Instant},
};

use similar::{Algorithm, DiffOp};

/// How long a character diff may search for the smallest edit before settling for a coarser one.
pub const DIFF_DEADLINE: Duration = Duration::from_millis(50);

/// Most separate places a diff may change; a diff scattered over more is coarsened (see
/// [`TextChange::diff_until`]).
pub const MAX_DIFF_REGIONS: usize = 256;

/// Changed places of a diff with fewer unchanged characters than this between them are joined first when the
/// diff has too many places.
pub const NEAR_REGIONS_CHARS: usize = 32;

/// One changed place of a diff: a range of the old middle replaced by a range of the new one.
#[derive(Debug, Clone)]
struct Region {
    old: Range<usize>,
    new: Range<usize>,
}

/// The common prefix of two texts (in scalar values and in bytes) and the bytes of their common suffix after it.
fn common_ends(old: &str, new: &str) -> (usize, usize, usize) {
    let (mut prefix, mut prefix_bytes) = (0, 0);
    for (a, b) in old.chars().zip(new.chars()) {
        if a != b {
            break;
        }
        prefix += 1;
        prefix_bytes += a.len_utf8();
    }
    let suffix_bytes: usize = old[prefix_bytes..]
        .chars()
        .rev()
        .zip(new[prefix_bytes..].chars().rev())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a.len_utf8())
        .sum();
    (prefix, prefix_bytes, suffix_bytes)
}

/// The changed places of a diff, in order, neighbours joined.
fn regions_of(ops: &[DiffOp]) -> Vec<Region> {
    let mut regions: Vec<Region> = Vec::new();
    for op in ops {
        let (old, new) = match *op {
            DiffOp::Equal { .. } => continue,
            DiffOp::Delete {
                old_index,
                old_len,
                new_index,
            } => (old_index..old_index + old_len, new_index..new_index),
            DiffOp::Insert {
                old_index,
                new_index,
                new_len,
            } => (old_index..old_index, new_index..new_index + new_len),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => (
                old_index..old_index + old_len,
                new_index..new_index + new_len,
            ),
        };
        match regions.last_mut() {
            Some(last) if last.old.end == old.start && last.new.end == new.start => {
                last.old.end = old.end;
                last.new.end = new.end;
            }
            _ => regions.push(Region { old, new }),
        }
    }
    regions
}

/// `regions` in at most [`MAX_DIFF_REGIONS`] places, joining those closer than [`NEAR_REGIONS_CHARS`]; `None`
/// when that is not enough (the caller then replaces the whole middle).
fn coarsen(regions: Vec<Region>) -> Option<Vec<Region>> {
    if regions.len() <= MAX_DIFF_REGIONS {
        return Some(regions);
    }
    let mut joined: Vec<Region> = Vec::new();
    for region in regions {
        match joined.last_mut() {
            Some(last) if region.old.start - last.old.end < NEAR_REGIONS_CHARS => {
                last.old.end = region.old.end;
                last.new.end = region.new.end;
            }
            _ => joined.push(region),
        }
    }
    (joined.len() <= MAX_DIFF_REGIONS).then_some(joined)
}

/// One step of a [`TextChange`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Keep this many scalar values.
    Retain(usize),
    /// Insert this text.
    Insert(String),
    /// Delete this text (kept so the change can be undone).
    Delete(String),
}

/// A change to a whole text: steps from its start; the text after the last step is kept.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TextChange {
    steps: Vec<Step>,
}

impl TextChange {
    /// A change made of these steps. Empty steps are dropped and neighbours of the same kind merged.
    #[must_use]
    pub fn from_steps(steps: impl IntoIterator<Item = Step>) -> Self {
        let mut change = Self::default();
        for step in steps {
            change.push(step);
        }
        change
    }

    /// The change that replaces `deleted` scalar values at `start` of `old` by `inserted`.
    ///
    /// `old` must be the text the change applies to; positions past its end are clamped.
    #[must_use]
    pub fn replace(old: &str, start: usize, deleted: usize, inserted: &str) -> Self {
        let start_byte = byte_at(old, start);
        let end_byte = byte_at(old, start.saturating_add(deleted));
        Self::from_steps([
            Step::Retain(old[..start_byte].chars().count()),
            Step::Delete(old[start_byte..end_byte].to_owned()),
            Step::Insert(inserted.to_owned()),
        ])
    }

    fn push(&mut self, step: Step) {
        let empty = match &step {
            Step::Retain(count) => *count == 0,
            Step::Insert(text) | Step::Delete(text) => text.is_empty(),
        };
        if empty {
            return;
        }
        match (self.steps.last_mut(), step) {
            // At one place an insertion comes before a deletion: one form for each change, so that carrying a
            // change over a composed one gives what carrying it over the parts gives.
            (Some(Step::Delete(_)), Step::Insert(text)) => {
                if let Some(deleted) = self.steps.pop() {
                    self.push(Step::Insert(text));
                    self.steps.push(deleted);
                }
            }
            (Some(Step::Retain(count)), Step::Retain(more)) => *count += more,
            (Some(Step::Insert(text)), Step::Insert(more))
            | (Some(Step::Delete(text)), Step::Delete(more)) => {
                text.push_str(&more);
            }
            (_, step) => self.steps.push(step),
        }
    }

    /// The steps, in order.
    #[must_use]
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// Whether the change leaves every text as it was.
    #[must_use]
    pub fn is_identity(&self) -> bool {
        self.steps
            .iter()
            .all(|step| matches!(step, Step::Retain(_)))
    }

    /// The text before this change, given the text after it.
    #[must_use]
    pub fn rewind(&self, after: &str) -> String {
        let mut before = String::with_capacity(after.len());
        let mut rest = after;
        for step in &self.steps {
            match step {
                Step::Retain(count) => {
                    let split = byte_at(rest, *count);
                    before.push_str(&rest[..split]);
                    rest = &rest[split..];
                }
                Step::Insert(text) => {
                    let split = byte_at(rest, text.chars().count());
                    rest = &rest[split..];
                }
                Step::Delete(text) => before.push_str(text),
            }
        }
        before.push_str(rest);
        before
    }

    /// The text after this change, given the text before it.
    #[must_use]
    pub fn apply(&self, before: &str) -> String {
        let mut after = String::with_capacity(before.len());
        let mut rest = before;
        for step in &self.steps {
            match step {
                Step::Retain(count) => {
                    let split = byte_at(rest, *count);
                    after.push_str(&rest[..split]);
                    rest = &rest[split..];
                }
                Step::Insert(text) => after.push_str(text),
                Step::Delete(text) => {
                    let split = byte_at(rest, text.chars().count());
                    rest = &rest[split..];
                }
            }
        }
        after.push_str(rest);
        after
    }

    /// Bytes of text the change holds (what it inserts and what it deletes): its weight in memory.
    #[must_use]
    pub fn text_bytes(&self) -> usize {
        self.steps
            .iter()
            .map(|step| match step {
                Step::Retain(_) => 0,
                Step::Insert(text) | Step::Delete(text) => text.len(),
            })
            .sum()
    }

    /// How many scalar values the change deletes and inserts.
    #[must_use]
    pub fn size(&self) -> (usize, usize) {
        self.steps
            .iter()
            .fold((0, 0), |(deleted, inserted), step| match step {
                Step::Retain(_) => (deleted, inserted),
                Step::Delete(text) => (deleted + text.chars().count(), inserted),
                Step::Insert(text) => (deleted, inserted + text.chars().count()),
            })
    }

    /// The changes that turn `old` into `new`, as small as a character diff finds within [`DIFF_DEADLINE`].
    ///
    /// See [`Self::diff_until`].
    #[must_use]
    pub fn diff(old: &str, new: &str) -> Self {
        Self::diff_until(old, new, Instant::now() + DIFF_DEADLINE)
    }

    /// The changes that turn `old` into `new`, as small as a character diff finds before `deadline`, and
    /// never in more than [`MAX_DIFF_REGIONS`] separate places.
    ///
    /// The common prefix and suffix are cut first, so the usual keystroke-sized edit costs a linear scan. The
    /// differing middle goes to a Myers diff that stops at `deadline` (at once when it has passed), leaving what
    /// it did not refine as replacements. A diff scattered over more places than [`MAX_DIFF_REGIONS`] (two
    /// unrelated texts: random characters match here and there) is coarsened, places closer than
    /// [`NEAR_REGIONS_CHARS`] joined, and failing that the whole middle replaced at once: each place costs a
    /// step in the history, a piece in the CRDT and a seek when applied, and thousands of them made one update
    /// of 10,000 random characters cost seconds on a document that many such updates had fragmented.
    #[must_use]
    pub fn diff_until(old: &str, new: &str, deadline: Instant) -> Self {
        // Prefix and suffix are compared on the strings, in place: only the differing middle is copied into
        // characters for the diff, which for a keystroke in a large document is a handful.
        let (prefix, prefix_bytes, suffix_bytes) = common_ends(old, new);
        let (old_rest, new_rest) = (&old[prefix_bytes..], &new[prefix_bytes..]);
        let old_middle: Vec<char> = old_rest[..old_rest.len() - suffix_bytes].chars().collect();
        let new_middle: Vec<char> = new_rest[..new_rest.len() - suffix_bytes].chars().collect();
        let (old_middle, new_middle) = (old_middle.as_slice(), new_middle.as_slice());

        let whole_middle = [Region {
            old: 0..old_middle.len(),
            new: 0..new_middle.len(),
        }];
        let regions = if old_middle.is_empty() || new_middle.is_empty() {
            whole_middle.to_vec()
        } else if Instant::now() >= deadline {
            // Out of time already (an earlier diff of the same merge spent it): the coarse answer, in linear time.
            whole_middle.to_vec()
        } else {
            let found = similar::capture_diff_slices_deadline(
                Algorithm::Myers,
                old_middle,
                new_middle,
                Some(deadline),
            );
            coarsen(regions_of(&found)).unwrap_or_else(|| whole_middle.to_vec())
        };

        let mut change = Self::default();
        change.push(Step::Retain(prefix));
        let collect = |chars: &[char]| chars.iter().collect::<String>();
        let mut at = 0;
        for region in regions {
            change.push(Step::Retain(region.old.start - at));
            change.push(Step::Delete(collect(&old_middle[region.old.clone()])));
            change.push(Step::Insert(collect(&new_middle[region.new])));
            at = region.old.end;
        }
        change.trim_trailing_retain();
        change.settle(old)
    }

    /// Moves each lone insertion or deletion of this change (a change of `old`) to where it most likely
    /// was made, among the places that give the same text.
    ///
    /// A diff cannot tell `«30»` typed before `«3»` from `0»«3` typed inside it: both turn `«3»` into
    /// `«30»«3»`. Carried over a concurrent change next to it, the two differ, and the second splits a word.
    /// Edits are made at the cursor, which sits between words far more often than inside one: the place
    /// whose two edges fall on the strongest boundaries (line ends, spaces, closing then opening punctuation)
    /// wins, and the diff's own choice on a tie.
    fn settle(self, old: &str) -> Self {
        let mut replacements = self.replacements();
        if replacements.is_empty() {
            return self;
        }
        let chars: Vec<char> = old.chars().collect();
        let mut moved = false;
        for index in 0..replacements.len() {
            let low = index
                .checked_sub(1)
                .map_or(0, |before| replacements[before].to);
            let high = replacements
                .get(index + 1)
                .map_or(chars.len(), |after| after.from);
            let replacement = &mut replacements[index];
            let shift = if replacement.from == replacement.to {
                let inserted: Vec<char> = replacement.insert.chars().collect();
                settle_insertion(&chars, replacement.from, &inserted, low, high)
            } else if replacement.insert.is_empty() {
                settle_deletion(&chars, replacement.from, replacement.to, low, high)
            } else {
                0
            };
            if shift == 0 {
                continue;
            }
            moved = true;
            if !replacement.insert.is_empty() {
                let mut inserted: Vec<char> = replacement.insert.chars().collect();
                let count = inserted.len();
                if shift > 0 {
                    inserted.rotate_left(shift.unsigned_abs() % count);
                } else {
                    inserted.rotate_right(shift.unsigned_abs() % count);
                }
                replacement.insert = inserted.into_iter().collect();
            }
            replacement.from = replacement.from.wrapping_add_signed(shift);
            replacement.to = replacement.to.wrapping_add_signed(shift);
        }
        if !moved {
            return self;
        }
        Self::from_replacements(old, &replacements).unwrap_or(self)
    }

    fn trim_trailing_retain(&mut self) {
        if matches!(self.steps.last(), Some(Step::Retain(_))) {
            self.steps.pop();
        }
    }

    /// This change, carried over `concurrent`: both were made on the same text, `concurrent` has been applied,
    /// and the result applies after it with the same intent.
    ///
    /// Text both inserted at one place keeps `concurrent`'s first. Characters `concurrent` deleted are not
    /// deleted again, and text it inserted is never deleted by the result.
    #[must_use]
    pub fn transform(&self, concurrent: &Self) -> Self {
        self.transform_with(concurrent, false)
    }

    /// [`Self::transform`], choosing which insertion goes first when both inserted at one place: this
    /// change's when `mine_first`, `concurrent`'s otherwise.
    ///
    /// Two replicas converge when they agree on the order: `a.transform_with(b, true)` applied after `b` gives
    /// the text `b.transform_with(a, false)` gives applied after `a`.
    #[must_use]
    pub fn transform_with(&self, concurrent: &Self, mine_first: bool) -> Self {
        let mut result = Self::default();
        let mut mine = StepCursor::new(&self.steps);
        let mut theirs = StepCursor::new(&concurrent.steps);
        loop {
            if mine_first && let Some(inserted) = mine.take_insert() {
                result.push(Step::Insert(inserted));
                continue;
            }
            if let Some(inserted) = theirs.take_insert() {
                result.push(Step::Retain(inserted.chars().count()));
                continue;
            }
            if let Some(inserted) = mine.take_insert() {
                result.push(Step::Insert(inserted));
                continue;
            }
            if mine.is_done() {
                break;
            }
            let count = mine.peek_len().min(theirs.peek_len());
            let (my_step, their_step) = (mine.take(count), theirs.take(count));
            match (my_step, their_step) {
                (Taken::Retain(count), Taken::Retain(_)) => result.push(Step::Retain(count)),
                (Taken::Delete(text), Taken::Retain(_)) => result.push(Step::Delete(text)),
                (_, Taken::Delete(_)) => {}
            }
        }
        result.trim_trailing_retain();
        result
    }
    /// This change followed by `next` (made on the text this change produces), as one change.
    #[must_use]
    pub fn compose(&self, next: &Self) -> Self {
        let mut result = Self::default();
        let mut first = OutputCursor::new(&self.steps);
        let mut second = StepCursor::new(&next.steps);
        loop {
            // What `self` deleted is gone before `next` sees the text; what `next` inserts takes no input.
            if let Some(deleted) = first.take_delete() {
                result.push(Step::Delete(deleted));
                continue;
            }
            if let Some(inserted) = second.take_insert() {
                result.push(Step::Insert(inserted));
                continue;
            }
            if first.is_done() && second.is_done() {
                break;
            }
            let count = first.peek_len().min(second.peek_len());
            match (first.take(count), second.take(count)) {
                (Produced::Kept(count), Taken::Retain(_)) => result.push(Step::Retain(count)),
                (Produced::Kept(_), Taken::Delete(text)) => result.push(Step::Delete(text)),
                (Produced::Inserted(text), Taken::Retain(_)) => result.push(Step::Insert(text)),
                (Produced::Inserted(_), Taken::Delete(_)) => {}
            }
        }
        result.trim_trailing_retain();
        result
    }

    /// How many scalar values longer the text is after this change than before it (negative when shorter).
    #[must_use]
    pub fn length_change(&self) -> isize {
        let (deleted, inserted) = self.size();
        isize::try_from(inserted).unwrap_or(isize::MAX)
            - isize::try_from(deleted).unwrap_or(isize::MAX)
    }

    /// The change that `replacements` (ranges of `base` in scalar values, as an editor reports them) make
    /// to `base`. Ranges may come in any order but must not overlap; insertions at one place keep their order.
    ///
    /// # Errors
    /// [`EditError`] for a range that ends before it starts, overlaps another, or lies past the end of `base`.
    pub fn from_replacements(base: &str, replacements: &[Replacement]) -> Result<Self, EditError> {
        let mut order: Vec<&Replacement> = replacements.iter().collect();
        order.sort_by_key(|replacement| replacement.from);
        let mut change = Self::default();
        let mut chars = base.chars();
        let mut position = 0;
        for replacement in order {
            if replacement.to < replacement.from {
                return Err(EditError::Reversed {
                    from: replacement.from,
                    to: replacement.to,
                });
            }
            if replacement.from < position {
                return Err(EditError::Overlapping {
                    at: replacement.from,
                });
            }
            let kept = replacement.from - position;
            if chars.by_ref().take(kept).count() < kept {
                return Err(EditError::OutOfRange {
                    at: replacement.from,
                });
            }
            change.push(Step::Retain(kept));
            let length = replacement.to - replacement.from;
            let deleted: String = chars.by_ref().take(length).collect();
            if deleted.chars().count() < length {
                return Err(EditError::OutOfRange { at: replacement.to });
            }
            change.push(Step::Delete(deleted));
            change.push(Step::Insert(replacement.insert.clone()));
            position = replacement.to;
        }
        change.trim_trailing_retain();
        Ok(change)
    }

    /// The change as replacements of ranges of the text before it, in order: the form editors report.
    #[must_use]
    pub fn replacements(&self) -> Vec<Replacement> {
        let mut replacements = Vec::new();
        let mut position = 0;
        let mut current: Option<Replacement> = None;
        for step in &self.steps {
            match step {
                Step::Retain(count) => {
                    replacements.extend(current.take());
                    position += count;
                }
                Step::Delete(text) => {
                    let length = text.chars().count();
                    let replacement = current.get_or_insert_with(|| Replacement {
                        from: position,
                        to: position,
                        insert: String::new(),
                    });
                    replacement.to += length;
                    position += length;
                }
                Step::Insert(text) => current
                    .get_or_insert_with(|| Replacement {
                        from: position,
                        to: position,
                        insert: String::new(),
                    })
                    .insert
                    .push_str(text),
            }
        }
        replacements.extend(current);
        replacements
    }
}

/// One edit as editors report it (CodeMirror's `iterChanges`, Monaco's content changes): the text between
/// `from` and `to` (Unicode scalar values of the text before the edit) replaced by `insert`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replacement {
    /// Start of the replaced range.
    pub from: usize,
    /// End of the replaced range (equal to `from` for a pure insertion).
    pub to: usize,
    /// The text put in its place.
    pub insert: String,
}

/// Why a list of replacements is not an edit of a text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// A range ends before it starts.
    #[error("the range {from}..{to} ends before it starts")]
    Reversed {
        /// The range's start.
        from: usize,
        /// The range's end.
        to: usize,
    },
    /// Two ranges overlap.
    #[error("the ranges overlap at {at}")]
    Overlapping {
        /// Where the second starts.
        at: usize,
    },
    /// A range lies past the end of the text.
    #[error("offset {at} is past the end of the text")]
    OutOfRange {
        /// The offending offset.
        at: usize,
    },
}

/// Walks the text a change produces, a part of a step at a time: kept text and inserted text; its deletions
/// produce nothing and are handed out separately. Past the last step the text is kept forever.
struct OutputCursor<'a> {
    steps: &'a [Step],
    index: usize,
    /// Scalar values of the current step already consumed.
    offset: usize,
}

/// A piece of the text a change produces.
enum Produced {
    Kept(usize),
    Inserted(String),
}

impl<'a> OutputCursor<'a> {
    fn new(steps: &'a [Step]) -> Self {
        Self {
            steps,
            index: 0,
            offset: 0,
        }
    }

    fn is_done(&self) -> bool {
        self.index >= self.steps.len()
    }

    fn take_delete(&mut self) -> Option<String> {
        match self.steps.get(self.index) {
            Some(Step::Delete(text)) => {
                self.index += 1;
                Some(text.clone())
            }
            _ => None,
        }
    }

    fn peek_len(&self) -> usize {
        match self.steps.get(self.index) {
            Some(Step::Retain(count)) => count - self.offset,
            Some(Step::Insert(text)) => text.chars().count() - self.offset,
            Some(Step::Delete(_)) => 0,
            None => usize::MAX,
        }
    }

    fn take(&mut self, count: usize) -> Produced {
        let produced = match self.steps.get(self.index) {
            Some(Step::Insert(text)) => {
                Produced::Inserted(text.chars().skip(self.offset).take(count).collect())
            }
            _ => Produced::Kept(count),
        };
        if self.index < self.steps.len() {
            self.offset += count;
            if self.peek_len() == 0 {
                self.index += 1;
                self.offset = 0;
            }
        }
        produced
    }
}

/// How strongly the place between `before` and `after` (`None`: an end of the text) separates words.
fn boundary_strength(before: Option<char>, after: Option<char>) -> u32 {
    let (Some(before), Some(after)) = (before, after) else {
        return 6;
    };
    if before == '\n' || after == '\n' {
        return 5;
    }
    if before.is_whitespace() || after.is_whitespace() {
        return 4;
    }
    let closing = |c: char| {
        matches!(
            c,
            ')' | ']' | '}' | '>' | '»' | '›' | '⟩' | '"' | '\'' | ';' | ',' | '.'
        )
    };
    let opening = |c: char| matches!(c, '(' | '[' | '{' | '<' | '«' | '‹' | '⟨');
    let word = |c: char| c.is_alphanumeric() || c == '_';
    match (word(before), word(after)) {
        (true, true) => 0,
        _ if closing(before) || opening(after) => 3,
        (false, false) => 2,
        _ => 1,
    }
}

/// How far (positive: right) to move the insertion of `inserted` at `at` in `chars`, staying within
/// `low..=high`, so that its edges fall on the strongest boundaries while giving the same text.
fn settle_insertion(
    chars: &[char],
    at: usize,
    inserted: &[char],
    low: usize,
    high: usize,
) -> isize {
    const REACH: usize = 64;
    let count = inserted.len();
    let char_at = |index: usize| chars.get(index).copied();
    let rotated = |rotation: usize| inserted[rotation % count];
    // `rotation` characters moved from the front of the insertion to its back (right shifts), or from the
    // back to the front (left shifts, as `count - rotation % count`).
    let score = |position: usize, first: char, last: char| {
        let before = position.checked_sub(1).and_then(char_at);
        boundary_strength(before, Some(first)) + boundary_strength(Some(last), char_at(position))
    };
    let mut best = (score(at, inserted[0], inserted[count - 1]), 0_isize);
    // Right: the first inserted character equals the one after the insertion point.
    let mut step = 0;
    while step < REACH && at + step < high && rotated(step) == chars[at + step] {
        step += 1;
        let shift = isize::try_from(step).unwrap_or(isize::MAX);
        let candidate = score(at + step, rotated(step), rotated(step + count - 1));
        if candidate > best.0 {
            best = (candidate, shift);
        }
    }
    // Left: the last inserted character equals the one before the insertion point.
    let mut step = 0;
    while step < REACH
        && at - step > low
        && rotated(count * REACH + count - 1 - step) == chars[at - step - 1]
    {
        step += 1;
        let shift = -isize::try_from(step).unwrap_or(isize::MAX);
        let first = rotated(count * REACH + count - step);
        let last = rotated(count * REACH + count - 1 - step);
        let candidate = score(at - step, first, last);
        if candidate > best.0 {
            best = (candidate, shift);
        }
    }
    best.1
}

/// How far (positive: right) to move the deletion of `from..to` in `chars`, staying within `low..=high`, so
/// that the deleted piece's edges fall on the strongest boundaries while giving the same text.
fn settle_deletion(chars: &[char], from: usize, to: usize, low: usize, high: usize) -> isize {
    const REACH: usize = 64;
    let char_at = |index: usize| chars.get(index).copied();
    let score = |start: usize, end: usize| {
        boundary_strength(start.checked_sub(1).and_then(char_at), char_at(start))
            + boundary_strength(end.checked_sub(1).and_then(char_at), char_at(end))
    };
    let mut best = (score(from, to), 0_isize);
    let mut step = 0;
    while step < REACH && to + step < high && chars[from + step] == chars[to + step] {
        step += 1;
        let candidate = score(from + step, to + step);
        if candidate > best.0 {
            best = (candidate, isize::try_from(step).unwrap_or(isize::MAX));
        }
    }
    let mut step = 0;
    while step < REACH && from - step > low && chars[from - step - 1] == chars[to - step - 1] {
        step += 1;
        let candidate = score(from - step, to - step);
        if candidate > best.0 {
            best = (candidate, -isize::try_from(step).unwrap_or(isize::MAX));
        }
    }
    best.1
}

/// Walks the steps of a change over its base text, a part of a step at a time. Past the last step the base
/// text is retained forever.
struct StepCursor<'a> {
    steps: &'a [Step],
    index: usize,
    /// Scalar values of the current step already consumed.
    offset: usize,
}

/// A piece of a step that consumes base text.
enum Taken {
    Retain(usize),
    Delete(String),
}

impl<'a> StepCursor<'a> {
    fn new(steps: &'a [Step]) -> Self {
        Self {
            steps,
            index: 0,
            offset: 0,
        }
    }

    fn is_done(&self) -> bool {
        self.index >= self.steps.len()
    }

    fn take_insert(&mut self) -> Option<String> {
        match self.steps.get(self.index) {
            Some(Step::Insert(text)) => {
                self.index += 1;
                Some(text.clone())
            }
            _ => None,
        }
    }

    /// Base text left in the current step (unbounded past the end).
    fn peek_len(&self) -> usize {
        match self.steps.get(self.index) {
            Some(Step::Retain(count)) => count - self.offset,
            Some(Step::Delete(text)) => text.chars().count() - self.offset,
            Some(Step::Insert(_)) => 0,
            None => usize::MAX,
        }
    }

    fn take(&mut self, count: usize) -> Taken {
        let taken = match self.steps.get(self.index) {
            Some(Step::Delete(text)) => {
                Taken::Delete(text.chars().skip(self.offset).take(count).collect())
            }
            _ => Taken::Retain(count),
        };
        if self.index < self.steps.len() {
            self.offset += count;
            if self.peek_len() == 0 {
                self.index += 1;
                self.offset = 0;
            }
        }
        taken
    }
}

/// Byte offset of the `index`-th scalar value of `text`, clamped to its length.
fn byte_at(text: &str, index: usize) -> usize {
    text.char_indices()
        .nth(index)
        .map_or(text.len(), |(byte, _)| byte)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apply_and_rewind_are_inverse() {
        let before = "héllo wörld 🎉";
        let change = TextChange::from_steps([
            Step::Retain(1),
            Step::Delete("éllo".into()),
            Step::Insert("i".into()),
            Step::Retain(8),
            Step::Insert("!!".into()),
        ]);
        let after = change.apply(before);
        assert_eq!(after, "hi wörld 🎉!!");
        assert_eq!(change.rewind(&after), before);
    }

    #[test]
    fn replace_builds_a_single_edit() {
        let change = TextChange::replace("abcdef", 2, 2, "XY");
        assert_eq!(change.apply("abcdef"), "abXYef");
        assert_eq!(
            change.steps(),
            [
                Step::Retain(2),
                Step::Insert("XY".into()),
                Step::Delete("cd".into())
            ]
        );
    }

    #[test]
    fn diff_finds_separate_edits_as_separate_steps() {
        let change = TextChange::diff(
            "fn main() { one(); two(); }",
            "fn main() { uno(); two(); tres(); }",
        );
        assert_eq!(
            change.apply("fn main() { one(); two(); }"),
            "fn main() { uno(); two(); tres(); }"
        );
        assert_eq!(
            change.rewind("fn main() { uno(); two(); tres(); }"),
            "fn main() { one(); two(); }"
        );
        let (deleted, inserted) = change.size();
        assert!(deleted + inserted <= 12, "{change:?}");
        assert!(TextChange::diff("same 🎉", "same 🎉").is_identity());
    }

    /// Two changes made on one text, applied in either order after transforming, give the same text.
    fn assert_converges(base: &str, first: &str, second: &str) -> String {
        let a = TextChange::diff(base, first);
        let b = TextChange::diff(base, second);
        let a_then_b = b.transform(&a).apply(&a.apply(base));
        let b_then_a = a.transform(&b).apply(&b.apply(base));
        // Insertions at one place are ordered by who was first, so only the texts' contents must agree.
        let mut sorted_1: Vec<char> = a_then_b.chars().collect();
        let mut sorted_2: Vec<char> = b_then_a.chars().collect();
        sorted_1.sort_unstable();
        sorted_2.sort_unstable();
        assert_eq!(sorted_1, sorted_2, "{base:?} / {first:?} / {second:?}");
        a_then_b
    }

    #[test]
    fn concurrent_edits_of_different_parts_both_survive() {
        let merged = assert_converges(
            "alpha\nbeta\ngamma\n",
            "ALPHA\nbeta\ngamma\n",
            "alpha\nbeta\ngamma!\n",
        );
        assert_eq!(merged, "ALPHA\nbeta\ngamma!\n");
    }

    #[test]
    fn a_deletion_never_removes_a_concurrent_insertion() {
        // One client deletes "bcd" while another inserts inside it: the insertion survives.
        let merged = assert_converges("abcde", "ae", "abcXYZde");
        assert_eq!(merged, "aXYZe");
        // Both delete overlapping text: deleted once.
        let merged = assert_converges("abcdef", "af", "abef");
        assert_eq!(merged, "af");
    }

    #[test]
    fn concurrent_insertions_at_one_place_keep_both() {
        let merged = assert_converges("ab", "aXb", "aYb");
        assert!(merged == "aXYb" || merged == "aYXb", "{merged}");
        assert_eq!(assert_converges("", "é", "🎉").chars().count(), 2);
    }

    /// xorshift64*: deterministic and dependency-free.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, bound: usize) -> usize {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % bound.max(1) as u64) as usize
        }
    }

    fn random_hex(rng: &mut Rng, length: usize) -> String {
        (0..length)
            .map(|_| char::from(b"0123456789abcdef"[rng.below(16)]))
            .collect()
    }

    #[test]
    fn a_diff_of_unrelated_texts_is_coarse_and_bounded_in_time() {
        let mut rng = Rng(5);
        let (old, new) = (random_hex(&mut rng, 10_000), random_hex(&mut rng, 10_000));
        let started = Instant::now();
        let change = TextChange::diff(&old, &new);
        assert!(
            started.elapsed() < DIFF_DEADLINE * 10,
            "{:?}",
            started.elapsed()
        );
        assert_eq!(change.apply(&old), new);
        assert!(change.steps().len() <= 3 * MAX_DIFF_REGIONS + 1);
        // Out of time: one replacement of the differing middle, still exact.
        let change = TextChange::diff_until(&old, &new, Instant::now());
        assert!(change.steps().len() <= 3, "{:?}", change.steps().len());
        assert_eq!(change.apply(&old), new);
    }

    #[test]
    fn scattered_small_edits_are_joined_past_the_region_limit() {
        let mut rng = Rng(9);
        let old = random_hex(&mut rng, 40 * (MAX_DIFF_REGIONS + 10));
        // One character changed every 40: more places than the limit, each far from the next.
        let new: String = old
            .chars()
            .enumerate()
            .map(|(at, c)| if at % 40 == 20 { 'X' } else { c })
            .collect();
        let change = TextChange::diff(&old, &new);
        assert_eq!(change.apply(&old), new);
        let places = change
            .steps()
            .iter()
            .filter(|step| matches!(step, Step::Insert(_)))
            .count();
        assert!(places <= MAX_DIFF_REGIONS, "{places}");
        // A few scattered edits are kept apart.
        let short: String = old.chars().take(1200).collect();
        let few: String = short
            .chars()
            .enumerate()
            .map(|(at, c)| if at % 400 == 20 { 'X' } else { c })
            .collect();
        let change = TextChange::diff(&short, &few);
        assert_eq!(change.apply(&short), few);
        assert!(change.steps().len() > 5, "{:?}", change.steps().len());
    }

    /// A random change of `text`: a few replacements of random ranges by random text.
    fn random_change(text: &str, rng: &mut Rng) -> TextChange {
        let length = text.chars().count();
        let mut replacements = Vec::new();
        let mut position = 0;
        for _ in 0..1 + rng.below(3) {
            if position > length {
                break;
            }
            let from = position + rng.below(length - position + 1);
            let to = from + rng.below((length - from).min(3) + 1);
            let insert: String = (0..rng.below(3))
                .map(|_| ['a', 'b', 'é', '🎉'][rng.below(4)])
                .collect();
            replacements.push(Replacement { from, to, insert });
            position = to + 1;
        }
        TextChange::from_replacements(text, &replacements).expect("valid ranges")
    }

    #[test]
    fn transformed_changes_converge_whichever_goes_first() {
        let mut rng = Rng(7);
        for _ in 0..3000 {
            let base: String = (0..rng.below(8))
                .map(|_| ['x', 'y', 'ü'][rng.below(3)])
                .collect();
            let a = random_change(&base, &mut rng);
            let b = random_change(&base, &mut rng);
            let a_then_b = b.transform_with(&a, false).apply(&a.apply(&base));
            let b_then_a = a.transform_with(&b, true).apply(&b.apply(&base));
            assert_eq!(a_then_b, b_then_a, "{base:?} {a:?} {b:?}");
            // Composing is applying one after the other.
            let c = random_change(&b.apply(&base), &mut rng);
            let composed = b.compose(&c);
            assert_eq!(composed.apply(&base), c.apply(&b.apply(&base)));
            assert_eq!(composed.rewind(&c.apply(&b.apply(&base))), base);
        }
    }

    #[test]
    fn replacements_round_trip() {
        let mut rng = Rng(11);
        for _ in 0..2000 {
            let base: String = (0..rng.below(10))
                .map(|_| ['x', 'é', '🎉'][rng.below(3)])
                .collect();
            let change = random_change(&base, &mut rng);
            let again =
                TextChange::from_replacements(&base, &change.replacements()).expect("valid");
            assert_eq!(again.apply(&base), change.apply(&base));
        }
        assert!(
            TextChange::from_replacements(
                "ab",
                &[Replacement {
                    from: 1,
                    to: 3,
                    insert: String::new()
                }]
            )
            .is_err()
        );
        assert!(
            TextChange::from_replacements(
                "ab",
                &[Replacement {
                    from: 2,
                    to: 1,
                    insert: String::new()
                }]
            )
            .is_err()
        );
        let overlapping = [
            Replacement {
                from: 0,
                to: 2,
                insert: String::new(),
            },
            Replacement {
                from: 1,
                to: 2,
                insert: String::new(),
            },
        ];
        assert!(TextChange::from_replacements("abc", &overlapping).is_err());
    }
}
