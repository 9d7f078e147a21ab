//! The two steps of a graph search that name what the search already holds: the neighbour a loop walks tested
//! against the set of visited nodes (`for nb in graph[node]:` then `if nb not in ` -> `visited:`, `if
//! (!visited.has(` -> `nb)) {`, Go's `if !visited[` -> `nb] {`), and the queue started with the node the visited
//! set was started with (`visited = {start}` then `queue = deque([` -> `start])`, `const queue = [` -> `start];`,
//! Go's `queue := []int{` -> `start}`), and a depth-first search's recursion on the neighbour (`def dfs(node,
//! visited):` ... `for nb in graph[node]:` then `dfs(` -> `nb, visited)`, the whole call on the blank line under
//! `if nb not in visited:`), and the neighbours of the node just taken from the queue (`node = queue.popleft()`
//! then `for nb in graph[` -> `node]:`), and a list or slice queue dropping the front just read (`node := queue[0]`
//! then `queue = ` -> `queue[1:]`).
//!
//! The set is the one the code made a set (`set()`, `{start}`, `new Set(`, a `map[...]bool`), never guessed from a
//! name; anything else at these places (a second set, a loop over something else) is left to the developer.

use super::Suggestion;
use super::closers::after_value;
use super::cursor::Context;
use super::language::Language;
use super::lexer::is_plain_name;

/// How sure the neighbour and the start are: the textbook search has no other candidate at these places.
const CONFIDENCE: f64 = 0.85;

/// How many lines above are read for the set's declaration: a search function is short.
const LINES: usize = 30;

/// Runs the rules of this module.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    unvisited_neighbour(context, out);
    queue_from_start(context, out);
    recursion_on_neighbour(context, out);
    neighbours_of_taken_node(context, out);
    queue_after_front(context, out);
}

/// `queue = ` (Go's too) right under `node = queue[0]` (`node := queue[0]`) -> `queue[1:]`: a queue kept in a
/// list or a slice drops the front it just read.
fn queue_after_front(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !matches!(context.profile.language, Language::Python | Language::Go) {
        return;
    }
    let Some(queue) = context
        .line_before
        .trim_start()
        .strip_suffix(" = ")
        .filter(|queue| is_plain_name(queue))
    else {
        return;
    };
    let front = format!("{queue}[0]");
    let took_front = context.code_lines_above().next().is_some_and(|line| {
        [" = ", " := "].iter().any(|assign| {
            line.split_once(assign)
                .is_some_and(|(taken, value)| is_plain_name(taken) && value == front)
        })
    });
    if took_front {
        out.push(Suggestion::construct(format!("{queue}[1:]"), CONFIDENCE));
    }
}

/// `for nb in graph[` -> `node]:` right under `node = queue.popleft()` (`const node = stack.pop();` then `for
/// (const nb of graph[` -> `node]) {`): a search walks the neighbours of the node it just took.
fn neighbours_of_taken_node(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let language = context.profile.language;
    let typed = context.line_before.trim_start();
    let Some(header) = typed.strip_suffix('[') else {
        return;
    };
    let Some(graph) = header.rsplit([' ', '(']).next() else {
        return;
    };
    let walking = match language {
        Language::Python => header.starts_with("for ") && header.ends_with(&format!(" in {graph}")),
        Language::JavaScript | Language::TypeScript => {
            header.starts_with("for (") && header.ends_with(&format!(" of {graph}"))
        }
        _ => false,
    };
    if !walking || !is_plain_name(graph) {
        return;
    }
    let Some(previous) = context.code_lines_above().next() else {
        return;
    };
    let Some((target, taken)) = previous.trim_end_matches(';').split_once(" = ") else {
        return;
    };
    let node = target.rsplit(' ').next().unwrap_or(target);
    let takes = [".popleft()", ".pop()", ".shift()", ".pop(0)"]
        .iter()
        .any(|method| taken.strip_suffix(method).is_some_and(is_plain_name));
    if !takes || !is_plain_name(node) {
        return;
    }
    let Some(closing) = after_value(context) else {
        return;
    };
    out.push(Suggestion::construct(
        format!("{node}{closing}"),
        CONFIDENCE,
    ));
}

/// A set the lines above made, with the text it was started with: `visited = {start}` -> (`visited`, `start`),
/// `const seen = new Set([a]);` -> (`seen`, `a`), `visited := map[int]bool{start: true}` -> (`visited`, `start`),
/// `seen = set()` -> (`seen`, ``).
fn made_set(line: &str, language: Language) -> Option<(&str, &str)> {
    let line = line.trim_end_matches(';');
    let (left, value) = line.split_once(" := ").or_else(|| line.split_once(" = "))?;
    let name = left.rsplit(' ').next()?;
    if !is_plain_name(name) {
        return None;
    }
    let value = value.trim();
    let start = match language {
        Language::Python => {
            if value == "set()" {
                ""
            } else {
                let inner = value.strip_prefix('{')?.strip_suffix('}')?;
                if inner.contains(':') {
                    return None;
                }
                inner
            }
        }
        Language::JavaScript | Language::TypeScript => {
            let rest = value.strip_prefix("new Set")?;
            let rest = rest.split_once('(').map_or("", |(_, rest)| rest);
            rest.strip_prefix('[')
                .and_then(|inner| inner.strip_suffix("])"))
                .unwrap_or("")
        }
        Language::Go => {
            let rest = value.strip_prefix("map[")?;
            let (_, rest) = rest.split_once(']')?;
            let rest = rest.strip_prefix("bool")?;
            rest.strip_prefix('{')
                .and_then(|inner| inner.strip_suffix('}'))
                .and_then(|inner| inner.strip_suffix(": true"))
                .unwrap_or("")
        }
        _ => return None,
    };
    Some((name, start.trim()))
}

/// The one set the lines above made.
fn only_set<'a>(context: &Context<'a>) -> Option<(&'a str, &'a str)> {
    let language = context.profile.language;
    let mut sets = context
        .code_lines_above()
        .take(LINES)
        .filter_map(|line| made_set(line, language));
    let set = sets.next()?;
    sets.all(|other| other.0 == set.0).then_some(set)
}

/// The element of the for-each loop `header` (`for nb in graph[node]:`, `for (const nb of adj[u]) {`, `for _, nb
/// := range graph[node] {`).
fn loop_element(header: &str, language: Language) -> Option<&str> {
    let element = match language {
        Language::Python => header.strip_prefix("for ")?.split_once(" in ")?.0,
        Language::JavaScript | Language::TypeScript => {
            let rest = header.strip_prefix("for (")?;
            let rest = ["const ", "let ", "var "]
                .iter()
                .find_map(|keyword| rest.strip_prefix(keyword))?;
            rest.split_once(" of ")?.0
        }
        Language::Go => {
            let (names, _) = header.strip_prefix("for ")?.split_once(" := range ")?;
            names.split_once(", ")?.1
        }
        _ => return None,
    };
    let element = element.trim();
    is_plain_name(element).then_some(element)
}

/// `if nb not in ` -> `visited:`, `if (!visited.has(` -> `nb)) {`, `if !visited[` -> `nb] {` in a loop over a
/// node's neighbours.
fn unvisited_neighbour(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let language = context.profile.language;
    let typed = context.line_before.trim_start();
    let Some(header) = context.enclosing_lines().next() else {
        return;
    };
    let Some(element) = loop_element(header, language) else {
        return;
    };
    let Some((set, _)) = only_set(context) else {
        return;
    };
    let text = match language {
        Language::Python if typed == format!("if {element} not in ") => set,
        Language::JavaScript | Language::TypeScript if typed == format!("if (!{set}.has(") => {
            element
        }
        Language::Go if typed == format!("if !{set}[") => element,
        _ => return,
    };
    let Some(closing) = after_value(context) else {
        return;
    };
    out.push(Suggestion::construct(
        format!("{text}{closing}"),
        CONFIDENCE,
    ));
}

/// `queue = deque([` -> `start])`, `const queue = [` -> `start];`, `queue := []int{` -> `start}` under the visited
/// set started with `start`.
fn queue_from_start(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some((left, value)) = typed.split_once(" := ").or_else(|| typed.split_once(" = ")) else {
        return;
    };
    // `const queue: number[] = [`: the name before its annotation.
    let declared = left.split_once(':').map_or(left, |(declared, _)| declared);
    let Some(name) = declared.trim_end().rsplit(' ').next() else {
        return;
    };
    if !matches!(name, "queue" | "q" | "frontier" | "stack" | "todo") {
        return;
    }
    let opened = match context.profile.language {
        Language::Python => matches!(value, "deque([" | "collections.deque([" | "["),
        Language::JavaScript | Language::TypeScript => value == "[",
        Language::Go => value.starts_with("[]") && value.ends_with('{') && !value.contains(' '),
        _ => false,
    };
    if !opened {
        return;
    }
    let Some((_, start)) = only_set(context) else {
        return;
    };
    if !is_plain_name(start) {
        return;
    }
    // Go's composite literal opens with a brace the block reader would take for a block's.
    let closing = if context.profile.language == Language::Go {
        Some("}".to_owned())
    } else {
        after_value(context)
    };
    let Some(closing) = closing else {
        return;
    };
    out.push(Suggestion::construct(
        format!("{start}{closing}"),
        CONFIDENCE,
    ));
}

/// `dfs(` -> `nb, visited)` in `def dfs(node, visited):` under `for nb in graph[node]:`: the search goes on from
/// the neighbour with everything else it was given. The loop must walk the neighbours of the first parameter, so
/// a grid's `dfs(grid, r, c)` is left alone.
fn recursion_on_neighbour(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let language = context.profile.language;
    let Some(function) = super::statements::enclosing_function(context) else {
        return;
    };
    let typed = context.line_before.trim_end();
    let called = typed.strip_suffix('(').is_some_and(|call| {
        call.strip_suffix(function.name)
            .is_some_and(|lead| lead.is_empty() || lead.ends_with([' ', '(', ')', '!', ':']))
    });
    // Nothing typed yet under the test of an unvisited neighbour (`if nb not in visited:`, `if
    // (!visited.has(nb)) `): the call is the whole statement.
    let python = language == Language::Python;
    let unvisited_test = |line: &str| {
        if python {
            line.starts_with("if ") && line.contains(" not in ") && line.ends_with(':')
        } else {
            line.starts_with("if (!") && line.contains(".has(")
        }
    };
    let whole = !called
        && if python {
            context.on_blank_line_start()
                && context.enclosing_lines().next().is_some_and(unvisited_test)
        } else {
            context
                .line_before
                .trim_start()
                .strip_suffix(") ")
                .is_some_and(|test| unvisited_test(&format!("{test})")))
        };
    if function.name.is_empty() || !(called || whole) {
        return;
    }
    // An `if nb not in visited:` may stand between the loop and the call.
    let Some((header, element)) = context
        .enclosing_lines()
        .take(2)
        .find_map(|header| Some((header, loop_element(header, language)?)))
    else {
        return;
    };
    let names: Vec<&str> = function.parameter_names().collect();
    let Some((first, rest)) = names.split_first() else {
        return;
    };
    let walked = [format!("[{first}]"), format!(".get({first})")];
    if !walked
        .iter()
        .any(|neighbours| header.contains(neighbours.as_str()))
        || rest.contains(&element)
    {
        return;
    }
    let closing = if whole {
        format!("){}", super::idioms::terminator(context))
    } else {
        let Some(closing) = after_value(context) else {
            return;
        };
        closing
    };
    let call = if whole {
        format!("{}(", function.name)
    } else {
        String::new()
    };
    let arguments: Vec<&str> = std::iter::once(element)
        .chain(rest.iter().copied())
        .collect();
    out.push(Suggestion::construct(
        format!("{call}{}{closing}", arguments.join(", ")),
        CONFIDENCE,
    ));
}
