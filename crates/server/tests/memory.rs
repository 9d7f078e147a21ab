//! Memory of unloaded rooms goes back to the system: the real binary's resident set, read from /proc, after
//! rounds of loading a room, editing it heavily and letting it unload.

#[allow(dead_code)] // shared by the tests that run the binary; this one uses part of it
mod support;

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::Value;
use support::{ServerProcess, free_port};
use tokio_tungstenite::{connect_async, tungstenite::Message};

/// The process's resident set, in MiB.
fn resident_mib(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("/proc status");
    let kib: f64 = status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmRSS");
    kib / 1024.0
}

/// `length` random hexadecimal digits (xorshift).
fn random_hex(seed: &mut u64, length: usize) -> String {
    (0..length)
        .map(|_| {
            *seed ^= *seed << 13;
            *seed ^= *seed >> 7;
            *seed ^= *seed << 17;
            char::from(b"0123456789abcdef"[(*seed % 16) as usize])
        })
        .collect()
}

/// Creates a room, sends it `edits` full texts of 1 MB from one JSON client (each answered), and leaves.
async fn load_edit_leave(port: u16, edits: i64, seed: &mut u64) {
    let created: Value = reqwest::Client::new()
        .post(format!("http://127.0.0.1:{port}/rooms"))
        .send()
        .await
        .expect("POST /rooms")
        .json()
        .await
        .expect("JSON");
    let room = created["roomId"].as_str().expect("roomId").to_owned();
    let (mut socket, _) = connect_async(format!("ws://127.0.0.1:{port}/ws/{room}"))
        .await
        .expect("handshake");
    for round in 0..edits {
        let message = serde_json::json!({
            "type": "code_update", "code": random_hex(seed, 1_000_000), "timestamp": round
        });
        socket
            .send(Message::text(message.to_string()))
            .await
            .expect("send");
        // The initial state, then the answer to this update.
        loop {
            let text = match socket.next().await {
                Some(Ok(Message::Text(text))) => text,
                Some(Ok(Message::Ping(_) | Message::Pong(_))) => continue,
                other => panic!("the socket closed at edit {round}: {other:?}"),
            };
            let received: Value = serde_json::from_str(&text).expect("JSON");
            if received["type"] == "ack" || received.get("ackSeq").is_some() {
                break;
            }
            if received["type"] == "code_update" && received["timestamp"] == round {
                break;
            }
        }
    }
    let _ = socket.close(None).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn memory_of_unloaded_rooms_goes_back_to_the_system() {
    let directory = tempfile::tempdir().expect("temp dir");
    let port = free_port();
    let server =
        ServerProcess::start_with(directory.path(), port, &[("ROOM_UNLOAD_GRACE_MS", "200")]).await;
    let started = resident_mib(server.id());
    let mut seed = 0x3e3e_0001;
    let mut after_rounds = Vec::new();
    for _ in 0..3 {
        load_edit_leave(port, 40, &mut seed).await;
        // Unloaded after the grace and the next maintenance tick; the allocator returns what was freed after
        // its decay (jemalloc: 10 s).
        tokio::time::sleep(Duration::from_secs(15)).await;
        after_rounds.push(resident_mib(server.id()));
        let metrics = reqwest::get(format!("http://127.0.0.1:{port}/metrics"))
            .await
            .expect("metrics")
            .text()
            .await
            .expect("text");
        assert!(
            metrics
                .lines()
                .any(|line| line == "pairprog_rooms_loaded 0"),
            "the room unloaded"
        );
    }
    println!(
        "RSS: {started:.0} MiB at start, after each round of load, 40 x 1 MB edits, unload: {after_rounds:.0?} MiB"
    );
    // Before (glibc's malloc): 191, 231, 395 MiB in release; 161, 166, 167 MiB in this debug build, from 25.
    // With jemalloc: 48, 53, 53 from 29. The rounds must not pile up, and what they used must go back.
    let (first, last) = (after_rounds[0], after_rounds[2]);
    assert!(last < first + 32.0, "{after_rounds:?}");
    assert!(last < started + 64.0, "{started} -> {after_rounds:?}");
}
