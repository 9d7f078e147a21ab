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
}

impl UpgradeCredentials {
    /// Reads the token of `request`: a `bearer.` subprotocol first, then `?token=` (or `?access_token=`).
    #[must_use]
    pub fn of(request: &HttpRequest) -> Self {
        let protocol_entry = request
            .headers()
            .get_all(header::SEC_WEBSOCKET_PROTOCOL)
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(','))
            .map(str::trim)
            .find(|entry| entry.starts_with(TOKEN_PROTOCOL_PREFIX))
            .map(str::to_owned);
        if let Some(entry) = protocol_entry {
            let token = entry[TOKEN_PROTOCOL_PREFIX.len()..].to_owned();
            return Self {
                token: (!token.is_empty()).then_some(token),
                protocol_entry: Some(entry),
            };
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
        }
    }

    /// The subprotocols the handshake may answer with, in the server's preference.
    #[must_use]
    pub fn protocols(&self) -> Vec<&str> {
        let mut protocols = vec![PROTOCOL];
        protocols.extend(self.protocol_entry.as_deref());
        protocols
    }
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
