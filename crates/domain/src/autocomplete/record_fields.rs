//! The fields of a record the file declares, after a receiver that holds one: `e.` in `sorted(employees,
//! key=lambda e: e.` for a `@dataclass class Employee`, `p.` in `products.filter((p) => p.` for `interface
//! Product`, `|e| e.` over `&[Employee]`, `emps[i].` of a `const struct employee *emps`, `for (const order of
//! orders)`. The receiver's type is read from its own annotation, or from the collection it walks (that
//! collection's annotation, or its name: `employees` holds `Employee`s); its fields from the type's declaration in
//! the file.
//!
//! The fields are listed, and one is offered inline where the code says which:
//! - the one field a word of the enclosing function's name names (`by_salary`, `total_salary`, `compare_by_age`,
//!   `totalPrice` -> `salary`, `age`, `Price`);
//! - in arithmetic (`sum + o.`, `item.price * item.`, `(totals.get(id) ?? 0) + order.`), the one number field the
//!   line has not read yet, an identifier (`id`, `customerId`) aside; a text field is not offered there;
//! - in a sum of one field per term (`a->x * b->x + a->`), the next field in declaration order (`y`).
//!
//! C's `typedef struct { ... } vec3;` declares a record as `struct vec3` does.

use std::cell::OnceCell;

use super::Suggestion;
use super::cursor::Context;
use super::language::Language;
use super::lexer::{contains_word, folded_name, is_identifier_char, is_plain_name};
use super::statements::enclosing_function;

/// How sure the field the code names is.
const NAMED_CONFIDENCE: f64 = 0.86;

/// How high the other fields are listed: below the inline bar, and below the members the file's own uses rank.
const LISTED_CONFIDENCE: f64 = 0.3;

/// What a field holds, as far as these rules care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Holds {
    Number,
    Text,
    Other,
}

/// One field of a record the file declares.
#[derive(Debug, Clone, Copy)]
struct RecordField<'a> {
    name: &'a str,
    holds: Holds,
}

pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.member else {
        return;
    };
    if !matches!(access.separator, "." | "->") || !context.at_line_end() {
        return;
    }
    let Some(fields) = receiver_fields(context, access.receiver) else {
        return;
    };
    let Some(before) = context.before_receiver(&access) else {
        return;
    };
    let prefix = context.prefix;
    let used = |field: &str| {
        let reached = format!("{}{}{field}", access.receiver, access.separator);
        contains_word(before, &reached)
    };
    let arithmetic = in_arithmetic(before);
    // In arithmetic a text field is no operand: whatever proposed one is set below the inline bar.
    if arithmetic {
        for suggestion in out.iter_mut() {
            let word = format!("{prefix}{}", leading_word(&suggestion.text));
            let text = fields
                .iter()
                .any(|field| field.name == word && field.holds == Holds::Text);
            if text {
                suggestion.confidence = suggestion.confidence.min(LISTED_CONFIDENCE);
            }
        }
    }
    // A method's own receiver (Go's `func (r *response) WriteHeader(`) is what the method works on, not a record
    // it picks a field of by name.
    let method_receiver = context.profile.language == Language::Go
        && context.enclosing_lines().any(|line| {
            line.strip_prefix("func (")
                .and_then(|rest| rest.split_whitespace().next())
                .is_some_and(|receiver| receiver == access.receiver)
        });
    // A record the code walks (`for e in employees`, `emps[i]`, a callback's element) or compares (`compare_by_age`)
    // is read for the field the function is named for; a parameter of another function may be anything of it.
    let walked =
        access.receiver.ends_with(']') || walked_collection(context, access.receiver).is_some();
    let comparing = enclosing_function(context).is_some_and(|function| {
        let name = function.name.to_ascii_lowercase();
        name.starts_with("compare") || name.starts_with("cmp") || name.contains("_by_")
    });
    let named = (!method_receiver && (walked || comparing))
        .then(|| named_by_function(context, &fields))
        .flatten();
    let operand = arithmetic
        .then(|| {
            let numbers: Vec<&RecordField<'_>> = fields
                .iter()
                .filter(|field| field.holds == Holds::Number && !is_identifier_field(field.name))
                .filter(|field| !used(field.name))
                .collect();
            match numbers.as_slice() {
                [only] => Some(only.name),
                _ => None,
            }
        })
        .flatten();
    let next_term = next_term_field(before, &fields);
    let chosen = named.filter(|name| !used(name)).or(operand).or(next_term);
    // A sum of one field per term goes on with the next field: the fields it read already are not what follows,
    // however often the file wrote them after the same token.
    if next_term.is_some() && next_term == chosen {
        for suggestion in out.iter_mut() {
            let word = format!("{prefix}{}", leading_word(&suggestion.text));
            if fields.iter().any(|field| field.name == word) {
                suggestion.confidence = suggestion.confidence.min(LISTED_CONFIDENCE);
            }
        }
    }
    for field in &fields {
        let Some(rest) = field
            .name
            .strip_prefix(prefix)
            .filter(|rest| !rest.is_empty())
        else {
            continue;
        };
        let confidence = if Some(field.name) == chosen {
            NAMED_CONFIDENCE
        } else if used(field.name) || (arithmetic && field.holds == Holds::Text) {
            LISTED_CONFIDENCE - 0.1
        } else {
            LISTED_CONFIDENCE
        };
        out.push(Suggestion::member(rest, confidence));
    }
}

/// Whether `name` holds a record the file declares (a loop's `item` over `items: CartItem[]`).
pub(super) fn is_record(context: &Context<'_>, name: &str) -> bool {
    receiver_fields(context, name).is_some()
}

/// The amount a record `name` adds to a total: its price times its quantity when it has both
/// (`item.price * item.quantity`), else its one number field that is not an identifier (`order.total`).
pub(super) fn amount_of(context: &Context<'_>, name: &str) -> Option<String> {
    let fields = receiver_fields(context, name)?;
    let numbers: Vec<&str> = fields
        .iter()
        .filter(|field| field.holds == Holds::Number && !is_identifier_field(field.name))
        .map(|field| field.name)
        .collect();
    let find = |names: &[&str]| {
        numbers
            .iter()
            .copied()
            .find(|field| names.contains(&folded_name(field).as_str()))
    };
    if let (Some(price), Some(quantity)) = (
        find(&["price", "unitprice", "cost"]),
        find(&["quantity", "qty", "count"]),
    ) {
        return Some(format!("{name}.{price} * {name}.{quantity}"));
    }
    match numbers.as_slice() {
        [only] => Some(format!("{name}.{only}")),
        _ => None,
    }
}

/// `total += item;` proposed in a loop over records -> `total += item.price * item.quantity;` (or the record's one
/// amount): a record is no number to add; without an amount the sum is left to the developer.
pub(super) fn amend_record_sums(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !matches!(
        context.profile.language,
        Language::TypeScript
            | Language::Rust
            | Language::Go
            | Language::Java
            | Language::Cpp
            | Language::C
    ) {
        return;
    }
    out.retain_mut(|suggestion| {
        let text = suggestion.text.trim_end_matches(';');
        let Some((head, element)) = text.rsplit_once("+= ") else {
            return true;
        };
        if !is_plain_name(element) || !is_record(context, element) {
            return true;
        }
        match amount_of(context, element) {
            Some(amount) => {
                let end = if suggestion.text.ends_with(';') {
                    ";"
                } else {
                    ""
                };
                suggestion.text = format!("{head}+= {amount}{end}");
                true
            }
            None => false,
        }
    });
}

/// The first word of a suggestion (`price` of `price)`).
fn leading_word(text: &str) -> &str {
    let end = text
        .find(|c: char| !is_identifier_char(c))
        .unwrap_or(text.len());
    text.get(..end).unwrap_or("")
}

/// Whether the receiver stands as an operand of arithmetic: after `+`, `-`, `*`, `/` or `+=` (a conversion such
/// as `float64(` or `(double) ` between them).
fn in_arithmetic(before: &str) -> bool {
    let mut head = before.trim_end();
    for conversion in [
        "float64(", "float32(", "int(", "float(", "double(", "(double)", "Number(",
    ] {
        if let Some(rest) = head.strip_suffix(conversion) {
            head = rest.trim_end();
        }
    }
    head.ends_with(['+', '-', '*', '/']) && !head.ends_with("++") && !head.ends_with("--")
        || head.ends_with("+=")
        || head.ends_with("-=")
}

/// `a->x * b->x + a->` -> `y`, `p.x * p.x + p.y * p.y + p.` -> `z`: a new term of a sum whose terms each read
/// one number field, in the order the record declares them from its first, reads the next one.
fn next_term_field<'a>(before: &str, fields: &[RecordField<'a>]) -> Option<&'a str> {
    let head = before.trim_end();
    if !head.ends_with('+') || head.ends_with("++") || head.ends_with("+=") {
        return None;
    }
    let numbers: Vec<&'a str> = fields
        .iter()
        .filter(|field| field.holds == Holds::Number)
        .map(|field| field.name)
        .collect();
    let mut read: Vec<&str> = Vec::new();
    let mut rest = head;
    while let Some(at) = rest.find(['.', '-']) {
        let after = rest.get(at..).unwrap_or("");
        // `.` and `->` reach a field; a lone `-` is a subtraction.
        let member = after.starts_with('.') || after.starts_with("->");
        let separator = if after.starts_with("->") { 2 } else { 1 };
        let tail = after.get(separator..).unwrap_or("");
        let name = leading_word(tail);
        if member && !name.is_empty() {
            if !numbers.contains(&name) {
                return None;
            }
            if read.last() != Some(&name) {
                read.push(name);
            }
        }
        rest = tail.get(name.len()..).unwrap_or("");
    }
    let count = read.len();
    (count > 0 && numbers.get(..count) == Some(read.as_slice()))
        .then(|| numbers.get(count).copied())
        .flatten()
}

/// An identifier field (`id`, `customerId`, `user_id`): a key, not an amount.
fn is_identifier_field(name: &str) -> bool {
    name.eq_ignore_ascii_case("id")
        || name.ends_with("Id")
        || name.ends_with("_id")
        || name.ends_with("ID")
}

/// The one field a word of the enclosing function's name names (`salary` in `by_salary`, `inStock` in
/// `sort_by_in_stock`, `Price` in `totalPrice`).
fn named_by_function<'a>(context: &Context<'_>, fields: &[RecordField<'a>]) -> Option<&'a str> {
    let function = enclosing_function(context)?;
    let words = name_words(function.name);
    let named: Vec<&str> = fields
        .iter()
        .map(|field| field.name)
        .filter(|name| {
            let folded = folded_name(name);
            // One word, or two running ones (`in_stock` of `inStock`).
            words.contains(&folded)
                || words
                    .windows(2)
                    .any(|pair| format!("{}{}", pair[0], pair[1]) == folded)
        })
        .collect();
    match named.as_slice() {
        [only] => Some(only),
        _ => None,
    }
}

/// The lower-case words of a name written in snake or camel case.
fn name_words(name: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    for character in name.chars() {
        if character == '_' {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            continue;
        }
        if character.is_uppercase() && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        current.extend(character.to_lowercase());
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// The fields of the record `receiver` holds, when the file declares its type.
fn receiver_fields<'a>(context: &Context<'a>, receiver: &str) -> Option<Vec<RecordField<'a>>> {
    // `emps[i]`: an element of `emps`.
    let (name, element) = match receiver.split_once('[') {
        Some((collection, _)) if receiver.ends_with(']') => (collection, true),
        _ => (receiver, false),
    };
    if !is_plain_name(name) || matches!(name, "self" | "this") {
        return None;
    }
    let code = context.code.get(..context.cursor)?;
    // The file's records are read only once a name's annotation or a walked collection asks for them: most
    // receivers (`console.`, `os.`) have neither, and the declarations are looked for far up.
    let records = OnceCell::new();
    let records = || records.get_or_init(|| record_names(context, context.code_before_line()));
    let type_name = if element {
        annotated_type(context, code, &records, name)?
    } else {
        annotated_type(context, code, &records, name).or_else(|| {
            let collection = walked_collection(context, name)?;
            annotated_type(context, code, &records, collection)
                .or_else(|| named_type(records(), collection))
        })?
    };
    let fields = declared_fields(context, code, type_name)?;
    (!fields.is_empty() && fields.len() <= 12).then_some(fields)
}

/// The collection a loop or a callback walks with `variable`: `for (const order of orders)`, `for e in
/// employees`, `for _, item := range items`, `for (Order o : orders)`, `orders.map((o) =>`, `|e|` after
/// `employees.iter().map(`, `lambda e:` in `sorted(employees, `.
fn walked_collection<'a>(context: &Context<'a>, variable: &str) -> Option<&'a str> {
    let code = context.code_before_line();
    let line_head = context.before_prefix();
    let mut lines = std::iter::once(line_head).chain(code.lines().rev().take(30));
    lines.find_map(|line| collection_in_line(line, variable))
}

/// The collection `variable` walks in one line, if it does there.
fn collection_in_line<'a>(line: &'a str, variable: &str) -> Option<&'a str> {
    let last_name = |text: &'a str| -> Option<&'a str> {
        let text = text.trim_end();
        let text = text.strip_suffix(".iter()").unwrap_or(text);
        let text = text.strip_suffix(".into_iter()").unwrap_or(text);
        let text = text.strip_suffix(".stream()").unwrap_or(text);
        let text = text.trim_start_matches('&');
        let start = super::lexer::trailing_identifier_start(text);
        let name = text.get(start..)?;
        is_plain_name(name).then_some(name)
    };
    let first_name = |text: &'a str| -> Option<&'a str> {
        let text = text.trim_start().trim_start_matches('&');
        let text = text.strip_prefix("self.").unwrap_or(text);
        let end = text
            .find(|c: char| !is_identifier_char(c))
            .unwrap_or(text.len());
        let name = text.get(..end)?;
        is_plain_name(name).then_some(name)
    };
    // `for (const order of orders)`, `for e in employees:`, `for (Order o : orders)`, `for emp in &employees {`.
    for marker in [
        format!(" {variable} of "),
        format!(" {variable} in "),
        format!(" {variable} : "),
        format!(" {variable} := range "),
    ] {
        if let Some((head, rest)) = line.split_once(marker.as_str())
            && (head.contains("for") || head.ends_with(','))
        {
            return first_name(rest);
        }
    }
    // A callback given the elements: `orders.map((o) => `, `.filter(p =>`, `.map(|e| `, `.forEach(o -> `.
    for opening in [
        format!("(({variable}) =>"),
        format!("({variable} =>"),
        format!("(|{variable}|"),
        format!("(|&{variable}|"),
        format!("({variable} ->"),
    ] {
        if let Some((head, _)) = line.rsplit_once(opening.as_str()) {
            let call = head.get(..head.rfind('.')?)?;
            // Through the adapters a chain goes on with (`employees.iter().filter(...).map(`).
            let root = call.split('.').next()?;
            return last_name(root).or_else(|| last_name(call));
        }
    }
    // Python's `sorted(employees, key=lambda e: `, `max(items, key=lambda item: `.
    if let Some((head, _)) = line.rsplit_once(&format!("lambda {variable}:")) {
        let call = head
            .trim_end()
            .strip_suffix("key=")?
            .trim_end()
            .strip_suffix(',')?;
        let (_, argument) = call.rsplit_once('(')?;
        return first_name(argument);
    }
    None
}

/// The record type a declaration of `name` gives it (or its elements): the first name in the declaration's type
/// that the file declares as a record (`orders: Order[]`, `employees: &[Employee]`, `items []Item`, `List<Order>
/// orders`, `const struct employee *emps`), read from the nearest declarations up.
fn annotated_type<'a, 'r>(
    context: &Context<'a>,
    code: &'a str,
    records: &dyn Fn() -> &'r Vec<&'a str>,
    name: &str,
) -> Option<&'a str> {
    /// How many mentions of the name are read, nearest first.
    const MENTIONS: usize = 40;
    let language = context.profile.language;
    if language == Language::JavaScript {
        return None;
    }
    for (start, _) in code.rmatch_indices(name).take(MENTIONS) {
        let (Some(before), Some(after)) = (code.get(..start), code.get(start + name.len()..))
        else {
            continue;
        };
        if before.ends_with(is_identifier_char) || after.starts_with(is_identifier_char) {
            continue;
        }
        let segment = match language {
            // The type after the name: `orders: Order[]`, `items []Item`.
            Language::TypeScript | Language::Rust | Language::Python | Language::Go => {
                let typed = after.strip_prefix(':').or_else(|| {
                    (language == Language::Go)
                        .then(|| after.strip_prefix(' '))
                        .flatten()
                });
                let Some(rest) = typed.map(str::trim_start) else {
                    continue;
                };
                if rest.starts_with(['=', ':']) {
                    continue;
                }
                let end = rest
                    .find([',', ')', '=', ';', '{', '\n', '|'])
                    .unwrap_or(rest.len());
                rest.get(..end).unwrap_or("")
            }
            // The type before the name: `List<Order> orders`, `const struct employee *emps`.
            _ => {
                let line_start = before
                    .rfind(['(', ',', ';', '{', '\n'])
                    .map_or(0, |at| at + 1);
                before.get(line_start..).unwrap_or("")
            }
        };
        if segment.is_empty() {
            continue;
        }
        let records = records();
        let found = segment
            .split(|c: char| !is_identifier_char(c))
            .find(|word| records.contains(word));
        if let Some(found) = found {
            return records.iter().copied().find(|record| *record == found);
        }
    }
    None
}

/// The record type a collection's name says it holds: `employees` -> `Employee`, `order_items` -> `OrderItem`,
/// `people` -> `Person`.
fn named_type<'a>(records: &[&'a str], collection: &str) -> Option<&'a str> {
    let singular = if collection == "people" {
        "person".to_owned()
    } else if let Some(stem) = collection.strip_suffix("ies") {
        format!("{stem}y")
    } else if let Some(stem) = collection.strip_suffix('s') {
        stem.to_owned()
    } else {
        return None;
    };
    let wanted = folded_name(&singular);
    records
        .iter()
        .copied()
        .find(|name| folded_name(name) == wanted)
}

/// The names the file declares records under, in order.
fn record_names<'a>(context: &Context<'a>, code: &'a str) -> Vec<&'a str> {
    let keywords: &[&str] = match context.profile.language {
        Language::TypeScript | Language::JavaScript => &["interface ", "type ", "class "],
        Language::Python | Language::Java => &["class ", "record "],
        Language::Rust => &["struct "],
        Language::Go => &["type "],
        Language::C | Language::Cpp => &["struct ", "class "],
        Language::Other => &[],
    };
    /// How many lines above are read for declarations: a record is declared near its uses.
    const LINES: usize = 3000;
    let mut names = Vec::new();
    for line in code.lines().rev().take(LINES) {
        let line = line.trim_start();
        let line = ["export ", "pub ", "public ", "final ", "typedef "]
            .iter()
            .fold(line, |line, modifier| {
                line.strip_prefix(modifier).unwrap_or(line)
            });
        // C's `typedef struct { ... } vec3;` names its record where it closes.
        if matches!(context.profile.language, Language::C | Language::Cpp)
            && let Some(name) = line
                .strip_prefix('}')
                .and_then(|rest| rest.trim().strip_suffix(';'))
                .map(str::trim)
                .filter(|name| is_plain_name(name))
        {
            names.push(name);
        }
        for keyword in keywords {
            if let Some(rest) = line.strip_prefix(keyword) {
                let end = rest
                    .find(|c: char| !is_identifier_char(c))
                    .unwrap_or(rest.len());
                if let Some(name) = rest.get(..end).filter(|name| is_plain_name(name)) {
                    names.push(name);
                }
            }
        }
    }
    names
}

/// The fields of the record type `name` as the file declares it.
fn declared_fields<'a>(
    context: &Context<'a>,
    code: &'a str,
    name: &str,
) -> Option<Vec<RecordField<'a>>> {
    let language = context.profile.language;
    if matches!(language, Language::C | Language::Cpp) {
        let fields = context.struct_fields(name, language == Language::Cpp);
        return Some(
            fields
                .iter()
                .map(|field| RecordField {
                    name: field.name,
                    holds: match field.kind {
                        super::c_family::FieldKind::Integer | super::c_family::FieldKind::Real => {
                            Holds::Number
                        }
                        super::c_family::FieldKind::Text => Holds::Text,
                        _ => Holds::Other,
                    },
                })
                .collect(),
        );
    }
    let openings: Vec<String> = match language {
        Language::TypeScript | Language::JavaScript => vec![
            format!("interface {name} {{"),
            format!("type {name} = {{"),
            format!("class {name} {{"),
        ],
        Language::Rust => vec![format!("struct {name} {{")],
        Language::Go => vec![format!("type {name} struct {{")],
        Language::Java => vec![format!("class {name} {{")],
        Language::Python => vec![format!("class {name}:"), format!("class {name}(")],
        _ => return None,
    };
    let start = openings
        .iter()
        .find_map(|opening| code.find(opening.as_str()).map(|at| at + opening.len()))?;
    let rest = code.get(start..)?;
    let mut fields = Vec::new();
    if language == Language::Python {
        // A dataclass's annotated fields: the indented `name: type` lines under the header.
        for line in rest.lines().skip(1) {
            if !line.starts_with(char::is_whitespace) && !line.trim().is_empty() {
                break;
            }
            let line = line.trim();
            if line.starts_with("def ") {
                break;
            }
            if let Some((field, kind)) = line.split_once(':')
                && is_plain_name(field.trim())
            {
                fields.push(RecordField {
                    name: field.trim(),
                    holds: holds(kind),
                });
            }
        }
        return Some(fields);
    }
    let body = rest.get(..rest.find('}')?)?;
    for piece in body.split([';', '\n', ',']) {
        let piece = piece.trim();
        if piece.is_empty() || piece.starts_with("//") || piece.contains('(') {
            continue;
        }
        let piece = [
            "pub ",
            "private ",
            "public ",
            "protected ",
            "readonly ",
            "final ",
        ]
        .iter()
        .fold(piece, |piece, modifier| {
            piece.strip_prefix(modifier).unwrap_or(piece)
        });
        let (field, kind) = match language {
            Language::Go => match piece.split_once(char::is_whitespace) {
                Some((field, kind)) => (field, kind),
                // `X, Y int`: the first name's type follows the second.
                None => (
                    piece,
                    body.get(body.find(piece)? + piece.len()..)?
                        .split('\n')
                        .next()?
                        .rsplit(' ')
                        .next()?,
                ),
            },
            Language::Java => {
                let piece = piece.split('=').next().unwrap_or(piece).trim();
                let Some((kind, field)) = piece.rsplit_once(char::is_whitespace) else {
                    continue;
                };
                (field, kind)
            }
            _ => {
                let Some((field, kind)) = piece.split_once(':') else {
                    continue;
                };
                (field.trim().trim_end_matches('?'), kind)
            }
        };
        if is_plain_name(field) {
            fields.push(RecordField {
                name: field,
                holds: holds(kind),
            });
        }
    }
    Some(fields)
}

/// What a declared type holds.
fn holds(kind: &str) -> Holds {
    let kind = kind.trim().trim_end_matches(',').trim();
    let kind = kind.split('=').next().unwrap_or(kind).trim();
    match kind {
        "number" | "int" | "float" | "double" | "long" | "short" | "i8" | "i16" | "i32" | "i64"
        | "u8" | "u16" | "u32" | "u64" | "usize" | "isize" | "f32" | "f64" | "float64"
        | "float32" | "int64" | "int32" | "uint" | "Decimal" | "BigDecimal" | "Integer"
        | "Double" => Holds::Number,
        "string" | "String" | "str" | "&str" | "&'static str" => Holds::Text,
        _ => Holds::Other,
    }
}
