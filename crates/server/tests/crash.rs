//! Crash safety of the real binary: `kill -9` in the middle of a stream of edits, restart, and check that
//! every edit any client was told about (acknowledged to its author, or broadcast to another client) is there.

mod support;

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use support::{ServerProcess, free_port};
use tokio_tungstenite::{connect_async, tungstenite::Message};

fn token(index: usize) -> String {
    format!("edit-{index:05};")
}

#[tokio::test]
async fn nothing_acknowledged_or_broadcast_is_lost_to_kill_9() {
    let directory = tempfile::tempdir().expect("temp dir");
    let port = free_port();
    let server = ServerProcess::start(directory.path(), port).await;
    let room: Value = reqwest::Client::new()
        .post(format!("http://127.0.0.1:{port}/rooms"))
        .send()
        .await
        .expect("create room")
        .json()
        .await
        .expect("JSON");
    let room = room["roomId"].as_str().expect("roomId").to_owned();
    let url = format!("ws://127.0.0.1:{port}/ws/{room}");
    let (writer, _) = connect_async(&url).await.expect("writer connects");
    let (observer, _) = connect_async(&url).await.expect("observer connects");
    let (mut writer_tx, mut writer_rx) = writer.split();
    let (_observer_tx, mut observer_rx) = observer.split();

    // The writer appends one token per update, without waiting for answers; acks and broadcasts are recorded
    // as they arrive. The server is killed while updates are still in flight.
    let sender = tokio::spawn(async move {
        let mut code = String::new();
        for index in 0..100_000 {
            code.push_str(&token(index));
            let message = json!({ "type": "code_update", "code": code, "timestamp": index });
            if writer_tx
                .send(Message::text(message.to_string()))
                .await
                .is_err()
            {
                return index;
            }
            tokio::time::sleep(Duration::from_micros(200)).await;
        }
        100_000
    });
    let acks = tokio::spawn(async move {
        let mut highest_acked = 0_u64;
        while let Some(Ok(Message::Text(text))) = writer_rx.next().await {
            let message: Value = serde_json::from_str(&text).expect("JSON");
            if message["type"] == "ack" {
                highest_acked = highest_acked.max(message["version"].as_u64().expect("version"));
            }
        }
        highest_acked
    });
    let observed = tokio::spawn(async move {
        let mut last_seen = String::new();
        while let Some(Ok(Message::Text(text))) = observer_rx.next().await {
            let message: Value = serde_json::from_str(&text).expect("JSON");
            if message["type"] == "code_update" {
                last_seen = message["code"].as_str().expect("code").to_owned();
            }
        }
        last_seen
    });

    tokio::time::sleep(Duration::from_millis(1500)).await;
    server.kill_9();
    let sent = sender.await.expect("sender");
    let highest_acked = acks.await.expect("acks");
    let last_seen = observed.await.expect("observer");
    assert!(
        highest_acked > 50,
        "the stream was under way when the server died ({highest_acked} acked)"
    );

    eprintln!("killed after {sent} updates sent, {highest_acked} acknowledged");
    let restarted = ServerProcess::start(directory.path(), port).await;
    let stored: Value = reqwest::get(format!("http://127.0.0.1:{port}/rooms/{room}"))
        .await
        .expect("GET room")
        .json()
        .await
        .expect("JSON");
    let code = stored["code"].as_str().expect("code");
    // Version n is the writer's n-th update: its text is the first n tokens.
    let acked_text: String = (0..usize::try_from(highest_acked).expect("small"))
        .map(token)
        .collect();
    assert!(
        code.starts_with(&acked_text),
        "an acknowledged edit was lost: {highest_acked} acked, stored {}",
        code.len()
    );
    assert!(
        code.starts_with(&last_seen),
        "an edit another client saw was lost"
    );
    assert!(stored["version"].as_u64().expect("version") >= highest_acked);
    // Nothing that was never sent appears.
    assert!(code.len() <= (0..sent).map(token).map(|t| t.len()).sum::<usize>());

    // The room keeps working after the restart, from the recovered text.
    let (mut client, _) = connect_async(&url).await.expect("reconnect");
    let initial = loop {
        if let Some(Ok(Message::Text(text))) = client.next().await {
            break serde_json::from_str::<Value>(&text).expect("JSON");
        }
    };
    assert_eq!(initial["code"], code);
    drop(restarted);
}

/// Reads text messages until one of type `kind` arrives.
async fn next_of_type(
    socket: &mut tokio_tungstenite::WebSocketStream<
        tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>,
    >,
    kind: &str,
) -> Value {
    loop {
        let Some(Ok(Message::Text(text))) = socket.next().await else {
            panic!("the socket ended before a {kind}");
        };
        let message: Value = serde_json::from_str(&text).expect("JSON");
        if message["type"] == kind {
            return message;
        }
    }
}

#[tokio::test]
async fn blame_of_acknowledged_edits_survives_kill_9() {
    let directory = tempfile::tempdir().expect("temp dir");
    let port = free_port();
    let server = ServerProcess::start(directory.path(), port).await;
    let room: Value = reqwest::Client::new()
        .post(format!("http://127.0.0.1:{port}/rooms"))
        .send()
        .await
        .expect("create room")
        .json()
        .await
        .expect("JSON");
    let room = room["roomId"].as_str().expect("roomId").to_owned();
    let url = |name: &str| format!("ws://127.0.0.1:{port}/ws/{room}?name={name}");
    let (mut alice, _) = connect_async(url("Alice")).await.expect("Alice connects");
    let (mut bob, _) = connect_async(url("Bob")).await.expect("Bob connects");
    next_of_type(&mut alice, "initial_state").await;
    next_of_type(&mut bob, "initial_state").await;
    let send = |code: &str, base: u64| {
        Message::text(
            json!({ "type": "code_update", "code": code, "baseVersion": base }).to_string(),
        )
    };
    alice.send(send("alice line\n", 0)).await.expect("send");
    assert_eq!(next_of_type(&mut alice, "ack").await["version"], 1);
    next_of_type(&mut bob, "code_update").await;
    bob.send(send("alice line\nbob line\n", 1))
        .await
        .expect("send");
    assert_eq!(next_of_type(&mut bob, "ack").await["version"], 2);
    server.kill_9();

    let restarted = ServerProcess::start(directory.path(), port).await;
    let blame: Value = reqwest::get(format!("http://127.0.0.1:{port}/rooms/{room}/blame"))
        .await
        .expect("GET blame")
        .json()
        .await
        .expect("JSON");
    let authors: Vec<(&str, Option<&str>)> = blame["lines"]
        .as_array()
        .expect("lines")
        .iter()
        .map(|line| {
            (
                line["text"].as_str().unwrap_or_default(),
                line["author"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        authors,
        [
            ("alice line", Some("Alice")),
            ("bob line", Some("Bob")),
            ("", None)
        ]
    );
    drop(restarted);
}
