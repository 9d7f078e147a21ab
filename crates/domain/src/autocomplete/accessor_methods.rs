//! A Python method that only reads its object: `def name(self):` whose body begins with `return ` is, most of
//! the time, a getter or a property (`return self._name`, `return self.distribution.has_scripts()`), so `self.`
//! starts what it returns. When the class stores an attribute named after the method (`key` and `self._key`,
//! `get_line` and `self.line`), that attribute is the whole answer.
//!
//! Methods that usually compute something else are left alone: the protocol methods (`__repr__`, `__len__`), the
//! predicates (`is_dir`, `seekable`), whose bodies are as often `True`, the measures computed from the fields
//! (`area`, `distance`) and tests.
//!
//! A Rust method `fn name(&self) -> &str {` over a struct with a field `name` is its getter: the body is the
//! field, borrowed (`&self.name`) when the method returns a reference, copied (`self.age`) when it returns the
//! field's own plain type, cloned otherwise. Go's exported method named after an unexported field (`Balance()` of
//! `balance`) returns it through its receiver (`a.balance`).

use super::Suggestion;
use super::cursor::Context;
use super::language::Language;
use super::lexer::TokenKind;
use super::python::class_members;
use super::statements::enclosing_function;

/// The prefixes a getter's name adds to the attribute it reads (`get_line`, `getcode`, `_get_baseURI`).
const GETTER_PREFIXES: &[&str] = &["_get_", "get_", "get"];

/// The quantities a method computes from several fields (`math.pi * self.radius ** 2`) rather than reads.
const COMPUTED_MEASURES: &[&str] = &["area", "perimeter", "circumference", "volume", "distance"];

/// Appends `self.` (or the attribute the method is named after) at the first `return ` of a reading method.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language == Language::Go {
        go_getter(context, out);
        return;
    }
    if context.profile.language == Language::Rust {
        rust_getter(context, out);
        return;
    }
    if context.profile.language != Language::Python
        || !context.prefix.is_empty()
        || !context.line_after.trim().is_empty()
        || context.line_before.trim_start() != "return "
    {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let name = function.name;
    let tokens = context.tokens_before();
    let Some(header) = tokens.get(..function.body_start) else {
        return;
    };
    // `def name(self):` exactly: no other parameter to compute from.
    let takes_only_self = function.parameters.is_empty()
        && header
            .iter()
            .rev()
            .take_while(|token| !token.is_word(context.code, "def"))
            .any(|token| token.is_word(context.code, "self"));
    if !takes_only_self || !reads_its_object(name) {
        return;
    }
    // The `return` is the body's first statement, after a docstring at most.
    let body: Vec<_> = tokens
        .get(function.body_start..)
        .unwrap_or_default()
        .iter()
        .filter(|token| !matches!(token.kind, TokenKind::Comment { .. }))
        .collect();
    let first_statement = match body.as_slice() {
        [keyword] => keyword.is_word(context.code, "return"),
        [docstring, keyword] => {
            matches!(docstring.kind, TokenKind::Literal { .. })
                && keyword.is_word(context.code, "return")
        }
        _ => false,
    };
    if !first_statement {
        return;
    }
    // A property reads the attribute of its own name; a plain method of that name may do more with it.
    let def_index = header
        .iter()
        .rposition(|token| token.is_word(context.code, "def"))
        .unwrap_or(0);
    let property = def_index
        .checked_sub(1)
        .and_then(|index| header.get(index))
        .is_some_and(|decorator| context.line_of(decorator).trim() == "@property");
    // A class without attributes overriding an abstract method (`class Dog(Animal):`'s `speak`) returns a value
    // of its own; elsewhere an attribute out of sight (a base class's) is read as often.
    let has_attributes = class_members(context)
        .iter()
        .any(|(_, suffix, _)| suffix.is_empty());
    let overrides_abstract = context
        .code_before_line()
        .split("@abstractmethod")
        .skip(1)
        .any(|after| {
            after
                .trim_start()
                .strip_prefix("def ")
                .is_some_and(|header| header.starts_with(&format!("{name}(")))
        });
    if !has_attributes && overrides_abstract {
        return;
    }
    let attribute = attribute_named_after(context, name, property);
    // A total, a count or an average the object keeps no attribute for is computed (`sum(...)`), not read.
    let lowercase = name.to_ascii_lowercase();
    let aggregate = AGGREGATES.iter().any(|word| lowercase.contains(word));
    if aggregate && attribute.is_none() {
        return;
    }
    out.push(Suggestion::construct("self.", 0.8));
    if let Some(attribute) = attribute {
        out.push(Suggestion::construct(format!("self.{attribute}"), 0.85));
    }
}

/// The aggregates a method may keep in an attribute of its name (`self._total`) or compute from a collection.
const AGGREGATES: &[&str] = &["total", "sum", "count", "average", "mean"];

/// Whether a method of this name is likely to return something it reads from its object.
fn reads_its_object(name: &str) -> bool {
    let protocol = name.starts_with("__") && name.ends_with("__");
    let predicate = name.starts_with("is_") || name.ends_with("able");
    let lowercase = name.to_ascii_lowercase();
    let measure = COMPUTED_MEASURES
        .iter()
        .any(|measure| lowercase.contains(measure));
    !(protocol || predicate || measure || name.starts_with("test"))
}

/// The attribute of the enclosing class that a getter (or a `property`) of this name reads: `_name` or `name`
/// (with the getter's prefix taken off), when the class assigns it.
fn attribute_named_after(context: &Context<'_>, method: &str, property: bool) -> Option<String> {
    let base = GETTER_PREFIXES
        .iter()
        .find_map(|prefix| method.strip_prefix(prefix))
        .filter(|rest| !rest.is_empty())
        .unwrap_or(method);
    if base == method && !property {
        return None;
    }
    let members = class_members(context);
    let assigned = |candidate: &str| {
        members
            .iter()
            .any(|(member, suffix, _)| member == candidate && suffix.is_empty())
    };
    let private = format!("_{base}");
    if assigned(&private) {
        return Some(private);
    }
    // A public attribute of the method's own name would be shadowed by it: only a getter's base qualifies.
    (base != method && assigned(base)).then(|| base.to_owned())
}

/// The types a Rust getter returns by copy: reading the field is the whole body (`self.age`).
const COPIED_TYPES: &[&str] = &[
    "bool", "char", "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128",
    "isize", "f32", "f64",
];

/// The body of `fn name(&self) -> T {` in an `impl` of a struct with a field `name` (or `get_name`'s `name`):
/// `&self.name` for a reference, `self.name` for the field's plain copied type, `self.name.clone()` for its own
/// owned type; `self.` and `&self.` there -> `name`.
/// Go's exported getter of an unexported field: `func (a *Account) Balance() float64 {` then `return ` ->
/// `a.balance` (`GetName` reads `name` alike), when the receiver's struct has that field and the method takes
/// nothing.
fn go_getter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before != "\treturn " || !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    if !function.parameters.is_empty()
        || function.results.len() != 1
        || context.tokens_before().len() != function.body_start + 1
    {
        return;
    }
    let Some((receiver, fields)) = super::go::receiver_struct_fields(context) else {
        return;
    };
    let property = function.name.strip_prefix("Get").unwrap_or(function.name);
    let mut letters = property.chars();
    let Some(first) = letters.next().filter(char::is_ascii_uppercase) else {
        return;
    };
    let field = format!("{}{}", first.to_ascii_lowercase(), letters.as_str());
    if fields.iter().any(|(name, _)| *name == field) {
        out.push(Suggestion::construct(format!("{receiver}.{field}"), 0.88));
    }
}

fn rust_getter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(function) = enclosing_function(context) else {
        return;
    };
    // The body's first statement: only the header's `{`, then what this line typed.
    let body_tokens = context
        .tokens_before()
        .len()
        .saturating_sub(function.body_start);
    let already = typed.strip_suffix(context.prefix).unwrap_or(typed);
    let typed_tokens = match already {
        "" => 0,
        "self." => 2,
        "&self." => 3,
        _ => return,
    };
    // The prefix being typed may or may not be a token of its own yet.
    if body_tokens != typed_tokens && body_tokens != typed_tokens + 1 {
        return;
    }
    let Some(header) = context.previous_code_line().map(str::trim) else {
        return;
    };
    let Some((name, returned)) = header
        .strip_prefix("pub ")
        .unwrap_or(header)
        .strip_prefix("fn ")
        .and_then(|rest| rest.split_once("(&self) -> "))
        .and_then(|(name, returned)| Some((name, returned.strip_suffix('{')?.trim_end())))
    else {
        return;
    };
    let field_name = name.strip_prefix("get_").unwrap_or(name);
    let Some(fields) = super::rust::implemented_struct_fields(context) else {
        return;
    };
    let Some((field, field_type)) = fields.into_iter().find(|(field, _)| *field == field_name)
    else {
        return;
    };
    let read = if let Some(borrowed) = returned.strip_prefix('&') {
        // `&str` from a `String`, `&[T]` from a `Vec<T>`, or the field's own type borrowed.
        let derefs = (borrowed == "str" && field_type == "String")
            || (borrowed.starts_with('[') && field_type.starts_with("Vec<"))
            || borrowed == field_type;
        if !derefs {
            return;
        }
        format!("&self.{field}")
    } else if returned == field_type && COPIED_TYPES.contains(&field_type) {
        format!("self.{field}")
    } else if returned == field_type {
        format!("self.{field}.clone()")
    } else {
        return;
    };
    let read = if already == "self." {
        read.trim_start_matches('&')
    } else {
        &read
    };
    if let Some(rest) = read
        .strip_prefix(already)
        .and_then(|rest| rest.strip_prefix(context.prefix))
        .filter(|rest| !rest.is_empty())
    {
        // After `self.` only the field's name is the member; a `.clone()` the developer adds if wanted.
        let rest = if already.is_empty() {
            rest
        } else {
            rest.split('.').next().unwrap_or(rest)
        };
        out.push(Suggestion::construct(rest, 0.88));
    }
}
