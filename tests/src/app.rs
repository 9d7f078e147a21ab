//! Spawning the real server on port 0 and talking to it as clients of the spec would: over HTTP and WebSocket.

use std::{collections::HashMap, sync::Arc, time::Duration};

use domain::ports::Store;
use futures_util::{SinkExt, StreamExt};
use pairprog::{Application, Settings};
use serde_json::Value;
use tokio::{net::TcpStream, task::JoinHandle};
use tokio_tungstenite::{
    MaybeTlsStream, WebSocketStream, connect_async,
    tungstenite::{Message, protocol::frame::coding::CloseCode},
};
use tokio_util::sync::CancellationToken;

/// How long a test waits for a message it expects.
pub const RECEIVE_TIMEOUT: Duration = Duration::from_secs(10);

/// The settings tests start from: loopback, a free port, the repository's `config/test.toml`.
///
/// # Panics
/// When the configuration files are invalid.
#[must_use]
pub fn test_settings() -> Settings {
    let config_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../config");
    let environment: HashMap<String, String> = [("CONFIG_DIR", config_dir), ("APP_ENV", "test")]
        .into_iter()
        .map(|(k, v)| (k.into(), v.into()))
        .collect();
    let mut settings = Settings::from_layers(&environment).expect("valid test configuration");
    settings.host = "127.0.0.1".into();
    settings.port = 0;
    settings
}

/// Installs log output for tests when `TEST_LOG` is set.
pub fn init_test_logging() {
    if std::env::var_os("TEST_LOG").is_some() {
        pairprog::telemetry::init("debug");
    }
}

/// A running server.
pub struct TestApp {
    /// `http://127.0.0.1:PORT`.
    pub address: String,
    /// The port it listens on.
    pub port: u16,
    /// An HTTP client for it.
    pub http: reqwest::Client,
    shutdown: CancellationToken,
    server: Option<JoinHandle<std::io::Result<()>>>,
}

/// Starts the server on an in-memory store with the test settings.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(
        test_settings(),
        Arc::new(adapters_memory::InMemoryRoomRepository::new()),
    )
    .await
}

/// Starts the server with these settings on this store.
///
/// # Panics
/// When the server cannot start.
pub async fn spawn_app_with(settings: Settings, store: Arc<dyn Store>) -> TestApp {
    init_test_logging();
    let application = Application::build_with_store(settings, store)
        .await
        .expect("server starts");
    start(application)
}

/// Starts the server exactly as the binary does: the store the settings select.
///
/// # Panics
/// When the server cannot start.
pub async fn spawn_app_from_settings(settings: Settings) -> TestApp {
    init_test_logging();
    let application = Application::build(settings).await.expect("server starts");
    start(application)
}

fn start(application: Application) -> TestApp {
    let port = application.port();
    let shutdown = application.shutdown_token();
    let server = tokio::spawn(application.run_until_stopped());
    TestApp {
        address: format!("http://127.0.0.1:{port}"),
        port,
        // actix-web closes a connection idle for 5 s (its default keep-alive); a pooled connection reused at
        // that moment fails with `IncompleteMessage`. Idle connections are dropped well before the server does.
        http: reqwest::Client::builder()
            .pool_idle_timeout(Duration::from_secs(2))
            .build()
            .expect("HTTP client"),
        shutdown,
        server: Some(server),
    }
}

impl TestApp {
    /// `POST /rooms`, returning the new room's id.
    ///
    /// # Panics
    /// When the server does not answer 200 with a `roomId`.
    pub async fn create_room(&self) -> String {
        let response = self
            .http
            .post(format!("{}/rooms", self.address))
            .send()
            .await
            .expect("POST /rooms");
        assert_eq!(response.status(), 200);
        let body: Value = response.json().await.expect("JSON body");
        body["roomId"]
            .as_str()
            .expect("roomId is a string")
            .to_owned()
    }

    /// `GET /rooms/{id}` as JSON (panics unless 200).
    ///
    /// # Panics
    /// When the room cannot be read.
    pub async fn get_room(&self, room_id: &str) -> Value {
        let response = self
            .http
            .get(format!("{}/rooms/{room_id}", self.address))
            .send()
            .await
            .expect("GET room");
        assert_eq!(response.status(), 200, "GET /rooms/{room_id}");
        response.json().await.expect("JSON body")
    }

    /// Opens `/ws/{room_id}`.
    ///
    /// # Panics
    /// When the WebSocket handshake fails.
    pub async fn connect_ws(&self, room_id: &str) -> WsClient {
        let url = format!("ws://127.0.0.1:{}/ws/{room_id}", self.port);
        let (stream, _) = connect_async(url).await.expect("WebSocket handshake");
        WsClient { stream }
    }

    /// Opens `/ws/{room_id}?{query}` (e.g. `name=Ada&color=%23ff0000`) and reads the `initial_state`.
    ///
    /// # Panics
    /// When the handshake fails or the first message is not the room's `initial_state`.
    pub async fn join_with_query(&self, room_id: &str, query: &str) -> (WsClient, Value) {
        let url = format!("ws://127.0.0.1:{}/ws/{room_id}?{query}", self.port);
        let (stream, _) = connect_async(url).await.expect("WebSocket handshake");
        let mut client = WsClient { stream };
        let initial = client.receive_json().await;
        assert_eq!(initial["type"], "initial_state", "{initial}");
        (client, initial)
    }

    /// `GET {path}` as JSON, with its status.
    ///
    /// # Panics
    /// When the server does not answer with JSON.
    pub async fn get_json(&self, path: &str) -> (u16, Value) {
        let response = self
            .http
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("GET");
        let status = response.status().as_u16();
        (status, response.json().await.expect("JSON body"))
    }

    /// `GET {path}` with a bearer token, as JSON, with its status.
    ///
    /// # Panics
    /// When the server does not answer with JSON.
    pub async fn get_json_with_token(&self, path: &str, token: &str) -> (u16, Value) {
        let response = self
            .http
            .get(format!("{}{path}", self.address))
            .bearer_auth(token)
            .send()
            .await
            .expect("GET");
        let status = response.status().as_u16();
        (status, response.json().await.expect("JSON body"))
    }

    /// Opens `/ws/{room_id}` and reads the `initial_state`.
    ///
    /// # Panics
    /// When the first message is not the room's `initial_state`.
    pub async fn join(&self, room_id: &str) -> (WsClient, Value) {
        let mut client = self.connect_ws(room_id).await;
        let initial = client.receive_json().await;
        assert_eq!(initial["type"], "initial_state", "{initial}");
        assert_eq!(initial["roomId"], room_id);
        (client, initial)
    }

    /// Stops the server as SIGTERM would, and waits until it has stopped.
    pub async fn stop(mut self) {
        self.shutdown.cancel();
        if let Some(server) = self.server.take() {
            let _ = tokio::time::timeout(Duration::from_secs(15), server).await;
        }
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.shutdown.cancel();
    }
}

/// A WebSocket client of the spec's JSON protocol.
pub struct WsClient {
    stream: WebSocketStream<MaybeTlsStream<TcpStream>>,
}

/// What a client observed next on its socket.
#[derive(Debug)]
pub enum Received {
    /// A text message, parsed as JSON.
    Json(Value),
    /// A close frame, with its code (`None` when the frame had none).
    Closed(Option<u16>),
    /// The connection ended without a close frame.
    Dropped,
}

impl WsClient {
    /// A client over an open socket (opened with a request of one's own: a token, an origin, ...).
    #[must_use]
    pub fn over(stream: WebSocketStream<MaybeTlsStream<TcpStream>>) -> Self {
        Self { stream }
    }

    /// Sends a JSON message as a text frame.
    ///
    /// # Panics
    /// When the socket is closed.
    pub async fn send_json(&mut self, message: &Value) {
        self.send_text(&message.to_string()).await;
    }

    /// Sends a raw text frame.
    ///
    /// # Panics
    /// When the socket is closed.
    pub async fn send_text(&mut self, text: &str) {
        self.stream
            .send(Message::text(text))
            .await
            .expect("send text frame");
    }

    /// Sends a binary frame.
    ///
    /// # Panics
    /// When the socket is closed.
    pub async fn send_binary(&mut self, bytes: Vec<u8>) {
        self.stream
            .send(Message::binary(bytes))
            .await
            .expect("send binary frame");
    }

    /// Sends a `code_update` as the spec's clients do.
    pub async fn send_code(&mut self, code: &str, timestamp: i64) {
        self.send_json(
            &serde_json::json!({ "type": "code_update", "code": code, "timestamp": timestamp }),
        )
        .await;
    }

    /// Waits for the next text message or close, skipping pings.
    ///
    /// # Panics
    /// After [`RECEIVE_TIMEOUT`] without anything.
    pub async fn receive(&mut self) -> Received {
        tokio::time::timeout(RECEIVE_TIMEOUT, self.next_observation())
            .await
            .expect("a message within the timeout")
    }

    /// Waits for the next JSON message.
    ///
    /// # Panics
    /// When the next thing is not a JSON text message.
    pub async fn receive_json(&mut self) -> Value {
        match self.receive().await {
            Received::Json(value) => value,
            other => panic!("expected a JSON message, got {other:?}"),
        }
    }

    /// Follows the client's copy of the code, starting from `text`, through every `code_update` it receives,
    /// until it equals `expected` (panics after [`RECEIVE_TIMEOUT`] without a message).
    pub async fn follow_code_until(&mut self, mut text: String, expected: &str) {
        while text != expected {
            let message = self.receive_json().await;
            if message["type"] == "code_update" {
                text = message["code"]
                    .as_str()
                    .expect("code_update carries code")
                    .to_owned();
            }
        }
    }

    /// Waits for the close frame, returning its code.
    ///
    /// # Panics
    /// When a text message or no close frame comes instead.
    pub async fn receive_close(&mut self) -> u16 {
        match self.receive().await {
            Received::Closed(Some(code)) => code,
            other => panic!("expected a close frame with a code, got {other:?}"),
        }
    }

    /// Reads messages until one of type `kind` satisfies `accept`, skipping the others; returns it, or `None`
    /// when none came within `within`.
    ///
    /// # Panics
    /// When the socket closes first.
    pub async fn wait_for(
        &mut self,
        kind: &str,
        within: Duration,
        mut accept: impl FnMut(&Value) -> bool,
    ) -> Option<Value> {
        let deadline = tokio::time::Instant::now() + within;
        loop {
            let observed = tokio::time::timeout_at(deadline, self.next_observation())
                .await
                .ok()?;
            match observed {
                Received::Json(message) if message["type"] == kind && accept(&message) => {
                    return Some(message);
                }
                Received::Json(_) => {}
                other => panic!("the socket ended while waiting for {kind}: {other:?}"),
            }
        }
    }

    /// Reads every message that arrives within `within`, handing each to `observe`.
    ///
    /// # Panics
    /// When the socket closes first.
    pub async fn wait_for_any(&mut self, within: Duration, mut observe: impl FnMut(&Value)) {
        let deadline = tokio::time::Instant::now() + within;
        while let Ok(observed) = tokio::time::timeout_at(deadline, self.next_observation()).await {
            match observed {
                Received::Json(message) => observe(&message),
                other => panic!("the socket ended: {other:?}"),
            }
        }
    }

    /// Asserts that nothing but pings arrives for `duration`.
    ///
    /// # Panics
    /// When a message arrives.
    pub async fn assert_silent_for(&mut self, duration: Duration) {
        if let Ok(observed) = tokio::time::timeout(duration, self.next_observation()).await {
            panic!("expected no message, got {observed:?}");
        }
    }

    async fn next_observation(&mut self) -> Received {
        loop {
            match self.stream.next().await {
                Some(Ok(Message::Text(text))) => {
                    return Received::Json(serde_json::from_str(&text).expect("server sends JSON"));
                }
                Some(Ok(Message::Close(frame))) => {
                    return Received::Closed(frame.map(|f| u16::from(f.code)));
                }
                Some(Ok(Message::Binary(bytes))) => {
                    panic!("unexpected binary frame of {} bytes", bytes.len())
                }
                Some(Ok(_)) => {}
                Some(Err(_)) | None => return Received::Dropped,
            }
        }
    }

    /// Closes the connection normally.
    pub async fn close(mut self) {
        let _ = self
            .stream
            .close(Some(tokio_tungstenite::tungstenite::protocol::CloseFrame {
                code: CloseCode::Normal,
                reason: "bye".into(),
            }))
            .await;
    }
}
