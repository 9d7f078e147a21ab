//! A Python call that hands on the caller's own parameters: in `def again(self, text):`, `self.find(` -> `text`
//! when the file has `def find(self, text, start):`; in `def bind(self, args, kwargs):`, `self._bind(args, ` ->
//! `kwargs`. The callee is read from its `def` in the window, so the answer is the caller's parameter of the name
//! the callee gives that position (`policy=policy` past a bare `*`). An override calling the method it overrides
//! (`super().close(`, `Base.close(self, `) passes on its own parameters in their order (`*args, **kw` too).
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
    /// `*` or `**` for the variadic ones, else empty.
    stars: &'a str,
}

impl DefinedParameter<'_> {
    /// The parameter passed on as an argument: `name`, `*args`, `**options`, or `policy=policy` when it may only
    /// be given by keyword.
    fn as_argument(&self) -> String {
        if self.keyword_only && self.stars.is_empty() {
            format!("{0}={0}", self.name)
        } else {
            format!("{}{}", self.stars, self.name)
        }
    }
}

/// How the callee is reached: a plain name, `self.`/`cls.`, `super().`, or a base class with `self` passed
/// explicitly (`Base.setup(self, `).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Receiver {
    Plain,
    OwnObject,
    Parent,
    BaseClass,
}

/// The built-in types a class derives from and calls explicitly (`dict.__eq__(self, other)`).
const BUILT_IN_BASES: &[&str] = &[
    "object",
    "dict",
    "list",
    "str",
    "int",
    "float",
    "tuple",
    "set",
    "frozenset",
    "bytes",
    "type",
];

/// The call the cursor is an argument of: the callee's name, whether it is reached through `self.`/`cls.`, how
/// many arguments precede the cursor, and the names those are written as.
struct OpenCall<'a> {
    callee: &'a str,
    receiver: Receiver,
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
    if matches!(call.receiver, Receiver::Parent | Receiver::BaseClass) {
        out.extend(overridden_call(
            context,
            tokens,
            &call,
            caller.name,
            caller.body_start,
        ));
        return;
    }
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
    out.push(Suggestion::construct(parameter.as_argument(), 0.8));
}

/// The overridden method's call in an override (`def close(self, force):` ... `super().close(`): the override
/// passes on its own parameters in their order, so the next of them after those already passed. `super().__init__(`
/// is left alone (a subclass's constructor as often passes other values); an explicit `Base.__init__(self, ` is
/// not.
fn overridden_call(
    context: &Context<'_>,
    tokens: &[Token],
    call: &OpenCall<'_>,
    method: &str,
    body_start: usize,
) -> Option<Suggestion> {
    if call.callee != method {
        return None;
    }
    let header = tokens.get(..body_start)?;
    let def = header
        .iter()
        .rposition(|token| token.is_word(context.code, "def"))?;
    let all_own = header_parameters(context, header.get(def + 3..)?);
    // `Exception.__init__(` or `str.__new__(` with nothing passed yet: the override hands the base its own
    // parameters, `self` (`cls` for `__new__`) first.
    if call.receiver == Receiver::BaseClass && call.written.is_empty() {
        let receiver = if method == "__new__" { "cls" } else { "self" };
        if all_own.first()?.name != receiver || !context.at_line_end() {
            return None;
        }
        // One parameter, or only starred ones, is passed on as it is; of several, the base may take fewer (the
        // corpus: `Turtle.__init__(self, shape=shape)` in a constructor of six): the receiver alone then.
        let rest = all_own.get(1..).unwrap_or_default();
        let whole = rest.len() <= 1 || rest.iter().all(|parameter| !parameter.stars.is_empty());
        let text = if whole {
            let arguments: Vec<String> =
                all_own.iter().map(DefinedParameter::as_argument).collect();
            format!("{})", arguments.join(", "))
        } else {
            format!("{receiver}, ")
        };
        return Some(Suggestion::construct(text, 0.8));
    }
    if method == "__new__" {
        return None;
    }
    let written: &[&str] = match call.receiver {
        Receiver::Parent if method != "__init__" => &call.written,
        Receiver::BaseClass => match call.written.split_first() {
            Some((&"self", rest)) => rest,
            _ => return None,
        },
        _ => return None,
    };
    let (first, own) = all_own.split_first()?;
    if first.name != "self" {
        return None;
    }
    let passed_in_order = written.len() <= own.len()
        && written
            .iter()
            .zip(own)
            .all(|(argument, parameter)| parameter.stars.is_empty() && *argument == parameter.name);
    if !passed_in_order {
        return None;
    }
    let next = own.get(written.len())?;
    Some(Suggestion::construct(next.as_argument(), 0.8))
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
                    written.push(if argument_tokens == 1 {
                        first_of_argument
                    } else {
                        ""
                    });
                }
                // Read backwards: put back in the order written.
                written.reverse();
                let callee = tokens.get(index.checked_sub(1)?)?;
                let callee_name = context.text(callee);
                if !callee_name.starts_with(|c: char| c.is_alphabetic() || c == '_') {
                    return None;
                }
                let before = index.checked_sub(2).and_then(|at| tokens.get(at));
                let receiver = match before.map(|token| context.text(token)) {
                    Some(".") => {
                        let object = tokens.get(index.checked_sub(3)?)?;
                        match context.text(object) {
                            "self" | "cls" => Receiver::OwnObject,
                            ")" => {
                                // `super().name(` or `super(Class, self).name(`.
                                let open = (0..index - 3).rev().find(|&at| {
                                    tokens
                                        .get(at)
                                        .is_some_and(|token| token.is_symbol(context.code, "("))
                                })?;
                                let word = tokens.get(open.checked_sub(1)?)?;
                                if !word.is_word(context.code, "super") || index - 3 - open > 4 {
                                    return None;
                                }
                                Receiver::Parent
                            }
                            name if name.starts_with(|c: char| c.is_ascii_uppercase())
                                || BUILT_IN_BASES.contains(&name) =>
                            {
                                Receiver::BaseClass
                            }
                            _ => return None,
                        }
                    }
                    Some("def" | "class") => return None,
                    _ => Receiver::Plain,
                };
                return Some(OpenCall {
                    callee: callee_name,
                    receiver,
                    position,
                    written,
                });
            }
            "[" | "{" => return None,
            "," if depth == 0 => {
                // The empty argument at the cursor is not one; an expression (`level+1`) passes no parameter by
                // its name.
                if argument_tokens > 0 {
                    written.push(if argument_tokens == 1 {
                        first_of_argument
                    } else {
                        ""
                    });
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
        if is_method != (call.receiver == Receiver::OwnObject) {
            continue;
        }
        let skipped = usize::from(is_method);
        let Some(parameter) = parameters.into_iter().nth(call.position + skipped) else {
            continue;
        };
        if !parameter.stars.is_empty() {
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
    let mut stars = "";
    for token in tokens {
        let text = context.text(token);
        match text {
            "(" | "[" | "{" => depth += 1,
            ")" | "]" | "}" if depth == 0 => break,
            ")" | "]" | "}" => depth -= 1,
            "," if depth == 0 => {
                at_start = true;
                stars = "";
                continue;
            }
            _ => {}
        }
        if at_start && depth == 0 {
            match text {
                // Whatever follows `*` (or `*args`) is given by keyword only.
                "*" | "**" => {
                    keyword_only = true;
                    // The lexer may give `**` as two `*`.
                    stars = if stars == "*" && text == "*" {
                        "**"
                    } else {
                        text
                    };
                    continue;
                }
                "/" => {}
                _ => parameters.push(DefinedParameter {
                    name: text,
                    keyword_only: keyword_only && stars.is_empty(),
                    stars,
                }),
            }
            at_start = false;
        }
    }
    parameters
}
