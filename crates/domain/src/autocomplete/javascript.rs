//! JavaScript and TypeScript (JSX and TSX included): syntax, keywords, built-in objects and constructs.
//!
//! Constructs: loop headers (`for (let i = 0` -> `; i < items.length; i++) {`, `for (const item of ` ->
//! `items) {`), `case ` in a `switch`, the value after `return`, `catch (` -> `error) {`, `this.` in a constructor
//! -> the next parameter not stored yet (`key = key`), closing JSX tags (`</` -> `div>`), and React's state in
//! handlers and lists (`onClick={() => ` -> `setCount(count + 1)}`, `.then((data) => ` -> `setUsers(data));`,
//! `<ul>{items.map((item) => ` -> `<li key={item}>{item}</li>)}`). Members: the global objects (`console`, `Math`, `JSON`, `Object`, `Array`, `document`, ...),
//! a receiver's type when its declaration shows it (`[]`, a string, `new Map()`), and a class's methods for `this.`.

use super::Suggestion;
use super::cursor::{Context, MemberAccess, indentation};
use super::language::{BlockStyle, DOUBLE_QUOTED, Language, Profile, SINGLE_QUOTED, Word};
use super::lexer::{Quote, Syntax, TokenKind, is_identifier_char, is_plain_name};
use super::members::{MemberHints, MemberTable, is_self, table_for};
use super::statements::{
    self, DefinedMember, after_return, assign_constructor_parameter, class_body_members,
    class_brace_named, declaration_of, element_name, enclosing_class_brace, enclosing_function,
    iterable_in_scope, return_value, singular, switch_case, uses_semicolons,
    walked_by_enclosing_loop,
};

static SYNTAX: Syntax = Syntax {
    line_comments: &["//"],
    block_comment: Some(("/*", "*/")),
    nested_block_comments: false,
    quotes: &[
        Quote {
            delimiter: "`",
            multiline: true,
            escapes: true,
        },
        DOUBLE_QUOTED,
        SINGLE_QUOTED,
    ],
    string_prefixes: &[],
    raw_strings: false,
    char_or_lifetime: false,
    regex_literals: true,
    template_interpolation: true,
    dollar_in_identifiers: true,
};

/// The words of JavaScript, followed by any extra ones (TypeScript's).
macro_rules! javascript_words {
    ($($extra:expr),* $(,)?) => {
        &[
            Word::statement("function", " "),
            Word::statement("const", " "),
            Word::statement("let", " "),
            Word::statement("var", " "),
            Word::statement("return", " "),
            Word::statement("if", " ("),
            Word::statement("else", " "),
            Word::statement("for", " ("),
            Word::statement("while", " ("),
            Word::statement("switch", " ("),
            Word::statement("case", " "),
            Word::statement("default", ":"),
            Word::statement("break", ""),
            Word::statement("continue", ""),
            Word::statement("throw", " "),
            Word::statement("try", " {"),
            Word::statement("catch", " ("),
            Word::statement("finally", " {"),
            Word::statement("class", " "),
            Word::statement("import", " "),
            Word::statement("export", " "),
            Word::statement("async", " "),
            Word::anywhere("await", " "),
            Word::anywhere("new", " "),
            Word::anywhere("typeof", " "),
            Word::anywhere("instanceof", " "),
            Word::anywhere("this", ""),
            Word::anywhere("null", ""),
            Word::anywhere("undefined", ""),
            Word::anywhere("true", ""),
            Word::anywhere("false", ""),
            Word::anywhere("console", "."),
            Word::anywhere("document", "."),
            Word::anywhere("window", "."),
            Word::anywhere("require", "("),
            Word::anywhere("parseInt", "("),
            Word::anywhere("parseFloat", "("),
            Word::anywhere("setTimeout", "("),
            Word::anywhere("setInterval", "("),
            Word::anywhere("fetch", "("),
            Word::anywhere("Promise", ""),
            Word::anywhere("Error", "("),
            Word::anywhere("Array", ""),
            Word::anywhere("Object", ""),
            Word::anywhere("JSON", "."),
            Word::anywhere("Math", "."),
            Word::anywhere("Number", ""),
            Word::anywhere("String", ""),
            Word::anywhere("Boolean", ""),
            Word::anywhere("Date", ""),
            Word::anywhere("Map", ""),
            Word::anywhere("Set", ""),
            Word::anywhere("Uint8Array", ""),
            Word::anywhere("Symbol", ""),
            Word::anywhere("RegExp", ""),
            Word::anywhere("TypeError", ""),
            Word::anywhere("ArrayBuffer", ""),
            Word::anywhere("WeakMap", ""),
            Word::anywhere("globalThis", ""),
            Word::anywhere("process", "."),
            Word::anywhere("Buffer", ""),
            Word::anywhere("__dirname", ""),
            Word::anywhere("__filename", ""),
            $($extra,)*
        ]
    };
}

static JAVASCRIPT_WORDS: &[Word] = javascript_words!();
static TYPESCRIPT_WORDS: &[Word] = javascript_words!(
    Word::statement("interface", " "),
    Word::statement("type", " "),
    Word::statement("enum", " "),
    Word::statement("declare", " "),
    Word::statement("namespace", " "),
    Word::anywhere("implements", " "),
    Word::anywhere("extends", " "),
    Word::anywhere("readonly", " "),
    Word::anywhere("private", " "),
    Word::anywhere("public", " "),
    Word::anywhere("protected", " "),
    Word::anywhere("keyof", " "),
    Word::anywhere("string", ""),
    Word::anywhere("number", ""),
    Word::anywhere("boolean", ""),
    Word::anywhere("void", ""),
    Word::anywhere("unknown", ""),
    Word::anywhere("never", ""),
    Word::anywhere("any", ""),
    Word::anywhere("Record", "<"),
    Word::anywhere("Partial", "<"),
    Word::anywhere("Readonly", "<"),
);

/// The members of Jest's `jest` and Vitest's `vi`, which offer the same mocking calls.
const MOCKING_MEMBERS: &[&str] = &[
    "fn()",
    "mock()",
    "spyOn()",
    "clearAllMocks()",
    "useFakeTimers()",
    "advanceTimersByTime()",
    "resetAllMocks()",
    "restoreAllMocks()",
    "useRealTimers()",
    "runAllTimers()",
];

static GLOBAL_MEMBERS: &[(&str, &[&str])] = &[
    (
        "console",
        &[
            "log()",
            "error()",
            "warn()",
            "info()",
            "debug()",
            "table()",
            "time()",
            "timeEnd()",
            "trace()",
            "assert()",
            "dir()",
            "group()",
            "groupEnd()",
            "clear()",
            "count()",
        ],
    ),
    (
        "Math",
        &[
            "floor()", "max()", "min()", "random()", "round()", "abs()", "ceil()", "sqrt()",
            "pow()", "PI", "trunc()", "sign()", "log()", "sin()", "cos()", "hypot()", "cbrt()",
            "E",
        ],
    ),
    ("JSON", &["stringify()", "parse()"]),
    (
        "Object",
        &[
            "keys()",
            "entries()",
            "values()",
            "assign()",
            "freeze()",
            "fromEntries()",
            "create()",
            "defineProperty()",
            "getPrototypeOf()",
            "is()",
        ],
    ),
    ("Array", &["isArray()", "from()", "of()"]),
    (
        "Promise",
        &[
            "all()",
            "resolve()",
            "reject()",
            "allSettled()",
            "race()",
            "any()",
        ],
    ),
    (
        "Number",
        &[
            "parseInt()",
            "parseFloat()",
            "isNaN()",
            "isInteger()",
            "isFinite()",
            "MAX_SAFE_INTEGER",
            "MIN_SAFE_INTEGER",
            "EPSILON",
        ],
    ),
    ("String", &["fromCharCode()", "raw"]),
    ("Date", &["now()", "parse()", "UTC()"]),
    (
        "document",
        &[
            "getElementById()",
            "querySelector()",
            "querySelectorAll()",
            "createElement()",
            "addEventListener()",
            "body",
            "title",
            "getElementsByClassName()",
            "createTextNode()",
            "documentElement",
            "head",
            "cookie",
        ],
    ),
    (
        "window",
        &[
            "addEventListener()",
            "location",
            "localStorage",
            "setTimeout()",
            "innerWidth",
            "innerHeight",
            "open()",
            "scrollTo()",
            "requestAnimationFrame()",
            "removeEventListener()",
            "alert()",
            "document",
            "history",
            "navigator",
        ],
    ),
    (
        "localStorage",
        &["getItem()", "setItem()", "removeItem()", "clear()"],
    ),
    (
        "process",
        &[
            "env",
            "exit()",
            "argv",
            "cwd()",
            "on()",
            "platform",
            "nextTick()",
        ],
    ),
    (
        "Reflect",
        &["ownKeys()", "has()", "get()", "set()", "apply()"],
    ),
    (
        "Symbol",
        &[
            "iterator",
            "for()",
            "asyncIterator",
            "toStringTag",
            "hasInstance",
            "toPrimitive",
            "species",
        ],
    ),
    (
        "Buffer",
        &[
            "from()",
            "alloc()",
            "concat()",
            "isBuffer()",
            "byteLength()",
            "allocUnsafe()",
            "compare()",
        ],
    ),
    (
        "Intl",
        &[
            "NumberFormat()",
            "DateTimeFormat()",
            "Collator()",
            "PluralRules()",
            "RelativeTimeFormat()",
            "Segmenter()",
        ],
    ),
    (
        "performance",
        &["now()", "mark()", "measure()", "timeOrigin"],
    ),
    // Jest's and Vitest's mocking objects: a test's `jest.` or `vi.` is nearly always a mock function first.
    ("jest", MOCKING_MEMBERS),
    ("vi", MOCKING_MEMBERS),
];

static ARRAY_METHODS: &[&str] = &[
    "map()",
    "filter()",
    "forEach()",
    "push()",
    "length",
    "reduce()",
    "find()",
    "includes()",
    "join()",
    "slice()",
    "indexOf()",
    "some()",
    "every()",
    "sort()",
    "concat()",
    "pop()",
    "shift()",
    "unshift()",
    "splice()",
    "findIndex()",
    "flat()",
    "flatMap()",
    "reverse()",
    "fill()",
    "at()",
    "keys()",
    "entries()",
];
static STRING_METHODS: &[&str] = &[
    "length",
    "split()",
    "trim()",
    "replace()",
    "toLowerCase()",
    "toUpperCase()",
    "includes()",
    "startsWith()",
    "endsWith()",
    "slice()",
    "substring()",
    "indexOf()",
    "charAt()",
    "padStart()",
    "padEnd()",
    "repeat()",
    "match()",
    "replaceAll()",
    "at()",
    "trimStart()",
    "trimEnd()",
    "localeCompare()",
];
static MAP_METHODS: &[&str] = &[
    "get()",
    "set()",
    "has()",
    "delete()",
    "size",
    "forEach()",
    "keys()",
    "values()",
    "entries()",
    "clear()",
];
static SET_METHODS: &[&str] = &[
    "add()",
    "has()",
    "delete()",
    "size",
    "forEach()",
    "values()",
    "clear()",
];
static ELEMENT_MEMBERS: &[&str] = &[
    "addEventListener()",
    "textContent",
    "classList",
    "innerHTML",
    "appendChild()",
    "setAttribute()",
    "style",
    "querySelector()",
    "value",
    "getAttribute()",
    "remove()",
    "removeEventListener()",
    "children",
    "parentElement",
    "focus()",
    "dataset",
];
/// What `querySelectorAll(...)` and `getElementsBy...(...)` return: a list of elements, walked or counted.
static NODE_LIST_MEMBERS: &[&str] = &["forEach()", "length", "item()", "entries()", "values()"];
static PROMISE_METHODS: &[&str] = &["then()", "catch()", "finally()"];
/// A `readline` interface's members (`const rl = readline.createInterface(...)`), most used first.
static READLINE_INTERFACE_MEMBERS: &[&str] = &[
    "question()",
    "close()",
    "on()",
    "prompt()",
    "setPrompt()",
    "write()",
];
/// What `fs.stat()` describes a file with, most read first.
static STATS_MEMBERS: &[&str] = &[
    "isDirectory()",
    "isFile()",
    "size",
    "mtime",
    "mtimeMs",
    "isSymbolicLink()",
    "birthtime",
];
static RESPONSE_MEMBERS: &[&str] = &[
    "json()",
    "ok",
    "status",
    "text()",
    "headers",
    "blob()",
    "statusText",
];
/// Methods of arrays and strings, for a receiver whose type the code does not show.
static COMMON_METHODS: &[&str] = &[
    "map()",
    "filter()",
    "forEach()",
    "length",
    "push()",
    "then()",
    "reduce()",
    "find()",
    "includes()",
    "join()",
    "split()",
    "slice()",
    "trim()",
    "indexOf()",
    "toString()",
    "replace()",
    "some()",
    "sort()",
    "catch()",
];

/// HTML elements that never have a closing tag.
const VOID_ELEMENTS: &[&str] = &[
    "br", "img", "input", "hr", "meta", "link", "area", "base", "col", "source", "wbr",
];

/// JavaScript's profile.
pub(super) static JAVASCRIPT: Profile = Profile {
    language: Language::JavaScript,
    syntax: &SYNTAX,
    words: JAVASCRIPT_WORDS,
    naming_keywords: &["function", "class", "const", "let", "var", "import", "as"],
    block_keywords: &["if", "for", "while", "switch", "catch", "else"],
    block_style: BlockStyle::Brace,
    statement_terminator: Some(";"),
    constructs,
    member_hints,
};

/// TypeScript's profile: JavaScript's, with TypeScript's words.
pub(super) static TYPESCRIPT: Profile = Profile {
    language: Language::TypeScript,
    syntax: &SYNTAX,
    words: TYPESCRIPT_WORDS,
    naming_keywords: &[
        "function",
        "class",
        "const",
        "let",
        "var",
        "import",
        "as",
        "interface",
        "type",
        "enum",
        "namespace",
    ],
    block_keywords: &["if", "for", "while", "switch", "catch", "else"],
    block_style: BlockStyle::Brace,
    statement_terminator: Some(";"),
    constructs,
    member_hints,
};

fn constructs(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    switch_case(context, out);
    first_class_member(context, out);
    assign_constructor_parameter(context, out);
    if let Some(lead) = after_return(context)
        && let Some((value, confidence)) = return_value(context)
    {
        let terminator = if uses_semicolons(context) { ";" } else { "" };
        out.push(Suggestion {
            text: format!("{lead}{value}{terminator}"),
            confidence,
            kind: "expression",
            cursor_offset: 0,
        });
    }
    loop_header(context, out);
    catch_clause(context, out);
    close_tag(context, out);
    reduce_body(context, out);
    module_of_binding(context, out);
    fetched_body(context, out);
    awaited_body(context, out);
    callback_parameter(context, out);
    numeric_comparator(context, out);
    thrown_error(context, out);
    first_matcher(context, out);
    report_caught_error(context, out);
    event_listener(context, out);
    module_exports(context, out);
    timer_arguments(context, out);
    express_application(context, out);
    express_setup(context, out);
    node_http_server(context, out);
    effect_dependencies(context, out);
    state_update(context, out);
    state_from_handler(context, out);
    jsx_list_item(context, out);
    state_hook(context, out);
    arrow_operation(context, out);
    typed_initial_value(context, out);
    property_type_by_name(context, out);
    json_direction(context, out);
    object_pairs(context, out);
    module_member(context, out);
    route_parameter(context, out);
    response_after_status(context, out);
    error_handler_status(context, out);
    failed_check_status(context, out);
    request_options(context, out);
    command_line_arguments(context, out);
    text_file_encoding(context, out);
    response_status_check(context, out);
    compared_text_of_other(context, out);
    count_with_default(context, out);
    exported_declaration(context, out);
    super::javascript_everyday::complete(context, out);
    super::javascript_projects::complete(context, out);
    super::javascript_library::complete(context, out);
}

/// A module that exports every declaration it makes exports the next one too: at a top-level statement's start,
/// `export ` once the last three or more declarations (imports aside) were all exported. Below the imports the
/// next line is as likely another import. On the corpus, where the file's last declarations were all exported,
/// 280 of 328 top-level statements began with `export`, and none of the 48 others once an import line above is
/// left out.
fn exported_declaration(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    /// The words that start a top-level declaration.
    const DECLARATIONS: &[&str] = &[
        "const",
        "let",
        "var",
        "function",
        "async",
        "class",
        "interface",
        "type",
        "enum",
        "declare",
        "abstract",
        "namespace",
    ];
    /// How far up the declarations are looked for.
    const LINES_LOOKED_AT: usize = 2000;
    const DECLARATIONS_NEEDED: usize = 3;
    const DECLARATIONS_READ: usize = 8;
    if context.line_before != context.prefix
        || !context.at_line_end()
        || context.prefix.len() >= "export".len()
        || !"export".starts_with(context.prefix)
    {
        return;
    }
    // A line that goes on (`,`, an operator) or an opened bracket above: no new statement here.
    let Some(previous) = context.previous_code_line() else {
        return;
    };
    // A doc comment's last line (` */`) is indented; it documents what comes next.
    let comment = previous.trim_start().starts_with(['*', '/']);
    let previous_end = previous.trim_end();
    if previous.starts_with("import ")
        || previous.starts_with(char::is_whitespace) && !comment
        || previous_end.ends_with([',', '(', '[', '{', '=', '+', '-', '|', '&', '?', ':', '.'])
    {
        return;
    }
    let word = |line: &str| {
        line.split(|c: char| !super::lexer::is_identifier_char(c))
            .next()
            .unwrap_or("")
            .to_owned()
    };
    let mut exported = 0;
    let mut read = 0;
    for line in context
        .code_before_line()
        .lines()
        .rev()
        .take(LINES_LOOKED_AT)
        .filter(|line| !line.starts_with(char::is_whitespace))
    {
        let first = word(line);
        if first == "export" {
            exported += 1;
        } else if DECLARATIONS.contains(&first.as_str()) {
            return;
        } else {
            continue;
        }
        read += 1;
        if read == DECLARATIONS_READ {
            break;
        }
    }
    if exported >= DECLARATIONS_NEEDED {
        out.push(Suggestion::of_kind(
            format!("{} ", &"export"[context.prefix.len()..]),
            0.8,
            "statement",
        ));
    }
}

/// `counts[word] = (counts[word] || ` -> `0) + 1`: a count that starts at zero the first time a key is seen.
fn count_with_default(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim();
    let Some((target, value)) = typed.split_once(" = ") else {
        return;
    };
    if value == format!("({target} ||") && target.ends_with(']') && target.contains('[') {
        let terminator = if uses_semicolons(context) { ";" } else { "" };
        out.push(Suggestion::construct(format!("0) + 1{terminator}"), 0.85));
    }
}

/// `users.sort((a, b) => a.name.localeCompare(` -> `b.name))`: a comparator compares the same field of its
/// second parameter.
fn compared_text_of_other(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_end();
    let Some((header, compared)) = typed
        .strip_suffix(".localeCompare(")
        .and_then(|before| before.rsplit_once("=> "))
    else {
        return;
    };
    let Some(parameters) = header
        .trim_end()
        .strip_suffix(')')
        .and_then(|header| header.rsplit_once(".sort(("))
        .map(|(_, parameters)| parameters)
    else {
        return;
    };
    let Some((first, second)) = parameters.split_once(',') else {
        return;
    };
    let (first, second) = (first.trim(), second.trim());
    let Some(field) = compared
        .strip_prefix(first)
        .and_then(|rest| rest.strip_prefix('.'))
    else {
        return;
    };
    let simple =
        |name: &str| !name.is_empty() && name.chars().all(super::lexer::is_identifier_char);
    if simple(first) && simple(second) && simple(field) {
        let terminator = if uses_semicolons(context) { ";" } else { "" };
        out.push(Suggestion::construct(
            format!("{second}.{field})){terminator}"),
            0.85,
        ));
    }
}

/// `process.argv.` -> `slice(2)` and `process.argv[` -> `2]`: the first two entries are node and the script, so a
/// program's own arguments start at the third; and a CommonJS script's `path.join(` -> `__dirname, `.
fn command_line_arguments(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    if let Some(access) = context.dot_member()
        && access.receiver == "process.argv"
        && let Some(rest) = "slice(2)".strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::member(rest, 0.9));
        return;
    }
    if context.prefix.is_empty() && context.line_before.ends_with("process.argv[") {
        out.push(Suggestion::construct("2]", 0.85));
    }
    if !context.prefix.is_empty() || !context.line_before.ends_with("path.join(") {
        return;
    }
    // `fs.readdirSync(dir).map((name) => path.join(` -> `dir, name)`: a listed entry's path is its folder's.
    let listed = context
        .line_before
        .rsplit_once("readdirSync(")
        .and_then(|(_, rest)| {
            let (folder, callback) = rest.split_once(')')?;
            let entry = callback
                .strip_prefix(".map((")
                .or_else(|| callback.strip_prefix(".forEach(("))?
                .split_once(") => path.join(")?
                .0;
            (is_plain_name(folder) && is_plain_name(entry)).then_some((folder, entry))
        });
    if let Some((folder, entry)) = listed {
        // Every call of the line closed, the statement ends there.
        let closers = super::idioms::open_parentheses(context.line_before).unwrap_or_default();
        let end = super::idioms::terminator(context);
        out.push(Suggestion::construct(
            format!("{folder}, {entry}{closers}{end}"),
            0.86,
        ));
        return;
    }
    // `path.join(` -> `__dirname, `: a CommonJS module's files are found from its own folder, not the caller's. A
    // callback's `path.join(` joins what the callback is given.
    let in_callback = context.line_before.contains(") => ");
    if !in_callback
        && (context.code.contains("require('path')") || context.code.contains("require(\"path\")"))
    {
        out.push(Suggestion::construct("__dirname, ", 0.85));
    }
}

/// `fs.readFileSync('input.txt', ` -> `'utf8')`: without an encoding the file comes back as a `Buffer`, which a
/// beginner's program then treats as text.
fn text_file_encoding(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_end();
    let Some(argument) = typed
        .rsplit_once("readFileSync(")
        .and_then(|(_, argument)| argument.strip_suffix(','))
    else {
        return;
    };
    // One argument written whole: a path in quotes or a name, nothing left open inside it.
    let quoted = argument.len() >= 2
        && (argument.starts_with('\'') || argument.starts_with('"'))
        && argument.ends_with(&argument[..1])
        && argument[1..argument.len() - 1]
            .chars()
            .all(|c| c != '\'' && c != '"' && c != '`');
    let named = !argument.is_empty()
        && argument
            .chars()
            .all(|c| super::lexer::is_identifier_char(c) || c == '.');
    // The calls around it close too (`JSON.parse(fs.readFileSync('data.json', ` -> `'utf8'));`).
    let open = typed
        .matches('(')
        .count()
        .saturating_sub(typed.matches(')').count());
    if !(quoted || named) || open == 0 {
        return;
    }
    let quote = string_quote(context);
    let terminator = if uses_semicolons(context) { ";" } else { "" };
    out.push(Suggestion::construct(
        format!("{quote}utf8{quote}{}{terminator}", ")".repeat(open)),
        0.85,
    ));
}

/// `if (!res.` (or `if (res.`) where `res = await fetch(` -> `ok) {`: whether the request succeeded is tested
/// before its body is read.
fn response_status_check(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let tested = context
        .before_receiver(&access)
        .is_some_and(|before| matches!(before.trim(), "if (!" | "if ("));
    let fetched = declaration_of(context, access.receiver)
        .is_some_and(|declaration| declaration.trim_start().starts_with("await fetch("));
    if tested
        && fetched
        && context.at_line_end()
        && let Some(rest) = "ok) {".strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest, 0.88));
    }
}

/// `process.env.PORT || ` -> `3000` (with the file's `;`), and in a `fetch(url, {` options object `method: ` ->
/// `'POST',` (a GET needs no options).
fn request_options(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    // `Number(process.env.PORT) || ` and `parseInt(process.env.PORT) || ` fall back alike.
    if typed.ends_with("process.env.PORT || ") || typed.ends_with("process.env.PORT) || ") {
        let terminator = if uses_semicolons(context) { ";" } else { "" };
        out.push(Suggestion::construct(format!("3000{terminator}"), 0.85));
        return;
    }
    if typed != "method: " {
        return;
    }
    let in_fetch = context
        .previous_code_line()
        .is_some_and(|line| line.contains("fetch(") && line.trim_end().ends_with('{'));
    if in_fetch {
        let quote = module_quote(context);
        out.push(Suggestion::construct(format!("{quote}POST{quote},"), 0.85));
    }
}

/// In an Express handler, `const id = req.` -> `params.id` when the route's path names `:id`; `const { name } =
/// req.` in a `post` or `put` handler -> `body`.
fn route_parameter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context
        .dot_member()
        .filter(|access| matches!(access.receiver, "req" | "request"))
    else {
        return;
    };
    let Some(target) = context
        .before_receiver(&access)
        .and_then(|before| before.trim().strip_suffix('='))
        .map(str::trim)
        .and_then(|target| {
            ["const ", "let ", "var "]
                .iter()
                .find_map(|keyword| target.strip_prefix(keyword))
        })
        .map(str::trim)
    else {
        return;
    };
    if !context.at_line_end() {
        return;
    }
    let before_line = context.code_before_line();
    let Some(route) = before_line
        .lines()
        .rev()
        .take(30)
        .find(|line| line.contains(&format!("({}, ", access.receiver)) && line.contains("=>"))
    else {
        return;
    };
    let member = if target.chars().all(super::lexer::is_identifier_char)
        && route.contains(&format!("/:{target}"))
    {
        format!("params.{target}")
    } else if target.starts_with('{')
        && [".post(", ".put(", ".patch("]
            .iter()
            .any(|method| route.contains(method))
    {
        "body".to_owned()
    } else {
        return;
    };
    if let Some(rest) = member.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// `res.status(404).` -> `json()`: the response's body follows its status, as after `res.`.
fn response_after_status(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let after_status = access.receiver.starts_with("res.status(")
        && access.receiver.ends_with(')')
        && access.receiver.matches('(').count() == 1;
    if after_status
        && context.at_line_end()
        && http_handler_parameter(context, "res").is_some()
        // `204 No Content` has no body to send as JSON.
        && let Some(rest) = if access.receiver == "res.status(204)" {
            "send()"
        } else {
            "json()"
        }
        .strip_prefix(context.prefix)
        && rest.len() > "()".len()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// `res.status(` in an Express error handler (`(err, req, res, next) =>`) -> `500)`: an error that reached the
/// last middleware is the server's; a handler that knows better answers before it.
fn error_handler_status(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(receiver) = typed.strip_suffix(".status(") else {
        return;
    };
    let receiver = receiver
        .strip_prefix("return ")
        .unwrap_or(receiver)
        .trim_start();
    if !super::lexer::is_plain_name(receiver) {
        return;
    }
    let error_handler = context.enclosing_lines().take(4).any(|header| {
        let Some(parameters) = header
            .find("(err")
            .and_then(|at| header.get(at + 1..))
        else {
            return false;
        };
        let names: Vec<&str> = parameters
            .split([',', ')'])
            .map(|parameter| parameter.split(':').next().unwrap_or("").trim())
            .take(4)
            .collect();
        matches!(names.as_slice(), [error, _, response, _] if matches!(*error, "err" | "error") && *response == receiver)
    });
    if error_handler {
        out.push(Suggestion::construct("500)", 0.86));
    }
}

/// `res.status(` under a check that a route's lookup found nothing (`const todo = todos.find(...)` then `if (!todo)`,
/// `if (index === -1)`) -> `404)`, under a check of what the client sent (`const { title } = req.body` then `if
/// (!title)`, `const q = req.query.q`) -> `400)`.
/// Also `return res.` there -> `status(404)`: a response that failed the check says why before its body.
fn failed_check_status(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let (head, member) = match typed.strip_suffix(".status(") {
        Some(head) => (head, false),
        None => match typed.strip_suffix('.') {
            Some(head) if head.ends_with("res") || head.ends_with("response") => (head, true),
            _ => return,
        },
    };
    // `if (!todo) return res.status(`: the check on the line itself; else the block's header.
    let (condition, receiver) = match head.split_once(") return ") {
        Some((condition, receiver)) => (condition, receiver),
        None => {
            let Some(header) = context.enclosing_lines().next() else {
                return;
            };
            let Some(condition) = header.strip_suffix(" {").and_then(|h| h.strip_suffix(')'))
            else {
                return;
            };
            (condition, head.strip_prefix("return ").unwrap_or(head))
        }
    };
    if receiver != "res" && receiver != "response" {
        return;
    }
    let Some(tested) = condition.trim().strip_prefix("if (") else {
        return;
    };
    let name = if let Some(name) = tested.strip_prefix('!') {
        name
    } else if let Some(name) = tested.strip_suffix(" === -1") {
        name
    } else {
        tested.strip_suffix(" === undefined").unwrap_or("")
    };
    let status = if name.starts_with("req.body.") {
        "400)"
    } else if super::lexer::is_plain_name(name) {
        let declaration = [format!("const {name} = "), format!("let {name} = ")];
        let value = context.code_lines_above().take(20).find_map(|line| {
            declaration
                .iter()
                .find_map(|start| line.strip_prefix(start.as_str()))
        });
        let from_body = context.code_lines_above().take(20).any(|line| {
            line.ends_with("= req.body;")
                && line
                    .split_once('{')
                    .and_then(|(_, names)| names.split_once('}'))
                    .is_some_and(|(names, _)| names.split(',').any(|n| n.trim() == name))
        });
        match value {
            Some(value) if value.starts_with("req.body.") || value.starts_with("req.query.") => {
                "400)"
            }
            Some(value)
                if [
                    ".find(",
                    ".findIndex(",
                    ".get(",
                    "findById(",
                    "findOne(",
                    "findUnique(",
                    ".indexOf(",
                ]
                .iter()
                .any(|call| value.contains(call))
                    || looked_up(value) =>
            {
                "404)"
            }
            None if from_body => "400)",
            _ => return,
        }
    } else {
        return;
    };
    if member {
        out.push(Suggestion::construct(format!("status({status}"), 0.88));
    } else {
        out.push(Suggestion::construct(status, 0.86));
    }
}

/// Whether a value is what a data layer's lookup returned: `await db.findUser(id)`, `await repo.getById(id)`.
fn looked_up(value: &str) -> bool {
    let Some(call) = value.strip_prefix("await ") else {
        return false;
    };
    let Some((callee, _)) = call.split_once('(') else {
        return false;
    };
    let method = callee.rsplit('.').next().unwrap_or(callee);
    callee.contains('.')
        && ["find", "get", "fetch", "load", "lookup"]
            .iter()
            .any(|verb| method.starts_with(verb))
}

/// `const data = JSON.` -> `parse()`: a value given a name is parsed, unless the name says it is text
/// (`const body = JSON.` -> `stringify()`).
fn json_direction(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context
        .dot_member()
        .filter(|access| access.receiver == "JSON")
    else {
        return;
    };
    if context
        .before_receiver(&access)
        .is_some_and(|before| before.trim() == "return")
    {
        returned_json(context, out);
        return;
    }
    let Some(target) = context
        .before_receiver(&access)
        .and_then(|before| before.trim_end().strip_suffix('='))
        .map(str::trim_end)
        .map(|before| {
            before
                .get(super::lexer::trailing_identifier_start(before)..)
                .unwrap_or("")
        })
        .filter(|target| !target.is_empty())
    else {
        return;
    };
    // `export const parse = JSON.parse`: a re-export under the member's own name, not a call.
    if context.line_before.trim_start().starts_with("export ") {
        if matches!(target, "parse" | "stringify")
            && let Some(rest) = target.strip_prefix(context.prefix)
            && !rest.is_empty()
        {
            out.push(Suggestion::member(rest.to_owned(), 0.88));
        }
        return;
    }
    // Text is named as such (`json`, `bodyText`, `payloadString`); `pkgJson` and `config` are parsed objects.
    let lower = target.to_lowercase();
    let text = matches!(
        lower.as_str(),
        "json" | "body" | "payload" | "serialized" | "raw" | "output" | "content"
    ) || ["text", "str", "string"]
        .iter()
        .any(|ending| lower.ends_with(ending));
    let method = if text { "stringify()" } else { "parse()" };
    if context.at_line_end()
        && let Some(rest) = method.strip_prefix(context.prefix)
        && rest.len() > "()".len()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// `return JSON.` -> `parse(text)` where the function has just read text (`const text = await readFile(`,
/// `localStorage.getItem(`, `await res.text()`) and promises no string; `stringify()` where it returns a `string`.
fn returned_json(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(header) = context.enclosing_lines().last() else {
        return;
    };
    let returns_text = header
        .rsplit_once("): ")
        .is_some_and(|(_, result)| result.trim_start_matches("Promise<").starts_with("string"));
    let read_text = context
        .code_lines_above()
        .take_while(|line| *line != header)
        .take(8)
        .find_map(|line| {
            let (head, value) = line.split_once(" = ")?;
            let name = head
                .strip_prefix("const ")
                .or_else(|| head.strip_prefix("let "))?
                .split(':')
                .next()?
                .trim();
            let reads = ["readFile(", "readFileSync(", "getItem(", ".text()"]
                .iter()
                .any(|call| value.contains(call));
            (reads && is_plain_name(name)).then_some(name)
        });
    let call = match read_text {
        Some(_) if returns_text => return,
        Some(text) => format!("parse({text}){}", super::idioms::terminator(context)),
        None if returns_text => "stringify()".to_owned(),
        None => return,
    };
    if context.at_line_end()
        && let Some(rest) = call.strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest.to_owned(), 0.9));
    }
}

/// `for (const [key, value] of Object.` -> `entries()`: a pair per property.
fn object_pairs(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context
        .dot_member()
        .filter(|access| access.receiver == "Object")
    else {
        return;
    };
    let pairs = context
        .before_receiver(&access)
        .and_then(|before| before.trim_end().strip_suffix(" of"))
        .and_then(|before| before.trim_end().strip_suffix(']'))
        .and_then(|before| before.rsplit_once('['))
        .is_some_and(|(head, names)| {
            head.trim_start().starts_with("for (") && names.split(',').count() == 2
        });
    if pairs
        && context.at_line_end()
        && let Some(rest) = "entries()".strip_prefix(context.prefix)
        && rest.len() > "()".len()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.9));
    }
}

/// `module.` starting a statement -> `exports`: what CommonJS code does with `module`, at the top level or in a
/// branch choosing what to export (`if (...) {` / `  module.` -> `exports.isValidUTF8 = `).
fn module_member(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context
        .dot_member()
        .filter(|access| access.receiver == "module")
    else {
        return;
    };
    if context.member_starts_statement(&access)
        && context.line_before.trim_start().starts_with("module.")
        && context.at_line_end()
        && declaration_of(context, "module").is_none()
        // A block's header naming `module` makes it a parameter (`function f(module) {`), not CommonJS's.
        && !context.enclosing_lines().any(|header| {
            header
                .split(|c: char| !is_identifier_char(c))
                .any(|word| word == "module")
        })
        && let Some(rest) = "exports".strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.9));
    }
}

/// Packages imported under their own name (`const express = require(`, `import React from `), with the name
/// the code gives them: `React` -> `react`, `_` -> `lodash`. Node's built-in modules and the most installed
/// packages; for any other name the module is a guess (a local file, a scoped package) and only listed.
const MODULE_BINDINGS: &[(&str, &str)] = &[
    ("React", "react"),
    ("ReactDOM", "react-dom"),
    ("Vue", "vue"),
    ("express", "express"),
    ("axios", "axios"),
    ("fs", "fs"),
    ("path", "path"),
    ("http", "http"),
    ("https", "https"),
    ("os", "os"),
    ("url", "url"),
    ("util", "util"),
    ("crypto", "crypto"),
    ("events", "events"),
    ("EventEmitter", "events"),
    ("assert", "assert"),
    ("child_process", "child_process"),
    ("readline", "readline"),
    ("stream", "stream"),
    ("zlib", "zlib"),
    ("net", "net"),
    ("_", "lodash"),
    ("lodash", "lodash"),
    ("moment", "moment"),
    ("dayjs", "dayjs"),
    ("chalk", "chalk"),
    ("cors", "cors"),
    ("dotenv", "dotenv"),
    ("mongoose", "mongoose"),
    ("bodyParser", "body-parser"),
    ("PropTypes", "prop-types"),
    ("styled", "styled-components"),
    ("$", "jquery"),
    ("jQuery", "jquery"),
    ("yargs", "yargs"),
    ("commander", "commander"),
    ("ws", "ws"),
    ("WebSocket", "ws"),
    ("Koa", "koa"),
    ("fastify", "fastify"),
    ("jwt", "jsonwebtoken"),
    ("bcrypt", "bcrypt"),
    ("uuid", "uuid"),
    ("sqlite3", "sqlite3"),
    ("Redis", "ioredis"),
];

/// The package a well-known binding names (`fs` -> `fs`, `React` -> `react`), from [`MODULE_BINDINGS`].
pub(super) fn module_bound_to(binding: &str) -> Option<&'static str> {
    MODULE_BINDINGS
        .iter()
        .find(|(known, _)| *known == binding)
        .map(|(_, module)| *module)
}

/// The quote the file writes its module names with: double if an import or `require` shows it, else single.
fn module_quote(context: &Context<'_>) -> char {
    let code = context.code.get(..context.cursor).unwrap_or("");
    if code.contains("require(\"") || code.contains("from \"") {
        '"'
    } else {
        '\''
    }
}

/// The quote the code writes its strings with: its modules' (see [`module_quote`]), else the more frequent of the
/// two in the last few kilobytes before the cursor.
pub(super) fn string_quote(context: &Context<'_>) -> char {
    let code = context.code.get(..context.cursor).unwrap_or("");
    if code.contains("require(") || code.contains(" from ") {
        return module_quote(context);
    }
    let mut start = code.len().saturating_sub(4096);
    while !code.is_char_boundary(start) {
        start += 1;
    }
    let recent = &code[start..];
    if recent.matches('"').count() > recent.matches('\'').count() {
        '"'
    } else {
        '\''
    }
}

/// `const express = require(` -> `'express');`, `import React from ` -> `'react';`: a package bound to its own
/// name. Sure for the packages of [`MODULE_BINDINGS`]; a guess otherwise (listed, not inline).
fn module_of_binding(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim();
    let (name, opening) = if let Some(binding) = ["const ", "let ", "var "]
        .iter()
        .find_map(|keyword| typed.strip_prefix(keyword))
        .and_then(|rest| rest.strip_suffix("require("))
        .and_then(|rest| rest.trim_end().strip_suffix('='))
    {
        (binding.trim(), true)
    } else if let Some(binding) = typed
        .strip_prefix("import ")
        .and_then(|rest| rest.strip_suffix(" from"))
    {
        (binding.trim(), false)
    } else {
        return;
    };
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '$')
    {
        return;
    }
    let known = module_bound_to(name);
    let (module, confidence) = match known {
        Some(module) => (module.to_owned(), 0.9),
        None => (name.to_lowercase(), 0.5),
    };
    let quote = module_quote(context);
    let terminator = if uses_semicolons(context) { ";" } else { "" };
    let space = if typed.ends_with("from") && !context.line_before.ends_with(' ') {
        " "
    } else {
        ""
    };
    let close = if opening { ")" } else { "" };
    out.push(Suggestion::construct(
        format!("{space}{quote}{module}{quote}{close}{terminator}"),
        confidence,
    ));
}

/// `expect(sum(1, 2)).` -> `toBe()`: the matcher a test starts with; `toBe(3)` when the call is arithmetic on
/// two literals, and `toThrow()` for a function handed to `expect` (only a thrown error is tested that way).
fn first_matcher(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    expected_arithmetic(context, out);
    let Some(access) = context.dot_member() else {
        return;
    };
    let Some(tested) = access
        .receiver
        .strip_prefix("expect(")
        .and_then(|rest| rest.strip_suffix(')'))
    else {
        return;
    };
    if !context.at_line_end() {
        return;
    }
    let tested = tested.trim();
    let mut confidence = 0.86;
    let matcher = if tested.starts_with("() =>") || tested.starts_with("function") {
        "toThrow()".to_owned()
    } else if is_mock_function(context, tested) {
        // A mock is tested for its calls, never for its value; a test titled "once" counts them.
        let once = context
            .enclosing_lines()
            .any(|header| header.contains(" once") && header.contains("=>"));
        if once {
            "toHaveBeenCalledTimes(1)".to_owned()
        } else {
            "toHaveBeenCalled()".to_owned()
        }
    } else if let Some(result) = super::idioms::arithmetic_call_result(tested) {
        // Above the bare `toBe()` the matchers' table offers once `toB` is typed.
        confidence = 0.9;
        format!("toBe({result})")
    } else {
        "toBe()".to_owned()
    };
    // `expect(sum(1, 2)).toB`: the matcher half typed is still the one the test starts with.
    let Some(rest) = matcher
        .strip_prefix(context.prefix)
        .filter(|rest| !rest.is_empty() && !rest.starts_with('('))
    else {
        return;
    };
    out.push(Suggestion::member(rest.to_owned(), confidence));
}

/// Whether `name` was made by `jest.fn(` or `vi.fn(` (`const send = jest.fn();`).
fn is_mock_function(context: &Context<'_>, name: &str) -> bool {
    is_plain_name(name)
        && context.code_lines_above().take(40).any(|line| {
            ["const ", "let "].iter().any(|keyword| {
                line.strip_prefix(keyword)
                    .and_then(|rest| rest.strip_prefix(name))
                    .and_then(|rest| rest.strip_prefix(" = "))
                    .is_some_and(|value| {
                        value.starts_with("jest.fn(") || value.starts_with("vi.fn(")
                    })
            })
        })
}

/// `expect(add(2, 3)).toBe(` -> `5)`: the matcher opened, the expected value of arithmetic on two literals.
fn expected_arithmetic(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    let Some(head) = [").toBe(", ").toEqual(", ").toStrictEqual("]
        .iter()
        .find_map(|matcher| context.line_before.strip_suffix(matcher))
    else {
        return;
    };
    let Some((_, tested)) = head.rsplit_once("expect(") else {
        return;
    };
    let Some(result) = super::idioms::arithmetic_call_result(tested.trim()) else {
        return;
    };
    let after = context.line_after.trim();
    if !(after.is_empty() || after.starts_with(')')) {
        return;
    }
    out.push(Suggestion::construct(
        format!("{result}){}", super::idioms::terminator(context)),
        0.85,
    ));
}

/// `console.` as the first statement of a `catch (err) {` block -> `error()`: a caught error is reported as one.
fn report_caught_error(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.member.filter(|access| access.receiver == "console") else {
        return;
    };
    let statement_start = context.line_before.trim_start() == format!("console.{}", context.prefix);
    let after_catch = context.previous_code_line().is_some_and(|line| {
        let line = line.trim();
        line.contains("catch") && line.ends_with('{')
    });
    if statement_start
        && after_catch
        && access.separator == "."
        && context.at_line_end()
        && let Some(rest) = "error()".strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// `button.addEventListener(` -> `'click', ` (for a button, the one event it is listened to for), and
/// `addEventListener('click', ` -> `() => {`: the handler.
fn event_listener(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_end();
    if let Some(receiver) = typed.strip_suffix(".addEventListener(") {
        if let Some(event) = event_listened_for(context, receiver) {
            let quote = string_quote(context);
            out.push(Suggestion::construct(
                format!("{quote}{event}{quote}, "),
                0.85,
            ));
        }
    } else if context.line_before.ends_with(", ")
        && let Some(call) = typed.rfind(".addEventListener(")
        && typed
            .get(call + ".addEventListener(".len()..)
            .is_some_and(|arguments| arguments.matches(',').count() == 1)
    {
        out.push(Suggestion::construct("() => {", 0.8));
    }
}

/// The event an element is listened to for: a button's `click`, a form's `submit`, the document's
/// `DOMContentLoaded`; the element is a name (`saveButton`) or how it was looked up (`getElementById("btn")`).
fn event_listened_for(context: &Context<'_>, receiver: &str) -> Option<&'static str> {
    let mut element = receiver
        .rsplit(|c: char| c.is_whitespace() || c == '=' || c == '(' && receiver.ends_with(c))
        .next()
        .unwrap_or("")
        .to_lowercase();
    if element != "document"
        && let Some(declaration) = declaration_of(context, receiver.trim())
    {
        element.push(' ');
        element.push_str(&declaration.to_lowercase());
    }
    if element.contains("btn") || element.contains("button") {
        Some("click")
    } else if element.ends_with("form")
        || element.contains("form\"")
        || element.contains("form'")
        || element.contains("form ")
    {
        Some("submit")
    } else if element == "document" {
        Some("DOMContentLoaded")
    } else {
        None
    }
}

/// `btn.addEventListener("` -> `click", `: the event's name inside the string the developer opened, closed and
/// followed by the handler's place.
pub(super) fn event_name_in_literal(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.before_prefix();
    let Some(quote) = typed
        .chars()
        .next_back()
        .filter(|c| matches!(c, '"' | '\''))
    else {
        return;
    };
    let Some(receiver) = typed
        .get(..typed.len() - 1)
        .and_then(|call| call.strip_suffix(".addEventListener("))
    else {
        return;
    };
    // The document is listened to for keys as often as for its loading: only an element's one event here.
    if let Some(rest) = event_listened_for(context, receiver)
        .filter(|event| *event != "DOMContentLoaded")
        .and_then(|event| event.strip_prefix(context.prefix))
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(format!("{rest}{quote}, "), 0.85));
    }
}

/// `module.exports = ` -> what the module defined at its top level: its one function or class (`greet;`), or all
/// of them (`{ add, subtract };`).
fn module_exports(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty()
        || !context.at_line_end()
        || context.line_before != "module.exports = "
    {
        return;
    }
    let before = context.code.get(..context.cursor).unwrap_or("");
    let mut names: Vec<&str> = Vec::new();
    // An Express router's module exports the router alone: its routes are the router's, not functions of their
    // own.
    let mut routers: Vec<&str> = Vec::new();
    for line in before.lines() {
        let declared = line
            .strip_prefix("async function ")
            .or_else(|| line.strip_prefix("function "))
            .or_else(|| line.strip_prefix("class "))
            .map(|rest| (rest, true))
            .or_else(|| line.strip_prefix("const ").map(|rest| (rest, false)));
        let Some((rest, definition)) = declared else {
            continue;
        };
        let end = rest
            .find(|c: char| !super::lexer::is_identifier_char(c))
            .unwrap_or(rest.len());
        let name = &rest[..end];
        // A constant is exported when it holds a function (`const add = (a, b) => ...`).
        let function_value = rest[end..]
            .trim_start()
            .strip_prefix('=')
            .is_some_and(|value| {
                let value = value.trim_start();
                value.starts_with("function")
                    || value.starts_with("async")
                    || (value.starts_with('(') && value.contains("=>"))
                    || value.split_once("=>").is_some_and(|(parameters, _)| {
                        parameters
                            .trim()
                            .chars()
                            .all(super::lexer::is_identifier_char)
                    })
            });
        if !name.is_empty() && (definition || function_value) && !names.contains(&name) {
            names.push(name);
        }
        let router = rest[end..]
            .trim_start()
            .strip_prefix('=')
            .map(str::trim_start)
            .is_some_and(|value| {
                value.starts_with("express.Router(") || value.starts_with("Router(")
            });
        if !definition && router && !name.is_empty() {
            routers.push(name);
        }
    }
    let terminator = if uses_semicolons(context) { ";" } else { "" };
    if let [router] = routers.as_slice() {
        out.push(Suggestion::construct(format!("{router}{terminator}"), 0.86));
        return;
    }
    let text = match names.as_slice() {
        [] => return,
        [one] => format!("{one}{terminator}"),
        several if several.len() <= 8 => format!("{{ {} }}{terminator}", several.join(", ")),
        _ => return,
    };
    out.push(Suggestion::construct(text, 0.8));
}

/// A timer's arguments: `}, ` closing the callback of `setTimeout(() => {` -> `1000);`, and the sleep idiom
/// `new Promise((resolve) => setTimeout(` -> `resolve, ms));` with the function's delay parameter (from `=> ` on:
/// `setTimeout(resolve, ms));`, and after `setTimeout(resolve, ` the delay alone).
fn timer_arguments(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let terminator = if uses_semicolons(context) { ";" } else { "" };
    let line = context.line_before;
    if line.trim() == "}," && line.ends_with(' ') {
        let depth = indentation(line);
        let Some(before_line) = context.code.get(..context.cursor - line.len()) else {
            return;
        };
        let opening = before_line
            .lines()
            .rev()
            .take(50)
            .find(|other| !other.trim().is_empty() && indentation(other) <= depth);
        if opening.is_some_and(|opening| {
            indentation(opening) == depth
                && (opening.contains("setTimeout(") || opening.contains("setInterval("))
                && opening.trim_end().ends_with('{')
        }) {
            out.push(Suggestion::construct(format!("1000){terminator}"), 0.8));
        }
        return;
    }
    // `new Promise((resolve) => ` with nothing yet: the whole timer (`setTimeout(resolve, ms));`).
    let whole_timer = ["new Promise((resolve) => ", "new Promise(resolve => "]
        .iter()
        .any(|promise| line.ends_with(promise));
    // `setTimeout(resolve, ` typed: only the delay is left.
    let after_resolve = line.strip_suffix("setTimeout(resolve, ");
    let Some(before_timer) = line
        .strip_suffix("setTimeout(")
        .or(after_resolve)
        .or_else(|| whole_timer.then_some(line))
    else {
        return;
    };
    let resolver = ["new Promise((resolve) => ", "new Promise(resolve => "]
        .iter()
        .any(|promise| before_timer.ends_with(promise));
    if !resolver {
        return;
    }
    // The delay: the one parameter of the arrow or function the promise is made in.
    let delay = before_timer
        .rsplit_once("=> new Promise(")
        .map(|(head, _)| head.trim_end())
        .and_then(|head| {
            head.strip_suffix(')')
                .and_then(|head| head.rsplit_once('('))
                .map(|(_, parameter)| parameter)
                .or_else(|| head.rsplit(' ').next())
        })
        .map(str::trim)
        .filter(|parameter| {
            !parameter.is_empty() && parameter.chars().all(super::lexer::is_identifier_char)
        })
        .or_else(|| {
            enclosing_function(context)
                .filter(|function| function.parameters.len() == 1)
                .and_then(|function| function.parameters.first().map(|parameter| parameter.name))
        })
        .or_else(|| arrow_parameter_above(context));
    let Some(delay) = delay else {
        // No one delay in scope (a backoff computed from several): the callback, and the delay left to type.
        if !whole_timer && after_resolve.is_none() {
            out.push(Suggestion::construct("resolve, ", 0.8));
        }
        return;
    };
    let open = line
        .matches('(')
        .count()
        .saturating_sub(line.matches(')').count());
    let (call, open) = if whole_timer {
        ("setTimeout(", open + 1)
    } else {
        ("", open)
    };
    let closers = ")".repeat(open);
    let text = if after_resolve.is_some() {
        format!("{delay}{closers}{terminator}")
    } else {
        format!("{call}resolve, {delay}{closers}{terminator}")
    };
    out.push(Suggestion::construct(text, 0.85));
}

/// The one parameter of an arrow whose body starts on the cursor's line: `const sleep = (ms: number):
/// Promise<void> =>` above -> `ms`.
fn arrow_parameter_above<'a>(context: &Context<'a>) -> Option<&'a str> {
    let above = context.code_lines_above().next()?;
    let head = above.strip_suffix("=>")?;
    let (_, value) = head.split_once('=')?;
    let parameters = value.trim_start().strip_prefix('(')?.split(')').next()?;
    let name = parameters.split(':').next()?.trim();
    (!parameters.contains(',') && is_plain_name(name)).then_some(name)
}

/// `const data = await response.` where `response = await fetch(` -> `json()`: a fetched body is read as JSON,
/// whatever it is named (`user`, `todos`), unless the name says it is something else (`html` -> `text()`,
/// `blob`, `buffer` -> `arrayBuffer()`).
fn awaited_body(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let Some(target) = context
        .before_receiver(&access)
        .and_then(|before| before.trim_end().strip_suffix("await"))
        .and_then(|before| before.trim_end().strip_suffix('='))
        .map(|before| before.trim().rsplit(' ').next().unwrap_or(""))
    else {
        return;
    };
    let fetched = declaration_of(context, access.receiver)
        .is_some_and(|declaration| declaration.trim_start().starts_with("await fetch("));
    if fetched
        && !target.is_empty()
        && context.at_line_end()
        && let Some(rest) = body_reader(target).strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// How a fetched body is read into a variable named `target`: as JSON unless the name says otherwise.
fn body_reader(target: &str) -> &'static str {
    let lower = target.to_ascii_lowercase();
    let says = |kinds: &[&str]| kinds.iter().any(|kind| lower.contains(kind));
    if says(&["text", "html", "xml", "csv", "svg", "markdown", "source"]) {
        "text()"
    } else if says(&["blob", "image", "file"]) {
        "blob()"
    } else if says(&["buffer", "bytes"]) {
        "arrayBuffer()"
    } else if says(&["form"]) {
        "formData()"
    } else {
        "json()"
    }
}

/// `arr.sort((a, b) => ` -> `a - b)`: numbers sort by their difference (JavaScript's default order is by text).
fn numeric_comparator(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    comparator_second_operand(context, out);
    comparator_same_index(context, out);
    if !context.prefix.is_empty() || !context.at_line_end() || !context.line_before.ends_with("=> ")
    {
        return;
    }
    let typed = context.line_before.trim_end();
    let Some((sorted, parameters)) = typed
        .rsplit_once(".sort((")
        .and_then(|(sorted, rest)| Some((sorted, rest.strip_suffix(") =>")?)))
    else {
        return;
    };
    // Entries (`Object.entries(counts)`) are pairs, not numbers: their difference means nothing.
    if sorted.contains("entries(") {
        return;
    }
    let names: Vec<&str> = parameters.split(',').map(str::trim).collect();
    if let [first, second] = names.as_slice()
        && [first, second]
            .iter()
            .all(|name| !name.is_empty() && name.chars().all(super::lexer::is_identifier_char))
    {
        let terminator = if typed.trim_start().starts_with("const ") || uses_semicolons(context) {
            ";"
        } else {
            ""
        };
        out.push(Suggestion::construct(
            format!("{first} - {second}){terminator}"),
            0.8,
        ));
    }
}

/// `.sort((a, b) => a ` -> `- b)`, `b ` -> `- a)`: a comparator that started with one of its numbers subtracts
/// the other (also over entries' values, `([, a], [, b]) => b `).
fn comparator_second_operand(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() || !context.line_before.ends_with(' ') {
        return;
    }
    let typed = context.line_before.trim_end();
    let Some((head, first)) = typed.rsplit_once(" => ") else {
        return;
    };
    let Some(parameters) = head
        .rsplit_once(".sort((")
        .and_then(|(_, rest)| rest.strip_suffix(')'))
    else {
        return;
    };
    // `(a, b)` or the values of entries, `([, a], [, b])`.
    let names: Vec<&str> = parameters
        .split("],")
        .flat_map(|part| part.split(','))
        .map(|name| name.trim().trim_matches(['[', ']']).trim())
        .filter(|name| !name.is_empty())
        .collect();
    let second = match names.as_slice() {
        [a, b] if *a == first => *b,
        [a, b] if *b == first => *a,
        _ => return,
    };
    if !super::lexer::is_plain_name(second) || !super::lexer::is_plain_name(first) {
        return;
    }
    let closers = super::idioms::open_parentheses(typed).unwrap_or_default();
    out.push(Suggestion::construct(
        format!("- {second}{closers}{}", super::idioms::terminator(context)),
        0.8,
    ));
}

/// `.sort((a, b) => b[1] - a[` -> `1]);`: a comparator reads its second element at the index it read the first;
/// over `Object.entries(`, `=> b[` -> `1] - a[1])` orders the pairs by value.
fn comparator_same_index(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_end();
    let Some((head, body)) = typed.rsplit_once(" => ") else {
        return;
    };
    let Some((sorted, parameters)) = head.rsplit_once(".sort((") else {
        return;
    };
    let Some((a, b)) = parameters
        .strip_suffix(')')
        .and_then(|parameters| parameters.split_once(", "))
        .filter(|(a, b)| {
            super::lexer::is_plain_name(a) && super::lexer::is_plain_name(b) && a != b
        })
    else {
        return;
    };
    let Some(read) = body.strip_suffix('[') else {
        return;
    };
    let closers = super::idioms::open_parentheses(typed).unwrap_or_default();
    let end = super::idioms::terminator(context);
    let other = |name: &str| if name == a { b } else { a };
    if let Some(index) = read.split_once(" - ").and_then(|(left, second)| {
        let (first, index) = left.strip_suffix(']')?.split_once('[')?;
        (second == other(first) && (first == a || first == b)).then_some(index)
    }) && !index.is_empty()
        && index.chars().all(|c| c.is_ascii_digit())
    {
        out.push(Suggestion::construct(
            format!("{index}]{closers}{end}"),
            0.86,
        ));
        return;
    }
    if (read == a || read == b) && sorted.contains("Object.entries(") {
        let second = other(read);
        out.push(Suggestion::construct(
            format!("1] - {second}[1]{closers}{end}"),
            0.86,
        ));
    }
}

/// `throw new ` -> `Error(`: what JavaScript code throws.
fn thrown_error(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    if let Some(partial) = typed.strip_prefix("throw new ")
        && partial == context.prefix
        && let Some(rest) = "Error(".strip_prefix(partial)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, 0.85));
    }
}

/// `numbers.map((` -> `number) => `: the callback of an array method is given the collection's singular.
fn callback_parameter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_end();
    let Some(call) = typed.strip_suffix("((").or_else(|| typed.strip_suffix('(')) else {
        return;
    };
    let parenthesized = typed.ends_with("((");
    let Some((receiver, method)) = call.rsplit_once('.') else {
        return;
    };
    if !matches!(
        method,
        "map" | "forEach" | "filter" | "find" | "some" | "every" | "findIndex"
    ) {
        return;
    }
    let receiver = receiver
        .get(super::lexer::trailing_identifier_start(receiver)..)
        .unwrap_or("");
    if let Some(element) = singular(receiver).filter(|element| element.len() > 1) {
        let text = if parenthesized {
            format!("{element}) => ")
        } else {
            format!("({element}) => ")
        };
        out.push(Suggestion::construct(text, 0.8));
    }
}

/// `fetch(url).then((res) => res.` -> `json()`: the response's body, read as JSON.
fn fetched_body(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let Some(callback) = context
        .before_receiver(&access)
        .and_then(|before| before.trim_end().strip_suffix("=>"))
        .map(str::trim_end)
    else {
        return;
    };
    let parameter = callback.trim_end_matches(')');
    let Some(head) = parameter.strip_suffix(access.receiver) else {
        return;
    };
    let head = head.trim_end_matches('(');
    // `fetch(url)` may end the line above, its `.then(` starting the next one.
    let fetched_above = head.trim() == ".then"
        && context.previous_code_line().is_some_and(|line| {
            line.trim_start().starts_with("fetch(") || line.contains(" fetch(")
        });
    if head.ends_with(".then")
        && (head.contains("fetch(") || fetched_above)
        && context.at_line_end()
        // `204 No Content` has no body to send as JSON.
        && let Some(rest) = if access.receiver == "res.status(204)" {
            "send()"
        } else {
            "json()"
        }
        .strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// `const app = ` in a file that imports `express` -> `express();`: the application is made first.
fn express_application(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.line_before.ends_with(' ') {
        return;
    }
    let typed = context.line_before.trim();
    let assigned = ["const ", "let ", "var "]
        .iter()
        .find_map(|keyword| typed.strip_prefix(keyword))
        .and_then(|rest| rest.strip_suffix('='))
        .map(str::trim);
    // The file binds `express` to the package (`require('express')`, `import express from 'express'`).
    if assigned == Some("app") && bound_module(context, "express") == Some("express") {
        let terminator = if uses_semicolons(context) { ";" } else { "" };
        out.push(Suggestion::construct(
            format!("express(){terminator}"),
            0.88,
        ));
    }
}

/// An Express application's setup, where `app = express()`: `app.use(express.` -> `json()`, and `app.listen(`
/// -> the port the file names (`PORT`, `port`), else `3000`, then its callback.
fn express_setup(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let code = context.code.get(..context.cursor).unwrap_or("");
    let application = |name: &str| code.contains(&format!("{name} = express()"));
    if let Some(access) = context.dot_member()
        && access.receiver == "express"
        && let Some(application_name) = context
            .before_receiver(&access)
            .and_then(|before| before.trim_start().strip_suffix(".use("))
        && application(application_name)
        // `204 No Content` has no body to send as JSON.
        && let Some(rest) = if access.receiver == "res.status(204)" {
            "send()"
        } else {
            "json()"
        }
        .strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest, 0.88));
        return;
    }
    if !context.prefix.is_empty() {
        return;
    }
    let Some(application_name) = typed.strip_suffix(".listen(") else {
        return;
    };
    if !application(application_name) {
        return;
    }
    out.push(listen_arguments(code));
}

/// A server's `listen(` arguments: the port the file declares (`PORT`, `port`), else `3000`, then the callback.
fn listen_arguments(code: &str) -> Suggestion {
    let port = ["PORT", "port"]
        .into_iter()
        .find(|name| {
            ["const ", "let ", "var "]
                .iter()
                .any(|keyword| code.contains(&format!("{keyword}{name} =")))
        })
        .unwrap_or("3000");
    Suggestion::construct(format!("{port}, () => {{"), 0.8)
}

/// A server of Node's own `http` module, `server = http.createServer((req, res) => {`: in its handler
/// `res.writeHead(` -> `200, { 'Content-Type': 'text/plain' });` and, once the head is written, `res.` ->
/// `end()`; after it `server.` -> `listen()` and `server.listen(` -> the port the file names, else `3000`.
fn node_http_server(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let code = context.code.get(..context.cursor).unwrap_or("");
    let Some(created) = code.find("http.createServer(") else {
        return;
    };
    let server = code[..created]
        .rsplit('\n')
        .next()
        .and_then(|line| line.trim().strip_suffix('='))
        .and_then(|declaration| declaration.split_whitespace().last());
    let typed = context.line_before.trim_start();
    let end = if uses_semicolons(context) { ";" } else { "" };
    let quote = string_quote(context);
    // The file's own earlier heads are better evidence than the usual one (its habits give them).
    if typed == "res.writeHead("
        && context.prefix.is_empty()
        && code.matches(".writeHead(").count() == 1
    {
        out.push(Suggestion::construct(
            format!("200, {{ {quote}Content-Type{quote}: {quote}text/plain{quote} }}){end}"),
            0.86,
        ));
        return;
    }
    if let Some(access) = context.dot_member()
        && context.member_starts_statement(&access)
    {
        let member = if access.receiver == "res"
            && context
                .previous_code_line()
                .is_some_and(|line| line.trim_start().starts_with("res.writeHead("))
        {
            "end()"
        } else if Some(access.receiver) == server && context.current_indentation() == 0 {
            "listen()"
        } else {
            return;
        };
        if let Some(rest) = member.strip_prefix(context.prefix) {
            out.push(Suggestion::member(rest, 0.86));
        }
        return;
    }
    if let Some(server) = server
        && context.prefix.is_empty()
        && typed == format!("{server}.listen(")
    {
        out.push(listen_arguments(code));
    }
}

/// `}, ` closing the callback of `useEffect(() => {` -> `[]);`: an effect that runs once, after the first render.
fn effect_dependencies(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let line = context.line_before;
    if !context.prefix.is_empty() || !context.at_line_end() || line.trim() != "}," {
        return;
    }
    let depth = indentation(line);
    let Some(before_line) = context.code.get(..context.cursor - line.len()) else {
        return;
    };
    let opening = before_line
        .lines()
        .rev()
        .take(50)
        .find(|other| !other.trim().is_empty() && indentation(other) <= depth);
    if opening.is_some_and(|opening| {
        indentation(opening) == depth
            && opening.trim_start().starts_with("useEffect(")
            && opening.trim_end().ends_with('{')
    }) {
        let terminator = if uses_semicolons(context) { ";" } else { "" };
        out.push(Suggestion::construct(format!("[]){terminator}"), 0.8));
    }
}

/// The state a React setter is named for: `setTodoItems` -> `todoItems`; `None` for a name that is not a setter.
pub(super) fn state_of_setter(setter: &str) -> Option<String> {
    let value = setter
        .strip_prefix("set")
        .filter(|value| value.starts_with(|c: char| c.is_ascii_uppercase()))?;
    let mut letters = value.chars();
    Some(
        letters
            .next()
            .map(|first| first.to_ascii_lowercase())
            .into_iter()
            .chain(letters)
            .collect(),
    )
}

/// `setCount(` where `const [count, setCount] = useState(0)`: `count + 1`, a counter's step.
fn state_update(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before;
    let Some(before) = typed.strip_suffix('(') else {
        return;
    };
    let setter_start = super::lexer::trailing_identifier_start(before);
    let setter = &before[setter_start..];
    let Some(value) = state_of_setter(setter) else {
        return;
    };
    let code = context.code.get(..context.cursor).unwrap_or("");
    let numeric = [" = useState(0)", " = useState(1)"]
        .iter()
        .any(|made| code.contains(&format!("[{value}, {setter}]{made}")));
    if numeric {
        out.push(Suggestion::construct(format!("{value} + 1)"), 0.8));
    }
}

/// What a React component's handlers do with its one state of a kind: a button's `onClick={() => ` ->
/// `setCount(count + 1)}` for a counter, and `setTodos(` -> `[...todos, text]);` in an `add` handler taking the one
/// new item (a fetch's `.then((data) => ` is `pages_and_data`'s `fetched_state`).
fn state_from_handler(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let states: Vec<_> = super::pages_and_data::state_pairs(context).collect();
    let only = |kinds: &[&str]| {
        let mut matching = states.iter().filter(|(_, _, start)| kinds.contains(start));
        match (matching.next(), matching.next()) {
            (Some(&state), None) => Some(state),
            _ => None,
        }
    };
    let semicolon = if uses_semicolons(context) { ";" } else { "" };
    if typed.ends_with("onClick={() => ") {
        if let Some((value, setter, _)) = only(&["0", "1"]) {
            out.push(Suggestion::construct(
                format!("{setter}({value} + 1)}}"),
                0.8,
            ));
        }
        return;
    }
    let Some(setter) = typed.strip_suffix('(') else {
        return;
    };
    let Some(&(value, _, _)) = states
        .iter()
        .find(|(_, known, start)| *known == setter && *start == "[]")
    else {
        return;
    };
    let Some(function) = super::statements::enclosing_function(context) else {
        return;
    };
    let adds = function.name.to_ascii_lowercase().contains("add");
    if let [item] = function.parameters.as_slice()
        && adds
    {
        out.push(Suggestion::construct(
            format!("[...{value}, {}]){semicolon}", item.name),
            0.8,
        ));
    }
}

/// `<ul>{items.map((item) => ` -> `<li key={item}>{item}</li>)}`: a list rendered in JSX makes one keyed `<li>` per
/// item (keyed by the index when the callback takes one: `(item, index) => `). Objects have fields to show, so only
/// where the list is not known to hold them: TypeScript's `string[]`, or no type said.
fn jsx_list_item(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(list) = ["<ul>{", "<ol>{"]
        .iter()
        .find_map(|opening| typed.split_once(opening).map(|(_, rest)| rest))
    else {
        return;
    };
    let Some((collection, callback)) = list.split_once(".map(") else {
        return;
    };
    let parameters = callback
        .strip_suffix(" => ")
        .map(|parameters| parameters.trim_start_matches('(').trim_end_matches(')'));
    let Some(parameters) = parameters else {
        return;
    };
    let names: Vec<&str> = parameters.split(',').map(str::trim).collect();
    let (item, key) = match names.as_slice() {
        [item] => (*item, *item),
        [item, index] => (*item, *index),
        _ => return,
    };
    if !is_plain_name(item) || !is_plain_name(key) || !is_plain_name(collection) {
        return;
    }
    let holds_objects = context.code.get(..context.cursor).is_some_and(|code| {
        code.contains(&format!("{collection}: {{"))
            || code.contains(&format!("{collection}: Array<{{"))
    }) || context.code_lines_above().take(100).any(|line| {
        line.contains(&format!("{collection}: "))
            && !line.contains("string[]")
            && line.contains("[]")
    });
    if !holds_objects {
        out.push(Suggestion::construct(
            format!("<li key={{{key}}}>{{{item}}}</li>)}}"),
            0.8,
        ));
    }
}

/// `const [count, setCount] = ` -> `useState(`: a value and its setter are React's state hook.
fn state_hook(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    setter_begun(context, out);
    if !context.prefix.is_empty() || !context.line_before.ends_with(' ') {
        return;
    }
    let typed = context.line_before.trim();
    let Some(pair) = ["const [", "let ["]
        .iter()
        .find_map(|keyword| typed.strip_prefix(keyword))
        .and_then(|rest| rest.strip_suffix('='))
        .and_then(|rest| rest.trim_end().strip_suffix(']'))
    else {
        return;
    };
    let Some((value, setter)) = pair.split_once(',') else {
        return;
    };
    let (value, setter) = (value.trim(), setter.trim());
    let mut letters = value.chars();
    let capitalized: String = letters
        .next()
        .map(|first| first.to_uppercase().chain(letters).collect())
        .unwrap_or_default();
    if !value.is_empty() && setter.strip_prefix("set") == Some(capitalized.as_str()) {
        out.push(Suggestion::construct("useState(", 0.9));
    }
}

/// `const [error, setE` -> `rror] = useState(`: a state's setter is named for its value, whatever other setters
/// the component has (`setEmail`).
fn setter_begun(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.starts_with("set") || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim();
    let Some((value, setter)) = ["const [", "let ["]
        .iter()
        .find_map(|keyword| typed.strip_prefix(keyword))
        .and_then(|pair| pair.split_once(','))
    else {
        return;
    };
    let (value, setter) = (value.trim(), setter.trim());
    if setter != context.prefix || value.is_empty() || !value.chars().all(is_identifier_char) {
        return;
    }
    let mut letters = value.chars();
    let named: String = letters
        .next()
        .map(|first| {
            "set"
                .chars()
                .chain(first.to_uppercase())
                .chain(letters)
                .collect()
        })
        .unwrap_or_default();
    if let Some(rest) = named.strip_prefix(setter) {
        out.push(Suggestion::construct(format!("{rest}] = useState("), 0.9));
    }
}

/// `const sum = (a, b) => ` -> `a + b`, `const double = (x) => ` -> `x * 2`: an arrow function named for how
/// it combines its parameters or what it computes from its one parameter, as `function sum(a, b) { return ` is.
fn arrow_operation(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.line_before.ends_with("=> ") {
        return;
    }
    let typed = context.line_before.trim();
    let Some((name, parameters)) = ["const ", "let ", "var "]
        .iter()
        .find_map(|keyword| typed.strip_prefix(keyword))
        .and_then(|rest| rest.strip_suffix(" =>"))
        .and_then(|rest| rest.split_once('='))
    else {
        return;
    };
    // `(a, b)`, TypeScript's `(a: number, b: number): number`, or one parameter without parentheses (`x => `).
    let parameters = parameters.trim();
    let parameters = match parameters.strip_prefix('(') {
        Some(inside) => match inside.rsplit_once(')') {
            Some((inside, result)) if result.is_empty() || result.starts_with(':') => inside,
            _ => return,
        },
        None => parameters,
    };
    let names: Vec<&str> = parameters
        .split(',')
        .map(|parameter| parameter.split(':').next().unwrap_or("").trim())
        .collect();
    let simple = |name: &&str| {
        !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '$')
    };
    if !names.iter().all(simple) {
        return;
    }
    let expression = match names.as_slice() {
        [parameter] => {
            statements::unary_operation(name.trim(), parameter, context.profile.language)
        }
        _ if names.len() <= 3 => {
            statements::operator_for(name.trim()).map(|operator| names.join(operator))
        }
        _ => None,
    };
    if let Some(expression) = expression {
        let terminator = if uses_semicolons(context) { ";" } else { "" };
        out.push(Suggestion {
            text: format!("{expression}{terminator}"),
            confidence: 0.9,
            kind: "expression",
            cursor_offset: 0,
        });
    }
}

/// TypeScript's `let count: number = ` -> `0;`, `const names: string[] = ` -> `[];`, `let done: boolean = ` ->
/// `false;`, `next: Node | null = ` -> `null;`: the empty value of the declared type. A string's first value is anyone's, so nothing there.
fn typed_initial_value(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::TypeScript
        || !context.prefix.is_empty()
        || !context.line_before.ends_with("= ")
    {
        return;
    }
    let typed = context.line_before.trim();
    let Some(declared) = [
        "let ",
        "const ",
        "var ",
        "private ",
        "public ",
        "protected ",
    ]
    .iter()
    .find_map(|keyword| typed.strip_prefix(keyword))
    // A class's field has no keyword: only its nullable type says enough (`next: Node | null = ` -> `null;`).
    .or_else(|| typed.ends_with("| null =").then_some(typed))
    .and_then(|rest| rest.strip_suffix('='))
    .and_then(|rest| rest.split_once(':'))
    .map(|(_, type_text)| type_text.trim()) else {
        return;
    };
    let value = if declared.ends_with("| null") {
        "null"
    } else if declared == "number" {
        "0"
    } else if declared == "boolean" {
        "false"
    } else if declared.ends_with("[]") || declared.starts_with("Array<") {
        "[]"
    } else {
        return;
    };
    out.push(Suggestion::construct(format!("{value};"), 0.8));
}

/// In a TypeScript interface, object type or class, `name: ` -> `string;`, `count: ` -> `number;`, `isOpen: ` ->
/// `boolean;`: a property's type said by its name (`statements::field_kind`). An `id` may be either a number or a
/// string: nothing there.
fn property_type_by_name(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::TypeScript
        || !context.prefix.is_empty()
        || !context.line_before.ends_with(": ")
    {
        return;
    }
    let property = context
        .line_before
        .trim()
        .trim_end_matches(':')
        .trim_end_matches('?');
    if property.is_empty() || !property.chars().all(|c| c.is_alphanumeric() || c == '_') {
        return;
    }
    // The innermost open brace must be the type's: `{ name: ` in an object literal is a value.
    let tokens = context.tokens_before();
    let innermost = statements::open_braces(context, tokens).last().copied();
    let in_type = innermost.is_some()
        && enclosing_class_brace(context, tokens, &["interface", "type", "class"]) == innermost;
    if !in_type {
        return;
    }
    let type_text = match statements::field_kind(property) {
        Some(statements::FieldKind::Text) => "string",
        Some(statements::FieldKind::Count | statements::FieldKind::Number) => "number",
        Some(statements::FieldKind::Flag) => "boolean",
        Some(statements::FieldKind::Identifier) | None => return,
    };
    out.push(Suggestion::construct(format!("{type_text};"), 0.8));
}

/// `arr.reduce((acc, x) => ` -> `acc + x, 0)`: the reducer's usual sum and its initial value.
fn reduce_body(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_end();
    let Some(start) = typed.rfind(".reduce((") else {
        return;
    };
    // `reduce((a, b) => a + b, ` -> `0)`: a sum starts from zero, also one of the elements' fields
    // (`(sum, item) => sum + item.price, `) with its own brackets closed.
    if let Some(body) = typed[start..].strip_suffix(',')
        && let Some((parameters, sum)) = body
            .strip_prefix(".reduce((")
            .and_then(|rest| rest.split_once(") => "))
        && let Some((accumulator, element)) = parameters.split_once(',')
        && (sum.trim() == format!("{} + {}", accumulator.trim(), element.trim())
            || (sum
                .trim()
                .starts_with(&format!("{} + {}", accumulator.trim(), element.trim()))
                && sum.matches('(').count() == sum.matches(')').count()))
    {
        let terminator = if uses_semicolons(context) || typed.trim_start().starts_with("const ") {
            ";"
        } else {
            ""
        };
        let space = if context.line_before.ends_with(' ') {
            ""
        } else {
            " "
        };
        out.push(Suggestion::construct(
            format!("{space}0){terminator}"),
            0.85,
        ));
        return;
    }
    let Some(parameters) = typed[start + ".reduce((".len()..].strip_suffix(") =>") else {
        return;
    };
    // A reduction named for a pick is no sum: `const longest = words.reduce((a, b) => ` compares.
    let target = typed
        .get(..start)
        .and_then(|before| before.split_once(" = "))
        .map(|(declaration, _)| {
            declaration
                .rsplit(' ')
                .next()
                .unwrap_or("")
                .to_ascii_lowercase()
        });
    let picks = target.is_some_and(|target| {
        [
            "max", "min", "long", "short", "larg", "small", "big", "best", "old", "young", "high",
            "low",
        ]
        .iter()
        .any(|word| target.contains(word))
    });
    if picks {
        return;
    }
    let names: Vec<&str> = parameters.split(',').map(str::trim).collect();
    let [accumulator, element] = names.as_slice() else {
        return;
    };
    let simple = |name: &str| {
        !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '$')
    };
    // `cart.reduce((acc, item) => `: an item, a product or an order is a record, summed by one of its fields
    // (`acc + item.price`), which the code does not name.
    let record = [
        "item",
        "product",
        "order",
        "entry",
        "record",
        "user",
        "person",
        "row",
        "line",
        "task",
        "todo",
        "book",
        "student",
        "employee",
        "transaction",
        "obj",
    ]
    .contains(element);
    if simple(accumulator) && simple(element) && !record {
        let terminator = if uses_semicolons(context) || typed.trim_start().starts_with("const ") {
            ";"
        } else {
            ""
        };
        out.push(Suggestion::construct(
            format!("{accumulator} + {element}, 0){terminator}"),
            0.85,
        ));
    }
}

/// Loop headers: `for (let i = 0` and friends.
fn loop_header(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() && !context.line_before.ends_with(" 0")
    {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(header) = typed
        .strip_prefix("for (")
        .or_else(|| typed.strip_prefix("for("))
    else {
        return;
    };
    let collection = iterable_in_scope(context, None)
        .filter(|collection| !walked_by_enclosing_loop(context, collection));
    let mut push =
        |text: String, confidence: f64| out.push(Suggestion::construct(text, confidence));
    let words: Vec<&str> = header.split_whitespace().collect();
    let trailing_space = header.ends_with(' ');
    match (words.as_slice(), trailing_space) {
        ([], _) => {
            if let Some(collection) = collection {
                push(
                    format!("const {} of {collection}) {{", element_name(collection)),
                    0.75,
                );
            }
        }
        (["let" | "var"], true) => match collection {
            Some(collection) => push(format!("i = 0; i < {collection}.length; i++) {{"), 0.75),
            None => push("i = 0; i < ".to_owned(), 0.6),
        },
        (["let" | "var", index, "=", "0"], false) => {
            let bound = collection
                .map(|collection| format!("{collection}.length"))
                .or_else(|| count_in_scope(context));
            match bound {
                Some(bound) => push(format!("; {index} < {bound}; {index}++) {{"), 0.85),
                None => push(format!("; {index} < "), 0.6),
            }
        }
        (["const"], true) => {
            if let Some(collection) = collection {
                push(
                    format!("{} of {collection}) {{", element_name(collection)),
                    0.75,
                );
            }
        }
        (["const" | "let", element], true) => {
            if let Some(collection) = iterable_in_scope(context, Some(element)) {
                push(format!("of {collection}) {{"), 0.75);
            }
        }
        (["const" | "let", element, "of"], true) => {
            if let Some(collection) = iterable_in_scope(context, Some(element)) {
                let exact = statements::names_element(collection, element);
                push(format!("{collection}) {{"), if exact { 0.85 } else { 0.6 });
            }
        }
        _ => {}
    }
}

/// A name that holds a count in scope (`n`, `count`, `length`, ...), for a loop bound.
pub(super) fn count_in_scope(context: &Context<'_>) -> Option<String> {
    const COUNTS: &[&str] = &[
        "n", "count", "length", "len", "size", "total", "limit", "max", "num",
    ];
    context
        .tokens_before()
        .iter()
        .rev()
        .find(|token| token.kind == TokenKind::Identifier && COUNTS.contains(&context.text(token)))
        .map(|token| context.text(token).to_owned())
}

/// `catch (` -> `error) {`.
fn catch_clause(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context
        .line_before
        .trim_start()
        .trim_start_matches('}')
        .trim_start();
    if context.at_line_end() && (typed == "catch (" || typed == "catch(") {
        out.push(Suggestion::construct("error) {", 0.75));
    }
}

/// `</` -> the innermost open JSX/HTML tag's name and `>`.
fn close_tag(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(before_tag) = context.before_prefix().strip_suffix("</") else {
        return;
    };
    let window_start = context.cursor.saturating_sub(4000);
    let end = context.cursor - context.line_before.len() + before_tag.len();
    let Some(text) = (window_start..=end).find_map(|start| context.code.get(start..end)) else {
        return;
    };
    let Some(tag) = innermost_open_tag(text) else {
        return;
    };
    if let Some(rest) = tag.strip_prefix(context.prefix) {
        out.push(Suggestion::construct(format!("{rest}>"), 0.9));
    }
}

/// The innermost tag left open in `text` (self-closing and void elements skipped).
fn innermost_open_tag(text: &str) -> Option<&str> {
    let mut open: Vec<&str> = Vec::new();
    let mut rest = text;
    while let Some(position) = rest.find('<') {
        let after = rest.get(position + 1..)?;
        let closing = after.starts_with('/');
        let name_start = usize::from(closing);
        let name_length = after
            .get(name_start..)?
            .find(|character: char| {
                !(character.is_alphanumeric() || matches!(character, '-' | '.' | '_' | ':'))
            })
            .unwrap_or(after.len() - name_start);
        let name = after.get(name_start..name_start + name_length)?;
        let tag_end = after.find('>');
        if !name.is_empty() && name.starts_with(|character: char| character.is_alphabetic()) {
            if closing {
                if let Some(index) = open.iter().rposition(|open_name| *open_name == name) {
                    open.truncate(index);
                }
            } else if tag_end
                .is_some_and(|end| !after.get(..end).is_some_and(|tag| tag.ends_with('/')))
                && !VOID_ELEMENTS.contains(&name)
            {
                open.push(name);
            }
        }
        rest = after;
    }
    open.last().copied()
}

fn member_hints(context: &Context<'_>, access: &MemberAccess<'_>) -> MemberHints {
    let mut hints = MemberHints::default();
    if !matches!(access.separator, "." | "?.") {
        return hints;
    }
    if is_self(access) {
        hints.found = class_methods(context);
        return hints;
    }
    if let Some(members) = table_for(GLOBAL_MEMBERS, access.receiver) {
        hints.tables.push(MemberTable::known(members));
        return hints;
    }
    if let Some(members) =
        bound_module(context, access.receiver).and_then(|module| table_for(MODULE_MEMBERS, module))
    {
        hints.tables.push(MemberTable::known(members));
        return hints;
    }
    // `document.querySelectorAll('li').`: a list of elements (the last call's, not one chained after it).
    let lists_elements = ["querySelectorAll(", "getElementsBy"].iter().any(|call| {
        access
            .receiver
            .rsplit_once(call)
            .is_some_and(|(_, arguments)| arguments.ends_with(')') && !arguments.contains(")."))
    });
    if lists_elements {
        hints.tables.push(MemberTable::known(NODE_LIST_MEMBERS));
        return hints;
    }
    // `s.split('').`, `Object.keys(o).`: arrays.
    if access.receiver.ends_with(')')
        && [
            ".split(",
            "Object.keys(",
            "Object.values(",
            "Object.entries(",
            "Array.from(",
        ]
        .iter()
        .any(|call| access.receiver.contains(call))
    {
        hints.tables.push(MemberTable::known(ARRAY_METHODS));
        return hints;
    }
    // `expect(promise).resolves.`, `expect(x).not.`: the same matchers again.
    let negated_or_awaited = [").resolves", ").rejects", ").not"]
        .iter()
        .any(|modifier| access.receiver.ends_with(modifier));
    if access.receiver.starts_with("expect(")
        && (access.receiver.ends_with(')') || negated_or_awaited)
    {
        hints.tables.push(MemberTable::known(MATCHERS));
        return hints;
    }
    if let Some(variants) = enum_members(context.code, access.receiver) {
        hints.found = variants;
        return hints;
    }
    if let Some(members) = instance_members(context, access.receiver) {
        hints.found = members;
        return hints;
    }
    if let Some(declaration) = declaration_of(context, access.receiver)
        && declaration.starts_with('{')
    {
        hints.found = object_keys(declaration)
            .into_iter()
            .map(|key| (key.to_owned(), "", 2.0))
            .collect();
        return hints;
    }
    if caught_error(context, access.receiver) {
        hints.tables.push(MemberTable::known(ERROR_MEMBERS));
        return hints;
    }
    if let Some(members) = http_handler_parameter(context, access.receiver) {
        hints.tables.push(MemberTable::known(members));
        return hints;
    }
    if context.profile.language == Language::TypeScript
        && let Some(members) = super::web_services::typescript_members(context, access)
    {
        hints.tables.push(MemberTable::known(members));
        return hints;
    }
    // `this.items.` in a class that declares `items: string[] = []` (or assigns `this.items = []`): the field's
    // declaration tells its type as a local's would.
    let declared_name = access
        .receiver
        .strip_prefix("this.")
        .filter(|field| super::lexer::is_plain_name(field))
        .unwrap_or(access.receiver);
    // `posts.map(p => p.id).`: the last call of an array's (or a string's `split`) hands back an array.
    let array_returned = access.receiver.ends_with(')')
        && [
            ".map(",
            ".filter(",
            ".sort(",
            ".slice(",
            ".concat(",
            ".reverse(",
            ".flat(",
        ]
        .iter()
        .any(|call| {
            access
                .receiver
                .rsplit_once(call)
                .is_some_and(|(_, arguments)| {
                    !arguments.contains(").") && !arguments.contains(")?.")
                })
        });
    if array_returned {
        hints.tables.push(MemberTable::known(ARRAY_METHODS));
        return hints;
    }
    match declared_type(context, declared_name) {
        Some(members) => hints.tables.push(MemberTable::known(members)),
        None if access.receiver.ends_with(')') && access.receiver.starts_with("fetch(") => {
            hints.tables.push(MemberTable::known(PROMISE_METHODS));
        }
        // `await res.` whose `res` the window does not declare: only a fetch response's body readers are awaited
        // (an Express response's methods are not).
        None if matches!(access.receiver, "res" | "response")
            && context
                .before_receiver(access)
                .is_some_and(|before| before.trim_end().ends_with("await")) =>
        {
            hints.tables.push(MemberTable::known(RESPONSE_MEMBERS));
        }
        None => {
            // `name.toUpp`: letters only one built-in method begins say which it is, whatever the type. A
            // `Map`'s or a `Set`'s are left out: an untyped object's `add`, `clear` or `has` is as often its own.
            let builtin = super::members::distinctive_builtin(
                context,
                &[ARRAY_METHODS, STRING_METHODS, PROMISE_METHODS],
            );
            if let Some(member) = builtin {
                hints.tables.push(MemberTable::distinctive(member));
            }
            hints.tables.push(MemberTable::guess(COMMON_METHODS));
        }
    }
    hints
}

/// Node's built-in modules and common packages, by module name, most used members first: they apply to a name
/// the file binds to that module (`const fs = require('fs')`, `import path from 'node:path'`).
static MODULE_MEMBERS: &[(&str, &[&str])] = &[
    (
        "fs",
        &[
            "readFileSync()",
            "existsSync()",
            "writeFileSync()",
            "readFile()",
            "promises",
            "mkdirSync()",
            "writeFile()",
            "readdirSync()",
            "statSync()",
            "unlinkSync()",
            "createReadStream()",
            "createWriteStream()",
        ],
    ),
    (
        "fs/promises",
        &[
            "readFile()",
            "writeFile()",
            "readdir()",
            "mkdir()",
            "stat()",
            "access()",
            "unlink()",
            "appendFile()",
            "rm()",
            "rename()",
            "copyFile()",
        ],
    ),
    (
        "readline",
        &[
            "createInterface()",
            "clearLine()",
            "cursorTo()",
            "emitKeypressEvents()",
        ],
    ),
    ("readline/promises", &["createInterface()"]),
    (
        "path",
        &[
            "join()",
            "resolve()",
            "dirname()",
            "basename()",
            "extname()",
            "relative()",
            "sep",
            "normalize()",
            "isAbsolute()",
            "parse()",
        ],
    ),
    (
        "http",
        &[
            "createServer()",
            "get()",
            "request()",
            "STATUS_CODES",
            "Agent()",
        ],
    ),
    (
        "https",
        &["get()", "request()", "createServer()", "Agent()"],
    ),
    (
        "os",
        &[
            "platform()",
            "homedir()",
            "tmpdir()",
            "cpus()",
            "EOL",
            "hostname()",
            "type()",
            "totalmem()",
            "freemem()",
        ],
    ),
    (
        "child_process",
        &[
            "exec()",
            "spawn()",
            "execSync()",
            "execFile()",
            "spawnSync()",
            "fork()",
        ],
    ),
    (
        "util",
        &[
            "promisify()",
            "inspect()",
            "format()",
            "inherits()",
            "types",
            "deprecate()",
        ],
    ),
    (
        "crypto",
        &[
            "randomBytes()",
            "createHash()",
            "randomUUID()",
            "createHmac()",
            "timingSafeEqual()",
        ],
    ),
    (
        "express",
        &["Router()", "static()", "json()", "urlencoded()"],
    ),
    (
        "axios",
        &[
            "get()",
            "post()",
            "create()",
            "put()",
            "delete()",
            "patch()",
            "request()",
        ],
    ),
];

/// The module a receiver is bound to by a `require` or a default `import` of the file, if any.
fn bound_module(context: &Context<'_>, receiver: &str) -> Option<&'static str> {
    /// How far into the file its imports are looked for: they open it.
    const IMPORT_BYTES: usize = 16 * 1024;
    let code = context.code.get(..context.cursor).unwrap_or("");
    let end = code.floor_char_boundary(IMPORT_BYTES.min(code.len()));
    let code = code.get(..end).unwrap_or("");
    // Three searches at most, then the module's name read where the binding is.
    let specifier = [
        format!("{receiver} = require("),
        format!("import {receiver} from "),
        format!("import * as {receiver} from "),
    ]
    .iter()
    .find_map(|binding| {
        let at = code.find(binding.as_str())?;
        let before = code.get(..at)?;
        // A whole name: `fs = require(`, not `myfs = require(`.
        if before.ends_with(|c: char| super::lexer::is_identifier_char(c)) {
            return None;
        }
        code.get(at + binding.len()..)
    })?;
    let quote = specifier
        .chars()
        .next()
        .filter(|c| matches!(c, '\'' | '"'))?;
    let name = specifier.get(1..)?.split(quote).next()?;
    let name = name.strip_prefix("node:").unwrap_or(name);
    MODULE_MEMBERS
        .iter()
        .map(|(module, _)| *module)
        .find(|module| *module == name)
}

/// Jest's (and Vitest's) matchers, most used first: `expect(value).`.
static MATCHERS: &[&str] = &[
    "toBe()",
    "toEqual()",
    "toHaveBeenCalled()",
    "toThrow()",
    "toBeTruthy()",
    "toHaveLength()",
    "toContain()",
    "toBeNull()",
    "toHaveBeenCalledWith()",
    "toBeDefined()",
    "toMatch()",
    "toBeFalsy()",
    "toStrictEqual()",
    "toBeUndefined()",
    "toHaveBeenCalledTimes()",
    "toBeGreaterThan()",
    "toBeInstanceOf()",
    "toMatchObject()",
    "not",
    "resolves",
    "rejects",
    "toHaveProperty()",
    "toBeInTheDocument()",
    "toHaveTextContent()",
    "toHaveAttribute()",
    "toHaveBeenLastCalledWith()",
    "toBeCloseTo()",
    "toBeLessThan()",
    "toBeGreaterThanOrEqual()",
    "toBeLessThanOrEqual()",
    "toMatchSnapshot()",
    "toMatchInlineSnapshot()",
    "toBeVisible()",
    "toBeDisabled()",
    "toHaveClass()",
    "toHaveValue()",
];

/// Members of an Express application (`const app = express()`), most used first.
const EXPRESS_APPLICATION_MEMBERS: &[&str] = &[
    "use()", "get()", "listen()", "post()", "put()", "delete()", "set()", "all()",
];

/// Members of an Express (or Node `http`) response, most used first.
const HTTP_RESPONSE_MEMBERS: &[&str] = &[
    "json()",
    "send()",
    "status()",
    "end()",
    "redirect()",
    "render()",
    "sendStatus()",
    "setHeader()",
    "set()",
    "cookie()",
    "sendFile()",
    "locals",
];

/// Members of an `Error`, most used first.
const ERROR_MEMBERS: &[&str] = &["message", "stack", "name", "cause", "code"];

/// Whether `receiver` is a caught error: the parameter of an enclosing `catch (err)`, or tested with `instanceof
/// Error` on the line (`err instanceof Error ? err.`) or by the block's `if`.
fn caught_error(context: &Context<'_>, receiver: &str) -> bool {
    if !super::lexer::is_plain_name(receiver) {
        return false;
    }
    context
        .line_before
        .contains(&format!("{receiver} instanceof Error"))
        // An Express error handler's `(err: Error, req: Request, ...)`.
        || context
            .enclosing_lines()
            .take(3)
            .any(|line| line.contains(&format!("({receiver}: Error")))
        || context
            .enclosing_lines()
            .take(3)
            .any(|line| line.contains(&format!("catch ({receiver})")))
        // `if (error instanceof Error) {`: the narrowed error.
        || context
            .enclosing_lines()
            .take(3)
            .any(|line| line.contains(&format!("({receiver} instanceof Error)")))
}

/// Members of a Node `EventEmitter` (`const emitter = new EventEmitter()`), most used first.
const EMITTER_MEMBERS: &[&str] = &[
    "on()",
    "emit()",
    "once()",
    "off()",
    "removeListener()",
    "removeAllListeners()",
    "listenerCount()",
];

/// Members of an Express (or Node `http`) request, most used first.
const REQUEST_MEMBERS: &[&str] = &[
    "body", "params", "query", "headers", "method", "url", "path", "cookies", "get()", "ip",
];

/// The members of `receiver` when it is the request or response parameter of an HTTP handler
/// (`(req, res) =>`, `function (request, response)`).
fn http_handler_parameter(
    context: &Context<'_>,
    receiver: &str,
) -> Option<&'static [&'static str]> {
    let members = match receiver {
        "res" | "response" => HTTP_RESPONSE_MEMBERS,
        "req" | "request" => REQUEST_MEMBERS,
        _ => return None,
    };
    let pairs = [
        "(req, res",
        "(request, response",
        "(req, resp",
        "(_req, res",
    ];
    let before = context.code.get(..context.cursor).unwrap_or("");
    // TypeScript names Express's types: `(req: Request, res: Response)`.
    let typed = format!(
        "{receiver}: {}",
        if members == REQUEST_MEMBERS {
            "Request"
        } else {
            "Response"
        }
    );
    (pairs.iter().any(|pair| before.contains(pair)) || before.contains(&typed)).then_some(members)
}

/// The keys of an object literal written on one line: `{ name: 'a', age: 3 }` -> `name`, `age`.
fn object_keys(literal: &str) -> Vec<&str> {
    let mut keys = Vec::new();
    let mut depth = 0usize;
    let mut expecting_key = false;
    let mut rest = literal;
    while let Some(character) = rest.chars().next() {
        match character {
            '{' | '[' | '(' => {
                depth += 1;
                expecting_key = depth == 1;
            }
            '}' | ']' | ')' => depth = depth.saturating_sub(1),
            ',' if depth == 1 => expecting_key = true,
            character if expecting_key && super::lexer::is_identifier_char(character) => {
                let length = rest
                    .find(|c: char| !super::lexer::is_identifier_char(c))
                    .unwrap_or(rest.len());
                let key = rest.get(..length).unwrap_or("");
                if rest
                    .get(length..)
                    .is_some_and(|after| after.trim_start().starts_with([':', ',', '}']))
                {
                    keys.push(key);
                }
                expecting_key = false;
                rest = rest.get(length..).unwrap_or("");
                continue;
            }
            _ => {}
        }
        rest = rest.get(character.len_utf8()..).unwrap_or("");
    }
    keys
}

/// The methods a receiver's declaration shows it has.
fn declared_type(context: &Context<'_>, receiver: &str) -> Option<&'static [&'static str]> {
    let declaration = declaration_of(context, receiver)?;
    let head = declaration.trim_start();
    let table: &'static [&'static str] =
        if head.starts_with('[') || head.starts_with("Array") || head.contains("[]") {
            ARRAY_METHODS
        } else if head.starts_with(['"', '\'', '`'])
            || head.starts_with("string")
            || head.starts_with("String(")
        {
            STRING_METHODS
        } else if head.starts_with("new Date(")
            || head
                .strip_prefix("Date")
                .is_some_and(|rest| !rest.starts_with(super::lexer::is_identifier_char))
        {
            DATE_METHODS
        } else if head.starts_with("new Map") || head.starts_with("Map<") {
            MAP_METHODS
        } else if head.starts_with("new Set") || head.starts_with("Set<") {
            SET_METHODS
        } else if head.starts_with("document.querySelectorAll(")
            || head.starts_with("document.getElementsBy")
        {
            NODE_LIST_MEMBERS
        } else if head.starts_with("document.") {
            ELEMENT_MEMBERS
        } else if head.starts_with("await fetch(") {
            RESPONSE_MEMBERS
        } else if head.starts_with("express()") {
            EXPRESS_APPLICATION_MEMBERS
        } else if head.starts_with("fetch(") || head.starts_with("new Promise") {
            PROMISE_METHODS
        } else if head.starts_with("new EventEmitter(") {
            EMITTER_MEMBERS
        } else if head.starts_with("readline.createInterface(")
            || head.starts_with("createInterface(")
        {
            READLINE_INTERFACE_MEMBERS
        } else if [
            "await fs.stat(",
            "await stat(",
            "fs.statSync(",
            "statSync(",
            "await fs.lstat(",
        ]
        .iter()
        .any(|call| head.starts_with(call))
        {
            STATS_MEMBERS
        } else if head.starts_with("new AbortController(") {
            &["abort()", "signal"]
        } else {
            return None;
        };
    Some(table)
}

/// A `Date`'s methods, most used first.
static DATE_METHODS: &[&str] = &[
    "getTime()",
    "toISOString()",
    "getFullYear()",
    "getMonth()",
    "getDate()",
    "getDay()",
    "getHours()",
    "getMinutes()",
    "getSeconds()",
    "toLocaleDateString()",
    "toLocaleString()",
    "setDate()",
    "toLocaleTimeString()",
    "setHours()",
    "getTimezoneOffset()",
    "setMonth()",
    "setFullYear()",
    "toDateString()",
    "toJSON()",
    "valueOf()",
];

/// The members of a TypeScript `enum` the code declares (`enum Color { Red, Green }` then `Color.`), in their
/// order, each a little less likely than the one before.
fn enum_members(code: &str, receiver: &str) -> Option<Vec<DefinedMember>> {
    if receiver.is_empty() || !receiver.chars().all(super::lexer::is_identifier_char) {
        return None;
    }
    let (_, body) = code.split_once(&format!("enum {receiver} {{"))?;
    let body = body.get(..body.find('}')?)?;
    let members: Vec<DefinedMember> = body
        .split(',')
        .filter_map(|member| {
            let name = member.split('=').next()?.trim();
            (!name.is_empty() && name.chars().all(super::lexer::is_identifier_char)).then_some(name)
        })
        .zip(0u32..)
        .map(|(name, rank)| (name.to_owned(), "", 2.0 - 0.1 * f64::from(rank)))
        .collect();
    (!members.is_empty()).then_some(members)
}

/// The members of the class a local was made from (`const parser = new Parser(` then `parser.`), when the window
/// defines that class.
fn instance_members(context: &Context<'_>, receiver: &str) -> Option<Vec<DefinedMember>> {
    let value = declaration_of(context, receiver)?
        .strip_prefix("new ")?
        .trim_start();
    let class_name = value.get(..super::lexer::identifier_end(value))?;
    if class_name.is_empty() {
        return None;
    }
    let tokens = context.tokens_before();
    let brace = class_brace_named(context, tokens, &["class"], class_name)?;
    let members = class_body_members(context, tokens, brace, ("this", "."));
    (!members.is_empty()).then_some(members)
}

/// The members of the class around the cursor (its methods, declared fields and `this.x = ` assignments), for
/// `this.`.
fn class_methods(context: &Context<'_>) -> Vec<DefinedMember> {
    let tokens = context.tokens_before();
    enclosing_class_brace(context, tokens, &["class"]).map_or_else(Vec::new, |brace| {
        class_body_members(context, tokens, brace, ("this", "."))
    })
}

/// The first member of a JavaScript class body is its `constructor` (35 times of 37 on the corpus, a doc comment
/// between the two or not), `constructor(` where the code ends its statements with `;` (Prettier's style). TypeScript declares its fields first, so it is left alone.
fn first_class_member(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::JavaScript
        || !context.before_prefix().trim().is_empty()
        || !context.at_line_end()
    {
        return;
    }
    let Some(previous) = context
        .code_lines_above()
        .find(|line| !(line.starts_with("//") || line.starts_with("/*") || line.starts_with('*')))
    else {
        return;
    };
    let header = previous
        .strip_prefix("export ")
        .unwrap_or(previous)
        .strip_prefix("default ")
        .unwrap_or_else(|| previous.strip_prefix("export ").unwrap_or(previous));
    // Code without semicolons follows `standard`, which writes `constructor (`: the parenthesis is left to type
    // there, and where nothing shows the file's style yet.
    let word = if uses_semicolons(context) {
        "constructor("
    } else {
        "constructor"
    };
    if header.starts_with("class ")
        && header.ends_with('{')
        && let Some(rest) = word.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::of_kind(rest, 0.85, "keyword"));
    }
}
