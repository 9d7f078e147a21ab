//! Collection pipelines, objects and threads, as a new user writes them in each language:
//! - objects: an operator's new object from both operands' fields (Python's `__add__` -> `Vector(self.x + other.x,
//!   self.y + other.y)`, Rust's `impl Add` body and its `type Output`), a printable form (`__str__`, `toString()`),
//!   a `@classmethod`'s `return cls(...)`, a setter storing its value in the getter's private field, a C++
//!   derived constructor's base initializer;
//! - pipelines: a comparator's body (C's `qsort` compare, a C++ `std::sort` lambda, Go's `sort.Slice` header), a Java
//!   stream collected into the `List` it declares;
//! - threads: what follows a thread, a lock and a channel in each language (`t.start()` then `t.join()`, Rust's
//!   `handle.join().unwrap()`, `Arc::clone(&counter)`, `mpsc::channel()`, Go's `defer wg.Done()`, Java's
//!   `new Thread(() -> {`).
//!
//! Every rule tests the typed line first and reads at most a few dozen lines above; each speaks only when the code
//! shows the one natural answer (the fields, the parameters, the declared thread or lock).

use super::Suggestion;
use super::cursor::Context;
use super::idioms::{open_parentheses, terminator};
use super::language::Language;
use super::lexer::is_identifier_char;

/// How many lines above the cursor a rule reads to find a declaration.
const LINES_READ: usize = 40;

/// Runs the rules that fit the language.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    // `coll` typed after a filtered stream: the one word the rules below finish once begun.
    if context.profile.language == Language::Java && context.at_line_end() {
        java(context, out);
    }
    // `t.st` -> `art()`: a thread's method begun is the one its state leaves.
    if context.profile.language == Language::Python
        && context.at_line_end()
        && !context.prefix.is_empty()
        && let Some(receiver) = context.before_prefix().trim_start().strip_suffix('.')
    {
        python_thread_member(context, receiver, out);
    }
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    mirrored_comparison(context, out);
    mirrored_ordering(context, out);
    match context.profile.language {
        Language::Python => python(context, out),
        Language::JavaScript | Language::TypeScript => javascript(context, out),
        Language::Rust => rust(context, out),
        Language::Go => go(context, out),
        Language::Cpp => cpp(context, out),
        Language::C => c(context, out),
        _ => {}
    }
}

/// The name of a C++ parameter: `const Person& a` -> `a`.
fn parameter_name(parameter: &str) -> &str {
    parameter
        .trim()
        .rsplit([' ', '&', '*'])
        .next()
        .unwrap_or("")
}

/// `text` with every whole-word `from` replaced by `to`: `a.age` -> `b.age`, `people[i].Age` -> `people[j].Age`.
fn replace_word(text: &str, from: &str, to: &str) -> String {
    let mut result = String::with_capacity(text.len());
    let mut word = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if is_identifier_char(c) {
            word.push(c);
            continue;
        }
        result.push_str(if word == from { to } else { &word });
        word.clear();
        result.push(c);
    }
    result.pop();
    result
}

/// A comparator's body compares its second element the way it read the first: `return a.age < ` -> `b.age;` under
/// a C++ lambda's `[](const Person& a, const Person& b) {`, Go's `return people[i].Age < ` -> `people[j].Age`
/// under `sort.Slice(people, func(i, j int) bool {`; on a lambda's one line, its end too (`{ return a > ` -> `b;
/// });`).
fn mirrored_comparison(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let language = context.profile.language;
    if !matches!(language, Language::Cpp | Language::Go) {
        return;
    }
    let typed = context.line_before.trim_start();
    // A one-line lambda: `std::sort(v.begin(), v.end(), [](int a, int b) { return a > ` -> `b; });`.
    // Go's too: `sort.Slice(nums, func(i, j int) bool { return nums[i] < ` -> `nums[j] })`.
    let one_line = typed
        .rsplit_once("{ return ")
        .filter(|(head, _)| match language {
            Language::Cpp => head.contains("]("),
            _ => head.trim_end().ends_with(", func(i, j int) bool"),
        });
    let (typed, header, closing) = match one_line {
        Some((head, body)) => {
            let opened = head.matches('(').count();
            let closed = head.matches(')').count();
            let Some(unclosed) = opened.checked_sub(closed) else {
                return;
            };
            let header = head.trim_end();
            // The editor may have closed `sort.Slice(` already: only the lambda's brace is left then.
            let unclosed = if language == Language::Go {
                let after = context.line_after.trim();
                if after.chars().all(|c| c == ')') && after.len() <= unclosed {
                    unclosed - after.len()
                } else {
                    return;
                }
            } else {
                unclosed
            };
            let closing = if language == Language::Go {
                format!(" }}{}", ")".repeat(unclosed))
            } else {
                format!("; }}{};", ")".repeat(unclosed))
            };
            (body, header, closing)
        }
        None => {
            let Some(header) = context.code_lines_above().next() else {
                return;
            };
            (typed, header, terminator(context).to_owned())
        }
    };
    // The second operand may be begun already (`people[i].Age < people[j].`): then the rest of it is left.
    let Some((left, begun)) = ["<", ">", "<=", ">="]
        .iter()
        .find_map(|operator| typed.rsplit_once(&format!(" {operator} ")))
        .filter(|(_, begun)| {
            begun.is_empty()
                || begun
                    .chars()
                    .all(|c| is_identifier_char(c) || matches!(c, '.' | '[' | ']'))
        })
        .and_then(|(rest, begun)| {
            let rest = if one_line.is_some() {
                Some(rest)
            } else {
                rest.strip_prefix("return ")
            };
            rest.map(|rest| (rest, begun))
        })
    else {
        return;
    };
    let parameters = if language == Language::Go {
        (header.starts_with("sort.Slice(") || header.starts_with("sort.SliceStable("))
            .then_some(header)
            .and_then(|header| {
                header
                    .strip_suffix(", func(i, j int) bool {")
                    .or_else(|| header.strip_suffix(", func(i, j int) bool"))
            })
            .map(|_| ("i", "j"))
    } else {
        header
            .strip_suffix(" {")
            .unwrap_or(header)
            .strip_suffix(')')
            .and_then(|rest| rest.rsplit_once("]("))
            .and_then(|(_, parameters)| parameters.split_once(','))
            .map(|(first, second)| (parameter_name(first), parameter_name(second)))
            .filter(|(first, second)| identifier(first) && identifier(second) && first != second)
    };
    let Some((first, second)) = parameters else {
        return;
    };
    let words: Vec<&str> = left
        .split(|c: char| !is_identifier_char(c))
        .filter(|word| !word.is_empty())
        .collect();
    // The first element read, the second not yet, and nothing but names, members and indexes.
    if !words.contains(&first)
        || words.contains(&second)
        || !left
            .chars()
            .all(|c| is_identifier_char(c) || matches!(c, '.' | '[' | ']' | '(' | ')' | '>' | '-'))
    {
        return;
    }
    let right = replace_word(left, first, second);
    let Some(rest) = right.strip_prefix(begun).filter(|rest| !rest.is_empty()) else {
        return;
    };
    out.push(Suggestion::construct(format!("{rest}{closing}"), 0.86));
}

/// Rust's comparator closure orders its second element by what it read of the first: `v.sort_by(|a, b| a.cmp(` ->
/// `b));`, `b.score.cmp(&` -> `a.score` (a descending order reads the second first), `a.name.partial_cmp(&` ->
/// `b.name`.
fn mirrored_ordering(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Rust {
        return;
    }
    let typed = context.line_before;
    // The argument may be begun already (`a.age.cmp(&b.`): then the rest of it is left.
    let Some((read, borrowed, begun)) = [".cmp(&", ".partial_cmp(&", ".cmp(", ".partial_cmp("]
        .iter()
        .find_map(|call| {
            typed
                .rsplit_once(call)
                .filter(|(_, begun)| begun.chars().all(|c| is_identifier_char(c) || c == '.'))
                .map(|(read, begun)| (read, call.ends_with('&'), begun))
        })
    else {
        return;
    };
    let Some((header, body)) = read.rsplit_once("_by(|") else {
        return;
    };
    if !["sort", "sort_unstable", "max", "min", "binary_search"]
        .iter()
        .any(|method| header.ends_with(&format!(".{method}")))
    {
        return;
    }
    let Some((parameters, left)) = body.split_once('|') else {
        return;
    };
    let Some((first, second)) = parameters
        .split_once(',')
        .map(|(first, second)| (first.trim(), second.trim()))
        .filter(|(first, second)| identifier(first) && identifier(second) && first != second)
    else {
        return;
    };
    let left = left.trim();
    if left.is_empty() || !left.chars().all(|c| is_identifier_char(c) || c == '.') {
        return;
    }
    let words: Vec<&str> = left.split('.').collect();
    let right = match words.first() {
        Some(&word) if word == first => replace_word(left, first, second),
        Some(&word) if word == second => replace_word(left, second, first),
        _ => return,
    };
    // `a.cmp(b)`: the parameters are references already; a field is borrowed for `cmp`.
    let argument = if borrowed || words.len() == 1 {
        right
    } else {
        format!("&{right}")
    };
    let Some(rest) = argument.strip_prefix(begun).filter(|rest| !rest.is_empty()) else {
        return;
    };
    let closers = open_parentheses(typed).unwrap_or_default();
    out.push(Suggestion::construct(format!("{rest}{closers}"), 0.86));
}

/// Whether `text` is one identifier.
fn identifier(text: &str) -> bool {
    !text.is_empty() && text.chars().all(is_identifier_char)
}

/// The nearest lines above the cursor, trimmed, within [`LINES_READ`].
fn lines_above<'a>(context: &Context<'a>) -> impl Iterator<Item = &'a str> + use<'a> {
    context.code_lines_above().take(LINES_READ)
}

/// The name of the class around the cursor: the last `class Name` line above it.
fn class_name<'a>(context: &Context<'a>) -> Option<&'a str> {
    let line = context
        .code_lines_above()
        .take(LINES_READ)
        .find_map(|line| {
            line.strip_prefix("export ")
                .unwrap_or(line)
                .strip_prefix("class ")
        })?;
    let name = line
        .split(|c: char| !is_identifier_char(c))
        .next()
        .unwrap_or("");
    identifier(name).then_some(name)
}

/// A class's public fields, once each, when there are one to three of them (a course's value class).
fn value_fields<'a>(context: &Context<'a>) -> Option<Vec<&'a str>> {
    let (fields, _) = super::geometry::class_fields(context)?;
    let mut unique: Vec<&str> = Vec::new();
    for field in fields {
        if !unique.contains(&field) {
            unique.push(field);
        }
    }
    (!unique.is_empty()
        && unique.len() <= 3
        && unique
            .iter()
            .all(|field| identifier(field) && !field.starts_with('_')))
    .then_some(unique)
}

/// The `def` line of the Python method holding the cursor (the nearest `def` above, indented less).
fn python_method<'a>(context: &Context<'a>) -> Option<&'a str> {
    context
        .enclosing_lines()
        .next()
        .filter(|line| line.starts_with("def "))
}

fn python(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if typed == "return " {
        python_return(context, "", out);
    } else if let Some(begun) = typed.strip_prefix("return ").filter(|begun| {
        begun
            .split_once('(')
            .is_some_and(|(class, _)| identifier(class))
    }) {
        // `return Vector(` (the editor closed its parenthesis), `return Vector(self.x - other.x, `: the same
        // object, begun.
        python_return(context, begun, out);
    } else if typed.is_empty() {
        python_statement(context, out);
    } else if let Some(module) = typed
        .strip_prefix("from ")
        .and_then(|rest| rest.strip_suffix(" import "))
    {
        let name = match module {
            "dataclasses" => "dataclass",
            "pathlib" => "Path",
            "concurrent.futures" => "ThreadPoolExecutor",
            "abc" => "ABC, abstractmethod",
            _ => return,
        };
        out.push(Suggestion::construct(name, 0.85));
    } else if typed == "from dataclasses import dataclass, " {
        // The other name a data class needs: `field(default_factory=list)` for a mutable default.
        out.push(Suggestion::construct("field", 0.85));
    } else if typed.ends_with("threading.Thread(target=") {
        // The one function the file defines to run in the thread.
        let mut functions = context
            .code
            .lines()
            .filter_map(|line| line.strip_prefix("def "))
            .filter_map(|rest| rest.split('(').next())
            .filter(|name| *name != "main");
        if let (Some(name), None) = (functions.next(), functions.next()) {
            out.push(Suggestion::construct(format!("{name})"), 0.8));
        }
    } else if typed == "with " {
        // `lock = threading.Lock()` just above: the lock guards the block.
        let lock = lines_above(context).take(8).find_map(|line| {
            let (name, value) = line.split_once(" = ")?;
            (value.ends_with("Lock()") && identifier(name)).then_some(name)
        });
        if let Some(lock) = lock {
            out.push(Suggestion::construct(format!("{lock}:"), 0.8));
        }
    } else if let Some(receiver) = typed.strip_suffix('.') {
        python_thread_member(context, receiver, out);
    }
}

/// `t.` after `t = threading.Thread(...)` -> `start()`, and once started -> `join()`; the same with the name
/// begun (`t.st` -> `art()`).
fn python_thread_member(context: &Context<'_>, receiver: &str, out: &mut Vec<Suggestion>) {
    if !identifier(receiver) {
        return;
    }
    let mut started = false;
    for line in lines_above(context) {
        if line == format!("{receiver}.start()") {
            started = true;
        } else if line.strip_prefix(receiver).is_some_and(|rest| {
            rest.strip_prefix(" = ").is_some_and(|value| {
                value.starts_with("threading.Thread(") || value.starts_with("Thread(")
            })
        }) {
            let member = if started { "join()" } else { "start()" };
            if let Some(rest) = member
                .strip_prefix(context.prefix)
                .filter(|rest| !rest.is_empty())
            {
                out.push(Suggestion::member(rest, 0.88));
            }
            return;
        }
    }
}

/// A blank line: a loop over started threads joins each one; a subclass's `__init__` stores what it did not pass
/// to its parent.
fn python_statement(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(previous) = context.previous_code_line().map(str::trim) else {
        return;
    };
    // `for t in threads:` after the threads were started -> `t.join()`.
    if let Some((element, collection)) = previous
        .strip_prefix("for ")
        .and_then(|rest| rest.strip_suffix(':'))
        .and_then(|rest| rest.split_once(" in "))
    {
        let started = lines_above(context)
            .skip(1)
            .any(|line| line.ends_with(".start()"));
        if identifier(element)
            && collection.contains("thread")
            && started
            && context.code.contains("Thread(")
        {
            out.push(Suggestion::construct(format!("{element}.join()"), 0.82));
        }
        return;
    }
    // `super().__init__(name)` under `def __init__(self, name, breed):` -> `self.breed = breed`.
    if previous.starts_with("super().__init__(") || previous.starts_with("self.") {
        let Some(header) = python_method(context) else {
            return;
        };
        let Some(parameters) = header
            .strip_prefix("def __init__(self, ")
            .and_then(|rest| rest.strip_suffix("):"))
        else {
            return;
        };
        let body: Vec<&str> = lines_above(context)
            .take_while(|line| !line.starts_with("def "))
            .collect();
        if !body
            .iter()
            .any(|line| line.starts_with("super().__init__("))
        {
            return;
        }
        let used = |name: &str| {
            body.iter().any(|line| {
                line.split(|c: char| !is_identifier_char(c))
                    .any(|word| word == name)
            })
        };
        let next = parameters
            .split(',')
            .map(|parameter| parameter.split([':', '=']).next().unwrap_or("").trim())
            .find(|name| !used(name));
        if let Some(name) = next.filter(|name| identifier(name)) {
            out.push(Suggestion::construct(format!("self.{name} = {name}"), 0.85));
        }
    }
}

/// `return ` in a dunder method or a class method; `begun` is what is typed of the value (`Vector(`), which only
/// the operators' new object is given.
fn python_return(context: &Context<'_>, begun: &str, out: &mut Vec<Suggestion>) {
    let Some(header) = python_method(context) else {
        return;
    };
    let Some(name) = header
        .strip_prefix("def ")
        .and_then(|rest| rest.split('(').next())
    else {
        return;
    };
    match name {
        "__add__" | "__sub__" => {
            let operator = if name == "__add__" { "+" } else { "-" };
            let Some(other) = header
                .split_once("(self, ")
                .and_then(|(_, rest)| rest.split([')', ':', ',']).next())
                .filter(|other| identifier(other))
            else {
                return;
            };
            let (Some(class), Some(fields)) = (class_name(context), value_fields(context)) else {
                return;
            };
            let sums: Vec<String> = fields
                .iter()
                .map(|field| format!("self.{field} {operator} {other}.{field}"))
                .collect();
            if let Some(rest) = format!("{class}({})", sums.join(", ")).strip_prefix(begun) {
                out.push(Suggestion::construct(rest, 0.85));
            }
        }
        _ if !begun.is_empty() => {}
        "__str__" | "__repr__" => {
            let (Some(class), Some(fields)) = (class_name(context), value_fields(context)) else {
                return;
            };
            let shown: Vec<String> = fields
                .iter()
                .map(|field| format!("{{self.{field}}}"))
                .collect();
            // A printable form is written many ways (`Point(1, 2)`, `(1, 2)`, `x=1, y=2`): listed only. A
            // `__repr__` has its convention, an expression that would make the object again: inline for a public
            // class of several values (a wrapper of one shows its value's repr, a library's private class its own
            // form).
            let conventional = name == "__repr__" && fields.len() >= 2 && !class.starts_with('_');
            let confidence = if conventional { 0.8 } else { 0.6 };
            out.push(Suggestion::construct(
                format!("f\"{class}({})\"", shown.join(", ")),
                confidence,
            ));
        }
        _ if header.contains("(cls") => {
            // `return ` in a `@classmethod` that computed every parameter of `__init__` -> `cls(a, b, c)`.
            let body: Vec<&str> = lines_above(context)
                .take_while(|line| !line.starts_with("def "))
                .collect();
            let Some(parameters) = context
                .code_before_line()
                .lines()
                .find_map(|line| line.trim().strip_prefix("def __init__(self, "))
                .and_then(|rest| rest.strip_suffix("):"))
            else {
                return;
            };
            let names: Vec<&str> = parameters
                .split(',')
                .map(|parameter| parameter.split([':', '=']).next().unwrap_or("").trim())
                .collect();
            let assigned = |name: &str| {
                body.iter().any(|line| {
                    line.split_once(" = ").is_some_and(|(left, _)| {
                        left.split(',').any(|target| target.trim() == name)
                    })
                })
            };
            if names.iter().all(|name| identifier(name) && assigned(name)) {
                out.push(Suggestion::construct(
                    format!("cls({})", names.join(", ")),
                    0.85,
                ));
            }
        }
        _ => {}
    }
}

fn javascript(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if typed == "return " {
        // `toString() {` -> `` `Point(${this.x}, ${this.y})` ``.
        let in_to_string = context
            .previous_code_line()
            .is_some_and(|line| line.trim() == "toString() {");
        if in_to_string
            && let (Some(class), Some(fields)) = (class_name(context), value_fields(context))
        {
            let shown: Vec<String> = fields
                .iter()
                .map(|field| format!("${{this.{field}}}"))
                .collect();
            out.push(Suggestion::construct(
                format!("`{class}({})`{}", shown.join(", "), terminator(context)),
                // Written many ways, as Python's `__str__`: listed only.
                0.6,
            ));
        }
    } else if typed.is_empty() {
        // `set name(value) {` with `this._name` stored by the constructor -> `this._name = value;`.
        let Some(previous) = context.previous_code_line().map(str::trim) else {
            return;
        };
        let Some((property, value)) = previous
            .strip_prefix("set ")
            .and_then(|rest| rest.strip_suffix(") {"))
            .and_then(|rest| rest.split_once('('))
        else {
            return;
        };
        let field = format!("this._{property} = ");
        if identifier(property) && identifier(value) && context.code.contains(&field) {
            out.push(Suggestion::construct(
                format!("this._{property} = {value}{}", terminator(context)),
                0.85,
            ));
        }
    } else if let Some(rest) = typed.strip_suffix(" => ")
        && rest.contains("Promise.all(")
    {
        // `await Promise.all(urls.map(url => ` -> `fetch(url)))`.
        let parameter = rest
            .rsplit(['(', ' '])
            .next()
            .unwrap_or("")
            .trim_end_matches(')');
        if identifier(parameter) && parameter.to_ascii_lowercase().ends_with("url") {
            let closers = open_parentheses(typed).unwrap_or_default();
            out.push(Suggestion::construct(
                format!("fetch({parameter}){closers}{}", terminator(context)),
                0.8,
            ));
        }
    }
}

fn rust(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if typed.ends_with(".join().") || typed.ends_with(".recv().") {
        if typed.starts_with("let ") || !typed.contains(' ') {
            out.push(Suggestion::member("unwrap();", 0.88));
        }
    } else if typed.ends_with(".lock().") {
        if typed.starts_with("let ") {
            out.push(Suggestion::member("unwrap();", 0.88));
        }
    } else if typed.starts_with("let (") && typed.ends_with(" = mpsc::") {
        out.push(Suggestion::member("channel();", 0.9));
    } else if typed.ends_with("Arc::clone(") {
        // The one shared value the code made: `let counter = Arc::new(...)`.
        let mut shared = context.code_before_line().lines().filter_map(|line| {
            let (left, right) = line.trim().split_once(" = ")?;
            let name = left.strip_prefix("let ")?.trim_start_matches("mut ");
            (right.starts_with("Arc::new(") && identifier(name)).then_some(name)
        });
        if let (Some(name), None) = (shared.next(), shared.next()) {
            out.push(Suggestion::construct(
                format!("&{name}){}", terminator(context)),
                0.88,
            ));
        }
    } else if typed.ends_with("thread::spawn(") {
        out.push(Suggestion::construct("move || {", 0.78));
    } else if typed == "type Output = " {
        let implemented = lines_above(context)
            .find(|line| line.starts_with("impl "))
            .and_then(|line| line.strip_suffix(" {"))
            .and_then(|line| line.rsplit_once(" for "))
            .map(|(_, name)| name.trim());
        if let Some(name) = implemented.filter(|name| identifier(name)) {
            out.push(Suggestion::construct(format!("{name};"), 0.88));
        }
    } else if typed.is_empty() {
        rust_statement(context, out);
    }
}

/// A blank line in Rust: an operator's new value, or the change through a lock taken on the line above.
fn rust_statement(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(previous) = context.previous_code_line().map(str::trim) else {
        return;
    };
    // `let mut num = counter.lock().unwrap();` on a `Mutex::new(0)` -> `*num += 1;`.
    if let Some(name) = previous
        .strip_prefix("let mut ")
        .and_then(|rest| rest.strip_suffix(".lock().unwrap();"))
        .and_then(|rest| rest.split_once(" = "))
        .map(|(name, _)| name)
    {
        if identifier(name) && context.code.contains("Mutex::new(0)") {
            out.push(Suggestion::construct(format!("*{name} += 1;"), 0.88));
        }
        return;
    }
    // `fn add(self, other: Point) -> Point {` -> `Point { x: self.x + other.x, y: self.y + other.y }`.
    let Some(rest) = previous
        .strip_prefix("fn add(self, ")
        .map(|rest| (rest, "+"))
        .or_else(|| {
            previous
                .strip_prefix("fn sub(self, ")
                .map(|rest| (rest, "-"))
        })
    else {
        return;
    };
    let (rest, operator) = rest;
    let Some((other, _)) = rest.split_once(':') else {
        return;
    };
    let Some(output) = rest
        .rsplit_once("-> ")
        .and_then(|(_, output)| output.strip_suffix(" {"))
    else {
        return;
    };
    let Some(fields) = super::rust::implemented_struct_fields(context) else {
        return;
    };
    if !identifier(other) || fields.is_empty() || fields.len() > 3 {
        return;
    }
    let output = if output == "Self" { "Self" } else { output };
    if !identifier(output) {
        return;
    }
    let sums: Vec<String> = fields
        .iter()
        .map(|(field, _)| format!("{field}: self.{field} {operator} {other}.{field}"))
        .collect();
    out.push(Suggestion::construct(
        format!("{output} {{ {} }}", sums.join(", ")),
        0.85,
    ));
}

fn go(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let sorts = typed.starts_with("sort.Slice(") || typed.starts_with("sort.SliceStable(");
    if sorts && typed.ends_with(", func(") {
        out.push(Suggestion::construct("i, j int) bool {", 0.88));
    } else if sorts && typed.ends_with(", func(i, j int) ") {
        // A less function's parameters written by hand: what it returns is still fixed.
        out.push(Suggestion::construct("bool {", 0.88));
    } else if typed.is_empty() {
        // `wg.Add(1)` then `go func(...) {` -> `defer wg.Done()` first in the goroutine.
        let mut lines = lines_above(context);
        let (Some(header), Some(added)) = (lines.next(), lines.next()) else {
            return;
        };
        let group = added
            .strip_suffix(".Add(1)")
            .filter(|name| identifier(name));
        if let Some(group) = group
            && header.starts_with("go func(")
            && header.ends_with('{')
        {
            out.push(Suggestion::construct(format!("defer {group}.Done()"), 0.88));
        }
    } else if typed == "}(" {
        // The goroutine's one parameter gets the loop's variable: `for i := 0; ...` -> `}(i)`.
        let mut header = None;
        let mut loop_variable = None;
        for line in lines_above(context) {
            if header.is_none() {
                if line.starts_with("go func(") {
                    header = Some(line);
                }
                continue;
            }
            if let Some(rest) = line.strip_prefix("for ") {
                loop_variable = rest
                    .split_once(" := ")
                    .map(|(left, _)| left.rsplit(", ").next().unwrap_or(left).trim());
                break;
            }
        }
        let single_parameter = header
            .and_then(|line| line.strip_prefix("go func("))
            .and_then(|rest| rest.split_once(')'))
            .is_some_and(|(parameters, _)| !parameters.is_empty() && !parameters.contains(','));
        if let Some(variable) = loop_variable.filter(|name| identifier(name) && *name != "_")
            && single_parameter
        {
            out.push(Suggestion::construct(format!("{variable})"), 0.8));
        }
    }
}

fn java(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let streamed_into_list = typed.starts_with("List<") && typed.contains(".stream().");
    if !context.prefix.is_empty() && !streamed_into_list {
        return;
    }
    if typed.ends_with("new Thread(") {
        out.push(Suggestion::construct("() -> {", 0.8));
    } else if typed.ends_with(" = Executors.") && typed.starts_with("ExecutorService ") {
        out.push(Suggestion::member("newFixedThreadPool(", 0.88));
    } else if typed.starts_with("List<") && typed.contains(".stream().") {
        // A stream declared into a `List` and already filtered or mapped ends collected into it, `coll` typed or
        // not.
        let typed = context.before_prefix().trim_start();
        let last_call = typed
            .trim_end_matches(['.', '('])
            .rsplit('.')
            .next()
            .unwrap_or("");
        let filtered = ["filter(", "map(", "sorted("]
            .iter()
            .any(|call| last_call.starts_with(call));
        if typed.ends_with(").")
            && filtered
            && let Some(rest) = "collect(Collectors.toList());".strip_prefix(context.prefix)
        {
            // Above the stream's bare `collect()`: the declared `List` says which collector.
            out.push(Suggestion::member(rest, 0.9));
        } else if typed.ends_with(".collect(") && context.prefix.is_empty() {
            out.push(Suggestion::construct("Collectors.toList());", 0.88));
        }
    }
}

fn cpp(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if let Some(receiver) = typed.strip_suffix('.') {
        // A `std::thread` declared above, or the element of a loop over a vector of them -> `join();`.
        if !identifier(receiver) {
            return;
        }
        let declared = format!("std::thread {receiver}(");
        let threads = lines_above(context).any(|line| {
            line.starts_with(&declared)
                || (line.starts_with("for (auto")
                    && line.contains(&format!("{receiver} : threads")))
        });
        if threads {
            out.push(Suggestion::member("join();", 0.88));
        }
    } else if typed.contains("std::sort(") && typed.ends_with("{ return ") {
        // `[](int a, int b) { return ` -> `a < b; });`: the ascending order.
        let Some(parameters) = typed
            .rsplit_once("](")
            .and_then(|(_, rest)| rest.split_once(')'))
            .map(|(parameters, _)| parameters)
        else {
            return;
        };
        let names: Vec<&str> = parameters
            .split(',')
            .filter_map(|parameter| parameter.trim().rsplit([' ', '&']).next())
            .collect();
        // Numbers compare with `<`; a class may not define it.
        let numbers = parameters.split(',').all(|parameter| {
            ["int ", "double ", "float ", "long ", "char "]
                .iter()
                .any(|kind| parameter.trim().starts_with(kind))
        });
        if let [first, second] = names[..]
            && numbers
            && identifier(first)
            && identifier(second)
        {
            out.push(Suggestion::construct(
                format!("{first} < {second}; }});"),
                0.8,
            ));
        }
    } else if typed.ends_with("lock_guard<std::mutex> lock(") {
        let mut mutexes = context.code_before_line().lines().filter_map(|line| {
            let name = line.trim().strip_prefix("std::mutex ")?.strip_suffix(';')?;
            identifier(name).then_some(name)
        });
        if let (Some(name), None) = (mutexes.next(), mutexes.next()) {
            out.push(Suggestion::construct(format!("{name});"), 0.88));
        }
    } else if let Some(before) = typed.strip_suffix(") : ") {
        // `Dog(std::string name) : ` in `class Dog : public Animal` -> `Animal(name) {}`.
        let Some((constructor, parameters)) = before.split_once('(') else {
            return;
        };
        let base = lines_above(context)
            .find_map(|line| line.strip_prefix(&format!("class {constructor} : public ")))
            .map(|rest| rest.trim_end_matches('{').trim())
            // Only a base the code shows taking an argument (`Animal(std::string name)`), not an abstract shape.
            .filter(|base| {
                context.code_before_line().lines().any(|line| {
                    line.trim()
                        .strip_prefix(base)
                        .is_some_and(|rest| rest.starts_with('(') && !rest.starts_with("()"))
                })
            });
        let parameter = parameters
            .rsplit([' ', '&', '*'])
            .next()
            .filter(|name| identifier(name) && !parameters.contains(','));
        if let (Some(base), Some(parameter)) = (base.filter(|base| identifier(base)), parameter) {
            out.push(Suggestion::construct(
                format!("{base}({parameter}) {{}}"),
                0.8,
            ));
        }
    }
}

fn c(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if typed == "return " {
        // `int compare(const void *a, const void *b) {` -> `*(int *)a - *(int *)b;`.
        let Some(header) = context.previous_code_line().map(str::trim) else {
            return;
        };
        let Some(parameters) = header
            .split_once("(const void *")
            .and_then(|(_, rest)| rest.split_once(", const void *"))
            .and_then(|(first, rest)| Some((first, rest.strip_suffix(") {")?)))
        else {
            return;
        };
        let (first, second) = parameters;
        if header.starts_with("int ") && identifier(first) && identifier(second) {
            out.push(Suggestion::construct(
                format!("*(int *){first} - *(int *){second};"),
                0.8,
            ));
        }
    } else if typed.starts_with("qsort(") && typed.ends_with("), ") {
        // The comparison function the file defines.
        let mut comparisons = context.code_before_line().lines().filter_map(|line| {
            let rest = line.strip_prefix("int ")?;
            let (name, parameters) = rest.split_once('(')?;
            (parameters.starts_with("const void *") && identifier(name)).then_some(name)
        });
        if let (Some(name), None) = (comparisons.next(), comparisons.next()) {
            out.push(Suggestion::construct(format!("{name});"), 0.88));
        }
    }
}
