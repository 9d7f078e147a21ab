//! A Python function written as the counterpart of one above it (`save_settings` under `load_settings`,
//! `decode` under `encode`, `close` under `open`, `stop` under `start`, `tearDown` under `setUp`): it undoes what
//! the other did, in the same way.
//! - the same module's opposite call: `json.` -> `dump(settings, f)` under `json.load(f)`, `zlib.` ->
//!   `decompress(data)` under `zlib.compress(data)`;
//! - the file opened the other way: `open(path, ` -> `"w"` under `open(path)`, `"rb"` becoming `"wb"`;
//! - the flag set back: `self.running = ` -> `False` under `self.running = True`;
//! - the connection opened there closed: `self.` -> `conn.close()` under `self.conn = sqlite3.connect(...)`,
//!   `self.open()` answered by `self.close()`, a temporary directory removed (`shutil.rmtree(self.tmpdir)` in
//!   `tearDown` under `self.tmpdir = tempfile.mkdtemp()`).
//!
//! The counterpart is found by its name alone, in a window above the cursor; without one nothing is offered.

use super::Suggestion;
use super::cursor::{Context, indentation};
use super::language::Language;
use super::lexer::is_plain_name;

/// How many lines above the cursor the function and its counterpart are looked for in.
const WINDOW: usize = 150;

/// Words that undo each other, in function and method names alike (`load_config`/`save_config`,
/// `b64encode`/`b64decode`), the doing one first.
const OPPOSITES: &[(&str, &str)] = &[
    ("load", "save"),
    ("load", "dump"),
    ("read", "write"),
    ("encode", "decode"),
    ("encrypt", "decrypt"),
    ("compress", "decompress"),
    ("serialize", "deserialize"),
    ("connect", "disconnect"),
    ("open", "close"),
    ("start", "stop"),
    ("setUp", "tearDown"),
    ("__enter__", "__exit__"),
    ("to_", "from_"),
    ("enable", "disable"),
    ("pack", "unpack"),
];

/// The calls whose opposite has another name than the words above give.
const OPPOSITE_CALLS: &[(&str, &str)] = &[
    ("load", "dump"),
    ("loads", "dumps"),
    ("safe_load", "safe_dump"),
    ("b64encode", "b64decode"),
    ("urlsafe_b64encode", "urlsafe_b64decode"),
    ("compress", "decompress"),
    ("encrypt", "decrypt"),
    ("encode", "decode"),
    ("pack", "unpack"),
];

/// Runs the rules in a Python function whose counterpart is above it.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Python || !context.at_line_end() {
        return;
    }
    let Some(pair) = counterpart(context) else {
        return;
    };
    opposite_call(context, &pair, out);
    opened_other_way(context, &pair, out);
    flag_set_back(context, &pair, out);
    resource_closed(context, &pair, out);
}

/// The function around the cursor and the counterpart found above it.
struct Pair<'a> {
    /// The parameters of the function being written, `self` left out.
    parameters: Vec<&'a str>,
    /// Its body's lines above the cursor, trimmed.
    body: Vec<&'a str>,
    /// The counterpart's parameters, `self` left out.
    their_parameters: Vec<&'a str>,
    /// The counterpart's body, trimmed, in order.
    their_body: Vec<&'a str>,
    /// Whether the function being written is the undoing one (`save` of `load`), not the doing one.
    undoes: bool,
}

fn counterpart<'a>(context: &Context<'a>) -> Option<Pair<'a>> {
    let lines: Vec<&str> = context
        .code_before_line()
        .lines()
        .rev()
        .take(WINDOW)
        .collect();
    let width = indentation(context.line_before);
    let header_at = lines.iter().position(|line| {
        let trimmed = line.trim();
        !trimmed.is_empty() && indentation(line) < width && trimmed.starts_with("def ")
    })?;
    let header = lines.get(header_at)?;
    let depth = indentation(header);
    let (name, parameters) = signature(header.trim())?;
    let body: Vec<&str> = lines
        .get(..header_at)?
        .iter()
        .rev()
        .map(|line| line.trim())
        .filter(|line| !line.is_empty())
        .collect();
    let mut opposites = OPPOSITES.iter().filter_map(|&(does, undoes)| {
        if let Some(other) = replaced(name, undoes, does) {
            Some((other, true))
        } else {
            replaced(name, does, undoes).map(|other| (other, false))
        }
    });
    let (other, undoes) = opposites.next()?;
    let their_header = format!("def {other}(");
    let their_at =
        lines.iter().skip(header_at + 1).position(|line| {
            indentation(line) == depth && line.trim().starts_with(&their_header)
        })? + header_at
            + 1;
    let (_, their_parameters) = signature(lines.get(their_at)?.trim())?;
    let their_body: Vec<&str> = lines
        .get(..their_at)?
        .iter()
        .rev()
        .take_while(|line| line.trim().is_empty() || indentation(line) > depth)
        .map(|line| line.trim())
        .filter(|line| !line.is_empty())
        .collect();
    Some(Pair {
        parameters,
        body,
        their_parameters,
        their_body,
        undoes,
    })
}

/// `name` with its word `from` put as `to` (`save_settings`, `save`, `load` -> `load_settings`), at a word's
/// start, once.
fn replaced(name: &str, from: &str, to: &str) -> Option<String> {
    let at = name.find(from)?;
    let starts_word = at == 0 || name.get(..at).is_some_and(|head| head.ends_with('_'));
    if !starts_word {
        return None;
    }
    Some(format!(
        "{}{to}{}",
        name.get(..at)?,
        name.get(at + from.len()..)?
    ))
}

/// The name and parameters (`self` and `cls` left out) of a `def name(a, b):` line.
fn signature(header: &str) -> Option<(&str, Vec<&str>)> {
    let (name, rest) = header.strip_prefix("def ")?.split_once('(')?;
    let (list, _) = rest.split_once(')')?;
    let parameters = list
        .split(',')
        .map(|parameter| parameter.split([':', '=']).next().unwrap_or("").trim())
        .filter(|name| !name.is_empty() && *name != "self" && *name != "cls")
        .collect();
    Some((name.trim(), parameters))
}

/// `json.` -> `dump(settings, f)` where the counterpart called `json.load(f)`.
fn opposite_call(context: &Context<'_>, pair: &Pair<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let receiver = access.receiver;
    let call = format!("{receiver}.");
    let Some((member, arguments)) = pair.their_body.iter().find_map(|line| {
        let (_, after) = line.split_once(&call)?;
        let (member, rest) = after.split_once('(')?;
        let (arguments, _) = rest.split_once(')')?;
        is_plain_name(member).then_some((member, arguments))
    }) else {
        return;
    };
    // Either way round: `from_json` loads what `to_json` dumped.
    let Some(opposite) = OPPOSITE_CALLS.iter().find_map(|&(does, undoes)| {
        if member == does {
            Some(undoes)
        } else {
            (member == undoes).then_some(does)
        }
    }) else {
        return;
    };
    let arguments: Vec<&str> = arguments
        .split(',')
        .map(str::trim)
        .filter(|argument| !argument.is_empty())
        .collect();
    let given = mirrored_arguments(pair, member, &arguments);
    let text = match given {
        Some(given) => format!("{opposite}({given})"),
        None => format!("{opposite}()"),
    };
    if let Some(rest) = text.strip_prefix(context.prefix) {
        out.push(Suggestion::member(rest, 0.92));
    }
}

/// The arguments of the opposite call: a parameter of the counterpart becomes the parameter at its place here,
/// a file both opened stays, and `dump` takes first the one parameter not used yet (what is saved).
fn mirrored_arguments(pair: &Pair<'_>, member: &str, arguments: &[&str]) -> Option<String> {
    let used = |name: &str| {
        pair.body.iter().any(|line| {
            line.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .any(|word| word == name)
        })
    };
    let mut mirrored = Vec::new();
    for argument in arguments {
        // `text.encode("utf-8")` stands for the text itself: the other side gets its own parameter there.
        let named = argument
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .next()
            .unwrap_or("");
        if let Some(at) = pair.their_parameters.iter().position(|name| *name == named) {
            if pair.their_parameters.len() != pair.parameters.len() {
                return None;
            }
            mirrored.push(*pair.parameters.get(at)?);
        } else if is_plain_name(argument)
            && pair
                .body
                .iter()
                .any(|line| line.ends_with(&format!(" as {argument}:")))
        {
            mirrored.push(*argument);
        } else {
            return None;
        }
    }
    if pair.undoes && matches!(member, "load" | "safe_load") {
        let mut unused = pair.parameters.iter().filter(|name| !used(name));
        let (Some(saved), None) = (unused.next(), unused.next()) else {
            return None;
        };
        mirrored.insert(0, saved);
    }
    (!mirrored.is_empty()).then(|| mirrored.join(", "))
}

/// `open(path, "` -> `w`, the editor's closing quote after the cursor.
pub(super) fn in_literal(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Python || !context.at_line_end() {
        return;
    }
    if let Some(pair) = counterpart(context) {
        opened_other_way(context, &pair, out);
    }
}

/// `open(path, ` -> `"w"` in the function that saves what its counterpart read with `open(path)`.
fn opened_other_way(context: &Context<'_>, pair: &Pair<'_>, out: &mut Vec<Suggestion>) {
    if !pair.undoes {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some((_, opened)) = typed.rsplit_once("open(") else {
        return;
    };
    let quoted = match opened.rsplit_once(", ") {
        Some((file, "")) if is_plain_name(file) => false,
        Some((file, "\"" | "'")) if is_plain_name(file) => true,
        _ => return,
    };
    let Some(their_mode) = pair.their_body.iter().find_map(|line| {
        let (_, rest) = line.split_once("open(")?;
        let (arguments, _) = rest.split_once(')')?;
        let mode = arguments.split(", ").nth(1).unwrap_or("\"r\"");
        Some(mode.trim_matches(['"', '\'']))
    }) else {
        return;
    };
    let mode = match their_mode {
        "r" => "w",
        "rb" => "wb",
        "rt" => "wt",
        _ => return,
    };
    let text = if quoted {
        mode.to_owned()
    } else {
        format!("\"{mode}\"")
    };
    out.push(Suggestion::construct(text, 0.88));
}

/// `self.running = ` -> `False` where the counterpart set `self.running = True`.
fn flag_set_back(context: &Context<'_>, pair: &Pair<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    let Some(target) = context.line_before.trim_start().strip_suffix(" = ") else {
        return;
    };
    if !target.starts_with("self.") {
        return;
    }
    let set = format!("{target} = ");
    let Some(value) = pair
        .their_body
        .iter()
        .find_map(|line| line.strip_prefix(&set))
    else {
        return;
    };
    let opposite = match value {
        "True" => "False",
        "False" => "True",
        _ => return,
    };
    out.push(Suggestion::construct(opposite, 0.9));
}

/// `self.` (or a blank line) in `close`, `__exit__` or `tearDown` -> `conn.close()` where the counterpart
/// opened `self.conn = sqlite3.connect(...)`; `self.close()` where it called `self.open()`.
fn resource_closed(context: &Context<'_>, pair: &Pair<'_>, out: &mut Vec<Suggestion>) {
    if !pair.undoes {
        return;
    }
    let typed = context.line_before.trim_start();
    let closing: Vec<String> = pair
        .their_body
        .iter()
        .filter_map(|line| {
            if let Some(method) = line
                .strip_prefix("self.")
                .and_then(|rest| rest.strip_suffix("()"))
                .filter(|method| is_plain_name(method))
            {
                let (_, undone) = OPPOSITES.iter().find(|&&(does, _)| does == method)?;
                return Some(format!("self.{undone}()"));
            }
            let (target, value) = line.split_once(" = ")?;
            let attribute = target
                .strip_prefix("self.")
                .filter(|name| is_plain_name(name))?;
            // A temporary directory is removed with its files (`shutil.rmtree`), or cleans itself up.
            if value.starts_with("tempfile.mkdtemp(") && context.code.contains("import shutil") {
                return Some(format!("shutil.rmtree(self.{attribute})"));
            }
            if value.starts_with("tempfile.TemporaryDirectory(") {
                return Some(format!("self.{attribute}.cleanup()"));
            }
            let opens = [".connect(", "open(", ".Session(", "socket("]
                .iter()
                .any(|call| value.contains(call));
            opens.then(|| format!("self.{attribute}.close()"))
        })
        .filter(|call| !pair.body.iter().any(|line| line == call))
        .collect();
    let [call] = closing.as_slice() else {
        return;
    };
    let rest = if context.on_blank_line_start() && context.prefix.is_empty() {
        Some(call.as_str())
    } else {
        call.strip_prefix(typed)
    };
    if let Some(rest) = rest.filter(|rest| !rest.is_empty()) {
        out.push(Suggestion::construct(rest, 0.88));
    }
}
