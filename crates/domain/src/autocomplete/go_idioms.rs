//! Habits of Go code in general, read once every other rule has spoken: `error` as a function's result type
//! (`func (m *Msg) Marshal() ([]byte, e` -> `rror`, `(n int, err e` -> `rror`), and `return` or `var` begun at a
//! statement's start in a body when no name of the code begins so.

use super::Suggestion;
use super::cursor::Context;
use super::language::Language;
use super::lexer::{innermost_unclosed, is_identifier_char};
use super::names::{UNRIVALLED_KEYWORD, raise_unrivalled_keyword};

/// The confidence of an answer one of these idioms names: over the keyword bar.
const IDIOM_CONFIDENCE: f64 = 0.8;

/// Applies the idioms to what the rules proposed, for Go only.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Go {
        return;
    }
    error_result(context, out);
    statement_keyword(context, out);
    queue_popped(context, out);
}

/// `queue = queue` right after `cur := queue[0]` -> `[1:]`: the front just read is dropped from the slice (a
/// breadth-first search's queue, a stack read from its bottom).
fn queue_popped(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let (slice, rest) = match typed.strip_suffix('[') {
        Some(head) => (head, "1:]"),
        None => (typed, "[1:]"),
    };
    let Some((target, value)) = slice.split_once(" = ") else {
        return;
    };
    if target != value || !super::lexer::is_plain_name(target) {
        return;
    }
    let front_read = context.previous_code_line().is_some_and(|line| {
        line.trim()
            .split_once(" := ")
            .is_some_and(|(_, read)| read == format!("{target}[0]"))
    });
    if front_read {
        out.push(Suggestion::construct(rest, 0.88));
    }
}

/// `func (m *Msg) Marshal() ([]byte, e` -> `rror`, `func Open(name string) (f *File, err e` -> `rror`,
/// `func (c *Conn) Close() e` -> `rror`: a result typed from `e` is `error` (a result is never named twice, so
/// not the `err` the names rule would finish).
fn error_result(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let prefix = context.prefix;
    let Some(rest) = "error".strip_prefix(prefix) else {
        return;
    };
    if prefix.is_empty() || rest.is_empty() || context.member.is_some() {
        return;
    }
    let line = context.line_before;
    if !line.starts_with("func ") {
        return;
    }
    let before = context.before_prefix();
    let in_results = match innermost_unclosed(before, '(', ')') {
        // `) (` opens the results; the parameters' `(` follows the name.
        Some(open) => {
            before.get(..open).unwrap_or("").trim_end().ends_with(')')
                && before
                    .get(open + 1..)
                    .unwrap_or("")
                    .rsplit(',')
                    .next()
                    .is_some_and(|result| {
                        let words: Vec<&str> = result.split_whitespace().collect();
                        // `e` unnamed, or `err e` named: one plain name before the type at most.
                        words.len() <= 1
                            && words
                                .iter()
                                .all(|word| word.chars().all(is_identifier_char))
                    })
        }
        // `func (c *Conn) Close() e`: the one unnamed result after the parameters.
        None => before.trim_end().ends_with(')') && before.ends_with(' '),
    };
    if !in_results {
        return;
    }
    for suggestion in out.iter_mut() {
        if suggestion.text != rest {
            suggestion.confidence = suggestion.confidence.min(UNRIVALLED_KEYWORD - 0.1);
        }
    }
    out.push(Suggestion::of_kind(rest, IDIOM_CONFIDENCE, "keyword"));
}

/// `re` -> `turn `, `v` -> `ar ` at a statement's start in a function's body, when no name of the code begins so:
/// the statement Go writes most with those letters.
fn statement_keyword(context: &Context<'_>, out: &mut [Suggestion]) {
    let prefix = context.prefix;
    let keyword = if prefix.len() >= 2 && "return".starts_with(prefix) {
        "return"
    } else if prefix == "v" || prefix == "va" {
        "var"
    } else {
        return;
    };
    raise_unrivalled_keyword(context, out, keyword, IDIOM_CONFIDENCE);
}
