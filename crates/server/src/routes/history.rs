//! A room's history and lifecycle over REST: versions (`/rooms/{room_id}/versions...`), diffs, restores, blame
//! and deletion (`DELETE /rooms/{room_id}`).
//!
//! These routes verify no identity yet: a request may declare its author (`"author"` in the body), taken as
//! the WebSocket routes take `?name=`, cleaned and untrusted, until access control supplies a verified one (it
//! will also require the owner role for restore and delete).

use actix_web::{HttpRequest, HttpResponse, delete, get, post, web};
use adapters_ws::{LocalBroadcaster, protocol::rfc3339};
use domain::{
    AuthMode, DomainError, Grant, Role, RoomId,
    history::{BlameLine, DiffHunk, TextDiff, Version, VersionId, VersionName, VersionSummary},
    services::{HistoryService, history::DiffSide},
};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::{api_error::ApiError, gatekeeper::Gatekeeper};

/// The history service as the routes see it.
pub type History = HistoryService<LocalBroadcaster>;

/// Versions a page lists when the request does not say.
const DEFAULT_PAGE: usize = 20;
/// The most versions one page lists.
const MAX_PAGE: usize = 100;

/// A saved version, without its code.
#[derive(Serialize, ToSchema)]
pub struct VersionView {
    /// The version's id: a UUIDv7 (sorts by time).
    #[schema(example = "019ad6b2-4f1e-7c3a-9b1d-3f2a6c8e0d41")]
    pub id: String,
    /// `checkpoint` (automatic), `named` or `before_restore`.
    pub kind: &'static str,
    /// Its name, if any.
    pub name: Option<String>,
    /// Who saved it, if known.
    pub author: Option<String>,
    /// When it was saved (RFC 3339, UTC).
    #[serde(rename = "createdAt")]
    pub created_at: String,
    /// The room's version (count of changes) its code is the text of.
    #[serde(rename = "roomVersion")]
    pub room_version: u64,
}

impl From<VersionSummary> for VersionView {
    fn from(summary: VersionSummary) -> Self {
        Self {
            id: summary.id.to_string(),
            kind: summary.kind.as_str(),
            created_at: rfc3339(summary.created_at),
            name: summary.name,
            author: summary.author,
            room_version: summary.room_version,
        }
    }
}

/// A version with its code.
#[derive(Serialize, ToSchema)]
pub struct VersionWithCode {
    /// What a list shows.
    #[serde(flatten)]
    pub version: VersionView,
    /// The code.
    pub code: String,
}

impl From<Version> for VersionWithCode {
    fn from(version: Version) -> Self {
        Self {
            version: version.summary.into(),
            code: version.code,
        }
    }
}

/// The body of `POST /rooms/{room_id}/versions`.
#[derive(Deserialize, ToSchema)]
pub struct NewVersion {
    /// The version's name: 1 to 100 characters.
    #[schema(example = "before the refactor")]
    pub name: String,
    /// Who saves it, as declared (cleaned like a participant's name; unverified).
    pub author: Option<String>,
}

/// The (optional) body of a restore.
#[derive(Deserialize, ToSchema)]
pub struct RestoreRequest {
    /// Who restores, as declared (cleaned like a participant's name; unverified).
    pub author: Option<String>,
}

/// A declared author, cleaned as participants' names are; `None` when nothing is left.
fn declared_author(raw: Option<&str>) -> Option<String> {
    raw.and_then(domain::participant::clean_name)
}

/// A page of versions, newest first.
#[derive(Serialize, ToSchema)]
pub struct VersionList {
    /// The room's id.
    #[serde(rename = "roomId")]
    pub room_id: String,
    /// The versions.
    pub versions: Vec<VersionView>,
    /// The `before` of the next page; `null` on the last.
    pub next: Option<String>,
}

/// The query of `GET /rooms/{room_id}/versions`.
#[derive(Deserialize, IntoParams)]
pub struct ListQuery {
    /// How many versions (1 to 100; 20 when absent).
    pub limit: Option<String>,
    /// Only versions older than this one (the previous page's `next`).
    pub before: Option<String>,
}

/// One line of a structured diff.
#[derive(Serialize, ToSchema)]
pub struct DiffLineView {
    /// `equal`, `insert` or `delete`.
    pub op: &'static str,
    /// The line, without its line break.
    pub text: String,
    /// Its number in the older text (from 1), when it is there.
    #[serde(rename = "oldLine")]
    pub old_line: Option<usize>,
    /// Its number in the newer text (from 1), when it is there.
    #[serde(rename = "newLine")]
    pub new_line: Option<usize>,
}

/// A hunk: changed lines with up to three lines of context.
#[derive(Serialize, ToSchema)]
pub struct DiffHunkView {
    /// First line of the hunk in the older text (from 1).
    #[serde(rename = "oldStart")]
    pub old_start: usize,
    /// Lines of the older text it covers.
    #[serde(rename = "oldLines")]
    pub old_lines: usize,
    /// First line of the hunk in the newer text (from 1).
    #[serde(rename = "newStart")]
    pub new_start: usize,
    /// Lines of the newer text it covers.
    #[serde(rename = "newLines")]
    pub new_lines: usize,
    /// Its lines.
    pub lines: Vec<DiffLineView>,
}

impl From<DiffHunk> for DiffHunkView {
    fn from(hunk: DiffHunk) -> Self {
        Self {
            old_start: hunk.old_start,
            old_lines: hunk.old_lines,
            new_start: hunk.new_start,
            new_lines: hunk.new_lines,
            lines: hunk
                .lines
                .into_iter()
                .map(|line| DiffLineView {
                    op: line.op.as_str(),
                    text: line.text,
                    old_line: line.old_line,
                    new_line: line.new_line,
                })
                .collect(),
        }
    }
}

/// The difference between two versions (or a version and the live code).
#[derive(Serialize, ToSchema)]
pub struct DiffView {
    /// The older side: a version id.
    pub from: String,
    /// The newer side: a version id, or `live`.
    pub to: String,
    /// As `diff -u` prints it (empty when the texts are equal).
    pub unified: String,
    /// The same, structured.
    pub hunks: Vec<DiffHunkView>,
    /// Lines only in the newer text.
    pub insertions: usize,
    /// Lines only in the older text.
    pub deletions: usize,
}

/// The answer to a restore.
#[derive(Serialize, ToSchema)]
pub struct RestoreView {
    /// The version restored.
    pub restored: VersionView,
    /// The version saved just before, holding the code the restore replaced: restore it to undo.
    pub before: VersionView,
    /// The room's version after the restore.
    #[serde(rename = "roomVersion")]
    pub room_version: u64,
}

/// Who last changed one line.
#[derive(Serialize, ToSchema)]
pub struct BlameLineView {
    /// The line's number, from 1.
    pub line: usize,
    /// The line, without its line break.
    pub text: String,
    /// Who last changed it (`null` when unknown: code older than the history, or an empty last line).
    pub author: Option<String>,
    /// How that change arrived: `json`, `yjs` or `rest`.
    pub protocol: Option<&'static str>,
    /// When (RFC 3339, UTC).
    pub at: Option<String>,
}

impl From<BlameLine> for BlameLineView {
    fn from(line: BlameLine) -> Self {
        let attribution = line.attribution;
        Self {
            line: line.line,
            text: line.text,
            author: attribution.as_ref().and_then(|found| found.author.clone()),
            protocol: attribution
                .as_ref()
                .and_then(|found| found.protocol)
                .map(|protocol| protocol.as_str()),
            at: attribution.map(|found| rfc3339(found.at)),
        }
    }
}

/// Blame of the live code.
#[derive(Serialize, ToSchema)]
pub struct BlameView {
    /// The room's id.
    #[serde(rename = "roomId")]
    pub room_id: String,
    /// The room's version the lines are the text of.
    pub version: u64,
    /// Every line of the code, in order.
    pub lines: Vec<BlameLineView>,
}

/// What a request does to a room's history, which decides the role it needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Need {
    /// Reading versions, diffs and blame: any role.
    Read,
    /// Saving a version: a role that may edit.
    Edit,
    /// Restoring a version: the owner (anyone in `open` mode, which has no owners).
    Restore,
    /// Deleting the room: the owner (anyone in `open` mode).
    Delete,
}

impl Need {
    fn allows(self, role: Role, mode: AuthMode) -> bool {
        match self {
            Self::Read => true,
            Self::Edit => role.can_edit(),
            Self::Restore => role.can_restore() || mode == AuthMode::Open,
            Self::Delete => role.can_delete() || mode == AuthMode::Open,
        }
    }

    const fn action(self) -> &'static str {
        match self {
            Self::Read => "read this room",
            Self::Edit => "save versions of this room",
            Self::Restore => "restore versions of this room",
            Self::Delete => "delete this room",
        }
    }
}

/// The room `raw` names, once the request's token (or its absence) gives a role there that allows `need`;
/// with the token's grant, whose subject is then the author of what the request does. Lookups of rooms that
/// do not exist count against the address's quota, as for every room endpoint.
async fn permitted_room(
    request: &HttpRequest,
    gatekeeper: &Gatekeeper,
    raw: &str,
    need: Need,
) -> Result<(RoomId, Option<Grant>), ApiError> {
    gatekeeper.check_lookups(request)?;
    let room = RoomId::parse(raw)
        .map_err(|error| gatekeeper.missed(request, DomainError::from(error).into()))?;
    let (role, grant) = gatekeeper.room_role(request, &room).await?;
    if !need.allows(role, gatekeeper.access().policy().mode) {
        return Err(ApiError::Forbidden(format!(
            "a {role} may not {}",
            need.action()
        )));
    }
    Ok((room, grant))
}

/// Who a request acts as: the token's subject when it has one (verified), else the `author` it declares.
fn author(grant: Option<&Grant>, declared: Option<&str>) -> Option<String> {
    grant
        .map(|grant| grant.subject.clone())
        .or_else(|| declared_author(declared))
}

/// A failed history request: a room that does not exist counts against the address's quota.
fn counted(request: &HttpRequest, gatekeeper: &Gatekeeper, error: DomainError) -> ApiError {
    crate::routes::rooms::not_found_counted(request, gatekeeper, error)
}

fn version_id(raw: &str) -> Result<VersionId, ApiError> {
    Ok(VersionId::parse(raw).map_err(DomainError::from)?)
}

fn diff_view(diff: TextDiff, from: String, to: String) -> DiffView {
    DiffView {
        from,
        to,
        unified: diff.unified,
        hunks: diff.hunks.into_iter().map(Into::into).collect(),
        insertions: diff.insertions,
        deletions: diff.deletions,
    }
}

/// Saves the room's code as a named version.
#[utoipa::path(
    params(("room_id" = String, Path, description = "The room's id")),
    request_body = NewVersion,
    responses(
        (status = 201, description = "The version was saved", body = VersionView),
        (status = 404, description = "No room has this id"),
        (status = 422, description = "The name is missing, empty or longer than 100 characters"),
    )
)]
#[post("/rooms/{room_id}/versions")]
pub async fn save_version(
    request: HttpRequest,
    history: web::Data<History>,
    gatekeeper: web::Data<Gatekeeper>,
    path: web::Path<String>,
    body: web::Json<NewVersion>,
) -> Result<HttpResponse, ApiError> {
    let (room, grant) = permitted_room(&request, &gatekeeper, &path, Need::Edit).await?;
    let name = VersionName::parse(&body.name).map_err(DomainError::from)?;
    let author = author(grant.as_ref(), body.author.as_deref());
    let saved = history
        .save_named(&room, &name, author)
        .await
        .map_err(|error| counted(&request, &gatekeeper, error))?;
    Ok(HttpResponse::Created().json(VersionView::from(saved)))
}

/// Lists the room's versions, newest first, a page at a time.
#[utoipa::path(
    params(("room_id" = String, Path, description = "The room's id"), ListQuery),
    responses(
        (status = 200, description = "A page of versions", body = VersionList),
        (status = 404, description = "No room has this id"),
        (status = 422, description = "`limit` or `before` is invalid"),
    )
)]
#[get("/rooms/{room_id}/versions")]
pub async fn list_versions(
    request: HttpRequest,
    history: web::Data<History>,
    gatekeeper: web::Data<Gatekeeper>,
    path: web::Path<String>,
    query: web::Query<ListQuery>,
) -> Result<web::Json<VersionList>, ApiError> {
    let (room, _) = permitted_room(&request, &gatekeeper, &path, Need::Read).await?;
    let limit = match query.limit.as_deref() {
        None => DEFAULT_PAGE,
        Some(raw) => raw
            .parse::<usize>()
            .ok()
            .filter(|limit| (1..=MAX_PAGE).contains(limit))
            .ok_or_else(|| {
                ApiError::Validation(format!("limit must be a whole number from 1 to {MAX_PAGE}"))
            })?,
    };
    let before = query
        .before
        .as_deref()
        .map(|raw| {
            VersionId::parse(raw)
                .map_err(|_| ApiError::Validation("before must be a version id".to_owned()))
        })
        .transpose()?;
    let page = history
        .list(&room, before, limit)
        .await
        .map_err(|error| counted(&request, &gatekeeper, error))?;
    Ok(web::Json(VersionList {
        room_id: room.to_string(),
        versions: page.versions.into_iter().map(Into::into).collect(),
        next: page.next.map(|next| next.to_string()),
    }))
}

/// Returns one version with its code.
#[utoipa::path(
    params(
        ("room_id" = String, Path, description = "The room's id"),
        ("version_id" = String, Path, description = "The version's id"),
    ),
    responses(
        (status = 200, description = "The version", body = VersionWithCode),
        (status = 404, description = "No such room or version"),
    )
)]
#[get("/rooms/{room_id}/versions/{version_id}")]
pub async fn get_version(
    request: HttpRequest,
    history: web::Data<History>,
    gatekeeper: web::Data<Gatekeeper>,
    path: web::Path<(String, String)>,
) -> Result<web::Json<VersionWithCode>, ApiError> {
    let (room, _) = permitted_room(&request, &gatekeeper, &path.0, Need::Read).await?;
    let version = version_id(&path.1)?;
    let found = history
        .get(&room, version)
        .await
        .map_err(|error| counted(&request, &gatekeeper, error))?;
    Ok(web::Json(found.into()))
}

/// The difference from a version to another, or to the live code (`live`).
#[utoipa::path(
    params(
        ("room_id" = String, Path, description = "The room's id"),
        ("version_id" = String, Path, description = "The older side: a version id"),
        ("other" = String, Path, description = "The newer side: a version id, or `live`"),
    ),
    responses(
        (status = 200, description = "The difference", body = DiffView),
        (status = 404, description = "No such room or version"),
    )
)]
#[get("/rooms/{room_id}/versions/{version_id}/diff/{other}")]
pub async fn diff_versions(
    request: HttpRequest,
    history: web::Data<History>,
    gatekeeper: web::Data<Gatekeeper>,
    path: web::Path<(String, String, String)>,
) -> Result<web::Json<DiffView>, ApiError> {
    diff_response(&request, &history, &gatekeeper, &path.0, &path.1, &path.2).await
}

/// The difference from a version to the live code.
#[utoipa::path(
    params(
        ("room_id" = String, Path, description = "The room's id"),
        ("version_id" = String, Path, description = "The version's id"),
    ),
    responses(
        (status = 200, description = "The difference", body = DiffView),
        (status = 404, description = "No such room or version"),
    )
)]
#[get("/rooms/{room_id}/versions/{version_id}/diff")]
pub async fn diff_live(
    request: HttpRequest,
    history: web::Data<History>,
    gatekeeper: web::Data<Gatekeeper>,
    path: web::Path<(String, String)>,
) -> Result<web::Json<DiffView>, ApiError> {
    diff_response(&request, &history, &gatekeeper, &path.0, &path.1, "live").await
}

/// The difference from version `from` of room `room` to version `to`, or to the live code when `to` is `live`.
async fn diff_response(
    request: &HttpRequest,
    history: &History,
    gatekeeper: &Gatekeeper,
    room: &str,
    from: &str,
    to: &str,
) -> Result<web::Json<DiffView>, ApiError> {
    let (room, _) = permitted_room(request, gatekeeper, room, Need::Read).await?;
    let from = version_id(from)?;
    let to_side = if to == "live" {
        DiffSide::Live
    } else {
        DiffSide::Version(version_id(to)?)
    };
    let diff = history
        .diff(&room, DiffSide::Version(from), to_side)
        .await
        .map_err(|error| counted(request, gatekeeper, error))?;
    let to = match to_side {
        DiffSide::Version(id) => id.to_string(),
        DiffSide::Live => "live".to_owned(),
    };
    Ok(web::Json(diff_view(diff, from.to_string(), to)))
}

/// Restores a version: the live code becomes the version's by one minimal change every client receives as an
/// ordinary edit, after the code it replaces is saved as a `before_restore` version.
#[utoipa::path(
    params(
        ("room_id" = String, Path, description = "The room's id"),
        ("version_id" = String, Path, description = "The version to restore"),
    ),
    request_body(content = Option<RestoreRequest>, description = "Optional: who restores"),
    responses(
        (status = 200, description = "The version was restored", body = RestoreView),
        (status = 404, description = "No such room or version"),
        (status = 503, description = "The database cannot be reached; nothing changed"),
    )
)]
#[post("/rooms/{room_id}/versions/{version_id}/restore")]
pub async fn restore_version(
    request: HttpRequest,
    history: web::Data<History>,
    gatekeeper: web::Data<Gatekeeper>,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<web::Json<RestoreView>, ApiError> {
    let (room, grant) = permitted_room(&request, &gatekeeper, &path.0, Need::Restore).await?;
    let version = version_id(&path.1)?;
    // The body is optional: none, or `{"author": ...}`.
    let restore: Option<RestoreRequest> = if body.iter().all(u8::is_ascii_whitespace) {
        None
    } else {
        Some(
            serde_json::from_slice(&body)
                .map_err(|error| ApiError::Validation(format!("Invalid request body: {error}")))?,
        )
    };
    let author = author(
        grant.as_ref(),
        restore
            .as_ref()
            .and_then(|restore| restore.author.as_deref()),
    );
    let restored = history
        .restore(&room, version, author)
        .await
        .map_err(|error| counted(&request, &gatekeeper, error))?;
    tracing::info!(%room, version = %restored.version.id, "version restored");
    Ok(web::Json(RestoreView {
        restored: restored.version.into(),
        before: restored.before.into(),
        room_version: restored.room_version,
    }))
}

/// Who last changed each line of the live code, and when.
#[utoipa::path(
    params(("room_id" = String, Path, description = "The room's id")),
    responses(
        (status = 200, description = "One entry per line", body = BlameView),
        (status = 404, description = "No room has this id"),
    )
)]
#[get("/rooms/{room_id}/blame")]
pub async fn blame(
    request: HttpRequest,
    history: web::Data<History>,
    gatekeeper: web::Data<Gatekeeper>,
    path: web::Path<String>,
) -> Result<web::Json<BlameView>, ApiError> {
    let (room, _) = permitted_room(&request, &gatekeeper, &path, Need::Read).await?;
    let (version, lines) = history
        .blame(&room)
        .await
        .map_err(|error| counted(&request, &gatekeeper, error))?;
    Ok(web::Json(BlameView {
        room_id: room.to_string(),
        version,
        lines: lines.into_iter().map(Into::into).collect(),
    }))
}

/// Deletes a room with its log, snapshot, versions and attributions; its connections close with 4004.
#[utoipa::path(
    params(("room_id" = String, Path, description = "The room's id")),
    responses(
        (status = 204, description = "The room was deleted"),
        (status = 404, description = "No room has this id"),
    )
)]
#[delete("/rooms/{room_id}")]
pub async fn delete_room(
    request: HttpRequest,
    history: web::Data<History>,
    gatekeeper: web::Data<Gatekeeper>,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let (room, _) = permitted_room(&request, &gatekeeper, &path, Need::Delete).await?;
    history
        .delete_room(&room)
        .await
        .map_err(|error| counted(&request, &gatekeeper, error))?;
    Ok(HttpResponse::NoContent().finish())
}
