//! Control flow and types as a course first writes them, in every language: a quotient returned once the divisor
//! was checked against zero (`return ` -> `a / b`, Rust's `Ok(a / b)`, Go's `a / b, nil`), the larger of two
//! (`max(a, b)`'s `return ` -> `a > b ? a : b;`), the `break;` that ends a
//! `switch` case, a text menu's next numbered option (`case ` after `case 1:` -> `2:`), an enum's next value
//! (`GREEN = ` after `RED = 1` -> `2`, `Green = ` after `Red = "RED",` ->
//! `"GREEN",`; a bare member of a known series, `Small,` -> `Medium,`), Python's iterator protocol (`__iter__`
//! returns `self`, `__next__` raises `StopIteration`) and custom exceptions (`class MyError(Exception):` ->
//! `pass`), JavaScript's custom `Error` (`extends ` -> `Error {`, `this.name`, a caught error's `message`) and
//! Redux's `switch (action.type)`, Go's errors (`errors.New(` named for
//! its variable, `errors.Is(err, ` the file's sentinel, the `Error() string` method, `fmt.Errorf` where a
//! function returns an error), type switches and `recover()`, and C++'s `template <typename T>` and caught
//! exception's `what()`, Java's refused argument (`throw new ` under `if (age < 0) {` -> `IllegalArgumentException(`);
//! in Java, C and C++ the bare `return;` of a `void` function and the last constant of an
//! enum's `switch`.
//!
//! After a `try` block's closing brace, `} c` -> `atch (` in JavaScript, TypeScript and Java: only a `catch` or a
//! `finally` may follow it, and the typed letter says which. In Python, back at a `try:`'s depth after its block,
//! `except ` (`except ImportError:` around imports, `except ValueError:` around one `int(`), and `else:` listed
//! after an `if` block. A handler's first `return ` hands back the function's `default` (`fallback`) parameter.
//!
//! Every rule reads the typed line first and returns early; the lines above are read only once it matched.

use super::Language;
use super::Suggestion;
use super::cursor::Context;
use super::idioms::terminator;
use super::lexer::{Token, is_plain_name};
use super::statements::enclosing_function;

/// Runs every rule of this module.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    quotient_after_zero_check(context, out);
    larger_of_two(context, out);
    break_after_case(context, out);
    next_numbered_option(context, out);
    catch_after_try(context, out);
    fallback_after_failure(context, out);
    next_enum_value(context, out);
    next_member_of_series(context, out);
    constant_named_by_literal(context, out);
    variant_named_by_literal(context, out);
    next_defined_number(context, out);
    match context.profile.language {
        Language::Python => {
            iterator_protocol(context, out);
            exception_class_body(context, out);
            caught_as(context, out);
            file_closed_finally(context, out);
            elif_subject(context, out);
            handler_like_sibling(context, out);
            handler_after_try(context, out);
        }
        Language::JavaScript | Language::TypeScript => {
            custom_error(context, out);
            caught_error_message(context, out);
            redux_action_type(context, out);
            frozen_constants(context, out);
            reducer_returns(context, out);
            remaining_enum_case(context, out);
            switched_discriminant(context, out);
        }
        Language::Go => {
            go_errors(context, out);
            go_type_switch_and_recover(context, out);
        }
        Language::Cpp => {
            cpp_templates_and_exceptions(context, out);
            optional_nothing(context, out);
        }
        Language::Java => rejected_argument(context, out),
        _ => {}
    }
    if matches!(
        context.profile.language,
        Language::Java | Language::C | Language::Cpp
    ) {
        return_in_void_function(context, out);
        last_enum_case(context, out);
    } else if context.profile.language == Language::Go {
        last_enum_case(context, out);
    }
}

/// `return std::` in a function returning `std::optional<User>` -> `nullopt;`: the value found is returned as it
/// is, so what `std::` begins there is the empty optional.
fn optional_nothing(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "return std::" || !context.prefix.is_empty() {
        return;
    }
    let returns_optional = context.enclosing_lines().last().is_some_and(|header| {
        header.split_once('(').is_some_and(|(head, _)| {
            head.starts_with("std::optional<") || head.contains(" std::optional<")
        })
    });
    if returns_optional {
        out.push(Suggestion::member("nullopt;", 0.88));
    }
}

/// `throw new ` in a method's `if (age < 0) {` that tests one of its parameters -> `IllegalArgumentException(`: an
/// argument refused, in code that declares no exception of its own.
fn rejected_argument(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "throw new " || !context.prefix.is_empty() {
        return;
    }
    let Some(condition) = context
        .enclosing_lines()
        .next()
        .and_then(|header| header.strip_prefix("if ("))
        .and_then(|rest| rest.strip_suffix(") {"))
    else {
        return;
    };
    let Some(function) = enclosing_function(context) else {
        return;
    };
    // The condition is about the arguments alone (`age < 0`, `name == null`, `name.isEmpty()`): a comparison with
    // the object's state (`amount > balance`) or a zero divisor has exceptions of its own.
    let parameters: Vec<&str> = function.parameter_names().collect();
    let tests_parameter = parameters
        .iter()
        .any(|name| super::lexer::contains_word(condition, name))
        && !condition.contains("== 0")
        && condition
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .filter(|word| word.starts_with(|c: char| c.is_alphabetic() || c == '_'))
            .all(|word| {
                parameters.contains(&word)
                    || matches!(
                        word,
                        "null" | "isEmpty" | "isBlank" | "length" | "size" | "trim"
                    )
            });
    let own_exception = context
        .code_before_line()
        .lines()
        .any(|line| line.contains("Exception extends "));
    if tests_parameter && !own_exception {
        out.push(Suggestion::construct("IllegalArgumentException(", 0.86));
    }
}

/// `elif ` in a chain whose `if` and `elif`s all test one variable for equality (`if command == "add":`) ->
/// `command == "`: the next branch tests the next value, quoted as the others.
fn elif_subject(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    /// How many lines above the chain is read in: its branches are short.
    const CHAIN_LINES: usize = 60;
    if context.line_before.trim_start() != format!("elif {}", context.prefix) {
        return;
    }
    let width = super::cursor::indentation(context.line_before);
    let mut tests = Vec::new();
    for line in context
        .code_before_line()
        .lines()
        .rev()
        .filter(|line| !line.trim().is_empty())
        .take(CHAIN_LINES)
    {
        let depth = super::cursor::indentation(line);
        if depth > width {
            continue;
        }
        let trimmed = line.trim();
        let test = if depth < width {
            None
        } else if let Some(test) = trimmed.strip_prefix("elif ") {
            Some(test)
        } else {
            trimmed.strip_prefix("if ")
        };
        let Some(test) = test.and_then(|test| test.strip_suffix(':')) else {
            return;
        };
        tests.push(test);
        if trimmed.starts_with("if ") {
            break;
        }
    }
    // The chain's own `if` and at least one `elif`: the habit is set.
    if tests.len() < 2 {
        return;
    }
    let compared: Option<Vec<(&str, &str)>> =
        tests.iter().map(|test| test.split_once(" == ")).collect();
    let Some(compared) = compared else {
        return;
    };
    let Some(&(subject, _)) = compared.first() else {
        return;
    };
    if !is_plain_name(subject) && !subject.split('.').all(is_plain_name) {
        return;
    }
    if compared.iter().any(|&(other, _)| other != subject) {
        return;
    }
    let quote = compared
        .iter()
        .map(|&(_, value)| value.chars().next().filter(|c| matches!(c, '"' | '\'')))
        .reduce(|a, b| if a == b { a } else { None })
        .flatten();
    let text = match quote {
        Some(quote) => format!("{subject} == {quote}"),
        None => format!("{subject} == "),
    };
    if let Some(rest) = text.strip_prefix(context.prefix) {
        out.push(Suggestion::construct(rest, 0.85));
    }
}

/// `case ` in a `switch` whose cases took all but one constant of an enum the file declares (`enum Color { RED,
/// GREEN, BLUE }` after `case RED:` and `case GREEN:`) -> `BLUE:` (`BLUE -> ` where the cases are Java's arrows):
/// a switch over an enum names each constant once; Go's constants come from a `const (` block (`case ` ->
/// `Error:` after `Debug`, `Info` and `Warn`). C++'s scoped constants are read through their enum's name (`case Shape::` -> `Triangle:`), and on the blank line after a
/// case's `break;` the whole next label is offered (`case CMD_QUIT:`).
fn last_enum_case(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let scope = context
        .member
        .filter(|access| access.separator == "::" && is_plain_name(access.receiver))
        .map(|access| access.receiver);
    let qualifier = scope.map_or_else(String::new, |scope| format!("{scope}::"));
    let whole_label = typed.is_empty()
        && context.previous_code_line().is_some_and(|line| {
            let line = line.trim();
            line.starts_with("break;")
                || line.starts_with("return")
                || (line.starts_with("case ") && line.ends_with(';'))
        });
    if !whole_label && typed != format!("case {qualifier}{}", context.prefix) {
        return;
    }
    let mut taken = Vec::new();
    let mut arrows = false;
    let mut scopes = Vec::new();
    let mut in_switch = false;
    for line in context.code_lines_above().take(60) {
        // Go's `switch level {` has no parentheses.
        let go_switch = context.profile.language == Language::Go
            && line.starts_with("switch ")
            && line.ends_with('{');
        if line.starts_with("switch (") || line.starts_with("switch(") || go_switch {
            in_switch = true;
            break;
        }
        let Some(rest) = line.strip_prefix("case ") else {
            continue;
        };
        let label_end = rest.find([':', ' ', '-']).unwrap_or(rest.len());
        let label_end = if rest
            .get(label_end..)
            .is_some_and(|after| after.starts_with("::"))
        {
            rest.get(label_end + 2..)
                .and_then(|after| after.find([':', ' ', '-']))
                .map_or(rest.len(), |end| label_end + 2 + end)
        } else {
            label_end
        };
        let label = rest.get(..label_end).unwrap_or("");
        arrows |= rest
            .get(label_end..)
            .unwrap_or("")
            .trim_start()
            .starts_with("->");
        let (label_scope, label) = label.rsplit_once("::").unwrap_or(("", label));
        if !is_plain_name(label) {
            return;
        }
        scopes.push(label_scope);
        taken.push(label);
    }
    if taken.is_empty() || (whole_label && !in_switch) {
        return;
    }
    // Qualified labels name their enum; the typed qualifier must be theirs.
    let label_scope = scopes.first().copied().unwrap_or("");
    if scopes.iter().any(|other| *other != label_scope)
        || scope.is_some_and(|scope| scope != label_scope)
    {
        return;
    }
    let window_start = context
        .code_before_line()
        .lines()
        .rev()
        .take(300)
        .map(|line| line.len() + 1)
        .sum::<usize>();
    let before = context.code_before_line();
    let window = before
        .get(before.len().saturating_sub(window_start)..)
        .unwrap_or(before);
    let declarations = if context.profile.language == Language::Go {
        "const ("
    } else {
        "enum "
    };
    let Some(constants) = window
        .match_indices(declarations)
        .filter_map(|(start, _)| {
            let text = window.get(start..)?;
            if context.profile.language == Language::Go {
                go_constants(text)
            } else {
                enum_constants(text)
            }
        })
        .find(|constants| taken.iter().all(|label| constants.contains(label)))
    else {
        return;
    };
    let mut left = constants
        .iter()
        .filter(|constant| !taken.contains(constant));
    // With two or more left, the order the cases take is the developer's.
    let (Some(constant), None) = (left.next(), left.next()) else {
        return;
    };
    let confidence = 0.88;
    let end = if arrows { " -> " } else { ":" };
    if whole_label {
        let label_qualifier = if label_scope.is_empty() {
            String::new()
        } else {
            format!("{label_scope}::")
        };
        out.push(Suggestion::construct(
            format!("case {label_qualifier}{constant}{end}"),
            confidence,
        ));
    } else if let Some(rest) = constant.strip_prefix(context.prefix) {
        out.push(Suggestion::construct(format!("{rest}{end}"), confidence));
    }
}

/// `if (strcmp(s, "list") == 0) return CMD_` -> `LIST;`: the constant the line's string names, of the names that
/// extend the typed prefix (a parser from words to an enum's constants spells one for each word).
fn constant_named_by_literal(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.prefix.len() < 2 || context.member.is_some() {
        return;
    }
    let before = context.before_prefix();
    let Some((head, tested)) = before.split_once('"') else {
        return;
    };
    let Some((literal, after)) = tested.split_once('"') else {
        return;
    };
    if head.trim_start().get(..2) != Some("if")
        || after.contains('"')
        || literal.is_empty()
        || !literal
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_')
    {
        return;
    }
    let spelled = |name: &str| {
        name.strip_prefix(context.prefix).is_some_and(|rest| {
            let words: String = rest.chars().filter(|c| *c != '_').collect();
            let wanted: String = literal.chars().filter(|c| *c != '_').collect();
            !rest.is_empty() && words.eq_ignore_ascii_case(&wanted)
        })
    };
    let mut named = context
        .scan
        .names
        .iter()
        .filter(|stats| spelled(stats.name));
    let (Some(constant), None) = (named.next(), named.next()) else {
        return;
    };
    let Some(rest) = constant.name.strip_prefix(context.prefix) else {
        return;
    };
    let end = if after.contains("return ") && statements_end_with_semicolon(context) {
        ";"
    } else {
        ""
    };
    out.push(Suggestion::of_kind(
        format!("{rest}{end}"),
        0.92,
        "identifier",
    ));
}

/// `#define ERR_PARSE ` under `#define ERR_OK 0`, `#define ERR_NOMEM 1`, `#define ERR_IO 2` -> `3`: constants
/// numbered one by one go on with the next number.
fn next_defined_number(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !matches!(context.profile.language, Language::C | Language::Cpp)
        || !context.prefix.is_empty()
    {
        return;
    }
    let Some(name) = context
        .line_before
        .strip_prefix("#define ")
        .and_then(|rest| rest.strip_suffix(' '))
    else {
        return;
    };
    if !is_plain_name(name) {
        return;
    }
    let values: Vec<i64> = context
        .code_lines_above()
        .map_while(|line| {
            let (_, value) = line.strip_prefix("#define ")?.split_once(' ')?;
            value.trim().parse::<i64>().ok()
        })
        .take(50)
        .collect();
    let Some(&last) = values.first() else {
        return;
    };
    let counted = values.len() >= 2
        && (0..1000).contains(&last)
        && values
            .iter()
            .enumerate()
            .all(|(index, value)| i64::try_from(index).is_ok_and(|index| *value == last - index));
    if counted {
        out.push(Suggestion::construct((last + 1).to_string(), 0.85));
    }
}

/// Whether the language ends its statements with `;`.
fn statements_end_with_semicolon(context: &Context<'_>) -> bool {
    matches!(
        context.profile.language,
        Language::C | Language::Cpp | Language::Java | Language::JavaScript | Language::TypeScript
    )
}

/// The names a Go `const (` block declares, one a line (`Debug Level = iota`, then `Info`).
fn go_constants(text: &str) -> Option<Vec<&str>> {
    let (_, body) = text.split_once('(')?;
    let end = body.find(')')?;
    let constants: Vec<&str> = body
        .get(..end)?
        .lines()
        .map(|line| line.split_whitespace().next().unwrap_or(""))
        .filter(|constant| !constant.is_empty() && !constant.starts_with("//"))
        .collect();
    (constants.len() >= 2 && constants.iter().all(|constant| is_plain_name(constant)))
        .then_some(constants)
}

/// The constants of the enum whose declaration `text` starts with (`enum Color { RED, GREEN, BLUE };`, a Java
/// enum's constants before its `;`, `RED("red")` and `RED = 1` read as `RED`).
pub(super) fn enum_constants(text: &str) -> Option<Vec<&str>> {
    let (_, body) = text.split_once('{')?;
    let end = body.find(['}', ';'])?;
    let constants: Vec<&str> = body
        .get(..end)?
        .split(',')
        .map(|part| part.split(['=', '(']).next().unwrap_or("").trim())
        .filter(|constant| !constant.is_empty())
        .collect();
    (constants.len() >= 2 && constants.iter().all(|constant| is_plain_name(constant)))
        .then_some(constants)
}

/// `ret` in a `void` function (`static void usage() {`, `public static void main(String[] args) {`) -> `urn;`: a
/// function that gives nothing back can only end bare, so the keyword's usual space would only need erasing.
/// Not inside a lambda or an anonymous class, whose body may return a value, nor when a name of the code starts
/// like the keyword (`res` may be `result`).
fn return_in_void_function(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let prefix = context.prefix;
    let Some(rest) = "return".strip_prefix(prefix) else {
        return;
    };
    if prefix.len() < 2
        || context.line_before.trim_start() != prefix
        || context
            .scan
            .names
            .iter()
            .any(|stats| stats.name != "return" && stats.name.starts_with(prefix))
    {
        return;
    }
    for header in context.enclosing_lines() {
        if header.contains("->") || header.contains("](") || header.contains("new ") {
            return;
        }
        let Some(before_parameters) = header.split('(').next() else {
            return;
        };
        let words: Vec<&str> = before_parameters.split_whitespace().collect();
        if let [.., result, name] = words.as_slice()
            && name.split("::").all(is_plain_name)
            && !before_parameters.contains('=')
            && header.ends_with('{')
            && !CONTROL_WORDS.contains(name)
        {
            if *result == "void" {
                out.push(Suggestion::construct(format!("{rest};"), 0.9));
            }
            return;
        }
    }
}

/// The words that open a block which is not a function's.
const CONTROL_WORDS: &[&str] = &["if", "for", "while", "switch", "catch", "else", "do", "try"];

/// The divisor's zero test of an `if` line (`if b == 0:`, `if (b === 0) {`, `if b == 0.0 {`): the divisor.
fn zero_tested(line: &str) -> Option<&str> {
    let condition = line
        .strip_prefix("if")?
        .trim_start()
        .trim_start_matches('(')
        .trim_end_matches(['{', ':', ' ', ')']);
    let (name, zero) = condition
        .split_once(" === ")
        .or_else(|| condition.split_once(" == "))?;
    matches!(zero.trim(), "0" | "0.0").then_some(name.trim())
}

/// `return ` as the first line of a function named for the larger (or smaller) of its two parameters: `a > b ? a :
/// b;` in C, C++, Java and JavaScript, Python's `a if a > b else b`. Go and Rust write it as an `if`, and that is
/// left to the programmer.
fn larger_of_two(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const LARGER: &[&str] = &[
        "max", "maximum", "maxof", "max2", "bigger", "larger", "greater", "largest", "biggest",
        "findmax", "getmax",
    ];
    const SMALLER: &[&str] = &[
        "min", "minimum", "minof", "min2", "smaller", "lesser", "smallest", "findmin", "getmin",
    ];
    if context.line_before.trim_start() != "return " || !context.prefix.is_empty() {
        return;
    }
    let language = context.profile.language;
    if matches!(language, Language::Go | Language::Rust) {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    // The function's first line: its header is the line above (an `if (a > b) {` there returns `a` alone).
    let header = format!("{}(", function.name);
    let first_line = context
        .previous_code_line()
        .is_some_and(|line| line.contains(&header) && line.trim_end().ends_with(['{', ':']));
    if !first_line {
        return;
    }
    let [first, second] = function.parameters.as_slice() else {
        return;
    };
    let name = super::lexer::folded_name(function.name);
    let operator = if LARGER.contains(&name.as_str()) {
        '>'
    } else if SMALLER.contains(&name.as_str()) {
        '<'
    } else {
        return;
    };
    let (a, b) = (first.name, second.name);
    let text = if language == Language::Python {
        format!("{a} if {a} {operator} {b} else {b}")
    } else {
        format!("{a} {operator} {b} ? {a} : {b}{}", terminator(context))
    };
    out.push(Suggestion::construct(text, 0.85));
}

/// `return ` (Rust: a blank line, `Ok(`, `Some(`) after `if b == 0` reported an error, in a function named for a
/// division whose two parameters are the dividend and the divisor tested: `a / b`, the quotient the check was for.
fn quotient_after_zero_check(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let language = context.profile.language;
    let rust = language == Language::Rust;
    if !(typed == "return " || rust && matches!(typed, "" | "Ok(" | "Some(")) {
        return;
    }
    // The check is among the few lines above, at the block's level (its body done, or this is its `else`), and
    // its block reports an error: a base case (`if exp == 0: return 1`) is a recursion's, not a division's.
    let mut reported = false;
    let Some(divisor) = context.code_lines_above().take(6).find_map(|line| {
        reported |= [
            "raise ", "throw ", "Err(", "None", "error", "Error", "panic!",
        ]
        .iter()
        .any(|word| line.contains(word));
        zero_tested(line)
    }) else {
        return;
    };
    if !reported {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let [dividend, second] = function.parameters.as_slice() else {
        return;
    };
    // Named for a division (`divide`, `safe_div`, `quotient`, `ratio`): a power's or a mean's guard is theirs.
    let lower = function.name.to_lowercase();
    let divides = ["div", "quot", "ratio"]
        .iter()
        .any(|word| lower.contains(word));
    if second.name != divisor || !divides {
        return;
    }
    let header_or_else = context
        .enclosing_lines()
        .next()
        .is_some_and(|line| !line.starts_with("if"));
    if !header_or_else {
        return;
    }
    let quotient = format!("{} / {}", dividend.name, divisor);
    let text = match language {
        Language::Rust => {
            let result = function.results.first().copied().unwrap_or("");
            let wrapper = if result.starts_with("Result<") {
                "Ok("
            } else if result.starts_with("Option<") {
                "Some("
            } else {
                ""
            };
            match (typed, wrapper) {
                (_, "") => return,
                ("return ", wrapper) => format!("{wrapper}{quotient});"),
                ("", wrapper) => format!("{wrapper}{quotient})"),
                (opened, wrapper) if opened == wrapper => format!("{quotient})"),
                _ => return,
            }
        }
        Language::Go
            if function.results.len() == 2 && function.results.get(1) == Some(&"error") =>
        {
            format!("{quotient}, nil")
        }
        Language::Go if function.results.len() == 1 => quotient,
        Language::Go => return,
        _ => format!("{quotient}{}", terminator(context)),
    };
    out.push(Suggestion::construct(text, 0.88));
}

/// A blank line after the one statement of a `case` (or `default:`) in a C-family or JavaScript `switch` ->
/// `break;`. Sure when an earlier case of the switch ended so, likely on its first case.
fn break_after_case(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript | Language::Java | Language::C | Language::Cpp
    ) || !context.on_blank_line_start()
    {
        return;
    }
    let mut above = context.code_lines_above();
    let Some(statement) = above.next() else {
        return;
    };
    let ends_case = [
        "break", "return", "throw", "continue", "goto", "case ", "default",
    ]
    .iter()
    .any(|word| statement.starts_with(word));
    if ends_case || !statement.ends_with(';') || statement.starts_with('}') {
        return;
    }
    let Some(label) = above.next() else {
        return;
    };
    if !(label.starts_with("case ") && label.ends_with(':') || label == "default:") {
        return;
    }
    // The cursor's line is indented like the statement, inside the case.
    let statement_indent = context
        .previous_code_line()
        .map_or(0, |line| line.len() - line.trim_start().len());
    if context.line_before.len() != statement_indent {
        return;
    }
    // `rc = vm_pop(m, &a);` in a switch whose earlier cases checked `rc` after such a call: the check comes first.
    let checked = statement
        .split_once(" = ")
        .filter(|(name, value)| is_plain_name(name) && value.contains('('))
        .map(|(name, _)| format!("if ({name} "));
    let mut earlier_break = false;
    for line in above.take(40) {
        if checked
            .as_ref()
            .is_some_and(|check| line.starts_with(check.as_str()))
        {
            return;
        }
        if line.starts_with("switch") || line.contains(" switch (") {
            out.push(Suggestion::construct(
                "break;",
                if earlier_break { 0.88 } else { 0.8 },
            ));
            return;
        }
        if line == "break;" {
            earlier_break = true;
        } else if line.starts_with("case ") || line == "default:" {
            continue;
        } else if line.ends_with('{') || line.starts_with('}') {
            return;
        }
    }
}

/// The member lines of the enum block the cursor is in, nearest first, as `(name, value)`, and the block's header;
/// `None` if the lines above are not an enum's members.
fn enum_members<'a>(
    context: &Context<'a>,
    separator: &str,
) -> Option<(Vec<(&'a str, &'a str)>, &'a str)> {
    let mut members = Vec::new();
    for line in context.code_lines_above().take(30) {
        if let Some((name, value)) = line.split_once(separator) {
            let name = name.trim();
            if is_plain_name(name) {
                members.push((name, value.trim().trim_end_matches(',')));
                continue;
            }
        }
        return Some((members, line));
    }
    None
}

/// `GREEN = ` after `RED = 1` -> `2`; after `RED = "red"` -> `"green"`; after `RED = auto()` -> `auto()`: the
/// next member of a Python `Enum`, a TypeScript `enum` (with its `,`) or a JavaScript `Object.freeze({` of
/// constants (`DOWN: ` after `UP: "UP",` -> `"DOWN",`).
fn next_enum_value(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let language = context.profile.language;
    let (separator, comma) = match language {
        Language::Python => (" = ", ""),
        Language::TypeScript if !context.line_before.contains(':') => (" = ", ","),
        Language::JavaScript | Language::TypeScript => (": ", ","),
        // C's last constant, before the enum's `};`, is usually left without its comma.
        Language::C | Language::Cpp => (" = ", if closed_below(context) { "" } else { "," }),
        _ => return,
    };
    let typed = context.line_before.trim_start();
    // `FLAG_C = 1 << ` after `FLAG_B = 1 << 1,`: the next bit of a set of flags.
    let shifted = matches!(language, Language::C | Language::Cpp) && typed.ends_with(" = 1 << ");
    let typed = if shifted {
        typed.strip_suffix("1 << ").unwrap_or(typed)
    } else {
        typed
    };
    let Some(name) = typed
        .strip_suffix(separator)
        .filter(|name| is_plain_name(name))
    else {
        return;
    };
    let Some((members, header)) = enum_members(context, separator) else {
        return;
    };
    let enum_block = match language {
        Language::Python => {
            header.starts_with("class ")
                && ["(Enum):", "(IntEnum):", "(StrEnum):"]
                    .iter()
                    .any(|base| header.ends_with(base))
        }
        _ if separator == " = " => {
            header
                .trim_start_matches("export ")
                .trim_start_matches("typedef ")
                .starts_with("enum")
                && header.ends_with('{')
        }
        _ => header.ends_with("Object.freeze({"),
    };
    if !enum_block || members.is_empty() || members.iter().any(|(member, _)| *member == name) {
        return;
    }
    if shifted {
        let bits: Vec<Option<i64>> = members
            .iter()
            .rev()
            .map(|(_, value)| value.strip_prefix("1 << ").and_then(|bit| bit.parse().ok()))
            .collect();
        let counted = bits.len() >= 2
            && bits
                .iter()
                .enumerate()
                .all(|(index, bit)| *bit == i64::try_from(index).ok());
        if counted {
            out.push(Suggestion::construct(
                format!("{}{comma}", bits.len()),
                0.88,
            ));
        }
        return;
    }
    let Some(value) = following_value(&members, name) else {
        return;
    };
    out.push(Suggestion::construct(format!("{value}{comma}"), 0.85));
}

/// Whether the enum's closing `}` is the next line below the cursor's.
fn closed_below(context: &Context<'_>) -> bool {
    context
        .code
        .get(context.cursor..)
        .and_then(|after| after.lines().skip(1).find(|line| !line.trim().is_empty()))
        .is_some_and(|line| line.trim_start().starts_with('}'))
}

/// The value of enum member `name` after `members` (nearest first): `auto()` after `auto()`s, the next number of
/// members counted from 0 or 1, the name spelled as the others' values spell theirs (`"green"` after `RED =
/// "red"`); `None` when the values follow no such rule (codes such as `OK = 200`).
fn following_value(members: &[(&str, &str)], name: &str) -> Option<String> {
    let &(last_name, last_value) = members.first()?;
    let value = if members.iter().all(|(_, value)| *value == "auto()") {
        "auto()".to_owned()
    } else if let Ok(last) = last_value.parse::<i64>() {
        // Numbered one by one from 0 or 1: the next number (codes such as `OK = 200` are not counted).
        let first = last.checked_sub((members.len() - 1) as i64);
        let counted = matches!(first, Some(0 | 1))
            && members.iter().rev().enumerate().all(|(index, (_, value))| {
                value.parse::<i64>().ok() == last.checked_sub((members.len() - 1 - index) as i64)
            });
        if !counted {
            return None;
        }
        (last + 1).to_string()
    } else {
        // Each value spells its name, in one case: this one too.
        let quote = last_value
            .chars()
            .next()
            .filter(|c| matches!(c, '"' | '\''))?;
        let spelled = |member: &str, value: &str| {
            let inner = value
                .strip_prefix(quote)
                .and_then(|rest| rest.strip_suffix(quote))
                .unwrap_or("");
            if inner == member {
                Some(0)
            } else if inner == member.to_lowercase() {
                Some(1)
            } else if inner == member.to_uppercase() {
                Some(2)
            } else {
                None
            }
        };
        let case = spelled(last_name, last_value)?;
        if !members
            .iter()
            .all(|(member, value)| spelled(member, value) == Some(case))
        {
            return None;
        }
        let spelling = match case {
            0 => name.to_owned(),
            1 => name.to_lowercase(),
            _ => name.to_uppercase(),
        };
        format!("{quote}{spelling}{quote}")
    };
    Some(value)
}

/// Series whose members an enum lists in this order (`Small, Medium, Large`). Only where the next one is sure:
/// after `Up, Down` comes `Left` or `Right`, after `Red` any colour.
const SERIES: &[&[&str]] = &[
    &["up", "down"],
    &["up", "down", "left", "right"],
    &["small", "medium", "large"],
    &["low", "medium", "high"],
    &["easy", "medium", "hard"],
    &["rock", "paper", "scissors"],
    &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ],
];

/// Series whose next member is sure once two are listed (`Red, Green` -> `Blue`, `"idle" | "loading"` ->
/// `"success"`); where two orders are common (`North, South` or `North, East`) each is listed, and where they
/// disagree on the next (`Debug, Info` -> `Warn` or `Warning`) nothing is offered.
const SERIES_AFTER_TWO: &[&[&str]] = &[
    &["red", "green", "blue"],
    &["north", "east", "south", "west"],
    &["north", "south", "east", "west"],
    &["idle", "loading", "success", "error"],
    &["pending", "fulfilled", "rejected"],
    &["todo", "in_progress", "done"],
    &["draft", "published", "archived"],
    &["debug", "info", "warning", "error", "critical"],
    &["debug", "info", "warn", "error"],
    &["trace", "debug", "info", "warn", "error"],
    &["spring", "summer", "autumn", "winter"],
    &["hearts", "diamonds", "clubs", "spades"],
    &["clubs", "diamonds", "hearts", "spades"],
    &["spades", "hearts", "diamonds", "clubs"],
    &["create", "read", "update", "delete"],
    &["bronze", "silver", "gold"],
    &["gold", "silver", "bronze"],
    &["first", "second", "third"],
    &["alpha", "beta", "gamma", "delta"],
    &[
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
];

/// The member that follows `listed` (lower case, in order) in a known series, when every series they start
/// agrees on it; `None` when they already make a whole series (`Up, Down` may be all there is).
fn next_in_series(listed: &[String]) -> Option<&'static str> {
    let comparable = |name: &str| name.replace(['_', '-', ' '], "");
    let listed: Vec<String> = listed.iter().map(|name| comparable(name)).collect();
    let starts = |series: &[&str]| {
        series.len() > listed.len()
            && series
                .iter()
                .zip(&listed)
                .all(|(member, name)| comparable(member) == *name)
    };
    if SERIES.iter().chain(SERIES_AFTER_TWO).any(|series| {
        series.len() == listed.len()
            && series
                .iter()
                .map(|m| comparable(m))
                .eq(listed.iter().cloned())
    }) {
        return None;
    }
    let mut candidates = SERIES
        .iter()
        .filter(|_| !listed.is_empty())
        .chain(SERIES_AFTER_TWO.iter().filter(|_| listed.len() >= 2))
        .filter(|series| starts(series))
        .map(|series| series[listed.len()]);
    let next = candidates.next()?;
    candidates.all(|other| other == next).then_some(next)
}

/// `next` spelled as `example` spells its name: `BLUE` after `GREEN`, `InProgress` after `Todo`, `blue` after
/// `green`.
fn spelled_like(example: &str, next: &str) -> String {
    if example.chars().all(|c| !c.is_lowercase()) {
        next.to_uppercase()
    } else if example.starts_with(|c: char| c.is_uppercase()) {
        next.split('_')
            .map(|word| {
                let mut characters = word.chars();
                characters.next().map_or_else(String::new, |initial| {
                    initial.to_uppercase().chain(characters).collect()
                })
            })
            .collect()
    } else {
        next.to_owned()
    }
}

/// A blank line of an enum listing the first members of a known series: `Up,` -> `Down,` (TypeScript, Rust, Java,
/// C, C++), and in a Python `Enum` the whole member with its value (`RED = 1`, `GREEN = 2` -> `BLUE = 3`).
fn next_member_of_series(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let language = context.profile.language;
    if !matches!(
        language,
        Language::TypeScript
            | Language::Rust
            | Language::Java
            | Language::C
            | Language::Cpp
            | Language::Python
    ) || !context.on_blank_line_start()
    {
        return;
    }
    if language == Language::Python {
        let Some((members, header)) = enum_members(context, " = ") else {
            return;
        };
        let is_enum = header.starts_with("class ")
            && ["(Enum):", "(IntEnum):", "(StrEnum):", "(str, Enum):"]
                .iter()
                .any(|base| header.ends_with(base));
        let Some(&(first, _)) = members.last() else {
            return;
        };
        let listed: Vec<String> = members
            .iter()
            .rev()
            .map(|(name, _)| name.to_lowercase())
            .collect();
        if !is_enum {
            return;
        }
        let Some(next) = next_in_series(&listed) else {
            return;
        };
        let name = spelled_like(first, next);
        if let Some(value) = following_value(&members, &name) {
            out.push(Suggestion::construct(format!("{name} = {value}"), 0.8));
        }
        return;
    }
    let mut members: Vec<&str> = Vec::new();
    let mut header = None;
    for line in context.code_lines_above().take(12) {
        match line.strip_suffix(',') {
            Some(member) if is_plain_name(member) => members.push(member),
            _ => {
                header = Some(line);
                break;
            }
        }
    }
    let is_enum = header.is_some_and(|line| {
        let line = line
            .trim_start_matches("export ")
            .trim_start_matches("pub ")
            .trim_start_matches("public ")
            .trim_start_matches("typedef ");
        (line.starts_with("enum ") || line == "enum {") && line.ends_with('{')
    });
    members.reverse();
    let Some(first) = members.first() else {
        return;
    };
    if !is_enum {
        return;
    }
    let lowered: Vec<String> = members.iter().map(|member| member.to_lowercase()).collect();
    let Some(next) = next_in_series(&lowered) else {
        return;
    };
    // C's last constant, right above the enum's `};`, is usually left without its comma.
    let comma = if matches!(language, Language::C | Language::Cpp) && closed_below(context) {
        ""
    } else {
        ","
    };
    out.push(Suggestion::construct(
        format!("{}{comma}", spelled_like(first, next)),
        0.8,
    ));
}

/// `type Status = "idle" | "loading" | "` -> `success";`, `colors = ["red", "green", "` -> `blue"`: the next
/// string of a known series that the union or the list started, spelled as the others are.
pub(super) fn next_string_of_series(
    context: &Context<'_>,
    literal: &Token,
    out: &mut Vec<Suggestion>,
) {
    if !context.at_line_end() {
        return;
    }
    let typed = context.typed_in_literal(literal).unwrap_or("");
    let Some(quote) = typed
        .chars()
        .next()
        .filter(|quote| matches!(quote, '"' | '\''))
    else {
        return;
    };
    if typed.len() != quote.len_utf8() {
        return;
    }
    let Some(before) = context.before_literal(literal) else {
        return;
    };
    let before = before.trim_end();
    let (separator, union) = if before.ends_with('|') {
        ('|', true)
    } else if before.ends_with(',') {
        (',', false)
    } else {
        return;
    };
    // The listed strings, from the union's `=` or the list's opening bracket.
    let start = if union {
        before.rfind('=').map_or(0, |index| index + 1)
    } else {
        before.rfind(['[', '(', '{']).map_or(0, |index| index + 1)
    };
    let listed: Option<Vec<&str>> = before[start..]
        .trim_end_matches(separator)
        .split(separator)
        .map(|item| {
            item.trim()
                .strip_prefix(quote)
                .and_then(|item| item.strip_suffix(quote))
        })
        .collect();
    let Some(listed) = listed.filter(|listed| listed.len() >= 2) else {
        return;
    };
    if listed.iter().any(|item| {
        item.is_empty()
            || !item
                .chars()
                .all(|c| c.is_alphanumeric() || "_- ".contains(c))
    }) {
        return;
    }
    let lowered: Vec<String> = listed.iter().map(|item| item.to_lowercase()).collect();
    let Some(next) = next_in_series(&lowered) else {
        return;
    };
    let mut text = spelled_like(listed[0], next);
    if listed.iter().any(|item| item.contains(' ')) {
        text = text.replace('_', " ");
    } else if listed.iter().any(|item| item.contains('-')) {
        text = text.replace('_', "-");
    }
    let declared_type = union
        && context.profile.language == Language::TypeScript
        && context
            .line_before
            .trim_start()
            .trim_start_matches("export ")
            .starts_with("type ");
    let end = if declared_type { ";" } else { "" };
    out.push(Suggestion::construct(format!("{text}{quote}{end}"), 0.85));
}

/// The name of the Python function whose body holds the cursor, read from the nearest `def` above it.
fn python_method(context: &Context<'_>) -> Option<String> {
    enclosing_function(context).map(|function| function.name.to_owned())
}

/// `__iter__` returns `self`; `raise ` in `__next__` -> `StopIteration`; `def ` in a class whose `__iter__`
/// returns `self` and has no `__next__` yet -> `__next__(self):`.
fn iterator_protocol(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    match typed {
        "return " | "" => {
            if python_method(context).as_deref() != Some("__iter__") || !walks_itself(context) {
                return;
            }
            if typed.is_empty() {
                let first_line = context
                    .previous_code_line()
                    .is_some_and(|line| line.trim_start().starts_with("def __iter__("));
                if first_line {
                    out.push(Suggestion::construct("return self", 0.88));
                }
            } else {
                out.push(Suggestion::construct("self", 0.9));
            }
        }
        "raise " if python_method(context).as_deref() == Some("__next__") => {
            out.push(Suggestion::construct("StopIteration", 0.9));
        }
        "def " => {
            let mut iterates_self = false;
            for line in context.code_lines_above().take(80) {
                if line.starts_with("def __next__(") {
                    return;
                }
                if line == "return self"
                    && context
                        .code_lines_above()
                        .take(80)
                        .skip_while(|other| *other != "return self")
                        .nth(1)
                        .is_some_and(|def| def.starts_with("def __iter__("))
                {
                    iterates_self = true;
                }
                if line.starts_with("class ") {
                    break;
                }
            }
            if iterates_self {
                out.push(Suggestion::construct("__next__(self):", 0.85));
            }
        }
        _ => {}
    }
}

/// Whether the class around the cursor is its own iterator: it has a `__next__`, or its `__init__` keeps a
/// position (`self.current = low`) rather than a collection whose iterator `__iter__` would return.
fn walks_itself(context: &Context<'_>) -> bool {
    const POSITIONS: &[&str] = &[
        "self.current =",
        "self.index =",
        "self.count =",
        "self.i =",
        "self.n =",
        "self.num =",
    ];
    context.code.contains("def __next__(self)")
        || context
            .code_lines_above()
            .take(40)
            .take_while(|line| !line.starts_with("class "))
            .any(|line| POSITIONS.iter().any(|position| line.starts_with(position)))
}

/// The compound statement whose block ended just above the cursor's line, at the cursor's own indentation
/// (Python): its header and its block's lines, both trimmed, nearest first. None when no block ended there (the
/// line above is at the cursor's depth) or a shallower line comes first (the cursor is still in its block).
/// Comment lines are passed over; a header followed by its own statement (`if x: y`) holds no block.
fn closed_block_above<'a>(context: &Context<'a>) -> Option<(&'a str, Vec<&'a str>)> {
    /// How many lines above the header is looked for in.
    const WINDOW: usize = 80;
    let width = super::cursor::indentation(context.line_before);
    let mut block = Vec::new();
    for line in context.code_before_line().lines().rev().take(WINDOW) {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let depth = super::cursor::indentation(line);
        if depth > width {
            block.push(trimmed);
            continue;
        }
        let header = trimmed
            .split_once(" #")
            .map_or(trimmed, |(code, _)| code.trim_end());
        return (depth == width && !block.is_empty() && header.ends_with(':'))
            .then_some((header, block));
    }
    None
}

/// The line after a Python `try` block, back at the `try:`'s depth: only a handler may come (`except ` -> the
/// clause, `finally:` listed after it). A block of imports is guarded against `ImportError`, one conversion by
/// `int(` or `float(` against `ValueError`; else the exception is left to the programmer. Also once the
/// handler's word is begun (`ex` -> `cept `, `fi` -> `nally:`).
fn handler_after_try(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if !context.before_prefix().trim().is_empty()
        || !(typed.is_empty() || "except".starts_with(typed) || "finally".starts_with(typed))
    {
        return;
    }
    let Some((header, block)) = closed_block_above(context) else {
        return;
    };
    if header != "try:" {
        return;
    }
    let imports = block
        .iter()
        .all(|line| line.starts_with("import ") || line.starts_with("from "));
    let converts =
        matches!(block.as_slice(), [line] if line.contains("int(") || line.contains("float("));
    let handler = if imports {
        "except ImportError:"
    } else if converts {
        "except ValueError:"
    } else {
        "except "
    };
    for (clause, confidence) in [(handler, 0.88), ("finally:", 0.5)] {
        if let Some(rest) = clause.strip_prefix(typed)
            && !rest.is_empty()
        {
            // The letters typed say which clause: `f` can only begin `finally:`.
            let confidence = if typed.is_empty() { confidence } else { 0.9 };
            out.push(Suggestion::of_kind(rest, confidence, "keyword"));
        }
    }
}

/// The line after a Python `if` or `elif` block, back at its header's depth: `else:`, for the popup only. Any
/// statement may follow the block too, so it is not offered inline; `elif ` is left to the names' rules (listed
/// as well, it pushed the statements the file writes most out of the first three more often than it was right).
pub(super) fn listed_clauses(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Python
        || !context.at_line_end()
        || !context.on_blank_line_start()
    {
        return;
    }
    let Some((header, _)) = closed_block_above(context) else {
        return;
    };
    if header.starts_with("if ") || header.starts_with("elif ") {
        out.push(Suggestion::of_kind("else:", 0.5, "keyword"));
    }
}

/// One more `except` clause ends the way the clause above it does: `continue` among a loop's handlers,
/// `return {}` among a loader's. Where the handler has as many statements as the one above has before its last,
/// that last statement (`continue`, `break`, `raise`, or `return` of a value without a call) is offered, also
/// once it is begun (`ret` -> `urn {}`).
fn handler_like_sibling(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    /// How many lines above the handlers are looked for in.
    const WINDOW: usize = 60;
    let typed = context.line_before.trim_start();
    let mut width = super::cursor::indentation(context.line_before);
    if width == 0 {
        return;
    }
    let lines: Vec<&str> = context
        .code_before_line()
        .lines()
        .rev()
        .take(WINDOW)
        .filter(|line| !line.trim().is_empty())
        .collect();
    let mut statements = 0;
    let mut header_at = None;
    for (at, line) in lines.iter().enumerate() {
        let depth = super::cursor::indentation(line);
        if depth < width {
            width = depth;
            header_at = Some(at);
            break;
        }
        if depth == width {
            statements += 1;
        }
    }
    let Some(header_at) = header_at else { return };
    if !lines
        .get(header_at)
        .is_some_and(|line| line.trim_start().starts_with("except"))
    {
        return;
    }
    // The clause above: its body's statements at one depth, then its own `except` header.
    let mut body: Vec<&str> = Vec::new();
    let mut body_depth = None;
    let mut sibling = false;
    for line in lines.iter().skip(header_at + 1) {
        let depth = super::cursor::indentation(line);
        if depth <= width {
            sibling = depth == width && line.trim_start().starts_with("except");
            break;
        }
        if *body_depth.get_or_insert(depth) == depth {
            body.push(line.trim());
        } else if depth < body_depth.unwrap_or(depth) {
            return;
        }
    }
    let Some(last) = body.first() else { return };
    if !sibling || body.len() != statements + 1 {
        return;
    }
    let ends_flow = matches!(*last, "continue" | "break" | "raise")
        || last
            .strip_prefix("return ")
            .is_some_and(|value| !value.contains('(') && !value.contains(['"', '\'']));
    if !ends_flow || last.len() <= typed.len() {
        return;
    }
    if let Some(rest) = last.strip_prefix(typed)
        && (typed.is_empty() || typed.len() >= 2)
    {
        // Begun, the statement goes on past the keyword the names' rules finish (`ret` -> `urn `).
        let confidence = if typed.is_empty() { 0.85 } else { 0.95 };
        out.push(Suggestion::construct(rest, confidence));
    }
}

/// The first line of `class InsufficientFundsError(Exception):` -> `pass`: a custom exception needs nothing more.
fn exception_class_body(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.on_blank_line_start() || context.line_before.is_empty() {
        return;
    }
    let Some(header) = context.previous_code_line().map(str::trim) else {
        return;
    };
    let Some((name, base)) = header
        .strip_prefix("class ")
        .and_then(|rest| rest.strip_suffix("):"))
        .and_then(|rest| rest.split_once('('))
    else {
        return;
    };
    let named = name.ends_with("Error") || name.ends_with("Exception");
    if named && (base == "Exception" || base.ends_with("Error")) && is_plain_name(base) {
        out.push(Suggestion::construct("pass", 0.8));
    }
}

/// `except ValueError as ` -> `e:`, and `except json.` -> `JSONDecodeError:`.
fn caught_as(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    // `except json.`: of the module's names only its error can be caught.
    if context.line_before.trim_start() == "except json." && context.prefix.is_empty() {
        out.push(Suggestion::member("JSONDecodeError:", 0.9));
        return;
    }
    let Some(exception) = context
        .line_before
        .trim_start()
        .strip_prefix("except ")
        .and_then(|rest| rest.strip_suffix(" as "))
    else {
        return;
    };
    let caught = exception.trim_start_matches('(').trim_end_matches(')');
    if caught
        .split(',')
        .all(|name| is_plain_name(name.trim()) && name.trim().starts_with(char::is_uppercase))
    {
        out.push(Suggestion::construct("e:", 0.9));
    }
}

/// `f.` under `finally:` after `f = open(` -> `close()`: what the `finally` of an opened file is for.
fn file_closed_finally(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !context.prefix.is_empty()
        || !context.member_starts_statement(&access)
        || !is_plain_name(access.receiver)
    {
        return;
    }
    if context.enclosing_lines().next() != Some("finally:") {
        return;
    }
    let opened = format!("{} = open(", access.receiver);
    if context
        .code_lines_above()
        .take(20)
        .any(|line| line.starts_with(&opened))
    {
        out.push(Suggestion::member("close()", 0.9));
    }
}

/// The class a JavaScript line above declares as a custom error: `class ValidationError extends Error {` ->
/// `ValidationError`.
fn error_class<'a>(context: &Context<'a>) -> Option<&'a str> {
    context
        .code_lines_above()
        .take(12)
        .find(|line| line.starts_with("class ") || line.starts_with("export class "))
        .and_then(|line| line.trim_start_matches("export ").strip_prefix("class "))
        .and_then(|header| header.split_once(" extends "))
        .filter(|(_, parent)| parent.trim_end_matches('{').trim().ends_with("Error"))
        .map(|(class, _)| class.trim())
        .filter(|class| is_plain_name(class))
}

/// `class ValidationError extends ` -> `Error {`; after `super(message);` in its constructor, `this.` -> `name =
/// 'ValidationError';` and a blank line the whole statement.
fn custom_error(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if let Some(class) = typed
        .trim_start_matches("export ")
        .strip_prefix("class ")
        .and_then(|rest| rest.strip_suffix(" extends "))
    {
        if is_plain_name(class) && (class.ends_with("Error") || class.ends_with("Exception")) {
            out.push(Suggestion::construct("Error {", 0.88));
        }
        return;
    }
    if !matches!(typed, "" | "this.") || typed.is_empty() && !context.on_blank_line_start() {
        return;
    }
    let after_super = context
        .previous_code_line()
        .is_some_and(|line| line.trim_start().starts_with("super(message)"));
    if !after_super || enclosing_function(context).is_none_or(|f| f.name != "constructor") {
        return;
    }
    let Some(class) = error_class(context) else {
        return;
    };
    let quote = if context.code.matches('"').count() > context.code.matches('\'').count() {
        '"'
    } else {
        '\''
    };
    let statement = format!("name = {quote}{class}{quote}{}", terminator(context));
    let text = if typed.is_empty() {
        format!("this.{statement}")
    } else {
        statement
    };
    out.push(Suggestion::construct(text, 0.85));
}

/// `error.` (or `err.`, `e.`) in the `catch (error) {` block that caught it -> `message`.
fn caught_error_message(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !context.prefix.is_empty() || !matches!(access.receiver, "error" | "err" | "e") {
        return;
    }
    let caught = format!("catch ({}", access.receiver);
    let in_catch = context.enclosing_lines().take(3).any(|line| {
        line.strip_prefix("} ")
            .unwrap_or(line)
            .strip_prefix(&caught)
            .is_some_and(|rest| rest.starts_with(')') || rest.starts_with(':'))
    });
    // A statement that starts with the error calls its methods; an argument or a value reads its message.
    if in_catch && !context.member_starts_statement(&access) {
        out.push(Suggestion::member("message", 0.88));
    }
}

/// `switch (action.` in a reducer -> `type) {`: a Redux action says what happened in its `type`.
fn redux_action_type(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.prefix.is_empty() && context.line_before.trim_start() == "switch (action." {
        out.push(Suggestion::member("type) {", 0.88));
    }
}

/// The words of a Go sentinel error's name as its message: `ErrNotFound` -> `not found`.
fn sentinel_message(name: &str) -> Option<String> {
    let rest = name.strip_prefix("Err")?;
    if !rest.starts_with(char::is_uppercase) {
        return None;
    }
    let mut message = String::with_capacity(rest.len() + 4);
    for character in rest.chars() {
        if character.is_uppercase() && !message.is_empty() {
            message.push(' ');
        }
        message.extend(character.to_lowercase());
    }
    Some(message)
}

/// Go's errors: `var ErrNotFound = errors.New(` -> `"not found")`; `errors.Is(err, ` -> the file's one sentinel;
/// `return fmt.` where the function returns an error -> `Errorf()` (a `string` -> `Sprintf()`); `func (e
/// *MyError) ` -> `Error() string {`.
fn go_errors(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if let Some(name) = typed
        .strip_prefix("var ")
        .and_then(|rest| rest.strip_suffix(" = errors.New("))
    {
        if let Some(message) = sentinel_message(name.trim()) {
            out.push(Suggestion::construct(format!("\"{message}\")"), 0.88));
        }
        return;
    }
    if let Some(before) = typed.strip_suffix("errors.Is(err, ") {
        let mut sentinels = context.code.lines().filter_map(|line| {
            line.trim_start()
                .strip_prefix("var ")
                .or_else(|| line.strip_prefix('\t'))
                .and_then(|rest| rest.split_once(" = errors.New("))
                .map(|(name, _)| name.trim())
                .filter(|name| sentinel_message(name).is_some())
        });
        if let (Some(sentinel), None) = (sentinels.next(), sentinels.next()) {
            let ending = if before.trim_end() == "if" {
                ") {"
            } else {
                ")"
            };
            out.push(Suggestion::construct(format!("{sentinel}{ending}"), 0.88));
        }
        return;
    }
    if context.prefix.is_empty()
        && let Some(values) = typed
            .strip_prefix("return ")
            .and_then(|rest| rest.strip_suffix("fmt."))
    {
        let Some(function) = enclosing_function(context) else {
            return;
        };
        let position = values.matches(',').count();
        let last = function.results.len().checked_sub(1);
        let value_position = values.trim().is_empty() || values.trim_end().ends_with(',');
        if !value_position || Some(position) != last {
            return;
        }
        match function.results.get(position) {
            Some(&"error") => out.push(Suggestion::member("Errorf()", 0.9)),
            Some(&"string") if position == 0 => out.push(Suggestion::member("Sprintf()", 0.9)),
            _ => {}
        }
        return;
    }
    if let Some(receiver) = typed
        .strip_prefix("func (")
        .and_then(|rest| rest.strip_suffix(") "))
    {
        let type_name = receiver
            .split_whitespace()
            .nth(1)
            .unwrap_or("")
            .trim_start_matches('*');
        let defined = format!("{type_name}) Error() string");
        if type_name.ends_with("Error") && !context.code.contains(&defined) {
            out.push(Suggestion::construct("Error() string {", 0.88));
        }
    }
}

/// `switch v := x.(` -> `type) {`; `if r := ` in a deferred function -> `recover(); r != nil {`.
fn go_type_switch_and_recover(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if typed.starts_with("switch ") && typed.ends_with(".(") && context.prefix.is_empty() {
        out.push(Suggestion::construct("type) {", 0.9));
    } else if typed == "if r := "
        && context
            .enclosing_lines()
            .take(2)
            .any(|line| line.starts_with("defer func()"))
    {
        out.push(Suggestion::construct("recover(); r != nil {", 0.9));
    }
}

/// `template <` -> `typename T>`; `std::cerr << ` in `catch (const std::exception& e) {` -> `e.what() <<
/// std::endl;` (`e.` -> `what()`); `class MyException : public std::` -> `exception {`.
fn cpp_templates_and_exceptions(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    // `e.` on the exception a `catch (const std::runtime_error& e) {` holds -> `what()`: the one thing read from it.
    if let Some(access) = context.dot_member()
        && "what()".starts_with(context.prefix)
        && context.enclosing_lines().next().is_some_and(|line| {
            line.trim_start_matches("} ")
                .strip_prefix("catch (const ")
                .and_then(|rest| rest.strip_suffix(") {"))
                .and_then(|declaration| declaration.rsplit_once('&'))
                .is_some_and(|(type_text, name)| {
                    name.trim() == access.receiver && type_text.starts_with("std::")
                })
        })
    {
        out.push(Suggestion::member(&"what()"[context.prefix.len()..], 0.9));
        return;
    }
    if typed == "template <" {
        out.push(Suggestion::construct("typename T>", 0.9));
    } else if typed == "std::cerr << " || typed == "cerr << " {
        let caught = context.enclosing_lines().next().and_then(|line| {
            line.trim_start_matches("} ")
                .strip_prefix("catch (const ")?
                .strip_suffix(") {")?
                .rsplit_once('&')
                .map(|(_, name)| name.trim())
        });
        if let Some(name) = caught.filter(|name| is_plain_name(name)) {
            let std = if typed.starts_with("std::") {
                "std::"
            } else {
                ""
            };
            out.push(Suggestion::construct(
                format!("{name}.what() << {std}endl;"),
                0.88,
            ));
        }
    } else if context.prefix.is_empty()
        && let Some(class) = typed
            .strip_prefix("class ")
            .and_then(|rest| rest.strip_suffix(" : public std::"))
        && (class.ends_with("Exception") || class.ends_with("Error"))
    {
        out.push(Suggestion::member("exception {", 0.88));
    }
}

/// `case ` after `case 1:` ... `case 2:` -> `3:`; `elif choice == "` after `if choice == "1":` -> `2":`: a text
/// menu numbers its options one by one, so the next branch tests the next number. Called for a `case ` in code
/// and for a value's opened quote in a literal.
pub(super) fn next_numbered_option(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let quote = typed.chars().last().filter(|c| matches!(c, '"' | '\''));
    let head = quote.map_or(Some(typed), |quote| typed.strip_suffix(quote));
    let Some(head) = head else {
        return;
    };
    let python = context.profile.language == Language::Python;
    // The tested variable of an `if` chain, or `None` for a `switch`'s `case`.
    let subject = if head == "case " && !python {
        None
    } else {
        let branch = if python {
            head.strip_prefix("elif ")
        } else {
            head.strip_prefix("} else if (")
                .or_else(|| head.strip_prefix("else if ("))
        };
        let Some(subject) = branch
            .and_then(|rest| {
                rest.strip_suffix(" == ")
                    .or_else(|| rest.strip_suffix(" === "))
            })
            .filter(|subject| is_plain_name(subject))
        else {
            return;
        };
        Some(subject)
    };
    let number = |value: &str| -> Option<u32> {
        let digits = match quote {
            Some(quote) => value.strip_prefix(quote)?.strip_suffix(quote)?,
            None => value,
        };
        digits.parse().ok().filter(|_| !digits.starts_with('+'))
    };
    // Nearest first; the chain's head (`switch`, the first `if`) ends the search.
    let mut numbers = Vec::new();
    let mut arrows = false;
    let mut headed = false;
    for line in context.code_lines_above().take(40) {
        let line = line.trim_start_matches(['}', ' ']);
        let value = match subject {
            None => {
                if line.starts_with("switch") {
                    headed = true;
                    break;
                }
                let Some(rest) = line.strip_prefix("case ") else {
                    continue;
                };
                if let Some((value, _)) = rest.split_once(" ->") {
                    arrows = true;
                    value
                } else {
                    let Some(value) = rest.strip_suffix(':') else {
                        return;
                    };
                    value
                }
            }
            Some(subject) => {
                let first = line.starts_with("if ") || line.starts_with("if(");
                let Some(test) = ["if ", "elif ", "else if "]
                    .iter()
                    .find_map(|start| line.strip_prefix(start))
                    .map(|test| test.trim_start_matches('('))
                    .and_then(|test| test.strip_prefix(subject))
                    .map(str::trim_start)
                    .and_then(|test| test.strip_prefix("===").or_else(|| test.strip_prefix("==")))
                else {
                    continue;
                };
                let value = test
                    .trim_end_matches(['{', ':', ' '])
                    .trim_end_matches(')')
                    .trim();
                if first {
                    headed = true;
                    numbers.extend(number(value));
                    break;
                }
                value
            }
        };
        let Some(value) = number(value) else {
            return;
        };
        numbers.push(value);
    }
    // Counted down from the nearest to 0 or 1, one by one.
    let Some(&last) = numbers.first() else {
        return;
    };
    let counted = headed
        && numbers.last().is_some_and(|first| *first <= 1)
        && numbers
            .windows(2)
            .all(|pair| pair[1].checked_add(1) == Some(pair[0]));
    if !counted {
        return;
    }
    let ending = match (subject, python, arrows) {
        (Some(_), false, _) => ") {",
        (None, false, true) => "",
        _ => ":",
    };
    let closing = quote.map(String::from).unwrap_or_default();
    out.push(Suggestion::construct(
        format!("{}{closing}{ending}", last + 1),
        0.85,
    ));
}

/// A Java enum constant's label begun (`BANNED("` under `ACTIVE("Active"),` and `PENDING("Pending"),`) ->
/// `Banned"),`: the constants above spell their labels from their names one way (as written, lower case, or
/// capitalized, `_` read as a space), and the new one follows.
pub(super) fn enum_constant_label(
    context: &Context<'_>,
    literal: &Token,
    out: &mut Vec<Suggestion>,
) {
    if context.profile.language != Language::Java {
        return;
    }
    let Some(typed) = context.typed_in_literal(literal) else {
        return;
    };
    let Some(quote_text) = typed.strip_prefix('"') else {
        return;
    };
    let before = context
        .code
        .get(context.line_start(literal.start)..literal.start)
        .unwrap_or("");
    let Some(name) = before
        .trim_start()
        .strip_suffix('(')
        .filter(|name| is_constant_name(name))
    else {
        return;
    };
    let mut labelled: Vec<(&str, &str, &str)> = Vec::new();
    for line in context.code_lines_above().take(40) {
        if line.contains("enum ") {
            break;
        }
        let Some((constant, rest)) = line.split_once("(\"") else {
            return;
        };
        let Some((label, after)) = rest.split_once('"') else {
            return;
        };
        if !is_constant_name(constant) {
            return;
        }
        labelled.push((constant, label, after));
    }
    let Some(&(_, _, after)) = labelled.first() else {
        return;
    };
    if labelled.len() < 2 {
        return;
    }
    let spellings: [fn(&str) -> String; 4] = [
        str::to_owned,
        |name| name.to_lowercase().replace('_', " "),
        |name| {
            let lower = name.to_lowercase().replace('_', " ");
            let mut characters = lower.chars();
            characters.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(characters).collect()
            })
        },
        |name| {
            name.split('_')
                .map(|word| {
                    let lower = word.to_lowercase();
                    let mut characters = lower.chars();
                    characters.next().map_or_else(String::new, |first| {
                        first.to_uppercase().chain(characters).collect()
                    })
                })
                .collect::<Vec<_>>()
                .join(" ")
        },
    ];
    let Some(spelling) = spellings.iter().find(|spelling| {
        labelled
            .iter()
            .all(|(constant, label, _)| spelling(constant) == *label)
    }) else {
        return;
    };
    let label = spelling(name);
    let Some(rest) = label.strip_prefix(quote_text) else {
        return;
    };
    // The constants above end alike (`"),`): so does this one, unless it takes more arguments.
    let end = if after == ")," { "\")," } else { "\"" };
    out.push(Suggestion::construct(format!("{rest}{end}"), 0.88));
}

/// A Rust match arm from a string to a variant, under arms that name each variant for its string (`"pause" =>
/// Some(Command::` -> `Pause),` under `"stop" => Some(Command::Stop),`; `"in progress"` names `InProgress`).
fn variant_named_by_literal(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Rust {
        return;
    }
    let typed = context.before_prefix().trim_start();
    let Some((key, head)) = string_arm(typed) else {
        return;
    };
    let Some((wrapper, enum_name)) = head.strip_suffix("::").and_then(split_wrapper) else {
        return;
    };
    let mut tail = None;
    let mut arms = 0_usize;
    for line in context.code_lines_above().take(30) {
        let Some((other_key, value)) = string_arm(line) else {
            break;
        };
        let Some(rest) = value
            .strip_prefix(wrapper)
            .and_then(|rest| rest.strip_prefix(enum_name))
            .and_then(|rest| rest.strip_prefix("::"))
        else {
            return;
        };
        let end = rest
            .find(|c: char| !super::lexer::is_identifier_char(c))
            .unwrap_or(rest.len());
        if rest[..end] != pascal_case(other_key) {
            return;
        }
        tail.get_or_insert(&rest[end..]);
        arms += 1;
    }
    let Some(tail) = tail.filter(|_| arms >= 2) else {
        return;
    };
    let variant = pascal_case(key);
    if let Some(rest) = variant.strip_prefix(context.prefix) {
        out.push(Suggestion::construct(format!("{rest}{tail}"), 0.88));
    }
}

/// Inside a Rust arm's string, from a variant (`Command::Resume => "` -> `resume",`): the string the arms above
/// spell from theirs (`Command::Pause => "pause",`), in lower case with the words joined one way, or as written.
pub(super) fn literal_named_by_variant(
    context: &Context<'_>,
    literal: &Token,
    out: &mut Vec<Suggestion>,
) {
    if context.profile.language != Language::Rust {
        return;
    }
    let Some(partial) = context
        .typed_in_literal(literal)
        .and_then(|typed| typed.strip_prefix('"'))
    else {
        return;
    };
    let Some(variant) = context
        .before_literal(literal)
        .and_then(|before| variant_arm(before.trim_start()))
        .filter(|(_, rest)| *rest == " => ")
        .map(|(path, _)| path)
    else {
        return;
    };
    let mut arms: Vec<(&str, &str, &str)> = Vec::new();
    for line in context.code_lines_above().take(30) {
        let Some((path, rest)) = variant_arm(line) else {
            break;
        };
        let Some((string, tail)) = rest
            .strip_prefix(" => \"")
            .and_then(|rest| rest.split_once('"'))
        else {
            return;
        };
        arms.push((path, string, tail));
    }
    let Some(&(_, _, tail)) = arms.first() else {
        return;
    };
    if arms.len() < 2 || !matches!(tail, "," | "") {
        return;
    }
    let spellings: [fn(&[String]) -> String; 5] = [
        |words| words.join(" "),
        |words| words.join("_"),
        |words| words.join("-"),
        |words| words.concat(),
        |words| words.join("_").to_ascii_uppercase(),
    ];
    let Some(spelling) = spellings.iter().find(|spelling| {
        arms.iter()
            .all(|(path, string, _)| spelling(&variant_words(path)) == *string)
    }) else {
        return;
    };
    let text = spelling(&variant_words(variant));
    if let Some(rest) = text.strip_prefix(partial) {
        out.push(Suggestion::construct(format!("{rest}\"{tail}"), 0.88));
    }
}

/// `Command::Pause => "pause",` -> (`Command::Pause`, ` => "pause",`): an arm whose pattern is a unit variant.
fn variant_arm(line: &str) -> Option<(&str, &str)> {
    let (enum_name, rest) = line.split_once("::")?;
    let end = rest
        .find(|c: char| !super::lexer::is_identifier_char(c))
        .unwrap_or(rest.len());
    let variant = &rest[..end];
    (is_plain_name(enum_name)
        && enum_name.starts_with(|c: char| c.is_ascii_uppercase())
        && is_plain_name(variant))
    .then(|| line.split_at(enum_name.len() + 2 + end))
}

/// `Command::InProgress` -> [`in`, `progress`].
fn variant_words(path: &str) -> Vec<String> {
    let variant = path.rsplit("::").next().unwrap_or(path);
    let mut words: Vec<String> = Vec::new();
    for character in variant.chars() {
        if character.is_ascii_uppercase() || words.is_empty() {
            words.push(String::new());
        }
        if let Some(word) = words.last_mut() {
            word.push(character.to_ascii_lowercase());
        }
    }
    words
}

/// `"stop" => Some(Command::Stop),` -> (`stop`, `Some(Command::Stop),`).
fn string_arm(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix('"')?;
    let (key, value) = rest.split_once("\" => ")?;
    (!key.is_empty() && !key.contains(['"', '\\'])).then_some((key, value))
}

/// `Some(Command` -> (`Some(`, `Command`), `Command` -> (``, `Command`).
fn split_wrapper(head: &str) -> Option<(&str, &str)> {
    let start = head.rfind('(').map_or(0, |open| open + 1);
    let enum_name = &head[start..];
    (is_plain_name(enum_name) && enum_name.starts_with(|c: char| c.is_ascii_uppercase()))
        .then(|| (&head[..start], enum_name))
}

/// `in progress` -> `InProgress`, `dark_mode` -> `DarkMode`.
fn pascal_case(text: &str) -> String {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| {
            let mut characters = word.chars();
            characters.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + &characters.as_str().to_ascii_lowercase()
            })
        })
        .collect()
}

/// Whether a word is an enum constant's name (`BANNED`, `IN_PROGRESS`).
fn is_constant_name(name: &str) -> bool {
    is_plain_name(name)
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && !name.contains(|c: char| c.is_ascii_lowercase())
}

/// `case "` in a `switch (shape.kind)` -> `square":`: the one value of that field the file's literals show
/// (`{ kind: "circle" ... } | { kind: "square" ... }`) that no case above took yet.
pub(super) fn remaining_case(context: &Context<'_>, literal: &Token, out: &mut Vec<Suggestion>) {
    if !matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript
    ) || !context.at_line_end()
    {
        return;
    }
    let typed = context.typed_in_literal(literal).unwrap_or("");
    let Some(quote) = typed
        .chars()
        .next()
        .filter(|quote| matches!(quote, '"' | '\''))
    else {
        return;
    };
    if context.line_before.trim_start() != format!("case {typed}") {
        return;
    }
    let mut taken = Vec::new();
    let mut field = None;
    for line in context.code_lines_above().take(60) {
        if let Some(value) = line
            .strip_prefix("case ")
            .and_then(|rest| rest.strip_suffix(':'))
        {
            taken.push(value.trim_matches(quote));
        } else if let Some(switched) = line
            .strip_prefix("switch (")
            .and_then(|rest| rest.strip_suffix(") {"))
        {
            field = switched.rsplit_once('.').map(|(_, field)| field);
            break;
        }
    }
    let Some(field) = field.filter(|field| is_plain_name(field)) else {
        return;
    };
    let key = format!("{field}: {quote}");
    let mut values: Vec<&str> = Vec::new();
    for line in context.code_lines_above().take(300) {
        for (at, _) in line.match_indices(&key) {
            let value = line
                .get(at + key.len()..)
                .and_then(|rest| rest.split(quote).next())
                .unwrap_or("");
            if !value.is_empty() && !values.contains(&value) {
                values.push(value);
            }
        }
    }
    let mut left = values.iter().filter(|value| !taken.contains(value));
    if let (Some(value), None) = (left.next(), left.next())
        && let Some(rest) = value.strip_prefix(typed.get(1..).unwrap_or(""))
    {
        out.push(Suggestion::of_kind(
            format!("{rest}{quote}:"),
            0.88,
            "construct",
        ));
    }
}

/// `const Color = Object.` -> `freeze({`: a capitalized constant built from `Object` is JavaScript's enum, a
/// frozen object literal.
fn frozen_constants(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(name) = context
        .line_before
        .trim_start()
        .trim_start_matches("export ")
        .strip_prefix("const ")
        .and_then(|rest| rest.strip_suffix(" = Object."))
    else {
        return;
    };
    if context.prefix.is_empty()
        && is_plain_name(name)
        && name.starts_with(|c: char| c.is_ascii_uppercase())
    {
        out.push(Suggestion::member("freeze({", 0.9));
    }
}

/// In a reducer (`function reducer(state, action)`), `return ` under `default:` -> `state;` (an unknown action
/// changes nothing), and under `case "decrement":` the mirror of the `increment` case's `state + 1`.
fn reducer_returns(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "return " {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let Some(state) = function.parameters.first().map(|parameter| parameter.name) else {
        return;
    };
    let reducer = function.parameters.len() == 2
        && function
            .parameters
            .get(1)
            .is_some_and(|parameter| parameter.name == "action");
    if !reducer {
        return;
    }
    let mut above = context.code_lines_above();
    let Some(label) = above.next() else {
        return;
    };
    if label == "default:" {
        out.push(Suggestion::construct(
            format!("{state}{}", terminator(context)),
            0.88,
        ));
        return;
    }
    let Some(case) = label
        .strip_prefix("case ")
        .and_then(|rest| rest.strip_suffix(':'))
        .map(|value| value.trim_matches(['"', '\'']))
    else {
        return;
    };
    let (wanted, from, to) = match case {
        "decrement" => ("increment", " + ", " - "),
        "increment" => ("decrement", " - ", " + "),
        _ => return,
    };
    let mirrored = above
        .take(10)
        .collect::<Vec<_>>()
        .windows(2)
        .find_map(|pair| {
            let [statement, label] = pair else {
                return None;
            };
            let value = label
                .strip_prefix("case ")?
                .strip_suffix(':')?
                .trim_matches(['"', '\'']);
            (value == wanted).then_some(*statement)
        });
    if let Some(expression) = mirrored
        .and_then(|statement| statement.strip_prefix("return "))
        .filter(|expression| expression.starts_with(state) && expression.contains(from))
    {
        out.push(Suggestion::construct(
            expression.replacen(from, to, 1),
            0.88,
        ));
    }
}

/// `case Direction.` in a `switch` over that enum -> the one member no case above took yet (`Down:`).
fn remaining_enum_case(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if context.line_before.trim_start() != format!("case {}.", access.receiver)
        || !is_plain_name(access.receiver)
    {
        return;
    }
    let case_member = |line: &'_ str| -> Option<String> {
        line.strip_prefix("case ")
            .and_then(|rest| rest.strip_suffix(':'))
            .and_then(|rest| rest.strip_prefix(access.receiver))
            .and_then(|rest| rest.strip_prefix('.'))
            .map(str::to_owned)
    };
    let mut taken = Vec::new();
    for line in context.code_lines_above().take(60) {
        if let Some(member) = case_member(line) {
            taken.push(member);
        } else if line.starts_with("switch (") {
            break;
        }
    }
    // A case added between existing ones: the cases below are taken too, up to the switch's end.
    let case_width = super::cursor::indentation(context.line_before);
    let after = context.code.get(context.cursor..).unwrap_or("");
    for line in after.lines().skip(1).take(60) {
        if !line.trim().is_empty() && super::cursor::indentation(line) < case_width {
            break;
        }
        if let Some(member) = case_member(line.trim()) {
            taken.push(member);
        }
    }
    let header = format!("enum {} {{", access.receiver);
    let mut members = Vec::new();
    let mut inside = false;
    for line in context
        .code_lines_above()
        .take(300)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
    {
        let declaration = line
            .trim_start_matches("export ")
            .trim_start_matches("const ");
        // `enum Color { Red, Green, Blue }` on one line.
        if let Some(listed) = declaration
            .strip_prefix(header.as_str())
            .and_then(|rest| rest.trim_end().strip_suffix('}'))
        {
            members = listed
                .split(',')
                .map(|member| member.split('=').next().unwrap_or("").trim())
                .filter(|member| is_plain_name(member))
                .collect();
            break;
        }
        if declaration == header {
            inside = true;
            continue;
        }
        if inside {
            if line.starts_with('}') {
                break;
            }
            let member = line.split(['=', ',']).next().unwrap_or("").trim();
            if is_plain_name(member) {
                members.push(member);
            }
        }
    }
    let mut left = members
        .iter()
        .filter(|member| !taken.iter().any(|taken| taken == *member));
    if let (Some(member), None, false) = (left.next(), left.next(), taken.is_empty()) {
        out.push(Suggestion::member(format!("{member}:"), 0.88));
    }
}

/// `switch (shape.` -> `kind) {` where the file's union type tells its members apart by one field (`| { kind:
/// "circle"; ... }`).
fn switched_discriminant(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if context.line_before.trim_start() != format!("switch ({}.", access.receiver)
        || !is_plain_name(access.receiver)
    {
        return;
    }
    let mut fields = context.code_lines_above().take(300).filter_map(|line| {
        let (field, _) = line.strip_prefix("| { ")?.split_once(": ")?;
        is_plain_name(field).then_some(field)
    });
    let Some(first) = fields.next() else {
        return;
    };
    let mut count = 1;
    for field in fields {
        if field != first {
            return;
        }
        count += 1;
    }
    if count >= 2 {
        out.push(Suggestion::member(format!("{first}) {{"), 0.9));
    }
}

/// `} ca|` right after a `try` block's `}` -> `tch (`: a `try` block must be followed by its `catch` or
/// `finally`, and no other keyword starting with those letters may stand there (`case`, `const`, `class`).
fn catch_after_try(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript | Language::Java
    ) || context.prefix.is_empty()
        || !"catch".starts_with(context.prefix)
        || context.prefix == "catch"
        || context.before_prefix().trim() != "}"
    {
        return;
    }
    let tokens = context.tokens_before();
    let Some(close) = tokens.len().checked_sub(1) else {
        return;
    };
    let mut depth = 0usize;
    for index in (0..=close).rev() {
        let Some(token) = tokens.get(index) else {
            return;
        };
        if token.is_symbol(context.code, "}") {
            depth += 1;
        } else if token.is_symbol(context.code, "{") {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                let opened_by_try = index
                    .checked_sub(1)
                    .and_then(|previous| tokens.get(previous))
                    .is_some_and(|previous| previous.is_word(context.code, "try"));
                if opened_by_try && let Some(rest) = "catch (".get(context.prefix.len()..) {
                    out.push(Suggestion::of_kind(rest, 0.88, "keyword"));
                }
                return;
            }
        }
    }
}

/// `return ` as the first statement of a handler (`except ValueError:`, `catch (NumberFormatException e) {`) in a
/// function given a `default` (`fallback`, `defaultValue`) -> that parameter: it is there for the failure.
fn fallback_after_failure(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const FALLBACKS: &[&str] = &[
        "default",
        "fallback",
        "default_value",
        "defaultValue",
        "dflt",
        "otherwise",
    ];
    if context.line_before.trim_start() != "return " || !context.prefix.is_empty() {
        return;
    }
    let Some(handler) = context.code_lines_above().next() else {
        return;
    };
    let handles = handler.starts_with("except")
        || handler.starts_with("} catch (") && handler.ends_with('{')
        || handler.starts_with("catch (") && handler.ends_with('{');
    if !handles {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let mut given = function
        .parameter_names()
        .filter(|name| FALLBACKS.contains(name));
    if let (Some(fallback), None) = (given.next(), given.next()) {
        out.push(Suggestion::construct(
            format!("{fallback}{}", terminator(context)),
            0.85,
        ));
    }
}
