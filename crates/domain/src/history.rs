//! A room's history: who made each change (attribution), the saved versions of its code, the differences
//! between two texts, and blame (who last changed each line).
//!
//! Attribution is kept per logged update, as the CRDT items that update inserted: an update's Yjs item ids
//! (client id and a range of clocks) never change once made, survive snapshots, compaction and restarts, and
//! are what every replica's text is made of. Blame walks the live text's items and looks each character's
//! id up in the room's attribution records, so it is exact whatever happened to the update log since. A
//! deletion leaves no character behind, so it is recorded on the character beside it that stays
//! ([`deletion_marks`]), which makes the line it changed the deleter's.

use std::{
    collections::{BTreeMap, HashMap},
    fmt,
};

use uuid::Uuid;
use yrs::{
    Doc, ReadTxn, Snapshot, Text, Transact, Update,
    types::text::{ChangeKind, YChange},
    updates::decoder::Decode,
};

use crate::{
    document::Document,
    event::ClientKind,
    text_change::{Step, TextChange},
    time::Timestamp,
};

/// How a change reached the room.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Protocol {
    /// The spec's JSON protocol on `/ws/{room_id}`.
    Json,
    /// The y-websocket protocol on `/yjs/{room_id}`.
    Yjs,
    /// A REST request (a restore).
    Rest,
}

impl Protocol {
    /// The protocol's name as stored and sent: `json`, `yjs` or `rest`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Json => "json",
            Self::Yjs => "yjs",
            Self::Rest => "rest",
        }
    }

    /// The protocol named `name` (as [`Self::as_str`] gives it).
    #[must_use]
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "json" => Some(Self::Json),
            "yjs" => Some(Self::Yjs),
            "rest" => Some(Self::Rest),
            _ => None,
        }
    }
}

impl From<ClientKind> for Protocol {
    fn from(kind: ClientKind) -> Self {
        match kind {
            ClientKind::Json => Self::Json,
            ClientKind::Yjs => Self::Yjs,
        }
    }
}

/// Who made a change, when, and through which protocol.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// The author (a participant's verified subject or display name); `None` when unknown (a room's first
    /// state imported from its stored code, or a change logged before attribution existed).
    pub author: Option<String>,
    /// How the change arrived; `None` when unknown.
    pub protocol: Option<Protocol>,
    /// When the server logged it.
    pub at: Timestamp,
}

/// A run of Yjs item ids: `len` clocks of `client` from `clock`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ItemSpan {
    /// The Yjs client id.
    pub client: u64,
    /// The first clock.
    pub clock: u32,
    /// How many clocks (UTF-16 code units of text).
    pub len: u32,
}

/// The attribution of one logged update: kept beside the update log, and never compacted away with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttributedUpdate {
    /// The update's position in the room's log.
    pub seq: u64,
    /// The room's version once it was applied.
    pub version: u64,
    /// Who, when, how.
    pub attribution: Attribution,
    /// The items the update inserted.
    pub insertions: Vec<ItemSpan>,
    /// Characters beside which the update deleted text of their line (one clock each): a deletion leaves no
    /// character of its own, so the line it changed is marked through a neighbour that stays.
    pub touched: Vec<ItemSpan>,
}

/// The items an update (v1) inserts, as spans. Bytes that are not an update insert nothing.
#[must_use]
pub fn inserted_spans(update: &[u8]) -> Vec<ItemSpan> {
    let Ok(update) = Update::decode_v1(update) else {
        return Vec::new();
    };
    let mut spans = Vec::new();
    for (client, ranges) in update.insertions(true).iter() {
        for range in ranges.iter() {
            spans.push(ItemSpan {
                client: client.get(),
                clock: range.start,
                len: range.end.saturating_sub(range.start),
            });
        }
    }
    spans
}

/// Where, in the text after `changes` (applied in order to `before`), deletions changed a line without
/// removing it whole: for each, the position (in Unicode scalar values) of the character that marks that line
/// (the one after the deletion on the same line, else the one before it, else the line break of a line left
/// empty). Deletions of whole lines mark nothing: the lines around them did not change.
#[must_use]
pub fn deletion_marks(before: &str, changes: &[TextChange]) -> Vec<usize> {
    let deletes = |change: &TextChange| {
        change
            .steps()
            .iter()
            .any(|step| matches!(step, Step::Delete(_)))
    };
    // Typing (insertions only) marks nothing: the common case costs no copy of the text.
    if !changes.iter().any(deletes) {
        return Vec::new();
    }
    let mut marks: Vec<usize> = Vec::new();
    let mut text = before.to_owned();
    for change in changes {
        let after = change.apply(&text);
        let characters: Vec<char> = after.chars().collect();
        // Marks made by earlier changes, carried over this one (dropped when it deleted their character).
        marks = marks
            .into_iter()
            .filter_map(|mark| carried(mark, change))
            .collect();
        let mut position = 0;
        for step in change.steps() {
            match step {
                Step::Retain(count) => position += count,
                Step::Insert(inserted) => position += inserted.chars().count(),
                Step::Delete(deleted) => {
                    let previous = position
                        .checked_sub(1)
                        .and_then(|index| characters.get(index));
                    let next = characters.get(position);
                    let whole_lines =
                        deleted.ends_with('\n') && previous.is_none_or(|c| *c == '\n');
                    let mark = match (previous, next) {
                        _ if whole_lines => None,
                        (_, Some(next)) if *next != '\n' => Some(position),
                        (Some(previous), _) if *previous != '\n' => Some(position - 1),
                        (_, Some(_)) => Some(position),
                        _ => None,
                    };
                    marks.extend(mark);
                }
            }
        }
        text = after;
    }
    marks.sort_unstable();
    marks.dedup();
    marks
}

/// Where the character at `position` of the text before `change` is after it; `None` when the change deleted it.
fn carried(position: usize, change: &TextChange) -> Option<usize> {
    let (mut old, mut new) = (0, 0);
    for step in change.steps() {
        match step {
            Step::Retain(count) => {
                if position < old + count {
                    return Some(new + (position - old));
                }
                old += count;
                new += count;
            }
            Step::Insert(inserted) => new += inserted.chars().count(),
            Step::Delete(deleted) => {
                let count = deleted.chars().count();
                if position < old + count {
                    return None;
                }
                old += count;
            }
        }
    }
    Some(new + (position - old))
}

/// Why a version id was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid version id: expected a UUID (version 7)")]
pub struct VersionIdError;

/// A version's id: a UUIDv7, so ids sort by creation time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct VersionId(Uuid);

impl VersionId {
    /// Reads a version id in its hyphenated form.
    ///
    /// # Errors
    /// [`VersionIdError`] for anything but a UUID of version 7.
    pub fn parse(raw: &str) -> Result<Self, VersionIdError> {
        let uuid = Uuid::try_parse(raw.trim()).map_err(|_| VersionIdError)?;
        if uuid.get_version_num() != 7 {
            return Err(VersionIdError);
        }
        Ok(Self(uuid))
    }

    /// The id of a version made at `millis`, the `counter`-th within that millisecond (RFC 9562's method 1,
    /// so ids made by one process sort in the order they were made), with 62 bits of `random`.
    #[must_use]
    pub fn generate(millis: i64, counter: u16, random: [u8; 8]) -> Self {
        let millis = u64::try_from(millis).unwrap_or(0).to_be_bytes();
        let mut bytes = [0_u8; 16];
        bytes[..6].copy_from_slice(&millis[2..]);
        let [counter_high, counter_low] = (counter & 0x0FFF).to_be_bytes();
        bytes[6] = 0x70 | counter_high;
        bytes[7] = counter_low;
        bytes[8] = 0x80 | (random[0] & 0x3F);
        bytes[9..16].copy_from_slice(&random[1..8]);
        Self(Uuid::from_bytes(bytes))
    }

    /// The UUID.
    #[must_use]
    pub const fn as_uuid(&self) -> &Uuid {
        &self.0
    }
}

impl fmt::Display for VersionId {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(formatter)
    }
}

/// Why a version name was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VersionNameError {
    /// Nothing is left once control characters and surrounding whitespace are removed.
    #[error("a version name must not be empty")]
    Empty,
    /// Longer than [`VersionName::MAX_CHARS`].
    #[error(
        "a version name may have at most {} characters",
        VersionName::MAX_CHARS
    )]
    TooLong,
}

/// The name a user gives a version: trimmed, without control characters, 1 to 100 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionName(String);

impl VersionName {
    /// The longest name, in Unicode scalar values.
    pub const MAX_CHARS: usize = 100;

    /// Cleans and checks a name.
    ///
    /// # Errors
    /// [`VersionNameError`] when it is empty or too long.
    pub fn parse(raw: &str) -> Result<Self, VersionNameError> {
        let cleaned: String = raw
            .chars()
            .map(|character| {
                if character.is_control() {
                    ' '
                } else {
                    character
                }
            })
            .collect();
        let cleaned = cleaned.trim();
        if cleaned.is_empty() {
            return Err(VersionNameError::Empty);
        }
        if cleaned.chars().count() > Self::MAX_CHARS {
            return Err(VersionNameError::TooLong);
        }
        Ok(Self(cleaned.to_owned()))
    }

    /// The name.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Why a version was saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VersionKind {
    /// Automatically: after a pause in editing, or when the last participant left.
    Checkpoint,
    /// By a user, with a name.
    Named,
    /// Automatically, just before a restore replaced the code: restoring it undoes the restore.
    BeforeRestore,
}

impl VersionKind {
    /// The kind's name as stored and sent: `checkpoint`, `named`, `before_restore`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Checkpoint => "checkpoint",
            Self::Named => "named",
            Self::BeforeRestore => "before_restore",
        }
    }

    /// The kind named `name` (as [`Self::as_str`] gives it).
    #[must_use]
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "checkpoint" => Some(Self::Checkpoint),
            "named" => Some(Self::Named),
            "before_restore" => Some(Self::BeforeRestore),
            _ => None,
        }
    }
}

/// What a version list shows of a version: everything but its code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionSummary {
    /// Its id (UUIDv7: sorts by time).
    pub id: VersionId,
    /// Why it was saved.
    pub kind: VersionKind,
    /// Its name: the user's for a named version, a description for the others.
    pub name: Option<String>,
    /// Who saved it (`None` for automatic versions and anonymous requests).
    pub author: Option<String>,
    /// When it was saved.
    pub created_at: Timestamp,
    /// The room's version (count of changes) its code is the text of.
    pub room_version: u64,
}

/// A saved copy of a room's code. Versions hold the code itself, so they never depend on the update log:
/// compaction cannot lose one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    /// What a list shows.
    pub summary: VersionSummary,
    /// The code.
    pub code: String,
}

/// One page of a room's versions, newest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionPage {
    /// The versions.
    pub versions: Vec<VersionSummary>,
    /// Pass as `before` to get the next page; `None` on the last.
    pub next: Option<VersionId>,
}

/// How a line appears in a structured diff.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineOp {
    /// In both texts.
    Equal,
    /// Only in the newer text.
    Insert,
    /// Only in the older text.
    Delete,
}

impl LineOp {
    /// `equal`, `insert` or `delete`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Equal => "equal",
            Self::Insert => "insert",
            Self::Delete => "delete",
        }
    }
}

/// One line of a hunk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffLine {
    /// Kept, inserted or deleted.
    pub op: LineOp,
    /// The line, without its line break.
    pub text: String,
    /// Its number (from 1) in the older text, when it is there.
    pub old_line: Option<usize>,
    /// Its number (from 1) in the newer text, when it is there.
    pub new_line: Option<usize>,
}

/// A group of changed lines with up to three lines of context, as in a unified diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffHunk {
    /// First line (from 1) of the hunk in the older text.
    pub old_start: usize,
    /// How many lines of the older text it covers.
    pub old_lines: usize,
    /// First line (from 1) of the hunk in the newer text.
    pub new_start: usize,
    /// How many lines of the newer text it covers.
    pub new_lines: usize,
    /// Its lines, in order.
    pub lines: Vec<DiffLine>,
}

/// The difference between two texts, line by line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextDiff {
    /// As `diff -u` writes it (empty when the texts are equal).
    pub unified: String,
    /// The same, structured.
    pub hunks: Vec<DiffHunk>,
    /// Lines only in the newer text.
    pub insertions: usize,
    /// Lines only in the older text.
    pub deletions: usize,
}

/// Lines of context around each change.
const DIFF_CONTEXT: usize = 3;

/// The difference from `old` (labelled `old_label` in the unified header) to `new`.
#[must_use]
pub fn diff_texts(old: &str, new: &str, old_label: &str, new_label: &str) -> TextDiff {
    let diff = similar::TextDiff::from_lines(old, new);
    let unified = if old == new {
        String::new()
    } else {
        diff.unified_diff()
            .context_radius(DIFF_CONTEXT)
            .header(old_label, new_label)
            .to_string()
    };
    let (mut insertions, mut deletions) = (0, 0);
    let mut hunks = Vec::new();
    for group in diff.grouped_ops(DIFF_CONTEXT) {
        let (Some(first), Some(last)) = (group.first(), group.last()) else {
            continue;
        };
        let (old_range, new_range) = (
            first.old_range().start..last.old_range().end,
            first.new_range().start..last.new_range().end,
        );
        let mut lines = Vec::new();
        for operation in &group {
            for change in diff.iter_changes(operation) {
                let op = match change.tag() {
                    similar::ChangeTag::Equal => LineOp::Equal,
                    similar::ChangeTag::Insert => {
                        insertions += 1;
                        LineOp::Insert
                    }
                    similar::ChangeTag::Delete => {
                        deletions += 1;
                        LineOp::Delete
                    }
                };
                let text = change.value();
                lines.push(DiffLine {
                    op,
                    text: text.strip_suffix('\n').unwrap_or(text).to_owned(),
                    old_line: change.old_index().map(|index| index + 1),
                    new_line: change.new_index().map(|index| index + 1),
                });
            }
        }
        hunks.push(DiffHunk {
            old_start: old_range.start + 1,
            old_lines: old_range.len(),
            new_start: new_range.start + 1,
            new_lines: new_range.len(),
            lines,
        });
    }
    TextDiff {
        unified,
        hunks,
        insertions,
        deletions,
    }
}

/// Who last changed one line of the live code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlameLine {
    /// The line's number, from 1.
    pub line: usize,
    /// The line, without its line break.
    pub text: String,
    /// The attribution of its most recently inserted character (its line break only for an empty line);
    /// `None` for an empty last line, or text whose author is unknown.
    pub attribution: Option<Attribution>,
}

/// Looks up which attributed update inserted an item id.
#[derive(Debug, Default)]
pub struct AttributionIndex {
    /// By client, then by first clock: (end clock, index into `attributions`).
    spans: BTreeMap<(u64, u32), (u32, usize)>,
    /// Characters marked by deletions on their line: the newest mark of each, as an index into `attributions`.
    touches: HashMap<(u64, u32), usize>,
    attributions: Vec<Attribution>,
}

impl AttributionIndex {
    /// An index of `records`, in any order.
    #[must_use]
    pub fn new(records: &[AttributedUpdate]) -> Self {
        let mut index = Self::default();
        for record in records {
            let position = index.attributions.len();
            index.attributions.push(record.attribution.clone());
            for span in &record.insertions {
                index.spans.insert(
                    (span.client, span.clock),
                    (span.clock.saturating_add(span.len), position),
                );
            }
        }
        for (position, record) in records.iter().enumerate() {
            for span in &record.touched {
                for clock in span.clock..span.clock.saturating_add(span.len) {
                    let newer = index
                        .touches
                        .get(&(span.client, clock))
                        .is_none_or(|&other| index.attributions[other].at <= record.attribution.at);
                    if newer {
                        index.touches.insert((span.client, clock), position);
                    }
                }
            }
        }
        index
    }

    /// The newest change of item `(client, clock)`'s line that this item records: its insertion, or a later
    /// deletion beside it.
    #[must_use]
    pub fn newest(&self, client: u64, clock: u32) -> Option<&Attribution> {
        let inserted = self.find(client, clock);
        let touched = self
            .touches
            .get(&(client, clock))
            .map(|&position| &self.attributions[position]);
        match (inserted, touched) {
            (Some(inserted), Some(touched)) if touched.at > inserted.at => Some(touched),
            (None, touched) => touched,
            (inserted, _) => inserted,
        }
    }

    /// The attribution of the update that inserted item `(client, clock)`.
    #[must_use]
    pub fn find(&self, client: u64, clock: u32) -> Option<&Attribution> {
        let (&(found_client, _), &(end, position)) =
            self.spans.range(..=(client, clock)).next_back()?;
        (found_client == client && clock < end).then(|| &self.attributions[position])
    }
}

/// Blame of the text held by `state` (a whole document, as [`Document::encode_state`] gives it): for each
/// line, the attribution of its most recently made character.
///
/// # Errors
/// [`crate::DocumentError`] when `state` is not a document.
pub fn blame(
    state: &[u8],
    index: &AttributionIndex,
) -> Result<Vec<BlameLine>, crate::DocumentError> {
    let document = Document::load(Some(state), std::iter::empty())?;
    Ok(blame_document(&document, index))
}

/// What the walk gathers of one line before deciding its attribution.
#[derive(Default)]
struct GatheredLine<'a> {
    text: String,
    /// The newest and the oldest change among its characters (its line break aside).
    newest: Option<&'a Attribution>,
    oldest: Option<Timestamp>,
    /// Its line break's attribution (`None` for the last line, which has none).
    newline: Option<&'a Attribution>,
}

/// The newer of two attributions.
fn newer<'a>(
    first: Option<&'a Attribution>,
    second: Option<&'a Attribution>,
) -> Option<&'a Attribution> {
    match (first, second) {
        (Some(first), Some(second)) => Some(if second.at >= first.at { second } else { first }),
        (first, second) => first.or(second),
    }
}

/// Each line's attribution from what the walk gathered. Line breaks count only where they changed lines, as a
/// line diff sees it: one splitting a line (text older than it on both sides) changed both halves; the newer of
/// the two breaks around an empty line made that line; a break typed at the end of a line changed no text.
fn attribute(gathered: Vec<GatheredLine<'_>>) -> Vec<BlameLine> {
    let count = gathered.len();
    let mut attributions: Vec<Option<&Attribution>> =
        gathered.iter().map(|line| line.newest).collect();
    for (index, line) in gathered.iter().enumerate() {
        let previous_break = index
            .checked_sub(1)
            .and_then(|previous| gathered[previous].newline);
        if line.text.is_empty() {
            // The last line, when empty, is no line at all to a line diff: it stays unattributed.
            if index + 1 < count {
                attributions[index] = newer(previous_break, line.newline);
            }
            continue;
        }
        let (Some(newline), Some(next)) = (line.newline, gathered.get(index + 1)) else {
            continue;
        };
        let older =
            |other: &GatheredLine<'_>| other.oldest.is_some_and(|oldest| oldest < newline.at);
        if older(line) && older(next) {
            attributions[index] = newer(attributions[index], Some(newline));
            attributions[index + 1] = newer(attributions[index + 1], Some(newline));
        }
    }
    gathered
        .into_iter()
        .zip(attributions)
        .enumerate()
        .map(|(index, (line, attribution))| BlameLine {
            line: index + 1,
            text: line.text,
            attribution: attribution.cloned(),
        })
        .collect()
}

/// Every visible item of the document's text, in order, as (client id, first clock, text): the items a
/// snapshot of now has and an empty snapshot lacks, each as its own chunk.
fn visible_items(document: &Document) -> Vec<(u64, u32, String)> {
    let doc: &Doc = document.doc();
    let text = doc.get_or_insert_text(Document::TEXT_NAME);
    let mut txn = doc.transact_mut();
    let now = txn.snapshot();
    let chunks = text.diff_range(
        &mut txn,
        Some(&now),
        Some(&Snapshot::default()),
        YChange::identity,
    );
    drop(txn);
    chunks
        .into_iter()
        .filter_map(|chunk| {
            let yrs::Out::Any(yrs::any::Any::String(chunk_text)) = chunk.insert else {
                return None;
            };
            let Some(YChange {
                kind: ChangeKind::Added,
                id,
            }) = chunk.ychange
            else {
                return None;
            };
            Some((id.client.get(), id.clock, chunk_text.to_string()))
        })
        .collect()
}

/// The attribution records (among `records`, of versions up to `version`) that name no character of the text
/// held by `state` (the document at `version`): nothing blame can ever need again, since a deleted character
/// stays deleted. Their `seq`s.
///
/// # Errors
/// [`crate::DocumentError`] when `state` is not a document.
pub fn unused_attributions(
    state: &[u8],
    version: u64,
    records: &[AttributedUpdate],
) -> Result<Vec<u64>, crate::DocumentError> {
    let document = Document::load(Some(state), std::iter::empty())?;
    let mut visible = std::collections::BTreeSet::new();
    for (client, first, text) in visible_items(&document) {
        let mut clock = first;
        for character in text.chars() {
            visible.insert((client, clock));
            clock = clock.saturating_add(u32::try_from(character.len_utf16()).unwrap_or(1));
        }
    }
    let names_a_character = |span: &ItemSpan| {
        visible
            .range((span.client, span.clock)..(span.client, span.clock.saturating_add(span.len)))
            .next()
            .is_some()
    };
    Ok(records
        .iter()
        .filter(|record| record.version <= version)
        .filter(|record| {
            !record.insertions.iter().any(names_a_character)
                && !record.touched.iter().any(names_a_character)
        })
        .map(|record| record.seq)
        .collect())
}

fn blame_document(document: &Document, index: &AttributionIndex) -> Vec<BlameLine> {
    let mut lines = Vec::new();
    let mut current = GatheredLine::default();
    for (client, first, chunk_text) in visible_items(document) {
        let mut clock = first;
        for character in chunk_text.chars() {
            let found = index.newest(client, clock);
            let units = u32::try_from(character.len_utf16()).unwrap_or(1);
            clock = clock.saturating_add(units);
            if character == '\n' {
                current.newline = found;
                lines.push(std::mem::take(&mut current));
                continue;
            }
            current.text.push(character);
            if let Some(found) = found {
                current.newest = newer(current.newest, Some(found));
                current.oldest = Some(
                    current
                        .oldest
                        .map_or(found.at, |oldest| oldest.min(found.at)),
                );
            }
        }
    }
    lines.push(current);
    attribute(lines)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text_change::TextChange;

    fn attribution(author: &str, at: i64) -> Attribution {
        Attribution {
            author: Some(author.to_owned()),
            protocol: Some(Protocol::Json),
            at: Timestamp::from_millis(at),
        }
    }

    /// Makes `document`'s text `after` by a minimal edit of `author` at `at`, recorded as the history records it.
    fn record_edit(
        document: &mut Document,
        records: &mut Vec<AttributedUpdate>,
        after: &str,
        author: &str,
        at: i64,
    ) {
        let before = document.text();
        let change = TextChange::diff(&before, after);
        let update = document.apply_change(&before, &change);
        records.push(AttributedUpdate {
            seq: records.len() as u64 + 1,
            version: records.len() as u64 + 1,
            attribution: attribution(author, at),
            insertions: inserted_spans(&update),
            touched: document.marked_items(&before, std::slice::from_ref(&change)),
        });
    }

    #[test]
    fn line_breaks_count_where_they_split_or_make_a_line() {
        let mut document = Document::new();
        let mut records = Vec::new();
        let mut edit = |document: &mut Document, after: &str, author: &str, at: i64| {
            record_edit(document, &mut records, after, author, at);
        };
        edit(&mut document, "hello world\nkeep\n", "Alice", 1);
        // Bob splits the first line, and presses Enter at the end of the second.
        edit(&mut document, "hello\n world\nkeep\n", "Bob", 2);
        let before = document.text();
        let update = {
            let change = TextChange::diff(&before, "hello\n world\nkeep\n\n");
            document.apply_change(&before, &change)
        };
        records.push(AttributedUpdate {
            seq: 3,
            version: 3,
            attribution: attribution("Carol", 3),
            insertions: inserted_spans(&update),
            touched: Vec::new(),
        });
        let blamed =
            blame(&document.encode_state(), &AttributionIndex::new(&records)).expect("blame");
        let authors: Vec<Option<String>> = blamed
            .iter()
            .map(|line| {
                line.attribution
                    .as_ref()
                    .and_then(|found| found.author.clone())
            })
            .collect();
        assert_eq!(
            authors,
            [
                Some("Bob".to_owned()),
                Some("Bob".to_owned()),
                Some("Alice".to_owned()),
                Some("Carol".to_owned()),
                None,
            ]
        );
    }

    #[test]
    fn deletions_mark_the_line_they_change_and_whole_lines_mark_nothing() {
        let marks =
            |before: &str, after: &str| deletion_marks(before, &[TextChange::diff(before, after)]);
        assert_eq!(marks("abc\ndef\n", "ac\ndef\n"), [1]);
        assert_eq!(marks("abc\ndef\n", "ab\ndef\n"), [1]);
        assert_eq!(marks("abc\ndef\n", "abc\n\n"), [4]);
        assert_eq!(marks("abc\ndef\nghi", "abc\nghi"), Vec::<usize>::new());
        assert_eq!(marks("abc\ndef", "abcdef"), [3]);
        assert_eq!(marks("abc\nd", "abc\n"), Vec::<usize>::new());
        // Carried over a later change of the same burst.
        let before = "abc\ndef";
        let first = TextChange::diff(before, "ac\ndef");
        let second = TextChange::diff("ac\ndef", "XXac\ndef");
        assert_eq!(deletion_marks(before, &[first, second]), [3]);
    }

    #[test]
    fn version_ids_are_uuid_v7_and_sort_by_time_then_counter() {
        let first = VersionId::generate(1_700_000_000_000, 0, [0xFF; 8]);
        let second = VersionId::generate(1_700_000_000_000, 1, [0; 8]);
        let third = VersionId::generate(1_700_000_000_001, 0, [0; 8]);
        assert!(first < second && second < third);
        assert_eq!(first.as_uuid().get_version_num(), 7);
        assert_eq!(VersionId::parse(&first.to_string()), Ok(first));
        assert!(VersionId::parse("not-a-uuid").is_err());
        assert!(VersionId::parse("67e55044-10b1-426f-9247-bb680e5fe0c8").is_err());
    }

    #[test]
    fn version_names_are_cleaned_and_bounded() {
        assert_eq!(
            VersionName::parse("  before\u{7} refactor ").map(|name| name.as_str().to_owned()),
            Ok("before  refactor".to_owned())
        );
        assert_eq!(VersionName::parse(" \n "), Err(VersionNameError::Empty));
        assert_eq!(
            VersionName::parse(&"x".repeat(101)),
            Err(VersionNameError::TooLong)
        );
    }

    #[test]
    fn diffs_are_unified_and_structured() {
        let diff = diff_texts("a\nb\nc\n", "a\nB\nc\nd\n", "v1", "v2");
        assert!(
            diff.unified.starts_with("--- v1\n+++ v2\n@@ -1,3 +1,4 @@"),
            "{}",
            diff.unified
        );
        assert_eq!((diff.insertions, diff.deletions), (2, 1));
        let hunk = &diff.hunks[0];
        assert_eq!(
            (
                hunk.old_start,
                hunk.old_lines,
                hunk.new_start,
                hunk.new_lines
            ),
            (1, 3, 1, 4)
        );
        assert_eq!(hunk.lines[1].op, LineOp::Delete);
        assert_eq!(hunk.lines[1].text, "b");
        assert_eq!(hunk.lines[1].old_line, Some(2));
        assert!(diff_texts("same", "same", "a", "b").hunks.is_empty());
    }

    #[test]
    fn blame_names_the_author_of_each_lines_newest_character_across_a_reload() {
        let mut document = Document::new();
        let mut records = Vec::new();
        let mut edit = |document: &mut Document, after: &str, author: &str, at: i64| {
            record_edit(document, &mut records, after, author, at);
        };
        edit(&mut document, "alice line\n", "Alice", 1);
        edit(&mut document, "alice line\nbob line\n", "Bob", 2);
        edit(&mut document, "alice line\nbob line\n\n🦀 ok", "Carol", 3);
        edit(&mut document, "alice LINE\nbob line\n\n🦀 ok", "Bob", 4);
        // Deleting part of a line changes it; deleting a whole line changes none of its neighbours.
        edit(
            &mut document,
            "alice LINE\nbob line\nthird\n\n🦀 ok",
            "Alice",
            5,
        );
        edit(
            &mut document,
            "alice LINE\nbob line\nthird\n\n🦀 ok\nlast",
            "Carol",
            6,
        );
        edit(
            &mut document,
            "alice LINE\nbob \nthird\n\n🦀 ok\nlast",
            "Dave",
            7,
        );
        edit(&mut document, "alice LINE\nbob \n\n🦀 ok\nlast", "Erin", 8);
        edit(&mut document, "alice LINE\nbob \n\n🦀 oklast", "Fay", 9);
        // Through a snapshot, as after compaction and a restart.
        let state = document.encode_state();
        let blamed = blame(&state, &AttributionIndex::new(&records)).expect("blame");
        let authors: Vec<(String, Option<String>)> = blamed
            .iter()
            .map(|line| {
                (
                    line.text.clone(),
                    line.attribution
                        .as_ref()
                        .and_then(|found| found.author.clone()),
                )
            })
            .collect();
        assert_eq!(
            authors,
            [
                ("alice LINE".to_owned(), Some("Bob".to_owned())),
                ("bob ".to_owned(), Some("Dave".to_owned())),
                (String::new(), Some("Carol".to_owned())),
                ("🦀 oklast".to_owned(), Some("Fay".to_owned())),
            ]
        );
    }
}
