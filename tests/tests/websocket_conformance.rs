//! RFC 6455 conformance of the WebSocket endpoints, spoken in raw bytes over TCP to the real server: the
//! essentials of the Autobahn|Testsuite families (framing, fragmentation, control frames, UTF-8, the close
//! handshake, limits, heartbeats) and of the HTTP upgrade (version, pipelining).
//!
//! Autobahn itself needs Python 2, which these machines lack; these tests check the same rules on both paths
//! (`/ws/{room}` and `/yjs/{room}`), each with the close code or the answer the RFC asks for.

use std::time::Duration;

use pairprog::Settings;
use pairprog_tests::app::{TestApp, spawn_app_with, test_settings};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
};

const TEXT: u8 = 0x1;
const BINARY: u8 = 0x2;
const CONTINUATION: u8 = 0x0;
const CLOSE: u8 = 0x8;
const PING: u8 = 0x9;
const PONG: u8 = 0xA;

/// The message limit the tests run with (`MAX_MESSAGE_BYTES`).
const LIMIT: usize = 64 * 1024;

const WAIT: Duration = Duration::from_secs(10);

async fn spawn() -> (TestApp, String) {
    let mut settings: Settings = test_settings();
    settings.max_message_bytes = LIMIT;
    settings.heartbeat_interval_secs = 1;
    settings.client_timeout_secs = 2;
    let app = spawn_app_with(
        settings,
        std::sync::Arc::new(adapters_memory::InMemoryRoomRepository::new()),
    )
    .await;
    let room = app.create_room().await;
    (app, room)
}

/// One frame as a client sends it: masked (unless `masked` is false), with the given first byte's bits.
fn frame(fin: bool, rsv: u8, opcode: u8, payload: &[u8], masked: bool) -> Vec<u8> {
    let mut bytes = vec![(u8::from(fin) << 7) | (rsv << 4) | opcode];
    let mask_bit = if masked { 0x80 } else { 0 };
    match payload.len() {
        short @ 0..=125 => bytes.push(mask_bit | u8::try_from(short).expect("short")),
        medium @ 126..=0xFFFF => {
            bytes.push(mask_bit | 126);
            bytes.extend_from_slice(&u16::try_from(medium).expect("medium").to_be_bytes());
        }
        long => {
            bytes.push(mask_bit | 127);
            bytes.extend_from_slice(&(long as u64).to_be_bytes());
        }
    }
    if masked {
        let key = [0x37, 0xfa, 0x21, 0x3d];
        bytes.extend_from_slice(&key);
        bytes.extend(payload.iter().enumerate().map(|(i, b)| b ^ key[i % 4]));
    } else {
        bytes.extend_from_slice(payload);
    }
    bytes
}

fn message(opcode: u8, payload: &[u8]) -> Vec<u8> {
    frame(true, 0, opcode, payload, true)
}

fn close_payload(code: u16, reason: &[u8]) -> Vec<u8> {
    let mut payload = code.to_be_bytes().to_vec();
    payload.extend_from_slice(reason);
    payload
}

/// A frame as the server sent it.
#[derive(Debug)]
struct Frame {
    fin: bool,
    opcode: u8,
    payload: Vec<u8>,
}

impl Frame {
    fn close_code(&self) -> Option<u16> {
        (self.opcode == CLOSE && self.payload.len() >= 2)
            .then(|| u16::from_be_bytes([self.payload[0], self.payload[1]]))
    }
}

/// A WebSocket client on a bare TCP socket.
struct RawClient {
    stream: TcpStream,
    buffer: Vec<u8>,
}

const HANDSHAKE_KEY: &str = "dGhlIHNhbXBsZSBub25jZQ==";

fn upgrade_request(path: &str, version: &str) -> String {
    format!(
        "GET {path} {version}\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
         Sec-WebSocket-Key: {HANDSHAKE_KEY}\r\nSec-WebSocket-Version: 13\r\n\r\n"
    )
}

impl RawClient {
    async fn tcp(app: &TestApp) -> Self {
        let stream = TcpStream::connect(("127.0.0.1", app.port))
            .await
            .expect("connect");
        stream.set_nodelay(true).expect("nodelay");
        Self {
            stream,
            buffer: Vec::new(),
        }
    }

    /// Connects and completes the handshake on `path`, then takes the first message the room sends (the
    /// JSON `initial_state`, or Yjs sync step 1).
    async fn connect(app: &TestApp, path: &str) -> Self {
        let mut client = Self::tcp(app).await;
        client
            .send(upgrade_request(path, "HTTP/1.1").as_bytes())
            .await;
        let head = client.read_http_head().await;
        assert!(head.starts_with("HTTP/1.1 101"), "{head}");
        let first = client.read_frame().await.expect("the room's first message");
        assert!(matches!(first.opcode, TEXT | BINARY), "{first:?}");
        client
    }

    async fn send(&mut self, bytes: &[u8]) {
        self.stream.write_all(bytes).await.expect("write");
    }

    async fn fill(&mut self) -> bool {
        let mut chunk = [0u8; 16 * 1024];
        match tokio::time::timeout(WAIT, self.stream.read(&mut chunk)).await {
            Ok(Ok(0) | Err(_)) => false,
            Ok(Ok(read)) => {
                self.buffer.extend_from_slice(&chunk[..read]);
                true
            }
            Err(_) => panic!("nothing from the server within {WAIT:?}"),
        }
    }

    /// The status line and headers of an HTTP response, and its body when it has a `content-length`.
    async fn read_http_head(&mut self) -> String {
        loop {
            if let Some(end) = self.buffer.windows(4).position(|w| w == b"\r\n\r\n") {
                let head = String::from_utf8_lossy(&self.buffer[..end + 4]).into_owned();
                self.buffer.drain(..end + 4);
                let length = head
                    .lines()
                    .find_map(|line| {
                        let (name, value) = line.split_once(':')?;
                        name.eq_ignore_ascii_case("content-length")
                            .then(|| value.trim().parse::<usize>().ok())?
                    })
                    .unwrap_or(0);
                while self.buffer.len() < length {
                    assert!(self.fill().await, "connection closed inside a body");
                }
                let body = String::from_utf8_lossy(&self.buffer[..length]).into_owned();
                self.buffer.drain(..length);
                return head + &body;
            }
            assert!(
                self.fill().await,
                "connection closed before the HTTP answer"
            );
        }
    }

    /// The next frame, or `None` when the server closed the TCP connection.
    async fn read_frame(&mut self) -> Option<Frame> {
        loop {
            if let Some((frame, used)) = parse_server_frame(&self.buffer) {
                self.buffer.drain(..used);
                return Some(frame);
            }
            if !self.fill().await {
                return None;
            }
        }
    }

    /// Reads until a close frame, skipping data frames (room messages) and pongs; returns its code.
    async fn expect_close(&mut self) -> Option<u16> {
        loop {
            let frame = self
                .read_frame()
                .await
                .expect("a close frame before the end");
            if frame.opcode == CLOSE {
                return frame.close_code();
            }
        }
    }

    /// After the close frame, the server ends the TCP connection.
    async fn expect_end(&mut self) {
        while let Some(frame) = self.read_frame().await {
            assert_ne!(frame.opcode, TEXT, "nothing after the close: {frame:?}");
        }
    }

    /// The next frame that is not a heartbeat ping.
    async fn next_answer(&mut self) -> Frame {
        loop {
            let frame = self.read_frame().await.expect("an answer");
            if frame.opcode != PING {
                return frame;
            }
        }
    }
}

fn parse_server_frame(buffer: &[u8]) -> Option<(Frame, usize)> {
    if buffer.len() < 2 {
        return None;
    }
    assert_eq!(buffer[1] & 0x80, 0, "server frames are never masked");
    let (length, header) = match buffer[1] & 0x7f {
        126 => (
            usize::from(u16::from_be_bytes([*buffer.get(2)?, *buffer.get(3)?])),
            4,
        ),
        127 => {
            let bytes: [u8; 8] = buffer.get(2..10)?.try_into().ok()?;
            (usize::try_from(u64::from_be_bytes(bytes)).ok()?, 10)
        }
        short => (usize::from(short), 2),
    };
    let payload = buffer.get(header..header + length)?.to_vec();
    Some((
        Frame {
            fin: buffer[0] & 0x80 != 0,
            opcode: buffer[0] & 0x0f,
            payload,
        },
        header + length,
    ))
}

fn code_update(code: &str) -> Vec<u8> {
    serde_json::json!({"type": "code_update", "code": code, "timestamp": 1})
        .to_string()
        .into_bytes()
}

/// Sends `payload` as a text message cut into `parts` fragments.
fn fragmented(opcode: u8, payload: &[u8], parts: usize) -> Vec<Vec<u8>> {
    let size = payload.len().div_ceil(parts);
    let chunks: Vec<&[u8]> = payload.chunks(size).collect();
    chunks
        .iter()
        .enumerate()
        .map(|(i, chunk)| {
            let opcode = if i == 0 { opcode } else { CONTINUATION };
            frame(i + 1 == chunks.len(), 0, opcode, chunk, true)
        })
        .collect()
}

#[tokio::test]
async fn a_fragmented_text_message_is_joined_and_answered() {
    let (app, room) = spawn().await;
    let mut client = RawClient::connect(&app, &format!("/ws/{room}")).await;
    for part in fragmented(TEXT, &code_update("print('fragments')"), 4) {
        client.send(&part).await;
    }
    let answer = client.next_answer().await;
    assert_eq!(answer.opcode, TEXT);
    let answer: serde_json::Value = serde_json::from_slice(&answer.payload).expect("JSON");
    assert_eq!(answer["type"], "ack");
    assert_eq!(app.get_room(&room).await["code"], "print('fragments')");
}

#[tokio::test]
async fn a_fragmented_binary_message_is_joined_and_answered() {
    let (app, room) = spawn().await;
    let mut client = RawClient::connect(&app, &format!("/yjs/{room}")).await;
    // Sync step 1 with an empty state vector: [message sync, step 1, length 1, no clients].
    for part in fragmented(BINARY, &[0, 0, 1, 0], 3) {
        client.send(&part).await;
    }
    loop {
        let answer = client.next_answer().await;
        assert_eq!(answer.opcode, BINARY);
        // Sync step 2 answers it (awareness messages may come first).
        if answer.payload.starts_with(&[0, 1]) {
            break;
        }
    }
}

#[tokio::test]
async fn a_ping_between_fragments_is_answered_and_does_not_count_against_the_limit() {
    let (app, room) = spawn().await;
    let mut client = RawClient::connect(&app, &format!("/ws/{room}")).await;
    // A message just under the limit, in two halves, with a full-size ping between them.
    let code = "x".repeat(LIMIT - 100);
    let update = code_update(&code);
    assert!(update.len() < LIMIT && update.len() + 125 > LIMIT);
    let half = update.len() / 2;
    client
        .send(&frame(false, 0, TEXT, &update[..half], true))
        .await;
    client.send(&message(PING, &[7u8; 125])).await;
    let pong = client.next_answer().await;
    assert_eq!(pong.opcode, PONG);
    assert_eq!(pong.payload, vec![7u8; 125]);
    client
        .send(&frame(true, 0, CONTINUATION, &update[half..], true))
        .await;
    let answer = client.next_answer().await;
    assert_eq!(answer.opcode, TEXT, "{answer:?}");
    let answer: serde_json::Value = serde_json::from_slice(&answer.payload).expect("JSON");
    assert_eq!(answer["type"], "ack");
}

#[tokio::test]
async fn a_ping_gets_a_pong_with_its_payload() {
    let (app, room) = spawn().await;
    for path in [format!("/ws/{room}"), format!("/yjs/{room}")] {
        let mut client = RawClient::connect(&app, &path).await;
        client.send(&message(PING, b"are you there?")).await;
        let pong = loop {
            let frame = client.next_answer().await;
            if frame.opcode == PONG {
                break frame;
            }
        };
        assert_eq!(pong.payload, b"are you there?", "{path}");
        assert!(pong.fin);
    }
}

#[tokio::test]
async fn a_thousand_pings_in_one_write_are_answered_and_the_pinger_stays_connected() {
    let (app, room) = spawn().await;
    let mut client = RawClient::connect(&app, &format!("/ws/{room}")).await;
    let mut burst = Vec::new();
    for i in 0..1000u32 {
        burst.extend(message(PING, &i.to_be_bytes()));
    }
    client.send(&burst).await;
    // Answered (pongs may be coalesced: the newest ping's payload is the last answered)...
    let last = 999u32.to_be_bytes();
    loop {
        let frame = client.next_answer().await;
        assert_eq!(frame.opcode, PONG, "{frame:?}");
        if frame.payload == last {
            break;
        }
    }
    // ... and the connection still works.
    client
        .send(&message(TEXT, &code_update("still here")))
        .await;
    let answer = client.next_answer().await;
    assert_eq!(answer.opcode, TEXT, "{answer:?}");
}

#[tokio::test]
async fn control_frames_over_125_bytes_are_a_protocol_error() {
    let (app, room) = spawn().await;
    for path in [format!("/ws/{room}"), format!("/yjs/{room}")] {
        let mut client = RawClient::connect(&app, &path).await;
        client.send(&message(PING, &[1u8; 126])).await;
        assert_eq!(client.expect_close().await, Some(1002), "{path}");
        client.expect_end().await;
    }
}

#[tokio::test]
async fn a_fragmented_control_frame_is_a_protocol_error() {
    let (app, room) = spawn().await;
    let mut client = RawClient::connect(&app, &format!("/ws/{room}")).await;
    client.send(&frame(false, 0, PING, b"part", true)).await;
    assert_eq!(client.expect_close().await, Some(1002));
}

#[tokio::test]
async fn an_unmasked_client_frame_is_a_protocol_error() {
    let (app, room) = spawn().await;
    for path in [format!("/ws/{room}"), format!("/yjs/{room}")] {
        let mut client = RawClient::connect(&app, &path).await;
        client
            .send(&frame(true, 0, TEXT, &code_update("unmasked"), false))
            .await;
        assert_eq!(client.expect_close().await, Some(1002), "{path}");
    }
    assert_eq!(app.get_room(&room).await["code"], "");
}

#[tokio::test]
async fn reserved_bits_and_unknown_opcodes_are_protocol_errors() {
    let (app, room) = spawn().await;
    let cases = [
        frame(true, 0b100, TEXT, &code_update("rsv1"), true),
        frame(true, 0b010, TEXT, &code_update("rsv2"), true),
        frame(true, 0b001, PING, b"", true),
        frame(true, 0, 0x3, b"", true),
        frame(true, 0, 0xB, b"", true),
    ];
    for (i, bytes) in cases.iter().enumerate() {
        let mut client = RawClient::connect(&app, &format!("/ws/{room}")).await;
        client.send(bytes).await;
        assert_eq!(client.expect_close().await, Some(1002), "case {i}");
    }
    assert_eq!(app.get_room(&room).await["code"], "");
}

#[tokio::test]
async fn invalid_utf8_in_a_text_message_closes_with_1007() {
    let (app, room) = spawn().await;
    let mut whole = RawClient::connect(&app, &format!("/ws/{room}")).await;
    whole.send(&message(TEXT, b"{\"type\":\"\xff\"}")).await;
    assert_eq!(whole.expect_close().await, Some(1007));

    // A valid character split across two fragments is fine; an invalid sequence split across them is not.
    let mut split = RawClient::connect(&app, &format!("/ws/{room}")).await;
    let update = code_update("naïve");
    let cut = update
        .windows(2)
        .position(|w| w == "ï".as_bytes())
        .expect("ï")
        + 1;
    split
        .send(&frame(false, 0, TEXT, &update[..cut], true))
        .await;
    split
        .send(&frame(true, 0, CONTINUATION, &update[cut..], true))
        .await;
    let answer = split.next_answer().await;
    assert_eq!(answer.opcode, TEXT);
    split
        .send(&frame(false, 0, TEXT, b"{\"type\":\"\xe2\x82", true))
        .await;
    split
        .send(&frame(true, 0, CONTINUATION, b"\x28\"}", true))
        .await;
    assert_eq!(split.expect_close().await, Some(1007));
}

#[tokio::test]
async fn close_frames_with_invalid_codes_or_reasons_are_protocol_errors() {
    let (app, room) = spawn().await;
    let cases = [
        close_payload(999, b""),
        close_payload(1004, b""),
        close_payload(1005, b""),
        close_payload(1006, b""),
        close_payload(1016, b""),
        close_payload(2999, b""),
        close_payload(5000, b""),
        close_payload(1000, b"\xff\xfe"),
        vec![0x03],
    ];
    for (i, payload) in cases.iter().enumerate() {
        let mut client = RawClient::connect(&app, &format!("/ws/{room}")).await;
        client.send(&message(CLOSE, payload)).await;
        assert_eq!(client.expect_close().await, Some(1002), "case {i}");
    }
}

#[tokio::test]
async fn the_close_handshake_echoes_the_code_and_ends_the_connection() {
    let (app, room) = spawn().await;
    for (path, code) in [
        (format!("/ws/{room}"), 1000u16),
        (format!("/yjs/{room}"), 1000),
        (format!("/ws/{room}"), 4321),
        (format!("/yjs/{room}"), 3000),
    ] {
        let mut client = RawClient::connect(&app, &path).await;
        client
            .send(&message(CLOSE, &close_payload(code, b"bye")))
            .await;
        assert_eq!(client.expect_close().await, Some(code), "{path}");
        client.expect_end().await;
    }
    // An empty close frame is answered with an empty one.
    let mut client = RawClient::connect(&app, &format!("/ws/{room}")).await;
    client.send(&message(CLOSE, b"")).await;
    assert_eq!(client.expect_close().await, None);
    client.expect_end().await;
}

#[tokio::test]
async fn a_64_bit_length_with_the_top_bit_set_is_refused() {
    let (app, room) = spawn().await;
    let mut client = RawClient::connect(&app, &format!("/ws/{room}")).await;
    let mut header = vec![0x80 | TEXT, 0x80 | 127];
    header.extend_from_slice(&(u64::MAX - 1).to_be_bytes());
    header.extend_from_slice(&[1, 2, 3, 4]);
    client.send(&header).await;
    assert_eq!(client.expect_close().await, Some(1009));
}

#[tokio::test]
async fn an_announced_length_over_the_limit_is_refused_before_its_payload() {
    let (app, room) = spawn().await;
    for path in [format!("/ws/{room}"), format!("/yjs/{room}")] {
        let mut client = RawClient::connect(&app, &path).await;
        // Only the header: the close must come without the payload ever being sent.
        let mut header = vec![0x80 | BINARY, 0x80 | 127];
        header.extend_from_slice(&((LIMIT as u64) + 1).to_be_bytes());
        header.extend_from_slice(&[1, 2, 3, 4]);
        client.send(&header).await;
        assert_eq!(client.expect_close().await, Some(1009), "{path}");
    }
}

#[tokio::test]
async fn continuations_adding_up_past_the_limit_close_with_1009() {
    let (app, room) = spawn().await;
    let mut client = RawClient::connect(&app, &format!("/ws/{room}")).await;
    let chunk = vec![b' '; 8 * 1024];
    client.send(&frame(false, 0, TEXT, &chunk, true)).await;
    let mut sent = chunk.len();
    // Each fragment is small; together they pass the limit. The server may close before the last are sent.
    while sent <= LIMIT + chunk.len() {
        let continuation = frame(false, 0, CONTINUATION, &chunk, true);
        if client.stream.write_all(&continuation).await.is_err() {
            break;
        }
        sent += chunk.len();
    }
    assert_eq!(client.expect_close().await, Some(1009));
    assert_eq!(app.get_room(&room).await["code"], "");
}

#[tokio::test]
async fn a_client_that_stops_answering_pings_is_dropped_after_the_timeout() {
    let (app, room) = spawn().await;
    let mut silent = RawClient::connect(&app, &format!("/ws/{room}")).await;
    let started = tokio::time::Instant::now();
    // Never answers the heartbeat pings (HEARTBEAT_INTERVAL_SECS = 1, CLIENT_TIMEOUT_SECS = 2 here).
    let mut pinged = false;
    let code = loop {
        let frame = silent.read_frame().await.expect("a close before the end");
        match frame.opcode {
            PING => pinged = true,
            CLOSE => break frame.close_code(),
            _ => {}
        }
    };
    assert!(pinged, "the server pings before giving up");
    assert_eq!(code, Some(1001));
    // Not before the timeout (counted by the server from the handshake, a little before `started`).
    assert!(started.elapsed() >= Duration::from_millis(1500));
    silent.expect_end().await;
}

#[tokio::test]
async fn an_upgrade_over_http_1_0_is_refused() {
    let (app, room) = spawn().await;
    let mut client = RawClient::tcp(&app).await;
    client
        .send(upgrade_request(&format!("/ws/{room}"), "HTTP/1.0").as_bytes())
        .await;
    let answer = client.read_http_head().await;
    assert!(answer.contains(" 400 "), "{answer}");
    assert!(answer.contains("HTTP/1.1"), "{answer}");
}

#[tokio::test]
async fn a_request_pipelined_before_an_upgrade_gets_its_answer_first() {
    let (app, room) = spawn().await;
    let mut client = RawClient::tcp(&app).await;
    let pipelined = format!(
        "GET /rooms/{room} HTTP/1.1\r\nHost: localhost\r\n\r\n{}",
        upgrade_request(&format!("/ws/{room}"), "HTTP/1.1")
    );
    client.send(pipelined.as_bytes()).await;
    let first = client.read_http_head().await;
    assert!(first.starts_with("HTTP/1.1 200"), "{first}");
    assert!(first.contains(&room), "{first}");
    let second = client.read_http_head().await;
    assert!(second.starts_with("HTTP/1.1 101"), "{second}");
    let initial = client.read_frame().await.expect("initial_state");
    assert!(String::from_utf8_lossy(&initial.payload).contains("initial_state"));
}

#[tokio::test]
async fn a_handshake_with_a_bad_key_or_version_gets_an_http_error() {
    let (app, room) = spawn().await;
    for (request, status) in [
        (
            upgrade_request(&format!("/ws/{room}"), "HTTP/1.1").replace(HANDSHAKE_KEY, "short"),
            " 400 ",
        ),
        (
            upgrade_request(&format!("/yjs/{room}"), "HTTP/1.1")
                .replace("Sec-WebSocket-Version: 13", "Sec-WebSocket-Version: 8"),
            " 426 ",
        ),
        (
            upgrade_request(&format!("/ws/{room}"), "HTTP/1.1").replacen("GET", "POST", 1),
            " 405 ",
        ),
    ] {
        let mut client = RawClient::tcp(&app).await;
        client.send(request.as_bytes()).await;
        let answer = client.read_http_head().await;
        assert!(answer.contains(status), "{answer}");
        assert!(answer.contains("\"detail\""), "{answer}");
    }
}

#[tokio::test]
async fn wss_round_trip_with_tls_cert_and_key() {
    use tokio_tungstenite::{Connector, connect_async_tls_with_config, tungstenite::Message};

    let certified = rcgen::generate_simple_self_signed(vec!["localhost".to_owned()])
        .expect("a self-signed certificate");
    let directory = tempfile::tempdir().expect("temporary directory");
    let cert = directory.path().join("cert.pem");
    let key = directory.path().join("key.pem");
    std::fs::write(&cert, certified.cert.pem()).expect("write cert");
    std::fs::write(&key, certified.signing_key.serialize_pem()).expect("write key");
    let mut settings: Settings = test_settings();
    settings.tls_cert = Some(cert);
    settings.tls_key = Some(key);
    // The room is made in the store: the test's HTTP client speaks no TLS.
    let store = std::sync::Arc::new(adapters_memory::InMemoryRoomRepository::new());
    let room = domain::RoomId::parse("tlsroom1").expect("valid id");
    domain::ports::RoomRepository::insert(
        store.as_ref(),
        &domain::Room::new(room.clone(), domain::Timestamp::from_millis(1)),
    )
    .await
    .expect("room stored");
    let app = spawn_app_with(settings, store).await;

    let mut roots = rustls::RootCertStore::empty();
    roots
        .add(certified.cert.der().clone())
        .expect("trusted root");
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let client_config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("protocol versions")
        .with_root_certificates(roots)
        .with_no_client_auth();
    let connector = Connector::Rustls(std::sync::Arc::new(client_config));
    let url = format!("wss://localhost:{}/ws/{room}", app.port);
    let (mut socket, _) = connect_async_tls_with_config(url, None, false, Some(connector))
        .await
        .expect("wss handshake");
    use futures_util::{SinkExt, StreamExt};
    let initial = socket.next().await.expect("a message").expect("no error");
    assert!(initial.to_text().expect("text").contains("initial_state"));
    socket
        .send(Message::text(
            serde_json::json!({"type": "code_update", "code": "over tls", "timestamp": 1})
                .to_string(),
        ))
        .await
        .expect("send");
    let answer = socket.next().await.expect("a message").expect("no error");
    assert!(
        answer.to_text().expect("text").contains("\"ack\""),
        "{answer:?}"
    );
    // Plain HTTP on the TLS port gets no answer as HTTP.
    let plain = reqwest::get(format!("http://127.0.0.1:{}/health", app.port)).await;
    assert!(plain.is_err() || !plain.expect("answer").status().is_success());
}
