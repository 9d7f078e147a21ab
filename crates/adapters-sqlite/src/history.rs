//! The [`HistoryStore`] port on SQLite: versions in `room_versions`, the attribution of each logged update in
//! `room_attributions` (both created by the crate's schema), and the deletion of a room from every table.
//!
//! Version ids are UUIDv7 in their hyphenated lower-case form, which sorts as the ids do: by time. An
//! attribution's inserted items are one blob of 16 bytes per span (client id, then first clock and length,
//! little-endian).

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
use rusqlite::{Connection, OptionalExtension, Row, TransactionBehavior, params};

use crate::{SqliteRoomRepository, storage_error, to_i64, to_u64};

const SUMMARY_COLUMNS: &str = "id, kind, name, author, created_at, room_version";

/// Bytes of one span in an attribution's `items` blob.
const SPAN_BYTES: usize = 16;

fn encode_spans(spans: &[ItemSpan]) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(spans.len() * SPAN_BYTES);
    for span in spans {
        bytes.extend_from_slice(&span.client.to_le_bytes());
        bytes.extend_from_slice(&span.clock.to_le_bytes());
        bytes.extend_from_slice(&span.len.to_le_bytes());
    }
    bytes
}

fn decode_spans(room: &RoomId, bytes: &[u8]) -> Result<Vec<ItemSpan>, RepositoryError> {
    if !bytes.len().is_multiple_of(SPAN_BYTES) {
        return Err(RepositoryError::Corrupt(format!(
            "room {room}: an attribution's items are {} bytes, not a multiple of {SPAN_BYTES}",
            bytes.len()
        )));
    }
    Ok(bytes
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

/// The raw columns of a version summary, read inside the row callback.
type SummaryRow = (String, String, Option<String>, Option<String>, i64, i64);

fn summary_row(row: &Row<'_>) -> rusqlite::Result<SummaryRow> {
    Ok((
        row.get(0)?,
        row.get(1)?,
        row.get(2)?,
        row.get(3)?,
        row.get(4)?,
        row.get(5)?,
    ))
}

fn summary(room: &RoomId, raw: SummaryRow) -> Result<VersionSummary, RepositoryError> {
    let (id, kind, name, author, created_at, room_version) = raw;
    Ok(VersionSummary {
        id: VersionId::parse(&id).map_err(|error| {
            RepositoryError::Corrupt(format!("room {room}: version id {id:?}: {error}"))
        })?,
        kind: VersionKind::parse(&kind).ok_or_else(|| {
            RepositoryError::Corrupt(format!("room {room}: unknown version kind {kind:?}"))
        })?,
        name,
        author,
        created_at: Timestamp::from_millis(created_at),
        room_version: to_u64(room_version)?,
    })
}

/// Stores one attribution, replacing the record of the same `seq`.
fn insert_attribution(
    connection: &Connection,
    room: &RoomId,
    record: &AttributedUpdate,
) -> Result<(), RepositoryError> {
    connection
        .prepare_cached(
            "INSERT OR REPLACE INTO room_attributions (room_id, seq, version, author, protocol, at, items, touched) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )
        .and_then(|mut insert| {
            insert.execute(params![
                room.as_str(),
                to_i64(record.seq).unwrap_or(i64::MAX),
                to_i64(record.version).unwrap_or(i64::MAX),
                record.attribution.author,
                record.attribution.protocol.map(Protocol::as_str),
                record.attribution.at.as_millis(),
                encode_spans(&record.insertions),
                encode_spans(&record.touched),
            ])
        })
        .map(drop)
        .map_err(storage_error)
}

#[async_trait]
impl HistoryStore for SqliteRoomRepository {
    async fn save_version(&self, room: &RoomId, version: &Version) -> Result<(), RepositoryError> {
        let (room, version) = (room.clone(), version.clone());
        self.with_connection(move |connection| {
            let summary = &version.summary;
            connection
                .execute(
                    "INSERT INTO room_versions (room_id, id, kind, name, author, created_at, room_version, code) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    params![
                        room.as_str(),
                        summary.id.to_string(),
                        summary.kind.as_str(),
                        summary.name,
                        summary.author,
                        summary.created_at.as_millis(),
                        to_i64(summary.room_version)?,
                        version.code,
                    ],
                )
                .map(drop)
                .map_err(storage_error)
        })
        .await
    }

    async fn list_versions(
        &self,
        room: &RoomId,
        before: Option<VersionId>,
        limit: usize,
    ) -> Result<Vec<VersionSummary>, RepositoryError> {
        let room = room.clone();
        let before = before.map(|id| id.to_string());
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        self.with_connection(move |connection| {
            let mut select = connection
                .prepare_cached(&format!(
                    "SELECT {SUMMARY_COLUMNS} FROM room_versions \
                     WHERE room_id = ?1 AND (?2 IS NULL OR id < ?2) ORDER BY id DESC LIMIT ?3"
                ))
                .map_err(storage_error)?;
            let rows = select
                .query_map(params![room.as_str(), before, limit], summary_row)
                .map_err(storage_error)?;
            rows.map(|raw| summary(&room, raw.map_err(storage_error)?))
                .collect()
        })
        .await
    }

    async fn find_version(
        &self,
        room: &RoomId,
        id: VersionId,
    ) -> Result<Option<Version>, RepositoryError> {
        let room = room.clone();
        self.with_connection(move |connection| {
            let found = connection
                .query_row(
                    &format!(
                        "SELECT {SUMMARY_COLUMNS}, code FROM room_versions WHERE room_id = ?1 AND id = ?2"
                    ),
                    params![room.as_str(), id.to_string()],
                    |row| Ok((summary_row(row)?, row.get::<_, String>(6)?)),
                )
                .optional()
                .map_err(storage_error)?;
            found
                .map(|(raw, code)| {
                    Ok(Version {
                        summary: summary(&room, raw)?,
                        code,
                    })
                })
                .transpose()
        })
        .await
    }

    async fn prune_versions(
        &self,
        room: &RoomId,
        keep: usize,
        created_before: Option<Timestamp>,
    ) -> Result<u64, RepositoryError> {
        let room = room.clone();
        let keep = i64::try_from(keep).unwrap_or(i64::MAX);
        self.with_connection(move |connection| {
            let transaction = connection
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(storage_error)?;
            let mut pruned = 0;
            if let Some(cutoff) = created_before {
                pruned += transaction
                    .execute(
                        "DELETE FROM room_versions WHERE room_id = ?1 AND created_at < ?2",
                        params![room.as_str(), cutoff.as_millis()],
                    )
                    .map_err(storage_error)?;
            }
            if keep > 0 {
                pruned += transaction
                    .execute(
                        "DELETE FROM room_versions WHERE room_id = ?1 AND id NOT IN \
                         (SELECT id FROM room_versions WHERE room_id = ?1 ORDER BY id DESC LIMIT ?2)",
                        params![room.as_str(), keep],
                    )
                    .map_err(storage_error)?;
            }
            transaction.commit().map_err(storage_error)?;
            Ok(pruned as u64)
        })
        .await
    }

    async fn prune_old_versions(&self, created_before: Timestamp) -> Result<u64, RepositoryError> {
        self.with_connection(move |connection| {
            connection
                .execute(
                    "DELETE FROM room_versions WHERE created_at < ?1",
                    params![created_before.as_millis()],
                )
                .map(|pruned| pruned as u64)
                .map_err(storage_error)
        })
        .await
    }

    async fn record_attributions(
        &self,
        room: &RoomId,
        records: &[AttributedUpdate],
    ) -> Result<(), RepositoryError> {
        if records.is_empty() {
            return Ok(());
        }
        let (room, records) = (room.clone(), records.to_vec());
        // As the log's append: a short statement, run on the caller's thread when the connection is free.
        self.with_free_connection(move |connection| {
            // One record (every edit's) is one statement, its own transaction; several are one transaction.
            if let [record] = records.as_slice() {
                return insert_attribution(connection, &room, record);
            }
            let transaction = connection
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(storage_error)?;
            for record in &records {
                insert_attribution(&transaction, &room, record)?;
            }
            transaction.commit().map_err(storage_error)
        })
        .await
    }

    async fn delete_attributions(
        &self,
        room: &RoomId,
        seqs: &[u64],
    ) -> Result<u64, RepositoryError> {
        if seqs.is_empty() {
            return Ok(0);
        }
        let (room, seqs) = (room.clone(), seqs.to_vec());
        self.with_connection(move |connection| {
            let transaction = connection
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(storage_error)?;
            let mut deleted = 0;
            for seq in seqs {
                let seq = to_i64(seq)?;
                deleted += transaction
                    .prepare_cached("DELETE FROM room_attributions WHERE room_id = ?1 AND seq = ?2")
                    .and_then(|mut delete| delete.execute(params![room.as_str(), seq]))
                    .map_err(storage_error)?;
            }
            transaction.commit().map_err(storage_error)?;
            Ok(deleted as u64)
        })
        .await
    }

    async fn attributions(&self, room: &RoomId) -> Result<Vec<AttributedUpdate>, RepositoryError> {
        let room = room.clone();
        self.with_connection(move |connection| {
            let mut select = connection
                .prepare_cached(
                    "SELECT seq, version, author, protocol, at, items, touched FROM room_attributions \
                     WHERE room_id = ?1 ORDER BY seq",
                )
                .map_err(storage_error)?;
            let rows = select
                .query_map(params![room.as_str()], |row| {
                    Ok((
                        row.get::<_, i64>(0)?,
                        row.get::<_, i64>(1)?,
                        row.get::<_, Option<String>>(2)?,
                        row.get::<_, Option<String>>(3)?,
                        row.get::<_, i64>(4)?,
                        row.get::<_, Vec<u8>>(5)?,
                        row.get::<_, Vec<u8>>(6)?,
                    ))
                })
                .map_err(storage_error)?;
            rows.map(|row| {
                let (seq, version, author, protocol, at, items, touched) =
                    row.map_err(storage_error)?;
                Ok(AttributedUpdate {
                    seq: to_u64(seq)?,
                    version: to_u64(version)?,
                    attribution: Attribution {
                        author,
                        protocol: protocol.as_deref().and_then(Protocol::parse),
                        at: Timestamp::from_millis(at),
                    },
                    insertions: decode_spans(&room, &items)?,
                    touched: decode_spans(&room, &touched)?,
                })
            })
            .collect()
        })
        .await
    }

    async fn delete_room(&self, room: &RoomId) -> Result<bool, RepositoryError> {
        let room = room.clone();
        self.with_connection(move |connection| {
            // One transaction: a reader (or a crash) sees the room whole or gone.
            let transaction = connection
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(storage_error)?;
            for table in [
                "room_updates",
                "room_snapshots",
                "room_versions",
                "room_attributions",
            ] {
                transaction
                    .execute(
                        &format!("DELETE FROM {table} WHERE room_id = ?1"),
                        params![room.as_str()],
                    )
                    .map_err(storage_error)?;
            }
            let existed = transaction
                .execute(
                    "DELETE FROM rooms WHERE room_id = ?1",
                    params![room.as_str()],
                )
                .map_err(storage_error)?;
            transaction.commit().map_err(storage_error)?;
            Ok(existed > 0)
        })
        .await
    }

    async fn rooms_idle_since(
        &self,
        updated_before: Timestamp,
        limit: usize,
    ) -> Result<Vec<RoomId>, RepositoryError> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        self.with_connection(move |connection| {
            let mut select = connection
                .prepare_cached("SELECT room_id FROM rooms WHERE updated_at < ?1 LIMIT ?2")
                .map_err(storage_error)?;
            let rows = select
                .query_map(params![updated_before.as_millis(), limit], |row| {
                    row.get::<_, String>(0)
                })
                .map_err(storage_error)?;
            let mut rooms = Vec::new();
            for raw in rows {
                let raw = raw.map_err(storage_error)?;
                match RoomId::parse(&raw) {
                    Ok(room) => rooms.push(room),
                    Err(error) => {
                        tracing::warn!(room = raw, %error, "skipping a room with an invalid id")
                    }
                }
            }
            Ok(rooms)
        })
        .await
    }
}
