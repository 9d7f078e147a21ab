//! JSON and the first HTTP server of a course, in the words every tutorial uses: Python's `json.load(` -> the
//! file the `with` opened, `json.dumps(data, ` -> `indent=2)`, JavaScript's `JSON.stringify(data, null, ` ->
//! `2)` and a `fetch`'s `body: ` -> `JSON.stringify()`, Express's first route, and Rust's `let json =
//! serde_json::` -> `to_string()`; a `fetch` response's `return ` -> `res.json();` and, in an HTTP error's
//! template literal, `${res.` -> `status`; an Express handler's parameters in Express's order (`(req, ` -> `res) =>
//! {`, `(err, req, res, ` -> `next) => {`, TypeScript's `res: ` -> `Response) => {`) and `req.params.` -> the one
//! parameter its route's path names; a response's body once its status is checked (`resp.raise_for_status()` then
//! `return resp.` -> `json()`). Go's `net/http` has its lines in `go.rs`.

use super::Language;
use super::Suggestion;
use super::cursor::Context;
use super::idioms::{open_parentheses, terminator};
use super::lexer::is_plain_name;

/// Runs every rule of this module.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    if matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript
    ) {
        express_handler(context, out);
        route_parameter(context, out);
    }
    response_body(context, out);
    if !context.prefix.is_empty() {
        return;
    }
    match context.profile.language {
        Language::Python => python_json(context, out),
        Language::JavaScript | Language::TypeScript => {
            javascript_json(context, out);
            express(context, out);
            response_status(context, out);
            query_parameter(context, out);
            stored_as_json(context, out);
        }
        Language::Rust => serde_json_text(context, out),
        _ => {}
    }
}

/// `return resp.` (or `data = resp.`, `const data = await res.`) for a response just fetched (`resp =
/// requests.get(...)`, `const res = await fetch(...)`) whose body nothing has read yet -> `json()`: what is
/// checked of a response before (`raise_for_status()`, `res.ok`, `status`) is not what is taken from it.
fn response_body(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let script = match context.profile.language {
        Language::Python => false,
        Language::JavaScript | Language::TypeScript => true,
        _ => return,
    };
    let Some(access) = context.dot_member() else {
        return;
    };
    let response = access.receiver;
    if !is_plain_name(response) || !"json()".starts_with(context.prefix) {
        return;
    }
    let Some(before) = context.before_receiver(&access).map(str::trim) else {
        return;
    };
    let before = before.strip_suffix("await").map_or(before, str::trim_end);
    if before != "return" && !before.ends_with(" =") {
        return;
    }
    // The response is made within the last lines, and its body not read since.
    let mut fetched = false;
    for line in context.code_lines_above().take(12) {
        let line = line.trim();
        if line.contains(&format!("{response}.json(")) || line.contains(&format!("{response}.text"))
        {
            return;
        }
        let declared = line
            .strip_prefix("const ")
            .or_else(|| line.strip_prefix("let "))
            .unwrap_or(line);
        if let Some(value) = declared
            .strip_prefix(response)
            .and_then(|rest| rest.strip_prefix(" = "))
        {
            fetched = if script {
                value.starts_with("await fetch(")
            } else {
                ["requests.", "httpx.", "session.", "client."]
                    .iter()
                    .any(|library| value.starts_with(library))
                    && [".get(", ".post(", ".put(", ".patch("]
                        .iter()
                        .any(|call| value.contains(call))
            };
            break;
        }
    }
    if !fetched {
        return;
    }
    out.push(Suggestion::member(&"json()"[context.prefix.len()..], 0.88));
}

/// `const id = url.searchParams.` (or `params.` made by `new URLSearchParams(`) -> `get("id");`: a variable
/// named for a query parameter reads that parameter.
fn query_parameter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some((declaration, receiver)) = typed
        .strip_suffix('.')
        .and_then(|rest| rest.split_once(" = "))
    else {
        return;
    };
    let Some(name) = ["const ", "let ", "var "]
        .iter()
        .find_map(|keyword| declaration.strip_prefix(keyword))
        .map(str::trim)
        .filter(|name| is_plain_name(name))
    else {
        return;
    };
    let searched = receiver.ends_with(".searchParams")
        || (is_plain_name(receiver)
            && context
                .code_lines_above()
                .take(30)
                .any(|line| line.contains(&format!("{receiver} = new URLSearchParams("))));
    if searched {
        let quote = if context.code.matches('\'').count() > context.code.matches('"').count() {
            '\''
        } else {
            '"'
        };
        out.push(Suggestion::construct(
            format!("get({quote}{name}{quote}){}", terminator(context)),
            0.86,
        ));
    }
}

/// `localStorage.setItem("todos", JSON.` -> `stringify(todos));`: the value stored under a key named like one of
/// the code's variables is that variable, as JSON.
fn stored_as_json(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(key) = typed
        .strip_suffix(", JSON.")
        .and_then(|rest| rest.strip_prefix("localStorage.setItem("))
        .map(|key| key.trim_matches(['"', '\'', '`']))
        .filter(|key| is_plain_name(key))
    else {
        return;
    };
    let declared = context.code_lines_above().any(|line| {
        ["const ", "let ", "var "].iter().any(|keyword| {
            line.strip_prefix(keyword).is_some_and(|rest| {
                rest.strip_prefix(key)
                    .is_some_and(|after| after.starts_with([' ', ':', '=']))
                    || rest.starts_with(&format!("[{key},"))
            })
        })
    });
    if declared {
        out.push(Suggestion::construct(
            format!("stringify({key})){}", terminator(context)),
            0.86,
        ));
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
        // The fetch just above, or above the status check that guards it (`if (!res.ok) throw ...`).
        // The check may be a block of its own (`if (!res.ok) {`, `throw ...`, `}`).
        let response = context
            .code_lines_above()
            .take(5)
            .find_map(|line| {
                let (head, _) = line.split_once(" = await fetch(")?;
                head.strip_prefix("const ")
                    .filter(|name| is_plain_name(name))
            })
            .filter(|response| {
                context
                    .code_lines_above()
                    .take_while(|line| !line.contains(" = await fetch("))
                    .all(|line| {
                        line.starts_with(&format!("if (!{response}.ok)"))
                            || line.starts_with("throw ")
                            || line == "}"
                    })
            });
        // A JavaScript `async` function promises whatever it returns; a TypeScript one says what.
        let promises_value = context.enclosing_lines().last().is_some_and(|header| {
            header.contains("async ")
                && (header.contains("): Promise<") && !header.contains("Promise<void>")
                    || context.profile.language == Language::JavaScript)
        });
        if let Some(response) = response.filter(|_| promises_value) {
            out.push(Suggestion::construct(
                format!("{response}.json(){}", terminator(context)),
                0.86,
            ));
        }
        return;
    }
    // `JSON.stringify(data, ` -> `null, 2)`: a second argument is there to indent; the replacer is left out.
    // After `, null, ` only the indent is left.
    let indent = if let Some((_, argument)) = typed.rsplit_once("JSON.stringify(")
        && argument.strip_suffix(", ").is_some_and(|value| {
            is_plain_name(value) || value.contains('.') && !value.contains(['(', ','])
        }) {
        Some(("null, 2", 0.86))
    } else if typed.ends_with(", null, ") && typed.contains("JSON.stringify(") {
        Some(("2", 0.88))
    } else {
        None
    };
    if let Some((arguments, confidence)) = indent {
        let closers = open_parentheses(typed).unwrap_or_default();
        let declares_or_returns = ["const ", "let ", "return "]
            .iter()
            .any(|keyword| typed.starts_with(keyword));
        let end = if declares_or_returns {
            terminator(context)
        } else {
            ""
        };
        out.push(Suggestion::construct(
            format!("{arguments}{closers}{end}"),
            confidence,
        ));
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
            // The function's one parameter that is no identifier or address is the data it sends.
            let sent: Vec<&str> = super::statements::enclosing_function(context)
                .map(|function| {
                    function
                        .parameter_names()
                        .filter(|name| {
                            let lower = name.to_ascii_lowercase();
                            !(lower == "id"
                                || name.ends_with("Id")
                                || lower.ends_with("url")
                                || lower == "path")
                        })
                        .collect()
                })
                .unwrap_or_default();
            let comma = context
                .previous_code_line()
                .is_some_and(|line| line.trim_end().ends_with(','));
            match sent.as_slice() {
                [data] => out.push(Suggestion::construct(
                    format!("JSON.stringify({data}){}", if comma { "," } else { "" }),
                    0.88,
                )),
                _ => out.push(Suggestion::construct("JSON.stringify()", 0.88)),
            }
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

/// The methods an Express app or router registers a handler with.
const ROUTE_METHODS: &[&str] = &[
    ".get(", ".post(", ".put(", ".patch(", ".delete(", ".use(", ".all(",
];

/// An Express handler's parameters, in the one order Express passes them: `app.get("/", (req, ` -> `res) => {`,
/// `app.use((err, req, res, ` -> `next) => {`, and in TypeScript the types Express names (`res: ` after `req:
/// Request, ` -> `Response) => {`, `next: ` -> `NextFunction) {`).
fn express_handler(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(before) = typed.strip_suffix(context.prefix) else {
        return;
    };
    let registers = ROUTE_METHODS.iter().any(|method| typed.contains(method));
    let declaration = typed.strip_prefix("export ").unwrap_or(typed);
    let declares =
        declaration.starts_with("function ") || declaration.starts_with("async function ");
    // The block the handler opens: an arrow's in a route's arguments, a function's after `function (`.
    let function = before
        .rfind('(')
        .and_then(|open| before.get(..open))
        .is_some_and(|head| head.trim_end().ends_with("function") || declares);
    let opening = if function { " {" } else { " => {" };
    let text = if before.ends_with("(req, ") && registers {
        "res)"
    } else if before.ends_with("(err, req, res, ") && registers {
        "next)"
    } else if before.ends_with("req: Request, res: ") && (registers || declares) {
        // An error handler (`err` first) goes on to `next`, which Express needs to count four parameters.
        let error_handler = before.contains("(err: ") || before.contains("(error: ");
        if error_handler {
            let opening_function = if function { ") {" } else { ") => {" };
            if let Some(rest) = "Response, next: NextFunction".strip_prefix(context.prefix) {
                out.push(Suggestion::construct(
                    format!("{rest}{opening_function}"),
                    0.88,
                ));
            }
            return;
        }
        "Response)"
    } else if before.ends_with("res: Response, next: ") && (registers || declares) {
        "NextFunction)"
    } else {
        return;
    };
    if let Some(rest) = text.strip_prefix(context.prefix) {
        out.push(Suggestion::construct(format!("{rest}{opening}"), 0.88));
    }
}

/// `req.params.` in a handler of `"/users/:id"` -> `id`: the one parameter the route's path names.
fn route_parameter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if access.receiver != "req.params" && access.receiver != "request.params" {
        return;
    }
    let Some(route) = context
        .enclosing_lines()
        .find(|line| ROUTE_METHODS.iter().any(|method| line.contains(method)))
    else {
        return;
    };
    let Some(path) = route
        .split(['"', '\'', '`'])
        .nth(1)
        .filter(|path| path.starts_with('/'))
    else {
        return;
    };
    let mut parameters = path.split('/').filter_map(|part| part.strip_prefix(':'));
    let (Some(parameter), None) = (parameters.next(), parameters.next()) else {
        return;
    };
    let parameter = parameter.trim_end_matches('?');
    let Some(rest) = parameter.strip_prefix(context.prefix) else {
        return;
    };
    if !is_plain_name(parameter) || rest.is_empty() {
        return;
    }
    // Only the calls opened since the line's last open `{` or `[` close here: `findUnique({ where: { id:
    // Number(req.params.` -> `id)`, the object's braces being the writer's to close.
    let (closers, only_calls) = innermost_open_calls(context.line_before);
    let statement = context.line_before.trim_start().starts_with("const ")
        || context.line_before.trim_start().starts_with("let ");
    let ending = if statement && only_calls {
        terminator(context)
    } else {
        ""
    };
    out.push(Suggestion::member(format!("{rest}{closers}{ending}"), 0.9));
}

/// The `)` of each parenthesis the line leaves open after its last open `{` or `[`, and whether nothing but
/// parentheses is open on it.
fn innermost_open_calls(line: &str) -> (String, bool) {
    let mut open = Vec::new();
    for character in line.chars() {
        match character {
            '(' | '[' | '{' => open.push(character),
            ')' | ']' | '}' => {
                open.pop();
            }
            _ => {}
        }
    }
    let calls = open
        .iter()
        .rev()
        .take_while(|&&opener| opener == '(')
        .count();
    (")".repeat(calls), calls == open.len())
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
    let names_status = text == "HTTP " || text.to_lowercase().trim_end().ends_with("status:");
    if !names_status || !call.ends_with("Error(") || !is_plain_name(access.receiver) {
        return;
    }
    // A response the code fetched, or one whose `ok` it just tested.
    let tested = format!("if (!{}.ok)", access.receiver);
    let fetched = context.code_lines_above().take(12).any(|line| {
        line.starts_with(&tested)
            || line
                .split_once(" = await fetch(")
                .is_some_and(|(head, _)| head.rsplit(' ').next() == Some(access.receiver))
    });
    if fetched {
        out.push(Suggestion::member("status", 0.9));
    }
}
