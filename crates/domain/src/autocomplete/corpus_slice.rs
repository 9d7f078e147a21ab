//! A small, fixed slice of the corpus benchmark, run by `cargo test`: the engine must not turn wrong on real code.
//!
//! The slice comes from sources every machine that builds pairprog has: Python's standard library (`python3` is
//! needed by `make test-deps` anyway) and the Rust crates of Cargo.lock in the cargo registry. Files and cuts are chosen by fixed
//! seeds, so a failure is reproducible. The bar is the target: at most 10% of the cuts answered wrongly.
//! When a source is missing the test skips it, unless `CI` is set (then the machine is misconfigured).

use std::path::{Path, PathBuf};

use super::corpus::{self, CorpusLanguage, Outcome, Proposal, Random};
use super::{CompletionRequest, inline_suggestion, suggest};

/// The most wrong first suggestions allowed, as a share of the cuts.
const MAX_WRONG: f64 = 0.10;
/// Files per language in the slice.
const FILES: usize = 12;
/// Cuts per kind per file.
const CUTS_PER_KIND: usize = 3;

fn files_with_extension(
    root: &Path,
    extension: &str,
    skip: &dyn Fn(&Path) -> bool,
) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(directory) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&directory) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if skip(&path) {
                continue;
            }
            match entry.file_type() {
                Ok(kind) if kind.is_dir() => pending.push(path),
                Ok(kind) if kind.is_file() && path.extension().is_some_and(|e| e == extension) => {
                    found.push(path);
                }
                _ => {}
            }
        }
    }
    found.sort();
    found
}

fn python_files() -> Option<Vec<PathBuf>> {
    let output = std::process::Command::new("python3")
        .args([
            "-c",
            "import sysconfig;print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .ok()?;
    let stdlib = String::from_utf8(output.stdout).ok()?;
    let skip = |path: &Path| {
        let name = path
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or("");
        matches!(
            name,
            "site-packages" | "test" | "tests" | "idlelib" | "lib2to3"
        )
    };
    Some(files_with_extension(Path::new(stdlib.trim()), "py", &skip))
        .filter(|files| !files.is_empty())
}

/// The Rust files of the crates in the workspace's Cargo.lock, which every machine building pairprog has in its
/// cargo registry (whatever else other projects fetched there).
fn rust_files() -> Option<Vec<PathBuf>> {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))?;
    let lock =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../Cargo.lock")).ok()?;
    let mut packages = Vec::new();
    let mut name = None;
    for line in lock.lines() {
        if let Some(value) = line.strip_prefix("name = ") {
            name = Some(value.trim_matches('"'));
        } else if let Some(value) = line.strip_prefix("version = ")
            && let Some(name) = name.take()
        {
            packages.push(format!("{name}-{}", value.trim_matches('"')));
        }
    }
    packages.sort();
    let mut files = Vec::new();
    for index in std::fs::read_dir(home.join("registry/src")).ok()?.flatten() {
        for package in &packages {
            let directory = index.path().join(package);
            if directory.is_dir() {
                files.extend(files_with_extension(&directory, "rs", &|_| false));
            }
        }
    }
    files.sort();
    Some(files).filter(|files| !files.is_empty())
}

/// The wrong and scored counts of the engine on `FILES` files of `language`, and the worst answers.
fn measure(language: CorpusLanguage, files: &[PathBuf], seed: u64) -> (usize, usize, Vec<String>) {
    let mut random = Random::new(seed);
    let (mut wrong, mut scored, mut examples) = (0, 0, Vec::new());
    let mut read = 0;
    for path in random.sample(files, files.len()) {
        if read == FILES {
            break;
        }
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let lines = text.lines().count();
        if !(20..=3_000).contains(&lines) || text.len() / lines >= 120 {
            continue;
        }
        read += 1;
        for cut in corpus::cuts(&text, language, CUTS_PER_KIND, &mut random) {
            let code = &text[cut.start..cut.cursor];
            let request = CompletionRequest {
                code,
                cursor: code.chars().count(),
                language: language.name(),
            };
            let suggestions = suggest(&request).expect("the cursor is the end of the code");
            // What a client shows inline is what can be wrong: the response's `suggestion`.
            let proposals: Vec<Proposal> = inline_suggestion(&suggestions)
                .map(|best| Proposal {
                    text: best.text.clone(),
                    cursor_offset: best.cursor_offset,
                })
                .into_iter()
                .collect();
            scored += 1;
            if corpus::score(cut.kind, &proposals, &cut.expected).0 == Outcome::Wrong {
                wrong += 1;
                examples.push(format!(
                    "{}: {:?} then {:?}, suggested {:?}",
                    path.display(),
                    code.rsplit('\n').next().unwrap_or(""),
                    cut.expected,
                    proposals[0].text
                ));
            }
        }
    }
    (wrong, scored, examples)
}

#[test]
fn the_engine_is_rarely_wrong_on_real_python_and_rust() {
    let in_ci = std::env::var_os("CI").is_some();
    for (language, files, seed) in [
        (CorpusLanguage::Python, python_files(), 101),
        (CorpusLanguage::Rust, rust_files(), 202),
    ] {
        let Some(files) = files else {
            assert!(
                !in_ci,
                "no {} sources for the corpus slice under CI",
                language.name()
            );
            eprintln!("skipping the {} corpus slice: no sources", language.name());
            continue;
        };
        let (wrong, scored, examples) = measure(language, &files, seed);
        assert!(
            scored >= 100,
            "only {scored} cuts in the {} slice",
            language.name()
        );
        #[allow(clippy::cast_precision_loss)]
        let rate = wrong as f64 / scored as f64;
        eprintln!(
            "{} corpus slice: {wrong} of {scored} cuts wrong ({:.1}%)",
            language.name(),
            rate * 100.0
        );
        assert!(
            rate <= MAX_WRONG,
            "{}: {wrong} of {scored} cuts wrong ({:.1}%), above {:.0}%; for instance:\n{}",
            language.name(),
            rate * 100.0,
            MAX_WRONG * 100.0,
            examples[..examples.len().min(15)].join("\n")
        );
    }
}
