//! `fanout`: R rooms of N clients; in each, one writer edits at a fixed rate and the N-1 readers record when
//! each edit reaches them. Every edit must reach every reader, and every client of a room must end with the
//! same text.

use std::{sync::Arc, time::Duration};

use anyhow::Context;
use serde::Serialize;
use tokio::{sync::mpsc, task::JoinHandle};
use tokio_util::sync::CancellationToken;

use super::{
    ClientEnd, Convergence, RunClock, UsageProbe, connect_every,
    reader::{ReaderLog, run_reader},
    wait_until,
    writer::{SentLog, WriteBurst, Writer},
};
use crate::{
    cli::FanoutArgs,
    latency::LatencySummary,
    progress::{Counters, report_progress},
    report::{Report, Table, latency_entries, usage_entries},
    server_process::Usage,
    target::Protocol,
};

/// Handshakes in flight at once while the clients join.
const CONNECT_CONCURRENCY: usize = 32;

/// The result of a fanout run.
#[derive(Debug, Serialize)]
pub struct FanoutReport {
    /// Always `"fanout"`.
    pub scenario: &'static str,
    /// The protocol spoken.
    pub protocol: Protocol,
    /// The URL template.
    pub url: String,
    /// Rooms.
    pub rooms: usize,
    /// Clients per room, the writer included.
    pub clients_per_room: u32,
    /// Asked rate, edits per second per room.
    pub rate_per_room: f64,
    /// How long the writers wrote, seconds.
    pub duration_secs: f64,
    /// Edits sent, all rooms.
    pub edits_sent: u64,
    /// Mean achieved rate per room, edits per second.
    pub achieved_rate_per_room: f64,
    /// Deliveries expected: each room's edits times its readers.
    pub deliveries_expected: u64,
    /// Deliveries observed.
    pub deliveries: u64,
    /// Expected but never observed.
    pub missing: u64,
    /// Of the deliveries, edits whose marker never showed: they came merged with a later edit that deleted
    /// it (see `reader.rs`), and count as arriving with that edit.
    pub seen_through_later_edits: u64,
    /// Markers a reader saw from another room's writer.
    pub foreign_markers: u64,
    /// Whether every reader had every edit before `--settle-timeout` passed.
    pub settled: bool,
    /// Send-to-observe latency over every delivery.
    pub latency: Option<LatencySummary>,
    /// Whether each room's clients ended with the same text.
    pub final_texts: Convergence,
    /// What went wrong with clients (closed by the server, errors), one line each.
    pub problems: Vec<String>,
    /// The server's memory and CPU (with `--pid`), and the load generator's own CPU.
    pub usage: Usage,
}

impl Report for FanoutReport {
    fn render(&self) -> String {
        let mut table = Table::key_value();
        table
            .entry(
                "scenario",
                format!(
                    "fanout, {} rooms x {} clients (1 writer + {} readers), {}",
                    self.rooms,
                    self.clients_per_room,
                    self.clients_per_room - 1,
                    self.protocol
                ),
            )
            .entry("url", &self.url)
            .entry(
                "edits sent",
                format!(
                    "{} in {:.1} s ({:.1}/s per room asked, {:.1}/s achieved)",
                    self.edits_sent,
                    self.duration_secs,
                    self.rate_per_room,
                    self.achieved_rate_per_room
                ),
            )
            .entry(
                "deliveries",
                format!(
                    "{} of {} expected, {} missing{}",
                    self.deliveries,
                    self.deliveries_expected,
                    self.missing,
                    if self.settled {
                        ""
                    } else {
                        " (did not settle)"
                    }
                ),
            );
        if self.seen_through_later_edits > 0 {
            table.entry(
                "seen through a later edit",
                format!(
                    "{} (merged with the edit that deleted their marker)",
                    self.seen_through_later_edits
                ),
            );
        }
        if self.foreign_markers > 0 {
            table.entry("other rooms' edits seen", self.foreign_markers);
        }
        latency_entries(&mut table, self.latency.as_ref());
        table.entry("final texts", self.final_texts.verdict());
        table.entry("client problems", problems_line(&self.problems));
        usage_entries(&mut table, &self.usage);
        table.render()
    }

    fn passed(&self) -> bool {
        self.missing == 0
            && self.foreign_markers == 0
            && self.final_texts.divergent_rooms.is_empty()
            && self.problems.is_empty()
    }
}

/// "none", or the count and the first few problems.
#[must_use]
pub fn problems_line(problems: &[String]) -> String {
    if problems.is_empty() {
        return "none".to_owned();
    }
    let shown: Vec<&str> = problems.iter().take(3).map(String::as_str).collect();
    format!("{}: {}", problems.len(), shown.join("; "))
}

struct Room {
    sent: Arc<SentLog>,
    readers: Vec<Arc<ReaderLog>>,
    writer: JoinHandle<ClientEnd>,
    reader_tasks: Vec<JoinHandle<ClientEnd>>,
}

/// Runs the scenario.
///
/// # Errors
/// When the rooms cannot be created, a client cannot join, or the `--pid` process cannot be read.
pub async fn run(args: &FanoutArgs, quiet: bool) -> anyhow::Result<FanoutReport> {
    let target = &args.target;
    let counters = Arc::new(Counters::default());
    let progress_stop = CancellationToken::new();
    let progress = report_progress(Arc::clone(&counters), quiet, progress_stop.clone());
    let names = target
        .room_source()
        .rooms(args.rooms, target.connect_timeout)
        .await?;
    let per_room = args.clients as usize;
    let addresses = names
        .iter()
        .flat_map(|name| std::iter::repeat_n(target.url.address(name), per_room))
        .collect();
    let mut sessions = connect_every(target, addresses, CONNECT_CONCURRENCY, &counters)
        .await?
        .into_iter();
    let probe = UsageProbe::start(target.pid)?;
    let clock = RunClock::start();
    let stop = CancellationToken::new();
    let mut rooms = Vec::with_capacity(args.rooms);
    let mut bursts = Vec::with_capacity(args.rooms);
    for room in 0..args.rooms {
        let sent = Arc::new(SentLog::default());
        let writer_session = sessions.next().context("a writer per room")?;
        let writer = Writer::new(
            writer_session,
            room,
            clock,
            args.max_doc_chars,
            Arc::clone(&sent),
            Arc::clone(&counters),
        );
        let (commands, received) = mpsc::channel(1);
        let (done, burst) = tokio::sync::oneshot::channel();
        // Writers start spread over one interval, as independent rooms would, not all on the same tick.
        let delay = Duration::from_secs_f64(room as f64 / args.rooms as f64 / args.rate);
        commands
            .send(WriteBurst {
                rate: args.rate,
                duration: args.duration,
                delay,
                done,
            })
            .await
            .context("the writer task ended early")?;
        bursts.push(burst);
        let writer = tokio::spawn(writer.run(received, stop.clone()));
        let mut readers = Vec::new();
        let mut reader_tasks = Vec::new();
        for _ in 1..per_room {
            let log = Arc::new(ReaderLog::following(Arc::clone(&sent)));
            let session = sessions.next().context("readers per room")?;
            reader_tasks.push(tokio::spawn(run_reader(
                session,
                room,
                clock,
                Arc::clone(&log),
                Arc::clone(&counters),
                stop.clone(),
            )));
            readers.push(log);
        }
        rooms.push(Room {
            sent,
            readers,
            writer,
            reader_tasks,
        });
    }
    let mut achieved = 0.0;
    for burst in bursts {
        // A writer whose connection ended drops its answer; the missing deliveries will say so.
        if let Ok(burst) = burst.await {
            achieved += burst.achieved_rate;
        }
    }
    let settled = wait_until(args.settle_timeout, || {
        rooms.iter().all(|room| {
            let sent = room.sent.count();
            room.readers.iter().all(|log| log.caught_up(sent))
        })
    })
    .await;
    // Acks and trailing frames of the last edits.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let deliveries: u64 = rooms
        .iter()
        .flat_map(|room| room.readers.iter().map(|log| log.seen()))
        .sum();
    let usage = probe.finish(deliveries)?;
    stop.cancel();
    let mut problems = Vec::new();
    let mut texts = Vec::with_capacity(rooms.len());
    let mut samples = Vec::new();
    let mut edits_sent = 0;
    let mut expected = 0;
    let mut foreign = 0;
    let mut seen_through_later_edits = 0;
    for (index, room) in rooms.into_iter().enumerate() {
        let sent = room.sent.count();
        edits_sent += sent;
        expected += sent * room.readers.len() as u64;
        for log in &room.readers {
            foreign += log.foreign();
            seen_through_later_edits += log.seen_through_later();
            samples.extend(log.latencies(0, sent).into_iter().flatten());
        }
        let mut room_texts = Vec::new();
        let writer = room.writer.await.context("a writer task panicked")?;
        if let Some(problem) = writer.problem() {
            problems.push(format!("room {index} writer: {problem}"));
        }
        if writer.connected_to_the_end() {
            room_texts.push(writer.text);
        }
        for (reader, task) in room.reader_tasks.into_iter().enumerate() {
            let end = task.await.context("a reader task panicked")?;
            if let Some(problem) = end.problem() {
                problems.push(format!("room {index} reader {}: {problem}", reader + 1));
            }
            if end.connected_to_the_end() {
                room_texts.push(end.text);
            }
        }
        texts.push(room_texts);
    }
    progress_stop.cancel();
    let _ = progress.await;
    let text_refs: Vec<Vec<&str>> = texts
        .iter()
        .map(|room| room.iter().map(String::as_str).collect())
        .collect();
    Ok(FanoutReport {
        scenario: "fanout",
        protocol: target.protocol,
        url: target.url.as_str().to_owned(),
        rooms: args.rooms,
        clients_per_room: args.clients,
        rate_per_room: args.rate,
        duration_secs: args.duration.as_secs_f64(),
        edits_sent,
        achieved_rate_per_room: achieved / args.rooms.max(1) as f64,
        deliveries_expected: expected,
        deliveries,
        missing: expected.saturating_sub(deliveries),
        seen_through_later_edits,
        foreign_markers: foreign,
        settled,
        latency: LatencySummary::from_micros(samples),
        final_texts: Convergence::check(&text_refs),
        problems,
        usage,
    })
}
