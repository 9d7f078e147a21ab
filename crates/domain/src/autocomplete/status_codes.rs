//! Library C's status codes, as in SQLite, zlib or Redis: a function keeps the code its calls return in a local of
//! its own result type, checks it after each call and hands it on (`rc = f(...); if (rc != SQLITE_OK) goto fail;`).
//! - `return ` under a check of such a code -> the code (`if (rc != Z_OK)` -> `rc;`), also in a `switch` on it;
//! - `return ` under a failed allocation's check -> what the file returned under the earlier one (`SB_ENOMEM;`,
//!   `-1;`), or `NULL;` in a function that returns a pointer;
//! - `return ` at the end of a function that has a cleanup label -> its code (`fail:` ... `return rc;`), and at the
//!   end of one written like the function above it -> what that one returned (`return VM_OK;`, `return err;`);
//!   else the one local of its pointer result type (`dict *d = malloc(...)` -> `d;`), `NULL;` in a thread's start
//!   routine (`void *worker(void *arg)`), a `ret` kept in the result type (`unsigned ret;` -> `ret;`);
//! - `return ` after a search loop of a function returning a pointer -> `NULL;`; in C++ under a failed lookup
//!   (`if (it == index_.end())`) -> the result type's nothing (`std::nullopt;`, `false;`, `nullptr;`);
//! - a `bool` function's code is never handed on: jemalloc's `if (err) { return true; }`.
//! - `goto ` -> the label the function's earlier jumps went to (or, before its first, the previous function's);
//! - the line after `rc = f(...);` -> the check the file wrote after the code's earlier assignment
//!   (`if (rc != SQLITE_OK)`), and the body of such a check -> the one it had before (`goto fail;`).
//!
//! Everything is read from a window of lines above the cursor: the enclosing function's header (its result on the
//! line above the name too, as jemalloc and BSD write it) and body, and the functions just above it.

use super::Suggestion;
use super::cursor::{Context, indentation};
use super::language::Language;
use super::lexer::{is_identifier_char, is_plain_name};

/// How many lines above the cursor are read.
const LINES: usize = 300;

/// How sure a code handed on under its own check is.
const PROPAGATED: f64 = 0.86;

/// How sure an answer repeated from the file's own precedent is.
const PRECEDENT: f64 = 0.82;

/// The names a C function keeps its status code in.
const STATUS_NAMES: &[&str] = &[
    "rc", "ret", "err", "error", "status", "res", "result", "rv", "retval",
];

/// Runs the rules of this module.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    // An editor's auto-closed `if (|)` is the check begun.
    // `if(` and SQLite's `if( ` open the same check.
    let opens_check = |typed: &str| typed.replace(' ', "") == "if(";
    let auto_closed =
        context.line_after.trim() == ")" && opens_check(context.line_before.trim_start());
    if !matches!(context.profile.language, Language::C | Language::Cpp)
        || !(context.at_line_end() || auto_closed)
    {
        return;
    }
    let lines: Vec<&str> = context
        .code_before_line()
        .lines()
        .rev()
        .take(LINES)
        .filter(|line| !line.trim().is_empty())
        .collect();
    let Some(function) = enclosing_function(context, &lines) else {
        return;
    };
    let typed = context.line_before.trim_start();
    if typed == "return " && context.prefix.is_empty() {
        if let Some(value) = returned_value(context, &lines, &function) {
            out.push(Suggestion {
                text: value.0,
                confidence: value.1,
                kind: "expression",
                cursor_offset: 0,
            });
        }
        return;
    }
    // `if (deflateStateCheck(strm)) return ` on one line: what the same check returned before.
    if context.prefix.is_empty()
        && let Some(check) = typed.strip_suffix(" return ")
        && let Some(tested) = condition(check.trim_end())
        && function.result != "void"
        && let Some(value) = same_check_answer(&lines, &tested, &function.result)
    {
        out.push(Suggestion::construct(format!("{value};"), PRECEDENT));
        return;
    }
    if typed == "goto " && context.prefix.is_empty() {
        if let Some(label) = jump_label(&lines, &function) {
            out.push(Suggestion::construct(format!("{label};"), PRECEDENT + 0.08));
        }
        return;
    }
    if context.prefix.is_empty()
        && opens_check(typed)
        && repeated_statement(context, &lines).is_none()
        && let Some(name) = lines
            .first()
            .and_then(|line| assigned_from_call(line.trim()))
        && STATUS_NAMES.contains(&name)
        && indentation(lines.first().unwrap_or(&"")) == indentation(context.line_before)
    {
        // The code just returned is what the check tests, however it goes on (`rc != Z_OK`, `rc < 0`, `rc)`).
        out.push(Suggestion::construct(name, PRECEDENT));
        return;
    }
    if context.prefix.is_empty()
        && (typed.is_empty() || opens_check(typed))
        && let Some(statement) = repeated_statement(context, &lines)
        && let Some(rest) = statement.strip_prefix(typed)
        && !rest.is_empty()
    {
        // A jump the same step made before goes past a release the cleanup label makes anyway.
        let confidence = if statement.starts_with("goto ") {
            PRECEDENT + 0.08
        } else {
            PRECEDENT
        };
        out.push(Suggestion::construct(rest, confidence));
    }
}

/// The function around the cursor: its header line, its result type and where its header is in the window.
struct Function<'a> {
    /// Its result type as written, `static` and `inline` left out (`int`, `dict *`, `std::optional<V>`).
    result: String,
    /// The index, in the window (nearest line first), of its header.
    index: usize,
    /// The indentation of its header.
    width: usize,
    /// Whether `return` at the cursor is at the level of its body.
    at_body_level: bool,
    /// The headers of the blocks between the function and the cursor, nearest first.
    blocks: Vec<&'a str>,
    /// Whether it takes one `void *` and returns one, as a thread's start routine does.
    thread_routine: bool,
    /// Whether it is the program's `main`, which reports success with `0` whatever it computed.
    main: bool,
}

impl Function<'_> {
    fn returns_pointer(&self) -> bool {
        self.result.ends_with('*')
    }
}

/// The function whose body holds the cursor, found by walking the lines that enclose the cursor's.
fn enclosing_function<'a>(context: &Context<'a>, lines: &[&'a str]) -> Option<Function<'a>> {
    let mut width = indentation(context.line_before);
    let mut blocks = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let depth = indentation(line);
        let trimmed = line.trim();
        if depth >= width
            || trimmed == "{"
            || trimmed.starts_with('#')
            || trimmed.chars().all(|c| "})];, ".contains(c))
            || is_label(trimmed)
        {
            continue;
        }
        width = depth;
        // `static unsigned` over `get_size(const char *cmd) {`: the result on the line above the name.
        let split_header = || {
            let above = lines.get(index + 1)?;
            let above = above.trim_end();
            let type_line = indentation(above) == 0
                && !above.is_empty()
                && !above.contains(['(', ')', ';', '{', '}', '#', '=', '/', ','])
                && !is_label(above);
            let joined = format!("{above} {trimmed}");
            type_line.then(|| function_result(&joined)).flatten()
        };
        if let Some(result) = function_result(trimmed).or_else(split_header) {
            let parameters = trimmed
                .split_once('(')
                .and_then(|(_, rest)| rest.split_once(')'))
                .map_or("", |(inside, _)| inside);
            let thread_routine = parameters.starts_with("void *")
                && !parameters.contains(',')
                && is_plain_name(parameters.trim_start_matches("void *"));
            let main = trimmed
                .split_once('(')
                .is_some_and(|(head, _)| head.split_whitespace().next_back() == Some("main"));
            return Some(Function {
                thread_routine,
                main,
                result,
                index,
                width: depth,
                at_body_level: blocks.is_empty(),
                blocks,
            });
        }
        if depth == 0 {
            return None;
        }
        blocks.push(trimmed);
    }
    None
}

/// `fail:`, `cleanup:`: a label (not `default:` nor a `case`).
fn is_label(line: &str) -> bool {
    line.strip_suffix(':')
        .is_some_and(|name| is_plain_name(name) && name != "default")
}

/// The result type of a function header line (`static int sb_grow(strbuf *sb, size_t need)` -> `int`), or `None`
/// when the line is no function header.
fn function_result(line: &str) -> Option<String> {
    if line.ends_with(';') {
        return None;
    }
    let open = line.find('(')?;
    let before = line.get(..open)?.trim_end();
    let name_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_identifier_char(c) && c != ':')
        .map_or(0, |(at, c)| at + c.len_utf8());
    let name = before.get(name_start..)?;
    let mut result = before.get(..name_start)?.trim();
    if !is_plain_name(name.rsplit("::").next().unwrap_or(name)) || result.is_empty() {
        return None;
    }
    for word in [
        "static ",
        "inline ",
        "extern ",
        "virtual ",
        "constexpr ",
        "explicit ",
    ] {
        while let Some(rest) = result.strip_prefix(word) {
            result = rest.trim_start();
        }
    }
    let keyword = |word: &str| {
        matches!(
            word,
            "if" | "for"
                | "while"
                | "switch"
                | "return"
                | "else"
                | "do"
                | "case"
                | "sizeof"
                | "goto"
        )
    };
    let first = result.split([' ', '*', '&', '<']).next().unwrap_or("");
    if result.is_empty()
        || keyword(first)
        || keyword(name)
        || result.contains(['=', '(', ')', ',', '"'])
    {
        return None;
    }
    // `dict *dict_create(`: the star belongs to the result.
    Some(
        result
            .replace(" *", "*")
            .replace('*', " *")
            .trim()
            .to_owned(),
    )
}

/// The condition of an `if` line (`if (rc != SQLITE_OK) {` -> `rc!=SQLITE_OK`), its spaces left out.
fn condition(line: &str) -> Option<String> {
    let rest = line.strip_prefix("if")?.trim_start();
    let rest = rest.strip_suffix('{').unwrap_or(rest).trim_end();
    let inner = rest.strip_prefix('(')?.strip_suffix(')')?;
    Some(inner.chars().filter(|c| !c.is_whitespace()).collect())
}

/// The value to return at the cursor.
fn returned_value(
    context: &Context<'_>,
    lines: &[&str],
    function: &Function<'_>,
) -> Option<(String, f64)> {
    if function.result == "void" || function.result.is_empty() {
        return None;
    }
    let repeated = function.blocks.first().and_then(|header| {
        let at = lines.iter().position(|line| line.trim() == *header)?;
        same_check_answer(lines.get(at + 1..)?, &condition(header)?, &function.result)
    });
    // A `bool` function answers `true` or `false` whatever its `err` says (jemalloc's `if (err) { return true; }`).
    if matches!(function.result.as_str(), "bool" | "_Bool") {
        if let Some(value) = repeated {
            return Some((format!("{value};"), PRECEDENT));
        }
        // At its end, though, the answer kept since the last call is handed on (`bool err = f(...);` -> `err;`).
        if function.blocks.is_empty()
            && finished_above(lines)
            && let Some(name) =
                unchecked_status(lines.get(..function.index).unwrap_or(&[]), function)
        {
            return Some((format!("{name};"), PROPAGATED));
        }
        return function
            .blocks
            .first()
            .and_then(|header| failed_lookup(context, header, function));
    }
    let body = lines.get(..function.index).unwrap_or(&[]);
    if let Some(header) = function.blocks.first() {
        if let Some(value) = checked_status(header, function, body) {
            return Some((format!("{value};"), PROPAGATED));
        }
        if let (Some(case), Some(switch)) = (function.blocks.first(), function.blocks.get(1))
            && (case.starts_with("case ") || case.starts_with("default:"))
            && let Some(name) = switch
                .strip_prefix("switch")
                .map(|rest| rest.trim().trim_end_matches('{').trim())
                .and_then(|rest| rest.strip_prefix('(')?.strip_suffix(')'))
                .map(str::trim)
            && STATUS_NAMES.contains(&name)
            && declares(body, &function.result, name)
            && case.starts_with("case ")
        {
            return Some((format!("{name};"), PRECEDENT));
        }
        if let Some(value) = repeated {
            return Some((format!("{value};"), PRECEDENT));
        }
        if let Some(value) = failed_allocation(header, lines, function) {
            return Some(value);
        }
        return failed_lookup(context, header, function);
    }
    if !function.at_body_level || !finished_above(lines) {
        return None;
    }
    if body.iter().any(|line| is_label(line.trim())) {
        let name = STATUS_NAMES
            .iter()
            .find(|name| declares(body, &function.result, name))?;
        return Some((format!("{name};"), PROPAGATED));
    }
    if let Some(value) = after_search_loop(context, body, function) {
        return Some((value, PROPAGATED));
    }
    // A thread's start routine (`void *worker(void *arg)`) hands back nothing.
    if function.result == "void *" && function.thread_routine {
        return Some(("NULL;".to_owned(), PRECEDENT));
    }
    // `dict *d = malloc(...)` filled in a `dict *` function: the one local of the result type is what it made.
    if function.returns_pointer()
        && function.result != "void *"
        && let [made] = pointers_declared(body, &function.result).as_slice()
    {
        return Some((format!("{made};"), PRECEDENT));
    }
    // A code assigned since its last check (`rc = sqlite3OsSync(...);` under `if (rc == SQLITE_OK)`) would be lost
    // by any other answer.
    if let Some(name) = unchecked_status(body, function) {
        return Some((format!("{name};"), PROPAGATED));
    }
    if let Some(value) = written_like_previous(lines, function) {
        return Some((format!("{value};"), PRECEDENT));
    }
    if let Some(value) = success_constant(lines, body) {
        return Some((format!("{value};"), PRECEDENT));
    }
    // `unsigned ret;` in an `unsigned` function: the result kept through the body is returned at its end.
    if let Some(name) = ["ret", "result", "rc", "retval", "rv"]
        .iter()
        .filter(|name| !function.main || **name != "result")
        .find(|name| declares(body, &function.result, name))
    {
        return Some((format!("{name};"), PRECEDENT));
    }
    // A floating total is as often divided (`return total / n;`) as handed back whole: its name alone then.
    let floating = matches!(function.result.as_str(), "double" | "float" | "long double");
    accumulated_local(body, function).map(|name| {
        let text = if floating {
            name.to_owned()
        } else {
            format!("{name};")
        };
        (text, PRECEDENT)
    })
}

/// What the file returned under an earlier `if` testing the same condition, or one of its `||` terms
/// (`if (deflateStateCheck(strm))` -> `Z_STREAM_ERROR`), on the check's own line or the one below it; only when
/// every such check agrees. `lines` starts above the cursor's own check.
fn same_check_answer<'a>(lines: &[&'a str], tested: &str, result: &str) -> Option<&'a str> {
    // A bare flag (`if (x)`) says too little to repeat its answer.
    if is_plain_name(tested.trim_start_matches('!')) {
        return None;
    }
    let mut answer: Option<&str> = None;
    for (index, line) in lines.iter().enumerate() {
        let trimmed = line.trim();
        let (check, inline) = match trimmed.split_once(") return ") {
            Some((check, value)) => (format!("{check})"), Some(value)),
            None => (trimmed.to_owned(), None),
        };
        // An earlier `if (a || b)` answered for `a` alone too.
        let covers = condition(&check).is_some_and(|earlier| {
            tested
                .split("||")
                .all(|term| earlier.split("||").any(|other| other == term))
        });
        // A function of another result type answers the same failure otherwise (`std::nullopt` and `false`).
        if !covers || result_around(lines, index).as_deref() != Some(result) {
            continue;
        }
        let value = match inline {
            Some(value) => value.trim(),
            None => index
                .checked_sub(1)
                .and_then(|below| lines.get(below))
                .and_then(|below| below.trim().strip_prefix("return "))
                .map_or("", str::trim),
        };
        let Some(value) = value.strip_suffix(';').filter(|value| !value.is_empty()) else {
            continue;
        };
        if answer.is_some_and(|earlier| earlier != value) {
            return None;
        }
        answer = Some(value);
    }
    answer
}

/// The result type of the function around the window's line `index`.
fn result_around(lines: &[&str], index: usize) -> Option<String> {
    let mut width = indentation(lines.get(index)?);
    for (at, line) in lines.iter().enumerate().skip(index + 1) {
        let depth = indentation(line);
        let trimmed = line.trim();
        if depth >= width || trimmed == "{" || trimmed.starts_with('#') || is_label(trimmed) {
            continue;
        }
        width = depth;
        let split = || {
            let above = lines.get(at + 1)?.trim_end();
            (indentation(above) == 0 && !above.contains(['(', ';', '{', '}', '#']))
                .then(|| function_result(&format!("{above} {trimmed}")))
                .flatten()
        };
        if let Some(result) = function_result(trimmed).or_else(split) {
            return Some(result);
        }
        if depth == 0 {
            return None;
        }
    }
    None
}

/// A finished statement above: with tabs and spaces mixed, an `if` above the cursor may look level with it.
fn finished_above(lines: &[&str]) -> bool {
    lines.first().is_some_and(|line| {
        let line = line.trim_end();
        line.ends_with(';') || line.ends_with('}') || is_label(line.trim())
    })
}

/// Whether `line` uses `name` as a whole word.
fn mentions(line: &str, name: &str) -> bool {
    line.split(|c: char| !is_identifier_char(c))
        .any(|word| word == name)
}

/// The status local no `return` came between the cursor and its last assignment (`rc = f(...);`, `bool err =
/// f(...);`): the function's only exit hands it on.
fn unchecked_status<'a>(body: &[&str], function: &Function<'a>) -> Option<&'static str> {
    if function.returns_pointer() {
        return None;
    }
    STATUS_NAMES.iter().copied().find(|name| {
        // `main`'s `result` is what it computed and printed: its exit status is `0`.
        if function.main && matches!(*name, "res" | "result") {
            return false;
        }
        let assigned = body.iter().position(|line| {
            let trimmed = line.trim();
            let rest = trimmed
                .strip_prefix(function.result.as_str())
                .map_or(trimmed, str::trim_start);
            rest.strip_prefix(name)
                .is_some_and(|rest| rest.trim_start().starts_with("= "))
        });
        declares(body, &function.result, name)
            && assigned.is_some_and(|at| {
                body.get(..at).is_some_and(|below| {
                    !below.iter().any(|line| {
                        let trimmed = line.trim();
                        trimmed.starts_with("return") || trimmed.contains(" return ")
                    })
                })
            })
    })
}

/// `FOO_OK` when the constant is all capitals and ends in `OK` (`SQLITE_OK`, `Z_OK`, `DICT_OK`).
fn is_success_constant(value: &str) -> bool {
    value.ends_with("OK")
        && value.len() > 2
        && value
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// At the end of a function: the success constant it returned earlier (`return DICT_OK;` in a branch), or the one
/// of the family its failures came from (`DYNBUF_OK` after `return DYNBUF_TOOBIG;`) when the file names it.
fn success_constant(lines: &[&str], body: &[&str]) -> Option<String> {
    let returned: Vec<&str> = body
        .iter()
        .filter_map(|line| {
            let trimmed = line.trim();
            let at = trimmed.find("return ")?;
            let value = trimmed.get(at + "return ".len()..)?.strip_suffix(';')?;
            let before = trimmed.get(..at)?;
            (before.is_empty() || before.ends_with(' ') || before.ends_with(')')).then_some(value)
        })
        .collect();
    let successes: Vec<&str> = returned
        .iter()
        .copied()
        .filter(|value| is_success_constant(value))
        .collect();
    if let Some(first) = successes.first() {
        return successes
            .iter()
            .all(|value| value == first)
            .then(|| (*first).to_owned());
    }
    // `DYNBUF_NOMEM`, `DYNBUF_TOOBIG`: every failure of one family, and nothing else returned.
    let family = |value: &str| {
        let (prefix, _) = value.split_once('_')?;
        let constant = !prefix.is_empty()
            && value
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
        constant.then(|| format!("{prefix}_"))
    };
    let prefix = family(returned.first()?)?;
    if !returned
        .iter()
        .all(|value| family(value).as_ref() == Some(&prefix))
    {
        return None;
    }
    let success = format!("{prefix}OK");
    lines
        .iter()
        .any(|line| line.contains("#define") && mentions(line, &success))
        .then_some(success)
}

/// The one local of the function's plain result type that the body changes, loop counters aside: what it
/// counted or kept (`size_t i, n = 0;` ... `n++;` -> `n;`, `unsigned best = 0;` ... `best = values[i];`).
fn accumulated_local<'a>(body: &[&'a str], function: &Function<'_>) -> Option<&'a str> {
    if function.returns_pointer() || function.result.contains(['<', '&']) {
        return None;
    }
    let mut names: Vec<&str> = body
        .iter()
        .filter_map(|line| {
            let rest = line
                .trim()
                .strip_prefix(function.result.as_str())?
                .strip_prefix(' ')?;
            rest.strip_suffix(';')
        })
        .flat_map(|declarators| declarators.split(','))
        .filter_map(|declarator| {
            let name = declarator.split('=').next()?.trim();
            is_plain_name(name).then_some(name)
        })
        .collect();
    let counters: Vec<String> = body
        .iter()
        .filter_map(|line| {
            let header = line
                .trim()
                .strip_prefix("for")?
                .trim_start()
                .strip_prefix('(')?;
            let first = header.split([';', '=']).next()?.trim();
            first.rsplit([' ', '*']).next().map(str::to_owned)
        })
        .collect();
    names.retain(|name| !counters.iter().any(|counter| counter == name));
    names.dedup();
    let [name] = names.as_slice() else {
        return None;
    };
    let changed = body.iter().any(|line| {
        let trimmed = line.trim();
        trimmed == format!("{name}++;")
            || trimmed == format!("++{name};")
            || trimmed.strip_prefix(name).is_some_and(|rest| {
                ["= ", "+= ", "-= ", "*= ", "|= ", "&= ", "^= "]
                    .iter()
                    .any(|operator| rest.trim_start().starts_with(operator))
            })
    });
    changed.then_some(*name)
}

/// Whether one of the body's lines declares `name` with type `result` (`int rc, n;`, `err_t err = ERR_OK;`).
fn declares(body: &[&str], result: &str, name: &str) -> bool {
    body.iter().any(|line| {
        line.trim()
            .strip_prefix(result)
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|rest| {
                rest.trim_end_matches(';')
                    .split(',')
                    .any(|declarator| declarator.split('=').next().unwrap_or("").trim() == name)
            })
    })
}

/// The locals the body declares with the pointer type `result` (`dict *d = malloc(sizeof(*d));` for `dict *`).
fn pointers_declared<'a>(body: &[&'a str], result: &str) -> Vec<&'a str> {
    let base = result.trim_end_matches('*').trim_end();
    let mut names: Vec<&str> = body
        .iter()
        .filter_map(|line| {
            let rest = line.trim().strip_prefix(base)?;
            let rest = rest
                .strip_prefix(" *")
                .or_else(|| rest.strip_prefix("* "))?
                .trim_start();
            let name = rest.split(['=', ';', ',', '[', ')']).next()?.trim();
            // `char *end = s + strlen(s) - 1;` points into another object: a cursor, not what was made.
            let cursor_into = rest.split_once('=').is_some_and(|(_, value)| {
                let value = value.trim_start().trim_start_matches('&');
                let word_end = value
                    .find(|c: char| !is_identifier_char(c))
                    .unwrap_or(value.len());
                word_end > 0
                    && value != "NULL;"
                    && value
                        .get(word_end..)
                        .map(str::trim_start)
                        .is_some_and(|after| {
                            after.starts_with(['+', '-', ';', '[']) && !after.starts_with("->")
                        })
            });
            (is_plain_name(name) && !rest.starts_with('*') && !cursor_into).then_some(name)
        })
        .collect();
    names.dedup();
    names
}

/// `if (rc != SQLITE_OK)`, `if ((ret = f(x)) < 0)`, `if (err)`: the status code the check tested, when the
/// function keeps it in a local of its own result type (a `CURLcode res` in an `int` function is no answer).
fn checked_status(header: &str, function: &Function<'_>, body: &[&str]) -> Option<String> {
    if function.returns_pointer() {
        return None;
    }
    let condition = condition(header)?;
    let (name, test) = if let Some(inner) = condition.strip_prefix('(') {
        let name_end = inner.find('=')?;
        let name = inner.get(..name_end)?;
        let close = inner.rfind(')')?;
        (name.to_owned(), inner.get(close + 1..)?.to_owned())
    } else {
        let end = condition
            .char_indices()
            .find(|&(_, c)| !is_identifier_char(c))
            .map_or(condition.len(), |(at, _)| at);
        (
            condition.get(..end)?.to_owned(),
            condition.get(end..)?.to_owned(),
        )
    };
    if !is_plain_name(&name) {
        return None;
    }
    let status_name = STATUS_NAMES.contains(&name.as_str());
    let accepted = match test.as_str() {
        "" | "<0" | "!=0" => status_name,
        other => other.strip_prefix("!=").is_some_and(|constant| {
            constant.ends_with("OK") && constant.chars().all(|c| c.is_ascii_uppercase() || c == '_')
        }),
    };
    (accepted && declares(body, &function.result, &name)).then_some(name)
}

/// The name an `if` tests for a null pointer (`p == NULL`, `!p`, `(node = malloc(...)) == NULL`) and whether the
/// test holds the allocation itself.
fn null_tested(condition: &str) -> Option<(&str, bool)> {
    let tested = condition
        .strip_suffix("==NULL")
        .or_else(|| condition.strip_prefix('!'))?;
    if let Some(inner) = tested.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        let (name, call) = inner.split_once('=')?;
        return is_allocation(call).then_some((name, true));
    }
    let valid = tested
        .split("->")
        .all(|part| is_plain_name(part.trim_start_matches('*')));
    valid.then_some((tested, false))
}

/// Whether an expression calls an allocator (`malloc(`, `calloc(`, `strdup(`, `zmalloc(`).
fn is_allocation(expression: &str) -> bool {
    let call = expression.trim_start_matches(|c: char| c == '(' || c.is_whitespace());
    let Some(open) = call.find('(') else {
        return false;
    };
    let name = call
        .get(..open)
        .unwrap_or("")
        .rsplit(|c: char| !is_identifier_char(c))
        .next()
        .unwrap_or("");
    name.contains("alloc") || name.ends_with("dup")
}

/// Whether the if header at `index` in the window tests an allocation just made.
fn allocation_check(lines: &[&str], index: usize) -> bool {
    let Some(header) = lines.get(index) else {
        return false;
    };
    let Some(condition) = condition(header.trim()).or_else(|| {
        // `if (p == NULL) return -1;` on one line.
        let trimmed = header.trim();
        let close = trimmed.find(") ")?;
        condition(trimmed.get(..=close)?)
    }) else {
        return false;
    };
    let Some((name, in_test)) = null_tested(&condition) else {
        return false;
    };
    in_test
        || lines.get(index + 1).is_some_and(|previous| {
            let flat: String = previous.chars().filter(|c| !c.is_whitespace()).collect();
            flat.find(&format!("{name}="))
                .is_some_and(|at| is_allocation(flat.get(at + name.len() + 1..).unwrap_or("")))
                && flat
                    .get(..flat.find(&format!("{name}=")).unwrap_or(0))
                    .is_some_and(|before| {
                        !before.ends_with(|c: char| is_identifier_char(c) || c == '>')
                    })
        })
}

/// `return ` under `if (p == NULL)` right after `p = realloc(...)`: what the file returned under its previous
/// failed allocation, or `NULL` in a function that returns a pointer.
fn failed_allocation(
    header: &str,
    lines: &[&str],
    function: &Function<'_>,
) -> Option<(String, f64)> {
    let at = lines.iter().position(|line| line.trim() == header)?;
    if !allocation_check(lines, at) {
        return None;
    }
    let precedent = (at + 1..lines.len())
        .filter(|&index| allocation_check(lines, index))
        .find_map(|index| {
            let line = lines.get(index)?.trim();
            let depth = indentation(lines.get(index)?);
            if let Some(close) = line.find(") return ") {
                return line.get(close + ") return ".len()..).map(str::trim);
            }
            // The check's body: the lines below it (nearer the cursor) indented deeper.
            (0..index)
                .rev()
                .map_while(|below| lines.get(below).filter(|line| indentation(line) > depth))
                .find_map(|line| line.trim().strip_prefix("return "))
        })
        .map(|value| value.trim_end_matches(';'));
    match precedent {
        Some(value) if (value == "NULL") == function.returns_pointer() && !value.is_empty() => {
            Some((format!("{value};"), PRECEDENT))
        }
        None if function.returns_pointer() => Some(("NULL;".to_owned(), PRECEDENT)),
        _ => None,
    }
}

/// `return ` under `if (it == index_.end())` in C++: the result type's nothing.
fn failed_lookup(
    context: &Context<'_>,
    header: &str,
    function: &Function<'_>,
) -> Option<(String, f64)> {
    if context.profile.language != Language::Cpp {
        return None;
    }
    let condition = condition(header)?;
    let (_, right) = condition.split_once("==")?;
    if !(right.ends_with(".end()") || right.ends_with(".cend()")) {
        return None;
    }
    let nothing = if function.result.starts_with("std::optional<") {
        "std::nullopt"
    } else if function.result == "bool" {
        "false"
    } else if function.returns_pointer() {
        "nullptr"
    } else {
        return None;
    };
    Some((format!("{nothing};"), PROPAGATED))
}

/// `return ` right after a loop that returned what it found, in a function that returns a pointer: `NULL`.
fn after_search_loop(
    context: &Context<'_>,
    body: &[&str],
    function: &Function<'_>,
) -> Option<String> {
    if !function.returns_pointer() {
        return None;
    }
    let closing = body.first()?;
    if closing.trim() != "}" {
        return None;
    }
    let depth = indentation(closing);
    let opener = body
        .iter()
        .skip(1)
        .position(|line| indentation(line) <= depth)?
        + 1;
    let header = body.get(opener)?.trim();
    let searched = (header.starts_with("for ") || header.starts_with("while "))
        && body
            .get(1..opener)?
            .iter()
            .any(|line| line.trim().starts_with("return "));
    let null = if context.profile.language == Language::Cpp
        && context
            .code_before_line()
            .lines()
            .rev()
            .take(LINES)
            .any(|line| line.contains("nullptr"))
    {
        "nullptr;"
    } else {
        "NULL;"
    };
    searched.then(|| null.to_owned())
}

/// At the end of a function: what the previous function of the same result type returned at its end, when it is
/// a status constant (`SB_OK`) or a code this function keeps too (`err`).
fn written_like_previous(lines: &[&str], function: &Function<'_>) -> Option<String> {
    if function.returns_pointer() || function.width != 0 {
        return None;
    }
    let body = lines.get(..function.index)?;
    let mut above = lines.get(function.index + 1..)?;
    // The previous functions, nearest first: a closing brace, the last statement, the header.
    for _ in 0..3 {
        let close = above.iter().position(|line| line.trim_end() == "}")?;
        let last = above.get(close + 1)?.trim();
        let header_at = above.get(close + 1..)?.iter().position(|line| {
            indentation(line) == 0 && line.trim() != "{" && !is_label(line.trim())
        })? + close
            + 1;
        let header = above.get(header_at)?.trim();
        above = above.get(header_at + 1..)?;
        if function_result(header).as_deref() != Some(function.result.as_str()) {
            continue;
        }
        let value = last.strip_prefix("return ")?.strip_suffix(';')?;
        let constant = value.ends_with("OK")
            && value.len() > 2
            && value.chars().all(|c| c.is_ascii_uppercase() || c == '_');
        return (constant || (is_plain_name(value) && declares(body, &function.result, value)))
            .then(|| value.to_owned());
    }
    None
}

/// `goto ` -> the label this function's jumps went to, or before its first the one the previous function used.
fn jump_label<'a>(lines: &[&'a str], function: &Function<'_>) -> Option<&'a str> {
    let label_of = |line: &&'a str| {
        let trimmed = line.trim();
        let at = trimmed.find("goto ")?;
        let label = trimmed.get(at + "goto ".len()..)?.strip_suffix(';')?;
        is_plain_name(label).then_some(label)
    };
    let own: Vec<&str> = lines
        .get(..function.index)?
        .iter()
        .filter_map(label_of)
        .collect();
    if let Some(first) = own.first() {
        return own.iter().all(|label| label == first).then_some(*first);
    }
    lines
        .get(function.index..)?
        .iter()
        .take(LINES / 3)
        .find_map(label_of)
}

/// The statement the file wrote in the same place before: after `rc = f(...);` the check that followed the code's
/// previous assignment, and in the body of a check the statement the same check had.
fn repeated_statement<'a>(context: &Context<'_>, lines: &[&'a str]) -> Option<&'a str> {
    let width = indentation(context.line_before);
    let previous = lines.first()?;
    let previous_trimmed = previous.trim();
    if previous_trimmed.starts_with("if") && !previous_trimmed.ends_with(';') {
        // The body of a check without braces.
        if previous_trimmed.ends_with('{') || width <= indentation(previous) {
            return None;
        }
        condition(previous_trimmed)?;
        let before = lines
            .iter()
            .enumerate()
            .skip(1)
            .find(|(_, line)| line.trim() == previous_trimmed)?
            .0;
        let body = lines.get(before - 1)?;
        let statement = body.trim();
        return (indentation(body) > indentation(lines.get(before)?)
            && statement.ends_with(';')
            && !statement.starts_with("if"))
        .then_some(statement);
    }
    // `err = ERR_IO;` as before, where a jump followed it: the same jump.
    if !previous_trimmed.contains('(')
        && previous_trimmed.ends_with(';')
        && indentation(previous) == width
        && let Some(earlier) = lines
            .iter()
            .enumerate()
            .skip(1)
            .find(|(_, line)| line.trim() == previous_trimmed)
            .map(|(index, _)| index)
        && let Some(next) = lines.get(earlier - 1)
        && indentation(next) == indentation(lines.get(earlier)?)
    {
        let jump = next.trim();
        if jump.starts_with("goto ") || jump == "break;" {
            return Some(jump);
        }
    }
    // The assignment's first line: its continuation lines are indented deeper.
    let start = lines
        .iter()
        .take(4)
        .position(|line| indentation(line) <= width)?;
    let statement = lines.get(start)?;
    if indentation(statement) != width || !lines.first()?.trim_end().ends_with(';') {
        return None;
    }
    let name = assigned_from_call(statement.trim())?;
    let earlier = lines
        .iter()
        .enumerate()
        .skip(start + 1)
        .find(|(_, line)| assigned_from_call(line.trim()) == Some(name))?
        .0;
    let depth = indentation(lines.get(earlier)?);
    let next = lines
        .get(..earlier)?
        .iter()
        .rev()
        .find(|line| indentation(line) <= depth)?;
    let check = next.trim();
    let condition = condition(check)?;
    let mentions = condition
        .split(|c: char| !is_identifier_char(c))
        .any(|word| word == name);
    (mentions && indentation(next) == depth).then_some(check)
}

/// `rc = sqlite3_step(stmt);` -> `rc`: a plain name assigned a call's result.
fn assigned_from_call(statement: &str) -> Option<&str> {
    let (name, value) = statement.split_once(" = ")?;
    let value = value.trim_start();
    let callee_end = value.find('(')?;
    let callee = value.get(..callee_end)?;
    (is_plain_name(name) && is_plain_name(callee) && callee != "sizeof").then_some(name)
}
