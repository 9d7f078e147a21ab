//! Refuses an oversized WebSocket frame by its header, before its payload is read.
//!
//! actix-http's frame codec (under actix-ws) checks a frame's length against the limit only once the whole
//! frame has arrived, and keeps reading into its buffer meanwhile: a client announcing a frame of a gigabyte
//! would be buffered for as long as it keeps sending. The guard sits between the HTTP connection and actix-ws:
//! it follows the frame boundaries of the incoming bytes (headers only; payloads pass through untouched) and,
//! at the first header announcing more than the limit (or a control frame over 125 bytes), passes on what
//! came before that header, then ends the stream and records why. The connection then closes with 1009 (or
//! 1002), having buffered at most one read past the limit check.
//!
//! An upstream change would make it unnecessary: `Parser::parse` in actix-http could compare the length it
//! has just decoded with `max_size` before waiting for the payload, as it already does for the 64-bit top bit.
//!
//! The guard also counts the bytes of the message each connection is still receiving against one total for the
//! whole server ([`IncomingBudget`], `MAX_PARTIAL_MESSAGES_BYTES`): a message is held in memory (by actix-http's
//! codec, then by the joining of its fragments) until its last byte arrives, so a crowd of connections that each
//! send all but the last byte of a large message would otherwise hold `MAX_MESSAGE_BYTES` each. A connection whose
//! next bytes do not fit in the total is ended, and closed with 1013 (try again later). The first 64 KiB of each
//! message are not counted, so that ordinary messages get through even while the total is held.

use std::{
    cell::Cell,
    pin::Pin,
    rc::Rc,
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
    task::{Context, Poll},
};

use actix_http::error::PayloadError;
use bytes::Bytes;
use futures_util::Stream;

/// Why the guard ended the stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Breach {
    /// A frame announced more bytes than the limit (or a 64-bit length with its top bit set).
    TooBig,
    /// A control frame announced more than 125 bytes.
    ControlTooLong,
    /// The message being received did not fit in what the server lets all connections hold of messages still
    /// arriving ([`IncomingBudget`]).
    Overloaded,
}

/// The bytes of incoming messages still arriving, all connections together, and the most they may add up to.
///
/// The first [`IncomingBudget::free_per_message`] bytes of each message are not counted: connections that hold the
/// whole budget with large messages they never finish must not stop everyone's ordinary messages (an edit, a
/// presence update), which then always get through; what they can stop is other large messages. Those first bytes
/// are bounded per connection instead, and connections are capped (`MAX_CONNECTIONS`).
#[derive(Debug)]
pub struct IncomingBudget {
    held: AtomicUsize,
    limit: usize,
    free_per_message: usize,
}

/// The bytes of each message not counted against the budget (see [`IncomingBudget`]).
pub const FREE_BYTES_PER_MESSAGE: usize = 64 * 1024;

impl IncomingBudget {
    /// A budget of `limit` bytes (0: no limit, only counted), past the first `free_per_message` bytes of each
    /// message.
    #[must_use]
    pub fn new(limit: usize, free_per_message: usize) -> Arc<Self> {
        Arc::new(Self {
            held: AtomicUsize::new(0),
            limit,
            free_per_message,
        })
    }

    /// The bytes held now.
    #[must_use]
    pub fn held(&self) -> usize {
        self.held.load(Ordering::Relaxed)
    }

    /// Takes `bytes` from the budget; `false` (and nothing taken) when they do not fit.
    fn reserve(&self, bytes: usize) -> bool {
        let limit = if self.limit == 0 {
            usize::MAX
        } else {
            self.limit
        };
        self.held
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |held| {
                held.checked_add(bytes).filter(|total| *total <= limit)
            })
            .is_ok()
    }

    fn release(&self, bytes: usize) {
        self.held.fetch_sub(bytes, Ordering::Relaxed);
    }
}

/// Where the guard records a breach, shared with the connection that reads through it.
pub type BreachCell = Rc<Cell<Option<Breach>>>;

/// The incoming byte stream of a WebSocket connection, cut at the first frame header over the limit.
pub struct FrameGuard<S> {
    inner: S,
    max_payload: u64,
    /// Payload bytes of the current frame still to pass through.
    payload_left: u64,
    /// The header being read, when one is split across reads.
    header: [u8; MAX_HEADER_BYTES],
    header_read: usize,
    /// Whether the frame whose payload is passing ends a data message (a final text, binary or continuation
    /// frame): its last byte releases what the message took from the budget.
    ends_message: bool,
    /// Whether the frame whose payload is passing is a control frame (not part of a message: not counted).
    control: bool,
    /// Payload bytes of the message being received.
    message_bytes: usize,
    /// The part of them taken from `budget` (past its free bytes).
    counted_bytes: usize,
    budget: Arc<IncomingBudget>,
    breach: BreachCell,
}

const MAX_HEADER_BYTES: usize = 14;

/// What a (partial) frame header says.
enum Header {
    /// More bytes are needed to know.
    Incomplete,
    /// A header of this many bytes, announcing a payload of this many.
    Complete {
        length: usize,
        payload: u64,
        /// The FIN bit: the last frame of its message.
        fin: bool,
        control: bool,
    },
    Refused(Breach),
}

fn read_header(bytes: &[u8], max_payload: u64) -> Header {
    let [first, second, ..] = *bytes else {
        return Header::Incomplete;
    };
    let is_control = first & 0x08 != 0;
    let (extended, masked) = (second & 0x7f, second & 0x80 != 0);
    let length_bytes = match extended {
        126 => 2,
        127 => 8,
        _ => 0,
    };
    let header_length = 2 + length_bytes + if masked { 4 } else { 0 };
    if bytes.len() < 2 + length_bytes {
        return Header::Incomplete;
    }
    let payload = match extended {
        126 => u64::from(u16::from_be_bytes([bytes[2], bytes[3]])),
        127 => {
            let mut length = [0u8; 8];
            length.copy_from_slice(&bytes[2..10]);
            u64::from_be_bytes(length)
        }
        short => u64::from(short),
    };
    if is_control && payload > 125 {
        return Header::Refused(Breach::ControlTooLong);
    }
    if payload > max_payload || payload >> 63 != 0 {
        return Header::Refused(Breach::TooBig);
    }
    if bytes.len() < header_length {
        return Header::Incomplete;
    }
    Header::Complete {
        length: header_length,
        payload,
        fin: first & 0x80 != 0,
        control: is_control,
    }
}

impl<S> FrameGuard<S> {
    /// Guards `inner`, refusing frames of more than `max_payload` bytes, and messages whose bytes still
    /// arriving do not fit in `budget`.
    pub fn new(inner: S, max_payload: usize, budget: Arc<IncomingBudget>) -> (Self, BreachCell) {
        let breach = BreachCell::default();
        let guard = Self {
            inner,
            max_payload: u64::try_from(max_payload).unwrap_or(u64::MAX),
            payload_left: 0,
            header: [0; MAX_HEADER_BYTES],
            header_read: 0,
            ends_message: false,
            control: false,
            message_bytes: 0,
            counted_bytes: 0,
            budget,
            breach: Rc::clone(&breach),
        };
        (guard, breach)
    }

    /// Counts `bytes` more of the current frame's payload; `false` when a data message's bytes do not fit in
    /// the budget.
    fn take_payload(&mut self, bytes: usize) -> bool {
        if self.control {
            return true;
        }
        let received = self.message_bytes + bytes;
        let counted = received.saturating_sub(self.budget.free_per_message);
        if !self.budget.reserve(counted - self.counted_bytes) {
            return false;
        }
        self.message_bytes = received;
        self.counted_bytes = counted;
        true
    }

    /// The current frame's payload has all passed: a final data frame's message is complete.
    fn frame_done(&mut self) {
        if self.ends_message && !self.control {
            self.message_bytes = 0;
            self.budget.release(std::mem::take(&mut self.counted_bytes));
        }
    }

    /// Follows the frames in `chunk`; returns how many of its bytes may pass (all, unless a header breached).
    fn scan(&mut self, chunk: &[u8]) -> usize {
        let mut at = 0;
        while at < chunk.len() {
            if self.payload_left > 0 {
                let skip = usize::try_from(self.payload_left)
                    .unwrap_or(usize::MAX)
                    .min(chunk.len() - at);
                if !self.take_payload(skip) {
                    self.breach.set(Some(Breach::Overloaded));
                    return at;
                }
                at += skip;
                self.payload_left -= skip as u64;
                if self.payload_left == 0 {
                    self.frame_done();
                }
                continue;
            }
            // Within a header: gather up to its longest form, then see how much of it there is. (A header
            // split across reads continues at the start of this chunk.)
            let header_started_at = at;
            let take = (MAX_HEADER_BYTES - self.header_read).min(chunk.len() - at);
            self.header[self.header_read..self.header_read + take]
                .copy_from_slice(&chunk[at..at + take]);
            let available = self.header_read + take;
            match read_header(&self.header[..available], self.max_payload) {
                Header::Incomplete => {
                    self.header_read = available;
                    at += take;
                }
                Header::Complete {
                    length,
                    payload,
                    fin,
                    control,
                } => {
                    // Only the header's own bytes were consumed from this chunk.
                    at += length - self.header_read;
                    self.header_read = 0;
                    self.payload_left = payload;
                    self.ends_message = fin;
                    self.control = control;
                    if payload == 0 {
                        self.frame_done();
                    }
                }
                Header::Refused(breach) => {
                    self.breach.set(Some(breach));
                    // The bytes of the refused header that arrived in an earlier chunk were passed on already;
                    // harmless: the codec waits for the rest, which never comes.
                    return header_started_at;
                }
            }
        }
        chunk.len()
    }
}

impl<S> Drop for FrameGuard<S> {
    fn drop(&mut self) {
        self.budget.release(self.counted_bytes);
    }
}

impl<S> Stream for FrameGuard<S>
where
    S: Stream<Item = Result<Bytes, PayloadError>> + Unpin,
{
    type Item = Result<Bytes, PayloadError>;

    fn poll_next(self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        if this.breach.get().is_some() {
            return Poll::Ready(None);
        }
        match Pin::new(&mut this.inner).poll_next(context) {
            Poll::Ready(Some(Ok(mut chunk))) => {
                let passing = this.scan(&chunk);
                if passing < chunk.len() {
                    chunk.truncate(passing);
                }
                if chunk.is_empty() && this.breach.get().is_some() {
                    return Poll::Ready(None);
                }
                Poll::Ready(Some(Ok(chunk)))
            }
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use futures_util::{StreamExt, stream};

    use super::*;

    fn masked_header(opcode: u8, length: u64) -> Vec<u8> {
        let mut header = vec![0x80 | opcode];
        match length {
            0..=125 => header.push(0x80 | u8::try_from(length).expect("short")),
            126..=0xFFFF => {
                header.push(0x80 | 126);
                header.extend_from_slice(&u16::try_from(length).expect("medium").to_be_bytes());
            }
            _ => {
                header.push(0x80 | 127);
                header.extend_from_slice(&length.to_be_bytes());
            }
        }
        header.extend_from_slice(&[1, 2, 3, 4]);
        header
    }

    fn frame(opcode: u8, payload_length: usize) -> Vec<u8> {
        let mut frame = masked_header(opcode, payload_length as u64);
        frame.extend(std::iter::repeat_n(b'x', payload_length));
        frame
    }

    /// Feeds `bytes` in chunks of `chunk` bytes; returns what passed and the breach.
    async fn pass(bytes: &[u8], chunk: usize, limit: usize) -> (Vec<u8>, Option<Breach>) {
        pass_within(bytes, chunk, limit, &IncomingBudget::new(0, 0)).await
    }

    async fn pass_within(
        bytes: &[u8],
        chunk: usize,
        limit: usize,
        budget: &Arc<IncomingBudget>,
    ) -> (Vec<u8>, Option<Breach>) {
        let chunks: Vec<Result<Bytes, PayloadError>> = bytes
            .chunks(chunk)
            .map(|c| Ok(Bytes::copy_from_slice(c)))
            .collect();
        let (guard, breach) = FrameGuard::new(stream::iter(chunks), limit, Arc::clone(budget));
        let passed: Vec<u8> = guard
            .map(|chunk| chunk.expect("no error").to_vec())
            .concat()
            .await;
        (passed, breach.get())
    }

    #[tokio::test]
    async fn frames_within_the_limit_pass_untouched_however_they_are_cut() {
        let mut bytes = frame(1, 10);
        bytes.extend(frame(2, 300));
        bytes.extend(frame(9, 125));
        bytes.extend(frame(0, 70_000));
        for chunk in [1, 2, 3, 7, 13, 1000, bytes.len()] {
            let (passed, breach) = pass(&bytes, chunk, 100_000).await;
            assert_eq!(breach, None, "chunks of {chunk}");
            assert_eq!(passed, bytes, "chunks of {chunk}");
        }
    }

    #[tokio::test]
    async fn a_header_over_the_limit_stops_the_stream_before_it() {
        let mut bytes = frame(1, 10);
        let before = bytes.len();
        bytes.extend(masked_header(2, 1 << 30));
        for chunk in [1, 5, 64] {
            let (passed, breach) = pass(&bytes, chunk, 1000).await;
            assert_eq!(breach, Some(Breach::TooBig), "chunks of {chunk}");
            assert!(
                passed.len() >= before && passed.len() < bytes.len(),
                "chunks of {chunk}"
            );
            assert_eq!(&passed[..before], &bytes[..before]);
        }
    }

    #[tokio::test]
    async fn a_64_bit_length_with_the_top_bit_and_long_control_frames_are_refused() {
        let (_, breach) = pass(&masked_header(1, u64::MAX - 1), 64, usize::MAX).await;
        assert_eq!(breach, Some(Breach::TooBig));
        let (_, breach) = pass(&masked_header(9, 126), 64, 1000).await;
        assert_eq!(breach, Some(Breach::ControlTooLong));
        let (_, breach) = pass(&masked_header(8, 200_000), 64, 1000).await;
        assert_eq!(breach, Some(Breach::ControlTooLong));
    }

    /// A frame with the FIN bit clear: the first fragment of a message, or one in its middle.
    fn fragment(opcode: u8, payload_length: usize) -> Vec<u8> {
        let mut frame = frame(opcode, payload_length);
        frame[0] &= 0x7f;
        frame
    }

    #[tokio::test]
    async fn complete_messages_give_their_bytes_back_to_the_budget() {
        let budget = IncomingBudget::new(1000, 0);
        let mut bytes = fragment(1, 400);
        bytes.extend(frame(9, 100)); // a ping between fragments is no part of the message
        bytes.extend(frame(0, 400));
        bytes.extend(frame(2, 900));
        bytes.extend(frame(1, 0));
        for chunk in [1, 7, 500, bytes.len()] {
            let (passed, breach) = pass_within(&bytes, chunk, 1000, &budget).await;
            assert_eq!(breach, None, "chunks of {chunk}");
            assert_eq!(passed, bytes, "chunks of {chunk}");
            assert_eq!(budget.held(), 0, "chunks of {chunk}");
        }
    }

    #[tokio::test]
    async fn a_message_that_does_not_fit_beside_those_still_arriving_ends_its_connection() {
        let budget = IncomingBudget::new(1000, 0);
        // One connection sits on 700 bytes of a message it never finishes.
        let first = frame(2, 800);
        let chunks = vec![Ok(Bytes::copy_from_slice(&first[..first.len() - 100]))];
        let (mut stalled, _) = FrameGuard::new(
            stream::iter(chunks).chain(stream::pending()),
            1000,
            Arc::clone(&budget),
        );
        assert!(stalled.next().await.is_some());
        assert_eq!(budget.held(), 700, "its payload so far");
        // A second one's 400 bytes do not fit; 300 would.
        let (passed, breach) = pass_within(&frame(2, 400), 64, 1000, &budget).await;
        assert_eq!(breach, Some(Breach::Overloaded));
        assert!(passed.len() < 400);
        assert_eq!(
            budget.held(),
            700,
            "the refused connection gave back what it took"
        );
        let (_, breach) = pass_within(&frame(2, 300), 64, 1000, &budget).await;
        assert_eq!(breach, None);
        drop(stalled);
        assert_eq!(
            budget.held(),
            0,
            "a connection that goes gives back its partial message"
        );
    }

    #[tokio::test]
    async fn the_first_bytes_of_each_message_pass_even_when_the_budget_is_held() {
        let budget = IncomingBudget::new(1000, 100);
        // A connection holds the whole budget (1,100 bytes of a message: its first 100 are free).
        let first = frame(2, 2000);
        let chunks = vec![Ok(Bytes::copy_from_slice(&first[..8 + 1100]))];
        let (mut stalled, _) = FrameGuard::new(
            stream::iter(chunks).chain(stream::pending()),
            5000,
            Arc::clone(&budget),
        );
        assert!(stalled.next().await.is_some());
        assert_eq!(budget.held(), 1000);
        // Ordinary messages still get through, however many.
        let mut small = frame(1, 100);
        small.extend(frame(1, 60));
        small.extend(frame(2, 100));
        let (passed, breach) = pass_within(&small, 7, 5000, &budget).await;
        assert_eq!(breach, None);
        assert_eq!(passed, small);
        // A larger one does not.
        let (_, breach) = pass_within(&frame(2, 101), 64, 5000, &budget).await;
        assert_eq!(breach, Some(Breach::Overloaded));
        assert_eq!(budget.held(), 1000);
        drop(stalled);
        assert_eq!(budget.held(), 0);
    }
}
