//! The browser assets embedded in the binary (the editor's bundle and the API documentation pages' scripts),
//! served under `/assets/`, and the security headers of every HTML page pairprog serves.
//!
//! The files under `crates/server/assets/` are built from `web/` by `make web` and committed, so building the
//! server needs only the Rust toolchain and the pages work without internet access. Asset URLs carry a hash of
//! the file's content (`?v=...`): a URL with the current hash may be cached for a year, as the content behind
//! it can never change; any other URL is revalidated.

use std::{
    hash::{DefaultHasher, Hash, Hasher},
    sync::LazyLock,
};

use actix_web::{
    HttpRequest, HttpResponse, HttpResponseBuilder,
    dev::HttpServiceFactory,
    http::header::{self, CacheControl, CacheDirective, ETag, EntityTag},
    middleware::Compress,
    web,
};

/// One embedded file.
struct Asset {
    /// Its path under `/assets/`.
    path: &'static str,
    /// Its `Content-Type`.
    content_type: &'static str,
    /// Its bytes.
    bytes: &'static [u8],
}

macro_rules! asset {
    ($path:literal, $content_type:expr) => {
        Asset {
            path: $path,
            content_type: $content_type,
            bytes: include_bytes!(concat!("../../assets/", $path)),
        }
    };
}

const JS: &str = "text/javascript; charset=utf-8";
const CSS: &str = "text/css; charset=utf-8";
const TEXT: &str = "text/plain; charset=utf-8";

/// Every embedded file. `web/build.mjs` writes them; a file missing here fails the build of the server.
static ASSETS: [Asset; 10] = [
    asset!("editor/landing.js", JS),
    asset!("editor/room.js", JS),
    asset!("editor/style.css", CSS),
    asset!("docs/swagger-ui-bundle.js", JS),
    asset!("docs/swagger-ui.css", CSS),
    asset!("docs/swagger-init.js", JS),
    asset!("docs/swagger-ui.LICENSE.txt", TEXT),
    asset!("docs/swagger-ui.NOTICE.txt", TEXT),
    asset!("docs/redoc.standalone.js", JS),
    asset!("docs/redoc.LICENSE.txt", TEXT),
];

/// The content hash of each asset, in the order of [`ASSETS`], computed once.
static VERSIONS: LazyLock<Vec<String>> = LazyLock::new(|| {
    ASSETS
        .iter()
        .map(|asset| {
            // Not a security boundary: the hash only tells one build's file from another's.
            let mut hasher = DefaultHasher::new();
            asset.bytes.hash(&mut hasher);
            format!("{:016x}", hasher.finish())
        })
        .collect()
});

/// The URL of an embedded asset, with its content hash.
///
/// # Panics
/// When `path` names no embedded asset: a programming error caught by the tests of every page.
#[must_use]
pub fn url(path: &str) -> String {
    let index = ASSETS
        .iter()
        .position(|asset| asset.path == path)
        .unwrap_or_else(|| panic!("no embedded asset {path}"));
    format!("/assets/{path}?v={}", VERSIONS[index])
}

/// The `Content-Security-Policy` of pairprog's pages: scripts, styles, images, fonts and connections from this
/// origin only (`connect-src 'self'` covers `ws(s)://` to the same host).
///
/// Inline styles stay allowed: CodeMirror's remote cursors (y-codemirror.next) colour each peer with a `style`
/// attribute, and Swagger UI and ReDoc insert `<style>` elements. Inline scripts do not: every script is a file.
/// Workers from `blob:` are ReDoc's search index.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
     style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; \
     worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Starts an HTML response with the security headers every page carries.
#[must_use]
pub fn html_page(mut response: HttpResponseBuilder) -> HttpResponseBuilder {
    response
        .content_type("text/html; charset=utf-8")
        .insert_header((header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .insert_header((header::X_FRAME_OPTIONS, "DENY"))
        .insert_header((header::REFERRER_POLICY, "same-origin"))
        // Pages embed the current assets' hashes: always ask the server again.
        .insert_header(CacheControl(vec![CacheDirective::NoCache]));
    response
}

/// `GET /assets/{path}`: the embedded files, gzip-compressed when the client accepts it.
#[must_use]
pub fn service() -> impl HttpServiceFactory {
    web::scope("/assets")
        .wrap(Compress::default())
        .route("/{path:.+}", web::get().to(serve))
        .route("/{path:.+}", web::head().to(serve))
}

/// How long a versioned asset may be cached: a year, the most browsers honour.
const ONE_YEAR_SECONDS: u32 = 365 * 24 * 60 * 60;

async fn serve(request: HttpRequest, path: web::Path<String>) -> HttpResponse {
    let Some(index) = ASSETS.iter().position(|asset| asset.path == path.as_str()) else {
        return HttpResponse::NotFound()
            .content_type(TEXT)
            .body("No such asset");
    };
    let asset = &ASSETS[index];
    let version = &VERSIONS[index];
    let tag = EntityTag::new_strong(version.clone());
    let current = web::Query::<AssetQuery>::from_query(request.query_string())
        .is_ok_and(|query| query.v.as_deref() == Some(version.as_str()));
    let cache = if current {
        CacheControl(vec![
            CacheDirective::Public,
            CacheDirective::MaxAge(ONE_YEAR_SECONDS),
            CacheDirective::Extension("immutable".into(), None),
        ])
    } else {
        CacheControl(vec![CacheDirective::NoCache])
    };
    let unchanged = request
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| {
            value
                .split(',')
                .any(|candidate| candidate.trim().trim_start_matches("W/") == tag.to_string())
        });
    let mut response = if unchanged {
        HttpResponse::NotModified()
    } else {
        HttpResponse::Ok()
    };
    response
        .insert_header(ETag(tag))
        .insert_header(cache)
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"));
    if unchanged {
        return response.finish();
    }
    response.content_type(asset.content_type).body(asset.bytes)
}

/// The query of an asset URL: `v`, the content hash it was linked with.
#[derive(serde::Deserialize)]
struct AssetQuery {
    v: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_asset_is_embedded_with_content() {
        for asset in &ASSETS {
            assert!(!asset.bytes.is_empty(), "{} is empty", asset.path);
        }
    }

    #[test]
    fn urls_carry_the_content_hash() {
        let link = url("editor/room.js");
        assert!(link.starts_with("/assets/editor/room.js?v="), "{link}");
        assert_eq!(link.len(), "/assets/editor/room.js?v=".len() + 16);
    }

    #[test]
    fn no_asset_names_a_javascript_or_css_type_it_does_not_have() {
        for asset in &ASSETS {
            let expected = if asset.path.ends_with(".js") {
                JS
            } else if asset.path.ends_with(".css") {
                CSS
            } else {
                TEXT
            };
            assert_eq!(asset.content_type, expected, "{}", asset.path);
        }
    }
}
