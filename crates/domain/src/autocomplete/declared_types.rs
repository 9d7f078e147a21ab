//! What a type declared a few lines above makes the only sensible text:
//! - the value a Java map of lists makes for a new key (`Map<String, List<String>> byDept` then
//!   `byDept.computeIfAbsent(key, k -> new ` -> `ArrayList<>())`, a set's `HashSet<>()`), the call closed for the
//!   `.add(...)` that usually follows;
//! - the one thing done with each of a vector of C++ threads once started (`for (auto& t : workers) {` then `t.`
//!   -> `join();`);
//! - the base a C++ class derives from when the code declared one abstract class (`class Dog : public ` ->
//!   `Animal {`).

use super::Suggestion;
use super::cursor::Context;
use super::language::Language;
use super::lexer::is_plain_name;

/// Runs every rule of this module.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    match context.profile.language {
        Language::Java => new_collection_value(context, out),
        Language::Cpp => {
            joined_thread(context, out);
            only_base_class(context, out);
        }
        _ => {}
    }
}

/// `byDept.computeIfAbsent(key, k -> new ` in code that declared `Map<String, List<String>> byDept` ->
/// `ArrayList<>())`.
fn new_collection_value(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(head) = typed.strip_suffix(" -> new ") else {
        return;
    };
    let Some((call, _)) = head.rsplit_once(".computeIfAbsent(") else {
        return;
    };
    let map = &call[super::lexer::trailing_identifier_start(call)..];
    if !is_plain_name(map) {
        return;
    }
    let declared = format!(" {map} = ");
    let Some(value_type) = context.code_lines_above().take(60).find_map(|line| {
        let (declaration, _) = line.split_once(declared.as_str())?;
        let arguments = declaration.strip_prefix("Map<").or_else(|| {
            declaration
                .split_once(" Map<")
                .map(|(_, arguments)| arguments)
        })?;
        let (_, value) = arguments.split_once(", ")?;
        Some(value.split('<').next()?.trim())
    }) else {
        return;
    };
    let made = match value_type {
        "List" => "ArrayList<>()",
        "Set" => "HashSet<>()",
        "Map" => "HashMap<>()",
        _ => return,
    };
    // The call is closed, not the statement: the new list is usually added to at once (`.add(e.getName());`).
    if let Some(closers) = super::idioms::open_parentheses(head) {
        out.push(Suggestion::construct(format!("{made}{closers}"), 0.88));
    }
}

/// `t.` in `for (auto& t : workers) {` over a `std::vector<std::thread>` -> `join();`.
fn joined_thread(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !context.member_starts_statement(&access) || !"join();".starts_with(context.prefix) {
        return;
    }
    let Some(threads) = context.enclosing_lines().next().and_then(|header| {
        let (variable, rest) = header.strip_prefix("for (")?.split_once(" : ")?;
        let name = variable.rsplit([' ', '&']).next()?;
        (name == access.receiver).then(|| rest.trim_end_matches(") {").trim())
    }) else {
        return;
    };
    let declared_threads = context.code_lines_above().take(60).any(|line| {
        line.starts_with("std::vector<std::thread> ") && line.contains(&format!(" {threads}"))
            || line.starts_with("vector<thread> ") && line.contains(&format!(" {threads}"))
    });
    if declared_threads {
        out.push(Suggestion::member(&"join();"[context.prefix.len()..], 0.9));
    }
}

/// `class Dog : public ` -> `Animal {`: the one class above with a pure virtual method, the base the code wrote to
/// be derived from.
fn only_base_class(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(class) = typed
        .strip_prefix("class ")
        .and_then(|rest| rest.strip_suffix(" : public "))
        .map(str::trim)
    else {
        return;
    };
    let mut current = None;
    let mut abstract_classes: Vec<&str> = Vec::new();
    for line in context.code_before_line().lines() {
        let line = line.trim();
        if let Some(rest) = line
            .strip_prefix("class ")
            .or_else(|| line.strip_prefix("struct "))
        {
            let name = rest.split([' ', '{', ':']).next().unwrap_or("");
            current = is_plain_name(name).then_some(name);
        } else if line.contains("= 0;")
            && line.starts_with("virtual ")
            && let Some(name) = current
            && !abstract_classes.contains(&name)
        {
            abstract_classes.push(name);
        }
    }
    if let [base] = abstract_classes.as_slice()
        && *base != class
        && is_plain_name(class)
    {
        out.push(Suggestion::construct(format!("{base} {{"), 0.86));
    }
}
