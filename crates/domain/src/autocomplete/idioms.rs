//! Everyday idioms that read the same in every language, where a beginner's code and a textbook's agree on what
//! comes next:
//! - the recursive step of a one-parameter function (`return n * ` -> `factorial(n - 1)`, `return fib(n - 1) + `
//!   -> `fib(n - 2)`, `countdown(` -> `n - 1)` after a base case on `n`, `return n * factorial(` -> `n - 1)`);
//! - a parity test (`n % 2 ` -> `== 0`, `n % 2 === ` -> `0`);
//! - the next field of a record printed field by field (`printf("%d %d\n", p.x, ` -> `p.y);`, `write!(f, "{}
//!   ({})", self.name, ` -> `self.age)`), in the order the struct declares them;
//! - a total started at zero adding the element of the loop right around it (`total = 0`, `for n in nums:`, then
//!   `total += ` -> `n`; `for (int x : v) {` ... `sum += ` -> `x;`);
//! - the best so far taking the value that beat it (`if (arr[i] > max) {` then `max = ` -> `arr[i];`, or on one
//!   line: `if (arr[i] > max) max = `);
//! - a swap in one assignment (`a, b = b, ` -> `a`, `[x, y] = [y, ` -> `x];`);
//! - leaving an endless loop when what it reads is empty (`while True:` ... `if not line:` -> `break`);
//! - a value just computed and not used yet, as the argument being started (`name = input()` then
//!   `print("Hi " + ` or `greet(` -> `name`);
//! - the body of a counter's `increment`, `decrement` or `reset` method (`this.` -> `count++;`, `self.` ->
//!   `count += 1`, a blank first line -> `self.count += 1`);
//! - a stack's `push(x)` and `pop()` handing over to the list they wrap (`self.items.` -> `append(x)`, `pop()`);
//! - counting the loop's element in a map of counts, in Go and C++ (`counts[` -> `w]++`);
//! - filling a collection made empty (`items = []` then `items.` -> `append()`, `let mut v = Vec::new();` then
//!   `v.` -> `push()`);
//! - the tutorials' small algorithms: a binary search's midpoint (`(low + high) // ` -> `2`), a guessing game's
//!   other branches (`elif guess > ` -> `secret:`, then `el` -> `se:`), `max`'s `return a > b ? ` -> `a : b;`, a
//!   string reversed (`s[` -> `::-1]`, `.split('').reverse().` -> `join('')`), a linked node's empty links
//!   (`self.next = ` -> `None`, `self.left = `, a list's `self.head = `), a value named for its case (`upper = name.` ->
//!   `upper()`/`toUpperCase()`) or trimmed (`trimmed = name.` -> `strip()`/`trim()`).
//!
//! - the error the code defined for the case, thrown under a condition (`raise ` -> `InsufficientFundsError(`,
//!   `throw new ` -> the class a Java method `throws`);
//! - the body of a function named for an operation (`def add(a, b):` then a blank line -> `return a + b`), an
//!   adult's age (`age >= ` -> `18`), and a list changed in place shown next (`words.sort()` then `print(` ->
//!   `words)`).
//!
//! Each fires only on the shape it names, so that it stays quiet on the corpus and sure where it speaks.

use super::Suggestion;
use super::cursor::{Context, indentation};
use super::language::Language;
use super::lexer::{Token, TokenKind, is_plain_name};
use super::statements::{
    declaration_of, enclosing_function, locals, recursion_step, uses_semicolons,
};

/// Runs the idioms that apply at the cursor.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    fill_empty_collection(context, out);
    count_in_mapping(context, out);
    step_counter_field(context, out);
    count_loop_element(context, out);
    call_parent_constructor(context, out);
    // The method's name may be begun (`super.pai` in `paintComponent`): only its own name fits.
    overridden_method_of_parent(context, out);
    last_case_of_comparison(context, out);
    count_up(context, out);
    clock_read_again(context, out);
    if !context.prefix.is_empty() {
        return;
    }
    fresh_argument(context, out);
    first_command_line_argument(context, out);
    indexed_element_printed(context, out);
    ranged_element_printed(context, out);
    average_divisor(context, out);
    elapsed_since(context, out);
    elapsed_from_clock(context, out);
    value_under_its_key(context, out);
    split_on_shown_separator(context, out);
    recursive_step(context, out);
    fallback_returned(context, out);
    smaller_call(context, out);
    recursive_call_argument(context, out);
    accumulate_element(context, out);
    next_field_printed(context, out);
    parity_test(context, out);
    leave_endless_loop(context, out);
    start_swap(context, out);
    continue_swap(context, out);
    finish_swap(context, out);
    tuple_swap(context, out);
    content_type(context, out);
    case_conversion(context, out);
    midpoint_halves(context, out);
    random_in_range(context, out);
    end_of_linked_list(context, out);
    other_side_of_comparison(context, out);
    compared_with_other_number(context, out);
    larger_of_two(context, out);
    reduce_keeps_one(context, out);
    record_beaten(context, out);
    reversed_text(context, out);
    other_of_two(context, out);
    custom_error_thrown(context, out);
    counted_words(context, out);
    format_arguments(context, out);
    base_case(context, out);
    operation_body(context, out);
    result_after_loop(context, out);
    operation_continued(context, out);
    adult_age(context, out);
    changed_then_shown(context, out);
    toggled_flag(context, out);
}

/// `todo.done = !` -> `todo.done;` (`self.on = not ` -> `self.on`): a flag set to its own negation is toggled;
/// nothing else reads as the negation of something being assigned to it.
fn toggled_flag(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let negation = if context.profile.language == Language::Python {
        " = not "
    } else {
        " = !"
    };
    let Some(target) = typed.strip_suffix(negation) else {
        return;
    };
    let plain = !target.is_empty()
        && target
            .split('.')
            .all(|part| !part.is_empty() && part.chars().all(super::lexer::is_identifier_char));
    // `const done = !` declares a new name: it negates something else.
    let declares = target.contains(' ');
    if plain && !declares {
        out.push(Suggestion::construct(
            format!("{target}{}", terminator(context)),
            0.88,
        ));
    }
}

/// The blank first line of `def add(a, b):` (`function multiply(x, y) {`) -> `return a + b` (`return x * y;`): a
/// function named for an operation on its parameters is that operation, as its `return ` is.
fn operation_body(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.on_blank_line_start() {
        return;
    }
    let Some((value, confidence)) = super::statements::return_value(context) else {
        return;
    };
    // Only the sure case: the name's operation on its parameters, as the first statement.
    if confidence >= 0.95 {
        out.push(Suggestion::construct(
            format!("return {value}{}", terminator(context)),
            0.85,
        ));
    }
}

/// The blank line that ends a function's body right after its loop, when the loop built the answer (`for row in
/// rows: groups[...].append(row)` -> `return groups`; Rust's tail `counts`): the `return ` rule's accumulated
/// value, at its own confidence, offered before `return` is typed. Only where the function ends below the cursor
/// (or the text does), so a loop followed by more work is left alone.
fn result_after_loop(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let language = context.profile.language;
    if !context.on_blank_line_start()
        || !context.line_after.trim().is_empty()
        || matches!(language, Language::Go | Language::Other)
        || !super::statements::loop_just_ended(context)
    {
        return;
    }
    let body_level = if language == Language::Python {
        context.enclosing_lines().next().is_some_and(|header| {
            let header = header.trim_start();
            header.starts_with("def ") || header.starts_with("async def ")
        })
    } else {
        super::statements::at_body_level(context)
    };
    if !body_level {
        return;
    }
    let width = indentation(context.line_before);
    let next_line = context.next_code_line();
    if next_line.is_some_and(|line| indentation(line) >= width) {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    // `main` and a function named for showing its result (`print_total`, `report`) print it instead.
    let shows = ["main", "print", "show", "display", "report", "log"]
        .iter()
        .any(|verb| function.name.to_ascii_lowercase().starts_with(verb));
    if shows {
        return;
    }
    let Some((value, confidence)) = super::statements::return_value(context) else {
        return;
    };
    if confidence < 0.8 || !is_plain_name(&value) || !started_empty(context, &value) {
        return;
    }
    // The loop's own counter or bound (`while (p < n)`) is no answer.
    let in_loop_header = context
        .code_before_line()
        .lines()
        .rev()
        .find(|line| {
            let trimmed = line.trim_start();
            indentation(line) == width
                && (trimmed.starts_with("for") || trimmed.starts_with("while"))
        })
        .is_some_and(|header| {
            header
                .split(|c: char| !c.is_alphanumeric() && c != '_')
                .any(|word| word == value)
        });
    if in_loop_header {
        return;
    }
    // A typed language's function says whether it returns anything at all.
    let typed_language = matches!(
        language,
        Language::Rust | Language::Java | Language::C | Language::Cpp
    );
    let returns_nothing = function.results.is_empty()
        || function
            .results
            .iter()
            .any(|result| matches!(result.trim(), "void" | "()"));
    if typed_language && returns_nothing {
        return;
    }
    let text = if language == Language::Rust {
        value
    } else {
        format!("return {value}{}", terminator(context))
    };
    out.push(Suggestion::construct(text, confidence));
}

/// Whether `name` was declared empty or zero above (`total = 0`, `const counts = {};`, `List<String> out = new
/// ArrayList<>();`, `let mut counts = HashMap::new();`): a value the loop built, not one it only updated.
fn started_empty(context: &Context<'_>, name: &str) -> bool {
    const EMPTY: &[&str] = &[
        "0",
        "0.0",
        "0L",
        "[]",
        "{}",
        "\"\"",
        "''",
        "set()",
        "dict()",
        "list()",
        "Counter()",
        "new Map()",
        "new Set()",
        "Vec::new()",
        "HashMap::new()",
        "String::new()",
        "vec![]",
        "nullptr",
        "NULL",
    ];
    // A number started at zero is a count or a sum only when it is named like one (not `p`, `mult`, `start`).
    let named_like_result = super::statements::RESULT_NAMES.contains(&name);
    context.code_lines_above().take(60).any(|line| {
        let Some((target, value)) = line.trim().split_once(" = ") else {
            return false;
        };
        let declared = target.split_once(':').map_or(target, |(name, _)| name);
        let value = value.trim_end_matches(';').trim();
        let number = matches!(value, "0" | "0.0" | "0L");
        declared.split_whitespace().next_back() == Some(name)
            && (EMPTY.contains(&value) && (!number || named_like_result)
                || value.starts_with("defaultdict(")
                || value.starts_with("new ") && value.ends_with("<>()"))
    })
}

/// `return n ` in `isEven(n)` -> `% 2 == 0` (`return a ` in `add(a, b)` -> `+ b`): the operation the function's
/// name says, once its first operand is typed.
fn operation_continued(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let Some(partial) = context
        .line_before
        .trim_start()
        .strip_prefix("return ")
        .filter(|partial| !partial.trim().is_empty())
    else {
        return;
    };
    // An odd test is written `!= 0` as often as `== 1`: only the blank `return ` is sure of it.
    let Some(expression) =
        super::statements::named_operation(context).filter(|expression| !expression.contains("!="))
    else {
        return;
    };
    if let Some(rest) = expression
        .strip_prefix(partial)
        .filter(|rest| !rest.trim().is_empty())
    {
        out.push(Suggestion::construct(
            format!("{rest}{}", terminator(context)),
            0.88,
        ));
    }
}

/// `age >= ` -> `18` (`if age >= ` -> `18:`, `p.age >= ` -> `18)` in a callback): an age is compared with the age
/// of an adult. Not another object's (`self.age >= other.age`).
fn adult_age(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_end();
    let Some(operand) = typed.strip_suffix(">=").map(str::trim_end) else {
        return;
    };
    if !context.line_before.ends_with(' ') {
        return;
    }
    let word = operand
        .rsplit(|c: char| !is_identifier_char_or_dot(c))
        .next()
        .unwrap_or("");
    // `self.age >= other.age` compares two objects, not a person with adulthood.
    let of_object = ["self.", "this.", "other."]
        .iter()
        .any(|receiver| word.starts_with(receiver));
    let named_age = word == "age"
        || (word.ends_with(".age") && !of_object)
        || word.ends_with("_age")
        || (word.ends_with("Age") && !word.contains('.'));
    if !named_age {
        return;
    }
    let Some(closers) = super::closers::after_value(context) else {
        return;
    };
    out.push(Suggestion::construct(format!("18{closers}"), 0.8));
}

/// Whether `c` may be part of a dotted name (`user.age`).
fn is_identifier_char_or_dot(c: char) -> bool {
    super::lexer::is_identifier_char(c) || c == '.'
}

/// `print(` (`console.log(`) right after `words.sort()`: a list changed in place is shown next.
fn changed_then_shown(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if !matches!(typed, "print(" | "console.log(") {
        return;
    }
    let Some(changed) = context.previous_code_line().and_then(|line| {
        let line = line.trim().trim_end_matches(';');
        let (receiver, call) = line.split_once('.')?;
        let method = call.split('(').next()?;
        let in_place = matches!(
            method,
            "sort"
                | "reverse"
                | "append"
                | "push"
                | "extend"
                | "insert"
                | "remove"
                | "pop"
                | "shuffle"
        );
        (in_place && is_plain_name(receiver) && line.ends_with(')')).then_some(receiver)
    }) else {
        return;
    };
    // `random.shuffle(cards)` changes its argument, not the module.
    let changed = if changed == "random" {
        match context
            .previous_code_line()
            .and_then(|line| line.trim().strip_prefix("random.shuffle("))
            .and_then(|rest| rest.trim_end_matches(';').strip_suffix(')'))
            .filter(|argument| is_plain_name(argument))
        {
            Some(argument) => argument,
            None => return,
        }
    } else {
        changed
    };
    out.push(Suggestion::construct(
        format!("{changed}){}", terminator(context)),
        0.8,
    ));
}

/// The best so far takes the value that beat it: under `if (arr[i] > max) {`, `max = ` -> `arr[i];`; under `if
/// item > largest {`, `largest = ` -> `item;` (Python's `if x < lowest:` alike). The header compares the
/// assigned name with one other value, on either side, with `>` or `<`.
fn record_beaten(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    record_to_beat(context, out);
    if !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(assigned) = typed.strip_suffix(" = ") else {
        return;
    };
    // `if (arr[i] > max) max = `: a one-line body, its header on its own line.
    let (inline_header, record) = match assigned.rsplit_once(") ") {
        Some((header, record)) if typed.starts_with("if") => (Some(header), record),
        _ => (None, assigned),
    };
    if !is_plain_name(record) {
        return;
    }
    let Some(header) = inline_header.or_else(|| context.previous_code_line().map(str::trim)) else {
        return;
    };
    let Some(condition) = header
        .strip_prefix("if")
        .map(|rest| {
            rest.trim()
                .trim_end_matches(['{', ':'])
                .trim()
                .trim_start_matches('(')
                .trim_end_matches(')')
                .trim()
        })
        .filter(|condition| !condition.contains(['(', ')', '&', '|', '=']))
    else {
        return;
    };
    let Some((left, right)) = condition
        .split_once(" > ")
        .or_else(|| condition.split_once(" < "))
    else {
        return;
    };
    let value = if right == record {
        left
    } else if left == record {
        right
    } else {
        return;
    };
    let plain = value
        .chars()
        .all(|c| super::lexer::is_identifier_char(c) || matches!(c, '[' | ']' | '.'));
    // A number is a bound the value is kept within, or the start of `-n`: not a value that beat the record.
    let named = value.starts_with(|c: char| c.is_alphabetic() || c == '_');
    if plain && named {
        out.push(Suggestion::construct(
            format!("{value}{}", terminator(context)),
            0.86,
        ));
    }
}

/// Names of a best so far, lowercased: the record a loop's test compares a value with.
const RECORD_WORDS: &[&str] = &[
    "max", "min", "maximum", "minimum", "largest", "smallest", "biggest", "best", "highest",
    "lowest",
];

/// The test that a value beats the best so far, before its body is written: `if (n > max) ` -> `max = n;` on the
/// test's line, and the first line of its block (`if n > largest:` then `largest = n`, or `= n` once `largest ` is
/// typed). The record is the side named for one (`max`, `largest`, `best`) or started as the first element (`m :=
/// nums[0]`), the value the other, a plain name or element.
fn record_to_beat(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim();
    // The record's name typed first (`best `): the rest of its assignment.
    let record_typed = is_plain_name(typed) && context.line_before.ends_with(' ');
    let header = if typed.is_empty() || record_typed {
        match context.previous_code_line().map(str::trim) {
            Some(line) if line.ends_with(['{', ':']) => line,
            _ => return,
        }
    } else if typed.ends_with(')') && context.line_before.ends_with(' ') {
        typed
    } else {
        return;
    };
    let Some(condition) = header
        .strip_prefix("if ")
        .or_else(|| header.strip_prefix("if("))
        .map(|rest| {
            rest.trim()
                .trim_end_matches(['{', ':'])
                .trim()
                .strip_prefix('(')
                .and_then(|inner| inner.strip_suffix(')'))
                .unwrap_or(rest.trim().trim_end_matches(['{', ':']).trim())
        })
        .filter(|condition| !condition.contains(['(', ')', '&', '|', '=', '!']))
    else {
        return;
    };
    let Some((left, right)) = condition
        .split_once(" > ")
        .or_else(|| condition.split_once(" < "))
    else {
        return;
    };
    // A record is named for one, or starts as the first element (`m := nums[0]`, `int m = a[0];`).
    let first_element = |name: &str| {
        [" = ", " := "].iter().any(|assign| {
            context
                .code_before_line()
                .split(&format!("{name}{assign}"))
                .skip(1)
                .any(|value| {
                    value
                        .split(['\n', ';'])
                        .next()
                        .is_some_and(|value| value.trim_end().ends_with("[0]"))
                })
        })
    };
    let is_record = |name: &str| {
        is_plain_name(name)
            && (RECORD_WORDS.contains(&name.to_ascii_lowercase().as_str()) || first_element(name))
    };
    let (record, value) = match (is_record(left), is_record(right)) {
        (true, false) => (left, right),
        (false, true) => (right, left),
        _ => return,
    };
    if record_typed && typed != record {
        return;
    }
    let plain = value
        .chars()
        .all(|c| super::lexer::is_identifier_char(c) || matches!(c, '[' | ']' | '.'));
    let named = value.starts_with(|c: char| c.is_alphabetic() || c == '_');
    if plain && named {
        let lead = if record_typed {
            String::new()
        } else {
            format!("{record} ")
        };
        out.push(Suggestion::construct(
            format!("{lead}= {value}{}", terminator(context)),
            0.85,
        ));
    }
}

/// A word count, in a function named for counting words of its parameter `s`: Python's `return len(s.` ->
/// `split())` then `return len(s.split(` -> `))`, JavaScript's `s.split(' ').` -> `length;` (`s.trim().split(` -> `/\s+/).length;`), Java's `s.trim().split(`
/// -> `"\\s+").length;`, Go's `len(strings.Fields(` -> `s))`, Rust's `s.split_whitespace().` -> `count()`.
fn counted_words(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if !typed.ends_with(['(', '.']) {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let name = function.name.to_ascii_lowercase();
    if !name.contains("word") {
        return;
    }
    // `first_word(s: &str) -> Option<&str>` takes one word; only a count's name counts them.
    let counting = ["count", "num", "len", "total", "size"]
        .iter()
        .any(|word| name.contains(word));
    if !counting {
        if context.profile.language == Language::Rust
            && typed.ends_with(".split_whitespace().")
            && typed.matches('(').count() == 1
        {
            let taken = if name.contains("first") {
                "next()"
            } else if name.contains("last") {
                "last()"
            } else {
                return;
            };
            out.push(Suggestion::construct(taken, 0.88));
        }
        return;
    }
    // The first step, the text's words, whichever parameter holds the text.
    if context.profile.language == Language::Python
        && let Some(text) = typed
            .strip_prefix("return len(")
            .and_then(|rest| rest.strip_suffix('.'))
        && function
            .parameters
            .iter()
            .any(|parameter| parameter.name == text)
    {
        out.push(Suggestion::member("split())", 0.88));
        return;
    }
    let [parameter] = function.parameters.as_slice() else {
        return;
    };
    let text = parameter.name;
    let expression = typed.strip_prefix("return ").unwrap_or(typed);
    let end = terminator(context);
    let count = match context.profile.language {
        Language::Python if expression == format!("len({text}.split(") => "))".to_owned(),
        Language::JavaScript | Language::TypeScript
            if [
                format!("{text}.split(' ')."),
                format!("{text}.split(\" \")."),
            ]
            .iter()
            .any(|split| *split == expression) =>
        {
            format!("length{end}")
        }
        Language::JavaScript | Language::TypeScript
            if expression == format!("{text}.trim().split(") =>
        {
            format!("/\\s+/).length{end}")
        }
        Language::Java if expression == format!("{text}.trim().split(") => {
            "\"\\\\s+\").length;".to_owned()
        }
        Language::Go if expression == "len(strings.Fields(" => format!("{text}))"),
        Language::Rust if expression == format!("{text}.split_whitespace().") => {
            "count()".to_owned()
        }
        _ => return,
    };
    out.push(Suggestion::construct(count, 0.88));
}

/// `super().` in Python's `def speak(self):` of a subclass -> `speak()` (`super.` in Java and JavaScript, C++'s
/// `Animal::`): an overriding method calls the parent's version of itself, with its own arguments.
fn overridden_method_of_parent(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.member else {
        return;
    };
    let language = context.profile.language;
    let parent_call = match language {
        Language::Python => access.receiver == "super()" && access.separator == ".",
        Language::Java | Language::JavaScript | Language::TypeScript => {
            access.receiver == "super" && access.separator == "."
        }
        Language::Cpp => {
            access.separator == "::"
                && access.receiver.starts_with(char::is_uppercase)
                && context.code_lines_above().any(|line| {
                    line.starts_with("class ")
                        && line.contains(&format!(": public {}", access.receiver))
                })
        }
        _ => false,
    };
    if !parent_call {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let name = function.name;
    // Constructors call the parent's constructor, not a method of the same name.
    let constructor = matches!(name, "__init__" | "constructor")
        || (language == Language::Java && name.starts_with(char::is_uppercase));
    if name.is_empty() || constructor {
        return;
    }
    let arguments: Vec<&str> = function.parameter_names().collect();
    // A parameter read as its type (`char[] str` -> `char`) is no argument to pass on.
    let types = [
        "int", "char", "byte", "short", "long", "float", "double", "boolean", "bool", "String",
    ];
    if arguments.iter().any(|argument| types.contains(argument)) {
        return;
    }
    let statement = context
        .before_receiver(&access)
        .is_some_and(|before| before.trim().is_empty() || before.trim() == "return");
    let end = if statement { terminator(context) } else { "" };
    let text = format!("{name}({}){end}", arguments.join(", "));
    if let Some(rest) = text.strip_prefix(context.prefix) {
        out.push(Suggestion::member(rest, 0.87));
    }
}

/// `raise ` / `throw new ` under a condition -> the one error class the file defines (`class InsufficientFundsError(
/// Exception)`, `class ValidationError extends Error`), or in Java the exception the method declares it `throws`:
/// code that defines its own error throws it where the condition fails.
fn custom_error_thrown(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let language = context.profile.language;
    let typed = context.line_before.trim_start();
    let throws = match language {
        Language::Python => typed == "raise ",
        Language::JavaScript | Language::TypeScript | Language::Java => typed == "throw new ",
        _ => false,
    };
    // Java's `void withdraw(double amount) throws ` -> `InsufficientFundsException {`.
    let throws_clause = language == Language::Java && typed.ends_with(") throws ");
    if !throws && !throws_clause {
        return;
    }
    // Under a condition: the line above opens the `if` this statement belongs to.
    let conditional = throws_clause
        || context.previous_code_line().is_some_and(|line| {
            let line = line.trim();
            line.starts_with("if ")
                || line.starts_with("elif ")
                || line.starts_with("} else if ")
                || line.starts_with("if(")
        });
    if !conditional {
        return;
    }
    let declared = if language == Language::Java && !throws_clause {
        enclosing_function(context).and_then(|function| {
            let tokens = context.tokens_before();
            let header = tokens.get(..function.body_start).unwrap_or_default();
            let throws_at = header
                .iter()
                .rposition(|token| token.is_word(context.code, "throws"))?;
            let names: Vec<&str> = header
                .get(throws_at + 1..)
                .unwrap_or_default()
                .iter()
                .filter(|token| token.kind == TokenKind::Identifier)
                .map(|token| context.text(token))
                .collect();
            match names.as_slice() {
                [only] if *only != "Exception" && *only != "IOException" => Some(*only),
                _ => None,
            }
        })
    } else {
        None
    };
    let defined = declared.or_else(|| {
        let code = context.code_before_line();
        let classes: Vec<&str> = code
            .lines()
            .filter_map(|line| {
                let line = line.trim_start();
                let line = ["public ", "export ", "final "]
                    .iter()
                    .fold(line, |line, modifier| {
                        line.strip_prefix(modifier).unwrap_or(line)
                    });
                let header = line.strip_prefix("class ")?;
                let (name, parent) = if language == Language::Python {
                    let (name, rest) = header.split_once('(')?;
                    (name, rest.split_once(')')?.0)
                } else {
                    let (name, rest) = header.split_once(" extends ")?;
                    (name, rest.split([' ', '{']).next()?)
                };
                let error = parent.ends_with("Error") || parent.ends_with("Exception");
                (error && name.chars().all(super::lexer::is_identifier_char)).then_some(name.trim())
            })
            .collect();
        match classes.as_slice() {
            [only] => Some(*only),
            _ => None,
        }
    });
    match defined {
        Some(error) if throws_clause => {
            out.push(Suggestion::construct(format!("{error} {{"), 0.85))
        }
        Some(error) => out.push(Suggestion::construct(format!("{error}("), 0.87)),
        None => {}
    }
}

/// `max(a, b)` that returned `a` under an `if`: the last `return ` -> `b`. The larger (or smaller) of two is the
/// one the condition did not pick.
fn other_of_two(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "return " {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let name = function.name.to_ascii_lowercase();
    let picks_one = ["max", "min", "larger", "smaller", "bigger"]
        .iter()
        .any(|word| name.starts_with(word));
    let [first, second] = function.parameters.as_slice() else {
        return;
    };
    if !picks_one {
        return;
    }
    let body = context
        .tokens_before()
        .get(function.body_start..)
        .unwrap_or_default();
    let returned: Vec<&str> = body
        .windows(2)
        .filter(|pair| pair[0].is_word(context.code, "return"))
        .map(|pair| context.text(&pair[1]))
        .collect();
    let other = match returned.as_slice() {
        [only] if *only == first.name => second.name,
        [only] if *only == second.name => first.name,
        _ => return,
    };
    // Only under the condition that picked the other: one `if` in the body.
    let conditions = body
        .iter()
        .filter(|token| token.is_word(context.code, "if"))
        .count();
    if conditions == 1 {
        out.push(Suggestion::construct(
            format!("{other}{}", terminator(context)),
            0.85,
        ));
    }
}

/// A string reversed the way each language's tutorials do it: Python's `return s[` -> `::-1]` (in a function
/// named for reversing or palindromes, or compared with the string, `s == s[`), JavaScript's `.split('').reverse().`
/// -> `join('')`, Java's `new StringBuilder(s).reverse().` -> `toString();`, Rust's `s.chars().rev().` ->
/// `collect()` where a `String` is returned.
fn reversed_text(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let line = context.before_prefix();
    let typed = line.trim_start();
    compared_with_reversal(context, typed, out);
    palindrome_mismatch(context, typed, out);
    let function_reverses = || {
        enclosing_function(context).is_some_and(|function| {
            let name = function.name.to_ascii_lowercase();
            (name.contains("revers") && !name.contains("word")) || name.contains("palindrom")
        })
    };
    let closing = || open_parentheses(line).unwrap_or_default();
    match context.profile.language {
        Language::Python if context.prefix.is_empty() => {
            whole_reversal_in_python(context, typed, &function_reverses, out);
            let Some(text) = line.strip_suffix('[') else {
                return;
            };
            let name = text
                .rsplit(|c: char| !super::lexer::is_identifier_char(c))
                .next()
                .unwrap_or("");
            if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
                return;
            }
            let before = text.strip_suffix(name).unwrap_or("").trim();
            let compared = before.ends_with(&format!("{name} =="));
            let returned = before == "return" && function_reverses();
            // `rev = s[`: a variable named for the reversal it receives.
            let named = before.strip_suffix(" =").is_some_and(|target| {
                let target = target.trim().to_ascii_lowercase();
                is_plain_name(&target)
                    && (target == "rev"
                        || target.starts_with("rev_")
                        || target.starts_with("reversed")
                        || target.starts_with("backward"))
            });
            if compared || returned || named {
                out.push(Suggestion::construct("::-1]", 0.88));
            }
        }
        Language::JavaScript | Language::TypeScript => {
            // The quotes of the split, which the join repeats (`split("")` -> `join("")`).
            let empty = if typed.contains(".split(\"\")") {
                "\"\""
            } else {
                "''"
            };
            let split = format!(".split({empty}).");
            let reversed = format!(".split({empty}).reverse().");
            // The last case finishes the `join(` typed: its `(` is closed by the text itself.
            let (text, closes_typed_call) = if typed.ends_with(&reversed) {
                (format!("join({empty})"), false)
            } else if typed.ends_with(&split) && function_reverses() {
                (format!("reverse().join({empty})"), false)
            } else if typed.starts_with("return ")
                && context.dot_member().is_some_and(|access| {
                    parameter_reversed(context, access.receiver)
                        && typed == format!("return {}.", access.receiver)
                })
            {
                ("split('').reverse().join('')".to_owned(), false)
            } else if typed.ends_with(&format!("{reversed}join(")) && context.prefix.is_empty() {
                (format!("{empty})"), true)
            } else {
                return;
            };
            let after = if closes_typed_call {
                // The `(` just typed is closed by the text itself.
                let closing = closing();
                closing.get(1..).unwrap_or_default().to_owned()
            } else {
                closing()
            };
            let statement = typed.starts_with("return ")
                || typed.starts_with("const ")
                || typed.starts_with("let ");
            let end = if statement { terminator(context) } else { "" };
            let full = format!("{text}{after}{end}");
            if let Some(rest) = full.strip_prefix(context.prefix) {
                out.push(Suggestion::construct(rest, 0.88));
            }
        }
        Language::Java
            if typed.contains("new StringBuilder(") && typed.ends_with(").reverse().") =>
        {
            let full = format!("toString(){};", closing());
            if let Some(rest) = full.strip_prefix(context.prefix) {
                out.push(Suggestion::member(rest, 0.88));
            }
        }
        // `new StringBuilder(s).` is mostly there to reverse `s` where the function or the variable says so.
        Language::Java
            if typed.contains("new StringBuilder(")
                && typed.ends_with(").")
                && (function_reverses() || typed.starts_with("String reversed")) =>
        {
            let full = format!("reverse().toString(){};", closing());
            if let Some(rest) = full.strip_prefix(context.prefix) {
                out.push(Suggestion::member(rest, 0.88));
            }
        }
        Language::Rust
            if typed.ends_with('.')
                && !typed.ends_with(".rev().")
                && !typed.starts_with("let ")
                && function_reverses() =>
        {
            reversal_in_rust(context, typed, out);
        }
        Language::Rust if typed.ends_with(".chars().rev().") && !typed.starts_with("let ") => {
            let returns_string = enclosing_function(context).is_some_and(|function| {
                function
                    .results
                    .iter()
                    .any(|result| result.trim() == "String")
            });
            let tail = typed.starts_with("return ") || !typed.contains(' ');
            if returns_string
                && tail
                && let Some(rest) = "collect()".strip_prefix(context.prefix)
            {
                out.push(Suggestion::member(rest, 0.88));
            }
        }
        _ => {}
    }
}

/// `return s === ` -> `reversed;` (`s == ` -> `reversed` in Rust, `return s.equals(` -> `reversed);` in Java) right
/// after `reversed` was made from `s`: a palindrome test compares the string with its reversal. In a function
/// named for palindromes the whole comparison comes at `return ` (`s.equals(reversed);`, `s === reversed;`) or
/// as a Rust function's tail (`s == rev`), and JavaScript's `return cleaned === ` without a reversal above ->
/// `cleaned.split("").reverse().join("");`.
fn compared_with_reversal(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    let language = context.profile.language;
    let palindrome_test = || {
        enclosing_function(context)
            .is_some_and(|function| function.name.to_ascii_lowercase().contains("palindrom"))
    };
    let end = if typed.starts_with("return ") {
        terminator(context)
    } else {
        ""
    };
    let whole = typed == "return " || (typed.is_empty() && language == Language::Rust);
    if whole {
        let Some((original, reversal)) = context.code_lines_above().next().and_then(reversal_made)
        else {
            return;
        };
        if !palindrome_test() {
            return;
        }
        let comparison = match language {
            Language::Java => format!("{original}.equals({reversal})"),
            Language::JavaScript | Language::TypeScript => format!("{original} === {reversal}"),
            _ => format!("{original} == {reversal}"),
        };
        out.push(Suggestion::construct(format!("{comparison}{end}"), 0.86));
        return;
    }
    let expression = typed.strip_prefix("return ").unwrap_or(typed);
    let equals = expression.ends_with(".equals(");
    let Some(original) = expression
        .strip_suffix(" === ")
        .or_else(|| expression.strip_suffix(" == "))
        .or_else(|| expression.strip_suffix(".equals("))
        .filter(|name| !name.is_empty() && name.chars().all(super::lexer::is_identifier_char))
    else {
        return;
    };
    // The line above made the reversal of that very string: `const reversed = s.split('')...`, `let reversed:
    // String = s.chars().rev().collect();`, `String reversed = new StringBuilder(s)...`.
    let reversal = context
        .code_lines_above()
        .next()
        .and_then(reversal_made)
        .filter(|(made_from, _)| *made_from == original)
        .map(|(_, reversal)| reversal);
    let close = if equals { ")" } else { "" };
    if let Some(reversal) = reversal {
        out.push(Suggestion::construct(
            format!("{reversal}{close}{end}"),
            0.85,
        ));
    } else if matches!(language, Language::JavaScript | Language::TypeScript)
        && expression.ends_with(" === ")
        && palindrome_test()
    {
        let quote = super::javascript::string_quote(context);
        out.push(Suggestion::construct(
            format!("{original}.split({quote}{quote}).reverse().join({quote}{quote}){end}"),
            0.86,
        ));
    }
}

/// `return ` under `if s[i] != s[len - 1 - i]` in a palindrome test: one mismatch settles it (`false`, C's `0;`,
/// Python's `False`).
fn palindrome_mismatch(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    if typed != "return " || !context.prefix.is_empty() {
        return;
    }
    let Some(function) = enclosing_function(context)
        .filter(|function| function.name.to_ascii_lowercase().contains("palindrom"))
    else {
        return;
    };
    let Some(branch) = context.enclosing_lines().next() else {
        return;
    };
    let condition = branch.strip_prefix("if").unwrap_or("");
    if !condition.contains("!=") || condition.contains("&&") || condition.contains(" and ") {
        return;
    }
    let language = context.profile.language;
    let returns_int = function.results.iter().any(|result| result.trim() == "int")
        || context
            .enclosing_lines()
            .any(|line| line.starts_with(&format!("int {}(", function.name)));
    let value = match language {
        Language::Python => "False",
        Language::C | Language::Cpp if returns_int => "0",
        _ => "false",
    };
    out.push(Suggestion::construct(
        format!("{value}{}", terminator(context)),
        0.86,
    ));
}

/// The string a line reverses and the variable it stores the reversal in: `const reversed = s.split('')...`,
/// `let rev: String = s.chars().rev().collect();`, `String reversed = new StringBuilder(s).reverse()...`,
/// `reversed_s = s[::-1]` -> `("s", "reversed")`.
fn reversal_made(line: &str) -> Option<(&str, &str)> {
    let (declaration, value) = line.split_once(" = ")?;
    let name = declaration.split(':').next()?.rsplit(' ').next()?;
    let reverses =
        value.contains("reverse") || value.contains(".rev()") || value.contains("[::-1]");
    if !name.to_ascii_lowercase().starts_with("rev") || !reverses {
        return None;
    }
    let original = match value.split_once("StringBuilder(") {
        Some((_, rest)) => rest.split(')').next()?,
        None => value
            .split(|c: char| !super::lexer::is_identifier_char(c))
            .next()?,
    };
    (!original.is_empty() && original.chars().all(super::lexer::is_identifier_char))
        .then_some((original, name))
}

/// Whether `name` is the one parameter of a function named for reversing (`function reverseString(str)`).
fn parameter_reversed(context: &Context<'_>, name: &str) -> bool {
    enclosing_function(context).is_some_and(|function| {
        let function_name = function.name.to_ascii_lowercase();
        // Reversing the words of a sentence is another function (`split`, `reversed`, `join`).
        function_name.contains("revers")
            && !function_name.contains("word")
            && matches!(function.parameters.as_slice(), [only] if only.name == name)
    })
}

/// Python's whole reversal: `return ` -> `s[::-1]` as the body of `reverse(s)`, `return s == ` -> `s[::-1]` in
/// `is_palindrome(s)` (after `s = s.lower()` too): the slice every tutorial teaches.
fn whole_reversal_in_python(
    context: &Context<'_>,
    typed: &str,
    function_reverses: &dyn Fn() -> bool,
    out: &mut Vec<Suggestion>,
) {
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let [parameter] = function.parameters.as_slice() else {
        return;
    };
    let name = parameter.name;
    let compared = typed == format!("return {name} == ") || typed == format!("{name} == ");
    // Only as the whole body: after a base case the function recurses, after a loop it reversed a linked list.
    let first_statement = context.tokens_before().len() <= function.body_start + 1;
    let returned = typed == "return " && first_statement && parameter_reversed(context, name);
    if (compared && function_reverses()) || returned {
        out.push(Suggestion::construct(format!("{name}[::-1]"), 0.88));
    }
}

/// Rust's reversal of a `String` returned by a function named for it: `s.` -> `chars().rev().collect()`, `s.chars().`
/// -> `rev().collect()`, on the line that ends the function.
fn reversal_in_rust(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let returns_string = function
        .results
        .iter()
        .any(|result| result.trim() == "String");
    let [parameter] = function.parameters.as_slice() else {
        return;
    };
    let name = parameter.name;
    let expression = typed.strip_prefix("return ").unwrap_or(typed);
    let end = if typed.starts_with("return ") {
        ";"
    } else {
        ""
    };
    let text = if expression == format!("{name}.") {
        format!("chars().rev().collect(){end}")
    } else if expression == format!("{name}.chars().") {
        format!("rev().collect(){end}")
    } else {
        return;
    };
    if returns_string && let Some(rest) = text.strip_prefix(context.prefix) {
        out.push(Suggestion::member(rest, 0.88));
    }
}

/// The `)` that close what the line opened, for a value that ends it (`Math.floor((lo + hi) / ` -> `)`).
pub(super) fn open_parentheses(line: &str) -> Option<String> {
    let opened = line.matches('(').count();
    let closed = line.matches(')').count();
    (opened >= closed).then(|| ")".repeat(opened - closed))
}

/// A value named for its case, read from a string: `const upper = name.` -> `toUpperCase()`, `upper := strings.`
/// -> `ToUpper()`, `lower = text.` -> `lower()`, in the spelling of each language.
fn case_conversion(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let Some(before) = context.before_receiver(&access).map(str::trim) else {
        return;
    };
    let language = context.profile.language;
    let declaration = match language {
        Language::Go => before.strip_suffix(" :="),
        _ => before.strip_suffix(" ="),
    };
    // Only a text declared as one (`String upper`, `const upper`, `let upper`, `upper :=`): `char lowerChar =
    // Character.` or `lowerArray = Casing.` take other arguments and other members.
    let Some((declared_type, binding)) = declaration.map(|declaration| {
        declaration
            .rsplit_once(' ')
            .map_or(("", declaration), |(declared, binding)| {
                (declared.trim(), binding)
            })
    }) else {
        return;
    };
    let typed_as_text = matches!(
        declared_type,
        "" | "String" | "final String" | "const" | "let" | "var" | "let mut"
    );
    let binding = binding.to_ascii_lowercase();
    let upper = matches!(
        binding.as_str(),
        "upper" | "uppercase" | "upper_name" | "uppername" | "upper_text" | "uppertext"
    );
    let lower = matches!(
        binding.as_str(),
        "lower" | "lowercase" | "lower_name" | "lowername" | "lower_text" | "lowertext"
    );
    // A text named for its spaces cut off: `trimmed = name.` -> `strip()`, `trim()`, `TrimSpace()`.
    let trimmed = matches!(
        binding.as_str(),
        "trimmed" | "stripped" | "cleaned" | "trimmed_name" | "trimmedname"
    );
    // The receiver is a variable holding the text (`name`), or Go's `strings` package.
    let variable = access
        .receiver
        .starts_with(|c: char| c.is_ascii_lowercase())
        && access
            .receiver
            .chars()
            .all(super::lexer::is_identifier_char);
    let named = [upper, lower, trimmed]
        .iter()
        .filter(|named| **named)
        .count()
        == 1;
    if !named || access.separator != "." || !typed_as_text || !variable {
        return;
    }
    let go_strings = language == Language::Go && access.receiver == "strings";
    if language == Language::Go && !go_strings {
        return;
    }
    let member = if trimmed {
        match language {
            Language::Python => "strip()".to_owned(),
            Language::JavaScript | Language::TypeScript | Language::Java => {
                format!("trim(){}", terminator(context))
            }
            Language::Rust => "trim();".to_owned(),
            Language::Go => "TrimSpace()".to_owned(),
            _ => return,
        }
    } else {
        match (language, upper) {
            (Language::Python, true) => "upper()".to_owned(),
            (Language::Python, false) => "lower()".to_owned(),
            (Language::JavaScript | Language::TypeScript | Language::Java, true) => {
                format!("toUpperCase(){}", terminator(context))
            }
            (Language::JavaScript | Language::TypeScript | Language::Java, false) => {
                format!("toLowerCase(){}", terminator(context))
            }
            (Language::Rust, true) => "to_uppercase();".to_owned(),
            (Language::Rust, false) => "to_lowercase();".to_owned(),
            (Language::Go, true) => "ToUpper()".to_owned(),
            (Language::Go, false) => "ToLower()".to_owned(),
            _ => return,
        }
    };
    if let Some(rest) = member.strip_prefix(context.prefix) {
        out.push(Suggestion::member(rest, 0.88));
    }
}

/// The middle of a binary search: `mid = (low + high) // ` -> `2`, `Math.floor((lo + hi) / ` -> `2);`,
/// `low + (high - low) / ` -> `2;`.
fn midpoint_halves(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let line = context.line_before;
    let halving = if context.profile.language == Language::Python {
        line.strip_suffix(") // ")
    } else {
        line.strip_suffix(") / ")
    };
    let Some(sum) = halving
        .and_then(|rest| rest.rsplit_once('('))
        .map(|(_, sum)| sum)
    else {
        return;
    };
    let bounds = [
        ("low", "high"),
        ("lo", "hi"),
        ("left", "right"),
        ("start", "end"),
        ("l", "r"),
    ];
    let halves = bounds
        .iter()
        .any(|(low, high)| sum == format!("{low} + {high}") || sum == format!("{high} - {low}"));
    if !halves || !line.trim_start().contains("mid") {
        return;
    }
    let Some(closing) = open_parentheses(line) else {
        return;
    };
    out.push(Suggestion::construct(
        format!("2{closing}{}", terminator(context)),
        0.88,
    ));
}

/// A random integer in a range, as every quick start writes it: `Math.floor(Math.random() * (max - min + 1)) + `
/// -> `min;`, `rand.Intn(hi-lo+1) + ` -> `lo`, `rand() % (max - min + 1) + ` -> `min;`. The span counts the values
/// from the low bound, so the low bound is what shifts it back; only on a line that draws a random number.
fn random_in_range(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let line = context.line_before;
    let Some(drawn) = line.strip_suffix("+ ") else {
        return;
    };
    if !drawn.to_ascii_lowercase().contains("rand") {
        return;
    }
    let span = drawn.trim_end().trim_end_matches(')');
    let Some(low) = span
        .strip_suffix("+ 1")
        .or_else(|| span.strip_suffix("+1"))
        .map(str::trim_end)
        .and_then(|rest| rest.rsplit_once('-'))
        .map(|(high, low)| (high.trim_end(), low.trim()))
        .filter(|(high, _)| high.ends_with(super::lexer::is_identifier_char))
        .map(|(_, low)| low)
    else {
        return;
    };
    if !is_plain_name(low) {
        return;
    }
    let Some(closing) = open_parentheses(line) else {
        return;
    };
    out.push(Suggestion::construct(
        format!("{low}{closing}{}", terminator(context)),
        0.88,
    ));
}

/// The links of a linked node, empty when it is made: `self.next = ` -> `None`, `this.next = ` -> `null;`, a tree
/// node's `self.left = ` and `self.right = `, and a list's `self.head = ` in a constructor that is not given one.
fn end_of_linked_list(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let language = context.profile.language;
    let field = typed
        .strip_prefix("self.")
        .or_else(|| typed.strip_prefix("this."))
        .or_else(|| typed.strip_prefix("this->"))
        .unwrap_or(typed)
        .trim_end_matches(" = ");
    let receiver_fits = match language {
        Language::Python => typed.starts_with("self."),
        Language::JavaScript | Language::TypeScript | Language::Java => typed.starts_with("this."),
        Language::Cpp => true,
        _ => false,
    };
    let empty = match language {
        Language::Python => "None",
        Language::Cpp => "nullptr",
        _ => "null",
    };
    // A node's links, and a list's first node: nothing yet when it is made.
    if !receiver_fits
        || !typed.ends_with(" = ")
        || !matches!(field, "next" | "left" | "right" | "head")
    {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    // A link the constructor is given is stored by the parameters' rule.
    let given = function
        .parameters
        .iter()
        .any(|parameter| parameter.name == field);
    let in_constructor = !given
        && (field == "next" && matches!(function.name, "__init__" | "constructor" | "Node")
            || field != "next" && matches!(function.name, "__init__" | "constructor"));
    if in_constructor {
        out.push(Suggestion::construct(
            format!("{empty}{}", terminator(context)),
            0.85,
        ));
    }
}

/// The other branch of a comparison: `if guess < secret:` then `elif guess > ` -> `secret:` (and `} else if
/// Python's `el` under `if guess < secret:` ... `elif guess > secret:` -> `se:`: the two comparisons of the same
/// operands leave one case, equality, which needs no test. (JavaScript and Java already read `el` as `else `.)
fn last_case_of_comparison(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Python
        || context.line_before.trim_start() != "el"
        || !context.at_line_end()
    {
        return;
    }
    let depth = indentation(context.line_before);
    let before_line = context.code_before_line();
    let mut branches = before_line
        .lines()
        .rev()
        .take(40)
        .filter(|line| !line.trim().is_empty() && indentation(line) == depth)
        .map(str::trim);
    fn comparison(condition: &str) -> Option<(&str, &'static str, &str)> {
        let condition = condition.strip_suffix(':')?.trim();
        ["==", "<", ">"].into_iter().find_map(|operator| {
            let (left, right) = condition.split_once(&format!(" {operator} "))?;
            let plain =
                |side: &str| !side.is_empty() && side.chars().all(super::lexer::is_identifier_char);
            (plain(left) && plain(right)).then_some((left, operator, right))
        })
    }
    let (Some(second), Some(first)) = (
        branches
            .next()
            .and_then(|line| line.strip_prefix("elif "))
            .and_then(comparison),
        branches
            .next()
            .and_then(|line| line.strip_prefix("if "))
            .and_then(comparison),
    ) else {
        return;
    };
    if first.0 == second.0 && first.2 == second.2 && first.1 != second.1 {
        out.push(Suggestion::construct("se:".to_owned(), 0.9));
    }
}

/// (guess > ` -> `secret) {`), as in guessing a number.
fn other_side_of_comparison(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let python = context.profile.language == Language::Python;
    let go = context.profile.language == Language::Go;
    let branch = if python {
        typed.strip_prefix("elif ")
    } else if go {
        typed.strip_prefix("} else if ")
    } else {
        typed.strip_prefix("} else if (")
    };
    let Some((subject, operator)) = branch
        .and_then(|rest| rest.strip_suffix(' '))
        .and_then(|rest| rest.rsplit_once(' '))
    else {
        return;
    };
    let mirrored = match operator {
        ">" => "<",
        "<" => ">",
        _ => return,
    };
    if !subject.chars().all(super::lexer::is_identifier_char) || subject.is_empty() {
        return;
    }
    // The `if` of this chain: the nearest line above at the same indentation (past the `}` closing its block).
    let depth = indentation(context.line_before);
    let before_line = context.code_before_line();
    let Some(condition) = before_line
        .lines()
        .rev()
        .filter(|line| !line.trim().is_empty() && indentation(line) <= depth)
        .map(str::trim)
        .find(|line| *line != "}")
        .and_then(|line| line.strip_prefix("if "))
    else {
        return;
    };
    let condition = condition
        .trim_end_matches(['{', ':'])
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(')')
        .trim();
    let Some(other) = condition
        .strip_prefix(subject)
        .and_then(|rest| rest.trim_start().strip_prefix(mirrored))
        .map(str::trim)
        .filter(|other| !other.is_empty() && other.chars().all(super::lexer::is_identifier_char))
    else {
        return;
    };
    let ending = if python {
        ":"
    } else if go {
        " {"
    } else {
        ") {"
    };
    out.push(Suggestion::construct(format!("{other}{ending}"), 0.85));
}

/// How many lines above are read for the numbers a condition compares.
const COMPARED_LINES: usize = 10;

/// `if x > ` -> `y:` under `x = 5` and `y = 10`, `while (count < ` -> `max) {` under `let count = 0;` and
/// `const max = 10;`, `while lo < ` -> `hi:` under `lo, hi = 0, len(a) - 1`: a condition on a number the lines
/// above set compares it with the one other number they set. Declined where the left side is not one of them,
/// and where two or more others are; the other branch of a chain is `other_side_of_comparison`'s.
fn compared_with_other_number(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let language = context.profile.language;
    let Some(body) = context.line_before.trim_start().strip_suffix(' ') else {
        return;
    };
    let heads: &[&str] = match language {
        Language::Python => &["if ", "while "],
        Language::Go => &["if ", "for "],
        Language::Rust => &["if ", "while "],
        _ => &["if (", "while ("],
    };
    let Some(condition) = heads.iter().find_map(|head| body.strip_prefix(head)) else {
        return;
    };
    let Some((subject, operator)) = condition.rsplit_once(' ') else {
        return;
    };
    if !matches!(
        operator,
        "<" | ">" | "<=" | ">=" | "==" | "!=" | "===" | "!=="
    ) || !is_plain_name(subject)
    {
        return;
    }
    let mut numbers: Vec<&str> = Vec::new();
    for line in context.code_lines_above().take(COMPARED_LINES) {
        if opens_function(line) {
            break;
        }
        for name in numbers_set(line, language) {
            if !numbers.contains(&name) {
                numbers.push(name);
            }
        }
    }
    if !numbers.contains(&subject) {
        return;
    }
    let others: Vec<&str> = numbers
        .into_iter()
        .filter(|name| *name != subject)
        .collect();
    let [other] = others.as_slice() else {
        return;
    };
    let ending = match language {
        Language::Python => ":",
        Language::Go | Language::Rust => " {",
        _ => ") {",
    };
    out.push(Suggestion::construct(format!("{other}{ending}"), 0.8));
}

/// Whether `line` (trimmed) opens a function: the lines above it belong to another scope.
fn opens_function(line: &str) -> bool {
    const KEYWORDS: &[&str] = &[
        "def ",
        "async def ",
        "fn ",
        "pub fn ",
        "func ",
        "function ",
        "async function ",
    ];
    if KEYWORDS.iter().any(|keyword| line.starts_with(keyword)) {
        return true;
    }
    // `int main(void) {`, `public static void main(String[] args) {`: a signature, not a block of the body.
    let control = [
        "if", "for", "while", "switch", "else", "} else", "catch", "} catch", "do", "try",
    ]
    .iter()
    .any(|keyword| line.starts_with(keyword));
    line.ends_with('{') && line.contains('(') && !line.contains('=') && !control
}

/// The names `line` (trimmed) sets to a number: `x = 5`, `n = int(input())`, `lo, hi = 0, len(a) - 1`,
/// `let count = 0;`, `int a = 3, b;`, `var total int`, `i := len(s) - 1`, `let mut n: u32 = 10;`.
fn numbers_set(line: &str, language: Language) -> Vec<&str> {
    const NUMBER_TYPES: &[&str] = &[
        "int ",
        "long ",
        "short ",
        "double ",
        "float ",
        "unsigned ",
        "size_t ",
        "final int ",
        "final double ",
        "long long ",
        "unsigned int ",
    ];
    let line = line.trim_end_matches(';').trim_end();
    let typed_declaration = matches!(language, Language::C | Language::Cpp | Language::Java)
        && NUMBER_TYPES.iter().any(|kind| line.starts_with(kind));
    if typed_declaration {
        let declared = line.split_once(' ').map_or("", |(_, rest)| rest);
        // `int a = 3, b = f(1, 2);` splits badly at the call's comma: only the names before each `=` or alone.
        return declared
            .split(',')
            .filter_map(|part| {
                let name = part.split('=').next()?.trim();
                is_plain_name(name).then_some(name)
            })
            .collect();
    }
    let line = ["let mut ", "let ", "const ", "var "]
        .iter()
        .find_map(|keyword| line.strip_prefix(keyword))
        .unwrap_or(line);
    // Go's `var total int` and `var total float64` declare a number without a value.
    if language == Language::Go
        && let Some((name, kind)) = line.split_once(' ')
        && is_plain_name(name)
        && matches!(kind, "int" | "int64" | "float64" | "uint" | "int32")
    {
        return vec![name];
    }
    let Some((targets, values)) = line.split_once(" := ").or_else(|| line.split_once(" = ")) else {
        return Vec::new();
    };
    // A Rust or TypeScript annotation: `n: u32`, `count: number`.
    let targets = targets.split_once(':').map_or(targets, |(name, _)| name);
    let targets: Vec<&str> = targets.split(',').map(str::trim).collect();
    let values: Vec<&str> = values.split(',').map(str::trim).collect();
    if targets.len() != values.len() && targets.len() != 1 {
        return Vec::new();
    }
    let values = if targets.len() == 1 {
        vec![values.first().copied().unwrap_or("")]
    } else {
        values
    };
    targets
        .into_iter()
        .zip(values)
        .filter(|(name, value)| is_plain_name(name) && is_number_value(value))
        .map(|(name, _)| name)
        .collect()
}

/// Whether `value` reads as a number: a literal, a count, a parse or read of one, a draw of a random one.
fn is_number_value(value: &str) -> bool {
    const CALLS: &[&str] = &[
        "int(",
        "float(",
        "len(",
        "random.randint(",
        "randint(",
        "parseInt(",
        "parseFloat(",
        "Number(",
        "Math.floor(",
        "Math.round(",
        "rand.Intn(",
        "Integer.parseInt(",
        "abs(",
        "round(",
        "Double.parseDouble(",
    ];
    const ENDINGS: &[&str] = &[
        ".length",
        ".len()",
        ".size()",
        ".nextInt()",
        ".nextDouble()",
        ".count()",
    ];
    let literal = value.strip_prefix('-').unwrap_or(value);
    let first = literal.split(' ').next().unwrap_or("");
    let numeral = !first.is_empty()
        && first.starts_with(|c: char| c.is_ascii_digit())
        && first
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_');
    numeral
        || CALLS.iter().any(|call| value.starts_with(call))
        || ENDINGS
            .iter()
            .any(|ending| value.split(' ').next().unwrap_or("").ends_with(ending))
}

/// `return a > b ? ` -> `a : b;` in a function named for the larger of two (`max`, `maxOf`, `larger`), and the
/// same for the smaller with `<`.
fn larger_of_two(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if matches!(
        context.profile.language,
        Language::Python | Language::Go | Language::Rust
    ) {
        return;
    }
    let Some(comparison) = context
        .line_before
        .trim_start()
        .strip_prefix("return ")
        .and_then(|rest| rest.strip_suffix(" ? "))
    else {
        return;
    };
    let Some((left, operator, right)) = ["<=", ">=", "<", ">"].iter().find_map(|operator| {
        let (left, right) = comparison.split_once(&format!(" {operator} "))?;
        Some((left.trim(), *operator, right.trim()))
    }) else {
        return;
    };
    let plain = |name: &str| !name.is_empty() && name.chars().all(super::lexer::is_identifier_char);
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let name = function.name.to_ascii_lowercase();
    let larger =
        name.starts_with("max") || name.starts_with("larger") || name.starts_with("bigger");
    let smaller = name.starts_with("min") || name.starts_with("smaller");
    let keeps_left =
        (larger && operator.starts_with('>')) || (smaller && operator.starts_with('<'));
    if keeps_left && plain(left) && plain(right) {
        out.push(Suggestion::construct(
            format!("{left} : {right}{}", terminator(context)),
            0.88,
        ));
    }
}

/// `words.reduce((a, b) => (a.length > b.length ? ` -> `a : b));`: a reduction comparing its two parameters (or
/// the same property of both) keeps the one that wins, the accumulator when the test is on it.
fn reduce_keeps_one(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript
    ) || !context.prefix.is_empty()
    {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(test) = typed.strip_suffix(" ? ") else {
        return;
    };
    let Some((call, rest)) = test.rsplit_once(".reduce((") else {
        return;
    };
    let Some((parameters, body)) = rest.split_once(") => ") else {
        return;
    };
    let Some((accumulator, item)) = parameters.split_once(", ") else {
        return;
    };
    let plain = |name: &str| !name.is_empty() && name.chars().all(super::lexer::is_identifier_char);
    if call.is_empty() || !plain(accumulator) || !plain(item) {
        return;
    }
    let comparison = body.trim_start_matches('(');
    let Some((left, right)) = ["<=", ">=", "<", ">"]
        .iter()
        .find_map(|operator| comparison.split_once(&format!(" {operator} ")))
    else {
        return;
    };
    // `a.length` and `b.length`: the same property of each, or the two themselves.
    let root = |side: &str| {
        let (name, property) = side.split_once('.').unwrap_or((side, ""));
        (name.to_owned(), property.to_owned())
    };
    let ((first, first_property), (second, second_property)) = (root(left), root(right));
    if first_property != second_property {
        return;
    }
    let kept = if first == accumulator && second == item {
        format!("{accumulator} : {item}")
    } else if first == item && second == accumulator {
        format!("{item} : {accumulator}")
    } else {
        return;
    };
    let closers = open_parentheses(typed).unwrap_or_default();
    out.push(Suggestion::construct(
        format!("{kept}{closers}{}", terminator(context)),
        0.86,
    ));
}

/// `int(sys.argv[` -> `1])`: the program's first argument, then what the line left open. The index counts past
/// the program's own name where the array holds it (`argv[1]` in C, `os.Args[1]` in Go, Rust's collected
/// `env::args()`), not in Java's `args[0]`; a statement ends there (`let name = &args[` -> `1];`).
fn first_command_line_argument(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let language = context.profile.language;
    let before = context.line_before;
    let index = match language {
        Language::Python if before.ends_with("sys.argv[") => "1",
        Language::C | Language::Cpp if before.ends_with("argv[") && !before.ends_with("_argv[") => {
            "1"
        }
        Language::Go if before.ends_with("os.Args[") => "1",
        Language::Java | Language::Rust
            if before.ends_with("args[") && !before.ends_with("_args[") =>
        {
            // Rust's `args` collected from `env::args()`; Java's is `main`'s parameter.
            let collected = context.code_before_line().contains("env::args()");
            let main = context.code_before_line().contains("main(String[] args)")
                || context.code_before_line().contains("main(String args[])");
            match language {
                Language::Rust if collected => "1",
                Language::Java if main => "0",
                _ => return,
            }
        }
        _ => return,
    };
    // In the program's `main` only, and outside a loop, whose index is the loop's (`argv[i]`).
    if language != Language::Python && !context.code_before_line().contains("main(") {
        return;
    }
    if language != Language::Python
        && context
            .enclosing_lines()
            .any(|line| line.starts_with("for") || line.starts_with("while"))
    {
        return;
    }
    let opened = before.len() - before.trim_start().len();
    let statement = before.get(opened..).unwrap_or("");
    let statement = statement.rsplit_once('[').map_or("", |(head, _)| head);
    // Only calls left open around it (`int(`, `open(`), no string or other bracket to reason about.
    if statement.contains(['"', '\'', '[', ']', '{', '}']) {
        return;
    }
    let Some(unclosed) = statement
        .matches('(')
        .count()
        .checked_sub(statement.matches(')').count())
    else {
        return;
    };
    // A C call's other arguments follow the file's name (`fopen(argv[1], "r")`): the index alone there.
    let closers = if language == Language::Python {
        ")".repeat(unclosed)
    } else {
        String::new()
    };
    let end = if unclosed == 0 && language != Language::Python && statement.contains('=') {
        terminator(context)
    } else {
        ""
    };
    out.push(Suggestion::construct(
        format!("{index}]{closers}{end}"),
        0.85,
    ));
}

/// `print(` as the first line of `for i in range(len(nums)):` -> `nums[i])`: a loop that counts over a collection's
/// indices prints its elements (`console.log(arr[i]);`, `System.out.println(list.get(i));`, Go's
/// `fmt.Println(nums[i])`, C++'s `std::cout << v[i] << " ";`).
fn indexed_element_printed(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let language = context.profile.language;
    let typed = context.line_before.trim_start();
    let call = match language {
        Language::Python => "print(",
        Language::JavaScript | Language::TypeScript => "console.log(",
        Language::Java => "System.out.println(",
        Language::Go => "fmt.Println(",
        Language::Cpp if typed == "cout << " => "cout << ",
        Language::Cpp => "std::cout << ",
        _ => return,
    };
    if typed != call {
        return;
    }
    let Some(header) = context.previous_code_line().map(str::trim) else {
        return;
    };
    // The index and the collection whose size bounds it.
    let (index, bound) = if language == Language::Python {
        let Some((index, rest)) = header
            .strip_prefix("for ")
            .and_then(|rest| rest.split_once(" in range(len("))
        else {
            return;
        };
        let Some(collection) = rest.strip_suffix(")):") else {
            return;
        };
        (index, collection.to_owned())
    } else {
        let Some((index, condition)) = header
            .strip_prefix("for ")
            .map(|rest| rest.trim_start_matches('('))
            .and_then(|rest| rest.split_once(';'))
            .and_then(|(init, rest)| {
                let index = init
                    .split([':', '='])
                    .next()?
                    .split_whitespace()
                    .next_back()?;
                Some((index, rest.split(';').next()?.trim()))
            })
        else {
            return;
        };
        let Some(size) = condition.strip_prefix(&format!("{index} < ")) else {
            return;
        };
        let collection = size
            .strip_suffix(".length")
            .or_else(|| size.strip_suffix(".size()"))
            .or_else(|| {
                size.strip_prefix("len(")
                    .and_then(|rest| rest.strip_suffix(')'))
            })
            .map(str::to_owned);
        let Some(collection) = collection.filter(|_| {
            !size.ends_with(".size()") || matches!(language, Language::Java | Language::Cpp)
        }) else {
            return;
        };
        (index, collection)
    };
    let plain = |name: &str| !name.is_empty() && name.chars().all(super::lexer::is_identifier_char);
    if !plain(index) || !bound.split('.').all(plain) {
        return;
    }
    let element = if language == Language::Java && header.contains(".size()") {
        format!("{bound}.get({index})")
    } else {
        format!("{bound}[{index}]")
    };
    // C++ prints the row's items apart, the line ended after the loop (`row_ended`).
    let text = if language == Language::Cpp {
        format!("{element} << \" \";")
    } else {
        format!("{element}){}", terminator(context))
    };
    out.push(Suggestion::construct(text, 0.82));
}

/// C++'s `std::cout << ` as the first line of `for (int x : v) {` -> `x << " ";`: a loop over a container of numbers
/// prints them on one row.
fn ranged_element_printed(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if context.profile.language != Language::Cpp
        || !(typed == "std::cout << " || typed == "cout << ")
        || !context.at_line_end()
    {
        return;
    }
    let Some(header) = context.previous_code_line().map(str::trim) else {
        return;
    };
    let Some((declaration, container)) = header
        .strip_prefix("for (")
        .and_then(|rest| rest.strip_suffix(") {"))
        .and_then(|rest| rest.split_once(" : "))
    else {
        return;
    };
    let Some(element) = declaration
        .rsplit([' ', '&', '*'])
        .next()
        .filter(|name| is_plain_name(name))
    else {
        return;
    };
    // Numbers are printed on one row; names and other objects as often one per line.
    let numeric = declaration.split([' ', '&']).any(|word| {
        matches!(
            word,
            "int" | "long" | "double" | "float" | "short" | "unsigned" | "size_t"
        )
    });
    if numeric && is_plain_name(container.trim()) {
        out.push(Suggestion::construct(format!("{element} << \" \";"), 0.82));
    }
}

/// The element a reversal exchanges with `s[i]` in a loop over half of it (`for (int i = 0; i < len / 2; i++)`):
/// `s[len - 1 - i]`.
fn mirrored_element(context: &Context<'_>, saved: &str) -> Option<String> {
    let (array, index) = saved.strip_suffix(']')?.split_once('[')?;
    let header = context
        .enclosing_lines()
        .find(|line| line.starts_with("for"))?;
    let condition = header.split(';').nth(1)?.trim();
    let half = condition
        .strip_prefix(index)?
        .trim_start()
        .strip_prefix("< ")?;
    let length = half
        .strip_suffix(" / 2")
        .or_else(|| half.strip_suffix("/2"))?
        .trim();
    let plain = |name: &str| !name.is_empty() && name.chars().all(super::lexer::is_identifier_char);
    (plain(array) && plain(index) && plain(length))
        .then(|| format!("{array}[{length} - 1 - {index}]"))
}

/// The first line of a bubble sort's swap, under `if (arr[j] > arr[j + 1]) {` in a loop: `int temp = arr[j];` (the
/// array's element type in C and Java), C++'s `std::swap(arr[j], arr[j + 1]);`, Python's and Go's `arr[j], arr[j
/// + 1] = arr[j + 1], arr[j]`, JavaScript's destructuring, Rust's `arr.swap(j, j + 1);`.
fn start_swap(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.on_blank_line_start() {
        return;
    }
    let mut headers = context.enclosing_lines();
    let Some(branch) = headers.next() else {
        return;
    };
    // The branch's first line: its header is the line above.
    if context.previous_code_line().map(str::trim) != Some(branch)
        || !headers.any(|line| line.starts_with("for"))
    {
        return;
    }
    let Some(condition) = branch.strip_prefix("if").map(|condition| {
        condition
            .trim()
            .trim_end_matches(['{', ':'])
            .trim()
            .trim_start_matches('(')
            .trim_end_matches(')')
    }) else {
        return;
    };
    let Some((left, right)) = [" > ", " < "]
        .iter()
        .find_map(|operator| condition.split_once(operator))
    else {
        return;
    };
    let element = |side: &str| {
        let (array, index) = side.trim().strip_suffix(']')?.split_once('[')?;
        array
            .chars()
            .all(super::lexer::is_identifier_char)
            .then_some((array.to_owned(), index.to_owned()))
    };
    let (Some((array, first)), Some((other_array, second))) = (element(left), element(right))
    else {
        return;
    };
    if array.is_empty() || array != other_array || first == second {
        return;
    }
    let (a, b) = (left.trim(), right.trim());
    let text = match context.profile.language {
        Language::Python | Language::Go => format!("{a}, {b} = {b}, {a}"),
        Language::JavaScript | Language::TypeScript => {
            format!("[{a}, {b}] = [{b}, {a}]{}", terminator(context))
        }
        Language::Cpp => format!("std::swap({a}, {b});"),
        Language::Rust => format!("{array}.swap({first}, {second});"),
        Language::C | Language::Java => {
            let Some(element_type) = numeric_element_type(context, &array) else {
                return;
            };
            format!("{element_type} temp = {a};")
        }
        _ => return,
    };
    out.push(Suggestion::construct(text, 0.86));
}

/// The element type of a numeric array the code declares: `int arr[]`, `int[] arr`, `double *values`.
fn numeric_element_type<'a>(context: &Context<'a>, array: &str) -> Option<&'a str> {
    const NUMERIC: &[&str] = &["int", "long", "float", "double", "short", "char"];
    let code = context.code_before_line();
    NUMERIC.iter().copied().find(|element_type| {
        [
            format!("{element_type} {array}["),
            format!("{element_type}[] {array}"),
            format!("{element_type} *{array}"),
            format!("{element_type}* {array}"),
        ]
        .iter()
        .any(|declaration| code.contains(declaration.as_str()))
    })
}

/// The second line of a swap through a temporary: `int tmp = *a;` -> `*a = *b;` in `swap(int *a, int *b)`, and
/// `int temp = arr[j];` under `if (arr[j] > arr[j + 1]) {` -> `arr[j] = arr[j + 1];` (a bubble sort).
fn continue_swap(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if !(context.on_blank_line_start() || typed.ends_with(" = ") && context.at_line_end()) {
        return;
    }
    let mut above = context.code_lines_above();
    let Some((temporary, saved)) = above.next().and_then(|line| {
        let (target, value) = line.trim_end_matches(';').split_once(" = ")?;
        let temporary = target.trim().rsplit(' ').next()?;
        Some((temporary, value.trim()))
    }) else {
        return;
    };
    let lower = temporary.to_lowercase();
    if !(matches!(lower.as_str(), "tmp" | "temp" | "t" | "aux" | "swap")
        && temporary.chars().all(super::lexer::is_identifier_char))
    {
        return;
    }
    // The other side: of the comparison that led here, or the function's other parameter.
    let compared = above.next().and_then(|line| {
        let condition = line
            .strip_prefix("if")?
            .trim()
            .trim_end_matches(['{', ':'])
            .trim()
            .trim_start_matches('(')
            .trim_end_matches(')');
        let (left, right) = [" > ", " < ", " >= ", " <= "]
            .iter()
            .find_map(|operator| condition.split_once(operator))?;
        match (left.trim(), right.trim()) {
            (left, right) if left == saved => Some(right.to_owned()),
            (left, right) if right == saved => Some(left.to_owned()),
            _ => None,
        }
    });
    let other = compared
        .or_else(|| mirrored_element(context, saved))
        .or_else(|| super::algorithms::two_pointer_partner(context, saved))
        .or_else(|| {
            let function = enclosing_function(context)?;
            let [first, second] = function.parameters.as_slice() else {
                return None;
            };
            let dereferenced = saved.strip_prefix('*');
            let name = dereferenced.unwrap_or(saved);
            let other = match (name == first.name, name == second.name) {
                (true, false) => second.name,
                (false, true) => first.name,
                _ => return None,
            };
            Some(if dereferenced.is_some() {
                format!("*{other}")
            } else {
                other.to_owned()
            })
        });
    let Some(other) = other.filter(|other| !other.is_empty() && other.len() < 40) else {
        return;
    };
    let statement = format!("{saved} = {other}{}", terminator(context));
    // The target already typed (`arr[j] = `): the value that goes there.
    if let Some(value) = statement.strip_prefix(typed) {
        out.push(Suggestion::construct(value, 0.85));
    }
}

/// In a method named `increment`, `decrement` or `reset` of a class with a `count` field, `self.` / `this.` ->
/// `count += 1` / `count++;` (`-= 1`, `--`, `= 0`), and on the method's first blank line the whole statement
/// (`self.count += 1`, `this.count++;`, Java's `count++;`): the method is named for what it does to the counter.
fn step_counter_field(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    /// The field names a counter goes by, in the order they are looked for.
    const COUNTERS: &[&str] = &["count", "counter", "value"];
    let language = context.profile.language;
    let receiver = context.member.map(|access| access.receiver);
    let go_receiver = (language == Language::Go)
        .then(|| super::go::receiver_struct_fields(context))
        .flatten()
        .map(|(receiver, _)| receiver);
    let own = match language {
        Language::Python | Language::Rust => "self",
        Language::JavaScript | Language::TypeScript | Language::Java => "this",
        // `func (c *Counter) Increment() {`: the receiver.
        Language::Go => match go_receiver {
            Some(receiver) => receiver,
            None => return,
        },
        _ => return,
    };
    let first_statement = receiver.is_none()
        && context.on_blank_line_start()
        && context
            .previous_code_line()
            .is_some_and(|line| line.trim_end().ends_with(['{', ':']));
    if !(receiver == Some(own) || first_statement) || !context.prefix.is_empty() {
        return;
    }
    if let Some(access) = context.member
        && !context.member_starts_statement(&access)
    {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let name = function.name.to_ascii_lowercase();
    let step = match name.as_str() {
        "increment" | "inc" | "incr" => Step::Up,
        "decrement" | "dec" | "decr" => Step::Down,
        "reset" => Step::Reset,
        _ => return,
    };
    if !function.parameters.is_empty() {
        return;
    }
    // The field, as the class declares or assigns it before the method.
    let before_line = context.code_before_line();
    let declaration = |field: &str| {
        before_line.lines().find(|line| {
            let line = line.trim();
            line.starts_with(&format!("self.{field} = "))
                || line.starts_with(&format!("this.{field} = "))
                || line.starts_with(&format!("{field}: "))
                || line.starts_with(&format!("{field} = "))
                || line.ends_with(&format!(" {field};"))
                || line.contains(&format!(" {field} = "))
                || (language == Language::Go && line.starts_with(&format!("{field} int")))
        })
    };
    let Some((field, declared)) = COUNTERS
        .iter()
        .find_map(|field| Some((*field, declaration(field)?)))
    else {
        return;
    };
    // Written whole on a blank line only for an object's field: a closure's captured counter is another idiom
    // (`nonlocal count`).
    let field_of_object = declared.trim_start().starts_with(&format!("{own}."))
        || language == Language::Go
        || (language != Language::Python
            && !["let ", "const ", "var "]
                .iter()
                .any(|keyword| declared.trim_start().starts_with(keyword))
            && before_line.contains("class "));
    if first_statement && !field_of_object {
        return;
    }
    // A reset puts back the starting value, which the declaration shows.
    // (Go's `count int` starts at its zero value.)
    let starts_at_zero =
        declared.contains("= 0") || declared.contains(": 0") || language == Language::Go;
    let text = match (language, step) {
        (_, Step::Reset) if !starts_at_zero => return,
        (Language::Python, Step::Reset) => format!("{field} = 0"),
        (Language::Python, Step::Up) => format!("{field} += 1"),
        (Language::Python, Step::Down) => format!("{field} -= 1"),
        (Language::Go, Step::Reset) => format!("{field} = 0"),
        (_, Step::Reset) => format!("{field} = 0;"),
        (Language::Rust, Step::Up) => format!("{field} += 1;"),
        (Language::Rust, Step::Down) => format!("{field} -= 1;"),
        (Language::Go, Step::Up) => format!("{field}++"),
        (Language::Go, Step::Down) => format!("{field}--"),
        (_, Step::Up) => format!("{field}++{}", terminator(context)),
        (_, Step::Down) => format!("{field}--{}", terminator(context)),
    };
    let suggestion = if context.member.is_some() {
        Suggestion::member(text, 0.88)
    } else if language == Language::Java {
        Suggestion::construct(text, 0.85)
    } else {
        Suggestion::construct(format!("{own}.{text}"), 0.85)
    };
    out.push(suggestion);
}

/// What a counter's method does to it.
#[derive(Debug, Clone, Copy)]
enum Step {
    Up,
    Down,
    Reset,
}

/// `counts[` as the first statement of `for _, w := range words {` (C++'s `for (const auto& w : words) {`), where
/// `counts` maps to an `int` -> `w]++` (`;` in C++): a map of counts counts the loop's element.
fn count_loop_element(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let language = context.profile.language;
    if !matches!(language, Language::Go | Language::Cpp) || !context.prefix.is_empty() {
        return;
    }
    let Some(map) = context
        .line_before
        .trim_start()
        .strip_suffix('[')
        .filter(|map| !map.is_empty() && map.chars().all(super::lexer::is_identifier_char))
    else {
        return;
    };
    let Some(header) = context.previous_code_line().map(str::trim) else {
        return;
    };
    let element = match language {
        Language::Go => header
            .strip_prefix("for _, ")
            .and_then(|rest| rest.split_once(" := range "))
            .map(|(element, _)| element.trim()),
        _ => header
            .strip_prefix("for (")
            .and_then(|rest| rest.split_once(" : "))
            .map(|(declaration, _)| declaration.rsplit([' ', '&']).next().unwrap_or("")),
    };
    let Some(element) = element.filter(|element| {
        !element.is_empty() && element.chars().all(super::lexer::is_identifier_char)
    }) else {
        return;
    };
    if !header.ends_with('{') {
        return;
    }
    // The map's declaration: `counts := make(map[string]int)`, `std::map<std::string, int> counts;`.
    let before_line = context.code_before_line();
    let counts_ints = before_line.lines().any(|line| {
        let line = line.trim();
        match language {
            Language::Go => line
                .strip_prefix(map)
                .and_then(|rest| rest.trim_start().strip_prefix(":="))
                .is_some_and(|value| {
                    let value = value.trim();
                    value.starts_with("make(map[") && value.ends_with("]int)")
                        || value.starts_with("map[") && value.ends_with("]int{}")
                }),
            _ => line.ends_with(&format!(", int> {map};")) && line.contains("map<"),
        }
    });
    if counts_ints {
        let text = match language {
            Language::Go => format!("{element}]++"),
            _ => format!("{element}]++;"),
        };
        out.push(Suggestion::construct(text, 0.85));
    }
}

/// A swap in one assignment: `a, b = b, ` -> `a` (Python, Go), `[x, y] = [y, ` -> `x];` (JavaScript's
/// destructuring): the right side began with the left's second, so it ends with its first.
fn tuple_swap(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(typed) = typed.strip_suffix(", ") else {
        return;
    };
    let (brackets, closing) = match context.profile.language {
        Language::Python | Language::Go => (("", ""), String::new()),
        Language::JavaScript | Language::TypeScript => {
            (("[", "]"), format!("]{}", terminator(context)))
        }
        _ => return,
    };
    let Some((left, right)) = typed.split_once(" = ") else {
        return;
    };
    // The left side is whole (`[a, b]`), the right one still open (`[b`).
    let left = left
        .trim()
        .strip_prefix(brackets.0)
        .and_then(|side| side.strip_suffix(brackets.1));
    let right = right.trim().strip_prefix(brackets.0).map(str::trim);
    let (Some(left), Some(right)) = (left, right) else {
        return;
    };
    let Some((first, second)) = left.split_once(", ") else {
        return;
    };
    let operand = |text: &str| {
        !text.is_empty()
            && text.chars().all(|c| {
                super::lexer::is_identifier_char(c)
                    || matches!(c, '[' | ']' | '.' | ' ' | '+' | '-')
            })
    };
    if right == second && operand(first) && operand(second) && !second.contains(", ") {
        out.push(Suggestion::construct(format!("{first}{closing}"), 0.86));
    }
}

/// The third line of a swap through a temporary: `int tmp = *a;` then `*a = *b;` -> `*b = tmp;`.
fn finish_swap(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if !(context.on_blank_line_start() || typed.ends_with(" = ") && context.at_line_end()) {
        return;
    }
    let mut above = context.code_lines_above();
    let (Some(second), Some(first)) = (above.next(), above.next()) else {
        return;
    };
    let split = |line: &str| -> Option<(String, String)> {
        let line = line.trim_end_matches(';');
        let (target, value) = line.split_once(" = ").or_else(|| line.split_once(" := "))?;
        Some((target.trim().to_owned(), value.trim().to_owned()))
    };
    let (Some((temporary_declaration, saved)), Some((overwritten, moved))) =
        (split(first), split(second))
    else {
        return;
    };
    // `int tmp`, `let tmp`, `tmp`: the temporary is the declaration's last word.
    let temporary = temporary_declaration
        .rsplit(' ')
        .next()
        .unwrap_or("")
        .trim_start_matches('*');
    // A name, a dereference or an element, whose index may be computed (`s[n - 1 - i]`).
    let operand = |text: &str| {
        let mut depth = 0_usize;
        !text.is_empty()
            && text.chars().all(|c| {
                match c {
                    '[' => depth += 1,
                    ']' => depth = depth.saturating_sub(1),
                    _ => {}
                }
                super::lexer::is_identifier_char(c)
                    || matches!(c, '*' | '[' | ']' | '.')
                    || (depth > 0 && matches!(c, ' ' | '+' | '-'))
            })
    };
    // A value saved under another name is not always swapped back (`old = x.flag` then `x.flag = new`): only a
    // temporary named so is.
    let lower = temporary.to_lowercase();
    let named_temporary = ["tmp", "temp", "swap", "aux"]
        .iter()
        .any(|word| lower.contains(word))
        || lower == "t";
    if named_temporary
        && temporary.chars().all(super::lexer::is_identifier_char)
        && saved == overwritten
        && operand(&saved)
        && operand(&moved)
        && moved != saved
        && !moved.contains(temporary)
    {
        let statement = format!("{moved} = {temporary}{}", terminator(context));
        if let Some(value) = statement.strip_prefix(typed) {
            out.push(Suggestion::construct(value, 0.85));
        }
    }
}

/// `Header().Set("Content-Type", ` and `setHeader('Content-Type', ` -> `"application/json")`, `{ 'Content-Type':
/// ` -> `'application/json'`: what an API's handler or client declares it sends.
fn content_type(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_end();
    if !context.line_before.ends_with(' ') {
        return;
    }
    // A call's argument (`Set("Content-Type", `) or an object's value (`{"Content-Type": `).
    for (key, call) in [
        ("\"Content-Type\",", true),
        ("'Content-Type',", true),
        ("\"Content-Type\":", false),
        ("'Content-Type':", false),
    ] {
        if !typed.ends_with(key) {
            continue;
        }
        let quote = &key[..1];
        let text = if call {
            if typed.matches('(').count() != typed.matches(')').count() + 1 {
                return;
            }
            format!("{quote}application/json{quote}){}", terminator(context))
        } else {
            format!("{quote}application/json{quote}")
        };
        out.push(Suggestion::construct(text, 0.8));
        return;
    }
}

/// What ends a statement in this language where the idioms put one: nothing in Python and Go, `;` in the C
/// family and Rust, and in JavaScript and TypeScript whatever the file does.
pub(super) fn terminator(context: &Context<'_>) -> &'static str {
    match context.profile.language {
        Language::C | Language::Cpp | Language::Java | Language::Rust => ";",
        Language::JavaScript | Language::TypeScript if uses_semicolons(context) => ";",
        _ => "",
    }
}

/// `return ` at a function's own level after an `if` block that returned what it found, in a function given a
/// `fallback` (`default`, `defaultValue`) it has not used yet -> that parameter: what is returned when nothing was
/// found (`func getenv(key, fallback string) string`).
fn fallback_returned(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "return " {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let Some(fallback) = function.parameter_names().find(|name| {
        matches!(
            *name,
            "fallback" | "default" | "defaultValue" | "default_value" | "def" | "dflt"
        )
    }) else {
        return;
    };
    // At the body's own depth, below a block that returned (the found case).
    let at_body_level = context.enclosing_lines().next().is_some_and(|header| {
        header.starts_with("func ")
            || header.starts_with("def ")
            || header.contains(&format!("{}(", function.name))
    });
    let tokens = context.tokens_before();
    let used = tokens
        .get(function.body_start..)
        .unwrap_or_default()
        .iter()
        .any(|token| context.text(token) == fallback);
    let returned_above = context
        .code_lines_above()
        .take(6)
        .any(|line| line.starts_with("return "));
    if at_body_level && !used && returned_above {
        out.push(Suggestion::construct(
            format!("{fallback}{}", terminator(context)),
            0.86,
        ));
    }
}

/// `def factorial(n): ... return n * ` -> `factorial(n - 1)`; `def fib(n): ... return fib(n - 1) + ` ->
/// `fib(n - 2)`, `return n % 10 + ` -> `sum_digits(n / 10)`: the function calls itself on the smaller problem.
/// Only for a named function of one parameter, the shape of the textbook recursions (factorial, sum to n,
/// Fibonacci, power of two, sum of digits), and a `power(base, exp)`'s `return base * ` -> `power(base, exp - 1)`.
fn recursive_step(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    // The cheap test first: finding the enclosing function reads the window.
    if !context.line_before.trim_end().ends_with(['*', '+']) {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let typed = context.line_before.trim();
    let expression = typed.strip_prefix("return").unwrap_or(typed).trim_start();
    // A power of two parameters: `return base * ` -> `power(base, exp - 1)`.
    if let [base, exponent] = function.parameters.as_slice()
        && matches!(function.name.to_ascii_lowercase().as_str(), "power" | "pow")
        && expression == format!("{} *", base.name)
    {
        let end = if typed.starts_with("return") {
            terminator(context)
        } else {
            ""
        };
        let lead = if context.line_before.ends_with(' ') {
            ""
        } else {
            " "
        };
        out.push(Suggestion::construct(
            format!(
                "{lead}{}({}, {} - 1){end}",
                function.name, base.name, exponent.name
            ),
            0.85,
        ));
        return;
    }
    let ([parameter], false) = (function.parameters.as_slice(), function.name.is_empty()) else {
        return;
    };
    let (name, parameter) = (function.name, parameter.name);
    // A memoized recursion stores the step as it returns it: `return memo[n] = fib(n - 1) + `.
    let expression = expression
        .split_once("] = ")
        .filter(|(store, _)| {
            store
                .split_once('[')
                .is_some_and(|(cache, key)| is_plain_name(cache) && key == parameter)
        })
        .map_or(expression, |(_, stored)| stored);
    // gofmt's spacing (`fib(n-1) + `) is kept in what follows.
    let spacing = if context.profile.language == Language::Go {
        "-"
    } else {
        " - "
    };
    let step = if [" * ", " + "]
        .iter()
        .any(|operator| expression == format!("{parameter}{}", operator.trim_end()))
    {
        format!("{name}({parameter}{spacing}1)")
    } else if expression == format!("{name}({parameter} - 1) +")
        || expression == format!("{name}({parameter}-1) +")
    {
        format!("{name}({parameter}{spacing}2)")
    } else if expression == format!("{parameter} % 10 +")
        || expression == format!("{parameter}%10 +")
    {
        // A sum of digits: the last digit, then the others.
        let divided = if context.profile.language == Language::Go {
            format!("{parameter}/10")
        } else {
            format!("{parameter} / 10")
        };
        format!("{name}({divided})")
    } else {
        return;
    };
    // `return n *|` with no space yet: the space comes first.
    let lead = if context.line_before.ends_with(' ') {
        ""
    } else {
        " "
    };
    let end = if typed.starts_with("return") {
        terminator(context)
    } else {
        ""
    };
    out.push(Suggestion::construct(format!("{lead}{step}{end}"), 0.85));
}

/// The `return ` of a textbook recursion's base case, under the `if` that tests its one parameter: a factorial's
/// and a power's `1`, a sum's `0`, Fibonacci's `n` (for `n <= 1` or `n < 2`). The function's name says which.
fn base_case(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    // `return ` on the line under the test, or after it on the same line (`if (n <= 1) return `).
    let (test, same_line) = match typed.strip_suffix("return ") {
        Some("") => (context.previous_code_line().map(str::trim), false),
        Some(head) => (Some(head.trim()), true),
        None => return,
    };
    let Some(test) = test else {
        return;
    };
    let Some(condition) = test
        .strip_prefix("if ")
        .or_else(|| test.strip_prefix("if("))
        .map(|rest| rest.trim_end_matches(['{', ':']).trim())
        .map(|rest| rest.trim_start_matches('(').trim_end_matches(')').trim())
    else {
        return;
    };
    // A C-like test without braces (`if (n == 0)` then `return ` indented under it) is the same header.
    let braceless = context.profile.language != Language::Python && test.ends_with(')');
    if !same_line && !test.ends_with([':', '{']) && !braceless {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let lower = function.name.to_lowercase();
    // The parameter the recursion counts down: the only one, or a power's exponent.
    let Some(counted) = function.parameters.last().map(|parameter| parameter.name) else {
        return;
    };
    let compares = |values: &[&str]| {
        ["==", "===", "<=", "<"].iter().any(|operator| {
            values
                .iter()
                .any(|value| condition == format!("{counted} {operator} {value}"))
        })
    };
    let value = if (lower.starts_with("fact") || lower == "power" || lower == "pow")
        && compares(&["0", "1"])
    {
        "1".to_owned()
    } else if lower.starts_with("fib")
        && (condition == format!("{counted} <= 1") || condition == format!("{counted} < 2"))
    {
        counted.to_owned()
    } else if lower.starts_with("sum") && compares(&["0"]) && function.parameters.len() == 1 {
        "0".to_owned()
    } else {
        return;
    };
    if function.parameters.len() > 1 && !(lower == "power" || lower == "pow") {
        return;
    }
    out.push(Suggestion::construct(
        format!("{value}{}", terminator(context)),
        0.86,
    ));
}

/// `return n * factorial(` -> `n - 1)`, `return base * power(base, ` -> `exp - 1)`: the recursive step typed up
/// to its call's arguments. Only where the typed text is the textbook step's own beginning, so a step written
/// another way (`n * factorial(n-1)`, a halved exponent) is left alone.
fn recursive_call_argument(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    // Rust's step is the body's tail, without `return` (`base * power(`).
    let rust_tail = context.profile.language == Language::Rust
        && !typed.starts_with("return ")
        && !typed.starts_with("let ");
    let Some(expression) = typed
        .strip_prefix("return ")
        .or_else(|| rust_tail.then_some(typed))
    else {
        return;
    };
    if !(expression.ends_with('(') || expression.ends_with(", ")) || !context.at_line_end() {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    if !expression.contains(&format!("{}(", function.name)) {
        return;
    }
    let Some(step) = recursion_step(context, &function) else {
        return;
    };
    let Some(rest) = step
        .strip_prefix(expression)
        .filter(|rest| !rest.is_empty())
    else {
        return;
    };
    let end = if rust_tail { "" } else { terminator(context) };
    out.push(Suggestion::construct(format!("{rest}{end}"), 0.85));
}

/// `countdown(` as a statement of `countdown(n)`, whose base case tested `n` against 0 or 1 -> `n - 1)`: the
/// function calls itself one step nearer to that case.
fn smaller_call(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(callee) = typed
        .strip_suffix('(')
        .filter(|callee| is_plain_name(callee))
    else {
        return;
    };
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let [parameter] = function.parameters.as_slice() else {
        return;
    };
    let name = parameter.name;
    if function.name != callee {
        return;
    }
    let tested = context.code_lines_above().take(20).any(|line| {
        let condition = line
            .strip_prefix("if")
            .map(|rest| rest.trim_start().trim_start_matches('('))
            .unwrap_or("");
        ["== 0", "<= 0", "== 1", "<= 1", "< 1", "=== 0"]
            .iter()
            .any(|test| condition.starts_with(&format!("{name} {test}")))
    });
    if tested {
        out.push(Suggestion::construct(
            format!("{name} - 1){}", terminator(context)),
            0.85,
        ));
    }
}

/// The fields of the structs the window declares, in order: `x`, `y` of `struct Point {\n int x;\n int y;\n};`,
/// `name`, `age` of Rust's `struct Person {\n name: String,\n age: u32,\n}`.
fn struct_fields<'a>(context: &Context<'a>) -> Vec<Vec<&'a str>> {
    let mut structs = Vec::new();
    let mut current: Option<Vec<&str>> = None;
    for line in context
        .code_before_line()
        .lines()
        .rev()
        .take(300)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
    {
        let line = line.trim();
        if line.starts_with("struct ")
            || line.starts_with("pub struct ")
            || line.starts_with("typedef struct")
        {
            current = line.ends_with('{').then(Vec::new);
            continue;
        }
        let Some(fields) = current.as_mut() else {
            continue;
        };
        if line.starts_with('}') {
            if let Some(done) = current.take() {
                structs.push(done);
            }
            continue;
        }
        let field = if let Some((name, _)) = line.split_once(':') {
            name.trim().trim_start_matches("pub ").trim()
        } else {
            line.trim_end_matches(';')
                .split(['[', '='])
                .next()
                .and_then(|declaration| declaration.rsplit([' ', '*']).next())
                .unwrap_or("")
        };
        if is_plain_name(field) {
            fields.push(field);
        }
    }
    structs
}

/// `printf("%d %d\n", p.x, ` -> `p.y);` and `write!(f, "{} ({})", self.name, ` -> `self.age)`: a record printed
/// field by field goes on with the field its struct declares next, while the format has places left.
fn next_field_printed(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if !typed.ends_with(", ") || !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let language = context.profile.language;
    let (format_start, rust) = match language {
        Language::C | Language::Cpp => (typed.strip_prefix("printf(\""), false),
        Language::Rust => (
            ["write!(f, \"", "writeln!(f, \"", "println!(\"", "print!(\""]
                .iter()
                .find_map(|call| typed.strip_prefix(call)),
            true,
        ),
        _ => return,
    };
    let Some(rest) = format_start else {
        return;
    };
    let Some((format, arguments)) = rest.split_once("\", ") else {
        return;
    };
    let places = if rust {
        format
            .matches('{')
            .count()
            .saturating_sub(2 * format.matches("{{").count())
    } else {
        format
            .matches('%')
            .count()
            .saturating_sub(2 * format.matches("%%").count())
    };
    let given: Vec<&str> = arguments
        .trim_end_matches(", ")
        .split(", ")
        .map(str::trim)
        .collect();
    let Some((record, field)) = given.last().and_then(|last| last.rsplit_once('.')) else {
        return;
    };
    if given.len() >= places || !is_plain_name(record) || !is_plain_name(field) {
        return;
    }
    let next = struct_fields(context).into_iter().find_map(|fields| {
        let at = fields.iter().position(|name| *name == field)?;
        fields.get(at + 1).copied()
    });
    let Some(next) = next else {
        return;
    };
    let last = given.len() + 1 == places;
    let close = match (last, rust, typed.starts_with("write")) {
        (false, _, _) => "",
        (true, true, true) => ")",
        (true, _, _) => ");",
    };
    out.push(Suggestion::construct(
        format!("{record}.{next}{close}"),
        0.85,
    ));
}

/// The element variable and the collection of an element loop's header, in any language's form: `for n in nums:`,
/// `for x in &v {`, `for (const n of nums) {`, `for (int x : v) {`, `for _, n := range nums {`.
fn element_loop(header: &str) -> Option<(&str, &str)> {
    let (element, collection) = if let Some(rest) = header.strip_prefix("for (") {
        let (declaration, collection) =
            rest.split_once(" of ").or_else(|| rest.split_once(" : "))?;
        (
            declaration.rsplit([' ', '&']).next()?,
            collection.trim_end_matches(['{', ' ', ')']),
        )
    } else if let Some(rest) = header.strip_prefix("for _, ") {
        let (element, collection) = rest.split_once(" := range ")?;
        (element, collection.trim_end_matches(['{', ' ']))
    } else {
        let (element, collection) = header.strip_prefix("for ")?.split_once(" in ")?;
        (
            element,
            collection
                .trim_end_matches(['{', ':', ' '])
                .trim_start_matches('&'),
        )
    };
    (is_plain_name(element) && is_plain_name(collection)).then_some((element, collection))
}

/// `total += ` as a statement of `for n in nums:` after `total = 0` -> `n`: a total started at zero adds up the
/// elements. A count (`count += `) adds one instead, so it is left alone.
fn accumulate_element(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(total) = context
        .line_before
        .trim_start()
        .strip_suffix(" += ")
        .filter(|total| is_plain_name(total))
    else {
        return;
    };
    if !context.at_line_end()
        || !context.prefix.is_empty()
        || total.to_lowercase().contains("count")
    {
        return;
    }
    let Some(header) = context.enclosing_lines().next() else {
        return;
    };
    let Some((element, _)) = element_loop(header) else {
        return;
    };
    let mut above = context.code_lines_above();
    let body: Vec<&str> = above.by_ref().take_while(|line| *line != header).collect();
    if body.iter().any(|line| line.starts_with(total)) {
        return;
    }
    let started_at_zero = above.take(5).any(|line| {
        line.trim_end_matches(';')
            .split_once(" = ")
            .or_else(|| line.split_once(" := "))
            .is_some_and(|(declaration, value)| {
                declaration.rsplit(' ').next() == Some(total)
                    && matches!(value.trim_end_matches(';'), "0" | "0.0")
            })
    });
    // A value the body took from the element (`size = record["size"]`) is what adds up, not the element.
    let derived = body.iter().find_map(|line| {
        let (target, value) = line.trim_end_matches(';').split_once(" = ")?;
        let target = target.rsplit(' ').next()?;
        (is_plain_name(target) && super::lexer::contains_word(value, element)).then_some(target)
    });
    if started_at_zero {
        out.push(Suggestion::construct(
            format!("{}{}", derived.unwrap_or(element), terminator(context)),
            0.85,
        ));
    }
}

/// `n % 2 ` -> `== 0` (`=== 0` in JavaScript and TypeScript): a remainder by two is tested against zero. A
/// function about odd numbers is left alone (`== 1` and `!= 0` are both written there).
fn parity_test(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_end();
    // Odd numbers are tested either way (`== 1`, `!= 0`): a function or a value named for them is left alone.
    if !context.line_before.ends_with(' ')
        || typed.to_lowercase().contains("odd")
        || enclosing_function(context)
            .is_some_and(|function| function.name.to_lowercase().contains("odd"))
    {
        return;
    }
    // The comparison already written (`n % 2 === `): what is compared with is the zero of an even number.
    let compared = ["===", "==", "!==", "!="].iter().any(|operator| {
        typed.strip_suffix(operator).is_some_and(|operand| {
            let operand = operand.trim_end();
            operand.ends_with(" % 2") || operand.ends_with("%2")
        })
    });
    // The test usually ends the line: a comprehension's `]`, a callback's `)`, an `if`'s `:` follow it.
    if compared {
        let closers = super::closers::after_value(context).unwrap_or_default();
        out.push(Suggestion::construct(format!("0{closers}"), 0.8));
        return;
    }
    if !(typed.ends_with(" % 2") || typed.ends_with("%2")) {
        return;
    }
    let equals = match context.profile.language {
        Language::JavaScript | Language::TypeScript => "=== 0",
        _ => "== 0",
    };
    out.push(Suggestion::construct(equals, 0.8));
}

/// Under `if not line:` (`if (!line) {`, `if line == "" {`, `if line == "quit":`, `if count == 10 {`) in an endless loop (`while
/// True:`, `while (true)`, `for {`, `loop {`, `for (;;)`), on the blank first line of that `if`'s body: `break`.
fn leave_endless_loop(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    /// How many lines are walked back to find the loop.
    const LINES_SEARCHED: usize = 200;
    if !context.on_blank_line_start() {
        return;
    }
    let before_line = context.code_before_line();
    let mut lines = before_line
        .lines()
        .rev()
        .filter(|line| !line.trim().is_empty());
    let Some(condition_line) = lines.next() else {
        return;
    };
    let condition_depth = indentation(condition_line);
    if indentation(context.line_before) <= condition_depth
        || !tests_emptiness(condition_line.trim())
    {
        return;
    }
    let loop_line = lines
        .take(LINES_SEARCHED)
        .find(|line| indentation(line) < condition_depth);
    if loop_line.is_some_and(|line| is_endless_loop(line.trim())) {
        out.push(Suggestion::construct(
            format!("break{}", terminator(context)),
            0.8,
        ));
    }
}

/// Whether an `if` line tests that something read is empty or missing, the word a user types to stop, a count
/// reaching its bound or a flag: `if not line:`, `if (!chunk) {`, `if line == "" {`, `if (x === null)`, `if data is
/// None:`, `if command == "quit":`, `if count == 10 {`, `if done() {`.
fn tests_emptiness(line: &str) -> bool {
    let Some(condition) = line
        .strip_prefix("if ")
        .or_else(|| line.strip_prefix("if("))
        .map(|rest| rest.trim_end_matches(['{', ':']).trim())
        .map(|rest| rest.trim_start_matches('(').trim_end_matches(')').trim())
    else {
        return false;
    };
    let simple = |name: &str| {
        !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '.')
    };
    if let Some(name) = condition
        .strip_prefix("not ")
        .or_else(|| condition.strip_prefix('!'))
    {
        return simple(name.trim());
    }
    let empty = [
        " == \"\"",
        " == ''",
        " is None",
        " === null",
        " == null",
        " == nil",
        " === undefined",
    ]
    .iter()
    .any(|test| condition.strip_suffix(test).is_some_and(simple));
    // The word a user types to stop (`if command == "quit":`, `if answer.lower() == 'q':`), or the answer no to
    // "again?" (`if again == "n":`).
    let stop_word = ["quit", "exit", "q", "done", "stop", "n", "no"]
        .iter()
        .any(|word| {
            [" == \"", " === \"", " == '", " === '"]
                .iter()
                .any(|equals| {
                    condition
                        .strip_suffix(['"', '\''])
                        .and_then(|rest| rest.strip_suffix(word))
                        .and_then(|rest| rest.strip_suffix(equals))
                        .is_some_and(|read| {
                            simple(
                                read.trim_end_matches("()")
                                    .trim_end_matches(".lower")
                                    .trim_end_matches(".strip"),
                            )
                        })
                })
        });
    // A count reaching its bound (`if count == 10 {`, `if (tries >= 3)`), or a flag the loop waits for (`if done() {`,
    // `if game_over:`).
    let bound_reached = [" == ", " >= ", " > "].iter().any(|operator| {
        condition
            .split_once(operator)
            .is_some_and(|(counter, bound)| {
                // `if (stack.length > 0)` tests that something is left: no bound of a count.
                super::lexer::is_plain_name(counter)
                    && !bound.is_empty()
                    && bound != "0"
                    && bound.chars().all(|c| c.is_ascii_digit())
            })
    });
    // The parentheses around the condition were trimmed with the call's own: `done(`.
    let flag = simple(
        condition
            .strip_suffix("()")
            .or_else(|| condition.strip_suffix('('))
            .unwrap_or(condition),
    ) && !matches!(condition, "True" | "true" | "1");
    empty || stop_word || bound_reached || flag
}

/// Whether a loop header never ends by its own condition.
fn is_endless_loop(line: &str) -> bool {
    matches!(
        line,
        "while True:"
            | "while 1:"
            | "while (true) {"
            | "while(true) {"
            | "while (true)"
            | "while (1) {"
            | "for (;;) {"
            | "for {"
            | "loop {"
    )
}

/// A collection made empty is filled next: `items = []` then a statement `items.` -> `append()` (`push()` in
/// JavaScript and Rust, `add()` for a Java list or set, `push_back()` for a C++ vector, `insert()` for a Rust map
/// or set). Only where the member starts a statement, the shape of the filling loop, and not once a loop that
/// filled it has ended.
fn fill_empty_collection(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let statement_start = context.member_starts_statement(&access);
    if !statement_start {
        return;
    }
    let declaration = if access
        .receiver
        .chars()
        .all(super::lexer::is_identifier_char)
    {
        declaration_of(context, access.receiver)
    } else {
        // `self.items = []` in the constructor, then `self.items.` in a method.
        attribute_assignment(context, access.receiver)
    };
    let Some(declaration) = declaration else {
        return;
    };
    let declaration = declaration.trim().trim_end_matches(';').trim_end();
    // A function named for taking out (`remove_todo(index)`) empties the collection, it does not fill it.
    if let Some(function) = enclosing_function(context) {
        let lowered = function.name.to_ascii_lowercase();
        if [
            "remove", "delete", "pop", "clear", "discard", "dequeue", "undo",
        ]
        .iter()
        .any(|word| lowered.contains(word))
        {
            taken_out(context, &function, declaration, out);
            return;
        }
    }
    // TypeScript's `new Map<string, number>()` is made like JavaScript's `new Map()`.
    let untyped = match declaration.rfind("new ") {
        Some(made)
            if declaration.ends_with(">()") && context.profile.language == Language::TypeScript =>
        {
            let (head, construction) = declaration.split_at(made);
            match construction.split_once('<') {
                Some((constructor, _)) => format!("{head}{constructor}()"),
                None => declaration.to_owned(),
            }
        }
        _ => declaration.to_owned(),
    };
    let declaration = untyped.as_str();
    let ends_with_any =
        |endings: &[&str]| endings.iter().any(|ending| declaration.ends_with(ending));
    let contains_any = |parts: &[&str]| parts.iter().any(|part| declaration.contains(part));
    let method = match context.profile.language {
        Language::Python if matches!(declaration, "[]" | "list()") => "append()",
        Language::Python if declaration == "set()" => "add()",
        // `const items = []`, and TypeScript's `const items: string[] = []`.
        Language::JavaScript | Language::TypeScript
            if declaration == "[]" || declaration.ends_with("= []") =>
        {
            "push()"
        }
        Language::JavaScript | Language::TypeScript if ends_with_any(&["new Set()"]) => "add()",
        Language::JavaScript | Language::TypeScript if ends_with_any(&["new Map()"]) => "set()",
        Language::Rust
            if ends_with_any(&["Vec::new()", "vec![]"])
                || contains_any(&["Vec::with_capacity("]) =>
        {
            "push()"
        }
        Language::Rust
            if ends_with_any(&[
                "HashMap::new()",
                "BTreeMap::new()",
                "HashSet::new()",
                "BTreeSet::new()",
            ]) =>
        {
            "insert()"
        }
        Language::Rust if ends_with_any(&["String::new()"]) => "push_str()",
        Language::Java if contains_any(&["List<", "Set<", "Collection<"]) => "add()",
        Language::Java if contains_any(&["Map<"]) => "put()",
        Language::Java if declaration == "StringBuilder" => "append()",
        Language::Cpp if contains_any(&["vector<"]) => "push_back()",
        _ => return,
    };
    // Filled in a loop that has ended (`counts.put(...)` indented deeper above): what follows reads it.
    let filling = format!("{}.{}", access.receiver, method.trim_end_matches(')'));
    let depth = context.current_indentation();
    let filled_before = context
        .code_before_line()
        .lines()
        .rev()
        .take(40)
        .any(|line| line.contains(&filling) && super::cursor::indentation(line) > depth);
    if filled_before {
        return;
    }
    if let Some(rest) = method
        .strip_prefix(context.prefix)
        .filter(|rest| rest.len() > "()".len())
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// `todos.` in `def remove_todo(index):` -> `pop(index)` (`remove(task)` for an element, JavaScript's
/// `splice(index, 1);`, `clear()` in `clear_todos()`): a list made empty is taken out of by the one parameter the
/// function is given.
fn taken_out(
    context: &Context<'_>,
    function: &super::statements::FunctionHeader<'_>,
    declaration: &str,
    out: &mut Vec<Suggestion>,
) {
    let python_list = matches!(declaration, "[]" | "list()");
    let [parameter] = function.parameters.as_slice() else {
        // `def clear_todos():` -> `clear()`.
        let clears = function.name.to_ascii_lowercase().contains("clear");
        if function.parameters.is_empty()
            && clears
            && context.profile.language == Language::Python
            && python_list
            && let Some(rest) = "clear()".strip_prefix(context.prefix)
        {
            out.push(Suggestion::member(rest.to_owned(), 0.88));
        }
        return;
    };
    let name = parameter.name;
    let positional = matches!(name, "index" | "i" | "idx" | "position" | "pos");
    let text = match context.profile.language {
        Language::Python if python_list => {
            if positional {
                format!("pop({name})")
            } else {
                format!("remove({name})")
            }
        }
        Language::JavaScript | Language::TypeScript
            if positional && (declaration == "[]" || declaration.ends_with("= []")) =>
        {
            format!("splice({name}, 1){}", terminator(context))
        }
        _ => return,
    };
    if let Some(rest) = text.strip_prefix(context.prefix) {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// How many tokens back a fresh local is looked for.
const FRESH_TOKENS_SEARCHED: usize = 400;

/// Right after the `(` of a call or a `, ` or `+ ` inside one: the local assigned last and not used since, when it
/// was assigned on one of the two lines above (`name = input()` then `print("Hi " + ` -> `name`). Code computes a
/// value to use it next; a value assigned further up may have been kept for later. A loop's variable is fresh
/// too (`for line in f:` then `print(` -> `line`), and so is the one parameter a function has not used yet after
/// a string it is appended to (`return "Hello, " + ` -> `name`).
fn fresh_argument(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before;
    let tokens = context.tokens_before();
    let Some(last) = tokens.last() else { return };
    let last_text = context.text(last);
    let callee = |open: usize| {
        tokens
            .get(open.checked_sub(1)?)
            .filter(|callee| callee.kind == TokenKind::Identifier && !context.is_keyword(callee))
            .map(|callee| context.text(callee))
            .filter(|callee| {
                !matches!(
                    *callee,
                    "if" | "while" | "for" | "switch" | "catch" | "match" | "return"
                )
            })
    };
    let statement = typed.trim_start();
    // `printf("%d\n", ` and `fmt.Printf("%s", `: the value comes after the format string.
    let format_argument = last_text == ","
        && statement
            .rfind('(')
            .and_then(|open| statement.get(open + 1..))
            .is_some_and(|arguments| {
                // The separators between arguments, not those inside the format string (`"Hello, %s\n", `).
                let separators: usize = arguments
                    .split(['"', '\''])
                    .step_by(2)
                    .map(|outside| outside.matches(", ").count())
                    .sum();
                arguments.starts_with(['"', '\''])
                    && separators == 1
                    && arguments.trim_end().ends_with([',', '"', '\''])
                    && arguments
                        .trim_end()
                        .trim_end_matches(',')
                        .ends_with(['"', '\''])
            });
    let call_name = match last_text {
        "(" => callee(tokens.len() - 1),
        _ => None,
    };
    let formats = call_name.is_some_and(|name| {
        let lower = name.to_lowercase();
        lower.ends_with("printf")
            || lower.ends_with("format")
            || lower.ends_with("errorf")
            || lower.ends_with("logf")
    });
    let in_call = match last_text {
        "(" => call_name.is_some(),
        "," | "+" => typed.ends_with(' ') && typed.contains('('),
        _ => false,
    };
    let appended_to_text = last_text == "+"
        && typed.ends_with(' ')
        && statement.starts_with("return ")
        && typed
            .trim_end()
            .trim_end_matches('+')
            .trim_end()
            .ends_with(['"', '\'']);
    // A definition's parameters are new names, not values.
    let defining = ["def ", "fn ", "func ", "function "]
        .iter()
        .any(|keyword| statement.starts_with(keyword));
    // What is freed or closed is an allocation or a channel, which their own rules find, not any fresh value.
    let releases = matches!(call_name, Some("free" | "close"))
        && statement == format!("{}(", call_name.unwrap_or(""));
    if !(in_call || appended_to_text) || defining || statement.is_empty() || releases {
        return;
    }
    let fresh = fresh_local(context, tokens);
    if appended_to_text && fresh.is_none() {
        if let Some(parameter) = unused_parameter(context, tokens) {
            out.push(Suggestion {
                text: parameter.to_owned(),
                confidence: 0.8,
                kind: "fresh",
                cursor_offset: 0,
            });
        }
        return;
    }
    let Some((name, lines_ago)) = fresh else {
        return;
    };
    // Sure only in the simplest shape: the line above assigns it (`name = ...`, `String name = ...`, `for name in
    // ...`), and this is the line's first call.
    let assigned_just_above = lines_ago == 1
        && context.previous_code_line().is_some_and(|line| {
            let line = line.trim_start();
            let target = line.split(['=', '(']).next().unwrap_or("");
            let loop_header = ["for ", "for(", "except ", "with ", "} catch ("]
                .iter()
                .any(|keyword| line.starts_with(keyword))
                || line.contains(".forEach(");
            let target = if loop_header { line } else { target };
            // A value just read from the input is what the program works on, not yet its answer (a contest's
            // `a = list(map(int, input().split()))` then `print(` prints what it computes).
            let read = ["input()", "readLine()", "nextInt()", "nextToken()"]
                .iter()
                .any(|read| line.contains(read));
            (loop_header || line.contains('='))
                && !read
                && target
                    .split(|c: char| !super::lexer::is_identifier_char(c))
                    .any(|word| word == name)
        });
    let first_word = statement
        .split(|c: char| !super::lexer::is_identifier_char(c))
        .next()
        .unwrap_or("");
    // A call made for its effect (`print(`, `greet(`): an assignment's call is as often one of a series
    // (`a = f(0x1)`, `b = f(0x2)`) whose arguments the line above does not give.
    // What the line's strings hold (`"{}"`, `"a=b"`) says nothing of its shape.
    let outside_strings: String = typed.split(['"', '\'']).step_by(2).collect();
    // A format call's value is the fresh local even in an assignment (`msg := fmt.Sprintf("Hello, %s!", `).
    let formatted = format_argument
        && statement.rsplit_once('(').is_some_and(|(head, _)| {
            let callee = &head[super::lexer::trailing_identifier_start(head)..];
            let callee = callee.to_ascii_lowercase();
            callee.ends_with("printf") || callee == "format"
        });
    let first_call = typed.matches('(').count() == 1
        && (!outside_strings.contains(['=', ':', '{']) || formatted)
        && ((last_text == "(" && !formats) || last_text == "+" || format_argument)
        && !first_word.is_empty()
        && !matches!(
            first_word,
            "if" | "for" | "while" | "return" | "Ok" | "Some" | "Err" | "super" | "this" | "self"
        )
        && ![".forEach(", ".map(", ".filter(", ".then("]
            .iter()
            .any(|callback| statement.ends_with(callback));
    // A counting loop's index is the argument of a print or format call (`printf("%d\n", i)`) far more often
    // than of other calls (on the corpus, 1 right for 3 wrong in C).
    let counting_index = context.previous_code_line().is_some_and(|line| {
        let line = line.trim_start();
        line.starts_with("for") && line.contains(';')
    });
    let prints =
        call_name.is_some_and(|name| name.to_lowercase().contains("print") || name == "log");
    // ... but not where the format wants a string (`printf("%s\n", `): an index is no text.
    let wants_text = format_argument
        && statement
            .split('"')
            .nth(1)
            .is_some_and(|format| format.matches('%').count() == 1 && format.contains("%s"));
    let first_call = first_call
        && (!counting_index || format_argument || prints)
        && !(counting_index && wants_text);
    // Two results computed in a row and neither shown yet (`const average = ...`, `const highest = ...`): a
    // print may show either, or both.
    let previous_assigns = context
        .code_lines_above()
        .next()
        .is_some_and(|line| line.contains(" = ") && !line.starts_with('}'));
    let rival_result = prints
        && previous_assigns
        && context.code_lines_above().nth(1).is_some_and(|line| {
            let target = line
                .trim_start_matches("const ")
                .trim_start_matches("let ")
                .trim_start_matches("var ")
                .split_once(" = ")
                .map(|(target, _)| target.trim());
            target.is_some_and(|target| {
                super::lexer::is_plain_name(target)
                    && target != name
                    && !context
                        .code_lines_above()
                        .next()
                        .is_some_and(|previous| super::lexer::contains_word(previous, target))
            })
        });
    // Elsewhere it was right about a third of the time on the corpus: listed below the file's own habits.
    let confidence = if (assigned_just_above && first_call && !rival_result) || appended_to_text {
        0.8
    } else {
        0.3
    };
    out.push(Suggestion {
        text: name.to_owned(),
        confidence,
        kind: "fresh",
        cursor_offset: 0,
    });
}

/// `return f"Hello, ` -> `{name}"` (JavaScript's `` `Hello, `` -> `${name}` ``): a formatted string whose words
/// end in a space, in a function that has one parameter it has not used yet, interpolates that parameter; before
/// this rule only the closing quote was offered, which left the greeting without its name.
pub(super) fn interpolated_parameter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let line = context.line_before;
    let (start, open, close) = match context.profile.language {
        Language::Python => {
            let Some(start) = ["f\"", "f'"]
                .iter()
                .filter_map(|opening| line.rfind(opening))
                .max()
            else {
                return;
            };
            let quote = &line[start + 1..start + 2];
            if line[start + 2..].contains(quote) {
                return;
            }
            (start + 2, "{", format!("}}{quote}"))
        }
        Language::JavaScript | Language::TypeScript => {
            if line.matches('`').count().is_multiple_of(2) {
                return;
            }
            let Some(start) = line.rfind('`') else {
                return;
            };
            (start + 1, "${", "}`".to_owned())
        }
        _ => return,
    };
    let text = &line[start..];
    // Words and a space: the place for a value (`Hello, `), not inside a placeholder or after one.
    let words_then_space = text.ends_with(' ')
        && text
            .trim_end()
            .ends_with(|c: char| c.is_alphabetic() || c == ',' || c == ':')
        && !text.contains(['{', '}']);
    if !words_then_space {
        return;
    }
    let Some(parameter) = unused_parameter(context, context.tokens_before()) else {
        return;
    };
    let closers = open_parentheses(&line[..start]).unwrap_or_default();
    out.push(Suggestion::construct(
        format!("{open}{parameter}{close}{closers}"),
        0.86,
    ));
}

/// A placeholder just opened after a label names the value it holds: `f"Point(x={self.x}, y={` -> `self.y})"` (the
/// label's earlier placeholder written the same way), `` `Server running on port ${ `` -> `` PORT}`) `` (the one name
/// of the code the label spells, whatever its case).
pub(super) fn labelled_placeholder(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let line = context.line_before;
    let (start, opener, close) = match context.profile.language {
        Language::Python => {
            let Some(start) = ["f\"", "f'"]
                .iter()
                .filter_map(|opening| line.rfind(opening))
                .max()
            else {
                return;
            };
            let quote = &line[start + 1..start + 2];
            if line[start + 2..].contains(quote) {
                return;
            }
            (start + 2, "{", format!("}}{quote}"))
        }
        Language::JavaScript | Language::TypeScript => {
            if line.matches('`').count().is_multiple_of(2) {
                return;
            }
            let Some(start) = line.rfind('`') else {
                return;
            };
            (start + 1, "${", "}`".to_owned())
        }
        _ => return,
    };
    let Some(before) = line[start..].strip_suffix(opener) else {
        return;
    };
    if before.ends_with('{') || before.ends_with('$') {
        return;
    }
    let label_of = |text: &str| -> Option<String> {
        let text = text.trim_end().trim_end_matches(['=', ':']).trim_end();
        let label = &text[super::lexer::trailing_identifier_start(text)..];
        (!label.is_empty() && !label.starts_with(|c: char| c.is_ascii_digit()))
            .then(|| label.to_owned())
    };
    let Some(label) = label_of(before) else {
        return;
    };
    // An earlier placeholder under its own label (`x={self.x}`): the new one is written the same way.
    let mut mirrored = None;
    let mut rest = before;
    while let Some(open) = rest.find(opener) {
        let Some(length) = rest[open..].find('}') else {
            break;
        };
        let value = &rest[open + opener.len()..open + length];
        let base = value.split(['!', ':']).next().unwrap_or(value);
        if let Some(earlier) = label_of(&rest[..open])
            && earlier != label
            && let Some(head) = base.strip_suffix(earlier.as_str())
            && (head.is_empty() || head.ends_with('.'))
        {
            mirrored = Some(format!("{head}{label}{}", &value[base.len()..]));
        }
        rest = &rest[open + length + 1..];
    }
    // A name of the code is only taken for a word (`port`), not for a letter.
    let value = mirrored.or_else(|| {
        if label.len() < 2 {
            return None;
        }
        let lowered = label.to_ascii_lowercase();
        let mut spellings: Vec<&str> = Vec::new();
        for token in context.tokens_before() {
            let word = context.text(token);
            if token.kind == TokenKind::Identifier
                && word.len() == lowered.len()
                && word.to_ascii_lowercase() == lowered
                && !spellings.contains(&word)
            {
                spellings.push(word);
            }
        }
        match spellings.as_slice() {
            [only] => Some((*only).to_owned()),
            _ => None,
        }
    });
    let Some(value) = value else {
        return;
    };
    // The string's own text may have opened a bracket (`Point(x=`): it closes before the quote.
    let (brace, quote) = close.split_at(1);
    let text_closers = super::closers::text_brackets_left_open(
        line.get(start.saturating_sub(1)..line.len() - opener.len())
            .unwrap_or_default(),
    );
    let closers = open_parentheses(&line[..start]).unwrap_or_default();
    out.push(Suggestion::construct(
        format!("{value}{brace}{text_closers}{quote}{closers}"),
        0.86,
    ));
}

/// The enclosing function's only parameter that its body has not used yet, if exactly one is left.
pub(super) fn unused_parameter<'a>(context: &Context<'a>, tokens: &[Token]) -> Option<&'a str> {
    let function = enclosing_function(context)?;
    let body = tokens.get(function.body_start..)?;
    let mut unused = function
        .parameter_names()
        .filter(|name| !body.iter().any(|token| token.is_word(context.code, name)));
    let first = unused.next()?;
    unused.next().is_none().then_some(first)
}

/// The local assigned last before the cursor's line and not used since (`x = ...`, `let x = ...`, `x := ...`),
/// with how many lines above the cursor's it was assigned; never past the enclosing function's start.
fn fresh_local<'a>(context: &Context<'a>, tokens: &[Token]) -> Option<(&'a str, usize)> {
    let cursor_line = context.scan.cursor_line;
    let mut floor = enclosing_function(context).map_or(0, |function| function.body_start);
    // A `forEach` callback's parameter is its loop's element: the line of its header is read too.
    if let Some(opening) = floor.checked_sub(1).and_then(|index| tokens.get(index))
        && context.line_of(opening).contains(".forEach(")
    {
        floor = tokens[..floor]
            .iter()
            .rposition(|token| token.line != opening.line)
            .map_or(0, |index| index + 1);
    }
    let floor = floor.max(tokens.len().saturating_sub(FRESH_TOKENS_SEARCHED));
    // Each use seen so far (walking back), with its line.
    let mut used: Vec<(&str, usize)> = Vec::new();
    for index in (floor..tokens.len()).rev() {
        let token = &tokens[index];
        if token.kind != TokenKind::Identifier {
            continue;
        }
        let name = context.text(token);
        let next = tokens.get(index + 1).map_or("", |next| context.text(next));
        let previous = index
            .checked_sub(1)
            .and_then(|previous| tokens.get(previous))
            .map_or("", |previous| context.text(previous));
        let loop_variable = matches!(next, "in" | "of")
            && matches!(previous, "for" | "const" | "let" | "var")
            || next == ":=" && context.line_of(token).trim_start().starts_with("for ")
            // Java's and C++'s `for (String s : list) {`, as fresh as Python's `for s in list:`.
            || next == ":" && context.line_of(token).trim_start().starts_with("for (")
            // `except ValueError as e:`, `with open(path) as f:`.
            || previous == "as" && next == ":"
            // `items.forEach((item) => {`, `items.forEach(item => {`: the callback's element, as a loop's.
            || (next == "=>"
                || next == ")"
                    && tokens
                        .get(index + 2)
                        .is_some_and(|arrow| context.text(arrow) == "=>"))
                && context.line_of(token).contains(".forEach(")
            // `} catch (error) {`.
            || previous == "(" && next == ")"
                && index
                    .checked_sub(2)
                    .and_then(|keyword| tokens.get(keyword))
                    .is_some_and(|keyword| keyword.is_word(context.code, "catch"));
        let assigned = token.line < cursor_line
            && (loop_variable
                || matches!(next, "=" | ":=") && !matches!(previous, "." | "->" | "::" | ","));
        if assigned && !context.is_keyword(token) {
            // A loop's own header uses its variable (`for (int i = 0; i < n; i++)`): not a use of its value.
            let header = context.line_of(token).trim_start().starts_with("for");
            if used
                .iter()
                .any(|&(used_name, line)| used_name == name && !(header && line == token.line))
            {
                // The newest assignment is used: older ones are older still.
                return None;
            }
            return Some((name, cursor_line - token.line));
        }
        // A method named like a local (`console.error(` and `error`) is not a use of it.
        if !(matches!(previous, "." | "->" | "?.") && next == "(") {
            used.push((name, token.line));
        }
    }
    None
}

/// What an attribute (`self.items`, `this.items`) was last assigned before the cursor, up to the end of that line.
fn attribute_assignment<'a>(context: &Context<'a>, attribute: &str) -> Option<&'a str> {
    let is_attribute = attribute.split_once('.').is_some_and(|(owner, field)| {
        matches!(owner, "self" | "this") && field.chars().all(super::lexer::is_identifier_char)
    });
    if !is_attribute {
        return None;
    }
    // Only the window the rules read: a search through a whole large file would cost more than the answer.
    let window_start = context
        .tokens_before()
        .first()
        .map_or(0, |token| token.start);
    let before = context.code.get(window_start..context.cursor)?;
    let start = before.rfind(&format!("{attribute} = "))? + attribute.len() + " = ".len();
    let value = before.get(start..)?;
    Some(value.split('\n').next().unwrap_or(value))
}

/// `sum(numbers) / ` -> `len(numbers)` (`arr.reduce(...) / arr.` -> `length`): an average divides by the count of
/// what was summed.
fn average_divisor(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_end();
    if context.profile.language == Language::Python && context.line_before.ends_with(' ') {
        if let Some(summed) = typed
            .strip_suffix('/')
            .map(str::trim_end)
            .and_then(|before| before.strip_suffix(')'))
            .and_then(|before| before.rsplit_once("sum(").map(|(_, summed)| summed))
            .filter(|summed| {
                summed.chars().all(super::lexer::is_identifier_char) && !summed.is_empty()
            })
        {
            out.push(Suggestion::construct(format!("len({summed})"), 0.85));
        }
        return;
    }
    // JavaScript: `arr.reduce((a, b) => a + b, 0) / ` -> `arr.length;` (a sum of the whole array by its size).
    if matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript
    ) && context.line_before.ends_with("/ ")
        && context.prefix.is_empty()
        && let Some(summed) = typed
            .strip_suffix('/')
            .map(str::trim_end)
            .filter(|before| before.ends_with(", 0)"))
            .and_then(|before| before.rsplit_once(".reduce(("))
            .map(|(head, _)| head.rsplit([' ', '(']).next().unwrap_or(head))
            .filter(|summed| {
                !summed.is_empty() && summed.chars().all(super::lexer::is_identifier_char)
            })
    {
        let statement = typed.trim_start().starts_with("return ")
            || typed.trim_start().starts_with("const ")
            || typed.trim_start().starts_with("let ");
        let end = if statement { terminator(context) } else { "" };
        out.push(Suggestion::construct(format!("{summed}.length{end}"), 0.85));
        return;
    }
    // JavaScript: `arr.reduce((a, b) => a + b, 0) / arr.` -> `length`.
    if let Some(access) = context.member
        && matches!(
            context.profile.language,
            Language::JavaScript | Language::TypeScript
        )
        && let Some(before) = context.before_receiver(&access)
        && before.trim_end().ends_with('/')
        && before.contains(&format!("{}.reduce(", access.receiver))
        && let Some(rest) = "length".strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// `elapsed = time.` -> `time() - start` under `start = time.time()` (`const elapsed = Date.` -> `now() - start;`,
/// Go's `elapsed := time.` -> `Since(start)`): a duration reads the clock its start was read from, once more.
fn elapsed_from_clock(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some((target, module)) = typed
        .strip_suffix('.')
        .and_then(|head| head.rsplit_once(" = ").or_else(|| head.rsplit_once(" := ")))
    else {
        return;
    };
    let target = target
        .rsplit(' ')
        .next()
        .unwrap_or(target)
        .to_ascii_lowercase();
    let duration = ["elapsed", "duration", "took", "taken", "delta"]
        .iter()
        .any(|word| target.contains(word))
        || matches!(target.as_str(), "dt" | "diff");
    if !duration || !is_plain_name(module) {
        return;
    }
    let go = context.profile.language == Language::Go;
    let read_at = format!("{module}.");
    let start = context.code_lines_above().take(30).find_map(|line| {
        let line = line.trim_end_matches(';');
        let (name, value) = line.split_once(" = ").or_else(|| line.split_once(" := "))?;
        let name = name.rsplit(' ').next()?;
        let function = value.strip_prefix(read_at.as_str())?.strip_suffix("()")?;
        (is_plain_name(name) && is_plain_name(function)).then_some((name, function))
    });
    let Some((start, function)) = start else {
        return;
    };
    let text = if go {
        if function != "Now" {
            return;
        }
        format!("Since({start})")
    } else {
        format!("{function}() - {start}{}", terminator(context))
    };
    out.push(Suggestion::construct(text, 0.86));
}

/// `auto end = std::chrono::` after `auto start = std::chrono::steady_clock::now();` -> `steady_clock::now();`
/// (`end = time.` -> `perf_counter()` after `start = time.perf_counter()`): a duration's end is read from the
/// clock its start was.
fn clock_read_again(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some((target, value)) = typed.split_once(" = ") else {
        return;
    };
    let name = target.rsplit(' ').next().unwrap_or(target);
    if !matches!(
        name,
        "end" | "stop" | "finish" | "end_time" | "endTime" | "t1" | "after"
    ) {
        return;
    }
    if value.is_empty() || !value.ends_with(['.', ':']) {
        return;
    }
    let Some(rest) = context.code_lines_above().take(30).find_map(|line| {
        let (start_target, start_value) = line.split_once(" = ")?;
        let start = start_target.rsplit(' ').next()?;
        if !matches!(
            start,
            "start" | "begin" | "start_time" | "startTime" | "t0" | "before"
        ) {
            return None;
        }
        let rest = start_value.strip_prefix(value)?;
        // A clock is read by a call (`now()`, `perf_counter()`, `Instant::now()`).
        (rest.contains("()") && !rest.is_empty()).then_some(rest)
    }) else {
        return;
    };
    if let Some(rest) = rest
        .strip_prefix(context.prefix)
        .filter(|rest| !rest.is_empty())
    {
        out.push(Suggestion::member(rest, 0.88));
    }
}

/// `parts = text.split(` -> `",")` where `text = "a,b,c"`: a text written in the code shows the separator to split it
/// on, when it holds one kind only (`,`, `;`, `|`, `:`, `-` or a tab). Python and JavaScript.
fn split_on_shown_separator(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !matches!(
        context.profile.language,
        Language::Python | Language::JavaScript | Language::TypeScript
    ) || !context.prefix.is_empty()
        || !context.at_line_end()
    {
        return;
    }
    let Some(text) = context
        .line_before
        .strip_suffix(".split(")
        .map(|head| {
            let start = super::lexer::trailing_identifier_start(head);
            &head[start..]
        })
        .filter(|text| is_plain_name(text))
    else {
        return;
    };
    let Some(value) = super::statements::declaration_of(context, text) else {
        return;
    };
    let value = value.trim().trim_end_matches(';');
    let quote = match value.chars().next() {
        Some(quote @ ('"' | '\'')) if value.len() > 2 && value.ends_with(quote) => quote,
        _ => return,
    };
    let literal = &value[1..value.len() - 1];
    let shown: Vec<&str> = [",", ";", "|", ":", "-", "\\t"]
        .into_iter()
        .filter(|separator| literal.contains(separator))
        .collect();
    if let [separator] = shown.as_slice() {
        let closers = open_parentheses(context.line_before).unwrap_or_default();
        let end = if context.profile.language == Language::Python {
            String::new()
        } else {
            terminator(context).to_owned()
        };
        out.push(Suggestion::construct(
            format!("{quote}{separator}{quote}{closers}{end}"),
            0.85,
        ));
    }
}

/// `d[k] = ` -> `v` in `for k, v in pairs:` (`m[k] = ` in Go's `for k, v := range m {`, `obj[key] = ` -> `value;`
/// in `for (const [key, value] of ...)`): a pair's value stored under its own key.
fn value_under_its_key(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(key) = typed
        .strip_suffix("] = ")
        .and_then(|head| head.rsplit_once('['))
        .filter(|(target, _)| {
            is_plain_name(target) || target.strip_prefix("self.").is_some_and(is_plain_name)
        })
        .map(|(_, key)| key)
        .filter(|key| is_plain_name(key))
    else {
        return;
    };
    let Some(header) = context.enclosing_lines().next() else {
        return;
    };
    let pair = match context.profile.language {
        Language::Python => header
            .strip_prefix("for ")
            .and_then(|rest| rest.split_once(" in "))
            .map(|(pair, _)| pair),
        Language::Go => header
            .strip_prefix("for ")
            .and_then(|rest| rest.split_once(" := range "))
            .map(|(pair, _)| pair),
        Language::JavaScript | Language::TypeScript => header
            .strip_prefix("for (const [")
            .or_else(|| header.strip_prefix("for (let ["))
            .and_then(|rest| rest.split_once("] of "))
            .map(|(pair, _)| pair),
        _ => None,
    };
    let Some((first, second)) = pair.and_then(|pair| pair.split_once(',')) else {
        return;
    };
    let (first, second) = (first.trim(), second.trim());
    if first != key || !is_plain_name(second) || second == "_" {
        return;
    }
    out.push(Suggestion::construct(
        format!("{second}{}", terminator(context)),
        0.85,
    ));
}

/// `time.time() - ` -> `start` where `start = time.time()` came before: an elapsed time subtracts the start read
/// from the same clock (`Date.now() - `, `time.perf_counter() - `).
fn elapsed_since(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_end();
    let Some(clock) = typed
        .strip_suffix('-')
        .map(str::trim_end)
        .filter(|clock| clock.ends_with("()"))
    else {
        return;
    };
    // The call itself: `time.time()` in `elapsed = time.time()`.
    let head = &clock[..clock.len() - "()".len()];
    let start = head
        .rfind(|c: char| !(super::lexer::is_identifier_char(c) || c == '.'))
        .map_or(0, |at| at + 1);
    let clock = &clock[start..];
    if clock.len() <= 2 || !context.line_before.ends_with(' ') {
        return;
    }
    let window_start = context
        .tokens_before()
        .first()
        .map_or(0, |token| token.start);
    let before_line = context
        .code
        .get(window_start..context.cursor - context.line_before.len())
        .unwrap_or("");
    let start = before_line.lines().rev().find_map(|line| {
        let (target, value) = line.split_once('=')?;
        let value = value.trim().trim_end_matches(';');
        let name = target.trim().rsplit(' ').next()?;
        (value == clock && !name.is_empty() && name.chars().all(super::lexer::is_identifier_char))
            .then_some(name)
    });
    if let Some(start) = start {
        out.push(Suggestion::construct(start, 0.85));
    }
}

/// `count ` on a line of its own in a loop (or under an `if` right in one), where `count = 0` was set before ->
/// `+= 1` (with the language's `;`): a counter counts. The space is typed already, so `++` would read `count ++`.
/// With the name typed to its end and no space (`attempts|`), the languages that have `++` take it (`++;`).
fn count_up(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let (name, spaced) = match typed.strip_suffix(' ') {
        Some(name) => (name, true),
        None => (typed, false),
    };
    if name.is_empty() || !name.chars().all(super::lexer::is_identifier_char) {
        return;
    }
    if !spaced {
        let increments = matches!(
            context.profile.language,
            Language::C
                | Language::Cpp
                | Language::Java
                | Language::JavaScript
                | Language::TypeScript
                | Language::Go
        );
        // The name may still be the start of a longer one (`count` of `countLetters`).
        let line_start = context.cursor - context.line_before.len();
        let mut window_start = line_start.saturating_sub(4000);
        while !context.code.is_char_boundary(window_start) {
            window_start -= 1;
        }
        let longer = context
            .code
            .get(window_start..line_start)
            .is_some_and(|above| {
                above.match_indices(name).any(|(at, _)| {
                    above[at + name.len()..].starts_with(super::lexer::is_identifier_char)
                })
            });
        if !increments || context.prefix != name || longer || !context.at_line_end() {
            return;
        }
    }
    // `count = 0`, `let mut count = 0;`, and the typed languages' `int count = 0;`.
    let window_start = context
        .tokens_before()
        .first()
        .map_or(0, |token| token.start);
    let counter = declaration_of(context, name)
        .is_some_and(|value| value.trim().trim_end_matches(';') == "0")
        || context
            .code
            .get(window_start..context.cursor)
            .is_some_and(|window| {
                window.lines().any(|line| {
                    let line = line.trim().trim_end_matches(';');
                    line.strip_suffix(" = 0").is_some_and(|declared| {
                        // `let total: number = 0`: the annotation after `: ` is not the name.
                        let declared = declared.split(": ").next().unwrap_or(declared);
                        declared.rsplit(' ').next() == Some(name) && declared.contains(' ')
                    })
                })
            });
    // The block holding the cursor is a loop's, or an `if`'s right in a loop (`if ch in "aeiou":` counts vowels).
    let mut headers = context
        .enclosing_lines()
        .take(2)
        .map(|line| line.trim_start_matches('}').trim_start());
    let nearest = headers.next();
    let conditional = nearest.is_some_and(|line| {
        ["if ", "if(", "elif "]
            .iter()
            .any(|keyword| line.starts_with(keyword))
    });
    let opener = if conditional { headers.next() } else { nearest }.filter(|line| {
        ["for ", "for(", "while ", "while(", "loop {", "do {"]
            .iter()
            .any(|keyword| line.starts_with(keyword))
    });
    let Some(opener) = opener.filter(|_| counter) else {
        return;
    };
    // A sum adds up the loop's elements (`sum += n`), it does not count them; without an element, nothing is sure.
    let lower = name.to_lowercase();
    let lead = if spaced { "" } else { " " };
    let text = if lower.ends_with("sum") || lower.ends_with("total") {
        match loop_element(opener).or_else(|| counted_up_to(opener)) {
            // A record adds up its amount (`total += item.price * item.quantity;`), never itself.
            Some(element) if super::record_fields::is_record(context, element) => {
                match super::record_fields::amount_of(context, element) {
                    Some(amount) => format!("{lead}+= {amount}{}", terminator(context)),
                    None => return,
                }
            }
            Some(element) => format!("{lead}+= {element}{}", terminator(context)),
            None => return,
        }
    } else if spaced {
        format!("+= 1{}", terminator(context))
    } else {
        format!("++{}", terminator(context))
    };
    out.push(Suggestion::construct(text, 0.8));
}

/// The index of a counting loop up to a bound included (`for (int i = 1; i <= 10; i++) {`, Go's `for i := 1; i <=
/// n; i++ {`) -> `i`: the numbers such a loop adds up are its own. A loop below a bound (`i < n`) walks a
/// collection's indices as often, so it says nothing.
fn counted_up_to(header: &str) -> Option<&str> {
    let mut parts = header
        .strip_prefix("for")?
        .trim_start()
        .trim_start_matches('(')
        .split(';');
    let (_, condition) = (parts.next()?, parts.next()?.trim());
    let (index, bound) = condition.split_once(" <= ")?;
    let bound = bound.trim();
    let plain_bound = bound.chars().all(|c| c.is_ascii_digit()) || is_plain_name(bound);
    (is_plain_name(index) && plain_bound && !bound.is_empty()).then_some(index)
}

/// The element variable of a loop over a collection's header: `for n in nums:`, `for _, n := range nums {`,
/// `for (const n of nums) {`, `for (int n : nums) {`, `for (i, n) in v.iter().enumerate() {` -> `n`. `None` for a
/// counting loop, a `while`, or an element ignored (`_`).
pub(super) fn loop_element(header: &str) -> Option<&str> {
    let header = header
        .strip_prefix("for")?
        .trim_start()
        .trim_start_matches('(');
    if header.contains(';') {
        return None;
    }
    let variables = [" := range ", " in ", " of ", " : "]
        .iter()
        .find_map(|separator| header.split_once(separator).map(|(before, _)| before))?;
    let element = variables
        .rsplit([',', ' ', '('])
        .map(|word| word.trim_end_matches(')'))
        .find(|word| !word.is_empty())?;
    (element != "_" && element.chars().all(super::lexer::is_identifier_char)).then_some(element)
}

/// What a count grows by in a function that adds a quantity of the key (`def add_item(name, qty):` -> `qty`): the
/// function's one parameter besides the key. `None` where it has no other or several (then it counts by one).
fn added_quantity<'a>(context: &Context<'a>, key: &str) -> Option<&'a str> {
    let function = enclosing_function(context)?;
    let others: Vec<&str> = function
        .parameter_names()
        .filter(|name| *name != key)
        .collect();
    match others.as_slice() {
        [quantity]
            if function.parameter_names().any(|name| name == key) && is_plain_name(quantity) =>
        {
            Some(quantity)
        }
        _ => None,
    }
}

/// `counts[word] = counts.get(` -> `word, 0) + 1` (Java's `counts.put(word, counts.getOrDefault(` -> `word, 0) +
/// 1);`): counting occurrences in a map.
fn count_in_mapping(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let line = context.line_before.trim();
    // The key typed already (`counts.get(ch, `): the default and the increment follow; with the default typed too
    // (`counts.getOrDefault(c, 0`), only the increment does, not the bare closers that drop the count's `+ 1`.
    let default_typed = line.strip_suffix('0').map(str::trim_end);
    if let Some((call, key)) = default_typed
        .unwrap_or(line)
        .strip_suffix(',')
        .and_then(|rest| {
            rest.rsplit_once(".get(")
                .or_else(|| rest.rsplit_once(".getOrDefault("))
        })
    {
        let java = line.contains(".getOrDefault(");
        let map = call.rsplit([' ', '(']).next().unwrap_or("");
        let counted = if java {
            call.contains(&format!("{map}.put({key}, "))
        } else {
            call.starts_with(&format!("{map}[{key}] = "))
        };
        if counted
            && !map.is_empty()
            && !key.is_empty()
            && key.chars().all(super::lexer::is_identifier_char)
        {
            let space = if context.line_before.ends_with(' ') {
                ""
            } else {
                " "
            };
            let end = if java { ");" } else { "" };
            let step = added_quantity(context, key).unwrap_or("1");
            let text = if default_typed.is_some() {
                format!(") + {step}{end}")
            } else {
                format!("{space}0) + {step}{end}")
            };
            out.push(Suggestion::construct(text, 0.9));
        }
        return;
    }
    // The method may be typed in part or not at all (`counts.`, `counts.ge`): completed from there.
    let (typed, method_typed) = match line.rsplit_once('.') {
        Some((head, method))
            if !method.contains('(')
                && ("get".starts_with(method) || "getOrDefault".starts_with(method)) =>
        {
            let call = if head.contains(".put(") {
                "getOrDefault("
            } else {
                "get("
            };
            if !call.starts_with(method) {
                return;
            }
            (format!("{head}.{call}"), method.len())
        }
        _ => (line.to_owned(), usize::MAX),
    };
    let typed = typed.as_str();
    let (key, map, call) = if let Some(rest) = typed.strip_suffix(".get(") {
        // `counts[word] = counts.get(`
        let Some((target, map)) = rest.split_once(" = ") else {
            return;
        };
        let Some((target_map, key)) = target
            .strip_suffix(']')
            .and_then(|target| target.split_once('['))
        else {
            return;
        };
        if target_map != map {
            return;
        }
        (key, map, "get")
    } else if let Some(rest) = typed.strip_suffix(".getOrDefault(") {
        // `counts.put(word, counts.getOrDefault(`
        let Some((put, map)) = rest.rsplit_once(", ") else {
            return;
        };
        let Some((target_map, key)) = put.split_once(".put(") else {
            return;
        };
        if target_map != map {
            return;
        }
        (key, map, "getOrDefault")
    } else {
        return;
    };
    let simple = |text: &str| {
        !text.is_empty()
            && text
                .chars()
                .all(|c| super::lexer::is_identifier_char(c) || c == '.')
    };
    if !simple(key) || !simple(map) {
        return;
    }
    let end = if call == "getOrDefault" { ");" } else { "" };
    let step = added_quantity(context, key).unwrap_or("1");
    let completion = format!("{key}, 0) + {step}{end}");
    let text = if method_typed == usize::MAX {
        completion
    } else {
        // The rest of the method's name, its parenthesis, then the arguments.
        let method = format!("{call}(");
        format!("{}{completion}", method.get(method_typed..).unwrap_or(""))
    };
    out.push(Suggestion::construct(text, 0.9));
}

/// The first statement of a constructor of a class that extends another: `super(name);` (Java; `super(` in
/// JavaScript), and
/// Python's `super().` -> `__init__(` then `super().__init__(` -> `name)`: the parent is built first, from the
/// parameters.
fn call_parent_constructor(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let language = context.profile.language;
    let typed = context.line_before.trim_start();
    // The cheap tests first: the rest reads the window.
    let python_super = language == Language::Python && typed.starts_with("super().");
    let braced_first_line = matches!(
        language,
        Language::JavaScript | Language::TypeScript | Language::Java
    ) && context.on_blank_line_start();
    // `su` typed as the constructor's first statement: the same call, its first letters typed.
    let half_typed = matches!(
        language,
        Language::JavaScript | Language::TypeScript | Language::Java
    ) && context.prefix.len() >= 2
        && typed == context.prefix
        && "super".starts_with(typed)
        && typed != "super";
    let braced_first_line = braced_first_line || half_typed;
    // `super(` typed as the constructor's first statement: its arguments follow.
    let typed_super = matches!(
        language,
        Language::JavaScript | Language::TypeScript | Language::Java
    ) && typed == "super(";
    if !(python_super || braced_first_line || typed_super) || !context.at_line_end() {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    // The tokens before the cursor leave out the word being typed: `su` is at the body's start as well.
    if braced_first_line && context.tokens_before().len() != function.body_start {
        return;
    }
    if typed_super && context.tokens_before().len() != function.body_start + 2 {
        return;
    }
    let names: Vec<&str> = function
        .parameter_names()
        .filter(|name| !matches!(*name, "self" | "cls"))
        .collect();
    let window_start = context
        .tokens_before()
        .first()
        .map_or(0, |token| token.start);
    let class_line = context
        .code
        .get(window_start..context.cursor)
        .unwrap_or("")
        .lines()
        .rev()
        .find(|line| line.trim_start().starts_with("class ") || line.contains(" class "));
    let extends = class_line.is_some_and(|line| match language {
        Language::Python => {
            line.contains('(') && !line.contains("()") && !line.contains("(object)")
        }
        _ => line.contains(" extends "),
    });
    if !extends {
        return;
    }
    match language {
        Language::Python if function.name == "__init__" => {
            if typed == format!("super().{}", context.prefix) && context.at_line_end() {
                if let Some(rest) = "__init__(".strip_prefix(context.prefix) {
                    out.push(Suggestion::construct(rest, 0.9));
                }
            } else if typed == "super().__init__(" && context.at_line_end() {
                // A parent the code defines takes what its own `__init__` names; an unknown one is passed the
                // one parameter, or all of them as a guess listed below the bar (a subclass adds its own).
                let parent = class_line
                    .and_then(|line| line.split_once('('))
                    .and_then(|(_, rest)| rest.split([')', ',']).next())
                    .map(str::trim);
                let (arguments, confidence) = match parent
                    .and_then(|parent| python_parent_parameters(context.code, parent))
                {
                    Some(inherited) if inherited.iter().all(|name| names.contains(name)) => {
                        (inherited, 0.85)
                    }
                    Some(_) => return,
                    None if names.len() == 1 => (names, 0.8),
                    None => (names, 0.6),
                };
                out.push(Suggestion::construct(
                    format!("{})", arguments.join(", ")),
                    confidence,
                ));
            }
        }
        Language::JavaScript | Language::TypeScript | Language::Java => {
            let constructor = function.name == "constructor"
                || (language == Language::Java && function.name.starts_with(char::is_uppercase));
            let first = context.tokens_before().len() == function.body_start;
            if constructor && typed_super {
                let parent = class_line
                    .and_then(|line| line.split_once(" extends "))
                    .and_then(|(_, parent)| parent.split_whitespace().next())
                    .map(|parent| parent.trim_end_matches('{'));
                // Java's constructors pass theirs on; JavaScript's only what a known parent takes.
                let arguments = if language == Language::Java {
                    Some(names.clone())
                } else if parent == Some("Error") {
                    names.contains(&"message").then(|| vec!["message"])
                } else {
                    parent
                        .and_then(|parent| parent_constructor_parameters(context.code, parent))
                        .filter(|inherited| inherited.iter().all(|name| names.contains(name)))
                };
                if let Some(arguments) = arguments.filter(|arguments| !arguments.is_empty()) {
                    let end = if language == Language::Java {
                        ";"
                    } else {
                        terminator(context)
                    };
                    out.push(Suggestion::construct(
                        format!("{}){end}", arguments.join(", ")),
                        0.85,
                    ));
                }
            } else if constructor && first && braced_first_line && context.at_line_end() {
                // JavaScript subclasses pass their parent other arguments as often as their own (2 of 2 on the
                // corpus): the call alone there. Java's constructors pass theirs on.
                // Unless the parent is known: a class the code defines, whose constructor takes parameters this
                // one has too, or `Error`, built from the `message` this one is given.
                let parent = class_line
                    .and_then(|line| line.split_once(" extends "))
                    .and_then(|(_, parent)| parent.split_whitespace().next())
                    .map(|parent| parent.trim_end_matches('{'));
                let passed_on = parent.and_then(|parent| {
                    if parent == "Error" {
                        names.contains(&"message").then(|| vec!["message"])
                    } else {
                        parent_constructor_parameters(context.code, parent)
                            .filter(|inherited| inherited.iter().all(|name| names.contains(name)))
                    }
                });
                let call = if language == Language::Java {
                    format!("super({});", names.join(", "))
                } else if let Some(arguments) = passed_on {
                    format!("super({}){}", arguments.join(", "), terminator(context))
                } else if names.is_empty() {
                    // A constructor given nothing has nothing to pass on (`class Bus extends EventEmitter`).
                    format!("super(){}", terminator(context))
                } else {
                    "super(".to_owned()
                };
                if let Some(rest) = call.strip_prefix(context.prefix) {
                    out.push(Suggestion::construct(rest, 0.85));
                }
            }
        }
        _ => {}
    }
}

/// The result of a call to a function named for an arithmetic operation on two integer literals (`add(1, 2)` ->
/// `3`, `multiply(3, 4)` -> `12`), which a test asserts; `None` for any other call or an overflow.
pub(super) fn arithmetic_call_result(call: &str) -> Option<i64> {
    let (name, arguments) = call.strip_suffix(')')?.split_once('(')?;
    let [left, right] = arguments.split(',').map(str::trim).collect::<Vec<_>>()[..] else {
        return None;
    };
    let (left, right): (i64, i64) = (left.parse().ok()?, right.parse().ok()?);
    match name.trim() {
        "add" | "sum" => left.checked_add(right),
        "subtract" | "sub" => left.checked_sub(right),
        "multiply" | "mul" | "product" => left.checked_mul(right),
        _ => None,
    }
}

/// The name of the struct whose definition the cursor's line is in (`type Node struct {`, `struct Node {`,
/// `pub struct Node {`, `typedef struct Node {`), when the lines between its header and the cursor are plain
/// fields.
pub(super) fn defined_struct<'a>(context: &Context<'a>) -> Option<&'a str> {
    let before_line = context.code_before_line();
    // Past the fields (lines without braces) to the header; a `}` first means the cursor is not in a definition.
    let header = before_line
        .lines()
        .rev()
        .map(str::trim)
        .find(|line| line.contains(['{', '}']))
        .filter(|line| line.ends_with('{') && !line.contains('}'))?;
    let header = header.strip_suffix('{')?.trim_end();
    let name = header
        .strip_prefix("type ")
        .and_then(|rest| rest.strip_suffix(" struct"))
        .or_else(|| {
            let rest = header.strip_prefix("pub ").unwrap_or(header);
            let rest = rest.strip_prefix("typedef ").unwrap_or(rest);
            rest.strip_prefix("struct ")
        })?
        .trim();
    let name = name.split('<').next().unwrap_or(name);
    (!name.is_empty() && name.chars().all(super::lexer::is_identifier_char)).then_some(name)
}

/// The parameters of the constructor of the JavaScript class `name` the code defines (`constructor(name) {`),
/// if it defines the class and gives it one.
fn parent_constructor_parameters<'a>(code: &'a str, name: &str) -> Option<Vec<&'a str>> {
    let mut lines = code.lines().map(str::trim);
    lines.find(|line| {
        line.strip_prefix("export ")
            .unwrap_or(line)
            .strip_prefix("class ")
            .and_then(|rest| rest.strip_prefix(name))
            .is_some_and(|rest| rest.starts_with([' ', '{']))
    })?;
    let header = lines
        .take_while(|line| !line.starts_with("class "))
        .find(|line| line.starts_with("constructor("))?;
    let parameters: Vec<&str> = header
        .strip_prefix("constructor(")?
        .split_once(')')?
        .0
        .split(',')
        .map(|parameter| parameter.split([':', '=']).next().unwrap_or("").trim())
        .map(|parameter| {
            ["public ", "private ", "protected ", "readonly "]
                .iter()
                .fold(parameter, |parameter, modifier| {
                    parameter.strip_prefix(modifier).unwrap_or(parameter)
                })
        })
        .filter(|parameter| !parameter.is_empty())
        .collect();
    parameters
        .iter()
        .all(|parameter| parameter.chars().all(super::lexer::is_identifier_char))
        .then_some(parameters)
}

/// The parameters of `__init__` in the Python class `name` the code defines (`self` left out), or `None` when the
/// code does not define it; empty when it defines no `__init__` of its own.
fn python_parent_parameters<'a>(code: &'a str, name: &str) -> Option<Vec<&'a str>> {
    let mut lines = code.lines().map(str::trim);
    lines.find(|line| {
        line.strip_prefix("class ")
            .and_then(|rest| rest.strip_prefix(name))
            .is_some_and(|rest| rest.starts_with(['(', ':']))
    })?;
    let Some(header) = lines
        .take_while(|line| !line.starts_with("class "))
        .find(|line| line.starts_with("def __init__("))
    else {
        return Some(Vec::new());
    };
    let parameters: Vec<&str> = header
        .strip_prefix("def __init__(")?
        .split_once(')')?
        .0
        .split(',')
        .map(|parameter| parameter.split([':', '=']).next().unwrap_or("").trim())
        .filter(|parameter| !parameter.is_empty() && *parameter != "self")
        .collect();
    parameters
        .iter()
        .all(|parameter| parameter.chars().all(super::lexer::is_identifier_char))
        .then_some(parameters)
}

/// A format string with several placeholders, then `, ` -> the locals declared last, one per placeholder, in the
/// order they were declared: `println!("{} is {} years old", ` -> `name, age);`, `fmt.Printf("%s is %d\n", ` ->
/// `name, age)`, `"{} is {}".format(` -> `name, age)`. Where the locals are too few, no single one is offered
/// (it would fill one placeholder of several).
fn format_arguments(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some((format, callee_end, given)) = format_string_and_given_arguments(typed) else {
        return;
    };
    let callee = typed.get(..callee_end).unwrap_or("");
    let language = context.profile.language;
    let placeholders = match language {
        Language::Rust if callee.ends_with("!(") || callee.ends_with("!(f, ") => {
            brace_placeholders(format)
        }
        Language::Python if callee.is_empty() => brace_placeholders(format),
        Language::C | Language::Cpp | Language::Go | Language::Java => {
            let lower = callee.to_lowercase();
            let formats = ["printf(", "errorf(", "format(", "sprintf(", "fprintf("]
                .iter()
                .any(|call| lower.ends_with(call) || lower.contains(&format!("{call}stderr, ")));
            if !formats {
                return;
            }
            percent_placeholders(format, language == Language::Java)
        }
        _ => return,
    };
    let Some(placeholders) = placeholders.filter(|&count| count >= 2 && given.len() < count) else {
        return;
    };
    // One value per placeholder, never a single one of several.
    out.retain(|suggestion| suggestion.kind != "fresh");
    let body_start = enclosing_function(context).map_or(0, |function| function.body_start);
    let declared = locals(context, body_start);
    if declared.len() < placeholders {
        return;
    }
    let names: Vec<&str> = declared[declared.len() - placeholders..]
        .iter()
        .map(|local| local.name)
        .collect();
    // The values already given are the first of those, in order (`name, ` of `name, age`): the rest follow.
    if names.get(..given.len()) != Some(given.as_slice()) {
        return;
    }
    // Sure only when those values were made on the lines just above, to be shown: on the corpus, locals made
    // further up were the format's arguments one time in five.
    let made_just_above = names.iter().all(|name| {
        context
            .code_lines_above()
            .take(placeholders + 1)
            .any(|line| {
                // `int age = `, `age := `, and each name of `name, age := "Bo", 7`.
                let target = line.split([':', '=']).next().unwrap_or("");
                target
                    .split(',')
                    .any(|declared| declared.split_whitespace().last() == Some(*name))
            })
    });
    if !made_just_above {
        return;
    }
    let outside_strings: String = typed.split('"').step_by(2).collect();
    let open = outside_strings
        .matches('(')
        .count()
        .saturating_sub(outside_strings.matches(')').count());
    let statement = typed.starts_with("let ")
        || !typed.contains('=')
        || typed
            .split('"')
            .next()
            .is_some_and(|head| !head.contains('='));
    // Rust's `format!(` opening a line is the function's tail expression: a `;` would throw the text away.
    let tail_format = language == Language::Rust && typed.starts_with("format!(");
    let ending = if statement && !tail_format {
        terminator(context)
    } else {
        ""
    };
    let rest = names.get(given.len()..).unwrap_or_default();
    out.push(Suggestion::construct(
        format!("{}{}{ending}", rest.join(", "), ")".repeat(open)),
        0.84,
    ));
}

/// [`format_string_before_arguments`], also once some arguments are given: `fmt.Printf("%s is %d\n", name, ` ->
/// the format, where the callee ends, and `["name"]` (plain names only; anything else is not followed).
fn format_string_and_given_arguments(typed: &str) -> Option<(&str, usize, Vec<&str>)> {
    if let Some((format, callee_end)) = format_string_before_arguments(typed) {
        return Some((format, callee_end, Vec::new()));
    }
    let arguments_start = typed.rfind("\", ")? + "\", ".len();
    let given: Vec<&str> = typed
        .get(arguments_start..)?
        .strip_suffix(", ")?
        .split(", ")
        .collect();
    if !given.iter().all(|name| is_plain_name(name)) {
        return None;
    }
    let (format, callee_end) = format_string_before_arguments(typed.get(..arguments_start)?)?;
    Some((format, callee_end, given))
}

/// The format string whose arguments start at the cursor, and where the call's name ends: `printf("%d %d\n", `
/// -> (`%d %d\n`, the offset of `(`), `"{} {}".format(` -> (`{} {}`, 0).
fn format_string_before_arguments(typed: &str) -> Option<(&str, usize)> {
    if let Some(before) = typed.strip_suffix("\".format(") {
        let open = before.rfind('"')?;
        let format = before.get(open + 1..)?;
        let starts_expression = before
            .get(..open)
            .is_some_and(|head| head.is_empty() || head.ends_with(['(', ' ', '=']));
        return starts_expression.then_some((format, 0));
    }
    let before = typed.strip_suffix("\", ")?;
    let open = before.rfind('"')?;
    let format = before.get(open + 1..)?;
    if format.contains('\\') && format.contains("\\\"") {
        return None;
    }
    let head = before.get(..open)?;
    // The format string is the call's first argument (`write!(f, ` and `fprintf(stderr, ` aside).
    let first_argument = ["(", "(f, ", "(stderr, ", "(w, "]
        .iter()
        .any(|opening| head.ends_with(opening));
    if !first_argument {
        return None;
    }
    let callee_end = head.len();
    Some((format, callee_end))
}

/// How many positional `{}` placeholders a Rust or Python format string has; `None` when it names its values
/// (`{name}`), which then take no argument.
fn brace_placeholders(format: &str) -> Option<usize> {
    let mut count = 0;
    let mut rest = format;
    while let Some(at) = rest.find('{') {
        let after = rest.get(at + 1..)?;
        if let Some(escaped) = after.strip_prefix('{') {
            rest = escaped;
            continue;
        }
        let end = after.find('}')?;
        let inside = after.get(..end)?;
        if !(inside.is_empty() || inside.starts_with(':')) {
            return None;
        }
        count += 1;
        rest = after.get(end + 1..)?;
    }
    Some(count)
}

/// How many `%` conversions a printf-style format string has (`%%` and Java's `%n` take no argument).
fn percent_placeholders(format: &str, java: bool) -> Option<usize> {
    let mut count = 0;
    let mut characters = format.chars().peekable();
    while let Some(character) = characters.next() {
        if character != '%' {
            continue;
        }
        match characters.peek() {
            Some('%') => {
                characters.next();
            }
            Some('n') if java => {
                characters.next();
            }
            Some(_) => count += 1,
            None => return None,
        }
    }
    Some(count)
}
