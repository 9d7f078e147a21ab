//! Closing what the current line left open: `print("hi` -> `")`, `if (ready(x` -> `)) {`, `def f(a, b` -> `):`.
//!
//! Only the current line is read: an opener from an earlier line belongs to a multi-line expression whose end the
//! developer will write on its own line. The closers come innermost first, then what naturally ends the line: a
//! Python block header's `:`, a C-like block header's ` {`, or the statement terminator where the file's style
//! uses one. Nothing is offered while the expression is visibly unfinished (the line ends with an operator, a
//! comma or an opener), while text other than closers follows the cursor, or for a `{` that opens a block. A
//! string just opened as a call's argument is not closed empty (`addEventListener("` holds an event's name), and an
//! f-string's bare precision gets two decimals (`{total:.` -> `2f}")`). The first program's `"Hello, W` -> `orld!")`;
//! a sentence ending in a lone letter (`"Enter a n`) or a space after an operand (`print(x `) is not closed; a
//! header whose condition closed before a one-line body (`else if (x) printf("`) ends as a statement, not ` {`;
//! a Go import's path is never closed empty (`import "` -> `fmt"` in a main package), nor is a constant's value
//! (`API_KEY = "`) or a Python keyword's (`how="`, but `end="` -> `")`; `bbox_inches="` -> `tight")`).

use super::Suggestion;
use super::c_family::FormatCall;
use super::cursor::Context;
use super::language::{BlockStyle, Language};
use super::lexer::{Token, TokenKind, is_identifier_char, is_plain_name};

/// Confidence of closing brackets only.
const BRACKETS_CONFIDENCE: f64 = 0.75;
/// Confidence of closing a string literal left open at the end of the line.
const LITERAL_CONFIDENCE: f64 = 0.85;
/// How much adding a line ending (`:`, ` {`, `;`) lowers the confidence.
const ENDING_DAMPING: f64 = 0.95;

/// Words after which an expression must go on: the line is not ready to be closed.
const CONTINUING_WORDS: &[&str] = &[
    "and",
    "or",
    "not",
    "in",
    "is",
    "if",
    "else",
    "for",
    "return",
    "await",
    "new",
    "typeof",
    "instanceof",
    "of",
    "as",
    "yield",
    "lambda",
    "let",
    "const",
    "var",
    "mut",
    "case",
];

/// Words that are whole values: nothing longer starts with them in code.
const VALUE_WORDS: &[&str] = &["true", "false", "null", "nullptr", "NULL", "None"];

/// Characters that may already follow the cursor without stopping a closing suggestion (they are trimmed later).
pub(super) fn is_closing_text(text: &str) -> bool {
    text.trim()
        .chars()
        .all(|character| ")]}\"'`;:".contains(character) || character.is_whitespace())
}

/// Appends the closers of the current line, when the cursor is in code.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !is_closing_text(context.line_after) {
        return;
    }
    template_attribute(context, out);
    let tokens = context.line_tokens();
    let Some(last) = tokens.last() else { return };
    if !ends_an_operand(context, last) || ends_go_map_key_type(context, tokens) {
        return;
    }
    // `stack[++`: a prefix increment still waits for its variable.
    if matches!(context.text(last), "++" | "--")
        && tokens
            .len()
            .checked_sub(2)
            .and_then(|index| tokens.get(index))
            .is_none_or(|before| !ends_an_operand(context, before))
    {
        return;
    }
    // `print(x |`: a space typed after an operand announces an operator or a keyword (`x + 1`, `x if y`); nobody
    // closes a bracket after a space.
    if context.prefix.is_empty() && context.line_before.ends_with([' ', '\t']) {
        return;
    }
    let Some(open) = unclosed_openers(context, tokens) else {
        return;
    };
    if open.is_empty() {
        return;
    }
    let closers: String = open
        .iter()
        .rev()
        .map(|opener| closer_text(opener))
        .collect();
    let (ending, mut damping) = line_ending(context, tokens);
    // A number, a literal or an increment cannot grow into a longer word: the line's ending after the closers is
    // as sure as the closers themselves (`sizeof(nums[0` -> `]);`, `new int[n + 1` -> `];`, `queue[head++` ->
    // `];`, `super(capacity, 0.75f, true` -> `);`). A bracket just closed may still be called or compared
    // (`m.count(key)` then `> 0`), so it keeps the damping.
    let finished_operand = if context.prefix.is_empty() {
        matches!(
            last.kind,
            TokenKind::Number | TokenKind::Literal { closed: true, .. }
        ) || matches!(context.text(last), "++" | "--")
    } else {
        VALUE_WORDS.contains(&context.prefix)
    };
    if finished_operand {
        damping = 1.0;
    }
    // `${|` with nothing in it yet: the value is the developer's to type (closing it would leave `${}`), unless the
    // line above just computed it (`const who = ...` then `` `Hello, ${ `` -> `` who}`); ``) or it is the
    // function's one parameter not used yet.
    if context.text(last).ends_with("${") {
        let value = assigned_on_line_above(context)
            .or_else(|| super::idioms::unused_parameter(context, context.tokens_before()));
        if let Some(name) = value {
            out.push(Suggestion::of_kind(
                format!("{name}{closers}{ending}"),
                0.8,
                "closer",
            ));
        }
        out.push(Suggestion::of_kind(
            format!("{closers}{ending}"),
            LITERAL_CONFIDENCE * damping * 0.6,
            "closer",
        ));
        return;
    }
    // `${name|`: the placeholder's value is written, closing it and the template is what is left, as in a string.
    let placeholder = open.last() == Some(&"${");
    // A word being typed may not be finished: closing after it is premature (the corpus benchmark found it almost
    // never right), unless it is a name the file knows and nothing longer is.
    if !context.prefix.is_empty() && !finished_operand {
        let known_and_complete =
            context.scan.prefix_occurrences > 0 && context.scan.names.is_empty();
        damping *= match (placeholder, known_and_complete) {
            (true, true) => 1.0,
            (false, true) => 0.51,
            (_, false) => 0.36,
        };
    }
    let confidence = if placeholder {
        LITERAL_CONFIDENCE
    } else {
        BRACKETS_CONFIDENCE
    };
    out.push(Suggestion::of_kind(
        format!("{closers}{ending}"),
        confidence * damping,
        "closer",
    ));
}

/// What closes the line once a value is written at the cursor: its open brackets innermost first, then the line's
/// ending (`[n for n in nums if n % 2 == ` -> `]`, `if (x === ` -> `) {`, `if n == ` -> `:`). For the rules that know
/// the value; `None` when the line's brackets do not match or a `{` on it opens a block.
pub(super) fn after_value(context: &Context<'_>) -> Option<String> {
    let tokens = context.line_tokens();
    let open = unclosed_openers(context, tokens)?;
    let closers: String = open
        .iter()
        .rev()
        .map(|opener| closer_text(opener))
        .collect();
    let (ending, _) = line_ending(context, tokens);
    Some(format!("{closers}{ending}"))
}

/// Appends the closing of a string literal left open at the cursor (then the line's other closers).
pub(super) fn close_literal(context: &Context<'_>, literal: &Token, out: &mut Vec<Suggestion>) {
    let TokenKind::Literal {
        closed: false,
        multiline,
    } = literal.kind
    else {
        return;
    };
    // A template literal may span lines, but one opened on this line is usually closed on it.
    if multiline && !context.text(literal).starts_with('`') {
        return;
    }
    if literal.line != context.scan.cursor_line || !is_closing_text(context.line_after) {
        return;
    }
    // `"net/ht` is a package's path begun: closing it there names none.
    if super::go::unfinished_import_path(context, literal) {
        return;
    }
    // `#include "util` is a header's name begun; at its dot the extension the other includes use comes next, and
    // once it is typed (`"util.h`) only the quote is left, never a `;`.
    if matches!(context.profile.language, Language::C | Language::Cpp)
        && context.line_before.trim_start().starts_with("#include")
    {
        let typed = context.typed_in_literal(literal).unwrap_or("");
        let named = [".h", ".hpp", ".hh", ".hxx", ".inc"]
            .iter()
            .any(|extension| typed.len() > extension.len() + 1 && typed.ends_with(extension));
        if named {
            out.push(Suggestion::of_kind("\"", LITERAL_CONFIDENCE, "closer"));
        } else if typed.len() > 2 && typed.ends_with('.') {
            super::c_family::header_extension(context, typed, out);
        }
        return;
    }
    // A backslash just typed begins an escape (`'\` before `n'`): a quote there would be escaped, not closing.
    let typed_text = context.typed_in_literal(literal).unwrap_or("");
    // A Spring path's variable just opened (`@PutMapping("/{`) is named before the path is closed.
    if context.profile.language == Language::Java
        && typed_text.ends_with('{')
        && context.line_before.trim_start().starts_with('@')
    {
        return;
    }
    // A Go struct field's tag just opened (`Name string ``) is written next, never left empty.
    if context.profile.language == Language::Go
        && typed_text == "`"
        && super::go::opens_field_tag(context, literal)
    {
        return;
    }
    let backslashes = typed_text.len() - typed_text.trim_end_matches('\\').len();
    if backslashes % 2 == 1 {
        return;
    }
    // `printf("%-10s%6.2f%`: a conversion begun needs its letter (`n`, `d`, `s`) before the quote, in a format
    // call or after the format's earlier conversions. A lone `"50%` stays plain text.
    if !matches!(context.profile.language, Language::C | Language::Cpp)
        && let Some(flags) = unfinished_conversion(typed_text)
    {
        let head = context.before_literal(literal).unwrap_or("").trim_end();
        let format_call = head.ends_with("printf(") || head.ends_with("format(");
        let earlier = typed_text.len() - flags.len() - 1;
        let converts_before = typed_text
            .get(..earlier)
            .is_some_and(|text| printed_conversions(text) > 0);
        if format_call || converts_before {
            return;
        }
    }
    // `fmt.Printf("total: %`: a format's verb is still to come, the string does not end on a bare `%` (C's
    // `printf("%` has its own rule, which reads the arguments).
    let lowered_line = context.line_before.to_ascii_lowercase();
    if context.profile.language == Language::Go
        && typed_text.ends_with('%')
        && !typed_text.ends_with("%%")
        && ["printf(", "errorf("]
            .iter()
            .any(|call| lowered_line.contains(call))
    {
        return;
    }
    // A Go struct tag's value begun (`` `json:"created ``): its own quote closes first, not the tag.
    if context.profile.language == Language::Go
        && typed_text.starts_with('`')
        && typed_text.matches('"').count() % 2 == 1
    {
        return;
    }
    // `re.findall(r"\d`: a pattern's character class just typed is nearly always followed by its quantifier.
    if context.profile.language == Language::Python
        && typed_text.starts_with(['r', 'R'])
        && ["\\d", "\\w", "\\s", "\\D", "\\W", "\\S"]
            .iter()
            .any(|class| typed_text.ends_with(class))
    {
        return;
    }
    // `json={"title": title, "bo`: a dict's next key is begun, and its value still follows; closing the string
    // and the braces there would leave a key without one.
    if matches!(
        context.profile.language,
        Language::Python | Language::JavaScript | Language::TypeScript
    ) && context.before_literal(literal).is_some_and(begins_dict_key)
    {
        return;
    }
    // `f"User(name={self.name!r}, `: a comma after an interpolation lists the fields, and the next one follows.
    if context.profile.language == Language::Python
        && typed_text.ends_with("}, ")
        && typed_text
            .split(['"', '\''])
            .next()
            .is_some_and(|prefix| prefix.contains(['f', 'F']))
    {
        return;
    }
    // `s += '`: appending an empty string does nothing; the text appended is still to be typed.
    if is_empty_literal(context.typed_in_literal(literal).unwrap_or(""), '\'') {
        let appends = context
            .before_literal(literal)
            .is_some_and(|before| before.trim_end().ends_with("+="));
        if appends {
            return;
        }
    }
    // `typeof job !== '`: the type tested is still to be named; an empty string is never it.
    if super::javascript_library::unnamed_typeof_string(context, literal) {
        return;
    }
    let text = context.text(literal);
    let Some(quote) = text
        .chars()
        .find(|character| matches!(character, '"' | '\'' | '`'))
    else {
        return;
    };
    // `Addr: ":808`, `port = "30`: a port begun is finished when only one common port starts so, and left open
    // when several do (`"8`: `8080` or `8000`).
    let typed_so_far = context.typed_in_literal(literal).unwrap_or("");
    let begun_port = typed_so_far
        .strip_prefix(quote)
        .map(|body| body.trim_start_matches(':'))
        .map(|digits| super::environment::port_begun(context.line_before, digits));
    match begun_port {
        Some(super::environment::PortBegun::Several) => return,
        Some(super::environment::PortBegun::One(rest)) => {
            let open = unclosed_openers(
                context,
                context
                    .line_tokens()
                    .get(..context.line_tokens().len().saturating_sub(1))
                    .unwrap_or_default(),
            );
            let closers: String = open
                .unwrap_or_default()
                .iter()
                .rev()
                .map(|opener| closer_text(opener))
                .collect();
            out.push(Suggestion::of_kind(
                format!("{rest}{quote}{closers}"),
                0.86,
                "closer",
            ));
            return;
        }
        _ => {}
    }
    // `? '` in Java, C or C++ opens a character: `''` is no literal of theirs, so the character comes first.
    if quote == '\''
        && typed_so_far == "'"
        && matches!(
            context.profile.language,
            super::language::Language::Java
                | super::language::Language::C
                | super::language::Language::Cpp
        )
    {
        return;
    }
    // `@Value("${server.po`: a Spring property's key is still being typed; closing the string there would cut
    // the key. (Java has no interpolation: `${` in its strings is a framework's placeholder.)
    if context.profile.language == super::language::Language::Java
        && typed_so_far
            .rsplit_once("${")
            .is_some_and(|(_, key)| !key.contains('}'))
    {
        return;
    }
    let tokens = context.line_tokens();
    let before_literal = tokens
        .iter()
        .position(|token| token.start >= literal.start)
        .unwrap_or(tokens.len());
    let line_tokens = tokens.get(..before_literal).unwrap_or_default();
    // `import { a } from "`: the module's name is what is left, and an empty one is never right. Read before the
    // openers: an import's `{` is a list of names, not a block.
    if opens_javascript_import(context, literal) {
        let typed = context.typed_in_literal(literal).unwrap_or("");
        let name = typed.trim_start_matches(quote);
        // A name begun (`from "re`) is the module's beginning: finishing it, not closing it there.
        if let Some(rest) = known_string_argument(context, literal)
            .and_then(|module| module.strip_prefix(name).map(str::to_owned))
            .filter(|_| typed.starts_with(quote))
        {
            let (ending, _) = line_ending(context, line_tokens);
            out.push(Suggestion::of_kind(
                format!("{rest}{quote}{ending}"),
                0.86,
                "closer",
            ));
            return;
        }
        if is_empty_literal(typed, quote) {
            return;
        }
    }
    let Some(mut open) = unclosed_openers(context, line_tokens) else {
        return;
    };
    // A template literal's part after a placeholder (`} is ${`) closes that placeholder: the literal around it
    // is this one, not another left open (`${name} is ${` -> `age}`)`, never `age}`}`)`).
    if text.starts_with('}') && open.last() == Some(&"${") {
        open.pop();
    }
    let closers: String = open
        .iter()
        .rev()
        .map(|opener| closer_text(opener))
        .collect();
    let (ending, mut damping) = line_ending(context, line_tokens);
    // In an f-string or a template literal, a placeholder left open closes first: `f"Hello, {name` -> `}")`.
    let typed_literal = context.typed_in_literal(literal).unwrap_or("");
    // `return "`: a function returning text returns some (`"Woof"`), never an empty string closed at once; nor is
    // the value compared with (`u.role === '` -> `admin'`, as often as an emptiness test), a key (`row["`), a
    // union's next member (`"success" | "`), a fallback (`process.env.HOST ?? "`) or a printed message.
    if is_empty_literal(typed_literal, quote)
        && context.before_literal(literal).is_some_and(|before| {
            let before = before.trim();
            before == "return"
                || before.ends_with("==")
                || before.ends_with("!=")
                || before.ends_with('[')
                || before.ends_with('|')
                || before.ends_with("??")
                // A message printed by a Rust macro or a C++ stream: its text is the developer's.
                || before.ends_with("<<")
                || ["println!(", "print!(", "eprintln!(", "eprint!(", "panic!("]
                    .iter()
                    .any(|call| before.ends_with(call))
        })
    {
        if let Some(host) = local_host_fallback(context, literal) {
            out.push(Suggestion::of_kind(
                format!("{host}{quote}{closers}{ending}"),
                0.86,
                "closer",
            ));
        } else if super::console_programs::first_program_line(context)
            && context.before_literal(literal).is_some_and(|before| {
                let before = before.trim();
                before.ends_with("<<")
                    || [
                        "println!(",
                        "print(",
                        "console.log(",
                        "printf(",
                        "puts(",
                        "fmt.Println(",
                        "System.out.println(",
                    ]
                    .contains(&before)
            })
        {
            // `println!("` opening an empty `main`: the first program's greeting.
            let world = if context.profile.language == Language::Rust {
                "world"
            } else {
                "World"
            };
            let newline = if printed_line_needs_newline(context, literal, "\"Hello, World!") {
                "\\n"
            } else {
                ""
            };
            out.push(Suggestion::of_kind(
                format!("Hello, {world}!{newline}{quote}{closers}{ending}"),
                0.86,
                "closer",
            ));
        }
        return;
    }
    if is_empty_literal(typed_literal, quote)
        && let Some(value) = named_string_value(context, literal, &open)
            .or_else(|| answered_object_value(context, literal))
            .or_else(|| {
                context
                    .before_literal(literal)
                    .and_then(super::javascript_everyday::created_element_tag)
            })
    {
        if !value.is_empty() {
            out.push(Suggestion::of_kind(
                format!("{value}{quote}{closers}{ending}"),
                0.86,
                "closer",
            ));
        }
        return;
    }
    // Rust's format macros take their arguments inline too: `println!("Hello, {name` -> `}");`.
    let format_string = context.profile.language == super::language::Language::Rust
        && context.before_literal(literal).is_some_and(|before| {
            let before = before.trim_end();
            before.ends_with("!(") || (before.contains("write") && before.ends_with(','))
        });
    // What closes a placeholder whose value is written, then the string and the line.
    let after_placeholder = || {
        format!(
            "}}{}{quote}{closers}{ending}",
            text_brackets_left_open(typed_literal)
        )
    };
    let placeholder = match open_placeholder(typed_literal, quote, format_string) {
        // `{self.n`: an attribute of the object is being named.
        Some(content)
            if placeholder_attribute(
                context,
                content,
                typed_literal,
                &after_placeholder(),
                out,
            ) =>
        {
            return;
        }
        // `{tot` in an f-string: a name of the code is being typed, as it would be outside the string.
        Some(content) if placeholder_name(context, content, &after_placeholder(), out) => {
            return;
        }
        // `{total:.` in a Python f-string: a precision is being given, and money and averages show two decimals.
        Some(content)
            if quote != '`'
                && !format_string
                && content.ends_with(":.")
                && is_plain_name(content.trim_end_matches(":.").trim_start_matches("self.")) =>
        {
            "2f}"
        }
        // `{self.` or `{a +`: the value is still being written; closing now would leave `{self.}`.
        Some(content) if ends_unfinished(content) => return,
        Some(content) => {
            // `{` with nothing in it yet: the value is still to be typed, closing is only a fallback...
            if content.trim().is_empty() {
                damping *= 0.6;
                // ... unless the line above just computed it (`name = input()` then `print(f"Hi {`), it is
                // the function's one parameter not used yet (`def greet(name):` then `print(f"Hello, {`), or the
                // text just named it (`f"invalid age: {` in `def set_age(age):`).
                let value = assigned_on_line_above(context)
                    .or_else(|| caught_error(context, quote))
                    .or_else(|| super::idioms::unused_parameter(context, context.tokens_before()))
                    .or_else(|| named_before_placeholder(context, typed_literal));
                if let Some(name) = value {
                    out.push(Suggestion::of_kind(
                        format!("{name}}}{quote}{closers}{ending}"),
                        0.8,
                        "closer",
                    ));
                }
            }
            if quote != '`' && !format_string && ends_with_bare_precision(content) {
                "f}"
            } else {
                "}"
            }
        }
        None => "",
    };
    if placeholder.is_empty()
        && typed_literal == "\""
        && let Some(word) = super::beginner_projects::fizzbuzz_word_in_literal(context)
    {
        out.push(Suggestion::of_kind(word, 0.9, "construct"));
        return;
    }
    // `name = input("Name: ")` then `print("Hello, ` -> `" + name)`: the text read just above is what the
    // sentence is about.
    // In an f-string (`f"Hello, `) the name goes in a placeholder.
    let formatted = typed_literal.starts_with(['f', 'F'])
        && typed_literal
            .get(1..)
            .is_some_and(|rest| rest.starts_with(quote));
    if placeholder.is_empty()
        && typed_literal.len() > 2
        && typed_literal.ends_with(' ')
        && (typed_literal.starts_with(quote) || formatted)
        && let Some(name) = text_read_on_line_above(context)
    {
        let text = if formatted {
            format!("{{{name}}}{quote}{closers}{ending}")
        } else {
            format!("{quote} + {name}{closers}{ending}")
        };
        out.push(Suggestion::of_kind(text, 0.86, "closer"));
        return;
    }
    // `"Hello, W` -> `orld!")`; `"Hello, ` alone only as a first program's first line (elsewhere a name follows).
    let greeting = typed_literal
        .trim_start_matches(|c: char| c.is_ascii_alphabetic())
        .get(1..)
        .filter(|body| {
            placeholder.is_empty()
                && matches!(*body, "Hello, " | "Hello ")
                && super::console_programs::first_program_line(context)
        });
    if placeholder.is_empty() && (is_hello_world(typed_literal) || greeting.is_some()) {
        let newline = if printed_line_needs_newline(context, literal, "\"Hello, World!") {
            "\\n"
        } else {
            ""
        };
        let rest = if greeting.is_some() {
            "World!"
        } else {
            "orld!"
        };
        out.push(Suggestion::of_kind(
            format!("{rest}{newline}{quote}{closers}{ending}"),
            0.86,
            "closer",
        ));
        return;
    }
    // `"API_`, `"user_`: a key or a name that ends with its separator is still being typed; closing it there
    // leaves a name nobody writes. So is a route's method begun (`methods=["P`).
    let word = typed_literal.get(1..).unwrap_or("");
    let before_literal = context.before_literal(literal).unwrap_or("");
    if placeholder.is_empty()
        && (word.ends_with('_') && word.chars().all(super::lexer::is_identifier_char)
            || context.profile.language == Language::Python
                && super::pages_and_data::partial_route_method(before_literal, word))
    {
        return;
    }
    // `"Enter a n`, `"Hello, W`: a sentence whose last word is one letter is still being typed; closing it there
    // is a last resort.
    if placeholder.is_empty() && ends_with_lone_letter(typed_literal) {
        damping *= 0.5;
    }
    if placeholder.is_empty()
        && let Some(fields) = described_fields(context, typed_literal)
    {
        out.push(Suggestion::of_kind(
            format!("{fields}{quote}{closers}{ending}"),
            0.86,
            "closer",
        ));
        return;
    }
    if placeholder.is_empty()
        && typed_literal == "\""
        && context.at_line_end()
        && stdio_format_call(context, literal) == Some(FormatCall::Scan)
    {
        // `scanf("` -> `%d", &age);`: the format of the variable declared for it.
        if let Some(variable) = super::c_family::variable_read_by_scanf(context)
            && let Some(format) = variable.scanf_format()
        {
            out.push(Suggestion::of_kind(
                format!("{format}\", {}{closers}{ending}", variable.scanf_target()),
                0.8,
                "closer",
            ));
        }
        return;
    }
    if placeholder.is_empty()
        && let Some(call) = stdio_format_call(context, literal)
        && let Some(spec) = unfinished_conversion(typed_literal)
    {
        // `printf("Count: %` -> `d\n", count);`: a conversion begun is finished for the variable just declared,
        // or left alone: closing it (`%");`) prints garbage.
        if let Some((conversion, values)) = finished_conversion(context, call, typed_literal, spec)
        {
            // With the editor's closing quote after the cursor, only the conversion can be typed before it.
            let text = match values {
                Some(values) if context.at_line_end() => {
                    format!("{conversion}{values}{closers}{ending}")
                }
                _ => conversion.to_owned(),
            };
            out.push(Suggestion::of_kind(text, 0.8, "closer"));
        }
        return;
    }
    // With the editor's closing quote already after the cursor, the values cannot be typed before it.
    if placeholder.is_empty()
        && context.line_after.trim().is_empty()
        && let Some(conversions) = printf_conversions(context, literal, typed_literal)
    {
        // `printf("Result: %d` -> `\n", result);`: a format's values follow it, so the string closes into its
        // argument list, not into `");` (which would print garbage for `%d`).
        let text = typed_literal.trim_start_matches(quote);
        let newline = if text.contains("\\n") || text.ends_with([' ', ':', '=']) {
            ""
        } else {
            "\\n"
        };
        let value = (conversions == 1)
            .then(|| {
                declared_on_line_above(context)
                    .or_else(|| super::idioms::unused_parameter(context, context.tokens_before()))
            })
            .flatten();
        let suggestion = match value {
            Some(name) => Suggestion::of_kind(
                format!("{newline}{quote}, {name}{closers}{ending}"),
                0.8,
                "closer",
            ),
            None => Suggestion::of_kind(
                format!("{newline}{quote}, "),
                LITERAL_CONFIDENCE * damping,
                "closer",
            ),
        };
        out.push(suggestion);
        return;
    }
    if placeholder.is_empty() && printed_line_needs_newline(context, literal, typed_literal) {
        out.push(Suggestion::of_kind(
            format!("\\n{quote}{closers}{ending}"),
            LITERAL_CONFIDENCE * damping + 0.03,
            "closer",
        ));
    }
    // `return f"` in `__str__`: an empty string is not what describes the object; closing it is a last resort.
    if placeholder.is_empty() && describes_object(context) && typed_literal.ends_with(quote) {
        damping *= 0.5;
    }
    // `addEventListener("`, `require("`, `createElement("`, `strftime("`: a string just opened as a call's argument
    // holds what the call is given (an event, a module, a format); closing it empty passes nothing.
    // ... unless the call says what it is given: `const fs = require("` -> `fs")`, `readFileSync(path, "` ->
    // `utf8")`.
    if placeholder.is_empty()
        && is_empty_literal(typed_literal, quote)
        && let Some(argument) = known_string_argument(context, literal)
    {
        out.push(Suggestion::of_kind(
            format!("{argument}{quote}{closers}{ending}"),
            0.86,
            "closer",
        ));
        return;
    }
    if placeholder.is_empty()
        && is_empty_literal(typed_literal, quote)
        && opens_go_import(context, literal)
    {
        // `import "` in a main package: the first import of every Go course is `fmt`; an empty path is never one.
        if context.code.contains("package main") && !context.code.contains("\"fmt\"") {
            out.push(Suggestion::of_kind(
                format!("fmt{quote}{closers}{ending}"),
                0.86,
                "closer",
            ));
        }
        return;
    }
    // `'./routes/`, `'http://`: a path that ends with its folder names a file next. `['GET', 'POST', '` and
    // `danger: '` under `primary: '#3498db',`: the next string of a list is another value like the ones before
    // it, never an empty one.
    if placeholder.is_empty()
        && matches!(
            context.profile.language,
            Language::JavaScript | Language::TypeScript
        )
        && (word.len() > 1 && word.ends_with('/')
            || word.is_empty() && follows_string_item(context, before_literal))
    {
        return;
    }
    // An empty `case "` names a value still to be typed, as an argument does.
    let empty_case = is_empty_literal(typed_literal, quote)
        && context.line_before.trim_start().starts_with("case ");
    if placeholder.is_empty()
        && (empty_case || opens_argument_string(context, literal, typed_literal, quote))
    {
        damping *= 0.5;
    }
    // `f"User({name` -> `})")`: a bracket of the string's own text, opened before the placeholder, closes after it.
    let text_closers = if placeholder.is_empty() {
        String::new()
    } else {
        text_brackets_left_open(typed_literal)
    };
    out.push(Suggestion::of_kind(
        format!("{placeholder}{text_closers}{quote}{closers}{ending}"),
        LITERAL_CONFIDENCE * damping,
        "closer",
    ));
}

/// Whether a string just opened is the next item of a list of non-empty strings: after `'POST', ` on its line,
/// or as a key's value (`danger: '`) under a line that gave its key a non-empty string (`primary: '#3498db',`).
fn follows_string_item(context: &Context<'_>, before_literal: &str) -> bool {
    let filled = |text: &str| {
        let text = text.trim_end();
        text.strip_suffix(['\'', '"'])
            .and_then(|inside| {
                let quote = text.chars().last()?;
                let start = inside.rfind(quote)?;
                Some(start + 1 < inside.len())
            })
            .unwrap_or(false)
    };
    if let Some(list) = before_literal.trim_end().strip_suffix(',') {
        return filled(list);
    }
    let key_only = |text: &str| {
        text.trim().strip_suffix(':').is_some_and(|key| {
            !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
    };
    key_only(before_literal)
        && context.previous_code_line().is_some_and(|line| {
            line.trim_end()
                .strip_suffix(',')
                .and_then(|entry| entry.split_once(": "))
                .is_some_and(|(key, value)| key_only(&format!("{key}:")) && filled(value))
        })
}

/// How many values the C or C++ `printf` format being written asks for (`%d`, `%.2f`, `%s`; `%%` prints a
/// percent sign), when it asks for any: `printf(`, `fprintf(stream, `, `sprintf(buffer, ` and `snprintf(buffer,
/// size, `.
fn printf_conversions(
    context: &Context<'_>,
    literal: &Token,
    typed_literal: &str,
) -> Option<usize> {
    if !matches!(context.profile.language, Language::C | Language::Cpp) {
        return None;
    }
    if stdio_format_call(context, literal) != Some(FormatCall::Print) {
        return None;
    }
    let conversions = printed_conversions(typed_literal);
    (conversions > 0).then_some(conversions)
}

/// How many finished `printf` conversions (`%d`, `%.2f`, `%s`, not `%%`) a literal typed so far, its opening
/// quote first, holds.
fn printed_conversions(typed_literal: &str) -> usize {
    let mut conversions = 0;
    let mut characters = typed_literal.chars().skip(1).peekable();
    while let Some(character) = characters.next() {
        if character != '%' {
            continue;
        }
        if characters.next_if_eq(&'%').is_some() {
            continue;
        }
        // Flags, width, precision and length, then the conversion itself.
        while characters
            .next_if(|c| "-+ #0123456789.*hlLzjt".contains(*c))
            .is_some()
        {}
        if characters
            .next_if(|c| "diouxXeEfFgGaAcspn".contains(*c))
            .is_some()
        {
            conversions += 1;
        }
    }
    conversions
}

/// Which C stdio call a literal is the format of: `printf(`, `fprintf(stream, `, `sprintf(buffer, ` and
/// `snprintf(buffer, size, ` print; `scanf(`, `fscanf(stream, ` and `sscanf(text, ` read.
fn stdio_format_call(context: &Context<'_>, literal: &Token) -> Option<FormatCall> {
    if !matches!(context.profile.language, Language::C | Language::Cpp) {
        return None;
    }
    let before = context.before_literal(literal).unwrap_or("").trim();
    let call = before
        .rsplit(|c: char| !(is_identifier_char(c) || matches!(c, '(' | ',' | ' ')))
        .next()
        .unwrap_or(before)
        .trim_start();
    let arguments = |name: &str, commas: usize| {
        call.strip_prefix(name)
            .and_then(|rest| rest.strip_prefix('('))
            .is_some_and(|rest| {
                rest.matches(',').count() == commas
                    && (commas == 0 && rest.is_empty() || rest.ends_with(','))
            })
    };
    if arguments("printf", 0)
        || arguments("fprintf", 1)
        || arguments("sprintf", 1)
        || arguments("snprintf", 2)
    {
        Some(FormatCall::Print)
    } else if arguments("scanf", 0) || arguments("fscanf", 1) || arguments("sscanf", 1) {
        Some(FormatCall::Scan)
    } else {
        None
    }
}

/// What follows the last `%` of a format when the literal ends inside that conversion (`"Total: %` -> ``,
/// `"%.2` -> `.2`), not after a finished one nor after `%%`.
fn unfinished_conversion(typed_literal: &str) -> Option<&str> {
    let text = typed_literal.get(1..)?;
    let mut characters = text.char_indices().peekable();
    let mut open = None;
    while let Some((at, character)) = characters.next() {
        if character != '%' {
            continue;
        }
        if characters.next_if(|(_, c)| *c == '%').is_some() {
            continue;
        }
        open = Some(at + 1);
        while characters
            .next_if(|(_, c)| "-+ #0123456789.*hlLzjt".contains(*c))
            .is_some()
        {}
        if characters.peek().is_some() {
            open = None;
        }
    }
    text.get(open?..)
}

/// The rest of a conversion begun for the variable declared just above (`d` for an `int`, `lf` for a `double` read
/// by `scanf`), and what closes the format when that is its only one: `\n", count` (printing), `", &price`
/// (reading). `None` when the variable, its type or the typed flags say nothing sure (`%.2` of an `int`).
fn finished_conversion(
    context: &Context<'_>,
    call: FormatCall,
    typed_literal: &str,
    spec: &str,
) -> Option<(&'static str, Option<String>)> {
    let variable = match call {
        FormatCall::Print => super::c_family::declared_variable(context.previous_code_line()?)?,
        FormatCall::Scan => super::c_family::variable_read_by_scanf(context)?,
    };
    let conversion = variable.conversion(call)?;
    // The typed flags and width stay; a length modifier typed (`%l`) must be the conversion's own.
    let modifiers = spec.trim_start_matches(|c: char| "-+ #0123456789.*".contains(c));
    let rest = conversion.strip_prefix(modifiers)?;
    if spec.contains('.') && !matches!(conversion, "f" | "lf" | "s") || rest.is_empty() {
        return None;
    }
    // Only a format's single value is known: with more conversions the others are still to be named.
    let conversions = typed_literal.matches('%').count() - 2 * typed_literal.matches("%%").count();
    if conversions > 1 {
        return Some((rest, None));
    }
    let values = match call {
        FormatCall::Print => {
            let text = typed_literal.get(1..).unwrap_or("");
            let newline = if text.contains("\\n") || text.ends_with([' ', ':', '=']) {
                ""
            } else {
                "\\n"
            };
            format!("{newline}\", {}", variable.name)
        }
        FormatCall::Scan => format!("\", {}", variable.scanf_target()),
    };
    Some((rest, Some(values)))
}

/// The variable the line above declares or assigns in C (`int result = a + b;` -> `result`).
fn declared_on_line_above<'a>(context: &Context<'a>) -> Option<&'a str> {
    let line = context.previous_code_line()?.trim();
    let (target, value) = line.split_once('=')?;
    if value.starts_with('=') || target.ends_with(['!', '<', '>', '=']) {
        return None;
    }
    let name = target.trim_end();
    let name = &name[super::lexer::trailing_identifier_start(name)..];
    let used = super::lexer::contains_word(context.line_before, name);
    (is_plain_name(name) && !used).then_some(name)
}

/// Whether a literal holds the first program's greeting up to its second word's first letter (`"Hello, W`,
/// `'hello w`): every course's first line prints `Hello, World!`.
fn is_hello_world(typed_literal: &str) -> bool {
    let body = typed_literal.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let Some(body) = body.get(1..) else {
        return false;
    };
    matches!(
        body,
        "Hello, W" | "Hello W" | "hello, w" | "hello w" | "Hello, w"
    )
}

/// Whether prose in a literal ends with a word of one letter that is not a word by itself (`"Enter a n`, but not
/// `"Pick a` or `"Press Y`... which is rarer than a word being typed).
fn ends_with_lone_letter(typed_literal: &str) -> bool {
    let Some((before, last)) = typed_literal.rsplit_once(' ') else {
        return false;
    };
    let mut letters = last.chars();
    let lone = matches!((letters.next(), letters.next()), (Some(letter), None)
        if letter.is_ascii_alphabetic() && !matches!(letter, 'a' | 'A' | 'I'));
    lone && before.ends_with(|c: char| c.is_alphanumeric() || matches!(c, ',' | ':'))
}

/// C's `printf("Hello, World!` ends its line with `\n` before the quote closes: a sentence printed whole is a
/// line. Not a prompt (`"Enter a number: "` waits on the same line), nor a format with values (`%d`), nor a text
/// that already has its newline.
fn printed_line_needs_newline(context: &Context<'_>, literal: &Token, typed_literal: &str) -> bool {
    use super::language::Language;
    if !matches!(context.profile.language, Language::C | Language::Cpp) {
        return false;
    }
    let before = context.before_literal(literal).unwrap_or("").trim();
    let text = typed_literal.trim_start_matches('"');
    // A sentence's last mark says the message is finished; a word may still be growing (`"Hel`).
    let finished = text.ends_with('!')
        || text
            .strip_suffix('.')
            .is_some_and(|sentence| sentence.ends_with(char::is_alphabetic));
    // `fprintf(stderr, "Error!` writes a line to a stream alike.
    let prints = before == "printf(" || (before.starts_with("fprintf(") && before.ends_with(','));
    prints && finished && !text.contains(['%', '\\'])
}

/// The text a string argument just opened holds, where the call says it: the module a `require(` binds to its own
/// name, and the encoding a file is read with in Node.
fn known_string_argument(context: &Context<'_>, literal: &Token) -> Option<String> {
    if !matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript
    ) {
        return None;
    }
    let before = context.before_literal(literal)?.trim();
    if let Some(binding) = before
        .strip_suffix("require(")
        .and_then(|rest| rest.trim_end().strip_suffix('='))
        .map(str::trim)
    {
        let name = ["const ", "let ", "var "]
            .iter()
            .find_map(|keyword| binding.strip_prefix(keyword))?;
        return super::javascript::module_bound_to(name)
            .map(|module| super::javascript_library::spelled_module(context, module));
    }
    if let Some(bindings) = before
        .strip_prefix("import ")
        .and_then(|rest| rest.strip_suffix(" from"))
    {
        return imported_module(bindings.trim())
            .map(|module| super::javascript_library::spelled_module(context, module));
    }
    let reads_file = ["readFileSync(", "readFile("]
        .iter()
        .any(|call| before.contains(call));
    (reads_file && before.ends_with(',') && before.matches('(').count() == 1)
        .then(|| "utf8".to_owned())
}

/// A string just opened as a named value: `Some("")` when its text is still to be typed and an empty one is
/// never meant (a constant, `API_KEY = "`; a Python keyword's value, `how="`), the value itself where one is
/// written nearly always (`bbox_inches="` -> `tight`), `None` when an empty string is as likely as any (`s = "`
/// starts an accumulated text, `end="` ends a print without its newline).
fn named_string_value(
    context: &Context<'_>,
    literal: &Token,
    open: &[&str],
) -> Option<&'static str> {
    let before = context.before_literal(literal)?.trim_end();
    let named = before.strip_suffix('=')?;
    if named.ends_with(['=', '!', '<', '>', '+', '-', '*', '/', '|', '&', ':']) {
        return None;
    }
    let name_start = named
        .trim_end()
        .rfind(|c: char| !is_identifier_char(c))
        .map_or(0, |index| index + 1);
    let name = named.trim_end().get(name_start..)?;
    if name.is_empty() || !name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
        return None;
    }
    let keyword = context.profile.language == Language::Python
        && !named.ends_with(' ')
        && open.contains(&"(");
    if keyword {
        // Keywords whose value is text written by the caller, often nothing at all.
        const OFTEN_EMPTY: &[&str] = &[
            "end",
            "sep",
            "default",
            "prefix",
            "suffix",
            "value",
            "text",
            "initial",
            "initialvalue",
            "placeholder",
            "fill",
            "newline",
            "fg",
            "bg",
        ];
        if name == "bbox_inches" {
            return Some("tight");
        }
        return (!OFTEN_EMPTY.contains(&name)).then_some("");
    }
    // `currency: str = "`: a declared field's default is its own text, as often some as none.
    let annotated = context.profile.language == Language::Python
        && open.is_empty()
        && named.split_once(':').is_some_and(|(declared, _)| {
            let declared = declared.trim();
            let declared = declared.strip_prefix("self.").unwrap_or(declared);
            !declared.is_empty() && declared.chars().all(is_identifier_char)
        });
    if annotated {
        return Some("");
    }
    // `API_KEY = "`: a constant holds a value; `""` is an accumulator's start, and accumulators are lower case.
    let constant = open.is_empty()
        && name.len() > 1
        && name.chars().any(|c| c.is_ascii_uppercase())
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
    constant.then_some("")
}

/// A string value of an object a handler answers with (`return { status: "`, `res.json({ error: "`): its text
/// is what the handler says, never empty (`Some("")`: nothing is offered), and a health check's status is `ok`.
fn answered_object_value(context: &Context<'_>, literal: &Token) -> Option<&'static str> {
    let before = context.before_literal(literal)?.trim();
    let answered = [
        "return {",
        ".json({",
        ".send({",
        "jsonify({",
        "return jsonify({",
    ]
    .iter()
    .any(|opening| before.contains(opening))
        || options_argument(before);
    if !answered || !before.ends_with(':') {
        return None;
    }
    let key = before
        .trim_end_matches(':')
        .trim_end()
        .rsplit(['{', ',', ' '])
        .next()?
        .trim_matches(['"', '\'']);
    Some(if key == "status" { "ok" } else { "" })
}

/// Whether the object a string value is typed in is an options argument (`new Intl.NumberFormat("en-US", {
/// style: "`, `fetch(url, { method: "`): options name what they choose, never nothing. A state's initial object
/// (`useState({ name: "`) starts its fields empty, and is no options argument.
fn options_argument(before: &str) -> bool {
    let Some(opening) = before.rfind('{') else {
        return false;
    };
    let callee_end = before[..opening].trim_end();
    let Some(call) = callee_end
        .strip_suffix('(')
        .or_else(|| callee_end.strip_suffix(','))
    else {
        return false;
    };
    let inside = &before[opening + 1..];
    let callee = call
        .rsplit_once('(')
        .map_or(call, |(callee, _)| callee)
        .trim_end();
    let name = callee
        .rsplit(|c: char| !is_identifier_char(c))
        .next()
        .unwrap_or(callee);
    let initial_state = name.starts_with("set")
        || ["useState", "useReducer", "reactive", "ref", "useForm"].contains(&name);
    !name.is_empty() && !initial_state && !inside.contains(['{', '}'])
}

/// `process.env.HOST ?? "` (`|| "`) -> `localhost`: the host a server falls back to when none is configured.
fn local_host_fallback(context: &Context<'_>, literal: &Token) -> Option<&'static str> {
    let before = context.before_literal(literal)?.trim_end();
    let operand = before
        .strip_suffix("??")
        .or_else(|| before.strip_suffix("||"))?
        .trim_end();
    operand.ends_with("HOST").then_some("localhost")
}

/// Whether `literal` is the module of a JavaScript or TypeScript `import ... from`.
fn opens_javascript_import(context: &Context<'_>, literal: &Token) -> bool {
    matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript
    ) && context.before_literal(literal).is_some_and(|before| {
        let before = before.trim();
        before.starts_with("import ") && before.ends_with(" from")
    })
}

/// The package an import's bindings name: its default binding's (`import express, { Request } from "` ->
/// `express`, as `require(` does), else React's when every name is a hook of React's (`{ useState, useEffect }`).
fn imported_module(bindings: &str) -> Option<&'static str> {
    const REACT_HOOKS: &[&str] = &[
        "useState",
        "useEffect",
        "useRef",
        "useContext",
        "useReducer",
        "useMemo",
        "useCallback",
    ];
    if !bindings.starts_with('{') {
        let default = bindings
            .split_once(',')
            .map_or(bindings, |(first, _)| first);
        let name = default.strip_prefix("* as ").unwrap_or(default).trim();
        return super::javascript::module_bound_to(name);
    }
    let named = bindings.trim_start_matches('{').trim_end_matches('}');
    let mut names = named
        .split(',')
        .map(str::trim)
        .filter(|name| !name.is_empty());
    let first = names.next()?;
    if REACT_HOOKS.contains(&first) && names.all(|name| REACT_HOOKS.contains(&name)) {
        return Some("react");
    }
    super::javascript_library::module_of_named(bindings)
}

/// Whether `literal` has nothing typed in it yet (`"`, `f"`) and is an argument of a call: the first, or one after
/// a comma (`readFileSync("a.txt", "` -> an encoding, `path.join(__dirname, "` -> a file name, not `""`).
fn opens_argument_string(
    context: &Context<'_>,
    literal: &Token,
    typed_literal: &str,
    quote: char,
) -> bool {
    let before = context
        .code
        .get(..literal.start)
        .unwrap_or("")
        .trim_end_matches([' ', '\t']);
    let after_argument = before.ends_with(',') && context.line_before.contains('(');
    let first_argument = before.strip_suffix('(').is_some_and(|callee| {
        callee
            .chars()
            .last()
            .is_some_and(super::lexer::is_identifier_char)
    });
    is_empty_literal(typed_literal, quote) && (first_argument || after_argument)
}

/// Whether `literal` is a Go import's path (`import "`, or a line of an `import (` block).
fn opens_go_import(context: &Context<'_>, literal: &Token) -> bool {
    if context.profile.language != Language::Go {
        return false;
    }
    let before = context.before_literal(literal).unwrap_or("").trim();
    before == "import"
        || (before.is_empty()
            && context
                .previous_code_line()
                .is_some_and(|line| line.trim() == "import (" || line.trim().starts_with('"')))
}

/// Whether a literal typed so far is only its prefix and opening quote (`"`, `f'`).
fn is_empty_literal(typed_literal: &str, quote: char) -> bool {
    typed_literal
        .trim_start_matches(|c: char| c.is_ascii_alphabetic())
        .len()
        == quote.len_utf8()
}

/// Whether the cursor is in a method that describes its object as text (`__str__`, `__repr__`, `toString`).
fn describes_object(context: &Context<'_>) -> bool {
    super::statements::enclosing_function(context)
        .is_some_and(|function| matches!(function.name, "__str__" | "__repr__" | "toString"))
}

/// `` return `(${this.x}, ${this.`` in `toString()` -> `y}`: a template literal's placeholder is code, read here
/// as the f-string's is in [`placeholder_attribute`]: the first attribute the line does not show yet.
fn template_attribute(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript
    ) || !context.before_prefix().ends_with("${this.")
        || !describes_object(context)
    {
        return;
    }
    let unshown = assigned_attributes(context, "this")
        .into_iter()
        .filter(|name| name.len() > context.prefix.len() && name.starts_with(context.prefix))
        .find(|name| !context.line_before.contains(&format!("this.{name}")));
    if let Some(name) = unshown {
        out.push(Suggestion::member(
            format!("{}}}", &name[context.prefix.len()..]),
            0.88,
        ));
    }
}

/// The attributes the class assigns (`self.x = `), in the order it assigns them.
fn assigned_attributes<'a>(context: &Context<'a>, owner: &str) -> Vec<&'a str> {
    let assignment = format!("{owner}.");
    let mut attributes: Vec<&str> = Vec::new();
    for (at, _) in context.code_before_line().match_indices(&assignment) {
        let rest = context.code.get(at + assignment.len()..).unwrap_or("");
        let end = rest
            .find(|c: char| !super::lexer::is_identifier_char(c))
            .unwrap_or(rest.len());
        let (name, after) = rest.split_at(end);
        let assigned = after.trim_start().starts_with('=') && !after.trim_start().starts_with("==");
        if assigned && !name.is_empty() && !attributes.contains(&name) {
            attributes.push(name);
        }
    }
    // A Python class's own attributes, not those of a sibling class above it (`Circle`'s `radius` in
    // `Rectangle`'s `__repr__`).
    if owner == "self"
        && let Some(texts) = super::members::own_class_text(context)
    {
        let names = super::members::class_names(&texts);
        attributes.retain(|name| names.contains(name));
    }
    if owner == "self" {
        // A dataclass's fields, declared first and in order (`name: str`), come before what methods assign.
        let mut declared = annotated_fields(context);
        for name in attributes {
            if !declared.contains(&name) {
                declared.push(name);
            }
        }
        return declared;
    }
    attributes
}

/// The fields a Python class body annotates (`name: str`, `qty: int = 1`, as a dataclass declares them), in
/// order, read upward from the cursor to the class's header.
fn annotated_fields<'a>(context: &Context<'a>) -> Vec<&'a str> {
    let mut fields = Vec::new();
    let mut body_width = None;
    let lines = context
        .code_before_line()
        .lines()
        .rev()
        .filter(|line| !line.trim().is_empty());
    for line in lines.take(200) {
        let width = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        if trimmed.starts_with("class ") {
            if body_width.is_some_and(|body| body > width) || body_width.is_none() {
                break;
            }
            return Vec::new();
        }
        if width == 0 {
            return Vec::new();
        }
        let name_end = trimmed
            .find(|c: char| !super::lexer::is_identifier_char(c))
            .unwrap_or(trimmed.len());
        let (name, rest) = trimmed.split_at(name_end);
        let annotated = rest.starts_with(": ") && !trimmed.starts_with("def ");
        if annotated && !name.is_empty() && body_width.is_none_or(|body| body == width) {
            body_width = Some(width);
            fields.push(name);
        }
    }
    fields.reverse();
    fields
}

/// Whether a string opened after `before` is a key of a dict (or object) literal whose earlier entries are written
/// on the line (`{"title": title, `).
fn begins_dict_key(before: &str) -> bool {
    let mut depth = 0_usize;
    let mut brace = None;
    for (at, c) in before.char_indices().rev() {
        match c {
            ')' | ']' | '}' => depth += 1,
            '(' | '[' if depth == 0 => return false,
            '{' if depth == 0 => {
                brace = Some(at);
                break;
            }
            '(' | '[' | '{' => depth -= 1,
            _ => {}
        }
    }
    let Some(entries) = brace.and_then(|at| before.get(at + 1..)) else {
        return false;
    };
    entries.trim_end().ends_with(',') && entries.contains(':')
}

/// `return f"Point(` in `__repr__` or `__str__` -> `{self.x}, {self.y})`: the class's name opened as a call
/// shows the attributes it assigns, in their order, as its constructor takes them.
fn described_fields(context: &Context<'_>, typed_literal: &str) -> Option<String> {
    if context.profile.language != super::language::Language::Python || !describes_object(context) {
        return None;
    }
    let (prefix, body) = typed_literal.split_at(typed_literal.find(['"', '\''])?);
    let class = body.get(1..)?.strip_suffix('(')?;
    let declared = context
        .code_before_line()
        .contains(&format!("class {class}"));
    if !prefix.eq_ignore_ascii_case("f") || class.is_empty() || !declared {
        return None;
    }
    let attributes = assigned_attributes(context, "self");
    if !(1..=4).contains(&attributes.len()) {
        return None;
    }
    let shown: Vec<String> = attributes
        .iter()
        .map(|name| format!("{{self.{name}}}"))
        .collect();
    Some(format!("{})", shown.join(", ")))
}

/// The closers of the brackets a formatted string's own text opened (`f"User(` -> `)`), placeholders left out:
/// the text around a value is usually bracketed whole (`User(name)`, `[x, y]`).
pub(super) fn text_brackets_left_open(typed_literal: &str) -> String {
    let mut open: Vec<char> = Vec::new();
    let mut placeholder_depth = 0usize;
    // The literal's prefix and quote (`f"`) come first; only what follows is text.
    let body = typed_literal
        .find(['"', '\'', '`'])
        .and_then(|quote| typed_literal.get(quote + 1..))
        .unwrap_or("");
    for character in body.chars() {
        match character {
            '{' => placeholder_depth += 1,
            '}' => placeholder_depth = placeholder_depth.saturating_sub(1),
            '(' | '[' if placeholder_depth == 0 => open.push(character),
            ')' | ']' if placeholder_depth == 0 => {
                open.pop();
            }
            _ => {}
        }
    }
    open.iter()
        .rev()
        .map(|opener| if *opener == '(' { ')' } else { ']' })
        .collect()
}

/// In a placeholder, `self.` or `this.` and what is typed of an attribute (`f"{self.n` -> `ame}")`): the object's
/// attribute (assigned as `self.name = ` or `this.name = ` above) that starts so, then what closes the string. With
/// nothing typed yet, in `__str__`, `__repr__` or `toString()`, the first attribute the string does not show yet
/// (`f"Dog(name={self.name}, age={self.` -> `age}")`); elsewhere the attributes are listed, not shown inline.
/// Returns whether the placeholder was such a member access.
fn placeholder_attribute(
    context: &Context<'_>,
    content: &str,
    typed_literal: &str,
    closing: &str,
    out: &mut Vec<Suggestion>,
) -> bool {
    let Some((owner, typed)) = content
        .trim_start()
        .split_once('.')
        .filter(|(owner, _)| matches!(*owner, "self" | "this"))
    else {
        return false;
    };
    if !typed.chars().all(super::lexer::is_identifier_char) {
        return false;
    }
    let assignment = format!("{owner}.");
    let attributes = assigned_attributes(context, owner);
    let matching: Vec<&str> = attributes
        .iter()
        .copied()
        .filter(|name| name.len() > typed.len() && name.starts_with(typed))
        .collect();
    let describing = describes_object(context);
    // `height={self.`: the placeholder after a label shows the attribute of that name.
    let label = typed_literal
        .rfind('{')
        .and_then(|at| typed_literal.get(..at))
        .and_then(|head| head.strip_suffix('='))
        .map(|head| &head[super::lexer::trailing_identifier_start(head)..]);
    let (chosen, confidence) = if typed.is_empty() {
        let unshown = matching
            .iter()
            .copied()
            .find(|name| Some(*name) == label)
            .or_else(|| {
                // A template literal is split at its placeholders: what the line shows is read whole.
                matching.iter().copied().find(|name| {
                    let shown = format!("{assignment}{name}");
                    !typed_literal.contains(&shown) && !context.line_before.contains(&shown)
                })
            });
        match unshown {
            Some(name) if describing => (name, 0.86),
            Some(name) => (name, 0.5),
            None => return true,
        }
    } else {
        match matching.as_slice() {
            [only] => (*only, 0.88),
            [first, ..] => (*first, 0.6),
            [] => return true,
        }
    };
    out.push(Suggestion {
        text: format!("{}{closing}", &chosen[typed.len()..]),
        confidence,
        kind: "member",
        cursor_offset: 0,
    });
    true
}

/// Completes a name or a member begun in a placeholder (`f"Total: {tot` -> `al}")`, `{user.na` -> `me}")`) the way
/// they are completed outside strings, then closes the placeholder and the line; false (the placeholder is closed as it is) when the
/// placeholder holds more than a name begun or no name of the code extends it.
fn placeholder_name(
    context: &Context<'_>,
    content: &str,
    closing: &str,
    out: &mut Vec<Suggestion>,
) -> bool {
    let written = match context.member {
        // `{user.na`: a member of a name of the code.
        Some(access) => format!("{}{}{}", access.receiver, access.separator, context.prefix),
        None => context.prefix.to_owned(),
    };
    // `{len(wo`, `{a + b`: the name is an operand of an expression the placeholder began, whose brackets close
    // before the placeholder does.
    let Some(expression) = content.trim_start().strip_suffix(written.as_str()) else {
        return false;
    };
    let operand_position = expression.is_empty()
        || expression.ends_with(['(', '[', ' ', ',', '+', '-', '*', '/', '%']);
    if context.prefix.is_empty() || !operand_position {
        return false;
    }
    let Some(expression_closers) = brackets_left_open(expression) else {
        return false;
    };
    let mut names = Vec::new();
    if context.member.is_some() {
        super::members::complete(context, &mut names);
    } else {
        super::names::complete(context, &mut names);
    }
    let mut completed = false;
    // A method completes with its call (`{line.rstr` -> `ip()}`), as it does outside strings.
    let is_name_or_call = |text: &str| {
        let name = text.strip_suffix("()").unwrap_or(text);
        name.chars().all(super::lexer::is_identifier_char)
    };
    for name in names
        .into_iter()
        .filter(|name| matches!(name.kind, "identifier" | "member") && is_name_or_call(&name.text))
    {
        out.push(Suggestion {
            text: format!("{}{expression_closers}{closing}", name.text),
            ..name
        });
        completed = true;
    }
    completed
}

/// The closers of the round and square brackets `expression` leaves open, innermost first; `None` when it closes
/// one it did not open.
fn brackets_left_open(expression: &str) -> Option<String> {
    let mut open: Vec<char> = Vec::new();
    for character in expression.chars() {
        match character {
            '(' | '[' => open.push(character),
            ')' | ']' => {
                let opener = open.pop()?;
                if (opener == '(') != (character == ')') {
                    return None;
                }
            }
            _ => {}
        }
    }
    Some(
        open.iter()
            .rev()
            .map(|opener| if *opener == '(' { ')' } else { ']' })
            .collect(),
    )
}

/// The name the line above assigns (`name = input()`, `const who = 'Ada';`, `let total = ...`), when the line
/// holding the cursor does not use it yet.
fn assigned_on_line_above<'a>(context: &Context<'a>) -> Option<&'a str> {
    let line = context.previous_code_line()?.trim_start();
    let line = ["const ", "let mut ", "let ", "var "]
        .iter()
        .find_map(|keyword| line.strip_prefix(keyword))
        .unwrap_or(line);
    let (target, value) = line.split_once('=')?;
    let name = target.trim().split(':').next()?.trim();
    let plain = !name.is_empty()
        && name.chars().all(super::lexer::is_identifier_char)
        && !value.starts_with('=');
    let used = context
        .line_before
        .split(|c: char| !super::lexer::is_identifier_char(c))
        .any(|word| word == name);
    (plain && !used).then_some(name)
}

/// The name the line above gave to text read from the user (`name = input("Name: ")`, `const name =
/// prompt("Name?");`), not used on the cursor's line yet.
fn text_read_on_line_above<'a>(context: &Context<'a>) -> Option<&'a str> {
    let name = assigned_on_line_above(context)?;
    let line = context.previous_code_line()?;
    let (_, value) = line.split_once('=')?;
    let value = value.trim_start();
    (value.starts_with("input(") || value.starts_with("prompt(")).then_some(name)
}

/// Whether a placeholder's expression stops where more must follow: after a member separator, an operator, an
/// opening bracket or a comma (`{self.`, `{a + `, `{len(`), or with a bracket it opened still open.
fn ends_unfinished(content: &str) -> bool {
    let trimmed = content.trim_end();
    let depth = trimmed
        .chars()
        .fold(0_i32, |depth, character| match character {
            '(' | '[' | '{' => depth + 1,
            ')' | ']' | '}' => depth - 1,
            _ => depth,
        });
    depth != 0 || trimmed.ends_with(|character: char| ".+-*/%<>=!&|^,([{:~".contains(character))
}

/// What an open placeholder of an f-string (`f"...{`) or a template literal (`` `...${ ``) holds so far, if the
/// literal typed up to the cursor leaves one open.
fn open_placeholder(typed_literal: &str, quote: char, format_string: bool) -> Option<&str> {
    let prefix_end = typed_literal.find(quote)?;
    let prefix = typed_literal.get(..prefix_end)?.to_ascii_lowercase();
    let body = typed_literal.get(prefix_end + quote.len_utf8()..)?;
    let template = quote == '`';
    if !template && !prefix.contains('f') && !format_string {
        return None;
    }
    let mut open_at = None;
    let mut characters = body.char_indices().peekable();
    while let Some((index, character)) = characters.next() {
        match character {
            // `{{` is a literal brace in an f-string.
            '{' if !template && characters.peek().is_some_and(|(_, next)| *next == '{') => {
                characters.next();
            }
            '{' if !template
                || body
                    .get(..index)
                    .is_some_and(|before| before.ends_with('$')) =>
            {
                open_at = Some(index + 1);
            }
            '}' => open_at = None,
            _ => {}
        }
    }
    open_at.and_then(|start| body.get(start..))
}

/// Whether an f-string's placeholder ends with a precision and no presentation type yet (`{score:.2`): Python
/// would then count significant digits (`9.5` -> `9.5`, `123.4` -> `1.2e+02`), while the writer of `.2` means two
/// decimals, `:.2f`.
fn ends_with_bare_precision(content: &str) -> bool {
    let Some((_, spec)) = content.rsplit_once(':') else {
        return false;
    };
    let Some((width, precision)) = spec.rsplit_once('.') else {
        return false;
    };
    !precision.is_empty()
        && precision.chars().all(|c| c.is_ascii_digit())
        && width
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '<' | '>' | '^' | '+' | ',' | '_'))
}

/// What closes `opener`: its bracket, or for a template literal's `${`, the brace and then the backquote.
fn closer_text(opener: &str) -> &'static str {
    match opener {
        "(" => ")",
        "[" => "]",
        "${" => "}`",
        _ => "}",
    }
}

/// Whether `token`, last before the cursor, can end an expression (so closing it makes sense).
fn ends_an_operand(context: &Context<'_>, token: &Token) -> bool {
    match token.kind {
        TokenKind::Identifier => !CONTINUING_WORDS.contains(&context.text(token)),
        TokenKind::Number | TokenKind::Literal { closed: true, .. } => true,
        TokenKind::Punctuation => matches!(
            context.text(token),
            ")" | "]" | "}" | "++" | "--" | "?" | "!"
        ),
        TokenKind::Literal { closed: false, .. } | TokenKind::Comment { .. } => false,
    }
}

/// Whether the line ends with a Go map type's key (`make(map[string]`): its value type is still to be written, so
/// the `]` ends no operand.
fn ends_go_map_key_type(context: &Context<'_>, tokens: &[Token]) -> bool {
    if context.profile.language != Language::Go {
        return false;
    }
    let Some(close) = tokens.len().checked_sub(1) else {
        return false;
    };
    if context.text(&tokens[close]) != "]" {
        return false;
    }
    let mut depth = 0usize;
    for index in (0..close).rev() {
        match context.text(&tokens[index]) {
            "]" => depth += 1,
            "[" if depth == 0 => {
                return index
                    .checked_sub(1)
                    .is_some_and(|before| context.text(&tokens[before]) == "map");
            }
            "[" => depth -= 1,
            _ => {}
        }
    }
    false
}

/// The openers left unclosed by `tokens`, outermost first; `None` when the brackets do not match or when an
/// unclosed `{` opens a block (its `}` belongs on a later line).
fn unclosed_openers<'a>(context: &Context<'a>, tokens: &[Token]) -> Option<Vec<&'a str>> {
    let mut open: Vec<&'a str> = Vec::new();
    for (index, token) in tokens.iter().enumerate() {
        // A template literal's part that stops at `${`: the placeholder, then the literal, are still open.
        if matches!(token.kind, TokenKind::Literal { .. }) {
            let text = context.text(token);
            // A part after a placeholder (`} is ${`) first closes that placeholder.
            if text.starts_with('}') && open.last() == Some(&"${") {
                open.pop();
            }
            if text.ends_with("${") && (text.starts_with('`') || text.starts_with('}')) {
                open.push("${");
            }
            continue;
        }
        if token.kind != TokenKind::Punctuation {
            continue;
        }
        match context.text(token) {
            opener @ ("(" | "[") => open.push(opener),
            "{" => {
                let before = index
                    .checked_sub(1)
                    .and_then(|previous| tokens.get(previous));
                if opens_block(context, before) {
                    return None;
                }
                open.push("{");
            }
            closer @ (")" | "]" | "}") => {
                let expected = match closer {
                    ")" => "(",
                    "]" => "[",
                    _ => "{",
                };
                if closer == "}" && open.last() == Some(&"${") {
                    open.pop();
                    continue;
                }
                match open.last() {
                    Some(&top) if top == expected => {
                        open.pop();
                    }
                    // Closes something from an earlier line: what came before on this line is done.
                    None => {}
                    Some(_) => return None,
                }
            }
            _ => {}
        }
    }
    Some(open)
}

/// Whether a `{` after `before` opens a block rather than an object, set or initializer literal.
fn opens_block(context: &Context<'_>, before: Option<&Token>) -> bool {
    if context.profile.block_style != BlockStyle::Brace {
        return false;
    }
    let Some(before) = before else { return true };
    // After these a `{` starts a value (`f({a: 1`, `x = {`); after `)`, a name or `=>` it starts a block.
    !matches!(
        context.text(before),
        "(" | "[" | "," | "=" | ":" | "return" | "?" | "||" | "&&" | "??" | "yield"
    )
}

/// What ends the line after its closers, and how much it lowers the confidence.
fn line_ending(context: &Context<'_>, tokens: &[Token]) -> (&'static str, f64) {
    if inside_multiline_brackets(context) {
        return ("", 1.0);
    }
    let profile = context.profile;
    let words: Vec<&str> = tokens
        .iter()
        .map(|token| context.text(token))
        .skip_while(|text| matches!(*text, "}" | "else" | "async" | "export" | "pub"))
        .collect();
    let Some(&first) = words.first() else {
        return ("", 1.0);
    };
    let is_header = profile.block_keywords.contains(&first)
        && !(first == "else" && words.len() == 1)
        && !has_one_line_body(&words);
    match profile.block_style {
        // A `switch` case's label ends with its colon (`case "circle":`), not a statement's `;`.
        BlockStyle::Brace if first == "case" => (":", ENDING_DAMPING),
        BlockStyle::Colon if is_header || matches!(first, "def" | "class") => (":", ENDING_DAMPING),
        BlockStyle::Brace if is_header => (" {", ENDING_DAMPING),
        BlockStyle::Brace if declares_function(context, &words) => (" {", ENDING_DAMPING),
        _ => match profile.statement_terminator {
            Some(terminator) if ends_statement(context, &words) => (terminator, ENDING_DAMPING),
            _ => ("", 1.0),
        },
    }
}

/// Whether a header's parenthesized condition closed before the cursor and a statement follows it on the same
/// line (`else if (i % 3 == 0) printf("`): that statement is the body, and it ends as a statement, not with ` {`.
fn has_one_line_body(words: &[&str]) -> bool {
    if words.get(1) != Some(&"(") {
        return false;
    }
    let mut depth = 0usize;
    for (index, word) in words.iter().enumerate().skip(1) {
        match *word {
            "(" => depth += 1,
            ")" => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return index + 1 < words.len();
                }
            }
            _ => {}
        }
    }
    false
}

/// Whether the line is a function header whose body follows (`function f(a`, `public int f(int a`, `int f(int a`).
/// Rust and Go headers are left alone: a return type may still follow.
fn declares_function(context: &Context<'_>, words: &[&str]) -> bool {
    let Some(paren) = words.iter().position(|word| *word == "(") else {
        return false;
    };
    let head = words.get(..paren).unwrap_or_default();
    if head.contains(&"=") || head.is_empty() {
        return false;
    }
    match context.profile.language {
        Language::JavaScript | Language::TypeScript => head.first() == Some(&"function"),
        Language::Java | Language::C | Language::Cpp => {
            // A call through an object (`System.out.println(`, `p->draw(`) is a statement, not a header.
            if head.iter().any(|word| matches!(*word, "." | "->")) {
                return false;
            }
            // Names joined by `::` are one name (`std::sort(` is a call; `void Shape::draw(` declares).
            let identifiers = head
                .iter()
                .enumerate()
                .filter(|(index, word)| {
                    word.starts_with(|c: char| c.is_alphabetic() || c == '_')
                        && index
                            .checked_sub(1)
                            .and_then(|previous| head.get(previous))
                            .is_none_or(|previous| *previous != "::")
                })
                .count();
            let not_a_statement = !matches!(
                head.first(),
                Some(&("return" | "new" | "delete" | "throw" | "else"))
            );
            // A parameter list holds no numbers but a default's (`int f(int n = 0`); a number among the
            // arguments makes the line a variable built by its constructor (`vector<int> dp(n + 1, 0`).
            // Nor does it read a member or call anything (`string r(s.rbegin(), s.rend`).
            let arguments = words.get(paren + 1..).unwrap_or_default();
            let constructs_variable = arguments
                .iter()
                .any(|word| matches!(*word, "." | "->" | "("))
                || !arguments.contains(&"=")
                    && arguments.iter().any(|word| {
                        word.starts_with(|c: char| c.is_ascii_digit() || c == '"' || c == '\'')
                            || VALUE_WORDS.contains(word)
                    });
            identifiers >= 2 && not_a_statement && paren == head.len() && !constructs_variable
        }
        _ => false,
    }
}

/// Whether the line is a whole statement that takes the terminator in this file's style.
fn ends_statement(context: &Context<'_>, words: &[&str]) -> bool {
    let Some(&first) = words.first() else {
        return false;
    };
    if matches!(first, "." | "?." | "}" | ")" | "]") {
        return false;
    }
    // An element alone is no statement (`counts[s[i] - 'a'`): an update or an assignment follows its `]`.
    if words.get(1) == Some(&"[") && !assigns(words) {
        return false;
    }
    let previous_ends_statement = context
        .previous_code_line()
        .is_none_or(|line| line.trim_end().ends_with([';', '{', '}']));
    match context.profile.language {
        Language::Rust => {
            previous_ends_statement
                && (matches!(first, "let" | "return" | "use")
                    || words.get(1) == Some(&"!")
                    || assigns(words))
        }
        Language::JavaScript | Language::TypeScript => context
            .previous_code_line()
            .is_some_and(|line| line.trim_end().ends_with(';')),
        _ => previous_ends_statement,
    }
}

/// Whether the line assigns outside any bracket (`dp[i] = dp[i - 1] + dp[i - 2`, `total += x`): in Rust such a
/// line is a statement, never the block's value, so it ends with `;`.
fn assigns(words: &[&str]) -> bool {
    let mut depth = 0usize;
    for word in words {
        match *word {
            "(" | "[" | "{" => depth += 1,
            ")" | "]" | "}" => depth = depth.saturating_sub(1),
            "=" | "+=" | "-=" | "*=" | "/=" | "%=" if depth == 0 => return true,
            _ => {}
        }
    }
    false
}

/// Whether the current line lies inside a `(` or `[` opened on an earlier line (a multi-line call or list).
fn inside_multiline_brackets(context: &Context<'_>) -> bool {
    let mut open: Vec<&str> = Vec::new();
    for token in context
        .scan
        .before
        .iter()
        .take_while(|token| token.line < context.scan.cursor_line)
    {
        if token.kind != TokenKind::Punctuation {
            continue;
        }
        match context.text(token) {
            opener @ ("(" | "[" | "{") => open.push(opener),
            ")" | "]" | "}" => {
                open.pop();
            }
            _ => {}
        }
    }
    matches!(open.last(), Some(&("(" | "[")))
}

/// `except ValueError as e:` then `print(f"Error: {` -> `e`: a message written in a handler shows the error it
/// caught.
fn caught_error<'a>(context: &Context<'a>, quote: char) -> Option<&'a str> {
    if context.profile.language != Language::Python || quote == '`' {
        return None;
    }
    let header = context.enclosing_lines().next()?;
    let (_, name) = header.strip_prefix("except ")?.rsplit_once(" as ")?;
    let name = name.strip_suffix(':')?.trim();
    is_plain_name(name).then_some(name)
}

/// The variable a string's text names right before its empty placeholder (`f"invalid age: {`, `` `count = ${` ``):
/// a parameter of the enclosing function or a variable assigned just above, by that very name.
fn named_before_placeholder<'a>(context: &Context<'a>, typed_literal: &str) -> Option<&'a str> {
    let text = typed_literal
        .trim_end_matches('{')
        .trim_end_matches('$')
        .trim_end()
        .trim_end_matches([':', '='])
        .trim_end();
    let word_start = text
        .rfind(|c: char| !super::lexer::is_identifier_char(c))
        .map_or(0, |at| at + 1);
    let word = text.get(word_start..)?;
    if word.len() < 2 || !super::lexer::is_plain_name(word) {
        return None;
    }
    if let Some(parameter) = super::statements::enclosing_function(context).and_then(|function| {
        function
            .parameters
            .iter()
            .find(|parameter| parameter.name == word)
            .map(|parameter| parameter.name)
    }) {
        return Some(parameter);
    }
    context.code_lines_above().take(10).find_map(|line| {
        let (target, _) = line.split_once(" = ")?;
        let target = ["const ", "let ", "var "]
            .iter()
            .find_map(|keyword| target.strip_prefix(keyword))
            .unwrap_or(target)
            .trim();
        (target == word).then_some(target)
    })
}
