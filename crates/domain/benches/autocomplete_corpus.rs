//! The autocomplete engine measured on real code: `make bench-autocomplete`.
//!
//! Source files available offline on the machine (Python's standard library, the JavaScript and TypeScript of
//! `tests/js/node_modules`, Rust crates of the cargo registry, SQLite's amalgamation and the other C of the
//! registry, the C++ standard library headers, the JDK's sources when extracted, Go's standard library when a Go
//! toolchain is installed) are cut at points chosen by fixed seeds, and the engine's answer at each cut is scored
//! against what the file has next (see `crates/domain/src/autocomplete/corpus.rs`, shared with the unit test that
//! guards the wrong rate). Prints a markdown table per language and kind of cut, with the two trivial baselines.
//!
//! Knobs (environment): `CUTS` (cuts per language and kind, 200), `SEED` (17), `LANGUAGES` (comma-separated
//! names, all by default), `CORPUS_JAVA` (a directory of `.java` files; the Makefile extracts part of the JDK's
//! `src.zip` there), `CORPUS_DUMP` (a file to write every cut and the answers to, for studying them),
//! `AUTO_PAIRS=1` (each request also carries, after the cursor, the closers an editor would have typed for the
//! brackets and quotes open on the cursor's line, as CodeMirror's `basicSetup` and IDEs do).
//!
//! With `COMPLETION_URL` set (and optionally `COMPLETION_MODEL`, `COMPLETION_MAX_TOKENS`), each cut is also put to
//! that OpenAI-compatible completions server (plain `http://` only), and the rules' suggestions merged with its
//! answer the way the service merges them are scored in extra columns: the rules alone against rules and model.

#![allow(missing_docs, clippy::unwrap_used)] // a benchmark binary, not library code

#[path = "../src/autocomplete/corpus.rs"]
mod corpus;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use corpus::{CorpusLanguage, CutKind, Outcome, Proposal, Random};
use domain::autocomplete::provider::{ModelPrompt, rank_with_model};
use domain::autocomplete::{CompletionRequest, Suggestion, inline_suggestion, suggest};
use std::io::{Read, Write};
use std::net::TcpStream;

/// The most files read per language.
const FILES_PER_LANGUAGE: usize = 80;

/// Every file under `root` whose name satisfies `keep`, sorted.
fn files_under(root: &Path, keep: &dyn Fn(&Path) -> bool) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(directory) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&directory) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                pending.push(path);
            } else if kind.is_file() && keep(&path) {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

fn name_of(path: &Path) -> &str {
    path.file_name()
        .and_then(|name| name.to_str())
        .unwrap_or("")
}

fn command_output(program: &str, arguments: &[&str]) -> Option<String> {
    let output = Command::new(program).args(arguments).output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The `name-version` of every package in the workspace's Cargo.lock: the crates that any machine building
/// pairprog has in its registry, whatever else other projects fetched there.
fn locked_packages() -> Vec<String> {
    let lock = std::fs::read_to_string(workspace_root().join("Cargo.lock")).unwrap_or_default();
    let mut packages = Vec::new();
    let mut name = None;
    for line in lock.lines() {
        if let Some(value) = line.strip_prefix("name = ") {
            name = Some(value.trim_matches('"').to_owned());
        } else if let Some(value) = line.strip_prefix("version = ")
            && let Some(name) = name.take()
        {
            packages.push(format!("{name}-{}", value.trim_matches('"')));
        }
    }
    packages.sort();
    packages
}

/// The files of the locked packages in the cargo registry whose names end with `extension`.
fn locked_registry_files(extension: &'static str) -> Option<Vec<PathBuf>> {
    let registry = cargo_registry()?;
    let packages = locked_packages();
    let mut files = Vec::new();
    for index in std::fs::read_dir(&registry).ok()?.flatten() {
        for package in &packages {
            let directory = index.path().join(package);
            if directory.is_dir() {
                files.extend(files_under(&directory, &|path: &Path| {
                    name_of(path).ends_with(extension)
                }));
            }
        }
    }
    files.sort();
    Some(files)
}

fn cargo_registry() -> Option<PathBuf> {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))?;
    let registry = home.join("registry/src");
    registry.is_dir().then_some(registry)
}

/// The corpus's files for `language` and where they come from, or why there are none.
fn sources(language: CorpusLanguage) -> Result<(String, Vec<PathBuf>), String> {
    let extension_is = |extensions: &'static [&'static str]| {
        move |path: &Path| {
            extensions
                .iter()
                .any(|extension| name_of(path).ends_with(extension))
        }
    };
    let (origin, files) = match language {
        CorpusLanguage::Python => {
            let stdlib = command_output(
                "python3",
                &[
                    "-c",
                    "import sysconfig;print(sysconfig.get_paths()['stdlib'])",
                ],
            )
            .ok_or("python3 not found")?;
            let files = files_under(Path::new(&stdlib), &|path: &Path| {
                let text = path.to_string_lossy();
                name_of(path).ends_with(".py")
                    && !text.contains("site-packages")
                    && !text.contains("/test/")
                    && !text.contains("/tests/")
            });
            (format!("Python standard library ({stdlib})"), files)
        }
        CorpusLanguage::JavaScript | CorpusLanguage::TypeScript => {
            let root = workspace_root().join("tests/js/node_modules");
            if !root.is_dir() {
                return Err(
                    "tests/js/node_modules missing (run `npm ci --prefix tests/js`)".into(),
                );
            }
            let typescript = language == CorpusLanguage::TypeScript;
            let files = files_under(&root, &move |path: &Path| {
                let name = name_of(path);
                if typescript {
                    name.ends_with(".ts")
                } else {
                    (name.ends_with(".js") || name.ends_with(".mjs")) && !name.ends_with(".min.js")
                }
            });
            let what = if typescript {
                ".ts and .d.ts"
            } else {
                ".js and .mjs"
            };
            (format!("{what} of tests/js/node_modules"), files)
        }
        CorpusLanguage::Rust => {
            let files = locked_registry_files(".rs").ok_or("no cargo registry")?;
            (
                "the crates of Cargo.lock in the cargo registry".into(),
                files,
            )
        }
        CorpusLanguage::C => {
            let files = locked_registry_files(".c").ok_or("no cargo registry")?;
            (
                "the .c files of Cargo.lock's crates (SQLite's amalgamation in libsqlite3-sys, ring, ...)".into(),
                files,
            )
        }
        CorpusLanguage::Cpp => {
            let mut versions = files_under(Path::new("/usr/include/c++"), &|path: &Path| {
                name_of(path) == "vector"
            });
            versions.sort_by_key(|path| path.components().count());
            let root = versions
                .first()
                .and_then(|vector| vector.parent())
                .ok_or("no /usr/include/c++")?
                .to_path_buf();
            let files = files_under(&root, &|path: &Path| {
                let name = name_of(path);
                !name.contains('.') || name.ends_with(".h") || name.ends_with(".tcc")
            });
            (
                format!("the C++ standard library headers ({})", root.display()),
                files,
            )
        }
        CorpusLanguage::Java => {
            let root = std::env::var_os("CORPUS_JAVA")
                .map(PathBuf::from)
                .ok_or("CORPUS_JAVA unset (the JDK's src.zip not extracted)")?;
            let files = files_under(&root, &extension_is(&[".java"]));
            (format!("the JDK's sources ({})", root.display()), files)
        }
        CorpusLanguage::Go => {
            let goroot = command_output("go", &["env", "GOROOT"]).ok_or("no Go toolchain")?;
            let files = files_under(&Path::new(&goroot).join("src"), &|path: &Path| {
                let name = name_of(path);
                name.ends_with(".go")
                    && !name.ends_with("_test.go")
                    && !path.to_string_lossy().contains("/testdata/")
            });
            (format!("Go's standard library ({goroot}/src)"), files)
        }
    };
    if files.is_empty() {
        return Err(format!("no files in {origin}"));
    }
    Ok((origin, files))
}

/// A completions server to compare with: `COMPLETION_URL` split into address and path.
struct ModelServer {
    address: String,
    host: String,
    path: String,
    model: String,
    max_tokens: u32,
}

impl ModelServer {
    /// The server `COMPLETION_URL` names, if it is set to a plain `http://` URL.
    fn from_environment() -> Option<Self> {
        let url = std::env::var("COMPLETION_URL")
            .ok()
            .filter(|url| !url.is_empty())?;
        let Some(rest) = url.strip_prefix("http://") else {
            eprintln!(
                "COMPLETION_URL must be a plain http:// URL for the corpus benchmark; measuring the rules alone"
            );
            return None;
        };
        let (host, base) = rest
            .split_once('/')
            .map_or((rest, ""), |(host, base)| (host, base));
        let base = base.trim_end_matches('/');
        let path = if base.ends_with("v1") {
            format!("/{base}/completions")
        } else if base.is_empty() {
            "/v1/completions".to_owned()
        } else {
            format!("/{base}/v1/completions")
        };
        let address = if host.contains(':') {
            host.to_owned()
        } else {
            format!("{host}:80")
        };
        Some(Self {
            address,
            host: host.to_owned(),
            path,
            model: std::env::var("COMPLETION_MODEL").unwrap_or_else(|_| "default".into()),
            max_tokens: u32::try_from(environment_number("COMPLETION_MAX_TOKENS", 32))
                .unwrap_or(32),
        })
    }

    /// The model's completion of `prompt` (`choices[0].text`), or `None` on any failure.
    fn complete(&self, prompt: &ModelPrompt) -> Option<String> {
        let body = serde_json::json!({
            "model": self.model,
            "prompt": prompt.prefix(),
            "max_tokens": self.max_tokens,
            "temperature": 0.2,
            "stop": ["\n\n"],
        })
        .to_string();
        let mut stream = TcpStream::connect(&self.address).ok()?;
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .ok()?;
        let request = format!(
            "POST {} HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            self.path,
            self.host,
            body.len()
        );
        stream.write_all(request.as_bytes()).ok()?;
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).ok()?;
        let answer = String::from_utf8(answer).ok()?;
        let (head, body) = answer.split_once("\r\n\r\n")?;
        if !head.starts_with("HTTP/1.1 200") && !head.starts_with("HTTP/1.0 200") {
            return None;
        }
        let body = if head
            .to_ascii_lowercase()
            .contains("transfer-encoding: chunked")
        {
            dechunk(body)?
        } else {
            body.to_owned()
        };
        let value: serde_json::Value = serde_json::from_str(&body).ok()?;
        value["choices"][0]["text"].as_str().map(str::to_owned)
    }
}

/// The body of a chunked HTTP answer.
fn dechunk(mut body: &str) -> Option<String> {
    let mut whole = String::new();
    loop {
        let (size, rest) = body.split_once("\r\n")?;
        let size = usize::from_str_radix(size.split(';').next()?.trim(), 16).ok()?;
        if size == 0 {
            return Some(whole);
        }
        whole.push_str(rest.get(..size)?);
        body = rest.get(size..)?.strip_prefix("\r\n")?;
    }
}

/// Whether a file is hand-written source worth measuring on (not minified, not generated tables).
fn is_readable_source(text: &str) -> bool {
    let lines = text.lines().count();
    lines >= 20 && text.len() / lines.max(1) < 120
}

#[derive(Default)]
struct Tally {
    cuts: usize,
    hit: usize,
    wrong: usize,
    empty: usize,
    top3: usize,
    top1: usize,
    frequent_hit: usize,
    frequent_wrong: usize,
    nearest_hit: usize,
    nearest_wrong: usize,
    model_hit: usize,
    model_wrong: usize,
    model_top3: usize,
    timings: Vec<Duration>,
}

impl Tally {
    fn add(&mut self, other: &Tally) {
        self.cuts += other.cuts;
        self.hit += other.hit;
        self.wrong += other.wrong;
        self.empty += other.empty;
        self.top3 += other.top3;
        self.top1 += other.top1;
        self.frequent_hit += other.frequent_hit;
        self.frequent_wrong += other.frequent_wrong;
        self.nearest_hit += other.nearest_hit;
        self.nearest_wrong += other.nearest_wrong;
        self.model_hit += other.model_hit;
        self.model_wrong += other.model_wrong;
        self.model_top3 += other.model_top3;
        self.timings.extend(&other.timings);
    }

    fn percent(&self, count: usize) -> String {
        #[allow(clippy::cast_precision_loss)]
        let share = 100.0 * count as f64 / self.cuts.max(1) as f64;
        format!("{share:.1}")
    }

    fn percentile(&self, fraction: f64) -> String {
        let mut timings = self.timings.clone();
        timings.sort();
        if timings.is_empty() {
            return "-".into();
        }
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            clippy::cast_precision_loss
        )]
        let index = ((timings.len() as f64 * fraction).ceil() as usize).clamp(1, timings.len()) - 1;
        format!("{:.0}", timings[index].as_secs_f64() * 1e6)
    }

    fn row(&self, language: &str, kind: &str, with_model: bool) -> String {
        let mut row = format!(
            "| {language} | {kind} | {} | {} | {} | {} | {} | {} | {} | {} | {} / {} | {} / {} |",
            self.cuts,
            self.percent(self.hit),
            self.percent(self.wrong),
            self.percent(self.empty),
            self.percent(self.top1),
            self.percent(self.top3),
            self.percentile(0.5),
            self.percentile(0.99),
            self.percent(self.frequent_hit),
            self.percent(self.frequent_wrong),
            self.percent(self.nearest_hit),
            self.percent(self.nearest_wrong),
        );
        if with_model {
            let _ = write!(
                row,
                " {} / {} / {} |",
                self.percent(self.model_hit),
                self.percent(self.model_wrong),
                self.percent(self.model_top3)
            );
        }
        row
    }
}

/// A suggestion list as the benchmark scores it.
fn proposals_of(suggestions: &[Suggestion]) -> Vec<Proposal> {
    suggestions
        .iter()
        .map(|suggestion| Proposal {
            text: suggestion.text.clone(),
            cursor_offset: suggestion.cursor_offset,
        })
        .collect()
}

/// The response's `suggestion` as the benchmark scores it (none, or one).
fn inline_of(suggestions: &[Suggestion]) -> Vec<Proposal> {
    inline_suggestion(suggestions)
        .map(|best| proposals_of(std::slice::from_ref(best)))
        .unwrap_or_default()
}

/// The closers an editor would have typed after the cursor for what the cursor's line opened before it: the quote
/// of a string left open, then the brackets, innermost first (`print(f"Hello, {` -> `")`; the `{` of a string's
/// placeholder is the string's). Escapes are honoured; comments are not told apart (cuts are never in them).
fn editor_closers(code: &str) -> String {
    let line = code.rsplit('\n').next().unwrap_or("");
    let mut brackets: Vec<char> = Vec::new();
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for character in line.chars() {
        match quote {
            Some(open) => {
                if escaped {
                    escaped = false;
                } else if character == '\\' {
                    escaped = true;
                } else if character == open {
                    quote = None;
                }
            }
            None => match character {
                '"' | '\'' | '`' => quote = Some(character),
                '(' | '[' | '{' => brackets.push(character),
                ')' | ']' | '}' => {
                    brackets.pop();
                }
                _ => {}
            },
        }
    }
    let mut closers: String = quote.into_iter().collect();
    closers.extend(brackets.iter().rev().map(|opener| match opener {
        '(' => ')',
        '[' => ']',
        _ => '}',
    }));
    closers
}

fn environment_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(default)
}

fn main() {
    // `cargo test --all-targets` runs this binary without `--bench`: the unit test `corpus_slice` covers that case.
    if !std::env::args().any(|argument| argument == "--bench") {
        return;
    }
    let per_kind = usize::try_from(environment_number("CUTS", 200)).unwrap_or(200);
    let seed = environment_number("SEED", 17);
    let wanted: Option<Vec<String>> = std::env::var("LANGUAGES")
        .ok()
        .map(|list| list.split(',').map(|name| name.trim().to_owned()).collect());
    let auto_pairs = environment_number("AUTO_PAIRS", 0) == 1;
    let model = ModelServer::from_environment();
    let with_model = model.is_some();
    let mut dump = String::new();
    let mut table: BTreeMap<(CorpusLanguage, CutKind), Tally> = BTreeMap::new();
    let mut origins = Vec::new();
    for (language_index, language) in CorpusLanguage::ALL.into_iter().enumerate() {
        if wanted
            .as_ref()
            .is_some_and(|names| !names.iter().any(|name| name == language.name()))
        {
            continue;
        }
        let (origin, files) = match sources(language) {
            Ok(found) => found,
            Err(why) => {
                origins.push(format!("- {}: not measured ({why})", language.name()));
                continue;
            }
        };
        let mut random = Random::new(seed.wrapping_mul(1000).wrapping_add(language_index as u64));
        let sampled = random.sample(&files, files.len());
        let mut texts = Vec::new();
        for path in sampled {
            if texts.len() == FILES_PER_LANGUAGE {
                break;
            }
            if let Ok(text) = std::fs::read_to_string(&path)
                && is_readable_source(&text)
            {
                texts.push((path, text));
            }
        }
        let per_file = 4.max(per_kind.div_ceil(texts.len().max(1)));
        let mut counts: BTreeMap<CutKind, usize> = BTreeMap::new();
        for (path, text) in &texts {
            for cut in corpus::cuts(text, language, per_file, &mut random) {
                let count = counts.entry(cut.kind).or_default();
                if *count >= per_kind {
                    continue;
                }
                *count += 1;
                let code = &text[cut.start..cut.cursor];
                let paired;
                let request = CompletionRequest {
                    code: if auto_pairs {
                        paired = format!("{code}{}", editor_closers(code));
                        &paired
                    } else {
                        code
                    },
                    cursor: code.chars().count(),
                    language: language.name(),
                };
                // The best of three runs: on a shared machine a single run may include a preemption (4 ms on
                // this kernel), which says nothing of the engine.
                let mut elapsed = Duration::MAX;
                let mut suggestions = Vec::new();
                for _ in 0..3 {
                    let started = Instant::now();
                    suggestions = suggest(&request).unwrap_or_default();
                    elapsed = elapsed.min(started.elapsed());
                }
                let proposals = proposals_of(&suggestions);
                // The response's `suggestion` is scored for hit and wrong, its `suggestions` for the top 3.
                let (listed_first, top3) = corpus::score(cut.kind, &proposals, &cut.expected);
                let inline = inline_of(&suggestions);
                let (outcome, _) = corpus::score(cut.kind, &inline, &cut.expected);
                let (frequent, nearest) = corpus::baselines(code);
                let nearest_text = nearest.clone().unwrap_or_default();
                let frequent_text = frequent.clone().unwrap_or_default();
                let baseline = |text: Option<String>| {
                    text.map(|text| Proposal {
                        cursor_offset: text.chars().count(),
                        text,
                    })
                    .into_iter()
                    .collect::<Vec<_>>()
                };
                let (frequent, _) = corpus::score(cut.kind, &baseline(frequent), &cut.expected);
                let (nearest, _) = corpus::score(cut.kind, &baseline(nearest), &cut.expected);
                let tally = table.entry((language, cut.kind)).or_default();
                tally.cuts += 1;
                tally.timings.push(elapsed);
                match outcome {
                    Outcome::Hit => tally.hit += 1,
                    Outcome::Wrong => tally.wrong += 1,
                    Outcome::Empty => tally.empty += 1,
                }
                tally.top3 += usize::from(top3);
                tally.top1 += usize::from(listed_first == Outcome::Hit);
                if let Some(server) = &model {
                    // The service's answer with a model: the model's text ranked among the rules' suggestions.
                    let prompt = ModelPrompt::new(code, "", language.name());
                    let ranked = match server.complete(&prompt) {
                        Some(completion) => rank_with_model(suggestions.clone(), &completion, ""),
                        None => suggestions.clone(),
                    };
                    let (with_model, _) =
                        corpus::score(cut.kind, &inline_of(&ranked), &cut.expected);
                    let (_, model_top3) =
                        corpus::score(cut.kind, &proposals_of(&ranked), &cut.expected);
                    tally.model_hit += usize::from(with_model == Outcome::Hit);
                    tally.model_wrong += usize::from(with_model == Outcome::Wrong);
                    tally.model_top3 += usize::from(model_top3);
                }
                tally.frequent_hit += usize::from(frequent == Outcome::Hit);
                tally.frequent_wrong += usize::from(frequent == Outcome::Wrong);
                tally.nearest_hit += usize::from(nearest == Outcome::Hit);
                tally.nearest_wrong += usize::from(nearest == Outcome::Wrong);
                // One line per cut: language, kind, outcome, the first suggestion's confidence and kind, the
                // file, the line up to the cursor, what follows, the suggestions, the nearest baseline's answer, the
                // time taken in microseconds, the cursor's byte offset in the file (to study what came before it),
                // whether the first listed suggestion was right, whether one of the first three was, each
                // suggestion's confidence and kind, and the most frequent baseline's answer.
                let line = code.rsplit('\n').next().unwrap_or("");
                let _ = writeln!(
                    dump,
                    "{}\t{}\t{:?}\t{}\t{}\t{}\t{:?}\t{:?}\t{:?}\t{:?}\t{}\t{}\t{:?}\t{}\t{:?}\t{:?}\t{:?}",
                    language.name(),
                    cut.kind.name(),
                    outcome,
                    suggestions.first().map_or(0.0, |s| s.confidence),
                    suggestions.first().map_or("", |s| s.kind),
                    path.display(),
                    line,
                    cut.expected,
                    proposals
                        .iter()
                        .map(|proposal| proposal.text.as_str())
                        .collect::<Vec<_>>(),
                    nearest_text,
                    elapsed.as_micros(),
                    cut.cursor,
                    listed_first,
                    top3,
                    suggestions
                        .iter()
                        .map(|suggestion| (suggestion.confidence * 1000.0).round() / 1000.0)
                        .collect::<Vec<_>>(),
                    suggestions
                        .iter()
                        .map(|suggestion| suggestion.kind)
                        .collect::<Vec<_>>(),
                    frequent_text
                );
            }
        }
        origins.push(format!(
            "- {}: {} files read of {} in {origin}",
            language.name(),
            texts.len(),
            files.len()
        ));
    }
    println!("Corpus (seed {seed}, up to {per_kind} cuts per language and kind):");
    for origin in &origins {
        println!("{origin}");
    }
    println!();
    let header = "| language | cut | cuts | hit % | wrong % | empty % | first listed % | top-3 % | p50 µs | p99 µs | most frequent: hit / wrong % | nearest: hit / wrong % |";
    if with_model {
        println!("{header} rules and model: hit / wrong / top-3 % |");
        println!("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    } else {
        println!("{header}");
        println!("|---|---|---|---|---|---|---|---|---|---|---|---|");
    }
    let mut everything = Tally::default();
    for language in CorpusLanguage::ALL {
        let mut all_kinds = Tally::default();
        for kind in CutKind::ALL {
            if let Some(tally) = table.get(&(language, kind)) {
                println!("{}", tally.row(language.name(), kind.name(), with_model));
                all_kinds.add(tally);
            }
        }
        if all_kinds.cuts > 0 {
            println!("{}", all_kinds.row(language.name(), "**all**", with_model));
            everything.add(&all_kinds);
        }
    }
    println!("{}", everything.row("**all**", "**all**", with_model));
    if let Some(path) = std::env::var_os("CORPUS_DUMP")
        && let Err(error) = std::fs::write(&path, dump)
    {
        eprintln!("cannot write {}: {error}", Path::new(&path).display());
    }
}
