//! How results are shown: an aligned plain-text table for people, or JSON for scripts (`--json`).

use std::fmt::Write as _;

use serde::Serialize;

use crate::{latency::LatencySummary, server_process::Usage};

/// A scenario's result.
pub trait Report: Serialize {
    /// The human-readable form.
    fn render(&self) -> String;
    /// Whether the run met its checks (every edit delivered, texts identical, ...): the exit status.
    fn passed(&self) -> bool;
}

/// Prints `report` on stdout, as a table or as JSON.
///
/// # Errors
/// When the report cannot be serialised (it always can: it holds only numbers and strings).
pub fn print(report: &impl Report, json: bool) -> anyhow::Result<()> {
    if json {
        println!("{}", serde_json::to_string_pretty(report)?);
    } else {
        print!("{}", report.render());
    }
    Ok(())
}

/// A plain-text table with aligned columns: the first column left-aligned, the others right-aligned (or left,
/// for a key-value table).
#[derive(Debug, Clone)]
pub struct Table {
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
    /// Numbers line up on the right; named values (a key-value table) read better on the left.
    right_align_values: bool,
}

impl Table {
    /// A table with these column headers.
    #[must_use]
    pub fn new(headers: &[&str]) -> Self {
        Self {
            headers: headers.iter().map(|&header| header.to_owned()).collect(),
            rows: Vec::new(),
            right_align_values: true,
        }
    }

    /// A two-column table of named values, left-aligned, without a header line.
    #[must_use]
    pub fn key_value() -> Self {
        Self {
            right_align_values: false,
            ..Self::new(&["", ""])
        }
    }

    /// Adds a row (missing cells are blank).
    pub fn row(&mut self, cells: Vec<String>) -> &mut Self {
        self.rows.push(cells);
        self
    }

    /// Adds a named value.
    pub fn entry(&mut self, name: &str, value: impl std::fmt::Display) -> &mut Self {
        self.row(vec![name.to_owned(), value.to_string()])
    }

    /// The table as text, one line per row, each ending with a newline.
    #[must_use]
    pub fn render(&self) -> String {
        let columns = self
            .rows
            .iter()
            .map(Vec::len)
            .chain([self.headers.len()])
            .max()
            .unwrap_or(0);
        let mut widths = vec![0; columns];
        for row in self.rows.iter().chain([&self.headers]) {
            for (width, cell) in widths.iter_mut().zip(row) {
                *width = (*width).max(cell.chars().count());
            }
        }
        let mut out = String::new();
        let has_headers = self.headers.iter().any(|header| !header.is_empty());
        let mut lines: Vec<&Vec<String>> = Vec::new();
        if has_headers {
            lines.push(&self.headers);
        }
        lines.extend(self.rows.iter());
        for (index, row) in lines.into_iter().enumerate() {
            let mut line = String::new();
            for (column, width) in widths.iter().enumerate() {
                let cell = row.get(column).map_or("", String::as_str);
                let pad = width - cell.chars().count();
                if column > 0 {
                    line.push_str("  ");
                }
                if column == 0 || !self.right_align_values {
                    line.push_str(cell);
                    line.push_str(&" ".repeat(pad));
                } else {
                    line.push_str(&" ".repeat(pad));
                    line.push_str(cell);
                }
            }
            let _ = writeln!(out, "{}", line.trim_end());
            if has_headers && index == 0 {
                let rule: usize = widths.iter().sum::<usize>() + 2 * widths.len().saturating_sub(1);
                let _ = writeln!(out, "{}", "-".repeat(rule));
            }
        }
        out
    }
}

/// Milliseconds with two decimals.
#[must_use]
pub fn ms(value: f64) -> String {
    format!("{value:.2} ms")
}

/// Adds the latency percentiles to a key-value table, or says there were none.
pub fn latency_entries(table: &mut Table, summary: Option<&LatencySummary>) {
    match summary {
        Some(summary) => {
            table
                .entry("latency p50", ms(summary.p50_ms))
                .entry("latency p95", ms(summary.p95_ms))
                .entry("latency p99", ms(summary.p99_ms))
                .entry("latency max", ms(summary.max_ms))
                .entry("latency mean", ms(summary.mean_ms));
        }
        None => {
            table.entry("latency", "no deliveries");
        }
    }
}

/// Adds the server's memory and CPU use, and the load generator's CPU, to a key-value table.
pub fn usage_entries(table: &mut Table, usage: &Usage) {
    match &usage.server {
        None => {
            table.entry("server usage", "not measured (no --pid)");
        }
        Some(server) => {
            table
                .entry(
                    "server RSS before / after",
                    format!("{} / {} KiB", server.rss_before_kib, server.rss_after_kib),
                )
                .entry("server CPU (user+sys)", format!("{} ms", server.cpu_ms))
                .entry(
                    "server CPU per 1000 deliveries",
                    server
                        .cpu_ms_per_1000_deliveries
                        .map_or_else(|| "n/a".to_owned(), ms),
                );
        }
    }
    table.entry(
        "load generator CPU",
        format!("{} ms", usage.load_generator_cpu_ms),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_aligned_under_a_rule() {
        let mut table = Table::new(&["rate", "p99"]);
        table.row(vec!["50".to_owned(), "1.00 ms".to_owned()]);
        table.row(vec!["1000".to_owned(), "12.50 ms".to_owned()]);
        assert_eq!(
            table.render(),
            "rate       p99\n--------------\n50     1.00 ms\n1000  12.50 ms\n"
        );
    }

    #[test]
    fn a_key_value_table_has_no_header_line() {
        let mut table = Table::key_value();
        table.entry("rooms", 10).entry("delivered", "400 / 400");
        assert_eq!(table.render(), "rooms      10\ndelivered  400 / 400\n");
    }
}
