//! Access control end to end, on the real server over both protocols: the three modes, tokens refused before
//! any room data, share links, roles, expiry and in-band refresh, revocation, the Origin check and the abuse
//! limits.

use std::{
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

use adapters_memory::InMemoryRoomRepository;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use pairprog::Settings;
use pairprog_tests::{
    app::{Received, TestApp, WsClient, spawn_app_from_settings, spawn_app_with, test_settings},
    mongo_server::MongoTestServer,
    yjs_client::{YjsClient, YjsClientOptions},
    yrs_client::YrsClient,
};
use serde_json::{Value, json};
use tokio::net::TcpStream;
use tokio_tungstenite::{
    MaybeTlsStream, WebSocketStream, connect_async,
    tungstenite::{self, client::IntoClientRequest, http::HeaderValue},
};

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

const SECRET: &str = "an HMAC secret of more than 32 bytes, for tests";
const AUDIENCE: &str = "pairprog-tests";

fn settings(mode: &str) -> Settings {
    let mut settings = test_settings();
    settings.auth_mode = mode.to_owned();
    settings.auth_jwt_secret = Some(SECRET.to_owned());
    settings.auth_jwt_audience = Some(AUDIENCE.to_owned());
    settings.auth_clock_skew_secs = 0;
    settings
}

async fn spawn(settings: Settings) -> TestApp {
    spawn_app_with(settings, Arc::new(InMemoryRoomRepository::new())).await
}

fn now() -> i64 {
    i64::try_from(jsonwebtoken::get_current_timestamp()).expect("now")
}

fn sign_with(claims: &Value, algorithm: Algorithm, secret: &[u8]) -> String {
    jsonwebtoken::encode(
        &Header::new(algorithm),
        claims,
        &EncodingKey::from_secret(secret).expect("key"),
    )
    .expect("sign")
}

fn sign(claims: &Value) -> String {
    sign_with(claims, Algorithm::HS256, SECRET.as_bytes())
}

/// A token for `sub` with `role` in `rooms`, valid for `lifetime` seconds.
fn token(sub: &str, role: &str, rooms: &[&str], lifetime: i64) -> String {
    sign(&json!({
        "sub": sub, "role": role, "rooms": rooms, "exp": now() + lifetime, "aud": AUDIENCE,
        "jti": format!("{sub}-{role}-{}", NEXT_ID.fetch_add(1, Ordering::Relaxed)),
    }))
}

/// A token of `sub` allowed to create rooms (which it then owns).
fn creator(sub: &str) -> String {
    sign(&json!({"sub": sub, "create": true, "exp": now() + 600, "aud": AUDIENCE, "name": "Ada"}))
}

type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// Opens `path` with extra headers; the HTTP status and JSON body of a refused upgrade otherwise.
async fn upgrade(
    app: &TestApp,
    path: &str,
    headers: &[(&str, &str)],
) -> Result<(Socket, Option<String>), (u16, Value)> {
    let mut request = format!("ws://127.0.0.1:{}{path}", app.port)
        .into_client_request()
        .expect("request");
    for (name, value) in headers {
        request.headers_mut().insert(
            tungstenite::http::HeaderName::from_bytes(name.as_bytes()).expect("name"),
            HeaderValue::from_str(value).expect("value"),
        );
    }
    match connect_async(request).await {
        Ok((socket, response)) => {
            let protocol = response
                .headers()
                .get("sec-websocket-protocol")
                .map(|value| value.to_str().expect("ASCII").to_owned());
            Ok((socket, protocol))
        }
        Err(tungstenite::Error::Http(response)) => {
            let status = response.status().as_u16();
            let body = response
                .body()
                .as_deref()
                .and_then(|body| serde_json::from_slice(body).ok())
                .unwrap_or(Value::Null);
            Err((status, body))
        }
        Err(other) => panic!("handshake failed: {other}"),
    }
}

/// The token as a browser offers it.
fn protocol_header(token: &str) -> String {
    format!("pairprog, bearer.{token}")
}

async fn join_json(app: &TestApp, room: &str, token: &str) -> WsClient {
    let header = protocol_header(token);
    let (socket, protocol) = upgrade(
        app,
        &format!("/ws/{room}"),
        &[("Sec-WebSocket-Protocol", &header)],
    )
    .await
    .expect("upgrade accepted");
    assert_eq!(protocol.as_deref(), Some("pairprog"));
    let mut client = WsClient::over(socket);
    let initial = client.receive_json().await;
    assert_eq!(initial["type"], "initial_state", "{initial}");
    client
}

async fn create_room(app: &TestApp, token: &str) -> String {
    let response = app
        .http
        .post(format!("{}/rooms", app.address))
        .bearer_auth(token)
        .send()
        .await
        .expect("POST /rooms");
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.expect("JSON");
    body["roomId"].as_str().expect("roomId").to_owned()
}

async fn share(app: &TestApp, room: &str, owner: &str, body: &Value) -> reqwest::Response {
    app.http
        .post(format!("{}/rooms/{room}/tokens", app.address))
        .bearer_auth(owner)
        .json(body)
        .send()
        .await
        .expect("POST tokens")
}

async fn share_link(app: &TestApp, room: &str, owner: &str, role: &str, lifetime: u64) -> Value {
    let response = share(
        app,
        room,
        owner,
        &json!({"role": role, "expiresIn": lifetime}),
    )
    .await;
    assert_eq!(response.status(), 201);
    response.json().await.expect("JSON")
}

async fn room_state(app: &TestApp, room: &str, token: &str) -> Value {
    let response = app
        .http
        .get(format!("{}/rooms/{room}", app.address))
        .bearer_auth(token)
        .send()
        .await
        .expect("GET room");
    assert_eq!(response.status(), 200);
    response.json().await.expect("JSON")
}

async fn yrs(app: &TestApp, room: &str, token: &str) -> YrsClient {
    YrsClient::connect_request(format!(
        "ws://127.0.0.1:{}/yjs/{room}?token={token}",
        app.port
    ))
    .await
}

#[tokio::test]
async fn token_mode_refuses_rooms_and_sockets_without_a_token() {
    let app = spawn(settings("token")).await;
    let room = create_room(&app, &creator("ada")).await;

    let created = app
        .http
        .post(format!("{}/rooms", app.address))
        .send()
        .await
        .expect("POST");
    assert_eq!(created.status(), 401);
    assert_eq!(created.headers()["www-authenticate"], "Bearer");
    let body: Value = created.json().await.expect("JSON");
    assert!(body["detail"].is_string(), "{body}");
    let read = app
        .http
        .get(format!("{}/rooms/{room}", app.address))
        .send()
        .await
        .expect("GET");
    assert_eq!(read.status(), 401);
    let editor = token("bob", "editor", &[&room], 600);
    let not_a_creator = app
        .http
        .post(format!("{}/rooms", app.address))
        .bearer_auth(&editor)
        .send()
        .await
        .expect("POST");
    assert_eq!(not_a_creator.status(), 403);

    let (status, body) = upgrade(&app, &format!("/yjs/{room}"), &[])
        .await
        .expect_err("a Yjs upgrade without a token is refused");
    assert_eq!(status, 401);
    assert!(body["detail"].is_string());
}

#[tokio::test]
async fn forged_expired_and_misused_tokens_are_refused_before_any_room_data() {
    let app = spawn(settings("token")).await;
    let room = create_room(&app, &creator("ada")).await;
    let other_room = create_room(&app, &creator("ada")).await;
    let claims = |extra: Value| {
        let mut claims = json!({"sub": "eve", "role": "editor", "rooms": [room], "exp": now() + 600, "aud": AUDIENCE});
        if let (Some(claims), Some(extra)) = (claims.as_object_mut(), extra.as_object()) {
            for (key, value) in extra {
                claims.insert(key.clone(), value.clone());
            }
        }
        claims
    };
    let good = sign(&claims(json!({})));
    let payload = good.split('.').nth(1).expect("payload").to_owned();
    let refused = [
        ("expired", sign(&claims(json!({"exp": now() - 120}))), 401),
        (
            "not yet valid",
            sign(&claims(json!({"nbf": now() + 300}))),
            401,
        ),
        (
            "wrong audience",
            sign(&claims(json!({"aud": "another-service"}))),
            401,
        ),
        (
            "no exp",
            sign(&json!({"sub": "eve", "role": "editor", "rooms": [room], "aud": AUDIENCE})),
            401,
        ),
        (
            "alg none",
            format!("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.{payload}."),
            401,
        ),
        (
            "HS512",
            sign_with(&claims(json!({})), Algorithm::HS512, SECRET.as_bytes()),
            401,
        ),
        (
            "another key",
            sign_with(
                &claims(json!({})),
                Algorithm::HS256,
                b"someone else's secret, long enough!",
            ),
            401,
        ),
        ("garbage", "not.a.token".to_owned(), 401),
        (
            "wrong room",
            sign(&claims(json!({"rooms": [other_room]}))),
            403,
        ),
    ];
    for (case, bad, expected) in &refused {
        for path in ["ws", "yjs"] {
            let by_query = upgrade(&app, &format!("/{path}/{room}?token={bad}"), &[]).await;
            let header = protocol_header(bad);
            let by_protocol = upgrade(
                &app,
                &format!("/{path}/{room}"),
                &[("Sec-WebSocket-Protocol", &header)],
            )
            .await;
            for attempt in [by_query, by_protocol] {
                let Err((status, body)) = attempt else {
                    panic!("{case} on /{path}: the upgrade was accepted");
                };
                assert_eq!(status, *expected, "{case} on /{path}: {body}");
                let detail = body["detail"].as_str().expect("a detail");
                assert!(
                    !detail.contains(bad.as_str()),
                    "{case}: the token is echoed"
                );
            }
        }
        let read = app
            .http
            .get(format!("{}/rooms/{room}", app.address))
            .bearer_auth(bad)
            .send()
            .await
            .expect("GET");
        assert_eq!(read.status(), *expected, "{case} on REST");
    }
    // The good token is let in, on both protocols.
    let (_socket, _) = upgrade(&app, &format!("/ws/{room}?token={good}"), &[])
        .await
        .expect("a valid token is accepted");
    let _replica = yrs(&app, &room, &good).await;
}

#[tokio::test]
async fn a_creator_owns_its_room_and_mints_links_others_join_with() {
    let app = spawn(settings("token")).await;
    let owner = creator("ada");
    let room = create_room(&app, &owner).await;
    assert_eq!(room_state(&app, &room, &owner).await["code"], "");

    let link = share_link(&app, &room, &owner, "editor", 3600).await;
    assert_eq!(link["role"], "editor");
    assert_eq!(link["roomId"], room.as_str());
    let editor = link["token"].as_str().expect("token").to_owned();
    assert!(
        link["links"]["ws"]
            .as_str()
            .expect("ws link")
            .ends_with(&editor)
    );

    let mut alice = join_json(&app, &room, &editor).await;
    let mut bob = join_json(&app, &room, &editor).await;
    alice.send_code("print('shared')", 1).await;
    assert_eq!(alice.receive_json().await["type"], "ack");
    assert_eq!(bob.receive_json().await["code"], "print('shared')");

    // An editor's link cannot mint others; an unknown role is refused.
    assert_eq!(
        share(&app, &room, &editor, &json!({"role": "owner"}))
            .await
            .status(),
        403
    );
    assert_eq!(
        share(&app, &room, &owner, &json!({"role": "admin"}))
            .await
            .status(),
        422
    );
    assert_eq!(
        share(
            &app,
            &room,
            &owner,
            &json!({"role": "viewer", "expiresIn": 999_999_999})
        )
        .await
        .status(),
        422
    );
    // Another user's creator token owns nothing here.
    assert_eq!(
        share(&app, &room, &creator("mallory"), &json!({"role": "editor"}))
            .await
            .status(),
        403
    );
}

#[tokio::test]
async fn a_json_client_may_send_its_token_as_its_first_message() {
    let mut settings = settings("token");
    settings.auth_timeout_secs = 1;
    let app = spawn(settings).await;
    let room = create_room(&app, &creator("ada")).await;
    let editor = token("bob", "editor", &[&room], 600);

    let mut client = app.connect_ws(&room).await;
    client
        .send_json(&json!({"type": "auth", "token": editor}))
        .await;
    let authenticated = client.receive_json().await;
    assert_eq!(authenticated["type"], "authenticated", "{authenticated}");
    assert_eq!(authenticated["role"], "editor");
    assert_eq!(client.receive_json().await["type"], "initial_state");
    client.send_code("x = 1", 1).await;
    assert_eq!(client.receive_json().await["type"], "ack");

    // Silence: closed with 4401 once the timeout passes, and nothing of the room was sent.
    let mut silent = app.connect_ws(&room).await;
    assert_eq!(silent.receive_close().await, 4401);

    // A refused token: 4401; a token for another room: 4403.
    let mut forged = app.connect_ws(&room).await;
    forged
        .send_json(&json!({"type": "auth", "token": token("bob", "editor", &[&room], -60)}))
        .await;
    assert_eq!(forged.receive_close().await, 4401);
    let mut elsewhere = app.connect_ws(&room).await;
    elsewhere
        .send_json(&json!({"type": "auth", "token": token("bob", "editor", &["another"], 600)}))
        .await;
    assert_eq!(elsewhere.receive_close().await, 4403);

    // What comes before the auth message is bounded: a few messages get an error each, then 4401.
    let mut chatty = app.connect_ws(&room).await;
    for _ in 0..3 {
        chatty.send_code("not yet", 1).await;
        let answer = chatty.receive_json().await;
        assert_eq!(answer["type"], "error", "{answer}");
    }
    chatty.send_code("not yet", 1).await;
    assert_eq!(chatty.receive_close().await, 4401);
    let mut bulky = app.connect_ws(&room).await;
    bulky.send_text(&"x".repeat(64 * 1024)).await;
    assert_eq!(bulky.receive_close().await, 4401);
    assert_eq!(room_state(&app, &room, &editor).await["code"], "x = 1");
}

#[tokio::test]
async fn a_viewers_edits_never_reach_others_or_the_log() {
    let app = spawn(settings("token")).await;
    let owner = creator("ada");
    let room = create_room(&app, &owner).await;
    let viewer = share_link(&app, &room, &owner, "viewer", 600).await["token"]
        .as_str()
        .expect("token")
        .to_owned();
    let mut editor = join_json(&app, &room, &owner).await;
    editor.send_code("fn main() {}", 1).await;
    assert_eq!(editor.receive_json().await["type"], "ack");
    let version = room_state(&app, &room, &owner).await["version"].clone();

    // JSON: an error, the socket stays open, and the viewer still receives the room's changes.
    let mut json_viewer = join_json(&app, &room, &viewer).await;
    json_viewer.send_code("hijacked", 2).await;
    let refused = json_viewer.receive_json().await;
    assert_eq!(refused["type"], "error", "{refused}");
    json_viewer
        .send_json(
            &json!({"type": "edit", "changes": [{"from": 0, "insert": "x"}], "baseVersion": 1}),
        )
        .await;
    assert_eq!(json_viewer.receive_json().await["type"], "error");

    // Yjs: dropped, and the client is told once.
    let mut yjs_viewer = yrs(&app, &room, &viewer).await;
    assert_eq!(yjs_viewer.text(), "fn main() {}");
    yjs_viewer.insert(0, "// hijacked\n").await;
    yjs_viewer.insert(0, "// again\n").await;
    yjs_viewer.pump(Duration::from_millis(300)).await;
    assert_eq!(yjs_viewer.denials().len(), 1, "{:?}", yjs_viewer.denials());

    editor.assert_silent_for(Duration::from_millis(300)).await;
    let state = room_state(&app, &room, &owner).await;
    assert_eq!(state["code"], "fn main() {}");
    assert_eq!(state["version"], version, "nothing reached the log");

    editor.send_code("fn main() { run() }", 3).await;
    assert_eq!(editor.receive_json().await["type"], "ack");
    assert_eq!(
        json_viewer.receive_json().await["code"],
        "fn main() { run() }"
    );
    let mut observer = yrs(&app, &room, &owner).await;
    assert!(
        observer
            .wait_text("fn main() { run() }", Duration::from_secs(5))
            .await
    );
}

#[tokio::test]
async fn the_npm_client_joins_with_a_subprotocol_token_and_a_viewer_is_told_once() {
    let app = spawn(settings("token")).await;
    let owner = creator("ada");
    let room = create_room(&app, &owner).await;
    let url = format!("ws://127.0.0.1:{}/yjs", app.port);
    let viewer = share_link(&app, &room, &owner, "viewer", 600).await["token"]
        .as_str()
        .expect("token")
        .to_owned();
    let Some(mut writer) = YjsClient::spawn_with_token(
        &url,
        &room,
        "writer",
        YjsClientOptions::default(),
        Some(&owner),
    ) else {
        return;
    };
    let Some(mut reader) = YjsClient::spawn_with_token(
        &url,
        &room,
        "reader",
        YjsClientOptions::default(),
        Some(&viewer),
    ) else {
        return;
    };
    writer.wait_synced().await;
    reader.wait_synced().await;
    writer.insert(0, "shared").await;
    assert_eq!(reader.wait_text("shared").await, "shared");
    reader.insert(0, "nope ").await;
    reader.insert(0, "again ").await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(reader.permission_denials(), 1);
    assert_eq!(writer.text().await, "shared");
    assert_eq!(room_state(&app, &room, &owner).await["code"], "shared");
}

#[tokio::test]
async fn expiry_closes_with_4401_unless_the_client_refreshed_its_token() {
    let app = spawn(settings("token")).await;
    let room = create_room(&app, &creator("ada")).await;
    let short = token("bob", "editor", &[&room], 2);
    let mut lapsing = join_json(&app, &room, &short).await;
    let mut refreshing = join_json(&app, &room, &short).await;
    let mut replica = yrs(&app, &room, &short).await;

    refreshing
        .send_json(&json!({"type": "auth", "token": token("bob", "editor", &[&room], 600)}))
        .await;
    let refreshed = refreshing.receive_json().await;
    assert_eq!(refreshed["type"], "authenticated", "{refreshed}");

    assert_eq!(lapsing.receive_close().await, 4401);
    assert_eq!(
        replica.wait_closed(Duration::from_secs(5)).await,
        Some(Some(4401))
    );
    tokio::time::sleep(Duration::from_millis(1500)).await;
    refreshing.send_code("still here", 1).await;
    assert_eq!(refreshing.receive_json().await["type"], "ack");

    // A refresh must be for the same user.
    let mut other = join_json(&app, &room, &token("carol", "editor", &[&room], 600)).await;
    other
        .send_json(&json!({"type": "auth", "token": token("mallory", "editor", &[&room], 600)}))
        .await;
    assert_eq!(other.receive_close().await, 4403);
}

#[tokio::test]
async fn revoking_a_share_link_closes_every_socket_using_it_at_once() {
    let app = spawn(settings("token")).await;
    let owner = creator("ada");
    let room = create_room(&app, &owner).await;
    let link = share_link(&app, &room, &owner, "editor", 600).await;
    let shared = link["token"].as_str().expect("token").to_owned();
    let token_id = link["tokenId"].as_str().expect("tokenId").to_owned();
    let mut first = join_json(&app, &room, &shared).await;
    let mut second = join_json(&app, &room, &shared).await;
    let mut replica = yrs(&app, &room, &shared).await;
    let mut owners = join_json(&app, &room, &owner).await;

    let revoke = |token: String| {
        let url = format!("{}/rooms/{room}/tokens/{token_id}", app.address);
        let http = app.http.clone();
        async move {
            http.delete(url)
                .bearer_auth(token)
                .send()
                .await
                .expect("DELETE")
        }
    };
    assert_eq!(revoke(shared.clone()).await.status(), 403);
    let revoked = revoke(owner.clone()).await;
    assert_eq!(revoked.status(), 200);
    let body: Value = revoked.json().await.expect("JSON");
    assert_eq!(body["closedConnections"], 3);
    assert_eq!(first.receive_close().await, 4401);
    assert_eq!(second.receive_close().await, 4401);
    assert_eq!(
        replica.wait_closed(Duration::from_secs(5)).await,
        Some(Some(4401))
    );
    owners.assert_silent_for(Duration::from_millis(200)).await;
    let (status, _) = upgrade(&app, &format!("/ws/{room}?token={shared}"), &[])
        .await
        .expect_err("a revoked token is refused");
    assert_eq!(status, 401);
    assert_eq!(revoke(owner.clone()).await.status(), 200);
}

async fn revoke_link(app: &TestApp, room: &str, owner: &str, token_id: &str) -> u16 {
    app.http
        .delete(format!("{}/rooms/{room}/tokens/{token_id}", app.address))
        .bearer_auth(owner)
        .send()
        .await
        .expect("DELETE")
        .status()
        .as_u16()
}

/// What a revoked link meets on a server that did not revoke it (restarted, or another instance): 401 on
/// REST and on the upgrade, 4401 for an `auth` message; and the room's other link still works there.
async fn assert_revoked_here_and_kept_working(
    app: &TestApp,
    room: &str,
    revoked: &str,
    kept: &str,
) {
    let (status, body) = app
        .get_json_with_token(&format!("/rooms/{room}"), revoked)
        .await;
    assert_eq!(status, 401, "{body}");
    let (status, body) = upgrade(app, &format!("/ws/{room}?token={revoked}"), &[])
        .await
        .expect_err("a revoked token is refused on the upgrade");
    assert_eq!(status, 401, "{body}");
    let mut in_band = app.connect_ws(room).await;
    in_band
        .send_json(&json!({"type": "auth", "token": revoked}))
        .await;
    assert_eq!(in_band.receive_close().await, 4401);

    assert_eq!(room_state(app, room, kept).await["roomId"], room);
    let mut client = join_json(app, room, kept).await;
    client.send_code("still shared", 1).await;
    assert_eq!(client.receive_json().await["type"], "ack");
}

/// Mints two links, revokes one, restarts the server on the same store and secret: the revocation holds,
/// and the other link still works (and can still be revoked, since the ledger remembers it too).
async fn a_revocation_survives_a_restart(settings: Settings) {
    let first = spawn_app_from_settings(settings.clone()).await;
    let owner = creator("ada");
    let room = create_room(&first, &owner).await;
    let kept = share_link(&first, &room, &owner, "editor", 600).await;
    let revoked = share_link(&first, &room, &owner, "editor", 600).await;
    let revoked_id = revoked["tokenId"].as_str().expect("tokenId");
    assert_eq!(revoke_link(&first, &room, &owner, revoked_id).await, 200);
    first.stop().await;

    let second = spawn_app_from_settings(settings).await;
    let (kept_token, revoked_token) = (
        kept["token"].as_str().expect("token"),
        revoked["token"].as_str().expect("token"),
    );
    assert_revoked_here_and_kept_working(&second, &room, revoked_token, kept_token).await;
    let kept_id = kept["tokenId"].as_str().expect("tokenId");
    assert_eq!(revoke_link(&second, &room, &owner, kept_id).await, 200);
    let (status, _) = second
        .get_json_with_token(&format!("/rooms/{room}"), kept_token)
        .await;
    assert_eq!(status, 401);
}

#[tokio::test]
async fn a_revoked_share_link_stays_revoked_after_a_restart_on_the_same_sqlite_file() {
    let directory = tempfile::tempdir().expect("temp dir");
    let mut settings = settings("token");
    settings.mongodb_url = None;
    settings.sqlite_path = directory.path().join("data/pairprog.sqlite3");
    a_revocation_survives_a_restart(settings).await;
}

#[tokio::test]
async fn a_revoked_share_link_stays_revoked_after_a_restart_on_the_same_mongodb() {
    let Some(mongo) = MongoTestServer::start().await else {
        return;
    };
    let mut settings = settings("token");
    settings.mongodb_url = Some(mongo.url());
    settings.database_name = mongo.database().to_owned();
    a_revocation_survives_a_restart(settings).await;
}

#[tokio::test]
async fn a_link_revoked_on_one_instance_is_refused_by_another_on_the_same_mongodb() {
    let Some(mongo) = MongoTestServer::start().await else {
        return;
    };
    let mut settings = settings("token");
    settings.mongodb_url = Some(mongo.url());
    settings.database_name = mongo.database().to_owned();
    let here = spawn_app_from_settings(settings.clone()).await;
    let there = spawn_app_from_settings(settings).await;
    let owner = creator("ada");
    let room = create_room(&here, &owner).await;
    let kept = share_link(&here, &room, &owner, "editor", 600).await;
    let revoked = share_link(&here, &room, &owner, "viewer", 600).await;
    // The other instance knows the link: its owner may revoke it there.
    let revoked_id = revoked["tokenId"].as_str().expect("tokenId");
    assert_eq!(revoke_link(&there, &room, &owner, revoked_id).await, 200);
    assert_revoked_here_and_kept_working(
        &here,
        &room,
        revoked["token"].as_str().expect("token"),
        kept["token"].as_str().expect("token"),
    )
    .await;
}

#[tokio::test]
async fn mixed_mode_gives_clients_without_a_token_the_anonymous_role() {
    let app = spawn(settings("mixed")).await;
    let owner = creator("ada");
    let room = create_room(&app, &owner).await;
    let anonymous_create = app
        .http
        .post(format!("{}/rooms", app.address))
        .send()
        .await
        .expect("POST");
    assert_eq!(anonymous_create.status(), 401);

    let (mut anonymous, _) = app.join(&room).await;
    anonymous.send_code("anonymous", 1).await;
    assert_eq!(anonymous.receive_json().await["type"], "error");
    let mut anonymous_yjs = YrsClient::connect(app.port, &room).await;
    anonymous_yjs.insert(0, "anonymous").await;
    anonymous_yjs.pump(Duration::from_millis(200)).await;
    assert_eq!(anonymous_yjs.denials().len(), 1);

    let mut editor = join_json(&app, &room, &token("bob", "editor", &[&room], 600)).await;
    editor.send_code("edited", 2).await;
    assert_eq!(editor.receive_json().await["type"], "ack");
    assert_eq!(anonymous.receive_json().await["code"], "edited");
    let read = app
        .http
        .get(format!("{}/rooms/{room}", app.address))
        .send()
        .await
        .expect("GET");
    assert_eq!(read.status(), 200);
}

#[tokio::test]
async fn open_mode_needs_no_token_but_refuses_a_bad_one() {
    let app = spawn(settings("open")).await;
    let room = app.create_room().await;
    let (mut anonymous, _) = app.join(&room).await;
    anonymous.send_code("open", 1).await;
    assert_eq!(anonymous.receive_json().await["type"], "ack");
    let (status, _) = upgrade(&app, &format!("/ws/{room}?token=forged"), &[])
        .await
        .expect_err("a bad token is refused even in open mode");
    assert_eq!(status, 401);
    // A token's holder joins as well, and a room it creates is its own to share.
    let owned = create_room(&app, &creator("ada")).await;
    let link = share_link(&app, &owned, &creator("ada"), "viewer", 60).await;
    assert_eq!(link["role"], "viewer");
}

#[tokio::test]
async fn a_websocket_from_a_foreign_origin_is_refused() {
    let app = spawn(test_settings()).await;
    let room = app.create_room().await;
    let own_origin = format!("http://127.0.0.1:{}", app.port);
    for path in ["ws", "yjs"] {
        let path = format!("/{path}/{room}");
        let (status, body) = upgrade(&app, &path, &[("Origin", "https://evil.example")])
            .await
            .expect_err("a foreign origin is refused");
        assert_eq!(status, 403);
        assert!(body["detail"].is_string());
        assert!(upgrade(&app, &path, &[("Origin", "null")]).await.is_err());
        for allowed in [own_origin.as_str(), "http://localhost:3000"] {
            assert!(
                upgrade(&app, &path, &[("Origin", allowed)]).await.is_ok(),
                "{allowed} on {path}"
            );
        }
        assert!(upgrade(&app, &path, &[]).await.is_ok(), "no Origin");
    }
    // REST CORS is unchanged.
    let preflight = app
        .http
        .get(format!("{}/health", app.address))
        .header("Origin", "https://evil.example")
        .send()
        .await
        .expect("GET");
    assert!(
        preflight
            .headers()
            .get("access-control-allow-origin")
            .is_none()
    );
}

#[tokio::test]
async fn room_creation_and_websocket_upgrades_are_rate_limited_per_address() {
    let mut settings = test_settings();
    settings.rate_limit_rooms_per_minute = 3;
    settings.rate_limit_websockets_per_minute = 3;
    let app = spawn(settings).await;
    let room = app.create_room().await;
    app.create_room().await;
    app.create_room().await;
    let refused = app
        .http
        .post(format!("{}/rooms", app.address))
        .send()
        .await
        .expect("POST");
    assert_eq!(refused.status(), 429);
    let wait: u64 = refused.headers()["retry-after"]
        .to_str()
        .expect("ASCII")
        .parse()
        .expect("seconds");
    assert!((1..=20).contains(&wait), "{wait}");
    let body: Value = refused.json().await.expect("JSON");
    assert!(body["detail"].is_string());
    // Reading is not creating.
    assert_eq!(app.get_room(&room).await["roomId"], room.as_str());

    let mut open = Vec::new();
    for _ in 0..3 {
        open.push(
            upgrade(&app, &format!("/ws/{room}"), &[])
                .await
                .expect("upgrade"),
        );
    }
    let (status, _) = upgrade(&app, &format!("/yjs/{room}"), &[])
        .await
        .expect_err("the fourth upgrade is refused");
    assert_eq!(status, 429);
}

/// `POST /rooms` as the client `forwarded_for` behind a proxy would send it (none: a direct client).
async fn create_room_as(app: &TestApp, forwarded_for: Option<&str>) -> u16 {
    let mut request = app.http.post(format!("{}/rooms", app.address));
    if let Some(client) = forwarded_for {
        request = request.header("x-forwarded-for", client);
    }
    request.send().await.expect("POST").status().as_u16()
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_forwarded_client_keeps_its_own_quota() {
    let mut settings = test_settings();
    settings.rate_limit_rooms_per_minute = 2;
    settings.rate_limit_websockets_per_minute = 2;
    settings.rate_limit_unknown_rooms_per_minute = 1;
    // The test client connects from 127.0.0.1: it plays the proxy.
    settings.forwarded_allow_ips = "127.0.0.1, ::1".to_owned();
    let app = spawn(settings).await;
    for _ in 0..2 {
        assert_eq!(create_room_as(&app, Some("203.0.113.7")).await, 200);
    }
    assert_eq!(create_room_as(&app, Some("203.0.113.7")).await, 429);
    // Another client behind the same proxy is not refused for the first one's rooms.
    assert_eq!(create_room_as(&app, Some("198.51.100.2")).await, 200);
    // A client cannot escape its quota by writing its own header: the proxy appends the address it saw, and
    // that is the one counted.
    assert_eq!(
        create_room_as(&app, Some("192.0.2.99, 203.0.113.7")).await,
        429
    );

    // WebSocket upgrades and lookups of unknown rooms count the forwarded client too.
    let room = app.create_room().await;
    for _ in 0..2 {
        upgrade(
            &app,
            &format!("/ws/{room}"),
            &[("x-forwarded-for", "203.0.113.8")],
        )
        .await
        .expect("upgrade");
    }
    let (status, _) = upgrade(
        &app,
        &format!("/yjs/{room}"),
        &[("x-forwarded-for", "203.0.113.8")],
    )
    .await
    .expect_err("the third upgrade of that client is refused");
    assert_eq!(status, 429);
    upgrade(
        &app,
        &format!("/yjs/{room}"),
        &[("x-forwarded-for", "203.0.113.9")],
    )
    .await
    .expect("another client upgrades");
    let probe = |client: &'static str| {
        app.http
            .get(format!("{}/rooms/zzzzzzz1", app.address))
            .header("x-forwarded-for", client)
            .send()
    };
    assert_eq!(probe("203.0.113.10").await.expect("GET").status(), 404);
    assert_eq!(probe("203.0.113.10").await.expect("GET").status(), 429);
    assert_eq!(probe("203.0.113.11").await.expect("GET").status(), 404);
}

#[tokio::test]
async fn without_trusted_proxies_a_forwarded_for_header_is_ignored() {
    let mut settings = test_settings();
    settings.rate_limit_rooms_per_minute = 2;
    let app = spawn(settings).await;
    assert_eq!(create_room_as(&app, Some("203.0.113.7")).await, 200);
    assert_eq!(create_room_as(&app, Some("198.51.100.2")).await, 200);
    // Both were the same TCP peer, whatever they claimed: its quota is spent.
    assert_eq!(create_room_as(&app, Some("192.0.2.1")).await, 429);
    assert_eq!(create_room_as(&app, None).await, 429);
}

#[tokio::test]
async fn probing_for_rooms_is_bounded_per_address() {
    let mut settings = test_settings();
    settings.rate_limit_unknown_rooms_per_minute = 3;
    let app = spawn(settings).await;
    let room = app.create_room().await;
    for probe in ["zzzzzzz1", "zzzzzzz2"] {
        let response = app
            .http
            .get(format!("{}/rooms/{probe}", app.address))
            .send()
            .await
            .expect("GET");
        assert_eq!(response.status(), 404);
    }
    let (socket, _) = upgrade(&app, "/ws/zzzzzzz3", &[]).await.expect("upgrade");
    let mut client = WsClient::over(socket);
    assert_eq!(client.receive_json().await["type"], "error");
    assert!(matches!(
        client.receive().await,
        Received::Closed(Some(4004))
    ));
    // The quota is spent: every lookup is refused, known rooms included, before the store is asked.
    let refused = app
        .http
        .get(format!("{}/rooms/zzzzzzz4", app.address))
        .send()
        .await
        .expect("GET");
    assert_eq!(refused.status(), 429);
    assert!(refused.headers().contains_key("retry-after"));
    let known = app
        .http
        .get(format!("{}/rooms/{room}", app.address))
        .send()
        .await
        .expect("GET");
    assert_eq!(known.status(), 429);
    let (status, _) = upgrade(&app, &format!("/yjs/{room}"), &[])
        .await
        .expect_err("refused");
    assert_eq!(status, 429);
}

#[tokio::test]
async fn a_room_holds_at_most_max_clients_per_room() {
    let mut settings = test_settings();
    settings.max_clients_per_room = 2;
    let app = spawn(settings).await;
    let room = app.create_room().await;
    let other = app.create_room().await;
    let (first, _) = app.join(&room).await;
    let (_second, _) = app.join(&room).await;
    let (status, body) = upgrade(&app, &format!("/yjs/{room}"), &[])
        .await
        .expect_err("the room is full");
    assert_eq!(status, 503);
    assert!(body["detail"].is_string());
    let (_elsewhere, _) = app.join(&other).await;
    first.close().await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let (_third, _) = app.join(&room).await;
}

#[tokio::test]
async fn a_token_offered_in_other_subprotocol_conventions_is_read_and_echoed() {
    let app = spawn(settings("token")).await;
    let room = create_room(&app, &creator("ada")).await;
    let editor = token("bob", "editor", &[&room], 600);
    for (offered, echoed) in [
        (format!("bearer, {editor}"), "bearer"),
        (format!("access_token, {editor}"), "access_token"),
        (editor.clone(), editor.as_str()),
    ] {
        for path in ["ws", "yjs"] {
            let (_socket, protocol) = upgrade(
                &app,
                &format!("/{path}/{room}"),
                &[("Sec-WebSocket-Protocol", &offered)],
            )
            .await
            .unwrap_or_else(|refused| panic!("{offered} on /{path}: {refused:?}"));
            assert_eq!(protocol.as_deref(), Some(echoed), "{offered}");
        }
    }
    let (status, _) = upgrade(
        &app,
        &format!("/yjs/{room}"),
        &[("Sec-WebSocket-Protocol", "bearer, not-a-token")],
    )
    .await
    .expect_err("refused");
    assert_eq!(status, 401);
}

#[tokio::test]
async fn sockets_still_to_authenticate_take_no_place_in_a_room() {
    let mut settings = settings("token");
    settings.max_clients_per_room = 1;
    let app = spawn(settings).await;
    let room = create_room(&app, &creator("ada")).await;
    let editor = token("bob", "editor", &[&room], 600);
    let mut waiting = Vec::new();
    for _ in 0..3 {
        waiting.push(app.connect_ws(&room).await);
    }
    let _member = join_json(&app, &room, &editor).await;
    let (status, _) = upgrade(&app, &format!("/ws/{room}?token={editor}"), &[])
        .await
        .expect_err("the room is full");
    assert_eq!(status, 503);
    let mut late = waiting.pop().expect("a waiting socket");
    late.send_json(&json!({"type": "auth", "token": editor}))
        .await;
    assert_eq!(late.receive_close().await, 1013);
}

/// `method` on `path` with an optional bearer token and JSON body: the status and the body (JSON, or null).
async fn call(
    app: &TestApp,
    method: reqwest::Method,
    path: &str,
    token: Option<&str>,
    body: Option<&Value>,
) -> (u16, Value) {
    let mut request = app.http.request(method, format!("{}{path}", app.address));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    if let Some(body) = body {
        request = request.json(body);
    }
    let response = request.send().await.expect("request");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn history_reads_need_a_role_saving_needs_an_editor_restore_and_delete_need_the_owner() {
    let app = spawn(settings("token")).await;
    let owner = creator("ada");
    let room = create_room(&app, &owner).await;
    let editor = token("bo", "editor", &[&room], 600);
    let viewer = token("cy", "viewer", &[&room], 600);
    let versions = format!("/rooms/{room}/versions");
    let name = json!({"name": "first"});

    assert_eq!(
        call(&app, reqwest::Method::GET, &versions, None, None)
            .await
            .0,
        401
    );
    assert_eq!(
        call(
            &app,
            reqwest::Method::POST,
            &versions,
            Some(&viewer),
            Some(&name)
        )
        .await
        .0,
        403
    );
    let (status, saved) = call(
        &app,
        reqwest::Method::POST,
        &versions,
        Some(&editor),
        Some(&name),
    )
    .await;
    assert_eq!(status, 201, "{saved}");
    assert_eq!(
        saved["author"], "bo",
        "a token's subject is the author, whatever the body declares"
    );
    let (status, listed) = call(&app, reqwest::Method::GET, &versions, Some(&viewer), None).await;
    assert_eq!(
        (status, listed["versions"].as_array().map(Vec::len)),
        (200, Some(1))
    );
    assert_eq!(
        call(
            &app,
            reqwest::Method::GET,
            &format!("/rooms/{room}/blame"),
            Some(&viewer),
            None
        )
        .await
        .0,
        200
    );

    let restore = format!("{versions}/{}/restore", saved["id"].as_str().expect("id"));
    assert_eq!(
        call(&app, reqwest::Method::POST, &restore, Some(&editor), None)
            .await
            .0,
        403
    );
    assert_eq!(
        call(&app, reqwest::Method::POST, &restore, Some(&owner), None)
            .await
            .0,
        200
    );
    let room_path = format!("/rooms/{room}");
    assert_eq!(
        call(
            &app,
            reqwest::Method::DELETE,
            &room_path,
            Some(&editor),
            None
        )
        .await
        .0,
        403
    );
    assert_eq!(
        call(
            &app,
            reqwest::Method::DELETE,
            &room_path,
            Some(&owner),
            None
        )
        .await
        .0,
        204
    );
    assert_eq!(
        call(&app, reqwest::Method::GET, &room_path, Some(&owner), None)
            .await
            .0,
        404
    );
}

#[tokio::test]
async fn in_open_mode_anyone_restores_and_deletes() {
    let app = spawn(settings("open")).await;
    let room = app.create_room().await;
    let versions = format!("/rooms/{room}/versions");
    let (status, saved) = call(
        &app,
        reqwest::Method::POST,
        &versions,
        None,
        Some(&json!({"name": "v"})),
    )
    .await;
    assert_eq!(status, 201, "{saved}");
    let restore = format!("{versions}/{}/restore", saved["id"].as_str().expect("id"));
    assert_eq!(
        call(&app, reqwest::Method::POST, &restore, None, None)
            .await
            .0,
        200
    );
    assert_eq!(
        call(
            &app,
            reqwest::Method::DELETE,
            &format!("/rooms/{room}"),
            None,
            None
        )
        .await
        .0,
        204
    );
}

#[tokio::test]
async fn a_token_names_its_yjs_client_for_everyone_whatever_its_awareness_says() {
    let app = spawn(settings("token")).await;
    let owner = creator("ada");
    let room = create_room(&app, &owner).await;
    let url = format!("ws://127.0.0.1:{}/yjs", app.port);
    let editor = token("bob", "editor", &[&room], 600);
    // The owner's token names her "Ada"; her client claims to be "Mallory" in its awareness state.
    let Some(mut spoofer) = YjsClient::spawn_with_token(
        &url,
        &room,
        "Mallory",
        YjsClientOptions::default(),
        Some(&owner),
    ) else {
        return;
    };
    let Some(mut watcher) = YjsClient::spawn_with_token(
        &url,
        &room,
        "watcher",
        YjsClientOptions::default(),
        Some(&editor),
    ) else {
        return;
    };
    spoofer.wait_synced().await;
    watcher.wait_synced().await;
    spoofer.set_user("Mallory", "#000000").await;
    // Ada's state arrives once the spoofer announced itself; its name is the token's.
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    let cursors = loop {
        let (_, cursors) = watcher.wait_cursor("Ada", None).await;
        if cursors.get("Ada").is_some() || std::time::Instant::now() > deadline {
            break cursors;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(
        cursors.get("Ada").is_some() && cursors.get("Mallory").is_none(),
        "the token's name, not the declared one: {cursors}"
    );
    let (status, participants) = app
        .get_json_with_token(&format!("/rooms/{room}/participants"), &owner)
        .await;
    assert_eq!(status, 200);
    let names: Vec<&Value> = participants["participants"]
        .as_array()
        .expect("list")
        .iter()
        .map(|participant| &participant["name"])
        .collect();
    assert!(names.contains(&&json!("Ada")), "{participants}");
    assert!(!names.contains(&&json!("Mallory")), "{participants}");
}
