//! JavaScript and TypeScript of real projects, past the exercises of `javascript_everyday`: where an Express or
//! Koa middleware, a React component, a Node script or a typed API client leaves one text to write. A module's
//! name half typed in its `require("` (the names bound or destructured show which), a middleware's `next();` once
//! it has done its work (`next(err);` in its `catch`), a hook's dependency list (the one outer name its callback
//! reads), a state setter's callback (`!prev`, `c + 1`) and argument, the item a function given an id keeps or
//! finds (`todo.id !== id`), `process.exit(1)` after an error is printed,
//! `-1` against what `indexOf` returned, a JSON request's `Content-Type`, a child process's `"data"` event, a
//! stored key read back, a string enum's next value in the spelling of the ones before, the error setter a
//! `.catch(` hands its error to, the type a parsed response is cast to, a utility type's one interface, a type
//! guard's `undefined`, a generic wrapper's payload `T`, a counter method's `++`, a callback's bare `return;`
//! after logging its error, a static factory's own class, the global class a `new` begins (`new AbortCon` ->
//! `troller()`), a text file's encoding begun (`readFile(path, 'ut` -> `f8'`) and the next name of a module's
//! export list (`module.exports = { add, subtract, ` -> `multiply`).

use super::Suggestion;
use super::cursor::Context;
use super::idioms::{open_parentheses, terminator};
use super::language::Language;
use super::lexer::{is_identifier_char, is_plain_name};
use super::statements::enclosing_function;

/// How many bytes before the cursor the rules that look back read: a component or a middleware fits in it.
const WINDOW_BYTES: usize = 4096;

/// Runs the rules of this module that apply in code.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    export_list_name(context, out);
    ref_current(context, out);
    stored_under_key(context, out);
    toggled_state(context, out);
    rendered_condition(context, out);
    nullable_field(context, out);
    middleware_next(context, out);
    hook_dependencies(context, out);
    error_setter(context, out);
    exit_code_after_error(context, out);
    index_not_found(context, out);
    fetched_type(context, out);
    type_argument(context, out);
    counter_step(context, out);
    return_after_reported_error(context, out);
    constructed_global(context, out);
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    state_from_previous(context, out);
    appended_to_state(context, out);
    matched_by_id(context, out);
    argument_of_setter(context, out);
    element_appended(context, out);
    value_of_key(context, out);
    recursive_option(context, out);
    guarded_empty_value(context, out);
    generic_payload(context, out);
    static_factory_instance(context, out);
}

/// `const isAdmin = user.role === "` -> `admin`, `const hasError = ... === "` -> `error`: a test named for one
/// value compares with that value.
fn value_named_by_test(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.before_prefix().trim_start();
    let Some((head, quote)) = typed
        .strip_suffix(" === \"")
        .map(|head| (head, '"'))
        .or_else(|| typed.strip_suffix(" === '").map(|head| (head, '\'')))
    else {
        return;
    };
    let Some(name) = ["const ", "let "]
        .iter()
        .find_map(|keyword| head.strip_prefix(keyword))
        .and_then(|rest| rest.split([' ', '=', ':']).next())
    else {
        return;
    };
    let Some(value) = ["is", "has"]
        .iter()
        .find_map(|verb| name.strip_prefix(verb))
    else {
        return;
    };
    // One word (`isAdmin`), not a phrase (`isLoggedIn`) whose value would be a guess.
    let mut letters = value.chars();
    let Some(first) = letters.next().filter(char::is_ascii_uppercase) else {
        return;
    };
    if !letters.clone().all(|c| c.is_ascii_lowercase()) {
        return;
    }
    let value: String = std::iter::once(first.to_ascii_lowercase())
        .chain(letters)
        .collect();
    let Some(rest) = value
        .strip_prefix(context.prefix)
        .filter(|rest| !rest.is_empty())
    else {
        return;
    };
    out.push(Suggestion::construct(
        format!("{rest}{}", closing_quote(context, quote)),
        0.8,
    ));
}

/// `this.count` in `increment() {` -> `++;` (`--;` in `decrement`): the method is named for its step.
fn counter_step(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.prefix.is_empty()
        || !context.at_line_end()
        || context.before_prefix().trim_start() != "this."
    {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let step = if function.name.starts_with("increment") {
        "++"
    } else if function.name.starts_with("decrement") {
        "--"
    } else {
        return;
    };
    // The field is the one being typed, whole: `this.count` in a class that declares `count`.
    let declared = window(context).lines().any(|line| {
        let line = line.trim_start();
        let line = line
            .strip_prefix("private ")
            .or_else(|| line.strip_prefix("public "))
            .unwrap_or(line);
        line.strip_prefix(context.prefix)
            .is_some_and(|rest| rest.starts_with([' ', ':', '=']))
            || line.starts_with(&format!("this.{} = ", context.prefix))
    });
    if declared {
        out.push(Suggestion::construct(
            format!("{step}{}", terminator(context)),
            0.85,
        ));
    }
}

/// `ret` in a Node callback's `if (err) {` block after `console.error(err);` -> `urn;`: the callback stops there,
/// with nothing to hand back.
fn return_after_reported_error(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.prefix.len() < 2
        || !"return".starts_with(context.prefix)
        || context.prefix == "return"
        || !context.at_line_end()
        || !context.before_prefix().trim().is_empty()
    {
        return;
    }
    let mut enclosing = context.enclosing_lines();
    let Some(error) = enclosing
        .next()
        .and_then(|line| line.strip_prefix("if ("))
        .and_then(|rest| rest.strip_suffix(") {"))
        .filter(|error| matches!(*error, "err" | "error"))
    else {
        return;
    };
    let reported = context
        .previous_code_line()
        .is_some_and(|line| line.trim_start().starts_with("console.error("));
    let callback = enclosing
        .next()
        .is_some_and(|line| line.contains(&format!("({error}, ")) && line.ends_with("=> {"));
    if reported && callback {
        let Some(rest) = "return;".strip_prefix(context.prefix) else {
            return;
        };
        out.push(Suggestion::construct(rest, 0.85));
    }
}

/// `return new ` in a class's `static` method -> `User(`: a static factory builds its own class.
fn static_factory_instance(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "return new " {
        return;
    }
    let mut enclosing = context.enclosing_lines();
    if !enclosing
        .next()
        .is_some_and(|line| line.starts_with("static ") && line.ends_with('{'))
    {
        return;
    }
    let Some(class) = enclosing
        .next()
        .map(|line| {
            line.trim_start_matches("export ")
                .trim_start_matches("default ")
        })
        .and_then(|line| line.strip_prefix("class "))
        .and_then(|rest| rest.split([' ', '{', '<']).next())
        .filter(|class| is_plain_name(class))
    else {
        return;
    };
    out.push(Suggestion::construct(format!("{class}("), 0.85));
}

/// The state a setter's callback is given (`setOpen((prev) => ` -> `!prev)`, `setCount((c) => c + ` -> `1)`), when
/// the state starts as a boolean or a number: a toggle flips it, a counter steps by one.
fn state_from_previous(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_end();
    let Some((head, body)) = typed.rsplit_once(" =>") else {
        return;
    };
    let body = body.trim();
    let Some((call, parameter)) = head.rsplit_once("((") else {
        return;
    };
    let parameter = parameter.trim_end_matches(')');
    let setter_start = super::lexer::trailing_identifier_start(call);
    let setter = &call[setter_start..];
    let is_setter = setter
        .strip_prefix("set")
        .is_some_and(|value| value.starts_with(|c: char| c.is_ascii_uppercase()));
    if !is_setter || !is_plain_name(parameter) {
        return;
    }
    let code = window(context);
    let initial = code
        .find(&format!(", {setter}] = useState("))
        .and_then(|at| code.get(at + setter.len() + ", ] = useState(".len()..))
        .and_then(|rest| rest.split(')').next())
        .unwrap_or("");
    let closers = open_parentheses(typed).unwrap_or_default();
    // Only the setter's own call is closed: an enclosing `setInterval(() => setSeconds(` still takes its delay.
    let enclosing_calls = open_parentheses(call).unwrap_or_default();
    if !enclosing_calls.is_empty() {
        if body.is_empty() && initial.parse::<i64>().is_ok() {
            out.push(Suggestion::construct(format!("{parameter} + 1)"), 0.85));
        }
        return;
    }
    let text = if body.is_empty() && context.line_before.ends_with("=> ") {
        if initial.parse::<i64>().is_ok() {
            // A number set from its previous value counts up.
            format!("{parameter} + 1")
        } else if matches!(initial, "true" | "false") {
            format!("!{parameter}")
        } else {
            return;
        }
    } else if body == format!("{parameter} +") && initial.parse::<i64>().is_ok() {
        "1".to_owned()
    } else {
        return;
    };
    out.push(Suggestion::construct(
        format!("{text}{closers}{}", terminator(context)),
        0.85,
    ));
}

/// `setTodos([...` -> `todos, input]);` when the list state starts empty (`useState([])`) and one text state
/// (`useState("")`) holds what the user typed: the new item goes at the list's end. With no such text, only the
/// list spread is offered (`todos, `).
fn appended_to_state(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(setter) = typed.strip_suffix("([...") else {
        return;
    };
    let Some(value) = super::javascript::state_of_setter(setter) else {
        return;
    };
    let code = window(context);
    let declared = format!("[{value}, {setter}] = useState");
    let Some(initial) = code
        .find(&declared)
        .and_then(|at| code.get(at + declared.len()..))
        .and_then(|rest| rest.split(')').next())
    else {
        return;
    };
    // `([]` or `<Todo[]>([]`.
    if !initial.ends_with("([]") {
        return;
    }
    let texts: Vec<&str> = code
        .match_indices("] = useState(")
        .filter_map(|(at, _)| {
            let made = code.get(at + "] = useState(".len()..)?;
            if !(made.starts_with("\"\")") || made.starts_with("'')")) {
                return None;
            }
            let declaration = code.get(..at)?;
            let (name, _) = declaration.rsplit_once('[')?.1.split_once(',')?;
            is_plain_name(name.trim()).then(|| name.trim())
        })
        .collect();
    // A statement of its own ends; a setter called inside an expression (`onClick={() => setTodos([...`) is closed
    // only.
    let end = if typed == format!("{setter}([...") {
        terminator(context)
    } else {
        ""
    };
    let text = match texts.as_slice() {
        [text] => format!("{value}, {text}]){end}"),
        _ => format!("{value}, "),
    };
    out.push(Suggestion::construct(text, 0.82));
}

/// `return todos.filter((todo) => ` in `removeTodo(id)` -> `todo.id !== id);`, and `.find((user) => ` in
/// `getUser(id)` -> `user.id === id)`: a function given an id keeps the other items, or picks the one, by it.
fn matched_by_id(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(head) = typed.strip_suffix(" => ") else {
        return;
    };
    let Some((call, item)) = head.rsplit_once('(') else {
        return;
    };
    // `.filter((todo) => ` or `.filter(todo => `.
    let (call, item) = match call.strip_suffix('(') {
        Some(call) if item.ends_with(')') => (call, item.trim_end_matches(')')),
        _ if !item.contains(')') => (call, item),
        _ => return,
    };
    let Some(method) = call.rsplit('.').next().filter(|_| call.contains('.')) else {
        return;
    };
    if !is_plain_name(item) {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let Some(id) = function
        .parameters
        .iter()
        .map(|parameter| parameter.name)
        .find(|name| *name == "id" || name.ends_with("Id"))
    else {
        return;
    };
    let name = function.name.to_ascii_lowercase();
    let removes = ["remove", "delete"]
        .iter()
        .any(|verb| name.starts_with(verb));
    let comparison = match method {
        "filter" if removes => "!==",
        "find" | "findIndex" | "some" if !removes => "===",
        _ => return,
    };
    let closers = open_parentheses(typed).unwrap_or_default();
    out.push(Suggestion::construct(
        format!(
            "{item}.id {comparison} {id}{closers}{}",
            terminator(context)
        ),
        0.86,
    ));
}

/// `.then((data) => setTodos(` -> `data)`: a callback of one parameter that hands it to a state setter hands it
/// whole.
fn argument_of_setter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before;
    let Some(head) = typed.strip_suffix('(') else {
        return;
    };
    let setter_start = super::lexer::trailing_identifier_start(head);
    let setter = &head[setter_start..];
    // The timers are no state setters: `setTimeout(` takes a callback and a delay.
    if !setter
        .strip_prefix("set")
        .is_some_and(|value| value.starts_with(|c: char| c.is_ascii_uppercase()))
        || matches!(setter, "setTimeout" | "setInterval" | "setImmediate")
    {
        return;
    }
    let Some(arrow) = head[..setter_start].trim_end().strip_suffix("=>") else {
        return;
    };
    let Some(parameter) = arrow
        .trim_end()
        .strip_suffix(')')
        .and_then(|rest| rest.rsplit_once('('))
        .map(|(_, parameter)| parameter.trim())
        .filter(|parameter| is_plain_name(parameter))
    else {
        return;
    };
    let closers = open_parentheses(typed).unwrap_or_default();
    out.push(Suggestion::construct(
        format!("{parameter}{closers}{}", terminator(context)),
        0.85,
    ));
}

/// `const addItem = (item) => setItems([...items, ` -> `item])`: what is appended to a list is the one item the
/// function is given.
fn element_appended(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before;
    let Some(head) = typed.strip_suffix(", ") else {
        return;
    };
    let Some((before, list)) = head.rsplit_once("[...") else {
        return;
    };
    if !is_plain_name(list) {
        return;
    }
    let Some(item) = super::statements::singular(list) else {
        return;
    };
    if !before.contains(&format!("({item}) => ")) && !before.contains(&format!(" {item} => ")) {
        return;
    }
    let closers = open_parentheses(typed).unwrap_or_default();
    out.push(Suggestion::construct(
        format!("{item}]{closers}{}", terminator(context)),
        0.85,
    ));
}

/// `counts[` in `Object.keys(counts).forEach((key) => {` -> `key]`: the value that goes with the key.
fn value_of_key(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(head) = context.line_before.strip_suffix('[') else {
        return;
    };
    let object_start = super::lexer::trailing_identifier_start(head);
    let object = &head[object_start..];
    if !is_plain_name(object) {
        return;
    }
    let opening = format!("Object.keys({object}).forEach((");
    let Some(key) = context.enclosing_lines().take(3).find_map(|line| {
        let rest = line.split_once(opening.as_str())?.1;
        let key = rest.split_once(')')?.0.trim();
        is_plain_name(key).then_some(key)
    }) else {
        return;
    };
    let closers = open_parentheses(context.line_before).unwrap_or_default();
    out.push(Suggestion::construct(
        format!("{key}]{closers}{}", terminator(context)),
        0.85,
    ));
}

/// `Partial<` -> `User>` (also `Readonly<`, `Required<`, `Pick<`, `Omit<`) when the file declares one interface or
/// object type, and `<T, K extends keyof ` -> `T>`: a utility type is applied to the type the file is about.
fn type_argument(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    // An editor closes `<` itself in TypeScript: `Partial<|>`.
    let after = context.line_after.trim_start();
    let closed = after.starts_with('>');
    if context.profile.language != Language::TypeScript
        || !context.prefix.is_empty()
        || !(after.is_empty() || closed)
    {
        return;
    }
    let close_angle = if closed { "" } else { ">" };
    let typed = context.line_before;
    if let Some(head) = typed.strip_suffix(" extends keyof ") {
        let Some(first) = head
            .rsplit_once('<')
            .map(|(_, parameters)| parameters.split(',').next().unwrap_or("").trim())
            .filter(|first| is_plain_name(first))
        else {
            return;
        };
        out.push(Suggestion::construct(format!("{first}{close_angle}"), 0.85));
        return;
    }
    let Some(utility) = ["Partial<", "Readonly<", "Required<", "Pick<", "Omit<"]
        .iter()
        .find(|utility| {
            typed.ends_with(**utility)
                && !typed[..typed.len() - utility.len()].ends_with(is_identifier_char)
        })
    else {
        return;
    };
    let code = window(context);
    let mut declared = code.lines().filter_map(|line| {
        let line = line.trim_start().trim_start_matches("export ");
        let name = line
            .strip_prefix("interface ")
            .and_then(|rest| rest.strip_suffix(" {"))
            .or_else(|| {
                line.strip_prefix("type ")
                    .and_then(|rest| rest.strip_suffix(" = {"))
            })?;
        is_plain_name(name).then_some(name)
    });
    let (Some(name), None) = (declared.next(), declared.next()) else {
        return;
    };
    let close = if utility.starts_with("Pick") || utility.starts_with("Omit") {
        ", "
    } else {
        close_angle
    };
    out.push(Suggestion::construct(format!("{name}{close}"), 0.85));
}

/// The classes the browser and Node give every script, as `new` names them.
const GLOBAL_CLASSES: &[&str] = &[
    "AbortController",
    "URLSearchParams",
    "FormData",
    "Headers",
    "Request",
    "Response",
    "URL",
    "Date",
    "Map",
    "Set",
    "WeakMap",
    "WeakSet",
    "Promise",
    "Error",
    "TypeError",
    "RangeError",
    "RegExp",
    "IntersectionObserver",
    "MutationObserver",
    "ResizeObserver",
    "EventSource",
    "WebSocket",
    "Worker",
    "FileReader",
    "Blob",
    "Image",
    "Audio",
    "CustomEvent",
    "TextEncoder",
    "TextDecoder",
    "XMLHttpRequest",
    "Uint8Array",
    "ArrayBuffer",
    "DOMParser",
    "BroadcastChannel",
];

/// `new AbortCon` -> `troller()`: after `new`, a capitalized name begun is the one global class it begins, when
/// the file names nothing else that begins so (its own classes come first).
fn constructed_global(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let prefix = context.prefix;
    if prefix.len() < 3
        || !prefix.starts_with(|c: char| c.is_ascii_uppercase())
        || context.member.is_some()
        || !context.at_line_end()
    {
        return;
    }
    let after_new = context
        .before_prefix()
        .strip_suffix("new ")
        .is_some_and(|head| !head.ends_with(is_identifier_char));
    if !after_new {
        return;
    }
    let mut begun = GLOBAL_CLASSES
        .iter()
        .filter(|class| class.len() > prefix.len() && class.starts_with(prefix));
    let (Some(class), None) = (begun.next(), begun.next()) else {
        return;
    };
    let other_name = context.scan.names.iter().any(|stats| {
        stats.name != *class && stats.name != prefix && stats.name.starts_with(prefix)
    });
    if other_name {
        return;
    }
    if let Some(rest) = class.strip_prefix(prefix) {
        out.push(Suggestion::construct(format!("{rest}()"), 0.86));
    }
}

/// `fs.mkdirSync(dir, { recursive: ` -> `true })`: the option is only ever written to turn it on.
fn recursive_option(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before;
    if !typed.ends_with("{ recursive: ") {
        return;
    }
    let closers = open_parentheses(typed).unwrap_or_default();
    out.push(Suggestion::construct(
        format!("true }}{closers}{}", terminator(context)),
        0.85,
    ));
}

/// Runs the rules of this module that apply inside a string: a module's name, a header's value, an event's name,
/// an enum's value.
pub(super) fn in_literal(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript
    ) {
        return;
    }
    module_specifier(context, out);
    value_named_by_test(context, out);
    enum_string_value(context, out);
    json_content_type(context, out);
    stream_data_event(context, out);
    stored_key(context, out);
    file_encoding_begun(context, out);
    super::javascript::event_name_in_literal(context, out);
}

/// `readFile(path, 'ut` -> `f8')`: a text file's encoding begun, spelled as the file spells it elsewhere
/// (`utf-8` once it writes that), else Node's own `utf8`.
fn file_encoding_begun(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const FILE_CALLS: &[&str] = &[
        "readFile(",
        "readFileSync(",
        "writeFile(",
        "writeFileSync(",
        "appendFile(",
        "appendFileSync(",
    ];
    let typed = context.before_prefix();
    let Some(quote) = typed
        .strip_suffix('\'')
        .map(|_| '\'')
        .or_else(|| typed.strip_suffix('"').map(|_| '"'))
    else {
        return;
    };
    let Some(head) = typed[..typed.len() - 1].trim_end().strip_suffix(',') else {
        return;
    };
    let in_file_call = FILE_CALLS.iter().any(|call| {
        head.rsplit_once(call)
            .is_some_and(|(_, arguments)| !arguments.contains(['(', ')']))
    });
    if context.prefix.len() < 2 || !in_file_call {
        return;
    }
    let encoding = if context.code.contains("utf-8") {
        "utf-8"
    } else {
        "utf8"
    };
    if let Some(rest) = encoding
        .strip_prefix(context.prefix)
        .filter(|rest| !rest.is_empty())
    {
        out.push(Suggestion::construct(
            format!("{rest}{}", closing_quote(context, quote)),
            0.85,
        ));
    }
}

/// `headers: { "Content-Type": "` -> `application/json`: what a script's requests send, nearly always.
fn json_content_type(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.to_ascii_lowercase();
    if let Some(quote) = ["\"content-type\": \"", "'content-type': '"]
        .iter()
        .find(|header| typed.ends_with(**header))
        .and_then(|header| header.chars().last())
    {
        out.push(Suggestion::construct(
            format!("application/json{}", closing_quote(context, quote)),
            // Above the empty string the closers would offer (`"}`): an empty type is never sent.
            0.88,
        ));
    }
}

/// `child.stdout.on("` -> `data`: what a child process's output streams are listened to for.
fn stream_data_event(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.before_prefix();
    let Some(head) = typed
        .strip_suffix(".on(\"")
        .or_else(|| typed.strip_suffix(".on('"))
    else {
        return;
    };
    if !(head.ends_with(".stdout") || head.ends_with(".stderr")) {
        return;
    }
    if let Some(rest) = "data"
        .strip_prefix(context.prefix)
        .filter(|rest| !rest.is_empty())
    {
        out.push(Suggestion::construct(rest, 0.85));
    }
}

/// `localStorage.getItem("` -> `todos` when the code stored one key (`localStorage.setItem("todos", ...)`): what
/// is read back is what was saved.
fn stored_key(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.before_prefix();
    let Some(quote) = ["localStorage.getItem(\"", "localStorage.getItem('"]
        .iter()
        .find(|call| typed.ends_with(**call))
        .and_then(|call| call.chars().last())
    else {
        return;
    };
    let code = window(context);
    let mut keys = code
        .match_indices("localStorage.setItem(")
        .filter_map(|(at, call)| {
            let rest = code.get(at + call.len()..)?;
            let rest = rest.strip_prefix(['"', '\''])?;
            let end = rest.find(['"', '\''])?;
            rest.get(..end)
        })
        .filter(|key| !key.is_empty());
    let Some(key) = keys.next() else {
        return;
    };
    if keys.any(|other| other != key) {
        return;
    }
    let Some(rest) = key
        .strip_prefix(context.prefix)
        .filter(|rest| !rest.is_empty())
    else {
        return;
    };
    let closers = open_parentheses(context.line_before).unwrap_or_default();
    out.push(Suggestion::construct(
        format!("{rest}{quote}{closers}{}", terminator(context)),
        0.85,
    ));
}

/// The code of the window before the cursor, starting on a character boundary.
fn window<'a>(context: &Context<'a>) -> &'a str {
    let code = context.code.get(..context.cursor).unwrap_or("");
    let start = code.floor_char_boundary(code.len().saturating_sub(WINDOW_BYTES));
    code.get(start..).unwrap_or("")
}

/// Names a module exports, each with the module (`exec` -> `child_process`): a destructured `require` or a named
/// `import` of them shows which module is being typed.
const EXPORTED_NAMES: &[(&str, &str)] = &[
    ("exec", "child_process"),
    ("execSync", "child_process"),
    ("spawn", "child_process"),
    ("spawnSync", "child_process"),
    ("execFile", "child_process"),
    ("fork", "child_process"),
    ("readFile", "fs/promises"),
    ("writeFile", "fs/promises"),
    ("readdir", "fs/promises"),
    ("mkdir", "fs/promises"),
    ("appendFile", "fs/promises"),
    ("unlink", "fs/promises"),
    ("readFileSync", "fs"),
    ("writeFileSync", "fs"),
    ("existsSync", "fs"),
    ("EventEmitter", "events"),
    ("promisify", "util"),
    ("useState", "react"),
    ("useEffect", "react"),
    ("useRef", "react"),
    ("useMemo", "react"),
    ("useCallback", "react"),
    ("useContext", "react"),
    ("describe", "vitest"),
    ("it", "vitest"),
    ("test", "vitest"),
    ("expect", "vitest"),
    ("vi", "vitest"),
    ("beforeEach", "vitest"),
    ("Request", "express"),
    ("Response", "express"),
    ("NextFunction", "express"),
    ("Router", "express"),
];

/// `const path = require("p` -> `ath");`, `const { exec } = require("child_` -> `process");`, `import { describe,
/// it } from "vit` -> `est";`: the module's name half typed, when the names bound show it. A name bound whole is a
/// well-known package's (`EventEmitter` -> `events`); destructured names must all come from the same module
/// (`readFile` from `"fs/` is `fs/promises`; from `"f` it may be `fs` as well, so nothing is said).
fn module_specifier(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let line = context.line_before;
    let Some(quote_at) = line.rfind(['"', '\'']) else {
        return;
    };
    let (head, typed) = line.split_at(quote_at);
    let quote = &typed[..1];
    let typed = &typed[1..];
    if typed.is_empty()
        || !typed
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '/' | '-' | '@' | '.'))
    {
        return;
    }
    let head = head.trim();
    let (bound, opened) = if let Some(rest) = head.strip_suffix("require(") {
        let Some((binding, _)) = rest.rsplit_once('=') else {
            return;
        };
        (binding.trim(), true)
    } else if let Some(rest) = head.strip_suffix(" from") {
        (rest.trim(), false)
    } else {
        return;
    };
    let bound = ["const ", "let ", "var ", "import "]
        .iter()
        .find_map(|keyword| bound.strip_prefix(keyword))
        .unwrap_or(bound)
        .trim();
    let module = if let Some(names) = bound
        .strip_prefix('{')
        .and_then(|rest| rest.strip_suffix('}'))
    {
        let mut modules = names.split(',').map(|name| {
            let name = name.trim();
            let name = name
                .split_once(" as ")
                .map_or(name, |(name, _)| name.trim());
            EXPORTED_NAMES
                .iter()
                .find(|(exported, _)| *exported == name)
                .map(|(_, module)| *module)
        });
        let Some(Some(first)) = modules.next() else {
            return;
        };
        if !modules.all(|module| module == Some(first)) {
            return;
        }
        // `readFile` from `"fs"` is as likely as from `"fs/promises"`: only the `/` typed decides.
        if first == "fs/promises" && !typed.starts_with("fs/") {
            return;
        }
        first
    } else if is_plain_name(bound) {
        let Some(module) = super::javascript::module_bound_to(bound) else {
            return;
        };
        module
    } else {
        return;
    };
    let Some(rest) = module.strip_prefix(typed).filter(|rest| !rest.is_empty()) else {
        return;
    };
    let close = if opened { ")" } else { "" };
    out.push(Suggestion::construct(
        format!("{rest}{quote}{close}{}", terminator(context)),
        0.9,
    ));
}

/// The last parameter of a middleware, `(req, res, next)` or Koa's `(ctx, next)`, when the enclosing function has
/// one named `next`.
fn middleware_parameters(context: &Context<'_>) -> Option<(bool, usize)> {
    let function = enclosing_function(context)?;
    let names: Vec<&str> = function.parameter_names().collect();
    let koa = match names.as_slice() {
        ["req" | "request", "res" | "response", "next"] => false,
        ["ctx" | "context", "next"] => true,
        _ => return None,
    };
    Some((koa, function.body_start))
}

/// `next();` as a middleware's last step: `function logger(req, res, next) {` with a statement and then a blank
/// line -> `next();` (Koa's `await ne` -> `xt();`), and in its `catch (err) {` -> `next(err);`, Express's way to
/// hand an error on. Not once the middleware answered (`res.json(`, `res.send(`) or already called `next`.
fn middleware_next(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.before_prefix().trim_start();
    if !context.at_line_end()
        || !(typed.is_empty() || typed == "await ")
        || !"next".starts_with(context.prefix)
        || context.prefix == "next"
    {
        return;
    }
    let Some((koa, body_start)) = middleware_parameters(context) else {
        return;
    };
    let tokens = context.tokens_before();
    let Some(body) = tokens
        .get(body_start)
        .and_then(|first| context.code.get(first.start..context.cursor))
    else {
        return;
    };
    let statements = body.lines().filter(|line| !line.trim().is_empty()).count();
    let caught = context
        .enclosing_lines()
        .next()
        .and_then(|line| line.strip_prefix("} catch ("))
        .and_then(|rest| rest.strip_suffix(") {"))
        .filter(|error| is_plain_name(error));
    // An answer at the middleware's own depth ends the request; one in a nested `if` is an early exit.
    let depth = super::cursor::indentation(context.line_before);
    let answered = body.lines().any(|line| {
        let statement = line.trim_start();
        super::cursor::indentation(line) <= depth
            && (statement.starts_with("res.") || statement.starts_with("return res."))
    });
    let call = if let Some(error) = caught {
        if koa {
            return;
        }
        format!("next({error})")
    } else {
        // At the middleware's own depth, not in a block nested in it (an `if` may end the request).
        let nested = context
            .enclosing_lines()
            .next()
            .is_some_and(|line| !line.contains("function") && !line.contains("=>"));
        if body.contains("next(") || answered || statements == 0 || nested {
            return;
        }
        if koa && typed.is_empty() {
            "await next()".to_owned()
        } else {
            "next()".to_owned()
        }
    };
    let call = format!("{call}{}", terminator(context));
    let Some(rest) = call.strip_prefix(context.prefix) else {
        return;
    };
    out.push(Suggestion::construct(rest, 0.86));
}

/// `useEffect(() => { document.title = `${count}`; }, [` -> `count`: the dependency list of a hook
/// (`useEffect`, `useMemo`, `useCallback`) names what its callback reads from the component, when that is one
/// name: a prop, a state value or a parameter of a custom hook (setters never change, so they are left out).
fn hook_dependencies(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.line_before.ends_with(", [") {
        return;
    }
    let after = context.line_after.trim();
    if !(after.is_empty() || after.starts_with(']')) {
        return;
    }
    let code = window(context);
    let Some((hook_at, hook)) = ["useEffect(", "useMemo(", "useCallback(", "useLayoutEffect("]
        .iter()
        .filter_map(|hook| code.rfind(hook).map(|at| (at, *hook)))
        .max_by_key(|(at, _)| *at)
    else {
        return;
    };
    let Some(callback) = code.get(hook_at + hook.len()..code.len() - 3) else {
        return;
    };
    // The component: from its header (the last function header before the hook) to the hook.
    let before_hook = code.get(..hook_at).unwrap_or("");
    let Some(header_at) = before_hook.rfind("function ") else {
        return;
    };
    let component = before_hook.get(header_at..).unwrap_or("");
    let mut outer: Vec<&str> = Vec::new();
    if let Some(parameters) = component
        .split_once('(')
        .and_then(|(_, rest)| rest.split_once(')'))
        .map(|(parameters, _)| parameters)
    {
        outer.extend(
            parameters
                .split([',', '{', '}', ' ', '='])
                .map(|word| word.split(':').next().unwrap_or(word).trim())
                .filter(|word| is_plain_name(word)),
        );
    }
    for line in component.lines() {
        let line = line.trim();
        if let Some(pair) = line
            .strip_prefix("const [")
            .and_then(|rest| rest.split_once(']'))
            .map(|(pair, _)| pair)
        {
            if let Some((value, _)) = pair.split_once(',') {
                outer.push(value.trim());
            }
        } else if let Some(name) = line
            .strip_prefix("const ")
            .and_then(|rest| rest.split_once(" = "))
            .map(|(name, _)| name.split(':').next().unwrap_or(name).trim())
            .filter(|name| is_plain_name(name))
        {
            outer.push(name);
        }
    }
    let mut read: Vec<&str> = Vec::new();
    let mut previous = ' ';
    let mut start = None;
    // Words in a quoted string (`"/api/todos"`) are text, not names.
    let mut quote = None;
    for (at, c) in callback.char_indices().chain([(callback.len(), ' ')]) {
        if let Some(open) = quote {
            if c == open {
                quote = None;
            }
            previous = c;
            continue;
        }
        if matches!(c, '"' | '\'') {
            quote = Some(c);
            start = None;
        } else if is_identifier_char(c) {
            if start.is_none() {
                start = Some((at, previous));
            }
        } else if let Some((from, before)) = start.take() {
            let word = &callback[from..at];
            // A member (`item.price`) is not the outer name of the same spelling.
            if before != '.' && outer.contains(&word) && !read.contains(&word) {
                read.push(word);
            }
        }
        previous = c;
    }
    if let [name] = read.as_slice() {
        let closers = if after.is_empty() {
            format!("]){}", terminator(context))
        } else {
            String::new()
        };
        out.push(Suggestion::construct(format!("{name}{closers}"), 0.85));
    }
}

/// `.catch(set` -> `Error)` where the component has `const [error, setError] = useState(`: a failed promise's
/// error goes to the error's setter, not to the one its `.then` used.
fn error_setter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.before_prefix().ends_with(".catch(") {
        return;
    }
    if !"set".starts_with(context.prefix) && !context.prefix.starts_with("set") {
        return;
    }
    let code = window(context);
    let mut setters = code.match_indices(", set").filter_map(|(at, _)| {
        let rest = code.get(at + 2..)?;
        let end = rest.find(|c: char| !is_identifier_char(c))?;
        let setter = rest.get(..end)?;
        (setter.ends_with("Error") && rest.get(end..)?.starts_with("] = useState"))
            .then_some(setter)
    });
    let (Some(setter), None) = (setters.next(), setters.next()) else {
        return;
    };
    let Some(rest) = setter.strip_prefix(context.prefix) else {
        return;
    };
    let closers = if context.at_line_end() {
        format!(
            "{}{}",
            open_parentheses(context.before_prefix()).unwrap_or_default(),
            terminator(context)
        )
    } else {
        String::new()
    };
    out.push(Suggestion::of_kind(
        format!("{rest}{closers}"),
        0.9,
        "identifier",
    ));
}

/// `process.exit(` in a block that has just printed an error (`console.error("Usage: ...")`) -> `1);`: a program
/// that stops on an error says so to its shell.
fn exit_code_after_error(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let after = context.line_after.trim();
    if !context.prefix.is_empty()
        || context.line_before.trim_start() != "process.exit("
        || !(after.is_empty() || after.starts_with(')'))
    {
        return;
    }
    let depth = super::cursor::indentation(context.line_before);
    let reported = context
        .code_before_line()
        .lines()
        .rev()
        .take(20)
        .take_while(|line| super::cursor::indentation(line) >= depth || line.trim().is_empty())
        .any(|line| line.trim_start().starts_with("console.error("));
    if reported {
        out.push(Suggestion::construct(
            format!("1){}", terminator(context)),
            0.85,
        ));
    }
}

/// `if (index === ` -> `-1) {` where `const index = list.indexOf(x)` (or `findIndex`): what those return when
/// nothing is found.
fn index_not_found(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(compared) = typed
        .strip_prefix("if (")
        .and_then(|rest| {
            rest.strip_suffix(" === ")
                .or_else(|| rest.strip_suffix(" !== "))
        })
        .filter(|name| is_plain_name(name))
    else {
        return;
    };
    let found = context.code_lines_above().take(10).any(|line| {
        ["const ", "let "].iter().any(|keyword| {
            line.strip_prefix(keyword)
                .and_then(|rest| rest.strip_prefix(compared))
                .and_then(|rest| rest.strip_prefix(" = "))
                .is_some_and(|value| {
                    [".indexOf(", ".findIndex(", ".lastIndexOf("]
                        .iter()
                        .any(|call| value.contains(call))
                })
        })
    });
    if found {
        out.push(Suggestion::construct("-1) {", 0.85));
    }
}

/// `return (await res.json()) as ` -> `User;` in a function that returns `Promise<User>` (and `as Promise<` ->
/// `User>;`): the body parsed is what the function promises. The header's own `Promise<` is left alone: a
/// `getUser` may as well promise `User | null`.
fn fetched_type(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.before_prefix();
    let promised = typed.ends_with(" as Promise<");
    if !context.prefix.is_empty()
        || !context.at_line_end()
        || !(typed.ends_with(".json()) as ") || promised)
    {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let Some(returned) = function
        .results
        .first()
        .and_then(|result| result.strip_prefix("Promise<"))
        .and_then(|rest| rest.strip_suffix('>'))
        .filter(|returned| *returned != "any" && *returned != "void")
    else {
        return;
    };
    let close = if promised { ">" } else { "" };
    out.push(Suggestion::construct(
        format!("{returned}{close}{}", terminator(context)),
        0.85,
    ));
}

/// `return value !== ` -> `undefined;` in `function isDefined<T>(value: T | undefined): value is T`, and
/// `.filter((n): n is string => n !== ` -> `undefined)`: a type guard rules out the one empty value its type
/// allows (`null` when that is the one written).
fn guarded_empty_value(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(name) = context
        .line_before
        .strip_suffix(" !== ")
        .map(|head| &head[super::lexer::trailing_identifier_start(head)..])
        .filter(|name| is_plain_name(name))
    else {
        return;
    };
    let guard = format!("{name} is ");
    let header = if context.line_before.contains(&guard) {
        context.line_before
    } else {
        match context.enclosing_lines().next() {
            Some(line) if line.contains(&guard) => line,
            _ => return,
        }
    };
    let declared = header
        .split_once(&format!("{name}: "))
        .map_or("", |(_, rest)| rest.split([',', ')']).next().unwrap_or(""));
    let empty = if declared.contains("null") && !declared.contains("undefined") {
        "null"
    } else {
        "undefined"
    };
    let closers = open_parentheses(context.line_before).unwrap_or_default();
    out.push(Suggestion::construct(
        format!("{empty}{closers}{}", terminator(context)),
        0.85,
    ));
}

/// `interface ApiResponse<T> {` then `data: ` -> `T;`: the payload field of a generic wrapper holds its one type
/// parameter.
fn generic_payload(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if ![
        "data: ",
        "value: ",
        "payload: ",
        "result: ",
        "item: ",
        "items: ",
    ]
    .contains(&typed)
    {
        return;
    }
    let Some(header) = context.previous_code_line().map(str::trim) else {
        return;
    };
    let Some(parameter) = header
        .trim_start_matches("export ")
        .strip_prefix("interface ")
        .and_then(|rest| rest.strip_suffix('{'))
        .and_then(|rest| rest.trim_end().strip_suffix('>'))
        .and_then(|rest| rest.split_once('<'))
        .map(|(_, parameter)| parameter.trim())
        .filter(|parameter| is_plain_name(parameter))
    else {
        return;
    };
    let list = if typed == "items: " { "[]" } else { "" };
    out.push(Suggestion::construct(format!("{parameter}{list};"), 0.85));
}

/// `enum Color { Red = "RED", Green = "GREEN", Blue = "` -> `BLUE`: a string enum's value in the spelling its
/// members before used for their own names (upper case, lower case or the name itself).
fn enum_string_value(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim();
    let Some((name, quote)) = typed
        .strip_suffix(" = \"")
        .map(|name| (name, '"'))
        .or_else(|| typed.strip_suffix(" = '").map(|name| (name, '\'')))
        .filter(|(name, _)| is_plain_name(name))
    else {
        return;
    };
    let mut spellings = Vec::new();
    let mut in_enum = false;
    for line in context.code_lines_above().take(30) {
        if line.starts_with("enum ") || line.starts_with("export enum ") {
            in_enum = true;
            break;
        }
        let Some((member, value)) = line.trim_end_matches(',').split_once(" = ") else {
            return;
        };
        let value = value.trim_matches(['"', '\'']);
        let spelling = if value == member.to_ascii_uppercase() {
            "upper"
        } else if value == member.to_ascii_lowercase() {
            "lower"
        } else if value == member {
            "same"
        } else {
            return;
        };
        spellings.push(spelling);
    }
    let Some(first) = spellings.first().filter(|_| in_enum) else {
        return;
    };
    if spellings.len() < 2 || spellings.iter().any(|spelling| spelling != first) {
        return;
    }
    let value = match *first {
        "upper" => name.to_ascii_uppercase(),
        "lower" => name.to_ascii_lowercase(),
        _ => name.to_owned(),
    };
    if value == name && *first != "same" {
        return;
    }
    out.push(Suggestion::construct(
        format!("{value}{}", closing_quote(context, quote)),
        0.85,
    ));
}

/// The quote that closes the string and the parentheses the line left open, unless something is typed after the
/// cursor (an editor's auto-closed quote and parentheses are set aside before the rules run, and cut from what
/// they propose: `admin")` before `")` is `admin`).
fn closing_quote(context: &Context<'_>, quote: char) -> String {
    if !context.line_after.trim().is_empty() {
        return String::new();
    }
    match open_parentheses(context.line_before).filter(|closers| !closers.is_empty()) {
        Some(closers) => format!("{quote}{closers}{}", terminator(context)),
        None => quote.to_string(),
    }
}

/// How many bytes before an export list are read for the module's declarations.
const DECLARATIONS_BYTES: usize = 65_536;

/// `module.exports = { add, subtract, ` -> `multiply`, `export { parseDate, ` -> `daysBetween`: an export list
/// names the module's declarations in the order it wrote them, so the next one is the first not listed yet. Only
/// when the names listed are the first ones declared (else the list has an order of its own), or when one name
/// is left.
fn export_list_name(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript
    ) || context.member.is_some()
    {
        return;
    }
    let before = context.code.get(..context.cursor).unwrap_or("");
    let window = before
        .get(before.len().saturating_sub(WINDOW_BYTES)..)
        .unwrap_or(before);
    let Some(open) = window.rfind('{') else {
        return;
    };
    let items = window.get(open + 1..).unwrap_or("");
    if items.contains(['}', '(', ':', '=', ';']) {
        return;
    }
    let head_start = window
        .get(..open)
        .and_then(|head| head.rfind('\n'))
        .map_or(0, |at| at + 1);
    let head = window.get(head_start..open).unwrap_or("").trim();
    let reexport = head == "export";
    if !reexport && !matches!(head, "module.exports =" | "exports =") {
        return;
    }
    let mut listed: Vec<&str> = items.split(',').map(str::trim).collect();
    let typed = listed.pop().unwrap_or("");
    if typed != context.prefix
        || listed.is_empty()
        || !listed.iter().all(|name| is_plain_name(name))
    {
        return;
    }
    let list_start = before.len() - window.len() + head_start;
    let code = before.get(..list_start).unwrap_or("");
    let from = code.len().saturating_sub(DECLARATIONS_BYTES);
    // A window cut inside a line starts at the next one.
    let from = if from == 0 {
        0
    } else {
        code.get(from..)
            .and_then(|tail| tail.find('\n'))
            .map_or(code.len(), |at| from + at + 1)
    };
    let declared = module_declarations(code.get(from..).unwrap_or(""), reexport);
    // The module's constants (`const DEFAULTS = {`) come first and are often kept private: the list then starts
    // with the first declaration after them.
    let constants = declared
        .iter()
        .take_while(|name| is_constant_name(name))
        .count();
    let declared = declared.get(constants..).unwrap_or_default();
    let remaining: Vec<&str> = declared
        .iter()
        .copied()
        .filter(|name| !listed.contains(name))
        .collect();
    let in_order = declared.get(..listed.len()) == Some(&listed[..]);
    let Some(next) = remaining.first() else {
        return;
    };
    if !(in_order || remaining.len() == 1) || !next.starts_with(typed) || next.len() == typed.len()
    {
        return;
    }
    // One name a line (`  add,`): the next line ends with its comma as the others do.
    let one_a_line = context.line_before.trim() == typed
        && items
            .trim_end()
            .strip_suffix(typed)
            .is_some_and(|listed_items| listed_items.trim_end().ends_with(','))
        && {
            let lines_listed = items.lines().filter(|line| !line.trim().is_empty()).count();
            lines_listed >= listed.len()
        };
    let comma = if one_a_line && context.at_line_end() {
        ","
    } else {
        ""
    };
    let rest = next.get(typed.len()..).unwrap_or("");
    out.push(Suggestion::of_kind(
        format!("{rest}{comma}"),
        0.88,
        "identifier",
    ));
}

/// Whether a name is written as a constant's (`DEFAULTS`, `MAX_SIZE`).
fn is_constant_name(name: &str) -> bool {
    name.chars().any(|c| c.is_ascii_uppercase())
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// The names a module declares at its top level, in order: its functions, classes and variables (not the modules
/// it requires); for a re-export list (`export { ... }`) also the names it imports. Names exported where they are
/// declared (`export function`) are not listed again.
fn module_declarations(code: &str, reexport: bool) -> Vec<&str> {
    let mut names = Vec::new();
    for line in code.lines() {
        if line.starts_with([' ', '\t']) {
            continue;
        }
        if reexport
            && let Some(imported) = line.strip_prefix("import ")
            && let Some((bound, _)) = imported.split_once(" from ")
        {
            let bound = bound.trim().trim_start_matches('{').trim_end_matches('}');
            names.extend(
                bound
                    .split(',')
                    .map(str::trim)
                    .filter(|name| is_plain_name(name)),
            );
            continue;
        }
        if line.starts_with("export ") {
            continue;
        }
        let declaration = line.strip_prefix("async ").unwrap_or(line);
        let name = ["function ", "class ", "const ", "let ", "var "]
            .iter()
            .find_map(|keyword| declaration.strip_prefix(keyword))
            .map(|rest| {
                let rest = rest.trim_start_matches('*').trim_start();
                let end = rest
                    .find(|c: char| !is_identifier_char(c))
                    .unwrap_or(rest.len());
                (rest.get(..end).unwrap_or(""), rest.get(end..).unwrap_or(""))
            });
        if let Some((name, after)) = name
            && !name.is_empty()
            && !after.contains("require(")
            && !names.contains(&name)
        {
            names.push(name);
        }
    }
    names
}

/// `inputRef.` -> `current` for a `useRef(` of the file: a ref is read and written through `current`.
fn ref_current(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let name = access.receiver;
    let made_by_use_ref = is_plain_name(name)
        && context.code_lines_above().take(80).any(|line| {
            line.split_once(&format!("{name} = "))
                .is_some_and(|(declared, value)| {
                    (declared.ends_with("const ") || declared.ends_with("let "))
                        && (value.starts_with("useRef(") || value.starts_with("useRef<"))
                })
        });
    if made_by_use_ref && let Some(rest) = "current".strip_prefix(context.prefix) {
        out.push(Suggestion::member(rest, 0.9));
    }
}

/// `localStorage.getItem(` -> `key)` in `useLocalStorage(key, initialValue)`: the storage key is the function's
/// parameter of that name.
fn stored_under_key(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_end();
    if !(typed.ends_with("localStorage.getItem(") || typed.ends_with("localStorage.removeItem(")) {
        return;
    }
    let has_key = context.enclosing_lines().any(|header| {
        header
            .split_once('(')
            .and_then(|(_, parameters)| parameters.split_once(')'))
            .is_some_and(|(parameters, _)| {
                parameters
                    .split(',')
                    .any(|parameter| parameter.split(':').next().unwrap_or("").trim() == "key")
            })
    });
    if has_key {
        let Some(closing) = super::closers::after_value(context) else {
            return;
        };
        out.push(Suggestion::construct(format!("key{closing}"), 0.88));
    }
}

/// `error: string | ` -> `null;` in an interface or a type: a field that may be missing is made nullable.
fn nullable_field(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::TypeScript || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some((field, kind)) = typed
        .strip_suffix(" | ")
        .and_then(|declaration| declaration.split_once(": "))
    else {
        return;
    };
    let field = field.trim_end_matches('?');
    let in_type = context.enclosing_lines().next().is_some_and(|header| {
        let header = header.trim_start_matches("export ");
        (header.starts_with("interface ") || header.starts_with("type ")) && header.ends_with('{')
    });
    let simple = matches!(kind, "string" | "number" | "boolean" | "Date") || is_plain_name(kind);
    if in_type && is_plain_name(field) && simple && context.at_line_end() {
        out.push(Suggestion::construct("null;", 0.86));
    }
}

/// `setOn((prev) => ` -> `!prev)` for a state made from a boolean (`useState(false)`, `useState(initial)` in a
/// `useToggle`): a toggle's updater turns the previous value around.
fn toggled_state(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_end();
    let Some((head, previous)) = typed
        .strip_suffix(") =>")
        .and_then(|head| head.rsplit_once("(("))
    else {
        return;
    };
    let setter = &head[super::lexer::trailing_identifier_start(head)..];
    if !setter.starts_with("set") || !is_plain_name(previous) {
        return;
    }
    let boolean = context.code_lines_above().take(30).any(|line| {
        line.contains(&format!(", {setter}] = useState("))
            && line.split_once("useState(").is_some_and(|(_, initial)| {
                initial.starts_with("false")
                    || initial.starts_with("true")
                    || initial.starts_with("initial")
            })
    });
    if !boolean {
        return;
    }
    let Some(closing) = super::closers::after_value(context) else {
        return;
    };
    out.push(Suggestion::construct(format!("!{previous}{closing}"), 0.88));
}

/// `{error && <p className="error">{` -> `error}`: what a condition renders is the value it tested.
fn rendered_condition(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(head) = typed.strip_suffix('{') else {
        return;
    };
    let Some(tested) = head
        .strip_prefix('{')
        .and_then(|rest| rest.split_once(" && <"))
        .map(|(tested, _)| tested)
    else {
        return;
    };
    if is_plain_name(tested) && head.ends_with('>') {
        out.push(Suggestion::construct(format!("{tested}}}"), 0.86));
    }
}
