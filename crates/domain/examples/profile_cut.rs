//! Times the autocomplete engine on one cut of a real file, for finding what makes a slow corpus cut slow.
//!
//! The cut is given as the corpus dump gives it (a file and the cursor's byte offset); the engine sees the file from
//! `MAX_LINES` lines before the cursor, as in `make bench-autocomplete`. The request runs `RUNS` times (1,000 by
//! default), long enough for `perf record`:
//!
//! ```text
//! cargo build --release -p domain --examples
//! perf record -g ./target/release/examples/profile_cut c path/to/sqlite3.c 4778784
//! ```

use std::time::{Duration, Instant};

use domain::autocomplete::{CompletionRequest, inline_suggestion, suggest};

/// As `MAX_LINES` of the corpus benchmark (`src/autocomplete/corpus.rs`): the lines before the cursor it gives.
const MAX_LINES: usize = 10_000;

fn main() {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let [language, path, cursor] = arguments.as_slice() else {
        eprintln!("usage: profile_cut LANGUAGE FILE CURSOR_BYTE_OFFSET");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("{path}: {error}");
            std::process::exit(1);
        }
    };
    let cursor = match cursor.parse::<usize>() {
        Ok(cursor) if cursor <= text.len() && text.is_char_boundary(cursor) => cursor,
        _ => {
            eprintln!("{cursor}: not a character boundary of {path}");
            std::process::exit(2);
        }
    };
    let start = text[..cursor]
        .rmatch_indices('\n')
        .nth(MAX_LINES)
        .map_or(0, |(index, _)| index + 1);
    let code = &text[start..cursor];
    let request = CompletionRequest {
        code,
        cursor: code.chars().count(),
        language,
    };
    let runs: usize = std::env::var("RUNS")
        .ok()
        .and_then(|runs| runs.parse().ok())
        .unwrap_or(1_000);
    let mut fastest = Duration::MAX;
    let mut total = Duration::ZERO;
    let mut suggestions = Vec::new();
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        suggestions = suggest(&request).unwrap_or_default();
        let elapsed = started.elapsed();
        fastest = fastest.min(elapsed);
        total += elapsed;
    }
    let line = code.rsplit('\n').next().unwrap_or("");
    let inline = inline_suggestion(&suggestions).map_or("-", |best| best.text.as_str());
    println!("{line:?} => {inline:?}");
    println!(
        "fastest {} µs, mean {} µs over {} runs",
        fastest.as_micros(),
        (total / u32::try_from(runs.max(1)).unwrap_or(u32::MAX)).as_micros(),
        runs.max(1)
    );
}
