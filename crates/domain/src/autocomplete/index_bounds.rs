//! The `1` of the two bounds a beginner's algorithm writes again and again: the last index (`hi = len(nums) - ` ->
//! `1`, `stack[:len(stack)-` -> `1]`, `result[result.length - ` -> `1];`) and the table one longer than its count
//! (`dp = [0] * (n + ` -> `1)`, Go's `make([]int, n+` -> `1)`, `new Array(amount + ` -> `1)`, `for i in range(1,
//! n + ` -> `1):`).
//!
//! Both are read from the line alone: the operator follows a size (`len(x)`, `x.length`, a plain name) in a place
//! that only holds an index or a size: an assignment's value, the same list's subscript, an allocation's length or
//! a range's end. Elsewhere (`s[len(s) - i - 1]` in a loop, `total + `) the number after the operator is the
//! developer's.
//!
//! Go's pop from a slice takes the last element first, then shrinks the slice: `s.items = ` under `item :=
//! s.items[len(s.items)-1]` -> `s.items[:len(s.items)-1]`.

use super::Suggestion;
use super::closers::after_value;
use super::cursor::Context;
use super::lexer::is_plain_name;

/// How sure the `1` is: a last index and a table of `n + 1` entries are the textbook's, but a bound may be
/// `len(nums) - 2` or `n + 2` now and then.
const CONFIDENCE: f64 = 0.85;

/// Runs the rules of this module.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    if let Some(target) = typed.strip_suffix(" = ") {
        popped_slice(context, target, out);
        return;
    }
    let found = if let Some(before) = typed
        .strip_suffix(" - ")
        .or_else(|| typed.strip_suffix('-'))
    {
        last_index(before)
    } else if let Some(before) = typed
        .strip_suffix(" + ")
        .or_else(|| typed.strip_suffix('+'))
    {
        one_larger(before)
    } else {
        false
    };
    if !found {
        return;
    }
    let Some(closing) = after_value(context) else {
        return;
    };
    out.push(Suggestion::construct(format!("1{closing}"), CONFIDENCE));
}

/// The size of a list that `before` ends with (`len(nums)`, `nums.length`), and the list, with the text before it.
fn list_size(before: &str) -> Option<(&str, &str)> {
    if let Some(call) = before.strip_suffix(')') {
        let (lead, list) = call.rsplit_once("len(")?;
        let plain_call = lead.is_empty()
            || !lead.ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '.');
        return (plain_call && is_plain_name(list)).then_some((lead, list));
    }
    let receiver = before
        .strip_suffix("length")
        .and_then(|rest| rest.strip_suffix('.'))?;
    // The trailing name's start, on a character boundary whatever precedes it.
    let start = receiver
        .trim_end_matches(|c: char| c.is_alphanumeric() || c == '_')
        .len();
    let list = receiver.get(start..)?;
    is_plain_name(list).then(|| (&receiver[..start], list))
}

/// `hi = len(nums) - `, `lo, hi := 0, len(nums)-`, `stack[:len(stack)-`, `result[result.length - `: the last index.
fn last_index(before: &str) -> bool {
    let Some((lead, list)) = list_size(before) else {
        return false;
    };
    let lead = lead.trim_end();
    let assigned = (lead.ends_with('=')
        && !lead.ends_with("==")
        && !lead.ends_with("!=")
        && !lead.ends_with("<=")
        && !lead.ends_with(">="))
        || (lead.ends_with(',')
            && (lead.contains(" = ") || lead.contains(":="))
            && !lead.contains('('));
    // `s[i] != s[len(s) - `: the mirror of another index is `1 - i` or `i - 1`, not the last element.
    let subscript = (lead.ends_with(&format!("{list}[")) || lead.ends_with(&format!("{list}[:")))
        && lead.matches(&format!("{list}[")).count() == 1;
    assigned || subscript
}

/// `[0] * (n + `, `make([]int, n+`, `new Array(amount + `, `range(1, n + `: a size one larger than a count.
fn one_larger(before: &str) -> bool {
    // The trailing name's start, on a character boundary whatever precedes it.
    let start = before
        .trim_end_matches(|c: char| c.is_alphanumeric() || c == '_')
        .len();
    let count = &before[start..];
    let (lead, count) = if is_plain_name(count) {
        (&before[..start], count)
    } else if let Some((lead, list)) = list_size(before) {
        (lead, list)
    } else {
        return false;
    };
    if count.is_empty() {
        return false;
    }
    let lead = lead.trim_end();
    let table = (lead.ends_with("* (") && lead.contains(']'))
        || lead.ends_with("new Array(")
        || lead.ends_with("Array(")
        || (lead.ends_with(',')
            && lead
                .rsplit_once("make(")
                .is_some_and(|(_, rest)| rest.starts_with("[]") && !rest.contains('(')));
    let range_end = lead.ends_with("range(")
        || lead
            .strip_suffix(',')
            .and_then(|rest| rest.rsplit_once("range("))
            .is_some_and(|(_, start)| !start.contains([',', '(', ')']));
    table || range_end
}

/// `stack = ` (or `s.items = `) right after the line read `stack[len(stack)-1]`, in Go: the slice without its last
/// element, the pop's second half.
fn popped_slice(context: &Context<'_>, target: &str, out: &mut Vec<Suggestion>) {
    if context.profile.language != super::language::Language::Go
        || !target.split('.').all(is_plain_name)
    {
        return;
    }
    let last = format!("{target}[len({target})-1]");
    if context
        .code_lines_above()
        .next()
        .is_some_and(|line| line.contains(&last))
    {
        out.push(Suggestion::construct(
            format!("{target}[:len({target})-1]"),
            CONFIDENCE,
        ));
    }
}
