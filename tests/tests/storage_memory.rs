//! The storage contract, run against the in-memory store.

use adapters_memory::InMemoryRoomRepository;
use domain::ports::RoomRepository;

#[tokio::test]
async fn in_memory_store_honours_the_storage_contract() {
    let store = InMemoryRoomRepository::new();
    store.prepare().await.expect("prepare");
    pairprog_tests::storage_contract::run_all(&store).await;
}
