//! What a C systems program (a POSIX tool) leaves to write once its calls are begun: the `-1` every system call
//! fails with (`getopt(...)) != -` -> `1) {`), `waitpid`'s options (`0);`) and the status the `W...` macros read,
//! `getopt`'s `optarg` in an option's case, a signal handler's `int sig` and the flag it flips, and the
//! nanoseconds of a `timespec` turned into seconds (`/ 1e` -> `9;`).
//!
//! The C library's constant names (`SEEK_END`, `CLOCK_MONOTONIC`) are words of `c_family`, and the `FILE *` a
//! stdio call takes is read there too; this module holds what the POSIX calls' contracts decide.

use super::Suggestion;
use super::cursor::Context;
use super::language::Language;
use super::lexer::{innermost_unclosed, is_plain_name, trailing_identifier_start};

/// Runs every rule of this module.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !matches!(context.profile.language, Language::C | Language::Cpp) || !context.at_line_end() {
        return;
    }
    failure_sentinel(context, out);
    wait_options(context, out);
    wait_status(context, out);
    option_argument(context, out);
    handler_parameter(context, out);
    signal_flag(context, out);
    nanoseconds(context, out);
}

/// The closers the line still needs after a value, and the block's opening or the statement's end: `))` then
/// ` {` in an `if` or `while` header, `;` elsewhere (`None` when brackets close that were not opened).
fn closing(line_before: &str) -> Option<String> {
    let mut unclosed = 0_usize;
    let mut quote = None;
    for character in line_before.chars() {
        match (quote, character) {
            (Some(open), c) if c == open => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(character),
            (None, '(') => unclosed += 1,
            (None, ')') => unclosed = unclosed.checked_sub(1)?,
            _ => {}
        }
    }
    let typed = line_before.trim_start();
    let header = ["if (", "while (", "} else if ("]
        .iter()
        .any(|start| typed.starts_with(start));
    let ending = match (header, unclosed) {
        (true, 0) => return None,
        (true, _) => " {",
        (false, _) => ";",
    };
    Some(format!("{}{ending}", ")".repeat(unclosed)))
}

/// The function whose argument list the text ends in, and how many arguments it already has.
fn open_call(before: &str) -> Option<(&str, usize)> {
    let open = innermost_unclosed(before, '(', ')')?;
    let head = before.get(..open)?;
    let function = head.get(trailing_identifier_start(head)..)?;
    let arguments = before.get(open + 1..)?;
    let mut depth = 0_usize;
    let mut commas = 0;
    for character in arguments.chars() {
        match character {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.checked_sub(1)?,
            ',' if depth == 0 => commas += 1,
            _ => {}
        }
    }
    Some((function, commas))
}

/// `while ((opt = getopt(argc, argv, "vo:")) != -` -> `1) {`: a C call that fails says so with `-1`, so a test
/// against a negative number is against that one.
fn failure_sentinel(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let before = context.line_before.trim_end_matches(' ');
    if !context.prefix.is_empty()
        || !(before.ends_with("!= -") || before.ends_with("== -"))
        || !before.contains('(')
    {
        return;
    }
    if let Some(ending) = closing(context.line_before) {
        out.push(Suggestion::construct(format!("1{ending}"), 0.86));
    }
}

/// `waitpid(pid, &status, ` -> `0);`: a blocking wait with no option.
fn wait_options(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.line_before.ends_with(", ") {
        return;
    }
    if open_call(context.line_before) == Some(("waitpid", 2))
        && let Some(ending) = closing(context.line_before)
    {
        out.push(Suggestion::construct(format!("0{ending}"), 0.86));
    }
}

/// The macros that read a status `wait` or `waitpid` filled.
const STATUS_MACROS: &[&str] = &[
    "WIFEXITED",
    "WEXITSTATUS",
    "WIFSIGNALED",
    "WTERMSIG",
    "WIFSTOPPED",
    "WSTOPSIG",
];

/// `WEXITSTATUS(st` -> `atus));`: the status macros read the `int` whose address `wait(&status)` or
/// `waitpid(pid, &status, 0)` was given above.
fn wait_status(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let before = context.before_prefix();
    if !before.ends_with('(') {
        return;
    }
    let Some((function, 0)) = open_call(before) else {
        return;
    };
    if !STATUS_MACROS.contains(&function) {
        return;
    }
    let status = context.code_lines_above().take(30).find_map(|line| {
        let (_, arguments) = line
            .split_once("waitpid(")
            .or_else(|| line.split_once("wait("))?;
        let (_, address) = arguments.split_once('&')?;
        let name = address.get(..address.find([',', ')'])?)?.trim();
        is_plain_name(name).then_some(name)
    });
    let Some(rest) = status
        .and_then(|status| status.strip_prefix(context.prefix))
        .filter(|rest| !rest.is_empty())
    else {
        return;
    };
    if let Some(ending) = closing(context.line_before) {
        out.push(Suggestion::construct(format!("{rest}{ending}"), 0.86));
    }
}

/// `output = opt` in a `case` of the `switch` over `getopt`'s answer -> `arg;`: an option's value is `optarg`.
fn option_argument(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let prefix = context.prefix;
    let Some(rest) = "optarg"
        .strip_prefix(prefix)
        .filter(|rest| prefix.len() >= 2 && !rest.is_empty())
    else {
        return;
    };
    let before = context.before_prefix();
    let assigned = before.trim_end().ends_with('=') && !before.trim_end().ends_with("==");
    let argument = before.ends_with('(') || before.ends_with(", ");
    if !(assigned || argument) {
        return;
    }
    let mut above = context.code_lines_above().take(30);
    let in_option_case = above
        .by_ref()
        .take_while(|line| !line.contains("getopt("))
        .any(|line| line.starts_with("case '"));
    let parsed_options = context
        .code_lines_above()
        .take(30)
        .any(|line| line.contains("getopt("));
    if !(in_option_case && parsed_options) {
        return;
    }
    let ending = if assigned {
        ";".to_owned()
    } else {
        closing(context.line_before).unwrap_or_default()
    };
    out.push(Suggestion::construct(format!("{rest}{ending}"), 0.86));
}

/// `void handle_sigint(int s` -> `ig)`: a signal handler takes the signal's number, named `sig` by the manuals.
fn handler_parameter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.before_prefix().trim_start();
    let Some(name) = typed
        .strip_prefix("void ")
        .or_else(|| typed.strip_prefix("static void "))
        .and_then(|rest| rest.strip_suffix("(int "))
        .filter(|name| is_plain_name(name))
    else {
        return;
    };
    let lower = name.to_ascii_lowercase();
    let handles_signal = lower.contains("sig") || lower.contains("handler");
    let Some(rest) = "sig"
        .strip_prefix(context.prefix)
        .filter(|rest| !context.prefix.is_empty() && !rest.is_empty())
    else {
        return;
    };
    if handles_signal {
        out.push(Suggestion::construct(format!("{rest})"), 0.86));
    }
}

/// `running = ` in a signal handler -> `0;`: the `volatile sig_atomic_t` flag the program declared is flipped from
/// the value it started with (`= 1` becomes `0`, and the other way round).
fn signal_flag(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    let Some(flag) = context
        .line_before
        .trim_start()
        .strip_suffix(" = ")
        .filter(|flag| is_plain_name(flag))
    else {
        return;
    };
    let declaration = format!("sig_atomic_t {flag} = ");
    let initial = context.code_lines_above().take(60).find_map(|line| {
        let (_, value) = line.split_once(&declaration)?;
        Some(value.trim_end_matches(';').trim())
    });
    let flipped = match initial {
        Some("0") => "1;",
        Some("1") => "0;",
        _ => return,
    };
    out.push(Suggestion::construct(flipped, 0.86));
}

/// `(end.tv_nsec - start.tv_nsec) / 1e` -> `9;` on a line that counts seconds (nothing multiplied): a `timespec`'s
/// nanoseconds are billionths of its seconds (`tv_usec`, a `timeval`'s, millionths).
fn nanoseconds(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let line = context.line_before;
    // A line that multiplies counts in smaller units (`* 1e3` for milliseconds): its divisor is another.
    if !context.prefix.is_empty()
        || !line.trim_end().ends_with("/ 1e")
        || !line.contains("tv_sec")
        || line.contains('*')
    {
        return;
    }
    let exponent = if line.contains("tv_nsec") {
        "9"
    } else if line.contains("tv_usec") {
        "6"
    } else {
        return;
    };
    if let Some(ending) = closing(line) {
        out.push(Suggestion::construct(format!("{exponent}{ending}"), 0.86));
    }
}
