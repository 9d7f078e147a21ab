//! A Python line written like one above it, about another thing: the earlier line with one word put for another.
//!
//! - **A sibling function**: `def get_post(post_id):` under `def get_user(user_id):` is the same function for
//!   posts; its `return db.execute("SELECT * FROM posts WHERE id = ?", (` -> `post_id,` as the sibling's line
//!   says with `user` put as `post`. So `return render(request, "` -> `blog/about.html` in `about(request)` under
//!   `index(request)`'s `"blog/index.html"`, and `response = self.session.` -> `delete(self.base_url + path)` in
//!   `delete(self, path)` under `get(self, path)`. The two functions take the same parameters (once the word is
//!   put for the other), or they are not alike.
//! - **A sibling line**: a line whose typed part differs from a line above by one word (`build_parser` for
//!   `init_parser`, `"contact/"` for `"about/"`) continues as that line with the word put for the other:
//!   `build_parser.set_defaults(func=` -> `cmd_build)`, `path("contact/", views.contact, name="` -> `contact`.
//!
//! What the earlier line says after its last use of the word is its own (a default value, a number) unless it
//! only closes what is open, so the suggestion stops there. A line whose rest does not use the word at all is
//! plain repetition, left to `repetition` and `precedents`.

use super::Suggestion;
use super::cursor::{Context, indentation};
use super::language::Language;
use super::lexer::is_plain_name;

/// How many lines above the cursor the sibling function and the sibling line are looked for in.
const WINDOW: usize = 80;

/// How sure an analogous line is: above the inline bar, below the rules that know the construct.
const CONFIDENCE: f64 = 0.8;

/// Runs the rule, in code and in a string being typed.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Python {
        return;
    }
    let typed = context.line_before.trim_start();
    if typed.len() < 3 {
        return;
    }
    let lines: Vec<&str> = context
        .code_before_line()
        .lines()
        .rev()
        .take(WINDOW)
        .collect();
    let suggestion = sibling_function_line(context, typed, &lines)
        .or_else(|| sibling_line(context, typed, &lines));
    if let Some(text) = suggestion {
        out.push(Suggestion::construct(text, CONFIDENCE));
    }
}

/// The line of the sibling function that the typed line begins, with the sibling's word put as this function's.
fn sibling_function_line(context: &Context<'_>, typed: &str, lines: &[&str]) -> Option<String> {
    // The function around the cursor: the first `def` among the lines above that are indented less than all
    // the lines between them and the cursor.
    let mut width = indentation(context.line_before);
    let header_at = lines.iter().position(|line| {
        let trimmed = line.trim();
        if trimmed.is_empty() || indentation(line) >= width {
            return false;
        }
        width = indentation(line);
        trimmed.starts_with("def ") || trimmed.starts_with("async def ")
    })?;
    let header = lines.get(header_at)?;
    let depth = indentation(header);
    let (name, parameters) = signature(header.trim())?;
    for (offset, line) in lines.iter().enumerate().skip(header_at + 1) {
        if line.trim().is_empty() || indentation(line) > depth {
            continue;
        }
        if indentation(line) < depth {
            return None;
        }
        let Some((their_name, their_parameters)) = signature(line.trim()) else {
            continue;
        };
        let Some((from, to)) = differing_part(their_name, name) else {
            continue;
        };
        // Whole names put for each other (`get` and `delete`) are put as whole words only: `wrap` in
        // `_wrap_chunks` is another function's, not the thing `wrap` is about.
        let parts = name.contains('_');
        if replaced(their_parameters, from, to, parts) != parameters {
            continue;
        }
        // The sibling's body, nearest its end first: its lines below its header.
        let body = lines
            .get(..offset)?
            .iter()
            .rev()
            .take_while(|line| line.trim().is_empty() || indentation(line) > depth)
            .map(|line| line.trim());
        for line in body {
            if let Some(text) = continuation(context, typed, line, (from, to), parts) {
                return Some(text);
            }
        }
        return None;
    }
    None
}

/// The nearest line above whose beginning is the typed line's but for one word, continued with the word put.
fn sibling_line(context: &Context<'_>, typed: &str, lines: &[&str]) -> Option<String> {
    let width = indentation(context.line_before);
    for line in lines.iter().take(20) {
        if indentation(line) != width {
            continue;
        }
        let line = line.trim();
        let Some((from, to)) = first_differing_word(line, typed) else {
            continue;
        };
        if let Some(text) = continuation(context, typed, line, (from, to), true) {
            return Some(text);
        }
    }
    None
}

/// What is left of `line`, with `from` put as `to`, once `typed` is written, cut after the last place the word
/// was put (and the closers right after it); `None` unless the line so changed begins with `typed` and its rest
/// uses the word.
fn continuation(
    context: &Context<'_>,
    typed: &str,
    line: &str,
    (from, to): (&str, &str),
    parts: bool,
) -> Option<String> {
    // A word the line already uses cannot stand for another one there: `labels = dots.split(input)` says
    // nothing of `labels = input.split(`.
    if uses(line, to).is_some() {
        return None;
    }
    let changed = replaced(line, from, to, parts);
    let rest = changed.strip_prefix(typed)?;
    // What is typed after the cursor (an editor's closers, the end of a line being edited) is the line's own end.
    let after = context.line_after.trim_end();
    let rest = rest.strip_suffix(after)?;
    let (first, last) = uses(rest, to)?;
    // A value of the line's own before the word (`default=800, help="target quality"`) is not the other thing's.
    if rest
        .get(..first)
        .is_none_or(|head| head.contains(['"', '\'']) || head.chars().any(|c| c.is_ascii_digit()))
    {
        return None;
    }
    // The word's whole name or path (`about.html`, `cmd_build`), then what closes after it.
    let name_end = rest
        .get(last..)?
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '/' | '-')))
        .map_or(rest.len(), |at| last + at);
    let (used, tail) = rest.split_at(name_end);
    let closing: String = tail
        .chars()
        .take_while(|c| matches!(c, ')' | ']' | '}' | '"' | '\'' | ':'))
        .collect();
    // A tail without a value of its own (`(self.base_url + path)`) is the same call for the other thing.
    let own_values = tail.contains(['"', '\'']) || tail.chars().any(|c| c.is_ascii_digit());
    let text = if own_values {
        format!("{used}{closing}")
    } else {
        rest.to_owned()
    };
    // The receiving name as a member never used (`verbose = args.` -> `verbose`) is the member rules' to list.
    if typed.ends_with('.') && text.trim_end_matches([')', ']', '}', ':']) == to {
        return None;
    }
    (!text.trim().is_empty()).then_some(text)
}

/// Where the first use of `word` (in any of its cases) in `text` starts, and where the last one ends.
fn uses(text: &str, word: &str) -> Option<(usize, usize)> {
    let forms = variants(word);
    let first = forms
        .iter()
        .filter_map(|form| text.find(form.as_str()))
        .min()?;
    let last = forms
        .iter()
        .filter_map(|form| text.rfind(form.as_str()).map(|at| at + form.len()))
        .max()?;
    Some((first, last))
}

/// `word` as written in names, in constants and at a sentence's start, and its `-ing` form (`encoding` for
/// `encode`).
fn variants(word: &str) -> [String; 4] {
    let mut capitalized = word.to_owned();
    if let Some(first) = capitalized.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    let gerund = match word.strip_suffix('e') {
        Some(stem) => format!("{stem}ing"),
        None => format!("{word}ing"),
    };
    [
        gerund,
        word.to_owned(),
        word.to_ascii_uppercase(),
        capitalized,
    ]
}

/// `text` with each use of `from` put as `to`, in the same case: where it starts a word or (with `parts`) a part
/// of a name (`user` in `user_id`, `users`, `USER_ID`); else where it is a whole word.
fn replaced(text: &str, from: &str, to: &str, parts: bool) -> String {
    let mut result = text.to_owned();
    for (from, to) in variants(from).iter().zip(variants(to).iter()) {
        let mut changed = String::with_capacity(result.len());
        let mut rest = result.as_str();
        let mut previous: Option<char> = None;
        while let Some(at) = rest.find(from.as_str()) {
            let (head, tail) = rest.split_at(at);
            changed.push_str(head);
            let before = head.chars().last().or(previous);
            let after = tail
                .get(from.len()..)
                .and_then(|after| after.chars().next());
            let starts = if parts {
                before.is_none_or(|c| !c.is_ascii_alphanumeric())
            } else {
                before.is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '_'))
                    && after.is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '_'))
            };
            changed.push_str(if starts { to } else { from });
            previous = from.chars().last();
            rest = tail.get(from.len()..).unwrap_or("");
        }
        changed.push_str(rest);
        result = changed;
    }
    result
}

/// The one part in which two function names differ (`get_user`, `get_post` -> `user`, `post`; `index`,
/// `about` -> themselves), when they have as many parts and differ in one.
fn differing_part<'a>(theirs: &'a str, mine: &'a str) -> Option<(&'a str, &'a str)> {
    if theirs.starts_with("__") || mine.starts_with("__") {
        return None;
    }
    let their_parts: Vec<&str> = theirs.split('_').collect();
    let my_parts: Vec<&str> = mine.split('_').collect();
    if their_parts.len() != my_parts.len() {
        return None;
    }
    let mut differing = their_parts
        .iter()
        .zip(&my_parts)
        .filter(|(their, my)| their != my);
    let (Some((from, to)), None) = (differing.next(), differing.next()) else {
        return None;
    };
    let word = |part: &str| part.len() > 2 && part.chars().all(|c| c.is_ascii_lowercase());
    (word(from) && word(to)).then_some((*from, *to))
}

/// The first word in which `typed` differs from the same place of `line` (`init`, `build` for `init_parser.`
/// and `build_parser.`), when the rest of the typed part is alike.
fn first_differing_word<'a>(line: &'a str, typed: &'a str) -> Option<(&'a str, &'a str)> {
    let common = line
        .char_indices()
        .zip(typed.chars())
        .find(|((_, a), b)| a != b)
        .map(|((at, _), _)| at)?;
    // Back to the start of the word (or the part of a name) the difference is in.
    let start = line
        .get(..common)?
        .rfind(|c: char| !c.is_ascii_alphanumeric())
        .map_or(0, |at| at + 1);
    let word_end = |text: &'a str| -> Option<&'a str> {
        let rest = text.get(start..)?;
        let end = rest
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
        rest.get(..end)
    };
    let (from, to) = (word_end(line)?, word_end(typed)?);
    // The typed word must be whole (a word being typed is the names' rules' to finish), and more than a space
    // must follow it for the lines to be alike.
    if typed
        .get(start + to.len()..)
        .is_none_or(|after| after.trim().len() < 2)
    {
        return None;
    }
    let word = |part: &str| {
        part.len() > 2 && part.chars().all(|c| c.is_ascii_lowercase()) && !KEYWORDS.contains(&part)
    };
    (word(from) && word(to) && from != to).then_some((from, to))
}

/// Python's keywords of three letters and more: never a word that names the thing a line is about.
const KEYWORDS: &[&str] = &[
    "and", "not", "for", "while", "return", "yield", "import", "from", "class", "def", "elif",
    "else", "try", "except", "finally", "with", "lambda", "pass", "break", "continue", "raise",
    "global", "nonlocal", "assert", "del", "async", "await", "none", "true", "false",
];

/// The name and the parameter list (as written) of a `def name(a, b):` line.
fn signature(line: &str) -> Option<(&str, &str)> {
    let rest = line
        .strip_prefix("def ")
        .or_else(|| line.strip_prefix("async def "))?;
    let (name, parameters) = rest.split_once('(')?;
    let (parameters, _) = parameters.rsplit_once(')')?;
    is_plain_name(name).then_some((name, parameters))
}
