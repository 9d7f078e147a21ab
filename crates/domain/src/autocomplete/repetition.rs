//! What the code just did, again: real code repeats itself, and the corpus benchmark shows it is the surest guide
//! where the other rules know nothing.
//!
//! - **Statements**: on a blank line whose previous statements, at the same indentation, start alike
//!   (`self.name = name`, `self.size = size`), the next one often starts alike too. The common start is offered
//!   (`self.`), never what differs; inline only when three statements agree (right about four times in five on
//!   the corpus), listed when two do.
//! - **Argument lists**: inside a call, when the earlier calls to the same function continued the same way from
//!   what is typed, the rest of their arguments is offered (`codecs.charmap_decode(` ->
//!   `input, self.errors, decoding_table)`), inline when three calls agree or the only two do (never in a header,
//!   never from a call quoted in a string); when the two latest agree only on
//!   the next argument, that argument alone (`writeVarUint(` -> `encoder`).
//! - **A step's factor**: under `x += vx * dt` (and `y += vy * dt`), `vy += g * ` -> `dt`: a simulation's
//!   steps are all scaled by the same time step.

use super::Suggestion;
use super::cursor::{Context, indentation};
use super::language::Language;
use super::lexer::{Token, is_identifier_char};

/// Tokens after which a statement's common start stops: what follows them is what differs from line to line.
const STOPS: &[&str] = &["=", "(", ",", ":", "==", "+=", "-=", ":=", "<-", "[", "{"];
/// Statements that rarely follow themselves at the same place (`return` twice is unreachable code).
const NEVER_REPEATED: &[&str] = &[
    "}", ")", "]", "return", "break", "continue", "else", "elif", "except", "finally", "end",
    "default",
];
/// How many earlier calls to the same function are compared at most.
const CALLS_COMPARED: usize = 3;
/// How many occurrences of the function's name are looked at, to keep the cost bounded on huge files.
const OCCURRENCES_SEARCHED: usize = 400;

/// Appends the suggestions that repeat what the code just did.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    statement_start(context, out);
    argument_list(context, out);
    step_factor(context, out);
}

/// `vy += gravity * ` under `x += vx * dt;` -> `dt;`: the factor that ends the updates just above, when every one
/// of them (one or two lines) ends with it.
fn step_factor(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(update) = typed.strip_suffix(" * ") else {
        return;
    };
    let updating = |line: &str| {
        [" += ", " -= "]
            .iter()
            .any(|operator| line.contains(operator))
    };
    if !updating(update) {
        return;
    }
    let factor_of = |line: &str| -> Option<String> {
        let line = line.trim_end_matches(';');
        let (head, factor) = line.rsplit_once(" * ")?;
        (updating(head) && !factor.is_empty() && factor.chars().all(is_identifier_char))
            .then(|| factor.to_owned())
    };
    let mut lines = context.code_lines_above();
    let Some(factor) = lines.next().and_then(factor_of) else {
        return;
    };
    // Two lines above agreeing make a habit; one is enough for a time step's usual names. A second line that
    // updates with another factor makes the first a coincidence.
    let second = lines.next().and_then(factor_of);
    let time_step = matches!(
        factor.as_str(),
        "dt" | "delta" | "deltaTime" | "delta_time" | "elapsed"
    );
    match second {
        Some(other) if other != factor => return,
        None if !time_step => return,
        _ => {}
    }
    let end = if context.code_before_line().trim_end().ends_with(';') {
        ";"
    } else {
        ""
    };
    out.push(Suggestion::construct(format!("{factor}{end}"), 0.85));
}

/// The tokens of each line before the cursor's, last line first (lines without code skipped).
fn previous_lines<'t>(
    context: &Context<'_>,
    tokens: &'t [Token],
    wanted: usize,
) -> Vec<&'t [Token]> {
    let mut lines = Vec::new();
    let mut end = tokens.len();
    while lines.len() < wanted && end > 0 {
        let line = tokens[end - 1].line;
        let start = tokens[..end]
            .iter()
            .rposition(|token| token.line != line)
            .map_or(0, |index| index + 1);
        if line != context.scan.cursor_line {
            lines.push(&tokens[start..end]);
        }
        end = start;
    }
    lines
}

/// On a blank line: the start that the two (or three) previous statements share.
fn statement_start(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.on_blank_line_start() || !context.at_line_end() {
        return;
    }
    let width = context.current_indentation();
    let tokens = context.scan.before.as_slice();
    let lines = previous_lines(context, tokens, 3);
    let starts_at_width = |line: &&[Token]| {
        line.first().is_some_and(|first| {
            indentation(context.line_of(first)) == width && starts_its_line(context, first)
        })
    };
    let [last, before, ..] = lines.as_slice() else {
        return;
    };
    // Match arms are the arm rules' business: they know which variants are left.
    let is_arm = |line: &[Token]| line.iter().any(|token| context.text(token) == "=>");
    if !starts_at_width(last) || !starts_at_width(before) || is_arm(last) || is_arm(before) {
        return;
    }
    let Some(first) = last.first() else { return };
    // A third statement starting alike makes it surer, and narrows the common start to what all three share.
    let third = lines.get(2).filter(|third| {
        starts_at_width(third)
            && third
                .first()
                .is_some_and(|token| context.text(token) == context.text(first))
    });
    let mut common = 0;
    for (index, (mine, theirs)) in last.iter().zip(before.iter()).enumerate() {
        let text = context.text(mine);
        let third_agrees = third.is_none_or(|third| {
            third
                .get(index)
                .is_some_and(|token| context.text(token) == text)
        });
        if text != context.text(theirs) || !third_agrees || STOPS.contains(&text) {
            break;
        }
        common += 1;
    }
    if common == 0 || NEVER_REPEATED.contains(&context.text(first)) {
        return;
    }
    let end = last[common - 1].end;
    let Some(mut text) = context.code.get(first.start..end).map(str::to_owned) else {
        return;
    };
    // `import os` / `import sys`: the space after a shared keyword is part of what both wrote.
    let spaced = |line: &[Token]| {
        line.get(common - 1)
            .and_then(|token| context.code.get(token.end..))
            .is_some_and(|rest| rest.starts_with(' '))
    };
    if spaced(last) && spaced(before) {
        text.push(' ');
    }
    let three = third.is_some();
    let confident_language = matches!(
        context.profile.language,
        Language::Python | Language::Rust | Language::Go | Language::Java
    );
    // Two alike are right a little more often than not on the corpus: listed, not shown inline.
    let confidence = match (three, confident_language) {
        (true, _) => 0.85,
        (false, true) => 0.72,
        (false, false) => 0.6,
    };
    out.push(Suggestion {
        text,
        confidence,
        kind: "statement",
        cursor_offset: 0,
    });
}

/// Whether `token` is the first thing on its line (only indentation before it).
fn starts_its_line(context: &Context<'_>, token: &Token) -> bool {
    let before = context.code.get(..token.start).unwrap_or("");
    let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    before
        .get(line_start..)
        .is_some_and(|text| text.trim().is_empty())
}

/// Where the innermost `(` left open on `line` is, if any.
fn open_parenthesis(line: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (index, byte) in line.bytes().enumerate().rev() {
        match byte {
            b')' | b']' | b'}' => depth += 1,
            b'(' | b'[' | b'{' if depth > 0 => depth -= 1,
            b'(' => return Some(index),
            b'[' | b'{' => return None,
            _ => {}
        }
    }
    None
}

/// The called expression that ends `text` (`self.assertEqual`, `codecs.charmap_decode`, `Vec::with_capacity`).
fn callee(text: &str) -> &str {
    let start = text
        .char_indices()
        .rev()
        .take_while(|(_, character)| {
            is_identifier_char(*character) || matches!(character, '.' | ':' | '!')
        })
        .last()
        .map_or(text.len(), |(index, _)| index);
    text.get(start..).unwrap_or("")
}

/// Inside a call's argument list: the rest of the arguments that the earlier calls to the same function wrote
/// after what is typed.
fn argument_list(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || context.member.is_some() {
        return;
    }
    let line = context.line_before;
    let Some(open) = open_parenthesis(line) else {
        return;
    };
    let name = callee(line.get(..open).unwrap_or(""));
    if name.is_empty()
        || name.starts_with(|character: char| {
            character.is_ascii_digit() || matches!(character, '.' | ':')
        })
        || context
            .profile
            .words
            .iter()
            .any(|word| word.text == name && word.suffix != "(")
        || matches!(
            name,
            "if" | "while" | "for" | "switch" | "match" | "return" | "catch" | "with" | "elif"
        )
    {
        return;
    }
    let typed = line.get(open + 1..).unwrap_or("");
    let line_start = context.cursor - line.len();
    let searched = context.code.get(..line_start).unwrap_or("");
    let call = format!("{name}(");
    let mut continuations: Vec<&str> = Vec::new();
    for (at, _) in searched.rmatch_indices(&call).take(OCCURRENCES_SEARCHED) {
        let preceded_by_name = searched
            .get(..at)
            .and_then(|before| before.chars().next_back())
            .is_some_and(|character| {
                is_identifier_char(character) || matches!(character, '.' | ':')
            });
        // `"posix_memalign(&p, %zu, %zu) failure"` quotes a call in a message, with placeholders for its arguments.
        if preceded_by_name || inside_string(searched, at) {
            continue;
        }
        let arguments_start = at + call.len();
        let Some(arguments) = searched
            .get(arguments_start..)
            .and_then(|rest| rest.split('\n').next())
        else {
            continue;
        };
        let Some(close) = closing_parenthesis(arguments) else {
            continue;
        };
        // A definition's parameters (`def gcd(a, b):`, `int gcd(int a, int b) {`) are no arguments to repeat.
        if defines(
            searched.get(..at).unwrap_or(""),
            arguments.get(close + 1..).unwrap_or(""),
        ) {
            continue;
        }
        let Some(rest) = arguments
            .get(..=close)
            .and_then(|written| written.strip_prefix(typed))
        else {
            continue;
        };
        if rest.len() > 1 {
            continuations.push(rest);
        }
        if continuations.len() == CALLS_COMPARED {
            break;
        }
    }
    if continuations.is_empty()
        && matches!(context.profile.language, Language::C | Language::Cpp)
        && line.starts_with([' ', '\t'])
        && let Some(rest) = sibling_arguments(searched, name, typed)
    {
        out.push(Suggestion {
            text: rest.to_owned(),
            confidence: 0.78,
            kind: "arguments",
            cursor_offset: 0,
        });
        return;
    }
    let Some(&latest) = continuations.first() else {
        return;
    };
    // A header being typed (`private Parser(`, `int updateBytes(`, `constructor(`) takes parameters, not the
    // arguments of the calls to it.
    let before_callee = line.get(..open - name.len()).unwrap_or("");
    let declared = defines(before_callee, "{")
        || name == "constructor"
        || (before_callee.is_empty()
            && matches!(
                context.profile.language,
                Language::C | Language::Cpp | Language::Java
            ));
    let agreeing = continuations.iter().filter(|rest| **rest == latest).count();
    let confidence = match agreeing {
        3.. => 0.85,
        // A header's parameters are no arguments of the calls to it: listed, never inline.
        _ if declared => 0.5,
        // The only two earlier calls agree: right about two times in three on the corpus (C, C++, Go and Java
        // three in four), where a third call that disagrees leaves it a coin toss.
        2 if continuations.len() == 2 => 0.76,
        2 => 0.7,
        _ => 0.5,
    };
    out.push(Suggestion {
        text: latest.to_owned(),
        confidence,
        kind: "arguments",
        cursor_offset: 0,
    });
    for other in continuations.iter().skip(1).filter(|rest| **rest != latest) {
        out.push(Suggestion {
            text: (*other).to_owned(),
            confidence: 0.4,
            kind: "arguments",
            cursor_offset: 0,
        });
    }
    if !declared {
        next_argument(&continuations, out);
    }
}

/// Whether the byte at `at` lies inside a double-quoted string of its line (an odd number of unescaped quotes
/// before it on the line).
fn inside_string(text: &str, at: usize) -> bool {
    let line_start = text
        .get(..at)
        .and_then(|before| before.rfind('\n'))
        .map_or(0, |newline| newline + 1);
    let before = text.get(line_start..at).unwrap_or("");
    let mut quotes = 0usize;
    let mut escaped = false;
    for character in before.chars() {
        if escaped {
            escaped = false;
            continue;
        }
        match character {
            '\\' => escaped = true,
            '"' => quotes += 1,
            _ => {}
        }
    }
    quotes % 2 == 1
}

/// How many lines above the cursor the functions written like the cursor's are looked for in.
const SIBLINGS_SEARCHED: usize = 80;

/// In C, a function written like the ones above it (the same parameters) calls its own sibling of what they
/// called (`malloc_mutex_postfork_child(` under `malloc_mutex_postfork_parent(tsdn, &bin->lock);` in functions
/// taking `(tsdn_t *tsdn, bin_t *bin)`): the arguments they passed, when they all agree.
fn sibling_arguments<'a>(searched: &'a str, name: &str, typed: &str) -> Option<&'a str> {
    // `malloc_mutex_` for `malloc_mutex_postfork_child`, `dict_` for `dict_add`: the module the calls belong to.
    let segments: Vec<&str> = name.split('_').collect();
    let kept = if segments.len() > 2 { 2 } else { 1 };
    let family_length = segments
        .iter()
        .take(kept)
        .map(|s| s.len() + 1)
        .sum::<usize>();
    let family = name.get(..family_length)?;
    if family.len() < 3 || segments.len() < 2 || !name.chars().all(is_identifier_char) {
        return None;
    }
    // A header's function name's last word and its parameters (`bin_postfork_child(tsdn_t *tsdn, bin_t *bin) {`
    // -> `child`, `tsdn_t *tsdn, bin_t *bin`).
    let header = |line: &str| -> Option<(String, String)> {
        let starts_header = line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_');
        let trimmed = line.trim_end();
        if !starts_header || trimmed.ends_with(';') || trimmed.contains('=') {
            return None;
        }
        let (before, inside) = trimmed.split_once('(')?;
        let (inside, _) = inside.rsplit_once(')')?;
        let function = before.rsplit(|c: char| !is_identifier_char(c)).next()?;
        let word = function.rsplit('_').next()?;
        Some((word.to_owned(), inside.to_owned()))
    };
    let last_word = |callee: &str| callee.rsplit('_').next().unwrap_or("").to_owned();
    let mut lines = searched.lines().rev().take(SIBLINGS_SEARCHED);
    let (own_word, own) = lines.find_map(header)?;
    // The call does for this function what the sibling's did for its own: `_child` calls `..._child`.
    if own.trim().is_empty() || own.trim() == "void" || last_word(name) != own_word {
        return None;
    }
    let mut body: Vec<&str> = Vec::new();
    let mut agreed: Option<&str> = None;
    for line in lines {
        let Some((word, parameters)) = header(line) else {
            body.push(line);
            continue;
        };
        let calls = std::mem::take(&mut body);
        if parameters != own {
            continue;
        }
        for call_line in calls {
            let trimmed = call_line.trim_start();
            let Some(open) = trimmed.find('(') else {
                continue;
            };
            let callee = trimmed.get(..open)?;
            if callee == name
                || !callee.starts_with(family)
                || !callee.chars().all(is_identifier_char)
                || last_word(callee) != word
            {
                continue;
            }
            let arguments = trimmed.get(open + 1..)?;
            let close = closing_parenthesis(arguments)?;
            let rest = arguments.get(..=close)?.strip_prefix(typed)?;
            if rest.len() < 2 || agreed.is_some_and(|earlier| earlier != rest) {
                return None;
            }
            agreed = Some(rest);
        }
    }
    agreed
}

/// The next argument alone when the two latest calls agree on it but not on the rest (`writeVarUint(` ->
/// `encoder` after `writeVarUint(encoder, id.client)` and `writeVarUint(encoder, len)`): code passes the same
/// context object, buffer or handle first and varies what follows.
fn next_argument(continuations: &[&str], out: &mut Vec<Suggestion>) {
    let [latest, previous, ..] = continuations else {
        return;
    };
    let (Some(argument), Some(other)) = (first_argument(latest), first_argument(previous)) else {
        return;
    };
    // When the whole rest agrees, the argument list itself is the suggestion.
    if argument != other || latest == previous || argument.is_empty() {
        return;
    }
    let agreeing = continuations
        .iter()
        .filter(|rest| first_argument(rest) == Some(argument))
        .count();
    let confidence = if agreeing >= 3 { 0.85 } else { 0.78 };
    out.push(Suggestion {
        text: argument.to_owned(),
        confidence,
        kind: "arguments",
        cursor_offset: 0,
    });
}

/// The text of an argument list's rest up to its first argument's end, when more arguments follow it.
fn first_argument(rest: &str) -> Option<&str> {
    match top_level_marks(rest).next()? {
        (index, b',') => rest.get(..index).map(str::trim_end),
        _ => None,
    }
}

/// Whether the name whose parenthesis follows `before` (and whose `)` is followed by `after`, to the line's end) is
/// being defined: after a defining keyword, or after a type in a header that opens a body (`static int gcd(`
/// ... `) {`).
fn defines(before: &str, after: &str) -> bool {
    let line = before.rsplit('\n').next().unwrap_or("").trim_end();
    let word = line
        .rsplit(|character: char| !is_identifier_char(character))
        .next()
        .unwrap_or("");
    if matches!(word, "def" | "function" | "fn" | "func") {
        return true;
    }
    let after = after.trim();
    let opens_body = after.starts_with('{')
        || after.starts_with("const")
        || after.starts_with("throws")
        || after.starts_with("->");
    let typed = !word.is_empty()
        && !matches!(
            word,
            "return"
                | "new"
                | "await"
                | "else"
                | "yield"
                | "in"
                | "of"
                | "case"
                | "not"
                | "and"
                | "or"
                | "go"
                | "defer"
                | "throw"
                | "do"
        );
    let after_type = typed || line.ends_with(['*', '&', '>']);
    opens_body && after_type
}

/// The index of the `)` closing an argument list that `text` starts inside of, on the same line.
fn closing_parenthesis(text: &str) -> Option<usize> {
    top_level_marks(text)
        .find(|(_, byte)| *byte == b')')
        .map(|(index, _)| index)
}

/// Where an argument list that `text` starts inside of separates its arguments (`,`) and closes (`)`, the last
/// mark), outside nested brackets and quotes; nothing after a bracket closed that was never opened.
fn top_level_marks(text: &str) -> impl Iterator<Item = (usize, u8)> + '_ {
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    let mut escaped = false;
    let mut closed = false;
    text.bytes()
        .enumerate()
        .map_while(move |(index, byte)| {
            if closed {
                return None;
            }
            if let Some(open) = quote {
                if escaped {
                    escaped = false;
                } else if byte == b'\\' {
                    escaped = true;
                } else if byte == open {
                    quote = None;
                }
                return Some(None);
            }
            match byte {
                b'"' | b'\'' | b'`' => quote = Some(byte),
                b'(' | b'[' | b'{' => depth += 1,
                b')' if depth == 0 => {
                    closed = true;
                    return Some(Some((index, byte)));
                }
                b',' if depth == 0 => return Some(Some((index, byte))),
                b')' | b']' | b'}' => depth = depth.checked_sub(1)?,
                _ => {}
            }
            Some(None)
        })
        .flatten()
}
