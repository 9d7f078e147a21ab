//! Access control: who may read, edit and share a room, as pure rules.
//!
//! A client proves who it is with a token; the token adapter (`adapters-jwt`) turns a valid token into a
//! [`Grant`]: a subject, an optional display name and colour, a [`Role`], the rooms it covers and when it
//! expires. The [`AccessPolicy`] (the operator's `AUTH_MODE`) then says what a connection or a request may do in
//! one room, given its grant (or none) and the room's owner. Nothing here does IO: the service
//! (`services::AccessService`) fetches the owner and the revocations through ports.

use std::fmt;

use crate::{participant::VerifiedIdentity, room::RoomId, time::Timestamp};

/// What a participant may do in a room, from least to most.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// Receives the code and the presence of others; every edit is refused.
    Viewer,
    /// Also edits.
    Editor,
    /// Also shares the room (mints links, revokes them), deletes and restores it.
    Owner,
}

/// A role name that is not `owner`, `editor` or `viewer`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown role {0:?}: expected owner, editor or viewer")]
pub struct UnknownRole(pub String);

impl Role {
    /// Parses `owner`, `editor` or `viewer` (any case).
    ///
    /// # Errors
    /// [`UnknownRole`] for anything else.
    pub fn parse(raw: &str) -> Result<Self, UnknownRole> {
        match raw.trim().to_ascii_lowercase().as_str() {
            "owner" => Ok(Self::Owner),
            "editor" => Ok(Self::Editor),
            "viewer" => Ok(Self::Viewer),
            _ => Err(UnknownRole(raw.chars().take(32).collect())),
        }
    }

    /// The role's name, as tokens and messages spell it.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Viewer => "viewer",
            Self::Editor => "editor",
            Self::Owner => "owner",
        }
    }

    /// Whether the role may change the room's document.
    #[must_use]
    pub const fn can_edit(self) -> bool {
        matches!(self, Self::Editor | Self::Owner)
    }

    /// Whether the role may mint share links for the room and revoke them.
    #[must_use]
    pub const fn can_share(self) -> bool {
        matches!(self, Self::Owner)
    }

    /// Whether the role may delete the room.
    #[must_use]
    pub const fn can_delete(self) -> bool {
        matches!(self, Self::Owner)
    }

    /// Whether the role may restore an earlier version of the room (the history feature).
    #[must_use]
    pub const fn can_restore(self) -> bool {
        matches!(self, Self::Owner)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.name())
    }
}

/// The rooms a grant covers: every room (`"*"`), or a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoomScope {
    /// Every room (`"rooms": ["*"]`).
    Any,
    /// These rooms only.
    Rooms(Vec<RoomId>),
}

impl RoomScope {
    /// The scope of a token's `rooms` claim: `"*"` anywhere means every room; entries that cannot be room ids
    /// can name no room and are left out.
    #[must_use]
    pub fn from_claim<S: AsRef<str>>(rooms: &[S]) -> Self {
        if rooms.iter().any(|room| room.as_ref() == "*") {
            return Self::Any;
        }
        Self::Rooms(
            rooms
                .iter()
                .filter_map(|room| RoomId::parse(room.as_ref()).ok())
                .collect(),
        )
    }

    /// Whether `room` is in the scope.
    #[must_use]
    pub fn covers(&self, room: &RoomId) -> bool {
        match self {
            Self::Any => true,
            Self::Rooms(rooms) => rooms.contains(room),
        }
    }

    /// The scope as a token's `rooms` claim.
    #[must_use]
    pub fn to_claim(&self) -> Vec<String> {
        match self {
            Self::Any => vec!["*".to_owned()],
            Self::Rooms(rooms) => rooms.iter().map(ToString::to_string).collect(),
        }
    }
}

/// What a verified token grants: who its holder is and what it may do where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    /// The user's stable id (the token's `sub`).
    pub subject: String,
    /// The display name the token gives, which replaces any name the client declares.
    pub name: Option<String>,
    /// The colour the token gives.
    pub color: Option<String>,
    /// The role in the rooms of `rooms`.
    pub role: Role,
    /// The rooms the role applies to.
    pub rooms: RoomScope,
    /// Whether the token may create rooms (its `create` claim; a `"*"` token of an editor or owner may too).
    pub create: bool,
    /// The token's id (`jti`), by which it can be revoked; `None` when the token has none.
    pub token_id: Option<String>,
    /// When the token expires (`exp`).
    pub expires_at: Timestamp,
}

impl Grant {
    /// The identity connections of this grant join with: it outranks what the client declares.
    #[must_use]
    pub fn identity(&self) -> VerifiedIdentity {
        VerifiedIdentity {
            subject: self.subject.clone(),
            name: self.name.clone(),
            color: self.color.clone(),
        }
    }

    /// The role this grant gives in `room`, whose owner is `owner`: owner when its subject owns the room,
    /// else its role when its scope covers the room, else none.
    #[must_use]
    pub fn role_in(&self, room: &RoomId, owner: Option<&str>) -> Option<Role> {
        if owner == Some(self.subject.as_str()) {
            return Some(Role::Owner);
        }
        self.rooms.covers(room).then_some(self.role)
    }

    /// Whether the grant may create rooms.
    #[must_use]
    pub fn may_create(&self) -> bool {
        self.create || (self.rooms == RoomScope::Any && self.role.can_edit())
    }
}

/// How the server treats clients (`AUTH_MODE`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthMode {
    /// Anyone who knows a room's id edits it (the spec's behaviour, the default). Tokens, when given, name
    /// their holder and make room owners.
    Open,
    /// Every request that touches a room and every connection needs a valid token.
    Token,
    /// Without a token a client gets the anonymous role; a token can raise it.
    Mixed,
}

impl AuthMode {
    /// Parses `open`, `token` or `mixed` (any case).
    ///
    /// # Errors
    /// The accepted values, for anything else.
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        match raw.trim().to_ascii_lowercase().as_str() {
            "open" => Ok(Self::Open),
            "token" => Ok(Self::Token),
            "mixed" => Ok(Self::Mixed),
            _ => Err("expected open, token or mixed"),
        }
    }

    /// The mode's name.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Token => "token",
            Self::Mixed => "mixed",
        }
    }
}

/// Why a client may not do what it asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Denial {
    /// It must present a (valid) token first: HTTP 401, close 4401.
    #[error("a valid token is required")]
    Unauthenticated,
    /// Its token does not allow it: HTTP 403, close 4403.
    #[error("{0}")]
    Forbidden(&'static str),
}

/// The operator's access rules: the mode, and the role of clients without a token in mixed mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AccessPolicy {
    /// The mode.
    pub mode: AuthMode,
    /// The role of a client without a token in [`AuthMode::Mixed`].
    pub anonymous_role: Role,
}

impl Default for AccessPolicy {
    fn default() -> Self {
        Self {
            mode: AuthMode::Open,
            anonymous_role: Role::Viewer,
        }
    }
}

impl AccessPolicy {
    /// The role of a client holding `grant` (or none) in `room`, owned by `owner`.
    ///
    /// # Errors
    /// [`Denial::Unauthenticated`] in token mode without a grant; [`Denial::Forbidden`] in token mode when the
    /// grant does not cover the room.
    pub fn room_role(
        &self,
        grant: Option<&Grant>,
        room: &RoomId,
        owner: Option<&str>,
    ) -> Result<Role, Denial> {
        let granted = grant.and_then(|grant| grant.role_in(room, owner));
        match self.mode {
            // Everyone edits an open room; a token can only add ownership.
            AuthMode::Open => Ok(granted.map_or(Role::Editor, |role| role.max(Role::Editor))),
            AuthMode::Token => match (grant, granted) {
                (None, _) => Err(Denial::Unauthenticated),
                (Some(_), None) => Err(Denial::Forbidden(
                    "this token does not give access to this room",
                )),
                (Some(_), Some(role)) => Ok(role),
            },
            AuthMode::Mixed => {
                Ok(granted.map_or(self.anonymous_role, |role| role.max(self.anonymous_role)))
            }
        }
    }

    /// Whether a client holding `grant` (or none) may create rooms.
    ///
    /// # Errors
    /// [`Denial::Unauthenticated`] when a token is needed and none was given; [`Denial::Forbidden`] when the
    /// token does not allow it.
    pub fn may_create(&self, grant: Option<&Grant>) -> Result<(), Denial> {
        let allowed = grant.is_some_and(Grant::may_create);
        match self.mode {
            AuthMode::Open => Ok(()),
            _ if allowed => Ok(()),
            AuthMode::Mixed if self.anonymous_role.can_edit() => Ok(()),
            _ if grant.is_none() => Err(Denial::Unauthenticated),
            _ => Err(Denial::Forbidden("this token may not create rooms")),
        }
    }

    /// Whether a client must present a token before anything else.
    #[must_use]
    pub fn requires_token(&self) -> bool {
        self.mode == AuthMode::Token
    }
}

/// Why a token was refused. The messages name the problem, never the token.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    /// Not a JWT, or its parts cannot be read.
    #[error("the token is malformed")]
    Malformed,
    /// Signed with an algorithm the server does not accept (or `none`).
    #[error("the token's algorithm is not accepted")]
    Algorithm,
    /// The signature does not match.
    #[error("the token's signature is invalid")]
    Signature,
    /// Past its `exp`.
    #[error("the token has expired")]
    Expired,
    /// Before its `nbf`.
    #[error("the token is not valid yet")]
    NotYetValid,
    /// Its `aud` is not this server's.
    #[error("the token is for another audience")]
    Audience,
    /// Its `iss` is not the configured issuer.
    #[error("the token is from another issuer")]
    Issuer,
    /// A claim is missing or has the wrong type.
    #[error("the token's claims are invalid: {0}")]
    Claims(String),
    /// Revoked by a room owner.
    #[error("the token has been revoked")]
    Revoked,
}

/// A share link's token, as minted for a room.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuedToken {
    /// The token (a JWT), to put in a link.
    pub token: String,
    /// What it grants; `token_id` is always set.
    pub grant: Grant,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn room(id: &str) -> RoomId {
        RoomId::parse(id).expect("room id")
    }

    fn grant(role: Role, rooms: &[&str]) -> Grant {
        Grant {
            subject: "ada".to_owned(),
            name: None,
            color: None,
            role,
            rooms: RoomScope::from_claim(rooms),
            create: false,
            token_id: Some("t1".to_owned()),
            expires_at: Timestamp::from_millis(0),
        }
    }

    fn policy(mode: AuthMode) -> AccessPolicy {
        AccessPolicy {
            mode,
            anonymous_role: Role::Viewer,
        }
    }

    #[test]
    fn roles_order_their_rights() {
        assert!(!Role::Viewer.can_edit());
        assert!(Role::Editor.can_edit() && !Role::Editor.can_share());
        assert!(Role::Owner.can_share() && Role::Owner.can_delete() && Role::Owner.can_restore());
        assert!(Role::Viewer < Role::Editor && Role::Editor < Role::Owner);
        assert_eq!(Role::parse(" Editor "), Ok(Role::Editor));
        assert!(Role::parse("admin").is_err());
    }

    #[test]
    fn a_scope_covers_its_rooms_or_every_room() {
        let scope = RoomScope::from_claim(&["abc", "not a room!"]);
        assert!(scope.covers(&room("abc")));
        assert!(!scope.covers(&room("abd")));
        assert!(RoomScope::from_claim(&["x", "*"]).covers(&room("abd")));
        assert_eq!(RoomScope::from_claim(&["*"]).to_claim(), ["*"]);
    }

    #[test]
    fn token_mode_needs_a_grant_covering_the_room() {
        let token = policy(AuthMode::Token);
        assert_eq!(
            token.room_role(None, &room("abc"), None),
            Err(Denial::Unauthenticated)
        );
        let viewer = grant(Role::Viewer, &["abc"]);
        assert_eq!(
            token.room_role(Some(&viewer), &room("abc"), None),
            Ok(Role::Viewer)
        );
        assert!(matches!(
            token.room_role(Some(&viewer), &room("other"), None),
            Err(Denial::Forbidden(_))
        ));
        // The owner of a room needs no scope for it.
        assert_eq!(
            token.room_role(Some(&viewer), &room("other"), Some("ada")),
            Ok(Role::Owner)
        );
    }

    #[test]
    fn mixed_mode_gives_the_anonymous_role_and_a_token_raises_it() {
        let mixed = policy(AuthMode::Mixed);
        assert_eq!(mixed.room_role(None, &room("abc"), None), Ok(Role::Viewer));
        let editor = grant(Role::Editor, &["abc"]);
        assert_eq!(
            mixed.room_role(Some(&editor), &room("abc"), None),
            Ok(Role::Editor)
        );
        assert_eq!(
            mixed.room_role(Some(&editor), &room("zzz"), None),
            Ok(Role::Viewer)
        );
    }

    #[test]
    fn open_mode_lets_everyone_edit() {
        let open = policy(AuthMode::Open);
        assert_eq!(open.room_role(None, &room("abc"), None), Ok(Role::Editor));
        let viewer = grant(Role::Viewer, &["abc"]);
        assert_eq!(
            open.room_role(Some(&viewer), &room("abc"), None),
            Ok(Role::Editor)
        );
        assert_eq!(open.may_create(None), Ok(()));
    }

    #[test]
    fn creating_rooms_needs_a_creating_token_outside_open_mode() {
        let token = policy(AuthMode::Token);
        assert_eq!(token.may_create(None), Err(Denial::Unauthenticated));
        assert!(
            token
                .may_create(Some(&grant(Role::Editor, &["abc"])))
                .is_err()
        );
        assert_eq!(token.may_create(Some(&grant(Role::Editor, &["*"]))), Ok(()));
        assert!(
            token
                .may_create(Some(&grant(Role::Viewer, &["*"])))
                .is_err()
        );
        let creator = Grant {
            create: true,
            ..grant(Role::Viewer, &[])
        };
        assert_eq!(token.may_create(Some(&creator)), Ok(()));
        let mixed_editors = AccessPolicy {
            mode: AuthMode::Mixed,
            anonymous_role: Role::Editor,
        };
        assert_eq!(mixed_editors.may_create(None), Ok(()));
        assert_eq!(
            policy(AuthMode::Mixed).may_create(None),
            Err(Denial::Unauthenticated)
        );
    }
}
