//! The value a field starts with, stored by a constructor that was not given it: `def __init__(self):` then
//! `self.count = ` -> `0`, `this.items = ` -> `[];`, Java's `this.balance = ` -> `0.0;` for a `private double
//! balance;`, and in Python the parameter of the field's name (`self.age = ` -> `age`). The type the class declares for the field decides (TypeScript's `count: number`, Java's `int
//! count`); without one, the field's name (a count, a flag, a list of things).

use super::Suggestion;
use super::cursor::{Context, indentation};
use super::idioms::terminator;
use super::language::Language;
use super::statements::{FieldKind, enclosing_function, field_kind};

/// How many lines above the constructor are read for the field's declaration.
const DECLARATION_LINES: usize = 40;

/// Names of fields that hold a list of things, started empty.
const LIST_NAMES: &[&str] = &[
    "items",
    "elements",
    "values",
    "list",
    "stack",
    "queue",
    "history",
    "tasks",
    "todos",
    "students",
    "books",
    "nodes",
    "children",
    "messages",
    "entries",
    "records",
    "users",
    "products",
    "results",
    "players",
    "cards",
    "songs",
    "employees",
    "accounts",
    "transactions",
    "orders",
    "scores",
];

/// Names of fields that count or add up from nothing, besides those `statements::field_kind` knows.
const COUNTED_NAMES: &[&str] = &[
    "balance", "points", "wins", "losses", "attempts", "tries", "guesses", "steps", "moves",
    "visits", "hits", "misses",
];

/// Runs the rule on `self.field = ` or `this.field = ` typed at the end of a constructor's line.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let language = context.profile.language;
    let typed = context.line_before.trim_start();
    if language == Language::Python {
        dataclass_container(context, typed, out);
    }
    let receiver = match language {
        Language::Python => "self.",
        Language::JavaScript | Language::TypeScript | Language::Java => "this.",
        _ => return,
    };
    let Some(field) = typed
        .strip_prefix(receiver)
        .and_then(|rest| rest.strip_suffix(" = "))
        .filter(|field| !field.is_empty() && field.chars().all(super::lexer::is_identifier_char))
    else {
        return;
    };
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let constructor = match language {
        Language::Python => function.name == "__init__",
        Language::Java => function.name.starts_with(|c: char| c.is_ascii_uppercase()),
        _ => function.name == "constructor",
    };
    if !constructor {
        return;
    }
    // A field the constructor is given is stored from its parameter: `self.age = ` -> `age`, `self._name = ` ->
    // `name` (JavaScript's and Java's `this.` are answered by `statements::assign_constructor_parameter`).
    let stored = field.trim_start_matches('_');
    if let Some(parameter) = function
        .parameters
        .iter()
        .find(|parameter| parameter.name.eq_ignore_ascii_case(stored))
    {
        if language == Language::Python {
            let value = wrapped_like_previous(context, parameter.name)
                .unwrap_or_else(|| parameter.name.to_owned());
            out.push(Suggestion::construct(value, 0.9));
        }
        return;
    }
    let value = declared_type(context, field)
        .and_then(|declared| value_of_type(language, declared))
        .or_else(|| value_of_name(language, field));
    if let Some((value, confidence)) = value {
        out.push(Suggestion::construct(
            format!("{value}{}", terminator(context)),
            confidence,
        ));
    }
}

/// `self._minor = ` under `self._major = int(major)` -> `int(minor)`, `self.timeout = ` under `self.headers =
/// check_headers(headers)` -> `check_timeout(timeout)`: a constructor that converts or checks each parameter as it
/// stores it does the same to the next one, with a builtin conversion or with the checker the module defines
/// for that parameter.
fn wrapped_like_previous(context: &Context<'_>, parameter: &str) -> Option<String> {
    const CONVERSIONS: &[&str] = &[
        "int",
        "float",
        "str",
        "bool",
        "bytes",
        "tuple",
        "list",
        "dict",
        "set",
        "frozenset",
    ];
    let previous = context.previous_code_line()?;
    if indentation(previous) != indentation(context.line_before) {
        return None;
    }
    let (target, value) = previous.trim().strip_prefix("self.")?.split_once(" = ")?;
    let (wrapper, argument) = value.strip_suffix(')')?.split_once('(')?;
    if argument != target.trim_start_matches('_')
        || !wrapper.chars().all(super::lexer::is_identifier_char)
        || wrapper.is_empty()
    {
        return None;
    }
    if CONVERSIONS.contains(&wrapper) {
        return Some(format!("{wrapper}({parameter})"));
    }
    let checker = wrapper
        .strip_suffix(argument)
        .map(|head| format!("{head}{parameter}"))
        .or_else(|| {
            wrapper
                .strip_prefix(argument)
                .map(|tail| format!("{parameter}{tail}"))
        })?;
    let defined = context.code.contains(&format!("def {checker}("));
    defined.then(|| format!("{checker}({parameter})"))
}

/// The type the class declares for `field` on a line above: TypeScript's `private count: number;`, Java's
/// `private int count;` (`None` in Python and JavaScript, which declare none).
fn declared_type<'a>(context: &Context<'a>, field: &str) -> Option<&'a str> {
    context
        .code_lines_above()
        .take(DECLARATION_LINES)
        .take_while(|line| !line.contains("class "))
        .find_map(|line| {
            let declaration = line.trim_end_matches(';');
            let declaration = declaration
                .split_once(" = ")
                .map_or(declaration, |(left, _)| left);
            if let Some((left, declared)) = declaration.split_once(": ") {
                return (left.rsplit(' ').next() == Some(field)).then_some(declared.trim());
            }
            let mut words = declaration.rsplit(' ');
            (words.next() == Some(field) && !declaration.contains('('))
                .then(|| words.next())
                .flatten()
        })
}

/// The empty value of a declared type, with its confidence.
fn value_of_type(language: Language, declared: &str) -> Option<(&'static str, f64)> {
    let generic = declared.split('<').next().unwrap_or(declared);
    match (language, generic) {
        (_, "number" | "int" | "long" | "short" | "Integer" | "Long") => Some(("0", 0.8)),
        (Language::Java, "double" | "float" | "Double") => Some(("0.0", 0.8)),
        (_, "boolean" | "Boolean") => Some(("false", 0.8)),
        (Language::Java, "List" | "ArrayList") => Some(("new ArrayList<>()", 0.8)),
        (Language::Java, "Map" | "HashMap") => Some(("new HashMap<>()", 0.8)),
        (Language::Java, "Set" | "HashSet") => Some(("new HashSet<>()", 0.8)),
        (Language::TypeScript, "Array") => Some(("[]", 0.8)),
        (Language::TypeScript, _) if declared.ends_with("[]") => Some(("[]", 0.8)),
        // A text's start is often a real value (`"Unknown"`): listed, not shown.
        (_, "string" | "String") => Some(("\"\"", 0.6)),
        _ => None,
    }
}

/// The empty value a field's name asks for: a count or a number `0`, a flag false, a list of things empty.
fn value_of_name(language: Language, field: &str) -> Option<(&'static str, f64)> {
    let python = language == Language::Python;
    match field_kind(field) {
        Some(FieldKind::Count | FieldKind::Number) => Some(("0", 0.8)),
        _ if COUNTED_NAMES.contains(&field) => Some(("0", 0.8)),
        Some(FieldKind::Flag) => Some((if python { "False" } else { "false" }, 0.8)),
        _ if LIST_NAMES.contains(&field) && language != Language::Java => Some(("[]", 0.8)),
        _ => None,
    }
}

/// `tags: list[str] = ` in a `@dataclass` -> `field(default_factory=list)` (and `field(` ->
/// `default_factory=list)`): a mutable default is made anew for each object, the way the `dataclasses` module
/// requires.
fn dataclass_container(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    let (annotation, begun) = if let Some(annotation) = typed.strip_suffix(" = ") {
        (annotation, "")
    } else if let Some(annotation) = typed.strip_suffix(" = field(") {
        (annotation, "field(")
    } else if let Some(annotation) = typed.strip_suffix(" = field(default_factory=") {
        (annotation, "field(default_factory=")
    } else {
        return;
    };
    let Some((name, kind)) = annotation.split_once(": ") else {
        return;
    };
    if !super::lexer::is_plain_name(name) {
        return;
    }
    let container = kind.split('[').next().unwrap_or("").to_ascii_lowercase();
    // A time stamp is taken when each object is made, as a list is made for each.
    let factory = match container.as_str() {
        "list" | "dict" | "set" => container,
        "datetime" if begun.ends_with('=') => "datetime.now".to_owned(),
        _ => return,
    };
    // The class header right above the fields, and its decorator above that.
    let mut above = context
        .code_lines_above()
        .take(DECLARATION_LINES)
        .skip_while(|line| !line.starts_with("class "));
    let decorated = above.next().is_some()
        && above.next().is_some_and(|line| {
            line.starts_with("@dataclass") || line.starts_with("@dataclasses.dataclass")
        });
    if !decorated || super::cursor::indentation(context.line_before) == 0 {
        return;
    }
    if let Some(rest) = format!("field(default_factory={factory})").strip_prefix(begun) {
        out.push(Suggestion::construct(rest, 0.88));
    }
}
