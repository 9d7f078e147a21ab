//! What a class's own methods say about the class they are in, once the first classes get properties: a Python
//! `@property`'s body returns the hidden attribute the constructor set (`return self.` -> `_name`), the property
//! then gets its setter (`@name.` -> `setter`; `@class` -> `method`), and a setter stores the value it is given (`self._name = ` ->
//! `value`, JavaScript's `set balance(value) { this._balance = ` -> `value;`); a comparison method checks for its
//! own class (`isinstance(other, ` -> `Point):`), and a TypeScript static factory returns one
//! (`static fromJSON(json: string): ` -> `Person {`). A TypeScript getter reads the field it is named for
//! (`getCount()`: `return this.` -> `count;`), and a singleton's static accessor makes and returns the one
//! instance (`Logger.instance = new ` -> `Logger();`, `return Logger.` -> `instance;`).
//! A C++ interface's next `virtual` method is
//! pure like the ones above it (`virtual double perimeter() const ` ->
//! `= 0;` under `virtual double area() const = 0;`), and a derived class's method overrides its base's (`void
//! speak() ` -> `override {`).
//! (A constructor's `self.x = ` -> `x` is `statements`' `assign_constructor_parameter`; a field's starting value
//! is `initial_values`'.)

use super::Language;
use super::Suggestion;
use super::cursor::{Context, indentation};
use super::idioms::{open_parentheses, terminator};
use super::lexer::{contains_word, is_plain_name};

/// How many lines above the cursor a method and its class are looked for in: a beginner's class fits in it.
const CLASS_WINDOW: usize = 200;

/// Runs every rule of this module.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    match context.profile.language {
        Language::Python => {
            let Some(method) = python_method(context) else {
                property_setter_decorator(context, out);
                method_decorator(context, out);
                accessor_header(context, out);
                return;
            };
            property_getter(context, &method, out);
            setter_value(context, &method, out);
            accessor_body(context, &method, out);
            own_class_check(context, &method, out);
            mirrored_comparison(context, &method, out);
            foreign_operand(context, &method, out);
        }
        Language::JavaScript | Language::TypeScript => {
            javascript_setter_value(context, out);
            javascript_getter_field(context, out);
            static_factory_type(context, out);
            named_field_getter(context, out);
            typed_field_getter(context, out);
            typescript_singleton(context, out);
        }
        Language::Cpp => {
            pure_virtual_like_above(context, out);
            inline_getter(context, out);
            derived_override(context, out);
        }
        _ => {}
    }
}

/// `virtual double perimeter() const ` -> `= 0;` in a C++ class whose `virtual` methods above are pure: an
/// interface declares each of its methods the same way.
fn pure_virtual_like_above(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim();
    if !context.prefix.is_empty()
        || !context.line_before.ends_with(' ')
        || !typed.starts_with("virtual ")
        || !(typed.ends_with(')') || typed.ends_with(") const"))
        || open_parentheses(typed).is_none_or(|open| !open.is_empty())
    {
        return;
    }
    let mut pure = false;
    for line in context.code_lines_above().take(CLASS_WINDOW) {
        if line.starts_with("class ") || line.starts_with("struct ") {
            break;
        }
        if line.starts_with("virtual ") && !line.starts_with("virtual ~") {
            if !line.ends_with("= 0;") {
                return;
            }
            pure = true;
        }
    }
    if pure {
        out.push(Suggestion::construct("= 0;", 0.85));
    }
}

/// `void speak() ` in `class Dog : public Animal` -> `override {`: a derived class's method redefines its base's
/// virtual one (the base, when the file defines it, must declare the name `virtual`).
fn derived_override(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if !context.prefix.is_empty() || !(typed.ends_with(") ") || typed.ends_with(") const ")) {
        return;
    }
    let Some((head, _)) = typed.split_once('(') else {
        return;
    };
    let mut words = head.split_whitespace();
    let (Some(result), Some(name), None) = (words.next(), words.next(), words.next()) else {
        return;
    };
    if matches!(
        result,
        "virtual" | "explicit" | "static" | "return" | "else" | "if"
    ) || !is_plain_name(name)
        || typed.contains(['{', ';', '='])
    {
        return;
    }
    let Some(class) = context
        .code_lines_above()
        .take(CLASS_WINDOW)
        .find(|line| line.starts_with("class ") || line.starts_with("struct "))
    else {
        return;
    };
    let Some((derived, base)) = class
        .split_once(" : public ")
        .or_else(|| class.split_once(": public "))
    else {
        return;
    };
    let derived = derived.split_whitespace().nth(1).unwrap_or("");
    let base = base.trim_end_matches('{').trim();
    if name == derived || !is_plain_name(base) {
        return;
    }
    // The base is looked for in the file; one from elsewhere is taken on trust.
    let base_header = [format!("class {base} {{"), format!("struct {base} {{")];
    let base_start = base_header
        .iter()
        .find_map(|header| context.code.find(header.as_str()));
    if let Some(start) = base_start {
        let body = context.code.get(start..).unwrap_or("");
        let body = body.split("\n};").next().unwrap_or(body);
        let virtual_named = body.lines().any(|line| {
            line.trim_start().starts_with("virtual ") && line.contains(&format!(" {name}("))
        });
        if !virtual_named {
            return;
        }
    }
    out.push(Suggestion::construct("override {", 0.8));
}

/// The Python method the cursor is in: its header, the decorator right above it, and its class.
struct PythonMethod<'a> {
    name: &'a str,
    parameters: Vec<&'a str>,
    decorator: Option<&'a str>,
    class: &'a str,
    /// The class's lines above the cursor, nearest first, trimmed.
    class_lines: Vec<&'a str>,
}

/// Reads the method around the cursor from the lines above it (at most [`CLASS_WINDOW`]).
fn python_method<'a>(context: &Context<'a>) -> Option<PythonMethod<'a>> {
    let mut width = indentation(context.line_before);
    if width == 0 {
        return None;
    }
    let mut lines = context
        .code_before_line()
        .lines()
        .rev()
        .take(CLASS_WINDOW)
        .filter(|line| !line.trim().is_empty());
    let mut class_lines = Vec::new();
    let mut header = None;
    for line in lines.by_ref() {
        let trimmed = line.trim();
        class_lines.push(trimmed);
        let depth = indentation(line);
        if depth < width {
            if trimmed.starts_with("def ") || trimmed.starts_with("async def ") {
                header = Some(trimmed);
                width = depth;
                break;
            }
            width = depth;
        }
    }
    let header = header?;
    let mut decorator = None;
    let mut class = None;
    for (index, line) in lines.enumerate() {
        let trimmed = line.trim();
        class_lines.push(trimmed);
        let depth = indentation(line);
        // The decorator belongs to this method only when it sits right above the header.
        if index == 0 && depth == width && trimmed.starts_with('@') {
            decorator = Some(trimmed);
        }
        if depth < width {
            class = trimmed
                .strip_prefix("class ")
                .and_then(|rest| rest.split(['(', ':']).next())
                .map(str::trim);
            break;
        }
    }
    let class = class.filter(|name| is_plain_name(name))?;
    let signature = header.trim_start_matches("async ").strip_prefix("def ")?;
    let (name, rest) = signature.split_once('(')?;
    let parameters = rest
        .split(')')
        .next()?
        .split(',')
        .map(|parameter| parameter.split([':', '=']).next().unwrap_or("").trim())
        .filter(|parameter| !parameter.is_empty())
        .collect();
    Some(PythonMethod {
        name: name.trim(),
        parameters,
        decorator,
        class,
        class_lines,
    })
}

/// `return self.` in an `@property` named `name` whose class stores `self._name` -> `_name`: a property exposes
/// the attribute it hides.
fn property_getter(context: &Context<'_>, method: &PythonMethod<'_>, out: &mut Vec<Suggestion>) {
    let Some(typed) = context.line_before.trim_start().strip_prefix("return ") else {
        return;
    };
    if method.decorator != Some("@property") {
        return;
    }
    let hidden = format!("_{}", method.name);
    let stored = format!("self.{hidden} =");
    // A body that already read the attribute into a local returns what it made of it.
    let read = format!("= self.{hidden}");
    let mut body = method
        .class_lines
        .iter()
        .take_while(|line| !line.starts_with("def "));
    if method
        .class_lines
        .iter()
        .any(|line| line.starts_with(&stored))
        && !body.any(|line| line.contains(&read))
        && let Some(rest) = format!("self.{hidden}").strip_prefix(typed)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, 0.9));
    }
}

/// `self._name = ` (or `self.name = `) in `@name.setter def name(self, value):` -> `value`: a setter stores what
/// it is given.
fn setter_value(context: &Context<'_>, method: &PythonMethod<'_>, out: &mut Vec<Suggestion>) {
    if method.decorator != Some(&format!("@{}.setter", method.name)) || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let hidden = format!("self._{} = ", method.name);
    let public = format!("self.{} = ", method.name);
    if (typed == hidden || typed == public)
        && let [_, value] = method.parameters.as_slice()
    {
        out.push(Suggestion::construct(*value, 0.9));
    }
}

/// A blank line opening an `@property`'s body -> `return self._name`, a setter's -> `self._name = value`: the
/// whole line `return self.` and `self._name = ` lead to, once the header is all the method has.
fn accessor_body(context: &Context<'_>, method: &PythonMethod<'_>, out: &mut Vec<Suggestion>) {
    if !context.on_blank_line_start()
        || method
            .class_lines
            .first()
            .is_none_or(|line| !line.starts_with("def "))
    {
        return;
    }
    let hidden = format!("self._{}", method.name);
    let stored = format!("{hidden} =");
    if !method
        .class_lines
        .iter()
        .any(|line| line.starts_with(&stored))
    {
        return;
    }
    if method.decorator == Some("@property") {
        out.push(Suggestion::construct(format!("return {hidden}"), 0.88));
    } else if method.decorator == Some(&format!("@{}.setter", method.name))
        && let [_, value] = method.parameters.as_slice()
    {
        out.push(Suggestion::construct(format!("{hidden} = {value}"), 0.88));
    }
}

/// `def ` under `@name.setter` -> `name(self, value):`; under `@property`, in a class whose constructor hides
/// its attributes (`self._age = age`) and shows some already, the first one not shown yet -> `age(self):`.
fn accessor_header(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if typed.strip_prefix("def ") != Some(context.prefix) || indentation(context.line_before) == 0 {
        return;
    }
    let mut above = context.code_lines_above().take(CLASS_WINDOW);
    let Some(decorator) = above.next() else {
        return;
    };
    let header = if let Some(property) = decorator
        .strip_prefix('@')
        .and_then(|rest| rest.strip_suffix(".setter"))
        .filter(|name| is_plain_name(name))
    {
        format!("{property}(self, value):")
    } else if decorator == "@property" {
        let class_lines: Vec<&str> = above
            .take_while(|line| !line.starts_with("class "))
            .collect();
        let shown = |name: &str| {
            class_lines
                .iter()
                .any(|line| line.starts_with(&format!("def {name}(")))
        };
        // In the constructor's order, which the properties written so far followed.
        let hidden: Vec<&str> = class_lines
            .iter()
            .rev()
            .filter_map(|line| line.strip_prefix("self._")?.split_once(" = "))
            .map(|(name, _)| name)
            .filter(|name| is_plain_name(name))
            .collect();
        let Some(next) = hidden.iter().position(|name| !shown(name)) else {
            return;
        };
        if next == 0 || !hidden.iter().take(next).all(|name| shown(name)) {
            return;
        }
        format!("{}(self):", hidden[next])
    } else {
        return;
    };
    if let Some(rest) = header.strip_prefix(context.prefix) {
        out.push(Suggestion::construct(rest, 0.88));
    }
}

/// `return self.year ` in `__le__` under `__lt__`'s `return self.year < other.year` -> `<= other.year`: the
/// comparisons of one class compare the same attribute. `return self.name == other.name and ` in `__eq__` ->
/// the constructor's other attributes, compared alike, and `(self.a, self.b) == (` -> `other.a, other.b)`.
fn mirrored_comparison(
    context: &Context<'_>,
    method: &PythonMethod<'_>,
    out: &mut Vec<Suggestion>,
) {
    let operator = match method.name {
        "__eq__" => "==",
        "__ne__" => "!=",
        "__lt__" => "<",
        "__le__" => "<=",
        "__gt__" => ">",
        "__ge__" => ">=",
        _ => return,
    };
    let Some(other) = method.parameters.get(1) else {
        return;
    };
    let typed = context.line_before.trim_start();
    if !context.prefix.is_empty() {
        return;
    }
    if let Some(attribute) = typed
        .strip_prefix("return self.")
        .and_then(|rest| rest.strip_suffix(' '))
        .filter(|name| is_plain_name(name))
    {
        let compared = method.class_lines.iter().any(|line| {
            line.strip_prefix(&format!("return self.{attribute} "))
                .and_then(|rest| rest.split_once(' '))
                .is_some_and(|(_, right)| {
                    right
                        .strip_prefix(other)
                        .and_then(|rest| rest.strip_prefix('.'))
                        == Some(attribute)
                })
        });
        if compared {
            out.push(Suggestion::construct(
                format!("{operator} {other}.{attribute}"),
                0.88,
            ));
        }
        return;
    }
    if let Some(left) = typed
        .strip_prefix("return (")
        .and_then(|rest| rest.strip_suffix(&format!(") {operator} (")))
    {
        let fields: Option<Vec<&str>> = left
            .split(',')
            .map(|field| {
                field
                    .trim()
                    .strip_prefix("self.")
                    .filter(|name| is_plain_name(name))
            })
            .collect();
        if let Some(fields) = fields.filter(|fields| fields.len() > 1) {
            let mirrored: Vec<String> = fields
                .iter()
                .map(|field| format!("{other}.{field}"))
                .collect();
            out.push(Suggestion::construct(
                format!("{})", mirrored.join(", ")),
                0.88,
            ));
        }
        return;
    }
    // `return self.a == other.a and `: the attributes compared so far are the constructor's first ones.
    let Some(chain) = typed
        .strip_prefix("return ")
        .and_then(|rest| rest.strip_suffix(" and "))
    else {
        return;
    };
    if method.name != "__eq__" {
        return;
    }
    let compared: Option<Vec<&str>> = chain
        .split(" and ")
        .map(|test| {
            let (left, right) = test.split_once(" == ")?;
            let name = left.strip_prefix("self.")?;
            (right.strip_prefix(other)?.strip_prefix('.') == Some(name) && is_plain_name(name))
                .then_some(name)
        })
        .collect();
    let Some(compared) = compared else {
        return;
    };
    let mut attributes: Vec<&str> = Vec::new();
    for line in method.class_lines.iter().rev() {
        if let Some((name, _)) = line
            .strip_prefix("self.")
            .and_then(|rest| rest.split_once(" = "))
            && is_plain_name(name)
            && !attributes.contains(&name)
        {
            attributes.push(name);
        }
    }
    // Properties compare by their public names (`self.name` for `self._name`).
    let public = compared
        .first()
        .is_some_and(|first| !first.starts_with('_'));
    let names: Vec<&str> = attributes
        .iter()
        .map(|name| {
            if public {
                name.trim_start_matches('_')
            } else {
                name
            }
        })
        .collect();
    if names.len() <= compared.len() || names.get(..compared.len()) != Some(compared.as_slice()) {
        return;
    }
    let rest: Vec<String> = names
        .iter()
        .skip(compared.len())
        .map(|name| format!("self.{name} == {other}.{name}"))
        .collect();
    out.push(Suggestion::construct(rest.join(" and "), 0.85));
}

/// `return ` under `if not isinstance(other, Point):` in an operator method -> `NotImplemented`: Python then asks
/// the other operand, and `==` falls back to identity.
fn foreign_operand(context: &Context<'_>, method: &PythonMethod<'_>, out: &mut Vec<Suggestion>) {
    let Some(other) = method.parameters.get(1) else {
        return;
    };
    let operator = method.name.starts_with("__") && method.name.ends_with("__");
    let checked = method.class_lines.first().is_some_and(|line| {
        line.starts_with(&format!("if not isinstance({other}, ")) && line.ends_with("):")
    });
    if operator
        && checked
        && context.line_before.trim_start() == format!("return {}", context.prefix)
        && let Some(rest) = "NotImplemented".strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, 0.88));
    }
}

/// `isinstance(other, ` in a comparison method (`__eq__`, `__lt__`) -> the method's class: an object is
/// compared with its own kind.
fn own_class_check(context: &Context<'_>, method: &PythonMethod<'_>, out: &mut Vec<Suggestion>) {
    const COMPARISONS: &[&str] = &[
        "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__add__", "__sub__",
    ];
    let typed = context.line_before.trim_start();
    let Some(other) = method.parameters.get(1) else {
        return;
    };
    if !COMPARISONS.contains(&method.name) || !typed.ends_with(&format!("isinstance({other}, ")) {
        return;
    }
    let Some(rest) = method.class.strip_prefix(context.prefix) else {
        return;
    };
    let closers = open_parentheses(typed).unwrap_or_default();
    let colon = if typed.starts_with("if ") { ":" } else { "" };
    out.push(Suggestion::construct(
        format!("{rest}{closers}{colon}"),
        0.88,
    ));
}

/// `@name.` in a class body below `@property def name(self):` -> `setter`, until the setter is written.
fn property_setter_decorator(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(property) = typed
        .strip_prefix('@')
        .and_then(|rest| rest.strip_suffix(context.prefix))
        .and_then(|rest| rest.strip_suffix('.'))
        .filter(|name| is_plain_name(name))
    else {
        return;
    };
    let mut above = context.code_lines_above().take(CLASS_WINDOW);
    let header = format!("def {property}(");
    let mut declared = false;
    let mut previous: Option<&str> = None;
    for line in above.by_ref() {
        if line.starts_with("class ") {
            break;
        }
        if line.starts_with(&format!("@{property}.setter")) {
            return;
        }
        if line == "@property" && previous.is_some_and(|below| below.starts_with(&header)) {
            declared = true;
        }
        previous = Some(line);
    }
    if declared && let Some(rest) = "setter".strip_prefix(context.prefix) {
        out.push(Suggestion::construct(rest, 0.9));
    }
}

/// `@class` in a class body -> `method`, `@static` -> `method`, `@prop` -> `erty`: the decorators a class's
/// methods are given (three letters say which).
fn method_decorator(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const DECORATORS: &[&str] = &["classmethod", "staticmethod", "property"];
    let typed = context.line_before.trim_start();
    if context.prefix.len() < 3
        || typed.strip_prefix('@') != Some(context.prefix)
        || indentation(context.line_before) == 0
    {
        return;
    }
    let in_class = context
        .enclosing_lines()
        .next()
        .is_some_and(|line| line.starts_with("class "));
    let mut candidates = DECORATORS
        .iter()
        .filter_map(|decorator| decorator.strip_prefix(context.prefix));
    if let (true, Some(rest), None) = (in_class, candidates.next(), candidates.next())
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, 0.9));
    }
}

/// `this._balance = ` in `set balance(value) {` -> `value;`: a setter stores what it is given.
fn javascript_setter_value(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(header) = context.enclosing_lines().next() else {
        return;
    };
    let Some((name, parameter)) = header
        .strip_prefix("set ")
        .and_then(|rest| rest.strip_suffix('{'))
        .and_then(|rest| rest.trim_end().strip_suffix(')'))
        .and_then(|rest| rest.split_once('('))
    else {
        return;
    };
    let parameter = parameter.split(':').next().unwrap_or("").trim();
    let name = name.trim();
    let stores = typed == format!("this._{name} = ")
        || typed == format!("this.#{name} = ")
        || typed == format!("this.{name} = ");
    if stores && is_plain_name(parameter) {
        out.push(Suggestion::construct(
            format!("{parameter}{}", terminator(context)),
            0.9,
        ));
    }
}

/// `return ` in `get balance() {` whose class stores `this._balance` -> `this._balance;` (or `this.#balance`): a
/// getter exposes the field it hides.
fn javascript_getter_field(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(typed) = context.line_before.trim_start().strip_prefix("return ") else {
        return;
    };
    let Some(header) = context.enclosing_lines().next() else {
        return;
    };
    let Some(name) = header
        .strip_prefix("static ")
        .unwrap_or(header)
        .strip_prefix("get ")
        .and_then(|rest| rest.split_once('('))
        .filter(|(_, rest)| rest.trim_start().starts_with(')'))
        .map(|(name, _)| name.trim())
        .filter(|name| is_plain_name(name))
    else {
        return;
    };
    let stored = ["_", "#"].into_iter().find_map(|mark| {
        let field = format!("this.{mark}{name}");
        let used = context
            .code_lines_above()
            .take(CLASS_WINDOW)
            .any(|line| contains_word(line, &field));
        used.then_some(field)
    });
    // A lazy getter copies the field to a local first and returns that (`let changes = this._changes`).
    let copied = |field: &str| {
        context
            .code_lines_above()
            .take_while(|line| *line != header)
            .any(|line| line.contains(&format!("= {field}")))
    };
    if let Some(field) = stored.filter(|field| !copied(field))
        && let Some(rest) = format!("{field}{}", terminator(context)).strip_prefix(typed)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, 0.88));
    }
}

/// `static fromJSON(json: string): ` in `class Person` -> `Person {`: a static factory (`from...`, `create`,
/// `of`, `parse`) makes an object of its own class.
fn static_factory_type(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::TypeScript {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(name) = typed
        .strip_prefix("static ")
        .and_then(|rest| rest.strip_suffix(context.prefix))
        .and_then(|rest| rest.strip_suffix("): "))
        .and_then(|rest| rest.split('(').next())
    else {
        return;
    };
    let factory =
        name.starts_with("from") || matches!(name, "create" | "of" | "parse" | "fromJSON");
    if !factory {
        return;
    }
    let class = context.enclosing_lines().find_map(|line| {
        let rest = line
            .strip_prefix("export ")
            .unwrap_or(line)
            .strip_prefix("class ")?;
        rest.split([' ', '<', '{']).next()
    });
    if let Some(rest) = class
        .filter(|class| is_plain_name(class))
        .and_then(|class| class.strip_prefix(context.prefix))
    {
        out.push(Suggestion::of_kind(format!("{rest} {{"), 0.86, "type"));
    }
}

/// Whether a TypeScript class declares `field` on a line above: `private count = 0;`, `readonly name: string;`,
/// or a constructor's parameter property (`constructor(private value: T)`).
fn declares_field(context: &Context<'_>, field: &str) -> bool {
    const MODIFIERS: &[&str] = &["private ", "public ", "protected ", "readonly ", "static "];
    context.code_lines_above().take(CLASS_WINDOW).any(|line| {
        let bare = MODIFIERS.iter().fold(line, |line, modifier| {
            line.strip_prefix(modifier).unwrap_or(line)
        });
        let declared = bare
            .strip_prefix(field)
            .is_some_and(|rest| rest.starts_with([':', ';', '?', ' ', '=']));
        let property = MODIFIERS
            .iter()
            .any(|modifier| line.contains(&format!("{modifier}{field}:")));
        declared || (property && line.contains("constructor("))
    })
}

/// `return this.` as the body of `getCount(): number {` -> `count;`, and `return ` there -> `this.count;`: a
/// getter named for a field of its class reads it. The field is declared in a TypeScript class (a parameter
/// property counts) or assigned in a JavaScript constructor (`this.count = count;`).
fn named_field_getter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let through_this = context.dot_member().is_some_and(|access| {
        access.receiver == "this"
            && context.before_receiver(&access).map(str::trim) == Some("return")
    });
    if !through_this && typed != "return " {
        return;
    }
    let Some(header) = context.previous_code_line().map(str::trim) else {
        return;
    };
    let Some(name) = header
        .strip_prefix("public ")
        .unwrap_or(header)
        .split_once("()")
        .filter(|(_, rest)| rest.ends_with('{'))
        .map(|(name, _)| name)
    else {
        return;
    };
    let Some(property) = name.strip_prefix("get").or_else(|| name.strip_prefix("is")) else {
        return;
    };
    let mut characters = property.chars();
    let Some(first) = characters.next().filter(char::is_ascii_uppercase) else {
        return;
    };
    let field = format!("{}{}", first.to_ascii_lowercase(), characters.as_str());
    let declared = match context.profile.language {
        Language::TypeScript => declares_field(context, &field),
        _ => context
            .code_lines_above()
            .take(CLASS_WINDOW)
            .any(|line| line.starts_with(&format!("this.{field} = "))),
    };
    if !declared {
        return;
    }
    let read = if through_this {
        format!("{field}{}", terminator(context))
    } else {
        format!("this.{field}{}", terminator(context))
    };
    if let Some(rest) = read.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::member(rest, 0.9));
    }
}

/// A C++ getter written on one line: `int getX() const { return ` -> `x; }` (`x_; }` when the member is named so),
/// for a member the class declares or initializes.
fn inline_getter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(head) = typed
        .strip_suffix("{ return ")
        .map(str::trim_end)
        .map(|head| head.strip_suffix("const").unwrap_or(head).trim_end())
        .and_then(|head| head.strip_suffix("()"))
    else {
        return;
    };
    let name = head.rsplit(' ').next().unwrap_or("");
    let Some(property) = name.strip_prefix("get") else {
        return;
    };
    let mut characters = property.chars();
    let Some(first) = characters.next().filter(char::is_ascii_uppercase) else {
        return;
    };
    let field = format!("{}{}", first.to_ascii_lowercase(), characters.as_str());
    let lines: Vec<&str> = context.code_lines_above().take(CLASS_WINDOW).collect();
    let member = [format!("{field}_"), field.clone()]
        .into_iter()
        .find(|member| {
            lines.iter().any(|line| {
                let declared = line
                    .strip_suffix(';')
                    .and_then(|line| line.rsplit([' ', '*', '&']).next())
                    .is_some_and(|declared| declared == member.as_str());
                let initialized = line.contains(" : ") && line.contains(&format!("{member}("));
                declared || initialized
            })
        });
    if let Some(member) = member {
        out.push(Suggestion::construct(format!("{member}; }}"), 0.86));
    }
}

/// A TypeScript method without parameters whose declared result is the type of exactly one field of the class:
/// `getAll(): User[] {` then `return ` -> `this.users;` under `private users: User[] = [];`.
fn typed_field_getter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    fn without_modifiers(mut line: &str) -> &str {
        const MODIFIERS: &[&str] = &["public ", "private ", "protected ", "readonly ", "static "];
        while let Some(rest) = MODIFIERS
            .iter()
            .find_map(|modifier| line.strip_prefix(modifier))
        {
            line = rest;
        }
        line
    }
    if context.profile.language != Language::TypeScript
        || context.line_before.trim_start() != "return "
    {
        return;
    }
    let Some(header) = context.previous_code_line().map(str::trim) else {
        return;
    };
    let Some((method, result)) = without_modifiers(header)
        .split_once("(): ")
        .filter(|(name, _)| is_plain_name(name))
        .and_then(|(name, rest)| Some((name, rest.strip_suffix(" {")?.trim())))
    else {
        return;
    };
    let fields: Vec<&str> = context
        .code_lines_above()
        .skip(1)
        .take(CLASS_WINDOW)
        .take_while(|line| !line.starts_with("class ") && !line.starts_with("export class "))
        .filter_map(|line| {
            let (name, declared) = without_modifiers(line).split_once(": ")?;
            let declared = declared.split(" =").next()?.trim_end_matches(';').trim();
            (is_plain_name(name) && declared == result).then_some(name)
        })
        .collect();
    let Some(field) = fields.as_slice().first().filter(|_| fields.len() == 1) else {
        return;
    };
    // `getAll()`, `getTasks()`, `list()` hand the field over; a method named otherwise (`pending()`, `overdue()`)
    // picks some of it (`this.tasks.filter(...)`).
    let method = super::lexer::folded_name(method);
    let whole = ["all", "getall", "list", "values", "items"].contains(&method.as_str())
        || method.contains(&super::lexer::folded_name(field));
    let text = if whole {
        format!("this.{field}{}", terminator(context))
    } else {
        format!("this.{field}.")
    };
    out.push(Suggestion::construct(text, 0.88));
}

/// A TypeScript singleton: `Logger.instance = new ` -> `Logger();` for a `static instance` of the class
/// `Logger`, and `return Logger.` -> `instance;`.
fn typescript_singleton(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::TypeScript {
        return;
    }
    let Some(class) = super::returns_self::class_name(context) else {
        return;
    };
    let own_static = |field: &str| {
        context.code_lines_above().take(CLASS_WINDOW).any(|line| {
            line.split_once("static ")
                .and_then(|(_, rest)| rest.strip_prefix(field))
                .and_then(|rest| rest.strip_prefix(": "))
                .is_some_and(|declared| declared.starts_with(class))
        })
    };
    let typed = context.line_before.trim_start();
    if let Some(field) = typed
        .strip_suffix(context.prefix)
        .and_then(|rest| rest.strip_suffix(" = new "))
        .and_then(|target| target.strip_prefix(class))
        .and_then(|target| target.strip_prefix('.'))
        && own_static(field)
        && let Some(rest) = format!("{class}(){}", terminator(context)).strip_prefix(context.prefix)
    {
        out.push(Suggestion::construct(rest, 0.88));
        return;
    }
    if let Some(access) = context.dot_member()
        && access.receiver == class
        && context.before_receiver(&access).map(str::trim) == Some("return")
    {
        let field = context.code_lines_above().take(8).find_map(|line| {
            let (target, _) = line.split_once(" = new ")?;
            let field = target.strip_prefix(class)?.strip_prefix('.')?;
            own_static(field).then_some(field)
        });
        if let Some(rest) = field
            .map(|field| format!("{field}{}", terminator(context)))
            .and_then(|text| text.strip_prefix(context.prefix).map(str::to_owned))
            .filter(|rest| !rest.is_empty())
        {
            out.push(Suggestion::member(rest, 0.9));
        }
    }
}
