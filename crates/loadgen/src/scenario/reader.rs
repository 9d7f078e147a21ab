//! A reader: a client that only watches its room, finds the writer's markers in what arrives and records when
//! each one was first seen.

use std::sync::{
    Arc, Mutex, PoisonError,
    atomic::{AtomicBool, AtomicU64, Ordering},
};

use tokio_util::sync::CancellationToken;

use super::{ClientEnd, RunClock};
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
    /// Latency of each edit by sequence number, µs (capped just under `u32::MAX`, 71 minutes).
    latencies: Mutex<Vec<u32>>,
    /// Distinct edits seen.
    seen: AtomicU64,
    /// Markers of another room's writer (text leaking across rooms).
    foreign: AtomicU64,
    /// Set when the reader stopped reading (asked to, or the connection ended).
    ended: AtomicBool,
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
    /// Records `marker`, which arrived at `arrived_micros` on the run's clock, for a reader of `room`.
    pub fn record(&self, room: usize, marker: Marker, arrived_micros: u64) -> Sighting {
        if marker.room != room {
            self.foreign.fetch_add(1, Ordering::Relaxed);
            return Sighting::Foreign;
        }
        let Ok(seq) = usize::try_from(marker.seq) else {
            return Sighting::Again;
        };
        let latency = u32::try_from(arrived_micros.saturating_sub(marker.sent_micros))
            .unwrap_or(UNSEEN - 1)
            .min(UNSEEN - 1);
        let mut latencies = self
            .latencies
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if latencies.len() <= seq {
            latencies.resize(seq + 1, UNSEEN);
        }
        if latencies[seq] != UNSEEN {
            return Sighting::Again;
        }
        latencies[seq] = latency;
        self.seen.fetch_add(1, Ordering::Relaxed);
        Sighting::New
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
        let latencies = self
            .latencies
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
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
