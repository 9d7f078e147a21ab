//! The spec's JSON messages on `/ws/{room_id}`, with this server's additions (`seq`, `edit`, `hello`), and
//! their conversion to and from domain values.
//!
//! Parsing is done by hand over a [`serde_json::Value`] rather than with a tagged enum, so each way a message
//! can be wrong gets its own clear error for the client instead of serde's generic one.

use serde::Serialize;
use serde_json::Value;

use domain::{
    ClientKind, DeclaredIdentity, Timestamp,
    history::VersionSummary,
    presence::{Cursor, PresenceView},
    text_change::Replacement,
};

/// How a connection receives the room's changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextFormat {
    /// The whole code in every `code_update` (the spec's protocol).
    #[default]
    Full,
    /// `edit` messages carrying only the change, one per version.
    Delta,
}

impl TextFormat {
    /// The name clients use for it.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Full => "full",
            Self::Delta => "delta",
        }
    }
}

/// A message a client sent, checked.
#[derive(Debug, Clone, PartialEq)]
pub enum ClientMessage {
    /// The client's editor now holds `code`.
    CodeUpdate {
        /// The whole code.
        code: String,
        /// When the client made the change (`Date.now()`), if it said.
        timestamp: Option<Timestamp>,
        /// The room version the client's text was based on, if it said (exact three-way merge).
        base_version: Option<u64>,
        /// The client's number for this update, echoed as `ackSeq` on the answer.
        seq: Option<Value>,
    },
    /// The client's edit, as replacements of ranges of the text of `base_version` (delta protocol).
    Edit {
        /// The replacements, in Unicode scalar offsets of that text.
        changes: Vec<Replacement>,
        /// The room version the edit was made on.
        base_version: u64,
        /// The client's number for this edit, echoed as `ackSeq` on the answer.
        seq: Option<Value>,
        /// When the client made the change, if it said.
        timestamp: Option<Timestamp>,
    },
    /// The client chooses how it receives changes, and may say who it is.
    Hello {
        /// The format it wants (`None`: unchanged, the spec's whole text at first).
        format: Option<TextFormat>,
        /// The name and colour it declares, if any.
        declared: DeclaredIdentity,
        /// Whether it asks for presence messages (`"presence": true`; a name or colour asks too).
        presence: bool,
    },
    /// The client's cursor or selection moved, or it says who it is.
    Presence {
        /// `None` when the message has no `cursor`; `Some(None)` for `"cursor": null` (no cursor).
        cursor: Option<Option<Cursor>>,
        /// The name and colour it declares, if any.
        declared: DeclaredIdentity,
    },
    /// The client presents its token: as its first message when it gave none on the upgrade, or later to
    /// refresh it before it expires.
    Auth {
        /// The token (a JWT).
        token: String,
    },
    /// The client asks for a completion at a cursor of the room's live code.
    Autocomplete {
        /// Echoed back so the client can match the answer to its request.
        request_id: Value,
        /// Cursor in Unicode scalar values.
        cursor: usize,
        /// Language of the code; the generic rules apply when absent.
        language: String,
    },
}

/// Why a client's message was refused. The text is sent to the client as an `error` message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MessageError {
    /// Not JSON at all.
    #[error("Invalid JSON: {0}")]
    InvalidJson(String),
    /// JSON, but not an object with a string `type`.
    #[error("Invalid message: expected a JSON object with a string \"type\" field")]
    MissingType,
    /// A `type` this server does not handle.
    #[error("Unknown message type: {0}")]
    UnknownType(String),
    /// A known `type` with a missing or mistyped field.
    #[error("Invalid {kind} message: {problem}")]
    InvalidField {
        /// The message type.
        kind: &'static str,
        /// What is wrong with it.
        problem: &'static str,
    },
}

/// Parses one text frame from a client.
///
/// # Errors
/// A [`MessageError`] saying what is wrong; the connection stays open.
pub fn parse_client_message(text: &str) -> Result<ClientMessage, MessageError> {
    let value: Value =
        serde_json::from_str(text).map_err(|error| MessageError::InvalidJson(error.to_string()))?;
    let Some(kind) = value.get("type").and_then(Value::as_str) else {
        return Err(MessageError::MissingType);
    };
    match kind {
        "code_update" => parse_code_update(&value),
        "edit" => parse_edit(&value),
        "hello" => parse_hello(&value),
        "presence" => parse_presence(&value),
        "autocomplete" => parse_autocomplete(&value),
        "auth" => match value.get("token") {
            Some(Value::String(token)) => Ok(ClientMessage::Auth {
                token: token.clone(),
            }),
            _ => Err(MessageError::InvalidField {
                kind: "auth",
                problem: "\"token\" must be a string",
            }),
        },
        other => Err(MessageError::UnknownType(truncate(other, 64))),
    }
}

fn parse_code_update(value: &Value) -> Result<ClientMessage, MessageError> {
    const KIND: &str = "code_update";
    let code = match value.get("code") {
        Some(Value::String(code)) => code.clone(),
        Some(_) => {
            return Err(MessageError::InvalidField {
                kind: KIND,
                problem: "\"code\" must be a string",
            });
        }
        None => {
            return Err(MessageError::InvalidField {
                kind: KIND,
                problem: "\"code\" is required",
            });
        }
    };
    let timestamp = parse_optional_timestamp(value, KIND)?;
    let base_version = parse_base_version(value, KIND)?;
    Ok(ClientMessage::CodeUpdate {
        code,
        timestamp,
        base_version,
        seq: parse_seq(value),
    })
}

fn parse_base_version(value: &Value, kind: &'static str) -> Result<Option<u64>, MessageError> {
    match value.get("baseVersion") {
        None | Some(Value::Null) => Ok(None),
        Some(base) => Ok(Some(base.as_u64().ok_or(MessageError::InvalidField {
            kind,
            problem: "\"baseVersion\" must be a non-negative integer",
        })?)),
    }
}

fn parse_optional_timestamp(
    value: &Value,
    kind: &'static str,
) -> Result<Option<Timestamp>, MessageError> {
    match value.get("timestamp") {
        None | Some(Value::Null) => Ok(None),
        Some(timestamp) => Ok(Some(parse_timestamp(timestamp).ok_or(
            MessageError::InvalidField {
                kind,
                problem: "\"timestamp\" must be a number of milliseconds since the epoch",
            },
        )?)),
    }
}

/// A client's `seq`: any number or string, echoed as given (a long string is not worth echoing).
fn parse_seq(value: &Value) -> Option<Value> {
    match value.get("seq") {
        Some(seq @ Value::Number(_)) => Some(seq.clone()),
        Some(Value::String(seq)) if seq.len() <= 64 => Some(Value::String(seq.clone())),
        _ => None,
    }
}

fn parse_edit(value: &Value) -> Result<ClientMessage, MessageError> {
    const KIND: &str = "edit";
    let invalid = |problem| MessageError::InvalidField {
        kind: KIND,
        problem,
    };
    let base_version = parse_base_version(value, KIND)?.ok_or(invalid(
        "\"baseVersion\" is required: the version the edit was made on",
    ))?;
    let Some(Value::Array(items)) = value.get("changes") else {
        return Err(invalid(
            "\"changes\" must be an array of {from, to, insert}",
        ));
    };
    let offset = |item: &Value, field: &str| {
        item.get(field)
            .and_then(Value::as_u64)
            .and_then(|offset| usize::try_from(offset).ok())
    };
    let changes = items
        .iter()
        .map(|item| {
            let from = offset(item, "from")
                .ok_or(invalid("each change needs a non-negative integer \"from\""))?;
            let to = match item.get("to") {
                None | Some(Value::Null) => from,
                Some(_) => {
                    offset(item, "to").ok_or(invalid("\"to\" must be a non-negative integer"))?
                }
            };
            let insert = match item.get("insert") {
                None | Some(Value::Null) => String::new(),
                Some(Value::String(insert)) => insert.clone(),
                Some(_) => return Err(invalid("\"insert\" must be a string")),
            };
            Ok(Replacement { from, to, insert })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(ClientMessage::Edit {
        changes,
        base_version,
        seq: parse_seq(value),
        timestamp: parse_optional_timestamp(value, KIND)?,
    })
}

fn parse_hello(value: &Value) -> Result<ClientMessage, MessageError> {
    const KIND: &str = "hello";
    let format = match value.get("format") {
        None | Some(Value::Null) => None,
        Some(Value::String(format)) if format == "delta" => Some(TextFormat::Delta),
        Some(Value::String(format)) if format == "full" => Some(TextFormat::Full),
        Some(_) => {
            return Err(MessageError::InvalidField {
                kind: KIND,
                problem: "\"format\" must be \"full\" or \"delta\"",
            });
        }
    };
    let presence = match value.get("presence") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(presence)) => *presence,
        Some(_) => {
            return Err(MessageError::InvalidField {
                kind: KIND,
                problem: "\"presence\" must be true or false",
            });
        }
    };
    Ok(ClientMessage::Hello {
        format,
        declared: parse_declared(value, KIND)?,
        presence,
    })
}

fn parse_presence(value: &Value) -> Result<ClientMessage, MessageError> {
    const KIND: &str = "presence";
    const BAD_CURSOR: MessageError = MessageError::InvalidField {
        kind: KIND,
        problem: "\"cursor\" must be null or {\"anchor\": n, \"head\": n} with non-negative integers",
    };
    let offset = |cursor: &Value, field: &str| {
        cursor
            .get(field)
            .and_then(Value::as_u64)
            .and_then(|offset| usize::try_from(offset).ok())
    };
    let cursor = match value.get("cursor") {
        None => None,
        Some(Value::Null) => Some(None),
        Some(cursor @ Value::Object(_)) => {
            let anchor = offset(cursor, "anchor").ok_or(BAD_CURSOR)?;
            // A caret alone may leave out its head.
            let head = match cursor.get("head") {
                None | Some(Value::Null) => anchor,
                Some(_) => offset(cursor, "head").ok_or(BAD_CURSOR)?,
            };
            Some(Some(Cursor { anchor, head }))
        }
        Some(_) => return Err(BAD_CURSOR),
    };
    Ok(ClientMessage::Presence {
        cursor,
        declared: parse_declared(value, KIND)?,
    })
}

/// The optional `name` and `color` of a `hello` or `presence` (cleaned later, by the domain).
fn parse_declared(value: &Value, kind: &'static str) -> Result<DeclaredIdentity, MessageError> {
    let field = |field: &str, problem: &'static str| match value.get(field) {
        None | Some(Value::Null) => Ok(None),
        // Longer names are cut by the domain anyway; this only keeps the copy small.
        Some(Value::String(text)) => Ok(Some(truncate(text, 256))),
        Some(_) => Err(MessageError::InvalidField { kind, problem }),
    };
    Ok(DeclaredIdentity {
        name: field("name", "\"name\" must be a string")?,
        color: field("color", "\"color\" must be a string")?,
    })
}

fn parse_autocomplete(value: &Value) -> Result<ClientMessage, MessageError> {
    const KIND: &str = "autocomplete";
    let cursor = value
        .get("cursorPosition")
        .and_then(Value::as_u64)
        .and_then(|cursor| usize::try_from(cursor).ok())
        .ok_or(MessageError::InvalidField {
            kind: KIND,
            problem: "\"cursorPosition\" must be a non-negative integer",
        })?;
    let language = match value.get("language") {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(language)) => truncate(language, 32),
        Some(_) => {
            return Err(MessageError::InvalidField {
                kind: KIND,
                problem: "\"language\" must be a string",
            });
        }
    };
    let request_id = value.get("requestId").cloned().unwrap_or(Value::Null);
    Ok(ClientMessage::Autocomplete {
        request_id,
        cursor,
        language,
    })
}

/// Accepts integers and (as JavaScript may send) floats within the range of a JavaScript `Date` (±8.64e15 ms,
/// about ±273,790 years): beyond it a timestamp is no date at all, and is refused rather than stored.
fn parse_timestamp(value: &Value) -> Option<Timestamp> {
    const MAX_DATE_MILLIS: f64 = 8.64e15;
    const MAX_DATE_MILLIS_INTEGER: i64 = 8_640_000_000_000_000;
    if let Some(millis) = value.as_i64() {
        return (millis.unsigned_abs() <= MAX_DATE_MILLIS_INTEGER.unsigned_abs())
            .then(|| Timestamp::from_millis(millis));
    }
    let millis = value
        .as_f64()
        .filter(|millis| millis.is_finite() && millis.abs() <= MAX_DATE_MILLIS)?;
    // In range by the filter above, so the cast cannot saturate.
    #[allow(clippy::cast_possible_truncation)]
    Some(Timestamp::from_millis(millis.trunc() as i64))
}

/// Keeps client-supplied text echoed in errors short.
fn truncate(text: &str, max_chars: usize) -> String {
    text.chars().take(max_chars).collect()
}

/// A message the server sends.
#[derive(Debug, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ServerMessage<'a> {
    /// The state a client starts from, sent once on connect.
    InitialState {
        /// The room's code.
        code: &'a str,
        /// The room's id.
        #[serde(rename = "roomId")]
        room_id: &'a str,
        /// The room's version (additive field).
        version: u64,
    },
    /// Another client changed the code (or, with `ackSeq`, the answer to the client's own update).
    CodeUpdate {
        /// The whole code after the change.
        code: &'a str,
        /// The author's timestamp.
        timestamp: i64,
        /// The room's version after the change (additive field).
        version: u64,
        /// On the answer to the client's own update: that update's `seq` (additive field).
        #[serde(rename = "ackSeq", skip_serializing_if = "Option::is_none")]
        ack_seq: Option<&'a Value>,
    },
    /// The answer to the sender's update when the room's text is the client's (or, for a delta reader, when
    /// its edit is in the room's text: the reader carries it over the changes it received, as the room did).
    Ack {
        /// The room's version after it.
        version: u64,
        /// That update's `seq`, when it had one (additive field).
        #[serde(rename = "ackSeq", skip_serializing_if = "Option::is_none")]
        ack_seq: Option<&'a Value>,
    },
    /// Another client changed the code, for a delta reader: the changes of one version.
    Edit {
        /// Replacements of ranges of the text of `baseVersion`, in Unicode scalar offsets, in order.
        changes: &'a [ReplacementJson<'a>],
        /// The version the changes apply to.
        #[serde(rename = "baseVersion")]
        base_version: u64,
        /// The room's version after them.
        version: u64,
        /// The author's timestamp.
        timestamp: i64,
    },
    /// The answer to `hello`: how changes reach this connection from now on.
    Hello {
        /// `"full"` or `"delta"`.
        format: &'static str,
    },
    /// The answer to an accepted `auth` message (or token): the connection's role and when its token
    /// expires (milliseconds since the epoch), after which it closes with 4401 unless refreshed.
    Authenticated {
        /// `"owner"`, `"editor"` or `"viewer"`.
        role: &'static str,
        /// When the token expires.
        #[serde(rename = "expiresAt", skip_serializing_if = "Option::is_none")]
        expires_at: Option<i64>,
    },
    /// Something the client sent could not be handled.
    Error {
        /// What went wrong, for a person to read.
        message: &'a str,
    },
    /// A version of the room's code was saved (additive message type).
    VersionSaved {
        /// The version.
        version: VersionJson<'a>,
    },
    /// The room's code was restored to a version (additive message type). The change itself arrives as an
    /// ordinary `code_update` (or `edit`) before this message.
    Restored {
        /// The version restored.
        version: VersionJson<'a>,
        /// The version saved just before, holding the code the restore replaced (restore it to undo).
        before: VersionJson<'a>,
        /// The room's version after the restore.
        #[serde(rename = "roomVersion")]
        room_version: u64,
    },
    /// The answer to an `autocomplete` request.
    AutocompleteResult {
        /// The request's `requestId`, as sent.
        #[serde(rename = "requestId")]
        request_id: &'a Value,
        /// The suggestion to show inline (empty when nothing fits or the engine is not sure enough).
        suggestion: &'a str,
        /// Its confidence (0 when empty).
        confidence: f64,
        /// Where the caret goes inside `suggestion`, in Unicode scalar values (0 when empty).
        #[serde(rename = "cursorOffset")]
        cursor_offset: usize,
        /// Every suggestion, best first.
        suggestions: &'a [SuggestionJson<'a>],
    },
}

/// The room's participants with their cursors (sent when anyone joins, leaves, renames or moves).
#[derive(Debug, Serialize)]
#[serde(tag = "type", rename = "presence")]
pub struct PresenceMessage<'a> {
    /// On the list a client gets when it joins: the `id` of its own entry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub you: Option<String>,
    /// Every participant, in the order they joined.
    pub users: Vec<UserJson<'a>>,
}

/// `user_joined` and `user_left`.
#[derive(Debug, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum MembershipMessage<'a> {
    /// Someone joined the room.
    UserJoined {
        /// Who.
        user: UserJson<'a>,
    },
    /// Someone left the room.
    UserLeft {
        /// Who.
        user: UserJson<'a>,
    },
}

/// One participant as JSON clients see it.
#[derive(Debug, Serialize)]
pub struct UserJson<'a> {
    /// Its id in the room (stable while it is connected).
    pub id: String,
    /// Its display name.
    pub name: &'a str,
    /// Its colour, `#rrggbb`.
    pub color: &'a str,
    /// Its cursor in Unicode scalar offsets, or `null`.
    pub cursor: Option<CursorJson>,
    /// `"json"` or `"yjs"`.
    pub protocol: &'static str,
    /// When it joined (milliseconds since the epoch).
    pub since: i64,
    /// The awareness client ID Yjs clients know it by, when it has one.
    #[serde(rename = "clientId", skip_serializing_if = "Option::is_none")]
    pub client_id: Option<u64>,
}

/// A cursor as JSON clients send and receive it.
#[derive(Debug, Serialize)]
pub struct CursorJson {
    /// Where the selection started.
    pub anchor: usize,
    /// Where the caret is.
    pub head: usize,
}

/// The protocol name of a client kind, as `presence` messages and the participants endpoint give it.
#[must_use]
pub const fn protocol_name(kind: ClientKind) -> &'static str {
    match kind {
        ClientKind::Json => "json",
        ClientKind::Yjs => "yjs",
    }
}

impl<'a> UserJson<'a> {
    /// A participant without its cursor.
    #[must_use]
    pub fn of(participant: &'a domain::Participant) -> Self {
        Self {
            id: participant.connection.get().to_string(),
            name: &participant.name,
            color: &participant.color,
            cursor: None,
            protocol: protocol_name(participant.kind),
            since: participant.since.as_millis(),
            client_id: None,
        }
    }

    /// A participant with its cursor and awareness client ID.
    #[must_use]
    pub fn with_presence(view: &'a PresenceView) -> Self {
        Self {
            cursor: view.cursor.map(|cursor| CursorJson {
                anchor: cursor.anchor,
                head: cursor.head,
            }),
            client_id: view.awareness_id,
            ..Self::of(&view.participant)
        }
    }
}

/// A saved version, as the history messages describe it (the same fields as the REST API's).
#[derive(Debug, Serialize)]
pub struct VersionJson<'a> {
    /// The version's id (a UUIDv7).
    pub id: String,
    /// `checkpoint`, `named` or `before_restore`.
    pub kind: &'static str,
    /// Its name, if it has one.
    pub name: Option<&'a str>,
    /// Who saved it, if known.
    pub author: Option<&'a str>,
    /// When it was saved (RFC 3339, UTC, milliseconds).
    #[serde(rename = "createdAt")]
    pub created_at: String,
    /// The room's version its code is the text of.
    #[serde(rename = "roomVersion")]
    pub room_version: u64,
}

impl<'a> From<&'a VersionSummary> for VersionJson<'a> {
    fn from(summary: &'a VersionSummary) -> Self {
        Self {
            id: summary.id.to_string(),
            kind: summary.kind.as_str(),
            name: summary.name.as_deref(),
            author: summary.author.as_deref(),
            created_at: rfc3339(summary.created_at),
            room_version: summary.room_version,
        }
    }
}

/// A time as RFC 3339 in UTC with milliseconds, as the REST API writes it.
#[must_use]
pub fn rfc3339(timestamp: Timestamp) -> String {
    let millis = timestamp.as_millis();
    let instant = if millis >= 0 {
        std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_millis(millis.unsigned_abs())
    } else {
        std::time::SystemTime::UNIX_EPOCH - std::time::Duration::from_millis(millis.unsigned_abs())
    };
    humantime::format_rfc3339_millis(instant).to_string()
}

/// One replacement as sent to delta readers.
#[derive(Debug, Serialize)]
pub struct ReplacementJson<'a> {
    /// Start of the replaced range.
    pub from: usize,
    /// End of the replaced range.
    pub to: usize,
    /// The text put in its place.
    pub insert: &'a str,
}

/// One ranked suggestion as sent to clients.
#[derive(Debug, Serialize)]
pub struct SuggestionJson<'a> {
    /// Text to insert at the cursor.
    pub text: &'a str,
    /// Confidence from 0 to 1.
    pub confidence: f64,
    /// What kind of completion it is.
    pub kind: &'a str,
}

impl ServerMessage<'_> {
    /// The message as JSON text.
    #[must_use]
    pub fn to_json(&self) -> String {
        to_json(self)
    }
}

/// A server message as JSON text.
pub fn to_json(message: &impl Serialize) -> String {
    // Serialising these types cannot fail: every field is a string, number or an already-valid Value.
    serde_json::to_string(message)
        .unwrap_or_else(|_| String::from(r#"{"type":"error","message":"internal error"}"#))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spec_code_update_parses() {
        let message = parse_client_message(
            r#"{"type":"code_update","code":"print(1)","timestamp":1638360000000}"#,
        );
        assert_eq!(
            message,
            Ok(ClientMessage::CodeUpdate {
                code: "print(1)".into(),
                timestamp: Some(Timestamp::from_millis(1_638_360_000_000)),
                base_version: None,
                seq: None,
            })
        );
    }

    #[test]
    fn each_kind_of_bad_message_gets_its_own_error() {
        assert!(matches!(
            parse_client_message("{not json"),
            Err(MessageError::InvalidJson(_))
        ));
        assert_eq!(
            parse_client_message("[1,2]"),
            Err(MessageError::MissingType)
        );
        assert_eq!(
            parse_client_message(r#"{"type":7}"#),
            Err(MessageError::MissingType)
        );
        assert_eq!(
            parse_client_message(r#"{"type":"dance"}"#),
            Err(MessageError::UnknownType("dance".into()))
        );
        assert!(matches!(
            parse_client_message(r#"{"type":"code_update"}"#),
            Err(MessageError::InvalidField {
                problem: "\"code\" is required",
                ..
            })
        ));
        assert!(matches!(
            parse_client_message(r#"{"type":"code_update","code":1}"#),
            Err(MessageError::InvalidField {
                problem: "\"code\" must be a string",
                ..
            })
        ));
        assert!(matches!(
            parse_client_message(r#"{"type":"code_update","code":"x","timestamp":"soon"}"#),
            Err(MessageError::InvalidField { .. })
        ));
    }

    #[test]
    fn fractional_and_missing_timestamps_are_accepted() {
        let message =
            parse_client_message(r#"{"type":"code_update","code":"x","timestamp":1.5e12}"#);
        assert_eq!(
            message,
            Ok(ClientMessage::CodeUpdate {
                code: "x".into(),
                timestamp: Some(Timestamp::from_millis(1_500_000_000_000)),
                base_version: None,
                seq: None,
            })
        );
        let message = parse_client_message(r#"{"type":"code_update","code":"x","baseVersion":4}"#);
        assert_eq!(
            message,
            Ok(ClientMessage::CodeUpdate {
                code: "x".into(),
                timestamp: None,
                base_version: Some(4),
                seq: None,
            })
        );
        assert!(
            parse_client_message(r#"{"type":"code_update","code":"x","baseVersion":-1}"#).is_err()
        );
    }

    #[test]
    fn timestamps_beyond_the_range_of_a_date_are_refused() {
        for timestamp in [
            "-9223372036854775808",
            "9223372036854775807",
            "8.7e15",
            "-1e300",
        ] {
            let message = format!(r#"{{"type":"code_update","code":"x","timestamp":{timestamp}}}"#);
            assert!(parse_client_message(&message).is_err(), "{timestamp}");
        }
        let message = r#"{"type":"code_update","code":"x","timestamp":-8640000000000000}"#;
        assert!(parse_client_message(message).is_ok());
    }

    #[test]
    fn server_messages_keep_the_specs_field_names() {
        let json = ServerMessage::InitialState {
            code: "c",
            room_id: "abc12345",
            version: 3,
        }
        .to_json();
        assert_eq!(
            json,
            r#"{"type":"initial_state","code":"c","roomId":"abc12345","version":3}"#
        );
        let json = ServerMessage::CodeUpdate {
            code: "c",
            timestamp: 5,
            version: 4,
            ack_seq: None,
        }
        .to_json();
        assert_eq!(
            json,
            r#"{"type":"code_update","code":"c","timestamp":5,"version":4}"#
        );
        let json = ServerMessage::Ack {
            version: 9,
            ack_seq: None,
        }
        .to_json();
        assert_eq!(json, r#"{"type":"ack","version":9}"#);
        let json = ServerMessage::Error {
            message: "Room not found",
        }
        .to_json();
        assert_eq!(json, r#"{"type":"error","message":"Room not found"}"#);
    }

    #[test]
    fn edits_hellos_and_seqs_parse() {
        let message = parse_client_message(
            r#"{"type":"edit","changes":[{"from":1,"to":3,"insert":"é"},{"from":5,"insert":"x"}],"baseVersion":7,"seq":12}"#,
        );
        assert_eq!(
            message,
            Ok(ClientMessage::Edit {
                changes: vec![
                    Replacement {
                        from: 1,
                        to: 3,
                        insert: "é".into()
                    },
                    Replacement {
                        from: 5,
                        to: 5,
                        insert: "x".into()
                    },
                ],
                base_version: 7,
                seq: Some(Value::from(12)),
                timestamp: None,
            })
        );
        assert!(parse_client_message(r#"{"type":"edit","changes":[]}"#).is_err());
        assert!(
            parse_client_message(r#"{"type":"edit","changes":[{"to":1}],"baseVersion":0}"#)
                .is_err()
        );
        assert_eq!(
            parse_client_message(r#"{"type":"hello","format":"delta"}"#),
            Ok(ClientMessage::Hello {
                format: Some(TextFormat::Delta),
                declared: DeclaredIdentity::default(),
                presence: false,
            })
        );
        assert!(parse_client_message(r#"{"type":"hello","format":"xml"}"#).is_err());
        assert_eq!(
            parse_client_message(r##"{"type":"hello","name":"Ada","color":"#f00"}"##),
            Ok(ClientMessage::Hello {
                format: None,
                declared: DeclaredIdentity {
                    name: Some("Ada".into()),
                    color: Some("#f00".into())
                },
                presence: false,
            })
        );
        assert_eq!(
            parse_client_message(r#"{"type":"presence","cursor":{"anchor":3,"head":7}}"#),
            Ok(ClientMessage::Presence {
                cursor: Some(Some(Cursor { anchor: 3, head: 7 })),
                declared: DeclaredIdentity::default(),
            })
        );
        assert_eq!(
            parse_client_message(r#"{"type":"presence","cursor":null,"name":"Bo"}"#),
            Ok(ClientMessage::Presence {
                cursor: Some(None),
                declared: DeclaredIdentity {
                    name: Some("Bo".into()),
                    color: None
                },
            })
        );
        for bad in [
            r#"{"type":"presence","cursor":{"anchor":-1,"head":0}}"#,
            r#"{"type":"presence","cursor":{"head":2}}"#,
            r#"{"type":"presence","cursor":5}"#,
            r#"{"type":"presence","name":7}"#,
        ] {
            assert!(parse_client_message(bad).is_err(), "{bad}");
        }
        let answer = ServerMessage::Ack {
            version: 3,
            ack_seq: Some(&Value::from(12)),
        }
        .to_json();
        assert_eq!(answer, r#"{"type":"ack","version":3,"ackSeq":12}"#);
    }
}
