//! The spec's REST endpoints, their errors, CORS and the API documentation, over real HTTP.

use std::sync::Arc;

use adapters_memory::InMemoryRoomRepository;
use pairprog_tests::app::{spawn_app, spawn_app_with, test_settings};
use serde_json::{Value, json};

#[tokio::test]
async fn created_rooms_have_unguessable_eight_character_ids() {
    let app = spawn_app().await;
    let mut seen = std::collections::HashSet::new();
    for _ in 0..50 {
        let id = app.create_room().await;
        assert_eq!(id.len(), 8, "{id}");
        assert!(
            id.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()),
            "{id}"
        );
        assert!(seen.insert(id), "room ids must not repeat");
    }
}

#[tokio::test]
async fn a_created_room_can_be_read_back() {
    let app = spawn_app().await;
    let id = app.create_room().await;
    let room = app.get_room(&id).await;
    assert_eq!(room["roomId"], id.as_str());
    assert_eq!(room["code"], "");
    assert_eq!(room["version"], 0);
    let created = room["createdAt"].as_str().expect("createdAt");
    assert!(
        created.ends_with('Z') && created.len() == 24,
        "RFC 3339 with milliseconds: {created}"
    );
    assert_eq!(room["updatedAt"], room["createdAt"]);
}

#[tokio::test]
async fn unknown_and_malformed_rooms_are_404_with_a_detail() {
    let app = spawn_app().await;
    for id in ["zzzzzzzz", "has.dots", &"x".repeat(100)] {
        let response = app
            .http
            .get(format!("{}/rooms/{id}", app.address))
            .send()
            .await
            .expect("request");
        assert_eq!(response.status(), 404, "{id}");
        assert_eq!(
            response.json::<Value>().await.expect("JSON"),
            json!({ "detail": "Room not found" })
        );
    }
}

#[tokio::test]
async fn autocomplete_answers_the_specs_example() {
    let app = spawn_app().await;
    let response = app
        .http
        .post(format!("{}/autocomplete", app.address))
        .json(&json!({ "code": "def calculate_sum(a, b):\n    return ", "cursorPosition": 35, "language": "python" }))
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.expect("JSON");
    assert_eq!(body["suggestion"], "a + b");
    assert_eq!(body["confidence"], 0.95);
    assert_eq!(body["suggestions"][0]["text"], "a + b");
}

#[tokio::test]
async fn autocomplete_counts_the_cursor_in_unicode_scalar_values() {
    let app = spawn_app().await;
    // 🎉 is one scalar value (two UTF-16 units, four bytes): the cursor after "return " is 30 here,
    // where a UTF-16 count would say 31 and a byte count 33.
    let code = "# 🎉\ndef add(a, b):\n    return ";
    assert_eq!(code.chars().count(), 30);
    let post = |cursor: usize| {
        app.http
            .post(format!("{}/autocomplete", app.address))
            .json(&json!({ "code": code, "cursorPosition": cursor, "language": "python" }))
            .send()
    };
    let body: Value = post(30).await.expect("request").json().await.expect("JSON");
    assert_eq!(body["suggestion"], "a + b");
    assert_eq!(post(31).await.expect("request").status(), 422);
}

#[tokio::test]
async fn invalid_autocomplete_requests_get_the_right_status_and_a_detail() {
    let mut settings = test_settings();
    settings.max_message_bytes = 4096;
    let app = spawn_app_with(settings, Arc::new(InMemoryRoomRepository::new())).await;
    let url = format!("{}/autocomplete", app.address);
    let cases: [(reqwest::RequestBuilder, u16); 6] = [
        (
            app.http
                .post(&url)
                .json(&json!({ "code": "abc", "cursorPosition": 4, "language": "python" })),
            422,
        ),
        (
            app.http
                .post(&url)
                .json(&json!({ "code": "abc", "cursorPosition": -1, "language": "python" })),
            422,
        ),
        (
            app.http
                .post(&url)
                .json(&json!({ "cursorPosition": 0, "language": "python" })),
            422,
        ),
        (
            app.http
                .post(&url)
                .header("content-type", "application/json")
                .body("{oops"),
            422,
        ),
        (
            app.http
                .post(&url)
                .header("content-type", "text/plain")
                .body("code"),
            415,
        ),
        (
            app.http
                .post(&url)
                .json(&json!({ "code": "x".repeat(10_000), "cursorPosition": 0, "language": "c" })),
            413,
        ),
    ];
    for (request, status) in cases {
        let response = request.send().await.expect("request");
        assert_eq!(response.status(), status);
        let body: Value = response.json().await.expect("JSON error body");
        assert!(
            body["detail"].as_str().is_some_and(|d| !d.is_empty()),
            "{body}"
        );
    }
}

#[tokio::test]
async fn health_is_healthy_while_the_store_answers() {
    let store = Arc::new(InMemoryRoomRepository::new());
    let app = spawn_app_with(test_settings(), store.clone()).await;
    let url = format!("{}/health", app.address);
    let response = app.http.get(&url).send().await.expect("request");
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.json::<Value>().await.expect("JSON"),
        json!({ "status": "healthy" })
    );

    store.set_failing(true);
    let response = app.http.get(&url).send().await.expect("request");
    assert_eq!(response.status(), 503);
    assert_eq!(
        response.json::<Value>().await.expect("JSON")["status"],
        "unhealthy"
    );
}

#[tokio::test]
async fn a_store_outage_while_creating_a_room_is_a_503_with_a_detail() {
    let store = Arc::new(InMemoryRoomRepository::new());
    let app = spawn_app_with(test_settings(), store.clone()).await;
    store.set_failing(true);
    let response = app
        .http
        .post(format!("{}/rooms", app.address))
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 503);
    let body: Value = response.json().await.expect("JSON");
    assert!(
        body["detail"]
            .as_str()
            .is_some_and(|d| d.contains("database")),
        "{body}"
    );
}

#[tokio::test]
async fn unknown_paths_are_404_with_a_detail() {
    let app = spawn_app().await;
    let response = app
        .http
        .get(format!("{}/no/such/path", app.address))
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 404);
    assert_eq!(
        response.json::<Value>().await.expect("JSON"),
        json!({ "detail": "Not Found" })
    );
}

#[tokio::test]
async fn the_openapi_document_and_docs_pages_are_served() {
    let app = spawn_app().await;
    let openapi: Value = app
        .http
        .get(format!("{}/openapi.json", app.address))
        .send()
        .await
        .expect("request")
        .json()
        .await
        .expect("JSON");
    for path in ["/rooms", "/rooms/{room_id}", "/autocomplete", "/health"] {
        assert!(
            openapi["paths"].get(path).is_some(),
            "{path} missing from the OpenAPI document"
        );
    }
    // Swagger UI is started by a script file (the pages allow no inline script); ReDoc reads an attribute.
    for (page, loads_the_document) in [
        ("docs", "/assets/docs/swagger-init.js"),
        ("redoc", "/openapi.json"),
    ] {
        let response = app
            .http
            .get(format!("{}/{page}", app.address))
            .send()
            .await
            .expect("request");
        assert_eq!(response.status(), 200);
        assert!(
            response
                .text()
                .await
                .expect("html")
                .contains(loads_the_document)
        );
    }
}

#[tokio::test]
async fn cors_follows_cors_origins() {
    let mut settings = test_settings();
    settings.cors_origins = vec!["http://allowed.example".into()];
    let app = spawn_app_with(settings, Arc::new(InMemoryRoomRepository::new())).await;
    let url = format!("{}/rooms", app.address);

    let preflight = app
        .http
        .request(reqwest::Method::OPTIONS, &url)
        .header("origin", "http://allowed.example")
        .header("access-control-request-method", "POST")
        .header("access-control-request-headers", "content-type")
        .send()
        .await
        .expect("preflight");
    assert!(preflight.status().is_success());
    assert_eq!(
        preflight.headers()["access-control-allow-origin"],
        "http://allowed.example"
    );

    let allowed = app
        .http
        .post(&url)
        .header("origin", "http://allowed.example")
        .send()
        .await
        .expect("request");
    assert_eq!(
        allowed.headers()["access-control-allow-origin"],
        "http://allowed.example"
    );

    let other = app
        .http
        .post(&url)
        .header("origin", "http://evil.example")
        .send()
        .await
        .expect("request");
    assert!(other.headers().get("access-control-allow-origin").is_none());
}

#[tokio::test]
async fn a_wildcard_allows_any_origin() {
    let mut settings = test_settings();
    settings.cors_origins = vec!["*".into()];
    let app = spawn_app_with(settings, Arc::new(InMemoryRoomRepository::new())).await;
    let response = app
        .http
        .get(format!("{}/health", app.address))
        .header("origin", "http://anywhere.example")
        .send()
        .await
        .expect("request");
    assert_eq!(response.headers()["access-control-allow-origin"], "*");
}

#[tokio::test]
async fn a_rooms_connections_are_counted_and_an_unknown_room_is_404() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let count = |room: String| {
        let http = app.http.clone();
        let url = format!("{}/rooms/{room}/connections", app.address);
        async move { http.get(url).send().await.expect("request") }
    };
    let empty: Value = count(room.clone()).await.json().await.expect("JSON");
    assert_eq!(empty, json!({ "roomId": room, "connections": 0 }));

    let (first, _) = app.join(&room).await;
    let (second, _) = app.join(&room).await;
    let busy: Value = count(room.clone()).await.json().await.expect("JSON");
    assert_eq!(busy["connections"], 2);
    first.close().await;
    second.close().await;

    assert_eq!(count("zzzzzzzz".into()).await.status(), 404);
    assert_eq!(count("BAD".into()).await.status(), 404);
}
