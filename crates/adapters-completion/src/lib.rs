//! The model provider of pairprog's autocomplete: the `domain::ports::CompletionProvider` port over an
//! OpenAI-compatible `POST /v1/completions` endpoint, as a local llama.cpp server, vLLM or Ollama serves it.
//!
//! A request travels: `AutocompleteService` (rules first) -> [`OpenAiCompletionProvider`] -> the
//! [`cache`] (an identical prompt asked recently is answered from memory) -> one HTTP request under a hard time
//! budget -> [`openai_api`] reads and trims the answer. Every failure (time-out, refused connection, error status,
//! unreadable body) becomes a `ProviderError`, and the service answers with the rules alone; the provider never
//! makes an autocomplete request slower than its budget.

pub mod cache;
pub mod openai_api;
pub mod provider;

pub use provider::{ConfigurationError, OpenAiCompletionConfig, OpenAiCompletionProvider};
