//! Clients that try to make the server hold, send or compute more than their share, against the real server:
//! each test asserts the bound a reader or the room would notice (issue 10's table; docs/RELIABILITY.md lists
//! the limits).

use std::{collections::HashMap, sync::Arc, time::Duration};

use futures_util::{SinkExt, StreamExt};
use pairprog_tests::app::{TestApp, spawn_app_with, test_settings};
use tokio::{net::TcpStream, time::Instant};
use tokio_tungstenite::{
    MaybeTlsStream, WebSocketStream, connect_async,
    tungstenite::{Message as WsMessage, protocol::frame::coding::CloseCode},
};
use yrs::{
    ClientID, StateVector,
    sync::{
        Message, SyncMessage,
        awareness::{AwarenessUpdate, AwarenessUpdateEntry},
    },
    updates::{decoder::Decode, encoder::Encode},
};

type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// Held by the tests that load the machine (megabytes of updates or requests) or measure time, so that they
/// run one at a time: each measures its bound, not its neighbours' load.
static HEAVY: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The server on an in-memory store with the test settings as `adjust` leaves them, and a room in it.
async fn spawn_adjusted(adjust: impl FnOnce(&mut pairprog::Settings)) -> (TestApp, String) {
    let mut settings = test_settings();
    adjust(&mut settings);
    let app = spawn_app_with(
        settings,
        Arc::new(adapters_memory::InMemoryRoomRepository::new()),
    )
    .await;
    let room = app.create_room().await;
    (app, room)
}

async fn spawn(queue_frames: usize) -> (TestApp, String) {
    spawn_adjusted(|settings| settings.outbound_queue_frames = queue_frames).await
}

async fn open(app: &TestApp, room: &str) -> Socket {
    connect_async(format!("ws://127.0.0.1:{}/yjs/{room}", app.port))
        .await
        .expect("handshake")
        .0
}

fn awareness(entries: &[(u64, u32)]) -> Vec<u8> {
    let clients = entries
        .iter()
        .map(|&(client, clock)| {
            let json: Arc<str> =
                Arc::from(format!(r#"{{"user":{{"name":"u{client}"}},"n":{clock}}}"#));
            (ClientID::new(client), AwarenessUpdateEntry { clock, json })
        })
        .collect::<HashMap<_, _>>();
    Message::Awareness(AwarenessUpdate { clients }).encode_v1()
}

/// What arrived on `socket` within `window` (stopping at a close): the decoded messages, and the close code.
async fn collect(socket: &mut Socket, window: Duration) -> (Vec<Message>, Option<u16>) {
    let deadline = Instant::now() + window;
    let mut messages = Vec::new();
    loop {
        match tokio::time::timeout_at(deadline, socket.next()).await {
            Ok(Some(Ok(WsMessage::Binary(bytes)))) => {
                messages.push(Message::decode_v1(&bytes).expect("valid y-websocket message"));
            }
            Ok(Some(Ok(WsMessage::Close(frame)))) => {
                return (
                    messages,
                    Some(frame.map_or(1005, |frame| u16::from(frame.code))),
                );
            }
            Ok(Some(Ok(_))) => {}
            Ok(Some(Err(_)) | None) => return (messages, Some(1006)),
            Err(_) => return (messages, None),
        }
    }
}

fn sync_answers(messages: &[Message]) -> usize {
    messages
        .iter()
        .filter(|message| matches!(message, Message::Sync(SyncMessage::SyncStep2(_))))
        .count()
}

#[tokio::test]
async fn repeated_sync_requests_from_a_client_that_does_not_read_are_answered_once() {
    let (app, room) = spawn(256).await;
    let (mut writer, _) = app.join(&room).await;
    writer.send_code(&"x".repeat(200_000), 1).await;
    assert_eq!(writer.receive_json().await["type"], "ack");

    let mut greedy = open(&app, &room).await;
    let request = Message::Sync(SyncMessage::SyncStep1(StateVector::default())).encode_v1();
    for _ in 0..200 {
        greedy
            .feed(WsMessage::binary(request.clone()))
            .await
            .expect("send");
    }
    greedy.flush().await.expect("flush");
    // Give the server every request before reading anything.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let (messages, closed) = collect(&mut greedy, Duration::from_secs(2)).await;
    assert_eq!(closed, None, "the client is not dropped");
    assert_eq!(
        sync_answers(&messages),
        1,
        "200 identical requests are one answer, not 200 copies of the document"
    );
}

#[tokio::test]
async fn one_clients_presence_burst_does_not_evict_its_readers() {
    let (app, room) = spawn(16).await;
    let mut reader = open(&app, &room).await;
    let reading = tokio::spawn(async move {
        let (messages, closed) = collect(&mut reader, Duration::from_secs(4)).await;
        (messages, closed)
    });
    let mut sender = open(&app, &room).await;
    for clock in 1..=2000 {
        sender
            .feed(WsMessage::binary(awareness(&[(77, clock)])))
            .await
            .expect("send");
    }
    sender.flush().await.expect("flush");
    let (messages, closed) = reading.await.expect("reader");
    assert_eq!(closed, None, "the reader stays connected");
    let newest = messages.iter().rev().find_map(|message| match message {
        Message::Awareness(update) => update
            .clients
            .get(&ClientID::new(77))
            .map(|entry| entry.clock),
        _ => None,
    });
    assert_eq!(
        newest,
        Some(2000),
        "the reader ends with the newest presence"
    );
}

#[tokio::test]
async fn a_newcomer_gets_the_rooms_presence_in_one_message() {
    let (app, room) = spawn(4).await;
    let mut present = Vec::new();
    for client in 0..40 {
        let mut socket = open(&app, &room).await;
        socket
            .send(WsMessage::binary(awareness(&[(1000 + client, 1)])))
            .await
            .expect("send");
        present.push(socket);
    }
    // Everyone's presence has been relayed once the last one is back to its sender.
    let last = present.last_mut().expect("40 clients");
    let (_, closed) = collect(last, Duration::from_millis(500)).await;
    assert_eq!(closed, None);

    let mut newcomer = open(&app, &room).await;
    let (messages, closed) = collect(&mut newcomer, Duration::from_secs(1)).await;
    assert_eq!(closed, None, "a queue of 4 holds the newcomer's welcome");
    let presences: Vec<usize> = messages
        .iter()
        .filter_map(|message| match message {
            Message::Awareness(update) => Some(update.clients.len()),
            _ => None,
        })
        .collect();
    assert_eq!(presences, [40], "one message with everyone");
}

#[tokio::test]
async fn a_connection_speaking_for_too_many_clients_is_closed_with_1008() {
    let (app, room) = spawn(256).await;
    let mut bystander = open(&app, &room).await;
    let mut claimer = open(&app, &room).await;
    let many: Vec<(u64, u32)> = (0..9).map(|client| (500 + client, 1)).collect();
    claimer
        .send(WsMessage::binary(awareness(&many)))
        .await
        .expect("send");
    let (_, closed) = collect(&mut claimer, Duration::from_secs(5)).await;
    assert_eq!(closed, Some(u16::from(CloseCode::Policy)));
    let (messages, closed) = collect(&mut bystander, Duration::from_millis(500)).await;
    assert_eq!(closed, None);
    assert!(
        !messages.iter().any(
            |message| matches!(message, Message::Awareness(update) if update.clients.len() == 9)
        ),
        "the refused presence is not relayed"
    );
}

#[tokio::test]
async fn a_burst_of_json_edits_does_not_evict_yjs_readers() {
    let (app, room) = spawn(16).await;
    let mut reader = open(&app, &room).await;
    let reading = tokio::spawn(async move { collect(&mut reader, Duration::from_secs(4)).await.1 });
    let (mut writer, _) = app.join(&room).await;
    let mut code = String::new();
    for round in 0..300 {
        code.push_str(&format!("{round} "));
        writer.send_code(&code, round).await;
    }
    assert_eq!(
        reading.await.expect("reader"),
        None,
        "the Yjs reader stays connected"
    );
    assert_eq!(app.get_room(&room).await["code"], code);
}

#[tokio::test]
async fn timestamps_outside_the_range_of_a_date_are_refused() {
    let (app, room) = spawn(256).await;
    let (mut client, _) = app.join(&room).await;
    client
        .send_json(&serde_json::json!({
            "type": "code_update", "code": "x", "timestamp": i64::MIN
        }))
        .await;
    assert_eq!(client.receive_json().await["type"], "error");
    assert_eq!(app.get_room(&room).await["code"], "");
}

async fn spawn_capped(global: usize, per_address: usize) -> (TestApp, String) {
    spawn_adjusted(|settings| {
        settings.max_connections = global;
        settings.max_connections_per_address = per_address;
    })
    .await
}

/// The HTTP status of a refused WebSocket handshake, and its `Retry-After`.
async fn refused(app: &TestApp, room: &str) -> (u16, Option<String>) {
    match connect_async(format!("ws://127.0.0.1:{}/yjs/{room}", app.port)).await {
        Err(tokio_tungstenite::tungstenite::Error::Http(response)) => (
            response.status().as_u16(),
            response
                .headers()
                .get("retry-after")
                .and_then(|value| value.to_str().ok())
                .map(str::to_owned),
        ),
        Err(other) => panic!("expected an HTTP refusal, got {other}"),
        Ok(_) => panic!("expected a refusal, the connection was accepted"),
    }
}

#[tokio::test]
async fn connections_past_the_per_address_cap_get_429_and_a_slot_frees_when_one_leaves() {
    let (app, room) = spawn_capped(0, 3).await;
    let mut open_ones = Vec::new();
    for _ in 0..3 {
        open_ones.push(open(&app, &room).await);
    }
    assert_eq!(refused(&app, &room).await, (429, Some("5".to_owned())));
    let mut leaving = open_ones.pop().expect("three");
    leaving.close(None).await.expect("close");
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        if connect_async(format!("ws://127.0.0.1:{}/yjs/{room}", app.port))
            .await
            .is_ok()
        {
            break;
        }
        assert!(Instant::now() < deadline, "the slot comes back");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn connections_past_the_global_cap_get_503_while_rest_keeps_answering() {
    let (app, room) = spawn_capped(2, 0).await;
    let _first = open(&app, &room).await;
    let _second = open(&app, &room).await;
    assert_eq!(refused(&app, &room).await.0, 503);
    let health = app
        .http
        .get(format!("{}/health", app.address))
        .send()
        .await
        .expect("GET /health");
    assert_eq!(health.status(), 200);
}

/// `length` random hexadecimal digits (xorshift: reproducible, no dependency).
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

fn milliseconds(duration: Duration) -> u128 {
    duration.as_millis()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn full_texts_of_random_characters_cost_their_size_not_the_rooms_history() {
    let _heavy = HEAVY.lock().await;
    let (app, room) = spawn(256).await;
    let (mut client, _) = app.join(&room).await;
    let mut seed = 0x5eed_1234_abcd_0001;
    let mut latencies = Vec::new();
    for round in 0..40 {
        let code = random_hex(&mut seed, 10_000);
        let sent = Instant::now();
        client.send_code(&code, round).await;
        let answer = client.receive_json().await;
        latencies.push(sent.elapsed());
        assert_eq!(answer["type"], "ack", "round {round}: {answer}");
    }
    let slowest = latencies.iter().max().copied().unwrap_or_default();
    let last = latencies.last().copied().unwrap_or_default();
    println!(
        "40 updates of 10,000 random hex characters: first {} ms, last {} ms, slowest {} ms",
        milliseconds(latencies[0]),
        milliseconds(last),
        milliseconds(slowest)
    );
    // Before: 1 ms growing to 8 s. A diff's budget is 40 ms; the rest is generous room for a debug build on a
    // busy machine, which can still preempt one call: what must hold is that the cost does not grow with the
    // room's history, so nearly every update is fast and none waits for seconds.
    let slow = latencies
        .iter()
        .filter(|latency| **latency >= Duration::from_millis(800))
        .count();
    assert!(
        slow <= 2,
        "{slow} of 40 updates took 800 ms or more (slowest {slowest:?})"
    );
    assert!(slowest < Duration::from_secs(3), "slowest {slowest:?}");
}

/// A JSON client of `room` sending `rounds` full texts of about 1 MB, without waiting for answers (a reader
/// task drains what the server sends).
async fn send_megabytes(app: &TestApp, room: &str, rounds: i64, mut seed: u64) {
    let (socket, _) = connect_async(format!("ws://127.0.0.1:{}/ws/{room}", app.port))
        .await
        .expect("handshake");
    let (mut sink, mut stream) = socket.split();
    let draining = tokio::spawn(async move { while let Some(Ok(_)) = stream.next().await {} });
    for round in 0..rounds {
        let code = random_hex(&mut seed, 1_000_000);
        let message =
            serde_json::json!({ "type": "code_update", "code": code, "timestamp": round });
        if sink
            .send(WsMessage::text(message.to_string()))
            .await
            .is_err()
        {
            break;
        }
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    draining.abort();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_neighbours_megabyte_updates_do_not_delay_other_rooms_acks() {
    let _heavy = HEAVY.lock().await;
    let (app, heavy_room) = spawn(256).await;
    let quiet_room = app.create_room().await;
    let app = Arc::new(app);
    let heavy: Vec<_> = (0..2)
        .map(|sender| {
            let (app, room) = (Arc::clone(&app), heavy_room.clone());
            tokio::spawn(async move { send_megabytes(&app, &room, 8, 77 + sender).await })
        })
        .collect();
    let (mut quiet, _) = app.join(&quiet_room).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mut latencies = Vec::new();
    for round in 0..40 {
        let sent = Instant::now();
        quiet.send_code(&format!("quiet {round}"), round).await;
        assert_eq!(quiet.receive_json().await["type"], "ack");
        latencies.push(sent.elapsed());
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    let busy = heavy.iter().any(|task| !task.is_finished());
    for task in heavy {
        task.await.expect("heavy sender");
    }
    latencies.sort();
    let (median, slowest) = (
        latencies[latencies.len() / 2],
        latencies[latencies.len() - 1],
    );
    println!(
        "acks in a quiet room while a neighbour merges 1 MB updates: median {} ms, slowest {} ms (neighbour still sending at the end: {busy})",
        milliseconds(median),
        milliseconds(slowest)
    );
    // Before: up to 14.8 s, and every ack behind the neighbour's merges. The target is 250 ms. A debug build on a
    // shared 2-core machine, with the neighbour's two senders busy, can still be preempted once (583 ms seen in
    // CI with a median of 1 ms): what must hold is that the room is not held up, so nearly every ack is fast and
    // none waits for seconds.
    let slow = latencies
        .iter()
        .filter(|latency| **latency >= Duration::from_millis(500))
        .count();
    assert!(
        slow <= 2,
        "{slow} of 40 acks took 500 ms or more (slowest {slowest:?})"
    );
    assert!(slowest < Duration::from_secs(2), "slowest {slowest:?}");
}

/// Nearly a megabyte of code (its JSON request just under `MAX_MESSAGE_BYTES`) whose every line defines a
/// name extending `a`: the worst case for ranking names.
fn megabyte_of_definitions() -> String {
    let mut code = String::new();
    let mut index = 0;
    while code.len() < 950_000 {
        code.push_str(&format!("a{index} = a{index} + 1\n"));
        index += 1;
    }
    code.push('a');
    code
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_autocomplete_on_a_megabyte_answers_in_time_and_health_stays_fast() {
    let _heavy = HEAVY.lock().await;
    let (app, _) = spawn(256).await;
    let code = Arc::new(megabyte_of_definitions());
    let cursor = code.chars().count();
    let requests: Vec<_> = (0..20)
        .map(|_| {
            let (http, address, code) = (app.http.clone(), app.address.clone(), Arc::clone(&code));
            tokio::spawn(async move {
                let body = serde_json::json!({
                    "code": *code, "cursorPosition": cursor, "language": "python"
                });
                let sent = Instant::now();
                let response = http
                    .post(format!("{address}/autocomplete"))
                    .json(&body)
                    .send()
                    .await
                    .expect("POST /autocomplete");
                let status = response.status().as_u16();
                let answer = response.bytes().await.unwrap_or_default();
                if status != 200 {
                    println!("{status}: {}", String::from_utf8_lossy(&answer));
                }
                (status, sent.elapsed())
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(100)).await;
    let mut health = Vec::new();
    for _ in 0..10 {
        let sent = Instant::now();
        let response = app
            .http
            .get(format!("{}/health", app.address))
            .send()
            .await
            .expect("GET /health");
        assert_eq!(response.status(), 200);
        health.push(sent.elapsed());
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let mut answers = Vec::new();
    for request in requests {
        let (status, took) = request.await.expect("request");
        assert_eq!(status, 200);
        answers.push(took);
    }
    answers.sort();
    health.sort();
    println!(
        "20 concurrent 1 MB autocompletes: median {} ms, slowest {} ms; /health meanwhile: slowest {} ms",
        milliseconds(answers[answers.len() / 2]),
        milliseconds(answers[answers.len() - 1]),
        milliseconds(health[health.len() - 1]),
    );
    // Before: 18.9 s median, /health 3.3 s (release). The spec's 500 ms is for the release build (see
    // docs/RELIABILITY.md for its figures); in this debug build the rules and the parsing of each megabyte of
    // JSON run about ten times slower, on a machine other builds share: the bounds only catch a regression to
    // the queueing of before.
    // One of the ten /health calls may be preempted on a shared machine; queueing behind the autocompletes
    // would slow them all.
    assert!(
        health
            .iter()
            .filter(|took| **took >= Duration::from_secs(1))
            .count()
            <= 1,
        "/health: {health:?}"
    );
    assert!(
        health[health.len() - 1] < Duration::from_secs(3),
        "/health: {health:?}"
    );
    assert!(answers[answers.len() / 2] < Duration::from_secs(4));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn content_outside_the_code_text_is_bounded_with_the_document() {
    let _heavy = HEAVY.lock().await;
    use yrs::{Doc, ReadTxn, Text, Transact};
    let (app, room) = spawn(256).await;
    let mut writer = open(&app, &room).await;
    let doc = Doc::new();
    let other = doc.get_or_insert_text("not-code");
    let mut closed = None;
    let mut seed = 0xfeed;
    for _ in 0..12 {
        let before = doc.transact().state_vector();
        {
            let mut txn = doc.transact_mut();
            let length = other.len(&txn);
            other.insert(&mut txn, length, &random_hex(&mut seed, 900_000));
        }
        let update = doc.transact().encode_state_as_update_v1(&before);
        let message = Message::Sync(SyncMessage::Update(update)).encode_v1();
        if writer.send(WsMessage::binary(message)).await.is_err() {
            break;
        }
        let (_, code) = collect(&mut writer, Duration::from_millis(300)).await;
        if code.is_some() {
            closed = code;
            break;
        }
    }
    assert_eq!(
        closed,
        Some(u16::from(CloseCode::Size)),
        "refused with 1009"
    );

    // A newcomer receives the document as it was before the refused update: bounded.
    let mut newcomer = open(&app, &room).await;
    let request = Message::Sync(SyncMessage::SyncStep1(StateVector::default())).encode_v1();
    newcomer
        .send(WsMessage::binary(request))
        .await
        .expect("send");
    let (messages, closed) = collect(&mut newcomer, Duration::from_secs(2)).await;
    assert_eq!(closed, None);
    let largest = messages
        .iter()
        .filter_map(|message| match message {
            Message::Sync(SyncMessage::SyncStep2(state)) => Some(state.len()),
            _ => None,
        })
        .max()
        .expect("a sync answer");
    println!("whole-document bound: a newcomer's sync step 2 is {largest} bytes");
    // Before: 51.5 MiB after 60 updates. The bound is 4 x MAX_DOCUMENT_BYTES (1 MiB).
    assert!(largest <= 4 * 1024 * 1024 + 64 * 1024, "{largest}");
}

/// The size of the SQLite store's files (database and WAL) under `directory`.
fn store_bytes(directory: &std::path::Path) -> u64 {
    std::fs::read_dir(directory)
        .expect("store directory")
        .filter_map(Result::ok)
        .filter_map(|entry| entry.metadata().ok())
        .map(|metadata| metadata.len())
        .sum()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hundred_megabyte_updates_leave_the_sqlite_file_bounded() {
    let _heavy = HEAVY.lock().await;
    let directory = tempfile::tempdir().expect("temp dir");
    let mut settings = test_settings();
    settings.mongodb_url = None;
    settings.sqlite_path = directory.path().join("pairprog.sqlite3");
    settings.room_unload_grace_ms = 100;
    let app = pairprog_tests::app::spawn_app_from_settings(settings).await;
    let room = app.create_room().await;
    let (mut client, _) = app.join(&room).await;
    let mut seed = 0xd15c;
    let mut largest = 0;
    for round in 0..100 {
        client
            .send_code(&random_hex(&mut seed, 1_000_000), round)
            .await;
        assert_eq!(client.receive_json().await["type"], "ack");
        largest = largest.max(store_bytes(directory.path()));
    }
    client.close().await;
    // The room unloads (compacting what is left), and the checkpointer copies the WAL back within a second
    // (later on a machine busy with other tests).
    let deadline = Instant::now() + Duration::from_secs(15);
    let mut after = store_bytes(directory.path());
    while after >= 16 * 1024 * 1024 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(500)).await;
        after = store_bytes(directory.path());
    }
    println!(
        "100 x 1 MB code_update on SQLite: store files at most {:.1} MiB while editing, {:.1} MiB after unload",
        largest as f64 / 1048576.0,
        after as f64 / 1048576.0
    );
    // Before: 115 MiB, never returned. Compaction every 4 MiB of log and incremental vacuum keep it to a few
    // documents' worth.
    assert!(after < 16 * 1024 * 1024, "{after} bytes after unload");
    assert!(largest < 48 * 1024 * 1024, "{largest} bytes at most");
}

/// A JSON value nested `depth` arrays deep.
fn nested(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

#[tokio::test]
async fn absurdly_nested_json_gets_422_over_rest_and_an_error_over_the_socket() {
    let (app, room) = spawn(256).await;
    for body in [
        nested(10_000),
        format!(
            r#"{{"code":"x","cursorPosition":1,"language":"python","extra":{}}}"#,
            nested(10_000)
        ),
    ] {
        let response = app
            .http
            .post(format!("{}/autocomplete", app.address))
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .expect("POST /autocomplete");
        assert_eq!(response.status(), 422);
    }
    let (mut client, _) = app.join(&room).await;
    client
        .send_text(&format!(
            r#"{{"type":"code_update","code":"x","timestamp":1,"extra":{}}}"#,
            nested(10_000)
        ))
        .await;
    assert_eq!(client.receive_json().await["type"], "error");
    assert_eq!(app.get_room(&room).await["code"], "");
}

/// A Yjs connection to `room` upgraded by hand, for frames no WebSocket library would send.
async fn raw_upgrade(app: &TestApp, room: &str) -> TcpStream {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = TcpStream::connect(("127.0.0.1", app.port))
        .await
        .expect("connect");
    let request = format!(
        "GET /yjs/{room} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
         Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
    );
    stream
        .write_all(request.as_bytes())
        .await
        .expect("handshake");
    // The 101 answer, read to its blank line (the server's first frames may follow in the same read).
    let mut answer = Vec::new();
    while !answer.windows(4).any(|window| window == b"\r\n\r\n") {
        let mut byte = [0u8; 1];
        let read = stream.read(&mut byte).await.expect("101");
        assert_eq!(read, 1, "the server answered the upgrade");
        answer.push(byte[0]);
    }
    assert!(String::from_utf8_lossy(&answer).starts_with("HTTP/1.1 101"));
    stream
}

/// Everything the server sends on `stream` until it closes it (or `window` passes): its bytes, and the close
/// code of the close frame among them, if any.
async fn read_until_closed(stream: &mut TcpStream, window: Duration) -> Option<u16> {
    use tokio::io::AsyncReadExt;
    let deadline = Instant::now() + window;
    let mut bytes = Vec::new();
    let mut buffer = [0u8; 4096];
    while let Ok(Ok(read)) = tokio::time::timeout_at(deadline, stream.read(&mut buffer)).await {
        if read == 0 {
            break;
        }
        bytes.extend_from_slice(&buffer[..read]);
    }
    // Server frames are unmasked; walk them to the close frame.
    let mut at = 0;
    while at + 2 <= bytes.len() {
        let (opcode, short) = (bytes[at] & 0x0f, usize::from(bytes[at + 1] & 0x7f));
        let (length, header) = match short {
            126 if at + 4 <= bytes.len() => (
                usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]])),
                4,
            ),
            127 if at + 10 <= bytes.len() => {
                let mut long = [0u8; 8];
                long.copy_from_slice(&bytes[at + 2..at + 10]);
                (
                    usize::try_from(u64::from_be_bytes(long)).expect("length"),
                    10,
                )
            }
            126 | 127 => break,
            short => (short, 2),
        };
        let payload = at + header;
        if opcode == 0x8 && length >= 2 && payload + 2 <= bytes.len() {
            return Some(u16::from_be_bytes([bytes[payload], bytes[payload + 1]]));
        }
        at = payload + length;
    }
    None
}

#[tokio::test]
async fn messages_still_arriving_are_bounded_across_all_connections() {
    let _heavy = HEAVY.lock().await;
    use tokio::io::AsyncWriteExt;
    const MIB: usize = 1024 * 1024;
    let (app, room) = spawn_adjusted(|settings| {
        settings.max_message_bytes = MIB;
        settings.max_partial_messages_bytes = 7 * MIB / 2;
    })
    .await;
    // Each connection announces a 1 MiB binary frame and sends all of it but the last byte.
    let header = |length: usize| {
        let mut header = vec![0x82, 0xff];
        header.extend_from_slice(&(length as u64).to_be_bytes());
        header.extend_from_slice(&[1, 2, 3, 4]);
        header
    };
    let mut holders = Vec::new();
    let mut refused = Vec::new();
    for _ in 0..6 {
        let mut stream = raw_upgrade(&app, &room).await;
        let mut frame = header(MIB);
        frame.extend(std::iter::repeat_n(0u8, MIB - 1));
        let sent = stream.write_all(&frame).await;
        let code = read_until_closed(&mut stream, Duration::from_millis(700)).await;
        match code {
            None => {
                assert!(sent.is_ok());
                holders.push(stream);
            }
            Some(code) => refused.push(code),
        }
    }
    println!(
        "6 connections holding 1 MiB - 1 byte each under a 3.5 MiB total: {} held, refused with {refused:?}",
        holders.len()
    );
    assert_eq!(
        holders.len(),
        3,
        "three messages of 1 MiB fit in 3.5 MiB, a fourth does not"
    );
    assert_eq!(refused, vec![1013, 1013, 1013]);
    // What is left of the total still serves everyone else's ordinary messages.
    let (mut client, _) = app.join(&room).await;
    client
        .send_text(r#"{"type":"code_update","code":"still served","timestamp":1}"#)
        .await;
    let answer = client.receive_json().await;
    assert_ne!(answer["type"], "error", "{answer}");
    assert_eq!(app.get_room(&room).await["code"], "still served");
    // A holder that goes gives its share back: a full 1 MiB message fits again.
    drop(holders.pop());
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mut stream = raw_upgrade(&app, &room).await;
    let mut frame = header(MIB);
    frame.extend(std::iter::repeat_n(0u8, MIB - 1));
    stream.write_all(&frame).await.expect("sent");
    assert_eq!(
        read_until_closed(&mut stream, Duration::from_millis(700)).await,
        None,
        "the freed share takes a new message"
    );
}

#[tokio::test]
async fn a_frame_trickled_a_byte_at_a_time_does_not_outlive_the_client_timeout() {
    let _heavy = HEAVY.lock().await;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let (app, room) = spawn_adjusted(|settings| {
        settings.heartbeat_interval_secs = 1;
        settings.client_timeout_secs = 2;
    })
    .await;
    let mut stream = raw_upgrade(&app, &room).await;
    // A masked binary frame announcing 1,000 bytes, sent a byte every 200 ms.
    let mut frame = vec![0x82, 0xfe, 0x03, 0xe8, 1, 2, 3, 4];
    frame.extend(std::iter::repeat_n(0u8, 1000));
    let started = Instant::now();
    let mut closed_after = None;
    for byte in frame {
        if stream.write_all(&[byte]).await.is_err() {
            closed_after = Some(started.elapsed());
            break;
        }
        // Whatever the server sends (pings, a close) is read; the end of the stream means it let go.
        let mut buffer = [0u8; 256];
        if let Ok(Ok(0) | Err(_)) =
            tokio::time::timeout(Duration::from_millis(200), stream.read(&mut buffer)).await
        {
            closed_after = Some(started.elapsed());
            break;
        }
        if started.elapsed() > Duration::from_secs(15) {
            break;
        }
    }
    let closed_after = closed_after.expect("the server closes the trickling connection");
    println!(
        "a frame trickled at 5 bytes/s: connection ended after {} ms",
        milliseconds(closed_after)
    );
    // The timeout is 2 s, checked every heartbeat (1 s), then up to 2 s for the close frame to leave.
    assert!(closed_after < Duration::from_secs(8), "{closed_after:?}");
}

/// The value of an unlabelled gauge in the server's `/metrics`.
async fn gauge(app: &TestApp, name: &str) -> f64 {
    let metrics = app
        .http
        .get(format!("{}/metrics", app.address))
        .send()
        .await
        .expect("GET /metrics")
        .text()
        .await
        .expect("text");
    metrics
        .lines()
        .find_map(|line| line.strip_prefix(name)?.strip_prefix(' ')?.parse().ok())
        .unwrap_or_else(|| panic!("{name} in /metrics"))
}

#[tokio::test]
async fn a_crowd_of_json_clients_with_texts_of_their_own_holds_twice_the_document_at_most() {
    let _heavy = HEAVY.lock().await;
    const DOCUMENT: usize = 64 * 1024;
    let (app, room) = spawn_adjusted(|settings| settings.max_document_bytes = DOCUMENT).await;
    let mut clients = Vec::new();
    for _ in 0..50 {
        clients.push(app.join(&room).await.0);
    }
    // Each client in turn replaces the room's text with 60 KB of its own, on the version before it (and
    // reads only its answer: the others let the room's broadcasts wait in their queues).
    let mut seed = 0x0c10_0d00_0000_0001;
    let mut last = String::new();
    for (index, client) in clients.iter_mut().enumerate() {
        last = random_hex(&mut seed, 60_000);
        client
            .send_json(&serde_json::json!({
                "type": "code_update", "code": last, "timestamp": index, "baseVersion": index,
            }))
            .await;
        loop {
            let answer = client.receive_json().await;
            assert_ne!(answer["type"], "error", "client {index}: {answer}");
            if answer["type"] == "ack" {
                break;
            }
        }
    }
    assert_eq!(app.get_room(&room).await["code"], last.as_str());
    let held = gauge(&app, "pairprog_json_client_text_bytes").await;
    println!(
        "50 JSON clients, each having replaced the text with 60 KB of its own: the room holds {held} bytes for them \
         (3 MB without the bound)"
    );
    #[allow(clippy::cast_precision_loss)]
    let bound = (2 * DOCUMENT) as f64;
    assert!(held <= bound, "{held} bytes held, over {bound}");
}

#[tokio::test]
async fn megabyte_messages_reach_json_and_yjs_readers_whole_however_they_are_cut() {
    let _heavy = HEAVY.lock().await;
    let (app, room) = spawn(256).await;
    let (mut writer, _) = app.join(&room).await;
    let (mut reader, _) = app.join(&room).await;
    let mut yjs = pairprog_tests::yrs_client::YrsClient::connect(app.port, &room).await;
    // Multi-byte characters across every 64 KiB cut: a fragment must not split one for the clients that check
    // each fragment.
    let mut seed = 0x00f7_a6e0_0000_0001;
    let text: String = random_hex(&mut seed, 700_000)
        .chars()
        .map(|digit| match digit {
            'a' => 'é',
            'b' => '✓',
            'c' => '🦀',
            other => other,
        })
        .collect();
    assert!(
        text.len() > 900_000 && text.len() < 1_000_000,
        "{}",
        text.len()
    );
    writer.send_code(&text, 1).await;
    reader.follow_code_until(String::new(), &text).await;
    assert!(
        yjs.wait_text(&text, Duration::from_secs(10)).await,
        "the Yjs reader got the whole text"
    );
}
