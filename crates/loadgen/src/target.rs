//! The server under test: URL templates with a `{room}` placeholder, the protocol spoken, and where rooms come
//! from (created over HTTP, as pairprog requires and y-sweet offers, or simply named, for servers that open any
//! room on first use).

use std::{fmt, time::Duration};

use anyhow::{Context, anyhow, bail};
use serde::{Deserialize, Serialize};

/// The placeholder a URL template must contain.
pub const ROOM_PLACEHOLDER: &str = "{room}";

/// A URL with one or more `{room}` placeholders, such as `ws://127.0.0.1:8000/yjs/{room}` or y-sweet's
/// `ws://127.0.0.1:8080/d/{room}/ws/{room}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlTemplate(String);

/// Why a URL template was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError(String);

impl fmt::Display for TemplateError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.0)
    }
}

impl std::error::Error for TemplateError {}

impl UrlTemplate {
    /// Checks that `raw` uses one of `schemes` and holds `{room}` at least once.
    ///
    /// # Errors
    /// When the scheme is not one of `schemes` or the placeholder is missing.
    pub fn parse(raw: &str, schemes: &[&str]) -> Result<Self, TemplateError> {
        let scheme_ok = schemes
            .iter()
            .any(|scheme| raw.starts_with(&format!("{scheme}://")));
        if !scheme_ok {
            return Err(TemplateError(format!(
                "{raw:?} must start with {}",
                schemes
                    .iter()
                    .map(|scheme| format!("{scheme}://"))
                    .collect::<Vec<_>>()
                    .join(" or ")
            )));
        }
        if !raw.contains(ROOM_PLACEHOLDER) {
            return Err(TemplateError(format!(
                "{raw:?} has no {ROOM_PLACEHOLDER} placeholder for the room (e.g. ws://127.0.0.1:8000/yjs/{ROOM_PLACEHOLDER})"
            )));
        }
        Ok(Self(raw.to_owned()))
    }

    /// A WebSocket URL template (`ws://` or `wss://`).
    ///
    /// # Errors
    /// As [`UrlTemplate::parse`].
    pub fn websocket(raw: &str) -> Result<Self, TemplateError> {
        Self::parse(raw, &["ws", "wss"])
    }

    /// An HTTP URL template (`http://` or `https://`).
    ///
    /// # Errors
    /// As [`UrlTemplate::parse`].
    pub fn http(raw: &str) -> Result<Self, TemplateError> {
        Self::parse(raw, &["http", "https"])
    }

    /// The URL for one room: every placeholder replaced by its name.
    #[must_use]
    pub fn render(&self, room: &str) -> String {
        self.0.replace(ROOM_PLACEHOLDER, room)
    }

    /// Where a client of `room` connects.
    #[must_use]
    pub fn address(&self, room: &str) -> RoomAddress {
        RoomAddress {
            room: room.to_owned(),
            url: self.render(room),
        }
    }

    /// The template as given.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One room's WebSocket address: the URL and the room's name, which a Hocuspocus client also writes at the head
/// of every message (the server reads the document from there, not from the URL).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomAddress {
    /// The room's name (pairprog's room id, y-sweet's doc id, Hocuspocus's document name).
    pub room: String,
    /// The URL to connect to.
    pub url: String,
}

/// The wire protocol the clients speak.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Protocol {
    /// The y-websocket binary protocol (sync step 1/2, updates) on a `Y.Text`.
    Yjs,
    /// The spec's JSON protocol: `initial_state`, `code_update` with the whole code, `ack`.
    Json,
    /// y-websocket's sync and awareness messages in Hocuspocus's framing: each message starts with the
    /// document's name, and the client authenticates (an empty token) before the server syncs it.
    Hocuspocus,
}

impl fmt::Display for Protocol {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(match self {
            Self::Yjs => "yjs",
            Self::Json => "json",
            Self::Hocuspocus => "hocuspocus",
        })
    }
}

/// Where the run's rooms come from.
#[derive(Debug, Clone)]
pub enum RoomSource {
    /// `POST` to `url` for each room, with `body` as JSON when given; the answer is `{"roomId": "..."}`
    /// (pairprog, the spec) or `{"docId": "..."}` (y-sweet's `POST /doc/new` with the body `{}`).
    Create {
        /// Where to post.
        url: String,
        /// The JSON body to send, if any.
        body: Option<String>,
    },
    /// Rooms named `{prefix}0`, `{prefix}1`, ... (servers that open any room on first use).
    Named(String),
}

/// How many room creations may be in flight at once: enough to hide a round trip, few enough not to be a load
/// test of its own.
const CREATE_CONCURRENCY: usize = 8;

#[derive(Deserialize)]
struct CreatedRoom {
    #[serde(rename = "roomId", alias = "docId")]
    room_id: String,
}

impl RoomSource {
    /// The names of `count` rooms, creating them on the server when this source says so.
    ///
    /// # Errors
    /// When the server cannot be reached or does not answer with a room id.
    pub async fn rooms(&self, count: usize, timeout: Duration) -> anyhow::Result<Vec<String>> {
        match self {
            Self::Named(prefix) => Ok((0..count).map(|index| format!("{prefix}{index}")).collect()),
            Self::Create { url, body } => create_rooms(url, body.as_deref(), count, timeout).await,
        }
    }
}

async fn create_rooms(
    url: &str,
    body: Option<&str>,
    count: usize,
    timeout: Duration,
) -> anyhow::Result<Vec<String>> {
    let client = reqwest::Client::builder()
        .timeout(timeout)
        .build()
        .context("cannot build the HTTP client")?;
    let semaphore = std::sync::Arc::new(tokio::sync::Semaphore::new(CREATE_CONCURRENCY));
    let mut tasks = tokio::task::JoinSet::new();
    for index in 0..count {
        let client = client.clone();
        let url = url.to_owned();
        let body = body.map(str::to_owned);
        let semaphore = std::sync::Arc::clone(&semaphore);
        tasks.spawn(async move {
            let _permit = semaphore.acquire_owned().await?;
            create_room(&client, &url, body)
                .await
                .map(|room| (index, room))
        });
    }
    let mut rooms = vec![String::new(); count];
    while let Some(joined) = tasks.join_next().await {
        let (index, room) = joined.context("a room creation task failed")??;
        rooms[index] = room;
    }
    Ok(rooms)
}

async fn create_room(
    client: &reqwest::Client,
    url: &str,
    body: Option<String>,
) -> anyhow::Result<String> {
    let mut request = client.post(url);
    if let Some(body) = body {
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body);
    }
    let response = request
        .send()
        .await
        .map_err(|error| anyhow!(describe_http_error(&error, url)))?;
    let status = response.status();
    if !status.is_success() {
        let body = response.text().await.unwrap_or_default();
        bail!("POST {url} answered {status}: {}", body.trim());
    }
    let created: CreatedRoom = response.json().await.with_context(|| {
        format!("POST {url} did not answer {{\"roomId\": \"...\"}} nor {{\"docId\": \"...\"}}")
    })?;
    Ok(created.room_id)
}

/// A message for an HTTP request that got no answer, naming the likely cause.
#[must_use]
pub fn describe_http_error(error: &reqwest::Error, url: &str) -> String {
    if error.is_connect() {
        format!("cannot reach {url}: {error} (is the server running, and on this port?)")
    } else if error.is_timeout() {
        format!("{url} did not answer in time")
    } else {
        format!("request to {url} failed: {error}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_puts_the_room_in_its_placeholder() {
        let template = UrlTemplate::websocket("ws://127.0.0.1:8000/yjs/{room}").expect("valid");
        assert_eq!(
            template.render("k3x9q2ab"),
            "ws://127.0.0.1:8000/yjs/k3x9q2ab"
        );
    }

    #[test]
    fn the_placeholder_may_be_anywhere() {
        let template = UrlTemplate::websocket("wss://host/doc?room={room}&x=1").expect("valid");
        assert_eq!(
            template.render("bench-3"),
            "wss://host/doc?room=bench-3&x=1"
        );
    }

    #[test]
    fn a_template_without_placeholder_is_refused() {
        let error = UrlTemplate::websocket("ws://127.0.0.1:8000/yjs/").expect_err("no {room}");
        assert!(error.to_string().contains("{room}"), "{error}");
    }

    #[test]
    fn every_placeholder_gets_the_room() {
        let template =
            UrlTemplate::websocket("ws://127.0.0.1:8080/d/{room}/ws/{room}").expect("valid");
        let address = template.address("k3x9");
        assert_eq!(address.url, "ws://127.0.0.1:8080/d/k3x9/ws/k3x9");
        assert_eq!(address.room, "k3x9");
    }

    #[test]
    fn a_created_room_is_read_from_room_id_or_doc_id() {
        let pairprog: CreatedRoom =
            serde_json::from_str(r#"{"roomId":"k3x9q2ab"}"#).expect("roomId");
        assert_eq!(pairprog.room_id, "k3x9q2ab");
        let y_sweet: CreatedRoom =
            serde_json::from_str(r#"{"docId":"V1StGXR8_Z5jdHi6B-myT"}"#).expect("docId");
        assert_eq!(y_sweet.room_id, "V1StGXR8_Z5jdHi6B-myT");
        assert!(serde_json::from_str::<CreatedRoom>(r#"{"id":"x"}"#).is_err());
    }

    #[test]
    fn the_scheme_must_match_the_use() {
        assert!(UrlTemplate::websocket("http://127.0.0.1:8000/ws/{room}").is_err());
        assert!(UrlTemplate::http("ws://127.0.0.1:8000/rooms/{room}").is_err());
        assert!(UrlTemplate::http("http://127.0.0.1:8000/rooms/{room}").is_ok());
    }

    #[tokio::test]
    async fn named_rooms_count_up_from_the_prefix() {
        let rooms = RoomSource::Named("bench-".to_owned())
            .rooms(3, Duration::from_secs(1))
            .await
            .expect("no IO");
        assert_eq!(rooms, ["bench-0", "bench-1", "bench-2"]);
    }
}
