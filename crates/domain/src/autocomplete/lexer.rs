//! A small, forgiving lexer shared by every language.
//!
//! Completion works on code that is being typed, so the lexer never fails: an unterminated string or comment simply
//! runs to the end of its line (or of the file, for the kinds that may span lines) and is marked as not closed.
//! It knows just enough of each language ([`Syntax`]) to tell code from comments and string literals, to find
//! identifiers and to group the few operators the rules look at (`::`, `->`, `=>`, `:=`, `==`, ...). Everything else
//! is a one-character punctuation token.
//!
//! Positions are byte offsets that always fall on `char` boundaries: the lexer only stops on ASCII bytes or at the
//! end of a whole `char`, so slicing the code with a token's range never panics.

/// What a language's source looks like, as far as the lexer cares.
#[derive(Debug)]
pub(super) struct Syntax {
    /// Markers that start a comment running to the end of the line (`#`, `//`).
    pub line_comments: &'static [&'static str],
    /// The markers of a block comment (`/*`, `*/`), if the language has one.
    pub block_comment: Option<(&'static str, &'static str)>,
    /// Whether block comments nest (Rust's do).
    pub nested_block_comments: bool,
    /// The string and character literal delimiters, longest first (`"""` before `"`).
    pub quotes: &'static [Quote],
    /// Identifiers that, written right before a quote, belong to the literal (Python's `f"..."`, C++'s `u8"..."`).
    pub string_prefixes: &'static [&'static str],
    /// Rust raw strings: `r"..."`, `r#"..."#`, `br"..."`.
    pub raw_strings: bool,
    /// Rust's `'`: a character literal (`'a'`, `'\n'`) or a lifetime (`'a`).
    pub char_or_lifetime: bool,
    /// JavaScript regular expression literals (`/ab+c/g`), told apart from division by the token before.
    pub regex_literals: bool,
    /// JavaScript template literals, whose `${...}` parts are code.
    pub template_interpolation: bool,
    /// Whether `$` may appear in identifiers (JavaScript, Java).
    pub dollar_in_identifiers: bool,
}

/// One kind of string or character literal.
#[derive(Debug)]
pub(super) struct Quote {
    /// The opening and closing delimiter.
    pub delimiter: &'static str,
    /// Whether the literal may span lines; otherwise it ends, unterminated, at the end of the line.
    pub multiline: bool,
    /// Whether a backslash escapes the next character.
    pub escapes: bool,
}

/// A byte range of the code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Span {
    /// The first byte.
    pub start: usize,
    /// The byte after the last.
    pub end: usize,
}

/// The bytes the fast mode stops at: those that may open a literal or a comment in a syntax, and, inside a
/// template literal's `${...}`, the braces.
#[derive(Debug, Clone, Copy)]
struct Openers {
    /// At most eight distinct bytes, the list padded by repeating its first.
    code: [u8; 8],
    /// The same with `{` and `}`, for the code inside `${...}`.
    interpolation: [u8; 8],
}

impl Openers {
    fn for_syntax(syntax: &Syntax) -> Self {
        let mut bytes: Vec<u8> = Vec::with_capacity(8);
        let markers = syntax
            .line_comments
            .iter()
            .chain(syntax.block_comment.iter().map(|(open, _)| open));
        for marker in markers.chain(syntax.quotes.iter().map(|quote| &quote.delimiter)) {
            bytes.extend(marker.as_bytes().first());
        }
        let flagged = [
            (syntax.char_or_lifetime, b'\''),
            (syntax.regex_literals, b'/'),
            (syntax.raw_strings, b'#'),
        ];
        bytes.extend(
            flagged
                .iter()
                .filter(|(enabled, _)| *enabled)
                .map(|(_, byte)| *byte),
        );
        bytes.sort_unstable();
        bytes.dedup();
        let mut with_braces = bytes.clone();
        with_braces.extend([b'{', b'}']);
        Self {
            code: padded(&bytes),
            interpolation: padded(&with_braces),
        }
    }

    /// The offset of the first of `targets` in `bytes`. Whole 32-byte chunks are tested with plain compares
    /// that the compiler turns into vector instructions; only a chunk with a hit is searched byte by byte.
    fn find(targets: &[u8; 8], bytes: &[u8]) -> Option<usize> {
        let [a, b, c, d, e, f, g, h] = *targets;
        let is_target = |byte: u8| {
            (byte == a)
                | (byte == b)
                | (byte == c)
                | (byte == d)
                | (byte == e)
                | (byte == f)
                | (byte == g)
                | (byte == h)
        };
        let mut offset = 0;
        for chunk in bytes.chunks(32) {
            if chunk.iter().fold(false, |hit, &byte| hit | is_target(byte)) {
                return chunk
                    .iter()
                    .position(|&byte| is_target(byte))
                    .map(|index| offset + index);
            }
            offset += chunk.len();
        }
        None
    }
}

/// Eight bytes from a list of at most eight, padded by repeating its first (a syntax has at most eight openers).
fn padded(bytes: &[u8]) -> [u8; 8] {
    let first = bytes.first().copied().unwrap_or(b'"');
    let mut array = [first; 8];
    for (slot, byte) in array.iter_mut().zip(bytes) {
        *slot = *byte;
    }
    array
}

/// The kind of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TokenKind {
    /// A name or keyword.
    Identifier,
    /// A numeric literal.
    Number,
    /// A string, character or regular expression literal, delimiters included.
    Literal {
        /// Whether the closing delimiter was found; a cursor at the end of an unclosed literal is still inside it.
        closed: bool,
        /// Whether this kind of literal may span lines.
        multiline: bool,
    },
    /// A comment; line comments are never "closed", so a cursor at the end of the line is still inside.
    Comment {
        /// Whether the comment has a closing marker that was found.
        closed: bool,
    },
    /// An operator or a bracket: one character, or one of the grouped operators.
    Punctuation,
}

/// A token: its kind, its byte range in the code and the (0-based) line it starts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Token {
    /// What the token is.
    pub kind: TokenKind,
    /// The byte offset of its first character.
    pub start: usize,
    /// The byte offset just past its last character.
    pub end: usize,
    /// The line it starts on, counting from 0.
    pub line: usize,
}

impl Token {
    /// The token's text; empty if the range is somehow not valid for `code` (it always is for the code it came from).
    pub fn text<'a>(&self, code: &'a str) -> &'a str {
        code.get(self.start..self.end).unwrap_or("")
    }

    /// Whether the token is the punctuation `symbol`.
    pub fn is_symbol(&self, code: &str, symbol: &str) -> bool {
        self.kind == TokenKind::Punctuation && self.text(code) == symbol
    }

    /// Whether the token is the identifier (or keyword) `word`.
    pub fn is_word(&self, code: &str, word: &str) -> bool {
        self.kind == TokenKind::Identifier && self.text(code) == word
    }

    /// Whether a cursor at byte `cursor` lies inside this token (not merely at one of its edges), counting the end
    /// of a literal or comment that has no closing delimiter as inside.
    pub fn contains_cursor(&self, cursor: usize) -> bool {
        let open_ended = matches!(
            self.kind,
            TokenKind::Literal { closed: false, .. } | TokenKind::Comment { closed: false }
        );
        self.start < cursor && (cursor < self.end || (cursor == self.end && open_ended))
    }
}

/// The length of the operator starting with `byte` followed by `next` and `third`: the few operators the rules read
/// as units (`::`, `->`, `=>`, `:=`, `==`, `!=`, `<=`, `>=`, `&&`, `||`, `+=`, `++`, `..`, `?.`, `===`, `...`)
/// are one token; anything else is one character.
fn operator_length(byte: u8, next: Option<u8>, third: Option<u8>) -> usize {
    match (byte, next, third) {
        (b'=' | b'!', Some(b'='), Some(b'=')) | (b'.', Some(b'.'), Some(b'.' | b'=')) => 3,
        (b':', Some(b':' | b'='), _)
        | (b'-', Some(b'>' | b'=' | b'-'), _)
        | (b'=', Some(b'>' | b'='), _)
        | (b'!' | b'<' | b'>' | b'*' | b'/' | b'%', Some(b'='), _)
        | (b'+', Some(b'+' | b'='), _)
        | (b'&', Some(b'&'), _)
        | (b'|', Some(b'|'), _)
        | (b'.', Some(b'.'), _)
        | (b'?', Some(b'.' | b'?'), _) => 2,
        _ => 1,
    }
}

/// Words after which a `/` starts a regular expression rather than a division.
const WORDS_BEFORE_EXPRESSIONS: &[&str] = &[
    "return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void", "throw",
    "yield", "await",
];

/// Whether `byte` may continue an ASCII identifier.
fn is_ascii_identifier_byte(byte: u8, dollar: bool) -> bool {
    IDENTIFIER_BYTES[usize::from(byte)] || (dollar && byte == b'$')
}

/// The ASCII bytes that continue an identifier, as a table: the lexer's innermost loop.
const IDENTIFIER_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 128 {
        table[byte] = (byte as u8).is_ascii_alphanumeric() || byte == b'_' as usize;
        byte += 1;
    }
    table
};

/// A name folded for comparison regardless of case and underscores: `get_area`, `getArea` and `GETAREA` all fold
/// to `getarea`.
pub(super) fn folded_name(name: &str) -> String {
    name.chars()
        .filter(|c| *c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether `word` occurs in `text` as a whole identifier.
pub(super) fn contains_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text.get(..at).and_then(|head| head.chars().next_back());
        let after = text
            .get(at + word.len()..)
            .and_then(|tail| tail.chars().next());
        !before.is_some_and(is_identifier_char) && !after.is_some_and(is_identifier_char)
    })
}

/// Whether `character` may appear in an identifier of any supported language (letters of any script included).
pub(super) fn is_identifier_char(character: char) -> bool {
    character.is_alphanumeric() || character == '_' || character == '$'
}

/// Whether `text` is one plain identifier (`total`, `$el`, `_x2`), not a number, an expression or nothing.
pub(super) fn is_plain_name(text: &str) -> bool {
    !text.is_empty()
        && !text.starts_with(|c: char| c.is_ascii_digit())
        && text.chars().all(is_identifier_char)
}

/// Where the identifier characters that start `text` end, as a byte offset (0 when there are none).
pub(super) fn identifier_end(text: &str) -> usize {
    text.char_indices()
        .find(|&(_, character)| !is_identifier_char(character))
        .map_or(text.len(), |(index, _)| index)
}

/// Where the innermost `open` that `text` leaves unclosed is, as a byte offset: the `(` of the call or header a
/// line is in (`innermost_unclosed(line, '(', ')')`), the `{` of a literal being written.
pub(super) fn innermost_unclosed(text: &str, open: char, close: char) -> Option<usize> {
    let mut depth = 0_usize;
    for (at, character) in text.char_indices().rev() {
        if character == close {
            depth += 1;
        } else if character == open {
            if depth == 0 {
                return Some(at);
            }
            depth -= 1;
        }
    }
    None
}

/// Where the identifier characters that end `text` start, as a byte offset (`text.len()` when there are none):
/// `size_t` in `const size_t`. Counted by characters, so a multi-byte character before them is stepped over whole.
pub(super) fn trailing_identifier_start(text: &str) -> usize {
    text.char_indices()
        .rev()
        .take_while(|&(_, character)| is_identifier_char(character))
        .last()
        .map_or(text.len(), |(index, _)| index)
}

/// The identifier characters `text` starts with (`self` in `self.items`; empty when there are none).
pub(super) fn leading_identifier(text: &str) -> &str {
    let end = text
        .find(|character: char| !is_identifier_char(character))
        .unwrap_or(text.len());
    &text[..end]
}

/// The identifier characters that end `text` (`size_t` in `const size_t`; empty when there are none).
pub(super) fn trailing_identifier(text: &str) -> &str {
    &text[trailing_identifier_start(text)..]
}

/// The lexer: an iterator of [`Token`]s over a piece of code.
pub(super) struct Lexer<'a> {
    code: &'a str,
    bytes: &'a [u8],
    position: usize,
    line: usize,
    syntax: &'static Syntax,
    /// The last token that was not a comment, to tell a regular expression from a division.
    previous: Option<Token>,
    /// For each open `${` of a template literal, how many `{` are open inside it.
    template_braces: Vec<usize>,
}

impl<'a> Lexer<'a> {
    /// A lexer over the whole of `code`.
    pub fn new(code: &'a str, syntax: &'static Syntax) -> Self {
        Self {
            code,
            bytes: code.as_bytes(),
            position: 0,
            line: 0,
            syntax,
            previous: None,
            template_braces: Vec::new(),
        }
    }

    /// A lexer that starts at byte `position` (a character boundary outside any literal or comment), which is on
    /// line `line`.
    pub fn starting_at(
        code: &'a str,
        syntax: &'static Syntax,
        position: usize,
        line: usize,
    ) -> Self {
        Self {
            position: position.min(code.len()),
            line,
            ..Self::new(code, syntax)
        }
    }

    /// The literals and comments of the whole code, in order, found without tokenizing the code between them.
    ///
    /// This is the lexer's fast mode, for the whole file: it jumps from one byte that may open a literal or a
    /// comment to the next, and reuses the token rules to find where each ends. The one rule that needs the token
    /// before (is `/` a regular expression?) reads the text before instead.
    pub fn non_code_spans(code: &'a str, syntax: &'static Syntax) -> Vec<Span> {
        let openers = Openers::for_syntax(syntax);
        let mut lexer = Self::new(code, syntax);
        let mut spans = Vec::new();
        loop {
            let rest = lexer.bytes.get(lexer.position..).unwrap_or_default();
            let targets = if lexer.template_braces.is_empty() {
                &openers.code
            } else {
                &openers.interpolation
            };
            let Some(offset) = Openers::find(targets, rest) else {
                break;
            };
            lexer.position += offset;
            let start = lexer.position;
            let Some(byte) = lexer.byte(start) else { break };
            if lexer.skim_at(start, byte) {
                spans.push(Span {
                    start,
                    end: lexer.position,
                });
            }
        }
        spans
    }

    /// At a byte that may open a literal or a comment: moves past it, and says whether it did open one.
    fn skim_at(&mut self, start: usize, byte: u8) -> bool {
        if let Some(open_braces) = self.template_braces.last_mut() {
            match byte {
                b'{' => *open_braces += 1,
                b'}' if *open_braces == 0 => {
                    self.template_braces.pop();
                    self.position += 1;
                    self.lex_literal_body(&TEMPLATE_CONTINUATION);
                    return true;
                }
                b'}' => *open_braces -= 1,
                _ => {}
            }
        }
        let starts = |marker: &str| marker.as_bytes().first() == Some(&byte);
        if let Some(marker) = self
            .syntax
            .line_comments
            .iter()
            .find(|marker| starts(marker) && self.starts_with_at(start, marker))
        {
            self.position += marker.len();
            self.skip_to_line_end();
            return true;
        }
        if let Some((open, close)) = self.syntax.block_comment
            && starts(open)
            && self.starts_with_at(start, open)
        {
            self.lex_block_comment(open, close);
            return true;
        }
        if self.syntax.raw_strings
            && matches!(byte, b'"' | b'#')
            && self.after_raw_string_prefix(start)
        {
            if let Some(TokenKind::Literal { .. }) = self.lex_raw_string() {
                return true;
            }
            self.position = start;
        }
        if let Some(quote) = self.quote_at(start) {
            self.position += quote.delimiter.len();
            self.lex_literal_body(quote);
            return true;
        }
        if byte == b'\'' && self.syntax.char_or_lifetime {
            return matches!(self.lex_char_or_lifetime(), TokenKind::Literal { .. });
        }
        if byte == b'/'
            && self.syntax.regex_literals
            && self.regex_allowed_after_text(start)
            && let Some(TokenKind::Literal { .. }) = self.lex_regex()
        {
            return true;
        }
        self.position = start + 1;
        false
    }

    /// Whether `r` or `br` (a whole word) ends right before `position`.
    fn after_raw_string_prefix(&self, position: usize) -> bool {
        let before = self.code.get(..position).unwrap_or("");
        let word_start = before
            .trim_end_matches(|character: char| character.is_alphanumeric() || character == '_');
        matches!(before.get(word_start.len()..), Some("r" | "br"))
    }

    /// [`Self::regex_allowed`] from the text before `position` rather than the previous token.
    fn regex_allowed_after_text(&self, position: usize) -> bool {
        let before = self.code.get(..position).unwrap_or("").trim_end();
        match before.chars().next_back() {
            None => true,
            Some(character) if is_identifier_char(character) => {
                let word_start = before.trim_end_matches(is_identifier_char).len();
                WORDS_BEFORE_EXPRESSIONS.contains(&before.get(word_start..).unwrap_or(""))
            }
            Some(')' | ']' | '}' | '"' | '\'' | '`') => false,
            Some(_) => true,
        }
    }

    fn byte(&self, position: usize) -> Option<u8> {
        self.bytes.get(position).copied()
    }

    fn starts_with_at(&self, position: usize, marker: &str) -> bool {
        // Markers are one to three bytes: a byte loop beats a call to `memcmp`.
        let marker = marker.as_bytes();
        self.bytes
            .get(position..position + marker.len())
            .is_some_and(|bytes| {
                bytes
                    .iter()
                    .zip(marker)
                    .all(|(byte, expected)| byte == expected)
            })
    }

    /// The character at `position`, if `position` is a character boundary.
    fn char_at(&self, position: usize) -> Option<char> {
        self.code
            .get(position..)
            .and_then(|rest| rest.chars().next())
    }

    /// Skips whitespace, counting lines.
    fn skip_whitespace(&mut self) {
        // Indentation first, in one tight loop.
        let rest = self.bytes.get(self.position..).unwrap_or_default();
        self.position += rest
            .iter()
            .take_while(|&&byte| byte == b' ' || byte == b'\t')
            .count();
        while let Some(byte) = self.byte(self.position) {
            match byte {
                b'\n' => {
                    self.line += 1;
                    self.position += 1;
                }
                b' ' | b'\t' | b'\r' | 0x0b | 0x0c => self.position += 1,
                byte if byte >= 0x80 => match self.char_at(self.position) {
                    Some(character) if character.is_whitespace() => {
                        self.position += character.len_utf8()
                    }
                    _ => return,
                },
                _ => return,
            }
        }
    }

    /// Moves to the end of the line (before its `\n`).
    fn skip_to_line_end(&mut self) {
        let rest = self.bytes.get(self.position..).unwrap_or_default();
        self.position += rest
            .iter()
            .position(|&byte| byte == b'\n')
            .unwrap_or(rest.len());
    }

    fn lex_block_comment(&mut self, open: &str, close: &str) -> TokenKind {
        self.position += open.len();
        // Without nesting, the end is the next `close`: memchr's vectorised search skips long comments (SQLite's
        // run to hundreds of lines) much faster than a byte-by-byte walk, and twice as fast as `str::find`, whose
        // two-way search was a tenth of a request on SQLite's amalgamation.
        if !self.syntax.nested_block_comments {
            let rest = self.code.get(self.position..).unwrap_or("");
            let (skipped, closed) = match memchr::memmem::find(rest.as_bytes(), close.as_bytes()) {
                Some(index) => (index + close.len(), true),
                None => (rest.len(), false),
            };
            // Counted in chunks of at most 255 with a byte-wide counter, which the compiler vectorizes.
            self.line += rest
                .as_bytes()
                .get(..skipped)
                .unwrap_or_default()
                .chunks(255)
                .map(|chunk| {
                    usize::from(
                        chunk
                            .iter()
                            .fold(0u8, |count, &byte| count + u8::from(byte == b'\n')),
                    )
                })
                .sum::<usize>();
            self.position += skipped;
            return TokenKind::Comment { closed };
        }
        let mut depth = 1usize;
        while let Some(byte) = self.byte(self.position) {
            if self.starts_with_at(self.position, close) {
                self.position += close.len();
                depth -= 1;
                if depth == 0 {
                    return TokenKind::Comment { closed: true };
                }
            } else if self.syntax.nested_block_comments && self.starts_with_at(self.position, open)
            {
                self.position += open.len();
                depth += 1;
            } else {
                if byte == b'\n' {
                    self.line += 1;
                }
                self.position += 1;
            }
        }
        TokenKind::Comment { closed: false }
    }

    /// Lexes the body of a literal whose opening delimiter ends right before `self.position`.
    fn lex_literal_body(&mut self, quote: &Quote) -> TokenKind {
        let delimiter = quote.delimiter.as_bytes();
        let interpolates = self.syntax.template_interpolation && quote.delimiter == "`";
        while let Some(byte) = self.byte(self.position) {
            match byte {
                b'\\' if quote.escapes => {
                    if self.byte(self.position + 1) == Some(b'\n') {
                        self.line += 1;
                    }
                    // An escaped character may be several bytes long; the scan only ever stops on ASCII bytes, so
                    // landing inside it is harmless.
                    self.position = (self.position + 2).min(self.bytes.len());
                }
                b'\n' if !quote.multiline => {
                    return TokenKind::Literal {
                        closed: false,
                        multiline: false,
                    };
                }
                b'$' if interpolates && self.byte(self.position + 1) == Some(b'{') => {
                    self.position += 2;
                    self.template_braces.push(0);
                    return TokenKind::Literal {
                        closed: true,
                        multiline: true,
                    };
                }
                _ if self
                    .bytes
                    .get(self.position..)
                    .is_some_and(|rest| rest.starts_with(delimiter)) =>
                {
                    self.position += delimiter.len();
                    return TokenKind::Literal {
                        closed: true,
                        multiline: quote.multiline,
                    };
                }
                b'\n' => {
                    self.line += 1;
                    self.position += 1;
                }
                _ => self.position += 1,
            }
        }
        TokenKind::Literal {
            closed: false,
            multiline: quote.multiline,
        }
    }

    /// The literal kind opened at `position`, if any.
    fn quote_at(&self, position: usize) -> Option<&'static Quote> {
        self.syntax
            .quotes
            .iter()
            .find(|quote| self.starts_with_at(position, quote.delimiter))
    }

    /// Rust's raw strings: `r`, `br` then `#`s and a `"`; ends at a `"` followed by as many `#`s.
    fn lex_raw_string(&mut self) -> Option<TokenKind> {
        let mut position = self.position;
        let mut hashes = 0;
        while self.byte(position) == Some(b'#') {
            hashes += 1;
            position += 1;
        }
        if self.byte(position) != Some(b'"') {
            return None;
        }
        position += 1;
        while let Some(byte) = self.byte(position) {
            position += 1;
            if byte == b'\n' {
                self.line += 1;
            } else if byte == b'"'
                && (0..hashes).all(|offset| self.byte(position + offset) == Some(b'#'))
            {
                self.position = position + hashes;
                return Some(TokenKind::Literal {
                    closed: true,
                    multiline: true,
                });
            }
        }
        self.position = position;
        Some(TokenKind::Literal {
            closed: false,
            multiline: true,
        })
    }

    /// Rust's `'`: a character literal if one character (or an escape) and a closing `'` follow, else a lifetime.
    fn lex_char_or_lifetime(&mut self) -> TokenKind {
        let after_quote = self.position + 1;
        let literal_end = match self.char_at(after_quote) {
            Some('\\') => {
                let rest = self.bytes.get(after_quote + 1..).unwrap_or_default();
                rest.iter()
                    .take_while(|&&byte| byte != b'\n')
                    .position(|&byte| byte == b'\'')
                    .map(|offset| after_quote + 1 + offset + 1)
            }
            Some(character) if character != '\n' && character != '\'' => {
                let closing = after_quote + character.len_utf8();
                (self.byte(closing) == Some(b'\'')).then_some(closing + 1)
            }
            _ => None,
        };
        if let Some(end) = literal_end {
            self.position = end;
            TokenKind::Literal {
                closed: true,
                multiline: false,
            }
        } else {
            self.position = after_quote;
            TokenKind::Punctuation
        }
    }

    /// Whether a `/` here starts a regular expression: only where an operand is expected.
    fn regex_allowed(&self) -> bool {
        match self.previous {
            None => true,
            Some(token) => match token.kind {
                TokenKind::Identifier => WORDS_BEFORE_EXPRESSIONS.contains(&token.text(self.code)),
                TokenKind::Number | TokenKind::Literal { .. } => false,
                TokenKind::Punctuation => !matches!(token.text(self.code), ")" | "]" | "}"),
                TokenKind::Comment { .. } => true,
            },
        }
    }

    /// A regular expression literal on one line, or `None` (a division) when no closing `/` follows.
    fn lex_regex(&mut self) -> Option<TokenKind> {
        let mut position = self.position + 1;
        let mut in_class = false;
        loop {
            match self.byte(position)? {
                b'\n' => return None,
                b'\\' => position += 2,
                b'[' => {
                    in_class = true;
                    position += 1;
                }
                b']' => {
                    in_class = false;
                    position += 1;
                }
                b'/' if !in_class => break,
                _ => position += 1,
            }
        }
        position += 1;
        while self
            .byte(position)
            .is_some_and(|byte| byte.is_ascii_alphabetic())
        {
            position += 1;
        }
        self.position = position;
        Some(TokenKind::Literal {
            closed: true,
            multiline: false,
        })
    }

    fn lex_identifier(&mut self) {
        let dollar = self.syntax.dollar_in_identifiers;
        // The ASCII run first, in one tight loop.
        let rest = self.bytes.get(self.position..).unwrap_or_default();
        self.position += rest
            .iter()
            .take_while(|&&byte| IDENTIFIER_BYTES[usize::from(byte)])
            .count();
        while let Some(byte) = self.byte(self.position) {
            if is_ascii_identifier_byte(byte, dollar) {
                self.position += 1;
            } else if byte >= 0x80 {
                match self.char_at(self.position) {
                    Some(character) if character.is_alphanumeric() => {
                        self.position += character.len_utf8()
                    }
                    _ => return,
                }
            } else {
                return;
            }
        }
    }

    fn lex_number(&mut self) {
        while let Some(byte) = self.byte(self.position) {
            let decimal_point = byte == b'.'
                && self
                    .byte(self.position + 1)
                    .is_some_and(|next| next.is_ascii_digit());
            if byte.is_ascii_alphanumeric() || byte == b'_' || decimal_point {
                self.position += 1;
            } else {
                return;
            }
        }
    }

    /// After an identifier that ended at `self.position`: a literal if the identifier is a string prefix.
    fn lex_prefixed_literal(&mut self, identifier: &str) -> Option<TokenKind> {
        if self.syntax.raw_strings
            && matches!(identifier, "r" | "br")
            && let Some(kind) = self.lex_raw_string()
        {
            return Some(kind);
        }
        let is_prefix = self
            .syntax
            .string_prefixes
            .iter()
            .any(|prefix| prefix.eq_ignore_ascii_case(identifier));
        if !is_prefix {
            return None;
        }
        let quote = self.quote_at(self.position)?;
        self.position += quote.delimiter.len();
        Some(self.lex_literal_body(quote))
    }

    fn lex_token(&mut self, start: usize, byte: u8) -> TokenKind {
        if let Some(open_braces) = self.template_braces.last_mut() {
            match byte {
                b'{' => *open_braces += 1,
                b'}' if *open_braces == 0 => {
                    // The end of a `${...}`: the template literal goes on.
                    self.template_braces.pop();
                    self.position += 1;
                    return self.lex_literal_body(&TEMPLATE_CONTINUATION);
                }
                b'}' => *open_braces -= 1,
                _ => {}
            }
        }
        // Names and numbers first: they are most tokens.
        if is_ascii_identifier_byte(byte, self.syntax.dollar_in_identifiers)
            && !byte.is_ascii_digit()
        {
            self.lex_identifier();
            // Only a short name right before a quote (or Rust's `r#`) can be a string prefix.
            let before_quote = matches!(self.byte(self.position), Some(b'"' | b'\'' | b'`' | b'#'));
            if before_quote && self.position - start <= 3 {
                let identifier = self.code.get(start..self.position).unwrap_or("");
                if let Some(kind) = self.lex_prefixed_literal(identifier) {
                    return kind;
                }
            }
            return TokenKind::Identifier;
        }
        if byte.is_ascii_digit() {
            self.lex_number();
            return TokenKind::Number;
        }
        let starts = |marker: &str| marker.as_bytes().first() == Some(&byte);
        if let Some(marker) = self
            .syntax
            .line_comments
            .iter()
            .find(|marker| starts(marker) && self.starts_with_at(start, marker))
        {
            self.position += marker.len();
            self.skip_to_line_end();
            return TokenKind::Comment { closed: false };
        }
        if let Some((open, close)) = self.syntax.block_comment
            && starts(open)
            && self.starts_with_at(start, open)
        {
            return self.lex_block_comment(open, close);
        }
        if matches!(byte, b'"' | b'\'' | b'`')
            && let Some(quote) = self.quote_at(start)
        {
            self.position += quote.delimiter.len();
            return self.lex_literal_body(quote);
        }
        if byte == b'\'' && self.syntax.char_or_lifetime {
            return self.lex_char_or_lifetime();
        }
        if byte >= 0x80 {
            return match self.char_at(start) {
                Some(character) if character.is_alphabetic() => {
                    self.lex_identifier();
                    TokenKind::Identifier
                }
                Some(character) => {
                    self.position += character.len_utf8();
                    TokenKind::Punctuation
                }
                // Not a boundary: cannot happen for positions the lexer reaches, but never loop or panic.
                None => {
                    self.position += 1;
                    TokenKind::Punctuation
                }
            };
        }
        if byte == b'/'
            && self.syntax.regex_literals
            && self.regex_allowed()
            && let Some(kind) = self.lex_regex()
        {
            return kind;
        }
        self.position += operator_length(byte, self.byte(start + 1), self.byte(start + 2));
        TokenKind::Punctuation
    }
}

/// The rest of a template literal after a `${...}` part.
const TEMPLATE_CONTINUATION: Quote = Quote {
    delimiter: "`",
    multiline: true,
    escapes: true,
};

impl Iterator for Lexer<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        self.skip_whitespace();
        let start = self.position;
        let byte = self.byte(start)?;
        let line = self.line;
        let kind = self.lex_token(start, byte);
        let token = Token {
            kind,
            start,
            end: self.position,
            line,
        };
        if !matches!(kind, TokenKind::Comment { .. }) {
            self.previous = Some(token);
        }
        Some(token)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::autocomplete::language::profile_for;

    fn kinds(code: &str, language: &str) -> Vec<(TokenKind, &'static str)> {
        let code: &'static str = Box::leak(code.to_owned().into_boxed_str());
        Lexer::new(code, profile_for(language).syntax)
            .map(|token| (token.kind, token.text(code)))
            .collect()
    }

    #[test]
    fn python_literals_with_prefixes_and_triple_quotes_are_one_token() {
        let tokens = kinds("x = f\"a{b}\" + '''multi\nline''' # note", "python");
        assert_eq!(
            tokens[2],
            (
                TokenKind::Literal {
                    closed: true,
                    multiline: false
                },
                "f\"a{b}\""
            )
        );
        assert_eq!(
            tokens[4],
            (
                TokenKind::Literal {
                    closed: true,
                    multiline: true
                },
                "'''multi\nline'''"
            )
        );
        assert_eq!(tokens[5], (TokenKind::Comment { closed: false }, "# note"));
    }

    #[test]
    fn rust_lifetimes_are_not_character_literals() {
        let tokens = kinds(
            "fn f<'a>(c: char) { let x = 'z'; r#\"raw \"q\"\"#; }",
            "rust",
        );
        assert!(tokens.contains(&(TokenKind::Punctuation, "'")));
        assert!(tokens.contains(&(
            TokenKind::Literal {
                closed: true,
                multiline: false
            },
            "'z'"
        )));
        assert!(tokens.contains(&(
            TokenKind::Literal {
                closed: true,
                multiline: true
            },
            "r#\"raw \"q\"\"#"
        )));
    }

    #[test]
    fn javascript_templates_interpolate_code_and_regexes_are_literals() {
        let tokens = kinds(
            "const s = `a ${user.name} b`; const r = /[/]x/g; const d = a / b;",
            "js",
        );
        assert!(tokens.contains(&(TokenKind::Identifier, "user")));
        assert!(tokens.contains(&(
            TokenKind::Literal {
                closed: true,
                multiline: true
            },
            "} b`"
        )));
        assert!(tokens.contains(&(
            TokenKind::Literal {
                closed: true,
                multiline: false
            },
            "/[/]x/g"
        )));
        assert!(tokens.contains(&(TokenKind::Punctuation, "/")));
    }

    #[test]
    fn the_fast_mode_finds_the_literals_and_comments_the_tokens_show() {
        let samples = [
            (
                "python",
                "x = f\"a{b}\" + '''multi\nline''' # note\ny = 'it''s' \"\"\"doc\"\"\" # é🎉\nz = \"open",
            ),
            (
                "javascript",
                "const s = `a ${user.name} b`; const r = /[/]x/g; // c\nconst d = a / b; /* block */ '\\'' \"x",
            ),
            (
                "rust",
                "fn f<'a>(c: char) { let x = 'z'; r#\"raw \"q\"\"#; /* a /* nested */ b */ b\"bytes\" } // end",
            ),
            ("go", "s := `raw\nstring` + \"x\" // c\nr := 'a'"),
            (
                "c",
                "#include <stdio.h>\nint main(void) { printf(\"%d\\n\", 'c'); /* c */ } // end",
            ),
            ("ruby", "puts \"hi\" # comment\nx = 'y'"),
        ];
        for (language, code) in samples {
            let syntax = profile_for(language).syntax;
            let tokens: Vec<Token> = Lexer::new(code, syntax)
                .filter(|token| {
                    matches!(
                        token.kind,
                        TokenKind::Literal { .. } | TokenKind::Comment { .. }
                    )
                })
                .collect();
            let spans = Lexer::non_code_spans(code, syntax);
            assert_eq!(
                tokens.len(),
                spans.len(),
                "{language}: {tokens:?} vs {spans:?}"
            );
            for (token, span) in tokens.iter().zip(&spans) {
                // The fast mode starts a literal at its quote, after any prefix (`f"`, `r#"`).
                assert_eq!(token.end, span.end, "{language}: {token:?} vs {span:?}");
                assert!(
                    token.start <= span.start && span.start <= token.start + 2,
                    "{language}: {token:?} vs {span:?}"
                );
            }
        }
    }

    #[test]
    fn every_syntax_has_at_most_eight_opening_bytes() {
        for language in [
            "python",
            "javascript",
            "rust",
            "go",
            "java",
            "c",
            "cpp",
            "ruby",
            "kotlin",
            "unknown",
        ] {
            let syntax = profile_for(language).syntax;
            let mut bytes: Vec<u8> = syntax
                .line_comments
                .iter()
                .chain(syntax.block_comment.iter().map(|(open, _)| open))
                .chain(syntax.quotes.iter().map(|quote| &quote.delimiter))
                .filter_map(|marker| marker.as_bytes().first().copied())
                .chain([b'\'', b'/', b'#', b'{', b'}'])
                .collect();
            bytes.sort_unstable();
            bytes.dedup();
            assert!(bytes.len() <= 8, "{language}: {bytes:?}");
        }
    }

    #[test]
    fn unicode_identifiers_and_symbols_keep_char_boundaries() {
        let tokens = kinds("café = \"日本\" 🎉 naïve", "python");
        assert_eq!(tokens[0], (TokenKind::Identifier, "café"));
        assert_eq!(tokens[3], (TokenKind::Punctuation, "🎉"));
        assert_eq!(tokens[4], (TokenKind::Identifier, "naïve"));
    }
}
