//! Model-written completions: what a model is asked, how it can fail, and where its answer ranks.
//!
//! The rules of this module are the engine that always answers. A model (an LLM server behind the
//! [`crate::ports::CompletionProvider`] port) may be asked as well: it gets a [`ModelPrompt`], the code around the
//! cursor cut to a bounded size, and answers with text to insert or nothing. [`rank_with_model`] then places that
//! text among the rules' suggestions. This file holds only the pure parts; asking the model (HTTP, time-outs,
//! caching) is the adapter's job, and `services::AutocompleteService` puts the two together.
//!
//! # Ranking
//! A model's completion gets [`MODEL_CONFIDENCE`] (0.88), which places it:
//! - **below the exact constructs** (0.9 and above: `a + b` for `calculate_sum`, `if __name__ == ...`, a member
//!   of a well-known module). Those rules recognise the code itself and are right by construction; a model that
//!   disagrees with them is more likely wrong than they are;
//! - **above every heuristic rule** (names, members seen in the code, loop headers and closers are capped at 0.85):
//!   a model reads the whole surrounding code, which those rules only sample.
//!
//! So the model's text comes first unless an exact construct fired. When the model proposes the text a rule
//! proposed too, the two agree: one suggestion remains, with the rule's kind (it says what the text is) and the
//! higher of the two confidences. A completion that is already typed after the cursor is dropped, exactly as the
//! rules' suggestions are.

use super::{MAX_SUGGESTIONS, Suggestion, missing_text};

/// The confidence given to a model's completion; see the module documentation for why it sits between the
/// heuristic rules (at most 0.85) and the exact constructs (0.9 and above).
pub const MODEL_CONFIDENCE: f64 = 0.88;

/// The [`Suggestion::kind`] of a completion written by a model.
pub const MODEL_KIND: &str = "model";

/// The largest code before the cursor sent to a model, in bytes (UTF-8).
pub const PREFIX_BYTES: usize = 4096;

/// The largest code after the cursor sent to a model, in bytes (UTF-8).
pub const SUFFIX_BYTES: usize = 1024;

/// The longest language name kept, in characters (the client names it; anything longer is not a language).
const LANGUAGE_CHARS: usize = 32;

/// What a model is asked: the code around the cursor, bounded, and its language.
///
/// Built only by [`ModelPrompt::new`], which bounds every field, so a provider never sends a megabyte of code to
/// a model because a room holds one, and the prompt's size (and so the model's latency) stays predictable.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ModelPrompt {
    prefix: String,
    suffix: String,
    language: String,
}

impl ModelPrompt {
    /// The prompt for a cursor between `before_cursor` and `after_cursor`, in `language` (as the client names it).
    ///
    /// Keeps the last [`PREFIX_BYTES`] of `before_cursor` and the first [`SUFFIX_BYTES`] of `after_cursor`, cut on
    /// character boundaries. When a cut falls inside a line, that partial line is dropped if it is less than half
    /// of what is kept, so the model sees whole lines whenever the code has reasonably short ones. The language
    /// is trimmed, lower-cased and cut to 32 characters.
    #[must_use]
    pub fn new(before_cursor: &str, after_cursor: &str, language: &str) -> Self {
        Self {
            prefix: last_lines(before_cursor, PREFIX_BYTES).to_owned(),
            suffix: first_lines(after_cursor, SUFFIX_BYTES).to_owned(),
            language: language
                .trim()
                .chars()
                .take(LANGUAGE_CHARS)
                .collect::<String>()
                .to_lowercase(),
        }
    }

    /// The code right before the cursor (at most [`PREFIX_BYTES`]).
    #[must_use]
    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    /// The code right after the cursor (at most [`SUFFIX_BYTES`]).
    #[must_use]
    pub fn suffix(&self) -> &str {
        &self.suffix
    }

    /// The language, lower-case; empty when the client named none.
    #[must_use]
    pub fn language(&self) -> &str {
        &self.language
    }
}

/// Why a model gave no answer. Every variant is recovered from the same way (the rules answer alone), so they
/// only tell the logs what happened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProviderError {
    /// The model did not answer within its time budget.
    #[error("the model did not answer within {budget_ms} ms")]
    TimedOut {
        /// The budget, in milliseconds.
        budget_ms: u64,
    },
    /// The model's server could not be reached (refused, reset, unknown host).
    #[error("the model server cannot be reached: {0}")]
    Unavailable(String),
    /// The model's server answered with an error status.
    #[error("the model server answered with status {status}")]
    Rejected {
        /// The HTTP status (or the protocol's equivalent).
        status: u16,
    },
    /// The model's server answered something that is not a completion.
    #[error("the model server's answer is not a completion: {0}")]
    InvalidResponse(String),
}

/// The rules' `suggestions` with the model's `completion` ranked among them (see the module documentation),
/// for a cursor followed by `after_cursor` (the rest of the code). At most as many suggestions as the rules
/// return on their own (5).
///
/// The completion loses its trailing whitespace; if nothing remains, or all of it is already typed after the
/// cursor, the rules' suggestions come back unchanged.
#[must_use]
pub fn rank_with_model(
    mut suggestions: Vec<Suggestion>,
    completion: &str,
    after_cursor: &str,
) -> Vec<Suggestion> {
    let completion = completion.trim_end();
    // What the model wrote may span lines; typed text is compared with all that follows, then (as for the rules,
    // which close what the current line left open) with the current line only.
    if completion.trim().is_empty() || after_cursor.starts_with(completion) {
        return suggestions;
    }
    let line_after = after_cursor.split('\n').next().unwrap_or("");
    let Some(text) = missing_text(completion, line_after) else {
        return suggestions;
    };
    if text.trim().is_empty() {
        return suggestions;
    }
    if let Some(agreeing) = suggestions.iter_mut().find(|rule| rule.text == text) {
        agreeing.confidence = agreeing.confidence.max(MODEL_CONFIDENCE);
    } else {
        // In front before a stable sort: on a tie the model's text stays ahead of a rule's.
        suggestions.insert(
            0,
            Suggestion {
                cursor_offset: super::cursor_offset(&text),
                text,
                confidence: MODEL_CONFIDENCE,
                kind: MODEL_KIND,
            },
        );
    }
    suggestions.sort_by(|left, right| right.confidence.total_cmp(&left.confidence));
    suggestions.truncate(MAX_SUGGESTIONS);
    suggestions
}

/// The end of `text` within `budget` bytes, starting on a character boundary, and at a line start when the
/// partial first line is less than half of it.
fn last_lines(text: &str, budget: usize) -> &str {
    if text.len() <= budget {
        return text;
    }
    let mut start = text.len() - budget;
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let window = text.get(start..).unwrap_or("");
    match window.find('\n') {
        Some(newline) if newline < window.len() / 2 => window.get(newline + 1..).unwrap_or(window),
        _ => window,
    }
}

/// The start of `text` within `budget` bytes, ending on a character boundary, and at a line end when the
/// partial last line is less than half of it.
fn first_lines(text: &str, budget: usize) -> &str {
    if text.len() <= budget {
        return text;
    }
    let mut end = budget;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let window = text.get(..end).unwrap_or("");
    match window.rfind('\n') {
        Some(newline) if newline >= window.len() / 2 => window.get(..=newline).unwrap_or(window),
        _ => window,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(text: &str, confidence: f64, kind: &'static str) -> Suggestion {
        Suggestion {
            text: text.to_owned(),
            confidence,
            kind,
            cursor_offset: 0,
        }
    }

    #[test]
    fn a_short_prompt_is_sent_whole() {
        let prompt = ModelPrompt::new("def f(a, b):\n    return ", "\n", " Python ");
        assert_eq!(prompt.prefix(), "def f(a, b):\n    return ");
        assert_eq!(prompt.suffix(), "\n");
        assert_eq!(prompt.language(), "python");
    }

    #[test]
    fn a_long_prefix_keeps_its_last_whole_lines_within_the_budget() {
        let line = "x = 1  # a line of forty bytes or so...\n";
        let before = line.repeat(1000);
        let prompt = ModelPrompt::new(&before, "", "python");
        assert!(prompt.prefix().len() <= PREFIX_BYTES);
        assert!(prompt.prefix().len() > PREFIX_BYTES - line.len());
        assert!(
            prompt.prefix().starts_with("x = 1"),
            "{:?}",
            &prompt.prefix()[..20]
        );
        assert!(before.ends_with(prompt.prefix()));
    }

    #[test]
    fn a_long_suffix_keeps_its_first_whole_lines_within_the_budget() {
        let line = "y = 2  # another line\n";
        let after = line.repeat(1000);
        let prompt = ModelPrompt::new("", &after, "python");
        assert!(prompt.suffix().len() <= SUFFIX_BYTES);
        assert!(prompt.suffix().ends_with('\n'));
        assert!(after.starts_with(prompt.suffix()));
    }

    #[test]
    fn cuts_fall_on_character_boundaries() {
        // 3-byte characters, one line: no line boundary to align to, the cut must still be valid UTF-8.
        let before = "€".repeat(PREFIX_BYTES);
        let after = "€".repeat(SUFFIX_BYTES);
        let prompt = ModelPrompt::new(&before, &after, "");
        assert!(prompt.prefix().len() <= PREFIX_BYTES && prompt.prefix().len() > PREFIX_BYTES - 3);
        assert!(prompt.suffix().len() <= SUFFIX_BYTES && prompt.suffix().len() > SUFFIX_BYTES - 3);
        assert!(prompt.prefix().chars().all(|character| character == '€'));
    }

    #[test]
    fn a_long_line_is_cut_rather_than_dropped() {
        let before = format!("short\n{}", "z".repeat(2 * PREFIX_BYTES));
        let prompt = ModelPrompt::new(&before, "", "");
        assert_eq!(prompt.prefix().len(), PREFIX_BYTES);
    }

    #[test]
    fn an_absurd_language_name_is_bounded() {
        let prompt = ModelPrompt::new("", "", &"L".repeat(10_000));
        assert_eq!(prompt.language(), "l".repeat(32));
    }

    #[test]
    fn the_model_ranks_above_heuristics_and_below_exact_constructs() {
        let rules = vec![
            rule("a + b", 0.95, "expression"),
            rule("total", 0.85, "identifier"),
        ];
        let ranked = rank_with_model(rules, "sum((a, b))", "");
        let order: Vec<_> = ranked.iter().map(|s| (s.text.as_str(), s.kind)).collect();
        assert_eq!(
            order,
            [
                ("a + b", "expression"),
                ("sum((a, b))", MODEL_KIND),
                ("total", "identifier")
            ]
        );
        assert!((ranked[1].confidence - MODEL_CONFIDENCE).abs() < f64::EPSILON);
    }

    #[test]
    fn a_model_agreeing_with_a_rule_strengthens_it_without_a_duplicate() {
        let rules = vec![rule("items", 0.6, "identifier"), rule(")", 0.7, "closer")];
        let ranked = rank_with_model(rules, "items\n", "");
        assert_eq!(ranked.len(), 2);
        assert_eq!(ranked[0].text, "items");
        assert_eq!(ranked[0].kind, "identifier");
        assert!((ranked[0].confidence - MODEL_CONFIDENCE).abs() < f64::EPSILON);
    }

    #[test]
    fn a_completion_already_typed_after_the_cursor_is_dropped() {
        let rules = vec![rule("x", 0.5, "identifier")];
        assert_eq!(rank_with_model(rules.clone(), "foo()", "foo()\nbar"), rules);
        // Across lines too.
        assert_eq!(
            rank_with_model(rules.clone(), "a\n    b", "a\n    b\n"),
            rules
        );
    }

    #[test]
    fn a_closer_typed_after_the_cursor_is_not_suggested_again() {
        let ranked = rank_with_model(Vec::new(), "a, b)", ")");
        assert_eq!(ranked[0].text, "a, b");
    }

    #[test]
    fn an_empty_or_blank_completion_changes_nothing() {
        let rules = vec![rule("x", 0.5, "identifier")];
        assert_eq!(rank_with_model(rules.clone(), "", ""), rules);
        assert_eq!(rank_with_model(rules.clone(), " \n\t", ""), rules);
    }

    #[test]
    fn at_most_five_suggestions_remain() {
        let rules: Vec<_> = (0..5)
            .map(|index| rule(&format!("name{index}"), 0.5, "identifier"))
            .collect();
        let ranked = rank_with_model(rules, "model_text", "");
        assert_eq!(ranked.len(), MAX_SUGGESTIONS);
        assert_eq!(ranked[0].kind, MODEL_KIND);
        assert_eq!(ranked[4].text, "name3");
    }
}
