//! Interoperability with the real npm Yjs client (`yjs` + y-websocket's `WebsocketProvider`, run by Node.js):
//! concurrent editing with JSON clients, late joiners, awareness, unknown rooms.

use pairprog_tests::{
    app::{TestApp, spawn_app},
    yjs_client::{YjsClient, YjsClientOptions},
};

fn yjs_url(app: &TestApp) -> String {
    format!("ws://127.0.0.1:{}/yjs", app.port)
}

/// Polls `client`'s view of the others' awareness states until `accept` holds (10 s at most), and returns it.
async fn awareness_until(
    client: &mut YjsClient,
    accept: impl Fn(&std::collections::BTreeMap<u64, serde_json::Value>) -> bool,
) -> std::collections::BTreeMap<u64, serde_json::Value> {
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let states = client.awareness().await;
        if accept(&states) || tokio::time::Instant::now() > deadline {
            return states;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

/// A provider connected to the room and synced, or `None` when Node.js is missing (the test is then skipped).
async fn synced(app: &TestApp, room: &str, name: &str) -> Option<YjsClient> {
    let mut client = YjsClient::spawn(&yjs_url(app), room, name)?;
    client.wait_synced().await;
    Some(client)
}

#[tokio::test]
async fn two_providers_and_a_json_client_converge_on_concurrent_edits() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let Some(mut alice) = synced(&app, &room, "alice").await else {
        return;
    };
    let Some(mut bob) = synced(&app, &room, "bob").await else {
        return;
    };
    let (mut json, _) = app.join(&room).await;

    json.send_code("def main():\n    pass\n", 1).await;
    assert_eq!(json.receive_json().await["type"], "ack");
    alice.wait_text("def main():\n    pass\n").await;
    bob.wait_text("def main():\n    pass\n").await;

    // All three at once: Bob appends a call, Alice prepends an import (index 0 holds whether or not Bob's
    // edit reached her), the JSON client renames the function without having seen either.
    bob.insert(21, "\nmain()\n").await;
    alice.insert(0, "import os  # 🎉\n").await;
    json.send_code("def start():\n    pass\n", 2).await;

    let expected = "import os  # 🎉\ndef start():\n    pass\n\nmain()\n";
    assert_eq!(alice.wait_text(expected).await, expected);
    assert_eq!(bob.wait_text(expected).await, expected);
    json.follow_code_until(String::from("def start():\n    pass\n"), expected)
        .await;
    assert_eq!(app.get_room(&room).await["code"], expected);
}

#[tokio::test]
async fn a_late_provider_receives_the_full_document() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let Some(mut writer) = synced(&app, &room, "writer").await else {
        return;
    };
    let mut expected = String::new();
    for line in 0..50 {
        let text = format!("line {line}: ünïcödé 日本 😀\n");
        // Indexes are UTF-16 code units, as in JavaScript.
        writer.insert(expected.encode_utf16().count(), &text).await;
        expected.push_str(&text);
    }
    let Some(mut late) = synced(&app, &room, "late").await else {
        return;
    };
    assert_eq!(late.wait_text(&expected).await, expected);
    let (_json, initial) = app.join(&room).await;
    assert_eq!(initial["code"], expected.as_str());
}

#[tokio::test]
async fn awareness_states_arrive_and_are_removed_on_disconnect() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let Some(mut alice) = synced(&app, &room, "alice").await else {
        return;
    };
    let Some(mut bob) = synced(&app, &room, "bob").await else {
        return;
    };

    alice
        .set_awareness(serde_json::json!({ "editor": "Ada", "cursor": 7 }))
        .await;
    // Alice's provider announced a default state on connect; wait for the one she set.
    let states = awareness_until(&mut bob, |states| {
        states.values().any(|state| state["editor"] == "Ada")
    })
    .await;
    let state = states
        .values()
        .find(|state| state["editor"] == "Ada")
        .expect("alice's state");
    assert_eq!(state["cursor"], 7);

    // A client joining later is told about the states already there.
    let Some(mut carol) = synced(&app, &room, "carol").await else {
        return;
    };
    let states = awareness_until(&mut carol, |states| {
        states.values().any(|state| state["cursor"] == 7)
    })
    .await;
    assert!(
        states.values().any(|state| state["cursor"] == 7),
        "{states:?}"
    );

    // Every provider publishes a state (empty until set): Bob and Carol see each other, and no longer Alice.
    alice.close().await;
    for observer in [&mut bob, &mut carol] {
        let states = awareness_until(observer, |states| {
            states.values().all(|state| state["cursor"] != 7)
        })
        .await;
        assert!(
            states.values().all(|state| state["cursor"] != 7),
            "alice's state must go when she leaves: {states:?}"
        );
    }
}

#[tokio::test]
async fn an_unknown_room_closes_the_provider_with_4004() {
    let app = spawn_app().await;
    let Some(mut client) = YjsClient::spawn_with(
        &yjs_url(&app),
        "zzzzzzzz",
        "eve",
        YjsClientOptions::no_reconnect(),
    ) else {
        return;
    };
    assert_eq!(client.wait_closed().await, Some(4004));
}
