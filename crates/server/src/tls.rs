//! Optional TLS: the rustls server configuration from `TLS_CERT` and `TLS_KEY` (PEM files), so the server
//! speaks `https://` and `wss://` without a proxy in front.

use std::{path::Path, sync::Arc};

use rustls::ServerConfig;
use rustls_pki_types::{CertificateDer, PrivateKeyDer, pem::PemObject};

/// Why TLS could not be set up; the message names the setting and the file.
#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    /// Only one of the two files is configured.
    #[error(
        "TLS_CERT and TLS_KEY must be set together (set both to serve https:// and wss://, or neither)"
    )]
    Incomplete,
    /// A file could not be read as PEM.
    #[error("{variable}={path}: {reason}")]
    File {
        /// The environment variable naming the file.
        variable: &'static str,
        /// The file.
        path: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The key does not match the certificate, or rustls refused them.
    #[error("TLS_CERT and TLS_KEY cannot be used together: {0}")]
    Refused(#[from] rustls::Error),
}

/// The server configuration for the certificate chain in `cert` and the private key in `key`, with the ring
/// provider and rustls' safe default protocol versions (TLS 1.2 and 1.3); `None` when neither is configured.
///
/// # Errors
/// [`TlsError`] when only one is configured, a file is unreadable or holds no PEM of its kind, or the key does
/// not fit the certificate.
pub fn server_config(
    cert: Option<&Path>,
    key: Option<&Path>,
) -> Result<Option<ServerConfig>, TlsError> {
    let (cert, key) = match (cert, key) {
        (None, None) => return Ok(None),
        (Some(cert), Some(key)) => (cert, key),
        _ => return Err(TlsError::Incomplete),
    };
    let file_error = |variable, path: &Path, reason: String| TlsError::File {
        variable,
        path: path.display().to_string(),
        reason,
    };
    let chain = CertificateDer::pem_file_iter(cert)
        .and_then(Iterator::collect::<Result<Vec<_>, _>>)
        .map_err(|error| file_error("TLS_CERT", cert, error.to_string()))?;
    if chain.is_empty() {
        return Err(file_error(
            "TLS_CERT",
            cert,
            "no PEM certificate (-----BEGIN CERTIFICATE-----) in the file".into(),
        ));
    }
    let private_key = PrivateKeyDer::from_pem_file(key)
        .map_err(|error| file_error("TLS_KEY", key, error.to_string()))?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_no_client_auth()
        .with_single_cert(chain, private_key)?;
    Ok(Some(config))
}
