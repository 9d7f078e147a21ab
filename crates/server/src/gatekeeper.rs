//! The REST side of access control: the bearer token of a request, the role it gives in a room, and the bound
//! on lookups of rooms that do not exist. The rules themselves are the domain's (`AccessService`).

use std::{net::IpAddr, sync::Arc};

use actix_web::{HttpRequest, http::header};
use adapters_ws::UnknownRoomLimiter;
use domain::{Grant, Role, RoomId, services::AccessService};

use crate::api_error::ApiError;

/// What the REST handlers ask about access.
pub struct Gatekeeper {
    access: Arc<AccessService>,
    unknown_rooms: Option<Arc<UnknownRoomLimiter>>,
}

impl Gatekeeper {
    /// Checks requests with `access`, bounding unknown-room lookups with `unknown_rooms` when given.
    #[must_use]
    pub fn new(access: Arc<AccessService>, unknown_rooms: Option<Arc<UnknownRoomLimiter>>) -> Self {
        Self {
            access,
            unknown_rooms,
        }
    }

    /// The access rules.
    #[must_use]
    pub fn access(&self) -> &AccessService {
        &self.access
    }

    /// The grant of the request's `Authorization: Bearer` token, or `None` without one.
    ///
    /// # Errors
    /// [`ApiError::Unauthorized`] for another kind of `Authorization`, or a refused token.
    pub async fn grant(&self, request: &HttpRequest) -> Result<Option<Grant>, ApiError> {
        let token = bearer_token(request)?;
        Ok(self.access.authenticate(token).await?)
    }

    /// The role the request's token (or its absence) gives in `room`, with that grant.
    ///
    /// # Errors
    /// [`ApiError::Unauthorized`] / [`ApiError::Forbidden`] when the policy refuses it.
    pub async fn room_role(
        &self,
        request: &HttpRequest,
        room: &RoomId,
    ) -> Result<(Role, Option<Grant>), ApiError> {
        let grant = self.grant(request).await?;
        let role = self.access.room_role(grant.as_ref(), room).await?;
        Ok((role, grant))
    }

    /// Refuses (429) an address that looked up too many rooms that do not exist.
    ///
    /// # Errors
    /// [`ApiError::TooManyRequests`] until its quota comes back.
    pub fn check_lookups(&self, request: &HttpRequest) -> Result<(), ApiError> {
        match (&self.unknown_rooms, client_address(request)) {
            (Some(limiter), Some(address)) => match limiter.retry_after(address) {
                Some(wait) => Err(too_many_lookups(wait)),
                None => Ok(()),
            },
            _ => Ok(()),
        }
    }

    /// Counts a lookup that found no room; the answer is 429 instead of 404 once the quota is spent.
    #[must_use]
    pub fn missed(&self, request: &HttpRequest, not_found: ApiError) -> ApiError {
        match (&self.unknown_rooms, client_address(request)) {
            (Some(limiter), Some(address)) => {
                limiter.missed(address).map_or(not_found, too_many_lookups)
            }
            _ => not_found,
        }
    }
}

fn too_many_lookups(wait: std::time::Duration) -> ApiError {
    ApiError::TooManyRequests(
        "too many lookups of rooms that do not exist from this address: try again later",
        wait,
    )
}

fn client_address(request: &HttpRequest) -> Option<IpAddr> {
    adapters_ws::client_address::client_ip(request)
}

/// The token of an `Authorization: Bearer <token>` header.
///
/// # Errors
/// [`ApiError::Unauthorized`] when the header is there but is not a bearer token.
pub fn bearer_token(request: &HttpRequest) -> Result<Option<&str>, ApiError> {
    let Some(value) = request.headers().get(header::AUTHORIZATION) else {
        return Ok(None);
    };
    value
        .to_str()
        .ok()
        .and_then(|value| {
            let (scheme, token) = value.trim().split_once(' ')?;
            scheme
                .eq_ignore_ascii_case("bearer")
                .then(|| token.trim())
                .filter(|token| !token.is_empty())
        })
        .map(Some)
        .ok_or_else(|| {
            ApiError::Unauthorized("the Authorization header must be \"Bearer <token>\"".to_owned())
        })
}
