//! The statement a beginner's loop still needs, on the blank line of its body:
//! - a `while` loop over a counter its body has not moved yet steps it (`i = 0`, `while i < 10:`,
//!   `print(i)` -> `i += 1`; `while (n > 0) {` ... -> `n--;`; Go's `for i < 10 {` -> `i++`);
//! - a total started at zero right above a loop over a collection adds the loop's element (`total = 0`,
//!   `for n in nums:` -> `total += n`; `int sum = 0;` `for (int x : v) {` -> `sum += x;`);
//! - a game loop's flag, set inside the loop it keeps going, is turned off (`running = True`, `while running:`,
//!   ..., `running = ` -> `False`; `while (running) {` ... `running = ` -> `false;`).
//! - an empty text is skipped once stripped (`for line in f:`, `line = line.strip()`, `if not line:` ->
//!   `continue`; `const word = raw.trim();`, `if (!word) ` -> `continue;`).
//!
//! Both read only the few lines above the cursor, and speak only on the textbook shape: a counter declared with a
//! number just above its loop, a body of one to three plain statements that never touch it.

use super::Suggestion;
use super::cursor::{Context, indentation};
use super::idioms::{loop_element, terminator};
use super::language::Language;
use super::lexer::is_identifier_char;

/// How many lines above the cursor are read: a short body, its header and the declarations just above it.
const LINES_READ: usize = 12;

/// Runs the rules on a blank line inside a block.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    flag_turned_off(context, out);
    empty_element_skipped(context, out);
    if !context.on_blank_line_start() || !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let depth = context.current_indentation();
    if depth == 0 {
        return;
    }
    let Some(shape) = LoopShape::read(context.code_before_line(), depth) else {
        return;
    };
    if let Some(step) = counter_step(context, &shape) {
        out.push(Suggestion::construct(step, 0.8));
    } else if let Some(addition) = running_total(context, &shape) {
        out.push(Suggestion::construct(addition, 0.8));
    }
}

/// The loop around a blank line: its header, the statements of its body so far and the lines above the header,
/// all trimmed and nearest first.
struct LoopShape<'a> {
    header: &'a str,
    body: Vec<&'a str>,
    above: Vec<&'a str>,
}

impl<'a> LoopShape<'a> {
    /// Reads the block holding a blank line indented `depth`, or `None` when its body nests a block of its own.
    fn read(code_before_line: &'a str, depth: usize) -> Option<Self> {
        let mut lines = code_before_line
            .lines()
            .rev()
            .take(LINES_READ)
            .filter(|line| !line.trim().is_empty());
        let mut body = Vec::new();
        let header = loop {
            let line = lines.next()?;
            let width = indentation(line);
            if width < depth {
                break line.trim();
            }
            if width > depth || opens_block(line.trim()) {
                return None;
            }
            body.push(line.trim());
        };
        let above = lines.take(3).map(str::trim).collect();
        Some(Self {
            header,
            body,
            above,
        })
    }
}

/// Whether a line opens a block or leaves the loop: a body holding one is no longer the textbook shape.
fn opens_block(line: &str) -> bool {
    line.ends_with([':', '{'])
        || line.starts_with('}')
        || ["break", "continue", "return"]
            .iter()
            .any(|keyword| line.starts_with(keyword))
}

/// `while i < 10:` whose body printed `i` without moving it -> `i += 1` (`i++;`, `n -= 1`, `n--;` for a count
/// down): the counter must have been set to a number on one of the lines just above the loop.
fn counter_step(context: &Context<'_>, shape: &LoopShape<'_>) -> Option<String> {
    let language = context.profile.language;
    let condition = match language {
        // Go's `while` is a `for` with a condition alone.
        Language::Go => shape
            .header
            .strip_prefix("for ")
            .filter(|condition| !condition.contains(';') && !condition.contains(":="))?,
        _ => shape.header.strip_prefix("while")?,
    };
    let condition = condition.trim().trim_end_matches(['{', ':']).trim();
    let condition = condition
        .strip_prefix('(')
        .and_then(|inner| inner.strip_suffix(')'))
        .unwrap_or(condition);
    // One comparison: with several, which side moves is not sure.
    if [" and ", " or ", "&&", "||"]
        .iter()
        .any(|joiner| condition.contains(joiner))
    {
        return None;
    }
    let (counter, upward) = [
        (" <= ", true),
        (" < ", true),
        (" >= ", false),
        (" > ", false),
    ]
    .iter()
    .find_map(|(operator, upward)| {
        condition
            .split_once(operator)
            .map(|(left, _)| (left.trim(), *upward))
    })?;
    if counter.is_empty() || !counter.chars().all(is_identifier_char) {
        return None;
    }
    if shape.body.is_empty()
        || shape.body.len() > 3
        || shape.body.iter().any(|line| moves(line, counter))
    {
        return None;
    }
    if !shape
        .above
        .iter()
        .any(|line| set_to_number(line, counter).is_some())
    {
        return None;
    }
    let step = match (language, upward) {
        (Language::Python | Language::Rust, true) => format!("{counter} += 1"),
        (Language::Python | Language::Rust, false) => format!("{counter} -= 1"),
        (_, true) => format!("{counter}++"),
        (_, false) => format!("{counter}--"),
    };
    Some(format!("{step}{}", terminator(context)))
}

/// Whether a statement changes `name` (`name += 1`, `name++`, `name = name * 2`, `--name`).
fn moves(line: &str, name: &str) -> bool {
    line.match_indices(name).any(|(at, _)| {
        let before = line.get(..at).unwrap_or("");
        let after = line.get(at + name.len()..).unwrap_or("");
        let whole_word =
            !before.ends_with(is_identifier_char) && !after.starts_with(is_identifier_char);
        let after = after.trim_start();
        whole_word
            && (before.ends_with("++")
                || before.ends_with("--")
                || after.starts_with("++")
                || after.starts_with("--")
                || (after.starts_with('=') && !after.starts_with("=="))
                || ["+=", "-=", "*=", "/=", "//=", "%=", "<<=", ">>=", ":="]
                    .iter()
                    .any(|operator| after.starts_with(operator)))
    })
}

/// The number `name` is set to on a declaration line (`i = 0`, `let mut i = 0;`, `int n = 10;`, `i := 1`).
fn set_to_number(line: &str, name: &str) -> Option<i64> {
    let (left, right) = line.split_once(" := ").or_else(|| line.split_once(" = "))?;
    // `let i: number = 0`, `i: int = 0`: the annotation is not the name.
    let left = left.split(':').next().unwrap_or(left).trim_end();
    let declared = left.rsplit(' ').next()?;
    if declared != name {
        return None;
    }
    right.trim().trim_end_matches(';').trim().parse().ok()
}

/// `total = 0` just above `for n in nums:` whose body is still empty -> `total += n` (`sum += x;`, a product set
/// to one -> `product *= n`).
fn running_total(context: &Context<'_>, shape: &LoopShape<'_>) -> Option<String> {
    if !shape.body.is_empty() {
        return None;
    }
    let element = loop_element(shape.header)?;
    let (total, start) = shape.above.iter().take(2).find_map(|line| {
        let (left, _) = line.split_once(" := ").or_else(|| line.split_once(" = "))?;
        let name = left
            .split(':')
            .next()
            .unwrap_or(left)
            .trim_end()
            .rsplit(' ')
            .next()?;
        let start = set_to_number(line, name)?;
        Some((name, start))
    })?;
    let lowered = total.to_ascii_lowercase();
    let operator = if start == 0 && ["sum", "total"].iter().any(|word| lowered.ends_with(word)) {
        "+="
    } else if start == 1 && lowered.ends_with("product") {
        "*="
    } else {
        return None;
    };
    // Rust's loop over a borrowed collection gives references: `sum += n` adds through them alike.
    Some(format!(
        "{total} {operator} {element}{}",
        terminator(context)
    ))
}

/// `running = ` inside `while running:` (or `while (running) {`), the flag started `True` above the loop: the
/// only thing a loop's body assigns to its own flag is the value that ends it (a quit event, a `'q'` key).
fn flag_turned_off(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() || context.member.is_some() {
        return;
    }
    let Some(flag) = context
        .line_before
        .trim()
        .strip_suffix('=')
        .map(str::trim_end)
        .filter(|flag| !flag.is_empty() && flag.chars().all(is_identifier_char))
    else {
        return;
    };
    // Inside a test of its own (`if event.type == QUIT:`, `case 'q':`): a flag turned off as the loop's first
    // statement would make it run once.
    let guarded = context.enclosing_lines().skip(1).any(|header| {
        let condition = header
            .strip_prefix("while")
            .map(|rest| rest.trim().trim_end_matches([':', '{']).trim_end());
        condition.is_some_and(|condition| {
            condition == flag
                || condition
                    .strip_prefix('(')
                    .and_then(|c| c.strip_suffix(')'))
                    == Some(flag)
        })
    });
    if !guarded {
        return;
    }
    let python = context.profile.language == Language::Python;
    let (on, off) = if python {
        ("True", "False")
    } else {
        ("true", "false")
    };
    // The flag must start on: a loop waiting for a flag to turn on (`while not done`) is another shape.
    let started_on = context.code_lines_above().take(LINES_READ * 4).any(|line| {
        line.strip_suffix(';')
            .unwrap_or(line)
            .split_once('=')
            .is_some_and(|(name, value)| {
                name.split_whitespace().last() == Some(flag) && value.trim() == on
            })
    });
    if started_on {
        let end = if python {
            ""
        } else {
            super::idioms::terminator(context)
        };
        out.push(Suggestion::construct(format!("{off}{end}"), 0.85));
    }
}

/// `continue` under `if not line:` (on a blank line) or after `if (!line) `, in a loop that just cleaned `line`
/// (`line = line.strip()`): a blank line of input, an empty word, is passed over.
fn empty_element_skipped(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let python = context.profile.language == Language::Python;
    let mut headers = context.enclosing_lines();
    let tested = if python {
        if !context.on_blank_line_start() {
            return;
        }
        headers
            .next()
            .and_then(|line| line.strip_prefix("if not "))
            .and_then(|test| test.strip_suffix(':'))
    } else if matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript
    ) {
        context
            .line_before
            .trim_start()
            .strip_prefix("if (!")
            .and_then(|test| test.strip_suffix(") "))
    } else {
        None
    };
    let Some(tested) = tested else {
        return;
    };
    // Only a text cleaned in the loop (`line = line.strip()`, `const word = raw.trim();`): a blank one is then
    // skipped. An element tested as it came (`if not line:`) ends the loop (`break`) as often.
    let cleaned = context.code_lines_above().take(4).any(|line| {
        let assignment = ["const ", "let "]
            .iter()
            .find_map(|keyword| line.strip_prefix(keyword))
            .unwrap_or(line);
        assignment
            .strip_prefix(tested)
            .and_then(|rest| rest.strip_prefix(" = "))
            .is_some_and(|value| {
                [".strip()", ".trim()", ".strip();", ".trim();"]
                    .iter()
                    .any(|call| value.ends_with(call))
            })
    });
    let in_loop = headers.any(|header| header.starts_with("for") && loop_element(header).is_some());
    if cleaned && in_loop {
        let end = if python { "" } else { terminator(context) };
        out.push(Suggestion::construct(format!("continue{end}"), 0.86));
    }
}
