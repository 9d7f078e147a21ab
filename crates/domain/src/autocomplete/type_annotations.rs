//! Python's type annotations: where the code names a type, only a type fits, and a type is named, not called.
//!
//! The places are a parameter's annotation (`def load(path: s` -> `tr`), a return type (`-> Non` -> `e:`), a
//! field's or a variable's annotation (`price: fl` -> `oat`), a generic's parameter (`tuple[int, i` -> `nt`,
//! `Optional[Us` -> `er]` when the file has `User`) and `isinstance`'s second argument (`isinstance(x, li` ->
//! `st)`). There the name rule's built-in calls (`float(`, `isinstance(`, `input(`) are out of place:
//! [`python_type_position`] lets it drop them.
//!
//! TypeScript's annotations too ([`typescript_type`]): there a capitalized name is a type the file declares
//! (`}: Butt` -> `onProps` for `interface ButtonProps`, not the component `Button`) or one of the DOM's elements
//! (`as HTMLDiv` -> `Element`).

use super::Suggestion;
use super::cursor::Context;
use super::language::Language;
use super::lexer::is_plain_name;

/// The built-in types, most used in annotations first: a lowercase prefix shared by two (`s`: `str`, `set`)
/// means the first.
const BUILT_IN_TYPES: &[&str] = &[
    "str",
    "int",
    "float",
    "bool",
    "list",
    "dict",
    "None",
    "tuple",
    "set",
    "bytes",
    "object",
    "type",
    "frozenset",
    "complex",
    "bytearray",
];

/// The `typing` names an annotation uses, for a capitalized prefix (which must then be the only type it starts).
const TYPING_NAMES: &[&str] = &[
    "Optional",
    "List",
    "Dict",
    "Any",
    "Union",
    "Tuple",
    "Callable",
    "Iterable",
    "Iterator",
    "Set",
    "Sequence",
    "Mapping",
    "Generator",
    "Literal",
    "Type",
    "TypedDict",
    "Awaitable",
];

/// Generics of one parameter: once it is named, the bracket closes.
const ONE_PARAMETER_GENERICS: &[&str] = &[
    "list",
    "set",
    "frozenset",
    "type",
    "Optional",
    "List",
    "Set",
    "FrozenSet",
    "Type",
    "Iterable",
    "Iterator",
    "Sequence",
    "Awaitable",
];

/// Generics of two parameters (a key and a value): the bracket closes after the second.
const TWO_PARAMETER_GENERICS: &[&str] = &["dict", "Dict", "Mapping", "defaultdict"];

/// Generics of any number of parameters.
const OTHER_GENERICS: &[&str] = &["tuple", "Tuple", "Union", "Callable", "Generator"];

/// Where a type is being named, and what follows it there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Position {
    /// A parameter's annotation: a default, another parameter or the end of the list may follow.
    Parameter,
    /// A return type: the header's `:` follows.
    Return,
    /// A field's or a variable's annotation: a value may follow.
    Field,
    /// A generic's parameter: the bracket closes after it when it is the generic's last (`Optional[`).
    Generic { closes: bool },
    /// The types `isinstance` or `issubclass` compares against.
    InstanceCheck,
}

/// Whether the name being typed stands where Python names a type (the name rule then offers no call).
pub(super) fn python_type_position(context: &Context<'_>) -> bool {
    context.profile.language == Language::Python
        && context.member.is_none()
        && position(context).is_some()
}

/// Appends the type being typed in an annotation, when the prefix names one type only (or the most used of the
/// built-in ones), with what the place then needs (`]`, `)`, a header's `:`).
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language == Language::Python && context.prefix.is_empty() {
        shared_field_type(context, out);
    }
    if context.profile.language != Language::Python
        || context.prefix.is_empty()
        || context.member.is_some()
        || !context.at_line_end()
    {
        return;
    }
    let Some(position) = position(context) else {
        return;
    };
    let prefix = context.prefix;
    let lowercase = prefix.starts_with(|c: char| c.is_ascii_lowercase());
    let (name, shared) = if lowercase {
        let mut matching = BUILT_IN_TYPES
            .iter()
            .filter(|name| name.len() > prefix.len() && name.starts_with(prefix));
        let Some(first) = matching.next() else {
            return;
        };
        (*first, matching.next().is_some())
    } else {
        // A capitalized type is the file's own, an import or `typing`'s: only one may start so.
        let mut matching: Vec<&str> = TYPING_NAMES
            .iter()
            .chain(BUILT_IN_TYPES.iter().filter(|name| **name == "None"))
            .copied()
            .filter(|name| name.len() > prefix.len() && name.starts_with(prefix))
            .collect();
        for stats in &context.scan.names {
            let camel_case = stats.name.starts_with(|c: char| c.is_ascii_uppercase())
                && stats.name.contains(|c: char| c.is_ascii_lowercase());
            if camel_case && stats.name.len() > prefix.len() && !matching.contains(&stats.name) {
                matching.push(stats.name);
            }
        }
        match matching.as_slice() {
            [only] => (*only, false),
            _ => return,
        }
    };
    let Some(rest) = name.get(prefix.len()..) else {
        return;
    };
    let generic = ONE_PARAMETER_GENERICS.contains(&name)
        || TWO_PARAMETER_GENERICS.contains(&name)
        || OTHER_GENERICS.contains(&name);
    let closer = match position {
        Position::Generic { closes: true } => "]",
        Position::InstanceCheck => ")",
        _ => "",
    };
    let mut text = format!("{rest}{closer}");
    // The header ends once its brackets are closed: `-> str` and `-> Optional[User]` take the `:`, a bare generic
    // (`-> list`) may still take its `[`.
    let completed = format!("{}{text}", context.line_before);
    let header = completed.trim_start();
    let block_header = ["def ", "async def ", "if ", "elif ", "while "]
        .iter()
        .any(|keyword| header.starts_with(keyword));
    let ends_header = match position {
        Position::Return => !generic,
        Position::Generic { closes: true } => completed.contains("->"),
        Position::InstanceCheck => true,
        _ => false,
    };
    if ends_header && block_header && unclosed(&completed).is_empty() {
        text.push(':');
    }
    // One letter shared by two built-in types (`s`: `str`, `set`) names the more used one, less surely, unless
    // the file already names it.
    let used = context.scan.names.iter().any(|stats| stats.name == name);
    let confidence = if shared && prefix.len() == 1 && !used {
        0.78
    } else {
        0.86
    };
    out.push(Suggestion::of_kind(text, confidence, "type"));
}

/// Where the prefix stands, when that is a type's place. Reads the current line only (a header split over lines
/// is left alone), and none with a string or a comment in it (a bracket there is text).
fn position(context: &Context<'_>) -> Option<Position> {
    let line = context.before_prefix();
    // `add_argument("--count", type=in`: the type the option's text is converted with.
    if line.contains(".add_argument(") && line.ends_with(", type=") {
        return Some(Position::Parameter);
    }
    if line.contains(['"', '\'', '#']) {
        return None;
    }
    let header = line.trim_start();
    let definition = header.starts_with("def ") || header.starts_with("async def ");
    let open = unclosed(line);
    let Some(&(bracket, at)) = open.last() else {
        if definition {
            let (_, returned) = line.rsplit_once("->")?;
            return names_type_here(returned).then_some(Position::Return);
        }
        return field_annotation(context, header).then_some(Position::Field);
    };
    let inside = line.get(at + 1..)?;
    let (commas, element) = top_level_element(inside);
    let owner = line.get(..at)?.trim_end();
    let owner = owner
        .get(super::lexer::trailing_identifier_start(owner)..)
        .unwrap_or("");
    match bracket {
        // A parameter's element holds its name before the annotation: read in its own arm.
        '[' | '(' if !(names_type_here(element) || definition && open.len() == 1) => None,
        '[' => {
            let closes = if ONE_PARAMETER_GENERICS.contains(&owner) {
                commas == 0
            } else if TWO_PARAMETER_GENERICS.contains(&owner) {
                commas == 1
            } else if OTHER_GENERICS.contains(&owner) {
                false
            } else {
                return None;
            };
            Some(Position::Generic { closes })
        }
        '(' if matches!(owner, "isinstance" | "issubclass") => {
            (commas == 1 && !element.contains('|')).then_some(Position::InstanceCheck)
        }
        // `isinstance(value, (int, fl`: a tuple of types.
        '(' if owner.is_empty() && open.len() >= 2 => {
            let &(_, outer) = open.get(open.len() - 2)?;
            let caller = line.get(..outer)?.trim_end();
            let caller = caller
                .get(super::lexer::trailing_identifier_start(caller)..)
                .unwrap_or("");
            let (outer_commas, _) = top_level_element(line.get(outer + 1..)?);
            (matches!(caller, "isinstance" | "issubclass") && outer_commas == 1)
                .then_some(Position::Generic { closes: false })
        }
        '(' if definition && open.len() == 1 => {
            let (name, annotation) = element.split_once(':')?;
            let annotated = super::lexer::is_plain_name(name.trim().trim_start_matches('*'))
                && !annotation.contains('=');
            annotated
                .then_some(annotation)
                .filter(|annotation| names_type_here(annotation))
                .map(|_| Position::Parameter)
        }
        _ => None,
    }
}

/// Whether the text of an annotation so far leaves a type to name: nothing yet, or a union's `|`.
fn names_type_here(annotation: &str) -> bool {
    let annotation = annotation.trim();
    annotation.is_empty() || annotation.ends_with('|')
}

/// `price: ` or `self.total: ` starting a statement of a class body or a function (not a dict's line, which a
/// line above left open, nor `else: `).
fn field_annotation(context: &Context<'_>, header: &str) -> bool {
    let Some((target, annotation)) = header.split_once(':') else {
        return false;
    };
    let name = target.strip_prefix("self.").unwrap_or(target);
    let keyword = context
        .profile
        .words
        .iter()
        .any(|word| word.text == name.trim());
    let continues_above = context
        .previous_code_line()
        .is_some_and(|line| line.trim_end().ends_with([',', '{', '(', '[', '\\']));
    super::lexer::is_plain_name(name)
        && !keyword
        && !continues_above
        && names_type_here(annotation)
        && !annotation.contains(['=', '(', '['])
}

/// The brackets `text` leaves open, innermost last, with their byte offsets.
fn unclosed(text: &str) -> Vec<(char, usize)> {
    let mut open = Vec::new();
    for (at, character) in text.char_indices() {
        match character {
            '(' | '[' | '{' => open.push((character, at)),
            ')' | ']' | '}' => {
                open.pop();
            }
            _ => {}
        }
    }
    open
}

/// How many commas separate the elements of a bracket's content at its own level, and the last element.
fn top_level_element(inside: &str) -> (usize, &str) {
    let mut depth = 0usize;
    let mut commas = 0;
    let mut last_start = 0;
    for (at, character) in inside.char_indices() {
        match character {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                commas += 1;
                last_start = at + 1;
            }
            _ => {}
        }
    }
    (commas, inside.get(last_start..).unwrap_or(""))
}

/// Whether `name` is one of Python's built-in types.
pub(super) fn is_built_in_type(name: &str) -> bool {
    BUILT_IN_TYPES.contains(&name)
}

/// The DOM's element types TypeScript code names most (`as HTMLInputElement`, `useRef<HTMLDivElement>`), each
/// written without its common `Element` ending.
const HTML_ELEMENT_TYPES: &[&str] = &[
    "HTMLInput",
    "HTMLDiv",
    "HTMLButton",
    "HTMLForm",
    "HTMLCanvas",
    "HTMLSelect",
    "HTMLTextArea",
    "HTMLImage",
    "HTMLAnchor",
    "HTMLUList",
    "HTMLLI",
    "HTMLSpan",
    "HTMLParagraph",
    "HTMLVideo",
    "HTMLAudio",
    "HTMLTable",
    "HTMLHeading",
    "HTMLLabel",
];

/// How many names may begin with the typed letters before a TypeScript type is left unguessed: more is no
/// single type, and each is looked for in the code.
const MOST_TYPES_BEGUN: usize = 4;

/// How many bytes before the cursor a TypeScript type's declaration is looked for in.
const DECLARATIONS_WINDOW: usize = 64 * 1024;

/// The code a TypeScript type's declaration is looked for in: the [`DECLARATIONS_WINDOW`] bytes before the cursor,
/// where a file's types and components stand.
fn declarations_window<'a>(context: &Context<'a>) -> &'a str {
    let code = context.code.get(..context.cursor).unwrap_or("");
    code.get(code.floor_char_boundary(code.len().saturating_sub(DECLARATIONS_WINDOW))..)
        .unwrap_or("")
}

/// The generics of one parameter whose `<` closes once that parameter is named (`Promise<Us` -> `er>`).
const TYPESCRIPT_ONE_PARAMETER_GENERICS: &[&str] = &[
    "Promise",
    "Array",
    "ReadonlyArray",
    "Set",
    "Partial",
    "Required",
    "Readonly",
    "useState",
    "useRef",
    "ChangeEvent",
    "FormEvent",
    "MouseEvent",
    "KeyboardEvent",
    "RefObject",
];

/// Where TypeScript names a type (after a `: ` annotation, `<`, `as `, `| `, `extends `, `implements `): a
/// capitalized prefix is the one type the file declares that begins so (`}: Butt` -> `onProps`, never the
/// component `Button` itself), or a DOM element's type (`as HTMLDiv` -> `Element`). The `<` of a one-parameter
/// generic closes after it.
pub(super) fn typescript_type(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    listener_event_type(context, out);
    props_type(context, out);
    fetched_promise(context, out);
    let prefix = context.prefix;
    if context.profile.language != Language::TypeScript
        || context.member.is_some()
        || !prefix.starts_with(|c: char| c.is_ascii_uppercase())
        || !context.at_line_end()
    {
        return;
    }
    let before = context.before_prefix();
    let annotation = before.strip_suffix(": ").is_some_and(|head| {
        head.ends_with(|c: char| {
            super::lexer::is_identifier_char(c) || matches!(c, '}' | ']' | '?' | ')')
        })
    });
    let generic_owner = before.strip_suffix('<').map(|head| {
        head.get(super::lexer::trailing_identifier_start(head)..)
            .unwrap_or("")
    });
    let keyword = ["as ", "| ", "extends ", "implements ", "typeof "]
        .iter()
        .any(|keyword| before.ends_with(keyword));
    if !(annotation || generic_owner.is_some() || keyword) {
        return;
    }
    let name = if prefix.starts_with("HTML") {
        // `HTMLLI` typed whole still needs its ending; `HTMLL` begins `HTMLLabel` as much, and names none.
        let mut matching = HTML_ELEMENT_TYPES
            .iter()
            .filter(|element| element.len() >= prefix.len() && element.starts_with(prefix));
        let (Some(element), None) = (matching.next(), matching.next()) else {
            return;
        };
        format!("{element}Element")
    } else {
        // Every capitalized name that begins so: one the file declares as a type, the others as values (a
        // component `Button`, a class being written), and none it only imports or uses (an entity `User`, which
        // may as well be meant).
        let begun: Vec<&str> = context
            .scan
            .names
            .iter()
            .map(|stats| stats.name)
            .filter(|name| name.len() > prefix.len() && name.starts_with(prefix))
            .take(MOST_TYPES_BEGUN + 1)
            .collect();
        if begun.len() > MOST_TYPES_BEGUN {
            return;
        }
        // The declarations are read in a window before the cursor, where a file's types and components stand.
        let code = declarations_window(context);
        let mut declared = None;
        for name in begun {
            if declares(code, name, &["interface ", "type ", "enum "]) {
                if declared.replace(name).is_some() {
                    return;
                }
            } else if !declares(code, name, &["function ", "const ", "class "]) {
                return;
            }
        }
        let Some(only) = declared else {
            return;
        };
        only.to_owned()
    };
    let Some(rest) = name.get(prefix.len()..) else {
        return;
    };
    let closer = match generic_owner {
        Some(owner) if TYPESCRIPT_ONE_PARAMETER_GENERICS.contains(&owner) => ">",
        _ => "",
    };
    out.push(Suggestion::of_kind(format!("{rest}{closer}"), 0.86, "type"));
}

/// `async function fetchUser(id: number): Promise<` -> `User> {` when the file declares `User`; `fetchUsers` ->
/// `User[]> {`: a function that fetches or loads a thing promises the type named for it.
fn fetched_promise(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::TypeScript
        || !context.prefix.is_empty()
        || !context.at_line_end()
    {
        return;
    }
    let before = context.before_prefix().trim_start();
    let Some(head) = before.strip_suffix("): Promise<") else {
        return;
    };
    let Some((signature, _)) = head.split_once('(') else {
        return;
    };
    let signature = signature
        .trim_start_matches("export ")
        .trim_start_matches("async ");
    let Some(name) = signature
        .strip_prefix("function ")
        .map(str::trim)
        .or_else(|| signature.strip_prefix("async ").map(str::trim))
        .or_else(|| (!signature.contains(' ')).then_some(signature))
    else {
        return;
    };
    // A `get` by id may find nothing (`Promise<User | undefined>`): only what is fetched or loaded is sure.
    let Some(thing) = ["fetch", "load"]
        .iter()
        .find_map(|verb| name.strip_prefix(verb))
        .filter(|thing| thing.starts_with(|c: char| c.is_ascii_uppercase()))
    else {
        return;
    };
    let code = declarations_window(context);
    let kinds = &["interface ", "type ", "class "];
    let promised = if declares(code, thing, kinds) {
        thing.to_owned()
    } else if let Some(one) = thing
        .strip_suffix('s')
        .filter(|one| declares(code, one, kinds))
    {
        format!("{one}[]")
    } else {
        return;
    };
    out.push(Suggestion::of_kind(format!("{promised}> {{"), 0.86, "type"));
}

/// `function Button({ label, onClick }: ` -> `ButtonProps) {` when the file declares `ButtonProps` (else `Props`,
/// when it declares that): a component's destructured props have the type named for it.
fn props_type(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::TypeScript
        || !context.prefix.is_empty()
        || !context.at_line_end()
    {
        return;
    }
    let before = context.before_prefix().trim_start();
    let Some(head) = before.strip_suffix("}: ") else {
        return;
    };
    let Some((signature, _)) = head.rsplit_once("({") else {
        return;
    };
    let signature = signature
        .trim()
        .trim_start_matches("export ")
        .trim_start_matches("default ");
    let (name, arrow) = if let Some(name) = signature.strip_prefix("function ") {
        (name.trim(), false)
    } else if let Some(name) = signature
        .strip_prefix("const ")
        .and_then(|rest| rest.strip_suffix('='))
    {
        (name.trim(), true)
    } else {
        return;
    };
    if !super::lexer::is_plain_name(name) || !name.starts_with(|c: char| c.is_ascii_uppercase()) {
        return;
    }
    let named_props = format!("{name}Props");
    let code = declarations_window(context);
    // A file of one component often calls its props' type just `Props`.
    let Some(props) = [named_props.as_str(), "Props"]
        .into_iter()
        .find(|props| declares(code, props, &["interface ", "type "]))
    else {
        return;
    };
    let ending = if arrow { ") => {" } else { ") {" };
    out.push(Suggestion::of_kind(
        format!("{props}{ending}"),
        0.86,
        "type",
    ));
}

/// The event type each DOM event is dispatched as, by the start of its name.
const EVENT_TYPES: &[(&str, &str)] = &[
    ("key", "KeyboardEvent"),
    ("click", "MouseEvent"),
    ("dblclick", "MouseEvent"),
    ("mouse", "MouseEvent"),
    ("contextmenu", "MouseEvent"),
    ("pointer", "PointerEvent"),
    ("touch", "TouchEvent"),
    ("drag", "DragEvent"),
    ("drop", "DragEvent"),
    ("wheel", "WheelEvent"),
    ("focus", "FocusEvent"),
    ("blur", "FocusEvent"),
    ("submit", "SubmitEvent"),
];

/// `addEventListener('keyup', (e: ` -> `KeyboardEvent) => {`: a listener's parameter has the type its event is
/// dispatched as.
fn listener_event_type(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::TypeScript || !context.at_line_end() {
        return;
    }
    let before = context.before_prefix();
    let Some((head, parameter)) = before
        .strip_suffix(": ")
        .and_then(|head| head.rsplit_once(", ("))
    else {
        return;
    };
    if !super::lexer::is_plain_name(parameter) {
        return;
    }
    let Some((_, event)) = head.rsplit_once("addEventListener(") else {
        return;
    };
    let event = event.trim_matches(['\'', '"']);
    let Some((_, kind)) = EVENT_TYPES
        .iter()
        .find(|(start, _)| event.starts_with(start))
    else {
        return;
    };
    if let Some(rest) = format!("{kind}) => {{").strip_prefix(context.prefix) {
        out.push(Suggestion::of_kind(rest, 0.86, "type"));
    }
}

/// Whether the code declares `name` after one of `keywords` (`interface `, `function `).
fn declares(code: &str, name: &str, keywords: &[&str]) -> bool {
    keywords.iter().any(|keyword| {
        code.match_indices(keyword).any(|(at, _)| {
            let whole_word = !code
                .get(..at)
                .is_some_and(|head| head.ends_with(super::lexer::is_identifier_char));
            whole_word
                && code
                    .get(at + keyword.len()..)
                    .and_then(|after| after.strip_prefix(name))
                    .is_some_and(|after| !after.starts_with(super::lexer::is_identifier_char))
        })
    })
}

/// `z: ` under `x: float` and `y: float` in a class body -> `float`: the fields of a record of one kind of value
/// (a point's coordinates, a vector's parts) share their type.
fn shared_field_type(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(name) = typed.strip_suffix(": ").filter(|name| is_plain_name(name)) else {
        return;
    };
    let width = super::cursor::indentation(context.line_before);
    if width == 0 || !context.at_line_end() {
        return;
    }
    let mut types = Vec::new();
    for line in context.code_before_line().lines().rev().take(20) {
        if line.trim().is_empty() {
            continue;
        }
        if super::cursor::indentation(line) != width {
            break;
        }
        let Some((field, kind)) = line.trim().split_once(": ") else {
            break;
        };
        if !is_plain_name(field) || kind.contains('=') || field == name {
            return;
        }
        types.push(kind);
    }
    let class_above = context
        .code_lines_above()
        .nth(types.len())
        .is_some_and(|line| line.starts_with("class "));
    if let [first, rest @ ..] = types.as_slice()
        && !rest.is_empty()
        && class_above
        && rest.iter().all(|kind| kind == first)
    {
        out.push(Suggestion::of_kind(*first, 0.86, "type"));
    }
}
