//! The counting loop's three-part header (`for (int i = 0; i < n; i++) {`), typed part by part, in the languages
//! that share it: C, C++, Java, JavaScript, TypeScript and Go (`for i := 0; i < n; i++ {`).
//!
//! The language modules complete a header typed up to `= 0` in one piece, with a bound they find in scope. Someone
//! who types on instead (`for (int i = 0; `) gets nothing from them; this module follows the header part by part:
//! after the initialisation the condition starts with the index (`i < `), after `i < items.` comes the
//! collection's size as the language spells it (`length`, `length()`, `size()`), and after the condition the step
//! and the block's opening (`i++) {`, Go's `i++ {`). The header is spelled the same in all of them, so one module
//! serves them all rather than five copies in the language modules.

use super::Suggestion;
use super::cursor::Context;
use super::language::Language;
use super::lexer::is_identifier_char;
use super::statements::declaration_of;

/// How confident the index after the initialisation is: an index starting at 0 is compared with `<` far more often
/// than with anything else, but the bound after it is the developer's.
const INDEX_CONFIDENCE: f64 = 0.8;

/// How confident the step after a condition on the index is: `<` counts up and `>` down, almost without exception.
const STEP_CONFIDENCE: f64 = 0.85;

/// How confident the size member after `i < items.` is when the collection's declaration (or the language) says
/// what it is.
const KNOWN_SIZE_CONFIDENCE: f64 = 0.9;

/// How confident Java's `length` is for a receiver the window does not declare: a field or a parameter declared
/// further up; counting loops over arrays far outnumber those over lists, which Java walks with `for (x : list)`.
const GUESSED_SIZE_CONFIDENCE: f64 = 0.8;

/// Adds the next part of a counting loop's header when the cursor ends a partly typed one.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let language = context.profile.language;
    let go = language == Language::Go;
    if !matches!(
        language,
        Language::C
            | Language::Cpp
            | Language::Java
            | Language::JavaScript
            | Language::TypeScript
            | Language::Go
    ) || !context.at_line_end()
    {
        return;
    }
    let typed = context.before_prefix().trim_start();
    let header = if go {
        typed.strip_prefix("for ")
    } else {
        typed
            .strip_prefix("for (")
            .or_else(|| typed.strip_prefix("for("))
    };
    let Some(header) = header else {
        return;
    };
    let parts: Vec<&str> = header.split(';').collect();
    let Some(index) = parts.first().and_then(|first| initialised_index(first, go)) else {
        return;
    };
    // `for (int i = 0;` without the space: the next part starts with one.
    let space = if header.ends_with(';') { " " } else { "" };
    match parts.as_slice() {
        [initialisation, condition]
            if condition.trim().is_empty()
                && context.prefix.is_empty()
                && starts_at_zero(initialisation) =>
        {
            out.push(Suggestion::construct(
                format!("{space}{index} < "),
                INDEX_CONFIDENCE,
            ));
        }
        [_, condition] => size_member(context, index, condition, out),
        [_, condition, step] if step.trim().is_empty() && context.prefix.is_empty() => {
            if let Some(step) = step_of(index, condition) {
                let opening = if go { " {" } else { ") {" };
                out.push(Suggestion::construct(
                    format!("{space}{index}{step}{opening}"),
                    STEP_CONFIDENCE,
                ));
            }
        }
        _ => {}
    }
}

/// The index an initialisation declares or assigns (`int i = 0`, `let i = 0`, `i := 0`, `size_t j = n - 1`).
fn initialised_index(initialisation: &str, go: bool) -> Option<&str> {
    let assignment = if go { ":=" } else { "=" };
    let (target, value) = initialisation.split_once(assignment)?;
    if value.trim().is_empty() {
        return None;
    }
    let index = target.split_whitespace().next_back()?;
    let simple = index.starts_with(|c: char| c.is_alphabetic() || c == '_')
        && index.chars().all(is_identifier_char);
    simple.then_some(index)
}

/// Whether the index starts at zero: then it counts up to a bound, and `<` is all but certain.
fn starts_at_zero(initialisation: &str) -> bool {
    initialisation
        .rsplit(['=', ':'])
        .next()
        .is_some_and(|value| value.trim() == "0")
}

/// `++` or `--` for a condition that compares the index with something (`i < n` counts up, `i >= 0` down), or
/// `None` if the condition is not one on the index or is not finished.
fn step_of(index: &str, condition: &str) -> Option<&'static str> {
    let condition = condition.trim();
    let rest = condition.strip_prefix(index)?.trim_start();
    let (step, bound) = if let Some(bound) = rest
        .strip_prefix("<=")
        .or_else(|| rest.strip_prefix('<'))
        .or_else(|| rest.strip_prefix("!="))
    {
        ("++", bound)
    } else if let Some(bound) = rest.strip_prefix(">=").or_else(|| rest.strip_prefix('>')) {
        ("--", bound)
    } else {
        return None;
    };
    // The bound must be whole: not empty, not ending with an operator or a member separator, brackets closed.
    let bound = bound.trim();
    let depth = bound.chars().fold(0i32, |depth, c| match c {
        '(' | '[' => depth + 1,
        ')' | ']' => depth - 1,
        _ => depth,
    });
    let finished = bound
        .chars()
        .next_back()
        .is_some_and(|last| is_identifier_char(last) || matches!(last, ')' | ']'));
    (finished && depth == 0).then_some(step)
}

/// `i < items.` -> the size member of `items` as its language and declaration spell it, minus what is typed of it.
fn size_member(context: &Context<'_>, index: &str, condition: &str, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let receiver = access.receiver;
    let compared = condition
        .trim()
        .strip_prefix(index)
        .map(str::trim_start)
        .and_then(|rest| rest.strip_prefix("<=").or_else(|| rest.strip_prefix('<')))
        .and_then(|rest| rest.trim_start().strip_suffix('.'))
        .is_some_and(|bound| bound == receiver);
    if !compared || !receiver.chars().all(is_identifier_char) {
        return;
    }
    let size = match context.profile.language {
        Language::JavaScript | Language::TypeScript => Some(("length", KNOWN_SIZE_CONFIDENCE)),
        // Every standard container and `std::string` count with `size()`.
        Language::Cpp => Some(("size()", KNOWN_SIZE_CONFIDENCE)),
        Language::Java => java_size(context, receiver),
        _ => None,
    };
    if let Some((size, confidence)) = size
        && let Some(rest) = size.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, confidence));
    }
}

/// Java's size of `receiver`: `length` for an array, `length()` for a string, `size()` for a collection, from its
/// declaration; `length` when the window does not declare it (see [`GUESSED_SIZE_CONFIDENCE`]) unless its name
/// says it is a list.
fn java_size(context: &Context<'_>, receiver: &str) -> Option<(&'static str, f64)> {
    let Some(declaration) = declaration_of(context, receiver) else {
        let size = if receiver.to_lowercase().contains("list") {
            "size()"
        } else {
            "length"
        };
        return Some((size, GUESSED_SIZE_CONFIDENCE));
    };
    // Only the type right before the name: `void f(List<String> a, int[] b` -> `int[] b`'s `int[]`.
    let declaration = declaration.rsplit(['(', ',']).next().unwrap_or(declaration);
    let size = if declaration.trim_end().ends_with(']') || declaration.contains("[]") {
        "length"
    } else if declaration.contains("String") && !declaration.contains('<') {
        "length()"
    } else if [
        "List",
        "Set",
        "Map",
        "Collection",
        "Queue",
        "Deque",
        "Vector",
    ]
    .iter()
    .any(|collection| declaration.contains(collection))
    {
        "size()"
    } else {
        return None;
    };
    Some((size, KNOWN_SIZE_CONFIDENCE))
}
