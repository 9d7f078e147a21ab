//! The words an import's or a declaration's fixed syntax requires next, whatever the names: Python's `from os ` ->
//! `import `, JavaScript's `import { a } ` and `import * as fs ` -> `from `, Java's `import j` -> `java.`, a
//! serializable class's `private static final long s` -> `serialVersionUID = `, a Go file's first line
//! `package `, and a class body's first member `constructor(` (listed).
//!
//! Each is the only thing the language allows (or the one everyone writes) at that place, so it is shown inline;
//! before this, the keyword tables offered `isinstance(` after `from os i` and `function ` after `import { a } f`.

use super::Suggestion;
use super::cursor::Context;
use super::language::Language;
use super::lexer::is_identifier_char;

/// The most lines an import spread over several lines is looked for in.
const IMPORT_LINES: usize = 40;
/// How sure a word the syntax requires is.
const REQUIRED: f64 = 0.95;
/// How sure a word nearly every file writes there is (`java.` after `import j`).
const CUSTOMARY: f64 = 0.88;
/// How sure a likely word that is not shown inline is.
const LISTED: f64 = 0.6;

/// Appends the word the syntax requires at the cursor, if any.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.member.is_some() || !context.line_after.trim().is_empty() {
        return;
    }
    let suggestion = next_import(context).or_else(|| match context.profile.language {
        Language::Python => python_import(context),
        Language::JavaScript | Language::TypeScript => {
            javascript_from(context).or_else(|| first_class_member(context))
        }
        Language::Java => java_import_root(context)
            .or_else(|| import_after_package(context))
            .or_else(|| serial_version(context))
            .or_else(|| package_clause(context)),
        Language::Go => package_clause(context),
        _ => None,
    });
    out.extend(suggestion);
}

/// Imports come in runs: on the line right below a complete import, at its indentation, the next import (`import `,
/// `use `, `pub use `, Python's `from ` below a `from` line). On the corpus the line right below an import was
/// another in 70 of 70 Java cuts, 53 of 53 Rust ones, 72 of 73 TypeScript ones and 15 of 17 below a Python
/// `from`; below Python's `import x` it was `from` as often as `import`, and after a blank line anything.
fn next_import(context: &Context<'_>) -> Option<Suggestion> {
    let indentation = context.line_before.strip_suffix(context.prefix)?;
    if !indentation.trim().is_empty() {
        return None;
    }
    let above = context.code_before_line().lines().next_back()?;
    if above.get(..indentation.len()) != Some(indentation)
        || above[indentation.len()..].starts_with(char::is_whitespace)
    {
        return None;
    }
    let statement = above.trim();
    let keyword = match context.profile.language {
        // A function's own imports are mostly one.
        Language::Python => (indentation.is_empty()
            && statement.starts_with("from ")
            && statement.contains(" import ")
            && !statement.ends_with(['(', ',', '\\']))
        .then_some("from"),
        Language::JavaScript | Language::TypeScript => ((statement.starts_with("import ")
            || statement.starts_with("} from "))
            && statement.trim_end_matches(';').ends_with(['\'', '"']))
        .then_some("import"),
        Language::Java => {
            (statement.starts_with("import ") && statement.ends_with(';')).then_some("import")
        }
        Language::Rust if statement.ends_with(';') => {
            if statement.starts_with("use ") {
                Some("use")
            } else if statement.starts_with("pub use ") {
                Some("pub use")
            } else {
                None
            }
        }
        _ => None,
    }?;
    let rest = rest_of(context, keyword)?;
    Some(required(format!("{rest} "), CUSTOMARY))
}

/// A Go file's first line of code is its `package` clause, and a Java file's, after its licence or doc comment,
/// is too (a Java file with nothing at all above may as well start with an import or a class: listed then).
fn package_clause(context: &Context<'_>) -> Option<Suggestion> {
    if !context.tokens_before().is_empty() || context.line_before.trim() != context.prefix {
        return None;
    }
    let rest = rest_of(context, "package")?;
    let commented = !context.code[..context.cursor].trim().is_empty();
    let confidence = match context.profile.language {
        Language::Go => REQUIRED,
        _ if commented => CUSTOMARY,
        _ => LISTED,
    };
    Some(required(format!("{rest} "), confidence))
}

/// A Java file's `package` clause is followed by its imports (27 of 27 on the corpus; a class without any import
/// is the exception).
fn import_after_package(context: &Context<'_>) -> Option<Suggestion> {
    if context.line_before != context.prefix {
        return None;
    }
    let above = context.previous_code_line()?;
    if !(above.starts_with("package ") && above.trim_end().ends_with(';')) {
        return None;
    }
    let rest = rest_of(context, "import")?;
    Some(required(format!("{rest} "), CUSTOMARY))
}

/// The first member of a class body without a constructor yet: `constructor(` (TypeScript's declaration files
/// and most JavaScript classes start with it).
fn first_class_member(context: &Context<'_>) -> Option<Suggestion> {
    if !context.prefix.is_empty() || !context.line_before.trim().is_empty() {
        return None;
    }
    let tokens = context.tokens_before();
    let last = tokens.last()?;
    if context.text(last) != "{" || !super::statements::directly_in_class_body(context, &["class"])
    {
        return None;
    }
    Some(required("constructor(".to_owned(), LISTED))
}

/// The rest of `word` after the typed prefix, when the prefix starts it and does not finish it.
fn rest_of<'w>(context: &Context<'_>, word: &'w str) -> Option<&'w str> {
    let prefix = context.prefix;
    (prefix.len() < word.len())
        .then(|| word.strip_prefix(prefix))
        .flatten()
}

fn required(text: String, confidence: f64) -> Suggestion {
    Suggestion::of_kind(text, confidence, "keyword")
}

/// `from os ` and `from .models i` -> `import `: the one word that follows a `from` clause's module.
fn python_import(context: &Context<'_>) -> Option<Suggestion> {
    let statement = context.line_before.trim_start();
    let clause = statement.strip_prefix("from ")?;
    let clause = clause.get(..clause.len() - context.prefix.len())?;
    let module = clause.strip_suffix(' ')?.trim();
    let is_module = !module.is_empty()
        && module
            .chars()
            .all(|character| is_identifier_char(character) || character == '.');
    if !is_module {
        return None;
    }
    let rest = rest_of(context, "import")?;
    Some(required(format!("{rest} "), REQUIRED))
}

/// `import { a, b } `, `import * as fs f`, `import React fr`, and the closing `} f` of an import spread over
/// several lines -> `from `.
fn javascript_from(context: &Context<'_>) -> Option<Suggestion> {
    let before = context.code.get(..context.cursor - context.prefix.len())?;
    if !before.ends_with([' ', '}']) {
        return None;
    }
    // The statement: from the last line that starts with `import` to the cursor, within an import's length.
    let window = before
        .char_indices()
        .rev()
        .filter(|(_, character)| *character == '\n')
        .nth(IMPORT_LINES)
        .map_or(0, |(at, _)| at + 1);
    let start = before[window..]
        .rmatch_indices("import")
        .find(|(at, _)| before[..window + at].ends_with('\n') || window + at == 0)?
        .0
        + window;
    let clause = before.get(start + "import".len()..)?;
    let clause = clause.strip_prefix(" type").unwrap_or(clause);
    if !clause.starts_with([' ', '{', '*'])
        || clause.contains([';', '(', '\'', '"', '`', '='])
        || clause.contains(" from")
    {
        return None;
    }
    let imported = clause.trim();
    if imported.is_empty() || imported.matches('{').count() != imported.matches('}').count() {
        return None;
    }
    // `import * as` needs its name first; a default import is one name, then maybe `, { ... }`.
    if imported.ends_with(" as") || imported == "*" || imported.ends_with(',') {
        return None;
    }
    let rest = rest_of(context, "from")?;
    Some(required(format!("{rest} "), REQUIRED))
}

/// `import j` -> `java.`: the root of the imports of nearly every Java file.
fn java_import_root(context: &Context<'_>) -> Option<Suggestion> {
    let statement = context.line_before.trim_start();
    let typed = statement
        .strip_prefix("import static ")
        .or_else(|| statement.strip_prefix("import "))?;
    if typed != context.prefix || context.prefix.is_empty() {
        return None;
    }
    let rest = rest_of(context, "java")?;
    Some(required(format!("{rest}."), CUSTOMARY))
}

/// `private static final long s` -> `serialVersionUID = `: the one `static final long` a serializable class
/// declares.
fn serial_version(context: &Context<'_>) -> Option<Suggestion> {
    let statement = context.line_before.trim_start();
    let declared = statement.get(..statement.len() - context.prefix.len())?;
    let declared = declared
        .strip_prefix("private ")
        .unwrap_or(declared)
        .trim_end();
    if declared != "static final long" || context.prefix.is_empty() {
        return None;
    }
    // Its value is the class's own (a new class starts from `1L`; an existing one keeps what `serialver` said).
    let rest = rest_of(context, "serialVersionUID")?;
    Some(required(format!("{rest} = "), CUSTOMARY))
}
