//! The contract every room store must honour, as one suite run against each adapter.
//!
//! Each function checks one clause of the [`RoomRepository`] contract on a store it is given; the
//! `storage_*` test files call [`run_all`] with the in-memory, SQLite and MongoDB stores.

use domain::{Room, RoomId, Timestamp, error::RepositoryError, ports::RoomRepository};

fn room(id: &str, created_at: i64) -> Room {
    Room::new(
        RoomId::parse(id).expect("valid test id"),
        Timestamp::from_millis(created_at),
    )
}

/// Runs every clause of the contract against `store`, which must be empty and prepared.
///
/// # Panics
/// When the store breaks a clause.
pub async fn run_all(store: &dyn RoomRepository) {
    prepare_is_idempotent(store).await;
    inserted_rooms_are_found_as_stored(store).await;
    missing_rooms_are_none(store).await;
    duplicate_ids_are_refused_and_keep_the_first_room(store).await;
    save_code_replaces_code_version_and_updated_at(store).await;
    save_code_on_a_missing_room_is_not_found_and_creates_nothing(store).await;
    unicode_and_large_code_round_trip(store).await;
    rooms_are_independent(store).await;
    owned_rooms_keep_their_owner_with_the_room(store).await;
}

async fn owned_rooms_keep_their_owner_with_the_room(store: &dyn RoomRepository) {
    let owned = room("contract-owned", 3_000);
    store
        .insert_owned(&owned, "ada")
        .await
        .expect("insert owned");
    assert_eq!(
        store.find(&owned.id).await.expect("find"),
        Some(owned.clone()),
        "an owned room reads back as any other"
    );
    assert_eq!(
        store.owner(&owned.id).await.expect("owner").as_deref(),
        Some("ada")
    );
    let error = store
        .insert_owned(&room("contract-owned", 4_000), "mallory")
        .await
        .expect_err("duplicate");
    assert!(matches!(error, RepositoryError::Duplicate), "{error:?}");
    assert_eq!(
        store.owner(&owned.id).await.expect("owner").as_deref(),
        Some("ada")
    );
    // Saving code leaves the owner; unowned and missing rooms have none.
    store
        .save_code(&owned.id, "x", 1, Timestamp::from_millis(5_000))
        .await
        .expect("save");
    assert_eq!(
        store.owner(&owned.id).await.expect("owner").as_deref(),
        Some("ada")
    );
    let unowned = room("contract-unowned", 3_000);
    store.insert(&unowned).await.expect("insert");
    assert_eq!(store.owner(&unowned.id).await.expect("owner"), None);
    let missing = RoomId::parse("contract-missing").expect("valid id");
    assert_eq!(store.owner(&missing).await.expect("owner"), None);
}

async fn prepare_is_idempotent(store: &dyn RoomRepository) {
    store.prepare().await.expect("second prepare");
    store.ping().await.expect("ping");
}

async fn inserted_rooms_are_found_as_stored(store: &dyn RoomRepository) {
    let stored = room("contract1", 1_700_000_000_123);
    store.insert(&stored).await.expect("insert");
    let found = store
        .find(&stored.id)
        .await
        .expect("find")
        .expect("room exists");
    assert_eq!(found, stored);
}

async fn missing_rooms_are_none(store: &dyn RoomRepository) {
    let id = RoomId::parse("nosuchroom").expect("valid id");
    assert!(store.find(&id).await.expect("find").is_none());
}

async fn duplicate_ids_are_refused_and_keep_the_first_room(store: &dyn RoomRepository) {
    let first = room("contract2", 1_000);
    store.insert(&first).await.expect("insert");
    store
        .save_code(&first.id, "kept", 1, Timestamp::from_millis(2_000))
        .await
        .expect("save");
    let second = room("contract2", 5_000);
    let error = store
        .insert(&second)
        .await
        .expect_err("duplicate insert must fail");
    assert!(
        matches!(error, RepositoryError::Duplicate),
        "expected Duplicate, got {error:?}"
    );
    let found = store
        .find(&first.id)
        .await
        .expect("find")
        .expect("room exists");
    assert_eq!(
        (found.code.as_str(), found.created_at),
        ("kept", Timestamp::from_millis(1_000))
    );
}

async fn save_code_replaces_code_version_and_updated_at(store: &dyn RoomRepository) {
    let stored = room("contract3", 10_000);
    store.insert(&stored).await.expect("insert");
    store
        .save_code(&stored.id, "print('a')", 1, Timestamp::from_millis(11_000))
        .await
        .expect("save 1");
    store
        .save_code(&stored.id, "print('b')", 2, Timestamp::from_millis(12_000))
        .await
        .expect("save 2");
    let found = store
        .find(&stored.id)
        .await
        .expect("find")
        .expect("room exists");
    assert_eq!(found.code, "print('b')");
    assert_eq!(found.version, 2);
    assert_eq!(found.created_at, Timestamp::from_millis(10_000));
    assert_eq!(found.updated_at, Timestamp::from_millis(12_000));
}

async fn save_code_on_a_missing_room_is_not_found_and_creates_nothing(store: &dyn RoomRepository) {
    let id = RoomId::parse("ghostroom").expect("valid id");
    let error = store
        .save_code(&id, "boo", 1, Timestamp::from_millis(1))
        .await
        .expect_err("must fail");
    assert!(
        matches!(error, RepositoryError::NotFound),
        "expected NotFound, got {error:?}"
    );
    assert!(store.find(&id).await.expect("find").is_none());
}

async fn unicode_and_large_code_round_trip(store: &dyn RoomRepository) {
    let stored = room("contract4", 20_000);
    store.insert(&stored).await.expect("insert");
    let mut code = String::from("# café 日本語 🎉 \u{0} \"quotes\" 'single' \\ back\n");
    while code.len() < 2 * 1024 * 1024 {
        code.push_str("fn line() { println!(\"ünïcödé\"); }\n");
    }
    store
        .save_code(&stored.id, &code, 7, Timestamp::from_millis(21_000))
        .await
        .expect("save");
    let found = store
        .find(&stored.id)
        .await
        .expect("find")
        .expect("room exists");
    assert!(
        found.code == code,
        "code of {} bytes did not round-trip",
        code.len()
    );
    assert_eq!(found.version, 7);
}

async fn rooms_are_independent(store: &dyn RoomRepository) {
    let left = room("contract5", 30_000);
    let right = room("contract6", 30_000);
    store.insert(&left).await.expect("insert left");
    store.insert(&right).await.expect("insert right");
    store
        .save_code(&left.id, "left", 1, Timestamp::from_millis(31_000))
        .await
        .expect("save");
    let found = store
        .find(&right.id)
        .await
        .expect("find")
        .expect("room exists");
    assert_eq!((found.code.as_str(), found.version), ("", 0));
}
