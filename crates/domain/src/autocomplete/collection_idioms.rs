//! What a course does with lists and maps, where each language has one way to say it: Python's `zip(` -> the
//! plurals of the loop's variables (`for name, age in zip(` -> `names, ages):`), a dictionary's items sorted by
//! value (`key=lambda item: ` -> `item[1])`), JavaScript's `[...new Set(` -> the one array and `)]`, Go's
//! `strings.Join(parts, ` -> `", ")`, and Java's `.collect(Collectors.` -> `toList());` for a `List`; a map of
//! lists' group getting the loop's element (`groups[key].` -> `append(word)`, `(groups[k] ??= []).` ->
//! `push(p);`), a list sorted into a name that says its key (`by_age = sorted(people, key=lambda p: p.` ->
//! `age)`), a missing group's empty list (`if key not in groups: groups[key] = ` -> `[]`), a count's `(counts[w] ?? 0) ` -> `+ 1;` (and its
//! default, `(counts[w] || ` -> `0) + 1;`, Python's `counts.get(w, 0) ` -> `+ 1`), lines joined back into one text (`lines.join(` ->
//! `"\n");`), and a reducer's `return ` -> its accumulator (`acc;`); Go's group getting the loop's element
//! (`groups[key] = append(groups[key], ` -> `s)`) and count going up by one (`counts[w]` -> `++`); a loop's tested
//! element kept in the set or list made for it (`if x not in seen:` then `seen.` -> `add(x)`), a stack's emptiness
//! (`len(stack) == ` -> `0`), a list named for its first few (`top3 = ...[` -> `:3]`) or its last (`last = xs[` ->
//! `-1]`), and a reducer's steps (`Math.max(a, ` -> `b))`, `acc[u.id] = ` -> `u;`).

use super::Language;
use super::Suggestion;
use super::cursor::Context;
use super::idioms::{open_parentheses, terminator};
use super::lexer::{is_identifier_char, is_plain_name};
use super::statements::singular;

/// Runs every rule of this module.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    match context.profile.language {
        Language::Python => {
            counted_once_more(context, out);
            zipped_plurals(context, out);
            sorted_by_value(context, out);
            sorted_by_named_key(context, out);
            appended_to_group(context, out);
            kept_element(context, out);
            new_group(context, out);
            emptiness_of_stack(context, out);
            top_slice(context, out);
            keys_with_values(context, out);
            first_count(context, out);
        }
        Language::JavaScript | Language::TypeScript => {
            unique_elements(context, out);
            appended_to_group(context, out);
            kept_element(context, out);
            emptiness_of_stack(context, out);
            top_slice(context, out);
            reducer_steps(context, out);
            counted_once_more(context, out);
            count_default(context, out);
            reducer_returns_accumulator(context, out);
            lines_joined(context, out);
            new_group(context, out);
            expired_entry_removed(context, out);
        }
        Language::Rust => {
            counted_once_more(context, out);
            empty_group_made(context, out);
        }
        Language::Go => {
            joined_with_separator(context, out);
            go_appended_to_group(context, out);
            go_counted(context, out);
        }
        Language::Java => {
            collected_list(context, out);
            empty_group_made(context, out);
            expired_entry_removed(context, out);
        }
        Language::Cpp => cpp_counted(context, out),
        _ => {}
    }
}

/// Under a test that an entry has expired (`if (Date.now() > entry.expiresAt) {`), the map it was read from
/// loses it: `this.store.` -> `delete(key);` (Java's `remove(key);`), the key being what the function read it
/// with (`this.store.get(key)` above).
fn expired_entry_removed(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !context.member_starts_statement(&access) {
        return;
    }
    let Some(header) = context.enclosing_lines().next() else {
        return;
    };
    let header = header.trim_start().to_ascii_lowercase();
    let expiry = ["expire", "ttl", "stale"]
        .iter()
        .any(|word| header.contains(word));
    if !(header.starts_with("if") && expiry) {
        return;
    }
    let read = format!("{}.get(", access.receiver);
    let Some(key) = context.code_lines_above().take(12).find_map(|line| {
        let (_, rest) = line.split_once(read.as_str())?;
        let (key, _) = rest.split_once(')')?;
        is_plain_name(key).then_some(key)
    }) else {
        return;
    };
    let method = if context.profile.language == Language::Java {
        "remove"
    } else {
        "delete"
    };
    if let Some(rest) = method.strip_prefix(context.prefix) {
        out.push(Suggestion::member(format!("{rest}({key});"), 0.9));
    }
}

/// `for name, age in zip(` -> `names, ages):` when the code has both plurals (`zip(names, ` -> `ages):`), and
/// `for name, age in ` -> `zip(names, ages):`.
fn zipped_plurals(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let header = context.line_before.trim_start().strip_prefix("for ");
    let (variables, given, call) = match header.and_then(|rest| rest.split_once(" in zip(")) {
        Some((variables, given)) => (variables, given, ""),
        None => match header.and_then(|rest| rest.strip_suffix(" in ")) {
            Some(variables) => (variables, "", "zip("),
            None => return,
        },
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
    // Undeclared here (parameters, names from further up): the first argument typed as the first variable's
    // plural says how the others are named (`for name, score in zip(names, ` -> `scores):`).
    let guessed: Option<Vec<String>> = || -> Option<Vec<String>> {
        let typed: Vec<&str> = given.strip_suffix(", ")?.split(", ").collect();
        variables
            .iter()
            .enumerate()
            .map(|(position, variable)| {
                let name = typed
                    .get(position)
                    .map_or_else(|| format!("{variable}s"), |name| (*name).to_owned());
                (singular(&name).as_deref() == Some(*variable)).then_some(name)
            })
            .collect()
    }();
    let collections: Vec<String> = match (collections, guessed) {
        (Some(collections), _) => collections.iter().map(|name| (*name).to_owned()).collect(),
        (None, Some(guessed)) => guessed,
        (None, None) => return,
    };
    let written = collections.join(", ");
    // What is typed of the arguments so far must be the first of them, with its `, `.
    if let Some(rest) = written.strip_prefix(given)
        && (given.is_empty() || given.ends_with(", "))
    {
        out.push(Suggestion::construct(format!("{call}{rest}):"), 0.88));
    }
}

/// `sorted(scores.items(), key=lambda item: ` -> `item[1])`: a dictionary's pairs sorted by their values (the
/// keys sort without a `key`).
fn sorted_by_value(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    // `key=lambda kv: kv[`: the subscript opened, the index and its bracket left.
    let (head, opened) = match typed.strip_suffix('[') {
        Some(head) => (head, true),
        None => (typed, false),
    };
    let Some((call, lambda)) = head.rsplit_once(", key=lambda ") else {
        return;
    };
    let parameter = if opened {
        match lambda.split_once(": ") {
            Some((parameter, body)) if parameter == body => parameter,
            _ => return,
        }
    } else {
        let Some(parameter) = lambda.strip_suffix(": ") else {
            return;
        };
        parameter
    };
    let sorts_items =
        (call.contains("sorted(") || call.contains(".sort(")) && call.ends_with(".items()");
    if sorts_items && is_plain_name(parameter) {
        let closers = open_parentheses(typed).unwrap_or_default();
        let text = if opened {
            format!("1]{closers}")
        } else {
            format!("{parameter}[1]{closers}")
        };
        out.push(Suggestion::construct(text, 0.86));
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
    // A chain broken over lines (`.map(Person::getName)` under `List<String> names = people.stream()`) is
    // declared on the line it starts on.
    let head = if typed.starts_with('.') {
        context
            .code_lines_above()
            .take(8)
            .find(|line| !line.starts_with('.'))
            .unwrap_or("")
    } else {
        typed
    };
    let Some((target, _)) = head.split_once(" = ") else {
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

/// `by_age = sorted(people, key=lambda p: p.` -> `age)`: the list is named for the field it is sorted by.
fn sorted_by_named_key(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some((target, call)) = typed.split_once(" = ") else {
        return;
    };
    let Some(field) = target
        .strip_prefix("by_")
        .or_else(|| target.split_once("_by_").map(|(_, field)| field))
        // `by_len` sorts by a function (`key=len`), not by a field.
        .filter(|field| is_plain_name(field) && !matches!(*field, "len" | "length" | "size"))
    else {
        return;
    };
    let Some((sorting, parameter)) = call
        .strip_suffix('.')
        .and_then(|rest| rest.rsplit_once("key=lambda "))
        .and_then(|(sorting, lambda)| {
            let (parameter, receiver) = lambda.split_once(": ")?;
            (parameter == receiver).then_some((sorting, parameter))
        })
    else {
        return;
    };
    if is_plain_name(parameter) && (sorting.contains("sorted(") || sorting.contains(".sort(")) {
        let closers = open_parentheses(typed).unwrap_or_default();
        out.push(Suggestion::member(format!("{field}{closers}"), 0.88));
    }
}

/// The element a loop is at goes into its group of a map of lists: `groups[key].` (a `defaultdict(list)`) or
/// `groups.setdefault(key, []).` -> `append(word)` under `for word in words:`; `(groups[p.city] ??= []).` ->
/// `push(p);` in JavaScript. The element is the loop's one variable, or of two the one the key does not use.
fn appended_to_group(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(receiver) = typed.strip_suffix('.') else {
        return;
    };
    let python = context.profile.language == Language::Python;
    let group = if python {
        receiver
            .split_once(".setdefault(")
            .and_then(|(map, rest)| Some((map, rest.strip_suffix(", [])")?)))
            .or_else(|| receiver.strip_suffix(']')?.split_once('['))
    } else {
        receiver
            .strip_prefix('(')
            .and_then(|rest| rest.strip_suffix(" ??= [])"))
            .and_then(|rest| rest.strip_suffix(']'))
            .and_then(|rest| rest.split_once('['))
            .or_else(|| receiver.strip_suffix(")!")?.split_once(".get("))
            .or_else(|| receiver.strip_suffix(']')?.split_once('['))
    };
    let Some((map, key)) = group.filter(|(map, _)| is_plain_name(map)) else {
        return;
    };
    // A `defaultdict(list)` or a map declared of arrays; `setdefault(key, [])` and `??= []` say it themselves, and
    // so does a missing group made empty just above (`if key not in groups: groups[key] = []`).
    let made_empty = format!("{map}[{key}] = []");
    let of_lists = typed.contains("setdefault(")
        || typed.contains("??= []")
        || context.code_lines_above().take(30).any(|line| {
            line.contains(&format!("{map} = defaultdict(list)"))
                || (line.contains(&format!("{map} = new Map<")) && line.contains("[]>"))
                || line.trim_end_matches(';') == made_empty
        });
    if !of_lists {
        return;
    }
    let Some(header) = context
        .enclosing_lines()
        .find(|line| line.starts_with("for "))
    else {
        return;
    };
    let variables = if python {
        header
            .strip_prefix("for ")
            .and_then(|rest| rest.split_once(" in "))
            .map(|(variables, _)| variables)
    } else {
        header
            .strip_prefix("for (")
            .map(|rest| rest.trim_start_matches("const ").trim_start_matches("let "))
            .and_then(|rest| rest.split_once(" of "))
            .map(|(variables, _)| variables.trim_start_matches('[').trim_end_matches(']'))
    };
    let Some(variables) = variables else {
        return;
    };
    let mentioned = |name: &str| {
        key.split(|c: char| !is_identifier_char(c))
            .any(|word| word == name)
    };
    let elements: Vec<&str> = variables
        .split(',')
        .map(str::trim)
        .filter(|name| is_plain_name(name))
        .collect();
    let element = match elements.as_slice() {
        [element] => *element,
        [first, second] if mentioned(first) && !mentioned(second) => second,
        [first, second] if mentioned(second) && !mentioned(first) => first,
        _ => return,
    };
    let text = if python {
        format!("append({element})")
    } else {
        format!("push({element}){}", terminator(context))
    };
    out.push(Suggestion::member(text, 0.88));
}

/// Whether a test reads `element` whole (`x not in seen`, `len(word) > 3`, `seen.has(x)`), not only a part of it
/// (`perc.group()[-1] == '%'`, `row[0]`): a loop that tests a part often keeps something else.
fn tests_whole(test: &str, element: &str) -> bool {
    test.match_indices(element).any(|(at, _)| {
        let before = test[..at].chars().next_back();
        let after = test[at + element.len()..].chars().next();
        !before.is_some_and(|c| is_identifier_char(c) || c == '.')
            && !after.is_some_and(|c| is_identifier_char(c) || c == '.' || c == '[')
    })
}

/// `seen.` -> `add(x)` and `result.` -> `append(x)` under `for x in items:` then `if x not in seen:`; `stack.` ->
/// `push(ch);` under `if ("([{".includes(ch)) {`; `queue.` -> `append(neighbor)` once `visited.add(neighbor)`:
/// a loop that tested its element keeps that element, in the set (`add`) or the list (`append`, `push`) the
/// code made empty above. Only where the body tested the element: a loop that transforms it (`x * 2`) shows
/// nothing such.
fn kept_element(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(collection) = context.line_before.trim_start().strip_suffix('.') else {
        return;
    };
    if !is_plain_name(collection) {
        return;
    }
    let Some(header) = context
        .enclosing_lines()
        .find(|line| line.starts_with("for"))
    else {
        return;
    };
    let Some(element) = super::idioms::loop_element(header) else {
        return;
    };
    // The loop's own collection is walked, not filled.
    if super::lexer::contains_word(header, collection) {
        return;
    }
    let tested = context
        .code_lines_above()
        .take(8)
        .take_while(|line| *line != header)
        .any(|line| {
            let test = line.trim_start_matches("} ");
            ["if ", "if(", "elif ", "else if"]
                .iter()
                .any(|keyword| test.starts_with(keyword))
                && tests_whole(test, element)
        });
    if !tested {
        return;
    }
    let declared = context.code_lines_above().take(60).find_map(|line| {
        let line = line
            .strip_prefix("const ")
            .or_else(|| line.strip_prefix("let "))
            .unwrap_or(line);
        line.strip_prefix(collection)?.strip_prefix(" = ")
    });
    let Some(value) = declared else {
        return;
    };
    let python = context.profile.language == Language::Python;
    let set = if python {
        value.starts_with("set(")
            || (value.starts_with('{') && !value.starts_with("{}") && !value.contains(':'))
    } else {
        value.starts_with("new Set(")
    };
    let list = if python {
        value.starts_with('[') || value.starts_with("deque(")
    } else {
        value.starts_with('[')
    };
    let method = match (set, list, python) {
        (true, _, _) => "add",
        (false, true, true) => "append",
        (false, true, false) => "push",
        _ => return,
    };
    let end = if python { "" } else { terminator(context) };
    out.push(Suggestion::member(format!("{method}({element}){end}"), 0.9));
}

/// `len(stack) == ` -> `0`, `stack.length === ` -> `0`: a stack or a queue is compared with its size to be
/// found empty (bracket matching's last test); other lists are compared with any number.
fn emptiness_of_stack(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let collection = if context.profile.language == Language::Python {
        typed
            .strip_suffix(") == ")
            .and_then(|head| head.rsplit_once("len("))
            .map(|(_, name)| name)
    } else {
        typed
            .strip_suffix(".length === ")
            .or_else(|| typed.strip_suffix(".length == "))
            .map(|head| head.rsplit([' ', '(', '!']).next().unwrap_or(head))
    };
    let Some(collection) = collection.filter(|name| is_plain_name(name)) else {
        return;
    };
    let lowered = collection.to_ascii_lowercase();
    if !(lowered.contains("stack") || lowered.contains("queue")) {
        return;
    }
    // A test asserts the size its own pushes left: `stack.push(1)` then `assert len(stack) == ` -> `1`.
    let mut size = 0;
    if typed.starts_with("assert") {
        let before = context.code_before_line();
        let test_body = before
            .rfind("def ")
            .or_else(|| before.rfind("test("))
            .map_or(before, |start| &before[start..]);
        let pushes = [".push(", ".append(", ".enqueue("]
            .iter()
            .map(|call| test_body.matches(&format!("{collection}{call}")).count())
            .sum::<usize>();
        let removes = [".pop(", ".popleft(", ".dequeue(", ".clear("]
            .iter()
            .any(|call| test_body.contains(&format!("{collection}{call}")));
        if removes {
            return;
        }
        size = pushes;
    }
    if let Some(closing) = super::closers::after_value(context) {
        let statement = typed.starts_with("return ")
            || typed.starts_with("const ")
            || typed.starts_with("let ");
        let end = if statement && !closing.ends_with(';') {
            terminator(context)
        } else {
            ""
        };
        out.push(Suggestion::construct(format!("{size}{closing}{end}"), 0.86));
    }
}

/// `top3 = sorted(nums, reverse=True)[` -> `:3]`, `const top5 = ranked.slice(` -> `0, 5);`: a list named for its
/// first few elements is sliced to that many.
fn top_slice(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let python = context.profile.language == Language::Python;
    let Some((target, value)) = typed.split_once(" = ") else {
        return;
    };
    let name = target.rsplit(' ').next().unwrap_or(target);
    // `last = items[` -> `-1]`, `rest = items[` -> `1:]` (JavaScript's `const last = arr[` -> `arr.length - 1];`).
    if let Some(list) = value.strip_suffix('[').filter(|list| is_plain_name(list)) {
        let part = match (name, python) {
            ("last", true) => "-1".to_owned(),
            ("rest" | "tail", true) => "1:".to_owned(),
            ("last", false) => format!("{list}.length - 1"),
            _ => String::new(),
        };
        if !part.is_empty()
            && let Some(closing) = super::closers::after_value(context)
        {
            let end = if python || closing.ends_with(';') {
                ""
            } else {
                terminator(context)
            };
            out.push(Suggestion::construct(format!("{part}{closing}{end}"), 0.86));
        }
        return;
    }
    let Some(count) = ["top_", "top", "first_", "first"]
        .iter()
        .find_map(|start| name.strip_prefix(start))
        .filter(|count| {
            !count.is_empty() && count.len() <= 3 && count.chars().all(|c| c.is_ascii_digit())
        })
    else {
        return;
    };
    let opened = if python {
        value.ends_with('[') && !value.ends_with("[[")
    } else {
        value.ends_with(".slice(")
    };
    if !opened || value.len() < 3 {
        return;
    }
    let Some(closing) = super::closers::after_value(context) else {
        return;
    };
    let text = if python {
        format!(":{count}{closing}")
    } else {
        format!("0, {count}{closing}{}", terminator(context))
    };
    out.push(Suggestion::construct(text, 0.86));
}

/// `dict(zip(keys, ` -> `values))`: keys go with their values.
fn keys_with_values(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if typed.ends_with("zip(keys, ")
        && let Some(closing) = super::closers::after_value(context)
    {
        out.push(Suggestion::construct(format!("values{closing}"), 0.86));
    }
}

/// `counts[ch] = ` -> `1` under the `else:` of `if ch in counts: counts[ch] += 1`: a key counted for the first
/// time starts at one.
fn first_count(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(target) = context.line_before.trim_start().strip_suffix(" = ") else {
        return;
    };
    let mut above = context.code_lines_above();
    let counted = above.next() == Some("else:") && above.next() == Some(&format!("{target} += 1"));
    if counted && target.ends_with(']') {
        out.push(Suggestion::construct("1", 0.88));
    }
}

/// A reducer's callback: `.reduce((a, b) => Math.max(a, ` -> `b))` compares its two parameters;
/// `.reduce((acc, u) => {` then `acc[u.id] = ` -> `u;` files the element under its key; `.map(u => [u.id, ` ->
/// `u])` pairs it with its key; `arr.filter((x, i) => arr.indexOf(x) === ` -> `i)` keeps first occurrences.
fn reducer_steps(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let closing = || super::closers::after_value(context);
    for function in ["Math.max(", "Math.min("] {
        if let Some(head) = typed.strip_suffix(", ")
            && let Some((callback, first)) = head.rsplit_once(function)
            && let Some(parameters) = callback
                .strip_suffix(") => ")
                .and_then(|rest| rest.rsplit_once(".reduce(("))
                .map(|(_, parameters)| parameters)
            && parameters == format!("{first}, {}", parameters.rsplit(", ").next().unwrap_or(""))
            && let Some((_, second)) = parameters.split_once(", ")
            && is_plain_name(second)
            && let Some(closing) = closing()
        {
            out.push(Suggestion::construct(format!("{second}{closing}"), 0.86));
            return;
        }
    }
    // `arr.filter((x, i) => arr.indexOf(x) === ` -> `i)`.
    if let Some(head) = typed.strip_suffix(") === ")
        && let Some((callback, element)) = head.rsplit_once(".indexOf(")
        && let Some((_, parameters)) = callback.rsplit_once(".filter((")
        && let Some((parameters, list)) = parameters.split_once(") => ")
        && parameters
            .split_once(", ")
            .is_some_and(|(first, _)| first == element)
        && is_plain_name(list)
        && let Some((_, index)) = parameters.split_once(", ")
        && is_plain_name(index)
        && let Some(closing) = closing()
    {
        out.push(Suggestion::construct(format!("{index}{closing}"), 0.86));
        return;
    }
    // `.map(u => [u.id, ` -> `u])`.
    if let Some(head) = typed.strip_suffix(", ")
        && let Some((callback, key)) = head.rsplit_once(" => [")
        && let Some(parameter) = callback.rsplit(['(', ' ']).next()
        && is_plain_name(parameter)
        && key
            .strip_prefix(parameter)
            .is_some_and(|rest| rest.starts_with('.'))
        && let Some(closing) = closing()
    {
        out.push(Suggestion::construct(format!("{parameter}{closing}"), 0.86));
        return;
    }
    // `acc[u.id] = ` in `.reduce((acc, u) => {`.
    if let Some((accumulator, key)) = typed
        .strip_suffix("] = ")
        .and_then(|rest| rest.split_once('['))
        && let Some(parameters) = context
            .enclosing_lines()
            .next()
            .and_then(|header| header.strip_suffix(") => {"))
            .and_then(|header| header.rsplit_once(".reduce(("))
            .map(|(_, parameters)| parameters)
        && let Some((first, element)) = parameters.split_once(", ")
        && first == accumulator
        && is_plain_name(element)
        && key
            .strip_prefix(element)
            .is_some_and(|rest| rest.starts_with('.'))
    {
        out.push(Suggestion::construct(
            format!("{element}{}", terminator(context)),
            0.86,
        ));
    }
}

/// `counts[w] = (counts[w] ?? 0) ` -> `+ 1;`: a count read with its default is one more (Python's `counts[w] =
/// counts.get(w, 0) ` -> `+ 1`, Rust's `*counts.entry(w).or_insert(0) ` -> `+= 1;`).
fn counted_once_more(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if context.profile.language == Language::Rust {
        let counted = typed
            .strip_prefix('*')
            .and_then(|rest| rest.strip_suffix(".or_insert(0) "))
            .is_some_and(|entry| entry.contains(".entry("));
        if counted {
            out.push(Suggestion::construct("+= 1;", 0.9));
        }
        return;
    }
    // `(counts[w] ?? 0) + ` with the operator typed too: the one is what is left.
    let (typed, plus_typed) = match typed.strip_suffix("+ ") {
        Some(head) => (head, true),
        None => (typed, false),
    };
    // Typed up to the closing parenthesis (`counts.get(w, 0)`): the operator still wants its space.
    let (typed, space) = if !plus_typed && typed.ends_with("0)") {
        (format!("{typed} "), " ")
    } else {
        (typed.to_owned(), "")
    };
    let typed = typed.as_str();
    let one = if plus_typed { "1" } else { "+ 1" };
    // A `Map`'s `m.set(w, (m.get(w) ?? 0) `: the map read is the map written, at the same key.
    if let Some((map, rest)) = typed.split_once(".set(") {
        let map = map.rsplit([' ', '{', ')']).next().unwrap_or(map);
        let counted = rest.split_once(", (").is_some_and(|(key, read)| {
            is_plain_name(map)
                && [" ?? 0) ", " || 0) "]
                    .iter()
                    .any(|default| read == format!("{map}.get({key}){default}"))
        });
        if counted {
            out.push(Suggestion::construct(
                format!("{one}){}", terminator(context)),
                0.9,
            ));
        }
        return;
    }
    let Some((target, value)) = typed.split_once(" = ") else {
        return;
    };
    let read = value.strip_prefix('(').and_then(|rest| {
        rest.strip_suffix(" ?? 0) ")
            .or_else(|| rest.strip_suffix(" || 0) "))
    });
    // Python's `counts.get(w, 0) ` reads `counts[w]`.
    let read_with_get = value
        .strip_suffix(", 0) ")
        .and_then(|call| call.split_once(".get("))
        .is_some_and(|(receiver, key)| target == format!("{receiver}[{key}]"));
    if (read == Some(target) || read_with_get) && target.ends_with(']') {
        out.push(Suggestion::construct(
            format!("{space}{one}{}", terminator(context)),
            0.9,
        ));
    }
}

/// `counts[w] = ` -> `(counts[w] || 0) + 1;`, `counts[w] = (counts[w] || ` -> `0) + 1;` and a `Map`'s `m.set(k, (m.get(k) ?? ` -> `0) + 1);`: a count
/// not yet there starts at zero, and the line adds one.
fn count_default(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let end = terminator(context);
    // `counts[w] = ` for an object named for counting: the whole count, from zero when the key is new.
    if let Some((map, key)) = typed
        .strip_suffix("] = ")
        .and_then(|target| target.split_once('['))
        && is_plain_name(map)
        && is_plain_name(key)
        && matches!(
            map,
            "counts" | "count" | "freq" | "frequency" | "frequencies" | "occurrences" | "tally"
        )
        && context.code_lines_above().take(30).any(|line| {
            line.ends_with(&format!("{map} = {{}};")) || line.ends_with(&format!("{map} = {{}}"))
        })
    {
        out.push(Suggestion::construct(
            format!("({map}[{key}] || 0) + 1{end}"),
            0.85,
        ));
        return;
    }
    // Before the `||`: `acc[x] = (acc[x] ` -> `|| 0) + 1;`, `m.set(k, (m.get(` -> `k) || 0) + 1);`.
    if let Some((target, read)) = typed
        .strip_suffix(' ')
        .and_then(|head| head.split_once(" = ("))
        && read == target
        && target.ends_with(']')
        && !target.contains(' ')
    {
        out.push(Suggestion::construct(format!("|| 0) + 1{end}"), 0.88));
        return;
    }
    if let Some((map, key)) = typed.strip_suffix(".get(").and_then(|head| {
        let (call, read_map) = head.rsplit_once(", (")?;
        let (map, key) = call.split_once(".set(")?;
        let map = map.rsplit([' ', '{', ')']).next().unwrap_or(map);
        (map == read_map).then_some((map, key))
    }) && is_plain_name(map)
        && is_plain_name(key)
    {
        out.push(Suggestion::construct(
            format!("{key}) || 0) + 1){end}"),
            0.88,
        ));
        return;
    }
    // `freq[c] = freq[c] ? freq[c] + 1 : ` -> `1;`: a count not there yet starts at one.
    if let Some((target, rest)) = typed.split_once(" = ")
        && rest == format!("{target} ? {target} + 1 : ")
    {
        out.push(Suggestion::construct(format!("1{end}"), 0.88));
        return;
    }
    let Some(head) = typed
        .strip_suffix(" || ")
        .or_else(|| typed.strip_suffix(" ?? "))
    else {
        return;
    };
    let closers = if let Some((target, read)) = head.split_once(" = (") {
        (read == target && target.ends_with(']') && !target.contains(' ')).then_some(")")
    } else {
        // `m.set(k, (m.get(k)`: the map read is the map written, at the same key.
        head.split_once(".set(").and_then(|(map, rest)| {
            // The statement may follow a loop's header on the same line.
            let map = map.rsplit([' ', '{', ')']).next().unwrap_or(map);
            let (key, read) = rest.split_once(", (")?;
            let counted = read == format!("{map}.get({key})") && is_plain_name(map.trim());
            counted.then_some("))")
        })
    };
    let Some(closers) = closers else {
        return;
    };
    let (first, rest) = closers.split_at(1);
    out.push(Suggestion::construct(
        format!("0{first} + 1{rest}{}", terminator(context)),
        0.9,
    ));
}

/// `return ` at the end of a `.reduce((acc, item) => {` callback's body -> `acc;`: a reducer hands on its
/// accumulator.
fn reducer_returns_accumulator(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "return " {
        return;
    }
    let Some(header) = context.enclosing_lines().next() else {
        return;
    };
    let Some(accumulator) = header
        .strip_suffix("=> {")
        .and_then(|rest| rest.rsplit_once(".reduce(("))
        .and_then(|(_, parameters)| parameters.split([',', ')']).next())
        .map(str::trim)
        .filter(|name| is_plain_name(name))
    else {
        return;
    };
    // A statement changed the accumulator above: returning it is all that is left.
    let changed = context
        .code_lines_above()
        .take(300)
        .take_while(|line| *line != header)
        .any(|line| line.contains(accumulator));
    if changed {
        out.push(Suggestion::construct(
            format!("{accumulator}{}", terminator(context)),
            0.88,
        ));
    }
}

/// `return lines.join(` -> `"\n");`: an array named for lines is joined with line breaks.
fn lines_joined(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(array) = typed
        .strip_suffix(".join(")
        .map(|head| head.rsplit([' ', '(', '=']).next().unwrap_or(head))
    else {
        return;
    };
    if !(array == "lines" || array.ends_with("Lines")) {
        return;
    }
    let quote = super::javascript::string_quote(context);
    let closers = open_parentheses(typed).unwrap_or_default();
    let end = if ["return ", "const ", "let "]
        .iter()
        .any(|start| typed.starts_with(start))
    {
        terminator(context)
    } else {
        ""
    };
    out.push(Suggestion::construct(
        format!("{quote}\\n{quote}{closers}{end}"),
        0.88,
    ));
}

/// A group met for the first time starts as an empty list: `groups[key] = ` under `if key not in groups:`, `if
/// (!groups[key]) groups[key] = ` -> `[];`, `if (!byCity.has(k)) byCity.set(k, ` -> `[]);`. Only a map named for
/// groups (`groups`, `by_city`, `byCity`): a count starts at a number the same way.
fn new_group(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let grouping = |map: &str| {
        is_plain_name(map)
            && (map.to_ascii_lowercase().contains("group")
                || map.starts_with("by_")
                || map
                    .strip_prefix("by")
                    .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase())))
    };
    if context.profile.language == Language::Python {
        let Some((map, key)) = typed
            .strip_suffix("] = ")
            .and_then(|rest| rest.split_once('['))
        else {
            return;
        };
        let tested = context
            .code_lines_above()
            .next()
            .is_some_and(|line| line == format!("if {key} not in {map}:"));
        if tested && grouping(map) {
            out.push(Suggestion::construct("[]", 0.86));
        }
        return;
    }
    let end = terminator(context);
    // `if (!groups[key]) {` on the line above, the assignment alone in its block.
    if let Some((map, key)) = typed
        .strip_suffix("] = ")
        .and_then(|rest| rest.split_once('['))
        && context.enclosing_lines().next() == Some(&format!("if (!{map}[{key}]) {{"))
        && grouping(map)
    {
        out.push(Suggestion::construct(format!("[]{end}"), 0.86));
        return;
    }
    if let Some((test, assignment)) = typed.split_once(") ") {
        if let Some((map, key)) = assignment
            .strip_suffix("] = ")
            .and_then(|rest| rest.split_once('['))
            && test == format!("if (!{map}[{key}]")
            && grouping(map)
        {
            out.push(Suggestion::construct(format!("[]{end}"), 0.86));
            return;
        }
        if let Some((map, key)) = assignment
            .strip_suffix(", ")
            .and_then(|rest| rest.split_once(".set("))
            && test == format!("if (!{map}.has({key})")
            && grouping(map)
        {
            out.push(Suggestion::construct(format!("[]){end}"), 0.86));
        }
    }
}

/// How many lines above are searched for a map's declaration.
const DECLARATION_LINES: usize = 60;

/// A map of groups makes a missing group empty: Rust's `groups.entry(k).or_insert_with(` -> `Vec::new)`, Java's
/// `groups.computeIfAbsent(k, ` -> `x -> new ArrayList<>())` (`k -> ` -> `new ArrayList<>())`); the map's declared
/// value type picks the empty collection (a set's `HashSet`, a map's `HashMap`).
fn empty_group_made(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let rust = context.profile.language == Language::Rust;
    let (receiver, lambda) = if rust {
        let Some(head) = typed.strip_suffix(".or_insert_with(") else {
            return;
        };
        let Some((receiver, _)) = head.split_once(".entry(") else {
            return;
        };
        (receiver, None)
    } else {
        let Some((receiver, arguments)) = typed.rsplit_once(".computeIfAbsent(") else {
            return;
        };
        let Some((key, lambda)) = arguments.split_once(", ") else {
            return;
        };
        if key.trim().is_empty() {
            return;
        }
        (receiver, Some((key.trim(), lambda)))
    };
    let receiver = receiver.rsplit([' ', '(']).next().unwrap_or(receiver);
    if !is_plain_name(receiver) {
        return;
    }
    // The value type: what follows the key's type in the declaration's `Map<K, V>`.
    let value_type = context
        .code_lines_above()
        .take(DECLARATION_LINES)
        .find(|line| super::lexer::contains_word(line, receiver) && line.contains("Map<"))
        .and_then(|line| line.split_once("Map<"))
        .and_then(|(_, types)| types.split_once(','))
        .map_or("", |(_, value)| value.trim_start());
    let is = |names: &[&str]| names.iter().any(|name| value_type.starts_with(name));
    let text = if rust {
        let maker = if is(&["HashSet"]) {
            "HashSet::new"
        } else if is(&["BTreeSet"]) {
            "BTreeSet::new"
        } else if is(&["HashMap"]) {
            "HashMap::new"
        } else if is(&["String"]) {
            "String::new"
        } else {
            "Vec::new"
        };
        format!("{maker})")
    } else {
        let made = if is(&["Set", "HashSet"]) {
            "new HashSet<>()"
        } else if is(&["TreeSet"]) {
            "new TreeSet<>()"
        } else if is(&["Map", "HashMap"]) {
            "new HashMap<>()"
        } else {
            "new ArrayList<>()"
        };
        match lambda {
            Some((key, "")) => {
                let parameter = if key == "k" { "key" } else { "k" };
                format!("{parameter} -> {made})")
            }
            Some((_, lambda)) if lambda.ends_with("-> ") => format!("{made})"),
            _ => return,
        }
    };
    out.push(Suggestion::construct(text, 0.85));
}

/// The element of the Go `for ... range` loop around the cursor (`for _, s := range strs {` -> `s`).
fn go_range_element<'a>(context: &Context<'a>) -> Option<&'a str> {
    let header = context
        .enclosing_lines()
        .find(|line| line.starts_with("for "))?;
    let (variables, _) = header.strip_prefix("for ")?.split_once(" := range ")?;
    let element = variables
        .split_once(", ")
        .map_or(variables, |(_, element)| element)
        .trim();
    (is_plain_name(element) && element != "_").then_some(element)
}

/// `groups[key] = append(groups[key], ` -> `s)` in `for _, s := range strs {` over a map of slices the code made:
/// a group is filled with the loop's element, whatever key it is filed under.
fn go_appended_to_group(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some((target, appended)) = typed.split_once(" = append(") else {
        return;
    };
    let Some(same) = appended.strip_suffix(", ") else {
        return;
    };
    let Some((map, _)) = target
        .strip_suffix(']')
        .and_then(|rest| rest.split_once('['))
    else {
        return;
    };
    if same != target || !is_plain_name(map) {
        return;
    }
    let of_slices = super::statements::declaration_of(context, map)
        .is_some_and(|declared| declared.contains("map[") && declared.contains("][]"));
    let Some(element) = go_range_element(context).filter(|_| of_slices) else {
        return;
    };
    out.push(Suggestion::construct(format!("{element})"), 0.85));
}

/// C++'s `counts[w]` -> `++;` on a `std::map<..., int>` in the loop that reads or walks `w` (`while (std::cin >>
/// w) {`, `for (const auto& w : words) {`): Go's count, in C++; on the loop's first line, `++counts[w];`.
fn cpp_counted(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(header) = context.enclosing_lines().next() else {
        return;
    };
    let typed = context.line_before.trim_start();
    // The loop's first line, nothing typed: the whole count (`++counts[word];`) of the one map of counts.
    let whole = typed.is_empty()
        && context
            .previous_code_line()
            .is_some_and(|line| line.trim() == header.trim());
    let (map, key, whole) = if whole {
        let Some(key) = header
            .strip_prefix("while (")
            .and_then(|rest| rest.strip_suffix(") {"))
            .and_then(|condition| condition.rsplit_once(" >> "))
            .map(|(_, key)| key)
            .or_else(|| {
                header
                    .strip_prefix("for (")
                    .and_then(|rest| rest.split_once(" : "))
                    .and_then(|(declaration, _)| declaration.rsplit([' ', '&']).next())
            })
        else {
            return;
        };
        let maps: Vec<&str> = context
            .code_lines_above()
            .take(60)
            .filter(|line| line.contains("map<"))
            .filter_map(|line| {
                line.strip_suffix(';')?
                    .rsplit_once(", int> ")
                    .map(|(_, name)| name)
            })
            .collect();
        match maps.as_slice() {
            [map] => (*map, key, true),
            _ => return,
        }
    } else {
        let Some((map, key)) = typed
            .strip_suffix(']')
            .and_then(|rest| rest.split_once('['))
        else {
            return;
        };
        (map, key, false)
    };
    if !is_plain_name(map) || !is_plain_name(key) {
        return;
    }
    let read = header
        .strip_prefix("while (")
        .and_then(|rest| rest.strip_suffix(") {"))
        .is_some_and(|condition| condition.ends_with(&format!(" >> {key}")));
    let walked = header
        .strip_prefix("for (")
        .and_then(|rest| rest.split_once(" : "))
        .is_some_and(|(declaration, _)| declaration.rsplit([' ', '&']).next() == Some(key));
    // The map is declared near its loop; a window keeps the look-up short in a long file.
    let counts = context
        .code_lines_above()
        .take(60)
        .any(|line| line.ends_with(&format!(", int> {map};")) && line.contains("map<"));
    if (read || walked) && counts {
        let text = if whole {
            format!("++{map}[{key}];")
        } else {
            "++;".to_owned()
        };
        out.push(Suggestion::construct(text, 0.85));
    }
}

/// `counts[w]` -> `++` on a map of counts the code made (`make(map[string]int)`) in a loop: a count goes up by one.
fn go_counted(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some((map, key)) = typed
        .strip_suffix(']')
        .and_then(|rest| rest.split_once('['))
    else {
        return;
    };
    if !is_plain_name(map) || key.is_empty() || key.contains(']') {
        return;
    }
    let counts = super::statements::declaration_of(context, map).is_some_and(|declared| {
        declared.contains("map[") && (declared.contains("]int)") || declared.contains("]int{}"))
    });
    if counts && go_range_element(context).is_some() {
        out.push(Suggestion::construct("++", 0.85));
    }
}
