//! The browser editor in a real Chromium (issue #15): two separate browser contexts pair-program in one room with
//! a JSON client, autocomplete, a server restart in the middle, and `/docs` and `/redoc`, with no request leaving
//! loopback. The scenario is `tests/browser/editor.test.mjs` (playwright-core driving Debian's `chromium`); this
//! test starts the real server on a SQLite file and stops and restarts it on the same port when the scenario asks.
//!
//! Needs Node.js, `chromium` and `web/node_modules` (`make test-deps`). Without them the test is skipped, except
//! under CI (`CI` set), where it fails. Screenshots land in `target/test-artifacts/`.

use std::{
    path::{Path, PathBuf},
    process::Stdio,
    time::Duration,
};

use pairprog_tests::app::{TestApp, spawn_app_from_settings, test_settings};
use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    process::Command,
};

/// The whole scenario takes ~20 s; this bounds a hung browser.
const SCENARIO_TIMEOUT: Duration = Duration::from_secs(120);

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Chromium, or `None` (after saying why) when the scenario cannot run here.
///
/// # Panics
/// Under CI, when anything the scenario needs is missing.
fn chromium() -> Option<PathBuf> {
    let chromium = std::env::var_os("CHROMIUM")
        .map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from);
    let node = std::process::Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|output| output.status.success());
    let playwright = repository().join("web/node_modules/playwright-core/package.json");
    let missing: Vec<String> = [
        (!node).then(|| "Node.js (`node`)".to_owned()),
        (!chromium.exists()).then(|| {
            format!(
                "Chromium ({}; apt-get install chromium)",
                chromium.display()
            )
        }),
        (!playwright.exists()).then(|| "web/node_modules (make test-deps)".to_owned()),
    ]
    .into_iter()
    .flatten()
    .collect();
    if missing.is_empty() {
        return Some(chromium);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "the browser tests need {}",
        missing.join(", ")
    );
    eprintln!("skipped: the browser tests need {}", missing.join(", "));
    None
}

fn artifact_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| repository().join("target"), PathBuf::from)
        .join("test-artifacts")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_people_pair_program_in_chromium_through_a_server_restart() {
    let Some(chromium) = chromium() else {
        return;
    };
    let data = tempfile::tempdir().expect("temporary directory");
    let mut settings = test_settings();
    settings.sqlite_path = data.path().join("rooms.sqlite3");
    let app = spawn_app_from_settings(settings.clone()).await;
    // Restarts listen on the same port, so the pages reconnect to the address they know.
    settings.port = app.port;
    let address = app.address.clone();

    let mut scenario = Command::new("node")
        .arg(repository().join("tests/browser/editor.test.mjs"))
        .arg(&address)
        .arg(artifact_dir())
        .env("CHROMIUM", chromium)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .kill_on_drop(true)
        .spawn()
        .expect("node starts");
    let mut requests = BufReader::new(scenario.stdout.take().expect("piped stdout")).lines();
    let mut answers = scenario.stdin.take().expect("piped stdin");

    let mut app: Option<TestApp> = Some(app);
    let status = tokio::time::timeout(SCENARIO_TIMEOUT, async {
        while let Some(line) = requests
            .next_line()
            .await
            .expect("read the scenario's requests")
        {
            let request: serde_json::Value =
                serde_json::from_str(&line).unwrap_or_else(|_| panic!("not a request: {line}"));
            let answer = match request["event"].as_str() {
                Some("stop") => {
                    if let Some(running) = app.take() {
                        running.stop().await;
                    }
                    "stopped\n"
                }
                Some("start") => {
                    app = Some(spawn_app_from_settings(settings.clone()).await);
                    "started\n"
                }
                _ => panic!("unknown request from the scenario: {line}"),
            };
            answers
                .write_all(answer.as_bytes())
                .await
                .expect("answer the scenario");
        }
        scenario.wait().await.expect("node exits")
    })
    .await
    .expect("the browser scenario finishes in time");
    assert!(
        status.success(),
        "the browser scenario failed ({status}); its log is above, screenshots in {}",
        artifact_dir().display()
    );
}
