//! One client's WebSocket connection: connects (with Nagle off, as a real editor's socket would be), completes
//! the protocol's initial sync, then moves frames between the socket and its [`Replica`].

use std::time::Duration;

use anyhow::{Context, anyhow, bail};
use futures_util::{SinkExt, StreamExt};
use serde::Serialize;
use tokio::{net::TcpStream, time::Instant};
use tokio_tungstenite::{
    MaybeTlsStream, WebSocketStream, connect_async_with_config,
    tungstenite::{self, Message, protocol::CloseFrame},
};

use crate::{
    replica::{Frame, Received, Replica},
    target::{Protocol, RoomAddress},
};

type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// How the server ended a connection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Closed {
    /// The close code, when the server sent a close frame.
    pub code: Option<u16>,
    /// The close reason, or the transport error when the connection simply broke.
    pub reason: String,
}

impl std::fmt::Display for Closed {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.code {
            Some(code) => write!(formatter, "closed by the server with {code}")?,
            None => formatter.write_str("connection lost")?,
        }
        if !self.reason.is_empty() {
            write!(formatter, " ({})", self.reason)?;
        }
        Ok(())
    }
}

/// A connected, synced client.
pub struct Session {
    socket: Socket,
    replica: Replica,
    /// Answers the protocol owes the server (Yjs sync step 2), sent before anything else goes out. Kept here
    /// rather than sent inside [`Session::next`] so that cancelling `next` never loses a received frame.
    owed: Vec<Frame>,
    closed: Option<Closed>,
}

impl Session {
    /// Connects to the room at `address`, speaks `protocol` and waits for the initial sync (JSON
    /// `initial_state`, Yjs sync step 2), all within `timeout`.
    ///
    /// # Errors
    /// When the server cannot be reached, refuses the upgrade, closes the connection (4004 for an unknown
    /// room) or does not sync in time; the message says which.
    pub async fn open(
        address: &RoomAddress,
        protocol: Protocol,
        text_name: &str,
        timeout: Duration,
    ) -> anyhow::Result<Self> {
        let url = &address.url;
        tokio::time::timeout(timeout, Self::open_now(address, protocol, text_name))
            .await
            .map_err(|_| {
                anyhow!("{url}: no initial sync within {timeout:?} (is it a {protocol} endpoint?)")
            })?
    }

    async fn open_now(
        address: &RoomAddress,
        protocol: Protocol,
        text_name: &str,
    ) -> anyhow::Result<Self> {
        let url = address.url.as_str();
        let (socket, _) = connect_async_with_config(url, None, true)
            .await
            .map_err(|error| anyhow!(describe_connect_error(&error, url)))?;
        let replica = Replica::new(protocol, text_name, &address.room);
        let greeting = replica.greeting();
        let mut session = Self {
            socket,
            replica,
            owed: greeting,
            closed: None,
        };
        loop {
            match session.next().await.with_context(|| url.to_owned())? {
                Some((received, _)) if received.synced => return Ok(session),
                Some((received, _)) => {
                    if let Some(message) = received.server_error {
                        bail!("{url}: the server answered with an error: {message}");
                    }
                }
                None => {
                    let closed = session.closed.take().unwrap_or(Closed {
                        code: None,
                        reason: String::new(),
                    });
                    bail!("{url}: {closed} before the initial sync");
                }
            }
        }
    }

    /// The replica of the room's text.
    #[must_use]
    pub fn replica(&self) -> &Replica {
        &self.replica
    }

    /// Marks the client as its room's only writer (see [`Replica::become_sole_writer`]).
    pub fn become_sole_writer(&mut self) {
        self.replica.become_sole_writer();
    }

    /// How the connection ended, once it has.
    #[must_use]
    pub fn closed(&self) -> Option<&Closed> {
        self.closed.as_ref()
    }

    /// Makes an edit (see [`Replica::edit`]) and sends it.
    ///
    /// # Errors
    /// When the connection is closed.
    pub async fn edit(&mut self, delete_chars: usize, appended: &str) -> anyhow::Result<()> {
        let frame = self.replica.edit(delete_chars, appended);
        self.send(frame).await
    }

    /// Makes an edit and queues it without flushing, for senders that flush in batches.
    ///
    /// # Errors
    /// When the connection is closed.
    pub async fn feed_edit(&mut self, delete_chars: usize, appended: &str) -> anyhow::Result<()> {
        self.pay_owed().await?;
        let frame = self.replica.edit(delete_chars, appended);
        self.socket
            .feed(to_message(frame))
            .await
            .map_err(|error| anyhow!("sending failed: {error}"))
    }

    /// Sends what was queued by [`Session::feed_edit`].
    ///
    /// # Errors
    /// When the connection is closed.
    pub async fn flush(&mut self) -> anyhow::Result<()> {
        self.socket
            .flush()
            .await
            .map_err(|error| anyhow!("sending failed: {error}"))
    }

    async fn send(&mut self, frame: Frame) -> anyhow::Result<()> {
        self.pay_owed().await?;
        self.send_now(frame).await
    }

    /// Sends the answers the protocol owes. A frame leaves the list only once sent; if this is cancelled
    /// half-way the frame may go out twice, which is harmless (a sync step 2 applied twice changes nothing).
    async fn pay_owed(&mut self) -> anyhow::Result<()> {
        while let Some(frame) = self.owed.first().cloned() {
            self.send_now(frame).await?;
            self.owed.remove(0);
        }
        Ok(())
    }

    async fn send_now(&mut self, frame: Frame) -> anyhow::Result<()> {
        self.socket
            .send(to_message(frame))
            .await
            .map_err(|error| anyhow!("sending failed: {error}"))
    }

    /// Waits for the next protocol frame, applies it to the replica, and returns what changed with the time the
    /// frame arrived; what the protocol answers goes out before the next read or send. `None` once the
    /// connection has ended (see [`Session::closed`]). Cancel-safe: dropping the future loses no frame.
    ///
    /// # Errors
    /// When the server sends what the protocol does not allow.
    pub async fn next(&mut self) -> anyhow::Result<Option<(Received, Instant)>> {
        loop {
            if self.closed.is_some() {
                return Ok(None);
            }
            self.pay_owed().await?;
            let Some(message) = self.socket.next().await else {
                self.closed = Some(Closed {
                    code: None,
                    reason: "the stream ended".to_owned(),
                });
                return Ok(None);
            };
            let arrived = Instant::now();
            let received = match message {
                Ok(Message::Text(text)) => self.replica.receive_text(text.as_str())?,
                Ok(Message::Binary(bytes)) => self.replica.receive_binary(&bytes)?,
                // tungstenite answers pings by itself on the next read or write.
                Ok(Message::Ping(_) | Message::Pong(_) | Message::Frame(_)) => continue,
                Ok(Message::Close(frame)) => {
                    self.closed = Some(closed_by(frame));
                    return Ok(None);
                }
                Err(error) => {
                    self.closed = Some(Closed {
                        code: None,
                        reason: error.to_string(),
                    });
                    return Ok(None);
                }
            };
            self.owed.extend(received.replies.iter().cloned());
            return Ok(Some((received, arrived)));
        }
    }

    /// Closes the connection politely (1000), waiting at most `grace` for the close to go out.
    pub async fn close(mut self, grace: Duration) {
        let _ = tokio::time::timeout(grace, self.socket.close(None)).await;
    }
}

fn to_message(frame: Frame) -> Message {
    match frame {
        Frame::Text(text) => Message::text(text),
        Frame::Binary(bytes) => Message::binary(bytes),
    }
}

fn closed_by(frame: Option<CloseFrame>) -> Closed {
    frame.map_or(
        Closed {
            code: None,
            reason: "close frame without a code".to_owned(),
        },
        |frame| Closed {
            code: Some(u16::from(frame.code)),
            reason: frame.reason.to_string(),
        },
    )
}

/// A message for a failed WebSocket handshake that names the likely cause.
fn describe_connect_error(error: &tungstenite::Error, url: &str) -> String {
    match error {
        tungstenite::Error::Io(io) if io.kind() == std::io::ErrorKind::ConnectionRefused => {
            format!(
                "cannot connect to {url}: connection refused (is the server running, and on this port?)"
            )
        }
        tungstenite::Error::Io(io) => format!("cannot connect to {url}: {io}"),
        tungstenite::Error::Http(response) => format!(
            "{url}: the server refused the WebSocket upgrade with HTTP {} (wrong path or protocol?)",
            response.status()
        ),
        tungstenite::Error::Url(problem) => {
            format!("{url} is not a usable WebSocket URL: {problem}")
        }
        other => format!("WebSocket handshake with {url} failed: {other}"),
    }
}
