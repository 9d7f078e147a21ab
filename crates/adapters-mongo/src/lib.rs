//! The MongoDB room store (being written).
