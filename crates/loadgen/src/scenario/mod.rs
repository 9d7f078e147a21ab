//! The scenarios, and what they share: the run's clock, opening many clients at once, and reading the server's
//! use before and after.

pub mod bulk;
pub mod capacity;
pub mod fanout;
pub mod reader;
pub mod saturation;
pub mod writer;

use std::{sync::Arc, time::Duration};

use anyhow::Context;
use serde::Serialize;
use tokio::{sync::Semaphore, task::JoinSet, time::Instant};

use crate::{
    cli::TargetArgs,
    progress::Counters,
    server_process::{ProcessSample, ServerProcess, Usage},
    session::{Closed, Session},
    target::RoomAddress,
};

/// The run's one monotonic clock. Markers carry microseconds on it, so a reader's latency is its arrival time
/// minus the marker's, with no clock skew between clients (they share the process).
#[derive(Debug, Clone, Copy)]
pub struct RunClock {
    start: Instant,
}

impl RunClock {
    /// Starts the clock now.
    #[must_use]
    pub fn start() -> Self {
        Self {
            start: Instant::now(),
        }
    }

    /// Microseconds since the start, at `instant`.
    #[must_use]
    pub fn micros_at(&self, instant: Instant) -> u64 {
        u64::try_from(instant.saturating_duration_since(self.start).as_micros()).unwrap_or(u64::MAX)
    }

    /// Microseconds since the start, now.
    #[must_use]
    pub fn micros_now(&self) -> u64 {
        self.micros_at(Instant::now())
    }
}

/// How a client's task ended.
#[derive(Debug, Clone, Default)]
pub struct ClientEnd {
    /// Its replica's final text.
    pub text: String,
    /// How the server ended the connection, if it did before the run asked the client to stop.
    pub closed: Option<Closed>,
    /// A protocol error the client hit (an undecodable frame, a failed send).
    pub error: Option<String>,
    /// `error` messages the server sent (JSON), first few.
    pub server_errors: Vec<String>,
    /// Acks received (JSON writers).
    pub acknowledged: u64,
    /// Merge answers received by a JSON writer: the server's text differed from the writer's.
    pub merged_answers: u64,
}

impl ClientEnd {
    /// Describes what went wrong with this client, if anything did.
    #[must_use]
    pub fn problem(&self) -> Option<String> {
        self.error
            .clone()
            .or_else(|| self.closed.as_ref().map(ToString::to_string))
            .or_else(|| {
                self.server_errors
                    .first()
                    .map(|message| format!("server error: {message}"))
            })
            .or_else(|| {
                (self.merged_answers > 0).then(|| {
                    format!(
                        "{} updates answered with a merged text (the server's text differed from the writer's)",
                        self.merged_answers
                    )
                })
            })
    }
}

/// At most this many server `error` messages are kept per client.
const KEPT_SERVER_ERRORS: usize = 3;

impl ClientEnd {
    /// Whether the client stayed connected until the run asked it to stop (only those clients' texts can be
    /// expected to agree; the others are reported as problems).
    #[must_use]
    pub fn connected_to_the_end(&self) -> bool {
        self.closed.is_none() && self.error.is_none()
    }

    /// Keeps a server `error` message (the first few).
    pub fn note_server_error(&mut self, message: String) {
        if self.server_errors.len() < KEPT_SERVER_ERRORS {
            self.server_errors.push(message);
        }
    }
}

/// Opens one client per address, at most `concurrency` handshakes at a time, in order. Every result is
/// returned, so a scenario can decide whether a failure is fatal.
pub async fn connect_all(
    target: &TargetArgs,
    addresses: Vec<RoomAddress>,
    concurrency: usize,
    counters: &Arc<Counters>,
) -> Vec<anyhow::Result<(Session, Duration)>> {
    let semaphore = Arc::new(Semaphore::new(concurrency.max(1)));
    let mut tasks = JoinSet::new();
    let count = addresses.len();
    for (index, address) in addresses.into_iter().enumerate() {
        let semaphore = Arc::clone(&semaphore);
        let counters = Arc::clone(counters);
        let protocol = target.protocol;
        let text_name = target.text_name.clone();
        let timeout = target.connect_timeout;
        tasks.spawn(async move {
            let _permit = semaphore.acquire_owned().await;
            let started = Instant::now();
            let opened = Session::open(&address, protocol, &text_name, timeout).await;
            match &opened {
                Ok(_) => Counters::bump(&counters.connected),
                Err(_) => Counters::bump(&counters.failures),
            }
            (index, opened.map(|session| (session, started.elapsed())))
        });
    }
    let mut results: Vec<Option<anyhow::Result<(Session, Duration)>>> =
        (0..count).map(|_| None).collect();
    while let Some(joined) = tasks.join_next().await {
        match joined {
            Ok((index, result)) => results[index] = Some(result),
            Err(panicked) => std::panic::resume_unwind(panicked.into_panic()),
        }
    }
    results
        .into_iter()
        .map(|result| result.unwrap_or_else(|| Err(anyhow::anyhow!("connection task lost"))))
        .collect()
}

/// Opens every client or fails with the first error, naming which client it was.
///
/// # Errors
/// The first connection that failed.
pub async fn connect_every(
    target: &TargetArgs,
    addresses: Vec<RoomAddress>,
    concurrency: usize,
    counters: &Arc<Counters>,
) -> anyhow::Result<Vec<Session>> {
    let total = addresses.len();
    connect_all(target, addresses, concurrency, counters)
        .await
        .into_iter()
        .enumerate()
        .map(|(index, result)| {
            result
                .map(|(session, _)| session)
                .with_context(|| format!("client {} of {total} could not join", index + 1))
        })
        .collect()
}

/// The server's process (when `--pid` was given) and this one, sampled before and after a scenario.
pub struct UsageProbe {
    process: Option<ServerProcess>,
    before: Option<ProcessSample>,
    own: ServerProcess,
    own_before: ProcessSample,
}

impl UsageProbe {
    /// Checks the pid (when given) and takes the "before" samples.
    ///
    /// # Errors
    /// When the pid names no readable process, or `/proc` cannot be read.
    pub fn start(pid: Option<u32>) -> anyhow::Result<Self> {
        let process = pid.map(ServerProcess::new).transpose()?;
        let before = process.as_ref().map(ServerProcess::sample).transpose()?;
        let own = ServerProcess::new(std::process::id())?;
        let own_before = own.sample()?;
        Ok(Self {
            process,
            before,
            own,
            own_before,
        })
    }

    /// The use since the "before" samples, with the server's CPU per 1000 `deliveries`.
    ///
    /// # Errors
    /// When the server process is gone (it crashed during the run: worth saying).
    pub fn finish(&self, deliveries: u64) -> anyhow::Result<Usage> {
        let server = match (self.process, self.before) {
            (Some(process), Some(before)) => {
                let after = process
                    .sample()
                    .context("the server process disappeared during the run")?;
                Some(process.usage(before, after, deliveries))
            }
            _ => None,
        };
        let own_after = self.own.sample()?;
        Ok(Usage {
            server,
            load_generator_cpu_ms: own_after.cpu_ms.saturating_sub(self.own_before.cpu_ms),
        })
    }

    /// The server's CPU time so far (user + system), ms; `None` without `--pid` or once it cannot be read.
    #[must_use]
    pub fn server_cpu_ms(&self) -> Option<u64> {
        self.process
            .as_ref()
            .and_then(|process| process.sample().ok())
            .map(|sample| sample.cpu_ms)
    }

    /// The process's memory now, KiB; `None` without `--pid`.
    ///
    /// # Errors
    /// When the process is gone.
    pub fn rss_now(&self) -> anyhow::Result<Option<u64>> {
        self.process
            .as_ref()
            .map(|process| process.sample().map(|sample| sample.rss_kib))
            .transpose()
    }
}

/// Per room, whether every client that stayed connected ended with the same text.
#[derive(Debug, Clone, Serialize)]
pub struct Convergence {
    /// Rooms checked.
    pub rooms: usize,
    /// Rooms whose clients ended with different texts (indexes).
    pub divergent_rooms: Vec<usize>,
}

impl Convergence {
    /// Compares the final texts of each room's clients.
    #[must_use]
    pub fn check(texts_by_room: &[Vec<&str>]) -> Self {
        let divergent_rooms = texts_by_room
            .iter()
            .enumerate()
            .filter(|(_, texts)| texts.windows(2).any(|pair| pair[0] != pair[1]))
            .map(|(room, _)| room)
            .collect();
        Self {
            rooms: texts_by_room.len(),
            divergent_rooms,
        }
    }

    /// A one-line verdict.
    #[must_use]
    pub fn verdict(&self) -> String {
        if self.divergent_rooms.is_empty() {
            format!("identical in all {} rooms", self.rooms)
        } else {
            format!(
                "DIFFERENT in {} of {} rooms (rooms {:?})",
                self.divergent_rooms.len(),
                self.rooms,
                self.divergent_rooms
            )
        }
    }
}

/// Waits until `done` holds, checking every 10 ms, for at most `timeout`; returns whether it held.
pub async fn wait_until(timeout: Duration, mut done: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + timeout;
    loop {
        if done() {
            return true;
        }
        if Instant::now() >= deadline {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Waits until `done` holds, as long as `progress` (a count that grows while deliveries still arrive) has grown
/// within the last `quiet`, for at most `cap`; returns whether it held. A server working through a backlog
/// keeps delivering, and its deliveries are late, not lost; one that stopped delivering has lost the rest.
pub async fn wait_while_progressing(
    quiet: Duration,
    cap: Duration,
    mut done: impl FnMut() -> bool,
    mut progress: impl FnMut() -> u64,
) -> bool {
    let deadline = Instant::now() + cap;
    let mut last = progress();
    let mut last_change = Instant::now();
    loop {
        if done() {
            return true;
        }
        let now = Instant::now();
        let current = progress();
        if current != last {
            last = current;
            last_change = now;
        }
        if now >= deadline || now.duration_since(last_change) >= quiet {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rooms_whose_clients_disagree_are_named() {
        let check = Convergence::check(&[vec!["a", "a", "a"], vec!["b", "c"], vec!["d"]]);
        assert_eq!(check.divergent_rooms, [1]);
        assert!(check.verdict().contains("DIFFERENT in 1 of 3"));
        assert!(
            Convergence::check(&[vec!["x", "x"]])
                .verdict()
                .starts_with("identical")
        );
    }

    #[tokio::test(start_paused = true)]
    async fn waiting_goes_on_while_deliveries_still_arrive() {
        let started = Instant::now();
        // A count that grows for 5 s, then stops: the wait ends 1 s after the last growth.
        let held = wait_while_progressing(
            Duration::from_secs(1),
            Duration::from_secs(60),
            || false,
            || started.elapsed().as_secs().min(5),
        )
        .await;
        assert!(!held);
        let waited = started.elapsed();
        assert!(
            waited >= Duration::from_secs(6) && waited < Duration::from_millis(6100),
            "{waited:?}"
        );
        // The cap bounds a count that never stops growing.
        let started = Instant::now();
        let held = wait_while_progressing(
            Duration::from_secs(1),
            Duration::from_secs(3),
            || false,
            || u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
        )
        .await;
        assert!(!held);
        assert!(started.elapsed() < Duration::from_millis(3100));
    }

    #[test]
    fn the_clock_counts_microseconds_from_its_start() {
        let clock = RunClock::start();
        let later = clock.start + Duration::from_millis(3);
        assert_eq!(clock.micros_at(later), 3000);
        assert_eq!(clock.micros_at(clock.start), 0);
    }
}
