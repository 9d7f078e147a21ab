//! The storage, update log and token ledger contracts, the documents' shapes, and durability, for the MongoDB
//! store.
//!
//! Runs against SecantusDB (or the MongoDB of `MONGODB_URL`) through [`MongoTestServer`]; outside CI, tests
//! that need a server are skipped when none is installed.

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use adapters_mongo::{
    COLLECTION, MongoRoomRepository, ROOM_ID_INDEX, SHARE_TOKENS_COLLECTION,
    SHARE_TOKENS_TTL_INDEX, SNAPSHOTS_COLLECTION, SNAPSHOTS_INDEX, UPDATES_COLLECTION,
    UPDATES_INDEX,
};
use domain::{
    Room, RoomId, Timestamp,
    error::RepositoryError,
    ports::{
        Clock, DocumentSnapshot, LoggedUpdate, RoomRepository, StoredDocument, TokenLedger,
        UpdateLog,
    },
};
use futures_util::TryStreamExt;
use mongodb::{
    IndexModel,
    bson::{Binary, Bson, DateTime, Document, doc, oid::ObjectId, spec::BinarySubtype},
};
use pairprog_tests::{
    mongo_server::MongoTestServer,
    update_log_contract::{entries, snapshot},
};

/// Connects the adapter to the test server's database and prepares it.
async fn prepared_store(server: &MongoTestServer) -> MongoRoomRepository {
    let store = MongoRoomRepository::connect(&server.url(), server.database())
        .await
        .expect("connect");
    store.prepare().await.expect("prepare");
    store
}

async fn raw_rooms(server: &MongoTestServer) -> mongodb::Collection<Document> {
    raw_collection(server, COLLECTION).await
}

/// A collection of the test database, through the driver alone, to see what the adapter stored.
async fn raw_collection(server: &MongoTestServer, name: &str) -> mongodb::Collection<Document> {
    server
        .client()
        .await
        .database(server.database())
        .collection(name)
}

/// The unique index on `keys` of `collection`, checking its name.
async fn assert_unique_index(
    collection: &mongodb::Collection<Document>,
    keys: Document,
    name: &str,
) {
    let indexes: Vec<IndexModel> = collection
        .list_indexes()
        .await
        .expect("list indexes")
        .try_collect()
        .await
        .expect("indexes");
    let index = indexes
        .iter()
        .find(|index| index.keys == keys)
        .unwrap_or_else(|| panic!("no index on {keys} among {indexes:?}"));
    let options = index.options.as_ref().expect("index options");
    assert_eq!(options.name.as_deref(), Some(name), "{index:?}");
    assert_eq!(options.unique, Some(true), "{index:?}");
}

fn generic_binary(bytes: &[u8]) -> Bson {
    Bson::Binary(Binary {
        subtype: BinarySubtype::Generic,
        bytes: bytes.to_vec(),
    })
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
async fn mongo_store_honours_the_update_log_contract() {
    let Some(server) = MongoTestServer::start().await else {
        return;
    };
    let store = prepared_store(&server).await;
    pairprog_tests::update_log_contract::run_all(&store).await;
}

#[tokio::test]
async fn mongo_store_honours_the_history_contract() {
    let Some(server) = MongoTestServer::start().await else {
        return;
    };
    let store = prepared_store(&server).await;
    pairprog_tests::history_contract::run_all(&store).await;
}

#[tokio::test]
async fn history_collections_have_their_indexes() {
    let Some(server) = MongoTestServer::start().await else {
        return;
    };
    let _store = prepared_store(&server).await;
    assert_unique_index(
        &raw_collection(&server, adapters_mongo::VERSIONS_COLLECTION).await,
        doc! { "room_id": 1, "version_id": 1 },
        adapters_mongo::VERSIONS_INDEX,
    )
    .await;
    assert_unique_index(
        &raw_collection(&server, adapters_mongo::ATTRIBUTIONS_COLLECTION).await,
        doc! { "room_id": 1, "seq": 1 },
        adapters_mongo::ATTRIBUTIONS_INDEX,
    )
    .await;
    let indexes: Vec<IndexModel> = raw_collection(&server, adapters_mongo::VERSIONS_COLLECTION)
        .await
        .list_indexes()
        .await
        .expect("list indexes")
        .try_collect()
        .await
        .expect("indexes");
    let ttl = indexes
        .iter()
        .find(|index| index.keys == doc! { "expires_at": 1 })
        .and_then(|index| index.options.as_ref())
        .and_then(|options| options.expire_after);
    assert_eq!(ttl, Some(Duration::ZERO), "{indexes:?}");
}

#[tokio::test]
async fn mongo_ledger_honours_the_token_ledger_contract() {
    let Some(server) = MongoTestServer::start().await else {
        return;
    };
    let store = prepared_store(&server).await;
    let clock = Arc::new(pairprog_tests::token_ledger_contract::clock());
    let ledger = store.token_ledger(clock.clone());
    pairprog_tests::token_ledger_contract::run_all(&ledger, &clock).await;
}

#[tokio::test]
async fn share_tokens_have_their_documented_shape_and_a_ttl_index() {
    let Some(server) = MongoTestServer::start().await else {
        return;
    };
    let store = prepared_store(&server).await;
    let clock = Arc::new(pairprog_tests::token_ledger_contract::clock());
    let ledger = store.token_ledger(clock.clone());
    let until = Timestamp::from_millis(clock.now().as_millis() + 60_000);
    ledger
        .record_issued("minted-link", &id("tokenroom"), until)
        .await
        .expect("record");
    ledger.revoke("minted-link", until).await.expect("revoke");
    ledger.revoke("foreign-token", until).await.expect("revoke");

    let tokens = raw_collection(&server, SHARE_TOKENS_COLLECTION).await;
    let minted = tokens
        .find_one(doc! { "_id": "minted-link" })
        .await
        .expect("find")
        .expect("stored");
    let mut keys: Vec<&str> = minted.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        ["_id", "expires_at", "revoked", "room_id"],
        "{minted}"
    );
    assert_eq!(
        minted.get_str("room_id").ok(),
        Some("tokenroom"),
        "{minted}"
    );
    assert_eq!(minted.get_bool("revoked").ok(), Some(true), "{minted}");
    assert_eq!(
        minted.get_datetime("expires_at").ok(),
        Some(&DateTime::from_millis(until.as_millis())),
        "{minted}"
    );
    let foreign = tokens
        .find_one(doc! { "_id": "foreign-token" })
        .await
        .expect("find")
        .expect("stored");
    assert!(!foreign.contains_key("room_id"), "{foreign}");
    assert_eq!(foreign.get_bool("revoked").ok(), Some(true), "{foreign}");

    let indexes: Vec<IndexModel> = tokens
        .list_indexes()
        .await
        .expect("list indexes")
        .try_collect()
        .await
        .expect("indexes");
    let ttl = indexes
        .iter()
        .find(|index| index.keys == doc! { "expires_at": 1 })
        .and_then(|index| index.options.as_ref())
        .expect("an index on expires_at");
    assert_eq!(ttl.name.as_deref(), Some(SHARE_TOKENS_TTL_INDEX));
    assert_eq!(
        ttl.expire_after,
        Some(Duration::from_millis(
            domain::ports::TOKEN_LEDGER_GRACE_MS.unsigned_abs()
        )),
        "{indexes:?}"
    );
}

#[tokio::test]
async fn a_revocation_through_one_instance_is_seen_by_another_on_the_same_database() {
    let Some(server) = MongoTestServer::start().await else {
        return;
    };
    let clock = Arc::new(pairprog_tests::token_ledger_contract::clock());
    let first = prepared_store(&server).await.token_ledger(clock.clone());
    let second = prepared_store(&server).await.token_ledger(clock.clone());
    let until = Timestamp::from_millis(clock.now().as_millis() + 60_000);
    first
        .record_issued("shared-link", &id("tokenroom"), until)
        .await
        .expect("record");
    assert_eq!(
        second.issued_for("shared-link").await.expect("issued_for"),
        Some((id("tokenroom"), until))
    );
    second.revoke("shared-link", until).await.expect("revoke");
    assert!(first.is_revoked("shared-link").await.expect("is_revoked"));
}

#[tokio::test]
async fn versions_carry_an_expiry_when_the_store_has_a_retention() {
    let Some(server) = MongoTestServer::start().await else {
        return;
    };
    let store = prepared_store(&server)
        .await
        .with_version_retention(Some(Duration::from_secs(3_600)));
    let room = id("expiring");
    let saved =
        pairprog_tests::history_contract::version(1_000, 0, domain::history::VersionKind::Named, 1);
    domain::ports::HistoryStore::save_version(&store, &room, &saved)
        .await
        .expect("save");
    let stored = raw_collection(&server, adapters_mongo::VERSIONS_COLLECTION)
        .await
        .find_one(doc! { "room_id": "expiring" })
        .await
        .expect("find")
        .expect("stored");
    assert_eq!(
        stored.get_datetime("expires_at").expect("expires_at"),
        &DateTime::from_millis(1_000 + 3_600_000)
    );
    assert_eq!(stored.get_str("kind").expect("kind"), "named");
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
            "cannot reach MongoDB at mongodb://pairprog:****@127.0.0.1:{port}"
        )),
        "{message}"
    );
    assert!(message.contains("MONGODB_URL"), "{message}");
    assert!(
        !message.contains("hunter2"),
        "the password leaked: {message}"
    );
}

#[tokio::test]
async fn update_log_documents_have_their_documented_shape() {
    let Some(server) = MongoTestServer::start().await else {
        return;
    };
    let store = prepared_store(&server).await;
    let room = id("shapes01");
    let before = DateTime::now();
    store
        .append(
            &room,
            &[
                LoggedUpdate {
                    seq: 1,
                    version: 4,
                    update: vec![1, 2, 3],
                },
                LoggedUpdate {
                    seq: 2,
                    version: 5,
                    update: vec![4],
                },
            ],
        )
        .await
        .expect("append");
    store
        .compact(
            &room,
            &DocumentSnapshot {
                seq: 1,
                version: 4,
                state: vec![9, 8],
            },
        )
        .await
        .expect("compact");

    let updates = raw_collection(&server, UPDATES_COLLECTION).await;
    let stored: Vec<Document> = updates
        .find(doc! {})
        .await
        .expect("find entries")
        .try_collect()
        .await
        .expect("entries");
    assert_eq!(
        stored.len(),
        1,
        "the compacted entry is deleted: {stored:?}"
    );
    let entry = &stored[0];
    assert!(
        matches!(entry.get("_id"), Some(Bson::ObjectId(_))),
        "{entry}"
    );
    assert_eq!(
        entry.get("room_id"),
        Some(&Bson::String("shapes01".to_owned())),
        "{entry}"
    );
    assert_eq!(entry.get("seq"), Some(&Bson::Int64(2)), "{entry}");
    assert_eq!(entry.get("version"), Some(&Bson::Int64(5)), "{entry}");
    assert_eq!(entry.get("data"), Some(&generic_binary(&[4])), "{entry}");
    let created_at = entry
        .get_datetime("created_at")
        .expect("created_at is a date");
    assert!(*created_at >= before, "{entry}");
    assert_eq!(
        entry.len(),
        6,
        "no field beyond the documented ones: {entry}"
    );
    assert_unique_index(&updates, doc! { "room_id": 1, "seq": 1 }, UPDATES_INDEX).await;

    let snapshots = raw_collection(&server, SNAPSHOTS_COLLECTION).await;
    let stored = snapshots
        .find_one(doc! { "room_id": "shapes01" })
        .await
        .expect("find snapshot")
        .expect("snapshot stored");
    assert!(
        matches!(stored.get("_id"), Some(Bson::ObjectId(_))),
        "{stored}"
    );
    assert_eq!(stored.get("seq"), Some(&Bson::Int64(1)), "{stored}");
    assert_eq!(stored.get("version"), Some(&Bson::Int64(4)), "{stored}");
    assert_eq!(
        stored.get("state"),
        Some(&generic_binary(&[9, 8])),
        "{stored}"
    );
    assert!(
        *stored
            .get_datetime("updated_at")
            .expect("updated_at is a date")
            >= before,
        "{stored}"
    );
    assert_eq!(
        stored.len(),
        6,
        "no field beyond the documented ones: {stored}"
    );
    assert_unique_index(&snapshots, doc! { "room_id": 1 }, SNAPSHOTS_INDEX).await;
}

#[tokio::test]
async fn update_log_survives_a_database_restart() {
    let Some(mut server) = MongoTestServer::start().await else {
        return;
    };
    let room = id("durable2");
    {
        let store = prepared_store(&server).await;
        store.append(&room, &entries(1, 5)).await.expect("append");
        store.compact(&room, &snapshot(3)).await.expect("compact");
        store
            .append(&room, &entries(6, 7))
            .await
            .expect("append after compact");
    }

    server.restart().await;

    let store = MongoRoomRepository::connect(&server.url(), server.database())
        .await
        .expect("reconnect");
    assert_eq!(
        store.load(&room).await.expect("load"),
        StoredDocument {
            snapshot: Some(snapshot(3)),
            updates: entries(4, 7)
        }
    );
    // The unique index on (room_id, seq) survived too.
    let error = store
        .append(&room, &entries(7, 8))
        .await
        .expect_err("7 is in the log");
    assert!(matches!(error, RepositoryError::Duplicate), "{error:?}");
}

/// A compaction stores its snapshot, then deletes the entries it covers: a crash in between leaves those
/// entries, which must not be loaded (their updates are in the snapshot) and must go at the next compaction.
#[tokio::test]
async fn entries_left_by_an_interrupted_compaction_are_ignored_then_deleted() {
    let Some(server) = MongoTestServer::start().await else {
        return;
    };
    let store = prepared_store(&server).await;
    let room = id("halfdone");
    store.append(&room, &entries(1, 5)).await.expect("append");
    // The first half of a compaction at 3, as the adapter writes it, without the deletion.
    raw_collection(&server, SNAPSHOTS_COLLECTION)
        .await
        .insert_one(doc! {
            "room_id": "halfdone",
            "seq": 3_i64,
            "version": 103_i64,
            "state": generic_binary(&snapshot(3).state),
            "updated_at": DateTime::now(),
        })
        .await
        .expect("raw snapshot");

    assert_eq!(
        store.load(&room).await.expect("load"),
        StoredDocument {
            snapshot: Some(snapshot(3)),
            updates: entries(4, 5)
        }
    );
    store
        .compact(&room, &snapshot(4))
        .await
        .expect("next compaction");
    let left = raw_collection(&server, UPDATES_COLLECTION)
        .await
        .count_documents(doc! { "room_id": "halfdone" })
        .await
        .expect("count");
    assert_eq!(left, 1, "only entry 5 is left");
}

#[tokio::test]
async fn a_snapshot_too_large_for_a_document_is_a_clear_error() {
    let Some(server) = MongoTestServer::start().await else {
        return;
    };
    let store = prepared_store(&server).await;
    let room = id("toolarge");
    store.append(&room, &entries(1, 2)).await.expect("append");
    let huge = DocumentSnapshot {
        seq: 2,
        version: 102,
        state: vec![7; 16 * 1024 * 1024],
    };

    let error = store
        .compact(&room, &huge)
        .await
        .expect_err("16 MiB cannot be one document");
    assert!(matches!(error, RepositoryError::Other(_)), "{error:?}");
    let cause = std::error::Error::source(&error)
        .map(ToString::to_string)
        .unwrap_or_default();
    assert!(cause.contains("snapshot of room toolarge"), "{cause}");
    assert!(cause.contains("16777216 bytes"), "{cause}");
    // Nothing was compacted.
    assert_eq!(
        store.load(&room).await.expect("load"),
        StoredDocument {
            snapshot: None,
            updates: entries(1, 2)
        }
    );
}

/// Compactions racing to store a room's first snapshot: on a real MongoDB (`MONGODB_URL`) the upserts of all
/// but one can hit the unique index on `room_id`, and the newest must still win whichever order they land in.
/// SecantusDB applies the writes of a collection one at a time, so there this checks only the outcome.
#[tokio::test]
async fn racing_first_compactions_keep_the_newest_snapshot() {
    let Some(server) = MongoTestServer::start().await else {
        return;
    };
    let store = prepared_store(&server).await;
    for round in 0..5 {
        let room = id(&format!("race{round}"));
        store.append(&room, &entries(1, 8)).await.expect("append");
        let compactions = (1..=8).map(|seq| {
            let (store, room) = (store.clone(), room.clone());
            tokio::spawn(async move { store.compact(&room, &snapshot(seq)).await })
        });
        for compaction in futures_util::future::join_all(compactions).await {
            compaction.expect("the task ran").expect("compact");
        }
        assert_eq!(
            store.load(&room).await.expect("load"),
            StoredDocument {
                snapshot: Some(snapshot(8)),
                updates: Vec::new()
            },
            "round {round}"
        );
    }
}
