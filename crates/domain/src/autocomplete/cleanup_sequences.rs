//! What a C function still has to release, read from what the file acquired: cleanup mirrors setup.
//! - a destructor (`stack_free(Stack *s)`, `student_destroy`) frees the fields the constructor allocated, the last
//!   allocated first, then the struct itself (`free(st->scores);`, `free(st->name);`, `free(st);`); a tree's
//!   after its children (`tree_free(root->right);` then `free(root);`); an array of rows each row in the loop, then
//!   the array (`free(m[i]);`, `free(m);`);
//! - a list's freeing loop frees the node it saved once the walk moved on (`Node *tmp = head; head = head->next;`
//!   -> `free(tmp);`);
//! - a failure branch (`if (out == NULL) {`) reports like the branch that checked the same call before it
//!   (`perror("fopen");`), closes what the function opened before (`fclose(in);`, `close(fd);`, the latest
//!   first), and returns what the earlier branch returned (`return 1;`);
//! - `fclose(` (`fcl`, `close(`) outside such a branch -> the one file the function opened and did not close.
//!
//! Each statement is offered at the start of its line and while it is typed (`fr` -> `ee(s->data);`).

use super::Suggestion;
use super::cursor::{Context, indentation};
use super::language::Language;
use super::lexer::{is_identifier_char, is_plain_name};
use super::statements::enclosing_function;

/// How sure a release the file's own allocations call for is.
const RELEASE_CONFIDENCE: f64 = 0.88;

/// How sure it is once its first letters are typed: above the bare name the names rule completes.
const TYPED_RELEASE_CONFIDENCE: f64 = 0.95;

/// How many lines above the cursor are read for the constructor and the earlier failure branches.
const LINES: usize = 200;

/// The calls that acquire something and the call that releases it.
const ACQUIRED: &[(&str, &str)] = &[
    ("fopen(", "fclose"),
    ("open(", "close"),
    ("opendir(", "closedir"),
    ("socket(", "close"),
    ("popen(", "pclose"),
];

/// The calls that allocate memory a field keeps.
const ALLOCATORS: &[&str] = &["malloc(", "calloc(", "realloc(", "strdup(", "strndup("];

/// Runs the rules of this module.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !matches!(context.profile.language, Language::C | Language::Cpp) || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    // Only a statement being typed from its start: nothing, a word, or a release call begun.
    if !(typed.is_empty()
        || typed.chars().all(is_identifier_char)
        || typed.starts_with("free(")
        || typed.starts_with("fclose(")
        || typed.starts_with("close(")
        || typed.starts_with("return "))
    {
        return;
    }
    let lines: Vec<&str> = {
        let mut nearest_first: Vec<&str> = context
            .code_before_line()
            .lines()
            .rev()
            .take(LINES)
            .collect();
        nearest_first.reverse();
        nearest_first
    };
    let mut statements = Vec::new();
    failure_branch(context, &lines, &mut statements);
    if statements.is_empty() {
        destructor(context, &lines, &mut statements);
        saved_node(&lines, context, &mut statements);
        opened_file_closed(context, &lines, &mut statements);
        if !typed.is_empty() {
            paired_release(&lines, &mut statements);
        }
    }
    for statement in statements {
        if let Some(rest) = statement.strip_prefix(typed)
            && !rest.is_empty()
            && (typed.is_empty() || !typed.chars().all(is_identifier_char) || typed.len() >= 2)
        {
            // A release named in full goes past the bare name the name rule offers (`ose(` for `fcl`).
            let confidence = if typed.is_empty() {
                RELEASE_CONFIDENCE
            } else {
                TYPED_RELEASE_CONFIDENCE
            };
            out.push(Suggestion::construct(rest, confidence));
            return;
        }
    }
}

/// The function the cursor is in: its name, its parameters (name and type) and the index in `lines` of its
/// header's line.
struct Function<'a> {
    name: &'a str,
    parameters: Vec<(&'a str, &'a str)>,
    header: usize,
}

fn function<'a>(context: &Context<'a>, lines: &[&str]) -> Option<Function<'a>> {
    let header = enclosing_function(context)?;
    let name = header.name;
    if name.is_empty() {
        return None;
    }
    let at = lines.iter().rposition(|line| {
        indentation(line) == 0
            && line.contains(&format!("{name}("))
            && !line.trim_end().ends_with(';')
    })?;
    Some(Function {
        name,
        parameters: header
            .parameters
            .iter()
            .map(|parameter| (parameter.name, parameter.type_text))
            .collect(),
        header: at,
    })
}

/// The statements of the function's body so far (lines after its header), trimmed, blank ones left out.
fn body<'l>(lines: &[&'l str], function: &Function<'_>) -> Vec<&'l str> {
    lines
        .get(function.header + 1..)
        .unwrap_or_default()
        .iter()
        .map(|line| line.trim())
        .filter(|line| !line.is_empty())
        .collect()
}

/// The type a pointer parameter points to (`const Student *` -> `Student`), with how many `*` it has.
fn pointee(type_text: &str) -> Option<(&str, usize)> {
    let stars = type_text.matches('*').count();
    let name = type_text
        .split(|c: char| !is_identifier_char(c))
        .rfind(|word| !word.is_empty() && !matches!(*word, "const" | "struct"))?;
    (stars > 0).then_some((name, stars))
}

/// `free(st->scores);`, `free(st->name);`, `free(st);` in a destructor; `free(m[i]);` then `free(m);` for rows.
fn destructor(context: &Context<'_>, lines: &[&str], out: &mut Vec<String>) {
    let Some(function) = function(context, lines) else {
        return;
    };
    let lowered = function.name.to_ascii_lowercase();
    if !["free", "destroy", "delete", "dispose", "release", "cleanup"]
        .iter()
        .any(|verb| lowered.contains(verb))
    {
        return;
    }
    let Some(&(parameter, type_text)) = function.parameters.first() else {
        return;
    };
    let Some((type_name, stars)) = pointee(type_text) else {
        return;
    };
    let body = body(lines, &function);
    let width = indentation(context.line_before);
    let enclosing = context.enclosing_lines().next().unwrap_or("");
    let at_top = enclosing.contains(&format!("{}(", function.name));
    if stars == 2 {
        let element = format!("free({parameter}[i]);");
        if enclosing.starts_with("for (int i = 0; i < ") && body.iter().all(|line| *line != element)
        {
            out.push(element);
        } else if at_top && body.contains(&element.as_str()) {
            out.push(format!("free({parameter});"));
        }
        return;
    }
    if stars != 1 || !at_top || width == 0 {
        return;
    }
    let allocated = allocated_fields(lines, function.header, type_name);
    let freed = |field: &str| body.contains(&format!("free({parameter}->{field});").as_str());
    if let Some(field) = allocated.iter().rev().find(|field| !freed(field)) {
        out.push(format!("free({parameter}->{field});"));
        return;
    }
    // No function of the file allocates them, but the destructor has begun freeing fields: the struct's other
    // buffers (`char *name; int *scores;`) follow, in their declared order, before the struct itself.
    if allocated.is_empty()
        && body
            .iter()
            .any(|line| line.starts_with(&format!("free({parameter}->")))
    {
        let buffers = owned_buffers(context, type_name);
        if let Some(field) = buffers.iter().find(|field| !freed(field)) {
            out.push(format!("free({parameter}->{field});"));
            return;
        }
    }
    let released = body
        .iter()
        .any(|line| line.starts_with(&format!("free({parameter})")));
    let reassigned = body
        .iter()
        .any(|line| line.starts_with(&format!("{parameter} = ")));
    if !body.is_empty() && !released && !reassigned {
        out.push(format!("free({parameter});"));
    }
}

/// The fields of `type_name` that point to a buffer of plain values (`char *name;`, `int *scores;`): what its
/// destructor frees. A pointer to a struct (a list's `next`) belongs to someone else.
fn owned_buffers<'a>(context: &Context<'a>, type_name: &str) -> Vec<&'a str> {
    const PLAIN: &[&str] = &[
        "char", "int", "long", "short", "unsigned", "double", "float", "size_t", "uint8_t",
        "int32_t", "uint32_t", "int64_t", "uint64_t",
    ];
    context
        .struct_fields(type_name, false)
        .into_iter()
        .filter(|field| {
            let declared = format!("*{};", field.name);
            context.code.lines().any(|line| {
                let line = line.trim().trim_start_matches("const ");
                line.ends_with(&declared)
                    && line
                        .split_whitespace()
                        .next()
                        .is_some_and(|base| PLAIN.contains(&base.trim_end_matches('*')))
            })
        })
        .map(|field| field.name)
        .collect()
}

/// The fields that functions above `before` allocate for a `type_name` they make or take (`s->data =
/// malloc(...)` in `Stack *stack_create(int capacity)`), in the order they are first allocated.
fn allocated_fields<'a>(lines: &[&'a str], before: usize, type_name: &str) -> Vec<&'a str> {
    let pointer = format!("{type_name} *");
    let mut in_maker = false;
    let mut fields = Vec::new();
    for line in lines.get(..before).unwrap_or_default() {
        if indentation(line) == 0 && line.contains('(') {
            in_maker = line.contains(&pointer) || line.contains(&format!("{type_name}* "));
            continue;
        }
        if !in_maker {
            continue;
        }
        let trimmed = line.trim();
        let Some((target, value)) = trimmed.split_once(" = ") else {
            continue;
        };
        let Some((_, field)) = target.split_once("->") else {
            continue;
        };
        // A cast before the call (`(int *)malloc(...)`) is passed over.
        let value = match value.strip_prefix('(') {
            Some(cast) => cast
                .split_once(')')
                .map_or("", |(_, call)| call.trim_start()),
            None => value,
        };
        let allocates = ALLOCATORS.iter().any(|call| value.starts_with(call));
        if allocates && is_plain_name(field) && !fields.contains(&field) {
            fields.push(field);
        }
    }
    fields
}

/// `curl_glo` at the end of a `main` that called `curl_global_init(...)` -> `bal_cleanup();`: a library's
/// acquisition released the way the file released its sibling (`curl_easy_init` then `curl_easy_cleanup(curl)`),
/// with the variable it was assigned to, if any.
fn paired_release(lines: &[&str], out: &mut Vec<String>) {
    const ACQUIRING: &[&str] = &["init", "open", "create", "new", "begin", "start", "lock"];
    const RELEASING: &[&str] = &[
        "cleanup", "free", "destroy", "close", "end", "stop", "unlock", "deinit", "term",
        "release", "delete", "shutdown", "finish",
    ];
    /// A call at the start of a statement, maybe assigned: its variable, the callee, and the callee's stem
    /// (`curl_easy_` of `curl_easy_init`) with the acquiring word.
    fn called(line: &str) -> Option<(Option<&str>, &str, bool)> {
        let line = line.trim();
        let (target, call) = match line.split_once(" = ") {
            Some((target, call)) => {
                let variable = target
                    .rsplit([' ', '*'])
                    .next()
                    .filter(|name| is_plain_name(name));
                (Some(variable?), call)
            }
            None => (None, line),
        };
        let (callee, arguments) = call.split_once('(')?;
        // Unassigned, it is released with no argument: what it was given must be flags (`CURL_GLOBAL_ALL`).
        let flags_only = arguments
            .trim_end_matches(");")
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || matches!(c, '_' | '|' | ' '));
        (is_plain_name(callee) && line.ends_with(");")).then_some((target, callee, flags_only))
    }
    let split = |callee: &str| -> Option<(usize, &'static str)> {
        ACQUIRING.iter().find_map(|word| {
            let stem = callee.strip_suffix(word)?;
            stem.ends_with('_').then_some((stem.len(), *word))
        })
    };
    let calls: Vec<(Option<&str>, &str, bool)> =
        lines.iter().filter_map(|line| called(line)).collect();
    // The release word the file pairs with an acquiring word: `cleanup` after `init` (curl), `close` after `open`.
    let release_of = |stem: &str, word: &str| -> Option<String> {
        calls.iter().find_map(|(_, callee, _)| {
            let (at, acquiring) = split(callee)?;
            if acquiring != word || callee.get(..at) == Some(stem) {
                return None;
            }
            let sibling_stem = callee.get(..at)?;
            calls.iter().find_map(|(_, other, _)| {
                let release = other.strip_prefix(sibling_stem)?;
                RELEASING.contains(&release).then(|| release.to_owned())
            })
        })
    };
    for (index, (variable, callee, flags_only)) in calls.iter().enumerate().rev() {
        let Some((at, word)) = split(callee) else {
            continue;
        };
        if variable.is_none() && !flags_only {
            continue;
        }
        let Some(stem) = callee.get(..at) else {
            continue;
        };
        let Some(release) = release_of(stem, word) else {
            continue;
        };
        let released_call = format!("{stem}{release}");
        let released = calls
            .get(index + 1..)
            .unwrap_or_default()
            .iter()
            .any(|(_, later, _)| *later == released_call);
        if !released {
            out.push(format!("{released_call}({});", variable.unwrap_or("")));
            return;
        }
    }
}

/// `Node *tmp = head;` and `head = head->next;` in a loop -> `free(tmp);`.
fn saved_node(lines: &[&str], context: &Context<'_>, out: &mut Vec<String>) {
    let mut above = lines
        .iter()
        .rev()
        .map(|line| line.trim())
        .filter(|line| !line.is_empty());
    let (Some(step), Some(saved)) = (above.next(), above.next()) else {
        return;
    };
    let Some((walker, next)) = step
        .strip_suffix(';')
        .and_then(|step| step.split_once(" = "))
    else {
        return;
    };
    let Some((declaration, value)) = saved
        .strip_suffix(';')
        .and_then(|saved| saved.split_once(" = "))
    else {
        return;
    };
    let kept = declaration.rsplit(['*', ' ']).next().unwrap_or("");
    if value != walker
        || !declaration.contains('*')
        || !is_plain_name(kept)
        || !is_plain_name(walker)
        || (next != format!("{walker}->next") && next != format!("{kept}->next"))
    {
        return;
    }
    if context.profile.language == Language::Cpp && context.code.contains(" new ") {
        out.push(format!("delete {kept};"));
    } else {
        out.push(format!("free({kept});"));
    }
}

/// A failure test's variable: `if (fp == NULL) {`, `if (!fp) {`, `if (fd < 0) {`, `if (n == -1) {`.
fn tested_variable(header: &str) -> Option<&str> {
    let condition = header.strip_prefix("if (")?.strip_suffix(") {")?;
    let variable = condition
        .strip_prefix('!')
        .or_else(|| condition.strip_suffix(" == NULL"))
        .or_else(|| condition.strip_suffix(" == nullptr"))
        .or_else(|| condition.strip_suffix(" < 0"))
        .or_else(|| condition.strip_suffix(" == -1"))?;
    is_plain_name(variable).then_some(variable)
}

/// The function `variable` was last given the result of, within the few lines above `at` (`fopen` for `FILE *in
/// = fopen(argv[1], "r");`).
fn assigning_call<'a>(lines: &[&'a str], at: usize, variable: &str) -> Option<&'a str> {
    let assignment = format!("{variable} = ");
    lines
        .get(at.saturating_sub(3)..at)?
        .iter()
        .rev()
        .find_map(|line| {
            let (_, value) = line.split_once(&assignment)?;
            let value = value.trim_start_matches(['(', ')', '*', ' ']);
            let call = value.get(..value.find('(')?)?;
            is_plain_name(call).then_some(call)
        })
}

/// One failure branch above the cursor: the call it checked, its statements, and its header's line index.
struct Branch<'a> {
    call: &'a str,
    statements: Vec<&'a str>,
    header: usize,
}

/// The failure branches in `lines` before `end`, each with its statements up to its closing `}`.
fn branches<'a>(lines: &[&'a str], end: usize) -> Vec<Branch<'a>> {
    let mut found = Vec::new();
    for (at, line) in lines.get(..end).unwrap_or_default().iter().enumerate() {
        let Some(variable) = tested_variable(line.trim()) else {
            continue;
        };
        let Some(call) = assigning_call(lines, at, variable) else {
            continue;
        };
        let width = indentation(line);
        let mut statements = Vec::new();
        for inner in lines.get(at + 1..end).unwrap_or_default() {
            if inner.trim().is_empty() {
                continue;
            }
            if indentation(inner) <= width {
                break;
            }
            statements.push(inner.trim());
        }
        found.push(Branch {
            call,
            statements,
            header: at,
        });
    }
    found
}

/// Whether a statement releases something or leaves the function.
fn releases_or_returns(statement: &str) -> bool {
    statement.starts_with("return")
        || statement.starts_with("exit(")
        || statement.starts_with("free(")
        || ACQUIRED
            .iter()
            .any(|(_, release)| statement.starts_with(&format!("{release}(")))
}

/// In `if (out == NULL) {`: the report the earlier branch on the same call made, the releases of what the function
/// opened before, the earlier branch's `return`.
fn failure_branch(context: &Context<'_>, lines: &[&str], out: &mut Vec<String>) {
    let Some(header_at) = lines.iter().rposition(|line| !line.trim().is_empty()) else {
        return;
    };
    // The branch's header: the nearest line above indented less than the cursor.
    let width = indentation(context.line_before);
    let Some(header_at) = (0..=header_at).rev().find(|&at| {
        lines
            .get(at)
            .is_some_and(|line| !line.trim().is_empty() && indentation(line) < width)
    }) else {
        return;
    };
    let Some(header) = lines.get(header_at) else {
        return;
    };
    let Some(variable) = tested_variable(header.trim()) else {
        return;
    };
    let Some(call) = assigning_call(lines, header_at, variable) else {
        return;
    };
    let typed: Vec<&str> = lines
        .get(header_at + 1..)
        .unwrap_or_default()
        .iter()
        .map(|line| line.trim())
        .filter(|line| !line.is_empty())
        .collect();
    let Some(function) = function(context, lines) else {
        return;
    };
    let earlier = branches(lines, header_at);
    let same_call = earlier.iter().rev().find(|branch| branch.call == call);
    let in_function = |branch: &&Branch<'_>| branch.header > function.header;
    // A branch of another function is followed only where it returns the same type (`int` and `int`).
    let return_type = |at: usize| {
        lines
            .get(..=at)
            .unwrap_or_default()
            .iter()
            .rev()
            .find(|line| indentation(line) == 0 && line.contains('('))
            .and_then(|line| line.split('(').next())
            .map(|head| head.trim_end_matches(is_identifier_char).trim())
    };
    let own_type = lines
        .get(function.header)
        .and_then(|line| line.split('(').next())
        .map(|head| head.trim_end_matches(is_identifier_char).trim());
    let mirrored =
        same_call.filter(|branch| in_function(branch) || return_type(branch.header) == own_type);
    let reports: Vec<&str> = match mirrored {
        Some(branch) => branch
            .statements
            .iter()
            .copied()
            .filter(|statement| !releases_or_returns(statement))
            .collect(),
        None => typed
            .iter()
            .copied()
            .filter(|statement| !releases_or_returns(statement))
            .collect(),
    };
    if reports.is_empty() && mirrored.is_none_or(|branch| branch.statements.is_empty()) {
        return;
    }
    // What the function opened before the branch and did not close at its own level.
    let top = lines
        .get(function.header + 1..header_at)
        .unwrap_or_default()
        .iter()
        .map(|line| indentation(line))
        .filter(|&depth| depth > 0)
        .min()
        .unwrap_or(0);
    let mut opened: Vec<(&str, &str)> = Vec::new();
    for line in lines
        .get(function.header + 1..header_at)
        .unwrap_or_default()
    {
        if indentation(line) != top {
            continue;
        }
        let trimmed = line.trim();
        if let Some((target, value)) = trimmed.split_once(" = ") {
            let resource = target.rsplit(['*', ' ']).next().unwrap_or("");
            if let Some((_, release)) = ACQUIRED
                .iter()
                .find(|(acquire, _)| value.starts_with(acquire))
                && is_plain_name(resource)
                && resource != variable
            {
                opened.push((resource, release));
            }
        }
        opened
            .retain(|(resource, release)| !trimmed.starts_with(&format!("{release}({resource})")));
    }
    let returned = mirrored
        .or_else(|| earlier.iter().rev().find(in_function))
        .and_then(|branch| {
            branch
                .statements
                .iter()
                .find(|statement| statement.starts_with("return") || statement.starts_with("exit("))
        });
    let mut sequence: Vec<String> = reports.iter().map(|report| (*report).to_owned()).collect();
    sequence.extend(
        opened
            .iter()
            .rev()
            .map(|(resource, release)| format!("{release}({resource});")),
    );
    match returned {
        Some(statement) => sequence.push((*statement).to_owned()),
        None if opened.is_empty() && mirrored.is_none() => return,
        None => {}
    }
    // A report may name another thing than the earlier one did (`to` for `from`): the same call is enough.
    let call_of = |statement: &str| statement.split('(').next().unwrap_or("").to_owned();
    if typed.len() >= sequence.len()
        || typed
            .iter()
            .zip(&sequence)
            .any(|(typed, expected)| typed != expected && call_of(typed) != call_of(expected))
    {
        return;
    }
    if let Some(next) = sequence.get(typed.len()) {
        out.push(next.clone());
    }
}

/// `fclose(` -> `in);` where the function opened one file it has not closed.
fn opened_file_closed(context: &Context<'_>, lines: &[&str], out: &mut Vec<String>) {
    let typed = context.line_before.trim_start();
    if typed.is_empty() {
        return;
    }
    let Some(function) = function(context, lines) else {
        return;
    };
    let body_lines = lines.get(function.header + 1..).unwrap_or_default();
    let top = body_lines
        .iter()
        .filter(|line| !line.trim().is_empty())
        .map(|line| indentation(line))
        .min()
        .unwrap_or(0);
    let mut opened: Vec<(&str, &str)> = Vec::new();
    for line in body_lines {
        let trimmed = line.trim();
        // Two opened on one line (`FILE *a = fopen(...), *b = fopen(...);`): which one is meant is unclear.
        if trimmed.matches(" = ").count() > 1
            && ACQUIRED
                .iter()
                .any(|(acquire, _)| trimmed.contains(acquire))
        {
            return;
        }
        if let Some((target, value)) = trimmed.split_once(" = ") {
            let resource = target.rsplit(['*', ' ']).next().unwrap_or("");
            if let Some((_, release)) = ACQUIRED
                .iter()
                .find(|(acquire, _)| value.starts_with(acquire))
                && is_plain_name(resource)
            {
                opened.push((resource, release));
            }
        }
        // Closed in a failure branch that returned is still open here: only a close at the function's level counts.
        if indentation(line) == top {
            opened.retain(|(resource, release)| {
                !trimmed.starts_with(&format!("{release}({resource})"))
            });
        }
    }
    if let [(resource, release)] = opened.as_slice() {
        out.push(format!("{release}({resource});"));
    }
}
