//! What a real project's test suite leaves to write once its framework is known (`unit_tests` holds a course's
//! first tests): the framework's names half typed (GoogleTest's `ASSERT_TR` -> `UE()`, Catch2's `REQUI` -> `RE()`,
//! JUnit's `assertNu` -> `ll()`, Mockito's `thenRet` -> `urn()`, a Jest mock's `mockResolvedVal` -> `ue()`, a
//! `unittest.mock` object's `return_val` -> `ue`, pytest's `monkeypatch.seten` -> `v()`, Go's `httptest.NewRec` ->
//! `order()`), a Go table-driven test's loop (`t.Run(tt.` -> `name, func(t *testing.T) {`, `if got != tt.` ->
//! `want {`, a failure message's arguments from the comparison that failed), a parametrized test's expected value,
//! and a hand-made runner's next test (`test_` in `main` -> the first test function not called yet).
//!
//! A half-typed name is completed only where the letters leave one name of the framework, or one and longer
//! spellings of it (`REQUI` -> `REQUIRE()`, not `REQUIRE_FALSE()`): where two names begin alike (`mockRes` may be
//! `mockResolvedValue` or `mockReset`) nothing is said.

use super::Language;
use super::Suggestion;
use super::cursor::Context;
use super::lexer::{contains_word, is_identifier_char, is_plain_name};
use super::statements::{declaration_of, enclosing_function, uses_semicolons};

/// Runs every rule of this module.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if matches!(context.profile.language, Language::C | Language::Cpp)
        && context.line_after.trim() == ">"
    {
        framework_header(context, out);
        return;
    }
    // An editor's closers after the cursor (`REQUIRE(|)`) were set aside before the rules run.
    if !context.at_line_end() {
        return;
    }
    asked_predicate(context, out);
    match context.profile.language {
        Language::Python => {
            fixture_attribute(context, out);
            python_member(context, out);
            test_case_hook(context, out);
            patch_decorator(context, out);
            parametrized_expectation(context, out);
        }
        Language::JavaScript | Language::TypeScript => {
            javascript_member(context, out);
            each_expectation(context, out);
        }
        Language::Go => {
            go_member(context, out);
            table_loop(context, out);
            subtest_opened(context, out);
            failure_arguments(context, out);
        }
        Language::Java => {
            java_name(context, out);
            junit_import(context, out);
            thrown_class(context, out);
            next_test_marker(context, out);
        }
        Language::Rust => {
            test_result_end(context, out);
            unit_result_end(context, out);
            next_test_marker(context, out);
        }
        Language::C | Language::Cpp => {
            framework_header(context, out);
            c_family_name(context, out);
            c_family_member(context, out);
            next_test_call(context, out);
            gtest_fixture_hook(context, out);
        }
        _ => {}
    }
}

/// The top of the file, where its imports and includes name its test framework: read instead of the whole file,
/// which may be a 10,000-line amalgamation.
fn file_head<'a>(context: &Context<'a>) -> &'a str {
    /// How far into the file the framework is looked for.
    const HEAD_BYTES: usize = 32 * 1024;
    let end = context
        .code
        .floor_char_boundary(HEAD_BYTES.min(context.code.len()));
    context.code.get(..end).unwrap_or("")
}

/// The assertions that take a truth: their argument asks a question.
const TRUTH_ASSERTIONS: &[&str] = &[
    "EXPECT_TRUE",
    "EXPECT_FALSE",
    "ASSERT_TRUE",
    "ASSERT_FALSE",
    "REQUIRE",
    "CHECK",
    "REQUIRE_FALSE",
    "CHECK_FALSE",
    "assert",
    "assert!",
    "assertTrue",
    "assertFalse",
    "self.assertTrue",
    "self.assertFalse",
];

/// `EXPECT_FALSE(v.emp` -> `ty()` (not `emplace_back()`): in a truth assertion's argument, the one member listed
/// that asks a question (`empty`, `isEmpty`, `is_some`, `contains`) is the one meant.
fn asked_predicate(context: &Context<'_>, out: &mut [Suggestion]) {
    let Some(access) = context.member else {
        return;
    };
    if context.prefix.is_empty() {
        return;
    }
    let Some(before) = context.before_receiver(&access) else {
        return;
    };
    let before = before.trim_end().trim_end_matches('!').trim_end();
    let asserted = match before.strip_suffix('(') {
        Some(call) => {
            let start = call
                .rfind(|c: char| !(is_identifier_char(c) || c == '.' || c == '!'))
                .map_or(0, |at| at + 1);
            TRUTH_ASSERTIONS.contains(&call.get(start..).unwrap_or(""))
        }
        // Python's statement: `assert not stack.is_em`.
        None => {
            context.profile.language == Language::Python
                && matches!(before.trim_start(), "assert" | "assert not")
        }
    };
    if !asserted {
        return;
    }
    let asks = |suggestion: &Suggestion| {
        let member = format!("{}{}", context.prefix, suggestion.text);
        let name = &member[..member
            .find(|c: char| !is_identifier_char(c))
            .unwrap_or(member.len())];
        suggestion.kind == "member"
            && ([
                "is_",
                "has_",
                "empty",
                "contains",
                "starts_with",
                "ends_with",
                "exists",
                "equals",
            ]
            .iter()
            .any(|start| name.starts_with(start))
                || ["is", "has", "can"].iter().any(|start| {
                    name.strip_prefix(start)
                        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()))
                }))
    };
    let mut questions = out.iter_mut().filter(|suggestion| asks(suggestion));
    if let (Some(question), None) = (questions.next(), questions.next()) {
        question.confidence = question.confidence.max(0.88);
    }
}

/// The rest of the one entry of `entries` (each a name and what follows it, `"assertNull()"`) that `typed` begins,
/// the others it begins being longer spellings of that one (`REQUIRE()` for `REQUI`, though `REQUIRE_FALSE()` is
/// begun too). `None` when nothing is begun, the name is typed whole, or two names begin alike.
fn only_completion(entries: &[&'static str], typed: &str) -> Option<&'static str> {
    let name_of = |entry: &'static str| {
        let end = entry
            .find(|c: char| !is_identifier_char(c))
            .unwrap_or(entry.len());
        entry.get(..end).unwrap_or(entry)
    };
    let mut begun = entries
        .iter()
        .copied()
        .filter(|entry| name_of(entry).starts_with(typed));
    let first = begun.next()?;
    let first_name = name_of(first);
    if first_name == typed {
        return None;
    }
    if begun.any(|other| !name_of(other).starts_with(first_name)) {
        return None;
    }
    first.get(typed.len()..)
}

/// Pushes the completion of `typed` from `entries` as a member, when there is exactly one.
fn push_member(entries: &[&'static str], typed: &str, out: &mut Vec<Suggestion>) {
    if let Some(rest) = only_completion(entries, typed) {
        out.push(Suggestion::member(rest, 0.9));
    }
}

/// Pushes the completion of `typed` from `entries` as a framework's name, when there is exactly one.
fn push_name(entries: &[&'static str], typed: &str, out: &mut Vec<Suggestion>) {
    if typed.len() >= 2
        && let Some(rest) = only_completion(entries, typed)
    {
        out.push(Suggestion::of_kind(rest, 0.88, "keyword"));
    }
}

/// `self.assertEqual(self.` -> `calc` when `setUp` made one attribute: inside an assertion's arguments `self.` is
/// the object under test, not another assertion.
fn fixture_attribute(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let in_assertion = context.before_receiver(&access).is_some_and(|before| {
        before.trim_start().starts_with("self.assert") && before.ends_with('(')
    });
    if access.receiver != "self" || !in_assertion {
        return;
    }
    let mut attributes: Vec<&str> = Vec::new();
    let mut in_set_up = false;
    for line in context.code_lines_above().take(200) {
        if line.starts_with("class ") {
            break;
        }
        if line.starts_with("def ") {
            in_set_up = line.starts_with("def setUp(");
            if in_set_up {
                break;
            }
            attributes.clear();
            continue;
        }
        if let Some(name) = line
            .strip_prefix("self.")
            .and_then(|rest| rest.split_once(" = "))
            .map(|(name, _)| name)
            .filter(|name| is_plain_name(name) && !attributes.contains(name))
        {
            attributes.push(name);
        }
    }
    // Lines were read upwards: `attributes` holds what `setUp` assigned once the walk reached its header.
    if !in_set_up {
        return;
    }
    out.retain(|suggestion| suggestion.kind != "member");
    if let [attribute] = attributes.as_slice()
        && let Some(rest) = attribute.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::member(rest, 0.88));
    }
}

/// A `unittest.mock` object's members, the most used first.
const MOCK_MEMBERS: &[&str] = &[
    "return_value",
    "side_effect",
    "assert_called_once_with()",
    "assert_called_with()",
    "assert_called_once()",
    "assert_not_called()",
    "assert_called()",
    "assert_any_call()",
    "assert_has_calls()",
    "call_count",
    "called",
    "call_args",
    "call_args_list",
    "reset_mock()",
];

/// pytest's `monkeypatch` fixture's members.
const MONKEYPATCH_MEMBERS: &[&str] = &[
    "setattr()",
    "setenv()",
    "delenv()",
    "setitem()",
    "delattr()",
    "delitem()",
    "chdir()",
    "syspath_prepend()",
    "context()",
];

/// What follows `@pytest.mark.`, the most used first.
const PYTEST_MARKS: &[&str] = &[
    "parametrize()",
    "skip()",
    "skipif()",
    "xfail()",
    "asyncio",
    "usefixtures()",
    "filterwarnings()",
    "django_db",
];

/// `mock_get.return_val` -> `ue` (a mock: a `mock_` parameter of a patched test, or a name bound to `Mock()`),
/// `monkeypatch.seten` -> `v()`, `capsys.readou` -> `terr()`, `@pytest.mark.param` -> `etrize()`.
fn python_member(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if context.prefix.is_empty() {
        return;
    }
    let receiver = access.receiver;
    let entries: &[&str] = match receiver {
        "monkeypatch" => MONKEYPATCH_MEMBERS,
        "capsys" | "capfd" => &["readouterr()", "disabled()"],
        "mark" | "pytest.mark"
            if context
                .line_before
                .trim_start()
                .starts_with("@pytest.mark.") =>
        {
            PYTEST_MARKS
        }
        _ if only_completion(MOCK_MEMBERS, context.prefix).is_some()
            && is_mock(context, receiver) =>
        {
            MOCK_MEMBERS
        }
        _ => return,
    };
    push_member(entries, context.prefix, out);
}

/// Whether `receiver` is a mock: named so (`mock_get`, `mock_db`, what `@patch` hands a test) or bound to one.
fn is_mock(context: &Context<'_>, receiver: &str) -> bool {
    if !is_plain_name(receiver) {
        return false;
    }
    if receiver.starts_with("mock_") || receiver.starts_with("mocked_") {
        return true;
    }
    declaration_of(context, receiver).is_some_and(|declared| {
        [
            "Mock(",
            "MagicMock(",
            "AsyncMock(",
            "mock.Mock(",
            "mock.MagicMock(",
            "create_autospec(",
            "mocker.patch(",
            "mocker.MagicMock(",
        ]
        .iter()
        .any(|call| declared.starts_with(call))
    })
}

/// `@pat` -> `ch()` where `patch` comes from `unittest.mock`: the decorator always names what it replaces.
fn patch_decorator(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.before_prefix().trim_start() != "@" || context.prefix.len() < 2 {
        return;
    }
    let imported = file_head(context)
        .lines()
        .any(|line| line.starts_with("from unittest.mock import ") && contains_word(line, "patch"));
    if imported
        && let Some(rest) = "patch".strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(format!("{rest}()"), 0.88));
    }
}

/// `def setU` in a `unittest.TestCase` -> `p(self):`, `def tearD` -> `own(self):`: the hooks run around each test.
fn test_case_hook(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.before_prefix().trim_start() != "def " || context.prefix.len() < 3 {
        return;
    }
    let in_test_case = context
        .code_lines_above()
        .take(200)
        .find(|line| line.starts_with("class "))
        .is_some_and(|class| class.contains("TestCase"));
    if !in_test_case {
        return;
    }
    for hook in ["setUp", "tearDown"] {
        if let Some(rest) = hook.strip_prefix(context.prefix)
            && !rest.is_empty()
        {
            out.push(Suggestion::construct(format!("{rest}(self):"), 0.88));
        }
    }
}

/// Names a parametrized test gives its expected value.
const EXPECTED_NAMES: &[&str] = &["expected", "want", "expect", "result", "output", "answer"];

/// `assert add(a, b) == ` in a test whose `@pytest.mark.parametrize` table names `expected` last -> `expected`:
/// the table's last column is what the test compares with, and the test has not used it yet.
fn parametrized_expectation(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.before_prefix().trim_start();
    if !typed.starts_with("assert ") || !typed.ends_with(" == ") {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let Some(last) = function.parameter_names().last() else {
        return;
    };
    if !function.name.starts_with("test")
        || !EXPECTED_NAMES.contains(&last)
        || contains_word(typed, last)
        || !last.starts_with(context.prefix)
        || last.len() == context.prefix.len()
    {
        return;
    }
    let parametrized = context
        .code_lines_above()
        .take(40)
        .any(|line| line.starts_with("@pytest.mark.parametrize(") && line.contains(last));
    if parametrized {
        out.push(Suggestion::construct(&last[context.prefix.len()..], 0.86));
    }
}

/// A Jest or Vitest mock function's members, the most used first.
const JEST_MOCK_MEMBERS: &[&str] = &[
    "mockReturnValue()",
    "mockResolvedValue()",
    "mockImplementation()",
    "mockRejectedValue()",
    "mockReturnValueOnce()",
    "mockResolvedValueOnce()",
    "mockImplementationOnce()",
    "mockRejectedValueOnce()",
    "mockClear()",
    "mockReset()",
    "mockRestore()",
    "mockName()",
];

/// Testing Library's `screen` queries, the most used first.
const SCREEN_QUERIES: &[&str] = &[
    "getByText()",
    "getByRole()",
    "getByLabelText()",
    "getByTestId()",
    "getByPlaceholderText()",
    "getByDisplayValue()",
    "getAllByRole()",
    "getAllByText()",
    "queryByText()",
    "queryByRole()",
    "queryByTestId()",
    "findByText()",
    "findByRole()",
    "findAllByRole()",
    "debug()",
];

/// A supertest response's members.
const SUPERTEST_RESPONSE: &[&str] = &["status", "statusCode", "body", "headers", "text", "type"];

/// `api.getUser.mockResolvedVal` -> `ue()` (a `mock` method in a file that mocks with `jest` or `vi`),
/// `screen.getByRo` -> `le()` under Testing Library, `res.stat` -> `us` for a supertest response.
fn javascript_member(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if context.prefix.is_empty() {
        return;
    }
    // A file that mocks names `jest` or `vi` near its top (`jest.mock(`, `import { vi } from 'vitest'`).
    if context.prefix.len() > "mock".len()
        && context.prefix.starts_with("mock")
        && only_completion(JEST_MOCK_MEMBERS, context.prefix).is_some()
    {
        let head = file_head(context);
        if head.contains("jest.") || head.contains("vi.") || head.contains("vitest") {
            push_member(JEST_MOCK_MEMBERS, context.prefix, out);
        }
        return;
    }
    if access.receiver == "screen" && file_head(context).contains("@testing-library/") {
        push_member(SCREEN_QUERIES, context.prefix, out);
        return;
    }
    let supertest = is_plain_name(access.receiver)
        && declaration_of(context, access.receiver).is_some_and(|declared| {
            declared.starts_with("await request(") || declared.starts_with("await supertest(")
        });
    if supertest {
        push_member(SUPERTEST_RESPONSE, context.prefix, out);
    }
}

/// `it.each([...])('...', (a, b, expected) => {` then `expect(add(a, b)).toBe(` -> `expected);`: the table's
/// expected column is what the matcher compares with.
fn each_expectation(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.before_prefix().trim_start();
    if !typed.starts_with("expect(")
        || ![").toBe(", ").toEqual(", ").toStrictEqual("]
            .iter()
            .any(|matcher| typed.ends_with(matcher))
    {
        return;
    }
    let Some(header) = context
        .enclosing_lines()
        .take(3)
        .find(|line| line.contains(".each(") || line.starts_with("])("))
    else {
        return;
    };
    let Some(parameters) = header
        .rsplit_once("=> {")
        .and_then(|(head, _)| head.trim_end().strip_suffix(')'))
        .and_then(|head| head.rsplit_once('('))
        .map(|(_, parameters)| parameters)
    else {
        return;
    };
    let Some(last) = parameters.split(',').map(str::trim).next_back() else {
        return;
    };
    if !EXPECTED_NAMES.contains(&last) || contains_word(typed, last) {
        return;
    }
    let ending = if uses_semicolons(context) { ");" } else { ")" };
    if let Some(rest) = last.strip_prefix(context.prefix) {
        out.push(Suggestion::construct(format!("{rest}{ending}"), 0.88));
    }
}

/// `net/http/httptest`'s functions, the most used first.
const HTTPTEST_FUNCTIONS: &[&str] = &[
    "NewRequest()",
    "NewRecorder()",
    "NewServer()",
    "NewTLSServer()",
    "NewUnstartedServer()",
    "ResponseRecorder",
    "Server",
];

/// `httptest.NewRec` -> `order()`, a recorder's `rec.Co` -> `de`, a test server's `srv.Clo` -> `se()`, and in a
/// test's `if err != nil {` block `t.Fat` -> `al(err)`.
fn go_member(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let receiver = access.receiver;
    // `for i := 0; i < b.` in a benchmark: the loop runs `b.N` times.
    let counter = context
        .before_prefix()
        .trim_start()
        .strip_prefix("for ")
        .and_then(|header| header.split_once(" := 0; "))
        .filter(|(counter, condition)| *condition == format!("{counter} < {receiver}."))
        .map(|(counter, _)| counter);
    if let Some(counter) = counter
        && is_plain_name(counter)
        && context.code.contains(&format!("{receiver} *testing.B"))
        && let Some(rest) = format!("N; {counter}++ {{").strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest, 0.88));
        return;
    }
    if context.prefix.is_empty() || !is_plain_name(receiver) {
        return;
    }
    if receiver == "httptest" {
        push_member(HTTPTEST_FUNCTIONS, context.prefix, out);
        return;
    }
    if context.prefix.starts_with("Fat")
        && context.member_starts_statement(&access)
        && context.code.contains(&format!("{receiver} *testing."))
        && context
            .enclosing_lines()
            .next()
            .is_some_and(|line| line == "if err != nil {")
        && let Some(rest) = "Fatal(err)".strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::member(rest, 0.9));
        return;
    }
    let declared = context.code_lines_above().take(40).find_map(|line| {
        line.strip_prefix(receiver)
            .and_then(|rest| rest.strip_prefix(" := "))
    });
    let entries: &[&str] = match declared {
        Some(made) if made.starts_with("httptest.NewRecorder()") => {
            &["Code", "Body", "Result()", "Header()", "Flushed"]
        }
        Some(made)
            if made.starts_with("httptest.NewServer(")
                || made.starts_with("httptest.NewTLSServer(") =>
        {
            &["URL", "Close()", "Client()", "Config", "Certificate()"]
        }
        _ => return,
    };
    push_member(entries, context.prefix, out);
}

/// The range variable and the fields of the table a Go test loops over: `for _, tt := range tests {` under
/// `tests := []struct { name string; want int }{`.
fn table_loop_fields<'a>(context: &Context<'a>) -> Option<(&'a str, Vec<&'a str>)> {
    let header = context
        .enclosing_lines()
        .find(|line| line.starts_with("for _, ") && line.contains(" := range "))?;
    let variable = header.strip_prefix("for _, ")?.split(" := ").next()?;
    let table = header.split(" := range ").nth(1)?.trim_end_matches(" {");
    let mut fields = Vec::new();
    let mut in_struct = false;
    for line in context
        .code_before_line()
        .lines()
        .rev()
        .take(120)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
    {
        let line = line.trim();
        if line.starts_with(&format!("{table} := []struct {{"))
            || line.starts_with(&format!("{table} := map[string]struct {{"))
        {
            in_struct = true;
            continue;
        }
        if !in_struct {
            continue;
        }
        if line.starts_with('}') {
            break;
        }
        let names = line.split_whitespace().collect::<Vec<_>>();
        if names.len() >= 2 {
            let declared = line
                .rsplit_once(char::is_whitespace)
                .map_or("", |(head, _)| head);
            fields.extend(
                declared
                    .split(',')
                    .map(str::trim)
                    .filter(|name| is_plain_name(name)),
            );
        }
    }
    (is_plain_name(variable) && !fields.is_empty()).then_some((variable, fields))
}

/// `t.Run(tt.` -> `name, func(t *testing.T) {`: a table's case runs as a subtest named by its `name`; `if got !=
/// tt.` -> `want {`, the field the table holds the expected value in.
fn table_loop(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let typed = context.before_prefix().trim_start();
    let variable = access.receiver;
    let runs_case = typed.ends_with(&format!(".Run({variable}."));
    let compares = typed.starts_with("if ") && typed.ends_with(&format!(" != {variable}."));
    if !runs_case && !compares {
        return;
    }
    let Some((loop_variable, fields)) = table_loop_fields(context) else {
        return;
    };
    if loop_variable != variable {
        return;
    }
    let field = |wanted: &[&str]| fields.iter().copied().find(|field| wanted.contains(field));
    let completion = if let Some(runner) = typed
        .strip_suffix(&format!(".Run({variable}."))
        .filter(|runner| is_plain_name(runner))
    {
        field(&["name"]).map(|name| format!("{name}, func({runner} *testing.T) {{"))
    } else if compares {
        field(&["want", "expected", "expect"]).map(|want| format!("{want} {{"))
    } else {
        None
    };
    if let Some(completion) = completion
        && let Some(rest) = completion.strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest, 0.9));
    }
}

/// The first line of a Go table's loop (`for _, tt := range tests {`) -> `t.Run(tt.name, func(t *testing.T) {`:
/// a case of a table with a `name` runs as a subtest of that name.
fn subtest_opened(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let opens_loop = context
        .previous_code_line()
        .map(str::trim)
        .is_some_and(|line| line.starts_with("for _, ") && line.ends_with(" {"));
    if !opens_loop || typed.contains(' ') {
        return;
    }
    let Some((variable, fields)) = table_loop_fields(context) else {
        return;
    };
    // The test's own `*testing.T` (`func TestAdd(t *testing.T) {`).
    let runner = enclosing_function(context).and_then(|function| {
        function
            .parameters
            .iter()
            .find(|parameter| parameter.type_text == "*testing.T")
            .map(|parameter| parameter.name)
    });
    if let Some(runner) = runner
        && fields.contains(&"name")
        && let Some(rest) = format!("{runner}.Run({variable}.name, func({runner} *testing.T) {{")
            .strip_prefix(typed)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, 0.86));
    }
}

/// `t.Errorf("got %v, want %v", ` inside `if got != tt.want {` -> `got, tt.want)`, `t.Fatalf("...: %v", ` inside
/// `if err != nil {` -> `err)`: a failure message shows the values its test compared, as many as its verbs.
fn failure_arguments(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some((_, call)) = ["Errorf(\"", "Fatalf(\"", "Logf(\""]
        .iter()
        .find_map(|call| {
            typed
                .split_once(call)
                .filter(|(head, _)| head.ends_with('.'))
        })
    else {
        return;
    };
    // The format closed, then the arguments typed so far.
    let Some((format, arguments)) = call.split_once("\", ") else {
        return;
    };
    if format.contains('"') || arguments.contains(['"', '(', ')']) {
        return;
    }
    let verbs = format.matches('%').count() - 2 * format.matches("%%").count();
    let Some(condition) = context.enclosing_lines().next().and_then(|line| {
        line.strip_prefix("if ")
            .and_then(|rest| rest.strip_suffix(" {"))
    }) else {
        return;
    };
    let values: Vec<&str> = if let Some((left, right)) = condition.split_once(" != ") {
        if right == "nil" {
            vec![left]
        } else {
            vec![left, right]
        }
    } else if let Some(pair) = condition
        .strip_prefix("!reflect.DeepEqual(")
        .and_then(|rest| rest.strip_suffix(')'))
    {
        pair.split(", ").collect()
    } else {
        return;
    };
    let simple = |value: &&str| {
        value.chars().all(|c| is_identifier_char(c) || c == '.') && !value.is_empty()
    };
    if !values.iter().all(simple) {
        return;
    }
    let all = format!("{})", values.join(", "));
    // Arguments of the message's own may come first (`Split(%q) = %v, want %v", tt.in, `): the compared values
    // then fill the verbs left.
    let (given, begun) = arguments.rsplit_once(", ").unwrap_or(("", arguments));
    let own_arguments = if given.is_empty() {
        0
    } else {
        given.split(", ").count()
    };
    let rest = if verbs == values.len() {
        all.strip_prefix(arguments)
    } else if own_arguments + values.len() == verbs
        && !values.iter().any(|value| contains_word(given, value))
    {
        all.strip_prefix(begun)
    } else {
        None
    };
    if let Some(rest) = rest.filter(|rest| !rest.is_empty()) {
        out.push(Suggestion::construct(rest, 0.88));
    }
}

/// JUnit 5's assertions, the most used first (statically imported by nearly every test class).
const JUNIT_ASSERTIONS: &[&str] = &[
    "assertEquals()",
    "assertTrue()",
    "assertThrows()",
    "assertFalse()",
    "assertNotNull()",
    "assertNull()",
    "assertArrayEquals()",
    "assertSame()",
    "assertNotEquals()",
    "assertAll()",
    "assertDoesNotThrow()",
    "assertInstanceOf()",
    "assertIterableEquals()",
    "assertTimeout()",
    "assertLinesMatch()",
];

/// Mockito's static methods, the most used first.
const MOCKITO_METHODS: &[&str] = &[
    "when()",
    "verify()",
    "mock()",
    "times()",
    "never()",
    "any()",
    "eq()",
    "anyString()",
    "anyInt()",
    "anyLong()",
    "doReturn()",
    "doThrow()",
    "atLeastOnce()",
    "verifyNoMoreInteractions()",
    "verifyNoInteractions()",
    "spy()",
];

/// What follows Mockito's `when(...)`.
const STUBBING: &[&str] = &[
    "thenReturn()",
    "thenThrow()",
    "thenAnswer()",
    "thenCallRealMethod()",
];

/// `assertNu` -> `ll()` in a JUnit test, `tim` -> `es()` and `when(...).thenRet` -> `urn()` under Mockito.
fn java_name(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let head = file_head(context);
    let mockito = head.contains("mockito") || head.contains("Mockito");
    if let Some(access) = context.dot_member() {
        if mockito && access.receiver.starts_with("when(") && access.receiver.ends_with(')') {
            push_member(STUBBING, context.prefix, out);
        }
        return;
    }
    if context.member.is_some() || context.before_prefix().ends_with('@') {
        return;
    }
    if head.contains("org.junit") || head.contains("@Test") {
        push_name(JUNIT_ASSERTIONS, context.prefix, out);
    }
    if mockito {
        push_name(MOCKITO_METHODS, context.prefix, out);
    }
}

/// `assertThrows(` -> `IllegalArgumentException.class, () -> `: JUnit's first argument is the exception's class,
/// then the code that throws it. The exception is the one the file names (the one `*Exception` it mentions), else
/// the argument check's usual `IllegalArgumentException`.
fn thrown_class(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.line_before.trim_end().ends_with("assertThrows(") {
        return;
    }
    let mut named: Vec<&str> = Vec::new();
    for (start, _) in context.code.match_indices("Exception") {
        let head = context.code.get(..start).unwrap_or("");
        let name_start = super::lexer::trailing_identifier_start(head);
        let Some(name) = context.code.get(name_start..start + "Exception".len()) else {
            continue;
        };
        // Not the checked `Exception` a test method declares it throws.
        if name != "Exception" && is_plain_name(name) && !named.contains(&name) {
            named.push(name);
        }
    }
    let (exception, confidence) = match named.as_slice() {
        [only] => (*only, 0.88),
        // A local (`account`) is never the first argument: the usual exception outranks it.
        _ => ("IllegalArgumentException", 0.82),
    };
    out.push(Suggestion::construct(
        format!("{exception}.class, () -> "),
        confidence,
    ));
}

/// A test framework's header, in its folder: `#include <gtest/gte` -> `st.h>` (`st.h` before an editor's `>`).
fn framework_header(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let headers: &[&str] = match context
        .before_prefix()
        .trim_start()
        .strip_prefix("#include <")
    {
        Some("gtest/") => &["gtest.h"],
        Some("gmock/") => &["gmock.h"],
        Some("catch2/") => &["catch_test_macros.hpp", "catch_all.hpp", "catch.hpp"],
        _ => return,
    };
    // Header names hold dots and dashes: the whole name typed is matched.
    let mut begun = headers
        .iter()
        .filter(|header| header.starts_with(context.prefix) && header.len() > context.prefix.len());
    if let (Some(header), None) = (begun.next(), begun.next()) {
        let closer = if context.line_after.trim() == ">" {
            ""
        } else {
            ">"
        };
        out.push(Suggestion::construct(
            format!("{}{closer}", &header[context.prefix.len()..]),
            0.88,
        ));
    }
}

/// GoogleTest's macros, the most used first.
const GTEST_MACROS: &[&str] = &[
    "EXPECT_EQ()",
    "ASSERT_EQ()",
    "EXPECT_TRUE()",
    "ASSERT_TRUE()",
    "EXPECT_FALSE()",
    "ASSERT_FALSE()",
    "EXPECT_NE()",
    "ASSERT_NE()",
    "EXPECT_THROW()",
    "ASSERT_THROW()",
    "EXPECT_NO_THROW()",
    "ASSERT_NO_THROW()",
    "EXPECT_ANY_THROW()",
    "EXPECT_NEAR()",
    "ASSERT_NEAR()",
    "EXPECT_DOUBLE_EQ()",
    "EXPECT_FLOAT_EQ()",
    "EXPECT_STREQ()",
    "ASSERT_STREQ()",
    "EXPECT_LT()",
    "EXPECT_LE()",
    "EXPECT_GT()",
    "EXPECT_GE()",
    "ASSERT_LT()",
    "ASSERT_LE()",
    "ASSERT_GT()",
    "ASSERT_GE()",
    "EXPECT_THAT()",
    "ASSERT_THAT()",
    "TEST_F()",
    "TEST_P()",
    "RUN_ALL_TESTS();",
];

/// Catch2's macros, the most used first.
const CATCH_MACROS: &[&str] = &[
    "REQUIRE()",
    "CHECK()",
    "REQUIRE_FALSE()",
    "CHECK_FALSE()",
    "REQUIRE_THROWS()",
    "REQUIRE_THROWS_AS()",
    "REQUIRE_NOTHROW()",
    "CHECK_THROWS()",
    "CHECK_THROWS_AS()",
    "CHECK_NOTHROW()",
    "REQUIRE_THAT()",
    "CHECK_THAT()",
    "SECTION()",
    "TEST_CASE()",
    "SCENARIO()",
    "GIVEN()",
    "WHEN()",
    "THEN()",
];

/// The names the C preprocessor defines in every file.
const PREDEFINED_MACROS: &[&str] = &["__LINE__", "__FILE__", "__FUNCTION__"];

/// `asse` -> `rt()` with `<assert.h>` included, `ASSERT_TR` -> `UE()` under GoogleTest, `REQUI` -> `RE()` under
/// Catch2, `__LI` -> `NE__`, `#ifndef NDEB` -> `UG`, `#define CATCH_CONFIG_MA` -> `IN`, and a failure report's
/// `fprintf(std` -> `err, `.
fn c_family_name(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.member.is_some() {
        return;
    }
    let typed = context.prefix;
    let before = context.before_prefix();
    let directive = before.trim_start();
    if ["#ifndef ", "#ifdef ", "#if !defined(", "#if defined("].contains(&directive) {
        push_name(&["NDEBUG"], typed, out);
        return;
    }
    if directive == "#define " && typed.starts_with("CATCH_CONFIG_") {
        push_name(&["CATCH_CONFIG_MAIN", "CATCH_CONFIG_RUNNER"], typed, out);
        return;
    }
    // Capitals after the underscores: the standard library's own names are `__first`, `__func` in lower case.
    if typed.starts_with("__") && typed.chars().nth(2).is_some_and(|c| c.is_ascii_uppercase()) {
        push_name(PREDEFINED_MACROS, typed, out);
        return;
    }
    if before.ends_with("fprintf(")
        && let Some(rest) = "stderr, ".strip_prefix(typed)
        && typed.len() >= 3
    {
        out.push(Suggestion::of_kind(rest, 0.86, "keyword"));
        return;
    }
    let head = file_head(context);
    let included = |header: &str| head.contains(header);
    if included("<assert.h>") || included("<cassert>") {
        push_name(&["assert()"], typed, out);
    }
    if context.profile.language == Language::Cpp {
        if included("gtest/gtest.h") || included("gmock/gmock.h") || included("::testing::") {
            push_name(GTEST_MACROS, typed, out);
        }
        if included("catch2/") || included("catch.hpp") {
            push_name(CATCH_MACROS, typed, out);
        }
    }
}

/// The standard exceptions a test expects, the most thrown first.
const STANDARD_EXCEPTIONS: &[&str] = &[
    "out_of_range",
    "invalid_argument",
    "runtime_error",
    "logic_error",
    "length_error",
    "overflow_error",
    "underflow_error",
    "domain_error",
    "range_error",
    "bad_alloc",
    "exception",
];

/// `::testing::Te` -> `st`, `::testing::InitGoog` -> `leTest(&argc, argv);`, and in an `EXPECT_THROW` or
/// `REQUIRE_THROWS_AS` `std::out_of_ra` -> `nge`.
fn c_family_member(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.prefix.is_empty() {
        return;
    }
    // The cursor's reading leaves out a path from the global namespace (`::testing::`): it is read here.
    let receiver = match context.member {
        Some(access) if access.separator == "::" => access.receiver.trim_start_matches("::"),
        Some(_) => return,
        None => {
            let path = context
                .before_prefix()
                .trim_end_matches(|c: char| is_identifier_char(c) || c == ':');
            let Some(receiver) = context
                .before_prefix()
                .get(path.len()..)
                .and_then(|path| path.strip_suffix("::"))
            else {
                return;
            };
            receiver.trim_start_matches("::")
        }
    };
    if receiver == "testing" && context.line_before.trim_start().starts_with("class ") {
        // A fixture's base class, its body opened after it.
        push_member(&["Test {", "TestWithParam<"], context.prefix, out);
    } else if receiver == "testing" {
        push_member(
            &[
                "Test",
                "InitGoogleTest(&argc, argv);",
                "TestWithParam<",
                "Values()",
                "ValuesIn()",
                "Environment",
                "AddGlobalTestEnvironment()",
            ],
            context.prefix,
            out,
        );
    } else if receiver == "std"
        && ["_THROW(", "_THROWS_AS("]
            .iter()
            .any(|expects| context.before_prefix().contains(expects))
    {
        push_member(STANDARD_EXCEPTIONS, context.prefix, out);
    }
}

/// `void SetU` in a GoogleTest fixture -> `p() override {`, `void TearD` -> `own() override {`.
fn gtest_fixture_hook(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Cpp
        || context.before_prefix().trim_start() != "void "
        || context.prefix.len() < 3
        || !file_head(context).contains("testing::Test")
    {
        return;
    }
    for hook in ["SetUp", "TearDown"] {
        if let Some(rest) = hook.strip_prefix(context.prefix)
            && !rest.is_empty()
        {
            out.push(Suggestion::construct(format!("{rest}() override {{"), 0.88));
        }
    }
}

/// In a hand-made runner's `main` that calls test functions one by one, `test_` -> `sub();`: the first test the
/// file defines that `main` has not called yet.
fn next_test_call(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.prefix;
    if typed.len() < 2 || !context.before_prefix().trim().is_empty() {
        return;
    }
    if enclosing_function(context).is_none_or(|function| function.name != "main") {
        return;
    }
    let Some(previous) = context.previous_code_line().map(str::trim) else {
        return;
    };
    let Some(called_before) = previous.strip_suffix("();") else {
        return;
    };
    /// How far above the cursor the runner and its tests are read: a test file's tests sit just above `main`.
    const WINDOW_BYTES: usize = 64 * 1024;
    let before = context.code_before_line();
    let start = before.floor_char_boundary(before.len().saturating_sub(WINDOW_BYTES));
    let before = before.get(start..).unwrap_or("");
    let main_at = before.rfind("main(").unwrap_or(0);
    let (definitions, body) = before.split_at(main_at);
    let called: Vec<&str> = body
        .lines()
        .filter_map(|line| line.trim().strip_suffix("();"))
        .filter(|name| is_plain_name(name))
        .collect();
    // Definitions at the left margin, without parameters: `static void test_add(void) {`.
    let defined: Vec<&str> = definitions
        .lines()
        .filter(|line| {
            line.contains("test")
                && !line.starts_with([' ', '\t', '#'])
                && !line.trim_end().ends_with(';')
        })
        .filter_map(|line| {
            let (head, parameters) = line.split_once('(')?;
            let name = head.rsplit([' ', '*']).next()?;
            let no_parameters = parameters.starts_with("void)") || parameters.starts_with(')');
            (no_parameters && name.starts_with("test") && is_plain_name(name)).then_some(name)
        })
        .collect();
    if !defined.contains(&called_before) {
        return;
    }
    // A test already run is not run again.
    out.retain(|suggestion| {
        let named = format!("{typed}{}", suggestion.text);
        let name = named.trim_end_matches("();");
        !(called.contains(&name) && defined.contains(&name))
    });
    let mut remaining = defined
        .iter()
        .filter(|name| !called.contains(name) && name.starts_with(typed));
    if let Some(next) = remaining.next()
        && let Some(rest) = next.strip_prefix(typed)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(format!("{rest}();"), 0.88));
    }
}

/// What `org.junit.jupiter.api` exports, the most imported first.
const JUNIT_API: &[&str] = &[
    "Test;",
    "BeforeEach;",
    "AfterEach;",
    "BeforeAll;",
    "AfterAll;",
    "DisplayName;",
    "Assertions;",
    "Disabled;",
    "Nested;",
    "Tag;",
    "TestInstance;",
    "Timeout;",
];

/// `@` (Java) or `#` (Rust) opening a line after a test's closing `}`, in a suite whose tests above are all marked
/// so: the next test's marker, `Test` or `[test]` (a hook such as `@BeforeEach` comes first in a class, not
/// between its tests).
fn next_test_marker(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let (sign, marker, text) = match context.profile.language {
        Language::Java => ("@", "@Test", "Test"),
        _ => ("#", "#[test]", "[test]"),
    };
    if !context.prefix.is_empty()
        || context.line_before.trim_start() != sign
        || context.previous_code_line().map(str::trim) != Some("}")
    {
        return;
    }
    let mut tests = 0_usize;
    // The suite's own lines: up to its `mod tests {` or its class's header.
    let suite = context
        .code_lines_above()
        .take(200)
        .take_while(|line| !line.starts_with("mod ") && !line.contains("class "));
    for line in suite {
        if line == marker {
            tests += 1;
        } else if line.starts_with(sign)
            && !line.starts_with("#[cfg")
            && !line.starts_with("@Before")
        {
            // Another marker between the tests (`@ParameterizedTest`, `#[should_panic]`): the next may be either.
            return;
        }
    }
    if tests >= 2 {
        out.push(Suggestion::construct(text, 0.88));
    }
}

/// `import org.junit.jupiter.api.Te` -> `st;`: JUnit 5's annotations, imported one by one.
fn junit_import(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start()
        == format!("import org.junit.jupiter.api.{}", context.prefix)
        && !context.prefix.is_empty()
    {
        push_member(JUNIT_API, context.prefix, out);
    }
}

/// A `#[test]` returning `Result<(), E>` ends, after its assertions, with `Ok(())`.
fn test_result_end(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.on_blank_line_start() {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let returns_unit_result = function
        .results
        .iter()
        .any(|result| result.replace(' ', "").starts_with("Result<()"));
    let after_assertion = context.previous_code_line().is_some_and(|line| {
        let line = line.trim();
        line.starts_with("assert") && line.ends_with(");")
    });
    let header_at = context.code_lines_above().position(|line| {
        line.starts_with("fn ") && line.contains(&format!("fn {}(", function.name))
    });
    let is_test = header_at.is_some_and(|at| {
        context
            .code_lines_above()
            .nth(at + 1)
            .is_some_and(|line| line.starts_with("#[") && line.contains("test"))
    });
    if returns_unit_result && after_assertion && is_test {
        out.push(Suggestion::construct("Ok(())", 0.86));
    }
}

/// The last line of a Rust function returning `Result<()>` (`io::Result<()>`, `Result<(), String>`), after its
/// statements: `Ok(())`, the success it ends with.
fn unit_result_end(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Rust || !context.on_blank_line_start() {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let returns_unit_result = function.results.iter().any(|result| {
        let result = result.replace(' ', "");
        result.starts_with("Result<()") || result.starts_with("io::Result<()") || result == "Result"
    });
    // At the body's own depth, on its last line: only the function's closing brace follows.
    let body_level = context
        .enclosing_lines()
        .next()
        .is_some_and(|line| line.starts_with("fn ") || line.starts_with("pub fn "));
    let last_line = context
        .next_code_line()
        .is_none_or(|line| line.trim_start().starts_with('}'));
    // After a statement (`self.balance -= amount;`, a loop's closing brace), not a value already.
    // A binding is used next, and an assertion belongs to a test (`test_result_end`'s).
    let after_statement = context.previous_code_line().is_some_and(|line| {
        let line = line.trim();
        (line.ends_with(';') || line == "}")
            && !line.starts_with("let ")
            && !line.starts_with("assert")
    });
    if returns_unit_result && body_level && last_line && after_statement {
        out.push(Suggestion::construct("Ok(())", 0.86));
    }
}
