//! A WebSocket client's token: where it is read from on the upgrade, and which open connections use which
//! token, so that revoking a token closes every one of them at once.
//!
//! Browsers cannot set headers on a WebSocket, so a browser client offers its token as a subprotocol:
//! `new WebSocket(url, ["pairprog", "bearer." + token])`. The server answers with `pairprog` (a browser
//! fails a connection whose answer names none of the protocols it offered), or with the token entry when
//! that was the only one offered. Other clients may put it in the query string (`?token=`, redacted in every
//! log line), and JSON clients may send it as their first message instead.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, PoisonError},
};

use actix_web::{HttpRequest, http::header, web};
use domain::ConnectionId;
use tokio_util::sync::CancellationToken;

/// The subprotocol the server answers a client that offered its token as one.
pub const PROTOCOL: &str = "pairprog";

/// The start of the subprotocol entry that carries a token: `bearer.<token>`.
pub const TOKEN_PROTOCOL_PREFIX: &str = "bearer.";

/// The token a client gave on its upgrade request, and the subprotocols the server may answer with.
#[derive(Debug, Default)]
pub struct UpgradeCredentials {
    /// The token, from the `Sec-WebSocket-Protocol` header or the `token` query parameter.
    pub token: Option<String>,
    /// The subprotocol entry that carried the token, if it came that way.
    pub protocol_entry: Option<String>,
    /// The entry that announced it (`bearer`, ...), when it came as the entry after one.
    pub marker: Option<String>,
}

impl UpgradeCredentials {
    /// Reads the token of `request`: from its subprotocols first, then `?token=` (or `?access_token=`).
    ///
    /// The subprotocol conventions read: an entry `bearer.<token>` (pairprog's), an entry after a marker
    /// entry (`bearer`, `access_token`, `token` or `jwt`: `["bearer", "<token>"]`, as some servers have
    /// clients send it), or an entry that is itself a JWT (three dot-separated base64url parts).
    #[must_use]
    pub fn of(request: &HttpRequest) -> Self {
        let offered: Vec<&str> = request
            .headers()
            .get_all(header::SEC_WEBSOCKET_PROTOCOL)
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(','))
            .map(str::trim)
            .filter(|entry| !entry.is_empty())
            .collect();
        if let Some(found) = from_protocols(&offered) {
            return found;
        }
        #[derive(serde::Deserialize)]
        struct Query {
            token: Option<String>,
            access_token: Option<String>,
        }
        let token = web::Query::<Query>::from_query(request.query_string())
            .ok()
            .and_then(|query| {
                let query = query.into_inner();
                query.token.or(query.access_token)
            })
            .filter(|token| !token.is_empty());
        Self {
            token,
            protocol_entry: None,
            marker: None,
        }
    }

    /// The subprotocols the handshake may answer with, in the server's preference: the client's first
    /// offered one among them is echoed.
    #[must_use]
    pub fn protocols(&self) -> Vec<&str> {
        let mut protocols = vec![PROTOCOL];
        protocols.extend(self.marker.as_deref());
        protocols.extend(self.protocol_entry.as_deref());
        protocols
    }
}

/// Subprotocol entries that announce that the next entry is a token.
const TOKEN_MARKERS: [&str; 4] = ["bearer", "access_token", "token", "jwt"];

/// The token among offered subprotocols, by the conventions of [`UpgradeCredentials::of`].
fn from_protocols(offered: &[&str]) -> Option<UpgradeCredentials> {
    if let Some(entry) = offered
        .iter()
        .find(|entry| entry.starts_with(TOKEN_PROTOCOL_PREFIX))
    {
        let token = &entry[TOKEN_PROTOCOL_PREFIX.len()..];
        return Some(UpgradeCredentials {
            token: (!token.is_empty()).then(|| token.to_owned()),
            protocol_entry: Some((*entry).to_owned()),
            marker: None,
        });
    }
    for pair in offered.windows(2) {
        if TOKEN_MARKERS
            .iter()
            .any(|marker| pair[0].eq_ignore_ascii_case(marker))
        {
            return Some(UpgradeCredentials {
                token: Some(pair[1].to_owned()),
                protocol_entry: Some(pair[1].to_owned()),
                marker: Some(pair[0].to_owned()),
            });
        }
    }
    offered
        .iter()
        .find(|entry| looks_like_jwt(entry))
        .map(|entry| UpgradeCredentials {
            token: Some((*entry).to_owned()),
            protocol_entry: Some((*entry).to_owned()),
            marker: None,
        })
}

/// Three non-empty base64url parts separated by dots (an unsigned `alg: none` token has an empty third).
fn looks_like_jwt(entry: &str) -> bool {
    let parts: Vec<&str> = entry.split('.').collect();
    parts.len() == 3
        && !parts[0].is_empty()
        && !parts[1].is_empty()
        && entry
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.'))
}

/// The open connections of each token id (`jti`), and the signal that closes each.
#[derive(Default)]
pub struct TokenRegistry {
    connections: Mutex<HashMap<String, HashMap<ConnectionId, CancellationToken>>>,
}

impl TokenRegistry {
    fn connections(
        &self,
    ) -> std::sync::MutexGuard<'_, HashMap<String, HashMap<ConnectionId, CancellationToken>>> {
        // One map operation at a time: a poisoned lock still holds a consistent map.
        self.connections
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// Records that `connection` uses the token `token_id`; `revoked` is cancelled if the token is revoked.
    /// The record lasts as long as the returned value.
    #[must_use]
    pub fn register(
        self: &Arc<Self>,
        token_id: &str,
        connection: ConnectionId,
        revoked: CancellationToken,
    ) -> TokenUse {
        self.connections()
            .entry(token_id.to_owned())
            .or_default()
            .insert(connection, revoked);
        TokenUse {
            registry: Arc::clone(self),
            token_id: token_id.to_owned(),
            connection,
        }
    }

    /// Signals every connection using `token_id` to close; returns how many there were.
    pub fn revoke(&self, token_id: &str) -> usize {
        let removed = self.connections().remove(token_id).unwrap_or_default();
        for signal in removed.values() {
            signal.cancel();
        }
        removed.len()
    }
}

/// A connection's use of a token, recorded in the [`TokenRegistry`] until dropped.
pub struct TokenUse {
    registry: Arc<TokenRegistry>,
    token_id: String,
    connection: ConnectionId,
}

impl Drop for TokenUse {
    fn drop(&mut self) {
        let mut connections = self.registry.connections();
        if let Some(users) = connections.get_mut(&self.token_id) {
            users.remove(&self.connection);
            if users.is_empty() {
                connections.remove(&self.token_id);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offered(entries: &[&str]) -> Option<(Option<String>, Vec<String>)> {
        from_protocols(entries).map(|found| {
            let protocols = found.protocols().iter().map(|p| (*p).to_owned()).collect();
            (found.token, protocols)
        })
    }

    #[test]
    fn a_token_is_read_from_each_subprotocol_convention() {
        let jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhIn0.c2ln";
        let bearer = format!("bearer.{jwt}");
        assert_eq!(
            offered(&["pairprog", &bearer])
                .and_then(|found| found.0)
                .as_deref(),
            Some(jwt)
        );
        let (token, protocols) = offered(&["bearer", jwt]).expect("found");
        assert_eq!(token.as_deref(), Some(jwt));
        assert!(protocols.contains(&"bearer".to_owned()));
        assert_eq!(
            offered(&["access_token", jwt])
                .and_then(|found| found.0)
                .as_deref(),
            Some(jwt)
        );
        assert_eq!(
            offered(&[jwt]).and_then(|found| found.0).as_deref(),
            Some(jwt)
        );
        assert!(offered(&["pairprog"]).is_none());
        assert!(offered(&["y-protocol.v1"]).is_none());
    }

    #[test]
    fn revoking_a_token_signals_each_of_its_connections_once() {
        let registry = Arc::new(TokenRegistry::default());
        let (first, second) = (CancellationToken::new(), CancellationToken::new());
        let _a = registry.register("t1", ConnectionId::new(1), first.clone());
        let b = registry.register("t1", ConnectionId::new(2), second.clone());
        let other = CancellationToken::new();
        let _c = registry.register("t2", ConnectionId::new(3), other.clone());
        drop(b);
        assert_eq!(registry.revoke("t1"), 1);
        assert!(first.is_cancelled() && !second.is_cancelled() && !other.is_cancelled());
        assert_eq!(registry.revoke("t1"), 0);
    }
}
