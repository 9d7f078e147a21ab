//! A small least-recently-used cache of model answers, so the same prompt is not sent twice in a row.
//!
//! Editors ask again for the cursor they already asked about (a focus change, a second client of the same room,
//! a retried request); a model answers the same prompt the same way at a low temperature, so its last answer is
//! served from memory for a while. Keys are 64-bit hashes of the whole bounded prompt (language, code before
//! and after the cursor) under a per-process random key, so two prompts share an entry only by a collision no
//! client can aim for. Capacity and lifetime are small: this saves repeated requests, it is not a store.

use std::{
    collections::{HashMap, VecDeque, hash_map::RandomState},
    hash::BuildHasher,
    sync::{Mutex, PoisonError},
    time::Duration,
};

use domain::ports::ModelPrompt;
use tokio::time::Instant;

/// What the model answered for a prompt: a completion, or `None` for "nothing to add" (also worth remembering).
pub type Answer = Option<String>;

/// A bounded map from prompts to the model's answers, dropping the least recently used entry when full and any
/// entry older than its time to live.
#[derive(Debug)]
pub struct AnswerCache {
    /// A std mutex, not tokio's: it is held for a few map operations and never across an `.await`, so it never
    /// blocks the runtime for long and needs none of an async mutex's machinery.
    entries: Mutex<Entries>,
    capacity: usize,
    time_to_live: Duration,
    hasher: RandomState,
}

/// The cache's contents: the answers, and their keys from least to most recently used.
#[derive(Debug, Default)]
struct Entries {
    answers: HashMap<u64, (Answer, Instant)>,
    recency: VecDeque<u64>,
}

impl Entries {
    /// Marks `key` as the most recently used.
    fn touch(&mut self, key: u64) {
        self.forget_recency(key);
        self.recency.push_back(key);
    }

    fn forget_recency(&mut self, key: u64) {
        // A linear scan: a few hundred keys at most, cheaper than any linked structure.
        if let Some(position) = self.recency.iter().position(|&known| known == key) {
            self.recency.remove(position);
        }
    }

    fn remove(&mut self, key: u64) {
        self.answers.remove(&key);
        self.forget_recency(key);
    }
}

/// A prompt's place in the cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CacheKey(u64);

impl AnswerCache {
    /// A cache of at most `capacity` answers (0 disables it), each kept for `time_to_live`.
    #[must_use]
    pub fn new(capacity: usize, time_to_live: Duration) -> Self {
        Self {
            entries: Mutex::new(Entries::default()),
            capacity,
            time_to_live,
            hasher: RandomState::new(),
        }
    }

    /// The key of `prompt`.
    #[must_use]
    pub fn key(&self, prompt: &ModelPrompt) -> CacheKey {
        CacheKey(self.hasher.hash_one(prompt))
    }

    /// The answer remembered for `key`, if it is younger than the time to live (it becomes the most recently
    /// used); `None` when there is none.
    #[must_use]
    pub fn get(&self, key: CacheKey) -> Option<Answer> {
        let mut entries = self.lock();
        let (answer, stored_at) = entries.answers.get(&key.0)?;
        if stored_at.elapsed() >= self.time_to_live {
            entries.remove(key.0);
            return None;
        }
        let answer = answer.clone();
        entries.touch(key.0);
        Some(answer)
    }

    /// Remembers `answer` for `key`, dropping the least recently used answers beyond the capacity.
    pub fn insert(&self, key: CacheKey, answer: Answer) {
        if self.capacity == 0 {
            return;
        }
        let mut entries = self.lock();
        entries.answers.insert(key.0, (answer, Instant::now()));
        entries.touch(key.0);
        while entries.answers.len() > self.capacity {
            let Some(oldest) = entries.recency.pop_front() else {
                break;
            };
            entries.answers.remove(&oldest);
        }
    }

    /// How many answers are remembered (expired ones included until they are next looked up).
    #[must_use]
    pub fn len(&self) -> usize {
        self.lock().answers.len()
    }

    /// Whether no answer is remembered.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The entries, even if a thread panicked while holding them: every operation leaves them consistent
    /// between statements that could panic, and a cache is never worth taking the server down for.
    fn lock(&self) -> std::sync::MutexGuard<'_, Entries> {
        self.entries.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prompt(before: &str) -> ModelPrompt {
        ModelPrompt::new(before, "", "python")
    }

    #[tokio::test(start_paused = true)]
    async fn an_answer_is_served_until_it_expires() {
        let cache = AnswerCache::new(4, Duration::from_secs(60));
        let key = cache.key(&prompt("a = "));
        assert_eq!(cache.get(key), None);
        cache.insert(key, Some("1".into()));
        assert_eq!(cache.get(key), Some(Some("1".into())));
        tokio::time::advance(Duration::from_secs(61)).await;
        assert_eq!(cache.get(key), None);
        assert!(cache.is_empty());
    }

    #[tokio::test(start_paused = true)]
    async fn nothing_to_add_is_remembered_too() {
        let cache = AnswerCache::new(4, Duration::from_secs(60));
        let key = cache.key(&prompt("# a comment"));
        cache.insert(key, None);
        assert_eq!(cache.get(key), Some(None));
    }

    #[tokio::test(start_paused = true)]
    async fn the_least_recently_used_answer_goes_first() {
        let cache = AnswerCache::new(2, Duration::from_secs(60));
        let [first, second, third] = ["a", "b", "c"].map(|text| cache.key(&prompt(text)));
        cache.insert(first, Some("1".into()));
        cache.insert(second, Some("2".into()));
        // Using `first` makes `second` the least recently used.
        assert!(cache.get(first).is_some());
        cache.insert(third, Some("3".into()));
        assert_eq!(cache.len(), 2);
        assert_eq!(cache.get(second), None);
        assert_eq!(cache.get(first), Some(Some("1".into())));
        assert_eq!(cache.get(third), Some(Some("3".into())));
    }

    #[tokio::test(start_paused = true)]
    async fn prompts_differing_anywhere_have_different_keys() {
        let cache = AnswerCache::new(4, Duration::from_secs(60));
        let keys = [
            cache.key(&ModelPrompt::new("x = ", "", "python")),
            cache.key(&ModelPrompt::new("x = ", "", "javascript")),
            cache.key(&ModelPrompt::new("x = ", ")", "python")),
            cache.key(&ModelPrompt::new("y = ", "", "python")),
        ];
        for (index, key) in keys.iter().enumerate() {
            assert!(!keys[index + 1..].contains(key));
        }
        assert_eq!(keys[0], cache.key(&ModelPrompt::new("x = ", "", "Python ")));
    }

    #[tokio::test(start_paused = true)]
    async fn a_capacity_of_zero_disables_the_cache() {
        let cache = AnswerCache::new(0, Duration::from_secs(60));
        let key = cache.key(&prompt("a"));
        cache.insert(key, Some("1".into()));
        assert_eq!(cache.get(key), None);
    }
}
