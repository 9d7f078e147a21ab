//! Prometheus metrics at `GET /metrics`: the recorder behind the `metrics` facade, and the names of what is
//! recorded.
//!
//! Adapters record through the `metrics` facade where things happen (the access log middleware, the store guard,
//! the WebSocket fan-out and queues); the domain crate records nothing, so it stays free of IO. The recorder is
//! process-wide: installed once, by the first server built, and shared by every server of the process (tests
//! start several).
//!
//! | metric | type | labels |
//! | --- | --- | --- |
//! | `pairprog_http_requests_total` | counter | `route`, `method`, `status` |
//! | `pairprog_http_request_duration_seconds` | histogram | `route` |
//! | `pairprog_websocket_connections` | gauge (open now) | `protocol` (`json`, `yjs`) |
//! | `pairprog_websocket_connections_opened_total` | counter | `protocol` |
//! | `pairprog_rooms_loaded` | gauge | |
//! | `pairprog_json_client_text_bytes` | gauge | |
//! | `pairprog_edits_total` | counter (rate = edits/s) | |
//! | `pairprog_fanout_seconds` | histogram | |
//! | `pairprog_log_append_seconds` | histogram | |
//! | `pairprog_slow_clients_dropped_total` | counter | |
//! | `pairprog_autocomplete_seconds` | histogram | `transport` (`rest`, `websocket`) |
//! | `pairprog_store_timeouts_total` | counter | `operation` |
//! | `pairprog_build_info` | gauge (1) | `version` |

use std::{sync::OnceLock, time::Duration};

use actix_web::{HttpResponse, get, web};
use adapters_ws::LocalBroadcaster;
use domain::services::CollaborationService;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

/// Requests answered, by route pattern, method and status.
pub const HTTP_REQUESTS: &str = "pairprog_http_requests_total";
/// Time to answer a request, by route pattern.
pub const HTTP_REQUEST_DURATION: &str = "pairprog_http_request_duration_seconds";
/// Rooms loaded in memory.
pub const ROOMS_LOADED: &str = "pairprog_rooms_loaded";
/// Bytes the loaded rooms hold for their JSON connections (their last texts and the changes merged around
/// them), each room's kept within twice `MAX_DOCUMENT_BYTES`.
pub const JSON_CLIENT_TEXT_BYTES: &str = "pairprog_json_client_text_bytes";
/// Edits written to update logs (one per Yjs update or JSON change).
pub const EDITS: &str = "pairprog_edits_total";
/// Time to append a burst of edits to a room's update log.
pub const LOG_APPEND_DURATION: &str = "pairprog_log_append_seconds";
/// Autocomplete answer time, by transport.
pub const AUTOCOMPLETE_DURATION: &str = "pairprog_autocomplete_seconds";
/// Store calls that did not answer within `STORE_TIMEOUT_MS`, by operation.
pub const STORE_TIMEOUTS: &str = "pairprog_store_timeouts_total";

/// Histogram buckets, in seconds: from 100 µs (an in-memory fan-out) to 10 s (a store timing out).
const BUCKETS: [f64; 16] = [
    0.000_1, 0.000_25, 0.000_5, 0.001, 0.002_5, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
    5.0, 10.0,
];

/// How often histograms are folded and idle series cleaned when nobody scrapes.
const UPKEEP_INTERVAL: Duration = Duration::from_secs(5);

static HANDLE: OnceLock<Option<PrometheusHandle>> = OnceLock::new();

/// Installs the process-wide recorder (once) and returns its handle; `None` when another recorder was
/// installed first, in which case `/metrics` answers 503.
pub fn install() -> Option<&'static PrometheusHandle> {
    HANDLE
        .get_or_init(|| {
            let handle = PrometheusBuilder::new()
                .set_buckets_for_metric(Matcher::Suffix("_seconds".to_owned()), &BUCKETS)
                .and_then(PrometheusBuilder::install_recorder);
            match handle {
                Ok(handle) => {
                    let upkeep = handle.clone();
                    // A plain thread: upkeep is a few microseconds of locking every few seconds, and must not
                    // depend on which runtime (or how many) the process runs.
                    let spawned = std::thread::Builder::new()
                        .name("metrics-upkeep".into())
                        .spawn(move || {
                            loop {
                                std::thread::sleep(UPKEEP_INTERVAL);
                                upkeep.run_upkeep();
                            }
                        });
                    if let Err(error) = spawned {
                        tracing::warn!(%error, "cannot start the metrics upkeep thread");
                    }
                    ::metrics::gauge!("pairprog_build_info", "version" => env!("CARGO_PKG_VERSION"))
                        .set(1.0);
                    Some(handle)
                }
                Err(error) => {
                    tracing::warn!(%error, "metrics disabled: cannot install the Prometheus recorder");
                    None
                }
            }
        })
        .as_ref()
}

/// Every metric in Prometheus' text format.
#[get("/metrics")]
pub async fn render_metrics(
    live_rooms: web::Data<CollaborationService<LocalBroadcaster>>,
) -> HttpResponse {
    let Some(handle) = install() else {
        return HttpResponse::ServiceUnavailable()
            .json(serde_json::json!({ "detail": "metrics are not available in this process" }));
    };
    // Sampled when scraped: the count is a map's length, cheaper to read than to track on every load.
    #[allow(clippy::cast_precision_loss)]
    ::metrics::gauge!(ROOMS_LOADED).set(live_rooms.live_rooms() as f64);
    #[allow(clippy::cast_precision_loss)]
    ::metrics::gauge!(JSON_CLIENT_TEXT_BYTES).set(live_rooms.client_memory_total().await as f64);
    HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .body(handle.render())
}

/// Counts an answered request and records its duration.
pub fn record_request(route: &str, method: &str, status: u16, elapsed: Duration) {
    ::metrics::counter!(
        HTTP_REQUESTS,
        "route" => route.to_owned(),
        // Methods are client-chosen text: only the standard ones get a series of their own.
        "method" => match method {
            "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS" => method.to_owned(),
            _ => "OTHER".to_owned(),
        },
        "status" => status.to_string()
    )
    .increment(1);
    ::metrics::histogram!(HTTP_REQUEST_DURATION, "route" => route.to_owned()).record(elapsed);
}
