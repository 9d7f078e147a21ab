//! An equality method of a small type compares every field with the other value's, in the order the type declares
//! them, joined by the language's "and", on the method's first line:
//! - Python's `__eq__`: `return ` -> `self.x == other.x and self.y == other.y` (also under an `isinstance` test
//!   that returns `NotImplemented`);
//! - Java's `equals` under the cast or the pattern that names the other (`Point other = (Point) o;`, `if (!(o
//!   instanceof Point other)) return false;`): `return ` -> `x == other.x && y == other.y;`, numbers first then
//!   `Objects.equals(name, other.name)` for objects;
//! - C++'s `operator==`: a member's `return ` -> `x == other.x && y == other.y;`, a free function's `a.x == b.x &&
//!   a.y == b.y;`;
//! - Rust's `PartialEq::eq`: `self.x == other.x && self.y == other.y`;
//! - Go's `Equal` method: `return ` -> `p.X == q.X && p.Y == q.Y`;
//! - a JavaScript or TypeScript class's `equals(other)`: `return ` -> `this.x === other.x && this.y === other.y;`.
//!
//! After `... && ` (or `... and `) the comparisons still missing follow. Only for a type of up to four fields whose
//! values the operator compares as values: a larger type's equality usually compares a key, and arrays, slices and
//! C strings need a helper.

use super::Suggestion;
use super::c_family::FieldKind;
use super::cursor::Context;
use super::language::Language;
use super::lexer::is_plain_name;
use super::statements::enclosing_function;

/// The confidence of a comparison of every field.
const CONFIDENCE: f64 = 0.86;

/// The most fields compared: more, and the method usually compares a key instead.
const MOST_FIELDS: usize = 4;

/// One equality method's comparisons, and how they are written.
struct Comparisons {
    /// Each field's comparison, in the type's order (`x == other.x`).
    each: Vec<String>,
    /// The language's "and", spaced (` && `).
    joiner: &'static str,
    /// What ends the statement (`;` or nothing).
    end: &'static str,
    /// Whether the expression follows `return `.
    returned: bool,
    /// The receiver a comparison opens with (`self.`, `this.`), which may be typed after the joiner already.
    owner: String,
    /// How likely the whole comparison is.
    confidence: f64,
}

impl Comparisons {
    /// A C-family statement: `return x == other.x && y == other.y;`, the fields named bare.
    fn statement(each: Vec<String>) -> Self {
        Self {
            each,
            joiner: " && ",
            end: ";",
            returned: true,
            owner: String::new(),
            confidence: CONFIDENCE,
        }
    }
}

pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || context.current_indentation() == 0 {
        return;
    }
    let comparisons = match context.profile.language {
        Language::Python => python_comparisons(context),
        Language::Java => java_comparisons(context),
        Language::Cpp => cpp_comparisons(context),
        Language::Rust => rust_comparisons(context),
        Language::Go => go_comparisons(context),
        Language::JavaScript | Language::TypeScript => javascript_comparisons(context),
        Language::C | Language::Other => None,
    };
    let Some(comparisons) =
        comparisons.filter(|found| (1..=MOST_FIELDS).contains(&found.each.len()))
    else {
        return;
    };
    let typed = context.line_before.trim_start();
    let typed = if comparisons.returned {
        let Some(expression) = typed.strip_prefix("return ") else {
            return;
        };
        expression
    } else {
        typed
    };
    // Typed so far: nothing, or whole comparisons up to a joiner (and perhaps the next one's receiver).
    let joined = typed
        .strip_suffix(comparisons.owner.as_str())
        .filter(|_| !comparisons.owner.is_empty())
        .unwrap_or(typed);
    if !(typed.is_empty() || joined.ends_with(comparisons.joiner)) {
        return;
    }
    let whole = format!(
        "{}{}",
        comparisons.each.join(comparisons.joiner),
        comparisons.end
    );
    if let Some(rest) = whole.strip_prefix(typed).filter(|rest| !rest.is_empty()) {
        out.push(Suggestion::construct(rest, comparisons.confidence));
    }
}

/// The header of the method the cursor's line opens: the previous code line, trimmed, when it ends with `{`
/// (or `:`), else `None` (the cursor is further down the body).
fn opened_by<'a>(context: &Context<'a>) -> Option<&'a str> {
    context
        .previous_code_line()
        .map(str::trim)
        .filter(|line| line.ends_with('{') || line.ends_with(':'))
}

/// The name of a parameter written `name: Type` or `Type name` (`other: &Self`, `const Point& other`).
fn parameter_name(parameter: &str, typed_after: bool) -> Option<&str> {
    let parameter = parameter.trim();
    let name = if typed_after {
        parameter.split(':').next()?.trim()
    } else {
        parameter.rsplit([' ', '&', '*']).next()?.trim()
    };
    is_plain_name(name).then_some(name)
}

/// The names in `fields` once each, in order.
fn unique<'a>(fields: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let mut names: Vec<&str> = Vec::new();
    for field in fields {
        if !names.contains(&field) {
            names.push(field);
        }
    }
    names
}

/// `__eq__(self, other)`'s first line (or the one after `if not isinstance(other, Point): return NotImplemented`):
/// the attributes `__init__` assigns, public ones only (the standard library compares its private fields in its
/// own order).
fn python_comparisons(context: &Context<'_>) -> Option<Comparisons> {
    let function = enclosing_function(context).filter(|function| function.name == "__eq__")?;
    let other = function.parameters.first()?.name;
    let mut above = context.code_lines_above();
    let first_line = match above.next()? {
        line if line.starts_with("def __eq__(") => true,
        "return NotImplemented" | "return False" => above
            .next()
            .is_some_and(|test| test.starts_with(&format!("if not isinstance({other}, "))),
        _ => false,
    };
    let (fields, _) = super::geometry::class_fields(context)?;
    let fields = unique(fields);
    if !first_line || fields.iter().any(|field| field.starts_with('_')) {
        return None;
    }
    Some(Comparisons {
        each: fields
            .iter()
            .map(|field| format!("self.{field} == {other}.{field}"))
            .collect(),
        joiner: " and ",
        end: "",
        returned: true,
        owner: "self.".to_owned(),
        confidence: CONFIDENCE,
    })
}

/// Java's `equals(Object o)` under the line that names the other object: a cast (`Point other = (Point) o;`) or a
/// pattern (`if (!(o instanceof Point other)) return false;`). Numbers are compared with `==`; when the class holds
/// objects too, the way an IDE writes it, numbers first then `Objects.equals(name, other.name)`, offered inline
/// only when the file imports `java.util.Objects` (else a hand-written `name.equals(` is as likely).
fn java_comparisons(context: &Context<'_>) -> Option<Comparisons> {
    const NUMBERS: &[&str] = &[
        "int", "long", "double", "float", "short", "byte", "char", "boolean",
    ];
    let previous = context.code_lines_above().next()?;
    let other = super::second_halves::cast_declaration(previous)
        .map(|(name, _)| name)
        .or_else(|| {
            // `instanceof Point other)`: the pattern's variable.
            let (_, pattern) = previous.split_once("instanceof ")?;
            let name = pattern.split(')').next()?.split_whitespace().nth(1)?;
            is_plain_name(name).then_some(name)
        })?;
    let in_equals = context
        .code_lines_above()
        .take(6)
        .any(|line| line.contains("boolean equals(Object "));
    let fields = java_fields(context).filter(|_| in_equals)?;
    let (numbers, objects): (Vec<_>, Vec<_>) =
        fields.iter().partition(|(kind, _)| NUMBERS.contains(kind));
    let each = numbers
        .iter()
        .map(|(_, field)| format!("{field} == {other}.{field}"))
        .chain(
            objects
                .iter()
                .map(|(_, field)| format!("Objects.equals({field}, {other}.{field})")),
        )
        .collect();
    let listed_only = !objects.is_empty() && !context.code.contains("import java.util.Objects;");
    let mut comparisons = Comparisons::statement(each);
    if listed_only {
        comparisons.confidence = 0.5;
    }
    Some(comparisons)
}

/// The instance fields a Java class declares above the cursor (`private final int x;`, `int x, y;`), as `(type,
/// name)` in order; `None` when a declaration is not a plain one (an initialized field, an array, a generic type).
fn java_fields<'a>(context: &Context<'a>) -> Option<Vec<(&'a str, &'a str)>> {
    let before = context.code_before_line();
    let class = before.get(before.rfind("class ")?..)?;
    let mut fields = Vec::new();
    for line in class.lines().map(str::trim) {
        if !line.ends_with(';')
            || line.contains('(')
            || line.contains('=')
            || line.starts_with("return")
        {
            continue;
        }
        for declaration in line
            .split(';')
            .map(str::trim)
            .filter(|part| !part.is_empty())
        {
            // A static field is the class's, not the object's: `equals` leaves it out.
            if declaration.split_whitespace().any(|word| word == "static") {
                continue;
            }
            let Some(kind) = declaration
                .split_whitespace()
                .find(|word| !matches!(*word, "private" | "protected" | "public" | "final"))
            else {
                continue;
            };
            if !is_plain_name(kind) {
                return None;
            }
            // `int x, y`: every name after the type.
            let (_, names) = declaration.split_once(&format!("{kind} "))?;
            for name in names.split(',').map(str::trim) {
                if !is_plain_name(name) {
                    return None;
                }
                fields.push((kind, name));
            }
        }
    }
    (!fields.is_empty()).then_some(fields)
}

/// C++'s `bool operator==(const Point& other) const {` (a member: its own fields against the other's) or `bool
/// operator==(const Point& a, const Point& b) {` (a free function or a friend: the two arguments' fields).
fn cpp_comparisons(context: &Context<'_>) -> Option<Comparisons> {
    let header = opened_by(context)?;
    let (_, parameters) = header.split_once("operator==(")?;
    let (parameters, _) = parameters.split_once(')')?;
    let parameters: Vec<&str> = parameters.split(',').collect();
    let type_name = parameters
        .first()?
        .trim()
        .trim_start_matches("const ")
        .split(['&', ' '])
        .next()?;
    let names: Vec<&str> = parameters
        .iter()
        .map(|parameter| parameter_name(parameter, false))
        .collect::<Option<_>>()?;
    let fields = context.struct_fields(type_name, true);
    // A C string or an array compares its address, not its text: such a type compares with a helper.
    let plain = fields.iter().all(|field| {
        matches!(
            field.kind,
            FieldKind::Integer | FieldKind::Real | FieldKind::Character | FieldKind::Other
        )
    });
    if !plain {
        return None;
    }
    let each = match names.as_slice() {
        [other] => fields
            .iter()
            .map(|field| format!("{0} == {other}.{0}", field.name))
            .collect(),
        [left, right] => fields
            .iter()
            .map(|field| format!("{left}.{0} == {right}.{0}", field.name))
            .collect(),
        _ => return None,
    };
    Some(Comparisons::statement(each))
}

/// Rust's `fn eq(&self, other: &Self) -> bool {` in `impl PartialEq for Point`: the struct's fields, as the
/// function's tail expression.
fn rust_comparisons(context: &Context<'_>) -> Option<Comparisons> {
    let header = opened_by(context)?;
    let parameters = header.strip_prefix("fn eq(&self, ")?;
    let other = parameter_name(parameters.split(')').next()?, true)?;
    let fields = super::rust::implemented_struct_fields(context)?;
    Some(Comparisons {
        each: fields
            .iter()
            .map(|(field, _)| format!("self.{field} == {other}.{field}"))
            .collect(),
        joiner: " && ",
        end: "",
        returned: false,
        owner: "self.".to_owned(),
        confidence: CONFIDENCE,
    })
}

/// Go's `func (p Point) Equal(q Point) bool {` (or `Equals`): the receiver's fields against the argument's, for a
/// struct Go compares with `==` (no slice, map or function field).
fn go_comparisons(context: &Context<'_>) -> Option<Comparisons> {
    let header = opened_by(context)?;
    let (_, method) = header.split_once(") Equal")?;
    let parameters = method
        .strip_prefix("s(")
        .or_else(|| method.strip_prefix('('))?;
    let other = parameters.split_whitespace().next()?;
    let (receiver, fields) = super::go::receiver_struct_fields(context)?;
    let comparable = fields.iter().all(|(_, kind)| {
        !(kind.starts_with("[]") || kind.starts_with("map[") || kind.starts_with("func"))
    });
    if !comparable || !is_plain_name(other) {
        return None;
    }
    Some(Comparisons {
        each: fields
            .iter()
            .map(|(field, _)| format!("{receiver}.{field} == {other}.{field}"))
            .collect(),
        joiner: " && ",
        end: "",
        returned: true,
        owner: format!("{receiver}."),
        confidence: CONFIDENCE,
    })
}

/// A JavaScript or TypeScript class's `equals(other) {` (`equals(other: Point): boolean {`): the class's fields,
/// compared strictly.
fn javascript_comparisons(context: &Context<'_>) -> Option<Comparisons> {
    let header = opened_by(context)?;
    let parameters = header
        .trim_start_matches("public ")
        .strip_prefix("equals(")?;
    let other = parameter_name(parameters.split([')', ',']).next()?, true)?;
    let fields = super::javascript_everyday::class_fields(context)?;
    Some(Comparisons {
        each: fields
            .iter()
            .map(|field| format!("this.{field} === {other}.{field}"))
            .collect(),
        joiner: " && ",
        end: ";",
        returned: true,
        owner: "this.".to_owned(),
        confidence: CONFIDENCE,
    })
}
