//! `saturation`: one room of N clients; the writer's rate goes up step by step (times `--ramp-factor`) until a
//! step fails: an edit that did not reach every reader within `--bound`, an edit lost, or a writer that could
//! not send at the asked rate. The search then bisects between the highest pass and the first failure, within
//! the `--duration` budget. The answer is the highest rate whose step passed.

use std::{sync::Arc, time::Duration};

use anyhow::Context;
use serde::Serialize;
use tokio::{
    sync::{mpsc, oneshot},
    time::Instant,
};
use tokio_util::sync::CancellationToken;

use super::{
    Convergence, RunClock, UsageProbe, connect_every,
    fanout::problems_line,
    reader::{ReaderLog, run_reader},
    wait_until, wait_while_progressing,
    writer::{SentLog, WriteBurst, Writer, burst_size},
};
use crate::{
    cli::SaturationArgs,
    latency::LatencySummary,
    progress::{Counters, report_progress},
    report::{Report, Table, ms, usage_entries},
    server_process::Usage,
    target::Protocol,
};

/// A step passes only if the writer sent at least this share of the asked rate.
const KEPT_UP: f64 = 0.9;
/// The search stops once the highest passing and lowest failing rates are within this ratio.
const PRECISION: f64 = 1.1;
/// After a failed step and at the end, how long the readers and the server may make no progress (see
/// [`drain_progress`]) before the backlog counts as drained, or what is still missing as lost.
const DRAIN_AFTER_FAILURE: Duration = Duration::from_secs(3);
/// At the end, the longest the readers get to drain a backlog that keeps being delivered.
const FINAL_DRAIN_CAP: Duration = Duration::from_secs(60);

/// What the rate search does next.
#[derive(Debug, Clone, PartialEq)]
pub enum NextStep {
    /// Try this rate.
    Try(f64),
    /// Stop, for this reason.
    Stop(String),
}

/// The search for the highest rate that passes: multiply the rate by the ramp factor until a step fails, then
/// bisect (geometrically) between the highest pass and the lowest failure until they are within 10%.
#[derive(Debug, Clone)]
pub struct RateSearch {
    factor: f64,
    max_rate: f64,
    highest_pass: Option<f64>,
    lowest_fail: Option<f64>,
}

impl RateSearch {
    /// A search ramping by `factor` (more than 1), never past `max_rate`.
    #[must_use]
    pub fn new(factor: f64, max_rate: f64) -> Self {
        Self {
            factor: factor.max(1.01),
            max_rate,
            highest_pass: None,
            lowest_fail: None,
        }
    }

    /// The highest rate that passed so far.
    #[must_use]
    pub fn highest_pass(&self) -> Option<f64> {
        self.highest_pass
    }

    /// Records a step's outcome and says what to do next.
    pub fn after(&mut self, rate: f64, passed: bool) -> NextStep {
        if passed {
            self.highest_pass = Some(self.highest_pass.map_or(rate, |best| best.max(rate)));
        } else {
            self.lowest_fail = Some(self.lowest_fail.map_or(rate, |worst| worst.min(rate)));
        }
        match (self.highest_pass, self.lowest_fail) {
            (_, None) => {
                let next = rate * self.factor;
                if next > self.max_rate {
                    NextStep::Stop(format!("reached --max-rate {:.0}", self.max_rate))
                } else {
                    NextStep::Try(next)
                }
            }
            (None, Some(_)) => {
                NextStep::Stop("the first step failed (try a lower --start-rate)".to_owned())
            }
            (Some(low), Some(high)) if high <= low * PRECISION => {
                NextStep::Stop(format!("found: {low:.0} passes, {high:.0} fails"))
            }
            (Some(low), Some(high)) => NextStep::Try((low * high).sqrt()),
        }
    }
}

/// One step of the ramp.
#[derive(Debug, Clone, Serialize)]
pub struct Step {
    /// Asked rate, edits per second.
    pub rate: f64,
    /// Rate the writer achieved.
    pub achieved_rate: f64,
    /// Edits sent.
    pub edits: u64,
    /// Deliveries expected (edits times readers).
    pub deliveries_expected: u64,
    /// Deliveries later than the bound (counted at the end of the run, so an edit still on its way when the
    /// step was judged, and which failed it, shows here once it arrived).
    pub late: u64,
    /// Deliveries that never came, by the end of the run: lost.
    pub missing: u64,
    /// Latency of the step's deliveries.
    pub latency: Option<LatencySummary>,
    /// Whether the step passed, as judged right after it (every delivery within the bound by then).
    pub passed: bool,
}

/// The result of a saturation run.
#[derive(Debug, Serialize)]
pub struct SaturationReport {
    /// Always `"saturation"`.
    pub scenario: &'static str,
    /// The protocol spoken.
    pub protocol: Protocol,
    /// The URL template.
    pub url: String,
    /// Clients in the room, the writer included.
    pub clients: u32,
    /// The latency bound every delivery had to meet, ms.
    pub bound_ms: f64,
    /// The highest asked rate whose step passed, edits per second (`None`: not even the first).
    pub highest_passing_rate: Option<f64>,
    /// Why the ramp stopped.
    pub stopped_because: String,
    /// Every step, in order.
    pub steps: Vec<Step>,
    /// Whether the clients ended with the same text.
    pub final_texts: Convergence,
    /// Deliveries whose marker never showed: they came merged with a later edit that deleted it (see
    /// `reader.rs`), and count as arriving with that edit.
    pub seen_through_later_edits: u64,
    /// What went wrong with clients.
    pub problems: Vec<String>,
    /// The server's memory and CPU (with `--pid`), and the load generator's own CPU.
    pub usage: Usage,
}

impl Report for SaturationReport {
    fn render(&self) -> String {
        let mut summary = Table::key_value();
        summary
            .entry(
                "scenario",
                format!(
                    "saturation, 1 room x {} clients (1 writer + {} readers), {}",
                    self.clients,
                    self.clients - 1,
                    self.protocol
                ),
            )
            .entry("url", &self.url)
            .entry("bound", ms(self.bound_ms))
            .entry(
                "highest passing rate",
                self.highest_passing_rate.map_or_else(
                    || "none (the first step failed)".to_owned(),
                    |rate| format!("{rate:.0} edits/s"),
                ),
            )
            .entry("stopped because", &self.stopped_because)
            .entry(
                "seen through a later edit",
                format!(
                    "{} deliveries (merged with the edit that deleted their marker)",
                    self.seen_through_later_edits
                ),
            )
            .entry("final texts", self.final_texts.verdict())
            .entry("client problems", problems_line(&self.problems));
        usage_entries(&mut summary, &self.usage);
        let mut steps = Table::new(&[
            "rate/s", "achieved", "edits", "late", "missing", "p50", "p99", "max", "",
        ]);
        for step in &self.steps {
            let latency = |pick: fn(&LatencySummary) -> f64| {
                step.latency
                    .as_ref()
                    .map_or_else(|| "-".to_owned(), |summary| ms(pick(summary)))
            };
            steps.row(vec![
                format!("{:.0}", step.rate),
                format!("{:.0}", step.achieved_rate),
                step.edits.to_string(),
                step.late.to_string(),
                step.missing.to_string(),
                latency(|summary| summary.p50_ms),
                latency(|summary| summary.p99_ms),
                latency(|summary| summary.max_ms),
                if step.passed { "pass" } else { "FAIL" }.to_owned(),
            ]);
        }
        format!("{}\n{}", summary.render(), steps.render())
    }

    fn passed(&self) -> bool {
        self.highest_passing_rate.is_some()
            && self.final_texts.divergent_rooms.is_empty()
            && self.problems.is_empty()
    }
}

/// Judges a step from each reader's latencies of its edits (`None`: not seen).
#[must_use]
pub fn judge_step(
    rate: f64,
    achieved_rate: f64,
    latencies_by_reader: &[Vec<Option<u64>>],
    bound: Duration,
) -> Step {
    let bound_micros = u64::try_from(bound.as_micros()).unwrap_or(u64::MAX);
    let mut samples = Vec::new();
    let mut missing = 0;
    let mut late = 0;
    let mut expected = 0;
    for latencies in latencies_by_reader {
        for latency in latencies {
            expected += 1;
            match latency {
                Some(micros) => {
                    if *micros > bound_micros {
                        late += 1;
                    }
                    samples.push(*micros);
                }
                None => missing += 1,
            }
        }
    }
    let edits = latencies_by_reader.first().map_or(0, Vec::len) as u64;
    Step {
        rate,
        achieved_rate,
        edits,
        deliveries_expected: expected,
        late,
        missing,
        latency: LatencySummary::from_micros(samples),
        passed: missing == 0 && late == 0 && edits > 0 && achieved_rate >= KEPT_UP * rate,
    }
}

/// Server CPU time that counts as one unit of progress while a backlog drains: a server working through one at
/// full speed makes several a second, an idle one (a few ms a second of timers) hardly one in ten seconds.
const CPU_MS_PER_PROGRESS: u64 = 250;

/// How far the readers and the server have got: deliveries seen, plus the server's CPU time in units (with
/// `--pid`). A server may work through a backlog for seconds before it sends anything (Hocuspocus applies every
/// queued update before its merged broadcast goes out): while it is busy, its deliveries are late, not lost.
fn drain_progress(logs: &[Arc<ReaderLog>], probe: &UsageProbe) -> u64 {
    let seen: u64 = logs.iter().map(|log| log.seen()).sum();
    seen + probe.server_cpu_ms().unwrap_or(0) / CPU_MS_PER_PROGRESS
}

/// Runs the scenario.
///
/// # Errors
/// When the room cannot be created, a client cannot join, or the `--pid` process cannot be read.
pub async fn run(args: &SaturationArgs, quiet: bool) -> anyhow::Result<SaturationReport> {
    let target = &args.target;
    let counters = Arc::new(Counters::default());
    let progress_stop = CancellationToken::new();
    let progress = report_progress(Arc::clone(&counters), quiet, progress_stop.clone());
    let name = target
        .room_source()
        .rooms(1, target.connect_timeout)
        .await?
        .pop()
        .context("one room")?;
    let addresses = vec![target.url.address(&name); args.clients as usize];
    let mut sessions = connect_every(target, addresses, 16, &counters)
        .await?
        .into_iter();
    let probe = UsageProbe::start(target.pid)?;
    let clock = RunClock::start();
    let stop = CancellationToken::new();
    let sent = Arc::new(SentLog::default());
    let writer = Writer::new(
        sessions.next().context("a writer")?,
        0,
        clock,
        args.max_doc_chars,
        Arc::clone(&sent),
        Arc::clone(&counters),
    );
    let (commands, received) = mpsc::channel(1);
    let writer = tokio::spawn(writer.run(received, stop.clone()));
    let mut logs = Vec::new();
    let mut readers = Vec::new();
    for session in sessions {
        let log = Arc::new(ReaderLog::following(Arc::clone(&sent)));
        readers.push(tokio::spawn(run_reader(
            session,
            0,
            clock,
            Arc::clone(&log),
            Arc::clone(&counters),
            stop.clone(),
        )));
        logs.push(log);
    }

    let ramp_started = Instant::now();
    // After a step, readers get this long past the bound to show whether an edit is late or lost; after a
    // failed step, a backlog gets longer to drain, so it does not spoil the next step.
    let grace = args.bound.max(Duration::from_millis(500));
    let mut bursts = Vec::new();
    let mut search = RateSearch::new(args.ramp_factor, args.max_rate);
    let mut next = NextStep::Try(args.start_rate);
    let mut last_failed = false;
    let stopped_because = loop {
        let rate = match next {
            NextStep::Try(rate) => rate,
            NextStep::Stop(reason) => break reason,
        };
        if last_failed {
            let sent = sent.count();
            let _ = wait_while_progressing(
                DRAIN_AFTER_FAILURE,
                args.duration.saturating_sub(ramp_started.elapsed()),
                || logs.iter().all(|log| log.caught_up(sent)),
                || drain_progress(&logs, &probe),
            )
            .await;
        }
        let remaining = args.duration.saturating_sub(ramp_started.elapsed());
        if remaining < args.step_duration + grace {
            break format!(
                "the --duration budget ({:?}) would be exceeded",
                args.duration
            );
        }
        if !quiet {
            eprintln!(
                "step: {rate:.0} edits/s for {:?} ({} edits)",
                args.step_duration,
                burst_size(args.step_duration, rate)
            );
        }
        let (done, burst) = oneshot::channel();
        let asked = WriteBurst {
            rate,
            duration: args.step_duration,
            delay: Duration::ZERO,
            done,
        };
        if commands.send(asked).await.is_err() {
            break "the writer's connection ended".to_owned();
        }
        let Ok(burst) = burst.await else {
            break "the writer's connection ended".to_owned();
        };
        let _ = wait_until(grace, || {
            logs.iter().all(|log| log.caught_up(burst.end_seq))
        })
        .await;
        let latencies: Vec<Vec<Option<u64>>> = logs
            .iter()
            .map(|log| log.latencies(burst.first_seq, burst.end_seq))
            .collect();
        let passed = judge_step(rate, burst.achieved_rate, &latencies, args.bound).passed;
        last_failed = !passed;
        next = search.after(rate, passed);
        bursts.push((rate, burst, passed));
        // A reader the server dropped (too slow: 1013) makes every later step fail for a reason of its own.
        if logs.iter().any(|log| log.ended()) {
            break "a reader's connection ended (see client problems)".to_owned();
        }
    };
    drop(commands);
    // Edits of a failed step may still be on their way: they count as late, not lost, if they arrive now. A
    // server working through a backlog gets as long as it keeps delivering (up to FINAL_DRAIN_CAP), so that
    // "missing" means lost, not slow.
    let _ = wait_while_progressing(
        DRAIN_AFTER_FAILURE,
        FINAL_DRAIN_CAP,
        || {
            let sent = sent.count();
            logs.iter().all(|log| log.caught_up(sent))
        },
        || drain_progress(&logs, &probe),
    )
    .await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let steps: Vec<Step> = bursts
        .iter()
        .map(|(rate, burst, passed)| {
            let latencies: Vec<Vec<Option<u64>>> = logs
                .iter()
                .map(|log| log.latencies(burst.first_seq, burst.end_seq))
                .collect();
            Step {
                passed: *passed,
                ..judge_step(*rate, burst.achieved_rate, &latencies, args.bound)
            }
        })
        .collect();
    let deliveries = logs.iter().map(|log| log.seen()).sum();
    let seen_through_later_edits = logs.iter().map(|log| log.seen_through_later()).sum();
    let usage = probe.finish(deliveries)?;
    stop.cancel();
    let mut problems = Vec::new();
    let writer = writer.await.context("the writer task panicked")?;
    if let Some(problem) = writer.problem() {
        problems.push(format!("writer: {problem}"));
    }
    let mut texts = Vec::new();
    if writer.connected_to_the_end() {
        texts.push(writer.text);
    }
    for (index, reader) in readers.into_iter().enumerate() {
        let end = reader.await.context("a reader task panicked")?;
        if let Some(problem) = end.problem() {
            problems.push(format!("reader {}: {problem}", index + 1));
        }
        if end.connected_to_the_end() {
            texts.push(end.text);
        }
    }
    progress_stop.cancel();
    let _ = progress.await;
    let highest_passing_rate = search.highest_pass();
    Ok(SaturationReport {
        scenario: "saturation",
        protocol: target.protocol,
        url: target.url.as_str().to_owned(),
        clients: args.clients,
        bound_ms: args.bound.as_secs_f64() * 1000.0,
        highest_passing_rate,
        stopped_because,
        steps,
        final_texts: Convergence::check(&[texts.iter().map(String::as_str).collect()]),
        seen_through_later_edits,
        problems,
        usage,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_search_ramps_until_a_failure_then_bisects() {
        let mut search = RateSearch::new(2.0, 100_000.0);
        assert_eq!(search.after(100.0, true), NextStep::Try(200.0));
        assert_eq!(search.after(200.0, true), NextStep::Try(400.0));
        // 400 fails: try between 200 and 400.
        let NextStep::Try(middle) = search.after(400.0, false) else {
            panic!("bisects")
        };
        assert!((middle - 282.84).abs() < 0.01, "{middle}");
        let NextStep::Try(next) = search.after(middle, true) else {
            panic!("bisects")
        };
        assert!(next > middle && next < 400.0);
        let NextStep::Try(last) = search.after(next, true) else {
            panic!("336 and 400 are still more than 10% apart")
        };
        // 367 and 400 are within 10%: done.
        let NextStep::Stop(reason) = search.after(last, true) else {
            panic!("stops")
        };
        assert!(reason.starts_with("found"), "{reason}");
        assert_eq!(search.highest_pass(), Some(last));
    }

    #[test]
    fn the_search_stops_at_the_max_rate_or_a_failed_first_step() {
        let mut search = RateSearch::new(2.0, 300.0);
        assert_eq!(search.after(100.0, true), NextStep::Try(200.0));
        assert!(
            matches!(search.after(200.0, true), NextStep::Stop(reason) if reason.contains("max-rate"))
        );
        let mut search = RateSearch::new(2.0, 300.0);
        assert!(
            matches!(search.after(100.0, false), NextStep::Stop(reason) if reason.contains("first step"))
        );
        assert_eq!(search.highest_pass(), None);
    }

    #[test]
    fn a_step_with_every_delivery_in_time_passes() {
        let latencies = vec![
            vec![Some(1_000), Some(2_000)],
            vec![Some(3_000), Some(4_000)],
        ];
        let step = judge_step(100.0, 99.0, &latencies, Duration::from_millis(100));
        assert!(step.passed);
        assert_eq!(step.edits, 2);
        assert_eq!(step.deliveries_expected, 4);
        assert_eq!(step.latency.map(|summary| summary.count), Some(4));
    }

    #[test]
    fn a_late_or_missing_delivery_fails_the_step() {
        let bound = Duration::from_millis(100);
        let late = judge_step(100.0, 100.0, &[vec![Some(1_000), Some(150_000)]], bound);
        assert!(!late.passed);
        assert_eq!(late.late, 1);
        let lost = judge_step(100.0, 100.0, &[vec![Some(1_000), None]], bound);
        assert!(!lost.passed);
        assert_eq!(lost.missing, 1);
    }

    #[test]
    fn a_writer_that_could_not_keep_the_rate_fails_the_step() {
        let step = judge_step(
            1000.0,
            600.0,
            &[vec![Some(1_000)]],
            Duration::from_millis(100),
        );
        assert!(!step.passed);
    }
}
