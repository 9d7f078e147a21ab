//! The spec's WebSocket flows on `/ws/{room_id}`, over real sockets against the real server.

use std::{sync::Arc, time::Duration};

use adapters_memory::InMemoryRoomRepository;
use pairprog_tests::app::{Received, spawn_app, spawn_app_with, test_settings};
use serde_json::json;

const QUIET: Duration = Duration::from_millis(300);

#[tokio::test]
async fn joining_sends_the_rooms_initial_state() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let (_client, initial) = app.join(&room).await;
    assert_eq!(initial["code"], "");
    assert_eq!(initial["roomId"], room.as_str());
    assert_eq!(initial["version"], 0);
}

#[tokio::test]
async fn updates_reach_the_other_clients_with_the_senders_timestamp() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let (mut alice, _) = app.join(&room).await;
    let (mut bob, _) = app.join(&room).await;
    let (mut carol, _) = app.join(&room).await;

    alice
        .send_code("print('Hello, World!')", 1_638_360_000_000)
        .await;

    for peer in [&mut bob, &mut carol] {
        let update = peer.receive_json().await;
        assert_eq!(update["type"], "code_update");
        assert_eq!(update["code"], "print('Hello, World!')");
        assert_eq!(update["timestamp"], 1_638_360_000_000_i64);
        assert_eq!(update["version"], 1);
    }
}

#[tokio::test]
async fn sender_does_not_receive_its_own_update() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let (mut alice, _) = app.join(&room).await;
    let (mut bob, _) = app.join(&room).await;
    alice.send_code("x = 1", 1).await;
    assert_eq!(bob.receive_json().await["code"], "x = 1");
    // The sender is told its update was stored exactly as sent, and is never sent its own code back.
    assert_eq!(
        alice.receive_json().await,
        json!({ "type": "ack", "version": 1 })
    );
    alice.assert_silent_for(QUIET).await;
}

#[tokio::test]
async fn updates_are_stored_before_others_see_them() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let (mut alice, _) = app.join(&room).await;
    let (mut bob, _) = app.join(&room).await;
    alice.send_code("saved = True", 1).await;
    bob.receive_json().await;
    let stored = app.get_room(&room).await;
    assert_eq!(stored["code"], "saved = True");
    assert_eq!(stored["version"], 1);
    let (_late, initial) = app.join(&room).await;
    assert_eq!(initial["code"], "saved = True");
}

#[tokio::test]
async fn rooms_are_isolated_from_each_other() {
    let app = spawn_app().await;
    let (first, second) = (app.create_room().await, app.create_room().await);
    let (mut writer, _) = app.join(&first).await;
    let (mut neighbour, _) = app.join(&second).await;
    writer.send_code("only in the first room", 1).await;
    neighbour.assert_silent_for(QUIET).await;
    assert_eq!(app.get_room(&second).await["code"], "");
}

#[tokio::test]
async fn an_unknown_room_gets_an_error_then_close_4004() {
    let app = spawn_app().await;
    let mut client = app.connect_ws("zzzzzzzz").await;
    let error = client.receive_json().await;
    assert_eq!(
        error,
        json!({ "type": "error", "message": "Room not found" })
    );
    assert_eq!(client.receive_close().await, 4004);
}

#[tokio::test]
async fn a_malformed_room_id_gets_close_4004_too() {
    let app = spawn_app().await;
    let mut client = app.connect_ws("not.a%20room").await;
    assert_eq!(client.receive_json().await["message"], "Room not found");
    assert_eq!(client.receive_close().await, 4004);
}

#[tokio::test]
async fn invalid_json_gets_an_error_and_the_socket_stays_open() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let (mut alice, _) = app.join(&room).await;
    let (mut bob, _) = app.join(&room).await;

    alice.send_text("{this is not json").await;
    let error = alice.receive_json().await;
    assert_eq!(error["type"], "error");
    assert!(
        error["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("Invalid JSON")),
        "{error}"
    );

    alice.send_code("still connected", 2).await;
    assert_eq!(bob.receive_json().await["code"], "still connected");
}

#[tokio::test]
async fn unknown_and_incomplete_messages_get_errors_and_change_nothing() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let (mut alice, _) = app.join(&room).await;
    let (mut bob, _) = app.join(&room).await;
    for bad in [
        json!({ "type": "dance" }),
        json!({ "type": "code_update" }),
        json!({ "type": "code_update", "code": 42 }),
        json!({ "code": "no type" }),
        json!([1, 2, 3]),
    ] {
        alice.send_json(&bad).await;
        let error = alice.receive_json().await;
        assert_eq!(error["type"], "error", "for {bad}");
        assert!(error["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
    bob.assert_silent_for(QUIET).await;
    assert_eq!(app.get_room(&room).await["version"], 0);
}

#[tokio::test]
async fn binary_frames_get_an_error_on_the_json_endpoint() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let (mut alice, _) = app.join(&room).await;
    alice.send_binary(vec![0, 1, 2]).await;
    assert_eq!(alice.receive_json().await["type"], "error");
    alice.send_code("fine", 1).await;
    assert_eq!(alice.receive_json().await["type"], "ack");
}

#[tokio::test]
async fn an_oversized_frame_closes_with_1009() {
    let mut settings = test_settings();
    settings.max_message_bytes = 64 * 1024;
    let app = spawn_app_with(settings, Arc::new(InMemoryRoomRepository::new())).await;
    let room = app.create_room().await;
    let (mut alice, _) = app.join(&room).await;
    alice.send_code(&"x".repeat(100 * 1024), 1).await;
    assert_eq!(alice.receive_close().await, 1009);
    assert_eq!(app.get_room(&room).await["code"], "");
}

#[tokio::test]
async fn frames_larger_than_actix_default_but_within_the_limit_are_accepted() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let (mut alice, _) = app.join(&room).await;
    let (mut bob, _) = app.join(&room).await;
    let big = "# a long file\n".repeat(20_000);
    assert!(big.len() > 64 * 1024);
    alice.send_code(&big, 1).await;
    assert_eq!(
        bob.receive_json().await["code"].as_str().map(str::len),
        Some(big.len())
    );
}

#[tokio::test]
async fn code_over_the_document_limit_is_refused_with_an_error() {
    let mut settings = test_settings();
    settings.max_document_bytes = 1000;
    let app = spawn_app_with(settings, Arc::new(InMemoryRoomRepository::new())).await;
    let room = app.create_room().await;
    let (mut alice, _) = app.join(&room).await;
    alice.send_code(&"y".repeat(2000), 1).await;
    let error = alice.receive_json().await;
    assert_eq!(error["type"], "error");
    assert!(
        error["message"]
            .as_str()
            .is_some_and(|m| m.contains("1000")),
        "{error}"
    );
    alice.send_code("small", 2).await;
    assert_eq!(alice.receive_json().await["type"], "ack");
    assert_eq!(app.get_room(&room).await["code"], "small");
}

#[tokio::test]
async fn a_store_failure_is_reported_and_the_server_keeps_serving() {
    let store = Arc::new(InMemoryRoomRepository::new());
    let app = spawn_app_with(test_settings(), store.clone()).await;
    let room = app.create_room().await;
    let (mut alice, _) = app.join(&room).await;
    let (mut bob, _) = app.join(&room).await;

    store.set_failing(true);
    alice.send_code("lost?", 1).await;
    let error = alice.receive_json().await;
    assert_eq!(error["type"], "error");
    assert!(
        error["message"]
            .as_str()
            .is_some_and(|m| m.contains("not saved")),
        "{error}"
    );
    bob.assert_silent_for(QUIET).await;

    store.set_failing(false);
    alice.send_code("saved", 2).await;
    assert_eq!(bob.receive_json().await["code"], "saved");
    assert_eq!(app.get_room(&room).await["code"], "saved");
}

#[tokio::test]
async fn a_client_leaving_does_not_disturb_the_others() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let (alice, _) = app.join(&room).await;
    let (mut bob, _) = app.join(&room).await;
    let (mut carol, _) = app.join(&room).await;
    alice.close().await;
    bob.send_code("after alice left", 1).await;
    assert_eq!(carol.receive_json().await["code"], "after alice left");
}

#[tokio::test]
async fn an_emptied_room_reloads_from_the_store() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let (mut alice, _) = app.join(&room).await;
    alice.send_code("persisted", 1).await;
    // Wait until the update is stored, then leave: the room is unloaded and must come back from the store.
    tokio::time::timeout(Duration::from_secs(5), async {
        while app.get_room(&room).await["code"] != "persisted" {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    })
    .await
    .expect("update stored");
    alice.close().await;
    let (_bob, initial) = app.join(&room).await;
    assert_eq!(
        (initial["code"].as_str(), initial["version"].as_u64()),
        (Some("persisted"), Some(1))
    );
}

#[tokio::test]
async fn non_ascii_code_round_trips() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let (mut alice, _) = app.join(&room).await;
    let (mut bob, _) = app.join(&room).await;
    let code = "# café 日本語 🎉\nprint(\"naïve ✓\")";
    alice.send_code(code, 1).await;
    assert_eq!(bob.receive_json().await["code"], code);
    let (_late, initial) = app.join(&room).await;
    assert_eq!(initial["code"], code);
}

#[tokio::test]
async fn stopping_the_server_closes_sockets_with_1001() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let (mut alice, _) = app.join(&room).await;
    let stopping = tokio::spawn(app.stop());
    match alice.receive().await {
        Received::Closed(Some(code)) => assert_eq!(code, 1001),
        other => panic!("expected close 1001, got {other:?}"),
    }
    stopping.await.expect("server stopped");
}

#[tokio::test]
async fn websocket_autocomplete_uses_the_rooms_live_code() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let (mut alice, _) = app.join(&room).await;
    let (mut bob, _) = app.join(&room).await;
    let code = "def calculate_sum(a, b):\n    return ";
    alice.send_code(code, 1).await;
    bob.receive_json().await;
    bob.send_json(&json!({ "type": "autocomplete", "requestId": "r-1", "cursorPosition": 35, "language": "python" })).await;
    let result = bob.receive_json().await;
    assert_eq!(result["type"], "autocomplete_result");
    assert_eq!(result["requestId"], "r-1");
    assert_eq!(result["suggestion"], "a + b");
    assert_eq!(result["suggestions"][0]["text"], "a + b");

    bob.send_json(&json!({ "type": "autocomplete", "requestId": 2, "cursorPosition": 999 }))
        .await;
    assert_eq!(bob.receive_json().await["type"], "error");
}

#[tokio::test]
async fn concurrent_edits_of_different_lines_by_json_clients_both_survive() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let (mut alice, _) = app.join(&room).await;
    let (mut bob, _) = app.join(&room).await;
    alice.send_code("line one\nline two\n", 1).await;
    bob.follow_code_until(String::new(), "line one\nline two\n")
        .await;
    assert_eq!(alice.receive_json().await["type"], "ack");

    // Both edit before seeing the other's change.
    alice.send_code("LINE ONE\nline two\n", 2).await;
    bob.send_code("line one\nline two!\n", 3).await;

    let merged = "LINE ONE\nline two!\n";
    alice
        .follow_code_until("LINE ONE\nline two\n".into(), merged)
        .await;
    bob.follow_code_until("line one\nline two!\n".into(), merged)
        .await;
    assert_eq!(app.get_room(&room).await["code"], merged);
}

#[tokio::test]
async fn a_base_version_merges_exactly_and_the_sender_gets_the_merged_code() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let (mut alice, _) = app.join(&room).await;
    let (mut bob, _) = app.join(&room).await;
    alice.send_code("fn main() {}\n", 1).await;
    assert_eq!(
        alice.receive_json().await,
        json!({ "type": "ack", "version": 1 })
    );
    bob.receive_json().await;

    // Alice appends a line (version 2); Bob, still at version 1, renames main.
    alice.send_code("fn main() {}\nfn helper() {}\n", 2).await;
    assert_eq!(alice.receive_json().await["version"], 2);
    bob.send_json(&json!({ "type": "code_update", "code": "fn start() {}\n", "baseVersion": 1, "timestamp": 3 })).await;

    let mut merged = None;
    for _ in 0..2 {
        let message = bob.receive_json().await;
        // Bob first receives Alice's version 2, then his own update merged with it.
        if message["version"] == 3 {
            merged = Some(message);
        }
    }
    let merged = merged.expect("the merged update");
    assert_eq!(merged["type"], "code_update");
    assert_eq!(merged["code"], "fn start() {}\nfn helper() {}\n");
    let forwarded = alice.receive_json().await;
    assert_eq!(forwarded["code"], "fn start() {}\nfn helper() {}\n");
    assert_eq!(forwarded["version"], 3);
}

#[tokio::test]
async fn a_base_version_from_the_future_is_an_error() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let (mut alice, _) = app.join(&room).await;
    alice
        .send_json(&json!({ "type": "code_update", "code": "x", "baseVersion": 99 }))
        .await;
    let error = alice.receive_json().await;
    assert_eq!(error["type"], "error");
    assert!(
        error["message"]
            .as_str()
            .is_some_and(|m| m.contains("baseVersion")),
        "{error}"
    );
}

#[tokio::test]
async fn a_json_client_that_stops_reading_does_not_slow_the_room_and_catches_up_on_the_newest_text()
{
    let mut settings = test_settings();
    settings.outbound_queue_frames = 4;
    let app = spawn_app_with(settings, Arc::new(InMemoryRoomRepository::new())).await;
    let room = app.create_room().await;
    let (mut writer, _) = app.join(&room).await;
    let (mut reader, _) = app.join(&room).await;
    let (mut stalled, _) = app.join(&room).await;

    // Each broadcast carries the whole code (900 KB): 80 of them are far more than the stalled client's socket
    // buffers and its queue of 4 frames hold.
    let mut code = "x".repeat(900_000);
    for round in 0..80_u8 {
        code.replace_range(0..1, &char::from(b'a' + round % 26).to_string());
        writer.send_code(&code, i64::from(round)).await;
        assert_eq!(writer.receive_json().await["type"], "ack");
        assert_eq!(
            reader.receive_json().await["version"],
            u64::from(round) + 1,
            "the reading client keeps up"
        );
    }
    // The stalled client reads again: a newer text replaced each one still queued, so it gets what its
    // socket already held, then the newest, and stays connected.
    let mut received = 0;
    loop {
        match stalled.receive().await {
            Received::Json(message) => {
                received += 1;
                if message["version"] == 80 {
                    assert_eq!(message["code"].as_str(), Some(code.as_str()));
                    break;
                }
            }
            other => panic!("the stalled client stays connected, got {other:?}"),
        }
    }
    assert!(
        received < 80,
        "{received} texts: the queue did not hold every one"
    );
    writer.send_code("after", 81).await;
    assert_eq!(writer.receive_json().await["type"], "ack");
    assert_eq!(stalled.receive_json().await["code"], "after");
}

#[tokio::test]
async fn plain_requests_and_upgrades_to_other_paths_get_clear_http_errors() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    // A WebSocket path asked for without an upgrade.
    for path in [format!("/ws/{room}"), format!("/yjs/{room}")] {
        let response = app
            .http
            .get(format!("{}{path}", app.address))
            .send()
            .await
            .expect("request");
        assert_eq!(response.status(), 400, "{path}");
        let body: serde_json::Value = response.json().await.expect("JSON body");
        assert!(
            body["detail"]
                .as_str()
                .is_some_and(|detail| detail.contains("WebSocket"))
        );
    }
    // An upgrade to a path that is not a WebSocket endpoint gets that path's plain HTTP answer, never 101.
    for (path, status) in [
        (format!("/rooms/{room}/socket"), 404),
        (format!("/rooms/{room}"), 200),
    ] {
        let refused =
            tokio_tungstenite::connect_async(format!("ws://127.0.0.1:{}{path}", app.port)).await;
        match refused {
            Err(tokio_tungstenite::tungstenite::Error::Http(response)) => {
                assert_eq!(response.status(), status, "{path}")
            }
            other => panic!("expected a {status} answer to {path}, got {other:?}"),
        }
    }
    // An upgrade without the WebSocket version header.
    let response = app
        .http
        .get(format!("{}/ws/{room}", app.address))
        .header("connection", "Upgrade")
        .header("upgrade", "websocket")
        .header("sec-websocket-key", "dGhlIHNhbXBsZSBub25jZQ==")
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 400);
    // The server is unharmed.
    let (_client, initial) = app.join(&room).await;
    assert_eq!(initial["type"], "initial_state");
}

#[tokio::test]
async fn a_message_sent_in_the_same_packet_as_the_handshake_is_not_lost() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    let app = spawn_app().await;
    let room = app.create_room().await;
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", app.port))
        .await
        .expect("connect");
    let mut bytes = format!(
        "GET /ws/{room} HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\
         Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n"
    )
    .into_bytes();
    // A masked text frame (mask 0: the payload reads as is), written together with the request.
    let message = br#"{"type":"code_update","code":"early","timestamp":1}"#;
    bytes.extend([
        0x81,
        0x80 | u8::try_from(message.len()).expect("short"),
        0,
        0,
        0,
        0,
    ]);
    bytes.extend_from_slice(message);
    stream.write_all(&bytes).await.expect("write");
    let mut received = Vec::new();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while !String::from_utf8_lossy(&received).contains(r#""type":"ack""#) {
        let mut chunk = [0; 4096];
        let read = tokio::time::timeout_at(deadline, stream.read(&mut chunk))
            .await
            .expect("an ack within the timeout")
            .expect("read");
        assert!(
            read > 0,
            "closed early: {}",
            String::from_utf8_lossy(&received)
        );
        received.extend_from_slice(&chunk[..read]);
    }
    let received = String::from_utf8_lossy(&received);
    assert!(received.starts_with("HTTP/1.1 101 "));
    assert!(received.contains("initial_state"));
    assert_eq!(app.get_room(&room).await["code"], "early");
}
