//! The [`HistoryStore`] port on MongoDB: versions in [`VERSIONS_COLLECTION`], the attribution of each logged
//! update in [`ATTRIBUTIONS_COLLECTION`], and the deletion of a room from every collection.
//!
//! ```text
//! room_versions:     { _id: ObjectId, room_id: String, version_id: String (UUIDv7), kind: String, name: String?,
//!                      author: String?, created_at: Date, room_version: Int64, code: String, expires_at: Date? }
//! room_attributions: { _id: ObjectId, room_id: String, seq: Int64, version: Int64, author: String?,
//!                      protocol: String?, at: Date, items: BinData(0), touched: BinData(0) }
//!                      (items and touched: 16 bytes per span of item ids)
//! ```
//!
//! `expires_at` is set when the store was given a version retention age
//! ([`MongoRoomRepository::with_version_retention`]): a TTL index on it lets MongoDB delete old versions by
//! itself, between the server's own sweeps. Deleting a room removes its record last, so a deletion
//! interrupted half-way is finished by the next attempt rather than leaving data no room owns.

use std::time::Duration;

use async_trait::async_trait;
use domain::{
    RoomId, Timestamp,
    error::RepositoryError,
    history::{
        AttributedUpdate, Attribution, ItemSpan, Protocol, Version, VersionId, VersionKind,
        VersionSummary,
    },
    ports::HistoryStore,
};
use mongodb::{
    Collection,
    bson::{Binary, Bson, DateTime, Document, doc, spec::BinarySubtype},
    options::ReplaceOptions,
};

use crate::{MongoRoomRepository, error::repository_error};

/// The collection holding saved versions.
pub const VERSIONS_COLLECTION: &str = "room_versions";
/// The unique index on `{room_id: 1, version_id: 1}` of [`VERSIONS_COLLECTION`].
pub const VERSIONS_INDEX: &str = "room_id_1_version_id_1";
/// The TTL index on `expires_at` of [`VERSIONS_COLLECTION`].
pub const VERSIONS_TTL_INDEX: &str = "expires_at_1";
/// The collection holding the attribution of each logged update.
pub const ATTRIBUTIONS_COLLECTION: &str = "room_attributions";
/// The unique index on `{room_id: 1, seq: 1}` of [`ATTRIBUTIONS_COLLECTION`].
pub const ATTRIBUTIONS_INDEX: &str = "room_id_1_seq_1";
/// The index on `updated_at` of the rooms collection, for the expiry sweep.
pub const ROOMS_UPDATED_AT_INDEX: &str = "updated_at_1";

/// Field names of the history's documents.
pub(crate) mod field {
    pub(crate) const ROOM_ID: &str = "room_id";
    pub(crate) const VERSION_ID: &str = "version_id";
    pub(crate) const KIND: &str = "kind";
    pub(crate) const NAME: &str = "name";
    pub(crate) const AUTHOR: &str = "author";
    pub(crate) const CREATED_AT: &str = "created_at";
    pub(crate) const ROOM_VERSION: &str = "room_version";
    pub(crate) const CODE: &str = "code";
    pub(crate) const EXPIRES_AT: &str = "expires_at";
    pub(crate) const SEQ: &str = "seq";
    pub(crate) const VERSION: &str = "version";
    pub(crate) const PROTOCOL: &str = "protocol";
    pub(crate) const AT: &str = "at";
    pub(crate) const ITEMS: &str = "items";
    pub(crate) const TOUCHED: &str = "touched";
    pub(crate) const UPDATED_AT: &str = "updated_at";
}

/// Bytes of one span in an attribution's `items`.
const SPAN_BYTES: usize = 16;

fn counter(value: u64) -> Result<i64, RepositoryError> {
    i64::try_from(value).map_err(|error| RepositoryError::Other(Box::new(error)))
}

fn corrupt(room: &RoomId, what: &str) -> RepositoryError {
    RepositoryError::Corrupt(format!("room {room}: {what}"))
}

fn read_string(document: &Document, room: &RoomId, name: &str) -> Result<String, RepositoryError> {
    document
        .get_str(name)
        .map(str::to_owned)
        .map_err(|_| corrupt(room, &format!("field {name:?} is not a string")))
}

fn read_optional_string(document: &Document, name: &str) -> Option<String> {
    document.get_str(name).ok().map(str::to_owned)
}

fn read_counter(document: &Document, room: &RoomId, name: &str) -> Result<u64, RepositoryError> {
    let value = match document.get(name) {
        Some(Bson::Int64(value)) => *value,
        Some(Bson::Int32(value)) => i64::from(*value),
        _ => return Err(corrupt(room, &format!("field {name:?} is not an integer"))),
    };
    u64::try_from(value).map_err(|_| corrupt(room, &format!("field {name:?} is negative")))
}

fn read_time(document: &Document, room: &RoomId, name: &str) -> Result<Timestamp, RepositoryError> {
    document
        .get_datetime(name)
        .map(|date| Timestamp::from_millis(date.timestamp_millis()))
        .map_err(|_| corrupt(room, &format!("field {name:?} is not a date")))
}

fn summary_from(document: &Document, room: &RoomId) -> Result<VersionSummary, RepositoryError> {
    let id = read_string(document, room, field::VERSION_ID)?;
    let kind = read_string(document, room, field::KIND)?;
    Ok(VersionSummary {
        id: VersionId::parse(&id)
            .map_err(|error| corrupt(room, &format!("version id {id:?}: {error}")))?,
        kind: VersionKind::parse(&kind)
            .ok_or_else(|| corrupt(room, &format!("unknown version kind {kind:?}")))?,
        name: read_optional_string(document, field::NAME),
        author: read_optional_string(document, field::AUTHOR),
        created_at: read_time(document, room, field::CREATED_AT)?,
        room_version: read_counter(document, room, field::ROOM_VERSION)?,
    })
}

fn spans_binary(spans: &[ItemSpan]) -> Binary {
    let mut bytes = Vec::with_capacity(spans.len() * SPAN_BYTES);
    for span in spans {
        bytes.extend_from_slice(&span.client.to_le_bytes());
        bytes.extend_from_slice(&span.clock.to_le_bytes());
        bytes.extend_from_slice(&span.len.to_le_bytes());
    }
    Binary {
        subtype: BinarySubtype::Generic,
        bytes,
    }
}

fn spans_from(
    document: &Document,
    room: &RoomId,
    name: &str,
) -> Result<Vec<ItemSpan>, RepositoryError> {
    let binary = match document.get_binary_generic(name) {
        Ok(binary) => binary,
        // Optional: written only by versions that mark deletions.
        Err(_) if name == field::TOUCHED && !document.contains_key(name) => return Ok(Vec::new()),
        Err(_) => return Err(corrupt(room, "an attribution's items are not binary data")),
    };
    if !binary.len().is_multiple_of(SPAN_BYTES) {
        return Err(corrupt(room, "an attribution's items are truncated"));
    }
    Ok(binary
        .chunks_exact(SPAN_BYTES)
        .map(|span| {
            let (client, rest) = span.split_at(8);
            let (clock, len) = rest.split_at(4);
            ItemSpan {
                client: u64::from_le_bytes(client.try_into().unwrap_or_default()),
                clock: u32::from_le_bytes(clock.try_into().unwrap_or_default()),
                len: u32::from_le_bytes(len.try_into().unwrap_or_default()),
            }
        })
        .collect())
}

fn optional(value: Option<&str>) -> Bson {
    value.map_or(Bson::Null, |value| Bson::String(value.to_owned()))
}

async fn collect(mut cursor: mongodb::Cursor<Document>) -> Result<Vec<Document>, RepositoryError> {
    let mut documents = Vec::new();
    while cursor.advance().await.map_err(repository_error)? {
        documents.push(cursor.deserialize_current().map_err(repository_error)?);
    }
    Ok(documents)
}

impl MongoRoomRepository {
    /// Keeps versions for `age` at most: each is stored with an `expires_at`, which a TTL index on
    /// [`VERSIONS_COLLECTION`] lets MongoDB act on. `None` (the default): no `expires_at`.
    #[must_use]
    pub fn with_version_retention(mut self, age: Option<Duration>) -> Self {
        self.version_retention = age;
        self
    }

    fn by_room(room: &RoomId) -> Document {
        doc! { field::ROOM_ID: room.as_str() }
    }

    async fn delete_from(
        collection: &Collection<Document>,
        room: &RoomId,
    ) -> Result<u64, RepositoryError> {
        collection
            .delete_many(Self::by_room(room))
            .await
            .map(|result| result.deleted_count)
            .map_err(repository_error)
    }
}

#[async_trait]
impl HistoryStore for MongoRoomRepository {
    async fn save_version(&self, room: &RoomId, version: &Version) -> Result<(), RepositoryError> {
        let summary = &version.summary;
        let created_at = DateTime::from_millis(summary.created_at.as_millis());
        let mut document = doc! {
            field::ROOM_ID: room.as_str(),
            field::VERSION_ID: summary.id.to_string(),
            field::KIND: summary.kind.as_str(),
            field::NAME: optional(summary.name.as_deref()),
            field::AUTHOR: optional(summary.author.as_deref()),
            field::CREATED_AT: created_at,
            field::ROOM_VERSION: counter(summary.room_version)?,
            field::CODE: version.code.as_str(),
        };
        if let Some(age) = self.version_retention {
            let age = i64::try_from(age.as_millis()).unwrap_or(i64::MAX);
            document.insert(
                field::EXPIRES_AT,
                DateTime::from_millis(summary.created_at.as_millis().saturating_add(age)),
            );
        }
        self.versions
            .insert_one(document)
            .await
            .map(drop)
            .map_err(repository_error)
    }

    async fn list_versions(
        &self,
        room: &RoomId,
        before: Option<VersionId>,
        limit: usize,
    ) -> Result<Vec<VersionSummary>, RepositoryError> {
        let mut filter = Self::by_room(room);
        if let Some(before) = before {
            filter.insert(field::VERSION_ID, doc! { "$lt": before.to_string() });
        }
        let cursor = self
            .versions
            .find(filter)
            .sort(doc! { field::VERSION_ID: -1 })
            .limit(i64::try_from(limit).unwrap_or(i64::MAX))
            .projection(doc! { field::CODE: 0 })
            .await
            .map_err(repository_error)?;
        collect(cursor)
            .await?
            .iter()
            .map(|document| summary_from(document, room))
            .collect()
    }

    async fn find_version(
        &self,
        room: &RoomId,
        id: VersionId,
    ) -> Result<Option<Version>, RepositoryError> {
        let found = self
            .versions
            .find_one(doc! { field::ROOM_ID: room.as_str(), field::VERSION_ID: id.to_string() })
            .await
            .map_err(repository_error)?;
        found
            .map(|document| {
                Ok(Version {
                    summary: summary_from(&document, room)?,
                    code: read_string(&document, room, field::CODE)?,
                })
            })
            .transpose()
    }

    async fn prune_versions(
        &self,
        room: &RoomId,
        keep: usize,
        created_before: Option<Timestamp>,
    ) -> Result<u64, RepositoryError> {
        let mut pruned = 0;
        if let Some(cutoff) = created_before {
            pruned += self
                .versions
                .delete_many(doc! {
                    field::ROOM_ID: room.as_str(),
                    field::CREATED_AT: { "$lt": DateTime::from_millis(cutoff.as_millis()) },
                })
                .await
                .map_err(repository_error)?
                .deleted_count;
        }
        if keep > 0 {
            // The id of the `keep`-th newest version: everything older goes.
            let cursor = self
                .versions
                .find(Self::by_room(room))
                .sort(doc! { field::VERSION_ID: -1 })
                .skip(u64::try_from(keep - 1).unwrap_or(u64::MAX))
                .limit(1)
                .projection(doc! { "_id": 0, field::VERSION_ID: 1 })
                .await
                .map_err(repository_error)?;
            if let Some(oldest_kept) = collect(cursor).await?.first() {
                let oldest_kept = read_string(oldest_kept, room, field::VERSION_ID)?;
                pruned += self
                    .versions
                    .delete_many(doc! {
                        field::ROOM_ID: room.as_str(),
                        field::VERSION_ID: { "$lt": oldest_kept },
                    })
                    .await
                    .map_err(repository_error)?
                    .deleted_count;
            }
        }
        Ok(pruned)
    }

    async fn prune_old_versions(&self, created_before: Timestamp) -> Result<u64, RepositoryError> {
        self.versions
            .delete_many(doc! {
                field::CREATED_AT: { "$lt": DateTime::from_millis(created_before.as_millis()) },
            })
            .await
            .map(|result| result.deleted_count)
            .map_err(repository_error)
    }

    async fn record_attributions(
        &self,
        room: &RoomId,
        records: &[AttributedUpdate],
    ) -> Result<(), RepositoryError> {
        for record in records {
            let seq = counter(record.seq)?;
            let document = doc! {
                field::ROOM_ID: room.as_str(),
                field::SEQ: seq,
                field::VERSION: counter(record.version)?,
                field::AUTHOR: optional(record.attribution.author.as_deref()),
                field::PROTOCOL: optional(record.attribution.protocol.map(Protocol::as_str)),
                field::AT: DateTime::from_millis(record.attribution.at.as_millis()),
                field::ITEMS: spans_binary(&record.insertions),
                field::TOUCHED: spans_binary(&record.touched),
            };
            self.attributions
                .replace_one(
                    doc! { field::ROOM_ID: room.as_str(), field::SEQ: seq },
                    document,
                )
                .with_options(ReplaceOptions::builder().upsert(true).build())
                .await
                .map_err(repository_error)?;
        }
        Ok(())
    }

    async fn delete_attributions(
        &self,
        room: &RoomId,
        seqs: &[u64],
    ) -> Result<u64, RepositoryError> {
        if seqs.is_empty() {
            return Ok(0);
        }
        let seqs = seqs
            .iter()
            .map(|seq| counter(*seq))
            .collect::<Result<Vec<i64>, _>>()?;
        self.attributions
            .delete_many(doc! { field::ROOM_ID: room.as_str(), field::SEQ: { "$in": seqs } })
            .await
            .map(|result| result.deleted_count)
            .map_err(repository_error)
    }

    async fn attributions(&self, room: &RoomId) -> Result<Vec<AttributedUpdate>, RepositoryError> {
        let cursor = self
            .attributions
            .find(Self::by_room(room))
            .sort(doc! { field::SEQ: 1 })
            .await
            .map_err(repository_error)?;
        collect(cursor)
            .await?
            .iter()
            .map(|document| {
                Ok(AttributedUpdate {
                    seq: read_counter(document, room, field::SEQ)?,
                    version: read_counter(document, room, field::VERSION)?,
                    attribution: Attribution {
                        author: read_optional_string(document, field::AUTHOR),
                        protocol: document
                            .get_str(field::PROTOCOL)
                            .ok()
                            .and_then(Protocol::parse),
                        at: read_time(document, room, field::AT)?,
                    },
                    insertions: spans_from(document, room, field::ITEMS)?,
                    touched: spans_from(document, room, field::TOUCHED)?,
                })
            })
            .collect()
    }

    async fn delete_room(&self, room: &RoomId) -> Result<bool, RepositoryError> {
        for collection in [
            &self.updates,
            &self.snapshots,
            &self.versions,
            &self.attributions,
        ] {
            Self::delete_from(collection, room).await?;
        }
        Ok(Self::delete_from(&self.rooms, room).await? > 0)
    }

    async fn rooms_idle_since(
        &self,
        updated_before: Timestamp,
        limit: usize,
    ) -> Result<Vec<RoomId>, RepositoryError> {
        let cursor = self
            .rooms
            .find(doc! { field::UPDATED_AT: { "$lt": DateTime::from_millis(updated_before.as_millis()) } })
            .limit(i64::try_from(limit).unwrap_or(i64::MAX))
            .projection(doc! { "_id": 0, field::ROOM_ID: 1 })
            .await
            .map_err(repository_error)?;
        let mut rooms = Vec::new();
        for document in collect(cursor).await? {
            let Ok(raw) = document.get_str(field::ROOM_ID) else {
                continue;
            };
            match RoomId::parse(raw) {
                Ok(room) => rooms.push(room),
                Err(error) => {
                    tracing::warn!(room = raw, %error, "skipping a room with an invalid id")
                }
            }
        }
        Ok(rooms)
    }
}
