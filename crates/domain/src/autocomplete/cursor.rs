//! The cursor's surroundings, read once and shared by every rule.
//!
//! [`Context`] splits the current line at the cursor, finds the word being typed (the prefix) and, when that word
//! follows a `.`, `::`, `->` or `?.`, the receiver it is a member of. It then runs the [`FileScan`] with exactly
//! that query, so every rule sees the same facts.

use std::cell::RefCell;
use std::ops::Range;

use super::c_family::{Field, FieldKind, typed_struct_fields};
use super::file_scan::{FileScan, Query, last_token};
use super::language::{Language, Profile};
use super::lexer::{Token, TokenKind, is_identifier_char};

/// A member being completed: `receiver` then `separator` then the prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct MemberAccess<'a> {
    /// The receiver expression as written: `self`, `os.path`, `items.iter()`, `std::collections`.
    pub receiver: &'a str,
    /// `.`, `::`, `->` or `?.`.
    pub separator: &'a str,
}

/// Everything the rules know about a request.
#[derive(Debug)]
pub(super) struct Context<'a> {
    /// The whole code.
    pub code: &'a str,
    /// The cursor, as a byte offset on a character boundary.
    pub cursor: usize,
    /// The language's profile.
    pub profile: &'static Profile,
    /// The text of the current line before the cursor.
    pub line_before: &'a str,
    /// The text of the current line after the cursor.
    pub line_after: &'a str,
    /// The identifier characters right before the cursor (empty if none).
    pub prefix: &'a str,
    /// When the prefix follows a member separator: the receiver.
    pub member: Option<MemberAccess<'a>>,
    /// What the pass over the file found.
    pub scan: FileScan<'a>,
    /// The structs' fields already looked up for this request, by name and whether C++'s `class` counts: several
    /// rules ask for the same receiver's struct, and each look-up searches the whole file (300 µs on SQLite).
    /// Each field is kept as its byte range in `code` and its kind (no borrow of `'a` in a cell, which would make
    /// the context's lifetime invariant).
    struct_fields: RefCell<Vec<KnownStruct>>,
}

/// A struct looked up once in a request: see [`Context::struct_fields`].
#[derive(Debug)]
struct KnownStruct {
    name: String,
    cpp: bool,
    fields: Vec<(Range<usize>, FieldKind)>,
}

impl<'a> Context<'a> {
    /// Reads the surroundings of the cursor at byte `cursor` (a character boundary of `code`).
    pub fn new(code: &'a str, cursor: usize, profile: &'static Profile) -> Self {
        let before_cursor = code.get(..cursor).unwrap_or("");
        let after_cursor = code.get(cursor..).unwrap_or("");
        let line_start = before_cursor.rfind('\n').map_or(0, |newline| newline + 1);
        let line_before = before_cursor.get(line_start..).unwrap_or("");
        let line_after = after_cursor.split('\n').next().unwrap_or("");
        let prefix = identifier_suffix(line_before);
        let before_prefix = line_before
            .get(..line_before.len() - prefix.len())
            .unwrap_or("");
        let member = member_access(before_prefix)
            .or_else(|| chained_member_access(code, line_start, before_prefix));
        let prefix_start = cursor - prefix.len();
        let (nearest, earlier) = last_token(code.get(..prefix_start).unwrap_or(""));
        // For a member, the token before the receiver: `if self.` and `= self.` are followed by other members.
        let receiver_preceding = member.map_or("", |access| {
            let receiver_start = offset_in(code, access.receiver);
            last_token(code.get(..receiver_start).unwrap_or("")).0
        });
        let query = Query {
            prefix,
            prefix_start,
            receiver: member.map(|access| access.receiver),
            preceding: [nearest, last_token(earlier).0],
            receiver_preceding,
        };
        let scan = FileScan::run(code, cursor, profile, &query);
        Self {
            code,
            cursor,
            profile,
            line_before,
            line_after,
            prefix,
            member,
            scan,
            struct_fields: RefCell::new(Vec::new()),
        }
    }

    /// The fields of the struct (or C++ class, or typedef'd struct) named `name` that the code defines, looked up
    /// once per request.
    pub fn struct_fields(&self, name: &str, cpp: bool) -> Vec<Field<'a>> {
        let known = self
            .struct_fields
            .borrow()
            .iter()
            .find(|known| known.name == name && known.cpp == cpp)
            .map(|known| known.fields.clone());
        if let Some(fields) = known {
            return fields
                .into_iter()
                .filter_map(|(range, kind)| self.code.get(range).map(|name| Field { name, kind }))
                .collect();
        }
        let fields = typed_struct_fields(self.code, name, cpp);
        let start = self.code.as_ptr() as usize;
        // Every name is a slice of `code` (the look-up reads nothing else).
        let ranges = fields
            .iter()
            .filter_map(|field| {
                let offset = (field.name.as_ptr() as usize).checked_sub(start)?;
                Some((offset..offset + field.name.len(), field.kind))
            })
            .collect();
        self.struct_fields.borrow_mut().push(KnownStruct {
            name: name.to_owned(),
            cpp,
            fields: ranges,
        });
        fields
    }

    /// The current line before the cursor without the prefix being typed.
    pub fn before_prefix(&self) -> &'a str {
        self.line_before
            .get(..self.line_before.len() - self.prefix.len())
            .unwrap_or("")
    }

    /// The text of a token.
    pub fn text(&self, token: &Token) -> &'a str {
        token.text(self.code)
    }

    /// The window tokens before the cursor, without the prefix being typed.
    pub fn tokens_before(&self) -> &[Token] {
        let tokens = self.scan.before.as_slice();
        match tokens.split_last() {
            Some((last, rest)) if !self.prefix.is_empty() && last.end == self.cursor => rest,
            _ => tokens,
        }
    }

    /// The tokens of the current line before the cursor (prefix included).
    pub fn line_tokens(&self) -> &[Token] {
        let tokens = self.scan.before.as_slice();
        let first = tokens
            .iter()
            .rposition(|token| token.line < self.scan.cursor_line)
            .map_or(0, |index| index + 1);
        tokens.get(first..).unwrap_or_default()
    }

    /// The member being completed when it follows a `.` (`items.|`, not `std::|` or `p->|`).
    pub fn dot_member(&self) -> Option<MemberAccess<'a>> {
        self.member.filter(|access| access.separator == ".")
    }

    /// The line before a member's receiver (`data = ` in `data = f.re|`), or `None` if `access` is not the
    /// cursor's.
    pub fn before_receiver(&self, access: &MemberAccess<'_>) -> Option<&'a str> {
        self.before_prefix()
            .strip_suffix(access.separator)?
            .strip_suffix(access.receiver)
    }

    /// What the member being completed is given to, when the receiver starts the right-hand side of an `=`
    /// (`data = json.|` -> `data`, `const PORT = process.env.|` -> `const PORT`), trimmed.
    pub fn assignment_target(&self, access: &MemberAccess<'_>) -> Option<&'a str> {
        self.before_receiver(access)?
            .trim_end()
            .strip_suffix('=')
            .map(str::trim)
    }

    /// Whether the member being completed starts its statement (`items.|`, not `x = items.|`).
    pub fn member_starts_statement(&self, access: &MemberAccess<'_>) -> bool {
        self.before_receiver(access)
            .is_some_and(|before| before.trim().is_empty())
    }

    /// The text of the cursor's line before `literal` (`print(` in `print("Hi`); `None` when the literal began on
    /// an earlier line.
    pub fn before_literal(&self, literal: &Token) -> Option<&'a str> {
        self.code
            .get(self.cursor - self.line_before.len()..literal.start)
    }

    /// What is typed of `literal` up to the cursor, its prefix and opening quote included (`f"Hello, {na`).
    pub fn typed_in_literal(&self, literal: &Token) -> Option<&'a str> {
        self.code.get(literal.start..self.cursor)
    }

    /// A Python string being typed on a line that ends at the cursor: the line before the string (`os.getenv(`),
    /// its opening quote (`"` or `'`, not a backtick or a prefix's letter) and what is typed after the quote.
    pub fn python_string_at_line_end(&self, literal: &Token) -> Option<QuotedText<'a>> {
        if self.profile.language != super::language::Language::Python || !self.at_line_end() {
            return None;
        }
        let before = self.before_literal(literal)?;
        let typed = self.typed_in_literal(literal)?;
        let quote = typed.chars().next().filter(|c| matches!(c, '"' | '\''))?;
        Some(QuotedText {
            before,
            quote,
            text: typed.get(1..).unwrap_or(""),
        })
    }

    /// Whether the rest of the line after the cursor is blank.
    pub fn at_line_end(&self) -> bool {
        self.line_after.trim().is_empty()
    }

    /// What follows `for ` on a line that starts a loop, when the cursor ends it and no word is being typed: the
    /// situation every language's loop-header rule starts from.
    pub fn for_header(&self) -> Option<&'a str> {
        if !self.at_line_end() || !self.prefix.is_empty() {
            return None;
        }
        self.line_before.trim_start().strip_prefix("for ")
    }

    /// Whether only indentation precedes the cursor on its line.
    pub fn on_blank_line_start(&self) -> bool {
        self.line_before.trim().is_empty()
    }

    /// Whether the prefix is the first thing on its statement (only indentation, or `;`/`{`/`}` before it).
    pub fn prefix_starts_statement(&self) -> bool {
        /// Words that may precede a declaration's keyword: `export function`, `pub struct`, `public static void`.
        const MODIFIERS: &[&str] = &[
            "export",
            "default",
            "pub",
            "pub(crate)",
            "pub(super)",
            "async",
            "declare",
            "public",
            "private",
            "protected",
            "static",
            "abstract",
            "final",
            "unsafe",
            "extern",
            "inline",
            "virtual",
        ];
        let before = self.before_prefix().trim_end();
        let line_start = before.rfind([';', '{', '}']).map_or(0, |index| index + 1);
        let statement = before.get(line_start..).unwrap_or("");
        statement
            .split_whitespace()
            .all(|word| MODIFIERS.contains(&word))
    }

    /// Whether the prefix starts the body of a compound statement written on the same line as its head: C's
    /// `if (!size) ret`, `else ret`, `case 1: ret`, Python's `if done: ret`, `def area(self): ret`. Only
    /// statements may follow such a head, so a statement keyword fits there as at a line's start.
    pub fn prefix_follows_inline_head(&self) -> bool {
        let before = self.before_prefix();
        if before.trim().is_empty() || !before.ends_with([' ', '\t', ':', ')']) {
            return false;
        }
        let head = before.trim();
        let language = self.profile.language;
        if language == Language::Python {
            return python_inline_head(head);
        }
        let braced_only = matches!(language, Language::Rust | Language::Go);
        if let Some(label) = head.strip_suffix(':')
            && !label.ends_with(':')
        {
            let label = label.trim_start();
            return label == "default"
                || label.strip_prefix("case ").is_some_and(|value| {
                    !value.trim().is_empty() && !value.contains(['?', '{', ';'])
                });
        }
        if braced_only {
            return false;
        }
        if head == "else" || head.ends_with(" else") || head.ends_with("}else") {
            return true;
        }
        if !head.ends_with(')') {
            return false;
        }
        let Some(opening) = matching_opener(head.as_bytes(), b'(') else {
            return false;
        };
        let keyword_end = head[..opening].trim_end();
        ["if", "while", "for"].iter().any(|keyword| {
            keyword_end.strip_suffix(keyword).is_some_and(|start| {
                let start = start.trim_end();
                start.is_empty() || start.ends_with([';', '{', '}']) || start.ends_with("else")
            })
        })
    }

    /// The code before the cursor's line (empty on the first line).
    pub fn code_before_line(&self) -> &'a str {
        self.code
            .get(..self.cursor - self.line_before.len())
            .unwrap_or("")
    }

    /// What is left of a whole `line` once the text typed on the cursor's line (its indentation aside) is taken
    /// off: `return codecs.` of `return codecs.CodecInfo(` leaves `CodecInfo(`. None when the typed text does not
    /// begin `line`, or is all of it.
    pub fn rest_of_typed_line<'l>(&self, line: &'l str) -> Option<&'l str> {
        line.strip_prefix(self.line_before.trim_start())
            .filter(|rest| !rest.is_empty())
    }

    /// The lines before the current one, nearest first, trimmed, blank ones left out.
    pub fn code_lines_above(&self) -> impl Iterator<Item = &'a str> + use<'a> {
        self.code_before_line()
            .lines()
            .rev()
            .map(str::trim)
            .filter(|line| !line.is_empty())
    }

    /// The headers of the blocks around the cursor's line, nearest first, trimmed: each line above that is
    /// indented less than every line between it and the cursor (`while current:` then `def walk(head):` around
    /// `current = `). Closing lines (`}`, `});`) are passed over; the walk stops at the first line of the file's window.
    pub fn enclosing_lines(&self) -> impl Iterator<Item = &'a str> + use<'a> {
        /// How many lines above are read: the lexed window's depth (a block header further up is out of reach).
        const LINES: usize = 300;
        let mut width = indentation(self.line_before);
        // At the left margin nothing encloses the line: the walk would read the whole file for nothing.
        let lines = if width == 0 { 0 } else { LINES };
        self.code_before_line()
            .lines()
            .rev()
            .take(lines)
            .filter(move |line| {
                let trimmed = line.trim();
                // A block's closing line (`}`, `});`) encloses nothing; `} else {` opens the next block.
                if trimmed.chars().all(|c| "})];, ".contains(c)) {
                    return false;
                }
                let depth = indentation(line);
                let encloses = depth < width;
                if encloses {
                    width = depth;
                }
                encloses
            })
            .map(str::trim)
    }

    /// The last code line before the current one that is not blank, as text.
    pub fn previous_code_line(&self) -> Option<&'a str> {
        self.code_before_line()
            .lines()
            .rev()
            .find(|line| !line.trim().is_empty())
    }

    /// The first line after the current one that is not blank, as text (what the code has below the cursor).
    pub fn next_code_line(&self) -> Option<&'a str> {
        self.code
            .get(self.cursor..)
            .unwrap_or("")
            .lines()
            .skip(1)
            .find(|line| !line.trim().is_empty())
    }

    /// Where the line holding byte `at` of the code starts.
    pub fn line_start(&self, at: usize) -> usize {
        self.code
            .get(..at)
            .and_then(|before| before.rfind('\n'))
            .map_or(0, |newline| newline + 1)
    }

    /// The whole line a token is on.
    pub fn line_of(&self, token: &Token) -> &'a str {
        let start = self.line_start(token.start);
        self.code
            .get(start..)
            .and_then(|rest| rest.split('\n').next())
            .unwrap_or("")
    }

    /// The indentation width of the current line (the blank prefix of the line if the cursor is in it).
    pub fn current_indentation(&self) -> usize {
        indentation(self.line_before)
    }

    /// Whether an identifier token is a keyword of this language (never a variable).
    pub fn is_keyword(&self, token: &Token) -> bool {
        token.kind == TokenKind::Identifier
            && (self
                .profile
                .words
                .iter()
                .any(|word| word.text == self.text(token) && word.suffix != "(")
                || self.profile.naming_keywords.contains(&self.text(token)))
    }
}

/// The width of a line's leading whitespace, a tab counting as four columns.
pub(super) fn indentation(line: &str) -> usize {
    line.chars()
        .take_while(|character| character.is_whitespace())
        .map(|character| if character == '\t' { 4 } else { 1 })
        .sum()
}

/// The identifier characters at the end of `text` (not starting with a digit; empty if none).
fn identifier_suffix(text: &str) -> &str {
    let start = text
        .char_indices()
        .rev()
        .take_while(|(_, character)| is_identifier_char(*character))
        .last()
        .map_or(text.len(), |(index, _)| index);
    let word = text.get(start..).unwrap_or("");
    // A number (`12`, `3e5`) is not a name to complete.
    if word.starts_with(|character: char| character.is_ascii_digit()) {
        ""
    } else {
        word
    }
}

/// The member access that `text` (the line before the prefix) ends with, if any.
fn member_access(text: &str) -> Option<MemberAccess<'_>> {
    let separator = ["?.", "::", "->", "."]
        .into_iter()
        .find(|separator| text.ends_with(separator))?;
    let receiver_text = text.get(..text.len() - separator.len())?;
    // `0..` and `...` are ranges and spreads, not member accesses.
    if separator == "." && receiver_text.ends_with('.') {
        return None;
    }
    let start = receiver_start(receiver_text)?;
    let receiver = receiver_text.get(start..)?;
    (!receiver.is_empty()).then_some(MemberAccess {
        receiver,
        separator,
    })
}

/// A member on a line of its own in a method chain (`    .iter()⏎    .su|`): the receiver is the chain above it,
/// from the postfix expression its first line ends with to the end of the line before the cursor's. Comments,
/// blank lines and a line ending the statement (`;`) break the chain.
fn chained_member_access<'a>(
    code: &'a str,
    line_start: usize,
    before_prefix: &'a str,
) -> Option<MemberAccess<'a>> {
    let separator = before_prefix.trim_start();
    if !matches!(separator, "." | "?.") {
        return None;
    }
    let mut line_end = line_start.checked_sub(1)?;
    let mut chain_end = None;
    loop {
        let start = code
            .get(..line_end)?
            .rfind('\n')
            .map_or(0, |newline| newline + 1);
        let line = code.get(start..line_end)?.trim_end();
        let trimmed = line.trim_start();
        if trimmed.is_empty()
            || trimmed.starts_with("//")
            || trimmed.starts_with('#')
            || trimmed.starts_with("/*")
            || trimmed.ends_with(';')
        {
            return None;
        }
        let chain_end = *chain_end.get_or_insert(start + line.len());
        if trimmed.starts_with('.') && !trimmed.starts_with("..") {
            line_end = start.checked_sub(1)?;
            continue;
        }
        let head_start = receiver_start(line)?;
        let receiver = code.get(start + head_start..chain_end)?;
        return Some(MemberAccess {
            receiver,
            separator,
        });
    }
}

/// Where `part` (a slice of `code`) starts in `code`.
fn offset_in(code: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(code.as_ptr() as usize)
}

/// Where the postfix expression that `text` ends with starts: names joined by `.`, `::` or `->`, with balanced
/// call, index or generic brackets and string literals (`"".join`, `items.iter().map(f)`).
fn receiver_start(text: &str) -> Option<usize> {
    const SEPARATORS: [&str; 4] = ["::", "->", "?.", "."];
    let mut start = text.len();
    while let Some(last) = text.get(..start).and_then(|rest| rest.chars().next_back()) {
        let rest = text.get(..start)?;
        if start < text.len()
            && let Some(separator) = SEPARATORS
                .into_iter()
                .find(|separator| rest.ends_with(separator))
        {
            start -= separator.len();
            continue;
        }
        match last {
            ')' | ']' | '>' => {
                let opener = match last {
                    ')' => b'(',
                    ']' => b'[',
                    _ => b'<',
                };
                let Some(open) = matching_opener(rest.as_bytes(), opener) else {
                    break;
                };
                start = open;
            }
            '"' | '\'' | '`' => {
                // A string literal starts an expression: nothing before it belongs to the receiver.
                let inner = rest.get(..rest.len() - 1)?;
                return inner.rfind(last);
            }
            character if is_identifier_char(character) => start -= character.len_utf8(),
            _ => break,
        }
    }
    let receiver = text.get(start..)?;
    if receiver.is_empty() || receiver.starts_with(['.', ':', '-', '?']) {
        None
    } else {
        Some(start)
    }
}

/// Whether `head` (a trimmed line of Python) is a compound statement's header ending in its colon, so that its
/// body may follow on the same line: `if done:`, `else:`, `def area(self):`; not a lambda's or a dict's colon.
fn python_inline_head(head: &str) -> bool {
    let Some(header) = head.strip_suffix(':') else {
        return false;
    };
    let word_end = header
        .find(|c: char| !is_identifier_char(c))
        .unwrap_or(header.len());
    let opens_a_body = match &header[..word_end] {
        "else" | "try" | "finally" => word_end == header.len(),
        "if" | "elif" | "for" | "while" | "except" | "with" | "def" | "class" | "async" => true,
        _ => false,
    };
    if !opens_a_body || header.contains("lambda") {
        return false;
    }
    let mut depth = 0i32;
    for byte in header.bytes() {
        match byte {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            _ => {}
        }
    }
    depth == 0
}

/// The index of the bracket `opener` that matches the closing bracket ending `bytes`. Brackets are ASCII, and
/// UTF-8 continuation bytes never are, so a byte scan is exact.
fn matching_opener(bytes: &[u8], opener: u8) -> Option<usize> {
    let closer = *bytes.last()?;
    let mut depth = 0usize;
    for (index, &byte) in bytes.iter().enumerate().rev() {
        if byte == closer {
            depth += 1;
        } else if byte == opener {
            depth -= 1;
            if depth == 0 {
                return Some(index);
            }
        }
    }
    None
}

/// A string being typed at the end of its line (see [`Context::python_string_at_line_end`]).
pub struct QuotedText<'a> {
    /// The line up to the string's opening quote.
    pub before: &'a str,
    /// The opening quote.
    pub quote: char,
    /// What is typed after the quote.
    pub text: &'a str,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn receivers_span_chains_calls_and_literals() {
        let receiver = |text| member_access(text).map(|access| access.receiver);
        assert_eq!(receiver("x = os.path."), Some("os.path"));
        assert_eq!(receiver("    total = items.iter()."), Some("items.iter()"));
        assert_eq!(
            receiver("let m = std::collections::"),
            Some("std::collections")
        );
        assert_eq!(receiver("print(\", \"."), Some("\", \""));
        assert_eq!(receiver("node->next->"), Some("node->next"));
        assert_eq!(receiver("for i in 0.."), None);
        assert_eq!(receiver("x = ."), None);
    }

    #[test]
    fn prefixes_are_words_not_numbers() {
        assert_eq!(identifier_suffix("x = calc"), "calc");
        assert_eq!(identifier_suffix("x = 12"), "");
        assert_eq!(identifier_suffix("naïve_caf"), "naïve_caf");
        assert_eq!(identifier_suffix("🎉"), "");
    }
}
