//! Turning evidence into ranked suggestions with calibrated confidences.
//!
//! Name and member completions gather [`Candidate`]s, each with a score (how much the code and the tables speak for
//! it) and a cap (how reliable its source is). A candidate's confidence is its cap scaled by its share of the total
//! score: a unique candidate gets its full cap, one of several equally likely ones much less. The square-root-like
//! curve (`share^0.3`) keeps a clear favourite (half of the evidence) well above a coin toss.

use std::collections::HashMap;

use super::Suggestion;
use super::file_scan::NameStats;

/// A possible completion of a name or member.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Candidate {
    /// The whole name (the prefix included).
    pub name: String,
    /// What follows the name (`()`, `(`, ` `, or nothing).
    pub suffix: &'static str,
    /// The weight of evidence for it (positive).
    pub score: f64,
    /// The highest confidence its source allows.
    pub cap: f64,
    /// The suggestion kind.
    pub kind: &'static str,
}

/// How strongly the code itself speaks for a name: more occurrences, a nearer occurrence and a definition all count.
/// `standalone` counts only uses as a free-standing name (not after a `.`).
pub(super) fn evidence_score(stats: &NameStats<'_>, standalone: bool) -> f64 {
    let count = if standalone {
        stats.standalone_count
    } else {
        stats.count
    };
    let frequency = if count == 0 {
        // Seen only as someone's member (`self.total`): a weak hint for a bare name.
        0.3 * (1.0 + f64::from(stats.count).ln())
    } else {
        1.0 + f64::from(count).ln()
    };
    #[allow(clippy::cast_precision_loss)] // line distances are far below 2^52
    let distance = stats.nearest_line_distance as f64;
    let proximity = 1.0 + 4.0 / (1.0 + distance / 3.0);
    let definition = if stats.defined { 1.5 } else { 1.0 };
    if !standalone {
        return frequency * proximity * definition;
    }
    // A name that followed the same word before (`return` -> what this code returns, `new` -> its classes), or
    // the same two tokens (`print (`): on the corpus the first listed name was right 1 to 3 points more often.
    // The share of its uses there counts too: a name that always follows `(` or `return` is the argument or
    // value this code writes there, one used everywhere is not (a replay of the corpus' identifier cuts ranked
    // the right name first 883 times instead of 878, of about 1,100 where the code had it; with the parameter
    // rule of `names`, first listed rose 0.5 to 1 point in six languages of eight and fell in none).
    let after_same = f64::from(stats.after_same_token);
    let context = (1.0 + 2.0 * after_same + 4.0 * f64::from(stats.after_same_tokens))
        * (1.0 + 2.0 * after_same / f64::from(stats.count.max(1)));
    frequency * proximity * definition * context
}

/// Candidates gathered from several sources, one per name: a name found again adds to the one already there
/// (scores add up; the larger cap and the first non-empty suffix win).
///
/// Indexed by name: a megabyte of code can hold a hundred thousand names extending a one-letter prefix, and
/// finding each in a list made one request take 28 seconds.
#[derive(Debug, Default)]
pub(super) struct Candidates {
    list: Vec<Candidate>,
    index: HashMap<String, usize>,
}

impl Candidates {
    /// Up to this many candidates, a search of the list beats hashing (the usual case: a handful of names).
    const LIST_LIMIT: usize = 16;

    /// Adds `candidate`, merging it with the one of the same name if there is one.
    pub(super) fn merge(&mut self, candidate: Candidate) {
        if self.index.is_empty() && self.list.len() > Self::LIST_LIMIT {
            self.index = self
                .list
                .iter()
                .enumerate()
                .map(|(at, existing)| (existing.name.clone(), at))
                .collect();
        }
        let found = if self.index.is_empty() {
            self.list
                .iter()
                .position(|existing| existing.name == candidate.name)
        } else {
            self.index.get(&candidate.name).copied()
        };
        match found {
            Some(at) => {
                let existing = &mut self.list[at];
                existing.score += candidate.score;
                existing.cap = existing.cap.max(candidate.cap);
                if existing.suffix.is_empty() {
                    existing.suffix = candidate.suffix;
                }
            }
            None => {
                if !self.index.is_empty() {
                    self.index.insert(candidate.name.clone(), self.list.len());
                }
                self.list.push(candidate);
            }
        }
    }

    /// The candidates, in the order they were first added.
    pub(super) fn iter_mut(&mut self) -> std::slice::IterMut<'_, Candidate> {
        self.list.iter_mut()
    }

    /// The candidates, in the order they were first added.
    pub(super) fn into_vec(self) -> Vec<Candidate> {
        self.list
    }
}

/// Ranks `candidates` completing `prefix` and appends the best `limit` as suggestions, each confidence multiplied by
/// `damping` (below 1 when the typed word may already be complete, for instance).
pub(super) fn push_ranked(
    prefix: &str,
    mut candidates: Vec<Candidate>,
    damping: f64,
    limit: usize,
    out: &mut Vec<Suggestion>,
) {
    let total: f64 = candidates.iter().map(|candidate| candidate.score).sum();
    if total <= 0.0 {
        return;
    }
    candidates.sort_by(|left, right| {
        right
            .score
            .total_cmp(&left.score)
            .then_with(|| left.name.cmp(&right.name))
    });
    for candidate in candidates.into_iter().take(limit) {
        let Some(rest) = candidate.name.get(prefix.len()..) else {
            continue;
        };
        let text = format!("{rest}{}", candidate.suffix);
        if text.is_empty() {
            continue;
        }
        let share = candidate.score / total;
        out.push(Suggestion {
            text,
            confidence: candidate.cap * share.powf(0.3) * damping,
            kind: candidate.kind,
            cursor_offset: 0,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(name: &str, score: f64) -> Candidate {
        Candidate {
            name: name.to_owned(),
            suffix: "",
            score,
            cap: 0.5,
            kind: "identifier",
        }
    }

    #[test]
    fn a_name_found_again_adds_to_its_candidate_before_and_past_the_index() {
        let mut candidates = Candidates::default();
        for round in 0..2 {
            for index in 0..100 {
                candidates.merge(candidate(&format!("name{index}"), 1.0 + f64::from(round)));
            }
        }
        let merged = candidates.into_vec();
        assert_eq!(merged.len(), 100);
        assert!(merged.iter().all(|candidate| candidate.score == 3.0));
        assert_eq!(merged[42].name, "name42", "first-added order");
    }
}
