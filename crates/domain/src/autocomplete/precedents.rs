//! What the code wrote before in the same place: a small language model of the file itself.
//!
//! Code repeats its own habits far more than any table can say: the statement that follows `if x is None:` in a
//! file, what its `return`s give back, the first argument of its calls to `write(`. This rule looks at the tokens
//! of the window before the cursor (the [`FileScan`](super::file_scan::FileScan) already lexed them) and, for
//! every earlier place whose preceding tokens match the cursor's, counts the token that came next there:
//! - after any token (a member separator included), the last one to three tokens before the cursor are the
//!   context: a trigram model backing off to bigrams and unigrams, the longer the match the stronger the vote (1,
//!   4, 16; 2 when only a name in the middle differs: `def other(` votes for what follows `def name(`);
//! - at the start of a statement the context is the line: where the previous line ended (`:`, `{`, `;`), how it
//!   started, and whether the indentation grew, stayed or shrank (after `if (rc != SQLITE_OK) {` comes `return`);
//!   nothing is offered where no statement is expected (after a `return` at the same indentation, among match or
//!   switch arms, deeper than a line that opens no block);
//! - inside an argument list, the arguments written at the same position in the earlier calls of the same
//!   function; after `(`, `,`, `=` or `return`, the names used just before (half a precedent each: arguments and
//!   returned values are mostly locals in scope);
//! - each language's most common statement openers and returned values rank beside those precedents without
//!   counting as evidence (they matter in a file's first lines).
//!
//! Nearer votes weigh more. Every habit is listed for the popup (`suggestions`); its confidence (the cap scaled
//! by its share of the votes and by how many places agree) reaches the inline bar
//! ([`INLINE_HABIT_CONFIDENCE`](super::INLINE_HABIT_CONFIDENCE)) only when the file agrees with itself, and a
//! habit that agrees with another rule's name or member raises that one's confidence instead.

use std::collections::HashMap;

use super::Suggestion;
use super::cursor::{Context, indentation};
use super::language::{Language, Place};
use super::lexer::{Token, TokenKind, leading_identifier};

/// How many suggestions this rule offers.
const LIMIT: usize = 4;
/// The longest token offered (a long string literal is too specific to come again).
const LONGEST_TOKEN: usize = 40;
/// The highest confidence of a token predicted from the file's habits.
const CAP: f64 = 0.8;
/// The weight of a language's most common word where the file has no precedent (see [`priors`]).
const PRIOR: f64 = 0.5;
/// The weight of a language's most common word beside the file's precedents, as a share of theirs.
const PRIOR_SHARE: f64 = 0.15;
/// Statements after which the next one at the same indentation is unreachable.
const JUMPS: &[&str] = &["return", "break", "continue", "raise", "throw", "goto"];
/// How much of the habit's confidence is added to another rule's suggestion of the same word.
const AGREEMENT: f64 = 1.0;

/// A token that came next somewhere, with the weight of the votes for it.
#[derive(Debug, Default)]
struct Tally {
    /// The sum of the votes.
    weight: f64,
    /// The number of places that voted (names merely used nearby do not count: they are no precedent).
    votes: u32,
    /// The number of weaker hints for it (a name used nearby, a language's common word).
    hints: u32,
    /// How many of those places wrote a space after it.
    spaced: u32,
}

/// The votes, by token text, in the order first seen.
#[derive(Debug, Default)]
struct Ballot<'a> {
    tallies: HashMap<&'a str, Tally>,
    total: f64,
}

impl<'a> Ballot<'a> {
    fn vote(&mut self, text: &'a str, weight: f64, spaced: bool) {
        self.hint(text, weight, spaced);
        let tally = self.tallies.entry(text).or_default();
        tally.votes += 1;
        tally.hints -= 1;
    }

    /// A weaker vote: evidence for `text` that is not a place where the code wrote it in the same context.
    fn hint(&mut self, text: &'a str, weight: f64, spaced: bool) {
        let tally = self.tallies.entry(text).or_default();
        tally.hints += 1;
        tally.weight += weight;
        if spaced {
            tally.spaced += 1;
        }
        self.total += weight;
    }
}

/// Appends the tokens the file's habits predict at the cursor.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let tokens = context.tokens_before();
    // Before the first line of code, below comments (a licence, a module's doc, a Python docstring, `'use
    // strict'`), only a file's first statement can come; an empty document is left empty.
    let file_start = tokens
        .iter()
        .all(|token| matches!(token.kind, TokenKind::Literal { .. }));
    if file_start
        && (!context.prefix.is_empty()
            || !context.line_before.trim().is_empty()
            || context.code[..context.cursor].trim().is_empty())
    {
        return;
    }
    // `new Array(n + 1).fill(`: the size is written, the value the table starts with (`0`, `false`, `-1`,
    // `Infinity`) is the developer's choice, and the names just used are no evidence of it.
    if context.line_before.trim_end().ends_with(").fill(") {
        return;
    }
    let prefix = context.prefix;
    let mut ballot = Ballot::default();
    let statement_start = context.member.is_none() && context.before_prefix().trim().is_empty();
    if context.member.is_some() {
        // `receiver.`: the members written after the same receiver tokens, backing off to any member nearby.
        sequence_votes(context, tokens, &mut ballot);
    } else if statement_start {
        let statement_expected = line_votes(context, tokens, &mut ballot);
        if statement_expected && prefix.is_empty() {
            let (top_level, in_block, _) = priors(context.profile.language);
            let openers = if file_start {
                file_start_priors(context.profile.language)
            } else if context.current_indentation() == 0 {
                top_level
            } else {
                in_block
            };
            prior_votes(openers, &mut ballot);
        }
    } else {
        sequence_votes(context, tokens, &mut ballot);
        if prefix.is_empty() {
            call_votes(context, tokens, &mut ballot);
            recent_name_votes(context, tokens, &mut ballot);
            if tokens
                .last()
                .is_some_and(|last| context.text(last) == "return")
            {
                prior_votes(priors(context.profile.language).2, &mut ballot);
            }
        }
    }
    if ballot.total <= 0.0 {
        return;
    }
    let first = out.len();
    let first_in_arrow_body = statement_start
        && matches!(
            context.profile.language,
            Language::JavaScript | Language::TypeScript
        )
        && context
            .previous_code_line()
            .is_some_and(|line| line.trim_end().ends_with("=> {"));
    let after_return = tokens
        .last()
        .is_some_and(|last| context.text(last) == "return");
    let endless = endless_recursion_argument(context, tokens);
    let named_parameters = parameters_already_named(context);
    let imported = super::names::names_in_import_list(context).unwrap_or_default();
    let in_object = statement_start && opens_object(context, tokens);
    let mut ranked: Vec<(&str, Tally)> = ballot
        .tallies
        .into_iter()
        .filter(|(text, _)| Some(*text) != endless)
        // Python's bare `*` marks a header's keyword-only parameters; followed in a call, it was wrong 21 times of
        // 22 on the corpus (an unpacked `*args` names what it unpacks).
        .filter(|(text, _)| {
            !(context.profile.language == Language::Python && matches!(*text, "*" | "**"))
        })
        .filter(|(text, _)| !named_parameters.contains(text) && !imported.contains(text))
        // The first line of a JavaScript object literal or destructuring (`const types = {`, `return {`) holds a
        // key, never a statement: the statements that followed other lines ending in `{` do not apply there.
        .filter(|(text, _)| !(in_object && STATEMENT_WORDS.contains(&text.trim_end())))
        .collect();
    ranked.sort_by(|left, right| {
        right
            .1
            .weight
            .total_cmp(&left.1.weight)
            .then_with(|| left.0.cmp(right.0))
    });
    for (rank, (text, tally)) in ranked.into_iter().take(LIMIT).enumerate() {
        let Some(rest) = text.get(prefix.len()..) else {
            continue;
        };
        let mut text = rest.to_owned();
        if statement_start && is_word(text.as_str()) && 2 * tally.spaced > tally.votes + tally.hints
        {
            text.push(' ');
        }
        if text.trim().is_empty() {
            continue;
        }
        let share = (tally.weight / ballot.total).min(1.0);
        // A single vote is an anecdote; agreement between several places is a habit.
        // A hint counts half a precedent.
        let evidence = f64::from(tally.votes) + 0.5 * f64::from(tally.hints);
        // A language's common word alone (no evidence) still ranks, low.
        let mut support = (1.0 - 0.5_f64.powf(evidence)).max(0.2);
        // After `return`, one or two earlier returns are no habit yet: `return n` once does not make `n` the
        // answer of the next `return` (the corpus: returns are right inline only when several agree).
        if after_return && tally.votes < 3 {
            support = support.min(0.7);
        }
        let mut confidence = CAP * share.powf(0.5) * support;
        if first_in_arrow_body {
            // An arrow function's first statement is as varied as a function's: listed, not shown (on the corpus,
            // shown it was right 8 times for 10 wrong).
            confidence = confidence.min(super::INLINE_HABIT_CONFIDENCE - 0.01);
        }
        // Another rule proposing the same word from other evidence (a name's frequency, a table of members) and
        // the file's best-supported habit (two places or more) agreeing with it: both are more likely right than
        // either alone.
        for other in out.iter_mut().take(first).filter(|other| {
            rank == 0
                && tally.votes >= 2
                && matches!(other.kind, "identifier" | "member" | "keyword")
        }) {
            let word = leading_identifier(&other.text);
            if !word.is_empty() && word == leading_identifier(&text) {
                other.confidence += (1.0 - other.confidence) * confidence * AGREEMENT;
            }
        }
        // The same word with its call parentheses already listed by another rule (`spawn()`): no second entry.
        let bare = |text: &str| text.trim_end_matches(['(', ')', ' ']).to_owned();
        if let Some(other) = out
            .iter_mut()
            .take(first)
            .find(|other| bare(&other.text) == bare(&text))
        {
            // A type listed for a parameter from the headers' counts (`int`) is the habit itself when the file's
            // precedents say it more surely: it takes the habit's confidence and its bar.
            if other.kind == "type" && other.confidence < confidence {
                other.confidence = confidence;
                other.kind = "habit";
            }
            continue;
        }
        // A longer suggestion that starts with it (the whole argument list of the earlier calls) says more: it
        // stays first, and this shorter one follows it in the popup in case only the start is right.
        if let Some(longer) = out
            .iter()
            .take(first)
            .filter(|other| {
                other.text.len() > text.len()
                    && other.text.starts_with(text.as_str())
                    && !other.kind.starts_with("ident")
            })
            .map(|other| other.confidence)
            .reduce(f64::max)
        {
            confidence = confidence.min(longer - 0.01);
        }
        out.push(Suggestion {
            text,
            confidence,
            kind: "habit",
            cursor_offset: 0,
        });
    }
}

/// The parameters a Python header being written already names (`def fetch(self, ` -> `self`): none comes twice.
fn parameters_already_named<'a>(context: &Context<'a>) -> Vec<&'a str> {
    let typed = context.before_prefix().trim_start();
    let header = typed
        .strip_prefix("def ")
        .or_else(|| typed.strip_prefix("async def "));
    match header.and_then(|header| header.split_once('(')) {
        Some((_, parameters)) if context.profile.language == Language::Python => parameters
            .split(',')
            .filter_map(|parameter| {
                let name = parameter
                    .split([':', '='])
                    .next()?
                    .trim()
                    .trim_start_matches('*');
                super::lexer::is_plain_name(name).then_some(name)
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// At the first argument of a function's plain call to itself (`inorder(` in `def inorder(root):`), its first
/// parameter: called again with what it was given, the function would never end, however often the file names it.
fn endless_recursion_argument<'a>(context: &Context<'a>, tokens: &[Token]) -> Option<&'a str> {
    let [.., before_callee, callee, open] = tokens else {
        return None;
    };
    if context.text(open) != "(" || callee.kind != TokenKind::Identifier {
        return None;
    }
    // A method of the same name on another object (`self.inner.write(` in `fn write`) hands over, not recurses;
    // so does a Java or C++ overload of another arity (`end(String name)` calling `end(groupNumber(name))`).
    if matches!(context.text(before_callee), "." | "::" | "->" | "?.")
        || matches!(context.profile.language, Language::Java | Language::Cpp)
    {
        return None;
    }
    // The cheap test first: a function calling itself is named at least twice in the window.
    let name = context.text(callee);
    tokens
        .iter()
        .filter(|token| context.text(token) == name)
        .nth(1)?;
    let function = super::statements::enclosing_function(context)?;
    if function.name != context.text(callee) {
        return None;
    }
    function.parameters.first().map(|parameter| parameter.name)
}

/// Whether `text` is an identifier or keyword.
fn is_word(text: &str) -> bool {
    text.chars()
        .next()
        .is_some_and(|first| first.is_alphabetic() || first == '_')
}

/// Whether `token` may be offered as the next token with `prefix` typed.
fn offerable(context: &Context<'_>, token: &Token, prefix: &str) -> bool {
    let text = context.text(token);
    if text.len() > LONGEST_TOKEN || text.len() <= prefix.len() || !text.starts_with(prefix) {
        return false;
    }
    match token.kind {
        TokenKind::Identifier | TokenKind::Number => true,
        TokenKind::Literal { closed, multiline } => closed && !multiline,
        TokenKind::Comment { .. } => false,
        TokenKind::Punctuation => prefix.is_empty() && !matches!(text, ")" | "]" | "}" | ","),
    }
}

/// Recency: a vote from the line just above weighs five times one from far back in the window.
fn recency(tokens: &[Token], index: usize) -> f64 {
    #[allow(clippy::cast_precision_loss)] // token counts are far below 2^52
    let distance = (tokens.len() - index) as f64;
    1.0 + 4.0 / (1.0 + distance / 50.0)
}

/// Whether a space follows the token at `index` in the code.
fn spaced_after(context: &Context<'_>, token: &Token) -> bool {
    context
        .code
        .get(token.end..)
        .is_some_and(|rest| rest.starts_with(' '))
}

/// N-gram votes: each earlier place preceded by the same one to three tokens votes for the token that came next.
fn sequence_votes<'a>(context: &Context<'a>, tokens: &[Token], ballot: &mut Ballot<'a>) {
    let count = tokens.len();
    let context_text = |back: usize| {
        count
            .checked_sub(back)
            .map(|index| context.text(&tokens[index]))
    };
    let (Some(last), second, third) = (context_text(1), context_text(2), context_text(3)) else {
        return;
    };
    let cursor_line = context.scan.cursor_line;
    let last_on_cursor_line = tokens[count - 1].line == cursor_line;
    let second_is_name = count >= 2 && tokens[count - 2].kind == TokenKind::Identifier;
    for index in 1..count {
        let candidate = &tokens[index];
        if context.text(&tokens[index - 1]) != last
            || !offerable(context, candidate, context.prefix)
        {
            continue;
        }
        // A token that starts a line answers a different question than one inside a line.
        if last_on_cursor_line && candidate.line != tokens[index - 1].line {
            continue;
        }
        let mut weight = 1.0;
        if index >= 2 && second == Some(context.text(&tokens[index - 2])) {
            weight = 4.0;
            if index >= 3 && third == Some(context.text(&tokens[index - 3])) {
                weight = 16.0;
            }
        } else if index >= 3
            && second_is_name
            && tokens[index - 2].kind == TokenKind::Identifier
            && third == Some(context.text(&tokens[index - 3]))
        {
            // Any name in the middle: `def other(` shows what follows `def name(` (`self`), `x.get(` what
            // follows `y.get(`.
            weight = 2.0;
        }
        ballot.vote(
            context.text(candidate),
            weight * recency(tokens, index),
            spaced_after(context, candidate),
        );
    }
}

/// The first token of the line of the token at `index`, and that line's indentation.
fn line_start(context: &Context<'_>, tokens: &[Token], index: usize) -> (usize, usize) {
    let line = tokens[index].line;
    let first = tokens[..index]
        .iter()
        .rposition(|token| token.line != line)
        .map_or(0, |before| before + 1);
    (first, indentation(context.line_of(&tokens[first])))
}

/// How the indentation changes from one line to the next: -1, 0 or 1.
fn indent_change(from: usize, to: usize) -> i8 {
    match to.cmp(&from) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}

/// Statement votes: each earlier line votes for its first token, the more the more its previous line looks like
/// the cursor's previous line (same last token, same first token, same change of indentation). Returns whether a
/// new statement is expected there at all (not after a `return` at the same indentation, nor among match arms,
/// nor on a line indented deeper than a previous line that opens no block).
fn line_votes<'a>(context: &Context<'a>, tokens: &[Token], ballot: &mut Ballot<'a>) -> bool {
    let cursor_line = context.scan.cursor_line;
    let Some(previous_last) = tokens.iter().rposition(|token| token.line < cursor_line) else {
        return true;
    };
    let (previous_first, previous_width) = line_start(context, tokens, previous_last);
    let width = context.current_indentation();
    let change = indent_change(previous_width, width);
    let last_text = context.text(&tokens[previous_last]);
    let first_text = context.text(&tokens[previous_first]);
    // Nothing runs after a `return` at the same indentation, and match or switch arms are the arm rules' business.
    let previous_line = &tokens[previous_first..=previous_last];
    // In JavaScript `=>` starts a function's body (`(a, b) => {`), not an arm.
    let arrow_is_function = matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript
    );
    if (JUMPS.contains(&first_text) && change == 0)
        || previous_line.iter().any(|token| {
            let text = context.text(token);
            (text == "=>" && !arrow_is_function) || matches!(text, "match" | "switch")
        })
    {
        return false;
    }
    let statement_only = |text: &str| {
        context
            .profile
            .words
            .iter()
            .find(|word| word.text == text)
            .is_some_and(|word| word.place == Place::StatementStart)
    };
    let mut line_first = 0;
    let mut line_width = indentation(context.line_of(&tokens[0]));
    for index in 1..=previous_last {
        if tokens[index].line == tokens[index - 1].line {
            continue;
        }
        // `index` starts a new line; the line before it ran from `line_first` to `index - 1`.
        let (before_first, before_last, before_width) = (line_first, index - 1, line_width);
        line_first = index;
        line_width = indentation(context.line_of(&tokens[index]));
        let candidate = &tokens[index];
        if !offerable(context, candidate, context.prefix) {
            continue;
        }
        // Closing brackets end blocks rather than start statements; a JavaScript module's `import` and `export`
        // are written at its top level only.
        let text = context.text(candidate);
        if matches!(text, "}" | ")" | "]")
            || (width > 0 && arrow_is_function && matches!(text, "import" | "export"))
        {
            continue;
        }
        let mut weight = 0.5;
        if context.text(&tokens[before_last]) == last_text {
            weight *= 8.0;
        }
        if context.text(&tokens[before_first]) == first_text {
            weight *= 4.0;
        }
        if indent_change(before_width, line_width) == change {
            weight *= 6.0;
        }
        if line_width == width {
            weight *= 2.0;
        }
        // `else`, `elif`, `case`: continuations of a block are offered only where one just ended.
        if statement_only(text) || is_word(text) {
            ballot.vote(
                text,
                weight * recency(tokens, index),
                spaced_after(context, candidate),
            );
        } else {
            ballot.vote(text, 0.5 * weight * recency(tokens, index), false);
        }
    }
    change <= 0 || matches!(last_text, ":" | "{")
}

/// Argument votes: the arguments at the same position in the earlier calls of the function being called.
fn call_votes<'a>(context: &Context<'a>, tokens: &[Token], ballot: &mut Ballot<'a>) {
    let Some((name_index, position)) = enclosing_call(context, tokens) else {
        return;
    };
    let name = context.text(&tokens[name_index]);
    for index in 0..name_index {
        let is_call = context.text(&tokens[index]) == name
            && tokens
                .get(index + 1)
                .is_some_and(|token| context.text(token) == "(");
        if !is_call {
            continue;
        }
        if let Some(argument) = argument_at(context, tokens, index + 2, position, name_index)
            && offerable(context, &tokens[argument], "")
        {
            ballot.vote(
                context.text(&tokens[argument]),
                6.0 * recency(tokens, index),
                false,
            );
        }
    }
}

/// The first token of the `position`-th argument of a call whose arguments start at `start` (not reading past
/// `limit`).
fn argument_at(
    context: &Context<'_>,
    tokens: &[Token],
    start: usize,
    position: usize,
    limit: usize,
) -> Option<usize> {
    let mut depth = 0_i32;
    let mut current = 0;
    let mut expecting = true;
    for (index, token) in tokens.iter().enumerate().take(limit).skip(start) {
        let text = context.text(token);
        if depth == 0 && expecting {
            if current == position {
                return (text != ")").then_some(index);
            }
            expecting = false;
        }
        match text {
            "(" | "[" | "{" => depth += 1,
            ")" | "]" | "}" if depth == 0 => return None,
            ")" | "]" | "}" => depth -= 1,
            "," if depth == 0 => {
                current += 1;
                expecting = true;
            }
            _ => {}
        }
    }
    None
}

/// The call the cursor is an argument of: the index of the function's name and the argument's position, when the
/// cursor follows its `(` or one of its top-level `,`.
fn enclosing_call(context: &Context<'_>, tokens: &[Token]) -> Option<(usize, usize)> {
    let last = context.text(tokens.last()?);
    if last != "(" && last != "," {
        return None;
    }
    let mut depth = 0_i32;
    let mut position = 0;
    for index in (0..tokens.len()).rev() {
        match context.text(&tokens[index]) {
            ")" | "]" | "}" => depth += 1,
            "[" | "{" if depth == 0 => return None,
            "[" | "{" => depth -= 1,
            "(" if depth == 0 => {
                let name = index.checked_sub(1)?;
                return (tokens[name].kind == TokenKind::Identifier).then_some((name, position));
            }
            "(" => depth -= 1,
            "," if depth == 0 => position += 1,
            ";" if depth == 0 => return None,
            _ => {}
        }
    }
    None
}

/// Votes for the names used just before the cursor: arguments and returned values are mostly locals in scope.
fn recent_name_votes<'a>(context: &Context<'a>, tokens: &[Token], ballot: &mut Ballot<'a>) {
    let Some(last) = tokens.last() else { return };
    let last = context.text(last);
    if !matches!(last, "(" | "," | "return" | "=" | "==" | "!=" | "[") {
        return;
    }
    let keyword = |text: &str| context.profile.words.iter().any(|word| word.text == text);
    let mut seen = 0;
    for index in (0..tokens.len()).rev().take(200) {
        let token = &tokens[index];
        let text = context.text(token);
        if token.kind != TokenKind::Identifier || keyword(text) {
            continue;
        }
        // A member (`x.name`) or a preprocessor word (`#define`) is not a local.
        let after_member =
            index > 0 && matches!(context.text(&tokens[index - 1]), "." | "->" | "::" | "#");
        // Nor is a called function, nor the name the cursor's own statement is defining (`total = f(|`).
        let next = tokens.get(index + 1).map(|next| context.text(next));
        let called = next == Some("(");
        let being_defined =
            token.line == context.scan.cursor_line && matches!(next, Some("=" | ":="));
        if after_member || called || being_defined {
            continue;
        }
        seen += 1;
        ballot.hint(text, 0.6 / (1.0 + f64::from(seen) / 4.0), false);
    }
}

/// What each language's code most often writes, most frequent first (from the corpus's missed cuts: the statements
/// that open a file or a block, the values returned), written with a trailing space where one follows: statements
/// at the top level of a file, statements inside a block, values after `return`. They only back the file's own
/// precedents up where it has none yet (the first lines of a file, the first `return`).
/// What a file's first statement is, most often first (Go's `package` clause is `import_syntax`'s, shown inline).
fn file_start_priors(language: Language) -> &'static [&'static str] {
    match language {
        Language::Python => &["import ", "from ", "def ", "class "],
        Language::JavaScript => &["import ", "const ", "export ", "function "],
        Language::TypeScript => &["import ", "export ", "declare ", "interface "],
        Language::Rust => &["use ", "pub ", "mod ", "fn "],
        Language::Java => &["package ", "import ", "public "],
        Language::C | Language::Cpp => &["#"],
        _ => &[],
    }
}

fn priors(
    language: Language,
) -> (
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
) {
    match language {
        Language::Python => (
            &["def ", "import ", "from ", "class ", "if "],
            &["return ", "if ", "self", "for ", "try", "raise "],
            &["self", "None", "False", "True"],
        ),
        Language::JavaScript => (
            &["const ", "import ", "export ", "function ", "module"],
            &["const ", "return ", "if ", "this", "let ", "for "],
            &["this", "true", "false", "null", "new "],
        ),
        Language::TypeScript => (
            &["export ", "import ", "declare ", "interface ", "type "],
            &["const ", "return ", "if ", "this", "readonly "],
            &["this", "true", "false", "null", "new "],
        ),
        Language::Rust => (
            &["use ", "pub ", "impl ", "fn ", "#"],
            &["let ", "self", "if ", "Ok", "match ", "pub "],
            &["Err", "Ok", "Some", "None", "self"],
        ),
        Language::Go => (
            &["func ", "import ", "type ", "var ", "const "],
            &["if ", "return ", "err ", "for ", "defer "],
            &["nil", "err", "false", "true"],
        ),
        Language::Java => (
            &["import ", "package ", "public ", "class "],
            &["return ", "if ", "this", "final ", "int "],
            &["new ", "true", "false", "null", "this"],
        ),
        Language::C => (
            &["static ", "#", "int ", "void ", "struct "],
            &["if ", "return ", "for ", "while ", "break"],
            &["NULL", "0", "true", "false", "rc"],
        ),
        Language::Cpp => (
            &["template", "#", "namespace ", "class ", "struct "],
            &["if ", "return ", "for ", "const ", "typedef "],
            &["false", "true", "std", "*", "nullptr"],
        ),
        Language::Other => (&[], &[], &[]),
    }
}

/// Hints for a language's most common words, the first strongest; small enough that any precedent of the file
/// outweighs them.
fn prior_votes(words: &'static [&'static str], ballot: &mut Ballot<'_>) {
    // A share of what the file's precedents already weigh, so the first words make the popup beside them.
    // They rank, but are no evidence from the file: they neither dilute the confidence of its precedents (the
    // total stays theirs unless there are none) nor count as a precedent.
    let total = ballot.total;
    let mut weight = PRIOR.max(PRIOR_SHARE * total);
    for word in words {
        let tally = ballot.tallies.entry(word.trim_end()).or_default();
        tally.weight += weight;
        if word.ends_with(' ') {
            tally.spaced += 1;
        }
        if total <= 0.0 {
            ballot.total += weight;
        }
        weight *= 0.7;
    }
}

/// The words that start a JavaScript statement, which no object literal's key line starts with.
const STATEMENT_WORDS: &[&str] = &[
    "const", "let", "var", "if", "return", "for", "while", "switch", "throw", "try", "function",
    "class", "do", "break", "continue", "import", "export",
];

/// Whether the cursor starts the first line inside a JavaScript or TypeScript object literal or destructuring
/// pattern: the last token is a `{` that follows `=`, `(`, `,`, `:`, `[`, `return` or a declaration's keyword.
fn opens_object(context: &Context<'_>, tokens: &[Token]) -> bool {
    if !matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript
    ) {
        return false;
    }
    let [.., before, last] = tokens else {
        return false;
    };
    context.text(last) == "{"
        && matches!(
            context.text(before),
            "=" | "(" | "," | ":" | "[" | "return" | "const" | "let" | "var"
        )
}
