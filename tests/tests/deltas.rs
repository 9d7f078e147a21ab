//! Delta edits (`edit` messages, after `hello` with `format: "delta"`): a keystroke costs the same bytes on
//! the wire in a 1 MB document as in a 1 KB one, for its author and for the other clients; and the deltas
//! carry the change exactly.

use futures_util::{SinkExt, StreamExt};
use pairprog_tests::app::{TestApp, spawn_app};
use serde_json::{Value, json};
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream, connect_async, tungstenite::Message};

type Socket = WebSocketStream<MaybeTlsStream<tokio::net::TcpStream>>;

/// The next text message: its size on the wire (payload bytes) and its content.
async fn next_text(socket: &mut Socket) -> (usize, Value) {
    loop {
        let frame = tokio::time::timeout(std::time::Duration::from_secs(10), socket.next())
            .await
            .expect("a message in time")
            .expect("open")
            .expect("a frame");
        if let Message::Text(text) = frame {
            return (text.len(), serde_json::from_str(&text).expect("JSON"));
        }
    }
}

async fn send(socket: &mut Socket, message: &Value) {
    socket
        .send(Message::text(message.to_string()))
        .await
        .expect("send");
}

/// Joins `room` asking for deltas; returns the socket and the version it starts at.
async fn join_with_deltas(app: &TestApp, room: &str) -> (Socket, u64) {
    let (mut socket, _) = connect_async(format!("ws://127.0.0.1:{}/ws/{room}", app.port))
        .await
        .expect("connects");
    let (_, initial) = next_text(&mut socket).await;
    send(&mut socket, &json!({ "type": "hello", "format": "delta" })).await;
    let (_, hello) = next_text(&mut socket).await;
    assert_eq!(hello, json!({ "type": "hello", "format": "delta" }));
    (socket, initial["version"].as_u64().expect("version"))
}

/// In a room holding `size` bytes, one client types one character; returns the bytes its author and another
/// client received for it.
async fn keystroke_bytes(app: &TestApp, size: usize) -> (usize, usize) {
    let room = app.create_room().await;
    let (mut author, _) = join_with_deltas(app, &room).await;
    let (mut reader, _) = join_with_deltas(app, &room).await;
    let document = "é".repeat(size / 2);
    send(
        &mut author,
        &json!({ "type": "edit", "changes": [{ "from": 0, "to": 0, "insert": document }], "baseVersion": 0, "seq": 1 }),
    )
    .await;
    let (_, answer) = next_text(&mut author).await;
    assert_eq!(answer, json!({ "type": "ack", "version": 1, "ackSeq": 1 }));
    let (_, loaded) = next_text(&mut reader).await;
    assert_eq!(loaded["type"], "edit");
    send(
        &mut author,
        &json!({ "type": "edit", "changes": [{ "from": 10, "to": 10, "insert": "ü" }], "baseVersion": 1, "seq": 2 }),
    )
    .await;
    let (author_bytes, answer) = next_text(&mut author).await;
    assert_eq!(answer, json!({ "type": "ack", "version": 2, "ackSeq": 2 }));
    let (reader_bytes, delta) = next_text(&mut reader).await;
    assert_eq!(
        delta["changes"],
        json!([{ "from": 10, "to": 10, "insert": "ü" }])
    );
    assert_eq!(delta["baseVersion"], 1);
    assert_eq!(delta["version"], 2);
    let expected = format!("{}ü{}", "é".repeat(10), "é".repeat(size / 2 - 10));
    assert_eq!(app.get_room(&room).await["code"], expected.as_str());
    (author_bytes, reader_bytes)
}

#[tokio::test]
async fn a_keystroke_costs_the_same_bytes_in_a_megabyte_document_as_in_a_kilobyte_one() {
    let app = spawn_app().await;
    let small = keystroke_bytes(&app, 1_000).await;
    let large = keystroke_bytes(&app, 1_000_000).await;
    eprintln!(
        "one keystroke: {small:?} bytes (author's ack, reader's edit) at 1 KB, {large:?} at 1 MB"
    );
    assert_eq!(small, large, "bytes for the author and a reader");
    assert!(large.1 < 120, "{} bytes for one keystroke", large.1);
}

#[tokio::test]
async fn whole_text_and_delta_readers_see_the_same_edits() {
    let app = spawn_app().await;
    let room = app.create_room().await;
    let (mut delta_reader, _) = join_with_deltas(&app, &room).await;
    let (mut writer, _) = app.join(&room).await;
    writer
        .send_json(
            &json!({ "type": "code_update", "code": "fn main() {}", "baseVersion": 0, "seq": "a" }),
        )
        .await;
    assert_eq!(
        writer.receive_json().await,
        json!({ "type": "ack", "version": 1, "ackSeq": "a" })
    );
    writer
        .send_json(
            &json!({ "type": "code_update", "code": "fn main() { run(); }", "baseVersion": 1 }),
        )
        .await;
    assert_eq!(writer.receive_json().await["type"], "ack");
    let mut text = String::new();
    for _ in 0..2 {
        let (_, delta) = next_text(&mut delta_reader).await;
        let changes: Vec<domain::text_change::Replacement> = delta["changes"]
            .as_array()
            .expect("changes")
            .iter()
            .map(|change| domain::text_change::Replacement {
                from: usize::try_from(change["from"].as_u64().expect("from")).expect("fits"),
                to: usize::try_from(change["to"].as_u64().expect("to")).expect("fits"),
                insert: change["insert"].as_str().expect("insert").to_owned(),
            })
            .collect();
        text = domain::text_change::TextChange::from_replacements(&text, &changes)
            .expect("applies")
            .apply(&text);
    }
    assert_eq!(text, "fn main() { run(); }");
    // An edit whose ranges do not fit the text it names is refused, and changes nothing.
    send(
        &mut delta_reader,
        &json!({ "type": "edit", "changes": [{ "from": 99, "to": 99, "insert": "x" }], "baseVersion": 2 }),
    )
    .await;
    let (_, error) = next_text(&mut delta_reader).await;
    assert_eq!(error["type"], "error", "{error}");
    assert_eq!(app.get_room(&room).await["code"], "fn main() { run(); }");
}
