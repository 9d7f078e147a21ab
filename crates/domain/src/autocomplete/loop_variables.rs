//! Where the loop around the cursor names the only sensible text, in the first loops of a course:
//! - the element of a counted loop over a list, indexed by its counter (`for (let i = 0; i < arr.length; i++) {`
//!   then `console.log(arr[` -> `i]);`, `for i in range(len(nums)):` then `nums[` -> `i]`, Go's `i < len(nums)`,
//!   C++'s `i < v.size()`, Rust's `for i in 0..v.len()`);
//! - the value of a loop over a map's keys (`for (const key in scores) {` then `scores[` -> `key]`, Go's `for k :=
//!   range m {` then `m[` -> `k]`, Python's `for k in ages:` over a dictionary the file made);
//! - the step of a `while` loop's counter its body has not moved yet, once its name is typed (`while (n > 0) {`
//!   ... `n` -> `--;`, Python's `n -= ` -> `1`); counting up for a `<` test.
//!
//! - the variables a loop walks, printed by a format with as many placeholders (`for k, v := range m {` then
//!   `fmt.Printf("%s: %d\n", ` -> `k, v)`, Rust's `for (i, name) in names.iter().enumerate() {` then
//!   `println!("{}: {}", ` -> `i, name);`).
//!   A line that prints one of a pair's variables prints the other next (`print(name, ` -> `age)`).
//! - a grid's cell summed in two nested counting loops (`sum += ` -> `m[i][j];`).
//! - the chunk a loop stepping by a size starts at (`for i in range(0, len(lst), n):` then `lst[` -> `i:i + n]`,
//!   `for (let i = 0; i < arr.length; i += size) {` then `arr.slice(i, ` -> `i + size)`);
//! - the next element in a loop that stops one short (`for i in range(len(nums) - 1):` then `nums[i] > nums[` ->
//!   `i + 1]:`, `i < arr.length - 1` then `arr[i] > arr[` -> `i + 1]`).
//!
//! The step on a blank line is `loop_steps`'; here the developer has started it. Only the nearest enclosing
//! loop is read, a few lines of the window, and nothing is said when the line already indexes the list another
//! way (`if arr[j] < arr[` compares two elements: the sorts' own rules know which).

use super::Suggestion;
use super::closers::after_value;
use super::cursor::Context;
use super::idioms::terminator;
use super::language::Language;
use super::lexer::{is_identifier_char, is_plain_name};

/// How many enclosing headers are read for the loop: an `if` may stand between it and the cursor.
const HEADERS: usize = 3;

/// Confidence of the loop's variable as an index: sure on the textbook shape, measured quiet on the corpus.
const INDEX_CONFIDENCE: f64 = 0.85;

/// Runs the rules that apply at the cursor.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !super::closers::is_closing_text(context.line_after) {
        return;
    }
    if context.prefix.is_empty() && context.line_before.ends_with('[') {
        index_of_loop(context, out);
    }
    if context.prefix.is_empty() {
        chunk_of_loop(context, out);
        next_element(context, out);
    }
    counter_step(context, out);
    iterated_member(context, out);
    printed_loop_variables(context, out);
    printed_array_element(context, out);
    printed_other_variable(context, out);
    summed_grid_element(context, out);
}

/// `sum += ` inside `for (int j ...` inside `for (int i ...` over a grid (`int m[3][3]`, `range(len(grid))`) ->
/// `m[i][j];`: two nested counters add up the grid's cells.
fn summed_grid_element(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.line_before.ends_with("+= ") {
        return;
    }
    let mut headers = context.enclosing_lines();
    let (Some(inner), Some(outer)) = (headers.next(), headers.next()) else {
        return;
    };
    let counter = |header: &str| -> Option<String> {
        if let Some(rest) = header.strip_prefix("for (") {
            let declared = rest.split(';').next()?.split('=').next()?.trim();
            return declared.rsplit(' ').next().map(str::to_owned);
        }
        let rest = header.strip_prefix("for ")?;
        let (variable, _) = rest.split_once(" in ")?;
        Some(variable.trim().to_owned())
    };
    let (Some(row), Some(column)) = (counter(outer), counter(inner)) else {
        return;
    };
    if !is_plain_name(&row) || !is_plain_name(&column) || row == column {
        return;
    }
    // The grid: what the outer loop measures (`range(len(grid))`, `i < grid.length`), or a two-dimensional
    // parameter of the function.
    let measured = outer
        .split_once("len(")
        .map(|(_, rest)| rest.split(')').next().unwrap_or(""))
        .or_else(|| {
            outer
                .split_once(" < ")
                .and_then(|(_, rest)| rest.split_once(".length"))
                .map(|(grid, _)| grid)
        })
        .filter(|grid| is_plain_name(grid) && !grid.is_empty());
    let grid = measured.map(str::to_owned).or_else(|| {
        let header = context.enclosing_lines().last()?;
        let (_, parameters) = header.split_once('(')?;
        parameters.split(',').find_map(|parameter| {
            let parameter = parameter.trim();
            let (head, _) = parameter.split_once('[')?;
            let name = head.rsplit(' ').next()?;
            (parameter.matches('[').count() == 2 && is_plain_name(name)).then(|| name.to_owned())
        })
    });
    let Some(grid) = grid else {
        return;
    };
    out.push(Suggestion::construct(
        format!("{grid}[{row}][{column}]{}", terminator(context)),
        INDEX_CONFIDENCE,
    ));
}

/// `print(name, ` in `for name, age in ages.items():` -> `age)` (`console.log(key, `, `std::cout << key << ": " << `
/// in a loop over `[key, value]`): a line printing one of a pair's variables prints the other next.
fn printed_other_variable(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let language = context.profile.language;
    let (printing, streamed) = match language {
        Language::Python => (typed.starts_with("print(") && typed.ends_with(", "), false),
        Language::JavaScript | Language::TypeScript => (
            typed.starts_with("console.log(") && typed.ends_with(", "),
            false,
        ),
        Language::Cpp => (
            (typed.starts_with("std::cout << ") || typed.starts_with("cout << "))
                && typed.ends_with(" << "),
            true,
        ),
        Language::Go => (
            typed.starts_with("fmt.Println(") && typed.ends_with(", "),
            false,
        ),
        _ => return,
    };
    if !printing {
        return;
    }
    let Some(header) = context.enclosing_lines().next() else {
        return;
    };
    let pair = match language {
        Language::Python => header
            .strip_prefix("for ")
            .and_then(|rest| rest.split_once(" in "))
            .map(|(bound, _)| bound.trim_matches(['(', ')']))
            .map(|bound| bound.split(", ").collect::<Vec<_>>()),
        Language::JavaScript | Language::TypeScript | Language::Cpp => header
            .split_once('[')
            .and_then(|(_, rest)| rest.split_once(']'))
            .filter(|(_, rest)| {
                rest.trim_start().starts_with("of ") || rest.trim_start().starts_with(": ")
            })
            .map(|(bound, _)| bound.split(", ").collect::<Vec<_>>()),
        _ => walked_variables(language, header),
    };
    let Some([first, second]) = pair.as_deref() else {
        return;
    };
    if !is_plain_name(first) || !is_plain_name(second) || first == second {
        return;
    }
    let shown = |name: &str| super::lexer::contains_word(typed, name);
    let other = match (shown(first), shown(second)) {
        (true, false) => second,
        (false, true) => first,
        _ => return,
    };
    let closing = if streamed {
        Some(String::new())
    } else {
        after_value(context)
    };
    if let Some(closing) = closing {
        out.push(Suggestion::construct(
            format!("{other}{closing}"),
            INDEX_CONFIDENCE,
        ));
    }
}

/// `printf("%d ", ` in the body of `for (int i = 0; i < n; i++) {` where the function has one array (or pointer to
/// numbers) -> `arr[i]);`: a loop counting from zero beside an array prints its elements, not its counter.
fn printed_array_element(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !matches!(context.profile.language, Language::C | Language::Cpp)
        || !context.prefix.is_empty()
    {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(format) = typed
        .strip_prefix("printf(\"")
        .and_then(|arguments| arguments.strip_suffix("\", "))
    else {
        return;
    };
    // One number's conversion (`%d`, `%5.2f`, `%ld`), not a text's or a character's.
    let conversion = format.split_once('%').map(|(_, conversion)| {
        conversion.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == '-')
    });
    let numeric = conversion.is_some_and(|conversion| {
        ["d", "i", "f", "lf", "ld", "lld", "u", "g"]
            .iter()
            .any(|known| conversion.starts_with(known))
    });
    if format.contains('"') || format.matches('%').count() != 1 || !numeric {
        return;
    }
    let Some(index) = context.enclosing_lines().next().and_then(counter_from_zero) else {
        return;
    };
    let Some(array) = super::counting_loop::only_array(context) else {
        return;
    };
    let closers = after_value(context).unwrap_or_else(|| ");".to_owned());
    out.push(Suggestion::construct(
        format!("{array}[{index}]{closers}"),
        INDEX_CONFIDENCE,
    ));
}

/// The counter of C's `for (int i = 0; i < bound; i++)` header, counting up from zero.
fn counter_from_zero(header: &str) -> Option<&str> {
    let inside = header.strip_prefix("for (")?;
    let (initialisation, rest) = inside.split_once(';')?;
    let (declared, start) = initialisation.split_once('=')?;
    let index = declared.split_whitespace().last()?;
    let condition = rest.split(';').next()?.trim();
    let counts_up = condition
        .strip_prefix(index)
        .is_some_and(|comparison| comparison.trim_start().starts_with('<'));
    (start.trim() == "0" && counts_up && is_plain_name(index)).then_some(index)
}

/// The calls that print or format their arguments after a format string, in Go and Rust.
const FORMATTING_CALLS: &[&str] = &[
    "fmt.Printf(",
    "fmt.Sprintf(",
    "log.Printf(",
    "println!(",
    "print!(",
    "eprintln!(",
    "format!(",
];

/// `fmt.Printf("%s: %d\n", ` in the body of `for k, v := range m {` -> `k, v)`, Rust's `println!("{}: {}", ` in
/// `for (k, v) in &map {` -> `k, v);`: a format with one placeholder for each of the loop's variables prints them in
/// order (two or more of them). Not once the body made a value of its own (`name := strings.ToUpper(u.Name)`):
/// that is as likely printed.
fn printed_loop_variables(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(call) = typed.strip_suffix("\", ") else {
        return;
    };
    let Some(quote) = call.rfind('"') else {
        return;
    };
    let (call, format) = call.split_at(quote);
    let format = format.get(1..).unwrap_or("");
    // The call may be given to a name (`line := fmt.Sprintf(`), not taken out of a longer one (`myfmt.Printf(`).
    let formats = FORMATTING_CALLS.iter().any(|known| {
        call.strip_suffix(known)
            .is_some_and(|before| before.is_empty() || before.ends_with([' ', '(']))
    });
    if format.contains("\\\"") || !formats {
        return;
    }
    let placeholders = match context.profile.language {
        Language::Go => format.matches('%').count() - 2 * format.matches("%%").count(),
        // Only positional placeholders: `{name}` prints a variable the format names itself.
        Language::Rust => {
            let mut count = 0;
            for piece in format
                .replace("{{", "")
                .replace("}}", "")
                .split('{')
                .skip(1)
            {
                let Some((inside, _)) = piece.split_once('}') else {
                    return;
                };
                if !(inside.is_empty() || inside.starts_with(':')) {
                    return;
                }
                count += 1;
            }
            count
        }
        _ => return,
    };
    let mut lines = context.code_lines_above();
    let Some(header) = context.enclosing_lines().next() else {
        return;
    };
    // The body so far declares nothing: the line's values are the loop's.
    let declares = |line: &str| line.contains(":=") || line.starts_with("let ");
    if lines
        .by_ref()
        .take_while(|line| *line != header)
        .any(declares)
    {
        return;
    }
    let Some(variables) = walked_variables(context.profile.language, header) else {
        return;
    };
    // One variable is the names rules' (`println!("{}", ` -> `i`, the line's closers left to the developer).
    if variables.len() < 2 || variables.len() != placeholders {
        return;
    }
    let Some(closing) = after_value(context) else {
        return;
    };
    out.push(Suggestion::construct(
        format!("{}{closing}", variables.join(", ")),
        INDEX_CONFIDENCE,
    ));
}

/// The variables a loop header binds, in order, blanks (`_`) left out: Go's `for i, v := range nums {` ->
/// `["i", "v"]`, Rust's `for (k, v) in &map {` -> `["k", "v"]`; `None` for any other header.
fn walked_variables(language: Language, header: &str) -> Option<Vec<&str>> {
    let rest = header.strip_prefix("for ")?.strip_suffix('{')?;
    let bound = match language {
        Language::Go => rest.split_once(" := range ")?.0,
        Language::Rust => {
            let (pattern, _) = rest.split_once(" in ")?;
            let pattern = pattern.trim_start_matches('&');
            pattern
                .strip_prefix('(')
                .and_then(|inner| inner.strip_suffix(')'))
                .unwrap_or(pattern)
        }
        _ => return None,
    };
    let names: Vec<&str> = bound
        .split(',')
        .map(|name| name.trim().trim_start_matches('&'))
        .filter(|name| *name != "_")
        .collect();
    names
        .iter()
        .all(|name| is_plain_name(name))
        .then_some(names)
}

/// `nums[i] > nums[` -> `i + 1]` in a loop that stops one short of the list's end: neighbours compared pairwise.
fn next_element(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(head) = typed.strip_suffix('[') else {
        return;
    };
    let Some(header) = context
        .enclosing_lines()
        .take(HEADERS)
        .find(|line| line.starts_with("for"))
    else {
        return;
    };
    let walk = if context.profile.language == Language::Python {
        header
            .strip_prefix("for ")
            .and_then(|rest| rest.strip_suffix(") - 1):"))
            .and_then(|rest| rest.split_once(" in range(len("))
    } else {
        header
            .strip_prefix("for (let ")
            .and_then(|rest| rest.split_once(" = 0; "))
            .and_then(|(index, rest)| {
                let list = rest
                    .strip_prefix(index)?
                    .strip_prefix(" < ")?
                    .split_once(".length - 1;")?
                    .0;
                Some((index, list))
            })
    };
    let Some((index, list)) = walk else {
        return;
    };
    if !is_plain_name(index) || !is_plain_name(list) {
        return;
    }
    // The line already read the element at the index: the comparison's other side is its neighbour.
    let compared = [
        " > ", " < ", " >= ", " <= ", " == ", " != ", " === ", " !== ",
    ]
    .iter()
    .any(|operator| head.ends_with(&format!("{list}[{index}]{operator}{list}")));
    if !compared {
        return;
    }
    if let Some(closing) = after_value(context) {
        out.push(Suggestion::construct(
            format!(
                "{index} + 1]{}",
                closing.strip_prefix(']').unwrap_or(&closing)
            ),
            INDEX_CONFIDENCE,
        ));
    }
}

/// `lst[` -> `i:i + n]` under `for i in range(0, len(lst), n):`, `arr.slice(i, ` -> `i + size)` under `for (let i
/// = 0; i < arr.length; i += size) {`: a loop stepping by a size walks its list chunk by chunk.
fn chunk_of_loop(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let python = context.profile.language == Language::Python;
    let Some(header) = context
        .enclosing_lines()
        .take(HEADERS)
        .find(|line| line.starts_with("for"))
    else {
        return;
    };
    // The list, the index and the size the header steps by.
    let walk = if python {
        header
            .strip_prefix("for ")
            .and_then(|rest| rest.strip_suffix("):"))
            .and_then(|rest| rest.split_once(" in range(0, len("))
            .and_then(|(index, rest)| {
                let (list, size) = rest.split_once("), ")?;
                Some((list, index, size))
            })
    } else {
        header
            .strip_prefix("for (let ")
            .and_then(|rest| rest.strip_suffix(") {"))
            .and_then(|rest| {
                let mut parts = rest.split("; ");
                let index = parts.next()?.strip_suffix(" = 0")?;
                let list = parts
                    .next()?
                    .strip_prefix(index)?
                    .strip_prefix(" < ")?
                    .strip_suffix(".length")?;
                let size = parts.next()?.strip_prefix(index)?.strip_prefix(" += ")?;
                Some((list, index, size))
            })
    };
    let Some((list, index, size)) = walk else {
        return;
    };
    if !(is_plain_name(list) && is_plain_name(index) && is_plain_name(size)) {
        return;
    }
    let opened = if python {
        typed.strip_suffix(&format!("{list}["))
    } else {
        typed.strip_suffix(&format!("{list}.slice({index}, "))
    };
    let Some(before) = opened else {
        return;
    };
    if before.ends_with(|c: char| is_identifier_char(c) || c == '.') {
        return;
    }
    let Some(closers) = after_value(context) else {
        return;
    };
    let text = if python {
        format!("{index}:{index} + {size}{closers}")
    } else {
        format!("{index} + {size}{closers}")
    };
    out.push(Suggestion::construct(text, INDEX_CONFIDENCE));
}

/// `arr[` in a loop whose header counts over `arr` or walks its keys -> the loop's variable and the line's closers;
/// under a branch that matched a command-line option (`args[i].equals("-o")`), the option's value: `++i];`.
fn index_of_loop(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(before) = typed.strip_suffix('[') else {
        return;
    };
    let start = before
        .rfind(|c: char| !(is_identifier_char(c) || c == '.'))
        .map_or(0, |index| index + 1);
    let list = before.get(start..).unwrap_or("");
    // `for j in range(len(matrix[`: an inner loop's bound is as often the first row's (`matrix[0]`) as the outer
    // loop's.
    if list.is_empty() || list.starts_with('.') || list.ends_with('.') || typed.starts_with("for") {
        return;
    }
    let Some(index) = context
        .enclosing_lines()
        .take(HEADERS)
        .find_map(|header| loop_index(context, header, list))
    else {
        return;
    };
    // A sliding window's other end (`let left = 0` above the loop) indexes the same list as often as the loop's
    // counter: `seen.delete(s[` takes `left`, not `right`.
    if second_pointer(context) {
        return;
    }
    // An option's value under the branch that matched the option (`} else if (args[i].equals("-o")) {`, C's
    // `strcmp(argv[i], "-o") == 0 && i + 1 < argc`): the next argument, the counter moved past it.
    let option_branch = context.enclosing_lines().next().is_some_and(|header| {
        let element = format!("{list}[{index}]");
        header.contains(&format!("{element}.equals(\"-"))
            || header.contains(&format!("strcmp({element}, \"-"))
            || header.contains(&format!("{element} == \"-"))
            || header.contains(&format!("{element} === \"-"))
    });
    if option_branch {
        let closing = after_value(context).unwrap_or_else(|| "]".to_owned());
        out.push(Suggestion::construct(
            format!("++{index}{closing}"),
            INDEX_CONFIDENCE,
        ));
        return;
    }
    // `if arr[i] > arr[`: the other element is another index (a sort's neighbour, a smallest so far).
    if typed.contains(&format!("{list}[")) && typed.matches(&format!("{list}[")).count() > 1 {
        return;
    }
    // `arr[` starting the statement is assigned to: its closer is the bracket alone (`arr[i] = `).
    let closing = if before.trim().is_empty() || before.trim() == list {
        "]".to_owned()
    } else {
        after_value(context).unwrap_or_else(|| "]".to_owned())
    };
    out.push(Suggestion::construct(
        format!("{index}{closing}"),
        INDEX_CONFIDENCE,
    ));
}

/// Whether the lines just above declare a second index starting at zero, the left end of a window or the slow
/// one of two pointers (`let left = 0, best = 0;`, `left, best := 0, 0`, `lo = 0`).
fn second_pointer(context: &Context<'_>) -> bool {
    const POINTERS: &[&str] = &["left", "lo", "low", "start", "slow", "begin", "l"];
    context.code_lines_above().take(12).any(|line| {
        let Some((names, value)) = line.split_once('=') else {
            return false;
        };
        let names = names.trim_end_matches(':');
        let declared = names
            .split([',', ' '])
            .map(str::trim)
            .any(|name| POINTERS.contains(&name));
        declared && value.trim_start().starts_with('0')
    })
}

/// The variable of a loop `header` that indexes `list`: its counter when it counts up to the list's length, or
/// its key when it walks the keys of a map.
fn loop_index<'a>(context: &Context<'_>, header: &'a str, list: &str) -> Option<&'a str> {
    let rest = header.strip_prefix("for")?;
    if !rest.starts_with([' ', '(']) {
        return None;
    }
    let rest = rest.trim_start().trim_start_matches('(').trim_start();
    let lengths = [
        format!("len({list})"),
        format!("{list}.length"),
        format!("{list}.size()"),
        format!("{list}.len()"),
    ];
    let counts_over = lengths.iter().any(|length| {
        header.contains(&format!("< {length}"))
            || header.contains(&format!("range({length})"))
            || header.contains(&format!("..{length}"))
    });
    if !counts_over
        && matches!(context.profile.language, Language::C | Language::Cpp)
        && let Some(index) = c_counted_index(context, rest, list)
    {
        return Some(index);
    }
    if counts_over {
        // `let i = 0;`, `int i = 0;`, `i := 0;`, `i in range(`, `i in 0..`: the name before `=`, `:=` or `in`.
        let declared = rest
            .split_once(" in ")
            .map(|(name, _)| name)
            .or_else(|| rest.split_once('=').map(|(name, _)| name))?;
        let name = declared.trim_end_matches(':').split_whitespace().last()?;
        let compared = header.contains(&format!("{name} <")) || header.contains(" in ");
        return (is_plain_name(name) && compared).then_some(name);
    }
    walked_key(context, rest, list)
}

/// C's counted loop over an array it cannot ask the length of: `for (int i = 0; i < n; i++)` indexes a pointer
/// or array `list` when its bound is named as a length (`n`, `size`, `count`), and `argv` when it counts to `argc`.
fn c_counted_index<'a>(context: &Context<'_>, rest: &'a str, list: &str) -> Option<&'a str> {
    let (initialisation, rest) = rest.split_once(';')?;
    let (condition, _) = rest.split_once(';')?;
    let (declared, _) = initialisation.split_once('=')?;
    let index = declared.split_whitespace().last()?;
    let bound = condition
        .trim()
        .strip_prefix(index)?
        .trim_start()
        .strip_prefix('<')?
        .trim();
    if !is_plain_name(index) || !is_plain_name(bound) {
        return None;
    }
    if list == "argv" {
        return (bound == "argc").then_some(index);
    }
    if !super::counting_loop::names_length(bound) || !is_plain_name(list) {
        return None;
    }
    let pointer = super::statements::declaration_of(context, list)
        .is_some_and(|declaration| declaration.ends_with('*'));
    let array = || {
        let declared = format!(" {list}[");
        context.code_lines_above().take(60).any(|line| {
            ["int ", "char ", "double ", "float ", "long ", "unsigned "]
                .iter()
                .any(|type_name| line.starts_with(type_name))
                && line.contains(&declared)
        })
    };
    (pointer || array()).then_some(index)
}

/// The key of a loop over a map's keys: JavaScript's `for (const key in scores)`, Go's `for k := range m` (a
/// slice's index reads the same), Python's `for k in ages` when the file made `ages` a dictionary.
fn walked_key<'a>(context: &Context<'_>, rest: &'a str, list: &str) -> Option<&'a str> {
    let language = context.profile.language;
    let key = match language {
        Language::JavaScript | Language::TypeScript => {
            let declared = ["const ", "let ", "var "]
                .iter()
                .find_map(|keyword| rest.strip_prefix(keyword))?;
            let (key, walked) = declared.split_once(" in ")?;
            (walked
                .trim_end()
                .trim_end_matches('{')
                .trim_end()
                .trim_end_matches(')')
                == list)
                .then_some(key)?
        }
        Language::Go => {
            let (key, walked) = rest.split_once(" := range ")?;
            (walked.trim_end_matches('{').trim() == list).then_some(key)?
        }
        Language::Python => {
            let (key, walked) = rest.split_once(" in ")?;
            let walked = walked.trim_end_matches(':').trim();
            let keys_of = walked.strip_suffix(".keys()") == Some(list);
            let made_a_dictionary = walked == list
                && [format!("{list} = {{"), format!("{list} = dict(")]
                    .iter()
                    .any(|made| context.code_before_line().contains(made.as_str()));
            (keys_of || made_a_dictionary).then_some(key)?
        }
        _ => return None,
    };
    let key = key.trim();
    is_plain_name(key).then_some(key)
}

/// `n` typed alone in `while (n > 0) {` -> `--;` (`i` in `while i < 10:` -> ` += 1`), and `n -= ` -> `1`: the step
/// of a counter the loop tests and its body has not moved yet.
fn counter_step(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let (counter, after_operator) = match typed
        .strip_suffix(" -= ")
        .or_else(|| typed.strip_suffix(" += "))
    {
        Some(counter) => (counter, true),
        None => (typed, false),
    };
    if !is_plain_name(counter) || (after_operator && !context.prefix.is_empty()) {
        return;
    }
    if !after_operator && counter != context.prefix {
        return;
    }
    let Some(header) = context.enclosing_lines().next() else {
        return;
    };
    let condition = ["while ", "while(", "for "]
        .iter()
        .find_map(|keyword| header.strip_prefix(keyword));
    let Some(condition) = condition else {
        return;
    };
    let condition = condition
        .trim_end_matches(['{', ':', ' ', ')'])
        .trim_start_matches('(');
    // Go's `for` is a `while` only without clauses: `for n > 0 {`, not `for i := 0; ...` nor `for x in xs:`.
    if header.starts_with("for ")
        && (context.profile.language != Language::Go || condition.contains([';', '=']))
    {
        return;
    }
    let Some((left, right)) = condition.split_once(' ') else {
        return;
    };
    if left != counter || right.contains(['&', '|', '(']) {
        return;
    }
    let down = right.starts_with("> ") || right.starts_with(">= ");
    let up = right.starts_with("< ") || right.starts_with("<= ");
    if !(down || up) {
        return;
    }
    // The operator typed must agree with the direction of the test.
    if after_operator && (typed.ends_with("-= ") != down) {
        return;
    }
    if moved_in_body(context, counter, header) {
        return;
    }
    let language = context.profile.language;
    let text = if after_operator {
        format!("1{}", terminator(context))
    } else {
        match language {
            Language::Python => format!(" {}= 1", if down { '-' } else { '+' }),
            Language::Rust => format!(" {}= 1;", if down { '-' } else { '+' }),
            Language::Go => (if down { "--" } else { "++" }).to_owned(),
            _ => format!("{}{}", if down { "--" } else { "++" }, terminator(context)),
        }
    };
    out.push(Suggestion::construct(text, INDEX_CONFIDENCE));
}

/// Whether the lines between the loop's `header` and the cursor already change `counter`, or take its digits
/// apart (`n % 10`, `n //= 10`: such a loop divides, it does not count).
fn moved_in_body(context: &Context<'_>, counter: &str, header: &str) -> bool {
    let changes = [
        format!("{counter} ="),
        format!("{counter} -="),
        format!("{counter} +="),
        format!("{counter} /="),
        format!("{counter} //="),
        format!("{counter}--"),
        format!("{counter}++"),
        format!("--{counter}"),
        format!("++{counter}"),
        format!("{counter} % 10"),
        format!("{counter}%10"),
    ];
    for line in context.code_lines_above() {
        if line == header {
            return false;
        }
        if changes.iter().any(|change| line.contains(change.as_str())) {
            return true;
        }
    }
    true
}

/// `for item in order.` -> `items` (`sum(i.price for item in self.` -> `items`, `for (const item of cart.` ->
/// `items) {`): a loop's variable is named for one element of the member it walks, the member the code shows
/// with that plural, else the plural itself.
fn iterated_member(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let Some(before) = context.before_receiver(&access) else {
        return;
    };
    let receiver = access.receiver;
    let language = context.profile.language;
    let element = match language {
        Language::Python => before
            .strip_suffix(" in ")
            .and_then(|head| head.rsplit_once("for ").map(|(_, element)| element)),
        Language::JavaScript | Language::TypeScript => before
            .strip_suffix(" of ")
            .and_then(|head| head.rsplit_once("for (").map(|(_, element)| element))
            .map(|element| {
                element
                    .trim_start_matches("const ")
                    .trim_start_matches("let ")
            }),
        _ => None,
    };
    let Some(element) = element.filter(|element| is_plain_name(element)) else {
        return;
    };
    if !is_plain_name(receiver) || element.len() < 2 {
        return;
    }
    // The receiver's members the code shows (`self.items = []`, `order.lines`), one whose singular is the element.
    let shown = format!("{receiver}.");
    let member = context
        .code_before_line()
        .match_indices(&shown)
        .filter(|(at, _)| {
            *at == 0
                || !context.code_before_line()[..*at].ends_with(super::lexer::is_identifier_char)
        })
        .map(|(at, _)| {
            let rest = &context.code_before_line()[at + shown.len()..];
            let end = rest
                .find(|c: char| !super::lexer::is_identifier_char(c))
                .unwrap_or(rest.len());
            &rest[..end]
        })
        .find(|member| super::statements::singular(member).as_deref() == Some(element))
        .map(str::to_owned);
    let (member, confidence) = match member {
        Some(member) => (member, 0.9),
        None => (plural_of(element), 0.8),
    };
    let Some(rest) = member
        .strip_prefix(context.prefix)
        .filter(|rest| !rest.is_empty())
    else {
        return;
    };
    // Python's member may be a mapping walked through `.values()`: what follows the name is left to the user.
    let ending = if !context.at_line_end() || language == Language::Python {
        ""
    } else {
        ") {"
    };
    out.push(Suggestion::member(format!("{rest}{ending}"), confidence));
}

/// The plural English gives `name` (`item` -> `items`, `entry` -> `entries`, `box` -> `boxes`).
fn plural_of(name: &str) -> String {
    let consonant_y = name
        .strip_suffix('y')
        .filter(|stem| stem.chars().last().is_some_and(|c| !"aeiou".contains(c)));
    if let Some(stem) = consonant_y {
        format!("{stem}ies")
    } else if ["s", "x", "ch", "sh"].iter().any(|end| name.ends_with(end)) {
        format!("{name}es")
    } else {
        format!("{name}s")
    }
}
