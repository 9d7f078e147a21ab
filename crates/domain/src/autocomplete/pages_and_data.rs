//! The browser page and a course's first data programs, where one text is what nearly everyone writes next.
//!
//! In JavaScript and TypeScript: an element looked up or created under the name of its variable
//! (`const form = document.querySelector(` -> `'form');`, `const li = document.createElement(` -> `'li');`), the
//! element just created appended (`list.` -> `appendChild(li);`), a submit handler's first line
//! (`e.preventDefault();`), an input's `e.` -> `target.value`, the key a variable is stored under in
//! `localStorage` and its `JSON.stringify`, and React's everyday lines (`useEffect(` -> `() => {`, `useRef(` ->
//! `null)`, a list item's `key={` -> `item.id}`, `onChange={(e) => ` -> the setter of the input's `value`, the
//! component `export default` names), and a canvas game's frame (`canvas.getCon` -> `text("2d");`,
//! `getContext("` -> `2d`, `requestAnimationFrame(` -> the function drawing the frame, an `arc`'s `Math.PI * ` ->
//! `2);`, `clearRect(0, 0, ` -> `canvas.width, canvas.height);`), the event a listener
//! begins to name (`addEventListener("cl` -> `ick"`), a key compared by name (`e.key === 'Esc` -> `ape'`), a
//! key handler's `e.k` -> `ey` and a key released
//! (`keys[e.key] = ` -> `false;` under `keyup` where `keydown` set it `true`). In Python: Flask's and FastAPI's first route and its parameters (the
//! strings too: a route's `methods=["PO` -> `ST"])`, a model's `__tablename__`, a `ForeignKey`'s `id`), `sqlite3`'s
//! connection, cursor, `fetchall()` and `commit()`, a `csv` reader on the file the `with` opened, a date's
//! `strftime` format named by its variable, `pathlib` and `re` readings, standard input read whole, a frame's
//! `head()` and a `Counter`'s `most_common()`.

use super::Language;
use super::Suggestion;
use super::cursor::{Context, QuotedText};
use super::idioms::{open_parentheses, terminator};
use super::lexer::is_plain_name;

/// Inside a Python string: the HTTP method a route's `methods=[` list is naming (`"PO` -> `ST"`), and the table a
/// SQLAlchemy model is stored in (`__tablename__ = "` -> `users"` in `class User(Base):`).
pub(super) fn in_literal(
    context: &Context<'_>,
    literal: &super::lexer::Token,
    out: &mut Vec<Suggestion>,
) {
    if matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript
    ) && context.at_line_end()
    {
        drawing_context_kind(context, literal, out);
        listened_event(context, literal, out);
        compared_key(context, literal, out);
        request_method(context, literal, out);
        return;
    }
    let Some(QuotedText {
        before,
        quote,
        text,
    }) = context.python_string_at_line_end(literal)
    else {
        return;
    };
    route_method(before, text, quote, out);
    table_name(context, before, text, quote, out);
    // `return render_template("` (the editor's quote and parenthesis set aside): the page named for the route.
    if text.is_empty()
        && before.trim_start() == "return render_template("
        && context.code.contains("Flask(")
        && let Some(function) = route_function(context)
    {
        out.push(Suggestion::construct(
            format!("{function}.html{quote})"),
            0.8,
        ));
    }
    let closers = open_parentheses(before).unwrap_or_default();
    date_format_field(before, text, quote, &closers, out);
    // `stamp = now.strftime("` (the editor's closing quote set aside) -> the format the variable names, as
    // before the quote is typed.
    if text.is_empty()
        && before.ends_with(".strftime(")
        && let Some((target, _)) = before.trim_start().split_once(" = ")
        && let Some(format) = format_named_by(&target.trim().to_lowercase())
    {
        out.push(Suggestion::construct(
            format!("{format}{quote}{closers}"),
            0.82,
        ));
    }
    // `ForeignKey("users.` -> `id")`: a model's key is its `id` column.
    if before.ends_with("ForeignKey(")
        && text.ends_with('.')
        && is_plain_name(text.trim_end_matches('.'))
    {
        out.push(Suggestion::of_kind(
            format!("id{quote}{closers}"),
            0.86,
            "closer",
        ));
    }
    // `render_template("index.ht` -> `ml")`: Flask's templates are HTML pages.
    if before.trim_start().contains("render_template(")
        && before.ends_with('(')
        && let Some((page, extension)) = text.rsplit_once('.')
        && is_plain_name(page)
        && let Some(rest) = "html".strip_prefix(extension)
    {
        out.push(Suggestion::of_kind(
            format!("{rest}{quote}{closers}"),
            0.86,
            "closer",
        ));
    }
}

/// The methods a Flask route accepts, most used first.
const HTTP_METHODS: &[&str] = &["GET", "POST", "PUT", "DELETE", "PATCH"];

/// Whether a string being typed in a route's `methods=[` list is the beginning of a method's name (`"P`): it is
/// not finished there, whether or not one method only starts so.
pub(super) fn partial_route_method(before: &str, text: &str) -> bool {
    before
        .rsplit_once("methods=[")
        .is_some_and(|(_, list)| !list.contains(']'))
        && !text.is_empty()
        && HTTP_METHODS
            .iter()
            .any(|method| method.len() > text.len() && method.starts_with(text))
}

/// `methods=["GET", "PO` -> `ST"])`: one method only starts so; the list and the decorator close after it
/// (a route rarely takes three methods).
fn route_method(before: &str, text: &str, quote: char, out: &mut Vec<Suggestion>) {
    if !partial_route_method(before, text) {
        return;
    }
    let mut matching = HTTP_METHODS
        .iter()
        .filter(|method| method.len() > text.len() && method.starts_with(text));
    let (Some(method), None) = (matching.next(), matching.next()) else {
        return;
    };
    let rest = method.get(text.len()..).unwrap_or("");
    let closers = open_parentheses(before).unwrap_or_default();
    let closers = if closers.is_empty() {
        "]".to_owned()
    } else {
        format!("]{closers}")
    };
    out.push(Suggestion::of_kind(
        format!("{rest}{quote}{closers}"),
        0.88,
        "closer",
    ));
}

/// `__tablename__ = "` in `class OrderItem(Base):` -> `order_items"`: a model's table is its name in snake case,
/// in the plural.
fn table_name(
    context: &Context<'_>,
    before: &str,
    text: &str,
    quote: char,
    out: &mut Vec<Suggestion>,
) {
    if before.trim() != "__tablename__ =" {
        return;
    }
    let Some(header) = context
        .code_lines_above()
        .take(60)
        .find(|line| line.starts_with("class "))
    else {
        return;
    };
    let name = header.trim_start_matches("class ");
    let name = name.get(..super::lexer::identifier_end(name)).unwrap_or("");
    if name.is_empty() {
        return;
    }
    let mut table = String::new();
    for (index, character) in name.char_indices() {
        if character.is_ascii_uppercase() && index > 0 {
            table.push('_');
        }
        table.push(character.to_ascii_lowercase());
    }
    let plural = if table.ends_with('s')
        || table.ends_with('x')
        || table.ends_with("sh")
        || table.ends_with("ch")
    {
        format!("{table}es")
    } else if let Some(stem) = table
        .strip_suffix('y')
        .filter(|stem| !stem.ends_with(['a', 'e', 'i', 'o', 'u']))
    {
        format!("{stem}ies")
    } else {
        format!("{table}s")
    };
    if let Some(rest) = plural.strip_prefix(text) {
        out.push(Suggestion::of_kind(
            format!("{rest}{quote}"),
            0.86,
            "closer",
        ));
    }
}

/// Runs every rule of this module.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language == Language::Python {
        django_view(context, out);
        deleted_with_parent(context, out);
    }
    if !context.at_line_end() {
        return;
    }
    if context.profile.language == Language::Python {
        route_parameters(context, out);
    }
    if matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript
    ) {
        drawing_context(context, out);
        next_frame(context, out);
        full_circle(context, out);
        pressed_key(context, out);
        whole_canvas(context, out);
        released_key(context, out);
        other_class_change(context, out);
        if !context.prefix.is_empty() {
            event_handler(context, out);
            unwired_handler(context, out);
            created_element_appended(context, out);
        }
    }
    if !context.prefix.is_empty() {
        if context.profile.language == Language::Python {
            database(context, out);
        }
        return;
    }
    match context.profile.language {
        Language::JavaScript | Language::TypeScript => {
            element_by_name(context, out);
            created_element_appended(context, out);
            event_handler(context, out);
            stored_value(context, out);
            react_lines(context, out);
            changed_field_value(context, out);
            list_item_key(context, out);
            cleared_input(context, out);
            prepared_statement(context, out);
            input_value(context, out);
            message_data(context, out);
            query_string(context, out);
        }
        Language::Python => {
            web_route(context, out);
            database(context, out);
            csv_file(context, out);
            date_format(context, out);
            path_and_pattern(context, out);
            standard_input(context, out);
            table_and_counter(context, out);
        }
        _ => {}
    }
}

/// The quote the JavaScript file uses most (`'` when it has none yet).
fn file_quote(context: &Context<'_>) -> char {
    if context.code.matches('"').count() > context.code.matches('\'').count() {
        '"'
    } else {
        '\''
    }
}

/// The variable a JavaScript declaration on `line` names: `const form = document.` -> `form`.
fn declared_name(line: &str) -> Option<&str> {
    let rest = ["const ", "let ", "var "]
        .iter()
        .find_map(|keyword| line.trim_start().strip_prefix(keyword))?;
    let (name, _) = rest.split_once(" = ")?;
    // TypeScript's annotation names the type, not the variable.
    let name = name.split(':').next().unwrap_or(name).trim();
    is_plain_name(name).then_some(name)
}

/// HTML elements a variable may be named for.
const TAGS: &[&str] = &[
    "a", "article", "audio", "body", "button", "canvas", "div", "footer", "form", "h1", "h2", "h3",
    "header", "img", "input", "label", "li", "main", "nav", "ol", "option", "p", "section",
    "select", "span", "table", "td", "textarea", "th", "tr", "ul", "video",
];

/// Names too general to be an element's id.
const GENERAL_NAMES: &[&str] = &[
    "el", "elem", "element", "node", "e", "x", "item", "target", "result", "data", "value",
];

/// `const output = document.getElementById(` -> `'output');`, `const form = document.querySelector(` ->
/// `'form');`, `const li = document.createElement(` -> `'li');`: the element is named for its variable.
/// TypeScript's `... as ` after the lookup -> the element type the name says (`HTMLInputElement`).
fn element_by_name(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before;
    if context.profile.language == Language::TypeScript && typed.ends_with(") as ") {
        element_type(context, out);
        return;
    }
    let opened = typed.ends_with(['\'', '"']);
    let call = typed.trim_end_matches(['\'', '"']);
    let Some(lookup) = ["getElementById(", "querySelector(", "createElement("]
        .into_iter()
        .find(|lookup| call.ends_with(&format!("document.{lookup}")))
    else {
        return;
    };
    let Some(name) = declared_name(typed) else {
        return;
    };
    let tag = TAGS.contains(&name);
    let confidence = match lookup {
        "getElementById(" if GENERAL_NAMES.contains(&name) => return,
        // A camelCase name may be written in kebab-case in the page (`todo-list`): shown in the list only.
        "getElementById(" if name.chars().any(char::is_uppercase) => 0.6,
        "getElementById(" => 0.8,
        _ if tag => 0.85,
        _ => return,
    };
    let quote = typed
        .chars()
        .next_back()
        .filter(|_| opened)
        .unwrap_or_else(|| file_quote(context));
    let closers = open_parentheses(typed).unwrap_or_default();
    let opening = if opened {
        String::new()
    } else {
        quote.to_string()
    };
    out.push(Suggestion::construct(
        format!("{opening}{name}{quote}{closers}{}", terminator(context)),
        confidence,
    ));
}

/// TypeScript's `const input = document.getElementById('name') as ` -> `HTMLInputElement;`, for the kinds of
/// element a name says (`nameInput`, `submitButton`, `btn`, `form`, `canvas`).
fn element_type(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before;
    // `canvas.getContext('2d') as ` -> the 2D context's type.
    if typed.ends_with(".getContext('2d') as ") || typed.ends_with(".getContext(\"2d\") as ") {
        out.push(Suggestion::construct(
            format!("CanvasRenderingContext2D{}", terminator(context)),
            0.88,
        ));
        return;
    }
    if !(typed.contains("document.getElementById(") || typed.contains("document.querySelector(")) {
        return;
    }
    let Some(name) = declared_name(typed) else {
        return;
    };
    let lower = name.to_lowercase();
    let kind = [
        ("button", "HTMLButtonElement"),
        ("btn", "HTMLButtonElement"),
        ("input", "HTMLInputElement"),
        ("form", "HTMLFormElement"),
        ("canvas", "HTMLCanvasElement"),
        ("select", "HTMLSelectElement"),
        ("textarea", "HTMLTextAreaElement"),
    ]
    .iter()
    .find(|(word, _)| lower.ends_with(word));
    if let Some((_, kind)) = kind {
        out.push(Suggestion::construct(
            format!("{kind}{}", terminator(context)),
            0.85,
        ));
    }
}

/// The element the lines just above created (`const li = document.createElement('li');`) and did not append yet.
fn created_element<'a>(context: &Context<'a>) -> Option<&'a str> {
    let child = context
        .code_lines_above()
        .take(8)
        .find(|line| line.contains("document.createElement("))
        .and_then(declared_name)?;
    let appended = context
        .code_lines_above()
        .take(8)
        .any(|line| line.contains(&format!("({child})")));
    (!appended).then_some(child)
}

/// `list.` under `const li = document.createElement('li');` -> `appendChild(li);` (`list.appendChild(` ->
/// `li);`): an element just made is put in the page (in an element the code looked up, or the page's
/// `document.body`).
fn created_element_appended(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let line = context.line_before.trim_start();
    // `list.appe` is the member begun: what is left of it.
    let typed = line.strip_suffix(context.prefix).unwrap_or(line);
    if !context.prefix.is_empty() && !"appendChild(".starts_with(context.prefix) {
        return;
    }
    let (parent, text_before) = match typed.strip_suffix('.') {
        Some(parent) => (parent, "appendChild("),
        None if !context.prefix.is_empty() => return,
        None => match typed
            .strip_suffix(".appendChild(")
            .or_else(|| typed.strip_suffix(".append("))
        {
            Some(parent) => (parent, ""),
            None => return,
        },
    };
    if parent != "document.body" && !is_plain_name(parent) {
        return;
    }
    let Some(child) = created_element(context).filter(|child| *child != parent) else {
        return;
    };
    // A parent that is no element of the page.
    let element = parent == "document.body"
        || context
            .code_lines_above()
            .take(60)
            .any(|line| declared_name(line) == Some(parent) && line.contains("= document."));
    if element {
        let text = format!("{text_before}{child}){}", terminator(context));
        let Some(text) = text.strip_prefix(context.prefix).map(str::to_owned) else {
            return;
        };
        // Begun, the member is the one the table ranks first: the argument is what this rule adds to it.
        let confidence = if context.prefix.is_empty() {
            0.88
        } else {
            0.92
        };
        out.push(if text_before.is_empty() {
            Suggestion::construct(text, confidence)
        } else {
            Suggestion::member(text, confidence)
        });
    }
}

/// The event parameter of a handler opened on `line`: `form.addEventListener('submit', (e) => {` -> `e`,
/// `const handleSubmit = (event) => {`, `function handleSubmit(event) {`.
fn handler_parameter(line: &str) -> Option<&str> {
    let header = line.strip_suffix('{')?.trim_end();
    let header = header.strip_suffix("=>").unwrap_or(header).trim_end();
    let parameters = header.strip_suffix(')')?;
    let (_, parameter) = parameters.rsplit_once('(')?;
    let parameter = parameter.split(':').next().unwrap_or(parameter).trim();
    matches!(parameter, "e" | "event" | "evt" | "ev").then_some(parameter)
}

/// A submit handler's first line -> `e.preventDefault();` (and `e.` -> `preventDefault();` there): the page
/// must not reload. An input's `const query = e.` or `setName(e.` -> `target.value`, what was typed.
fn event_handler(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    // `event.prev` begun: the rest of the member.
    let statement_member = context
        .before_prefix()
        .trim_start()
        .strip_suffix('.')
        .filter(|receiver| is_plain_name(receiver));
    let Some(member_rest) = "preventDefault".strip_prefix(context.prefix) else {
        return;
    };
    if context.prefix.is_empty() && !typed.is_empty() && statement_member.is_none() {
        target_value(context, out);
        return;
    }
    let Some(header) = context.previous_code_line().map(str::trim) else {
        return;
    };
    let Some(parameter) = handler_parameter(header).filter(|_| submit_handler(header)) else {
        return;
    };
    let end = terminator(context);
    match statement_member {
        Some(receiver) if receiver == parameter => {
            out.push(Suggestion::member(format!("{member_rest}(){end}"), 0.9));
        }
        Some(_) => {}
        None if !context.prefix.is_empty() => {}
        None => out.push(Suggestion::construct(
            format!("{parameter}.preventDefault(){end}"),
            0.86,
        )),
    }
}

/// Whether a handler's header is that of a form's submission.
fn submit_handler(header: &str) -> bool {
    header.contains("'submit'") || header.contains("\"submit\"") || header.contains("Submit")
}

/// Whether an input's change is handled on this line or by the handler just above.
fn change_handler(context: &Context<'_>) -> bool {
    let changed = |line: &str| {
        [
            "onChange",
            "'input'",
            "\"input\"",
            "'change'",
            "\"change\"",
            "handleChange",
        ]
        .iter()
        .any(|word| line.contains(word))
    };
    changed(context.line_before) || context.code_lines_above().take(2).any(changed)
}

/// `const query = e.` -> `target.value;`, `setName(e.` -> `target.value)`, `console.log(e.target.` -> `value)`, in
/// an input's handler.
fn target_value(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let (rest, text) = match typed.strip_suffix(".target.") {
        Some(rest) => (rest, "value"),
        None => match typed.strip_suffix('.') {
            Some(rest) => (rest, "target.value"),
            None => return,
        },
    };
    let parameter = rest
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '_'))
        .next()
        .unwrap_or("");
    let before = rest.get(..rest.len() - parameter.len()).unwrap_or("");
    if !matches!(parameter, "e" | "event" | "evt") || !change_handler(context) {
        return;
    }
    let ending = if before.trim_end().ends_with('=') && declared_name(typed).is_some() {
        terminator(context).to_owned()
    } else if before.strip_suffix('(').is_some_and(|call| {
        // A state's setter (`setName(`), not any call that takes the event's data.
        let callee = call
            .rsplit(|c: char| !(c.is_alphanumeric() || c == '_'))
            .next()
            .unwrap_or("");
        callee
            .strip_prefix("set")
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()))
    }) {
        jsx_closers(typed)
    } else if ["console.log(", "console.info(", "alert("].contains(&before.trim()) {
        // What was typed, shown (`console.log(e.target.` -> `value)`); other calls may want the event's own data.
        open_parentheses(typed).unwrap_or_default()
    } else {
        return;
    };
    out.push(Suggestion::member(format!("{text}{ending}"), 0.9));
}

/// `const name = nameInput.` -> `value`: a text field looked up on the page is read for what was typed in it. The
/// field is one the code looked up whose name or selector says it is an input (`nameInput`, `querySelector("input")`,
/// `#email-input`).
fn input_value(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let receiver = access.receiver;
    let Some(name) = declared_name(context.line_before) else {
        return;
    };
    if context.assignment_target(&access).is_none() || !is_plain_name(receiver) || receiver == name
    {
        return;
    }
    let looked_up = context.code_lines_above().take(40).find_map(|line| {
        let declared = declared_name(line)?;
        (declared == receiver).then_some(line)
    });
    let Some(lookup) = looked_up else {
        return;
    };
    if !(lookup.contains("document.getElementById(") || lookup.contains("document.querySelector("))
    {
        return;
    }
    let lowered_receiver = receiver.to_ascii_lowercase();
    let names_input = ["input", "field"]
        .iter()
        .any(|word| lowered_receiver.contains(word))
        || lookup.contains("(\"input")
        || lookup.contains("('input")
        || lookup.contains("-input")
        || lookup.contains("Input\"")
        || lookup.contains("Input'");
    if names_input {
        out.push(Suggestion::member("value", 0.88));
    }
}

/// `JSON.parse(event.` in a WebSocket's or a worker's message handler -> `data)`: a message event carries what was
/// sent in `data`. The handler is the nearest function around the cursor, set as `onmessage` or listening for
/// `"message"`, and the receiver is its parameter.
fn message_data(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(receiver) = context
        .dot_member()
        .map(|access| access.receiver)
        .filter(|receiver| is_plain_name(receiver))
    else {
        return;
    };
    let Some(handler) = context
        .enclosing_lines()
        .find(|line| line.contains("=>") || line.contains("function"))
    else {
        return;
    };
    let handles_message = handler.contains("onmessage")
        || handler.contains("\"message\"")
        || handler.contains("'message'");
    let parameter = handler
        .split_once("=>")
        .map_or(handler, |(head, _)| head)
        .rsplit_once('(')
        .and_then(|(_, list)| list.split(')').next())
        .map(str::trim);
    if !handles_message || parameter != Some(receiver) {
        return;
    }
    let closers = open_parentheses(typed).unwrap_or_default();
    let ending = if closers.is_empty() {
        terminator(context).to_owned()
    } else {
        format!("{closers}{}", terminator(context))
    };
    out.push(Suggestion::member(format!("data{ending}"), 0.88));
}

/// `new URLSearchParams(window.location.` -> `search)`: the page's query string is what its parameters are read from.
fn query_string(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(head) = typed
        .strip_suffix("URLSearchParams(window.location.")
        .or_else(|| typed.strip_suffix("URLSearchParams(location."))
    else {
        return;
    };
    if !head.ends_with("new ") {
        return;
    }
    let closers = open_parentheses(typed).unwrap_or_default();
    let ending = if declared_name(typed).is_some() {
        terminator(context)
    } else {
        ""
    };
    out.push(Suggestion::member(format!("search{closers}{ending}"), 0.88));
}

/// The `)` and, in a JSX attribute (`onChange={`), the `}` the line left open.
fn jsx_closers(typed: &str) -> String {
    let parentheses = open_parentheses(typed).unwrap_or_default();
    let braces = typed
        .matches('{')
        .count()
        .saturating_sub(typed.matches('}').count());
    format!("{parentheses}{}", "}".repeat(braces))
}

/// `localStorage.setItem('todos', ` -> `JSON.stringify(todos));` for the list the code keeps under that name;
/// `const todos = JSON.parse(localStorage.getItem(` -> `'todos'));`, the key named for the variable, and
/// `|| ` after it -> `[];` for a list.
fn stored_value(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if let Some((_, arguments)) = typed.rsplit_once("localStorage.setItem(") {
        let stringify = arguments.ends_with("JSON.stringify(");
        let key = arguments.trim_end_matches("JSON.stringify(").trim_end();
        let Some(key) = key
            .strip_suffix(',')
            .map(|key| key.trim().trim_matches(['\'', '"']))
        else {
            return;
        };
        let Some(value) = context.code_lines_above().take(200).find_map(|line| {
            if declared_name(line) == Some(key) {
                line.split_once(" = ").map(|(_, value)| value.trim())
            } else if line.contains(&format!("[{key}, set")) {
                line.split_once("useState(").map(|(_, value)| value.trim())
            } else {
                None
            }
        }) else {
            return;
        };
        let structured = value.starts_with(['[', '{']) || value.contains("JSON.parse(");
        let closers = open_parentheses(typed).unwrap_or_default();
        let end = terminator(context);
        if stringify {
            out.push(Suggestion::construct(format!("{key}{closers}{end}"), 0.85));
        } else if structured {
            out.push(Suggestion::construct(
                format!("JSON.stringify({key}){closers}{end}"),
                0.85,
            ));
        }
        return;
    }
    let Some(name) = declared_name(typed) else {
        return;
    };
    if typed.ends_with("localStorage.getItem(") {
        // A key the file keeps in a constant (`STORAGE_KEY`) is read back under that constant.
        if let Some(key) = super::javascript_everyday::stored_key(context).filter(|key| {
            key.chars()
                .all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit())
        }) {
            let closers = open_parentheses(typed).unwrap_or_default();
            out.push(Suggestion::construct(
                format!("{key}{closers}{}", terminator(context)),
                0.85,
            ));
            return;
        }
        if GENERAL_NAMES.contains(&name) || ["saved", "stored"].contains(&name) {
            return;
        }
        let quote = file_quote(context);
        let closers = open_parentheses(typed).unwrap_or_default();
        out.push(Suggestion::construct(
            format!("{quote}{name}{quote}{closers}{}", terminator(context)),
            0.8,
        ));
    } else if typed.ends_with(")) || ")
        && typed.contains("JSON.parse(localStorage.getItem(")
        && super::statements::singular(name).is_some()
    {
        out.push(Suggestion::construct(
            format!("[]{}", terminator(context)),
            0.85,
        ));
    }
}

/// `setForm({ ...form, [name]: ` -> `value });` under `const { name, value } = e.target;`: a form's shared change
/// handler stores the input's value under the input's name (`[e.target.name]: ` -> `e.target.value`).
fn changed_field_value(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before;
    if !context.prefix.is_empty() {
        return;
    }
    let Some(key) = typed
        .strip_suffix("]: ")
        .and_then(|head| head.rsplit_once('['))
        .map(|(_, key)| key)
    else {
        return;
    };
    let value = if let Some(target) = key.strip_suffix(".target.name") {
        format!("{target}.target.value")
    } else if is_plain_name(key) {
        let destructured = context.code_lines_above().take(10).find_map(|line| {
            let (names, source) = line.split_once(" = ")?;
            if !source.trim_end_matches(';').ends_with(".target") {
                return None;
            }
            let names = declared_pattern(names)?
                .strip_prefix('{')?
                .strip_suffix('}')?;
            let names: Vec<&str> = names.split(',').map(str::trim).collect();
            names.contains(&key).then_some(names)
        });
        let Some(names) = destructured else {
            return;
        };
        if !names.contains(&"value") {
            return;
        }
        "value".to_owned()
    } else {
        return;
    };
    // Close what the line opened, innermost first, an object's brace spaced as the line opened it.
    let mut open = Vec::new();
    for character in typed.chars() {
        match character {
            '(' | '{' | '[' => open.push(character),
            ')' | '}' | ']' => {
                open.pop();
            }
            _ => {}
        }
    }
    let closers: String = open
        .iter()
        .rev()
        .map(|bracket| match bracket {
            '(' => ")",
            '{' => " }",
            _ => "]",
        })
        .collect();
    out.push(Suggestion::construct(
        format!("{value}{closers}{}", terminator(context)),
        0.85,
    ));
}

/// What a declaration binds: `{ name, value }` in `const { name, value }`.
fn declared_pattern(line: &str) -> Option<&str> {
    ["const ", "let ", "var "]
        .iter()
        .find_map(|keyword| line.trim_start().strip_prefix(keyword))
        .map(str::trim)
}

/// `input.classList.` in the `else` of `if (...) { input.classList.add('invalid'); }` -> `remove('invalid');`,
/// and after `tabs.forEach((t) => t.classList.remove('active'));` -> `add('active');`: the other branch undoes
/// what the first did, and the one element chosen gets what every other lost.
fn other_class_change(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(receiver) = typed
        .strip_suffix(context.prefix)
        .and_then(|head| head.strip_suffix(".classList."))
    else {
        return;
    };
    if receiver.is_empty() || !receiver.split('.').all(is_plain_name) {
        return;
    }
    let mut else_between = false;
    for line in context.code_lines_above().take(8) {
        if line.starts_with("} else") {
            else_between = true;
            continue;
        }
        let Some((head, call)) = line.split_once(".classList.") else {
            continue;
        };
        let earlier = head
            .rsplit([' ', '(', '>', '{', ';'])
            .next()
            .unwrap_or(head);
        let Some((method, argument)) = call.split_once('(') else {
            return;
        };
        let other = match method {
            "add" => "remove",
            "remove" => "add",
            _ => return,
        };
        let Some(class) = argument.split(')').next().filter(|class| {
            class.len() > 2 && class.starts_with(['\'', '"']) && !class.contains(',')
        }) else {
            return;
        };
        let undone = earlier == receiver && else_between;
        let chosen = earlier != receiver && head.contains(".forEach(");
        if undone || chosen {
            let text = format!("{other}({class}){}", terminator(context));
            if let Some(rest) = text.strip_prefix(context.prefix) {
                out.push(Suggestion::construct(rest, 0.9));
            }
        }
        return;
    }
}

/// `onClick={handle` -> `Delete}` when `handleSave` and `handleCancel` are wired already and `handleDelete` only
/// declared: a component's markup is written to use the handlers (or the props) it declared, each once.
fn unwired_handler(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let prefix = context.prefix;
    let before = context.before_prefix();
    let Some((_, expression)) = before.rsplit_once("={") else {
        return;
    };
    if expression.contains('}') || !(prefix.starts_with("on") || prefix.starts_with("handle")) {
        return;
    }
    let matching: Vec<_> = context
        .scan
        .names
        .iter()
        .filter(|stats| stats.name.len() > prefix.len() && stats.name.starts_with(prefix))
        // An attribute's name (`onClick=`) is no handler of the code.
        .filter(|stats| !context.code.contains(&format!("{}=", stats.name)))
        .collect();
    // Each of the others already wired: declared, then used at least once.
    let mut unused = matching.iter().filter(|stats| stats.count == 1);
    let (Some(only), None) = (unused.next(), unused.next()) else {
        return;
    };
    if matching.len() < 2 || matching.iter().any(|stats| stats.count == 0) {
        return;
    }
    let Some(rest) = only.name.get(prefix.len()..) else {
        return;
    };
    let closer = if expression.trim().is_empty() {
        "}"
    } else {
        ""
    };
    out.push(Suggestion::construct(format!("{rest}{closer}"), 0.86));
}

/// React's everyday lines: `useEffect(` -> `() => {`, `const inputRef = useRef(` -> `null);`, `return () =>
/// clearInterval(` -> the interval the effect started, `createRoot(document.getElementById(` -> `'root'))`,
/// `root.render(` -> `<App />);`, `export default ` -> the component, `onSubmit={` -> `handleSubmit}`,
/// `onChange={(e) => ` -> the setter of the input's `value={...}`, `onClick={() => setOpen(` -> `!open)}` for a
/// flag, and `.then((data) => ` in an effect -> the setter of the state the URL names.
fn react_lines(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let end = terminator(context);
    let quote = file_quote(context);
    if typed == "useEffect(" {
        out.push(Suggestion::construct("() => {", 0.86));
    } else if (typed.ends_with("= useRef(")
        || typed.ends_with(">(")
            && typed
                .rsplit_once("= useRef<")
                .is_some_and(|(_, element)| element.ends_with("Element>(")))
        && declared_name(typed).is_some()
    {
        out.push(Suggestion::construct(format!("null){end}"), 0.85));
    } else if typed.ends_with("clearInterval(") || typed.ends_with("clearTimeout(") {
        let starter = if typed.ends_with("clearInterval(") {
            "= setInterval("
        } else {
            "= setTimeout("
        };
        let timer = context
            .code_lines_above()
            .take(12)
            .find(|line| line.contains(starter))
            .and_then(declared_name);
        if let Some(timer) = timer {
            let closers = open_parentheses(typed).unwrap_or_default();
            out.push(Suggestion::construct(
                format!("{timer}{closers}{end}"),
                0.86,
            ));
        }
    } else if typed.ends_with("createRoot(document.getElementById(") {
        let closers = open_parentheses(typed).unwrap_or_default();
        out.push(Suggestion::construct(
            format!("{quote}root{quote}{closers}{end}"),
            0.86,
        ));
    } else if typed.ends_with(".render(") && rendered_app(context) {
        let closers = open_parentheses(typed).unwrap_or_default();
        out.push(Suggestion::construct(
            format!("<App />{closers}{end}"),
            0.86,
        ));
    } else if typed == "export default " {
        default_component(context, out);
    } else if typed == "export default function "
        && (context.code.contains("from 'react'") || context.code.contains("from \"react\""))
        && !context.code.contains("function App(")
    {
        // A React module's default export is its component, the app's own in the first file written.
        out.push(Suggestion::construct("App() {", 0.8));
    } else if let Some(event) = typed.strip_suffix("={")
        && let Some(event) = event
            .rsplit(' ')
            .next()
            .and_then(|attribute| attribute.strip_prefix("on"))
        && !event.is_empty()
    {
        let handler = format!("handle{event}");
        let defined = context.code.contains(&format!("const {handler} ="))
            || context.code.contains(&format!("function {handler}("));
        if defined {
            out.push(Suggestion::construct(format!("{handler}}}"), 0.86));
        }
    } else if typed.ends_with("onChange={(e) => ") || typed.ends_with("onChange={(e) => set") {
        input_setter(context, out);
    } else if let Some(before) = typed.strip_suffix('(')
        && before.contains("onClick={() => set")
    {
        toggled_flag(context, before, out);
    } else if typed.ends_with(".then((data) => ") || typed.ends_with(".then(data => ") {
        fetched_state(context, out);
    }
}

/// Whether `root.render(` renders the file's `App`: the root was made by `createRoot` and `App` is imported or
/// defined.
fn rendered_app(context: &Context<'_>) -> bool {
    let typed = context.line_before.trim_start();
    let Some(root) = typed.strip_suffix(".render(") else {
        return false;
    };
    let made = context
        .code_lines_above()
        .take(20)
        .any(|line| declared_name(line) == Some(root) && line.contains("createRoot("));
    made && (context.code.contains("import App ") || context.code.contains("function App("))
}

/// `export default ` -> `App;`: the component (a capitalised function) the file defined, when nothing is
/// exported by default yet.
fn default_component(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.code_before_line().contains("export default") {
        return;
    }
    let component = context.code_lines_above().find_map(|line| {
        let name = line
            .strip_prefix("function ")
            .and_then(|rest| rest.split_once('('))
            .map(|(name, _)| name)
            .or_else(|| {
                declared_name(line).filter(|_| line.contains("=> {") || line.contains("=> ("))
            })?;
        (name.starts_with(|c: char| c.is_ascii_uppercase()) && is_plain_name(name)).then_some(name)
    });
    if let Some(component) = component {
        out.push(Suggestion::construct(
            format!("{component}{}", terminator(context)),
            0.85,
        ));
    }
}

/// The state and setter pairs a component declared, with what each starts as: `const [name, setName] =
/// useState('');` -> `(name, setName, "''")` (`let [`, TypeScript's `useState<string[]>([])` alike).
pub(super) fn state_pairs<'a>(
    context: &Context<'a>,
) -> impl Iterator<Item = (&'a str, &'a str, &'a str)> + use<'a> {
    context.code_lines_above().take(80).filter_map(|line| {
        let rest = line
            .strip_prefix("const [")
            .or_else(|| line.strip_prefix("let ["))?;
        let (pair, made) = rest.split_once("] = useState")?;
        let made = match made.strip_prefix('<') {
            Some(typed) => typed.split_once(">(")?.1,
            None => made.strip_prefix('(')?,
        };
        let initial = made.trim_end_matches(';').strip_suffix(')').unwrap_or(made);
        let (state, setter) = pair.split_once(',')?;
        Some((state.trim(), setter.trim(), initial))
    })
}

/// `<input value={name} onChange={(e) => ` -> `setName(e.target.value)}`: the input's state takes what is typed.
fn input_setter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some((_, value)) = typed.split_once("value={") else {
        return;
    };
    let Some((state, _)) = value.split_once('}') else {
        return;
    };
    let Some((_, setter, initial)) = state_pairs(context).find(|(name, _, _)| *name == state)
    else {
        return;
    };
    // What an input holds is text: a state that starts as a number or a flag is set otherwise.
    if !initial.starts_with(['\'', '"', '`']) {
        return;
    }
    let text = format!("{setter}(e.target.value)}}");
    let typed_part = if typed.ends_with("set") { "set" } else { "" };
    if let Some(rest) = text.strip_prefix(typed_part) {
        out.push(Suggestion::construct(rest.to_owned(), 0.86));
    }
}

/// `onClick={() => setOpen(` -> `!open)}` for a state that starts `true` or `false`.
fn toggled_flag(context: &Context<'_>, before: &str, out: &mut Vec<Suggestion>) {
    let Some(setter) = before.rsplit("=> ").next() else {
        return;
    };
    let Some((state, _, initial)) = state_pairs(context).find(|(_, name, _)| *name == setter)
    else {
        return;
    };
    if initial.starts_with("false") || initial.starts_with("true") {
        out.push(Suggestion::construct(format!("!{state})}}"), 0.86));
    }
}

/// `.then((data) => ` after `fetch('/api/users')` (on its line or above) -> `setUsers(data));`: the state the URL
/// names, else the component's one list or object waiting for data (`useState([])`, `useState(null)`).
fn fetched_state(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(url) = std::iter::once(typed)
        .chain(context.code_lines_above().take(4))
        .find_map(|line| {
            let (_, rest) = line.split_once("fetch(")?;
            let rest = rest.trim_start_matches(['\'', '"', '`']);
            rest.split(['\'', '"', '`']).next()
        })
    else {
        return;
    };
    let resource = url.trim_end_matches('/').rsplit('/').next().unwrap_or("");
    let named = state_pairs(context).find(|(state, _, _)| *state == resource);
    let waiting = || {
        let mut waiting =
            state_pairs(context).filter(|(_, _, initial)| matches!(*initial, "[]" | "null" | "{}"));
        match (waiting.next(), waiting.next()) {
            (Some(only), None) => Some(only),
            _ => None,
        }
    };
    let Some((_, setter, _)) = named.or_else(waiting) else {
        return;
    };
    let closers = open_parentheses(typed).unwrap_or_default();
    out.push(Suggestion::construct(
        format!("{setter}(data){closers}{}", terminator(context)),
        0.86,
    ));
}

/// `key={` in a list made by `items.map((item) => ` -> `item.id}`: each item's key is its id.
fn list_item_key(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let mapped_in = |line: &str| {
        mapped_parameter(line).or_else(|| {
            context
                .code_lines_above()
                .take(2)
                .find_map(mapped_parameter)
        })
    };
    // `key={todo.` with the item named: its id, from where it was left.
    if let Some((_, item)) = typed
        .strip_suffix('.')
        .and_then(|rest| rest.rsplit_once(" key={"))
    {
        if is_plain_name(item) && mapped_in(typed).as_deref() == Some(item) {
            out.push(Suggestion::member("id}", 0.88));
        }
        return;
    }
    // `key=` before its braces opened: the braces too.
    let opening = if typed.ends_with(" key={") {
        ""
    } else if typed.ends_with(" key=") {
        "{"
    } else {
        return;
    };
    if let Some(item) = mapped_in(typed) {
        out.push(Suggestion::construct(format!("{opening}{item}.id}}"), 0.85));
    }
}

/// The parameter of the callback a line's last `.map(` is given: `{items.map((item) => (` -> `item`.
fn mapped_parameter(line: &str) -> Option<String> {
    let (_, rest) = line.rsplit_once(".map(")?;
    let parameter = rest
        .split("=>")
        .next()?
        .trim()
        .trim_matches(['(', ')'])
        .trim();
    is_plain_name(parameter).then(|| parameter.to_owned())
}

/// The path of the route a Python decorator line registers (`@app.get("/items/{item_id}")` -> `/items/{item_id}`).
fn route_path(line: &str) -> Option<&str> {
    let rest = line.strip_prefix('@')?;
    let (_, arguments) = rest.split_once('(')?;
    let quote = arguments
        .chars()
        .next()
        .filter(|c| *c == '"' || *c == '\'')?;
    arguments.get(1..)?.split(quote).next()
}

/// Flask's and FastAPI's first route `@app.route(` / `@app.get(` -> `"/")`; a route function's `def name(` -> the
/// parameters its path names (`<int:user_id>` -> `user_id):`, FastAPI's `{item_id}` -> `item_id: int):`);
/// `app.run(` -> `debug=True)`, `request.args.` -> `get()`, `return render_template(` -> the page named for
/// the function, `return jsonify(` -> the local the function is named for.
fn web_route(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let flask = context.code.contains("Flask(");
    let fastapi = context.code.contains("FastAPI(");
    if !flask && !fastapi {
        return;
    }
    if typed == "@app.route(" || typed == "@app.get(" {
        let first = !context
            .code_lines_above()
            .any(|line| line.starts_with("@app."));
        if first {
            out.push(Suggestion::construct("\"/\")", 0.85));
        }
    } else if typed == "app.run(" {
        out.push(Suggestion::construct("debug=True)", 0.85));
    } else if typed
        .strip_prefix("def ")
        .or_else(|| typed.strip_prefix("async def "))
        == Some(context.prefix)
    {
        // `@app.route("/logout")` then `def ` -> `logout():`: a page's function is named for its one word (the root's
        // is anyone's guess: `index`, `home`, `hello_world`).
        let Some(page) = context
            .previous_code_line()
            .map(str::trim)
            .and_then(route_path)
            .and_then(|path| path.strip_prefix('/'))
            .map(|page| page.trim_end_matches('/').replace('-', "_"))
            .filter(|page| is_plain_name(page))
        else {
            return;
        };
        if let Some(rest) = format!("{page}():").strip_prefix(context.prefix) {
            out.push(Suggestion::construct(rest, 0.85));
        }
    } else if typed.ends_with("request.args.") {
        let closers = open_parentheses(typed).unwrap_or_default();
        out.push(Suggestion::member(format!("get(){closers}"), 0.88));
    } else if typed == "return render_template(" {
        if let Some(function) = route_function(context) {
            out.push(Suggestion::construct(format!("\"{function}.html\")"), 0.8));
        }
    } else if typed == "return jsonify(" {
        let Some(function) = route_function(context) else {
            return;
        };
        let local = context
            .code_lines_above()
            .take_while(|line| !line.starts_with("def "))
            .find_map(|line| line.split_once(" = ").map(|(name, _)| name.trim()))
            .filter(|name| is_plain_name(name) && function.ends_with(name));
        if let Some(local) = local {
            out.push(Suggestion::construct(format!("{local})"), 0.85));
        }
    }
}

/// `path("contact/", views.` -> `contact, name="contact"` in a Django `urlpatterns` whose earlier paths name their
/// view and their route after the page (`path("about/", views.about, name="about")`).
fn django_view(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context
        .line_after
        .trim()
        .chars()
        .all(|c| matches!(c, ')' | ','))
    {
        return;
    }
    let typed = context.before_prefix().trim_start();
    let Some((page, quote)) = typed
        .strip_prefix("path(")
        .and_then(|rest| rest.strip_suffix(", views."))
        .and_then(|path| {
            let quote = path.chars().next().filter(|c| matches!(c, '"' | '\''))?;
            let page = path.strip_prefix(quote)?.strip_suffix(quote)?;
            Some((page.trim_end_matches('/'), quote))
        })
        .filter(|(page, _)| is_plain_name(page))
    else {
        return;
    };
    let named_alike = |line: &str| {
        let Some(path) = line.strip_prefix("path(").and_then(route_page) else {
            return false;
        };
        line.contains(&format!("views.{path}, name={quote}{path}{quote})"))
    };
    if context.code_lines_above().take(30).any(named_alike)
        && let Some(rest) =
            format!("{page}, name={quote}{page}{quote}").strip_prefix(context.prefix)
    {
        out.push(Suggestion::construct(rest, 0.86));
    }
}

/// `author = models.ForeignKey(User, on_delete=models.` -> `CASCADE`: a Django model's row goes with the row
/// it belongs to, the choice every tutorial makes.
fn deleted_with_parent(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.before_prefix().trim_start();
    let related = ["ForeignKey(", "OneToOneField("]
        .iter()
        .any(|field| typed.contains(field));
    if related
        && typed.ends_with("on_delete=models.")
        && context.line_after.trim().chars().all(|c| c == ')')
        && let Some(rest) = "CASCADE".strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::member(rest, 0.9));
    }
}

/// The page a Django `path(` names (`"about/", views.about, ...` -> `about`).
fn route_page(arguments: &str) -> Option<&str> {
    let quote = arguments
        .chars()
        .next()
        .filter(|c| matches!(c, '"' | '\''))?;
    let page = arguments
        .get(1..)?
        .split(quote)
        .next()?
        .trim_end_matches('/');
    is_plain_name(page).then_some(page)
}

/// A route function's `def name(` -> the parameters its path names (`<int:user_id>` -> `user_id):`, FastAPI's
/// `{item_id}` -> `item_id: int):`), also once their first letters are typed (`def get_user(us` -> `er_id):`).
fn route_parameters(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.before_prefix().trim_start();
    if !(typed.starts_with("def ") || typed.starts_with("async def ")) || !typed.ends_with('(') {
        return;
    }
    let Some(path) = context
        .previous_code_line()
        .map(str::trim)
        .and_then(route_path)
    else {
        return;
    };
    // Searched last, the whole file: a Flask or FastAPI application's routes only.
    if !(context.code.contains("Flask(") || context.code.contains("FastAPI(")) {
        return;
    }
    let parameters: Vec<String> = path
        .split('/')
        .filter_map(|part| {
            if let Some(inner) = part.strip_prefix('<').and_then(|p| p.strip_suffix('>')) {
                let name = inner.rsplit(':').next()?;
                return is_plain_name(name).then(|| name.to_owned());
            }
            let name = part.strip_prefix('{')?.strip_suffix('}')?;
            let kind = if name == "id" || name.ends_with("_id") {
                "int"
            } else {
                "str"
            };
            is_plain_name(name).then(|| format!("{name}: {kind}"))
        })
        .collect();
    if parameters.is_empty() {
        return;
    }
    if let Some(rest) = format!("{}):", parameters.join(", ")).strip_prefix(context.prefix) {
        out.push(Suggestion::construct(rest, 0.86));
    }
}

/// The name of the decorated route function the cursor is in.
fn route_function<'a>(context: &Context<'a>) -> Option<&'a str> {
    let mut lines = context
        .code_lines_above()
        .skip_while(|line| !line.starts_with("def "));
    let header = lines.next()?;
    let decorated = lines.next().is_some_and(|line| line.starts_with("@app."));
    let name = header.strip_prefix("def ")?.split('(').next()?;
    decorated.then_some(name)
}

/// What `name` was assigned from in the lines above (`conn = sqlite3.connect("app.db")` -> its value).
fn assigned_value<'a>(context: &Context<'a>, name: &str) -> Option<&'a str> {
    context.code_lines_above().take(60).find_map(|line| {
        let line = line.strip_prefix("with ").unwrap_or(line);
        if let Some((value, target)) = line
            .strip_suffix(':')
            .and_then(|line| line.rsplit_once(" as "))
        {
            return (target.trim() == name).then_some(value.trim());
        }
        let (target, value) = line.split_once(" = ")?;
        (target.trim() == name).then_some(value.trim())
    })
}

/// `sqlite3`: `conn = sqlite3.` -> `connect()`, `cursor = conn.` -> `cursor()`, `cursor.` -> `execute()`,
/// `rows = cursor.` -> `fetchall()` (`row = ` -> `fetchone()`), the connection's `conn.` -> `commit()` after a
/// change (`close()` after the commit), and `conn.row_factory = sqlite3.` -> `Row`.
fn database(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    // `conn.cl` -> `ose()`: the member may be begun; the object says which it is all the same.
    let prefix = context.prefix;
    let Some(before) = typed
        .strip_suffix(prefix)
        .and_then(|typed| typed.strip_suffix('.'))
    else {
        return;
    };
    let mut offer = |member: &str, confidence: f64| {
        if let Some(rest) = member.strip_prefix(prefix) {
            let begun = if prefix.is_empty() { 0.0 } else { 0.04 };
            out.push(Suggestion::member(rest, confidence + begun));
        }
    };
    if !context.code.contains("sqlite3") {
        return;
    }
    let (target, receiver) = match before.split_once(" = ") {
        Some((target, receiver)) => (Some(target.trim()), receiver.trim()),
        None => (None, before),
    };
    if !is_plain_name(receiver) {
        return;
    }
    if receiver == "sqlite3" {
        // `conn.row_factory = sqlite3.` -> `Row`: the one factory sqlite3 ships, rows read by column name.
        if target.is_some_and(|target| target.ends_with(".row_factory")) {
            offer("Row", 0.9);
        } else if target.is_some() {
            offer("connect()", 0.9);
        }
        return;
    }
    let Some(value) = assigned_value(context, receiver) else {
        return;
    };
    let connection = value.starts_with("sqlite3.connect(");
    let cursor = value.ends_with(".cursor()");
    match (target, connection, cursor) {
        (Some(target), true, _) if target.starts_with("cur") || target == "c" => {
            offer("cursor()", 0.9);
        }
        (None, true, _) => {
            let mut changed = false;
            for line in context.code_lines_above().take(40) {
                if line.starts_with(&format!("{receiver}.commit()")) {
                    offer("close()", 0.86);
                    return;
                }
                let upper = line.to_uppercase();
                changed |= line.contains(".execute(")
                    && ["INSERT", "UPDATE", "DELETE", "CREATE"]
                        .iter()
                        .any(|word| upper.contains(word));
                if line.starts_with(&format!("{receiver} = ")) {
                    break;
                }
            }
            if changed {
                offer("commit()", 0.88);
            }
        }
        (None, _, true) => offer("execute()", 0.88),
        (Some(target), _, true) => {
            let member = if matches!(target, "rows" | "results" | "records" | "data")
                || super::statements::singular(target).is_some_and(|_| target.ends_with('s'))
            {
                "fetchall()"
            } else if matches!(
                target,
                "row" | "result" | "record" | "user" | "item" | "one"
            ) {
                "fetchone()"
            } else {
                return;
            };
            offer(member, 0.88);
        }
        _ => {}
    }
}

/// The file a `with open(...) as f:` a few lines above opened, when the cursor is in its block.
fn file_of_with_block<'a>(context: &Context<'a>) -> Option<&'a str> {
    let line = context
        .code_lines_above()
        .take(6)
        .find(|line| line.starts_with("with open("))?;
    let name = line.strip_suffix(':')?.rsplit_once(" as ")?.1.trim();
    is_plain_name(name).then_some(name)
}

/// `csv.reader(` in a `with open(...) as f:` block -> `f)` (`writer(`, `DictReader(` too); `open("out.csv", "w", `
/// -> `newline="")`, as the `csv` module asks; a `DictWriter`'s first `writer.` -> `writeheader()`.
fn csv_file(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if !context.code.contains("import csv") {
        return;
    }
    if ["csv.reader(", "csv.writer(", "csv.DictReader("]
        .iter()
        .any(|call| typed.ends_with(call))
    {
        if let Some(file) = file_of_with_block(context) {
            let closers = open_parentheses(typed).unwrap_or_default();
            out.push(Suggestion::construct(format!("{file}{closers}"), 0.88));
        }
    } else if typed.starts_with("with open(") && typed.ends_with(", \"w\", ") {
        out.push(Suggestion::construct("newline=\"\")", 0.85));
    } else if let Some(writer) = typed.strip_suffix('.')
        && is_plain_name(writer)
        && assigned_value(context, writer).is_some_and(|value| value.starts_with("csv.DictWriter("))
        && !context.code.contains(&format!("{writer}.writeheader()"))
    {
        out.push(Suggestion::member("writeheader()", 0.88));
    }
}

/// `strptime(s, "%Y-%m-` -> `%d")`, `"%H:%M:` -> `%S`: the field a date or time format still lacks once its
/// separators show which order it follows (year, month, day; day, month, year; hours, minutes, seconds).
fn date_format_field(
    before: &str,
    text: &str,
    quote: char,
    closers: &str,
    out: &mut Vec<Suggestion>,
) {
    const NEXT_FIELD: &[(&str, &str, bool)] = &[
        ("%Y-%m-", "%d", true),
        ("%Y/%m/", "%d", true),
        ("%d/%m/", "%Y", true),
        ("%m/%d/", "%Y", true),
        ("%d.%m.", "%Y", true),
        ("%d-%m-", "%Y", true),
        ("%H:%M:", "%S", true),
        ("%Y-", "%m-%d", false),
        ("%H:", "%M", false),
    ];
    let formats_a_date = ["strftime(", "strptime("]
        .iter()
        .any(|call| before.contains(call));
    if !formats_a_date {
        return;
    }
    let Some((_, field, ends)) = NEXT_FIELD
        .iter()
        .find(|(typed, _, _)| text.ends_with(typed))
    else {
        return;
    };
    // A date ends the format as often as a time follows it; a time's seconds end it.
    let suggestion = if *ends {
        format!("{field}{quote}{closers}")
    } else {
        (*field).to_owned()
    };
    out.push(Suggestion::construct(suggestion, 0.85));
}

/// A date's text: `today = now.strftime(` -> `"%Y-%m-%d")`, `timestamp = datetime.now().strftime(` -> `"%Y-%m-%d
/// %H:%M:%S")` (the format the variable names); `date_str = datetime.now().` -> `strftime()`; `today = date.` ->
/// `today()`; `(date.today() - birthday).` -> `days`.
fn date_format(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    // Two dates apart (`(date.today() - birthday).`) are a number of days.
    if let Some(access) = context.dot_member()
        && access.receiver.starts_with('(')
        && access.receiver.contains(" - ")
        && access.receiver.contains("date.today()")
    {
        out.push(Suggestion::member("days", 0.88));
        return;
    }
    let Some((target, value)) = typed.split_once(" = ") else {
        return;
    };
    let target = target.trim().to_lowercase();
    if value.ends_with(".strftime(") {
        let Some(format) = format_named_by(&target) else {
            return;
        };
        let closers = open_parentheses(typed).unwrap_or_default();
        out.push(Suggestion::construct(
            format!("\"{format}\"{closers}"),
            0.82,
        ));
    } else if value == "datetime.now()." || value == "datetime.datetime.now()." {
        let text = target.contains("str") || target.contains("stamp") || target.contains("text");
        if text {
            out.push(Suggestion::member("strftime()", 0.9));
        }
    } else if (value == "date." || value == "datetime.date.") && target == "today" {
        out.push(Suggestion::member("today()", 0.9));
    }
}

/// The `strftime` format a variable's name asks for: a stamp both date and time, a time or a date alone.
fn format_named_by(target: &str) -> Option<&'static str> {
    if target.contains("stamp") || target.contains("datetime") {
        Some("%Y-%m-%d %H:%M:%S")
    } else if target.contains("time") {
        Some("%H:%M:%S")
    } else if target.contains("date") || target.contains("today") || target == "day" {
        Some("%Y-%m-%d")
    } else {
        None
    }
}

/// `pathlib` and `re`: `Path(__file__).resolve().` -> `parent`, `text = path.` -> `read_text()` for a `Path`,
/// `path.mkdir(` -> `parents=True, exist_ok=True)`; `re.findall(r"\d+", ` (`re.sub(r"\s+", " ", `) -> the
/// text the code holds, `emails = re.` -> `findall()` for a plural, and a match's `m.group(` -> `1)` when its
/// pattern captures one group.
fn path_and_pattern(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if let Some(group) = captured_group(context, typed) {
        out.push(Suggestion::construct(group, 0.86));
        return;
    }
    if typed.ends_with("Path(__file__).resolve().") {
        out.push(Suggestion::member("parent", 0.88));
        return;
    }
    if let Some((target, receiver)) = typed
        .strip_suffix('.')
        .and_then(|before| before.split_once(" = "))
    {
        let target = target.trim();
        // Pieces are split (`parts = re.split(`), matches found.
        let pieces = matches!(
            target,
            "parts" | "fields" | "pieces" | "chunks" | "lines" | "tokens" | "columns"
        );
        if receiver == "re"
            && !pieces
            && target.ends_with('s')
            && super::statements::singular(target).is_some()
        {
            out.push(Suggestion::member("findall()", 0.9));
        } else if receiver == "re" && matches!(target, "m" | "match" | "mo" | "matched") {
            // A match object is what `re.match` gives (`re.search` finds one anywhere: listed next).
            out.push(Suggestion::member("match()", 0.88));
        } else if matches!(target, "text" | "content" | "contents")
            && is_plain_name(receiver)
            && assigned_value(context, receiver).is_some_and(|value| value.starts_with("Path("))
        {
            out.push(Suggestion::member("read_text()", 0.9));
        }
        return;
    }
    if let Some(receiver) = typed.strip_suffix(".mkdir(")
        && is_plain_name(receiver)
        && assigned_value(context, receiver).is_some_and(|value| value.starts_with("Path("))
    {
        out.push(Suggestion::construct("parents=True, exist_ok=True)", 0.85));
        return;
    }
    // `re.sub(pattern, replacement, ` takes the text third, as `re.findall(pattern, ` takes it second.
    let text_argument = typed
        .rsplit_once("re.findall(")
        .filter(|(_, arguments)| arguments.matches(", ").count() == 1)
        .or_else(|| {
            typed
                .rsplit_once("re.sub(")
                .filter(|(_, arguments)| arguments.matches(", ").count() == 2)
        });
    if let Some((_, arguments)) = text_argument
        && arguments.starts_with(['r', '"', '\''])
        && arguments.ends_with(", ")
    {
        let text = context.code_lines_above().take(30).find_map(|line| {
            let (name, _) = line.split_once(" = ")?;
            let name = name.trim();
            matches!(
                name,
                "text" | "line" | "s" | "sentence" | "content" | "html" | "string"
            )
            .then_some(name)
        });
        if let Some(text) = text {
            let closers = open_parentheses(typed).unwrap_or_default();
            out.push(Suggestion::construct(format!("{text}{closers}"), 0.82));
        }
    }
}

/// Standard input: `data = sys.stdin.` -> `read()`, `line = line.` in a loop over lines (a file's, standard
/// input's, a text's `splitlines()`) -> `strip()`,
/// `numbers = list(map(int, ` -> `input().split()))`, `n = int(` -> `input())`.
fn standard_input(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some((target, value)) = typed.split_once(" = ") else {
        return;
    };
    let target = target.trim();
    if value == "sys.stdin." && is_plain_name(target) {
        out.push(Suggestion::member("read()", 0.88));
    } else if value == format!("{target}.") && target.contains("line") {
        // A loop over standard input or an opened file's lines.
        let in_loop = context.enclosing_lines().next().is_some_and(|line| {
            line.strip_prefix(&format!("for {target} in "))
                .is_some_and(|iterable| {
                    iterable.contains("stdin")
                        || iterable.contains("open(")
                        || iterable.ends_with(".splitlines():")
                        || iterable.ends_with(".readlines():")
                        || matches!(iterable, "f:" | "file:" | "fh:" | "lines:")
                })
        });
        if in_loop {
            out.push(Suggestion::member("strip()", 0.9));
        }
        return;
    }
    // A script's first lines, not a function's: there `int(` converts what the function was given.
    let script = context.current_indentation() == 0
        && !context.code_before_line().contains("def ")
        && !context.code.contains("sys.");
    if value == "list(map(int, " && script {
        out.push(Suggestion::construct("input().split()))", 0.85));
    } else if value == "int("
        && matches!(
            target,
            "n" | "num" | "number" | "x" | "age" | "guess" | "k" | "t" | "year" | "choice"
        )
        && script
    {
        out.push(Suggestion::construct("input())", 0.8));
    }
}

/// `avg = df.groupby("dept")["salary"].` -> `mean()`: the aggregate a grouped column's variable is named for.
fn grouped_aggregate(typed: &str) -> Option<&'static str> {
    let (target, value) = typed.split_once(" = ")?;
    if !value.contains(".groupby(") || !value.ends_with(['.']) || value.ends_with("..") {
        return None;
    }
    // The aggregate comes right after the grouping or its column: `groupby(...).` or `groupby(...)["x"].`.
    let after = value.rsplit_once(".groupby(")?.1;
    if after.matches('.').count() != 1 {
        return None;
    }
    let target = target.to_ascii_lowercase();
    let words: Vec<&str> = target.split('_').collect();
    let has = |word: &str| words.contains(&word);
    if has("avg") || has("mean") || has("average") {
        Some("mean()")
    } else if has("total") || has("sum") || has("totals") {
        Some("sum()")
    } else if has("count") || has("counts") {
        Some("count()")
    } else if has("max") {
        Some("max()")
    } else if has("min") {
        Some("min()")
    } else {
        None
    }
}

/// pandas and `Counter`: `print(df.` -> `head())` for a frame just read, `df.to_csv("out.csv", ` -> `index=False)`,
/// `print(counts.` -> `most_common())` for a `Counter` (and `Counter(words).` -> `most_common()`), and a grouped
/// column's aggregate named by its variable (`avg = df.groupby("dept")["salary"].` -> `mean()`).
fn table_and_counter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if context.prefix.is_empty()
        && typed.ends_with(").")
        && typed
            .rsplit_once("Counter(")
            .is_some_and(|(before, inside)| {
                !before.ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '.')
                    && !inside.trim_end_matches(").").contains(['(', ')'])
            })
    {
        out.push(Suggestion::member("most_common()", 0.88));
        return;
    }
    if let Some(aggregate) = grouped_aggregate(typed) {
        out.push(Suggestion::member(aggregate, 0.86));
        return;
    }
    if let Some(receiver) = typed
        .strip_prefix("print(")
        .and_then(|rest| rest.strip_suffix('.'))
        .filter(|receiver| is_plain_name(receiver))
    {
        let Some(value) = assigned_value(context, receiver) else {
            return;
        };
        if value.starts_with("pd.read_csv(") {
            out.push(Suggestion::member("head())", 0.88));
        } else if value.starts_with("Counter(") {
            out.push(Suggestion::member("most_common())", 0.88));
        }
    } else if let Some((receiver, arguments)) = typed.split_once(".to_csv(")
        && is_plain_name(receiver)
        && arguments.ends_with(", ")
        && arguments.matches(", ").count() == 1
        && assigned_value(context, receiver).is_some_and(|value| value.starts_with("pd."))
    {
        out.push(Suggestion::construct("index=False)", 0.85));
    }
}

/// `input.value = ` after the input's value was read a few lines above -> `'';`: the field is emptied for the next
/// entry.
fn cleared_input(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(input) = typed
        .strip_suffix(".value = ")
        .filter(|input| is_plain_name(input))
    else {
        return;
    };
    let read = format!("{input}.value");
    let was_read = context
        .code_lines_above()
        .take(6)
        .any(|line| line.contains(&read) && !line.starts_with(&format!("{read} =")));
    if was_read {
        let quote = file_quote(context);
        out.push(Suggestion::construct(
            format!("{quote}{quote}{}", terminator(context)),
            0.85,
        ));
    }
}

/// A `better-sqlite3` statement run the way its SQL and its receiver say: `const rows = db.prepare("SELECT ...").`
/// -> `all();`, a single `user` -> `get();`, and an `INSERT` (`UPDATE`, `DELETE`) -> `run();`.
fn prepared_statement(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !(context.code.contains("new Database(") || context.code.contains("better-sqlite3")) {
        return;
    }
    let sql = if access.receiver.contains(".prepare(") {
        Some(access.receiver)
    } else if is_plain_name(access.receiver) {
        super::statements::declaration_of(context, access.receiver)
            .filter(|value| value.contains(".prepare("))
    } else {
        None
    };
    let Some(sql) = sql.map(str::to_ascii_uppercase) else {
        return;
    };
    let changes = ["INSERT ", "UPDATE ", "DELETE "]
        .iter()
        .any(|word| sql.contains(word));
    let method = if changes {
        if !context.member_starts_statement(&access) {
            return;
        }
        "run()"
    } else if sql.contains("SELECT ") {
        let Some(target) = context.assignment_target(&access) else {
            return;
        };
        let name = target.rsplit(' ').next().unwrap_or(target);
        if matches!(
            name,
            "rows" | "users" | "items" | "results" | "records" | "all"
        ) || name.ends_with('s') && super::statements::singular(name).is_some()
        {
            "all()"
        } else if matches!(name, "row" | "user" | "item" | "result" | "record" | "one") {
            "get()"
        } else {
            return;
        }
    } else {
        return;
    };
    out.push(Suggestion::member(
        format!("{method}{}", super::idioms::terminator(context)),
        0.9,
    ));
}

/// `m.group(` -> `1)` where `m = re.match(r"...(...)...", ...)` (or `search`) captures exactly one group: the group
/// is what the pattern was written for.
fn captured_group(context: &Context<'_>, typed: &str) -> Option<String> {
    let call = typed.strip_suffix(".group(")?;
    let receiver = call
        .rsplit(|c: char| !super::lexer::is_identifier_char(c))
        .next()
        .unwrap_or(call);
    if !is_plain_name(receiver) {
        return None;
    }
    let value = assigned_value(context, receiver)?;
    let pattern = ["re.match(", "re.search(", "re.fullmatch("]
        .iter()
        .find_map(|call| value.strip_prefix(call))?;
    let pattern = pattern.strip_prefix('r').unwrap_or(pattern);
    let quote = pattern
        .chars()
        .next()
        .filter(|quote| matches!(quote, '"' | '\''))?;
    let body = pattern.get(1..)?.split(quote).next()?;
    // Groups that capture: `(` not escaped and not `(?:`.
    let mut groups = 0;
    let mut previous = ' ';
    let mut characters = body.chars().peekable();
    while let Some(character) = characters.next() {
        if character == '(' && previous != '\\' && characters.peek() != Some(&'?') {
            groups += 1;
        }
        previous = if previous == '\\' { ' ' } else { character };
    }
    (groups == 1).then(|| format!("1{}", open_parentheses(typed).unwrap_or_default()))
}

/// `canvas.getCon` -> `text("2d");`: a canvas is drawn on through its 2D context in nearly every program that
/// names one (WebGL's contexts are asked for by libraries, not typed by hand).
fn drawing_context(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let canvas = access.receiver.to_ascii_lowercase().ends_with("canvas");
    if !canvas || context.prefix.len() < 4 {
        return;
    }
    let Some(rest) = "getContext".strip_prefix(context.prefix) else {
        return;
    };
    let quote = file_quote(context);
    let end = if open_parentheses(context.line_before).is_some_and(|closers| closers.is_empty()) {
        terminator(context)
    } else {
        ""
    };
    out.push(Suggestion::construct(
        format!("{rest}({quote}2d{quote}){end}"),
        0.88,
    ));
}

/// `getContext("` -> `2d`: the context a hand-written canvas program asks for.
fn drawing_context_kind(
    context: &Context<'_>,
    literal: &super::lexer::Token,
    out: &mut Vec<Suggestion>,
) {
    let (Some(before), Some(typed)) = (
        context.before_literal(literal),
        context.typed_in_literal(literal),
    ) else {
        return;
    };
    let Some(body) = typed.strip_prefix(['"', '\'']) else {
        return;
    };
    if before.ends_with(".getContext(")
        && let Some(rest) = "2d".strip_prefix(body)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, 0.88));
    }
}

/// `requestAnimationFrame(` inside `function loop() {` -> `loop);`: a frame asks for the next one by the name of
/// the function drawing it. Only where the enclosing function has a name the call can take.
fn next_frame(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(typed) = context
        .before_prefix()
        .trim_start()
        .strip_prefix("requestAnimationFrame(")
    else {
        return;
    };
    if !typed.is_empty() {
        return;
    }
    let Some(function) = super::statements::enclosing_function(context) else {
        return;
    };
    let name = function.name;
    if !is_plain_name(name) || name.len() <= context.prefix.len() {
        return;
    }
    let Some(rest) = name.strip_prefix(context.prefix) else {
        return;
    };
    out.push(Suggestion::construct(
        format!("{rest}){}", terminator(context)),
        0.88,
    ));
}

/// The events pages listen for, most listened for first.
const EVENTS: &[&str] = &[
    "click",
    "submit",
    "input",
    "change",
    "keydown",
    "keyup",
    "load",
    "DOMContentLoaded",
    "mousedown",
    "mouseup",
    "mousemove",
    "resize",
    "scroll",
    "dblclick",
    "focus",
    "blur",
    "touchstart",
    "touchend",
    "message",
    "error",
];

/// `addEventListener("cl` -> `ick`: the one event the typed letters begin. Where several do, the first not yet
/// listened for in the file when the rest are (`key` -> `up` once `keydown` has its listener), else none but
/// `keydown`, which a game's `key` means far more often than `keyup`.
fn listened_event(context: &Context<'_>, literal: &super::lexer::Token, out: &mut Vec<Suggestion>) {
    let (Some(before), Some(typed)) = (
        context.before_literal(literal),
        context.typed_in_literal(literal),
    ) else {
        return;
    };
    let Some(body) = typed.strip_prefix(['"', '\'']) else {
        return;
    };
    if !before.ends_with("addEventListener(") {
        return;
    }
    if body.is_empty() {
        listened_pair(context, before, &typed[..1], out);
        return;
    }
    if body.len() < 2 {
        return;
    }
    let begun: Vec<&str> = EVENTS
        .iter()
        .copied()
        .filter(|event| event.len() > body.len() && event.starts_with(body))
        .collect();
    let listened = |event: &str| {
        context.code.contains(&format!("\"{event}\""))
            || context.code.contains(&format!("'{event}'"))
    };
    let fresh: Vec<&str> = begun
        .iter()
        .copied()
        .filter(|event| !listened(event))
        .collect();
    let event = match (begun.as_slice(), fresh.as_slice()) {
        ([only], _) | (_, [only]) => *only,
        (["keydown", "keyup"], ["keydown", "keyup"]) => "keydown",
        _ => return,
    };
    // The quote closes the name: the string is finished, and its rival, the literal's closer alone (`')` after
    // `'cl`), would leave the name cut.
    let quote = &typed[..1];
    if let Some(rest) = event.strip_prefix(body) {
        out.push(Suggestion::construct(format!("{rest}{quote}"), 0.88));
    }
}

/// `method: 'DEL` -> `ETE',`: a request's options name one of the HTTP methods, and the letters typed begin one
/// only; an option on its own line ends with its comma, as the options around it do.
fn request_method(context: &Context<'_>, literal: &super::lexer::Token, out: &mut Vec<Suggestion>) {
    let (Some(before), Some(typed)) = (
        context.before_literal(literal),
        context.typed_in_literal(literal),
    ) else {
        return;
    };
    let Some(body) = typed.strip_prefix(['"', '\'']) else {
        return;
    };
    let option = before.trim_end();
    if body.is_empty() || !(option.ends_with("method:") || option.ends_with("method =")) {
        return;
    }
    let mut matching = HTTP_METHODS
        .iter()
        .filter(|method| method.len() > body.len() && method.starts_with(body));
    let (Some(method), None) = (matching.next(), matching.next()) else {
        return;
    };
    let quote = &typed[..1];
    let comma = if option.trim_start() == "method:" {
        ","
    } else {
        ""
    };
    if let Some(rest) = method.strip_prefix(body) {
        out.push(Suggestion::construct(format!("{rest}{quote}{comma}"), 0.88));
    }
}

/// Events listened for in pairs: the press and the release, the entry and the exit.
const EVENT_PAIRS: &[(&str, &str)] = &[
    ("keydown", "keyup"),
    ("mousedown", "mouseup"),
    ("mouseenter", "mouseleave"),
    ("mouseover", "mouseout"),
    ("touchstart", "touchend"),
    ("dragstart", "dragend"),
    ("pointerdown", "pointerup"),
    ("focus", "blur"),
];

/// `document.addEventListener('` under `document.addEventListener('keydown', ...)` -> `keyup'`: the element
/// listened to for one half of a pair is listened to for the other.
fn listened_pair(context: &Context<'_>, before: &str, quote: &str, out: &mut Vec<Suggestion>) {
    let Some(receiver) = before
        .trim_start()
        .strip_suffix(".addEventListener(")
        .filter(|receiver| !receiver.is_empty())
    else {
        return;
    };
    let listens = |event: &str| {
        ['\'', '"'].iter().any(|quote| {
            context.code.contains(&format!(
                "{receiver}.addEventListener({quote}{event}{quote}"
            ))
        })
    };
    let mut halves =
        EVENT_PAIRS
            .iter()
            .filter_map(|&(one, other)| match (listens(one), listens(other)) {
                (true, false) => Some(other),
                (false, true) => Some(one),
                _ => None,
            });
    if let (Some(event), None) = (halves.next(), halves.next()) {
        out.push(Suggestion::construct(format!("{event}{quote}"), 0.86));
    }
}

/// The names `KeyboardEvent.key` gives the keys a handler tests by name, most tested first.
const KEY_NAMES: &[&str] = &[
    "Enter",
    "Escape",
    "ArrowUp",
    "ArrowDown",
    "ArrowLeft",
    "ArrowRight",
    "Backspace",
    "Tab",
    "Delete",
    "Shift",
    "Control",
    "Home",
    "PageUp",
    "PageDown",
];

/// `e.key === 'Esc` -> `ape'`: a key compared by name is the one key name the typed letters begin (`'Arrow`
/// begins four: none).
fn compared_key(context: &Context<'_>, literal: &super::lexer::Token, out: &mut Vec<Suggestion>) {
    let (Some(before), Some(typed)) = (
        context.before_literal(literal),
        context.typed_in_literal(literal),
    ) else {
        return;
    };
    let Some(body) = typed.strip_prefix(['"', '\'']) else {
        return;
    };
    let before = before.trim_end();
    let compares_key = ["===", "!==", "=="]
        .iter()
        .find_map(|operator| before.strip_suffix(operator))
        .is_some_and(|operand| operand.trim_end().ends_with(".key"));
    if !compares_key {
        return;
    }
    // Three arrows handled already: the fourth is the one left (`'‸'` under `'ArrowUp'`).
    let handled = |key: &&str| {
        context.code.contains(&format!("'{key}'")) || context.code.contains(&format!("\"{key}\""))
    };
    let arrows = ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"];
    let mut left = arrows.iter().filter(|key| !handled(key));
    if let (Some(key), None) = (left.next(), left.next())
        && let Some(rest) = key.strip_prefix(body)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(
            format!("{rest}{}", &typed[..1]),
            0.88,
        ));
        return;
    }
    if body.len() < 2 {
        return;
    }
    let mut begun = KEY_NAMES
        .iter()
        .filter(|key| key.len() > body.len() && key.starts_with(body));
    let (Some(key), None) = (begun.next(), begun.next()) else {
        return;
    };
    let quote = &typed[..1];
    if let Some(rest) = key.strip_prefix(body) {
        out.push(Suggestion::construct(format!("{rest}{quote}"), 0.88));
    }
}

/// `e.k` -> `ey` in a key listener (`addEventListener("keydown", (e) => {`): the key pressed is what a handler
/// reads first.
fn pressed_key(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let Some(rest) = "key".strip_prefix(context.prefix) else {
        return;
    };
    if context.prefix.is_empty() || rest.is_empty() {
        return;
    }
    let listens_for_keys = context.enclosing_lines().take(3).any(|header| {
        let lowered = header.to_ascii_lowercase();
        (lowered.contains("addeventlistener(\"key") || lowered.contains("addeventlistener('key"))
            && handler_parameter(header) == Some(access.receiver)
    });
    if listens_for_keys {
        out.push(Suggestion::member(rest, 0.88));
    }
}

/// `ctx.arc(x, y, r, 0, Math.PI * ` -> `2);`: an arc drawn to its end angle by hand is a whole circle (a ball, a
/// dot); half circles are rarer and written `Math.PI)`.
fn full_circle(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before;
    let Some(call) = typed.strip_suffix("Math.PI * ") else {
        return;
    };
    let Some((_, arguments)) = call.rsplit_once(".arc(") else {
        return;
    };
    // The end angle is the fifth argument: four typed before it.
    if arguments.matches(',').count() != 4 || arguments.contains(['(', ')']) {
        return;
    }
    let end =
        if typed.trim_start().starts_with("ctx.") || typed.trim_start().starts_with("context.") {
            terminator(context)
        } else {
            ""
        };
    out.push(Suggestion::construct(format!("2){end}"), 0.85));
}

/// How many lines above are searched for the canvas's declaration.
const LINES_SEARCHED: usize = 300;

/// `ctx.clearRect(0, 0, ` -> `canvas.width, canvas.height);`: a frame is cleared (or its background filled) over
/// the whole canvas, the one the file declared.
fn whole_canvas(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.member.is_some_and(|access| access.separator != ".") {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some((call, begun)) = [".clearRect(0, 0, ", ".fillRect(0, 0, "]
        .iter()
        .find_map(|call| typed.split_once(call).map(|(_, begun)| (*call, begun)))
    else {
        return;
    };
    let Some(canvas) = context
        .code_lines_above()
        .take(LINES_SEARCHED)
        .find_map(|line| {
            let name = declared_name(line)?;
            (name.to_ascii_lowercase().ends_with("canvas")).then_some(name)
        })
    else {
        return;
    };
    let whole = format!("{canvas}.width, {canvas}.height)");
    let Some(rest) = whole.strip_prefix(begun).filter(|rest| !rest.is_empty()) else {
        return;
    };
    // `fillRect` paints whatever the style is: only a background (first statement after `fillStyle`) covers it all.
    if call == ".fillRect(0, 0, "
        && !context
            .previous_code_line()
            .is_some_and(|line| line.contains("fillStyle"))
    {
        return;
    }
    out.push(Suggestion::construct(
        format!("{rest}{}", terminator(context)),
        0.85,
    ));
}

/// `keys[e.key] = ` in a `keyup` listener -> `false;` where the `keydown` listener set the same entry `true`: a key
/// released undoes what its press did (the same for `mouseup` after `mousedown`).
fn released_key(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    let Some(target) = context
        .line_before
        .trim()
        .strip_suffix('=')
        .map(str::trim_end)
    else {
        return;
    };
    if target.is_empty() || target.ends_with(['=', '!', '<', '>']) {
        return;
    }
    let listener = context.enclosing_lines().take(3).find_map(|header| {
        ["keyup", "mouseup"].into_iter().find(|event| {
            header.contains(&format!("\"{event}\"")) || header.contains(&format!("'{event}'"))
        })
    });
    let Some(released) = listener else {
        return;
    };
    let pressed = if released == "keyup" {
        "keydown"
    } else {
        "mousedown"
    };
    let code = context.code_before_line();
    let Some(press) = code
        .find(&format!("\"{pressed}\""))
        .or_else(|| code.find(&format!("'{pressed}'")))
    else {
        return;
    };
    let set_true = code
        .get(press..)
        .unwrap_or("")
        .lines()
        .take(6)
        .any(|line| line.trim().trim_end_matches(';') == format!("{target} = true"));
    if set_true {
        out.push(Suggestion::construct(
            format!("false{}", terminator(context)),
            0.85,
        ));
    }
}
