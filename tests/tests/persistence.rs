//! Code survives a server restart, on the embedded SQLite store and on MongoDB (SecantusDB or `MONGODB_URL`).

use pairprog::Settings;
use pairprog_tests::{
    app::{TestApp, spawn_app_from_settings, test_settings},
    mongo_server::MongoTestServer,
};

/// Writes through one server, stops it, and reads through a new one built from the same settings.
async fn code_survives_a_restart(settings: Settings) {
    let first = spawn_app_from_settings(settings.clone()).await;
    let room = first.create_room().await;
    let (mut alice, _) = first.join(&room).await;
    let (mut bob, _) = first.join(&room).await;
    alice
        .send_code("print('survives')  # ✓", 1_700_000_000_000)
        .await;
    bob.receive_json().await;
    first.stop().await;

    let second: TestApp = spawn_app_from_settings(settings).await;
    let (_carol, initial) = second.join(&room).await;
    assert_eq!(initial["code"], "print('survives')  # ✓");
    assert_eq!(initial["version"], 1);
    let stored = second.get_room(&room).await;
    assert_eq!(stored["code"], "print('survives')  # ✓");
    assert_ne!(stored["createdAt"], serde_json::Value::Null);
}

#[tokio::test]
async fn sqlite_rooms_survive_a_server_restart() {
    let directory = tempfile::tempdir().expect("temp dir");
    let mut settings = test_settings();
    settings.mongodb_url = None;
    settings.sqlite_path = directory.path().join("data/pairprog.sqlite3");
    code_survives_a_restart(settings).await;
}

#[tokio::test]
async fn mongo_rooms_survive_a_server_restart() {
    let Some(mongo) = MongoTestServer::start().await else {
        return;
    };
    let mut settings = test_settings();
    settings.mongodb_url = Some(mongo.url());
    settings.database_name = mongo.database().to_owned();
    code_survives_a_restart(settings).await;
}

#[tokio::test]
async fn mongo_rooms_survive_a_database_restart_under_a_running_server() {
    let Some(mut mongo) = MongoTestServer::start().await else {
        return;
    };
    let mut settings = test_settings();
    settings.mongodb_url = Some(mongo.url());
    settings.database_name = mongo.database().to_owned();
    let app = spawn_app_from_settings(settings).await;
    let room = app.create_room().await;
    let (mut alice, _) = app.join(&room).await;
    let (mut bob, _) = app.join(&room).await;
    alice.send_code("before the database restarted", 1).await;
    // Bob's copy means the update was stored: the server stores before it broadcasts.
    bob.receive_json().await;
    alice.close().await;
    bob.close().await;
    mongo.restart().await;
    // The driver reconnects on its own: the server keeps serving without a restart of its own.
    let (_bob, initial) = app.join(&room).await;
    assert_eq!(initial["code"], "before the database restarted");
}

#[tokio::test]
async fn an_unreachable_mongodb_stops_start_up_with_advice() {
    let mut settings = test_settings();
    let closed_port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port();
    settings.mongodb_url = Some(format!("mongodb://127.0.0.1:{closed_port}"));
    settings.mongodb_connect_timeout_secs = 1;
    let error = pairprog::Application::build(settings)
        .await
        .err()
        .expect("start-up must fail");
    let message = error.to_string();
    assert!(message.contains("MONGODB_URL"), "{message}");
    assert!(!message.contains('\n'), "one line: {message}");
}
