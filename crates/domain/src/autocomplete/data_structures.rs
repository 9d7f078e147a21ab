//! What a course's record and container classes leave to write once their fields are read:
//! - Python: a stack's `peek` (`self.items[` -> `-1]`), a mean over a list field (`sum(self.grades) / ` ->
//!   `len(self.grades)`), `__hash__`'s tuple of the fields (`hash(` -> `(self.x, self.y))`);
//! - Java: `compareTo`'s other field (`Double.compare(this.gpa, ` -> `other.gpa);`; `equals` is `equality`'s);
//! - C: a dynamic array's growth (`v->data = realloc(` -> `v->data, v->capacity * sizeof(int));`) and release
//!   (`free(` -> `v->data);` in `vector_free`), a new node's `n->next = ` -> `NULL;`, an array stack's emptiness
//!   (`return s->top == ` -> `-1;` when its init sets `top = -1`).

use super::Suggestion;
use super::cursor::Context;
use super::language::Language;
use super::lexer::is_plain_name;
use super::statements::enclosing_function;

/// The confidence of these steps.
const CONFIDENCE: f64 = 0.88;

pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() && !super::auto_paired(context.line_after) {
        return;
    }
    if !context.prefix.is_empty() {
        return;
    }
    match context.profile.language {
        Language::Python => {
            python_peek(context, out);
            python_mean(context, out);
            python_hash(context, out);
        }
        Language::Java => {
            java_compare_to(context, out);
        }
        Language::C | Language::Cpp => c_container(context, out),
        _ => {}
    }
}

/// The attributes `__init__` assigns, in order (`self.x = x` -> `x`).
fn init_attributes<'a>(context: &Context<'a>) -> Vec<&'a str> {
    let before = context.code_before_line();
    let Some(class_start) = before.rfind("class ") else {
        return Vec::new();
    };
    let mut attributes = Vec::new();
    for line in before[class_start..].lines().map(str::trim) {
        let Some((target, _)) = line.split_once(" = ") else {
            continue;
        };
        let Some(name) = target.strip_prefix("self.") else {
            continue;
        };
        let name = name.split_once(':').map_or(name, |(name, _)| name).trim();
        if is_plain_name(name) && !attributes.contains(&name) {
            attributes.push(name);
        }
    }
    attributes
}

/// `return self.items[` in `peek` (`top`, `last`) -> `-1]`: a stack's top is its list's last element.
fn python_peek(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(list) = typed
        .strip_prefix("return self.")
        .and_then(|rest| rest.strip_suffix('['))
    else {
        return;
    };
    let peeks = enclosing_function(context)
        .is_some_and(|function| matches!(function.name, "peek" | "top" | "last"));
    if peeks && is_plain_name(list) && init_attributes(context).contains(&list) {
        out.push(Suggestion::construct("-1]", CONFIDENCE));
    }
}

/// `return sum(self.grades) / ` -> `len(self.grades)`: a mean divides by the count of what it summed.
fn python_mean(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(summed) = typed
        .strip_suffix(") / ")
        .and_then(|head| head.rsplit_once("sum("))
        .map(|(_, summed)| summed)
    else {
        return;
    };
    let plain = summed
        .strip_prefix("self.")
        .unwrap_or(summed)
        .chars()
        .all(super::lexer::is_identifier_char);
    if !plain || summed.is_empty() {
        return;
    }
    let closing = super::closers::after_value(context).unwrap_or_default();
    out.push(Suggestion::construct(
        format!("len({summed}){closing}"),
        CONFIDENCE,
    ));
}

/// `return hash(` in `__hash__` -> `(self.x, self.y))`: an object hashes the tuple of what `__init__` stored.
fn python_hash(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "return hash("
        || enclosing_function(context).is_none_or(|function| function.name != "__hash__")
    {
        return;
    }
    let attributes = init_attributes(context);
    if attributes.is_empty() || attributes.len() > 4 {
        return;
    }
    let fields: Vec<String> = attributes
        .iter()
        .map(|name| format!("self.{name}"))
        .collect();
    let tuple = if fields.len() == 1 {
        format!("{},", fields[0])
    } else {
        fields.join(", ")
    };
    out.push(Suggestion::construct(format!("({tuple}))"), CONFIDENCE));
}

/// `Double.compare(this.gpa, ` -> `other.gpa);` in `compareTo(Student other)`: the same field of the other.
fn java_compare_to(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some((_, field)) = typed
        .strip_suffix(", ")
        .and_then(|head| head.rsplit_once(".compare(this."))
    else {
        return;
    };
    let Some(function) =
        enclosing_function(context).filter(|function| function.name == "compareTo")
    else {
        return;
    };
    let Some(other) = function.parameter_names().next() else {
        return;
    };
    if !is_plain_name(field) {
        return;
    }
    let Some(closing) = super::closers::after_value(context) else {
        return;
    };
    out.push(Suggestion::construct(
        format!("{other}.{field}{closing}"),
        CONFIDENCE,
    ));
}

/// C's dynamic array and linked node, through the function's struct pointer: `v->data = realloc(` -> `v->data,
/// v->capacity * sizeof(int));`, `free(` in `vector_free(Vector *v)` -> `v->data);`, `n->next = ` -> `NULL;` in a
/// node's constructor, `return s->top == ` -> `-1;` when the init sets `top = -1`.
fn c_container(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let code = context.code_before_line();
    // `int *data;` in the struct: the pointer field and its element type.
    // The struct's first pointer field (`int *data;`), and its element type.
    let pointer_field = || {
        code.lines().find_map(|line| {
            let line = line.trim();
            let (kind, field) = line.strip_suffix(';')?.split_once(" *")?;
            let kind = kind.trim();
            (is_plain_name(field) && is_plain_name(kind) && !line.contains('('))
                .then_some((kind, field))
        })
    };
    if let Some(target) = typed.strip_suffix(" = realloc(") {
        let Some((owner, _)) = target.split_once("->") else {
            return;
        };
        let grown = context.code_lines_above().take(3).find_map(|line| {
            let rest = line.strip_prefix(owner)?.strip_prefix("->")?;
            let (capacity, _) = rest.split_once(" *= ").or_else(|| rest.split_once(" = "))?;
            is_plain_name(capacity).then_some(capacity)
        });
        if let (Some(capacity), Some((kind, _))) = (grown, pointer_field()) {
            out.push(Suggestion::construct(
                format!("{target}, {owner}->{capacity} * sizeof({kind}));"),
                CONFIDENCE,
            ));
        }
        return;
    }
    // A node's constructor ends its list at it; a push links it to the old head instead.
    let constructs = context.enclosing_lines().any(|header| {
        let Some((head, _)) = header.split_once('(') else {
            return false;
        };
        let name = head[super::lexer::trailing_identifier_start(head)..].to_ascii_lowercase();
        (name.starts_with("new") || name.starts_with("create") || name.starts_with("make"))
            || name.ends_with("_new")
            || name.ends_with("_create")
    });
    if let Some(node) = typed.strip_suffix("->next = ")
        && is_plain_name(node)
        && constructs
        && code.contains(&format!("{node} = malloc("))
    {
        let null = if context.profile.language == Language::Cpp && code.contains("nullptr") {
            "nullptr;"
        } else {
            "NULL;"
        };
        out.push(Suggestion::construct(null, CONFIDENCE));
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    if typed == "free(" && function.name.ends_with("_free") {
        let Some(owner) = function.parameter_names().next() else {
            return;
        };
        if let Some((_, field)) = pointer_field() {
            out.push(Suggestion::construct(
                format!("{owner}->{field});"),
                CONFIDENCE,
            ));
        }
        return;
    }
    if let Some(field) = typed
        .strip_prefix("return ")
        .and_then(|rest| rest.strip_suffix(" == "))
        .and_then(|rest| rest.split_once("->"))
        .map(|(_, field)| field)
        && is_plain_name(field)
        && code.contains(&format!("->{field} = -1;"))
        && function.name.contains("empty")
    {
        out.push(Suggestion::construct("-1;", CONFIDENCE));
    }
}
