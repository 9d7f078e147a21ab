//! The first tests a course writes, in each language's own framework: Python's `unittest` (`self.` in a test
//! method lists `assertEqual()` first, `unittest.` under `if __name__ == "__main__":` -> `main()`) and pytest (`assert `
//! in `test_add` -> `add()`, `assert add(2, 3) ` -> `== `, `@pytest.mark.` -> `parametrize()`, a parametrized test's parameters from its table, `with pytest.` ->
//! `raises()` and `with pytest.raises(` -> the error the test is named for, a test client's `status_code == ` -> `200`), Jest's `expect(` in a test's body, Rust's `#[should_panic]` (and `use super::*;` listed first in `mod
//! tests`), and Go's table of `got` and `want` (`if got != ` -> `want {`, `t.Errorf(` -> `"got %v, want %v",
//! got, want)`).

use super::Language;
use super::Suggestion;
use super::cursor::Context;
use super::lexer::is_plain_name;
use super::statements::enclosing_function;

/// Runs every rule of this module.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    match context.profile.language {
        Language::Python => {
            unittest_assertion(context, out);
            tested_call(context, out);
            unittest_main(context, out);
            compared_result(context, out);
            pytest_decorator(context, out);
            expected_error(context, out);
            parametrized_parameters(context, out);
            shared_fixtures(context, out);
            fixture_yield(context, out);
            expected_status(context, out);
            pytest_context(context, out);
        }
        Language::JavaScript | Language::TypeScript => {
            jest_expectation(context, out);
            node_assertion(context, out);
        }
        Language::Rust => rust_test_module(context, out),
        Language::Go => got_and_want(context, out),
        Language::Java => junit_assertion(context, out),
        Language::C | Language::Cpp => next_test_called(context, out),
        _ => {}
    }
}

/// In a hand-rolled C or C++ harness's `main`, after `test_push_pop();` and `test_empty();` -> `test_grow();`: the
/// first test function the file defines that `main` does not call yet (`testPop();` after `testPush();`).
fn next_test_called(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if typed != context.prefix {
        return;
    }
    let is_test = |name: &str| name.starts_with("test") && is_plain_name(name);
    let called = |line: &str| {
        line.strip_suffix("();")
            .filter(|name| is_test(name))
            .map(str::to_owned)
    };
    if context
        .code_lines_above()
        .next()
        .is_none_or(|line| called(line).is_none())
    {
        return;
    }
    // Read bottom to top: `main`'s calls up to its header, then the functions defined above it.
    let mut calls = Vec::new();
    let mut defined = Vec::new();
    let mut in_main = false;
    for line in context.code_before_line().lines().rev().take(400) {
        let trimmed = line.trim();
        let header = line.starts_with(|c: char| c.is_ascii_alphabetic()) && trimmed.ends_with('{');
        if !in_main {
            if header {
                if !trimmed.starts_with("int main(") {
                    return;
                }
                in_main = true;
            } else if let Some(name) = called(trimmed) {
                calls.push(name);
            }
            continue;
        }
        if header {
            let head = trimmed.split('(').next().unwrap_or("");
            let name = head.rsplit(' ').next().unwrap_or("");
            if (head.starts_with("void ") || head.starts_with("static void ")) && is_test(name) {
                defined.push(name);
            }
        }
    }
    if !in_main {
        return;
    }
    // The definitions came out last first.
    let Some(next) = defined
        .iter()
        .rev()
        .find(|name| !calls.iter().any(|call| call == *name))
    else {
        return;
    };
    if let Some(rest) = next.strip_prefix(context.prefix) {
        out.push(Suggestion::construct(format!("{rest}();"), 0.88));
    }
}

/// `self.` starting a statement in a `test_` method of a `unittest.TestCase` -> `assertEqual()`, listed first but
/// not offered inline: the most used assertion, but in the standard library's own tests it was the one written
/// next only one time in five (`assertIs`, `assertTrue`, `assertIn` share the rest).
fn unittest_assertion(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !starts_statement_with_member_of(context, "self") {
        return;
    }
    let in_test =
        enclosing_function(context).is_some_and(|function| function.name.starts_with("test"));
    let test_case = context
        .code_lines_above()
        .find(|line| line.starts_with("class "))
        .is_some_and(|class| class.contains("TestCase)"));
    if in_test && test_case {
        out.push(Suggestion::member("assertEqual()", 0.8));
    }
}

/// `assert ` in pytest's `def test_add():` -> `add()` (the caret between the parentheses), and on the test's first
/// blank line the whole `assert add()`: a test named for a function the file defines or imports calls it.
fn tested_call(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    // pytest's plain test function (`def test_add():`): a unittest method's first line is a `self.` call.
    let first_line = context.on_blank_line_start()
        && context.previous_code_line().is_some_and(|line| {
            let header = line.trim_start();
            header.starts_with("def test_") && header.ends_with("():")
        });
    if !context.prefix.is_empty() || !(typed == "assert " || first_line) {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let Some(tested) = function.name.strip_prefix("test_") else {
        return;
    };
    let code = context.code;
    let defined = |name: &str| {
        code.contains(&format!("\ndef {name}(")) || code.starts_with(&format!("def {name}("))
    };
    let imported = |name: &str| {
        code.lines().any(|line| {
            line.strip_prefix("from ")
                .and_then(|rest| rest.split_once(" import "))
                .is_some_and(|(_, names)| names.split(',').any(|imported| imported.trim() == name))
        })
    };
    // `test_add_negative` tests `add`: the longest known name the test's name starts with.
    let mut candidates: Vec<&str> = tested
        .match_indices('_')
        .map(|(at, _)| &tested[..at])
        .chain(std::iter::once(tested))
        .collect();
    candidates.reverse();
    let Some(name) = candidates
        .into_iter()
        .find(|name| is_plain_name(name) && (defined(name) || imported(name)))
    else {
        return;
    };
    let text = if first_line {
        format!("assert {name}()")
    } else {
        format!("{name}()")
    };
    out.push(Suggestion::construct(text, 0.8));
}

/// `unittest.` under `if __name__ == "__main__":` -> `main()`: the test module runs its own tests.
fn unittest_main(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !starts_statement_with_member_of(context, "unittest") {
        return;
    }
    let under_main = context
        .previous_code_line()
        .is_some_and(|line| line.trim_start().starts_with("if __name__ =="));
    if under_main {
        out.push(Suggestion::member("main()", 0.9));
    }
}

/// `assert add(2, 3) ` -> `== `: an assertion on a call's result compares it with the expected value. A
/// predicate (`assert is_valid(x)`, `assert isinstance(`) is complete as it is.
fn compared_result(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(expression) = typed
        .strip_prefix("assert ")
        .and_then(|rest| rest.strip_suffix(' '))
    else {
        return;
    };
    let Some((function, _)) = expression.split_once('(') else {
        return;
    };
    let function_name = function.rsplit('.').next().unwrap_or(function);
    let predicate = [
        "is", "has", "can", "should", "exists", "all", "any", "callable", "hasattr",
    ]
    .iter()
    .any(|word| function_name.starts_with(word));
    if is_plain_call(expression) && !predicate {
        out.push(Suggestion::construct("== ", 0.86));
    }
}

/// Whether `expression` is one call and nothing else: a (dotted) name, then parentheses that close at its end.
fn is_plain_call(expression: &str) -> bool {
    let Some((function, _)) = expression.split_once('(') else {
        return false;
    };
    let named = !function.is_empty()
        && !function.starts_with('.')
        && function
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '.');
    let mut depth = 0usize;
    for (at, character) in expression.char_indices() {
        match character {
            '(' => depth += 1,
            ')' => {
                let Some(inner) = depth.checked_sub(1) else {
                    return false;
                };
                depth = inner;
                if depth == 0 && at + 1 != expression.len() {
                    return false;
                }
            }
            _ => {}
        }
    }
    named && depth == 0 && expression.ends_with(')')
}

/// `@pytest.` -> `fixture`, `@pytest.mark.` -> `parametrize()`: what pytest's decorators are mostly for.
fn pytest_decorator(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    match context.line_before.trim() {
        "@pytest." => {
            // `raises()` and the like are called in a test's body, never as a decorator.
            out.retain(|suggestion| suggestion.kind != "member");
            out.push(Suggestion::member("fixture", 0.86));
        }
        "@pytest.mark." => out.push(Suggestion::member("parametrize()", 0.88)),
        _ => {}
    }
}

/// `def test_add(` under `@pytest.mark.parametrize("a, b, expected", [` -> `a, b, expected):`: the test takes
/// exactly the names its table gives, in their order.
fn parametrized_parameters(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    // What is typed of the parameters (`x, expe`) must begin the table's names.
    let Some((_, listed)) = typed
        .strip_prefix("def test")
        .and_then(|rest| rest.split_once('('))
    else {
        return;
    };
    // The decorator sits right above the header, its table running over the lines in between.
    let Some(decorator) = context
        .code_lines_above()
        .take(40)
        .take_while(|line| !line.starts_with("def "))
        .find(|line| line.starts_with("@pytest.mark.parametrize("))
    else {
        return;
    };
    let Some(names) = decorator
        .strip_prefix("@pytest.mark.parametrize(")
        .and_then(|rest| {
            let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
            rest.get(1..)?.split(quote).next()
        })
    else {
        return;
    };
    let names: Vec<&str> = names.split(',').map(str::trim).collect();
    if names.iter().all(|name| is_plain_name(name))
        && let Some(rest) = format!("{}):", names.join(", ")).strip_prefix(listed)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, 0.88));
    }
}

/// `def test_clear(` at the left margin, below tests that all take the same fixtures (`def test_add(cart):`,
/// `def test_total(cart):`) -> `cart):`: a pytest module's tests share the fixtures its top defines.
fn shared_fixtures(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    /// How many lines above the earlier tests are read in.
    const TEST_LINES: usize = 200;
    if context.line_before.starts_with([' ', '\t']) {
        return;
    }
    let Some((_, listed)) = context
        .line_before
        .strip_prefix("def test")
        .and_then(|rest| rest.split_once('('))
    else {
        return;
    };
    let mut headers = context
        .code_lines_above()
        .take(TEST_LINES)
        .filter_map(|line| line.strip_prefix("def test"))
        .filter_map(|rest| rest.split_once('(').map(|(_, parameters)| parameters))
        .take(3);
    let Some(first) = headers.next() else {
        return;
    };
    let mut count = 1;
    for other in headers {
        if other != first {
            return;
        }
        count += 1;
    }
    // A parametrized test's own names are not the module's fixtures.
    let parameters = first.strip_suffix("):").unwrap_or("");
    let plain = parameters
        .split(',')
        .all(|name| is_plain_name(name.trim()) && name.trim() != "self");
    // One test is habit enough when what it takes are the module's own fixtures.
    let fixtures = || {
        let lines: Vec<&str> = context.code_lines_above().take(TEST_LINES).collect();
        parameters.split(',').map(str::trim).all(|name| {
            lines.windows(2).any(|pair| {
                pair[0].starts_with(&format!("def {name}("))
                    && pair[1].starts_with("@pytest.fixture")
            })
        })
    };
    if (count >= 2 || fixtures())
        && plain
        && let Some(rest) = first.strip_prefix(listed)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, 0.86));
    }
}

/// `yield ` right under `with app.test_client() as client:` in a `@pytest.fixture` -> `client`: a fixture hands
/// its test what it opened, and closes it after.
fn fixture_yield(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != format!("yield {}", context.prefix) {
        return;
    }
    let Some(opened) = context
        .previous_code_line()
        .map(str::trim)
        .and_then(|line| line.strip_prefix("with "))
        .and_then(|line| line.strip_suffix(':'))
        .and_then(|line| line.rsplit_once(" as "))
        .map(|(_, name)| name)
        .filter(|name| is_plain_name(name))
    else {
        return;
    };
    let in_fixture = context
        .code_lines_above()
        .take(20)
        .skip_while(|line| !line.starts_with("def "))
        .nth(1)
        .is_some_and(|line| line.starts_with("@pytest.fixture"));
    if in_fixture
        && let Some(rest) = opened.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, 0.88));
    }
}

/// `assert response.status_code == ` -> `200` when the response is a test client's `get` in a test that expects
/// no failure (one named for a missing page or a bad request expects another code).
fn expected_status(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    let Some(response) = context
        .line_before
        .trim_start()
        .strip_prefix("assert ")
        .and_then(|rest| rest.strip_suffix(".status_code == "))
        .filter(|response| is_plain_name(response))
    else {
        return;
    };
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let failing = [
        "not_found",
        "missing",
        "invalid",
        "unauthorized",
        "forbidden",
        "error",
        "fail",
        "bad",
        "wrong",
        "404",
        "denied",
        "unknown",
        "reject",
    ]
    .iter()
    .any(|word| function.name.contains(word));
    let fetched = context.code_lines_above().take(20).any(|line| {
        line.strip_prefix(response)
            .and_then(|rest| rest.strip_prefix(" = "))
            .is_some_and(|value| {
                value.starts_with("client.get(") || value.starts_with("requests.get(")
            })
    });
    if function.name.starts_with("test") && fetched && !failing {
        out.push(Suggestion::construct("200", 0.86));
    }
}

/// `with pytest.` in a test -> `raises()`: the one context manager a first test suite opens from pytest;
/// `with self.` in a `unittest.TestCase`'s test -> `assertRaises()`, the assertion a `with` opens (never
/// `assertEqual`, which is no context manager).
fn pytest_context(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if typed != "with pytest." && typed != "with self." {
        return;
    }
    let in_test =
        enclosing_function(context).is_some_and(|function| function.name.starts_with("test"));
    if !in_test {
        return;
    }
    if typed == "with pytest." {
        out.push(Suggestion::member("raises()", 0.88));
        return;
    }
    let test_case = context
        .code_lines_above()
        .find(|line| line.starts_with("class "))
        .is_some_and(|class| class.contains("TestCase)"));
    if test_case {
        out.push(Suggestion::member("assertRaises()", 0.9));
    }
}

/// `with pytest.raises(` in `test_divide_by_zero` -> `ZeroDivisionError):`: the test's name says which error
/// it expects.
fn expected_error(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim();
    if typed != "with pytest.raises(" && typed != "with self.assertRaises(" {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    const ERRORS: &[(&str, &str)] = &[
        ("zero", "ZeroDivisionError"),
        ("divide", "ZeroDivisionError"),
        ("missing_key", "KeyError"),
        ("key", "KeyError"),
        ("index", "IndexError"),
        ("out_of_range", "IndexError"),
        ("type", "TypeError"),
        ("negative", "ValueError"),
        ("invalid", "ValueError"),
        ("value", "ValueError"),
        ("not_found", "FileNotFoundError"),
        ("missing_file", "FileNotFoundError"),
    ];
    let name = function.name.to_lowercase();
    if let Some((_, error)) = ERRORS.iter().find(|(word, _)| name.contains(word)) {
        out.push(Suggestion::construct(format!("{error}):"), 0.86));
    }
}

/// The statement opening the body of a Jest test (`test('adds', () => {` or `it(...)`) -> `expect(`: a test
/// checks something; `expect(add(1, 2)).toBe(` is what follows.
fn jest_expectation(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.on_blank_line_start() {
        return;
    }
    let opened_test = context.previous_code_line().is_some_and(|line| {
        let line = line.trim_start();
        (line.starts_with("test(") || line.starts_with("it("))
            && (line.ends_with("=> {")
                || line.ends_with("function () {")
                || line.ends_with("function() {"))
    });
    if opened_test {
        out.push(Suggestion::construct("expect()", 0.86));
    }
}

/// `assert.` starting a statement, with Node's `assert` module required -> `strictEqual()`.
fn node_assertion(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !starts_statement_with_member_of(context, "assert") {
        return;
    }
    let node_assert = context.code.contains("require('assert')")
        || context.code.contains("require(\"assert\")")
        || context.code.contains("from 'assert'")
        || context.code.contains("from \"assert\"")
        || context.code.contains("from 'node:assert'")
        || context.code.contains("require('node:assert')");
    if node_assert {
        out.push(Suggestion::member("strictEqual()", 0.88));
    }
}

/// `assert` starting a statement in a JUnit test (`@Test` above, `org.junit` imported) -> `Equals()`: the
/// assertion the tests of a course write first and most, not Java's own `assert` statement (disabled unless the
/// JVM runs with `-ea`).
fn junit_assertion(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const ASSERTION: &str = "assertEquals()";
    let prefix = context.prefix;
    if prefix.len() < 3
        || !ASSERTION.starts_with(prefix)
        || context.line_before.trim_start() != prefix
    {
        return;
    }
    let before = context.code_before_line();
    // `@Test` on the method is JUnit's, imported or not yet.
    let test_method = context
        .code_lines_above()
        .skip_while(|line| !line.contains('('))
        .nth(1)
        .is_some_and(|annotation| annotation == "@Test");
    let junit = before.contains("import org.junit") || before.contains("import static org.junit");
    if (junit && before.contains("@Test") || test_method) && enclosing_function(context).is_some() {
        out.push(Suggestion::construct(&ASSERTION[prefix.len()..], 0.8));
    }
}

/// `mod tests {` -> `use super::*;` on its first line, as the book and `cargo new --lib` write it; only listed in a
/// crate whose own imports name what they use (`use crate::lock::Lock;`): its tests import by name as often.
/// `#[should_` -> `panic]` (`#[ign` -> `ore]`), and `mod ` under `#[cfg(test)]` -> `tests {`.
fn rust_test_module(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim();
    // A test's attributes after `#[test]`, begun (`#[should_pa`, `#[ign`): nothing else starts so.
    if let Some(begun) = typed.strip_prefix("#[").filter(|begun| begun.len() >= 2)
        && let Some(attribute) = ["should_panic", "ignore"]
            .iter()
            .find(|attribute| attribute.starts_with(begun) && attribute.len() > begun.len())
    {
        out.push(Suggestion::construct(
            format!("{}]", &attribute[begun.len()..]),
            0.9,
        ));
        return;
    }
    // The module `#[cfg(test)]` marks is the crate's `tests` (the name every guide and `cargo new --lib` give it).
    if context.before_prefix().trim_start() == "mod "
        && context.at_line_end()
        && let Some(rest) = "tests".strip_prefix(context.prefix)
        && !rest.is_empty()
        && context
            .previous_code_line()
            .is_some_and(|line| line.trim() == "#[cfg(test)]")
    {
        out.push(Suggestion::construct(format!("{rest} {{"), 0.88));
        return;
    }
    if context.on_blank_line_start()
        && context
            .previous_code_line()
            .is_some_and(|line| line.trim() == "mod tests {")
    {
        let imports_by_name = context.code_lines_above().any(|line| {
            line.starts_with("use crate::")
                || line.starts_with("use super::") && !line.ends_with("*;")
        });
        let confidence = if imports_by_name { 0.7 } else { 0.88 };
        out.push(Suggestion::construct("use super::*;", confidence));
    }
}

/// In a Go test that set `got` and `want`: `if got != ` -> `want {`, and `t.Errorf(` -> `"got %v, want %v",
/// got, want)`.
fn got_and_want(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if typed != "if got != " && typed != "t.Errorf(" {
        return;
    }
    let in_test =
        enclosing_function(context).is_some_and(|function| function.name.starts_with("Test"));
    if !in_test {
        return;
    }
    let declared = |name: &str| {
        context.code_lines_above().take(30).any(|line| {
            line.starts_with(&format!("{name} := ")) || line.starts_with(&format!("{name}, "))
        })
    };
    if typed == "if got != " && declared("got") && declared("want") {
        out.push(Suggestion::construct("want {", 0.9));
    } else if typed == "t.Errorf(" && declared("got") && declared("want") {
        out.push(Suggestion::construct(
            "\"got %v, want %v\", got, want)",
            0.88,
        ));
    }
}

/// Whether the cursor is right after `receiver.` at the start of a statement, nothing of the member typed yet.
fn starts_statement_with_member_of(context: &Context<'_>, receiver: &str) -> bool {
    context.prefix.is_empty()
        && context.dot_member().is_some_and(|access| {
            access.receiver == receiver && context.member_starts_statement(&access)
        })
}
