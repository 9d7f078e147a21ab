//! The first asynchronous programs: Python's `asyncio.run(` -> `main())` for the coroutine the file defines,
//! `await asyncio.` -> `gather(*tasks)` for the list of coroutines made just above, JavaScript's `main().catch(`
//! -> `console.error);`, Rust's `#[tokio::` -> `main]` (and `async fn ` under it -> `main() {`)
//! and, in an `async fn`, a request's `reqwest::get(url).` -> `await?`.

use super::Language;
use super::Suggestion;
use super::cursor::Context;
use super::idioms::open_parentheses;
use super::lexer::is_plain_name;

/// `asyncio.run(ma` -> `in())`: the program's coroutine is `main` (a builtin such as `max` is never run), unless
/// the file defines another coroutine the letters begin.
fn begun_main(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let prefix = context.prefix;
    if context.profile.language != Language::Python
        || prefix.is_empty()
        || !context.at_line_end()
        || !context.before_prefix().ends_with("asyncio.run(")
    {
        return;
    }
    let Some(rest) = "main".strip_prefix(prefix) else {
        return;
    };
    let other = context
        .code
        .match_indices("async def ")
        .any(|(at, keyword)| {
            context
                .code
                .get(at + keyword.len()..)
                .is_some_and(|name| name.starts_with(prefix) && !name.starts_with("main("))
        });
    if rest.is_empty() || other {
        return;
    }
    let closers = open_parentheses(context.before_prefix()).unwrap_or_default();
    out.push(Suggestion::construct(format!("{rest}(){closers}"), 0.88));
}

/// Runs every rule of this module.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    begun_async_words(context, out);
    begun_main(context, out);
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    match context.profile.language {
        Language::Python
            if typed.ends_with("asyncio.run(") && context.code.contains("async def main(") =>
        {
            let closers = open_parentheses(typed).unwrap_or_default();
            out.push(Suggestion::construct(format!("main(){}", closers), 0.9));
        }
        Language::Python if typed.ends_with("await asyncio.") => {
            if let Some(tasks) = coroutine_list(context) {
                out.push(Suggestion::member(format!("gather(*{tasks})"), 0.92));
            }
        }
        // The script's one call of its async `main` reports what it rejects with.
        Language::JavaScript | Language::TypeScript
            if typed == "main().catch(" && context.code.contains("async function main(") =>
        {
            out.push(Suggestion::construct(
                format!("console.error){}", super::idioms::terminator(context)),
                0.88,
            ));
        }
        Language::Rust if typed == "#[tokio::" => {
            let before_main = context.code.get(context.cursor..).is_none_or(|after| {
                after
                    .lines()
                    .map(str::trim)
                    .find(|line| !line.is_empty())
                    .is_none_or(|line| line.starts_with("async fn main"))
            });
            if before_main {
                out.push(Suggestion::construct("main]", 0.9));
            }
        }
        Language::Rust if typed.ends_with(").") && awaits_request(typed) => {
            let in_async_function = context
                .code_lines_above()
                .find(|line| line.contains("fn "))
                .is_some_and(|line| line.contains("async fn "));
            if in_async_function {
                out.push(Suggestion::member("await?", 0.88));
            }
        }
        // `tokio::time::sleep(Duration::from_secs(1)).` -> `await;`, `handle.` -> `await.unwrap();` for a
        // `tokio::spawn`ed task's handle (its error is the task's panic).
        Language::Rust if typed.ends_with('.') && in_async_function(context) => {
            let call = typed.trim_end_matches('.');
            let statement = call.rsplit(['=', ' ']).next().unwrap_or(call);
            let sleeps = ["sleep(", "time::sleep(", "tokio::time::sleep("]
                .iter()
                .any(|start| statement.starts_with(start))
                && statement.ends_with(')')
                && call == statement;
            let spawned = is_plain_name(statement)
                && context.code_lines_above().take(30).any(|line| {
                    line.strip_prefix("let ")
                        .and_then(|rest| rest.strip_prefix(statement))
                        .is_some_and(|rest| rest.starts_with(" = tokio::spawn("))
                });
            if sleeps {
                out.push(Suggestion::member("await;", 0.88));
            } else if spawned {
                out.push(Suggestion::member("await.unwrap();", 0.88));
            }
        }
        _ => {}
    }
}

/// The same words with their first letters typed: `#[tokio::ma` -> `in]`, `async fn ma` -> `in() {` under
/// `#[tokio::main]`, `client.get(url).send().aw` -> `ait?` in an `async fn`, and any other `.aw` -> `ait`.
fn begun_async_words(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Rust
        || !context.at_line_end()
        || context.prefix.is_empty()
    {
        return;
    }
    let typed = context.before_prefix().trim_start();
    let (word, text, confidence) = match typed {
        "#[tokio::" => ("main", "]", 0.9),
        "async fn "
            if context
                .previous_code_line()
                .is_some_and(|line| line.trim().starts_with("#[tokio::main")) =>
        {
            ("main", "() {", 0.9)
        }
        _ if typed.ends_with(").") && awaits_request(typed) => {
            if !in_async_function(context) {
                return;
            }
            ("await", "?", 0.88)
        }
        // `.aw` after any future (`TcpListener::bind(addr).aw`, `.run()` then `.aw` on a line of its own): no
        // method of the standard library starts so.
        _ if typed.ends_with('.') && context.prefix.len() >= 2 => ("await", "", 0.86),
        // A chain's line of its own in an `async fn` (`.send()` above, then `.a`): the chain is awaited.
        "." if in_async_function(context) => ("await", "", 0.86),
        _ => return,
    };
    if let Some(rest) = word.strip_prefix(context.prefix) {
        out.push(Suggestion::construct(format!("{rest}{text}"), confidence));
    }
}

/// Whether the line ends with a request that is a future: `reqwest::get(url).`, `client.get(url).send().`.
fn awaits_request(typed: &str) -> bool {
    let call = typed.trim_end_matches('.');
    let statement_call = call.rsplit(['=', ' ']).next().unwrap_or(call);
    (statement_call.starts_with("reqwest::get(") && statement_call.matches('(').count() == 1)
        || statement_call.ends_with(".send()")
}

/// The list of coroutines a line just above the cursor builds, one call per element (`tasks = [fetch(url) for url
/// in urls]`): what `asyncio.gather` awaits together. Named for them, since a list of plain values is built the
/// same way (`names = [u.upper() for u in urls]`).
fn coroutine_list<'a>(context: &Context<'a>) -> Option<&'a str> {
    context.code_lines_above().take(3).find_map(|line| {
        let (target, value) = line.split_once(" = [")?;
        let lowered = target.to_ascii_lowercase();
        if !["task", "coro", "job", "future", "request", "call"]
            .iter()
            .any(|word| lowered.contains(word))
        {
            return None;
        }
        let made_by_calls = value.contains(" for ")
            && value
                .split(" for ")
                .next()
                .is_some_and(|element| element.trim_end().ends_with(')'));
        (made_by_calls && super::lexer::is_plain_name(target)).then_some(target)
    })
}

/// Whether the Rust function around the cursor is an `async fn`.
fn in_async_function(context: &Context<'_>) -> bool {
    context
        .code_lines_above()
        .find(|line| line.contains("fn "))
        .is_some_and(|line| line.contains("async fn "))
}
