//! A connection's outgoing queue: messages waiting to be handed to its WebSocket session, bounded, with an
//! overflow mark.
//!
//! The fan-out and the connection's own task put messages in (`try` only: nobody ever waits on a client); the
//! connection's task takes all of them at once when its session can take more. A queue that fills up is
//! marked overflowed instead of growing: its client does not read, and is disconnected (it reconnects and
//! resynchronises from the room's state). A message's payload is encoded once and shared by every
//! connection that receives it, so queuing one is a reference count, and an empty queue holds no allocation.

use std::{
    collections::VecDeque,
    future::poll_fn,
    sync::{Arc, Mutex, MutexGuard, PoisonError},
    task::{Poll, Waker},
};

use bytes::Bytes;
use bytestring::ByteString;

/// A message for a client, its payload encoded once: cloning it for another connection is a reference count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outgoing {
    /// A text message (the JSON protocol).
    Text(ByteString),
    /// A binary message (the y-websocket protocol).
    Binary(Bytes),
}

impl Outgoing {
    /// A text message holding `text`, without copying it. Its spare capacity is given back first: a message
    /// may wait in many queues, and a megabyte encoded by a growing buffer can carry nearly as much unused.
    #[must_use]
    pub fn text(mut text: String) -> Self {
        text.shrink_to_fit();
        Self::Text(ByteString::from(text))
    }

    /// A binary message holding `payload`, without copying it (its spare capacity given back, as for text).
    #[must_use]
    pub fn binary(mut payload: Vec<u8>) -> Self {
        payload.shrink_to_fit();
        Self::Binary(Bytes::from(payload))
    }

    /// The payload's length in bytes.
    #[must_use]
    pub fn len(&self) -> usize {
        match self {
            Self::Text(text) => text.len(),
            Self::Binary(payload) => payload.len(),
        }
    }

    /// Whether the payload is empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The payload's bytes.
    #[must_use]
    pub fn payload(&self) -> &[u8] {
        match self {
            Self::Text(text) => text.as_bytes(),
            Self::Binary(payload) => payload,
        }
    }

    /// The message for the WebSocket session.
    #[must_use]
    pub fn into_message(self) -> actix_ws::Message {
        match self {
            Self::Text(text) => actix_ws::Message::Text(text),
            Self::Binary(payload) => actix_ws::Message::Binary(payload),
        }
    }
}

/// The putting end of a connection's queue; cheap to clone.
#[derive(Debug, Clone)]
pub struct OutboundQueue {
    shared: Arc<Shared>,
}

/// The taking end, owned by the connection's task.
#[derive(Debug)]
pub struct OutboundFrames {
    shared: Arc<Shared>,
}

#[derive(Debug)]
struct Shared {
    capacity: usize,
    capacity_bytes: usize,
    state: Mutex<State>,
}

/// What a keyed message stands for: a newer message with the same key makes an unsent older one obsolete (see
/// [`OutboundQueue::offer_keyed`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// The answer to a Yjs client's sync step 1: everything it misses. A newer answer holds all an older one
    /// did, and an unsent answer covers any request made after it (what changed since reaches the client as
    /// the updates queued behind it).
    SyncAnswer,
    /// The presence (awareness) another connection last published: its newer message supersedes the older.
    Awareness(u64),
    /// A JSON client's list of the room's participants: the newer list holds all the older one did.
    Presence,
}

#[derive(Debug, Default)]
struct State {
    frames: VecDeque<Outgoing>,
    /// Bytes of the payloads in `frames`.
    bytes: usize,
    /// Where the keyed messages in `frames` are (a vector only while some are queued).
    keyed: Vec<(Key, usize)>,
    /// The last queued frame may be replaced by a newer one (see [`OutboundQueue::offer_latest`]).
    last_replaceable: bool,
    overflowed: bool,
    /// The connection's room is gone (deleted or expired): the connection closes with 4004.
    closed: bool,
    waker: Option<Waker>,
}

impl State {
    /// Everything queued, leaving the queue empty (and holding no allocation).
    fn take_all(&mut self) -> VecDeque<Outgoing> {
        self.last_replaceable = false;
        self.bytes = 0;
        self.keyed = Vec::new();
        std::mem::take(&mut self.frames)
    }
}

/// Where an offered message goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Placement {
    /// At the end.
    Last,
    /// At the end, or in place of the last message if that was also offered as the latest.
    Latest,
    /// In place of the unsent message with the same key, or at the end.
    Keyed(Key),
}

/// What the connection's task finds when it looks at its queue.
#[derive(Debug)]
pub enum Taken {
    /// Frames to write, oldest first.
    Frames(VecDeque<Outgoing>),
    /// The queue overflowed: the client is not reading.
    Overflowed,
    /// The connection's room is gone: close it (after the frames still queued, see [`OutboundFrames::take_now`]).
    Closed,
}

/// A queue holding at most `capacity` frames and `capacity_bytes` bytes of payload (a single message larger
/// than that is still taken into an empty queue: a room's whole document must be deliverable).
#[must_use]
pub fn channel(capacity: usize, capacity_bytes: usize) -> (OutboundQueue, OutboundFrames) {
    let shared = Arc::new(Shared {
        capacity: capacity.max(1),
        capacity_bytes: capacity_bytes.max(1),
        state: Mutex::new(State::default()),
    });
    (
        OutboundQueue {
            shared: Arc::clone(&shared),
        },
        OutboundFrames { shared },
    )
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // Every critical section leaves the state consistent, so a poisoned lock is still safe to use.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl OutboundQueue {
    /// Queues `frame`. Returns `false`, and marks the queue overflowed, when it is full; frames offered to an
    /// overflowed queue are dropped.
    pub fn offer(&self, frame: Outgoing) -> bool {
        self.put(frame, Placement::Last)
    }

    /// Queues `frame`, a message that makes the previous one of its kind obsolete (a JSON `code_update`
    /// carries the whole text): when the last queued frame is such a message, still unwritten, `frame`
    /// takes its place instead of queuing behind it. A reader that falls behind then skips to the newest
    /// text rather than receiving every intermediate one, and only falls out for good when other messages
    /// pile up. Otherwise as [`Self::offer`].
    pub fn offer_latest(&self, frame: Outgoing) -> bool {
        self.put(frame, Placement::Latest)
    }

    /// Queues `frame`, standing for `key`: an unsent message with the same key is replaced where it stands
    /// instead (see [`Key`] for when that is right). Otherwise as [`Self::offer`].
    pub fn offer_keyed(&self, frame: Outgoing, key: Key) -> bool {
        self.put(frame, Placement::Keyed(key))
    }

    /// Whether an unsent message with `key` is queued.
    #[must_use]
    pub fn holds(&self, key: Key) -> bool {
        self.shared
            .lock()
            .keyed
            .iter()
            .any(|(queued, _)| *queued == key)
    }

    fn put(&self, frame: Outgoing, placement: Placement) -> bool {
        let mut state = self.shared.lock();
        if state.overflowed {
            return false;
        }
        let replaced = match placement {
            Placement::Latest if state.last_replaceable => state.frames.len().checked_sub(1),
            Placement::Keyed(key) => state
                .keyed
                .iter()
                .find(|(queued, _)| *queued == key)
                .map(|(_, index)| *index),
            _ => None,
        };
        if let Some(index) = replaced {
            let old = std::mem::replace(&mut state.frames[index], frame);
            let new_length = state.frames[index].len();
            state.bytes = state.bytes - old.len() + new_length;
        } else if state.frames.len() >= self.shared.capacity
            || (!state.frames.is_empty() && state.bytes + frame.len() > self.shared.capacity_bytes)
        {
            state.overflowed = true;
            state.take_all();
            // Counted once per connection: an overflowed queue refuses every later frame above.
            ::metrics::counter!("pairprog_slow_clients_dropped_total").increment(1);
        } else {
            state.bytes += frame.len();
            state.frames.push_back(frame);
            state.last_replaceable = placement == Placement::Latest;
            if let Placement::Keyed(key) = placement {
                let index = state.frames.len() - 1;
                state.keyed.push((key, index));
            }
        }
        let accepted = !state.overflowed;
        let waker = state.waker.take();
        drop(state);
        if let Some(waker) = waker {
            waker.wake();
        }
        accepted
    }

    /// How full the queue is, from 0 (empty) to 1 (the next message overflows it), by messages or bytes,
    /// whichever is fuller; 1 once it overflowed.
    #[must_use]
    pub fn fill(&self) -> f64 {
        let state = self.shared.lock();
        if state.overflowed {
            return 1.0;
        }
        #[allow(clippy::cast_precision_loss)]
        let (frames, bytes) = (
            state.frames.len() as f64 / self.shared.capacity as f64,
            state.bytes as f64 / self.shared.capacity_bytes as f64,
        );
        frames.max(bytes).min(1.0)
    }

    /// Whether the queue overflowed.
    #[must_use]
    pub fn overflowed(&self) -> bool {
        self.shared.lock().overflowed
    }

    /// Tells the connection its room is gone: its task takes [`Taken::Closed`] and closes it.
    pub fn close(&self) {
        let mut state = self.shared.lock();
        state.closed = true;
        let waker = state.waker.take();
        drop(state);
        if let Some(waker) = waker {
            waker.wake();
        }
    }
}

impl OutboundFrames {
    /// Waits for frames (when `want_frames`), an overflow or the room's end, and takes them. Cancel-safe.
    pub async fn take(&self, want_frames: bool) -> Taken {
        poll_fn(|context| {
            let mut state = self.shared.lock();
            if state.overflowed {
                return Poll::Ready(Taken::Overflowed);
            }
            if state.closed {
                return Poll::Ready(Taken::Closed);
            }
            if want_frames && !state.frames.is_empty() {
                return Poll::Ready(Taken::Frames(state.take_all()));
            }
            if !state
                .waker
                .as_ref()
                .is_some_and(|waker| waker.will_wake(context.waker()))
            {
                state.waker = Some(context.waker().clone());
            }
            Poll::Pending
        })
        .await
    }

    /// Takes whatever is queued now, without waiting (nothing once overflowed).
    #[must_use]
    pub fn take_now(&self) -> VecDeque<Outgoing> {
        self.shared.lock().take_all()
    }

    /// A putting end of this queue.
    #[must_use]
    pub fn queue(&self) -> OutboundQueue {
        OutboundQueue {
            shared: Arc::clone(&self.shared),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bin(payload: &'static str) -> Outgoing {
        Outgoing::Binary(Bytes::from_static(payload.as_bytes()))
    }

    #[tokio::test]
    async fn frames_come_out_in_order_and_all_at_once() {
        let (queue, frames) = channel(4, usize::MAX);
        assert!(queue.offer(bin("a")));
        assert!(queue.offer(bin("b")));
        match frames.take(true).await {
            Taken::Frames(taken) => assert_eq!(taken, [bin("a"), bin("b")]),
            Taken::Overflowed | Taken::Closed => panic!("not full"),
        }
        assert!(frames.take_now().is_empty());
    }

    #[tokio::test]
    async fn a_full_queue_overflows_drops_its_frames_and_refuses_more() {
        let (queue, frames) = channel(2, usize::MAX);
        assert!(queue.offer(bin("a")));
        assert!(queue.offer(bin("b")));
        assert!(!queue.offer(bin("c")));
        assert!(queue.overflowed());
        assert!(!queue.offer(bin("d")));
        assert!(matches!(frames.take(true).await, Taken::Overflowed));
        // Even while the task is not taking frames (it is busy writing), the overflow is seen.
        assert!(matches!(frames.take(false).await, Taken::Overflowed));
        assert!(frames.take_now().is_empty());
    }

    #[tokio::test]
    async fn a_newer_replaceable_frame_takes_the_place_of_an_unwritten_one_only_at_the_end() {
        let (queue, frames) = channel(3, usize::MAX);
        assert!(queue.offer_latest(bin("text v1")));
        assert!(queue.offer_latest(bin("text v2")));
        assert!(queue.offer(bin("ack")));
        assert!(queue.offer_latest(bin("text v3")));
        assert!(queue.offer_latest(bin("text v4")));
        match frames.take(true).await {
            Taken::Frames(taken) => {
                assert_eq!(taken, [bin("text v2"), bin("ack"), bin("text v4")]);
            }
            Taken::Overflowed | Taken::Closed => panic!("replacements take no room"),
        }
        // Once taken (being written), a frame is no longer replaced.
        assert!(queue.offer_latest(bin("text v5")));
        assert_eq!(frames.take_now(), [bin("text v5")]);
    }

    #[tokio::test]
    async fn the_queue_is_bounded_in_bytes_but_takes_one_large_message_when_empty() {
        let (queue, frames) = channel(100, 10);
        assert!(queue.offer(bin("a message longer than ten bytes")));
        assert!(!queue.offer(bin("x")));
        assert!(queue.overflowed());
        assert!(matches!(frames.take(true).await, Taken::Overflowed));

        let (queue, frames) = channel(100, 10);
        assert!(queue.offer(bin("12345")));
        assert!(queue.offer(bin("67890")));
        assert_eq!(frames.take_now().len(), 2);
        // Taken messages no longer count.
        assert!(queue.offer(bin("abcde")));
        assert!(!queue.overflowed());
    }

    #[tokio::test]
    async fn a_keyed_message_replaces_the_unsent_one_with_its_key_where_it_stands() {
        let (queue, frames) = channel(3, usize::MAX);
        assert!(queue.offer_keyed(bin("presence of 1, old"), Key::Awareness(1)));
        assert!(queue.offer(bin("update")));
        assert!(queue.offer_keyed(bin("answer"), Key::SyncAnswer));
        assert!(queue.holds(Key::SyncAnswer));
        for round in 0..100 {
            assert!(
                queue.offer_keyed(bin("presence of 1, new"), Key::Awareness(1)),
                "{round}"
            );
        }
        assert!(queue.offer_keyed(bin("answer, newer"), Key::SyncAnswer));
        assert_eq!(
            frames.take_now(),
            [
                bin("presence of 1, new"),
                bin("update"),
                bin("answer, newer")
            ]
        );
        assert!(!queue.holds(Key::SyncAnswer));
        // Once taken, a key starts again at the end.
        assert!(queue.offer_keyed(bin("presence of 1, newest"), Key::Awareness(1)));
        assert!(queue.offer_keyed(bin("presence of 2"), Key::Awareness(2)));
        assert_eq!(frames.take_now().len(), 2);
    }

    #[tokio::test]
    async fn a_waiting_task_is_woken_by_an_offer_from_another_thread() {
        let (queue, frames) = channel(2, usize::MAX);
        let offering = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(20));
            queue.offer(bin("late"))
        });
        let taken = tokio::time::timeout(std::time::Duration::from_secs(5), frames.take(true))
            .await
            .expect("woken");
        assert!(matches!(taken, Taken::Frames(frames) if frames.len() == 1));
        assert!(offering.join().expect("thread"));
    }
}
