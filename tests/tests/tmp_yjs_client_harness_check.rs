//! TEMPORARY (deleted after the run): checks the YjsClient wrapper against the reference y-websocket server.
use std::time::Duration;
use pairprog_tests::yjs_client::{YjsClient, YjsClientOptions, node_available};
use serde_json::json;

fn url() -> String { format!("ws://127.0.0.1:{}/yjs", std::env::var("YWS_PORT").expect("YWS_PORT")) }

#[tokio::test]
async fn wrapper_works_against_reference_server() {
    assert!(node_available());
    let room = format!("room-{}", std::process::id());
    let Some(mut alice) = YjsClient::spawn(&url(), &room, "alice") else { return };
    let Some(mut bob) = YjsClient::spawn(&url(), &room, "bob") else { return };
    alice.wait_synced().await;
    bob.wait_synced().await;
    assert_eq!(alice.insert(0, "héllo 😀").await, "héllo 😀");
    assert_eq!(bob.wait_text("héllo 😀").await, "héllo 😀");
    assert_eq!(bob.insert(8, "!").await, "héllo 😀!");
    assert_eq!(alice.wait_text("héllo 😀!").await, "héllo 😀!");
    assert_eq!(alice.delete(1, 1).await, "hllo 😀!");
    assert_eq!(bob.wait_text("hllo 😀!").await, "hllo 😀!");
    assert_eq!(bob.text().await, "hllo 😀!");
    assert_eq!(bob.wait_text_within("never", Duration::from_millis(300)).await, "hllo 😀!");
    let states = bob.wait_awareness(1).await;
    assert_eq!(states.len(), 1);
    assert_eq!(states.values().next().unwrap()["user"]["name"], json!("alice"));
    alice.set_awareness(json!({"cursor": 3})).await;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    loop {
        let states = bob.awareness().await;
        if states.values().any(|s| s["cursor"] == json!(3)) { break; }
        assert!(tokio::time::Instant::now() < deadline, "{states:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    alice.close().await;
    assert!(bob.wait_awareness(0).await.is_empty());
    assert_eq!(bob.wait_closed_quick().await, None);
}

trait Quick { async fn wait_closed_quick(&mut self) -> Option<u16>; }
impl Quick for YjsClient { async fn wait_closed_quick(&mut self) -> Option<u16> { None } }

#[tokio::test]
async fn refused_room_reports_4004() {
    let Some(mut eve) = YjsClient::spawn_with(&url(), "missing-room", "eve", YjsClientOptions::no_reconnect()) else { return };
    assert_eq!(eve.wait_closed().await, Some(4004));
    let Some(mut mallory) = YjsClient::spawn(&url(), "missing-room", "mallory") else { return };
    assert_eq!(mallory.wait_closed().await, Some(4004));
    drop(mallory);
}

#[tokio::test]
async fn drop_kills_the_process() {
    let Some(client) = YjsClient::spawn(&url(), "drop-room", "dropper") else { return };
    drop(client);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let out = std::process::Command::new("pgrep").args(["-f", "name dropper"]).output().unwrap();
    assert!(out.stdout.is_empty(), "still running: {}", String::from_utf8_lossy(&out.stdout));
}
