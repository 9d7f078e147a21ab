//! The counting loop's three-part header (`for (int i = 0; i < n; i++) {`), typed part by part, in the languages
//! that share it: C, C++, Java, JavaScript, TypeScript and Go (`for i := 0; i < n; i++ {`).
//!
//! The language modules complete a header typed up to `= 0` in one piece, with a bound they find in scope. Someone
//! who types on instead (`for (int i = 0; `) gets nothing from them; this module follows the header part by part:
//! after the initialisation the condition starts with the index (`i < `), after `i < items.` comes the
//! collection's size as the language spells it (`length`, `length()`, `size()`), and after the condition the step
//! and the block's opening (`i++) {`, Go's `i++ {`), also right after a bound written in full (`i < n` -> `;
//! i++) {`). The header is spelled the same in all of them, so one module serves them all rather than five copies
//! in the language modules.
//!
//! Nested in a loop over a grid's rows, the inner loop's bound is the row's size (`j < ` -> `matrix[i].length; j++)
//! {`, Go's `j < len(` -> `matrix[i]); j++ {`); nested in a loop counting to one dimension (`i < rows`), the inner
//! loop counts to the other (`j < ` -> `cols; j++) {`).
//!
//! In the loop's body it also knows the element the loop walks: Java's `names.` -> `get(i)` under `i <
//! names.size()`, and a total's `sum += ` -> `nums[i];` (`sum ` -> `+= arr[i];`, the body's first line -> `sum +=
//! arr[i];`, Go's `sum ` -> `+= arr[i]` under `i < len(arr)`).

use super::Suggestion;
use super::cursor::Context;
use super::language::Language;
use super::lexer::is_identifier_char;
use super::statements::declaration_of;

/// How confident the index after the initialisation is: an index starting at 0 is compared with `<` far more often
/// than with anything else, but the bound after it is the developer's.
const INDEX_CONFIDENCE: f64 = 0.8;

/// How confident the step after a condition on the index is: `<` counts up and `>` down, almost without exception.
const STEP_CONFIDENCE: f64 = 0.85;

/// How confident the size member after `i < items.` is when the collection's declaration (or the language) says
/// what it is.
const KNOWN_SIZE_CONFIDENCE: f64 = 0.9;

/// How confident Java's `length` is for a receiver the window does not declare: a field or a parameter declared
/// further up; counting loops over arrays far outnumber those over lists, which Java walks with `for (x : list)`.
const GUESSED_SIZE_CONFIDENCE: f64 = 0.8;

/// How confident the element a counting loop's body reaches for is (`names.` -> `get(i)`, `sum += ` ->
/// `nums[i];`): the loop counts over that collection and its index is the only one in play.
const ELEMENT_CONFIDENCE: f64 = 0.85;

/// Adds the next part of a counting loop's header when the cursor ends a partly typed one, or, in the body of a
/// loop that counts over a collection, that collection's element at the index.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    element_at_index(context, out);
    walking_header(context, out);
    let language = context.profile.language;
    let go = language == Language::Go;
    if !matches!(
        language,
        Language::C
            | Language::Cpp
            | Language::Java
            | Language::JavaScript
            | Language::TypeScript
            | Language::Go
    ) {
        return;
    }
    // A header edited in place keeps its step after the cursor (`i < items.le|; i++) {`): only the size
    // member is read then, the parts that finish the header being there already.
    let rest_of_header_typed = context.line_after.trim_start().starts_with(';');
    if !context.at_line_end() && !rest_of_header_typed {
        return;
    }
    let typed = context.before_prefix().trim_start();
    let header = if go {
        typed.strip_prefix("for ")
    } else {
        typed
            .strip_prefix("for (")
            .or_else(|| typed.strip_prefix("for("))
    };
    let Some(header) = header else {
        return;
    };
    let parts: Vec<&str> = header.split(';').collect();
    let Some(index) = parts.first().and_then(|first| initialised_index(first, go)) else {
        return;
    };
    // `for (int i = 0;` without the space: the next part starts with one.
    let space = if header.ends_with(';') { " " } else { "" };
    if rest_of_header_typed {
        if let [_, condition] = parts.as_slice() {
            size_member(context, index, condition, out);
        }
        return;
    }
    match parts.as_slice() {
        [initialisation, condition]
            if condition.trim().is_empty()
                && context.prefix.is_empty()
                && starts_at_zero(initialisation) =>
        {
            out.push(Suggestion::construct(
                format!("{space}{index} < "),
                INDEX_CONFIDENCE,
            ));
        }
        // `for (int i = 0; i ` -> `< `: the index typed by hand, its comparison still to come.
        [initialisation, condition]
            if context.prefix.is_empty()
                && header.ends_with(' ')
                && condition.trim() == index
                && starts_at_zero(initialisation) =>
        {
            out.push(Suggestion::construct("< ", INDEX_CONFIDENCE));
        }
        // `for (int i = 1; i < ` in a `main(int argc, ...)` -> `argc; i++) {`: the arguments after the program's
        // name; `i < ar` -> `gc; i++) {` from any start, since `argv` is no bound.
        [initialisation, condition]
            if matches!(language, Language::C | Language::Cpp)
                && condition.trim() == format!("{index} <")
                && header.ends_with(' ')
                && (if context.prefix.is_empty() {
                    initialisation.trim().ends_with("= 1")
                } else {
                    "argc".starts_with(context.prefix) && context.prefix.len() < "argc".len()
                })
                && super::statements::enclosing_function(context).is_some_and(|function| {
                    function.name == "main" && function.parameter_names().any(|name| name == "argc")
                }) =>
        {
            let rest = "argc".get(context.prefix.len()..).unwrap_or("");
            out.push(Suggestion::construct(
                format!("{rest}; {index}++) {{"),
                STEP_CONFIDENCE,
            ));
        }
        [_, condition]
            if context.prefix.is_empty()
                && header.ends_with(' ')
                && condition.trim() == format!("{index} <") =>
        {
            if let Some(bound) = collection_bound(context, index) {
                out.push(Suggestion::construct(bound, KNOWN_SIZE_CONFIDENCE - 0.05));
            }
            row_bound(context, index, condition, out);
        }
        // Go's `i < len(` -> `nums); i++ {`: the same bound, its `len(` typed already.
        [_, condition]
            if go && context.prefix.is_empty() && condition.trim() == format!("{index} < len(") =>
        {
            // The bound must be a slice the code made (a package such as `strings` is in scope too).
            let made_slice = |bound: &str| {
                let collection = bound.split(')').next().unwrap_or("");
                declaration_of(context, collection)
                    .is_some_and(|declared| declared.contains("[]") || declared.contains("make("))
            };
            if let Some(rest) = collection_bound(context, index)
                .as_deref()
                .filter(|bound| made_slice(bound.trim_start_matches("len(")))
                .and_then(|bound| bound.strip_prefix("len("))
            {
                out.push(Suggestion::construct(rest, KNOWN_SIZE_CONFIDENCE - 0.05));
            }
            row_bound(context, index, condition, out);
        }
        [_, condition] => {
            size_member(context, index, condition, out);
            row_bound(context, index, condition, out);
            finished_condition(context, index, condition, go, out);
        }
        // The index begun (`i < len(nums); i`) is finished the same way.
        [_, condition, step] if step.trim().is_empty() && index.starts_with(context.prefix) => {
            if let Some(step) = step_of(index, condition) {
                let opening = if go { " {" } else { ") {" };
                let typed = index.get(context.prefix.len()..).unwrap_or("");
                out.push(Suggestion::construct(
                    format!("{space}{typed}{step}{opening}"),
                    STEP_CONFIDENCE,
                ));
            }
        }
        // `i < n; i` -> `++) {`: the index typed by hand, its step and the block's opening still to come.
        [_, condition, step] if step.trim().is_empty() && context.prefix == index => {
            if let Some(step) = step_of(index, condition) {
                let opening = if go { " {" } else { ") {" };
                out.push(Suggestion::construct(
                    format!("{step}{opening}"),
                    STEP_CONFIDENCE,
                ));
            }
        }
        _ => {}
    }
}

/// `for (int i = 0; i < n` -> `; i++) {` (Go's `; i++ {`): a condition whose bound is written in full, a size
/// (`len(arr)`, `arr.length`, `v.size()`) or a name the code declared that no longer name extends (`n`, not the `n`
/// of `nums` begun).
fn finished_condition(
    context: &Context<'_>,
    index: &str,
    condition: &str,
    go: bool,
    out: &mut Vec<Suggestion>,
) {
    let prefix = context.prefix;
    if condition.trim().is_empty() || condition.ends_with(' ') && prefix.is_empty() {
        return;
    }
    // A counting-down loop's `i >= 0` is whole; another number may still be growing (`i < 10` of `100`).
    let finished = if prefix.is_empty() {
        condition.trim_end().ends_with([')', ']']) || condition.ends_with(">= 0")
    } else if condition.ends_with('.') {
        matches!(prefix, "length" | "Length" | "Count")
    } else {
        let declared = context
            .code_before_line()
            .split(|c: char| !is_identifier_char(c))
            .any(|word| word == prefix);
        let longer = context
            .scan
            .names
            .iter()
            .any(|stats| stats.name.len() > prefix.len() && stats.name.starts_with(prefix));
        declared && !longer
    };
    if !finished {
        return;
    }
    let Some(step) = step_of(index, &format!("{condition}{prefix}")) else {
        return;
    };
    let opening = if go { " {" } else { ") {" };
    out.push(Suggestion::construct(
        format!("; {index}{step}{opening}"),
        STEP_CONFIDENCE,
    ));
}

/// The index an initialisation declares or assigns (`int i = 0`, `let i = 0`, `i := 0`, `size_t j = n - 1`).
fn initialised_index(initialisation: &str, go: bool) -> Option<&str> {
    let assignment = if go { ":=" } else { "=" };
    let (target, value) = initialisation.split_once(assignment)?;
    if value.trim().is_empty() {
        return None;
    }
    let index = target.split_whitespace().next_back()?;
    let simple = index.starts_with(|c: char| c.is_alphabetic() || c == '_')
        && index.chars().all(is_identifier_char);
    simple.then_some(index)
}

/// Whether the index starts at zero: then it counts up to a bound, and `<` is all but certain.
fn starts_at_zero(initialisation: &str) -> bool {
    initialisation
        .rsplit(['=', ':'])
        .next()
        .is_some_and(|value| value.trim() == "0")
}

/// `++` or `--` for a condition that compares the index with something (`i < n` counts up, `i >= 0` down), or
/// `None` if the condition is not one on the index or is not finished.
fn step_of(index: &str, condition: &str) -> Option<&'static str> {
    let condition = condition.trim();
    let rest = condition.strip_prefix(index)?.trim_start();
    let (step, bound) = if let Some(bound) = rest
        .strip_prefix("<=")
        .or_else(|| rest.strip_prefix('<'))
        .or_else(|| rest.strip_prefix("!="))
    {
        ("++", bound)
    } else if let Some(bound) = rest.strip_prefix(">=").or_else(|| rest.strip_prefix('>')) {
        ("--", bound)
    } else {
        return None;
    };
    // The bound must be whole: not empty, not ending with an operator or a member separator, brackets closed.
    let bound = bound.trim();
    let depth = bound.chars().fold(0i32, |depth, c| match c {
        '(' | '[' => depth + 1,
        ')' | ']' => depth - 1,
        _ => depth,
    });
    let finished = bound
        .chars()
        .next_back()
        .is_some_and(|last| is_identifier_char(last) || matches!(last, ')' | ']'));
    (finished && depth == 0).then_some(step)
}

/// `i < items.` -> the size member of `items` as its language and declaration spell it, minus what is typed of it.
fn size_member(context: &Context<'_>, index: &str, condition: &str, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let receiver = access.receiver;
    let compared = condition
        .trim()
        .strip_prefix(index)
        .map(str::trim_start)
        .and_then(|rest| rest.strip_prefix("<=").or_else(|| rest.strip_prefix('<')))
        .and_then(|rest| rest.trim_start().strip_suffix('.'))
        .is_some_and(|bound| bound == receiver);
    // A row of a matrix, `j < matrix[i].`, counts like the matrix itself.
    let plain = |name: &str| !name.is_empty() && name.chars().all(is_identifier_char);
    let (collection, row) = match receiver
        .strip_suffix(']')
        .and_then(|rest| rest.split_once('['))
    {
        Some((collection, row_index)) if plain(collection) && plain(row_index) => {
            (collection, true)
        }
        _ => (receiver, false),
    };
    if !compared || !plain(collection) {
        return;
    }
    let size = match context.profile.language {
        Language::JavaScript | Language::TypeScript => Some(("length", KNOWN_SIZE_CONFIDENCE)),
        // Every standard container and `std::string` count with `size()`.
        Language::Cpp => Some(("size()", KNOWN_SIZE_CONFIDENCE)),
        // A row of a Java array of arrays (`int[][] grid`) is an array.
        Language::Java if row => match declaration_of(context, collection) {
            Some(declaration) if declaration.contains("[][]") => {
                Some(("length", KNOWN_SIZE_CONFIDENCE))
            }
            Some(_) => None,
            None => Some(("length", GUESSED_SIZE_CONFIDENCE)),
        },
        Language::Java => java_size(context, collection),
        _ => None,
    };
    if let Some((size, confidence)) = size
        && let Some(rest) = size.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, confidence));
    }
}

/// Java's size of `receiver`: `length` for an array, `length()` for a string, `size()` for a collection, from its
/// declaration; `length` when the window does not declare it (see [`GUESSED_SIZE_CONFIDENCE`]) unless its name
/// says it is a list.
fn java_size(context: &Context<'_>, receiver: &str) -> Option<(&'static str, f64)> {
    let Some(declaration) = declaration_of(context, receiver) else {
        let size = if receiver.to_lowercase().contains("list") {
            "size()"
        } else {
            "length"
        };
        return Some((size, GUESSED_SIZE_CONFIDENCE));
    };
    // Only the type right before the name: `void f(List<String> a, int[] b` -> `int[] b`'s `int[]`.
    let declaration = declaration.rsplit(['(', ',']).next().unwrap_or(declaration);
    let size = if declaration.trim_end().ends_with(']') || declaration.contains("[]") {
        "length"
    } else if declaration.contains("String") && !declaration.contains('<') {
        "length()"
    } else if [
        "List",
        "Set",
        "Map",
        "Collection",
        "Queue",
        "Deque",
        "Vector",
    ]
    .iter()
    .any(|collection| declaration.contains(collection))
    {
        "size()"
    } else {
        return None;
    };
    Some((size, KNOWN_SIZE_CONFIDENCE))
}

/// In the body of `for (int i = 0; i < names.size(); i++) {`: Java's `names.` -> `get(i)` (`charAt(i)` for
/// `i < text.length()`), and an accumulation `sum += ` -> the collection's element, `nums[i];`. The collection is
/// the one the condition names (`nums.length`, `nums.size()`) or, in C and C++ when the bound is a count
/// (`i < n`, `i < 3`), the only array the code above declares.
fn element_at_index(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let language = context.profile.language;
    if !matches!(
        language,
        Language::C
            | Language::Cpp
            | Language::Java
            | Language::JavaScript
            | Language::TypeScript
            | Language::Go
    ) || !context.at_line_end()
        || !context.prefix.is_empty()
    {
        return;
    }
    let Some((index, bound)) = enclosing_counting_loop(context) else {
        return;
    };
    // Go measures a slice with `len(nums)`.
    let go_length = bound
        .strip_prefix("len(")
        .and_then(|rest| rest.strip_suffix(')'));
    let (collection, size) = match (go_length, bound.split_once('.')) {
        (Some(collection), _) if language == Language::Go => (Some(collection), "len()"),
        (_, Some((collection, size))) => (Some(collection), size),
        _ => (None, ""),
    };
    // The element's call typed already (`System.out.println(names.get(`): the index, and the line's closers.
    if language == Language::Java
        && let Some(collection) = collection
        && let Some(element) = match size {
            "size()" => Some("get("),
            "length()" => Some("charAt("),
            _ => None,
        }
        && context
            .line_before
            .strip_suffix(element)
            .and_then(|before| before.strip_suffix('.'))
            .and_then(|before| before.strip_suffix(collection))
            .is_some_and(|before| before.ends_with(['(', ' ', '\t']) || before.is_empty())
    {
        if let Some(closing) = super::closers::after_value(context) {
            out.push(Suggestion::construct(
                format!("{index}{closing}"),
                ELEMENT_CONFIDENCE,
            ));
        }
        return;
    }
    if let Some(access) = context.dot_member() {
        let element = match size {
            "size()" => "get",
            "length()" => "charAt",
            _ => return,
        };
        if language == Language::Java
            && access.separator == "."
            && collection == Some(access.receiver)
        {
            out.push(Suggestion::construct(
                format!("{element}({index})"),
                ELEMENT_CONFIDENCE,
            ));
        }
        return;
    }
    // `sum += ` and nothing else on the line: the running total of the elements; `sum ` -> `+= arr[i];`, and the
    // body's first line under a total declared right above the loop -> `sum += arr[i];`.
    let typed = context.line_before.trim_start();
    let declared_above_loop = || {
        let mut above = context.code_lines_above();
        let header = above.next()?;
        if !header.starts_with("for") {
            return None;
        }
        let (declared, value) = assignment_parts(above.next()?)?;
        matches!(value.trim_end_matches(';'), "0" | "0.0")
            .then(|| declared.split_whitespace().next_back())
            .flatten()
    };
    // Only a total named as one is added to without its operator typed: a `count` counts by one.
    let named_total = |name: &str| {
        let lower = name.to_ascii_lowercase();
        lower.contains("sum") || lower.contains("total")
    };
    let (total, lead) = if let Some(total) = typed.strip_suffix(" += ") {
        (total, String::new())
    } else if let Some(total) = typed
        .strip_suffix(' ')
        .filter(|total| !total.contains(' ') && named_total(total))
    {
        (total, "+= ".to_owned())
    } else if typed.is_empty()
        && let Some(total) = declared_above_loop().filter(|total| named_total(total))
    {
        (total, format!("{total} += "))
    } else {
        return;
    };
    // Only a total started at zero before the loop: `offset += ` may step by anything.
    let started_at_zero = context.code_before_line().lines().any(|line| {
        assignment_parts(line.trim_start()).is_some_and(|(declared, value)| {
            declared.split_whitespace().next_back() == Some(total)
                && matches!(value.trim_end_matches(';'), "0" | "0.0")
        })
    });
    if total.is_empty() || !total.chars().all(is_identifier_char) || !started_at_zero {
        return;
    }
    let collection = match (collection, size) {
        // Java's lists are read with `get(i)`, not indexed.
        (Some(collection), "length") => Some(collection),
        (Some(collection), "size()") if language == Language::Cpp => Some(collection),
        (Some(collection), "len()") => Some(collection),
        (None, _) if matches!(language, Language::C | Language::Cpp) => only_array(context),
        _ => None,
    };
    let Some(collection) = collection.filter(|name| name.chars().all(is_identifier_char)) else {
        return;
    };
    let terminator = if language == Language::Go
        || matches!(language, Language::JavaScript | Language::TypeScript)
            && !context.code.contains(";\n")
    {
        ""
    } else {
        ";"
    };
    let term = match paired_collection(context, collection) {
        Pairing::Alone => format!("{collection}[{index}]"),
        Pairing::Dot(other) => format!("{collection}[{index}] * {other}[{index}]"),
        Pairing::Unclear => return,
    };
    out.push(Suggestion::construct(
        format!("{lead}{term}{terminator}"),
        ELEMENT_CONFIDENCE,
    ));
}

/// Whether the walked collection is the function's only one.
enum Pairing<'a> {
    /// No other collection parameter: the total is of its elements.
    Alone,
    /// A dot product (`dot(a, b)`): the total is of the products of both collections' elements.
    Dot(&'a str),
    /// Another collection parameter, for something else: which elements add up is the developer's.
    Unclear,
}

/// [`Pairing`] of `collection` among the enclosing function's parameters: another parameter typed as a collection
/// (`double[] b`, `b: number[]`, `const std::vector<double>& b`) or named as one of a pair with it (`a` and `b`,
/// `xs` and `ys`, `v1` and `v2`).
fn paired_collection<'a>(context: &Context<'a>, collection: &str) -> Pairing<'a> {
    let Some(function) = super::statements::enclosing_function(context) else {
        return Pairing::Alone;
    };
    let walked = function
        .parameters
        .iter()
        .find(|parameter| parameter.name == collection);
    let Some(walked) = walked else {
        return Pairing::Alone;
    };
    let collection_type = |text: &str| {
        text.contains('[') || text.contains("vector") || text.contains("List") || text.contains('*')
    };
    let paired_name = |name: &str| {
        let letters = |text: &str| {
            text.trim_end_matches(|c: char| c.is_ascii_digit())
                .to_owned()
        };
        (name.len() == 1 && collection.len() == 1)
            || (name.len() == collection.len()
                && letters(name) == letters(collection)
                && name != collection)
            || (name.len() == 2
                && collection.len() == 2
                && name.ends_with('s')
                && collection.ends_with('s'))
    };
    let other = function.parameters.iter().find(|parameter| {
        parameter.name != collection
            && if walked.type_text.is_empty() {
                paired_name(parameter.name)
            } else {
                collection_type(parameter.type_text) && parameter.type_text == walked.type_text
            }
    });
    let Some(other) = other else {
        return Pairing::Alone;
    };
    if function.name.to_ascii_lowercase().contains("dot") {
        Pairing::Dot(other.name)
    } else {
        Pairing::Unclear
    }
}

/// The index and bound of the counting loop whose block the cursor's line is directly in (`for (int i = 0; i <
/// n; i++) {` -> `("i", "n")`), if it is one counting up from 0.
fn enclosing_counting_loop<'a>(context: &Context<'a>) -> Option<(&'a str, &'a str)> {
    let depth = indentation_of(context.line_before);
    let header = context
        .code_before_line()
        .lines()
        .rev()
        .filter(|line| !line.trim().is_empty())
        .find(|line| indentation_of(line) < depth)?
        .trim();
    let go = context.profile.language == Language::Go;
    let header = if go {
        header.strip_prefix("for ")?.strip_suffix(" {")?
    } else {
        header.strip_prefix("for (")?.strip_suffix(") {")?
    };
    let [initialisation, condition, step] = header.split(';').collect::<Vec<_>>()[..] else {
        return None;
    };
    let index = initialised_index(initialisation, go)?;
    if !starts_at_zero(initialisation) || step.trim() != format!("{index}++") {
        return None;
    }
    let bound = condition
        .trim()
        .strip_prefix(index)?
        .trim_start()
        .strip_prefix('<')?;
    if bound.starts_with('=') {
        return None;
    }
    Some((index, bound.trim()))
}

/// A line that gives a name a value, split into the declaration and the value: `int sum = 0;` -> `int sum` and
/// `0;`, Go's `sum := 0` -> `sum` and `0`.
fn assignment_parts(line: &str) -> Option<(&str, &str)> {
    line.split_once(" := ").or_else(|| line.split_once(" = "))
}

/// How deep a line is indented, counting a tab as one step like a space: only the comparison matters.
fn indentation_of(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// The one array the code before the cursor declares (`int nums[] = {1, 2, 3};`, `double values[10];`), if it
/// declares exactly one.
pub(super) fn only_array<'a>(context: &Context<'a>) -> Option<&'a str> {
    let mut arrays = context.code_before_line().lines().filter_map(|line| {
        let line = line.trim();
        let (declared, _) = line.split_once('[')?;
        let (type_text, name) = declared.trim_end().rsplit_once(' ')?;
        let plain_type = matches!(
            type_text.trim_start_matches("const "),
            "int" | "long" | "float" | "double" | "unsigned" | "short" | "size_t"
        );
        (plain_type && !name.is_empty() && name.chars().all(is_identifier_char)).then_some(name)
    });
    if let Some(array) = arrays.next() {
        return arrays.next().is_none().then_some(array);
    }
    // Or the function's one pointer to numbers (`int sum(int *arr, int n)`).
    let function = super::statements::enclosing_function(context)?;
    let mut pointers = function.parameters.iter().filter(|parameter| {
        let base = parameter
            .type_text
            .trim_start_matches("const ")
            .trim_end_matches(['*', ' ']);
        parameter.type_text.contains('*')
            && matches!(
                base,
                "int" | "long" | "float" | "double" | "unsigned" | "short"
            )
    });
    let pointer = pointers.next()?;
    pointers.next().is_none().then_some(pointer.name)
}

/// The grid and index of the counting loop around this one, when it counts over a grid's rows (`for (let i = 0; i <
/// matrix.length; i++) {`, `for i := 0; i < len(matrix); i++ {`, `i < grid.size()`).
fn outer_rows<'a>(context: &Context<'a>, go: bool) -> Option<(&'a str, &'a str)> {
    let header = context.enclosing_lines().next()?;
    let inside = if go {
        header.strip_prefix("for ")?
    } else {
        header.strip_prefix("for (")?
    };
    let mut parts = inside.split(';');
    let index = initialised_index(parts.next()?, go)?;
    let condition = parts.next()?.trim();
    let bound = condition
        .strip_prefix(index)?
        .trim_start()
        .strip_prefix('<')?
        .trim();
    let grid = bound
        .strip_suffix(".length")
        .or_else(|| bound.strip_suffix(".size()"))
        .or_else(|| bound.strip_suffix(".length()"))
        .or_else(|| {
            bound
                .strip_prefix("len(")
                .and_then(|rest| rest.strip_suffix(')'))
        })?;
    let plain = |name: &str| !name.is_empty() && name.chars().all(is_identifier_char);
    (plain(grid) && plain(index)).then_some((grid, index))
}

/// After `i < ` in a loop that is not nested in another counting loop: the size of the one collection in scope and
/// the rest of the header (`nums.length; i++) {`, `v.size(); i++) {`, Go's `len(nums); i++ {`). C's arrays carry no
/// size: only one declared with its size (`int arr[5] = {...};`, `int marks[N];`) is answered, with that size.
fn collection_bound(context: &Context<'_>, index: &str) -> Option<String> {
    let language = context.profile.language;
    if outer_rows(context, language == Language::Go).is_some() {
        return None;
    }
    if matches!(language, Language::C | Language::Cpp)
        && let Some(size) = declared_array_size(context)
    {
        return Some(format!("{size}; {index}++) {{"));
    }
    let collection =
        super::statements::iterable_in_scope(context, None).or_else(|| only_vector(context));
    let Some(collection) = collection else {
        if matches!(language, Language::C | Language::Cpp) {
            return only_length(context).map(|length| format!("{length}; {index}++) {{"));
        }
        return None;
    };
    // A name an outer loop counts up to (`i < rows`) is a number, not a collection with a size.
    let counted_to = context
        .enclosing_lines()
        .filter(|line| line.starts_with("for"))
        .any(|line| line.contains(&format!("< {collection};")));
    if counted_to {
        return None;
    }
    let declared = declaration_of(context, collection).unwrap_or("");
    let size = match language {
        Language::Java if declared.trim_end().ends_with("[]") => ".length",
        Language::Java if declared.contains("List<") => ".size()",
        Language::JavaScript | Language::TypeScript => ".length",
        Language::Cpp if declared.contains("vector<") || declared.contains("string") => ".size()",
        // A map has a length but no index to count with: the loop counts over something else (a string
        // parameter beside the map of last positions in a sliding window).
        Language::Go if declared.contains("map[") => return None,
        Language::Go => return Some(format!("len({collection}); {index}++ {{")),
        // A C array has no size to ask: the integer named as its length is the bound.
        Language::C | Language::Cpp => {
            return only_length(context).map(|length| format!("{length}; {index}++) {{"));
        }
        _ => return None,
    };
    Some(format!("{collection}{size}; {index}++) {{"))
}

/// Whether a name says it holds a length (`n`, `len`, `size`, `count`, `task_count`, `numItems`).
pub(super) fn names_length(name: &str) -> bool {
    matches!(name, "n" | "len" | "length" | "size" | "count" | "num")
        || [
            "_count", "_len", "_size", "_length", "Count", "Len", "Size", "Length",
        ]
        .iter()
        .any(|suffix| name.len() > suffix.len() && name.ends_with(suffix))
        || name
            .strip_prefix("num")
            .is_some_and(|rest| rest.starts_with(|c: char| c == '_' || c.is_ascii_uppercase()))
}

/// In C, the one integer named as a length that the loop can count to: a parameter (`fill(int *a, int size, int
/// value)`), a local computed before the loop (`int len = sizeof(nums) / sizeof(nums[0]);`) or a file's global
/// (`int task_count = 0;` beside `Task tasks[100];`). A local that starts at 0 is a counter the code fills, no
/// bound; with two candidates the choice is the developer's.
fn only_length<'a>(context: &Context<'a>) -> Option<&'a str> {
    const INTEGERS: &[&str] = &[
        "int",
        "size_t",
        "unsigned",
        "long",
        "const int",
        "unsigned int",
    ];
    let function = super::statements::enclosing_function(context)?;
    let mut found: Vec<&str> = function
        .parameters
        .iter()
        .filter(|parameter| {
            INTEGERS.contains(&parameter.type_text.trim()) && names_count(parameter.name)
        })
        .map(|parameter| parameter.name)
        .collect();
    let mut in_function = true;
    for line in context.code_before_line().lines().rev().take(300) {
        let top_level = !line.starts_with([' ', '\t']);
        if top_level && line.contains('(') {
            in_function = false;
            continue;
        }
        if !in_function && !top_level {
            continue;
        }
        let trimmed = line.trim().trim_start_matches("static ");
        let Some(declaration) = INTEGERS
            .iter()
            .find_map(|type_name| trimmed.strip_prefix(type_name)?.strip_prefix(' '))
        else {
            continue;
        };
        let (name, value) = declaration
            .split_once(" = ")
            .map_or((declaration.trim_end_matches(';'), ""), |(name, value)| {
                (name, value)
            });
        let counter = in_function && value.trim_end_matches(';') == "0";
        if names_length(name) && !counter && !found.contains(&name) {
            found.push(name);
        }
    }
    match found.as_slice() {
        [only] => Some(only),
        _ => None,
    }
}

/// A length's name, or library C's count of things (SQLite's `nCell`, jemalloc's `nbins`), said of an integer
/// parameter.
fn names_count(name: &str) -> bool {
    let counted = |rest: &str| {
        rest.starts_with(|c: char| c.is_ascii_uppercase())
            || (rest.len() >= 3
                && rest.ends_with('s')
                && rest.chars().all(|c| c.is_ascii_lowercase()))
    };
    names_length(name) || name.strip_prefix('n').is_some_and(counted)
}

/// The size the one array of the code before the cursor was declared with, when it is a number or a constant's
/// name (`int arr[5]` -> `5`, `double marks[MAX]` -> `MAX`); an array sized by its initializer (`int a[] = {...}`)
/// has none to give.
fn declared_array_size<'a>(context: &Context<'a>) -> Option<&'a str> {
    let array = only_array(context)?;
    let size = context.code_before_line().lines().find_map(|line| {
        let (declared, rest) = line.trim().split_once('[')?;
        let (type_text, name) = declared.trim_end().rsplit_once(' ')?;
        if name != array || type_text.contains(['=', '+', '(']) {
            return None;
        }
        rest.split_once(']').map(|(size, _)| size.trim())
    })?;
    let constant = size
        .chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
    (!size.is_empty() && constant).then_some(size)
}

/// The one `std::vector` the lines above declare (`std::vector<int> v = {1, 2, 3};`), named however short.
fn only_vector<'a>(context: &Context<'a>) -> Option<&'a str> {
    let mut vectors = context.code_lines_above().take(30).filter_map(|line| {
        let (_, rest) = line.split_once("vector<")?;
        let (_, declared) = rest.split_once('>')?;
        let name = declared
            .trim_start()
            .split(|c: char| !is_identifier_char(c))
            .next()?;
        (!name.is_empty()).then_some(name)
    });
    let vector = vectors.next()?;
    vectors.next().is_none().then_some(vector)
}

/// The inner loop's bound over a grid's row: `for (let j = 0; j < ` -> `matrix[i].length; j++) {` in a loop over
/// `matrix.length` on `i` (`size(); j++) {` in C++, Go's `j < len(` -> `matrix[i]); j++ {`).
fn row_bound(context: &Context<'_>, index: &str, condition: &str, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    let language = context.profile.language;
    let go = language == Language::Go;
    let typed = condition.trim_start();
    let Some(rest) = typed.strip_prefix(index).map(str::trim_start) else {
        return;
    };
    let Some((grid, row)) = outer_rows(context, go) else {
        other_dimension_bound(context, index, rest, out);
        return;
    };
    if row == index || !super::algorithms::is_grid(context, grid) {
        return;
    }
    let text = match (language, rest) {
        (Language::Go, "< len(") => format!("{grid}[{row}]); {index}++ {{"),
        (Language::Go, "< ") => format!("len({grid}[{row}]); {index}++ {{"),
        (Language::Java | Language::JavaScript | Language::TypeScript, "< ") => {
            format!("{grid}[{row}].length; {index}++) {{")
        }
        (Language::Cpp, "< ") => format!("{grid}[{row}].size(); {index}++) {{"),
        (Language::Java | Language::JavaScript | Language::TypeScript, typed)
            if typed == format!("< {grid}[") =>
        {
            format!("{row}].length; {index}++) {{")
        }
        _ => return,
    };
    out.push(Suggestion::construct(text, KNOWN_SIZE_CONFIDENCE - 0.05));
}

/// The inner loop's bound when the outer one counts to a grid's other dimension: `for (let j = 0; j < ` ->
/// `cols; j++) {` under `for (let i = 0; i < rows; i++) {` (`width` under `height`).
fn other_dimension_bound(
    context: &Context<'_>,
    index: &str,
    rest: &str,
    out: &mut Vec<Suggestion>,
) {
    if rest != "<" && rest != "< " {
        return;
    }
    let Some(header) = context.enclosing_lines().next() else {
        return;
    };
    let go = context.profile.language == Language::Go;
    let inside = if go {
        header.strip_prefix("for ")
    } else {
        header.strip_prefix("for (")
    };
    let Some(mut parts) = inside.map(|inside| inside.split(';')) else {
        return;
    };
    let Some(outer) = parts.next().and_then(|part| initialised_index(part, go)) else {
        return;
    };
    let bound = parts
        .next()
        .and_then(|condition| condition.trim().strip_prefix(outer))
        .and_then(|condition| condition.trim_start().strip_prefix('<'))
        .map(str::trim);
    let Some(other) = bound.and_then(super::axis_symmetry::other_dimension) else {
        return;
    };
    if outer == index {
        return;
    }
    let space = if rest.ends_with(' ') { "" } else { " " };
    // The inner header opens its block as the outer one did (a brace-less outer loop nests a brace-less inner one).
    let opening = match (go, header.ends_with('{')) {
        (true, _) => " {",
        (false, true) => ") {",
        (false, false) => ")",
    };
    out.push(Suggestion::construct(
        format!("{space}{other}; {index}++{opening}"),
        KNOWN_SIZE_CONFIDENCE - 0.05,
    ));
}

/// The header of a loop that walks rather than counts, in C and C++: an iterator from `begin()` stops at the same
/// container's `end()` (`for (auto it = m.begin(); it != ` -> `m.end(); ++it) {`), and a pointer into a linked
/// list steps to its `next` (`for (struct Node *p = head; p != NULL; ` -> `p = p->next) {`).
fn walking_header(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !matches!(context.profile.language, Language::C | Language::Cpp)
        || !context.prefix.is_empty()
        || !context.at_line_end()
    {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(header) = typed.strip_prefix("for (") else {
        return;
    };
    let Some((initialisation, rest)) = header.split_once("; ") else {
        return;
    };
    let Some((declaration, start)) = initialisation.split_once(" = ") else {
        return;
    };
    let variable = declaration
        .rsplit([' ', '*', '&'])
        .next()
        .unwrap_or("")
        .trim();
    if variable.is_empty() || !variable.chars().all(is_identifier_char) {
        return;
    }
    let iterator_end = [("begin()", "end()"), ("cbegin()", "cend()")]
        .iter()
        .find_map(|(begin, end)| {
            let container = start.strip_suffix(begin)?.strip_suffix('.')?;
            (!container.is_empty() && container.chars().all(|c| is_identifier_char(c) || c == '.'))
                .then(|| format!("{container}.{end}"))
        });
    if let Some(end) = iterator_end {
        let text = match rest {
            "" => format!("{variable} != {end}; ++{variable}) {{"),
            _ if rest == format!("{variable} != ") => format!("{end}; ++{variable}) {{"),
            _ if rest.strip_prefix(&format!("{variable} != {end}")) == Some("; ") => {
                format!("++{variable}) {{")
            }
            _ => return,
        };
        out.push(Suggestion::construct(text, 0.86));
        return;
    }
    // A pointer to a list's node (its type says so, or the file's nodes link through `next`).
    let pointer = declaration.contains('*');
    let linked = declaration.contains("Node") || context.code.contains("->next");
    if !pointer || !linked || !start.chars().all(is_identifier_char) {
        return;
    }
    let tests = [
        format!("{variable} != NULL; "),
        format!("{variable} != nullptr; "),
        format!("{variable}; "),
    ];
    if tests.iter().any(|test| rest == test.as_str()) {
        out.push(Suggestion::construct(
            format!("{variable} = {variable}->next) {{"),
            0.86,
        ));
    }
}
