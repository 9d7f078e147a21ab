//! What a linear search hands back, in Python and JavaScript: the element or index it found (`return ` under `if
//! user.id == user_id:` in `find_user` -> `user`, under `if item == target:` in `find_index`'s `for i, item in
//! enumerate(items):` -> `i`), and, after its loop, the answer for nothing found: `-1` where the loop returned an
//! index (`return i`, a binary search's `return mid`), `None` (`null;`) where it returned an element.
//!
//! A predicate's `True`/`False` after its loop is `boolean_returns`'; a search returning anything else (a count, a
//! computed value) is left alone: its fall-through answer is no convention.

use super::Suggestion;
use super::cursor::{Context, indentation};
use super::idioms::terminator;
use super::language::Language;
use super::lexer::{contains_word, is_plain_name};
use super::statements::enclosing_function;

/// Runs the rules of this module.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let python = match context.profile.language {
        Language::Python => true,
        Language::JavaScript | Language::TypeScript => false,
        _ => return,
    };
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    found_answer(context, python, out);
    not_found_answer(context, python, out);
    if python {
        default_answer(context, out);
    }
}

/// `return ` under `if value is None:` in `get(self, key, default=None)` -> `default`: a lookup that found
/// nothing answers with the default its caller passed, the parameter named for it.
fn default_answer(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "return " {
        return;
    }
    let Some(condition) = context
        .enclosing_lines()
        .next()
        .map(str::trim)
        .and_then(|header| header.strip_prefix("if "))
        .and_then(|header| header.strip_suffix(':'))
    else {
        return;
    };
    let tested = condition
        .strip_suffix(" is None")
        .or_else(|| condition.strip_prefix("not "));
    if !tested.is_some_and(is_plain_name) {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    if let Some(default) = function
        .parameter_names()
        .find(|name| *name == "default" || name.ends_with("_default"))
    {
        out.push(Suggestion::construct(default, 0.86));
    }
}

/// What a loop's variables are: `(index, element)`, either absent. `for i, item in enumerate(items):` ->
/// `(i, item)`, `for x in xs:` -> `(None, x)`, `for i in range(n):` -> `(i, None)`, `for (let i = 0; ...` ->
/// `(i, None)`, `for (const [i, x] of xs.entries())` -> `(i, x)`.
fn loop_variables(header: &str) -> Option<(Option<&str>, Option<&str>)> {
    let rest = header.strip_prefix("for")?.trim_start();
    let rest = rest.strip_prefix('(').unwrap_or(rest);
    let rest = ["const ", "let ", "var "]
        .iter()
        .find_map(|keyword| rest.strip_prefix(keyword))
        .unwrap_or(rest);
    if rest.contains(';') {
        let index = rest.split([' ', '=']).next()?;
        return is_plain_name(index).then_some((Some(index), None));
    }
    let (variables, iterable) = rest
        .split_once(" in ")
        .or_else(|| rest.split_once(" of "))?;
    let variables = variables
        .trim()
        .trim_start_matches('[')
        .trim_end_matches(']');
    let names: Vec<&str> = variables.split(',').map(str::trim).collect();
    let plain = |name: &&str| is_plain_name(name) && *name != "_";
    match names.as_slice() {
        // An array's `entries()` pairs an index with each element, a `Map`'s a key: only a name says which.
        [index, element]
            if iterable.starts_with("enumerate(")
                || iterable.trim_end().ends_with(".entries()) {") && names_an_index(index) =>
        {
            Some((Some(*index).filter(plain), Some(*element).filter(plain)))
        }
        [only] if iterable.starts_with("range(") => Some((Some(*only).filter(plain), None)),
        [only] => Some((None, Some(*only).filter(plain))),
        _ => None,
    }
}

/// `return ` right under a test of the loop's element (or on its line, `if (user.id === id) return `): the
/// index in a function named for an index (`find_index`, `indexOf`), the element in one named for finding it
/// (`find_user`, `getById`, `search`).
fn found_answer(context: &Context<'_>, python: bool, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let test = if typed == "return " {
        context.code_lines_above().next().map(str::to_owned)
    } else {
        typed
            .strip_suffix(" return ")
            .filter(|test| test.starts_with("if"))
            .map(str::to_owned)
    };
    let Some(test) = test.filter(|test| test.starts_with("if") && test.contains("==")) else {
        return;
    };
    let Some(header) = context
        .enclosing_lines()
        .find(|line| line.starts_with("for"))
    else {
        return;
    };
    let Some((index, element)) = loop_variables(header) else {
        return;
    };
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let name = function.name.to_ascii_lowercase();
    let tests_element = element.is_some_and(|element| contains_word(&test, element));
    let answer = if name.contains("index") {
        index.filter(|_| tests_element)
    } else if ["find", "get", "search", "lookup"]
        .iter()
        .any(|start| name.starts_with(start))
    {
        element.filter(|_| tests_element && index.is_none())
    } else {
        None
    };
    let Some(answer) = answer else {
        return;
    };
    let end = if python { "" } else { terminator(context) };
    out.push(Suggestion::construct(format!("{answer}{end}"), 0.86));
}

/// What a search's loop returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Found {
    Index,
    Element,
}

/// Whether a loop variable's name says it counts positions (`i`, `idx`, `index`, `rowIndex`).
fn names_an_index(name: &str) -> bool {
    matches!(
        name,
        "i" | "j" | "k" | "n" | "idx" | "index" | "pos" | "position"
    ) || ["Index", "_index", "Idx", "_idx"]
        .iter()
        .any(|ending| name.ends_with(ending))
}

/// `return ` just below a search's loop, at the loop's own level: `-1` after `return i` (or `return mid`),
/// `None` / `null;` after `return item`.
fn not_found_answer(context: &Context<'_>, python: bool, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "return " {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let Some(body_start) = context.tokens_before().get(function.body_start) else {
        return;
    };
    let cursor_indentation = indentation(context.line_before);
    let Some(body) = context
        .code
        .get(context.line_start(body_start.start)..context.cursor - context.line_before.len())
    else {
        return;
    };
    let missing: &[&str] = if python {
        &["None"]
    } else {
        &["null", "undefined"]
    };
    // The loop open at each line: its depth and its variables.
    let mut open_loop: Option<(usize, Option<&str>, Option<&str>)> = None;
    let mut found = None;
    let mut returned_midpoint = false;
    let mut loop_at_cursor_level = false;
    let mut last_depth = 0;
    for line in body.lines() {
        let statement = line.trim();
        if statement.is_empty() || statement.chars().all(|c| "})];".contains(c)) {
            continue;
        }
        let depth = indentation(line);
        last_depth = depth;
        if open_loop.is_some_and(|(at, _, _)| depth <= at) {
            open_loop = None;
        }
        if statement.starts_with("for") || statement.starts_with("while") {
            if depth < cursor_indentation {
                continue;
            }
            loop_at_cursor_level |= depth == cursor_indentation;
            if open_loop.is_none() {
                let (index, element) = if statement.starts_with("for") {
                    loop_variables(statement).unwrap_or((None, None))
                } else {
                    (None, None)
                };
                open_loop = Some((depth, index, element));
            }
        }
        let Some((_, value)) = statement.rsplit_once("return") else {
            continue;
        };
        if !(statement.starts_with("return") || statement.contains(") return")) {
            continue;
        }
        let value = value.trim().trim_end_matches(';').trim();
        if depth <= cursor_indentation && statement.starts_with("return") {
            // An answer at the cursor's own level would have ended the function already.
            return;
        }
        let kind = match open_loop {
            Some((_, index, element)) => {
                if value == "-1" || Some(value) == index || matches!(value, "mid" | "middle") {
                    returned_midpoint |= matches!(value, "mid" | "middle");
                    Found::Index
                } else if missing.contains(&value) || Some(value) == element {
                    Found::Element
                } else {
                    return;
                }
            }
            // A guard before the loop may give the same answer as the fall-through.
            None if value == "-1" || missing.contains(&value) => continue,
            None => return,
        };
        if found.is_some_and(|earlier| earlier != kind) {
            return;
        }
        found = Some(kind);
    }
    // The cursor's line follows the loop's body: the line above is indented deeper.
    if !loop_at_cursor_level || last_depth <= cursor_indentation && python {
        return;
    }
    // Python's searches answer a missing index with `-1` (`str.find`) as often as with `None`, unless named for an
    // index or halving a range (`return mid`).
    let named_for_index = {
        let name = function.name.to_ascii_lowercase();
        name.contains("index") || name.contains("position") || name.contains("search")
    };
    let answer = match found {
        Some(Found::Index) if python && !named_for_index && !returned_midpoint => return,
        Some(Found::Index) => "-1",
        Some(Found::Element) => missing[0],
        None => return,
    };
    let end = if python { "" } else { terminator(context) };
    out.push(Suggestion::construct(format!("{answer}{end}"), 0.86));
}
