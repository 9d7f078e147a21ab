//! Who is on the other end of a request: the address that per-address limits count and logs show.
//!
//! Without a reverse proxy that is the TCP peer. Behind one, every client would have the proxy's address and
//! share one quota, so the operator names the proxies they trust (`FORWARDED_ALLOW_IPS`, as uvicorn calls it);
//! a request whose peer is one of them is counted under the address that `X-Forwarded-For` reports. That header
//! is a list the client starts and each proxy extends on the right, so only its right end can be believed: the
//! client is the first address from the right that is not a trusted proxy. A client that writes its own header
//! through a trusted proxy only adds entries on the left, which are never reached while an untrusted one stands
//! to their right.
//!
//! The server resolves the address once per request ([`ClientIp`] in the request's extensions); everything
//! that limits or logs by address reads it with [`client_ip`].

use std::net::{IpAddr, SocketAddr};

use actix_web::{HttpMessage, HttpRequest, dev::ServiceRequest, http::header::HeaderMap};
use ipnet::IpNet;

/// The header a reverse proxy appends the address of its own client to.
const FORWARDED_FOR: &str = "x-forwarded-for";

/// The reverse proxies whose `X-Forwarded-For` is believed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies {
    networks: Vec<IpNet>,
    everyone: bool,
}

/// A list of trusted proxies that does not parse.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{entry:?} is neither an IP address, a network such as 10.0.0.0/8, nor *")]
pub struct TrustedProxiesError {
    /// The entry that is not an address.
    pub entry: String,
}

impl TrustedProxies {
    /// Trusts no proxy: the client is always the TCP peer.
    #[must_use]
    pub fn none() -> Self {
        Self::default()
    }

    /// Parses a comma-separated list of addresses and networks (`127.0.0.1, 10.0.0.0/8, ::1`); `*` trusts every
    /// peer (only for a server that nothing but the proxy can reach). Empty: no proxy.
    ///
    /// # Errors
    /// [`TrustedProxiesError`] naming the first entry that is not an address, a network or `*`.
    pub fn parse(list: &str) -> Result<Self, TrustedProxiesError> {
        let mut trusted = Self::none();
        for entry in list
            .split(',')
            .map(str::trim)
            .filter(|entry| !entry.is_empty())
        {
            if entry == "*" {
                trusted.everyone = true;
            } else if let Ok(network) = entry.parse::<IpNet>() {
                trusted.networks.push(network.trunc());
            } else if let Ok(address) = entry.parse::<IpAddr>() {
                trusted.networks.push(IpNet::from(address.to_canonical()));
            } else {
                return Err(TrustedProxiesError {
                    entry: entry.to_owned(),
                });
            }
        }
        Ok(trusted)
    }

    /// Whether no proxy is trusted.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        !self.everyone && self.networks.is_empty()
    }

    /// Whether `address` is a trusted proxy.
    #[must_use]
    pub fn trusts(&self, address: IpAddr) -> bool {
        let address = address.to_canonical();
        self.everyone
            || self
                .networks
                .iter()
                .any(|network| network.contains(&address))
    }

    /// The client of a request that reached the server from `peer` with `headers`.
    ///
    /// From a trusted proxy, `X-Forwarded-For` (every such header, in order) is read from the right: proxies
    /// the operator trusts are skipped, and the first other address is the client. When every address is a
    /// trusted proxy, the leftmost is the client. An entry that is not an address (`unknown`, garbage) ends the
    /// walk: the request is counted under the last proxy that reported it.
    #[must_use]
    pub fn client_of(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let mut client = peer.to_canonical();
        if !self.trusts(client) {
            return client;
        }
        let hops: Vec<&str> = headers
            .get_all(FORWARDED_FOR)
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(','))
            .map(str::trim)
            .collect();
        for hop in hops.iter().rev() {
            let Some(address) = parse_hop(hop) else {
                break;
            };
            client = address;
            if !self.trusts(address) {
                break;
            }
        }
        client
    }
}

/// One address of `X-Forwarded-For`: `203.0.113.7`, `2001:db8::1`, and with a port as some proxies write them
/// (`203.0.113.7:4711`, `[2001:db8::1]:4711`).
fn parse_hop(hop: &str) -> Option<IpAddr> {
    hop.parse::<IpAddr>()
        .ok()
        .or_else(|| hop.parse::<SocketAddr>().ok().map(|socket| socket.ip()))
        .or_else(|| {
            hop.strip_prefix('[')
                .and_then(|rest| rest.strip_suffix(']'))
                .and_then(|inner| inner.parse::<IpAddr>().ok())
        })
        .map(|address| address.to_canonical())
}

/// The client's address of a request, resolved once by the server's edge and kept in its extensions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientIp(pub IpAddr);

/// Resolves the client of `request` with `proxies` and records it in its extensions, for [`client_ip`].
pub fn resolve(request: &ServiceRequest, proxies: &TrustedProxies) {
    if let Some(peer) = request.peer_addr() {
        let client = proxies.client_of(peer.ip(), request.headers());
        request.extensions_mut().insert(ClientIp(client));
    }
}

/// The client's address of `request`: the one the edge resolved, else the TCP peer's.
#[must_use]
pub fn client_ip(request: &HttpRequest) -> Option<IpAddr> {
    request
        .extensions()
        .get::<ClientIp>()
        .map(|client| client.0)
        .or_else(|| request.peer_addr().map(|peer| peer.ip().to_canonical()))
}

/// Who a request came from, as logs show it: the TCP peer with its port, or the client a trusted proxy named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientAddress {
    peer: Option<SocketAddr>,
    client: Option<IpAddr>,
}

impl ClientAddress {
    /// The client of `request`.
    #[must_use]
    pub fn of(request: &HttpRequest) -> Self {
        Self {
            peer: request.peer_addr(),
            client: client_ip(request),
        }
    }

    /// The client of a request still on its way through the middleware.
    #[must_use]
    pub fn of_service(request: &ServiceRequest) -> Self {
        Self {
            peer: request.peer_addr(),
            client: service_client_ip(request),
        }
    }

    /// The address the limits per address count.
    #[must_use]
    pub fn ip(&self) -> Option<IpAddr> {
        self.client
    }
}

impl std::fmt::Display for ClientAddress {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.peer, self.client) {
            (Some(peer), Some(client)) if peer.ip().to_canonical() != client => {
                client.fmt(formatter)
            }
            (Some(peer), _) => peer.fmt(formatter),
            (None, Some(client)) => client.fmt(formatter),
            (None, None) => formatter.write_str("-"),
        }
    }
}

/// [`client_ip`] for a request still on its way through the middleware.
#[must_use]
pub fn service_client_ip(request: &ServiceRequest) -> Option<IpAddr> {
    request
        .extensions()
        .get::<ClientIp>()
        .map(|client| client.0)
        .or_else(|| request.peer_addr().map(|peer| peer.ip().to_canonical()))
}

#[cfg(test)]
mod tests {
    use actix_web::http::header::{HeaderName, HeaderValue};

    use super::*;

    fn headers(values: &[&str]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for value in values {
            map.append(
                HeaderName::from_static(FORWARDED_FOR),
                HeaderValue::from_str(value).expect("a test header"),
            );
        }
        map
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().expect("a test address")
    }

    #[test]
    fn without_trusted_proxies_the_peer_is_the_client_whatever_it_claims() {
        let proxies = TrustedProxies::none();
        assert!(proxies.is_empty());
        assert_eq!(
            proxies.client_of(ip("127.0.0.1"), &headers(&["203.0.113.7"])),
            ip("127.0.0.1")
        );
    }

    #[test]
    fn a_trusted_proxy_reports_its_client() {
        let proxies = TrustedProxies::parse("127.0.0.1").expect("valid");
        assert_eq!(
            proxies.client_of(ip("127.0.0.1"), &headers(&["203.0.113.7"])),
            ip("203.0.113.7")
        );
        // Not from the proxy: the header is the client's own claim and is ignored.
        assert_eq!(
            proxies.client_of(ip("198.51.100.2"), &headers(&["203.0.113.7"])),
            ip("198.51.100.2")
        );
    }

    #[test]
    fn a_forged_entry_on_the_left_is_never_reached() {
        let proxies = TrustedProxies::parse("10.0.0.0/8, 127.0.0.1").expect("valid");
        // The client wrote "1.2.3.4" itself; the proxies appended 203.0.113.7 (the real client) and 10.0.0.5.
        let forwarded = headers(&["1.2.3.4, 203.0.113.7", "10.0.0.5"]);
        assert_eq!(
            proxies.client_of(ip("127.0.0.1"), &forwarded),
            ip("203.0.113.7")
        );
    }

    #[test]
    fn only_proxies_in_the_chain_make_the_leftmost_the_client() {
        let proxies = TrustedProxies::parse("10.0.0.0/8").expect("valid");
        assert_eq!(
            proxies.client_of(ip("10.0.0.1"), &headers(&["10.1.1.1, 10.2.2.2"])),
            ip("10.1.1.1")
        );
    }

    #[test]
    fn garbage_ends_the_walk_at_the_last_proxy() {
        let proxies = TrustedProxies::parse("127.0.0.1").expect("valid");
        assert_eq!(
            proxies.client_of(ip("127.0.0.1"), &headers(&["unknown"])),
            ip("127.0.0.1")
        );
        assert_eq!(
            proxies.client_of(ip("127.0.0.1"), &headers(&[])),
            ip("127.0.0.1")
        );
    }

    #[test]
    fn addresses_with_ports_and_mapped_ipv4_are_read() {
        let proxies = TrustedProxies::parse("::1, 127.0.0.1").expect("valid");
        assert_eq!(
            proxies.client_of(ip("::1"), &headers(&["[2001:db8::1]:4711"])),
            ip("2001:db8::1")
        );
        assert_eq!(
            proxies.client_of(ip("::ffff:127.0.0.1"), &headers(&["203.0.113.7:80"])),
            ip("203.0.113.7")
        );
    }

    #[test]
    fn a_star_trusts_every_peer_and_a_bad_entry_is_named() {
        let proxies = TrustedProxies::parse("*").expect("valid");
        assert!(proxies.trusts(ip("198.51.100.2")));
        assert_eq!(
            TrustedProxies::parse("127.0.0.1, proxy.local"),
            Err(TrustedProxiesError {
                entry: "proxy.local".to_owned()
            })
        );
        assert!(TrustedProxies::parse(" ").expect("valid").is_empty());
    }
}
