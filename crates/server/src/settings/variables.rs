//! The environment variables of the server: what each one sets and which values it accepts.
//!
//! One table serves three readers: start-up validation (every value is checked before anything starts, and a
//! bad one is reported in one line naming the variable, the value and what is allowed), `--help` (every
//! variable with its default) and `pairprog config` (the effective values, secrets masked).

use std::net::IpAddr;

/// Which values a variable accepts.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Rule {
    /// A TCP port: 0 (any free port) to 65535.
    Port,
    /// A whole number from `min` to `max`, in `unit`.
    Range {
        min: u64,
        max: u64,
        unit: &'static str,
    },
    /// An IP address or a host name to listen on.
    Host,
    /// Empty, or a `mongodb://` / `mongodb+srv://` connection string.
    MongoUrl,
    /// A MongoDB database name.
    DatabaseName,
    /// Any text but the empty one.
    NonEmpty,
    /// A list of browser origins (`scheme://host[:port]`), or `*`.
    Origins,
    /// A list of IP addresses and networks (`10.0.0.0/8`), or `*`.
    Proxies,
    /// A log level name.
    LogLevel,
    /// `text` or `json`.
    LogFormat,
    /// Empty, or an `http://` / `https://` URL.
    HttpUrl,
    /// `true` or `false` (also `1`/`0`, `yes`/`no`, `on`/`off`).
    Bool,
    /// Anything (a secret, say).
    Any,
    /// Empty, or a file that exists.
    OptionalFile,
    /// A duration such as `30d` or `12h`, or `off` (also empty or `0`).
    OptionalDuration,
    /// `open`, `token` or `mixed`.
    AuthMode,
    /// `viewer`, `editor` or `owner`.
    Role,
    /// Empty, or at least 32 bytes (an HMAC secret).
    Secret,
    /// Empty, a PEM text, or the path of a PEM file.
    OptionalPem,
}

/// One environment variable of the server.
#[derive(Debug, Clone, Copy)]
pub struct Variable {
    /// Its name, as set in the environment or `.env` (the setting's name in upper case).
    pub name: &'static str,
    /// What it sets.
    pub description: &'static str,
    pub(crate) rule: Rule,
    /// Whether its value is a secret, masked wherever it is shown.
    pub secret: bool,
}

const fn variable(name: &'static str, description: &'static str, rule: Rule) -> Variable {
    Variable {
        name,
        description,
        rule,
        secret: false,
    }
}

const fn range(min: u64, max: u64, unit: &'static str) -> Rule {
    Rule::Range { min, max, unit }
}

/// Every variable read from the configuration files and the environment, in the order `--help` lists them.
/// `APP_ENV` and `CONFIG_DIR`, which choose the files, are read before these.
pub const VARIABLES: [Variable; 51] = [
    variable("HOST", "address to listen on", Rule::Host),
    variable("PORT", "port to listen on (0: any free port)", Rule::Port),
    Variable {
        secret: true,
        ..variable(
            "MONGODB_URL",
            "MongoDB connection string; empty: the embedded SQLite store",
            Rule::MongoUrl,
        )
    },
    variable(
        "DATABASE_NAME",
        "MongoDB database holding the rooms collection",
        Rule::DatabaseName,
    ),
    variable(
        "MONGODB_CONNECT_TIMEOUT_SECS",
        "seconds to wait for MongoDB at start-up",
        range(1, 300, "seconds"),
    ),
    variable(
        "SQLITE_PATH",
        "file of the embedded SQLite store (when MONGODB_URL is empty)",
        Rule::NonEmpty,
    ),
    variable(
        "STORE_TIMEOUT_MS",
        "milliseconds a store call may take before it is answered as unavailable",
        range(100, 60_000, "milliseconds"),
    ),
    variable(
        "CORS_ORIGINS",
        "browser origins allowed, scheme://host[:port] separated by commas; * allows any",
        Rule::Origins,
    ),
    variable(
        "LOG_LEVEL",
        "TRACE, DEBUG, INFO, WARNING or ERROR (RUST_LOG, when set, wins)",
        Rule::LogLevel,
    ),
    variable(
        "LOG_FORMAT",
        "text (colours only on a terminal) or json (one object a line)",
        Rule::LogFormat,
    ),
    variable(
        "MAX_MESSAGE_BYTES",
        "largest WebSocket message and REST body, in bytes",
        range(1024, 256 * 1024 * 1024, "bytes"),
    ),
    variable(
        "MAX_DOCUMENT_BYTES",
        "largest code a room may hold, in bytes",
        range(1, 256 * 1024 * 1024, "bytes"),
    ),
    variable(
        "COMPACTION_THRESHOLD",
        "update-log entries after which a room's log is compacted",
        range(1, 1_000_000, "entries"),
    ),
    variable(
        "MERGE_HISTORY_VERSIONS",
        "recent versions kept to merge JSON updates made against older text",
        range(1, 100_000, "versions"),
    ),
    variable(
        "CODE_FLUSH_DELAY_MS",
        "milliseconds the stored code of a room may lag behind its live document",
        range(0, 3_600_000, "milliseconds"),
    ),
    variable(
        "ROOM_UNLOAD_GRACE_MS",
        "milliseconds an emptied room stays in memory",
        range(0, 86_400_000, "milliseconds"),
    ),
    variable(
        "OUTBOUND_QUEUE_FRAMES",
        "frames a connection may have queued before it is dropped as too slow",
        range(2, 1_000_000, "frames"),
    ),
    variable(
        "OUTBOUND_QUEUE_BYTES",
        "bytes a connection may have queued before it is dropped as too slow",
        range(1_024, 1 << 34, "bytes"),
    ),
    variable(
        "HEARTBEAT_INTERVAL_SECS",
        "seconds between heartbeat pings",
        range(1, 3_600, "seconds"),
    ),
    variable(
        "CLIENT_TIMEOUT_SECS",
        "seconds of silence after which a client is dropped (more than HEARTBEAT_INTERVAL_SECS)",
        range(2, 86_400, "seconds"),
    ),
    variable(
        "SHUTDOWN_TIMEOUT_SECS",
        "seconds given to connections to close on shutdown",
        range(0, 3_600, "seconds"),
    ),
    variable(
        "CREATE_ROOMS_ON_JOIN",
        "true: a /yjs/{room_id} join to an unknown room creates it instead of closing with 4004",
        Rule::Bool,
    ),
    variable(
        "COMPLETION_URL",
        "OpenAI-compatible completions server for autocomplete; empty: the rules alone",
        Rule::HttpUrl,
    ),
    variable(
        "COMPLETION_MODEL",
        "the model's name on that server",
        Rule::NonEmpty,
    ),
    Variable {
        secret: true,
        ..variable(
            "COMPLETION_API_KEY",
            "sent as Authorization: Bearer <key>; empty: no key",
            Rule::Any,
        )
    },
    variable(
        "COMPLETION_TIMEOUT_MS",
        "milliseconds the model may take per request (used: at most 450)",
        range(1, 60_000, "milliseconds"),
    ),
    variable(
        "COMPLETION_MAX_TOKENS",
        "the most tokens the model may generate per completion",
        range(1, 4_096, "tokens"),
    ),
    variable(
        "MAX_CONNECTIONS",
        "most WebSocket connections at once (more: HTTP 503); 0: nine tenths of the file-descriptor limit",
        range(0, 10_000_000, "connections"),
    ),
    variable(
        "MAX_CONNECTIONS_PER_ADDRESS",
        "most WebSocket connections at once from one IP address (more: HTTP 429); 0: no limit",
        range(0, 10_000_000, "connections"),
    ),
    variable(
        "MAX_PARTIAL_MESSAGES_BYTES",
        "most bytes of WebSocket messages still arriving, all connections together, past each one's first 64 KiB (more: close 1013); 0: no limit",
        range(0, 1 << 40, "bytes"),
    ),
    variable(
        "HTTP_WORKERS",
        "threads serving HTTP and WebSocket connections; 0: one per CPU core",
        range(0, 1_024, "threads"),
    ),
    variable(
        "TLS_CERT",
        "PEM certificate chain; with TLS_KEY the server speaks https:// and wss://",
        Rule::OptionalFile,
    ),
    variable(
        "TLS_KEY",
        "PEM private key of TLS_CERT (PKCS#8, PKCS#1 or SEC1)",
        Rule::OptionalFile,
    ),
    variable(
        "ROOM_TTL",
        "rooms unchanged this long (e.g. 30d) are deleted with their history; off: never",
        Rule::OptionalDuration,
    ),
    variable(
        "VERSION_CHECKPOINT_IDLE_MS",
        "milliseconds without an edit after which a changed room's code is saved as a version; 0: only when the last participant leaves",
        range(0, 86_400_000, "milliseconds"),
    ),
    variable(
        "VERSION_RETENTION_COUNT",
        "versions kept per room, newest first; 0: no count limit",
        range(0, 1_000_000, "versions"),
    ),
    variable(
        "VERSION_RETENTION_AGE",
        "versions older than this (e.g. 90d) are deleted; off: no age limit",
        Rule::OptionalDuration,
    ),
    variable(
        "AUTH_MODE",
        "open (anyone with a room id edits), token (a token for every room request and socket) or mixed",
        Rule::AuthMode,
    ),
    variable(
        "AUTH_ANONYMOUS_ROLE",
        "the role of a client without a token in mixed mode: viewer, editor or owner",
        Rule::Role,
    ),
    Variable {
        secret: true,
        ..variable(
            "AUTH_JWT_SECRET",
            "HMAC secret of HS256 tokens (at least 32 bytes); empty: a random key signs share links only",
            Rule::Secret,
        )
    },
    variable(
        "AUTH_JWT_PUBLIC_KEY",
        "PEM public key (text or file path) of ES256 or EdDSA tokens; empty: none",
        Rule::OptionalPem,
    ),
    variable(
        "AUTH_JWT_AUDIENCE",
        "the aud tokens must carry; empty: not checked",
        Rule::Any,
    ),
    variable(
        "AUTH_JWT_ISSUER",
        "the iss tokens must carry; empty: not checked",
        Rule::Any,
    ),
    variable(
        "AUTH_CLOCK_SKEW_SECS",
        "seconds of clock skew allowed on a token's exp and nbf",
        range(0, 600, "seconds"),
    ),
    variable(
        "AUTH_TIMEOUT_SECS",
        "seconds a JSON client without a token on its upgrade has to send its auth message (token mode)",
        range(1, 300, "seconds"),
    ),
    variable(
        "AUTH_SHARE_MAX_LIFETIME_SECS",
        "the longest lifetime of a share link, in seconds",
        range(60, 31_536_000, "seconds"),
    ),
    variable(
        "RATE_LIMIT_ROOMS_PER_MINUTE",
        "room creations per minute per client address (more: HTTP 429); 0: no limit",
        range(0, 1_000_000, "requests"),
    ),
    variable(
        "RATE_LIMIT_WEBSOCKETS_PER_MINUTE",
        "WebSocket upgrades per minute per client address (more: HTTP 429); 0: no limit",
        range(0, 1_000_000, "requests"),
    ),
    variable(
        "RATE_LIMIT_UNKNOWN_ROOMS_PER_MINUTE",
        "lookups of rooms that do not exist per minute per client address (more: HTTP 429); 0: no limit",
        range(0, 1_000_000, "lookups"),
    ),
    variable(
        "MAX_CLIENTS_PER_ROOM",
        "most connections to one room at once (more: HTTP 503); 0: no limit",
        range(0, 10_000_000, "connections"),
    ),
    variable(
        "FORWARDED_ALLOW_IPS",
        "reverse proxies whose X-Forwarded-For names the client, IPs or networks separated by commas; * trusts \
         any peer; empty: none (the limits per address count the TCP peer)",
        Rule::Proxies,
    ),
];

/// Log level names accepted by `LOG_LEVEL` (any case), with the `tracing` level each selects.
pub(crate) const LOG_LEVELS: [(&str, &str); 8] = [
    ("TRACE", "trace"),
    ("DEBUG", "debug"),
    ("INFO", "info"),
    ("WARN", "warn"),
    ("WARNING", "warn"),
    ("ERROR", "error"),
    ("CRITICAL", "error"),
    ("FATAL", "error"),
];

impl Variable {
    /// The variable's setting name in the configuration files (its name in lower case).
    #[must_use]
    pub fn key(&self) -> String {
        self.name.to_ascii_lowercase()
    }

    /// `value` as it may be shown: secrets masked.
    #[must_use]
    pub fn shown(&self, value: &str) -> String {
        if !self.secret || value.is_empty() {
            value.to_owned()
        } else if self.name == "MONGODB_URL" {
            adapters_mongo::redact_password(value)
        } else {
            "****".to_owned()
        }
    }

    /// Checks `value`; on refusal, says what is allowed.
    pub(crate) fn check(&self, value: &str) -> Result<(), String> {
        let value = value.trim();
        match self.rule {
            Rule::Port => parse_whole(value, 0, 65_535)
                .map(drop)
                .map_err(|()| "expected a port number from 0 to 65535".to_owned()),
            Rule::Range { min, max, unit } => parse_whole(value, min, max)
                .map(drop)
                .map_err(|()| format!("expected a whole number of {unit} from {min} to {max}")),
            Rule::Host => check_host(value),
            Rule::MongoUrl => check_mongodb_url(value),
            Rule::DatabaseName => check_database_name(value),
            Rule::NonEmpty => {
                if value.is_empty() {
                    Err("expected a non-empty value".to_owned())
                } else {
                    Ok(())
                }
            }
            Rule::Origins => parse_origins(value).map(drop),
            Rule::Proxies => adapters_ws::client_address::TrustedProxies::parse(value)
                .map(drop)
                .map_err(|error| format!("expected IP addresses or networks, or *: {error}")),
            Rule::LogLevel => {
                if LOG_LEVELS
                    .iter()
                    .any(|(name, _)| name.eq_ignore_ascii_case(value))
                {
                    Ok(())
                } else {
                    Err("expected one of TRACE, DEBUG, INFO, WARNING, ERROR".to_owned())
                }
            }
            Rule::LogFormat => match value.to_ascii_lowercase().as_str() {
                "text" | "json" => Ok(()),
                _ => Err("expected text or json".to_owned()),
            },
            Rule::HttpUrl => check_http_url(value),
            Rule::Bool => parse_bool(value)
                .map(drop)
                .ok_or_else(|| "expected true or false".to_owned()),
            Rule::Any => Ok(()),
            Rule::OptionalDuration => parse_optional_duration(value).map(drop),
            Rule::AuthMode => domain::AuthMode::parse(value)
                .map(drop)
                .map_err(str::to_owned),
            Rule::Role => domain::Role::parse(value)
                .map(drop)
                .map_err(|_| "expected viewer, editor or owner".to_owned()),
            Rule::Secret => {
                if value.is_empty() || value.len() >= 32 {
                    Ok(())
                } else {
                    Err(
                        "expected at least 32 bytes (e.g. openssl rand -hex 32), or nothing"
                            .to_owned(),
                    )
                }
            }
            Rule::OptionalPem => {
                if value.is_empty()
                    || value.starts_with("-----BEGIN")
                    || std::path::Path::new(value).is_file()
                {
                    Ok(())
                } else {
                    Err("expected a PEM public key, the path of a PEM file, or nothing".to_owned())
                }
            }
            Rule::OptionalFile => {
                if value.trim().is_empty() || std::path::Path::new(value.trim()).is_file() {
                    Ok(())
                } else {
                    Err("expected the path of an existing PEM file, or nothing".to_owned())
                }
            }
        }
    }
}

/// A duration such as `30d`, `12h 30m` or `90s`; `None` for `off`, `none`, `0` or nothing.
pub(crate) fn parse_optional_duration(value: &str) -> Result<Option<std::time::Duration>, String> {
    let value = value.trim();
    if value.is_empty()
        || ["off", "none", "0"]
            .iter()
            .any(|off| value.eq_ignore_ascii_case(off))
    {
        return Ok(None);
    }
    humantime::parse_duration(value)
        .map(|duration| Some(duration).filter(|duration| !duration.is_zero()))
        .map_err(|_| "expected a duration such as 30d, 12h or 90m, or off".to_owned())
}

fn parse_whole(value: &str, min: u64, max: u64) -> Result<u64, ()> {
    // Only plain digits: `8000.0`, `+80` or `0x50` are not what an operator means by a number.
    if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
        return Err(());
    }
    value
        .parse::<u64>()
        .ok()
        .filter(|number| (min..=max).contains(number))
        .ok_or(())
}

/// `true`/`false` and the spellings the configuration library accepts as the same.
pub(crate) fn parse_bool(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "on" => Some(true),
        "false" | "0" | "no" | "off" => Some(false),
        _ => None,
    }
}

fn is_host_name(host: &str) -> bool {
    !host.is_empty()
        && host.len() <= 253
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

fn check_host(value: &str) -> Result<(), String> {
    if value.parse::<IpAddr>().is_ok() || is_host_name(value) {
        Ok(())
    } else {
        Err("expected an IP address (0.0.0.0, 127.0.0.1, ::) or a host name".to_owned())
    }
}

fn check_mongodb_url(value: &str) -> Result<(), String> {
    let allowed = "expected empty (embedded SQLite store) or a mongodb:// or mongodb+srv:// URL";
    if value.is_empty() {
        return Ok(());
    }
    let rest = value
        .strip_prefix("mongodb://")
        .or_else(|| value.strip_prefix("mongodb+srv://"))
        .ok_or_else(|| allowed.to_owned())?;
    let hosts = rest.split(['/', '?']).next().unwrap_or_default();
    let hosts = hosts.rsplit_once('@').map_or(hosts, |(_, hosts)| hosts);
    if hosts.is_empty() || rest.chars().any(char::is_whitespace) {
        return Err(allowed.to_owned());
    }
    Ok(())
}

fn check_database_name(value: &str) -> Result<(), String> {
    // MongoDB's own rules for database names (the SQLite store ignores the name).
    if value.is_empty()
        || value.len() > 63
        || value.chars().any(|c| {
            matches!(
                c,
                '/' | '\\' | '.' | ' ' | '"' | '$' | '*' | '<' | '>' | ':' | '|' | '?'
            )
        })
    {
        Err("expected 1 to 63 characters, none of / \\ . \" $ * < > : | ? or space".to_owned())
    } else {
        Ok(())
    }
}

fn check_http_url(value: &str) -> Result<(), String> {
    let allowed = "expected empty or an http:// or https:// URL";
    if value.is_empty() {
        return Ok(());
    }
    let rest = value
        .strip_prefix("http://")
        .or_else(|| value.strip_prefix("https://"))
        .ok_or_else(|| allowed.to_owned())?;
    let authority = rest.split('/').next().unwrap_or_default();
    if authority.is_empty() || value.chars().any(char::is_whitespace) {
        return Err(allowed.to_owned());
    }
    Ok(())
}

/// Splits `CORS_ORIGINS` into origins, accepting commas, spaces or both between them, and checks each: a
/// browser sends `Origin: scheme://host[:port]`, so anything else (a path, a trailing slash, no scheme) would
/// never match and is refused rather than silently ignored.
pub(crate) fn parse_origins(value: &str) -> Result<Vec<String>, String> {
    let origins: Vec<String> = value
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|item| !item.is_empty())
        .map(str::to_owned)
        .collect();
    if origins.iter().any(|origin| origin == "*") {
        return if origins.len() == 1 {
            Ok(origins)
        } else {
            Err("expected * alone, or a list of origins without *".to_owned())
        };
    }
    for origin in &origins {
        check_origin(origin).map_err(|problem| {
            format!(
                "{origin:?} {problem}; expected origins like https://app.example or http://localhost:3000, separated by commas"
            )
        })?;
    }
    Ok(origins)
}

fn check_origin(origin: &str) -> Result<(), &'static str> {
    let Some((scheme, authority)) = origin.split_once("://") else {
        return Err("has no scheme");
    };
    if scheme != "http" && scheme != "https" {
        return Err("is not http:// or https://");
    }
    if authority.ends_with('/') {
        return Err("ends with a slash");
    }
    if authority.contains(['/', '?', '#']) {
        return Err("has a path");
    }
    if authority.contains('@') {
        return Err("has user information");
    }
    if authority.bytes().any(|b| b.is_ascii_uppercase()) {
        return Err("has upper-case letters (browsers send origins in lower case)");
    }
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) if !host.ends_with(']') || authority.starts_with('[') => {
            (host, Some(port))
        }
        _ => (authority, None),
    };
    let host_ok = if let Some(inner) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        inner.parse::<std::net::Ipv6Addr>().is_ok()
    } else {
        is_host_name(host)
    };
    if !host_ok {
        return Err("has an invalid host");
    }
    if let Some(port) = port
        && parse_whole(port, 1, 65_535).is_err()
    {
        return Err("has an invalid port");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule_of(name: &str) -> Variable {
        *VARIABLES
            .iter()
            .find(|variable| variable.name == name)
            .expect("known variable")
    }

    #[test]
    fn origins_are_split_on_commas_and_spaces() {
        assert_eq!(
            parse_origins("http://a.example http://b.example,https://c.example:8443"),
            Ok(vec![
                "http://a.example".to_owned(),
                "http://b.example".to_owned(),
                "https://c.example:8443".to_owned()
            ])
        );
        assert_eq!(parse_origins(""), Ok(vec![]));
        assert_eq!(parse_origins(" * "), Ok(vec!["*".to_owned()]));
        assert_eq!(parse_origins("http://[::1]:3000").map(|o| o.len()), Ok(1));
    }

    #[test]
    fn origins_that_never_match_a_browser_are_refused() {
        for (origin, problem) in [
            ("http://a.example/", "ends with a slash"),
            ("a.example", "has no scheme"),
            ("http://a.example/app", "has a path"),
            ("ftp://a.example", "is not http:// or https://"),
            ("http://a.example:99999", "has an invalid port"),
            ("http://A.example", "upper-case"),
        ] {
            let error = parse_origins(origin).expect_err(origin);
            assert!(error.contains(problem), "{origin}: {error}");
        }
        assert!(parse_origins("*, http://a.example").is_err());
    }

    #[test]
    fn numbers_must_be_plain_digits_within_range() {
        let port = rule_of("PORT");
        assert!(port.check("8000").is_ok());
        for bad in ["99999", "-1", "eighty", "80.0", ""] {
            assert!(port.check(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn secrets_are_masked() {
        assert_eq!(
            rule_of("MONGODB_URL").shown("mongodb://app:s3cret@db:27017/x"),
            "mongodb://app:****@db:27017/x"
        );
        assert_eq!(rule_of("COMPLETION_API_KEY").shown("sk-123"), "****");
        assert_eq!(rule_of("COMPLETION_API_KEY").shown(""), "");
        assert_eq!(rule_of("PORT").shown("8000"), "8000");
    }
}
