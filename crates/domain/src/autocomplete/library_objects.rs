//! The standard library's objects of a programmer's second month, where the object's type and the place it is used
//! in leave one member to write:
//! - a loop's condition: Java's `while (m.` -> `find()) {` on a `Matcher`, `while (rs.` -> `next()) {` on a
//!   `ResultSet`, `while (!queue.` -> `isEmpty()) {` (C++'s `empty()) {`), Go's `for rows.` -> `Next() {` on the
//!   rows of a query and `for scanner.` -> `Scan() {`;
//! - inside `while (!queue.isEmpty()) {`, the element taken out: `int[] cur = queue.` -> `poll();` (C++'s
//!   `front();` for a `std::queue`, `top();` for a stack or a priority queue, then on the next line `q.` ->
//!   `pop();`); outside such a loop, a variable named for one of the container's readers reads it: `int front = q.`
//!   -> `front();`, `int top = s.` -> `top();`, `size_t size = v.` -> `size();`;
//! - what a builder gives back: `return sb.` -> `toString();` on a `StringBuilder` (reversed first or not), C++'s `str();` on a string
//!   stream, Go's `String()` on a `strings.Builder`;
//! - a request's answer: `ResultSet rs = ps.` -> `executeQuery();`, `HttpClient client = HttpClient.` ->
//!   `newHttpClient();`, `HttpResponse<String>`'s `BodyHandlers.` -> `ofString());`, C++'s `fut.` -> `get();` on
//!   the future of a `std::async`, `auto end = std::chrono::steady_clock::` -> `now();`, Go's `defer resp.` ->
//!   `Body.Close()` and `io.ReadAll(` -> `resp.Body)` after an `http.Get`, and `flag.` -> `Parse()` once the flags
//!   are defined;
//! - Go's arguments that leave no choice: `rows.Scan(` -> `&id, &name)` for the variables declared for it,
//!   `errors.As(err, ` -> `&target) {`, `FindAllString(s, ` -> `-1)`, a `GET` request's `nil)` body.
//!
//! The type comes from the receiver's declaration in the window above (Java's and C++'s declared type, Go's
//! `:=` value); a receiver of no known type gets nothing.

use super::Suggestion;
use super::cursor::Context;
use super::language::Language;
use super::lexer::is_plain_name;
use super::statements::declaration_of;

/// How many lines above the cursor are read to find a declaration.
const LINES_READ: usize = 40;

/// Runs the rules that fit the language.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !rest_closes(context) {
        return;
    }
    // Above the habit of the receiver's other mutator (`v.push_back()` at the start of a statement).
    if context.profile.language == Language::Cpp
        && let Some(taken) = taken_after_read(context)
    {
        if let Some(rest) = taken.strip_prefix(context.prefix)
            && !rest.is_empty()
        {
            out.push(Suggestion::member(rest, 0.9));
        }
        return;
    }
    let member = match context.profile.language {
        Language::Java => java(context).map(str::to_owned),
        Language::Cpp => cpp(context).map(str::to_owned),
        Language::Go => go(context),
        Language::Python => python_stream(context).map(str::to_owned),
        _ => None,
    };
    // The member's first letters may be typed already (`for rows.Ne` -> `xt() {`).
    if let Some(member) = member
        && let Some(rest) = member.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        // Go's types and C++'s standard adaptors have member tables of their own (`*sql.Rows`, `std::queue`),
        // whose `Next()` or `front()` at their cap must not outrank the loop's `Next() {` or the read's
        // `front();`: on a tie the earlier rule, this one, stays first.
        let confidence = if matches!(context.profile.language, Language::Go | Language::Cpp) {
            0.9
        } else {
            0.88
        };
        out.push(Suggestion::member(rest, confidence));
    }
}

/// Python's `file = sys.` -> `stdout`: a variable named for an output stream defaults to the standard one
/// (`if file is None: file = sys.stdout`), one named for errors to `stderr`, one for input to `stdin`; `argv`,
/// first among `sys`'s members, is never what a stream is set to.
fn python_stream(context: &Context<'_>) -> Option<&'static str> {
    let (receiver, place) = member_place(context)?;
    let Place::Assigned(target) = place else {
        return None;
    };
    let target = target.strip_prefix("self.").unwrap_or(target);
    if receiver != "sys" || !is_plain_name(target) {
        return None;
    }
    let name = target.to_ascii_lowercase();
    let words: Vec<&str> = name.split('_').collect();
    if words
        .iter()
        .any(|word| matches!(*word, "err" | "stderr" | "errors"))
    {
        Some("stderr")
    } else if words.iter().any(|word| {
        matches!(
            *word,
            "file" | "out" | "output" | "stream" | "fp" | "stdout"
        )
    }) {
        Some("stdout")
    } else if words
        .iter()
        .any(|word| matches!(*word, "input" | "stdin" | "infile"))
    {
        Some("stdin")
    } else {
        None
    }
}

/// Whether the rest of the line only closes what the line opened (an editor's `)` after `while (m.`).
fn rest_closes(context: &Context<'_>) -> bool {
    context
        .line_after
        .trim()
        .chars()
        .all(|c| matches!(c, ')' | ']' | '}' | ';'))
}

/// Where a member is written: the text of the line before its receiver, trimmed at the start.
#[derive(Clone, Copy, PartialEq)]
enum Place<'a> {
    /// `while (m.` (Go's `for rows.`).
    LoopCondition,
    /// `while (!queue.`.
    LoopWhileNot,
    /// `return sb.`.
    Return,
    /// `int[] cur = queue.`: what is declared or assigned.
    Assigned(&'a str),
    /// A statement's start (`flag.`, `defer resp.` in Go).
    Statement(&'a str),
    /// Anything else.
    Other(&'a str),
}

/// The member being completed after `.`, its receiver, and the place it is written in.
fn member_place<'a>(context: &Context<'a>) -> Option<(&'a str, Place<'a>)> {
    let access = context.dot_member()?;
    if !is_plain_name(access.receiver) {
        return None;
    }
    let before = context.before_receiver(&access)?.trim_start();
    let place = match before {
        "while (" => Place::LoopCondition,
        "for " if context.profile.language == Language::Go => Place::LoopCondition,
        "while (!" => Place::LoopWhileNot,
        "return " => Place::Return,
        "" | "defer " => Place::Statement(before),
        _ => match before.trim_end().strip_suffix('=') {
            Some(target) if !target.ends_with(['=', '!', '<', '>']) => {
                Place::Assigned(target.trim())
            }
            _ => Place::Other(before),
        },
    };
    Some((access.receiver, place))
}

/// The type's name in a Java or C++ declaration: `final Queue<int[]>` -> `Queue`, `std::queue<...>` -> `queue`, a
/// parameter's `int peek(stack<int>&` -> `stack`.
fn type_name(declared: &str) -> &str {
    let declared = declared.split('<').next().unwrap_or(declared).trim();
    let last = declared.rsplit([' ', '(', ',']).next().unwrap_or(declared);
    last.rsplit("::").next().unwrap_or(last)
}

/// Whether the cursor is in the body of `while (!{receiver}.{test}) {`, a few lines down.
fn draining(context: &Context<'_>, receiver: &str, test: &str) -> bool {
    let header = format!("while (!{receiver}.{test}) {{");
    context.enclosing_lines().take(3).any(|line| line == header)
}

fn java(context: &Context<'_>) -> Option<&'static str> {
    let typed = context.line_before.trim_start();
    if typed.starts_with("HttpResponse<String> ") && typed.ends_with("HttpResponse.BodyHandlers.") {
        return Some("ofString());");
    }
    // `return sb.reverse().` (or `new StringBuilder(s).reverse().`): the reversed builder gives its text back.
    if let Some(built) = typed
        .strip_prefix("return ")
        .and_then(|rest| rest.strip_suffix(".reverse()."))
    {
        let builder = built.starts_with("new StringBuilder(")
            || (is_plain_name(built)
                && declaration_of(context, built)
                    .is_some_and(|declared| type_name(declared) == "StringBuilder"));
        return builder.then_some("toString();");
    }
    let (receiver, place) = member_place(context)?;
    if receiver == "HttpClient" {
        let target = match place {
            Place::Assigned(target) => target,
            _ => return None,
        };
        return target
            .starts_with("HttpClient ")
            .then_some("newHttpClient();");
    }
    let declared = type_name(declaration_of(context, receiver)?);
    const QUEUES: &[&str] = &[
        "Queue",
        "Deque",
        "ArrayDeque",
        "LinkedList",
        "PriorityQueue",
    ];
    const COLLECTIONS: &[&str] = &[
        "Queue",
        "Deque",
        "ArrayDeque",
        "LinkedList",
        "PriorityQueue",
        "Stack",
        "List",
        "ArrayList",
        "Set",
        "HashSet",
        "TreeSet",
        "Map",
        "HashMap",
        "TreeMap",
    ];
    match (declared, place) {
        ("Matcher", Place::LoopCondition) => Some("find()) {"),
        ("Matcher", Place::Other(before)) if before.ends_with("println(") => Some("group());"),
        ("ResultSet", Place::LoopCondition) => Some("next()) {"),
        ("Iterator", Place::LoopCondition) => Some("hasNext()) {"),
        (collection, Place::LoopWhileNot) if COLLECTIONS.contains(&collection) => {
            Some("isEmpty()) {")
        }
        ("StringBuilder", Place::Return) => Some("toString();"),
        ("PreparedStatement", Place::Assigned(target)) if target.starts_with("ResultSet ") => {
            Some("executeQuery();")
        }
        (queue, Place::Assigned(_)) if QUEUES.contains(&queue) => {
            draining(context, receiver, "isEmpty()").then_some("poll();")
        }
        ("Stack", Place::Assigned(_)) => {
            draining(context, receiver, "isEmpty()").then_some("pop();")
        }
        _ => None,
    }
}

fn cpp(context: &Context<'_>) -> Option<&'static str> {
    let typed = context.line_before.trim_start();
    // `auto end = std::chrono::steady_clock::` -> `now();`: a clock is only ever read.
    if typed.contains(" = ")
        && [
            "steady_clock::",
            "system_clock::",
            "high_resolution_clock::",
        ]
        .iter()
        .any(|clock| typed.ends_with(&format!("chrono::{clock}")))
    {
        return Some("now();");
    }
    let (receiver, place) = member_place(context)?;
    let declaration = declaration_of(context, receiver)?;
    // `auto fut = std::async(...)`: the type is the value's.
    let started_async = || {
        let declared = format!("auto {receiver} = std::async(");
        context
            .code_lines_above()
            .take(LINES_READ)
            .any(|line| line.starts_with(&declared))
    };
    if type_name(declaration) == "future" || (declaration == "auto" && started_async()) {
        return matches!(place, Place::Assigned(_) | Place::Return).then_some("get();");
    }
    const CONTAINERS: &[&str] = &[
        "queue",
        "stack",
        "priority_queue",
        "vector",
        "deque",
        "set",
        "map",
        "unordered_map",
        "unordered_set",
        "list",
        "string",
    ];
    let declared = type_name(declaration);
    match (declared, place) {
        (container, Place::LoopWhileNot) if CONTAINERS.contains(&container) => Some("empty()) {"),
        ("ostringstream" | "stringstream", Place::Return) => Some("str();"),
        ("queue", Place::Assigned(target)) => draining(context, receiver, "empty()")
            .then_some("front();")
            .or_else(|| read_into_namesake(declared, target)),
        ("stack" | "priority_queue", Place::Assigned(target)) => {
            draining(context, receiver, "empty()")
                .then_some("top();")
                .or_else(|| read_into_namesake(declared, target))
        }
        (container, Place::Assigned(target)) if CONTAINERS.contains(&container) => {
            read_into_namesake(declared, target)
        }
        _ => None,
    }
}

/// `int front = q.` -> `front();`, `int top = s.` -> `top();`, `size_t size = v.` -> `size();`: a variable named
/// as one of the container's readers is given that reader's value. Only the readers the container has (a queue's
/// `front`, a stack's `top`), and only by their own name: a queue's `first` may be anything.
fn read_into_namesake(container: &str, target: &str) -> Option<&'static str> {
    let name = target.rsplit([' ', '*', '&']).next().unwrap_or(target);
    let reader = match name {
        "front" => "front();",
        "back" => "back();",
        "top" => "top();",
        "size" | "length" | "len" => "size();",
        _ => return None,
    };
    let has = match reader {
        "front();" => matches!(container, "queue" | "vector" | "deque" | "list"),
        "back();" => matches!(container, "queue" | "vector" | "deque" | "list" | "string"),
        "top();" => matches!(container, "stack" | "priority_queue"),
        _ => true,
    };
    has.then_some(reader)
}

/// `q.` on the line after `int cur = q.front();` -> `pop();` (`top()` of a stack or a priority queue alike, and a
/// vector's `back()` -> `pop_back();`): C++ reads an element and removes it in two statements.
/// A receiver not declared above (a class's member, declared below its methods) is taken for a vector when it
/// gave its `back()`.
fn taken_after_read(context: &Context<'_>) -> Option<&'static str> {
    let (receiver, place) = member_place(context)?;
    if place != Place::Statement("") {
        return None;
    }
    let declaration = declaration_of(context, receiver).unwrap_or("std::vector<");
    let previous = context.previous_code_line()?.trim();
    let read = previous
        .split_once(" = ")
        .map(|(_, value)| value)
        .and_then(|value| value.strip_prefix(receiver))
        .and_then(|value| value.strip_prefix('.'))?;
    match (type_name(declaration), read) {
        ("queue", "front();") | ("stack" | "priority_queue", "top();") => Some("pop();"),
        ("vector" | "deque" | "list", "back();") => Some("pop_back();"),
        ("deque" | "list", "front();") => Some("pop_front();"),
        _ => None,
    }
}

/// The value a Go name was given in the window above: `rows, err := db.Query(...)` -> `db.Query(...)`,
/// `var sb strings.Builder` -> `strings.Builder`.
fn go_value<'a>(context: &Context<'a>, name: &str) -> Option<&'a str> {
    context
        .code_lines_above()
        .take(LINES_READ)
        .find_map(|line| {
            if let Some(declared) = line
                .strip_prefix("var ")
                .and_then(|rest| rest.strip_prefix(name))
                .and_then(|rest| rest.strip_prefix(' '))
            {
                return Some(declared);
            }
            let (names, value) = line.split_once(" := ").or_else(|| line.split_once(" = "))?;
            names
                .split(',')
                .any(|declared| declared.trim() == name)
                .then_some(value)
        })
}

/// Whether a Go value is the answer of an HTTP request (`http.Get(url)`, `client.Do(req)`).
fn http_response(value: &str) -> bool {
    ["http.Get(", "http.Post(", "http.PostForm(", "http.Head("]
        .iter()
        .any(|call| value.starts_with(call))
        || (value.contains(".Do(") && !value.contains(' '))
}

/// The `var` declarations right above the cursor's line, nearest last: `var id int` and `var name string` before
/// `rows.Scan(` -> `["id", "name"]`.
fn go_vars_above<'a>(context: &Context<'a>) -> Vec<&'a str> {
    let mut names: Vec<&str> = context
        .code_lines_above()
        .take(8)
        .map_while(|line| {
            let name = line.strip_prefix("var ")?.split(' ').next()?;
            is_plain_name(name).then_some(name)
        })
        .collect();
    names.reverse();
    names
}

/// The arguments a Go standard call leaves no choice about: `rows.Scan(` -> the address of each variable
/// declared for it just above (`&id, &name)`), `errors.As(err, ` -> `&target) {` for the `var target *MyError`
/// above, a regexp's `FindAllString(s, ` -> `-1)` (every match), `http.NewRequest("GET", url, ` -> `nil)` (no
/// body).
fn go_arguments(context: &Context<'_>, typed: &str) -> Option<String> {
    let block = if typed.starts_with("if ") { " {" } else { "" };
    if let Some(call) = typed.strip_suffix(".Scan(") {
        // The rows of a query (a `bufio.Scanner`'s `Scan()` takes nothing).
        let receiver = call.rsplit([' ', '(', '\t']).next().unwrap_or(call);
        let rows = call.ends_with(')') && call.contains(".QueryRow")
            || go_value(context, receiver).is_some_and(|value| value.contains(".Query"))
            || context
                .enclosing_lines()
                .take(3)
                .any(|line| line == format!("for {receiver}.Next() {{"));
        if !rows {
            return None;
        }
        let names = go_vars_above(context);
        if names.is_empty() {
            return None;
        }
        let addresses: Vec<String> = names.iter().map(|name| format!("&{name}")).collect();
        let check = if typed.starts_with("if err := ") {
            "; err != nil {"
        } else {
            ""
        };
        return Some(format!("{}){check}", addresses.join(", ")));
    }
    if typed.ends_with("errors.As(err, ") {
        let target = *go_vars_above(context).last()?;
        return Some(format!("&{target}){block}"));
    }
    let (call, _) = typed.rsplit_once('(')?;
    let arguments = &typed[call.len() + 1..];
    let one_argument_given = arguments.ends_with(", ") && arguments.matches(',').count() == 1;
    if one_argument_given
        && call
            .rsplit('.')
            .next()
            .is_some_and(|method| method.starts_with("FindAll"))
    {
        return Some(format!("-1){block}"));
    }
    let body_less = [
        "\"GET\", ",
        "\"DELETE\", ",
        "http.MethodGet, ",
        "http.MethodDelete, ",
    ];
    if call.ends_with("http.NewRequest")
        && body_less.iter().any(|method| arguments.starts_with(method))
        && arguments.matches(", ").count() == 2
        && arguments.ends_with(", ")
    {
        return Some("nil)".to_owned());
    }
    None
}

fn go(context: &Context<'_>) -> Option<String> {
    let typed = context.line_before.trim_start();
    if let Some(arguments) = go_arguments(context, typed) {
        return Some(arguments);
    }
    if let Some(read) = typed
        .strip_suffix("io.ReadAll(")
        .or_else(|| typed.strip_suffix("ioutil.ReadAll("))
    {
        // The body of the response received just above.
        if !read.ends_with("= ") {
            return None;
        }
        let response = context.code_lines_above().take(12).find_map(|line| {
            let (names, value) = line.split_once(" := ")?;
            let name = names.split(',').next()?.trim();
            (http_response(value) && is_plain_name(name)).then_some(name)
        })?;
        return Some(format!("{response}.Body)"));
    }
    let (receiver, place) = member_place(context)?;
    // The lines of the function so far, nearest first.
    let body = || {
        context
            .code_lines_above()
            .take(LINES_READ)
            .take_while(|line| !line.starts_with("func "))
    };
    if receiver == "flag" && place == Place::Statement("") {
        // Flags are defined, then parsed once before they are read.
        let defined = body().any(|line| line.contains(" := flag.") || line.contains(" = flag."));
        let parsed = body().any(|line| line == "flag.Parse()");
        return (defined && !parsed).then(|| "Parse()".to_owned());
    }
    let value = go_value(context, receiver)?;
    let member = match place {
        Place::LoopCondition if value.contains(".Query(") || value.contains(".QueryContext(") => {
            "Next() {"
        }
        Place::LoopCondition if value.starts_with("bufio.NewScanner(") => "Scan() {",
        Place::Statement("defer ") if http_response(value) => "Body.Close()",
        Place::Statement("defer ")
            if value.contains(".Query(") || value.contains(".QueryContext(") =>
        {
            "Close()"
        }
        Place::Statement("defer ")
            if value.starts_with("time.NewTicker(") || value.starts_with("time.NewTimer(") =>
        {
            "Stop()"
        }
        Place::Return if value == "strings.Builder" => "String()",
        _ => return None,
    };
    Some(member.to_owned())
}
