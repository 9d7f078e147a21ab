//! A room as a BSON document of the `rooms` collection, and back.
//!
//! Documents are read field by field rather than through a serde derive so that every way a document can be
//! wrong (written by hand, or by another implementation of the spec) gives a [`RepositoryError::Corrupt`]
//! naming the room and the field.

use domain::{Room, RoomId, Timestamp, error::RepositoryError};
use mongodb::bson::{Bson, DateTime, Document, doc, document::ValueAccessError, oid::ObjectId};

/// Field names of a room document: the spec's, plus `version`.
pub(crate) mod field {
    /// The room's identifier, unique across the collection.
    pub(crate) const ROOM_ID: &str = "room_id";
    /// The room's code.
    pub(crate) const CODE: &str = "code";
    /// How many changes have altered the code. Not in the spec: documents without it are at version 0.
    pub(crate) const VERSION: &str = "version";
    /// When the room was created.
    pub(crate) const CREATED_AT: &str = "created_at";
    /// When the code last changed.
    pub(crate) const UPDATED_AT: &str = "updated_at";
    /// The subject of the token that created the room (access control). Not in the spec; absent for rooms
    /// created without a token.
    pub(crate) const OWNER: &str = "owner";
}

/// The document a new room is inserted as.
///
/// # Errors
/// [`RepositoryError::Other`] when the version does not fit BSON's signed 64-bit integer.
pub(crate) fn to_document(room: &Room) -> Result<Document, RepositoryError> {
    Ok(doc! {
        "_id": ObjectId::new(),
        field::ROOM_ID: room.id.as_str(),
        field::CODE: room.code.as_str(),
        field::VERSION: stored_version(room.version)?,
        field::CREATED_AT: stored_time(room.created_at),
        field::UPDATED_AT: stored_time(room.updated_at),
    })
}

/// The `$set` of a code change: code, version and `updated_at`, never `created_at`.
///
/// # Errors
/// [`RepositoryError::Other`] when the version does not fit BSON's signed 64-bit integer.
pub(crate) fn code_update(
    code: &str,
    version: u64,
    updated_at: Timestamp,
) -> Result<Document, RepositoryError> {
    Ok(doc! {
        "$set": {
            field::CODE: code,
            field::VERSION: stored_version(version)?,
            field::UPDATED_AT: stored_time(updated_at),
        }
    })
}

/// The filter selecting one room.
pub(crate) fn by_room_id(id: &RoomId) -> Document {
    doc! { field::ROOM_ID: id.as_str() }
}

/// Reads a stored document back into a room.
///
/// # Errors
/// [`RepositoryError::Corrupt`] when a field is missing or of the wrong type, or the room id is not one
/// [`RoomId::parse`] accepts.
pub(crate) fn from_document(document: &Document) -> Result<Room, RepositoryError> {
    let raw_id = document
        .get_str(field::ROOM_ID)
        .map_err(|error| corrupt("?", field::ROOM_ID, &error))?;
    let id = RoomId::parse(raw_id).map_err(|error| {
        RepositoryError::Corrupt(format!("stored room id {raw_id:?} is invalid: {error}"))
    })?;
    let code = document
        .get_str(field::CODE)
        .map_err(|error| corrupt(raw_id, field::CODE, &error))?;
    let created_at = read_time(document, raw_id, field::CREATED_AT)?;
    let updated_at = read_time(document, raw_id, field::UPDATED_AT)?;
    let version = read_version(document, raw_id)?;
    Ok(Room {
        id,
        code: code.to_owned(),
        version,
        created_at,
        updated_at,
    })
}

fn stored_version(version: u64) -> Result<i64, RepositoryError> {
    i64::try_from(version).map_err(|error| RepositoryError::Other(Box::new(error)))
}

fn stored_time(time: Timestamp) -> DateTime {
    DateTime::from_millis(time.as_millis())
}

fn read_time(document: &Document, room: &str, name: &str) -> Result<Timestamp, RepositoryError> {
    let time = document
        .get_datetime(name)
        .map_err(|error| corrupt(room, name, &error))?;
    Ok(Timestamp::from_millis(time.timestamp_millis()))
}

/// Reads `version`, which documents written by other implementations of the spec do not have.
///
/// The shell and most drivers write small numbers as 32-bit integers, so both widths are accepted.
fn read_version(document: &Document, room: &str) -> Result<u64, RepositoryError> {
    let stored = match document.get(field::VERSION) {
        None => return Ok(0),
        Some(Bson::Int64(version)) => *version,
        Some(Bson::Int32(version)) => i64::from(*version),
        Some(other) => {
            return Err(RepositoryError::Corrupt(format!(
                "room {room:?}: field {:?} is a {:?}, not an integer",
                field::VERSION,
                other.element_type()
            )));
        }
    };
    u64::try_from(stored).map_err(|_| {
        RepositoryError::Corrupt(format!(
            "room {room:?}: field {:?} is negative ({stored})",
            field::VERSION
        ))
    })
}

fn corrupt(room: &str, name: &str, error: &ValueAccessError) -> RepositoryError {
    let problem = match error {
        ValueAccessError::NotPresent => "is missing",
        ValueAccessError::UnexpectedType => "has the wrong type",
        _ => "cannot be read",
    };
    RepositoryError::Corrupt(format!("room {room:?}: field {name:?} {problem}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn room() -> Room {
        let mut room = Room::new(
            RoomId::parse("abc123xy").expect("valid id"),
            Timestamp::from_millis(1_704_067_200_000),
        );
        room.code = "print('Hello, World!')".to_owned();
        room.version = 3;
        room.updated_at = Timestamp::from_millis(1_704_067_260_001);
        room
    }

    #[test]
    fn rooms_round_trip_through_their_document() {
        let document = to_document(&room()).expect("document");
        assert!(matches!(document.get("_id"), Some(Bson::ObjectId(_))));
        assert!(matches!(
            document.get(field::CREATED_AT),
            Some(Bson::DateTime(_))
        ));
        assert_eq!(from_document(&document).expect("room"), room());
    }

    #[test]
    fn documents_without_a_version_are_at_version_zero() {
        let mut document = to_document(&room()).expect("document");
        document.remove(field::VERSION);
        assert_eq!(from_document(&document).expect("room").version, 0);
        document.insert(field::VERSION, 4_i32);
        assert_eq!(from_document(&document).expect("room").version, 4);
    }

    #[test]
    fn malformed_documents_are_corrupt() {
        let cases: [(&str, Bson); 5] = [
            (field::ROOM_ID, Bson::String("../etc".to_owned())),
            (field::CODE, Bson::Int32(1)),
            (
                field::CREATED_AT,
                Bson::String("2024-01-01T00:00:00Z".to_owned()),
            ),
            (field::VERSION, Bson::Int64(-1)),
            (field::VERSION, Bson::String("1".to_owned())),
        ];
        for (name, value) in cases {
            let mut document = to_document(&room()).expect("document");
            document.insert(name, value.clone());
            let error = from_document(&document).expect_err("must be corrupt");
            assert!(
                matches!(error, RepositoryError::Corrupt(_)),
                "{name} = {value}: {error:?}"
            );
        }
        let mut document = to_document(&room()).expect("document");
        document.remove(field::UPDATED_AT);
        assert!(matches!(
            from_document(&document),
            Err(RepositoryError::Corrupt(_))
        ));
    }
}
