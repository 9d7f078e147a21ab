//! The result a loop has just computed, printed right after it (and a loop's pair, printed as its first statement:
//! `for name, score in scores.items():` then `print(` -> `name, score)`): under `total = 0`, `for x in nums:`,
//! `    total += x`, the line `print(` -> `total)`; C's `printf(` -> `"%d\n", sum);` (the format from the
//! variable's declared type), Rust's `println!(` -> `"{}", sum);`, Java's `System.out.println(` -> `total);`,
//! C++'s `std::cout << ` -> `sum << std::endl;`.
//!
//! A loop that updates a variable declared before it (`+=`, `++`, `best = max(best, x)`, `max = v` under an `if`,
//! `items.append(x)`) computes that variable: the statement right after the loop reports it. Before this rule the
//! loop's own counter (`i`), out of scope there in most languages, was listed first. One such variable is offered
//! inline; several are only listed, the last updated first. After a Rust function's last loop, the same variable is
//! the tail expression (`Some(max)` in a function returning an `Option`).

use super::Suggestion;
use super::c_family::{FormatCall, declared_variable};
use super::cursor::{Context, indentation};
use super::language::Language;
use super::lexer::{contains_word, is_identifier_char, is_plain_name};

/// How sure the one variable a loop updated is as what the print after it shows.
const CONFIDENCE: f64 = 0.86;

/// The confidence of each of several updated variables: listed, never inline.
const LISTED: f64 = 0.45;

/// How many lines above the cursor a loop's header is looked for.
const LINES_SEARCHED: usize = 80;

/// How a print call takes its value, by language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Print {
    /// `print(`, `console.log(`, `System.out.println(`, `fmt.Println(`: the value, then `)`.
    Call,
    /// C's `printf(`: a format for the value's type, then the value.
    CFormat,
    /// C's `printf("%d\n", `: the format is written, the value follows.
    CValue,
    /// Rust's `println!(`: `"{}"` (or `"{:?}"` for a collection), then the value.
    RustFormat,
    /// C++'s `std::cout << `: the value, then the end of the line.
    Stream,
}

/// Runs the rule where the first value of a print call is being typed right after a loop, or as the first
/// statement of a loop over pairs.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.member.is_some()
        || !(context.at_line_end() || super::auto_paired(context.line_after))
    {
        return;
    }
    if context.profile.language == Language::Rust && context.line_before.trim().is_empty() {
        rust_tail_after_loop(context, out);
        return;
    }
    if matches!(context.line_before.trim(), "" | "return") {
        returned_after_loop(context, out);
    }
    let Some(print) = print_call(context) else {
        return;
    };
    if print == Print::Call
        && let Some(text) = pair_of_loop(context)
    {
        if let Some(rest) = text.strip_prefix(context.prefix) {
            out.push(Suggestion::of_kind(rest, CONFIDENCE, "expression"));
        }
        return;
    }
    let Some((header, body)) = loop_just_closed(context) else {
        return;
    };
    let (updated, before_loop) = loop_results(context, header, body);
    let Some(&(last, _)) = updated.last() else {
        return;
    };
    let single = updated.len() == 1;
    for (rank, &(name, collection)) in updated.iter().rev().enumerate() {
        if !name.starts_with(context.prefix) || name == context.prefix {
            continue;
        }
        let Some(text) = printed(context, print, name, collection, before_loop) else {
            continue;
        };
        let Some(rest) = text.strip_prefix(context.prefix) else {
            continue;
        };
        #[allow(clippy::cast_precision_loss)] // a handful of variables
        let confidence = if single && name == last {
            CONFIDENCE
        } else {
            LISTED - 0.01 * rank as f64
        };
        out.push(Suggestion::of_kind(rest, confidence, "expression"));
    }
}

/// The last line of a function whose last loop computed one variable -> `return total;` (`total;` after a typed
/// `return `): the function answers what its loop computed. In a typed language the variable's declared type must
/// be the function's result type (`std::vector<std::string> lines;` in `std::vector<std::string> read_lines(`, `m
/// := make(map[int]User, ...)` in a function returning `map[int]User`, `const struct product *best` in `const
/// struct product *most_expensive(`); without types, a variable started empty or at zero before the loop.
fn returned_after_loop(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let language = context.profile.language;
    let next_line = context
        .code
        .get(context.cursor..)
        .unwrap_or_default()
        .lines()
        .skip(1)
        .find(|line| !line.trim().is_empty());
    let last_line = match language {
        Language::Python => {
            next_line.is_none_or(|line| indentation(line) < context.current_indentation())
        }
        _ => next_line.is_none_or(|line| line.trim_start().starts_with('}')),
    };
    let body_level = if language == Language::Python {
        context
            .enclosing_lines()
            .next()
            .is_some_and(|header| header.starts_with("def ") || header.starts_with("async def "))
    } else {
        super::statements::at_body_level(context)
    };
    if !last_line || !body_level {
        return;
    }
    let Some((header, body)) = loop_just_closed(context) else {
        return;
    };
    // `m[u.ID] = u`: a collection filled element by element is what the loop made, too.
    let filled = body.iter().find_map(|line| {
        let (target, _) = line.split_once("] = ")?;
        let (name, _) = target.split_once('[')?;
        is_plain_name(name).then_some(name)
    });
    let (mut updated, before_loop) = loop_results(context, header, body);
    if updated.is_empty()
        && let Some(name) = filled.filter(|name| declared_before(context, before_loop, name))
    {
        updated.push((name, true));
    }
    let [(name, collection)] = updated.as_slice() else {
        return;
    };
    let Some(function) = super::statements::enclosing_function(context) else {
        return;
    };
    // Without types, only a number named as a result, after a typed `return `: a list is as often joined or
    // sorted first, and a `main` or a scanner's position is no answer.
    let untyped = matches!(language, Language::Python | Language::JavaScript);
    if untyped
        && (*collection
            || context.line_before.trim().is_empty()
            || !super::statements::RESULT_NAMES.contains(name))
    {
        return;
    }
    let Some(declaration) = before_loop.lines().rev().take(LINES_SEARCHED).find(|line| {
        let line = line.trim_start();
        line.split_once(" = ")
            .or_else(|| line.split_once(" := "))
            .map_or_else(|| line.trim_end_matches(';'), |(target, _)| target)
            .split_whitespace()
            .next_back()
            .is_some_and(|declared| declared.trim_start_matches('*') == *name)
    }) else {
        return;
    };
    let declaration = declaration.trim();
    let value = declaration
        .split_once(" = ")
        .or_else(|| declaration.split_once(" := "))
        .map_or("", |(_, value)| value.trim_end_matches(';').trim());
    let started_empty = matches!(
        value,
        "0" | "0.0" | "[]" | "{}" | "\"\"" | "''" | "set()" | "dict()" | "list()" | "None" | "null"
    );
    let fits = match language {
        Language::Python | Language::JavaScript => started_empty,
        Language::Go => {
            let declared = value
                .strip_prefix("make(")
                .map(|rest| rest.split([',', ')']).next().unwrap_or(""))
                .or_else(|| value.split_once('{').map(|(kind, _)| kind))
                .unwrap_or("");
            match function.results.as_slice() {
                [result] => *result == declared || (value == "0" && result.starts_with("int")),
                _ => false,
            }
        }
        Language::TypeScript => {
            let declared = declaration
                .split_once(" = ")
                .map_or(declaration, |(target, _)| target)
                .split_once(": ")
                .map(|(_, kind)| kind.trim());
            match (function.results.as_slice(), declared) {
                ([result], Some(kind)) => result.trim() == kind,
                ([result], None) => {
                    (value == "[]" && result.ends_with("[]"))
                        || (value == "0" && *result == "number")
                }
                _ => false,
            }
        }
        Language::C | Language::Cpp | Language::Java => {
            let target = declaration
                .split_once(" = ")
                .map_or(declaration.trim_end_matches(';'), |(target, _)| target);
            let declared = target.strip_suffix(name).map(str::trim);
            let header_line = context.enclosing_lines().next().unwrap_or_default();
            let result = header_line
                .split_once(&format!("{}(", function.name))
                .map(|(result, _)| result.trim());
            let bare = |text: &str| -> String {
                [
                    "public ",
                    "private ",
                    "protected ",
                    "static ",
                    "inline ",
                    "final ",
                ]
                .iter()
                .fold(text, |text, modifier| text.trim_start_matches(modifier))
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect()
            };
            matches!((declared, result), (Some(declared), Some(result)) if !declared.is_empty() && bare(declared) == bare(result))
        }
        _ => false,
    };
    if !fits {
        return;
    }
    let end = super::idioms::terminator(context);
    // An average's loop summed: what it returns divides the sum by the count (`sum / values.length;`).
    let returned = super::statements::mean_of_sum(context, &function, name)
        .unwrap_or_else(|| (*name).to_owned());
    let text = if context.line_before.trim().is_empty() {
        format!("return {returned}{end}")
    } else {
        format!("{returned}{end}")
    };
    out.push(Suggestion::of_kind(text, CONFIDENCE, "expression"));
}

/// The blank line after a Rust function's last loop, at the body's own depth: the tail expression is the one
/// variable the loop computed, wrapped as the function's result type says (`Some(max)` for an `Option`, `Ok(total)`
/// for a `Result`).
fn rust_tail_after_loop(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    // The function's last line: only its closing brace follows.
    let last_line = context
        .code
        .get(context.cursor..)
        .unwrap_or_default()
        .lines()
        .skip(1)
        .map(str::trim)
        .find(|line| !line.is_empty())
        .is_none_or(|line| line.starts_with('}'));
    if !last_line {
        return;
    }
    let Some((header, body)) = loop_just_closed(context) else {
        return;
    };
    let Some(function) = super::statements::enclosing_function(context) else {
        return;
    };
    // At the function body's depth.
    let function_line = context.enclosing_lines().next();
    if !function_line.is_some_and(|line| line.starts_with("fn ") || line.starts_with("pub fn ")) {
        return;
    }
    let [result] = function.results.as_slice() else {
        return;
    };
    let (updated, before_loop) = loop_results(context, header, body);
    let [(name, _)] = updated.as_slice() else {
        return;
    };
    // The variable must be the function's own, declared in its body (`let mut max = ...`).
    let declared = before_loop
        .lines()
        .rev()
        .take(LINES_SEARCHED)
        .any(|line| line.trim_start().starts_with(&format!("let mut {name}")));
    if !declared {
        return;
    }
    let result = result.trim();
    let text = if result.starts_with("Option<") {
        format!("Some({name})")
    } else if result.starts_with("Result<") || result.starts_with("io::Result<") {
        format!("Ok({name})")
    } else {
        (*name).to_owned()
    };
    out.push(Suggestion::of_kind(text, CONFIDENCE, "expression"));
}

/// `for name, score in scores.items():` then `print(` -> `name, score)`: the first statement of a loop over pairs
/// prints both (JavaScript's `for (const [k, v] of ...) {`, Go's `for k, v := range m {`; not Go's `_`).
fn pair_of_loop(context: &Context<'_>) -> Option<String> {
    let header = context.previous_code_line()?.trim();
    let pair = match context.profile.language {
        Language::Python => {
            header
                .strip_prefix("for ")?
                .split_once(" in ")
                .filter(|_| header.ends_with(':'))?
                .0
        }
        Language::JavaScript | Language::TypeScript => {
            header
                .strip_prefix("for (const [")
                .or_else(|| header.strip_prefix("for (let ["))?
                .split_once("] of ")?
                .0
        }
        Language::Go => {
            header
                .strip_prefix("for ")?
                .split_once(" := range ")
                .filter(|_| header.ends_with('{'))?
                .0
        }
        _ => return None,
    };
    let (first, second) = pair.split_once(',')?;
    let (first, second) = (first.trim(), second.trim());
    if !is_plain_name(first) || !is_plain_name(second) || first == "_" {
        return None;
    }
    let end = match context.profile.language {
        Language::JavaScript | Language::TypeScript => super::idioms::terminator(context),
        _ => "",
    };
    Some(format!("{first}, {second}){end}"))
}

/// Which print call the line is, when the cursor is at its first value (after any letters of it).
fn print_call(context: &Context<'_>) -> Option<Print> {
    let statement = context.before_prefix().trim_start();
    let language = context.profile.language;
    let call = match language {
        Language::Python => statement == "print(",
        Language::JavaScript | Language::TypeScript => statement == "console.log(",
        Language::Java => matches!(statement, "System.out.println(" | "System.out.print("),
        Language::Go => matches!(statement, "fmt.Println(" | "fmt.Print("),
        _ => false,
    };
    if call {
        return Some(Print::Call);
    }
    match language {
        Language::C | Language::Cpp if context.prefix.is_empty() && statement == "printf(" => {
            Some(Print::CFormat)
        }
        Language::C | Language::Cpp
            if statement
                .strip_prefix("printf(\"")
                .and_then(|rest| rest.strip_suffix("\", "))
                .is_some_and(|format| {
                    !format.contains('"') && format.matches('%').count() == 1
                }) =>
        {
            Some(Print::CValue)
        }
        Language::Rust if context.prefix.is_empty() && statement == "println!(" => {
            Some(Print::RustFormat)
        }
        Language::Cpp if matches!(statement, "std::cout << " | "cout << ") => Some(Print::Stream),
        _ => None,
    }
}

/// The loop that the line above the cursor closes, at the cursor's indentation: its header line and its body's
/// lines, nearest first. Python's body is the lines indented under the header; elsewhere the lines from the
/// header's `{` to the `}` on the line above.
fn loop_just_closed<'a>(context: &Context<'a>) -> Option<(&'a str, Vec<&'a str>)> {
    let width = context.current_indentation();
    let braced = context.profile.language != Language::Python;
    let mut body = Vec::new();
    let mut depth = 0i32;
    for line in context
        .code_before_line()
        .lines()
        .rev()
        .take(LINES_SEARCHED)
    {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with("//") {
            continue;
        }
        if !braced {
            let depth_here = indentation(line);
            if depth_here > width {
                body.push(trimmed);
                continue;
            }
            let header = !body.is_empty()
                && depth_here == width
                && opens_loop(trimmed)
                && trimmed.ends_with(':');
            return header.then_some((line, body));
        }
        // The line above must be the loop's own closing brace.
        if depth == 0 && (trimmed != "}" || indentation(line) != width) {
            return None;
        }
        let outside = outside_literals(trimmed);
        let closes = i32::try_from(outside.matches('}').count()).unwrap_or(i32::MAX);
        let opens = i32::try_from(outside.matches('{').count()).unwrap_or(i32::MAX);
        depth += closes - opens;
        if depth <= 0 {
            let header = depth == 0 && indentation(line) == width && opens_loop(trimmed);
            return header.then_some((line, body));
        }
        body.push(trimmed);
    }
    None
}

/// Where `line`, a slice of `text`, starts in it.
fn line_offset(text: &str, line: &str) -> usize {
    (line.as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
}

/// Whether a trimmed line is a loop's header: `for`, `while`, Rust's `loop` (not `} while (...);`, which ends one).
fn opens_loop(line: &str) -> bool {
    let word_end = line
        .find(|c: char| !is_identifier_char(c))
        .unwrap_or(line.len());
    matches!(&line[..word_end], "for" | "while" | "loop")
}

/// The text of a line outside its string and character literals, roughly: enough to count its braces.
fn outside_literals(line: &str) -> String {
    line.split('"').step_by(2).collect()
}

/// What a loop that has just closed computed: the variables its body updates that the code before it declares
/// (`updated_variables`), its own counter left out (`while i < n:` ... `i += 1` is no result), and the code before
/// the loop, where they were declared.
fn loop_results<'a, 'c>(
    context: &Context<'c>,
    header: &str,
    body: Vec<&'a str>,
) -> (Vec<(&'a str, bool)>, &'c str) {
    let code_above = context.code_before_line();
    let before_loop = code_above
        .get(..line_offset(code_above, header))
        .unwrap_or_default();
    let mut updated = updated_variables(context, body, before_loop);
    updated.retain(|&(name, _)| {
        !header
            .split(|c: char| !is_identifier_char(c))
            .any(|word| word == name)
    });
    (updated, before_loop)
}

/// The variables a loop's body updates and the code before the loop declares, in the order of their last
/// update, each with whether it is a collection that the body adds to.
fn updated_variables<'a>(
    context: &Context<'_>,
    body: Vec<&'a str>,
    before_loop: &str,
) -> Vec<(&'a str, bool)> {
    let mut updated: Vec<(&'a str, bool)> = Vec::new();
    // The body was read bottom-up: its last update is the first line.
    for line in body.into_iter().rev() {
        let Some((name, collection)) = update_of(line) else {
            continue;
        };
        if !declared_before(context, before_loop, name) {
            continue;
        }
        updated.retain(|(known, _)| *known != name);
        updated.push((name, collection));
    }
    updated
}

/// The variable a statement updates: `total += x`, `count++`, `++count`, `best = max(best, x)`, `found = true`,
/// and the collection `items.append(x)` adds to (with `true`).
fn update_of(line: &str) -> Option<(&str, bool)> {
    let line = line.trim_end_matches(';');
    if let Some(rest) = line.strip_prefix("++").or_else(|| line.strip_prefix("--")) {
        return is_plain_name(rest).then_some((rest, false));
    }
    let name_end = line.find(|c: char| !is_identifier_char(c))?;
    let name = &line[..name_end];
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let rest = &line[name_end..];
    if rest == "++" || rest == "--" {
        return Some((name, false));
    }

    for method in [".append(", ".push(", ".push_back(", ".add("] {
        if rest.starts_with(method) {
            return Some((name, true));
        }
    }
    let rest = rest.trim_start();
    if ["+=", "-=", "*=", "/=", "%=", "|=", "&=", "^="]
        .iter()
        .any(|operator| rest.starts_with(operator))
    {
        return Some((name, false));
    }
    rest.strip_prefix('=')
        .is_some_and(|value| !value.starts_with('='))
        .then_some((name, false))
}

/// Whether the code before the loop names `name` (its declaration or first assignment), not as a keyword.
fn declared_before(context: &Context<'_>, before_loop: &str, name: &str) -> bool {
    !context.profile.words.iter().any(|word| word.text == name) && contains_word(before_loop, name)
}

/// The text that prints `name` in the call's form, or `None` where the form needs what is not known (a C
/// variable of an undeclared type, a C collection).
fn printed(
    context: &Context<'_>,
    print: Print,
    name: &str,
    collection: bool,
    before_loop: &str,
) -> Option<String> {
    let language = context.profile.language;
    Some(match print {
        Print::Call => {
            let end = match language {
                Language::Java => ";",
                Language::JavaScript | Language::TypeScript => super::idioms::terminator(context),
                _ => "",
            };
            format!("{name}){end}")
        }
        Print::CValue if !collection => format!("{name});"),
        Print::CFormat if !collection => {
            let conversion = c_conversion(before_loop, name)?;
            format!("\"{conversion}\\n\", {name});")
        }
        Print::RustFormat => {
            let format = if collection { "{:?}" } else { "{}" };
            format!("\"{format}\", {name});")
        }
        Print::Stream if !collection => {
            let code = context.code;
            let end = if !code.contains("std::endl") && code.contains("using namespace std") {
                "endl"
            } else {
                "std::endl"
            };
            format!("{name} << {end};")
        }
        _ => return None,
    })
}

/// The `printf` conversion for a C variable, from its declaration before the loop (`int sum = 0;` -> `%d`).
fn c_conversion(before_loop: &str, name: &str) -> Option<String> {
    let variable = before_loop
        .lines()
        .rev()
        .find_map(|line| declared_variable(line).filter(|variable| variable.name == name))?;
    Some(format!("%{}", variable.conversion(FormatCall::Print)?))
}
