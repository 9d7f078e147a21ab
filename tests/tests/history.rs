//! A room's history and lifecycle against the real server: versions saved, listed, viewed, diffed and
//! restored (with a concurrent edit surviving, JSON and Yjs clients seeing it, the restore undone), blame
//! following who typed what, all of it across compaction and a restart, checkpoints, retention, and rooms
//! deleted or expired without a trace, their sockets closed with 4004.

use std::{sync::Arc, time::Duration};

use adapters_memory::InMemoryRoomRepository;
use adapters_sqlite::SqliteRoomRepository;
use domain::{RoomId, ports::HistoryStore};
use pairprog_tests::{
    app::{Received, TestApp, WsClient, spawn_app, spawn_app_with, test_settings},
    yjs_client::YjsClient,
    yrs_client::YrsClient,
};
use serde_json::{Value, json};

/// Opens `/ws/{room}` as `name` and reads the `initial_state`.
async fn join_as(app: &TestApp, room: &str, name: &str) -> (WsClient, Value) {
    let mut client = app.connect_ws(&format!("{room}?name={name}")).await;
    let initial = client.receive_json().await;
    assert_eq!(initial["type"], "initial_state", "{initial}");
    (client, initial)
}

/// Reads messages until one of type `kind` arrives, and returns it.
async fn wait_for(client: &mut WsClient, kind: &str) -> Value {
    loop {
        let message = client.receive_json().await;
        if message["type"] == kind {
            return message;
        }
    }
}

/// Sends the whole code and waits for its answer (`ack` or the merged `code_update`).
async fn set_code(client: &mut WsClient, code: &str) {
    client.send_code(code, 0).await;
    loop {
        let message = client.receive_json().await;
        if message["type"] == "ack" || message.get("ackSeq").is_some() {
            return;
        }
        if message["type"] == "code_update" && message["code"] == code {
            return;
        }
    }
}

/// Reads `code_update`s until the code is `expected`; returns that version.
async fn follow_version(client: &mut WsClient, expected: &str) -> u64 {
    loop {
        let message = client.receive_json().await;
        if message["type"] == "code_update" && message["code"] == expected {
            return message["version"].as_u64().expect("version");
        }
    }
}

/// Sends the whole code made on `base` (so the server knows exactly what it changed) and waits for the answer.
async fn set_code_on(client: &mut WsClient, code: &str, base: u64) {
    client
        .send_json(&json!({ "type": "code_update", "code": code, "baseVersion": base }))
        .await;
    loop {
        let message = client.receive_json().await;
        if message["type"] == "ack" || message["type"] == "code_update" {
            assert_eq!(message["type"], "ack", "{message}");
            return;
        }
    }
}

async fn request(
    app: &TestApp,
    method: reqwest::Method,
    path: &str,
    body: Option<Value>,
) -> (u16, Value) {
    let mut builder = app.http.request(method, format!("{}{path}", app.address));
    if let Some(body) = body {
        builder = builder.json(&body);
    }
    let response = builder.send().await.expect("request");
    let status = response.status().as_u16();
    let text = response.text().await.expect("body");
    let body = if text.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text).unwrap_or_else(|_| panic!("JSON body: {text}"))
    };
    (status, body)
}

async fn get(app: &TestApp, path: &str) -> Value {
    let (status, body) = request(app, reqwest::Method::GET, path, None).await;
    assert_eq!(status, 200, "GET {path}: {body}");
    body
}

async fn save_named(app: &TestApp, room: &str, name: &str) -> Value {
    let (status, body) = request(
        app,
        reqwest::Method::POST,
        &format!("/rooms/{room}/versions"),
        Some(json!({ "name": name })),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    body
}

async fn restore(app: &TestApp, room: &str, version: &str) -> Value {
    let (status, body) = request(
        app,
        reqwest::Method::POST,
        &format!("/rooms/{room}/versions/{version}/restore"),
        None,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    body
}

/// `(text, author)` of every line of the room's blame.
async fn blame(app: &TestApp, room: &str) -> Vec<(String, Option<String>)> {
    let body = get(app, &format!("/rooms/{room}/blame")).await;
    body["lines"]
        .as_array()
        .expect("lines")
        .iter()
        .map(|line| {
            (
                line["text"].as_str().expect("text").to_owned(),
                line["author"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

fn owned(lines: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
    lines
        .iter()
        .map(|(text, author)| ((*text).to_owned(), author.map(str::to_owned)))
        .collect()
}

const WAIT: Duration = Duration::from_secs(10);

#[tokio::test]
async fn a_version_is_saved_listed_viewed_diffed_and_restored_while_an_unrelated_edit_survives() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let (mut alice, _) = join_as(&app, &room, "Alice").await;
    let mut bob = YrsClient::connect(app.port, &format!("{room}?name=Bob")).await;

    let first = "def f():\n    return 1\n# notes\n";
    set_code(&mut alice, first).await;
    assert!(bob.wait_text(first, WAIT).await);
    let (status, saved) = request(
        &app,
        reqwest::Method::POST,
        &format!("/rooms/{room}/versions"),
        Some(json!({ "name": "  return one ", "author": "Alice" })),
    )
    .await;
    assert_eq!(status, 201, "{saved}");
    assert_eq!(saved["author"], "Alice");
    assert_eq!(saved["kind"], "named");
    assert_eq!(saved["name"], "return one");
    assert_eq!(saved["roomVersion"], 1);
    let version_id = saved["id"].as_str().expect("id").to_owned();
    assert_eq!(
        uuid::Uuid::parse_str(&version_id).map(|id| id.get_version_num()),
        Ok(7)
    );
    let announced = wait_for(&mut alice, "version_saved").await;
    assert_eq!(announced["version"]["id"], version_id.as_str());

    let second = "def f():\n    return 2\n# notes\n";
    set_code(&mut alice, second).await;
    assert!(bob.wait_text(second, WAIT).await);

    let listed = get(&app, &format!("/rooms/{room}/versions")).await;
    assert_eq!(listed["versions"][0]["id"], version_id.as_str());
    assert_eq!(listed["next"], Value::Null);
    let viewed = get(&app, &format!("/rooms/{room}/versions/{version_id}")).await;
    assert_eq!(viewed["code"], first);
    let diff = get(
        &app,
        &format!("/rooms/{room}/versions/{version_id}/diff/live"),
    )
    .await;
    let unified = diff["unified"].as_str().expect("unified");
    assert!(
        unified.contains("-    return 1\n+    return 2\n"),
        "{unified}"
    );
    assert_eq!(
        (diff["insertions"].as_u64(), diff["deletions"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(diff["hunks"][0]["lines"][1]["op"], "delete");
    assert_eq!(diff["hunks"][0]["lines"][1]["oldLine"], 2);
    let same = get(
        &app,
        &format!("/rooms/{room}/versions/{version_id}/diff/{version_id}"),
    )
    .await;
    assert_eq!(same["unified"], "");

    // Bob edits the last line, but his update reaches the server only after the restore: concurrent with it.
    let notes_end = u32::try_from("def f():\n    return 2\n# notes".len()).expect("small");
    let concurrent = bob.insert_frame(notes_end, " (bob)");
    let (status, restored) = request(
        &app,
        reqwest::Method::POST,
        &format!("/rooms/{room}/versions/{version_id}/restore"),
        Some(json!({ "author": "Rita" })),
    )
    .await;
    assert_eq!(status, 200, "{restored}");
    bob.send_burst(vec![concurrent]).await;
    assert_eq!(restored["restored"]["id"], version_id.as_str());
    assert_eq!(restored["before"]["kind"], "before_restore");
    let expected = "def f():\n    return 1\n# notes (bob)\n";
    assert!(
        bob.wait_text(expected, WAIT).await,
        "bob has {:?}",
        bob.text()
    );
    alice.follow_code_until(second.to_owned(), expected).await;
    assert_eq!(get(&app, &format!("/rooms/{room}")).await["code"], expected);
    assert_eq!(restored["before"]["author"], "Rita");
    // The line the restore changed is Rita's; Bob's concurrent edit made the last one his.
    assert_eq!(
        blame(&app, &room).await,
        owned(&[
            ("def f():", Some("Alice")),
            ("    return 1", Some("Rita")),
            ("# notes (bob)", Some("Bob")),
            ("", None),
        ])
    );

    // The "before restore" version holds what the restore replaced; restoring it undoes the restore.
    let before_id = restored["before"]["id"]
        .as_str()
        .expect("before id")
        .to_owned();
    let before = get(&app, &format!("/rooms/{room}/versions/{before_id}")).await;
    assert_eq!(before["code"], second);
    restore(&app, &room, &before_id).await;
    assert!(
        bob.wait_text(second, WAIT).await,
        "bob has {:?}",
        bob.text()
    );
    assert_eq!(get(&app, &format!("/rooms/{room}")).await["code"], second);
    let listed = get(&app, &format!("/rooms/{room}/versions?limit=2")).await;
    assert_eq!(listed["versions"].as_array().map(Vec::len), Some(2));
    let next = listed["next"].as_str().expect("a second page");
    let rest = get(
        &app,
        &format!("/rooms/{room}/versions?limit=2&before={next}"),
    )
    .await;
    assert_eq!(rest["versions"][0]["id"], version_id.as_str());
}

#[tokio::test]
async fn json_and_yjs_clients_both_see_a_restore_without_reconnecting() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let (mut json_client, _) = join_as(&app, &room, "Jay").await;
    let Some(mut yjs) = YjsClient::spawn(
        &format!("ws://127.0.0.1:{}/yjs", app.port),
        &format!("{room}?name=Yvonne"),
        "Yvonne",
    ) else {
        return;
    };
    yjs.wait_synced().await;
    set_code(&mut json_client, "one\n").await;
    yjs.wait_text("one\n").await;
    let saved = save_named(&app, &room, "one").await;
    let id = saved["id"].as_str().expect("id").to_owned();
    let typed = yjs.insert(4, "two\n").await;
    assert_eq!(typed, "one\ntwo\n");
    json_client
        .follow_code_until("one\n".to_owned(), "one\ntwo\n")
        .await;

    let restored = restore(&app, &room, &id).await;
    assert_eq!(yjs.wait_text("one\n").await, "one\n");
    let update = wait_for(&mut json_client, "code_update").await;
    assert_eq!(update["code"], "one\n");
    let announced = wait_for(&mut json_client, "restored").await;
    assert_eq!(announced["version"]["id"], id.as_str());
    assert_eq!(announced["before"]["id"], restored["before"]["id"]);
    assert_eq!(announced["roomVersion"], restored["roomVersion"]);
    yjs.close().await;
}

#[tokio::test]
async fn blame_names_each_author_and_follows_an_edit_of_anothers_line() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let (mut alice, _) = join_as(&app, &room, "Alice").await;
    let mut bob = YrsClient::connect(app.port, &format!("{room}?name=Bob")).await;
    set_code(&mut alice, "alice wrote this\n").await;
    assert!(bob.wait_text("alice wrote this\n", WAIT).await);
    bob.insert(bob.len_utf16(), "bob wrote that\n").await;
    alice
        .follow_code_until(
            "alice wrote this\n".to_owned(),
            "alice wrote this\nbob wrote that\n",
        )
        .await;
    assert_eq!(
        blame(&app, &room).await,
        owned(&[
            ("alice wrote this", Some("Alice")),
            ("bob wrote that", Some("Bob")),
            ("", None),
        ])
    );
    let body = get(&app, &format!("/rooms/{room}/blame")).await;
    assert_eq!(body["lines"][0]["protocol"], "json");
    assert_eq!(body["lines"][1]["protocol"], "yjs");
    assert!(
        body["lines"][1]["at"]
            .as_str()
            .is_some_and(|at| at.ends_with('Z'))
    );

    // Bob changes Alice's line: the line is now his.
    bob.insert(5, " (and bob)").await;
    alice
        .follow_code_until(
            "alice wrote this\nbob wrote that\n".to_owned(),
            "alice (and bob) wrote this\nbob wrote that\n",
        )
        .await;
    assert_eq!(
        blame(&app, &room).await,
        owned(&[
            ("alice (and bob) wrote this", Some("Bob")),
            ("bob wrote that", Some("Bob")),
            ("", None),
        ])
    );
    // And Alice takes back part of Bob's.
    set_code(&mut alice, "alice (and bob) wrote this\nbob wrote THAT\n").await;
    assert_eq!(
        blame(&app, &room).await[1],
        ("bob wrote THAT".to_owned(), Some("Alice".to_owned()))
    );
    // A deletion changes its line too (Bob removes " wrote"); removing a whole line changes no other.
    assert!(
        bob.wait_text("alice (and bob) wrote this\nbob wrote THAT\n", WAIT)
            .await
    );
    bob.delete(30, 6).await;
    let shortened = "alice (and bob) wrote this\nbob THAT\n";
    alice
        .follow_code_until(
            "alice (and bob) wrote this\nbob wrote THAT\n".to_owned(),
            shortened,
        )
        .await;
    assert_eq!(
        blame(&app, &room).await[1],
        ("bob THAT".to_owned(), Some("Bob".to_owned()))
    );
    set_code(&mut alice, "bob THAT\n").await;
    assert_eq!(
        blame(&app, &room).await,
        owned(&[("bob THAT", Some("Bob")), ("", None)])
    );
}

#[tokio::test]
async fn history_and_blame_survive_compaction_and_a_restart() {
    let directory = tempfile::tempdir().expect("temp dir");
    let path = directory.path().join("rooms.sqlite3");
    let mut settings = test_settings();
    settings.compaction_threshold = 2;
    settings.room_unload_grace_ms = 0;
    let store = SqliteRoomRepository::open(&path).await.expect("open");
    let app = spawn_app_with(settings.clone(), Arc::new(store)).await;
    let room = app.create_room().await;
    let (mut alice, _) = join_as(&app, &room, "Alice").await;
    let mut bob = YrsClient::connect(app.port, &format!("{room}?name=Bob")).await;
    set_code(&mut alice, "first by alice\n").await;
    let saved = save_named(&app, &room, "first").await;
    let version_id = saved["id"].as_str().expect("id").to_owned();
    assert!(bob.wait_text("first by alice\n", WAIT).await);
    for line in ["second by bob\n", "third by bob\n"] {
        bob.insert(bob.len_utf16(), line).await;
    }
    let expected = "first by alice\nsecond by bob\nthird by bob\n";
    let base = follow_version(&mut alice, expected).await;
    set_code_on(
        &mut alice,
        "first by alice\nsecond by bob\nthird by alice\n",
        base,
    )
    .await;
    let before = blame(&app, &room).await;
    assert_eq!(
        before,
        owned(&[
            ("first by alice", Some("Alice")),
            ("second by bob", Some("Bob")),
            ("third by alice", Some("Alice")),
            ("", None),
        ])
    );
    alice.close().await;
    drop(bob);
    app.stop().await;

    let store = SqliteRoomRepository::open(&path).await.expect("reopen");
    let logged = domain::ports::UpdateLog::load(&store, &RoomId::parse(&room).expect("id"))
        .await
        .expect("load");
    assert!(logged.snapshot.is_some(), "the log was compacted");
    let app = spawn_app_with(settings, Arc::new(store)).await;
    assert_eq!(blame(&app, &room).await, before);
    let viewed = get(&app, &format!("/rooms/{room}/versions/{version_id}")).await;
    assert_eq!(viewed["code"], "first by alice\n");
    // A checkpoint was saved when the last participant left.
    let listed = get(&app, &format!("/rooms/{room}/versions")).await;
    assert_eq!(listed["versions"][0]["kind"], "checkpoint", "{listed}");
    assert_eq!(listed["versions"][1]["id"], version_id.as_str(), "{listed}");
    // Restoring after the restart is a change like any other; blame then names nobody for the lines it
    // brought back but the restore (a REST request has no author yet) and keeps Alice's first line.
    restore(&app, &room, &version_id).await;
    assert_eq!(
        get(&app, &format!("/rooms/{room}")).await["code"],
        "first by alice\n"
    );
    assert_eq!(
        blame(&app, &room).await,
        owned(&[("first by alice", Some("Alice")), ("", None)])
    );
}

#[tokio::test]
async fn deleting_a_room_closes_its_sockets_with_4004_and_removes_every_trace() {
    let store = Arc::new(InMemoryRoomRepository::new());
    let app = spawn_app_with(test_settings(), store.clone()).await;
    let room = app.create_room().await;
    let (mut alice, _) = join_as(&app, &room, "Alice").await;
    let mut bob = YrsClient::connect(app.port, &format!("{room}?name=Bob")).await;
    set_code(&mut alice, "doomed\n").await;
    save_named(&app, &room, "doomed").await;
    let id = RoomId::parse(&room).expect("id");
    assert!(store.holds_any_trace_of(&id));

    let (status, _) = request(
        &app,
        reqwest::Method::DELETE,
        &format!("/rooms/{room}"),
        None,
    )
    .await;
    assert_eq!(status, 204);
    let error = wait_for(&mut alice, "error").await;
    assert_eq!(error["message"], "Room not found");
    assert_eq!(alice.receive_close().await, 4004);
    assert_eq!(bob.wait_closed(WAIT).await, Some(Some(4004)));
    assert!(!store.holds_any_trace_of(&id));
    assert!(store.attributions(&id).await.expect("read").is_empty());
    let (status, body) = request(&app, reqwest::Method::GET, &format!("/rooms/{room}"), None).await;
    assert_eq!(
        (status, body["detail"].as_str()),
        (404, Some("Room not found"))
    );
    let (status, _) = request(
        &app,
        reqwest::Method::DELETE,
        &format!("/rooms/{room}"),
        None,
    )
    .await;
    assert_eq!(status, 404);
    // A late joiner is told the room does not exist.
    let mut late = app.connect_ws(&room).await;
    assert_eq!(late.receive_json().await["message"], "Room not found");
    assert_eq!(late.receive_close().await, 4004);
}

#[tokio::test]
async fn rooms_idle_longer_than_the_ttl_expire_with_everything_they_hold() {
    let store = Arc::new(InMemoryRoomRepository::new());
    let mut settings = test_settings();
    settings.room_ttl = Some(Duration::from_millis(1_500));
    let app = spawn_app_with(settings, store.clone()).await;
    let room = app.create_room().await;
    let (mut alice, _) = join_as(&app, &room, "Alice").await;
    set_code(&mut alice, "soon gone\n").await;
    save_named(&app, &room, "gone").await;
    let id = RoomId::parse(&room).expect("id");
    let closed = tokio::time::timeout(Duration::from_secs(15), async {
        loop {
            match alice.receive().await {
                Received::Closed(code) => return code,
                Received::Dropped => return None,
                Received::Json(_) => {}
            }
        }
    })
    .await
    .expect("the idle room expires");
    assert_eq!(closed, Some(4004));
    assert!(!store.holds_any_trace_of(&id));
    // A room just created is within its TTL.
    let fresh = app.create_room().await;
    let (status, _) = request(&app, reqwest::Method::GET, &format!("/rooms/{fresh}"), None).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn a_checkpoint_is_saved_after_a_pause_and_when_the_last_participant_leaves() {
    let mut settings = test_settings();
    settings.version_checkpoint_idle_ms = 300;
    settings.version_retention_count = 3;
    let store = Arc::new(InMemoryRoomRepository::new());
    let app = spawn_app_with(settings, store.clone()).await;
    let room = app.create_room().await;
    let (mut alice, _) = join_as(&app, &room, "Alice").await;
    set_code(&mut alice, "paused\n").await;
    let announced = wait_for(&mut alice, "version_saved").await;
    assert_eq!(announced["version"]["kind"], "checkpoint");
    assert_eq!(announced["version"]["author"], Value::Null);
    let listed = get(&app, &format!("/rooms/{room}/versions")).await;
    assert_eq!(listed["versions"].as_array().map(Vec::len), Some(1));
    let id = listed["versions"][0]["id"].as_str().expect("id");
    assert_eq!(
        get(&app, &format!("/rooms/{room}/versions/{id}")).await["code"],
        "paused\n"
    );
    // No change, no new checkpoint; a change typed and undone is no change either.
    set_code(&mut alice, "paused\nx").await;
    set_code(&mut alice, "paused\n").await;
    tokio::time::sleep(Duration::from_millis(900)).await;
    let listed = get(&app, &format!("/rooms/{room}/versions")).await;
    assert_eq!(
        listed["versions"].as_array().map(Vec::len),
        Some(1),
        "{listed}"
    );
    // The pause also dropped the attributions of the text typed and deleted again; blame is unchanged.
    let id = RoomId::parse(&room).expect("id");
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let records = store.attributions(&id).await.expect("attributions");
        if records.len() == 1 {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "not pruned: {records:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(
        blame(&app, &room).await,
        owned(&[("paused", Some("Alice")), ("", None)])
    );

    // Retention: the three newest stay.
    for name in ["a", "b", "c"] {
        save_named(&app, &room, name).await;
    }
    let listed = get(&app, &format!("/rooms/{room}/versions")).await;
    let names: Vec<&str> = listed["versions"]
        .as_array()
        .expect("versions")
        .iter()
        .filter_map(|version| version["name"].as_str())
        .collect();
    assert_eq!(names, ["c", "b", "a"]);

    // Leaving after a change saves one at once.
    let mut settings = test_settings();
    settings.version_checkpoint_idle_ms = 0;
    let app = spawn_app_with(settings, Arc::new(InMemoryRoomRepository::new())).await;
    let room = app.create_room().await;
    let (mut bob, _) = join_as(&app, &room, "Bob").await;
    set_code(&mut bob, "left behind\n").await;
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert_eq!(
        get(&app, &format!("/rooms/{room}/versions")).await["versions"],
        json!([])
    );
    bob.close().await;
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let listed = get(&app, &format!("/rooms/{room}/versions")).await;
        if listed["versions"]
            .as_array()
            .is_some_and(|versions| versions.len() == 1)
        {
            assert_eq!(listed["versions"][0]["kind"], "checkpoint");
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "no checkpoint on leave"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn bad_history_requests_get_clear_client_errors() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let versions = format!("/rooms/{room}/versions");
    let cases: Vec<(reqwest::Method, String, Option<Value>, u16)> = vec![
        (
            reqwest::Method::POST,
            versions.clone(),
            Some(json!({ "name": "  " })),
            422,
        ),
        (
            reqwest::Method::POST,
            versions.clone(),
            Some(json!({ "name": "x".repeat(101) })),
            422,
        ),
        (
            reqwest::Method::POST,
            versions.clone(),
            Some(json!({})),
            422,
        ),
        (
            reqwest::Method::POST,
            "/rooms/nosuchroom/versions".to_owned(),
            Some(json!({ "name": "a" })),
            404,
        ),
        (
            reqwest::Method::GET,
            format!("{versions}?limit=0"),
            None,
            422,
        ),
        (
            reqwest::Method::GET,
            format!("{versions}?limit=ten"),
            None,
            422,
        ),
        (
            reqwest::Method::GET,
            format!("{versions}?before=yesterday"),
            None,
            422,
        ),
        (
            reqwest::Method::GET,
            format!("{versions}/not-a-version"),
            None,
            404,
        ),
        (
            reqwest::Method::GET,
            format!("{versions}/019ad6b2-4f1e-7c3a-9b1d-3f2a6c8e0d41"),
            None,
            404,
        ),
        (
            reqwest::Method::GET,
            format!("{versions}/019ad6b2-4f1e-7c3a-9b1d-3f2a6c8e0d41/diff/live"),
            None,
            404,
        ),
        (
            reqwest::Method::POST,
            format!("{versions}/019ad6b2-4f1e-7c3a-9b1d-3f2a6c8e0d41/restore"),
            None,
            404,
        ),
        (
            reqwest::Method::GET,
            "/rooms/nosuchroom/blame".to_owned(),
            None,
            404,
        ),
        (
            reqwest::Method::GET,
            "/rooms/no%20such/versions".to_owned(),
            None,
            404,
        ),
        (
            reqwest::Method::DELETE,
            "/rooms/nosuchroom".to_owned(),
            None,
            404,
        ),
    ];
    for (method, path, body, expected) in cases {
        let (status, answer) = request(&app, method.clone(), &path, body).await;
        assert_eq!(status, expected, "{method} {path}: {answer}");
        assert!(answer["detail"].is_string(), "{method} {path}: {answer}");
    }
    let saved = save_named(&app, &room, "empty room").await;
    let id = saved["id"].as_str().expect("id");
    let diff = get(&app, &format!("{versions}/{id}/diff")).await;
    assert_eq!(diff["to"], "live");
    assert_eq!(diff["hunks"], json!([]));
}

#[tokio::test]
async fn deleting_a_room_on_mongodb_leaves_no_document_of_it() {
    use domain::ports::RoomRepository;
    use pairprog_tests::mongo_server::MongoTestServer;
    let Some(server) = MongoTestServer::start().await else {
        return;
    };
    let store = adapters_mongo::MongoRoomRepository::connect(&server.url(), server.database())
        .await
        .expect("connect");
    store.prepare().await.expect("prepare");
    let mut settings = test_settings();
    settings.compaction_threshold = 2;
    let app = spawn_app_with(settings, Arc::new(store)).await;
    let room = app.create_room().await;
    let kept = app.create_room().await;
    let (mut alice, _) = join_as(&app, &room, "Alice").await;
    for code in ["a\n", "a\nb\n", "a\nb\nc\n"] {
        set_code(&mut alice, code).await;
    }
    save_named(&app, &room, "abc").await;
    assert_eq!(
        blame(&app, &room).await,
        owned(&[
            ("a", Some("Alice")),
            ("b", Some("Alice")),
            ("c", Some("Alice")),
            ("", None)
        ])
    );
    let database = server.client().await.database(server.database());
    let collections = [
        "rooms",
        "room_updates",
        "room_snapshots",
        "room_versions",
        "room_attributions",
    ];
    let count = |name: &'static str, id: String| {
        let collection = database.collection::<mongodb::bson::Document>(name);
        async move {
            collection
                .count_documents(mongodb::bson::doc! { "room_id": id })
                .await
                .expect("count")
        }
    };
    for name in collections {
        if name != "room_updates" {
            assert!(count(name, room.clone()).await > 0, "{name} holds the room");
        }
    }
    let (status, _) = request(
        &app,
        reqwest::Method::DELETE,
        &format!("/rooms/{room}"),
        None,
    )
    .await;
    assert_eq!(status, 204);
    assert_eq!(
        wait_for(&mut alice, "error").await["message"],
        "Room not found"
    );
    assert_eq!(alice.receive_close().await, 4004);
    for name in collections {
        assert_eq!(
            count(name, room.clone()).await,
            0,
            "{name} still holds the room"
        );
    }
    assert_eq!(count("rooms", kept.clone()).await, 1);
}
