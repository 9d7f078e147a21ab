//! `POST /autocomplete`: a suggestion for the text at a cursor (the rules, and a model when one is configured).

use actix_web::{post, web};
use domain::{
    autocomplete::{self, CompletionRequest},
    services::{AUTOCOMPLETE_TURN_WAIT, AutocompleteService},
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::api_error::ApiError;

/// Code, a cursor in it, and its language.
#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct AutocompleteRequest {
    /// The code being edited.
    #[schema(example = "def calculate_sum(a, b):\n    return ")]
    pub code: String,
    /// The cursor, counted in Unicode scalar values (as Python indexes a `str`) from the start of `code`.
    /// Must be between 0 and the length of `code`.
    #[schema(example = 35)]
    pub cursor_position: usize,
    /// The language (`python`, `javascript`, `typescript`, `rust`, `go`, `java`, `c`, `cpp`, ...).
    #[serde(default)]
    #[schema(example = "python")]
    pub language: String,
}

/// One ranked suggestion.
#[derive(Serialize, ToSchema)]
pub struct RankedSuggestion {
    /// Text to insert at the cursor.
    pub text: String,
    /// Confidence from 0 to 1.
    pub confidence: f64,
    /// What kind of completion it is (`"model"` for a model's completion).
    pub kind: &'static str,
}

/// The suggestion to show inline, and every candidate ranked.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct AutocompleteResponse {
    /// The text to insert at the cursor; empty when nothing fits or the engine is not sure enough (a wrong
    /// suggestion costs more than none).
    #[schema(example = "a + b")]
    pub suggestion: String,
    /// Confidence in `suggestion`, from 0 to 1 (0 when empty).
    #[schema(example = 0.95)]
    pub confidence: f64,
    /// Where the caret goes inside `suggestion` once inserted, in Unicode scalar values from its start: 4 for
    /// `log()` (between the parentheses), the length of `suggestion` when it goes at the end, 0 when empty.
    #[schema(example = 5)]
    pub cursor_offset: usize,
    /// Every candidate, best first (what a completion popup shows); when `suggestion` is not empty, the first
    /// equals it.
    pub suggestions: Vec<RankedSuggestion>,
}

/// Suggests the text to insert at the cursor.
#[utoipa::path(
    request_body = AutocompleteRequest,
    responses(
        (status = 200, description = "A suggestion (empty when nothing fits)", body = AutocompleteResponse),
        (status = 413, description = "The body is larger than the configured limit"),
        (status = 415, description = "The body is not JSON"),
        (status = 422, description = "A field is missing or invalid, or the cursor lies outside the code"),
    )
)]
#[post("/autocomplete")]
pub async fn suggest(
    service: web::Data<AutocompleteService>,
    background: web::Data<tokio::runtime::Handle>,
    request: web::Json<serde_json::Value>,
) -> Result<web::Json<AutocompleteResponse>, ApiError> {
    // Read as a JSON value first: that is where serde_json's nesting limit (128) applies. Read straight into
    // the request type, a field it ignores is skipped at any depth, so a body nested 10,000 levels deep in
    // an extra field was accepted.
    let request: AutocompleteRequest = serde_json::from_value(request.into_inner())
        .map_err(|cause| ApiError::Validation(format!("Invalid request body: {cause}")))?;
    let asked = std::time::Instant::now();
    // On the background runtime: the rules take a while on a large file, and the HTTP worker serving this
    // request also serves WebSocket connections that must not wait for it.
    let service = service.into_inner();
    let suggested = background
        .spawn(async move {
            let completion = CompletionRequest {
                code: &request.code,
                cursor: request.cursor_position,
                language: &request.language,
            };
            // A request that finds every turn taken for too long is answered empty rather than late.
            let give_up = tokio::time::sleep(AUTOCOMPLETE_TURN_WAIT);
            service.suggest_within(&completion, give_up).await
        })
        .await
        .map_err(ApiError::BackgroundTask)?;
    ::metrics::histogram!(crate::prometheus::AUTOCOMPLETE_DURATION, "transport" => "rest")
        .record(asked.elapsed());
    let suggestions = suggested.map_err(|error| ApiError::Validation(error.to_string()))?;
    let (suggestion, confidence, cursor_offset) = autocomplete::inline_suggestion(&suggestions)
        .map_or((String::new(), 0.0, 0), |best| {
            (best.text.clone(), best.confidence, best.cursor_offset)
        });
    Ok(web::Json(AutocompleteResponse {
        suggestion,
        confidence,
        cursor_offset,
        suggestions: suggestions
            .into_iter()
            .map(|s| RankedSuggestion {
                text: s.text,
                confidence: s.confidence,
                kind: s.kind,
            })
            .collect(),
    }))
}
