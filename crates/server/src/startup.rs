//! Wiring: opens the configured store, builds the services and the actix-web server, and runs it until a
//! signal (or a test) stops it, closing every WebSocket with 1001 on the way out.

use std::{net::TcpListener, sync::Arc, time::Duration};

use actix_cors::Cors;
use actix_web::{
    App, HttpRequest, HttpResponse, HttpServer, dev::Server, error::JsonPayloadError, guard, web,
};
use adapters_completion::{OpenAiCompletionConfig, OpenAiCompletionProvider};
use adapters_jwt::{JwtAuthority, JwtSettings};
use adapters_memory::InMemoryTokenLedger;
use adapters_sqlite::SqliteRoomRepository;
use adapters_ws::{LocalBroadcaster, RoomSocket, SessionSettings, UnknownRoomLimiter};
use domain::{
    ports::{Clock, CompletionProvider, Entropy, RoomRepository, Store, TokenLedger},
    services::{
        AccessService, AutocompleteService, CollaborationService, HistoryRecorder, HistoryService,
        HistorySettings, Limits, PRESENCE_INTERVAL_MS, RoomService,
    },
};
use tokio_util::sync::CancellationToken;

use crate::{
    api_error::ApiError,
    rate_limit::RateLimit,
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
    /// A token key (`AUTH_JWT_SECRET`, `AUTH_JWT_PUBLIC_KEY`) cannot be used.
    #[error("{0}")]
    Access(String),
}

/// The access rules the settings select: the policy, the JWT keys, and `ledger` for share tokens.
///
/// # Errors
/// [`StartupError::Access`] when a key cannot be read or used.
fn access_service(
    settings: &Settings,
    rooms: Arc<dyn RoomRepository>,
    ledger: Arc<dyn TokenLedger>,
    clock: Arc<dyn Clock>,
) -> Result<AccessService, StartupError> {
    let public_key_pem = match settings.auth_jwt_public_key.as_deref() {
        None => None,
        Some(pem) if pem.trim_start().starts_with("-----BEGIN") => Some(pem.as_bytes().to_vec()),
        Some(path) => Some(std::fs::read(path).map_err(|error| {
            StartupError::Access(format!(
                "cannot read AUTH_JWT_PUBLIC_KEY file {path}: {error}"
            ))
        })?),
    };
    let jwt_settings = JwtSettings {
        secret: settings
            .auth_jwt_secret
            .as_ref()
            .map(|secret| secret.as_bytes().to_vec()),
        public_key_pem,
        audience: settings.auth_jwt_audience.clone(),
        issuer: settings.auth_jwt_issuer.clone(),
        leeway_secs: settings.auth_clock_skew_secs,
    };
    // The server's own key, for share links when no secret is configured: never stored, never shown.
    let mut random_secret = [0_u8; 32];
    OsEntropy.fill(&mut random_secret);
    let authority = Arc::new(
        JwtAuthority::new(&jwt_settings, &random_secret)
            .map_err(|error| StartupError::Access(error.to_string()))?,
    );
    let policy = settings.access_policy();
    tracing::info!(mode = policy.mode.name(), "access control");
    Ok(AccessService::new(
        policy,
        authority.clone(),
        authority,
        ledger,
        rooms,
        clock,
        Arc::new(OsEntropy),
        settings.auth_share_max_lifetime_secs,
    ))
}

/// The store the settings select, with the ledger of share tokens kept in it.
pub struct ConfiguredStore {
    /// Rooms, their logs and their history.
    pub store: Arc<dyn Store>,
    /// The share links minted and revoked, in the same database: a revocation outlives the process, and
    /// every instance on one MongoDB sees it.
    pub token_ledger: Arc<dyn TokenLedger>,
}

/// Opens the store the settings select: MongoDB when `MONGODB_URL` is set, the SQLite file otherwise.
///
/// # Errors
/// [`StartupError::Store`] with a message that says what to do.
pub async fn open_store(settings: &Settings) -> Result<ConfiguredStore, StartupError> {
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    if let Some(url) = &settings.mongodb_url {
        let timeout = Duration::from_secs(settings.mongodb_connect_timeout_secs.max(1));
        let options = adapters_mongo::ConnectOptions { timeout };
        let store = adapters_mongo::MongoRoomRepository::connect_with(
            url,
            &settings.database_name,
            options,
        )
        .await
        .map_err(|error| StartupError::Store(error.to_string()))?
        .with_version_retention(settings.version_retention_age);
        tracing::info!(database = %settings.database_name, "using MongoDB");
        Ok(ConfiguredStore {
            token_ledger: Arc::new(store.token_ledger(clock)),
            store: Arc::new(store),
        })
    } else {
        let store = SqliteRoomRepository::open(&settings.sqlite_path)
            .await
            .map_err(|error| {
                StartupError::Store(format!(
                    "{error}. Check SQLITE_PATH, or set MONGODB_URL to use MongoDB"
                ))
            })?;
        tracing::info!(path = %settings.sqlite_path.display(), "using the embedded SQLite store");
        Ok(ConfiguredStore {
            token_ledger: Arc::new(store.token_ledger(clock)),
            store: Arc::new(store),
        })
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
    history: Arc<HistoryService<LocalBroadcaster>>,
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
        let ConfiguredStore {
            store,
            token_ledger,
        } = open_store(&settings).await?;
        Self::build_with_adapters(settings, store, token_ledger).await
    }

    /// Builds the server on a given store, with share tokens kept in memory (tests pass in-memory or prepared
    /// stores here).
    ///
    /// # Errors
    /// [`StartupError`] when the store cannot be prepared or the address cannot be bound.
    pub async fn build_with_store(
        settings: Settings,
        store: Arc<dyn Store>,
    ) -> Result<Self, StartupError> {
        let token_ledger = Arc::new(InMemoryTokenLedger::new(Arc::new(SystemClock)));
        Self::build_with_adapters(settings, store, token_ledger).await
    }

    /// Builds the server on a given store and ledger of share tokens.
    ///
    /// # Errors
    /// [`StartupError`] when the store cannot be prepared or the address cannot be bound.
    pub async fn build_with_adapters(
        settings: Settings,
        store: Arc<dyn Store>,
        token_ledger: Arc<dyn TokenLedger>,
    ) -> Result<Self, StartupError> {
        store
            .prepare()
            .await
            .map_err(|error| StartupError::Store(error.to_string()))?;
        let token_ledger =
            crate::store_guard::GuardedLedger::wrap(token_ledger, settings.store_timeout());
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
        let clock: Arc<dyn Clock> = Arc::new(SystemClock);
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
        let recorder = Arc::new(HistoryRecorder::new(store.clone()));
        let collaboration = Arc::new(
            CollaborationService::new(
                store.clone(),
                store.clone(),
                Arc::new(LocalBroadcaster::new()),
                clock.clone(),
                limits,
            )
            .with_rooms_created_on_join(settings.create_rooms_on_join)
            .with_recorder(recorder.clone()),
        );
        let history = Arc::new(HistoryService::new(
            recorder,
            store.clone(),
            store.clone(),
            store.clone(),
            Arc::clone(&collaboration),
            clock.clone(),
            Arc::new(OsEntropy),
            history_settings(&settings),
        ));
        let session_settings = SessionSettings {
            max_message_bytes: settings.max_message_bytes,
            outbound_queue_frames: settings.outbound_queue_frames,
            outbound_queue_bytes: settings.outbound_queue_bytes,
            heartbeat_interval: settings.heartbeat_interval(),
            client_timeout: settings.client_timeout(),
            max_connections: connection_cap(settings.max_connections),
            max_connections_per_address: settings.max_connections_per_address,
            max_partial_messages_bytes: settings.max_partial_messages_bytes,
            max_clients_per_room: settings.max_clients_per_room,
            auth_timeout: Duration::from_secs(settings.auth_timeout_secs.max(1)),
        };
        let access = Arc::new(access_service(
            &settings,
            store.clone(),
            token_ledger,
            clock.clone(),
        )?);
        let unknown_rooms =
            UnknownRoomLimiter::per_minute(settings.rate_limit_unknown_rooms_per_minute)
                .map(Arc::new);
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
        let mut sockets = RoomSocket::new(
            Arc::clone(&collaboration),
            Arc::clone(&autocomplete),
            session_settings,
            shutdown.clone(),
            background.clone(),
        )
        .with_access(Arc::clone(&access));
        if let Some(limiter) = &unknown_rooms {
            sockets = sockets.with_unknown_room_limiter(Arc::clone(limiter));
        }
        let sockets = Arc::new(sockets);
        let gatekeeper = web::Data::new(crate::gatekeeper::Gatekeeper::new(access, unknown_rooms));
        let origins = web::Data::new(routes::socket::AllowedOrigins(
            settings.cors_origins.clone(),
        ));
        // One quota per address, shared by every worker: the limiters are made here, once.
        let room_creations =
            RateLimit::per_minute(settings.rate_limit_rooms_per_minute, "room creations");
        let upgrades = RateLimit::per_minute(
            settings.rate_limit_websockets_per_minute,
            "WebSocket connections",
        );
        let background = web::Data::new(background);
        let autocomplete = web::Data::from(autocomplete);
        let live_rooms = web::Data::from(Arc::clone(&collaboration));
        let room_history = web::Data::from(Arc::clone(&history));
        let room_sockets = web::Data::from(Arc::clone(&sockets));
        let max_body = settings.max_message_bytes;
        let cors_origins = settings.cors_origins.clone();
        let proxies = Arc::new(settings.trusted_proxies());
        if !proxies.is_empty() {
            tracing::info!(
                proxies = settings.forwarded_allow_ips,
                "clients named by X-Forwarded-For from these proxies"
            );
        }

        let app = move || {
            let proxies = Arc::clone(&proxies);
            App::new()
                .wrap(cors(&cors_origins))
                .wrap(actix_web::middleware::from_fn(
                    crate::access_log::access_log,
                ))
                // Outermost: the client is known before anything limits or logs by address.
                .wrap_fn(move |request, service| {
                    adapters_ws::client_address::resolve(&request, &proxies);
                    actix_web::dev::Service::call(service, request)
                })
                .app_data(rooms.clone())
                .app_data(live_rooms.clone())
                .app_data(room_history.clone())
                .app_data(autocomplete.clone())
                .app_data(room_sockets.clone())
                .app_data(background.clone())
                .app_data(gatekeeper.clone())
                .app_data(origins.clone())
                .app_data(json_config(max_body))
                .app_data(web::PayloadConfig::new(max_body))
                .service(
                    // Other methods fall through to the other routes (404), as before the limit.
                    web::resource("/rooms")
                        .guard(guard::Post())
                        .wrap(room_creations.middleware())
                        .route(web::post().to(routes::rooms::create_room)),
                )
                .service(routes::share::create_share_token)
                .service(routes::share::revoke_share_token)
                .service(routes::rooms::get_room)
                .service(routes::rooms::room_connections)
                .service(routes::rooms::room_participants)
                .service(routes::history::delete_room)
                .service(routes::history::save_version)
                .service(routes::history::list_versions)
                .service(routes::history::get_version)
                .service(routes::history::diff_versions)
                .service(routes::history::diff_live)
                .service(routes::history::restore_version)
                .service(routes::history::blame)
                .service(routes::autocomplete::suggest)
                .service(routes::health::health)
                .service(routes::health::ready)
                .service(crate::prometheus::render_metrics)
                .configure(|config| routes::socket::configure(config, &upgrades))
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
            history,
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
            Arc::clone(&self.history),
            self.shutdown.clone(),
        ));
        let presence = tokio::spawn(send_presence(
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
        let _ = presence.await;
        // Every connection has closed: write the code of every room back to its record before exiting, and
        // save the checkpoints now due (every room was left).
        self.collaboration.flush_all().await;
        self.history.maintain().await;
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

/// Looks after live rooms and their history until shutdown.
async fn maintain(
    collaboration: Arc<CollaborationService<LocalBroadcaster>>,
    history: Arc<HistoryService<LocalBroadcaster>>,
    shutdown: CancellationToken,
) {
    let mut ticks = tokio::time::interval(MAINTENANCE_INTERVAL);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            () = shutdown.cancelled() => return,
            _ = ticks.tick() => {
                collaboration.maintain().await;
                history.maintain().await;
            }
        }
    }
}

/// Sends gathered presence changes every [`PRESENCE_INTERVAL_MS`] (the throttle of `presence` messages), and
/// expires awareness states nobody renewed, until shutdown.
async fn send_presence(
    collaboration: Arc<CollaborationService<LocalBroadcaster>>,
    shutdown: CancellationToken,
) {
    const EXPIRY_EVERY: u32 = 20;
    let mut ticks = tokio::time::interval(Duration::from_millis(PRESENCE_INTERVAL_MS));
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut count = 0_u32;
    loop {
        tokio::select! {
            () = shutdown.cancelled() => return,
            _ = ticks.tick() => {
                collaboration.flush_presence().await;
                count = count.wrapping_add(1);
                collaboration
                    .broadcaster()
                    .tick_awareness(count.is_multiple_of(EXPIRY_EVERY));
            }
        }
    }
}

/// The history's timings and bounds from the settings.
fn history_settings(settings: &Settings) -> HistorySettings {
    let millis = |duration: Duration| i64::try_from(duration.as_millis()).unwrap_or(i64::MAX);
    HistorySettings {
        checkpoint_idle_ms: i64::try_from(settings.version_checkpoint_idle_ms).unwrap_or(i64::MAX),
        retention_count: settings.version_retention_count,
        retention_age_ms: settings.version_retention_age.map(millis),
        room_ttl_ms: settings.room_ttl.map(millis),
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
