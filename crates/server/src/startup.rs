//! Wiring: opens the configured store, builds the services and the actix-web server, and runs it until a
//! signal (or a test) stops it, closing every WebSocket with 1001 on the way out.

use std::{net::TcpListener, sync::Arc, time::Duration};

use actix_cors::Cors;
use actix_web::{
    App, HttpRequest, HttpResponse, HttpServer, dev::Server, error::JsonPayloadError, web,
};
use adapters_completion::{OpenAiCompletionConfig, OpenAiCompletionProvider};
use adapters_sqlite::SqliteRoomRepository;
use adapters_ws::{LocalBroadcaster, RoomSocket, SessionSettings};
use domain::{
    ports::{CompletionProvider, Store},
    services::{AutocompleteService, CollaborationService, Limits, RoomService},
};
use tokio_util::sync::CancellationToken;

use crate::{
    api_error::ApiError,
    routes,
    settings::Settings,
    system::{OsEntropy, SystemClock},
};

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    /// The configured store could not be opened or prepared.
    #[error("{0}")]
    Store(String),
    /// The listening socket could not be bound.
    #[error("cannot listen on {address}: {source}")]
    Bind {
        /// The address tried.
        address: String,
        /// Why it failed.
        source: std::io::Error,
    },
    /// The model provider for autocomplete is misconfigured.
    #[error("{0}")]
    Completion(#[from] adapters_completion::ConfigurationError),
    /// The TLS certificate or key cannot be used.
    #[error("{0}")]
    Tls(#[from] crate::tls::TlsError),
}

/// Opens the store the settings select: MongoDB when `MONGODB_URL` is set, the SQLite file otherwise.
///
/// # Errors
/// [`StartupError::Store`] with a message that says what to do.
pub async fn open_store(settings: &Settings) -> Result<Arc<dyn Store>, StartupError> {
    if let Some(url) = &settings.mongodb_url {
        let timeout = Duration::from_secs(settings.mongodb_connect_timeout_secs.max(1));
        let options = adapters_mongo::ConnectOptions { timeout };
        let store = adapters_mongo::MongoRoomRepository::connect_with(
            url,
            &settings.database_name,
            options,
        )
        .await
        .map_err(|error| StartupError::Store(error.to_string()))?;
        tracing::info!(database = %settings.database_name, "using MongoDB");
        Ok(Arc::new(store))
    } else {
        let store = SqliteRoomRepository::open(&settings.sqlite_path)
            .await
            .map_err(|error| {
                StartupError::Store(format!(
                    "{error}. Check SQLITE_PATH, or set MONGODB_URL to use MongoDB"
                ))
            })?;
        tracing::info!(path = %settings.sqlite_path.display(), "using the embedded SQLite store");
        Ok(Arc::new(store))
    }
}

/// The autocomplete service the settings select: the rules and, when `COMPLETION_URL` is set, a model.
///
/// # Errors
/// [`StartupError::Completion`] when the URL or the API key cannot be used.
fn autocomplete_service(settings: &Settings) -> Result<AutocompleteService, StartupError> {
    // Half the cores run the rules at once (at least one): the HTTP workers keep the rest, so /health and the
    // rooms stay quick under a flood of requests with a megabyte of code each.
    let concurrency =
        std::thread::available_parallelism().map_or(1, |cores| (cores.get() / 2).max(1));
    let Some(url) = &settings.completion_url else {
        return Ok(AutocompleteService::rules_only().with_concurrency(concurrency));
    };
    let timeout = settings.completion_timeout();
    if u128::from(settings.completion_timeout_ms) > timeout.as_millis() {
        tracing::warn!(
            configured_ms = settings.completion_timeout_ms,
            used_ms = timeout.as_millis(),
            "COMPLETION_TIMEOUT_MS lowered to keep autocomplete within the spec's 500 ms"
        );
    }
    let config = OpenAiCompletionConfig {
        model: settings.completion_model.clone(),
        api_key: settings.completion_api_key.clone(),
        timeout,
        max_tokens: settings.completion_max_tokens,
        ..OpenAiCompletionConfig::new(url.clone())
    };
    let provider = OpenAiCompletionProvider::new(config)?;
    tracing::info!(
        endpoint = %provider.endpoint(),
        model = %settings.completion_model,
        "autocomplete asks a model as well as the rules"
    );
    let provider: Arc<dyn CompletionProvider> = Arc::new(provider);
    Ok(AutocompleteService::new(Some(provider)).with_concurrency(concurrency))
}

/// A built server, listening but not yet serving.
pub struct Application {
    port: u16,
    server: Server,
    shutdown: CancellationToken,
    collaboration: Arc<CollaborationService<LocalBroadcaster>>,
    sockets: Arc<RoomSocket>,
    shutdown_timeout: Duration,
}

/// How often live rooms are looked after (stored code refreshed, idle rooms unloaded).
const MAINTENANCE_INTERVAL: Duration = Duration::from_millis(250);

impl Application {
    /// Opens the configured store and builds the server on it.
    ///
    /// # Errors
    /// [`StartupError`] when the store cannot be opened or the address cannot be bound.
    pub async fn build(settings: Settings) -> Result<Self, StartupError> {
        let store = open_store(&settings).await?;
        Self::build_with_store(settings, store).await
    }

    /// Builds the server on a given store (tests pass in-memory or prepared stores here).
    ///
    /// # Errors
    /// [`StartupError`] when the store cannot be prepared or the address cannot be bound.
    pub async fn build_with_store(
        settings: Settings,
        store: Arc<dyn Store>,
    ) -> Result<Self, StartupError> {
        store
            .prepare()
            .await
            .map_err(|error| StartupError::Store(error.to_string()))?;
        let store = crate::store_guard::GuardedStore::wrap(store, settings.store_timeout());
        crate::prometheus::install();
        let autocomplete = Arc::new(autocomplete_service(&settings)?);
        let tls =
            crate::tls::server_config(settings.tls_cert.as_deref(), settings.tls_key.as_deref())?;
        let address = format!("{}:{}", settings.host, settings.port);
        let listener = TcpListener::bind(&address).map_err(|source| StartupError::Bind {
            address: address.clone(),
            source,
        })?;
        let port = listener
            .local_addr()
            .map_err(|source| StartupError::Bind { address, source })?
            .port();

        let shutdown = CancellationToken::new();
        let clock = Arc::new(SystemClock);
        let rooms = web::Data::new(RoomService::new(
            store.clone(),
            clock.clone(),
            Arc::new(OsEntropy),
        ));
        let limits = Limits {
            max_document_bytes: settings.max_document_bytes,
            compaction_threshold: settings.compaction_threshold,
            history_versions: settings.merge_history_versions,
            code_flush_delay_ms: i64::try_from(settings.code_flush_delay_ms).unwrap_or(i64::MAX),
            unload_grace_ms: i64::try_from(settings.room_unload_grace_ms).unwrap_or(i64::MAX),
        };
        let collaboration = Arc::new(
            CollaborationService::new(
                store.clone(),
                store,
                Arc::new(LocalBroadcaster::new()),
                clock,
                limits,
            )
            .with_rooms_created_on_join(settings.create_rooms_on_join),
        );
        let session_settings = SessionSettings {
            max_message_bytes: settings.max_message_bytes,
            outbound_queue_frames: settings.outbound_queue_frames,
            outbound_queue_bytes: settings.outbound_queue_bytes,
            heartbeat_interval: settings.heartbeat_interval(),
            client_timeout: settings.client_timeout(),
            max_connections: connection_cap(settings.max_connections),
            max_connections_per_address: settings.max_connections_per_address,
        };
        match collaboration.recover().await {
            Ok(0) => {}
            Ok(repaired) => tracing::warn!(
                repaired,
                "brought the stored code of rooms up to their update logs"
            ),
            Err(error) => {
                tracing::error!(%error, "could not check the stored code of rooms against their logs")
            }
        }
        // The runtime building the application (the binary's multi-threaded main runtime) runs what may take a
        // while, such as autocomplete on a large file, away from the HTTP workers that serve every connection.
        let background = tokio::runtime::Handle::current();
        let sockets = Arc::new(RoomSocket::new(
            Arc::clone(&collaboration),
            Arc::clone(&autocomplete),
            session_settings,
            shutdown.clone(),
            background.clone(),
        ));
        let background = web::Data::new(background);
        let autocomplete = web::Data::from(autocomplete);
        let live_rooms = web::Data::from(Arc::clone(&collaboration));
        let room_sockets = web::Data::from(Arc::clone(&sockets));
        let max_body = settings.max_message_bytes;
        let cors_origins = settings.cors_origins.clone();

        let app = move || {
            App::new()
                .wrap(cors(&cors_origins))
                .wrap(actix_web::middleware::from_fn(
                    crate::access_log::access_log,
                ))
                .app_data(rooms.clone())
                .app_data(live_rooms.clone())
                .app_data(autocomplete.clone())
                .app_data(room_sockets.clone())
                .app_data(background.clone())
                .app_data(json_config(max_body))
                .app_data(web::PayloadConfig::new(max_body))
                .service(routes::rooms::create_room)
                .service(routes::rooms::get_room)
                .service(routes::rooms::room_connections)
                .service(routes::autocomplete::suggest)
                .service(routes::health::health)
                .service(routes::health::ready)
                .service(crate::prometheus::render_metrics)
                .configure(routes::socket::configure)
                .service(routes::docs::openapi_json)
                .service(routes::docs::swagger_ui)
                .service(routes::docs::redoc)
                .service(routes::editor::landing)
                .service(routes::editor::room)
                .service(routes::assets::service())
                .default_service(web::to(not_found))
        };
        let server = HttpServer::new(app)
            // Collaboration traffic is many small frames: with Nagle's algorithm on, a frame can wait 40 ms for
            // the delayed ACK of a client that only reads (measured by the load generator: p99 and maxima fall
            // from ~40 ms to ~3 ms with it off).
            .tcp_nodelay(true);
        let server = if settings.http_workers > 0 {
            server.workers(settings.http_workers)
        } else {
            server
        };
        let scheme = if tls.is_some() { "https" } else { "http" };
        let server = match tls {
            Some(tls) => server.listen_rustls_0_23(listener, tls),
            None => server.listen(listener),
        };
        tracing::info!(address = %format!("{scheme}://{}:{port}", settings.host), "listening");
        let server = server
            .map_err(|source| StartupError::Bind {
                address: format!("{}:{port}", settings.host),
                source,
            })?
            .disable_signals()
            .shutdown_timeout(settings.shutdown_timeout_secs)
            .run();
        Ok(Self {
            port,
            server,
            shutdown,
            collaboration,
            sockets,
            shutdown_timeout: Duration::from_secs(settings.shutdown_timeout_secs),
        })
    }

    /// The port the server listens on (useful when it was configured as 0).
    #[must_use]
    pub fn port(&self) -> u16 {
        self.port
    }

    /// A token that stops the server when cancelled, as SIGINT or SIGTERM does.
    #[must_use]
    pub fn shutdown_token(&self) -> CancellationToken {
        self.shutdown.clone()
    }

    /// Serves until SIGINT, SIGTERM or the shutdown token; then closes every WebSocket with 1001 and lets
    /// in-flight requests finish before returning.
    ///
    /// # Errors
    /// When the server fails.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let handle = self.server.handle();
        let mut server = tokio::spawn(self.server);
        let maintenance = tokio::spawn(maintain(
            Arc::clone(&self.collaboration),
            self.shutdown.clone(),
        ));
        tokio::select! {
            result = &mut server => return result.map_err(std::io::Error::other)?,
            () = termination_signal() => tracing::info!("shutting down"),
            () = self.shutdown.cancelled() => {}
        }
        // Every WebSocket closes with 1001 first: the HTTP server's graceful stop then has only plain requests
        // to finish.
        self.shutdown.cancel();
        if !self.sockets.wait_closed(self.shutdown_timeout).await {
            tracing::warn!("some WebSocket connections did not close in time");
        }
        handle.stop(true).await;
        let served = server.await.map_err(std::io::Error::other)?;
        let _ = maintenance.await;
        // Every connection has closed: write the code of every room back to its record before exiting.
        self.collaboration.flush_all().await;
        served
    }
}

/// The most WebSocket connections to accept: `configured`, or when 0, nine tenths of the file-descriptor limit
/// (raised first from its soft value to the hard one), so REST requests and new joins always find a descriptor.
fn connection_cap(configured: usize) -> usize {
    if configured > 0 {
        return configured;
    }
    match rlimit::increase_nofile_limit(u64::MAX) {
        Ok(limit) => {
            let cap = usize::try_from(limit / 10 * 9).unwrap_or(usize::MAX);
            tracing::debug!(
                file_descriptors = limit,
                max_connections = cap,
                "connection cap"
            );
            cap
        }
        Err(error) => {
            tracing::warn!(%error, "cannot read the file-descriptor limit: WebSocket connections are not capped");
            0
        }
    }
}

/// Looks after live rooms until shutdown.
async fn maintain(
    collaboration: Arc<CollaborationService<LocalBroadcaster>>,
    shutdown: CancellationToken,
) {
    let mut ticks = tokio::time::interval(MAINTENANCE_INTERVAL);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            () = shutdown.cancelled() => return,
            _ = ticks.tick() => collaboration.maintain().await,
        }
    }
}

/// Resolves on SIGINT or SIGTERM.
async fn termination_signal() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut terminate =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(terminate) => terminate,
                Err(error) => {
                    tracing::warn!(error = %error, "cannot listen for SIGTERM");
                    let _ = interrupt.await;
                    return;
                }
            };
        tokio::select! {
            _ = interrupt => {}
            _ = terminate.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = interrupt.await;
}

fn cors(origins: &[String]) -> Cors {
    let cors = Cors::default()
        .allow_any_method()
        .allow_any_header()
        .max_age(3600);
    if origins.iter().any(|origin| origin == "*") {
        return cors.allow_any_origin().send_wildcard();
    }
    origins
        .iter()
        .fold(cors, |cors, origin| cors.allowed_origin(origin))
}

fn json_config(limit: usize) -> web::JsonConfig {
    web::JsonConfig::default()
        .limit(limit)
        .error_handler(move |error, _request: &HttpRequest| {
            let api_error = match &error {
                JsonPayloadError::ContentType => ApiError::UnsupportedMediaType,
                JsonPayloadError::Overflow { .. }
                | JsonPayloadError::OverflowKnownLength { .. } => ApiError::PayloadTooLarge(limit),
                JsonPayloadError::Deserialize(cause) => {
                    ApiError::Validation(format!("Invalid request body: {cause}"))
                }
                other => ApiError::BadRequest(format!("Could not read the request body: {other}")),
            };
            api_error.into()
        })
}

async fn not_found() -> HttpResponse {
    HttpResponse::NotFound().json(serde_json::json!({ "detail": "Not Found" }))
}
