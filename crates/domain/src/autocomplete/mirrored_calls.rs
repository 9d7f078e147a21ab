//! Calls whose arguments an earlier line of the same task decides:
//! - a buffer grown by `realloc` to the size its `malloc` was given (`int *arr = malloc(cap * sizeof(int));`, then
//!   `cap *= 2;` and `arr = realloc(arr, ` -> `cap * sizeof(int));`);
//! - a copy loop's write of what its read just filled (`while ((n = fread(buf, 1, sizeof buf, in)) > 0)` then
//!   `fwrite(` -> `buf, 1, n, out);`, Java's `while ((n = in.read(buf)) != -1) {` then `out.` -> `write(buf, 0,
//!   n);`).
//!
//! A distance from the differences just computed (`sqrt(` -> `dx * dx + dy * dy);`) is `classic_exercises`'.

use super::Suggestion;
use super::cursor::Context;
use super::idioms::{open_parentheses, terminator};
use super::language::Language;
use super::lexer::is_plain_name;

/// How sure these calls are: each copies a shape the code wrote a few lines above.
const CONFIDENCE: f64 = 0.86;

/// Runs every rule of this module.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    match context.profile.language {
        Language::C | Language::Cpp => {
            grown_buffer(context, out);
            copied_chunk(context, out);
        }
        Language::Java => written_chunk(context, out),
        _ => {}
    }
}

/// The end of a call's statement on `typed`: its open parentheses closed, then `;` where the language ends
/// statements so.
fn call_end(context: &Context<'_>, typed: &str) -> Option<String> {
    let closers = open_parentheses(typed)?;
    Some(format!("{closers}{}", terminator(context)))
}

/// `arr = realloc(arr, ` -> the size `arr`'s `malloc` (or `calloc`) was given, its count grown since.
fn grown_buffer(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(pointer) = typed
        .rsplit_once("realloc(")
        .and_then(|(_, arguments)| arguments.strip_suffix(", "))
        .filter(|pointer| is_plain_name(pointer))
    else {
        return;
    };
    let allocated = format!("{pointer} = malloc(");
    let mut between: Vec<&str> = Vec::new();
    let Some(size) = context.code_lines_above().take(40).find_map(|line| {
        let Some((_, size)) = line.split_once(allocated.as_str()) else {
            between.push(line);
            return None;
        };
        let size = size.strip_suffix(");")?;
        (!size.contains(['(', ')']) || size.contains("sizeof(")).then_some(size)
    }) else {
        return;
    };
    // The size's count must have grown since (`cap *= 2;`): a fixed size is no guide to the new one.
    let grown = size
        .split(|c: char| !super::lexer::is_identifier_char(c))
        .filter(|word| is_plain_name(word) && *word != "sizeof")
        .any(|count| {
            between.iter().any(|line| {
                ["*=", "+=", "<<=", "++", " = "].iter().any(|change| {
                    line.starts_with(&format!("{count} {change}"))
                        || line.starts_with(&format!("{count}{change}"))
                })
            })
        });
    if !grown {
        return;
    }
    if let Some(end) = call_end(context, typed) {
        out.push(Suggestion::construct(format!("{size}{end}"), CONFIDENCE));
    }
}

/// `fwrite(` in the body of `while ((n = fread(buf, 1, sizeof buf, in)) > 0)` -> `buf, 1, n, out);`, `out` being
/// the one stream the code opened for writing.
fn copied_chunk(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "fwrite(" {
        return;
    }
    let Some((count, buffer, size)) = context
        .enclosing_lines()
        .chain(context.code_lines_above())
        .take(3)
        .find_map(|line| {
            let header = line.strip_prefix("while ((")?;
            let (count, call) = header.split_once(" = fread(")?;
            let (arguments, _) = call.split_once(')')?;
            let mut arguments = arguments.split(',').map(str::trim);
            let (buffer, size) = (arguments.next()?, arguments.next()?);
            (is_plain_name(count) && is_plain_name(buffer)).then_some((count, buffer, size))
        })
    else {
        return;
    };
    let mut writers = context.code_lines_above().take(60).filter_map(|line| {
        let (declared, mode) = line.split_once(" = fopen(")?;
        let mode = mode.rsplit_once(',')?.1.trim().trim_end_matches(");");
        let stream = declared.rsplit(['*', ' ']).next()?;
        (mode.starts_with("\"w") || mode.starts_with("\"a")).then_some(stream)
    });
    if let (Some(stream), None) = (writers.next(), writers.next()) {
        out.push(Suggestion::construct(
            format!("{buffer}, {size}, {count}, {stream});"),
            CONFIDENCE,
        ));
    }
}

/// Java's `out.` in the body of `while ((n = in.read(buf)) != -1) {` -> `write(buf, 0, n);`: what was read is
/// written, as many bytes as came.
fn written_chunk(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !context.member_starts_statement(&access) || !is_plain_name(access.receiver) {
        return;
    }
    let Some((count, reader, buffer)) = context.enclosing_lines().next().and_then(|header| {
        let (count, call) = header.strip_prefix("while ((")?.split_once(" = ")?;
        let (reader, arguments) = call.split_once(".read(")?;
        let (buffer, rest) = arguments.split_once(')')?;
        rest.starts_with(") != -1")
            .then_some((count, reader, buffer))
            .filter(|_| is_plain_name(count) && is_plain_name(buffer))
    }) else {
        return;
    };
    if access.receiver != reader {
        out.push(Suggestion::member(
            format!("write({buffer}, 0, {count});"),
            CONFIDENCE,
        ));
    }
}
