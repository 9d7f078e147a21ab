//! The storage contract, the spec's document shape, and durability, for the MongoDB store.
//!
//! Runs against SecantusDB (or the MongoDB of `MONGODB_URL`) through [`MongoTestServer`]; outside CI, tests
//! that need a server are skipped when none is installed.

use std::time::{Duration, Instant};

use adapters_mongo::{COLLECTION, MongoRoomRepository, ROOM_ID_INDEX};
use domain::{Room, RoomId, Timestamp, error::RepositoryError, ports::RoomRepository};
use futures_util::TryStreamExt;
use mongodb::{
    IndexModel,
    bson::{Bson, DateTime, Document, doc, oid::ObjectId},
};
use pairprog_tests::mongo_server::MongoTestServer;

/// Connects the adapter to the test server's database and prepares it.
async fn prepared_store(server: &MongoTestServer) -> MongoRoomRepository {
    let store = MongoRoomRepository::connect(&server.url(), server.database())
        .await
        .expect("connect");
    store.prepare().await.expect("prepare");
    store
}

async fn raw_rooms(server: &MongoTestServer) -> mongodb::Collection<Document> {
    server
        .client()
        .await
        .database(server.database())
        .collection(COLLECTION)
}

fn id(raw: &str) -> RoomId {
    RoomId::parse(raw).expect("valid id")
}

#[tokio::test]
async fn mongo_store_honours_the_storage_contract() {
    let Some(server) = MongoTestServer::start().await else {
        return;
    };
    let store = prepared_store(&server).await;
    pairprog_tests::storage_contract::run_all(&store).await;
}

#[tokio::test]
async fn documents_have_the_specs_shape() {
    let Some(server) = MongoTestServer::start().await else {
        return;
    };
    let store = prepared_store(&server).await;
    let room = Room::new(id("abc123xy"), Timestamp::from_millis(1_704_067_200_000));
    store.insert(&room).await.expect("insert");
    store
        .save_code(
            &room.id,
            "print('Hello, World!')",
            1,
            Timestamp::from_millis(1_704_067_201_234),
        )
        .await
        .expect("save");

    let rooms = raw_rooms(&server).await;
    let document = rooms
        .find_one(doc! { "room_id": "abc123xy" })
        .await
        .expect("find")
        .expect("stored");
    assert!(
        matches!(document.get("_id"), Some(Bson::ObjectId(_))),
        "{document}"
    );
    assert_eq!(
        document.get("room_id"),
        Some(&Bson::String("abc123xy".to_owned())),
        "{document}"
    );
    assert_eq!(
        document.get("code"),
        Some(&Bson::String("print('Hello, World!')".to_owned())),
        "{document}"
    );
    assert_eq!(
        document.get("created_at"),
        Some(&Bson::DateTime(DateTime::from_millis(1_704_067_200_000)))
    );
    assert_eq!(
        document.get("updated_at"),
        Some(&Bson::DateTime(DateTime::from_millis(1_704_067_201_234)))
    );
    assert_eq!(document.get("version"), Some(&Bson::Int64(1)), "{document}");
    assert_eq!(
        document.len(),
        6,
        "no field beyond the spec's and `version`: {document}"
    );

    let indexes: Vec<IndexModel> = rooms
        .list_indexes()
        .await
        .expect("list indexes")
        .try_collect()
        .await
        .expect("indexes");
    let room_id_index = indexes
        .iter()
        .find(|index| index.keys == doc! { "room_id": 1 })
        .unwrap_or_else(|| panic!("no index on room_id among {indexes:?}"));
    let options = room_id_index.options.as_ref().expect("index options");
    assert_eq!(options.name.as_deref(), Some(ROOM_ID_INDEX));
    assert_eq!(options.unique, Some(true), "{room_id_index:?}");
}

#[tokio::test]
async fn rooms_written_without_a_version_are_read_as_version_zero() {
    let Some(server) = MongoTestServer::start().await else {
        return;
    };
    let store = prepared_store(&server).await;
    // Exactly the document of the spec's "Database Design", as another implementation would write it.
    raw_rooms(&server)
        .await
        .insert_one(doc! {
            "_id": ObjectId::new(),
            "room_id": "legacy01",
            "code": "print('Hello, World!')",
            "created_at": DateTime::from_millis(1_704_067_200_000),
            "updated_at": DateTime::from_millis(1_704_067_260_000),
        })
        .await
        .expect("raw insert");

    let room = store
        .find(&id("legacy01"))
        .await
        .expect("find")
        .expect("room exists");
    assert_eq!(
        room,
        Room {
            id: id("legacy01"),
            code: "print('Hello, World!')".to_owned(),
            version: 0,
            created_at: Timestamp::from_millis(1_704_067_200_000),
            updated_at: Timestamp::from_millis(1_704_067_260_000),
        }
    );
}

#[tokio::test]
async fn malformed_documents_are_reported_corrupt() {
    let Some(server) = MongoTestServer::start().await else {
        return;
    };
    let store = prepared_store(&server).await;
    raw_rooms(&server)
        .await
        .insert_one(doc! { "room_id": "badshape", "code": 42, "created_at": "yesterday", "updated_at": "today" })
        .await
        .expect("raw insert");

    let error = store
        .find(&id("badshape"))
        .await
        .expect_err("a malformed room must not be read");
    assert!(matches!(error, RepositoryError::Corrupt(_)), "{error:?}");
}

#[tokio::test]
async fn rooms_survive_a_database_restart() {
    let Some(mut server) = MongoTestServer::start().await else {
        return;
    };
    let room_id = id("durable1");
    {
        let store = prepared_store(&server).await;
        store
            .insert(&Room::new(room_id.clone(), Timestamp::from_millis(5)))
            .await
            .expect("insert");
        store
            .save_code(&room_id, "kept 🎉", 3, Timestamp::from_millis(9))
            .await
            .expect("save");
    }

    server.restart().await;

    let store = MongoRoomRepository::connect(&server.url(), server.database())
        .await
        .expect("reconnect");
    let room = store
        .find(&room_id)
        .await
        .expect("find")
        .expect("room survived the restart");
    assert_eq!(
        (room.code.as_str(), room.version, room.updated_at),
        ("kept 🎉", 3, Timestamp::from_millis(9))
    );
    // The unique index survived too.
    let error = store
        .insert(&Room::new(room_id, Timestamp::from_millis(10)))
        .await
        .expect_err("duplicate");
    assert!(matches!(error, RepositoryError::Duplicate), "{error:?}");
}

#[tokio::test]
async fn unreachable_mongodb_fails_fast_with_advice() {
    // A port nothing listens on: bound by the OS, then released.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("a free port")
        .local_addr()
        .expect("address")
        .port();
    let url = format!("mongodb://pairprog:hunter2@127.0.0.1:{port}");

    let started = Instant::now();
    let error = MongoRoomRepository::connect(&url, "pairprog")
        .await
        .expect_err("nothing listens there");
    let elapsed = started.elapsed();

    assert!(
        elapsed < Duration::from_secs(10),
        "took {elapsed:?} to give up"
    );
    let message = error.to_string();
    assert!(
        message.contains(&format!(
            "cannot reach MongoDB at mongodb://pairprog:***@127.0.0.1:{port}"
        )),
        "{message}"
    );
    assert!(message.contains("MONGODB_URL"), "{message}");
    assert!(
        !message.contains("hunter2"),
        "the password leaked: {message}"
    );
}
