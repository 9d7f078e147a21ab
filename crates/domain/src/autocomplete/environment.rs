//! What a program asks of its surroundings, in every language: an environment variable named for the variable
//! that receives it (`api_key = os.getenv(` -> `"API_KEY")`, `const port = process.env.` -> `PORT`), the time
//! elapsed since a start taken with the clock a line above (`elapsed = ` -> `time.time() - start`,
//! `start.` -> `elapsed()` for a Rust `Instant`), and the command line (`const args = process.` ->
//! `argv.slice(2)`, C's `srand(` -> `time(NULL));`, `return 1;` after the usage message), standard input, files
//! and logs (Rust's `read_line(` -> `&mut input)`, `let contents = fs::` -> `read_to_string()`, Go's `log.` on an
//! error -> `Fatal(err)`, Python's `logger = logging.` -> `getLogger(__name__)`); an `argparse` flag's
//! `action="` -> `store_true")`.
//!
//! It runs after the member tables: where a table's favourite cannot be what an assignment receives (Go's
//! `port := os.` -> `Exit()`, Java's `long start = System.` -> `out.println()`, both without a value), the
//! answer of this module replaces it, or the favourite is dropped.

use super::Language;
use super::Suggestion;
use super::cursor::{Context, QuotedText};
use super::idioms::{open_parentheses, terminator};
use super::lexer::{Token, is_plain_name};
use super::statements::enclosing_function;

/// Runs every rule of this module.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    variable_named_for_target(context, out);
    environment_member(context, out);
    elapsed_since_start(context, out);
    console_timer_end(context, out);
    clock_reading(context, out);
    command_line(context, out);
    usage_exit(context, out);
    arguments_destructured(context, out);
    node_usage_exit(context, out);
    exit_status_after_report(context, out);
    rust_message_argument(context, out);
    input_and_logs(context, out);
    log_argument(context, out);
    handler_added(context, out);
    flag_option(context, out);
    click_parameters(context, out);
    option_read_as_keyword(context, out);
    valueless_member_in_assignment(context, out);
    port_number(context, out);
}

/// How many lines above the cursor a `console.time(` is looked for.
const TIMER_LINES: usize = 60;

/// `console.time("load");` ... `console.time` -> `End("load");`: a timer started above and not ended yet is
/// ended under the same label (it would not match otherwise). The latest such timer when several are open.
fn console_timer_end(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript
    ) || context.prefix.len() < "time".len()
    {
        return;
    }
    let Some(rest) = "timeEnd".strip_prefix(context.prefix) else {
        return;
    };
    let starts_statement = context.dot_member().is_some_and(|access| {
        access.receiver == "console" && context.member_starts_statement(&access)
    });
    if !starts_statement {
        return;
    }
    let mut ended: Vec<&str> = Vec::new();
    for line in context.code_lines_above().take(TIMER_LINES) {
        let line = line.trim();
        if let Some(label) = timer_label(line, "console.timeEnd(") {
            ended.push(label);
        } else if let Some(label) = timer_label(line, "console.time(") {
            if !ended.contains(&label) {
                out.push(Suggestion::member(
                    format!("{rest}({label}){}", terminator(context)),
                    0.92,
                ));
            }
            return;
        }
    }
}

/// The label a line's `console.time(` (or `timeEnd(`) call is given, quotes included: `"load"`.
fn timer_label<'a>(line: &'a str, call: &str) -> Option<&'a str> {
    let label = line.strip_prefix(call)?.split(')').next()?;
    let quoted = label.len() >= 2
        && ['"', '\'', '`']
            .iter()
            .any(|&quote| label.starts_with(quote) && label.ends_with(quote));
    quoted.then_some(label)
}

/// The ports services listen on by default, the development servers' first.
const COMMON_PORTS: &[&str] = &[
    "3000", "8080", "8000", "5000", "4000", "5432", "6379", "27017", "3306", "5173", "8443", "9000",
];

/// What the digits typed on a line about a port begin.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum PortBegun {
    /// The rest of the one common port they begin (`30` -> `00`, `808` -> `0`).
    One(&'static str),
    /// Several common ports (`8`: `8080` or `8000`): the number is surely not finished.
    Several,
    /// No common port, or a line about something else.
    None,
}

/// What `digits` begin on a line about a port (`process.env.PORT || 30`, `app.listen(30`, `Addr: ":808`).
pub(super) fn port_begun(line_before: &str, digits: &str) -> PortBegun {
    let lower = line_before.to_lowercase();
    if digits.is_empty()
        || !digits.bytes().all(|byte| byte.is_ascii_digit())
        || !["port", "listen", "addr"]
            .iter()
            .any(|word| lower.contains(word))
    {
        return PortBegun::None;
    }
    let mut begun = COMMON_PORTS
        .iter()
        .filter_map(|port| port.strip_prefix(digits))
        .filter(|rest| !rest.is_empty());
    match (begun.next(), begun.next()) {
        (Some(rest), None) => PortBegun::One(rest),
        (Some(_), Some(_)) => PortBegun::Several,
        (None, _) => PortBegun::None,
    }
}

/// `const PORT = process.env.PORT || 30` -> `00;`, `app.listen(30` -> `00);`: a port's default is one of the
/// few every framework's guide uses, and a number cut at two digits is no port yet.
fn port_number(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before;
    let digits_start = typed
        .trim_end_matches(|character: char| character.is_ascii_digit())
        .len();
    let (before, digits) = typed.split_at(digits_start);
    if before.ends_with(|character: char| {
        character.is_alphanumeric() || character == '_' || character == '.'
    }) {
        return;
    }
    if let PortBegun::One(rest) = port_begun(before, digits)
        && let Some(ending) = super::closers::after_value(context)
    {
        out.push(Suggestion::construct(format!("{rest}{ending}"), 0.88));
    }
}

/// The variable an assignment on the cursor's line gives its value to, before `=` or `:=`: `api_key = os.getenv(`
/// -> `api_key`, `const port = process.env.` -> `port`, `String home = System.getenv(` -> `home`.
fn receiving_variable(line_before: &str) -> Option<&str> {
    let (left, _) = line_before.split_once('=')?;
    let left = left.trim_end().trim_end_matches(':').trim_end();
    // An annotation names the type, not the variable (`const apiKey: string`, `let args: Vec<String>`).
    let left = left.split_once(": ").map_or(left, |(declared, _)| declared);
    let name = left
        .rsplit(|c: char| c.is_whitespace() || c == '*' || c == '&')
        .next()?;
    is_plain_name(name).then_some(name)
}

/// `apiKey`, `api_key` and `API_KEY` all name the environment variable `API_KEY`.
fn environment_name(variable: &str) -> String {
    let mut name = String::with_capacity(variable.len() + 4);
    let mut previous_lower = false;
    for character in variable.chars() {
        if character.is_uppercase() && previous_lower {
            name.push('_');
        }
        previous_lower = character.is_lowercase() || character.is_ascii_digit();
        name.extend(character.to_uppercase());
    }
    name.trim_matches('_').to_owned()
}

/// Whether a variable's name says it holds configuration read from the environment.
fn names_setting(variable: &str) -> bool {
    const WORDS: &[&str] = &[
        "key", "token", "secret", "password", "passwd", "port", "host", "url", "uri", "dsn",
        "debug", "env", "api", "database", "endpoint", "region", "home", "level", "mode",
    ];
    let lower = variable.to_lowercase();
    let shouting = variable.len() > 1
        && variable
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit());
    shouting || WORDS.iter().any(|word| lower.contains(word))
}

/// Whether the line ends with the call that reads one environment variable, in the cursor's language (a quote
/// already opened for its argument aside).
fn ends_with_environment_call(context: &Context<'_>) -> bool {
    let typed = context.line_before.trim_end_matches(['"', '\'']);
    let calls: &[&str] = match context.profile.language {
        Language::Python => &["os.getenv(", "os.environ.get(", "environ.get(", "getenv("],
        Language::Go => &["os.Getenv(", "os.LookupEnv("],
        Language::Java => &["System.getenv("],
        Language::Rust => &["env::var(", "env::var_os("],
        Language::C | Language::Cpp => &["getenv("],
        _ => &[],
    };
    calls.iter().any(|call| typed.ends_with(call))
}

/// `api_key = os.getenv(` -> `"API_KEY")`, `port := os.Getenv(` -> `"PORT")`, `String home = System.getenv(` ->
/// `"HOME");`, `let key = env::var(` -> `"KEY")`: the variable is named for the setting it reads.
fn variable_named_for_target(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !ends_with_environment_call(context) {
        return;
    }
    let Some(variable) = receiving_variable(context.line_before) else {
        return;
    };
    if !names_setting(variable) {
        return;
    }
    let quote = if context.line_before.ends_with('\'') {
        "'"
    } else {
        "\""
    };
    let opened = context.line_before.ends_with(['"', '\'']);
    let name = environment_name(variable);
    // `int(os.getenv(` closes the conversion too.
    let closers = open_parentheses(context.line_before)
        .filter(|closers| !closers.is_empty())
        .unwrap_or_else(|| ")".to_owned());
    let mut text = if opened {
        format!("{name}{quote}{closers}")
    } else {
        format!("{quote}{name}{quote}{closers}")
    };
    // Java and C end the statement; Rust's `env::var` gives a `Result` the line goes on to handle.
    if matches!(
        context.profile.language,
        Language::Java | Language::C | Language::Cpp
    ) {
        text.push(';');
    }
    out.push(Suggestion::construct(text, 0.88));
}

/// `const port = process.env.` -> `PORT`, `api_key = os.environ[` -> `"API_KEY"]`, and `api_key = os.` ->
/// `getenv()`: a setting read where the code names it.
fn environment_member(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(variable) = receiving_variable(context.line_before) else {
        return;
    };
    if !names_setting(variable) {
        return;
    }
    let name = environment_name(variable);
    let typed = context.before_prefix().trim();
    let language = context.profile.language;
    if matches!(language, Language::JavaScript | Language::TypeScript)
        && typed.ends_with("process.env.")
    {
        // The name may be typed in part (`process.env.P`).
        if let Some(rest) = name.strip_prefix(context.prefix)
            && !rest.is_empty()
        {
            out.push(Suggestion::member(rest, 0.9));
        }
        return;
    }
    if !context.prefix.is_empty() {
        return;
    }
    match language {
        Language::Python if typed.ends_with("os.environ[") => {
            out.push(Suggestion::construct(format!("\"{name}\"]"), 0.88));
        }
        // In the file's own spelling: `os.environ.get(` where the lines above read the environment so.
        Language::Python if typed.ends_with("= os.") => {
            let environ_style = context.code_before_line().contains("os.environ.get(")
                && !context.code_before_line().contains("os.getenv(");
            let call = if environ_style {
                "environ.get()"
            } else {
                "getenv()"
            };
            out.push(Suggestion::member(call, 0.9));
        }
        Language::Go if typed.ends_with("= os.") => {
            out.push(Suggestion::member("Getenv()", 0.9));
        }
        Language::Java if typed.ends_with("= System.") && typed.starts_with("String ") => {
            out.push(Suggestion::member("getenv()", 0.9));
        }
        _ => {}
    }
}

/// How each language reads a clock for a duration, as the start was taken: the call that read it, and what the
/// elapsed time is written as (`{now}` stands for the same call, `{start}` for the start's variable).
const CLOCKS: &[(Language, &str, &str)] = &[
    (Language::Python, "time.time()", "time.time() - {start}"),
    (
        Language::Python,
        "time.perf_counter()",
        "time.perf_counter() - {start}",
    ),
    (
        Language::Python,
        "time.monotonic()",
        "time.monotonic() - {start}",
    ),
    (
        Language::Python,
        "perf_counter()",
        "perf_counter() - {start}",
    ),
    (
        Language::Python,
        "datetime.now()",
        "datetime.now() - {start}",
    ),
    (
        Language::JavaScript,
        "performance.now()",
        "performance.now() - {start}",
    ),
    (Language::JavaScript, "Date.now()", "Date.now() - {start}"),
    (
        Language::TypeScript,
        "performance.now()",
        "performance.now() - {start}",
    ),
    (Language::TypeScript, "Date.now()", "Date.now() - {start}"),
    (Language::Go, "time.Now()", "time.Since({start})"),
    (
        Language::Java,
        "System.currentTimeMillis()",
        "System.currentTimeMillis() - {start}",
    ),
    (
        Language::Java,
        "System.nanoTime()",
        "System.nanoTime() - {start}",
    ),
    (Language::Rust, "Instant::now()", "{start}.elapsed()"),
];

/// Whether a variable's name says it holds a duration.
fn names_duration(variable: &str) -> bool {
    let lower = variable.to_lowercase();
    [
        "elapsed", "duration", "took", "taken", "runtime", "seconds", "millis", "ms",
    ]
    .iter()
    .any(|word| lower == *word || lower.contains(word))
        || lower == "dt"
        || lower == "delta"
}

/// The start a line above took from a clock: its variable and the clock's entry in [`CLOCKS`].
fn clock_start<'a>(context: &Context<'a>) -> Option<(&'a str, &'static str)> {
    let language = context.profile.language;
    context.code_lines_above().take(40).find_map(|line| {
        let line = line.trim_end_matches(';');
        let (_, value) = line.split_once('=')?;
        let value = value.trim();
        let (_, _, elapsed) = CLOCKS
            .iter()
            .find(|(clock_language, call, _)| *clock_language == language && value == *call)?;
        let start = receiving_variable(line)?;
        let lower = start.to_lowercase();
        (lower.contains("start") || lower == "t0" || lower == "begin" || lower == "before")
            .then_some((start, *elapsed))
    })
}

/// `elapsed = ` after `start = time.time()` -> `time.time() - start`; Go's `elapsed := ` -> `time.Since(start)`;
/// Rust's `let elapsed = ` -> `start.elapsed();`.
fn elapsed_since_start(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before;
    if !(typed.ends_with("= ") && context.prefix.is_empty()) {
        return;
    }
    let Some(variable) = receiving_variable(typed) else {
        return;
    };
    if !names_duration(variable) {
        return;
    }
    let Some((start, elapsed)) = clock_start(context) else {
        return;
    };
    let text = format!(
        "{}{}",
        elapsed.replace("{start}", start),
        terminator(context)
    );
    out.push(Suggestion::construct(text, 0.86));
}

/// `start.` -> `elapsed()` for a Rust `let start = Instant::now();`, Go's `time.` -> `Since(start)` where a
/// `start := time.Now()` waits to be measured, and the clock itself where a start is being taken: `Instant::` ->
/// `now()`, JavaScript's `const start = Date.` -> `now()`; Go's `time.Since(` -> `start))`, and C's calendar time.
fn clock_reading(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    // `start.ela` -> `psed()`: the one reading an `Instant` is taken for, begun.
    if context.profile.language == Language::Rust
        && !context.prefix.is_empty()
        && let Some(rest) = "elapsed()".strip_prefix(context.prefix)
        && let Some((start, _)) = clock_start(context)
        && context.before_prefix().ends_with(&format!("{start}."))
    {
        out.push(Suggestion::member(rest, 0.9));
    }
    if !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_end();
    let language = context.profile.language;
    let starting = receiving_variable(typed).is_some_and(|variable| {
        let lower = variable.to_lowercase();
        lower.contains("start") || lower == "now" || lower == "t0" || lower == "begin"
    });
    match language {
        Language::Rust if typed.ends_with("Instant::") => {
            out.push(Suggestion::member("now()", 0.9));
        }
        Language::JavaScript | Language::TypeScript if starting && typed.ends_with("= Date.") => {
            out.push(Suggestion::member("now()", 0.9));
        }
        Language::Go if typed.ends_with("time.Since(") => {
            let Some((start, _)) = clock_start(context) else {
                return;
            };
            let closers = open_parentheses(typed).unwrap_or_default();
            out.push(Suggestion::construct(format!("{start}{closers}"), 0.88));
        }
        Language::C | Language::Cpp => calendar_time(context, typed, out),
        Language::Rust | Language::Go if typed.ends_with('.') => {
            let Some((start, elapsed)) = clock_start(context) else {
                return;
            };
            if language == Language::Rust && typed.ends_with(&format!("{start}.")) {
                out.push(Suggestion::member("elapsed()", 0.9));
            } else if language == Language::Go
                && typed.ends_with("time.")
                && !typed.ends_with(&format!("{start} := time."))
            {
                let since = elapsed.replace("{start}", start);
                let since = since.strip_prefix("time.").unwrap_or(&since);
                let closers = open_parentheses(typed).unwrap_or_default();
                out.push(Suggestion::member(format!("{since}{}", closers), 0.9));
            }
        }
        _ => {}
    }
}

/// C's calendar time: `time_t now = time(` -> `NULL);` (the time is the result, no buffer is passed), then
/// `localtime(` or `gmtime(` -> `&now);`, the one `time_t` read just above.
fn calendar_time(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    let statement = typed.trim_start();
    if statement.starts_with("time_t ") && statement.ends_with(" = time(") {
        out.push(Suggestion::construct("NULL);", 0.88));
        return;
    }
    if !(statement.ends_with("= localtime(") || statement.ends_with("= gmtime(")) {
        return;
    }
    let mut times = context.code_lines_above().take(20).filter_map(|line| {
        let (declared, _) = line.strip_prefix("time_t ")?.split_once(" = time(")?;
        is_plain_name(declared).then_some(declared)
    });
    if let (Some(time), None) = (times.next(), times.next()) {
        out.push(Suggestion::construct(format!("&{time});"), 0.88));
    }
}

/// `const args = process.` -> `argv.slice(2)`: the command line's own arguments, without node's and the script's
/// paths (`process.argv.slice(` -> `2)`, Python's `if len(sys.argv) < ` -> `2:`). C's `srand(` -> `time(NULL));`:
/// the seed every course gives it; `atoi(` in a `main` that checked `argc` -> `argv[1])`.
fn command_line(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_end();
    let arguments = typed.ends_with("= process.")
        && receiving_variable(typed)
            .is_some_and(|variable| variable.to_lowercase().contains("arg"));
    match context.profile.language {
        Language::JavaScript | Language::TypeScript if arguments => {
            out.push(Suggestion::member(
                format!("argv.slice(2){}", terminator(context)),
                0.9,
            ));
        }
        // `process.argv.slice(` -> `2)`: the same arguments, asked for by hand.
        Language::JavaScript | Language::TypeScript if typed.ends_with("process.argv.slice(") => {
            let closers = open_parentheses(typed).unwrap_or_default();
            let end = if typed.contains('=') {
                terminator(context)
            } else {
                ""
            };
            out.push(Suggestion::construct(format!("2{closers}{end}"), 0.86));
        }
        // `if len(sys.argv) < ` -> `2:`: the script's name is the first argument, so one argument makes two.
        Language::Python
            if typed.trim_start().starts_with("if len(sys.argv) ")
                && [" < ", " != "]
                    .iter()
                    .any(|comparison| context.line_before.ends_with(comparison)) =>
        {
            out.push(Suggestion::construct("2:", 0.8));
        }
        Language::C | Language::Cpp if typed.trim_start() == "srand(" => {
            out.push(Suggestion::construct("time(NULL));", 0.88));
        }
        Language::C | Language::Cpp if typed.ends_with("atoi(") => {
            // The first argument, once `main` checked that it was given.
            let checked = enclosing_function(context).is_some_and(|function| {
                function.name == "main"
                    && function
                        .parameters
                        .iter()
                        .any(|parameter| parameter.name == "argv")
            }) && context
                .code_lines_above()
                .any(|line| line.starts_with("if (argc"));
            if checked {
                let closers = open_parentheses(typed).unwrap_or_default();
                let end = if typed.trim_start().starts_with("int ") {
                    ";"
                } else {
                    ""
                };
                out.push(Suggestion::construct(
                    format!("argv[1]{}{end}", closers),
                    0.86,
                ));
            }
        }
        _ => {}
    }
}

/// A member without a value cannot be what an assignment receives: Go's `port := os.` is never `Exit()`, Java's
/// `long start = System.` never `out.println()`. Java's typed clock readings take their place.
fn valueless_member_in_assignment(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let Some(before) = context.before_receiver(&access) else {
        return;
    };
    let before = before.trim_end();
    if !(before.ends_with('=') && !before.ends_with("==") && !before.ends_with("!=")) {
        return;
    }
    let valueless: &[&str] = match (context.profile.language, access.receiver) {
        (Language::Go, "os") => &["Exit("],
        (Language::Java, "System") => &["out.", "err.", "exit("],
        (Language::Python, "sys") => &["exit("],
        _ => return,
    };
    out.retain(|suggestion| {
        let member = format!("{}{}", context.prefix, suggestion.text);
        !valueless.iter().any(|start| member.starts_with(start))
    });
    if context.profile.language == Language::Java && context.prefix.is_empty() {
        let declared = before.trim_start();
        let reading = if declared.starts_with("long ") {
            let lower = declared.to_lowercase();
            Some(if lower.contains("nano") {
                "nanoTime();"
            } else {
                "currentTimeMillis();"
            })
        } else {
            None
        };
        if let Some(reading) = reading {
            out.push(Suggestion::member(reading, 0.9));
        }
    }
}

/// The statement after a usage message printed to `stderr` in C's `main`, under a test of `argc` -> `return 1;`:
/// the program stops with a failure status.
fn usage_exit(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !matches!(context.profile.language, Language::C | Language::Cpp)
        || !context.on_blank_line_start()
    {
        return;
    }
    let mut above = context.code_lines_above();
    let printed_usage = above.next().is_some_and(|line| {
        (line.starts_with("fprintf(stderr,") || line.starts_with("std::cerr <<"))
            && line.ends_with(';')
    });
    let under_argc_test = above
        .next()
        .is_some_and(|line| line.starts_with("if (argc") && line.ends_with('{'));
    let in_main = enclosing_function(context).is_some_and(|function| function.name == "main");
    if printed_usage && under_argc_test && in_main {
        out.push(Suggestion::construct("return 1;", 0.88));
    }
}

/// Rust's `stdin().read_line(` -> `&mut input)` for the `String` made for it; `let contents = fs::` ->
/// `read_to_string()`; Go's `f, err := os.` -> `Open()` (`data, err := os.` -> `ReadFile()`); Go's `log.` starting
/// a statement under `if err != nil {` -> `Fatal(err)`; Python's `logger = logging.` -> `getLogger(__name__)`, the
/// `readline.createInterface({ input: process.` -> `stdin,`: the key names the stream, and `output` is the other
/// key the interface takes, so a comma follows `stdin` and usually ends `stdout`.
fn interface_stream(typed: &str) -> Option<&'static str> {
    if typed.ends_with("input: process.") {
        Some(if typed.contains("output") {
            "stdin"
        } else {
            "stdin,"
        })
    } else if typed.ends_with("output: process.") {
        Some("stdout")
    } else {
        None
    }
}

/// logger of the module, and a level -> `INFO`.
fn input_and_logs(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    // `log.Fat` on an error: the name begun is the one the idiom writes.
    if context.profile.language == Language::Go
        && context.before_prefix().trim() == "log."
        && let Some(rest) = "Fatal".strip_prefix(context.prefix)
        && !context.prefix.is_empty()
    {
        let on_error = context
            .previous_code_line()
            .is_some_and(|line| line.trim() == "if err != nil {");
        if on_error {
            out.push(Suggestion::member(format!("{rest}(err)"), 0.9));
        }
        return;
    }
    // `output: process.st`: the stream begun is the one its key names, not the first member that fits.
    if matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript
    ) && !context.prefix.is_empty()
        && let Some(rest) = interface_stream(context.before_prefix().trim())
            .and_then(|stream| stream.strip_prefix(context.prefix))
    {
        out.retain(|other| other.confidence < 0.9);
        out.push(Suggestion::member(rest, 0.92));
        return;
    }
    if !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim();
    match context.profile.language {
        Language::Rust if typed.ends_with("stdin().read_line(") => {
            let buffer = context.code_lines_above().take(10).find_map(|line| {
                let rest = line.strip_prefix("let mut ")?;
                let (name, value) = rest.split_once(" = ")?;
                let name = name.split(':').next().unwrap_or(name).trim();
                (value.trim_end_matches(';') == "String::new()" && is_plain_name(name))
                    .then_some(name)
            });
            if let Some(buffer) = buffer {
                out.push(Suggestion::construct(format!("&mut {buffer})"), 0.9));
            }
        }
        Language::Rust if typed.ends_with("= fs::") || typed.ends_with("= std::fs::") => {
            let text_variable = receiving_variable(typed).is_some_and(|variable| {
                matches!(
                    variable,
                    "contents" | "content" | "text" | "source" | "input" | "data" | "body"
                )
            });
            if text_variable {
                out.push(Suggestion::member("read_to_string()", 0.9));
            }
        }
        Language::Go if typed.ends_with(", err := os.") => {
            // A file opened or read whole, by what receives it.
            let first = typed.split(',').next().unwrap_or("").trim();
            let member = match first {
                "f" | "file" | "fd" | "fh" | "in" | "out" => "Open()",
                "data" | "content" | "contents" | "bytes" | "b" | "buf" => "ReadFile()",
                _ => return,
            };
            out.push(Suggestion::member(member, 0.88));
        }
        Language::Go if typed == "log." => {
            let on_error = context
                .previous_code_line()
                .is_some_and(|line| line.trim() == "if err != nil {");
            if on_error {
                out.push(Suggestion::member("Fatal(err)", 0.9));
            }
        }
        Language::JavaScript | Language::TypeScript
            if let Some(stream) = interface_stream(typed) =>
        {
            out.retain(|other| other.confidence < 0.9);
            out.push(Suggestion::member(stream, 0.92));
        }
        Language::Python if typed.ends_with("level=logging.") => {
            // `basicConfig(level=logging.` names the level it shows from, most often `INFO`.
            let closers = open_parentheses(typed).unwrap_or_default();
            out.push(Suggestion::member(format!("INFO{}", closers), 0.9));
        }
        Language::Python if typed.ends_with("= logging.") => {
            let variable = receiving_variable(typed).unwrap_or("");
            if variable.contains("log") {
                out.push(Suggestion::member("getLogger(__name__)", 0.92));
            } else if variable.to_lowercase().contains("level") {
                // A branch of a chain that set the level already (`level = logging.DEBUG` under `if
                // args.verbose:`) sets another one, which the code does not say.
                let chosen = context
                    .code_lines_above()
                    .take(8)
                    .any(|line| line.starts_with(&format!("{variable} = logging.")));
                if !chosen {
                    out.push(Suggestion::member("INFO", 0.92));
                }
            }
        }
        _ => {}
    }
}

/// `logger.info("Saved %d rows to %s", len(rows), ` in `def save(rows, path):` -> `path)`: a log message's last
/// placeholder shows the one name of the function (a parameter, or the error caught) the call does not show yet.
fn log_argument(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const LEVELS: &[&str] = &[
        "debug(",
        "info(",
        "warning(",
        "error(",
        "exception(",
        "critical(",
    ];
    if context.profile.language != Language::Python || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some((receiver, call)) = typed.split_once('.') else {
        return;
    };
    if !receiver.contains("log") || !is_plain_name(receiver) {
        return;
    }
    let Some(arguments) = LEVELS
        .iter()
        .find_map(|level| call.strip_prefix(level))
        .and_then(|arguments| arguments.strip_suffix(", "))
    else {
        return;
    };
    let Some(quote) = arguments.chars().next().filter(|c| matches!(c, '"' | '\'')) else {
        return;
    };
    let Some((format, given)) = arguments.get(1..).and_then(|rest| rest.split_once(quote)) else {
        return;
    };
    let placeholders = format.replace("%%", "").matches('%').count();
    let given: Vec<&str> = given
        .strip_prefix(", ")
        .unwrap_or(given)
        .split(", ")
        .filter(|argument| !argument.is_empty())
        .collect();
    if given.len() + 1 != placeholders || format.contains('\\') {
        return;
    }
    let shown = |name: &str| {
        given.iter().any(|argument| {
            argument
                .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .any(|word| word == name)
        })
    };
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let caught = context
        .code_lines_above()
        .take(30)
        .take_while(|line| !line.starts_with("def "))
        .find_map(|line| {
            line.strip_prefix("except ")?
                .strip_suffix(':')?
                .rsplit_once(" as ")
                .map(|(_, name)| name)
        });
    let mut unshown = function
        .parameter_names()
        .chain(caught)
        .filter(|name| is_plain_name(name) && *name != "cls" && !shown(name));
    if let (Some(name), None) = (unshown.next(), unshown.next()) {
        out.push(Suggestion::construct(format!("{name})"), 0.86));
    }
}

/// `logger.addHandler(` -> the handler made above that no `addHandler` took yet: each one is made to be added.
fn handler_added(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Python || !context.prefix.is_empty() {
        return;
    }
    if !context.line_before.trim_start().ends_with(".addHandler(") {
        return;
    }
    let lines: Vec<&str> = context.code_lines_above().take(40).collect();
    let mut made = lines.iter().rev().filter_map(|line| {
        let (name, value) = line.split_once(" = ")?;
        (value.starts_with("logging.") && value.contains("Handler(") && is_plain_name(name))
            .then_some(name)
    });
    let added = |name: &str| {
        lines
            .iter()
            .any(|line| line.ends_with(&format!(".addHandler({name})")))
    };
    let mut waiting = made.by_ref().filter(|name| !added(name));
    if let (Some(name), None) = (waiting.next(), waiting.next()) {
        out.push(Suggestion::construct(format!("{name})"), 0.86));
    }
}

/// Inside the string a Python environment lookup opened: `api_key = os.environ["` -> `API_KEY"]`, also once its
/// first letters are typed (`os.getenv("DATA` -> `BASE_URL")` for `database_url`).
pub(super) fn variable_in_literal(
    context: &Context<'_>,
    literal: &Token,
    out: &mut Vec<Suggestion>,
) {
    let Some(QuotedText {
        before,
        quote,
        text,
    }) = context.python_string_at_line_end(literal)
    else {
        return;
    };
    // `int(os.getenv("` closes the conversion too.
    let closer = if before.ends_with("os.environ[") {
        "]".to_owned()
    } else if ["os.getenv(", "os.environ.get(", "environ.get("]
        .iter()
        .any(|call| before.ends_with(call))
    {
        open_parentheses(before).unwrap_or_else(|| ")".to_owned())
    } else {
        return;
    };
    let Some(variable) = receiving_variable(before).filter(|variable| names_setting(variable))
    else {
        return;
    };
    let name = environment_name(variable);
    if let Some(rest) = name.strip_prefix(text) {
        out.push(Suggestion::of_kind(
            format!("{rest}{quote}{closer}"),
            0.88,
            "closer",
        ));
    }
}

/// `parser.add_argument("--verbose", action="` -> `store_true")`: an option given an action is a flag, on or off.
pub(super) fn option_action(context: &Context<'_>, literal: &Token, out: &mut Vec<Suggestion>) {
    let Some(QuotedText {
        before,
        quote,
        text,
    }) = context.python_string_at_line_end(literal)
    else {
        return;
    };
    let Some(rest) = "store_true".strip_prefix(text) else {
        return;
    };
    if before.trim_start().starts_with("parser.add_argument(") && before.ends_with(", action=") {
        let closers = open_parentheses(before).unwrap_or_default();
        out.push(Suggestion::of_kind(
            format!("{rest}{quote}{closers}"),
            0.88,
            "closer",
        ));
    }
}

/// `parser.add_argument("--dry-run", ` -> `action="store_true")`: an option named for a switch is a flag, on or
/// off, and takes no value.
fn flag_option(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const SWITCHES: &[&str] = &[
        "verbose",
        "debug",
        "quiet",
        "dry-run",
        "dry_run",
        "force",
        "all",
        "recursive",
        "overwrite",
        "no-cache",
        "version",
        "silent",
        "yes",
    ];
    if context.profile.language != Language::Python || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(option) = typed
        .split_once(".add_argument(")
        .and_then(|(_, arguments)| arguments.strip_suffix(", "))
    else {
        return;
    };
    // The long name, after an optional short one (`"-v", "--verbose"`), and nothing else given yet.
    let long = option.rsplit(", ").next().unwrap_or("");
    let quote = long.chars().next().filter(|c| matches!(c, '"' | '\''));
    let Some(name) = quote
        .and_then(|quote| long.strip_prefix(quote)?.strip_suffix(quote))
        .and_then(|name| name.strip_prefix("--"))
    else {
        return;
    };
    let short_only = option
        .split(", ")
        .all(|part| part.len() <= 4 || part == long);
    if short_only && SWITCHES.contains(&name) {
        out.push(Suggestion::construct(
            format!("action={q}store_true{q})", q = quote.unwrap_or('"')),
            0.86,
        ));
    }
}

/// `def hello(` under `@click.option("--name", ...)` and `@click.option("--count", ...)` -> `name, count):`:
/// click passes each option to the command as the parameter of its name, in the order they are declared.
fn click_parameters(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Python {
        return;
    }
    let typed = context.before_prefix();
    if !typed.starts_with("def ") || !typed.ends_with('(') {
        return;
    }
    let mut names = Vec::new();
    for line in context.code_lines_above().take(20) {
        let Some(arguments) = line
            .strip_prefix("@click.option(")
            .or_else(|| line.strip_prefix("@click.argument("))
        else {
            break;
        };
        let quote = arguments.chars().next().filter(|c| matches!(c, '"' | '\''));
        let Some(name) = quote
            .and_then(|quote| arguments.get(1..)?.split(quote).next())
            .map(|name| name.trim_start_matches('-').replace('-', "_"))
            .filter(|name| is_plain_name(name))
        else {
            return;
        };
        names.push(name);
    }
    names.reverse();
    if names.is_empty() {
        return;
    }
    if let Some(rest) = format!("{}):", names.join(", ")).strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, 0.88));
    }
}

/// `reader = csv.reader(src, delimiter=args.` -> `delimiter`: a keyword given the parsed option of its own name,
/// when the parser declares it (`"--delimiter"`).
fn option_read_as_keyword(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Python {
        return;
    }
    let Some(access) = context.dot_member() else {
        return;
    };
    let Some(keyword) = context
        .before_receiver(&access)
        .and_then(|before| before.strip_suffix('='))
        .and_then(|before| before.rsplit([' ', '(', ',']).next())
        .filter(|keyword| is_plain_name(keyword))
    else {
        return;
    };
    let declared = [format!("\"--{keyword}\""), format!("'--{keyword}'")];
    let by_parser = context.code_lines_above().take(80).any(|line| {
        line.contains(".add_argument(") && declared.iter().any(|name| line.contains(name.as_str()))
    });
    if by_parser
        && let Some(rest) = keyword.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::member(rest, 0.9));
    }
}

/// `const [, , command, ...rest] = ` -> `process.argv;`: the two holes skip Node's path and the script's, which
/// only the command line starts with.
fn arguments_destructured(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript
    ) {
        return;
    }
    let typed = context.line_before.trim_start();
    let skips_two = ["const [", "let ["]
        .iter()
        .find_map(|start| typed.strip_prefix(start))
        .and_then(|rest| rest.strip_suffix("] = "))
        .is_some_and(|pattern| pattern.replace(' ', "").starts_with(",,"));
    if skips_two {
        out.push(Suggestion::construct(
            format!("process.argv{}", terminator(context)),
            0.9,
        ));
    }
}

/// Whether a line writes a message for the user to the error stream (or a usage line): what a program does just
/// before it stops with a failure status.
fn reports_error(language: Language, line: &str) -> bool {
    match language {
        Language::Go => {
            (line.starts_with("fmt.Fprint") && line.contains("os.Stderr"))
                || line.starts_with("log.Print")
                || (line.starts_with("fmt.Print") && line.to_ascii_lowercase().contains("usage"))
        }
        Language::Rust => line.starts_with("eprintln!(") || line.starts_with("eprint!("),
        Language::C | Language::Cpp => {
            line.starts_with("fprintf(stderr")
                || line.starts_with("perror(")
                || (line.starts_with("fputs(") && line.contains("stderr"))
        }
        _ => false,
    }
}

/// The argument a Rust message still needs: a usage line's program name (`eprintln!("usage: {} <file>", ` ->
/// `args[0]);`, the first of the collected `env::args()`), and in a block that caught an error (`Err(e) => {`,
/// `if let Err(e) = ...`) the error itself (`eprintln!("error: {}", ` -> `e);`), once the placeholders outnumber
/// the arguments given.
fn rust_message_argument(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Rust || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let (typed, indexed) = match typed.strip_suffix("args[") {
        Some(before) => (before, true),
        None => (typed, false),
    };
    let Some(arguments) = ["eprintln!(\"", "println!(\"", "panic!(\"", "eprint!(\""]
        .iter()
        .find_map(|start| typed.strip_prefix(start))
    else {
        return;
    };
    let Some((format, given)) = arguments.split_once("\", ") else {
        return;
    };
    if format.contains('"') || !(given.is_empty() || given.ends_with(", ")) {
        return;
    }
    let placeholders = format.matches('{').count() - format.matches("{{").count() * 2;
    let given_count = if given.is_empty() {
        0
    } else {
        given.matches(", ").count()
    };
    if placeholders != given_count + 1 {
        return;
    }
    let usage = format.to_ascii_lowercase().starts_with("usage") && given.is_empty();
    let collected_args = context.code_lines_above().take(15).any(|line| {
        line.starts_with("let args") && line.contains("env::args()") && line.contains("collect")
    });
    if usage && collected_args {
        let text = if indexed { "0]);" } else { "args[0]);" };
        out.push(Suggestion::construct(text, 0.88));
        return;
    }
    if indexed {
        return;
    }
    // The error a nearby header bound: `Err(e) => {` or `if let Err(e) = fs::create_dir_all(&dir) {`.
    let caught = context
        .code_lines_above()
        .take(3)
        .find(|line| line.ends_with('{'))
        .and_then(|header| header.split_once("Err(")?.1.split_once(')'))
        .map(|(name, _)| name)
        .filter(|name| is_plain_name(name) && *name != "_");
    if let Some(error) = caught.filter(|error| !super::lexer::contains_word(given, error)) {
        out.push(Suggestion::construct(format!("{error});"), 0.88));
    }
}

/// Go's `os.Exit(`, Rust's `process::exit(` and C's `exit(` (and Rust's `process::ex` half typed) right after an
/// error was written to the error stream in the same block -> `1)`: the failure status every shell tests. A C file
/// that names `EXIT_SUCCESS` or `EXIT_FAILURE` gets its own spelling. After a plain message (`shutting down`) the
/// status is anyone's guess, so nothing.
fn exit_status_after_report(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let language = context.profile.language;
    let typed = context.line_before.trim();
    let half_typed = context.member.filter(|access| {
        language == Language::Rust
            && access.separator == "::"
            && (access.receiver == "process" || access.receiver == "std::process")
            && context.prefix.len() < "exit".len()
            && "exit".starts_with(context.prefix)
            && context.member_starts_statement(access)
    });
    let opened = context.prefix.is_empty()
        && match language {
            Language::Go => typed == "os.Exit(",
            Language::Rust => ["std::process::exit(", "process::exit(", "exit("].contains(&typed),
            Language::C | Language::Cpp => typed == "exit(",
            _ => false,
        };
    if !opened && half_typed.is_none() {
        return;
    }
    // The report is one of the few lines just above, in the same block (a block's header ends the search).
    let reported = context
        .code_lines_above()
        .take(3)
        .take_while(|line| !line.ends_with('{') && !line.ends_with('}'))
        .any(|line| reports_error(language, line));
    if !reported {
        return;
    }
    let status = if matches!(language, Language::C | Language::Cpp)
        && (context.code.contains("EXIT_FAILURE") || context.code.contains("EXIT_SUCCESS"))
    {
        "EXIT_FAILURE"
    } else {
        "1"
    };
    let end = terminator(context);
    if half_typed.is_some() {
        let rest = "exit".get(context.prefix.len()..).unwrap_or("");
        // Above the member tables' bare `exit()`.
        out.push(Suggestion::member(format!("{rest}({status}){end}"), 0.92));
    } else {
        out.push(Suggestion::construct(format!("{status}){end}"), 0.88));
    }
}

/// `process.` after a usage message printed with `console.error(` under a test of the arguments -> `exit(1);`.
fn node_usage_exit(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript
    ) || context.line_before.trim_start() != "process."
    {
        return;
    }
    let mut above = context.code_lines_above();
    let usage = above.next().is_some_and(|line| {
        line.starts_with("console.error(") && line.to_ascii_lowercase().contains("usage")
    });
    let tests_arguments = above.next().is_some_and(|line| {
        line.starts_with("if (") && (line.contains("args") || line.contains("argv"))
    });
    if usage && tests_arguments {
        out.push(Suggestion::member(
            format!("exit(1){}", terminator(context)),
            0.9,
        ));
    }
}
