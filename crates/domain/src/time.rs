//! Points in time as the rest of the system stores and sends them: milliseconds since the Unix epoch.

use serde::{Deserialize, Serialize};

/// Milliseconds since 1970-01-01T00:00:00Z, UTC.
///
/// The spec's clients send and receive `timestamp` as JavaScript's `Date.now()`, and both stores keep
/// millisecond precision (BSON dates are milliseconds), so one integer type serves every layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Timestamp(i64);

impl Timestamp {
    /// Wraps a count of milliseconds since the Unix epoch.
    #[must_use]
    pub const fn from_millis(millis: i64) -> Self {
        Self(millis)
    }

    /// The count of milliseconds since the Unix epoch.
    #[must_use]
    pub const fn as_millis(self) -> i64 {
        self.0
    }
}
