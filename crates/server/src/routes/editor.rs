//! The browser editor's pages: `/` (create a room or join one by id) and `/r/{room_id}` (the collaborative
//! editor: CodeMirror 6 bound to the room's `Y.Text("code")` over `/yjs/{room_id}`).
//!
//! The server renders only each page's frame; the scripts built from `web/src` (embedded, see [`super::assets`])
//! do the rest. Elements the scripts look up by id are part of the contract between the two.

use actix_web::{HttpRequest, HttpResponse, ResponseError, route, web};
use domain::{DomainError, RepositoryError, RoomId, services::RoomService};

use crate::{api_error::ApiError, gatekeeper::Gatekeeper};

use super::assets::{html_page, url};

/// The landing page.
#[route("/", method = "GET", method = "HEAD")]
pub async fn landing() -> HttpResponse {
    let style = url("editor/style.css");
    let script = url("editor/landing.js");
    html_page(HttpResponse::Ok()).body(format!(
        r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>pairprog</title><link rel="stylesheet" href="{style}"></head>
<body data-page="landing"><main class="centered">
<h1>pairprog</h1>
<p>Real-time pair programming: open a room, send its link, and edit the same code together.</p>
<div class="card"><button id="create-room" class="primary" type="button">Create a room</button></div>
<form id="join-form" class="card row"><label for="join-room-id">Join a room</label>
<input id="join-room-id" type="text" name="room" placeholder="room id, e.g. k3x9q2ab" autocomplete="off" required>
<button type="submit">Join</button></form>
<p id="landing-message" class="message" role="alert" hidden></p>
<p><a href="/docs">API documentation</a> · <a href="/redoc">ReDoc</a></p>
</main><script src="{script}"></script></body></html>"#
    ))
}

/// The room page: the editor, or a not-found page (404) when no room has this id.
#[route("/r/{room_id}", method = "GET", method = "HEAD")]
pub async fn room(
    request: HttpRequest,
    rooms: web::Data<RoomService>,
    gatekeeper: web::Data<Gatekeeper>,
    room_id: web::Path<String>,
) -> HttpResponse {
    // A page that says whether a room exists is a lookup like any other: bounded per address.
    if let Err(refused) = gatekeeper.check_lookups(&request) {
        return refused.error_response();
    }
    let not_found = || match gatekeeper.missed(&request, ApiError::NotFound(String::new())) {
        refused @ ApiError::TooManyRequests(..) => refused.error_response(),
        _ => room_not_found(),
    };
    // A malformed id cannot name a room: answered without a query.
    let Ok(id) = RoomId::parse(&room_id) else {
        return not_found();
    };
    match rooms.get_room(&id).await {
        Ok(_) => room_page(&id),
        Err(DomainError::RoomNotFound(_)) => not_found(),
        Err(error @ DomainError::Storage(RepositoryError::Unavailable(_))) => {
            tracing::error!(error = %error, room = %id, "cannot open the room page");
            message_page(
                HttpResponse::ServiceUnavailable(),
                "The database cannot be reached",
                "pairprog cannot read this room right now. Try again in a moment.",
            )
        }
        Err(error) => {
            tracing::error!(error = %error, room = %id, "cannot open the room page");
            message_page(
                HttpResponse::InternalServerError(),
                "Something went wrong",
                "pairprog could not open this room.",
            )
        }
    }
}

fn room_page(id: &RoomId) -> HttpResponse {
    let style = url("editor/style.css");
    let script = url("editor/room.js");
    // The id was parsed by `RoomId::parse` (8 characters of [a-z0-9]): nothing in it needs HTML escaping.
    html_page(HttpResponse::Ok()).body(format!(
        r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{id} · pairprog</title><link rel="stylesheet" href="{style}"></head>
<body data-page="room" data-room-id="{id}">
<header class="toolbar">
<a class="brand" href="/">pairprog</a>
<label>Language <select id="language" aria-label="Language"></select></label>
<label>Name <input id="user-name" type="text" maxlength="40" autocomplete="nickname"></label>
<input id="user-color" type="color" aria-label="Your colour" title="Your colour">
</header>
<main class="workspace"><div id="editor" class="editor"></div><aside id="sidebar" class="sidebar"></aside></main>
<footer class="statusbar">
<span id="connection-state" role="status">Connecting…</span>
<span>Room <code id="room-id">{id}</code></span>
<button id="copy-link" type="button">Copy link</button>
<span class="spacer"><span id="participant-count">1</span> here</span>
</footer>
<script src="{script}"></script></body></html>"#
    ))
}

fn room_not_found() -> HttpResponse {
    message_page(
        HttpResponse::NotFound(),
        "Room not found",
        "No room has this id. Check the link, or create a new room.",
    )
}

/// A page that says one thing and links back to the landing page.
fn message_page(response: actix_web::HttpResponseBuilder, title: &str, text: &str) -> HttpResponse {
    let style = url("editor/style.css");
    html_page(response).body(format!(
        r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} · pairprog</title><link rel="stylesheet" href="{style}"></head>
<body data-page="message"><main class="centered"><h1>{title}</h1><p>{text}</p>
<p><a href="/">Create or join a room</a></p></main></body></html>"#
    ))
}
