//! The access log: one line per HTTP request (request id, method, path, status, duration, client address), and
//! the request metrics.
//!
//! Answered requests, client errors included, are logged at INFO: a 404 or a 422 is the client's business, not
//! an operator's alarm. Server errors (5xx) are logged at ERROR with the cause chain of the error that produced
//! them; the client only ever sees the opaque message. Query strings are logged with the value of any `token`
//! parameter replaced, so credentials passed in URLs never reach the logs.
//!
//! Each request gets a random (v4) UUID, logged as `request_id` and returned in the `x-request-id` header, so a
//! client's report of a failed request can be found in the logs. WebSocket upgrades pass here too (their line
//! has status 101); the transport logs their opening and closing.

use std::{fmt::Write as _, time::Instant};

use actix_web::{
    Error,
    body::MessageBody,
    dev::{ServiceRequest, ServiceResponse},
    http::header::{HeaderName, HeaderValue},
    middleware::Next,
};
use uuid::Uuid;

use crate::{api_error::ApiError, prometheus};

/// Query parameters whose value is a credential, replaced in logged paths.
const SECRET_PARAMETERS: [&str; 3] = ["token", "access_token", "api_key"];

/// Logs and counts each request; see the module documentation.
///
/// # Errors
/// Those of the wrapped service, unchanged.
pub async fn access_log(
    request: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let started = Instant::now();
    let request_id = Uuid::new_v4();
    let method = request.method().to_string();
    let path = logged_path(request.path(), request.query_string());
    let client = adapters_ws::client_address::ClientAddress::of_service(&request).to_string();
    let mut result = next.call(request).await;
    if let Ok(response) = &mut result
        && let Ok(value) = HeaderValue::from_str(&request_id.to_string())
    {
        response
            .headers_mut()
            .insert(HeaderName::from_static("x-request-id"), value);
    }
    let elapsed = started.elapsed();
    // Whole microseconds, so the logged number reads as 0.171 rather than 0.17159400000000002.
    #[allow(clippy::cast_precision_loss)]
    let duration_ms = elapsed.as_micros() as f64 / 1000.0;
    match &result {
        Ok(response) => {
            let status = response.status().as_u16();
            let route = response
                .request()
                .match_pattern()
                .unwrap_or_else(|| "unmatched".to_owned());
            prometheus::record_request(&route, &method, status, elapsed);
            if response.status().is_server_error() {
                let cause = response
                    .response()
                    .error()
                    .map_or_else(|| "no error recorded".to_owned(), cause_chain);
                tracing::error!(
                    target: "pairprog::access",
                    %request_id, method, path, status, duration_ms, client, error = %cause,
                    "request failed"
                );
            } else {
                tracing::info!(
                    target: "pairprog::access",
                    %request_id, method, path, status, duration_ms, client,
                    "request"
                );
            }
        }
        Err(error) => {
            tracing::error!(
                target: "pairprog::access",
                %request_id, method, path, duration_ms, client, error = %error,
                "request failed"
            );
        }
    }
    result
}

/// The error's message followed by each of its causes, `: `-separated.
fn cause_chain(error: &Error) -> String {
    let mut chain = error.to_string();
    let mut source = error
        .as_error::<ApiError>()
        .and_then(std::error::Error::source);
    while let Some(cause) = source {
        let _ = write!(chain, ": {cause}");
        source = cause.source();
    }
    chain
}

/// `path`, with `query` after a `?` when there is one, credential values replaced by `REDACTED`.
#[must_use]
pub fn logged_path(path: &str, query: &str) -> String {
    if query.is_empty() {
        return path.to_owned();
    }
    let query: Vec<String> = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            // The name as the query parser reads it: `%74oken=` is a `token` too.
            Some((name, _))
                if SECRET_PARAMETERS
                    .iter()
                    .any(|secret| percent_decoded(name).eq_ignore_ascii_case(secret)) =>
            {
                format!("{name}=REDACTED")
            }
            _ => pair.to_owned(),
        })
        .collect();
    format!("{path}?{}", query.join("&"))
}

/// `raw` with `%XX` escapes and `+` decoded, as `application/x-www-form-urlencoded` names are read.
fn percent_decoded(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let escaped = (bytes[index] == b'%')
            .then(|| bytes.get(index + 1..index + 3))
            .flatten()
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match (escaped, bytes[index]) {
            (Some(byte), _) => {
                decoded.push(byte);
                index += 3;
            }
            (None, b'+') => {
                decoded.push(b' ');
                index += 1;
            }
            (None, byte) => {
                decoded.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_values_are_redacted_from_logged_paths() {
        assert_eq!(logged_path("/health", ""), "/health");
        assert_eq!(
            logged_path("/rooms/abc", "token=s3cret&x=1&Access_Token=t"),
            "/rooms/abc?token=REDACTED&x=1&Access_Token=REDACTED"
        );
        assert_eq!(logged_path("/a", "tokens=1&flag"), "/a?tokens=1&flag");
        assert_eq!(
            logged_path("/ws/abc", "%74oken=s3cret&%54OKEN=t"),
            "/ws/abc?%74oken=REDACTED&%54OKEN=REDACTED"
        );
    }
}
