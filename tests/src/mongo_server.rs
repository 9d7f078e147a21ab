//! A MongoDB for the tests to run against: a real one when `MONGODB_URL` is set, otherwise a SecantusDB server
//! (a MongoDB-wire-protocol server on top of WiredTiger, installed from PyPI by `make test-deps`) started on a
//! free port with its own temporary storage.
//!
//! Each [`MongoTestServer`] hands out a database of its own, so tests can run in parallel and every test starts
//! from an empty store. Outside CI a missing SecantusDB skips the MongoDB tests with a note on stderr rather
//! than failing them, so `cargo test` works on a machine without Python; under CI it is an error, so the
//! MongoDB adapter can never go untested there.

use std::{
    collections::hash_map::RandomState,
    env,
    fs::{self, OpenOptions},
    hash::{BuildHasher, Hasher},
    net::{Ipv4Addr, TcpListener},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    sync::atomic::{AtomicU64, Ordering},
    thread,
    time::Duration,
};

use mongodb::{Client, bson::doc, options::ClientOptions};
use tempfile::TempDir;
use tokio::time::Instant;

/// The SecantusDB launcher installed by `pip install SecantusDB`.
const SECANTUSD: &str = "secantusd-py";
/// How long a freshly spawned SecantusDB may take to answer a ping (it starts a Python interpreter and
/// opens WiredTiger, a few seconds on a loaded CI machine).
const READY_TIMEOUT: Duration = Duration::from_secs(30);
/// How many lines of the server's log a failure shows.
const LOG_TAIL_LINES: usize = 40;

/// A MongoDB-wire server for one test, with a database of its own.
///
/// Dropping it stops the SecantusDB server it started and deletes its storage, or drops the test database
/// of the external MongoDB named by `MONGODB_URL`.
#[derive(Debug)]
pub struct MongoTestServer {
    url: String,
    database: String,
    /// `None` when the tests run against the external MongoDB of `MONGODB_URL`.
    process: Option<ServerProcess>,
}

impl MongoTestServer {
    /// Starts a server for one test, or returns `None` (after saying why on stderr) when no MongoDB is
    /// available outside CI.
    ///
    /// Uses the MongoDB of `MONGODB_URL` when that variable is set. Otherwise spawns SecantusDB, found as
    /// `$SECANTUSD`, then `<workspace>/.venv/bin/secantusd-py`, then `secantusd-py` on the `PATH`.
    ///
    /// # Panics
    /// When SecantusDB is missing under CI (`CI` set), when `SECANTUSD` names a missing file, or when the
    /// server does not start answering within 30 seconds (the panic shows the end of its log).
    pub async fn start() -> Option<Self> {
        let database = format!("pairprog_test_{}", unique_suffix());
        if let Ok(url) = env::var("MONGODB_URL") {
            return Some(Self {
                url,
                database,
                process: None,
            });
        }
        let Some(program) = find_secantusd() else {
            assert!(
                env::var_os("CI").is_none(),
                "SecantusDB is required under CI: run `make test-deps` (it installs `{SECANTUSD}` into \
                 {}), or set SECANTUSD to its path, or MONGODB_URL to a real MongoDB",
                default_secantusd().display()
            );
            eprintln!(
                "skipping a MongoDB test: `{SECANTUSD}` was not found (looked at $SECANTUSD, {} and the PATH) and \
                 MONGODB_URL is not set; run `make test-deps` to install SecantusDB",
                default_secantusd().display()
            );
            return None;
        };
        let process = ServerProcess::start(program).await;
        Some(Self {
            url: process.url(),
            database,
            process: Some(process),
        })
    }

    /// The connection string of the server.
    #[must_use]
    pub fn url(&self) -> String {
        self.url.clone()
    }

    /// The database this test owns: unique to this server value, and empty at first.
    #[must_use]
    pub fn database(&self) -> &str {
        &self.database
    }

    /// A driver client for the server, for tests that check what is stored without going through the adapter.
    ///
    /// # Panics
    /// When the URL is not one the driver accepts.
    pub async fn client(&self) -> Client {
        Client::with_uri_str(&self.url)
            .await
            .expect("a client for the test server")
    }

    /// Stops the server and starts it again on the same port and storage, waiting until it answers.
    ///
    /// The stop is a `SIGKILL`, not a clean shutdown: data that survives it survives a crash (the server
    /// syncs its log on every commit, see `spawn`). Clients connected before the restart should be replaced,
    /// as an application would reconnect after an outage. The external MongoDB of `MONGODB_URL` is not ours to
    /// restart: then this only prints a note, and a test checks persistence across a reconnection only.
    ///
    /// # Panics
    /// When the server does not come back within 30 seconds (the panic shows the end of its log).
    pub async fn restart(&mut self) {
        match &mut self.process {
            Some(process) => process.restart().await,
            None => {
                eprintln!("not restarting the external MongoDB of MONGODB_URL; only reconnecting")
            }
        }
    }
}

impl MongoTestServer {
    /// Stops the server and leaves it stopped, as in an outage, until [`Self::start_again`]. Returns `false`,
    /// doing nothing, for the external MongoDB of `MONGODB_URL`, which is not ours to stop.
    pub fn stop(&mut self) -> bool {
        match &mut self.process {
            Some(process) => {
                process.stop();
                true
            }
            None => false,
        }
    }

    /// Starts a stopped server again on the same port and storage, waiting until it answers.
    ///
    /// # Panics
    /// When the server does not come back within 30 seconds.
    pub async fn start_again(&mut self) {
        if let Some(process) = &mut self.process {
            process.child = spawn(&process.program, process.port, process.directory.path());
            process.wait_until_ready().await;
        }
    }
}

impl Drop for MongoTestServer {
    fn drop(&mut self) {
        if self.process.is_none() {
            drop_external_database(&self.url, &self.database);
        }
    }
}

/// A SecantusDB server process with its temporary directory (storage and log).
#[derive(Debug)]
struct ServerProcess {
    program: PathBuf,
    port: u16,
    child: Child,
    /// Holds `data/` (the WiredTiger home) and `server.log`; deleted on drop, after the process is reaped.
    directory: TempDir,
}

impl ServerProcess {
    /// Spawns SecantusDB on a free port with empty storage and waits until it answers.
    async fn start(program: PathBuf) -> Self {
        let directory = tempfile::Builder::new()
            .prefix("pairprog-secantus-")
            .tempdir()
            .expect("a temporary directory");
        let port = free_port();
        let child = spawn(&program, port, directory.path());
        let mut process = Self {
            program,
            port,
            child,
            directory,
        };
        process.wait_until_ready().await;
        process
    }

    fn url(&self) -> String {
        format!("mongodb://127.0.0.1:{}", self.port)
    }

    async fn restart(&mut self) {
        self.stop();
        self.child = spawn(&self.program, self.port, self.directory.path());
        self.wait_until_ready().await;
    }

    /// Kills the process and reaps it, so its port and its WiredTiger lock are free when this returns.
    fn stop(&mut self) {
        // A std `Child` rather than tokio's `kill_on_drop`: tokio's kill does not wait for the process, and
        // the directory must not be deleted, nor the storage reopened, while the old server still holds it.
        // Waiting on a process that was sent SIGKILL takes milliseconds, so blocking here is harmless.
        if let Err(error) = self.child.kill() {
            eprintln!(
                "could not kill SecantusDB (pid {}): {error}",
                self.child.id()
            );
        }
        if let Err(error) = self.child.wait() {
            eprintln!(
                "could not reap SecantusDB (pid {}): {error}",
                self.child.id()
            );
        }
    }

    /// Pings the server until it answers, giving up after [`READY_TIMEOUT`] or when the process exits.
    async fn wait_until_ready(&mut self) {
        let mut options = ClientOptions::parse(self.url()).await.expect("a valid URL");
        options.server_selection_timeout = Some(Duration::from_millis(500));
        options.connect_timeout = Some(Duration::from_millis(500));
        let client = Client::with_options(options).expect("a client for the test server");
        let deadline = Instant::now() + READY_TIMEOUT;
        loop {
            let error = match client
                .database("admin")
                .run_command(doc! { "ping": 1 })
                .await
            {
                Ok(_) => return,
                Err(error) => error,
            };
            if let Some(status) = self.child.try_wait().expect("the server's status") {
                panic!(
                    "SecantusDB exited at start-up ({status}); end of its log:\n{}",
                    self.log_tail()
                );
            }
            assert!(
                Instant::now() < deadline,
                "SecantusDB did not answer a ping on port {} within {READY_TIMEOUT:?} (last error: {}); end of its \
                 log:\n{}",
                self.port,
                error.kind,
                self.log_tail()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    fn log_tail(&self) -> String {
        let log = fs::read_to_string(log_path(self.directory.path()))
            .unwrap_or_else(|error| format!("({error})"));
        let lines: Vec<&str> = log.lines().collect();
        lines[lines.len().saturating_sub(LOG_TAIL_LINES)..].join("\n")
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Starts SecantusDB on `127.0.0.1:port`, storing in `directory/data` and logging to `directory/server.log`.
fn spawn(program: &Path, port: u16, directory: &Path) -> Child {
    // Appending, so the log of a restarted server follows the log of the one before.
    let log = OpenOptions::new()
        .create(true)
        .append(true)
        .open(log_path(directory))
        .expect("the server log");
    let log_for_stderr = log.try_clone().expect("the server log");
    Command::new(program)
        .args([
            "--host",
            "127.0.0.1",
            "--port",
            &port.to_string(),
            "--storage-path",
        ])
        .arg(directory.join("data"))
        // WiredTiger's cache is 1 GiB by default; tests store a few megabytes and may run many servers at once.
        .args(["--cache-size", "64M"])
        // By default SecantusDB acknowledges a write before its log reaches the disk (as mongod does with
        // j:false): a SIGKILL within ~100 ms of a write loses it, which made the restart test flaky. Syncing
        // on commit makes every acknowledged write survive `restart`'s kill.
        .arg("--sync-on-commit")
        .stdin(Stdio::null())
        .stdout(log)
        .stderr(log_for_stderr)
        .spawn()
        .unwrap_or_else(|error| panic!("cannot start {}: {error}", program.display()))
}

fn log_path(directory: &Path) -> PathBuf {
    directory.join("server.log")
}

/// A port that was free a moment ago: the OS picks one, we release it for the server.
///
/// Another process could take it in between; on a test machine that is rare enough, and the server's log
/// then says so.
fn free_port() -> u16 {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("a free port");
    listener.local_addr().expect("the port's address").port()
}

/// Where `make test-deps` installs SecantusDB: a virtualenv at the root of the workspace.
fn default_secantusd() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(".venv")
        .join("bin")
        .join(SECANTUSD)
}

/// The SecantusDB launcher to use, if there is one.
///
/// # Panics
/// When `SECANTUSD` names a file that does not exist: the user asked for that one, silently skipping would
/// hide the typo.
fn find_secantusd() -> Option<PathBuf> {
    if let Some(explicit) = env::var_os("SECANTUSD") {
        let explicit = PathBuf::from(explicit);
        assert!(
            explicit.is_file(),
            "SECANTUSD is set to {}, which is not a file",
            explicit.display()
        );
        return Some(explicit);
    }
    let in_workspace = default_secantusd();
    if in_workspace.is_file() {
        return Some(in_workspace);
    }
    env::split_paths(&env::var_os("PATH")?)
        .map(|directory| directory.join(SECANTUSD))
        .find(|path| path.is_file())
}

/// A suffix no other test server of any process is likely to use: the tests of several crates, or several
/// CI jobs, may share one external MongoDB.
fn unique_suffix() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    // RandomState is seeded from the OS, so this is random without a dependency for it.
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u32(std::process::id());
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    format!("{:016x}", hasher.finish())
}

/// Drops a test database of the external MongoDB, so test runs do not pile databases up in it.
///
/// `Drop` cannot await and the test's runtime may be shutting down, so this uses a runtime of its own on a
/// thread of its own (a driver client must stay on the runtime that made it). Failures are only reported.
fn drop_external_database(url: &str, database: &str) {
    let (owned_url, owned_database) = (url.to_owned(), database.to_owned());
    let dropper = thread::spawn(move || -> anyhow::Result<()> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        runtime.block_on(async {
            let mut options = ClientOptions::parse(&owned_url).await?;
            options.server_selection_timeout = Some(Duration::from_secs(2));
            Client::with_options(options)?
                .database(&owned_database)
                .drop()
                .await?;
            Ok(())
        })
    });
    match dropper.join() {
        Ok(Ok(())) => {}
        Ok(Err(error)) => eprintln!("could not drop the test database {database}: {error:#}"),
        Err(_) => {
            eprintln!("could not drop the test database {database}: the dropping thread panicked")
        }
    }
}
