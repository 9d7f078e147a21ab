//! The steps of the projects every beginner tutorial builds, in every language: a calculator's branches
//! (`elif op == "-":` then `result = ` -> `a - b`, `case '*': return ` -> `a * b;`), FizzBuzz's prints
//! (`if i % 15 == 0:` then `print(` -> `"FizzBuzz")`), a grade calculator's next letter (`grade = "A"` then
//! `elif score >= 80:` and `grade = ` -> `"B"`), a bank account's `deposit` and `withdraw`, a temperature
//! converter's formulas (kelvin too, and a Rust function's tail), the middle of two bounds, a BMI and a list's
//! average, a die's or a guessing game's draw from 1 (`rand() % 6 + ` -> `1;`, `Math.floor(Math.random() * 6) + `
//! -> `1;`, `rand.nextInt(100) + ` -> `1;`), a pygame loop's frame rate
//! (`clock.tick(` -> `60)`, or the file's `FPS`), a life lost (`lives -` -> `= 1` in `while lives > 0:`). Each rule reads the typed line first and returns early; each
//! answers only when the code shows the one project it belongs to.

use super::Suggestion;
use super::cursor::Context;
use super::idioms::terminator;
use super::language::Language;
use super::lexer::{contains_word, is_identifier_char};
use super::statements::enclosing_function;

/// How many lines above are read for an earlier branch.
const BRANCH_LINES: usize = 12;

/// Runs the rules when nothing is being typed and only closing brackets follow the cursor.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty()
        || !context
            .line_after
            .trim()
            .chars()
            .all(|c| ")]};:".contains(c))
    {
        return;
    }
    let typed = context.line_before.trim_start();
    if let Some(suggestion) = draw_from_one(context, typed) {
        out.push(suggestion);
        return;
    }
    if let Some(suggestion) = conversion_constant(context, typed) {
        out.push(suggestion);
        return;
    }
    if typed.ends_with("cout << ")
        && let Some(suggestion) = fizzbuzz_print(context, typed.trim_end())
    {
        out.push(suggestion);
        return;
    }
    if typed.ends_with(' ') {
        let found = match value_slot(typed) {
            Some(target) => calculator_branch(context, typed, target)
                .or_else(|| grade_letter(context, target))
                .or_else(|| bank_account(context, target))
                .or_else(|| formula(context, target))
                .or_else(|| average(context, target))
                .or_else(|| countdown_step(context, typed)),
            None => guessed_secret(context, typed).or_else(|| withdraw_check(context, typed)),
        };
        out.extend(found);
    } else if typed.is_empty() {
        out.extend(deposit_body(context).or_else(|| rust_tail_formula(context)));
    } else if (context.profile.language == Language::C && typed.ends_with("->")
        || matches!(typed, "self." | "this."))
        && contains_word(context.code_before_line(), "balance")
        && let Some(found) = bank_account(context, &format!("{typed}balance "))
    {
        // `acc->` in `deposit(Account *acc, float amount)` (`self.`, `this.` in a method): the balance is what a
        // deposit changes.
        out.push(Suggestion::construct(
            format!("balance {}", found.text),
            found.confidence,
        ));
    } else if let Some(counter) = typed.strip_suffix(" -") {
        out.extend(life_lost(context, counter));
    } else if typed.ends_with("random.")
        && let Some(suggestion) = random_choice(context, typed)
    {
        out.push(suggestion);
    } else if typed.ends_with('(')
        && let Some(suggestion) =
            fizzbuzz_print(context, typed).or_else(|| frame_rate(context, typed))
    {
        out.push(suggestion);
    }
}

/// Where a value is typed: the target of `result = ` (`Some("result")`), `return ` (`Some("")`), a Rust arm's
/// `'+' => ` (`Some("=>")`), or a line ending with an operator (`self.balance ` -> `Some("self.balance ")`).
fn value_slot(typed: &str) -> Option<&str> {
    if typed.ends_with("return ") {
        return Some("");
    }
    if typed.ends_with("=> ") {
        return Some("=>");
    }
    if let Some(left) = typed.strip_suffix(" = ") {
        let target = left.rsplit(' ').next().unwrap_or(left);
        return is_name(target).then_some(target);
    }
    let field = typed.trim_end();
    let field = field
        .strip_suffix("+=")
        .or_else(|| field.strip_suffix("-="))
        .map_or(field, str::trim_end);
    // C's `acc->balance` is a field as much as `self.balance`.
    let field = field.replace("->", ".");
    (!field.is_empty() && field.chars().all(|c| is_identifier_char(c) || c == '.')).then_some(typed)
}

/// Whether `text` is one identifier.
fn is_name(text: &str) -> bool {
    text.starts_with(|c: char| c.is_alphabetic() || c == '_')
        && text.chars().all(is_identifier_char)
}

/// The text a statement's value ends with: `,` after a Rust arm's `=>`, else the language's terminator.
fn ending(context: &Context<'_>, target: &str) -> &'static str {
    if target == "=>" {
        ","
    } else {
        terminator(context)
    }
}

/// The arithmetic operator a branch tests for: `elif op == "-":`, `case '*':`, `'/' => `, `} else if (op === "+") {`.
fn operator_of(line: &str) -> Option<char> {
    let trimmed = line.trim_start_matches(['}', ' ']);
    let branch = ["if ", "if(", "elif ", "else if", "case ", "'", "\""]
        .iter()
        .any(|start| trimmed.starts_with(start));
    if !branch {
        return None;
    }
    let bytes = trimmed.as_bytes();
    bytes.windows(3).find_map(|window| match window {
        [
            quote @ (b'"' | b'\''),
            operator @ (b'+' | b'-' | b'*' | b'/' | b'%'),
            close,
        ] if close == quote => Some(char::from(*operator)),
        _ => None,
    })
}

/// `elif op == "-":` then `result = ` -> `a - b`: the operands of the earlier branches, else the function's two
/// other parameters.
fn calculator_branch(context: &Context<'_>, typed: &str, target: &str) -> Option<Suggestion> {
    if target.ends_with(' ') {
        return None;
    }
    // The operator is on the current line (`'+' => `, `case '+': return `) or in the branch's header.
    let header = context.enclosing_lines().next();
    let operator = operator_of(typed).or_else(|| header.and_then(operator_of))?;
    let (left, right) = earlier_operands(context)
        .or_else(|| {
            let function = enclosing_function(context)?;
            let mut operands = function.parameter_names().filter(|name| {
                // The tested variable (`op` of `if op == "+":`, `switch (op)`) is no operand; Go's `switch`
                // is indented like its `case`s, so it is no enclosing line.
                let tested = |line: &str, starts: &[&str]| {
                    starts.iter().any(|start| line.starts_with(start)) && contains_word(line, name)
                };
                !(header.is_some_and(|line| tested(line, &["if", "elif", "}"]))
                    || context
                        .code_lines_above()
                        .take(BRANCH_LINES)
                        .any(|line| tested(line, &["switch", "match"])))
            });
            let pair = (operands.next()?, operands.next()?);
            operands.next().is_none().then_some(pair)
        })
        .or_else(|| read_numbers(context))?;
    Some(Suggestion::construct(
        format!("{left} {operator} {right}{}", ending(context, target)),
        0.9,
    ))
}

/// The operands of the nearest earlier branch's `result = a + b`, `return a + b;` or `'+' => a + b,`.
fn earlier_operands<'a>(context: &Context<'a>) -> Option<(&'a str, &'a str)> {
    context
        .code_lines_above()
        .take(BRANCH_LINES)
        .find_map(|line| {
            let value = line
                .rsplit_once(" = ")
                .map(|(_, value)| value)
                .or_else(|| line.strip_prefix("return "))
                .or_else(|| line.split_once("=> ").map(|(_, value)| value))?;
            let value = value.trim_end_matches([';', ',']);
            let mut words = value.split(' ');
            let (left, operator, right) = (words.next()?, words.next()?, words.next()?);
            (words.next().is_none()
                && matches!(operator, "+" | "-" | "*" | "/" | "%")
                && is_name(left)
                && is_name(right))
            .then_some((left, right))
        })
}

/// The two numbers a script read before its branches (`num1 = float(input(...))`, `const b = Number(...)`),
/// in their order.
fn read_numbers<'a>(context: &Context<'a>) -> Option<(&'a str, &'a str)> {
    const READERS: &[&str] = &[
        "float(",
        "int(",
        "Number(",
        "parseFloat(",
        "parseInt(",
        "nextDouble()",
        "nextInt()",
    ];
    let mut names = context
        .code_lines_above()
        .take(BRANCH_LINES)
        .filter_map(|line| {
            let (left, value) = line.split_once(" = ")?;
            let name = left.rsplit(' ').next()?;
            (is_name(name) && READERS.iter().any(|reader| value.contains(reader))).then_some(name)
        });
    let (second, first) = (names.next()?, names.next()?);
    Some((first, second))
}

/// Whether the line above the cursor's (a function's header, for a first statement) names one of `words`, in
/// any case: the cheap test before the function is read.
fn header_mentions(context: &Context<'_>, words: &[&str]) -> bool {
    context.previous_code_line().is_some_and(|line| {
        let line = line.to_ascii_lowercase();
        words.iter().any(|word| line.contains(word))
    })
}

/// `grade = "A"` then `elif score >= 80:` and `grade = ` -> `"B"`: the letter after the previous branch's.
fn grade_letter(context: &Context<'_>, target: &str) -> Option<Suggestion> {
    // A variable assigned, or the function's `return` (`Some("")`), branch by branch.
    let assigned = if target.is_empty() {
        "return ".to_owned()
    } else if is_name(target) {
        format!("{target} = ")
    } else {
        return None;
    };
    // The branch's condition on the line itself (`else if (score >= 70) return `), or as the header above.
    let typed = context.line_before.trim_start();
    let inline_head = typed
        .strip_suffix(assigned.as_str())
        .map(|head| head.trim().trim_start_matches(['}', ' ']))
        .filter(|head| !head.is_empty());
    let header = match inline_head {
        Some(head) => head,
        None => context
            .enclosing_lines()
            .next()?
            .trim_start_matches(['}', ' ']),
    };
    let otherwise = header.starts_with("else") && !header.starts_with("else if");
    // A switch's next `case` (Go's `case score >= 70:`) is a branch as much as an `elif`.
    // Consecutive one-line `if`s returning (`if (score >= 80) return "B";`) chain as `else if`s do.
    let chained_if = inline_head.is_some() && header.starts_with("if");
    if !(header.starts_with("elif ")
        || header.starts_with("else")
        || header.starts_with("case ")
        || chained_if)
    {
        return None;
    }
    let previous = context.code_lines_above().take(3).find_map(|line| {
        let value = if inline_head.is_some() {
            line.rsplit_once(assigned.as_str())?.1
        } else {
            line.strip_prefix(&assigned)?
        };
        let value = value.trim_end_matches(';');
        let quote = value.chars().next().filter(|c| *c == '"' || *c == '\'')?;
        let mut letters = value.strip_prefix(quote)?.strip_suffix(quote)?.chars();
        let letter = letters.next()?;
        letters.next().is_none().then_some((quote, letter))
    })?;
    let (quote, letter) = previous;
    let next = match (letter, otherwise) {
        ('A', false) => 'B',
        ('B', false) => 'C',
        ('C', false) => 'D',
        ('D', _) => 'F',
        _ => return None,
    };
    Some(Suggestion::construct(
        format!("{quote}{next}{quote}{}", terminator(context)),
        0.88,
    ))
}

/// `return "` or `grade = "` with the quote typed (and perhaps closed by the editor): the letter of
/// [`grade_letter`], without the quotes already there.
pub(super) fn letter_in_literal(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.prefix.is_empty() {
        out.extend(grade_letter_begun(context));
    }
}

/// The letter of [`letter_in_literal`].
fn grade_letter_begun(context: &Context<'_>) -> Option<Suggestion> {
    let typed = context.line_before.trim_start();
    let quote = typed.chars().last().filter(|c| *c == '"' || *c == '\'')?;
    let slot = typed.strip_suffix(quote)?;
    let closed = context.line_after.starts_with(quote);
    let after_quote = if closed {
        &context.line_after[quote.len_utf8()..]
    } else {
        context.line_after
    };
    if !after_quote.trim().chars().all(|c| ")]};".contains(c)) {
        return None;
    }
    let suggestion = grade_letter(context, value_slot(slot)?)?;
    let rest = suggestion.text.strip_prefix(quote)?;
    let text = if closed {
        rest.split_once(quote).map(|(letter, _)| letter)?.to_owned()
    } else {
        rest.to_owned()
    };
    Some(Suggestion::construct(text, suggestion.confidence))
}

/// A bank account's `deposit(amount)`: `self.balance ` -> `+= amount`, `withdraw`'s `-= amount`, and
/// `get_balance`'s `return ` -> `self.balance`.
fn bank_account(context: &Context<'_>, target: &str) -> Option<Suggestion> {
    let language = context.profile.language;
    // The cheap tests first: a getter's `return ` is its first statement, a field ends with `balance`.
    // Go's exported field is `Balance`.
    let ends_with_balance = |field: &str| field.to_ascii_lowercase().ends_with("balance");
    let cheap = if target.is_empty() {
        header_mentions(context, &["balance"])
    } else {
        ends_with_balance(target.trim_end_matches([' ', '+', '-', '=']))
    };
    if !cheap {
        return None;
    }
    let function = enclosing_function(context)?;
    let name = function.name.to_ascii_lowercase();
    if target.is_empty() {
        // `return ` in a getter of no parameter whose field the code stores.
        let field = name
            .strip_prefix("get_")
            .or_else(|| name.strip_prefix("get"))?;
        if !function.parameters.is_empty() || !field.contains("balance") {
            return None;
        }
        let receiver = match language {
            Language::Python | Language::Rust => "self.",
            Language::JavaScript | Language::TypeScript => "this.",
            Language::Java | Language::Cpp => "",
            _ => return None,
        };
        let stored = format!("{receiver}balance");
        if !context.code_before_line().contains(&stored) {
            return None;
        }
        return Some(Suggestion::construct(
            format!("{stored}{}", terminator(context)),
            0.88,
        ));
    }
    let operator = if name.starts_with("deposit") {
        "+="
    } else if name.starts_with("withdraw") {
        "-="
    } else {
        return None;
    };
    // C passes the account itself: `deposit(Account *acc, float amount)`.
    let amount = match function.parameters.as_slice() {
        [amount] => amount,
        [_, amount] if language == Language::C => amount,
        _ => return None,
    };
    // `self.balance ` -> `+= amount`, or `self.balance += ` -> `amount`.
    let field = target.trim_end();
    let written = field
        .strip_suffix(operator)
        .map(str::trim_end)
        .filter(|field| ends_with_balance(field));
    let text = if written.is_some() {
        format!("{}{}", amount.name, terminator(context))
    } else if ends_with_balance(field) {
        format!("{operator} {}{}", amount.name, terminator(context))
    } else {
        return None;
    };
    Some(Suggestion::construct(text, 0.88))
}

/// A bank account's `deposit(amount)` written from its first blank line: `self.balance += amount` (`this.` in
/// JavaScript, TypeScript and Java), where the class stores a `balance`. A `withdraw` opens with its check.
fn deposit_body(context: &Context<'_>) -> Option<Suggestion> {
    let header = context.previous_code_line()?.trim();
    if !header.contains("deposit") || !header.ends_with([':', '{']) {
        return None;
    }
    let function = enclosing_function(context)?;
    let [amount] = function.parameters.as_slice() else {
        return None;
    };
    if !function.name.to_ascii_lowercase().starts_with("deposit") {
        return None;
    }
    let receiver = match context.profile.language {
        Language::Python | Language::Rust => "self",
        Language::JavaScript | Language::TypeScript | Language::Java => "this",
        _ => return None,
    };
    let code = context.code_before_line();
    let stored = code.contains(&format!("{receiver}.balance"))
        || (context.profile.language == Language::Java && code.contains(" balance"))
        || (context.profile.language == Language::Rust && code.contains("balance:"));
    stored.then(|| {
        Suggestion::construct(
            format!(
                "{receiver}.balance += {}{}",
                amount.name,
                terminator(context)
            ),
            0.86,
        )
    })
}

/// The constant that ends a temperature conversion typed by hand, whatever the variables' names: `c * 9 / 5 + ` ->
/// `32`, `(f - 32) * 5 / ` -> `9`, in floats when the factors are (`* 9.0 / 5.0 + ` -> `32.0`). No other formula
/// multiplies by nine fifths and adds, or takes 32 away and multiplies by five.
fn conversion_constant(context: &Context<'_>, typed: &str) -> Option<Suggestion> {
    const TAILS: [(&str, &str); 6] = [
        (" * 9 / 5 + ", "32"),
        (" * 9.0 / 5.0 + ", "32.0"),
        (" * 1.8 + ", "32"),
        (" - 32) * 5 / ", "9"),
        (" - 32) * 5.0 / ", "9.0"),
        (" - 32.0) * 5.0 / ", "9.0"),
    ];
    let (_, constant) = TAILS.iter().find(|(tail, _)| typed.ends_with(tail))?;
    // Only a whole statement is ended here: an argument (`print(c * 9 / 5 + `) is left to the closers.
    if typed.matches('(').count() != typed.matches(')').count() {
        return None;
    }
    Some(Suggestion::construct(
        format!("{constant}{}", terminator(context)),
        0.86,
    ))
}

/// A temperature converter's and a BMI's formula: `fahrenheit = ` -> `celsius * 9 / 5 + 32` when the code has a
/// `celsius`, `celsius = ` -> `(fahrenheit - 32) * 5 / 9`, `bmi = ` -> `weight / height ** 2`, also as the
/// `return ` of a function named for the conversion.
fn formula(context: &Context<'_>, target: &str) -> Option<Suggestion> {
    let language = context.profile.language;
    let (named, parameter) = if target.is_empty() {
        if !header_mentions(context, &["fahrenheit", "celsius", "kelvin", "bmi", "mid"]) {
            return None;
        }
        let function = enclosing_function(context)?;
        let parameter = match function.parameters.as_slice() {
            [parameter] => Some(parameter.name),
            // The middle of two bounds: `mid(lo, hi)` -> `(lo + hi) / 2`.
            [low, high] if matches!(function.name, "mid" | "midpoint" | "middle") => {
                let half = if language == Language::Python {
                    "//"
                } else {
                    "/"
                };
                return Some(Suggestion::construct(
                    format!(
                        "({} + {}) {half} 2{}",
                        low.name,
                        high.name,
                        terminator(context)
                    ),
                    0.86,
                ));
            }
            _ => None,
        };
        (function.name.to_ascii_lowercase(), parameter)
    } else if is_name(target) {
        (target.to_ascii_lowercase(), None)
    } else {
        return None;
    };
    let above = context.code_before_line();
    let rust = language == Language::Rust;
    // The temperature converted: the function's one parameter, else a variable of the scale's name.
    let source = |scale: &'static str| {
        parameter
            .filter(|name| !name.eq_ignore_ascii_case("self"))
            .or_else(|| contains_word(above, scale).then_some(scale))
    };
    let value = if named.ends_with("kelvin")
        && let Some(temperature) = source("celsius")
    {
        if named.contains("fahrenheit") && rust {
            format!("({temperature} - 32.0) * 5.0 / 9.0 + 273.15")
        } else if named.contains("fahrenheit") {
            format!("({temperature} - 32) * 5 / 9 + 273.15")
        } else {
            format!("{temperature} + 273.15")
        }
    } else if named.contains("kelvin")
        && named.ends_with("celsius")
        && let Some(kelvin) = source("kelvin")
    {
        format!("{kelvin} - 273.15")
    } else if named.ends_with("fahrenheit")
        && let Some(celsius) = source("celsius")
    {
        if rust {
            format!("{celsius} * 9.0 / 5.0 + 32.0")
        } else if language == Language::Go {
            // gofmt's spacing.
            format!("{celsius}*9/5 + 32")
        } else {
            format!("{celsius} * 9 / 5 + 32")
        }
    } else if named.ends_with("celsius")
        && let Some(fahrenheit) = source("fahrenheit")
    {
        if rust {
            format!("({fahrenheit} - 32.0) * 5.0 / 9.0")
        } else {
            format!("({fahrenheit} - 32) * 5 / 9")
        }
    } else if named == "bmi" && contains_word(above, "weight") && contains_word(above, "height") {
        if language == Language::Python {
            "weight / height ** 2".to_string()
        } else {
            "weight / (height * height)".to_string()
        }
    } else {
        return None;
    };
    Some(Suggestion::construct(
        format!("{value}{}", terminator(context)),
        0.86,
    ))
}

/// A Rust conversion whose body is one expression: `fn celsius_to_fahrenheit(c: f64) -> f64 {` then the formula,
/// without `return` nor `;` (the function's tail).
fn rust_tail_formula(context: &Context<'_>) -> Option<Suggestion> {
    if context.profile.language != Language::Rust
        || !context
            .previous_code_line()
            .is_some_and(|header| header.contains("fn ") && header.contains(") -> "))
    {
        return None;
    }
    let mut suggestion = formula(context, "")?;
    suggestion.text = suggestion.text.trim_end_matches(';').to_owned();
    Some(suggestion)
}

/// FizzBuzz's word when its string is already opened (`print("` -> `Fizz")`), for the literal's closer.
pub(super) fn fizzbuzz_word_in_literal(context: &Context<'_>) -> Option<String> {
    let typed = context.line_before.trim_start().strip_suffix('"')?;
    if !typed.ends_with('(') {
        return None;
    }
    let suggestion = fizzbuzz_print(context, typed)?;
    suggestion.text.strip_prefix('"').map(str::to_owned)
}

/// FizzBuzz: in `if i % 15 == 0:` `print(` -> `"FizzBuzz")`, in `% 3` `"Fizz"`, in `% 5` `"Buzz"`, in the `else`
/// the number itself (C++'s `std::cout << ` -> `"Fizz" << std::endl;`). `% 3` and `% 5` alone need the code to say FizzBuzz already.
fn fizzbuzz_print(context: &Context<'_>, typed: &str) -> Option<Suggestion> {
    let language = context.profile.language;
    let call = typed.rsplit([' ', '\t']).next()?;
    let (quote_end, number_format) = match (language, call) {
        (Language::Python, "print(")
        | (Language::JavaScript | Language::TypeScript, "console.log(")
        | (Language::Java, "System.out.println(")
        | (Language::Go, "fmt.Println(") => ("", ""),
        (Language::Rust, "println!(") => ("", "\"{}\", "),
        (Language::C | Language::Cpp, "printf(") => ("\\n", "\"%d\\n\", "),
        (Language::Cpp, "<<") if typed.trim_end().ends_with("cout <<") => ("", ""),
        _ => return None,
    };
    let stream = call == "<<";
    // `else if (i % 3 === 0) console.log(`: a one-line body's header is its own line.
    let own_line = typed.starts_with("if ") || typed.starts_with("else if ");
    let header = if own_line {
        typed
    } else {
        context.enclosing_lines().next()?
    };
    let header = header.trim_start_matches(['}', ' ']);
    let said = context.code_before_line().contains("Fizz");
    let text = if header.starts_with("else") && !header.starts_with("else if") {
        if !context.code_before_line().contains("Buzz") {
            return None;
        }
        // The number the conditions test: `i` in `i % 5`.
        let tested = context
            .code_lines_above()
            .take(BRANCH_LINES)
            .find_map(|line| {
                let (left, _) = line.split_once('%')?;
                let name = left.trim_end().rsplit([' ', '(']).next()?;
                is_name(name).then_some(name)
            })?;
        if stream {
            format!("{tested} << {}", end_of_line(context))
        } else {
            format!("{number_format}{tested})")
        }
    } else {
        if !header.contains("== 0") && !header.contains("=== 0") {
            return None;
        }
        let divisors: Vec<&str> = header
            .split('%')
            .skip(1)
            .filter_map(|rest| {
                let rest = rest.trim_start();
                let end = rest
                    .find(|c: char| !c.is_ascii_digit())
                    .unwrap_or(rest.len());
                rest.get(..end).filter(|number| !number.is_empty())
            })
            .collect();
        let word = match divisors.as_slice() {
            ["15"] | ["3", "5"] | ["5", "3"] => "FizzBuzz",
            ["3"] if said => "Fizz",
            ["5"] if said => "Buzz",
            _ => return None,
        };
        if stream {
            format!("\"{word}\" << {}", end_of_line(context))
        } else {
            format!("\"{word}{quote_end}\")")
        }
    };
    let end = if stream { "" } else { terminator(context) };
    Some(Suggestion::construct(format!("{text}{end}"), 0.9))
}

/// C++'s end of a printed line: `std::endl;`, or `endl;` under `using namespace std;`.
fn end_of_line(context: &Context<'_>) -> &'static str {
    if context.code.contains("using namespace std;") {
        "endl;"
    } else {
        "std::endl;"
    }
}

/// `return ` right under `def average(numbers):` -> `sum(numbers) / len(numbers)` (JavaScript's `reduce` and
/// `length`), and Python's `average = ` after one list of numbers. (`return ` in `is_palindrome(s)` is left
/// alone, as an earlier round decided: many first lower the string or walk two indices.)
fn average(context: &Context<'_>, target: &str) -> Option<Suggestion> {
    let language = context.profile.language;
    if !matches!(
        language,
        Language::Python | Language::JavaScript | Language::TypeScript
    ) {
        return None;
    }
    let python = language == Language::Python;
    let (named, list) = if target.is_empty() {
        if !header_mentions(context, &["average", "avg", "mean"]) {
            return None;
        }
        let function = enclosing_function(context)?;
        let [parameter] = function.parameters.as_slice() else {
            return None;
        };
        (function.name.to_ascii_lowercase(), parameter.name)
    } else if python && matches!(target, "average" | "avg" | "mean") {
        // The one list of numbers written above.
        let mut lists = context
            .code_lines_above()
            .take(BRANCH_LINES)
            .filter_map(|line| {
                let (name, value) = line.split_once(" = [")?;
                (is_name(name) && value.starts_with(|c: char| c.is_ascii_digit())).then_some(name)
            });
        let list = lists.next()?;
        if lists.next().is_some() {
            return None;
        }
        ("average".to_string(), list)
    } else {
        return None;
    };
    // An average right under its header: after `total = sum(numbers)` the total is divided instead.
    let first_statement = !target.is_empty()
        || context
            .previous_code_line()
            .is_some_and(|line| contains_word(line, list) && line.ends_with([':', '{']));
    if !first_statement || !(named.ends_with("average") || named == "mean" || named == "avg") {
        return None;
    }
    let value = if python {
        format!("sum({list}) / len({list})")
    } else {
        format!("{list}.reduce((a, b) => a + b, 0) / {list}.length")
    };
    Some(Suggestion::construct(
        format!("{value}{}", terminator(context)),
        0.86,
    ))
}

/// A countdown's step: `count ` in `while count > 0:` -> `-= 1`; a digit loop's `n //= 10`.
fn countdown_step(context: &Context<'_>, typed: &str) -> Option<Suggestion> {
    let counter = typed.strip_suffix(' ')?;
    if !is_name(counter) {
        return None;
    }
    let header = context.enclosing_lines().next()?;
    let condition = header
        .strip_prefix("while")?
        .trim_start_matches([' ', '('])
        .strip_prefix(counter)?;
    if !condition.starts_with(" > 0") {
        return None;
    }
    // A loop over digits (`total += n % 10`) drops the last one; any other division leaves the step unknown.
    let body: Vec<&str> = context
        .code_lines_above()
        .take(BRANCH_LINES)
        .take_while(|line| *line != header)
        .collect();
    let digits = format!("{counter} % 10");
    let step = if body.iter().any(|line| line.contains(&digits)) {
        match context.profile.language {
            Language::Python => "//= 10".to_string(),
            Language::JavaScript | Language::TypeScript => {
                format!("= Math.floor({counter} / 10)")
            }
            _ => "/= 10".to_string(),
        }
    } else if body.iter().any(|line| line.contains(['%', '/'])) {
        return None;
    } else {
        "-= 1".to_string()
    };
    Some(Suggestion::construct(
        format!("{step}{}", terminator(context)),
        0.85,
    ))
}

/// A game's lives counted down under a test: `lives -` -> `= 1` inside `while lives > 0:` (at any depth: the
/// loss is usually under `if letter not in word:`), when nothing else in the loop divides or takes a remainder.
fn life_lost(context: &Context<'_>, counter: &str) -> Option<Suggestion> {
    // Elsewhere `lives -` is as often the start of `lives--;` as of `lives -= 1;`.
    if context.profile.language != Language::Python || !is_name(counter) {
        return None;
    }
    let guard = format!("{counter} > 0");
    let header = context.enclosing_lines().find(|line| {
        line.strip_prefix("while")
            .is_some_and(|condition| condition.trim_start_matches([' ', '(']).starts_with(&guard))
    })?;
    let arithmetic = context
        .code_lines_above()
        .take(BRANCH_LINES)
        .take_while(|line| *line != header)
        .any(|line| line.contains(['%', '/']));
    if arithmetic {
        return None;
    }
    Some(Suggestion::construct("= 1", 0.85))
}

/// A guessing game's loop: `while guess != ` -> `secret:`, the number drawn by `random.randint` above.
fn guessed_secret(context: &Context<'_>, typed: &str) -> Option<Suggestion> {
    if context.profile.language != Language::Python {
        return None;
    }
    let guess = typed.strip_prefix("while ")?.strip_suffix(" != ")?;
    if !is_name(guess) {
        return None;
    }
    let secret = context
        .code_lines_above()
        .take(BRANCH_LINES)
        .find_map(|line| {
            let (name, value) = line.split_once(" = ")?;
            (is_name(name) && value.starts_with("random.randint(")).then_some(name)
        })?;
    Some(Suggestion::construct(format!("{secret}:"), 0.86))
}

/// Rock-paper-scissors' `computer = random.` -> `choice(choices)`: a pick from the one list of strings above.
fn random_choice(context: &Context<'_>, typed: &str) -> Option<Suggestion> {
    if context.profile.language != Language::Python {
        return None;
    }
    let target = typed.strip_suffix(" = random.")?;
    if !is_name(target) {
        return None;
    }
    let mut lists = context
        .code_lines_above()
        .take(BRANCH_LINES)
        .filter_map(|line| {
            let (name, value) = line.split_once(" = [")?;
            (is_name(name) && value.starts_with(['"', '\''])).then_some(name)
        });
    let list = lists.next()?;
    if lists.next().is_some() {
        return None;
    }
    Some(Suggestion::member(format!("choice({list})"), 0.9))
}

/// A withdrawal's check: `if amount > ` in `def withdraw(self, amount):` -> `self.balance:` (Java's `if (amount > `
/// -> `balance) {` for the field it declares, JavaScript's -> `this.balance) {`).
fn withdraw_check(context: &Context<'_>, typed: &str) -> Option<Suggestion> {
    let language = context.profile.language;
    let amount = match language {
        Language::Python => typed.strip_prefix("if ")?.strip_suffix(" > ")?,
        Language::Java | Language::JavaScript | Language::TypeScript => {
            typed.strip_prefix("if (")?.strip_suffix(" > ")?
        }
        _ => return None,
    };
    let function = enclosing_function(context)?;
    let [parameter] = function.parameters.as_slice() else {
        return None;
    };
    let code = context.code_before_line();
    if parameter.name != amount || !function.name.starts_with("withdraw") {
        return None;
    }
    let text = match language {
        Language::Python if code.contains("self.balance") => "self.balance:",
        Language::Java if code.contains(" balance;") || code.contains(" balance =") => "balance) {",
        Language::JavaScript | Language::TypeScript if code.contains("this.balance") => {
            "this.balance) {"
        }
        _ => return None,
    };
    Some(Suggestion::construct(text, 0.86))
}

/// `rand() % 6 + `, `Math.floor(Math.random() * 6) + `, `rand.nextInt(6) + ` -> `1`: a draw from 0 to n - 1
/// shifted by one is a die's face or a number from 1 to n, the only reason a draw is followed by `+`.
fn draw_from_one(context: &Context<'_>, typed: &str) -> Option<Suggestion> {
    let draw = typed.strip_suffix(" + ")?.trim_end();
    let drawn = match context.profile.language {
        Language::C | Language::Cpp => draw
            .rsplit_once("rand() % ")
            .is_some_and(|(_, bound)| is_bound(bound)),
        Language::JavaScript | Language::TypeScript => draw
            .strip_suffix(')')
            .and_then(|inner| inner.rsplit_once("Math.floor(Math.random() * "))
            .is_some_and(|(_, bound)| is_bound(bound)),
        Language::Java => draw
            .strip_suffix(')')
            .and_then(|inner| inner.rsplit_once(".nextInt("))
            .is_some_and(|(_, bound)| is_bound(bound)),
        _ => false,
    };
    // Inside a call (`roll(rand() % 6 + |)`) the statement does not end after the `1`.
    let open = typed.matches('(').count() > typed.matches(')').count();
    let end = if context.line_after.trim().is_empty() && !open {
        terminator(context)
    } else {
        ""
    };
    drawn.then(|| Suggestion::construct(format!("1{end}"), 0.85))
}

/// Whether `text` is a draw's bound from 0: a number or a name (`6`, `sides`, `MAX`). A range's width
/// (`max - min + 1`) is shifted by its start, not by one, and a collection's size (`words.length`, `count`) draws
/// an index, which starts at 0.
fn is_bound(text: &str) -> bool {
    let lowered = text.to_ascii_lowercase();
    !text.is_empty()
        && text.chars().all(is_identifier_char)
        && !["len", "size", "count"]
            .iter()
            .any(|word| lowered.contains(word))
}

/// `clock.tick(` on a `pygame.time.Clock()` -> the frame rate the file named (`FPS = 60` -> `FPS)`), else `60)`,
/// what nearly every pygame loop waits for.
fn frame_rate(context: &Context<'_>, typed: &str) -> Option<Suggestion> {
    if context.profile.language != Language::Python {
        return None;
    }
    let clock = typed.strip_suffix(".tick(")?.trim_start();
    let declared = super::statements::declaration_of(context, clock)?;
    if !declared.trim_start().starts_with("pygame.time.Clock(") {
        return None;
    }
    let named = context
        .code_lines_above()
        .take(BRANCH_LINES * 25)
        .find_map(|line| {
            let (name, value) = line.split_once(" = ")?;
            let constant =
                name.contains("FPS") && name.chars().all(|c| c.is_ascii_uppercase() || c == '_');
            (constant && value.trim().parse::<u32>().is_ok()).then_some(name)
        });
    let rate = named.unwrap_or("60");
    Some(Suggestion::construct(format!("{rate})"), 0.85))
}
