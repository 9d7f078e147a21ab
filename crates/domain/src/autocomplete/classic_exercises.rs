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
    if !(typed.ends_with("sqrt(") || hypot) {
        return;
    }
    let Some(closers) = open_parentheses(typed) else {
        return;
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
            format!("{first} * {first} + {second} * {second}{end}")
        };
        out.push(Suggestion::construct(text, 0.86));
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
            let zero = typed
                .strip_prefix("return ")
                .and_then(|rest| rest.strip_suffix(", "))
                .is_some_and(|value| matches!(value, "0" | "0.0" | "\"\"" | "nil"));
            if !returns_error || !zero {
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
