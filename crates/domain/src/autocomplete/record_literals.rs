//! The next field of a struct or object literal whose type the file declares, in the order the declaration gives
//! them: `User{Name: "Ann", ` -> `Age: ` (Go), `User { name: String::from("Ann"), ` -> `age: ` (Rust), and in
//! TypeScript `const user: User = {` then `id: 1,` -> `name: ` for an `interface User` (or `type User = {`). The
//! same on the next line of a literal written one field per line.
//!
//! Nothing is offered when a given field is not in the declaration (the literal is of another type), when one is
//! written in shorthand (`User { name, `: the rest may be too), or once every field is given.

use super::Suggestion;
use super::cursor::Context;
use super::language::Language;
use super::lexer::is_plain_name;

/// How many lines of a multi-line literal are read above the cursor.
const LITERAL_LINES: usize = 30;

/// Runs the rule after a literal's `{` or `, `, or on a blank line inside a literal.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let language = context.profile.language;
    if !matches!(
        language,
        Language::Go | Language::Rust | Language::TypeScript
    ) || !context.prefix.is_empty()
        || !context.at_line_end()
    {
        return;
    }
    let typed = context.line_before;
    // After a field's `,`, or a `{` written the one-line way (`{ ` in Rust and TypeScript, Go's `User{`): a `{`
    // ending the line is followed by a line break as often.
    let one_line_opening =
        typed.ends_with("{ ") || (language == Language::Go && typed.ends_with('{'));
    let literal = if (typed.trim_end().ends_with(',') || one_line_opening)
        && !context.on_blank_line_start()
    {
        same_line_literal(language, typed)
    } else if context.on_blank_line_start() {
        multi_line_literal(context)
    } else {
        None
    };
    let Some((type_name, given)) = literal else {
        return;
    };
    let Some(declared) = declared_fields(context.code_before_line(), language, type_name) else {
        return;
    };
    if given.iter().any(|field| !declared.contains(field)) {
        return;
    }
    let Some(next) = declared.iter().find(|field| !given.contains(field)) else {
        return;
    };
    let space = if typed.ends_with([' ', '\t', '{']) || context.on_blank_line_start() {
        ""
    } else {
        " "
    };
    out.push(Suggestion::construct(format!("{space}{next}: "), 0.8));
}

/// A literal opened on the typed line: its type and the fields given so far on the line.
fn same_line_literal(language: Language, typed: &str) -> Option<(&str, Vec<&str>)> {
    let brace = super::lexer::innermost_unclosed(typed, '{', '}')?;
    let before = typed.get(..brace)?;
    let inside = typed.get(brace + 1..)?;
    let type_name = literal_type(language, before)?;
    Some((type_name, given_fields(inside.split(','))?))
}

/// A literal whose opening line encloses the cursor's blank line: its type and the fields of the lines between.
fn multi_line_literal<'a>(context: &Context<'a>) -> Option<(&'a str, Vec<&'a str>)> {
    let opening = context.enclosing_lines().next()?;
    let before = opening.strip_suffix('{')?;
    let type_name = literal_type(context.profile.language, before)?;
    let depth = context.current_indentation();
    let lines: Vec<&str> = context
        .code_before_line()
        .lines()
        .rev()
        .take(LITERAL_LINES)
        .take_while(|line| line.trim() != opening || super::cursor::indentation(line) >= depth)
        .filter(|line| !line.trim().is_empty())
        .collect();
    // A field's value spread over several lines (a nested literal) is not read.
    if lines
        .iter()
        .any(|line| super::cursor::indentation(line) != depth)
    {
        return None;
    }
    Some((
        type_name,
        given_fields(lines.iter().map(|line| line.trim()))?,
    ))
}

/// The type a literal's opening names, from the text before its `{`: Go's `User` (`u := User`, `&User`), Rust's
/// `User ` (`let u = User `), TypeScript's `const u: User = `.
fn literal_type(language: Language, before: &str) -> Option<&str> {
    let name = match language {
        Language::TypeScript => before
            .trim_end()
            .strip_suffix('=')?
            .trim_end()
            .rsplit_once(':')
            .map(|(_, declared)| declared.trim())?,
        Language::Rust => before.strip_suffix(' ')?.rsplit([' ', '(', '=']).next()?,
        _ => before.rsplit([' ', '&', '(', '=', '{', ',']).next()?,
    };
    if !is_plain_name(name) || !name.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    if language == Language::TypeScript {
        return Some(name);
    }
    // A value is made where an expression starts (`u := User{`, `let u = User {`, `vec![User {`, `return User {`),
    // not in a declaration or a condition (`impl User {`, `fn new() -> User {`, `if kind == Kind {`).
    let preceding = before.trim_end().strip_suffix(name)?.trim_end();
    let starts_value = preceding.is_empty()
        || ["=>", "return", "(", "[", ",", "&", "{"]
            .iter()
            .any(|lead| preceding.ends_with(lead))
        || (preceding.ends_with('=')
            && !["==", "!=", "<=", ">="]
                .iter()
                .any(|comparison| preceding.ends_with(comparison)));
    starts_value.then_some(name)
}

/// The fields given by `key: value` pieces, or `None` when a piece is not one (shorthand, a spread).
fn given_fields<'a>(pieces: impl Iterator<Item = &'a str>) -> Option<Vec<&'a str>> {
    pieces
        .map(str::trim)
        .filter(|piece| !piece.is_empty())
        .map(|piece| {
            piece
                .split_once(':')
                .map(|(key, _)| key.trim())
                .filter(|key| is_plain_name(key))
        })
        .collect()
}

/// The fields a struct, an interface or an object type named `type_name` declares, in order.
pub(super) fn declared_fields<'a>(
    code: &'a str,
    language: Language,
    type_name: &str,
) -> Option<Vec<&'a str>> {
    let mut lines = code.lines().map(str::trim);
    lines.find(|line| declares(line, language, type_name))?;
    let mut fields = Vec::new();
    for line in lines.take_while(|line| !line.starts_with('}')) {
        let line = line.split("//").next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        match language {
            Language::Go => {
                // `Name string`, `Name, Email string`; an embedded type (one word) has no field name to write.
                let (names, _) = line.rsplit_once(' ')?;
                fields.extend(
                    names
                        .split(',')
                        .map(str::trim)
                        .filter(|name| is_plain_name(name)),
                );
            }
            _ => {
                let (name, _) = line.split_once(':')?;
                let name = name
                    .trim()
                    .trim_start_matches("pub ")
                    .trim_start_matches("readonly ")
                    .trim_end_matches('?');
                // A method of an interface (`area(): number;`) is no field.
                if !is_plain_name(name) {
                    return None;
                }
                fields.push(name);
            }
        }
    }
    (!fields.is_empty()).then_some(fields)
}

/// Whether `line` opens the declaration of `type_name`'s fields.
fn declares(line: &str, language: Language, type_name: &str) -> bool {
    let line = line
        .trim_start_matches("export ")
        .trim_start_matches("pub ")
        .trim_start_matches("pub(crate) ");
    let rest = match language {
        Language::Go => line
            .strip_prefix("type ")
            .and_then(|rest| rest.strip_prefix(type_name))
            .map(|rest| rest.trim() == "struct {"),
        Language::Rust => line
            .strip_prefix("struct ")
            .and_then(|rest| rest.strip_prefix(type_name))
            .map(|rest| rest.trim() == "{"),
        _ => line
            .strip_prefix("interface ")
            .and_then(|rest| rest.strip_prefix(type_name))
            .map(|rest| rest.trim() == "{")
            .or_else(|| {
                line.strip_prefix("type ")
                    .and_then(|rest| rest.strip_prefix(type_name))
                    .map(|rest| rest.trim() == "= {")
            }),
    };
    rest == Some(true)
}
