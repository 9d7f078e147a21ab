//! The end-to-end test harness of pairprog: starts the real server on port 0, connects real clients, and
//! starts the stores (SQLite files, a SecantusDB MongoDB-wire server) the tests run against.

pub mod app;
pub mod history_contract;
pub mod mongo_server;
pub mod storage_contract;
pub mod token_ledger_contract;
pub mod update_log_contract;
pub mod yjs_client;
pub mod yrs_client;
