//! Rooms: the unit of collaboration, named by a short unguessable identifier.

use std::fmt;

use crate::{document::Document, ports::Entropy, time::Timestamp};

/// Characters of a newly generated room identifier (the spec's 8 characters `[a-z0-9]`).
const GENERATED_ALPHABET: &[u8; 36] = b"abcdefghijklmnopqrstuvwxyz0123456789";
/// Length of a newly generated room identifier.
pub const GENERATED_ROOM_ID_LEN: usize = 8;
/// Longest identifier accepted from a client.
///
/// New rooms always get 8 characters, but a database shared with other implementations of the spec may hold
/// rooms with longer names, so lookups accept any short URL-safe name. Anything else is rejected before it
/// reaches a store.
pub const MAX_ROOM_ID_LEN: usize = 64;

/// The identifier of a room: 1 to 64 characters of `[A-Za-z0-9_-]`.
///
/// Only [`RoomId::parse`] and [`RoomId::generate`] build one, so every `RoomId` in the system is well formed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RoomId(String);

/// Why a string is not a room identifier.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RoomIdError {
    /// The string is empty.
    #[error("room id is empty")]
    Empty,
    /// The string is longer than [`MAX_ROOM_ID_LEN`].
    #[error("room id is longer than {MAX_ROOM_ID_LEN} characters")]
    TooLong,
    /// The string holds a character outside `[A-Za-z0-9_-]`.
    #[error("room id may only contain letters, digits, '-' and '_'")]
    InvalidCharacter,
}

impl RoomId {
    /// Parses a client-supplied room identifier.
    ///
    /// # Errors
    /// Returns a [`RoomIdError`] when `raw` is empty, too long or holds a character outside `[A-Za-z0-9_-]`.
    pub fn parse(raw: &str) -> Result<Self, RoomIdError> {
        if raw.is_empty() {
            return Err(RoomIdError::Empty);
        }
        if raw.len() > MAX_ROOM_ID_LEN {
            return Err(RoomIdError::TooLong);
        }
        if !raw
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return Err(RoomIdError::InvalidCharacter);
        }
        Ok(Self(raw.to_owned()))
    }

    /// Generates a fresh identifier of 8 characters from `[a-z0-9]`, uniformly distributed.
    ///
    /// Uniformity comes from rejection sampling: bytes of 252 and above are discarded, since 252 is the
    /// largest multiple of 36 that fits a byte. That leaves about 41 bits of entropy, enough that
    /// guessing a live room's identifier is impractical.
    pub fn generate(entropy: &dyn Entropy) -> Self {
        const ACCEPT_BELOW: u8 = 252;
        let mut id = String::with_capacity(GENERATED_ROOM_ID_LEN);
        let mut buffer = [0_u8; 16];
        while id.len() < GENERATED_ROOM_ID_LEN {
            entropy.fill(&mut buffer);
            for &byte in &buffer {
                if byte < ACCEPT_BELOW && id.len() < GENERATED_ROOM_ID_LEN {
                    id.push(char::from(GENERATED_ALPHABET[usize::from(byte % 36)]));
                }
            }
        }
        Self(id)
    }

    /// The identifier as text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for RoomId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for RoomId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

/// A room as stored: its identifier, its code and when it was created and last changed.
///
/// `version` counts the changes that altered the code since the room was created; it only grows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Room {
    /// The room's identifier.
    pub id: RoomId,
    /// The room's current code.
    pub code: String,
    /// How many changes have altered the code.
    pub version: u64,
    /// When the room was created.
    pub created_at: Timestamp,
    /// When the code last changed (the creation time until then).
    pub updated_at: Timestamp,
}

impl Room {
    /// A new, empty room created at `now`.
    #[must_use]
    pub fn new(id: RoomId, now: Timestamp) -> Self {
        Self {
            id,
            code: String::new(),
            version: 0,
            created_at: now,
            updated_at: now,
        }
    }

    /// The room's code as a live document.
    #[must_use]
    pub fn document(&self) -> Document {
        Document::from_text(&self.code)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicU8, Ordering};

    use super::*;

    /// Entropy that counts up from a seed, so tests can drive the sampler through every byte value.
    struct CountingEntropy(AtomicU8);

    impl Entropy for CountingEntropy {
        fn fill(&self, buffer: &mut [u8]) {
            for byte in buffer {
                *byte = self.0.fetch_add(1, Ordering::Relaxed);
            }
        }
    }

    #[test]
    fn generated_ids_are_eight_lowercase_alphanumerics() {
        let entropy = CountingEntropy(AtomicU8::new(240));
        for _ in 0..100 {
            let id = RoomId::generate(&entropy);
            assert_eq!(id.as_str().len(), 8);
            assert!(
                id.as_str()
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()),
                "{id}"
            );
            assert_eq!(RoomId::parse(id.as_str()), Ok(id));
        }
    }

    #[test]
    fn bytes_that_would_bias_the_alphabet_are_skipped() {
        // Bytes 252..=255 must be discarded: starting at 252, the first accepted byte is 0 ('a').
        let entropy = CountingEntropy(AtomicU8::new(252));
        assert_eq!(RoomId::generate(&entropy).as_str(), "abcdefgh");
    }

    #[test]
    fn parse_rejects_what_cannot_be_a_room() {
        assert_eq!(RoomId::parse(""), Err(RoomIdError::Empty));
        assert_eq!(RoomId::parse(&"a".repeat(65)), Err(RoomIdError::TooLong));
        for bad in ["abc/def", "ab cd", "é", "../etc", "a.b", "a\0b"] {
            assert_eq!(
                RoomId::parse(bad),
                Err(RoomIdError::InvalidCharacter),
                "{bad:?}"
            );
        }
        assert!(RoomId::parse("abc123xyz").is_ok());
        assert!(RoomId::parse(&"a".repeat(64)).is_ok());
    }
}
