//! Rust: syntax (lifetimes, raw strings, nested comments), keywords and macros, `std` paths and constructs.
//!
//! Constructs: `match` arms (the next uncovered variant of the matched enum, `Some`/`None`, `Ok`/`Err`, or `_ => `),
//! loop headers (`for item in ` -> `&items {`, `for i in ` -> `0..items.len() {`), the value after `return`,
//! `fn main` -> `() {`, the traits of `#[derive(`, names inside attributes (`#[cfg(te` -> `st)]`, `#![allow(un` ->
//! `used_imports`) and `pub(cr` -> `ate)`. Members: `std::` paths, associated functions of common types
//! (`String::new()`), iterator adapters after `.iter()`, methods of a receiver whose declaration shows its type
//! (`Vec`, `String`, `HashMap`), and a user enum's variants and associated functions after `Type::`.

use super::Suggestion;
use super::cursor::{Context, MemberAccess, indentation};
use super::language::{BlockStyle, DOUBLE_QUOTED, Language, Profile, Word};
use super::lexer::{Lexer, Syntax, Token, TokenKind, is_plain_name};
use super::members::{MemberHints, MemberTable, table_for};
use super::ranking::{Candidate, push_ranked};
use super::statements::{
    UnusedMembers, after_return, complete_phrase, declaration_of, element_name, enclosing_function,
    header_start, iterable_in_scope, open_braces, return_value, walked_by_enclosing_loop,
};

static SYNTAX: Syntax = Syntax {
    line_comments: &["//"],
    block_comment: Some(("/*", "*/")),
    nested_block_comments: true,
    quotes: &[DOUBLE_QUOTED],
    string_prefixes: &["b", "c"],
    raw_strings: true,
    char_or_lifetime: true,
    regex_literals: false,
    template_interpolation: false,
    dollar_in_identifiers: false,
};

static WORDS: &[Word] = &[
    Word::statement("fn", " "),
    Word::statement("let", " "),
    Word::statement("pub", " "),
    Word::statement("impl", " "),
    Word::statement("struct", " "),
    Word::statement("enum", " "),
    Word::statement("trait", " "),
    Word::statement("use", " "),
    Word::statement("mod", " "),
    Word::statement("return", " "),
    Word::statement("loop", " {"),
    Word::statement("while", " "),
    Word::statement("for", " "),
    Word::statement("const", " "),
    Word::statement("static", " "),
    Word::statement("type", " "),
    Word::statement("unsafe", " "),
    Word::statement("break", ""),
    Word::statement("continue", ""),
    Word::anywhere("match", " "),
    Word::anywhere("if", " "),
    Word::anywhere("else", " "),
    Word::anywhere("mut", " "),
    Word::anywhere("async", " "),
    Word::anywhere("move", " "),
    Word::anywhere("self", ""),
    Word::anywhere("Self", ""),
    Word::anywhere("crate", "::"),
    Word::anywhere("super", "::"),
    Word::anywhere("true", ""),
    Word::anywhere("false", ""),
    Word::anywhere("Some", "("),
    Word::anywhere("None", ""),
    Word::anywhere("Ok", "("),
    Word::anywhere("Err", "("),
    Word::anywhere("where", " "),
    Word::anywhere("dyn", " "),
    Word::anywhere("ref", " "),
    Word::anywhere("String", ""),
    Word::anywhere("Vec", ""),
    Word::anywhere("Option", "<"),
    Word::anywhere("Result", "<"),
    Word::anywhere("HashMap", ""),
    Word::anywhere("HashSet", ""),
    Word::anywhere("Box", ""),
    Word::anywhere("usize", ""),
    Word::anywhere("u8", ""),
    Word::anywhere("u32", ""),
    Word::anywhere("u64", ""),
    Word::anywhere("i32", ""),
    Word::anywhere("i64", ""),
    Word::anywhere("f64", ""),
    Word::anywhere("bool", ""),
    Word::anywhere("char", ""),
    Word::anywhere("str", ""),
    Word::anywhere("println", "!("),
    Word::anywhere("print", "!("),
    Word::anywhere("eprintln", "!("),
    Word::anywhere("format", "!("),
    Word::anywhere("vec", "!["),
    Word::anywhere("assert", "!("),
    Word::anywhere("assert_eq", "!("),
    Word::anywhere("assert_ne", "!("),
    Word::anywhere("panic", "!("),
    Word::anywhere("write", "!("),
    Word::anywhere("writeln", "!("),
    Word::anywhere("matches", "!("),
    Word::anywhere("todo", "!()"),
    Word::anywhere("unimplemented", "!()"),
    Word::anywhere("unreachable", "!()"),
    Word::anywhere("dbg", "!("),
];

static PATHS: &[(&str, &[&str])] = &[
    (
        "std",
        &[
            "collections::",
            "io",
            "fmt",
            "fs",
            "env",
            "sync::",
            "thread",
            "time::",
            "path::",
            "process",
            "str",
            "cmp",
            "iter",
            "mem",
            "ops",
            "rc::",
            "error::",
            "net",
            "hash",
            "convert",
            "borrow",
        ],
    ),
    (
        "std::collections",
        &[
            "HashMap",
            "HashSet",
            "BTreeMap",
            "BTreeSet",
            "VecDeque",
            "BinaryHeap",
            "hash_map",
        ],
    ),
    (
        "std::io",
        &[
            "stdin()",
            "Read",
            "Write",
            "BufRead",
            "BufReader",
            "BufWriter",
            "Result",
            "Error",
            "stdout()",
            "ErrorKind",
            "stderr()",
            "Cursor",
        ],
    ),
    (
        "io",
        &[
            "stdin()",
            "Read",
            "Write",
            "BufRead",
            "BufReader",
            "BufWriter",
            "Result",
            "Error",
            "stdout()",
            "ErrorKind",
            "stderr()",
            "Cursor",
        ],
    ),
    (
        "std::fs",
        &[
            "read_to_string()",
            "write()",
            "File",
            "create_dir_all()",
            "read_dir()",
            "remove_file()",
            "read()",
            "OpenOptions",
            "metadata()",
            "copy()",
            "rename()",
        ],
    ),
    (
        "fs",
        &[
            "read_to_string()",
            "write()",
            "File",
            "create_dir_all()",
            "read_dir()",
            "remove_file()",
            "read()",
            "OpenOptions",
            "metadata()",
            "copy()",
            "rename()",
        ],
    ),
    (
        "std::env",
        &[
            "args()",
            "var()",
            "current_dir()",
            "vars()",
            "set_var()",
            "temp_dir()",
        ],
    ),
    (
        "env",
        &[
            "args()",
            "var()",
            "current_dir()",
            "vars()",
            "set_var()",
            "temp_dir()",
        ],
    ),
    (
        "std::sync",
        &[
            "Arc", "Mutex", "RwLock", "mpsc", "atomic", "OnceLock", "Condvar", "Barrier",
        ],
    ),
    (
        "std::thread",
        &["spawn()", "sleep()", "JoinHandle", "current()", "scope()"],
    ),
    (
        "thread",
        &["spawn()", "sleep()", "JoinHandle", "current()", "scope()"],
    ),
    (
        "std::time",
        &["Duration", "Instant", "SystemTime", "UNIX_EPOCH"],
    ),
    (
        "std::fmt",
        &["Display", "Debug", "Formatter", "Result", "Write"],
    ),
    ("fmt", &["Display", "Debug", "Formatter", "Result", "Write"]),
    ("std::path", &["Path", "PathBuf"]),
    ("std::process", &["exit()", "Command", "Stdio"]),
    (
        "std::mem",
        &["swap()", "replace()", "take()", "size_of()", "drop()"],
    ),
    (
        "mem",
        &["swap()", "replace()", "take()", "size_of()", "drop()"],
    ),
    ("std::cmp", &["Ordering", "max()", "min()", "Reverse"]),
    ("std::f64::consts", &["PI", "E", "TAU", "SQRT_2", "LN_2"]),
    ("f64::consts", &["PI", "E", "TAU", "SQRT_2", "LN_2"]),
    ("Ordering", &["Less", "Equal", "Greater"]),
    (
        "String",
        &[
            "new()",
            "from()",
            "with_capacity()",
            "from_utf8()",
            "from_utf8_lossy()",
        ],
    ),
    ("Vec", &["new()", "with_capacity()", "from()"]),
    ("HashMap", &["new()", "with_capacity()", "from()"]),
    ("HashSet", &["new()", "with_capacity()", "from()"]),
    ("BTreeMap", &["new()", "from()"]),
    ("VecDeque", &["new()", "with_capacity()", "from()"]),
    ("Box", &["new()"]),
    ("Rc", &["new()", "clone()"]),
    ("Arc", &["new()", "clone()"]),
    ("Mutex", &["new()"]),
    (
        "Duration",
        &[
            "from_secs()",
            "from_millis()",
            "from_micros()",
            "from_nanos()",
            "ZERO",
        ],
    ),
    ("Instant", &["now()"]),
    ("std::time::Instant", &["now()"]),
    ("time::Instant", &["now()"]),
    ("Path", &["new()"]),
    ("PathBuf", &["from()", "new()"]),
    ("File", &["open()", "create()"]),
    ("Command", &["new()"]),
    ("i32", &["MAX", "MIN", "from()", "from_str_radix()"]),
    ("i64", &["MAX", "MIN", "from()", "from_str_radix()"]),
    ("u32", &["MAX", "MIN", "from()", "from_str_radix()"]),
    ("u64", &["MAX", "MIN", "from()", "from_str_radix()"]),
    ("usize", &["MAX", "MIN", "from()"]),
    (
        "f64",
        &["MAX", "MIN", "EPSILON", "INFINITY", "NAN", "consts::"],
    ),
    // A web service's crates: axum or actix-web, serde, sqlx, tokio and tracing.
    (
        "StatusCode",
        &[
            "OK",
            "NOT_FOUND",
            "CREATED",
            "BAD_REQUEST",
            "INTERNAL_SERVER_ERROR",
            "NO_CONTENT",
            "UNAUTHORIZED",
            "FORBIDDEN",
            "CONFLICT",
            "UNPROCESSABLE_ENTITY",
            "ACCEPTED",
            "SERVICE_UNAVAILABLE",
        ],
    ),
    (
        "HttpResponse",
        &[
            "Ok()",
            "NotFound()",
            "BadRequest()",
            "Created()",
            "InternalServerError()",
            "NoContent()",
            "Unauthorized()",
            "Forbidden()",
        ],
    ),
    (
        "tracing",
        &[
            "info!()",
            "error!()",
            "warn!()",
            "debug!()",
            "instrument",
            "trace!()",
            "Level",
            "info_span!()",
        ],
    ),
    (
        "sqlx",
        &[
            "query()",
            "query_as()",
            "query!()",
            "query_as!()",
            "Error",
            "PgPool",
            "FromRow",
            "Pool",
            "postgres::",
            "migrate!()",
            "Row",
            "SqlitePool",
            "Postgres",
            "Transaction",
        ],
    ),
    (
        "sqlx::postgres",
        &["PgPoolOptions", "PgPool", "PgRow", "PgConnectOptions"],
    ),
    (
        "axum",
        &[
            "Router",
            "Json",
            "extract::",
            "routing::",
            "response::",
            "http::",
            "serve()",
            "Extension",
            "Form",
        ],
    ),
    (
        "serde",
        &[
            "Serialize",
            "Deserialize",
            "Serializer",
            "Deserializer",
            "de::",
            "ser::",
        ],
    ),
    // A command-line tool's crates: clap for its arguments, serde_json for its files, anyhow and thiserror for
    // its errors. Each lists what a `use` or a path names from it, most used first.
    (
        "clap",
        &[
            "Parser",
            "Subcommand",
            "ValueEnum",
            "Args",
            "Command",
            "Arg",
        ],
    ),
    (
        "serde_json",
        &[
            "from_str()",
            "to_string_pretty()",
            "to_string()",
            "Value",
            "json!()",
            "from_reader()",
            "to_writer_pretty()",
            "Map",
        ],
    ),
    (
        "anyhow",
        &["Result", "Context", "bail!()", "anyhow!()", "ensure!()"],
    ),
    ("thiserror", &["Error"]),
    ("Router", &["new()"]),
    ("TraceLayer", &["new_for_http()"]),
    ("PgPoolOptions", &["new()"]),
    ("PgPool", &["connect()"]),
    ("tokio::net", &["TcpListener", "TcpStream", "UdpSocket"]),
    ("tokio::signal", &["ctrl_c()"]),
    (
        "tracing_subscriber::fmt",
        &["init()", "layer()", "with_env_filter()"],
    ),
];

/// `use serde::{Deserialize, Ser` -> `ialize`: a name of a crate whose items are known, in the braces of its
/// `use` (spread over lines or not), the names already imported aside.
fn imported_from_braces(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.prefix.is_empty() || context.member.is_some() {
        return;
    }
    let before = context
        .code
        .get(..context.cursor - context.prefix.len())
        .unwrap_or("");
    let window = before.get(before.len().saturating_sub(600)..).unwrap_or("");
    let Some(use_at) = window.rfind("use ") else {
        return;
    };
    let statement = window.get(use_at + "use ".len()..).unwrap_or("");
    let Some((path, names)) = statement.split_once("::{") else {
        return;
    };
    // Only the braces the cursor is in, directly (`extract::{Path, State},` before it is closed), the name
    // starting the list or following a comma.
    let mut depth = 1_usize;
    for character in names.chars() {
        match character {
            '{' => depth += 1,
            '}' => depth -= 1,
            ';' => return,
            _ => {}
        }
        if depth == 0 {
            return;
        }
    }
    if depth != 1 || !(names.trim().is_empty() || names.trim_end().ends_with(',')) {
        return;
    }
    let Some(entries) = table_for(PATHS, path.trim()) else {
        return;
    };
    let listed: Vec<&str> = names.split(',').map(str::trim).collect();
    let mut matching = entries
        .iter()
        .filter(|entry| entry.starts_with(context.prefix) && !entry.contains("()"));
    let Some(first) = matching.next() else {
        return;
    };
    // Once the favourite is imported, the next one is only a guess (`Serialize, Ser` is rarely `Serializer`).
    let (entry, confidence) = if listed.contains(&first.trim_end_matches("::")) {
        let Some(next) = matching.find(|entry| !listed.contains(&entry.trim_end_matches("::")))
        else {
            return;
        };
        (next, 0.5)
    } else {
        (first, 0.88)
    };
    if let Some(rest) = entry.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::member(rest.trim_end_matches("::"), confidence));
    }
}

/// What an actix-web response builder is given (`HttpResponse::Ok().` -> `json()`), most used first.
static RESPONSE_BUILDER_METHODS: &[&str] = &[
    "json()",
    "body()",
    "finish()",
    "content_type()",
    "insert_header()",
    "append_header()",
];

static ITERATOR_METHODS: &[&str] = &[
    "map()",
    "collect()",
    "filter()",
    "enumerate()",
    "for_each()",
    "sum()",
    "count()",
    "fold()",
    "any()",
    "all()",
    "find()",
    "zip()",
    "rev()",
    "take()",
    "skip()",
    "cloned()",
    "copied()",
    "filter_map()",
    "flat_map()",
    "max()",
    "min()",
    "last()",
    "next()",
    "nth()",
    "peekable()",
    "chain()",
    "position()",
    "max_by_key()",
    "min_by_key()",
    "step_by()",
    "take_while()",
    "skip_while()",
    "inspect()",
    "partition()",
    "product()",
];
static VEC_METHODS: &[&str] = &[
    "push()",
    "len()",
    "iter()",
    "is_empty()",
    "pop()",
    "contains()",
    "insert()",
    "remove()",
    "clear()",
    "extend()",
    "sort()",
    "iter_mut()",
    "get()",
    "first()",
    "last()",
    "into_iter()",
    "join()",
    "retain()",
    "dedup()",
    "truncate()",
    "sort_by()",
    "sort_unstable()",
    "drain()",
    "as_slice()",
    "capacity()",
    "windows()",
    "chunks()",
    "clone()",
    "reverse()",
    "binary_search()",
    "to_vec()",
    "sort_by_key()",
];
static STRING_METHODS: &[&str] = &[
    "push_str()",
    "len()",
    "as_str()",
    "chars()",
    "is_empty()",
    "trim()",
    "split()",
    "to_string()",
    "push()",
    "contains()",
    "lines()",
    "starts_with()",
    "ends_with()",
    "replace()",
    "to_uppercase()",
    "to_lowercase()",
    "parse()",
    "bytes()",
    "clone()",
    "clear()",
    "split_whitespace()",
    "char_indices()",
    "find()",
    "as_bytes()",
    "into_bytes()",
    "trim_end()",
    "trim_start()",
    "strip_prefix()",
    "strip_suffix()",
    "repeat()",
];
static MAP_METHODS: &[&str] = &[
    "insert()",
    "get()",
    "contains_key()",
    "entry()",
    "remove()",
    "len()",
    "is_empty()",
    "keys()",
    "values()",
    "iter()",
    "get_mut()",
    "values_mut()",
    "clear()",
    "extend()",
    "drain()",
    "retain()",
];
/// What a `std::process::Command` is told or asked, most used first.
static COMMAND_METHODS: &[&str] = &[
    "arg()",
    "args()",
    "output()",
    "status()",
    "spawn()",
    "current_dir()",
    "env()",
    "stdout()",
    "stderr()",
    "stdin()",
];
/// What an `ExitStatus` tells.
static EXIT_STATUS_METHODS: &[&str] = &["success()", "code()"];
/// What a `DirEntry` of `fs::read_dir` gives.
static DIR_ENTRY_METHODS: &[&str] = &["path()", "file_name()", "metadata()", "file_type()"];
/// What a `Path` or `PathBuf` is asked, most used first.
static PATH_METHODS: &[&str] = &[
    "display()",
    "join()",
    "exists()",
    "is_dir()",
    "is_file()",
    "extension()",
    "file_name()",
    "parent()",
    "to_str()",
    "file_stem()",
    "to_path_buf()",
    "to_string_lossy()",
    "metadata()",
    "read_dir()",
];
/// What a file's `Metadata` tells.
static METADATA_METHODS: &[&str] = &[
    "len()",
    "is_dir()",
    "is_file()",
    "modified()",
    "permissions()",
    "file_type()",
];
/// A digest's hasher (`sha2`, `sha1`, `md-5`, `blake3`, `crc32fast`): fed, then finished.
static DIGEST_METHODS: &[&str] = &["update()", "finalize()"];
/// The memory orderings of `std::sync::atomic`, most used first.
static ATOMIC_ORDERINGS: &[&str] = &["SeqCst", "Relaxed", "Acquire", "Release", "AcqRel"];
/// What an `OsStr` (a path's extension or file name) is turned into.
static OS_STR_METHODS: &[&str] = &["to_str()", "to_string_lossy()", "to_os_string()"];
/// What a `Cow<str>` (`to_string_lossy()`, `from_utf8_lossy()`) is turned into.
static COW_METHODS: &[&str] = &["into_owned()", "to_string()"];

/// Methods common to most types, for a receiver whose type the code does not show.
static COMMON_METHODS: &[&str] = &[
    "clone()",
    "to_string()",
    "iter()",
    "len()",
    "unwrap()",
    "push()",
    "is_empty()",
    "into()",
    "as_str()",
    "map()",
    "collect()",
    "expect()",
    "get()",
    "contains()",
    "to_owned()",
    "as_ref()",
    "into_iter()",
    "insert()",
    "unwrap_or()",
    "ok_or()",
    "and_then()",
    "is_some()",
    "is_none()",
    "is_ok()",
    "is_err()",
    "map_err()",
    "unwrap_or_default()",
    "unwrap_or_else()",
    "lock()",
    "await",
];
/// Calls after which a chain is an iterator.
const ITERATOR_MAKERS: &[&str] = &[
    "iter",
    "iter_mut",
    "into_iter",
    "chars",
    "bytes",
    "lines",
    "keys",
    "values",
    "split",
    "split_whitespace",
    "enumerate",
    "map",
    "filter",
    "zip",
    "rev",
    "skip",
    "take",
    "windows",
    "chunks",
    "char_indices",
    "drain",
    "filter_map",
    "flat_map",
    "cloned",
    "copied",
    "peekable",
    "chain",
    "step_by",
    "args",
];

/// Rust's profile.
pub(super) static PROFILE: Profile = Profile {
    language: Language::Rust,
    syntax: &SYNTAX,
    words: WORDS,
    naming_keywords: &[
        "fn", "let", "mut", "struct", "enum", "trait", "type", "mod", "const", "static", "for",
    ],
    block_keywords: &["if", "for", "while", "match", "loop", "else"],
    block_style: BlockStyle::Brace,
    statement_terminator: Some(";"),
    constructs,
    member_hints,
};

/// `let sum: i32 = numbers.` -> `iter().sum();` over a vector the code made (`let max = v.` ->
/// `iter().max().unwrap();`, `min` alike): the binding's name says how the elements are reduced.
fn vector_reduced(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !context.prefix.is_empty() {
        return;
    }
    // The tail of `fn total(items: &[Item]) -> u32` mapping the elements to numbers: `.map(|i| i.price).` ->
    // `sum()`, the function's result type giving the sum's.
    if access.receiver.ends_with(')')
        && access.receiver.contains(".iter().map(|")
        && context.member_starts_statement(&access)
        && let Some(function) = super::statements::enclosing_function(context)
        && matches!(function.name, "total" | "sum")
            | function.name.starts_with("total_")
            | function.name.starts_with("sum_")
        && function.results.first().is_some_and(|result| {
            matches!(
                *result,
                "u32" | "u64" | "i32" | "i64" | "usize" | "f32" | "f64"
            )
        })
    {
        out.push(Suggestion::member("sum()", 0.88));
        return;
    }
    if !is_plain_name(access.receiver) {
        return;
    }
    let Some(target) = context.assignment_target(&access) else {
        return;
    };
    let Some(name) = target
        .strip_prefix("let ")
        .map(|binding| binding.split(':').next().unwrap_or(binding).trim())
    else {
        return;
    };
    let made = super::statements::declaration_of(context, access.receiver)
        .is_some_and(|value| value.trim_start().starts_with("vec!["));
    let reduction = match name {
        "sum" | "total" => "iter().sum();",
        "max" | "largest" | "biggest" => "iter().max().unwrap();",
        "min" | "smallest" => "iter().min().unwrap();",
        _ => return,
    };
    // `sum()` needs the total's type: annotated on the binding, or the turbofish is the author's to write.
    let typed_sum = !reduction.contains("sum") || target.contains(':');
    if made && typed_sum {
        out.push(Suggestion::member(reduction, 0.88));
    }
}

/// The body of `impl From<io::Error> for Error`'s `fn from(e: io::Error) -> Self {` -> `Error::Io(e)`: the
/// variant of the file's enum that wraps the converted type.
fn from_conversion(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    // On the body's blank first line, or with the variant typed (`AppError::Io(` -> `err)`).
    let typed = context.line_before.trim_start();
    if !(context.on_blank_line_start() || typed.ends_with('(') && context.at_line_end())
        || !context.prefix.is_empty()
    {
        return;
    }
    let mut above = context.code_lines_above();
    let Some(parameter) = above
        .next()
        .and_then(|line| line.strip_prefix("fn from("))
        .and_then(|rest| rest.strip_suffix(") -> Self {"))
        .and_then(|rest| rest.split_once(": "))
    else {
        return;
    };
    let Some((source, target)) = above
        .next()
        .and_then(|line| line.strip_prefix("impl From<"))
        .and_then(|rest| rest.strip_suffix(" {"))
        .and_then(|rest| rest.rsplit_once("> for "))
    else {
        return;
    };
    let (name, _) = parameter;
    // `io::Error` and `std::io::Error` name the same type: compared by their last segments.
    let last = |path: &str| path.rsplit("::").next().unwrap_or(path).trim().to_owned();
    let wanted = (last(source), source.rsplit("::").nth(1).map(str::to_owned));
    let Some(start) = context
        .code
        .find(&format!("enum {target} {{"))
        .or_else(|| context.code.find(&format!("enum {target}{{")))
    else {
        return;
    };
    let body = context.code.get(start..).unwrap_or("");
    let body = body
        .split_once('{')
        .map_or("", |(_, rest)| rest.split('}').next().unwrap_or(""));
    let variants: Vec<&str> = body
        .split(',')
        .map(str::trim)
        .filter_map(|variant| {
            let (variant, wrapped) = variant.strip_suffix(')')?.split_once('(')?;
            let same_type = last(wrapped) == wanted.0
                && wanted
                    .1
                    .as_deref()
                    .is_none_or(|module| wrapped.contains(&format!("{module}::")));
            (same_type && is_plain_name(variant.trim())).then_some(variant.trim())
        })
        .collect();
    if let [variant] = variants.as_slice()
        && is_plain_name(name)
        && is_plain_name(target)
    {
        let whole = format!("{target}::{variant}({name})");
        let text = if typed.is_empty() {
            whole
        } else if typed == format!("{target}::{variant}(") || typed == format!("Self::{variant}(") {
            format!("{name})")
        } else {
            return;
        };
        out.push(Suggestion::construct(text, 0.85));
    }
}

/// `use std::collections::` -> `HashMap;`: the collection a program imports first, by far (in the registry's
/// crates as in tutorials); with `HashMap` imported already, the next one is a guess and nothing is said.
fn collections_import(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim() != "use std::collections::" || !context.at_line_end() {
        return;
    }
    let imported = context
        .code_lines_above()
        .any(|line| line.starts_with("use std::collections::") && line.contains("HashMap"));
    if !imported {
        out.push(Suggestion::construct("HashMap;", 0.85));
    }
}

/// `let mut scores = ` below `use std::collections::HashMap;` -> `HashMap::new();`: the collection the file
/// brought in and has not made yet (one of them: with several unmade, which one is the name's to say).
fn imported_collection_made(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const COLLECTIONS: &[&str] = &["HashMap", "HashSet", "BTreeMap", "BTreeSet", "VecDeque"];
    let statement = context.line_before.trim_start();
    let Some(binding) = statement
        .strip_prefix("let mut ")
        .and_then(|rest| rest.strip_suffix(" = "))
    else {
        return;
    };
    if !binding.chars().all(super::lexer::is_identifier_char)
        || !context.line_after.trim().is_empty()
    {
        return;
    }
    let code = context.code_before_line();
    let unmade: Vec<&str> = COLLECTIONS
        .iter()
        .copied()
        .filter(|collection| {
            let imported = code.lines().any(|line| {
                let line = line.trim_start();
                line.starts_with("use std::collections::")
                    && line
                        .split(|c: char| !c.is_alphanumeric() && c != '_')
                        .any(|word| word == *collection)
            });
            imported && !code.contains(&format!("{collection}::"))
        })
        .collect();
    if let [collection] = unmade.as_slice() {
        out.push(Suggestion::construct(format!("{collection}::new();"), 0.85));
    }
}

fn constructs(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    complete_phrase(context, &[("fn main", "fn main() {")], 0.9, out);
    // rustfmt keeps everything but items (and their attributes) off column 0.
    super::statements::top_level_keyword(
        context,
        &[
            "fn",
            "use",
            "impl",
            "enum",
            "pub",
            "const",
            "struct",
            "static",
            "type",
            "trait",
            "mod",
            "macro_rules!",
        ],
        out,
    );
    imported_from_braces(context, out);
    imported_collection_made(context, out);
    collections_import(context, out);
    from_conversion(context, out);
    vector_reduced(context, out);
    collected_vector(context, out);
    if let Some(lead) = after_return(context)
        && let Some((value, confidence)) = return_value(context)
    {
        out.push(Suggestion {
            text: format!("{lead}{value};"),
            confidence,
            kind: "expression",
            cursor_offset: 0,
        });
    }
    if context.at_line_end()
        && let Some(step) = super::statements::recursive_tail(context)
    {
        out.push(Suggestion {
            text: step,
            confidence: 0.85,
            kind: "expression",
            cursor_offset: 0,
        });
    }
    early_return(context, out);
    printed_line(context, out);
    trait_with_defaults(context, out);
    iterator_next_result(context, out);
    count_loop_element_in_map(context, out);
    shared_pointer_clone(context, out);
    line_of_reader(context, out);
    closure_by_result(context, out);
    option_for_filter_map(context, out);
    text_iteration(context, out);
    first_statement_of_body(context, out);
    formatter_write_begun(context, out);
    formatter_first_argument(context, out);
    collected_tail(context, out);
    parsed_number(context, out);
    value_just_made(context, out);
    unit_success(context, out);
    typed_constructor(context, out);
    trait_method_signature(context, out);
    formatter_signature(context, out);
    clippy_group_allowed(context, out);
    collect_into_declared(context, out);
    field_type_by_name(context, out);
    unwrap_in_main(context, out);
    read_a_line(context, out);
    range_bound(context, out);
    complete_phrase(
        context,
        &[("if let", "if let Some("), ("while let", "while let Some(")],
        0.8,
        out,
    );
    loop_header(context, out);
    match_arm(context, out);
    error_arm(context, out);
    match_subject(context, out);
    next_variant_arm(context, out);
    error_trait(context, out);
    ok_at_function_end(context, out);
    format_macro(context, out);
    field_shown_by_format(context, out);
    derive_list(context, out);
    attribute_name(context, out);
    visibility_scope(context, out);
    question_mark(context, out);
    read_line_checked(context, out);
    parsed_into_number(context, out);
    parsed_in_closure(context, out);
    shape_area_arm(context, out);
    counted_entry(context, out);
    constructor_result(context, out);
    reduce_into_declared(context, out);
    join_spawned_thread(context, out);
    reported_error(context, out);
    popped_until_empty(context, out);
    shared_state_member(context, out);
    dominant_path_member(context, out);
    borrowed_result(context, out);
    impl_of_new_struct(context, out);
    parse_declared_number(context, out);
    lookup_in_map(context, out);
    enumerated_loop(context, out);
    formatter_of_display(context, out);
    natural_order_comparator(context, out);
    lines_of_locked_input(context, out);
    response_text(context, out);
    displayed_fields(context, out);
    boxed_link(context, out);
    count_returned(context, out);
    match_on_displayed_enum(context, out);
    expected_sum_in_assertion(context, out);
    converted_variant(context, out);
    constructor_fields(context, out);
}

/// `let body = reqwest::get(url).await?.` -> `text().await?`: a body, text or page read from a response is its
/// text (a `json` one would be named for what it holds).
fn response_text(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    // Read from the line: the receiver ends with `?`, which a member access does not take in.
    let Some((binding, receiver)) = context
        .before_prefix()
        .trim_start()
        .strip_prefix("let ")
        .and_then(|rest| rest.strip_suffix('.'))
        .and_then(|rest| rest.split_once(" = "))
    else {
        return;
    };
    let named_text = matches!(binding, "body" | "text" | "html" | "page" | "content");
    let response = receiver.starts_with("reqwest::get(") && receiver.ends_with(").await?");
    if named_text
        && response
        && context.at_line_end()
        && let Some(rest) = "text().await?".strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest, 0.88));
    }
}

/// In `fmt` of `impl Display for Point`, `write!(f, "({}, {})", ` -> `self.x, self.y)`: as many placeholders as
/// the struct has fields, shown in the order it declares them.
fn displayed_fields(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(format) = typed
        .strip_prefix("write!(")
        .and_then(|rest| rest.split_once(", \""))
        .and_then(|(_, format)| format.strip_suffix("\", "))
    else {
        return;
    };
    let placeholders = format.matches("{}").count();
    if placeholders == 0 || format.matches('{').count() != placeholders || format.contains('"') {
        return;
    }
    let in_fmt = super::statements::enclosing_function(context)
        .is_some_and(|function| function.name == "fmt");
    let Some(fields) =
        implemented_struct_fields(context).filter(|fields| fields.len() == placeholders)
    else {
        return;
    };
    if in_fmt {
        let shown: Vec<String> = fields
            .iter()
            .map(|(name, _)| format!("self.{name}"))
            .collect();
        out.push(Suggestion::construct(
            format!("{})", shown.join(", ")),
            0.88,
        ));
    }
}

/// In `fmt` of `impl Display for AppError` where `AppError` is an enum, `match ` -> `self {`: each variant is
/// shown its own way.
fn match_on_displayed_enum(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty()
        || !context.at_line_end()
        || context.line_before.trim_start() != "match "
    {
        return;
    }
    let Some(function) =
        super::statements::enclosing_function(context).filter(|function| function.name == "fmt")
    else {
        return;
    };
    if function.body_start == 0 {
        return;
    }
    let before_line = context.code_before_line();
    let displayed = before_line
        .lines()
        .rev()
        .find(|line| line.starts_with("impl"))
        .and_then(|header| header.trim_end().strip_suffix('{'))
        .and_then(|header| header.rsplit_once(" for "))
        .map(|(_, name)| name.trim());
    let is_enum = displayed.is_some_and(|name| {
        !name.is_empty()
            && context.code.lines().any(|line| {
                line.trim_start()
                    .trim_start_matches("pub ")
                    .strip_prefix("enum ")
                    .is_some_and(|rest| rest.trim_end().trim_end_matches('{').trim() == name)
            })
    });
    if is_enum {
        out.push(Suggestion::construct("self {", 0.88));
    }
}

/// `assert_eq!(add(1, 2), ` -> `3);`: a test of a function named for an arithmetic operation, called on integer
/// literals, expects their result.
fn expected_sum_in_assertion(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let Some(call) = context
        .line_before
        .trim_start()
        .strip_prefix("assert_eq!(")
        .and_then(|rest| rest.strip_suffix(", "))
    else {
        return;
    };
    if let Some(result) = super::idioms::arithmetic_call_result(call) {
        out.push(Suggestion::construct(format!("{result});"), 0.85));
    }
}

/// `for line in stdin.lock().` (or `reader.`) -> `lines() {`: a loop over `line` reads its input line by line.
fn lines_of_locked_input(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let walks_lines = context
        .before_receiver(&access)
        .is_some_and(|before| before.trim() == "for line in");
    let input = access.receiver.ends_with(".lock()")
        || access.receiver.ends_with("stdin()")
        || matches!(access.receiver, "reader" | "input");
    if walks_lines
        && input
        && context.at_line_end()
        && let Some(rest) = "lines() {".strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest, 0.88));
    }
}

/// `v.sort_by(|a, b| ` -> `a.cmp(b));`: the closure's two parameters compared in their natural order.
fn natural_order_comparator(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let Some(parameters) = context
        .line_before
        .trim_end()
        .strip_suffix('|')
        .and_then(|before| before.rsplit_once(".sort_by(|"))
        .map(|(_, parameters)| parameters)
    else {
        return;
    };
    let Some((first, second)) = parameters.split_once(',') else {
        return;
    };
    let (first, second) = (first.trim(), second.trim());
    let simple =
        |name: &str| !name.is_empty() && name.chars().all(super::lexer::is_identifier_char);
    if simple(first) && simple(second) && context.line_before.ends_with(' ') {
        out.push(Suggestion::construct(
            format!("{first}.cmp({second}));"),
            0.85,
        ));
    }
}

/// `for (i, item) in items.iter().` -> `enumerate() {`: a loop whose pattern pairs an index with the element
/// counts the elements as it walks them.
fn enumerated_loop(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let Some(pattern) = context
        .before_receiver(&access)
        .map(str::trim)
        .and_then(|before| before.strip_prefix("for ("))
        .and_then(|before| before.strip_suffix(" in"))
        .and_then(|before| before.strip_suffix(')'))
    else {
        return;
    };
    let walks = ["iter()", "iter_mut()", "into_iter()", "chars()", "lines()"]
        .iter()
        .any(|walk| access.receiver.ends_with(&format!(".{walk}")));
    let indexed = pattern.split_once(',').is_some_and(|(index, _)| {
        matches!(
            index.trim(),
            "i" | "idx" | "index" | "n" | "line_number" | "line_no" | "pos" | "position"
        )
    });
    if walks
        && indexed
        && context.at_line_end()
        && let Some(rest) = "enumerate() {".strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest, 0.88));
    }
}

/// `write!(` in `fn fmt(&self, f: &mut fmt::Formatter...)` -> `f, `: a `Display` writes into its formatter.
fn formatter_of_display(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    if typed != "write!(" && typed != "writeln!(" {
        return;
    }
    let formatter = super::statements::enclosing_function(context)
        .filter(|function| function.name == "fmt")
        .and_then(|function| {
            function
                .parameters
                .iter()
                .find(|parameter| parameter.type_text.contains("Formatter"))
                .map(|parameter| parameter.name.to_owned())
        });
    if let Some(formatter) = formatter {
        out.push(Suggestion::construct(format!("{formatter}, "), 0.88));
    }
}

/// `let n: u32 = input.trim().` -> `parse()`: text trimmed into a declared number is parsed.
fn parse_declared_number(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let declared_number = context
        .line_before
        .trim_start()
        .strip_prefix("let ")
        .and_then(|rest| rest.split_once('='))
        .and_then(|(target, _)| target.split_once(':'))
        .is_some_and(|(_, type_text)| NUMBER_TYPES.contains(&type_text.trim()));
    if declared_number
        && access.receiver.ends_with(".trim()")
        && context.at_line_end()
        && let Some(rest) = "parse()".strip_prefix(context.prefix)
        && rest.len() > "()".len()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// `if let Some(v) = counts.` for a map -> `get()`: a lookup that may find nothing.
fn lookup_in_map(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let pattern = context
        .before_receiver(&access)
        .map(str::trim)
        .is_some_and(|before| {
            (before.starts_with("if let Some(") || before.starts_with("while let Some("))
                && before.ends_with(") =")
        });
    if pattern
        && context.at_line_end()
        && declaration_of(context, access.receiver).is_some_and(|declaration| {
            declaration.contains("HashMap") || declaration.contains("BTreeMap")
        })
        && let Some(rest) = "get()".strip_prefix(context.prefix)
        && rest.len() > "()".len()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// `handle.` starting a statement, where `handle = thread::spawn(...)` -> `join().unwrap();`: the spawned
/// thread is waited for.
fn join_spawned_thread(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !context.member_starts_statement(&access) || !context.at_line_end() {
        return;
    }
    let spawned = declaration_of(context, access.receiver).is_some_and(|declaration| {
        let declaration = declaration.trim_start();
        declaration.starts_with("thread::spawn(") || declaration.starts_with("std::thread::spawn(")
    });
    if spawned
        && let Some(rest) = "join().unwrap();".strip_prefix(context.prefix)
        && context.prefix.len() < "join".len()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// `*counts.entry(word).` -> `or_insert(0) += 1;`: counting with a map's entry (`*counts.entry(word).or_insert(`
/// -> `0) += 1;`).
fn counted_entry(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    // The book's two-line count: `let count = map.entry(word).or_insert(0);` then `*count ` -> `+= 1;`.
    if let Some(count) = typed
        .strip_prefix('*')
        .and_then(|rest| rest.strip_suffix(' '))
        .filter(|count| super::lexer::is_plain_name(count))
        && context.at_line_end()
        && context.prefix.is_empty()
        && context.previous_code_line().is_some_and(|line| {
            line.trim_start()
                .strip_prefix("let ")
                .and_then(|rest| rest.strip_prefix(count))
                .is_some_and(|rest| rest.starts_with(" = ") && rest.ends_with(".or_insert(0);"))
        })
    {
        out.push(Suggestion::construct("+= 1;", 0.9));
        return;
    }
    if context.at_line_end()
        && typed.starts_with('*')
        && typed.contains(".entry(")
        && typed.ends_with(").or_insert(")
    {
        out.push(Suggestion::construct("0) += 1;", 0.9));
        return;
    }
    let Some(access) = context.dot_member() else {
        return;
    };
    // The entry's key may itself be a call (`entry(word.to_string())`): its brackets close at the receiver's end.
    let key_closes_at_end = access
        .receiver
        .rsplit_once(".entry(")
        .is_some_and(|(_, key)| {
            key.ends_with(')') && key.matches('(').count() + 1 == key.matches(')').count()
        });
    let counted = key_closes_at_end
        && context
            .before_receiver(&access)
            .is_some_and(|before| before.trim() == "*");
    if counted
        && context.at_line_end()
        && let Some(rest) = "or_insert(0) += 1;".strip_prefix(context.prefix)
        && context.prefix.len() < "or_insert".len()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.9));
    }
}

/// `fn new(x: f64, y: f64) -> ` in an `impl` -> `Self {`: a constructor returns the type it is implemented on.
fn constructor_result(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let typed = typed.strip_prefix("pub ").unwrap_or(typed);
    if !typed.starts_with("fn new(") || !typed.ends_with(") -> ") {
        return;
    }
    let tokens = context.tokens_before();
    let in_impl = open_braces(context, tokens).last().is_some_and(|&brace| {
        tokens
            .get(header_start(context, tokens, brace))
            .is_some_and(|first| first.is_word(context.code, "impl"))
    });
    if in_impl {
        out.push(Suggestion::construct("Self {", 0.88));
    }
}

/// `let total: i32 = v.iter().` -> `sum()`: an iterator given to a declared number named for a total is summed
/// (`count` for a count).
fn reduce_into_declared(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !access.receiver.ends_with(')')
        || ![".iter()", ".into_iter()", ".map(", ".filter(", ".values()"]
            .iter()
            .any(|step| access.receiver.contains(step))
    {
        return;
    }
    let Some((name, type_text)) = context
        .line_before
        .trim_start()
        .strip_prefix("let ")
        .and_then(|rest| rest.split_once('='))
        .and_then(|(target, _)| target.split_once(':'))
    else {
        return;
    };
    if !NUMBER_TYPES.contains(&type_text.trim()) {
        return;
    }
    let name = name.trim().trim_start_matches("mut ");
    let method = if name.contains("total") || name.contains("sum") {
        "sum()"
    } else if name.contains("count") {
        "count()"
    } else {
        return;
    };
    if context.at_line_end()
        && let Some(rest) = method.strip_prefix(context.prefix)
        && rest.len() > "()".len()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// `#![allow(clippy::` -> `all)]`: a module-wide silencing of clippy is the whole group, as generated code
/// (bindings, features) writes it. Not in a file that named a clippy lint above: that one picks lints one by one.
fn clippy_group_allowed(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.before_prefix().trim_start() != "#![allow(clippy::" || !context.at_line_end() {
        return;
    }
    let line_start = context.cursor.saturating_sub(context.line_before.len());
    let earlier = context.code.get(..line_start).unwrap_or("");
    if !earlier.contains("clippy::")
        && let Some(rest) = "all)]".strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::of_kind(rest, 0.8, "construct"));
    }
}

/// The rest of `fn fmt(&self, ` in a `Display` or `Debug` impl, spelled as the file's earlier `fmt` spells it
/// (`fmt: &mut core::fmt::Formatter<'_>`), else the common `f` and the impl's path (`f: &mut fmt::Formatter`); then, part by part,
/// `&mut core::` -> `fmt::`, `&mut fmt::` -> `Formatter`, `-> fmt::` -> `Result {`. Every formatting trait has
/// this one signature, so what is typed of it only picks the spelling.
fn formatter_signature(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const HEAD: &str = "fn fmt(&self, ";
    let Some(typed) = context.before_prefix().trim_start().strip_prefix(HEAD) else {
        return;
    };
    if !context.at_line_end() {
        return;
    }
    let mut push = |text: &str| {
        if let Some(rest) = text.strip_prefix(context.prefix)
            && !rest.is_empty()
        {
            out.push(Suggestion::of_kind(rest, 0.88, "construct"));
        }
    };
    if typed.is_empty() {
        let line_start = context.cursor.saturating_sub(context.line_before.len());
        let earlier = context.code.get(..line_start).unwrap_or("");
        let precedent = earlier
            .rfind(HEAD)
            .and_then(|at| earlier.get(at + HEAD.len()..))
            .and_then(|rest| rest.lines().next())
            .and_then(|rest| {
                rest.find("Formatter")
                    .map(|at| &rest[..at + "Formatter".len()])
            })
            .filter(|parameter| parameter.contains(": &mut "));
        // Else the path the impl names the trait by (`impl core::fmt::Debug for Key`).
        let header = earlier
            .lines()
            .rev()
            .find(|line| line.trim_start().starts_with("impl"))
            .unwrap_or("");
        let default = if header.contains("core::fmt::") {
            "f: &mut core::fmt::Formatter"
        } else if header.contains("std::fmt::") {
            "f: &mut std::fmt::Formatter"
        } else {
            "f: &mut fmt::Formatter"
        };
        push(precedent.unwrap_or(default));
        return;
    }
    let Some(path) = typed.strip_suffix("::") else {
        return;
    };
    let last = path
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '_'))
        .next()
        .unwrap_or("");
    let returned = path.contains("Formatter") && path.contains("-> ");
    let parameter = path.contains(": &mut ") && !path.contains(')');
    if !(returned || parameter) {
        return;
    }
    match last {
        "core" | "std" => push("fmt::"),
        "fmt" if returned => push("Result {"),
        "fmt" => push("Formatter"),
        _ => {}
    }
}

/// `fn ` in `impl fmt::Display for Point {` -> `fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {`: the one
/// method the standard trait asks for (`Display`, `Debug`, `Iterator`, `Default`, `From`, `Drop`), or the first
/// method without a body of a trait the file defines (`fn ` in `impl Shape for Square {` -> `area(&self) -> f64 {`).
/// On the blank first line of such an impl, the whole line (`fn area(&self) -> f64 {`); after a method, the trait's
/// next one not written yet (`fn ` under `fn name(&self)`'s body -> `speak(&self) -> String {`).
fn trait_method_signature(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let keyword_typed = typed == format!("fn {}", context.prefix);
    let blank_line = typed == context.prefix && "fn".starts_with(context.prefix);
    // A type's own methods may be public; a trait's never are.
    let public_typed = typed == format!("pub fn {}", context.prefix);
    if !context.at_line_end() || !(keyword_typed || blank_line || public_typed) {
        return;
    }
    let tokens = context.tokens_before();
    let Some(&brace) = open_braces(context, tokens).last() else {
        return;
    };
    let header = super::statements::header_words(context, tokens, brace);
    // The methods the impl already has (`type Item = u32;` may come first).
    let body = tokens
        .get(brace + 1..tokens.len().saturating_sub(1))
        .unwrap_or_default();
    let implemented: Vec<&str> = body
        .windows(2)
        .filter(|pair| pair[0].is_word(context.code, "fn"))
        .map(|pair| context.text(&pair[1]))
        .collect();
    let earlier_method = !implemented.is_empty();
    if header.first() != Some(&"impl") {
        return;
    }
    // On a blank line, only right after the impl's brace (a blank line after `type Item = u32;` may be anything)
    // or after the closing brace of its previous method.
    let after_method = context
        .code_lines_above()
        .next()
        .is_some_and(|line| line == "}");
    if blank_line && brace + 1 != tokens.len() && !(earlier_method && after_method) {
        return;
    }
    let Some(for_at) = header.iter().position(|word| *word == "for") else {
        // A type's own first method, begun: its constructor (`fn ne` -> `w(`).
        if !earlier_method
            && (keyword_typed || public_typed)
            && !context.prefix.is_empty()
            && let Some(rest) = "new".strip_prefix(context.prefix)
            && !rest.is_empty()
        {
            out.push(Suggestion::construct(format!("{rest}()"), 0.85));
        }
        return;
    };
    if public_typed {
        return;
    }
    let trait_name = header.get(for_at.saturating_sub(1)).copied().unwrap_or("");
    let path = header.get(1..for_at).unwrap_or_default().concat();
    let formatter = if path.starts_with("std::fmt::") {
        "std::fmt"
    } else {
        "fmt"
    };
    let signature = match trait_name {
        // After the first method only a trait of the file asks for more: its next method not written yet.
        _ if earlier_method => {
            match first_required_method(context.code, trait_name, &implemented) {
                Some(signature) => signature,
                None => return,
            }
        }
        "Display" | "Debug" => {
            format!("fmt(&self, f: &mut {formatter}::Formatter) -> {formatter}::Result {{")
        }
        "Iterator" => "next(&mut self) -> Option<Self::Item> {".to_owned(),
        "Default" => "default() -> Self {".to_owned(),
        "Drop" => "drop(&mut self) {".to_owned(),
        // `impl From<io::Error> for AppError`: the parameter is what is converted (an error is called `err`).
        ">" if path.starts_with("From<") && path.ends_with('>') => {
            let source = &path["From<".len()..path.len() - 1];
            let parameter = if source.ends_with("Error") {
                "err"
            } else {
                "value"
            };
            format!("from({parameter}: {source}) -> Self {{")
        }
        // A trait of the file: its first required method.
        _ => match first_required_method(context.code, trait_name, &[]) {
            Some(signature) => signature,
            None => return,
        },
    };
    let line = if blank_line {
        format!("fn {signature}")
    } else {
        signature
    };
    if let Some(rest) = line.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(
            rest,
            if blank_line || earlier_method {
                0.86
            } else {
                0.9
            },
        ));
    }
}

/// The signature of the first method without a default body in `trait {name} {` of `code` that is not in
/// `implemented`, opened as a body (`area(&self) -> f64 {`).
fn first_required_method(code: &str, name: &str, implemented: &[&str]) -> Option<String> {
    let header = ["pub trait ", "trait "]
        .iter()
        .find_map(|keyword| code.find(&format!("{keyword}{name} {{")))?;
    super::statements::block_lines(code.get(header..)?).find_map(|line| {
        let signature = line.strip_prefix("fn ")?.strip_suffix(';')?;
        let method = signature.split(['(', '<']).next()?;
        (!implemented.contains(&method)).then(|| format!("{signature} {{"))
    })
}

/// `let doubled: Vec<i32> = v.iter().map(|x| x * 2).` -> `collect()`: an iterator given to a declared collection
/// is collected into it.
fn collect_into_declared(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const COLLECTIONS: &[&str] = &[
        "Vec<",
        "HashMap<",
        "HashSet<",
        "BTreeMap<",
        "BTreeSet<",
        "String",
        "VecDeque<",
    ];
    let Some(access) = context.dot_member() else {
        return;
    };
    let iterates = [
        ".iter()",
        ".into_iter()",
        ".chars()",
        ".lines()",
        ".map(",
        ".filter(",
        ".enumerate()",
        ".zip(",
        ".split(",
        ".split_whitespace()",
        ".keys()",
        ".values()",
        ".bytes()",
        ".rev()",
        ".cloned()",
        ".copied()",
        ".filter_map(",
        ".flat_map(",
        ".take(",
        ".skip(",
        ".drain(",
        "args()",
    ]
    .iter()
    .any(|step| access.receiver.contains(step));
    let declared = context
        .line_before
        .trim_start()
        .strip_prefix("let ")
        .and_then(|rest| rest.split_once('='))
        .and_then(|(target, _)| target.split_once(':'))
        .is_some_and(|(_, type_text)| {
            let type_text = type_text.trim();
            COLLECTIONS
                .iter()
                .any(|collection| type_text.starts_with(collection))
        });
    if iterates
        && declared
        && access.receiver.ends_with(')')
        && context.at_line_end()
        && let Some(rest) = "collect()".strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// In a struct, `name: ` -> `String,`, `age: ` -> `u32,`, `is_admin: ` -> `bool,`: a field's type said by its
/// name (`statements::field_kind`).
fn field_type_by_name(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() || !context.line_before.ends_with(": ")
    {
        return;
    }
    let field = context
        .line_before
        .trim()
        .trim_end_matches(':')
        .trim_start_matches("pub ");
    if field.is_empty() || !field.chars().all(super::lexer::is_identifier_char) {
        return;
    }
    let tokens = context.tokens_before();
    let in_struct = open_braces(context, tokens).last().is_some_and(|&brace| {
        tokens
            .get(header_start(context, tokens, brace)..brace)
            .is_some_and(|header| {
                header
                    .iter()
                    .any(|token| token.is_word(context.code, "struct"))
            })
    });
    if !in_struct {
        return;
    }
    let type_text = match super::statements::field_kind(field) {
        Some(super::statements::FieldKind::Text) => "String",
        Some(super::statements::FieldKind::Count) => "usize",
        // Ages, years and ports are whole; prices, sizes on screen and coordinates are not.
        Some(super::statements::FieldKind::Number)
            if matches!(field, "age" | "year" | "port" | "quantity" | "timeout") =>
        {
            "u32"
        }
        Some(super::statements::FieldKind::Number) => "f64",
        Some(super::statements::FieldKind::Identifier) => "u64",
        Some(super::statements::FieldKind::Flag) => "bool",
        None => return,
    };
    out.push(Suggestion::construct(format!("{type_text},"), 0.8));
}

/// `let mut counts: HashMap<String, usize> = ` -> `HashMap::new();`: a declared collection starts empty.
fn typed_constructor(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const EMPTY_MADE: &[&str] = &[
        "Vec",
        "String",
        "HashMap",
        "HashSet",
        "BTreeMap",
        "BTreeSet",
        "VecDeque",
        "BinaryHeap",
    ];
    if !context.prefix.is_empty() || !context.line_before.ends_with("= ") {
        return;
    }
    let Some(type_text) = context
        .line_before
        .trim()
        .strip_prefix("let ")
        .and_then(|rest| rest.strip_suffix('='))
        .and_then(|rest| rest.split_once(':'))
        .map(|(_, type_text)| type_text.trim())
    else {
        return;
    };
    let name = type_text.split('<').next().unwrap_or("").trim();
    if EMPTY_MADE.contains(&name) {
        out.push(Suggestion::construct(format!("{name}::new();"), 0.85));
    }
}

/// In a function that cannot return an error (`fn main()`), `input.parse().`,
/// `std::fs::read_to_string(path).` or `v.iter().max().` -> `unwrap()`: a beginner's program stops on the error (or
/// the missing value); `m.lock().` and `handle.join().` -> `unwrap()` in any function.
fn unwrap_in_main(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let fallible = [
        ".parse()",
        ".parse::<",
        "read_to_string(",
        "File::open(",
        "File::create(",
        ".read_line(",
        "fs::read(",
        "fs::write(",
    ]
    .iter()
    .any(|call| access.receiver.contains(call))
        && access.receiver.ends_with(')');
    // An `Option` a program takes for granted: the largest of a list, the next of an iterator.
    let optional = [
        ".max()", ".min()", ".next()", ".first()", ".last()", ".pop()",
    ]
    .iter()
    .any(|call| access.receiver.ends_with(call));
    // A lock, a thread's join and a channel's receive fail only when another thread panicked: every program
    // unwraps them, wherever it is.
    let poisoned_only = [".lock()", ".join()", ".recv()", ".write()", ".read()"]
        .iter()
        .any(|call| access.receiver.ends_with(call))
        && !access.receiver.contains("stdin");
    let Some(function) = super::statements::enclosing_function(context) else {
        return;
    };
    let returns_nothing = function.results.is_empty();
    // `env::var("PORT").ok().and_then(|p| p.parse().ok()).`: a failure turned into `None` on purpose is given a
    // default, never unwrapped.
    let taken = if access.receiver.contains(".ok()") {
        "unwrap_or()"
    } else {
        "unwrap()"
    };
    if ((fallible || optional) && returns_nothing || poisoned_only)
        && context.at_line_end()
        && let Some(rest) = taken.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.87));
    }
}

/// `std::io::stdin().` -> `read_line(&mut line)`, with the `String` made last for it; `read_line(&mut ` typed ->
/// that `String` and `)`.
fn read_a_line(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let argument_typed = context.before_prefix().ends_with(".read_line(&mut ");
    if argument_typed {
        if let Some(buffer) = last_string_made(context)
            && let Some(rest) = format!("{buffer})").strip_prefix(context.prefix)
        {
            out.push(Suggestion::construct(rest, 0.86));
        }
        return;
    }
    let reads_stdin = context
        .dot_member()
        .is_some_and(|access| access.receiver.ends_with("stdin()"));
    if reads_stdin
        && let Some(buffer) = last_string_made(context)
        && let Some(rest) = format!("read_line(&mut {buffer})").strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest.to_owned(), 0.87));
    }
}

/// The variable the last `name = String::new()` before the cursor made.
fn last_string_made<'a>(context: &Context<'a>) -> Option<&'a str> {
    let tokens = context.tokens_before();
    tokens.windows(4).rev().find_map(|window| match window {
        [name, equals, string, separator]
            if name.kind == TokenKind::Identifier
                && equals.is_symbol(context.code, "=")
                && string.is_word(context.code, "String")
                && separator.is_symbol(context.code, "::") =>
        {
            Some(context.text(name))
        }
        _ => None,
    })
}

/// `for i in 0..` -> `items.len() {`: an index walks a collection in scope (`for i in 0..items.` -> `len() {`).
fn range_bound(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.before_prefix().trim_start();
    // `for i in 0..scores.` -> `len() {`: the collection is named, its length is the bound.
    let named_collection = typed
        .strip_prefix("for ")
        .and_then(|rest| rest.split_once(" in 0..").map(|(_, bound)| bound))
        .and_then(|bound| bound.strip_suffix('.'))
        .filter(|name| is_plain_name(name))
        .map(|name| !bound_to_declared_struct(context, name));
    if named_collection == Some(false) {
        return;
    }
    if named_collection == Some(true) {
        if context.at_line_end()
            && let Some(rest) = "len() {".strip_prefix(context.prefix)
            && context.prefix.len() < "len".len()
        {
            out.push(Suggestion::member(rest, 0.86));
        }
        return;
    }
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let Some(variable) = typed
        .strip_prefix("for ")
        .and_then(|rest| rest.strip_suffix(" in 0.."))
    else {
        return;
    };
    if matches!(variable, "i" | "j" | "k" | "index" | "idx")
        && let Some(collection) = iterable_in_scope(context, None)
    {
        out.push(Suggestion::construct(format!("{collection}.len() {{"), 0.8));
    }
}

/// `filter_map(|line| line.parse::<i32>().` -> `ok())`: the closure keeps what parsed and drops the rest, so the
/// `Result` becomes the `Option` it must return (not the `unwrap()` a parse gets elsewhere), and closes the call.
fn option_for_filter_map(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if access.separator != "." || !access.receiver.ends_with(')') {
        return;
    }
    let Some((_, closure)) = context.line_before.rsplit_once(".filter_map(|") else {
        return;
    };
    let Some((_, body)) = closure.split_once('|') else {
        return;
    };
    let body = body.trim_start();
    let fallible = [".parse()", ".parse::<"]
        .iter()
        .any(|call| body.contains(call));
    // The call must still be open, and the body be the one fallible expression.
    let unclosed = 1 + body.matches('(').count();
    if !fallible || body.matches(')').count() >= unclosed || body.contains(['{', ';']) {
        return;
    }
    let closing = if context.line_after.trim_start().starts_with(')') {
        ""
    } else {
        ")"
    };
    if let Some(rest) = "ok()".strip_prefix(context.prefix) {
        out.push(Suggestion::member(format!("{rest}{closing}"), 0.9));
    }
}

/// Whether `let name = Type::...` or `let name = Type {` above binds `name` to a struct the file declares (its
/// fields, not a length, bound a loop over it: `let args = Args::parse();`).
fn bound_to_declared_struct(context: &Context<'_>, name: &str) -> bool {
    let binding = format!("let {name} = ");
    let Some(value) = context
        .code_lines_above()
        .take(200)
        .find_map(|line| line.strip_prefix(binding.as_str()))
    else {
        return false;
    };
    let type_name: String = value
        .chars()
        .take_while(|&c| super::lexer::is_identifier_char(c))
        .collect();
    type_name.starts_with(|c: char| c.is_ascii_uppercase())
        && find_definition(context.code, "struct ", &type_name).is_some()
}

/// `return ` inside an `if` of a function returning an `Option` -> `None;` (a `Result` -> `Err(`): a guard
/// leaves early with the empty answer.
fn early_return(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(lead) = after_return(context) else {
        return;
    };
    let Some(function) = super::statements::enclosing_function(context) else {
        return;
    };
    let tokens = context.tokens_before();
    let braces = open_braces(context, tokens);
    let header_word = |brace: usize| {
        tokens
            .get(header_start(context, tokens, brace))
            .map_or("", |first| context.text(first))
    };
    let in_guard = braces
        .last()
        .is_some_and(|&brace| matches!(header_word(brace), "if" | "else"));
    // Inside a loop the guard more often returns what was found (`Some(x)`): a guess then, not shown inline.
    let in_loop = braces
        .iter()
        .any(|&brace| matches!(header_word(brace), "for" | "while" | "loop"));
    let result = function.results.first().map_or("", |result| result.trim());
    // `for user in users {` `if user.name == name {`: the element the test picked out is what was found.
    let found = in_loop
        .then(|| {
            let mut enclosing = context.enclosing_lines();
            let test = enclosing.next()?;
            let element = enclosing.find_map(|header| {
                header
                    .trim_start()
                    .strip_prefix("for ")?
                    .split_once(" in ")
                    .map(|(element, _)| element.trim())
            })?;
            let mentioned = test
                .split(|c: char| !super::lexer::is_identifier_char(c))
                .any(|word| word == element);
            (super::lexer::is_plain_name(element)
                && test.trim_start().starts_with("if ")
                && mentioned)
                .then(|| format!("Some({element});"))
        })
        .flatten();
    let (value, confidence) =
        if let Some(found) = found.as_deref().filter(|_| result.starts_with("Option<")) {
            (found, 0.85)
        } else if result.starts_with("Option<") && in_loop {
            ("Some(", 0.6)
        } else if result.starts_with("Option<") {
            ("None;", 0.85)
        } else if result.starts_with("Result<") || result.starts_with("io::Result<") {
            ("Err(", 0.78)
        } else {
            return;
        };
    if in_guard {
        out.push(Suggestion::construct(format!("{lead}{value}"), confidence));
    }
}

/// On the blank first line of a function's body: `fn add(a: i32, b: i32) -> i32 {` -> `a + b` (the tail
/// expression a function named for an operation returns) and `fn new(x: i32, y: i32) -> Self {` -> `Self { x, y
/// }` (a constructor storing its parameters).
/// `write!(` in a `Display`'s `fmt` (in a `match` arm as well) -> `f, `: the formatter is what is written to.
fn formatter_first_argument(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty()
        || !context.at_line_end()
        || !(context.line_before.ends_with("write!(") || context.line_before.ends_with("writeln!("))
    {
        return;
    }
    let Some(function) = super::statements::enclosing_function(context) else {
        return;
    };
    if let Some(formatter) = function
        .parameters
        .iter()
        .find(|parameter| parameter.type_text.contains("Formatter"))
    {
        out.push(Suggestion::construct(format!("{}, ", formatter.name), 0.88));
    }
}

/// `.` ending a chain that is a function's tail, in a function returning a `Vec` (or a `HashMap`, a `String`) ->
/// `collect()`: the iterator becomes the value returned.
fn collected_tail(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    // A chain split over lines: the receiver is the previous line's last call.
    let typed = context.line_before.trim_start();
    if typed != "." {
        return;
    }
    let Some(previous) = context.previous_code_line().map(str::trim) else {
        return;
    };
    let adapter = [
        ".map(",
        ".filter(",
        ".filter_map(",
        ".flat_map(",
        ".rev()",
        ".cloned()",
        ".copied()",
        ".enumerate()",
    ]
    .iter()
    .any(|adapter| previous.starts_with(adapter));
    if !adapter || !previous.ends_with(')') {
        return;
    }
    let Some(function) = super::statements::enclosing_function(context) else {
        return;
    };
    let collects = function.results.first().is_some_and(|result| {
        let result = result.trim();
        result.starts_with("Vec<")
            || result.starts_with("HashMap<")
            || result.starts_with("HashSet<")
            || result == "String"
    });
    // The chain is the body's whole statement: from its start to here, no `let` and no `;`.
    let statement_is_tail = context
        .code_lines_above()
        .take_while(|line| !line.ends_with('{'))
        .all(|line| !line.ends_with(';') && !line.starts_with("let "));
    if collects && statement_is_tail && function.results.len() == 1 {
        out.push(Suggestion::member("collect()", 0.88));
    }
}

/// `input.trim().` in a function returning a number -> `parse().unwrap()`: a line read as text becomes the number.
fn parsed_number(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !context.prefix.is_empty() || !context.at_line_end() || !access.receiver.ends_with(".trim()")
    {
        return;
    }
    let Some(function) = super::statements::enclosing_function(context) else {
        return;
    };
    let numeric = function.results.first().is_some_and(|result| {
        matches!(
            result.trim(),
            "i32" | "i64" | "u32" | "u64" | "usize" | "f32" | "f64" | "u8" | "i8" | "u16" | "i16"
        )
    });
    if numeric && function.results.len() == 1 && context.member_starts_statement(&access) {
        out.push(Suggestion::member("parse().unwrap()", 0.86));
    }
}

/// `wr` as the first statement of a `Display`'s `fmt` -> `ite!(f, "`: the same write, its first letters typed.
fn formatter_write_begun(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.prefix.is_empty()
        || !context.before_prefix().trim().is_empty()
        || !context.at_line_end()
    {
        return;
    }
    let Some(rest) = "write".strip_prefix(context.prefix) else {
        return;
    };
    let Some(function) = super::statements::enclosing_function(context) else {
        return;
    };
    if function.name != "fmt" || context.tokens_before().len() != function.body_start {
        return;
    }
    if let Some(formatter) = function
        .parameters
        .iter()
        .find(|parameter| parameter.type_text.contains("Formatter"))
    {
        out.push(Suggestion::construct(
            format!("{rest}!({}, \"", formatter.name),
            0.85,
        ));
    }
}

/// The calls that take a value of one kind, and what the statement making such a value calls.
const TAKES_VALUE_MADE_BY: &[(&str, &[&str])] = &[
    (
        "BufReader::new(",
        &["File::open(", "TcpStream::connect(", "stdin()"],
    ),
    (
        "BufWriter::new(",
        &["File::create(", "TcpStream::connect(", "stdout()"],
    ),
    ("Rc::clone(&", &["Rc::new("]),
    ("Arc::clone(&", &["Arc::new("]),
    (
        "from_str(&",
        &["read_to_string(", "String::new()", "::get(", ".text()"],
    ),
];

/// `let file = File::open(path)?;` then `BufReader::new(` -> `file`, `let a = Rc::new(5);` then `Rc::clone(&` ->
/// `a`, `let text = fs::read_to_string(path)?;` then `serde_json::from_str(&` -> `text`: the value the line above
/// just made is the one this call takes, when the call takes that kind of value.
fn value_just_made(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let before = context.before_prefix();
    let Some((_, makers)) = TAKES_VALUE_MADE_BY
        .iter()
        .find(|(call, _)| before.ends_with(call))
    else {
        return;
    };
    let Some(statement) = context.previous_code_line().map(str::trim) else {
        return;
    };
    let Some((target, value)) = statement
        .strip_prefix("let ")
        .and_then(|rest| rest.split_once(" = "))
    else {
        return;
    };
    let target = target.trim_start_matches("mut ");
    let name = target.split(':').next().unwrap_or(target).trim();
    if !super::lexer::is_plain_name(name) || !makers.iter().any(|maker| value.contains(maker)) {
        return;
    }
    if let Some(rest) = name.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, 0.86));
    }
}

/// `let counter = Arc::` under `let counter = Arc::new(Mutex::new(0));` -> `clone(&counter);`: a shared pointer
/// rebound under its own name (in a loop that hands it to a thread) is a clone of the one above, never a new one.
fn shared_pointer_clone(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let typed = context.before_prefix().trim_start();
    let Some((name, pointer)) = typed
        .strip_prefix("let ")
        .and_then(|rest| rest.strip_suffix("::"))
        .and_then(|rest| rest.split_once(" = "))
        .filter(|(_, pointer)| matches!(*pointer, "Arc" | "Rc"))
    else {
        return;
    };
    let name = name.trim_start_matches("mut ").trim();
    let made = format!("let {name} = {pointer}::new(");
    let made_mut = format!("let mut {name} = {pointer}::new(");
    let shadowed = super::lexer::is_plain_name(name)
        && context
            .code_lines_above()
            .take(40)
            .any(|line| line.starts_with(&made) || line.starts_with(&made_mut));
    if shadowed && let Some(rest) = format!("clone(&{name});").strip_prefix(context.prefix) {
        out.push(Suggestion::member(rest.to_owned(), 0.9));
    }
}

/// `Ok(` in a function returning `Result<()>` (`io::Result<()>`, `Result<(), Box<dyn Error>>`) -> `())`: success
/// carries nothing there.
fn unit_success(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let text = match context.line_before.trim_start() {
        "Ok(" => "())",
        "return Ok(" => "());",
        _ => return,
    };
    let Some(function) = super::statements::enclosing_function(context) else {
        return;
    };
    let unit = function.results.first().is_some_and(|result| {
        let result: String = result.chars().filter(|c| !c.is_whitespace()).collect();
        // The path is the type's own (`io::Result<()>`), not one inside its arguments (`Box<dyn std::error::Error>`).
        result.split_once('<').is_some_and(|(head, arguments)| {
            head.rsplit("::").next() == Some("Result") && arguments.starts_with("()")
        })
    });
    if unit && function.results.len() == 1 {
        out.push(Suggestion::construct(text, 0.88));
    }
}

fn first_statement_of_body(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.on_blank_line_start() || !context.at_line_end() {
        return;
    }
    let Some(function) = super::statements::enclosing_function(context) else {
        return;
    };
    if context.tokens_before().len() != function.body_start {
        return;
    }
    let names: Vec<&str> = function.parameter_names().collect();
    if function.results.is_empty() {
        // A method that returns nothing may still be obvious: a stack's `push`.
        if let Some(body) = implemented_struct_fields(context)
            .and_then(|fields| method_of_fields(function.name, &names, &fields))
        {
            out.push(Suggestion::construct(body, 0.85));
        }
        return;
    }
    // `fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {`: a `Display` or `Debug` implementation writes.
    if function.name == "fmt"
        && let Some(formatter) = function
            .parameters
            .iter()
            .find(|parameter| parameter.type_text.contains("Formatter"))
    {
        out.push(Suggestion::construct(
            format!("write!({}, \"", formatter.name),
            0.85,
        ));
        return;
    }
    if function.name == "new"
        && function.results.first().map(|result| result.trim()) == Some("Self")
        && !names.is_empty()
        && names
            .iter()
            .all(|name| name.chars().all(super::lexer::is_identifier_char))
    {
        // The implemented struct's fields in their declared order: a parameter's own by shorthand, the others at
        // their empty value (`Self { count: 0, step }`).
        if let Some(fields) = implemented_struct_fields(context)
            && names
                .iter()
                .all(|name| fields.iter().any(|(field, _)| field == name))
        {
            let values: Option<Vec<String>> = fields
                .iter()
                .map(|(field, type_text)| {
                    if names.contains(field) {
                        Some((*field).to_owned())
                    } else {
                        Some(format!("{field}: {}", empty_value(type_text)?))
                    }
                })
                .collect();
            if let Some(values) = values {
                out.push(Suggestion::construct(
                    format!("Self {{ {} }}", values.join(", ")),
                    0.85,
                ));
            }
            return;
        }
        // Sure only when the file declares a struct with a field for every parameter.
        let fields_declared = context.code.match_indices("struct ").any(|(start, _)| {
            let body = context.code.get(start..).unwrap_or("");
            let body = body
                .get(..body.find('}').unwrap_or(body.len()))
                .unwrap_or("");
            body.contains('{') && names.iter().all(|name| body.contains(&format!("{name}:")))
        });
        out.push(Suggestion::construct(
            format!("Self {{ {} }}", names.join(", ")),
            if fields_declared { 0.85 } else { 0.6 },
        ));
    } else if (2..=3).contains(&names.len())
        && let Some(operator) = super::statements::operator_for(function.name)
    {
        out.push(Suggestion {
            text: names.join(operator),
            confidence: 0.9,
            kind: "expression",
            cursor_offset: 0,
        });
    } else if let [parameter] = names.as_slice()
        && let Some(expression) =
            super::statements::unary_operation(function.name, parameter, Language::Rust)
    {
        out.push(Suggestion {
            text: expression,
            confidence: 0.9,
            kind: "expression",
            cursor_offset: 0,
        });
    } else if let Some(body) = implemented_struct_fields(context)
        .and_then(|fields| method_of_fields(function.name, &names, &fields))
    {
        out.push(Suggestion::construct(body, 0.85));
    }
}

/// `for c in s.` -> `chars() {` over a string: the loop variable names what is iterated (`b` -> `bytes()`,
/// `line` -> `lines()`, `word` -> `split_whitespace()`).
fn text_iteration(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let Some(variable) = context
        .before_receiver(&access)
        .and_then(|before| before.trim_start().strip_prefix("for "))
        .and_then(|rest| rest.strip_suffix(" in "))
    else {
        return;
    };
    let is_text = declaration_of(context, access.receiver).is_some_and(|value| {
        let value = value.trim_start();
        value.starts_with('"')
            || value.starts_with("String")
            || value.starts_with("&str")
            || value.starts_with("&String")
    });
    let method = match variable {
        "c" | "ch" | "char" | "character" | "letter" => "chars()",
        "b" | "byte" => "bytes()",
        "line" => "lines()",
        "word" => "split_whitespace()",
        _ => return,
    };
    if is_text
        && context.at_line_end()
        && let Some(rest) = format!("{method} {{").strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// The named fields of the struct whose `impl` block holds the cursor, as `(name, type)`: read from the lines of
/// `struct T {` (one field per line), found by the name after the last `impl` (or its `for`) above the cursor.
pub(super) fn implemented_struct_fields<'a>(
    context: &Context<'a>,
) -> Option<Vec<(&'a str, &'a str)>> {
    let before_line = context.code_before_line();
    let header = before_line
        .lines()
        .rev()
        .find(|line| line.starts_with("impl"))?;
    let type_name = implemented_type(header)?;
    // `struct Point {` or a generic `struct Stack<T> {`.
    let start = find_definition(context.code, "struct ", type_name)?;
    let declaration = context
        .code
        .get(start + "struct ".len() + type_name.len()..)?;
    let (generics, body) = declaration.split_once('{')?;
    let generics = generics.trim();
    if !(generics.is_empty() || generics.starts_with('<') && generics.ends_with('>')) {
        return None;
    }
    let body = body.get(..body.find('}')?)?;
    // One field a line, or several on the struct's one line (`struct Point { x: i32, y: i32 }`): split at the
    // commas and line breaks outside a type's own brackets (`HashMap<String, u32>`).
    let mut pieces: Vec<&str> = Vec::new();
    let (mut depth, mut start) = (0_usize, 0_usize);
    for (index, character) in body.char_indices() {
        match character {
            '<' | '(' | '[' => depth += 1,
            '>' | ')' | ']' => depth = depth.saturating_sub(1),
            ',' | '\n' if depth == 0 => {
                pieces.push(body.get(start..index).unwrap_or(""));
                start = index + 1;
            }
            _ => {}
        }
    }
    pieces.push(body.get(start..).unwrap_or(""));
    let fields: Option<Vec<(&str, &str)>> = pieces
        .into_iter()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("//") && !line.starts_with("#["))
        .map(|line| {
            let line = line.strip_prefix("pub ").unwrap_or(line);
            let (name, type_text) = line.split_once(':')?;
            Some((name.trim(), type_text.trim().trim_end_matches(',').trim()))
        })
        .collect();
    fields.filter(|fields| !fields.is_empty())
}

/// The body of a method that the struct's fields make obvious: `fn new() -> Self {` -> every field at its
/// empty value (`Self { items: Vec::new(), count: 0 }`); for a struct around one `Vec` (the textbook stack),
/// `push(&mut self, item)` -> `self.items.push(item);`, `pop` -> `self.items.pop()`, `peek` -> `self.items.last()`,
/// `is_empty` and `len` -> the `Vec`'s own.
fn method_of_fields(method: &str, parameters: &[&str], fields: &[(&str, &str)]) -> Option<String> {
    if method == "new" && parameters.is_empty() {
        let values: Option<Vec<String>> = fields
            .iter()
            .map(|(name, type_text)| Some(format!("{name}: {}", empty_value(type_text)?)))
            .collect();
        return Some(format!("Self {{ {} }}", values?.join(", ")));
    }
    let [(items, type_text)] = fields else {
        return None;
    };
    if !type_text.starts_with("Vec<") {
        return None;
    }
    let body = match (method, parameters) {
        ("push" | "add", [item]) => format!("self.{items}.push({item});"),
        ("pop", []) => format!("self.{items}.pop()"),
        ("peek" | "top" | "last", []) => format!("self.{items}.last()"),
        ("is_empty", []) => format!("self.{items}.is_empty()"),
        ("len" | "size", []) => format!("self.{items}.len()"),
        _ => return None,
    };
    Some(body)
}

/// The empty value of a field's type (`Vec<T>` -> `Vec::new()`, `u32` -> `0`), or `None` for a type whose value
/// is the caller's to give.
fn empty_value(type_text: &str) -> Option<String> {
    let name = type_text.split('<').next().unwrap_or("").trim();
    let value = match name {
        "Vec" | "String" | "HashMap" | "HashSet" | "BTreeMap" | "BTreeSet" | "VecDeque" => {
            format!("{name}::new()")
        }
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "u8" | "u16" | "u32" | "u64" | "u128"
        | "usize" => "0".to_owned(),
        "f32" | "f64" => "0.0".to_owned(),
        "bool" => "false".to_owned(),
        "Option" => "None".to_owned(),
        _ => return None,
    };
    Some(value)
}

/// Macros whose first argument is a format string.
const FORMAT_MACROS: &[&str] = &[
    "println!",
    "print!",
    "eprintln!",
    "eprint!",
    "format!",
    "panic!",
    "write!",
    "writeln!",
];

/// `println!(` -> `"{}", );` with the caret after `", "`; `println!("{}", ` -> the nearest `let` binding and `);`.
fn format_macro(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let ending =
        if typed.starts_with("let ") || typed.starts_with("return ") || !typed.contains('=') {
            ";"
        } else {
            ""
        };
    let ending = if typed.contains("= format!(") || typed.starts_with("format!(") {
        if typed.starts_with("let ") { ";" } else { "" }
    } else {
        ending
    };
    if let Some(name) = FORMAT_MACROS
        .iter()
        .find(|name| typed.ends_with(&format!("{name}(")))
    {
        // `write!(f, ...)` takes its destination first.
        if name.starts_with("write") {
            return;
        }
        // A value bound on the line just above is what gets shown.
        if let Some((binding, value)) = bound_just_above(context) {
            let placeholder = if debug_only(context, value) {
                "{:?}"
            } else {
                "{}"
            };
            out.push(Suggestion::construct(
                format!("\"{placeholder}\", {binding}){ending}"),
                0.86,
            ));
        }
        // Under `if args.len() < 2 {` the message is a usage line, whose words are the program's own: the
        // template with an empty argument is only listed.
        let usage = context.enclosing_lines().next().is_some_and(|header| {
            header.trim_start().starts_with("if ") && header.contains("args.len()")
        });
        // `format!` builds a text whose template is the point of the call (`"{}: {} x {:.2}"`): one
        // placeholder is a guess, listed only; printing one value is what `println!(` most often does.
        let composed = *name == "format!";
        let confidence = if usage || composed { 0.6 } else { 0.85 };
        out.push(Suggestion::construct(
            format!("\"{{}}\", ){ending}"),
            confidence,
        ));
        return;
    }
    let Some(open) = FORMAT_MACROS
        .iter()
        .filter_map(|name| typed.rfind(&format!("{name}(\"")))
        .max()
    else {
        return;
    };
    // The format string, then `, ` and nothing else: the first argument is next.
    let Some(format_string) = typed
        .get(open..)
        .and_then(|call| call.split_once("(\""))
        .map(|(_, rest)| rest)
    else {
        return;
    };
    let mut escaped = false;
    let Some(end) = format_string.char_indices().find_map(|(index, character)| {
        let closes = character == '"' && !escaped;
        escaped = character == '\\' && !escaped;
        closes.then_some(index)
    }) else {
        return;
    };
    let (text, after) = format_string.split_at(end);
    let placeholders = text.matches("{}").count() + text.matches("{:?}").count();
    // Several placeholders take several values: `idioms::format_arguments` gives them all.
    if after != "\", " || placeholders != 1 {
        return;
    }
    if let Some(binding) = nearest_let_binding(context) {
        out.push(Suggestion::construct(format!("{binding}){ending}"), 0.8));
    }
}

/// The name and value of `let name = value;` on the code line just above the cursor's, or the element of the loop it
/// opens (`for x in &v {`), not a `let mut` (which a
/// later line is still to change, nor a destructuring).
fn bound_just_above<'a>(context: &Context<'a>) -> Option<(&'a str, &'a str)> {
    let line = context.previous_code_line()?.trim();
    // The element a loop just opened walks (`for x in &v {`): shown as it is, its type unknown here.
    if let Some((element, _)) = line
        .strip_prefix("for ")
        .filter(|_| line.ends_with(" {"))
        .and_then(|rest| rest.split_once(" in "))
    {
        return super::lexer::is_plain_name(element).then_some((element, ""));
    }
    let (binding, value) = line.strip_prefix("let ")?.split_once(" = ")?;
    let binding = binding.split(':').next()?.trim();
    let value = value.strip_suffix(';')?.trim();
    super::lexer::is_plain_name(binding).then_some((binding, value))
}

/// Whether a value shows only through `{:?}`: a collection, an option, a tuple, or a struct of the file that
/// derives `Debug` and implements no `Display`.
fn debug_only(context: &Context<'_>, value: &str) -> bool {
    if [
        "vec![",
        "Vec::",
        "Some(",
        "None",
        "(",
        "[",
        "HashMap::",
        "HashSet::",
    ]
    .iter()
    .any(|start| value.starts_with(start))
        || value.contains(".collect")
    {
        return true;
    }
    let type_end = value
        .find(|c: char| !super::lexer::is_identifier_char(c))
        .unwrap_or(value.len());
    let type_name = &value[..type_end];
    if !type_name.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let code = context.code_before_line();
    let defined_at = code
        .find(&format!("struct {type_name} "))
        .or_else(|| code.find(&format!("struct {type_name}(")));
    let derives_debug = defined_at.is_some_and(|at| {
        code[..at]
            .lines()
            .rev()
            .take(3)
            .any(|line| line.trim_start().starts_with("#[derive(") && line.contains("Debug"))
    });
    derives_debug && !code.contains(&format!("Display for {type_name}"))
}

/// `println!("Hi, {}", self.` in a method -> `name);`: the one value of the format is a field of the type, the one
/// field it has or the one the text names right before the placeholder (`"Age: {}"` -> `age`).
fn field_shown_by_format(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let on_self = context
        .dot_member()
        .is_some_and(|access| access.receiver == "self");
    if !on_self || !context.at_line_end() {
        return;
    }
    let typed = context.before_prefix().trim_start();
    let Some(format) = FORMAT_MACROS
        .iter()
        .filter(|name| !name.starts_with("write"))
        .find_map(|name| typed.strip_prefix(&format!("{name}(\"")))
        .and_then(|rest| rest.strip_suffix("\", self."))
    else {
        return;
    };
    if format.contains('"') || format.matches('{').count() != 1 {
        return;
    }
    let Some((text, _)) = format
        .split_once("{}")
        .or_else(|| format.split_once("{:?}"))
    else {
        return;
    };
    let Some(fields) = implemented_struct_fields(context) else {
        return;
    };
    let named = text
        .trim_end()
        .trim_end_matches([':', '=', ' '])
        .rsplit(|c: char| !c.is_alphanumeric() && c != '_')
        .next()
        .map(str::to_lowercase)
        .and_then(|word| {
            fields
                .iter()
                .find(|(name, _)| *name == word)
                .map(|(name, _)| *name)
        });
    let field = match (named, fields.as_slice()) {
        (Some(field), _) => field,
        (None, [(only, _)]) => *only,
        _ => return,
    };
    let ending = if typed.starts_with("format!(") {
        ""
    } else {
        ";"
    };
    if let Some(rest) = format!("{field}){ending}").strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.87));
    }
}

/// The name bound by the nearest finished `let` before the cursor, in the enclosing function: `let mut total`
/// binds `total`, `if let Some(first) = ... {` binds `first` (not the variant's name). A `let` whose statement is
/// still being typed (`let greeting = format!("{}", |`) is skipped: its name cannot be used in its own value.
fn nearest_let_binding<'a>(context: &Context<'a>) -> Option<&'a str> {
    let tokens = context.tokens_before();
    let function_start = tokens
        .iter()
        .rposition(|token| token.is_word(context.code, "fn"))
        .unwrap_or(0);
    let body = tokens.get(function_start..)?;
    body.iter()
        .enumerate()
        .rev()
        .filter(|(_, token)| token.is_word(context.code, "let"))
        .find_map(|(index, _)| {
            let rest = body.get(index + 1..)?;
            let finished = rest.iter().any(|token| {
                token.is_symbol(context.code, ";") || token.is_symbol(context.code, "{")
            });
            if !finished {
                return None;
            }
            let mut pattern = rest
                .iter()
                .filter(|token| !token.is_word(context.code, "mut"));
            let first = pattern.next()?;
            let bound = match pattern.next() {
                // `Some(first)`, `Ok(line)`: the name inside the variant's brackets.
                Some(open) if open.is_symbol(context.code, "(") => pattern.next()?,
                _ => first,
            };
            (bound.kind == TokenKind::Identifier).then(|| context.text(bound))
        })
}

/// Traits derived most often, in the order they are usually written.
const DERIVABLE: &[&str] = &[
    "Debug",
    "Clone",
    "Copy",
    "PartialEq",
    "Eq",
    "Hash",
    "Default",
    "PartialOrd",
    "Ord",
    "Serialize",
    "Deserialize",
];

/// The derive macros of everyday crates, by crate.
const DERIVE_MACROS: &[(&str, &str)] = &[
    ("clap", "Parser"),
    ("clap", "Subcommand"),
    ("clap", "ValueEnum"),
    ("thiserror", "Error"),
];

/// Whether a `use` line at the top of the file brings in derive macro `name` of its crate (`use clap::Parser;`,
/// `use clap::{Parser, Subcommand};`).
fn derive_macro_imported(code: &str, name: &str) -> bool {
    let Some((krate, _)) = DERIVE_MACROS
        .iter()
        .find(|(_, macro_name)| macro_name == &name)
    else {
        return false;
    };
    code.lines()
        .take(60)
        .filter_map(|line| line.trim().strip_prefix("use "))
        .filter_map(|path| {
            path.strip_prefix(krate)
                .and_then(|rest| rest.strip_prefix("::"))
        })
        .any(|rest| {
            rest.split(|c: char| !super::lexer::is_identifier_char(c))
                .any(|word| word == name)
        })
}

/// The derives written on the line or lines just above `struct name` or `enum name` (`"Parser, Debug"`).
fn derives_above<'a>(code: &'a str, keyword: &str, name: &str) -> Option<&'a str> {
    let start = find_definition(code, keyword, name)?;
    let above = code.get(start.saturating_sub(400)..start)?;
    let open = above.rfind("#[derive(")?;
    let listed = &above[open + "#[derive(".len()..];
    let listed = &listed[..listed.find(')')?];
    // Only attributes between the derive and the item: no other item in between.
    let after = &above[open..];
    (!after.contains(';') && !after.contains('}')).then_some(listed)
}

/// Whether the file derives `name` on some item (`#[derive(Debug, Error)]`), looking at its first derives.
fn file_derives(code: &str, name: &str) -> bool {
    code.match_indices("#[derive(").take(50).any(|(index, _)| {
        code.get(index + "#[derive(".len()..)
            .and_then(|rest| rest.get(..rest.find(')')?))
            .is_some_and(|listed| {
                listed
                    .split(',')
                    .any(|item| item.trim().rsplit("::").next() == Some(name))
            })
    })
}

/// Inside `#[derive(`: the next derivable trait not yet listed, then `)]` when the line does not close it yet.
fn derive_list(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let before = context.before_prefix();
    let Some(open) = before.rfind("#[derive(") else {
        return;
    };
    let listed = &before[open + "#[derive(".len()..];
    if listed.contains(')') || !(listed.is_empty() || listed.trim_end().ends_with(',')) {
        return;
    }
    let closed = context.line_after.trim_start().starts_with(')');
    // A trait being typed, or one after others, is mostly followed by more (`Clone, Co|` -> `Copy, PartialEq`,
    // `Debug, |` -> `Clone, Hash`): its name alone. Right after `#[derive(` the first trait closes the list (the
    // issue's everyday snippet).
    let close = if closed || !context.prefix.is_empty() || !listed.is_empty() {
        ""
    } else {
        ")]"
    };
    // The file's own derives say more than any table: a struct's derive list is mostly one written before.
    let earlier = earlier_derives(context, open);
    let typed: String = format!("{listed}{}", context.prefix)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let mut matching = earlier
        .iter()
        .filter(|list| list.len() > typed.len() && list.starts_with(typed.as_str()));
    if let Some(latest) = matching.next() {
        let agreeing = 1 + matching.filter(|list| list == &latest).count();
        let rest = latest[typed.len()..].replace(',', ", ");
        let rest = rest.strip_prefix(' ').unwrap_or(&rest);
        out.push(Suggestion::construct(
            format!("{rest}{close}"),
            if agreeing >= 2 { 0.85 } else { 0.7 },
        ));
    }
    // serde's two traits imported and derived nowhere yet: the struct below is (de)serialised, and tutorials
    // derive them after `Debug`.
    let serde_imported = context.code.lines().any(|line| {
        let line = line.trim();
        line.starts_with("use serde::")
            && line.contains("Serialize")
            && line.contains("Deserialize")
    });
    if serde_imported
        && listed.is_empty()
        && context.prefix.is_empty()
        && earlier.iter().all(|list| !list.contains("Serialize"))
    {
        out.push(Suggestion::construct(
            format!("Debug, Serialize, Deserialize{close}"),
            0.85,
        ));
        return;
    }
    let already: Vec<&str> = listed.split(',').map(str::trim).collect();
    let prefix = context.prefix;
    // A derive macro the file imports (`use clap::Parser;`) is there to be derived: it goes before the std traits
    // (`#[derive(Par` -> `ser`, not `tialEq`).
    let imported = DERIVE_MACROS
        .iter()
        .map(|(_, name)| name)
        .filter(|name| !prefix.is_empty() && derive_macro_imported(context.code, name));
    // `PartialEq, ` is followed by `Eq` (`PartialOrd, ` by `Ord`) far more often than by the table's next trait.
    let partner = already
        .iter()
        .rev()
        .find(|name| !name.is_empty())
        .and_then(|last| match *last {
            "PartialEq" => Some(&"Eq"),
            "PartialOrd" => Some(&"Ord"),
            _ => None,
        });
    let mut candidates = partner
        .into_iter()
        .chain(imported)
        .chain(DERIVABLE.iter())
        .filter(|name| {
            !already.contains(name) && name.starts_with(prefix) && name.len() > prefix.len()
        });
    let Some(first) = candidates.next() else {
        return;
    };
    // With nothing typed, the most derived trait alone is right mostly where the file derives nothing yet (the
    // corpus: 2 of 14 right where it has derives of its own).
    let sure = match (prefix.is_empty(), earlier.is_empty()) {
        (false, _) => 0.9,
        (true, true) => 0.8,
        (true, false) => 0.6,
    };
    out.push(Suggestion::construct(
        format!("{}{close}", &first[prefix.len()..]),
        sure,
    ));
    for other in candidates.take(3) {
        out.push(Suggestion::construct(
            format!("{}{close}", &other[prefix.len()..]),
            0.5,
        ));
    }
}

/// `pub(cr` -> `ate)`: the visibility's scope.
fn visibility_scope(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.before_prefix().trim_end().ends_with("pub(") {
        return;
    }
    let prefix = context.prefix;
    for (scope, confidence) in [
        ("crate)", 0.9),
        ("super)", 0.6),
        ("self)", 0.5),
        ("in ", 0.4),
    ] {
        let name = scope.trim_end_matches([')', ' ']);
        if name.len() > prefix.len() && name.starts_with(prefix) {
            // Letters typed leave one scope: it is sure (`pub(su` -> `per)`).
            let confidence = if prefix.len() >= 2 { 0.9 } else { confidence };
            out.push(Suggestion::construct(&scope[prefix.len()..], confidence));
        }
    }
}

/// Attributes, most used first (what follows the name when it takes arguments).
const ATTRIBUTES: &[&str] = &[
    "derive(",
    "cfg(",
    "test",
    "allow(",
    "inline",
    "doc",
    "cfg_attr(",
    "must_use",
    "repr(",
    "deprecated",
    "non_exhaustive",
    "warn(",
    "deny(",
    "expect(",
    "forbid(",
    "macro_export",
    "no_mangle",
    "track_caller",
    "automatically_derived",
];
/// The attributes a derive lets its item's fields and variants carry: the derive, the attribute, what follows
/// its name, and whether it sits inside a variant's brackets (`Io(#[from] io::Error)`).
const DERIVE_HELPERS: &[(&str, &str, &str, bool)] = &[
    ("Error", "error", "(\"", false),
    ("Error", "from", "]", true),
    ("Error", "source", "]", true),
];
/// clap's `#[arg(` options, most used first.
const CLAP_ARGUMENT_OPTIONS: &[&str] = &[
    "short",
    "long",
    "default_value_t",
    "default_value",
    "help",
    "value_name",
    "required",
    "num_args",
    "env",
    "action",
    "value_enum",
];
/// clap's `#[command(` options, most used first.
const CLAP_COMMAND_OPTIONS: &[&str] = &[
    "version",
    "about",
    "author",
    "long_about",
    "name",
    "subcommand",
];
/// serde's field and container options, most used first.
const SERDE_OPTIONS: &[&str] = &[
    "rename",
    "default",
    "skip",
    "rename_all",
    "flatten",
    "skip_serializing_if",
    "skip_serializing",
    "alias",
    "with",
    "deny_unknown_fields",
    "tag",
    "untagged",
];
/// Lints named in `allow(`, `warn(`, `deny(`, `expect(`, `forbid(`, most used first.
const LINTS: &[&str] = &[
    "dead_code",
    "unused_imports",
    "unused_variables",
    "clippy",
    "non_snake_case",
    "non_camel_case_types",
    "unused",
    "deprecated",
    "non_upper_case_globals",
    "unused_mut",
    "missing_docs",
    "unsafe_code",
    "unreachable_code",
    "unused_macros",
    "unused_must_use",
    "unexpected_cfgs",
    "improper_ctypes",
];
/// Configuration predicates in `cfg(`, `cfg_attr(`, `not(`, `any(`, `all(`, most used first.
const CONFIGURATION: &[&str] = &[
    "test",
    "feature",
    "not(",
    "target_os",
    "unix",
    "windows",
    "any(",
    "all(",
    "debug_assertions",
    "target_arch",
    "target_pointer_width",
    "docsrs",
    "target_family",
    "target_env",
    "miri",
    "doc",
    "target_endian",
    "target_feature",
    "panic",
];

/// A name inside an attribute: `#[de` -> `rive(`, `#![allow(un` -> `used_imports`, `#[cfg(not(te` -> `st`. The
/// file's own earlier attributes rank first (a name it used), then each table's order.
fn attribute_name(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let before = context.before_prefix();
    let Some(open) = before.rfind("#[").or_else(|| before.rfind("#![")) else {
        return;
    };
    let inner = &before[open..];
    let inner = &inner[inner.find('[').map_or(inner.len(), |index| index + 1)..];
    if inner.contains(']') {
        return;
    }
    // The word before each bracket still open: the innermost says what is listed.
    let mut open_words: Vec<&str> = Vec::new();
    let mut word_start = 0;
    for (index, character) in inner.char_indices() {
        match character {
            '(' => open_words.push(inner[word_start..index].trim()),
            ')' => {
                open_words.pop();
            }
            _ => {}
        }
        if !super::lexer::is_identifier_char(character) && character != ':' {
            word_start = index + character.len_utf8();
        }
    }
    let since_item = inner
        .rfind(['(', ','])
        .map_or(inner, |index| &inner[index + 1..]);
    if !since_item.trim().is_empty() {
        return;
    }
    // Directly in a `mod tests {`, a function's attribute marks a test.
    if open_words.is_empty()
        && context.line_before.trim_start() == format!("#[{}", context.prefix)
        && in_test_module(context)
        && let Some(rest) = "test]".strip_prefix(context.prefix)
    {
        out.push(Suggestion::construct(rest, 0.88));
        return;
    }
    // `#[cfg(te` on a line of its own marks the test module: the attribute ends with it.
    if open_words == ["cfg"]
        && context.line_before.trim_start() == format!("#[cfg({}", context.prefix)
        && context.prefix.len() >= 2
        && let Some(rest) = "test)]".strip_prefix(context.prefix)
    {
        out.push(Suggestion::construct(rest, 0.88));
        return;
    }
    // The attributes a derive brings (`#[error("`, `#[from]` of thiserror): with their first letters typed on a
    // file deriving it, they are what is meant, not the std attributes.
    if open_words.is_empty() && !context.prefix.is_empty() {
        let in_field = before.trim_end().ends_with("(#[");
        let helper = DERIVE_HELPERS.iter().find(|(derive, name, _, field)| {
            *field == in_field
                && name.len() > context.prefix.len()
                && name.starts_with(context.prefix)
                && file_derives(context.code, derive)
        });
        if let Some((_, name, suffix, _)) = helper {
            let closed = context.line_after.trim_start().starts_with(']');
            let suffix = if closed {
                suffix.trim_end_matches(']')
            } else {
                suffix
            };
            out.push(Suggestion::construct(
                format!("{}{suffix}", &name[context.prefix.len()..]),
                0.85,
            ));
            return;
        }
    }
    // `#[doc(` alone hides an item from the docs and `#[inline(` forces inlining: their other arguments are rare.
    if context.prefix.is_empty() && context.line_after.trim().is_empty() {
        let argument = match inner {
            "doc(" => Some("hidden)]"),
            "inline(" => Some("always)]"),
            _ => None,
        };
        if let Some(argument) = argument {
            out.push(Suggestion::construct(argument, 0.8));
            return;
        }
    }
    let table = match open_words.last() {
        None => ATTRIBUTES,
        Some(&"arg") if !context.prefix.is_empty() => CLAP_ARGUMENT_OPTIONS,
        Some(&"command") if !context.prefix.is_empty() => CLAP_COMMAND_OPTIONS,
        Some(&"serde") if !context.prefix.is_empty() => SERDE_OPTIONS,
        Some(&("allow" | "warn" | "deny" | "expect" | "forbid")) => LINTS,
        Some(&("cfg" | "not" | "any" | "all")) => CONFIGURATION,
        Some(&"cfg_attr") if !inner.contains(',') => CONFIGURATION,
        Some(_) => return,
    };
    let prefix = context.prefix;
    let mut candidates = Vec::new();
    let mut popularity = 3.0;
    for entry in table {
        let name = entry.trim_end_matches('(');
        if name.len() > prefix.len() && name.starts_with(prefix) {
            let used = context
                .scan
                .names
                .iter()
                .find(|stats| stats.name == name)
                .map_or(0.0, |stats| f64::from(stats.count));
            candidates.push(Candidate {
                name: name.to_owned(),
                suffix: &entry[name.len()..],
                score: popularity + 4.0 * used,
                cap: 0.85,
                kind: "construct",
            });
        }
        popularity *= 0.7;
    }
    push_ranked(prefix, candidates, 1.0, 3, out);
}

/// Whether the innermost block open at the cursor is a `mod tests {` (or `mod test {`).
fn in_test_module(context: &Context<'_>) -> bool {
    let tokens = context.tokens_before();
    super::statements::open_braces(context, tokens)
        .last()
        .and_then(|&brace| tokens.get(brace))
        .is_some_and(|brace| {
            let header = context.line_of(brace).trim_start();
            header.starts_with("mod tests") || header.starts_with("mod test ")
        })
}

/// The trait lists of the `#[derive(...)]` attributes before byte `before` of the line's start, nearest first,
/// without spaces (`Debug,Clone`); at most 64 are read.
fn earlier_derives(context: &Context<'_>, open_in_line: usize) -> Vec<String> {
    let line_start = context.cursor - context.line_before.len();
    let code = context.code.get(..line_start + open_in_line).unwrap_or("");
    code.rmatch_indices("#[derive(")
        .take(64)
        .filter_map(|(at, marker)| {
            let rest = code.get(at + marker.len()..)?;
            let end = rest.find(')')?;
            let list: String = rest[..end].chars().filter(|c| !c.is_whitespace()).collect();
            (!list.is_empty() && !list.contains('\n')).then_some(list)
        })
        .collect()
}

/// `let n: i32 = s.` -> `parse().unwrap();` where `s` holds text (a string literal, a `String`, a line read): a
/// number annotated from text is parsed.
fn parsed_into_number(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some((declaration, receiver)) = typed
        .strip_suffix('.')
        .and_then(|rest| rest.split_once(" = "))
    else {
        return;
    };
    let numeric = declaration
        .split_once(": ")
        .is_some_and(|(_, annotation)| NUMBER_TYPES.contains(&annotation.trim()));
    let receiver = receiver.trim();
    let text = declaration_of(context, receiver).is_some_and(|value| {
        let value = value.trim();
        value.starts_with('"') || value.starts_with("String::") || value.contains(".trim()")
    });
    if declaration.starts_with("let ") && numeric && is_plain_name(receiver) && text {
        out.push(Suggestion::construct("parse().unwrap();", 0.86));
    }
}

/// Rust's primitive number types, which `parse()` reads text into.
const NUMBER_TYPES: &[&str] = &[
    "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize", "f32",
    "f64",
];

/// `let numbers: Vec<i32> = line.split_whitespace().map(|s| s.` -> `parse().unwrap()).collect();`: the words of a line are
/// parsed into the numbers the declaration collects.
fn parsed_in_closure(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some((declaration, value)) = typed.split_once(" = ") else {
        return;
    };
    let collects_numbers = declaration
        .split_once(": Vec<")
        .and_then(|(_, element)| element.strip_suffix('>'))
        .is_some_and(|element| NUMBER_TYPES.contains(&element));
    let split = value.contains(".split_whitespace()") || value.contains(".split(");
    let Some(head) = value.strip_suffix('.') else {
        return;
    };
    let Some((_, closure)) = head.rsplit_once(".map(|") else {
        return;
    };
    let Some((parameter, body)) = closure.split_once('|') else {
        return;
    };
    if declaration.starts_with("let ")
        && collects_numbers
        && split
        && is_plain_name(parameter)
        && body.trim() == parameter
    {
        out.push(Suggestion::construct("parse().unwrap()).collect();", 0.86));
    }
}

/// `Shape::Circle(r) => ` in a function named `area` -> `std::f64::consts::PI * r * r,`, `Square(s) => ` -> `s * s,`,
/// `Rectangle(w, h) => ` -> `w * h,`: each variant's textbook area over the values it binds.
fn shape_area_arm(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(pattern) = typed.strip_suffix(" => ") else {
        return;
    };
    let in_area = super::statements::enclosing_function(context)
        .is_some_and(|function| function.name == "area" || function.name.ends_with("_area"));
    if !in_area {
        return;
    }
    let Some((variant, bound)) = pattern
        .strip_suffix(')')
        .and_then(|rest| rest.split_once('('))
    else {
        return;
    };
    let variant = variant.rsplit("::").next().unwrap_or(variant);
    let bound: Vec<&str> = bound.split(',').map(str::trim).collect();
    if !bound.iter().all(|name| is_plain_name(name)) {
        return;
    }
    let area = match (variant, bound.as_slice()) {
        ("Circle", [radius]) => format!("std::f64::consts::PI * {radius} * {radius},"),
        ("Square", [side]) => format!("{side} * {side},"),
        ("Rectangle" | "Rect", [width, height]) => format!("{width} * {height},"),
        ("Triangle", [base, height]) => format!("0.5 * {base} * {height},"),
        _ => return,
    };
    out.push(Suggestion::construct(area, 0.86));
}

/// `.` after `stdin().read_line(&mut guess)`, on its line or the next one, in a function that cannot pass the
/// error on with `?` (`main` without a `Result`): `expect("Failed to read line");`, the one message everyone
/// gives it.
fn read_line_checked(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    // With `exp` typed the member's own rule answers (`ect()`, the caret inside).
    let Some(receiver) = context
        .line_before
        .trim()
        .strip_suffix('.')
        .filter(|_| context.prefix.is_empty())
    else {
        return;
    };
    let call = if receiver.is_empty() {
        context.previous_code_line().map_or("", str::trim)
    } else {
        receiver
    };
    let Some(buffer) = call
        .rsplit_once(".read_line(&mut ")
        .and_then(|(_, rest)| rest.strip_suffix(')'))
    else {
        return;
    };
    let passes_errors_on = super::statements::enclosing_function(context).is_some_and(|function| {
        function
            .results
            .iter()
            .any(|result| result.contains("Result"))
    });
    if !is_plain_name(buffer) || passes_errors_on {
        return;
    }
    if let Some(rest) = "expect(\"Failed to read line\");".strip_prefix(context.prefix) {
        out.push(Suggestion::construct(rest, 0.9));
    }
}

/// `let text = fs::read_to_string(path)` at the end of a line, in a function returning `Result`: `?;`. So too a
/// statement whose only result is success or failure: `io::stdin().read_line(&mut s)`, `file.write_all(bytes)`.
fn question_mark(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    /// Calls made for their effect, whose `Result` says only whether it happened.
    const EFFECTS: &[&str] = &[
        ".read_line(",
        ".read_to_string(",
        ".write_all(",
        ".flush(",
        "fs::write(",
        "fs::create_dir(",
        "fs::create_dir_all(",
        "fs::remove_file(",
    ];
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim();
    let effect = typed.ends_with(')')
        && EFFECTS.iter().any(|call| typed.contains(call))
        && typed.matches('(').count() == typed.matches(')').count();
    if !effect && (!typed.starts_with("let ") || !typed.ends_with(')') || !typed.contains(" = ")) {
        return;
    }
    let Some(function) = super::statements::enclosing_function(context) else {
        return;
    };
    let returns_result = function
        .results
        .iter()
        .any(|result| result.trim_start().starts_with("Result") || result.contains("Result<"));
    // Calls that are fallible by convention: the standard library's IO, parsing and conversions.
    let fallible = [
        "read", "write", "open", "parse", "create", "connect", "from_str", "try_", "decode",
        "recv", "send",
    ]
    .iter()
    .any(|word| typed.contains(word));
    if returns_result && fallible {
        out.push(Suggestion::construct("?;", 0.8));
    }
}

/// `for ` -> `item in &items {`, `for item in ` -> `&items {`, `for i in ` -> `0..items.len() {`.
fn loop_header(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(header) = context.for_header() else {
        return;
    };
    let mut push =
        |text: String, confidence: f64| out.push(Suggestion::construct(text, confidence));
    let borrow = |collection: &str| {
        let by_reference = declaration_of(context, collection)
            .is_some_and(|declaration| declaration.starts_with('&'));
        if by_reference {
            collection.to_owned()
        } else {
            format!("&{collection}")
        }
    };
    if header.is_empty() {
        if let Some(collection) = iterable_in_scope(context, None)
            && !walked_by_enclosing_loop(context, collection)
        {
            push(
                format!("{} in {} {{", element_name(collection), borrow(collection)),
                0.75,
            );
        }
        return;
    }
    // `for n in &` with the borrow typed: the collection the element names.
    if let Some(element) = header
        .strip_suffix(" in &")
        .filter(|element| super::lexer::is_plain_name(element))
    {
        if let Some(collection) = iterable_in_scope(context, Some(element))
            && super::statements::names_element(collection, element)
            && !declaration_of(context, collection)
                .is_some_and(|declared| declared.starts_with('&'))
        {
            push(format!("{collection} {{"), 0.85);
        }
        return;
    }
    // `for x in v.` -> `iter() {`, `for (i, x) in v.` -> `iter().enumerate() {`: a vector, an array or a map the
    // code declared is walked by reference (a string's `chars()` and `lines()` have their own rules).
    if let Some((pattern, receiver)) = header
        .strip_suffix('.')
        .and_then(|walked| walked.split_once(" in "))
        .filter(|(_, receiver)| super::lexer::is_plain_name(receiver))
    {
        let declared = declaration_of(context, receiver).unwrap_or("");
        let sequence = ["vec![", "Vec::", "Vec<", "[", "&["]
            .iter()
            .any(|start| declared.starts_with(start));
        let map = ["HashMap", "BTreeMap", "HashSet", "BTreeSet"]
            .iter()
            .any(|map| declared.contains(map));
        // A pair pattern over a sequence of pairs destructures its elements; over anything else it numbers them.
        let of_pairs = ["[(", "<(", "&[("]
            .iter()
            .any(|start| declared.contains(start));
        let paired = pattern.starts_with('(') && pattern.ends_with(')') && !of_pairs;
        let member = match (sequence, map, paired) {
            (true, _, true) => "iter().enumerate() {",
            (true, _, false) | (false, true, _) => "iter() {",
            _ => return,
        };
        out.push(Suggestion::member(member, 0.86));
        return;
    }
    let Some(pattern) = header.strip_suffix(" in ") else {
        return;
    };
    match pattern {
        "i" | "j" | "k" | "index" | "idx" => match iterable_in_scope(context, None) {
            Some(collection) => push(format!("0..{collection}.len() {{"), 0.75),
            None => push("0..".to_owned(), 0.7),
        },
        pattern if pattern.starts_with('(') && pattern.ends_with(')') => {
            let element = pattern
                .trim_matches(['(', ')'])
                .split(',')
                .nth(1)
                .map(str::trim);
            if let Some(collection) = iterable_in_scope(context, element) {
                // A map's pairs are its keys and values, not an index and an element: `for (name, age) in
                // &ages {`.
                let map = declaration_of(context, collection).is_some_and(|declaration| {
                    ["HashMap", "BTreeMap"]
                        .iter()
                        .any(|map| declaration.contains(map))
                });
                if map {
                    push(format!("{} {{", borrow(collection)), 0.85);
                } else {
                    push(format!("{collection}.iter().enumerate() {{"), 0.75);
                }
            }
        }
        element if element.chars().all(super::lexer::is_identifier_char) => {
            if let Some(collection) = iterable_in_scope(context, Some(element)) {
                let exact = super::statements::names_element(collection, element);
                push(
                    format!("{} {{", borrow(collection)),
                    if exact { 0.85 } else { 0.6 },
                );
            }
        }
        _ => {}
    }
}

/// The shape of an enum variant, which decides its pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum VariantShape {
    Unit,
    Tuple,
    Struct,
}

/// The variants of `enum name { ... }` as the code defines it.
fn enum_variants<'a>(code: &'a str, name: &str) -> Vec<(&'a str, VariantShape)> {
    let Some(start) = find_definition(code, "enum ", name) else {
        return Vec::new();
    };
    let Some(rest) = code.get(start..) else {
        return Vec::new();
    };
    let tokens: Vec<Token> = Lexer::new(rest, &SYNTAX).take(2000).collect();
    let Some(open) = tokens.iter().position(|token| token.is_symbol(rest, "{")) else {
        return Vec::new();
    };
    let mut variants = Vec::new();
    let mut depth = 0usize;
    let mut expecting_variant = true;
    for (index, token) in tokens.iter().enumerate().skip(open) {
        let text = token.text(rest);
        match text {
            "{" | "(" | "[" => depth += 1,
            "}" | ")" | "]" => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    break;
                }
            }
            "," if depth == 1 => expecting_variant = true,
            "#" if depth == 1 => expecting_variant = false,
            _ if depth == 1 && expecting_variant && token.kind == TokenKind::Identifier => {
                let shape = match tokens.get(index + 1).map(|next| next.text(rest)) {
                    Some("(") => VariantShape::Tuple,
                    Some("{") => VariantShape::Struct,
                    _ => VariantShape::Unit,
                };
                variants.push((text, shape));
                expecting_variant = false;
            }
            _ => {}
        }
        // An attribute `#[...]` ends with `]` at depth 1: the variant follows it.
        if text == "]" && depth == 1 {
            expecting_variant = true;
        }
    }
    variants
}

/// Where `keyword name` (a whole word) is written in `code`.
fn find_definition(code: &str, keyword: &str, name: &str) -> Option<usize> {
    code.match_indices(keyword)
        .map(|(index, _)| index)
        .find(|&index| {
            let after = code.get(index + keyword.len()..).unwrap_or("");
            let boundary_before = code
                .get(..index)
                .and_then(|before| before.chars().next_back())
                .is_none_or(|c| !super::lexer::is_identifier_char(c));
            boundary_before
                && after.starts_with(name)
                && !after
                    .get(name.len()..)
                    .and_then(|rest| rest.chars().next())
                    .is_some_and(super::lexer::is_identifier_char)
        })
}

/// The associated functions of `impl name { ... }` blocks (those without `self`).
fn associated_functions<'a>(code: &'a str, name: &str) -> Vec<&'a str> {
    let Some(start) = find_definition(code, "impl ", name) else {
        return Vec::new();
    };
    let Some(rest) = code.get(start..) else {
        return Vec::new();
    };
    let tokens: Vec<Token> = Lexer::new(rest, &SYNTAX).take(20_000).collect();
    let mut functions = Vec::new();
    let mut depth = 0usize;
    for (index, token) in tokens.iter().enumerate() {
        match token.text(rest) {
            "{" => depth += 1,
            "}" => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    break;
                }
            }
            "fn" if depth == 1 => {
                let text = |offset: usize| {
                    tokens
                        .get(index + offset)
                        .map_or("", |token| token.text(rest))
                };
                let takes_self = (3..6).any(|offset| text(offset) == "self") && text(3) != ")";
                if !takes_self && text(2) == "(" {
                    functions.push(text(1));
                }
            }
            _ => {}
        }
    }
    functions
}

/// On a blank line inside `match subject {`: the next arm's pattern.
fn match_arm(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.on_blank_line_start() || !context.at_line_end() {
        return;
    }
    let tokens = context.tokens_before();
    let Some(&brace) = open_braces(context, tokens).last() else {
        return;
    };
    let header = tokens
        .get(header_start(context, tokens, brace)..brace)
        .unwrap_or_default();
    let Some(keyword) = header
        .iter()
        .position(|token| token.is_word(context.code, "match"))
    else {
        return;
    };
    let subject = header.get(keyword + 1..).unwrap_or_default();
    let body = arms_tokens(context, brace);
    let patterns = arm_patterns(context, &body);
    if patterns.iter().any(|(_, variant)| *variant == "_") {
        return;
    }
    let mut push =
        |text: String, confidence: f64| out.push(Suggestion::construct(text, confidence));
    let enum_name = patterns
        .iter()
        .find_map(|(path, _)| *path)
        .or_else(|| subject_type(context, subject));
    if let Some(enum_name) = enum_name {
        let variants = enum_variants(context.code, enum_name);
        if !variants.is_empty() {
            let uncovered = variants
                .iter()
                .find(|(variant, _)| !patterns.iter().any(|(_, covered)| covered == variant));
            if let Some((variant, shape)) = uncovered {
                let fields = match shape {
                    VariantShape::Unit => "",
                    VariantShape::Tuple => "(..)",
                    VariantShape::Struct => " { .. }",
                };
                push(format!("{enum_name}::{variant}{fields} => "), 0.85);
            }
            return;
        }
    }
    let covered = |name: &str| patterns.iter().any(|(_, variant)| *variant == name);
    let subject_text = match (subject.first(), subject.last()) {
        (Some(first), Some(last)) => context.code.get(first.start..last.end).unwrap_or(""),
        _ => "",
    };
    let option = covered("Some")
        || covered("None")
        || [
            ".get(",
            ".find(",
            ".next()",
            ".pop()",
            ".first()",
            ".last()",
            ".checked_",
        ]
        .iter()
        .any(|call| subject_text.contains(call));
    let declared = declared_wrapper(context, subject_text);
    let option = option || declared == Some("Option");
    let result = covered("Ok")
        || covered("Err")
        || subject_text.contains(".parse")
        || subject_text.ends_with('?')
        || declared == Some("Result");
    let pairs: &[&str] = if result {
        &["Ok(value)", "Err(err)"]
    } else if option {
        &["Some(value)", "None"]
    } else {
        &[]
    };
    if !pairs.is_empty() {
        if let Some(arm) = pairs
            .iter()
            .find(|arm| !covered(arm.split('(').next().unwrap_or(arm)))
        {
            push(format!("{arm} => "), 0.85);
        }
        return;
    }
    push(
        "_ => ".to_owned(),
        if patterns.is_empty() { 0.5 } else { 0.7 },
    );
}

/// Whether a match subject is an `Option` or a `Result` by what the code says of it: a call of a function the file
/// declares `-> Result<` (`match divide(10.0, 2.0) {`), or a name bound to `Some(`/`None`/`Ok(`/`Err(`.
fn declared_wrapper(context: &Context<'_>, subject: &str) -> Option<&'static str> {
    let wrapper_of = |text: &str| {
        let text = text.trim_start();
        if text.starts_with("Result<") || text.starts_with("Ok(") || text.starts_with("Err(") {
            Some("Result")
        } else if text.starts_with("Option<") || text.starts_with("Some(") || text == "None" {
            Some("Option")
        } else {
            None
        }
    };
    if let Some((function, _)) = subject.split_once('(')
        && is_plain_name(function)
    {
        let start = find_definition(context.code, "fn ", function)?;
        let header = context.code.get(start..)?.split('{').next()?;
        return wrapper_of(header.split_once("->")?.1);
    }
    if !is_plain_name(subject) {
        return None;
    }
    let binding = format!("let {subject}");
    let declaration = context.code_lines_above().take(20).find_map(|line| {
        let rest = line
            .strip_prefix(&binding)
            .or_else(|| line.strip_prefix(&format!("let mut {subject}")))?;
        rest.strip_prefix(':')
            .or_else(|| rest.strip_prefix(" ="))
            .or_else(|| rest.strip_prefix(" :"))
    })?;
    wrapper_of(
        declaration
            .trim_start_matches(['=', ' '])
            .trim_end_matches(';'),
    )
}

/// At an arm's start in a `match` on a `Result` whose `Ok` arm is written: `Err(` -> `e) => `; then `Err(e) => `
/// -> `println!("Error: {}", e),` when the `Ok` arm printed with `println!` (the same macro for the error).
fn error_arm(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let binding = match typed {
        "Err(" => None,
        _ => match typed
            .strip_prefix("Err(")
            .and_then(|rest| rest.strip_suffix(") => "))
        {
            Some(name) if is_plain_name(name) && name != "_" => Some(name),
            _ => return,
        },
    };
    let Some(ok_arm) = context
        .code_lines_above()
        .take(8)
        .find(|line| line.starts_with("Ok("))
    else {
        return;
    };
    if !in_match_arms(context) {
        return;
    }
    match binding {
        None => out.push(Suggestion::construct("e) => ", 0.88)),
        Some(name) => {
            if let Some((_, arm)) = ok_arm.split_once("=> ")
                && let Some(printer) = ["println!(", "eprintln!("]
                    .iter()
                    .find(|printer| arm.starts_with(**printer))
            {
                out.push(Suggestion::construct(
                    format!("{printer}\"Error: {{}}\", {name}),"),
                    0.8,
                ));
            }
        }
    }
}

/// Whether the cursor's line is directly inside a `match` block, where its arms are written.
fn in_match_arms(context: &Context<'_>) -> bool {
    context
        .enclosing_lines()
        .next()
        .is_some_and(|line| line.starts_with("match ") || line.contains(" match "))
}

/// `match ` in a method of an enum's `impl` -> `self {`, or in a function of one parameter whose type is an enum
/// of the file (`fn value_in_cents(coin: Coin)`) -> `coin {`.
fn match_subject(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "match " {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let header = context
        .enclosing_lines()
        .find(|line| line.starts_with("fn ") || line.starts_with("pub fn "))
        .unwrap_or("");
    if header.contains("(&self") || header.contains("(self") {
        let type_name = context
            .enclosing_lines()
            .find_map(|line| line.strip_prefix("impl "))
            .map(|rest| rest.trim_end_matches('{').trim())
            .filter(|name| is_plain_name(name));
        if type_name.is_some_and(|name| find_definition(context.code, "enum ", name).is_some()) {
            out.push(Suggestion::construct("self {", 0.88));
        }
        return;
    }
    if let [parameter] = function.parameters.as_slice() {
        let type_name = parameter.type_text.trim_start_matches('&').trim();
        if is_plain_name(type_name) && find_definition(context.code, "enum ", type_name).is_some() {
            out.push(Suggestion::construct(
                format!("{} {{", parameter.name),
                0.88,
            ));
        }
    }
}

/// `Shape::` at the start of an arm of `match self {` -> the first variant no arm matches yet: `Rectangle(`,
/// `South => `.
fn next_variant_arm(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.member.filter(|access| access.separator == "::") else {
        return;
    };
    if !is_plain_name(access.receiver) || !context.member_starts_statement(&access) {
        return;
    }
    if !in_match_arms(context) {
        return;
    }
    let variants = enum_variants(context.code, access.receiver);
    let covered: Vec<&str> = context
        .code_lines_above()
        .take(40)
        .take_while(|line| !line.starts_with("match ") && !line.contains(" match "))
        .filter_map(|line| line.strip_prefix(access.receiver)?.strip_prefix("::"))
        .collect();
    // The arms so far follow the declaration, and the enum is a course's few variants: real code with many
    // variants matches them in its own order.
    let arm_of = |arm: &str, variant: &str| {
        arm.strip_prefix(variant)
            .is_some_and(|rest| !rest.starts_with(super::lexer::is_identifier_char))
    };
    let in_order = covered.iter().rev().enumerate().all(|(index, arm)| {
        variants
            .get(index)
            .is_some_and(|(variant, _)| arm_of(arm, variant))
    });
    if variants.len() > 8 || !in_order {
        return;
    }
    let Some((variant, shape)) = variants.get(covered.len()) else {
        return;
    };
    let text = match shape {
        VariantShape::Unit => format!("{variant} => "),
        VariantShape::Tuple => format!("{variant}("),
        VariantShape::Struct => format!("{variant} {{ "),
    };
    if let Some(rest) = text.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::member(rest, 0.88));
    }
}

/// The error type of an `impl fmt::Display for MyError` above: `impl std::error::` -> `Error for MyError {}`,
/// right after it `impl ` -> `std::error::Error for MyError {}`; and `Box<dyn ` in a `Result` ->
/// `std::error::Error>>`.
fn error_trait(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    // `Box<dyn Err` -> `or>>`: the trait begun is the error's, whatever path the file imported it by.
    if !context.prefix.is_empty()
        && context.before_prefix().ends_with("Result<(), Box<dyn ")
        && let Some(rest) = "Error".strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        let opens_body = typed.starts_with("fn ") || typed.contains(" fn ");
        let body = if opens_body { " {" } else { "" };
        out.push(Suggestion::construct(format!("{rest}>>{body}"), 0.9));
        return;
    }
    if typed.ends_with("Result<(), Box<dyn ") {
        let opens_body = typed.starts_with("fn ") || typed.contains(" fn ");
        // A file that imported the trait names it bare, as the book's `use std::error::Error;` then `Box<dyn Error>`.
        let imported = context.code_lines_above().any(|line| {
            line.starts_with("use ") && line.contains("error::Error") && !line.contains(" as ")
        });
        let path = if imported { "" } else { "std::error::" };
        let body = if opens_body { " {" } else { "" };
        out.push(Suggestion::construct(format!("{path}Error>>{body}"), 0.9));
        return;
    }
    let lead = match typed {
        "impl std::error::" if context.prefix.is_empty() => "",
        "impl " => "std::error::",
        _ => return,
    };
    let Some(displayed) = context.code_lines_above().take(40).find_map(|line| {
        line.strip_prefix("impl fmt::Display for ")
            .or_else(|| line.strip_prefix("impl std::fmt::Display for "))
            .map(|rest| rest.trim_end_matches('{').trim())
    }) else {
        return;
    };
    let named = displayed.ends_with("Error") || displayed.ends_with("Err");
    let implemented = format!("Error for {displayed}");
    if named && is_plain_name(displayed) && !context.code.contains(&implemented) {
        out.push(Suggestion::construct(
            format!("{lead}Error for {displayed} {{}}"),
            if lead.is_empty() { 0.9 } else { 0.85 },
        ));
    }
}

/// `pr`, `prin`, `print` where a statement starts -> `intln!(`, `tln!(`, `ln!(`: Rust code prints whole lines far more
/// often than it prints without the newline, unless the file does (`print!(` written somewhere) or names of its
/// own begin with these letters.
fn printed_line(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let prefix = context.prefix;
    if prefix.len() < 2
        || !"println".starts_with(prefix)
        || context.member.is_some()
        || !context.prefix_starts_statement()
        || context.line_before.trim_start() != prefix
        || context.code.contains("print!(")
    {
        return;
    }
    let own_names = context
        .scan
        .names
        .iter()
        .any(|stats| !matches!(stats.name, "println" | "print"));
    if !own_names && let Some(rest) = "println".strip_prefix(prefix) {
        out.push(Suggestion::construct(format!("{rest}!("), 0.8));
    }
}

/// A blank line (or `O` typed) that ends a function returning `Result`: `Ok(())` for `Result<(), _>`, else `Ok(name)` for the
/// value the line above bound (`let contents = fs::read_to_string(path)?;`) or filled (`read_to_string(&mut s)?;`).
fn ok_at_function_end(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    // `O` or `Ok` typed on that line is the same ending begun.
    let typed = context.line_before.trim_start();
    let begun = typed == context.prefix && "Ok".starts_with(typed);
    if !(context.on_blank_line_start() || begun) || context.line_before.is_empty() {
        return;
    }
    let closes_function = context
        .code
        .get(context.cursor..)
        .and_then(|after| after.lines().skip(1).find(|line| !line.trim().is_empty()))
        .is_some_and(|line| line.trim() == "}" && line.len() < context.line_before.len());
    if !closes_function {
        return;
    }
    let Some(previous) = context.previous_code_line().map(str::trim) else {
        return;
    };
    if !previous.ends_with(';') || previous.starts_with("return") {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    if context
        .enclosing_lines()
        .next()
        .is_none_or(|line| !line.contains("fn "))
    {
        return;
    }
    // `io::Result<()>`, `anyhow::Result<()>`: a module's alias of `Result` with its error filled in.
    let Some(value) = function.results.first().and_then(|result| {
        let (path, value) = result.split_once("Result<")?;
        (path.is_empty() || path.ends_with("::") && !path.contains(['<', ' '])).then_some(value)
    }) else {
        return;
    };
    if value.starts_with("()") {
        push_begun(out, "Ok(())", typed, 0.88);
        return;
    }
    let bound = previous
        .strip_prefix("let ")
        .map(|rest| rest.trim_start_matches("mut "))
        .and_then(|rest| rest.split([' ', ':']).next())
        .filter(|name| is_plain_name(name));
    let filled = previous
        .split_once("(&mut ")
        .and_then(|(_, rest)| rest.split(')').next())
        .filter(|name| is_plain_name(name));
    if let Some(name) = bound.or(filled) {
        push_begun(out, &format!("Ok({name})"), typed, 0.85);
    }
}

/// Pushes what is left of `text` once `typed` (a beginning of it) is written.
fn push_begun(out: &mut Vec<Suggestion>, text: &str, typed: &str, confidence: f64) {
    if let Some(rest) = text.strip_prefix(typed) {
        out.push(Suggestion::construct(rest, confidence));
    }
}

/// The tokens of a `match` body around the cursor: from its `{` to the cursor, then on to its `}`.
fn arms_tokens(context: &Context<'_>, brace: usize) -> Vec<Token> {
    let before = context.tokens_before().get(brace + 1..).unwrap_or_default();
    let mut depth = 0usize;
    for token in before {
        match context.text(token) {
            "{" | "(" | "[" => depth += 1,
            "}" | ")" | "]" => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    let mut body: Vec<Token> = before.to_vec();
    for token in &context.scan.after {
        match context.text(token) {
            "{" | "(" | "[" => depth += 1,
            "}" | ")" | "]" if depth == 0 => break,
            "}" | ")" | "]" => depth -= 1,
            _ => {}
        }
        body.push(*token);
    }
    body
}

/// The patterns that start the arms of a match body: `(Some(enum name), variant)` for `Enum::Variant`, `(None,
/// name)` for a bare name (`Some`, `None`, `_`).
fn arm_patterns<'a>(context: &Context<'a>, body: &[Token]) -> Vec<(Option<&'a str>, &'a str)> {
    let mut patterns = Vec::new();
    let mut depth = 0usize;
    let mut arm_start = true;
    for (index, token) in body.iter().enumerate() {
        let text = context.text(token);
        if arm_start && depth == 0 && (token.kind == TokenKind::Identifier || text == "_") {
            let path = body
                .get(index + 1)
                .is_some_and(|next| next.is_symbol(context.code, "::"));
            match (path, body.get(index + 2)) {
                (true, Some(variant)) => patterns.push((Some(text), context.text(variant))),
                _ => patterns.push((None, text)),
            }
            arm_start = false;
        }
        match text {
            "{" | "(" | "[" => depth += 1,
            "}" if depth == 1 => {
                depth = 0;
                arm_start = true;
            }
            "}" | ")" | "]" => depth = depth.saturating_sub(1),
            "," if depth == 0 => arm_start = true,
            "=>" => arm_start = false,
            _ => {}
        }
    }
    patterns
}

/// The type of a match subject: its declared type, the enum of its initializer, or the enum its name spells.
fn subject_type<'a>(context: &Context<'a>, subject: &[Token]) -> Option<&'a str> {
    let name = subject
        .iter()
        .rev()
        .find(|token| token.kind == TokenKind::Identifier)
        .map(|token| context.text(token))?;
    if let Some(declaration) = declaration_of(context, name) {
        let type_name = declaration
            .trim_start_matches(['&', ' '])
            .trim_start_matches("mut ");
        let end = type_name
            .find(|character: char| !super::lexer::is_identifier_char(character))
            .unwrap_or(type_name.len());
        let candidate = type_name.get(..end).unwrap_or("");
        if !candidate.is_empty() && find_definition(context.code, "enum ", candidate).is_some() {
            return Some(candidate);
        }
    }
    // `direction` -> `Direction`, `log_level` -> `LogLevel`.
    let camel: String = name
        .split('_')
        .map(|part| {
            let mut characters = part.chars();
            characters
                .next()
                .map(|first| first.to_uppercase().chain(characters).collect::<String>())
                .unwrap_or_default()
        })
        .collect();
    let start = find_definition(context.code, "enum ", &camel)?;
    context.code.get(start + 5..start + 5 + camel.len())
}

/// The weight of a field of the `impl`'s type never used through `self` yet, of such a method: below one use, so
/// that they follow the members used.
const FIELD_WEIGHT: f64 = 0.6;
const METHOD_WEIGHT: f64 = 0.5;

/// The fields and methods of the type whose `impl` holds the cursor (`impl T`, `impl Trait for T`), as far as the
/// window goes: the named fields of `struct T { ... }` and the `fn name(&self` of its `impl` blocks, those used
/// through `self` already left to their uses, and the function holding the cursor left out.
fn impl_members(context: &Context<'_>) -> Vec<(String, &'static str, f64)> {
    let tokens = context.tokens_before();
    let text = |index: usize| tokens.get(index).map_or("", |token| context.text(token));
    // The implemented type: after `for` if the header has one, else the first name after `impl` and its generics.
    let implemented = |impl_index: usize| {
        let mut angle = 0usize;
        let mut first = None;
        for index in impl_index + 1..tokens.len() {
            match text(index) {
                "<" => angle += 1,
                ">" => angle = angle.saturating_sub(1),
                "{" | "where" | "" => break,
                "for" if angle == 0 => {
                    return Some(text(index + 1)).filter(|name| !name.is_empty());
                }
                name if angle == 0
                    && first.is_none()
                    && tokens
                        .get(index)
                        .is_some_and(|token| token.kind == TokenKind::Identifier)
                    && text(index + 1) != "::" =>
                {
                    first = Some(name);
                }
                _ => {}
            }
        }
        first
    };
    // The innermost open brace whose header (back to the previous `;`, `{` or `}`, across a `where` clause) has
    // `impl` and no `fn` (`fn f() -> impl Trait {` is a function).
    let Some(impl_index) = super::statements::open_braces(context, tokens)
        .into_iter()
        .rev()
        .find_map(|brace| {
            let header_start = (0..brace)
                .rev()
                .find(|&index| matches!(text(index), ";" | "{" | "}"))
                .map_or(0, |index| index + 1);
            let header = header_start..brace;
            let impl_index = header.clone().find(|&index| text(index) == "impl")?;
            (!header.clone().any(|index| text(index) == "fn")).then_some((impl_index, brace))
        })
    else {
        return Vec::new();
    };
    let (impl_index, brace) = impl_index;
    let Some(type_name) = implemented(impl_index) else {
        return Vec::new();
    };
    // The function holding the cursor: the last `fn` of the impl's body before it.
    let enclosing_function = (brace..tokens.len())
        .rev()
        .find(|&index| text(index) == "fn")
        .map_or("", |index| text(index + 1));
    let mut members = UnusedMembers::new(context, enclosing_function);
    let mut index = 0;
    while index < tokens.len() {
        let body = if text(index) == "struct" && text(index + 1) == type_name {
            Some(false)
        } else if text(index) == "impl" && implemented(index) == Some(type_name) {
            Some(true)
        } else {
            None
        };
        let Some(is_impl) = body else {
            index += 1;
            continue;
        };
        let Some(open) = (index..tokens.len()).find(|&at| matches!(text(at), "{" | ";")) else {
            break;
        };
        let mut depth = 0usize;
        let mut at = open;
        while at < tokens.len() {
            match text(at) {
                "{" => depth += 1,
                "}" => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        break;
                    }
                }
                ";" if depth == 0 => break,
                "fn" if is_impl && depth == 1 => {
                    let takes_self =
                        (3..6).any(|offset| text(at + offset) == "self") && text(at + 3) != ")";
                    if takes_self {
                        members.add(text(at + 1), "()", METHOD_WEIGHT);
                    }
                }
                name if !is_impl
                    && depth == 1
                    && text(at + 1) == ":"
                    && tokens
                        .get(at)
                        .is_some_and(|token| token.kind == TokenKind::Identifier)
                    && name != "pub" =>
                {
                    members.add(name, "", FIELD_WEIGHT);
                }
                _ => {}
            }
            at += 1;
        }
        index = at + 1;
    }
    members.into_found()
}

/// The table of a path through `core` or `alloc` (`no_std` code, and libraries that support it): the items `std`
/// re-exports from them under the same path (`core::mem` is `std::mem`).
fn in_std(receiver: &str) -> Option<&'static [&'static str]> {
    match receiver {
        "core" => Some(CORE),
        "alloc" => Some(ALLOC),
        _ => {
            let rest = ["core::", "alloc::"]
                .iter()
                .find_map(|root| receiver.strip_prefix(root))?;
            table_for(PATHS, &format!("std::{rest}"))
        }
    }
}

/// The modules of `core`, most used first (those `std` adds, `io`, `fs` or `env`, are not there).
static CORE: &[&str] = &[
    "fmt", "mem", "ptr", "marker::", "ops::", "cmp", "slice", "iter", "str", "convert", "hash",
    "cell::", "num::", "sync::", "any", "pin::", "task::", "future::", "time::", "ffi::", "char",
    "result", "option",
];

/// The modules of `alloc`, most used first.
static ALLOC: &[&str] = &[
    "vec::",
    "string::",
    "boxed::",
    "sync::",
    "rc::",
    "borrow",
    "collections::",
    "fmt",
    "slice",
    "str",
    "alloc::",
];

fn member_hints(context: &Context<'_>, access: &MemberAccess<'_>) -> MemberHints {
    let mut hints = MemberHints::default();
    let receiver = access.receiver;
    if access.separator == "::" {
        // `Ordering::` in a file of atomics is the memory ordering, not `cmp`'s.
        let atomic_call = [
            ".load(",
            ".store(",
            ".fetch_add(",
            ".fetch_sub(",
            ".swap(",
            ".compare_exchange(",
        ]
        .iter()
        .any(|call| context.line_before.contains(call));
        if receiver.ends_with("Ordering") && (atomic_call || context.code.contains("Atomic")) {
            hints.tables.push(MemberTable::known(ATOMIC_ORDERINGS));
            return hints;
        }
        if let Some(paths) = table_for(PATHS, receiver).or_else(|| in_std(receiver)) {
            hints.tables.push(MemberTable::known(paths));
        }
        for (variant, shape) in enum_variants(context.code, receiver) {
            let suffix = match shape {
                VariantShape::Unit => "",
                VariantShape::Tuple => "(",
                VariantShape::Struct => " {",
            };
            hints.found.push((variant.to_owned(), suffix, 2.0));
        }
        for function in associated_functions(context.code, receiver) {
            hints.found.push((function.to_owned(), "()", 1.5));
        }
        // clap's derive gives the arguments' struct its constructor from the command line.
        if derives_above(context.code, "struct ", receiver).is_some_and(|listed| {
            listed
                .split(',')
                .any(|item| item.trim().rsplit("::").next() == Some("Parser"))
        }) {
            hints.found.push(("parse".to_owned(), "()", 3.0));
        }
        // A type of another file (`Stack::ne`): `new` is every type's constructor by convention.
        let other_file_type = hints.found.is_empty()
            && hints.tables.is_empty()
            && receiver.starts_with(|c: char| c.is_ascii_uppercase())
            && receiver.chars().any(|c| c.is_ascii_lowercase())
            && super::lexer::is_plain_name(receiver);
        if other_file_type && context.prefix.len() >= 2 && "new".starts_with(context.prefix) {
            hints.tables.push(MemberTable::known(&["new()"]));
        }
        if matches!(receiver, "self" | "crate") {
            // A module not named after the receiver yet is the one still to bring in (`mod recorder;` then
            // `pub use self::recorder::...`); those already named rank by their own uses.
            hints.found.extend(
                declared_modules(context)
                    .into_iter()
                    .filter(|module| !context.scan.members.iter().any(|used| used.name == *module))
                    .map(|module| (module.to_owned(), "", 3.0)),
            );
        }
        return hints;
    }
    if access.separator != "." {
        return hints;
    }
    if receiver == "self" {
        hints.found = impl_members(context);
        return hints;
    }
    // `(StatusCode::OK, body).into_` in a file that implements or returns `IntoResponse`: axum's conversion.
    if context.prefix.len() >= "into_".len()
        && "into_response".starts_with(context.prefix)
        && (context.code.contains("IntoResponse") || context.code.contains(".into_response()"))
    {
        hints.tables.push(MemberTable::known(&["into_response()"]));
        return hints;
    }
    if receiver.starts_with("HttpResponse::") && receiver.ends_with("()") {
        hints
            .tables
            .push(MemberTable::known(RESPONSE_BUILDER_METHODS));
        return hints;
    }
    if let Some(methods) = system_methods(context, receiver) {
        hints.tables.push(MemberTable::known(methods));
        return hints;
    }
    // anyhow's `Context` on a call's result (`fs::read_to_string(&path).con` -> `text()`): in a file using anyhow,
    // its error message is what a fallible call gets, not a `contains` or a `concat`.
    if context.prefix.len() >= 2
        && receiver.ends_with(')')
        && ["context", "with_context"]
            .iter()
            .any(|method| method.len() > context.prefix.len() && method.starts_with(context.prefix))
        && (context.code.contains("use anyhow::") || context.code.contains("anyhow::Result"))
    {
        hints
            .tables
            .push(MemberTable::known(&["context()", "with_context()"]));
        return hints;
    }
    let last_call = receiver.rsplit('.').next().unwrap_or(receiver);
    let last_name = last_call.split('(').next().unwrap_or(last_call);
    if last_call.ends_with(')') && ITERATOR_MAKERS.contains(&last_name) && receiver.contains('.') {
        hints.tables.push(MemberTable::known(ITERATOR_METHODS));
        return hints;
    }
    // A whole name typed that a longer one extends (`ok_or`, `ok_or_else`) could be either.
    if let Some(methods) = chained_result_methods(receiver).filter(|methods| {
        let names = || methods.iter().map(|entry| entry.trim_end_matches("()"));
        !(names().any(|name| name == context.prefix)
            && names()
                .any(|name| name.len() > context.prefix.len() && name.starts_with(context.prefix)))
    }) {
        hints.tables.push(MemberTable::known(methods));
        return hints;
    }
    // `(n as f64).`: a number converted on the spot for its floating-point methods.
    if receiver.ends_with(" as f64)") || receiver.ends_with(" as f32)") {
        hints.tables.push(MemberTable::known(FLOAT_METHODS));
        return hints;
    }
    match declaration_of(context, receiver).and_then(declared_methods) {
        Some(methods) => hints.tables.push(MemberTable::known(methods)),
        None => match only_standard_method(context.prefix) {
            Some(method) => hints.tables.push(MemberTable::known(method)),
            None => hints.tables.push(MemberTable::guess(COMMON_METHODS)),
        },
    }
    hints
}

/// The methods of what a systems program handles, from the receiver's own text or its declaration: the command
/// line's `env::args()` (an iterator), a `Command` being built, a child's `status`, a path, a file's metadata, a
/// directory's entry, a hasher, and the `OsStr` a closure gets from `extension()` (`|e| e.to_s` -> `tr()`, not
/// `tring()`).
fn system_methods(context: &Context<'_>, receiver: &str) -> Option<&'static [&'static str]> {
    let bare = receiver.trim_start_matches("std::");
    if bare == "env::args()" || bare.ends_with("read_dir(dir)?") {
        return Some(ITERATOR_METHODS);
    }
    if (bare.starts_with("Command::new(") || bare.starts_with("process::Command::new("))
        && !bare.ends_with("output()")
        && !bare.ends_with("status()")
    {
        return Some(COMMAND_METHODS);
    }
    if receiver.ends_with(".status") || receiver.ends_with(".status()?") {
        return Some(EXIT_STATUS_METHODS);
    }
    if receiver.ends_with(".to_string_lossy()") || receiver.ends_with("from_utf8_lossy()") {
        return Some(COW_METHODS);
    }
    if is_plain_name(receiver) {
        let closure_on = context
            .before_prefix()
            .strip_suffix(&format!("|{receiver}| {receiver}."));
        let of_os_str = |before: &str| {
            ["extension()", "file_name()", "file_stem()", "as_os_str()"]
                .iter()
                .any(|call| before.ends_with(call))
        };
        // `and_then` wants an `Option` back: of the conversions only `to_str()` gives one.
        if closure_on
            .and_then(|before| before.strip_suffix(".and_then("))
            .is_some_and(of_os_str)
        {
            return Some(&OS_STR_METHODS[..1]);
        }
        if closure_on
            .and_then(|before| before.strip_suffix(".map("))
            .is_some_and(of_os_str)
        {
            return Some(OS_STR_METHODS);
        }
        // `for entry in fs::read_dir(dir)? {` then `let entry = entry?;`: a `DirEntry`.
        let walked_directory = context.code_lines_above().take(20).any(|line| {
            line.starts_with(&format!("for {receiver} in ")) && line.contains("read_dir(")
        });
        if walked_directory {
            return Some(DIR_ENTRY_METHODS);
        }
    }
    let declaration = declaration_of(context, receiver)?.trim_start_matches("mut ");
    let value = declaration.trim_end_matches(';').trim_end_matches('?');
    let value_bare = value.trim_start_matches("std::");
    if value_bare.starts_with("Command::new(") || value_bare.starts_with("process::Command::new(") {
        Some(if value.ends_with(".status()") {
            EXIT_STATUS_METHODS
        } else {
            COMMAND_METHODS
        })
    } else if value.ends_with(".status()") {
        Some(EXIT_STATUS_METHODS)
    } else if value_bare.starts_with("path::Path::new(")
        || value_bare.starts_with("Path::new(")
        || value_bare.starts_with("PathBuf::from(")
        || value_bare.starts_with("PathBuf::new(")
        || value.ends_with(".path()")
    {
        Some(PATH_METHODS)
    } else if value_bare.starts_with("fs::metadata(") || value.ends_with(".metadata()") {
        Some(METADATA_METHODS)
    } else if [
        "Sha256::new()",
        "Sha1::new()",
        "Sha512::new()",
        "Md5::new()",
        "Hasher::new()",
    ]
    .iter()
    .any(|maker| value.ends_with(maker))
    {
        Some(DIGEST_METHODS)
    } else {
        None
    }
}

/// How many letters of a method must be typed before the only standard method they begin is taken as meant.
const UNIQUE_METHOD_PREFIX: usize = 4;

/// `s.to_upp` -> `ercase()`, `s.starts_w` -> `ith()` whatever `s` is: past a few letters, a name that begins only
/// one method of the standard types' tables is that method (the file's own members still compete with it).
fn only_standard_method(prefix: &str) -> Option<&'static [&'static str]> {
    if prefix.len() < UNIQUE_METHOD_PREFIX {
        return None;
    }
    let mut found: Option<&'static [&'static str]> = None;
    for table in [
        STRING_METHODS,
        VEC_METHODS,
        MAP_METHODS,
        ITERATOR_METHODS,
        OPTION_METHODS,
        RESULT_METHODS,
        COMMON_METHODS,
    ] {
        for (index, entry) in table.iter().enumerate() {
            let name = entry.trim_end_matches("()");
            // `ok_or` typed whole may be meant as it is.
            if name == prefix {
                return None;
            }
            if name.len() <= prefix.len() || !name.starts_with(prefix) {
                continue;
            }
            match found {
                Some(other) if other.first().map(|e| e.trim_end_matches("()")) != Some(name) => {
                    return None;
                }
                Some(_) => {}
                None => found = table.get(index..=index),
            }
        }
    }
    found
}

/// What an `Option` is used for next, most used first.
static OPTION_METHODS: &[&str] = &[
    "unwrap()",
    "map()",
    "unwrap_or()",
    "expect()",
    "cloned()",
    "copied()",
    "is_some()",
    "is_none()",
    "and_then()",
    "unwrap_or_default()",
    "ok_or()",
    "unwrap_or_else()",
    "ok_or_else()",
    "filter()",
    "as_ref()",
    "map_or()",
    "as_deref()",
    "take()",
];
/// What a `Result` is used for next, most used first.
static RESULT_METHODS: &[&str] = &[
    "unwrap()",
    "expect()",
    "map_err()",
    "ok()",
    "is_ok()",
    "is_err()",
    "unwrap_or()",
    "unwrap_or_else()",
    "unwrap_or_default()",
    "map()",
    "and_then()",
    "err()",
    "unwrap_err()",
    "expect_err()",
];
/// Methods of `str` and `String` that give back text.
const TEXT_RETURNING: &[&str] = &[
    "trim",
    "trim_start",
    "trim_end",
    "to_lowercase",
    "to_uppercase",
    "to_string",
    "replace",
    "as_str",
    "repeat",
];
/// Methods of the standard library that give back an `Option`.
const OPTION_RETURNING: &[&str] = &[
    "get",
    "get_mut",
    "first",
    "last",
    "pop",
    "next",
    "peek",
    "max",
    "min",
    "max_by_key",
    "min_by_key",
    "position",
    "strip_prefix",
    "strip_suffix",
    "checked_add",
    "checked_sub",
    "checked_mul",
    "checked_div",
];
/// Methods of the standard library that give back a `Result`.
const RESULT_RETURNING: &[&str] = &[
    "parse",
    "read_line",
    "read_to_string",
    "read_to_end",
    "write_all",
    "flush",
    "join",
];

/// `line.trim().` is text, `map.get("key").` an `Option`, `s.parse().` and `handle.await.` a `Result`, `(1..=10).` an
/// iterator: the methods of what the receiver's last call gives back, when the standard library says.
fn chained_result_methods(receiver: &str) -> Option<&'static [&'static str]> {
    if receiver.ends_with(".await") {
        return Some(RESULT_METHODS);
    }
    let inner = receiver.strip_suffix(')')?;
    let open = matching_open_paren(inner)?;
    let before = &inner[..open];
    if before.is_empty() {
        // `(1..=10).`: a parenthesized range.
        let range = &inner[1..];
        return (range.contains("..") && !range.contains(['(', '{', '"']))
            .then_some(ITERATOR_METHODS);
    }
    let method = &before[super::lexer::trailing_identifier_start(before)..];
    let called_on = before[..before.len() - method.len()].strip_suffix('.')?;
    if called_on.is_empty() {
        return None;
    }
    // `lines.join(", ")` is text, `handle.join()` a thread's `Result`.
    let without_arguments = inner.len() == open + 1;
    if TEXT_RETURNING.contains(&method) || method == "join" && !without_arguments {
        Some(STRING_METHODS)
    } else if OPTION_RETURNING.contains(&method) {
        Some(OPTION_METHODS)
    } else if RESULT_RETURNING.contains(&method) {
        Some(RESULT_METHODS)
    } else {
        None
    }
}

/// Where the `(` that the end of `text` closes opens (`text` is what precedes its `)`).
fn matching_open_paren(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (at, character) in text.char_indices().rev() {
        match character {
            ')' => depth += 1,
            '(' => match depth.checked_sub(1) {
                Some(less) => depth = less,
                None => return Some(at),
            },
            _ => {}
        }
    }
    None
}

/// The modules the code declares before the cursor (`mod recorder;`, `pub(crate) mod common {`), which
/// `self::` and, in a crate's root, `crate::` name next (`pub use self::recorder::Recorder`).
fn declared_modules<'a>(context: &Context<'a>) -> Vec<&'a str> {
    let before = context.code.get(..context.cursor).unwrap_or("");
    let mut modules = Vec::new();
    for line in before.lines() {
        let line = line.trim_start();
        let declaration = line
            .strip_prefix("pub(crate) ")
            .or_else(|| line.strip_prefix("pub(super) "))
            .or_else(|| line.strip_prefix("pub "))
            .unwrap_or(line);
        let Some(rest) = declaration.strip_prefix("mod ") else {
            continue;
        };
        let name = rest.get(..super::lexer::identifier_end(rest)).unwrap_or("");
        if !name.is_empty() && !modules.contains(&name) {
            modules.push(name);
        }
    }
    modules
}

/// The methods of the type a declaration shows (`Vec<u8>`, `vec![]`, `String::new()`, `HashMap::new()`).
fn declared_methods(declaration: &str) -> Option<&'static [&'static str]> {
    let head = declaration
        .trim_start_matches(['&', ' '])
        .trim_start_matches("mut ");
    if head.starts_with("Vec") || head.starts_with("vec!") || head.starts_with('[') {
        Some(VEC_METHODS)
    } else if head.starts_with("String")
        || head.starts_with("str")
        || head.starts_with("format!")
        || head.starts_with('"')
        || head.ends_with(".to_string();")
    {
        Some(STRING_METHODS)
    } else if head.starts_with("HashMap") || head.starts_with("BTreeMap") {
        Some(MAP_METHODS)
    } else if head.starts_with("thread::spawn(") || head.starts_with("std::thread::spawn(") {
        Some(JOIN_HANDLE_METHODS)
    } else if head.starts_with("Regex::new(") || head.starts_with("regex::Regex::new(") {
        Some(REGEX_METHODS)
    } else {
        None
    }
}

/// A floating-point number's methods, most used first.
static FLOAT_METHODS: &[&str] = &[
    "sqrt()",
    "abs()",
    "powi()",
    "round()",
    "floor()",
    "ceil()",
    "powf()",
    "ln()",
    "max()",
    "min()",
    "exp()",
    "log10()",
    "sin()",
    "cos()",
    "trunc()",
    "clamp()",
    "hypot()",
    "atan2()",
    "signum()",
    "is_nan()",
    "to_string()",
];

/// A spawned thread's handle: what is left is waiting for it.
static JOIN_HANDLE_METHODS: &[&str] = &["join()", "is_finished()"];
/// A compiled `Regex`'s methods, most used first.
static REGEX_METHODS: &[&str] = &[
    "is_match()",
    "captures()",
    "find()",
    "replace_all()",
    "captures_iter()",
    "find_iter()",
    "replace()",
];

/// `next: Option<Box<` in `struct Node {` -> `Node>>,`: a linked list's link owns the next node of its own type.
fn boxed_link(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end()
        || !context
            .before_prefix()
            .trim_end()
            .ends_with(": Option<Box<")
    {
        return;
    }
    if let Some(name) = super::idioms::defined_struct(context) {
        let full = format!("{name}>>,");
        if let Some(rest) = full.strip_prefix(context.prefix) {
            out.push(Suggestion::construct(rest, 0.88));
        }
    }
}

/// `s.chars().filter(|c| ...).` as the tail of a function returning `usize` -> `count()`: counting what the
/// filter keeps (vowels, words, matches).
fn count_returned(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let typed = context.before_prefix().trim_start();
    let typed = typed.strip_prefix("return ").unwrap_or(typed);
    // The function's tail (or its `return`), not a binding.
    let tail = typed.starts_with(|c: char| c.is_ascii_lowercase())
        && !typed.starts_with("let ")
        && typed.contains(".filter(")
        && typed.ends_with(").");
    let returns_count = super::statements::enclosing_function(context).is_some_and(
        |function| matches!(function.results.as_slice(), [result] if result.trim() == "usize"),
    );
    if tail
        && returns_count
        && let Some(rest) = "count()".strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::member(rest, 0.88));
    }
}

/// `impl std::error::Error for MyError ` -> `{}`: the trait's methods all have defaults, so an error type
/// implements it empty (its `Display` and `Debug` do the work).
fn trait_with_defaults(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(implemented) = typed
        .strip_prefix("impl ")
        .and_then(|rest| rest.strip_suffix(' '))
        .and_then(|rest| rest.split_once(" for "))
        .map(|(implemented, _)| implemented)
    else {
        return;
    };
    if matches!(implemented, "std::error::Error" | "Error" | "error::Error") {
        out.push(Suggestion::construct("{}", 0.88));
    }
}

/// `fn next(&mut self) -> ` in `impl Iterator for Counter` -> `Option<Self::Item> {`: the signature the trait
/// fixes.
fn iterator_next_result(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty()
        || !context.at_line_end()
        || context.line_before.trim_start() != "fn next(&mut self) -> "
    {
        return;
    }
    let in_iterator = context
        .code_lines_above()
        .find(|line| line.starts_with("impl"))
        .is_some_and(|line| {
            line.starts_with("impl Iterator for ") || line.contains(" Iterator for ")
        });
    if in_iterator {
        out.push(Suggestion::construct("Option<Self::Item> {", 0.88));
    }
}

/// `*counts.entry(` in `for c in text.chars() {` -> `c).or_insert(0) += 1;`: the loop's element counted in a map.
fn count_loop_element_in_map(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(map) = typed
        .strip_prefix('*')
        .and_then(|rest| rest.strip_suffix(".entry("))
        .filter(|map| !map.is_empty() && map.chars().all(super::lexer::is_identifier_char))
    else {
        return;
    };
    let depth = indentation(context.line_before);
    let element = context
        .code_before_line()
        .lines()
        .rev()
        .take(20)
        .find(|line| !line.trim().is_empty() && indentation(line) < depth)
        .and_then(|line| line.trim().strip_prefix("for "))
        .and_then(|header| header.split_once(" in "))
        .map(|(element, walked)| (element.trim_start_matches('&'), walked))
        .filter(|(element, _)| {
            !element.is_empty() && element.chars().all(super::lexer::is_identifier_char)
        });
    let is_map =
        declaration_of(context, map).is_some_and(|declaration| declaration.contains("HashMap"));
    if let Some((element, walked)) = element.filter(|_| is_map) {
        let key = super::console_programs::owned_key(context, element, walked);
        out.push(Suggestion::construct(
            format!("{key}).or_insert(0) += 1;"),
            0.85,
        ));
    }
}

/// `let line = line.` in `for line in stdin.lock().lines() {` -> `unwrap();`: each line read is a `Result`.
fn line_of_reader(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !context.prefix.is_empty()
        || context.before_receiver(&access).map(str::trim_start)
            != Some(&format!("let {} = ", access.receiver))
    {
        return;
    }
    let from_lines = context.previous_code_line().is_some_and(|line| {
        let line = line.trim();
        line.starts_with(&format!("for {} in ", access.receiver))
            && line.ends_with(".lines() {")
            && !line.contains("str")
            && (line.contains("lock()") || line.contains("reader") || line.contains("BufReader"))
    });
    if from_lines {
        out.push(Suggestion::member("unwrap();", 0.88));
    }
}

/// `let evens: Vec<i32> = nums.iter().filter(|n| ` -> `*n % 2 == 0)` (`squares` ... `.map(|x| ` -> `x * x)`,
/// `doubled` -> `x * 2)`, `lengths` ... `.map(|w| w.` -> `len())`): the binding's name says what the closure
/// computes.
fn closure_by_result(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some((target, chain)) = typed
        .strip_prefix("let ")
        .and_then(|rest| rest.split_once(" = "))
    else {
        return;
    };
    let target = target
        .split(':')
        .next()
        .unwrap_or("")
        .trim()
        .trim_start_matches("mut ");
    let (method, parameter, member) = if let Some((head, parameter)) = chain
        .strip_suffix("| ")
        .and_then(|rest| rest.rsplit_once("(|"))
    {
        (head.rsplit('.').next().unwrap_or(""), parameter, false)
    } else if let Some((head, parameter)) = chain
        .strip_suffix('.')
        .and_then(|rest| rest.rsplit_once("(|"))
        .and_then(|(head, rest)| {
            let (parameter, receiver) = rest.split_once("| ")?;
            (parameter == receiver).then_some((head, parameter))
        })
    {
        (head.rsplit('.').next().unwrap_or(""), parameter, true)
    } else {
        return;
    };
    // `|&&x|` takes the reference apart in the pattern: the number itself is bound, with nothing to dereference.
    let bound = parameter.trim_start_matches('&');
    let star = if bound.len() == parameter.len() {
        "*"
    } else {
        ""
    };
    let parameter = bound;
    if parameter.is_empty() || !parameter.chars().all(super::lexer::is_identifier_char) {
        return;
    }
    let on_iterator = chain.contains(".iter()") || chain.contains(".into_iter()");
    let body = match (method, target, member) {
        ("filter", "evens" | "even", false) => format!("{star}{parameter} % 2 == 0)"),
        ("filter", "odds" | "odd", false) => format!("{star}{parameter} % 2 != 0)"),
        ("map", "squares" | "squared", false) => format!("{parameter} * {parameter})"),
        ("map", "doubled" | "doubles", false) => format!("{parameter} * 2)"),
        ("map", "lengths" | "lens", true) => "len())".to_owned(),
        _ => return,
    };
    if on_iterator {
        out.push(Suggestion::construct(body, 0.85));
    }
}

/// `.collect::<` -> `Vec<_>>()`: the turbofish a beginner writes collects into a vector of what the iterator gives.
fn collected_vector(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.at_line_end()
        && context.prefix.is_empty()
        && context.line_before.ends_with(".collect::<")
    {
        out.push(Suggestion::construct("Vec<_>>()", 0.85));
    }
}

/// The first line under `if let Err(e) = run() {` -> `eprintln!("Error: {e}");`: a failure is reported on standard
/// error.
fn reported_error(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.on_blank_line_start() || !context.at_line_end() {
        return;
    }
    let error = context.previous_code_line().and_then(|line| {
        let rest = line.trim().strip_prefix("if let Err(")?;
        let (name, rest) = rest.split_once(')')?;
        (rest.starts_with(" = ") && rest.ends_with('{') && super::lexer::is_plain_name(name))
            .then_some(name)
    });
    if let Some(error) = error {
        out.push(Suggestion::construct(
            format!("eprintln!(\"Error: {{{error}}}\");"),
            0.85,
        ));
    }
}

/// The one method the book's concurrency chapter calls on each value: a `Mutex` (or an `Arc` of one) is locked,
/// `counter.` -> `lock().unwrap()`; the ends of `let (tx, rx) = mpsc::channel();` send and receive, `tx.` ->
/// `send()`, `rx.` -> `recv()` (`let received = rx.` -> `recv().unwrap();`); and a `let` copy of a string or
/// vector, `let s2 = s1.cl` -> `one();` (`clear()` gives nothing to bind).
fn shared_state_member(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    /// How many lines above are read for the channel.
    const LINES: usize = 40;
    let Some(access) = context.dot_member() else {
        return;
    };
    if !context.at_line_end() || !super::lexer::is_plain_name(access.receiver) {
        return;
    }
    let bound = context
        .before_receiver(&access)
        .map(str::trim_start)
        .is_some_and(|before| before.starts_with("let ") && before.ends_with(" = "));
    let end = if bound { ";" } else { "" };
    let declared = declaration_of(context, access.receiver).map(str::trim_start);
    let mutex = declared.is_some_and(|declared| {
        declared.starts_with("Mutex::new(") || declared.starts_with("Arc::new(Mutex::new(")
    });
    let channel = "mpsc::channel";
    let ends = context.code_lines_above().take(LINES).find_map(|line| {
        let (pattern, value) = line.strip_prefix("let (")?.split_once(") = ")?;
        (value.contains(channel) || value.contains("mpsc::sync_channel")).then_some(pattern)
    });
    // A receiver walked by a loop (`for msg in rx.`) is iterated, not asked once.
    let alone = bound
        || context
            .before_receiver(&access)
            .is_some_and(|before| before.trim().is_empty());
    let end_of_channel = ends.filter(|_| alone).and_then(|pattern| {
        let (sender, receiver) = pattern.split_once(',')?;
        let receiver = receiver.trim().trim_start_matches("mut ");
        if sender.trim() == access.receiver {
            Some("send()".to_owned())
        } else if receiver == access.receiver {
            Some(if bound { "recv().unwrap();" } else { "recv()" }.to_owned())
        } else {
            None
        }
    });
    let copied = bound
        && context.prefix.len() >= 2
        && "clone".starts_with(context.prefix)
        && declared
            .and_then(declared_methods)
            .is_some_and(|methods| methods == STRING_METHODS || methods == VEC_METHODS);
    let text = if mutex {
        format!("lock().unwrap(){end}")
    } else if let Some(text) = end_of_channel {
        text
    } else if copied {
        "clone();".to_owned()
    } else {
        return;
    };
    // Above the declared type's own table, whose `clear()` leads a vector's `cl`.
    let confidence = if copied { 0.92 } else { 0.88 };
    let name_length = text.find('(').unwrap_or(text.len());
    if context.prefix.len() < name_length
        && let Some(rest) = text.strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest.to_owned(), confidence));
    }
}

/// The member of a standard path that all but every program means: `String::fr` -> `om()` (not `from_utf8`),
/// `std::f64::consts::` -> `PI`.
fn dominant_path_member(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const DOMINANT: &[(&str, &str, &str)] = &[
        ("String", "f", "from()"),
        ("std::f64::consts", "", "PI"),
        ("f64::consts", "", "PI"),
    ];
    let Some(access) = context.member.filter(|access| access.separator == "::") else {
        return;
    };
    let Some((_, _, member)) = DOMINANT.iter().find(|(receiver, begun, member)| {
        *receiver == access.receiver
            && context.prefix.starts_with(begun)
            && member.starts_with(context.prefix)
            && context.prefix.len() < member.find('(').unwrap_or(member.len())
    }) else {
        return;
    };
    if let Some(rest) = member.strip_prefix(context.prefix) {
        out.push(Suggestion::member(rest, 0.88));
    }
}

/// `fn longest<'a>(x: &'a str, y: &'a str) -> &` -> `'a str {`: a function with one lifetime whose borrowed
/// parameters all share it returns a borrow of the same type for it.
fn borrowed_result(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some((header, _)) = typed
        .strip_suffix(" -> &")
        .and_then(|header| header.rsplit_once(')'))
    else {
        return;
    };
    let Some((generics, parameters)) = header
        .split_once("fn ")
        .and_then(|(_, rest)| rest.split_once('<'))
        .and_then(|(_, rest)| rest.split_once(">("))
    else {
        return;
    };
    let [lifetime] = generics.split(',').map(str::trim).collect::<Vec<_>>()[..] else {
        return;
    };
    if !lifetime.starts_with('\'') {
        return;
    }
    let borrowed = format!("&{lifetime} ");
    let mut types = parameters.split(',').filter_map(|parameter| {
        let (_, type_text) = parameter.split_once(':')?;
        type_text.trim().strip_prefix(borrowed.as_str())
    });
    let Some(first) = types.next() else {
        return;
    };
    if super::lexer::is_plain_name(first) && types.all(|other| other == first) {
        out.push(Suggestion::construct(
            format!("{lifetime} {first} {{"),
            0.86,
        ));
    }
}

/// `while let Some(top) = stack.` -> `pop() {` for a vector: a stack is emptied from its top (a `VecDeque` from its
/// front, `pop_front() {`).
fn popped_until_empty(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !context.at_line_end() {
        return;
    }
    let walked = context.before_receiver(&access).is_some_and(|before| {
        before.trim_start().starts_with("while let Some(") && before.ends_with(") = ")
    });
    // Only a vector (or a heap) is popped; an iterator goes on with `next()`. A `VecDeque` is a breadth-first
    // search's queue, served from its front.
    let declared = declaration_of(context, access.receiver).map(str::trim_start);
    let member = match declared {
        Some(declared) if declared.starts_with("VecDeque") => "pop_front() {",
        Some(declared)
            if declared.starts_with("vec!")
                || declared.starts_with("Vec")
                || declared.starts_with("BinaryHeap") =>
        {
            "pop() {"
        }
        _ if access.receiver == "stack" => "pop() {",
        _ => return,
    };
    // Begun (`stack.p`), the word is finished the same way; `push` would not yield a value to bind.
    if walked
        && let Some(rest) = member.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::member(rest, 0.9));
    }
}

/// `impl ` at the start of a line -> `Point {` for the struct just defined that has no `impl` yet (`impl<'a> ` ->
/// `Parser<'a> {` for a generic one).
fn impl_of_new_struct(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    // `impl<'a> ` -> `Parser<'a> {` for the struct just defined with those parameters (`struct Parser<'a> {`).
    if let Some(parameters) = context
        .line_before
        .strip_prefix("impl<")
        .and_then(|rest| rest.strip_suffix("> "))
        .filter(|parameters| !parameters.contains(['<', '>', ':']))
    {
        let before = context.code_before_line();
        let Some(name) = before.lines().rev().find_map(|line| {
            let rest = line
                .strip_prefix("pub struct ")
                .or_else(|| line.strip_prefix("struct "))?;
            let (name, generics) = rest.split_once('<')?;
            let generics = generics.split_once('>')?.0;
            (super::lexer::is_plain_name(name) && generics == parameters).then_some(name)
        }) else {
            return;
        };
        // Once the struct has its `impl`, the next one may be a trait's.
        if !before.contains(&format!("impl<{parameters}> {name}<")) {
            out.push(Suggestion::construct(
                format!("{name}<{parameters}> {{"),
                0.86,
            ));
        }
        return;
    }
    if context.line_before != "impl " {
        return;
    }
    let before = context.code_before_line();
    let Some(name) = before.lines().rev().find_map(|line| {
        let rest = line
            .strip_prefix("pub struct ")
            .or_else(|| line.strip_prefix("struct "))?;
        let name = rest.split([' ', '{', '(', ';', '<']).next()?;
        super::lexer::is_plain_name(name).then_some(name)
    }) else {
        return;
    };
    let implemented =
        before.contains(&format!("impl {name} ")) || before.contains(&format!("impl {name}<"));
    let generic = before.contains(&format!("struct {name}<"));
    if !implemented && !generic {
        out.push(Suggestion::construct(format!("{name} {{"), 0.86));
    }
}

/// `impl From<io::Error> for AppError { fn from(e: io::Error) -> Self { AppError::` -> `Io(e)`: a conversion
/// wraps its parameter in the variant of the enum that holds exactly the parameter's type.
fn converted_variant(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.member.as_ref() else {
        return;
    };
    if access.separator != "::" || !context.at_line_end() {
        return;
    }
    let Some(function) = enclosing_function(context).filter(|function| function.name == "from")
    else {
        return;
    };
    let [parameter] = function.parameters.as_slice() else {
        return;
    };
    let target = if access.receiver == "Self" {
        None
    } else {
        Some(access.receiver)
    };
    // The `impl From<T> for Target` line above the function.
    let Some(header) = context
        .code_before_line()
        .lines()
        .rev()
        .take(40)
        .find_map(|line| {
            line.trim()
                .strip_prefix("impl From<")
                .and_then(|rest| rest.strip_suffix(" {"))
                .and_then(|rest| rest.rsplit_once("> for "))
        })
    else {
        return;
    };
    let (source, enum_name) = header;
    if source != parameter.type_text || target.is_some_and(|target| target != enum_name) {
        return;
    }
    let Some(start) = find_definition(context.code, "enum ", enum_name) else {
        return;
    };
    let body = context.code.get(start..).unwrap_or("");
    let body = body
        .get(..body.find("\n}").unwrap_or(body.len()))
        .unwrap_or("");
    let holding: Vec<&str> = enum_variants(context.code, enum_name)
        .into_iter()
        .filter(|(variant, shape)| {
            *shape == VariantShape::Tuple && body.contains(&format!("{variant}({source})"))
        })
        .map(|(variant, _)| variant)
        .collect();
    if let [variant] = holding.as_slice()
        && let Some(rest) = variant
            .strip_prefix(context.prefix)
            .filter(|rest| !rest.is_empty() || context.prefix.is_empty())
    {
        // Above the enum's member list (`Io(`), which does not know the parameter.
        out.push(Suggestion::construct(
            format!("{rest}({})", parameter.name),
            0.92,
        ));
    }
}

/// `Self { ` (or the type's name) opening a constructor's body -> every field: the parameter of its name
/// (shorthand), else the empty value of its type (`items: Vec::new()`); nothing when a field has neither.
fn constructor_fields(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    // An editor may have closed the literal already (`Self { | }`).
    let closed = context.line_after.trim() == "}";
    if !context.prefix.is_empty() || !(context.at_line_end() || closed) {
        return;
    }
    let typed = context.line_before.trim();
    let Some(opened) = typed.strip_suffix(" {") else {
        return;
    };
    let Some(function) = super::statements::enclosing_function(context) else {
        return;
    };
    // The literal is the body's first statement: the header's `{` and the literal's own.
    if function.name != "new" || context.tokens_before().len() != function.body_start + 2 {
        return;
    }
    let Some(fields) = implemented_struct_fields(context) else {
        return;
    };
    let type_name = context
        .code_before_line()
        .lines()
        .rev()
        .find(|line| line.starts_with("impl"))
        .and_then(implemented_type);
    if opened != "Self" && Some(opened) != type_name {
        return;
    }
    let mut values = Vec::new();
    for (field, type_text) in &fields {
        if function
            .parameters
            .iter()
            .any(|parameter| parameter.name == *field)
        {
            values.push((*field).to_owned());
        } else if let Some(empty) = empty_value(type_text) {
            values.push(format!("{field}: {empty}"));
        } else {
            return;
        }
    }
    // Every parameter is stored somewhere, or the constructor does more than fill the fields.
    if function
        .parameters
        .iter()
        .any(|parameter| !fields.iter().any(|(field, _)| *field == parameter.name))
    {
        return;
    }
    let closer = if closed { "" } else { " }" };
    out.push(Suggestion::construct(
        format!("{}{closer}", values.join(", ")),
        0.86,
    ));
}

/// The type an `impl` line implements: `impl Point {`, `impl<T> Stack<T> {`, `impl fmt::Display for Point {` ->
/// `Point`, `Stack`, `Point`.
fn implemented_type(header: &str) -> Option<&str> {
    let header = header.trim_end().strip_suffix('{')?.trim_end();
    let type_name = header.rsplit_once(" for ").map_or_else(
        || {
            let rest = header.strip_prefix("impl").unwrap_or("");
            // The impl's own type parameters: `impl<T> Stack<T>`.
            match rest.strip_prefix('<') {
                Some(generic) => generic.split_once('>').map_or("", |(_, rest)| rest),
                None => rest,
            }
        },
        |(_, name)| name,
    );
    let type_name = type_name.trim().split('<').next().unwrap_or("").trim();
    (!type_name.is_empty() && type_name.chars().all(super::lexer::is_identifier_char))
        .then_some(type_name)
}
