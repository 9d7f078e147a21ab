//! Model-backed autocomplete against a local stand-in for an OpenAI-compatible completions server that is good,
//! slow, failing or picky: the model's text comes first when it answers, repeated prompts are served from the
//! cache, and whatever the model does the rules answer within the spec's 500 ms.

use std::{
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use adapters_memory::InMemoryRoomRepository;
use domain::autocomplete::{self, CompletionRequest};
use pairprog_tests::app::{TestApp, spawn_app_with, test_settings};
use serde_json::{Value, json};
use tokio::{
    io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader},
    net::{TcpListener, TcpStream},
    task::JoinHandle,
};

/// The spec's example: the rules answer `a + b` at 0.95.
const SPEC_CODE: &str = "def calculate_sum(a, b):\n    return ";

/// Code where no exact construct fires, so the model's completion ranks first.
const OPEN_CODE: &str = "def greet(name):\n    message = ";

/// What the good stub completes with.
const MODEL_TEXT: &str = "model_text()";

/// How long the slow stub takes to answer: far beyond any budget.
const SLOW_ANSWER: Duration = Duration::from_secs(2);

/// The spec's budget for an autocomplete answer, with slack for a loaded test machine only: the behaviour being
/// tested is the fallback to the rules after the model's 300 ms, not a precise duration.
const BUDGET_WITH_SLACK: Duration = Duration::from_millis(800);

/// How the stand-in model server behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Behaviour {
    /// Answers `{"choices":[{"text":"model_text()"}]}` at once.
    Good,
    /// Answers like `Good`, but only after [`SLOW_ANSWER`].
    Slow,
    /// Answers 500.
    Failing,
    /// Answers 200 with a body that is not JSON.
    Garbage,
    /// Answers 400 to a request with a `suffix` (as some vLLM versions do), like `Good` otherwise.
    RejectsSuffix,
}

/// One request the stub received.
#[derive(Debug, Clone)]
struct ReceivedRequest {
    /// The request line's target (`/v1/completions`).
    path: String,
    /// The `Authorization` header, if any.
    authorization: Option<String>,
    /// The JSON body.
    body: Value,
}

/// A stand-in completions server on 127.0.0.1: a tiny HTTP/1.1 responder (keep-alive included, since the
/// provider reuses its connections) that records every request.
struct ModelStub {
    base_url: String,
    received: Arc<Mutex<Vec<ReceivedRequest>>>,
    accepting: JoinHandle<()>,
}

impl ModelStub {
    async fn start(behaviour: Behaviour) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the stub");
        let base_url = format!("http://{}", listener.local_addr().expect("stub address"));
        let received = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&received);
        let accepting = tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                tokio::spawn(serve(socket, behaviour, Arc::clone(&log)));
            }
        });
        Self {
            base_url,
            received,
            accepting,
        }
    }

    fn requests(&self) -> Vec<ReceivedRequest> {
        self.received.lock().expect("not poisoned").clone()
    }
}

impl Drop for ModelStub {
    fn drop(&mut self) {
        self.accepting.abort();
    }
}

/// Answers the requests of one connection until the client closes it.
async fn serve(socket: TcpStream, behaviour: Behaviour, log: Arc<Mutex<Vec<ReceivedRequest>>>) {
    let mut reader = BufReader::new(socket);
    loop {
        let mut request_line = String::new();
        if reader.read_line(&mut request_line).await.unwrap_or(0) == 0 {
            return;
        }
        let path = request_line
            .split_whitespace()
            .nth(1)
            .unwrap_or("")
            .to_owned();
        let (mut content_length, mut authorization) = (0, None);
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header).await.unwrap_or(0) == 0 {
                return;
            }
            let header = header.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                match name.trim().to_ascii_lowercase().as_str() {
                    "content-length" => content_length = value.trim().parse().unwrap_or(0),
                    "authorization" => authorization = Some(value.trim().to_owned()),
                    _ => {}
                }
            }
        }
        let mut body = vec![0; content_length];
        if reader.read_exact(&mut body).await.is_err() {
            return;
        }
        let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
        let has_suffix = body.get("suffix").is_some();
        log.lock().expect("not poisoned").push(ReceivedRequest {
            path,
            authorization,
            body,
        });

        let good = json!({ "id": "cmpl-stub", "object": "text_completion",
                           "choices": [{ "text": MODEL_TEXT, "index": 0, "finish_reason": "stop" }] })
        .to_string();
        let (status, answer) = match behaviour {
            Behaviour::Good => ("200 OK", good),
            Behaviour::Slow => {
                tokio::time::sleep(SLOW_ANSWER).await;
                ("200 OK", good)
            }
            Behaviour::Failing => (
                "500 Internal Server Error",
                r#"{"error":"model crashed"}"#.to_owned(),
            ),
            Behaviour::Garbage => ("200 OK", "<html>surprise</html>".to_owned()),
            Behaviour::RejectsSuffix if has_suffix => (
                "400 Bad Request",
                r#"{"error":"suffix is not currently supported"}"#.to_owned(),
            ),
            Behaviour::RejectsSuffix => ("200 OK", good),
        };
        let response = format!(
            "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{answer}",
            answer.len()
        );
        if reader
            .get_mut()
            .write_all(response.as_bytes())
            .await
            .is_err()
        {
            return;
        }
    }
}

/// The server, asking the stub (or nothing) for completions with a 300 ms budget.
async fn spawn_app_with_model(stub: Option<&ModelStub>) -> TestApp {
    let mut settings = test_settings();
    settings.completion_url = stub.map(|stub| stub.base_url.clone());
    settings.completion_model = "stub-coder".to_owned();
    settings.completion_api_key = Some("sk-test".to_owned());
    settings.completion_timeout_ms = 300;
    spawn_app_with(settings, Arc::new(InMemoryRoomRepository::new())).await
}

/// `POST /autocomplete` with the cursor at the end of `code`: the body and how long the answer took.
async fn autocomplete(app: &TestApp, code: &str) -> (Value, Duration) {
    let started = Instant::now();
    let response = app
        .http
        .post(format!("{}/autocomplete", app.address))
        .json(
            &json!({ "code": code, "cursorPosition": code.chars().count(), "language": "python" }),
        )
        .send()
        .await
        .expect("POST /autocomplete");
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.expect("JSON body");
    (body, started.elapsed())
}

/// What the rules alone answer for `code`, as `(text, kind)` pairs.
fn rules_for(code: &str) -> Vec<(String, String)> {
    let request = CompletionRequest {
        code,
        cursor: code.chars().count(),
        language: "python",
    };
    autocomplete::suggest(&request)
        .expect("valid cursor")
        .into_iter()
        .map(|suggestion| (suggestion.text, suggestion.kind.to_owned()))
        .collect()
}

/// The `(text, kind)` pairs of a response's `suggestions`.
fn ranked(body: &Value) -> Vec<(String, String)> {
    body["suggestions"]
        .as_array()
        .expect("suggestions")
        .iter()
        .map(|suggestion| {
            (
                suggestion["text"].as_str().expect("text").to_owned(),
                suggestion["kind"].as_str().expect("kind").to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn a_good_model_completion_comes_first_and_a_repeat_is_served_from_the_cache() {
    let stub = ModelStub::start(Behaviour::Good).await;
    let app = spawn_app_with_model(Some(&stub)).await;

    let (body, _) = autocomplete(&app, OPEN_CODE).await;
    assert_eq!(body["suggestion"], MODEL_TEXT, "{body}");
    assert_eq!(body["suggestions"][0]["kind"], "model");
    assert_eq!(body["suggestions"][0]["text"], MODEL_TEXT);
    assert_eq!(body["confidence"], body["suggestions"][0]["confidence"]);
    // The rules' suggestions follow the model's.
    assert_eq!(
        ranked(&body)[1..],
        rules_for(OPEN_CODE)[..ranked(&body).len() - 1]
    );

    let requests = stub.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(request.path, "/v1/completions");
    assert_eq!(request.authorization.as_deref(), Some("Bearer sk-test"));
    assert_eq!(request.body["model"], "stub-coder");
    assert_eq!(request.body["prompt"], OPEN_CODE);
    assert_eq!(request.body["max_tokens"], 32);
    assert!(
        request.body.get("suffix").is_none(),
        "nothing follows the cursor: {}",
        request.body
    );

    let (again, _) = autocomplete(&app, OPEN_CODE).await;
    assert_eq!(again, body);
    assert_eq!(
        stub.requests().len(),
        1,
        "the same prompt is answered from the cache"
    );
}

#[tokio::test]
async fn an_exact_construct_stays_ahead_of_the_model() {
    let stub = ModelStub::start(Behaviour::Good).await;
    let app = spawn_app_with_model(Some(&stub)).await;
    let (body, _) = autocomplete(&app, SPEC_CODE).await;
    assert_eq!(body["suggestion"], "a + b");
    assert_eq!(body["confidence"], 0.95);
    assert_eq!(body["suggestions"][1]["text"], MODEL_TEXT, "{body}");
    assert_eq!(body["suggestions"][1]["kind"], "model");
}

#[tokio::test]
async fn a_slow_model_is_abandoned_within_the_budget_and_the_rules_answer() {
    let stub = ModelStub::start(Behaviour::Slow).await;
    let app = spawn_app_with_model(Some(&stub)).await;
    let (body, took) = autocomplete(&app, SPEC_CODE).await;
    assert!(took < BUDGET_WITH_SLACK, "answered in {took:?}");
    assert_eq!(body["suggestion"], "a + b");
    assert_eq!(ranked(&body), rules_for(SPEC_CODE));
    assert_eq!(stub.requests().len(), 1, "the model was asked");

    // A time-out is not remembered: the next request asks again, and is as quick.
    let (body, took) = autocomplete(&app, SPEC_CODE).await;
    assert!(took < BUDGET_WITH_SLACK, "answered in {took:?}");
    assert_eq!(ranked(&body), rules_for(SPEC_CODE));
    assert_eq!(stub.requests().len(), 2);
}

#[tokio::test]
async fn a_failing_model_leaves_the_rules_answer() {
    for behaviour in [Behaviour::Failing, Behaviour::Garbage] {
        let stub = ModelStub::start(behaviour).await;
        let app = spawn_app_with_model(Some(&stub)).await;
        let (body, took) = autocomplete(&app, SPEC_CODE).await;
        assert!(
            took < BUDGET_WITH_SLACK,
            "{behaviour:?}: answered in {took:?}"
        );
        assert_eq!(body["suggestion"], "a + b", "{behaviour:?}");
        assert_eq!(ranked(&body), rules_for(SPEC_CODE), "{behaviour:?}");
        assert_eq!(
            stub.requests().len(),
            1,
            "{behaviour:?}: the model was asked"
        );
    }
}

#[tokio::test]
async fn an_unreachable_model_server_leaves_the_rules_answer() {
    // A port that was free a moment ago: nothing listens there.
    let closed = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = closed.local_addr().expect("address");
    drop(closed);
    let mut settings = test_settings();
    settings.completion_url = Some(format!("http://{address}"));
    let app = spawn_app_with(settings, Arc::new(InMemoryRoomRepository::new())).await;
    let (body, took) = autocomplete(&app, SPEC_CODE).await;
    assert!(took < BUDGET_WITH_SLACK, "answered in {took:?}");
    assert_eq!(ranked(&body), rules_for(SPEC_CODE));
}

#[tokio::test]
async fn without_a_model_the_rules_answer_the_specs_example() {
    let app = spawn_app_with_model(None).await;
    let (body, _) = autocomplete(&app, SPEC_CODE).await;
    assert_eq!(body["suggestion"], "a + b");
    assert_eq!(body["confidence"], 0.95);
    assert_eq!(
        body["suggestions"][0],
        json!({ "text": "a + b", "confidence": 0.95, "kind": "expression" })
    );
    assert!(ranked(&body).iter().all(|(_, kind)| kind != "model"));
}

#[tokio::test]
async fn a_server_refusing_the_suffix_is_asked_with_the_prefix_only_from_then_on() {
    let stub = ModelStub::start(Behaviour::RejectsSuffix).await;
    let app = spawn_app_with_model(Some(&stub)).await;
    let code = "def greet(name):\n    message = \n    return message\n";
    let cursor = OPEN_CODE.chars().count();
    let ask = || async {
        let response = app
            .http
            .post(format!("{}/autocomplete", app.address))
            .json(&json!({ "code": code, "cursorPosition": cursor, "language": "python" }))
            .send()
            .await
            .expect("POST /autocomplete");
        response.json::<Value>().await.expect("JSON body")
    };

    let refused = ask().await;
    assert!(
        ranked(&refused).iter().all(|(_, kind)| kind != "model"),
        "{refused}"
    );
    let answered = ask().await;
    assert_eq!(answered["suggestion"], MODEL_TEXT, "{answered}");

    let requests = stub.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].body["suffix"], "\n    return message\n");
    assert!(
        requests[1].body.get("suffix").is_none(),
        "{}",
        requests[1].body
    );
}

#[tokio::test]
async fn websocket_autocomplete_asks_the_model_too() {
    let stub = ModelStub::start(Behaviour::Good).await;
    let app = spawn_app_with_model(Some(&stub)).await;
    let room = app.create_room().await;
    let (mut client, _) = app.join(&room).await;
    client.send_code(OPEN_CODE, 1).await;
    assert_eq!(client.receive_json().await["type"], "ack");

    let cursor = OPEN_CODE.chars().count();
    let request = json!({ "type": "autocomplete", "requestId": "r-1", "cursorPosition": cursor, "language": "python" });
    client.send_json(&request).await;
    let result = client.receive_json().await;
    assert_eq!(result["type"], "autocomplete_result");
    assert_eq!(result["requestId"], "r-1");
    assert_eq!(result["suggestion"], MODEL_TEXT, "{result}");
    assert_eq!(result["suggestions"][0]["kind"], "model");
    assert_eq!(stub.requests()[0].body["prompt"], OPEN_CODE);
}

#[tokio::test]
async fn websocket_autocomplete_with_a_slow_model_answers_within_the_budget() {
    let stub = ModelStub::start(Behaviour::Slow).await;
    let app = spawn_app_with_model(Some(&stub)).await;
    let room = app.create_room().await;
    let (mut client, _) = app.join(&room).await;
    client.send_code(SPEC_CODE, 1).await;
    assert_eq!(client.receive_json().await["type"], "ack");

    let started = Instant::now();
    client
        .send_json(&json!({
            "type": "autocomplete", "requestId": 7,
            "cursorPosition": SPEC_CODE.chars().count(), "language": "python",
        }))
        .await;
    let result = client.receive_json().await;
    let took = started.elapsed();
    assert!(took < BUDGET_WITH_SLACK, "answered in {took:?}");
    assert_eq!(result["suggestion"], "a + b", "{result}");
    assert_eq!(
        result["suggestions"].as_array().map(Vec::len),
        Some(rules_for(SPEC_CODE).len())
    );
}
