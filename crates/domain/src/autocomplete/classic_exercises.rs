//! The classic exercises' one next text, where the function's or the type's name says what it computes: a prime
//! test's loop stops at the square root (`for i in range(2, ` -> `int(n ** 0.5) + 1):`, `for (int i = 2; ` -> `i * i
//! <= n; i++) {`), a distance between two points is Pythagoras over their coordinates (`math.sqrt(` -> `(x2 - x1) **
//! 2 + (y2 - y1) ** 2)`) or over the differences just computed (`sqrt(` -> `dx * dx + dy * dy);`, `math.hypot(` ->
//! `self.x - other.x, self.y - other.y)`), Rust's `match` on a value of the file's enum starts with its first variant, a division
//! by zero raises or returns its error (`return 0, ` -> `errors.New("division by zero")`), a CommonJS module exports what it
//! defines (`module.exports = ` -> `{ add, subtract };`), and a sum reduced from a list adds its elements (`const sum
//! = numbers.reduce(` -> `(a, b) => a + b, 0);`).

use super::Suggestion;
use super::cursor::Context;
use super::idioms::{open_parentheses, terminator};
use super::language::Language;
use super::lexer::is_plain_name;
use super::statements::enclosing_function;

/// Runs every rule of this module.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    prime_bound(context, out);
    distance_formula(context, out);
    distance_from_differences(context, out);
    first_variant_matched(context, out);
    division_error(context, out);
    exports_listed(context, out);
    summed_by_reduce(context, out);
    vowel_chain(context, out);
    average_of_two(context, out);
    square_root_power(context, out);
    clamped_between(context, out);
    temperature_conversion(context, out);
    fizz_buzz_branch(context, out);
    leave_after_win(context, out);
    mean_returned(context, out);
    grade_ladder(context, out);
    split_into_lines(context, out);
    row_ended(context, out);
}

/// `lines = text.split(` -> `"\n")` (`const lines = data.split(`): a text split into lines is split at their ends.
fn split_into_lines(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some((target, _)) = typed
        .strip_suffix(".split(")
        .and_then(|head| head.split_once(" = "))
    else {
        return;
    };
    let target = target
        .trim()
        .trim_start_matches("const ")
        .trim_start_matches("let ");
    if target != "lines" {
        return;
    }
    let quote = if typed.matches('\'').count() > typed.matches('"').count() {
        '\''
    } else {
        '"'
    };
    if let Some(closers) = super::closers::after_value(context) {
        out.push(Suggestion::construct(
            format!("{quote}\\n{quote}{closers}"),
            0.86,
        ));
    }
}

/// After an inner loop that printed a row's values on one line (`print!("{} ", val);`, `System.out.print(`,
/// `printf("%d ", `), back in the outer loop: the row ends with its newline (`println!();`,
/// `System.out.println();`, `printf("\n");`). Python's `end=" "` rows are `python_scripts`'.
fn row_ended(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.line_before.trim().is_empty() {
        return;
    }
    let newline = match context.profile.language {
        Language::Rust => "println!();",
        Language::Java => "System.out.println();",
        Language::C | Language::Cpp => "printf(\"\\n\");",
        _ => return,
    };
    let mut lines = context.code_lines_above();
    let (Some("}"), Some(printed), Some(inner)) = (lines.next(), lines.next(), lines.next()) else {
        return;
    };
    let same_line = match context.profile.language {
        Language::Rust => printed.starts_with("print!("),
        Language::Java => printed.starts_with("System.out.print("),
        _ => printed.starts_with("printf(\"") && !printed.contains("\\n"),
    };
    let in_outer_loop = context
        .enclosing_lines()
        .next()
        .is_some_and(|header| header.starts_with("for ") || header.starts_with("for("));
    if same_line && inner.starts_with("for") && inner.ends_with('{') && in_outer_loop {
        out.push(Suggestion::construct(newline, 0.86));
    }
}

/// `return (f - ` in `fahrenheit_to_celsius(f)` -> `32) * 5 / 9` (`return ` -> the whole formula), and `return ` in
/// `celsius_to_fahrenheit(c)` -> `c * 9 / 5 + 32`: the conversion the function is named for.
fn temperature_conversion(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    // Go, Rust and the C family write the formula with their own literals (`c*9/5 + 32`, `9.0 / 5.0`): the
    // profiles' rules say it there.
    if !matches!(
        context.profile.language,
        Language::Python | Language::JavaScript | Language::TypeScript
    ) {
        return;
    }
    let Some(typed) = context.line_before.trim_start().strip_prefix("return ") else {
        return;
    };
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let [degrees] = function.parameters.as_slice() else {
        return;
    };
    let name = function.name.to_ascii_lowercase().replace('_', "");
    let value = degrees.name;
    let formula = if name.contains("fahrenheittocelsius") || name == "ftoc" || name == "tocelsius" {
        format!("({value} - 32) * 5 / 9")
    } else if name.contains("celsiustofahrenheit") || name == "ctof" || name == "tofahrenheit" {
        format!("{value} * 9 / 5 + 32")
    } else {
        return;
    };
    if let Some(rest) = formula.strip_prefix(typed)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(
            format!("{rest}{}", terminator(context)),
            0.86,
        ));
    }
}

/// A FizzBuzz branch's body, said as its siblings say theirs: under `elif i % 5 == 0:` -> `print("Buzz")` when
/// another branch prints `"Fizz"` (`% 3` -> `"Fizz"`, both tested -> `"FizzBuzz"`).
fn fizz_buzz_branch(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.line_before.trim().is_empty() {
        return;
    }
    let Some(header) = context.enclosing_lines().next() else {
        return;
    };
    if context.previous_code_line().map(str::trim) != Some(header) {
        return;
    }
    let tests_three = header.contains("% 3 == 0") || header.contains("% 3 === 0");
    let tests_five = header.contains("% 5 == 0") || header.contains("% 5 === 0");
    let word = match (tests_three, tests_five, header.contains("% 15 ")) {
        (true, true, _) | (_, _, true) => "FizzBuzz",
        (true, false, false) => "Fizz",
        (false, true, false) => "Buzz",
        _ => return,
    };
    // A sibling's body: a line with one of the three words quoted.
    let sibling = context.code_lines_above().take(12).find_map(|line| {
        [
            "\"FizzBuzz\"",
            "\"Fizz\"",
            "\"Buzz\"",
            "'FizzBuzz'",
            "'Fizz'",
            "'Buzz'",
        ]
        .iter()
        .find(|quoted| line.contains(**quoted))
        .map(|quoted| (line, *quoted))
    });
    let Some((line, quoted)) = sibling else {
        return;
    };
    let quote = &quoted[..1];
    let text = line.replacen(quoted, &format!("{quote}{word}{quote}"), 1);
    if text != line
        && !context
            .code_lines_above()
            .take(12)
            .any(|above| above == text)
    {
        out.push(Suggestion::construct(text, 0.86));
    }
}

/// `break` right after a guessing game's winning message in `while True:` (`while (true) {`, Go's `for {`): the
/// game is over.
fn leave_after_win(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const WON: &[&str] = &[
        "correct",
        "you win",
        "you won",
        "congratulations",
        "you got it",
        "you guessed",
    ];
    if !context.line_before.trim().is_empty() {
        return;
    }
    let won = context.previous_code_line().is_some_and(|line| {
        let lowered = line.to_ascii_lowercase();
        (lowered.contains("print") || lowered.contains("console.log"))
            && WON.iter().any(|word| lowered.contains(word))
    });
    if !won {
        return;
    }
    let endless = context.enclosing_lines().any(|header| {
        matches!(
            header,
            "while True:" | "while (true) {" | "for {" | "loop {"
        )
    });
    if endless {
        out.push(Suggestion::construct(
            format!("break{}", terminator(context)),
            0.86,
        ));
    }
}

/// `return ` in `average(grades)` once a `total` (or `sum`) is computed -> `total / len(grades)` (`sum /
/// grades.length;`): a mean divides the sum by the count.
fn mean_returned(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "return " {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let name = function.name.to_ascii_lowercase();
    if !(name.starts_with("average") || name.starts_with("mean") || name.starts_with("avg")) {
        return;
    }
    let [list] = function.parameters.as_slice() else {
        return;
    };
    let total = context
        .code_lines_above()
        .take(8)
        .take_while(|line| !line.starts_with("def ") && !line.starts_with("function "))
        .find_map(|line| {
            let line = line.trim_start_matches("const ").trim_start_matches("let ");
            let (target, _) = line.split_once(" = ")?;
            let target = target.split(':').next()?.trim();
            matches!(target, "total" | "sum" | "s").then_some(target)
        });
    let Some(total) = total else {
        return;
    };
    let list = list.name;
    let text = match context.profile.language {
        Language::Python => format!("{total} / len({list})"),
        Language::JavaScript | Language::TypeScript => {
            format!("{total} / {list}.length{}", terminator(context))
        }
        _ => return,
    };
    out.push(Suggestion::construct(text, 0.86));
}

/// A grade ladder's next branch returns the next letter: under `elif score >= 70:` after branches returning
/// `"A"` and `"B"` -> `return "C"` (Java's `return 'D';` after `'C'`).
fn grade_ladder(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    // Java's one-line ladder: `else if (score >= 60) ` then `return 'D';` on the same line.
    let inline_branch = typed
        .strip_prefix("else if (")
        .or_else(|| typed.strip_prefix("} else if ("))
        .is_some_and(|rest| rest.ends_with(") "));
    let typed = if inline_branch { "" } else { typed };
    if !(typed.is_empty() || typed == "return ") {
        return;
    }
    let header_line = context.previous_code_line().map(str::trim).unwrap_or("");
    let typed_on_header = header_line.starts_with("elif ")
        || header_line.starts_with("} else if")
        || header_line.starts_with("else if");
    if !(typed_on_header || inline_branch) {
        return;
    }
    // The letters returned above, nearest first, with their quote and what ends their line (`;`).
    let letters: Vec<(char, char, &str)> = context
        .code_lines_above()
        .take(12)
        .filter_map(|line| {
            let at = line.find("return ")?;
            let rest = &line[at + "return ".len()..];
            let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
            let mut characters = rest.chars().skip(1);
            let letter = characters.next().filter(char::is_ascii_uppercase)?;
            (characters.next() == Some(quote)).then(|| (letter, quote, rest.get(3..).unwrap_or("")))
        })
        .collect();
    let [(last, quote, ending), (before, _, _), ..] = letters.as_slice() else {
        return;
    };
    // A, B, C, D, then F: no `E` grade.
    let next = match (u32::from(*last), u32::from(*before)) {
        (last, before) if last == before + 1 && last < u32::from('D') => char::from_u32(last + 1),
        (last, before) if last == before + 1 && last == u32::from('D') => Some('F'),
        _ => None,
    };
    let Some(next) = next else {
        return;
    };
    let statement = format!("return {quote}{next}{quote}{ending}");
    if let Some(rest) = statement.strip_prefix(typed) {
        out.push(Suggestion::construct(rest.to_owned(), 0.85));
    }
}

/// The one sum in parentheses before the cursor's operator, as its two terms: `(lo + hi) // ` -> `lo`, `hi`.
fn parenthesized_sum<'a>(typed: &'a str, operator: &str) -> Option<(&'a str, &'a str)> {
    let inner = typed.strip_suffix(operator)?.strip_suffix(')')?;
    // The parenthesis that closes last opened the sum.
    let mut depth = 0usize;
    let open = inner.char_indices().rev().find_map(|(at, character)| {
        match character {
            ')' | ']' => depth += 1,
            '(' | '[' if depth == 0 => return Some(at),
            '(' | '[' => depth -= 1,
            _ => {}
        }
        None
    })?;
    let sum = inner.get(open + 1..)?;
    // The opening bracket is a call's (`len(a + b)`) or an index's: no sum of two values then.
    if inner
        .get(..open)
        .and_then(|before| before.chars().next_back())
        .is_some_and(|before| super::lexer::is_identifier_char(before) || before == ']')
    {
        return None;
    }
    let (left, right) = sum.split_once(" + ")?;
    // A name, an element (`s[mid - 1]`) or a field (`a.x`): what its index holds does not count.
    let term = |text: &str| {
        let mut depth = 0usize;
        let outside: String = text
            .chars()
            .filter(|&character| {
                match character {
                    '[' => depth += 1,
                    ']' => depth = depth.saturating_sub(1),
                    _ => return depth == 0,
                }
                false
            })
            .collect();
        !outside.is_empty()
            && !outside.contains([' ', '+', '*', '/', '%', ',', '('])
            && outside
                .chars()
                .next()
                .is_some_and(|c| c.is_alphabetic() || c == '_')
    };
    (term(left) && term(right.trim_end())).then_some((left, right.trim_end()))
}

/// `(s[mid - 1] + s[mid]) / ` -> `2`, `(lo + hi) // ` -> `2`: the sum of two values is halved (a mean, a
/// midpoint). Python, JavaScript and TypeScript, where `/ 2` is what is written whatever the values' type.
fn average_of_two(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !matches!(
        context.profile.language,
        Language::Python | Language::JavaScript | Language::TypeScript
    ) {
        return;
    }
    let typed = context.line_before.trim_start();
    let halved = [" / ", " // "]
        .iter()
        .any(|operator| parenthesized_sum(typed, operator).is_some());
    if halved && let Some(closers) = super::closers::after_value(context) {
        out.push(Suggestion::construct(format!("2{closers}"), 0.85));
    }
}

/// `((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** ` -> `0.5`: a sum of squares is rooted.
fn square_root_power(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(head) = typed.strip_suffix(") ** ") else {
        return;
    };
    let squares = head.matches("** 2").count();
    if squares >= 2
        && head.contains(" + ")
        && let Some(closers) = super::closers::after_value(context)
    {
        out.push(Suggestion::construct(format!("0.5{closers}"), 0.85));
    }
}

/// `return max(lo, ` in `def clamp(value, lo, hi):` -> `min(value, hi))` (`Math.max(lo, ` -> `Math.min(value,
/// hi));`, `min(hi, ` -> `max(value, lo))`): the value bounded on both sides; with nothing written yet, `return `
/// as the body's first line -> `max(lo, min(value, hi))` and `return Math.` -> `min(Math.max(value, lo), hi);`.
fn clamped_between(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(function) = enclosing_function(context) else {
        return;
    };
    if !function.name.to_ascii_lowercase().starts_with("clamp") {
        return;
    }
    let [value, low, high] = function.parameters.as_slice() else {
        return;
    };
    let Some(typed) = context.line_before.trim_start().strip_prefix("return ") else {
        return;
    };
    let math = if typed.starts_with("Math.") {
        "Math."
    } else {
        ""
    };
    // Nothing of the bounds written yet: the value capped by the high bound, then raised to the low one.
    let first_statement = context.previous_code_line().is_some_and(|line| {
        let line = line.trim();
        line.starts_with("def ") || line.ends_with('{') && line.contains(function.name)
    });
    if typed == math
        && first_statement
        && (!math.is_empty() || context.profile.language == Language::Python)
    {
        let Some(closers) = super::closers::after_value(context) else {
            return;
        };
        let text = if math.is_empty() {
            format!("max({}, min({}, {}))", low.name, value.name, high.name)
        } else {
            format!("min(Math.max({}, {}), {})", value.name, low.name, high.name)
        };
        out.push(Suggestion::construct(format!("{text}{closers}"), 0.86));
        return;
    }
    let Some((outer, bound)) = typed
        .strip_prefix(math)
        .and_then(|rest| rest.strip_suffix(", "))
        .and_then(|rest| rest.split_once('('))
    else {
        return;
    };
    let (inner, other) = match (outer, bound) {
        ("max", bound) if bound == low.name => ("min", high.name),
        ("min", bound) if bound == high.name => ("max", low.name),
        _ => return,
    };
    let Some(closers) = super::closers::after_value(context) else {
        return;
    };
    out.push(Suggestion::construct(
        format!("{math}{inner}({}, {other}){closers}", value.name),
        0.86,
    ));
}

/// `if (c == 'a' || c == 'e' || c == 'i' || ` -> `c == 'o' || c == 'u') {`: a test against the vowels one by one,
/// begun in their order, goes on with the ones left (Python's `or`, C's and JavaScript's `||`), then closes.
fn vowel_chain(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const VOWELS: [char; 5] = ['a', 'e', 'i', 'o', 'u'];
    let typed = context.line_before.trim_start();
    let python = context.profile.language == Language::Python;
    let joiner = if python { " or " } else { " || " };
    let Some(head) = typed.strip_suffix(joiner) else {
        return;
    };
    // The comparisons so far, each `name == 'v'` (or `"v"`).
    let chain = head
        .trim_start_matches("if")
        .trim_start_matches("while")
        .trim_start()
        .trim_start_matches('(');
    let tests: Vec<&str> = chain.split(joiner).collect();
    let mut name = None;
    let mut quote = '\'';
    for (test, vowel) in tests.iter().zip(VOWELS) {
        let Some((left, right)) = test.split_once(" === ").or_else(|| test.split_once(" == "))
        else {
            return;
        };
        let Some(character) = right
            .strip_prefix(['\'', '"'])
            .and_then(|rest| rest.strip_suffix(['\'', '"']))
        else {
            return;
        };
        quote = right.chars().next().unwrap_or('\'');
        if character != vowel.to_string()
            || name.is_some_and(|name| name != left)
            || !is_plain_name(left)
        {
            return;
        }
        name = Some(left);
    }
    let (Some(name), 2..=4) = (name, tests.len()) else {
        return;
    };
    let equals = if chain.contains(" === ") {
        " === "
    } else {
        " == "
    };
    let rest: Vec<String> = VOWELS[tests.len()..]
        .iter()
        .map(|vowel| format!("{name}{equals}{quote}{vowel}{quote}"))
        .collect();
    let opened = head
        .matches('(')
        .count()
        .saturating_sub(head.matches(')').count());
    let ending = if python {
        if typed.starts_with("if ") || typed.starts_with("while ") {
            ":".to_owned()
        } else {
            String::new()
        }
    } else {
        let block = if typed.starts_with("if") || typed.starts_with("while") {
            " {"
        } else {
            ""
        };
        format!("{}{block}", ")".repeat(opened))
    };
    out.push(Suggestion::construct(
        format!("{}{ending}", rest.join(joiner)),
        0.86,
    ));
}

/// `const sum = numbers.reduce(` -> `(a, b) => a + b, 0);`: a total named as one (or returned by a function named
/// as one), reduced from a list.
fn summed_by_reduce(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript
    ) {
        return;
    }
    let typed = context.line_before.trim_start();
    // `return nums.reduce(` in `function sum(nums: number[])` sums as `const total = ` does.
    let (target, call) = match typed.strip_prefix("return ") {
        Some(call) => {
            let function = enclosing_function(context);
            let named = function
                .as_ref()
                .map(|function| function.name.to_ascii_lowercase());
            (
                named
                    .filter(|name| name.contains("sum") || name.contains("total"))
                    .map(|_| "sum"),
                call,
            )
        }
        None => {
            let Some((declaration, call)) = typed.split_once(" = ") else {
                return;
            };
            let target = declaration
                .strip_prefix("const ")
                .or_else(|| declaration.strip_prefix("let "))
                .map(|name| name.split(':').next().unwrap_or(name).trim());
            (target, call)
        }
    };
    let summed = matches!(target, Some("sum" | "total"));
    let typed_numbers = |list: &str| {
        enclosing_function(context).is_some_and(|function| {
            function
                .parameters
                .iter()
                .any(|parameter| parameter.name == list && parameter.type_text == "number[]")
        })
    };
    // A list of numbers: written with number literals, or named for numbers (a cart's items are objects).
    let numeric = |list: &str| {
        matches!(
            list,
            "numbers" | "nums" | "values" | "scores" | "prices" | "amounts" | "arr"
        ) || context.code_before_line().lines().any(|line| {
            line.split_once(&format!("{list} = ["))
                .is_some_and(|(_, items)| items.starts_with(|c: char| c.is_ascii_digit()))
        })
    };
    let reduced = call
        .strip_suffix(".reduce(")
        .is_some_and(|list| is_plain_name(list) && (numeric(list) || typed_numbers(list)));
    if summed && reduced {
        out.push(Suggestion::construct(
            format!("(a, b) => a + b, 0){}", terminator(context)),
            0.85,
        ));
    }
}

/// The one parameter of the enclosing function when its name speaks of primes (`is_prime(n)`, `isPrime(int n)`).
fn prime_parameter<'a>(context: &Context<'a>) -> Option<&'a str> {
    let function = enclosing_function(context)?;
    let names: Vec<&str> = function.parameter_names().collect();
    let [parameter] = names.as_slice() else {
        return None;
    };
    function
        .name
        .to_ascii_lowercase()
        .contains("prime")
        .then_some(*parameter)
}

/// A prime test's trial divisors stop at the square root: Python's `for i in range(2, ` -> `int(n ** 0.5) + 1):`,
/// the C family's `for (int i = 2; ` -> `i * i <= n; i++) {`, Go's `for i := 2; ` -> `i*i <= n; i++ {`.
fn prime_bound(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let language = context.profile.language;
    // The loop's variable, from the header typed up to its bound.
    let variable = match language {
        Language::Python => typed
            .strip_prefix("for ")
            .and_then(|rest| rest.strip_suffix(" in range(2, ")),
        Language::Go => typed
            .strip_prefix("for ")
            .and_then(|rest| rest.strip_suffix(" := 2; ")),
        Language::C
        | Language::Cpp
        | Language::Java
        | Language::JavaScript
        | Language::TypeScript => typed
            .strip_prefix("for (")
            .and_then(|rest| rest.strip_suffix(" = 2; "))
            .and_then(|declaration| declaration.rsplit(' ').next()),
        _ => None,
    };
    let Some(variable) = variable.filter(|name| is_plain_name(name)) else {
        return;
    };
    let Some(n) = prime_parameter(context) else {
        return;
    };
    let text = match language {
        Language::Python => format!("int({n} ** 0.5) + 1):"),
        Language::Go => format!("{variable}*{variable} <= {n}; {variable}++ {{"),
        _ => format!("{variable} * {variable} <= {n}; {variable}++) {{"),
    };
    out.push(Suggestion::construct(text, 0.85));
}

/// `math.sqrt(` in `distance(x1, y1, x2, y2)` -> `(x2 - x1) ** 2 + (y2 - y1) ** 2)`: the distance between two points
/// given by their coordinates (the C family's and Go's squares are products).
fn distance_formula(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let language = context.profile.language;
    let root = match language {
        Language::Python => "math.sqrt(",
        Language::JavaScript | Language::TypeScript | Language::Java => "Math.sqrt(",
        Language::Go => "math.Sqrt(",
        Language::C | Language::Cpp => "sqrt(",
        _ => return,
    };
    if !typed.ends_with(root) {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let names: Vec<&str> = function.parameter_names().collect();
    let [x1, y1, x2, y2] = names.as_slice() else {
        return;
    };
    let coordinates = (*x1, *y1, *x2, *y2) == ("x1", "y1", "x2", "y2");
    if !coordinates || !function.name.to_ascii_lowercase().contains("dist") {
        return;
    }
    let square = |a: &str, b: &str| match language {
        Language::Python | Language::JavaScript | Language::TypeScript => {
            format!("({a} - {b}) ** 2")
        }
        Language::Go => format!("({a}-{b})*({a}-{b})"),
        _ => format!("({a} - {b}) * ({a} - {b})"),
    };
    let statement = typed.starts_with("return ");
    let end = if statement { terminator(context) } else { "" };
    out.push(Suggestion::construct(
        format!("{} + {}){end}", square(x2, x1), square(y2, y1)),
        0.85,
    ));
}

/// `sqrt(` (`Math.sqrt(`, `math.sqrt(`) after `dx` and `dy` were computed -> `dx * dx + dy * dy)`; Python's
/// `math.hypot(` -> `dx, dy)`, or in a method given another point, `self.x - other.x, self.y - other.y)`.
fn distance_from_differences(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let hypot = typed.ends_with("hypot(");
    // `return Math.` with the differences just computed: the square root is the call (`sqrt(dx * dx + ...)`).
    let member = typed.ends_with("Math.") || typed.ends_with("math.");
    if !(typed.ends_with("sqrt(") || hypot || member) {
        return;
    }
    let Some(closers) = open_parentheses(typed) else {
        return;
    };
    let (call, closers) = if member {
        ("sqrt(", format!("){closers}"))
    } else {
        ("", closers)
    };
    let end = format!("{closers}{}", terminator(context));
    // The differences, named on the two lines above.
    let mut above = context.code_lines_above();
    let differences: Vec<&str> = above
        .by_ref()
        .take(2)
        .filter_map(|line| {
            let line = line.trim_start_matches("const ").trim_start_matches("let ");
            let (target, _) = line.split_once(" = ")?;
            target.split_whitespace().last()
        })
        .collect();
    if let [second, first] = differences.as_slice()
        && matches!(
            (*first, *second),
            ("dx", "dy") | ("deltaX", "deltaY") | ("delta_x", "delta_y")
        )
    {
        let text = if hypot {
            format!("{first}, {second}{end}")
        } else {
            format!("{call}{first} * {first} + {second} * {second}{end}")
        };
        out.push(Suggestion::construct(text, 0.86));
        return;
    }
    if member {
        return;
    }
    // `def distance_to(self, other):` then `return math.hypot(`.
    if !hypot || context.profile.language != Language::Python {
        return;
    }
    let Some(function) = super::statements::enclosing_function(context) else {
        return;
    };
    let [other] = function.parameters.as_slice() else {
        return;
    };
    let code = context.code_before_line();
    if code.contains("self.x = ") && code.contains("self.y = ") {
        let other = other.name;
        out.push(Suggestion::construct(
            format!("self.x - {other}.x, self.y - {other}.y{end}"),
            0.86,
        ));
    }
}

/// The first line of Rust's `match d {` where `d` was made from one of the file's enums (`let d = Direction::Up;`):
/// `Direction::Up => `, its first variant.
fn first_variant_matched(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Rust || !context.line_before.trim().is_empty() {
        return;
    }
    let Some(matched) = context
        .previous_code_line()
        .map(str::trim)
        .and_then(|line| line.strip_prefix("match "))
        .and_then(|rest| rest.strip_suffix(" {"))
        .filter(|matched| is_plain_name(matched))
    else {
        return;
    };
    let Some(enumeration) = context.code_lines_above().find_map(|line| {
        let value = line
            .strip_prefix(&format!("let {matched} = "))
            .or_else(|| line.strip_prefix(&format!("let mut {matched} = ")))?;
        let (enumeration, _) = value.split_once("::")?;
        is_plain_name(enumeration).then_some(enumeration)
    }) else {
        return;
    };
    // The enum's body, as written in the file: its first variant.
    let header = format!("enum {enumeration} {{");
    let Some(body) = context
        .code_before_line()
        .split_once(&header)
        .map(|(_, body)| body)
    else {
        return;
    };
    let Some(first) = body
        .lines()
        .map(str::trim)
        .find(|line| !line.is_empty() && !line.starts_with("//") && !line.starts_with('#'))
        .map(|line| line.trim_end_matches(','))
        .filter(|variant| is_plain_name(variant))
    else {
        return;
    };
    out.push(Suggestion::construct(
        format!("{enumeration}::{first} => "),
        0.85,
    ));
}

/// The error a division raises when its divisor is zero, right under the `if` that tests it (`if b == 0:`, `if (b
/// === 0) {`): Go's `return 0, ` -> `errors.New("division by zero")`, Python's `raise ` -> `ValueError("Cannot
/// divide by zero")`, JavaScript's `throw ` -> `new Error('Cannot divide by zero');`, Java's `throw new ` ->
/// `ArithmeticException("Cannot divide by zero");`, C++'s `throw std::` -> `invalid_argument("Cannot divide by
/// zero");` and Rust's `Err(` -> `"division by zero".to_string())` (Go's and Rust's errors are lower case by
/// convention). The function is named for a division, or the tested name is a divisor's.
fn division_error(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let Some(tested) = context.previous_code_line().and_then(zero_tested) else {
        return;
    };
    let divides = function.name.to_ascii_lowercase().contains("div")
        || matches!(tested, "divisor" | "denominator" | "den");
    if !divides || !function.parameter_names().any(|name| name == tested) {
        return;
    }
    const MESSAGE: &str = "Cannot divide by zero";
    let typed = context.line_before.trim_start();
    let semicolon = terminator(context);
    let quote = if matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript
    ) {
        super::javascript::string_quote(context)
    } else {
        '"'
    };
    let text = match (context.profile.language, typed) {
        (Language::Go, _) => {
            let returns_error = function
                .results
                .last()
                .is_some_and(|result| result.trim() == "error");
            // `return 0, errors.New(`: only the message is left.
            let (typed, opened) = match typed.strip_suffix("errors.New(") {
                Some(head) => (head, true),
                None => (typed, false),
            };
            let zero = typed
                .strip_prefix("return ")
                .and_then(|rest| rest.strip_suffix(", "))
                .is_some_and(|value| matches!(value, "0" | "0.0" | "\"\"" | "nil"));
            if !returns_error || !zero {
                return;
            }
            if opened {
                out.push(Suggestion::construct("\"division by zero\")", 0.85));
                return;
            }
            // A file that formats its messages with `fmt` and has not imported `errors` builds its errors
            // with `fmt.Errorf`.
            if context.code.contains("\"fmt\"") && !context.code.contains("\"errors\"") {
                "fmt.Errorf(\"division by zero\")".to_owned()
            } else {
                "errors.New(\"division by zero\")".to_owned()
            }
        }
        (Language::Python, "raise ") => format!("ValueError(\"{MESSAGE}\")"),
        (Language::Python, "raise ValueError(" | "raise ZeroDivisionError(") => {
            format!("\"{MESSAGE}\")")
        }
        (Language::JavaScript | Language::TypeScript, "throw ") => {
            format!("new Error({quote}{MESSAGE}{quote}){semicolon}")
        }
        (Language::JavaScript | Language::TypeScript, "throw new Error(") => {
            format!("{quote}{MESSAGE}{quote}){semicolon}")
        }
        (Language::Java, "throw new ") => format!("ArithmeticException(\"{MESSAGE}\");"),
        (
            Language::Java,
            "throw new ArithmeticException(" | "throw new IllegalArgumentException(",
        ) => {
            format!("\"{MESSAGE}\");")
        }
        (Language::Cpp, "throw std::") => format!("invalid_argument(\"{MESSAGE}\");"),
        (Language::Cpp, "throw std::invalid_argument(" | "throw std::runtime_error(") => {
            format!("\"{MESSAGE}\");")
        }
        (Language::Rust, "return Err(" | "Err(") => {
            let owned = function
                .results
                .first()
                .is_some_and(|result| result.contains("String>") || result.contains("Box<dyn"));
            let tail = if typed.starts_with("return ") {
                ";"
            } else {
                ""
            };
            if owned {
                format!("\"division by zero\".to_string()){tail}")
            } else {
                format!("\"division by zero\"){tail}")
            }
        }
        _ => return,
    };
    out.push(Suggestion::construct(text, 0.85));
}

/// The name an `if` line tests for zero: `if b == 0:`, `if (b === 0) {`, `if b == 0.0 {` -> `b`.
fn zero_tested(line: &str) -> Option<&str> {
    let condition = line.trim().strip_prefix("if")?.trim_start();
    let condition = condition
        .trim_end_matches(['{', ':', ' '])
        .trim_start_matches('(')
        .trim_end_matches(')');
    let (name, zero) = condition
        .split_once(" === ")
        .or_else(|| condition.split_once(" == "))?;
    (matches!(zero.trim(), "0" | "0.0") && is_plain_name(name.trim())).then(|| name.trim())
}

/// `module.exports = ` at the left margin -> the functions the module defines at its top level: `{ add, subtract
/// };`, or the one function or class itself.
fn exports_listed(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::JavaScript
        || context.line_before != "module.exports = "
    {
        return;
    }
    let defined: Vec<&str> = context
        .code_before_line()
        .lines()
        .filter_map(|line| {
            let rest = line
                .strip_prefix("function ")
                .or_else(|| line.strip_prefix("async function "))
                .or_else(|| line.strip_prefix("class "));
            let name = match rest {
                Some(rest) => rest.split(['(', ' ', '{']).next()?,
                None => {
                    let rest = line.strip_prefix("const ")?;
                    let (name, value) = rest.split_once(" = ")?;
                    let function = value.starts_with('(')
                        || value.starts_with("async (")
                        || value.starts_with("function");
                    function.then_some(name)?
                }
            };
            is_plain_name(name).then_some(name)
        })
        .collect();
    let end = terminator(context);
    let text = match defined.as_slice() {
        [] => return,
        [only] => format!("{only}{end}"),
        names => format!("{{ {} }}{end}", names.join(", ")),
    };
    out.push(Suggestion::construct(text, 0.85));
}
