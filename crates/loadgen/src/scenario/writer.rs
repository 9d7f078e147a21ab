//! A writer: the one client of a room that edits. It appends a marker per edit at a paced rate, keeps the text
//! short by now and then deleting its oldest markers, and reads its socket all the while (a JSON server answers every update
//! with an `ack`; a client that stopped reading them would be dropped as too slow).

use std::{
    collections::VecDeque,
    sync::{
        Arc, Mutex, PoisonError,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

use tokio::{
    sync::{mpsc, oneshot},
    time::Instant,
};
use tokio_util::sync::CancellationToken;

use super::{ClientEnd, RunClock};
use crate::{marker::Marker, progress::Counters, replica::Received, session::Session};

/// Asks a writer to write.
#[derive(Debug)]
pub struct WriteBurst {
    /// Edits per second.
    pub rate: f64,
    /// For how long.
    pub duration: Duration,
    /// Wait this long before the first edit (spreads rooms' writers over the first interval).
    pub delay: Duration,
    /// Told what was sent, when the burst is over.
    pub done: oneshot::Sender<Burst>,
}

/// What a burst sent.
#[derive(Debug, Clone, Copy)]
pub struct Burst {
    /// Sequence number of its first edit.
    pub first_seq: u64,
    /// One past the sequence number of its last edit.
    pub end_seq: u64,
    /// The rate it achieved, edits per second (below the asked rate when the socket or the load generator
    /// could not keep up).
    pub achieved_rate: f64,
}

/// The edits due by time `elapsed` into a burst at `rate` edits per second (edit k is due at k / rate), at most
/// `total`.
#[must_use]
pub fn edits_due(elapsed: Duration, rate: f64, total: u64) -> u64 {
    // Casts: a non-negative count of edits, clamped to the burst's total.
    let due = (elapsed.as_secs_f64() * rate).floor() as u64 + 1;
    due.min(total)
}

/// How many edits a burst of `duration` at `rate` sends (at least one).
#[must_use]
pub fn burst_size(duration: Duration, rate: f64) -> u64 {
    // Casts: a positive count of edits.
    let size = (duration.as_secs_f64() * rate).round() as u64;
    size.max(1)
}

/// What a room's writer has sent, shared with the room's readers: how many edits, and when each was sent (µs on
/// the run's clock). A reader that first sees an edit through a later one (see `ReaderLog::record`) takes its
/// send time from here.
#[derive(Debug, Default)]
pub struct SentLog {
    count: AtomicU64,
    sent_micros: Mutex<Vec<u64>>,
}

impl SentLog {
    /// Records that edit `seq` (the next one) was sent at `sent_micros`.
    pub fn record(&self, seq: u64, sent_micros: u64) {
        self.sent_micros
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(sent_micros);
        self.count.store(seq + 1, Ordering::Relaxed);
    }

    /// Edits sent so far.
    pub fn count(&self) -> u64 {
        self.count.load(Ordering::Relaxed)
    }

    /// When edit `seq` was sent, if it was.
    pub fn sent_micros(&self, seq: usize) -> Option<u64> {
        self.sent_micros
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(seq)
            .copied()
    }
}

/// The markers a writer's text holds, and when to delete the oldest.
#[derive(Debug, Clone)]
pub struct MarkerWindow {
    /// Lengths of the markers in the text, oldest first.
    lengths: VecDeque<usize>,
    /// Characters they take.
    chars: usize,
    /// Longest text to keep.
    max_chars: usize,
}

impl MarkerWindow {
    /// An empty text that may grow to `max_chars`.
    #[must_use]
    pub fn new(max_chars: usize) -> Self {
        Self {
            lengths: VecDeque::new(),
            chars: 0,
            max_chars,
        }
    }

    /// Adds a marker of `length` characters at the end; returns how many characters to delete at the start.
    ///
    /// Past the limit, the text is cut to half in one edit, and not by one marker per edit: an edit that
    /// touches both ends of the text is what a typist never makes, and a JSON server, which diffs whole texts,
    /// would pay for it on every edit. The newest marker always stays.
    pub fn push(&mut self, length: usize) -> usize {
        self.lengths.push_back(length);
        self.chars += length;
        let mut delete = 0;
        if self.chars > self.max_chars {
            while self.chars > self.max_chars / 2 && self.lengths.len() > 1 {
                let oldest = self.lengths.pop_front().unwrap_or(0);
                self.chars -= oldest;
                delete += oldest;
            }
        }
        delete
    }
}

/// The writer of one room.
pub struct Writer {
    session: Session,
    room: usize,
    clock: RunClock,
    /// The next edit's sequence number.
    seq: u64,
    /// The markers in the text.
    window: MarkerWindow,
    /// Whether the room's previous text (an earlier run's) has been deleted.
    cleared: bool,
    /// Edits sent, shared with the scenario and the room's readers.
    sent: Arc<SentLog>,
    counters: Arc<Counters>,
    end: ClientEnd,
}

impl Writer {
    /// A writer for room `room` on `session`, publishing what it sends in `sent`.
    #[must_use]
    pub fn new(
        mut session: Session,
        room: usize,
        clock: RunClock,
        max_text_chars: usize,
        sent: Arc<SentLog>,
        counters: Arc<Counters>,
    ) -> Self {
        session.become_sole_writer();
        Self {
            session,
            room,
            clock,
            seq: 0,
            window: MarkerWindow::new(max_text_chars),
            cleared: false,
            sent,
            counters,
            end: ClientEnd::default(),
        }
    }

    /// Writes the bursts it is sent, reading its socket in between, until `stop` or the connection ends.
    pub async fn run(
        mut self,
        mut commands: mpsc::Receiver<WriteBurst>,
        stop: CancellationToken,
    ) -> ClientEnd {
        let mut commands_open = true;
        let mut alive = true;
        while alive {
            tokio::select! {
                biased;
                () = stop.cancelled() => break,
                command = commands.recv(), if commands_open => match command {
                    Some(burst) => {
                        let sent = self.write(burst.rate, burst.duration, burst.delay, &stop).await;
                        alive = sent.is_some();
                        if let Some(sent) = sent {
                            let _ = burst.done.send(sent);
                        }
                    }
                    None => commands_open = false,
                },
                next = self.session.next() => alive = self.take(next),
            }
        }
        self.end.text = self.session.replica().text();
        self.end.closed = self.session.closed().cloned();
        self.session.close(Duration::from_secs(1)).await;
        self.end
    }

    /// One burst: edits at `rate` for `duration`, starting after `delay`. `None` when the connection ended.
    ///
    /// The burst ends at its time even when not every edit could be sent (the load generator starved of CPU,
    /// or a socket the server stopped reading): the achieved rate says so, and the run keeps to its time.
    async fn write(
        &mut self,
        rate: f64,
        duration: Duration,
        delay: Duration,
        stop: &CancellationToken,
    ) -> Option<Burst> {
        let start = Instant::now() + delay;
        let deadline = start + duration;
        let total = burst_size(duration, rate);
        let first_seq = self.seq;
        let mut written = 0;
        let mut finished = start;
        while written < total && Instant::now() < deadline {
            let next_due = start + Duration::from_secs_f64(written as f64 / rate);
            tokio::select! {
                biased;
                () = stop.cancelled() => break,
                () = tokio::time::sleep_until(next_due) => {
                    let due = edits_due(Instant::now().saturating_duration_since(start), rate, total);
                    while written < due && Instant::now() < deadline {
                        if let Err(error) = self.send_marker().await {
                            self.end.error = Some(format!("{error:#}"));
                            Counters::bump(&self.counters.failures);
                            return None;
                        }
                        written += 1;
                    }
                    finished = Instant::now();
                }
                next = self.session.next() => {
                    if !self.take(next) {
                        return None;
                    }
                }
            }
        }
        let busy = finished.saturating_duration_since(start).as_secs_f64() + 1.0 / rate;
        // Casts: edit counts are far below 2^52.
        let achieved_rate = written as f64 / busy;
        Some(Burst {
            first_seq,
            end_seq: self.seq,
            achieved_rate,
        })
    }

    /// Appends the next marker, deleting the older half past the length limit (and, the first time, whatever
    /// text the room held before), and sends the edit.
    async fn send_marker(&mut self) -> anyhow::Result<()> {
        let mut delete = 0;
        if !self.cleared {
            delete = self.session.replica().len_units();
            self.cleared = true;
        }
        let marker = Marker {
            room: self.room,
            seq: self.seq,
            sent_micros: self.clock.micros_now(),
        };
        let text = marker.to_string();
        delete += self.window.push(text.chars().count());
        self.session.edit(delete, &text).await?;
        self.sent.record(self.seq, marker.sent_micros);
        self.seq += 1;
        Counters::bump(&self.counters.sent);
        Ok(())
    }

    /// Takes what the socket delivered; false once the connection has ended.
    fn take(&mut self, next: anyhow::Result<Option<(Received, Instant)>>) -> bool {
        match next {
            Ok(Some((received, _))) => {
                self.end.acknowledged += received.acknowledged;
                if received.merged {
                    self.end.merged_answers += 1;
                }
                if let Some(message) = received.server_error {
                    self.end.note_server_error(message);
                }
                true
            }
            Ok(None) => {
                Counters::bump(&self.counters.failures);
                false
            }
            Err(error) => {
                self.end.error = Some(format!("{error:#}"));
                Counters::bump(&self.counters.failures);
                false
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_edit_is_due_at_once_and_the_rest_at_the_rate() {
        assert_eq!(edits_due(Duration::ZERO, 20.0, 200), 1);
        assert_eq!(edits_due(Duration::from_millis(49), 20.0, 200), 1);
        assert_eq!(edits_due(Duration::from_millis(50), 20.0, 200), 2);
        assert_eq!(edits_due(Duration::from_secs(1), 20.0, 200), 21);
    }

    #[test]
    fn a_late_writer_catches_up_but_never_past_the_burst() {
        // At 10,000 edits/s the timer cannot wake for each one: a wake sends every edit due.
        assert_eq!(edits_due(Duration::from_millis(3), 10_000.0, 100_000), 31);
        assert_eq!(edits_due(Duration::from_secs(60), 20.0, 200), 200);
    }

    #[test]
    fn the_text_is_cut_to_half_once_it_passes_the_limit() {
        let mut window = MarkerWindow::new(100);
        let deleted: Vec<usize> = (0..12).map(|_| window.push(10)).collect();
        // 10 markers fit; the 11th makes 110 > 100: the 6 oldest go (50 left), then growth resumes.
        assert_eq!(deleted, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 60, 0]);
    }

    #[test]
    fn the_newest_marker_stays_even_when_alone_too_long() {
        let mut window = MarkerWindow::new(5);
        assert_eq!(window.push(8), 0);
        assert_eq!(window.push(8), 8);
    }

    #[test]
    fn a_burst_sends_rate_times_duration_edits() {
        assert_eq!(burst_size(Duration::from_secs(10), 20.0), 200);
        assert_eq!(burst_size(Duration::from_secs(2), 75.0), 150);
        assert_eq!(burst_size(Duration::from_millis(1), 1.0), 1);
    }
}
