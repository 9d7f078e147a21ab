//! Hocuspocus's framing of the y-websocket messages (as its 4.x server speaks it), without IO.
//!
//! A Hocuspocus client multiplexes documents over one socket, so every message in either direction starts with
//! the document's name (a lib0 `varString`: a `varUint` byte length, then UTF-8), and the server takes the
//! document from there, never from the URL. After the name comes a `varUint` message type; the first four are
//! y-websocket's, with the same bytes after them (0 sync, 1 awareness, 3 awareness query), so the y-websocket
//! message is the frame minus its name. The others are Hocuspocus's own:
//!
//! - 2, authentication. The server opens no document connection (and answers no sync) until the client has
//!   sent `auth, token (0), varString token`; messages sent before it are queued and handled once it passes.
//!   Without an `onAuthenticate` hook any token passes, and the server answers `auth, authenticated (2),
//!   varString scope` (`"read-write"`), or `auth, permission denied (1), varString reason`. It may later ask
//!   for the token again with `auth, token (0)`.
//! - 5 stateless (`varString` payload), 7 close (`varString` reason: the server ended this document's
//!   connection), 8 sync status (`varUint` 1 or 0: whether the client's last update was applied; the server
//!   sends one for every update and sync step 2 it receives), 9 and 10 ping and pong.
//!
//! The server closes a socket that has sent nothing for its `timeout` (60 s by default); the load generator's
//! readers only listen, so runs where a client stays silent longer than that need a larger `timeout`.

use anyhow::{Context, bail};
use yrs::encoding::{
    read::{Cursor, Read},
    write::Write,
};

/// Message types after the document name.
mod message_type {
    pub const SYNC: u32 = 0;
    pub const AWARENESS: u32 = 1;
    pub const AUTH: u32 = 2;
    pub const QUERY_AWARENESS: u32 = 3;
    pub const STATELESS: u32 = 5;
    pub const CLOSE: u32 = 7;
    pub const SYNC_STATUS: u32 = 8;
}

/// Kinds of authentication message, after the `auth` type.
mod auth_type {
    pub const TOKEN: u32 = 0;
    pub const PERMISSION_DENIED: u32 = 1;
    pub const AUTHENTICATED: u32 = 2;
}

/// Frames a y-websocket message (starting with its type) for `document`.
#[must_use]
pub fn frame(document: &str, message: &[u8]) -> Vec<u8> {
    let mut frame = Vec::with_capacity(document.len() + message.len() + 2);
    frame.write_string(document);
    frame.write_all(message);
    frame
}

/// The message that authenticates the client for `document` with `token`.
#[must_use]
pub fn authentication(document: &str, token: &str) -> Vec<u8> {
    let mut frame = Vec::with_capacity(document.len() + token.len() + 4);
    frame.write_string(document);
    frame.write_var(message_type::AUTH);
    frame.write_var(auth_type::TOKEN);
    frame.write_string(token);
    frame
}

/// What a server's message says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServerMessage<'frame> {
    /// A y-websocket message (sync, awareness or awareness query): its bytes from the message type on.
    YWebsocket(&'frame [u8]),
    /// The server asks for the token again.
    TokenRequested,
    /// The client may use the document, with this scope (`"read-write"` or `"readonly"`).
    Authenticated(String),
    /// The server refused the client, for this reason.
    PermissionDenied(String),
    /// The server ended the document's connection, for this reason.
    Closed(String),
    /// Whether the client's last update was applied.
    SyncStatus(bool),
    /// A stateless message, or a type this client has no use for (pings, future types).
    Ignored(u32),
}

/// A server's message and the document it is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming<'frame> {
    /// The document named at the head of the frame.
    pub document: &'frame str,
    /// The message.
    pub message: ServerMessage<'frame>,
}

/// Reads a frame a Hocuspocus server sent.
///
/// # Errors
/// When the frame is truncated or its document name is not UTF-8.
pub fn parse(frame: &[u8]) -> anyhow::Result<Incoming<'_>> {
    let mut cursor = Cursor::new(frame);
    let document = read_borrowed_text(&mut cursor)
        .context("a Hocuspocus frame starts with the document's name")?;
    let message_start = cursor.next;
    let kind: u32 = cursor
        .read_var()
        .context("a Hocuspocus frame has a message type after the document's name")?;
    let message = match kind {
        message_type::SYNC | message_type::AWARENESS | message_type::QUERY_AWARENESS => {
            ServerMessage::YWebsocket(&frame[message_start..])
        }
        message_type::AUTH => {
            let auth: u32 = cursor.read_var().context("an auth message has a kind")?;
            match auth {
                auth_type::TOKEN => ServerMessage::TokenRequested,
                auth_type::AUTHENTICATED => ServerMessage::Authenticated(read_text(&mut cursor)?),
                auth_type::PERMISSION_DENIED => {
                    ServerMessage::PermissionDenied(read_text(&mut cursor)?)
                }
                other => bail!("unknown kind of auth message: {other}"),
            }
        }
        message_type::CLOSE => ServerMessage::Closed(read_text(&mut cursor)?),
        message_type::SYNC_STATUS => {
            let applied: u32 = cursor.read_var().context("a sync status has a value")?;
            ServerMessage::SyncStatus(applied == 1)
        }
        message_type::STATELESS => ServerMessage::Ignored(kind),
        other => ServerMessage::Ignored(other),
    };
    Ok(Incoming { document, message })
}

/// Reads a `varString` that borrows from the frame rather than from the cursor (as `Read::read_string` does),
/// so that the cursor reads on while the text is kept.
fn read_borrowed_text<'frame>(cursor: &mut Cursor<'frame>) -> anyhow::Result<&'frame str> {
    let length: usize = cursor.read_var()?;
    let frame: &'frame [u8] = cursor.buf;
    let end = cursor
        .next
        .checked_add(length)
        .filter(|&end| end <= frame.len())
        .context("the text is longer than the frame")?;
    let text = std::str::from_utf8(&frame[cursor.next..end]).context("the text is not UTF-8")?;
    cursor.next = end;
    Ok(text)
}

fn read_text(cursor: &mut Cursor<'_>) -> anyhow::Result<String> {
    cursor
        .read_string()
        .map(str::to_owned)
        .context("a truncated Hocuspocus message")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A frame as a Hocuspocus server writes it: the name, the type, then the fields.
    fn server_frame(document: &str, kind: u32, fields: impl FnOnce(&mut Vec<u8>)) -> Vec<u8> {
        let mut frame = Vec::new();
        frame.write_string(document);
        frame.write_var(kind);
        fields(&mut frame);
        frame
    }

    #[test]
    fn a_message_is_prefixed_by_the_length_and_bytes_of_the_document_name() {
        assert_eq!(
            frame("doc", &[0, 2, 1, 9]),
            [3, b'd', b'o', b'c', 0, 2, 1, 9]
        );
        // Lengths are in bytes, not characters.
        assert_eq!(frame("é", &[1])[..3], [2, 0xc3, 0xa9]);
    }

    #[test]
    fn a_long_document_name_takes_a_two_byte_length() {
        let name = "n".repeat(200);
        let framed = frame(&name, &[0]);
        assert_eq!(framed[..2], [0xc8, 0x01]);
        assert_eq!(framed.len(), 2 + 200 + 1);
    }

    #[test]
    fn authentication_sends_the_token_kind_and_the_token() {
        assert_eq!(
            authentication("room", ""),
            [4, b'r', b'o', b'o', b'm', 2, 0, 0]
        );
        assert_eq!(authentication("r", "ab"), [1, b'r', 2, 0, 2, b'a', b'b']);
    }

    #[test]
    fn a_sync_message_is_handed_on_from_its_type() {
        let framed = frame("room-1", &[0, 1, 3, 7, 7, 7]);
        let incoming = parse(&framed).expect("valid");
        assert_eq!(incoming.document, "room-1");
        assert_eq!(
            incoming.message,
            ServerMessage::YWebsocket(&[0, 1, 3, 7, 7, 7])
        );
        let awareness = frame("room-1", &[1, 1, 0]);
        assert_eq!(
            parse(&awareness).expect("valid").message,
            ServerMessage::YWebsocket(&[1, 1, 0])
        );
    }

    #[test]
    fn auth_answers_are_read() {
        let authenticated = server_frame("d", 2, |frame| {
            frame.write_var(2_u32);
            frame.write_string("read-write");
        });
        assert_eq!(
            parse(&authenticated).expect("valid").message,
            ServerMessage::Authenticated("read-write".to_owned())
        );
        let denied = server_frame("d", 2, |frame| {
            frame.write_var(1_u32);
            frame.write_string("permission-denied");
        });
        assert_eq!(
            parse(&denied).expect("valid").message,
            ServerMessage::PermissionDenied("permission-denied".to_owned())
        );
        let token_asked = server_frame("d", 2, |frame| frame.write_var(0_u32));
        assert_eq!(
            parse(&token_asked).expect("valid").message,
            ServerMessage::TokenRequested
        );
    }

    #[test]
    fn sync_status_close_and_other_types_are_read() {
        let status = server_frame("d", 8, |frame| frame.write_var(1_u32));
        assert_eq!(
            parse(&status).expect("valid").message,
            ServerMessage::SyncStatus(true)
        );
        let closed = server_frame("d", 7, |frame| frame.write_string("Connection Timeout"));
        assert_eq!(
            parse(&closed).expect("valid").message,
            ServerMessage::Closed("Connection Timeout".to_owned())
        );
        let stateless = server_frame("d", 5, |frame| frame.write_string("{}"));
        assert_eq!(
            parse(&stateless).expect("valid").message,
            ServerMessage::Ignored(5)
        );
        let pong = server_frame("d", 10, |_| {});
        assert_eq!(
            parse(&pong).expect("valid").message,
            ServerMessage::Ignored(10)
        );
    }

    #[test]
    fn truncated_frames_are_errors() {
        // A name longer than the frame.
        assert!(parse(&[9, b'd']).is_err());
        // A name and no type.
        assert!(parse(&[1, b'd']).is_err());
        // A denial without its reason.
        assert!(parse(&[1, b'd', 2, 1]).is_err());
        // A name that is not UTF-8.
        assert!(parse(&[1, 0xff, 0]).is_err());
        assert!(parse(&[]).is_err());
    }
}
