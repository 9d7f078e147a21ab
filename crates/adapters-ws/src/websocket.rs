//! The WebSocket wire (RFC 6455) on a TCP stream the HTTP server handed over: the handshake answer, frames
//! encoded once for any number of connections, and messages read with no buffer held between them.
//!
//! actix-http parses the upgrade request and gives up the socket (its `upgrade` hook); from then on a
//! connection is this module's `WebSocket`, driven by one task (`session`). Frame parsing and masking are
//! actix-http's codec; what is ours is the buffering: an idle connection holds no buffer at all (a read
//! allocates one only when the socket has data, and frees it once every complete message is out), and a frame
//! sent to many connections is encoded once and shared. That keeps an idle connection to a few hundred bytes
//! of our own, where a connection kept in actix's HTTP dispatcher holds two 8 KiB buffers for its lifetime.

use std::{io, time::Duration};

use actix_http::{
    RequestHead,
    ws::{self, CloseReason, Codec, Frame, HandshakeError, Item, OpCode, Parser, ProtocolError},
};
use bytes::{Buf, Bytes, BytesMut};
use bytestring::ByteString;
use tokio::{io::AsyncWriteExt, net::TcpStream};

/// Frames handed to one `writev` at most.
const WRITE_SLICES: usize = 64;

/// A read never takes more than this from the socket at once.
const READ_CHUNK: usize = 16 * 1024;

/// The `101 Switching Protocols` answer to a valid handshake.
///
/// # Errors
/// The request is not a WebSocket handshake this server accepts (not a `GET`, no `Upgrade: websocket`, a
/// version other than 13, a malformed key).
pub fn accept_handshake(request: &RequestHead) -> Result<Bytes, HandshakeError> {
    ws::verify_handshake(request)?;
    let key = request
        .headers()
        .get(actix_http::header::SEC_WEBSOCKET_KEY)
        .ok_or(HandshakeError::BadWebsocketKey)?;
    let accept = ws::hash_key(key.as_bytes());
    let mut response = BytesMut::with_capacity(160);
    response.extend_from_slice(
        b"HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: Upgrade\r\nsec-websocket-accept: ",
    );
    response.extend_from_slice(&accept);
    response.extend_from_slice(b"\r\n\r\n");
    Ok(response.freeze())
}

/// An HTTP error answer to a request that cannot be upgraded, with the API's `{"detail": ...}` body; the
/// connection closes after it.
#[must_use]
pub fn refusal(status: u16, reason: &str, detail: &str) -> Bytes {
    let body = serde_json::json!({ "detail": detail }).to_string();
    let mut extra = String::new();
    if status == 405 {
        extra.push_str("allow: GET\r\n");
    }
    if status == 426 {
        extra.push_str("upgrade: websocket\r\nsec-websocket-version: 13\r\n");
    }
    Bytes::from(format!(
        "HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n{extra}connection: close\r\n\r\n{body}",
        body.len()
    ))
}

/// The HTTP status, reason phrase and explanation for a refused handshake.
#[must_use]
pub fn handshake_refusal(error: HandshakeError) -> Bytes {
    let detail = format!("not a WebSocket handshake: {error}");
    match error {
        HandshakeError::GetMethodRequired => refusal(405, "Method Not Allowed", &detail),
        HandshakeError::UnsupportedVersion => refusal(426, "Upgrade Required", &detail),
        _ => refusal(400, "Bad Request", &detail),
    }
}

/// Server-to-client frames (never masked), each encoded into one buffer ready to write; cloning one for
/// another connection is a reference count.
pub mod frame {
    use super::{Bytes, BytesMut, CloseReason, OpCode, Parser};

    fn encode(payload: &[u8], opcode: OpCode) -> Bytes {
        let mut frame = BytesMut::with_capacity(payload.len() + 10);
        Parser::write_message(&mut frame, payload, opcode, true, false);
        frame.freeze()
    }

    /// A text frame.
    #[must_use]
    pub fn text(text: &str) -> Bytes {
        encode(text.as_bytes(), OpCode::Text)
    }

    /// A binary frame.
    #[must_use]
    pub fn binary(payload: &[u8]) -> Bytes {
        encode(payload, OpCode::Binary)
    }

    /// An empty ping.
    #[must_use]
    pub fn ping() -> Bytes {
        encode(&[], OpCode::Ping)
    }

    /// The pong answering a ping with `payload`.
    #[must_use]
    pub fn pong(payload: &[u8]) -> Bytes {
        encode(payload, OpCode::Pong)
    }

    /// A close frame; its reason is cut to fit a control frame (125 bytes).
    #[must_use]
    pub fn close(reason: Option<CloseReason>) -> Bytes {
        let reason = reason.map(|mut reason| {
            if let Some(description) = &mut reason.description {
                let mut end = description.len().min(123);
                while !description.is_char_boundary(end) {
                    end -= 1;
                }
                description.truncate(end);
            }
            reason
        });
        let mut frame = BytesMut::with_capacity(2 + 125);
        Parser::write_close(&mut frame, reason, false);
        frame.freeze()
    }
}

/// A complete message from the client (continuations already joined).
#[derive(Debug, PartialEq, Eq)]
pub enum Incoming {
    /// A text message, valid UTF-8.
    Text(ByteString),
    /// A binary message.
    Binary(Bytes),
    /// A ping, to answer with its payload.
    Ping(Bytes),
    /// A pong.
    Pong,
    /// The client closes the connection.
    Close(Option<CloseReason>),
}

/// Why reading from a client failed; each maps to the close code it deserves.
#[derive(Debug, thiserror::Error)]
pub enum WireError {
    /// A frame or message over the size limit (close 1009).
    #[error("message too big")]
    TooBig,
    /// A text message that is not UTF-8 (close 1007).
    #[error("text frame is not valid UTF-8")]
    InvalidUtf8,
    /// Any other violation of RFC 6455 (close 1002).
    #[error("websocket protocol error: {0}")]
    Protocol(ProtocolError),
    /// The socket failed; nothing more can be sent.
    #[error("socket error: {0}")]
    Io(#[from] io::Error),
}

/// What a read found.
#[derive(Debug, PartialEq, Eq)]
pub enum ReadOutcome {
    /// The socket is still open (messages, if any, were added).
    Open,
    /// The client closed its side.
    Eof,
}

/// A message being received in fragments.
struct Fragments {
    text: bool,
    data: BytesMut,
}

/// One client's WebSocket.
pub struct WebSocket {
    stream: TcpStream,
    /// Received bytes not yet decoded; empty (no allocation) between messages.
    input: BytesMut,
    codec: Codec,
    max_message_bytes: usize,
    fragments: Option<Fragments>,
    /// Bytes that came with the handshake are waiting to be decoded.
    early_unread: bool,
}

impl WebSocket {
    /// A WebSocket on `stream` after the handshake; `early` holds bytes the client sent right after it.
    #[must_use]
    pub fn new(stream: TcpStream, early: &[u8], max_message_bytes: usize) -> Self {
        Self {
            stream,
            input: BytesMut::from(early),
            codec: Codec::new().max_size(max_message_bytes),
            max_message_bytes,
            fragments: None,
            early_unread: !early.is_empty(),
        }
    }

    /// Waits until the client has sent something (or closed). Cancel-safe.
    ///
    /// # Errors
    /// The socket failed.
    pub async fn readable(&self) -> io::Result<()> {
        if self.early_unread {
            Ok(())
        } else {
            self.stream.readable().await
        }
    }

    /// Reads what the socket has without waiting, and appends every complete message to `messages`.
    ///
    /// # Errors
    /// A frame breaks the protocol or the size limit, or the socket failed; the connection must close.
    pub fn read_available(
        &mut self,
        messages: &mut Vec<Incoming>,
    ) -> Result<ReadOutcome, WireError> {
        let mut outcome = ReadOutcome::Open;
        self.early_unread = false;
        // A few reads at most, so one busy client cannot keep its task (and its thread's other connections)
        // from the rest of their work; what is left is read on the next call.
        for _ in 0..4 {
            if self.input.capacity() - self.input.len() < READ_CHUNK / 4 {
                self.input.reserve(READ_CHUNK);
            }
            match self.stream.try_read_buf(&mut self.input) {
                Ok(0) => {
                    outcome = ReadOutcome::Eof;
                    break;
                }
                Ok(_) => {
                    self.check_declared_length()?;
                    self.decode(messages)?;
                }
                Err(error) if error.kind() == io::ErrorKind::WouldBlock => break,
                Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
                Err(error) => return Err(error.into()),
            }
        }
        self.decode(messages)?;
        if self.input.is_empty() {
            // Idle again: give the buffer back rather than hold it until the next message.
            self.input = BytesMut::new();
        }
        Ok(outcome)
    }

    /// Refuses a frame whose header announces more than the limit as soon as the header is in, instead of
    /// buffering the payload first.
    fn check_declared_length(&self) -> Result<(), WireError> {
        let header = &self.input[..];
        if header.len() < 2 {
            return Ok(());
        }
        let declared = match header[1] & 0x7f {
            126 if header.len() >= 4 => u64::from(u16::from_be_bytes([header[2], header[3]])),
            127 if header.len() >= 10 => {
                let mut length = [0; 8];
                length.copy_from_slice(&header[2..10]);
                u64::from_be_bytes(length)
            }
            126 | 127 => return Ok(()),
            short => u64::from(short),
        };
        let buffered = self.fragments.as_ref().map_or(0, |f| f.data.len());
        if declared.saturating_add(buffered as u64) > self.max_message_bytes as u64 {
            return Err(WireError::TooBig);
        }
        Ok(())
    }

    fn decode(&mut self, messages: &mut Vec<Incoming>) -> Result<(), WireError> {
        while let Some(frame) = self.codec.decode_frame(&mut self.input)? {
            if let Some(message) = self.assemble(frame)? {
                messages.push(message);
            }
            self.check_declared_length()?;
        }
        Ok(())
    }

    fn assemble(&mut self, frame: Frame) -> Result<Option<Incoming>, WireError> {
        Ok(Some(match frame {
            Frame::Text(data) => Incoming::Text(text(data)?),
            Frame::Binary(data) => Incoming::Binary(data),
            Frame::Ping(data) => Incoming::Ping(data),
            Frame::Pong(_) => Incoming::Pong,
            Frame::Close(reason) => Incoming::Close(reason),
            Frame::Continuation(Item::FirstText(data)) => {
                self.start_fragments(true, &data);
                return Ok(None);
            }
            Frame::Continuation(Item::FirstBinary(data)) => {
                self.start_fragments(false, &data);
                return Ok(None);
            }
            Frame::Continuation(Item::Continue(data)) => {
                self.extend_fragments(&data)?;
                return Ok(None);
            }
            Frame::Continuation(Item::Last(data)) => {
                self.extend_fragments(&data)?;
                let Some(fragments) = self.fragments.take() else {
                    return Err(WireError::Protocol(ProtocolError::ContinuationNotStarted));
                };
                let data = fragments.data.freeze();
                if fragments.text {
                    Incoming::Text(text(data)?)
                } else {
                    Incoming::Binary(data)
                }
            }
        }))
    }

    fn start_fragments(&mut self, text: bool, data: &[u8]) {
        self.fragments = Some(Fragments {
            text,
            data: BytesMut::from(data),
        });
    }

    fn extend_fragments(&mut self, data: &[u8]) -> Result<(), WireError> {
        let Some(fragments) = &mut self.fragments else {
            return Err(WireError::Protocol(ProtocolError::ContinuationNotStarted));
        };
        if fragments.data.len() + data.len() > self.max_message_bytes {
            return Err(WireError::TooBig);
        }
        fragments.data.extend_from_slice(data);
        Ok(())
    }

    /// Waits until the socket can take more bytes. Cancel-safe.
    ///
    /// # Errors
    /// The socket failed.
    pub async fn writable(&self) -> io::Result<()> {
        self.stream.writable().await
    }

    /// Writes as much of `frames` as the socket takes without waiting, dropping what was written (a frame
    /// written in part keeps its rest at the front).
    ///
    /// # Errors
    /// The socket failed.
    pub fn write_available(
        &self,
        frames: &mut std::collections::VecDeque<Bytes>,
    ) -> io::Result<()> {
        self.write_some(frames)?;
        if frames.is_empty() {
            // Everything is out: an idle connection keeps no queue allocation.
            *frames = std::collections::VecDeque::new();
        }
        Ok(())
    }

    fn write_some(&self, frames: &mut std::collections::VecDeque<Bytes>) -> io::Result<()> {
        while !frames.is_empty() {
            // On the stack: this runs for every delivery.
            let mut slices = [io::IoSlice::new(&[]); WRITE_SLICES];
            let mut count = 0;
            for (slice, frame) in slices.iter_mut().zip(frames.iter()) {
                *slice = io::IoSlice::new(frame);
                count += 1;
            }
            let mut written = match self.stream.try_write_vectored(&slices[..count]) {
                Ok(written) => written,
                Err(error) if error.kind() == io::ErrorKind::WouldBlock => return Ok(()),
                Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
                Err(error) => return Err(error),
            };
            if written == 0 {
                return Err(io::ErrorKind::WriteZero.into());
            }
            while written > 0 {
                let Some(front) = frames.front_mut() else {
                    break;
                };
                if written >= front.len() {
                    written -= front.len();
                    frames.pop_front();
                } else {
                    front.advance(written);
                    written = 0;
                }
            }
        }
        Ok(())
    }

    /// Writes every frame of `frames`, waiting for the socket as long as it takes.
    ///
    /// # Errors
    /// The socket failed.
    pub async fn write_all(
        &self,
        frames: &mut std::collections::VecDeque<Bytes>,
    ) -> io::Result<()> {
        while !frames.is_empty() {
            self.writable().await?;
            self.write_available(frames)?;
        }
        Ok(())
    }

    /// Ends the connection after `frames` and a close frame, within `grace`: sends them, shuts the sending side
    /// and reads until the client closes too, so the close frame is not lost to a reset of unread input.
    pub async fn close(
        mut self,
        mut frames: std::collections::VecDeque<Bytes>,
        reason: Option<CloseReason>,
        grace: Duration,
    ) {
        let closing = async {
            frames.push_back(frame::close(reason));
            self.write_all(&mut frames).await?;
            self.stream.shutdown().await?;
            let mut discard = [0u8; 1024];
            loop {
                self.stream.readable().await?;
                match self.stream.try_read(&mut discard) {
                    Ok(0) => return Ok::<_, io::Error>(()),
                    Ok(_) => {}
                    Err(error) if error.kind() == io::ErrorKind::WouldBlock => {}
                    Err(error) => return Err(error),
                }
            }
        };
        if tokio::time::timeout(grace, closing).await.is_err() {
            tracing::debug!("close not completed in time; dropping the connection");
        }
    }
}

/// Decoding a frame with actix-http's codec, as a method on it.
trait DecodeFrame {
    fn decode_frame(&mut self, input: &mut BytesMut) -> Result<Option<Frame>, WireError>;
}

impl DecodeFrame for Codec {
    fn decode_frame(&mut self, input: &mut BytesMut) -> Result<Option<Frame>, WireError> {
        use actix_codec::Decoder;
        self.decode(input).map_err(|error| match error {
            ProtocolError::Overflow => WireError::TooBig,
            other => WireError::Protocol(other),
        })
    }
}

fn text(data: Bytes) -> Result<ByteString, WireError> {
    ByteString::try_from(data).map_err(|_| WireError::InvalidUtf8)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A client frame: masked, as RFC 6455 requires of clients.
    fn client_frame(opcode: OpCode, fin: bool, payload: &[u8]) -> Vec<u8> {
        let mut frame = BytesMut::new();
        Parser::write_message(&mut frame, payload, opcode, fin, true);
        frame.to_vec()
    }

    async fn connected_pair(max: usize) -> (WebSocket, TcpStream) {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let address = listener.local_addr().expect("address");
        let client = TcpStream::connect(address).await.expect("connect");
        let (server, _) = listener.accept().await.expect("accept");
        (WebSocket::new(server, &[], max), client)
    }

    async fn read_messages(socket: &mut WebSocket) -> Result<Vec<Incoming>, WireError> {
        let mut messages = Vec::new();
        socket.readable().await?;
        socket.read_available(&mut messages)?;
        Ok(messages)
    }

    #[tokio::test]
    async fn fragments_are_joined_and_the_buffer_is_released_after() {
        let (mut socket, mut client) = connected_pair(1024).await;
        let mut bytes = client_frame(OpCode::Text, false, "héllo ".as_bytes());
        bytes.extend(client_frame(OpCode::Continue, true, b"world"));
        bytes.extend(client_frame(OpCode::Binary, true, &[1, 2, 3]));
        client.write_all(&bytes).await.expect("write");
        let mut messages = Vec::new();
        while messages.len() < 2 {
            messages.extend(read_messages(&mut socket).await.expect("read"));
        }
        assert_eq!(
            messages,
            vec![
                Incoming::Text(ByteString::from_static("héllo world")),
                Incoming::Binary(Bytes::from_static(&[1, 2, 3])),
            ]
        );
        assert_eq!(socket.input.capacity(), 0, "no buffer held while idle");
    }

    #[tokio::test]
    async fn a_frame_announcing_more_than_the_limit_is_refused_before_its_payload_arrives() {
        let (mut socket, mut client) = connected_pair(1024).await;
        // The header of a masked 1 GiB binary frame, and nothing else.
        let mut header = vec![0x82, 0x80 | 127];
        header.extend((1u64 << 30).to_be_bytes());
        header.extend([0, 0, 0, 0]);
        client.write_all(&header).await.expect("write");
        assert!(matches!(
            read_messages(&mut socket).await,
            Err(WireError::TooBig)
        ));
    }

    #[tokio::test]
    async fn fragments_adding_up_past_the_limit_are_refused() {
        let (mut socket, mut client) = connected_pair(10).await;
        let mut bytes = client_frame(OpCode::Binary, false, &[0; 8]);
        bytes.extend(client_frame(OpCode::Continue, true, &[0; 8]));
        client.write_all(&bytes).await.expect("write");
        let mut result = Ok(Vec::new());
        for _ in 0..3 {
            result = read_messages(&mut socket).await;
            if result.is_err() {
                break;
            }
        }
        assert!(matches!(result, Err(WireError::TooBig)));
    }

    #[tokio::test]
    async fn invalid_utf8_and_unmasked_frames_are_errors() {
        let (mut socket, mut client) = connected_pair(1024).await;
        client
            .write_all(&client_frame(OpCode::Text, true, &[0xff, 0xfe]))
            .await
            .expect("write");
        assert!(matches!(
            read_messages(&mut socket).await,
            Err(WireError::InvalidUtf8)
        ));
        let (mut socket, mut client) = connected_pair(1024).await;
        let mut unmasked = BytesMut::new();
        Parser::write_message(&mut unmasked, b"hi", OpCode::Text, true, false);
        client.write_all(&unmasked).await.expect("write");
        assert!(matches!(
            read_messages(&mut socket).await,
            Err(WireError::Protocol(ProtocolError::UnmaskedFrame))
        ));
    }

    #[test]
    fn a_long_close_reason_is_cut_to_a_control_frame_on_a_character_boundary() {
        let reason = CloseReason {
            code: ws::CloseCode::Away,
            description: Some("é".repeat(100)),
        };
        let frame = frame::close(Some(reason));
        assert!(frame.len() <= 2 + 125, "{} bytes", frame.len());
        let payload = &frame[2..];
        assert!(std::str::from_utf8(&payload[2..]).is_ok());
    }

    #[test]
    fn the_handshake_answer_carries_the_key_hash_of_rfc_6455() {
        let request = actix_http::test::TestRequest::default()
            .insert_header(("upgrade", "websocket"))
            .insert_header(("connection", "Upgrade"))
            .insert_header(("sec-websocket-version", "13"))
            .insert_header(("sec-websocket-key", "dGhlIHNhbXBsZSBub25jZQ=="))
            .finish();
        let answer = accept_handshake(request.head()).expect("valid handshake");
        let answer = std::str::from_utf8(&answer).expect("ascii");
        assert!(answer.starts_with("HTTP/1.1 101 "));
        // The example of RFC 6455 section 1.3.
        assert!(answer.contains("sec-websocket-accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"));
        let refused = actix_http::test::TestRequest::default().finish();
        assert!(accept_handshake(refused.head()).is_err());
    }
}
