//! For the popup: `NULL` after a `return ` in a C function declared to return a pointer, its answer when it has
//! nothing (seeds 17 and 1: 4 more right answers among the first three; held-out seeds 2 to 5: 14 more).
//!
//! Tried and left out: C++'s `nullptr` the same way (one fewer on the held-out seeds), Java's `null` for a method
//! returning an object and `this` for one returning its own class (7 and 2 fewer on seeds 17 and 1).
//!
//! The declared result type says what values fit, not which one comes: listed after the first suggestion, never
//! shown inline (see [`super::list_only`]).

use super::Suggestion;
use super::cursor::Context;
use super::language::Language;
use super::statements::enclosing_function;

/// The confidence of the listed value: below the booleans of a predicate (0.55 and 0.6), above the recent names and
/// common words listed at a `return` (0.1 to 0.5).
const CONFIDENCE: f64 = 0.5;

/// Appends `NULL`, after a `return ` in a C function declared to return a pointer.
pub(super) fn listed(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty()
        || context.member.is_some()
        || context.profile.language != Language::C
        || !context.line_before.ends_with("return ")
        || !context.line_after.trim().is_empty()
    {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    // `char *name(` : the token before the name is the pointer's star.
    if function.results.first().map(|result| result.trim()) == Some("*") {
        let ending = super::idioms::terminator(context);
        out.push(Suggestion::construct(format!("NULL{ending}"), CONFIDENCE));
    }
}
