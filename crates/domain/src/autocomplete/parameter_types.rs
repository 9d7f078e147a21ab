//! The type a Java declaration's next parameter starts with: `public void add(`, `int digit(int ch, ` -> the types
//! the file's headers take, most used first, then the usual ones (`int`, `String`), listed, not shown; an
//! exception's constructor takes its message first (`public InsufficientFundsException(` -> `String `, shown).
//!
//! Tried on C and C++ headers too (`static int digit(` -> `int`, `void`, `const`): on the corpus the first listed
//! was as often wrong as right there, so the rule stays Java's.

use super::Suggestion;
use super::cursor::Context;
use super::language::Language;
use super::lexer::TokenKind;
use super::ranking::{Candidate, Candidates, push_ranked};

/// The highest confidence of a parameter's type read from the file: listed, below the inline bar (written bare, so
/// that the file's own habit of the same type, `int` after `(`, keeps its confidence).
const PARAMETER_TYPE_CAP: f64 = 0.6;

/// The types a parameter most often has when the file's headers say nothing, most used first.
const USUAL_TYPES: &[&str] = &["int", "String", "long", "boolean", "Object", "double"];

/// Words that head a statement, not a declaration, before a `(`.
const STATEMENT_WORDS: &[&str] = &[
    "if",
    "for",
    "while",
    "switch",
    "catch",
    "synchronized",
    "return",
];

/// Appends the types a header's next parameter may start with.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Java {
        return;
    }
    let Some(header) = declaration_header(context) else {
        return;
    };
    let prefix = context.prefix;
    if header.first_parameter
        && extends_exception(context, header.name)
        && let Some(rest) = "String".strip_prefix(prefix)
    {
        out.push(Suggestion::of_kind(format!("{rest} "), 0.88, "type"));
        return;
    }
    let mut candidates = Candidates::default();
    for parameter_type in declared_parameter_types(context) {
        if parameter_type.len() > prefix.len() && parameter_type.starts_with(prefix) {
            candidates.merge(Candidate {
                name: parameter_type.to_owned(),
                suffix: "",
                score: 1.0,
                cap: PARAMETER_TYPE_CAP,
                kind: "type",
            });
        }
    }
    for (rank, usual) in USUAL_TYPES.iter().enumerate() {
        if usual.len() > prefix.len() && usual.starts_with(prefix) {
            #[allow(clippy::cast_precision_loss)] // a handful of types
            let score = 0.5 - 0.05 * rank as f64;
            candidates.merge(Candidate {
                name: (*usual).to_owned(),
                suffix: "",
                score,
                cap: PARAMETER_TYPE_CAP,
                kind: "type",
            });
        }
    }
    push_ranked(prefix, candidates.into_vec(), 1.0, 3, out);
}

/// The declaration whose parameter list the cursor starts a parameter of.
struct DeclarationHeader<'a> {
    /// The method's (or constructor's) name.
    name: &'a str,
    /// Whether no parameter precedes the cursor's.
    first_parameter: bool,
}

/// The header the cursor is in, right after its `(` or a `, `: a name with a type or a modifier before it
/// (`int digit(`, `public Account(`), directly in a class body, not a call or a statement's condition.
fn declaration_header<'a>(context: &Context<'a>) -> Option<DeclarationHeader<'a>> {
    let line = context.before_prefix();
    let trimmed = line.trim_end();
    let after = context.line_after.trim_start();
    if !(trimmed.ends_with('(') || trimmed.ends_with(','))
        || !(after.is_empty() || after.starts_with(')'))
    {
        return None;
    }
    let open = super::lexer::innermost_unclosed(line, '(', ')')?;
    let head = line[..open].trim();
    let name = &head[super::lexer::trailing_identifier_start(head)..];
    let typed_before =
        head.len() > name.len() || name.starts_with(|c: char| c.is_ascii_uppercase());
    // No assignment, call, member or annotation; generics (`<? extends T>`) are a declaration's own.
    let declares = !name.is_empty()
        && typed_before
        && !head.contains(['=', '.', '"', '@', '('])
        && !STATEMENT_WORDS.contains(&name);
    (declares && super::statements::directly_in_class_body(context, super::java::CLASS_KEYWORDS))
        .then(|| DeclarationHeader {
            name,
            first_parameter: trimmed.ends_with('('),
        })
}

/// Whether the file declares `class name extends ...Exception` (or `...Error`).
fn extends_exception(context: &Context<'_>, name: &str) -> bool {
    let before_cursor = &context.code[..context.cursor];
    before_cursor
        .rfind(&format!("class {name} extends "))
        .and_then(|at| before_cursor[at..].split_whitespace().nth(3))
        .is_some_and(|parent| parent.ends_with("Exception") || parent.ends_with("Error"))
}

/// The types the window's headers give their parameters (`(int ch, long n)` -> `int`, `long`): a type and a name
/// after `(` or `,`, before `,` or `)` (a `final` before the type is stepped over).
fn declared_parameter_types<'a>(context: &Context<'a>) -> Vec<&'a str> {
    let tokens = context.tokens_before();
    let text = |index: usize| tokens.get(index).map_or("", |token| context.text(token));
    let identifier = |index: usize| {
        tokens
            .get(index)
            .is_some_and(|token| token.kind == TokenKind::Identifier)
    };
    let mut types = Vec::new();
    for index in 0..tokens.len() {
        if !matches!(text(index), "(" | ",") {
            continue;
        }
        let type_at = if text(index + 1) == "final" {
            index + 2
        } else {
            index + 1
        };
        if identifier(type_at) && identifier(type_at + 1) && matches!(text(type_at + 2), "," | ")")
        {
            types.push(text(type_at));
        }
    }
    types
}
