//! JSON and the first HTTP server of a course, in the words every tutorial uses: Python's `json.load(` -> the
//! file the `with` opened, `json.dumps(data, ` -> `indent=2)`, JavaScript's `JSON.stringify(data, null, ` ->
//! `2)` and a `fetch`'s `body: ` -> `JSON.stringify()`, Express's first route, and Rust's `let json =
//! serde_json::` -> `to_string()`; a `fetch` response's `return ` -> `res.json();` and, in an HTTP error's
//! template literal, `${res.` -> `status`. Go's `net/http` has its lines in `go.rs`.

use super::Language;
use super::Suggestion;
use super::cursor::Context;
use super::idioms::{open_parentheses, terminator};
use super::lexer::is_plain_name;

/// Runs every rule of this module.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    match context.profile.language {
        Language::Python => python_json(context, out),
        Language::JavaScript | Language::TypeScript => {
            javascript_json(context, out);
            express(context, out);
            response_status(context, out);
        }
        Language::Rust => serde_json_text(context, out),
        _ => {}
    }
}

/// The file a `with open(...) as f:` above the cursor opened, when the cursor is in its block.
fn file_of_with_block<'a>(context: &Context<'a>) -> Option<&'a str> {
    let line = context
        .code_lines_above()
        .take(8)
        .find(|line| line.starts_with("with open("))?;
    let name = line.strip_suffix(':')?.rsplit_once(" as ")?.1.trim();
    is_plain_name(name).then_some(name)
}

/// `json.load(` in a `with open(...) as f:` block -> `f)`; `json.dumps(data, ` -> `indent=2)`.
fn python_json(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if typed.ends_with("json.load(") {
        if let Some(file) = file_of_with_block(context) {
            out.push(Suggestion::construct(format!("{file})"), 0.9));
        }
    } else if typed.ends_with(", ")
        && let Some((_, arguments)) = typed.rsplit_once("json.dumps(")
        && is_plain_name(arguments.trim_end_matches(", "))
    {
        let closers = open_parentheses(typed).unwrap_or_default();
        out.push(Suggestion::construct(format!("indent=2{}", closers), 0.86));
    }
}

/// `JSON.stringify(data, null, ` -> `2)`, the indentation that makes it readable; `body: ` in the options of a
/// `fetch` that sends JSON -> `JSON.stringify()`; `.then(` after `.then(res => res.json())` -> `data => `.
fn javascript_json(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    // `return ` right after `const res = await fetch(...)` in a function promising a value: its parsed body.
    if typed == "return " {
        let response = context.code_lines_above().next().and_then(|line| {
            let (head, _) = line.split_once(" = await fetch(")?;
            head.strip_prefix("const ")
                .filter(|name| is_plain_name(name))
        });
        let promises_value = context.enclosing_lines().last().is_some_and(|header| {
            header.contains("async ")
                && header.contains("): Promise<")
                && !header.contains("Promise<void>")
        });
        if let Some(response) = response.filter(|_| promises_value) {
            out.push(Suggestion::construct(
                format!("{response}.json(){}", terminator(context)),
                0.86,
            ));
        }
        return;
    }
    if typed.ends_with(", null, ") && typed.contains("JSON.stringify(") {
        let closers = open_parentheses(typed).unwrap_or_default();
        let end = if typed.starts_with("const ")
            || typed.starts_with("let ")
            || typed.starts_with("return ")
        {
            terminator(context)
        } else {
            ""
        };
        out.push(Suggestion::construct(format!("2{}{end}", closers), 0.88));
        return;
    }
    if typed == "body: " {
        // Up to the `fetch(` that these options are given to, a JSON content type was declared.
        let mut sends_json = false;
        let mut in_fetch = false;
        for line in context.code_lines_above().take(8) {
            sends_json |= line.contains("application/json");
            if line.contains("fetch(") {
                in_fetch = true;
                break;
            }
        }
        if sends_json && in_fetch {
            out.push(Suggestion::construct("JSON.stringify()", 0.88));
        }
        return;
    }
    if typed == ".then(" {
        let parsed = context
            .previous_code_line()
            .is_some_and(|line| line.trim().ends_with(".json())"));
        if parsed {
            out.push(Suggestion::construct("data => ", 0.86));
        }
    }
}

/// Express: `app.get(` -> `'/', (req, res) => {` for the first route of an app made by `express()` (a handler's
/// `req.` is `javascript_everyday`'s).
fn express(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    // The cheap test first: the app is looked for only on a line that registers a route.
    if !typed.ends_with(".get(") {
        return;
    }
    let Some(app) = context.code_lines_above().find_map(|line| {
        let rest = line.strip_prefix("const ")?;
        let (name, value) = rest.split_once(" = ")?;
        (value.trim_end_matches(';') == "express()").then_some(name.trim())
    }) else {
        return;
    };
    let first_route = !context.code.contains(&format!("{app}.get('"))
        && !context.code.contains(&format!("{app}.get(\""));
    if typed == format!("{app}.get(") && first_route {
        out.push(Suggestion::construct("'/', (req, res) => {", 0.86));
    }
}

/// `let json = serde_json::` -> `to_string()`: text is made from a value with `to_string`; `from_str` reads it.
fn serde_json_text(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(target) = typed
        .strip_prefix("let ")
        .and_then(|rest| rest.strip_suffix(" = serde_json::"))
    else {
        return;
    };
    let target = target.trim_start_matches("mut ");
    if matches!(
        target,
        "json" | "text" | "body" | "payload" | "serialized" | "s" | "output"
    ) {
        out.push(Suggestion::member("to_string()", 0.88));
    }
}

/// `throw new Error(`HTTP ${res.` -> `status`: an HTTP error about a `fetch` response names its status code
/// (the message may go on, so nothing is closed; a message that says less, `Request failed: ${res.`, may as well
/// show the `statusText`).
fn response_status(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let Some(before) = context.before_receiver(&access) else {
        return;
    };
    let Some((call, text)) = before
        .strip_suffix("${")
        .and_then(|rest| rest.rsplit_once('`'))
    else {
        return;
    };
    if text != "HTTP " || !call.ends_with("Error(") || !is_plain_name(access.receiver) {
        return;
    }
    let fetched = context.code_lines_above().take(12).any(|line| {
        line.split_once(" = await fetch(")
            .is_some_and(|(head, _)| head.rsplit(' ').next() == Some(access.receiver))
    });
    if fetched {
        out.push(Suggestion::member("status", 0.9));
    }
}
