//! [`MongoRoomRepository`]: the [`RoomRepository`] port over the `rooms` collection, and the store's
//! preparation (collections and indexes), including those of the update log (`update_log`), the history
//! (`history`) and the ledger of share tokens (`token_ledger`).

use async_trait::async_trait;
use domain::{Room, RoomId, Timestamp, error::RepositoryError, ports::RoomRepository};
use mongodb::{
    Collection, Database, IndexModel,
    bson::{Document, doc},
    error::{CommandError, ErrorKind},
    options::{CollectionOptions, IndexOptions, WriteConcern},
};

use crate::{
    connection::{self, ConnectOptions},
    error::{MongoConnectError, repository_error},
    history::{
        self as history_document, ATTRIBUTIONS_COLLECTION, ATTRIBUTIONS_INDEX,
        ROOMS_UPDATED_AT_INDEX, VERSIONS_COLLECTION, VERSIONS_INDEX, VERSIONS_TTL_INDEX,
    },
    room_document::{self, field},
    token_ledger::{self, SHARE_TOKENS_COLLECTION, SHARE_TOKENS_TTL_INDEX},
    update_log_document,
};

/// The collection holding the rooms, as named by the spec.
pub const COLLECTION: &str = "rooms";

/// The name of the unique index on `room_id`: the name `db.rooms.createIndex({room_id: 1}, {unique: true})`
/// gives it, so a database prepared by another implementation of the spec is recognised as already prepared.
pub const ROOM_ID_INDEX: &str = "room_id_1";

/// The collection holding every room's update log, one document per Yjs update.
pub const UPDATES_COLLECTION: &str = "room_updates";

/// The name of the unique index on `{room_id: 1, seq: 1}` of [`UPDATES_COLLECTION`], as the shell names it.
///
/// It is what refuses a second writer of the same `seq`, and what `load` reads a room's entries in order by.
pub const UPDATES_INDEX: &str = "room_id_1_seq_1";

/// The collection holding each room's latest compaction, one document per room.
pub const SNAPSHOTS_COLLECTION: &str = "room_snapshots";

/// The name of the unique index on `{room_id: 1}` of [`SNAPSHOTS_COLLECTION`], as the shell names it.
pub const SNAPSHOTS_INDEX: &str = "room_id_1";

/// Server error codes for "an index with this name, or these keys, exists with other options".
const INDEX_CONFLICT_CODES: [i32; 2] = [85, 86];

/// Rooms stored in MongoDB, one document per room in the [`COLLECTION`] collection.
///
/// Cheap to clone: the driver's client is a handle on a shared connection pool.
#[derive(Debug, Clone)]
pub struct MongoRoomRepository {
    database: Database,
    pub(crate) rooms: Collection<Document>,
    /// The update log ([`UPDATES_COLLECTION`]), written with a journaled write concern.
    pub(crate) updates: Collection<Document>,
    /// The snapshots ([`SNAPSHOTS_COLLECTION`]), written with a journaled write concern.
    pub(crate) snapshots: Collection<Document>,
    /// Saved versions ([`VERSIONS_COLLECTION`]).
    pub(crate) versions: Collection<Document>,
    /// The attribution of each logged update ([`ATTRIBUTIONS_COLLECTION`]).
    pub(crate) attributions: Collection<Document>,
    /// The ledger of share tokens ([`SHARE_TOKENS_COLLECTION`]), written with a journaled write concern.
    pub(crate) share_tokens: Collection<Document>,
    /// How long versions are kept (their `expires_at`), when limited.
    pub(crate) version_retention: Option<std::time::Duration>,
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
    /// Does not create the collections or their indexes: call [`RoomRepository::prepare`] for that.
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
        // The update log acknowledges an edit to its author once `append` returns, so the write must be on
        // disk, not only in the server's memory: by default a server acknowledges before its journal is
        // flushed (every 100 ms), and a crash of the server in between would lose edits clients saw. `j`
        // alone keeps the server's default `w` (majority on a replica set).
        let journaled = CollectionOptions::builder()
            .write_concern(WriteConcern::builder().journal(true).build())
            .build();
        let updates = database.collection_with_options(UPDATES_COLLECTION, journaled.clone());
        let snapshots = database.collection_with_options(SNAPSHOTS_COLLECTION, journaled.clone());
        let versions = database.collection_with_options(VERSIONS_COLLECTION, journaled.clone());
        let attributions =
            database.collection_with_options(ATTRIBUTIONS_COLLECTION, journaled.clone());
        // A revocation acknowledged to the owner must hold after a crash of the database too.
        let share_tokens = database.collection_with_options(SHARE_TOKENS_COLLECTION, journaled);
        Ok(Self {
            database,
            rooms,
            updates,
            snapshots,
            versions,
            attributions,
            share_tokens,
            version_retention: None,
        })
    }
}

#[async_trait]
impl RoomRepository for MongoRoomRepository {
    async fn prepare(&self) -> Result<(), RepositoryError> {
        create_unique_index(&self.rooms, doc! { field::ROOM_ID: 1 }, ROOM_ID_INDEX).await?;
        create_unique_index(
            &self.updates,
            doc! { update_log_document::field::ROOM_ID: 1, update_log_document::field::SEQ: 1 },
            UPDATES_INDEX,
        )
        .await?;
        create_unique_index(
            &self.snapshots,
            doc! { update_log_document::field::ROOM_ID: 1 },
            SNAPSHOTS_INDEX,
        )
        .await?;
        create_unique_index(
            &self.versions,
            doc! { history_document::field::ROOM_ID: 1, history_document::field::VERSION_ID: 1 },
            VERSIONS_INDEX,
        )
        .await?;
        create_unique_index(
            &self.attributions,
            doc! { history_document::field::ROOM_ID: 1, history_document::field::SEQ: 1 },
            ATTRIBUTIONS_INDEX,
        )
        .await?;
        // MongoDB deletes a version once its `expires_at` has passed (only versions that have one).
        create_index(
            &self.versions,
            doc! { history_document::field::EXPIRES_AT: 1 },
            IndexOptions::builder()
                .name(VERSIONS_TTL_INDEX.to_owned())
                .expire_after(std::time::Duration::ZERO)
                .build(),
        )
        .await?;
        // MongoDB deletes a share token's document some time after its expiry (see `token_ledger`).
        create_index(
            &self.share_tokens,
            doc! { token_ledger::field::EXPIRES_AT: 1 },
            IndexOptions::builder()
                .name(SHARE_TOKENS_TTL_INDEX.to_owned())
                .expire_after(token_ledger::ttl_after_expiry())
                .build(),
        )
        .await?;
        create_index(
            &self.rooms,
            doc! { field::UPDATED_AT: 1 },
            IndexOptions::builder()
                .name(ROOMS_UPDATED_AT_INDEX.to_owned())
                .build(),
        )
        .await
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

    async fn insert_owned(&self, room: &Room, owner: &str) -> Result<(), RepositoryError> {
        let mut document = room_document::to_document(room)?;
        document.insert(field::OWNER, owner);
        self.rooms
            .insert_one(document)
            .await
            .map(drop)
            .map_err(repository_error)
    }

    async fn owner(&self, id: &RoomId) -> Result<Option<String>, RepositoryError> {
        let document = self
            .rooms
            .find_one(room_document::by_room_id(id))
            .projection(doc! { field::OWNER: 1 })
            .await
            .map_err(repository_error)?;
        Ok(document.and_then(|document| document.get_str(field::OWNER).ok().map(str::to_owned)))
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

/// Creates an index on `keys` of `collection` with `options` (and the collection if needed). Idempotent.
async fn create_index(
    collection: &Collection<Document>,
    keys: Document,
    options: IndexOptions,
) -> Result<(), RepositoryError> {
    let index = IndexModel::builder().keys(keys).options(options).build();
    collection
        .create_index(index)
        .await
        .map(drop)
        .map_err(repository_error)
}

/// Creates the unique index `name` on `keys` of `collection`, and the collection if needed.
///
/// createIndexes is a no-op when the same index exists, which makes this idempotent.
async fn create_unique_index(
    collection: &Collection<Document>,
    keys: Document,
    name: &str,
) -> Result<(), RepositoryError> {
    let index = IndexModel::builder()
        .keys(keys.clone())
        .options(
            IndexOptions::builder()
                .unique(true)
                .name(name.to_owned())
                .build(),
        )
        .build();
    match collection.create_index(index).await {
        Ok(_) => Ok(()),
        Err(error) if is_index_conflict(&error) => Err(RepositoryError::Corrupt(format!(
            "collection {:?} already has an index {name:?} or an index on {keys} that is not the unique index \
             this server needs (drop it to let the server create it): {}",
            collection.name(),
            error.kind
        ))),
        Err(error) => Err(repository_error(error)),
    }
}

fn is_index_conflict(error: &mongodb::error::Error) -> bool {
    matches!(error.kind.as_ref(), ErrorKind::Command(CommandError { code, .. }) if INDEX_CONFLICT_CODES.contains(code))
}
