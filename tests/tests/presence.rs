//! Presence end to end, against the real server: JSON clients and the npm Yjs client (y-websocket) see each
//! other's names and cursors, cursors follow the edits made before them, and leaving removes them.
//!
//! Offsets on the JSON side count Unicode scalar values, on the Yjs side UTF-16 units: the texts below hold
//! emoji so that the two differ.

use std::time::{Duration, Instant};

use pairprog_tests::{
    app::{TestApp, WsClient, spawn_app},
    yjs_client::YjsClient,
};
use serde_json::{Value, json};

/// How long a presence change may take to reach another client: the 50 ms throttle plus scheduling.
const PRESENCE_WITHIN: Duration = Duration::from_secs(1);

fn yjs_url(app: &TestApp) -> String {
    format!("ws://127.0.0.1:{}/yjs", app.port)
}

/// The entry named `name` in a `presence` message.
fn user<'a>(presence: &'a Value, name: &str) -> Option<&'a Value> {
    presence["users"]
        .as_array()?
        .iter()
        .find(|user| user["name"] == name)
}

/// Waits for a `presence` message in which `name` has `cursor` (JSON: `{"anchor","head"}` or null).
async fn wait_cursor(client: &mut WsClient, name: &str, cursor: &Value) -> Value {
    let mut last = Value::Null;
    let found = client
        .wait_for("presence", PRESENCE_WITHIN * 5, |message| {
            last = message.clone();
            user(message, name).is_some_and(|user| &user["cursor"] == cursor)
        })
        .await;
    found.unwrap_or_else(|| panic!("{name} never had cursor {cursor}; last presence: {last}"))
}

/// Sets the room's code through a JSON client and waits for its answer.
async fn set_code(client: &mut WsClient, code: &str) {
    client
        .send_json(&json!({"type": "code_update", "code": code, "seq": 1}))
        .await;
    client
        .wait_for("ack", PRESENCE_WITHIN * 5, |_| true)
        .await
        .expect("the update is acknowledged");
}

/// A room holding `code`, with Ada (a JSON client, red) and Bob (the npm Yjs client, synced); `None` without
/// Node.js (the test is then skipped).
async fn room_with_ada_and_bob(app: &TestApp, code: &str) -> Option<(String, WsClient, YjsClient)> {
    let room = app.create_room().await;
    let (mut ada, _) = app.join_with_query(&room, "name=Ada&color=%23ff0000").await;
    set_code(&mut ada, code).await;
    let mut bob = YjsClient::spawn(&yjs_url(app), &room, "Bob")?;
    bob.wait_synced().await;
    Some((room, ada, bob))
}

#[tokio::test]
async fn json_and_yjs_clients_see_each_others_names_and_cursors() {
    let app = spawn_app().await;
    let Some((_room, mut ada, mut bob)) = room_with_ada_and_bob(&app, "a😀bc\n").await else {
        return;
    };
    bob.set_user("Bob", "#00ff00").await;

    // Ada selects the emoji: scalars 1..2 are UTF-16 units 1..3.
    ada.send_json(&json!({"type": "presence", "cursor": {"anchor": 1, "head": 2}}))
        .await;
    let (seen, cursors) = bob.wait_cursor("Ada", Some((1, 3))).await;
    assert!(seen, "Bob sees Ada's selection over the emoji: {cursors}");
    assert_eq!(cursors["Ada"]["color"], "#ff0000");

    // Bob puts his caret after the emoji and selects "b": UTF-16 3..4 are scalars 2..3.
    bob.set_cursor(Some((3, 4))).await;
    let presence = wait_cursor(&mut ada, "Bob", &json!({"anchor": 2, "head": 3})).await;
    let bob_entry = user(&presence, "Bob").expect("Bob listed");
    assert_eq!(bob_entry["protocol"], "yjs");
    assert_eq!(bob_entry["color"], "#00ff00");
    let ada_entry = user(&presence, "Ada").expect("Ada listed");
    assert_eq!(ada_entry["protocol"], "json");
    assert_eq!(ada_entry["color"], "#ff0000");
    assert_eq!(ada_entry["cursor"], json!({"anchor": 1, "head": 2}));
    bob.close().await;
}

#[tokio::test]
async fn cursors_move_when_the_other_side_types_before_them() {
    let app = spawn_app().await;
    let Some((room, mut ada, mut bob)) = room_with_ada_and_bob(&app, "hello 🌍 world").await
    else {
        return;
    };

    // Ada selects "world" (scalars 8..13, UTF-16 9..14).
    ada.send_json(&json!({"type": "presence", "cursor": {"anchor": 8, "head": 13}}))
        .await;
    assert!(bob.wait_cursor("Ada", Some((9, 14))).await.0);
    // Bob types an emoji before it: Ada's selection moves by two UTF-16 units on his side.
    bob.insert(0, "🚀").await;
    let (moved, cursors) = bob.wait_cursor("Ada", Some((11, 16))).await;
    assert!(moved, "Ada's selection follows Bob's insert: {cursors}");

    // Bob's caret before "world" (UTF-16 11 once his rocket is in: scalar 9).
    bob.set_cursor(Some((11, 11))).await;
    wait_cursor(&mut ada, "Bob", &json!({"anchor": 9, "head": 9})).await;
    // Ada types at the start (her text now has Bob's rocket): Bob's caret moves for every JSON client.
    assert_eq!(app.get_room(&room).await["code"], "🚀hello 🌍 world");
    set_code(&mut ada, "// 🚀hello 🌍 world").await;
    wait_cursor(&mut ada, "Bob", &json!({"anchor": 12, "head": 12})).await;
    // And Ada's own selection moved too, as Bob sees it.
    assert!(bob.wait_cursor("Ada", Some((14, 19))).await.0);
    bob.close().await;
}

#[tokio::test]
async fn leaving_removes_presence_within_a_second_on_both_sides() {
    let app = spawn_app().await;
    let Some((room, mut ada, mut bob)) = room_with_ada_and_bob(&app, "abc").await else {
        return;
    };
    bob.set_cursor(Some((1, 1))).await;
    wait_cursor(&mut ada, "Bob", &json!({"anchor": 1, "head": 1})).await;
    let Some(mut carol) = YjsClient::spawn(&yjs_url(&app), &room, "Carol") else {
        return;
    };
    carol.wait_synced().await;
    ada.send_json(&json!({"type": "presence", "cursor": {"anchor": 2, "head": 2}}))
        .await;
    assert!(carol.wait_cursor("Ada", Some((2, 2))).await.0);

    // Bob closes his tab: Ada hears of it at once, and her list no longer has him.
    let closed = Instant::now();
    bob.close().await;
    let left = ada
        .wait_for("user_left", PRESENCE_WITHIN, |message| {
            message["user"]["name"] == "Bob"
        })
        .await
        .expect("user_left for Bob");
    assert_eq!(left["user"]["protocol"], "yjs");
    ada.wait_for("presence", PRESENCE_WITHIN, |message| {
        user(message, "Bob").is_none()
    })
    .await
    .expect("a list without Bob");
    assert!(closed.elapsed() < PRESENCE_WITHIN * 2);

    // Ada leaves: Carol's awareness loses her mirrored state at once.
    let left_at = Instant::now();
    ada.close().await;
    let (gone, cursors) = carol.wait_cursor("Ada", None).await;
    assert!(gone, "Ada's cursor is removed for Yjs clients: {cursors}");
    assert!(left_at.elapsed() < PRESENCE_WITHIN * 2);
    carol.close().await;
}

#[tokio::test]
async fn a_killed_yjs_client_is_removed_for_everyone() {
    let app = spawn_app().await;
    let Some((room, mut ada, mut bob)) = room_with_ada_and_bob(&app, "abc").await else {
        return;
    };
    bob.set_cursor(Some((2, 2))).await;
    wait_cursor(&mut ada, "Bob", &json!({"anchor": 2, "head": 2})).await;
    // No awareness removal, no close frame: the server notices the connection is gone.
    bob.kill().await;
    ada.wait_for("user_left", Duration::from_secs(5), |message| {
        message["user"]["name"] == "Bob"
    })
    .await
    .expect("a killed client leaves");
    let (status, participants) = app.get_json(&format!("/rooms/{room}/participants")).await;
    assert_eq!(status, 200);
    let names: Vec<&Value> = participants["participants"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|participant| &participant["name"])
        .collect();
    assert_eq!(names, [&json!("Ada")]);
}

#[tokio::test]
async fn the_participants_endpoint_lists_who_is_connected() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let (status, empty) = app.get_json(&format!("/rooms/{room}/participants")).await;
    assert_eq!((status, &empty["participants"]), (200, &json!([])));
    let (status, _) = app.get_json("/rooms/nosuchrm/participants").await;
    assert_eq!(status, 404);

    let (_ada, _) = app
        .join_with_query(&room, "name=%07Ada%E2%80%AE%20%20Lovelace&color=%23ABC")
        .await;
    let (_anonymous, _) = app.join(&room).await;
    let Some(mut bob) = YjsClient::spawn(&yjs_url(&app), &room, "Bob") else {
        return;
    };
    bob.wait_synced().await;
    bob.set_user("Bob", "#00ff00").await;
    let deadline = Instant::now() + PRESENCE_WITHIN * 5;
    let participants = loop {
        let (_, body) = app.get_json(&format!("/rooms/{room}/participants")).await;
        let list = body["participants"].as_array().cloned().unwrap_or_default();
        if list.len() == 3 && list[2]["name"] == "Bob" || Instant::now() > deadline {
            break list;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(participants.len(), 3, "{participants:?}");
    assert_eq!(
        participants[0]["name"], "Ada Lovelace",
        "control and bidi characters removed"
    );
    assert_eq!(participants[0]["color"], "#aabbcc");
    assert_eq!(participants[0]["protocol"], "json");
    let assigned = participants[1]["name"].as_str().expect("a name");
    assert!(!assigned.is_empty(), "an anonymous client gets a name");
    assert!(
        participants[1]["color"]
            .as_str()
            .is_some_and(|color| color.starts_with('#'))
    );
    assert_eq!(participants[2]["name"], "Bob");
    assert_eq!(participants[2]["protocol"], "yjs");
    for participant in &participants {
        assert!(
            participant["since"]
                .as_str()
                .is_some_and(|since| since.ends_with('Z'))
        );
        assert!(participant["id"].is_string());
    }
    bob.close().await;
}

#[tokio::test]
async fn presence_is_sent_only_to_json_clients_that_ask_and_is_throttled() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let (mut spec_client, _) = app.join(&room).await;
    let (mut watcher, _) = app.join(&room).await;
    watcher
        .send_json(&json!({"type": "hello", "presence": true}))
        .await;
    let welcome = watcher
        .wait_for("presence", PRESENCE_WITHIN, |_| true)
        .await
        .expect("the room's list on asking");
    let you = welcome["you"].as_str().expect("its own id").to_owned();
    assert!(
        welcome["users"]
            .as_array()
            .is_some_and(|users| users.iter().any(|user| user["id"] == you.as_str())),
        "{welcome}"
    );
    let (mut mover, _) = app.join_with_query(&room, "name=Mover").await;
    set_code(&mut mover, &"x".repeat(300)).await;
    watcher
        .wait_for("user_joined", PRESENCE_WITHIN, |message| {
            message["user"]["name"] == "Mover"
        })
        .await
        .expect("user_joined");
    watcher
        .wait_for("presence", PRESENCE_WITHIN, |message| {
            user(message, "Mover").is_some()
        })
        .await
        .expect("a list with the newcomer");
    // What the mover was sent about its own arrival.
    let _ = mover
        .wait_for("(nothing)", Duration::from_millis(200), |_| false)
        .await;

    // 200 moves in a burst: the watcher gets a handful of lists, the last with the last position.
    let burst = Instant::now();
    for offset in 0..200 {
        mover
            .send_json(&json!({"type": "presence", "cursor": {"anchor": offset, "head": offset}}))
            .await;
    }
    let mut lists = 0;
    loop {
        let Some(message) = watcher
            .wait_for("presence", PRESENCE_WITHIN, |_| true)
            .await
        else {
            panic!("the last position never arrived ({lists} lists)");
        };
        lists += 1;
        if user(&message, "Mover").is_some_and(|user| user["cursor"]["head"] == 199) {
            break;
        }
    }
    let elapsed_ticks = burst.elapsed().as_millis() / 50 + 2;
    assert!(
        lists <= usize::try_from(elapsed_ticks).unwrap_or(usize::MAX),
        "{lists} lists for 200 moves over {:?}",
        burst.elapsed()
    );
    // The mover is not sent its own moves, and the spec client nothing at all.
    mover.assert_silent_for(Duration::from_millis(300)).await;
    let mut presence_types = Vec::new();
    spec_client
        .wait_for_any(Duration::from_millis(200), |message| {
            if message["type"] != "code_update" {
                presence_types.push(message["type"].clone());
            }
        })
        .await;
    assert!(presence_types.is_empty(), "{presence_types:?}");
}

#[tokio::test]
async fn bad_presence_messages_get_errors_and_change_nothing() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let (mut client, _) = app.join_with_query(&room, "presence=1").await;
    client
        .wait_for("presence", PRESENCE_WITHIN, |_| true)
        .await
        .expect("welcome list");
    for bad in [
        json!({"type": "presence", "cursor": {"anchor": -1, "head": 0}}),
        json!({"type": "presence", "cursor": "here"}),
        json!({"type": "presence", "name": 42}),
        json!({"type": "hello", "presence": "yes"}),
    ] {
        client.send_json(&bad).await;
        let error = client
            .wait_for("error", PRESENCE_WITHIN, |_| true)
            .await
            .unwrap_or_else(|| panic!("an error for {bad}"));
        assert!(
            error["message"]
                .as_str()
                .is_some_and(|text| !text.is_empty())
        );
    }
    // A cursor past the end is clamped to the end of the (empty) text.
    client
        .send_json(
            &json!({"type": "presence", "cursor": {"anchor": 99, "head": 99}, "name": "Zed"}),
        )
        .await;
    let deadline = Instant::now() + PRESENCE_WITHIN;
    loop {
        let (status, participants) = app.get_json(&format!("/rooms/{room}/participants")).await;
        assert_eq!(status, 200);
        if participants["participants"][0]["name"] == "Zed" {
            break;
        }
        assert!(Instant::now() < deadline, "never renamed: {participants}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn a_yjs_client_that_reconnects_is_shown_again_at_once() {
    let app = spawn_app().await;
    let Some((room, mut ada, mut bob)) = room_with_ada_and_bob(&app, "abcdef").await else {
        return;
    };
    let Some(mut carol) = YjsClient::spawn(&yjs_url(&app), &room, "Carol") else {
        return;
    };
    carol.wait_synced().await;
    bob.set_cursor(Some((3, 3))).await;
    assert!(carol.wait_cursor("Bob", Some((3, 3))).await.0);
    // The server removes Bob's state when his socket closes; he comes back with the clock he had, which the
    // removal outranks: without the server raising it, Carol would not see him for up to 30 s.
    let blip = Instant::now();
    bob.reconnect().await;
    let (back, cursors) = carol.wait_cursor("Bob", Some((3, 3))).await;
    assert!(back, "Bob is shown again: {cursors}");
    assert!(
        blip.elapsed() < Duration::from_secs(3),
        "{:?}",
        blip.elapsed()
    );
    wait_cursor(&mut ada, "Bob", &json!({"anchor": 3, "head": 3})).await;
    bob.close().await;
    carol.close().await;
}

#[tokio::test]
async fn a_presence_storm_in_one_room_does_not_hold_up_edits_in_another() {
    let app = spawn_app().await;
    let (stormy, calm) = (app.create_room().await, app.create_room().await);
    let (mut storm, _) = app.join_with_query(&stormy, "name=Storm").await;
    set_code(&mut storm, &"y".repeat(100_000)).await;
    let (_watcher, _) = app.join_with_query(&stormy, "presence=1").await;
    let (mut editor, _) = app.join(&calm).await;
    let storm_task = tokio::spawn(async move {
        for offset in 0..20_000_usize {
            storm
                .send_json(&json!({"type": "presence", "cursor": {"anchor": offset, "head": offset * 3}, "name": "Storm"}))
                .await;
        }
        storm
    });
    let mut latencies = Vec::new();
    for edit in 0..40 {
        let sent = Instant::now();
        editor
            .send_json(&json!({"type": "code_update", "code": format!("edit {edit}"), "seq": edit}))
            .await;
        editor
            .wait_for("ack", Duration::from_secs(5), |message| {
                message["ackSeq"] == edit
            })
            .await
            .expect("each edit is acknowledged");
        latencies.push(sent.elapsed());
    }
    let storm = storm_task.await.expect("the storm ran");
    let slowest = latencies.iter().max().copied().unwrap_or_default();
    eprintln!("slowest ack in the calm room during the storm: {slowest:?}");
    // Generous: a storm that blocked the thread would hold every ack for seconds, while a shared machine can
    // preempt one of them; so nearly every ack is fast and none waits for seconds.
    let slow = latencies
        .iter()
        .filter(|latency| **latency >= Duration::from_secs(1))
        .count();
    assert!(
        slow <= 2,
        "{slow} of 40 acks took 1 s or more (slowest {slowest:?})"
    );
    assert!(slowest < Duration::from_secs(3), "{slowest:?}");
    drop(storm);
}

#[tokio::test]
async fn a_client_that_vanishes_without_closing_leaves_when_the_heartbeat_drops_it() {
    let mut settings = pairprog_tests::app::test_settings();
    settings.heartbeat_interval_secs = 1;
    settings.client_timeout_secs = 2;
    let app = pairprog_tests::app::spawn_app_from_settings(settings).await;
    let room = app.create_room().await;
    let (mut ada, _) = app.join_with_query(&room, "name=Ada").await;
    // The ghost joins, then is never read again: it answers no ping, as a client behind a dead network.
    let (_ghost, _) = app.join_with_query(&room, "name=Ghost").await;
    ada.wait_for("user_joined", PRESENCE_WITHIN, |message| {
        message["user"]["name"] == "Ghost"
    })
    .await
    .expect("the ghost joined");
    let started = Instant::now();
    let left = ada
        .wait_for("user_left", Duration::from_secs(6), |message| {
            message["user"]["name"] == "Ghost"
        })
        .await;
    assert!(
        left.is_some(),
        "the ghost is dropped after the client timeout"
    );
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "not before the timeout: {:?}",
        started.elapsed()
    );
    ada.wait_for("presence", PRESENCE_WITHIN, |message| {
        user(message, "Ghost").is_none()
    })
    .await
    .expect("a list without the ghost");
}
