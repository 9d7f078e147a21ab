//! [`OpenAiCompletionProvider`]: the `CompletionProvider` port over an OpenAI-compatible completions endpoint.
//!
//! One HTTP client (its connections kept alive, so a request costs no handshake) sends `POST .../v1/completions`
//! with the code before the cursor as the prompt and, for fill-in-the-middle models, the code after it as the
//! `suffix`. The whole exchange, from connecting to reading the last byte, runs under one `tokio::time::timeout`:
//! when it expires the request is dropped (closing its connection) and the caller gets
//! [`ProviderError::TimedOut`] at once, however the server behaves.
//!
//! Servers differ on `suffix`: Ollama uses it for fill-in-the-middle, others ignore it, and some vLLM versions
//! refuse any request carrying one (400). So the suffix is sent until a request with one is refused with 400 or
//! 422; from then on, for the life of the process, only the prefix is sent (the one refused request falls back to
//! the rules, as any failure does).

use std::{
    sync::atomic::{AtomicBool, Ordering},
    time::Duration,
};

use async_trait::async_trait;
use domain::ports::{CompletionProvider, ModelPrompt, ProviderError};
use reqwest::{StatusCode, Url};

use crate::{
    cache::AnswerCache,
    openai_api::{CompletionBody, read_completion},
};

/// The largest answer read from the server, in bytes; anything longer is not a short completion.
const MAX_ANSWER_BYTES: usize = 64 * 1024;

/// How to reach the model and how much it may cost.
#[derive(Clone)]
pub struct OpenAiCompletionConfig {
    /// The server's base URL: `http://localhost:8080` (llama.cpp), `http://localhost:8000/v1` (vLLM),
    /// `http://localhost:11434` (Ollama). `/v1/completions` is appended, or only `/completions` when the URL
    /// already ends with `/v1`; a URL ending with `/completions` is used as it is.
    pub base_url: String,
    /// The model's name, as the server knows it (vLLM and Ollama need it).
    pub model: String,
    /// Sent as `Authorization: Bearer <key>` when set.
    pub api_key: Option<String>,
    /// The most a request may take, answer read; when it runs out the request is abandoned.
    pub timeout: Duration,
    /// The most tokens the model may generate per completion.
    pub max_tokens: u32,
    /// How many answers the cache keeps (0 disables it).
    pub cache_entries: usize,
    /// How long a cached answer is served.
    pub cache_time_to_live: Duration,
}

impl OpenAiCompletionConfig {
    /// The defaults for a server at `base_url`: model `"default"`, no key, 300 ms, 32 tokens, 256 cached
    /// answers kept for a minute.
    #[must_use]
    pub fn new(base_url: impl Into<String>) -> Self {
        Self {
            base_url: base_url.into(),
            model: "default".to_owned(),
            api_key: None,
            timeout: Duration::from_millis(300),
            max_tokens: 32,
            cache_entries: 256,
            cache_time_to_live: Duration::from_secs(60),
        }
    }
}

/// Written by hand so the API key never reaches a log.
impl std::fmt::Debug for OpenAiCompletionConfig {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("OpenAiCompletionConfig")
            .field("base_url", &self.base_url)
            .field("model", &self.model)
            .field("api_key", &self.api_key.as_ref().map(|_| "<redacted>"))
            .field("timeout", &self.timeout)
            .field("max_tokens", &self.max_tokens)
            .field("cache_entries", &self.cache_entries)
            .field("cache_time_to_live", &self.cache_time_to_live)
            .finish()
    }
}

/// Why the provider could not be set up (at start-up, from its configuration).
#[derive(Debug, thiserror::Error)]
pub enum ConfigurationError {
    /// The base URL cannot be parsed.
    #[error("COMPLETION_URL {url:?} is not a URL: {detail}")]
    InvalidUrl {
        /// The URL as configured.
        url: String,
        /// Why it does not parse.
        detail: String,
    },
    /// The URL is not an `http` or `https` one, or names an endpoint other than completions.
    #[error("COMPLETION_URL {url:?} is not usable: {reason}")]
    Unsupported {
        /// The URL as configured.
        url: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The API key cannot be sent in an HTTP header.
    #[error("COMPLETION_API_KEY holds characters an HTTP header cannot carry")]
    InvalidApiKey,
    /// The HTTP client could not be built (no TLS back-end, for instance).
    #[error("cannot build the HTTP client for the model server: {0}")]
    Client(#[source] reqwest::Error),
}

/// A model provider speaking OpenAI's completions API (llama.cpp server, vLLM, Ollama, hosted services).
#[derive(Debug)]
pub struct OpenAiCompletionProvider {
    client: reqwest::Client,
    endpoint: Url,
    model: String,
    authorization: Option<reqwest::header::HeaderValue>,
    timeout: Duration,
    max_tokens: u32,
    cache: AnswerCache,
    /// Cleared when the server refuses a request carrying `suffix` (see the module documentation).
    sends_suffix: AtomicBool,
}

impl OpenAiCompletionProvider {
    /// A provider for the server `config` names. Nothing is sent until the first completion.
    ///
    /// # Errors
    /// [`ConfigurationError`] when the URL or the API key cannot be used, or the HTTP client cannot be built.
    pub fn new(config: OpenAiCompletionConfig) -> Result<Self, ConfigurationError> {
        let endpoint = completions_endpoint(&config.base_url)?;
        let authorization = config
            .api_key
            .as_deref()
            .map(|key| {
                let mut value = reqwest::header::HeaderValue::from_str(&format!("Bearer {key}"))
                    .map_err(|_| ConfigurationError::InvalidApiKey)?;
                value.set_sensitive(true);
                Ok(value)
            })
            .transpose()?;
        let client = reqwest::Client::builder()
            .user_agent(concat!("pairprog/", env!("CARGO_PKG_VERSION")))
            // The outer `tokio::time::timeout` is the guarantee; these make reqwest give up on its own as well.
            .timeout(config.timeout)
            .connect_timeout(config.timeout)
            .build()
            .map_err(ConfigurationError::Client)?;
        Ok(Self {
            client,
            endpoint,
            model: config.model,
            authorization,
            timeout: config.timeout,
            max_tokens: config.max_tokens,
            cache: AnswerCache::new(config.cache_entries, config.cache_time_to_live),
            sends_suffix: AtomicBool::new(true),
        })
    }

    /// The URL requests are sent to.
    #[must_use]
    pub fn endpoint(&self) -> &Url {
        &self.endpoint
    }

    /// Sends one request and reads its answer, with no time limit of its own.
    async fn ask(&self, prompt: &ModelPrompt) -> Result<Option<String>, ProviderError> {
        let with_suffix = self.sends_suffix.load(Ordering::Relaxed) && !prompt.suffix().is_empty();
        let body = CompletionBody::new(&self.model, prompt, self.max_tokens, with_suffix);
        let mut request = self.client.post(self.endpoint.clone()).json(&body);
        if let Some(authorization) = &self.authorization {
            request = request.header(reqwest::header::AUTHORIZATION, authorization.clone());
        }
        let mut response = request
            .send()
            .await
            .map_err(|error| self.transport_error(&error))?;
        let status = response.status();
        if !status.is_success() {
            if with_suffix
                && matches!(
                    status,
                    StatusCode::BAD_REQUEST | StatusCode::UNPROCESSABLE_ENTITY
                )
            {
                self.sends_suffix.store(false, Ordering::Relaxed);
                tracing::info!(%status, "the model server refused a suffix; sending the prefix only from now on");
            }
            return Err(ProviderError::Rejected {
                status: status.as_u16(),
            });
        }
        if response
            .content_length()
            .is_some_and(|length| length > MAX_ANSWER_BYTES as u64)
        {
            return Err(ProviderError::InvalidResponse(
                "the answer is too large".to_owned(),
            ));
        }
        let mut answer = Vec::new();
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|error| self.transport_error(&error))?
        {
            if answer.len() + chunk.len() > MAX_ANSWER_BYTES {
                return Err(ProviderError::InvalidResponse(
                    "the answer is too large".to_owned(),
                ));
            }
            answer.extend_from_slice(&chunk);
        }
        read_completion(&answer)
    }

    /// The port's error for a failure of reqwest.
    fn transport_error(&self, error: &reqwest::Error) -> ProviderError {
        if error.is_timeout() {
            self.timed_out()
        } else {
            ProviderError::Unavailable(error_chain(error))
        }
    }

    fn timed_out(&self) -> ProviderError {
        ProviderError::TimedOut {
            budget_ms: u64::try_from(self.timeout.as_millis()).unwrap_or(u64::MAX),
        }
    }
}

#[async_trait]
impl CompletionProvider for OpenAiCompletionProvider {
    /// Answers from the cache when the same prompt was answered recently; otherwise asks the server, within the
    /// configured timeout, and remembers a successful answer (a completion or none), never a failure.
    async fn complete(&self, prompt: &ModelPrompt) -> Result<Option<String>, ProviderError> {
        if prompt.prefix().trim().is_empty() && prompt.suffix().trim().is_empty() {
            return Ok(None);
        }
        let key = self.cache.key(prompt);
        if let Some(answer) = self.cache.get(key) {
            tracing::debug!("model completion served from the cache");
            return Ok(answer);
        }
        let answer = tokio::time::timeout(self.timeout, self.ask(prompt))
            .await
            .map_err(|_| self.timed_out())??;
        self.cache.insert(key, answer.clone());
        Ok(answer)
    }
}

/// The completions URL for a configured base URL (see [`OpenAiCompletionConfig::base_url`]).
fn completions_endpoint(base_url: &str) -> Result<Url, ConfigurationError> {
    let trimmed = base_url.trim().trim_end_matches('/');
    let unsupported = |reason| ConfigurationError::Unsupported {
        url: base_url.to_owned(),
        reason,
    };
    if trimmed.ends_with("/chat/completions") {
        return Err(unsupported(
            "it is the chat endpoint; give the server's base URL (pairprog uses /v1/completions)",
        ));
    }
    let full = if trimmed.ends_with("/completions") {
        trimmed.to_owned()
    } else if trimmed.ends_with("/v1") {
        format!("{trimmed}/completions")
    } else {
        format!("{trimmed}/v1/completions")
    };
    let url = Url::parse(&full).map_err(|error| ConfigurationError::InvalidUrl {
        url: base_url.to_owned(),
        detail: error.to_string(),
    })?;
    match url.scheme() {
        "http" | "https" => Ok(url),
        _ => Err(unsupported("only http:// and https:// URLs are supported")),
    }
}

/// An error and its causes, on one line (reqwest's own message says little: "error sending request").
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut message = error.to_string();
    let mut cause = error.source();
    while let Some(inner) = cause {
        message.push_str(": ");
        message.push_str(&inner.to_string());
        cause = inner.source();
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    fn endpoint(base_url: &str) -> String {
        completions_endpoint(base_url)
            .map(String::from)
            .unwrap_or_else(|error| error.to_string())
    }

    #[test]
    fn the_endpoint_follows_the_usual_ways_of_writing_a_base_url() {
        assert_eq!(
            endpoint("http://localhost:8080"),
            "http://localhost:8080/v1/completions"
        );
        assert_eq!(
            endpoint("http://localhost:8080/"),
            "http://localhost:8080/v1/completions"
        );
        assert_eq!(
            endpoint("http://localhost:8000/v1"),
            "http://localhost:8000/v1/completions"
        );
        assert_eq!(
            endpoint(" http://localhost:11434/v1/ "),
            "http://localhost:11434/v1/completions"
        );
        assert_eq!(
            endpoint("https://models.example/api/v1/completions"),
            "https://models.example/api/v1/completions"
        );
    }

    #[test]
    fn unusable_urls_are_refused_at_start_up() {
        for url in [
            "localhost:8080",
            "ftp://models.example",
            "not a url",
            "http://localhost:8080/v1/chat/completions",
        ] {
            assert!(completions_endpoint(url).is_err(), "{url}");
        }
    }

    #[test]
    fn the_api_key_is_never_printed() {
        let mut config = OpenAiCompletionConfig::new("http://localhost:8080");
        config.api_key = Some("sk-secret".to_owned());
        assert!(!format!("{config:?}").contains("sk-secret"));
        let provider = OpenAiCompletionProvider::new(config).expect("valid configuration");
        assert!(!format!("{provider:?}").contains("sk-secret"));
    }

    #[test]
    fn a_key_that_cannot_be_a_header_is_refused() {
        let mut config = OpenAiCompletionConfig::new("http://localhost:8080");
        config.api_key = Some("line\nbreak".to_owned());
        assert!(matches!(
            OpenAiCompletionProvider::new(config),
            Err(ConfigurationError::InvalidApiKey)
        ));
    }

    #[tokio::test]
    async fn an_empty_file_is_not_sent() {
        // Port 9 (discard) never answers a completion: any request would end in an error, so `Ok(None)` proves
        // that none was sent.
        let provider =
            OpenAiCompletionProvider::new(OpenAiCompletionConfig::new("http://127.0.0.1:9"))
                .expect("valid configuration");
        assert_eq!(
            provider
                .complete(&ModelPrompt::new(" \n", "", "python"))
                .await,
            Ok(None)
        );
    }

    #[tokio::test]
    async fn an_unreachable_server_is_unavailable_not_a_panic() {
        let provider =
            OpenAiCompletionProvider::new(OpenAiCompletionConfig::new("http://127.0.0.1:9"))
                .expect("valid configuration");
        let answer = provider
            .complete(&ModelPrompt::new("x = ", "", "python"))
            .await;
        assert!(
            matches!(
                answer,
                Err(ProviderError::Unavailable(_) | ProviderError::TimedOut { .. })
            ),
            "{answer:?}"
        );
    }
}
