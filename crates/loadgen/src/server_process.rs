//! The server's resource use, read from Linux's `/proc/PID`: resident memory (`VmRSS` in `status`) and CPU time
//! (`utime` + `stime` in `stat`), sampled before and after a scenario.

use std::path::PathBuf;

use anyhow::Context;
use serde::Serialize;

/// Clock ticks per second in `/proc/PID/stat`. Linux exports CPU times to user space in `USER_HZ`, which is 100
/// on every architecture it supports today (whatever the kernel's internal `HZ`), so no `sysconf` call is needed.
const TICKS_PER_SECOND: u64 = 100;

/// A process whose use is measured.
#[derive(Debug, Clone, Copy)]
pub struct ServerProcess {
    pid: u32,
}

/// One reading of a process's use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ProcessSample {
    /// Resident memory, KiB.
    pub rss_kib: u64,
    /// User plus system CPU time since the process started, ms (10 ms resolution).
    pub cpu_ms: u64,
}

/// What a process used during a scenario.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ServerUsage {
    /// The server's pid.
    pub pid: u32,
    /// Resident memory before the scenario, KiB.
    pub rss_before_kib: u64,
    /// Resident memory after it, KiB.
    pub rss_after_kib: u64,
    /// CPU time (user + system) spent during the scenario, ms.
    pub cpu_ms: u64,
    /// CPU ms per 1000 deliveries (messages observed by clients), when there were any.
    pub cpu_ms_per_1000_deliveries: Option<f64>,
}

/// The server's use (when its pid was given) and the load generator's own CPU over a scenario: on a machine
/// they share, the second says whether the client side was the bottleneck.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Usage {
    /// The server's, with `--pid`.
    pub server: Option<ServerUsage>,
    /// CPU time (user + system) this process spent, ms.
    pub load_generator_cpu_ms: u64,
}

impl ServerProcess {
    /// The process `pid`, checked to exist.
    ///
    /// # Errors
    /// When `/proc/PID` cannot be read (no such process, or not Linux).
    pub fn new(pid: u32) -> anyhow::Result<Self> {
        let process = Self { pid };
        process.sample()?;
        Ok(process)
    }

    /// Reads the process's memory and CPU time now.
    ///
    /// # Errors
    /// When `/proc/PID` cannot be read or parsed (the process exited).
    pub fn sample(&self) -> anyhow::Result<ProcessSample> {
        let directory = PathBuf::from(format!("/proc/{}", self.pid));
        let status = std::fs::read_to_string(directory.join("status")).with_context(|| {
            format!(
                "cannot read /proc/{}/status: is the server's pid right, and is it still running?",
                self.pid
            )
        })?;
        let stat = std::fs::read_to_string(directory.join("stat"))
            .with_context(|| format!("cannot read /proc/{}/stat", self.pid))?;
        let rss_kib = parse_vm_rss_kib(&status)
            .with_context(|| format!("no VmRSS line in /proc/{}/status", self.pid))?;
        let ticks = parse_cpu_ticks(&stat)
            .with_context(|| format!("cannot read utime and stime in /proc/{}/stat", self.pid))?;
        Ok(ProcessSample {
            rss_kib,
            cpu_ms: ticks * 1000 / TICKS_PER_SECOND,
        })
    }

    /// What the process used between two samples, with CPU time per 1000 `deliveries`.
    #[must_use]
    pub fn usage(
        &self,
        before: ProcessSample,
        after: ProcessSample,
        deliveries: u64,
    ) -> ServerUsage {
        let cpu_ms = after.cpu_ms.saturating_sub(before.cpu_ms);
        ServerUsage {
            pid: self.pid,
            rss_before_kib: before.rss_kib,
            rss_after_kib: after.rss_kib,
            cpu_ms,
            cpu_ms_per_1000_deliveries: per_thousand(cpu_ms, deliveries),
        }
    }
}

/// `amount` per 1000 of `count`, or `None` when `count` is 0.
#[must_use]
pub fn per_thousand(amount: u64, count: u64) -> Option<f64> {
    // Casts: CPU milliseconds and delivery counts are far below 2^52.
    (count > 0).then(|| amount as f64 * 1000.0 / count as f64)
}

/// The `VmRSS` of a `/proc/PID/status` text, in KiB.
#[must_use]
pub fn parse_vm_rss_kib(status: &str) -> Option<u64> {
    let line = status.lines().find(|line| line.starts_with("VmRSS:"))?;
    let mut words = line["VmRSS:".len()..].split_whitespace();
    let value: u64 = words.next()?.parse().ok()?;
    match words.next() {
        Some("kB") | None => Some(value),
        Some(_) => None,
    }
}

/// `utime` + `stime` (fields 14 and 15) of a `/proc/PID/stat` line, in clock ticks.
///
/// The command name (field 2) is in parentheses and may itself hold spaces and parentheses, so the fields are
/// counted from the last `)`.
#[must_use]
pub fn parse_cpu_ticks(stat: &str) -> Option<u64> {
    let after_name = &stat[stat.rfind(')')? + 1..];
    // After the name come field 3 (state), 4, ...: utime is field 14, the 12th of these.
    let mut fields = after_name.split_whitespace().skip(11);
    let utime: u64 = fields.next()?.parse().ok()?;
    let stime: u64 = fields.next()?.parse().ok()?;
    Some(utime + stime)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vm_rss_is_read_in_kib() {
        let status = "Name:\tpairprog\nVmPeak:\t  123456 kB\nVmRSS:\t   20480 kB\nThreads:\t3\n";
        assert_eq!(parse_vm_rss_kib(status), Some(20480));
    }

    #[test]
    fn a_status_without_vm_rss_has_none() {
        // Kernel threads and zombies have no VmRSS line.
        assert_eq!(parse_vm_rss_kib("Name:\tkthreadd\nState:\tS\n"), None);
    }

    #[test]
    fn cpu_ticks_add_user_and_system_time() {
        let stat =
            "4242 (pairprog) S 1 4242 4242 0 -1 4194560 1234 0 0 0 250 75 0 0 20 0 3 0 100 0 0";
        assert_eq!(parse_cpu_ticks(stat), Some(325));
    }

    #[test]
    fn a_command_name_with_spaces_and_parentheses_does_not_shift_the_fields() {
        let stat = "7 (my (odd) server) R 1 7 7 0 -1 0 0 0 0 0 12 3 0 0 20 0 1 0 5 0 0";
        assert_eq!(parse_cpu_ticks(stat), Some(15));
    }

    #[test]
    fn a_truncated_stat_has_no_cpu_time() {
        assert_eq!(parse_cpu_ticks("7 (x) R 1 2 3"), None);
    }

    #[test]
    fn per_thousand_scales_and_refuses_zero() {
        assert_eq!(per_thousand(50, 10_000), Some(5.0));
        assert_eq!(per_thousand(50, 0), None);
    }

    #[test]
    fn this_process_can_be_sampled() {
        let me = ServerProcess::new(std::process::id()).expect("our own /proc entry");
        let sample = me.sample().expect("a sample");
        assert!(sample.rss_kib > 0);
    }
}
