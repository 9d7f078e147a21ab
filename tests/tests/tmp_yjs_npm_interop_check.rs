//! TEMPORARY (deleted after the run): the npm client against the real /yjs endpoint.
use std::time::Duration;
use pairprog_tests::{app::spawn_app, yjs_client::{YjsClient, YjsClientOptions}};
use serde_json::json;

#[tokio::test]
async fn npm_clients_against_the_real_server() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let url = format!("ws://127.0.0.1:{}/yjs", app.port);
    let Some(mut alice) = YjsClient::spawn(&url, &room, "alice") else { return };
    let Some(mut bob) = YjsClient::spawn(&url, &room, "bob") else { return };
    alice.wait_synced().await;
    bob.wait_synced().await;
    let (mut json, initial) = app.join(&room).await;
    eprintln!("json initial: {initial}");
    assert_eq!(alice.insert(0, "héllo 😀").await, "héllo 😀");
    assert_eq!(bob.wait_text("héllo 😀").await, "héllo 😀");
    let msg = json.receive_json().await;
    eprintln!("json got: {msg}");
    assert_eq!(bob.insert(8, "!").await, "héllo 😀!");
    assert_eq!(alice.wait_text("héllo 😀!").await, "héllo 😀!");
    json.send_code("héllo 😀!?", 1).await;
    assert_eq!(alice.wait_text("héllo 😀!?").await, "héllo 😀!?");
    assert_eq!(bob.wait_text("héllo 😀!?").await, "héllo 😀!?");
    let states = bob.wait_awareness(1).await;
    eprintln!("bob sees {states:?}");
    assert_eq!(states.len(), 1);
    alice.set_awareness(json!({"cursor": 3})).await;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    loop {
        let states = bob.awareness().await;
        if states.values().any(|s| s["cursor"] == json!(3)) { break; }
        assert!(tokio::time::Instant::now() < deadline, "{states:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    alice.close().await;
    let after = bob.wait_awareness(0).await;
    assert!(after.is_empty(), "{after:?}");
    // A late joiner gets everything.
    let Some(mut carol) = YjsClient::spawn(&url, &room, "carol") else { return };
    carol.wait_synced().await;
    assert_eq!(carol.text().await, "héllo 😀!?");
    let Some(mut eve) = YjsClient::spawn_with(&url, "nosuchroom", "eve", YjsClientOptions::no_reconnect()) else { return };
    assert_eq!(eve.wait_closed().await, Some(4004));
    assert_eq!(app.get_room(&room).await["code"], "héllo 😀!?");
}

#[tokio::test]
async fn abrupt_kill_removes_awareness() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let url = format!("ws://127.0.0.1:{}/yjs", app.port);
    let Some(mut alice) = YjsClient::spawn(&url, &room, "alice") else { return };
    let Some(mut bob) = YjsClient::spawn(&url, &room, "bob") else { return };
    alice.wait_synced().await;
    bob.wait_synced().await;
    assert_eq!(bob.wait_awareness(1).await.len(), 1);
    drop(alice); // SIGKILL: no goodbye
    let after = bob.wait_awareness(0).await;
    assert!(after.is_empty(), "server did not remove the killed client's awareness: {after:?}");
}

#[tokio::test]
async fn single_client_stays_connected_past_30s() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let url = format!("ws://127.0.0.1:{}/yjs", app.port);
    let Some(mut alice) = YjsClient::spawn(&url, &room, "alice") else { return };
    alice.wait_synced().await;
    tokio::time::sleep(Duration::from_secs(40)).await;
    // A closed event would be recorded; wait_closed returns it immediately if so.
    let closed = tokio::time::timeout(Duration::from_millis(100), alice.wait_closed()).await;
    assert!(matches!(closed, Err(_) | Ok(None)), "{closed:?}");
    assert!(!alice.timed_out(), "the y-websocket watchdog dropped the connection");
}
