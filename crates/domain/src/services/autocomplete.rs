//! Autocomplete: the rules always, and a model as well when one is configured.
//!
//! The rule engine (`crate::autocomplete`) answers every request in well under a millisecond. When a
//! [`CompletionProvider`] is configured, [`AutocompleteService`] also asks it and ranks its text among the rules'
//! suggestions (see `crate::autocomplete::provider` for the ranking). The provider bounds its own time, so the
//! service adds no time-out of its own and stays free of any runtime; a provider that is slow, failing or silent
//! costs the client nothing but that bounded wait, and the rules answer alone.
//!
//! On a megabyte of code the rules take tens of milliseconds. At most [`AutocompleteService::concurrency`]
//! requests run them at once; the others wait for a turn, and the caller decides how long with the future it
//! passes to [`AutocompleteService::suggest_within`]: past it, the answer is empty (nothing to suggest), which
//! keeps every answer within the spec's 500 ms however many arrive together.

use std::{future::Future, pin::pin, sync::Arc};

use async_lock::Semaphore;
use futures::future::{Either, select};

use crate::{
    autocomplete::{
        self, CompletionError, CompletionRequest, Suggestion,
        provider::{ModelPrompt, rank_with_model},
    },
    ports::CompletionProvider,
};

/// Suggestions for the text at a cursor: the REST endpoint and the WebSocket `autocomplete` message both use it.
#[derive(Clone)]
pub struct AutocompleteService {
    provider: Option<Arc<dyn CompletionProvider>>,
    /// Turns to run the rules: [`Self::concurrency`] of them.
    turns: Arc<Semaphore>,
    concurrency: usize,
}

impl Default for AutocompleteService {
    fn default() -> Self {
        Self::new(None)
    }
}

/// How long the transports let a request wait for a turn to run the rules before answering it empty: with the
/// rules' tens of milliseconds on a megabyte, the answer stays within the spec's 500 ms.
pub const TURN_WAIT: std::time::Duration = std::time::Duration::from_millis(150);

/// How many requests run the rules at once unless [`AutocompleteService::with_concurrency`] says otherwise.
pub const DEFAULT_AUTOCOMPLETE_CONCURRENCY: usize = 2;

impl AutocompleteService {
    /// A service that asks `provider` as well as the rules, or the rules alone when it is `None`.
    #[must_use]
    pub fn new(provider: Option<Arc<dyn CompletionProvider>>) -> Self {
        Self {
            provider,
            turns: Arc::new(Semaphore::new(DEFAULT_AUTOCOMPLETE_CONCURRENCY)),
            concurrency: DEFAULT_AUTOCOMPLETE_CONCURRENCY,
        }
    }

    /// The same service, letting `concurrency` requests (at least one) run the rules at once.
    #[must_use]
    pub fn with_concurrency(mut self, concurrency: usize) -> Self {
        let concurrency = concurrency.max(1);
        self.turns = Arc::new(Semaphore::new(concurrency));
        self.concurrency = concurrency;
        self
    }

    /// How many requests may run the rules at once.
    #[must_use]
    pub fn concurrency(&self) -> usize {
        self.concurrency
    }

    /// A service that answers with the rules alone.
    #[must_use]
    pub fn rules_only() -> Self {
        Self::default()
    }

    /// Whether a model is asked as well as the rules.
    #[must_use]
    pub fn uses_model(&self) -> bool {
        self.provider.is_some()
    }

    /// Ranked suggestions for the request, best first; empty when nothing fits.
    ///
    /// The rules run first (and check the cursor). Then the provider, if any, is asked with the code around the
    /// cursor; its text, when it has some that is not already typed, is ranked among the rules' suggestions
    /// with kind `"model"`. A provider error or an empty answer leaves the rules' suggestions as they are.
    ///
    /// # Errors
    /// [`CompletionError::CursorOutOfRange`] when the cursor is past the end of the code (the provider is not
    /// asked).
    pub async fn suggest(
        &self,
        request: &CompletionRequest<'_>,
    ) -> Result<Vec<Suggestion>, CompletionError> {
        self.suggest_within(request, std::future::pending()).await
    }

    /// [`Self::suggest`], waiting for a turn to run the rules only until `give_up` completes: then the answer
    /// is empty, at once. The provider's time is not counted (it bounds its own).
    ///
    /// # Errors
    /// As [`Self::suggest`]; the cursor is checked before waiting.
    pub async fn suggest_within(
        &self,
        request: &CompletionRequest<'_>,
        give_up: impl Future<Output = ()>,
    ) -> Result<Vec<Suggestion>, CompletionError> {
        if autocomplete::byte_offset(request.code, request.cursor).is_none() {
            return Err(CompletionError::CursorOutOfRange {
                cursor: request.cursor,
                length: request.code.chars().count(),
            });
        }
        let turn = match select(pin!(self.turns.acquire()), pin!(give_up)).await {
            Either::Left((turn, _)) => turn,
            Either::Right(((), _)) => {
                tracing::debug!("autocomplete busy: answered empty without running the rules");
                return Ok(Vec::new());
            }
        };
        let suggestions = autocomplete::suggest(request);
        drop(turn);
        let suggestions = suggestions?;
        let Some(provider) = &self.provider else {
            return Ok(suggestions);
        };
        // The rules accepted the cursor, so it is a character boundary; `get` keeps that an assumption, not a panic.
        let split = autocomplete::byte_offset(request.code, request.cursor);
        let (Some(before), Some(after)) = (
            split.and_then(|split| request.code.get(..split)),
            split.and_then(|split| request.code.get(split..)),
        ) else {
            return Ok(suggestions);
        };
        let prompt = ModelPrompt::new(before, after, request.language);
        match provider.complete(&prompt).await {
            Ok(Some(completion)) => Ok(rank_with_model(suggestions, &completion, after)),
            Ok(None) => {
                tracing::debug!("the model had no completion; the rules answer alone");
                Ok(suggestions)
            }
            Err(error) => {
                tracing::debug!(%error, "no model completion; the rules answer alone");
                Ok(suggestions)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use async_trait::async_trait;
    use futures::executor::block_on;

    use super::*;
    use crate::autocomplete::provider::{MODEL_CONFIDENCE, MODEL_KIND, ProviderError};

    /// A provider that answers the same thing every time and remembers what it was asked.
    struct FakeProvider {
        answer: Result<Option<String>, ProviderError>,
        asked: AtomicUsize,
        last_prompt: std::sync::Mutex<Option<ModelPrompt>>,
    }

    impl FakeProvider {
        fn answering(answer: Result<Option<&str>, ProviderError>) -> Arc<Self> {
            Arc::new(Self {
                answer: answer.map(|text| text.map(str::to_owned)),
                asked: AtomicUsize::new(0),
                last_prompt: std::sync::Mutex::new(None),
            })
        }
    }

    #[async_trait]
    impl CompletionProvider for FakeProvider {
        async fn complete(&self, prompt: &ModelPrompt) -> Result<Option<String>, ProviderError> {
            self.asked.fetch_add(1, Ordering::SeqCst);
            *self.last_prompt.lock().expect("not poisoned") = Some(prompt.clone());
            self.answer.clone()
        }
    }

    const SPEC_CODE: &str = "def calculate_sum(a, b):\n    return ";

    fn request(code: &str) -> CompletionRequest<'_> {
        CompletionRequest {
            code,
            cursor: code.chars().count(),
            language: "python",
        }
    }

    fn service(provider: &Arc<FakeProvider>) -> AutocompleteService {
        AutocompleteService::new(Some(Arc::clone(provider) as Arc<dyn CompletionProvider>))
    }

    #[test]
    fn without_a_provider_the_rules_answer() {
        let service = AutocompleteService::rules_only();
        assert!(!service.uses_model());
        let suggestions = block_on(service.suggest(&request(SPEC_CODE))).expect("valid cursor");
        assert_eq!(suggestions[0].text, "a + b");
        assert!((suggestions[0].confidence - 0.95).abs() < f64::EPSILON);
    }

    #[test]
    fn the_models_text_comes_first_when_no_exact_construct_fires() {
        let provider = FakeProvider::answering(Ok(Some("print(greeting)\n")));
        let code = "greeting = 'hi'\ngre";
        let suggestions =
            block_on(service(&provider).suggest(&request(code))).expect("valid cursor");
        assert_eq!(suggestions[0].text, "print(greeting)");
        assert_eq!(suggestions[0].kind, MODEL_KIND);
        assert!((suggestions[0].confidence - MODEL_CONFIDENCE).abs() < f64::EPSILON);
        // The rules' own suggestions follow.
        assert!(
            suggestions[1..].iter().any(|s| s.text == "eting"),
            "{suggestions:?}"
        );
    }

    #[test]
    fn an_exact_construct_stays_ahead_of_the_model() {
        let provider = FakeProvider::answering(Ok(Some("sum([a, b])")));
        let suggestions =
            block_on(service(&provider).suggest(&request(SPEC_CODE))).expect("valid cursor");
        let ranked: Vec<_> = suggestions
            .iter()
            .map(|s| (s.text.as_str(), s.kind))
            .collect();
        assert_eq!(
            ranked[..2],
            [("a + b", "expression"), ("sum([a, b])", MODEL_KIND)]
        );
    }

    #[test]
    fn a_model_that_agrees_with_the_rules_adds_no_duplicate() {
        let provider = FakeProvider::answering(Ok(Some("a + b")));
        let suggestions =
            block_on(service(&provider).suggest(&request(SPEC_CODE))).expect("valid cursor");
        assert_eq!(suggestions.iter().filter(|s| s.text == "a + b").count(), 1);
        assert_eq!(suggestions[0].kind, "expression");
        assert!((suggestions[0].confidence - 0.95).abs() < f64::EPSILON);
    }

    #[test]
    fn a_failing_or_silent_model_leaves_the_rules_answer() {
        let rules = autocomplete::suggest(&request(SPEC_CODE)).expect("valid cursor");
        for answer in [
            Err(ProviderError::TimedOut { budget_ms: 300 }),
            Err(ProviderError::Rejected { status: 500 }),
            Ok(None),
            Ok(Some("   ")),
        ] {
            let provider = FakeProvider::answering(answer);
            let suggestions =
                block_on(service(&provider).suggest(&request(SPEC_CODE))).expect("valid cursor");
            assert_eq!(suggestions, rules);
            assert_eq!(provider.asked.load(Ordering::SeqCst), 1);
        }
    }

    #[test]
    fn a_cursor_out_of_range_is_rejected_before_the_model_is_asked() {
        let provider = FakeProvider::answering(Ok(Some("anything")));
        let outside = CompletionRequest {
            code: "abc",
            cursor: 4,
            language: "python",
        };
        let error =
            block_on(service(&provider).suggest(&outside)).expect_err("cursor past the end");
        assert_eq!(
            error,
            CompletionError::CursorOutOfRange {
                cursor: 4,
                length: 3
            }
        );
        assert_eq!(provider.asked.load(Ordering::SeqCst), 0);
    }

    #[test]
    fn the_model_is_asked_with_the_code_around_the_cursor() {
        let provider = FakeProvider::answering(Ok(None));
        let code = "héllo = 1\nhé";
        let whole = format!("{code}\nprint(x)");
        let cursor_request = CompletionRequest {
            code: &whole,
            cursor: code.chars().count(),
            language: "Python",
        };
        block_on(service(&provider).suggest(&cursor_request)).expect("valid cursor");
        let prompt = provider
            .last_prompt
            .lock()
            .expect("not poisoned")
            .clone()
            .expect("asked");
        assert_eq!(
            (prompt.prefix(), prompt.suffix(), prompt.language()),
            (code, "\nprint(x)", "python")
        );
    }
}
