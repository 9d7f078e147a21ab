//! Access decisions for requests and connections: verifies a token (and that it was not revoked), finds the
//! room's owner, applies the [`AccessPolicy`], and mints and revokes share links.

use std::sync::Arc;

use crate::{
    access::{AccessPolicy, Denial, Grant, IssuedToken, Role, RoomScope, TokenError},
    error::RepositoryError,
    ports::{Clock, Entropy, RoomRepository, TokenIssuer, TokenLedger, TokenVerifier},
    room::RoomId,
    time::Timestamp,
};

/// Why access was refused, or could not be decided.
#[derive(Debug, thiserror::Error)]
pub enum AccessError {
    /// The token is missing where one is needed, or refused: HTTP 401, close 4401.
    #[error("{0}")]
    Unauthenticated(String),
    /// The token does not allow this: HTTP 403, close 4403.
    #[error("{0}")]
    Forbidden(String),
    /// The room, or the share token, does not exist: HTTP 404.
    #[error("{0}")]
    NotFound(&'static str),
    /// The request asks for something impossible (a lifetime out of bounds, say): HTTP 422.
    #[error("{0}")]
    Invalid(String),
    /// The store or the ledger failed: HTTP 503, close 1011.
    #[error(transparent)]
    Storage(#[from] RepositoryError),
}

impl From<TokenError> for AccessError {
    fn from(error: TokenError) -> Self {
        Self::Unauthenticated(error.to_string())
    }
}

impl From<Denial> for AccessError {
    fn from(denial: Denial) -> Self {
        match denial {
            Denial::Unauthenticated => Self::Unauthenticated(denial.to_string()),
            Denial::Forbidden(reason) => Self::Forbidden(reason.to_owned()),
        }
    }
}

/// What a client may do in a room, and with which token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Admission {
    /// Its role in the room.
    pub role: Role,
    /// Its verified token, if it gave one.
    pub grant: Option<Grant>,
}

/// What an owner asks a share link to grant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareRequest {
    /// The role the link gives.
    pub role: Role,
    /// How long the link is valid, in seconds.
    pub lifetime_secs: u64,
    /// The display name of whoever uses the link, if the owner sets one.
    pub name: Option<String>,
}

/// The access rules with the state they need: the verifier and issuer of tokens, the ledger of share tokens
/// and revocations, the rooms' owners.
pub struct AccessService {
    policy: AccessPolicy,
    verifier: Arc<dyn TokenVerifier>,
    issuer: Arc<dyn TokenIssuer>,
    ledger: Arc<dyn TokenLedger>,
    rooms: Arc<dyn RoomRepository>,
    clock: Arc<dyn Clock>,
    entropy: Arc<dyn Entropy>,
    max_share_lifetime_secs: u64,
}

impl AccessService {
    /// The service for `policy` over these adapters; share links last at most `max_share_lifetime_secs`.
    #[must_use]
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        policy: AccessPolicy,
        verifier: Arc<dyn TokenVerifier>,
        issuer: Arc<dyn TokenIssuer>,
        ledger: Arc<dyn TokenLedger>,
        rooms: Arc<dyn RoomRepository>,
        clock: Arc<dyn Clock>,
        entropy: Arc<dyn Entropy>,
        max_share_lifetime_secs: u64,
    ) -> Self {
        Self {
            policy,
            verifier,
            issuer,
            ledger,
            rooms,
            clock,
            entropy,
            max_share_lifetime_secs,
        }
    }

    /// The policy in force.
    #[must_use]
    pub fn policy(&self) -> AccessPolicy {
        self.policy
    }

    /// The grant of `token`, or `None` without a token.
    ///
    /// # Errors
    /// [`AccessError::Unauthenticated`] for a refused or revoked token; [`AccessError::Storage`] when the
    /// ledger cannot be asked.
    pub async fn authenticate(&self, token: Option<&str>) -> Result<Option<Grant>, AccessError> {
        let Some(token) = token else {
            return Ok(None);
        };
        let grant = self.verifier.verify(token)?;
        if let Some(id) = &grant.token_id
            && self.ledger.is_revoked(id).await?
        {
            return Err(TokenError::Revoked.into());
        }
        Ok(Some(grant))
    }

    /// The role of `grant` (or of a client without one) in `room`. The room's owner is read only when the
    /// grant's own role there could be raised by it.
    ///
    /// # Errors
    /// [`AccessError::Unauthenticated`] / [`AccessError::Forbidden`] as the policy decides;
    /// [`AccessError::Storage`] when the owner cannot be read.
    pub async fn room_role(
        &self,
        grant: Option<&Grant>,
        room: &RoomId,
    ) -> Result<Role, AccessError> {
        let owner = match grant {
            Some(grant) if grant.role_in(room, None) != Some(Role::Owner) => {
                self.rooms.owner(room).await?
            }
            _ => None,
        };
        Ok(self.policy.room_role(grant, room, owner.as_deref())?)
    }

    /// Authenticates `token` and decides the client's role in `room`.
    ///
    /// # Errors
    /// Those of [`Self::authenticate`] and [`Self::room_role`].
    pub async fn admit(
        &self,
        token: Option<&str>,
        room: &RoomId,
    ) -> Result<Admission, AccessError> {
        let grant = self.authenticate(token).await?;
        let role = self.room_role(grant.as_ref(), room).await?;
        Ok(Admission { role, grant })
    }

    /// Whether `grant` (or a client without one) may create a room; the owner the new room gets, if any.
    ///
    /// # Errors
    /// [`AccessError::Unauthenticated`] / [`AccessError::Forbidden`] as the policy decides.
    pub fn creator<'a>(&self, grant: Option<&'a Grant>) -> Result<Option<&'a str>, AccessError> {
        self.policy.may_create(grant)?;
        Ok(grant.map(|grant| grant.subject.as_str()))
    }

    /// Mints a share link for `room`, for its owner.
    ///
    /// # Errors
    /// [`AccessError::Unauthenticated`] without a token; [`AccessError::Forbidden`] unless the grant makes its
    /// holder the room's owner; [`AccessError::NotFound`] when the room does not exist;
    /// [`AccessError::Invalid`] for a lifetime of 0 or over the maximum.
    pub async fn share(
        &self,
        grant: Option<&Grant>,
        room: &RoomId,
        request: ShareRequest,
    ) -> Result<IssuedToken, AccessError> {
        self.require_owner(grant, room).await?;
        if request.lifetime_secs == 0 || request.lifetime_secs > self.max_share_lifetime_secs {
            return Err(AccessError::Invalid(format!(
                "expiresIn must be from 1 to {} seconds",
                self.max_share_lifetime_secs
            )));
        }
        let token_id = self.token_id();
        let lifetime_ms =
            i64::try_from(request.lifetime_secs.saturating_mul(1000)).unwrap_or(i64::MAX);
        let expires_at =
            Timestamp::from_millis(self.clock.now().as_millis().saturating_add(lifetime_ms));
        let minted = Grant {
            subject: format!("share:{token_id}"),
            // Cleaned and cut here, so that a long name cannot make the token too long to be accepted.
            name: request
                .name
                .as_deref()
                .and_then(crate::participant::clean_name),
            color: None,
            role: request.role,
            rooms: RoomScope::Rooms(vec![room.clone()]),
            create: false,
            token_id: Some(token_id.clone()),
            expires_at,
        };
        let token = self.issuer.issue(&minted)?;
        self.ledger
            .record_issued(&token_id, room, expires_at)
            .await?;
        Ok(IssuedToken {
            token,
            grant: minted,
        })
    }

    /// Revokes the share token `token_id` of `room`, for its owner. Returns when the token expires (until
    /// then it is refused).
    ///
    /// # Errors
    /// As [`Self::share`]; [`AccessError::NotFound`] when no live share token of this room has that id.
    pub async fn revoke(
        &self,
        grant: Option<&Grant>,
        room: &RoomId,
        token_id: &str,
    ) -> Result<(), AccessError> {
        self.require_owner(grant, room).await?;
        let until = match self.ledger.issued_for(token_id).await? {
            Some((issued_room, until)) if &issued_room == room => until,
            _ => {
                return Err(AccessError::NotFound(
                    "No share token of this room has this id",
                ));
            }
        };
        self.ledger.revoke(token_id, until).await?;
        Ok(())
    }

    async fn require_owner(&self, grant: Option<&Grant>, room: &RoomId) -> Result<(), AccessError> {
        let Some(grant) = grant else {
            return Err(Denial::Unauthenticated.into());
        };
        if self.rooms.find(room).await?.is_none() {
            return Err(AccessError::NotFound("Room not found"));
        }
        let owner = self.rooms.owner(room).await?;
        match grant.role_in(room, owner.as_deref()) {
            Some(role) if role.can_share() => Ok(()),
            _ => Err(AccessError::Forbidden(
                "only the room's owner may share it".to_owned(),
            )),
        }
    }

    /// A fresh, unguessable token id: 128 random bits in hexadecimal.
    fn token_id(&self) -> String {
        let mut bytes = [0_u8; 16];
        self.entropy.fill(&mut bytes);
        bytes
            .iter()
            .fold(String::with_capacity(32), |mut id, byte| {
                use std::fmt::Write as _;
                let _ = write!(id, "{byte:02x}");
                id
            })
    }
}

#[cfg(test)]
mod tests {
    use std::{
        collections::HashMap,
        sync::{Mutex, PoisonError},
    };

    use async_trait::async_trait;
    use futures::executor::block_on;

    use super::*;
    use crate::{access::AuthMode, room::Room};

    /// Tokens of the form `subject:role:room` (`*` for every room), expiring at 1000 s; `bad` is refused.
    struct Verifier;

    impl TokenVerifier for Verifier {
        fn verify(&self, token: &str) -> Result<Grant, TokenError> {
            let mut parts = token.split(':');
            let (Some(subject), Some(role), Some(room)) =
                (parts.next(), parts.next(), parts.next())
            else {
                return Err(TokenError::Malformed);
            };
            Ok(Grant {
                subject: subject.to_owned(),
                name: None,
                color: None,
                role: Role::parse(role).map_err(|_| TokenError::Malformed)?,
                rooms: RoomScope::from_claim(&[room]),
                create: false,
                token_id: Some(token.to_owned()),
                expires_at: Timestamp::from_millis(1_000_000),
            })
        }
    }

    impl TokenIssuer for Verifier {
        fn issue(&self, grant: &Grant) -> Result<String, TokenError> {
            Ok(format!(
                "{}:{}:{}",
                grant.subject,
                grant.role,
                grant.rooms.to_claim().join(",")
            ))
        }
    }

    /// Minted tokens (id -> room, expiry) and revoked ids.
    type Entries = (HashMap<String, (RoomId, Timestamp)>, Vec<String>);

    #[derive(Default)]
    struct Ledger(Mutex<Entries>);

    #[async_trait]
    impl TokenLedger for Ledger {
        async fn record_issued(
            &self,
            id: &str,
            room: &RoomId,
            until: Timestamp,
        ) -> Result<(), RepositoryError> {
            self.0
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .0
                .insert(id.to_owned(), (room.clone(), until));
            Ok(())
        }
        async fn issued_for(
            &self,
            id: &str,
        ) -> Result<Option<(RoomId, Timestamp)>, RepositoryError> {
            Ok(self
                .0
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .0
                .get(id)
                .cloned())
        }
        async fn revoke(&self, id: &str, _: Timestamp) -> Result<(), RepositoryError> {
            self.0
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .1
                .push(id.to_owned());
            Ok(())
        }
        async fn is_revoked(&self, id: &str) -> Result<bool, RepositoryError> {
            Ok(self
                .0
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .1
                .iter()
                .any(|revoked| revoked == id))
        }
    }

    /// One room, `abc`, owned by `ada`.
    struct Rooms;

    #[async_trait]
    impl RoomRepository for Rooms {
        async fn prepare(&self) -> Result<(), RepositoryError> {
            Ok(())
        }
        async fn ping(&self) -> Result<(), RepositoryError> {
            Ok(())
        }
        async fn insert(&self, _: &Room) -> Result<(), RepositoryError> {
            Ok(())
        }
        async fn owner(&self, id: &RoomId) -> Result<Option<String>, RepositoryError> {
            Ok((id.as_str() == "abc").then(|| "ada".to_owned()))
        }
        async fn find(&self, id: &RoomId) -> Result<Option<Room>, RepositoryError> {
            Ok((id.as_str() == "abc").then(|| Room::new(id.clone(), Timestamp::from_millis(0))))
        }
        async fn save_code(
            &self,
            _: &RoomId,
            _: &str,
            _: u64,
            _: Timestamp,
        ) -> Result<(), RepositoryError> {
            Ok(())
        }
    }

    struct Clock0;

    impl Clock for Clock0 {
        fn now(&self) -> Timestamp {
            Timestamp::from_millis(0)
        }
    }

    struct Counting(std::sync::atomic::AtomicU8);

    impl Entropy for Counting {
        fn fill(&self, buffer: &mut [u8]) {
            for byte in buffer {
                *byte = self.0.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            }
        }
    }

    fn service(mode: AuthMode) -> AccessService {
        AccessService::new(
            AccessPolicy {
                mode,
                anonymous_role: Role::Viewer,
            },
            Arc::new(Verifier),
            Arc::new(Verifier),
            Arc::new(Ledger::default()),
            Arc::new(Rooms),
            Arc::new(Clock0),
            Arc::new(Counting(std::sync::atomic::AtomicU8::new(0))),
            3600,
        )
    }

    fn room(id: &str) -> RoomId {
        RoomId::parse(id).expect("room id")
    }

    #[test]
    fn the_owner_of_a_room_needs_no_scope_for_it() {
        let access = service(AuthMode::Token);
        let admission =
            block_on(access.admit(Some("ada:viewer:zzz"), &room("abc"))).expect("admitted");
        assert_eq!(admission.role, Role::Owner);
        assert!(matches!(
            block_on(access.admit(Some("bob:editor:zzz"), &room("abc"))),
            Err(AccessError::Forbidden(_))
        ));
        assert!(matches!(
            block_on(access.admit(None, &room("abc"))),
            Err(AccessError::Unauthenticated(_))
        ));
    }

    #[test]
    fn an_owner_shares_and_revokes_and_a_revoked_token_is_refused() {
        let access = service(AuthMode::Token);
        let owner = block_on(access.authenticate(Some("ada:owner:abc"))).expect("valid");
        let request = ShareRequest {
            role: Role::Viewer,
            lifetime_secs: 60,
            name: None,
        };
        let issued =
            block_on(access.share(owner.as_ref(), &room("abc"), request.clone())).expect("shared");
        assert_eq!(issued.grant.role, Role::Viewer);
        assert_eq!(issued.grant.expires_at, Timestamp::from_millis(60_000));
        let id = issued.grant.token_id.clone().expect("an id");
        assert_eq!(id.len(), 32);
        // Not the owner: refused; an unknown room: not found; too long a lifetime: invalid.
        let editor = block_on(access.authenticate(Some("bob:editor:abc"))).expect("valid");
        assert!(matches!(
            block_on(access.share(editor.as_ref(), &room("abc"), request.clone())),
            Err(AccessError::Forbidden(_))
        ));
        assert!(matches!(
            block_on(access.share(owner.as_ref(), &room("nowhere"), request.clone())),
            Err(AccessError::NotFound(_))
        ));
        let forever = ShareRequest {
            lifetime_secs: 3601,
            ..request
        };
        assert!(matches!(
            block_on(access.share(owner.as_ref(), &room("abc"), forever)),
            Err(AccessError::Invalid(_))
        ));
        assert!(matches!(
            block_on(access.revoke(owner.as_ref(), &room("abc"), "not-minted")),
            Err(AccessError::NotFound(_))
        ));
        block_on(access.revoke(owner.as_ref(), &room("abc"), &id)).expect("revoked");
        assert!(block_on(access.ledger.is_revoked(&id)).expect("ledger"));
        // A revoked token is refused (the fake verifier's token id is the token itself).
        let revoked = "ada:owner:abc";
        block_on(access.ledger.revoke(revoked, Timestamp::from_millis(0))).expect("revoke");
        assert!(matches!(
            block_on(access.authenticate(Some(revoked))),
            Err(AccessError::Unauthenticated(_))
        ));
    }

    #[test]
    fn creating_a_room_names_its_owner() {
        let access = service(AuthMode::Open);
        assert_eq!(access.creator(None).expect("open"), None);
        let grant = block_on(access.authenticate(Some("ada:editor:*"))).expect("valid");
        assert_eq!(
            access.creator(grant.as_ref()).expect("may create"),
            Some("ada")
        );
    }
}
