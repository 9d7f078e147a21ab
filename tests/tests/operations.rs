//! What an operator relies on beyond the spec: store outages answered within `STORE_TIMEOUT_MS` and recovered
//! from without a restart, and rooms created on demand for y-websocket clients (`CREATE_ROOMS_ON_JOIN`).

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use pairprog_tests::{
    app::{spawn_app, spawn_app_from_settings, spawn_app_with, test_settings},
    mongo_server::MongoTestServer,
    yrs_client::YrsClient,
};

const WAIT: Duration = Duration::from_secs(10);

#[tokio::test]
async fn a_yjs_join_creates_an_unknown_room_when_create_rooms_on_join_is_on() {
    let mut settings = test_settings();
    settings.create_rooms_on_join = true;
    let app = spawn_app_with(
        settings,
        Arc::new(adapters_memory::InMemoryRoomRepository::new()),
    )
    .await;
    let mut client = YrsClient::connect(app.port, "team-notes").await;
    client.insert(0, "created by name").await;

    let deadline = Instant::now() + WAIT;
    loop {
        let response = app
            .http
            .get(format!("{}/rooms/team-notes", app.address))
            .send()
            .await
            .expect("GET room");
        if response.status() == 200 {
            let room: serde_json::Value = response.json().await.expect("JSON");
            if room["code"] == "created by name" {
                break;
            }
        }
        assert!(Instant::now() < deadline, "the room was never stored");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // A second client of the same name joins the same document.
    let mut second = YrsClient::connect(app.port, "team-notes").await;
    assert!(second.wait_text("created by name", WAIT).await);
    // The JSON protocol keeps the spec's answer: an unknown room is 4004, never created.
    let mut json = app.connect_ws("other-notes").await;
    assert_eq!(json.receive_json().await["message"], "Room not found");
    assert_eq!(json.receive_close().await, 4004);
}

#[tokio::test]
async fn without_create_rooms_on_join_an_unknown_yjs_room_stays_unknown() {
    let app = spawn_app().await;
    let mut client = YrsClient::open(app.port, "team-notes").await;
    assert_eq!(client.wait_closed(WAIT).await, Some(Some(4004)));
    let response = app
        .http
        .get(format!("{}/rooms/team-notes", app.address))
        .send()
        .await
        .expect("GET room");
    assert_eq!(response.status(), 404);
}

/// Waits for `condition` to hold, checking every 100 ms, for at most `timeout`.
async fn eventually<F, Fut>(timeout: Duration, mut condition: F) -> bool
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if condition().await {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}

#[tokio::test]
async fn a_mongodb_outage_is_answered_within_the_store_timeout_and_recovered_from() {
    let Some(mut mongo) = MongoTestServer::start().await else {
        return;
    };
    let mut settings = test_settings();
    settings.mongodb_url = Some(mongo.url());
    settings.database_name = mongo.database().to_owned();
    settings.store_timeout_ms = 1000;
    let app = spawn_app_from_settings(settings).await;
    let room = app.create_room().await;
    let (mut alice, _) = app.join(&room).await;
    let (mut bob, _) = app.join(&room).await;
    alice.send_code("before the outage", 1).await;
    bob.receive_json().await;
    assert_eq!(alice.receive_json().await["type"], "ack");

    if !mongo.stop() {
        eprintln!("the external MongoDB of MONGODB_URL cannot be stopped: outage not tested");
        return;
    }
    // Bounded: the store timeout plus the exchange, far below the driver's own timeouts (5 s and more).
    let bound = Duration::from_millis(2500);

    let started = Instant::now();
    let health = app
        .http
        .get(format!("{}/health", app.address))
        .send()
        .await
        .expect("GET /health");
    assert_eq!(health.status(), 503);
    assert!(
        started.elapsed() < bound,
        "/health took {:?}",
        started.elapsed()
    );
    eprintln!("outage: /health answered 503 in {:?}", started.elapsed());

    let started = Instant::now();
    let created = app
        .http
        .post(format!("{}/rooms", app.address))
        .send()
        .await
        .expect("POST /rooms");
    assert_eq!(created.status(), 503);
    let body: serde_json::Value = created.json().await.expect("JSON");
    assert_eq!(
        body["detail"],
        "Service unavailable: the database cannot be reached"
    );
    assert!(
        started.elapsed() < bound,
        "POST /rooms took {:?}",
        started.elapsed()
    );
    eprintln!(
        "outage: POST /rooms answered 503 in {:?}",
        started.elapsed()
    );

    let started = Instant::now();
    alice.send_code("during the outage", 2).await;
    let answer = alice.receive_json().await;
    assert_eq!(answer["type"], "error", "{answer}");
    // Up to twice the store timeout: the edit may first wait for the room's lock, held by the background write
    // of the room's code, which is itself waiting on the store for at most the timeout.
    assert!(
        started.elapsed() < bound + Duration::from_millis(1000),
        "the edit's error took {:?}",
        started.elapsed()
    );
    eprintln!(
        "outage: a WebSocket edit got its error in {:?}",
        started.elapsed()
    );

    mongo.start_again().await;
    let http = app.http.clone();
    let health_url = format!("{}/health", app.address);
    let recovered = eventually(Duration::from_secs(30), || {
        let (http, url) = (http.clone(), health_url.clone());
        async move {
            http.get(url)
                .send()
                .await
                .is_ok_and(|response| response.status() == 200)
        }
    })
    .await;
    assert!(
        recovered,
        "the server did not recover once MongoDB was back"
    );
    let again = app.create_room().await;
    let (mut carol, _) = app.join(&again).await;
    carol.send_code("after the outage", 1).await;
    assert_eq!(carol.receive_json().await["type"], "ack");
}
