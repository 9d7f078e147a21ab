//! pairprog server (being written).
