//! The storage, update log and token ledger contracts, and durability, for the embedded SQLite store.

use std::sync::Arc;

use adapters_sqlite::SqliteRoomRepository;
use domain::{
    Room, RoomId, Timestamp,
    error::RepositoryError,
    ports::{Clock, RoomRepository, StoredDocument, TokenLedger, UpdateLog},
};
use pairprog_tests::update_log_contract::{entries, snapshot};

#[tokio::test]
async fn sqlite_store_honours_the_storage_contract() {
    let directory = tempfile::tempdir().expect("temp dir");
    let store = SqliteRoomRepository::open(directory.path().join("rooms.sqlite3"))
        .await
        .expect("open");
    store.prepare().await.expect("prepare");
    pairprog_tests::storage_contract::run_all(&store).await;
}

#[tokio::test]
async fn sqlite_store_honours_the_update_log_contract() {
    let directory = tempfile::tempdir().expect("temp dir");
    let store = SqliteRoomRepository::open(directory.path().join("rooms.sqlite3"))
        .await
        .expect("open");
    store.prepare().await.expect("prepare");
    pairprog_tests::update_log_contract::run_all(&store).await;
}

#[tokio::test]
async fn sqlite_store_honours_the_history_contract() {
    let directory = tempfile::tempdir().expect("temp dir");
    let store = SqliteRoomRepository::open(directory.path().join("rooms.sqlite3"))
        .await
        .expect("open");
    store.prepare().await.expect("prepare");
    pairprog_tests::history_contract::run_all(&store).await;
}

#[tokio::test]
async fn sqlite_ledger_honours_the_token_ledger_contract() {
    let directory = tempfile::tempdir().expect("temp dir");
    let store = SqliteRoomRepository::open(directory.path().join("rooms.sqlite3"))
        .await
        .expect("open");
    let clock = Arc::new(pairprog_tests::token_ledger_contract::clock());
    let ledger = store.token_ledger(clock.clone());
    pairprog_tests::token_ledger_contract::run_all(&ledger, &clock).await;
}

#[tokio::test]
async fn share_tokens_and_revocations_survive_reopening_the_file() {
    let directory = tempfile::tempdir().expect("temp dir");
    let path = directory.path().join("rooms.sqlite3");
    let clock = Arc::new(pairprog_tests::token_ledger_contract::clock());
    let room = RoomId::parse("sharedroom").expect("valid id");
    let until = Timestamp::from_millis(clock.now().as_millis() + 60_000);
    {
        let store = SqliteRoomRepository::open(&path).await.expect("open");
        let ledger = store.token_ledger(clock.clone());
        for id in ["kept-link", "revoked-link"] {
            ledger
                .record_issued(id, &room, until)
                .await
                .expect("record");
        }
        ledger.revoke("revoked-link", until).await.expect("revoke");
    }
    let store = SqliteRoomRepository::open(&path).await.expect("reopen");
    let ledger = store.token_ledger(clock);
    assert!(ledger.is_revoked("revoked-link").await.expect("is_revoked"));
    assert!(!ledger.is_revoked("kept-link").await.expect("is_revoked"));
    assert_eq!(
        ledger.issued_for("kept-link").await.expect("issued_for"),
        Some((room, until))
    );
}

#[tokio::test]
async fn history_survives_reopening_the_file() {
    use domain::{history::VersionKind, ports::HistoryStore};
    let directory = tempfile::tempdir().expect("temp dir");
    let path = directory.path().join("rooms.sqlite3");
    let room = RoomId::parse("keptroom").expect("valid id");
    let saved = pairprog_tests::history_contract::version(1_000, 0, VersionKind::Named, 2);
    let record = pairprog_tests::history_contract::attributed(1, Some("Ada"), None);
    {
        let store = SqliteRoomRepository::open(&path).await.expect("open");
        store.save_version(&room, &saved).await.expect("save");
        store
            .record_attributions(&room, std::slice::from_ref(&record))
            .await
            .expect("record");
    }
    let store = SqliteRoomRepository::open(&path).await.expect("reopen");
    assert_eq!(
        store
            .find_version(&room, saved.summary.id)
            .await
            .expect("find"),
        Some(saved)
    );
    assert_eq!(store.attributions(&room).await.expect("read"), [record]);
}

#[tokio::test]
async fn rooms_survive_reopening_the_file() {
    let directory = tempfile::tempdir().expect("temp dir");
    let path = directory.path().join("nested/dir/rooms.sqlite3");
    let id = RoomId::parse("durable1").expect("valid id");
    {
        let store = SqliteRoomRepository::open(&path).await.expect("open");
        store
            .insert(&Room::new(id.clone(), Timestamp::from_millis(5)))
            .await
            .expect("insert");
        store
            .save_code(&id, "kept 🎉", 3, Timestamp::from_millis(9))
            .await
            .expect("save");
    }
    let store = SqliteRoomRepository::open(&path).await.expect("reopen");
    let room = store.find(&id).await.expect("find").expect("room survived");
    assert_eq!(
        (room.code.as_str(), room.version, room.updated_at),
        ("kept 🎉", 3, Timestamp::from_millis(9))
    );
}

#[tokio::test]
async fn a_path_that_cannot_be_a_database_is_reported_unavailable() {
    let directory = tempfile::tempdir().expect("temp dir");
    let not_a_database = directory.path().join("garbage.sqlite3");
    std::fs::write(&not_a_database, vec![0x42_u8; 8192]).expect("write garbage");
    let error = SqliteRoomRepository::open(&not_a_database)
        .await
        .expect_err("garbage is not a database");
    assert!(
        matches!(error, RepositoryError::Unavailable(_)),
        "{error:?}"
    );
    assert!(error.to_string().contains("garbage.sqlite3"), "{error}");
}

#[tokio::test]
async fn update_log_survives_reopening_the_file() {
    let directory = tempfile::tempdir().expect("temp dir");
    let path = directory.path().join("rooms.sqlite3");
    let id = RoomId::parse("durable2").expect("valid id");
    {
        let store = SqliteRoomRepository::open(&path).await.expect("open");
        store.append(&id, &entries(1, 5)).await.expect("append");
        store.compact(&id, &snapshot(3)).await.expect("compact");
        store
            .append(&id, &entries(6, 7))
            .await
            .expect("append after compact");
    }
    let store = SqliteRoomRepository::open(&path).await.expect("reopen");
    // Opening again runs the schema again: it must keep the tables as they are.
    store.prepare().await.expect("prepare an existing file");
    assert_eq!(
        store.load(&id).await.expect("load"),
        StoredDocument {
            snapshot: Some(snapshot(3)),
            updates: entries(4, 7)
        }
    );
    let error = store
        .append(&id, &entries(7, 8))
        .await
        .expect_err("7 survived too");
    assert!(matches!(error, RepositoryError::Duplicate), "{error:?}");
}
