//! `lib2to3` fixers, a module each, written to one shape: `class FixInput(` -> `fixer_base.BaseFix):`, the class's
//! first statement `BM_compatible = True` (the fixer can be matched by the bottom matcher), then its
//! `PATTERN = """`, and after the pattern the method the refactoring tool calls,
//! `def transform(self, node, results):`. The rules speak only in a module that imports `fixer_base`.

use super::Suggestion;
use super::cursor::{Context, indentation};

/// How sure a line of the fixer's shape is.
const CONFIDENCE: f64 = 0.9;

/// How many lines above the cursor the fixer's class is looked for.
const WINDOW: usize = 200;

/// The method the refactoring tool calls with each node the pattern matched.
const TRANSFORM: &str = "def transform(self, node, results):";

/// Runs the rules in a module that imports `fixer_base`.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let before = context.code_before_line();
    // One substring search rejects almost every module before the line by line read (a 10,000-line file costs
    // about a hundred microseconds a scan).
    if memchr::memmem::find(before.as_bytes(), b"fixer_base").is_none() {
        return;
    }
    let imports_fixer_base = before.lines().any(|line| {
        line.starts_with("from ")
            && line
                .split_once(" import ")
                .is_some_and(|(_, names)| names.split(',').any(|name| name.trim() == "fixer_base"))
    });
    if !imports_fixer_base {
        return;
    }
    fixer_base_class(context, out);
    fixer_body(context, out);
}

/// Offers the rest of `line` when what is typed on the cursor's line begins it.
fn finish_line(context: &Context<'_>, line: &str, out: &mut Vec<Suggestion>) {
    if let Some(rest) = context.rest_of_typed_line(line) {
        out.push(Suggestion::construct(rest, CONFIDENCE));
    }
}

/// `class FixInput(` -> `fixer_base.BaseFix):`: a fixer extends the module's base fixer.
fn fixer_base_class(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if indentation(context.line_before) > 0 {
        return;
    }
    let Some((name, _)) = context
        .line_before
        .strip_prefix("class Fix")
        .and_then(|rest| rest.split_once('('))
    else {
        return;
    };
    if name.chars().all(|c| c.is_alphanumeric() || c == '_') {
        finish_line(
            context,
            &format!("class Fix{name}(fixer_base.BaseFix):"),
            out,
        );
    }
}

/// In a `fixer_base.BaseFix` class: `BM_compatible = True` first, `PATTERN = """` after it, and once the pattern
/// is written, `def transform(self, node, results):` (also when begun: `def tra` -> `nsform(self, node, results):`).
fn fixer_body(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let width = indentation(context.line_before);
    if width == 0 {
        return;
    }
    // The class's statements at the cursor's indentation, nearest first, and whether a string is left open
    // between them (the pattern's lines are not statements).
    let mut statements = Vec::new();
    let mut class = None;
    for line in context.code_before_line().lines().rev().take(WINDOW) {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let depth = indentation(line);
        if depth < width && !trimmed.starts_with("\"\"\"") && !trimmed.ends_with("\"\"\"") {
            class = Some(trimmed);
            break;
        }
        if depth == width {
            statements.push(trimmed);
        }
    }
    let Some(class) = class else {
        return;
    };
    if !(class.starts_with("class Fix") && class.ends_with("(fixer_base.BaseFix):")) {
        return;
    }
    if statements
        .iter()
        .any(|statement| statement.starts_with("def "))
    {
        return;
    }
    let typed = context.line_before.trim_start();
    let has_pattern = statements
        .iter()
        .any(|statement| statement.starts_with("PATTERN = "));
    let line = if statements.is_empty() {
        "BM_compatible = True"
    } else if statements.first() == Some(&"BM_compatible = True") {
        "PATTERN = \"\"\""
    } else if has_pattern && pattern_closed(context) || typed.starts_with("def ") {
        TRANSFORM
    } else {
        return;
    };
    finish_line(context, line, out);
}

/// Whether the `PATTERN = """` string above is closed (an odd count of triple quotes leaves it open).
fn pattern_closed(context: &Context<'_>) -> bool {
    let before = context.code_before_line();
    let start = before.rfind("PATTERN = ").unwrap_or(0);
    before[start..].matches("\"\"\"").count().is_multiple_of(2)
}
