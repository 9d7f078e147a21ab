//! JavaScript and TypeScript of library modules, the code of npm packages rather than of applications: where a
//! utility module, an options-taking class, a callback or promise wrapper or a declaration file leaves one text to
//! write. A `typeof` test's type name (`typeof value === 'str` -> `ing'`, `isPlainObject`'s `!== '` -> `object'`),
//! the directive `'use strict'`, the package a destructuring `require(` or `import` names (`{ Transform }` ->
//! `stream`), the options a call passes over the defaults (`{ ...DEFAULTS, ...` -> `options }`), a forwarding
//! wrapper's `apply(this, args)`, the `null` an object test still excludes, a constructor's fields from its options
//! and parameters, an error-first callback's error handed on (`if (err) return ` -> `callback(err);`, then
//! `return;`, then `resolve(data);`), a caught error rethrown, CommonJS exports of declared names, a TypeScript
//! function's result (the local of its type, the `undefined` of a guard), a declaration file's `export = `, an
//! event overload's result, the one local a block declared, returned by its last statement, and the handler a
//! listener was added with, given again to remove it (`socket.removeListener('data', ` -> `socketOnData);`), a
//! copy method's new instance of its own class (`copy () {` -> `return new ContentJSON(`), a loop started from a
//! collection's size walking it backwards (`for (let i = items.` -> `length - 1; i >= 0; i--) {`), and the export
//! a top-level doc comment documents (`export const `; at a module's head too), the member a module-level arrow
//! named after it wraps (`export const reject = reason => Promise.` -> `reject(reason)`), a documented reader
//! method's `return ` (`getLength () {`), the second of a pair (`(a, ` -> `b`), a loop's early exit (`if (a[i] !==
//! b[i]) {` -> `return false`), the receiver a method is bound to (`this.destroy.bind(` -> `this)`) and the link a
//! walk steps along (`n = n.` -> `next`).

use super::Suggestion;
use super::cursor::{Context, indentation};
use super::idioms::{open_parentheses, terminator};
use super::language::Language;
use super::lexer::{Token, is_identifier_char, is_plain_name};
use super::statements::enclosing_function;

/// What `typeof` answers: the only names its comparisons are written with.
const TYPEOF_NAMES: &[&str] = &[
    "string",
    "number",
    "boolean",
    "function",
    "object",
    "undefined",
    "symbol",
    "bigint",
];

/// How many lines above the cursor the rules that look back read: a function of a library module fits in them.
const WINDOW_LINES: usize = 40;

/// How many bytes above the cursor a module's top-level declarations are looked for.
const DECLARATIONS_BYTES: usize = 16_384;

/// Whether the code is JavaScript or TypeScript.
fn is_javascript(context: &Context<'_>) -> bool {
    matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript
    )
}

/// Runs the rules of this module that apply inside a string.
pub(super) fn in_literal(context: &Context<'_>, literal: &Token, out: &mut Vec<Suggestion>) {
    if !is_javascript(context) {
        return;
    }
    typeof_name(context, literal, out);
    strict_directive(context, literal, out);
    destructured_module(context, literal, out);
}

/// Runs the rules of this module that apply in code.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !is_javascript(context) {
        return;
    }
    options_over_defaults(context, out);
    forwarded_arguments(context, out);
    spread_rest_arguments(context, out);
    object_not_null(context, out);
    copied_option(context, out);
    propagated_error(context, out);
    settled_after_error(context, out);
    exported_name(context, out);
    field_from_parameter(context, out);
    local_of_result_type(context, out);
    rethrown_error(context, out);
    export_assignment(context, out);
    overload_result(context, out);
    prototype_free_dictionary(context, out);
    skipped_missing_item(context, out);
    early_empty_result(context, out);
    return_after_handing_error(context, out);
    returned_local(context, out);
    removed_listener(context, out);
    copied_instance(context, out);
    reverse_loop_start(context, out);
    documented_export(context, out);
    documented_accessor_return(context, out);
    paired_parameter(context, out);
    early_boolean_result(context, out);
    bound_receiver(context, out);
    advanced_cursor(context, out);
}

/// The text before the string of a `typeof` comparison (`if (typeof value !== ` -> `value`): the operand tested,
/// or `None` when the string is no `typeof` comparison's.
fn typeof_operand<'a>(context: &Context<'a>, literal: &Token) -> Option<&'a str> {
    let before = context.before_literal(literal)?.trim_end();
    let left = ["===", "!==", "==", "!="]
        .iter()
        .find_map(|operator| before.strip_suffix(operator))?
        .trim_end();
    let operand_start = left
        .rfind(|c: char| !(is_identifier_char(c) || c == '.' || c == '#'))
        .map_or(0, |at| at + 1);
    let operand = left.get(operand_start..)?;
    let keyword = left.get(..operand_start)?.trim_end();
    let typeof_ends = keyword.ends_with("typeof")
        && !keyword
            .strip_suffix("typeof")
            .is_some_and(|head| head.ends_with(is_identifier_char));
    (typeof_ends && !operand.is_empty()).then_some(operand)
}

/// Whether `literal` is the still empty string of a `typeof` comparison whose type nothing names: closing it empty
/// (`typeof job !== ''`) is never the test meant, so the closers leave it.
pub(super) fn unnamed_typeof_string(context: &Context<'_>, literal: &Token) -> bool {
    is_javascript(context)
        && typeof_operand(context, literal).is_some()
        && typeof_name_for(context, literal).is_none()
}

/// The type name a `typeof` comparison's string holds, whole: the one its letters begin, or for an empty string the
/// one the enclosing function's name says (`isString`, `assertNumber`, `isPlainObject`).
fn typeof_name_for(context: &Context<'_>, literal: &Token) -> Option<&'static str> {
    let typed = context.typed_in_literal(literal)?;
    let begun = typed.get(1..)?;
    let mut matching = TYPEOF_NAMES.iter().filter(|name| name.starts_with(begun));
    let first = matching.next()?;
    if !begun.is_empty() && matching.next().is_none() {
        return Some(first);
    }
    let function = enclosing_function(context)?;
    let lowered = function.name.to_ascii_lowercase();
    let mut named = TYPEOF_NAMES
        .iter()
        .filter(|name| name.starts_with(begun) && lowered.contains(**name));
    let name = named.next()?;
    named.next().is_none().then_some(*name)
}

/// `typeof value === 'str` -> `ing'`, `function isNumber(value) { return typeof value === '` -> `number';`: the
/// type name whole, then the quote and, on a `return` with nothing left open, its end.
fn typeof_name(context: &Context<'_>, literal: &Token, out: &mut Vec<Suggestion>) {
    if typeof_operand(context, literal).is_none() || !context.at_line_end() {
        return;
    }
    let Some(name) = typeof_name_for(context, literal) else {
        return;
    };
    let typed = context.typed_in_literal(literal).unwrap_or("");
    let Some(quote) = typed.chars().next() else {
        return;
    };
    let Some(rest) = name.strip_prefix(typed.get(1..).unwrap_or("")) else {
        return;
    };
    let statement = context.line_before.trim_start();
    let balanced = statement.matches('(').count() == statement.matches(')').count();
    let ending = if statement.starts_with("return ") && balanced {
        terminator(context)
    } else {
        ""
    };
    out.push(Suggestion::of_kind(
        format!("{rest}{quote}{ending}"),
        0.9,
        "closer",
    ));
}

/// `'use str` -> `ict';`: the directive that opens a CommonJS module or a function, begun alone on its line.
fn strict_directive(context: &Context<'_>, literal: &Token, out: &mut Vec<Suggestion>) {
    let Some(before) = context.before_literal(literal) else {
        return;
    };
    let Some(typed) = context.typed_in_literal(literal) else {
        return;
    };
    let Some(quote) = typed.chars().next().filter(|c| matches!(c, '\'' | '"')) else {
        return;
    };
    let begun = typed.get(1..).unwrap_or("");
    if !before.trim().is_empty() || begun.len() < 3 || !context.at_line_end() {
        return;
    }
    if let Some(rest) = "use strict".strip_prefix(begun) {
        out.push(Suggestion::of_kind(
            format!("{rest}{quote}{}", terminator(context)),
            0.9,
            "closer",
        ));
    }
}

/// Names Node's built-in modules export, with their module, for a destructuring `require(` or a named `import`
/// (`const { Transform } = require('` -> `stream`). Only names one module exports.
const NAMED_EXPORTS: &[(&str, &str)] = &[
    ("EventEmitter", "events"),
    ("once", "events"),
    ("Transform", "stream"),
    ("Readable", "stream"),
    ("Writable", "stream"),
    ("Duplex", "stream"),
    ("PassThrough", "stream"),
    ("StringDecoder", "string_decoder"),
    ("promisify", "util"),
    ("inspect", "util"),
    ("deprecate", "util"),
    ("inherits", "util"),
    ("createHash", "crypto"),
    ("createHmac", "crypto"),
    ("randomBytes", "crypto"),
    ("randomUUID", "crypto"),
    ("timingSafeEqual", "crypto"),
    ("readFileSync", "fs"),
    ("writeFileSync", "fs"),
    ("existsSync", "fs"),
    ("mkdirSync", "fs"),
    ("readdirSync", "fs"),
    ("createReadStream", "fs"),
    ("createWriteStream", "fs"),
    ("spawn", "child_process"),
    ("execSync", "child_process"),
    ("execFile", "child_process"),
    ("fileURLToPath", "url"),
    ("pathToFileURL", "url"),
    ("fork", "child_process"),
    ("createInterface", "readline"),
    ("Worker", "worker_threads"),
    ("isMainThread", "worker_threads"),
    ("parentPort", "worker_threads"),
    ("gzipSync", "zlib"),
    ("createGzip", "zlib"),
];

/// The module a destructuring's names come from (`{ Readable, Transform }` -> `stream`): every name known, all of
/// one module.
pub(super) fn module_of_named(bindings: &str) -> Option<&'static str> {
    let inner = bindings.trim().strip_prefix('{')?.strip_suffix('}')?;
    let mut module = None;
    for binding in inner.split(',').map(str::trim).filter(|b| !b.is_empty()) {
        // `{ readFile: read }` and `{ readFile as read }` import `readFile`.
        let name = binding.split([':', ' ']).next().unwrap_or(binding).trim();
        let (_, named) = NAMED_EXPORTS.iter().find(|(known, _)| *known == name)?;
        if module.is_some_and(|earlier| earlier != *named) {
            return None;
        }
        module = Some(*named);
    }
    module
}

/// Node's built-in modules, which a file may name with the `node:` scheme.
const NODE_MODULES: &[&str] = &[
    "assert",
    "buffer",
    "child_process",
    "crypto",
    "dns",
    "events",
    "fs",
    "fs/promises",
    "http",
    "https",
    "net",
    "os",
    "path",
    "querystring",
    "readline",
    "stream",
    "string_decoder",
    "timers",
    "tls",
    "url",
    "util",
    "worker_threads",
    "zlib",
];

/// `import path from '` -> `node:path` in a file whose other imports of Node's modules say `node:`: the module's
/// name in the file's own spelling.
pub(super) fn spelled_module(context: &Context<'_>, module: &'static str) -> String {
    if !NODE_MODULES.contains(&module) {
        return module.to_owned();
    }
    let before = context.code.get(..context.cursor).unwrap_or("");
    let head = before.get(..before.len().min(4096)).unwrap_or(before);
    let scheme = [
        "from 'node:",
        "from \"node:",
        "require('node:",
        "require(\"node:",
    ]
    .iter()
    .any(|spelling| head.contains(spelling));
    if scheme {
        format!("node:{module}")
    } else {
        module.to_owned()
    }
}

/// The options parameter of a function (`options`, `opts`, `config`): its one parameter so named.
fn options_parameter<'a>(context: &Context<'a>) -> Option<&'a str> {
    const OPTION_NAMES: &[&str] = &[
        "options",
        "opts",
        "config",
        "settings",
        "overrides",
        "userOptions",
    ];
    let function = enclosing_function(context)?;
    let mut named = function
        .parameter_names()
        .filter(|name| OPTION_NAMES.contains(name));
    let name = named.next()?;
    named.next().is_none().then_some(name)
}

/// `const resolved = { ...DEFAULTS, ...` -> `options };`: an object of defaults spread first is overridden by the
/// options the function was given; and `{ ...` -> `DEFAULTS` when the module declares its defaults so named.
fn options_over_defaults(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let before = context.before_prefix();
    let Some(head) = before.strip_suffix("...") else {
        return;
    };
    let Some(options) = options_parameter(context) else {
        return;
    };
    let Some(open) = head.rfind('{') else {
        return;
    };
    let spread = head.get(open + 1..).unwrap_or("").trim();
    let statement = head.get(..open).unwrap_or("").trim();
    let assigns = statement.ends_with('=') && !statement.ends_with("==")
        || statement == "return"
        || statement.ends_with(") return");
    if !assigns {
        return;
    }
    let closed_after = context.line_after.trim_start().starts_with('}');
    if !closed_after && !context.at_line_end() {
        return;
    }
    let defaults = spread
        .strip_prefix("...")
        .and_then(|rest| rest.strip_suffix(','))
        .map(str::trim);
    let text = match defaults {
        Some(name) if is_plain_name(name) && name != options && is_defaults_name(name) => {
            options.to_owned()
        }
        _ if spread.is_empty() => {
            let Some(name) = declared_defaults(context) else {
                return;
            };
            out.push(Suggestion::of_kind(name, 0.86, "expression"));
            return;
        }
        _ => return,
    };
    let Some(rest) = text
        .strip_prefix(context.prefix)
        .filter(|rest| !rest.is_empty())
    else {
        return;
    };
    // A name begun (`...opt`) is finished alone: the line may go on with more overrides.
    let ending = if closed_after || !context.prefix.is_empty() {
        String::new()
    } else {
        format!(" }}{}", terminator(context))
    };
    out.push(Suggestion::of_kind(
        format!("{rest}{ending}"),
        0.88,
        "expression",
    ));
}

/// Whether a name says it holds defaults (`DEFAULTS`, `defaultOptions`, `DEFAULT_CONFIG`).
fn is_defaults_name(name: &str) -> bool {
    name.to_ascii_lowercase().starts_with("default")
}

/// The module's defaults object declared at the left margin (`const DEFAULTS = {`), the nearest above.
fn declared_defaults(context: &Context<'_>) -> Option<String> {
    context
        .code_before_line()
        .lines()
        .rev()
        .filter(|line| line.starts_with("const ") || line.starts_with("export const "))
        .take(WINDOW_LINES)
        .find_map(|line| {
            let rest = line.strip_prefix("export ").unwrap_or(line);
            let rest = rest.strip_prefix("const ")?;
            let end = rest.find(|c: char| !is_identifier_char(c))?;
            let name = rest.get(..end)?;
            let value = rest.get(end..)?;
            (is_defaults_name(name) && value.trim_end().ends_with('{')).then(|| name.to_owned())
        })
}

/// `fn.apply(` -> `this, args`: a wrapper that takes its arguments as a rest parameter (`function (...args)`)
/// hands them on with its own `this`.
fn forwarded_arguments(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some((before, rest, auto_closed)) = rest_parameter_passed(context, ".apply(") else {
        return;
    };
    // Only `apply(`'s own parenthesis left open: the call ends the statement.
    let alone = before.matches('(').count() == before.matches(')').count() + 1;
    let ending = if auto_closed || !alone {
        String::new()
    } else {
        format!("){}", terminator(context))
    };
    out.push(Suggestion::of_kind(
        format!("this, {rest}{ending}"),
        0.88,
        "expression",
    ));
}

/// A call opened with `opening` (`.apply(`, `(...`) at the cursor, inside a function with a rest parameter: the
/// line before the cursor, that parameter, and whether the editor closed the call already.
fn rest_parameter_passed<'a>(
    context: &Context<'a>,
    opening: &str,
) -> Option<(&'a str, &'a str, bool)> {
    if !context.prefix.is_empty() {
        return None;
    }
    let before = context.before_prefix();
    if !before.strip_suffix(opening)?.ends_with(is_identifier_char) {
        return None;
    }
    let auto_closed = context.line_after.trim_start().starts_with(')');
    if !auto_closed && !context.at_line_end() {
        return None;
    }
    let rest = context
        .code_lines_above()
        .take(WINDOW_LINES)
        .find_map(rest_parameter)?;
    Some((before, rest, auto_closed))
}

/// The rest parameter a function's header on `line` declares (`return function memoized(...args) {` -> `args`).
fn rest_parameter(line: &str) -> Option<&str> {
    let at = line.find("(...")?;
    let name = line.get(at + 4..)?;
    let end = name.find(|c: char| !is_identifier_char(c))?;
    let declared = name.get(end..)?.trim_start();
    let header = line.contains("function") || declared.contains("=>");
    // TypeScript types it: `(...args: Parameters<T>) =>`.
    let closed = declared.starts_with(')') || declared.starts_with(':');
    (header && closed && end > 0).then(|| name.get(..end))?
}

/// `fn(...` -> `args)` inside `(...args) => {`: a wrapper (a debounce, a logger) spreads its rest parameter into
/// the call it wraps.
fn spread_rest_arguments(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some((_, rest, auto_closed)) = rest_parameter_passed(context, "(...") else {
        return;
    };
    let ending = if auto_closed { "" } else { ")" };
    out.push(Suggestion::of_kind(
        format!("{rest}{ending}"),
        0.88,
        "expression",
    ));
}

/// `typeof value === 'object' && value !== ` -> `null`: `typeof` says `object` for `null` too, so the test goes on
/// to exclude it.
fn object_not_null(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    let auto_closed = context.line_after.trim_start().starts_with(')');
    if !auto_closed && !context.at_line_end() {
        return;
    }
    let before = context.before_prefix().trim_end();
    let Some(left) = ["!==", "!="]
        .iter()
        .find_map(|operator| before.strip_suffix(operator))
        .map(str::trim_end)
    else {
        return;
    };
    let operand_start = left
        .rfind(|c: char| !(is_identifier_char(c) || c == '.'))
        .map_or(0, |at| at + 1);
    let operand = left.get(operand_start..).unwrap_or("");
    let Some(test) = left
        .get(..operand_start)
        .and_then(|head| head.trim_end().strip_suffix("&&"))
        .map(str::trim_end)
    else {
        return;
    };
    let tests_object = ["===", "=="].iter().any(|operator| {
        ['\'', '"'].iter().any(|quote| {
            test.ends_with(&format!("typeof {operand} {operator} {quote}object{quote}"))
        })
    });
    if operand.is_empty() || !tests_object {
        return;
    }
    let statement = context.line_before.trim_start();
    let balanced = statement.matches('(').count() == statement.matches(')').count();
    let ending = if statement.starts_with("return ") && balanced && !auto_closed {
        terminator(context)
    } else {
        ""
    };
    out.push(Suggestion::of_kind(
        format!("null{ending}"),
        0.9,
        "expression",
    ));
}

/// `this.timeout = options.` under `this.concurrency = options.concurrency ?? 1;` -> `timeout`: a constructor that
/// copies its options into fields, each under its own name, copies the next one the same way.
fn copied_option(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let Some(target) = context.assignment_target(&access) else {
        return;
    };
    let Some(field) = target
        .strip_prefix("this.")
        .filter(|field| is_plain_name(field))
    else {
        return;
    };
    let receiver = access.receiver;
    let copies = context.code_lines_above().take(3).any(|line| {
        let Some((left, right)) = line.split_once(" = ") else {
            return false;
        };
        let Some(copied) = left.strip_prefix("this.") else {
            return false;
        };
        right
            .strip_prefix(receiver)
            .and_then(|rest| rest.strip_prefix('.'))
            .and_then(|rest| rest.strip_prefix(copied))
            .is_some_and(|rest| !rest.starts_with(is_identifier_char))
    });
    if !copies || !context.at_line_end() {
        return;
    }
    if let Some(rest) = field
        .strip_prefix(context.prefix)
        .filter(|rest| !rest.is_empty())
    {
        out.push(Suggestion::member(rest.to_owned(), 0.92));
    }
}

/// Error-first callbacks' error names.
const ERROR_NAMES: &[&str] = &["err", "error", "er", "e"];

/// Names a Node function gives its completion callback.
const CALLBACK_NAMES: &[&str] = &["callback", "cb", "done", "next"];

/// Who is told of an error met at the cursor: `reject` in a promise's executor, else the enclosing function's
/// callback parameter (`callback`, `cb`, `done`, `next`). The nearest enclosing line must be an error-first
/// callback of `error` (`(err, data) => {`), so the error is the one that callback was handed.
fn error_handler<'a>(context: &Context<'a>, error: &str, from_header: bool) -> Option<&'a str> {
    let mut enclosing = context.enclosing_lines();
    if from_header {
        enclosing.next()?;
    }
    let callback = enclosing.next()?;
    let first_parameter = [format!("({error}, "), format!("({error})")]
        .iter()
        .any(|opening| callback.contains(opening.as_str()));
    if !first_parameter || !callback.ends_with('{') {
        return None;
    }
    enclosing.take(6).find_map(|line| {
        if line.contains("new Promise(") {
            return line.contains("reject").then_some("reject");
        }
        let parameters = line.strip_suffix('{')?.trim_end().strip_suffix(')')?;
        let parameters = parameters.get(parameters.rfind('(')? + 1..)?;
        let last = parameters.rsplit(',').next()?.trim();
        CALLBACK_NAMES.contains(&last).then_some(last)
    })
}

/// `if (err) return ` -> `callback(err);` (`reject(err);` in a promise): an error-first callback hands its error
/// on to whoever waits for the function's outcome; the same as the first line of an `if (err) {` block.
fn propagated_error(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let before = context.before_prefix().trim();
    let (error, from_header) = if let Some(condition) = before
        .strip_prefix("if (")
        .and_then(|rest| rest.strip_suffix(") return"))
    {
        (condition, false)
    } else if before.is_empty() {
        let header = context.enclosing_lines().next().unwrap_or("");
        let Some(condition) = header
            .strip_prefix("if (")
            .and_then(|rest| rest.strip_suffix(") {"))
        else {
            return;
        };
        // The block's first line: its header is the line right above.
        if context.previous_code_line().map(str::trim) != Some(header) {
            return;
        }
        (condition, true)
    } else {
        return;
    };
    if !ERROR_NAMES.contains(&error) {
        return;
    }
    let Some(handler) = error_handler(context, error, from_header) else {
        return;
    };
    let text = format!("{handler}({error}){}", terminator(context));
    if let Some(rest) = text
        .strip_prefix(context.prefix)
        .filter(|rest| !rest.is_empty())
    {
        out.push(Suggestion::of_kind(rest, 0.88, "expression"));
    }
}

/// In a promise's executor, the error-first callback's line after its error was handed to `reject` ->
/// `resolve(data);` with the callback's result (`resolve();` when it has none).
fn settled_after_error(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.before_prefix().trim().is_empty() {
        return;
    }
    let mut above = context.code_lines_above();
    let Some(previous) = above.next() else {
        return;
    };
    let rejected = if previous == "}" {
        let block: Vec<&str> = above.take(3).collect();
        matches!(block.as_slice(), [_, "reject(err);" | "reject(error);", header, ..]
            | [ "reject(err);" | "reject(error);", header, ..]
            if header.starts_with("if (err") || header.starts_with("if (error"))
    } else {
        [
            "if (err) return reject(err);",
            "if (error) return reject(error);",
        ]
        .contains(&previous)
    };
    if !rejected {
        return;
    }
    let Some(callback) = context.enclosing_lines().next() else {
        return;
    };
    let Some(parameters) = callback
        .strip_suffix("=> {")
        .map(str::trim_end)
        .and_then(|head| head.strip_suffix(')'))
        .and_then(|head| head.rsplit_once('('))
        .map(|(_, parameters)| parameters)
    else {
        return;
    };
    let mut names = parameters.split(',').map(str::trim);
    if !names
        .next()
        .is_some_and(|first| ERROR_NAMES.contains(&first))
    {
        return;
    }
    let value = names.next().unwrap_or("");
    if !value.is_empty() && !is_plain_name(value) {
        return;
    }
    let in_executor = context
        .enclosing_lines()
        .nth(1)
        .is_some_and(|line| line.contains("new Promise(") && line.contains("resolve"));
    if !in_executor {
        return;
    }
    let text = format!("resolve({value}){}", terminator(context));
    if let Some(rest) = text
        .strip_prefix(context.prefix)
        .filter(|rest| !rest.is_empty())
    {
        out.push(Suggestion::of_kind(rest, 0.86, "expression"));
    }
}

/// `module.exports.Queue = ` -> `Queue;`, `exports.parse = ` -> `parse;`: a CommonJS export under a name the
/// module declared exports that declaration; `module.exports.default = ` the one `module.exports` was set to.
fn exported_name(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let Some(name) = context
        .line_before
        .strip_prefix("module.exports.")
        .or_else(|| context.line_before.strip_prefix("exports."))
        .and_then(|rest| rest.strip_suffix(" = "))
        .filter(|name| is_plain_name(name))
    else {
        return;
    };
    let before = context.code_before_line();
    let window = before
        .get(before.len().saturating_sub(DECLARATIONS_BYTES)..)
        .unwrap_or("");
    let value = if name == "default" {
        window.lines().rev().find_map(|line| {
            line.strip_prefix("module.exports = ")
                .and_then(|rest| rest.strip_suffix(';').or(Some(rest)))
                .filter(|value| is_plain_name(value))
        })
    } else {
        let declared = window.lines().any(|line| {
            let rest = line
                .strip_prefix("async function ")
                .or_else(|| line.strip_prefix("function "))
                .or_else(|| line.strip_prefix("class "))
                .or_else(|| line.strip_prefix("const "));
            rest.and_then(|rest| rest.strip_prefix(name))
                .is_some_and(|after| !after.starts_with(is_identifier_char))
        });
        declared.then_some(name)
    };
    if let Some(value) = value {
        out.push(Suggestion::of_kind(
            format!("{value}{}", terminator(context)),
            0.88,
            "expression",
        ));
    }
}

/// `this.#interval = ` (or `this._interval = `, `this.interval = `) in a constructor that takes `interval` ->
/// `interval;`: a field is stored from the parameter of its name, destructured ones (`{ limit = 10 } = {}`)
/// included.
fn field_from_parameter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let Some(field) = context
        .before_prefix()
        .trim_start()
        .strip_prefix("this.")
        .and_then(|rest| rest.strip_suffix(" = "))
    else {
        return;
    };
    let name = field.trim_start_matches(['#', '_']);
    if !is_plain_name(name) {
        return;
    }
    let Some(header) = context.enclosing_lines().next() else {
        return;
    };
    let Some(parameters) = header
        .strip_prefix("constructor(")
        .and_then(|rest| rest.strip_suffix('{'))
        .map(str::trim_end)
        .and_then(|rest| rest.strip_suffix(')'))
    else {
        return;
    };
    let takes = parameters
        .split([',', '{', '}', '='])
        .map(|part| part.trim().split([':', ' ', '?']).next().unwrap_or(""))
        .any(|parameter| parameter == name);
    if !takes {
        return;
    }
    let text = format!("{name}{}", terminator(context));
    if let Some(rest) = text
        .strip_prefix(context.prefix)
        .filter(|rest| !rest.is_empty())
    {
        out.push(Suggestion::of_kind(rest, 0.86, "expression"));
    }
}

/// `return ` in a TypeScript function declared to return `Token[]` that built `const tokens: Token[] = []` ->
/// `tokens;`: the one local declared with the function's result type is what it returns.
fn local_of_result_type(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::TypeScript
        || !context.at_line_end()
        || !context.prefix.is_empty()
        || !context.before_prefix().trim_end().ends_with("return")
    {
        return;
    }
    let statement = context.before_prefix().trim();
    if statement != "return" && !statement.ends_with(") return") {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let [result] = function.results.as_slice() else {
        return;
    };
    let result = result.trim();
    // `V | undefined`: a guard (`if (!entry) return `, or a `return` alone in an `if` block) says there is none.
    if let Some(nothing) = ["undefined", "null"]
        .iter()
        .find(|nothing| result.ends_with(&format!("| {nothing}")))
    {
        let guard = statement != "return"
            || context
                .enclosing_lines()
                .next()
                .is_some_and(|header| header.starts_with("if ("));
        if guard {
            out.push(Suggestion::of_kind(
                format!("{nothing}{}", terminator(context)),
                0.86,
                "expression",
            ));
        }
        return;
    }
    if result.is_empty() || matches!(result, "void" | "boolean" | "number" | "string" | "this") {
        return;
    }
    let body = context
        .tokens_before()
        .get(function.body_start..)
        .and_then(|tokens| tokens.first())
        .map_or("", |first| {
            context.code.get(first.start..context.cursor).unwrap_or("")
        });
    let mut locals = body.lines().filter_map(|line| {
        let rest = line
            .trim_start()
            .strip_prefix("const ")
            .or_else(|| line.trim_start().strip_prefix("let "))?;
        let (name, declared) = rest.split_once(':')?;
        let declared = declared.split_once(" = ").map_or(declared, |(ty, _)| ty);
        (declared.trim() == result && is_plain_name(name.trim())).then(|| name.trim())
    });
    let Some(local) = locals.next() else {
        return;
    };
    if locals.next().is_some() {
        return;
    }
    out.push(Suggestion::of_kind(
        format!("{local}{}", terminator(context)),
        0.86,
        "expression",
    ));
}

/// `} catch (err) { if (err instanceof AbortError) throw ` -> `err;`: a `throw` in a catch block, with nothing
/// built to throw instead, passes the caught error on.
fn rethrown_error(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let statement = context.before_prefix().trim();
    if statement != "throw" && !(statement.starts_with("if (") && statement.ends_with(") throw")) {
        return;
    }
    let mut enclosing = context.enclosing_lines();
    let Some(mut header) = enclosing.next() else {
        return;
    };
    // `throw` first in the catch block may wrap the error as well (`throw new Error("...", { cause })`); once a
    // test above has handled the cases it knows, the rest is passed on.
    if statement == "throw" && context.code_lines_above().next() == Some(header) {
        return;
    }
    // `throw` alone in an `if` block of the catch block.
    if header.starts_with("if (") {
        let Some(next) = enclosing.next() else {
            return;
        };
        header = next;
    }
    let Some(error) = header
        .strip_prefix("} catch (")
        .or_else(|| header.strip_prefix("catch ("))
        .and_then(|rest| rest.strip_suffix(") {"))
        .map(|parameter| parameter.split(':').next().unwrap_or("").trim())
        .filter(|parameter| is_plain_name(parameter))
    else {
        return;
    };
    out.push(Suggestion::of_kind(
        format!("{error}{}", terminator(context)),
        0.86,
        "expression",
    ));
}

/// `export = ` at the end of a declaration file -> `csv;`: the namespace (or the function, the class) it declared.
fn export_assignment(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before != "export = " || !context.at_line_end() {
        return;
    }
    let before = context.code_before_line();
    let window = before
        .get(before.len().saturating_sub(DECLARATIONS_BYTES)..)
        .unwrap_or("");
    let mut declared = window.lines().filter_map(|line| {
        let rest = line.strip_prefix("declare ")?;
        let rest = ["namespace ", "function ", "class ", "const "]
            .iter()
            .find_map(|keyword| rest.strip_prefix(keyword))?;
        let end = rest
            .find(|c: char| !is_identifier_char(c))
            .unwrap_or(rest.len());
        rest.get(..end).filter(|name| !name.is_empty())
    });
    let Some(name) = declared.next() else {
        return;
    };
    // Overloads and a namespace merged with its function declare one name several times.
    if declared.all(|other| other == name) {
        out.push(Suggestion::of_kind(format!("{name};"), 0.9, "expression"));
    }
}

/// `on(event: 'error', listener: (err: Error) => void): ` under `on(event: 'data', ...): this;` -> `this;`: the
/// overloads of one method for each event name declare the same result. Overloads that differ otherwise
/// (`parse(input, options)` and `parse(options)`) differ in their results too.
fn overload_result(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::TypeScript
        || !context.prefix.is_empty()
        || !context.at_line_end()
    {
        return;
    }
    let line = context.line_before.trim_start();
    if !line.ends_with("): ") {
        return;
    }
    let name_end = line.find('(').unwrap_or(0);
    let name = line.get(..name_end).unwrap_or("");
    if name.is_empty() || !name.split(' ').all(is_plain_name) {
        return;
    }
    let Some(previous) = context.code_lines_above().next() else {
        return;
    };
    if !same_event_parameter(line, previous) {
        return;
    }
    let Some(result) = previous
        .strip_prefix(name)
        .filter(|rest| rest.starts_with('(') || rest.starts_with('<'))
        .and_then(|rest| rest.strip_suffix(';'))
        .and_then(|rest| rest.rsplit_once("): "))
        .map(|(_, result)| result)
        .filter(|result| !result.contains(['(', ')']))
    else {
        return;
    };
    out.push(Suggestion::of_kind(
        format!("{result};"),
        0.86,
        "expression",
    ));
}

/// `const result = Object.create(` -> `null`: a local made by `Object.create` is a dictionary without a prototype;
/// an object with one is made for a prototype chain (`Child.prototype = Object.create(`).
fn prototype_free_dictionary(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    let auto_closed = context.line_after.trim_start().starts_with(')');
    if !auto_closed && !context.at_line_end() {
        return;
    }
    let Some(target) = context
        .before_prefix()
        .trim_start()
        .strip_suffix(" = Object.create(")
    else {
        return;
    };
    let local = ["const ", "let ", "var "]
        .iter()
        .find_map(|keyword| target.strip_prefix(keyword))
        .is_some_and(is_plain_name);
    if !local {
        return;
    }
    let ending = if auto_closed {
        String::new()
    } else {
        format!("){}", terminator(context))
    };
    out.push(Suggestion::of_kind(
        format!("null{ending}"),
        0.86,
        "expression",
    ));
}

/// `for (const pair of pairs) { if (!pair) ` -> `continue;`: a test that the loop's item is missing skips it.
fn skipped_missing_item(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let Some(condition) = context
        .before_prefix()
        .trim()
        .strip_prefix("if (")
        .and_then(|rest| rest.strip_suffix(')'))
    else {
        return;
    };
    let item = condition
        .strip_prefix('!')
        .or_else(|| condition.strip_suffix(" === undefined"))
        .or_else(|| condition.strip_suffix(" == null"))
        .or_else(|| condition.strip_suffix(" === null"));
    let Some(item) = item.filter(|item| is_plain_name(item)) else {
        return;
    };
    let Some(header) = context.enclosing_lines().next() else {
        return;
    };
    let Some(bound) = header
        .strip_prefix("for (const ")
        .or_else(|| header.strip_prefix("for (let "))
        .and_then(|rest| rest.split_once(" of "))
        .map(|(bound, _)| bound)
    else {
        return;
    };
    let binds = bound == item
        || bound
            .trim_start_matches('[')
            .trim_end_matches(']')
            .split(',')
            .any(|name| name.trim() == item);
    // A loop that collects into a result made empty above it skips the missing item; elsewhere the test may as
    // well end the function (`return;`, `throw`).
    let collects = context
        .code_lines_above()
        .skip_while(|line| *line != header)
        .take(8)
        .any(declares_empty);
    if binds && collects {
        out.push(Suggestion::of_kind(
            format!("continue{}", terminator(context)),
            0.86,
            "expression",
        ));
    }
}

/// `const result = Object.create(null);` then `if (!search) return ` -> `result;`: a guard right after the result
/// was made empty hands it back empty.
fn early_empty_result(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let statement = context.before_prefix().trim();
    if !(statement.starts_with("if (") && statement.ends_with(") return")) {
        return;
    }
    let Some(previous) = context.code_lines_above().next() else {
        return;
    };
    if let Some(name) = empty_declaration(previous) {
        out.push(Suggestion::of_kind(
            format!("{name}{}", terminator(context)),
            0.86,
            "expression",
        ));
    }
}

/// Whether two signatures' first parameters are one name typed with string literals (`event: 'data'` and
/// `event: 'error'`).
fn same_event_parameter(signature: &str, other: &str) -> bool {
    let first = |text: &str| -> Option<(String, bool)> {
        let parameters = text.get(text.find('(')? + 1..)?;
        let parameter = parameters.split([',', ')']).next()?;
        let (name, typed) = parameter.split_once(':')?;
        Some((
            name.trim().to_owned(),
            typed.trim().starts_with(['\'', '"']),
        ))
    };
    matches!(
        (first(signature), first(other)),
        (Some((name, true)), Some((other_name, true))) if name == other_name
    )
}

/// `if (err) { reject(err);` -> `return;`: a block that hands an error to the function's callback stops there, so
/// the code below runs only without one.
fn return_after_handing_error(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.before_prefix().trim().is_empty() {
        return;
    }
    let Some(header) = context.enclosing_lines().next() else {
        return;
    };
    if !header.starts_with("if (") || !header.ends_with('{') {
        return;
    }
    let mut above = context.code_lines_above();
    let (Some(previous), Some(opening)) = (above.next(), above.next()) else {
        return;
    };
    let hands_error = ["reject(", "callback(", "cb(", "done(", "next("]
        .iter()
        .filter_map(|call| previous.strip_prefix(call))
        .filter_map(|rest| rest.strip_suffix(");"))
        .any(|argument| !argument.trim().is_empty() && !argument.starts_with("null"));
    if opening != header || !hands_error {
        return;
    }
    let text = format!("return{}", terminator(context));
    if let Some(rest) = text
        .strip_prefix(context.prefix)
        .filter(|rest| !rest.is_empty())
    {
        out.push(Suggestion::of_kind(rest, 0.84, "construct"));
    }
}

/// `const { Transform } = require('` -> `stream')`: the module a destructuring `require(` names, once every name
/// is one Node's module exports. (A `{` after `const` reads as a block to the closers, which leave it alone.)
fn destructured_module(context: &Context<'_>, literal: &Token, out: &mut Vec<Suggestion>) {
    let Some(before) = context.before_literal(literal) else {
        return;
    };
    let Some(typed) = context.typed_in_literal(literal) else {
        return;
    };
    let Some(quote) = typed.chars().next().filter(|c| matches!(c, '\'' | '"')) else {
        return;
    };
    if typed.len() != 1 {
        return;
    }
    let Some(bindings) = ["const ", "let ", "var "]
        .iter()
        .find_map(|keyword| before.trim_start().strip_prefix(keyword))
        .and_then(|rest| rest.trim_end().strip_suffix("require("))
        .and_then(|rest| rest.trim_end().strip_suffix('='))
    else {
        return;
    };
    let Some(module) = module_of_named(bindings) else {
        return;
    };
    let module = spelled_module(context, module);
    let closed = context.line_after.starts_with(quote);
    if closed {
        out.push(Suggestion::of_kind(module, 0.86, "closer"));
    } else if context.at_line_end() {
        out.push(Suggestion::of_kind(
            format!("{module}{quote}){}", terminator(context)),
            0.86,
            "closer",
        ));
    }
}

/// The local a line declares empty (`const parts = [];`, `const result = Object.create(null);` -> its name).
fn empty_declaration(line: &str) -> Option<&str> {
    let (name, value) = ["const ", "let "]
        .iter()
        .find_map(|keyword| line.strip_prefix(keyword))?
        .split_once(" = ")?;
    let name = name.split(':').next().unwrap_or("").trim();
    let empty = matches!(
        value.trim_end_matches(';'),
        "[]" | "{}" | "Object.create(null)" | "new Map()" | "new Set()" | "''" | "\"\""
    );
    (empty && is_plain_name(name)).then_some(name)
}

/// Whether a line declares a local empty (see [`empty_declaration`]).
fn declares_empty(line: &str) -> bool {
    empty_declaration(line).is_some()
}

/// `const view = new Uint8Array(...)`, `decoder.pos += len`, then `return ` -> `view`: a block's last statement
/// returns the one local the block declared, once other statements have come between (a local returned on the
/// line after its declaration would not have been declared). A builder (`encoder`, `writer`) is converted before
/// it is returned, and a block with several locals may return any of them (on the corpus, about one time in three),
/// so both are left alone.
fn returned_local(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty()
        || context.line_before.trim() != "return"
        || !context.line_after.trim().is_empty()
    {
        return;
    }
    let width = indentation(context.line_before);
    // The block ends right after this statement (or is still being written at the end of the text).
    let after = context
        .code
        .get(context.cursor..)
        .unwrap_or("")
        .split('\n')
        .skip(1)
        .take(4)
        .find(|line| !line.trim().is_empty());
    if after.is_some_and(|line| !line.trim_start().starts_with('}') || indentation(line) >= width) {
        return;
    }
    let mut declared = None;
    let mut statements_since = 0;
    let mut opened = false;
    let mut returned_inside = Vec::new();
    for line in context.code_before_line().lines().rev().take(WINDOW_LINES) {
        if line.trim().is_empty() {
            continue;
        }
        if indentation(line) < width {
            opened = line.trim_end().ends_with('{');
            break;
        }
        // A block that already answered with a boolean (`return false` in its test) answers with the other one;
        // one that returned a local inside a test (`if (n !== null) { ... return n }`) ends with what it is not.
        let returned = line
            .trim()
            .trim_end_matches(';')
            .strip_prefix("return ")
            .unwrap_or("");
        if matches!(returned, "false" | "true") {
            return;
        }
        if indentation(line) > width && is_plain_name(returned) {
            returned_inside.push(returned);
        }
        // A destructuring (`const [, level, message] = match;`) declares several locals: any may be returned.
        let declaration = line.trim_start();
        if indentation(line) == width
            && ["const [", "const {", "let [", "let {"]
                .iter()
                .any(|head| declaration.starts_with(head))
        {
            return;
        }
        if indentation(line) == width
            && let Some((keyword, name)) = declared_name(line)
        {
            if declared.is_some() || keyword != "const" {
                return;
            }
            declared = Some((name, statements_since));
        }
        if declared.is_none() {
            statements_since += 1;
        }
    }
    let Some((name, between)) = declared else {
        return;
    };
    if returned_inside.contains(&name) {
        return;
    }
    let lowered = name.to_ascii_lowercase();
    let builder = ["encoder", "builder", "writer"]
        .iter()
        .any(|suffix| lowered.ends_with(suffix));
    if opened && between > 0 && !builder {
        out.push(Suggestion::of_kind(
            format!("{name}{}", terminator(context)),
            0.8,
            "expression",
        ));
    }
}

/// The keyword and the name of a line declaring one local (`const view = ...` -> `("const", "view")`); `None` for
/// a destructuring or any other statement.
fn declared_name(line: &str) -> Option<(&str, &str)> {
    let (keyword, rest) = line.trim_start().split_once(' ')?;
    if !matches!(keyword, "const" | "let" | "var") {
        return None;
    }
    let (target, value) = rest.split_once(" =")?;
    // TypeScript's `const user: User = ...` declares `user`.
    let name = target
        .split_once(':')
        .map_or(target, |(name, _)| name.trim_end());
    (is_plain_name(name) && !value.starts_with('=')).then_some((keyword, name))
}

/// The calls that remove a listener, each after the ones that add one (or already removed it elsewhere).
const LISTENER_REMOVALS: &[(&str, &[&str])] = &[
    ("off(", &["on(", "once(", "off("]),
    (
        "removeListener(",
        &[
            "on(",
            "once(",
            "addListener(",
            "prependListener(",
            "removeListener(",
        ],
    ),
    (
        "removeEventListener(",
        &["addEventListener(", "removeEventListener("],
    ),
];

/// How many lines above the cursor a listener's registration is looked for: a class adds it in its constructor and
/// removes it in `destroy`.
const REGISTRATION_LINES: usize = 300;

/// `socket.removeListener('data', ` -> `socketOnData);`, `this.doc.off('update', ` -> `this._updateHandler)`: a
/// listener is removed with the handler it was added with for the same event, a name and not an inline function
/// (which could not be removed).
fn removed_listener(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(head) = typed.strip_suffix(", ") else {
        return;
    };
    let Some((event, adders)) = LISTENER_REMOVALS.iter().find_map(|(removal, adders)| {
        let (call, event) = head.rsplit_once(removal)?;
        // A method of an object (`.off(`) or the browser's global `removeEventListener(`.
        let called = call.ends_with('.') || call.is_empty() || call.ends_with(['(', ' ', '!']);
        let quoted = event.len() >= 2
            && event.starts_with(['\'', '"', '`'])
            && event.ends_with(&event[..1])
            && !event[1..event.len() - 1].contains(['\'', '"', '`', ',']);
        (called && quoted).then_some((event, *adders))
    }) else {
        return;
    };
    let registrations: Vec<String> = adders
        .iter()
        .map(|adder| format!("{adder}{event}, "))
        .collect();
    let handler = context
        .code_lines_above()
        .take(REGISTRATION_LINES)
        .find_map(|line| {
            registrations.iter().find_map(|registration| {
                let (_, arguments) = line.split_once(registration.as_str())?;
                let end = arguments.find([')', ',']).unwrap_or(arguments.len());
                let handler = arguments[..end].trim();
                is_plain_name(handler.strip_prefix("this.").unwrap_or(handler)).then_some(handler)
            })
        });
    let Some(handler) = handler else {
        return;
    };
    let closers = open_parentheses(typed).unwrap_or_default();
    out.push(Suggestion::construct(
        format!("{handler}{closers}{}", terminator(context)),
        // Above a neighbouring removal's pattern (`off('change', this.changeHandler)` read as `this.destroyHandler`
        // for `'destroy'`): the registration names the handler itself.
        0.92,
    ));
}

/// The name of a class method that makes a copy of its object (`copy () {`, `clone() {`, `_copy () {`), read from
/// its header line; `None` for any other line.
fn copy_method(header: &str) -> Option<&str> {
    let name = header
        .strip_suffix('{')?
        .trim_end()
        .strip_suffix("()")?
        .trim_end();
    let bare = name.trim_start_matches('_');
    matches!(bare, "copy" | "clone").then_some(name)
}

/// A class's copy method opens with the new instance of the class itself (`class ContentJSON` ... `copy () {` ->
/// `return new ContentJSON(`): what the object holds differs, the class it makes does not. Only as the method's
/// first statement: a copy that builds a local first returns that local.
fn copied_instance(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim();
    let keyword = match typed {
        "" => "return ",
        "return" => "",
        _ => return,
    };
    if context
        .code_lines_above()
        .next()
        .and_then(copy_method)
        .is_none()
    {
        return;
    }
    let width = indentation(context.line_before);
    let class = context
        .enclosing_lines()
        .take(3)
        .filter_map(|line| {
            let rest = line.strip_prefix("export ").unwrap_or(line);
            let rest = rest.strip_prefix("default ").unwrap_or(rest);
            rest.strip_prefix("class ")
        })
        .filter_map(|rest| rest.split([' ', '{', '<']).next())
        .find(|name| is_plain_name(name) && name.starts_with(|c: char| c.is_ascii_uppercase()));
    if let (Some(class), true) = (class, width > 0) {
        out.push(Suggestion::of_kind(
            format!("{keyword}new {class}("),
            0.86,
            "expression",
        ));
    }
}

/// Whether a loop variable is named as an index (`i`, `j`, `di`, `rowIndex`, `idx`), not as the node or item a
/// loop walks a linked structure with (`for (let n = list.` -> `start; ...`).
fn names_index(name: &str) -> bool {
    let lowered = name.to_ascii_lowercase();
    matches!(name, "i" | "j" | "k")
        || (name.len() <= 3 && name.ends_with('i'))
        || lowered.ends_with("index")
        || lowered.ends_with("idx")
}

/// A counting loop that starts from a collection's size walks it backwards (`for (let i = items.` -> `length - 1; i
/// >= 0; i--) {`): starting at the size itself would read past the end, and the header's other two parts follow.
fn reverse_loop_start(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const REST: &str = "length - 1; ";
    if !context.at_line_end() || !"length".starts_with(context.prefix) {
        return;
    }
    let Some(access) = context.dot_member() else {
        return;
    };
    let Some(index) = context
        .before_receiver(&access)
        .and_then(|before| before.trim_start().strip_prefix("for ("))
        .and_then(|header| {
            header
                .strip_prefix("let ")
                .or_else(|| header.strip_prefix("var "))
        })
        .and_then(|header| header.strip_suffix(" = "))
        .filter(|index| is_plain_name(index) && names_index(index))
    else {
        return;
    };
    let text = format!("{REST}{index} >= 0; {index}--) {{");
    if let Some(rest) = text.get(context.prefix.len()..) {
        out.push(Suggestion::member(rest, 0.9));
    }
}

/// What a module's top-level statement starts with (`export const`, `import`, `function`), for the words that
/// declare something; `None` for any other line (a comment, a closing brace, a call).
fn top_level_declaration(line: &str) -> Option<&'static str> {
    const DECLARATIONS: &[&str] = &[
        "export const ",
        "export ",
        "import ",
        "const ",
        "let ",
        "var ",
        "function ",
        "async function ",
        "class ",
        "module.exports",
    ];
    DECLARATIONS
        .iter()
        .find(|&&start| line.starts_with(start))
        .copied()
}

/// The tags of a doc comment that documents a declaration (a function's parameters or result, a type).
const DOCUMENTED_TAGS: &[&str] = &["@param", "@return", "@template", "@type", "@function"];

/// A doc comment at a module's top level, in a module whose last declaration was exported (or imported, at the
/// head of the module), documents the next export: `export ` then, when the module's last two exports were
/// constants (`export const add = ...`), `export const `. A module's own helpers are mostly left undocumented.
fn documented_export(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    // Before `export` or while typing it (`ex`).
    if context.line_before != context.prefix
        || !"export ".starts_with(context.prefix)
        || !context.at_line_end()
    {
        return;
    }
    let before = context.code_before_line();
    let window = before
        .get(before.len().saturating_sub(DECLARATIONS_BYTES)..)
        .unwrap_or("");
    let mut lines = window.lines().rev().filter(|line| !line.trim().is_empty());
    if !lines
        .next()
        .is_some_and(|line| line.trim_end().ends_with("*/"))
    {
        return;
    }
    // The comment must open at the left margin: one inside a class documents a method.
    let mut tagged = false;
    let opening = lines.by_ref().find(|line| {
        tagged |= DOCUMENTED_TAGS.iter().any(|tag| line.contains(tag));
        line.contains("/*")
    });
    if !opening.is_some_and(|line| line.starts_with("/*")) {
        return;
    }
    // At the head of a module (nothing declared above, the whole file read), a comment that documents
    // parameters, a result or a type documents the module's first export.
    let whole_file = window.len() == before.len();
    // A TypeScript module imports before its first comment: one there documents an export, tagged or not.
    let typescript = context.profile.language == Language::TypeScript;
    let mut declarations = lines.filter_map(top_level_declaration);
    let text = match (declarations.next(), declarations.next()) {
        (Some("export const "), Some("export const ")) => "export const ",
        (Some("export " | "export const " | "import "), _) => "export ",
        (None, _) if whole_file && (tagged || typescript) => "export ",
        _ => return,
    };
    if let Some(rest) = text.strip_prefix(context.prefix) {
        out.push(Suggestion::of_kind(rest, 0.82, "keyword"));
    }
}

/// `export const reject = reason => Promise.` -> `reject(reason)`: a module-level arrow named after a member its
/// body calls wraps that member, handing on its parameters (all of them, or the rest when the first is the
/// receiver: `(el, name, f) => el.` -> `addEventListener(name, f)`). Taken only when the member is already
/// proposed for the receiver, the evidence that the name is the receiver's.
pub(super) fn wrapped_member(context: &Context<'_>, out: &mut [Suggestion]) {
    if !matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript
    ) || !context.at_line_end()
    {
        return;
    }
    let Some(access) = context.dot_member() else {
        return;
    };
    let Some((name, rest)) = context
        .line_before
        .strip_prefix("export const ")
        .and_then(|rest| rest.split_once(" = "))
    else {
        return;
    };
    let Some((parameters, body)) = rest.split_once(" => ") else {
        return;
    };
    if !is_plain_name(name)
        || body != format!("{}.{}", access.receiver, context.prefix)
        || !is_plain_name(access.receiver)
    {
        return;
    }
    let parameters = parameters
        .strip_prefix('(')
        .and_then(|inner| inner.strip_suffix(')'))
        .unwrap_or(parameters);
    let names: Vec<&str> = parameters.split(',').map(str::trim).collect();
    if !names.iter().all(|parameter| is_plain_name(parameter)) {
        return;
    }
    let arguments = match names.split_first() {
        Some((first, others)) if *first == access.receiver => others.join(", "),
        _ => names.join(", "),
    };
    let Some(position) = out.iter().position(|suggestion| {
        suggestion.kind == "member"
            && suggestion
                .text
                .split('(')
                .next()
                .is_some_and(|word| format!("{}{word}", context.prefix) == name)
    }) else {
        return;
    };
    let Some(missing) = name.strip_prefix(context.prefix) else {
        return;
    };
    let best = out
        .iter()
        .map(|suggestion| suggestion.confidence)
        .fold(0.0, f64::max);
    out[position] = Suggestion::member(
        format!("{missing}({arguments})"),
        (best.max(super::INLINE_MEMBER_CONFIDENCE) + 0.02).min(0.95),
    );
}

/// The name of a class method declared by a header line (`getContent () {`, `get length () {`, `async isReady() {`),
/// when the method takes its value from the object (a reader's verb: `get`, `is`, `has`, `to`, `can`, then a
/// capital); `None` for any other line, a TypeScript header with a return type included (its type says more).
fn reader_method(header: &str) -> Option<&str> {
    let signature = header.strip_suffix('{')?.trim_end().strip_suffix(')')?;
    let (name, _) = signature.split_once('(')?;
    let name = name.trim_end();
    let name = name.strip_prefix("async ").unwrap_or(name);
    let name = name.strip_prefix("static ").unwrap_or(name);
    if !is_plain_name(name) {
        return None;
    }
    let reads = ["get", "is", "has", "to", "can"].iter().any(|verb| {
        name.strip_prefix(verb)
            .and_then(|rest| rest.chars().next())
            .is_some_and(|next| next.is_ascii_uppercase())
    });
    reads.then_some(name)
}

/// A documented reader method opens with its `return` (`@return {number}` above `getLength () {` -> `return `): a
/// method named for what it reads and documented for what it returns mostly computes it in one expression. Only as
/// the method's first statement, typed or not (`re` -> `turn `); a constructor or a `@return` of a function is
/// left alone: those build locals first.
fn documented_accessor_return(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const RETURN: &str = "return ";
    if !context.at_line_end() || context.line_before.trim() != context.prefix {
        return;
    }
    let Some(rest) = RETURN
        .strip_prefix(context.prefix)
        .filter(|rest| rest.len() > 1)
    else {
        return;
    };
    let mut above = context.code_lines_above();
    if above.next().and_then(reader_method).is_none()
        || indentation(context.line_before) == 0
        || !above.next().is_some_and(|line| line.ends_with("*/"))
    {
        return;
    }
    let documents_result = above
        .take_while(|line| !line.starts_with("/*"))
        .any(|line| line.contains("@return"));
    if documents_result {
        out.push(Suggestion::of_kind(rest, 0.8, "keyword"));
    }
}

/// The names written in pairs, the first of a list then the second (`(a, ` -> `b`, `(left, ` -> `right`).
const PAIRED_NAMES: &[(&str, &str)] = &[
    ("a", "b"),
    ("left", "right"),
    ("from", "to"),
    ("min", "max"),
    ("start", "end"),
];

/// `(a, ` -> `b`: the second of a pair after its first, as the list's first name, whether the list is a
/// function's parameters (`export const min = (a, ` -> `b`) or a call's arguments (`compare(a, `). Not after a
/// `x`: its list goes on with a number as often as with `y`.
fn paired_parameter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let Some(list) = context.line_before.strip_suffix(", ") else {
        return;
    };
    let Some((_, first)) = list.rsplit_once('(') else {
        return;
    };
    if let Some((_, second)) = PAIRED_NAMES.iter().find(|(name, _)| *name == first) {
        out.push(Suggestion::of_kind(*second, 0.8, "identifier"));
    }
}

/// Whether a test negates what it checks (`a[i] !== b[i]`, `!f(value)`, `x && !y`): a `!` before an operand or in
/// an inequality, not TypeScript's non-null `value!`.
fn negates(test: &str) -> bool {
    let characters: Vec<char> = test.chars().collect();
    characters.iter().enumerate().any(|(at, &character)| {
        if character != '!' {
            return false;
        }
        if characters.get(at + 1) == Some(&'=') {
            return true;
        }
        let before = characters[..at].iter().rev().find(|c| !c.is_whitespace());
        before.is_none_or(|c| matches!(c, '(' | '&' | '|' | '?' | ':' | ','))
    })
}

/// The test of the `if` whose body the cursor's `return ` (or the cursor's statement) opens: on the line
/// (`if (!ok) return `) or on the line above (`if (a !== b) {`).
fn returning_test<'a>(context: &Context<'a>) -> Option<&'a str> {
    let statement = context.before_prefix().trim();
    let header = if statement == "return" || statement.is_empty() {
        let above = context.previous_code_line()?;
        if indentation(above) >= indentation(context.line_before) {
            return None;
        }
        above.trim().strip_suffix('{')?.trim_end()
    } else {
        statement.strip_suffix("return")?.trim_end()
    };
    let header = header.strip_prefix("} else ").unwrap_or(header);
    header.strip_prefix("if (")?.strip_suffix(')')
}

/// Whether a trimmed line opens a function: an arrow's body, a `function`, or a class method's header.
fn opens_function(line: &str) -> bool {
    const BLOCKS: &[&str] = &[
        "if", "for", "while", "switch", "catch", "else", "do", "try", "with",
    ];
    let Some(head) = line.strip_suffix('{') else {
        return false;
    };
    let head = head.trim_end();
    let word_end = super::lexer::identifier_end(head);
    let word = &head[..word_end];
    if BLOCKS.contains(&word) || head.starts_with('}') {
        return false;
    }
    head.ends_with("=>")
        || line.contains("function")
        || (head.ends_with(')')
            && !word.is_empty()
            && head[word_end..].trim_start().starts_with('('))
}

/// Whether the doc comment right above line `header_at` (counted from the end of `lines`) says it returns a
/// boolean (`@return {boolean}`, `@returns {boolean}`).
fn documented_boolean(lines: &[&str], header_at: usize) -> bool {
    let mut above = lines[..header_at].iter().rev().map(|line| line.trim());
    if !above.next().is_some_and(|line| line.ends_with("*/")) {
        return false;
    }
    above
        .take(WINDOW_LINES)
        .take_while(|line| !line.starts_with("/*"))
        .any(|line| line.contains("@return {boolean}") || line.contains("@returns {boolean}"))
}

/// A loop's early exit answers the boolean its function is looking for: `if (a[i] !== b[i]) {` -> `return false`
/// (a negated test fails the search) in a loop or in a function documented as returning a boolean, and a plain
/// test in a loop of such a function -> `return true` (the search found it).
fn early_boolean_result(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let Some(test) = returning_test(context) else {
        return;
    };
    // At the block's first statement, before `return` is typed: only in a function documented as a boolean's.
    let statement_start = context.line_before.trim() == context.prefix;
    let keyword = if statement_start { "return " } else { "" };
    let before = context.code_before_line();
    let lines: Vec<&str> = before.lines().collect();
    let mut width = indentation(context.line_before);
    let mut in_loop = false;
    let mut boolean = false;
    for (at, line) in lines.iter().enumerate().rev().take(WINDOW_LINES * 5) {
        let trimmed = line.trim();
        if trimmed.is_empty() || indentation(line) >= width {
            continue;
        }
        width = indentation(line);
        if ["for ", "for(", "while ", "while(", "do "]
            .iter()
            .any(|start| trimmed.starts_with(start))
        {
            in_loop = true;
        } else if opens_function(trimmed) {
            boolean = documented_boolean(&lines, at);
            break;
        }
        if width == 0 {
            break;
        }
    }
    if statement_start && !boolean {
        return;
    }
    let answer = match (negates(test), in_loop, boolean) {
        (true, true, _) | (true, false, true) => "false",
        (false, true, true) => "true",
        _ => return,
    };
    let answer = format!("{keyword}{answer}");
    if let Some(rest) = answer.strip_prefix(context.prefix) {
        out.push(Suggestion::of_kind(
            format!("{rest}{}", terminator(context)),
            0.82,
            "expression",
        ));
    }
}

/// `this.destroy = this.destroy.bind(` -> `this)`, `performance.now.bind(` -> `performance)`: a method is bound to
/// the object it was read from, so that it keeps its receiver when handed around.
fn bound_receiver(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let Some(method) = context.line_before.strip_suffix(".bind(") else {
        return;
    };
    let chain_start = method
        .char_indices()
        .rev()
        .find(|&(_, c)| !(is_identifier_char(c) || c == '.'))
        .map_or(0, |(at, c)| at + c.len_utf8());
    let chain = &method[chain_start..];
    let Some((receiver, _)) = chain.rsplit_once('.') else {
        return;
    };
    if receiver.split('.').all(is_plain_name) {
        out.push(Suggestion::of_kind(
            format!("{receiver})"),
            0.86,
            "expression",
        ));
    }
}

/// The links a walk over a linked structure steps along (`n = n.next`, `item = item.right`, `el = el.parentNode`).
const LINKS: &[&str] = &[
    "next",
    "right",
    "left",
    "prev",
    "parent",
    "parentNode",
    "nextSibling",
    "previousSibling",
    "parentElement",
];

/// `n = n.` -> `next`: a variable assigned a member of itself steps along a linked structure, by the link the code
/// above reads most (at least twice: one read is no habit).
fn advanced_cursor(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let Some(access) = context.dot_member() else {
        return;
    };
    let Some(target) = context
        .before_receiver(&access)
        .and_then(|before| before.trim_end().strip_suffix('='))
        .map(str::trim_end)
        .map(super::lexer::trailing_identifier)
    else {
        return;
    };
    if target != access.receiver || !is_plain_name(target) {
        return;
    }
    let before = context.code_before_line();
    let window = before
        .get(before.len().saturating_sub(DECLARATIONS_BYTES)..)
        .unwrap_or("");
    let reads = |link: &str| {
        window
            .match_indices(&format!(".{link}"))
            .filter(|(at, matched)| !window[at + matched.len()..].starts_with(is_identifier_char))
            .count()
    };
    let best = LINKS
        .iter()
        .filter(|link| link.starts_with(context.prefix) && link.len() > context.prefix.len())
        .map(|link| (reads(link), *link))
        .max_by_key(|(count, _)| *count);
    if let Some((count, link)) = best
        && count >= 2
    {
        out.push(Suggestion::member(&link[context.prefix.len()..], 0.88));
    }
}
