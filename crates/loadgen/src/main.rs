//! `pairprog-load`: a load generator for real-time collaboration servers.
//!
//! It drives many WebSocket clients from one process, speaking the spec's JSON protocol (`/ws/{room}`), the
//! y-websocket binary protocol (`/yjs/{room}`, on `yrs`), or y-websocket in Hocuspocus's framing, against any
//! server named by a URL template, and measures what a user of a shared editor feels: how long an edit takes to
//! reach everyone (`fanout`), the highest edit rate a room sustains (`saturation`), the memory a connection
//! costs (`capacity`), and how fast a large document is written and loaded back (`bulk`). Reports go to stdout (a table, or `--json`),
//! progress to stderr. See the "Load generator" section of `docs/BENCHMARKS.md`.
//!
//! Layout: `replica` holds each protocol's client logic without IO (and `hocuspocus` that server's framing);
//! `session` is the socket around it; `scenario/` has the writer and reader tasks and one module per scenario;
//! `marker` and `latency` are the pure measuring parts; `server_process` reads `/proc`.

mod cli;
mod hocuspocus;
mod latency;
mod marker;
mod progress;
mod replica;
mod report;
mod scenario;
mod server_process;
mod session;
mod target;

use std::process::ExitCode;

use clap::Parser;

use crate::{
    cli::{Cli, Scenario},
    report::Report,
};

/// Exit status when the run worked but found a problem (lost deliveries, diverging texts, failed connections).
const EXIT_CHECK_FAILED: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut runtime = tokio::runtime::Builder::new_multi_thread();
    runtime.enable_all();
    if let Some(threads) = cli.threads {
        runtime.worker_threads(threads.max(1));
    }
    let runtime = match runtime.build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("pairprog-load: cannot start the runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(&cli)) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(EXIT_CHECK_FAILED),
        Err(error) => {
            eprintln!("pairprog-load: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// Runs the scenario and prints its report; whether its checks passed.
async fn run(cli: &Cli) -> anyhow::Result<bool> {
    match &cli.scenario {
        Scenario::Fanout(args) => {
            let report = scenario::fanout::run(args, cli.quiet).await?;
            finish(&report, args.target.json)
        }
        Scenario::Saturation(args) => {
            let report = scenario::saturation::run(args, cli.quiet).await?;
            finish(&report, args.target.json)
        }
        Scenario::Capacity(args) => {
            let report = scenario::capacity::run(args, cli.quiet).await?;
            finish(&report, args.target.json)
        }
        Scenario::Bulk(args) => {
            let report = scenario::bulk::run(args, cli.quiet).await?;
            finish(&report, args.target.json)
        }
    }
}

fn finish(report: &impl Report, json: bool) -> anyhow::Result<bool> {
    report::print(report, json)?;
    Ok(report.passed())
}
