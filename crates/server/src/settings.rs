//! Configuration: `config/default.toml` < `config/$APP_ENV.toml` < `.env` < environment variables.
//!
//! The defaults are compiled in (from `config/default.toml`), so the binary runs from any directory; the
//! `config/` directory (or `CONFIG_DIR`) only adds per-environment overrides. Environment variables use the
//! setting's name in upper case (`PORT`, `MONGODB_URL`, the spec's `CORS_ORIGINS`, ...). Only those names are
//! read, so unrelated variables of the shell cannot leak into the configuration.

use std::{collections::HashMap, path::PathBuf, time::Duration};

use config::{Config, Environment, File, FileFormat};
use serde::{Deserialize, Deserializer};

const DEFAULTS: &str = include_str!("../../../config/default.toml");

/// The most `completion_timeout_ms` may grant the model: the spec's 500 ms budget less room for the rest.
pub const MAX_COMPLETION_TIMEOUT_MS: u64 = 450;

/// Every setting of the server.
#[derive(Debug, Clone, Deserialize)]
pub struct Settings {
    /// Address to listen on.
    pub host: String,
    /// Port to listen on; 0 picks a free one.
    pub port: u16,
    /// MongoDB connection string; `None` selects the embedded SQLite store.
    #[serde(deserialize_with = "empty_as_none")]
    pub mongodb_url: Option<String>,
    /// MongoDB database name.
    pub database_name: String,
    /// Seconds to wait for MongoDB at start-up.
    pub mongodb_connect_timeout_secs: u64,
    /// File of the embedded SQLite store.
    pub sqlite_path: PathBuf,
    /// Origins allowed by CORS; `*` allows any.
    #[serde(deserialize_with = "comma_list")]
    pub cors_origins: Vec<String>,
    /// Log level (TRACE, DEBUG, INFO, WARNING, ERROR).
    pub log_level: String,
    /// Largest WebSocket message and REST body, in bytes.
    pub max_message_bytes: usize,
    /// Largest code a room may hold, in bytes.
    pub max_document_bytes: usize,
    /// Update-log entries after which a room's log is compacted into one snapshot.
    pub compaction_threshold: usize,
    /// Recent versions kept to merge JSON updates made against older text.
    pub merge_history_versions: usize,
    /// Milliseconds the stored `code` of a room may lag behind its live document.
    pub code_flush_delay_ms: u64,
    /// Milliseconds an emptied room stays in memory before it is unloaded.
    pub room_unload_grace_ms: u64,
    /// Outgoing frames a connection may have queued before it is dropped.
    pub outbound_queue_frames: usize,
    /// Seconds between heartbeat pings.
    pub heartbeat_interval_secs: u64,
    /// Seconds of silence after which a client is dropped.
    pub client_timeout_secs: u64,
    /// Seconds given to connections to close on shutdown.
    pub shutdown_timeout_secs: u64,
    /// Base URL of an OpenAI-compatible completions server (llama.cpp, vLLM, Ollama); `None` turns model
    /// completions off and the rules answer alone.
    #[serde(deserialize_with = "empty_as_none")]
    pub completion_url: Option<String>,
    /// The model's name, as the completions server knows it.
    pub completion_model: String,
    /// Sent as `Authorization: Bearer <key>` to the completions server; `None` sends no key.
    #[serde(deserialize_with = "empty_as_none")]
    pub completion_api_key: Option<String>,
    /// Milliseconds the model may take per autocomplete request before the rules answer alone.
    pub completion_timeout_ms: u64,
    /// The most tokens the model may generate per completion.
    pub completion_max_tokens: u32,
    /// PEM file of the TLS certificate chain; with `tls_key`, the server speaks `https://` and `wss://`.
    #[serde(deserialize_with = "empty_path_as_none")]
    pub tls_cert: Option<PathBuf>,
    /// PEM file of the TLS private key (PKCS#8, PKCS#1 or SEC1).
    #[serde(deserialize_with = "empty_path_as_none")]
    pub tls_key: Option<PathBuf>,
}

/// Why the configuration could not be read.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    /// A file or variable holds a value of the wrong type, or a layer is not valid TOML.
    #[error("invalid configuration: {0}")]
    Invalid(#[from] config::ConfigError),
    /// The `.env` file exists but cannot be parsed.
    #[error("cannot read .env: {0}")]
    DotEnv(#[from] dotenvy::Error),
}

impl Settings {
    /// Reads every layer from the process environment and the working directory.
    ///
    /// # Errors
    /// [`SettingsError`] when a layer is malformed or a value has the wrong type.
    pub fn load() -> Result<Self, SettingsError> {
        match dotenvy::dotenv() {
            Ok(_) => {}
            Err(error) if error.not_found() => {}
            Err(error) => return Err(error.into()),
        }
        Self::from_layers(&std::env::vars().collect())
    }

    /// Builds the settings from the compiled-in defaults, the `config/$APP_ENV.toml` file and `environment`.
    ///
    /// # Errors
    /// [`SettingsError`] when a layer is malformed or a value has the wrong type.
    pub fn from_layers(environment: &HashMap<String, String>) -> Result<Self, SettingsError> {
        let config_dir = environment
            .get("CONFIG_DIR")
            .map_or("config", String::as_str);
        let app_env = environment
            .get("APP_ENV")
            .map_or("development", String::as_str);
        let known: HashMap<String, String> = environment
            .iter()
            .filter(|(name, _)| Self::VARIABLES.contains(&name.as_str()))
            .map(|(name, value)| (name.clone(), value.clone()))
            .collect();
        let settings = Config::builder()
            .add_source(File::from_str(DEFAULTS, FileFormat::Toml))
            .add_source(
                File::with_name(&format!("{config_dir}/{app_env}"))
                    .format(FileFormat::Toml)
                    .required(false),
            )
            .add_source(Environment::default().source(Some(known)))
            .build()?
            .try_deserialize()?;
        Ok(settings)
    }

    /// The environment variables read, one per setting.
    pub const VARIABLES: [&'static str; 27] = [
        "HOST",
        "PORT",
        "MONGODB_URL",
        "DATABASE_NAME",
        "MONGODB_CONNECT_TIMEOUT_SECS",
        "SQLITE_PATH",
        "CORS_ORIGINS",
        "LOG_LEVEL",
        "MAX_MESSAGE_BYTES",
        "MAX_DOCUMENT_BYTES",
        "COMPACTION_THRESHOLD",
        "MERGE_HISTORY_VERSIONS",
        "CODE_FLUSH_DELAY_MS",
        "ROOM_UNLOAD_GRACE_MS",
        "OUTBOUND_QUEUE_FRAMES",
        "HEARTBEAT_INTERVAL_SECS",
        "CLIENT_TIMEOUT_SECS",
        "SHUTDOWN_TIMEOUT_SECS",
        "COMPLETION_URL",
        "COMPLETION_MODEL",
        "COMPLETION_API_KEY",
        "COMPLETION_TIMEOUT_MS",
        "COMPLETION_MAX_TOKENS",
        "TLS_CERT",
        "TLS_KEY",
        "APP_ENV",
        "CONFIG_DIR",
    ];

    /// Seconds between heartbeat pings, as a duration.
    #[must_use]
    pub fn heartbeat_interval(&self) -> Duration {
        Duration::from_secs(self.heartbeat_interval_secs.max(1))
    }

    /// Client silence allowed, as a duration.
    #[must_use]
    pub fn client_timeout(&self) -> Duration {
        Duration::from_secs(self.client_timeout_secs.max(1))
    }

    /// The model's time budget per request: `completion_timeout_ms`, but at most 450 ms, so that with the rules
    /// (well under a millisecond) and the HTTP exchange an autocomplete answer stays within the spec's 500 ms.
    #[must_use]
    pub fn completion_timeout(&self) -> Duration {
        Duration::from_millis(
            self.completion_timeout_ms
                .clamp(1, MAX_COMPLETION_TIMEOUT_MS),
        )
    }

    /// The `tracing` filter for `log_level`, accepting Python's names (`WARNING`, `CRITICAL`) as well.
    #[must_use]
    pub fn log_filter(&self) -> &'static str {
        match self.log_level.trim().to_ascii_uppercase().as_str() {
            "TRACE" => "trace",
            "DEBUG" => "debug",
            "WARN" | "WARNING" => "warn",
            "ERROR" | "CRITICAL" | "FATAL" => "error",
            _ => "info",
        }
    }
}

fn empty_as_none<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    let value = Option::<String>::deserialize(deserializer)?;
    Ok(value
        .map(|url| url.trim().to_owned())
        .filter(|url| !url.is_empty()))
}

/// A path, or `None` when it is empty or missing.
fn empty_path_as_none<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<PathBuf>, D::Error> {
    Ok(empty_as_none(deserializer)?.map(PathBuf::from))
}

/// Accepts `"a,b"` (as environment variables give it) or `["a", "b"]` (as TOML may).
fn comma_list<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum List {
        Joined(String),
        Items(Vec<String>),
    }
    let items = match List::deserialize(deserializer)? {
        List::Joined(joined) => joined.split(',').map(str::to_owned).collect(),
        List::Items(items) => items,
    };
    Ok(items
        .into_iter()
        .map(|item| item.trim().to_owned())
        .filter(|item| !item.is_empty())
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn environment(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn defaults_match_the_spec() {
        let settings = Settings::from_layers(&environment(&[("CONFIG_DIR", "/nonexistent")]))
            .expect("defaults");
        assert_eq!((settings.host.as_str(), settings.port), ("0.0.0.0", 8000));
        assert_eq!(settings.mongodb_url, None);
        assert_eq!(settings.database_name, "pairprog");
        assert_eq!(
            settings.cors_origins,
            ["http://localhost:3000", "http://localhost:5173"]
        );
        assert_eq!(settings.max_message_bytes, 1024 * 1024);
        assert_eq!(settings.completion_url, None);
        assert_eq!(settings.completion_api_key, None);
        assert_eq!(settings.completion_timeout(), Duration::from_millis(300));
        assert_eq!(settings.completion_max_tokens, 32);
    }

    #[test]
    fn the_model_provider_is_configured_from_the_environment_within_the_budget() {
        let settings = Settings::from_layers(&environment(&[
            ("CONFIG_DIR", "/nonexistent"),
            ("COMPLETION_URL", "http://localhost:8080"),
            ("COMPLETION_MODEL", "qwen2.5-coder"),
            ("COMPLETION_TIMEOUT_MS", "2000"),
        ]))
        .expect("settings");
        assert_eq!(
            settings.completion_url.as_deref(),
            Some("http://localhost:8080")
        );
        assert_eq!(settings.completion_model, "qwen2.5-coder");
        assert_eq!(
            settings.completion_timeout(),
            Duration::from_millis(MAX_COMPLETION_TIMEOUT_MS)
        );
    }

    #[test]
    fn the_specs_variables_override_the_files() {
        let settings = Settings::from_layers(&environment(&[
            ("CONFIG_DIR", "/nonexistent"),
            ("MONGODB_URL", "mongodb://db:27017"),
            ("DATABASE_NAME", "other"),
            ("CORS_ORIGINS", "https://a.example, https://b.example"),
            ("LOG_LEVEL", "WARNING"),
            ("PORT", "8123"),
            ("PATH", "/usr/bin"),
        ]))
        .expect("settings");
        assert_eq!(settings.mongodb_url.as_deref(), Some("mongodb://db:27017"));
        assert_eq!(settings.database_name, "other");
        assert_eq!(
            settings.cors_origins,
            ["https://a.example", "https://b.example"]
        );
        assert_eq!(settings.log_filter(), "warn");
        assert_eq!(settings.port, 8123);
    }

    #[test]
    fn a_badly_typed_variable_is_an_error() {
        let error = Settings::from_layers(&environment(&[
            ("CONFIG_DIR", "/nonexistent"),
            ("PORT", "eighty"),
        ]));
        assert!(error.is_err());
    }
}
