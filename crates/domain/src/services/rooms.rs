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

/// The room id `/ready` writes to: never generated (ids are made of `[a-z0-9]`), and the write is an update
/// that matches no room, so it changes nothing even when it succeeds.
const READINESS_PROBE_ROOM: &str = "_pairprog-readiness-probe";

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
        self.create_owned_room(None).await
    }

    /// Creates an empty room, owned by `owner` when one is given (the subject of the token that asked), under
    /// a fresh, unguessable identifier.
    ///
    /// # Errors
    /// [`DomainError::Storage`] when the store fails, [`DomainError::NoFreeRoomId`] when every identifier tried
    /// was taken.
    pub async fn create_owned_room(&self, owner: Option<&str>) -> Result<Room, DomainError> {
        for _ in 0..CREATE_ATTEMPTS {
            let room = Room::new(RoomId::generate(self.entropy.as_ref()), self.clock.now());
            let inserted = match owner {
                Some(owner) => self.repository.insert_owned(&room, owner).await,
                None => self.repository.insert(&room).await,
            };
            match inserted {
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

    /// Checks that the store accepts writes, not only reads: a read-only database file, a read-only user or a
    /// replica that is not the primary answer a ping but refuse every new room.
    ///
    /// The probe updates the code of a room id that is never generated; the store answers `NotFound` once it
    /// has begun the write, which is the answer of a writable store.
    ///
    /// # Errors
    /// [`DomainError::Storage`] when the store refuses or fails the write.
    pub async fn check_ready(&self) -> Result<(), DomainError> {
        let probe = RoomId::parse(READINESS_PROBE_ROOM).map_err(DomainError::InvalidRoomId)?;
        if self.repository.find(&probe).await?.is_some() {
            // A room of that name exists (written by another implementation of the spec): writing to it would
            // change it, so the read above has to do.
            return Ok(());
        }
        match self
            .repository
            .save_code(&probe, "", 0, self.clock.now())
            .await
        {
            Ok(()) | Err(RepositoryError::NotFound) => Ok(()),
            Err(other) => Err(other.into()),
        }
    }

    /// Checks that the store answers.
    ///
    /// # Errors
    /// [`DomainError::Storage`] when it does not.
    pub async fn check_health(&self) -> Result<(), DomainError> {
        Ok(self.repository.ping().await?)
    }
}
