//! The steps of the textbook sorts, read from the loops around the cursor (their variables and bounds) and the
//! names the body set:
//! - a bubble sort's comparison of neighbours, in a loop whose bound leaves room for the next one (`for j in
//!   range(n - i - 1):` then `if arr[j] > ` -> `arr[j + 1]:`), and its swap (Rust's `v.` -> `swap(j, j + 1);`,
//!   C++'s `std::swap(` -> `v[j], v[j + 1]);`);
//! - a selection sort's index of the smallest (`min_idx = i` before the inner loop: `if arr[j] < arr[` ->
//!   `min_idx]:`, then `min_idx = ` -> `j`);
//! - an insertion sort's key and shifting loop (`key = arr[i]`: `j = ` -> `i - 1`, `while j >= 0 and arr[j] > `
//!   -> `key:`, `arr[j + 1] = ` -> `arr[j]` in that loop and `key` after it);
//! - a comparator's other side, the same field of the second element (`(a, b) => a.price - ` -> `b.price)`,
//!   Java's `(a, b) -> a.getAge() - ` -> `b.getAge());`, Rust's `sort_by(|a, b| b.1.` -> `cmp(&a.1));`).

use super::Suggestion;
use super::algorithms::counted_variable;
use super::cursor::Context;
use super::idioms::terminator;
use super::language::Language;
use super::lexer::is_plain_name;

/// Runs the sorting steps that apply at the cursor.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    comparator_other_side(context, typed, out);
    rust_comparator_other_side(context, typed, out);
    if typed.starts_with("if") {
        neighbour_comparison(context, typed, out);
        smallest_so_far(context, typed, out);
    } else if typed.starts_with("while") {
        insertion_comparison(context, typed, out);
    } else if typed.ends_with(" = ") {
        new_smallest(context, typed, out);
        insertion_assignment(context, typed, out);
    } else if typed.ends_with('.') || typed.ends_with("swap(") {
        neighbour_swap(context, typed, out);
    }
}

/// What closes a condition the cursor ends: `:` in Python, ` {` in Go and Rust, `) {` where the condition opened
/// a parenthesis.
fn condition_end(context: &Context<'_>, typed: &str) -> &'static str {
    match context.profile.language {
        Language::Python => ":",
        Language::Go | Language::Rust => " {",
        _ if typed.contains('(') => ") {",
        _ => " {",
    }
}

/// The next index: `j + 1`, written `j+1` by gofmt inside an index.
fn next_index(context: &Context<'_>, index: &str) -> String {
    if context.profile.language == Language::Go {
        format!("{index}+1")
    } else {
        format!("{index} + 1")
    }
}

/// The element a comparison starts with, as `(list, index)`: `("arr", "j")` for `if arr[j] > ` or `if (arr[j] <
/// ` with `operator` `>` or `<`.
fn compared_element<'a>(typed: &'a str, operator: &str) -> Option<(&'a str, &'a str)> {
    element_of(typed.strip_suffix(&format!(" {operator} "))?)
}

/// The element a condition compares first (`("arr", "j")` for `if (j >= 0 && arr[j]`).
fn element_of(condition: &str) -> Option<(&str, &str)> {
    let condition = condition
        .strip_prefix("if")
        .or_else(|| condition.strip_prefix("while"))?
        .trim_start();
    let condition = condition.strip_prefix('(').unwrap_or(condition);
    let left = condition
        .rsplit(" and ")
        .next()?
        .rsplit(" && ")
        .next()?
        .trim();
    let (list, index) = left.strip_suffix(']')?.split_once('[')?;
    (is_plain_name(list) && is_plain_name(index)).then_some((list, index))
}

/// The element a whole condition line compares first, with `<` or `>` (`if arr[j] < arr[min_idx]:`).
fn condition_element(condition: &str) -> Option<(&str, &str)> {
    ["<", ">"].iter().find_map(|operator| {
        let (left, _) = condition.split_once(&format!(" {operator} "))?;
        element_of(left)
    })
}

/// `if arr[j] > ` -> `arr[j + 1]:` (`if (arr[j] > ` -> `arr[j + 1]) {`) in a loop on `j` whose bound stops one
/// short (`range(n - i - 1)`, `j < arr.length - 1`): a bubble sort compares each element with the next.
fn neighbour_comparison(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    let Some((list, index)) = compared_element(typed, ">").or_else(|| compared_element(typed, "<"))
    else {
        return;
    };
    let Some(header) = context.enclosing_lines().next() else {
        return;
    };
    let stops_short = header.contains("- 1") || header.contains("-1") || header.contains("- i");
    if counted_variable(header) != Some(index) || !stops_short {
        return;
    }
    out.push(Suggestion::construct(
        format!(
            "{list}[{}]{}",
            next_index(context, index),
            condition_end(context, typed)
        ),
        0.85,
    ));
}

/// The name set to the outer loop's index just before the inner loop (`min_idx = i`), with that index: a
/// selection sort's smallest so far.
fn index_of_extreme<'a>(context: &Context<'a>) -> Option<(&'a str, &'a str)> {
    let mut loops = context
        .enclosing_lines()
        .filter(|line| line.starts_with("for") || line.starts_with("if"));
    let inner = loops.find(|line| line.starts_with("for"))?;
    let outer = loops.find(|line| line.starts_with("for"))?;
    let outer_index = counted_variable(outer)?;
    context
        .code_lines_above()
        .skip_while(|line| *line != inner)
        .skip(1)
        .take_while(|line| *line != outer)
        .find_map(|line| {
            let (declaration, value) = line
                .trim_end_matches(';')
                .split_once(" = ")
                .or_else(|| line.split_once(" := "))?;
            let name = declaration.rsplit(' ').next()?;
            (value.trim() == outer_index && is_plain_name(name)).then_some((name, outer_index))
        })
}

/// `if arr[j] < arr[` -> `min_idx]:` where `min_idx = i` was set before the inner loop (`>` for the largest).
fn smallest_so_far(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    let Some(before) = typed.strip_suffix('[') else {
        return;
    };
    let Some((list, rest)) = before.rsplit_once(' ').map(|(left, list)| (list, left)) else {
        return;
    };
    if !is_plain_name(list) {
        return;
    }
    let condition = format!("{rest} ");
    let Some((compared, index)) =
        compared_element(&condition, "<").or_else(|| compared_element(&condition, ">"))
    else {
        return;
    };
    let Some((extreme, _)) = index_of_extreme(context) else {
        return;
    };
    if compared != list
        || context.enclosing_lines().next().and_then(counted_variable) != Some(index)
    {
        return;
    }
    out.push(Suggestion::construct(
        format!("{extreme}]{}", condition_end(context, typed)),
        0.85,
    ));
}

/// `min_idx = ` under `if arr[j] < arr[min_idx]:` -> `j`: the smaller element's index is kept.
fn new_smallest(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    let Some(target) = typed.strip_suffix(" = ") else {
        return;
    };
    let Some(condition) = context.enclosing_lines().next() else {
        return;
    };
    let Some((list, index)) = condition_element(condition) else {
        return;
    };
    if !condition.contains(&format!("{list}[{target}]")) || target == index {
        return;
    }
    out.push(Suggestion::construct(
        format!("{index}{}", terminator(context)),
        0.85,
    ));
}

/// The key an insertion sort took out of the list in the enclosing loop (`key = arr[i]`, `const key = arr[i];`),
/// with the list and the outer index.
fn insertion_key<'a>(context: &Context<'a>) -> Option<(&'a str, &'a str, &'a str)> {
    let outer = context
        .enclosing_lines()
        .find(|line| line.starts_with("for"))?;
    // An insertion sort's outer loop starts at the second element: the first is a sorted list of one.
    let from_second = ["range(1,", "= 1;", ":= 1;", " in 1.."]
        .iter()
        .any(|start| outer.contains(start));
    if !from_second {
        return None;
    }
    let index = counted_variable(outer)?;
    context
        .code_lines_above()
        .take_while(|line| *line != outer)
        .find_map(|line| {
            let (declaration, value) = line
                .trim_end_matches(';')
                .split_once(" = ")
                .or_else(|| line.split_once(" := "))?;
            let name = declaration.rsplit(' ').next()?;
            let (list, taken) = value.trim().strip_suffix(']')?.split_once('[')?;
            (taken == index && is_plain_name(name) && is_plain_name(list))
                .then_some((name, list, index))
        })
}

/// `while j >= 0 and arr[j] > ` -> `key:` (`while (j >= 0 && arr[j] > ` -> `key) {`): the shifting loop of an
/// insertion sort compares with the key it took out.
fn insertion_comparison(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    let Some((list, _)) = compared_element(typed, ">") else {
        return;
    };
    let Some((key, taken_from, _)) = insertion_key(context) else {
        return;
    };
    if list == taken_from && (typed.contains(" and ") || typed.contains(" && ")) {
        out.push(Suggestion::construct(
            format!("{key}{}", condition_end(context, typed)),
            0.85,
        ));
    }
}

/// In an insertion sort: `j = ` right after `key = arr[i]` -> `i - 1`; `arr[j + 1] = ` -> `arr[j]` inside the
/// shifting loop and `key` after it.
fn insertion_assignment(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    let Some(target) = typed.strip_suffix(" = ") else {
        return;
    };
    let Some((key, list, index)) = insertion_key(context) else {
        return;
    };
    let end = terminator(context);
    let target_name = target.rsplit(' ').next().unwrap_or(target);
    let just_taken = context.code_lines_above().next().is_some_and(|line| {
        line.trim_end_matches(';')
            .ends_with(&format!(" = {list}[{index}]"))
    });
    if just_taken && is_plain_name(target_name) && target_name != key {
        out.push(Suggestion::construct(format!("{index} - 1{end}"), 0.85));
        return;
    }
    let Some((_, shifted)) = target
        .strip_suffix(']')
        .and_then(|element| element.split_once('['))
        .filter(|(target_list, _)| *target_list == list)
    else {
        return;
    };
    let Some(inner) = shifted
        .strip_suffix(" + 1")
        .or_else(|| shifted.strip_suffix("+1"))
    else {
        return;
    };
    let shifting = |line: &str| line.starts_with("while") || line.starts_with("for");
    let in_shifting_loop = context
        .enclosing_lines()
        .next()
        .is_some_and(|line| shifting(line) && line.contains(&format!("{list}[{inner}] > {key}")));
    if in_shifting_loop {
        out.push(Suggestion::construct(format!("{list}[{inner}]{end}"), 0.85));
        return;
    }
    let after_shifting_loop = context
        .code_lines_above()
        .take_while(|line| !line.starts_with("for"))
        .any(|line| shifting(line) && line.contains(&format!("{list}[{inner}] > {key}")));
    if after_shifting_loop {
        out.push(Suggestion::construct(format!("{key}{end}"), 0.85));
    }
}

/// Under `if v[j] > v[j + 1] {`: Rust's `v.` -> `swap(j, j + 1);`, C++'s `std::swap(` -> `v[j], v[j + 1]);`.
fn neighbour_swap(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    let Some(condition) = context.enclosing_lines().next() else {
        return;
    };
    let Some((list, index)) = condition_element(condition) else {
        return;
    };
    let next = format!("{list}[{index} + 1]");
    if !condition.contains(&next) {
        return;
    }
    let text = match context.profile.language {
        Language::Rust if typed == format!("{list}.") => format!("swap({index}, {index} + 1);"),
        Language::Cpp if typed == "std::swap(" || typed == "swap(" => {
            format!("{list}[{index}], {next});")
        }
        _ => return,
    };
    out.push(Suggestion::construct(text, 0.85));
}

/// `(a, b) => a.price - ` -> `b.price)`, `(a, b) => a.name.localeCompare(` -> `b.name)`, Java's `(a, b) ->
/// a.getAge() - ` -> `b.getAge());`, `a.getName().compareTo(` and `Integer.compare(a.getAge(), ` the same way: a
/// comparator sets the same field of the other element against the first's.
fn comparator_other_side(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    let arrow = match context.profile.language {
        Language::JavaScript | Language::TypeScript => " => ",
        Language::Java => " -> ",
        _ => return,
    };
    let java = context.profile.language == Language::Java;
    let compared_with = if java {
        ".compareTo("
    } else {
        ".localeCompare("
    };
    let subtracted = typed.strip_suffix(" - ");
    let Some((head, left)) = subtracted
        .or_else(|| typed.strip_suffix(compared_with))
        .or_else(|| typed.strip_suffix(", ").filter(|_| java))
        .and_then(|head| head.rsplit_once(arrow))
    else {
        return;
    };
    // Java's `Integer.compare(a.getAge(), `: the two sides are the static comparison's arguments.
    let left = if subtracted.is_none() && typed.ends_with(", ") {
        let Some(left) = ["Integer.compare(", "Double.compare(", "Long.compare("]
            .iter()
            .find_map(|call| left.strip_prefix(call))
        else {
            return;
        };
        left
    } else {
        left
    };
    // `a.localeCompare(` -> `b)`: the elements themselves are texts; `a - ` -> `b)`: numbers.
    let whole = |first: &str| {
        left == first && (typed.ends_with(compared_with) || subtracted.is_some() && !java)
    };
    let Some((first, second)) = head
        .rsplit_once('(')
        .and_then(|(_, parameters)| parameters.strip_suffix(')'))
        .and_then(|parameters| parameters.split_once(", "))
    else {
        return;
    };
    // A field (`a.price`), a getter (`a.getAge()`) or a pair's element (`a[0]`, the intervals and the entries
    // sorted by count), the second parameter's first for a descending order (`b[1] - ` -> `a[1])`).
    let field_of = |element: &str| {
        let rest = left.strip_prefix(element)?;
        let simple = match rest.strip_prefix('.') {
            Some(field) => is_plain_name(field.strip_suffix("()").unwrap_or(field)),
            None => rest
                .strip_prefix('[')
                .and_then(|index| index.strip_suffix(']'))
                .is_some_and(|index| {
                    !index.is_empty() && index.chars().all(|c| c.is_ascii_digit())
                }),
        };
        simple.then(|| rest.to_owned())
    };
    let (other, field) = if whole(first) {
        (second, String::new())
    } else if let Some(field) = field_of(first) {
        (second, field)
    } else if let Some(field) = field_of(second).filter(|_| subtracted.is_some()) {
        (first, field)
    } else if left == second && subtracted.is_some() && !java {
        (first, String::new())
    } else {
        return;
    };
    if !is_plain_name(first) || !is_plain_name(second) {
        return;
    }
    let Some(closers) = super::closers::after_value(context) else {
        return;
    };
    out.push(Suggestion::construct(
        format!("{other}{field}{closers}"),
        0.85,
    ));
}

/// Rust's `sort_by(|a, b| b.1.` -> `cmp(&a.1));` (`|a, b| a.` -> `cmp(b));`): a closure comparing its two
/// arguments compares the same field of each, the other one borrowed.
fn rust_comparator_other_side(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Rust {
        return;
    }
    let Some((before, left)) = typed
        .strip_suffix('.')
        .and_then(|head| head.rsplit_once("| "))
    else {
        return;
    };
    let Some((first, second)) = before
        .rsplit_once('|')
        .and_then(|(call, parameters)| call.ends_with('(').then_some(parameters))
        .and_then(|parameters| parameters.split_once(", "))
    else {
        return;
    };
    if !is_plain_name(first) || !is_plain_name(second) {
        return;
    }
    let (element, field) = left.split_once('.').unwrap_or((left, ""));
    let field_is_simple =
        field.is_empty() || is_plain_name(field) || field.chars().all(|c| c.is_ascii_digit());
    if !field_is_simple {
        return;
    }
    let other = if element == first {
        second
    } else if element == second {
        first
    } else {
        return;
    };
    let argument = if field.is_empty() {
        other.to_owned()
    } else {
        format!("&{other}.{field}")
    };
    let Some(closers) = super::closers::after_value(context) else {
        return;
    };
    out.push(Suggestion::construct(
        format!("cmp({argument}){closers}"),
        0.85,
    ));
}
