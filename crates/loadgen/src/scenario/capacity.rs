//! `capacity`: C idle connections spread over R rooms; with `--pid`, the server's resident memory before,
//! with them all open, and after they close, so the cost of one connection (and a leak on close) shows.

use std::sync::Arc;

use anyhow::Context;
use serde::Serialize;
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

use super::{
    RunClock, UsageProbe, connect_all,
    fanout::problems_line,
    reader::{ReaderLog, run_reader},
};
use crate::{
    cli::CapacityArgs,
    latency::LatencySummary,
    progress::{Counters, report_progress},
    report::{Report, Table, ms, usage_entries},
    server_process::Usage,
    target::Protocol,
};

/// The result of a capacity run.
#[derive(Debug, Serialize)]
pub struct CapacityReport {
    /// Always `"capacity"`.
    pub scenario: &'static str,
    /// The protocol spoken.
    pub protocol: Protocol,
    /// The URL template.
    pub url: String,
    /// Connections asked for.
    pub connections: usize,
    /// Rooms they spread over.
    pub rooms: usize,
    /// Connections that joined and synced.
    pub connected: usize,
    /// Connections that could not.
    pub failed: usize,
    /// Connections the server closed while they sat idle.
    pub dropped_while_idle: usize,
    /// Time to open them all, seconds.
    pub connect_secs: f64,
    /// Time from handshake to initial sync, per connection.
    pub connect_latency: Option<LatencySummary>,
    /// Server memory before connecting, KiB.
    pub rss_before_kib: Option<u64>,
    /// Server memory with every connection open (after `--hold`), KiB.
    pub rss_connected_kib: Option<u64>,
    /// Server memory `--after-close` after they closed, KiB.
    pub rss_after_close_kib: Option<u64>,
    /// (connected - before) / connected, KiB.
    pub kib_per_connection: Option<f64>,
    /// The first few failures.
    pub problems: Vec<String>,
    /// The server's CPU while connecting and holding (with `--pid`), and the load generator's.
    pub usage: Usage,
}

impl Report for CapacityReport {
    fn render(&self) -> String {
        let kib =
            |value: Option<u64>| value.map_or_else(|| "-".to_owned(), |kib| format!("{kib} KiB"));
        let mut table = Table::key_value();
        table
            .entry(
                "scenario",
                format!(
                    "capacity, {} connections over {} rooms, {}",
                    self.connections, self.rooms, self.protocol
                ),
            )
            .entry("url", &self.url)
            .entry(
                "connected",
                format!(
                    "{} ({} failed, {} dropped while idle) in {:.2} s",
                    self.connected, self.failed, self.dropped_while_idle, self.connect_secs
                ),
            );
        if let Some(latency) = &self.connect_latency {
            table.entry(
                "connect-to-sync p50 / p99 / max",
                format!(
                    "{} / {} / {}",
                    ms(latency.p50_ms),
                    ms(latency.p99_ms),
                    ms(latency.max_ms)
                ),
            );
        }
        table
            .entry("server RSS before", kib(self.rss_before_kib))
            .entry("server RSS connected", kib(self.rss_connected_kib))
            .entry("server RSS after close", kib(self.rss_after_close_kib))
            .entry(
                "per connection",
                self.kib_per_connection.map_or_else(
                    || "not measured (needs --pid)".to_owned(),
                    |kib| format!("{kib:.1} KiB"),
                ),
            )
            .entry("client problems", problems_line(&self.problems));
        usage_entries(&mut table, &self.usage);
        table.render()
    }

    fn passed(&self) -> bool {
        self.failed == 0 && self.dropped_while_idle == 0
    }
}

/// Runs the scenario.
///
/// # Errors
/// When the rooms cannot be created or the `--pid` process cannot be read.
pub async fn run(args: &CapacityArgs, quiet: bool) -> anyhow::Result<CapacityReport> {
    let target = &args.target;
    let counters = Arc::new(Counters::default());
    let progress_stop = CancellationToken::new();
    let progress = report_progress(Arc::clone(&counters), quiet, progress_stop.clone());
    let rooms = args.rooms.max(1);
    let names = target
        .room_source()
        .rooms(rooms, target.connect_timeout)
        .await?;
    let addresses = (0..args.connections)
        .map(|index| target.url.address(&names[index % rooms]))
        .collect();
    let probe = UsageProbe::start(target.pid)?;
    let rss_before_kib = probe.rss_now()?;
    let started = Instant::now();
    let opened = connect_all(target, addresses, args.connect_concurrency, &counters).await;
    let connect_secs = started.elapsed().as_secs_f64();
    let clock = RunClock::start();
    let stop = CancellationToken::new();
    let mut problems = Vec::new();
    let mut connect_micros = Vec::new();
    let mut idle = Vec::new();
    for (index, result) in opened.into_iter().enumerate() {
        match result {
            Ok((session, took)) => {
                connect_micros.push(u64::try_from(took.as_micros()).unwrap_or(u64::MAX));
                let log = Arc::new(ReaderLog::default());
                let task = tokio::spawn(run_reader(
                    session,
                    index % rooms,
                    clock,
                    Arc::clone(&log),
                    Arc::clone(&counters),
                    stop.clone(),
                ));
                idle.push((log, task));
            }
            Err(error) => problems.push(format!("connection {index}: {error:#}")),
        }
    }
    let failed = problems.len();
    tokio::time::sleep(args.hold).await;
    let rss_connected_kib = probe.rss_now()?;
    let usage = probe.finish(0)?;
    let dropped_while_idle = idle.iter().filter(|(log, _)| log.ended()).count();
    stop.cancel();
    let connected = idle.len();
    for (index, (_, task)) in idle.into_iter().enumerate() {
        let end = task.await.context("a connection task panicked")?;
        if let Some(problem) = end.problem() {
            problems.push(format!("connection {index}: {problem}"));
        }
    }
    tokio::time::sleep(args.after_close).await;
    let rss_after_close_kib = probe.rss_now()?;
    progress_stop.cancel();
    let _ = progress.await;
    let kib_per_connection = match (rss_before_kib, rss_connected_kib) {
        // Casts: KiB and connection counts are far below 2^52.
        (Some(before), Some(after)) if connected > 0 => {
            Some((after as f64 - before as f64) / connected as f64)
        }
        _ => None,
    };
    Ok(CapacityReport {
        scenario: "capacity",
        protocol: target.protocol,
        url: target.url.as_str().to_owned(),
        connections: args.connections,
        rooms,
        connected,
        failed,
        dropped_while_idle,
        connect_secs,
        connect_latency: LatencySummary::from_micros(connect_micros),
        rss_before_kib,
        rss_connected_kib,
        rss_after_close_kib,
        kib_per_connection,
        problems,
        usage,
    })
}
