//! A predicate's last answer: once a function has returned one boolean from inside a loop or a test (`for item in
//! items: if item == x: return True`), the `return ` that follows the block is the other one (`return False`) —
//! `contains`, `is_prime`, `any` and `all` as every course writes them, in each language's spelling (`true;`, C's
//! `0;` after `return 1;`), and the search's hit before it (`if v == x: return ` -> `True` in `contains`).
//!
//! For the popup only ([`listed`]): both booleans after any `return ` of a function declared to return one (`bool`,
//! `boolean`, `-> bool`, a JSDoc `@returns {boolean}`, a Python docstring's `True`), the other of the one it last returned first.

use super::Suggestion;
use super::cursor::{Context, indentation};
use super::language::Language;
use super::statements::enclosing_function;

/// Appends the other boolean where a predicate falls through its block.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    prime_test_answer(context, out);
    search_hit_answer(context, out);
    predicate_opened(context, out);
    if !context.prefix.is_empty()
        || context.line_before.trim_start() != "return "
        || !context.line_after.trim().is_empty()
    {
        return;
    }
    let (truth, falsehood): (&[&str], &[&str]) = match context.profile.language {
        Language::Python => (&["True"], &["False"]),
        Language::C => (&["true", "1"], &["false", "0"]),
        Language::JavaScript
        | Language::TypeScript
        | Language::Java
        | Language::Go
        | Language::Rust
        | Language::Cpp => (&["true"], &["false"]),
        _ => return,
    };
    let Some(function) = enclosing_function(context) else {
        return;
    };
    // C's `1` and `0` are a predicate's only where the name says so (`is_sorted`, `contains`); elsewhere they are
    // as often a recursion's base case (`if (exp == 0) return 1;`).
    let named_predicate = ["is", "has", "can", "contains", "should"]
        .iter()
        .any(|start| function.name.to_ascii_lowercase().starts_with(start));
    let truth: &[&str] = if named_predicate { truth } else { &truth[..1] };
    let falsehood: &[&str] = if named_predicate {
        falsehood
    } else {
        &falsehood[..1]
    };
    let tokens = context.tokens_before();
    let Some(body_start) = tokens.get(function.body_start) else {
        return;
    };
    let cursor_indentation = indentation(context.line_before);
    // The body's lines above the cursor's (none when the body starts on the cursor's line).
    let Some(body) = context
        .code
        .get(context.line_start(body_start.start)..context.cursor - context.line_before.len())
    else {
        return;
    };
    let mut returned = None;
    let mut ended_with_semicolon = false;
    // Whether an answer was given inside a loop of the function (a search that found what it sought; a guard
    // before the loop may give the same answer): then the fall-through is its other answer; after lone tests too,
    // except where the language's habit is an expression (below).
    let mut loop_depth: Option<usize> = None;
    let mut answered_in_loop = false;
    for line in body.lines() {
        let statement = line.trim();
        let depth = indentation(line);
        if loop_depth.is_some_and(|loop_at| depth <= loop_at) && !statement.is_empty() {
            loop_depth = None;
        }
        let opens_loop = ["for ", "for(", "while ", "while("]
            .iter()
            .any(|keyword| statement.starts_with(keyword));
        if opens_loop && depth >= cursor_indentation && loop_depth.is_none() {
            loop_depth = Some(depth);
            continue;
        }
        let Some(value) = statement
            .strip_prefix("return")
            .filter(|rest| rest.is_empty() || rest.starts_with([' ', ';']))
        else {
            continue;
        };
        let value = value.trim().trim_end_matches(';').trim();
        let answer = if truth.contains(&value) {
            true
        } else if falsehood.contains(&value) {
            false
        } else {
            // A function that returns other values is no predicate.
            return;
        };
        // The answers given inside the block; one at the cursor's own level would end the function before it.
        if depth <= cursor_indentation || returned.is_some_and(|earlier| earlier != answer) {
            return;
        }
        answered_in_loop |= loop_depth.is_some();
        returned = Some(answer);
        // The answers' own style: `return true;` or `return true`.
        ended_with_semicolon = statement.ends_with(';');
    }
    let Some(answer) = returned else { return };
    let ending = if ended_with_semicolon { ";" } else { "" };
    // A bracket matcher's loop rejected what closed wrongly; what stayed open is rejected at the end: the answer is
    // whether its stack is empty.
    if !answer
        && answered_in_loop
        && let Some(empty) = stack_emptied(context.profile.language, body)
    {
        out.push(Suggestion::construct(format!("{empty}{ending}"), 0.88));
        return;
    }
    let other = if answer { falsehood[0] } else { truth[0] };
    // C's predicates answer as they began: `return 1;` is followed by `return 0;`.
    let other = match context.profile.language {
        Language::C if body.contains("return 1") || body.contains("return 0") => {
            if answer {
                "0"
            } else {
                "1"
            }
        }
        _ => other,
    };
    // After lone tests, Go's and Python's predicates end as often with an expression (`return a == b`, `return
    // any(...)`): listed there, not shown (Go on the corpus: 3 right for 7 wrong). The braces-and-semicolons
    // languages end with the other answer (`if (err) return true; ... return false;`, jemalloc's and V8's error
    // flags): right 32 times for one wrong on four seeds.
    let after_lone_tests_shown =
        !matches!(context.profile.language, Language::Go | Language::Python);
    let confidence = if answered_in_loop {
        0.88
    } else if after_lone_tests_shown {
        0.8
    } else {
        0.6
    };
    out.push(Suggestion::construct(
        format!("{other}{ending}"),
        confidence,
    ));
}

/// The test that a stack the body pushes onto and pops from is empty (`stack.length === 0`, `not stack`,
/// `stack.isEmpty()`), in the language's words.
fn stack_emptied(language: Language, body: &str) -> Option<String> {
    let (push, pop) = match language {
        Language::Python => (".append(", ".pop()"),
        Language::JavaScript
        | Language::TypeScript
        | Language::Java
        | Language::Rust
        | Language::Cpp => (".push(", ".pop()"),
        _ => return None,
    };
    let (before_push, _) = body.split_once(push)?;
    let start = super::lexer::trailing_identifier_start(before_push);
    let stack = before_push.get(start..)?;
    let named_for_stack =
        stack.to_ascii_lowercase().contains("stack") || matches!(stack, "st" | "stk");
    if !named_for_stack
        || !body.contains(&format!("{stack}{pop}")) && !body.contains(&format!("{stack}.top()"))
    {
        return None;
    }
    Some(match language {
        Language::Python => format!("not {stack}"),
        Language::JavaScript | Language::TypeScript => format!("{stack}.length === 0"),
        Language::Java => format!("{stack}.isEmpty()"),
        Language::Rust => format!("{stack}.is_empty()"),
        _ => format!("{stack}.empty()"),
    })
}

/// A search's hit: `return ` under `if v == x:` right inside the loop of `contains(lst, x)` (`has`, `includes`,
/// `exists`) -> `True` (`true`, `true;`): the test found what the predicate looks for.
fn search_hit_answer(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || context.line_before.trim_start() != "return " {
        return;
    }
    let (truth, semicolon) = match context.profile.language {
        Language::Python => ("True", false),
        Language::Go => ("true", false),
        Language::JavaScript | Language::TypeScript => {
            ("true", super::statements::uses_semicolons(context))
        }
        Language::Java | Language::Rust | Language::Cpp | Language::C => ("true", true),
        Language::Other => return,
    };
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let name = function.name.to_ascii_lowercase();
    let searching = ["contains", "has", "includes", "exists"]
        .iter()
        .any(|start| name.starts_with(start));
    if !searching {
        return;
    }
    let mut above = context.code_lines_above();
    let tested = above.next().is_some_and(|line| {
        line.starts_with("if")
            && (line.contains(" == ") || line.contains(" === ") || line.contains(".equals("))
    });
    let in_loop = above
        .next()
        .is_some_and(|line| line.starts_with("for ") || line.starts_with("for("));
    if tested && in_loop {
        let ending = if semicolon { ";" } else { "" };
        out.push(Suggestion::construct(format!("{truth}{ending}"), 0.85));
    }
}

/// A prime test's early answers: `if n < 2: return ` and `if n % i == 0: return ` -> `False` (`false;`, C's `0;`
/// unless the function returns `bool`), in a function named for primes. The course's other predicates are left to
/// the fall-through rule above, which needs an earlier answer.
fn prime_test_answer(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if !context.prefix.is_empty()
        || !typed.ends_with("return ")
        || !context.line_after.trim().is_empty()
    {
        return;
    }
    // The test guarding the return: on the same line (`if (n < 2) return `) or the header just above.
    let condition = match typed.strip_suffix("return ").map(str::trim) {
        Some("") => context.previous_code_line().map(str::trim),
        guarded => guarded,
    };
    let Some(condition) = condition.filter(|line| line.starts_with("if")) else {
        return;
    };
    let compact: String = condition.chars().filter(|c| !c.is_whitespace()).collect();
    let divisible = compact.contains('%') && (compact.contains("==0") || compact.contains("===0"));
    let too_small = ["<2", "<=1", "==1", "<1", "==0"]
        .iter()
        .any(|bound| compact.contains(bound));
    if !(divisible || too_small) {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    // `is_prime`, `isPrime`, `check_prime`, `prime`: a test of one number (`count_primes` answers with a count).
    let name = function.name.to_ascii_lowercase().replace('_', "");
    let tests_primality = (name.ends_with("prime") || name.ends_with("primenumber"))
        && (name.starts_with("is") || name.starts_with("check") || name == "prime");
    if !tests_primality {
        return;
    }
    let falsehood = match context.profile.language {
        Language::Python => "False",
        Language::C
            if !function
                .results
                .iter()
                .any(|result| result.contains("bool")) =>
        {
            "0"
        }
        Language::Other => return,
        _ => "false",
    };
    out.push(Suggestion::construct(
        format!("{falsehood}{}", super::idioms::terminator(context)),
        0.9,
    ));
}

/// The confidence of the first boolean listed at a `return` of a function that returns one (the second gets
/// [`SECOND_BOOLEAN`]): above the recent names and common words listed there (0.1 to 0.5), below every inline bar.
const FIRST_BOOLEAN: f64 = 0.6;
/// See [`FIRST_BOOLEAN`].
const SECOND_BOOLEAN: f64 = 0.55;

/// Appends both booleans, for the popup, after a `return ` in a function declared to return one: on the corpus's
/// return cuts (seeds 17 and 1) the answer was a boolean literal about half the time in such functions, and this
/// put it among the first three 27 more times in 2,470 returns (Go, Java, JavaScript, Rust).
pub(super) fn listed(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty()
        || context.member.is_some()
        || !context.line_before.ends_with("return ")
        || !context.line_after.trim().is_empty()
    {
        return;
    }
    let (truth, falsehood) = match context.profile.language {
        Language::Python => ("True", "False"),
        Language::Other => return,
        _ => ("true", "false"),
    };
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let declared_boolean = function
        .results
        .iter()
        .any(|result| matches!(result.trim(), "bool" | "boolean"))
        || documented_boolean(context, &function)
        || docstring_boolean(context, &function);
    if !declared_boolean {
        return;
    }
    // The last boolean the body returned: the answer the next `return` usually is not (a search's `true` inside
    // its loop, then `false`; a guard's `false`, then the test's `true`).
    let tokens = context.tokens_before();
    let last_returned = tokens
        .get(function.body_start..)
        .unwrap_or_default()
        .windows(2)
        .rev()
        .find(|pair| {
            context.text(&pair[0]) == "return"
                && matches!(context.text(&pair[1]), t if t == truth || t == falsehood)
        })
        .map(|pair| context.text(&pair[1]));
    let order = if last_returned == Some(falsehood) {
        [truth, falsehood]
    } else {
        [falsehood, truth]
    };
    let ending = super::idioms::terminator(context);
    out.push(Suggestion::construct(
        format!("{}{ending}", order[0]),
        FIRST_BOOLEAN,
    ));
    out.push(Suggestion::construct(
        format!("{}{ending}", order[1]),
        SECOND_BOOLEAN,
    ));
}

/// Whether a JavaScript function's JSDoc, right above its header, says it returns a boolean (`@returns
/// {boolean}`, `@return {Boolean}`).
fn documented_boolean(
    context: &Context<'_>,
    function: &super::statements::FunctionHeader<'_>,
) -> bool {
    if !matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript
    ) {
        return false;
    }
    let tokens = context.tokens_before();
    let Some(brace) = function
        .body_start
        .checked_sub(1)
        .and_then(|index| tokens.get(index))
    else {
        return false;
    };
    let before = context.code.get(..brace.start).unwrap_or("");
    let Some(comment_end) = before.rfind("*/") else {
        return false;
    };
    // Only the header between the comment and the body: no statement or block of its own.
    if before
        .get(comment_end + 2..)
        .is_none_or(|header| header.contains([';', '{', '}']) || header.matches('\n').count() > 6)
    {
        return false;
    }
    let comment = before
        .get(..comment_end)
        .and_then(|text| text.rfind("/*").and_then(|start| text.get(start..)))
        .unwrap_or("");
    ["@returns", "@return"].iter().any(|tag| {
        comment.split(tag).skip(1).any(|rest| {
            rest.trim_start()
                .strip_prefix('{')
                .is_some_and(|typed| typed.to_ascii_lowercase().starts_with("boolean}"))
        })
    })
}

/// Whether a Python function's docstring speaks of its boolean answer (`"""Return True if the path exists."""`).
fn docstring_boolean(
    context: &Context<'_>,
    function: &super::statements::FunctionHeader<'_>,
) -> bool {
    if context.profile.language != Language::Python {
        return false;
    }
    context
        .tokens_before()
        .get(function.body_start)
        .filter(|token| matches!(token.kind, super::lexer::TokenKind::Literal { .. }))
        .is_some_and(|docstring| {
            let text = context.text(docstring);
            // Its answer, not an argument's (`If strict is True, ...`).
            [
                "Return True",
                "Return False",
                "Returns True",
                "Returns False",
                "True if",
                "False if",
            ]
            .iter()
            .any(|phrase| text.contains(phrase))
        })
}

/// How sure `return ` is on a predicate's first line.
const PREDICATE_RETURN_CONFIDENCE: f64 = 0.8;

/// The first line of a predicate's body (`def is_alive(self):`, `boolean isEmpty() {`, `func (s *Stack) IsEmpty()
/// bool {`) -> `return `: a question about the object is answered in one expression. Rust's answer is its tail
/// expression, with no keyword to offer.
fn predicate_opened(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.on_blank_line_start() || context.profile.language == Language::Rust {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let name = function.name;
    let asks = ["is", "has", "can", "should"].iter().any(|verb| {
        name.strip_prefix(verb)
            .or_else(|| {
                let capitalized = format!("{}{}", verb[..1].to_ascii_uppercase(), &verb[1..]);
                name.strip_prefix(capitalized.as_str())
            })
            .is_some_and(|rest| {
                rest.starts_with('_') || rest.starts_with(|c: char| c.is_ascii_uppercase())
            })
    });
    let first_line = context
        .previous_code_line()
        .is_some_and(|line| line.contains(name) && line.trim_end().ends_with([':', '{']));
    if asks && first_line {
        out.push(Suggestion::of_kind(
            "return ",
            PREDICATE_RETURN_CONFIDENCE,
            "keyword",
        ));
    }
}
