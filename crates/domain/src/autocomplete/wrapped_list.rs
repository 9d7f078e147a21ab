//! The textbook stack and queue: a class (a Go struct) that wraps one list, whose methods' names make their
//! bodies obvious. In `push(item)` (or `add`, `enqueue`, `append`, `put`) the item is appended; `pop` takes the
//! last one, `dequeue` (or `poll`) the first, `peek` (or `top`) reads the last, `is_empty` and `size` (or `len`,
//! `__len__`) measure the list. Python, JavaScript/TypeScript, Java, Go and C++ (a `std::vector`, `deque`,
//! `stack` or `queue` member: `return ` -> `data.empty();` in `empty()`, `data.back();` in `top()`, and a pop
//! only in a method returning `void`); Rust's struct is read in its own module with the other bodies its fields
//! make obvious.
//!
//! Offered on the method's first line (the whole statement, `return` included), after `return ` and while the
//! statement is typed up to a member operator, only when the list is the class's one field: with others, the
//! class is more than a stack and its methods do more. Once the list is named through `self` or `this`
//! (`self.items.` in `push(self, item)`), its call is offered whatever else the class holds. A registering
//! method appends its one parameter to the list named its plural (`addListener(listener)`: `listeners.` ->
//! `add(listener);`, `subscribe(listener)`: `this.listeners.` -> `push(listener);`).

use super::Suggestion;
use super::cursor::Context;
use super::language::Language;
use super::statements::{enclosing_function, uses_semicolons};

/// What a method does with the list, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Operation<'a> {
    /// Appends its one parameter.
    Push(&'a str),
    /// Removes and returns the last item.
    Pop,
    /// Removes and returns the first item.
    Dequeue,
    /// Returns the last item.
    Peek,
    /// Whether the list is empty.
    IsEmpty,
    /// The number of items.
    Size,
}

impl<'a> Operation<'a> {
    /// The operation a method's name and parameters say, if any.
    fn of_method(name: &str, parameters: &[&'a str]) -> Option<Self> {
        let name = super::lexer::folded_name(name);
        let operation = match (name.as_str(), parameters) {
            ("push" | "add" | "enqueue" | "append" | "put", [item]) => Self::Push(item),
            ("pop", []) => Self::Pop,
            ("dequeue" | "poll", []) => Self::Dequeue,
            ("peek" | "top", []) => Self::Peek,
            ("isempty" | "empty", []) => Self::IsEmpty,
            ("size" | "len", []) => Self::Size,
            _ => return None,
        };
        Some(operation)
    }
}

/// The parameter a method appends to `field`: a stack's `push(item)`, or a registering method's one parameter
/// that the list is the plural of (`addListener(listener)` or `subscribe(listener)` on `listeners`,
/// `addUser(user)` on `users`).
fn appended_parameter<'a>(name: &str, parameters: &[&'a str], field: &str) -> Option<&'a str> {
    if let Some(Operation::Push(item)) = Operation::of_method(name, parameters) {
        return Some(item);
    }
    let [item] = parameters else {
        return None;
    };
    let plural = is_plural_of(field, item);
    let registers = ["add", "subscribe", "register", "attach"]
        .iter()
        .any(|verb| name.starts_with(verb));
    (plural && registers).then_some(*item)
}

/// A C++ class around one `std::vector` (a member its methods `push_back` to, or one declared a vector): `return
/// items.` -> `size();` in `count()`, `empty();` in `empty()` or `isEmpty()`, `back();` in `top()` or `peek()`;
/// `items.` -> `clear();` in `clear()`, `push_back(item);` in `push(item)`; a returning `pop()`'s `int top = items.`
/// -> `back();`, then `items.` -> `pop_back();`.
fn cpp_vector_delegate(
    context: &Context<'_>,
    access: &super::cursor::MemberAccess<'_>,
    out: &mut Vec<Suggestion>,
) -> bool {
    let field = access.receiver;
    if !context.prefix.is_empty() || !super::lexer::is_plain_name(field) {
        return false;
    }
    let Some(before) = context.before_receiver(access).map(str::trim) else {
        return false;
    };
    let Some(function) = enclosing_function(context) else {
        return false;
    };
    // The method's name without its class (`Stack::top` is `top`).
    let name = function.name.rsplit("::").next().unwrap_or(function.name);
    let parameters: Vec<&str> = function.parameters.iter().map(|p| p.name).collect();
    let vector = context.code.contains(&format!("{field}.push_back("))
        || super::statements::declaration_of(context, field)
            .is_some_and(|declaration| declaration.contains("vector<"));
    if !vector {
        return false;
    }
    let lowered = name.to_ascii_lowercase();
    let call = match (before, lowered.as_str(), parameters.as_slice()) {
        ("return", "size" | "count" | "length" | "len", []) => "size();".to_owned(),
        ("return", "empty" | "isempty" | "is_empty", []) => "empty();".to_owned(),
        ("return", "top" | "peek" | "back" | "last", []) => "back();".to_owned(),
        // A pop that returns the item reads it first (`int top = items.back();`), then drops it.
        (declared, "pop", []) if declared.ends_with(" =") && declared.contains(' ') => {
            "back();".to_owned()
        }
        ("", "pop", [])
            if context
                .code_lines_above()
                .next()
                .is_some_and(|line| line.ends_with(&format!(" = {field}.back();"))) =>
        {
            "pop_back();".to_owned()
        }
        ("", "clear" | "reset", []) => "clear();".to_owned(),
        ("", "push" | "add" | "append", [item]) => format!("push_back({item});"),
        _ => return false,
    };
    out.push(Suggestion::member(call, 0.9));
    true
}

/// Whether a list's name is the plural of an item's (`users` of `user`, `entries` of `entry`).
fn is_plural_of(list: &str, item: &str) -> bool {
    list == format!("{item}s")
        || list == format!("{item}es")
        || item
            .strip_suffix('y')
            .is_some_and(|stem| list == format!("{stem}ies"))
}

/// Appends the method's statement, or what is left of it to type.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    if context.member.is_some() && delegate(context, out) {
        return;
    }
    if context.member.is_none() && pushed_item(context, out) {
        return;
    }
    if !context.prefix.is_empty() {
        return;
    }
    if matches!(context.profile.language, Language::Cpp | Language::Java) {
        one_line_method(context, out);
    }
    // The method's first line: its header is the code line above.
    let after_header = context
        .previous_code_line()
        .is_some_and(|line| line.trim_end().ends_with([':', '{']));
    if !after_header {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let parameters: Vec<&str> = function.parameters.iter().map(|p| p.name).collect();
    let Some(operation) = Operation::of_method(function.name, &parameters) else {
        return;
    };
    let language = context.profile.language;
    let list = match language {
        Language::Python => only_field(context, |line| {
            let (target, value) = line.split_once(" = ")?;
            // `self._items: list[int] = []`: the annotation is no part of the name.
            let name = target.strip_prefix("self.")?;
            let name = name
                .split_once(':')
                .map_or(name, |(name, _)| name)
                .trim_end();
            Some(
                matches!(value.trim(), "[]" | "list()" | "deque()").then(|| format!("self.{name}")),
            )
        }),
        Language::JavaScript | Language::TypeScript => only_field(context, script_field),
        Language::Java => only_field(context, java_field),
        Language::Go => go_receiver_list(context),
        Language::Cpp => {
            let Some((list, container)) = only_field(context, cpp_field) else {
                return;
            };
            // A pop that gives its element back reads it first: two statements, left to the programmer.
            let returns_nothing = context
                .previous_code_line()
                .is_some_and(|header| header.trim_start().starts_with("void "));
            let rendered = render_cpp(container, operation, &list, returns_nothing);
            offer_statement(context.line_before.trim_start(), rendered, ";", out);
            return;
        }
        _ => None,
    };
    let Some(list) = list else {
        return;
    };
    let terminator = match language {
        Language::Java => ";",
        Language::JavaScript | Language::TypeScript if uses_semicolons(context) => ";",
        _ => "",
    };
    // A `deque` takes from its left end (`deque.pop()` takes no index).
    let is_deque =
        language == Language::Python && context.code.contains(&format!("{list} = deque("));
    let rendered = render(language, operation, &list).map(|(statement, returned)| {
        if is_deque {
            (statement.replace(".pop(0)", ".popleft()"), returned)
        } else {
            (statement, returned)
        }
    });
    offer_statement(context.line_before.trim_start(), rendered, terminator, out);
}

/// A one-line method of a C++ or Java class around one list (`void pop() { data.`, `int top() { return data.`):
/// its header and its statement on the cursor's line, the statement then the method's closing brace.
fn one_line_method(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let language = context.profile.language;
    let Some((header, statement)) = context.line_before.trim_start().split_once('{') else {
        return;
    };
    let header = header.trim_end();
    let header = header.strip_suffix(" const").unwrap_or(header);
    let Some((declared, parameters)) = header
        .strip_suffix(')')
        .and_then(|header| header.split_once('('))
    else {
        return;
    };
    let Some((result, name)) = declared.trim_end().rsplit_once(' ') else {
        return;
    };
    let parameters: Vec<&str> = parameters
        .split(',')
        .filter_map(|parameter| {
            let name = parameter.trim().rsplit([' ', '*', '&']).next()?;
            super::lexer::is_plain_name(name).then_some(name)
        })
        .collect();
    if !super::lexer::is_plain_name(name) || statement.contains('}') {
        return;
    }
    let Some(operation) = Operation::of_method(name, &parameters) else {
        return;
    };
    let returns_nothing = result.split_whitespace().last() == Some("void");
    let rendered = match language {
        Language::Cpp => {
            let Some((list, container)) = only_field(context, cpp_field) else {
                return;
            };
            render_cpp(container, operation, &list, returns_nothing)
        }
        Language::Java => {
            let Some(list) = only_field(context, java_field) else {
                return;
            };
            render(language, operation, &list)
        }
        _ => return,
    };
    offer_statement(statement.trim_start(), rendered, "; }", out);
}

/// Offers what is left to type of the method's statement (`return ` added when its value is returned).
fn offer_statement(
    typed: &str,
    rendered: Option<(String, bool)>,
    terminator: &str,
    out: &mut Vec<Suggestion>,
) {
    let Some((statement, returns)) = rendered else {
        return;
    };
    let whole = if returns {
        format!("return {statement}{terminator}")
    } else {
        format!("{statement}{terminator}")
    };
    // Only at a boundary: the blank line, after `return `, or after a member operator (`return items.` in Java).
    let at_boundary = typed.is_empty() || typed.ends_with(['.', ' ']);
    if at_boundary
        && let Some(rest) = whole.strip_prefix(typed)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest.to_owned(), 0.9));
    }
}

/// `self.items.` (`this.items.`) starting a stack's `push(item)` or `pop()`, or after its `return` -> the list's
/// own call with the method's parameter: `append(item)` in Python, `push(item);` in Rust and JavaScript, `pop()`,
/// a queue's `pop(0)` or `shift()`. Whichever list the method names, whatever else the class holds.
fn delegate(context: &Context<'_>, out: &mut Vec<Suggestion>) -> bool {
    let language = context.profile.language;
    let Some(access) = context.dot_member() else {
        return false;
    };
    let owner = match language {
        Language::Python | Language::Rust => "self.",
        Language::JavaScript | Language::TypeScript => "this.",
        Language::Java => "",
        Language::Cpp => return cpp_vector_delegate(context, &access, out),
        _ => return false,
    };
    // Java names its fields with `this.` or without.
    let field = if language == Language::Java {
        access
            .receiver
            .strip_prefix("this.")
            .unwrap_or(access.receiver)
    } else {
        access.receiver.strip_prefix(owner).unwrap_or("")
    };
    if field.is_empty() || !field.chars().all(super::lexer::is_identifier_char) {
        return false;
    }
    let Some(before) = context.before_receiver(&access).map(str::trim) else {
        return false;
    };
    if !before.is_empty() && before != "return" {
        return false;
    }
    let Some(function) = enclosing_function(context) else {
        return false;
    };
    let parameters: Vec<&str> = function.parameters.iter().map(|p| p.name).collect();
    let operation = match appended_parameter(function.name, &parameters, field) {
        Some(item) => Operation::Push(item),
        None => match Operation::of_method(function.name, &parameters) {
            Some(operation) => operation,
            None => return false,
        },
    };
    let call = match (language, operation) {
        // A Java field is only completed for a registering method: a stack's own bodies are `complete`'s.
        // Only a list named for what it holds: a `put(float x)` may hand its value to anything.
        (Language::Java, Operation::Push(item))
            if before.is_empty() && is_plural_of(field, item) =>
        {
            format!("add({item});")
        }
        (Language::Java, _) => return false,
        (Language::Python, Operation::Push(item)) => format!("append({item})"),
        // A `deque` takes from its left end; `deque.pop()` takes no index.
        (Language::Python, Operation::Dequeue)
            if context.code.contains(&format!("self.{field} = deque(")) =>
        {
            "popleft()".to_owned()
        }
        (Language::Python, Operation::Dequeue) => "pop(0)".to_owned(),
        (Language::Rust, Operation::Push(item)) => format!("push({item});"),
        (Language::Rust, Operation::Pop) | (Language::Python, Operation::Pop) => "pop()".to_owned(),
        // `add(user)` may add to a `Set`, which has its own `add`: only an array is pushed to.
        (Language::JavaScript | Language::TypeScript, Operation::Push(_))
            if function.name == "add" && !declared_as_array(context.code, field) =>
        {
            return false;
        }
        (Language::JavaScript | Language::TypeScript, operation) => {
            let terminator = if uses_semicolons(context) { ";" } else { "" };
            let call = match operation {
                Operation::Push(item) => format!("push({item})"),
                Operation::Pop => "pop()".to_owned(),
                Operation::Dequeue => "shift()".to_owned(),
                _ => return false,
            };
            format!("{call}{terminator}")
        }
        _ => return false,
    };
    match call.strip_prefix(context.prefix) {
        Some(rest) if !rest.is_empty() => {
            out.push(Suggestion::member(rest, 0.9));
            true
        }
        _ => false,
    }
}

/// `this.items.push(` (`self.items.append(`) in a stack's `push(item)` -> `item)`: the call the method delegates
/// to, typed as far as its argument, takes the method's one parameter.
fn pushed_item(context: &Context<'_>, out: &mut Vec<Suggestion>) -> bool {
    let typed = context.before_prefix().trim_start();
    let (owner, call) = match context.profile.language {
        Language::Python => ("self.", ".append("),
        Language::JavaScript | Language::TypeScript => ("this.", ".push("),
        Language::Java => ("", ".add("),
        _ => return false,
    };
    let Some(field) = typed.strip_suffix(call).and_then(|receiver| {
        if owner.is_empty() {
            Some(receiver.strip_prefix("this.").unwrap_or(receiver))
        } else {
            receiver.strip_prefix(owner)
        }
    }) else {
        return false;
    };
    if field.is_empty() || !field.chars().all(super::lexer::is_identifier_char) {
        return false;
    }
    let Some(function) = enclosing_function(context) else {
        return false;
    };
    let parameters: Vec<&str> = function.parameters.iter().map(|p| p.name).collect();
    let Some(item) = appended_parameter(function.name, &parameters, field) else {
        return false;
    };
    let terminator = match context.profile.language {
        Language::JavaScript | Language::TypeScript if uses_semicolons(context) => ";",
        Language::Java => ";",
        _ => "",
    };
    match item.strip_prefix(context.prefix) {
        Some(rest) => {
            out.push(Suggestion::construct(format!("{rest}){terminator}"), 0.9));
            true
        }
        None => false,
    }
}

/// Whether a JavaScript or TypeScript class declares `field` as an array: `private users: User[] = [];`,
/// `users = [];` or `this.users = [];`.
fn declared_as_array(code: &str, field: &str) -> bool {
    code.lines().any(|line| {
        let line = line.trim();
        let line = line.strip_prefix("this.").unwrap_or(line);
        let declared = ["private ", "public ", "protected ", "readonly "]
            .iter()
            .fold(line, |line, modifier| {
                line.strip_prefix(modifier).unwrap_or(line)
            });
        declared.strip_prefix(field).is_some_and(|rest| {
            let value = rest.rsplit_once('=').map_or("", |(_, value)| value.trim());
            let typed_array = rest.starts_with(':') && rest.contains("[]");
            rest.starts_with([':', ' ', '='])
                && (matches!(value, "[];" | "[]") || (typed_array && value.starts_with('[')))
        })
    })
}

/// The statement for `operation` on `list` in `language`, and whether its value is returned.
fn render(language: Language, operation: Operation<'_>, list: &str) -> Option<(String, bool)> {
    let rendered = match (language, operation) {
        (Language::Python, Operation::Push(item)) => (format!("{list}.append({item})"), false),
        (Language::Python, Operation::Pop) => (format!("{list}.pop()"), true),
        (Language::Python, Operation::Dequeue) => (format!("{list}.pop(0)"), true),
        (Language::Python, Operation::Peek) => (format!("{list}[-1]"), true),
        (Language::Python, Operation::IsEmpty) => (format!("len({list}) == 0"), true),
        (Language::Python, Operation::Size) => (format!("len({list})"), true),
        (Language::Java, Operation::Push(item)) => (format!("{list}.add({item})"), false),
        (Language::Java, Operation::Pop) => (format!("{list}.remove({list}.size() - 1)"), true),
        (Language::Java, Operation::Dequeue) => (format!("{list}.remove(0)"), true),
        (Language::Java, Operation::Peek) => (format!("{list}.get({list}.size() - 1)"), true),
        (Language::Java, Operation::IsEmpty) => (format!("{list}.isEmpty()"), true),
        (Language::Java, Operation::Size) => (format!("{list}.size()"), true),
        // A Go pop reads and shortens the slice: several lines, left to the programmer.
        (Language::Go, Operation::Push(item)) => {
            (format!("{list} = append({list}, {item})"), false)
        }
        (Language::Go, Operation::Peek) => (format!("{list}[len({list})-1]"), true),
        (Language::Go, Operation::IsEmpty) => (format!("len({list}) == 0"), true),
        (Language::Go, Operation::Size) => (format!("len({list})"), true),
        (Language::Go, _) => return None,
        (_, Operation::Push(item)) => (format!("{list}.push({item})"), false),
        (_, Operation::Pop) => (format!("{list}.pop()"), true),
        (_, Operation::Dequeue) => (format!("{list}.shift()"), true),
        (_, Operation::Peek) => (format!("{list}[{list}.length - 1]"), true),
        (_, Operation::IsEmpty) => (format!("{list}.length === 0"), true),
        (_, Operation::Size) => (format!("{list}.length"), true),
    };
    Some(rendered)
}

/// The list field of the class around the cursor when it is the class's only field, read from the lines after
/// the last `class ` above the cursor; `field` says whether a line declares a field (`None`: not a field) and,
/// for a list, how it is reached (`Some(None)`: a field of another type).
fn only_field<T>(context: &Context<'_>, field: impl Fn(&str) -> Option<Option<T>>) -> Option<T> {
    let before_line = context.code_before_line();
    let class_start = before_line.rfind("class ")?;
    let mut fields = before_line
        .get(class_start..)?
        .lines()
        .filter_map(|line| field(line.trim()));
    let first = fields.next()??;
    fields.next().is_none().then_some(first)
}

/// A JavaScript or TypeScript field: assigned in the constructor (`this.items = [];`) or declared in the class
/// body (`items = [];`, `private items: T[] = [];`, `#items = [];`). A list is reached as `this.items`. Other
/// statements are not fields, nor is a local's assignment (`total = 0;` holds no modifier, type or `this.`, and
/// only a list declared that way counts).
fn script_field(line: &str) -> Option<Option<String>> {
    let (target, value) = line.split_once(" = ")?;
    let value = value.trim().trim_end_matches(';');
    let list = matches!(value, "[]" | "new Array()");
    if let Some(name) = target.strip_prefix("this.") {
        return Some(list.then(|| format!("this.{name}")));
    }
    let declared = ["private ", "public ", "protected ", "readonly "]
        .iter()
        .fold(target, |target, modifier| {
            target.strip_prefix(modifier).unwrap_or(target)
        });
    let modified = declared.len() < target.len();
    let (name, type_text) = declared
        .split_once(':')
        .map_or((declared, None), |(name, type_text)| {
            (name, Some(type_text.trim()))
        });
    let name = name.trim().trim_end_matches('?');
    let bare = name.strip_prefix('#').unwrap_or(name);
    if bare.is_empty() || !bare.chars().all(super::lexer::is_identifier_char) {
        return None;
    }
    // Only a declaration that says it is one: a modifier, a type or a private name. A bare `items = [];` in a
    // class body is a field too, but in a method it is a local's assignment: it counts as a list only.
    let says_field = modified || type_text.is_some() || name.starts_with('#');
    if !says_field && !list {
        return None;
    }
    Some(list.then(|| format!("this.{name}")))
}

/// A Java field: `private List<Integer> items = new ArrayList<>();` (a list, reached by its name), `private int
/// count;` (another type). Methods and statements are not fields.
fn java_field(line: &str) -> Option<Option<String>> {
    if !line.ends_with(';') || line.contains('(') && !line.contains(" = new ") {
        return None;
    }
    let mut words = line
        .split_whitespace()
        .skip_while(|word| matches!(*word, "private" | "protected" | "public" | "final"));
    let type_text = words.next()?;
    let name = words.next()?.trim_end_matches(';');
    if !matches!(words.next(), None | Some("="))
        || name.is_empty()
        || !name.chars().all(super::lexer::is_identifier_char)
        || matches!(type_text, "return" | "throw")
    {
        return None;
    }
    let list = ["List<", "ArrayList<", "LinkedList<"]
        .iter()
        .any(|list| type_text.starts_with(list));
    Some(list.then(|| name.to_owned()))
}

/// The standard container a C++ class wraps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CppContainer {
    /// `std::vector` or `std::deque`: pushed and popped at the back.
    Sequence,
    /// `std::stack` or `std::priority_queue`: only its top is seen.
    Stack,
    /// `std::queue`: pushed at the back, read at the front.
    Queue,
}

/// A C++ class member: `std::vector<int> data;` (a container, with its kind), `int size_ = 0;` (another type).
/// Methods, access specifiers and statements (`data.push_back(x);`, `count++;`, `x = y;`) are not members.
fn cpp_field(line: &str) -> Option<Option<(String, CppContainer)>> {
    let declaration = line.strip_suffix(';')?;
    if declaration.contains(['(', '{', '}']) {
        return None;
    }
    let declaration = declaration
        .split_once(" = ")
        .map_or(declaration, |(declared, _)| declared)
        .trim();
    let (type_text, name) = declaration.rsplit_once(' ')?;
    let name = name.trim_start_matches(['*', '&']);
    let first_word = type_text.split_whitespace().next().unwrap_or("");
    if !super::lexer::is_plain_name(name)
        || matches!(
            first_word,
            "return" | "delete" | "throw" | "using" | "typedef" | "friend" | "goto" | "co_return"
        )
    {
        return None;
    }
    let type_text = type_text
        .trim_start_matches("mutable ")
        .trim_start_matches("std::");
    let container = if type_text.starts_with("vector<") || type_text.starts_with("deque<") {
        CppContainer::Sequence
    } else if type_text.starts_with("stack<") || type_text.starts_with("priority_queue<") {
        CppContainer::Stack
    } else if type_text.starts_with("queue<") {
        CppContainer::Queue
    } else {
        return Some(None);
    };
    Some(Some((name.to_owned(), container)))
}

/// The statement a C++ method runs on its class's one container, and whether its value is returned: the method
/// is named like the container's own (`empty()`, `size()`, `top()`), or like a stack's (`peek()` reads a
/// vector's `back()`). A pop only in a method returning nothing.
fn render_cpp(
    container: CppContainer,
    operation: Operation<'_>,
    list: &str,
    returns_nothing: bool,
) -> Option<(String, bool)> {
    let rendered = match (container, operation) {
        (_, Operation::IsEmpty) => (format!("{list}.empty()"), true),
        (_, Operation::Size) => (format!("{list}.size()"), true),
        (CppContainer::Sequence, Operation::Peek) => (format!("{list}.back()"), true),
        (CppContainer::Stack, Operation::Peek) => (format!("{list}.top()"), true),
        (CppContainer::Queue, Operation::Peek) => (format!("{list}.front()"), true),
        (CppContainer::Sequence, Operation::Push(item)) => {
            (format!("{list}.push_back({item})"), false)
        }
        (_, Operation::Push(item)) => (format!("{list}.push({item})"), false),
        (CppContainer::Sequence, Operation::Pop) if returns_nothing => {
            (format!("{list}.pop_back()"), false)
        }
        (CppContainer::Stack | CppContainer::Queue, Operation::Pop)
        | (CppContainer::Queue, Operation::Dequeue)
            if returns_nothing =>
        {
            (format!("{list}.pop()"), false)
        }
        _ => return None,
    };
    Some(rendered)
}

/// The slice that is the only field of a Go method's receiver type, reached through the receiver: `s.items` in `func (s
/// *Stack) Push(item int) {` for `type Stack struct { items []int }`.
fn go_receiver_list(context: &Context<'_>) -> Option<String> {
    let (name, fields) = super::go::receiver_struct_fields(context)?;
    let [(field, type_text)] = fields.as_slice() else {
        return None;
    };
    type_text
        .starts_with("[]")
        .then(|| format!("{name}.{field}"))
}
