//! The sending side of a connection: hands the messages taken from its queue to its actix-ws session, a little
//! at a time.
//!
//! actix-ws's response body takes every message waiting in the session's channel at once and encodes them into
//! one buffer (a copy), and the HTTP layer takes that buffer whole into its write buffer when the socket has
//! room. A session handed messages as fast as it accepts them (32 at a time, of any size) therefore holds, for a
//! client that does not read, up to 32 messages plus a copy of them: with megabyte texts, tens of megabytes per
//! connection, outside the queue's byte limit. So the link keeps what it handed over and actix has not encoded
//! yet under [`MAX_BYTES_IN_FLIGHT`] (each payload it hands over is wrapped so that its release is counted), and
//! sends larger messages as fragments of [`FRAGMENT_BYTES`] (RFC 6455 5.4; every WebSocket client joins them).
//! What waits meanwhile stays in the connection's queue, where a newer message can replace an older one and a
//! client that does not read overflows it and is closed (1013). A connection's encoded output is then at most
//! about `MAX_BYTES_IN_FLIGHT` plus actix's 32 KiB write watermark, whatever the messages' size.

use std::{
    collections::VecDeque,
    pin::Pin,
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
    task::{Context, Poll},
};

use actix_ws::{CloseReason, Closed, Item, Message, Session};
use bytes::Bytes;
use bytestring::ByteString;
use futures_util::{Sink, task::AtomicWaker};

use crate::outbound::Outgoing;

/// Messages longer than this are sent in fragments of at most this many bytes (text fragments end on a character
/// boundary).
pub const FRAGMENT_BYTES: usize = 64 * 1024;

/// The most payload bytes handed to the session and not yet encoded by it. Data messages wait while it is
/// reached; control frames (pings, pongs, the close) never do.
pub const MAX_BYTES_IN_FLIGHT: usize = 128 * 1024;

/// Messages up to this size are handed over as they are, uncounted: sharing them costs nothing, counting them an
/// allocation (and, for text, a UTF-8 check). The session's channel holds 32 of them at most, 128 KiB.
const UNCOUNTED_BYTES: usize = 4 * 1024;

/// The payload bytes handed to the session and not yet released by it, and the link waiting for them to be.
#[derive(Debug, Default)]
struct InFlight {
    bytes: AtomicUsize,
    waker: AtomicWaker,
}

/// A payload handed to the session: counted in flight until actix drops it (once encoded).
struct Counted {
    payload: Bytes,
    in_flight: Arc<InFlight>,
}

impl AsRef<[u8]> for Counted {
    fn as_ref(&self) -> &[u8] {
        &self.payload
    }
}

impl Drop for Counted {
    fn drop(&mut self) {
        self.in_flight
            .bytes
            .fetch_sub(self.payload.len(), Ordering::AcqRel);
        self.in_flight.waker.wake();
    }
}

/// A message being sent in fragments: what is left of it.
struct Fragmenting {
    payload: Bytes,
    text: bool,
    sent: usize,
}

/// The sending side of a connection: its actix-ws session, the messages taken from the queue and not yet
/// handed to it, and the control frames due.
pub struct Link {
    session: Session,
    /// Messages taken from the queue, oldest first.
    pub pending: VecDeque<Outgoing>,
    /// The payload of the newest ping not yet answered.
    pub pong: Option<Bytes>,
    /// A heartbeat ping is due.
    pub ping_due: bool,
    fragmenting: Option<Fragmenting>,
    in_flight: Arc<InFlight>,
}

impl Link {
    /// The link of `session`, with nothing to send.
    #[must_use]
    pub fn new(session: Session) -> Self {
        Self {
            session,
            pending: VecDeque::new(),
            pong: None,
            ping_due: false,
            fragmenting: None,
            in_flight: Arc::default(),
        }
    }

    /// The session, for messages sent outside the queue (before the connection is admitted).
    pub fn session(&mut self) -> &mut Session {
        &mut self.session
    }

    /// Whether anything waits to be sent.
    #[must_use]
    pub fn has_output(&self) -> bool {
        self.has_control() || self.has_data()
    }

    fn has_control(&self) -> bool {
        self.pong.is_some() || self.ping_due
    }

    fn has_data(&self) -> bool {
        self.fragmenting.is_some() || !self.pending.is_empty()
    }

    /// Drops the messages not yet sent, except the rest of one being sent in fragments (a message cut short
    /// would leave the client waiting for its end).
    pub fn discard_pending(&mut self) {
        self.pending.clear();
    }

    /// `payload`, counted in flight until actix releases it.
    fn counted(&self, payload: Bytes) -> Bytes {
        self.in_flight
            .bytes
            .fetch_add(payload.len(), Ordering::AcqRel);
        Bytes::from_owner(Counted {
            payload,
            in_flight: Arc::clone(&self.in_flight),
        })
    }

    /// The next fragment of the message being fragmented, if any.
    fn next_fragment(&mut self) -> Option<Message> {
        let fragmenting = self.fragmenting.as_mut()?;
        let (start, total) = (fragmenting.sent, fragmenting.payload.len());
        let mut end = (start + FRAGMENT_BYTES).min(total);
        if fragmenting.text && end < total {
            // A text fragment ends on a character boundary (RFC 6455 allows splitting one, but some clients
            // validate each fragment's UTF-8 on its own).
            while end > start && (fragmenting.payload[end] & 0xC0) == 0x80 {
                end -= 1;
            }
        }
        let piece = fragmenting.payload.slice(start..end);
        let (first, last) = (start == 0, end == total);
        fragmenting.sent = end;
        let text = fragmenting.text;
        if last {
            self.fragmenting = None;
        }
        let piece = self.counted(piece);
        Some(Message::Continuation(match (first, last, text) {
            (true, _, true) => Item::FirstText(piece),
            (true, _, false) => Item::FirstBinary(piece),
            (false, true, _) => Item::Last(piece),
            (false, false, _) => Item::Continue(piece),
        }))
    }

    /// The next message to send, control frames first.
    fn take_next(&mut self) -> Option<Message> {
        if let Some(payload) = self.pong.take() {
            return Some(Message::Pong(payload));
        }
        if std::mem::take(&mut self.ping_due) {
            return Some(Message::Ping(Bytes::new()));
        }
        if self.fragmenting.is_some() {
            return self.next_fragment();
        }
        let outgoing = self.pending.pop_front()?;
        if outgoing.len() <= UNCOUNTED_BYTES {
            return Some(outgoing.into_message());
        }
        let (payload, text) = match outgoing {
            Outgoing::Text(text) => (text.into_bytes(), true),
            Outgoing::Binary(payload) => (payload, false),
        };
        if payload.len() > FRAGMENT_BYTES {
            self.fragmenting = Some(Fragmenting {
                payload,
                text,
                sent: 0,
            });
            return self.next_fragment();
        }
        let counted = self.counted(payload.clone());
        Some(if text {
            match ByteString::try_from(counted) {
                Ok(text) => Message::Text(text),
                // Unreachable (the payload came from a string); sent uncounted rather than lost.
                Err(_) => Message::Text(ByteString::try_from(payload).unwrap_or_default()),
            }
        } else {
            Message::Binary(counted)
        })
    }

    /// Whether the next message is data that must wait for what is in flight to be released.
    fn must_wait(&self, context: &Context<'_>) -> bool {
        if self.has_control() {
            return false;
        }
        if self.in_flight.bytes.load(Ordering::Acquire) < MAX_BYTES_IN_FLIGHT {
            return false;
        }
        self.in_flight.waker.register(context.waker());
        // Released between the check and the registration: no wake-up will come for it.
        self.in_flight.bytes.load(Ordering::Acquire) >= MAX_BYTES_IN_FLIGHT
    }

    /// Hands the session as many messages as it takes now. Ready once it took at least one (or there was
    /// nothing to send); pending while it takes none.
    ///
    /// # Errors
    /// [`Closed`] when the session is closed.
    pub fn poll_send(&mut self, context: &mut Context<'_>) -> Poll<Result<(), Closed>> {
        let mut sent = false;
        while self.has_output() {
            if self.must_wait(context) {
                return if sent {
                    Poll::Ready(Ok(()))
                } else {
                    Poll::Pending
                };
            }
            match Pin::new(&mut self.session).poll_ready(context) {
                Poll::Ready(Ok(())) => {}
                Poll::Ready(Err(closed)) => return Poll::Ready(Err(closed)),
                Poll::Pending if sent => return Poll::Ready(Ok(())),
                Poll::Pending => return Poll::Pending,
            }
            if let Some(message) = self.take_next() {
                Pin::new(&mut self.session).start_send(message)?;
                sent = true;
            }
        }
        Poll::Ready(Ok(()))
    }

    /// Sends what is pending, then the close frame `reason`; the connection ends after it.
    pub async fn close(mut self, reason: Option<CloseReason>) {
        while self.has_output() {
            if futures_util::future::poll_fn(|context| self.poll_send(context))
                .await
                .is_err()
            {
                return;
            }
        }
        let _ = self.session.close(reason).await;
    }
}
