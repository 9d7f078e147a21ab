//! The storage, update log and token ledger contracts, run against the in-memory adapters.

use std::sync::Arc;

use adapters_memory::{InMemoryRoomRepository, InMemoryTokenLedger};
use domain::{
    RoomId,
    error::RepositoryError,
    ports::{RoomRepository, UpdateLog},
};
use pairprog_tests::update_log_contract::{entries, snapshot};

#[tokio::test]
async fn in_memory_store_honours_the_storage_contract() {
    let store = InMemoryRoomRepository::new();
    store.prepare().await.expect("prepare");
    pairprog_tests::storage_contract::run_all(&store).await;
}

#[tokio::test]
async fn in_memory_store_honours_the_update_log_contract() {
    let store = InMemoryRoomRepository::new();
    store.prepare().await.expect("prepare");
    pairprog_tests::update_log_contract::run_all(&store).await;
}

#[tokio::test]
async fn in_memory_store_honours_the_history_contract() {
    let store = InMemoryRoomRepository::new();
    store.prepare().await.expect("prepare");
    pairprog_tests::history_contract::run_all(&store).await;
}

#[tokio::test]
async fn in_memory_ledger_honours_the_token_ledger_contract() {
    let clock = Arc::new(pairprog_tests::token_ledger_contract::clock());
    let ledger = InMemoryTokenLedger::new(clock.clone());
    pairprog_tests::token_ledger_contract::run_all(&ledger, &clock).await;
}

#[tokio::test]
async fn a_failing_store_fails_every_update_log_call_and_keeps_the_log() {
    let store = InMemoryRoomRepository::new();
    let id = RoomId::parse("outage01").expect("valid id");
    store.append(&id, &entries(1, 2)).await.expect("append");

    store.set_failing(true);
    let outcomes = [
        store.append(&id, &entries(3, 3)).await.err(),
        store.load(&id).await.err(),
        store.compact(&id, &snapshot(2)).await.err(),
    ];
    for outcome in outcomes {
        assert!(
            matches!(outcome, Some(RepositoryError::Unavailable(_))),
            "{outcome:?}"
        );
    }

    store.set_failing(false);
    let stored = store.load(&id).await.expect("load");
    assert_eq!((stored.snapshot, stored.updates), (None, entries(1, 2)));
}
