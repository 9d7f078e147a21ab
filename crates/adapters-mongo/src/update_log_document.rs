//! Update log entries and snapshots as BSON documents of the `room_updates` and `room_snapshots` collections,
//! and back.
//!
//! ```text
//! room_updates:   { _id: ObjectId, room_id: String, seq: Int64, version: Int64, data: BinData(0), created_at: Date }
//! room_snapshots: { _id: ObjectId, room_id: String, seq: Int64, version: Int64, state: BinData(0), updated_at: Date }
//! ```
//!
//! As in `room_document`, documents are read field by field so that every way one can be wrong gives a
//! [`RepositoryError::Corrupt`] naming the room and the field. The dates are for operators (when did this
//! room last change?) and are never read back.

use domain::{
    RoomId,
    error::RepositoryError,
    ports::{DocumentSnapshot, LoggedUpdate},
};
use mongodb::bson::{Binary, Bson, DateTime, Document, doc, oid::ObjectId, spec::BinarySubtype};

use crate::error::DocumentTooLarge;

/// Field names of the update log's documents.
pub(crate) mod field {
    /// The room the entry or snapshot belongs to.
    pub(crate) const ROOM_ID: &str = "room_id";
    /// The position in the room's log: of the entry, or of the last entry a snapshot includes.
    pub(crate) const SEQ: &str = "seq";
    /// The room's version at that position.
    pub(crate) const VERSION: &str = "version";
    /// An entry's Yjs update.
    pub(crate) const DATA: &str = "data";
    /// A snapshot's document state.
    pub(crate) const STATE: &str = "state";
    /// When an entry was appended.
    pub(crate) const CREATED_AT: &str = "created_at";
    /// When a snapshot was last replaced.
    pub(crate) const UPDATED_AT: &str = "updated_at";
}

/// The largest update or snapshot stored, in bytes.
///
/// A BSON document holds at most 16 MiB, field names and the other fields included; checking 15 MiB up front
/// leaves room for them and turns an oversized value into a clear error before anything is sent. The server
/// bounds a room's document far below this (1 MiB by default), so only a misconfiguration gets here.
pub(crate) const MAX_STORED_BYTES: usize = 15 * 1024 * 1024;

/// The document an entry is inserted as, with the `_id` the caller chose (so it can delete exactly what it
/// inserted if the batch fails).
///
/// # Errors
/// [`RepositoryError::Other`] when the update is larger than [`MAX_STORED_BYTES`] or a counter does not fit
/// BSON's signed 64-bit integer.
pub(crate) fn entry_document(
    room: &RoomId,
    entry: &LoggedUpdate,
    id: ObjectId,
    created_at: DateTime,
) -> Result<Document, RepositoryError> {
    check_size("update log entry", room, entry.update.len())?;
    Ok(doc! {
        "_id": id,
        field::ROOM_ID: room.as_str(),
        field::SEQ: stored_counter(entry.seq)?,
        field::VERSION: stored_counter(entry.version)?,
        field::DATA: binary(&entry.update),
        field::CREATED_AT: created_at,
    })
}

/// The `$set` storing a snapshot, for an upsert on the room's snapshot document.
///
/// # Errors
/// [`RepositoryError::Other`] when the state is larger than [`MAX_STORED_BYTES`] or a counter does not fit
/// BSON's signed 64-bit integer.
pub(crate) fn snapshot_update(
    room: &RoomId,
    snapshot: &DocumentSnapshot,
    updated_at: DateTime,
) -> Result<Document, RepositoryError> {
    check_size("snapshot", room, snapshot.state.len())?;
    Ok(doc! {
        "$set": {
            field::SEQ: stored_counter(snapshot.seq)?,
            field::VERSION: stored_counter(snapshot.version)?,
            field::STATE: binary(&snapshot.state),
            field::UPDATED_AT: updated_at,
        }
    })
}

/// The filter selecting a room's entries or its snapshot.
pub(crate) fn by_room_id(room: &RoomId) -> Document {
    doc! { field::ROOM_ID: room.as_str() }
}

/// A counter as BSON's signed 64-bit integer.
///
/// # Errors
/// [`RepositoryError::Other`] when it does not fit.
pub(crate) fn stored_counter(counter: u64) -> Result<i64, RepositoryError> {
    i64::try_from(counter).map_err(|error| RepositoryError::Other(Box::new(error)))
}

/// Reads a stored entry back.
///
/// # Errors
/// [`RepositoryError::Corrupt`] when a field is missing or of the wrong type.
pub(crate) fn entry_from_document(
    room: &RoomId,
    document: &Document,
) -> Result<LoggedUpdate, RepositoryError> {
    Ok(LoggedUpdate {
        seq: read_counter(document, room, field::SEQ)?,
        version: read_counter(document, room, field::VERSION)?,
        update: read_bytes(document, room, field::DATA)?,
    })
}

/// Reads a stored snapshot back.
///
/// # Errors
/// [`RepositoryError::Corrupt`] when a field is missing or of the wrong type.
pub(crate) fn snapshot_from_document(
    room: &RoomId,
    document: &Document,
) -> Result<DocumentSnapshot, RepositoryError> {
    Ok(DocumentSnapshot {
        seq: read_counter(document, room, field::SEQ)?,
        version: read_counter(document, room, field::VERSION)?,
        state: read_bytes(document, room, field::STATE)?,
    })
}

/// Reads the `seq` of a stored snapshot (or entry), for checks that need nothing else.
///
/// # Errors
/// [`RepositoryError::Corrupt`] when the field is missing or not a non-negative integer.
pub(crate) fn seq_from_document(
    room: &RoomId,
    document: &Document,
) -> Result<u64, RepositoryError> {
    read_counter(document, room, field::SEQ)
}

fn check_size(what: &'static str, room: &RoomId, size: usize) -> Result<(), RepositoryError> {
    if size > MAX_STORED_BYTES {
        return Err(RepositoryError::Other(Box::new(DocumentTooLarge {
            what,
            room: room.as_str().to_owned(),
            size,
            limit: MAX_STORED_BYTES,
        })));
    }
    Ok(())
}

fn binary(bytes: &[u8]) -> Binary {
    Binary {
        subtype: BinarySubtype::Generic,
        bytes: bytes.to_vec(),
    }
}

/// Reads a non-negative integer field. Both widths are accepted, since the shell writes small numbers as
/// 32-bit integers.
fn read_counter(document: &Document, room: &RoomId, name: &str) -> Result<u64, RepositoryError> {
    let stored = match document.get(name) {
        Some(Bson::Int64(value)) => *value,
        Some(Bson::Int32(value)) => i64::from(*value),
        other => return Err(wrong_field(room, name, other, "an integer")),
    };
    u64::try_from(stored).map_err(|_| {
        RepositoryError::Corrupt(format!(
            "room {room}: field {name:?} is negative ({stored})"
        ))
    })
}

fn read_bytes(document: &Document, room: &RoomId, name: &str) -> Result<Vec<u8>, RepositoryError> {
    match document.get(name) {
        // Any subtype: the bytes are what matter, and a hand-written document may use another one.
        Some(Bson::Binary(binary)) => Ok(binary.bytes.clone()),
        other => Err(wrong_field(room, name, other, "binary data")),
    }
}

fn wrong_field(room: &RoomId, name: &str, found: Option<&Bson>, expected: &str) -> RepositoryError {
    let problem = match found {
        None => "is missing".to_owned(),
        Some(value) => format!("is a {:?}, not {expected}", value.element_type()),
    };
    RepositoryError::Corrupt(format!("room {room}: field {name:?} {problem}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn room() -> RoomId {
        RoomId::parse("abc123xy").expect("valid id")
    }

    #[test]
    fn entries_round_trip_through_their_document() {
        let entry = LoggedUpdate {
            seq: 7,
            version: 9,
            update: vec![1, 0, 255],
        };
        let document = entry_document(&room(), &entry, ObjectId::new(), DateTime::from_millis(5))
            .expect("document");
        assert!(matches!(
            document.get(field::DATA),
            Some(Bson::Binary(Binary {
                subtype: BinarySubtype::Generic,
                ..
            }))
        ));
        assert_eq!(
            entry_from_document(&room(), &document).expect("entry"),
            entry
        );
    }

    #[test]
    fn snapshots_larger_than_a_document_are_refused_before_sending() {
        let snapshot = DocumentSnapshot {
            seq: 1,
            version: 1,
            state: vec![0; MAX_STORED_BYTES + 1],
        };
        let error =
            snapshot_update(&room(), &snapshot, DateTime::from_millis(0)).expect_err("too large");
        assert!(matches!(error, RepositoryError::Other(_)), "{error:?}");
        let message = std::error::Error::source(&error)
            .map(ToString::to_string)
            .unwrap_or_default();
        assert!(message.contains("snapshot of room abc123xy"), "{message}");
    }

    #[test]
    fn malformed_documents_are_corrupt() {
        let cases = [
            doc! { field::SEQ: "1", field::VERSION: 1_i64, field::DATA: binary(&[1]) },
            doc! { field::SEQ: -1_i64, field::VERSION: 1_i64, field::DATA: binary(&[1]) },
            doc! { field::SEQ: 1_i64, field::VERSION: 1_i64, field::DATA: "bytes" },
            doc! { field::SEQ: 1_i64, field::DATA: binary(&[1]) },
        ];
        for document in cases {
            let error = entry_from_document(&room(), &document).expect_err("must be corrupt");
            assert!(
                matches!(error, RepositoryError::Corrupt(_)),
                "{document}: {error:?}"
            );
        }
    }
}
