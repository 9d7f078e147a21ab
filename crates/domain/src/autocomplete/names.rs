//! Completing a free-standing name: `calc` -> `ulate_total`.
//!
//! The candidates are the names the code itself uses (from the [`FileScan`](super::file_scan::FileScan)) and the
//! language's keywords and built-ins. Names defined in the code, used often, or used near the cursor rank higher;
//! statement keywords are only offered where a statement starts. Right after a keyword that introduces a new name
//! (`def`, `let`, `class`) the developer is usually inventing that name: the code's names are only listed there.

use super::Suggestion;
use super::cursor::Context;
use super::language::Place;
use super::ranking::{Candidate, Candidates, evidence_score, push_ranked};

/// The highest confidence for a name completion: below the exact constructs, which are 0.9 and above.
const NAME_CAP: f64 = 0.85;
/// The highest confidence for a keyword or built-in that the code does not use yet.
const WORD_CAP: f64 = 0.8;
/// The confidence factor of a name where a new one is being defined: listed for the popup, far below any inline
/// bar.
const NAMING_DAMPING: f64 = 0.4;
/// How many name completions to offer.
const LIMIT: usize = 4;

/// Appends completions of the name being typed.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let prefix = context.prefix;
    if prefix.is_empty() || context.member.is_some() {
        return;
    }
    // After `def`, `let`, `class` the developer is usually inventing a name, but sometimes reusing one (a method
    // of another class, `impl Display for Error`, `for item in`): the code's names are listed, never shown inline.
    let naming = follows_naming_keyword(context);
    let at_statement_start = context.prefix_starts_statement();
    let word_allowed = |text: &str| {
        context
            .profile
            .words
            .iter()
            .find(|word| word.text == text)
            .is_none_or(|word| match word.place {
                Place::StatementStart => at_statement_start,
                Place::Anywhere => true,
            })
    };
    let mut candidates = Candidates::default();
    for stats in &context.scan.names {
        if !word_allowed(stats.name) {
            continue;
        }
        let candidate = Candidate {
            name: stats.name.to_owned(),
            suffix: "",
            score: evidence_score(stats, true),
            cap: NAME_CAP,
            kind: "identifier",
        };
        candidates.merge(candidate);
    }
    for (index, word) in context.profile.words.iter().enumerate() {
        if naming
            || word.text.len() <= prefix.len()
            || !word.text.starts_with(prefix)
            || !word_allowed(word.text)
        {
            continue;
        }
        // Each table lists its words most used first: on equal footing, the earlier one ranks higher.
        #[allow(clippy::cast_precision_loss)] // a table has far fewer than 2^52 words
        let order = 0.001 * index as f64;
        let score = match (word.place, word.suffix) {
            (Place::StatementStart, _) => 2.0,
            (Place::Anywhere, "(") => 1.2,
            (Place::Anywhere, _) => 1.0,
        } - order;
        candidates.merge(Candidate {
            name: word.text.to_owned(),
            suffix: word.suffix,
            score,
            cap: WORD_CAP,
            kind: "keyword",
        });
    }
    // A word that already exists as typed may be finished: the developer may want nothing more.
    let prefix_is_a_name = context.scan.prefix_occurrences > 0
        || context.profile.words.iter().any(|word| word.text == prefix);
    let damping = if naming {
        NAMING_DAMPING
    } else if prefix_is_a_name {
        0.6
    } else {
        1.0
    };
    // After one letter, a keyword is a long shot; a name of the code is not (the corpus benchmark found the
    // code's names as reliable after one letter as after three, at equal confidence).
    if prefix.chars().count() == 1 {
        for candidate in candidates
            .iter_mut()
            .filter(|candidate| candidate.kind == "keyword")
        {
            candidate.cap *= 0.85;
        }
    }
    push_ranked(prefix, candidates.into_vec(), damping, LIMIT, out);
}

/// Whether the word before the prefix is a keyword that introduces a new name (`def calc|`).
fn follows_naming_keyword(context: &Context<'_>) -> bool {
    context
        .tokens_before()
        .last()
        .filter(|token| token.line == context.scan.cursor_line)
        .is_some_and(|token| {
            context
                .profile
                .naming_keywords
                .contains(&context.text(token))
        })
}
