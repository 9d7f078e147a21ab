//! Request rates per client address, with actix-governor: room creations (`POST /rooms`) and WebSocket
//! upgrades. Past its quota an address gets 429 with `Retry-After` and a `{"detail"}` body; the quota refills
//! steadily (GCRA), so a client that keeps to the rate is never refused.

use std::{
    net::{IpAddr, Ipv6Addr},
    time::Duration,
};

use actix_governor::{
    Governor, GovernorConfig, GovernorConfigBuilder, KeyExtractor, PeerIpKeyExtractor,
    governor::{NotUntil, clock::QuantaInstant, middleware::NoOpMiddleware},
};
use actix_web::{
    HttpResponse, HttpResponseBuilder,
    dev::ServiceRequest,
    http::header::{self, ContentType},
    middleware::Condition,
};

/// The client's address as the key (the one behind a trusted proxy, see `adapters_ws::client_address`; IPv6 by
/// /56, as actix-governor's own extractor), with the API's
/// `{"detail"}` body on refusal.
#[derive(Debug, Clone, Copy)]
pub struct ClientAddress {
    /// What was limited, for the refusal's message.
    pub what: &'static str,
}

impl KeyExtractor for ClientAddress {
    type Key = std::net::IpAddr;
    type KeyExtractionError = <PeerIpKeyExtractor as KeyExtractor>::KeyExtractionError;

    fn extract(&self, request: &ServiceRequest) -> Result<Self::Key, Self::KeyExtractionError> {
        match adapters_ws::client_address::service_client_ip(request) {
            // IPv6 by /56 (a host usually has a whole /64 or more), as actix-governor's own extractor.
            Some(IpAddr::V6(address)) => Ok(IpAddr::V6(Ipv6Addr::from_bits(
                address.to_bits() & !((1_u128 << 72) - 1),
            ))),
            Some(address) => Ok(address),
            None => PeerIpKeyExtractor.extract(request),
        }
    }

    fn exceed_rate_limit_response(
        &self,
        negative: &NotUntil<QuantaInstant>,
        mut response: HttpResponseBuilder,
    ) -> HttpResponse {
        use actix_governor::governor::clock::{Clock, DefaultClock};
        let wait = negative.wait_time_from(DefaultClock::default().now());
        let seconds = adapters_ws::unknown_rooms::retry_after_secs(wait).max(1);
        response
            .insert_header((header::RETRY_AFTER, seconds.to_string()))
            .content_type(ContentType::json())
            .body(
                serde_json::json!({
                    "detail": format!("too many {} from this address: retry in {seconds} s", self.what)
                })
                .to_string(),
            )
    }
}

/// A rate limit of `per_minute` requests a minute per address (up to `per_minute` at once), or none when 0.
/// Cloning it shares its quotas: make it once, outside the per-worker app factory.
#[derive(Clone)]
pub struct RateLimit {
    enabled: bool,
    config: GovernorConfig<ClientAddress, NoOpMiddleware<QuantaInstant>>,
}

impl RateLimit {
    /// `per_minute` requests a minute per address; 0: no limit. `what` names the requests in refusals.
    #[must_use]
    pub fn per_minute(per_minute: u32, what: &'static str) -> Self {
        let quota = per_minute.max(1);
        let config = GovernorConfigBuilder::default()
            .key_extractor(ClientAddress { what })
            .period((Duration::from_secs(60) / quota).max(Duration::from_nanos(1)))
            .burst_size(quota)
            .finish()
            .expect("a period and a burst size above zero make a valid quota");
        Self {
            enabled: per_minute > 0,
            config,
        }
    }

    /// The middleware enforcing the limit (doing nothing when there is none).
    #[must_use]
    pub fn middleware(&self) -> Condition<Governor<ClientAddress, NoOpMiddleware<QuantaInstant>>> {
        Condition::new(self.enabled, Governor::new(&self.config))
    }
}
