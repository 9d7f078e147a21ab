//! The next text of the short programs a new user writes first, where the lines above settle it:
//! - `} ` closing an `if` block -> `else {` (C-like languages, Go, Rust);
//! - a Go struct field's type from its name (`Age  ` -> `int`, `Name ` -> `string`, `Price ` -> `float64`);
//! - a C++ lambda named for an operation (`auto add = [](int a, int b) { return ` -> `a + b; };`);
//! - a C++ initializer list's other members, written like the first (`: width(w), ` -> `height(h) {}`);
//! - Rust closures: a map named for its result (`let squares: Vec<i32> = (1..=10).map(|x| ` -> `x * x)`), a
//!   fold's sum (`.fold(0.0, |acc, p| ` -> `acc + p)`), and a distance's root (`(dx * dx + dy * dy).` ->
//!   `sqrt()`);
//! - a two-field type's other field after an operator (`return r.W * ` -> `r.H`, `self.width * ` -> `self.height`);
//! - Rust's `format!("Hello, {}!", ` in a function of one parameter and no binding -> that parameter (`name)`),
//!   `PI * self.` in an impl of a struct of one field -> that field (of two, the one not read yet), and `use
//!   List::{Cons, ` -> the enum's other variants (`Nil};`).

use super::Suggestion;
use super::cursor::{Context, indentation};
use super::language::Language;
use super::lexer::is_plain_name;
use super::statements::{FieldKind, enclosing_function, field_kind, operator_for};

/// How sure these answers are: each is what the code above leaves to write.
const CONFIDENCE: f64 = 0.86;

/// Runs every rule of this module.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    other_field_after_operator(context, out);
    match context.profile.language {
        Language::Python => {}
        Language::Go => {
            else_after_block(context, out);
            go_field_type(context, out);
        }
        Language::Cpp => {
            else_after_block(context, out);
            cpp_lambda_operation(context, out);
            cpp_initializer_next(context, out);
        }
        Language::Rust => {
            else_after_block(context, out);
            rust_named_map(context, out);
            rust_fold_sum(context, out);
            rust_square_root(context, out);
            rust_format_parameter(context, out);
            rust_field_in_expression(context, out);
            rust_variants_imported(context, out);
        }
        _ => else_after_block(context, out),
    }
}

/// `} ` on the line that closes an `if` block -> `else {`: the other branch is why the brace was not left alone.
fn else_after_block(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "} " {
        return;
    }
    let depth = indentation(context.line_before);
    let Some(header) = context
        .code_before_line()
        .lines()
        .rev()
        .take(50)
        .find(|line| !line.trim().is_empty() && indentation(line) <= depth)
    else {
        return;
    };
    let header = header.trim();
    let opens_if = ["if ", "if(", "} else if "]
        .iter()
        .any(|start| header.starts_with(start))
        && header.ends_with('{');
    if opens_if {
        out.push(Suggestion::construct("else {", CONFIDENCE));
    }
}

/// `Age  ` in `type Person struct {` -> `int`: a field's type said by its name (`Name` -> `string`, `Price` ->
/// `float64`, `Active` -> `bool`).
fn go_field_type(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let line = context.line_before;
    let name = line.trim();
    if !line.ends_with(' ') || !is_plain_name(name) || !name.starts_with(char::is_uppercase) {
        return;
    }
    let in_struct = context
        .enclosing_lines()
        .next()
        .is_some_and(|header| header.starts_with("type ") && header.ends_with("struct {"));
    if !in_struct {
        return;
    }
    let lowered = name.to_ascii_lowercase();
    let type_text = match field_kind(name) {
        Some(FieldKind::Text) => "string",
        Some(FieldKind::Flag) => "bool",
        Some(FieldKind::Count) => "int",
        Some(FieldKind::Number)
            if matches!(
                lowered.as_str(),
                "price" | "amount" | "width" | "height" | "x" | "y" | "score"
            ) =>
        {
            "float64"
        }
        Some(FieldKind::Number) => "int",
        Some(FieldKind::Identifier) | None => return,
    };
    out.push(Suggestion::construct(type_text, CONFIDENCE));
}

/// `auto add = [](int a, int b) { return ` -> `a + b; };`: a lambda named for an operation combines its
/// parameters as a function of that name would.
fn cpp_lambda_operation(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some((declaration, lambda)) = typed.split_once(" = [") else {
        return;
    };
    let Some(name) = declaration.strip_prefix("auto ").map(str::trim) else {
        return;
    };
    let Some(parameters) = lambda
        .split_once("](")
        .and_then(|(_, rest)| rest.strip_suffix(") { return "))
    else {
        return;
    };
    let names: Option<Vec<&str>> = parameters
        .split(',')
        .map(|parameter| parameter.trim().rsplit([' ', '&', '*']).next())
        .collect();
    let Some(names) =
        names.filter(|names| names.len() == 2 && names.iter().all(|n| is_plain_name(n)))
    else {
        return;
    };
    if let Some(operator) = operator_for(name) {
        out.push(Suggestion::construct(
            format!("{}; }};", names.join(operator)),
            CONFIDENCE,
        ));
    }
}

/// `Rectangle(int w, int h) : width(w), ` -> `height(h) {}`: the other parameters are stored as the first one was (its
/// field named in full for an abbreviation, `name_(name)` and `m_name(name)` kept).
fn cpp_initializer_next(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some((header, initializers)) = typed.split_once(") : ") else {
        return;
    };
    let Some(parameters) = header.split_once('(').map(|(_, parameters)| parameters) else {
        return;
    };
    let parameter_names: Vec<&str> = parameters
        .split(',')
        .filter_map(|parameter| parameter.trim().rsplit([' ', '&', '*']).next())
        .filter(|name| is_plain_name(name))
        .collect();
    let Some(written) = initializers.strip_suffix(", ") else {
        return;
    };
    let entries: Option<Vec<(&str, &str)>> = written
        .split("), ")
        .map(|entry| {
            let (field, argument) = entry.trim_end_matches(')').split_once('(')?;
            Some((field.trim(), argument.trim()))
        })
        .collect();
    let Some(entries) = entries else {
        return;
    };
    let Some(&(first_field, first_argument)) = entries.first() else {
        return;
    };
    let remaining: Vec<&str> = parameter_names
        .iter()
        .copied()
        .filter(|name| !entries.iter().any(|(_, argument)| argument == name))
        .collect();
    if remaining.is_empty() {
        return;
    }
    let abbreviation = |short: &str| match short {
        "w" => Some("width"),
        "h" => Some("height"),
        "r" => Some("radius"),
        "x" => Some("x"),
        "y" => Some("y"),
        _ => None,
    };
    let field_of = |parameter: &str| -> Option<String> {
        if first_field == format!("{first_argument}_") {
            Some(format!("{parameter}_"))
        } else if first_field == format!("m_{first_argument}") {
            Some(format!("m_{parameter}"))
        } else if first_field == first_argument {
            Some(parameter.to_owned())
        } else if abbreviation(first_argument) == Some(first_field) {
            abbreviation(parameter).map(str::to_owned)
        } else {
            None
        }
    };
    // Every parameter left, then the empty body.
    let rest: Option<Vec<String>> = remaining
        .iter()
        .map(|parameter| field_of(parameter).map(|field| format!("{field}({parameter})")))
        .collect();
    if let Some(rest) = rest {
        out.push(Suggestion::construct(
            format!("{} {{}}", rest.join(", ")),
            CONFIDENCE,
        ));
    }
}

/// `let squares: Vec<i32> = (1..=10).map(|x| ` -> `x * x)`: a map's body said by the name of what it makes.
fn rust_named_map(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some((target, value)) = typed
        .strip_prefix("let ")
        .and_then(|rest| rest.split_once(" = "))
    else {
        return;
    };
    let target = target.split(':').next().unwrap_or(target).trim();
    let Some(parameter) = value
        .rsplit_once(".map(|")
        .and_then(|(_, rest)| rest.strip_suffix("| "))
        .filter(|parameter| is_plain_name(parameter))
    else {
        return;
    };
    let body = match target {
        "squares" | "squared" => format!("{parameter} * {parameter}"),
        "doubled" | "doubles" => format!("{parameter} * 2"),
        "tripled" => format!("{parameter} * 3"),
        "halves" | "halved" => format!("{parameter} / 2"),
        "cubes" | "cubed" => format!("{parameter} * {parameter} * {parameter}"),
        _ => return,
    };
    out.push(Suggestion::construct(format!("{body})"), CONFIDENCE));
}

/// `.fold(0.0, |acc, p| ` -> `acc + p)`: a fold from zero sums.
fn rust_fold_sum(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_end_matches(' ');
    let Some(parameters) = [".fold(0, |", ".fold(0.0, |"]
        .iter()
        .find_map(|fold| typed.rsplit_once(fold).map(|(_, rest)| rest))
        .and_then(|rest| rest.strip_suffix('|'))
    else {
        return;
    };
    let Some((accumulator, element)) = parameters.split_once(", ") else {
        return;
    };
    let element = element.trim_start_matches('&');
    if is_plain_name(accumulator) && is_plain_name(element) {
        // `fn sum_squares(v: &[i64])` sums the squares.
        let squares = super::statements::enclosing_function(context)
            .is_some_and(|function| function.name.to_ascii_lowercase().contains("square"));
        let term = if squares {
            format!("{element} * {element}")
        } else {
            element.to_owned()
        };
        out.push(Suggestion::construct(
            format!("{accumulator} + {term})"),
            CONFIDENCE,
        ));
    }
}

/// `(dx * dx + dy * dy).` -> `sqrt()`: a sum of squares is taken for the distance it is the square of.
fn rust_square_root(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(inner) = context
        .line_before
        .trim_end()
        .strip_suffix(").")
        .and_then(|head| head.rsplit_once('('))
        .map(|(_, inner)| inner)
    else {
        return;
    };
    let squares = inner.split(" + ").collect::<Vec<_>>();
    let all_squares = squares.len() >= 2
        && squares.iter().all(|term| {
            term.split_once(" * ")
                .is_some_and(|(left, right)| left == right && !left.is_empty())
        });
    if all_squares {
        out.push(Suggestion::member("sqrt()", CONFIDENCE));
    }
}

/// `format!("Hello, {}!", ` in `fn greet(name: &str)` with no binding of its own -> `name)`: the one value there is
/// to show.
fn rust_format_parameter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(format_string) = ["format!(\"", "println!(\""]
        .iter()
        .find_map(|call| typed.split_once(call).map(|(_, rest)| rest))
        .and_then(|rest| rest.strip_suffix("\", "))
    else {
        return;
    };
    if format_string.matches("{}").count() != 1 || format_string.contains('"') {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let [parameter] = function.parameters.as_slice() else {
        return;
    };
    let binds = context
        .code_lines_above()
        .take_while(|line| !line.starts_with("fn ") && !line.contains(" fn "))
        .any(|line| line.starts_with("let "));
    if binds {
        return;
    }
    let ending = if typed.starts_with("println!") {
        ");"
    } else {
        ")"
    };
    out.push(Suggestion::construct(
        format!("{}{ending}", parameter.name),
        CONFIDENCE,
    ));
}

/// `std::f64::consts::PI * self.` in `impl Shape for Circle` (one field, `radius`) -> `radius`; of two fields
/// (`self.width * self.`), the one the expression has not read.
fn rust_field_in_expression(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(before) = operand_before(context, "self") else {
        return;
    };
    let Some(fields) = super::rust::implemented_struct_fields(context) else {
        return;
    };
    let names: Vec<&str> = fields.iter().map(|(name, _)| *name).collect();
    let read = |field: &str| super::lexer::contains_word(before, &format!("self.{field}"));
    if let Some(field) = field_not_read(&names, read) {
        out.push(Suggestion::member(field, 0.88));
    }
}

/// `use List::{Cons, ` -> `Nil};`: the variants of the file's enum not imported yet, then the list's end.
fn rust_variants_imported(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some((enumeration, listed)) = typed
        .strip_prefix("use ")
        .and_then(|rest| rest.split_once("::{"))
    else {
        return;
    };
    let Some(listed) = listed.strip_suffix(", ") else {
        return;
    };
    if !is_plain_name(enumeration) {
        return;
    }
    let code = context.code;
    let Some(start) = ["pub enum ", "enum "]
        .iter()
        .find_map(|keyword| code.find(&format!("{keyword}{enumeration} {{")))
    else {
        return;
    };
    let Some(body) = code.get(start..) else {
        return;
    };
    let variants: Vec<&str> = super::statements::block_lines(body)
        .filter_map(|line| {
            let name = line.split(['(', '{', ',', ' ', '=']).next()?;
            is_plain_name(name).then_some(name)
        })
        .collect();
    let imported: Vec<&str> = listed.split(',').map(str::trim).collect();
    let rest: Vec<&str> = variants
        .iter()
        .copied()
        .filter(|variant| !imported.contains(variant))
        .collect();
    if rest.is_empty() || imported.iter().any(|name| !variants.contains(name)) {
        return;
    }
    out.push(Suggestion::construct(
        format!("{}}};", rest.join(", ")),
        CONFIDENCE,
    ));
}

/// `return r.W * ` in a method of `type Rect struct { W, H float64 }` -> `r.H` (`self.width * ` -> `self.height`):
/// an expression over a type of two fields that has read one goes on with the other.
fn other_field_after_operator(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_end_matches(' ');
    if !context.line_before.ends_with(' ') {
        return;
    }
    let Some(head) = [" *", " +", " -", " /"]
        .iter()
        .find_map(|operator| typed.strip_suffix(operator))
    else {
        return;
    };
    let Some((fields, owner)) = super::geometry::class_fields(context) else {
        return;
    };
    if owner.is_empty() {
        return;
    }
    let read = |field: &str| super::lexer::contains_word(head, &format!("{owner}{field}"));
    // Of two fields, one read just before the operator (`r.W * `), not after a longer expression.
    let Some(other) = field_not_read(&fields, read).filter(|other| !read(other)) else {
        return;
    };
    let Some(first) = fields.iter().find(|field| **field != other) else {
        return;
    };
    if !head.ends_with(&format!("{owner}{first}")) {
        return;
    }
    out.push(Suggestion::construct(format!("{owner}{other}"), CONFIDENCE));
}

/// The operators after which a field is read as an operand (`PI * self.`, `this.width * this.`).
const ARITHMETIC: &[&str] = &["* ", "+ ", "- ", "/ ", "% ", "** "];

/// The text before `owner.` (`self.`, `this.`) when the member is being read as an operand, right after an
/// arithmetic operator.
pub(super) fn operand_before<'a>(context: &Context<'a>, owner: &str) -> Option<&'a str> {
    let access = context
        .dot_member()
        .filter(|access| access.receiver == owner && access.separator == ".")?;
    let before = context.before_receiver(&access)?;
    ARITHMETIC
        .iter()
        .any(|operator| before.ends_with(operator))
        .then_some(before)
}

/// Of a type's fields (repeats left out), the one an expression reads next: the only one, or of two the one
/// `read` says it has not read yet.
pub(super) fn field_not_read<'a>(
    fields: &[&'a str],
    read: impl Fn(&str) -> bool,
) -> Option<&'a str> {
    let mut unique: Vec<&str> = Vec::new();
    for field in fields {
        if !unique.contains(field) {
            unique.push(field);
        }
    }
    match unique.as_slice() {
        [field] => Some(*field),
        [first, second] => match (read(first), read(second)) {
            (true, false) => Some(*second),
            (false, true) => Some(*first),
            _ => None,
        },
        _ => None,
    }
}
