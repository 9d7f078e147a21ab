//! Measuring the engine on real code: cutting source files at chosen points and scoring what is suggested there.
//!
//! Shared, without any IO, by the corpus benchmark (`crates/domain/benches/autocomplete_corpus.rs`, which reads
//! the files and prints the table of docs/BENCHMARKS.md) and by the unit test that keeps the wrong rate in check
//! on a fixed slice of that corpus (`corpus_slice.rs`).
//!
//! A file is cut at points chosen by a seeded generator, in five [`CutKind`]s. The engine is given the file up to
//! the cursor (what a developer typing there has written so far) and its answer is compared with what the file
//! really has next: a **hit** when the first suggestion is that text (up to the end of the identifier for the
//! name and member kinds, up to a token boundary of the line for the others), **wrong** when it suggests
//! something else, **empty** when it suggests nothing; **top 3** when one of the first three suggestions hits.
//! Two trivial baselines are scored the same way: the most frequent identifier before the cursor that extends
//! the typed prefix, and the nearest one.

// The benchmark and the test each use a different part of this module.
#![allow(dead_code)]

/// The languages of the corpus, with how their comments and strings are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CorpusLanguage {
    /// Python.
    Python,
    /// JavaScript.
    JavaScript,
    /// TypeScript.
    TypeScript,
    /// Rust.
    Rust,
    /// Go.
    Go,
    /// Java.
    Java,
    /// C.
    C,
    /// C++.
    Cpp,
}

impl CorpusLanguage {
    /// Every language, in table order.
    pub const ALL: [Self; 8] = [
        Self::Python,
        Self::JavaScript,
        Self::TypeScript,
        Self::Rust,
        Self::Go,
        Self::Java,
        Self::C,
        Self::Cpp,
    ];

    /// The name the engine is asked with.
    pub fn name(self) -> &'static str {
        match self {
            Self::Python => "python",
            Self::JavaScript => "javascript",
            Self::TypeScript => "typescript",
            Self::Rust => "rust",
            Self::Go => "go",
            Self::Java => "java",
            Self::C => "c",
            Self::Cpp => "cpp",
        }
    }

    fn hash_comments(self) -> bool {
        self == Self::Python
    }

    /// Keywords after which a name is being defined: an argument list there is a parameter list.
    fn defines_before_paren(self, word: &str) -> bool {
        matches!(word, "def" | "fn" | "function" | "func" | "class")
    }
}

/// Where a file is cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CutKind {
    /// Inside an identifier, after its first 1 to 3 characters.
    Identifier,
    /// Right after `.`, `::`, `->` or `?.`.
    Member,
    /// At the start of a statement, after the indentation.
    Statement,
    /// Right after `return `.
    Return,
    /// Inside an argument list, right after `(` or `, `.
    Argument,
}

impl CutKind {
    /// Every kind, in table order.
    pub const ALL: [Self; 5] = [
        Self::Identifier,
        Self::Member,
        Self::Statement,
        Self::Return,
        Self::Argument,
    ];

    /// The kind's name in the table.
    pub fn name(self) -> &'static str {
        match self {
            Self::Identifier => "identifier",
            Self::Member => "member",
            Self::Statement => "statement",
            Self::Return => "return",
            Self::Argument => "argument",
        }
    }
}

/// One cut: where the cursor goes and what the file has there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cut {
    /// The kind of cut.
    pub kind: CutKind,
    /// The byte offset of the cursor in the file.
    pub cursor: usize,
    /// The byte offset where the code given to the engine starts (a line start, at most `MAX_LINES` back).
    pub start: usize,
    /// What the file has from the cursor to the end of its line.
    pub expected: String,
}

/// The most lines of a file given to the engine before the cursor: the benchmark is about files of up to 10,000
/// lines, and SQLite's amalgamation has 260,000.
pub const MAX_LINES: usize = 10_000;

/// A small, fast, seedable generator (SplitMix64): the cuts must be the same on every machine.
#[derive(Debug, Clone)]
pub struct Random(u64);

impl Random {
    /// A generator started from `seed`.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number below `bound` (which must not be 0).
    pub fn below(&mut self, bound: usize) -> usize {
        // The modulo bias is irrelevant for choosing cuts.
        #[allow(clippy::cast_possible_truncation)]
        let value = (self.next_u64() % bound as u64) as usize;
        value
    }

    /// `count` distinct items of `items`, in a random order.
    pub fn sample<T: Clone>(&mut self, items: &[T], count: usize) -> Vec<T> {
        let mut indexes: Vec<usize> = (0..items.len()).collect();
        let count = count.min(items.len());
        for position in 0..count {
            let pick = position + self.below(indexes.len() - position);
            indexes.swap(position, pick);
        }
        indexes[..count]
            .iter()
            .map(|&index| items[index].clone())
            .collect()
    }
}

fn is_identifier_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_' || byte >= 0x80
}

/// Which bytes of `text` are code (not comment, not literal), and the depth of open `(`/`[` before each byte.
struct CodeMap {
    code: Vec<bool>,
    /// The innermost open bracket before each byte (0 when none).
    open: Vec<u8>,
    depth: Vec<u16>,
}

fn code_map(text: &str, language: CorpusLanguage) -> CodeMap {
    let bytes = text.as_bytes();
    let mut code = vec![true; bytes.len()];
    let mut open = vec![0u8; bytes.len()];
    let mut stack: Vec<u8> = Vec::new();
    let mut index = 0;
    let mark = |code: &mut Vec<bool>, from: usize, to: usize| {
        for flag in &mut code[from..to.min(bytes.len())] {
            *flag = false;
        }
    };
    while index < bytes.len() {
        open[index] = stack.last().copied().unwrap_or(0);
        let byte = bytes[index];
        let rest = &bytes[index..];
        let line_comment = if language.hash_comments() {
            byte == b'#'
        } else {
            rest.starts_with(b"//")
        };
        if line_comment {
            let end = rest
                .iter()
                .position(|&b| b == b'\n')
                .map_or(bytes.len(), |p| index + p);
            mark(&mut code, index, end);
            index = end;
            continue;
        }
        if !language.hash_comments() && rest.starts_with(b"/*") {
            let end = find(bytes, index + 2, b"*/").map_or(bytes.len(), |p| p + 2);
            mark(&mut code, index, end);
            index = end;
            continue;
        }
        match byte {
            b'"' | b'\'' | b'`' => {
                let end = literal_end(bytes, index, language);
                match end {
                    Some(end) => {
                        mark(&mut code, index, end);
                        index = end;
                    }
                    None => index += 1,
                }
                continue;
            }
            b'r' if language == CorpusLanguage::Rust
                && (index == 0 || !is_identifier_byte(bytes[index - 1])) =>
            {
                let hashes = rest[1..].iter().take_while(|&&b| b == b'#').count();
                if rest.get(1 + hashes) == Some(&b'"') {
                    let mut closer = vec![b'"'];
                    closer.extend(std::iter::repeat_n(b'#', hashes));
                    let end = find(bytes, index + 2 + hashes, &closer)
                        .map_or(bytes.len(), |p| p + closer.len());
                    mark(&mut code, index, end);
                    index = end;
                    continue;
                }
            }
            b'(' | b'[' | b'{' => stack.push(byte),
            b')' | b']' | b'}' => {
                stack.pop();
            }
            _ => {}
        }
        index += 1;
    }
    // Brace depth counts for statements only through `(` and `[`.
    let mut paren_depth = vec![0u16; bytes.len()];
    let mut level = 0u16;
    for (position, &byte) in bytes.iter().enumerate() {
        paren_depth[position] = level;
        if code[position] {
            match byte {
                b'(' | b'[' => level = level.saturating_add(1),
                b')' | b']' => level = level.saturating_sub(1),
                _ => {}
            }
        }
    }
    CodeMap {
        code,
        open,
        depth: paren_depth,
    }
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|window| window == needle)
        .map(|position| from + position)
}

/// The end (exclusive) of the literal opened at `start`, or `None` if the quote opens none (a Rust lifetime).
fn literal_end(bytes: &[u8], start: usize, language: CorpusLanguage) -> Option<usize> {
    let quote = bytes[start];
    if quote == b'`'
        && !matches!(
            language,
            CorpusLanguage::JavaScript | CorpusLanguage::TypeScript | CorpusLanguage::Go
        )
    {
        return None;
    }
    if quote == b'\'' && language == CorpusLanguage::Rust {
        // A char literal is `'x'` or `'\..'`; anything else is a lifetime or a label.
        let is_char = bytes.get(start + 1) == Some(&b'\\')
            || (bytes.get(start + 2) == Some(&b'\'') && bytes.get(start + 1) != Some(&b'\''));
        if !is_char {
            let utf8_char = bytes
                .get(start + 1..)
                .and_then(|rest| std::str::from_utf8(&rest[..rest.len().min(5)]).ok())
                .or_else(|| {
                    bytes
                        .get(start + 1..)
                        .and_then(|rest| std::str::from_utf8(&rest[..rest.len().min(4)]).ok())
                });
            let multibyte_char = utf8_char
                .and_then(|text| text.chars().next())
                .is_some_and(|c| {
                    !c.is_ascii() && bytes.get(start + 1 + c.len_utf8()) == Some(&b'\'')
                });
            if !multibyte_char {
                return None;
            }
        }
    }
    let triple = [quote, quote, quote];
    let rest = &bytes[start..];
    if (language == CorpusLanguage::Python || (language == CorpusLanguage::Java && quote == b'"'))
        && rest.starts_with(&triple)
    {
        let mut index = start + 3;
        while index < bytes.len() {
            if bytes[index] == b'\\' {
                index += 2;
                continue;
            }
            if bytes[index..].starts_with(&triple) {
                return Some(index + 3);
            }
            index += 1;
        }
        return Some(bytes.len());
    }
    let multiline = quote == b'`' || language == CorpusLanguage::Rust;
    let mut index = start + 1;
    while index < bytes.len() {
        match bytes[index] {
            b'\\' if !(quote == b'`' && language == CorpusLanguage::Go) => index += 2,
            b'\n' if !multiline => return Some(index),
            byte if byte == quote => return Some(index + 1),
            _ => index += 1,
        }
    }
    Some(bytes.len())
}

/// The text from `cursor` to the end of its line, without trailing spaces.
fn rest_of_line(text: &str, cursor: usize) -> &str {
    let rest = &text[cursor..];
    rest.split('\n').next().unwrap_or("").trim_end()
}

/// Where the line holding `cursor` starts, `MAX_LINES` lines back at most.
fn context_start(text: &str, cursor: usize) -> usize {
    text[..cursor]
        .rmatch_indices('\n')
        .nth(MAX_LINES)
        .map_or(0, |(index, _)| index + 1)
}

fn char_boundary(text: &str, index: usize) -> bool {
    text.is_char_boundary(index)
}

/// Every candidate cut of `text`, by kind, before sampling.
fn candidates(
    text: &str,
    language: CorpusLanguage,
    random: &mut Random,
) -> Vec<Vec<(usize, CutKind)>> {
    let bytes = text.as_bytes();
    let map = code_map(text, language);
    let mut found: Vec<Vec<(usize, CutKind)>> = vec![Vec::new(); CutKind::ALL.len()];
    let mut push = |kind: CutKind, position: usize| {
        found[kind as usize].push((position, kind));
    };
    // The last code byte before each line, to tell where statements start.
    let mut last_code_byte = b';';
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        if !map.code[index] {
            index += 1;
            continue;
        }
        let line_start = index == 0 || bytes[index - 1] == b'\n' || {
            let line_begin = text[..index].rfind('\n').map_or(0, |p| p + 1);
            text[line_begin..index].trim().is_empty()
        };
        if line_start && !byte.is_ascii_whitespace() && map.depth[index] == 0 {
            let continues = match language {
                CorpusLanguage::Python => last_code_byte == b'\\' || last_code_byte == b',',
                CorpusLanguage::Go => {
                    !matches!(last_code_byte, b';' | b'{' | b'}' | b')' | b'"')
                        && !is_identifier_byte(last_code_byte)
                }
                _ => !matches!(last_code_byte, b';' | b'{' | b'}'),
            };
            let starts = !continues
                && !matches!(
                    byte,
                    b')' | b']'
                        | b'}'
                        | b'.'
                        | b'#'
                        | b'@'
                        | b'&'
                        | b'|'
                        | b'+'
                        | b'-'
                        | b'?'
                        | b':'
                        | b'*'
                        | b'='
                        | b','
                        | b'<'
                        | b'>'
                );
            if starts && !rest_of_line(text, index).is_empty() {
                push(CutKind::Statement, index);
            }
        }
        if is_identifier_byte(byte) && (index == 0 || !is_identifier_byte(bytes[index - 1])) {
            let end = bytes[index..]
                .iter()
                .position(|&b| !is_identifier_byte(b))
                .map_or(bytes.len(), |p| index + p);
            let word = &text[index..end];
            let starts_with_digit = byte.is_ascii_digit();
            let before = &text[..index];
            let member = [".", "::", "->", "?."]
                .into_iter()
                .find(|separator| before.ends_with(separator))
                .filter(|separator| {
                    let receiver_end = before.len() - separator.len();
                    receiver_end > 0
                        && map.code[receiver_end - 1]
                        && (is_identifier_byte(bytes[receiver_end - 1])
                            || matches!(bytes[receiver_end - 1], b')' | b']'))
                        && !(*separator == "." && bytes[receiver_end - 1].is_ascii_digit() && {
                            let start = before[..receiver_end]
                                .rfind(|c: char| !c.is_alphanumeric() && c != '_')
                                .map_or(0, |p| p + 1);
                            before[start..receiver_end].starts_with(|c: char| c.is_ascii_digit())
                        })
                });
            if !starts_with_digit && word.is_ascii() {
                let typed = 1 + random.below(3);
                if word.len() >= typed + 2 {
                    push(CutKind::Identifier, index + typed);
                }
                if member.is_some() {
                    push(CutKind::Member, index);
                }
                if word == "return" && bytes.get(end) == Some(&b' ') {
                    let value = rest_of_line(text, end + 1);
                    if !value.is_empty() && !value.starts_with(';') {
                        push(CutKind::Return, end + 1);
                    }
                }
            }
            if end < bytes.len() && bytes[end] == b'(' && map.code[end] {
                let next = bytes.get(end + 1).copied().unwrap_or(b')');
                let previous_word = text[..index]
                    .trim_end()
                    .rsplit(|c: char| !c.is_alphanumeric() && c != '_')
                    .next()
                    .unwrap_or("");
                if !matches!(next, b')' | b' ' | b'\n' | b'\r' | b'\t')
                    && !language.defines_before_paren(previous_word)
                    && !starts_with_digit
                {
                    push(CutKind::Argument, end + 1);
                }
            }
            // A word is never whitespace: its last byte is the last code byte when the word is code.
            if map.code[end - 1] {
                last_code_byte = bytes[end - 1];
            }
            index = end;
            continue;
        }
        if byte == b','
            && bytes.get(index + 1) == Some(&b' ')
            && map.open[index] == b'('
            && bytes
                .get(index + 2)
                .is_some_and(|&b| !matches!(b, b' ' | b'\n' | b')' | b'\r'))
            && map.code.get(index + 2) == Some(&true)
        {
            push(CutKind::Argument, index + 2);
        }
        if !byte.is_ascii_whitespace() {
            last_code_byte = byte;
        }
        index += 1;
    }
    found
}

/// Up to `per_kind` cuts of each kind in `text`, chosen with `random`.
pub fn cuts(
    text: &str,
    language: CorpusLanguage,
    per_kind: usize,
    random: &mut Random,
) -> Vec<Cut> {
    let mut chosen = Vec::new();
    for of_kind in candidates(text, language, random) {
        for (cursor, kind) in random.sample(&of_kind, per_kind) {
            if !char_boundary(text, cursor) {
                continue;
            }
            chosen.push(Cut {
                kind,
                cursor,
                start: context_start(text, cursor),
                expected: rest_of_line(text, cursor).to_owned(),
            });
        }
    }
    chosen
}

/// How a cut was answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The first suggestion is what the file has next.
    Hit,
    /// The first suggestion is something else.
    Wrong,
    /// Nothing was suggested.
    Empty,
}

/// A suggestion as the benchmark sees it: its text and where the caret goes in it (in characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    /// The text to insert.
    pub text: String,
    /// The caret's place inside it, in Unicode scalar values.
    pub cursor_offset: usize,
}

fn collapse_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for character in text.chars() {
        if character == ' ' || character == '\t' {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(character);
            in_space = false;
        }
    }
    out
}

/// Whether `proposal` is what `expected` (the file from the cursor to the end of the line) has for a cut of `kind`.
pub fn is_hit(kind: CutKind, proposal: &Proposal, expected: &str) -> bool {
    // The caret stays inside what follows it (`log(|)`): only what is before the caret is compared.
    let typed: String = proposal.text.chars().take(proposal.cursor_offset).collect();
    let first_line = typed.split('\n').next().unwrap_or("");
    if first_line.trim().is_empty() {
        return false;
    }
    match kind {
        CutKind::Identifier | CutKind::Member => {
            let word_length = expected
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(expected.len());
            let proposed_length = first_line
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(first_line.len());
            if first_line[..proposed_length] != expected[..word_length] {
                return false;
            }
            // What the suggestion adds after the word must agree with the file, spacing aside
            // (`template <` for `template<`, `endif ` at the end of a line).
            let without_spaces = |text: &str| {
                text.chars()
                    .filter(|c| !c.is_whitespace())
                    .collect::<String>()
            };
            let proposed_rest = without_spaces(&first_line[proposed_length..]);
            let expected_rest = without_spaces(&expected[word_length..]);
            proposed_rest.is_empty() || expected_rest.starts_with(&proposed_rest)
        }
        CutKind::Statement | CutKind::Return | CutKind::Argument => {
            let proposed = collapse_spaces(first_line);
            let expected = collapse_spaces(expected);
            if !expected.starts_with(&proposed) {
                return false;
            }
            let ends_word = proposed
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_');
            let next_is_word = expected[proposed.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric() || c == '_');
            !(ends_word && next_is_word)
        }
    }
}

/// Scores the proposals for one cut: the outcome of the first, and whether one of the first three hits.
pub fn score(kind: CutKind, proposals: &[Proposal], expected: &str) -> (Outcome, bool) {
    let Some(first) = proposals.first() else {
        return (Outcome::Empty, false);
    };
    let outcome = if is_hit(kind, first, expected) {
        Outcome::Hit
    } else {
        Outcome::Wrong
    };
    let top3 = proposals
        .iter()
        .take(3)
        .any(|proposal| is_hit(kind, proposal, expected));
    (outcome, top3)
}

/// The identifier characters that end `code` (the prefix being typed).
pub fn typed_prefix(code: &str) -> &str {
    let start = code
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '_')
        .last()
        .map_or(code.len(), |(index, _)| index);
    &code[start..]
}

/// The two trivial baselines for `code` (the file up to the cursor): the most frequent identifier extending the
/// typed prefix, and the nearest one before the cursor; each as the text still to insert.
pub fn baselines(code: &str) -> (Option<String>, Option<String>) {
    let prefix = typed_prefix(code);
    let searched = &code[..code.len() - prefix.len()];
    let bytes = searched.as_bytes();
    let mut counts: std::collections::HashMap<&str, (usize, usize)> =
        std::collections::HashMap::new();
    let mut index = 0;
    while index < bytes.len() {
        if is_identifier_byte(bytes[index]) && (index == 0 || !is_identifier_byte(bytes[index - 1]))
        {
            let end = bytes[index..]
                .iter()
                .position(|&b| !is_identifier_byte(b))
                .map_or(bytes.len(), |p| index + p);
            let word = &searched[index..end];
            if word.len() > prefix.len()
                && word.starts_with(prefix)
                && !word.starts_with(|c: char| c.is_ascii_digit())
            {
                let entry = counts.entry(word).or_insert((0, 0));
                entry.0 += 1;
                entry.1 = index;
            }
            index = end;
        } else {
            index += 1;
        }
    }
    let rest = |word: &str| word[prefix.len()..].to_owned();
    let frequent = counts
        .iter()
        .max_by_key(|(_, (count, last))| (*count, *last))
        .map(|(word, _)| rest(word));
    let nearest = counts
        .iter()
        .max_by_key(|(_, (_, last))| *last)
        .map(|(word, _)| rest(word));
    (frequent, nearest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn proposal(text: &str, cursor_offset: usize) -> Proposal {
        Proposal {
            text: text.to_owned(),
            cursor_offset,
        }
    }

    #[test]
    fn a_hit_is_compared_up_to_the_end_of_the_token_or_the_construct() {
        assert!(is_hit(
            CutKind::Identifier,
            &proposal("in()", 3),
            "in(a, b)"
        ));
        assert!(is_hit(
            CutKind::Identifier,
            &proposal("th", 2),
            "th.join(x)"
        ));
        assert!(!is_hit(
            CutKind::Identifier,
            &proposal("thx", 3),
            "th.join(x)"
        ));
        assert!(!is_hit(CutKind::Identifier, &proposal("log()", 5), "log;"));
        assert!(is_hit(
            CutKind::Identifier,
            &proposal("plate <", 7),
            "plate<typename T>"
        ));
        assert!(is_hit(CutKind::Identifier, &proposal("dif ", 4), "dif"));
        assert!(is_hit(CutKind::Return, &proposal("a + b", 5), "a  + b;"));
        assert!(!is_hit(CutKind::Return, &proposal("n", 1), "fib(n - 1)"));
        assert!(!is_hit(CutKind::Return, &proposal("a", 1), "ab"));
        assert!(is_hit(
            CutKind::Statement,
            &proposal("println!(\"{}\", )", 15),
            "println!(\"{}\", x);"
        ));
    }

    #[test]
    fn cuts_are_in_code_and_repeatable() {
        let text = "def f(a, b):\n    # return x\n    s = \"x.y\"\n    return a.b(c, d)\n";
        let first = cuts(text, CorpusLanguage::Python, 10, &mut Random::new(7));
        let second = cuts(text, CorpusLanguage::Python, 10, &mut Random::new(7));
        assert_eq!(first, second);
        assert!(
            first
                .iter()
                .any(|cut| cut.kind == CutKind::Return && cut.expected == "a.b(c, d)")
        );
        assert!(
            first
                .iter()
                .any(|cut| cut.kind == CutKind::Member && cut.expected == "b(c, d)")
        );
        assert!(
            first
                .iter()
                .any(|cut| cut.kind == CutKind::Argument && cut.expected == "d)")
        );
        assert!(!first.iter().any(|cut| cut.expected.contains("return x")));
        assert!(
            !first
                .iter()
                .any(|cut| cut.kind == CutKind::Member && cut.expected.starts_with("y"))
        );
    }

    #[test]
    fn baselines_extend_the_typed_prefix() {
        let (frequent, nearest) = baselines("total = 1\ntotal += 2\ntoken = 3\nto");
        assert_eq!(frequent.as_deref(), Some("tal"));
        assert_eq!(nearest.as_deref(), Some("ken"));
    }
}
