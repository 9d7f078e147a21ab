//! Counters every client task bumps, and a line on stderr every few seconds so a long run shows it is alive
//! (stdout stays for the report).

use std::{
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

use tokio::{task::JoinHandle, time::Instant};
use tokio_util::sync::CancellationToken;

/// How often a progress line is printed.
const INTERVAL: Duration = Duration::from_secs(3);

/// Counts shared by the tasks of a run.
#[derive(Debug, Default)]
pub struct Counters {
    /// Connections open and synced.
    pub connected: AtomicU64,
    /// Edits sent.
    pub sent: AtomicU64,
    /// Edits observed by a client (one edit seen by three readers counts three).
    pub delivered: AtomicU64,
    /// Connections that failed or were closed by the server.
    pub failures: AtomicU64,
}

impl Counters {
    /// Adds one to `counter`.
    pub fn bump(counter: &AtomicU64) {
        counter.fetch_add(1, Ordering::Relaxed);
    }

    fn line(&self, elapsed: Duration) -> String {
        format!(
            "[{:>6.1}s] connected {}  sent {}  delivered {}  failures {}",
            elapsed.as_secs_f64(),
            self.connected.load(Ordering::Relaxed),
            self.sent.load(Ordering::Relaxed),
            self.delivered.load(Ordering::Relaxed),
            self.failures.load(Ordering::Relaxed),
        )
    }
}

/// Prints the counters to stderr every few seconds until `stop` is cancelled (or never, when `quiet`).
pub fn report_progress(
    counters: Arc<Counters>,
    quiet: bool,
    stop: CancellationToken,
) -> JoinHandle<()> {
    tokio::spawn(async move {
        if quiet {
            return;
        }
        let start = Instant::now();
        let mut ticks = tokio::time::interval_at(start + INTERVAL, INTERVAL);
        loop {
            tokio::select! {
                () = stop.cancelled() => return,
                _ = ticks.tick() => eprintln!("{}", counters.line(start.elapsed())),
            }
        }
    })
}
