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
//! - **A sibling branch**: one more `elif` (or `case`) whose condition differs from a branch above by one word or
//!   literal (`elif "INFO" in line:` under `elif "WARNING" in line:`) is that branch for another thing: `counts["`
//!   -> `INFO`, `total += process_` -> `xml(path)` under `elif path.suffix == ".xml":`, and on its first line the
//!   first statement where every branch of the chain says the same (`stop_server(port)`).
//! - **A line copied twice over**: a line whose typed part already puts its word for the one of two lines above,
//!   twice (`row["city"] = row["city"].st` under `row["name"] = row["name"].strip()`), goes on as they do where
//!   they agree (`rip()`).
//!
//! What the earlier line says after its last use of the word is its own (a default value, a number) unless it
//! only closes what is open, so the suggestion stops there. A line whose rest does not use the word at all is
//! plain repetition, left to `repetition` and `precedents`.

use super::Suggestion;
use super::cursor::{Context, indentation};
use super::file_scan::CursorPlace;
use super::language::Language;
use super::lexer::is_plain_name;

/// How many lines above the cursor the sibling function and the sibling line are looked for in.
const WINDOW: usize = 80;

/// How sure an analogous line is: above the inline bar, below the rules that know the construct.
const CONFIDENCE: f64 = 0.8;

/// How sure a member named by the word put is: above a member the code used after the same receiver, which is
/// the sibling's (0.86 where the receiver follows the same token).
const MEMBER_CONFIDENCE: f64 = 0.88;

/// How sure the rest of a line copied with its word put twice is: the copy is plain, and a member rule's
/// guess from the receiver's earlier members (0.82 for `.st` -> `rip()`) is the same answer or a worse one.
const REPEATED_CONFIDENCE: f64 = 0.88;

/// Runs the rule, in code and in a string being typed.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Python {
        return;
    }
    let typed = context.line_before.trim_start();
    let lines: Vec<&str> = context
        .code_before_line()
        .lines()
        .rev()
        .take(WINDOW)
        .collect();
    // A word being typed is the names' rules' to finish; the line goes on from a word's end. In one more branch
    // the word being typed may be the one the branch is about (`total += process_` -> `xml(path)` under
    // `elif path.suffix == ".xml":`), which the names' rules would finish as the branch above does.
    if !context.prefix.is_empty() {
        if let Some(branch) = sibling_branch(context, &lines)
            && let Some(text) = branch.body.iter().find_map(|line| {
                continuation(context, typed, line.trim(), branch.words, true, false)
            })
            && uses(&text, branch.words.1).is_some_and(|(first, _)| first == 0)
        {
            // The names' rules would finish the word as the branch above has it (`handle_` -> `user`).
            out.push(Suggestion::construct(text, MEMBER_CONFIDENCE));
        } else if let Some(text) = repeated_with_word(context, typed, &lines) {
            out.push(Suggestion::construct(text, REPEATED_CONFIDENCE));
        }
        return;
    }
    let siblings = || sibling_function(context, &lines).or_else(|| sibling_branch(context, &lines));
    let suggestion = if typed.is_empty() {
        siblings()
            .and_then(|sibling| next_statement(context, &sibling))
            .or_else(|| first_statement_of_branch(context, &lines))
    } else if typed.len() >= 3 {
        // A bare `return ` says nothing yet of which of the sibling's lines this one is like: a sibling's
        // answer (`self._fp.readable()`) is rarely this function's (`self._fp.seekable()`, or a test first).
        let bare_keyword = matches!(typed.trim_end(), "return" | "yield" | "raise" | "await");
        (!bare_keyword)
            .then(siblings)
            .flatten()
            .and_then(|sibling| {
                sibling.body.iter().find_map(|line| {
                    continuation(
                        context,
                        typed,
                        line.trim(),
                        sibling.words,
                        sibling.parts,
                        false,
                    )
                })
            })
            .or_else(|| sibling_line(context, typed, &lines))
    } else {
        None
    };
    if suggestion.is_none()
        && typed.len() >= 3
        && let Some(text) = repeated_with_word(context, typed, &lines)
    {
        out.push(Suggestion::construct(text, REPEATED_CONFIDENCE));
        return;
    }
    if let Some(text) = suggestion {
        // The member the word is put as (`response.` -> `text()` in `fetch_text` under `fetch_json`'s
        // `response.json()`) outranks the one the code used after the receiver, which is the sibling's.
        let member_put = typed.ends_with('.') && is_plain_name(text.trim_end_matches(['(', ')']));
        let confidence = if member_put {
            MEMBER_CONFIDENCE
        } else {
            CONFIDENCE
        };
        out.push(Suggestion::construct(text, confidence));
    }
}

/// On the first line of one more branch, the first statement of the branch above with the word put, when it
/// names the thing (`stop_server(port)` under `elif cmd == "stop":`, as `start_server(port)` is under `if cmd ==
/// "start":`).
fn first_statement_of_branch(context: &Context<'_>, lines: &[&str]) -> Option<String> {
    let header = context.previous_code_line()?;
    if indentation(header) >= indentation(context.line_before) {
        return None;
    }
    // Every branch of the chain says the same once its word is put (`return list_items()` under `"list"` is no
    // guide where `add_item(args)` takes the arguments).
    let mut agreed: Option<String> = None;
    for branch in sibling_branches(context, lines) {
        let first = branch.body.first()?;
        // The same depth as the cursor's: the branch's first statement, not a block it opened.
        if indentation(first) != indentation(context.line_before) {
            return None;
        }
        let text = continuation(context, "", first.trim(), branch.words, true, false)?;
        uses(&text, branch.words.1)?;
        if agreed.as_ref().is_some_and(|agreed| *agreed != text) {
            return None;
        }
        agreed = Some(text);
    }
    agreed
}

/// The nearest branch above the cursor's `elif` (or `case`) whose condition differs from this one's by one word
/// or literal (`".json"` and `".xml"`, `"WARNING"` and `"INFO"`): the same branch for another thing.
fn sibling_branch<'a>(context: &Context<'a>, lines: &[&'a str]) -> Option<Sibling<'a>> {
    sibling_branches(context, lines).into_iter().next()
}

/// The branches above the cursor's `elif` (or `case`) in the same chain whose conditions differ from this one's
/// by one word or literal, nearest first.
fn sibling_branches<'a>(context: &Context<'a>, lines: &[&'a str]) -> Vec<Sibling<'a>> {
    let mut found = Vec::new();
    let _ = chain_branches(context, lines, &mut found);
    found
}

/// Fills `found` with the branches of `sibling_branches`; `None` where the chain is not one.
fn chain_branches<'a>(
    context: &Context<'a>,
    lines: &[&'a str],
    found: &mut Vec<Sibling<'a>>,
) -> Option<()> {
    let mut width = indentation(context.line_before);
    if context.line_before.trim().is_empty() {
        width = width.max(1);
    }
    let header_at = lines.iter().position(|line| {
        let trimmed = line.trim();
        if trimmed.is_empty() || indentation(line) >= width {
            return false;
        }
        width = indentation(line);
        true
    })?;
    let header = lines.get(header_at)?;
    let depth = indentation(header);
    let condition = branch_condition(header.trim())?;
    let mut body_end = header_at;
    for (offset, line) in lines.iter().enumerate().skip(header_at + 1) {
        if line.trim().is_empty() || indentation(line) > depth {
            continue;
        }
        let their_condition = (indentation(line) == depth)
            .then(|| branch_condition(line.trim()))
            .flatten()?;
        // A comment says what the branch above is about (`# stop when a NEWLINE is seen`), not this one.
        let body: Vec<&str> = lines
            .get(body_end + 1..offset)?
            .iter()
            .rev()
            .map(|line| without_comment(line))
            .filter(|line| !line.trim().is_empty())
            .collect();
        body_end = offset;
        if let Some(words) = differing_word(their_condition, condition) {
            found.push(Sibling {
                words,
                parts: true,
                body,
            });
        }
        if line.trim_start().starts_with("if ") {
            return None;
        }
    }
    None
}

/// A line without the comment that ends it (a `#` outside a string).
fn without_comment(line: &str) -> &str {
    let mut quote = None;
    for (at, c) in line.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(open), _) if c == open => quote = None,
            (None, '#') => return line.get(..at).unwrap_or(line).trim_end(),
            _ => {}
        }
    }
    line
}

/// The condition of an `if`, `elif` or `case` header (`"INFO" in line` of `elif "INFO" in line:`).
fn branch_condition(header: &str) -> Option<&str> {
    let condition = ["if ", "elif ", "case "]
        .iter()
        .find_map(|keyword| header.strip_prefix(keyword))?;
    condition.strip_suffix(':').map(str::trim)
}

/// The one word in which two conditions written alike differ (`WARNING`, `INFO` in `"WARNING" in line` and
/// `"INFO" in line`); `None` when anything else differs.
fn differing_word<'a>(theirs: &'a str, mine: &'a str) -> Option<(&'a str, &'a str)> {
    let pieces = |text: &'a str| -> Vec<&'a str> {
        let mut pieces = Vec::new();
        let mut start = 0;
        let mut word = None;
        for (at, c) in text.char_indices() {
            let is_word = c.is_ascii_alphanumeric() || c == '_';
            if word.is_some_and(|previous| previous != is_word) {
                pieces.push(text.get(start..at).unwrap_or(""));
                start = at;
            }
            word = Some(is_word);
        }
        pieces.push(text.get(start..).unwrap_or(""));
        pieces
    };
    let (from, to) = only_difference(&pieces(theirs), &pieces(mine))?;
    let word = |piece: &str| {
        piece.len() > 1
            && piece.chars().all(|c| c.is_ascii_alphanumeric())
            && piece.chars().any(|c| c.is_ascii_alphabetic())
            && !KEYWORDS.contains(&piece.to_ascii_lowercase().as_str())
    };
    (word(from) && word(to)).then_some((from, to))
}

/// The function above the cursor's that is the same function for another thing.
struct Sibling<'a> {
    /// The word of the sibling's name, and the one of this function's put for it.
    words: (&'a str, &'a str),
    /// Whether the word is a part of the names (`user` in `get_user`), not the whole name.
    parts: bool,
    /// The sibling's body, in order.
    body: Vec<&'a str>,
}

/// The nearest function above at the same depth whose name differs from this one's by one word and whose
/// parameters do only by that word.
fn sibling_function<'a>(context: &Context<'a>, lines: &[&'a str]) -> Option<Sibling<'a>> {
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
        // The sibling's body: the lines below its header, down to the next line as shallow.
        let body = lines
            .get(..offset)?
            .iter()
            .rev()
            .take_while(|line| line.trim().is_empty() || indentation(line) > depth)
            .filter(|line| !line.trim().is_empty())
            .copied()
            .collect();
        return Some(Sibling {
            words: (from, to),
            parts,
            body,
        });
    }
    None
}

/// On a blank line after a statement written as the sibling's (`response = self.session.delete(...)` for its
/// `get`), the sibling's next statement at the same depth, the word put (`response.raise_for_status()`).
fn next_statement(context: &Context<'_>, sibling: &Sibling<'_>) -> Option<String> {
    let previous = context.previous_code_line()?;
    let (from, to) = sibling.words;
    let at = sibling
        .body
        .iter()
        .position(|line| replaced(line.trim(), from, to, sibling.parts) == previous.trim())?;
    let matched = sibling.body.get(at)?;
    let next = sibling.body.get(at + 1)?;
    // The same depth on both sides: a block opened or closed there is another shape of code.
    if indentation(next) != indentation(matched)
        || indentation(previous) != indentation(context.line_before)
    {
        return None;
    }
    let text = replaced(next.trim(), from, to, sibling.parts);
    // A comment of the sibling's is about the sibling.
    if text.starts_with('#') {
        return None;
    }
    let own_value =
        text.matches(['"', '\'']).count() > 1 || text.chars().any(|c| c.is_ascii_digit());
    (!own_value || uses(&text, to).is_some()).then_some(text)
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
        if let Some(text) = continuation(context, typed, line, (from, to), true, true) {
            return Some(text);
        }
    }
    None
}

/// A line written as two or more above with its word put for theirs at least twice already (`row["city"] =
/// row["city"].st` under `row["name"] = row["name"].strip()`): the rest of the earlier lines so changed, where
/// they agree (`rip()` under both `.strip()` and `.strip().lower()`). The rest holds no value of its own
/// (a string, a number), which the new line may change.
fn repeated_with_word(context: &Context<'_>, typed: &str, lines: &[&str]) -> Option<String> {
    let width = indentation(context.line_before);
    let after = context.line_after.trim_end();
    let mut rests: Vec<String> = Vec::new();
    for line in lines.iter().take(20) {
        if indentation(line) != width {
            continue;
        }
        let line = line.trim();
        let Some((from, to)) = first_differing_word(line, typed) else {
            continue;
        };
        if typed.matches(to).count() < 2 || uses(line, to).is_some() {
            continue;
        }
        let changed = replaced(line, from, to, true);
        let Some(rest) = changed
            .strip_prefix(typed)
            .and_then(|rest| rest.strip_suffix(after))
        else {
            continue;
        };
        let own_value = rest.contains(['"', '\'']) || rest.chars().any(|c| c.is_ascii_digit());
        if rest.trim().is_empty() || own_value || uses(rest, to).is_some() {
            continue;
        }
        rests.push(rest.to_owned());
    }
    // One line alone may say what only its own thing takes (`df["name"].str.title()` is no `email`'s).
    if rests.len() < 2 {
        return None;
    }
    let shortest = rests.iter().min_by_key(|rest| rest.len())?;
    rests
        .iter()
        .all(|rest| rest.starts_with(shortest.as_str()))
        .then(|| shortest.clone())
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
    line_alone: bool,
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
    let own_value = |text: &str| {
        text.matches(['"', '\'']).count() > 1 || text.chars().any(|c| c.is_ascii_digit())
    };
    let Some((first, last)) = uses(rest, to) else {
        // The rest does not name the thing, but the typed part did where the line named the other one
        // (`(post_id,)).` -> `fetchone()`): the line goes on alike, unless it says values of its own.
        // Only between sibling functions: two lines alike but for a word say less (`created_at = ` and
        // `updated_at = ` take other values).
        let put_in_typed = uses(typed, to).is_some() && uses(line, from).is_some();
        return (!line_alone && put_in_typed && !own_value(rest) && !rest.trim().is_empty())
            .then(|| rest.to_owned());
    };
    // A value of the line's own before the word (`default=800, help="target quality"`) is not the other thing's,
    // nor is a string the word is in (`return 'aifc'` in `test_aifc` says little of `test_wav`'s answer).
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
    // A class or a constant is defined or imported before a line names it: `TxtExporter` made from `CsvExporter`
    // for `"txt"` is no class of the code (it may be `TextExporter`), nor is `PAYLOAD` made from `HEADER` for
    // `payload` one of its constants.
    // A constant's name inside a string (`os.environ.get("APP_USER")`) is a value of the program's own, not code.
    let in_code = matches!(context.scan.place, CursorPlace::Code) && !text.contains(['"', '\'']);
    let undefined_class = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|name| name.starts_with(|c: char| c.is_ascii_uppercase()))
        .filter(|name| in_code || name.chars().any(|c| c.is_ascii_lowercase()))
        .any(|name| uses(name, to).is_some() && !super::lexer::contains_word(context.code, name));
    if undefined_class {
        return None;
    }
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

/// `word` as written in names, in constants and at a sentence's start, and its `-ing` form when it is sure
/// (`encoding` for `encode`, `starting` for `start`; none for `stop`, whose last letter may double).
fn variants(word: &str) -> Vec<String> {
    let mut capitalized = word.to_owned();
    if let Some(first) = capitalized.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    let mut forms = Vec::with_capacity(4);
    if let Some(gerund) = gerund(word) {
        forms.push(gerund);
    }
    forms.extend([word.to_owned(), word.to_ascii_uppercase(), capitalized]);
    forms
}

/// The `-ing` form of a verb, when its spelling follows without doubt.
fn gerund(word: &str) -> Option<String> {
    if let Some(stem) = word.strip_suffix('e') {
        return Some(format!("{stem}ing"));
    }
    let vowel = |c: char| "aeiou".contains(c);
    let mut last = word.chars().rev();
    let (Some(c), Some(b)) = (last.next(), last.next()) else {
        return None;
    };
    // A consonant after one vowel (`stop`, `open`) may double or not: not guessed.
    (vowel(c) || !vowel(b)).then(|| format!("{word}ing"))
}

/// `text` with each use of `from` put as `to`, in the same case: where it starts a word or (with `parts`) a part
/// of a name (`user` in `user_id`, `users`, `USER_ID`); else where it is a whole word.
fn replaced(text: &str, from: &str, to: &str, parts: bool) -> String {
    let mut result = text.to_owned();
    let (from_forms, to_forms) = (variants(from), variants(to));
    // Each form is put as the same form of the other word; a form only one of them has is left as it is.
    let (from_forms, to_forms) = match from_forms.len().cmp(&to_forms.len()) {
        std::cmp::Ordering::Greater => {
            (from_forms.get(1..).unwrap_or_default(), to_forms.as_slice())
        }
        std::cmp::Ordering::Less => (from_forms.as_slice(), to_forms.get(1..).unwrap_or_default()),
        std::cmp::Ordering::Equal => (from_forms.as_slice(), to_forms.as_slice()),
    };
    for (from, to) in from_forms.iter().zip(to_forms) {
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
                // A whole part: `user` in `user_id`, `users`, `getUser`, never the start of another word
                // (`hex` in `hexlify`, `env` in `environ`).
                let after_rest = tail.get(from.len()..).unwrap_or("");
                let part_ends = match after {
                    None => true,
                    Some('s') => after_rest
                        .chars()
                        .nth(1)
                        .is_none_or(|c| !c.is_ascii_lowercase()),
                    Some(c) => !c.is_ascii_lowercase() && !c.is_ascii_digit(),
                };
                before.is_none_or(|c| !c.is_ascii_alphanumeric()) && part_ends
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
    let (from, to) = only_difference(&their_parts, &my_parts)?;
    let word = |part: &str| part.len() > 2 && part.chars().all(|c| c.is_ascii_lowercase());
    (word(from) && word(to)).then_some((from, to))
}

/// The one place where two lists of pieces of the same length differ: their piece there and mine.
fn only_difference<'a>(theirs: &[&'a str], mine: &[&'a str]) -> Option<(&'a str, &'a str)> {
    if theirs.len() != mine.len() {
        return None;
    }
    let mut differing = theirs.iter().zip(mine).filter(|(their, my)| their != my);
    let (Some((from, to)), None) = (differing.next(), differing.next()) else {
        return None;
    };
    Some((*from, *to))
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
