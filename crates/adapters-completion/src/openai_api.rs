//! The wire format of OpenAI's (legacy) completions API, as llama.cpp, vLLM and Ollama accept it, and the
//! cleaning of the text a model returns.
//!
//! Only the fields pairprog uses are written or read: unknown fields of an answer are ignored, so servers that
//! add their own (`usage`, `timings`, ...) are read the same way.

use domain::ports::{ModelPrompt, ProviderError};
use serde::{Deserialize, Serialize};

/// Where generation stops: a blank line ends the statement or block being completed.
pub const STOP_SEQUENCES: [&str; 1] = ["\n\n"];

/// The sampling temperature: low, because a completion should be the likely code, not a creative one.
pub const TEMPERATURE: f64 = 0.2;

/// The longest completion kept, in characters. `max_tokens` already bounds it on the server; this bounds it
/// whatever the server does.
pub const MAX_COMPLETION_CHARS: usize = 1024;

/// The body of `POST /v1/completions`.
#[derive(Debug, Serialize, PartialEq)]
pub struct CompletionBody<'a> {
    /// The model's name, as the server knows it.
    pub model: &'a str,
    /// The code before the cursor.
    pub prompt: &'a str,
    /// The code after the cursor, for fill-in-the-middle models; left out when empty or not accepted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suffix: Option<&'a str>,
    /// The most tokens to generate.
    pub max_tokens: u32,
    /// See [`TEMPERATURE`].
    pub temperature: f64,
    /// See [`STOP_SEQUENCES`].
    pub stop: [&'a str; 1],
}

impl<'a> CompletionBody<'a> {
    /// The body asking `model` to complete `prompt`, with its suffix when `with_suffix` and it has one.
    #[must_use]
    pub fn new(
        model: &'a str,
        prompt: &'a ModelPrompt,
        max_tokens: u32,
        with_suffix: bool,
    ) -> Self {
        Self {
            model,
            prompt: prompt.prefix(),
            suffix: Some(prompt.suffix()).filter(|suffix| with_suffix && !suffix.is_empty()),
            max_tokens,
            temperature: TEMPERATURE,
            stop: STOP_SEQUENCES,
        }
    }
}

/// The part of an answer pairprog reads.
#[derive(Debug, Deserialize)]
struct CompletionAnswer {
    choices: Vec<Choice>,
}

/// One generated text.
#[derive(Debug, Deserialize)]
struct Choice {
    text: String,
}

/// The completion in an answer's body: `choices[0].text`, cleaned by [`clean_completion`]; `None` when there are
/// no choices or the text is blank.
///
/// # Errors
/// [`ProviderError::InvalidResponse`] when the body is not JSON of that shape.
pub fn read_completion(body: &[u8]) -> Result<Option<String>, ProviderError> {
    let answer: CompletionAnswer = serde_json::from_slice(body).map_err(|error| {
        ProviderError::InvalidResponse(format!("not a completions answer: {error}"))
    })?;
    Ok(answer
        .choices
        .into_iter()
        .next()
        .and_then(|choice| clean_completion(&choice.text)))
}

/// The usable part of a model's text: up to its first blank line (servers may ignore `stop`), at most
/// [`MAX_COMPLETION_CHARS`] (cut at a line end when one falls in the second half), without trailing whitespace.
/// `None` when nothing but whitespace remains.
///
/// The first line may be empty: a completion can start on the next line (after a `{` or `:`), and that line
/// break is kept.
#[must_use]
pub fn clean_completion(text: &str) -> Option<String> {
    let mut end = text.len();
    let mut line_start = 0;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        if index > 0 && line.trim().is_empty() {
            end = line_start;
            break;
        }
        line_start += line.len();
    }
    let kept = text.get(..end).unwrap_or(text);
    let kept = match kept.char_indices().nth(MAX_COMPLETION_CHARS) {
        None => kept,
        Some((cut, _)) => {
            let head = kept.get(..cut).unwrap_or(kept);
            match head.rfind('\n') {
                Some(newline) if newline >= head.len() / 2 => head.get(..newline).unwrap_or(head),
                _ => head,
            }
        }
    };
    let kept = kept.trim_end();
    (!kept.trim().is_empty()).then(|| kept.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_body_carries_the_bounded_prompt_and_the_suffix() {
        let before = "x".repeat(10_000);
        let prompt = ModelPrompt::new(&before, ")\nnext()", "Python");
        let body = serde_json::to_value(CompletionBody::new("coder", &prompt, 32, true))
            .expect("serializable");
        assert_eq!(body["model"], "coder");
        assert_eq!(
            body["prompt"].as_str().map(str::len),
            Some(domain::autocomplete::provider::PREFIX_BYTES)
        );
        assert_eq!(body["suffix"], ")\nnext()");
        assert_eq!(body["max_tokens"], 32);
        assert_eq!(body["temperature"], 0.2);
        assert_eq!(body["stop"], serde_json::json!(["\n\n"]));
    }

    #[test]
    fn the_suffix_is_left_out_when_empty_or_not_accepted() {
        let empty_after = ModelPrompt::new("a = ", "", "python");
        let body = serde_json::to_value(CompletionBody::new("m", &empty_after, 32, true))
            .expect("serializable");
        assert!(body.get("suffix").is_none(), "{body}");
        let with_after = ModelPrompt::new("a = ", "\nb", "python");
        let body = serde_json::to_value(CompletionBody::new("m", &with_after, 32, false))
            .expect("serializable");
        assert!(body.get("suffix").is_none(), "{body}");
    }

    #[test]
    fn the_first_choice_is_read() {
        let body = serde_json::json!({
            "id": "cmpl-1",
            "object": "text_completion",
            "choices": [{ "text": "a + b", "index": 0, "finish_reason": "stop" }, { "text": "other" }],
            "usage": { "total_tokens": 3 }
        });
        assert_eq!(
            read_completion(body.to_string().as_bytes()),
            Ok(Some("a + b".to_owned()))
        );
    }

    #[test]
    fn no_choice_or_a_blank_one_is_no_completion() {
        assert_eq!(read_completion(br#"{"choices":[]}"#), Ok(None));
        assert_eq!(
            read_completion(br#"{"choices":[{"text":"  \n"}]}"#),
            Ok(None)
        );
    }

    #[test]
    fn anything_else_is_an_invalid_response() {
        for body in [
            &b"<html>502 Bad Gateway</html>"[..],
            br#"{"error":{"message":"model not found"}}"#,
            br#"{"choices":[{"message":{"content":"chat, not completion"}}]}"#,
            br#"{"choices":"a + b"}"#,
            b"",
        ] {
            assert!(
                matches!(
                    read_completion(body),
                    Err(ProviderError::InvalidResponse(_))
                ),
                "{}",
                String::from_utf8_lossy(body)
            );
        }
    }

    #[test]
    fn a_completion_stops_at_its_first_blank_line() {
        assert_eq!(
            clean_completion("total = a + b\n    return total\n\ndef other():\n").as_deref(),
            Some("total = a + b\n    return total")
        );
        assert_eq!(
            clean_completion("x\n   \t\ny").as_deref(),
            Some("x"),
            "a line of spaces is blank too"
        );
        assert_eq!(clean_completion("x\r\n\r\ny").as_deref(), Some("x"));
    }

    #[test]
    fn a_completion_may_start_on_the_next_line() {
        assert_eq!(
            clean_completion("\n    return a + b\n").as_deref(),
            Some("\n    return a + b")
        );
    }

    #[test]
    fn a_long_completion_is_capped_at_a_line_end() {
        let line = "value = compute(value)\n";
        let text = line.repeat(200);
        let cleaned = clean_completion(&text).expect("not blank");
        assert!(cleaned.chars().count() <= MAX_COMPLETION_CHARS);
        assert!(
            cleaned.ends_with("compute(value)"),
            "{:?}",
            &cleaned[cleaned.len() - 20..]
        );
        let one_line = "é".repeat(5000);
        assert_eq!(
            clean_completion(&one_line).map(|text| text.chars().count()),
            Some(MAX_COMPLETION_CHARS)
        );
    }

    #[test]
    fn a_blank_completion_is_none() {
        assert_eq!(clean_completion(""), None);
        assert_eq!(clean_completion(" \n "), None);
        assert_eq!(clean_completion("\n\nx"), None);
    }
}
