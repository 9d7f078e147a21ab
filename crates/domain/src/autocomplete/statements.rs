//! Reading the code around the cursor the way the construct rules need it, for every language.
//!
//! - the enclosing function: its name, parameters, result types and where its body starts (Python by indentation,
//!   the others by braces);
//! - the locals the body declared so far, and which of them it kept changing (accumulators);
//! - the collections in scope, to fill a loop header (`for item in items:`);
//! - the shared constructs built on those: the value after `return`, and `case ` inside a `switch`.
//!
//! Everything works on the window of tokens the [`FileScan`](super::file_scan::FileScan) kept, so it costs time in
//! proportion to that window, not to the file.

use super::Suggestion;
use super::cursor::{Context, indentation};
use super::language::{BlockStyle, Language};
use super::lexer::{Token, TokenKind, is_identifier_char};

/// Keywords that head a block which is not a function.
const CONTROL_KEYWORDS: &[&str] = &[
    "if",
    "for",
    "while",
    "switch",
    "catch",
    "else",
    "do",
    "try",
    "match",
    "loop",
    "return",
    "elif",
    "with",
    "foreach",
    "synchronized",
    "finally",
    "unsafe",
    "impl",
    "struct",
    "enum",
    "class",
    "interface",
    "trait",
    "mod",
    "namespace",
];

/// Names that usually hold a function's answer.
pub(super) const RESULT_NAMES: &[&str] = &[
    "result",
    "results",
    "res",
    "ret",
    "total",
    "sum",
    "count",
    "output",
    "out",
    "answer",
    "acc",
    "accumulator",
    "value",
    "response",
    "buffer",
    "builder",
    "sb",
    "list",
    "items",
    "values",
];

/// Method names that change the collection they are called on.
const MUTATORS: &[&str] = &[
    "append",
    "extend",
    "push",
    "push_str",
    "add",
    "insert",
    "put",
    "update",
    "push_back",
    "emplace_back",
    "addAll",
    "set",
    "unshift",
    "concat",
    "write",
    "write_str",
];

/// One parameter of a function.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Parameter<'a> {
    /// The parameter's name.
    pub name: &'a str,
    /// Its declared type as written, or empty.
    pub type_text: &'a str,
}

/// The function whose body holds the cursor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct FunctionHeader<'a> {
    /// Its name (empty for an anonymous function).
    pub name: &'a str,
    /// Its parameters, `self` and `this` left out.
    pub parameters: Vec<Parameter<'a>>,
    /// Its result types, as written (Go may have several; empty when unknown or none).
    pub results: Vec<&'a str>,
    /// The index, in [`Context::tokens_before`], of the first token of its body.
    pub body_start: usize,
}

impl<'a> FunctionHeader<'a> {
    /// Its parameters' names, in order.
    pub fn parameter_names(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.parameters.iter().map(|parameter| parameter.name)
    }
}

/// A variable the enclosing function declared before the cursor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Local<'a> {
    /// Its name.
    pub name: &'a str,
    /// The token index of its last assignment or change.
    pub last_change: usize,
    /// Whether it changed after its declaration (`total += x`, `items.append(x)`).
    pub changed: bool,
    /// Whether it is a loop variable (`for x in ...`), which rarely is a function's answer.
    pub loop_variable: bool,
}

/// The text between two tokens, both included.
fn span_text<'a>(context: &Context<'a>, first: &Token, last: &Token) -> &'a str {
    context.code.get(first.start..last.end).unwrap_or("")
}

/// The index of the bracket closing the one at `open` (`(`, `[`, `{` or `<`), if it is in `tokens`.
pub(super) fn matching_close(
    context: &Context<'_>,
    tokens: &[Token],
    open: usize,
) -> Option<usize> {
    let opener = context.text(tokens.get(open)?);
    let closer = match opener {
        "(" => ")",
        "[" => "]",
        "{" => "}",
        "<" => ">",
        _ => return None,
    };
    let mut depth = 0usize;
    for (index, token) in tokens.iter().enumerate().skip(open) {
        if token.kind != TokenKind::Punctuation {
            continue;
        }
        let text = context.text(token);
        if text == opener {
            depth += 1;
        } else if text == closer {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                return Some(index);
            }
        }
    }
    None
}

/// The indices of the `{` left open by `tokens`, outermost first.
pub(super) fn open_braces(context: &Context<'_>, tokens: &[Token]) -> Vec<usize> {
    let mut open = Vec::new();
    for (index, token) in tokens.iter().enumerate() {
        if token.kind == TokenKind::Punctuation {
            match context.text(token) {
                "{" => open.push(index),
                "}" => {
                    open.pop();
                }
                _ => {}
            }
        }
    }
    open
}

/// The index of the first token of the header before the `{` at `brace` (after the previous `;`, `{` or `}`, or
/// after an unclosed `(` as in `items.forEach(function (item) {`).
pub(super) fn header_start(context: &Context<'_>, tokens: &[Token], brace: usize) -> usize {
    /// Tokens that, ending a line, say the statement goes on on the next one.
    const CONTINUING: &[&str] = &[
        ",", "(", "[", "=", "+", "-", "*", "/", "&&", "||", ".", "->", "=>", ":", "?", "<", "|",
        "&",
    ];
    let mut depth = 0usize;
    for index in (0..brace).rev() {
        let Some(token) = tokens.get(index) else {
            break;
        };
        // A line break after a complete statement ends the header (Go and JavaScript need no `;`), unless the
        // brace stands alone on its line (`{` under its header).
        let next_line = tokens.get(index + 1).map_or(token.line, |next| next.line);
        let collected = index + 1 < brace;
        if depth == 0
            && collected
            && next_line > token.line
            && !CONTINUING.contains(&context.text(token))
            && !c_return_type_line(context, token)
        {
            return index + 1;
        }
        if token.kind != TokenKind::Punctuation {
            continue;
        }
        match context.text(token) {
            ")" | "]" => depth += 1,
            "(" | "[" if depth == 0 => return index + 1,
            "(" | "[" => depth -= 1,
            ";" | "{" | "}" if depth == 0 => return index + 1,
            _ => {}
        }
    }
    0
}

/// Whether `token` ends a C or C++ line that holds only a definition's return type (`static int`, `void *`), the
/// style that puts the function's name at the start of the next line (`sec_flush(sec_t *sec) {`).
fn c_return_type_line(context: &Context<'_>, token: &Token) -> bool {
    if !matches!(context.profile.language, Language::C | Language::Cpp) {
        return false;
    }
    let line = context.line_of(token).trim();
    !line.is_empty()
        && !line.starts_with('#')
        && !matches!(line, "else" | "do" | "return")
        && line
            .chars()
            .all(|character| character.is_alphanumeric() || matches!(character, '_' | '*' | ' '))
}

/// The function enclosing the cursor, if its header is within the window.
pub(super) fn enclosing_function<'a>(context: &Context<'a>) -> Option<FunctionHeader<'a>> {
    match context.profile.block_style {
        BlockStyle::Colon => enclosing_python_function(context),
        BlockStyle::Brace => enclosing_braced_function(context),
        BlockStyle::Unknown => None,
    }
}

fn enclosing_python_function<'a>(context: &Context<'a>) -> Option<FunctionHeader<'a>> {
    let tokens = context.tokens_before();
    let current = if context.on_blank_line_start() {
        context.current_indentation()
    } else {
        indentation(context.line_before)
    };
    let mut lowest_seen = current;
    let mut previous_line = usize::MAX;
    for (index, token) in tokens.iter().enumerate().rev() {
        let first_on_line = index == 0
            || tokens
                .get(index - 1)
                .is_some_and(|previous| previous.line < token.line);
        if !first_on_line || token.line == previous_line || token.line == context.scan.cursor_line {
            continue;
        }
        previous_line = token.line;
        let indent = indentation(context.line_of(token));
        if indent >= lowest_seen {
            continue;
        }
        lowest_seen = indent;
        let def_index = if context.text(token) == "async" {
            index + 1
        } else {
            index
        };
        if tokens
            .get(def_index)
            .is_some_and(|def| def.is_word(context.code, "def"))
        {
            return parse_python_header(context, tokens, def_index);
        }
        if indent == 0 {
            return None;
        }
    }
    None
}

fn parse_python_header<'a>(
    context: &Context<'a>,
    tokens: &[Token],
    def: usize,
) -> Option<FunctionHeader<'a>> {
    let name = context.text(tokens.get(def + 1)?);
    let open = def + 2;
    if !tokens.get(open)?.is_symbol(context.code, "(") {
        return None;
    }
    let close = matching_close(context, tokens, open)?;
    let colon = (close + 1..tokens.len()).find(|&index| {
        tokens
            .get(index)
            .is_some_and(|token| token.is_symbol(context.code, ":"))
    })?;
    let results = match (tokens.get(close + 1), tokens.get(colon - 1)) {
        (Some(arrow), Some(last)) if arrow.is_symbol(context.code, "->") && colon > close + 2 => {
            vec![span_text(context, tokens.get(close + 2)?, last)]
        }
        _ => Vec::new(),
    };
    let parameters = parse_parameters(context, tokens.get(open + 1..close)?);
    Some(FunctionHeader {
        name,
        parameters,
        results,
        body_start: colon + 1,
    })
}

fn enclosing_braced_function<'a>(context: &Context<'a>) -> Option<FunctionHeader<'a>> {
    let tokens = context.tokens_before();
    for &brace in open_braces(context, tokens).iter().rev() {
        let start = header_start(context, tokens, brace);
        let header = tokens.get(start..brace)?;
        if let Some(mut function) = parse_braced_header(context, header) {
            function.body_start = brace + 1;
            return Some(function);
        }
    }
    None
}

/// The words of the header before the `{` at `brace` (`impl fmt::Display for Point`), as text.
pub(super) fn header_words<'a>(
    context: &Context<'a>,
    tokens: &[Token],
    brace: usize,
) -> Vec<&'a str> {
    tokens
        .get(header_start(context, tokens, brace)..brace)
        .unwrap_or_default()
        .iter()
        .map(|token| context.text(token))
        .collect()
}

/// Reads a function header (the tokens before its `{`), or `None` if the block is not a function's.
fn parse_braced_header<'a>(context: &Context<'a>, header: &[Token]) -> Option<FunctionHeader<'a>> {
    let first = context.text(header.first()?);
    if CONTROL_KEYWORDS.contains(&first) {
        return None;
    }
    let texts: Vec<&str> = header.iter().map(|token| context.text(token)).collect();
    let language = context.profile.language;
    let position = |word: &str| texts.iter().position(|text| *text == word);
    let (name, open) = match language {
        Language::Rust => {
            let keyword = position("fn")?;
            let mut open = keyword + 2;
            if texts.get(open) == Some(&"<") {
                open = matching_close(context, header, open)? + 1;
            }
            (*texts.get(keyword + 1)?, open)
        }
        Language::Go => {
            let keyword = position("func")?;
            let mut name = keyword + 1;
            if texts.get(name) == Some(&"(") {
                name = matching_close(context, header, name)? + 1;
            }
            if texts.get(name) == Some(&"(") {
                ("", name)
            } else if texts.get(name + 1) == Some(&"[") {
                // A generic function's type parameters: `func Max[T int | float64](a, b T) T`.
                (
                    *texts.get(name)?,
                    matching_close(context, header, name + 1)? + 1,
                )
            } else {
                (*texts.get(name)?, name + 1)
            }
        }
        Language::JavaScript | Language::TypeScript => {
            let (name, open) = javascript_function_start(&texts)?;
            // A generic function's type parameters (`function identity<T>(arg: T)`) come before its own.
            match texts.get(open) {
                Some(&"<") if texts.get(open.checked_sub(1)?) == Some(&name) => {
                    (name, matching_close(context, header, open)? + 1)
                }
                _ => (name, open),
            }
        }
        _ => {
            if texts
                .iter()
                .take_while(|text| **text != "(")
                .any(|text| matches!(*text, "=" | "." | "new" | "->"))
            {
                return None;
            }
            let open = position("(")?;
            let name = *texts.get(open.checked_sub(1)?)?;
            if !header
                .get(open - 1)
                .is_some_and(|token| token.kind == TokenKind::Identifier)
                || CONTROL_KEYWORDS.contains(&name)
                || open < 2
                    && matches!(language, Language::Java | Language::C | Language::Cpp)
                    // An enum's constructor has no modifier (`Planet(double mass) {` in `enum Planet`); a class's
                    // package-private ones stay unrecognised: recognising them made the JDK's offer `this.x = x`
                    // for the wrong parameter (see the tests).
                    && !(language == Language::Java
                        && name.starts_with(char::is_uppercase)
                        && (context.code.contains(&format!("enum {name} {{"))
                            || context.code.contains(&format!("enum {name}{{"))))
            {
                return None;
            }
            (name, open)
        }
    };
    if texts.get(open) != Some(&"(") {
        // An arrow function with one bare parameter: `item => {`.
        let parameter = *texts.get(open)?;
        let parameters = vec![Parameter {
            name: parameter,
            type_text: "",
        }];
        return Some(FunctionHeader {
            name,
            parameters,
            results: Vec::new(),
            body_start: 0,
        });
    }
    let close = matching_close(context, header, open)?;
    let parameters = parse_parameters(context, header.get(open + 1..close)?);
    let results = parse_results(context, header, open, close);
    Some(FunctionHeader {
        name,
        parameters,
        results,
        body_start: 0,
    })
}

/// Where a JavaScript function's parameters start, and its name: `function f(`, `f = (a) =>`, `f(a) {`, `x => {`.
fn javascript_function_start<'t>(texts: &[&'t str]) -> Option<(&'t str, usize)> {
    if let Some(keyword) = texts.iter().position(|text| *text == "function") {
        let after = keyword + 1 + usize::from(texts.get(keyword + 1) == Some(&"*"));
        return if texts.get(after) == Some(&"(") {
            // `const add = function (a, b) {`, `add: function (a, b) {`: named by what it is given to.
            let given_to = keyword
                .checked_sub(2)
                .filter(|&name| matches!(texts.get(name + 1), Some(&"=" | &":")))
                .and_then(|name| texts.get(name))
                .copied()
                .filter(|name| name.chars().all(super::lexer::is_identifier_char));
            Some((given_to.unwrap_or(""), after))
        } else {
            Some((texts.get(after)?, after + 1))
        };
    }
    if let Some(arrow) = texts.iter().rposition(|text| *text == "=>") {
        let assigned = texts.iter().position(|text| *text == "=");
        let name = assigned
            .and_then(|equals| equals.checked_sub(1))
            .and_then(|index| texts.get(index))
            .copied();
        let open = match texts.get(arrow.checked_sub(1)?) {
            Some(&")") => {
                let mut depth = 0usize;
                let mut open = None;
                for index in (0..arrow).rev() {
                    match texts.get(index) {
                        Some(&")") => depth += 1,
                        Some(&"(") => {
                            depth -= 1;
                            if depth == 0 {
                                open = Some(index);
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                open?
            }
            _ => arrow - 1,
        };
        return Some((name.unwrap_or(""), open));
    }
    // A method: `name(params) {`, possibly after `async`, `static`, `get`, `set`.
    let open = texts.iter().position(|text| *text == "(")?;
    let name = texts.get(open.checked_sub(1)?)?;
    let valid = name.starts_with(|c: char| c.is_alphabetic() || c == '_' || c == '$')
        && texts.get(..open - 1)?.iter().all(|word| {
            matches!(
                *word,
                "async" | "static" | "get" | "set" | "*" | "public" | "private" | "protected"
            )
        });
    valid.then_some((name, open))
}

/// Splits a parameter list (between the parentheses) into parameters.
fn parse_parameters<'a>(context: &Context<'a>, tokens: &[Token]) -> Vec<Parameter<'a>> {
    let mut parameters = Vec::new();
    let mut depth = 0usize;
    let mut part_start = 0;
    for index in 0..=tokens.len() {
        let text = tokens.get(index).map_or(",", |token| context.text(token));
        match text {
            "(" | "[" | "{" | "<" => depth += 1,
            ")" | "]" | "}" | ">" => depth = depth.saturating_sub(1),
            "," if depth == 0 => {
                if let Some(parameter) = tokens
                    .get(part_start..index)
                    .and_then(|part| parse_parameter(context, part))
                {
                    parameters.push(parameter);
                }
                part_start = index + 1;
            }
            _ => {}
        }
    }
    parameters
}

fn parse_parameter<'a>(context: &Context<'a>, part: &[Token]) -> Option<Parameter<'a>> {
    let is_name = |token: &&Token| {
        token.kind == TokenKind::Identifier
            && !matches!(
                context.text(token),
                "mut"
                    | "ref"
                    | "public"
                    | "private"
                    | "protected"
                    | "readonly"
                    | "const"
                    | "final"
                    | "let"
                    | "var"
            )
    };
    let default = part
        .iter()
        .position(|token| token.is_symbol(context.code, "="))
        .unwrap_or(part.len());
    // A bracket after the name is an array's (`int arr[]`, `xs: [i32; 3]`, `*args[0]`); Java's `int[] arr`
    // writes it in the type, before any name: only a bracket after two words (the type and the name) ends them.
    let bracket = part
        .iter()
        .position(|token| token.is_symbol(context.code, "["))
        .filter(|&at| {
            let type_first = matches!(
                context.profile.language,
                Language::Java | Language::C | Language::Cpp
            );
            !type_first
                || part
                    .get(..at)
                    .is_some_and(|before| before.iter().filter(|token| is_name(token)).count() >= 2)
        })
        .unwrap_or(part.len());
    let until_default = default.min(bracket);
    let declared = part.get(..until_default)?;
    let name_index = match context.profile.language {
        Language::Java | Language::C | Language::Cpp => {
            declared.iter().rposition(|token| is_name(&token))?
        }
        _ => declared.iter().position(|token| is_name(&token))?,
    };
    let name_token = declared.get(name_index)?;
    let name = context.text(name_token);
    if matches!(name, "self" | "cls" | "this") {
        return None;
    }
    let type_tokens = match context.profile.language {
        Language::Java | Language::C | Language::Cpp => declared.get(..name_index)?,
        _ => {
            let after = declared.get(name_index + 1..)?;
            match after.split_first() {
                Some((colon, rest)) if colon.is_symbol(context.code, ":") => rest,
                _ => after,
            }
        }
    };
    let type_text = match (type_tokens.first(), type_tokens.last()) {
        (Some(first), Some(last)) => span_text(context, first, last),
        _ => "",
    };
    Some(Parameter { name, type_text })
}

/// The result types written after the parameter list closing at `close` (Go, Rust, TypeScript) or before the name
/// (Java, C, C++).
fn parse_results<'a>(
    context: &Context<'a>,
    header: &[Token],
    open: usize,
    close: usize,
) -> Vec<&'a str> {
    match context.profile.language {
        Language::Go => {
            let (Some(first), Some(last)) = (header.get(close + 1), header.last()) else {
                return Vec::new();
            };
            let text = span_text(context, first, last);
            match text
                .strip_prefix('(')
                .and_then(|inner| inner.strip_suffix(')'))
            {
                // `(n int, err error)` or `(*Config, error)`: the type is the last word of each part.
                Some(inner) => split_top_level(inner)
                    .into_iter()
                    .map(|part| part.trim())
                    .map(|part| {
                        part.rsplit_once(' ')
                            .filter(|(name, _)| !name.contains(['(', '[']))
                            .map_or(part, |(_, type_text)| type_text)
                    })
                    .collect(),
                None => vec![text],
            }
        }
        Language::Rust | Language::TypeScript => {
            let arrow = header.get(close + 1..).and_then(|rest| {
                rest.iter().position(|token| {
                    token.is_symbol(context.code, "->") || token.is_symbol(context.code, ":")
                })
            });
            match arrow.and_then(|arrow| header.get(close + 2 + arrow..)) {
                Some([first, .., last]) => vec![span_text(context, first, last)],
                Some([only]) => vec![context.text(only)],
                _ => Vec::new(),
            }
        }
        Language::Java | Language::C | Language::Cpp if open >= 2 => header
            .get(open - 2)
            .map(|token| vec![context.text(token)])
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// Splits `text` at the commas outside brackets.
pub(super) fn split_top_level(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (index, character) in text.char_indices() {
        match character {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                parts.push(text.get(start..index).unwrap_or(""));
                start = index + 1;
            }
            _ => {}
        }
    }
    parts.push(text.get(start..).unwrap_or(""));
    parts
}

/// The locals the function declared between `body_start` and the cursor.
pub(super) fn locals<'a>(context: &Context<'a>, body_start: usize) -> Vec<Local<'a>> {
    let tokens = context.tokens_before();
    let language = context.profile.language;
    let mut locals: Vec<Local<'a>> = Vec::new();
    let body = tokens.get(body_start..).unwrap_or_default();
    for (offset, token) in body.iter().enumerate() {
        if token.kind != TokenKind::Identifier {
            continue;
        }
        let index = body_start + offset;
        let name = context.text(token);
        let previous = index
            .checked_sub(1)
            .and_then(|previous| tokens.get(previous));
        let next = tokens.get(index + 1);
        let previous_text = previous.map_or("", |previous| context.text(previous));
        let next_text = next.map_or("", |next| context.text(next));
        if previous_text == "." || previous_text == "->" || context.is_keyword(token) {
            continue;
        }
        let statement_start = previous.is_none_or(|previous| {
            previous.line < token.line || matches!(previous_text, ";" | "{" | "}")
        });
        let loop_variable = tokens
            .iter()
            .take(index)
            .rev()
            .take(4)
            .any(|token| token.is_word(context.code, "for"))
            && matches!(next_text, "in" | "of" | ":" | "=" | ":=" | "," | ")");
        let declares = matches!(previous_text, "let" | "const" | "var" | "mut" | "auto")
            || (statement_start && matches!(next_text, "=" | ":="))
            || (matches!(language, Language::Java | Language::C | Language::Cpp)
                && matches!(next_text, "=" | ";")
                && previous.is_some_and(|previous| {
                    (previous.kind == TokenKind::Identifier && !context.is_keyword(previous))
                        || matches!(
                            previous_text,
                            ">" | "*"
                                | "]"
                                | "int"
                                | "char"
                                | "double"
                                | "float"
                                | "long"
                                | "bool"
                                | "auto"
                                | "String"
                        )
                }))
            || (language == Language::Python && previous_text == "for");
        let mutator = next_text == "."
            && tokens
                .get(index + 2)
                .is_some_and(|method| MUTATORS.contains(&context.text(method)));
        let assigns = matches!(
            next_text,
            "=" | "+=" | "-=" | "*=" | "/=" | "++" | "--" | "%="
        ) || mutator;
        if let Some(local) = locals.iter_mut().find(|local| local.name == name) {
            if assigns {
                local.changed = true;
                local.last_change = index;
            }
        } else if declares {
            locals.push(Local {
                name,
                last_change: index,
                changed: false,
                loop_variable,
            });
        }
    }
    locals
}

/// The local most likely to be the function's answer: a conventional result name, or an accumulator the body
/// kept changing; the most recently changed breaks ties. Loop variables are left out.
pub(super) fn likely_result<'a>(locals: &[Local<'a>]) -> Option<(Local<'a>, bool)> {
    let score = |local: &Local<'_>| {
        2 * u32::from(RESULT_NAMES.contains(&local.name)) + 2 * u32::from(local.changed)
    };
    let best = locals
        .iter()
        .filter(|local| !local.loop_variable)
        .max_by(|left, right| {
            score(left)
                .cmp(&score(right))
                .then(left.last_change.cmp(&right.last_change))
        })?;
    Some((*best, score(best) > 0))
}

/// The local declared last when it was read out of `chosen` (`data = res.json()` after `res = fetch(url)`): a
/// `res` or a `response` named like a result was only the way to the answer. Chosen for its name alone, not for
/// a change, `chosen` gives way.
fn read_into_later<'a>(
    context: &Context<'a>,
    locals: &[Local<'a>],
    chosen: Local<'a>,
) -> Option<(Local<'a>, bool)> {
    if chosen.changed {
        return None;
    }
    let latest = locals
        .iter()
        .filter(|local| !local.loop_variable)
        .max_by_key(|local| local.last_change)?;
    if latest.name == chosen.name || latest.changed {
        return None;
    }
    let read = format!("{}.", chosen.name);
    let declaration = context.code_lines_above().find(|line| {
        line.split_once(" = ").is_some_and(|(target, _)| {
            // `const user: User = await res.json();` declares `user`, not its type.
            let declared = target.split_once(':').map_or(target, |(name, _)| name);
            declared.split_whitespace().next_back() == Some(latest.name)
        })
    })?;
    let (_, value) = declaration.split_once(" = ")?;
    let reads_chosen = value.match_indices(&read).any(|(at, _)| {
        value
            .get(..at)
            .and_then(|before| before.chars().next_back())
            .is_none_or(|c| !is_identifier_char(c) && c != '.')
    });
    reads_chosen.then_some((*latest, true))
}

/// Whether the lines above, up to its declaration, fill `name` in (`errors.email = `, `items.push(`,
/// `counts[key] = `) and do nothing else with it: a value read on the way (`if (found.length === 0)`) was built
/// for another answer.
fn only_filled(context: &Context<'_>, name: &str) -> bool {
    let mut filled = false;
    for line in context.code_lines_above().take(60) {
        for (at, _) in line.match_indices(name) {
            let after = line.get(at + name.len()..).unwrap_or("");
            let before = line.get(..at).unwrap_or("");
            let whole = before
                .chars()
                .next_back()
                .is_none_or(|c| !is_identifier_char(c) && c != '.')
                && after.chars().next().is_none_or(|c| !is_identifier_char(c));
            if !whole {
                continue;
            }
            if ["const ", "let "]
                .iter()
                .any(|keyword| before.trim_end().ends_with(keyword.trim_end()))
                && before.trim().len() <= "const".len()
            {
                return filled;
            }
            let fills = after.starts_with(".push(")
                || (after.starts_with('.') || after.starts_with('['))
                    && after.contains(" = ")
                    && !after.contains("==")
                    && before.trim().is_empty();
            if !fills {
                return false;
            }
            filled = true;
        }
    }
    false
}

/// The collection a Python function built and now returns at the end of its body: `tokens = []` at the body's
/// level, then only filled (`tokens.append(token)`, `usage[path] = size`, `counts.update(words)`), and `return `
/// at that level -> `tokens`. A list of strings is most often joined before it is returned (`"".join(parts)`),
/// and a function that builds two collections may return either: nothing is said then.
fn python_built_result<'a>(context: &Context<'a>) -> Option<&'a str> {
    /// How many lines of the function are read, at most.
    const LINES: usize = 80;
    const EMPTY: &[&str] = &[
        "[]",
        "{}",
        "set()",
        "dict()",
        "list()",
        "bytearray()",
        "OrderedDict()",
        "collections.OrderedDict()",
        "Counter()",
        "collections.Counter()",
        "deque()",
        "collections.deque()",
    ];
    let in_function = context
        .enclosing_lines()
        .next()
        .is_some_and(|header| header.starts_with("def ") || header.starts_with("async def "));
    if !in_function {
        return None;
    }
    let width = indentation(context.line_before);
    let mut built: Option<(&str, usize)> = None;
    let lines: Vec<&str> = context
        .code_before_line()
        .lines()
        .rev()
        .take(LINES)
        .filter(|line| !line.trim().is_empty())
        .take_while(|line| indentation(line) >= width)
        .collect();
    for (at, line) in lines.iter().enumerate() {
        if indentation(line) != width {
            continue;
        }
        let Some((name, value)) = line.trim().split_once(" = ") else {
            continue;
        };
        let empty = EMPTY.contains(&value)
            || ["defaultdict(", "collections.defaultdict("]
                .iter()
                .any(|call| value.starts_with(call));
        if empty && super::lexer::is_plain_name(name) {
            if built.is_some() {
                return None;
            }
            built = Some((name, at));
        }
    }
    let (name, declared_at) = built?;
    let mut filled = false;
    for line in lines.get(..declared_at)? {
        // A line that stores into the collection may read it too (`counts[w] = counts.get(w, 0) + 1`).
        let stores = line.trim_start().strip_prefix(name).is_some_and(|rest| {
            rest.starts_with('[') && (rest.contains("] = ") || rest.contains("] += "))
        });
        for (at, _) in line.match_indices(name) {
            let before = line.get(..at).unwrap_or("");
            let after = line.get(at + name.len()..).unwrap_or("");
            let whole = before
                .chars()
                .next_back()
                .is_none_or(|c| !is_identifier_char(c) && c != '.')
                && after.chars().next().is_none_or(|c| !is_identifier_char(c));
            if !whole {
                continue;
            }
            let added = [
                ".append(",
                ".extend(",
                ".add(",
                ".update(",
                ".insert(",
                ".appendleft(",
            ]
            .iter()
            .find_map(|method| after.strip_prefix(method));
            let text = |argument: &str| {
                let argument = argument.strip_prefix('f').unwrap_or(argument);
                argument.starts_with(['"', '\''])
            };
            if added.is_some_and(text) {
                return None;
            }
            let stored = after.starts_with('[')
                && before.trim().is_empty()
                && (after.contains("] = ")
                    || after.contains("] += ")
                    || after.contains("].append("));
            // Reading it while it is filled: a membership test, a lookup.
            let read = before.ends_with(" in ") || after.starts_with(".get(") || stores;
            if added.is_none() && !stored && !read {
                return None;
            }
            filled |= added.is_some() || stored;
        }
    }
    filled.then_some(name)
}

/// The value a Python function prepared and checked, returned at the end of its body: `method = method.upper()`,
/// then `if method not in _METHODS: raise ...`, then `return ` -> `method`; a value made longer under an `if`
/// (`if params: url = url + "?" + query`, then `return ` -> `url`); a one-parameter function that only checked
/// its parameter (`if not 0 < port < 65536: raise ...`) returns it. The value must be a parameter, named as a
/// result (`value`, `result`) or named in the function's name (`url` of `build_url`): `unit = unit.lower()`
/// in `parse_size` is one step of a computation, not its answer.
fn python_checked_result<'a>(
    context: &Context<'a>,
    function: &FunctionHeader<'a>,
) -> Option<&'a str> {
    /// How many lines of the function are read, at most.
    const LINES: usize = 80;
    let in_function = context
        .enclosing_lines()
        .next()
        .is_some_and(|header| header.starts_with("def ") || header.starts_with("async def "));
    if !in_function {
        return None;
    }
    let parameters: Vec<&str> = function
        .parameter_names()
        .filter(|name| !matches!(*name, "self" | "cls"))
        .collect();
    let words = name_words(function.name);
    // A result's name alone is no proof: `total = sum(numbers)` in `average` is divided before it is returned.
    let answer = |name: &str, checked: bool| {
        parameters.contains(&name)
            || checked && RESULT_NAMES.contains(&name)
            || words.iter().any(|word| word == name)
    };
    let assigned = |line: &'a str| {
        let (target, _) = line
            .trim()
            .split_once(" = ")
            .or_else(|| line.trim().split_once(" += "))?;
        super::lexer::is_plain_name(target).then_some(target)
    };
    let width = indentation(context.line_before);
    let mut block_last: Option<&str> = None;
    let mut checked = false;
    let mut transformed: Option<&str> = None;
    for line in context
        .code_before_line()
        .lines()
        .rev()
        .take(LINES)
        .filter(|line| !line.trim().is_empty())
    {
        let depth = indentation(line);
        if depth > width {
            block_last.get_or_insert(line.trim());
            continue;
        }
        if depth < width {
            // The function's header: only checks stood between it and the `return`.
            return match parameters.as_slice() {
                [only] if checked && line.trim_start().starts_with("def ") => Some(only),
                _ => None,
            };
        }
        let statement = line.trim();
        let last = block_last.take();
        let header = statement.starts_with("if ") || statement.starts_with("elif ");
        if let Some(target) = transformed {
            // One more step of the same value's pipeline (`value = value.strip().lower()` above `value =
            // re.sub(...)`), or nothing to say.
            return (assigned(line) == Some(target)).then_some(target);
        }
        if header && last.is_some_and(|last| last.starts_with("raise ")) {
            checked = true;
            continue;
        }
        // Under an `if`, only a value made longer (`url = url + "?" + query`, `path += suffix`): one given a
        // default (`if size < 0: size = DEFAULT`) or unwrapped (`other = other.data`) is used further on.
        let extended = |line: &'a str| {
            let target = assigned(line)?;
            let value = line.trim().strip_prefix(target)?;
            (value.starts_with(" += ") || value.starts_with(&format!(" = {target} + ")))
                .then_some(target)
        };
        let target = if header {
            last.and_then(extended)
        } else {
            assigned(line)
        };
        let target = target.filter(|target| answer(target, checked))?;
        // A value assigned once and returned unchecked is as often computed further (`text =
        // self._munge_whitespace(text)`, then `return self._split(text)`): only a pipeline of its own steps or
        // a value made longer under an `if` is sure.
        if checked || header {
            return Some(target);
        }
        transformed = Some(target);
    }
    None
}

/// Whether `name` was declared empty (`const errors = {};`, `const items: Item[] = [];`) within the lines above.
fn built_empty(context: &Context<'_>, name: &str) -> bool {
    context.code_lines_above().take(60).any(|line| {
        let Some(rest) = ["const ", "let "]
            .iter()
            .find_map(|keyword| line.strip_prefix(keyword))
            .and_then(|rest| rest.strip_prefix(name))
        else {
            return false;
        };
        let Some((_, value)) = rest.split_once("= ") else {
            return false;
        };
        let value = value.trim_end_matches(';').trim();
        (rest.starts_with(" =") || rest.starts_with(':'))
            && (matches!(value, "{}" | "[]") || sized_empty(value))
    })
}

/// Whether a value is a typed array or a buffer made empty at a size (`new Uint8Array(len)`, `Buffer.alloc(4)`),
/// to be filled: not one wrapping another buffer (`new Uint8Array(buf)`).
fn sized_empty(value: &str) -> bool {
    const MAKERS: &[&str] = &[
        "new Uint8Array(",
        "new Uint16Array(",
        "new Uint32Array(",
        "new Int32Array(",
        "new Float64Array(",
        "Buffer.alloc(",
        "Buffer.allocUnsafe(",
    ];
    MAKERS
        .iter()
        .find_map(|maker| value.strip_prefix(maker))
        .and_then(|rest| rest.strip_suffix(')'))
        .is_some_and(|size| {
            let lowered = size.to_ascii_lowercase();
            size.chars().all(|c| c.is_ascii_digit())
                || ["len", "size", "length", "count"]
                    .iter()
                    .any(|word| lowered.contains(word))
                || size.contains(['(', '*', '/', '+'])
        })
}

/// Whether the cursor's line is a statement of the function body itself, not of a block inside it: the line that
/// encloses it is no control statement's header, `case` or `else`.
pub(super) fn at_body_level(context: &Context<'_>) -> bool {
    context.enclosing_lines().next().is_some_and(|header| {
        // A header spread over lines is read from its first line; a lone `{` opens an Allman-style body.
        !header.starts_with('}')
            && !header.ends_with(':')
            && !CONTROL_KEYWORDS.iter().any(|keyword| {
                header
                    .strip_prefix(keyword)
                    .is_some_and(|rest| rest.starts_with([' ', '(', '{']))
            })
    })
}

/// The words of a name, lower-cased: `calculate_sum` and `calculateSum` both give `calculate`, `sum`.
fn name_words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut previous_lower = false;
    for character in name.chars() {
        if character == '_' || character == '-' {
            previous_lower = false;
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            continue;
        }
        if character.is_uppercase() && previous_lower && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        previous_lower = character.is_lowercase() || character.is_ascii_digit();
        current.extend(character.to_lowercase());
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// What a one-parameter function's name says it computes from its parameter (`double(x)` -> `x * 2`,
/// `square(n)` -> `n * n`, `isEven(n)` -> `n % 2 == 0`, `===` in JavaScript and TypeScript): the whole name must
/// say it, so `double_click(event)` or `squareRoot(x)` say nothing.
pub(super) fn unary_operation(
    function_name: &str,
    parameter: &str,
    language: Language,
) -> Option<String> {
    let (equal, unequal) = match language {
        Language::JavaScript | Language::TypeScript => ("===", "!=="),
        _ => ("==", "!="),
    };
    let words = name_words(function_name);
    let words: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|word| {
            !matches!(
                *word,
                "number" | "num" | "value" | "it" | "calculate" | "get"
            )
        })
        .collect();
    let expression = match words.as_slice() {
        ["double"] | ["twice"] => format!("{parameter} * 2"),
        ["triple"] => format!("{parameter} * 3"),
        ["square"] | ["squared"] => format!("{parameter} * {parameter}"),
        ["cube"] | ["cubed"] => format!("{parameter} * {parameter} * {parameter}"),
        ["half"] | ["halve"] => format!("{parameter} / 2"),
        ["increment"] | ["inc"] | ["add", "one"] => format!("{parameter} + 1"),
        ["decrement"] | ["dec"] => format!("{parameter} - 1"),
        ["negate"] => format!("-{parameter}"),
        ["is", "even"] => format!("{parameter} % 2 {equal} 0"),
        ["is", "odd"] => format!("{parameter} % 2 {unequal} 0"),
        ["is", "positive"] => format!("{parameter} > 0"),
        ["is", "negative"] => format!("{parameter} < 0"),
        _ => return None,
    };
    Some(expression)
}

/// The operator that a function's name says combines its parameters (`calculate_sum` -> `+`): a whole word of
/// the name must say it, so `is_subtree` or `addListener` say nothing.
pub(super) fn operator_for(function_name: &str) -> Option<&'static str> {
    let words = name_words(function_name);
    let has = |wanted: &[&str]| words.iter().any(|word| wanted.contains(&word.as_str()));
    // Besides the operation, only words that say nothing of what is returned: `calculate_sum`, `addNumbers`,
    // never `addListener`.
    const NEUTRAL: &[&str] = &[
        "calculate",
        "calc",
        "compute",
        "get",
        "do",
        "make",
        "find",
        "numbers",
        "nums",
        "values",
        "two",
        "ints",
        "of",
        "the",
        "and",
        "it",
        "them",
        "up",
    ];
    const OPERATIONS: &[&str] = &[
        "area",
        "sum",
        "add",
        "plus",
        "total",
        "combine",
        "concat",
        "multiply",
        "product",
        "times",
        "mul",
        "subtract",
        "difference",
        "minus",
        "sub",
        "diff",
        "divide",
        "quotient",
        "ratio",
        "div",
    ];
    if words
        .iter()
        .any(|word| !NEUTRAL.contains(&word.as_str()) && !OPERATIONS.contains(&word.as_str()))
    {
        return None;
    }
    if has(&["sum", "add", "plus", "total", "combine", "concat"]) {
        Some(" + ")
    } else if has(&["multiply", "product", "times", "mul", "area"]) {
        Some(" * ")
    } else if has(&["subtract", "difference", "minus", "sub", "diff"]) {
        Some(" - ")
    } else if has(&["divide", "quotient", "ratio", "div"]) {
        Some(" / ")
    } else {
        None
    }
}

/// The value after a `return` that the cursor follows, with its confidence; the same rule in every language.
///
/// Only two cases are sure enough to be shown inline: a function whose first statement is this `return` and
/// whose name says how its two or three parameters combine (`def calculate_sum(a, b): return` -> `a + b`) or
/// what it computes from its one parameter (`def square(n): return` -> `n * n`). An
/// accumulated local (`total += x` ... `return total`) or the single parameter are offered below the inline bar
/// (0.75): on real code they are right one time in five.
/// Whether a list is among the function's parameters or is its result: the name is then a problem's title, not an
/// operation (`twoSum(nums: number[], target)` returns the indices of two elements, not `nums + target`).
fn declares_collection(function: &FunctionHeader<'_>) -> bool {
    function
        .parameters
        .iter()
        .map(|parameter| parameter.type_text)
        .chain(function.results.iter().copied())
        .any(|type_text| type_text.contains('[') || type_text.contains("List"))
}

/// What a function named for an operation on its parameters returns (`add(a, b)` -> `a + b`, `isEven(n)` -> `n % 2
/// == 0`), while its body holds nothing but the cursor's line.
pub(super) fn named_operation(context: &Context<'_>) -> Option<String> {
    let function = enclosing_function(context)?;
    let body = context.tokens_before().get(function.body_start..)?;
    if body
        .iter()
        .any(|token| token.line != context.scan.cursor_line)
    {
        return None;
    }
    let names: Vec<&str> = function.parameter_names().collect();
    if declares_collection(&function) {
        return None;
    }
    match names.as_slice() {
        [parameter] => unary_operation(function.name, parameter, context.profile.language),
        _ if (2..=3).contains(&names.len()) => {
            operator_for(function.name).map(|operator| names.join(operator))
        }
        _ => None,
    }
}

pub(super) fn return_value<'a>(context: &Context<'a>) -> Option<(String, f64)> {
    let function = enclosing_function(context)?;
    let names: Vec<&str> = function.parameter_names().collect();
    // Only `return` stands between the function's header and the cursor.
    let first_statement = context.tokens_before().len() <= function.body_start + 1;
    let declares_collection = declares_collection(&function);
    if first_statement
        && !declares_collection
        && (2..=3).contains(&names.len())
        && let Some(operator) = operator_for(function.name)
    {
        return Some((names.join(operator), 0.95));
    }
    if let ([parameter], true) = (names.as_slice(), first_statement)
        && let Some(expression) =
            unary_operation(function.name, parameter, context.profile.language)
    {
        return Some((expression, 0.9));
    }
    if context.profile.language == Language::Python
        && let Some(built) = python_built_result(context)
    {
        return Some((built.to_owned(), 0.8));
    }
    if context.profile.language == Language::Python
        && let Some(checked) = python_checked_result(context, &function)
    {
        return Some((checked.to_owned(), 0.8));
    }
    let locals = locals(context, function.body_start);
    // TypeScript: the one local declared with the function's result type (`let best: T | undefined;` in a
    // function returning `T | undefined`) is its answer, at the body's own level.
    if context.profile.language == Language::TypeScript
        && at_body_level(context)
        && let [result] = function.results.as_slice()
    {
        let typed_as_result: Vec<&str> = locals
            .iter()
            .filter(|local| !local.loop_variable)
            .filter(|local| {
                context.code_lines_above().take(60).any(|line| {
                    ["let ", "const ", "var "].iter().any(|keyword| {
                        line.strip_prefix(keyword)
                            .and_then(|rest| rest.strip_prefix(local.name))
                            .and_then(|rest| rest.strip_prefix(": "))
                            .is_some_and(|rest| {
                                rest.split([';', '='])
                                    .next()
                                    .is_some_and(|kind| kind.trim() == result.trim())
                            })
                    })
                })
            })
            .map(|local| local.name)
            .collect();
        if let [only] = typed_as_result.as_slice() {
            return Some(((*only).to_owned(), 0.8));
        }
    }
    if let Some((local, convincing)) = likely_result(&locals).map(|(local, convincing)| {
        read_into_later(context, &locals, local).unwrap_or((local, convincing))
    }) {
        // `total += x` in a loop that has just ended: the accumulated value is the answer. Outside JavaScript it
        // must be named like one: on the corpus, any local changed before the loop's end was right 2 times for 16
        // wrong in the other languages (their code returns `NULL`, `None`, `false` there: the result was returned
        // inside the loop), and 10 times for 7 in JavaScript.
        let accumulator = matches!(
            context.profile.language,
            Language::JavaScript | Language::TypeScript
        ) || RESULT_NAMES.contains(&local.name);
        // C keeps its answer in `ret` (`rc`, `result`) through the function and returns it at the end, at the
        // body's own level (on the corpus 21 times right for 7 wrong, against about one in three elsewhere).
        let c_result = matches!(context.profile.language, Language::C | Language::Cpp)
            && RESULT_NAMES.contains(&local.name)
            && at_body_level(context);
        // A JavaScript function that builds an object, a list or an element (`const errors = {};` filled field by
        // field) returns it at the end of its body.
        let built = matches!(
            context.profile.language,
            Language::JavaScript | Language::TypeScript
        ) && at_body_level(context)
            && built_empty(context, local.name)
            && only_filled(context, local.name);
        let confidence =
            if local.changed && loop_just_ended(context) && accumulator || c_result || built {
                // An average's loop summed: the answer divides the sum by the count.
                if let Some(mean) = mean_of_sum(context, &function, local.name) {
                    return Some((mean, 0.8));
                }
                0.8
            } else if convincing {
                0.7
            } else {
                0.5
            };
        return Some((local.name.to_owned(), confidence));
    }
    match names.as_slice() {
        [only] => {
            Some(textbook_recursion(context, &function, only).unwrap_or(((*only).to_owned(), 0.5)))
        }
        [base, exponent] => power_recursion(context, &function, base, exponent),
        _ => None,
    }
}

/// `return ` after the loop that summed into `total`, in a function named for an average (`average`, `mean`,
/// `avg`): the sum divided by the count, which is the parameter named for one (`n`, `count`, `size`) or the
/// length of the collection parameter (`len(nums)`, `arr.length`, `v.size()`); an integer sum is converted first
/// where the division would otherwise truncate (C's `(double) sum / n`, Go's `float64(sum)`). Rust's tail
/// expression has no `return` to follow and is left alone.
pub(super) fn mean_of_sum(
    context: &Context<'_>,
    function: &FunctionHeader<'_>,
    total: &str,
) -> Option<String> {
    let name = function.name.to_ascii_lowercase();
    if !(name.contains("average") || name.contains("mean") || name.contains("avg")) {
        return None;
    }
    let language = context.profile.language;
    let counted = |name: &str| matches!(name, "n" | "count" | "size" | "len" | "length" | "num");
    let count_parameter = function
        .parameters
        .iter()
        .find(|parameter| counted(parameter.name));
    let collection = function
        .parameters
        .iter()
        .find(|parameter| !counted(parameter.name))?;
    let c = collection.name;
    let count = match (count_parameter, language) {
        (Some(parameter), Language::Go) => format!("float64({})", parameter.name),
        (Some(parameter), _) => parameter.name.to_owned(),
        (None, Language::Python) => format!("len({c})"),
        (None, Language::JavaScript | Language::TypeScript) => format!("{c}.length"),
        (None, Language::Java) if collection.type_text.contains('[') => format!("{c}.length"),
        (None, Language::Java) => format!("{c}.size()"),
        (None, Language::Cpp) => format!("{c}.size()"),
        (None, Language::Go) => format!("float64(len({c}))"),
        _ => return None,
    };
    // How the sum was declared: an integer one is converted before dividing.
    let declaration = context.code_lines_above().find(|line| {
        line.split_once('=').is_some_and(|(target, _)| {
            target.trim_end_matches(':').split_whitespace().next_back() == Some(total)
        })
    })?;
    let integer = declaration.starts_with("int ")
        || declaration.starts_with("long ")
        || declaration.ends_with(":= 0");
    let mean = match language {
        Language::C | Language::Cpp | Language::Java if integer => {
            format!("(double) {total} / {count}")
        }
        Language::Go if integer => format!("float64({total}) / {count}"),
        Language::Rust => return None,
        _ => format!("{total} / {count}"),
    };
    Some(mean)
}

/// The whole recursive step of the enclosing function, when it is a textbook recursion of one parameter or a power
/// of two whose base case is tested above: for a step typed part of the way (`return n * factorial(`).
pub(super) fn recursion_step(
    context: &Context<'_>,
    function: &FunctionHeader<'_>,
) -> Option<String> {
    let names: Vec<&str> = function.parameter_names().collect();
    match names.as_slice() {
        [only] => textbook_step(context, function, only),
        [base, exponent] => {
            power_recursion(context, function, base, exponent).map(|(step, _)| step)
        }
        _ => None,
    }
}

/// `def power(base, exp): if exp == 0: return 1` then `return ` -> `base * power(base, exp - 1)`: a power is
/// the base times the power one lower, once the base case has returned.
fn power_recursion(
    context: &Context<'_>,
    function: &FunctionHeader<'_>,
    base: &str,
    exponent: &str,
) -> Option<(String, f64)> {
    let name = function.name;
    if !name.to_ascii_lowercase().starts_with("pow") {
        return None;
    }
    // The base case is the exponent's zero, tested by an `if` at the level of this `return`: a power computed
    // case by case (Go's `math.Pow` and its special values) is no textbook recursion.
    let width = indentation(context.line_before);
    let base_case = context.code_lines_above().take(10).any(|line| {
        let condition = line
            .strip_prefix("if")
            .map(|rest| rest.trim_start().trim_start_matches('('))
            .unwrap_or("");
        condition.starts_with(&format!("{exponent} == 0"))
            || condition.starts_with(&format!("{exponent} === 0"))
    }) && context
        .code_before_line()
        .lines()
        .rev()
        .take(10)
        .any(|line| line.trim_start().starts_with("if") && indentation(line) == width);
    base_case.then(|| (format!("{base} * {name}({base}, {exponent} - 1)"), 0.85))
}

/// `def fib(n): if n < 2: return n` then `return ` -> `fib(n - 1) + fib(n - 2)`; the same for a factorial
/// (`n * factorial(n - 1)`), a sum of digits (`n % 10 + sum_digits(n // 10)`), a string reversed (`reverse(s[1:]) +
/// s[0]`) and a list summed (`lst[0] + sum_list(lst[1:])`): a one-parameter function named for the textbook recursion, whose base case has
/// already returned, returns the recursive step. Without that earlier `return` the function may be written some
/// other way (a loop, a table), so nothing is said.
fn textbook_recursion(
    context: &Context<'_>,
    function: &FunctionHeader<'_>,
    parameter: &str,
) -> Option<(String, f64)> {
    let step = textbook_step(context, function, parameter)?;
    let body = context.tokens_before().get(function.body_start..)?;
    // The last token is the cursor's own `return`.
    let base_case_returned = body
        .split_last()
        .is_some_and(|(_, earlier)| earlier.iter().any(|token| context.text(token) == "return"));
    base_case_returned.then_some((step, 0.85))
}

/// The recursive step of a one-parameter function named for a textbook recursion (see [`textbook_recursion`]).
pub(super) fn textbook_step(
    context: &Context<'_>,
    function: &FunctionHeader<'_>,
    parameter: &str,
) -> Option<String> {
    let name = function.name;
    let lowered = name.to_ascii_lowercase();
    // A sum of digits takes off the last digit: `n % 10 + sum_digits(n // 10)`.
    let smaller = match context.profile.language {
        Language::Python => format!("{parameter} // 10"),
        // JavaScript's `/` keeps the fraction.
        Language::JavaScript | Language::TypeScript => format!("Math.floor({parameter} / 10)"),
        _ => format!("{parameter} / 10"),
    };
    // gofmt writes an argument's arithmetic without spaces inside a wider expression: `fib(n-1) + fib(n-2)`.
    let less = |by: u8| {
        if context.profile.language == Language::Go {
            format!("{parameter}-{by}")
        } else {
            format!("{parameter} - {by}")
        }
    };
    let step = if lowered.starts_with("fib") {
        format!("{name}({}) + {name}({})", less(1), less(2))
    } else if lowered.starts_with("fact") {
        format!("{parameter} * {name}({})", less(1))
    } else if lowered.contains("digit") && lowered.contains("sum") {
        format!("{parameter} % 10 + {name}({smaller})")
    } else if lowered.starts_with("revers") && !lowered.contains("word") {
        // A string reversed by recursion: the rest reversed, then the first character. Only Python has one way to
        // write the rest (JavaScript's tutorials split between `slice`, `substring` and `substr`).
        if context.profile.language != Language::Python {
            return None;
        }
        format!("{name}({parameter}[1:]) + {parameter}[0]")
    } else if lowered.starts_with("sum")
        && context.profile.language == Language::Python
        && base_case_of_empty(context, function, parameter)
    {
        format!("{parameter}[0] + {name}({parameter}[1:])")
    } else {
        return None;
    };
    Some(step)
}

/// The recursive step as a Rust function's tail expression, where no `return` is typed: on the blank line after
/// the base case's block (`if n == 0 { return 1; }`), in the `else` of `if n == 0 { 1 } else {`, or as the last
/// arm of a `match` on the parameter (`_ => ` -> `fib(n - 1) + fib(n - 2),`).
pub(super) fn recursive_tail(context: &Context<'_>) -> Option<String> {
    let typed = context.line_before.trim();
    let arm = match typed {
        "" => false,
        "_ =>" => true,
        _ => return None,
    };
    let previous = context.code_lines_above().next()?;
    let function = enclosing_function(context)?;
    let [parameter] = function.parameters.as_slice() else {
        return None;
    };
    let body = context.tokens_before().get(function.body_start..)?;
    let base_case = if arm {
        context
            .code_lines_above()
            .take(6)
            .any(|line| line == format!("match {} {{", parameter.name))
            && previous.contains("=>")
    } else {
        let returned = body.iter().any(|token| context.text(token) == "return");
        (previous == "}" && returned)
            || (previous == "} else {" && body.iter().any(|token| context.text(token) == "if"))
    };
    if !base_case {
        return None;
    }
    let step = textbook_step(context, &function, parameter.name)?;
    let lead = if context.line_before.ends_with(' ') {
        ""
    } else {
        " "
    };
    Some(if arm { format!("{lead}{step},") } else { step })
}

/// Whether the function's base case tests `parameter` for emptiness (`if not lst:`, `if len(lst) == 0:`): it
/// recurses on a list, not a number.
fn base_case_of_empty(
    context: &Context<'_>,
    function: &FunctionHeader<'_>,
    parameter: &str,
) -> bool {
    let Some(body) = context.tokens_before().get(function.body_start..) else {
        return false;
    };
    let text = body
        .first()
        .zip(body.last())
        .and_then(|(first, last)| context.code.get(first.start..last.start))
        .unwrap_or("");
    text.contains(&format!("if not {parameter}:"))
        || text.contains(&format!("if len({parameter}) == 0:"))
        || text.contains(&format!("if {parameter} == []:"))
}

/// Whether the statement before the cursor's, at the same indentation, is a loop (`for`, `while`) whose body
/// has just ended: the `return` comes right after it.
pub(super) fn loop_just_ended(context: &Context<'_>) -> bool {
    /// How many lines are walked back at most.
    const LINES_SEARCHED: usize = 300;
    let width = indentation(context.line_before);
    let before_line = context.code_before_line();
    for line in before_line.lines().rev().take(LINES_SEARCHED) {
        let trimmed = line.trim();
        let depth = indentation(line);
        if trimmed.is_empty() || depth > width {
            continue;
        }
        if depth < width {
            return false;
        }
        // The loop's closing brace, at the loop's indentation.
        if matches!(trimmed, "}" | "};" | "})" | "end") {
            continue;
        }
        return ["for ", "for(", "while ", "while("]
            .iter()
            .any(|keyword| trimmed.starts_with(keyword));
    }
    false
}

/// `receiver.` starting the statement after a message printed under an `if` -> `exit` (`os.` -> `Exit(1)` in
/// Go, `System.` -> `exit(1);` in Java): a usage or error message is followed by leaving with a failure status.
/// `reported` says whether the line above (the message) under its `if` header (the condition) is such a message.
pub(super) fn exit_after_message(
    context: &Context<'_>,
    receiver: &str,
    exit: &str,
    reported: impl Fn(&str, &str) -> bool,
    out: &mut Vec<Suggestion>,
) {
    let Some(access) = context
        .dot_member()
        .filter(|access| access.receiver == receiver)
    else {
        return;
    };
    if !context.member_starts_statement(&access) || !context.at_line_end() {
        return;
    }
    let mut above = context.code_lines_above();
    let (Some(message), Some(condition)) = (above.next(), above.next()) else {
        return;
    };
    let word = exit.split('(').next().unwrap_or(exit);
    if condition.starts_with("if ")
        && condition.ends_with('{')
        && reported(message, condition)
        && context.prefix.len() < word.len()
        && let Some(rest) = exit.strip_prefix(context.prefix)
    {
        // Above the member tables' bare `Exit()` once a letter is typed.
        out.push(Suggestion::member(rest, 0.91));
    }
}

/// Whether the cursor follows a bare `return` (with or without its space) and nothing else on the line.
/// Returns the text to put before the value: a space when the cursor is right after the keyword.
pub(super) fn after_return(context: &Context<'_>) -> Option<&'static str> {
    if !context.prefix.is_empty() && context.prefix != "return" {
        return None;
    }
    match context.line_before.trim_start() {
        "return" => Some(" "),
        "return " => Some(""),
        _ => None,
    }
}

/// In a constructor (`constructor(` in JavaScript and TypeScript; in Java a method named like a class, with a
/// capital), `this.` starting a statement -> `key = key` for the first parameter not stored yet: constructors
/// store their parameters in order. Shown inline only while the body so far does just that; then on a blank line
/// the whole `this.key = key;` is offered too (unless a subclass must call `super(` first), and `this.key = ` ->
/// `key;`. A Java setter (`setName(String name)`, a builder's `name(String name)`) stores its one parameter the
/// same way. After `this._key = key;` the next is stored under the same private spelling (`_value = value`).
pub(super) fn assign_constructor_parameter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    // `this.name = |`: the value is the parameter named like the attribute.
    let assigned = typed
        .strip_prefix("this.")
        .and_then(|rest| rest.strip_suffix(" = "))
        .filter(|attribute| {
            !attribute.is_empty() && attribute.chars().all(super::lexer::is_identifier_char)
        });
    let (partial, lead) = if typed.is_empty() {
        ("", "this.")
    } else if assigned.is_some() {
        ("", "")
    } else if let Some(partial) = typed.strip_prefix("this.") {
        (partial, "")
    } else {
        return;
    };
    if partial != context.prefix || !context.at_line_end() {
        return;
    }
    // A Java class's package-private constructor (`Node(int val) {`) is no function to the header reader; its
    // `this.val = ` still takes the parameter of that very name.
    if let Some(attribute) = assigned
        && context.profile.language == Language::Java
        && context.enclosing_lines().next().is_some_and(|header| {
            header.starts_with(char::is_uppercase)
                && header
                    .strip_suffix(") {")
                    .and_then(|header| header.split_once('('))
                    .is_some_and(|(name, parameters)| {
                        super::lexer::is_plain_name(name)
                            && parameters.split(',').any(|parameter| {
                                parameter.split_whitespace().next_back() == Some(attribute)
                            })
                    })
        })
    {
        out.push(Suggestion::construct(format!("{attribute};"), 0.88));
        return;
    }
    let Some(function) = enclosing_function(context)
        .or_else(|| java_package_private_constructor(context))
        .filter(|function| {
            function.name == "constructor"
            || function.name.starts_with(char::is_uppercase)
            || (context.profile.language == Language::Java
                && function.name == "set"
                && function.parameters.len() == 1
                && function.parameters.first().map(|parameter| parameter.name)
                    == super::java::only_field(context).map(|(name, _)| name))
            // A builder's fluent setter is named for the field it sets (`email(String email)`).
            || (context.profile.language == Language::Java
                && function.parameters.len() == 1
                && function
                    .parameters
                    .first()
                    .is_some_and(|parameter| parameter.name == function.name))
            || (context.profile.language == Language::Java
                && function.parameters.len() == 1
                && function.name.strip_prefix("set").is_some_and(|property| {
                    function
                        .parameters
                        .first()
                        .is_some_and(|parameter| property.eq_ignore_ascii_case(parameter.name))
                }))
        })
    else {
        return;
    };
    let tokens = context.tokens_before();
    let body = tokens.get(function.body_start..).unwrap_or_default();
    // TypeScript's parameter properties (`constructor(public x: number)`) are stored already.
    let parameter_properties = context.profile.language == Language::TypeScript
        && tokens
            .get(..function.body_start.saturating_sub(1))
            .unwrap_or_default()
            .iter()
            .rev()
            .take_while(|token| {
                !token.is_word(context.code, "constructor")
                    && !matches!(context.text(token), "{" | "}" | ";")
            })
            .any(|token| {
                ["public", "private", "protected", "readonly"]
                    .iter()
                    .any(|modifier| token.is_word(context.code, modifier))
            });
    if parameter_properties {
        return;
    }
    let terminator = if context.profile.language == Language::Java || uses_semicolons(context) {
        ";"
    } else {
        ""
    };
    if let Some(attribute) = assigned {
        if function
            .parameters
            .iter()
            .any(|parameter| parameter.name == attribute)
        {
            out.push(Suggestion::construct(
                format!("{attribute}{terminator}"),
                0.88,
            ));
        }
        return;
    }
    // A class that keeps its fields private by name (`this._name = name;`) keeps the next one so too.
    let private = context.previous_code_line().is_some_and(|line| {
        line.trim()
            .strip_prefix("this._")
            .and_then(|assignment| assignment.split_once(" = "))
            .is_some_and(|(attribute, value)| {
                attribute == value.trim_end_matches(';') && !attribute.starts_with('_')
            })
    });
    let stored = |name: &str| {
        stores_attribute(context, body, "this", name)
            || (private && stores_attribute(context, body, "this", &format!("_{name}")))
    };
    let Some(name) = function
        .parameters
        .iter()
        .map(|parameter| parameter.name.trim_start_matches('.'))
        .find(|name| !stored(name))
    else {
        return;
    };
    let attribute = if private {
        format!("_{name}")
    } else {
        name.to_owned()
    };
    // A TypeScript class that declares its fields (`private balance: number;`) stores a parameter named otherwise
    // (`constructor(initial: number)`) in the one declared field not stored yet, never in a field of its own name.
    let declared = declared_class_fields(context);
    let attribute = if matches!(
        context.profile.language,
        Language::TypeScript | Language::Java
    ) && !declared.is_empty()
        && !declared.contains(&attribute.as_str())
    {
        let mut unstored = declared.iter().filter(|field| !stored(field));
        match (unstored.next(), unstored.next()) {
            (Some(field), None) => (*field).to_owned(),
            _ => return,
        }
    } else {
        attribute
    };
    if attribute.len() <= partial.len() || !attribute.starts_with(partial) {
        return;
    }
    // Right under the header, or after a line that stored a parameter the same way.
    let storing = private
        || context.previous_code_line().is_some_and(|line| {
            let line = line.trim();
            (line.ends_with('{') && line.contains(function.name))
                || line
                    .strip_prefix("this.")
                    .and_then(|assignment| assignment.split_once(" = "))
                    .is_some_and(|(attribute, value)| attribute == value.trim_end_matches(';'))
        });
    // A JavaScript function named with a capital may as well be a component (`function App(props) {`): only a
    // class's `constructor` and Java's constructors and setters store on a blank line.
    let constructor = function.name == "constructor" || context.profile.language == Language::Java;
    if typed.is_empty()
        && (!storing
            || !constructor
            || (body.is_empty() && !first_statement_stores(context, &function)))
    {
        return;
    }
    out.push(Suggestion::construct(
        format!("{lead}{} = {name}{terminator}", &attribute[partial.len()..]),
        if storing { 0.9 } else { 0.6 },
    ));
}

/// The fields a TypeScript class body declares above the cursor (`private balance: number;`, `name = "";`,
/// `readonly id: string;`), or a Java class (`private final double balance;`), nearest first.
fn declared_class_fields<'a>(context: &Context<'a>) -> Vec<&'a str> {
    let java = context.profile.language == Language::Java;
    let mut fields = Vec::new();
    for line in context.code_lines_above().take(60) {
        if line.starts_with("class ")
            || line.starts_with("export class ")
            || (java && line.contains("class ") && line.ends_with('{'))
        {
            return fields;
        }
        let Some(declaration) = line.strip_suffix(';') else {
            continue;
        };
        if declaration.contains('(') {
            continue;
        }
        if java {
            // `private final double balance;`, `private int count = 0;`: the name ends the part before `=`.
            let head = declaration.split('=').next().unwrap_or("").trim();
            let words: Vec<&str> = head.split_whitespace().collect();
            // Only a declaration with an access modifier: a method's locals (`int sum = 0;`) are above too.
            let modifiers = ["private", "public", "protected"];
            if let [first, _, .., name] = words.as_slice()
                && modifiers.contains(first)
                && !words.contains(&"static")
                && super::lexer::is_plain_name(name)
            {
                fields.push(*name);
            }
            continue;
        }
        let declaration = ["private ", "public ", "protected ", "readonly "]
            .iter()
            .fold(declaration, |declaration, modifier| {
                declaration.strip_prefix(modifier).unwrap_or(declaration)
            });
        let name = declaration.split([':', '=', '?', ' ']).next().unwrap_or("");
        if super::lexer::is_plain_name(name)
            && (declaration.contains(':') || declaration.contains(" = "))
        {
            fields.push(name);
        }
    }
    Vec::new()
}

/// A Java class's package-private constructor (`Node(int data) {` in `class Node`), which the header reader leaves
/// out on purpose (see [`parse_braced_header`]): here only its parameters are read, to store them in the fields
/// of their names.
fn java_package_private_constructor<'a>(context: &Context<'a>) -> Option<FunctionHeader<'a>> {
    if context.profile.language != Language::Java {
        return None;
    }
    let tokens = context.tokens_before();
    let brace = *open_braces(context, tokens).last()?;
    let header = tokens.get(header_start(context, tokens, brace)..brace)?;
    let [name, open, .., close] = header else {
        return None;
    };
    let name = context.text(name);
    let own_class = context.code.contains(&format!("class {name} "))
        || context.code.contains(&format!("class {name}{{"));
    if !name.starts_with(char::is_uppercase)
        || !own_class
        || !open.is_symbol(context.code, "(")
        || !close.is_symbol(context.code, ")")
    {
        return None;
    }
    let parameters = parse_parameters(context, header.get(2..header.len() - 1)?);
    // Stored in order only when the class declares a field for each parameter, in the parameters' order (the
    // JDK's constructors take theirs in any order and store them in yet another).
    let declared_at = |name: &str| {
        context.code_lines_above().position(|line| {
            // `int data;`, `private Node next = null;`: a type, then the name.
            let Some(declaration) = line.strip_suffix(';') else {
                return false;
            };
            let declared = declaration.split(" = ").next().unwrap_or(declaration);
            let words: Vec<&str> = declared.split_whitespace().collect();
            words.len() >= 2 && words.last() == Some(&name) && !declared.contains(['.', '('])
        })
    };
    let mut lines_above = Vec::new();
    for parameter in &parameters {
        lines_above.push(declared_at(parameter.name)?);
    }
    // Lines are counted upwards: the first field is the farthest.
    if !lines_above.windows(2).all(|pair| pair[0] > pair[1]) {
        return None;
    }
    Some(FunctionHeader {
        name,
        parameters,
        results: Vec::new(),
        body_start: brace + 1,
    })
}

/// Whether a constructor's first statement stores a parameter rather than building the parent (`extends` in the
/// class's header, which may span lines) or, in Java, delegating to another constructor: there the parameters
/// must be exactly the fields the class declares above (`private String name;`), as a beginner's class has them.
fn first_statement_stores(context: &Context<'_>, function: &FunctionHeader<'_>) -> bool {
    let tokens = context.tokens_before();
    let Some(class_brace) = enclosing_class_brace(context, tokens, &["class"]) else {
        return false;
    };
    let header = tokens
        .get(header_start(context, tokens, class_brace)..class_brace)
        .unwrap_or_default();
    if header
        .iter()
        .any(|token| token.is_word(context.code, "extends"))
    {
        return false;
    }
    if context.profile.language != Language::Java {
        return true;
    }
    // The fields declared directly in the class body before the constructor: `Type name;`.
    let mut fields: Vec<&str> = Vec::new();
    let mut depth = 0_usize;
    let class_body = tokens.get(class_brace + 1..).unwrap_or_default();
    for (index, token) in class_body.iter().enumerate() {
        match context.text(token) {
            "{" => depth += 1,
            "}" => depth = depth.saturating_sub(1),
            ";" if depth == 0 && index >= 2 => {
                let name = &class_body[index - 1];
                let type_end = &class_body[index - 2];
                let static_field = context.line_of(token).contains("static ");
                if name.kind == TokenKind::Identifier
                    && (type_end.kind == TokenKind::Identifier
                        || matches!(context.text(type_end), ">" | "]"))
                    && !static_field
                {
                    fields.push(context.text(name));
                }
            }
            _ => {}
        }
    }
    fields.len() == function.parameters.len()
        && function
            .parameters
            .iter()
            .all(|parameter| fields.contains(&parameter.name))
}

/// Whether the file ends its statements with `;` (for JavaScript, where it is optional): some line ends with one.
/// The `;` inside a `for (let i = 0; ...)` header says nothing of the style.
pub(super) fn uses_semicolons(context: &Context<'_>) -> bool {
    let tokens = &context.scan.before;
    tokens.iter().enumerate().any(|(index, token)| {
        token.is_symbol(context.code, ";")
            && tokens
                .get(index + 1)
                .is_none_or(|next| next.line > token.line)
    })
}

/// The singular of a plural name (`items` -> `item`, `entries` -> `entry`), or `None` if it does not look plural.
pub(super) fn singular(name: &str) -> Option<String> {
    let irregular = [
        ("children", "child"),
        ("people", "person"),
        ("indices", "index"),
        ("matrices", "matrix"),
    ];
    if let Some((_, one)) = irregular.iter().find(|(many, _)| *many == name) {
        return Some((*one).to_owned());
    }
    if name.chars().count() < 3
        || name.ends_with("ss")
        || name.ends_with("us")
        || name.ends_with("is")
    {
        return None;
    }
    if let Some(stem) = name.strip_suffix("ies") {
        return Some(format!("{stem}y"));
    }
    for ending in ["xes", "ches", "shes", "sses"] {
        if let Some(stem) = name.strip_suffix(ending) {
            return Some(format!("{stem}{}", &ending[..ending.len() - 2]));
        }
    }
    name.strip_suffix('s')
        .filter(|stem| !stem.is_empty())
        .map(str::to_owned)
}

/// The collection a loop most likely walks: the plural of `element` if the code has it, else the nearest name that
/// looks like a collection (a plural, or something initialised as a list). Looks at the window before the cursor.
pub(super) fn iterable_in_scope<'a>(
    context: &Context<'a>,
    element: Option<&str>,
) -> Option<&'a str> {
    let tokens = context.tokens_before();
    let standalone = |index: usize, token: &Token| {
        token.kind == TokenKind::Identifier
            && !context.is_keyword(token)
            && !index
                .checked_sub(1)
                .and_then(|previous| tokens.get(previous))
                .is_some_and(|previous| {
                    matches!(
                        context.text(previous),
                        "." | "->" | "::" | "def" | "fn" | "function" | "func" | "class"
                    )
                })
    };
    let names = || {
        tokens
            .iter()
            .enumerate()
            .rev()
            .filter(|(index, token)| standalone(*index, token))
    };
    if let Some(element) = element
        && let Some((_, token)) =
            names().find(|(_, token)| singular(context.text(token)).as_deref() == Some(element))
    {
        return Some(context.text(token));
    }
    names()
        .find(|(index, token)| {
            let name = context.text(token);
            Some(name) != element
                && (singular(name).is_some() || initialised_as_collection(context, tokens, *index))
        })
        .map(|(_, token)| context.text(token))
}

/// Whether a loop around the cursor already walks `collection` (`for row in matrix:` around the `for ` being
/// typed): a second loop over it there either pairs its elements or walks the outer element's own items, and the
/// code does not say which.
pub(super) fn walked_by_enclosing_loop(context: &Context<'_>, collection: &str) -> bool {
    /// How many enclosing blocks are looked at.
    const DEPTH: usize = 8;
    context.enclosing_lines().take(DEPTH).any(|line| {
        line.starts_with("for")
            && line
                .split(|c: char| !super::lexer::is_identifier_char(c))
                .skip(1)
                .any(|word| word == collection)
    })
}

/// Whether the name at `index` is assigned a list literal or a new collection (`data = []`, `let v = vec![`).
fn initialised_as_collection(context: &Context<'_>, tokens: &[Token], index: usize) -> bool {
    let assigned = tokens
        .get(index + 1)
        .is_some_and(|next| matches!(context.text(next), "=" | ":="));
    assigned
        && tokens.get(index + 2).is_some_and(|value| {
            matches!(
                context.text(value),
                "[" | "list" | "vec" | "Vec" | "make" | "new" | "Array" | "set"
            )
        })
}

/// Whether a loop's element variable names an element of `collection`: its singular (`item` of `items`), or its
/// initial alone when the collection is a plural (`n` of `numbers`, `w` of `words`).
pub(super) fn names_element(collection: &str, element: &str) -> bool {
    let plural = singular(collection);
    plural.as_deref() == Some(element)
        || (element.chars().count() == 1
            && plural.is_some_and(|one| one.len() > 1)
            && collection.starts_with(element))
}

/// The element name for a collection: its singular, or `item`.
pub(super) fn element_name(collection: &str) -> String {
    singular(collection)
        .filter(|one| one != collection)
        .unwrap_or_else(|| "item".to_owned())
}

/// `case ` on a blank line right inside a `switch` block, or after a `break;` in one.
pub(super) fn switch_case(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.on_blank_line_start() || !context.at_line_end() {
        return;
    }
    let tokens = context.tokens_before();
    let Some(&brace) = open_braces(context, tokens).last() else {
        return;
    };
    let header = header_start(context, tokens, brace);
    if !tokens.get(header).is_some_and(|token| {
        token.is_word(context.code, "switch")
            || (token.is_word(context.code, "select") && context.profile.language == Language::Go)
    }) {
        return;
    }
    let previous = context.previous_code_line().map(str::trim).unwrap_or("");
    let confidence = if previous.ends_with('{') && tokens.len() == brace + 1 {
        0.85
    } else if previous.starts_with("break") || previous.starts_with("return") {
        0.7
    } else {
        return;
    };
    out.push(Suggestion::construct("case ", confidence));
}

/// How `name` was last declared in the window before the cursor: the text after it when it is assigned or annotated
/// (`items = [1, 2]` -> `[1, 2]`, `let v: Vec<u8>` -> `Vec<u8>`), or the type before it (`List<String> items` ->
/// `List<String>`). The language modules read a receiver's type from it.
pub(super) fn declaration_of<'a>(context: &Context<'a>, name: &str) -> Option<&'a str> {
    let tokens = context.tokens_before();
    tokens.iter().enumerate().rev().find_map(|(index, token)| {
        if !token.is_word(context.code, name) {
            return None;
        }
        let next = tokens.get(index + 1)?;
        let previous = index
            .checked_sub(1)
            .and_then(|previous| tokens.get(previous));
        // `with open(path) as f:` names `f` before its colon: what comes after is the block, not a type.
        let named_by_as = previous.is_some_and(|previous| context.text(previous) == "as");
        // `if m:`, `while line:`, `else:` end a header: the colon does not annotate the name.
        let ends_header = previous.is_some_and(|previous| {
            matches!(
                context.text(previous),
                "if" | "elif" | "while" | "not" | "and" | "or" | "return" | "in"
            )
        });
        let declares_after = matches!(context.text(next), "=" | ":=" | ":")
            && !((named_by_as || ends_header) && context.text(next) == ":");
        let declares_before =
            previous.is_some_and(|previous| {
                (previous.kind == TokenKind::Identifier
                    && !ends_header
                    && !matches!(context.text(previous), "return" | "in" | "of"))
                    || matches!(context.text(previous), ">" | "*" | "&" | "]")
            }) && matches!(context.text(next), "=" | ";" | ")" | "," | "(" | "{" | ":");
        let typed_language = matches!(
            context.profile.language,
            Language::Java | Language::C | Language::Cpp
        );
        if declares_before && typed_language {
            let line_start = context
                .code
                .get(..token.start)?
                .rfind('\n')
                .map_or(0, |start| start + 1);
            return context.code.get(line_start..token.start).map(str::trim);
        }
        if declares_after {
            let line_end = context
                .code
                .get(next.end..)?
                .find('\n')
                .map_or(context.code.len(), |end| next.end + end);
            return context.code.get(next.end..line_end).map(str::trim_start);
        }
        if declares_before {
            let line_start = context
                .code
                .get(..token.start)?
                .rfind('\n')
                .map_or(0, |start| start + 1);
            return context.code.get(line_start..token.start).map(str::trim);
        }
        None
    })
}

/// Completes the statement typed so far on the line when it is the beginning of one of `phrases`, given as
/// `(trigger, phrase)`: at least `trigger` must be typed (`if __name__` before ` == "__main__":` is offered).
pub(super) fn complete_phrase(
    context: &Context<'_>,
    phrases: &[(&str, &str)],
    confidence: f64,
    out: &mut Vec<Suggestion>,
) {
    if !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    for (trigger, phrase) in phrases {
        if typed.starts_with(trigger)
            && phrase.starts_with(typed)
            && let Some(rest) = phrase.get(typed.len()..).filter(|rest| !rest.is_empty())
        {
            out.push(Suggestion::construct(rest, confidence));
        }
    }
}

/// A member the enclosing class defines, for `this.` and `self.`: its name, what follows it (`()` for a method)
/// and its weight.
pub(super) type DefinedMember = (String, &'static str, f64);

/// The weight of a field a class declares or assigns (`this.x = `, `private int x;`), of a method it defines, when
/// never used through the object yet: below one use, so that they follow the members used (and take little of the
/// confidence of the first one).
const FIELD_WEIGHT: f64 = 0.6;
const METHOD_WEIGHT: f64 = 0.5;

/// The innermost `{` left open before the cursor whose header holds one of `keywords` (`class`, `struct`, ...).
pub(super) fn enclosing_class_brace(
    context: &Context<'_>,
    tokens: &[Token],
    keywords: &[&str],
) -> Option<usize> {
    open_braces(context, tokens)
        .into_iter()
        .rev()
        .find(|&brace| {
            let start = header_start(context, tokens, brace);
            tokens.get(start..brace).is_some_and(|header| {
                header.iter().any(|token| {
                    token.kind == TokenKind::Identifier && keywords.contains(&context.text(token))
                })
            })
        })
}

/// Whether the cursor is directly in the body of a class (its innermost open `{` is one whose header holds one of
/// `keywords`), where members are declared and no statement is written.
pub(super) fn directly_in_class_body(context: &Context<'_>, keywords: &[&str]) -> bool {
    let tokens = context.tokens_before();
    open_braces(context, tokens).last().is_some_and(|&brace| {
        let start = header_start(context, tokens, brace);
        tokens.get(start..brace).is_some_and(|header| {
            header.iter().any(|token| {
                token.kind == TokenKind::Identifier && keywords.contains(&context.text(token))
            })
        })
    })
}

/// The `{` opening the body of `class name` (or another of `keywords`) in `tokens`, the last one written.
pub(super) fn class_brace_named(
    context: &Context<'_>,
    tokens: &[Token],
    keywords: &[&str],
    name: &str,
) -> Option<usize> {
    let keyword = tokens.iter().enumerate().rev().find_map(|(index, token)| {
        (token.kind == TokenKind::Identifier
            && keywords.contains(&context.text(token))
            && tokens
                .get(index + 1)
                .is_some_and(|next| next.is_word(context.code, name)))
        .then_some(index)
    })?;
    // The body's brace follows the header (`extends`, `implements`, type parameters), before any `;`.
    tokens
        .iter()
        .enumerate()
        .skip(keyword + 2)
        .take_while(|(_, token)| !token.is_symbol(context.code, ";"))
        .find(|(_, token)| token.is_symbol(context.code, "{"))
        .map(|(index, _)| index)
}

/// The members a brace language's class defines in the body opened at `class_brace`, as far as `tokens` and the
/// tokens after the cursor go: methods (`name(...) {`, `name() const {`, `name() throws E {` directly in the body),
/// fields declared in the body (`private int count;`, `name: string;`, `items = [];`) and fields assigned through
/// the object (`this.x = `, `this->x = `). The class's own name (a constructor) and `constructor` are left out.
pub(super) fn class_body_members(
    context: &Context<'_>,
    tokens: &[Token],
    class_brace: usize,
    self_access: (&str, &str),
) -> Vec<DefinedMember> {
    let class_name = tokens
        .get(..class_brace)
        .unwrap_or_default()
        .iter()
        .rev()
        .zip(
            tokens
                .get(..class_brace)
                .unwrap_or_default()
                .iter()
                .rev()
                .skip(1),
        )
        .find(|(_, keyword)| {
            matches!(
                context.text(keyword),
                "class" | "struct" | "enum" | "record" | "interface"
            )
        })
        .map_or("", |(name, _)| context.text(name));
    let body: Vec<Token> = tokens
        .get(class_brace..)
        .unwrap_or_default()
        .iter()
        .chain(context.scan.after.iter())
        .copied()
        .collect();
    let mut found: Vec<DefinedMember> = Vec::new();
    let mut add = |name: &str, suffix: &'static str, weight: f64| {
        // Members already used through the object rank by those uses, as the ones never used yet cannot.
        let used = context
            .scan
            .members
            .iter()
            .any(|member| member.name == name);
        if used || name == class_name || matches!(name, "constructor" | "operator") {
            return;
        }
        match found.iter_mut().find(|(existing, _, _)| existing == name) {
            Some(entry) => entry.2 += weight,
            None => found.push((name.to_owned(), suffix, weight)),
        }
    };
    let (self_word, separator) = self_access;
    let mut depth = 0usize;
    let mut parentheses = 0usize;
    // Whether the statement at the body's level already named what it declares (`int x = y;`: `y` is not a field).
    let mut named = false;
    let text = |index: usize| body.get(index).map_or("", |token| context.text(token));
    // The method whose body holds the cursor is rarely called from itself: it is left out.
    let cursor_index = tokens.len().saturating_sub(class_brace);
    let mut last_method: Option<String> = None;
    let mut enclosing_method: Option<String> = None;
    for (index, token) in body.iter().enumerate() {
        if index == cursor_index && depth > 1 {
            enclosing_method.clone_from(&last_method);
        }
        let word = context.text(token);
        match token.kind {
            TokenKind::Punctuation => match word {
                "{" => depth += 1,
                "}" => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        break;
                    }
                    if depth == 1 {
                        named = false;
                    }
                }
                "(" | "[" => parentheses += 1,
                ")" | "]" => parentheses = parentheses.saturating_sub(1),
                ";" if depth == 1 => named = false,
                _ => {}
            },
            TokenKind::Identifier if depth == 1 && parentheses == 0 && !named => {
                let next = text(index + 1);
                // A JavaScript private member (`#count = 0`, `#tick() {`) is read as `this.#count`.
                let private_name = index
                    .checked_sub(1)
                    .and_then(|previous| body.get(previous))
                    .filter(|mark| context.text(mark) == "#" && mark.end == token.start)
                    .map(|_| format!("#{word}"));
                let member = private_name.as_deref().unwrap_or(word);
                if matches!(
                    word,
                    "typedef" | "using" | "friend" | "enum" | "class" | "struct" | "union"
                ) {
                    // A type the class names or nests is not one of its members.
                    named = true;
                } else if next == "(" {
                    if is_method_definition(context, &body, index) {
                        // A getter or a setter is read and written, not called.
                        let accessor = index
                            .checked_sub(1)
                            .is_some_and(|previous| matches!(text(previous), "get" | "set"));
                        add(member, if accessor { "" } else { "()" }, METHOD_WEIGHT);
                        last_method = Some(member.to_owned());
                    }
                    named = true;
                } else if matches!(next, ";" | "=" | ":" | "?" | "!") && !context.is_keyword(token)
                {
                    add(member, "", FIELD_WEIGHT);
                    named = true;
                }
            }
            // A TypeScript parameter property (`constructor(private store: Map<K, V>)`) declares a field.
            TokenKind::Identifier
                if depth == 1
                    && parentheses == 1
                    && index.checked_sub(1).is_some_and(|previous| {
                        matches!(
                            text(previous),
                            "private" | "public" | "protected" | "readonly"
                        )
                    })
                    && matches!(text(index + 1), ":" | "?" | "," | ")" | "=")
                    && !context.is_keyword(token) =>
            {
                add(word, "", FIELD_WEIGHT);
            }
            TokenKind::Identifier
                if word == self_word
                    && text(index + 1) == separator
                    && text(index + 3) == "="
                    && body
                        .get(index + 2)
                        .is_some_and(|name| name.kind == TokenKind::Identifier) =>
            {
                add(text(index + 2), "", FIELD_WEIGHT);
            }
            TokenKind::Identifier
                if word == self_word
                    && text(index + 1) == separator
                    && text(index + 2) == "#"
                    && text(index + 4) == "=" =>
            {
                add(&format!("#{}", text(index + 3)), "", FIELD_WEIGHT);
            }
            _ => {}
        }
    }
    if body.len() == cursor_index && depth > 1 {
        enclosing_method = last_method;
    }
    if let Some(method) = enclosing_method {
        found.retain(|(name, _, _)| *name != method);
    }
    found
}

/// Whether the name at `index`, followed by `(`, defines a method: its parameters are followed by `{`, possibly
/// after qualifiers (`const`, `override`, `noexcept`, `throws IOException, E`) or a return type (`): T {`).
fn is_method_definition(context: &Context<'_>, body: &[Token], index: usize) -> bool {
    let Some(close) = matching_close(context, body, index + 1) else {
        return false;
    };
    for token in body.iter().skip(close + 1).take(12) {
        match context.text(token) {
            "{" => return true,
            "," | "." | ":" | "<" | ">" | "[" | "]" | "|" | "?" => {}
            _ if token.kind == TokenKind::Identifier => {}
            _ => return false,
        }
    }
    false
}

/// Whether `tokens` write `receiver.name` (`self.name`, `this.name`): a constructor that already stored that
/// parameter.
pub(super) fn stores_attribute(
    context: &Context<'_>,
    tokens: &[Token],
    receiver: &str,
    name: &str,
) -> bool {
    tokens.windows(3).any(|window| {
        matches!(window, [object, dot, attribute]
            if object.is_word(context.code, receiver) && dot.is_symbol(context.code, ".")
                && attribute.is_word(context.code, name))
    })
}

/// The members a type defines that the code has not used through a receiver yet, each once (the first weight
/// found wins), leaving out the function that holds the cursor (rarely called from itself): what a receiver
/// (`self.` in a Rust `impl`, a Go method's receiver) may list beyond the members already seen.
pub(super) struct UnusedMembers<'a, 'c> {
    context: &'a Context<'c>,
    enclosing: &'c str,
    found: Vec<(String, &'static str, f64)>,
}

impl<'a, 'c> UnusedMembers<'a, 'c> {
    /// None yet, the cursor inside the function `enclosing` (empty: none).
    pub(super) fn new(context: &'a Context<'c>, enclosing: &'c str) -> Self {
        Self {
            context,
            enclosing,
            found: Vec::new(),
        }
    }

    /// Adds `name` (inserted with `suffix`, ranked by `weight`) unless the code used it already, it holds the
    /// cursor, or it was added before.
    pub(super) fn add(&mut self, name: &str, suffix: &'static str, weight: f64) {
        let used = self
            .context
            .scan
            .members
            .iter()
            .any(|member| member.name == name);
        if !used
            && name != self.enclosing
            && !self.found.iter().any(|(existing, _, _)| existing == name)
        {
            self.found.push((name.to_owned(), suffix, weight));
        }
    }

    /// What was added, in the order found.
    pub(super) fn into_found(self) -> Vec<(String, &'static str, f64)> {
        self.found
    }
}

/// What a field's or property's name says it holds, for the rules that write its type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FieldKind {
    /// Text: `name`, `email`, `title`.
    Text,
    /// A count or an index: `count`, `size`, `index`.
    Count,
    /// Any other number: `age`, `price`, `x`.
    Number,
    /// An identifier: `id`.
    Identifier,
    /// A yes-or-no: `is_admin`, `hasChildren`, `done`.
    Flag,
}

/// The kind a field's name says (`first_name` and `firstName` alike), or `None` when it says nothing.
pub(super) fn field_kind(name: &str) -> Option<FieldKind> {
    const TEXT: &[&str] = &[
        "name",
        "title",
        "email",
        "description",
        "url",
        "message",
        "label",
        "text",
        "username",
        "password",
        "firstname",
        "lastname",
        "address",
        "path",
        "slug",
        "content",
        "body",
        "color",
        "error",
    ];
    const COUNTS: &[&str] = &[
        "count", "len", "length", "size", "index", "capacity", "total", "limit", "offset", "page",
    ];
    const NUMBERS: &[&str] = &[
        "age", "price", "amount", "quantity", "width", "height", "x", "y", "score", "year", "port",
        "timeout",
    ];
    const FLAGS: &[&str] = &[
        "done",
        "enabled",
        "disabled",
        "visible",
        "active",
        "completed",
        "checked",
    ];
    let flag_lead = ["is", "has", "can", "should"].iter().any(|lead| {
        name.strip_prefix(lead)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase() || c == '_'))
    });
    let plain = super::lexer::folded_name(name);
    if flag_lead || FLAGS.contains(&plain.as_str()) {
        Some(FieldKind::Flag)
    } else if TEXT.contains(&plain.as_str()) {
        Some(FieldKind::Text)
    } else if COUNTS.contains(&plain.as_str()) {
        Some(FieldKind::Count)
    } else if NUMBERS.contains(&plain.as_str()) {
        Some(FieldKind::Number)
    } else if plain == "id" {
        Some(FieldKind::Identifier)
    } else {
        None
    }
}

/// The lines of the block a header opens, trimmed, up to its closing `}`: `code` starts at the header
/// (`interface Shape {`, `trait Shape {`), whose own line is skipped.
pub(super) fn block_lines(code: &str) -> impl Iterator<Item = &str> {
    code.lines()
        .skip(1)
        .map(str::trim)
        .take_while(|line| !line.starts_with('}'))
}

/// The header in the first column whose block a `}` in the first column closes, when that `}` is the first of
/// `lines` (the non-blank lines above the cursor, nearest first): the nearest first-column line opening a block,
/// among the next `limit` lines (`func main() {` above `}`).
pub(super) fn top_level_header_closed<'a>(
    mut lines: impl Iterator<Item = &'a str>,
    limit: usize,
) -> Option<&'a str> {
    if lines.next() != Some("}") {
        return None;
    }
    lines
        .take(limit)
        .find(|line| !line.starts_with(char::is_whitespace) && line.trim_end().ends_with('{'))
}

/// A letter at a file's top level below a finished line (a closing brace, a one-line declaration, a doc comment)
/// -> the one declaration keyword of `keywords` it begins (Go's `f` -> `unc `): where a formatter keeps everything
/// else off column 0, only a declaration starts there. Below an opened block (`import (`) or an unfinished line
/// the letter may begin anything, and letters that begin two keywords (`s`: `struct`, `static`) say nothing.
pub(super) fn top_level_keyword(
    context: &Context<'_>,
    keywords: &[&str],
    out: &mut Vec<Suggestion>,
) {
    if context.prefix.is_empty() || context.line_before != context.prefix || !context.at_line_end()
    {
        return;
    }
    let Some(previous) = context
        .code_before_line()
        .lines()
        .rev()
        .find(|line| !line.trim().is_empty())
    else {
        return;
    };
    let finished = previous.starts_with("//")
        || !previous.starts_with(char::is_whitespace)
            && !previous.starts_with("/*")
            && !previous.trim_end().ends_with([
                '(', '{', '[', ',', '=', '+', '-', '*', '/', '&', '|', '.', '`',
            ]);
    let mut begun = keywords
        .iter()
        .filter(|keyword| keyword.starts_with(context.prefix));
    let (Some(keyword), None) = (begun.next(), begun.next()) else {
        return;
    };
    if finished
        && let Some(rest) = keyword.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        let space = if rest.ends_with('!') { "" } else { " " };
        out.push(Suggestion::of_kind(
            format!("{rest}{space}"),
            0.85,
            "keyword",
        ));
    }
}
