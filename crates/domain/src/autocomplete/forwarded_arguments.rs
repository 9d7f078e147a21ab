//! A Python call that hands on the caller's own parameters: in `def again(self, text):`, `self.find(` -> `text`
//! when the file has `def find(self, text, start):`; in `def bind(self, args, kwargs):`, `self._bind(args, ` ->
//! `kwargs`. The callee is read from its `def` in the window, so the answer is the caller's parameter of the name
//! the callee gives that position (`policy=policy` past a bare `*`).
//!
//! A recursive call's first argument is left alone (it is the smaller piece, `node.children[0]`), and so is a
//! call whose callee the window defines more than once with different names at that position.

use super::Suggestion;
use super::cursor::Context;
use super::language::Language;
use super::lexer::Token;
use super::statements::enclosing_function;

/// One parameter of a `def` header: its name, and whether it may only be given by keyword.
struct DefinedParameter<'a> {
    name: &'a str,
    keyword_only: bool,
}

/// The call the cursor is an argument of: the callee's name, whether it is reached through `self.`/`cls.`, how
/// many arguments precede the cursor, and the names those are written as.
struct OpenCall<'a> {
    callee: &'a str,
    on_own_object: bool,
    position: usize,
    written: Vec<&'a str>,
}

/// Appends the caller's parameter that the callee's parameter at the cursor's position is named after.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Python || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_end();
    if !(typed.ends_with('(') || typed.ends_with(',')) {
        return;
    }
    let tokens = context.tokens_before();
    let Some(call) = open_call(context, tokens) else {
        return;
    };
    let Some(caller) = enclosing_function(context) else {
        return;
    };
    if call.callee == caller.name && call.position == 0 {
        return;
    }
    let Some(parameter) = callee_parameter(context, tokens, &call) else {
        return;
    };
    let forwarded = caller.parameter_names().any(|name| name == parameter.name);
    if !forwarded || call.written.contains(&parameter.name) {
        return;
    }
    let text = if parameter.keyword_only {
        format!("{0}={0}", parameter.name)
    } else {
        parameter.name.to_owned()
    };
    out.push(Suggestion::construct(text, 0.8));
}

/// The call whose argument list the cursor is in, when its earlier arguments are all plain positional ones.
fn open_call<'a>(context: &Context<'a>, tokens: &[Token]) -> Option<OpenCall<'a>> {
    let mut depth = 0usize;
    let mut position = 0;
    let mut written = Vec::new();
    let mut argument_tokens = 0;
    let mut first_of_argument = "";
    for (index, token) in tokens.iter().enumerate().rev() {
        let text = context.text(token);
        match text {
            ")" | "]" | "}" => depth += 1,
            "(" | "[" | "{" if depth > 0 => depth -= 1,
            "(" => {
                if argument_tokens > 0 {
                    written.push(first_of_argument);
                }
                let callee = tokens.get(index.checked_sub(1)?)?;
                let callee_name = context.text(callee);
                if !callee_name.starts_with(|c: char| c.is_alphabetic() || c == '_') {
                    return None;
                }
                let before = index.checked_sub(2).and_then(|at| tokens.get(at));
                let on_own_object = match before.map(|token| context.text(token)) {
                    Some(".") => {
                        let receiver = tokens.get(index.checked_sub(3)?)?;
                        if !matches!(context.text(receiver), "self" | "cls") {
                            return None;
                        }
                        true
                    }
                    Some("def" | "class") => return None,
                    _ => false,
                };
                return Some(OpenCall {
                    callee: callee_name,
                    on_own_object,
                    position,
                    written,
                });
            }
            "[" | "{" => return None,
            "," if depth == 0 => {
                if argument_tokens != 1 {
                    // An expression (`level+1`) passes no parameter by its name.
                    written.push("");
                }
                position += 1;
                argument_tokens = 0;
                continue;
            }
            "=" | "*" | "**" if depth == 0 => return None,
            _ => {}
        }
        if depth == 0 && token.line + 3 < context.scan.cursor_line {
            return None;
        }
        argument_tokens += 1;
        first_of_argument = text;
    }
    None
}

/// The parameter at the call's position in the window's `def` of its callee; `None` when no `def` says, or two
/// say differently.
fn callee_parameter<'a>(
    context: &Context<'a>,
    tokens: &[Token],
    call: &OpenCall<'_>,
) -> Option<DefinedParameter<'a>> {
    let mut found: Option<DefinedParameter<'a>> = None;
    for (index, token) in tokens.iter().enumerate() {
        if !token.is_word(context.code, "def")
            || tokens
                .get(index + 1)
                .is_none_or(|name| !name.is_word(context.code, call.callee))
            || tokens
                .get(index + 2)
                .is_none_or(|open| !open.is_symbol(context.code, "("))
        {
            continue;
        }
        let parameters = header_parameters(context, tokens.get(index + 3..)?);
        let is_method = parameters
            .first()
            .is_some_and(|first| matches!(first.name, "self" | "cls"));
        // `self.find(` is answered by a method's header, `find(` by a function's.
        if is_method != call.on_own_object {
            continue;
        }
        let skipped = usize::from(is_method);
        let Some(parameter) = parameters.into_iter().nth(call.position + skipped) else {
            continue;
        };
        if parameter.name.starts_with('*') {
            return None;
        }
        match &found {
            Some(earlier) if earlier.name != parameter.name => return None,
            _ => found = Some(parameter),
        }
    }
    found
}

/// The parameters of a header whose tokens follow its `(`, up to the matching `)`.
fn header_parameters<'a>(context: &Context<'a>, tokens: &[Token]) -> Vec<DefinedParameter<'a>> {
    let mut parameters = Vec::new();
    let mut depth = 0usize;
    let mut at_start = true;
    let mut keyword_only = false;
    for token in tokens {
        let text = context.text(token);
        match text {
            "(" | "[" | "{" => depth += 1,
            ")" | "]" | "}" if depth == 0 => break,
            ")" | "]" | "}" => depth -= 1,
            "," if depth == 0 => {
                at_start = true;
                continue;
            }
            _ => {}
        }
        if at_start && depth == 0 {
            at_start = false;
            match text {
                "*" => keyword_only = true,
                "/" => {}
                "**" => parameters.push(DefinedParameter {
                    name: "**",
                    keyword_only,
                }),
                _ => parameters.push(DefinedParameter {
                    name: text,
                    keyword_only,
                }),
            }
        }
    }
    parameters
}
