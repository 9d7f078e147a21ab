//! Creating and reading rooms.

use std::sync::Arc;

use crate::{
    error::{DomainError, RepositoryError},
    ports::{Clock, Entropy, RoomRepository},
    room::{Room, RoomId},
};

/// How many fresh identifiers to try before giving up on creating a room. With 36^8 identifiers a single
/// collision is already unlikely; several in a row mean something else is wrong.
const CREATE_ATTEMPTS: usize = 5;

/// Room creation and lookup.
#[derive(Clone)]
pub struct RoomService {
    repository: Arc<dyn RoomRepository>,
    clock: Arc<dyn Clock>,
    entropy: Arc<dyn Entropy>,
}

impl RoomService {
    /// A service over the given store, clock and entropy source.
    #[must_use]
    pub fn new(
        repository: Arc<dyn RoomRepository>,
        clock: Arc<dyn Clock>,
        entropy: Arc<dyn Entropy>,
    ) -> Self {
        Self {
            repository,
            clock,
            entropy,
        }
    }

    /// Creates an empty room under a fresh, unguessable identifier.
    ///
    /// # Errors
    /// [`DomainError::Storage`] when the store fails, [`DomainError::NoFreeRoomId`] when every identifier
    /// tried was taken.
    pub async fn create_room(&self) -> Result<Room, DomainError> {
        for _ in 0..CREATE_ATTEMPTS {
            let room = Room::new(RoomId::generate(self.entropy.as_ref()), self.clock.now());
            match self.repository.insert(&room).await {
                Ok(()) => return Ok(room),
                Err(RepositoryError::Duplicate) => {}
                Err(other) => return Err(other.into()),
            }
        }
        Err(DomainError::NoFreeRoomId)
    }

    /// Reads a room as stored.
    ///
    /// # Errors
    /// [`DomainError::RoomNotFound`] when no room has that id, [`DomainError::Storage`] when the store fails.
    pub async fn get_room(&self, id: &RoomId) -> Result<Room, DomainError> {
        self.repository
            .find(id)
            .await?
            .ok_or_else(|| DomainError::RoomNotFound(id.clone()))
    }

    /// Checks that the store answers.
    ///
    /// # Errors
    /// [`DomainError::Storage`] when it does not.
    pub async fn check_health(&self) -> Result<(), DomainError> {
        Ok(self.repository.ping().await?)
    }
}
