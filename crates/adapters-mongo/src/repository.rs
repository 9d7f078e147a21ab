//! [`MongoRoomRepository`]: the [`RoomRepository`] port over the `rooms` collection.

use async_trait::async_trait;
use domain::{Room, RoomId, Timestamp, error::RepositoryError, ports::RoomRepository};
use mongodb::{
    Collection, Database, IndexModel,
    bson::{Document, doc},
    error::{CommandError, ErrorKind},
    options::IndexOptions,
};

use crate::{
    connection::{self, ConnectOptions},
    error::{MongoConnectError, repository_error},
    room_document::{self, field},
};

/// The collection holding the rooms, as named by the spec.
pub const COLLECTION: &str = "rooms";

/// The name of the unique index on `room_id`: the name `db.rooms.createIndex({room_id: 1}, {unique: true})`
/// gives it, so a database prepared by another implementation of the spec is recognised as already prepared.
pub const ROOM_ID_INDEX: &str = "room_id_1";

/// Server error codes for "an index with this name, or these keys, exists with other options".
const INDEX_CONFLICT_CODES: [i32; 2] = [85, 86];

/// Rooms stored in MongoDB, one document per room in the [`COLLECTION`] collection.
///
/// Cheap to clone: the driver's client is a handle on a shared connection pool.
#[derive(Debug, Clone)]
pub struct MongoRoomRepository {
    database: Database,
    rooms: Collection<Document>,
}

impl MongoRoomRepository {
    /// Connects to the MongoDB at `url` and uses its database `database`, with the default
    /// [`ConnectOptions`].
    ///
    /// # Errors
    /// See [`connect_with`](Self::connect_with).
    pub async fn connect(url: &str, database: &str) -> Result<Self, MongoConnectError> {
        Self::connect_with(url, database, ConnectOptions::default()).await
    }

    /// Connects to the MongoDB at `url`, uses its database `database`, and checks that it answers a ping.
    ///
    /// Does not create the collection or its index: call [`RoomRepository::prepare`] for that.
    ///
    /// # Errors
    /// [`MongoConnectError::InvalidUrl`] when `url` is malformed; [`MongoConnectError::Unreachable`] when no
    /// server answers within `options.timeout`; [`MongoConnectError::Refused`] when a server answers but refuses
    /// the ping (bad credentials, for instance).
    pub async fn connect_with(
        url: &str,
        database: &str,
        options: ConnectOptions,
    ) -> Result<Self, MongoConnectError> {
        let client = connection::connect(url, database, options).await?;
        let database = client.database(database);
        let rooms = database.collection(COLLECTION);
        Ok(Self { database, rooms })
    }
}

#[async_trait]
impl RoomRepository for MongoRoomRepository {
    async fn prepare(&self) -> Result<(), RepositoryError> {
        let index = IndexModel::builder()
            .keys(doc! { field::ROOM_ID: 1 })
            .options(
                IndexOptions::builder()
                    .unique(true)
                    .name(ROOM_ID_INDEX.to_owned())
                    .build(),
            )
            .build();
        // createIndexes is a no-op when the same index exists, which makes this idempotent; it also creates
        // the collection when needed.
        match self.rooms.create_index(index).await {
            Ok(_) => Ok(()),
            Err(error) if is_index_conflict(&error) => Err(RepositoryError::Corrupt(format!(
                "collection {COLLECTION:?} already has an index {ROOM_ID_INDEX:?} or an index on {:?} that is not \
                 the unique index this server needs (drop it to let the server create it): {}",
                field::ROOM_ID,
                error.kind
            ))),
            Err(error) => Err(repository_error(error)),
        }
    }

    async fn ping(&self) -> Result<(), RepositoryError> {
        self.database
            .run_command(doc! { "ping": 1 })
            .await
            .map(drop)
            .map_err(repository_error)
    }

    async fn insert(&self, room: &Room) -> Result<(), RepositoryError> {
        // The unique index turns a second insert of the same id into a duplicate-key error, atomically: no
        // read-then-write race between two creators.
        let document = room_document::to_document(room)?;
        self.rooms
            .insert_one(document)
            .await
            .map(drop)
            .map_err(repository_error)
    }

    async fn find(&self, id: &RoomId) -> Result<Option<Room>, RepositoryError> {
        let document = self
            .rooms
            .find_one(room_document::by_room_id(id))
            .await
            .map_err(repository_error)?;
        document
            .as_ref()
            .map(room_document::from_document)
            .transpose()
    }

    async fn save_code(
        &self,
        id: &RoomId,
        code: &str,
        version: u64,
        updated_at: Timestamp,
    ) -> Result<(), RepositoryError> {
        let update = room_document::code_update(code, version, updated_at)?;
        // update_one does not upsert unless asked, so a missing room stays missing.
        let result = self
            .rooms
            .update_one(room_document::by_room_id(id), update)
            .await
            .map_err(repository_error)?;
        if result.matched_count == 0 {
            Err(RepositoryError::NotFound)
        } else {
            Ok(())
        }
    }
}

fn is_index_conflict(error: &mongodb::error::Error) -> bool {
    matches!(error.kind.as_ref(), ErrorKind::Command(CommandError { code, .. }) if INDEX_CONFLICT_CODES.contains(code))
}
