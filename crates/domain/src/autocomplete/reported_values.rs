//! The value a Python error or log message reports: under `if not os.path.exists(name):`,
//! `log.error("no such file: %s", ` -> `name`; under `if not 0 < port < 65536:`, `raise ValueError("port out of
//! range: %d" % ` -> `port`. The first statement under an `if` that reports a problem names what the condition
//! tested, when the condition tests one name only and the message has one place for it.

use super::Suggestion;
use super::cursor::Context;
use super::language::Language;

/// How sure the one tested name is: above a log message's one unshown parameter (`environment`), which the
/// condition's name is more likely than.
const CONFIDENCE: f64 = 0.87;

/// Words of a condition that name no value.
const NOT_VALUES: &[&str] = &[
    "not", "in", "is", "and", "or", "None", "True", "False", "int", "str", "float", "bool",
    "bytes", "list", "dict", "tuple", "set", "self", "cls",
];

/// The methods of a logger that take a `%` message and its arguments.
const LOG_METHODS: &[&str] = &[
    "error",
    "warning",
    "warn",
    "info",
    "debug",
    "critical",
    "exception",
];

/// Runs the rule where a message's argument is being typed.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Python
        || !(context.at_line_end() || super::auto_paired(context.line_after))
    {
        return;
    }
    let typed = context.before_prefix().trim_start();
    let Some(message) = message_before(typed) else {
        return;
    };
    if placeholders(message) != 1 {
        return;
    }
    let Some(condition) = context.previous_code_line().and_then(|line| {
        let line = line.trim();
        line.strip_prefix("if ")
            .or_else(|| line.strip_prefix("elif "))?
            .strip_suffix(':')
    }) else {
        return;
    };
    let enclosing = context.enclosing_lines().next().unwrap_or("");
    if !enclosing.starts_with("if ") && !enclosing.starts_with("elif ") {
        return;
    }
    // `if not sep:` says a value is missing or empty: the message reports something else (the line without it).
    if condition.strip_prefix("not ").is_some_and(|rest| {
        rest.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
    }) {
        return;
    }
    if let Some(name) = tested_name(condition)
        && let Some(rest) = name.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        // The message has no other place: the call closes after the name.
        let closers = super::idioms::open_parentheses(typed).unwrap_or_default();
        out.push(Suggestion::construct(
            format!("{rest}{closers}"),
            CONFIDENCE,
        ));
    }
}

/// The string literal a message argument follows: `raise E("bad: %r" % ` or `log.error("bad: %s", `.
fn message_before(typed: &str) -> Option<&str> {
    let (head, logged) = if let Some(head) = typed.strip_suffix(" % ") {
        (head, false)
    } else {
        (typed.strip_suffix(", ")?, true)
    };
    let quote = head
        .chars()
        .next_back()
        .filter(|c| matches!(c, '"' | '\''))?;
    let inner = head.get(..head.len() - 1)?;
    let start = inner.rfind(quote)?;
    let message = inner.get(start + 1..)?;
    if logged {
        let call = inner.get(..start)?.strip_suffix('(')?;
        let method = call.rsplit('.').next()?;
        if !call.contains('.') || !LOG_METHODS.contains(&method) {
            return None;
        }
    }
    Some(message)
}

/// How many `%` conversions a message has (`%%` is none).
fn placeholders(message: &str) -> usize {
    let mut count = 0;
    let mut characters = message.chars().peekable();
    while let Some(c) = characters.next() {
        if c != '%' {
            continue;
        }
        match characters.peek() {
            Some('%') => {
                characters.next();
            }
            Some(next) if next.is_ascii_alphanumeric() || matches!(next, '(' | '.' | '-' | '*') => {
                count += 1;
            }
            _ => {}
        }
    }
    count
}

/// The one name a condition tests (`name` of `not os.path.exists(name)`, `port` of `not 0 < port < 65536`):
/// calls, constants, numbers and names compared with `None` left out.
fn tested_name(condition: &str) -> Option<&str> {
    if condition.contains(['"', '\'', '[', '{', '#']) {
        return None;
    }
    let mut found: Option<&str> = None;
    let bytes = condition.as_bytes();
    let mut at = 0;
    while at < condition.len() {
        let Some(c) = condition.get(at..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        if !(c.is_ascii_alphabetic() || c == '_') {
            at += c.len_utf8();
            continue;
        }
        let end = condition
            .get(at..)?
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
            .map_or(condition.len(), |length| at + length);
        let name = condition.get(at..end)?.trim_end_matches('.');
        at = end;
        let called = bytes.get(end) == Some(&b'(');
        let constant = !name
            .rsplit('.')
            .next()
            .unwrap_or(name)
            .chars()
            .any(|c| c.is_ascii_lowercase());
        let none_test = condition
            .get(end..)
            .is_some_and(|rest| rest.starts_with(" is None") || rest.starts_with(" is not None"));
        if called || constant || none_test || NOT_VALUES.contains(&name) || !name.is_ascii() {
            continue;
        }
        match found {
            Some(earlier) if earlier != name => return None,
            _ => found = Some(name),
        }
    }
    found
}
