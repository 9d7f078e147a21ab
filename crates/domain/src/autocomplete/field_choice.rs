//! Which field of a C or C++ struct the code reaches for after `->` or `.`, when the file already says it: the
//! struct's declaration gives each field's name, order and kind, and the lines around the cursor give the rest.
//! - a `printf` argument: the one field whose kind fits the conversion it stands for (`printf("%d ", cur->` ->
//!   `value);` in a node whose other field is the `next` pointer; `%s` -> the name, `%.2f` -> the balance);
//! - a tree's other child: `tree_free(root->left);` then `tree_free(root->` -> `right);`, and `f(root->left) +
//!   f(` -> `root->right);` on one line;
//! - the next field of a sequence that sets them one by one (`b->data = NULL; b->len = 0;` then `b->` -> `cap =
//!   0;`, in the declaration's order), a parameter stored in the field of its name (`p->` -> `age = age;` in
//!   `person_init(Person *p, const char *name, int age)`), and the field a getter is named for
//!   (`point_get_y(const Point *p) { return p->` -> `y; }`).
//!
//! Each needs the struct's declaration in the code and one field that fits: with two, the choice is the developer's.

use super::Suggestion;
use std::cell::OnceCell;

use super::c_family::{Field, FieldKind};
use super::cursor::{Context, MemberAccess};
use super::language::Language;
use super::lexer::{is_identifier_char, is_plain_name};
use super::statements::enclosing_function;

/// How sure the field a conversion asks for is: the only field of that kind, not yet printed on the line.
const CONVERSION_CONFIDENCE: f64 = 0.93;

/// How sure a tree's other child is once one child was handled the same way.
const SIBLING_CONFIDENCE: f64 = 0.92;

/// How sure the next field of a field-by-field sequence is.
const SEQUENCE_CONFIDENCE: f64 = 0.88;
/// The confidence of the one field left to store from its namesake parameter (`p->` -> `age = age;`).
const STORED_PARAMETER_CONFIDENCE: f64 = 0.94;

/// Runs the rules of this module.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !matches!(context.profile.language, Language::C | Language::Cpp) || !context.at_line_end() {
        return;
    }
    if let Some(access) = context.member {
        if !matches!(access.separator, "->" | ".") {
            return;
        }
        // The receiver's struct is looked up in the whole file once, for all the rules below that need it.
        let known = OnceCell::new();
        other_child(context, &access, &known, out);
        printed_field(context, &access, &known, out);
        next_field_set(context, &access, &known, out);
        getter_field(context, &access, &known, out);
        assigned_field(context, &access, &known, out);
        counted_change(context, &access, &known, out);
    } else if context.prefix.is_empty() && context.line_before.ends_with('(') {
        other_child_argument(context, out);
    }
}

/// The fields of the struct `receiver` is declared as (`cur` in `for (Node *cur = head; ...`, `people[i]` of a
/// `Person people[3];`): the nearest declaration before the cursor whose type names a struct the code defines.
fn receiver_fields<'a>(context: &Context<'a>, receiver: &str) -> Vec<Field<'a>> {
    declared_struct(context, receiver).map_or_else(Vec::new, |(_, fields)| fields)
}

/// The struct `receiver` is declared as, with how many `*` its declaration puts before it (`Node **head` -> 2),
/// and the struct's fields.
fn declared_struct<'a>(context: &Context<'a>, receiver: &str) -> Option<(usize, Vec<Field<'a>>)> {
    let variable = receiver.split('[').next().unwrap_or("").trim();
    if !is_plain_name(variable) {
        return None;
    }
    let tokens = context.tokens_before();
    let cpp = context.profile.language == Language::Cpp;
    let mut tried = 0;
    for (index, token) in tokens.iter().enumerate().rev() {
        if !token.is_word(context.code, variable) {
            continue;
        }
        let declares = tokens
            .get(index + 1)
            .is_some_and(|next| matches!(context.text(next), "=" | ";" | "," | ")" | "["));
        if !declares {
            continue;
        }
        // The type's name: the word before the name, past any `*` or `&`.
        let before = tokens.get(..index).unwrap_or_default();
        let stars: usize = before
            .iter()
            .rev()
            .map(|previous| context.text(previous))
            .take_while(|text| matches!(*text, "*" | "&" | "**"))
            .map(|text| text.matches('*').count())
            .sum();
        let type_token = before
            .iter()
            .rev()
            .find(|previous| !matches!(context.text(previous), "*" | "&" | "**"));
        let Some(type_name) = type_token
            .filter(|previous| !context.is_keyword(previous))
            .map(|previous| context.text(previous))
            .filter(|name| is_plain_name(name))
        else {
            continue;
        };
        // Each look-up searches the whole file for the struct (a typedef's too): only the nearest declaration,
        // the one in scope, is read (three cost a millisecond on SQLite's amalgamation).
        tried += 1;
        let fields = context.struct_fields(type_name, cpp);
        if !fields.is_empty() || tried == 1 {
            return Some((stars, fields));
        }
    }
    None
}

/// `*head = old->` -> `next;` (a `Node **head`), `cur = cur->` -> `next;`, `int value = old->` -> `value;`,
/// `n->value = src->` -> `value;`: the one field of the receiver's struct of the kind the assigned place holds.
fn assigned_field<'a>(
    context: &Context<'a>,
    access: &MemberAccess<'_>,
    known: &OnceCell<Vec<Field<'a>>>,
    out: &mut Vec<Suggestion>,
) {
    let typed = context.before_prefix().trim_start();
    // A walking `for` header's step (`for (Node *cur = head; cur != NULL; cur = cur->`) ends the header.
    let (statement, ending) = match typed.strip_prefix("for (") {
        Some(header) if header.matches(';').count() == 2 => {
            (header.rsplit(';').next().unwrap_or("").trim_start(), ") {")
        }
        Some(_) => return,
        None => (typed, ";"),
    };
    let Some(target) = statement
        .strip_suffix(&format!("{}{}", access.receiver, access.separator))
        .and_then(|head| head.strip_suffix(" = "))
    else {
        return;
    };
    let wanted = if let Some((owner, field)) = target.split_once("->") {
        receiver_fields(context, owner)
            .iter()
            .find(|known| known.name == field)
            .map(|known| known.kind)
    } else if let Some((type_name, name)) = target.rsplit_once(' ') {
        // Declared on the line: `int value = `, `char *name = `.
        let pointer = name.starts_with('*');
        match type_name.trim_start_matches("const ") {
            "int" | "long" | "size_t" | "unsigned" if !pointer => Some(FieldKind::Integer),
            "double" | "float" if !pointer => Some(FieldKind::Real),
            "char" if pointer => Some(FieldKind::Text),
            _ if pointer => Some(FieldKind::Pointer),
            _ => None,
        }
    } else {
        let dereferenced = target.strip_prefix('*');
        let name = dereferenced.unwrap_or(target);
        declared_struct(context, name).and_then(|(stars, _)| {
            let left = stars.checked_sub(usize::from(dereferenced.is_some()))?;
            (left == 1).then_some(FieldKind::Pointer)
        })
    };
    let Some(wanted) = wanted else {
        return;
    };
    let fields = known.get_or_init(|| receiver_fields(context, access.receiver));
    let mut fitting = fields.iter().filter(|field| field.kind == wanted);
    let (Some(field), None) = (fitting.next(), fitting.next()) else {
        return;
    };
    if let Some(rest) = field.name.strip_prefix(context.prefix) {
        out.push(Suggestion::member(
            format!("{rest}{ending}"),
            SEQUENCE_CONFIDENCE,
        ));
    }
}

/// The conversion kinds of a format string's text, in order (`%d %s %.2f` -> integer, text, real).
fn conversions(format: &str) -> Vec<Option<FieldKind>> {
    let mut kinds = Vec::new();
    let mut rest = format;
    while let Some(at) = rest.find('%') {
        let after = rest.get(at + 1..).unwrap_or("");
        if let Some(escaped) = after.strip_prefix('%') {
            rest = escaped;
            continue;
        }
        let Some(end) = after.find(|c: char| c.is_ascii_alphabetic() && !"lhzjt".contains(c))
        else {
            break;
        };
        let kind = match after.as_bytes().get(end) {
            Some(b'd' | b'i' | b'u' | b'x' | b'X' | b'o') => Some(FieldKind::Integer),
            Some(b'f' | b'e' | b'g' | b'E' | b'G') => Some(FieldKind::Real),
            Some(b's') => Some(FieldKind::Text),
            Some(b'c') => Some(FieldKind::Character),
            _ => None,
        };
        kinds.push(kind);
        rest = after.get(end + 1..).unwrap_or("");
    }
    kinds
}

/// `printf("%s is %d\n", p->name, p->` -> `age);`: the argument's conversion asks for one kind of value, and one
/// field of the receiver's struct holds it.
fn printed_field<'a>(
    context: &Context<'a>,
    access: &MemberAccess<'_>,
    known: &OnceCell<Vec<Field<'a>>>,
    out: &mut Vec<Suggestion>,
) {
    let before = context.before_prefix();
    let Some(call) = ["printf(\"", "fprintf(stderr, \"", "fprintf(stdout, \""]
        .iter()
        .filter_map(|call| before.rfind(call).map(|at| (at, call.len())))
        .max()
    else {
        return;
    };
    let Some(after_call) = before.get(call.0 + call.1..) else {
        return;
    };
    let Some(format_end) = after_call.find('"') else {
        return;
    };
    let (format, arguments) = after_call.split_at(format_end);
    let arguments = arguments.get(1..).unwrap_or("");
    if format.contains('\\') && format.contains("\\\"") {
        return;
    }
    // The argument being typed: how many top-level commas precede it after the format.
    let mut depth = 0usize;
    let mut commas = 0usize;
    for character in arguments.chars() {
        match character {
            '(' | '[' => depth += 1,
            ')' | ']' => match depth.checked_sub(1) {
                Some(less) => depth = less,
                None => return,
            },
            ',' if depth == 0 => commas += 1,
            '"' => return,
            _ => {}
        }
    }
    let kinds = conversions(format);
    let Some(index) = commas.checked_sub(1) else {
        return;
    };
    let Some(Some(wanted)) = kinds.get(index) else {
        return;
    };
    let fields = known.get_or_init(|| receiver_fields(context, access.receiver));
    let printed = |field: &str| {
        let reference = format!("{}{}{field}", access.receiver, access.separator);
        arguments.match_indices(&reference).any(|(at, _)| {
            !arguments
                .get(at + reference.len()..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(is_identifier_char)
        })
    };
    let mut fitting = fields
        .iter()
        .filter(|field| field.kind == *wanted && !printed(field.name));
    let (Some(field), None) = (fitting.next(), fitting.next()) else {
        return;
    };
    let Some(rest) = field.name.strip_prefix(context.prefix) else {
        return;
    };
    let ending = if index + 1 == kinds.len() { ");" } else { ", " };
    out.push(Suggestion::member(
        format!("{rest}{ending}"),
        CONVERSION_CONFIDENCE,
    ));
}

/// The child that is not `child`, in a struct with `left` and `right`.
fn sibling_of(child: &str) -> Option<&'static str> {
    match child {
        "left" => Some("right"),
        "right" => Some("left"),
        _ => None,
    }
}

/// `tree_free(root->left);` then `tree_free(root->` -> `right);`: the same call again on the other child, its line
/// ended as the first one was. The first child's line may be a few lines up (`root->left = insert(root->left,
/// key);` then `} else {` then `root->right = insert(root->` -> `right, key);`).
fn other_child<'a>(
    context: &Context<'a>,
    access: &MemberAccess<'_>,
    known: &OnceCell<Vec<Field<'a>>>,
    out: &mut Vec<Suggestion>,
) {
    let typed = context.line_before.trim_start();
    let Some(head) = typed.strip_suffix(context.prefix) else {
        return;
    };
    let pointer = format!("{}{}", access.receiver, access.separator);
    // The struct is read only once a child is in sight.
    let child_above = context.code_lines_above().take(3).any(|line| {
        line.contains(&format!("{pointer}left")) || line.contains(&format!("{pointer}right"))
    });
    if !child_above {
        return;
    }
    let fields = known.get_or_init(|| receiver_fields(context, access.receiver));
    let has = |name: &str| fields.iter().any(|field| field.name == name);
    if !has("left") || !has("right") {
        return;
    }
    for line in context.code_lines_above().take(3) {
        for child in ["left", "right"] {
            let Some(other) = sibling_of(child) else {
                continue;
            };
            let first = format!("{pointer}{child}");
            let second = format!("{pointer}{other}");
            if !line.contains(&first) || line.contains(&second) {
                continue;
            }
            // The whole line again with the children swapped, when the typed line starts it.
            let mirrored = swap_children(line, &pointer);
            if let Some(rest) = mirrored.strip_prefix(head)
                && rest.starts_with(other)
            {
                if let Some(rest) = rest.strip_prefix(context.prefix) {
                    out.push(Suggestion::member(rest, SIBLING_CONFIDENCE));
                }
                return;
            }
            // The same call on the other child (`int rh = height(root->` under `int lh = height(root->left);`).
            let call_start = head.get(..head.len() - pointer.len()).map_or(0, |call| {
                call.rfind(|c: char| !is_identifier_char(c) && c != '(')
                    .map_or(0, |at| at + 1)
            });
            let Some(call) = head.get(call_start..) else {
                return;
            };
            if call.len() <= pointer.len()
                || !call.ends_with(&format!("({pointer}"))
                || typed.contains(&second)
            {
                return;
            }
            if let Some(at) = line.find(&format!("{call}{child}")) {
                let ending = line.get(at + call.len() + child.len()..).unwrap_or("");
                let ending = ending.split_once(';').map_or(ending, |(call, _)| call);
                if let Some(rest) = other.strip_prefix(context.prefix) {
                    let semicolon = if line.contains(';') { ";" } else { "" };
                    out.push(Suggestion::member(
                        format!("{rest}{ending}{semicolon}"),
                        SIBLING_CONFIDENCE,
                    ));
                }
                return;
            }
        }
    }
}

/// `line` with `pointer` + `left` and `pointer` + `right` traded for each other.
fn swap_children(line: &str, pointer: &str) -> String {
    let left = format!("{pointer}left");
    let right = format!("{pointer}right");
    line.replace(&left, "\u{0}")
        .replace(&right, &left)
        .replace('\u{0}', &right)
}

/// `return 1 + size(root->left) + size(` -> `root->right);`: the same call, on one line, on the other child.
fn other_child_argument(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before;
    let call_start = typed
        .get(..typed.len() - 1)
        .and_then(|head| head.rfind(|c: char| !is_identifier_char(c)))
        .map_or(0, |at| at + 1);
    let Some(call) = typed.get(call_start..) else {
        return;
    };
    if call.len() < 2 {
        return;
    }
    let earlier = typed.get(..call_start).unwrap_or("");
    let Some(at) = earlier.find(call) else {
        return;
    };
    let argument = earlier.get(at + call.len()..).unwrap_or("");
    let Some((receiver, child)) = argument
        .split_once(')')
        .map(|(inside, _)| inside)
        .and_then(|inside| inside.split_once("->"))
    else {
        return;
    };
    let Some(other) = sibling_of(child) else {
        return;
    };
    if !is_plain_name(receiver) || earlier.contains(&format!("{receiver}->{other}")) {
        return;
    }
    let statement = typed.trim_start();
    let semicolon = if statement.starts_with("return ") || statement.contains(" = ") {
        ";"
    } else {
        ""
    };
    out.push(Suggestion::construct(
        format!("{receiver}->{other}){semicolon}"),
        SIBLING_CONFIDENCE,
    ));
}

/// `b->` at the start of a statement after `b->len = 0;` -> `cap = 0;`: a function that sets a struct's fields
/// one by one to their zero values goes on with the next field in the declaration's order; one that stores its
/// parameters stores the one named like a field it has not set yet (`p->` -> `age = age;`).
fn next_field_set<'a>(
    context: &Context<'a>,
    access: &MemberAccess<'_>,
    known: &OnceCell<Vec<Field<'a>>>,
    out: &mut Vec<Suggestion>,
) {
    if access.separator != "->" || !is_plain_name(access.receiver) {
        return;
    }
    let pointer = format!("{}->", access.receiver);
    let typed = context.line_before.trim_start();
    // At a statement's start, or right after the `{` of a one-line function.
    let statement = typed
        .rsplit_once("{ ")
        .map_or(typed, |(_, statement)| statement);
    if statement != format!("{pointer}{}", context.prefix) {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let body_start = context
        .tokens_before()
        .get(function.body_start)
        .map_or(context.cursor, |token| token.start);
    let body = context
        .code
        .get(body_start..context.cursor - context.line_before.len())
        .unwrap_or("");
    let fields = known.get_or_init(|| receiver_fields(context, access.receiver));
    if fields.is_empty() {
        return;
    }
    let mentioned = |field: &str| {
        let reference = format!("{pointer}{field}");
        body.match_indices(&reference).any(|(at, _)| {
            !body
                .get(at + reference.len()..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(is_identifier_char)
        })
    };
    let closing = if typed.contains('{') { " }" } else { "" };
    // A parameter named like a field the body has not stored yet, when it stored another one.
    // A parameter named like the one field the body has not stored yet, once it stored another; on a one-line
    // setter, the field the setter is named for (`point_set_y`).
    let parameters: Vec<&str> = function.parameter_names().collect();
    let stored = fields.iter().any(|field| mentioned(field.name));
    let mut unstored = fields.iter().filter(|field| !mentioned(field.name));
    let only_unstored = match (unstored.next(), unstored.next()) {
        (Some(field), None) => Some(field),
        _ => None,
    };
    let setter_field = fields.iter().find(|field| {
        function
            .name
            .strip_suffix(field.name)
            .is_some_and(|head| head.ends_with("set_"))
    });
    let stored_parameter = if closing.is_empty() {
        only_unstored.filter(|_| stored)
    } else {
        setter_field
    };
    if let Some(field) = stored_parameter.filter(|field| parameters.contains(&field.name)) {
        if let Some(rest) = field.name.strip_prefix(context.prefix) {
            // Above the namesake of a parameter the body stored already (`p->name` after `strncpy(p->name,`).
            out.push(Suggestion::member(
                format!("{rest} = {};{closing}", field.name),
                STORED_PARAMETER_CONFIDENCE,
            ));
        }
        return;
    }
    // The previous statement set a field to a zero value: the next field in order, if none after it is set.
    let Some(previous) = context.previous_code_line().map(str::trim) else {
        return;
    };
    let Some((field, value)) = previous
        .strip_prefix(pointer.as_str())
        .and_then(|assignment| assignment.strip_suffix(';'))
        .and_then(|assignment| assignment.split_once(" = "))
    else {
        return;
    };
    if !matches!(value, "0" | "NULL" | "nullptr" | "-1" | "false" | "0.0") {
        return;
    }
    let Some(position) = fields.iter().position(|known| known.name == field) else {
        return;
    };
    let Some(next) = fields.get(position + 1) else {
        return;
    };
    if fields
        .get(position + 1..)
        .unwrap_or_default()
        .iter()
        .any(|later| mentioned(later.name))
    {
        return;
    }
    let zero = match next.kind {
        FieldKind::Pointer | FieldKind::Text => {
            if context.profile.language == Language::Cpp && value == "nullptr" {
                "nullptr"
            } else {
                "NULL"
            }
        }
        FieldKind::Integer => "0",
        FieldKind::Real => "0.0",
        _ => return,
    };
    if let Some(rest) = next.name.strip_prefix(context.prefix) {
        out.push(Suggestion::member(
            format!("{rest} = {zero};{closing}"),
            SEQUENCE_CONFIDENCE,
        ));
    }
}

/// `list->` at the end of `list_append` -> `size++;`, `q->` in `dequeue` -> `count--;`: a function that adds to
/// (or takes from) a container struct keeps its length field up to date, once, after its other steps.
fn counted_change<'a>(
    context: &Context<'a>,
    access: &MemberAccess<'_>,
    known: &OnceCell<Vec<Field<'a>>>,
    out: &mut Vec<Suggestion>,
) {
    if access.separator != "->"
        || context.line_before.trim_start() != format!("{}->{}", access.receiver, context.prefix)
    {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let name = function.name.to_ascii_lowercase();
    let change = if ["append", "push", "add", "insert", "enqueue"]
        .iter()
        .any(|verb| name.contains(verb))
    {
        "++"
    } else if ["pop", "remove", "dequeue", "delete", "take"]
        .iter()
        .any(|verb| name.contains(verb))
    {
        "--"
    } else {
        return;
    };
    // At the function's own level, after at least one statement.
    let enclosing = context.enclosing_lines().next().unwrap_or("");
    let previous = context.previous_code_line().map_or("", str::trim);
    if !enclosing.contains(&format!("{}(", function.name)) || previous == enclosing {
        return;
    }
    let fields = known.get_or_init(|| receiver_fields(context, access.receiver));
    let mut lengths = fields.iter().filter(|field| {
        field.kind == FieldKind::Integer && super::counting_loop::names_length(field.name)
    });
    let (Some(length), None) = (lengths.next(), lengths.next()) else {
        return;
    };
    let body_start = context
        .tokens_before()
        .get(function.body_start)
        .map_or(context.cursor, |token| token.start);
    let body = context.code.get(body_start..context.cursor).unwrap_or("");
    // Read (`items[bag->len] = v`) is not kept up to date: only a write counts.
    let field = format!("{}->{}", access.receiver, length.name);
    let written = [
        format!("{field}++"),
        format!("{field}--"),
        format!("++{field}"),
        format!("--{field}"),
        format!("{field} +="),
        format!("{field} -="),
        format!("{field} = "),
    ]
    .iter()
    .any(|write| body.contains(write.as_str()));
    if written {
        return;
    }
    if let Some(rest) = length.name.strip_prefix(context.prefix) {
        out.push(Suggestion::member(
            format!("{rest}{change};"),
            SEQUENCE_CONFIDENCE + 0.02,
        ));
    }
}

/// `int point_get_y(const Point *p) { return p->` -> `y; }`: a getter returns the field its name ends with.
fn getter_field<'a>(
    context: &Context<'a>,
    access: &MemberAccess<'_>,
    known: &OnceCell<Vec<Field<'a>>>,
    out: &mut Vec<Suggestion>,
) {
    let typed = context.line_before.trim_start();
    let statement = typed
        .rsplit_once("{ ")
        .map_or(typed, |(_, statement)| statement);
    if statement
        != format!(
            "return {}{}{}",
            access.receiver, access.separator, context.prefix
        )
    {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let name = function.name;
    let fields = known.get_or_init(|| receiver_fields(context, access.receiver));
    let Some(field) = fields.iter().find(|field| {
        name.strip_suffix(field.name).is_some_and(|head| {
            head.ends_with("get_") || head.ends_with('_') && head.contains("get")
        })
    }) else {
        return;
    };
    let closing = if typed.contains('{') { " }" } else { "" };
    if let Some(rest) = field.name.strip_prefix(context.prefix) {
        out.push(Suggestion::member(
            format!("{rest};{closing}"),
            SEQUENCE_CONFIDENCE,
        ));
    }
}
