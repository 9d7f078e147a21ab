//! The Yjs endpoint `/yjs/{room_id}`: sync with a Rust Yjs replica, mixed rooms of Yjs and JSON clients,
//! reloads that rebuild the same CRDT, and hostile binary input.

use std::{sync::Arc, time::Duration};

use adapters_sqlite::SqliteRoomRepository;
use pairprog::Settings;
use pairprog_tests::{
    app::{TestApp, spawn_app, spawn_app_from_settings, spawn_app_with, test_settings},
    yrs_client::YrsClient,
};

const WAIT: Duration = Duration::from_secs(10);

async fn sqlite_app(
    directory: &tempfile::TempDir,
    configure: impl FnOnce(&mut Settings),
) -> TestApp {
    let mut settings = test_settings();
    settings.mongodb_url = None;
    settings.sqlite_path = directory.path().join("rooms.sqlite3");
    configure(&mut settings);
    spawn_app_from_settings(settings).await
}

/// Waits until the server holds `code` (Yjs updates are not acknowledged, so tests watch the room instead).
async fn wait_for_code(app: &TestApp, room: &str, code: &str) {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let held = app.get_room(room).await["code"].clone();
        if held == code {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the server never held {code:?}; it holds {held}"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[tokio::test]
async fn a_yjs_replica_syncs_the_rooms_code_and_sends_edits_to_json_clients() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let (mut json, _) = app.join(&room).await;
    json.send_code("print('from json')\n", 1).await;
    assert_eq!(json.receive_json().await["type"], "ack");

    let mut yjs = YrsClient::connect(app.port, &room).await;
    assert!(
        yjs.wait_text("print('from json')\n", WAIT).await,
        "got {:?}",
        yjs.text()
    );

    yjs.insert(0, "# 🎉 yjs\n").await;
    let update = json.receive_json().await;
    assert_eq!(update["type"], "code_update");
    assert_eq!(update["code"], "# 🎉 yjs\nprint('from json')\n");
    assert_eq!(update["version"], 2);
    assert_eq!(
        app.get_room(&room).await["code"],
        "# 🎉 yjs\nprint('from json')\n"
    );
}

#[tokio::test]
async fn concurrent_yjs_and_json_edits_converge() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let (mut json, _) = app.join(&room).await;
    let mut alice = YrsClient::connect(app.port, &room).await;
    let mut bob = YrsClient::connect(app.port, &room).await;

    json.send_code("middle\n", 1).await;
    assert_eq!(json.receive_json().await["type"], "ack");
    assert!(alice.wait_text("middle\n", WAIT).await);
    assert!(bob.wait_text("middle\n", WAIT).await);

    // All three edit at once, none having seen the others' edits.
    alice.insert(0, "top\n").await;
    bob.insert(7, "bottom\n").await;
    json.send_code("MIDDLE\n", 2).await;

    let expected = "top\nMIDDLE\nbottom\n";
    assert!(
        alice.wait_text(expected, WAIT).await,
        "alice has {:?}",
        alice.text()
    );
    assert!(
        bob.wait_text(expected, WAIT).await,
        "bob has {:?}",
        bob.text()
    );
    json.follow_code_until(String::from("MIDDLE\n"), expected)
        .await;
    assert_eq!(app.get_room(&room).await["code"], expected);
}

#[tokio::test]
async fn a_late_joiner_receives_the_whole_document() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let mut writer = YrsClient::connect(app.port, &room).await;
    for line in 0..200_u32 {
        let index = writer.len_utf16();
        writer
            .insert(index, &format!("line {line} ünïcödé\n"))
            .await;
    }
    let expected = writer.text();
    let mut late = YrsClient::connect(app.port, &room).await;
    assert!(
        late.wait_text(&expected, WAIT).await,
        "late joiner has {} chars",
        late.text().len()
    );
    let (_json, initial) = app.join(&room).await;
    assert_eq!(initial["code"], expected.as_str());
}

#[tokio::test]
async fn an_unknown_room_closes_with_4004() {
    let app = spawn_app().await;
    let mut client = YrsClient::open(app.port, "zzzzzzzz").await;
    assert_eq!(client.wait_closed(WAIT).await, Some(Some(4004)));
}

#[tokio::test]
async fn hostile_frames_close_only_their_connection_and_leave_the_room_intact() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let mut honest = YrsClient::connect(app.port, &room).await;
    honest.insert(0, "safe").await;
    wait_for_code(&app, &room, "safe").await;
    let (mut json, initial) = app.join(&room).await;
    assert_eq!(initial["code"], "safe");

    let hostile: [(&str, Vec<u8>, u16); 6] = [
        ("garbage", vec![0xde, 0xad, 0xbe, 0xef], 1007),
        ("unknown message type", vec![7, 1, 2], 1003),
        ("truncated update", vec![0, 2, 10, 1, 2], 1007),
        (
            "huge varint length",
            vec![0, 2, 0xff, 0xff, 0xff, 0xff, 0x0f, 1],
            1007,
        ),
        (
            "update that is not one",
            vec![0, 2, 3, 0xff, 0xff, 0xff],
            1007,
        ),
        ("unknown sync step", vec![0, 9, 0], 1007),
    ];
    for (what, frame, code) in hostile {
        let mut attacker = YrsClient::connect(app.port, &room).await;
        attacker.send_raw(frame).await;
        assert_eq!(attacker.wait_closed(WAIT).await, Some(Some(code)), "{what}");
    }

    honest.insert(4, " and sound").await;
    assert_eq!(json.receive_json().await["code"], "safe and sound");
    let mut fresh = YrsClient::connect(app.port, &room).await;
    assert!(fresh.wait_text("safe and sound", WAIT).await);
}

#[tokio::test]
async fn text_frames_on_the_yjs_endpoint_close_with_1003() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let mut client = YrsClient::connect(app.port, &room).await;
    client
        .send_text("{\"type\":\"code_update\",\"code\":\"x\"}")
        .await;
    assert_eq!(client.wait_closed(WAIT).await, Some(Some(1003)));
    assert_eq!(app.get_room(&room).await["code"], "");
}

#[tokio::test]
async fn an_update_that_would_outgrow_the_document_limit_closes_with_1009() {
    let mut settings = test_settings();
    settings.max_document_bytes = 1000;
    let app = spawn_app_with(
        settings,
        Arc::new(adapters_memory::InMemoryRoomRepository::new()),
    )
    .await;
    let room = app.create_room().await;
    let mut client = YrsClient::connect(app.port, &room).await;
    client.insert(0, &"x".repeat(2000)).await;
    assert_eq!(client.wait_closed(WAIT).await, Some(Some(1009)));
    assert_eq!(app.get_room(&room).await["code"], "");
}

#[tokio::test]
async fn a_restarted_server_rebuilds_the_same_crdt_so_reconnecting_replicas_duplicate_nothing() {
    let directory = tempfile::tempdir().expect("temp dir");
    let first = sqlite_app(&directory, |_| {}).await;
    let room = first.create_room().await;
    // Content that arrives through the JSON protocol, then through Yjs.
    let (mut json, _) = first.join(&room).await;
    json.send_code("fn main() {\n}\n", 1).await;
    assert_eq!(json.receive_json().await["type"], "ack");
    let mut replica = YrsClient::connect(first.port, &room).await;
    assert!(replica.wait_text("fn main() {\n}\n", WAIT).await);
    replica.insert(12, "    run();\n").await;
    assert_eq!(json.receive_json().await["version"], 2);
    first.stop().await;

    let second = sqlite_app(&directory, |_| {}).await;
    let replica = replica.reconnect(second.port, &room).await;
    let (_json, initial) = second.join(&room).await;
    assert_eq!(initial["code"], "fn main() {\n    run();\n}\n");
    assert_eq!(replica.text(), "fn main() {\n    run();\n}\n");
    assert_eq!(
        second.get_room(&room).await["code"],
        "fn main() {\n    run();\n}\n"
    );
}

#[tokio::test]
async fn compaction_and_reload_give_the_identical_text() {
    let directory = tempfile::tempdir().expect("temp dir");
    let first = sqlite_app(&directory, |settings| settings.compaction_threshold = 7).await;
    let room = first.create_room().await;
    let mut writer = YrsClient::connect(first.port, &room).await;
    let (mut observer, _) = first.join(&room).await;
    for step in 0..60_u32 {
        // Positions on character boundaries, in UTF-16 units, as an editor gives them.
        let text = writer.text();
        let boundary = |fraction: usize| -> u32 {
            let chars = text.chars().count() / fraction;
            u32::try_from(text.chars().take(chars).map(char::len_utf16).sum::<usize>())
                .expect("small")
        };
        if step % 5 == 4 && text.chars().count() > 3 {
            let start = boundary(2);
            let width = u32::try_from(
                text.chars()
                    .skip(text.chars().count() / 2)
                    .take(2)
                    .map(char::len_utf16)
                    .sum::<usize>(),
            )
            .expect("small");
            writer.delete(start, width).await;
        } else {
            writer.insert(boundary(3), &format!("<{step}é🎉>")).await;
        }
        // One edit at a time reaches the server, so each is its own log entry (a burst would be one).
        while observer.receive_json().await["code"] != writer.text() {}
    }
    wait_for_code(&first, &room, &writer.text()).await;
    drop(observer);
    let (mut json, _) = first.join(&room).await;
    json.send_code(&format!("{}// tail\n", writer.text()), 1)
        .await;
    assert_eq!(json.receive_json().await["type"], "ack");
    let expected = first.get_room(&room).await["code"]
        .as_str()
        .expect("code")
        .to_owned();
    let room_id = domain::RoomId::parse(&room).expect("id");
    let store = SqliteRoomRepository::open(directory.path().join("rooms.sqlite3"))
        .await
        .expect("open");
    // While the room is live, the log was compacted every 7 entries.
    let stored = domain::ports::UpdateLog::load(&store, &room_id)
        .await
        .expect("load");
    assert!(stored.snapshot.is_some(), "the log was compacted");
    assert!(
        stored.updates.len() < 7,
        "compaction dropped the covered entries"
    );
    first.stop().await;
    // A room leaving memory is stored as one snapshot, which is what the next load reads.
    let stored = domain::ports::UpdateLog::load(&store, &room_id)
        .await
        .expect("load");
    assert!(
        stored.updates.is_empty(),
        "{} entries left",
        stored.updates.len()
    );
    drop(store);

    let second = sqlite_app(&directory, |_| {}).await;
    let (_json, initial) = second.join(&room).await;
    assert_eq!(initial["code"], expected.as_str());
    let mut replica = YrsClient::connect(second.port, &room).await;
    assert!(replica.wait_text(&expected, WAIT).await);
}

#[tokio::test]
async fn a_burst_of_updates_in_one_write_is_applied_in_order_and_kept() {
    let directory = tempfile::tempdir().expect("temp dir");
    let app = sqlite_app(&directory, |_| {}).await;
    let room = app.create_room().await;
    let (mut json, _) = app.join(&room).await;
    let mut writer = YrsClient::connect(app.port, &room).await;
    let mut reader = YrsClient::connect(app.port, &room).await;
    let typed = "fn main() { println!(\"burst\"); }";
    let frames: Vec<Vec<u8>> = typed
        .chars()
        .enumerate()
        .map(|(at, typed)| {
            let at = u32::try_from(at).expect("short");
            writer.insert_frame(at, &typed.to_string())
        })
        .collect();
    writer.send_burst(frames).await;
    // However the server grouped them, a JSON client sees the text grow in order, each keystroke a version.
    let mut last_version = 0;
    loop {
        let update = json.receive_json().await;
        let version = update["version"].as_u64().expect("version");
        assert!(version > last_version, "versions go up: {update}");
        last_version = version;
        let code = update["code"].as_str().expect("code");
        assert!(
            typed.starts_with(code),
            "a prefix of what was typed: {code:?}"
        );
        if code == typed {
            break;
        }
    }
    assert_eq!(last_version, typed.len() as u64);
    assert!(
        reader.wait_text(typed, WAIT).await,
        "got {:?}",
        reader.text()
    );
    wait_for_code(&app, &room, typed).await;
    drop(app);

    let restarted = sqlite_app(&directory, |_| {}).await;
    let mut reader = YrsClient::connect(restarted.port, &room).await;
    assert!(
        reader.wait_text(typed, WAIT).await,
        "got {:?}",
        reader.text()
    );
}

#[tokio::test]
async fn updates_before_a_broken_frame_of_the_same_burst_are_kept_and_announced() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let (mut json, _) = app.join(&room).await;
    let mut writer = YrsClient::connect(app.port, &room).await;
    let first = writer.insert_frame(0, "kept");
    writer
        .send_burst(vec![first, vec![0xde, 0xad, 0xbe, 0xef]])
        .await;
    assert_eq!(writer.wait_closed(WAIT).await, Some(Some(1007)));
    assert_eq!(json.receive_json().await["code"], "kept");
    let mut fresh = YrsClient::connect(app.port, &room).await;
    assert!(fresh.wait_text("kept", WAIT).await);
}

#[tokio::test]
async fn a_yjs_client_that_stops_reading_is_disconnected_without_slowing_the_room() {
    let mut settings = test_settings();
    settings.outbound_queue_frames = 4;
    let app = spawn_app_with(
        settings,
        Arc::new(adapters_memory::InMemoryRoomRepository::new()),
    )
    .await;
    let room = app.create_room().await;
    let mut writer = YrsClient::connect(app.port, &room).await;
    let (mut reader, _) = app.join(&room).await;
    let mut stalled = YrsClient::connect(app.port, &room).await;
    // 60 updates of 500 KB (each deleted again, to stay under the document limit): far more than the stalled
    // client's socket buffers and its queue of 4 frames hold. Each waits for the reader, so each is its own
    // broadcast.
    let chunk = "y".repeat(500_000);
    for round in 0..60 {
        writer.insert(0, &chunk).await;
        assert_eq!(
            reader.receive_json().await["code"].as_str().map(str::len),
            Some(chunk.len())
        );
        writer.delete(0, 500_000).await;
        assert_eq!(
            reader.receive_json().await["code"],
            "",
            "round {round}: the reader keeps up"
        );
    }
    // 1013 when the close frame could still be written; a client that never reads may not get it at all.
    let closed = stalled.wait_closed(WAIT).await;
    assert!(
        matches!(closed, Some(None | Some(1013))),
        "closed with {closed:?}"
    );
    // It reconnects and starts from the room's state.
    writer.insert(0, "still here").await;
    let mut again = YrsClient::connect(app.port, &room).await;
    assert!(again.wait_text("still here", WAIT).await);
}
