//! `pairprog`: runs the server, or another subcommand of [`pairprog::cli`] (`pairprog --help` lists them).

use std::process::ExitCode;

/// jemalloc rather than glibc's malloc: its background threads give the pages of freed memory back to the
/// system seconds later, so the memory of an unloaded room does not stay with the process (glibc kept it in
/// the arenas of threads that then sat idle).
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

#[tokio::main]
async fn main() -> ExitCode {
    pairprog::cli::run().await
}
