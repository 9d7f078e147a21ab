//! `bulk`: one client sends many single-character edits (20,000 by default) as fast as the server takes them;
//! the time until the server holds them all is seen by a second client (or by polling `GET` with `--rest`).
//! Then, optionally, a new client loads the finished document and the load is timed.
//!
//! `--phase write` and `--phase read` split the two halves so a script can restart the server in between and
//! measure a cold load; the write phase saves the room and its expected text in `--state-file`.

use std::{path::Path, sync::Arc, time::Duration};

use anyhow::{Context, anyhow, bail};
use serde::{Deserialize, Serialize};
use tokio::{task::JoinHandle, time::Instant};
use tokio_util::sync::CancellationToken;

use super::{UsageProbe, fanout::problems_line};
use crate::{
    cli::{BulkArgs, Phase},
    progress::{Counters, report_progress},
    replica::ExpectedText,
    report::{Report, Table, ms, usage_entries},
    server_process::Usage,
    session::Session,
    target::{Protocol, RoomAddress, UrlTemplate, describe_http_error},
};

/// Yjs updates are flushed to the socket in batches of this many (one write per batch, not per character).
const YJS_FLUSH_EVERY: usize = 64;
/// How often `--rest` polls.
const REST_POLL: Duration = Duration::from_millis(20);
/// A loading client that has synced but lacks part of the document gives up after this long without a frame:
/// a server that sends the rest in updates keeps sending, and one that lost the document (no persistence, after
/// a restart) sends nothing more, which need not cost the whole `--timeout`.
const LOAD_IDLE_GIVE_UP: Duration = Duration::from_secs(2);

/// The text of `edits` single-character edits: letters, with a newline every 64 characters, like code.
#[must_use]
pub fn bulk_character(index: usize) -> char {
    if index % 64 == 63 {
        '\n'
    } else {
        char::from(b'a' + u8::try_from(index % 26).unwrap_or(0))
    }
}

/// What the write phase leaves for the read phase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkState {
    /// The room written.
    pub room: String,
    /// The protocol it was written with.
    pub protocol: Protocol,
    /// Edits written.
    pub edits: usize,
    /// The text the room must hold.
    pub expected_text: String,
}

impl BulkState {
    /// Saves the state as JSON.
    ///
    /// # Errors
    /// When the file cannot be written.
    pub fn save(&self, path: &Path) -> anyhow::Result<()> {
        let json = serde_json::to_string(self).context("the state serialises")?;
        std::fs::write(path, json).with_context(|| format!("cannot write {}", path.display()))
    }

    /// Loads the state a write phase saved.
    ///
    /// # Errors
    /// When the file is missing or not a saved state.
    pub fn load(path: &Path) -> anyhow::Result<Self> {
        let json = std::fs::read_to_string(path).with_context(|| {
            format!(
                "cannot read {} (run --phase write first, with the same --state-file)",
                path.display()
            )
        })?;
        serde_json::from_str(&json)
            .with_context(|| format!("{} is not a state saved by --phase write", path.display()))
    }
}

/// The write half's figures.
#[derive(Debug, Clone, Serialize)]
pub struct WriteResult {
    /// Edits sent.
    pub edits: usize,
    /// Time to send them all, seconds.
    pub send_secs: f64,
    /// JSON: time until every update was answered (ack or merge), seconds.
    pub answered_secs: Option<f64>,
    /// Time until the server was seen to hold them all, seconds (`None`: not within `--timeout`).
    pub held_secs: Option<f64>,
    /// How that was seen: `"second client"` or `"GET ..."`.
    pub held_seen_by: String,
    /// Edits per second, up to the server holding them all.
    pub edits_per_sec: Option<f64>,
    /// JSON: `code_update` answers to the writer (the server's text differed from the writer's).
    pub merged_answers: u64,
}

/// The load half's figures.
#[derive(Debug, Clone, Serialize)]
pub struct LoadResult {
    /// The URL loaded from.
    pub url: String,
    /// Its protocol.
    pub protocol: Protocol,
    /// Time from the connection attempt to holding the whole document (or to giving up), ms.
    pub load_ms: f64,
    /// Characters in the document.
    pub document_chars: usize,
    /// Characters the client held at the end (0 when the server lost the document).
    pub received_chars: usize,
    /// Whether the client received exactly the expected text.
    pub complete: bool,
}

/// The result of a bulk run.
#[derive(Debug, Serialize)]
pub struct BulkReport {
    /// Always `"bulk"`.
    pub scenario: &'static str,
    /// The phase run.
    pub phase: &'static str,
    /// The protocol of the writer.
    pub protocol: Protocol,
    /// The room.
    pub room: String,
    /// The write half, when it ran.
    pub write: Option<WriteResult>,
    /// The load half, when it ran.
    pub load: Option<LoadResult>,
    /// What went wrong.
    pub problems: Vec<String>,
    /// The server's memory and CPU (with `--pid`), and the load generator's own CPU.
    pub usage: Usage,
}

impl Report for BulkReport {
    fn render(&self) -> String {
        let seconds =
            |value: Option<f64>| value.map_or_else(|| "-".to_owned(), |s| format!("{s:.3} s"));
        let mut table = Table::key_value();
        table
            .entry(
                "scenario",
                format!("bulk ({} phase), {}", self.phase, self.protocol),
            )
            .entry("room", &self.room);
        if let Some(write) = &self.write {
            table
                .entry("edits", write.edits)
                .entry("all sent after", format!("{:.3} s", write.send_secs));
            if write.answered_secs.is_some() {
                table.entry("all answered after", seconds(write.answered_secs));
            }
            table
                .entry(
                    "server holds all after",
                    format!(
                        "{} (seen by {})",
                        write.held_secs.map_or_else(
                            || "NOT within the timeout".to_owned(),
                            |s| format!("{s:.3} s")
                        ),
                        write.held_seen_by
                    ),
                )
                .entry(
                    "throughput",
                    write
                        .edits_per_sec
                        .map_or_else(|| "-".to_owned(), |rate| format!("{rate:.0} edits/s")),
                );
            if write.merged_answers > 0 {
                table.entry("merged answers to the writer", write.merged_answers);
            }
        }
        if let Some(load) = &self.load {
            let load_time = if load.complete {
                format!(
                    "{} for {} characters",
                    ms(load.load_ms),
                    load.document_chars
                )
            } else {
                format!(
                    "INCOMPLETE: {} of {} characters after {}",
                    load.received_chars,
                    load.document_chars,
                    ms(load.load_ms)
                )
            };
            table
                .entry("load from", format!("{} ({})", load.url, load.protocol))
                .entry("load time", load_time);
        }
        table.entry("problems", problems_line(&self.problems));
        usage_entries(&mut table, &self.usage);
        table.render()
    }

    fn passed(&self) -> bool {
        self.problems.is_empty()
            && self
                .write
                .as_ref()
                .is_none_or(|write| write.held_secs.is_some())
            && self.load.as_ref().is_none_or(|load| load.complete)
    }
}

/// Runs the phase(s) asked for.
///
/// # Errors
/// When the room cannot be created, a client cannot join, the state file cannot be used, or the `--pid`
/// process cannot be read.
pub async fn run(args: &BulkArgs, quiet: bool) -> anyhow::Result<BulkReport> {
    let counters = Arc::new(Counters::default());
    let progress_stop = CancellationToken::new();
    let progress = report_progress(Arc::clone(&counters), quiet, progress_stop.clone());
    let result = run_phases(args, &counters).await;
    progress_stop.cancel();
    let _ = progress.await;
    result
}

async fn run_phases(args: &BulkArgs, counters: &Arc<Counters>) -> anyhow::Result<BulkReport> {
    let target = &args.target;
    let probe = UsageProbe::start(target.pid)?;
    let mut problems = Vec::new();
    let (state, write) = match args.phase {
        Phase::All | Phase::Write => {
            let (state, write) = write_phase(args, counters, &mut problems).await?;
            state.save(&args.state_file)?;
            (state, Some(write))
        }
        Phase::Read => (BulkState::load(&args.state_file)?, None),
    };
    let load = match (args.phase, &args.cold_load_url) {
        (Phase::Write, _) | (Phase::All, None) => None,
        (Phase::Read | Phase::All, url) => {
            let url = url.as_ref().unwrap_or(&target.url);
            let protocol = args.cold_load_protocol.unwrap_or(target.protocol);
            Some(load_phase(args, url, protocol, &state).await?)
        }
    };
    let deliveries = write.as_ref().map_or(0, |write| write.edits as u64);
    let usage = probe.finish(deliveries)?;
    Ok(BulkReport {
        scenario: "bulk",
        phase: match args.phase {
            Phase::All => "all",
            Phase::Write => "write",
            Phase::Read => "read",
        },
        protocol: state.protocol,
        room: state.room,
        write,
        load,
        problems,
        usage,
    })
}

async fn write_phase(
    args: &BulkArgs,
    counters: &Arc<Counters>,
    problems: &mut Vec<String>,
) -> anyhow::Result<(BulkState, WriteResult)> {
    let target = &args.target;
    let room = target
        .room_source()
        .rooms(1, target.connect_timeout)
        .await?
        .pop()
        .context("one room")?;
    let address = target.url.address(&room);
    let open = || {
        Session::open(
            &address,
            target.protocol,
            &target.text_name,
            target.connect_timeout,
        )
    };
    let mut writer = open().await.context("the writer could not join")?;
    writer.become_sole_writer();
    Counters::bump(&counters.connected);
    // A room reused from an earlier run keeps its text: the edits append to it.
    let mut expected = writer.replica().text();
    expected.extend((0..args.edits).map(bulk_character));
    let expected = ExpectedText::new(expected);
    let stop = CancellationToken::new();
    let watcher = match &args.rest {
        None => {
            let observer = open()
                .await
                .context("the observing client could not join")?;
            Counters::bump(&counters.connected);
            Watcher::Client(tokio::spawn(watch_client(
                observer,
                Rejoin {
                    address: address.clone(),
                    protocol: target.protocol,
                    text_name: target.text_name.clone(),
                    timeout: target.connect_timeout,
                },
                expected.clone(),
                Arc::clone(counters),
                stop.clone(),
            )))
        }
        Some(rest) => Watcher::Rest(rest.render(&room)),
    };
    let started = Instant::now();
    let sent = match target.protocol {
        Protocol::Yjs | Protocol::Hocuspocus => send_yjs(&mut writer, args.edits, counters).await,
        Protocol::Json => {
            send_json(&mut writer, args.edits, args.window, counters, args.timeout).await
        }
    };
    let sent = match sent {
        Ok(sent) => sent,
        Err(error) => {
            problems.push(format!("writer: {error:#}"));
            Sent {
                sent_after: started.elapsed(),
                answered_after: None,
                merged: 0,
            }
        }
    };
    let held_at = match &watcher {
        Watcher::Client(_) => None,
        Watcher::Rest(url) => poll_rest(url, &expected, started + args.timeout, problems).await,
    };
    let (held_at, seen_by) = match watcher {
        Watcher::Client(task) => {
            let deadline = started + args.timeout;
            let held = match tokio::time::timeout_at(deadline, task).await {
                Ok(joined) => {
                    let watched = joined.context("the observer task panicked")?;
                    problems.extend(
                        watched
                            .problems
                            .into_iter()
                            .map(|problem| format!("observer: {problem}")),
                    );
                    watched.held_at
                }
                Err(_) => {
                    stop.cancel();
                    None
                }
            };
            (held, "second client".to_owned())
        }
        Watcher::Rest(url) => (held_at, format!("GET {url}")),
    };
    stop.cancel();
    writer.close(Duration::from_secs(1)).await;
    let held_secs = held_at.map(|at| at.saturating_duration_since(started).as_secs_f64());
    if held_secs.is_none() {
        // An observer that was dropped (its problem is already listed) stopped watching early: only a
        // watcher that kept going until the deadline ran out of time.
        let gave_up_at = started.elapsed();
        let why = if gave_up_at < args.timeout {
            format!("watching stopped after {gave_up_at:.1?}")
        } else {
            format!("within {:?}", args.timeout)
        };
        problems.push(format!(
            "the server was not seen holding all {} edits ({why})",
            args.edits
        ));
    }
    let write = WriteResult {
        edits: args.edits,
        send_secs: sent.sent_after.as_secs_f64(),
        answered_secs: sent.answered_after.map(|after| after.as_secs_f64()),
        held_secs,
        held_seen_by: seen_by,
        // Casts: edit counts are far below 2^52.
        edits_per_sec: held_secs.map(|secs| args.edits as f64 / secs.max(1e-9)),
        merged_answers: sent.merged,
    };
    if write.merged_answers > 0 {
        problems.push(format!(
            "the server answered {} of the writer's updates with a merged text: its text differed from the writer's",
            write.merged_answers
        ));
    }
    let state = BulkState {
        room,
        protocol: target.protocol,
        edits: args.edits,
        expected_text: expected.as_str().to_owned(),
    };
    Ok((state, write))
}

enum Watcher {
    Client(JoinHandle<Watched>),
    Rest(String),
}

struct Watched {
    held_at: Option<Instant>,
    /// Why the observer was dropped or stopped, each time.
    problems: Vec<String>,
}

/// What the observer needs to join again after the server dropped it.
struct Rejoin {
    address: RoomAddress,
    protocol: Protocol,
    text_name: String,
    timeout: Duration,
}

/// How many times the observer joins again after the server dropped it.
const OBSERVER_REJOINS: usize = 3;

/// Reads until the replica holds `expected`; returns when that happened. An observer the server drops (pairprog
/// closes a reader that falls behind with 1013, "reconnect to resync") or skips a message to (y-sweet, when the
/// connection's queue is full) joins again, as an editor would, so that the time the server holds every edit is
/// still measured; each time is reported.
async fn watch_client(
    mut observer: Session,
    rejoin: Rejoin,
    expected: ExpectedText,
    counters: Arc<Counters>,
    stop: CancellationToken,
) -> Watched {
    let mut watched = Watched {
        held_at: None,
        problems: Vec::new(),
    };
    loop {
        if observer.replica().holds(&expected) {
            watched.held_at = Some(Instant::now());
            break;
        }
        let next = tokio::select! {
            biased;
            () = stop.cancelled() => break,
            next = observer.next() => next,
        };
        match next {
            Ok(Some((_, arrived))) => {
                Counters::bump(&counters.delivered);
                if observer.replica().holds(&expected) {
                    watched.held_at = Some(arrived);
                    break;
                }
            }
            Ok(None) | Err(_) => {
                let ended = match next {
                    Err(error) => format!("{error:#}"),
                    _ => observer
                        .closed()
                        .map_or_else(|| "connection lost".to_owned(), ToString::to_string),
                };
                if watched.problems.len() >= OBSERVER_REJOINS {
                    watched.problems.push(ended);
                    break;
                }
                let reopened = tokio::select! {
                    biased;
                    () = stop.cancelled() => break,
                    reopened = Session::open(
                        &rejoin.address,
                        rejoin.protocol,
                        &rejoin.text_name,
                        rejoin.timeout,
                    ) => reopened,
                };
                match reopened {
                    Ok(session) => {
                        watched.problems.push(format!("{ended}; joined again"));
                        let stale = std::mem::replace(&mut observer, session);
                        stale.close(Duration::from_millis(100)).await;
                    }
                    Err(error) => {
                        watched
                            .problems
                            .push(format!("{ended}; could not join again: {error:#}"));
                        break;
                    }
                }
            }
        }
    }
    observer.close(Duration::from_secs(1)).await;
    watched
}

#[derive(Deserialize)]
struct RoomBody {
    code: String,
}

/// Polls `GET url` until its `code` is the expected text or `deadline` passes.
async fn poll_rest(
    url: &str,
    expected: &ExpectedText,
    deadline: Instant,
    problems: &mut Vec<String>,
) -> Option<Instant> {
    let client = reqwest::Client::new();
    loop {
        let checked = Instant::now();
        match client.get(url).send().await {
            Ok(response) if response.status().is_success() => {
                match response.json::<RoomBody>().await {
                    Ok(body) if body.code == expected.as_str() => return Some(checked),
                    Ok(_) => {}
                    Err(error) => {
                        problems.push(format!("GET {url}: not a room: {error}"));
                        return None;
                    }
                }
            }
            Ok(response) => {
                problems.push(format!("GET {url} answered {}", response.status()));
                return None;
            }
            Err(error) => {
                problems.push(describe_http_error(&error, url));
                return None;
            }
        }
        if Instant::now() >= deadline {
            return None;
        }
        tokio::time::sleep(REST_POLL).await;
    }
}

struct Sent {
    sent_after: Duration,
    answered_after: Option<Duration>,
    merged: u64,
}

/// Sends the edits as Yjs updates, one per character, flushing in batches.
async fn send_yjs(writer: &mut Session, edits: usize, counters: &Counters) -> anyhow::Result<Sent> {
    let started = Instant::now();
    let mut character = [0; 4];
    for index in 0..edits {
        writer
            .feed_edit(0, bulk_character(index).encode_utf8(&mut character))
            .await?;
        Counters::bump(&counters.sent);
        if index % YJS_FLUSH_EVERY == YJS_FLUSH_EVERY - 1 {
            writer.flush().await?;
        }
    }
    writer.flush().await?;
    Ok(Sent {
        sent_after: started.elapsed(),
        answered_after: None,
        merged: 0,
    })
}

/// Sends the edits as JSON `code_update`s with at most `window` unanswered at a time, then waits for the last
/// answers.
async fn send_json(
    writer: &mut Session,
    edits: usize,
    window: u64,
    counters: &Counters,
    timeout: Duration,
) -> anyhow::Result<Sent> {
    let started = Instant::now();
    let deadline = started + timeout;
    let mut sent = 0_u64;
    let mut answered = 0_u64;
    let mut merged = 0_u64;
    let mut sent_after = None;
    let total = edits as u64;
    let mut character = [0; 4];
    while answered < total {
        while sent < total && sent - answered < window {
            let index = usize::try_from(sent).unwrap_or(usize::MAX);
            writer
                .edit(0, bulk_character(index).encode_utf8(&mut character))
                .await?;
            sent += 1;
            Counters::bump(&counters.sent);
        }
        if sent == total && sent_after.is_none() {
            sent_after = Some(started.elapsed());
        }
        let next = tokio::time::timeout_at(deadline, writer.next())
            .await
            .map_err(|_| anyhow!("{answered} of {total} updates answered within {timeout:?}"))??;
        let Some((received, _)) = next else {
            let closed = writer
                .closed()
                .map_or_else(String::new, ToString::to_string);
            bail!("{closed} after {answered} of {total} updates were answered");
        };
        if let Some(message) = received.server_error {
            bail!("the server answered an update with an error: {message}");
        }
        answered += received.acknowledged;
        if received.merged {
            merged += 1;
            answered += 1;
        }
    }
    Ok(Sent {
        sent_after: sent_after.unwrap_or_else(|| started.elapsed()),
        answered_after: Some(started.elapsed()),
        merged,
    })
}

/// A new client joins the saved room; the time until it holds the whole document.
async fn load_phase(
    args: &BulkArgs,
    url: &UrlTemplate,
    protocol: Protocol,
    state: &BulkState,
) -> anyhow::Result<LoadResult> {
    let address = url.address(&state.room);
    let expected = ExpectedText::new(state.expected_text.clone());
    let started = Instant::now();
    let deadline = started + args.timeout;
    let mut session = Session::open(&address, protocol, &args.target.text_name, args.timeout)
        .await
        .context("the loading client could not join")?;
    // The initial sync normally brings everything; a server may send the rest in updates right after.
    while !session.replica().holds(&expected) {
        let give_up = deadline.min(Instant::now() + LOAD_IDLE_GIVE_UP);
        match tokio::time::timeout_at(give_up, session.next()).await {
            Ok(Ok(Some(_))) => {}
            Ok(Ok(None) | Err(_)) | Err(_) => break,
        }
    }
    let load_ms = started.elapsed().as_secs_f64() * 1000.0;
    let complete = session.replica().holds(&expected);
    let received_chars = session.replica().text_view().chars().count();
    session.close(Duration::from_secs(1)).await;
    Ok(LoadResult {
        url: address.url,
        protocol,
        load_ms,
        document_chars: state.expected_text.chars().count(),
        received_chars,
        complete,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bulk_text_is_letters_with_a_newline_every_64() {
        let text: String = (0..130).map(bulk_character).collect();
        assert!(text.starts_with("abcdefghijklmnopqrstuvwxyzabc"));
        assert_eq!(text.chars().nth(63), Some('\n'));
        assert_eq!(text.chars().nth(127), Some('\n'));
        assert_eq!(text.lines().count(), 3);
    }

    #[test]
    fn a_saved_state_loads_back() {
        let directory = std::env::temp_dir().join(format!("loadgen-test-{}", std::process::id()));
        std::fs::create_dir_all(&directory).expect("temp dir");
        let path = directory.join("state.json");
        let state = BulkState {
            room: "k3x9q2ab".to_owned(),
            protocol: Protocol::Yjs,
            edits: 3,
            expected_text: "abc".to_owned(),
        };
        state.save(&path).expect("saved");
        assert_eq!(BulkState::load(&path).expect("loaded"), state);
        std::fs::remove_dir_all(&directory).expect("cleaned");
        assert!(BulkState::load(&path).is_err());
    }
}
