//! A method that hands its work to a field's method of the same name, as the methods above it do: a Java
//! service's `userRepository.` -> `deleteById(id);` in `deleteById(Long id)` under `findById(Long id) { return
//! userRepository.findById(id); }`, a Rust wrapper's `self.users.` -> `remove(&id)` in `remove(&mut self, id: u32)`
//! under `get(&self, id: u32) { self.users.get(&id) }`, a Go type's `s.conn.` -> `Close()`.
//!
//! The siblings decide, never the method's name alone: one of them at least begins by passing its own parameters
//! (each written the same way, `&id`) to the receiver's method of its own name, and no more of them begin by
//! calling that receiver's other methods. A service whose methods do other things with the field (a controller's
//! `delete` calling `deleteById`) gets nothing.

use super::Suggestion;
use super::cursor::Context;
use super::language::Language;
use super::lexer::is_plain_name;

/// How many lines above the cursor the sibling methods are looked for in.
const WINDOW: usize = 200;

/// How sure a delegation is when more siblings delegate than do not; a tie is a little less sure.
const CONFIDENCE: f64 = 0.9;

/// Rust's standard collections, and the methods a wrapper around one delegates to: a name not among them (`all`
/// for a `HashMap`) is the wrapper's own idea, written with other calls.
const RUST_COLLECTIONS: &[&str] = &[
    "Vec<",
    "VecDeque<",
    "HashMap<",
    "HashSet<",
    "BTreeMap<",
    "BTreeSet<",
    "String",
];
const RUST_COLLECTION_METHODS: &[&str] = &[
    "len",
    "is_empty",
    "get",
    "get_mut",
    "remove",
    "insert",
    "contains_key",
    "contains",
    "push",
    "pop",
    "push_back",
    "push_front",
    "pop_back",
    "pop_front",
    "clear",
    "iter",
    "iter_mut",
    "keys",
    "values",
    "values_mut",
    "first",
    "last",
    "truncate",
    "capacity",
    "drain",
    "retain",
    "entry",
    "sort",
];

/// Java words that start a block header without declaring a method (`if (...) {`, `catch (E e) {`).
const JAVA_BLOCK_WORDS: &[&str] = &[
    "if",
    "else",
    "for",
    "while",
    "switch",
    "catch",
    "try",
    "do",
    "synchronized",
    "return",
    "new",
    "throw",
    "class",
    "interface",
    "enum",
    "record",
];

/// A method's header as the rule reads it.
struct Header<'a> {
    /// The method's name.
    name: &'a str,
    /// Its parameters' names, in order (`self` and Go's receiver left out).
    parameters: Vec<&'a str>,
    /// Whether it returns a value (Rust's `->`, a Java type other than `void`, Go's results).
    returns: bool,
}

/// Appends the receiver's method named like the enclosing one, called with its parameters.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let language = context.profile.language;
    if !matches!(language, Language::Java | Language::Rust | Language::Go) || !context.at_line_end()
    {
        return;
    }
    let typed = context.before_prefix().trim_start();
    let typed = typed.strip_prefix("return ").unwrap_or(typed);
    let Some(receiver) = typed.strip_suffix('.') else {
        return;
    };
    if receiver.split('.').any(|part| !is_plain_name(part)) {
        return;
    }
    // The first statement of the method: its header is the line above.
    let Some(own) = context
        .previous_code_line()
        .and_then(|line| header(line.trim(), language))
    else {
        return;
    };
    if !own.name.starts_with(context.prefix) {
        return;
    }
    let lines: Vec<&str> = context
        .code_before_line()
        .lines()
        .rev()
        .skip(1)
        .take(WINDOW)
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect();
    let mut delegating = 0_usize;
    let mut other = 0_usize;
    // The way the nearest delegating sibling with parameters writes each argument (`&` in `get(&id)`).
    let mut decoration: Option<&str> = None;
    let mut terminated: Option<bool> = None;
    // `lines` runs upward: a sibling's first statement comes just before its header.
    for pair in lines.windows(2) {
        let [statement, above] = pair else {
            continue;
        };
        let Some(sibling) = header(above, language) else {
            continue;
        };
        let statement = statement.strip_prefix("return ").unwrap_or(statement);
        let Some(call) = statement
            .strip_prefix(receiver)
            .and_then(|rest| rest.strip_prefix('.'))
        else {
            continue;
        };
        let Some((method, rest)) = call.split_once('(') else {
            continue;
        };
        if method != sibling.name {
            if is_plain_name(method) {
                other += 1;
            }
            continue;
        }
        let Some((arguments, tail)) = split_arguments(rest) else {
            continue;
        };
        let Some(written) = argument_decoration(&arguments, &sibling.parameters) else {
            continue;
        };
        delegating += 1;
        if decoration.is_none() && written.is_some() {
            decoration = written;
        }
        // Only a sibling that returns as this method does shows how its statement ends (a `push` ends with `;`,
        // a `pop` returns its value).
        if terminated.is_none() && sibling.returns == own.returns {
            terminated = Some(tail.trim() == ";");
        }
    }
    if delegating == 0 || other > delegating || !known_to_collection(context, receiver, own.name) {
        return;
    }
    let decoration = match decoration {
        Some(decoration) => decoration,
        // How a Rust argument is passed (a key by reference, an index by value) is the sibling's to say.
        None if language == Language::Rust && !own.parameters.is_empty() => return,
        None => "",
    };
    let arguments: Vec<String> = own
        .parameters
        .iter()
        .map(|parameter| format!("{decoration}{parameter}"))
        .collect();
    let end = match language {
        Language::Java => ";",
        // A Rust method's last expression is its value; one returning nothing ends its statement.
        Language::Rust if !own.returns || terminated == Some(true) => ";",
        _ => "",
    };
    let suggestion = format!(
        "{}({}){end}",
        &own.name[context.prefix.len()..],
        arguments.join(", ")
    );
    let confidence = if delegating > other {
        CONFIDENCE
    } else {
        CONFIDENCE - 0.06
    };
    out.push(Suggestion::construct(suggestion, confidence));
}

/// Whether a Rust field of a standard collection's type has a method of that name (any other receiver is taken
/// at the siblings' word).
fn known_to_collection(context: &Context<'_>, receiver: &str, name: &str) -> bool {
    let Some(field) = receiver.strip_prefix("self.") else {
        return true;
    };
    if context.profile.language != Language::Rust || field.contains('.') {
        return true;
    }
    let declared = format!("{field}: ");
    let collection = context.code_lines_above().take(WINDOW).any(|line| {
        line.trim_start_matches("pub ")
            .strip_prefix(&declared)
            .is_some_and(|declared_type| {
                RUST_COLLECTIONS
                    .iter()
                    .any(|collection| declared_type.starts_with(collection))
            })
    });
    !collection || RUST_COLLECTION_METHODS.contains(&name)
}

/// Reads a method's header line (ending in `{`) in the language's syntax.
fn header(line: &str, language: Language) -> Option<Header<'_>> {
    let line = line.strip_suffix('{')?.trim_end();
    let (before_name, after_name) = match language {
        Language::Rust => {
            let start = line.find("fn ")?;
            if start > 0 && !line[..start].ends_with(' ') {
                return None;
            }
            let rest = &line[start + 3..];
            let open = rest.find(['(', '<'])?;
            (
                &line[..start],
                rest.get(open..).map(|after| (&rest[..open], after))?,
            )
        }
        Language::Go => {
            let rest = line.strip_prefix("func ")?;
            let rest = if rest.starts_with('(') {
                let close = rest.find(')')?;
                rest.get(close + 1..)?.trim_start()
            } else {
                rest
            };
            let open = rest.find('(')?;
            ("", (&rest[..open], &rest[open..]))
        }
        _ => {
            let open = line.find('(')?;
            let words: Vec<&str> = line[..open].split_whitespace().collect();
            let (name, kinds) = words.split_last()?;
            if kinds.is_empty()
                || line[..open].contains('=')
                || words.iter().any(|word| JAVA_BLOCK_WORDS.contains(word))
            {
                return None;
            }
            let before_name = line[..open].trim_end().strip_suffix(*name)?;
            (before_name, (*name, &line[open..]))
        }
    };
    let (name, after_name) = after_name;
    let name = name.trim();
    if !is_plain_name(name) {
        return None;
    }
    // Rust's generic parameters (`fn get<Q>(`) come before the parameter list.
    let after_name = after_name.get(after_name.find('(')?..)?;
    let (list, after_list) = split_arguments(after_name.get(1..)?)?;
    let mut parameters = Vec::new();
    for parameter in list {
        let parameter = parameter.trim();
        let name = match language {
            Language::Rust => {
                let (name, _) = parameter.split_once(':')?;
                name.trim().trim_start_matches("mut ").trim()
            }
            Language::Go => parameter.split_whitespace().next()?,
            _ => parameter
                .split_whitespace()
                .next_back()?
                .trim_start_matches("..."),
        };
        if !is_plain_name(name) {
            return None;
        }
        parameters.push(name);
    }
    let returns = match language {
        Language::Rust => after_list.contains("->"),
        Language::Go => !after_list.trim().is_empty(),
        _ => !before_name.split_whitespace().any(|word| word == "void"),
    };
    Some(Header {
        name,
        parameters,
        returns,
    })
}

/// Splits `a, b) rest` (the text after an opening parenthesis) into its top-level arguments and what follows the
/// closing parenthesis; Rust's `self` parameters are left out. `None` when the parenthesis is not closed.
fn split_arguments(text: &str) -> Option<(Vec<&str>, &str)> {
    let mut depth = 0_usize;
    let mut start = 0;
    let mut arguments = Vec::new();
    for (index, character) in text.char_indices() {
        match character {
            '(' | '[' | '<' | '{' => depth += 1,
            ')' if depth == 0 => {
                let last = text[start..index].trim();
                if !last.is_empty() {
                    arguments.push(last);
                }
                arguments.retain(|argument| !is_self(argument));
                return Some((arguments, &text[index + 1..]));
            }
            ')' | ']' | '>' | '}' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                arguments.push(text[start..index].trim());
                start = index + 1;
            }
            _ => {}
        }
    }
    None
}

/// Whether a Rust parameter is the method's receiver (`self`, `&self`, `&mut self`, `mut self: Box<Self>`).
fn is_self(parameter: &str) -> bool {
    let name = parameter.split(':').next().unwrap_or("").trim();
    matches!(
        name.trim_start_matches('&')
            .trim_start_matches("mut ")
            .trim(),
        "self"
    ) && !name.contains("self_")
}

/// How each argument writes the parameter at its place (`&` for `&id`), the same for all: `Some(None)` when there
/// are none, `None` when the arguments are not the parameters in order.
fn argument_decoration<'a>(arguments: &[&'a str], parameters: &[&str]) -> Option<Option<&'a str>> {
    if arguments.len() != parameters.len() {
        return None;
    }
    let mut decoration = None;
    for (argument, parameter) in arguments.iter().zip(parameters) {
        let written = argument.strip_suffix(parameter)?;
        if !matches!(written, "" | "&" | "&mut " | "*")
            || decoration.is_some_and(|seen| seen != written)
        {
            return None;
        }
        decoration = Some(written);
    }
    Some(decoration)
}
