//! What a test, a handler or a timer settles in everyday JavaScript and TypeScript: `if (seen.` on a `Set` ->
//! `has()`, `raw ? JSON.parse(` -> `raw)` (the value the ternary tested), `products.filter((p) => p.` -> the
//! element's one boolean field (`inStock)`), `setTimeout(() => fn(...args), ` -> the `delay` the code was given, a
//! submit handler's first `event.` -> `preventDefault();`, and TypeScript's `type Nullable<T> = T | ` -> `null;`.

use super::Suggestion;
use super::cursor::Context;
use super::language::Language;
use super::lexer::{contains_word, is_plain_name};
use super::statements::declaration_of;

/// Runs every rule of this module.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript
    ) || !context.at_line_end()
        || !context.prefix.is_empty()
    {
        return;
    }
    membership_tested(context, out);
    ternary_tested_value(context, out);
    boolean_field_filtered(context, out);
    timer_delay(context, out);
    submit_default_prevented(context, out);
    nullable_type(context, out);
}

/// `if (seen.` for `const seen = new Set()` -> `has()`: a condition asks a set (or a map) whether it holds a key;
/// adding is a statement of its own.
fn membership_tested(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let tested = context.before_receiver(&access).is_some_and(|before| {
        let before = before.trim_end();
        [
            "if (", "if (!", "while (", "while (!", "&&", "||", "? ", "return !",
        ]
        .iter()
        .any(|test| before.ends_with(test.trim_end()))
    });
    let collection = declaration_of(context, access.receiver).is_some_and(|value| {
        let value = value.trim_start();
        value.starts_with("new Set(")
            || value.starts_with("new Map(")
            || value.starts_with("new Set<")
            || value.starts_with("new Map<")
    });
    if tested && collection {
        out.push(Suggestion::member("has()", 0.88));
    }
}

/// `return raw ? JSON.parse(` -> `raw)`: the branch taken when a value is there works on that value.
fn ternary_tested_value(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(head) = typed.strip_suffix('(') else {
        return;
    };
    let Some((condition, call)) = head.rsplit_once(" ? ") else {
        return;
    };
    let call_is_simple = call
        .split('.')
        .all(|part| is_plain_name(part) && !part.is_empty());
    let tested = condition
        .rsplit([' ', '(', '='])
        .next()
        .filter(|name| is_plain_name(name) && !name.is_empty());
    let Some(tested) = tested.filter(|_| call_is_simple) else {
        return;
    };
    // The call's own `(` is closed; the `:` branch still follows.
    out.push(Suggestion::construct(format!("{tested})"), 0.85));
}

/// `products.filter((p) => p.` -> `inStock)` (`todos.filter((t) => !t.` -> `completed)`): a test on each element
/// reads its one boolean field, known from the array's literal (`{ id: 1, inStock: true }`) or its declared type
/// (`const todos: Todo[]` and `interface Todo { completed: boolean; }`).
fn boolean_field_filtered(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(head) = typed.strip_suffix('.') else {
        return;
    };
    let Some((call, element)) = head.rsplit_once(" => ") else {
        return;
    };
    let element = element.strip_prefix('!').unwrap_or(element);
    if !is_plain_name(element) {
        return;
    }
    let Some((array, parameter)) = [".filter(", ".some(", ".every(", ".find("]
        .iter()
        .find_map(|method| call.rsplit_once(*method))
    else {
        return;
    };
    let parameter = parameter.trim_start_matches('(').trim_end_matches(')');
    let array = &array[super::lexer::trailing_identifier_start(array)..];
    if parameter != element || !is_plain_name(array) || array.is_empty() {
        return;
    }
    let code = context.code_before_line();
    let literal_fields = declaration_of(context, array)
        .map(str::trim_start)
        .filter(|value| value.starts_with("[{") || value.starts_with("[ {"))
        .map(|value| {
            let first = value.split('}').next().unwrap_or_default();
            first
                .split([',', '{'])
                .filter_map(|piece| {
                    let (key, value) = piece.split_once(':')?;
                    let key = key.trim();
                    matches!(value.trim(), "true" | "false")
                        .then_some(key)
                        .filter(|key| is_plain_name(key))
                })
                .map(str::to_owned)
                .collect::<Vec<_>>()
        });
    let fields = literal_fields.or_else(|| {
        let element_type = code.lines().find_map(|line| {
            let rest = line.trim().split_once(&format!(" {array}: "))?.1;
            let type_name = rest.split_once("[]")?.0;
            is_plain_name(type_name).then_some(type_name)
        })?;
        let mut lines = code.lines().map(str::trim);
        lines.find(|line| {
            line.trim_start_matches("export ")
                .strip_prefix("interface ")
                .or_else(|| line.trim_start_matches("export ").strip_prefix("type "))
                .is_some_and(|rest| {
                    rest.strip_prefix(element_type).is_some_and(|rest| {
                        let rest = rest.trim_start();
                        rest.starts_with('{') || rest.starts_with("= {")
                    })
                })
        })?;
        Some(
            lines
                .take_while(|line| !line.starts_with('}'))
                .filter_map(|line| {
                    let (name, type_text) = line.split_once(':')?;
                    let name = name.trim().trim_end_matches('?');
                    (type_text.trim().trim_end_matches([';', ',']) == "boolean"
                        && is_plain_name(name))
                    .then(|| name.to_owned())
                })
                .collect(),
        )
    });
    let Some(fields) = fields else {
        return;
    };
    let [field] = fields.as_slice() else {
        return;
    };
    if contains_word(typed, field) {
        return;
    }
    let Some(closers) = super::closers::after_value(context) else {
        return;
    };
    out.push(Suggestion::member(format!("{field}{closers}"), 0.88));
}

/// `setTimeout(() => fn(...args), ` -> `delay)`: a timer's wait is the one duration the code was given (`delay`,
/// `wait`, `ms`, `timeout`, `interval`).
fn timer_delay(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const DURATIONS: &[&str] = &[
        "delay",
        "wait",
        "ms",
        "timeout",
        "interval",
        "delayMs",
        "waitMs",
        "timeoutMs",
    ];
    let typed = context.line_before.trim_start();
    let Some((_, arguments)) = typed
        .rsplit_once("setTimeout(")
        .or_else(|| typed.rsplit_once("setInterval("))
    else {
        return;
    };
    // The callback is written whole: one comma at the call's own level, the last thing typed.
    let Some(callback) = arguments.strip_suffix(", ") else {
        return;
    };
    if !super::brackets_balanced(callback) || callback.is_empty() {
        return;
    }
    let code = context.code_before_line();
    let named: Vec<&str> = DURATIONS
        .iter()
        .copied()
        .filter(|name| contains_word(code, name))
        .collect();
    let [duration] = named.as_slice() else {
        return;
    };
    let Some(closers) = super::closers::after_value(context) else {
        return;
    };
    out.push(Suggestion::construct(format!("{duration}{closers}"), 0.86));
}

/// `event.` first in `form.addEventListener('submit', (event) => {` -> `preventDefault();`: a form handled by the
/// script stops the browser's own submission before anything else.
fn submit_default_prevented(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !context.member_starts_statement(&access) {
        return;
    }
    let Some(header) = context.previous_code_line().map(str::trim) else {
        return;
    };
    let submit = header.contains(".addEventListener('submit', ")
        || header.contains(".addEventListener(\"submit\", ")
        || header.contains("onSubmit");
    let parameter = header
        .rsplit_once("=> {")
        .map(|(head, _)| head.trim_end().trim_end_matches(')'))
        .and_then(|head| head.rsplit(['(', ' ']).next())
        .map(|name| name.split(':').next().unwrap_or(name).trim());
    if submit && parameter == Some(access.receiver) {
        out.push(Suggestion::member(
            format!("preventDefault(){}", super::idioms::terminator(context)),
            0.88,
        ));
    }
}

/// `type Nullable<T> = T | ` -> `null;` (`Maybe` and `Optional` alike): the type the name promises besides `T`.
fn nullable_type(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::TypeScript {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(head) = typed
        .trim_start_matches("export ")
        .strip_prefix("type ")
        .and_then(|rest| rest.strip_suffix(" | "))
    else {
        return;
    };
    let Some((name, value)) = head.split_once(" = ") else {
        return;
    };
    let Some((name, parameter)) = name.split_once('<') else {
        return;
    };
    let parameter = parameter.trim_end_matches('>');
    if value.trim() == parameter && matches!(name, "Nullable" | "Maybe" | "Optional") {
        out.push(Suggestion::construct(
            format!("null{}", super::idioms::terminator(context)),
            0.88,
        ));
    }
}
