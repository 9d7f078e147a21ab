//! Everyday JavaScript of Node, the browser and React, each answered where one text is what nearly everyone
//! writes next: `Math.floor(Math.` -> `random()`, `useState(` -> the
//! initial value its name implies, `doubled = nums.map((n) => ` -> `n * 2)`, `Math.max(` -> `...numbers)`, a Node
//! callback's `if (err) ` -> `throw err;`, `const data = fs.` -> `readFileSync()`, `localStorage.` ->
//! `getItem()`/`setItem()`, `console.log(key, ` in a `for...in` loop -> `obj[key]);`, `${user.` after a label
//! (`Name: `) or a greeting -> the field it names (`name`), a custom error's `this.name = ` -> its class's name,
//! `if (vowels.` in a loop over characters -> `includes(ch)) {`, `const data = await ` after a `fetch` ->
//! `response.json();`, `word[0].toUpperCase() + word.` -> `slice(1)`, `return [...new Set(` in `removeDuplicates(arr)`
//! -> `arr)];` (`[...new ` -> `Set(arr)];`), `const names = users.map(user => user.` -> `name)`, `users.find(u => u.id === ` -> the `id`
//! parameter, an Express route's `(` -> `req, res) => {` and its `req.params.` -> the route's `:id`, `req.` ->
//! `body` in a `post`, a getter's `return user.` -> the field it is named for, `import React, { useState } from ` -> `'react';`, `setInterval(` -> `() => {`,
//! a TypeScript class's next method -> the one its interface asks for, `forEach((fruit, ` -> `index) => {`,
//! `new Promise((resolve, reject) => ` -> `{`, `if (items.length === ` -> `0) {`, a comparator's `a.price - ` ->
//! `b.price)`, `list.appendChild(` -> the element just created, a `catch (err)` block's `console.` ->
//! `error(err);` and `err instanceof ` -> `Error) {`, `class Dog extends ` -> the one other class, `[...a, ...` ->
//! the other array, `const { name, age } = ` -> the object declared with those keys, a typed `useState<string[]>(`
//! -> `[])`, `Math.round(x * 100) / ` -> `100`, `ch.charCodeAt(` -> `0)`, `arr[arr.` -> `length`, and
//! `clearInterval(this.` -> the field another method started the interval in.

use super::Suggestion;
use super::algorithms::deduplicated_parameter;
use super::cursor::{Context, indentation};
use super::idioms::{open_parentheses, terminator};
use super::lexer::{contains_word, is_identifier_char, is_plain_name};
use super::statements::{declaration_of, enclosing_function};

/// Runs every rule of this module.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    random_inside_rounding(context, out);
    rounded_back(context, out);
    decimal_places(context, out);
    synchronous_read(context, out);
    storage_access(context, out);
    stored_parameter(context, out);
    field_of_plural(context, out);
    timer_handle(context, out);
    length_of_same_array(context, out);
    cleared_timer_field(context, out);
    effect_cleanup(context, out);
    terminal_output(context, out);
    mapped_lengths(context, out);
    only_field(context, out);
    removal_filter(context, out);
    summed_field(context, out);
    focused_ref(context, out);
    returned_type_repeated(context, out);
    capitalized_first_letter(context, out);
    decimal_radix(context, out);
    date_part_by_name(context, out);
    listening_message(context, out);
    length_by_name(context, out);
    if !context.prefix.is_empty() {
        return;
    }
    forwarded_rest_arguments(context, out);
    success_result(context, out);
    asserted_result_type(context, out);
    toggled_field(context, out);
    toggled_field_value(context, out);
    type_guard_test(context, out);
    end_element_returned(context, out);
    state_initial_value(context, out);
    typed_state_initial_value(context, out);
    field_named_by_label(context, out);
    current_date(context, out);
    callback_body_by_result(context, out);
    spread_into_extreme(context, out);
    callback_error(context, out);
    value_by_key(context, out);
    error_class_name(context, out);
    vowel_test(context, out);
    code_of_character(context, out);
    parsed_response(context, out);
    rest_after_capital(context, out);
    without_duplicates(context, out);
    caught_error_logged(context, out);
    found_by_parameter(context, out);
    route_handler(context, out);
    request_part(context, out);
    getter_field(context, out);
    route_collection(context, out);
    handler_returns_nothing(context, out);
    react_import(context, out);
    interval_callback(context, out);
    interface_method(context, out);
    logged_parameter(context, out);
    element_index(context, out);
    first_element(context, out);
    promise_executor(context, out);
    length_against_zero(context, out);
    caught_error_reported(context, out);
    generator_step(context, out);
    indexed_entries(context, out);
    pattern_tested(context, out);
    text_compared(context, out);
    match_destructured(context, out);
    only_other_class_extended(context, out);
    other_array_spread(context, out);
    destructured_object(context, out);
}

/// `arr[arr.` -> `length`, `arr[Math.floor(Math.random() * arr.` -> `length`, `sort(arr, 0, arr.` -> `length`:
/// an array read inside its own index is read near its end (`arr[arr.length - 1]`, a random element), and a range
/// over an array passed beside it starts at `0` and ends at its length.
fn length_of_same_array(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let receiver = access.receiver;
    if !is_plain_name(receiver) || receiver == "this" {
        return;
    }
    let Some(rest) = "length"
        .strip_prefix(context.prefix)
        .filter(|rest| !rest.is_empty())
    else {
        return;
    };
    let Some(before) = context.before_receiver(&access) else {
        return;
    };
    // The receiver is a whole name, not the end of a path (`a.arr.`) nor of a longer name.
    if before.ends_with(|c: char| is_identifier_char(c) || c == '.') {
        return;
    }
    let names_receiver = |head: &str| {
        head.strip_suffix(receiver)
            .is_some_and(|start| !start.ends_with(|c: char| is_identifier_char(c) || c == '.'))
    };
    // The brackets and parentheses still open before the receiver, innermost first.
    let mut depth = 0usize;
    let mut indexed = false;
    let mut innermost_call: Option<usize> = None;
    for (index, character) in before.char_indices().rev() {
        match character {
            ')' | ']' | '}' => depth += 1,
            '(' | '[' | '{' if depth > 0 => depth -= 1,
            '[' if names_receiver(&before[..index]) => indexed = true,
            '(' if innermost_call.is_none() => innermost_call = Some(index),
            '{' => break,
            _ => {}
        }
    }
    // `sort(arr, 0, arr.`: the same array is an earlier argument of the call and `0` the range's start.
    let ranged = before.trim_end().ends_with(", 0,")
        && innermost_call
            .and_then(|open| before.get(open + 1..))
            .is_some_and(|arguments| {
                arguments
                    .split(',')
                    .any(|argument| argument.trim() == receiver)
            });
    if indexed || ranged {
        out.push(Suggestion::member(rest, 0.88));
    }
}

/// `fruits.forEach((fruit, ` -> `index) => {`: a callback's second parameter is the element's index. Only over an
/// array named as a plural: a `Map`'s or a `Set`'s `forEach` is given the key (`m.forEach((v, ` -> `k`).
fn element_index(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some((receiver, element)) = typed
        .strip_suffix(", ")
        .and_then(|head| head.rsplit_once(".forEach(("))
    else {
        return;
    };
    let receiver = receiver.rsplit([' ', '(', '.']).next().unwrap_or(receiver);
    let plural = is_plain_name(receiver) && super::statements::singular(receiver).is_some();
    let map_like = receiver.to_lowercase().ends_with("map") || receiver.ends_with("Set");
    if plural && !map_like && is_plain_name(element) && element != "index" && element != "i" {
        out.push(Suggestion::construct("index) => {", 0.8));
    }
}

/// `const first = (arr) => arr[` -> `0]`: a value named the first (or the head) of a list is its element 0.
fn first_element(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(list) = typed.strip_suffix('[') else {
        return;
    };
    if !list.ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_') {
        return;
    }
    let declared = typed.trim_start_matches("export ");
    let Some(name) = ["const ", "let ", "var ", "function "]
        .iter()
        .find_map(|keyword| declared.strip_prefix(keyword))
        .and_then(|rest| rest.split([' ', '=', '(', ':']).next())
    else {
        return;
    };
    if matches!(name, "first" | "head" | "firstItem" | "firstElement") {
        out.push(Suggestion::construct("0]", 0.86));
    }
}

/// `new Promise((resolve, reject) => ` -> `{`, `new Promise(` -> `(resolve, reject) => {`: a promise made by hand
/// runs a block that settles it.
fn promise_executor(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_end();
    if typed.ends_with("new Promise(") {
        out.push(Suggestion::construct("(resolve, reject) => {", 0.8));
    } else if typed.ends_with("new Promise((resolve, reject) =>") {
        // With `resolve` alone, a one-line body (`setTimeout(resolve, ms)`) is as likely.
        let space = if context.line_before.ends_with(' ') {
            ""
        } else {
            " "
        };
        out.push(Suggestion::construct(format!("{space}{{"), 0.85));
    }
}

/// `if (items.length === ` -> `0) {`, `const isEmpty = list.length === ` -> `0;`, `while (queue.length > ` -> `0)
/// {`: a length is tested against zero, the test of emptiness.
fn length_against_zero(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(head) = [".length === ", ".length == ", ".length > ", ".length !== "]
        .iter()
        .find_map(|test| typed.strip_suffix(test))
    else {
        return;
    };
    let receiver = head
        .rsplit(['(', ' ', '!'])
        .next()
        .unwrap_or("")
        .trim_start_matches("this.");
    let tests = typed.starts_with("if (") || typed.starts_with("while (");
    let named_empty = typed
        .split_once(" = ")
        .is_some_and(|(target, _)| target.to_lowercase().contains("empty"));
    // Only a test, of a plain name: `a.length === b.length` compares two arrays.
    if !is_plain_name(receiver) || !(tests || named_empty) || head.contains("&&") {
        return;
    }
    let Some(closers) = super::closers::after_value(context) else {
        return;
    };
    out.push(Suggestion::construct(format!("0{closers}"), 0.8));
}

/// The error caught by the `catch (error) {` the cursor's block opens: `console.` -> `error(error);`, `if (error
/// instanceof ` -> `Error) {` (the file's own error class when it declares one: that is what it throws and
/// tests for). A promise's `.catch((err) => console.` -> `error(err));` the same way.
fn caught_error_reported(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if let Some(caught) = context
        .line_before
        .trim_start()
        .strip_suffix(" => console.")
        .and_then(|before| before.rsplit_once(".catch("))
        .map(|(_, parameter)| parameter.trim_start_matches('(').trim_end_matches(')'))
        .filter(|parameter| is_plain_name(parameter))
    {
        let closers = super::idioms::open_parentheses(context.line_before).unwrap_or_default();
        out.push(Suggestion::member(
            format!("error({caught}){closers}{}", terminator(context)),
            0.9,
        ));
        return;
    }
    let Some(caught) = context.enclosing_lines().next().and_then(|header| {
        header
            .trim_start_matches("} ")
            .strip_prefix("catch (")
            .and_then(|rest| rest.strip_suffix(") {"))
            .map(|name| name.split(':').next().unwrap_or("").trim())
            .filter(|name| is_plain_name(name))
    }) else {
        return;
    };
    let typed = context.line_before.trim_start();
    if typed == "console." {
        out.push(Suggestion::member(
            format!("error({caught}){}", terminator(context)),
            0.9,
        ));
    } else if typed == format!("if ({caught} instanceof ") {
        let mut own = context.code_lines_above().take(300).filter_map(|line| {
            let (class, parent) = line
                .trim_start_matches("export ")
                .strip_prefix("class ")?
                .split_once(" extends ")?;
            let parent = parent.split(['{', ' ']).next().unwrap_or("");
            (parent.ends_with("Error") && is_plain_name(class.trim())).then(|| class.trim())
        });
        // Several error classes of its own: which one is tested is anyone's guess.
        let class = match (own.next(), own.next()) {
            (None, _) => "Error",
            (Some(class), None) => class,
            (Some(_), Some(_)) => return,
        };
        out.push(Suggestion::construct(format!("{class}) {{"), 0.85));
    }
}

/// `class Dog extends ` -> `Animal {` (an `interface`'s too): the one other class the file declares is the one a
/// new class builds on; `class Square implements ` -> `Shape {`, the one interface it declares.
fn only_other_class_extended(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context
        .line_before
        .trim_start()
        .trim_start_matches("export ");
    let Some((keyword, name)) = [
        ("class ", " extends ", "class "),
        ("interface ", " extends ", "interface "),
        ("class ", " implements ", "interface "),
    ]
    .iter()
    .find_map(|(declared, relation, parent)| {
        let name = typed.strip_prefix(declared)?.strip_suffix(relation)?;
        Some((*parent, name))
    }) else {
        return;
    };
    // A custom error extends `Error`, which `control_flow` offers; a file that imports may extend what it imports.
    let imports = context.code.contains("require(") || context.code.contains("import ");
    if name.ends_with("Error") || name.ends_with("Exception") || imports {
        return;
    }
    let mut declared: Vec<&str> = context
        .code_lines_above()
        .filter_map(|line| {
            let rest = line
                .trim_start_matches("export ")
                .trim_start_matches("default ")
                .strip_prefix(keyword)?;
            let end = rest
                .find(|c: char| !super::lexer::is_identifier_char(c))
                .unwrap_or(rest.len());
            rest.get(..end)
        })
        .filter(|declared| !declared.is_empty() && *declared != name)
        .collect();
    declared.dedup();
    if let [parent] = declared[..] {
        out.push(Suggestion::construct(format!("{parent} {{"), 0.8));
    }
}

/// `const merged = [...a, ...` -> `b];`: two arrays are joined, and the code declared one other.
fn other_array_spread(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(first) = typed
        .strip_suffix(", ...")
        .and_then(|head| head.rsplit_once("[..."))
        .map(|(_, first)| first)
        .filter(|first| is_plain_name(first))
    else {
        return;
    };
    let arrays: Vec<&str> = context
        .code_lines_above()
        .take(20)
        .filter_map(|line| {
            let (head, value) = line.split_once(" = [")?;
            let _ = value;
            head.rsplit(' ').next().filter(|name| is_plain_name(name))
        })
        .filter(|name| *name != first)
        .collect();
    let [other] = arrays[..] else {
        return;
    };
    let Some(closers) = super::closers::after_value(context) else {
        return;
    };
    out.push(Suggestion::construct(format!("{other}{closers}"), 0.8));
}

/// `const { name, age } = ` -> `user;` for `const user = { name: ..., age: ... }`: the one object the code
/// declared with every key taken out.
fn destructured_object(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(keys) = ["const { ", "let { "]
        .iter()
        .find_map(|start| typed.strip_prefix(start))
        .and_then(|rest| rest.strip_suffix(" } = "))
    else {
        return;
    };
    let keys: Vec<&str> = keys.split(',').map(str::trim).collect();
    if !keys.iter().all(|key| is_plain_name(key)) {
        return;
    }
    let objects: Vec<&str> = context
        .code_lines_above()
        .take(30)
        .filter_map(|line| {
            let (head, value) = line.split_once(" = {")?;
            let name = head.rsplit(' ').next().filter(|name| is_plain_name(name))?;
            keys.iter()
                .all(|key| value.contains(&format!("{key}:")) || value.contains(&format!("{key},")))
                .then_some(name)
        })
        .collect();
    if let [object] = objects[..] {
        out.push(Suggestion::construct(
            format!("{object}{}", terminator(context)),
            0.8,
        ));
    }
}

/// Offers the rest of `member` after what is typed of it, when something is left beyond its parentheses.
fn push_member(context: &Context<'_>, member: &str, out: &mut Vec<Suggestion>) {
    if let Some(rest) = member.strip_prefix(context.prefix)
        && !rest.is_empty()
        && rest != "()"
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// `Math.floor(Math.` -> `random()`: the only reason to round a number of `Math` itself.
fn random_inside_rounding(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context
        .dot_member()
        .filter(|access| access.receiver == "Math")
    else {
        return;
    };
    let rounding = context.before_receiver(&access).is_some_and(|before| {
        ["Math.floor(", "Math.round(", "Math.ceil(", "Math.trunc("]
            .iter()
            .any(|call| before.ends_with(call))
    });
    if rounding {
        push_member(context, "random()", out);
    }
}

/// `const data = fs.` -> `readFileSync()`: a name for a file's content is read, at once, in a script.
fn synchronous_read(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context
        .dot_member()
        .filter(|access| access.receiver == "fs")
    else {
        return;
    };
    let content = context
        .assignment_target(&access)
        .and_then(|target| target.rsplit(' ').next())
        .is_some_and(|name| {
            matches!(
                name,
                "data"
                    | "content"
                    | "contents"
                    | "text"
                    | "raw"
                    | "source"
                    | "html"
                    | "input"
                    | "json"
            )
        });
    if content {
        push_member(context, "readFileSync()", out);
    }
}

/// `localStorage.` (and `sessionStorage.`): `setItem()` starting a statement, `getItem()` where a value is
/// wanted (`JSON.parse(localStorage.`, `const user = localStorage.`).
fn storage_access(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context
        .dot_member()
        .filter(|access| matches!(access.receiver, "localStorage" | "sessionStorage"))
    else {
        return;
    };
    let starts = context.member_starts_statement(&access);
    // A function named for removing (`clearTodos`, `removeItem(key)`) takes its entry out: its one parameter
    // names the key, or else the key the file stores under.
    if starts
        && let Some(function) = enclosing_function(context)
        && ["remove", "clear", "delete", "forget"]
            .iter()
            .any(|verb| function.name.to_ascii_lowercase().starts_with(verb))
    {
        let mut names = function.parameter_names();
        let key = match (names.next(), names.next()) {
            (Some(name), None) => Some(name.to_owned()),
            (None, _) => stored_key(context),
            _ => None,
        };
        if let Some(key) = key {
            push_member(
                context,
                &format!("removeItem({key}){}", terminator(context)),
                out,
            );
        }
        return;
    }
    let member = if starts { "setItem()" } else { "getItem()" };
    push_member(context, member, out);
}

/// `localStorage.setItem(key, JSON.` -> `stringify(value));` in `save(key, value)`: a helper stores the value
/// it is given under the key it is given.
fn stored_parameter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before;
    let Some((_, arguments)) = typed.rsplit_once("Storage.setItem(") else {
        return;
    };
    let Some(key) = arguments
        .strip_suffix("JSON.")
        .and_then(|head| head.trim_end().strip_suffix(','))
        .map(str::trim)
    else {
        return;
    };
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let names: Vec<&str> = function.parameter_names().collect();
    if let [first, value] = names.as_slice()
        && *first == key
    {
        let closers = open_parentheses(typed).unwrap_or_default();
        push_member(
            context,
            &format!("stringify({value}){closers}{}", terminator(context)),
            out,
        );
    }
}

/// The key the file stores its entry under (`localStorage.setItem(STORAGE_KEY, ` -> `STORAGE_KEY`), when the
/// storage calls above name a single one.
pub(super) fn stored_key(context: &Context<'_>) -> Option<String> {
    let mut keys = context.code_lines_above().take(200).filter_map(|line| {
        let (_, call) = line.split_once("Storage.")?;
        let arguments = call
            .strip_prefix("setItem(")
            .or_else(|| call.strip_prefix("getItem("))?;
        let key = arguments.split([',', ')']).next()?.trim();
        let quoted = key.len() > 2 && key.starts_with(['\'', '"']) && key.ends_with(['\'', '"']);
        (is_plain_name(key) || quoted).then_some(key)
    });
    let first = keys.next()?;
    keys.all(|key| key == first).then(|| first.to_owned())
}

/// `useState<string[]>(` -> `[])`, `useState<User | null>(` -> `null)`: the value a state's declared type
/// starts empty with (an array empty, a nullable `null`, a number `0`, a text `""`, a flag `false`).
fn typed_state_initial_value(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim();
    let Some(declared) = typed
        .strip_suffix(">(")
        .and_then(|rest| rest.split_once("useState<"))
        .map(|(_, declared)| declared.trim())
    else {
        return;
    };
    let initial = if declared.ends_with("[]") || declared.starts_with("Array<") {
        "[]"
    } else if declared.ends_with("| null") {
        "null"
    } else {
        match declared {
            "number" => "0",
            "boolean" => "false",
            "string" => {
                if writes_single_quotes(context) {
                    "''"
                } else {
                    "\"\""
                }
            }
            _ => return,
        }
    };
    let closers = super::idioms::open_parentheses(typed).unwrap_or_default();
    let ending = if typed.starts_with("const ") || typed.starts_with("let ") {
        terminator(context)
    } else {
        ""
    };
    out.push(Suggestion::construct(
        format!("{initial}{closers}{ending}"),
        0.88,
    ));
}

/// `const [count, setCount] = useState(` -> `0)`: the initial value the state's name implies (a count a
/// number, a flag `false`, a plural an empty array, a text an empty string, a record `null`).
fn state_initial_value(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim();
    let Some(state) = ["const [", "let ["]
        .iter()
        .find_map(|keyword| typed.strip_prefix(keyword))
        .and_then(|rest| {
            rest.strip_suffix("useState(")
                .or_else(|| rest.strip_suffix("React.useState("))
        })
        .and_then(|rest| rest.trim_end().strip_suffix('='))
        .and_then(|rest| rest.trim_end().strip_suffix(']'))
        .and_then(|pair| pair.split_once(','))
        .map(|(state, _)| state.trim())
        .filter(|state| is_plain_name(state))
    else {
        return;
    };
    let quote = if writes_single_quotes(context) {
        "''"
    } else {
        "\"\""
    };
    let lowered = state.to_ascii_lowercase();
    let starts_flag = ["is", "has", "show", "should", "can"].iter().any(|lead| {
        state
            .strip_prefix(lead)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()))
    });
    let initial = if starts_flag
        || matches!(
            lowered.as_str(),
            "loading"
                | "open"
                | "visible"
                | "enabled"
                | "disabled"
                | "done"
                | "checked"
                | "active"
                | "expanded"
                | "editing"
                | "submitted"
        ) {
        "false"
    } else if matches!(
        lowered.as_str(),
        "count" | "counter" | "total" | "index" | "score" | "step" | "page" | "seconds" | "clicks"
    ) {
        "0"
    } else if matches!(
        lowered.as_str(),
        "name"
            | "text"
            | "query"
            | "input"
            | "title"
            | "message"
            | "value"
            | "email"
            | "password"
            | "search"
            | "username"
            | "description"
    ) {
        quote
    } else if matches!(
        lowered.as_str(),
        "user" | "data" | "error" | "selected" | "result" | "file" | "current"
    ) {
        "null"
    } else if lowered.len() > 3 && lowered.ends_with('s') && !lowered.ends_with("ss") {
        "[]"
    } else {
        return;
    };
    out.push(Suggestion::construct(
        format!("{initial}){}", terminator(context)),
        0.85,
    ));
}

/// `const doubled = numbers.map((n) => ` -> `n * 2)`, `const evens = numbers.filter((n) => ` -> `n % 2 === 0)`:
/// the result's name says what the callback computes, for an array of numbers.
fn callback_body_by_result(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some((target, call)) = ["const ", "let ", "var "]
        .iter()
        .find_map(|keyword| typed.strip_prefix(keyword))
        .and_then(|rest| rest.split_once(" = "))
    else {
        return;
    };
    let Some((method, parameter)) = [".map(", ".filter("].iter().find_map(|method| {
        let (receiver, callback) = call.rsplit_once(method)?;
        // Only numbers are doubled or even: an array of number literals, or one named for numbers.
        let numeric = declaration_of(context, receiver).is_some_and(|value| {
            value.trim_start().starts_with('[')
                && value
                    .trim_start()
                    .trim_start_matches('[')
                    .starts_with(|c: char| c.is_ascii_digit() || c == '-')
        }) || matches!(
            receiver,
            "numbers" | "nums" | "values" | "scores" | "prices" | "ages" | "amounts"
        );
        if !numeric {
            return None;
        }
        let parameter = callback
            .strip_suffix(" => ")?
            .trim_start_matches('(')
            .trim_end_matches(')');
        is_plain_name(parameter).then_some((*method, parameter))
    }) else {
        return;
    };
    let body = match (method, target.trim()) {
        (".map(", "doubled" | "doubles") => format!("{parameter} * 2"),
        (".map(", "squares" | "squared") => format!("{parameter} * {parameter}"),
        (".map(", "tripled") => format!("{parameter} * 3"),
        (".map(", "halves" | "halved") => format!("{parameter} / 2"),
        (".filter(", "evens" | "evenNumbers" | "even") => format!("{parameter} % 2 === 0"),
        (".filter(", "odds" | "oddNumbers" | "odd") => format!("{parameter} % 2 !== 0"),
        (".filter(", "positives" | "positive") => format!("{parameter} > 0"),
        (".filter(", "negatives" | "negative") => format!("{parameter} < 0"),
        _ => return,
    };
    out.push(Suggestion::construct(
        format!("{body}){}", terminator(context)),
        0.85,
    ));
}

/// `Math.max(` -> `...numbers)` (`Math.max(...` -> `numbers)`): the largest of an array declared just above is taken
/// by spreading it.
fn spread_into_extreme(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_end();
    // The spread may be typed already: `Math.max(...` -> `numbers)`.
    let (opened, spread) = match typed.strip_suffix("...") {
        Some(opened) => (opened, ""),
        None => (typed, "..."),
    };
    if !(opened.ends_with("Math.max(") || opened.ends_with("Math.min(")) {
        return;
    }
    let Some(line) = context.previous_code_line() else {
        return;
    };
    let declared = ["const ", "let ", "var "]
        .iter()
        .find_map(|keyword| line.trim_start().strip_prefix(keyword))
        .and_then(|rest| rest.split_once(" = "))
        .filter(|(_, value)| value.trim_start().starts_with('['))
        .map(|(name, _)| name.trim())
        .filter(|name| is_plain_name(name));
    if let Some(array) = declared {
        out.push(Suggestion::construct(
            format!("{spread}{array}){}", terminator(context)),
            0.85,
        ));
    }
}

/// `if (err) ` in a Node callback -> `throw err;`, or `return callback(err);` in a function that was handed a
/// callback to report to.
fn callback_error(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim();
    // `if (err) throw ` typed by hand: what is thrown is what was tested.
    if let Some(error) = typed
        .strip_prefix("if (")
        .and_then(|rest| rest.strip_suffix(") throw"))
        .filter(|error| is_plain_name(error))
    {
        out.push(Suggestion::construct(
            format!("{error}{}", terminator(context)),
            0.85,
        ));
        return;
    }
    let Some(error) = typed
        .strip_prefix("if (")
        .and_then(|rest| rest.strip_suffix(')'))
        .filter(|error| matches!(*error, "err" | "error"))
    else {
        return;
    };
    if !context.line_before.ends_with(' ') {
        return;
    }
    let reporter = enclosing_function(context).and_then(|function| {
        function
            .parameter_names()
            .find(|name| matches!(*name, "callback" | "cb" | "done" | "next"))
    });
    let statement = match reporter {
        Some(reporter) => format!("return {reporter}({error})"),
        None => format!("throw {error}"),
    };
    out.push(Suggestion::construct(
        format!("{statement}{}", terminator(context)),
        0.85,
    ));
}

/// `console.log(key, ` in `for (const key in obj) {` -> `obj[key]);`: the value that goes with the key.
fn value_by_key(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(key) = context
        .line_before
        .trim_start()
        .strip_prefix("console.log(")
        .and_then(|arguments| arguments.strip_suffix(", "))
        .filter(|key| is_plain_name(key))
    else {
        return;
    };
    let depth = indentation(context.line_before);
    let header = context
        .code_before_line()
        .lines()
        .rev()
        .take(40)
        .find(|line| !line.trim().is_empty() && indentation(line) < depth);
    let object = header.and_then(|line| {
        ["for (const ", "for (let ", "for (var "]
            .iter()
            .find_map(|keyword| line.trim().strip_prefix(keyword))?
            .strip_prefix(key)?
            .strip_prefix(" in ")?
            .strip_suffix(") {")
            .filter(|object| is_plain_name(object))
    });
    if let Some(object) = object {
        out.push(Suggestion::construct(
            format!("{object}[{key}]){}", terminator(context)),
            0.85,
        ));
    }
}

/// `${user.` in a template literal whose text names the field: after a label (`` `Name: ${user.`` -> `name`,
/// `` `age=${user.`` -> `age`) or a greeting (`` `Hello, ${user.`` -> `name`), when the code declares that field
/// (`name: 'Ada'` in an object literal, `name: string` in an interface), or the field is a fetched response's
/// `status` (`` `HTTP error! status: ${response.`` -> `status`, the check every `fetch` tutorial throws).
fn field_named_by_label(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let Some(before) = context
        .line_before
        .strip_suffix(&format!("{}{}", access.receiver, access.separator))
        .and_then(|before| before.strip_suffix("${"))
    else {
        return;
    };
    if access.separator != "." || !is_plain_name(access.receiver) {
        return;
    }
    // The literal's own text before the interpolation: after its backtick or the previous `}`.
    let Some(text) = before.rsplit(['`', '}']).next() else {
        return;
    };
    if !before.contains('`') {
        return;
    }
    let label = text
        .trim_end_matches([' ', ':', '=', ','])
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let greeting = matches!(
        label.as_str(),
        "hello" | "hi" | "hey" | "welcome" | "goodbye" | "bye"
    ) && text.trim_end().ends_with(',');
    let field = if greeting { "name".to_owned() } else { label };
    if field.is_empty() || (!greeting && !text.trim_end().ends_with([':', '='])) {
        return;
    }
    let declared = context.code_before_line().lines().any(|line| {
        line.split(['{', ',', ';'])
            .any(|part| part.trim_start().starts_with(&format!("{field}:")))
    });
    // `` `HTTP error! status: ${response.`` after `const response = await fetch(url)`: a response has a status.
    let fetched_status = field == "status"
        && context
            .code_before_line()
            .contains(&format!("{} = await fetch(", access.receiver));
    if declared || fetched_status {
        out.push(Suggestion::construct(field, 0.85));
    }
}

/// `const now = new ` -> `Date();`: a value named for the present moment is a new `Date`.
fn current_date(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(name) = ["const ", "let ", "var "]
        .iter()
        .find_map(|keyword| context.line_before.trim_start().strip_prefix(keyword))
        .and_then(|rest| rest.strip_suffix(" = new "))
    else {
        return;
    };
    if matches!(name, "now" | "today" | "date" | "currentDate" | "startTime") {
        out.push(Suggestion::construct(
            format!("Date(){}", terminator(context)),
            0.88,
        ));
    }
}

/// `this.name = ` in the constructor of `class ValidationError extends Error` -> `'ValidationError';`: a custom
/// error names itself, so that its stack and `console.error` show it.
fn error_class_name(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "this.name = " {
        return;
    }
    if enclosing_function(context).is_none_or(|function| function.name != "constructor") {
        return;
    }
    let Some(class) = context
        .code_lines_above()
        .find(|line| line.starts_with("class ") || line.starts_with("export class "))
        .and_then(|line| line.trim_start_matches("export ").strip_prefix("class "))
        .and_then(|header| header.split_once(" extends "))
        .filter(|(_, parent)| {
            let parent = parent.trim_end_matches('{').trim();
            parent == "Error" || parent.ends_with("Error")
        })
        .map(|(class, _)| class.trim())
        .filter(|class| is_plain_name(class))
    else {
        return;
    };
    let quote = if context.code.matches('"').count() > context.code.matches('\'').count() {
        '"'
    } else {
        '\''
    };
    out.push(Suggestion::construct(
        format!("{quote}{class}{quote}{}", terminator(context)),
        0.85,
    ));
}

/// `if (vowels.` under `for (const ch of text) {` -> `includes(ch)) {`: a string of letters is asked whether it
/// holds the loop's character.
fn vowel_test(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if context.before_receiver(&access).map(str::trim_start) != Some("if (") {
        return;
    }
    let letters = declaration_of(context, access.receiver)
        .is_some_and(|value| value.trim_start().starts_with(['\'', '"']));
    if !letters || !access.receiver.to_ascii_lowercase().contains("vowel") {
        return;
    }
    let depth = indentation(context.line_before);
    let character = context
        .code_lines_above()
        .next()
        .filter(|_| {
            context
                .previous_code_line()
                .is_some_and(|line| indentation(line) < depth)
        })
        .and_then(|line| {
            ["for (const ", "for (let "]
                .iter()
                .find_map(|keyword| line.strip_prefix(keyword))?
                .split_once(" of ")
                .map(|(character, _)| character)
        })
        .filter(|character| is_plain_name(character));
    if let Some(character) = character {
        out.push(Suggestion::member(
            format!("includes({character})) {{"),
            0.88,
        ));
    }
}

/// `const data = await ` right after `const response = await fetch(...)` -> `response.json();`: the body of the
/// response just fetched, as data (`text()` for a `text` or `html`).
fn parsed_response(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(target) = ["const ", "let "]
        .iter()
        .find_map(|keyword| context.line_before.trim_start().strip_prefix(keyword))
        .and_then(|rest| rest.strip_suffix(" = await "))
    else {
        return;
    };
    let body = match target {
        "data" | "json" | "body" | "result" | "users" | "user" | "posts" | "items" | "todos" => {
            "json()"
        }
        "text" | "html" => "text()",
        _ => return,
    };
    let response = context.previous_code_line().and_then(|line| {
        ["const ", "let "]
            .iter()
            .find_map(|keyword| line.trim_start().strip_prefix(keyword))?
            .split_once(" = await fetch(")
            .map(|(response, _)| response.trim())
            .filter(|response| is_plain_name(response))
    });
    if let Some(response) = response {
        out.push(Suggestion::construct(
            format!("{response}.{body}{}", terminator(context)),
            0.85,
        ));
    }
}

/// `word[0].toUpperCase() + word.` (`word.charAt(0).toUpperCase() + word.`) -> `slice(1)`: a word capitalized is
/// its first letter raised and the rest as it was.
fn rest_after_capital(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let Some(before) = context.before_receiver(&access) else {
        return;
    };
    let word = access.receiver;
    let capital = [
        format!("{word}[0].toUpperCase() + "),
        format!("{word}.charAt(0).toUpperCase() + "),
    ];
    if is_plain_name(word) && capital.iter().any(|start| before.ends_with(start.as_str())) {
        let statement = ["return ", "const ", "let "]
            .iter()
            .any(|keyword| before.trim_start().starts_with(keyword));
        let end = if statement { terminator(context) } else { "" };
        out.push(Suggestion::member(format!("slice(1){end}"), 0.88));
    }
}

/// `return [...new Set(` in a function named for removing duplicates (or keeping unique items) of one parameter
/// -> `arr)];` (`return [...new ` -> `Set(arr)];`): a set keeps one of each, spread back into an array.
fn without_duplicates(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let set = match context.line_before.trim_start() {
        "return [...new Set(" => "",
        "return [...new " => "Set(",
        _ => return,
    };
    if let Some(items) = deduplicated_parameter(context) {
        out.push(Suggestion::construct(
            format!("{set}{items})]{}", terminator(context)),
            0.85,
        ));
    }
}

/// `.catch((err) => ` -> `console.error(err));`: a promise chain ends by reporting what went wrong.
fn caught_error_logged(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(error) = typed
        .strip_prefix(".catch((")
        .or_else(|| typed.strip_prefix(".catch("))
        .and_then(|rest| rest.strip_suffix(" => "))
        .map(|parameter| parameter.trim_end_matches(')'))
        .filter(|parameter| is_plain_name(parameter))
    else {
        return;
    };
    out.push(Suggestion::construct(
        format!("console.error({error})){}", terminator(context)),
        0.85,
    ));
}

/// The word after the last `(` or `, ` of a callback's head, as `(callback's parameter, rest)`: `("user", "user.")`
/// for `users.map(user => user.` (also `(user) => `).
fn arrow_parameter(typed: &str) -> Option<(&str, &str)> {
    let (head, body) = typed.rsplit_once(" => ")?;
    let parameter = head
        .rsplit(['(', ' ', ','])
        .find(|word| !word.is_empty())?
        .trim_end_matches(')');
    is_plain_name(parameter).then_some((parameter, body))
}

/// `const names = users.map(user => user.` -> `name)`: a list named for a field, mapped from its objects, takes
/// that field of each, when the code shows the field (`{ name: 'Ada' }`, `name: string;`).
///
/// The same holds for the last call of a chain (`todos.filter(...).map((t) => t.` in `const ids`), a `flatMap`
/// (`const tags = posts.flatMap((post) => post.` -> `tags)`) and an `every` named `allDone` (-> `done)`); the
/// field may be half typed (`user.na` in `const names`), which shows it as well.
fn field_of_plural(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.before_prefix().trim_start();
    let Some((declaration, call)) = typed.split_once(" = ") else {
        return;
    };
    let declaration = declaration.split(':').next().unwrap_or(declaration);
    let target = declaration.rsplit(' ').next().unwrap_or(declaration);
    let Some((method, last_call)) = [".map(", ".flatMap(", ".every("]
        .iter()
        .filter_map(|method| call.rfind(method).map(|at| (*method, at)))
        .max_by_key(|(_, at)| *at)
        .and_then(|(method, at)| Some((method, call.get(at..)?)))
    else {
        return;
    };
    let Some((parameter, body)) = arrow_parameter(last_call) else {
        return;
    };
    if body != format!("{parameter}.") {
        return;
    }
    let field = match method {
        ".map(" => super::statements::singular(target).filter(|field| field != target),
        ".flatMap(" => Some(target.to_owned()),
        _ => target
            .strip_prefix("all")
            .filter(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()))
            .map(|rest| {
                let mut letters = rest.chars();
                letters
                    .next()
                    .map(|first| first.to_ascii_lowercase())
                    .into_iter()
                    .chain(letters)
                    .collect()
            }),
    };
    let Some(field) = field.filter(|field| is_plain_name(field)) else {
        return;
    };
    let Some(rest) = field
        .strip_prefix(context.prefix)
        .filter(|rest| !rest.is_empty())
    else {
        return;
    };
    let before = context.code_before_line();
    // A field half typed, a flattened list or a test of all items is named for its field; `id` is every record's.
    let shown = context.prefix.len() >= 2
        || method != ".map("
        || field == "id"
        || [
            format!("{field}:"),
            format!("{field}?:"),
            format!(".{field}"),
        ]
        .iter()
        .any(|written| before.contains(written.as_str()));
    if shown {
        let closers = open_parentheses(context.line_before).unwrap_or_default();
        out.push(Suggestion::member(
            format!("{rest}{closers}{}", terminator(context)),
            0.88,
        ));
    }
}

/// `users.find(u => u.id === ` -> `id)` in a function given `id`: the object found is the one with the field the
/// function was asked for (`todos.filter(t => t.id !== ` -> `id)`: the others are kept, in `removeTodo(id)`).
fn found_by_parameter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if !(typed.contains(".find(") || typed.contains(".filter(") || typed.contains(".findIndex(")) {
        return;
    }
    let Some(compared) = typed
        .strip_suffix(" === ")
        .or_else(|| typed.strip_suffix(" == "))
        .or_else(|| {
            typed
                .strip_suffix(" !== ")
                .filter(|_| typed.contains(".filter("))
        })
    else {
        return;
    };
    let Some((parameter, body)) = arrow_parameter(compared) else {
        return;
    };
    let Some(field) = body
        .strip_prefix(parameter)
        .and_then(|rest| rest.strip_prefix('.'))
    else {
        return;
    };
    // The function may be an arrow on the same line: `const removeItem = (id) => setItems(items.filter(`.
    let given = enclosing_function(context)
        .is_some_and(|function| function.parameters.iter().any(|given| given.name == field))
        || typed.contains(&format!("= ({field}) => "));
    if given && is_plain_name(field) {
        let closers = open_parentheses(typed)
            .filter(|closers| !closers.is_empty())
            .unwrap_or_else(|| ")".to_owned());
        out.push(Suggestion::construct(
            format!("{field}{closers}{}", terminator(context)),
            0.85,
        ));
    }
}

/// The HTTP methods an Express app routes.
const ROUTE_METHODS: &[&str] = &["get", "post", "put", "patch", "delete"];

/// The app the code made with `express()` (`const app = express();`).
fn express_app<'a>(context: &Context<'a>) -> Option<&'a str> {
    context.code_before_line().lines().find_map(|line| {
        let (declaration, value) = line.trim().split_once(" = ")?;
        let name = declaration.rsplit(' ').next()?;
        (value.trim_end_matches(';') == "express()" && is_plain_name(name)).then_some(name)
    })
}

/// `app.get('/', (` -> `req, res) => {`: an Express route's handler takes the request and the response.
fn route_handler(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(route) = typed.strip_suffix(", (") else {
        return;
    };
    let Some(app) = express_app(context) else {
        return;
    };
    let routed = ROUTE_METHODS.iter().any(|method| {
        route
            .strip_prefix(&format!("{app}.{method}("))
            .is_some_and(|path| path.starts_with(['\'', '"', '`']) && !path.contains(['(', ')']))
    });
    if routed {
        out.push(Suggestion::construct("req, res) => {", 0.85));
    }
}

/// The route and method of the Express handler the cursor is in: `("/users/:id", "get")`.
fn enclosing_route<'a>(context: &Context<'a>) -> Option<(&'a str, &'a str)> {
    let app = express_app(context)?;
    let header = context.enclosing_lines().next()?;
    let rest = header.strip_prefix(app)?.strip_prefix('.')?;
    let (method, rest) = rest.split_once('(')?;
    if !ROUTE_METHODS.contains(&method) {
        return None;
    }
    let quote = rest.chars().next()?;
    let path = rest.get(1..)?.split(quote).next()?;
    Some((path, method))
}

/// In an Express handler: `req.params.` -> the route's one parameter (`id` of `/users/:id`), `const { userId } =
/// req.` -> `params;` (a parameter of the route), `const user = req.` -> `body;` in a `post`, `put` or `patch`.
fn request_part(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if !(typed.ends_with("req.") || typed.ends_with("req.params.")) {
        return;
    }
    let Some((path, method)) = enclosing_route(context) else {
        return;
    };
    let parameters: Vec<&str> = path
        .split('/')
        .filter_map(|part| part.strip_prefix(':'))
        .filter(|name| is_plain_name(name))
        .collect();
    let end = terminator(context);
    if typed.ends_with("req.params.") {
        if let [only] = parameters.as_slice() {
            out.push(Suggestion::member(format!("{only}{end}"), 0.88));
        }
        return;
    }
    let Some(declaration) = typed.strip_suffix(" = req.") else {
        return;
    };
    let destructured: Vec<&str> = declaration
        .rsplit_once('{')
        .and_then(|(_, names)| names.split_once('}'))
        .map(|(names, _)| names.split(',').map(str::trim).collect())
        .unwrap_or_default();
    let part =
        if !destructured.is_empty() && destructured.iter().all(|name| parameters.contains(name)) {
            "params"
        } else if matches!(method, "post" | "put" | "patch") {
            "body"
        } else {
            return;
        };
    out.push(Suggestion::member(format!("{part}{end}"), 0.88));
}

/// `return user.` in `getName(user)` -> `name`: a getter returns the field it is named for.
fn getter_field(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(receiver) = context
        .line_before
        .trim_start()
        .strip_prefix("return ")
        .and_then(|rest| rest.strip_suffix('.'))
        .filter(|receiver| is_plain_name(receiver))
    else {
        return;
    };
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let Some(field) = function.name.strip_prefix("get").filter(|field| {
        field.starts_with(|c: char| c.is_ascii_uppercase()) && is_plain_name(field)
    }) else {
        return;
    };
    let [parameter] = function.parameters.as_slice() else {
        return;
    };
    // A value of no record type (`error: unknown` narrowed to an `Error`) has no field named by the function.
    if parameter.name != receiver
        || matches!(
            parameter.type_text.trim(),
            "unknown" | "any" | "Error" | "string" | "number" | "boolean"
        )
    {
        return;
    }
    let lowered = |name: &str| {
        let mut characters = name.chars();
        characters
            .next()
            .map(|first| first.to_ascii_lowercase())
            .into_iter()
            .chain(characters)
            .collect::<String>()
    };
    let mut field = lowered(field);
    // A declared type says which field it is: `getUserName(user: User)` reads `user.name` when `User` has no
    // `userName`, and nothing when it has neither.
    if let Some(fields) = super::record_literals::declared_fields(
        context.code_before_line(),
        context.profile.language,
        parameter.type_text.trim(),
    ) && !fields.contains(&field.as_str())
    {
        let Some(unprefixed) = field
            .strip_prefix(receiver)
            .map(lowered)
            .filter(|unprefixed| fields.contains(&unprefixed.as_str()))
        else {
            return;
        };
        field = unprefixed;
    }
    out.push(Suggestion::member(
        format!("{field}{}", terminator(context)),
        0.88,
    ));
}

/// `res.json(` in the handler of `app.get('/users', ...)` -> `users);`: a route named for a collection the code
/// holds sends it.
fn route_collection(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if typed != "res.json(" && typed != "res.send(" {
        return;
    }
    let Some((path, "get")) = enclosing_route(context) else {
        return;
    };
    let Some(collection) = path.rsplit('/').next().filter(|name| is_plain_name(name)) else {
        return;
    };
    let held = context.code_before_line().lines().any(|line| {
        line.trim()
            .split_once(" = ")
            .is_some_and(|(declaration, _)| declaration.rsplit(' ').next() == Some(collection))
    });
    if held {
        out.push(Suggestion::construct(
            format!("{collection}){}", terminator(context)),
            0.85,
        ));
    }
}

/// In a TypeScript interface or type, a callback member `onClick: () => ` -> `void;`: a handler returns nothing.
fn handler_returns_nothing(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != super::language::Language::TypeScript {
        return;
    }
    let Some(member) = context.line_before.trim_start().strip_suffix(": () => ") else {
        return;
    };
    let in_type = context.enclosing_lines().next().is_some_and(|header| {
        header.starts_with("interface ")
            || header.starts_with("export interface ")
            || header.starts_with("type ")
            || header.starts_with("export type ")
    });
    if in_type
        && member.trim_end_matches('?').starts_with("on")
        && is_plain_name(member.trim_end_matches('?'))
    {
        out.push(Suggestion::construct("void;", 0.85));
    }
}

/// `import React, { useState } from ` -> `'react';`: React and its hooks come from the `react` package (and
/// `import { readFileSync } from ` -> `"fs";`: names that one module exports, from it).
fn react_import(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(imported) = typed
        .strip_prefix("import ")
        .and_then(|rest| rest.strip_suffix(" from "))
    else {
        return;
    };
    const HOOKS: &[&str] = &[
        "useState",
        "useEffect",
        "useRef",
        "useContext",
        "useMemo",
        "useCallback",
        "useReducer",
    ];
    let names = imported
        .trim_start_matches("React")
        .trim_start_matches(',')
        .trim();
    let react = imported.starts_with("React")
        || names
            .strip_prefix('{')
            .and_then(|rest| rest.strip_suffix('}'))
            .is_some_and(|list| {
                list.split(',')
                    .map(str::trim)
                    .all(|name| HOOKS.contains(&name))
            });
    // `import { readFileSync } from ` -> `"fs";`: names only one built-in module exports.
    let module = if react {
        Some("react")
    } else {
        super::javascript_library::module_of_named(names)
    };
    if let Some(module) = module {
        let quote = if context.code.contains("from \"") {
            '"'
        } else if context.code.contains("from '") || react {
            '\''
        } else {
            '"'
        };
        out.push(Suggestion::construct(
            format!("{quote}{module}{quote}{}", terminator(context)),
            0.9,
        ));
    }
}

/// `setInterval(` and `setTimeout(` starting a statement or an assignment -> `() => {`: the callback comes first.
fn interval_callback(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(before) = typed
        .strip_suffix("setInterval(")
        .or_else(|| typed.strip_suffix("setTimeout("))
    else {
        return;
    };
    let statement = before.is_empty() || (before.ends_with(" = ") && before.starts_with("const "));
    if statement {
        out.push(Suggestion::construct("() => {", 0.85));
    }
}

/// On a blank line of `class Circle implements Shape {` -> `area(): number {`: the first method of the file's
/// `interface Shape` the class does not define yet.
fn interface_method(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.on_blank_line_start() || context.current_indentation() == 0 {
        return;
    }
    // Within the window the other rules read: a class's header is not thousands of lines above its members.
    let Some(class_line) = context
        .code_lines_above()
        .take(300)
        .find(|line| line.starts_with("class ") || line.starts_with("export class "))
    else {
        return;
    };
    let Some(interface) = class_line
        .split_once(" implements ")
        .map(|(_, rest)| rest.trim_end_matches('{').trim())
        .filter(|name| is_plain_name(name))
    else {
        return;
    };
    // The class's own body so far (from its header to the cursor).
    let before = context.code_before_line();
    let Some(class_body) = before.rfind(class_line).and_then(|at| before.get(at..)) else {
        return;
    };
    // At the depth of the class's members, after the header or a member's end: not inside a method.
    let member_depth = class_body
        .lines()
        .skip(1)
        .find(|line| !line.trim().is_empty())
        .map_or(context.current_indentation(), indentation);
    let after_member = context
        .previous_code_line()
        .is_some_and(|line| line.trim_end().ends_with('}') || line.trim() == class_line);
    if context.current_indentation() != member_depth || !after_member {
        return;
    }
    let Some(body) = ["interface ", "export interface "]
        .iter()
        .find_map(|keyword| context.code.find(&format!("{keyword}{interface} {{")))
        .and_then(|at| context.code.get(at..))
    else {
        return;
    };
    let missing = super::statements::block_lines(body)
        .filter_map(|line| line.strip_suffix(';'))
        .filter(|member| member.contains("("))
        .find(|method| {
            let name = method.split('(').next().unwrap_or("");
            !class_body.contains(&format!("{name}("))
        });
    if let Some(method) = missing {
        out.push(Suggestion::construct(format!("{method} {{"), 0.85));
    }
}

/// `.catch((err) => console.error(` -> `err))`: a one-line callback that logs, logs its own parameter.
fn logged_parameter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(head) = ["console.log(", "console.error(", "console.warn("]
        .iter()
        .find_map(|log| typed.strip_suffix(log))
    else {
        return;
    };
    let Some(arrow) = head.strip_suffix(" => ") else {
        return;
    };
    let parameter = arrow
        .strip_suffix(')')
        .and_then(|rest| rest.rsplit_once('('))
        .map_or_else(
            || arrow.rsplit(['(', ' ']).next().unwrap_or(""),
            |(_, parameter)| parameter,
        );
    if !is_plain_name(parameter) {
        return;
    }
    let closers = open_parentheses(typed).unwrap_or_default();
    let statement_end = if typed.starts_with('.') {
        ""
    } else {
        terminator(context)
    };
    out.push(Suggestion::construct(
        format!("{parameter}{}{statement_end}", closers),
        0.86,
    ));
}

/// `fn.apply(this, ` in a function that collected `...args` -> `args)`: the arguments are passed on as they came
/// (a debounce's or a wrapper's call), then the line's closers.
fn forwarded_rest_arguments(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if !typed.ends_with(".apply(this, ") && !typed.ends_with(".call(this, ...") {
        return;
    }
    let Some(rest) = context
        .enclosing_lines()
        .find_map(|header| header.split_once("(...").map(|(_, rest)| rest))
        .and_then(|rest| rest.split(')').next())
        .filter(|name| is_plain_name(name))
    else {
        return;
    };
    // Inside a timer's callback (`setTimeout(() => fn.apply(this, `), the delay the function was given follows.
    let delay = typed
        .contains("setTimeout(() => ")
        .then(|| enclosing_function(context))
        .flatten()
        .and_then(|function| {
            function
                .parameter_names()
                .find(|name| matches!(*name, "wait" | "delay" | "ms" | "timeout"))
        });
    let text = match delay {
        Some(delay) => format!("{rest}), {delay}){}", terminator(context)),
        None => {
            let Some(closers) = super::closers::after_value(context) else {
                return;
            };
            format!("{rest}{closers}")
        }
    };
    out.push(Suggestion::construct(text, 0.86));
}

/// Whether the code writes its strings with single quotes only (a text it makes then does too; double quotes
/// otherwise, as a new file's first strings).
fn writes_single_quotes(context: &Context<'_>) -> bool {
    context.code.contains('\'') && !context.code.contains('"')
}

/// `return typeof x === ` in a type guard declared `x is string` -> `"string";`: the guard tests the type it names.
fn type_guard_test(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(tested) = typed
        .strip_prefix("return typeof ")
        .and_then(|rest| rest.strip_suffix(" === "))
        .filter(|tested| is_plain_name(tested))
    else {
        return;
    };
    let guarded = context.enclosing_lines().find_map(|header| {
        let (_, result) = header.split_once(&format!("): {tested} is "))?;
        result.strip_suffix(" {")
    });
    let Some(guarded) = guarded.filter(|guarded| {
        matches!(
            *guarded,
            "string"
                | "number"
                | "boolean"
                | "bigint"
                | "symbol"
                | "undefined"
                | "function"
                | "object"
        )
    }) else {
        return;
    };
    let quote = if writes_single_quotes(context) {
        '\''
    } else {
        '"'
    };
    out.push(Suggestion::construct(
        format!("{quote}{guarded}{quote}{}", terminator(context)),
        0.88,
    ));
}

/// `return arr[` in `function first(arr)` -> `0];`, in `last(arr)` -> `arr.length - 1];`: the element the
/// function is named for.
fn end_element_returned(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(list) = typed
        .strip_prefix("return ")
        .and_then(|rest| rest.strip_suffix('['))
        .filter(|list| is_plain_name(list))
    else {
        return;
    };
    let Some(function) = enclosing_function(context) else {
        return;
    };
    if function.parameter_names().next() != Some(list) {
        return;
    }
    let index = match function.name {
        "first" | "head" | "firstElement" => "0".to_owned(),
        "last" | "lastElement" => format!("{list}.length - 1"),
        _ => return,
    };
    out.push(Suggestion::construct(
        format!("{index}]{}", terminator(context)),
        0.88,
    ));
}

/// `{ ...todo, done: !todo.` -> `done }`: a copy that negates a field of the object it spreads flips that field.
fn toggled_field(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let Some(before) = context.before_receiver(&access) else {
        return;
    };
    let Some(field) = before
        .strip_suffix(": !")
        .map(|head| &head[super::lexer::trailing_identifier_start(head)..])
        .filter(|field| is_plain_name(field))
    else {
        return;
    };
    if !before.contains(&format!("...{}", access.receiver)) {
        return;
    }
    if let Some(closers) = super::closers::after_value(context) {
        let closers = copy_closers(before, access.receiver, &closers);
        out.push(Suggestion::member(format!("{field}{closers}"), 0.88));
    }
}

/// What closes a copy of `object` with one field changed (`{ ...todo, done: !todo.done`): the object as it was
/// opened (`{ ` with its space), and in a ternary's first branch (`t.id === id ? { ...t, `) the other branch, the
/// element unchanged (` : t`), before the line's other closers.
fn copy_closers(head: &str, object: &str, closers: &str) -> String {
    let Some(rest) = closers.strip_prefix('}') else {
        return closers.to_owned();
    };
    let brace = if head.contains("{ ") { " }" } else { "}" };
    let ternary = head
        .rsplit_once('{')
        .is_some_and(|(before, _)| before.trim_end().ends_with('?'));
    if ternary {
        format!("{brace} : {object}{rest}")
    } else {
        format!("{brace}{rest}")
    }
}

/// `return { ...todo, completed: ` -> `!todo.completed }`: in a toggle, or for a field declared `boolean`, the
/// copy flips the field it names.
fn toggled_field_value(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before;
    let Some((head, field)) = typed
        .strip_suffix(": ")
        .and_then(|head| head.rsplit_once(", "))
        .filter(|(_, field)| is_plain_name(field))
    else {
        return;
    };
    let Some(object) = head
        .rsplit_once("{ ...")
        .or_else(|| head.rsplit_once("{..."))
        .map(|(_, object)| object)
        .filter(|object| is_plain_name(object))
    else {
        return;
    };
    let toggles = enclosing_function(context)
        .is_some_and(|function| function.name.to_ascii_lowercase().starts_with("toggle"));
    let boolean = context
        .code_before_line()
        .lines()
        .any(|line| line.trim().trim_end_matches([';', ',']) == format!("{field}: boolean"));
    if !toggles && !boolean {
        return;
    }
    if let Some(closers) = super::closers::after_value(context) {
        let closers = copy_closers(head, object, &closers);
        out.push(Suggestion::construct(
            format!("!{object}.{field}{closers}"),
            0.86,
        ));
    }
}

/// `const year = new Date().` -> `getFullYear();`: the part of a date a variable is named for (`month`, `hours`,
/// `timestamp`), read with its getter. A day is left alone: `getDate()` or the weekday's `getDay()`.
fn date_part_by_name(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let Some(target) = context
        .before_receiver(&access)
        .map(|before| before.trim_end().trim_end_matches("new").trim_end())
        .and_then(|before| before.strip_suffix('='))
        .map(str::trim)
    else {
        return;
    };
    let name = target.rsplit(' ').next().unwrap_or(target);
    let getter = match name {
        "year" => "getFullYear()",
        "month" => "getMonth()",
        "hours" | "hour" => "getHours()",
        "minutes" | "minute" => "getMinutes()",
        "seconds" | "second" => "getSeconds()",
        "timestamp" | "time" | "millis" | "ms" => "getTime()",
        "iso" | "isoString" | "isoDate" => "toISOString()",
        _ => return,
    };
    // The name is checked first: finding the receiver's declaration reads the window's tokens.
    let dated = access.receiver == "new Date()"
        || (access.receiver == "Date()"
            && context
                .before_receiver(&access)
                .is_some_and(|before| before.ends_with("new ")))
        || declaration_of(context, access.receiver)
            .is_some_and(|value| value.trim_start().starts_with("new Date("));
    // Its first letters may be typed already (`const year = now.get` -> `FullYear();`).
    if dated && let Some(rest) = getter.strip_prefix(context.prefix) {
        out.push(Suggestion::member(
            format!("{rest}{}", terminator(context)),
            0.9,
        ));
    }
}

/// `const { value, done } = it.` -> `next();`: only an iterator's step hands out that pair.
fn generator_step(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let Some(target) = context.assignment_target(&access) else {
        return;
    };
    let pattern = ["const ", "let "]
        .iter()
        .find_map(|keyword| target.strip_prefix(keyword))
        .unwrap_or(target);
    let names: Vec<&str> = pattern
        .strip_prefix('{')
        .and_then(|rest| rest.strip_suffix('}'))
        .map(|fields| fields.split(',').map(str::trim).collect())
        .unwrap_or_default();
    if names.contains(&"value") && names.contains(&"done") && is_plain_name(access.receiver) {
        out.push(Suggestion::member(
            format!("next(){}", terminator(context)),
            0.9,
        ));
    }
}

/// `for (const [i, item] of items.` -> `entries()) {`: a pair of index and element comes from an array's entries.
fn indexed_entries(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let typed = context.line_before.trim_start();
    let Some(pair) = ["for (const [", "for (let ["]
        .iter()
        .find_map(|start| typed.strip_prefix(start))
        .and_then(|rest| rest.split_once("] of "))
        .map(|(pair, _)| pair)
    else {
        return;
    };
    let index_first = pair
        .split_once(',')
        .is_some_and(|(index, _)| matches!(index.trim(), "i" | "index" | "idx" | "j"));
    // A map's entries are its keys and values: only an array (a plural) gives indexes.
    if index_first
        && is_plain_name(access.receiver)
        && access.receiver.ends_with('s')
        && context
            .before_receiver(&access)
            .is_some_and(|before| before.ends_with(" of "))
    {
        out.push(Suggestion::member("entries()) {", 0.88));
        return;
    }
    // `for (const [key, value] of counts.` over a `new Map()`: a map's pairs are its entries.
    let pair_of_two = pair
        .split(',')
        .filter(|name| is_plain_name(name.trim()))
        .count()
        == 2;
    let map_declared = is_plain_name(access.receiver)
        && super::statements::declaration_of(context, access.receiver)
            .is_some_and(|value| value.trim_start().starts_with("new Map"));
    if pair_of_two
        && map_declared
        && context.prefix.is_empty()
        && context
            .before_receiver(&access)
            .is_some_and(|before| before.ends_with(" of "))
    {
        out.push(Suggestion::member("entries()) {", 0.88));
    }
}

/// `let timer: ReturnType<typeof ` -> `setTimeout>;` for a variable named for a timeout (`setInterval` for an
/// interval), and `clearTimeout(` -> the one variable holding one.
fn timer_handle(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if let Some(name) = typed
        .strip_suffix(": ReturnType<typeof ")
        .and_then(|head| head.rsplit(' ').next())
    {
        let lowered = name.to_ascii_lowercase();
        let timer = if lowered.contains("interval") {
            "setInterval"
        } else if lowered.contains("timer") || lowered.contains("timeout") {
            "setTimeout"
        } else {
            return;
        };
        out.push(Suggestion::construct(
            format!("{timer}>{}", terminator(context)),
            0.88,
        ));
        return;
    }
    // `clearInt` half typed names the call as well once it says which timer; `clear` alone does once the lines
    // above started one kind of timer only.
    let started = |kind: &str| {
        context
            .code_lines_above()
            .take(40)
            .any(|line| line.contains(&format!("= set{kind}(")))
    };
    let half_typed = if context.prefix.len() >= "clearI".len() {
        ["clearTimeout", "clearInterval"]
            .into_iter()
            .find(|call| call.starts_with(context.prefix) && *call != context.prefix)
    } else if context.prefix == "clear" {
        match (started("Timeout"), started("Interval")) {
            (true, false) => Some("clearTimeout"),
            (false, true) => Some("clearInterval"),
            _ => None,
        }
    } else {
        None
    };
    let typed = if half_typed.is_some() {
        context.before_prefix().trim_start()
    } else {
        typed
    };
    let Some(kind) = half_typed
        .map(|call| call.trim_start_matches("clear"))
        .or_else(|| {
            ["clearTimeout(", "clearInterval("]
                .iter()
                .find(|call| typed.ends_with(**call))
                .map(|call| call.trim_start_matches("clear").trim_end_matches('('))
        })
    else {
        return;
    };
    let call_rest = half_typed
        .and_then(|call| call.strip_prefix(context.prefix))
        .map(|rest| format!("{rest}("))
        .unwrap_or_default();
    let mut handles = context.code_lines_above().take(40).filter_map(|line| {
        let rest = ["let ", "const ", "var "]
            .iter()
            .find_map(|keyword| line.strip_prefix(keyword))?;
        let end = rest.find(|c: char| !super::lexer::is_identifier_char(c))?;
        let (name, declared) = rest.split_at(end);
        (declared.contains(&format!("typeof set{kind}"))
            || declared.contains(&format!("= set{kind}(")))
        .then_some(name)
    });
    let declared = match (handles.next(), handles.next()) {
        (Some(handle), None) => Some(handle),
        _ => None,
    };
    if let Some(handle) = declared.or_else(|| started_timer(context, kind)) {
        let mut closers = open_parentheses(typed).unwrap_or_default();
        if !call_rest.is_empty() {
            closers.push(')');
        }
        out.push(Suggestion::construct(
            format!("{call_rest}{handle}{closers}{}", terminator(context)),
            0.88,
        ));
    }
}

/// `output: ` under `input: process.stdin,` in `readline.createInterface({` -> `process.stdout`: a prompt reads
/// the terminal and writes back to it.
fn terminal_output(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "output: " {
        return;
    }
    if context
        .code_lines_above()
        .next()
        .is_some_and(|line| line == "input: process.stdin,")
    {
        out.push(Suggestion::construct("process.stdout", 0.86));
    }
}

/// `const li = document.createElement("` -> `li`: an element is named for its tag (`btn` for a button). `before`
/// is the line up to the string's opening quote.
pub(super) fn created_element_tag(before: &str) -> Option<&'static str> {
    const TAGS: &[&str] = &[
        "li", "ul", "ol", "div", "span", "p", "a", "button", "input", "img", "table", "tr", "td",
        "th", "option", "select", "form", "label", "section", "canvas", "textarea", "h1", "h2",
        "h3", "article", "header", "footer", "nav", "script", "style", "video", "audio", "iframe",
    ];
    let name = ["const ", "let ", "var "]
        .iter()
        .find_map(|keyword| before.trim_start().strip_prefix(keyword))?
        .strip_suffix(" = document.createElement(")?;
    if name == "btn" {
        return Some("button");
    }
    TAGS.iter().find(|tag| **tag == name).copied()
}

/// `const lengths = words.map((w) => w.` -> `length)`: a list of lengths maps each element to its own.
fn mapped_lengths(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let typed = context.line_before.trim_start();
    let Some((target, _)) = ["const ", "let "]
        .iter()
        .find_map(|keyword| typed.strip_prefix(keyword))
        .and_then(|rest| rest.split_once(" = "))
    else {
        return;
    };
    if !matches!(target, "lengths" | "lens" | "sizes" | "wordLengths") {
        return;
    }
    let element = access.receiver;
    let mapped = context.before_receiver(&access).is_some_and(|before| {
        before.ends_with(&format!(".map(({element}) => "))
            || before.ends_with(&format!(".map({element} => "))
    });
    if mapped && let Some(rest) = "length)".strip_prefix(context.prefix) {
        out.push(Suggestion::member(rest.to_owned(), 0.86));
    }
}

/// `return JSON.parse(text) as ` -> `Config;` in a function returning `Config` (`Promise<Config>` when `async`): a
/// value asserted on its way out is asserted to the declared result.
fn asserted_result_type(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if context.profile.language != super::language::Language::TypeScript
        || !typed.starts_with("return ")
        || !typed.ends_with(" as ")
    {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let [result] = function.results.as_slice() else {
        return;
    };
    let result = result.trim();
    let result = result
        .strip_prefix("Promise<")
        .and_then(|inner| inner.strip_suffix('>'))
        .unwrap_or(result);
    if result.is_empty() || matches!(result, "any" | "unknown" | "void") || result.contains('{') {
        return;
    }
    let closers = super::idioms::open_parentheses(typed).unwrap_or_default();
    let end = super::idioms::terminator(context);
    out.push(Suggestion::construct(
        format!("{result}{closers}{end}"),
        0.86,
    ));
}

/// `return ` after a failure returned as `{ ok: false, error: ... }` -> `{ ok: true, value: port };`: a function
/// returning a result object returns its success the same way, with the value it computed last (the key the file's
/// `Result` type gives it, `value` by default).
fn success_result(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "return " {
        return;
    }
    let mut failed = false;
    let mut value = None;
    for line in context.code_lines_above().take(20) {
        if line.starts_with("function ") || line.contains(") => {") {
            break;
        }
        failed |= line.starts_with("return { ok: false");
        if value.is_none()
            && let Some((declared, _)) = line
                .strip_prefix("const ")
                .or_else(|| line.strip_prefix("let "))
                .and_then(|rest| rest.split_once(" = "))
        {
            let name = declared.split(':').next().unwrap_or(declared).trim();
            value = is_plain_name(name).then_some(name);
        }
    }
    let Some(value) = value.filter(|_| failed) else {
        return;
    };
    // `{ ok: true; value: T }` in the file's type names the key.
    let key = context
        .code
        .split_once("ok: true; ")
        .and_then(|(_, rest)| rest.split(':').next())
        .map(str::trim)
        .filter(|key| is_plain_name(key))
        .unwrap_or("value");
    let end = super::idioms::terminator(context);
    out.push(Suggestion::construct(
        format!("{{ ok: true, {key}: {value} }}{end}"),
        0.86,
    ));
}

/// `Math.PI * this.` -> `radius`, `${this.` -> `prefix`: a value read from a class of one field is that field (of
/// two, the one the expression has not read: `this.width * this.` -> `height`). The
/// fields are the class's declarations (`private radius: number;`, `count = 0;`), its constructor's parameter
/// properties (`constructor(private prefix: string)`) and what the constructor assigns (`this.radius = r;`).
fn only_field(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    // Read as an operand, or as a template's placeholder (`${this.`).
    let Some(before) = super::first_lines::operand_before(context, "this").or_else(|| {
        let access = context
            .dot_member()
            .filter(|access| access.receiver == "this" && access.separator == ".")?;
        context
            .before_receiver(&access)
            .filter(|before| before.ends_with("${"))
    }) else {
        return;
    };
    let Some(fields) = class_fields(context) else {
        return;
    };
    // Of two fields, the one the expression has not read yet (`this.width * this.` -> `height`).
    let field = super::first_lines::field_not_read(&fields, |field| {
        contains_word(before, &format!("this.{field}"))
    });
    // In a placeholder the closers' own answer (`y}`) closes it too: this one only ranks above the other members.
    let confidence = if before.ends_with("${") { 0.85 } else { 0.88 };
    if let Some(field) = field
        && let Some(rest) = field.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::member(rest.to_owned(), confidence));
    }
}

/// The fields of the JavaScript or TypeScript class around the cursor, in order and once each: its declarations
/// (`private radius: number;`, `count = 0;`), its constructor's parameter properties (`constructor(private prefix:
/// string)`) and what its methods assign (`this.radius = r;`). `None` outside a class.
pub(super) fn class_fields<'a>(context: &Context<'a>) -> Option<Vec<&'a str>> {
    let before_line = context.code_before_line();
    let class = before_line
        .rfind("class ")
        .and_then(|start| before_line.get(start..))?;
    let mut fields: Vec<&str> = Vec::new();
    let member_depth = class
        .lines()
        .skip(1)
        .find(|line| !line.trim().is_empty())
        .map(indentation);
    for raw_line in class.lines().skip(1) {
        let line = raw_line.trim();
        let at_member_depth = Some(indentation(raw_line)) == member_depth;
        let declared = line
            .trim_start_matches("private ")
            .trim_start_matches("public ")
            .trim_start_matches("protected ")
            .trim_start_matches("readonly ")
            .trim_start_matches('#');
        // `radius: number;`, `count = 0;`: a field declared in the class body.
        if at_member_depth
            && line.ends_with(';')
            && let Some(end) = declared.find([':', '=', ';'])
            && let Some(name) = declared
                .get(..end)
                .map(|name| name.trim().trim_end_matches('?'))
            && is_plain_name(name)
            && !declared.contains('(')
        {
            fields.push(name);
        }
        // `constructor(private prefix: string)`: parameter properties.
        if let Some(parameters) = line
            .strip_prefix("constructor(")
            .and_then(|rest| rest.split(')').next())
        {
            for parameter in parameters.split(',').map(str::trim) {
                let property = ["private ", "public ", "protected ", "readonly "]
                    .iter()
                    .find_map(|modifier| parameter.strip_prefix(modifier));
                if let Some(name) = property
                    .map(|rest| rest.trim_start_matches("readonly "))
                    .and_then(|rest| rest.split([':', '=', '?']).next())
                    .map(str::trim)
                    .filter(|name| is_plain_name(name))
                {
                    fields.push(name);
                }
            }
        }
        // `this.radius = r;` in the constructor.
        if let Some(name) = line
            .strip_prefix("this.")
            .and_then(|rest| rest.split_once(" = "))
            .map(|(name, _)| name)
            .filter(|name| is_plain_name(name))
        {
            fields.push(name);
        }
    }
    let mut unique: Vec<&str> = Vec::new();
    for field in fields {
        if !unique.contains(&field) {
            unique.push(field);
        }
    }
    Some(unique)
}

/// `todos.filter((todo) => todo.` in `removeTodo(id)` -> `id !== id)`: a removal keeps every item but the one its
/// parameter names (`deleteUser(userId)` -> `id !== userId)`).
fn removal_filter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let element = access.receiver;
    let Some(before) = context.before_receiver(&access) else {
        return;
    };
    let walks = before.ends_with(&format!(".filter(({element}) => "))
        || before.ends_with(&format!(".filter({element} => "));
    if !walks {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let removes = ["remove", "delete"]
        .iter()
        .any(|verb| function.name.to_ascii_lowercase().starts_with(verb));
    let key = function
        .parameters
        .iter()
        .map(|parameter| parameter.name)
        .find(|name| *name == "id" || name.ends_with("Id"));
    let (true, Some(key)) = (removes, key) else {
        return;
    };
    // Every call of the line closed, the statement ends there.
    let closers = super::idioms::open_parentheses(context.line_before).unwrap_or_default();
    let end = super::idioms::terminator(context);
    if let Some(rest) = format!("id !== {key}{closers}{end}").strip_prefix(context.prefix) {
        out.push(Suggestion::member(rest, 0.9));
    }
}

/// `products.reduce((sum, p) => sum + p.` -> `price, 0)`: a sum over objects adds their one numeric field, read
/// from the element type (`type Product = { id: string; price: number }`, `products: Product[]`) or from the
/// array's literal (`[{ total: 10 }, { total: 25 }]`), and starts from zero.
fn summed_field(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let element = access.receiver;
    let Some(before) = context.before_receiver(&access) else {
        return;
    };
    let Some((head, accumulator)) = before
        .strip_suffix(" + ")
        .and_then(|head| head.rsplit_once(" => "))
        .map(|(head, accumulator)| (head, accumulator.trim()))
    else {
        return;
    };
    let Some(collection) = head
        .strip_suffix(&format!("({accumulator}, {element})"))
        .and_then(|head| head.strip_suffix(".reduce("))
        .map(|head| &head[super::lexer::trailing_identifier_start(head)..])
        .filter(|collection| is_plain_name(collection))
    else {
        return;
    };
    let code = context.code_before_line();
    let numeric = numeric_fields_of_array(code, collection);
    let [field] = numeric.as_slice() else {
        return;
    };
    let Some(closers) = super::closers::after_value(context) else {
        return;
    };
    if let Some(rest) = field.strip_prefix(context.prefix) {
        out.push(Suggestion::member(format!("{rest}, 0{closers}"), 0.86));
    }
}

/// The numeric fields of the objects an array holds: its element type's (`products: Product[]` and `type Product =
/// { id: string; price: number }` or `interface Product {`), else its literal's (`[{ total: 10 }, ...]`).
fn numeric_fields_of_array<'a>(code: &'a str, collection: &str) -> Vec<&'a str> {
    let annotation = format!("{collection}: ");
    let element_type = code
        .match_indices(annotation.as_str())
        .find_map(|(start, _)| {
            let rest = code.get(start + annotation.len()..)?;
            let name_end = rest
                .find(|c: char| !is_identifier_char(c))
                .unwrap_or(rest.len());
            let (name, after) = rest.split_at(name_end);
            (after.starts_with("[]") && is_plain_name(name)).then_some(name)
        });
    if let Some(type_name) = element_type {
        let openings = [
            format!("type {type_name} = {{"),
            format!("interface {type_name} {{"),
        ];
        let Some(body) = openings.iter().find_map(|opening| {
            let start = code.find(opening.as_str())? + opening.len();
            let rest = code.get(start..)?;
            rest.get(..rest.find('}')?)
        }) else {
            return Vec::new();
        };
        return body
            .split([';', '\n', ','])
            .filter_map(|member| member.split_once(':'))
            .filter(|(_, kind)| kind.trim() == "number")
            .map(|(name, _)| name.trim().trim_end_matches('?'))
            .filter(|name| is_plain_name(name))
            .collect();
    }
    // `const orders = [{ total: 10 }, { total: 25 }];`: the keys of the first object whose values are numbers.
    let declaration = [
        format!("const {collection} = [{{"),
        format!("let {collection} = [{{"),
    ];
    let Some(object) = declaration.iter().find_map(|opening| {
        let start = code.find(opening.as_str())? + opening.len();
        let rest = code.get(start..)?;
        rest.get(..rest.find('}')?)
    }) else {
        return Vec::new();
    };
    object
        .split(',')
        .filter_map(|pair| pair.split_once(':'))
        .filter(|(_, value)| {
            let value = value.trim();
            !value.is_empty() && value.parse::<f64>().is_ok()
        })
        .map(|(key, _)| key.trim())
        .filter(|key| is_plain_name(key))
        .collect()
}

/// `inputRef.current?.` opening a statement, for `const inputRef = useRef<HTMLInputElement>(null)` -> `focus();`:
/// a ref to a text field is taken to focus it.
fn focused_ref(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.before_prefix().trim_start();
    let Some(name) = typed
        .strip_suffix(".current?.")
        .or_else(|| typed.strip_suffix(".current."))
        .filter(|name| is_plain_name(name))
    else {
        return;
    };
    let text_field = ["HTMLInputElement>", "HTMLTextAreaElement>"]
        .iter()
        .any(|element| {
            context
                .code_before_line()
                .contains(&format!("const {name} = useRef<{element}"))
        });
    if text_field && let Some(rest) = "focus()".strip_prefix(context.prefix) {
        out.push(Suggestion::member(
            format!("{rest}{}", terminator(context)),
            0.86,
        ));
    }
}

/// `const result = {} as Record<K, ` in a function returning `Record<K, T[]>` -> `T[]>;`: the value being built
/// has the type the function returns, written the same way.
fn returned_type_repeated(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != super::language::Language::TypeScript
        || !context.prefix.is_empty()
    {
        return;
    }
    let typed = context.line_before.trim_end_matches(' ');
    if !(typed.ends_with(',') || typed.ends_with('<')) {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let Some(result) = function.results.first().map(|result| result.trim()) else {
        return;
    };
    let Some(generic) = result.find('<') else {
        return;
    };
    // The typed text ends with the result type's beginning, from its name on (`Record<K, `).
    let name = &result[..generic];
    let Some(start) = context.line_before.rfind(&format!("{name}<")) else {
        return;
    };
    let begun = &context.line_before[start..];
    if start > 0
        && context.line_before[..start]
            .chars()
            .next_back()
            .is_some_and(is_identifier_char)
    {
        return;
    }
    if let Some(rest) = result.strip_prefix(begun)
        && !rest.is_empty()
    {
        let end = if ["const ", "let ", "return "]
            .iter()
            .any(|keyword| context.line_before.trim_start().starts_with(keyword))
        {
            terminator(context)
        } else {
            ""
        };
        out.push(Suggestion::construct(format!("{rest}{end}"), 0.86));
    }
}

/// `return str.charAt(0).` (`str[0].`) in `capitalize(str)` -> `toUpperCase()`: the first letter made upper case.
fn capitalized_first_letter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let Some(function) = enclosing_function(context) else {
        return;
    };
    if !function.name.to_ascii_lowercase().starts_with("capitalize") {
        return;
    }
    let first_letter = access.receiver.ends_with(".charAt(0)") || access.receiver.ends_with("[0]");
    if first_letter && let Some(rest) = "toUpperCase()".strip_prefix(context.prefix) {
        out.push(Suggestion::member(rest.to_owned(), 0.86));
    }
}

/// `throw new Error(`: a message comes next, written by the developer; a name of the code (the parameter just
/// tested) is only a guess, listed but not shown inline. An error passed on (`err`, `error`, `cause`) stays.
pub(super) fn message_not_a_name(context: &Context<'_>, out: &mut [Suggestion]) {
    if !matches!(
        context.profile.language,
        super::language::Language::JavaScript | super::language::Language::TypeScript
    ) || !context.prefix.is_empty()
    {
        return;
    }
    let typed = context.line_before.trim_end();
    if !typed.ends_with("Error(") || !typed.contains("new ") {
        return;
    }
    for suggestion in out.iter_mut() {
        let passed_on = matches!(
            suggestion.text.trim_end_matches([')', ';']),
            "err" | "error" | "e" | "cause" | "message" | "msg"
        );
        if suggestion.kind == "habit" && !passed_on {
            suggestion.confidence = suggestion.confidence.min(0.5);
        }
    }
}

/// `con` opening the body of `app.listen(PORT, () => {` -> `sole.log(`: a server that starts says where it
/// listens.
fn listening_message(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.prefix.len() < 2 || context.line_before.trim_start() != context.prefix {
        return;
    }
    let Some(rest) = "console.log(".strip_prefix(context.prefix) else {
        return;
    };
    let in_listen_callback = context
        .enclosing_lines()
        .next()
        .is_some_and(|header| header.contains(".listen(") && header.ends_with('{'));
    if in_listen_callback {
        out.push(Suggestion::construct(rest, 0.9));
    }
}

/// `parseInt(input, ` -> `10)`: the radix, decimal nearly always, given so that `"08"` reads as 8.
fn decimal_radix(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_end_matches(' ');
    let Some((_, argument)) = typed.rsplit_once("parseInt(") else {
        return;
    };
    // One argument written, its own brackets closed: `parseInt(process.env.PORT ?? "3000", `.
    let Some(argument) = argument.strip_suffix(',') else {
        return;
    };
    let balanced = argument.matches('(').count() == argument.matches(')').count();
    if argument.trim().is_empty() || !balanced || argument.contains(',') {
        return;
    }
    if let Some(closers) = super::closers::after_value(context) {
        out.push(Suggestion::construct(format!("10{closers}"), 0.86));
    }
}

/// `const count = words.` -> `length;`: a value named for a count, read from an array, is its length.
fn length_by_name(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let Some(target) = context
        .before_receiver(&access)
        .and_then(|before| before.trim().strip_suffix('='))
        .map(str::trim)
        .and_then(|declaration| {
            ["const ", "let "]
                .iter()
                .find_map(|keyword| declaration.strip_prefix(keyword))
        })
    else {
        return;
    };
    let counts = matches!(target, "count" | "n" | "size" | "len" | "length" | "total")
        || target.ends_with("Count");
    let array = declaration_of(context, access.receiver).is_some_and(|value| {
        value.contains(".split(")
            || value.trim_start().starts_with('[')
            || value.contains(".filter(")
    });
    if counts
        && array
        && let Some(rest) = "length".strip_prefix(context.prefix)
    {
        // Above the namesake member (`count`) that arrays do not have.
        out.push(Suggestion::member(
            format!("{rest}{}", terminator(context)),
            0.88,
        ));
    }
}

/// `return () => ` in an effect that started a timer (`const id = setInterval(...)`) -> `clearInterval(id);`:
/// React's cleanup stops what the effect started.
fn effect_cleanup(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "return () => " {
        return;
    }
    let in_effect = context
        .enclosing_lines()
        .take(3)
        .any(|header| header.starts_with("useEffect("));
    if !in_effect {
        return;
    }
    let started: Vec<(&str, &str)> = ["Interval", "Timeout"]
        .into_iter()
        .filter_map(|kind| started_timer(context, kind).map(|handle| (kind, handle)))
        .collect();
    if let [(kind, handle)] = started.as_slice() {
        out.push(Suggestion::construct(
            format!("clear{kind}({handle}){}", terminator(context)),
            0.86,
        ));
    }
}

/// `clearInterval(this.` -> `_checkInterval`: the field a method of the class started the timer in.
fn cleared_timer_field(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context
        .dot_member()
        .filter(|access| access.receiver == "this")
    else {
        return;
    };
    let Some(kind) = context.before_receiver(&access).and_then(|before| {
        ["Timeout", "Interval"]
            .into_iter()
            .find(|kind| before.ends_with(&format!("clear{kind}(")))
    }) else {
        return;
    };
    if let Some(rest) = started_timer(context, kind)
        .and_then(|handle| handle.strip_prefix("this."))
        .and_then(|field| field.strip_prefix(context.prefix))
        .filter(|rest| !rest.is_empty())
    {
        out.push(Suggestion::member(rest, 0.88));
    }
}

/// How many lines above the cursor a timer's handle is looked for when no declaration nearby started it: a class
/// starts its timer in one method and clears it in another.
const TIMER_LINES: usize = 300;

/// The handle a `clearTimeout(`/`clearInterval(` call (`kind` is `Timeout` or `Interval`) clears when no nearby
/// declaration started the timer: the one name or field assigned such a timer and not cleared since
/// (`this._checkInterval = setInterval(` when `this._resyncInterval` was cleared just above), else the handle an
/// earlier call cleared where the timer is started further down (`clearInterval(handle)` in the other branch),
/// else a variable named for such a timer (`let pingTimeout = null`).
fn started_timer<'a>(context: &Context<'a>, kind: &str) -> Option<&'a str> {
    let clear = format!("clear{kind}(");
    let start = format!("set{kind}(");
    // Each handle met, nearest first, with whether its latest event above the cursor started the timer (rather
    // than cleared it): `clearTimeout(ping)` then `ping = setTimeout(` leaves one running.
    let mut handles: Vec<(&'a str, bool)> = Vec::new();
    let mut named: Option<&'a str> = None;
    for line in context.code_lines_above().take(TIMER_LINES) {
        if let Some((_, argument)) = line.split_once(clear.as_str())
            && let Some((handle, _)) = argument.split_once(')')
            && is_handle(handle)
            && !handles.iter().any(|(seen, _)| *seen == handle)
        {
            handles.push((handle, false));
        }
        // `timer = setTimeout(`, `this._check = /** @type {any} */ (setInterval(`.
        if let Some((target, value)) = line.split_once(" = ")
            && value
                .rsplit_once("*/")
                .map_or(value, |(_, rest)| rest)
                .trim_start_matches([' ', '('])
                .starts_with(start.as_str())
        {
            let handle = ["let ", "const ", "var "]
                .iter()
                .find_map(|keyword| target.strip_prefix(keyword))
                .unwrap_or(target);
            if is_handle(handle) && !handles.iter().any(|(seen, _)| *seen == handle) {
                handles.push((handle, true));
            }
        }
        // `let pingTimeout = null`, `let timer;`: a variable named for the timer, started further down (in a
        // callback).
        if let Some(rest) = line.strip_prefix("let ")
            && let Some((name, value)) = rest
                .split_once(" = ")
                .or_else(|| Some((rest.trim_end_matches(';'), "undefined")))
            && matches!(value.trim_end_matches(';'), "null" | "undefined" | "0")
            && is_plain_name(name)
            && names_timer(name, kind)
            && named.is_none()
        {
            named = Some(name);
        }
    }
    let mut running = handles.iter().filter(|(_, started)| *started);
    match (running.next(), running.next()) {
        (Some((handle, _)), None) => Some(handle),
        (Some(_), Some(_)) => None,
        // Started further down only (`const handle = setInterval(poll)` after the function it polls with).
        _ => handles.first().map(|(handle, _)| *handle).or(named),
    }
}

/// Whether a variable's name says it holds a timer of `kind` (`Timeout` or `Interval`): `pingTimeout`, `timer`,
/// `checkInterval`.
fn names_timer(name: &str, kind: &str) -> bool {
    let lowered = name.to_ascii_lowercase();
    match kind {
        "Interval" => lowered.contains("interval"),
        _ => lowered.contains("timeout") || lowered.contains("timer"),
    }
}

/// Whether `text` can hold a timer's handle: a name or a field of `this` (`timer`, `this._pingTimer`).
fn is_handle(text: &str) -> bool {
    is_plain_name(text.strip_prefix("this.").unwrap_or(text))
}

/// `return emailRe.` -> `test(s);` in a function of one parameter, for a regular expression literal the code
/// declared: a yes-or-no answer about a text is the pattern's `test`.
fn pattern_tested(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if context.line_before.trim_start() != format!("return {}.", access.receiver) {
        return;
    }
    let pattern = declaration_of(context, access.receiver)
        .is_some_and(|value| value.trim_start().starts_with('/'));
    let Some(function) = enclosing_function(context) else {
        return;
    };
    if let ([parameter], true) = (function.parameters.as_slice(), pattern) {
        out.push(Suggestion::member(
            format!("test({}){}", parameter.name, terminator(context)),
            0.9,
        ));
    }
}

/// `users.sort((a, b) => a.name.` -> `localeCompare(b.name));`: a field read on from inside a comparator is text,
/// compared the way text sorts; `names.sort((a, b) => a.` -> `localeCompare(b));` for an array of strings.
fn text_compared(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some((head, compared)) = typed
        .strip_suffix('.')
        .and_then(|rest| rest.rsplit_once(" => "))
    else {
        return;
    };
    let Some((sorted, parameters)) = head.rsplit_once(".sort((") else {
        return;
    };
    let Some((first, second)) = parameters
        .strip_suffix(')')
        .and_then(|parameters| parameters.split_once(", "))
        .filter(|(first, second)| is_plain_name(first) && is_plain_name(second))
    else {
        return;
    };
    let other = if compared == first {
        // The elements themselves: only when the array holds text.
        let array = sorted.rsplit(['(', ' ', '.']).next().unwrap_or(sorted);
        let text = matches!(array, "names" | "words" | "strings" | "titles" | "cities")
            || declaration_of(context, array).is_some_and(|value| {
                let value = value.trim_start();
                value.starts_with("[\"") || value.starts_with("['")
            });
        if !text {
            return;
        }
        second.to_owned()
    } else if let Some(field) = compared
        .strip_prefix(first)
        .and_then(|rest| rest.strip_prefix('.'))
        .filter(|field| is_plain_name(field))
    {
        format!("{second}.{field}")
    } else {
        return;
    };
    let closers = open_parentheses(typed).unwrap_or_default();
    out.push(Suggestion::member(
        format!("localeCompare({other}){closers}{}", terminator(context)),
        0.88,
    ));
}

/// `const [, key, value] = ` -> `match;`: the hole skips a regular expression match's whole text, so the groups
/// come from the match just made (`const match = line.match(/.../)`).
fn match_destructured(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let skips_whole = ["const [,", "let [,"]
        .iter()
        .any(|start| typed.starts_with(start))
        && typed.ends_with("] = ")
        && !typed.starts_with("const [, ,")
        && !typed.starts_with("let [, ,");
    if !skips_whole {
        return;
    }
    let matched = context.code_lines_above().take(4).find_map(|line| {
        let rest = ["const ", "let "]
            .iter()
            .find_map(|keyword| line.strip_prefix(keyword))?;
        let (name, value) = rest.split_once(" = ")?;
        let name = name.split(':').next().unwrap_or(name).trim();
        (is_plain_name(name) && (value.contains(".match(") || value.contains(".exec(")))
            .then_some(name)
    });
    if let Some(matched) = matched {
        out.push(Suggestion::construct(
            format!("{matched}{}", terminator(context)),
            0.88,
        ));
    }
}

/// `(cents / 100).toFixed(` -> `2)`: a price or an average is shown with two decimals, far more often than
/// with any other number of them.
fn decimal_places(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before;
    if !context.prefix.is_empty() || !typed.ends_with(".toFixed(") {
        return;
    }
    let closers = open_parentheses(typed).unwrap_or_default();
    out.push(Suggestion::construct(format!("2{closers}"), 0.8));
}

/// `Math.round(value * 100) / ` -> `100`: a value scaled to be rounded is scaled back by the same factor.
fn rounded_back(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(factor) = typed
        .strip_suffix(") / ")
        .and_then(|rest| rest.rsplit_once(" * "))
        .filter(|(head, _)| head.contains("Math.round(") || head.contains("Math.floor("))
        .map(|(_, factor)| factor)
        .filter(|factor| {
            factor.len() > 1 && factor.starts_with('1') && factor.chars().skip(1).all(|c| c == '0')
        })
    else {
        return;
    };
    let closers = super::idioms::open_parentheses(typed).unwrap_or_default();
    let declares = ["const ", "let ", "return "]
        .iter()
        .any(|start| typed.starts_with(start));
    let ending = if declares { terminator(context) } else { "" };
    out.push(Suggestion::construct(
        format!("{factor}{closers}{ending}"),
        0.88,
    ));
}

/// `ch.charCodeAt(` -> `0)`: a variable named for one character has its code at index 0 (a Caesar cipher's
/// shift, a letter's range test); a string's code at another index is named by its loop.
fn code_of_character(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(receiver) = typed.strip_suffix(".charCodeAt(").map(|head| {
        head.rsplit(|c: char| !super::lexer::is_identifier_char(c))
            .next()
            .unwrap_or(head)
    }) else {
        return;
    };
    if !matches!(receiver, "ch" | "c" | "char" | "letter" | "character") {
        return;
    }
    // `const code = ch.charCodeAt(` ends its statement there.
    let declared = ["const ", "let ", "var "].iter().any(|keyword| {
        typed
            .strip_prefix(keyword)
            .and_then(|rest| rest.split_once(" = "))
            .is_some_and(|(name, value)| {
                is_plain_name(name) && value == format!("{receiver}.charCodeAt(")
            })
    });
    let end = if declared { terminator(context) } else { "" };
    out.push(Suggestion::construct(format!("0){end}"), 0.85));
}
