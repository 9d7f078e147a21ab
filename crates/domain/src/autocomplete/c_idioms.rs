//! Habits of C code in general, read once every other rule has spoken: the lock member a locking call takes
//! (`pthread_mutex_lock(&pool->` -> `mutex`), `sizeof` of the buffer just passed (`snprintf(buf, sizeof(` ->
//! `buf)`), `#include` in a file's list of includes, and `return` begun at a statement's start.
//!
//! Each of these raises what the rules already proposed (or adds the one answer the idiom names) when the code
//! leaves a single reading; where it leaves two, nothing changes and the candidates stay listed below the bar.

use super::Suggestion;
use super::cursor::Context;
use super::language::Language;
use super::lexer::{
    innermost_unclosed, is_identifier_char, is_plain_name, trailing_identifier_start,
};
use super::names::raise_unrivalled_keyword;
use super::statements::split_top_level;

/// The confidence of an answer one of these idioms names: over every inline bar but the member one's.
const IDIOM_CONFIDENCE: f64 = 0.8;
/// The confidence of the one lock-like member a locking call takes: over the member bar.
const LOCK_MEMBER_CONFIDENCE: f64 = 0.9;
/// The confidence below which a name of the code stays after `#`, where only a directive may follow.
const AFTER_HASH_CAP: f64 = 0.5;

/// Applies the idioms to what the rules proposed, for C only (C++ has its own locks and includes).
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::C {
        return;
    }
    lock_member(context, out);
    size_of_argument(context, out);
    directive(context, out);
    statement_return(context, out);
    no_declaration_in_expression(context, out);
    main_parameters(context, out);
    test_runner_return(context, out);
    newline_cut(context, out);
    string_end_tested(context, out);
    qsort_comparator(context, out);
}

/// `qsort(people, count, sizeof(struct person), ` -> `compare_by_age);`: the comparator is the one function above
/// taking two `const void *`.
fn qsort_comparator(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some((_, arguments)) = typed.rsplit_once("qsort(") else {
        return;
    };
    // The fourth argument: three typed, each ended by its comma.
    if split_top_level(arguments).len() != 4 || !arguments.ends_with(", ") {
        return;
    }
    let comparators: Vec<&str> = context
        .code_lines_above()
        .filter(|line| line.contains("(const void *") && line.contains(", const void *"))
        .filter_map(|line| {
            let (head, _) = line.split_once('(')?;
            let name = head.rsplit([' ', '*']).next()?;
            is_plain_name(name).then_some(name)
        })
        .collect();
    let [comparator] = comparators.as_slice() else {
        return;
    };
    let closers = super::idioms::open_parentheses(typed).unwrap_or_default();
    out.push(Suggestion::construct(
        format!("{comparator}{closers};"),
        0.88,
    ));
}

/// `while (s[n] != ` (`while (*p != `) on a `char *` or `char []` -> `'\0') {`: a walk over a C
/// string stops at its terminator.
fn string_end_tested(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    // A `for` header's test is answered with its step by the loop rules (`'\0'; i++) {`).
    if !typed.starts_with("while (") {
        return;
    }
    let Some(element) = typed.strip_suffix(" != ") else {
        return;
    };
    let element = element
        .rsplit(['(', ';', ' ', '&', '|'])
        .next()
        .unwrap_or(element);
    let string = if let Some(pointer) = element.strip_prefix('*') {
        pointer
    } else if let Some((string, index)) = element
        .strip_suffix(']')
        .and_then(|element| element.split_once('['))
        && is_plain_name(index)
    {
        string
    } else {
        return;
    };
    if !is_plain_name(string) {
        return;
    }
    let code = context.code_before_line();
    let declared_text = [format!("char *{string}"), format!("char {string}[")]
        .iter()
        .any(|declaration| code.contains(declaration.as_str()));
    if !declared_text {
        return;
    }
    let Some(closers) = super::closers::after_value(context) else {
        return;
    };
    out.push(Suggestion::construct(format!("'\\0'{closers}"), 0.86));
}

/// `s[len - 1] = ` inside `if (len > 0 && s[len - 1] == '\n') {` -> `'\0';`: the newline `fgets` kept is cut off
/// where it was found.
fn newline_cut(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let Some(element) = context.line_before.trim_start().strip_suffix(" = ") else {
        return;
    };
    if !element.ends_with(']') {
        return;
    }
    let tested = context.enclosing_lines().next().is_some_and(|header| {
        header.starts_with("if")
            && (header.contains(&format!("{element} == '\\n'"))
                || header.contains(&format!("{element} == '\\r'")))
    });
    if tested {
        out.push(Suggestion::construct("'\\0';", 0.88));
    }
}

/// `int main(void) {` -> `return ` under test blocks opened by a `BEGIN` macro and closed by its `END`
/// (`TEST_BEGIN(test_x) {` ... `TEST_END`): such a file's `main` only returns what its runner says of the tests.
fn test_runner_return(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(rest) = "return ".strip_prefix(context.line_before.trim_start()) else {
        return;
    };
    if context.line_before.trim().len() != context.prefix.len()
        || !context.at_line_end()
        || !context
            .previous_code_line()
            .is_some_and(|line| matches!(line.trim(), "main(void) {" | "int main(void) {"))
    {
        return;
    }
    let ends_a_block = |line: &str| {
        let line = line.trim_end();
        (line.ends_with("_END") || line.starts_with("END_")) && line.chars().all(is_identifier_char)
    };
    if context.code_before_line().lines().any(ends_a_block) {
        out.insert(0, Suggestion::construct(rest, IDIOM_CONFIDENCE));
    }
}

/// `int\nmain(` -> `void)`: a `main` defined at the line's start before any use of `argc` takes no arguments.
fn main_parameters(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.line_after.trim().is_empty() {
        return;
    }
    let above = context.code.get(..context.cursor).unwrap_or("");
    if !matches!(context.line_before, "main(" | "int main(") || above.contains("argc") {
        return;
    }
    out.insert(0, Suggestion::construct("void)", IDIOM_CONFIDENCE));
}

/// `pthread_mutex_lock(&pool->` -> `mutex`, `spin_unlock(&dev->` -> `lock`: a call that locks, unlocks or sets up
/// a mutex takes the address of the receiver's lock, which is the one member named so among those proposed.
fn lock_member(context: &Context<'_>, out: &mut [Suggestion]) {
    let Some(access) = context.member else { return };
    if access.separator != "->" && access.separator != "." {
        return;
    }
    let Some(before) = context.before_receiver(&access) else {
        return;
    };
    let Some(before) = before.trim_end().strip_suffix('&') else {
        return;
    };
    let Some(open) = innermost_unclosed(before, '(', ')') else {
        return;
    };
    let head = before.get(..open).unwrap_or("").trim_end();
    let function = head
        .get(trailing_identifier_start(head)..)
        .unwrap_or("")
        .to_ascii_lowercase();
    if !["lock", "mutex", "mtx"]
        .iter()
        .any(|word| function.contains(word))
    {
        return;
    }
    let prefix = context.prefix;
    let mut lock_like = out.iter().enumerate().filter(|(_, suggestion)| {
        suggestion.kind == "member" && names_a_lock(&format!("{prefix}{}", suggestion.text))
    });
    let (Some((index, _)), None) = (lock_like.next(), lock_like.next()) else {
        return;
    };
    if let Some(suggestion) = out.get_mut(index) {
        suggestion.confidence = suggestion.confidence.max(LOCK_MEMBER_CONFIDENCE);
    }
}

/// Whether a member's name says it is a lock: `lock`, `mtx`, `mutex`, `init_lock`, `large_mtx`, `qlock`.
fn names_a_lock(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    ["lock", "mtx", "mutex"]
        .iter()
        .any(|word| name.ends_with(word))
        && !name.ends_with("unlock")
        && name.chars().all(is_identifier_char)
}

/// `snprintf(buf, sizeof(` -> `buf)`, `memset(&state, 0, sizeof(` -> `state)`: a size passed right after an
/// object's address (or after a buffer the code declares as an array) is that object's size.
fn size_of_argument(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    let Some(before) = context.line_before.strip_suffix("sizeof(") else {
        return;
    };
    let Some(before) = before.trim_end().strip_suffix(',') else {
        return;
    };
    let Some(open) = innermost_unclosed(before, '(', ')') else {
        return;
    };
    let arguments: Vec<&str> = split_top_level(before.get(open + 1..).unwrap_or(""))
        .into_iter()
        .map(str::trim)
        .collect();
    let callee = &before[super::lexer::trailing_identifier_start(&before[..open])..open];
    // `memset(&x, 0, sizeof(`: the fill value stands between the object and its size; `strncpy(dest, src, sizeof(`
    // bounds the copy by its destination.
    let object = match arguments.as_slice() {
        [destination, _] if matches!(callee, "strncpy" | "strncat" | "memcpy" | "memmove") => {
            destination
        }
        [.., object, fill] if is_number(fill) => object,
        [.., object] => object,
        [] => return,
    };
    let Some(name) = sized_object(context, object) else {
        return;
    };
    out.push(Suggestion::of_kind(
        format!("{name})"),
        IDIOM_CONFIDENCE,
        "arguments",
    ));
}

/// The object an argument passes whose size would follow it: `&state` and `(void *)&state` -> `state`,
/// `&items[i]` -> `items[i]`, a plain `buf` only when the code declares it as an array (`char buf[64];`).
fn sized_object<'a>(context: &Context<'_>, argument: &'a str) -> Option<&'a str> {
    let argument = argument.trim();
    let without_cast = match argument.strip_prefix('(') {
        Some(cast) => cast.split_once(')')?.1.trim_start(),
        None => argument,
    };
    let (name, addressed) = match without_cast.strip_prefix('&') {
        Some(name) => (name.trim_start(), true),
        None => (without_cast, false),
    };
    let base_end = name
        .find(|character: char| !is_identifier_char(character))
        .unwrap_or(name.len());
    let base = name.get(..base_end)?;
    let rest = name.get(base_end..)?;
    let simple = !base.is_empty()
        && !base.starts_with(|character: char| character.is_ascii_digit())
        && (rest.is_empty() || (rest.starts_with('[') && rest.ends_with(']')));
    if !simple {
        return None;
    }
    if addressed {
        return Some(name);
    }
    let declared_array = rest.is_empty()
        && context.code_before_line().lines().any(|line| {
            let line = line.trim();
            line.ends_with("];")
                && line
                    .find(&format!(" {base}["))
                    .is_some_and(|at| !line.get(..at).unwrap_or("").contains(['=', '(']))
        });
    declared_array.then_some(name)
}

fn is_number(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|character| character.is_ascii_digit())
}

/// `#i` -> `nclude ` below another `#include` or at the top of a file, where a C file lists what it includes; and
/// after a line's `#` only a directive may follow, not a name of the code (`#i` below `#pragma ... ignored`).
fn directive(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.before_prefix() != "#" || context.prefix.is_empty() {
        return;
    }
    let prefix = context.prefix;
    // The directives themselves come from the preprocessor rule, with their own spacing (`#else` ends its line):
    // the same words as the code's names (`elif`) or keywords (`else `) would be offered twice, spaced wrongly.
    for suggestion in out.iter_mut() {
        if suggestion.kind != "construct" {
            suggestion.confidence = suggestion.confidence.min(AFTER_HASH_CAP);
        }
    }
    let Some(rest) = "include".strip_prefix(prefix) else {
        return;
    };
    if rest.is_empty() {
        return;
    }
    let mut lines_above = context
        .code_before_line()
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !is_comment_line(line));
    let in_includes = match lines_above.next_back() {
        None => true,
        Some(line) => line.starts_with("#include"),
    };
    if !in_includes {
        return;
    }
    let text = format!("{rest} ");
    match out.iter_mut().find(|suggestion| suggestion.text == text) {
        Some(suggestion) => suggestion.confidence = suggestion.confidence.max(IDIOM_CONFIDENCE),
        None => out.push(Suggestion::construct(text, IDIOM_CONFIDENCE)),
    }
}

/// Whether a trimmed line is (part of) a comment: `// ...`, `/* ...`, ` * ...`, `*/`.
fn is_comment_line(line: &str) -> bool {
    line.starts_with("//") || line.starts_with("/*") || line.starts_with('*')
}

/// `re` at a statement's start in a function's body -> `turn `: the statement C writes most, when no name of the
/// code begins so.
fn statement_return(context: &Context<'_>, out: &mut [Suggestion]) {
    if context.prefix.len() >= 2 {
        raise_unrivalled_keyword(context, out, "return", IDIOM_CONFIDENCE);
    }
}

/// The words that begin a declaration and cannot begin an expression.
const DECLARATION_WORDS: &[&str] = &[
    "const", "static", "struct", "union", "enum", "typedef", "extern", "volatile", "register",
    "int", "char", "long", "short", "unsigned", "signed", "double", "float", "void", "bool",
];

/// The confidence a declaration's word keeps where an expression goes: listed, never shown.
const MISPLACED_DECLARATION: f64 = 0.3;

/// `n = siz` -> `eof(`, not `e_t `; `if (!co` -> not `nst `; `sizeof(siz` -> `e_t)`, not `eof(`: after an
/// assignment or an operator only an expression may follow, and inside `sizeof(` a type closed by its `)`.
fn no_declaration_in_expression(context: &Context<'_>, out: &mut [Suggestion]) {
    let prefix = context.prefix;
    if prefix.is_empty() || context.member.is_some() {
        return;
    }
    let before = context.before_prefix().trim_end();
    let declared_word = |suggestion: &Suggestion| {
        let word = format!("{prefix}{}", suggestion.text.trim_end());
        DECLARATION_WORDS.contains(&word.as_str())
            || (word.ends_with("_t") && word.chars().all(is_identifier_char))
    };
    if before.ends_with("sizeof(") {
        for suggestion in out.iter_mut() {
            let word = format!("{prefix}{}", suggestion.text.trim_end());
            if word == "sizeof(" {
                suggestion.confidence = suggestion.confidence.min(MISPLACED_DECLARATION);
            } else if word == "void" {
                // Nothing has `void`'s size; `sizeof(void *)` is a pointer's.
                suggestion.text = format!("{} *)", suggestion.text.trim_end());
            } else if suggestion.text.ends_with(' ') && declared_word(suggestion) {
                suggestion.text = format!("{})", suggestion.text.trim_end());
            }
        }
        return;
    }
    let assigned = before.ends_with('=')
        && !["==", "!=", "<=", ">="]
            .iter()
            .any(|operator| before.ends_with(operator));
    let operand = ["==", "!=", "!", "&&", "||", "return"]
        .iter()
        .any(|operator| before.ends_with(operator));
    if !assigned && !operand {
        return;
    }
    let mut demoted = false;
    for suggestion in out.iter_mut() {
        // `x = (size_t)` is a cast, begun by a `(`: a word ending in a space declares something.
        if suggestion.text.ends_with(' ') && declared_word(suggestion) {
            suggestion.confidence = suggestion.confidence.min(MISPLACED_DECLARATION);
            demoted = true;
        }
    }
    // `sz = siz` once `size_t ` is set aside: `sizeof(` alone is left, when no name of the code begins so.
    if demoted && "sizeof".starts_with(prefix) && prefix.len() >= 2 {
        let rest = format!("{}(", &"sizeof"[prefix.len()..]);
        let rivals = out
            .iter()
            .filter(|suggestion| {
                suggestion.text != rest && suggestion.confidence > MISPLACED_DECLARATION
            })
            .count();
        if rivals == 0
            && let Some(suggestion) = out.iter_mut().find(|suggestion| suggestion.text == rest)
        {
            suggestion.confidence = suggestion.confidence.max(IDIOM_CONFIDENCE);
        }
    }
}
