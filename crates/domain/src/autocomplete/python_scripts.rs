//! What a Python script writes next where a line above or the function's own shape settles it: `sys.` after an
//! error printed to `sys.stderr` -> `exit(1)`, `asyncio.gather(` -> the list of tasks just built (`*tasks)`),
//! `del ` after a guard that the key is there -> `self.items[name]`, `setattr(` in a loop over keyword pairs ->
//! `self, key, value)`, a comprehension over a function's one count (`[i * i for i in ` -> `range(n)]`), a file's
//! lines read whole (`[line.` -> `strip() for line in f]`), `enumerate(lines, ` -> `start=1)`, `timedelta(` in
//! `yesterday()` -> `days=1)`, itertools' `chain.` -> `from_iterable()` (`pairs = list(itertools.` ->
//! `combinations()`), a response checked (`resp.` ->
//! `raise_for_status()`), a click command's `click.` -> `echo()`, a row of a table
//! ended with `print()`, a counter's `count += 1` in the loop it counts, and `logger.` in an `except` block ->
//! `error()`.

use super::Suggestion;
use super::cursor::Context;
use super::language::Language;
use super::lexer::is_plain_name;
use super::statements::enclosing_function;

/// Runs every rule of this module.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Python
        || !context.at_line_end()
        || !context.prefix.is_empty()
    {
        return;
    }
    exit_after_error(context, out);
    gathered_tasks(context, out);
    removed_after_guard(context, out);
    attributes_from_pairs(context, out);
    range_of_count(context, out);
    stripped_file_lines(context, out);
    numbered_from_one(context, out);
    day_span(context, out);
    flattened_chain(context, out);
    arrangement_by_name(context, out);
    logged_failure(context, out);
    checked_response(context, out);
    click_output(context, out);
    row_ended(context, out);
    line_counted(context, out);
}

/// `resp.` starting the statement right after `resp = session.get(...)` (`requests.post(`) -> `raise_for_status()`:
/// a failed request is turned into an error before its body is read.
fn checked_response(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !context.member_starts_statement(&access) {
        return;
    }
    let fetched = context.code_lines_above().next().is_some_and(|line| {
        line.strip_prefix(access.receiver)
            .and_then(|rest| rest.strip_prefix(" = "))
            .is_some_and(|value| {
                let call = value.split('(').next().unwrap_or("");
                let (client, method) = call.rsplit_once('.').unwrap_or(("", call));
                matches!(method, "get" | "post" | "put" | "patch" | "delete")
                    && matches!(
                        client,
                        "requests" | "session" | "self.session" | "s" | "httpx" | "client"
                    )
            })
    });
    if fetched {
        out.push(Suggestion::member("raise_for_status()", 0.86));
    }
}

/// `click.` in the body of a `@click.command()` -> `echo()`: a command writes its output through click.
fn click_output(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if access.receiver != "click" || !context.member_starts_statement(&access) {
        return;
    }
    let Some(function) = context
        .enclosing_lines()
        .find(|line| line.starts_with("def "))
    else {
        return;
    };
    let command = context
        .code_lines_above()
        .skip_while(|line| *line != function)
        .skip(1)
        .take_while(|line| line.starts_with('@'))
        .any(|decorator| {
            decorator.starts_with("@click.command") || decorator.ends_with(".command()")
        });
    if command {
        out.push(Suggestion::member("echo()", 0.88));
    }
}

/// `print()` back in the outer loop after an inner loop that printed a row's values with `end=" "`: the row ends
/// with its newline.
fn row_ended(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.line_before.trim().is_empty() {
        return;
    }
    let mut lines = context
        .code_before_line()
        .lines()
        .rev()
        .filter(|line| !line.trim().is_empty());
    let (Some(printed), Some(inner)) = (lines.next(), lines.next()) else {
        return;
    };
    let width = context.current_indentation();
    let same_row = printed.trim_start().starts_with("print(")
        && printed.contains("end=")
        && super::cursor::indentation(printed) > width
        && super::cursor::indentation(inner) == width
        && inner.trim_start().starts_with("for ");
    let in_outer_loop = context
        .enclosing_lines()
        .next()
        .is_some_and(|header| header.starts_with("for ") || header.starts_with("while "));
    if same_row && in_outer_loop {
        out.push(Suggestion::construct("print()", 0.86));
    }
}

/// `count += 1` as the first statement of `for line in f:` when `count = 0` was set just before the loop: the loop
/// counts what it goes through.
fn line_counted(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.line_before.trim().is_empty() {
        return;
    }
    let Some(header) = context.enclosing_lines().next() else {
        return;
    };
    // A file's lines, each counted (elsewhere the count is as often under a test).
    if !header.starts_with("for line in ")
        || context.previous_code_line().map(str::trim) != Some(header)
    {
        return;
    }
    let counter = context.code_lines_above().skip(1).take(4).find_map(|line| {
        let (name, value) = line.split_once(" = ")?;
        (value == "0" && (name == "count" || name.ends_with("_count") || name.starts_with("num_")))
            .then_some(name)
    });
    if let Some(counter) = counter.filter(|counter| !super::lexer::contains_word(header, counter)) {
        out.push(Suggestion::construct(format!("{counter} += 1"), 0.86));
    }
}

/// `sys.` right after `print(msg, file=sys.stderr)` -> `exit(1)`: an error reported, the script stops with a
/// failure status.
fn exit_after_error(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "sys." {
        return;
    }
    let reported = context.previous_code_line().is_some_and(|line| {
        let line = line.trim_start();
        line.starts_with("print(") && line.contains("file=sys.stderr")
    });
    if reported {
        out.push(Suggestion::member("exit(1)", 0.86));
    }
}

/// `asyncio.gather(` -> `*tasks)`: the coroutines a list above was built to hold, not passed anywhere yet.
fn gathered_tasks(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.line_before.trim_end().ends_with("asyncio.gather(") {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let mut later_lines = Vec::new();
    let tasks = context
        .code_lines_above()
        .take(12)
        .take_while(|line| !line.starts_with("def ") && !line.starts_with("async def "))
        .find_map(|line| {
            let list = line.split_once(" = ").filter(|(name, value)| {
                value.starts_with('[') && name.ends_with('s') && is_plain_name(name)
            });
            if list.is_none() {
                later_lines.push(line);
            }
            list.map(|(name, _)| name)
        });
    let Some(tasks) = tasks.filter(|_| !function.name.is_empty()) else {
        return;
    };
    let used = later_lines
        .iter()
        .any(|line| super::lexer::contains_word(line, tasks));
    if used {
        return;
    }
    let Some(closers) = super::closers::after_value(context) else {
        return;
    };
    out.push(Suggestion::construct(format!("*{tasks}{closers}"), 0.86));
}

/// `del ` after `if name not in self.items: raise KeyError(name)` -> `self.items[name]`: the guard made sure the
/// key is there, and the entry goes (so it does inside `if name in self.items:`).
fn removed_after_guard(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "del " {
        return;
    }
    let tested = |line: &str, negated: bool| -> Option<(String, String)> {
        let condition = line.strip_prefix("if ")?.strip_suffix(':')?;
        let separator = if negated { " not in " } else { " in " };
        let (key, mapping) = condition.split_once(separator)?;
        let simple = |text: &str| text.split('.').all(is_plain_name) && !text.contains(" not");
        (simple(key) && simple(mapping)).then(|| (key.to_owned(), mapping.to_owned()))
    };
    let mut lines = context.code_lines_above();
    let guarded = match lines.next() {
        // The guard just above: `if key not in mapping:` then `raise ...` (or `return`).
        Some(line)
            if line.starts_with("raise ") || line == "return" || line.starts_with("return ") =>
        {
            lines.next().and_then(|header| tested(header, true))
        }
        // The block of `if key in mapping:` itself.
        Some(header) => context
            .enclosing_lines()
            .next()
            .filter(|enclosing| *enclosing == header)
            .and_then(|header| tested(header, false)),
        None => None,
    };
    if let Some((key, mapping)) = guarded {
        out.push(Suggestion::construct(format!("{mapping}[{key}]"), 0.86));
    }
}

/// `setattr(` in a method's `for key, value in kwargs.items():` -> `self, key, value)`: every pair given becomes
/// one of the object's attributes.
fn attributes_from_pairs(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "setattr(" {
        return;
    }
    let mut headers = context.enclosing_lines();
    let Some((key, value)) = headers
        .next()
        .and_then(|header| header.strip_prefix("for "))
        .and_then(|rest| rest.strip_suffix(".items():"))
        .and_then(|rest| rest.split_once(" in "))
        .and_then(|(pair, _)| pair.split_once(", "))
        .filter(|(key, value)| is_plain_name(key) && is_plain_name(value.trim()))
    else {
        return;
    };
    let in_method = headers
        .find(|line| line.starts_with("def "))
        .is_some_and(|header| header.contains("(self"));
    if in_method {
        out.push(Suggestion::construct(
            format!("self, {key}, {})", value.trim()),
            0.86,
        ));
    }
}

/// `return [i * i for i in ` in `def squares(n):` -> `range(n)]`: a comprehension in a function whose one
/// parameter is a count goes through the numbers up to it.
fn range_of_count(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some((head, variable)) = typed
        .strip_suffix(" in ")
        .and_then(|rest| rest.rsplit_once(" for "))
    else {
        return;
    };
    let opened = head.starts_with("return [") || head.contains(" = [");
    if !opened || head.contains(" for ") || !matches!(variable, "i" | "x" | "k" | "j") {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let [count] = function.parameters.as_slice() else {
        return;
    };
    let counts =
        matches!(count.name, "n" | "count" | "limit" | "num") || count.type_text.trim() == "int";
    if !counts {
        return;
    }
    let Some(closers) = super::closers::after_value(context) else {
        return;
    };
    out.push(Suggestion::construct(
        format!("range({}){closers}", count.name),
        0.86,
    ));
}

/// `return [line.` in `with open(path) as f:` -> `strip() for line in f]`: a file's lines read whole, each
/// without its newline.
fn stripped_file_lines(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(head) = typed.strip_suffix("[line.") else {
        return;
    };
    if !(head == "return " || head.ends_with(" = ")) {
        return;
    }
    let file = context
        .enclosing_lines()
        .next()
        .and_then(|header| header.strip_prefix("with open("))
        .and_then(|rest| rest.strip_suffix(':'))
        .and_then(|rest| rest.rsplit_once(") as "))
        .filter(|(arguments, _)| !arguments.contains("\"w") && !arguments.contains("'w"))
        .map(|(_, name)| name.trim())
        .filter(|name| is_plain_name(name));
    let line_defined = context
        .code_lines_above()
        .take(10)
        .any(|line| super::lexer::contains_word(line, "line"));
    if let Some(file) = file.filter(|_| !line_defined) {
        out.push(Suggestion::member(
            format!("strip() for line in {file}]"),
            0.86,
        ));
    }
}

/// `for i, line in enumerate(lines, ` -> `start=1):`: the only second argument `enumerate` takes is where
/// counting starts, and lines are numbered from one.
fn numbered_from_one(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let counted = typed
        .strip_suffix(", ")
        .and_then(|rest| rest.rsplit_once("enumerate("))
        .is_some_and(|(_, iterable)| iterable.split('.').all(is_plain_name));
    if !counted {
        return;
    }
    if let Some(closers) = super::closers::after_value(context) {
        out.push(Suggestion::construct(format!("start=1{closers}"), 0.85));
    }
}

/// `chain.` for `from itertools import chain` -> `from_iterable()`: the class's one method, taking the iterables
/// as one iterable (what a flattening passes).
fn flattened_chain(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if access.receiver != "chain" {
        return;
    }
    let imported = context.code_before_line().lines().any(|line| {
        line.strip_prefix("from itertools import ")
            .is_some_and(|names| names.split(',').any(|name| name.trim() == "chain"))
    });
    if imported {
        out.push(Suggestion::member("from_iterable()", 0.88));
    }
}

/// `pairs = list(itertools.` -> `combinations()`: the arrangement a variable is named for (`perms` ->
/// `permutations()`, `grid` -> `product()`), not the module's most used `chain()`.
fn arrangement_by_name(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if access.receiver != "itertools" {
        return;
    }
    let Some(target) = context
        .before_receiver(&access)
        .and_then(|before| before.split_once(" = "))
        .map(|(target, _)| target.trim())
    else {
        return;
    };
    let member = match target {
        "pairs" | "combos" | "combinations" | "pairings" | "couples" => "combinations()",
        "perms" | "permutations" | "orderings" | "orders" | "arrangements" => "permutations()",
        "grid" | "cells" | "coords" | "coordinates" | "product" => "product()",
        _ => return,
    };
    out.push(Suggestion::member(member, 0.9));
}

/// `logger.` opening a statement in an `except` block -> `error()`: a failure caught is logged as an error.
fn logged_failure(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !context.member_starts_statement(&access) {
        return;
    }
    let logger = access.receiver == "logging"
        || context
            .code_before_line()
            .contains(&format!("{} = logging.getLogger(", access.receiver));
    let caught = context
        .enclosing_lines()
        .next()
        .is_some_and(|header| header.starts_with("except"));
    if logger && caught {
        out.push(Suggestion::member("error()", 0.86));
    }
}

/// `timedelta(` in `def yesterday():` (or `tomorrow`) -> `days=1)`: the span the function is named for.
fn day_span(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.line_before.trim_end().ends_with("timedelta(") {
        return;
    }
    let named_for_day = enclosing_function(context).is_some_and(|function| {
        let name = function.name.to_ascii_lowercase();
        name.contains("yesterday") || name.contains("tomorrow")
    });
    if named_for_day && let Some(closers) = super::closers::after_value(context) {
        out.push(Suggestion::construct(format!("days=1{closers}"), 0.86));
    }
}
