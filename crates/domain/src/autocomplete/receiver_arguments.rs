//! Object-style library C, as jemalloc, Redis and zlib write it: a module's functions are named after the type they
//! act on and take its object first (`edata_size_get(edata)`, `tsd_state_get(tsd)`, `dict_find(dict, key)`).
//! Inside such a call's parentheses, with nothing typed yet, the one local or parameter named as the callee's first
//! word and declared with that word's type (`edata_t *edata`, `struct dict *dict`) is the first argument.
//!
//! Only the name is offered: whether more arguments follow is the callee's to say.

use super::Suggestion;
use super::cursor::Context;
use super::language::Language;
use super::lexer::is_identifier_char;

/// How many lines above the cursor the object's declaration is looked for in (the function's body and header).
const LINES: usize = 80;

/// How sure the object is: the naming convention rarely lies, but a module's list or iterator functions
/// (`edata_list_append(list, edata)`) take another object first.
const CONFIDENCE: f64 = 0.8;

/// Runs the rule.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::C
        || !context.at_line_end()
        || !context.prefix.is_empty()
        || context.member.is_some()
    {
        return;
    }
    let line = context.line_before;
    // A header being typed at the left margin takes parameters, not arguments.
    let Some(before) = line.strip_suffix('(') else {
        return;
    };
    if !line.starts_with([' ', '\t']) {
        return;
    }
    let callee_start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_identifier_char(c))
        .last()
        .map_or(before.len(), |(at, _)| at);
    let callee = before.get(callee_start..).unwrap_or("");
    let preceded_by_member = before
        .get(..callee_start)
        .is_some_and(|text| text.ends_with(['.', '>']));
    let Some((object, rest)) = callee.split_once('_') else {
        return;
    };
    if preceded_by_member
        || object.len() < 2
        || rest.is_empty()
        || object.starts_with(|c: char| c.is_ascii_digit())
    {
        return;
    }
    // A container of the objects takes itself first (`edata_list_active_append(list, edata)`), and a call the
    // file's own precedents already answered is theirs.
    let container = [
        "list", "array", "vec", "set", "map", "heap", "queue", "tree", "iter",
    ]
    .iter()
    .any(|word| rest.split('_').next() == Some(*word));
    if !container
        && !out.iter().any(|suggestion| suggestion.kind == "arguments")
        && declared_as_its_type(context, object)
    {
        out.push(Suggestion {
            text: object.to_owned(),
            confidence: CONFIDENCE,
            kind: "arguments",
            cursor_offset: 0,
        });
    }
}

/// Whether the lines above, up to the function's header, declare `object` with its own type (`edata_t *edata`,
/// `const tsd_t *tsd`, `struct dict *dict`).
fn declared_as_its_type(context: &Context<'_>, object: &str) -> bool {
    let type_name = format!("{object}_t");
    for line in context.code_before_line().lines().rev().take(LINES) {
        let words = words(line);
        let declared = words.windows(2).any(|w| w == [type_name.as_str(), object])
            || words
                .windows(3)
                .any(|w| w == [type_name.as_str(), "*", object])
            || words
                .windows(4)
                .any(|w| w == ["struct", object, "*", object]);
        if declared {
            return true;
        }
        // The function's header ends the search: what is above belongs to other functions.
        if line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') && line.contains('(') {
            return false;
        }
    }
    false
}

/// A line's words and punctuation, spaces left out (`const edata_t *edata)` -> `const`, `edata_t`, `*`, `edata`,
/// `)`).
fn words(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (at, c) in line.char_indices() {
        if is_identifier_char(c) {
            start.get_or_insert(at);
            continue;
        }
        if let Some(begin) = start.take()
            && let Some(word) = line.get(begin..at)
        {
            out.push(word);
        }
        if !c.is_whitespace()
            && let Some(mark) = line.get(at..at + c.len_utf8())
        {
            out.push(mark);
        }
    }
    if let Some(begin) = start
        && let Some(word) = line.get(begin..)
    {
        out.push(word);
    }
    out
}
