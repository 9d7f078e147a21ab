//! The pass over the whole file that every request makes, designed to stay well under a millisecond on 10,000 lines.
//!
//! Only three things need the whole file, and each is found without tokenizing all of it:
//! - which parts are literals and comments: the lexer's fast mode ([`Lexer::non_code_spans`]) jumps between the
//!   few bytes that can open one;
//! - the names that extend the word being typed: a substring search for the prefix, keeping the whole-word matches
//!   outside literals and comments, with how often and how near the cursor they occur, whether the code defines
//!   them there (after `def`, `let`, ... or before `=`) and how often they follow the same tokens as the prefix;
//! - the members written after the receiver being completed (`self.x`, `os.path`, `items.push(`): a search for the
//!   receiver and its separator, counting those whose receiver follows the same token as the cursor's.
//!
//! The words that comments and strings of the few lines before the cursor mention (a doc comment describing what
//! is being written) are found there only, span by span.
//!
//! The construct rules read real tokens, but only those of a window of lines before the cursor (and a few after):
//! the full lexer runs there, starting from a line outside any literal, and also says where exactly the cursor is.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::language::Profile;
use super::lexer::{Lexer, Span, Token, TokenKind, is_identifier_char};

/// How many lines before the cursor the construct rules may look at (enclosing function, loop variables, ...).
const WINDOW_LINES: usize = 300;
/// How many tokens after the cursor are kept (existing `match` arms, what closes the current block, ...).
const TOKENS_AFTER: usize = 400;
/// How many lines before the cursor a name mentioned in a comment or string may come from (a doc comment or a
/// docstring describing the code being written: `@param {number} offset`, `/// The octet key value`).
const MENTION_LINES: usize = 20;

/// What the request asks the scan to collect.
#[derive(Debug, Clone, Copy)]
pub(super) struct Query<'a> {
    /// The identifier characters right before the cursor (may be empty).
    pub prefix: &'a str,
    /// Where the prefix starts: the token there is the one being typed, not an occurrence elsewhere.
    pub prefix_start: usize,
    /// When completing a member: the receiver expression as written (`self`, `os.path`, `items.iter()`).
    pub receiver: Option<&'a str>,
    /// The two tokens before the prefix, nearest first (empty when there is none): a name that followed the
    /// same tokens before is likelier to follow them again.
    pub preceding: [&'a str; 2],
    /// When completing a member: the token before the receiver (empty when there is none).
    pub receiver_preceding: &'a str,
}

/// Where the cursor stands, lexically.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CursorPlace {
    /// In code, where completion applies.
    Code,
    /// Inside a comment: nothing is suggested.
    Comment,
    /// Inside a string literal: at most its closing delimiter is suggested.
    Literal(Token),
}

/// What the file says about one name.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct NameStats<'a> {
    /// The name.
    pub name: &'a str,
    /// Occurrences in code (comments and strings excluded).
    pub count: u32,
    /// Occurrences not right after a `.`, `::` or `->`: uses as a free-standing name.
    pub standalone_count: u32,
    /// Lines between the cursor and the nearest occurrence.
    pub nearest_line_distance: usize,
    /// Whether some occurrence defines it (after a defining keyword, or before `=`).
    pub defined: bool,
    /// Whether some occurrence is called (followed by `(`).
    pub called: bool,
    /// Occurrences right after the same word as the prefix (`return`, `new`), or the same two tokens; for a
    /// member, occurrences whose receiver follows the same token as the cursor's (`if self.`, `= self.`).
    pub after_same_token: u32,
    /// Occurrences right after the same two tokens as the prefix.
    pub after_same_tokens: u32,
}

/// The result of the pass: see the module documentation.
#[derive(Debug)]
pub(super) struct FileScan<'a> {
    /// Where the cursor is.
    pub place: CursorPlace,
    /// The cursor's line, counting from 0.
    pub cursor_line: usize,
    /// Names that extend the prefix (only when completing a standalone name), sorted by name.
    pub names: Vec<NameStats<'a>>,
    /// How often the prefix itself occurs as a whole name elsewhere: if it does, the word may already be complete.
    pub prefix_occurrences: u32,
    /// Words extending the prefix that comments and strings of the few lines before the cursor mention, nearest
    /// first, each once (only when completing a standalone name).
    pub mentioned: Vec<&'a str>,
    /// Names written after the receiver (only when completing a member).
    pub members: Vec<NameStats<'a>>,
    /// Code tokens (no comments) of the window before the cursor; the last one may be the prefix being typed.
    pub before: Vec<Token>,
    /// The first code tokens at or after the cursor.
    pub after: Vec<Token>,
}

/// FNV-1a: names are short and hashing must cost next to nothing; collisions are harmless here.
#[derive(Default)]
pub(super) struct NameHasher(u64);

impl Hasher for NameHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &byte in bytes {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

/// The names found so far. Usually few distinct names extend a prefix, and a short list searched from its most
/// recent entry beats hashing; past [`NameTable::LIST_LIMIT`] names an index takes over.
#[derive(Default)]
struct NameTable<'a> {
    list: Vec<NameStats<'a>>,
    index: HashMap<&'a str, usize, BuildHasherDefault<NameHasher>>,
}

impl<'a> NameTable<'a> {
    const LIST_LIMIT: usize = 16;

    /// The stats of `name`, created with `distance` if new.
    fn entry(&mut self, name: &'a str, distance: usize) -> &mut NameStats<'a> {
        let found = if self.list.len() <= Self::LIST_LIMIT {
            self.list.iter().rposition(|stats| same(stats.name, name))
        } else {
            if self.index.is_empty() {
                self.index = self
                    .list
                    .iter()
                    .enumerate()
                    .map(|(position, stats)| (stats.name, position))
                    .collect();
            }
            self.index.get(name).copied()
        };
        let position = found.unwrap_or_else(|| {
            self.list.push(NameStats {
                name,
                count: 0,
                standalone_count: 0,
                nearest_line_distance: distance,
                defined: false,
                called: false,
                after_same_token: 0,
                after_same_tokens: 0,
            });
            let position = self.list.len() - 1;
            if !self.index.is_empty() || self.list.len() > Self::LIST_LIMIT {
                self.index.insert(name, position);
            }
            position
        });
        &mut self.list[position]
    }
}

/// The number of `\n` in `bytes`, counted in chunks small enough for byte-wide counters, which the compiler
/// turns into wide vector compares (a plain `filter().count()` widens every byte to 64 bits first).
fn count_newlines(bytes: &[u8]) -> usize {
    bytes
        .chunks(255)
        .map(|chunk| {
            usize::from(
                chunk
                    .iter()
                    .fold(0u8, |count, &byte| count + u8::from(byte == b'\n')),
            )
        })
        .sum()
}

/// Whether two short names are equal, without a call to `memcmp`.
fn same(left: &str, right: &str) -> bool {
    left.len() == right.len()
        && left
            .bytes()
            .zip(right.bytes())
            .all(|(left, right)| left == right)
}

/// All the positions of `needle` in `haystack`, in order, overlapping ones included. memchr's searcher is built
/// once and is vectorised (a one-byte needle, the typical prefix, is a `memchr`): this search runs over the whole
/// window for every request that has a prefix or a receiver.
fn positions<'h>(haystack: &'h str, needle: &'h str) -> impl Iterator<Item = usize> + 'h {
    let finder = memchr::memmem::Finder::new(needle.as_bytes());
    let haystack = haystack.as_bytes();
    let mut next = 0;
    std::iter::from_fn(move || {
        if needle.is_empty() {
            return None;
        }
        let position = next + finder.find(haystack.get(next..)?)?;
        next = position + 1;
        Some(position)
    })
}

/// Whether `text` extends `prefix` (starts with it and is longer). A byte loop that usually stops at the first
/// byte: this runs for every name in the file.
fn extends(text: &str, prefix: &str) -> bool {
    let (text, prefix) = (text.as_bytes(), prefix.as_bytes());
    text.len() > prefix.len()
        && prefix
            .iter()
            .zip(text)
            .all(|(expected, byte)| expected == byte)
}

/// Counts one occurrence of `name`, on `line`.
fn record<'a>(
    map: &mut NameTable<'a>,
    name: &'a str,
    line: usize,
    cursor_line: usize,
    standalone: bool,
    defined: bool,
    called: bool,
) {
    let distance = line.abs_diff(cursor_line);
    let stats = map.entry(name, distance);
    stats.count += 1;
    stats.standalone_count += u32::from(standalone);
    stats.nearest_line_distance = stats.nearest_line_distance.min(distance);
    stats.defined |= defined;
    stats.called |= called;
}

impl<'a> FileScan<'a> {
    /// Scans `code` for a cursor at byte `cursor`, collecting what `query` asks for.
    pub fn run(code: &'a str, cursor: usize, profile: &'static Profile, query: &Query<'a>) -> Self {
        let spans = Lexer::non_code_spans(code, profile.syntax);
        let cursor_line = count_newlines(code.as_bytes().get(..cursor).unwrap_or_default());
        let mut scan = Self {
            place: CursorPlace::Code,
            cursor_line,
            names: Vec::new(),
            prefix_occurrences: 0,
            mentioned: Vec::new(),
            members: Vec::new(),
            before: Vec::new(),
            after: Vec::new(),
        };
        scan.lex_window(code, cursor, profile, &spans);
        let mut occurrences = Occurrences {
            code,
            spans: &spans,
            next_span: 0,
            line: 0,
            line_counted_to: 0,
        };
        if query
            .receiver
            .is_some_and(|receiver| receiver.contains('\n'))
        {
            // A chain's line of its own (`    .expect(`): the receiver is written once, over several lines; the
            // members are the names the file writes after a `.` that extend the prefix.
            if !query.prefix.is_empty() {
                let (names, _) = find_names(&mut occurrences, query, profile, cursor_line);
                scan.members = names
                    .into_iter()
                    .filter(|stats| stats.count > stats.standalone_count)
                    .map(|stats| NameStats {
                        count: stats.count - stats.standalone_count,
                        standalone_count: 0,
                        ..stats
                    })
                    .collect();
            }
        } else if let Some(receiver) = query.receiver {
            scan.members = find_members(&mut occurrences, receiver, query, cursor_line);
        } else if !query.prefix.is_empty() {
            let (names, prefix_occurrences) =
                find_names(&mut occurrences, query, profile, cursor_line);
            scan.names = names;
            scan.prefix_occurrences = prefix_occurrences;
            scan.mentioned = find_mentions(code, &spans, query.prefix, query.prefix_start);
        }
        scan
    }

    /// Lexes the window around the cursor: the tokens before it, the first ones after it, and where it stands.
    fn lex_window(
        &mut self,
        code: &'a str,
        cursor: usize,
        profile: &'static Profile,
        spans: &[Span],
    ) {
        let before_cursor = code.get(..cursor).unwrap_or("");
        let (mut start, mut start_line) = match before_cursor.rmatch_indices('\n').nth(WINDOW_LINES)
        {
            Some((newline, _)) => (newline + 1, self.cursor_line - WINDOW_LINES),
            None => (0, 0),
        };
        // Start outside any literal or comment, so that the lexer sees them whole.
        if let Some(span) = spans
            .iter()
            .find(|span| span.start < start && start < span.end)
        {
            start_line -=
                count_newlines(code.as_bytes().get(span.start..start).unwrap_or_default());
            start = span.start;
        }
        for token in Lexer::starting_at(code, profile.syntax, start, start_line) {
            if token.contains_cursor(cursor) {
                self.place = match token.kind {
                    TokenKind::Comment { .. } => CursorPlace::Comment,
                    TokenKind::Literal { .. } => CursorPlace::Literal(token),
                    _ => CursorPlace::Code,
                };
            }
            if matches!(token.kind, TokenKind::Comment { .. }) {
                continue;
            }
            if token.start < cursor {
                self.before.push(token);
            } else if self.after.len() < TOKENS_AFTER {
                self.after.push(token);
            } else {
                break;
            }
        }
    }
}

/// Walks through whole-word occurrences in code (not in literals or comments), in order, keeping count of lines.
struct Occurrences<'a, 's> {
    code: &'a str,
    spans: &'s [Span],
    /// The first span that may still contain a later occurrence.
    next_span: usize,
    /// The line of `line_counted_to`.
    line: usize,
    line_counted_to: usize,
}

impl<'a> Occurrences<'a, '_> {
    /// The line of `position`, if it lies in code (positions must come in increasing order).
    fn line_in_code(&mut self, position: usize) -> Option<usize> {
        while self
            .spans
            .get(self.next_span)
            .is_some_and(|span| span.end <= position)
        {
            self.next_span += 1;
        }
        if self
            .spans
            .get(self.next_span)
            .is_some_and(|span| span.start <= position)
        {
            return None;
        }
        let gap = self
            .code
            .as_bytes()
            .get(self.line_counted_to..position)
            .unwrap_or_default();
        self.line += count_newlines(gap);
        self.line_counted_to = position;
        Some(self.line)
    }

    /// The identifier starting at `position`.
    fn identifier_at(&self, position: usize) -> &'a str {
        let rest = self.code.get(position..).unwrap_or("");
        let length = rest
            .find(|character: char| !is_identifier_char(character))
            .unwrap_or(rest.len());
        rest.get(..length).unwrap_or("")
    }

    /// Whether an identifier character ends right before `position` (so a match there is not a whole word).
    fn inside_word(&self, position: usize) -> bool {
        self.code
            .get(..position)
            .and_then(|before| before.chars().next_back())
            .is_some_and(is_identifier_char)
    }

    /// The code before `position`, without the whitespace that ends it.
    fn text_before(&self, position: usize) -> &'a str {
        self.code.get(..position).unwrap_or("").trim_end()
    }

    /// The code after `position`, without the whitespace that starts it.
    fn text_after(&self, position: usize) -> &'a str {
        self.code.get(position..).unwrap_or("").trim_start()
    }
}

/// The last token of `text` (an identifier, or else its last character) and the text before it, without the
/// whitespace that ends it. Enough to compare a place's context with the cursor's, at next to no cost.
pub(super) fn last_token(text: &str) -> (&str, &str) {
    let text = text.trim_end();
    let word_start = text
        .char_indices()
        .rev()
        .take_while(|&(_, character)| is_identifier_char(character))
        .last()
        .map(|(index, _)| index);
    let start = word_start.unwrap_or_else(|| {
        text.char_indices()
            .next_back()
            .map_or(text.len(), |(index, _)| index)
    });
    (
        text.get(start..).unwrap_or(""),
        text.get(..start).unwrap_or("").trim_end(),
    )
}

/// Whether `before` (code before a name) ends with a member separator: the name is someone's member.
fn ends_with_separator(before: &str) -> bool {
    (before.ends_with('.') && !before.ends_with(".."))
        || before.ends_with("::")
        || before.ends_with("->")
}

/// Whether the text after a name assigns it (`=` but not `==`, or `:=`).
fn assigns(after: &str) -> bool {
    (after.starts_with('=') && !after.starts_with("==") && !after.starts_with("=>"))
        || after.starts_with(":=")
}

/// The names that extend the prefix, and how often the prefix itself occurs as a whole name.
fn find_names<'a>(
    occurrences: &mut Occurrences<'a, '_>,
    query: &Query<'_>,
    profile: &Profile,
    cursor_line: usize,
) -> (Vec<NameStats<'a>>, u32) {
    let code = occurrences.code;
    let mut names = NameTable::default();
    let mut prefix_occurrences = 0;
    for position in positions(code, query.prefix) {
        if position == query.prefix_start || occurrences.inside_word(position) {
            continue;
        }
        let name = occurrences.identifier_at(position);
        if name.len() < query.prefix.len() {
            continue;
        }
        let Some(line) = occurrences.line_in_code(position) else {
            continue;
        };
        if name.len() == query.prefix.len() {
            prefix_occurrences += 1;
            continue;
        }
        let before = occurrences.text_before(position);
        // `#include <string.h>` names a header file, not something the code can use (`str|` is not `string`);
        // C++'s `#include <vector>` does name what the code uses.
        if before.ends_with('<')
            && occurrences
                .text_after(position + name.len())
                .starts_with('.')
            && in_include_line(before)
        {
            continue;
        }
        let standalone = !ends_with_separator(before);
        // Most occurrences follow another token: the cheap `ends_with` first.
        let (after_same_token, after_same_tokens) =
            if !query.preceding[0].is_empty() && before.ends_with(query.preceding[0]) {
                let (last, earlier) = last_token(before);
                let same_two =
                    last == query.preceding[0] && last_token(earlier).0 == query.preceding[1];
                // One punctuation mark (`(`, `,`) is too common a context to tell names apart; a word is not.
                let same_word = last == query.preceding[0] && last.starts_with(is_identifier_char);
                (same_two || same_word, same_two)
            } else {
                (false, false)
            };
        let stats = names.entry(name, line.abs_diff(cursor_line));
        stats.count += 1;
        stats.standalone_count += u32::from(standalone);
        stats.nearest_line_distance = stats.nearest_line_distance.min(line.abs_diff(cursor_line));
        stats.after_same_token += u32::from(after_same_token);
        stats.after_same_tokens += u32::from(after_same_tokens);
        // What one occurrence already showed need not be read again: most names occur many times.
        if standalone && !stats.defined {
            let previous_word = before
                .get(before.trim_end_matches(is_identifier_char).len()..)
                .unwrap_or("");
            let after = occurrences.text_after(position + name.len());
            stats.defined = profile.naming_keywords.contains(&previous_word) || assigns(after);
        }
        if !stats.called {
            stats.called = occurrences
                .text_after(position + name.len())
                .starts_with('(');
        }
    }
    (into_sorted(names), prefix_occurrences)
}

/// Whether the text before a position is a preprocessor include line up to it (`#include <`, `#import <`).
fn in_include_line(before: &str) -> bool {
    let line = &before[before.rfind('\n').map_or(0, |newline| newline + 1)..];
    let line = line.trim_start();
    line.starts_with('#') && (line.contains("include") || line.contains("import"))
}

/// The words extending `prefix` that comments and strings mention in the [`MENTION_LINES`] lines before
/// `prefix_start`, nearest first, each once.
fn find_mentions<'a>(
    code: &'a str,
    spans: &[Span],
    prefix: &str,
    prefix_start: usize,
) -> Vec<&'a str> {
    let before = code.get(..prefix_start).unwrap_or("");
    let window_start = before
        .rmatch_indices('\n')
        .nth(MENTION_LINES)
        .map_or(0, |(newline, _)| newline + 1);
    let first_span = spans.partition_point(|span| span.end <= window_start);
    let mut mentioned: Vec<&'a str> = Vec::new();
    for span in spans.get(first_span..).unwrap_or_default() {
        if span.start >= prefix_start {
            break;
        }
        // Only the part inside the window: a long comment or raw string may start far above it.
        let start = span.start.max(window_start);
        let text = code.get(start..span.end.min(prefix_start)).unwrap_or("");
        for (offset, _) in text.match_indices(prefix) {
            let word_start = start + offset;
            let inside_word = code
                .get(..word_start)
                .and_then(|earlier| earlier.chars().next_back())
                .is_some_and(is_identifier_char);
            let rest = text.get(offset..).unwrap_or("");
            let length = rest
                .find(|character: char| !is_identifier_char(character))
                .unwrap_or(rest.len());
            let word = rest.get(..length).unwrap_or("");
            if !inside_word && extends(word, prefix) && !mentioned.contains(&word) {
                mentioned.push(word);
            }
        }
    }
    mentioned.reverse();
    mentioned
}

/// The members written right after `receiver` and a separator that extend the prefix.
fn find_members<'a>(
    occurrences: &mut Occurrences<'a, '_>,
    receiver: &str,
    query: &Query<'_>,
    cursor_line: usize,
) -> Vec<NameStats<'a>> {
    let prefix = query.prefix;
    let code = occurrences.code;
    let mut members = NameTable::default();
    for position in positions(code, receiver) {
        let after_receiver = position + receiver.len();
        let rest = code.get(after_receiver..).unwrap_or("");
        // The cheap tests first: most occurrences of `self` are followed by another member.
        let Some(separator) = ["?.", ".", "::", "->"]
            .into_iter()
            .find(|separator| rest.starts_with(separator))
        else {
            continue;
        };
        let name_start = after_receiver + separator.len();
        if !code
            .as_bytes()
            .get(name_start..)
            .is_some_and(|bytes| bytes.starts_with(prefix.as_bytes()))
            || occurrences.inside_word(position)
        {
            continue;
        }
        let name = occurrences.identifier_at(name_start);
        if !extends(name, prefix) {
            continue;
        }
        let Some(line) = occurrences.line_in_code(position) else {
            continue;
        };
        let called = occurrences
            .text_after(after_receiver + separator.len() + name.len())
            .starts_with('(');
        record(&mut members, name, line, cursor_line, false, false, called);
        if !query.receiver_preceding.is_empty()
            && last_token(occurrences.text_before(position)).0 == query.receiver_preceding
        {
            // The entry `record` just made or updated, found through the table's index.
            members
                .entry(name, line.abs_diff(cursor_line))
                .after_same_token += 1;
        }
    }
    into_sorted(members)
}

fn into_sorted(table: NameTable<'_>) -> Vec<NameStats<'_>> {
    let mut list = table.list;
    list.sort_by(|left, right| left.name.cmp(right.name));
    list
}
