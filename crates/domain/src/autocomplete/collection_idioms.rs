//! What a course does with lists and maps, where each language has one way to say it: Python's `zip(` -> the
//! plurals of the loop's variables (`for name, age in zip(` -> `names, ages):`), a dictionary's items sorted by
//! value (`key=lambda item: ` -> `item[1])`), JavaScript's `[...new Set(` -> the one array and `)]`, Go's
//! `strings.Join(parts, ` -> `", ")`, and Java's `.collect(Collectors.` -> `toList());` for a `List`.

use super::Language;
use super::Suggestion;
use super::cursor::Context;
use super::idioms::{open_parentheses, terminator};
use super::lexer::is_plain_name;
use super::statements::singular;

/// Runs every rule of this module.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    match context.profile.language {
        Language::Python => {
            zipped_plurals(context, out);
            sorted_by_value(context, out);
        }
        Language::JavaScript | Language::TypeScript => unique_elements(context, out),
        Language::Go => joined_with_separator(context, out),
        Language::Java => collected_list(context, out),
        _ => {}
    }
}

/// `for name, age in zip(` -> `names, ages):` when the code has both plurals (`zip(names, ` -> `ages):`).
fn zipped_plurals(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some((variables, given)) = context
        .line_before
        .trim_start()
        .strip_prefix("for ")
        .and_then(|rest| rest.split_once(" in zip("))
    else {
        return;
    };
    let variables: Vec<&str> = variables.split(',').map(str::trim).collect();
    if variables.len() < 2 || !variables.iter().all(|variable| is_plain_name(variable)) {
        return;
    }
    let collections: Option<Vec<&str>> = variables
        .iter()
        .map(|variable| {
            context.code_lines_above().find_map(|line| {
                let (target, _) = line.split_once(" = ")?;
                let target = target.trim();
                (singular(target).as_deref() == Some(*variable)).then_some(target)
            })
        })
        .collect();
    let Some(collections) = collections else {
        return;
    };
    let written = collections.join(", ");
    // What is typed of the arguments so far must be the first of them, with its `, `.
    if let Some(rest) = written.strip_prefix(given)
        && (given.is_empty() || given.ends_with(", "))
    {
        out.push(Suggestion::construct(format!("{rest}):"), 0.88));
    }
}

/// `sorted(scores.items(), key=lambda item: ` -> `item[1])`: a dictionary's pairs sorted by their values (the
/// keys sort without a `key`).
fn sorted_by_value(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some((call, parameter)) = typed
        .strip_suffix(": ")
        .and_then(|rest| rest.rsplit_once(", key=lambda "))
    else {
        return;
    };
    let sorts_items =
        (call.contains("sorted(") || call.contains(".sort(")) && call.ends_with(".items()");
    if sorts_items && is_plain_name(parameter) {
        let closers = open_parentheses(typed).unwrap_or_default();
        out.push(Suggestion::construct(
            format!("{parameter}[1]{}", closers),
            0.86,
        ));
    }
}

/// `const unique = [...new Set(` -> `nums)];` for the one array the code declared: a set keeps one of each.
fn unique_elements(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if !typed.ends_with("[...new Set(") {
        return;
    }
    let arrays: Vec<&str> = context
        .code_lines_above()
        .filter_map(|line| {
            let rest = line
                .strip_prefix("const ")
                .or_else(|| line.strip_prefix("let "))?;
            let (name, value) = rest.split_once(" = ")?;
            (is_plain_name(name.trim()) && value.starts_with('[')).then_some(name.trim())
        })
        .collect();
    if let [array] = arrays[..] {
        let end = if typed.starts_with("const ")
            || typed.starts_with("let ")
            || typed.starts_with("return ")
        {
            terminator(context)
        } else {
            ""
        };
        out.push(Suggestion::construct(format!("{array})]{end}"), 0.88));
    }
}

/// `strings.Join(parts, ` -> `", ")` for a slice of strings: the separator most joins use.
fn joined_with_separator(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some((_, parts)) = typed
        .strip_suffix(", ")
        .and_then(|rest| rest.rsplit_once("strings.Join("))
    else {
        return;
    };
    if is_plain_name(parts) {
        let closers = open_parentheses(typed).unwrap_or_default();
        out.push(Suggestion::construct(format!("\", \"{}", closers), 0.86));
    }
}

/// `List<Integer> evens = ....collect(Collectors.` -> `toList());`: the collector the declared type asks for
/// (`toSet()` for a `Set`).
fn collected_list(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if !typed.ends_with(".collect(Collectors.") {
        return;
    }
    let Some((target, _)) = typed.split_once(" = ") else {
        return;
    };
    let collector = if target.starts_with("List<") {
        "toList()"
    } else if target.starts_with("Set<") {
        "toSet()"
    } else {
        return;
    };
    let closers = open_parentheses(typed).unwrap_or_default();
    out.push(Suggestion::member(format!("{collector}{};", closers), 0.9));
}
