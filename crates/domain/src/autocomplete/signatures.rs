//! The return type a function's header still needs, where the header says it: the function's name and its
//! parameters' types. An arithmetic function of one numeric type returns that type (`def add(a: int, b: int) ` ->
//! `-> int:`, `func add(a, b int) ` -> `int {`, `fn add(a: i32, b: i32) ` -> `-> i32 {`, TypeScript's `: number
//! {`), a function named as a question returns a yes or no (`isEven(n: number): ` -> `boolean {`, `fn is_even(n:
//! i32) -> ` -> `bool {`). A greeting is left alone: it returns its text as often as it prints it (`void`).
//! TypeScript's type guards and generics too: `isString(value: unknown): value is ` -> `string {`,
//! `identity<T>(value: T): ` -> `T {`; a script's `async function main(): Promise<` -> `void> {`, and a measure
//! an interface declares (`area(): ` -> `number;`).
//!
//! Only the languages that write the type after the parameters (Python, TypeScript, Go, Rust) are answered, and
//! only with every parameter typed.

use super::Suggestion;
use super::cursor::Context;
use super::language::Language;
use super::lexer::is_plain_name;
use super::statements::operator_for;

/// Runs the rule when the cursor ends a function header's parameter list.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let language = context.profile.language;
    let typed = context.line_before.trim_start();
    if language == Language::Rust {
        borrowed_result(typed, out);
    }
    if language == Language::TypeScript {
        type_predicate(context, typed, out);
        generic_result(typed, out);
        promised_nothing(typed, out);
        interface_measure(context, typed, out);
    }
    // What follows the parameters so far: nothing, a space, or the arrow or colon that opens the type.
    let (header, typed_opener) = match language {
        Language::Python | Language::Rust => match typed.strip_suffix(") -> ") {
            Some(header) => (header, true),
            None => (typed.trim_end().strip_suffix(')').unwrap_or(""), false),
        },
        Language::TypeScript => match typed.strip_suffix("): ") {
            Some(header) => (header, true),
            None => (typed.trim_end().strip_suffix(')').unwrap_or(""), false),
        },
        Language::Go => (typed.trim_end().strip_suffix(')').unwrap_or(""), false),
        _ => return,
    };
    let keyword = match language {
        Language::Python => "def ",
        Language::Rust => "fn ",
        Language::Go => "func ",
        _ => "function ",
    };
    let Some((name, parameters)) = header
        .trim_start_matches("export ")
        .trim_start_matches("pub ")
        .trim_start_matches("async ")
        .strip_prefix(keyword)
        .and_then(|rest| rest.split_once('('))
    else {
        return;
    };
    // A generic function's type parameters, a method's receiver (`func (s *Stack) `), or a function type: not read.
    if !is_plain_name(name) || parameters.contains(['(', '<', '{']) {
        return;
    }
    // A question's answer needs no types; the other results are read from every parameter's.
    let types = parameter_types(language, parameters).unwrap_or_default();
    let Some(result) = result_type(language, name, &types) else {
        return;
    };
    let text = match language {
        Language::Python if typed_opener => format!("{result}:"),
        Language::Python => format!("-> {result}:"),
        Language::Rust if typed_opener => format!("{result} {{"),
        Language::Rust => format!("-> {result} {{"),
        Language::TypeScript if typed_opener => format!("{result} {{"),
        Language::TypeScript => format!(": {result} {{"),
        _ => format!("{result} {{"),
    };
    // After `)` the type is written after a space; after `) ` that space is there.
    let space =
        if typed_opener || context.line_before.ends_with(' ') || language == Language::TypeScript {
            ""
        } else {
            " "
        };
    out.push(Suggestion::construct(format!("{space}{text}"), 0.85));
}

/// The type of each parameter, in order, or `None` when one is untyped or there are none (Go's `a, b int` gives both `int`).
fn parameter_types(language: Language, parameters: &str) -> Option<Vec<&str>> {
    let parameters: Vec<&str> = parameters
        .split(',')
        .map(str::trim)
        .filter(|parameter| !parameter.is_empty())
        .collect();
    if parameters.is_empty() {
        return None;
    }
    if language == Language::Go {
        // `a, b int`: a name alone takes the type of the next parameter that has one.
        let mut types = vec![None; parameters.len()];
        let mut following = None;
        for (index, parameter) in parameters.iter().enumerate().rev() {
            if let Some((_, type_text)) = parameter.split_once(' ') {
                following = Some(type_text.trim());
            }
            types[index] = following;
        }
        return types.into_iter().collect();
    }
    parameters
        .iter()
        .map(|parameter| {
            parameter
                .split_once(':')
                .map(|(_, type_text)| type_text.split('=').next().unwrap_or("").trim())
                .filter(|type_text| !type_text.is_empty())
        })
        .collect()
}

/// The result a function's name and its parameters' types say.
fn result_type(language: Language, name: &str, types: &[&str]) -> Option<&'static str> {
    let question = ["is", "has", "can", "should"].iter().any(|verb| {
        name.strip_prefix(verb).is_some_and(|rest| {
            rest.starts_with(|c: char| c.is_ascii_uppercase()) || rest.starts_with('_')
        })
    });
    if question {
        return Some(match language {
            Language::TypeScript => "boolean",
            _ => "bool",
        });
    }
    let [first, rest @ ..] = types else {
        return None;
    };
    let operator = operator_for(name)?;
    // Go's division returns its error too, as often as not: `(float64, error)`.
    if types.len() < 2
        || (language == Language::Go && operator.trim() == "/")
        || rest.iter().any(|other| other != first)
    {
        return None;
    }
    numeric_type(language, first)
}

/// The numeric type named, as the language writes it, or `None` for anything else.
fn numeric_type(language: Language, type_text: &str) -> Option<&'static str> {
    const RUST: &[&str] = &[
        "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize",
        "f32", "f64",
    ];
    const GO: &[&str] = &[
        "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64",
        "float32", "float64",
    ];
    let known: &[&'static str] = match language {
        Language::Python => &["int", "float"],
        Language::TypeScript => &["number"],
        Language::Go => GO,
        Language::Rust => RUST,
        _ => &[],
    };
    known.iter().find(|known| **known == type_text).copied()
}

/// TypeScript's `function isString(value: unknown): value is ` -> `string {`: a type guard named `isX` tells
/// whether its parameter is an `X`, a primitive in lower case or a type the file declares.
fn type_predicate(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    let Some((header, parameter)) = typed
        .strip_suffix(" is ")
        .and_then(|head| head.rsplit_once("): "))
    else {
        return;
    };
    let Some(name) = header
        .trim_start_matches("export ")
        .strip_prefix("function ")
        .and_then(|rest| rest.split('(').next())
    else {
        return;
    };
    let Some(checked) = name.strip_prefix("is").filter(|rest| is_plain_name(rest)) else {
        return;
    };
    if !is_plain_name(parameter) || !header.contains(&format!("({parameter}")) {
        return;
    }
    let primitive = checked.to_ascii_lowercase();
    let result = if matches!(primitive.as_str(), "string" | "number" | "boolean") {
        primitive
    } else if ["interface ", "class ", "type "].iter().any(|keyword| {
        context
            .code_before_line()
            .contains(&format!("{keyword}{checked}"))
    }) {
        checked.to_owned()
    } else {
        return;
    };
    out.push(Suggestion::construct(format!("{result} {{"), 0.85));
}

/// TypeScript's `function identity<T>(value: T): ` -> `T {`: a generic function of one type parameter that takes
/// only values of it gives one back.
fn generic_result(typed: &str, out: &mut Vec<Suggestion>) {
    let Some(header) = typed.strip_suffix("): ") else {
        return;
    };
    let Some((type_parameter, parameters)) = header
        .trim_start_matches("export ")
        .strip_prefix("function ")
        .and_then(|rest| rest.split_once('<'))
        .and_then(|(_, rest)| rest.split_once(">("))
    else {
        return;
    };
    // A function that does something with the value (`log<T>(value: T)`) returns nothing.
    let name = header
        .trim_start_matches("export ")
        .trim_start_matches("function ")
        .split('<')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let acts = [
        "log", "print", "show", "display", "render", "save", "write", "send", "emit", "set", "add",
        "push", "remove", "delete", "update", "handle", "assert", "check", "validate",
    ]
    .iter()
    .any(|verb| name.starts_with(verb));
    if !is_plain_name(type_parameter) || parameters.is_empty() || acts {
        return;
    }
    let all_of_it = parameters.split(',').all(|parameter| {
        parameter
            .split_once(':')
            .is_some_and(|(_, type_text)| type_text.trim() == type_parameter)
    });
    if all_of_it {
        out.push(Suggestion::construct(format!("{type_parameter} {{"), 0.85));
    }
}

/// `async function main(): Promise<` -> `void> {`: a program's entry point resolves with nothing.
fn promised_nothing(typed: &str, out: &mut Vec<Suggestion>) {
    if typed.trim_start_matches("export ") == "async function main(): Promise<" {
        out.push(Suggestion::construct("void> {", 0.9));
    }
}

/// `area(): ` on a line of an `interface` -> `number;`: a shape's measures are numbers.
fn interface_measure(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    let Some(name) = typed.strip_suffix("(): ") else {
        return;
    };
    if !matches!(name, "area" | "perimeter" | "volume" | "circumference") {
        return;
    }
    let in_interface = context
        .code_lines_above()
        .take(20)
        .find(|line| line.ends_with('{'))
        .is_some_and(|line| line.trim_start_matches("export ").starts_with("interface "));
    if in_interface {
        out.push(Suggestion::construct("number;", 0.88));
    }
}

/// `fn longest<'a>(a: &'a str, b: &'a str) -> ` -> `&'a str {`: a function that ties its borrowed parameters to one
/// lifetime returns a borrow of that lifetime, of the type they share (a question still answers `bool`, left to
/// the rule above).
fn borrowed_result(typed: &str, out: &mut Vec<Suggestion>) {
    let Some(header) = typed.strip_suffix(") -> ") else {
        return;
    };
    let Some((name, rest)) = header
        .trim_start_matches("pub ")
        .strip_prefix("fn ")
        .and_then(|rest| rest.split_once('<'))
    else {
        return;
    };
    let Some((lifetime, parameters)) = rest.split_once(">(") else {
        return;
    };
    let questions = [
        "is_",
        "has_",
        "can_",
        "contains",
        "starts_with",
        "ends_with",
    ];
    if !is_plain_name(name)
        || questions.iter().any(|question| name.starts_with(question))
        || !lifetime.starts_with('\'')
        || !is_plain_name(&lifetime[1..])
        || parameters.contains(['(', '<', '{'])
    {
        return;
    }
    let borrowed = format!("&{lifetime} ");
    let types: Vec<&str> = parameters
        .split(',')
        .filter_map(|parameter| {
            parameter
                .split_once(':')
                .map(|(_, type_text)| type_text.trim())
        })
        .filter(|type_text| type_text.starts_with(&borrowed))
        .collect();
    if let [first, second, ..] = types.as_slice()
        && types.iter().all(|type_text| type_text == first)
        && first == second
    {
        out.push(Suggestion::construct(format!("{first} {{"), 0.86));
    }
}
