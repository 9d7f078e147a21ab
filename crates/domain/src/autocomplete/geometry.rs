//! The textbook shape classes: in a method named `area` (or `getArea`, `calculate_area`, `perimeter`,
//! `circumference`) of a class or struct with a `radius`, a `width` and `height` (or `length` and `width`), or a
//! `side`, `return ` (or a Rust body's first line) -> the formula over its fields: `math.pi * self.radius ** 2`,
//! `Math.PI * radius * radius;`, `2 * (self.width + self.height)`; in C, a function named for the measure
//! (`rect_area(const Rect *r)`) over its one struct parameter's fields (`r->width * r->height;`). A circle only where the
//! language's pi is at hand (Python's and Go's `math` imported, C++'s `<cmath>` and C's `<math.h>` included).
//!
//! Above them, the `Shape` they implement declares the two measures, area first: Java's `double ` -> `area();`
//! then `perimeter();`, C++'s `virtual double ` -> `area() const = 0;`, a Python ABC's `def ` under
//! `@abstractmethod` -> `area(self):`, a Go interface's `Area() float64`, a Rust trait's `fn ` -> `area(&self) ->
//! f64;`, a TypeScript interface's `area(): number;`.

use super::Suggestion;
use super::cursor::Context;
use super::language::Language;
use super::statements::{after_return, enclosing_function, uses_semicolons};

/// What is measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Measure {
    Area,
    Perimeter,
}

/// In the body of the interface (abstract class, trait) named `Shape`, its next abstract measure: `area` first,
/// then `perimeter`, each written as the language declares a method without a body.
fn shape_interface(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let indentation = context.line_before.len() - typed.len();
    if indentation == 0 {
        return;
    }
    let mut body = Vec::new();
    let header = context
        .code_before_line()
        .lines()
        .rev()
        .take(100)
        .map(|line| (line.len() - line.trim_start().len(), line.trim()))
        .filter(|(_, line)| {
            !line.is_empty() && !matches!(*line, "public:" | "protected:" | "private:")
        })
        .find_map(|(depth, line)| {
            if depth < indentation {
                return Some(line);
            }
            body.push(line);
            None
        });
    let Some(header) = header else {
        return;
    };
    let language = context.profile.language;
    let names_shape = |prefixes: &[&str]| {
        prefixes.iter().any(|prefix| {
            header.strip_prefix(prefix).is_some_and(|rest| {
                rest.strip_prefix("Shape").is_some_and(|after| {
                    matches!(after.trim(), "{" | ":" | "(ABC):" | "interface {")
                })
            })
        })
    };
    let is_shape = match language {
        Language::Java => names_shape(&[
            "public interface ",
            "interface ",
            "public abstract class ",
            "abstract class ",
        ]),
        Language::Cpp => names_shape(&["class ", "struct "]),
        Language::TypeScript => names_shape(&[
            "interface ",
            "export interface ",
            "abstract class ",
            "export abstract class ",
        ]),
        Language::Python => names_shape(&["class "]),
        Language::Go => names_shape(&["type "]),
        Language::Rust => names_shape(&["trait ", "pub trait "]),
        _ => false,
    };
    if !is_shape {
        return;
    }
    let declares = |measure: &str| {
        body.iter()
            .any(|line| line.to_ascii_lowercase().contains(&format!("{measure}(")))
    };
    let measure = if !declares("area") {
        "area"
    } else if !declares("perimeter") {
        "perimeter"
    } else {
        return;
    };
    let previous = body.first().copied().unwrap_or("");
    let text = match (language, typed) {
        (
            Language::Java,
            "double " | "public double " | "abstract double " | "public abstract double ",
        ) => {
            format!("{measure}();")
        }
        (Language::Cpp, "virtual double ") => format!("{measure}() const = 0;"),
        (Language::TypeScript, "" | "abstract ") => format!("{measure}(): number;"),
        (Language::Python, "def ") if previous == "@abstractmethod" => format!("{measure}(self):"),
        (Language::Go, "") => {
            let mut exported = measure.to_owned();
            exported[..1].make_ascii_uppercase();
            format!("{exported}() float64")
        }
        (Language::Rust, "fn ") => format!("{measure}(&self) -> f64;"),
        _ => return,
    };
    out.push(Suggestion::construct(text, 0.8));
}

/// The fields a shape is measured by, as the code spells them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape<'a> {
    Circle { radius: &'a str },
    Rectangle { width: &'a str, height: &'a str },
    Square { side: &'a str },
}

/// Appends the formula after `return ` in a shape's measuring method.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let language = context.profile.language;
    if !context.at_line_end() {
        return;
    }
    shape_interface(context, out);
    // A method takes no parameter; C's function takes the shape (`double rect_area(const Rect *r)`).
    let Some(function) = enclosing_function(context)
        .filter(|f| f.parameters.is_empty() || language == Language::C && f.parameters.len() == 1)
    else {
        return;
    };
    // The receiver typed already (`return r.`, a Rust body's `self.`): the formula goes on from its first field.
    let receiver_typed = context
        .member
        .filter(|access| access.separator == "." || access.separator == "->")
        .filter(|_| context.prefix.is_empty())
        .and_then(|access| {
            Some((
                (access.receiver, access.separator),
                context.before_receiver(&access)?.trim(),
            ))
        });
    let (owner_typed, tokens_typed) = match receiver_typed {
        Some((receiver, "return")) => (Some(receiver), 2),
        Some((receiver, "")) if language == Language::Rust => (Some(receiver), 2),
        _ => (None, 0),
    };
    // After `return `, or as a Rust function's tail expression on the first line of its body.
    let tail = language == Language::Rust
        && (context.on_blank_line_start() || owner_typed.is_some())
        && context.tokens_before().len() == function.body_start + tokens_typed;
    let lead = if owner_typed.is_some() {
        (tail || context.line_before.trim_start().starts_with("return ")).then_some("")
    } else {
        after_return(context).or(tail.then_some(""))
    };
    let Some(lead) = lead else {
        return;
    };
    let name = super::lexer::folded_name(function.name);
    // C names the function for the type (`rect_area`, `circle_perimeter`).
    let name = if language == Language::C {
        ["area", "perimeter", "circumference"]
            .iter()
            .find(|measure| name.ends_with(*measure))
            .map_or(name.clone(), |measure| (*measure).to_owned())
    } else {
        name
    };
    let measure = match name.as_str() {
        "area" | "getarea" | "calculatearea" | "computearea" => Measure::Area,
        "perimeter" | "getperimeter" | "calculateperimeter" | "circumference" => Measure::Perimeter,
        _ => return,
    };
    let Some((fields, owner)) = class_fields(context) else {
        return;
    };
    let Some(shape) = shape_of(&fields) else {
        return;
    };
    let field = |name: &str| format!("{owner}{name}");
    let formula = match (shape, measure) {
        (Shape::Circle { radius }, _) => {
            let Some(pi) = pi(context) else {
                return;
            };
            let radius = field(radius);
            match (measure, language) {
                (Measure::Area, Language::Python | Language::JavaScript | Language::TypeScript) => {
                    format!("{pi} * {radius} ** 2")
                }
                (Measure::Area, _) => format!("{pi} * {radius} * {radius}"),
                (Measure::Perimeter, _) => format!("2 * {pi} * {radius}"),
            }
        }
        (Shape::Rectangle { width, height }, Measure::Area) => {
            format!("{} * {}", field(width), field(height))
        }
        (Shape::Rectangle { width, height }, Measure::Perimeter) => {
            format!("2 * ({} + {})", field(width), field(height))
        }
        (Shape::Square { side }, Measure::Area) => format!("{} * {}", field(side), field(side)),
        (Shape::Square { side }, Measure::Perimeter) => format!("4 * {}", field(side)),
    };
    let terminator = match language {
        Language::Rust if tail => "",
        Language::Java | Language::Cpp | Language::C | Language::Rust => ";",
        Language::JavaScript | Language::TypeScript if uses_semicolons(context) => ";",
        _ => "",
    };
    let text = format!("{lead}{formula}{terminator}");
    let text = match owner_typed {
        // `return Math.` in a circle's area: the formula starts with pi.
        Some((receiver, separator)) => match text.strip_prefix(&format!("{receiver}{separator}")) {
            Some(rest)
                if format!("{receiver}{separator}") == owner
                    || matches!(receiver, "Math" | "math") =>
            {
                rest.to_owned()
            }
            _ => return,
        },
        None => text,
    };
    // Past the module's own guess (`Math.` -> `max()`), which knows nothing of the shape.
    let confidence = if owner_typed.is_some_and(|(receiver, _)| matches!(receiver, "Math" | "math"))
    {
        0.88
    } else {
        0.85
    };
    out.push(Suggestion::construct(text, confidence));
}

/// The shape a class's fields describe.
fn shape_of<'a>(fields: &[&'a str]) -> Option<Shape<'a>> {
    let find = |wanted: &str| {
        fields.iter().copied().find(|field| {
            // C++'s members carry their mark: `width_`, `m_width`.
            let bare = field.trim_end_matches('_');
            let bare = bare.strip_prefix("m_").unwrap_or(bare);
            bare.eq_ignore_ascii_case(wanted)
        })
    };
    // A circle's one field may be named by its letter (`private final double r;`).
    if let Some(radius) = find("radius").or_else(|| find("r").filter(|_| fields.len() == 1)) {
        return Some(Shape::Circle { radius });
    }
    let width = find("width").or_else(|| find("w"));
    let height = find("height")
        .or_else(|| find("length"))
        .or_else(|| find("h"));
    match (width, height, find("side")) {
        (Some(width), Some(height), _) => Some(Shape::Rectangle { width, height }),
        (_, _, Some(side)) => Some(Shape::Square { side }),
        _ => None,
    }
}

/// The fields of the class or struct around the cursor, and how a method reaches them (`self.`, `this.`, `c.`
/// or nothing).
pub(super) fn class_fields<'a>(context: &Context<'a>) -> Option<(Vec<&'a str>, String)> {
    match context.profile.language {
        Language::Go => {
            // `func (c Circle) Area() float64 {`: the receiver's struct.
            let (receiver, fields) = super::go::receiver_struct_fields(context)?;
            let names = fields.into_iter().map(|(name, _)| name).collect();
            Some((names, format!("{receiver}.")))
        }
        Language::Rust => {
            let fields = super::rust::implemented_struct_fields(context)?;
            let names = fields.into_iter().map(|(name, _)| name).collect();
            Some((names, "self.".to_owned()))
        }
        Language::C => c_struct_fields(context),
        language => {
            let before_line = context.code_before_line();
            let class = before_line.get(before_line.rfind("class ")?..)?;
            let owner = match language {
                Language::Python => "self.",
                Language::JavaScript | Language::TypeScript => "this.",
                _ => "",
            };
            let fields = if owner.is_empty() {
                // Java and C++: the names declared before a `;` at the start of the class (`double radius;`),
                // and those a C++ constructor's initializer list sets (`: width_(w), height_(h) {}`), whose
                // declarations often come last.
                let mut fields: Vec<&str> = class
                    .lines()
                    .map(str::trim)
                    .filter(|line| {
                        line.ends_with(';') && !line.contains('(') && !line.contains("return")
                    })
                    .filter_map(|line| {
                        let declaration = line.trim_end_matches(';');
                        let declaration = declaration.split('=').next()?.trim_end();
                        declaration.rsplit([' ', '*', '&']).next()
                    })
                    .collect();
                if language == Language::Cpp {
                    for name in class.lines().flat_map(initialized_members) {
                        if !fields.contains(&name) {
                            fields.push(name);
                        }
                    }
                }
                fields
            } else {
                // Python and JavaScript: what the constructor assigns (`self.radius = radius`).
                class
                    .match_indices(owner)
                    .filter_map(|(start, _)| {
                        let rest = class.get(start + owner.len()..)?;
                        let end = rest
                            .find(|c: char| !super::lexer::is_identifier_char(c))
                            .unwrap_or(rest.len());
                        rest.get(end..)?
                            .trim_start()
                            .starts_with('=')
                            .then(|| rest.get(..end))
                            .flatten()
                    })
                    .collect()
            };
            Some((fields, owner.to_owned()))
        }
    }
}

/// The members a C++ constructor's initializer list sets: `Rect(double w, double h) : width_(w), height_(h) {}`
/// -> `width_`, `height_`.
pub(super) fn initialized_members(line: &str) -> impl Iterator<Item = &str> {
    let list = line
        .split_once(") : ")
        .map(|(_, list)| list.split_once(" {").map_or(list, |(list, _)| list))
        .unwrap_or("");
    let mut depth = 0usize;
    let mut start = 0;
    let mut names = Vec::new();
    for (index, character) in list.char_indices() {
        match character {
            '(' | '{' => {
                if depth == 0 {
                    names.push(list[start..index].trim());
                }
                depth += 1;
            }
            ')' | '}' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => start = index + 1,
            _ => {}
        }
    }
    names
        .into_iter()
        .filter(|name| super::lexer::is_plain_name(name))
}

/// C's shape is the function's one parameter (`const Rect *r`, `Circle c`): the fields of its struct (`typedef
/// struct { int width, height; } Rect;`, `struct Rect {`), reached through `r->` or `c.`.
fn c_struct_fields<'a>(context: &Context<'a>) -> Option<(Vec<&'a str>, String)> {
    let function = enclosing_function(context)?;
    let [parameter] = function.parameters.as_slice() else {
        return None;
    };
    let type_text = parameter.type_text.trim_start_matches("const ").trim();
    let pointer = type_text.ends_with('*');
    let type_name = type_text
        .trim_end_matches(['*', ' '])
        .trim_start_matches("struct ")
        .trim();
    if !super::lexer::is_plain_name(type_name) {
        return None;
    }
    let code = context.code_before_line();
    // The struct's body: `struct Rect {` ... `}`, or `typedef struct {` ... `} Rect;`.
    let body = if let Some(start) = code.find(&format!("struct {type_name} {{")) {
        let body = code.get(start..)?;
        body.get(body.find('{')? + 1..body.find('}')?)?
    } else {
        let end = code.find(&format!("}} {type_name};"))?;
        let start = code.get(..end)?.rfind('{')?;
        code.get(start + 1..end)?
    };
    let fields = body
        .split(';')
        .flat_map(|declaration| {
            let declaration = declaration.trim();
            // `int width, height`: the type, then the names.
            let names = declaration.split_once(' ').map_or("", |(_, names)| names);
            names
                .split(',')
                .map(|name| name.trim().trim_start_matches('*'))
                .filter(|name| super::lexer::is_plain_name(name))
                .collect::<Vec<_>>()
        })
        .collect();
    let access = if pointer { "->" } else { "." };
    Some((fields, format!("{}{access}", parameter.name)))
}

/// The language's pi, when the code can use it.
fn pi(context: &Context<'_>) -> Option<&'static str> {
    let pi = match context.profile.language {
        Language::Python if context.code.contains("import math") => "math.pi",
        Language::Go if context.code.contains("\"math\"") => "math.Pi",
        Language::Cpp if context.code.contains("<cmath>") => "M_PI",
        Language::C if context.code.contains("<math.h>") => "M_PI",
        Language::JavaScript | Language::TypeScript | Language::Java => "Math.PI",
        Language::Rust => "std::f64::consts::PI",
        _ => return None,
    };
    Some(pi)
}
