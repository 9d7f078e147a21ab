//! Tokens as JSON Web Tokens: verifies the tokens clients present into [`Grant`]s, and signs the share links
//! room owners mint (the [`TokenVerifier`] and [`TokenIssuer`] ports), with the `jsonwebtoken` crate.
//!
//! Algorithms are pinned by key, never taken from the token: `HS256` with the HMAC secret (`AUTH_JWT_SECRET`,
//! or the server's own random key when none is configured, which then signs share links alone), and `ES256` or
//! `EdDSA` with the public key (`AUTH_JWT_PUBLIC_KEY`, by the key's type). Anything else, `alg: none`
//! included, is refused; so is a token without `exp` or `sub`, past `exp` or before `nbf` (each beyond the
//! allowed clock skew), or whose `aud`/`iss` differ from the configured ones.
//!
//! Claims read: `sub`, `exp`, `nbf`, `jti`, `name`, `color`, `rooms` (`["<room id>" | "*"]`), `role`
//! (`owner`, `editor` or `viewer`, default `viewer`) and `create` (may create rooms).

use domain::{
    Grant, Role, RoomScope, Timestamp,
    access::TokenError,
    ports::{TokenIssuer, TokenVerifier},
};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation, errors::ErrorKind};
use serde::{Deserialize, Serialize};

/// Longest token read, in bytes: a larger one is refused before any decoding (real tokens are a few hundred
/// bytes).
pub const MAX_TOKEN_BYTES: usize = 8 * 1024;

/// Why the configured keys cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// The HMAC secret is too short to be safe.
    #[error("AUTH_JWT_SECRET must be at least 32 bytes")]
    ShortSecret,
    /// The public key is neither an EC (P-256) nor an Ed25519 public key in PEM.
    #[error(
        "AUTH_JWT_PUBLIC_KEY is not a PEM EC (P-256, for ES256) or Ed25519 (for EdDSA) public key"
    )]
    PublicKey,
    /// The crypto backend refused a key.
    #[error("the token key cannot be used: {0}")]
    Backend(String),
}

/// What the token adapter is configured with.
#[derive(Clone, Default)]
pub struct JwtSettings {
    /// The HMAC secret (`HS256`), shared with the auth server that issues tokens. `None`: the server makes a
    /// random one at start-up, which only its own share links carry.
    pub secret: Option<Vec<u8>>,
    /// The auth server's public key in PEM (`ES256` for P-256, `EdDSA` for Ed25519).
    pub public_key_pem: Option<Vec<u8>>,
    /// The `aud` tokens must carry, when set.
    pub audience: Option<String>,
    /// The `iss` tokens must carry, when set.
    pub issuer: Option<String>,
    /// Clock skew allowed on `exp` and `nbf`, in seconds.
    pub leeway_secs: u64,
}

impl std::fmt::Debug for JwtSettings {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("JwtSettings")
            .field("secret", &self.secret.as_ref().map(|_| "****"))
            .field("public_key_pem", &self.public_key_pem.is_some())
            .field("audience", &self.audience)
            .field("issuer", &self.issuer)
            .field("leeway_secs", &self.leeway_secs)
            .finish()
    }
}

/// The keys and rules tokens are checked and signed with.
pub struct JwtAuthority {
    hmac_decoding: DecodingKey,
    hmac_encoding: EncodingKey,
    public: Option<(Algorithm, DecodingKey)>,
    audience: Option<String>,
    issuer: Option<String>,
    leeway_secs: u64,
}

/// The claims read from a token.
#[derive(Deserialize)]
struct Claims {
    sub: String,
    exp: i64,
    #[serde(default)]
    jti: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    color: Option<String>,
    #[serde(default)]
    rooms: Vec<String>,
    #[serde(default)]
    role: Option<String>,
    #[serde(default)]
    create: bool,
}

/// The claims of a share link's token.
#[derive(Serialize)]
struct IssuedClaims<'a> {
    sub: &'a str,
    exp: i64,
    iat: i64,
    jti: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    color: Option<&'a str>,
    rooms: Vec<String>,
    role: &'static str,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    create: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    aud: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    iss: Option<&'a str>,
}

impl JwtAuthority {
    /// The authority of `settings`; `random_secret` is the HMAC key used when none is configured (32 bytes
    /// from a secure generator).
    ///
    /// # Errors
    /// [`KeyError`] when a configured key cannot be used.
    pub fn new(settings: &JwtSettings, random_secret: &[u8; 32]) -> Result<Self, KeyError> {
        let secret: &[u8] = match &settings.secret {
            Some(secret) if secret.len() < 32 => return Err(KeyError::ShortSecret),
            Some(secret) => secret,
            None => random_secret,
        };
        let backend = |error: jsonwebtoken::errors::Error| KeyError::Backend(error.to_string());
        let public = settings
            .public_key_pem
            .as_deref()
            .map(public_key)
            .transpose()?;
        Ok(Self {
            hmac_decoding: DecodingKey::from_secret(secret).map_err(backend)?,
            hmac_encoding: EncodingKey::from_secret(secret).map_err(backend)?,
            public,
            audience: settings.audience.clone(),
            issuer: settings.issuer.clone(),
            leeway_secs: settings.leeway_secs,
        })
    }

    fn validation(&self, algorithm: Algorithm) -> Validation {
        let mut validation = Validation::new(algorithm);
        validation.leeway = self.leeway_secs;
        validation.validate_exp = true;
        validation.validate_nbf = true;
        let mut required = vec!["exp", "sub"];
        match &self.audience {
            Some(audience) => {
                validation.set_audience(&[audience]);
                required.push("aud");
            }
            // No audience configured: a token's `aud` is not checked.
            None => validation.validate_aud = false,
        }
        if let Some(issuer) = &self.issuer {
            validation.set_issuer(&[issuer]);
            required.push("iss");
        }
        validation.set_required_spec_claims(&required);
        validation
    }
}

/// The public key of `pem` with the one algorithm it verifies.
fn public_key(pem: &[u8]) -> Result<(Algorithm, DecodingKey), KeyError> {
    if let Ok(key) = DecodingKey::from_ec_pem(pem) {
        return Ok((Algorithm::ES256, key));
    }
    DecodingKey::from_ed_pem(pem)
        .map(|key| (Algorithm::EdDSA, key))
        .map_err(|_| KeyError::PublicKey)
}

fn token_error(error: &jsonwebtoken::errors::Error) -> TokenError {
    match error.kind() {
        ErrorKind::InvalidSignature => TokenError::Signature,
        ErrorKind::ExpiredSignature => TokenError::Expired,
        ErrorKind::ImmatureSignature => TokenError::NotYetValid,
        ErrorKind::InvalidAudience => TokenError::Audience,
        ErrorKind::InvalidIssuer => TokenError::Issuer,
        ErrorKind::InvalidAlgorithm
        | ErrorKind::InvalidAlgorithmName
        | ErrorKind::UnsupportedAlgorithm
        | ErrorKind::MissingAlgorithm => TokenError::Algorithm,
        ErrorKind::MissingRequiredClaim(claim) => {
            TokenError::Claims(format!("\"{claim}\" is required"))
        }
        ErrorKind::InvalidClaimFormat(claim) => {
            TokenError::Claims(format!("\"{claim}\" has the wrong type"))
        }
        ErrorKind::Json(_) => {
            TokenError::Claims("a claim is missing or has the wrong type".to_owned())
        }
        _ => TokenError::Malformed,
    }
}

impl TokenVerifier for JwtAuthority {
    fn verify(&self, token: &str) -> Result<Grant, TokenError> {
        if token.is_empty() || token.len() > MAX_TOKEN_BYTES {
            return Err(TokenError::Malformed);
        }
        // The header only chooses among the pinned keys; `alg: none` and unknown names do not parse.
        let header = jsonwebtoken::decode_header(token).map_err(|error| match error.kind() {
            ErrorKind::Json(_) => TokenError::Algorithm,
            _ => TokenError::Malformed,
        })?;
        let key = match (header.alg, &self.public) {
            (Algorithm::HS256, _) => &self.hmac_decoding,
            (algorithm, Some((pinned, key))) if algorithm == *pinned => key,
            _ => return Err(TokenError::Algorithm),
        };
        let claims = jsonwebtoken::decode::<Claims>(token, key, &self.validation(header.alg))
            .map_err(|error| token_error(&error))?
            .claims;
        if claims.sub.trim().is_empty() {
            return Err(TokenError::Claims("\"sub\" is empty".to_owned()));
        }
        let role = match claims.role.as_deref() {
            None => Role::Viewer,
            Some(role) => {
                Role::parse(role).map_err(|error| TokenError::Claims(error.to_string()))?
            }
        };
        Ok(Grant {
            subject: claims.sub,
            name: claims.name,
            color: claims.color,
            role,
            rooms: RoomScope::from_claim(&claims.rooms),
            create: claims.create,
            token_id: claims.jti.filter(|id| !id.is_empty()),
            expires_at: Timestamp::from_millis(claims.exp.saturating_mul(1000)),
        })
    }
}

impl TokenIssuer for JwtAuthority {
    fn issue(&self, grant: &Grant) -> Result<String, TokenError> {
        let exp = grant.expires_at.as_millis().div_euclid(1000);
        let claims = IssuedClaims {
            sub: &grant.subject,
            exp,
            iat: jsonwebtoken::get_current_timestamp()
                .try_into()
                .unwrap_or(i64::MAX),
            jti: grant.token_id.as_deref(),
            name: grant.name.as_deref(),
            color: grant.color.as_deref(),
            rooms: grant.rooms.to_claim(),
            role: grant.role.name(),
            create: grant.create,
            aud: self.audience.as_deref(),
            iss: self.issuer.as_deref(),
        };
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &self.hmac_encoding)
            .map_err(|error| TokenError::Claims(error.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &[u8] = b"0123456789abcdef0123456789abcdef";

    fn authority(settings: JwtSettings) -> JwtAuthority {
        JwtAuthority::new(
            &JwtSettings {
                secret: Some(SECRET.to_vec()),
                ..settings
            },
            &[7; 32],
        )
        .expect("authority")
    }

    fn now() -> i64 {
        i64::try_from(jsonwebtoken::get_current_timestamp()).expect("now")
    }

    fn sign(claims: &serde_json::Value, secret: &[u8]) -> String {
        jsonwebtoken::encode(
            &Header::new(Algorithm::HS256),
            claims,
            &EncodingKey::from_secret(secret).expect("key"),
        )
        .expect("sign")
    }

    #[test]
    fn a_valid_token_becomes_its_grant() {
        let token = sign(
            &serde_json::json!({"sub": "ada", "exp": now() + 60, "name": "Ada", "rooms": ["abc"], "role": "editor", "jti": "t1"}),
            SECRET,
        );
        let grant = authority(JwtSettings::default())
            .verify(&token)
            .expect("valid");
        assert_eq!(grant.subject, "ada");
        assert_eq!(grant.role, Role::Editor);
        assert_eq!(grant.name.as_deref(), Some("Ada"));
        assert_eq!(grant.token_id.as_deref(), Some("t1"));
    }

    #[test]
    fn forged_expired_and_misused_tokens_are_refused() {
        let authority = authority(JwtSettings {
            audience: Some("pairprog".to_owned()),
            ..JwtSettings::default()
        });
        let good = serde_json::json!({"sub": "ada", "exp": now() + 60, "aud": "pairprog"});
        assert!(authority.verify(&sign(&good, SECRET)).is_ok());
        assert_eq!(
            authority.verify(&sign(&good, b"another secret, just as long as it")),
            Err(TokenError::Signature)
        );
        let expired = serde_json::json!({"sub": "ada", "exp": now() - 600, "aud": "pairprog"});
        assert_eq!(
            authority.verify(&sign(&expired, SECRET)),
            Err(TokenError::Expired)
        );
        let early = serde_json::json!({"sub": "ada", "exp": now() + 600, "nbf": now() + 300, "aud": "pairprog"});
        assert_eq!(
            authority.verify(&sign(&early, SECRET)),
            Err(TokenError::NotYetValid)
        );
        let elsewhere = serde_json::json!({"sub": "ada", "exp": now() + 60, "aud": "other"});
        assert_eq!(
            authority.verify(&sign(&elsewhere, SECRET)),
            Err(TokenError::Audience)
        );
        let forever = serde_json::json!({"sub": "ada", "aud": "pairprog"});
        assert!(authority.verify(&sign(&forever, SECRET)).is_err());
        // alg: none, with the claims of a good token.
        let none = format!(
            "{}.{}.",
            "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0",
            sign(&good, SECRET).split('.').nth(1).expect("payload")
        );
        assert_eq!(authority.verify(&none), Err(TokenError::Algorithm));
        let hs512 = jsonwebtoken::encode(
            &Header::new(Algorithm::HS512),
            &good,
            &EncodingKey::from_secret(SECRET).expect("key"),
        )
        .expect("sign");
        assert_eq!(authority.verify(&hs512), Err(TokenError::Algorithm));
        assert_eq!(authority.verify("not a token"), Err(TokenError::Malformed));
        assert_eq!(
            authority.verify(&"a".repeat(MAX_TOKEN_BYTES + 1)),
            Err(TokenError::Malformed)
        );
    }

    #[test]
    fn share_tokens_verify_with_the_same_authority() {
        let authority = authority(JwtSettings {
            issuer: Some("https://auth.example".to_owned()),
            ..JwtSettings::default()
        });
        let grant = Grant {
            subject: "share:1".to_owned(),
            name: Some("Guest".to_owned()),
            color: None,
            role: Role::Viewer,
            rooms: RoomScope::from_claim(&["abc"]),
            create: true,
            token_id: Some("1".to_owned()),
            expires_at: Timestamp::from_millis((now() + 60) * 1000),
        };
        let token = authority.issue(&grant).expect("issued");
        assert_eq!(authority.verify(&token), Ok(grant));
    }

    fn key_pair_test(algorithm: &'static rcgen::SignatureAlgorithm, signing: Algorithm) {
        let pair = rcgen::KeyPair::generate_for(algorithm).expect("key pair");
        let private = pair.serialize_pem();
        let authority = JwtAuthority::new(
            &JwtSettings {
                public_key_pem: Some(pair.public_key_pem().into_bytes()),
                ..JwtSettings::default()
            },
            &[7; 32],
        )
        .expect("authority");
        let key = match signing {
            Algorithm::ES256 => EncodingKey::from_ec_pem(private.as_bytes()),
            _ => EncodingKey::from_ed_pem(private.as_bytes()),
        }
        .expect("private key");
        let claims =
            serde_json::json!({"sub": "ada", "exp": now() + 60, "role": "owner", "rooms": ["*"]});
        let token = jsonwebtoken::encode(&Header::new(signing), &claims, &key).expect("sign");
        let grant = authority
            .verify(&token)
            .expect("a token of the configured key");
        assert_eq!((grant.role, grant.rooms), (Role::Owner, RoomScope::Any));
        // The same claims signed with the public key's text as an HMAC secret: refused (key confusion).
        let confused = jsonwebtoken::encode(
            &Header::new(Algorithm::HS256),
            &claims,
            &EncodingKey::from_secret(pair.public_key_pem().as_bytes()).expect("key"),
        )
        .expect("sign");
        assert_eq!(authority.verify(&confused), Err(TokenError::Signature));
    }

    #[test]
    fn an_es256_public_key_verifies_es256_tokens_only() {
        key_pair_test(&rcgen::PKCS_ECDSA_P256_SHA256, Algorithm::ES256);
    }

    #[test]
    fn an_ed25519_public_key_verifies_eddsa_tokens() {
        key_pair_test(&rcgen::PKCS_ED25519, Algorithm::EdDSA);
    }

    #[test]
    fn an_asymmetric_token_without_a_public_key_is_refused() {
        let pair = rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).expect("key pair");
        let key = EncodingKey::from_ec_pem(pair.serialize_pem().as_bytes()).expect("key");
        let token = jsonwebtoken::encode(
            &Header::new(Algorithm::ES256),
            &serde_json::json!({"sub": "ada", "exp": now() + 60}),
            &key,
        )
        .expect("sign");
        assert_eq!(
            authority(JwtSettings::default()).verify(&token),
            Err(TokenError::Algorithm)
        );
    }

    #[test]
    fn a_short_secret_is_refused() {
        let settings = JwtSettings {
            secret: Some(b"short".to_vec()),
            ..JwtSettings::default()
        };
        assert!(matches!(
            JwtAuthority::new(&settings, &[0; 32]),
            Err(KeyError::ShortSecret)
        ));
    }
}
