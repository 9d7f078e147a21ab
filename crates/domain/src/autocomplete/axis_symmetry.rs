//! The other axis: code that moves, draws or walks a grid writes each step twice, once for x and once for y (for a
//! row and a column, a width and a height, left and right), and the second copy is the first with the axis
//! swapped. Once what is typed shows the swap (`y += v` under `x += vx * dt`), the rest of the copy follows from
//! the first: `y * dt`.
//!
//! The first copy is looked for where the second is typed:
//! - an earlier part of the same list or condition on the cursor's line (`(head[0] + dx, head[1] + d` -> `y`,
//!   `a.x == b.x && a.y == ` -> `b.y`, `nr < rows && nc < ` -> `cols`), split at `,`, `&&`, `||`, `and`, `or`
//!   and a lone `=`; parts that count (`board[i][0] == p && board[i][1] == p && board[i][` -> `2] == p`) go on
//!   counting;
//! - else one of the lines just above (`for (let dx = -1; dx <= ` under the same loop on `dy` -> `1; dx++) {`,
//!   `case RIGHT: ` under `case LEFT: x--; break;` -> `x++; break;`);
//! - else, in an argument list whose last argument is a first coordinate, the second one the code has
//!   (`countNeighbors(grid, x, ` -> `y`, `moveTo(p.x, ` -> `p.y`, `cell(row, ` -> `col`);
//! - else, on the blank line under a type's field for a first coordinate, that field's declaration
//!   (`x: float` -> `y: float`, `private int width;` -> `private int height;`).
//!
//! The axis words are whole words or the parts of a name (`pos_x`, `velX`, `VK_LEFT`, `ArrowLeft`, `dx`, `nr`);
//! the swap (or the count) must be seen in what is typed, and what is offered must contain a swapped word (or a
//! counted number): a mere copy of the
//! line above is the business of `repetition` and `precedents`. It ranks above the names and members that the
//! first copy made frequent (`x` after `ball.y += ball.v`), which are exactly the wrong answer here.

use super::Suggestion;
use super::cursor::Context;

/// The confidence of the swapped copy: above a member's or a name's (the first copy's word, which it replaces).
const CONFIDENCE: f64 = 0.93;
/// The confidence of a pair's second coordinate after its first (`f(x, ` -> `y`): no copy shows it, but a pair is
/// passed in its order far more often than not.
const PAIR_CONFIDENCE: f64 = 0.86;
/// The longest line read: a generated or minified line is no hand-written pair of steps.
const LONGEST_LINE: usize = 400;
/// How many lines above are tried as the first copy.
const LINES_TRIED: usize = 4;
/// Words that open a statement and may stand before the first copy only (`return a.x < b.x` above `a.y < b.y`).
const OPENING_WORDS: &[&str] = &["return", "if", "elif", "while", "else"];

/// The families of words that swap into each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    /// Horizontal and vertical: x and y, width and height.
    Plane,
    /// Rows and columns of a grid.
    Grid,
    /// Left and right, up and down; the steps change sign with them.
    Direction,
}

/// Whole words (and name parts) of each family, as swapped pairs.
const PLANE: &[(&str, &str)] = &[
    ("x", "y"),
    ("X", "Y"),
    ("width", "height"),
    ("Width", "Height"),
    ("WIDTH", "HEIGHT"),
    ("w", "h"),
];
const GRID: &[(&str, &str)] = &[
    ("c", "r"),
    ("col", "row"),
    ("cols", "rows"),
    ("Col", "Row"),
    ("Cols", "Rows"),
    ("COL", "ROW"),
    ("COLS", "ROWS"),
];
const DIRECTION: &[(&str, &str)] = &[
    ("left", "right"),
    ("Left", "Right"),
    ("LEFT", "RIGHT"),
    ("up", "down"),
    ("Up", "Down"),
    ("UP", "DOWN"),
];
/// The letters that end a two-letter name of an axis (`dx`, `vy`, `nr`, `dc`), by family.
const PLANE_LETTERS: (char, char) = ('x', 'y');
const GRID_LETTERS: (char, char) = ('c', 'r');
/// Two-letter words that are no axis name (`or` is Python's operator).
const NOT_AXIS_NAMES: &[&str] = &["or"];

impl Family {
    const ALL: [Self; 3] = [Self::Plane, Self::Grid, Self::Direction];

    fn pairs(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Self::Plane => PLANE,
            Self::Grid => GRID,
            Self::Direction => DIRECTION,
        }
    }

    fn letters(self) -> Option<(char, char)> {
        match self {
            Self::Plane => Some(PLANE_LETTERS),
            Self::Grid => Some(GRID_LETTERS),
            Self::Direction => None,
        }
    }

    /// The word with this family's words swapped, or `None` when it holds none.
    fn swap(self, word: &str) -> Option<String> {
        if let Some(other) = swap_whole(self.pairs(), word) {
            return Some(other.to_owned());
        }
        if let Some((first, second)) = self.letters()
            && let [lead, last] = word.as_bytes()
            && lead.is_ascii_lowercase()
            && !NOT_AXIS_NAMES.contains(&word)
        {
            let last = char::from(*last);
            let swapped = if last == first {
                second
            } else if last == second {
                first
            } else {
                return None;
            };
            return Some(format!("{}{swapped}", char::from(*lead)));
        }
        let parts = name_parts(word);
        if parts.len() < 2 {
            return None;
        }
        let mut swapped = String::with_capacity(word.len());
        let mut any = false;
        for part in parts {
            if let Some(other) = swap_whole(self.pairs(), part) {
                swapped.push_str(other);
                any = true;
            } else {
                swapped.push_str(part);
            }
        }
        any.then_some(swapped)
    }
}

/// A grid's or a plane's other dimension, named in full (`rows` -> `cols`, `height` -> `width`): the bound of the
/// inner of two nested loops. Single letters (`x`, `h`) are left out: they are as often a loop's own values.
pub(super) fn other_dimension(word: &str) -> Option<&'static str> {
    if word.len() < 4 {
        return None;
    }
    swap_whole(GRID, word).or_else(|| swap_whole(PLANE, word))
}

fn swap_whole(pairs: &[(&'static str, &'static str)], word: &str) -> Option<&'static str> {
    pairs.iter().find_map(|&(one, other)| {
        if word == one {
            Some(other)
        } else if word == other {
            Some(one)
        } else {
            None
        }
    })
}

/// The parts of a name, separators kept with the part before them: `pos_x` -> `pos_`, `x`; `velX` -> `vel`,
/// `X`; `VK_LEFT` -> `VK_`, `LEFT`; `ArrowLeft` -> `Arrow`, `Left`.
fn name_parts(word: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let bytes = word.as_bytes();
    for index in 1..bytes.len() {
        let previous = bytes[index - 1];
        let current = bytes[index];
        let boundary =
            previous == b'_' || (previous.is_ascii_lowercase() && current.is_ascii_uppercase());
        if boundary && current != b'_' {
            if let Some(part) = word.get(start..index) {
                let part = part.trim_end_matches('_');
                if !part.is_empty() {
                    parts.push(part);
                }
                if let Some(separators) = word.get(start + part.len()..index)
                    && !separators.is_empty()
                {
                    parts.push(separators);
                }
            }
            start = index;
        }
    }
    if let Some(last) = word.get(start..) {
        parts.push(last);
    }
    parts
}

/// A token of a line: a word (name or number), a string literal, or one punctuation character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Text,
    Mark,
}

#[derive(Debug, Clone, Copy)]
struct Piece<'a> {
    kind: Kind,
    text: &'a str,
    /// Where it starts in its line.
    start: usize,
}

fn is_word_char(character: char) -> bool {
    character.is_ascii_alphanumeric() || character == '_' || character == '$'
}

fn pieces(line: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut characters = line.char_indices().peekable();
    while let Some((start, character)) = characters.next() {
        if character.is_whitespace() {
            continue;
        }
        let (kind, end) = if is_word_char(character) {
            let mut end = start + character.len_utf8();
            while let Some(&(index, next)) = characters.peek() {
                if !is_word_char(next) {
                    break;
                }
                end = index + next.len_utf8();
                characters.next();
            }
            (Kind::Word, end)
        } else if matches!(character, '"' | '\'' | '`') {
            let mut end = line.len();
            let mut escaped = false;
            for (index, next) in characters.by_ref() {
                if escaped {
                    escaped = false;
                } else if next == '\\' {
                    escaped = true;
                } else if next == character {
                    end = index + 1;
                    break;
                }
            }
            (Kind::Text, end)
        } else {
            (Kind::Mark, start + character.len_utf8())
        };
        if let Some(text) = line.get(start..end) {
            out.push(Piece { kind, text, start });
        }
    }
    out
}

/// The parts of a line at the depth of its innermost bracket left open, split at `,`, `&&`, `||`, `and`, `or`
/// and a lone `=`, as byte ranges of the line, in order; the last one is the part being typed. Strings are
/// skipped; `None` when the line closes more than it opens (a part of a statement begun above).
fn parts_at_cursor(line: &str) -> Option<Vec<(usize, usize)>> {
    // One list of separators per depth: the innermost still open is the cursor's.
    let mut levels: Vec<(usize, Vec<(usize, usize)>)> = vec![(0, Vec::new())];
    let bytes = line.as_bytes();
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        match byte {
            b'"' | b'\'' | b'`' => {
                index += 1;
                while index < bytes.len() && bytes[index] != byte {
                    if bytes[index] == b'\\' {
                        index += 1;
                    }
                    index += 1;
                }
            }
            b'(' | b'[' | b'{' => levels.push((index + 1, Vec::new())),
            b')' | b']' | b'}' => {
                levels.pop();
                if levels.is_empty() {
                    return None;
                }
            }
            _ => {
                let rest = line.get(index..).unwrap_or("");
                let previous = index.checked_sub(1).map(|at| bytes[at]);
                let next = bytes.get(index + 1).copied();
                let width = if rest.starts_with("&&") || rest.starts_with("||") {
                    2
                } else if byte == b','
                    || (byte == b'='
                        && !matches!(next, Some(b'=' | b'>'))
                        && !previous.is_some_and(|p| b"=!<>+-*/%&|^:".contains(&p)))
                {
                    1
                } else if rest.starts_with(" and ") {
                    4
                } else if rest.starts_with(" or ") {
                    3
                } else {
                    0
                };
                if width > 0 {
                    if let Some((_, separators)) = levels.last_mut() {
                        separators.push((index, index + width));
                    }
                    index += width;
                    continue;
                }
            }
        }
        index += 1;
    }
    // A bracket just opened with no part of its own yet (`board[i][`) is typed inside the part around it.
    while levels.len() > 1
        && levels
            .last()
            .is_some_and(|(_, separators)| separators.is_empty())
    {
        levels.pop();
    }
    let (start, separators) = levels.pop()?;
    let mut parts = Vec::with_capacity(separators.len() + 1);
    let mut from = start;
    for (separator_start, separator_end) in separators {
        parts.push((from, separator_start));
        from = separator_end;
    }
    parts.push((from, line.len()));
    Some(parts)
}

/// What aligning the part being typed on a first copy learned.
#[derive(Debug, Default)]
struct Swap {
    families: Vec<Family>,
    /// Whether the pair's coordinates are indexed (`p[0]`, `p[1]`): the indexes swap too.
    indexes: bool,
}

impl Swap {
    fn apply(&self, word: &str) -> String {
        if self.indexes {
            match word {
                "0" => return "1".to_owned(),
                "1" => return "0".to_owned(),
                _ => {}
            }
        }
        let mut current = word.to_owned();
        for family in &self.families {
            if let Some(swapped) = family.swap(&current) {
                current = swapped;
            }
        }
        current
    }

    fn learn(&mut self, family: Family) {
        if !self.families.contains(&family) {
            self.families.push(family);
        }
    }

    fn has(&self, family: Family) -> bool {
        self.families.contains(&family)
    }
}

/// A first copy's counters: the numbers at the same place of the two parts before, which went up by a step.
type Steps = Vec<Option<i64>>;

/// Appends the rest of the swapped copy of an earlier part or line.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let line = context.line_before;
    if !context.at_line_end()
        || line.len() > LONGEST_LINE
        || context.member.is_some_and(|m| m.separator != ".")
    {
        return;
    }
    let copied = from_earlier_part(line).or_else(|| from_line_above(context, line));
    let Some((text, confidence)) = copied
        .map(|text| (text, CONFIDENCE))
        .or_else(|| second_coordinate(context, line).map(|text| (text, PAIR_CONFIDENCE)))
        .or_else(|| second_field(context).map(|text| (text, PAIR_CONFIDENCE)))
    else {
        return;
    };
    // A rule that knows the statement's end too (`dy[d];`) says more than the copy of the part (`dy[d]`).
    let said_longer = out.iter().any(|other| {
        other.confidence >= super::INLINE_CONFIDENCE
            && other.text.len() > text.len()
            && other.text.starts_with(&text)
    });
    if !said_longer {
        out.push(Suggestion::construct(text, confidence));
    }
}

/// The first word of each pair, in the order code names a pair's coordinates (`x, y`, `row, col`). A lone `r` is
/// left out: `min(r, ` is as often red before green (`r, g, b`) as a row before its column.
const FIRST_COORDINATES: &[&str] = &["x", "X", "width", "w", "row"];
/// How far before the cursor the second coordinate's name is looked for.
const NAME_WINDOW: usize = 4000;

/// `countNeighbors(grid, x, ` -> `y`: in an argument list whose last argument is a first coordinate (a name or a
/// member), the second one, when the code has it and the list does not name it yet.
fn second_coordinate(context: &Context<'_>, line: &str) -> Option<String> {
    let (line, placeholders) = without_strings(line)?;
    let open = line.rfind('(')?;
    let arguments = line.get(open + 1..)?;
    if arguments.contains([')', '(', '[', '{', '"', '\'']) {
        return None;
    }
    let mut parts: Vec<&str> = arguments.split(',').map(str::trim).collect();
    let typed = parts.pop()?;
    // After a format, only while it still takes a value (`printf("%d\n", p.x, ` has none left for `p.y`).
    if let Some(format) = parts.iter().rposition(|part| *part == "_")
        && parts.len() - format > placeholders
    {
        return None;
    }
    let previous = *parts.last()?;
    let (owner, word) = match previous.rsplit_once('.') {
        Some((owner, word)) => (Some(owner), word),
        None => (None, previous),
    };
    if !FIRST_COORDINATES.contains(&word)
        || owner.is_some_and(|owner| !owner.chars().all(is_word_char))
    {
        return None;
    }
    let family = if word == "row" {
        Family::Grid
    } else {
        Family::Plane
    };
    let second = family.swap(word)?;
    let wanted = match owner {
        Some(owner) => format!("{owner}.{second}"),
        None => second.clone(),
    };
    if parts.contains(&wanted.as_str()) {
        return None;
    }
    let rest = wanted.strip_prefix(typed).filter(|rest| !rest.is_empty())?;
    // The code must have the second coordinate: a parameter, a local, a field read elsewhere or on this line.
    let window_start = context.cursor.saturating_sub(NAME_WINDOW);
    let window = (window_start..context.cursor)
        .find_map(|start| context.code.get(start..context.cursor))
        .unwrap_or("");
    let named = window.match_indices(second.as_str()).any(|(at, _)| {
        let before = window.get(..at).and_then(|text| text.chars().next_back());
        let after = window
            .get(at + second.len()..)
            .and_then(|text| text.chars().next());
        !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
    });
    named.then(|| rest.to_owned())
}

/// How many lines above the cursor a type's header is looked for in.
const CLASS_WINDOW: usize = 100;
/// Words a field's declaration may hold besides its type and its name.
const FIELD_MODIFIERS: &[&str] = &[
    "pub",
    "private",
    "public",
    "protected",
    "readonly",
    "final",
    "static",
    "const",
    "mut",
];

/// On the blank line under a type's field named for a first coordinate (`x: float` in a dataclass, `x: number;`
/// in an interface, `X float64` in a Go struct, `int x;`, `private double width;`), the same declaration for the
/// second (`y: float`, `height`): a point, a size or a cell declares both, one under the other.
fn second_field(context: &Context<'_>) -> Option<String> {
    if !context.line_before.trim().is_empty() || !context.prefix.is_empty() {
        return None;
    }
    let previous = context.previous_code_line()?;
    let indentation = previous.len() - previous.trim_start().len();
    if indentation != context.line_before.len() || indentation == 0 {
        return None;
    }
    let declaration = previous.trim();
    if declaration.contains(['(', '.', '{', '}', '"', '\'', '['])
        || declaration.starts_with("return")
    {
        return None;
    }
    // `x: float = 0.0`, `int x = 0;`: a default that is a number is copied with the rest.
    let (declared, default) = match declaration.split_once('=') {
        Some((declared, default)) => {
            let value = default.trim().trim_end_matches([';', ',']);
            if value.parse::<f64>().is_err() {
                return None;
            }
            (declared, Some(default))
        }
        None => (declaration, None),
    };
    let words: Vec<&str> = declared
        .split(|c: char| !is_word_char(c))
        .filter(|word| !word.is_empty())
        .collect();
    let mut coordinates = words.iter().filter(|word| FIRST_COORDINATES.contains(word));
    let (Some(&first), None) = (coordinates.next(), coordinates.next()) else {
        return None;
    };
    let types = words
        .iter()
        .filter(|word| **word != first && !FIELD_MODIFIERS.contains(word))
        .count();
    if types != 1 || (first == "row" && !words.contains(&"int")) {
        return None;
    }
    let second = if first == "row" {
        Family::Grid.swap(first)?
    } else {
        Family::Plane.swap(first)?
    };
    // The type whose body this is: its header is the nearest line above indented less.
    let mut body = Vec::new();
    let lines_above = context.code_before_line().lines().rev().take(CLASS_WINDOW);
    let header = lines_above
        .filter(|line| !line.trim().is_empty())
        .find_map(|line| {
            let outer = line.len() - line.trim_start().len() < indentation;
            if !outer {
                body.push(line);
            }
            outer.then_some(line.trim())
        })?;
    let declares_type = ["class ", "struct ", "interface ", "record "]
        .iter()
        .any(|keyword| header.starts_with(keyword) || header.contains(&format!(" {keyword}")))
        || header.ends_with(" struct {");
    let named_already = body.iter().any(|line| {
        line.split(|c: char| !is_word_char(c))
            .any(|word| word == second)
    });
    if !declares_type || named_already {
        return None;
    }
    let mut swapped = String::with_capacity(declaration.len());
    let mut rest = declared;
    while let Some(at) = rest.find(first) {
        let before = rest.get(..at).and_then(|text| text.chars().next_back());
        let after = rest
            .get(at + first.len()..)
            .and_then(|text| text.chars().next());
        swapped.push_str(rest.get(..at)?);
        if before.is_some_and(is_word_char) || after.is_some_and(is_word_char) {
            swapped.push_str(first);
        } else {
            swapped.push_str(&second);
        }
        rest = rest.get(at + first.len()..)?;
    }
    swapped.push_str(rest);
    if let Some(default) = default {
        swapped.push('=');
        swapped.push_str(default);
    }
    Some(swapped)
}

/// The line with each closed double-quoted string replaced by `_` (`write!(f, "({}, {})", self.x, ` -> `write!(f, _,
/// self.x, `): a print's pair comes after its format, whose brackets and commas are no code. With it, how many
/// values the last string's format takes (`{}` and `%d` alike). `None` when a string is still open.
fn without_strings(line: &str) -> Option<(String, usize)> {
    let mut kept = String::with_capacity(line.len());
    let mut in_string = false;
    let mut escaped = false;
    let mut placeholders = 0;
    let mut previous = ' ';
    for character in line.chars() {
        if in_string {
            if character == '"' && !escaped {
                in_string = false;
                kept.push('_');
            }
            let opens_value = (previous == '{' && character != '{')
                || (previous == '%' && character.is_ascii_alphabetic());
            if opens_value {
                placeholders += 1;
            }
            escaped = character == '\\' && !escaped;
            previous = if previous == character && matches!(character, '{' | '%') {
                ' '
            } else {
                character
            };
        } else if character == '"' {
            in_string = true;
            escaped = false;
            placeholders = 0;
            previous = ' ';
        } else {
            kept.push(character);
        }
    }
    (!in_string).then_some((kept, placeholders))
}

fn from_earlier_part(line: &str) -> Option<String> {
    let parts = parts_at_cursor(line)?;
    let (&(start, end), earlier) = parts.split_last()?;
    let typed = line.get(start..end)?;
    let texts: Vec<Vec<Piece<'_>>> = earlier
        .iter()
        .map(|&(from, to)| pieces(line.get(from..to).unwrap_or("")))
        .collect();
    for (index, model) in texts.iter().enumerate().rev() {
        let steps = index
            .checked_sub(1)
            .and_then(|before| texts.get(before))
            .map(|before| counted_steps(before, model))
            .unwrap_or_default();
        let (from, to) = earlier[index];
        let mut source = line.get(from..to)?;
        let mut model = model.as_slice();
        // `return a.x == b.x && a.y == `: the statement's first word stands before the first part only.
        if let ([first, rest @ ..], Some(mine)) = (model, pieces(typed).first())
            && first.text != mine.text
            && OPENING_WORDS.contains(&first.text)
        {
            let skipped = first.start + first.text.len();
            source = source.get(skipped..)?;
            model = rest;
            let shifted: Vec<Piece<'_>> = model
                .iter()
                .map(|piece| Piece {
                    start: piece.start - skipped,
                    ..*piece
                })
                .collect();
            if let Some(text) = swapped_rest(typed, source, &shifted, &steps[steps.len().min(1)..])
            {
                return Some(text);
            }
            continue;
        }
        // `board[r][0] == board[r][1] && board[r][1] == board[r][`: a part comparing two neighbouring indexes is
        // followed by the next pair, counting on (`2]`), not by the pair swapped back.
        let numbers: Vec<&str> = model
            .iter()
            .map(|piece| piece.text)
            .filter(|text| text.parse::<i64>().is_ok())
            .collect();
        if steps.is_empty() && numbers.contains(&"0") && numbers.contains(&"1") {
            let counting: Steps = model
                .iter()
                .map(|piece| piece.text.parse::<i64>().ok().map(|_| 1))
                .collect();
            if let Some(text) = swapped_rest(typed, source, model, &counting) {
                return Some(text);
            }
        }
        if let Some(text) = swapped_rest(typed, source, model, &steps) {
            return Some(text);
        }
    }
    None
}

fn from_line_above(context: &Context<'_>, line: &str) -> Option<String> {
    let typed = pieces(line);
    let line = line.trim_start();
    for above in context.code_lines_above().take(LINES_TRIED) {
        if above.len() > LONGEST_LINE {
            return None;
        }
        let model = pieces(above);
        let skipped = match (model.first(), typed.first()) {
            (Some(first), Some(mine))
                if first.text != mine.text && OPENING_WORDS.contains(&first.text) =>
            {
                1
            }
            _ => 0,
        };
        let model = model.get(skipped..).unwrap_or_default();
        if let Some(text) = swapped_rest(line, above, model, &[]) {
            return Some(text);
        }
    }
    None
}

/// For each piece of `model`, the step its number went up by from `before` (the part before it), when both are
/// alike but for numbers.
fn counted_steps(before: &[Piece<'_>], model: &[Piece<'_>]) -> Steps {
    // The statement's first word stands before the first part only (`return row[0] == p and row[1] == p`).
    let before = match before {
        [first, rest @ ..] if OPENING_WORDS.contains(&first.text) && rest.len() == model.len() => {
            rest
        }
        _ => before,
    };
    if before.len() != model.len() {
        return Vec::new();
    }
    let mut steps = Vec::with_capacity(model.len());
    for (old, new) in before.iter().zip(model) {
        let numbers = old
            .text
            .parse::<i64>()
            .ok()
            .zip(new.text.parse::<i64>().ok());
        match numbers {
            Some((old, new)) if old != new => steps.push(new.checked_sub(old)),
            _ if old.text == new.text => steps.push(None),
            _ => return Vec::new(),
        }
    }
    steps
}

/// The rest of `model` (a piece list of `source`) once `typed` is aligned on its start with the axis swapped,
/// when the swap shows and the rest holds a swapped word.
fn swapped_rest(
    typed_line: &str,
    source: &str,
    model: &[Piece<'_>],
    steps: &[Option<i64>],
) -> Option<String> {
    let typed = pieces(typed_line);
    let open_word = typed_line.ends_with(is_word_char);
    let words = typed
        .iter()
        .filter(|piece| piece.kind != Kind::Mark)
        .count();
    if typed.len() < 2 || words == 0 || typed.len() > model.len() {
        return None;
    }
    let step_at = |index: usize| steps.get(index).copied().flatten();
    let mut swap = Swap::default();
    let (complete, partial) = match typed.split_last() {
        Some((last, complete)) if open_word && last.kind == Kind::Word => (complete, Some(last)),
        _ => (typed.as_slice(), None),
    };
    for (index, (mine, theirs)) in complete.iter().zip(model).enumerate() {
        if mine.kind != theirs.kind {
            return None;
        }
        if let Some(step) = step_at(index) {
            let counted = theirs
                .text
                .parse::<i64>()
                .ok()
                .and_then(|n| n.checked_add(step));
            if counted.is_some_and(|n| n.to_string() == mine.text) {
                continue;
            }
            return None;
        }
        if mine.text != theirs.text && !learn_difference(&mut swap, mine, theirs) {
            return None;
        }
    }
    let mut rest = String::new();
    let mut emitted_change = false;
    let mut next = complete.len();
    let mut partial_length = 0;
    if let Some(last) = partial {
        let theirs = model.get(next)?;
        if theirs.kind != Kind::Word || step_at(next).is_some() {
            return None;
        }
        let mut target = swap.apply(theirs.text);
        if !target.starts_with(last.text) {
            // The word being typed may be the first to show the swap (`y += v` under `x += vx`: `v` is no
            // evidence, but `ball.y += ball.v` under `ball.x += ball.vx` has `y` before it).
            let learned = Family::ALL.into_iter().find(|family| {
                !swap.has(*family)
                    && !theirs.text.starts_with(last.text)
                    && family
                        .swap(theirs.text)
                        .is_some_and(|other| other.starts_with(last.text))
            })?;
            swap.learn(learned);
            target = swap.apply(theirs.text);
            if !target.starts_with(last.text) {
                return None;
            }
        }
        emitted_change = target != theirs.text;
        rest.push_str(target.get(last.text.len()..)?);
        partial_length = rest.len();
        next += 1;
    }
    // Either an axis swapped or a part that counts (`board[i][0]`, `board[i][1]`, `board[i][`).
    let counting = (next..model.len()).any(|index| step_at(index).is_some());
    if swap.families.is_empty() && !counting {
        return None;
    }
    let mut previous_end = next
        .checked_sub(1)
        .and_then(|at| model.get(at))
        .map_or(0, |piece| piece.start + piece.text.len());
    for (offset, piece) in model.iter().enumerate().skip(next) {
        if swap.has(Family::Direction)
            && piece.kind == Kind::Word
            && piece.text.starts_with(|c: char| c.is_ascii_digit())
        {
            // A step's size may change sign with the direction (`dx = -1` for left): the copy stops before the
            // statement that sets it, after the word typed and the brackets that close around it.
            let kept = rest
                .rfind([')', ']', ';', '}', ':'])
                .map_or(partial_length, |end| end + 1);
            rest.truncate(kept.max(partial_length));
            break;
        }
        rest.push_str(source.get(previous_end..piece.start)?);
        let text = if let Some(step) = step_at(offset) {
            piece
                .text
                .parse::<i64>()
                .ok()?
                .checked_add(step)?
                .to_string()
        } else if piece.kind == Kind::Mark && swap.has(Family::Direction) {
            signed_step(source, piece).to_owned()
        } else if piece.kind == Kind::Word || piece.kind == Kind::Text {
            swap.apply(piece.text)
        } else {
            piece.text.to_owned()
        };
        if text != piece.text {
            emitted_change = true;
        }
        rest.push_str(&text);
        previous_end = piece.start + piece.text.len();
    }
    let rest = if typed_line.ends_with(char::is_whitespace) {
        rest.trim_start()
    } else {
        &rest
    };
    let rest = trim_separator(rest);
    (emitted_change && !rest.trim().is_empty()).then(|| rest.to_owned())
}

/// Learns the family that turns `theirs` into `mine`; false when none does.
fn learn_difference(swap: &mut Swap, mine: &Piece<'_>, theirs: &Piece<'_>) -> bool {
    if mine.kind == Kind::Word && theirs.text == "0" && mine.text == "1" {
        // `p[0] + dx, p[1] + ` : the second coordinate of a pair.
        swap.learn(Family::Plane);
        swap.indexes = true;
        return true;
    }
    if mine.kind == Kind::Mark {
        return swap.has(Family::Direction)
            && matches!((theirs.text, mine.text), ("-", "+") | ("+", "-"));
    }
    let (inner_theirs, inner_mine) = if mine.kind == Kind::Text {
        (strip_quotes(theirs.text), strip_quotes(mine.text))
    } else {
        (theirs.text, mine.text)
    };
    if swap.apply(inner_theirs) == inner_mine {
        return !swap.families.is_empty();
    }
    let Some(family) = Family::ALL.into_iter().find(|family| {
        family
            .swap(inner_theirs)
            .is_some_and(|other| other == inner_mine)
    }) else {
        return false;
    };
    swap.learn(family);
    true
}

fn strip_quotes(text: &str) -> &str {
    text.get(1..text.len().saturating_sub(1)).unwrap_or("")
}

/// A `-` or `+` of a step (`-=`, `+=`, `--`, `++`) with its sign changed; any other mark as it is.
fn signed_step<'a>(source: &str, piece: &Piece<'a>) -> &'a str {
    let after = source.get(piece.start + 1..).unwrap_or("");
    let before = source.get(..piece.start).unwrap_or("");
    let step =
        |sign: char| after.starts_with('=') || after.starts_with(sign) || before.ends_with(sign);
    match piece.text {
        "-" if step('-') => "+",
        "+" if step('+') => "-",
        other => other,
    }
}

/// The copy without the separator that joined its first to what followed (`&&`, `,`, `and`).
fn trim_separator(text: &str) -> &str {
    let mut text = text.trim_end();
    for separator in ["&&", "||", ",", " and", " or", "+"] {
        if let Some(shorter) = text.strip_suffix(separator) {
            text = shorter.trim_end();
            break;
        }
    }
    text
}
