//! `pairprog`: runs the server, or `pairprog init-db` to create the store's indexes (the spec's `init_db.py`).

use std::process::ExitCode;

use pairprog::{Application, Settings, open_store, telemetry};

const USAGE: &str = "usage: pairprog [serve | init-db]\n\n  serve    run the server (default)\n  init-db  create the database's tables and indexes, then exit\n\nConfiguration: config/default.toml, config/$APP_ENV.toml, .env and environment variables (see README).";

#[tokio::main]
async fn main() -> ExitCode {
    let command = std::env::args().nth(1);
    if matches!(command.as_deref(), Some("-h" | "--help" | "help")) {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let settings = match Settings::load() {
        Ok(settings) => settings,
        Err(error) => return fail(&error),
    };
    telemetry::init(settings.log_filter());
    match command.as_deref() {
        None | Some("serve") => serve(settings).await,
        Some("init-db") => init_db(&settings).await,
        Some(other) => {
            eprintln!("unknown command {other:?}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

async fn serve(settings: Settings) -> ExitCode {
    let host = settings.host.clone();
    let application = match Application::build(settings).await {
        Ok(application) => application,
        Err(error) => return fail(&error),
    };
    tracing::info!(
        "pairprog listening on http://{host}:{} (docs at /docs)",
        application.port()
    );
    match application.run_until_stopped().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => fail(&error),
    }
}

async fn init_db(settings: &Settings) -> ExitCode {
    let store = match open_store(settings).await {
        Ok(store) => store,
        Err(error) => return fail(&error),
    };
    match store.prepare().await {
        Ok(()) => {
            println!("database ready: rooms collection with a unique index on room_id");
            ExitCode::SUCCESS
        }
        Err(error) => fail(&error),
    }
}

fn fail(error: &dyn std::fmt::Display) -> ExitCode {
    eprintln!("error: {error}");
    ExitCode::FAILURE
}
