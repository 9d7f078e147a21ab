//! WebSocket transport (being written).
