//! Python records spelled out by hand, one name at a time in a known order: a dict literal that lists a
//! function's parameters (`{"name": name, "email": email, ` -> `"age": age`) or an object's attributes in
//! `to_dict` (`"title": self.title,` then a blank line -> `"year": self.year,`), and `from_dict`'s constructor call
//! that reads them back (`cls(data["name"], data["email"], ` -> `data["age"]`, the keyword form alike).
//!
//! The order is the one the names were declared in (the function's header, the constructor's parameters or a
//! dataclass's fields), and the entries written so far must be its first ones: a literal that skips or renames
//! one is the developer's own, and nothing is offered.

use super::Suggestion;
use super::cursor::{Context, indentation};
use super::language::Language;
use super::lexer::is_plain_name;

/// How many lines above the cursor a multi-line literal and its class are read in.
const WINDOW: usize = 120;

/// How sure the next name in the declared order is.
const CONFIDENCE: f64 = 0.85;

/// Runs the rules after a `, ` inside a literal or a call, and on a blank line inside a literal.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Python {
        return;
    }
    forwarded_keyword(context, out);
    forwarded_parameters(context, out);
    forwarded_to_method(context, out);
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    if context.on_blank_line_start() {
        multi_line_dict(context, out);
    } else if typed.ends_with(", ") {
        same_line_dict(context, typed, out);
        constructor_call(context, typed, out);
        attribute_sequence(context, typed, out);
    }
}

/// `open(path, encoding=` -> `encoding` in `def read(path, encoding="utf-8"):`: a keyword argument named like one
/// of the function's own parameters passes that parameter on, as library functions do with their options.
fn forwarded_keyword(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.before_prefix();
    let Some(keyword) = typed
        .strip_suffix('=')
        .and_then(|head| head.rsplit([' ', '(', ',']).next())
        .filter(|keyword| is_plain_name(keyword))
    else {
        return;
    };
    // A keyword argument, not an assignment or a comparison: `(` or `, ` before it, inside an open call.
    let Some(head) = typed.get(..typed.len() - keyword.len() - 1) else {
        return;
    };
    let opened = head.matches('(').count() > head.matches(')').count();
    if !opened || !(head.ends_with('(') || head.ends_with(", ") || head.ends_with(',')) {
        return;
    }
    if !context.at_line_end() && !super::auto_paired(context.line_after) {
        return;
    }
    let parameters = function_parameters(context).unwrap_or_default();
    // `headers = build_headers(token)` then `requests.post(url, headers=`: a local made for the call is passed too.
    let assigned_above = context
        .code_lines_above()
        .take_while(|line| !line.starts_with("def ") && !line.starts_with("async def "))
        .any(|line| {
            line.strip_prefix(keyword)
                .is_some_and(|rest| rest.starts_with(" = ") || rest.starts_with(": "))
        });
    if (parameters.contains(&keyword) || assigned_above)
        && let Some(rest) = keyword.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        // Above the script's habit of `encoding="utf-8"`: the function's own option is what it passes.
        out.push(Suggestion::construct(rest, 0.9));
    }
}

/// `value = require(` in `def require_int(mapping, key, path=None):` under `def require(mapping, key,
/// path=None):` -> `mapping, key, path`: a function of the module called with parameters that all have namesakes
/// among the caller's own is handed them, in its order (a wrapper, a checked variant, a validator per field).
fn forwarded_parameters(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty()
        || !(context.at_line_end() || super::auto_paired(context.line_after))
    {
        return;
    }
    let Some(callee) = context.line_before.strip_suffix('(').and_then(|head| {
        let start = super::lexer::trailing_identifier_start(head);
        let callee = head.get(start..)?;
        // A method's parameters are not the function's (`obj.check(`), and a class is built, not called.
        let before = head.get(..start)?;
        (!before.ends_with('.') && is_plain_name(callee) && !callee.starts_with(char::is_uppercase))
            .then_some(callee)
    }) else {
        return;
    };
    let Some(mut own) = function_parameters(context) else {
        return;
    };
    // The loops around the call name values of the caller's too (`for payload in payloads:`).
    own.extend(
        context
            .enclosing_lines()
            .take_while(|line| !line.starts_with("def "))
            .filter_map(|line| line.strip_prefix("for ")?.split_once(" in "))
            .flat_map(|(targets, _)| targets.split(", ")),
    );
    let definition = format!("def {callee}(");
    let Some(header) = context
        .code_lines_above()
        .take(400)
        .find(|line| line.starts_with(&definition))
    else {
        return;
    };
    let Some(theirs) = parameters_of(header.strip_prefix("def ").unwrap_or(header)) else {
        return;
    };
    // The function being written is not its own callee, and a one-name wrapper says too little unless the name
    // is the caller's too.
    if theirs.is_empty()
        || header.contains('*')
        || context
            .enclosing_lines()
            .any(|line| line.starts_with(&definition))
        || !theirs.iter().all(|name| own.contains(name))
    {
        return;
    }
    let closer = if context.at_line_end() { ")" } else { "" };
    out.push(Suggestion::construct(
        format!("{}{closer}", theirs.join(", ")),
        CONFIDENCE,
    ));
}

/// `value = self.get(` in `def getbool(self, key, default=False):` under `def get(self, key, default=None):` ->
/// `key)`; `self._values = self.parse(` under `text = f.read()` -> `text` when `parse(self, text)`: a sibling
/// method is handed the caller's namesakes of the parameters it requires (its own parameters, or locals it just
/// computed). Its optional parameters are the caller's choice, so where it has some the call is left open.
fn forwarded_to_method(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty()
        || !(context.at_line_end() || super::auto_paired(context.line_after))
    {
        return;
    }
    let Some(method) = context
        .line_before
        .strip_suffix('(')
        .and_then(|head| head.rsplit_once("self."))
        .map(|(_, method)| method)
        .filter(|method| is_plain_name(method))
    else {
        return;
    };
    let mut own: Vec<&str> = Vec::new();
    let mut caller = None;
    for line in context.code_before_line().lines().rev().take(WINDOW) {
        let statement = line.trim_start();
        if statement.starts_with("def ") {
            if indentation(line) < indentation(context.line_before) {
                caller = Some((statement, indentation(line)));
                break;
            }
            continue;
        }
        if let Some((target, _)) = statement.split_once(" = ")
            && is_plain_name(target)
        {
            own.push(target);
        }
    }
    let Some((caller, caller_indentation)) = caller else {
        return;
    };
    let definition = format!("def {method}(self");
    // The method's definition, a sibling in the same class (at the caller's indentation).
    let Some(header) = context
        .code_before_line()
        .lines()
        .rev()
        .take(400)
        .find(|line| {
            indentation(line) == caller_indentation && line.trim_start().starts_with(&definition)
        })
        .or_else(|| {
            context
                .code
                .get(context.cursor..)
                .unwrap_or("")
                .lines()
                .skip(1)
                .take(400)
                .find(|line| {
                    indentation(line) == caller_indentation
                        && line.trim_start().starts_with(&definition)
                })
        })
    else {
        return;
    };
    if caller.starts_with(&definition) || header.contains('*') {
        return;
    }
    let Some(parameters) = caller.strip_prefix("def ").and_then(parameters_of) else {
        return;
    };
    own.extend(parameters);
    let Some((_, list)) = header.split_once('(') else {
        return;
    };
    let Some((list, _)) = list.split_once(')') else {
        return;
    };
    let mut required = Vec::new();
    let mut optional = false;
    for parameter in list.split(',').skip(1) {
        let parameter = parameter.trim();
        if parameter.is_empty() {
            continue;
        }
        if parameter.contains('=') {
            optional = true;
            continue;
        }
        let name = parameter.split(':').next().unwrap_or("").trim();
        if optional || !is_plain_name(name) || !own.contains(&name) {
            return;
        }
        required.push(name);
    }
    if required.is_empty() {
        return;
    }
    let closer = if !optional && context.at_line_end() {
        ")"
    } else {
        ""
    };
    out.push(Suggestion::construct(
        format!("{}{closer}", required.join(", ")),
        CONFIDENCE,
    ));
}

/// How a dict's value names its key: the key's own variable, or the object's attribute of that name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ValueForm {
    Variable,
    Attribute,
}

/// One `"key": value` entry: its key, its quote and how the value names it; `None` for any other entry.
fn dict_entry(entry: &str) -> Option<(&str, char, ValueForm)> {
    let (key, value) = entry.trim().split_once(": ")?;
    let quote = key.chars().next().filter(|c| matches!(c, '"' | '\''))?;
    let key = key.strip_prefix(quote)?.strip_suffix(quote)?;
    if !is_plain_name(key) {
        return None;
    }
    let value = value.trim();
    let form = if value == key {
        ValueForm::Variable
    } else if value.strip_prefix("self.") == Some(key) {
        ValueForm::Attribute
    } else {
        return None;
    };
    Some((key, quote, form))
}

/// `{"name": name, "email": email, ` on one line.
fn same_line_dict(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    let Some((_, entries)) = typed.rsplit_once('{') else {
        return;
    };
    if entries.contains(['}', '(', '[']) {
        return;
    }
    let parsed: Option<Vec<_>> = entries
        .trim_end()
        .trim_end_matches(',')
        .split(", ")
        .map(dict_entry)
        .collect();
    if let Some(next) = parsed.and_then(|entries| next_entry(context, &entries)) {
        out.push(Suggestion::construct(next, CONFIDENCE));
    }
}

/// A blank line in a literal written one entry a line, each ending with its comma.
fn multi_line_dict(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let width = indentation(context.line_before);
    let mut entries = Vec::new();
    for line in context
        .code_before_line()
        .lines()
        .rev()
        .filter(|line| !line.trim().is_empty())
        .take(WINDOW)
    {
        let trimmed = line.trim();
        if trimmed.ends_with('{') && indentation(line) < width {
            break;
        }
        if indentation(line) != width {
            return;
        }
        let Some(entry) = trimmed.strip_suffix(',').and_then(dict_entry) else {
            return;
        };
        entries.push(entry);
    }
    entries.reverse();
    if let Some(next) = next_entry(context, &entries) {
        out.push(Suggestion::construct(format!("{next},"), CONFIDENCE));
    }
}

/// The entry after `entries` when they are the first names of the order their values come from.
fn next_entry(context: &Context<'_>, entries: &[(&str, char, ValueForm)]) -> Option<String> {
    let &(_, quote, form) = entries.first()?;
    if entries
        .iter()
        .any(|&(_, other_quote, other_form)| other_quote != quote || other_form != form)
    {
        return None;
    }
    let declared = match form {
        ValueForm::Variable => function_parameters(context)?,
        ValueForm::Attribute => class_fields(context)?,
    };
    let next = following_name(&declared, entries.iter().map(|&(key, _, _)| key))?;
    Some(match form {
        ValueForm::Variable => format!("{quote}{next}{quote}: {next}"),
        ValueForm::Attribute => format!("{quote}{next}{quote}: self.{next}"),
    })
}

/// The name after `given` in `declared`, when `given` are its first names.
fn following_name<'a, 'b>(
    declared: &[&'a str],
    given: impl Iterator<Item = &'b str>,
) -> Option<&'a str> {
    let mut count = 0;
    for (index, name) in given.enumerate() {
        if declared.get(index) != Some(&name) {
            return None;
        }
        count = index + 1;
    }
    (count > 0).then(|| declared.get(count).copied()).flatten()
}

/// `cls(data["name"], data["email"], ` or `cls(name=data["name"], ` in a class: the constructor's next
/// parameter, read from the same dict.
fn constructor_call(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    let Some((callee, arguments)) = typed.rsplit_once('(') else {
        return;
    };
    let callee = callee
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '_'))
        .next()
        .unwrap_or("");
    if callee != "cls" && !callee.starts_with(char::is_uppercase) {
        return;
    }
    let Some(declared) = class_fields(context) else {
        return;
    };
    // Each argument reads `source["key"]`, given by position or by keyword.
    let mut given = Vec::new();
    let mut shape = None;
    for argument in arguments.trim_end().trim_end_matches(',').split(", ") {
        let (keyword, value) = match argument.split_once('=') {
            Some((keyword, value)) => (Some(keyword), value),
            None => (None, argument),
        };
        let Some((source, key)) = value.split_once('[') else {
            return;
        };
        let Some(quote) = key.chars().next().filter(|c| matches!(c, '"' | '\'')) else {
            return;
        };
        let Some(key) = key
            .strip_prefix(quote)
            .and_then(|key| key.strip_suffix(']'))
            .and_then(|key| key.strip_suffix(quote))
        else {
            return;
        };
        if keyword.is_some_and(|keyword| keyword != key) || !is_plain_name(source) {
            return;
        }
        let this_shape = (keyword.is_some(), source, quote);
        if shape.is_some_and(|shape| shape != this_shape) {
            return;
        }
        shape = Some(this_shape);
        given.push(key);
    }
    let Some((keyword, source, quote)) = shape else {
        return;
    };
    let Some(next) = following_name(&declared, given.into_iter()) else {
        return;
    };
    let read = format!("{source}[{quote}{next}{quote}]");
    let text = if keyword {
        format!("{next}={read}")
    } else {
        read
    };
    out.push(Suggestion::construct(text, CONFIDENCE));
}

/// `return (self._major, self._minor, ` -> `self._patch)` in a class whose `__init__` stores `_major`, `_minor`
/// and `_patch`: a tuple, a call or a `%` operand that lists an object's attributes from the first one lists them
/// in the order the constructor stored them (the comparison key, `__repr__`'s values, `other.`'s alike).
fn attribute_sequence(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    let mut depth = 0_usize;
    let mut open = None;
    for (at, c) in typed.char_indices().rev() {
        match c {
            ')' | ']' => depth += 1,
            '(' | '[' if depth == 0 => {
                open = Some((at, c));
                break;
            }
            '(' | '[' => depth -= 1,
            _ => {}
        }
    }
    let Some((at, bracket)) = open else {
        return;
    };
    // An error's message reports the values the failure concerns, not the object's record
    // (`raise ConfigError("%s:%d" % (self.path, ` -> the line number, not the next attribute).
    if typed.starts_with("raise ") {
        return;
    }
    let Some(items) = typed
        .get(at + 1..)
        .and_then(|items| items.strip_suffix(", "))
    else {
        return;
    };
    let mut receiver = None;
    let mut given = Vec::new();
    for item in items.split(", ") {
        let Some((name, attribute)) = item.split_once('.') else {
            return;
        };
        if !is_plain_name(name) || !is_plain_name(attribute) || receiver.is_some_and(|r| r != name)
        {
            return;
        }
        receiver = Some(name);
        given.push(attribute);
    }
    let Some(receiver) = receiver else {
        return;
    };
    let stored = stored_attributes(context);
    if stored.len() <= given.len() || stored.get(..given.len()) != Some(given.as_slice()) {
        return;
    }
    let Some(next) = stored.get(given.len()) else {
        return;
    };
    let closer = if given.len() + 1 == stored.len() && context.line_after.trim().is_empty() {
        if bracket == '(' { ")" } else { "]" }
    } else {
        ""
    };
    out.push(Suggestion::construct(
        format!("{receiver}.{next}{closer}"),
        CONFIDENCE,
    ));
}

/// The attributes the `__init__` of the class around the cursor stores (`self.name = `), in order.
fn stored_attributes<'a>(context: &Context<'a>) -> Vec<&'a str> {
    let mut lines = Vec::new();
    for line in context
        .code_before_line()
        .lines()
        .rev()
        .filter(|line| !line.trim().is_empty())
        .take(WINDOW)
    {
        if indentation(line) == 0 {
            if !line.starts_with("class ") {
                return Vec::new();
            }
            break;
        }
        lines.push(line);
    }
    let Some(start) = lines
        .iter()
        .rposition(|line| line.trim_start().starts_with("def __init__("))
    else {
        return Vec::new();
    };
    let Some(header) = lines.get(start) else {
        return Vec::new();
    };
    let width = indentation(header);
    let mut attributes = Vec::new();
    for line in lines.get(..start).unwrap_or_default().iter().rev() {
        if indentation(line) <= width {
            break;
        }
        if let Some((attribute, _)) = line
            .trim()
            .strip_prefix("self.")
            .and_then(|rest| rest.split_once(" = "))
            && is_plain_name(attribute)
            && !attributes.contains(&attribute)
        {
            attributes.push(attribute);
        }
    }
    attributes
}

/// The parameters of the function around the cursor, `self` and `cls` left out.
fn function_parameters<'a>(context: &Context<'a>) -> Option<Vec<&'a str>> {
    let header = context
        .enclosing_lines()
        .take(WINDOW)
        .find(|line| line.starts_with("def ") || line.starts_with("class "))?;
    parameters_of(header.strip_prefix("def ")?)
}

/// The parameter names of a `name(a, b=1, c: int):` header.
fn parameters_of(header: &str) -> Option<Vec<&str>> {
    let (_, rest) = header.split_once('(')?;
    let (list, _) = rest.split_once(')')?;
    let names: Vec<&str> = list
        .split(',')
        .map(|parameter| parameter.split([':', '=']).next().unwrap_or("").trim())
        .filter(|name| !name.is_empty() && *name != "self" && *name != "cls")
        .collect();
    names
        .iter()
        .all(|name| is_plain_name(name))
        .then_some(names)
}

/// The fields of the class around the cursor, in order: its constructor's parameters, else a dataclass's
/// annotated fields.
fn class_fields<'a>(context: &Context<'a>) -> Option<Vec<&'a str>> {
    let mut lines = Vec::new();
    for line in context
        .code_before_line()
        .lines()
        .rev()
        .filter(|line| !line.trim().is_empty())
        .take(WINDOW)
    {
        if indentation(line) == 0 {
            if !line.starts_with("class ") {
                return None;
            }
            break;
        }
        lines.push(line);
    }
    if let Some(header) = lines.iter().find_map(|line| {
        line.trim()
            .strip_prefix("def ")
            .filter(|header| header.starts_with("__init__("))
    }) {
        return parameters_of(header);
    }
    let body = indentation(lines.last()?);
    let fields: Vec<&str> = lines
        .iter()
        .rev()
        .filter(|line| indentation(line) == body)
        .filter_map(|line| line.trim().split_once(": "))
        .map(|(name, _)| name)
        .filter(|name| is_plain_name(name))
        .collect();
    (!fields.is_empty()).then_some(fields)
}
