//! The SQLite room store (being written).
