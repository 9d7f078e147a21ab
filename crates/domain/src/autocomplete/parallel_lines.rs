//! What an edit inside existing JavaScript or TypeScript code repeats: the line being written is like one the file
//! already has, with its own names.
//!
//! Most typing happens in a file that already holds lines of the same shape: one more listener
//! (`resetBtn.` under `stopBtn.addEventListener('click', stop);`), one more constant (`SET_FILTER = ` under
//! `TOGGLE_TODO = 'TOGGLE_TODO';`), one more function that mirrors the one above it. The line typed so far is
//! matched token by token against the lines above; where the two differ by a name or two (`stopBtn`/`resetBtn`),
//! the part that differs (`stop`/`reset`) is carried into the rest of the earlier line, in the case it is written
//! there (`STOP`, `Stop`, `stop`), and the rest is offered.
//!
//! The rest of an earlier line is only a guess where it holds values the new line may change: it is offered when
//! the difference was carried into it, when it holds no value at all (`) => {`, `return this;`), when the line
//! sits at the same place of a block like the cursor's (the same `if (!user) {` in the route above), or when
//! several earlier lines agree on it. Earlier lines that disagree (`case 3: return 'Wednesday'`, `case 2: return
//! 'Tuesday'`) leave the line to the developer.
//!
//! On a blank line inside a block, the statement at the same place of a block just like it is offered the same way
//! (`return this;` in one more chained method), and at the end of a function the call its sibling functions all end
//! with (a store's `notify();`). A map's value named for its key (`'/about': renderAbout`) is named for the new key
//! the same way (`'/contact': render` -> `Contact,`).

use super::Suggestion;
use super::cursor::{Context, indentation};
use super::language::Language;

/// How many lines above the cursor are compared.
const WINDOW: usize = 80;
/// The most tokens of a line that may differ from the earlier line's.
const MOST_DIFFERENCES: usize = 2;
/// The most tokens of a block's header or statement that may differ from the earlier one's (`findById(id:
/// number)` and `findByEmail(email: string)`).
const MOST_DIFFERENCES_IN_HEADERS: usize = 3;
/// The longest rest offered: a long expression of another line is rarely written again whole.
const LONGEST_REST: usize = 60;
/// The longest rest offered with the difference carried into it (the mirror of a whole call).
const LONGEST_CARRIED: usize = 80;
/// How many of the statements just above, in the cursor's block, a line may continue.
const RUN: usize = 4;
/// How many enclosing blocks are compared to say that two lines sit at the same place.
const LEVELS: usize = 3;
/// The confidence of a line whose difference was carried into its rest, or whose place confirms it.
const SURE: f64 = 0.9;
/// The confidence of a rest that several earlier lines agree on.
const AGREED: f64 = 0.86;
/// Words that never stand for a name of the code (TypeScript's own types among them): a line that differs there
/// is another statement.
const KEYWORDS: &[&str] = &[
    "return",
    "const",
    "let",
    "var",
    "if",
    "else",
    "for",
    "while",
    "do",
    "function",
    "class",
    "new",
    "await",
    "async",
    "this",
    "throw",
    "case",
    "default",
    "export",
    "import",
    "from",
    "typeof",
    "instanceof",
    "in",
    "of",
    "try",
    "catch",
    "finally",
    "switch",
    "break",
    "continue",
    "yield",
    "delete",
    "void",
    "super",
    "extends",
    "static",
    "get",
    "set",
    "true",
    "false",
    "null",
    "undefined",
    "interface",
    "type",
    "enum",
    "public",
    "private",
    "protected",
    "readonly",
    "any",
    "string",
    "number",
    "boolean",
    "void",
    "never",
    "unknown",
    "object",
];

/// What a token of a line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Number,
    Text,
    Mark,
}

/// A token of one line: its text and where it ends in the line.
#[derive(Debug, Clone, Copy)]
struct Piece<'a> {
    text: &'a str,
    kind: Kind,
    end: usize,
}

impl Piece<'_> {
    /// A string literal's text without its quotes (an unclosed one's without its opening quote).
    fn inner(&self) -> &str {
        if self.kind != Kind::Text {
            return self.text;
        }
        let body = self.text.get(1..).unwrap_or("");
        let quote = self.text.chars().next().unwrap_or('"');
        body.strip_suffix(quote).unwrap_or(body)
    }
}

/// Splits one line into tokens: words, numbers, string literals (an unclosed one runs to the line's end) and
/// single marks. A `//` comment ends the line.
fn pieces(line: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let bytes = line.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        let start = at;
        if byte.is_ascii_whitespace() {
            at += 1;
            continue;
        }
        let kind = if byte == b'/' && bytes.get(at + 1) == Some(&b'/') {
            break;
        } else if matches!(byte, b'\'' | b'"' | b'`') {
            at += 1;
            while at < bytes.len() && bytes[at] != byte {
                at += if bytes[at] == b'\\' { 2 } else { 1 };
            }
            at = (at + 1).min(bytes.len());
            Kind::Text
        } else if byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'$' {
            while at < bytes.len()
                && (bytes[at].is_ascii_alphanumeric() || bytes[at] == b'_' || bytes[at] == b'$')
            {
                at += 1;
            }
            if byte.is_ascii_digit() {
                Kind::Number
            } else {
                Kind::Word
            }
        } else {
            at += line
                .get(at..)
                .and_then(|rest| rest.chars().next())
                .map_or(1, char::len_utf8);
            Kind::Mark
        };
        if let Some(text) = line.get(start..at) {
            out.push(Piece {
                text,
                kind,
                end: at,
            });
        }
    }
    out
}

/// A name's parts (`stopBtn` -> `stop`, `Btn`; `FETCH_USERS` -> `FETCH`, `USERS`; `./routes/posts` -> `routes`,
/// `posts`), as byte ranges of it.
fn parts(name: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let characters: Vec<(usize, char)> = name.char_indices().collect();
    let mut start: Option<usize> = None;
    for (index, &(at, character)) in characters.iter().enumerate() {
        if !character.is_ascii_alphanumeric() {
            if let Some(begun) = start.take() {
                out.push((begun, at));
            }
            continue;
        }
        let previous = index.checked_sub(1).map(|before| characters[before].1);
        let next = characters.get(index + 1).map(|&(_, next)| next);
        // A capital after a small letter starts a part (`stopBtn`), and so does the last capital of a run that a
        // small letter follows (`HTMLElement` -> `HTML`, `Element`).
        let boundary = character.is_ascii_uppercase()
            && previous.is_some_and(|p| {
                p.is_ascii_lowercase()
                    || p.is_ascii_digit()
                    || p.is_ascii_uppercase() && next.is_some_and(|n| n.is_ascii_lowercase())
            });
        match start {
            Some(begun) if boundary => {
                out.push((begun, at));
                start = Some(at);
            }
            Some(_) => {}
            None => start = Some(at),
        }
    }
    if let Some(begun) = start {
        out.push((begun, name.len()));
    }
    out
}

/// One difference between the earlier line and the new one: what the earlier one said, what the new one says.
#[derive(Debug, Clone)]
struct Change {
    from: String,
    to: String,
}

/// The changes a pair of differing tokens implies: the whole token, and the part that differs once the parts
/// both share at their start and end are set aside (`stopBtn`/`resetBtn` -> `stop`/`reset`), and the singular of
/// two plurals (`names`/`emails` -> `name`/`email`).
fn changes_of(from: &str, to: &str, out: &mut Vec<Change>) {
    if from.is_empty() || to.is_empty() || from == to {
        return;
    }
    out.push(Change {
        from: from.to_owned(),
        to: to.to_owned(),
    });
    let from_parts = parts(from);
    let to_parts = parts(to);
    let same = |a: (usize, usize), b: (usize, usize)| {
        from.get(a.0..a.1)
            .zip(to.get(b.0..b.1))
            .is_some_and(|(x, y)| x.eq_ignore_ascii_case(y))
    };
    let mut head = 0;
    while head < from_parts.len().min(to_parts.len()) && same(from_parts[head], to_parts[head]) {
        head += 1;
    }
    let mut tail = 0;
    while tail < from_parts.len().min(to_parts.len()) - head
        && same(
            from_parts[from_parts.len() - 1 - tail],
            to_parts[to_parts.len() - 1 - tail],
        )
    {
        tail += 1;
    }
    if (head > 0 || tail > 0) && head + tail < from_parts.len() && head + tail < to_parts.len() {
        let span = |name: &str, list: &[(usize, usize)]| {
            name.get(list[head].0..list[list.len() - 1 - tail].1)
                .map(str::to_owned)
        };
        if let (Some(core_from), Some(core_to)) = (span(from, &from_parts), span(to, &to_parts)) {
            plural_changes(&core_from, &core_to, out);
            out.push(Change {
                from: core_from,
                to: core_to,
            });
        }
    } else if let ([(a, b)], [(c, d)]) = (&from_parts[..], &to_parts[..])
        && let (Some(core_from), Some(core_to)) = (from.get(*a..*b), to.get(*c..*d))
        && (core_from.len() < from.len() || core_to.len() < to.len())
    {
        // One name in marks (`'/about'`, `'/contact'`): the name is what differs.
        plural_changes(core_from, core_to, out);
        out.push(Change {
            from: core_from.to_owned(),
            to: core_to.to_owned(),
        });
    } else {
        plural_changes(from, to, out);
    }
}

/// `names`/`emails` -> `name`/`email`: the element of each list.
fn plural_changes(from: &str, to: &str, out: &mut Vec<Change>) {
    if let (Some(one), Some(other)) = (from.strip_suffix('s'), to.strip_suffix('s'))
        && one.len() > 1
        && other.len() > 1
        && !one.ends_with('s')
        && !other.ends_with('s')
    {
        out.push(Change {
            from: one.to_owned(),
            to: other.to_owned(),
        });
    }
}

/// `to` written in the case of `like`: `RESET` for `STOP`, `Reset` for `Stop`, `reset` for `stop`; a camel-case
/// name in capitals takes underscores (`setFilter` -> `SET_FILTER`).
fn in_case_of(like: &str, to: &str) -> String {
    let letters = || like.chars().filter(char::is_ascii_alphabetic);
    if letters().count() > 1 && letters().all(|c| c.is_ascii_uppercase()) {
        let mut out = String::new();
        let mut previous_small = false;
        for character in to.chars() {
            if character.is_ascii_uppercase() && previous_small {
                out.push('_');
            }
            previous_small = character.is_ascii_lowercase();
            out.push(character.to_ascii_uppercase());
        }
        return out;
    }
    let mut characters = to.chars();
    let first = characters.next();
    let rest: String = characters.collect();
    let shouting =
        to.chars().any(|c| c.is_ascii_uppercase()) && !to.chars().any(|c| c.is_ascii_lowercase());
    match (like.chars().next(), first) {
        // `get` for `GET`: a name in small letters takes a capitals' word in small letters.
        _ if shouting && like.chars().all(|c| !c.is_ascii_uppercase()) => to.to_ascii_lowercase(),
        (Some(l), Some(f)) if l.is_ascii_uppercase() => format!("{}{rest}", f.to_ascii_uppercase()),
        (Some(l), Some(f)) if l.is_ascii_lowercase() => format!("{}{rest}", f.to_ascii_lowercase()),
        _ => to.to_owned(),
    }
}

/// Endings a name takes after the changed part (`connect` -> `connected`).
const ENDINGS: &[&str] = &["ed", "ing", "s", "es", "er", "ion"];

/// The rest of the earlier line with the changes carried into its names and texts, and whether any was.
fn carry(rest: &str, changes: &[Change]) -> (String, bool) {
    let mut out = String::with_capacity(rest.len());
    let mut carried = false;
    let bytes = rest.as_bytes();
    let mut at = 0;
    let is_name = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'$';
    while at < bytes.len() {
        if !is_name(bytes[at]) {
            let next = rest
                .get(at..)
                .and_then(|r| r.chars().next())
                .map_or(1, char::len_utf8);
            out.push_str(rest.get(at..at + next).unwrap_or(""));
            at += next;
            continue;
        }
        let start = at;
        while at < bytes.len() && is_name(bytes[at]) {
            at += 1;
        }
        let word = rest.get(start..at).unwrap_or("");
        let (replaced, changed) = carry_into_word(word, changes);
        carried |= changed;
        out.push_str(&replaced);
    }
    (out, carried)
}

/// One name of the rest with the changes carried into it: the whole name, else a run of its parts.
fn carry_into_word(word: &str, changes: &[Change]) -> (String, bool) {
    if let Some(change) = changes.iter().find(|change| change.from == word) {
        return (change.to.clone(), true);
    }
    let list = parts(word);
    let is_name = |text: &str| {
        text.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
    };
    // A text with marks in it (`/contact`) goes into no name; its name alone does.
    for change in changes.iter().filter(|change| is_name(&change.to)) {
        let wanted = parts(&change.from).len();
        if wanted == 0 {
            continue;
        }
        for first in 0..list.len() {
            let Some(&(from, _)) = list.get(first) else {
                continue;
            };
            let Some(&(_, to)) = list.get(first + wanted - 1) else {
                continue;
            };
            let Some(run) = word.get(from..to) else {
                continue;
            };
            let letters_only = |text: &str| -> String {
                text.chars()
                    .filter(char::is_ascii_alphanumeric)
                    .collect::<String>()
            };
            let run_letters = letters_only(run);
            let from_letters = letters_only(&change.from);
            let ending = if run_letters.eq_ignore_ascii_case(&from_letters) {
                Some("")
            } else if wanted == 1 && from_letters.len() >= 4 {
                run_letters
                    .get(..from_letters.len())
                    .filter(|head| head.eq_ignore_ascii_case(&from_letters))
                    .and_then(|_| run.get(from_letters.len()..))
                    .filter(|ending| ENDINGS.contains(ending))
            } else {
                None
            };
            if let Some(ending) = ending {
                let stem = run.get(..run.len() - ending.len()).unwrap_or(run);
                let replacement = in_case_of(stem, &change.to);
                let mut out = String::new();
                out.push_str(word.get(..from).unwrap_or(""));
                out.push_str(&replacement);
                out.push_str(ending);
                out.push_str(word.get(to..).unwrap_or(""));
                return (out, true);
            }
        }
    }
    (word.to_owned(), false)
}

/// Setup and teardown: a block that mirrors another one (`afterAll` under `beforeAll`, a `blur` listener under a
/// `focus` one) undoes what the other did, so its statements take the other word of each pair.
const MIRRORS: &[(&str, &str)] = &[
    ("before", "after"),
    ("setup", "teardown"),
    ("open", "close"),
    ("connect", "disconnect"),
    ("start", "stop"),
    ("add", "remove"),
    ("show", "hide"),
    ("enable", "disable"),
    ("mount", "unmount"),
    ("subscribe", "unsubscribe"),
    ("attach", "detach"),
    ("bind", "unbind"),
    ("register", "unregister"),
    ("lock", "unlock"),
    ("focus", "blur"),
    ("mouseenter", "mouseleave"),
    ("mousedown", "mouseup"),
    ("keydown", "keyup"),
    ("init", "destroy"),
];

/// The rest with the changes carried into it, and whether any was. When the lines mirror each other (setup and
/// teardown), the rest takes the other word of each pair instead, and is no answer (`None`) when it has none:
/// repeating what the setup did is not undoing it.
fn carried(rest: &str, changes: &[Change], blocks: &[Change]) -> Option<(String, bool)> {
    // Only blocks mirror each other: two lines of a list (`openBtn`, `closeBtn`) are two things alike.
    let forward = blocks.iter().find_map(|change| {
        MIRRORS.iter().find_map(|&(set, undo)| {
            if change.from.eq_ignore_ascii_case(set) && change.to.eq_ignore_ascii_case(undo) {
                Some(true)
            } else if change.from.eq_ignore_ascii_case(undo) && change.to.eq_ignore_ascii_case(set)
            {
                Some(false)
            } else {
                None
            }
        })
    });
    let Some(forward) = forward else {
        let all: Vec<Change> = changes.iter().chain(blocks).cloned().collect();
        return Some(carry(rest, &all));
    };
    let undoing: Vec<Change> = MIRRORS
        .iter()
        .map(|&(set, undo)| {
            let (from, to) = if forward { (set, undo) } else { (undo, set) };
            Change {
                from: from.to_owned(),
                to: to.to_owned(),
            }
        })
        .collect();
    // A call undone keeps its arguments (`classList.add('open')` -> `classList.remove('open')` in `close()`):
    // the texts take the other word only when no name outside them does (`'keydown'` -> `'keyup'`).
    let (text, changed) = carry_outside_texts(rest, &undoing);
    if changed {
        return Some((text, true));
    }
    let (text, changed) = carry(rest, &undoing);
    changed.then_some((text, true))
}

/// `carry`, with the string literals of the rest left as they are.
fn carry_outside_texts(rest: &str, changes: &[Change]) -> (String, bool) {
    let mut out = String::with_capacity(rest.len());
    let mut carried = false;
    let mut code_start = 0;
    for piece in pieces(rest).iter().filter(|piece| piece.kind == Kind::Text) {
        let start = piece.end - piece.text.len();
        let (code, changed) = carry(rest.get(code_start..start).unwrap_or(""), changes);
        carried |= changed;
        out.push_str(&code);
        out.push_str(piece.text);
        code_start = piece.end;
    }
    let (code, changed) = carry(rest.get(code_start..).unwrap_or(""), changes);
    out.push_str(&code);
    (out, carried || changed)
}

/// How an earlier line lines up with the new one.
struct Alignment {
    /// What differs, and what it implies for the rest.
    changes: Vec<Change>,
    /// Whether a differing token is a value (a number or a string), not a name.
    values_differ: bool,
    /// How many tokens differ.
    differences: usize,
    /// Whether a name or value of the new line is the earlier one's too (`users.map(` in both): without one,
    /// the lines may only share a shape (`const app = ` and `const express = require('express');`).
    anchored: bool,
    /// Whether a differing token is a parameter the new line declares (`.then((data) => ` under `.then((res)
    /// => res.json())`): the step is another one, so its body is too.
    parameter_differs: bool,
    /// Whether a differing token is a string (`'/about'` against `'/contact'`).
    text_differs: bool,
}

/// Lines up the tokens of the new line (all but a last one being typed) with the earlier line's first tokens.
fn align(earlier: &[Piece<'_>], new: &[Piece<'_>]) -> Option<Alignment> {
    if earlier.len() < new.len() {
        return None;
    }
    let mut alignment = Alignment {
        changes: Vec::new(),
        values_differ: false,
        differences: 0,
        anchored: false,
        parameter_differs: false,
        text_differs: false,
    };
    let mut equal = 0;
    for (at, (old, now)) in earlier.iter().zip(new).enumerate() {
        if old.text == now.text {
            equal += 1;
            alignment.anchored |= old.kind != Kind::Mark && !KEYWORDS.contains(&old.text);
            continue;
        }
        let after: String = new
            .iter()
            .skip(at + 1)
            .take(3)
            .map(|piece| piece.text)
            .collect();
        alignment.parameter_differs |= after.starts_with("=>") || after.starts_with(")=>");
        if old.kind != now.kind
            || old.kind == Kind::Mark
            || KEYWORDS.contains(&old.text)
            || KEYWORDS.contains(&now.text)
        {
            return None;
        }
        alignment.differences += 1;
        alignment.values_differ |= old.kind != Kind::Word;
        alignment.text_differs |= old.kind == Kind::Text;
        if old.kind != Kind::Number {
            changes_of(old.inner(), now.inner(), &mut alignment.changes);
        }
    }
    (alignment.differences <= MOST_DIFFERENCES && equal >= alignment.differences)
        .then_some(alignment)
}

/// Lines up two whole lines, marks allowed to differ too (`-=` and `*=`): for blocks' headers and bodies.
fn align_whole(earlier: &str, new: &str) -> Option<Alignment> {
    let old = pieces(earlier);
    let now = pieces(new);
    if old.len() != now.len() {
        return None;
    }
    let mut alignment = Alignment {
        changes: Vec::new(),
        values_differ: false,
        differences: 0,
        anchored: true,
        parameter_differs: false,
        text_differs: false,
    };
    for (a, b) in old.iter().zip(&now) {
        if a.text == b.text {
            continue;
        }
        if a.kind != b.kind {
            return None;
        }
        alignment.differences += 1;
        if matches!(a.kind, Kind::Word | Kind::Text) {
            let before = alignment.changes.len();
            changes_of(a.inner(), b.inner(), &mut alignment.changes);
            // Two texts that differ by a name (`'/api/users'`, `'/api/posts'`) say which thing, as names do;
            // two that differ altogether (`'Sunday'`, `'Monday'`) are values.
            let named = alignment.changes.len() > before + 1;
            alignment.values_differ |= a.kind == Kind::Text && !named;
        } else {
            alignment.values_differ = true;
        }
    }
    (alignment.differences <= MOST_DIFFERENCES_IN_HEADERS).then_some(alignment)
}

/// A line of the window: its text and indentation. The cursor's line is the last.
struct Line<'a> {
    text: &'a str,
    width: usize,
}

/// The line that opens the block of line `index` (the nearest line above indented less, closing lines passed
/// over), when there is one in the window.
fn header(lines: &[Line<'_>], index: usize) -> Option<usize> {
    let width = lines.get(index)?.width;
    (0..index).rev().find(|&above| {
        let line = &lines[above];
        let trimmed = line.text.trim();
        !trimmed.is_empty() && line.width < width && !trimmed.chars().all(|c| "})];, ".contains(c))
    })
}

/// The statements of line `index`'s block before it, at its indentation, nearest first.
fn statements_before(lines: &[Line<'_>], index: usize, header: Option<usize>) -> Vec<usize> {
    let width = lines.get(index).map_or(0, |line| line.width);
    let first = header.map_or(0, |at| at + 1);
    (first..index)
        .rev()
        .filter(|&at| lines[at].width == width && !lines[at].text.trim().is_empty())
        .collect()
}

/// How the blocks around two lines line up: the changes their headers (and the statements before the lines)
/// imply, whether those differ by a value, and how many levels were compared. `None` when they do not line up,
/// or when both lines are in the same block.
struct Place {
    changes: Vec<Change>,
    values_differ: bool,
    /// Whether the nearest headers are the same text (`if (!response.ok) {` twice).
    same_header: bool,
    /// How many statements before the two lines were compared and found alike.
    statements: usize,
}

fn same_place(lines: &[Line<'_>], earlier: usize, new: usize, bodies: bool) -> Option<Place> {
    let mut place = Place {
        changes: Vec::new(),
        values_differ: false,
        same_header: false,
        statements: 0,
    };
    let (mut old, mut now) = (header(lines, earlier)?, header(lines, new)?);
    if old == now {
        return None;
    }
    if bodies {
        let old_body = statements_before(lines, earlier, Some(old));
        let new_body = statements_before(lines, new, Some(now));
        if old_body.len() != new_body.len() {
            return None;
        }
        place.statements = old_body.len();
        // The statements before may differ by values (`method: 'POST'`, `method: 'PUT'`): what they say is
        // carried, but only the headers say whether the blocks are about other values.
        for (&a, &b) in old_body.iter().zip(&new_body) {
            let alignment = align_whole(lines[a].text.trim(), lines[b].text.trim())?;
            place.changes.extend(alignment.changes);
        }
    }
    for level in 0..LEVELS {
        let alignment = align_whole(lines[old].text.trim(), lines[now].text.trim())?;
        if level == 0 {
            place.same_header = alignment.differences == 0;
        }
        place.changes.extend(alignment.changes);
        place.values_differ |= alignment.values_differ;
        match (header(lines, old), header(lines, now)) {
            (Some(a), Some(b)) if a != b => (old, now) = (a, b),
            _ => break,
        }
    }
    Some(place)
}

/// Whether a rest holds no value of its own: only marks and words that are no names (`) => {`, `return this;`).
fn holds_no_value(rest: &str) -> bool {
    // An object or a list opened (`server: {`) is a value still to be written.
    !rest.trim_start().starts_with(['{', '['])
        && pieces(rest).iter().all(|piece| match piece.kind {
            Kind::Mark => true,
            Kind::Word => {
                KEYWORDS.contains(&piece.text)
                    && !matches!(piece.text, "true" | "false" | "null" | "undefined")
            }
            Kind::Number | Kind::Text => false,
        })
}

/// Whether a rest that is a name alone (`next;` carried from `value;` in `this.next = `) names something the
/// code has: a field named for a parameter is given that parameter, any other starts from its own value.
fn names_known(lines: &[Line<'_>], carried_text: &str, rest: &str) -> bool {
    let name = carried_text.trim_end_matches([';', ',', ')', ']', '}', ' ']);
    let bare = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
        && name != rest.trim_end_matches([';', ',', ')', ']', '}', ' ']);
    if !bare {
        return true;
    }
    let is_name = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    // The window's lines before the new one (the last line is the new one itself).
    lines
        .split_last()
        .map_or(&[][..], |(_, above)| above)
        .iter()
        .any(|line| {
            line.text.match_indices(name).any(|(at, _)| {
                let start_ok = line
                    .text
                    .get(..at)
                    .and_then(|before| before.chars().next_back())
                    .is_none_or(|c| !is_name(c) && c != '.');
                let end_ok = line
                    .text
                    .get(at + name.len()..)
                    .and_then(|after| after.chars().next())
                    .is_none_or(|c| !is_name(c));
                start_ok && end_ok
            })
        })
}

/// One earlier line's answer and how sure it is.
struct Answer {
    text: String,
    sure: bool,
    /// The earlier line's text, so that two answers from the same line are counted once.
    line: usize,
    /// How closely the line matched: fewer differences first.
    differences: usize,
    /// Whether the line is in the cursor's own block.
    same_block: bool,
    /// Whether the line shares only its shape with the new one (`export const SET_FILTER = ` under `export
    /// const TOGGLE_TODO = 'TOGGLE_TODO';`): sure only when another line of the run says the same.
    alone: bool,
    /// Whether the line's difference from the new one is a name that could have been carried (an empty
    /// `''` against `'contact'` says nothing of how the rest goes).
    telling: bool,
}

/// Appends the rest of an earlier line like the one being written, its differences carried into it.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript
    ) || !context.at_line_end()
    {
        return;
    }
    // A statement that starts with `this.` (or returns it) differs from no earlier line yet: the member rules
    // know the class's members better than one line does.
    if context.member.is_some_and(|access| {
        access.receiver == "this"
            && matches!(
                context.before_receiver(&access).map(str::trim),
                Some("" | "return")
            )
    }) {
        return;
    }
    let before = context.code_before_line();
    let mut lines: Vec<Line<'_>> = before
        .lines()
        .rev()
        .take(WINDOW)
        .map(|text| Line {
            text,
            width: indentation(text),
        })
        .collect();
    lines.reverse();
    lines.push(Line {
        text: context.line_before,
        width: indentation(context.line_before),
    });
    let cursor = lines.len() - 1;
    let typed = pieces(context.line_before);
    if typed.is_empty()
        && let Some(statement) = closing_statement(context, &lines, cursor)
    {
        out.push(Suggestion::of_kind(statement, SURE, "habit"));
        return;
    }
    let mut answers = if typed.is_empty() {
        new_statement(&lines, cursor)
    } else {
        continued_line(context, &lines, cursor, &typed)
    };
    answers.retain(|answer| !answer.text.trim().is_empty());
    // The lines of the cursor's own block say more than those of another (an object's fields under its type's)
    // unless the other block's line matches more closely.
    if let Some(closest) = answers
        .iter()
        .filter(|answer| answer.same_block)
        .map(|answer| answer.differences)
        .min()
    {
        answers.retain(|answer| answer.same_block || answer.differences < closest);
    }
    let agreed = |answer: &Answer| {
        answers
            .iter()
            .any(|other| other.line != answer.line && other.sure && other.text == answer.text)
    };
    let Some(best) = answers
        .iter()
        .filter(|answer| answer.sure && (!answer.alone || agreed(answer)))
        .min_by_key(|answer| (answer.differences, cursor - answer.line))
    else {
        // Without a sure one, several lines agreeing and none disagreeing.
        let Some(first) = answers.first() else {
            return;
        };
        let agree = answers.iter().all(|answer| answer.text == first.text);
        if agree && answers.len() >= 2 {
            offer(context, &typed, &first.text, AGREED, out);
        }
        return;
    };
    // A sure answer contradicted by another sure one, or by a line of the run as close to the new one, is no
    // answer (`infoDecoder: decoding.RleDecoder;` above `stringDecoder: decoding.StringDecoder;` says the type
    // is not named for the field).
    let contradicted = answers.iter().any(|answer| {
        answer.text != best.text
            && (answer.sure
                || answer.same_block && answer.telling && answer.differences <= best.differences)
    });
    if !contradicted {
        offer(context, &typed, &best.text, SURE, out);
    }
}

/// Offers a line's rest; inside a string, its text alone as well, for an editor that closed the quote already.
fn offer(
    context: &Context<'_>,
    typed: &[Piece<'_>],
    text: &str,
    confidence: f64,
    out: &mut Vec<Suggestion>,
) {
    let text = if context.line_before.ends_with(char::is_whitespace) {
        text.trim_start()
    } else {
        text
    };
    out.push(Suggestion::of_kind(text, confidence, "habit"));
    if let Some(last) = typed.last()
        && last.kind == Kind::Text
        && last.end == context.line_before.len()
        && let Some(quote) = last.text.chars().next()
        && !last.text.get(1..).is_some_and(|body| body.ends_with(quote))
        && let Some(closing) = text.find(quote)
        && closing > 0
        && let Some(value) = text.get(..closing)
    {
        out.push(Suggestion::of_kind(value, confidence - 0.01, "habit"));
    }
}

/// On a blank line that ends a function: the call every function beside it ends with (`notify();`, `emit();`,
/// `render();` in a store's actions), when the cursor's function does not make it yet. A function of one
/// statement ends there too: its statement was the change the call reports.
fn closing_statement(context: &Context<'_>, lines: &[Line<'_>], cursor: usize) -> Option<String> {
    let own = header(lines, cursor)?;
    let width = lines[own].width;
    let function_like = |text: &str| {
        let text = text.trim();
        text.ends_with('{')
            && text.contains('(')
            && !text.starts_with(['}', '.'])
            && !["if", "for", "while", "switch", "catch", "else", "do", "try"]
                .iter()
                .any(|keyword| {
                    text.strip_prefix(keyword)
                        .is_some_and(|rest| rest.starts_with([' ', '(', '{']))
                })
    };
    if !function_like(lines[own].text) || own + 1 >= cursor {
        return None;
    }
    // The function must end below the cursor (or the file be cut there).
    let after = context.code.get(context.cursor..).unwrap_or("");
    let next = after
        .lines()
        .skip(1)
        .map(str::trim)
        .find(|line| !line.is_empty());
    if next.is_some_and(|line| !line.starts_with('}')) {
        return None;
    }
    let mut endings: Vec<(&str, &str)> = Vec::new();
    let mut at = own;
    while endings.len() < 4 {
        // The closing line of the function above, then its last statement and its header.
        let Some(closing) = (0..at).rev().find(|&index| {
            let line = &lines[index];
            !line.text.trim().is_empty() && line.width <= width
        }) else {
            break;
        };
        if lines[closing].width != width || !lines[closing].text.trim_start().starts_with('}') {
            break;
        }
        let Some(last) = (0..closing)
            .rev()
            .find(|&index| !lines[index].text.trim().is_empty())
        else {
            break;
        };
        let Some(sibling) = header(lines, last)
            .filter(|&sibling| lines[sibling].width == width && function_like(lines[sibling].text))
        else {
            break;
        };
        endings.push((lines[last].text.trim(), lines[sibling].text.trim()));
        at = sibling;
    }
    let &(first, _) = endings.first()?;
    let call = first.trim_end_matches(';').strip_suffix("()")?;
    let name_only = |text: &str| {
        text.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
    };
    if call.is_empty()
        || !call
            .split('.')
            .all(|part| !part.is_empty() && name_only(part))
    {
        return None;
    }
    // The function that is called is no action of its own: its definition is passed over.
    let called = call.rsplit('.').next().unwrap_or(call);
    let defines = |header: &str| {
        header.starts_with(&format!("{called}(")) || header.contains(&format!("function {called}("))
    };
    let defined = endings.iter().any(|&(_, header)| defines(header));
    let agreeing = endings
        .iter()
        .filter(|&&(_, header)| !defines(header))
        .take_while(|&&(ending, _)| ending == first)
        .count();
    let own_body = &lines[own + 1..cursor];
    ((agreeing >= 2 || agreeing >= 1 && defined)
        && !own_body.iter().any(|line| line.text.trim() == first))
    .then(|| first.to_owned())
}

/// On a blank line: the statement at the same place of a block like the cursor's.
fn new_statement(lines: &[Line<'_>], cursor: usize) -> Vec<Answer> {
    let width = lines[cursor].width;
    if width == 0 {
        return Vec::new();
    }
    let mut answers = Vec::new();
    for index in (0..cursor).rev() {
        if lines[index].width != width || lines[index].text.trim().is_empty() {
            continue;
        }
        let Some(place) = same_place(lines, index, cursor, true) else {
            continue;
        };
        // A block's first statement follows from its header only in a `switch`'s arms (`case 'ArrowRight':`
        // -> `moveRight();`); elsewhere the statements before must have shown that the blocks run alike.
        let first = statements_before(lines, cursor, header(lines, cursor)).is_empty();
        let arm = header(lines, cursor)
            .is_some_and(|at| lines[at].text.trim_start().starts_with("case "));
        if first && !arm {
            continue;
        }
        let statement = lines[index].text.trim();
        if statement.starts_with("//") || statement.starts_with("/*") || statement.starts_with('*')
        {
            continue;
        }
        let Some((text, carried)) = carried(statement, &[], &place.changes) else {
            continue;
        };
        // Nothing typed yet: only a statement the blocks' difference was carried into is sure of itself, or one
        // that holds no value (`return this;`) once the statements before ran alike; any other needs the
        // agreement of several blocks.
        let sure = carried || holds_no_value(statement) && place.statements > 0;
        answers.push(Answer {
            text,
            sure,
            line: index,
            differences: 0,
            same_block: false,
            alone: false,
            telling: true,
        });
    }
    answers
}

/// On a line begun: the rest of an earlier line that starts like it.
fn continued_line(
    context: &Context<'_>,
    lines: &[Line<'_>],
    cursor: usize,
    typed: &[Piece<'_>],
) -> Vec<Answer> {
    let Some((last, whole)) = typed.split_last() else {
        return Vec::new();
    };
    // The last token is still being typed when the cursor touches it: a word, a number or an open string.
    let open_text = last.kind == Kind::Text && {
        let quote = last.text.chars().next().unwrap_or('"');
        last.text.len() == 1 || !last.text.get(1..).is_some_and(|body| body.ends_with(quote))
    };
    let touching = last.end == context.line_before.len()
        && (matches!(last.kind, Kind::Word | Kind::Number) || open_text);
    let (full, partial) = if touching {
        (whole, Some(last))
    } else {
        (typed, None)
    };
    // A keyword alone (`return `) says nothing of which line it repeats.
    if !full.is_empty()
        && full
            .iter()
            .all(|piece| piece.kind == Kind::Word && KEYWORDS.contains(&piece.text))
        && partial.is_none_or(|piece| piece.kind == Kind::Word)
    {
        return Vec::new();
    }
    let own_header = header(lines, cursor);
    let width = lines[cursor].width;
    // The run the line continues: the nearest statements of its block at its indentation.
    let run: Vec<usize> = statements_before(lines, cursor, own_header)
        .into_iter()
        .take(RUN)
        .collect();
    let mut answers = Vec::new();
    for index in (0..cursor).rev() {
        let text = lines[index].text;
        if lines[index].width != width {
            continue;
        }
        let in_run = run.contains(&index);
        let place = if in_run {
            None
        } else {
            match same_place(lines, index, cursor, true) {
                Some(place) => Some(place),
                None => continue,
            }
        };
        let earlier = pieces(text);
        let Some(alignment) = align(&earlier, full) else {
            continue;
        };
        let (rest_start, rest_head) = match partial {
            Some(piece) => {
                let Some(next) = earlier.get(full.len()) else {
                    continue;
                };
                if next.kind != piece.kind
                    || next.text.len() <= piece.text.len()
                    || !next.text.starts_with(piece.text)
                {
                    continue;
                }
                (next.end, next.text.get(piece.text.len()..).unwrap_or(""))
            }
            None => {
                let Some(previous) = earlier.get(full.len().wrapping_sub(1)) else {
                    continue;
                };
                (previous.end, "")
            }
        };
        let rest = format!(
            "{rest_head}{}",
            text.get(rest_start..).unwrap_or("").trim_end()
        );
        if rest.trim().is_empty() {
            continue;
        }
        // A declaration's parameters (`key: string): void;`, `offset) {`) are its own, whatever its
        // neighbours take; a control statement's header (`} catch (err`) and a list still to open
        // (`function () {`) are not such.
        let control = full.iter().any(|piece| {
            matches!(
                piece.text,
                "if" | "for" | "while" | "switch" | "catch" | "=>"
            )
        });
        let declared = rest.contains("): ") || rest.ends_with(") {") && !rest.contains("=>");
        if declared && !control && !rest.contains("()") {
            continue;
        }
        let changes = &alignment.changes;
        let blocks = place.as_ref().map_or(&[][..], |place| &place.changes[..]);
        let Some((carried_text, carried)) = carried(&rest, changes, blocks) else {
            continue;
        };
        if rest.len()
            > if carried {
                LONGEST_CARRIED
            } else {
                LONGEST_REST
            }
        {
            continue;
        }
        // Whether the rest holds a value is read on whole tokens (`function () {` for `ction () {`).
        let whole_rest = partial
            .and_then(|_| earlier.get(full.len()))
            .and_then(|token| text.get(token.end - token.text.len()..))
            .unwrap_or(&rest);
        // `) {` after `(`: a parameter list left empty is a guess unless several lines agree.
        let no_value =
            holds_no_value(whole_rest) && !rest.trim_start().starts_with([')', ']', '}']);
        // A string begun with text of its own (`"card-` under `"card-title"`) is another one unless the
        // difference was carried into it.
        let own_text = open_text && partial.is_some_and(|piece| piece.text.len() > 1);
        let text_carried = own_text && carry(rest_head, changes).1;
        // Two differences on the line (`updateDecoder = new UpdateDecoderV1(` against `lazyDecoder = new
        // LazyStructReader(`) make another statement, not the same one again.
        let after_member = full.last().is_some_and(|piece| piece.text == ".");
        // A name the earlier line built from its string (`'/about': renderAbout`) is built from the new one's
        // the same way: the string anchors the line as a shared name would.
        let keyed = alignment.text_differs && carried;
        let sure = if alignment.differences > 1 || alignment.parameter_differs {
            false
        } else if alignment.differences == 1 {
            (carried || no_value)
                && (!own_text || text_carried)
                && (alignment.anchored || place.is_some() || keyed)
                && (!carried || after_member || keyed || names_known(lines, &carried_text, &rest))
        } else {
            // The same line begun in another block: the blocks must run alike (the statements before, or the
            // very same header: `if (!user) {` in the route above).
            place.as_ref().is_some_and(|place| {
                carried
                    || (place.statements > 0 || place.same_header)
                        && (no_value
                            || !place.values_differ
                                && (place.same_header || !place.changes.is_empty()))
            })
        };
        answers.push(Answer {
            text: carried_text,
            sure,
            line: index,
            differences: alignment.differences,
            same_block: in_run,
            // A member named for the name it is given (`sqrt = Math.` under `imul = Math.imul`) needs a
            // second line to say that is the file's habit.
            alone: alignment.differences > 0
                && (!alignment.anchored || after_member)
                && place.is_none()
                && !keyed,
            // A string without a letter (`'/'`) names nothing that could have been carried.
            telling: alignment.differences == 0
                || alignment
                    .changes
                    .iter()
                    .any(|change| change.from.chars().any(|c| c.is_ascii_alphanumeric())),
        });
    }
    answers
}
