//! From a `MONGODB_URL` to a client that has answered a ping, failing fast when no server answers.
//!
//! The driver connects lazily and, left to its defaults, waits 30 seconds for a server before the first
//! request fails. A server that is down should instead be reported at start-up, in a few seconds, with advice:
//! so the timeouts are shortened and a `ping` is sent before the store is handed out.

use std::time::Duration;

use mongodb::{Client, bson::doc, options::ClientOptions};

use crate::error::{MongoConnectError, connect_error, url_parse_error};

/// The name the server logs for our connections (`appName`), so an operator can tell them apart.
const APP_NAME: &str = "pairprog";

/// How to connect to MongoDB.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConnectOptions {
    /// How long to wait for a server, both to open a socket and to find a usable server for a request.
    ///
    /// Applies to start-up and to every later request. A `connectTimeoutMS` or `serverSelectionTimeoutMS`
    /// written in the URL wins, since the operator put it there on purpose.
    pub timeout: Duration,
}

impl ConnectOptions {
    /// The default [`timeout`](Self::timeout): long enough for a server across a slow network, short enough
    /// that a server that is down is reported before the operator gives up on the start-up.
    pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(5);
}

impl Default for ConnectOptions {
    fn default() -> Self {
        Self {
            timeout: Self::DEFAULT_TIMEOUT,
        }
    }
}

/// Builds a client for `url` and pings `database` through it.
pub(crate) async fn connect(
    url: &str,
    database: &str,
    options: ConnectOptions,
) -> Result<Client, MongoConnectError> {
    let shown_url = redact_password(url);
    let mut client_options = ClientOptions::parse(url)
        .await
        .map_err(|error| url_parse_error(shown_url.clone(), &error))?;
    client_options
        .app_name
        .get_or_insert_with(|| APP_NAME.to_owned());
    client_options
        .connect_timeout
        .get_or_insert(options.timeout);
    client_options
        .server_selection_timeout
        .get_or_insert(options.timeout);
    let client =
        Client::with_options(client_options).map_err(|error| MongoConnectError::InvalidUrl {
            url: shown_url.clone(),
            cause: error.kind.to_string(),
        })?;
    client
        .database(database)
        .run_command(doc! { "ping": 1 })
        .await
        .map_err(|error| connect_error(shown_url.clone(), &error))?;
    tracing::info!(url = %shown_url, database, "connected to MongoDB");
    Ok(client)
}

/// `url` with the password of its user info replaced by `****`, so it can be logged and shown.
///
/// Splits the way the driver does: the user info is everything before the last `@` that precedes the
/// options (`?`), and the password is what follows its first `:`.
#[must_use]
pub fn redact_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let before_options = rest.split_once('?').map_or(rest, |(before, _)| before);
    let Some(at) = before_options.rfind('@') else {
        return url.to_owned();
    };
    let (user_info, hosts_and_after) = rest.split_at(at);
    match user_info.split_once(':') {
        Some((user, _password)) => format!("{scheme}://{user}:****{hosts_and_after}"),
        None => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_redacted_and_the_rest_is_kept() {
        assert_eq!(
            redact_password("mongodb://app:s3cr%40t@db1:27017,db2/pairprog?authSource=admin"),
            "mongodb://app:****@db1:27017,db2/pairprog?authSource=admin"
        );
        assert_eq!(
            redact_password("mongodb+srv://app:p:w@cluster.example.net"),
            "mongodb+srv://app:****@cluster.example.net"
        );
    }

    #[test]
    fn urls_without_a_password_are_unchanged() {
        for url in [
            "mongodb://localhost:27017",
            "mongodb://user@host/db",
            "mongodb://host/?x=a@b",
            "not a url",
        ] {
            assert_eq!(redact_password(url), url);
        }
    }
}
