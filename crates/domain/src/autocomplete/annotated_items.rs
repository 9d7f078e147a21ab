//! The item an attribute or a decorator stands on: the line under one can only begin a definition, and what
//! kind is mostly said by the attribute itself (Python's `@dataclass` -> `class `, `@property` -> `def `; Rust's
//! `#[test]` -> `fn `, `#[derive(Debug)]` -> `struct `; Java's `@Override` -> `public `, `@Test` -> `void `;
//! Angular's `@Component({...})` -> `export class `). Where the file already put the same attribute on an item,
//! that item's opening words are what follows it again (`pub struct ` under a crate's derives, `public void `
//! under JUnit 4's `@Test`). A Rust doc comment (`///`) is an attribute too: the item under it opens with the
//! word of the file's previous documented item at its depth (`pub`, `pub(crate)`, `fn`, `const`).

use super::Suggestion;
use super::cursor::{Context, indentation};
use super::language::Language;

/// The confidence of the item's opening words: an attribute applies to what follows it, but stacked attributes
/// (`@Test` over `@DisplayName(...)`) put another attribute there now and then.
const CONFIDENCE: f64 = 0.85;

/// Python's decorators that apply to classes.
const PYTHON_CLASS_DECORATORS: &[&str] = &[
    "dataclass",
    "dataclasses.dataclass",
    "total_ordering",
    "functools.total_ordering",
    "unique",
    "enum.unique",
    "attr.s",
    "attrs.define",
    "attrs.frozen",
    "define",
    "frozen",
    "runtime_checkable",
    "typing.runtime_checkable",
];

/// Angular's class decorators.
const ANGULAR_CLASS_DECORATORS: &[&str] =
    &["Component", "Injectable", "NgModule", "Directive", "Pipe"];

/// Java's visibilities, which open a member.
const JAVA_VISIBILITIES: &[&str] = &["public", "protected", "private"];

/// Rust's words that open an item before its name.
const RUST_ITEM_WORDS: &[&str] = &[
    "pub",
    "pub(crate)",
    "pub(super)",
    "async",
    "unsafe",
    "const",
    "extern",
    "fn",
    "struct",
    "enum",
    "trait",
    "impl",
    "mod",
    "type",
    "union",
];

/// Offers the item's opening words on the line under an attribute, also once they are begun.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.before_prefix().trim().is_empty() {
        return;
    }
    let Some(attribute) = attribute_above(context) else {
        documented_like_previous(context, out);
        return;
    };
    let language = context.profile.language;
    let opening = precedent(context, language, attribute)
        .or_else(|| known_opening(context, language, attribute));
    let typed = context.line_before.trim_start();
    if let Some(rest) = opening
        .as_deref()
        .and_then(|opening| opening.strip_prefix(typed))
        && !rest.is_empty()
    {
        out.push(Suggestion::of_kind(rest, CONFIDENCE, "keyword"));
    }
}

/// The attribute on the line above the cursor's, at its depth, without its `@` or `#[`...`]` (`dataclass(frozen=True)`,
/// `derive(Debug)`); for a decorator whose arguments spread over lines (`@Component({` ... `})`), its first line's.
fn attribute_above<'a>(context: &Context<'a>) -> Option<&'a str> {
    let depth = indentation(context.line_before);
    let mut lines = context
        .code_before_line()
        .lines()
        .rev()
        .filter(|line| !line.trim().is_empty());
    let line = lines
        .next()
        .filter(|line| indentation(line) == depth)?
        .trim();
    let attribute = match context.profile.language {
        Language::Rust => line.strip_prefix("#[")?.strip_suffix(']')?,
        Language::Python | Language::Java | Language::TypeScript | Language::JavaScript => {
            if line == "})" || line == ")" {
                // The decorator's first line, at the same depth, opened what this line closes.
                let opener = lines
                    .take(40)
                    .find(|above| indentation(above) == depth)?
                    .trim();
                return opener
                    .strip_prefix('@')
                    .filter(|opener| opener.ends_with("({") || opener.ends_with('('));
            }
            line.strip_prefix('@')?
        }
        _ => return None,
    };
    (attribute.matches('(').count() == attribute.matches(')').count()).then_some(attribute)
}

/// An attribute's name, its arguments left out (`derive` of `derive(Debug)`, `app.route` of `app.route("/")`).
fn name_of(attribute: &str) -> &str {
    attribute
        .split(['(', ' '])
        .next()
        .unwrap_or(attribute)
        .trim()
}

/// The opening words of the item the file put under the same attribute before (`pub struct ` under another
/// `#[derive(...)]`, `public void ` under another `@Test`), up to its name.
fn precedent(context: &Context<'_>, language: Language, attribute: &str) -> Option<String> {
    let name = name_of(attribute);
    let marker = match language {
        Language::Rust => format!("#[{name}"),
        _ => format!("@{name}"),
    };
    let mut lines = context.code_before_line().lines().map(str::trim);
    let mut found = None;
    while let Some(line) = lines.next() {
        let same = line
            .strip_prefix(&marker)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['(', ']']));
        if !same {
            continue;
        }
        // Further attributes may stand between: the item is the first line that is none.
        let item = lines.by_ref().find(|line| {
            !line.is_empty()
                && !line.starts_with('@')
                && !line.starts_with("#[")
                && !line.starts_with("//")
        });
        if let Some(words) = item.and_then(|item| opening_words(language, item)) {
            found = Some(words);
        }
    }
    found
}

/// An item's opening words up to its name: its modifiers and keyword (`pub struct `, `async def `). In Java only
/// the visibility and a `void` right after it (`public void `): the other modifiers (`final`, `abstract`) are
/// each method's own.
fn opening_words(language: Language, item: &str) -> Option<String> {
    let mut opening = String::new();
    let mut words = item.split_whitespace();
    if language == Language::Java {
        let mut word = words.next()?;
        if JAVA_VISIBILITIES.contains(&word) {
            opening.push_str(word);
            opening.push(' ');
            word = words.next().unwrap_or("");
        }
        if word == "void" {
            opening.push_str("void ");
        }
        return (!opening.is_empty()).then_some(opening);
    }
    let keywords: &[&str] = match language {
        Language::Rust => RUST_ITEM_WORDS,
        Language::Python => &["async", "def", "class"],
        _ => &["export", "default", "abstract", "class"],
    };
    for word in words.take_while(|word| keywords.contains(word)) {
        opening.push_str(word);
        opening.push(' ');
    }
    (!opening.is_empty()).then_some(opening)
}

/// What follows an attribute the file has not used on an item yet, where the attribute says it.
fn known_opening(context: &Context<'_>, language: Language, attribute: &str) -> Option<String> {
    let name = name_of(attribute);
    let opening = match language {
        Language::Python => {
            if PYTHON_CLASS_DECORATORS.contains(&name) {
                "class "
            } else if mostly_coroutines(context) {
                "async def "
            } else {
                "def "
            }
        }
        Language::Rust => match name {
            "test" => "fn ",
            "tokio::test" | "async_std::test" => "async fn ",
            "tokio::main" | "async_std::main" => "async fn main() {",
            "derive" => "struct ",
            _ => return None,
        },
        Language::Java => match name {
            "Override" => "public ",
            // JUnit 5's tests need no `public`; JUnit 4's must have it.
            "Test" if context.code.contains("org.junit.jupiter") => "void ",
            "Test" => "public void ",
            _ => return None,
        },
        Language::TypeScript | Language::JavaScript if ANGULAR_CLASS_DECORATORS.contains(&name) => {
            "export class "
        }
        _ => return None,
    };
    Some(opening.to_owned())
}

/// Whether most of the functions defined above are coroutines (`async def`): a web service's handlers.
fn mostly_coroutines(context: &Context<'_>) -> bool {
    let (mut coroutines, mut functions) = (0, 0);
    for line in context.code_before_line().lines() {
        let line = line.trim_start();
        if line.starts_with("async def ") {
            coroutines += 1;
        } else if line.starts_with("def ") {
            functions += 1;
        }
    }
    coroutines > functions
}

/// Under a Rust doc comment, the first word of the file's previous documented item at the same depth (`pub` under
/// the `///` of a crate's public API, `fn` in an `impl` of private helpers); on the crates of the corpus it was the
/// next item's word 37 times in 52.
fn documented_like_previous(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    /// How many lines above the previous documented item is looked for in.
    const WINDOW: usize = 200;
    if context.profile.language != Language::Rust {
        return;
    }
    let depth = indentation(context.line_before);
    let mut lines = context
        .code_before_line()
        .lines()
        .rev()
        .take(WINDOW)
        .filter(|line| !line.trim().is_empty())
        .peekable();
    if !lines
        .peek()
        .is_some_and(|line| line.trim_start().starts_with("///"))
    {
        return;
    }
    // The lines above the current comment, nearest first: an item at the cursor's depth right under a doc comment
    // or an attribute is a documented one.
    let above: Vec<&str> = lines
        .skip_while(|line| line.trim_start().starts_with("///"))
        .collect();
    let previous = above.windows(2).find_map(|pair| {
        let [item, over] = pair else { return None };
        let documented =
            over.trim_start().starts_with("///") || over.trim_start().starts_with("#[");
        let item_line = indentation(item) == depth
            && !item.trim_start().starts_with("//")
            && !item.trim_start().starts_with("#[");
        (documented && item_line).then(|| item.split_whitespace().next().unwrap_or(""))
    });
    let Some(word) = previous.filter(|word| RUST_ITEM_WORDS.contains(word)) else {
        return;
    };
    let typed = context.line_before.trim_start();
    if let Some(rest) = format!("{word} ").strip_prefix(typed)
        && !rest.is_empty()
    {
        out.push(Suggestion::of_kind(rest, 0.8, "keyword"));
    }
}
