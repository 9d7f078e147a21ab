//! What can go wrong when talking to MongoDB: the start-up error of this crate, and the mapping of driver
//! failures onto the domain's [`RepositoryError`].

use domain::error::RepositoryError;
use mongodb::error::{
    CommandError, Error as DriverError, ErrorKind, InsertManyError, WriteError, WriteFailure,
};

/// The advice shown when MongoDB cannot be reached at start-up: the two ways out an operator has.
const UNREACHABLE_ADVICE: &str = "Start MongoDB, check the host and port in MONGODB_URL, or unset MONGODB_URL to use the embedded SQLite store";

/// Why [`MongoRoomRepository::connect`](crate::MongoRoomRepository::connect) could not give a working store.
///
/// Every variant names the server by its URL with any password replaced by `***`, since these messages end up
/// in logs and terminals.
#[derive(Debug, thiserror::Error)]
pub enum MongoConnectError {
    /// The URL is not a MongoDB connection string the driver accepts.
    #[error("MONGODB_URL {url} is not a valid MongoDB connection string: {cause}")]
    InvalidUrl {
        /// The URL, password redacted.
        url: String,
        /// What the driver objected to.
        cause: String,
    },
    /// No server answered within the connect timeout.
    #[error("cannot reach MongoDB at {url} ({cause}). {UNREACHABLE_ADVICE}")]
    Unreachable {
        /// The URL, password redacted.
        url: String,
        /// The driver's account of what it tried (connection refused, DNS failure, timeout...).
        cause: String,
    },
    /// A server answered but refused the start-up ping (authentication, permissions, an invalid database
    /// name, an incompatible version...).
    #[error(
        "MongoDB at {url} answered but refused the start-up ping: {cause}. Check the credentials and options in \
         MONGODB_URL, and the database name"
    )]
    Refused {
        /// The URL, password redacted.
        url: String,
        /// The server's or driver's reason.
        cause: String,
    },
}

/// A value too large to be stored as one MongoDB document (BSON documents are limited to 16 MiB).
///
/// Reported inside [`RepositoryError::Other`] before anything is sent, so the caller gets a sentence naming
/// the room and the sizes rather than a driver error about a message it never saw.
#[derive(Debug, thiserror::Error)]
#[error(
    "the {what} of room {room} is {size} bytes, more than the {limit} bytes one MongoDB document can hold"
)]
pub(crate) struct DocumentTooLarge {
    /// What was being stored: "update log entry", "snapshot".
    pub(crate) what: &'static str,
    /// The room it belongs to.
    pub(crate) room: String,
    /// Its size, in bytes.
    pub(crate) size: usize,
    /// The largest size this store accepts, in bytes.
    pub(crate) limit: usize,
}

/// The MongoDB error code of a unique index violation.
const DUPLICATE_KEY: i32 = 11_000;

/// Server error codes meaning "the server is not able to serve right now" rather than "this request is wrong":
/// host unreachable or unknown, network timeout, shutting down, stepping down, not primary, time limit exceeded.
const UNAVAILABLE_CODES: [i32; 13] = [
    6, 7, 50, 89, 91, 189, 262, 9001, 10_107, 11_600, 11_602, 13_435, 13_436,
];

/// Maps a driver failure onto the domain's vocabulary.
///
/// Only the cases the port's contract names get their own variant; the rest keeps the driver error as its
/// source so logs show the whole chain.
pub(crate) fn repository_error(error: DriverError) -> RepositoryError {
    if is_duplicate_key(&error) {
        RepositoryError::Duplicate
    } else if is_unavailable(&error) {
        RepositoryError::Unavailable(error.kind.to_string())
    } else {
        RepositoryError::Other(Box::new(error))
    }
}

/// Sorts a failed start-up ping into "nobody answered" and "somebody answered no".
pub(crate) fn connect_error(url: String, error: &DriverError) -> MongoConnectError {
    // The driver's own Display adds labels and raw server responses; the kind alone reads as a sentence.
    let cause = error.kind.to_string();
    if is_unavailable(error) {
        let cause = unreachable_cause(&cause);
        MongoConnectError::Unreachable { url, cause }
    } else {
        MongoConnectError::Refused { url, cause }
    }
}

/// Why no server could be selected, in a few words: a server selection timeout describes the whole topology
/// (hundreds of characters); what an operator needs is each server's error ("Connection refused", "failed to
/// lookup address"), which the description holds after `Error: Kind: `.
fn unreachable_cause(description: &str) -> String {
    const ERROR_MARK: &str = "Error: Kind: ";
    let errors: Vec<&str> = description
        .split(ERROR_MARK)
        .skip(1)
        .map(|rest| rest.split(", labels").next().unwrap_or(rest).trim())
        .collect();
    if errors.is_empty() {
        description
            .split(". Topology")
            .next()
            .unwrap_or(description)
            .to_owned()
    } else {
        errors.join("; ")
    }
}

/// Sorts a failure to parse the URL into "malformed" and "unreachable".
///
/// A `mongodb+srv` URL is resolved through DNS while it is parsed, so an unknown host shows up here.
pub(crate) fn url_parse_error(url: String, error: &DriverError) -> MongoConnectError {
    let cause = error.kind.to_string();
    if is_unavailable(error) {
        let cause = unreachable_cause(&cause);
        MongoConnectError::Unreachable { url, cause }
    } else {
        MongoConnectError::InvalidUrl { url, cause }
    }
}

/// Whether the server refused a write because it would break a unique index.
///
/// `insert_many` reports its failures per document: a batch is a duplicate when any of its documents was.
pub(crate) fn is_duplicate_key(error: &DriverError) -> bool {
    match error.kind.as_ref() {
        ErrorKind::Write(WriteFailure::WriteError(WriteError { code, .. }))
        | ErrorKind::Command(CommandError { code, .. }) => *code == DUPLICATE_KEY,
        ErrorKind::InsertMany(InsertManyError {
            write_errors: Some(write_errors),
            ..
        }) => write_errors
            .iter()
            .any(|write_error| write_error.code == DUPLICATE_KEY),
        _ => false,
    }
}

/// Whether the failure says "no server can serve right now" (unreachable, timed out, shutting down) rather
/// than "this request is wrong".
fn is_unavailable(error: &DriverError) -> bool {
    match error.kind.as_ref() {
        ErrorKind::ServerSelection { .. }
        | ErrorKind::Io(_)
        | ErrorKind::ConnectionPoolCleared { .. }
        | ErrorKind::DnsResolve { .. }
        | ErrorKind::Shutdown => true,
        ErrorKind::Command(CommandError { code, .. }) => UNAVAILABLE_CODES.contains(code),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unreachable_message_tells_the_operator_what_to_do() {
        let error = MongoConnectError::Unreachable {
            url: "mongodb://db:27017".to_owned(),
            cause: "connection refused".to_owned(),
        };
        let message = error.to_string();
        assert!(
            message.starts_with("cannot reach MongoDB at mongodb://db:27017 (connection refused)."),
            "{message}"
        );
        assert!(message.contains("unset MONGODB_URL"), "{message}");
    }

    #[test]
    fn a_server_selection_timeout_is_reduced_to_each_servers_error() {
        let description = r#"Server selection timeout: No available servers. Topology: { Type: Unknown, Servers: [ { Address: 127.0.0.1:1, Type: Unknown, Error: Kind: I/O error: Connection refused (os error 111), labels: {"SystemOverloadedError", "RetryableError"}, source: None, server response: None } ] }"#;
        assert_eq!(
            unreachable_cause(description),
            "I/O error: Connection refused (os error 111)"
        );
        assert_eq!(
            unreachable_cause(
                "Server selection timeout: No available servers. Topology: { Type: Unknown }"
            ),
            "Server selection timeout: No available servers"
        );
    }
}
