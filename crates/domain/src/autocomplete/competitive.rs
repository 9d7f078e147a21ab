//! What a contestant's template and the arithmetic of contest problems leave to write, in C++, Java and Python:
//! the lines typed the same way in every solution, where one text is what nearly everyone writes next.
//!
//! - the modulus: its value (`const int MOD = 1e9 + ` -> `7;`, `MOD = 10**9 + ` -> `7`, `1_000_000_` -> `007;`)
//!   and, once declared, the operand of every reduction (`(ans * x) % ` -> `MOD;`, `pow(a, b, ` -> `MOD)`);
//! - the test-case loop over the count just read (`cin >> t;` then `while (t` -> `--) {`, Java's `-- > 0) {`,
//!   Python's `for _ in range(` -> `t):`), and the rest of a declaration's names read in order (`int n, m;` then
//!   `cin >> n >> ` -> `m;`);
//! - the mirror of a statement about the first of a pair read together (`cin >> u >> v;` then `u--;` -> `v--;`,
//!   `adj[u].push_back(v);` -> `adj[v].push_back(u);`), and a call on both parameters of a union (`a = find(a);`
//!   then `b = find(` -> `b);`, `ra, rb = find(a), ` -> `find(b)`);
//! - a whole range (`sort(a.` -> `begin(), a.end());`), a min-heap's comparator (`priority_queue<T, vector<T>, ` ->
//!   `greater<T>>`), the pop after the top was read, Dijkstra's relaxation (`if (d + w < dist[v])` then
//!   `dist[v] = ` -> `d + w;`) and the node pushed with its distance (`pq.push({dist[v], ` -> `v})`);
//! - union-find's path compression (`return parent[x] = ` -> `find(parent[x]);`) and its initialisation
//!   (`parent[i] = ` -> `i;`), `memset`'s size, a memo's stored answer once it is known not to be `-1`;
//! - bits (`mask & (1 << ` -> the loop's `i))`, `__builtin_pop` -> `count(mask)`), a sliding window's left edge
//!   (`sum -= a[l];` then `l` -> `++;`) and its length (`r - l + ` -> `1`), the grid's other direction array
//!   (`dx = [1, -1, 0, 0]` then `dy = [` -> `0, 0, 1, -1]`) and coordinate (`ny = y + ` -> `dy[d]`);
//! - Java's fast input and output (`new BufferedReader(new ` -> `InputStreamReader(System.in));`,
//!   `new StringTokenizer(` -> `br.readLine());`, `Integer.parseInt(` -> `st.nextToken());`, `out.` -> `flush();`),
//!   a comparator's other operand (`(a, b) -> a[1] - ` -> `b[1]`), and Python's rebound `input` (`map(int, ` ->
//!   `input().split())`);
//! - the other of a `"YES"`/`"NO"` answer.
//!
//! Each rule reads the names from the code (the variable read, the array declared, the loop's counter).

use super::Suggestion;
use super::closers::after_value;
use super::cursor::Context;
use super::idioms::{open_parentheses, terminator};
use super::language::Language;
use super::lexer::{is_identifier_char, is_plain_name};
use super::statements::enclosing_function;

/// How many lines above the cursor the rules read for a declaration (a modulus, a reader).
const DECLARATION_LINES: usize = 300;

/// Runs the rules of this module that apply at the cursor.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let language = context.profile.language;
    if !matches!(
        language,
        Language::C | Language::Cpp | Language::Java | Language::Python
    ) || !context.at_line_end()
    {
        return;
    }
    modulus_value(context, out);
    modulus_operand(context, out);
    test_case_loop(context, out);
    pair_mirror(context, out);
    call_on_other_parameter(context, out);
    relaxation(context, out);
    entry_with_distance(context, out);
    path_compression(context, out);
    own_parent(context, out);
    memo_answer(context, out);
    bits(context, out);
    sliding_window(context, out);
    direction_arrays(context, out);
    comparator_operand(context, out);
    halving(context, out);
    match language {
        Language::C | Language::Cpp => {
            template_line(context, out);
            loop_keyword(context, out);
            next_reads(context, out);
            whole_range(context, out);
            min_heap(context, out);
            pop_after_top(context, out);
            memset_size(context, out);
        }
        Language::Java => {
            java_reader(context, out);
            java_writer(context, out);
        }
        Language::Python => {
            python_input(context, out);
            heap_pop(context, out);
        }
        _ => {}
    }
}

/// Inside a string: the other answer of a yes/no problem (`"YES" : "` -> `NO"`, `"Yes" if ok else "` -> `No"`).
pub(super) fn in_literal(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before;
    infinity(context, out);
    newline_character(context, out);
    let Some(before_quote) = typed.strip_suffix('"') else {
        return;
    };
    let before_quote = before_quote.trim_end();
    let first = if let Some(rest) = before_quote.strip_suffix(':') {
        rest.trim_end()
    } else if let Some(rest) = before_quote.strip_suffix("else") {
        // Python's conditional expression: `"YES" if ok else "`.
        match rest.trim_end().rsplit_once(" if ") {
            Some((value, _)) => value.trim_end(),
            None => return,
        }
    } else {
        return;
    };
    let other = match first.rsplit('"').nth(1) {
        Some("YES") => "NO",
        Some("NO") => "YES",
        Some("Yes") => "No",
        Some("No") => "Yes",
        _ => return,
    };
    if !first.ends_with('"') {
        return;
    }
    let line_without_literal = typed.get(..typed.len() - 1).unwrap_or("");
    let closers = open_parentheses(line_without_literal).unwrap_or_default();
    // An output or a return statement ends there; a condition's header does not.
    let header = ["if", "while", "for"]
        .iter()
        .any(|keyword| line_without_literal.trim_start().starts_with(keyword));
    let ending = if header { "" } else { terminator(context) };
    out.push(Suggestion::construct(
        format!("{other}\"{closers}{ending}"),
        0.9,
    ));
}

/// `float("in` -> `f")`: the only word of a float's string that starts so is infinity.
fn infinity(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Python {
        return;
    }
    let typed = context.line_before;
    let Some((head, word)) = typed
        .rsplit_once("float(\"")
        .or_else(|| typed.rsplit_once("float('"))
    else {
        return;
    };
    let quote = if typed.ends_with(&format!("float(\"{word}")) {
        '"'
    } else {
        '\''
    };
    let word = word.trim_start_matches(['-', '+']);
    if word.len() < 2 || word.contains(quote) {
        return;
    }
    if let Some(rest) = ["inf", "infinity", "nan"]
        .iter()
        .find_map(|full| full.strip_prefix(word))
        && !rest.is_empty()
    {
        let closers = open_parentheses(&format!("{head}float(")).unwrap_or_default();
        out.push(Suggestion::construct(
            format!("{rest}{quote}{closers}"),
            0.88,
        ));
    }
}

/// `cout << ans << '\` -> `n';`: the escape a character printed after a value is is the line's end.
fn newline_character(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !matches!(context.profile.language, Language::C | Language::Cpp) {
        return;
    }
    let Some(head) = context.line_before.strip_suffix("'\\") else {
        return;
    };
    if !head.trim_end().ends_with("<<") {
        return;
    }
    out.push(Suggestion::construct(
        format!("n'{}", terminator(context)),
        0.85,
    ));
}

/// Offers what `full` adds to `typed` when `typed` begins it, with the line's closers after a value.
fn finish(typed: &str, full: &str, confidence: f64, out: &mut Vec<Suggestion>) {
    if let Some(rest) = full.strip_prefix(typed)
        && !rest.trim().is_empty()
    {
        out.push(Suggestion::construct(rest, confidence));
    }
}

/// The current line before the cursor, without its indentation.
fn typed<'a>(context: &Context<'a>) -> &'a str {
    context.line_before.trim_start()
}

/// The closers and ending of the line once a value is written (`;` when nothing is left open in a C-family
/// statement).
fn closing(context: &Context<'_>) -> String {
    after_value(context).unwrap_or_default()
}

/// Whether `text` holds `name` as a whole word.
fn has_word(text: &str, name: &str) -> bool {
    words(text).any(|word| word == name)
}

/// The identifiers of `text`, in order.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !is_identifier_char(c))
        .filter(|word| is_plain_name(word))
}

/// `text` with the whole words `first` and `second` swapped.
fn swap_words(text: &str, first: &str, second: &str) -> String {
    let mut swapped = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, swapped: &mut String| {
        if word.as_str() == first {
            swapped.push_str(second);
        } else if word.as_str() == second {
            swapped.push_str(first);
        } else {
            swapped.push_str(word);
        }
        word.clear();
    };
    for character in text.chars() {
        if is_identifier_char(character) {
            word.push(character);
        } else {
            flush(&mut word, &mut swapped);
            swapped.push(character);
        }
    }
    flush(&mut word, &mut swapped);
    swapped
}

/// The textbook moduli, written without spaces, underscores or a `LL` suffix.
const MODULI: &[&str] = &[
    "1e9+7",
    "10**9+7",
    "1000000007",
    "998244353",
    "1e9+9",
    "1000000009",
];

/// `const int MOD = 1e9 + ` -> `7;`: a variable named for a modulus takes the contest's prime.
fn modulus_value(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    let Some((left, value)) = typed(context).split_once('=') else {
        return;
    };
    let Some(name) = left.split_whitespace().last() else {
        return;
    };
    if !name.to_ascii_lowercase().contains("mod") || value.starts_with('=') {
        return;
    }
    let compact: String = value
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_')
        .collect();
    let compact = compact
        .trim_start_matches("(int)")
        .trim_start_matches("(ll)");
    let rest = match compact {
        "1e9+" | "10**9+" | "(int)1e9+" => "7",
        digits if digits.len() >= 4 && digits.chars().all(|c| c.is_ascii_digit()) => {
            match "1000000007".strip_prefix(digits) {
                Some(rest) => rest,
                None => return,
            }
        }
        _ => return,
    };
    if rest.is_empty() {
        return;
    }
    out.push(Suggestion::construct(
        format!("{rest}{}", terminator(context)),
        0.9,
    ));
}

/// The name the code gave its modulus: a constant set to a textbook prime (`const int MOD = 1e9 + 7;`,
/// `#define MOD 1000000007`, `MOD = 10**9 + 7`), else the name the last reductions used (`b %= m;`) when it is
/// named for a modulus or is `m`/`p`.
fn modulus_name<'a>(context: &Context<'a>) -> Option<&'a str> {
    for line in context.code_lines_above().take(DECLARATION_LINES) {
        let (name, value) = if let Some(define) = line.strip_prefix("#define ") {
            define.trim().split_once(char::is_whitespace)?
        } else if let Some((left, value)) = line.split_once('=') {
            (left.split_whitespace().last().unwrap_or(""), value)
        } else {
            continue;
        };
        let compact: String = value
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '_')
            .collect();
        let compact = compact
            .trim_end_matches(';')
            .trim_end_matches(['L', 'l'])
            .trim_start_matches("(int)")
            .trim_start_matches("(ll)");
        if MODULI.contains(&compact) && is_plain_name(name) {
            return Some(name);
        }
    }
    context.code_lines_above().take(30).find_map(|line| {
        let (_, after) = line.rsplit_once('%')?;
        let name = after.trim_start_matches('=').trim_start();
        let name = name.split(|c: char| !is_identifier_char(c)).next()?;
        (is_plain_name(name)
            && (name.to_ascii_lowercase().contains("mod") || matches!(name, "m" | "p")))
        .then_some(name)
    })
}

/// `(ans * a[i]) % ` -> `MOD;`, `pow(a, b, ` -> `MOD)`: a reduction takes the code's modulus.
fn modulus_operand(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = typed(context);
    let before = context.before_prefix().trim_start();
    let reduction = if let Some(left) = before.strip_suffix("%= ") {
        !left.is_empty()
    } else if let Some(left) = before.strip_suffix("% ") {
        // A product, a sum or an answer is reduced; `i % ` is a parity or a cycle.
        let operand = left.trim_end();
        operand.ends_with(')')
            || operand.contains(['*', '+'])
            || operand.ends_with(']')
            || [
                "ans", "res", "result", "answer", "total", "sum", "cnt", "count",
            ]
            .iter()
            .any(|name| operand.ends_with(name))
    } else {
        // Python's three-argument `pow(a, b, `.
        context.profile.language == Language::Python
            && before.rsplit_once("pow(").is_some_and(|(_, arguments)| {
                arguments.matches(", ").count() == 2 && arguments.ends_with(", ")
            })
    };
    if !reduction || typed.starts_with("#") {
        return;
    }
    let Some(name) = modulus_name(context) else {
        return;
    };
    if let Some(rest) = name.strip_prefix(context.prefix) {
        out.push(Suggestion::construct(
            format!("{rest}{}", closing(context)),
            0.88,
        ));
    }
}

/// The names a contest reads the number of test cases into.
const TEST_COUNTS: &[&str] = &[
    "t",
    "T",
    "tc",
    "tt",
    "tests",
    "testcases",
    "testCases",
    "cases",
    "q",
    "Q",
];

/// The count of test cases read on one of the last lines (`cin >> t;`, `int t = sc.nextInt();`,
/// `t = int(input())`).
fn test_count<'a>(context: &Context<'a>) -> Option<&'a str> {
    context.code_lines_above().take(3).find_map(|line| {
        let count = if let Some((_, read)) = line.rsplit_once("cin >> ") {
            read.trim_end_matches(';').trim()
        } else if let Some((left, right)) = line.split_once('=') {
            let reads = right.contains("input()")
                || right.contains("nextInt()")
                || right.contains("parseInt(")
                || right.contains("readLine()");
            if !reads {
                return None;
            }
            left.split_whitespace().last()?
        } else {
            return None;
        };
        TEST_COUNTS.contains(&count).then_some(count)
    })
}

/// `cin >> t;` then `while (t` -> `--) {`; Java's `-- > 0) {`; Python's `for _ in range(` -> `t):`.
fn test_case_loop(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = typed(context);
    if !(typed.starts_with("while") || typed.starts_with("for ")) {
        return;
    }
    let Some(count) = test_count(context) else {
        return;
    };
    let full = match context.profile.language {
        Language::C | Language::Cpp => format!("while ({count}--) {{"),
        Language::Java => format!("while ({count}-- > 0) {{"),
        Language::Python => format!("for _ in range({count}):"),
        _ => return,
    };
    finish(typed, &full, 0.9, out);
}

/// The names a declaration on `line` gives, in order (`int n, m;` -> `[n, m]`; `long long a, b, c;`).
fn declared_names(line: &str) -> Option<Vec<&str>> {
    const TYPES: &[&str] = &[
        "int ",
        "long long ",
        "ll ",
        "long ",
        "double ",
        "string ",
        "char ",
        "unsigned ",
        "i64 ",
    ];
    let statement = line.split(';').next()?;
    let names = TYPES
        .iter()
        .find_map(|kind| statement.trim().strip_prefix(kind))?;
    let names: Vec<&str> = names.split(',').map(str::trim).collect();
    names
        .iter()
        .all(|name| is_plain_name(name))
        .then_some(names)
}

/// `int n, m;` then `cin >> n >> ` -> `m;`; `for (auto &x : a) cin >> ` -> `x;`: what is read is what was just
/// declared, in order.
fn next_reads(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = typed(context);
    let Some((before_cin, read)) = typed.split_once("cin >> ") else {
        return;
    };
    if let Some(element) = before_cin
        .trim_end()
        .strip_suffix(')')
        .and_then(|header| header.split_once(" : "))
        .map(|(declared, _)| declared.trim_start_matches("for (").trim())
        .and_then(|declared| declared.rsplit(['&', ' ']).next())
        .filter(|element| is_plain_name(element))
    {
        if read.is_empty() {
            out.push(Suggestion::construct(format!("{element};"), 0.88));
        }
        return;
    }
    let done: Vec<&str> = read
        .split(">>")
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .collect();
    if !read.is_empty() && !read.trim_end().ends_with(">>") {
        return;
    }
    let declaration = declared_names(before_cin)
        .or_else(|| context.code_lines_above().take(2).find_map(declared_names));
    let Some(names) = declaration else {
        return;
    };
    if names.len() < 2 || !names.starts_with(&done) || done.len() >= names.len() {
        return;
    }
    let rest = names.get(done.len()..).unwrap_or_default().join(" >> ");
    out.push(Suggestion::construct(format!("{rest};"), 0.88));
}

/// The two names read together on one of the last lines (`cin >> u >> v`, `u, v = map(int, ...)`,
/// `int u = sc.nextInt(), v = sc.nextInt();`), and how many lines above that read is.
fn pair_read<'a>(context: &Context<'a>) -> Option<(&'a str, &'a str, usize)> {
    context
        .code_lines_above()
        .take(4)
        .enumerate()
        .find_map(|(index, line)| {
            let names: Vec<&str> = if let Some((_, read)) = line.split_once("cin >> ") {
                read.split(">>")
                    .map(|name| name.trim().trim_end_matches(';'))
                    .collect()
            } else if let Some((left, right)) = line.split_once(" = ") {
                if right.starts_with("map(int") {
                    left.split(',').map(str::trim).collect()
                } else if right.contains("nextInt()") || right.contains("parseInt(") {
                    // `int u = sc.nextInt(), v = sc.nextInt();`
                    let declared = line.trim_start_matches("int ");
                    declared
                        .split(", ")
                        .filter_map(|part| part.split_once(" = ").map(|(name, _)| name.trim()))
                        .collect()
                } else {
                    return None;
                }
            } else {
                return None;
            };
            match names.as_slice() {
                [first, second, ..] if is_plain_name(first) && is_plain_name(second) => {
                    Some((*first, *second, index))
                }
                _ => None,
            }
        })
}

/// `cin >> u >> v;` then `u--;` -> `v--;`, `adj[u].push_back(v);` -> `adj[v].push_back(u);`: what the code did
/// with the first of a pair read together it does with the second; in a union of two parameters, `a = find(a);`
/// then `b = find(b);`.
fn pair_mirror(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(previous) = context.previous_code_line() else {
        return;
    };
    let previous_trimmed = previous.trim();
    let typed = typed(context);
    if !typed.is_empty() && super::cursor::indentation(previous) != context.current_indentation() {
        return;
    }
    let (first, second, since_read) = match pair_read(context) {
        Some(pair) => pair,
        None => {
            let Some(function) = enclosing_function(context) else {
                return;
            };
            let [one, other] = function.parameters.as_slice() else {
                return;
            };
            // `a = find(a);`: the only statement a union repeats for its other parameter.
            let reassigned = previous_trimmed
                .strip_prefix(one.name)
                .and_then(|rest| rest.strip_prefix(" = "))
                .is_some_and(|call| call.ends_with(&format!("({});", one.name)));
            if !reassigned {
                return;
            }
            (one.name, other.name, 1)
        }
    };
    if since_read == 0 || !has_word(previous_trimmed, first) || previous_trimmed.contains("cin") {
        return;
    }
    if previous_trimmed.ends_with('{') || previous_trimmed.starts_with("for") {
        return;
    }
    let mirror = swap_words(previous_trimmed, first, second);
    if mirror == previous_trimmed
        || context
            .code_lines_above()
            .take(since_read)
            .any(|line| line == mirror)
    {
        return;
    }
    let certain = previous_trimmed.ends_with("--;")
        || previous_trimmed.starts_with("--")
        || previous_trimmed.ends_with("-= 1")
        || previous_trimmed.ends_with("-= 1;")
        || previous_trimmed.starts_with(&format!("{first} = "));
    let confidence = if certain || typed.contains(['[', '.', '(']) {
        0.9
    } else {
        0.8
    };
    finish(typed, &mirror, confidence, out);
}

/// `parent[find(a)] = find(` -> `b);`, `ra, rb = find(a), fi` -> `nd(b)`: a call on one parameter of a
/// two-parameter function, then the same call on the other.
fn call_on_other_parameter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let before = context.before_prefix();
    let (callee_typed, start) = if let Some(rest) = before.strip_suffix('(') {
        (rest, true)
    } else if before.ends_with(", ") || before.ends_with("= ") {
        ("", false)
    } else {
        return;
    };
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let [one, other] = function.parameters.as_slice() else {
        return;
    };
    let (one, other) = (one.name, other.name);
    let called = |name: &str| {
        before.split(&format!("({one})")).next().and_then(|head| {
            let callee = super::lexer::trailing_identifier(head);
            (is_plain_name(callee) && callee == name).then_some(callee)
        })
    };
    if start {
        let callee = super::lexer::trailing_identifier(callee_typed);
        if context.prefix.is_empty()
            && called(callee).is_some()
            && before.contains(&format!("{callee}({one})"))
            && !before.contains(&format!("{callee}({other})"))
        {
            out.push(Suggestion::construct(
                format!("{other}{}", closing(context)),
                0.88,
            ));
        }
        return;
    }
    if context.prefix.is_empty() {
        return;
    }
    let Some((head, _)) = before.split_once(&format!("({one})")) else {
        return;
    };
    let callee = super::lexer::trailing_identifier(head);
    if callee.len() < 2 || before.contains(&format!("{callee}({other})")) {
        return;
    }
    if let Some(rest) = callee.strip_prefix(context.prefix) {
        out.push(Suggestion::construct(
            format!("{rest}({other}){}", closing(context)),
            0.88,
        ));
    }
}

/// The comparison of an `if` that guards the cursor's line: on the line itself (`if (d < best) best = `) or the
/// block's header.
fn guarding_comparison<'a>(context: &Context<'a>) -> Option<(&'a str, &'a str, &'a str)> {
    let typed = typed(context);
    let (condition, body) = if let Some(header) = typed.strip_prefix("if (") {
        let (condition, body) = header.rsplit_once(") ")?;
        (condition, body)
    } else {
        let header = context.enclosing_lines().next()?;
        let header = if context.profile.language == Language::Python {
            header.strip_prefix("if ")?.strip_suffix(':')?
        } else {
            header
                .strip_prefix("if (")?
                .trim_end_matches('{')
                .trim_end()
                .strip_suffix(')')?
        };
        (header, typed)
    };
    let (smaller, larger) = condition
        .split_once(" < ")
        .or_else(|| condition.split_once(" > "))?;
    Some((smaller.trim(), larger.trim(), body))
}

/// `if (dist[u] + w < dist[v])` then `dist[v] = ` -> `dist[u] + w;`: a bound improved by a better value takes it.
fn relaxation(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some((better, bound, body)) = guarding_comparison(context) else {
        return;
    };
    if better.contains(['(', '<', '>', '=', '&', '|'])
        || bound.contains(['(', ' '])
        || !bound.starts_with(|c: char| c.is_alphabetic() || c == '_')
        || !body.starts_with(&format!("{bound} = "))
    {
        return;
    }
    let full = format!("{bound} = {better}{}", terminator(context));
    finish(body, &full, 0.88, out);
}

/// `pq.push({dist[v], ` -> `v`, `heapq.heappush(pq, (dist[v], ` -> `v`: a queue's entry is a distance and the node
/// it is the distance of.
fn entry_with_distance(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some((array, array_name, index)) = element_typed_before(context, "], ") else {
        return;
    };
    // What opens the entry: `push({`, `emplace(`, `heappush(pq, (`, `add(new long[]{`.
    let opened = array.get(..array.len() - array_name.len()).unwrap_or("");
    let pushed = is_plain_name(array_name)
        && opened.ends_with(['(', '{'])
        && ["push(", "emplace(", "heappush(", "add(", "offer("]
            .iter()
            .any(|call| opened.contains(call));
    if !pushed || !is_plain_name(index) {
        return;
    }
    out.push(Suggestion::construct(
        format!("{index}{}", closing(context)),
        0.85,
    ));
}

/// Union-find's `find(x)`: the root stored as it is found (`parent[x] = ` -> `find(parent[x]);`), returned once
/// stored (`return ` -> `parent[x];`), and the step of its loop (`while parent[x] != x:` then `x = ` ->
/// `parent[x]`).
fn path_compression(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let [parameter] = function.parameters.as_slice() else {
        return;
    };
    let (name, x) = (function.name, parameter.name);
    if name.is_empty() {
        return;
    }
    let typed = typed(context);
    let end = terminator(context);
    let index = format!("[{x}]");
    // `parent[x] = find(`, `return parent[x] = fi`, `x == parent[x] ? x : parent[x] = `.
    if let Some((head, tail)) = typed.rsplit_once(&format!("{index} = ")) {
        let array = super::lexer::trailing_identifier(head);
        // Only a forest's array, which the function tests for a root (`parent[x] == x`); a memo's store
        // (`memo[n] = `) is the recursion's own step.
        let tests_root = |line: &str| {
            [
                format!("{array}{index} == {x}"),
                format!("{array}{index} != {x}"),
                format!("{x} == {array}{index}"),
                format!("{x} != {array}{index}"),
            ]
            .iter()
            .any(|test| line.contains(test.as_str()))
        };
        let root_tested = tests_root(typed) || context.code_lines_above().take(6).any(tests_root);
        if is_plain_name(array) && array != x && root_tested {
            let call = format!("{name}({array}{index})");
            if let Some(rest) = call.strip_prefix(tail)
                && !rest.is_empty()
            {
                let closers = open_parentheses(head).unwrap_or_default();
                out.push(Suggestion::construct(format!("{rest}{closers}{end}"), 0.9));
            }
        }
        return;
    }
    let stored = context.code_lines_above().take(4).find_map(|line| {
        let (_, assignment) = line.split_once(&format!("] = {name}("))?;
        let array = line
            .split(&index)
            .next()?
            .rsplit(|c: char| !is_identifier_char(c))
            .next()?;
        (assignment.starts_with(&format!("{array}{index})")) && is_plain_name(array))
            .then_some(array)
    });
    if let Some(array) = stored {
        finish(typed, &format!("return {array}{index}{end}"), 0.88, out);
        return;
    }
    // Python's loop: `while parent[x] != x:` then `x = `.
    let Some(header) = context.enclosing_lines().next() else {
        return;
    };
    let condition = header.strip_prefix("while ").map(|rest| {
        rest.trim_start_matches('(')
            .trim_end_matches([':', '{', ' ', ')'])
    });
    if let Some((array, _)) =
        condition.and_then(|condition| condition.split_once(&format!("{index} != {x}")))
        && is_plain_name(array)
    {
        finish(typed, &format!("{x} = {array}{index}{end}"), 0.85, out);
    }
}

/// An element typed just before `ending`, nothing after it yet (`dist[v], `, `parent[i] = `): the line up to the
/// bracket, the array's name that ends it, and the index.
fn element_typed_before<'a>(
    context: &Context<'a>,
    ending: &str,
) -> Option<(&'a str, &'a str, &'a str)> {
    if !context.prefix.is_empty() {
        return None;
    }
    let (head, index) = typed(context).strip_suffix(ending)?.rsplit_once('[')?;
    Some((head, super::lexer::trailing_identifier(head), index))
}

/// The names a union-find's array of parents goes by.
const PARENT_ARRAYS: &[&str] = &[
    "parent", "par", "p", "fa", "root", "roots", "leader", "link", "boss", "parents",
];

/// `for (int i = 0; i < n; i++) parent[i] = ` -> `i;`: every element starts as its own root.
fn own_parent(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some((head, array, index)) = element_typed_before(context, "] = ") else {
        return;
    };
    if !PARENT_ARRAYS.contains(&array) || !is_plain_name(index) {
        return;
    }
    let header = if head.starts_with("for") {
        head
    } else {
        context.enclosing_lines().next().unwrap_or("")
    };
    let counts = header.starts_with("for")
        && (header.contains(&format!("int {index} = "))
            || header.contains(&format!("for {index} in ")));
    if counts {
        out.push(Suggestion::construct(
            format!("{index}{}", terminator(context)),
            0.88,
        ));
    }
}

/// `if (dp[i][j] != -1) return ` -> `dp[i][j];`: a memo known to hold the answer gives it back.
fn memo_answer(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = typed(context);
    let condition = if let Some(header) = typed.strip_prefix("if (") {
        header.split_once(") ")
    } else if let Some(header) = typed.strip_prefix("if ") {
        header.split_once(": ")
    } else {
        context.enclosing_lines().next().and_then(|header| {
            let condition = header
                .strip_prefix("if ")?
                .trim_start_matches('(')
                .trim_end_matches([':', '{', ' ', ')']);
            Some((condition, typed))
        })
    };
    let Some((condition, body)) = condition else {
        return;
    };
    let memo = condition
        .strip_suffix(" != -1")
        .or_else(|| condition.strip_prefix('~'))
        .map(str::trim);
    let Some(memo) = memo.filter(|memo| memo.ends_with(']') && !memo.contains(' ')) else {
        return;
    };
    finish(
        body,
        &format!("return {memo}{}", terminator(context)),
        0.88,
        out,
    );
}

/// `if (mask & (1 << ` -> `i))` in a loop over `i`; Python's `mask >> i & ` -> `1`; `__builtin_pop` ->
/// `count(mask)` in a loop over masks (Java's `Integer.bitCount(`, Python's `bin(mask).count("1")`).
fn bits(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let before = context.before_prefix();
    let loops: Vec<&str> = context
        .enclosing_lines()
        .take(4)
        .filter_map(loop_counter)
        .collect();
    if context.prefix.is_empty() && before.ends_with("& (1 << ") {
        if let Some(inner) = loops.first()
            && loops.len() >= 2
        {
            // A bit's test often has its body on the same line: the condition closed, no block opened.
            let closers = open_parentheses(before).unwrap_or_default();
            out.push(Suggestion::construct(format!("{inner}{closers}"), 0.85));
        }
        return;
    }
    if context.prefix.is_empty()
        && let Some(shifted) = before.strip_suffix(" & ")
        && let Some((_, by)) = shifted.rsplit_once(" >> ")
        && loops.first() == Some(&by)
    {
        out.push(Suggestion::construct(
            format!("1{}", closing(context)),
            0.85,
        ));
        return;
    }
    // The loop over subsets: its header bounds the counter by `1 << n`.
    let mask = context
        .enclosing_lines()
        .take(4)
        .filter(|line| line.contains("1 << "))
        .find_map(loop_counter);
    let Some(mask) = mask else {
        return;
    };
    let full = match context.profile.language {
        Language::C | Language::Cpp if before.ends_with(['(', ' ', '=']) || before.is_empty() => {
            if context.prefix.len() < 5 {
                return;
            }
            format!("__builtin_popcount({mask})")
        }
        Language::Java if before.ends_with("Integer.") => format!("bitCount({mask})"),
        Language::Python if before.ends_with(&format!("bin({mask}).")) => "count(\"1\")".to_owned(),
        _ => return,
    };
    if let Some(rest) = full.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(
            format!("{rest}{}", closing(context)),
            0.88,
        ));
    }
}

/// The counter a loop header declares (`for (int i = 0; ...` -> `i`, `for i in range(n):` -> `i`).
fn loop_counter(header: &str) -> Option<&str> {
    let rest = header
        .strip_prefix("for")?
        .trim_start()
        .trim_start_matches('(');
    let rest = rest
        .strip_prefix("int ")
        .or_else(|| rest.strip_prefix("long long "))
        .or_else(|| rest.strip_prefix("ll "))
        .unwrap_or(rest);
    let name = rest.split(|c: char| !is_identifier_char(c)).next()?;
    is_plain_name(name).then_some(name)
}

/// A sliding window: the left edge moved once its element left the sum (`sum -= a[l];` then `l` -> `++;`,
/// `while (sum > k) sum -= a[left` -> `++];`), and the window's length (`r - l + ` -> `1`).
fn sliding_window(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = typed(context);
    let before = context.before_prefix();
    let python = context.profile.language == Language::Python;
    if let Some(previous) = context.previous_code_line()
        && let Some((_, removed)) = previous.trim().split_once(" -= ")
        && let Some((_, index)) = removed
            .trim_end_matches(';')
            .strip_suffix(']')
            .and_then(|r| r.rsplit_once('['))
        && is_plain_name(index)
    {
        let full = if python {
            format!("{index} += 1")
        } else {
            format!("{index}++;")
        };
        finish(typed, &full, 0.88, out);
    }
    if !python
        && typed.starts_with("while")
        && !context.prefix.is_empty()
        && before.ends_with('[')
        && before.contains(" -= ")
        && !before.contains(&format!("[{}]", context.prefix))
    {
        let counter = context.enclosing_lines().next().and_then(loop_counter);
        if counter.is_some_and(|counter| counter != context.prefix) {
            // The line's closers start with the `]` of the index being written.
            let closers = closing(context);
            let closers = closers.strip_prefix(']').unwrap_or(&closers);
            out.push(Suggestion::construct(format!("++]{closers}"), 0.85));
        }
    }
    if context.prefix.is_empty()
        && let Some(range) = before.strip_suffix(" + ")
        && let Some((head, left)) = range.rsplit_once(" - ")
        && is_plain_name(left)
        && let right = head.rsplit([' ', '(', ',']).next().unwrap_or("")
        && is_plain_name(right)
        && (head.contains("max(") || head.contains("min("))
    {
        out.push(Suggestion::construct(
            format!("1{}", closing(context)),
            0.85,
        ));
    }
}

/// The direction array paired with `name` (`dx` -> `dy`, `dr` -> `dc`, `di` -> `dj`).
fn partner(name: &str) -> Option<String> {
    let (at, _) = name.char_indices().last()?;
    let (stem, last) = (name.get(..at)?, name.get(at..)?);
    let other = match last {
        "x" => "y",
        "r" => "c",
        "i" => "j",
        "X" => "Y",
        _ => return None,
    };
    stem.starts_with(['d', 'D'])
        .then(|| format!("{stem}{other}"))
}

/// `dx = {1, -1, 0, 0}` then `dy = {` -> `0, 0, 1, -1};`, and `nx = x + dx[d]` then `ny = y + ` -> `dy[d]`.
fn direction_arrays(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    let typed = typed(context);
    let before = context.before_prefix();
    // The second array's values.
    if let Some(declaration) = typed
        .strip_suffix('{')
        .or_else(|| typed.strip_suffix('['))
        .map(str::trim_end)
        .and_then(|head| head.strip_suffix('='))
    {
        let name = declaration
            .trim_end()
            .trim_end_matches(|c: char| c == ']' || c == '[' || c.is_ascii_digit())
            .rsplit(|c: char| !is_identifier_char(c))
            .next()
            .unwrap_or("");
        let values = context.code_lines_above().take(3).find_map(|line| {
            let (left, right) = line.split_once('=')?;
            let first = left
                .trim_end()
                .trim_end_matches(|c: char| c == ']' || c == '[' || c.is_ascii_digit())
                .rsplit(|c: char| !is_identifier_char(c))
                .next()?;
            (partner(first).as_deref() == Some(name)).then_some(right)
        });
        let Some(values) = values else {
            return;
        };
        let numbers: Vec<&str> = values
            .trim()
            .trim_start_matches(['{', '['])
            .trim_end_matches([';', '}', ']'])
            .split(',')
            .map(str::trim)
            .collect();
        let other = match numbers.as_slice() {
            [a, b, "0", "0"]
                if b.strip_prefix('-') == Some(a) || a.strip_prefix('-') == Some(b) =>
            {
                format!("0, 0, {a}, {b}")
            }
            ["0", "0", a, b]
                if b.strip_prefix('-') == Some(a) || a.strip_prefix('-') == Some(b) =>
            {
                format!("{a}, {b}, 0, 0")
            }
            _ => return,
        };
        out.push(Suggestion::construct(
            format!("{other}{}", closing(context)),
            0.88,
        ));
        return;
    }
    // The other coordinate.
    let Some(head) = before.strip_suffix(" + ") else {
        return;
    };
    let source = format!("{} {}", context.previous_code_line().unwrap_or(""), head);
    let Some((array_head, step)) = source
        .rsplit_once(']')
        .and_then(|(head, _)| head.rsplit_once('['))
    else {
        return;
    };
    let first = super::lexer::trailing_identifier(array_head);
    let Some(second) = partner(first) else {
        return;
    };
    if !is_plain_name(step) || head.contains(&format!("{second}[")) {
        return;
    }
    out.push(Suggestion::construct(
        format!("{second}[{step}]{}", closing(context)),
        0.88,
    ));
}

/// `(a, b) -> a[1] - ` -> `b[1]`, `Long.compare(x[0], ` -> `y[0]`, `return a.second < b.` -> `second;`: a
/// comparator compares the same part of its two arguments.
fn comparator_operand(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = typed(context);
    let before = context.before_prefix();
    // The comparator's two arguments: a lambda on the line, or the enclosing two-parameter function.
    let (first, second) = if let Some((head, _)) = before.split_once(") -> ") {
        let Some((_, parameters)) = head.rsplit_once('(') else {
            return;
        };
        let Some((first, second)) = parameters.split_once(',') else {
            return;
        };
        (first.trim(), second.trim())
    } else if typed.starts_with("return ") {
        // A C++ lambda's header (`[](const pair<int, int> &a, const pair<int, int> &b) {`), else a function's.
        let lambda = context.enclosing_lines().next().and_then(|header| {
            let (_, parameters) = header.split_once("](")?;
            let (parameters, _) = parameters.rsplit_once(')')?;
            let names: Vec<&str> = split_parameters(parameters)
                .into_iter()
                .filter_map(|parameter| parameter.rsplit([' ', '&', '*']).next())
                .collect();
            match names.as_slice() {
                [one, other] => Some((*one, *other)),
                _ => None,
            }
        });
        if let Some(pair) = lambda {
            pair
        } else {
            let Some(function) = enclosing_function(context) else {
                return;
            };
            let [one, other] = function.parameters.as_slice() else {
                return;
            };
            (one.name, other.name)
        }
    } else {
        return;
    };
    if !is_plain_name(first) || !is_plain_name(second) {
        return;
    }
    // The part of the first argument compared just before: `a[1] - `, `compare(x[0], `, `a.second < `.
    let (compared, typed_second) = if let Some(member) = before.strip_suffix(&format!("{second}."))
    {
        (member.trim_end(), format!(".{}", context.prefix))
    } else if context.prefix.is_empty() {
        (before.trim_end(), String::new())
    } else {
        return;
    };
    let compared = compared
        .strip_suffix(" -")
        .or_else(|| compared.strip_suffix(" <"))
        .or_else(|| compared.strip_suffix(" >"))
        .or_else(|| compared.strip_suffix(','));
    let Some(compared) = compared else {
        return;
    };
    let Some(at) = compared.rfind(first) else {
        return;
    };
    let part = compared.get(at + first.len()..).unwrap_or("");
    let starts_word = at == 0
        || compared
            .get(..at)
            .and_then(|head| head.chars().last())
            .is_some_and(|c| !is_identifier_char(c));
    let simple = part.starts_with(['[', '.'])
        && part
            .chars()
            .all(|c| is_identifier_char(c) || matches!(c, '[' | ']' | '.'));
    if !starts_word || !simple {
        return;
    }
    let full = if typed_second.is_empty() {
        format!("{second}{part}")
    } else {
        part.to_owned()
    };
    let typed_part = if typed_second.is_empty() {
        ""
    } else {
        typed_second.as_str()
    };
    if let Some(rest) = full.strip_prefix(typed_part)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(
            format!("{rest}{}", closing(context)),
            0.92,
        ));
    }
}

/// A parameter list split at its top-level commas (`pair<int, int> a, int b` -> two parameters).
fn split_parameters(parameters: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (at, character) in parameters.char_indices() {
        match character {
            '<' | '(' | '[' => depth += 1,
            '>' | ')' | ']' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                parts.push(parameters.get(start..at).unwrap_or("").trim());
                start = at + 1;
            }
            _ => {}
        }
    }
    parts.push(parameters.get(start..).unwrap_or("").trim());
    parts
}

/// `b >>= ` -> `1;`: an exponent or a mask is halved one bit at a time.
fn halving(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.prefix.is_empty()
        && let Some(head) = typed(context).strip_suffix(" >>= ")
        && is_plain_name(head)
    {
        out.push(Suggestion::construct(
            format!("1{}", terminator(context)),
            0.85,
        ));
    }
}

/// The macros and aliases of a contest template (`#define pb ` -> `push_back`, `typedef long ` -> `long ll;`,
/// `using ll = ` -> `long long;`) and its fast input (`ios::sync_with_stdio(` -> `false);`).
fn template_line(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = typed(context);
    let before = context.before_prefix().trim_start();
    let full = if let Some(macro_name) = before
        .strip_prefix("#define ")
        .and_then(|rest| rest.strip_suffix(' '))
    {
        match macro_name {
            "pb" => "push_back",
            "eb" => "emplace_back",
            "fi" | "ff" => "first",
            "se" | "ss" => "second",
            "mp" => "make_pair",
            "ll" => "long long",
            "ld" => "long double",
            "pii" => "pair<int, int>",
            "vi" => "vector<int>",
            _ => return,
        }
        .to_owned()
    } else if let Some(kind) = typed.strip_prefix("typedef ") {
        finish(kind, "long long ll;", 0.88, out);
        return;
    } else if let Some(kind) = ["using ll = ", "using i64 = ", "using LL = "]
        .iter()
        .find_map(|alias| typed.strip_prefix(alias))
    {
        finish(kind, "long long;", 0.88, out);
        return;
    } else if before.ends_with("sync_with_stdio(") {
        format!("false{}", closing(context))
    } else {
        return;
    };
    finish(context.prefix, &full, 0.88, out);
}

/// `if (d > dist[u]) cont` -> `inue;`, `while (!pq.em` -> `pty()) {`: a guard's keyword and a drained
/// container's test.
fn loop_keyword(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let before = context.before_prefix();
    if context.prefix.len() >= 3
        && before.trim_start().starts_with("if (")
        && before.ends_with(") ")
    {
        for keyword in ["continue;", "break;"] {
            finish(context.prefix, keyword, 0.85, out);
        }
    }
    if let Some(access) = context.dot_member()
        && context.prefix.len() >= 2
        && before
            .trim_start()
            .ends_with(&format!("while (!{}.", access.receiver))
    {
        finish(context.prefix, "empty()) {", 0.88, out);
    }
}

/// The algorithms that take a whole range and nothing else (`sort(a.begin(), a.end());`).
const WHOLE_RANGE_ONLY: &[&str] = &[
    "sort",
    "stable_sort",
    "reverse",
    "next_permutation",
    "prev_permutation",
    "min_element",
    "max_element",
    "is_sorted",
    "unique",
];

/// The algorithms whose first arguments are a range, the whole container's in a contest, besides those of
/// [`WHOLE_RANGE_ONLY`].
const RANGE_ALGORITHMS: &[&str] = &[
    "fill",
    "accumulate",
    "lower_bound",
    "upper_bound",
    "binary_search",
    "find",
    "count",
    "iota",
    "partial_sum",
    "shuffle",
];

/// `sort(a.` -> `begin(), a.end());`, `fill(dp.begin(), dp.` -> `end()`: a range is a container's two ends.
fn whole_range(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let before = context.before_prefix();
    let Some(head) = before.strip_suffix('.') else {
        return;
    };
    // The receiver: a name, or `(x)` in a macro's body.
    let receiver = if head.ends_with(')') {
        head.rfind('(').and_then(|open| head.get(open..))
    } else {
        head.rsplit(|c: char| !is_identifier_char(c)).next()
    };
    let Some(receiver) = receiver.filter(|receiver| !receiver.is_empty()) else {
        return;
    };
    let outside = head.get(..head.len() - receiver.len()).unwrap_or("");
    let begun = outside.ends_with(&format!("{receiver}.begin(), "));
    let function = outside
        .trim_end_matches(&format!("{receiver}.begin(), "))
        .strip_suffix('(')
        .map(super::lexer::trailing_identifier);
    let in_macro = typed(context).starts_with("#define ");
    let closes = function.is_some_and(|function| WHOLE_RANGE_ONLY.contains(&function));
    if function.is_none() && !in_macro {
        return;
    }
    let ending = if closes && !in_macro {
        closing(context)
    } else {
        String::new()
    };
    let full = if begun {
        format!("end(){ending}")
    } else if in_macro
        || function.is_some_and(|function| {
            WHOLE_RANGE_ONLY.contains(&function) || RANGE_ALGORITHMS.contains(&function)
        })
    {
        format!("begin(), {receiver}.end(){ending}")
    } else {
        return;
    };
    let confidence = if begun || context.prefix.len() >= 2 {
        0.9
    } else {
        0.8
    };
    if let Some(rest) = full.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, confidence));
    }
}

/// `priority_queue<T, vector<T>, ` -> `greater<T>>`: a heap given its container is given the other order.
fn min_heap(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let before = context.before_prefix();
    let Some((_, arguments)) = before.rsplit_once("priority_queue<") else {
        return;
    };
    let Some((element, container)) = arguments.split_once(", vector<") else {
        return;
    };
    if container != format!("{element}>, ") {
        return;
    }
    finish(context.prefix, &format!("greater<{element}>>"), 0.9, out);
}

/// `auto [d, u] = pq.top();` then `pq.` -> `pop();`: the element read is taken off.
fn pop_after_top(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !context.member_starts_statement(&access) || !is_plain_name(access.receiver) {
        return;
    }
    let receiver = access.receiver;
    // A vector's `front()` is only read; a queue's, a heap's and a stack's are taken off.
    let declared = context
        .code_lines_above()
        .take(DECLARATION_LINES)
        .find(|line| {
            let line = line.trim_end_matches(';');
            line.ends_with(&format!(" {receiver}"))
                || line.contains(&format!(" {receiver} = "))
                || line.contains(&format!(" {receiver}("))
                || line.contains(&format!(" {receiver}{{"))
        });
    if declared.is_some_and(|line| {
        !["queue<", "stack<", "deque<"]
            .iter()
            .any(|kind| line.contains(kind))
    }) {
        return;
    }
    let read = context.previous_code_line().is_some_and(|line| {
        line.contains(&format!("= {receiver}.top()"))
            || line.contains(&format!("= {receiver}.front()"))
    });
    if read {
        finish(context.prefix, "pop();", 0.9, out);
    }
}

/// `memset(dp, -1, ` -> `sizeof(dp));`: the whole array is set.
fn memset_size(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = typed(context);
    let Some((_, arguments)) = typed.rsplit_once("memset(") else {
        return;
    };
    let mut parts = arguments.splitn(3, ", ");
    let (Some(array), Some(_), Some(size)) = (parts.next(), parts.next(), parts.next()) else {
        return;
    };
    // Only an array declared as one: a pointer's `sizeof` is the pointer's.
    let array_declared = context
        .code_lines_above()
        .take(DECLARATION_LINES)
        .any(|line| {
            line.contains(&format!(" {array}["))
                && !line.contains(&format!("*{array}"))
                && !line.starts_with(array)
                && line.ends_with(';')
        });
    if !is_plain_name(array) || !array_declared {
        return;
    }
    finish(size, &format!("sizeof({array}));"), 0.9, out);
}

/// What a Java reader is built from and read with: `new BufferedReader(new ` -> `InputStreamReader(System.in));`,
/// `new Scanner(Sys` -> `tem.in);`, `new StringTokenizer(` -> `br.readLine());`, `Integer.parseInt(` ->
/// `st.nextToken());` once a tokenizer was made, `st.` -> `nextToken()`.
fn java_reader(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = typed(context);
    let reader = context
        .code_lines_above()
        .take(DECLARATION_LINES)
        .find_map(|line| {
            let (left, _) = line.split_once(" = new BufferedReader(")?;
            let name = left.split_whitespace().last()?;
            is_plain_name(name).then_some(name)
        });
    let tokenizer = context.code_lines_above().take(12).find_map(|line| {
        let (left, _) = line.split_once(" = new StringTokenizer(")?;
        let name = left.split_whitespace().last()?;
        is_plain_name(name).then_some(name)
    });
    // A declaration's constructor: `BufferedReader br = new Buff` -> `eredReader(new InputStreamReader(System.in));`.
    if let Some(declared) = context.before_prefix().trim_start().strip_suffix(" = new ")
        && let Some(kind) = declared.split_whitespace().next()
        && let [argument] = java_arguments(kind, reader).as_slice()
    {
        finish(
            context.prefix,
            &format!("{kind}({argument}){}", terminator(context)),
            0.88,
            out,
        );
        return;
    }
    // The argument of the innermost constructor or parse call left open.
    if let Some((head, tail)) = typed.rsplit_once('(') {
        let callee = head.rsplit([' ', '(']).next().unwrap_or("");
        let arguments = match callee {
            "Integer.parseInt" | "Long.parseLong" | "Double.parseDouble" => tokenizer
                .map(|name| format!("{name}.nextToken()"))
                .into_iter()
                .collect(),
            _ if head.ends_with(&format!("new {callee}")) => java_arguments(callee, reader),
            _ => Vec::new(),
        };
        let fitting: Vec<&String> = arguments
            .iter()
            .filter(|argument| argument.starts_with(tail))
            .collect();
        if let [argument] = fitting.as_slice()
            && let Some(rest) = argument.strip_prefix(tail)
            && !rest.is_empty()
        {
            out.push(Suggestion::construct(
                format!("{rest}{}", closing(context)),
                0.88,
            ));
            return;
        }
    }
    // `Integer.pa` -> `rseInt(st.nextToken());` like the line above.
    if let Some(class) = context.before_prefix().strip_suffix('.')
        && let Some(class) = class.rsplit([' ', '(']).next()
        && !context.prefix.is_empty()
        && let Some(previous) = context.previous_code_line()
    {
        let call = format!("{class}.");
        if let Some((_, rest)) = previous.split_once(&call)
            && let Some((method, _)) = rest.split_once('(')
            && method.starts_with(context.prefix)
            && method.starts_with("parse")
            && let Some(name) = tokenizer
            && rest.starts_with(&format!("{method}({name}.nextToken())"))
        {
            let remaining = method.get(context.prefix.len()..).unwrap_or("");
            out.push(Suggestion::construct(
                format!("{remaining}({name}.nextToken()){}", closing(context)),
                0.92,
            ));
        }
    }
    // `st.ne` -> `xtToken());`.
    if let Some(access) = context.dot_member()
        && tokenizer == Some(access.receiver)
        && !context.prefix.is_empty()
        && let Some(rest) = "nextToken()".strip_prefix(context.prefix)
    {
        out.push(Suggestion::construct(
            format!("{rest}{}", closing(context)),
            0.9,
        ));
    }
}

/// The arguments a Java reader's or writer's constructor is given in a console program (several when the letters
/// typed must choose).
fn java_arguments(kind: &str, reader: Option<&str>) -> Vec<String> {
    let texts: &[&str] = match kind {
        "Scanner" | "InputStreamReader" | "DataInputStream" => &["System.in"],
        "BufferedReader" => &["new InputStreamReader(System.in)"],
        "BufferedWriter" => &["new OutputStreamWriter(System.out)"],
        "OutputStreamWriter" | "BufferedOutputStream" => &["System.out"],
        "PrintWriter" => &[
            "System.out",
            "new BufferedWriter(new OutputStreamWriter(System.out))",
            "new BufferedOutputStream(System.out)",
            "new OutputStreamWriter(System.out)",
        ],
        "StringTokenizer" => {
            return reader
                .map(|reader| format!("{reader}.readLine()"))
                .into_iter()
                .collect();
        }
        _ => &[],
    };
    texts.iter().map(|text| (*text).to_owned()).collect()
}

/// `out.fl` -> `ush();`, then `out.cl` -> `ose();`: a `PrintWriter`'s output is flushed, then closed.
fn java_writer(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if context.prefix.is_empty() || !context.member_starts_statement(&access) {
        return;
    }
    let receiver = access.receiver;
    let writer = context
        .code_lines_above()
        .take(DECLARATION_LINES)
        .any(|line| {
            line.starts_with("PrintWriter ") && line.contains(&format!(" {receiver} = new "))
                || line.starts_with("BufferedWriter ")
                    && line.contains(&format!(" {receiver} = new "))
        });
    if !writer {
        return;
    }
    for method in ["flush();", "close();"] {
        finish(context.prefix, method, 0.9, out);
    }
}

/// Whether the file rebinds `input` to `sys.stdin.readline`, the contest's fast input.
fn fast_input(context: &Context<'_>) -> bool {
    context
        .code_lines_above()
        .take(DECLARATION_LINES)
        .any(|line| line.starts_with("input = ") && line.contains("sys.stdin.readline"))
}

/// Python's contest input: `input = sys.stdin.` -> `readline`, `map(int, ` -> `input().split())`,
/// `int(inp` -> `ut())` once `input` is the fast one, `list(map(` -> `int, input().split()))`.
fn python_input(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let before = context.before_prefix();
    let trimmed = before.trim_start();
    if trimmed == "input = sys.stdin." {
        finish(context.prefix, "readline", 0.9, out);
        return;
    }
    let full = if before.ends_with("map(int, ") {
        "input().split()"
    } else if before.ends_with("int(") && fast_input(context) && context.prefix.len() >= 2 {
        "input()"
    } else if before.ends_with("map(")
        && context.prefix.is_empty()
        && fast_input(context)
        && (trimmed.contains("list(map(") || trimmed.contains(", ") && trimmed.contains(" = map("))
    {
        "int, input().split()"
    } else {
        return;
    };
    if context.prefix.is_empty() && full == "input()" {
        return;
    }
    if let Some(rest) = full.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(
            format!("{rest}{}", closing(context)),
            0.88,
        ));
    }
}

/// `d, u = heapq.` -> `heappop(pq)`: a value taken from the heap the loop drains.
fn heap_pop(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if access.receiver != "heapq" || context.assignment_target(&access).is_none() {
        return;
    }
    let heap = context.enclosing_lines().find_map(|line| {
        let name = line.strip_prefix("while ")?.strip_suffix(':')?;
        is_plain_name(name).then_some(name)
    });
    if let Some(heap) = heap {
        finish(context.prefix, &format!("heappop({heap})"), 0.9, out);
    }
}
