//! `pairprog`: runs the server, or another subcommand of [`pairprog::cli`] (`pairprog --help` lists them).

use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    pairprog::cli::run().await
}
