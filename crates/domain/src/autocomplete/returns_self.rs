//! The methods that hand back their own object: Python's `__enter__` and in-place operators (`__iadd__`) ->
//! `return self`, a Rust builder's `fn name(mut self, ...) -> Self` ending in `self`, and a Java method returning
//! its own class after changing it (`Query where(String cond) { conds.add(cond); return ` -> `this;`).
//! (Python's `__iter__` is the iterator protocol's, in `control_flow`; C++'s `return *this;` in `c_family`.)

use super::Suggestion;
use super::cursor::Context;
use super::language::Language;
use super::statements::enclosing_function;

/// Python's methods that return their object: a context manager's entry and the in-place operators.
const PYTHON_SELF_RETURNING: &[&str] = &[
    "__iadd__",
    "__isub__",
    "__imul__",
    "__itruediv__",
    "__ifloordiv__",
    "__imod__",
    "__ipow__",
    "__imatmul__",
    "__iand__",
    "__ior__",
    "__ixor__",
    "__ilshift__",
    "__irshift__",
    "__enter__",
    "__aenter__",
];

/// Appends the object itself where the method returns it.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.line_after.trim().is_empty() {
        return;
    }
    let suggestion = match context.profile.language {
        Language::Python => python_self(context),
        Language::Rust => rust_builder_self(context),
        Language::Java | Language::TypeScript => java_this(context),
        _ => None,
    };
    out.extend(suggestion);
}

/// `return ` in `__iadd__` or `__enter__` -> `self`.
fn python_self(context: &Context<'_>) -> Option<Suggestion> {
    if context.line_before.trim_start() != "return " {
        return None;
    }
    let function = enclosing_function(context)?;
    PYTHON_SELF_RETURNING
        .contains(&function.name)
        .then(|| Suggestion::construct("self", 0.9))
}

/// The tail of `fn name(mut self, ...) -> Self {` after its statements -> `self`: a builder's step returns the
/// builder it was given.
fn rust_builder_self(context: &Context<'_>) -> Option<Suggestion> {
    if !context.line_before.trim().is_empty() {
        return None;
    }
    let function = enclosing_function(context)?;
    if function.results.first().map(|result| result.trim()) != Some("Self") {
        return None;
    }
    let tokens = context.tokens_before();
    let header = tokens.get(..function.body_start)?;
    let takes_self = header
        .windows(2)
        .any(|pair| context.text(&pair[0]) == "mut" && context.text(&pair[1]) == "self");
    // After the body's statements (the line above ends one), at the body's own level.
    let previous = context.previous_code_line()?.trim_end();
    let body = tokens.get(function.body_start..)?;
    let at_body_level = body
        .iter()
        .filter(|token| context.text(token) == "{")
        .count()
        == body
            .iter()
            .filter(|token| context.text(token) == "}")
            .count();
    (takes_self && previous.ends_with(';') && at_body_level && !body.is_empty())
        .then(|| Suggestion::construct("self", 0.85))
}

/// `return ` in a method declared to return its own class, after a statement that changed the object -> `this;`
/// (a fluent setter or builder); a method that only makes one (`Point copy() { return `) is left alone.
fn java_this(context: &Context<'_>) -> Option<Suggestion> {
    let typed = context.line_before.trim_start();
    // On the line after the step's last statement, the whole `return this;` (`this.size = size;` above).
    let whole = typed.is_empty()
        && context
            .previous_code_line()
            .is_some_and(|line| line.trim_end().ends_with(';'));
    if typed != "return " && !whole {
        return None;
    }
    let function = enclosing_function(context)?;
    let tokens = context.tokens_before();
    let header = tokens.get(..function.body_start)?;
    let header_text: Vec<&str> = header
        .iter()
        .rev()
        .take_while(|token| !matches!(context.text(token), ";" | "}"))
        .map(|token| context.text(token))
        .collect();
    if header_text.contains(&"static") {
        return None;
    }
    // The header read backwards: `{`, `)`, the parameters, `(`, the name, then the return type; TypeScript's
    // `{`, the return type, then `:` (where `this` is also its own class).
    let typescript = context.profile.language == Language::TypeScript;
    let returned = if typescript {
        if header_text.get(2) != Some(&":") {
            return None;
        }
        *header_text.get(1)?
    } else {
        let open = header_text.iter().position(|text| *text == "(")?;
        *header_text.get(open + 2)?
    };
    let class = class_name(context)?;
    // A fluent step is short, makes no other object of its class (`Foo res = ...; return res;`) and computes
    // nothing in locals of its own (a `trySplit()` does).
    let body = tokens.get(function.body_start..)?;
    let statements = body
        .iter()
        .filter(|token| context.text(token) == ";")
        .count();
    const DECLARING: &[&str] = &[
        "final", "var", "int", "long", "boolean", "double", "char", "byte", "short", "float",
    ];
    let makes_another = body.iter().any(|token| {
        let text = context.text(token);
        text == class || DECLARING.contains(&text)
    });
    let own_class = returned == class || (typescript && returned == "this");
    // The whole statement only at the body's own level, not inside an `if` of the step.
    let opened = body
        .iter()
        .filter(|token| context.text(token) == "{")
        .count();
    let closed = body
        .iter()
        .filter(|token| context.text(token) == "}")
        .count();
    if whole && opened != closed {
        return None;
    }
    let text = if whole { "return this;" } else { "this;" };
    (own_class && (1..=3).contains(&statements) && !makes_another)
        .then(|| Suggestion::construct(text, 0.85))
}

/// The name of the class the cursor is in, from the nearest `class Name` above.
pub(super) fn class_name<'a>(context: &Context<'a>) -> Option<&'a str> {
    let tokens = context.tokens_before();
    let brace = super::statements::enclosing_class_brace(context, tokens, &["class"])?;
    let header = tokens.get(..brace)?;
    let keyword = header
        .iter()
        .rposition(|token| context.text(token) == "class")?;
    header.get(keyword + 1).map(|token| context.text(token))
}
