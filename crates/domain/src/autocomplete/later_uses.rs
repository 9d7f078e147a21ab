//! What the lines below the cursor already use, when the developer is editing code rather than writing it top to
//! bottom: a name the cursor's line is there to bind or import.
//!
//! - a loop variable or a parameter that the block below already uses (`for | in names:` above
//!   `print(name)` -> `name`, `def add_item(self, |):` above `self.items.append(item)` -> `item`,
//!   `nums.map((|) => x * 2)` -> `x`, Java's `int |) {` above `this.age = age;` -> `age`);
//! - an import that the file's body already uses (`import |` above `random.randint(1, 6)` -> `random`,
//!   `import { | } from "react";` above `useState(0)` -> `useState`, `import java.util.|;` above
//!   `new Scanner(System.in)` -> `Scanner`, `im|` -> `port json`);
//! - a loop's bound that its body's subscripts name (`for i in range(len(|)):` above `nums[i]` -> `nums`,
//!   `i < |; i++) {` above `items[i]` -> `items.length`, Java's `list.get(i)` -> `list.size()`), and a `while`
//!   condition that its body's step names (`node = node.next` -> `node`, `sc.nextLine()` ->
//!   `sc.hasNextLine()`, a `break` and nothing walked -> `True`);
//! - what the rest of the line or the file requires: the parameter that `this.| = name;` stores, an `elif`
//!   above an `else:`, the header of a Python function the code calls but does not define (`def ask_na|` ->
//!   `me():`).
//!
//! Only a name the code below uses and nothing before the cursor binds counts, and only when it is the one such
//! name: two of them leave the choice to the developer. The reading is bounded by the scan's tokens after the
//! cursor (a few hundred) and its window before it, so it costs the same on any file.

use std::collections::HashSet;

use super::Suggestion;
use super::cursor::{Context, indentation};
use super::language::Language;
use super::lexer::{Token, TokenKind, is_identifier_char, is_plain_name};
use super::statements::matching_close;

/// How sure a name is that the block below uses and nothing binds: the code cannot run without it.
const BOUND_NAME_CONFIDENCE: f64 = 0.9;

/// How sure an import is of the one module or name the body uses and nothing defines or imports.
const IMPORT_CONFIDENCE: f64 = 0.88;

/// How sure `True` is for a `while` whose body nothing walks and that leaves by `break`.
const ENDLESS_LOOP_CONFIDENCE: f64 = 0.8;

/// How sure a function's header is when the code calls it and defines nothing of that name.
const DEFINED_CALL_CONFIDENCE: f64 = 0.85;

/// How sure a counting loop's bound is when its body indexes one collection with the loop's index.
const LOOP_BOUND_CONFIDENCE: f64 = 0.88;

/// Names that a JavaScript or TypeScript program uses without defining or importing them.
const JAVASCRIPT_GLOBALS: &[&str] = &[
    "console",
    "document",
    "window",
    "globalThis",
    "process",
    "module",
    "exports",
    "require",
    "localStorage",
    "sessionStorage",
    "navigator",
    "location",
    "undefined",
    "arguments",
    "fetch",
    "setTimeout",
    "setInterval",
    "clearTimeout",
    "clearInterval",
    "parseInt",
    "parseFloat",
    "isNaN",
    "alert",
    "prompt",
    "confirm",
    "structuredClone",
    "queueMicrotask",
    "encodeURIComponent",
    "decodeURIComponent",
    "describe",
    "it",
    "test",
    "expect",
    "beforeEach",
    "afterEach",
    "jest",
];

/// The types of the Java packages a beginner imports, by package.
const JAVA_PACKAGE_TYPES: &[(&str, &[&str])] = &[
    (
        "java.util",
        &[
            "Scanner",
            "ArrayList",
            "List",
            "HashMap",
            "Map",
            "HashSet",
            "Set",
            "Arrays",
            "Collections",
            "LinkedList",
            "Random",
            "Iterator",
            "Queue",
            "Deque",
            "ArrayDeque",
            "Stack",
            "PriorityQueue",
            "TreeMap",
            "TreeSet",
            "LinkedHashMap",
            "Optional",
            "Objects",
        ],
    ),
    (
        "java.io",
        &[
            "File",
            "IOException",
            "BufferedReader",
            "InputStreamReader",
            "FileReader",
            "FileWriter",
            "PrintWriter",
            "BufferedWriter",
            "FileNotFoundException",
        ],
    ),
    (
        "java.time",
        &[
            "LocalDate",
            "LocalDateTime",
            "LocalTime",
            "Duration",
            "Instant",
        ],
    ),
    ("java.util.stream", &["Collectors", "IntStream", "Stream"]),
];

/// Adds the name the code below already uses where the cursor binds or imports one, and a loop's bound.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !matches!(
        context.profile.language,
        Language::Python | Language::JavaScript | Language::TypeScript | Language::Java
    ) {
        return;
    }
    // `import java.util.|` is the one place here where the prefix follows a `.`.
    imported_name(context, out);
    stored_parameter(context, out);
    if context.member.is_none() {
        bound_by_header(context, out);
        loop_bound(context, out);
        branch_above_else(context, out);
        condition_of_walk(context, out);
        defined_from_calls(context, out);
    }
}

/// `this.| = name;` (`self.| = name`) in a function that takes `name`: the attribute that stores it is named
/// like it, as constructors and setters write it.
fn stored_parameter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !matches!(access.receiver, "this" | "self") || !context.member_starts_statement(&access) {
        return;
    }
    let Some(value) = context
        .line_after
        .trim_start()
        .strip_prefix('=')
        .map(|value| value.trim().trim_end_matches(';').trim_end())
    else {
        return;
    };
    if !is_plain_name(value)
        || value.len() <= context.prefix.len()
        || !value.starts_with(context.prefix)
    {
        return;
    }
    let Some(function) = super::statements::enclosing_function(context) else {
        return;
    };
    if function.parameter_names().any(|name| name == value)
        && let Some(rest) = value.get(context.prefix.len()..)
    {
        out.push(Suggestion::member(rest, BOUND_NAME_CONFIDENCE));
    }
}

/// `el|` on a line between a Python branch and an `else:` at the same indentation: only an `elif` may stand
/// there, the `else:` must stay last.
fn branch_above_else(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Python
        || !context.at_line_end()
        || context.prefix.len() < 2
        || context.line_before.trim_start() != context.prefix
        || !"elif".starts_with(context.prefix)
        || context.prefix == "elif"
    {
        return;
    }
    let after = context.code.get(context.cursor..).unwrap_or("");
    let Some(next_line) = after.lines().skip(1).find(|line| !line.trim().is_empty()) else {
        return;
    };
    let next = next_line.trim_start();
    if indentation(next_line) == indentation(context.line_before)
        && (next.starts_with("else:") || next.starts_with("elif "))
        && let Some(rest) = "elif ".get(context.prefix.len()..)
    {
        out.push(Suggestion::construct(rest, BOUND_NAME_CONFIDENCE));
    }
}

/// A `while` condition that the body's step names: `while |:` above `node = node.next` -> `node`, Java's
/// `while (|) {` above `String line = sc.nextLine();` -> `sc.hasNextLine()`.
fn condition_of_walk(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let before = context.before_prefix().trim_start();
    let opens = match context.profile.language {
        Language::Python => before == "while " && context.line_after.trim() == ":",
        _ => {
            (before == "while (" || before == "while(")
                && matches!(context.line_after.trim(), ")" | ") {")
        }
    };
    if !opens {
        return;
    }
    let Some(range) = header_body(context) else {
        return;
    };
    let body = context.scan.after.get(range).unwrap_or_default();
    let texts: Vec<&str> = body.iter().map(|token| context.text(token)).collect();
    let mut conditions: Vec<String> = Vec::new();
    let mut add = |condition: String| {
        if !conditions.contains(&condition) {
            conditions.push(condition);
        }
    };
    for window in texts.windows(5) {
        match window {
            // A walk along a chain: `node = node.next`.
            [name, "=", same, ".", "next"] if name == same && is_plain_name(name) => {
                add((*name).to_owned());
            }
            // A scanner or iterator read until it runs out: `sc.nextLine()` -> `sc.hasNextLine()`.
            [name, ".", method, "(", ")"]
                if context.profile.language == Language::Java && is_plain_name(name) =>
            {
                let test = match *method {
                    "next" => "hasNext",
                    "nextLine" => "hasNextLine",
                    "nextInt" => "hasNextInt",
                    _ => continue,
                };
                add(format!("{name}.{test}()"));
            }
            _ => {}
        }
    }
    if let [condition] = conditions.as_slice()
        && let Some(rest) = condition.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, BOUND_NAME_CONFIDENCE));
    } else if conditions.is_empty() && texts.contains(&"break") {
        // A loop that nothing walks and that leaves by `break` runs until then.
        let endless = if context.profile.language == Language::Python {
            "True"
        } else {
            "true"
        };
        if let Some(rest) = endless.strip_prefix(context.prefix)
            && !rest.is_empty()
        {
            out.push(Suggestion::construct(rest, ENDLESS_LOOP_CONFIDENCE));
        }
    }
}

/// `def ask_na|` where the code calls `ask_name()` and defines no such function -> `me():` (a call's plain names
/// become the parameters: `greet(name)` -> `def greet(name):`).
fn defined_from_calls(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Python
        || context.prefix.is_empty()
        || !context.at_line_end()
        || context.before_prefix().trim_start() != "def "
    {
        return;
    }
    let code = context.code;
    let tokens: Vec<Token> = context
        .tokens_before()
        .iter()
        .chain(context.scan.after.iter())
        .copied()
        .collect();
    let mut defined: HashSet<&str> = HashSet::new();
    let mut called: Vec<(&str, usize)> = Vec::new();
    for (index, token) in tokens.iter().enumerate() {
        if token.kind != TokenKind::Identifier {
            continue;
        }
        let name = context.text(token);
        let previous = index.checked_sub(1).and_then(|at| tokens.get(at));
        if previous.is_some_and(|previous| {
            previous.is_word(code, "def") || previous.is_word(code, "class")
        }) || tokens
            .get(index + 1)
            .is_some_and(|next| next.is_symbol(code, "="))
        {
            defined.insert(name);
        } else if tokens
            .get(index + 1)
            .is_some_and(|next| next.is_symbol(code, "("))
            && !previous.is_some_and(|previous| previous.is_symbol(code, "."))
            && name.len() > context.prefix.len()
            && name.starts_with(context.prefix)
            && !is_word(context, name)
            && !called.iter().any(|(known, _)| *known == name)
        {
            called.push((name, index + 1));
        }
    }
    called.retain(|(name, _)| !defined.contains(name));
    let [(name, open)] = called.as_slice() else {
        return;
    };
    let Some(close) = matching_close(context, &tokens, *open) else {
        return;
    };
    let arguments: Vec<&str> = tokens
        .get(open + 1..close)
        .unwrap_or_default()
        .iter()
        .map(|token| context.text(token))
        .collect();
    let mut parameters: Vec<&str> = Vec::new();
    for (position, argument) in arguments.iter().enumerate() {
        let expected_name = position % 2 == 0;
        if expected_name && is_plain_name(argument) && !is_word(context, argument) {
            parameters.push(argument);
        } else if expected_name || *argument != "," {
            // An argument that is no plain name leaves the parameter's name to the developer.
            if let Some(rest) = name.get(context.prefix.len()..) {
                out.push(Suggestion::construct(
                    format!("{rest}("),
                    DEFINED_CALL_CONFIDENCE,
                ));
            }
            return;
        }
    }
    if let Some(rest) = name.get(context.prefix.len()..) {
        out.push(Suggestion::construct(
            format!("{rest}({}):", parameters.join(", ")),
            DEFINED_CALL_CONFIDENCE,
        ));
    }
}

/// The loop variable or parameter that the block the cursor's header opens uses without binding it.
fn bound_by_header(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !(is_loop_variable(context) || is_parameter(context)) {
        return;
    }
    let Some(range) = header_body(context) else {
        return;
    };
    let after = context.scan.after.as_slice();
    let header_rest = after.get(..range.start).unwrap_or_default();
    let body = after.get(range).unwrap_or_default();
    let known = known_names(context, header_rest);
    let mut bound = bound_names(context, body);
    // A function the block calls, or a total it adds to (`count += 1`), comes from outside the loop or the
    // function: neither is the name being bound.
    let code = context.code;
    for pair in body.windows(2) {
        if pair[0].kind == TokenKind::Identifier
            && ["(", "+=", "-=", "*=", "/=", "++", "--"]
                .iter()
                .any(|symbol| pair[1].is_symbol(code, symbol))
        {
            bound.insert(context.text(&pair[0]));
        }
    }
    let mut names = free_names(context, body, &known, &bound, |_, _| true);
    // A constructor's parameter is usually named like the field it is stored in (`this.age = age;`), which the
    // class declares above: that field does not make the parameter known.
    let listed = context
        .before_prefix()
        .rsplit('(')
        .next()
        .unwrap_or("")
        .to_owned();
    for name in stored_in_namesake(context, body) {
        if !names.contains(&name) && !super::lexer::contains_word(&listed, name) {
            names.push(name);
        }
    }
    push_unique(context, &names, BOUND_NAME_CONFIDENCE, out, |name| {
        name.starts_with(|c: char| c.is_lowercase() || c == '_')
    });
}

/// The names a body stores in the attribute of the same name: `age` in `this.age = age;` or `self.age = age`.
fn stored_in_namesake<'a>(context: &Context<'a>, body: &[Token]) -> Vec<&'a str> {
    body.windows(5)
        .filter(|window| {
            let texts: Vec<&str> = window.iter().map(|token| context.text(token)).collect();
            matches!(texts.as_slice(), [owner, ".", field, "=", value]
                if (*owner == "this" || *owner == "self") && field == value)
        })
        .map(|window| context.text(&window[4]))
        .collect()
}

/// Whether the cursor is where a `for` loop names its variable: `for | in names:`, `for (const | of items) {`,
/// `for (String | : names) {`.
fn is_loop_variable(context: &Context<'_>) -> bool {
    let before = context.before_prefix().trim_start();
    let after = context.line_after;
    match context.profile.language {
        Language::Python => before == "for " && after.starts_with(" in "),
        Language::JavaScript | Language::TypeScript => {
            ["for (const ", "for (let ", "for (var "].contains(&before)
                && (after.starts_with(" of ") || after.starts_with(" in "))
        }
        Language::Java => {
            let Some(declaration) = before.strip_prefix("for (") else {
                return false;
            };
            let words: Vec<&str> = declaration.split_whitespace().collect();
            before.ends_with(' ')
                && matches!(words.as_slice(), [_] | ["final", _])
                && after.trim_start().starts_with(':')
        }
        _ => false,
    }
}

/// Whether the cursor is where a definition's header names a parameter: `def f(a, |):`, `function f(a, |) {`,
/// `(|) => x * 2`, Java's `Person(String name, int |) {`.
fn is_parameter(context: &Context<'_>) -> bool {
    let before = context.before_prefix();
    let Some(open) = super::lexer::innermost_unclosed(before, '(', ')') else {
        return false;
    };
    let Some(inside) = before.get(open + 1..) else {
        return false;
    };
    let last_part = inside.rsplit(',').next().unwrap_or("").trim_start();
    let opener = before.get(..open).unwrap_or("").trim_end();
    let named = opener
        .rsplit(|c: char| !is_identifier_char(c))
        .next()
        .unwrap_or("");
    let rest = context.line_after.trim_start();
    let rest_ok = rest.starts_with(')') || rest.starts_with(',');
    match context.profile.language {
        Language::Python => {
            last_part.is_empty()
                && rest_ok
                && before.trim_start().starts_with("def ")
                && context.line_after.trim_end().ends_with(':')
        }
        Language::JavaScript | Language::TypeScript => {
            if !last_part.is_empty() || !rest_ok || is_control_word(named) {
                return false;
            }
            let line_end = context.line_after.trim_end();
            line_end.contains("=>") || (line_end.ends_with('{') && !named.is_empty())
        }
        Language::Java => {
            let words: Vec<&str> = last_part.split_whitespace().collect();
            before.ends_with(' ')
                && matches!(words.as_slice(), [_] | ["final", _])
                && rest_ok
                && !named.is_empty()
                && !is_control_word(named)
                && context.line_after.trim_end().ends_with('{')
        }
        _ => false,
    }
}

/// Words before a `(` that opens a condition or a call's arguments rather than a definition's parameters.
fn is_control_word(word: &str) -> bool {
    matches!(
        word,
        "if" | "for" | "while" | "switch" | "catch" | "return" | "new" | "typeof" | "await"
    )
}

/// The tokens of the block that the header on the cursor's line opens: the indented lines below a Python header,
/// the braces a `{` on the line opens, or an arrow function's expression (`(|) => x * 2`).
fn header_body(context: &Context<'_>) -> Option<std::ops::Range<usize>> {
    let after = context.scan.after.as_slice();
    let line = context.scan.cursor_line;
    if context.profile.language == Language::Python {
        let header_width = indentation(context.line_before);
        let start = after.iter().position(|token| token.line > line)?;
        let mut end = start;
        let mut current_line = line;
        for token in after.get(start..)? {
            if token.line != current_line {
                current_line = token.line;
                if indentation(context.line_of(token)) <= header_width {
                    break;
                }
            }
            end += 1;
        }
        return (end > start).then_some(start..end);
    }
    let on_line = after.iter().take_while(|token| token.line == line).count();
    let line_tokens = after.get(..on_line)?;
    let arrow = line_tokens
        .iter()
        .position(|token| token.is_symbol(context.code, "=>"));
    let brace = line_tokens
        .iter()
        .rposition(|token| token.is_symbol(context.code, "{"));
    match (arrow, brace) {
        (Some(arrow), brace) if brace.is_none_or(|brace| brace < arrow) => {
            // An expression body: up to the bracket that closes what the arrow function sits in.
            let mut depth = 0usize;
            let mut end = arrow + 1;
            for token in after.get(arrow + 1..)? {
                let text = context.text(token);
                if token.kind == TokenKind::Punctuation {
                    if ["(", "[", "{"].contains(&text) {
                        depth += 1;
                    } else if [")", "]", "}"].contains(&text) {
                        match depth.checked_sub(1) {
                            Some(less) => depth = less,
                            None => break,
                        }
                    } else if text == ";" && depth == 0 {
                        break;
                    }
                }
                end += 1;
            }
            Some(arrow + 1..end)
        }
        (_, Some(brace)) => {
            let close = matching_close(context, after, brace).unwrap_or(after.len());
            (brace < close).then_some(brace + 1..close)
        }
        _ => None,
    }
}

/// The tokens after the cursor on its own line, before the block it opens: `names` in `for | in names:`.
fn header_tokens<'c>(context: &'c Context<'_>) -> &'c [Token] {
    let after = context.scan.after.as_slice();
    let on_line = after
        .iter()
        .take_while(|token| token.line == context.scan.cursor_line)
        .count();
    after.get(..on_line).unwrap_or_default()
}

/// The names the code before the cursor (in the scan's window) and `extra` tokens write: bound or known there.
fn known_names<'a>(context: &Context<'a>, extra: &[Token]) -> HashSet<&'a str> {
    context
        .tokens_before()
        .iter()
        .chain(extra)
        .filter(|token| token.kind == TokenKind::Identifier)
        .map(|token| context.text(token))
        .collect()
}

/// The names that `tokens` bind themselves: declared (`const x`, `def f`, `for x in`, Java's `String line`),
/// assigned (`x = `), or an arrow function's parameters.
fn bound_names<'a>(context: &Context<'a>, tokens: &[Token]) -> HashSet<&'a str> {
    let code = context.code;
    let mut bound = HashSet::new();
    let mut in_python_loop_header = false;
    for (index, token) in tokens.iter().enumerate() {
        let text = context.text(token);
        if token.kind == TokenKind::Punctuation {
            if text == "=>" {
                arrow_parameters(context, tokens, index, &mut bound);
            }
            continue;
        }
        if token.kind != TokenKind::Identifier {
            continue;
        }
        if context.profile.language == Language::Python {
            if text == "for" {
                in_python_loop_header = true;
                continue;
            }
            if text == "in" {
                in_python_loop_header = false;
            }
            if in_python_loop_header {
                bound.insert(text);
                continue;
            }
        }
        let previous = index.checked_sub(1).and_then(|at| tokens.get(at));
        let next = tokens.get(index + 1);
        let declared = previous.is_some_and(|previous| {
            previous.kind == TokenKind::Identifier
                && (context
                    .profile
                    .naming_keywords
                    .contains(&context.text(previous))
                    || (context.profile.language == Language::Java
                        && !context.is_keyword(previous)
                        && !is_word(context, context.text(previous))))
        }) || previous.is_some_and(|previous| {
            context.profile.language == Language::Java
                && (previous.is_symbol(code, ">") || previous.is_symbol(code, "]"))
        });
        let assigned = next.is_some_and(|next| next.is_symbol(code, "="));
        if declared || assigned {
            bound.insert(text);
        }
    }
    bound
}

/// Marks the parameters of the arrow function whose `=>` is `tokens[arrow]` (`x => `, `(a, b) => `).
fn arrow_parameters<'a>(
    context: &Context<'a>,
    tokens: &[Token],
    arrow: usize,
    bound: &mut HashSet<&'a str>,
) {
    let Some(previous) = arrow.checked_sub(1).and_then(|at| tokens.get(at)) else {
        return;
    };
    if previous.kind == TokenKind::Identifier {
        bound.insert(context.text(previous));
        return;
    }
    if !previous.is_symbol(context.code, ")") {
        return;
    }
    for token in tokens.get(..arrow - 1).unwrap_or_default().iter().rev() {
        if token.is_symbol(context.code, "(") {
            break;
        }
        if token.kind == TokenKind::Identifier {
            bound.insert(context.text(token));
        }
    }
}

/// Whether `word` is one of the language's keywords or built-ins.
fn is_word(context: &Context<'_>, word: &str) -> bool {
    context.profile.words.iter().any(|known| known.text == word)
        || context.profile.naming_keywords.contains(&word)
}

/// The names `tokens` use as free-standing names (not a member, not a key) that neither `known` nor `bound` holds
/// and that are no keyword, built-in or global, each once in order of first use; `keep` sees each use and the
/// token after it. Names inside a template literal's `${}` or an f-string's `{}` count as used.
fn free_names<'a>(
    context: &Context<'a>,
    tokens: &[Token],
    known: &HashSet<&'a str>,
    bound: &HashSet<&'a str>,
    keep: impl Fn(&str, Option<&Token>) -> bool,
) -> Vec<&'a str> {
    let code = context.code;
    let javascript = matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript
    );
    let mut names: Vec<&'a str> = Vec::new();
    let mut consider = |name: &'a str, next: Option<&Token>| {
        if !is_plain_name(name)
            || known.contains(name)
            || bound.contains(name)
            || is_word(context, name)
            || ["self", "this", "cls", "super"].contains(&name)
            || (javascript && JAVASCRIPT_GLOBALS.contains(&name))
            || !keep(name, next)
            || names.contains(&name)
        {
            return;
        }
        names.push(name);
    };
    for (index, token) in tokens.iter().enumerate() {
        let text = context.text(token);
        match token.kind {
            TokenKind::Identifier => {
                let previous = index.checked_sub(1).and_then(|at| tokens.get(at));
                let next = tokens.get(index + 1);
                let member = previous.is_some_and(|previous| {
                    [".", "?.", "::", "->"]
                        .iter()
                        .any(|separator| previous.is_symbol(code, separator))
                });
                let key = javascript
                    && next.is_some_and(|next| next.is_symbol(code, ":"))
                    && previous.is_some_and(|previous| {
                        previous.is_symbol(code, "{") || previous.is_symbol(code, ",")
                    });
                if !member && !key {
                    consider(text, next);
                }
            }
            TokenKind::Literal { .. } => {
                for name in interpolated_names(context, text) {
                    consider(name, None);
                }
            }
            _ => {}
        }
    }
    names
}

/// The names that start the interpolations of a template literal (`${name}`) or a Python f-string (`{name}`).
fn interpolated_names<'a>(context: &Context<'_>, literal: &'a str) -> Vec<&'a str> {
    let opener = match context.profile.language {
        Language::JavaScript | Language::TypeScript if literal.starts_with('`') => "${",
        Language::Python
            if literal
                .get(..2)
                .is_some_and(|start| start.to_ascii_lowercase().contains('f')) =>
        {
            "{"
        }
        _ => return Vec::new(),
    };
    literal
        .match_indices(opener)
        .filter_map(|(at, _)| {
            let rest = literal.get(at + opener.len()..)?;
            let end = super::lexer::identifier_end(rest);
            let name = rest.get(..end)?;
            let after = rest.get(end..).unwrap_or("");
            (!name.is_empty() && !after.starts_with('.') && !after.starts_with('(')).then_some(name)
        })
        .collect()
}

/// Offers the rest of the one name of `names` that extends the prefix and passes `fits`; nothing when there are
/// several.
fn push_unique(
    context: &Context<'_>,
    names: &[&str],
    confidence: f64,
    out: &mut Vec<Suggestion>,
    fits: impl Fn(&str) -> bool,
) {
    let prefix = context.prefix;
    let mut matching = names
        .iter()
        .filter(|name| name.len() > prefix.len() && name.starts_with(prefix) && fits(name));
    if let (Some(name), None) = (matching.next(), matching.next())
        && let Some(rest) = name.get(prefix.len()..)
    {
        out.push(Suggestion::construct(rest, confidence));
    }
}

/// The module, name or type that an import being written on the cursor's line brings in for the code below.
fn imported_name(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    match context.profile.language {
        Language::Python => python_import(context, out),
        Language::JavaScript | Language::TypeScript => javascript_import(context, out),
        Language::Java => java_import(context, out),
        _ => {}
    }
}

/// `import |` and `im|` above `json.loads(text)` -> `json` (`port json`), `from datetime import |` above
/// `datetime.now()` -> `datetime`.
fn python_import(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let line = context.before_prefix();
    let typing_import =
        line.is_empty() && context.prefix.len() >= 2 && "import".starts_with(context.prefix);
    let from_import =
        line.starts_with("from ") && line.ends_with(" import ") && !line.contains(',');
    if !context.at_line_end() || !(line == "import " || typing_import || from_import) {
        return;
    }
    let after = context.scan.after.as_slice();
    // The import's own line (`from datetime import |`) names the module, not something imported yet.
    let known: HashSet<&str> = context
        .tokens_before()
        .iter()
        .filter(|token| {
            token.kind == TokenKind::Identifier && token.line < context.scan.cursor_line
        })
        .map(|token| context.text(token))
        .collect();
    let bound = bound_names(context, after);
    let code = context.code;
    let followed_by_dot =
        |_: &str, next: Option<&Token>| next.is_some_and(|next| next.is_symbol(code, "."));
    let module_name = |name: &str| name.starts_with(|c: char| c.is_lowercase());
    if line == "import " {
        let names = free_names(context, after, &known, &bound, followed_by_dot);
        push_unique(context, &names, IMPORT_CONFIDENCE, out, module_name);
    } else if typing_import {
        let names = free_names(context, after, &known, &bound, followed_by_dot);
        if let [name] = names.as_slice()
            && module_name(name)
            && let Some(rest) = "import ".get(context.prefix.len()..)
        {
            out.push(Suggestion::construct(
                format!("{rest}{name}"),
                IMPORT_CONFIDENCE,
            ));
        }
    } else if from_import {
        let used = |_: &str, next: Option<&Token>| {
            next.is_some_and(|next| next.is_symbol(code, ".") || next.is_symbol(code, "("))
        };
        let names = free_names(context, after, &known, &bound, used);
        push_unique(context, &names, IMPORT_CONFIDENCE, out, |_| true);
    }
}

/// `import | from "express"` above `express()` -> `express`; `import { | } from "react"` or
/// `const { | } = require("fs")` above `useState(0)` or `readFileSync(...)` -> that name.
fn javascript_import(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let before = context.before_prefix().trim_start();
    let rest = context.line_after;
    let after = context.scan.after.as_slice();
    let code = context.code;
    if before == "import " {
        let Some(module) = rest.strip_prefix(" from ").map(|source| {
            source.trim_matches(|c: char| c == '"' || c == '\'' || c == ';' || c == ' ')
        }) else {
            return;
        };
        let module = module.rsplit('/').next().unwrap_or("");
        let plain = |name: &str| {
            name.chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
                .to_lowercase()
        };
        let wanted = plain(module);
        if wanted.is_empty() {
            return;
        }
        let known = known_names(context, &[]);
        let bound = bound_names(context, after);
        let names = free_names(context, after, &known, &bound, |name, _| {
            plain(name) == wanted
        });
        push_unique(context, &names, IMPORT_CONFIDENCE, out, |_| true);
        return;
    }
    let destructures = ["const {", "let {", "var {", "import {"]
        .iter()
        .any(|start| before.starts_with(start))
        && before.trim_end().ends_with(['{', ',']);
    let rest = rest.trim_start();
    let from_module = rest.starts_with('}')
        && (rest.contains(" from ") && before.starts_with("import")
            || rest.contains("require(") && !before.starts_with("import"));
    if !destructures || !from_module {
        return;
    }
    let header = header_tokens(context);
    let known = known_names(context, header);
    let body = after.get(header.len()..).unwrap_or_default();
    let bound = bound_names(context, body);
    let names = free_names(context, body, &known, &bound, |name, next| {
        name.starts_with(|c: char| c.is_lowercase())
            && next.is_some_and(|next| next.is_symbol(code, "(") || next.is_symbol(code, "."))
    });
    push_unique(context, &names, IMPORT_CONFIDENCE, out, |_| true);
}

/// `import java.util.|;` above `new Scanner(System.in)` -> `Scanner`; `imp|` -> `ort java.util.Scanner;`.
fn java_import(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let before = context.before_prefix();
    let package = before
        .strip_prefix("import ")
        .and_then(|path| path.strip_suffix('.'));
    let typing_import = before.is_empty()
        && context.at_line_end()
        && context.prefix.len() >= 2
        && "import".starts_with(context.prefix);
    if package.is_none() && !typing_import {
        return;
    }
    let after = context.scan.after.as_slice();
    let known = known_names(context, &[]);
    let used_types = |package: Option<&str>| -> Vec<(&'static str, &'static str)> {
        let mut found: Vec<(&'static str, &'static str)> = Vec::new();
        for token in after {
            if token.kind != TokenKind::Identifier {
                continue;
            }
            let name = context.text(token);
            if known.contains(name) {
                continue;
            }
            for &(owner, types) in JAVA_PACKAGE_TYPES {
                if package.is_none_or(|package| package == owner)
                    && let Some(&known_type) = types.iter().find(|&&known_type| known_type == name)
                    && !found.contains(&(owner, known_type))
                {
                    found.push((owner, known_type));
                }
            }
        }
        found
    };
    if let Some(package) = package {
        let types: Vec<&str> = used_types(Some(package))
            .into_iter()
            .map(|(_, name)| name)
            .collect();
        push_unique(context, &types, IMPORT_CONFIDENCE, out, |_| true);
    } else if let [(package, name)] = used_types(None).as_slice()
        && let Some(rest) = "import ".get(context.prefix.len()..)
    {
        out.push(Suggestion::construct(
            format!("{rest}{package}.{name};"),
            IMPORT_CONFIDENCE,
        ));
    }
}

/// A counting loop's bound from its body: `for i in range(len(|)):` above `nums[i]` -> `nums`, `i < |; i++) {`
/// above `items[i]` -> `items.length` (`names.size()` above Java's `names.get(i)`).
fn loop_bound(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let before = context.before_prefix();
    let trimmed = before.trim_start();
    let language = context.profile.language;
    let index = if language == Language::Python {
        if !trimmed.ends_with("range(len(") || !context.line_after.starts_with("))") {
            return;
        }
        trimmed
            .strip_prefix("for ")
            .and_then(|rest| rest.split(" in ").next())
    } else {
        let Some(header) = trimmed.strip_prefix("for (") else {
            return;
        };
        let index = header
            .split(['=', ';'])
            .next()
            .and_then(|declaration| declaration.split_whitespace().last());
        let condition = index.map(|index| format!("; {index} < "));
        if condition.is_none_or(|condition| !before.ends_with(&condition))
            || !context.line_after.trim_start().starts_with(';')
        {
            return;
        }
        index
    };
    let Some(index) = index.filter(|index| is_plain_name(index)) else {
        return;
    };
    let Some(range) = header_body(context) else {
        return;
    };
    let body = context.scan.after.get(range).unwrap_or_default();
    let code = context.code;
    let mut collections: Vec<(String, &str)> = Vec::new();
    for (at, token) in body.iter().enumerate() {
        if token.kind != TokenKind::Identifier {
            continue;
        }
        let previous = at.checked_sub(1).and_then(|at| body.get(at));
        if previous.is_some_and(|previous| previous.is_symbol(code, ".")) {
            continue;
        }
        let following: Vec<&str> = body
            .get(at + 1..(at + 6).min(body.len()))
            .unwrap_or_default()
            .iter()
            .map(|token| context.text(token))
            .collect();
        let name = context.text(token);
        let bound = match (language, following.as_slice()) {
            (Language::Python, ["[", i, "]", ..]) if *i == index => name.to_owned(),
            (Language::Java, [".", "get", "(", i, ")"]) if *i == index => format!("{name}.size()"),
            (Language::Java, ["[", i, "]", ..]) if *i == index => format!("{name}.length"),
            (Language::JavaScript | Language::TypeScript, ["[", i, "]", ..]) if *i == index => {
                format!("{name}.length")
            }
            _ => continue,
        };
        if !collections.iter().any(|(known, _)| *known == bound) {
            collections.push((bound, name));
        }
    }
    let prefix = context.prefix;
    if let [(bound, _)] = collections.as_slice()
        && bound.len() > prefix.len()
        && let Some(rest) = bound.strip_prefix(prefix)
    {
        out.push(Suggestion::construct(rest, LOOP_BOUND_CONFIDENCE));
    }
}
