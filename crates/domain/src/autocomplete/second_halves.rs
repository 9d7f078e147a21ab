//! The second half of a pair the code has started: what the first half, written just above or earlier on the
//! line, says the second must be. Each half is a mirror of the other, so a plain copy of the first (what
//! `precedents` and `parallel_lines` offer) is exactly the wrong answer:
//! - a match arm mapping a variant back (`South => Direction::` -> `North,` under `North => Direction::South,`);
//! - a grid's inner row made with the other dimension (`t[i] = make([]int, ` -> `rows)` when `t` has `cols` rows);
//! - the limit a running extreme starts from (`int max = Integer.` -> `MIN_VALUE;`);
//! - the mirrored index of an in-place reversal (`s[i] = s[` -> `len - 1 - i];` in a loop to `len / 2`);
//! - the insertion after a membership test (`else seen.` -> `add(x);` under `if (seen.has(x))`);
//! - a tree's right subtree after its left (`preorder(node.left);` -> `preorder(node.right);`);
//! - a merge's other element (`else result.push(` -> `b[j++]);` under `if (a[i] <= b[j]) result.push(a[i++]);`);
//! - Java's `return Arrays.` -> `equals(x, y);` once both arrays are sorted (an anagram test);
//! - a rotation's other part (`arr.slice(-k).concat(arr.` -> `slice(0, -k));`, `arr[-k:] + arr[` -> `:-k]`);
//! - a C++ member's declaration after the constructor that initializes it (`double ` -> `balance_;` under `:
//!   owner_(owner), balance_(0.0)`), and its release in the destructor (`std::fclose(` -> `fp_); }`);
//! - the other object's field in Java's `equals` (`Objects.equals(name, ` -> `person.name);` under `Person person =
//!   (Person) o;`), and the parameter a field is compared with (`u.id == ` -> `id;` in `findUser(users, id)`).

use super::Suggestion;
use super::cursor::Context;
use super::idioms::terminator;
use super::language::Language;
use super::lexer::{contains_word, is_identifier_char, is_plain_name};

/// The confidence of a second half: above the copy of the first that the habits offer.
const CONFIDENCE: f64 = 0.92;

pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    mapped_back_arm(context, out);
    inner_dimension(context, out);
    opposite_limit(context, out);
    mirrored_index(context, out);
    insertion_after_membership_test(context, out);
    right_subtree(context, out);
    merged_other_element(context, out);
    sorted_arrays_compared(context, out);
    other_objects_field(context, out);
    field_compared_with_namesake(context, out);
    rotated_remainder(context, out);
    declared_initialized_member(context, out);
    released_member(context, out);
}

/// The last identifier of `text` (`Direction::North` -> `North`).
fn last_word(text: &str) -> &str {
    let text = text.trim_end();
    &text[super::lexer::trailing_identifier_start(text)..]
}

/// An arm split into its pattern and value: `Direction::North => Direction::South,` (Rust), `case NORTH -> Dir.`
/// and `case NORTH: return Dir.` (Java, C++, JavaScript).
fn arm_parts(line: &str) -> Option<(&str, &str)> {
    let line = line.trim();
    if let Some((pattern, value)) = line.split_once(" => ") {
        return Some((pattern, value));
    }
    let rest = line.strip_prefix("case ")?;
    rest.split_once(" -> ")
        .or_else(|| rest.split_once(": return "))
}

/// `Direction::South => Direction::` -> `North,` when an arm above maps `North` to `South`: a mapping between
/// variants (an opposite, a toggle) sends each back where it came from; else, at least not to itself.
fn mapped_back_arm(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some((pattern, value)) = arm_parts(context.line_before) else {
        return;
    };
    let Some(separator) = ["::", "."]
        .iter()
        .find(|separator| value.ends_with(**separator))
    else {
        return;
    };
    let enumeration = &value[..value.len() - separator.len()];
    let variant = last_word(pattern);
    if !is_plain_name(enumeration) || variant.is_empty() {
        return;
    }
    for line in context.code_lines_above().take(30) {
        let Some((earlier_pattern, earlier_value)) = arm_parts(line) else {
            continue;
        };
        let Some(target) = earlier_value.strip_prefix(&format!("{enumeration}{separator}")) else {
            continue;
        };
        let target_name = &target[..target
            .find(|c: char| !is_identifier_char(c))
            .unwrap_or(target.len())];
        if target_name != variant {
            continue;
        }
        let source = last_word(earlier_pattern);
        if source.is_empty() || source == variant {
            return;
        }
        let ending = &target[target_name.len()..];
        if let Some(rest) = format!("{source}{ending}").strip_prefix(context.prefix) {
            out.push(Suggestion::member(rest, CONFIDENCE));
        }
        return;
    }
}

/// `t[i] = make([]int, ` -> `rows)` under `t := make([][]int, cols)` and `rows, cols := len(m), len(m[0])`: a
/// transposed grid's rows have the other dimension's length.
fn inner_dimension(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Go || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some((target, made)) = typed.split_once(" = make([]") else {
        return;
    };
    let Some(grid) = target.split_once('[').map(|(grid, _)| grid) else {
        return;
    };
    if !is_plain_name(grid) || !made.ends_with(", ") || made.contains('(') {
        return;
    }
    let mut outer = None;
    for line in context.code_lines_above().take(20) {
        if outer.is_none() {
            outer = line
                .strip_prefix(&format!("{grid} := make([][]"))
                .and_then(|rest| rest.split_once(", "))
                .and_then(|(_, length)| length.strip_suffix(')'))
                .filter(|length| is_plain_name(length));
            continue;
        }
        let Some(outer) = outer else { break };
        let Some((names, _)) = line.split_once(" := ") else {
            continue;
        };
        let names: Vec<&str> = names.split(", ").collect();
        if let [first, second] = names.as_slice()
            && (outer == *first || outer == *second)
        {
            let other = if outer == *first { second } else { first };
            out.push(Suggestion::construct(format!("{other})"), CONFIDENCE));
            return;
        }
    }
}

/// `int max = Integer.` -> `MIN_VALUE;`: a running maximum starts from the smallest value, a minimum from the
/// largest (Java's `Integer` and `Long`).
fn opposite_limit(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Java {
        return;
    }
    let Some(access) = context.dot_member() else {
        return;
    };
    if !matches!(access.receiver, "Integer" | "Long") {
        return;
    }
    let Some(declared) = context
        .before_receiver(&access)
        .and_then(|before| before.trim_end().strip_suffix('='))
    else {
        return;
    };
    let name = last_word(declared).to_ascii_lowercase();
    let limit = if ["max", "largest", "highest", "best", "biggest"]
        .iter()
        .any(|word| name.contains(word))
    {
        "MIN_VALUE;"
    } else if ["min", "smallest", "lowest", "shortest"]
        .iter()
        .any(|word| name.contains(word))
    {
        "MAX_VALUE;"
    } else {
        return;
    };
    if let Some(rest) = limit.strip_prefix(context.prefix) {
        out.push(Suggestion::member(rest, CONFIDENCE));
    }
}

/// `s[i] = s[` -> `len - 1 - i];` in `for (int i = 0; i < len / 2; i++)`: an in-place reversal swaps each element
/// with its mirror, never with itself.
fn mirrored_index(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim();
    let Some((target, source)) = typed.split_once(" = ") else {
        return;
    };
    let Some((array, index)) = target
        .strip_suffix(']')
        .and_then(|target| target.split_once('['))
    else {
        return;
    };
    if !is_plain_name(array) || !is_plain_name(index) || source != format!("{array}[") {
        return;
    }
    let Some(bound) = context.enclosing_lines().find_map(|header| {
        let condition = header
            .strip_prefix("for ")?
            .split(';')
            .nth(1)?
            .trim()
            .strip_prefix(&format!("{index} < "))?;
        let half = condition.strip_suffix(" / 2")?;
        is_plain_name(half).then_some(half)
    }) else {
        return;
    };
    let end = terminator(context);
    out.push(Suggestion::construct(
        format!("{bound} - 1 - {index}]{end}"),
        CONFIDENCE,
    ));
}

/// `else seen.` -> `add(x);` under `if (seen.has(x)) dups.push(x);`: what a membership test found missing is
/// added (`insert(x);` in C++, `add(x)` in Python after `if x in seen:`).
fn insertion_after_membership_test(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let set = access.receiver;
    let Some(before) = context.before_receiver(&access) else {
        return;
    };
    let before = before.trim();
    if !is_plain_name(set) || !matches!(before, "else" | "else {" | "} else {" | "") {
        return;
    }
    let language = context.profile.language;
    let Some(condition_line) = context
        .code_lines_above()
        .find(|line| !line.starts_with('}'))
    else {
        return;
    };
    let tested = [".has(", ".count(", ".contains(", ".find("]
        .iter()
        .find_map(|test| {
            let (_, rest) = condition_line.split_once(&format!("{set}{test}"))?;
            rest.split_once(')').map(|(element, _)| element)
        })
        .or_else(|| {
            let (_, rest) = condition_line.split_once("if ")?;
            let (element, _) = rest.split_once(&format!(" in {set}"))?;
            Some(element)
        });
    let Some(element) = tested.filter(|element| is_plain_name(element)) else {
        return;
    };
    if before.is_empty() && !condition_line.starts_with("if") && !condition_line.starts_with("else")
    {
        return;
    }
    let (method, end) = match language {
        Language::Python => ("add", ""),
        Language::Cpp => ("insert", ";"),
        Language::Rust => ("insert", ";"),
        Language::JavaScript | Language::TypeScript | Language::Java => ("add", ";"),
        _ => return,
    };
    let end = if end.is_empty() {
        ""
    } else {
        terminator(context)
    };
    if let Some(rest) = format!("{method}({element}){end}").strip_prefix(context.prefix) {
        out.push(Suggestion::member(rest, CONFIDENCE));
    }
}

/// The line after `preorder(node.left);` -> `preorder(node.right);`: a tree's walk takes the right subtree right
/// after the left one.
fn right_subtree(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.on_blank_line_start() || !context.prefix.is_empty() {
        return;
    }
    let indentation = |line: &str| line.len() - line.trim_start().len();
    // The left call just above, or above the visit an in-order walk makes between the two (`printf(...)`).
    let mut above = context
        .code_before_line()
        .lines()
        .rev()
        .filter(|line| !line.trim().is_empty());
    let Some(previous) = above.next() else {
        return;
    };
    let previous = if previous.contains("left") {
        previous
    } else {
        match above.next() {
            Some(earlier) if earlier.contains("left") && !previous.contains("right") => earlier,
            _ => return,
        }
    };
    if indentation(previous) != context.line_before.len() {
        return;
    }
    let line = previous.trim();
    let arrow = if line.contains("->left") { "->" } else { "." };
    let left = format!("{arrow}left");
    let is_call = line.ends_with(");") || line.ends_with(')');
    if line.matches(&left).count() != 1
        || !is_call
        || line.contains(" = ")
        || line.contains("right")
        || !line.starts_with(|c: char| c.is_alphabetic() || c == '_')
    {
        return;
    }
    // A call whose argument is the left child: `inorder(root.left, out);`, `self.walk(node.left)`.
    let Some((callee, _)) = line.split_once('(') else {
        return;
    };
    if !callee.chars().all(|c| is_identifier_char(c) || c == '.') || contains_word(callee, "left") {
        return;
    }
    out.push(Suggestion::construct(
        line.replacen(&left, &format!("{arrow}right"), 1),
        0.88,
    ));
}

/// `else result.push(` -> `b[j++]);` under `if (a[i] <= b[j]) result.push(a[i++]);`: a merge takes the element
/// of the other list when the test fails.
fn merged_other_element(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim();
    let Some(call) = typed
        .strip_prefix("else ")
        .or_else(|| typed.strip_prefix("} else { "))
        .or_else(|| typed.strip_prefix("else { "))
    else {
        return;
    };
    if !call.ends_with('(') {
        return;
    }
    let Some(previous) = context.code_lines_above().next() else {
        return;
    };
    let Some((condition, taken)) = previous.split_once(&format!(") {call}")) else {
        return;
    };
    let Some(taken) = taken.strip_suffix(");").or_else(|| taken.strip_suffix(')')) else {
        return;
    };
    let Some((list, index)) = taken
        .strip_suffix("++]")
        .and_then(|taken| taken.split_once('['))
    else {
        return;
    };
    // The other subscript of the comparison: `a[i] <= b[j]` has `b[j]` beside `a[i]`.
    let compared = condition
        .trim_start_matches("if")
        .trim_start()
        .trim_start_matches('(');
    let Some((left, right)) = ["<=", ">=", " < ", " > "]
        .iter()
        .find_map(|operator| compared.split_once(operator))
    else {
        return;
    };
    let own = format!("{list}[{index}]");
    let other = match (left.trim(), right.trim()) {
        (left, right) if left == own => right,
        (left, right) if right == own => left,
        _ => return,
    };
    let Some((other_list, other_index)) = other
        .strip_suffix(']')
        .and_then(|other| other.split_once('['))
    else {
        return;
    };
    if !is_plain_name(other_list) || !is_plain_name(other_index) {
        return;
    }
    let end = if previous.ends_with(';') { ";" } else { "" };
    out.push(Suggestion::construct(
        format!("{other_list}[{other_index}++]){end}"),
        CONFIDENCE,
    ));
}

/// `return Arrays.` -> `equals(x, y);` once `Arrays.sort(x);` and `Arrays.sort(y);` are above: two sorted arrays
/// are compared (an anagram test).
fn sorted_arrays_compared(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Java || context.line_before.trim() != "return Arrays."
    {
        return;
    }
    let mut sorted: Vec<&str> = context
        .code_lines_above()
        .take(6)
        .filter_map(|line| line.strip_prefix("Arrays.sort(")?.strip_suffix(");"))
        .filter(|array| is_plain_name(array))
        .collect();
    sorted.reverse();
    if let [first, second] = sorted.as_slice() {
        out.push(Suggestion::member(
            format!("equals({first}, {second});"),
            CONFIDENCE,
        ));
    }
}

/// The name `equals(Object o)` gives the other object once cast: `Person person = (Person) o;` -> `person`.
fn cast_other(context: &Context<'_>) -> Option<String> {
    for line in context.code_lines_above().take(8) {
        if line.contains(" equals(Object ") {
            return None;
        }
        if let Some((name, cast)) = cast_declaration(line)
            && cast.ends_with(';')
        {
            return Some(name.to_owned());
        }
    }
    None
}

/// A Java declaration that casts to its own type: `Person person = (Person) o;` -> `person` and what is cast
/// (`o;`).
pub(super) fn cast_declaration(line: &str) -> Option<(&str, &str)> {
    let (declared, cast) = line.split_once(" = (")?;
    let (kind, name) = declared.split_once(' ')?;
    let cast = cast.strip_prefix(kind)?.strip_prefix(") ")?;
    is_plain_name(name).then_some((name, cast))
}

/// Java's `equals`: `Objects.equals(name, ` -> `person.name);` and `return age == ` -> `person.age` under `Person
/// person = (Person) o;`: each field is compared with the other object's.
fn other_objects_field(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Java || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let (field, closed) = if let Some(head) = typed.strip_suffix(", ") {
        let Some((_, field)) = head.rsplit_once("Objects.equals(") else {
            return;
        };
        (field, true)
    } else if let Some(head) = typed.strip_suffix(" == ") {
        let field = last_word(head);
        let before = head[..head.len() - field.len()].trim_end();
        if !(before.ends_with("return") || before.ends_with("&&")) {
            return;
        }
        (field, false)
    } else {
        return;
    };
    if !is_plain_name(field) {
        return;
    }
    let Some(other) = cast_other(context) else {
        return;
    };
    if field == other {
        return;
    }
    let closing = if closed {
        let Some(closing) = super::closers::after_value(context) else {
            return;
        };
        closing
    } else {
        String::new()
    };
    out.push(Suggestion::construct(
        format!("{other}.{field}{closing}"),
        CONFIDENCE,
    ));
}

/// `return u.id == ` -> `id;` inside `findUser(users, id)`: a field compared with a parameter of its own name is
/// a lookup by that parameter.
fn field_compared_with_namesake(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    // JavaScript's `find(u => u.id === ` is `javascript`'s, which knows the callback's `);`.
    if !context.prefix.is_empty()
        || matches!(
            context.profile.language,
            Language::JavaScript | Language::TypeScript
        )
    {
        return;
    }
    let Some(head) = [" === ", " == ", " != ", " !== "]
        .iter()
        .find_map(|operator| context.line_before.strip_suffix(operator))
    else {
        return;
    };
    let field = last_word(head);
    let Some(receiver) = head[..head.len() - field.len()]
        .strip_suffix('.')
        .or_else(|| head[..head.len() - field.len()].strip_suffix("->"))
    else {
        return;
    };
    let receiver = last_word(receiver);
    if !is_plain_name(field) || receiver.is_empty() || receiver == field || receiver == "this" {
        return;
    }
    let parameter = context.enclosing_lines().take(6).any(|header| {
        let Some((name_part, rest)) = header.split_once('(') else {
            return false;
        };
        let Some((parameters, _)) = rest.rsplit_once(')') else {
            return false;
        };
        let header_like = !name_part.trim_start().starts_with("if")
            && !name_part.trim_start().starts_with("for")
            && !name_part.trim_start().starts_with("while")
            && (header.ends_with('{') || header.ends_with(':'));
        header_like
            && parameters.split(',').any(|parameter| {
                last_word(parameter.split(':').next().unwrap_or(parameter)) == field
                    || last_word(parameter) == field
            })
    });
    if !parameter {
        return;
    }
    let Some(closing) = super::closers::after_value(context) else {
        return;
    };
    out.push(Suggestion::construct(format!("{field}{closing}"), 0.88));
}

/// A rotation joins a list's two parts: `arr.slice(-k).concat(arr.` -> `slice(0, -k));` and Python's `arr[-k:] +
/// arr[` -> `:-k]` (`arr[k:] + arr[` -> `:k]`).
fn rotated_remainder(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    if let Some(part) = other_part(context) {
        out.push(Suggestion::construct(part, CONFIDENCE));
    }
}

/// The part [`rotated_remainder`] offers, if the line joins a list's end to the list.
fn other_part(context: &Context<'_>) -> Option<String> {
    let typed = context.line_before.trim_start();
    let python = context.profile.language == Language::Python;
    let (head, join, slice_open, slice_close) = if python {
        (typed.strip_suffix('[')?, " + ", "[", ":]")
    } else if matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript
    ) {
        (typed.strip_suffix('.')?, ".concat(", ".slice(", ")")
    } else {
        return None;
    };
    let (left, list) = head.rsplit_once(join)?;
    let (sliced, cut) = left.strip_suffix(slice_close)?.rsplit_once(slice_open)?;
    if !is_plain_name(list)
        || last_word(sliced) != list
        || cut.is_empty()
        || cut.contains([',', ':'])
    {
        return None;
    }
    if python {
        return Some(format!(":{cut}]"));
    }
    let closing = super::closers::after_value(context)?;
    Some(format!("slice(0, {cut}){closing}"))
}

/// The lines of the C++ class around the cursor, from its `class `/`struct ` line.
fn class_text<'a>(context: &Context<'a>) -> Option<&'a str> {
    let before = context.code_before_line();
    let start = before.rfind("class ").or_else(|| before.rfind("struct "))?;
    Some(&before[start..])
}

/// `double ` -> `balance_;` in a C++ class whose constructor initializes `owner_` and `balance_` and which declares
/// `owner_` only: members are declared in the order they are initialized.
fn declared_initialized_member(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Cpp {
        return;
    }
    let typed = context.before_prefix().trim_start();
    let Some(kind) = typed.strip_suffix(' ') else {
        return;
    };
    let in_class_body = context.enclosing_lines().next().is_some_and(|header| {
        header.starts_with("class ")
            || header.starts_with("struct ")
            || matches!(header, "private:" | "public:" | "protected:")
    });
    let simple_type = in_class_body
        && !kind.is_empty()
        && !kind
            .split(['<', '>'])
            .step_by(2)
            .any(|outside| outside.contains(','))
        && kind
            .chars()
            .all(|c| is_identifier_char(c) || ":<>*&, ".contains(c))
        && ![
            "return", "else", "case", "delete", "new", "using", "class", "struct",
        ]
        .iter()
        .any(|word| kind.starts_with(word));
    if !simple_type {
        return;
    }
    let Some(class) = class_text(context) else {
        return;
    };
    let initialized: Vec<&str> = class
        .lines()
        .flat_map(super::geometry::initialized_members)
        .collect();
    let declared = |name: &str| {
        class.lines().map(str::trim).any(|line| {
            line.ends_with(';')
                && !line.contains('(')
                && line
                    .trim_end_matches(';')
                    .split('=')
                    .next()
                    .is_some_and(|declaration| last_word(declaration) == name)
        })
    };
    let Some(next) = initialized.into_iter().find(|name| !declared(name)) else {
        return;
    };
    if let Some(rest) = format!("{next};").strip_prefix(context.prefix) {
        out.push(Suggestion::construct(rest, 0.88));
    }
}

/// `~FileHandle() { if (fp_) std::fclose(` -> `fp_); }`: a destructor releases the member its constructor
/// acquired (`fopen` closed by `fclose`, `new` by `delete`, `malloc` by `free`).
fn released_member(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Cpp || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let in_destructor = typed.starts_with('~')
        || context
            .enclosing_lines()
            .next()
            .is_some_and(|header| header.starts_with('~'));
    if !in_destructor {
        return;
    }
    let (acquire, release_end) = if typed.ends_with("fclose(") {
        ("fopen(", ")")
    } else if typed.ends_with("free(") {
        ("alloc(", ")")
    } else if typed.ends_with("delete ") || typed.ends_with("delete[] ") {
        ("new ", "")
    } else {
        return;
    };
    let Some(class) = class_text(context) else {
        return;
    };
    let Some(member) = class.lines().find_map(|line| {
        let (_, list) = line.split_once(") : ")?;
        list.split("), ")
            .find(|initializer| initializer.contains(acquire))
            .and_then(|initializer| initializer.split_once('('))
            .map(|(name, _)| name.trim())
            .filter(|name| is_plain_name(name))
    }) else {
        return;
    };
    let opened_block = typed.matches('{').count() > typed.matches('}').count();
    let block_end = if opened_block { " }" } else { "" };
    out.push(Suggestion::construct(
        format!("{member}{release_end};{block_end}"),
        0.88,
    ));
}
