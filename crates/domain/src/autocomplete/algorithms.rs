//! The steps of the small algorithms every course has a beginner write, where the textbook's next token is the
//! only sensible one:
//! - Euclid's greatest common divisor in a function named for it (`return gcd(` -> `b, a % b)`, `a, b = ` ->
//!   `b, a % b`, `[a, b] = ` -> `[b, a % b];`, `return b == 0 ? a : ` -> `gcd(b, a % b);`);
//! - the Fibonacci pair's step, after the pair started at `0, 1` (`a, b = ` -> `b, a + b`, `[a, b] = ` ->
//!   `[b, a + b];`), whole on the blank line after the loop used the first number (`yield a`);
//! - a binary search's midpoint, from the bounds its loop compares (`while low <= high:` then `mid = ` ->
//!   `(low + high) // 2`), and the index it found (`if arr[mid] == target:` then `return ` -> `mid`);
//! - a memoized function's stored answer, returned once the cache was found to hold it (`if (memo.containsKey(n))
//!   return ` -> `memo.get(n);`, C++'s `if (memo.count(n)) return ` -> `memo[n];`, C's `if (memo[n]) return `, Go's
//!   `if v, ok := memo[n]; ok {` then `return ` -> `v`), and a binary search's bounds moved past the midpoint (`lo = `
//!   -> `mid + 1;`, `hi = ` -> `mid - 1;`; the `else` branch's whole line after the other bound moved);
//! - two elements of one list swapped in one assignment (`arr[i], arr[j] = ` -> `arr[j], arr[i]`, `[arr[i],
//!   arr[j]] = ` -> `[arr[j], arr[i]];`);
//! - a grid's cell in two nested loops (`for i ...` then `for j ...`: `matrix[i][` -> `j]`), the transposed cell
//!   (`result[j][i] = ` -> `matrix[i][j]` in `transpose(matrix)`), and the row an inner loop walks (`for row in
//!   matrix:` then `for value in ` -> `row:`);
//! - a counting generator's `yield ` -> its counter (`for i in range(n):` then `yield ` -> `i`);
//! - a comparison of two things made the same way (`sorted(a) == ` -> `sorted(b)` in `is_anagram(a, b)`,
//!   `self.name == ` -> `other.name` in `__eq__`);
//! - a two-pointer palindrome test comparing the other end (`s.charAt(left) != s.charAt(` -> `right)) {`), and the
//!   first line of a two-pointer loop in a function named for a reversal (`r[i], r[j] = r[j], r[i]`) or a
//!   palindrome test (`if s[i] != s[j]:`);
//! - a search on a grid: the fourth of the four steps (`(0, 1), (1, 0), (0, -1), ` -> `(-1, 0)]:`), the
//!   neighbour's other coordinate (`nr, nc = r + dr, ` -> `c + dc`) and bound (`if 0 <= nr < rows and ` ->
//!   `0 <= nc < cols:`), and the front of its queue (`r, c = queue.` -> `popleft()` for a `deque`, `shift()`);
//! - a memoized recursion's lookup once the memo holds the key (`if n in memo:` then `return ` -> `memo[n]`,
//!   `if (memo.has(n)) return memo.` -> `get(n)`, `const cached = memo.` -> `get(n);`), and its store of the
//!   result just computed (`memo.set(n, ` -> `result);`) or of the textbook step (`memo[n] = ` -> `fib(n - 1) +
//!   fib(n - 2)`);
//! - two pointers' pair (`const sum = nums[i] + ` -> `nums[j];`, `return [i, ` -> `j];`) under `while (i < j)`,
//!   and a recursive grid walk's bounds check of its second coordinate (`r >= grid.length || ` -> `c >=
//!   grid[0].length)`);
//! - a binary search's bound moved past the midpoint its branch ruled out (`elif arr[mid] < target:` then `lo = `
//!   -> `mid + 1`; `high = ` -> `mid - 1` under `arr[mid] > target`).
//!
//! - a running best taking the value the line above just computed (`cur = max(n, cur + n)` then `best = max(best, `
//!   -> `cur)`, `Math.max(best, ` -> `cur);`), and the second term of a two-step recurrence (`dp[i - 1] + dp[i - `
//!   -> `2]`: the stairs, Fibonacci's table).
//!
//! - two-sum with a map (`diff = target - ` -> `n`, `seen[n] = ` -> `i`, `return [` -> `seen[diff], i]`), the other
//!   pointer's step (`left += 1` then `right -= 1`), a memo's stored answer returned (`memo[n] = ...` then `return `
//!   -> `memo[n]`, `@lru_cache(maxsize=` -> `None)`), and a grid's other dimension (`for i in range(rows):` then
//!   `for j in range(` -> `cols):`, `[[0] * cols for _ in range(` -> `rows)]`).
//!
//! Each rule reads names from the code (the function's parameters, the loop's bounds), never assumes them.

use super::Suggestion;
use super::cursor::{Context, indentation};
use super::idioms::terminator;
use super::language::Language;
use super::lexer::{contains_word, is_identifier_char, is_plain_name};
use super::statements::enclosing_function;

/// Runs the algorithm steps that apply at the cursor.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    euclid_step(context, out);
    fibonacci_step(context, out);
    binary_search_midpoint(context, out);
    binary_search_found(context, out);
    binary_search_step(context, out);
    binary_search_other_step(context, out);
    memoized_value(context, out);
    swap_elements(context, out);
    grid_cell(context, out);
    transposed_cell(context, out);
    row_of_grid(context, out);
    other_dimension_range(context, out);
    grid_of_other_dimension(context, out);
    two_pointer_comparison(context, out);
    two_pointer_body(context, out);
    counting_generator(context, out);
    symmetric_comparison(context, out);
    fourth_step(context, out);
    neighbour_coordinate(context, out);
    neighbour_in_bounds(context, out);
    queue_front(context, out);
    memo_lookup(context, out);
    pair_at_both_pointers(context, out);
    other_pointer_step(context, out);
    two_sum_step(context, out);
    stored_answer_returned(context, out);
    unbounded_cache(context, out);
    grid_bounds_of_parameters(context, out);
    running_extreme(context, out);
    second_previous_term(context, out);
    sieve_step(context, out);
}

/// The step of Euclid's algorithm, in a two-parameter function named `gcd` (or for the greatest common divisor):
/// the recursion (`return gcd(` -> `b, a % b)`, Rust's tail `gcd(`, C's `return b == 0 ? a : ` -> `gcd(b, a % b);`)
/// and the loop's pair assignment (`a, b = ` -> `b, a % b`; `[a, b] = ` -> `[b, a % b];`; `b = ` -> `a % b;` after
/// `int t = b;`).
fn euclid_step(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if !typed.ends_with(['(', ' ']) {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let lower = function.name.to_ascii_lowercase().replace('_', "");
    let euclid = lower == "gcd"
        || lower.ends_with("gcd")
        || lower.starts_with("gcd")
        || lower.contains("greatestcommon")
        || lower.contains("euclid");
    let [first, second] = function.parameters.as_slice() else {
        return;
    };
    if !euclid {
        return;
    }
    let (a, b, name) = (first.name, second.name, function.name);
    // gofmt writes a remainder in a list without spaces (`b, a%b`).
    let remainder = if context.profile.language == Language::Go {
        format!("{a}%{b}")
    } else {
        format!("{a} % {b}")
    };
    let end = terminator(context);
    let text = if typed == format!("return {name}(") {
        format!("{b}, {remainder}){end}")
    } else if typed == format!("{name}(") && context.profile.language == Language::Rust {
        // Rust's tail expression: no `;`.
        format!("{b}, {remainder})")
    } else if context.profile.language == Language::Rust
        && typed == format!("if {b} == 0 {{ {a} }} else {{ {name}(")
    {
        // The whole body on one line: `if b == 0 { a } else { gcd(` -> `b, a % b) }`.
        format!("{b}, {remainder}) }}")
    } else if typed == format!("{a}, {b} = ")
        && matches!(context.profile.language, Language::Python | Language::Go)
    {
        format!("{b}, {remainder}")
    } else if typed == format!("[{a}, {b}] = ")
        && matches!(
            context.profile.language,
            Language::JavaScript | Language::TypeScript
        )
    {
        format!("[{b}, {remainder}]{end}")
    } else if typed.starts_with("return ") && typed.ends_with(&format!(" ? {a} : ")) {
        format!("{name}({b}, {remainder}){end}")
    } else if let Some(head) = typed.strip_suffix(&format!("{name}({b}, {a} % "))
        && head.contains("return ")
        && context.profile.language != Language::Python
    {
        // The recursion's divisor, typed up to it; a one-line body (`{ return ...`) is closed with it.
        let closers = super::idioms::open_parentheses(head).unwrap_or_default();
        let body_closed = if head.matches('{').count() > head.matches('}').count() {
            " }"
        } else {
            ""
        };
        format!("{b}){closers}{end}{body_closed}")
    } else if typed == format!("{b} = ")
        && context.code_lines_above().next().is_some_and(|line| {
            line.trim_end_matches(';')
                .strip_suffix(&format!(" = {b}"))
                .is_some_and(|declaration| declaration.split(' ').count() == 2)
        })
    {
        // The loop through a temporary: `int t = b;` then `b = a % b;`.
        format!("{remainder}{end}")
    } else {
        return;
    };
    out.push(Suggestion::construct(text, 0.88));
}

/// The condition of a `while` or condition-only `for` header, without its parentheses and opener: `low <= high`
/// in `while low <= high:`, `(lo < hi) {` and `for left <= right {`.
pub(super) fn loop_condition(header: &str) -> Option<&str> {
    let condition = header
        .strip_prefix("while")
        .or_else(|| header.strip_prefix("for"))?
        .trim()
        .trim_end_matches(['{', ':'])
        .trim();
    Some(
        condition
            .strip_prefix('(')
            .and_then(|inner| inner.strip_suffix(')'))
            .unwrap_or(condition)
            .trim(),
    )
}

/// The bounds a binary search's loop header compares, `("low", "high")` for `while low <= high:` (`while (lo <
/// hi) {`, Go's `for left <= right {`), when they are named as bounds.
fn search_bounds(header: &str) -> Option<(&str, &str)> {
    /// Names that come in pairs as the ends of a range being halved.
    const BOUNDS: &[(&str, &str)] = &[
        ("low", "high"),
        ("lo", "hi"),
        ("left", "right"),
        ("l", "r"),
        ("start", "end"),
        ("first", "last"),
        ("i", "j"),
    ];
    let condition = loop_condition(header)?;
    let (low, high) = condition
        .split_once(" <= ")
        .or_else(|| condition.split_once(" < "))?;
    let (low, high) = (low.trim(), high.trim());
    BOUNDS
        .iter()
        .any(|&(first, second)| low == first && high == second)
        .then_some((low, high))
}

/// `mid = ` as the first line of a binary search's loop -> `(low + high) // 2` in Python, `Math.floor((low + high) /
/// 2)` in JavaScript, `(low + high) / 2` elsewhere: the midpoint of the bounds the loop compares.
fn binary_search_midpoint(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let language = context.profile.language;
    let declarations: &[&str] = match language {
        Language::Python => &["mid = "],
        Language::Go => &["mid := ", "mid = "],
        Language::JavaScript | Language::TypeScript => &["const mid = ", "let mid = "],
        Language::Rust => &["let mid = "],
        Language::Java | Language::C | Language::Cpp => &["int mid = ", "mid = "],
        Language::Other => &[],
    };
    // The midpoint may be typed partway (`mid = (lo + hi) `, `Math.floor(`): the rest of it is left. Nothing typed
    // on the loop's first line, the declaration comes whole.
    let whole = typed.is_empty() && context.on_blank_line_start();
    let Some((declared, started)) = declarations.iter().find_map(|declaration| {
        if whole {
            Some((*declaration, ""))
        } else {
            typed.strip_prefix(declaration).map(|started| ("", started))
        }
    }) else {
        return;
    };
    let Some(header) = context.code_lines_above().next() else {
        return;
    };
    let Some((low, high)) = search_bounds(header) else {
        return;
    };
    // Unasked, only for bounds named for a search: two pointers walking in (`while left < right:`) compare first.
    let halving = matches!((low, high), ("lo", "hi") | ("low", "high"))
        || matches!((low, high), ("left", "right") | ("l", "r"))
            && loop_condition(header).is_some_and(|condition| condition.contains(" <= "));
    if !declared.is_empty() && !halving {
        return;
    }
    let text = match language {
        Language::Python => format!("({low} + {high}) // 2"),
        Language::JavaScript | Language::TypeScript => {
            format!("Math.floor(({low} + {high}) / 2){}", terminator(context))
        }
        _ => format!("({low} + {high}) / 2{}", terminator(context)),
    };
    if let Some(rest) = text.strip_prefix(started).filter(|rest| !rest.is_empty()) {
        out.push(Suggestion::construct(format!("{declared}{rest}"), 0.85));
    }
}

/// `return ` under `if arr[mid] == target:` -> `mid`: a search returns the index at which it found the target
/// (`Some(mid)` from a Rust function returning an `Option`).
fn binary_search_found(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    // The test may stand on the same line: `if (arr[mid] === target) return `.
    let same_line = typed
        .strip_suffix(" return ")
        .filter(|test| test.starts_with("if"))
        .map(|test| format!("{test} {{"));
    if typed != "return " && same_line.is_none() {
        return;
    }
    let line_above = context.code_lines_above().next().map(str::to_owned);
    let Some(condition) = same_line.or(line_above).and_then(|line| {
        let condition = line.strip_prefix("if")?.trim();
        let condition = condition
            .strip_suffix(':')
            .or_else(|| condition.strip_suffix('{'))?
            .trim();
        Some(
            condition
                .strip_prefix('(')
                .and_then(|inner| inner.strip_suffix(')'))
                .unwrap_or(condition)
                .to_owned(),
        )
    }) else {
        return;
    };
    // A counting loop's index found its element the same way (`for (let i = 0; ...)` then `arr[i] === target`).
    // A linear search's index only where the function is named for one (`indexOf`, `position`): a `find` or a
    // `contains` answers as often with the element or a boolean.
    let names_index = enclosing_function(context).is_some_and(|function| {
        let name = function.name.to_ascii_lowercase();
        name.contains("index") || name.contains("position")
    });
    let counted = context
        .enclosing_lines()
        .filter(|line| line.starts_with("for"))
        .find_map(counted_variable);
    let Some((element, _)) = condition
        .split_once(" === ")
        .or_else(|| condition.split_once(" == "))
    else {
        return;
    };
    let Some(index) = element
        .trim()
        .strip_suffix(']')
        .and_then(|rest| rest.rsplit_once('['))
        .map(|(list, index)| (list, index.trim()))
        .filter(|(list, index)| {
            is_plain_name(list)
                && (matches!(*index, "mid" | "middle") || (counted == Some(*index) && names_index))
        })
        .map(|(_, index)| index)
    else {
        return;
    };
    let returns_option = context.profile.language == Language::Rust
        && enclosing_function(context).is_some_and(|function| {
            function
                .results
                .iter()
                .any(|result| result.trim_start().starts_with("Option"))
        });
    let text = if returns_option {
        format!("Some({index});")
    } else {
        format!("{index}{}", terminator(context))
    };
    out.push(Suggestion::construct(text, 0.85));
}

/// The first line of a binary search's `else` branch, when the branch above moved one bound past the midpoint: the
/// other bound moves (`lo = mid + 1` then `else:` -> `hi = mid - 1`; `hi = mid;` under `while (lo < hi)`, whose
/// upper bound is exclusive; `lo = mid + 1` after a branch that moved the upper one).
fn binary_search_other_step(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.line_before.trim().is_empty() {
        return;
    }
    let mut above = context.code_lines_above();
    if !matches!(above.next(), Some("else:" | "} else {" | "else {")) {
        return;
    }
    let Some((moved, step)) = above
        .next()
        .and_then(|line| line.trim_end_matches(';').split_once(" = "))
    else {
        return;
    };
    let Some((low, high, exclusive)) = context.code_lines_above().take(12).find_map(|line| {
        let (low, high) = search_bounds(line)?;
        let exclusive = loop_condition(line).is_some_and(|condition| !condition.contains("<="));
        Some((low, high, exclusive))
    }) else {
        return;
    };
    let Some(middle) = ["mid", "middle"]
        .into_iter()
        .find(|middle| step.starts_with(middle))
    else {
        return;
    };
    let upper_step = if exclusive {
        middle.to_owned()
    } else {
        format!("{middle} - 1")
    };
    let line = if moved == low && step == format!("{middle} + 1") {
        format!("{high} = {upper_step}")
    } else if moved == high && step == upper_step {
        format!("{low} = {middle} + 1")
    } else {
        return;
    };
    out.push(Suggestion::construct(
        format!("{line}{}", terminator(context)),
        0.85,
    ));
}

/// A binary search's bound moved past the midpoint it compared: `lo = ` -> `mid + 1;` and `hi = ` -> `mid - 1;`
/// (`mid;` when the loop runs `while (lo < hi)`: the upper bound is then exclusive), in the loop whose header
/// compares the bounds, once the midpoint is taken.
fn binary_search_step(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    // The step may be typed up to its operator (`lo = mid + `): the rest is then the `1` alone.
    let (assigned, started) = match typed.strip_suffix(" = ") {
        Some(assigned) => (assigned, ""),
        None if typed.ends_with(" + ") || typed.ends_with(" - ") => {
            let Some((assigned, started)) = typed.rsplit_once(" = ") else {
                return;
            };
            (assigned, started)
        }
        None => return,
    };
    // `lo = `, `else hi = `, `else if (a[mid] < target) lo = `, `elif arr[mid] < target: low = `.
    let bound = assigned
        .rsplit([' ', '(', ')', ':', '{'])
        .next()
        .unwrap_or(assigned);
    let lead = &assigned[..assigned.len() - bound.len()];
    if !(lead.is_empty() || lead.ends_with(") ") || lead.ends_with("else ") || lead.ends_with(": "))
        || !is_plain_name(bound)
    {
        return;
    }
    let mut middle = None;
    for line in context.code_lines_above().take(8) {
        if middle.is_none() {
            middle = ["mid", "middle"].into_iter().find(|name| {
                [" = ", " := "].iter().any(|assign| {
                    line.strip_suffix(';')
                        .unwrap_or(line)
                        .split_once(assign)
                        .is_some_and(|(left, _)| left.rsplit(' ').next() == Some(name))
                })
            });
        }
        let Some((low, high)) = search_bounds(line) else {
            continue;
        };
        let Some(middle) = middle else {
            return;
        };
        let exclusive = loop_condition(line).is_some_and(|condition| !condition.contains("<="));
        // The branch's test says which side the midpoint ruled out: under `arr[mid] < target` only the lower
        // bound moves (`high = ` there is no step of the search).
        let branch = if lead.trim().is_empty() {
            context.code_lines_above().next().unwrap_or("")
        } else {
            lead
        };
        match midpoint_below_target(branch, middle) {
            Some(true) if bound != low => return,
            Some(false) if bound != high => return,
            _ => {}
        }
        let text = if bound == low {
            format!("{middle} + 1")
        } else if bound == high && exclusive {
            middle.to_owned()
        } else if bound == high {
            format!("{middle} - 1")
        } else {
            return;
        };
        let Some(rest) = text.strip_prefix(started) else {
            return;
        };
        if rest.is_empty() {
            return;
        }
        out.push(Suggestion::construct(
            format!("{rest}{}", terminator(context)),
            0.85,
        ));
        return;
    }
}

/// Whether a search's branch test finds the midpoint's element below the target (`arr[mid] < target`, `target >
/// a[m]`: `Some(true)`), above it (`Some(false)`), or says neither (`else`, a test of equality, no test).
fn midpoint_below_target(branch: &str, middle: &str) -> Option<bool> {
    let element = format!("[{middle}]");
    let test = branch.split_once("if").map_or("", |(_, test)| test);
    for (operator, below_when_left) in [
        (" <= ", true),
        (" >= ", false),
        (" < ", true),
        (" > ", false),
    ] {
        if let Some((left, right)) = test.split_once(operator) {
            if left.contains(&element) {
                return Some(below_when_left);
            }
            if right.contains(&element) {
                return Some(!below_when_left);
            }
        }
    }
    None
}

/// Whether a name is a memoized function's cache (`memo`, `cache`, `dp`, `fibMemo`): a set of seen things is
/// tested the same way but answers `true`.
fn cache_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    is_plain_name(name) && (lower.contains("memo") || lower.contains("cache") || lower == "dp")
}

/// The stored answer returned after the test that found it: `if (memo.containsKey(n)) return ` -> `memo.get(n);`
/// (`return memo.` -> `get(n);`), C++'s `if (memo.count(n)) return ` (or `memo.find(n) != memo.end()`) ->
/// `memo[n];`, C's `if (memo[n]) return ` -> `memo[n];`, each also on the line under the test; Go's `if v, ok :=
/// memo[n]; ok {` then `return ` -> `v`.
fn memoized_value(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let language = context.profile.language;
    memo_binding_returned(context, out);
    if !matches!(
        language,
        Language::Java | Language::C | Language::Cpp | Language::Go
    ) {
        return;
    }
    let typed = context.line_before.trim_start();
    let (test, returned) = if let Some(test) = typed.strip_suffix("return ") {
        (test.trim(), "")
    } else if let Some((test, receiver)) = typed
        .strip_suffix('.')
        .and_then(|rest| rest.rsplit_once("return "))
    {
        (test.trim(), receiver)
    } else {
        return;
    };
    // The test on this line (`if (memo[n]) return `) or alone on the line above (`if (memo[n]) {`).
    let test = if test.is_empty() {
        match context.code_lines_above().next() {
            Some(line) => line.strip_suffix('{').unwrap_or(line).trim(),
            None => return,
        }
    } else {
        test
    };
    if language == Language::Go {
        // `if v, ok := memo[n]; ok {`: the value was taken in the test.
        let Some((value, lookup)) = test
            .strip_prefix("if ")
            .and_then(|rest| rest.strip_suffix("; ok"))
            .and_then(|rest| rest.split_once(", ok := "))
        else {
            return;
        };
        let cache = lookup.split('[').next().unwrap_or("");
        let single_result =
            enclosing_function(context).is_some_and(|function| function.results.len() <= 1);
        if returned.is_empty() && is_plain_name(value) && cache_name(cache) && single_result {
            out.push(Suggestion::construct(value, 0.85));
        }
        return;
    }
    let Some(condition) = test
        .strip_prefix("if (")
        .and_then(|rest| rest.strip_suffix(')'))
        .map(str::trim)
    else {
        return;
    };
    // (cache, key) of the lookup the condition makes.
    let call = |method: &str| {
        let (cache, rest) = condition.split_once('.')?;
        let key = rest.strip_prefix(method)?.strip_prefix('(')?;
        let key = key.strip_suffix(')').or_else(|| {
            key.strip_suffix(" > 0")
                .or_else(|| key.strip_suffix(" != 0"))?
                .strip_suffix(')')
        })?;
        Some((cache, key))
    };
    let found = match language {
        Language::Java => call("containsKey").map(|(cache, key)| (cache, key, true)),
        Language::Cpp => call("count")
            .or_else(|| call("contains"))
            .or_else(|| {
                let (find, end) = condition.split_once(" != ")?;
                let (cache, key) = find.strip_suffix(')')?.split_once(".find(")?;
                (end == format!("{cache}.end()")).then_some((cache, key))
            })
            .map(|(cache, key)| (cache, key, false)),
        _ => {
            let element = condition
                .strip_suffix(" != 0")
                .or_else(|| condition.strip_suffix(" != -1"))
                .unwrap_or(condition);
            element
                .strip_suffix(']')
                .and_then(|rest| rest.split_once('['))
                .map(|(cache, key)| (cache, key, false))
        }
    };
    let Some((cache, key, by_method)) = found else {
        return;
    };
    let key_is_simple = !key.is_empty()
        && key
            .chars()
            .all(|c| is_identifier_char(c) || matches!(c, ' ' | '+' | '-' | ',' | '[' | ']'));
    if !cache_name(cache) || !key_is_simple || (!returned.is_empty() && returned != cache) {
        return;
    }
    let text = match (by_method, returned.is_empty()) {
        (true, true) => format!("{cache}.get({key});"),
        (true, false) => format!("get({key});"),
        (false, true) => format!("{cache}[{key}];"),
        (false, false) => return,
    };
    out.push(Suggestion::construct(text, 0.85));
}

/// What a memo's lookup bound, returned under the test that found it: Rust's `if let Some(&v) = memo.get(&n) {`
/// then `return ` -> `v;` (`*v;` for a borrowed `Some(v)`), C++'s `auto it = memo.find(n);` then `if (it !=
/// memo.end()) return ` -> `it->second;` (`return it->` -> `second;`).
fn memo_binding_returned(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let (test, returned) = match typed.strip_suffix("return ") {
        Some(test) => (test.trim(), ""),
        None => match typed.strip_suffix("return it->") {
            Some(test) => (test.trim(), "it"),
            None => return,
        },
    };
    let mut above = context.code_lines_above();
    let test = if test.is_empty() {
        match above.next() {
            Some(line) => line.strip_suffix('{').unwrap_or(line).trim(),
            None => return,
        }
    } else {
        test
    };
    match context.profile.language {
        Language::Rust if returned.is_empty() => {
            let Some((pattern, lookup)) = test
                .strip_prefix("if let Some(")
                .and_then(|rest| rest.split_once(") = "))
            else {
                return;
            };
            let cache = lookup.split(".get(").next().unwrap_or("");
            if !lookup.contains(".get(") || !cache_name(cache) {
                return;
            }
            let text = match pattern.strip_prefix('&') {
                Some(copied) if is_plain_name(copied) => format!("{copied};"),
                None if is_plain_name(pattern) => format!("*{pattern};"),
                _ => return,
            };
            let optional = enclosing_function(context).is_some_and(|function| {
                function
                    .results
                    .first()
                    .is_some_and(|result| result.trim().starts_with("Option<"))
            });
            if !optional {
                out.push(Suggestion::construct(text, 0.85));
            }
        }
        Language::Cpp => {
            let Some(cache) = test
                .strip_prefix("if (it != ")
                .and_then(|rest| rest.strip_suffix(".end())"))
            else {
                return;
            };
            let found = above
                .take(3)
                .any(|line| line.starts_with(&format!("auto it = {cache}.find(")));
            if found && cache_name(cache) {
                let text = if returned.is_empty() {
                    "it->second;"
                } else {
                    "second;"
                };
                out.push(Suggestion::construct(text, 0.85));
            }
        }
        _ => {}
    }
}

/// `arr[i], arr[j] = ` -> `arr[j], arr[i]`: two elements of one list assigned together are swapped (Python and Go
/// write the swap in one assignment).
fn swap_elements(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let script = matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript
    );
    if !(script || matches!(context.profile.language, Language::Python | Language::Go)) {
        return;
    }
    let Some(targets) = context.line_before.trim_start().strip_suffix(" = ") else {
        return;
    };
    // JavaScript swaps by destructuring: `[arr[j], arr[j + 1]] = ` -> `[arr[j + 1], arr[j]];`.
    let targets = if script {
        match targets
            .strip_prefix('[')
            .and_then(|inner| inner.strip_suffix(']'))
        {
            Some(inner) => inner,
            None => return,
        }
    } else {
        targets
    };
    let Some((first, second)) = targets.split_once(", ") else {
        return;
    };
    fn list_of(element: &str) -> Option<&str> {
        element
            .strip_suffix(']')
            .and_then(|rest| rest.split_once('['))
            .filter(|(list, index)| {
                is_plain_name(list) && !index.is_empty() && !index.contains(['[', ']'])
            })
            .map(|(list, _)| list)
    }
    match (list_of(first), list_of(second)) {
        (Some(one), Some(other)) if one == other && first != second => {
            let text = if script {
                format!("[{second}, {first}]{}", terminator(context))
            } else {
                format!("{second}, {first}")
            };
            out.push(Suggestion::construct(text, 0.85));
        }
        _ => {}
    }
}

/// `if (s.charAt(left) != s.charAt(` -> `right)) {` (`if s[left] != s[` -> `right]:`) in a loop `while left <
/// right`: two pointers walking towards each other compare their two ends.
fn two_pointer_comparison(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let line = context.line_before;
    let typed = line.trim_start();
    if !typed.starts_with("if") {
        return;
    }
    let (opener, closer) = if typed.ends_with('[') {
        ('[', ']')
    } else if typed.ends_with('(') {
        ('(', ')')
    } else {
        return;
    };
    let Some((left_side, right_side)) = [" !== ", " != ", " === ", " == "]
        .iter()
        .find_map(|operator| typed.split_once(operator))
    else {
        return;
    };
    let Some(low) = left_side
        .strip_suffix(closer)
        .and_then(|rest| rest.rsplit_once(opener))
        .map(|(_, index)| index)
    else {
        return;
    };
    let Some((_, high)) = context
        .code_lines_above()
        .take(8)
        .filter(|line| line.starts_with("while") || line.starts_with("for "))
        .find_map(search_bounds)
        .filter(|(bound, _)| *bound == low)
    else {
        return;
    };
    // The same access on both sides: `s.charAt(left)` and `s.charAt(`, `s[left]` and `s[`.
    let accessor = left_side.strip_suffix(&format!("{opener}{low}{closer}"));
    let accessor = accessor.map(|text| {
        text.trim_start_matches("if")
            .trim_start()
            .trim_start_matches('(')
    });
    if accessor != right_side.strip_suffix(opener) {
        return;
    }
    let end = if context.profile.language == Language::Python {
        ":".to_owned()
    } else {
        let open =
            typed.matches('(').count() - typed.matches(')').count().min(typed.matches('(').count());
        let open = if closer == ')' {
            open.saturating_sub(1)
        } else {
            open
        };
        format!("{}{}", ")".repeat(open), " {")
    };
    out.push(Suggestion::construct(format!("{high}{closer}{end}"), 0.85));
}

/// The header of the block whose first line the cursor is on (the line right above, indented less), trimmed.
fn header_above<'a>(context: &Context<'a>) -> Option<&'a str> {
    context
        .previous_code_line()
        .filter(|line| indentation(line) < indentation(context.line_before))
        .map(str::trim)
}

/// The first line of a loop whose two pointers walk towards each other (`while i < j:`, `for i, j := 0, len(r)-1;
/// i < j; i, j = i+1, j-1 {`), in a function named for what it does: a reversal swaps the two ends (`r[i], r[j] =
/// r[j], r[i]`, C++'s `std::swap(a[i], a[j]);`, Rust's `v.swap(i, j);`, C's and Java's `int tmp = a[i];`), a
/// palindrome test compares them (`if s[i] != s[j]:`, Java's `s.charAt(i) != s.charAt(j)`).
fn two_pointer_body(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.on_blank_line_start() {
        return;
    }
    let Some(header) = header_above(context) else {
        return;
    };
    let Some(condition) = loop_condition(header).map(|condition| {
        // A C-style header's condition is its middle clause.
        condition.split(';').nth(1).unwrap_or(condition).trim()
    }) else {
        return;
    };
    let Some((low, high)) = condition
        .split_once(" < ")
        .map(|(low, high)| (low.trim(), high.trim()))
        .filter(|(low, high)| is_plain_name(low) && is_plain_name(high))
    else {
        return;
    };
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let name = function.name.to_ascii_lowercase();
    let (reverses, tests_palindrome) = (name.contains("reverse"), name.contains("palindrome"));
    if !reverses && !tests_palindrome {
        return;
    }
    // The walked sequence: the one the upper pointer starts at the end of (`j = len(r) - 1`, `right = s.length -
    // 1`), or the function's one array parameter when it starts at a length (`j = n - 1`).
    let start = std::iter::once(header)
        .chain(context.code_lines_above().skip(1).take(6))
        .find_map(|line| upper_start(line, low, high));
    let Some(start) = start else {
        return;
    };
    let measured = start
        .strip_prefix("len(")
        .and_then(|rest| rest.split_once(')'))
        .map(|(sequence, _)| sequence)
        .or_else(|| {
            [".length", ".len()", ".size()", ".length()"]
                .iter()
                .find_map(|length| start.split_once(length).map(|(sequence, _)| sequence))
        });
    let array_parameters: Vec<_> = function
        .parameters
        .iter()
        .filter(|parameter| {
            parameter.type_text.contains(['*', '['])
                || matches!(parameter.type_text, "String" | "str" | "&str" | "string")
        })
        .collect();
    let sequence = match measured {
        Some(sequence) if is_plain_name(sequence) => sequence,
        Some(_) => return,
        None => match array_parameters.as_slice() {
            [only] => only.name,
            _ => return,
        },
    };
    let element_type = function
        .parameters
        .iter()
        .find(|parameter| parameter.name == sequence)
        .map(|parameter| parameter.type_text);
    let (x, y) = (format!("{sequence}[{low}]"), format!("{sequence}[{high}]"));
    let language = context.profile.language;
    let text = if reverses {
        match language {
            Language::Python | Language::Go => format!("{x}, {y} = {y}, {x}"),
            Language::JavaScript | Language::TypeScript => {
                format!("[{x}, {y}] = [{y}, {x}]{}", terminator(context))
            }
            Language::Cpp => format!("std::swap({x}, {y});"),
            Language::Rust => format!("{sequence}.swap({low}, {high});"),
            Language::C | Language::Java => {
                let Some(element) = element_type
                    .map(|text| text.trim_end_matches(['*', '[', ']', ' ']).trim())
                    .filter(|element| {
                        matches!(*element, "int" | "char" | "double" | "long" | "float")
                    })
                else {
                    return;
                };
                format!("{element} tmp = {x};")
            }
            Language::Other => return,
        }
    } else {
        match language {
            Language::Python => format!("if {x} != {y}:"),
            Language::Go => format!("if {x} != {y} {{"),
            Language::JavaScript | Language::TypeScript => format!("if ({x} !== {y}) {{"),
            Language::C | Language::Cpp => format!("if ({x} != {y}) {{"),
            Language::Java if element_type == Some("String") => {
                format!("if ({sequence}.charAt({low}) != {sequence}.charAt({high})) {{")
            }
            _ => return,
        }
    };
    out.push(Suggestion::construct(text, 0.85));
}

/// `a[j]` for `a[i]` in a loop walking `i` and `j` towards each other (`for (int i = 0, j = n - 1; i < j; i++,
/// j--)`): the element a swap through a temporary writes over the first.
pub(super) fn two_pointer_partner(context: &Context<'_>, saved: &str) -> Option<String> {
    let (sequence, index) = saved.strip_suffix(']')?.split_once('[')?;
    let header = context.enclosing_lines().next()?;
    let condition = loop_condition(header)?;
    let condition = condition.split(';').nth(1).unwrap_or(condition).trim();
    let (low, high) = condition.split_once(" < ")?;
    (low.trim() == index && is_plain_name(high.trim()) && is_plain_name(sequence))
        .then(|| format!("{sequence}[{}]", high.trim()))
}

/// What the upper of two pointers starts at, from the line that starts both (`i, j = 0, len(arr) - 1`, `for i, j
/// := 0, len(r)-1; ...`, `int i = 0, j = n - 1;`, `let right = s.length - 1;`): `len(arr) - 1`, `n - 1`.
fn upper_start<'a>(line: &'a str, low: &str, high: &str) -> Option<&'a str> {
    let line = line.trim().trim_end_matches(['{', ';', ' ']);
    // Go's header steps them too (`i, j = i+1, j-1`): its start is the `:=`.
    let value = if let Some((_, values)) = line
        .split_once(&format!("{low}, {high} := "))
        .or_else(|| line.split_once(&format!("{low}, {high} = ")))
    {
        values.split_once(", ")?.1
    } else {
        let at = line.find(&format!("{high} = "))?;
        let before = line.get(..at)?.chars().next_back();
        if before.is_some_and(is_identifier_char) {
            return None;
        }
        line.get(at + high.len() + 3..)?
    };
    let value = value.split(';').next()?.trim();
    value
        .strip_suffix("- 1")
        .or_else(|| value.strip_suffix("-1"))
        .map(str::trim)
}

/// `a, b = ` -> `b, a + b` (`[a, b] = ` -> `[b, a + b];`, Go's `b, a+b`) where the same pair started at `0, 1`
/// in the function above: Fibonacci's step, in a loop or a generator. On the blank line after the loop's use of
/// the first (`yield a`, `print(a)`, `console.log(a);`), the whole step: `a, b = b, a + b`.
fn fibonacci_step(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let language = context.profile.language;
    let wrapped = matches!(language, Language::JavaScript | Language::TypeScript);
    if !matches!(language, Language::Python | Language::Go) && !wrapped {
        return;
    }
    let Some((a, b, start, distance)) = fibonacci_start(context) else {
        return;
    };
    let sum = if language == Language::Go {
        format!("{a}+{b}")
    } else {
        format!("{a} + {b}")
    };
    let step = if wrapped {
        format!("[{b}, {sum}]{}", terminator(context))
    } else {
        format!("{b}, {sum}")
    };
    let assigned = if wrapped {
        format!("[{a}, {b}] = ")
    } else {
        format!("{a}, {b} = ")
    };
    if typed == assigned {
        out.push(Suggestion::construct(step, 0.88));
        return;
    }
    // The blank line in the loop, right after its use of the first number, before any step.
    let in_loop = indentation(context.line_before) > start;
    let used = context.previous_code_line().is_some_and(|line| {
        contains_word(line, a) && !line.contains(" = ") && !line.contains(":=")
    });
    let stepped = context
        .code_lines_above()
        .take(distance)
        .any(|line| line.starts_with(&assigned));
    if typed.is_empty() && context.prefix.is_empty() && in_loop && used && !stepped {
        out.push(Suggestion::construct(format!("{assigned}{step}"), 0.85));
    }
}

/// The Fibonacci pair started at `0, 1` in the dozen lines above (`a, b = 0, 1`, `a, b := 0, 1`, `let [a, b] = [0,
/// 1];`, `let a = 0, b = 1;`): its two names, the start's indentation and how many code lines above it is.
fn fibonacci_start<'a>(context: &Context<'a>) -> Option<(&'a str, &'a str, usize, usize)> {
    context
        .code_before_line()
        .lines()
        .rev()
        .filter(|line| !line.trim().is_empty())
        .take(12)
        .enumerate()
        .find_map(|(distance, line)| {
            let statement = line.trim().trim_end_matches(';');
            let statement = ["let ", "var ", "const "]
                .iter()
                .find_map(|keyword| statement.strip_prefix(keyword))
                .unwrap_or(statement);
            let (a, b) = if let Some(names) = statement
                .strip_suffix(" = 0, 1")
                .or_else(|| statement.strip_suffix(" := 0, 1"))
            {
                names.split_once(", ")?
            } else if let Some(names) = statement.strip_suffix(" = [0, 1]") {
                names
                    .strip_prefix('[')?
                    .strip_suffix(']')?
                    .split_once(", ")?
            } else {
                let (first, second) = statement.split_once(" = 0, ")?;
                (first, second.strip_suffix(" = 1")?)
            };
            (is_plain_name(a) && is_plain_name(b) && a != b)
                .then(|| (a, b, indentation(line), distance))
        })
}

/// `yield ` as the first line of a counting loop -> the counter: `for i in range(n):` (`while i < n:`, `for (let
/// i = 0; i < n; i++) {`, `while (n > 0) {`), in a generator whose name says nothing else is made of it
/// (`squares`, `evens` compute their values).
fn counting_generator(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "yield " {
        return;
    }
    let language = context.profile.language;
    if !matches!(
        language,
        Language::Python | Language::JavaScript | Language::TypeScript
    ) {
        return;
    }
    let Some(header) = header_above(context) else {
        return;
    };
    let counter = if language == Language::Python {
        header
            .strip_prefix("for ")
            .and_then(|rest| rest.split_once(" in range("))
            .map(|(counter, _)| counter)
            .or_else(|| {
                let condition = header.strip_prefix("while ")?.strip_suffix(':')?;
                [" < ", " <= ", " > ", " >= "]
                    .iter()
                    .find_map(|operator| condition.split_once(operator))
                    .map(|(counter, _)| counter)
            })
    } else {
        header
            .strip_prefix("for (let ")
            .and_then(|rest| rest.split_once(" = "))
            .map(|(counter, _)| counter)
            .or_else(|| {
                let condition = header.strip_prefix("while (")?.strip_suffix(") {")?;
                [" < ", " <= ", " > ", " >= "]
                    .iter()
                    .find_map(|operator| condition.split_once(operator))
                    .map(|(counter, _)| counter)
            })
    };
    let Some(counter) = counter.filter(|counter| is_plain_name(counter)) else {
        return;
    };
    let computes = enclosing_function(context).is_none_or(|function| {
        let name = function.name.to_ascii_lowercase();
        [
            "square", "cube", "double", "even", "odd", "prime", "fib", "power",
        ]
        .iter()
        .any(|word| name.contains(word))
    });
    if !computes {
        out.push(Suggestion::construct(
            format!("{counter}{}", terminator(context)),
            0.85,
        ));
    }
}

/// The other side of a comparison that treats two things alike: `return sorted(a) == ` -> `sorted(b)` (`=== b.`
/// -> `split('').sort().join('')`) in a two-parameter function named for comparing them (`is_anagram`,
/// `same_digits`), and `self.name == ` -> `other.name` in Python's `__eq__` (`self.age < ` in `__lt__`).
fn symmetric_comparison(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if !typed.starts_with("return ") && !typed.starts_with("and ") && !typed.contains(" and ") {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    // `__eq__`: the attribute of the other object.
    let compares_objects = matches!(
        function.name,
        "__eq__" | "__lt__" | "__le__" | "__gt__" | "__ge__"
    );
    if compares_objects && context.profile.language == Language::Python {
        let Some(attribute) = [" == ", " < ", " <= ", " > ", " >= "]
            .iter()
            .find_map(|operator| typed.strip_suffix(operator))
            .and_then(|rest| rest.rsplit_once("self."))
            .map(|(_, attribute)| attribute)
            .filter(|attribute| is_plain_name(attribute))
        else {
            return;
        };
        if let [other] = function.parameters.as_slice() {
            out.push(Suggestion::construct(
                format!("{}.{attribute}", other.name),
                0.85,
            ));
        }
        return;
    }
    let name = function.name.to_ascii_lowercase();
    let compares = ["anagram", "same", "equal", "permutation"]
        .iter()
        .any(|word| name.contains(word));
    let [first, second] = function.parameters.as_slice() else {
        return;
    };
    if !compares || !typed.starts_with("return ") {
        return;
    }
    let (a, b) = (first.name, second.name);
    let expression = typed.trim_start_matches("return ");
    let mentions = |text: &str, name: &str| {
        text.split(|c: char| !is_identifier_char(c))
            .filter(|word| *word == name)
            .count()
    };
    // `sorted(a) == ` -> `sorted(b)`; `a.split('').sort().join('') === b.` -> `split('').sort().join('')`.
    let (left, member) = if let Some(left) = expression
        .strip_suffix(" === ")
        .or_else(|| expression.strip_suffix(" == "))
    {
        (left, false)
    } else if let Some(left) = expression
        .strip_suffix(&format!(" === {b}."))
        .or_else(|| expression.strip_suffix(&format!(" == {b}.")))
    {
        (left, true)
    } else {
        return;
    };
    if mentions(left, a) != 1 || mentions(left, b) != 0 || left.len() > 60 {
        return;
    }
    let mirrored: String = {
        let mut result = String::new();
        let mut word = String::new();
        for character in left.chars().chain(std::iter::once(' ')) {
            if is_identifier_char(character) {
                word.push(character);
            } else {
                result.push_str(if word == a { b } else { &word });
                word.clear();
                result.push(character);
            }
        }
        result.pop();
        result
    };
    let text = if member {
        let Some(rest) = mirrored.strip_prefix(&format!("{b}.")) else {
            return;
        };
        format!("{rest}{}", terminator(context))
    } else {
        format!("{mirrored}{}", terminator(context))
    };
    out.push(Suggestion::construct(text, 0.85));
}

/// The one parameter of a function named for removing duplicates or keeping unique items (`remove_duplicates(items)`,
/// `unique(arr)`, `dedup(xs)`): what a set built from it keeps one of each of.
pub(super) fn deduplicated_parameter<'a>(context: &Context<'a>) -> Option<&'a str> {
    let function = enclosing_function(context)?;
    let name = function.name.to_ascii_lowercase();
    if !(name.contains("duplicate") || name.contains("unique") || name.contains("dedup")) {
        return None;
    }
    match function.parameters.as_slice() {
        [only] => Some(only.name),
        _ => None,
    }
}

/// `matrix[i][` -> `j]` inside `for i ...` then `for j ...`: the cell of the row the outer loop is on, in the
/// column the inner one is on.
fn grid_cell(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(row_index) = context
        .line_before
        .strip_suffix("][")
        .and_then(|before| before.rsplit_once('['))
        .filter(|(grid, index)| grid.ends_with(is_identifier_char) && is_plain_name(index))
        .map(|(_, index)| index)
    else {
        return;
    };
    let Some((column, row)) = nested_counters(context) else {
        return;
    };
    if row == row_index && column != row {
        out.push(Suggestion::construct(format!("{column}]"), 0.85));
    }
}

/// The variables of the two counting loops around the cursor, the inner one first (`j`, then `i`).
fn nested_counters<'a>(context: &Context<'a>) -> Option<(&'a str, &'a str)> {
    let mut loops = context
        .enclosing_lines()
        .filter(|line| line.starts_with("for"))
        .filter_map(counted_variable);
    Some((loops.next()?, loops.next()?))
}

/// The variable a `for` header counts with (`j` in `for j in range(`, `for (int j = 0; `, `for j := 0; `).
pub(super) fn counted_variable(header: &str) -> Option<&str> {
    let rest = header.strip_prefix("for")?.trim_start();
    let rest = rest.strip_prefix('(').unwrap_or(rest);
    let first = rest
        .split([' ', '='])
        .filter(|word| !word.is_empty())
        .find(|word| {
            !matches!(
                *word,
                "int" | "let" | "var" | "size_t" | "auto" | "unsigned" | "long"
            )
        })?;
    is_plain_name(first).then_some(first)
}

/// `result[j][i] = ` -> `matrix[i][j]` in the nested loops on `i` then `j` of a function given one grid: the
/// transpose takes the cell across the diagonal.
fn transposed_cell(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(target) = context.line_before.trim_start().strip_suffix(" = ") else {
        return;
    };
    let Some((grid, indices)) = target.split_once('[') else {
        return;
    };
    let Some((column, row)) = indices
        .strip_suffix(']')
        .and_then(|inner| inner.split_once("]["))
    else {
        return;
    };
    let Some((inner, outer)) = nested_counters(context) else {
        return;
    };
    if (inner, outer) != (column, row) || !is_plain_name(grid) {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let [source] = function.parameters.as_slice() else {
        return;
    };
    if source.name != grid && function.name.to_ascii_lowercase().starts_with("transpose") {
        out.push(Suggestion::construct(
            format!("{}[{row}][{column}]{}", source.name, terminator(context)),
            0.85,
        ));
    }
}

/// Whether the window makes `name` a grid: a list of lists (`matrix = [[1, 2], [3, 4]]`, `grid := [][]int{`,
/// `let m = vec![vec![`, `int[][] m = {{`).
pub(super) fn is_grid(context: &Context<'_>, name: &str) -> bool {
    /// Types of a list of lists: Java's `int[][]`, C++'s vector of vectors, Rust's `Vec<Vec<`.
    const NESTED_TYPES: &[&str] = &["[][]", "vector<std::vector<", "vector<vector<", "Vec<Vec<"];
    /// Names a course gives a list of lists whatever declares it (often a parameter).
    const GRID_NAMES: &[&str] = &["matrix", "grid"];
    GRID_NAMES.contains(&name)
        || context.code_lines_above().take(300).any(|line| {
            let (declaration, value) = line
                .split_once(" = ")
                .or_else(|| line.split_once(" := "))
                .unwrap_or((line.trim_end_matches(';'), ""));
            let declaration = declaration.split('(').next().unwrap_or(declaration);
            declaration.rsplit([' ', ':']).find(|word| !word.is_empty()) == Some(name)
                && (value.starts_with("[[")
                    || value.starts_with("[][]")
                    || value.starts_with("vec![vec![")
                    || value.starts_with("{{")
                    || NESTED_TYPES
                        .iter()
                        .any(|nested| declaration.contains(nested)))
        })
}

/// `for value in ` -> `row:` inside `for row in matrix:` (JavaScript's `for (const cell of ` -> `row) {`, Go's
/// `for _, v := range ` -> `row {`, Rust's `for x in ` -> `row {`): the inner loop of a grid walks the row.
fn row_of_grid(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let language = context.profile.language;
    let typed = context.line_before.trim_start();
    let element = match language {
        Language::Python | Language::Rust => typed
            .strip_prefix("for ")
            .and_then(|rest| rest.strip_suffix(" in ")),
        Language::JavaScript | Language::TypeScript => typed
            .strip_prefix("for (const ")
            .or_else(|| typed.strip_prefix("for (let "))
            .and_then(|rest| rest.strip_suffix(" of ")),
        Language::Go => typed
            .strip_prefix("for _, ")
            .and_then(|rest| rest.strip_suffix(" := range ")),
        _ => None,
    };
    let Some(element) = element.filter(|element| is_plain_name(element)) else {
        return;
    };
    let Some(header) = context.enclosing_lines().next() else {
        return;
    };
    let walked = match language {
        Language::Python | Language::Rust => header
            .strip_prefix("for ")
            .and_then(|rest| rest.split_once(" in ")),
        Language::JavaScript | Language::TypeScript => header
            .strip_prefix("for (const ")
            .or_else(|| header.strip_prefix("for (let "))
            .and_then(|rest| rest.split_once(" of ")),
        _ => header
            .strip_prefix("for _, ")
            .and_then(|rest| rest.split_once(" := range ")),
    };
    let Some((row, collection)) = walked else {
        return;
    };
    let collection = collection
        .trim_end_matches(['{', ':', ')', ' '])
        .trim_start_matches('&');
    if !is_plain_name(row) || row == element || !is_grid(context, collection) {
        return;
    }
    let ending = match language {
        Language::Python => ":",
        Language::JavaScript | Language::TypeScript => ") {",
        _ => " {",
    };
    out.push(Suggestion::construct(format!("{row}{ending}"), 0.85));
}

/// The four unit steps of a grid, as a list literal writes them.
const STEPS: [(i8, i8); 4] = [(0, 1), (1, 0), (0, -1), (-1, 0)];

/// `for dr, dc in [(0, 1), (1, 0), (0, -1), ` -> `(-1, 0)]:`: three of the four steps of a grid are listed, the
/// fourth completes them (tuples in Python, arrays elsewhere).
fn fourth_step(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(list_start) = typed.rfind("[(").or_else(|| typed.rfind("[[")) else {
        return;
    };
    let Some(list) = typed.get(list_start + 1..) else {
        return;
    };
    if !list.ends_with(", ") {
        return;
    }
    let (open, close) = if list.starts_with('(') {
        ('(', ')')
    } else {
        ('[', ']')
    };
    let mut listed = Vec::new();
    for pair in list.split(close) {
        let pair = pair.trim_start_matches([',', ' ']);
        if pair.is_empty() {
            continue;
        }
        let Some((x, y)) = pair
            .strip_prefix(open)
            .and_then(|pair| pair.split_once(','))
        else {
            return;
        };
        let (Ok(x), Ok(y)) = (x.trim().parse::<i8>(), y.trim().parse::<i8>()) else {
            return;
        };
        // A diagonal means eight steps, a repeat means something else: neither is the four-step list.
        if !STEPS.contains(&(x, y)) || listed.contains(&(x, y)) {
            return;
        }
        listed.push((x, y));
    }
    let mut missing = STEPS.iter().filter(|step| !listed.contains(step));
    let (Some((x, y)), None) = (missing.next(), missing.next()) else {
        return;
    };
    let rest_of_line = typed.get(..list_start).unwrap_or("");
    let parentheses = super::idioms::open_parentheses(rest_of_line).unwrap_or_default();
    // A `for` header's `(` is among the parentheses the list closes first.
    let ending = if context.profile.language == Language::Python {
        if typed.starts_with("for ") { ":" } else { "" }
    } else if typed.starts_with("for ") {
        " {"
    } else {
        terminator(context)
    };
    out.push(Suggestion::construct(
        format!("{open}{x}, {y}{close}]{parentheses}{ending}"),
        0.88,
    ));
}

/// `nr, nc = r + dr, ` -> `c + dc` (`const [nx, ny] = [x + dx, ` -> `y + dy];`): a neighbour's second coordinate is
/// named like its first, from the cell's and the step's second names that the loop declares.
fn neighbour_coordinate(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let typed = ["const ", "let ", "var "]
        .iter()
        .find_map(|keyword| typed.strip_prefix(keyword))
        .unwrap_or(typed);
    let Some((targets, values)) = typed.split_once(" = ") else {
        return;
    };
    let (targets, values, close) = match (targets.strip_prefix('['), values.strip_prefix('[')) {
        (Some(targets), Some(values)) => (targets.trim_end_matches(']'), values, "]"),
        _ => (targets, values, ""),
    };
    let Some((first_target, second_target)) = targets.split_once(", ") else {
        return;
    };
    let Some((cell, step)) = values
        .strip_suffix(", ")
        .and_then(|sum| sum.split_once(" + "))
    else {
        return;
    };
    if ![first_target, second_target, cell, step]
        .iter()
        .all(|name| is_plain_name(name))
    {
        return;
    }
    // `nr` is `r` with a mark (`n`, `new_`), `dr` is `r` with another: the second coordinate carries the same.
    let (Some(target_mark), Some(step_mark)) =
        (first_target.strip_suffix(cell), step.strip_suffix(cell))
    else {
        return;
    };
    let Some(second_cell) = second_target.strip_prefix(target_mark) else {
        return;
    };
    if target_mark.is_empty() || step_mark.is_empty() || second_cell.is_empty() {
        return;
    }
    let second_step = format!("{step_mark}{second_cell}");
    let declared = |name: &str| {
        context.code_lines_above().take(12).any(|line| {
            line.split(|c: char| !is_identifier_char(c))
                .any(|word| word == name)
        })
    };
    // The step's names come from the loop (`for dr, dc in`); the cell's may come from further up.
    if declared(&second_step) {
        let ending = if close.is_empty() {
            ""
        } else {
            terminator(context)
        };
        out.push(Suggestion::construct(
            format!("{second_cell} + {second_step}{close}{ending}"),
            0.88,
        ));
    }
}

/// `if 0 <= nr < rows and ` -> `0 <= nc < cols:`: the second coordinate of the neighbour just computed (`nr, nc =
/// ...`) against the second size of the grid (`rows, cols = ...`).
fn neighbour_in_bounds(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Python {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some((first, size)) = typed
        .strip_prefix("if 0 <= ")
        .and_then(|rest| rest.strip_suffix(" and "))
        .and_then(|bound| bound.split_once(" < "))
    else {
        return;
    };
    let second_of = |name: &str| {
        context.code_lines_above().take(20).find_map(|line| {
            let (targets, _) = line.split_once(" = ")?;
            let (left, right) = targets.split_once(", ")?;
            (left == name && is_plain_name(right)).then_some(right)
        })
    };
    if let (Some(second), Some(second_size)) = (second_of(first), second_of(size)) {
        out.push(Suggestion::construct(
            format!("0 <= {second} < {second_size}:"),
            0.86,
        ));
    }
}

/// A grid made row by row takes the other dimension for the count of its rows: `[[0] * cols for _ in range(` ->
/// `rows)]`, `Array.from({ length: rows }, () => Array(` -> `cols).fill(0));`.
fn grid_of_other_dimension(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let (given, fill) = match context.profile.language {
        Language::Python => {
            let Some(head) = typed.strip_suffix(" for _ in range(") else {
                return;
            };
            let Some((_, row)) = head.rsplit_once("[[") else {
                return;
            };
            let Some((_, size)) = row.split_once("] * ") else {
                return;
            };
            (size, "")
        }
        Language::JavaScript | Language::TypeScript => {
            let Some(head) = typed.strip_suffix(" }, () => Array(") else {
                return;
            };
            let Some((_, size)) = head.rsplit_once("Array.from({ length: ") else {
                return;
            };
            (size, ").fill(0")
        }
        _ => return,
    };
    let Some(other) = super::axis_symmetry::other_dimension(given.trim()) else {
        return;
    };
    let Some(closing) = super::closers::after_value(context) else {
        return;
    };
    // The fill's own `)` is the first of the closers.
    let closing = if fill.is_empty() {
        closing
    } else {
        let Some(rest) = closing.strip_prefix(')') else {
            return;
        };
        format!("{fill}){rest}")
    };
    let end = if typed.starts_with("const ") && !closing.ends_with(';') {
        terminator(context)
    } else {
        ""
    };
    out.push(Suggestion::construct(
        format!("{other}{closing}{end}"),
        0.85,
    ));
}

/// `for j in range(` -> `cols):` right under `for i in range(rows):`: the inner loop counts the other dimension.
fn other_dimension_range(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Python {
        return;
    }
    let Some(inner) = context
        .line_before
        .trim_start()
        .strip_prefix("for ")
        .and_then(|rest| rest.strip_suffix(" in range("))
    else {
        return;
    };
    let Some((outer, bound)) = context
        .enclosing_lines()
        .next()
        .and_then(|header| header.strip_prefix("for "))
        .and_then(|rest| rest.strip_suffix("):"))
        .and_then(|rest| rest.split_once(" in range("))
    else {
        return;
    };
    if outer == inner || !is_plain_name(inner) || !is_plain_name(outer) {
        return;
    }
    if let Some(other) = super::axis_symmetry::other_dimension(bound.trim()) {
        out.push(Suggestion::construct(format!("{other}):"), 0.85));
    }
}

/// `r, c = queue.` -> `popleft()` when the queue is a `deque`; `const [r, c] = queue.` -> `shift();` in a loop
/// that runs while the queue has elements: a breadth-first search takes the oldest first.
fn queue_front(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some((_, receiver)) = typed
        .strip_suffix('.')
        .and_then(|before| before.rsplit_once(" = "))
    else {
        return;
    };
    if !is_plain_name(receiver) {
        return;
    }
    // A stack is taken from its top: a depth-first walk (`node = stack.` -> `pop()` under `while stack:`).
    if receiver.to_ascii_lowercase().contains("stack") {
        let drained = context.enclosing_lines().next().is_some_and(|header| {
            header == format!("while {receiver}:")
                || header.starts_with(&format!("while ({receiver}.length"))
        });
        if drained {
            let end = if context.profile.language == Language::Python {
                ""
            } else {
                terminator(context)
            };
            out.push(Suggestion::member(format!("pop(){end}"), 0.88));
        }
        return;
    }
    match context.profile.language {
        Language::Python => {
            let deque = context.code_lines_above().take(40).any(|line| {
                line.strip_prefix(receiver)
                    .and_then(|rest| rest.strip_prefix(" = "))
                    .is_some_and(|value| {
                        value.starts_with("deque(") || value.starts_with("collections.deque(")
                    })
            });
            if deque {
                out.push(Suggestion::member("popleft()", 0.9));
            }
        }
        Language::JavaScript | Language::TypeScript => {
            let draining = context
                .enclosing_lines()
                .next()
                .is_some_and(|header| header.starts_with(&format!("while ({receiver}.length")));
            if draining {
                out.push(Suggestion::member(
                    format!("shift(){}", terminator(context)),
                    0.88,
                ));
            }
        }
        _ => {}
    }
}

/// A memoized recursion answers from its memo once it holds the key: `if n in memo:` then `return ` ->
/// `memo[n]`; `if (memo.has(n)) return memo.` -> `get(n);`.
fn memo_lookup(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    match context.profile.language {
        // `memo[n] = ` stores what the recursion computes for its parameter: the textbook step.
        Language::Python if typed.ends_with("] = ") => {
            let Some((memo, key)) = typed
                .strip_suffix("] = ")
                .and_then(|rest| rest.split_once('['))
            else {
                return;
            };
            let lowered = memo.to_ascii_lowercase();
            if !(lowered.contains("memo") || lowered.contains("cache")) || !is_plain_name(memo) {
                return;
            }
            let Some(function) = enclosing_function(context) else {
                return;
            };
            let [parameter] = function.parameters.as_slice() else {
                return;
            };
            if parameter.name == key
                && let Some(step) = super::statements::textbook_step(context, &function, key)
            {
                out.push(Suggestion::construct(step, 0.86));
            }
        }
        Language::Python if typed == "return " => {
            let Some((key, memo)) = context
                .previous_code_line()
                .map(str::trim)
                .and_then(|line| line.strip_prefix("if "))
                .and_then(|line| line.strip_suffix(':'))
                .and_then(|test| test.split_once(" in "))
            else {
                return;
            };
            // A set or a list tested the same way (`if x in seen:`) holds no answer to return.
            let lowered = memo.to_ascii_lowercase();
            let dictionary = lowered.contains("memo")
                || lowered.contains("cache")
                || context.code_lines_above().take(60).any(|line| {
                    line.strip_prefix(memo).is_some_and(|rest| {
                        rest.starts_with(" = {") || rest.starts_with(" = dict(")
                    })
                });
            if is_plain_name(key)
                && is_plain_name(memo)
                && dictionary
                && context.current_indentation() > 0
            {
                out.push(Suggestion::construct(format!("{memo}[{key}]"), 0.88));
            }
        }
        Language::JavaScript | Language::TypeScript => {
            memo_stored(context, typed, out);
            let Some((test, memo)) = typed
                .strip_suffix('.')
                .and_then(|before| before.rsplit_once(") return "))
            else {
                return;
            };
            let Some(key) = test
                .strip_prefix("if (")
                .and_then(|test| test.strip_prefix(memo))
                .and_then(|test| test.strip_prefix(".has("))
                .and_then(|key| key.strip_suffix(')'))
            else {
                return;
            };
            if is_plain_name(memo) && is_plain_name(key) {
                out.push(Suggestion::member(
                    format!("get({key}){}", terminator(context)),
                    0.9,
                ));
            }
        }
        _ => {}
    }
}

/// In a function of one parameter, `const cached = memo.` -> `get(n);` and `memo.set(n, ` -> `result);` after
/// `const result = ...`: a memo (a `Map` named for it) is read and written at the parameter.
fn memo_stored(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    if !(typed.ends_with('.') || typed.ends_with(", ")) {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let [parameter] = function.parameters.as_slice() else {
        return;
    };
    let key = parameter.name;
    let is_memo = |name: &str| {
        let lowered = name.to_ascii_lowercase();
        lowered.contains("memo") || lowered.contains("cache")
    };
    let read = typed
        .strip_suffix('.')
        .and_then(|before| before.rsplit_once(" = "))
        .is_some_and(|(target, memo)| {
            is_memo(memo)
                && is_plain_name(memo)
                && (target.starts_with("const ") || target.starts_with("let "))
        });
    if read {
        out.push(Suggestion::member(
            format!("get({key}){}", terminator(context)),
            0.88,
        ));
        return;
    }
    let Some(memo) = typed.strip_suffix(&format!(".set({key}, ")) else {
        return;
    };
    if !is_memo(memo) || !is_plain_name(memo) {
        return;
    }
    let computed = context.code_lines_above().next().and_then(|line| {
        let rest = line
            .strip_prefix("const ")
            .or_else(|| line.strip_prefix("let "))?;
        let (name, _) = rest.split_once(" = ")?;
        let name = name.split(':').next().unwrap_or(name).trim();
        is_plain_name(name).then_some(name)
    });
    if let Some(computed) = computed {
        out.push(Suggestion::construct(
            format!("{computed}){}", terminator(context)),
            0.88,
        ));
    }
}

/// On the line under `left += 1` in `while left < right:` -> `right -= 1` (`left++;` -> `right--;`): pointers
/// walking towards each other both move once their pair is done.
fn other_pointer_step(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.on_blank_line_start() {
        return;
    }
    let Some(previous) = context.previous_code_line() else {
        return;
    };
    if indentation(previous) != indentation(context.line_before) {
        return;
    }
    let Some((low, high)) = context
        .enclosing_lines()
        .next()
        .filter(|header| header.starts_with("while"))
        .and_then(search_bounds)
    else {
        return;
    };
    let step = previous.trim();
    let text = if step == format!("{low} += 1") || step == format!("{low} += 1;") {
        format!("{high} -= 1{}", terminator(context))
    } else if step == format!("{low}++;") || step == format!("{low}++") {
        format!("{high}--{}", if step.ends_with(';') { ";" } else { "" })
    } else {
        return;
    };
    // Moved already (the two steps written the other way round).
    if context.code_lines_above().take(6).any(|line| {
        line.starts_with(&format!("{high} -= ")) || line.starts_with(&format!("{high}--"))
    }) {
        return;
    }
    out.push(Suggestion::construct(text, 0.86));
}

/// The index and element of the loop around the cursor, as an expression: `for i, n in enumerate(nums):` ->
/// (`i`, `n`), `for (let i = 0; i < nums.length; i++) {` -> (`i`, `nums[i]`).
fn indexed_element(context: &Context<'_>) -> Option<(String, String)> {
    let header = context
        .enclosing_lines()
        .find(|line| line.starts_with("for"))?;
    if let Some((variables, _)) = header
        .strip_prefix("for ")
        .and_then(|rest| rest.split_once(" in enumerate("))
    {
        let (index, element) = variables.split_once(',')?;
        let (index, element) = (index.trim(), element.trim());
        return (is_plain_name(index) && is_plain_name(element))
            .then(|| (index.to_owned(), element.to_owned()));
    }
    // Go's `for i, n := range nums {`, Rust's `for (i, &n) in nums.iter().enumerate() {`.
    if let Some((variables, _)) = header
        .strip_prefix("for ")
        .and_then(|rest| rest.split_once(" := range "))
        .or_else(|| {
            header
                .strip_prefix("for (")
                .filter(|rest| rest.contains(".enumerate()"))
                .and_then(|rest| rest.split_once(") in "))
        })
    {
        let (index, element) = variables.split_once(',')?;
        let (index, element) = (index.trim(), element.trim().trim_start_matches('&'));
        return (is_plain_name(index) && is_plain_name(element) && index != "_")
            .then(|| (index.to_owned(), element.to_owned()));
    }
    let rest = header
        .strip_prefix("for (let ")
        .or_else(|| header.strip_prefix("for (int "))?;
    let (index, rest) = rest.split_once(" = 0; ")?;
    let list = rest
        .strip_prefix(index)?
        .strip_prefix(" < ")?
        .split_once(".length;")?
        .0;
    (is_plain_name(index) && is_plain_name(list))
        .then(|| (index.to_owned(), format!("{list}[{index}]")))
}

/// Two-sum with a map of the elements seen: the complement is the target less the loop's element (`diff = target
/// - ` -> `n`, `const complement = target - ` -> `nums[i];`), the map files each element under its index
/// (`seen[n] = ` -> `i`, `map.set(nums[i], ` -> `i);`), and a complement found returns both indices (`return [`
/// -> `seen[diff], i]`, `return [map.get(` -> `complement), i];`).
fn two_sum_step(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let end = terminator(context);
    let python = context.profile.language == Language::Python;
    if !(typed.ends_with("target - ")
        || typed.ends_with("] = ")
        || typed.ends_with(", ")
        || typed.ends_with('[')
        || typed.ends_with('(')
        || typed.ends_with(".get("))
    {
        return;
    }
    let Some((index, element)) = indexed_element(context) else {
        return;
    };
    if let Some(target) = typed.strip_suffix(" = target - ") {
        let name = target.rsplit(' ').next().unwrap_or(target);
        if is_plain_name(name) {
            let end = if target.contains(' ') { end } else { "" };
            out.push(Suggestion::construct(format!("{element}{end}"), 0.86));
        }
        return;
    }
    // A map made empty above (`seen = {}`, `const map = new Map()`, `seen := make(map[int]int)`, Java's
    // `Map<Integer, Integer> map = new HashMap<>();`, Rust's `let mut seen = HashMap::new();`).
    let is_map = |name: &str| {
        is_plain_name(name)
            && context.code_lines_above().take(30).any(|line| {
                [" = ", " := "].iter().any(|assignment| {
                    line.split_once(&format!("{name}{assignment}")).is_some_and(
                        |(declared, value)| {
                            (declared.is_empty() || declared.ends_with([' ', '>']))
                                && [
                                    "{}",
                                    "new Map",
                                    "dict()",
                                    "make(map[",
                                    "new HashMap",
                                    "HashMap::new()",
                                ]
                                .iter()
                                .any(|empty| value.starts_with(empty))
                        },
                    )
                })
            })
    };
    // `seen[` starting the statement, `map.set(`, `map.put(`, `seen.insert(`: the element is filed under its index.
    if let Some(map) = typed.strip_suffix('[')
        && is_plain_name(map)
        && is_map(map)
        && !matches!(context.profile.language, Language::Rust)
    {
        out.push(Suggestion::construct(
            format!("{element}] = {index}{end}"),
            0.86,
        ));
        return;
    }
    if let Some(map) = [".set(", ".put(", ".insert("]
        .iter()
        .find_map(|call| typed.strip_suffix(call))
        && is_map(map)
    {
        out.push(Suggestion::construct(
            format!("{element}, {index}){end}"),
            0.86,
        ));
        return;
    }
    if let Some(map) = typed.strip_suffix(&format!("[{element}] = ")) {
        if is_map(map) {
            out.push(Suggestion::construct(format!("{index}{end}"), 0.86));
        }
        return;
    }
    if let Some(map) = typed.strip_suffix(&format!(".set({element}, ")) {
        if is_map(map) {
            out.push(Suggestion::construct(format!("{index}){end}"), 0.86));
        }
        return;
    }
    // The complement tested on the line above (or around the `return`).
    let test = context.enclosing_lines().next().unwrap_or("");
    if python && typed == "return [" {
        let Some((key, map)) = test
            .strip_prefix("if ")
            .and_then(|test| test.strip_suffix(':'))
            .and_then(|test| test.split_once(" in "))
        else {
            return;
        };
        if is_map(map) && is_plain_name(key) {
            out.push(Suggestion::construct(
                format!("{map}[{key}], {index}]"),
                0.86,
            ));
        }
        return;
    }
    let Some(map) = typed.strip_suffix(".get(").and_then(|head| {
        let head = head.rsplit_once("return [")?.1;
        Some(head)
    }) else {
        return;
    };
    let tested = test
        .strip_prefix(&format!("if ({map}.has("))
        .and_then(|rest| rest.strip_suffix(")) {"));
    if let Some(key) = tested.filter(|key| is_plain_name(key))
        && is_map(map)
    {
        out.push(Suggestion::construct(
            format!("{key}), {index}]{end}"),
            0.86,
        ));
    }
}

/// `return ` right after the memo stored the answer: `memo[n] = fib(n - 1) + fib(n - 2)` then `return ` ->
/// `memo[n]`, `cache.set(n, result);` then `return ` -> `result;`; and JavaScript's `if (n in memo) return ` ->
/// `memo[n];`.
fn stored_answer_returned(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let end = terminator(context);
    if let Some((key, memo)) = typed
        .strip_suffix(") return ")
        .and_then(|test| test.strip_prefix("if ("))
        .and_then(|test| test.split_once(" in "))
    {
        if is_plain_name(key) && cache_name(memo) {
            out.push(Suggestion::construct(format!("{memo}[{key}]{end}"), 0.88));
        }
        return;
    }
    if typed != "return " {
        return;
    }
    // At the store's own level: a table filled in a loop (`dp[i] = ...`) is returned after it, at another index.
    let Some(previous) = context
        .previous_code_line()
        .filter(|line| indentation(line) == indentation(context.line_before))
    else {
        return;
    };
    let statement = previous.trim().trim_end_matches(';');
    let memo_named = |name: &str| cache_name(name) && name != "dp";
    if let Some((target, _)) = statement.split_once(" = ") {
        let stored = target
            .strip_suffix(']')
            .and_then(|rest| rest.split_once('['))
            .is_some_and(|(memo, key)| memo_named(memo) && is_plain_name(key));
        if stored {
            out.push(Suggestion::construct(format!("{target}{end}"), 0.86));
        }
        return;
    }
    let Some((memo, arguments)) = statement
        .strip_suffix(')')
        .and_then(|call| call.split_once(".set("))
    else {
        return;
    };
    if let Some((_, value)) = arguments.split_once(", ")
        && memo_named(memo)
        && is_plain_name(value)
    {
        out.push(Suggestion::construct(format!("{value}{end}"), 0.86));
    }
}

/// `@lru_cache(maxsize=` -> `None)`: a memoized recursion keeps every answer.
fn unbounded_cache(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if typed == "@lru_cache(maxsize=" || typed == "@functools.lru_cache(maxsize=" {
        out.push(Suggestion::construct("None)", 0.88));
    }
}

/// Under `while (i < j)` (two pointers walking towards each other), `nums[i] + ` -> `nums[j]` and `return [i, ` ->
/// `j]`: what is done at one pointer is done at the other.
fn pair_at_both_pointers(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if !(typed.ends_with("] + ") || typed.contains("return [") && typed.ends_with(", ")) {
        return;
    }
    let Some((low, high)) = context
        .enclosing_lines()
        .find(|line| line.starts_with("while"))
        .and_then(search_bounds)
    else {
        return;
    };
    let declares =
        typed.starts_with("const ") || typed.starts_with("let ") || typed.contains("return ");
    let end = if declares { terminator(context) } else { "" };
    if let Some(list) = typed
        .strip_suffix(&format!("[{low}] + "))
        .map(|head| head.rsplit([' ', '(', '=']).next().unwrap_or(head))
        .filter(|list| is_plain_name(list))
    {
        let closers = super::idioms::open_parentheses(typed).unwrap_or_default();
        out.push(Suggestion::construct(
            format!("{list}[{high}]{closers}{end}"),
            0.86,
        ));
    } else if typed.ends_with(&format!("return [{low}, ")) {
        out.push(Suggestion::construct(format!("{high}]{end}"), 0.86));
    }
}

/// In a function of a grid cell's two coordinates (`dfs(r, c)`), a bounds check that reached the first one's upper
/// bound goes on with the second's: `r >= grid.length || ` -> `c >= grid[0].length)`, `r >= len(grid) or ` ->
/// `c >= len(grid[0]):`.
fn grid_bounds_of_parameters(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if !typed.starts_with("if ") {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let [first, second] = function.parameters.as_slice() else {
        return;
    };
    let (first, second) = (first.name, second.name);
    let python = context.profile.language == Language::Python;
    let text = if python {
        let Some(grid) = typed
            .strip_suffix(") or ")
            .and_then(|head| head.rsplit_once(&format!(" {first} >= len(")))
            .map(|(_, grid)| grid)
            .filter(|grid| is_plain_name(grid))
        else {
            return;
        };
        format!("{second} >= len({grid}[0]):")
    } else {
        let Some(grid) = typed
            .strip_suffix(".length || ")
            .and_then(|head| head.rsplit_once(&format!(" {first} >= ")))
            .map(|(_, grid)| grid)
            .filter(|grid| is_plain_name(grid))
        else {
            return;
        };
        let closers = super::idioms::open_parentheses(typed).unwrap_or_default();
        format!("{second} >= {grid}[0].length{closers}")
    };
    out.push(Suggestion::construct(text, 0.86));
}

/// `best = max(best, ` -> `cur)` right under `cur = max(n, cur + n)`: a running maximum (or minimum) is taken of
/// the value the line above just computed (Kadane's sum, a window's length).
fn running_extreme(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const EXTREMES: &[&str] = &[
        "std::max(",
        "std::min(",
        "Math.max(",
        "Math.min(",
        "max(",
        "min(",
    ];
    let typed = context.line_before.trim_start();
    let Some((left, call)) = typed
        .split_once(" = ")
        .or_else(|| typed.strip_suffix(" =").map(|left| (left, "")))
    else {
        return;
    };
    let kept = left.rsplit(' ').next().unwrap_or(left);
    // How much of `max(best, ` is typed: all of it, the function only, or nothing yet.
    let opened = EXTREMES.iter().find_map(|function| {
        if call == format!("{function}{kept}, ") {
            Some(String::new())
        } else {
            (call == *function).then(|| format!("{kept}, "))
        }
    });
    if !is_plain_name(kept) || !context.at_line_end() {
        return;
    }
    // Only a running value already there: `const long limit = std::min(` declares a new one.
    if opened.as_ref().is_none_or(|opened| !opened.is_empty()) && left.trim() != kept {
        return;
    }
    let Some(above) = context.code_lines_above().next() else {
        return;
    };
    let (opened, whole_call) = match opened {
        Some(opened) => (opened, false),
        // `best = ` under `cur = Math.max(n, cur + n);`: the same function, over both.
        None if call.is_empty() && context.prefix.is_empty() => {
            let Some(function) = above.split_once(" = ").and_then(|(_, value)| {
                EXTREMES
                    .iter()
                    .find(|function| value.starts_with(**function))
            }) else {
                return;
            };
            (format!("{function}{kept}, "), true)
        }
        None => return,
    };
    let Some((assigned, _)) = above
        .split_once(" += ")
        .or_else(|| above.split_once(" := "))
        .or_else(|| above.split_once(" = "))
    else {
        return;
    };
    let computed = assigned.rsplit(' ').next().unwrap_or(assigned);
    if !is_plain_name(computed) || computed == kept || above.starts_with("for") {
        return;
    }
    let closing = if whole_call {
        format!("){}", terminator(context))
    } else {
        let Some(closing) = super::closers::after_value(context) else {
            return;
        };
        closing
    };
    // Kadane's `cur = max(n, cur + n)` above: a copy of that line with the names swapped is never meant.
    let running = above.split_once(" = ").is_some_and(|(_, value)| {
        EXTREMES.iter().any(|function| value.starts_with(function))
            && super::lexer::contains_word(value, computed)
    });
    out.push(Suggestion::construct(
        format!("{opened}{computed}{closing}"),
        if running { 0.91 } else { 0.85 },
    ));
}

/// A sieve's inner loop, started at the square of the prime, steps by the prime: `range(i * i, n + 1, ` -> `i):`,
/// `for (int j = i * i; j <= n; j += ` -> `i) {`, Go's `j += ` -> `i {`.
fn sieve_step(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(header) = typed.strip_prefix("for ") else {
        return;
    };
    let squared = |start: &str| {
        let (left, right) = start.trim().split_once(" * ")?;
        (left == right && is_plain_name(left)).then(|| left.to_owned())
    };
    let (prime, end) = if context.profile.language == Language::Python {
        let Some(arguments) = header
            .split_once(" in range(")
            .map(|(_, arguments)| arguments)
            .and_then(|arguments| arguments.strip_suffix(", "))
        else {
            return;
        };
        let Some((start, _)) = arguments.split_once(", ") else {
            return;
        };
        let Some(prime) = squared(start) else { return };
        (prime, "):".to_owned())
    } else {
        let parts: Vec<&str> = header.trim_start_matches('(').split(';').collect();
        let [initial, _, step] = parts.as_slice() else {
            return;
        };
        let Some((variable, start)) = initial
            .split_once(" = ")
            .or_else(|| initial.split_once(" := "))
        else {
            return;
        };
        let variable = variable.rsplit(' ').next().unwrap_or(variable);
        if step.trim() != format!("{variable} +=") {
            return;
        }
        let Some(prime) = squared(start) else { return };
        let end = if context.profile.language == Language::Go {
            " {"
        } else {
            ") {"
        };
        (prime, end.to_owned())
    };
    if !typed.ends_with(' ') {
        return;
    }
    out.push(Suggestion::construct(format!("{prime}{end}"), 0.88));
}

/// `dp[i] = dp[i - 1] + dp[i - ` -> `2]`: the term before the one just added, in a table filled by its recurrence.
fn second_previous_term(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_end();
    let spaced = typed.ends_with(" -");
    let Some(opened) = typed.strip_suffix(" -").or_else(|| typed.strip_suffix('-')) else {
        return;
    };
    let Some((before, index)) = opened.rsplit_once('[') else {
        return;
    };
    // The trailing name's start, on a character boundary whatever precedes it.
    let start = before
        .trim_end_matches(|c: char| c.is_alphanumeric() || c == '_')
        .len();
    let table = &before[start..];
    if !is_plain_name(table) || !is_plain_name(index) {
        return;
    }
    let minus = if spaced { " - " } else { "-" };
    let previous = format!("{table}[{index}{minus}1]");
    let added = before[..start].trim_end();
    if !added.ends_with('+') || !added.trim_end_matches('+').trim_end().ends_with(&previous) {
        return;
    }
    let Some(closing) = super::closers::after_value(context) else {
        return;
    };
    out.push(Suggestion::construct(format!("2{closing}"), 0.85));
}
