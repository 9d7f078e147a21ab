//! The real `pairprog` binary for the tests that kill it: started on a free port with its SQLite store in a
//! directory, and killed with SIGKILL when dropped, so a failing test leaves no server behind.

use std::{
    net::TcpListener,
    path::Path,
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

/// A port nothing listens on now.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("address")
        .port()
}

/// The server process.
pub struct ServerProcess(Child);

impl ServerProcess {
    /// Starts `pairprog` on `port` with its SQLite store in `directory`, and waits until it answers.
    pub async fn start(directory: &Path, port: u16) -> Self {
        Self::start_with(directory, port, &[]).await
    }

    /// [`Self::start`], with these environment variables as well.
    pub async fn start_with(directory: &Path, port: u16, environment: &[(&str, &str)]) -> Self {
        let child = Command::new(env!("CARGO_BIN_EXE_pairprog"))
            .current_dir(directory)
            .env_clear()
            .env("HOST", "127.0.0.1")
            .env("PORT", port.to_string())
            .env("SQLITE_PATH", directory.join("rooms.sqlite3"))
            .env("LOG_LEVEL", "WARNING")
            .envs(environment.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the server binary starts");
        let server = Self(child);
        let deadline = Instant::now() + Duration::from_secs(30);
        let health = format!("http://127.0.0.1:{port}/health");
        while !reqwest::get(&health)
            .await
            .is_ok_and(|response| response.status().is_success())
        {
            assert!(Instant::now() < deadline, "the server did not come up");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        server
    }

    /// The process id.
    #[allow(dead_code)] // each test binary uses part of the support module
    pub fn id(&self) -> u32 {
        self.0.id()
    }

    /// `kill -9`, then waits for the process to be gone.
    pub fn kill_9(mut self) {
        self.0.kill().expect("SIGKILL");
        self.0.wait().expect("reaped");
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
