//! Configuration: `config/default.toml` < `config/$APP_ENV.toml` < `.env` < environment variables.
//!
//! The defaults are compiled in (from `config/default.toml`), and so are the `production` and `test`
//! environments' files, so the binary runs from any directory; a `config/` directory (or `CONFIG_DIR`) holding
//! `$APP_ENV.toml` overrides them. Environment variables use the setting's name in upper case (`PORT`,
//! `MONGODB_URL`, the spec's `CORS_ORIGINS`, ...). Only those names are read, so unrelated variables of the
//! shell cannot leak into the configuration.
//!
//! Every value is checked before anything starts ([`variables`]): a bad one stops the server with one line
//! naming the variable, the value and what is allowed.

mod variables;

use std::{collections::HashMap, path::PathBuf, time::Duration};

use adapters_ws::client_address::TrustedProxies;
use config::{Config, Environment, File, FileFormat};
use domain::{AccessPolicy, AuthMode, Role};
use serde::{Deserialize, Deserializer};

pub use variables::{VARIABLES, Variable};

const DEFAULTS: &str = include_str!("../../../config/default.toml");

/// The environments whose file is compiled in, used when `CONFIG_DIR` has no file of that name.
const BUILT_IN_ENVIRONMENTS: [(&str, &str); 3] = [
    ("development", ""),
    (
        "production",
        include_str!("../../../config/production.toml"),
    ),
    ("test", include_str!("../../../config/test.toml")),
];

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
    /// Milliseconds a store call may take before it is answered as unavailable.
    pub store_timeout_ms: u64,
    /// Origins allowed by CORS; `*` allows any.
    #[serde(deserialize_with = "origin_list")]
    pub cors_origins: Vec<String>,
    /// Log level (TRACE, DEBUG, INFO, WARNING, ERROR).
    pub log_level: String,
    /// Log line format: `text` or `json`.
    pub log_format: String,
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
    /// Outgoing bytes a connection may have queued before it is dropped.
    pub outbound_queue_bytes: usize,
    /// Seconds between heartbeat pings.
    pub heartbeat_interval_secs: u64,
    /// Seconds of silence after which a client is dropped.
    pub client_timeout_secs: u64,
    /// Seconds given to connections to close on shutdown.
    pub shutdown_timeout_secs: u64,
    /// Whether a `/yjs/{room_id}` join to an unknown (valid) room id creates the room.
    pub create_rooms_on_join: bool,
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
    /// Most WebSocket connections at once; 0: nine tenths of the file-descriptor limit.
    pub max_connections: usize,
    /// Most WebSocket connections at once from one IP address; 0: no limit.
    pub max_connections_per_address: usize,
    /// Most bytes of WebSocket messages still arriving, all connections together; 0: no limit.
    pub max_partial_messages_bytes: usize,
    /// Threads serving HTTP and WebSocket connections (actix-web workers); 0: one per CPU core.
    pub http_workers: usize,
    /// PEM file of the TLS certificate chain; with `tls_key`, the server speaks `https://` and `wss://`.
    #[serde(deserialize_with = "empty_path_as_none")]
    pub tls_cert: Option<PathBuf>,
    /// PEM file of the TLS private key (PKCS#8, PKCS#1 or SEC1).
    #[serde(deserialize_with = "empty_path_as_none")]
    pub tls_key: Option<PathBuf>,
    /// Rooms unchanged for this long are deleted with their history; `None`: rooms never expire.
    #[serde(deserialize_with = "optional_duration")]
    pub room_ttl: Option<Duration>,
    /// Milliseconds without an edit after which a changed room's code is saved as a version; 0: only when
    /// the last participant leaves.
    pub version_checkpoint_idle_ms: u64,
    /// Versions kept per room, newest first; 0: no count limit.
    pub version_retention_count: usize,
    /// Versions older than this are deleted; `None`: no age limit.
    #[serde(deserialize_with = "optional_duration")]
    pub version_retention_age: Option<Duration>,
    /// `open`, `token` or `mixed`: who may use rooms (see [`domain::AuthMode`]).
    pub auth_mode: String,
    /// The role of a client without a token in `mixed` mode: `viewer`, `editor` or `owner`.
    pub auth_anonymous_role: String,
    /// The HMAC secret (`HS256`) tokens are signed with, at least 32 bytes; `None`: a random key made at
    /// start-up, which signs share links only.
    #[serde(deserialize_with = "empty_as_none")]
    pub auth_jwt_secret: Option<String>,
    /// The public key (PEM text, or the path of a PEM file) of `ES256` or `EdDSA` tokens.
    #[serde(deserialize_with = "empty_as_none")]
    pub auth_jwt_public_key: Option<String>,
    /// The `aud` tokens must carry; `None`: not checked.
    #[serde(deserialize_with = "empty_as_none")]
    pub auth_jwt_audience: Option<String>,
    /// The `iss` tokens must carry; `None`: not checked.
    #[serde(deserialize_with = "empty_as_none")]
    pub auth_jwt_issuer: Option<String>,
    /// Clock skew allowed on `exp` and `nbf`, in seconds.
    pub auth_clock_skew_secs: u64,
    /// Seconds a JSON client that gave no token on the upgrade has to send its `auth` message (token mode).
    pub auth_timeout_secs: u64,
    /// The longest lifetime of a share link, in seconds.
    pub auth_share_max_lifetime_secs: u64,
    /// Room creations (`POST /rooms`) per minute per client address; 0: no limit.
    pub rate_limit_rooms_per_minute: u32,
    /// WebSocket upgrades per minute per client address; 0: no limit.
    pub rate_limit_websockets_per_minute: u32,
    /// Lookups of rooms that do not exist per minute per client address; 0: no limit.
    pub rate_limit_unknown_rooms_per_minute: u32,
    /// Most connections to one room at once; 0: no limit.
    pub max_clients_per_room: usize,
    /// The reverse proxies whose `X-Forwarded-For` is believed (`FORWARDED_ALLOW_IPS`), as written.
    pub forwarded_allow_ips: String,
}

/// Why the configuration could not be read. Each message is one line an operator can act on.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    /// A variable (or the setting of the same name in a configuration file) holds a value it does not accept.
    #[error("invalid {variable}={value:?}: {allowed}")]
    Value {
        /// The environment variable.
        variable: &'static str,
        /// Its value, masked when it is a secret.
        value: String,
        /// What it accepts.
        allowed: String,
    },
    /// `APP_ENV` names an environment that has no configuration file.
    #[error(
        "invalid APP_ENV={name:?}: expected development, production, test, or a name with a file {config_dir}/NAME.toml"
    )]
    UnknownEnvironment {
        /// The environment asked for.
        name: String,
        /// Where its file was looked for.
        config_dir: String,
    },
    /// A configuration file is not valid TOML, or holds a value of the wrong type.
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
    /// [`SettingsError`] when a layer is malformed or a value is not allowed.
    pub fn load() -> Result<Self, SettingsError> {
        match dotenvy::dotenv() {
            Ok(_) => {}
            Err(error) if error.not_found() => {}
            Err(error) => return Err(error.into()),
        }
        Self::from_layers(&std::env::vars().collect())
    }

    /// Builds the settings from the compiled-in defaults, the `config/$APP_ENV.toml` file and `environment`,
    /// and checks every value.
    ///
    /// # Errors
    /// [`SettingsError`] when a layer is malformed or a value is not allowed.
    pub fn from_layers(environment: &HashMap<String, String>) -> Result<Self, SettingsError> {
        let config = Self::layers(environment)?;
        for variable in &VARIABLES {
            let key = variable.key();
            let Some(value) = raw_value(&config, &key) else {
                continue;
            };
            variable
                .check(&value)
                .map_err(|allowed| SettingsError::Value {
                    variable: variable.name,
                    value: variable.shown(&value),
                    allowed,
                })?;
        }
        let settings: Self = config.try_deserialize()?;
        let mode = AuthMode::parse(&settings.auth_mode).unwrap_or(AuthMode::Open);
        if mode != AuthMode::Open
            && settings.auth_jwt_secret.is_none()
            && settings.auth_jwt_public_key.is_none()
        {
            return Err(SettingsError::Value {
                variable: "AUTH_MODE",
                value: settings.auth_mode.clone(),
                allowed: "expected open, or AUTH_JWT_SECRET or AUTH_JWT_PUBLIC_KEY set: without a key no token \
                          but the server's own share links can be checked"
                    .to_owned(),
            });
        }
        if settings.max_partial_messages_bytes != 0
            && settings.max_partial_messages_bytes < settings.max_message_bytes
        {
            return Err(SettingsError::Value {
                variable: "MAX_PARTIAL_MESSAGES_BYTES",
                value: settings.max_partial_messages_bytes.to_string(),
                allowed: format!(
                    "expected 0 or at least MAX_MESSAGE_BYTES ({}), or no message of the largest size could arrive",
                    settings.max_message_bytes
                ),
            });
        }
        if settings.client_timeout_secs <= settings.heartbeat_interval_secs {
            return Err(SettingsError::Value {
                variable: "CLIENT_TIMEOUT_SECS",
                value: settings.client_timeout_secs.to_string(),
                allowed: format!(
                    "expected more than HEARTBEAT_INTERVAL_SECS ({}), or every client is dropped between two pings",
                    settings.heartbeat_interval_secs
                ),
            });
        }
        Ok(settings)
    }

    /// The layers, merged but not yet checked.
    fn layers(environment: &HashMap<String, String>) -> Result<Config, SettingsError> {
        let config_dir = environment
            .get("CONFIG_DIR")
            .map_or("config", String::as_str);
        let app_env = environment
            .get("APP_ENV")
            .map_or("development", |name| name.trim());
        let file = std::path::Path::new(config_dir).join(format!("{app_env}.toml"));
        // A one-element list: the file on disk and the compiled-in text are sources of different types.
        let environment_layer: Vec<Box<dyn config::Source + Send + Sync>> = if file.is_file() {
            vec![Box::new(File::from(file).format(FileFormat::Toml))]
        } else if let Some((_, built_in)) = BUILT_IN_ENVIRONMENTS
            .iter()
            .find(|(name, _)| *name == app_env)
        {
            vec![Box::new(File::from_str(built_in, FileFormat::Toml))]
        } else {
            return Err(SettingsError::UnknownEnvironment {
                name: app_env.to_owned(),
                config_dir: config_dir.to_owned(),
            });
        };
        let known: HashMap<String, String> = environment
            .iter()
            .filter(|(name, _)| {
                VARIABLES
                    .iter()
                    .any(|variable| variable.name == name.as_str())
            })
            .map(|(name, value)| (name.clone(), value.clone()))
            .collect();
        Ok(Config::builder()
            .add_source(File::from_str(DEFAULTS, FileFormat::Toml))
            .add_source(environment_layer)
            .add_source(Environment::default().source(Some(known)))
            .build()?)
    }

    /// Every variable with its compiled-in default, for `--help`.
    #[must_use]
    pub fn defaults() -> Vec<(&'static Variable, String)> {
        let config = Config::builder()
            .add_source(File::from_str(DEFAULTS, FileFormat::Toml))
            .build()
            .ok();
        VARIABLES
            .iter()
            .map(|variable| {
                let value = config
                    .as_ref()
                    .and_then(|config| raw_value(config, &variable.key()))
                    .unwrap_or_default();
                (variable, value)
            })
            .collect()
    }

    /// Every variable with the value in effect, secrets masked: what `pairprog config` prints.
    #[must_use]
    pub fn effective(&self) -> Vec<(&'static str, String)> {
        let optional = |value: &Option<String>| value.clone().unwrap_or_default();
        let values = [
            self.host.clone(),
            self.port.to_string(),
            optional(&self.mongodb_url),
            self.database_name.clone(),
            self.mongodb_connect_timeout_secs.to_string(),
            self.sqlite_path.display().to_string(),
            self.store_timeout_ms.to_string(),
            self.cors_origins.join(","),
            self.log_level.clone(),
            self.log_format.clone(),
            self.max_message_bytes.to_string(),
            self.max_document_bytes.to_string(),
            self.compaction_threshold.to_string(),
            self.merge_history_versions.to_string(),
            self.code_flush_delay_ms.to_string(),
            self.room_unload_grace_ms.to_string(),
            self.outbound_queue_frames.to_string(),
            self.outbound_queue_bytes.to_string(),
            self.heartbeat_interval_secs.to_string(),
            self.client_timeout_secs.to_string(),
            self.shutdown_timeout_secs.to_string(),
            self.create_rooms_on_join.to_string(),
            optional(&self.completion_url),
            self.completion_model.clone(),
            optional(&self.completion_api_key),
            self.completion_timeout_ms.to_string(),
            self.completion_max_tokens.to_string(),
            self.max_connections.to_string(),
            self.max_connections_per_address.to_string(),
            self.max_partial_messages_bytes.to_string(),
            self.http_workers.to_string(),
            self.tls_cert
                .as_ref()
                .map_or_else(String::new, |path| path.display().to_string()),
            self.tls_key
                .as_ref()
                .map_or_else(String::new, |path| path.display().to_string()),
            shown_duration(self.room_ttl),
            self.version_checkpoint_idle_ms.to_string(),
            self.version_retention_count.to_string(),
            shown_duration(self.version_retention_age),
            self.auth_mode.clone(),
            self.auth_anonymous_role.clone(),
            optional(&self.auth_jwt_secret),
            optional(&self.auth_jwt_public_key),
            optional(&self.auth_jwt_audience),
            optional(&self.auth_jwt_issuer),
            self.auth_clock_skew_secs.to_string(),
            self.auth_timeout_secs.to_string(),
            self.auth_share_max_lifetime_secs.to_string(),
            self.rate_limit_rooms_per_minute.to_string(),
            self.rate_limit_websockets_per_minute.to_string(),
            self.rate_limit_unknown_rooms_per_minute.to_string(),
            self.max_clients_per_room.to_string(),
            self.forwarded_allow_ips.clone(),
        ];
        VARIABLES
            .iter()
            .zip(values)
            .map(|(variable, value)| (variable.name, variable.shown(&value)))
            .collect()
    }

    /// Where the rooms are kept, for the start-up line: the MongoDB URL (password masked) and database, or the
    /// SQLite file.
    #[must_use]
    pub fn store_description(&self) -> String {
        match &self.mongodb_url {
            Some(url) => {
                let shown = VARIABLES
                    .iter()
                    .find(|variable| variable.name == "MONGODB_URL")
                    .map_or_else(String::new, |variable| variable.shown(url));
                format!("MongoDB {shown} database {}", self.database_name)
            }
            None => format!("SQLite {}", self.sqlite_path.display()),
        }
    }

    /// The reverse proxies trusted to name their clients; none when `FORWARDED_ALLOW_IPS` does not parse, which
    /// [`Settings::from_layers`] refuses anyway.
    #[must_use]
    pub fn trusted_proxies(&self) -> TrustedProxies {
        TrustedProxies::parse(&self.forwarded_allow_ips).unwrap_or_default()
    }

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

    /// How long a store call may take before it is answered as unavailable.
    #[must_use]
    pub fn store_timeout(&self) -> Duration {
        Duration::from_millis(self.store_timeout_ms.max(1))
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
        variables::LOG_LEVELS
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(self.log_level.trim()))
            .map_or("info", |(_, level)| level)
    }

    /// The access policy: `AUTH_MODE` and, for `mixed`, `AUTH_ANONYMOUS_ROLE` (both checked at load).
    #[must_use]
    pub fn access_policy(&self) -> AccessPolicy {
        AccessPolicy {
            mode: AuthMode::parse(&self.auth_mode).unwrap_or(AuthMode::Open),
            anonymous_role: Role::parse(&self.auth_anonymous_role).unwrap_or(Role::Viewer),
        }
    }

    /// Whether log lines are JSON objects (`LOG_FORMAT=json`) rather than text.
    #[must_use]
    pub fn json_logs(&self) -> bool {
        self.log_format.trim().eq_ignore_ascii_case("json")
    }
}

/// A duration as `pairprog config` shows it (`30days`), or `off`.
fn shown_duration(duration: Option<Duration>) -> String {
    duration.map_or_else(
        || "off".to_owned(),
        |duration| humantime::format_duration(duration).to_string(),
    )
}

/// A duration (`30d`), or `None` for `off`; checked by [`variables::parse_optional_duration`] before.
fn optional_duration<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Duration>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        Text(String),
        Number(u64),
    }
    let text = match Raw::deserialize(deserializer)? {
        Raw::Text(text) => text,
        Raw::Number(number) => number.to_string(),
    };
    variables::parse_optional_duration(&text).map_err(serde::de::Error::custom)
}

/// A setting's value as text, whatever its type in the layer it came from (a TOML list is joined by commas).
fn raw_value(config: &Config, key: &str) -> Option<String> {
    config.get_string(key).ok().or_else(|| {
        config.get_array(key).ok().map(|items| {
            items
                .into_iter()
                .filter_map(|item| item.into_string().ok())
                .collect::<Vec<_>>()
                .join(",")
        })
    })
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

/// Accepts `"a,b"` or `"a b"` (as environment variables give it) or `["a", "b"]` (as TOML may); the values were
/// checked by [`variables::parse_origins`] before.
fn origin_list<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum List {
        Joined(String),
        Items(Vec<String>),
    }
    let joined = match List::deserialize(deserializer)? {
        List::Joined(joined) => joined,
        List::Items(items) => items.join(","),
    };
    variables::parse_origins(&joined).map_err(serde::de::Error::custom)
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
    fn a_bad_value_is_one_line_naming_the_variable_the_value_and_what_is_allowed() {
        let error = Settings::from_layers(&environment(&[
            ("CONFIG_DIR", "/nonexistent"),
            ("PORT", "99999"),
        ]))
        .expect_err("port out of range");
        assert_eq!(
            error.to_string(),
            r#"invalid PORT="99999": expected a port number from 0 to 65535"#
        );
        let error = Settings::from_layers(&environment(&[
            ("CONFIG_DIR", "/nonexistent"),
            ("APP_ENV", "staging"),
        ]))
        .expect_err("unknown environment");
        assert!(
            error
                .to_string()
                .starts_with(r#"invalid APP_ENV="staging""#)
        );
    }

    #[test]
    fn trusted_proxies_are_addresses_or_networks() {
        let settings = Settings::from_layers(&environment(&[
            ("CONFIG_DIR", "/nonexistent"),
            ("FORWARDED_ALLOW_IPS", "127.0.0.1, 10.0.0.0/8"),
        ]))
        .expect("settings");
        let proxies = settings.trusted_proxies();
        assert!(proxies.trusts("10.1.2.3".parse().expect("address")));
        assert!(!proxies.trusts("11.0.0.1".parse().expect("address")));
        let error = Settings::from_layers(&environment(&[
            ("CONFIG_DIR", "/nonexistent"),
            ("FORWARDED_ALLOW_IPS", "127.0.0.1, proxy.local"),
        ]))
        .expect_err("a host name is no address");
        assert!(
            error.to_string().starts_with(
                r#"invalid FORWARDED_ALLOW_IPS="127.0.0.1, proxy.local": expected IP addresses or networks, or *"#
            ),
            "{error}"
        );
        assert!(
            Settings::from_layers(&environment(&[("CONFIG_DIR", "/nonexistent")]))
                .expect("settings")
                .trusted_proxies()
                .is_empty()
        );
    }

    #[test]
    fn history_settings_take_durations_or_off() {
        let settings = Settings::from_layers(&environment(&[
            ("CONFIG_DIR", "/nonexistent"),
            ("ROOM_TTL", "30d"),
            ("VERSION_RETENTION_AGE", "off"),
            ("VERSION_RETENTION_COUNT", "7"),
        ]))
        .expect("settings");
        assert_eq!(settings.room_ttl, Some(Duration::from_secs(30 * 86_400)));
        assert_eq!(settings.version_retention_age, None);
        assert_eq!(settings.version_retention_count, 7);
        assert_eq!(settings.version_checkpoint_idle_ms, 30_000);
        let shown = settings.effective();
        assert!(
            shown.contains(&("ROOM_TTL", "30days".to_owned())),
            "{shown:?}"
        );
        let error = Settings::from_layers(&environment(&[
            ("CONFIG_DIR", "/nonexistent"),
            ("ROOM_TTL", "a month"),
        ]))
        .expect_err("not a duration");
        assert_eq!(
            error.to_string(),
            r#"invalid ROOM_TTL="a month": expected a duration such as 30d, 12h or 90m, or off"#
        );
    }

    #[test]
    fn the_production_environment_is_built_in() {
        let settings = Settings::from_layers(&environment(&[
            ("CONFIG_DIR", "/nonexistent"),
            ("APP_ENV", "production"),
        ]))
        .expect("settings");
        assert_eq!(settings.log_filter(), "warn");
        assert!(settings.cors_origins.is_empty());
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
