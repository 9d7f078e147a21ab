//! A reader: a client that only watches its room, finds the writer's markers in what arrives and records when
//! each one was first seen.
//!
//! An edit can reach a reader without its marker ever showing: a server that merges queued updates into one
//! (Hocuspocus for every turn of its event loop, pairprog for a burst) or sends a JSON reader only the newest
//! text may deliver a marker together with the later edit that deleted it (writers trim their oldest markers).
//! The writer's edits are sequential, so a reader that sees marker S holds every edit before S: those it has not
//! seen are recorded as arriving with S, with the send time the writer published in its `SentLog`.

use std::sync::{
    Arc, Mutex, PoisonError,
    atomic::{AtomicBool, AtomicU64, Ordering},
};

use tokio_util::sync::CancellationToken;

use super::{ClientEnd, RunClock, writer::SentLog};
use crate::{
    marker::{Marker, markers, markers_from_end},
    progress::Counters,
    replica::{Change, Replica},
    session::Session,
};

/// Latency recorded for an edit not seen (yet).
const UNSEEN: u32 = u32::MAX;

/// What one reader saw, shared with the scenario while the run goes on.
#[derive(Debug, Default)]
pub struct ReaderLog {
    /// What the room's writer sent, when the reader follows one (idle readers do not).
    writer: Option<Arc<SentLog>>,
    /// Latencies by sequence number, and the first edit not seen.
    sightings: Mutex<Sightings>,
    /// Distinct edits seen.
    seen: AtomicU64,
    /// Of those, edits whose marker never showed: seen through a later edit (see the module's doc).
    seen_through_later: AtomicU64,
    /// Markers of another room's writer (text leaking across rooms).
    foreign: AtomicU64,
    /// Set when the reader stopped reading (asked to, or the connection ended).
    ended: AtomicBool,
}

/// The edits a reader has seen.
#[derive(Debug, Default)]
struct Sightings {
    /// Latency of each edit by sequence number, µs (capped just under `u32::MAX`, 71 minutes).
    latencies: Vec<u32>,
    /// Every edit before this one has been seen.
    first_unseen: usize,
}

/// A latency in µs as stored: capped just under [`UNSEEN`].
fn stored_latency(arrived_micros: u64, sent_micros: u64) -> u32 {
    u32::try_from(arrived_micros.saturating_sub(sent_micros))
        .unwrap_or(UNSEEN - 1)
        .min(UNSEEN - 1)
}

/// What a marker meant to a reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sighting {
    /// A first sighting, recorded.
    New,
    /// Seen before.
    Again,
    /// Another room's marker.
    Foreign,
}

impl ReaderLog {
    /// The log of a reader of a room whose writer publishes what it sent in `writer`.
    #[must_use]
    pub fn following(writer: Arc<SentLog>) -> Self {
        Self {
            writer: Some(writer),
            ..Self::default()
        }
    }

    /// Records `marker`, which arrived at `arrived_micros` on the run's clock, for a reader of `room`; and,
    /// when the reader follows a writer, the earlier edits not seen yet as arriving with it.
    pub fn record(&self, room: usize, marker: Marker, arrived_micros: u64) -> Sighting {
        if marker.room != room {
            self.foreign.fetch_add(1, Ordering::Relaxed);
            return Sighting::Foreign;
        }
        let Ok(seq) = usize::try_from(marker.seq) else {
            return Sighting::Again;
        };
        let mut sightings = self
            .sightings
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let Sightings {
            latencies,
            first_unseen,
        } = &mut *sightings;
        if latencies.len() <= seq {
            latencies.resize(seq + 1, UNSEEN);
        }
        if latencies[seq] != UNSEEN {
            return Sighting::Again;
        }
        latencies[seq] = stored_latency(arrived_micros, marker.sent_micros);
        self.seen.fetch_add(1, Ordering::Relaxed);
        if let Some(writer) = &self.writer {
            let unseen_before = latencies
                .get_mut(*first_unseen..seq)
                .into_iter()
                .flatten()
                .enumerate()
                .filter(|(_, latency)| **latency == UNSEEN);
            for (offset, latency) in unseen_before {
                if let Some(sent_micros) = writer.sent_micros(*first_unseen + offset) {
                    *latency = stored_latency(arrived_micros, sent_micros);
                    self.seen.fetch_add(1, Ordering::Relaxed);
                    self.seen_through_later.fetch_add(1, Ordering::Relaxed);
                }
            }
        }
        while latencies
            .get(*first_unseen)
            .is_some_and(|&latency| latency != UNSEEN)
        {
            *first_unseen += 1;
        }
        Sighting::New
    }

    /// Of the edits seen, those whose marker never showed (seen through a later edit).
    pub fn seen_through_later(&self) -> u64 {
        self.seen_through_later.load(Ordering::Relaxed)
    }

    /// Distinct edits seen so far.
    pub fn seen(&self) -> u64 {
        self.seen.load(Ordering::Relaxed)
    }

    /// Markers from another room seen so far.
    pub fn foreign(&self) -> u64 {
        self.foreign.load(Ordering::Relaxed)
    }

    /// Whether the reader stopped.
    pub fn ended(&self) -> bool {
        self.ended.load(Ordering::Relaxed)
    }

    /// Whether this reader has seen every edit below `sent` or will never see more.
    pub fn caught_up(&self, sent: u64) -> bool {
        self.ended() || self.seen() >= sent
    }

    /// The latencies (µs) of edits `from..to`, with `None` for those not seen.
    pub fn latencies(&self, from: u64, to: u64) -> Vec<Option<u64>> {
        let sightings = self
            .sightings
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let latencies = &sightings.latencies;
        (from..to)
            .map(|seq| {
                usize::try_from(seq)
                    .ok()
                    .and_then(|seq| latencies.get(seq))
                    .filter(|&&latency| latency != UNSEEN)
                    .map(|&latency| u64::from(latency))
            })
            .collect()
    }
}

/// Finds the markers a received frame brought and records them.
///
/// A JSON reader gets the whole text each time: it walks back from the end, where the writer appends, and stops
/// at the first marker of its room it has seen, so each frame costs what is new. A Yjs reader gets exactly the
/// inserted pieces.
pub fn observe(
    log: &ReaderLog,
    room: usize,
    change: &Change,
    replica: &Replica,
    arrived_micros: u64,
    counters: &Counters,
) {
    match change {
        Change::None => {}
        Change::Inserted(pieces) => {
            for marker in pieces.iter().flat_map(|piece| markers(piece)) {
                if log.record(room, marker, arrived_micros) == Sighting::New {
                    Counters::bump(&counters.delivered);
                }
            }
        }
        Change::Replaced => {
            let text = replica.text_view();
            for marker in markers_from_end(&text) {
                match log.record(room, marker, arrived_micros) {
                    Sighting::New => Counters::bump(&counters.delivered),
                    Sighting::Again => break,
                    Sighting::Foreign => {}
                }
            }
        }
    }
}

/// Reads `session` until `stop` is cancelled or the connection ends, recording every marker in `log`.
pub async fn run_reader(
    mut session: Session,
    room: usize,
    clock: RunClock,
    log: Arc<ReaderLog>,
    counters: Arc<Counters>,
    stop: CancellationToken,
) -> ClientEnd {
    let mut end = ClientEnd::default();
    loop {
        let next = tokio::select! {
            biased;
            () = stop.cancelled() => break,
            next = session.next() => next,
        };
        match next {
            Ok(Some((received, arrived))) => {
                if let Some(message) = received.server_error {
                    end.note_server_error(message);
                }
                observe(
                    &log,
                    room,
                    &received.change,
                    session.replica(),
                    clock.micros_at(arrived),
                    &counters,
                );
            }
            Ok(None) => {
                Counters::bump(&counters.failures);
                break;
            }
            Err(error) => {
                Counters::bump(&counters.failures);
                end.error = Some(format!("{error:#}"));
                break;
            }
        }
    }
    log.ended.store(true, Ordering::Relaxed);
    end.text = session.replica().text();
    end.closed = session.closed().cloned();
    session.close(std::time::Duration::from_secs(1)).await;
    end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::target::Protocol;

    fn marker(room: usize, seq: u64, sent_micros: u64) -> Marker {
        Marker {
            room,
            seq,
            sent_micros,
        }
    }

    #[test]
    fn a_first_sighting_records_the_latency_and_a_repeat_does_not() {
        let log = ReaderLog::default();
        assert_eq!(log.record(0, marker(0, 2, 1000), 3500), Sighting::New);
        assert_eq!(log.record(0, marker(0, 2, 1000), 9000), Sighting::Again);
        assert_eq!(log.record(1, marker(0, 3, 1000), 9000), Sighting::Foreign);
        assert_eq!(log.seen(), 1);
        assert_eq!(log.latencies(1, 4), [None, Some(2500), None]);
        assert!(log.caught_up(1));
        assert!(!log.caught_up(3));
    }

    #[test]
    fn edits_before_a_seen_one_count_as_arriving_with_it() {
        let writer = Arc::new(SentLog::default());
        for (seq, sent_micros) in [(0, 100), (1, 200), (2, 300), (3, 400)] {
            writer.record(seq, sent_micros);
        }
        let log = ReaderLog::following(Arc::clone(&writer));
        assert_eq!(log.record(0, marker(0, 0, 100), 150), Sighting::New);
        // Edits 1 and 2 came merged with edit 3, which deleted their markers.
        assert_eq!(log.record(0, marker(0, 3, 400), 1000), Sighting::New);
        assert_eq!(log.seen(), 4);
        assert_eq!(log.seen_through_later(), 2);
        assert_eq!(
            log.latencies(0, 4),
            [Some(50), Some(800), Some(700), Some(600)]
        );
        assert!(log.caught_up(writer.count()));
        // A marker seen late, after being counted through a later edit, is not counted again.
        assert_eq!(log.record(0, marker(0, 2, 300), 2000), Sighting::Again);
        assert_eq!(log.seen(), 4);
    }

    #[test]
    fn a_json_reader_that_only_gets_the_newest_text_has_every_edit_before_it() {
        let counters = Counters::default();
        let writer = Arc::new(SentLog::default());
        for seq in 0..6 {
            writer.record(seq, seq * 10);
        }
        let log = ReaderLog::following(writer);
        let mut replica = Replica::new(Protocol::Json, "code", "room");
        // The writer cut markers 0 to 4 before the server sent this text.
        let code = marker(0, 5, 50).to_string();
        let received = replica
            .receive_text(&serde_json::json!({"type": "code_update", "code": code}).to_string())
            .expect("valid");
        observe(&log, 0, &received.change, &replica, 100, &counters);
        assert_eq!(log.seen(), 6);
        assert_eq!(log.seen_through_later(), 5);
        assert_eq!(log.latencies(4, 6), [Some(60), Some(50)]);
    }

    #[test]
    fn a_json_reader_walks_back_only_over_what_is_new() {
        let counters = Counters::default();
        let log = ReaderLog::default();
        let mut replica = Replica::new(Protocol::Json, "code", "room");
        let frame =
            |code: String| serde_json::json!({"type": "code_update", "code": code}).to_string();
        let first = format!("{}{}", marker(0, 0, 10), marker(0, 1, 20));
        let received = replica.receive_text(&frame(first.clone())).expect("valid");
        observe(&log, 0, &received.change, &replica, 100, &counters);
        // The next text drops the oldest marker and adds one: only the new one is recorded.
        let second = format!("{}{}", marker(0, 1, 20), marker(0, 2, 30));
        let received = replica.receive_text(&frame(second)).expect("valid");
        observe(&log, 0, &received.change, &replica, 200, &counters);
        assert_eq!(log.seen(), 3);
        assert_eq!(log.latencies(0, 3), [Some(90), Some(80), Some(170)]);
        assert_eq!(counters.delivered.load(Ordering::Relaxed), 3);
    }

    #[test]
    fn a_json_reader_still_finds_edits_a_server_coalesced() {
        // Two edits arrive in one text: both are new, so both are found.
        let counters = Counters::default();
        let log = ReaderLog::default();
        let mut replica = Replica::new(Protocol::Json, "code", "room");
        let code = format!("{}{}{}", marker(0, 0, 1), marker(0, 1, 2), marker(0, 2, 3));
        let received = replica
            .receive_text(&serde_json::json!({"type": "code_update", "code": code}).to_string())
            .expect("valid");
        observe(&log, 0, &received.change, &replica, 10, &counters);
        assert_eq!(log.seen(), 3);
    }
}
