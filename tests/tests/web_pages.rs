//! The browser editor's pages and the API documentation pages over plain HTTP: status codes, security headers,
//! and every asset they load served by pairprog itself with its content type and cache headers (the browser
//! scenario is `browser.rs`).

use pairprog_tests::app::{TestApp, spawn_app};
use reqwest::{Response, header};

async fn get(app: &TestApp, path: &str) -> Response {
    app.http
        .get(format!("{}{path}", app.address))
        .send()
        .await
        .expect("request")
}

/// The values of every `src="..."` and `href="..."` attribute of a page.
fn linked_urls(html: &str) -> Vec<String> {
    ["src=\"", "href=\""]
        .iter()
        .flat_map(|attribute| {
            html.match_indices(attribute).map(move |(start, _)| {
                let rest = &html[start + attribute.len()..];
                rest[..rest.find('"').expect("closed attribute")].to_owned()
            })
        })
        .collect()
}

/// Asserts the page's security headers, and that every file it loads is served here: returns the page's HTML.
async fn assert_self_contained_page(app: &TestApp, path: &str, status: u16) -> String {
    let response = get(app, path).await;
    assert_eq!(response.status(), status, "{path}");
    let headers = response.headers().clone();
    assert_eq!(
        headers[header::CONTENT_TYPE],
        "text/html; charset=utf-8",
        "{path}"
    );
    let policy = headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .expect("ASCII");
    for directive in [
        "default-src 'self'",
        "script-src 'self';",
        "connect-src 'self'",
        "frame-ancestors 'none'",
    ] {
        assert!(policy.contains(directive), "{path}: {policy}");
    }
    assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    let html = response.text().await.expect("HTML");
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "{path} names another host:\n{html}"
    );
    assert!(!html.contains("<script>"), "{path} has an inline script");
    for url in linked_urls(&html) {
        if url.starts_with("data:") {
            continue;
        }
        assert!(
            url.starts_with('/') && !url.starts_with("//"),
            "{path} links to {url}"
        );
        if url.starts_with("/assets/") {
            let asset = get(app, &url).await;
            assert_eq!(asset.status(), 200, "{url} from {path}");
            let expected = if url.contains(".css?") {
                "text/css; charset=utf-8"
            } else {
                "text/javascript; charset=utf-8"
            };
            assert_eq!(asset.headers()[header::CONTENT_TYPE], expected, "{url}");
        }
    }
    html
}

#[tokio::test]
async fn the_docs_pages_load_only_assets_embedded_in_the_server() {
    let app = spawn_app().await;
    let swagger = assert_self_contained_page(&app, "/docs", 200).await;
    assert!(
        swagger.contains("/assets/docs/swagger-ui-bundle.js?v="),
        "{swagger}"
    );
    let init = get(&app, "/assets/docs/swagger-init.js")
        .await
        .text()
        .await
        .expect("script");
    assert!(
        init.contains("'/openapi.json'") && init.contains("validatorUrl: null"),
        "{init}"
    );
    let redoc = assert_self_contained_page(&app, "/redoc", 200).await;
    assert!(
        redoc.contains("/assets/docs/redoc.standalone.js?v="),
        "{redoc}"
    );
    let bundle = get(&app, "/assets/docs/redoc.standalone.js")
        .await
        .text()
        .await
        .expect("script");
    assert!(
        !bundle.contains("cdn.redoc.ly"),
        "ReDoc would load its logo from its CDN"
    );
}

#[tokio::test]
async fn the_landing_page_and_a_room_page_are_served_with_their_assets() {
    let app = spawn_app().await;
    let landing = assert_self_contained_page(&app, "/", 200).await;
    assert!(landing.contains("id=\"create-room\"") && landing.contains("id=\"join-form\""));
    let room = app.create_room().await;
    let page = assert_self_contained_page(&app, &format!("/r/{room}"), 200).await;
    assert!(page.contains(&format!("data-room-id=\"{room}\"")), "{page}");
    assert!(page.contains("/assets/editor/room.js?v="), "{page}");
}

#[tokio::test]
async fn an_unknown_or_malformed_room_is_a_not_found_page() {
    let app = spawn_app().await;
    for path in ["/r/zzzzzzzz", "/r/NOT-AN-ID", "/r/%3Cscript%3E"] {
        let page = assert_self_contained_page(&app, path, 404).await;
        assert!(page.contains("Room not found"), "{path}: {page}");
        assert!(
            !page.contains("<script"),
            "{path}: the not-found page runs no script"
        );
    }
}

#[tokio::test]
async fn versioned_assets_are_cached_for_a_year_and_revalidated_by_etag() {
    let app = spawn_app().await;
    let landing = get(&app, "/").await.text().await.expect("HTML");
    let versioned = linked_urls(&landing)
        .into_iter()
        .find(|url| url.starts_with("/assets/editor/landing.js?v="))
        .expect("the landing page's script");

    let response = get(&app, &versioned).await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()[header::CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );
    let etag = response.headers()[header::ETAG].clone();

    // Without the current hash the URL may name any version: the browser must ask again.
    let unversioned = get(&app, "/assets/editor/landing.js").await;
    assert_eq!(unversioned.headers()[header::CACHE_CONTROL], "no-cache");
    let revalidated = app
        .http
        .get(format!("{}/assets/editor/landing.js", app.address))
        .header(header::IF_NONE_MATCH, etag)
        .send()
        .await
        .expect("request");
    assert_eq!(revalidated.status(), 304);

    let compressed = app
        .http
        .get(format!("{}/assets/editor/room.js", app.address))
        .header(header::ACCEPT_ENCODING, "gzip")
        .send()
        .await
        .expect("request");
    assert_eq!(compressed.headers()[header::CONTENT_ENCODING], "gzip");

    assert_eq!(get(&app, "/assets/editor/missing.js").await.status(), 404);
    assert_eq!(get(&app, "/assets/../Cargo.toml").await.status(), 404);
}
