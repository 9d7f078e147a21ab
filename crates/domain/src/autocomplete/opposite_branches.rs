//! The message of a branch that answers the one before it: under `if guess < number:` a program prints `"Too
//! low"`, and under `elif guess > number:` the same call prints `"Too high"`; `" is even"` in the `if` is `" is
//! odd"` in its `else`, and `"is a leap year"` becomes `"is not a leap year"`. The printed line is the previous
//! branch's with the word of its string swapped for its opposite, in whichever output call the program uses
//! (`print(`, `console.log(`, `System.out.println(`, `fmt.Println(`, `println!(`, `printf(`, `std::cout << `).
//! The first branch of a guessing game has no message to answer: under `if guess < secret` it is `"Too low!"`.

use super::Suggestion;
use super::cursor::Context;
use super::lexer::is_identifier_char;

/// The calls (and C++'s stream) a beginner's program writes its messages with.
const OUTPUT_CALLS: &[&str] = &[
    "print(",
    "console.log(",
    "System.out.println(",
    "fmt.Println(",
    "println!(",
    "printf(",
    "puts(",
    "std::cout << ",
    "cout << ",
];

/// Words and their opposites in the messages of the two sides of a test, both ways.
const OPPOSITES: &[(&str, &str)] = &[
    ("low", "high"),
    ("lower", "higher"),
    ("even", "odd"),
    ("positive", "negative"),
    ("smaller", "larger"),
    ("less", "greater"),
    ("passed", "failed"),
    ("pass", "fail"),
    ("valid", "invalid"),
    ("won", "lost"),
    ("win", "lose"),
    ("adult", "minor"),
];

/// How many lines the previous branch's body is looked for in.
const BRANCH_LINES: usize = 4;

/// Appends the previous branch's message turned around, at an output call opened at the start of an `elif`,
/// `else if` or two-branch `else` body.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(call) = OUTPUT_CALLS.iter().find(|call| typed == **call) else {
        return;
    };
    let mut above = context.code_lines_above();
    let Some(header) = above.next().map(|line| line.trim_start_matches(['}', ' '])) else {
        return;
    };
    let alternative = header.starts_with("elif ") || header.starts_with("else if");
    let otherwise = header.starts_with("else") && !alternative;
    if !alternative && !otherwise {
        if let Some(hint) = guess_hint(header) {
            out.push(Suggestion::construct(
                message_call(context, call, hint),
                0.87,
            ));
        }
        return;
    }
    // The previous branch's own message, and the header that opened that branch.
    let mut message = None;
    let mut previous_header = None;
    for line in above.take(BRANCH_LINES) {
        let line = line.trim_start_matches(['}', ' ']);
        if line.starts_with("if ") || line.starts_with("if(") || line.starts_with("elif ") {
            previous_header = Some(line);
            break;
        }
        if line.starts_with("else") {
            previous_header = Some(line);
            break;
        }
        if message.is_none() {
            message = line.strip_prefix(call);
        }
    }
    let (Some(message), Some(previous_header)) = (message, previous_header) else {
        return;
    };
    // An `else` answers its `if` only when they are the only two branches.
    let opened_chain = previous_header.starts_with("if");
    if otherwise && !opened_chain {
        return;
    }
    let Some(turned) = turned_around(message, otherwise) else {
        return;
    };
    out.push(Suggestion::construct(turned, 0.86));
}

/// The hint a guessing game's first test gives: `if guess < secret` -> `Too low!`, `if guess > number` -> `Too
/// high!` (the sides either way round).
fn guess_hint(header: &str) -> Option<&'static str> {
    let condition = header
        .strip_prefix("if")?
        .trim()
        .trim_end_matches(['{', ':'])
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(')')
        .trim();
    let is_guess = |name: &str| name.to_ascii_lowercase().contains("guess");
    let is_secret = |name: &str| {
        matches!(
            name,
            "secret" | "secret_number" | "secretNumber" | "number" | "target" | "answer"
        )
    };
    for (operator, low) in [(" < ", true), (" > ", false)] {
        let Some((left, right)) = condition.split_once(operator) else {
            continue;
        };
        let (left, right) = (left.trim(), right.trim());
        let low = if is_guess(left) && is_secret(right) {
            low
        } else if is_secret(left) && is_guess(right) {
            !low
        } else {
            return None;
        };
        return Some(if low { "Too low!" } else { "Too high!" });
    }
    None
}

/// `message` written out with `call`, closed as that call is in the program's language.
fn message_call(context: &Context<'_>, call: &str, message: &str) -> String {
    match call {
        "printf(" => format!("\"{message}\\n\");"),
        "std::cout << " => format!("\"{message}\" << std::endl;"),
        "cout << " => format!("\"{message}\" << endl;"),
        _ => format!("\"{message}\"){}", super::idioms::terminator(context)),
    }
}

/// `message` with the first word of its string literals that has an opposite replaced by it (the case of its
/// first letter kept); in an `else`, failing that, `is a` -> `is not a` and `is ` -> `is not `.
fn turned_around(message: &str, otherwise: bool) -> Option<String> {
    let mut quote: Option<char> = None;
    let mut word_start: Option<usize> = None;
    let mut negation_at: Option<usize> = None;
    for (index, character) in message.char_indices().chain([(message.len(), ' ')]) {
        if let Some(open) = quote {
            if is_identifier_char(character) {
                word_start.get_or_insert(index);
                continue;
            }
            if let Some(start) = word_start.take() {
                let word = message.get(start..index)?;
                if let Some(opposite) = opposite_of(word) {
                    return Some(format!(
                        "{}{opposite}{}",
                        message.get(..start)?,
                        message.get(index..)?
                    ));
                }
                if word == "is" && negation_at.is_none() {
                    negation_at = Some(index);
                }
            }
            if character == open {
                quote = None;
            }
        } else if matches!(character, '"' | '\'' | '`') {
            quote = Some(character);
        }
    }
    let at = negation_at.filter(|_| otherwise)?;
    let rest = message.get(at..)?;
    // `is not` already, or a question (`is it`) has no simple opposite.
    if rest.starts_with(" not") || !rest.starts_with(' ') {
        return None;
    }
    Some(format!("{} not{rest}", message.get(..at)?))
}

/// The opposite of `word` in [`OPPOSITES`], in its case (`Low` -> `High`).
fn opposite_of(word: &str) -> Option<String> {
    let lower = word.to_ascii_lowercase();
    let opposite = OPPOSITES.iter().find_map(|(one, other)| {
        if lower == *one {
            Some(*other)
        } else if lower == *other {
            Some(*one)
        } else {
            None
        }
    })?;
    let capital = word.starts_with(|c: char| c.is_ascii_uppercase());
    let all_capitals = word.len() > 1 && word.chars().all(|c| c.is_ascii_uppercase());
    Some(if all_capitals {
        opposite.to_ascii_uppercase()
    } else if capital {
        let mut letters = opposite.chars();
        letters.next().map_or_else(String::new, |first| {
            first.to_ascii_uppercase().to_string() + letters.as_str()
        })
    } else {
        opposite.to_owned()
    })
}
