//! Habits of Go code in general, read once every other rule has spoken: `error` as a function's result type
//! (`func (m *Msg) Marshal() ([]byte, e` -> `rror`, `(n int, err e` -> `rror`), and `return` or `var` begun at a
//! statement's start in a body when no name of the code begins so.

use super::Suggestion;
use super::cursor::Context;
use super::idioms::open_parentheses;
use super::language::Language;
use super::lexer::{innermost_unclosed, is_identifier_char, is_plain_name};
use super::names::{UNRIVALLED_KEYWORD, raise_unrivalled_keyword};
use super::statements::enclosing_function;

/// The confidence of an answer one of these idioms names: over the keyword bar.
const IDIOM_CONFIDENCE: f64 = 0.8;

/// Applies the idioms to what the rules proposed, for Go only.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Go {
        return;
    }
    error_result(context, out);
    statement_keyword(context, out);
    queue_popped(context, out);
    error_compared(context, out);
    formatted_fields(context, out);
    scanned_text(context, out);
    scanned_line_argument(context, out);
    parent_context(context, out);
    sentinel_compared(context, out);
    error_status(context, out);
    wrapped_error_arguments(context, out);
    sentinel_not_found(context, out);
    elapsed_time_reported(context, out);
}

/// `log.Printf("%s %s %v", r.Method, r.URL.Path, ` after `start := time.Now()` that nothing has read since ->
/// `time.Since(start))`: a time taken at the start is there to report how long the work took.
fn elapsed_time_reported(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let reporting = ["Printf(", "Println(", "Sprintf(", "Print("]
        .iter()
        .any(|call| typed.contains(call));
    if !reporting || !typed.ends_with(", ") {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    // `body_start` counts tokens: the body's text starts where its first token does.
    let Some(body_start) = context.tokens_before().get(function.body_start) else {
        return;
    };
    let body = context
        .code
        .get(body_start.start..context.cursor)
        .unwrap_or_default();
    let Some((head, after)) = body.rsplit_once(" := time.Now()") else {
        return;
    };
    let name = head.rsplit(['\n', '\t', ' ']).next().unwrap_or("");
    // Read since (`elapsed := time.Since(start)`), it has been reported already.
    if !is_plain_name(name) || super::lexer::contains_word(after, name) {
        return;
    }
    let closers = open_parentheses(typed).unwrap_or_default();
    out.push(Suggestion::construct(
        format!("time.Since({name}){closers}"),
        0.86,
    ));
}

/// `return 0, ` under `if !ok {` (a lookup that found nothing) in a file that declares `var ErrNotFound =
/// errors.New(...)` -> `ErrNotFound`: the sentinel declared for exactly that case.
fn sentinel_not_found(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    if !typed.starts_with("return ") || !typed.ends_with(", ") {
        return;
    }
    let missing = context
        .enclosing_lines()
        .next()
        .is_some_and(|header| matches!(header, "if !ok {" | "if !found {" | "if !exists {"));
    if !missing {
        return;
    }
    let mut sentinels = context.code.lines().filter_map(|line| {
        let name = line
            .trim()
            .strip_prefix("var ")?
            .split_once(" = errors.New(")?
            .0
            .trim();
        (name.starts_with("Err") && name.contains("NotFound")).then_some(name)
    });
    if let (Some(sentinel), None) = (sentinels.next(), sentinels.next()) {
        out.push(Suggestion::construct(sentinel, IDIOM_CONFIDENCE + 0.06));
    }
}

/// `return nil, fmt.Errorf("load %s: %w", ` in `func Load(path string)` after `data, err := ...` -> `path, err)`:
/// each verb takes the function's one parameter of its kind, and `%w` the error being wrapped.
fn wrapped_error_arguments(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(format) = typed
        .rsplit_once("fmt.Errorf(\"")
        .and_then(|(_, rest)| rest.strip_suffix("\", "))
    else {
        return;
    };
    // Only an error being wrapped (`%w`): a message of its own names locals as often as parameters.
    if format.contains('"') || !format.contains("%w") {
        return;
    }
    let Some(function) = super::statements::enclosing_function(context) else {
        return;
    };
    let of_kind = |kinds: &[&str]| -> Option<&str> {
        let mut matching = function
            .parameters
            .iter()
            .filter(|parameter| kinds.contains(&parameter.type_text.trim()));
        match (matching.next(), matching.next()) {
            (Some(parameter), None) => Some(parameter.name),
            _ => None,
        }
    };
    let error_in_scope = context
        .code_lines_above()
        .take(30)
        .any(|line| line.contains("err :=") || line.contains("err ="));
    let mut arguments = Vec::new();
    for after in format.split('%').skip(1) {
        let Some(verb) = after.chars().find(|c| c.is_ascii_alphabetic()) else {
            return;
        };
        let argument = match verb {
            'w' if error_in_scope => Some("err"),
            's' | 'q' => of_kind(&["string"]),
            'd' => of_kind(&["int", "int64", "int32"]),
            _ => None,
        };
        let Some(argument) = argument else {
            return;
        };
        arguments.push(argument);
    }
    if arguments.is_empty() {
        return;
    }
    let Some(closers) = super::closers::after_value(context) else {
        return;
    };
    out.push(Suggestion::construct(
        format!("{}{closers}", arguments.join(", ")),
        IDIOM_CONFIDENCE + 0.06,
    ));
}

/// `http.Error(w, err.Error(), http.` -> the status the failed check names: `StatusBadRequest)` when the request's
/// body or a parameter did not parse, `StatusMethodNotAllowed)` under a check of `r.Method`, `StatusNotFound)` for a
/// lookup that found nothing (`if !ok {`, `if u == nil {`), `StatusInternalServerError)` when encoding the answer
/// or a database call failed. Any other failure's status is left to the developer.
fn error_status(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    // `http.` typed already, or only the argument's place (`http.Error(w, err.Error(), `): then the package too.
    let (before, package) = match context.dot_member() {
        Some(access) if access.receiver == "http" && "Status".starts_with(context.prefix) => {
            let Some(before) = context.before_receiver(&access) else {
                return;
            };
            (before, "")
        }
        None if context.prefix.is_empty() => (context.line_before, "http."),
        _ => return,
    };
    let before = before.trim_start();
    let Some(arguments) = before
        .strip_prefix("http.Error(")
        .and_then(|arguments| arguments.strip_suffix(", "))
    else {
        return;
    };
    // The status is the third argument; after the writer alone comes the message.
    let given = super::statements::split_top_level(arguments).len();
    if given > 2 {
        return;
    }
    let message = if given == 1 {
        if !package.is_empty() {
            "err.Error(), "
        } else {
            return;
        }
    } else {
        ""
    };
    let Some(header) = context.enclosing_lines().next() else {
        return;
    };
    let Some(condition) = header
        .strip_prefix("if ")
        .and_then(|rest| rest.strip_suffix('{'))
        .map(str::trim)
    else {
        return;
    };
    let tested = condition.rsplit(';').next().unwrap_or(condition).trim();
    // `err := json.NewDecoder(r.Body).Decode(&u)` on the line above `if err != nil {`, or in its header.
    let mut above = context.code_lines_above();
    let call_above = match (above.next(), above.next()) {
        (Some(first), Some(second)) if first == header => second,
        _ => "",
    };
    let checked_call = unparsed_on(condition) || unparsed_on(call_above);
    // Encoding the answer or reaching the database: the server's own failure.
    let failed_on_server = [condition, call_above].iter().any(|line| {
        [
            "json.Marshal(",
            ".Execute(",
            ".ExecuteTemplate(",
            ".Query(",
            ".QueryRow(",
            ".Exec(",
        ]
        .iter()
        .any(|call| line.contains(call))
    });
    let status = if condition.contains("r.Method") || condition.contains("req.Method") {
        "StatusMethodNotAllowed"
    } else if tested == "err != nil" && checked_call {
        "StatusBadRequest"
    } else if tested == "!ok" || tested.ends_with(" == nil") && !tested.starts_with("err") {
        "StatusNotFound"
    } else if tested == "err != nil" && failed_on_server {
        "StatusInternalServerError"
    } else {
        return;
    };
    let Some(closers) = super::closers::after_value(context) else {
        return;
    };
    let Some(rest) = status.strip_prefix(context.prefix) else {
        return;
    };
    if !message.is_empty() && tested != "err != nil" {
        return;
    }
    out.push(Suggestion::member(
        format!("{message}{package}{rest}{closers}"),
        0.86,
    ));
}

/// Whether a line parses what a client sent (its body, a form, a number in the path).
fn unparsed_on(line: &str) -> bool {
    [
        "Decode(",
        "Unmarshal(",
        "strconv.",
        "ParseForm(",
        "ParseMultipartForm(",
    ]
    .iter()
    .any(|call| line.contains(call))
}

/// `strconv.Atoi(scanner.` for `scanner := bufio.NewScanner(...)` -> `Text())`: inside an expression a scanner gives
/// the line it read (`Scan()` starts a loop's header).
fn scanned_text(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let in_expression = context.before_receiver(&access).is_some_and(|before| {
        before.trim_end().ends_with(['(', ',']) || before.trim_end().ends_with(":=")
    });
    let scanner = context.code_before_line().lines().any(|line| {
        line.trim_start()
            .strip_prefix(access.receiver)
            .is_some_and(|rest| rest.trim_start().starts_with(":= bufio.NewScanner("))
    });
    if in_expression && scanner {
        let closers = super::closers::after_value(context).unwrap_or_default();
        out.push(Suggestion::member(format!("Text(){closers}"), 0.88));
    }
}

/// `words := strings.Fields(` in `for scanner.Scan() {` -> `scanner.Text())`: inside the loop, the text a
/// `strings` function makes a value from is the line just scanned.
fn scanned_line_argument(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    // A value made from the line (`words := strings.Fields(`); a test (`if strings.Contains(`) is often of a value
    // the loop derived first.
    let Some((target, call)) = typed.rsplit_once("strings.") else {
        return;
    };
    if !(target.ends_with(":= ") || target.ends_with(" = ")) {
        return;
    }
    let first_argument = call
        .strip_suffix('(')
        .is_some_and(|name| is_plain_name(name) && name.starts_with(char::is_uppercase));
    if !first_argument {
        return;
    }
    // Only as the loop's first statement: below it, the line may have been read into a local already.
    let scanner = context.previous_code_line().and_then(|header| {
        header
            .trim_start()
            .strip_prefix("for ")?
            .strip_suffix(".Scan() {")
            .filter(|scanner| is_plain_name(scanner))
    });
    if let Some(scanner) = scanner {
        let closers = open_parentheses(typed).unwrap_or_default();
        out.push(Suggestion::construct(
            format!("{scanner}.Text(){closers}"),
            0.86,
        ));
    }
}

/// `context.WithCancel(` -> `ctx)` in a function given a `ctx`, `context.Background())` elsewhere (`WithTimeout(`
/// -> `ctx, ` with its duration still to come): a derived context hangs under the one at hand, or the root.
fn parent_context(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some((_, derivation)) = typed.rsplit_once("context.") else {
        return;
    };
    let ending = match derivation {
        "WithCancel(" => ")",
        "WithTimeout(" | "WithDeadline(" | "WithValue(" => ", ",
        _ => return,
    };
    let given = enclosing_function(context).is_some_and(|function| {
        function.parameters.iter().any(|parameter| {
            parameter.name == "ctx" && parameter.type_text.contains("context.Context")
        })
    });
    let parent = if given { "ctx" } else { "context.Background()" };
    let closers = if ending == ")" {
        open_parentheses(typed).unwrap_or_default()
    } else {
        ending.to_owned()
    };
    out.push(Suggestion::construct(format!("{parent}{closers}"), 0.86));
}

/// `if err == sql.` (or `errors.Is(err, sql.`) -> `ErrNoRows`: the one error of `database/sql` a caller tells apart,
/// a query that found nothing (`io.` -> `EOF`, the end of what is read).
fn sentinel_compared(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let sentinel = match access.receiver {
        "sql" => "ErrNoRows",
        "io" => "EOF",
        _ => return,
    };
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let compared = context.before_receiver(&access).is_some_and(|before| {
        let before = before.trim_end();
        before.ends_with("err ==")
            || before.ends_with("err !=")
            || before.ends_with("errors.Is(err,")
    });
    if compared {
        let closers = super::closers::after_value(context).unwrap_or_default();
        out.push(Suggestion::member(format!("{sentinel}{closers}"), 0.88));
    }
}

/// `fmt.Sprintf("%s (%d)", u.` in a method of `User` -> `Name, u.Age)`: each verb still to fill takes the one field
/// of its kind not shown yet (`%s` and `%q` a `string`, `%d` an integer, `%f` a float), in order.
fn formatted_fields(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let receiver = access.receiver;
    if !super::lexer::is_plain_name(receiver) {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some((_, call)) = [
        "Sprintf(\"",
        "Printf(\"",
        "Errorf(\"",
        "Fprintf(w, \"",
        "Fprintf(os.Stdout, \"",
    ]
    .iter()
    .find_map(|call| typed.rsplit_once(*call)) else {
        return;
    };
    let Some((format, arguments)) = call.split_once("\", ") else {
        return;
    };
    let verbs: Vec<char> = format
        .split('%')
        .skip(1)
        .filter_map(|after| after.chars().find(|c| c.is_ascii_alphabetic()))
        .collect();
    let given = arguments.matches(", ").count();
    let Some(struct_name) = receiver_type(context, receiver) else {
        return;
    };
    let fields = typed_fields(context.code_before_line(), struct_name);
    let kind_of = |type_text: &str| match type_text {
        "string" => Some('s'),
        "int" | "int64" | "int32" | "uint" | "uint64" | "uint32" => Some('d'),
        "float64" | "float32" => Some('f'),
        _ => None,
    };
    let mut shown: Vec<&str> = Vec::new();
    let mut parts: Vec<String> = Vec::new();
    for verb in verbs.iter().skip(given) {
        let wanted = match verb {
            's' | 'q' => 's',
            'd' => 'd',
            'f' | 'g' => 'f',
            _ => break,
        };
        let matching: Vec<&str> = fields
            .iter()
            .filter(|(name, type_text)| {
                kind_of(type_text) == Some(wanted)
                    && !shown.contains(name)
                    && !typed.contains(&format!("{receiver}.{name}"))
            })
            .map(|(name, _)| *name)
            .collect();
        let [field] = matching.as_slice() else {
            break;
        };
        shown.push(field);
        parts.push((*field).to_owned());
    }
    let Some(first) = parts.first() else {
        return;
    };
    let text = if parts.len() == verbs.len() - given.min(verbs.len()) {
        let rest: Vec<String> = parts
            .iter()
            .skip(1)
            .map(|field| format!(", {receiver}.{field}"))
            .collect();
        let closers = super::closers::after_value(context).unwrap_or_default();
        format!("{first}{}{closers}", rest.concat())
    } else {
        first.clone()
    };
    out.push(Suggestion::member(text, 0.86));
}

/// The struct a Go function's receiver or parameter named `name` has (`func (u *User)`, `u User`).
fn receiver_type<'a>(context: &Context<'a>, name: &str) -> Option<&'a str> {
    let header = context
        .code_before_line()
        .lines()
        .rev()
        .find(|line| line.starts_with("func "))?;
    let (_, declared) = header.split_once(&format!("{name} "))?;
    let type_name = declared.trim_start_matches('*');
    let end = type_name
        .find(|c: char| !is_identifier_char(c))
        .unwrap_or(type_name.len());
    let type_name = &type_name[..end];
    (!type_name.is_empty()).then_some(type_name)
}

/// The fields of `type <name> struct {` with their types, in order.
fn typed_fields<'a>(code: &'a str, name: &str) -> Vec<(&'a str, &'a str)> {
    let header = format!("type {name} struct {{");
    let mut lines = code.lines().map(str::trim);
    if lines.find(|line| *line == header).is_none() {
        return Vec::new();
    }
    lines
        .take_while(|line| !line.starts_with('}'))
        .filter_map(|line| {
            let line = line.split("//").next().unwrap_or(line);
            let mut words = line.split_whitespace();
            let field = words.next()?;
            let type_text = words.next()?;
            super::lexer::is_plain_name(field).then_some((field, type_text))
        })
        .collect()
}

/// `if err := json.Unmarshal(body, &v); err != ` -> `nil {`: an error is only ever compared with `nil` in an
/// `if` header (a sentinel is matched with `errors.Is`).
fn error_compared(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let header = typed.starts_with("if ") || typed.starts_with("} else if ");
    let compared = typed
        .strip_suffix("err != ")
        .or_else(|| typed.strip_suffix("err == "))
        .is_some_and(|head| head.ends_with(' ') || head.ends_with('('));
    if header && compared {
        out.push(Suggestion::construct("nil {", 0.88));
    }
}

/// `queue = queue` right after `cur := queue[0]` -> `[1:]`: the front just read is dropped from the slice (a
/// breadth-first search's queue, a stack read from its bottom).
fn queue_popped(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let (slice, rest) = match typed.strip_suffix('[') {
        Some(head) => (head, "1:]"),
        None => (typed, "[1:]"),
    };
    let Some((target, value)) = slice.split_once(" = ") else {
        return;
    };
    if target != value || !super::lexer::is_plain_name(target) {
        return;
    }
    let front_read = context.previous_code_line().is_some_and(|line| {
        line.trim()
            .split_once(" := ")
            .is_some_and(|(_, read)| read == format!("{target}[0]"))
    });
    if front_read {
        out.push(Suggestion::construct(rest, 0.88));
    }
}

/// `func (m *Msg) Marshal() ([]byte, e` -> `rror`, `func Open(name string) (f *File, err e` -> `rror`,
/// `func (c *Conn) Close() e` -> `rror`: a result typed from `e` is `error` (a result is never named twice, so
/// not the `err` the names rule would finish).
fn error_result(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let prefix = context.prefix;
    let Some(rest) = "error".strip_prefix(prefix) else {
        return;
    };
    if prefix.is_empty() || rest.is_empty() || context.member.is_some() {
        return;
    }
    let line = context.line_before;
    if !line.starts_with("func ") {
        return;
    }
    let before = context.before_prefix();
    let in_results = match innermost_unclosed(before, '(', ')') {
        // `) (` opens the results; the parameters' `(` follows the name.
        Some(open) => {
            before.get(..open).unwrap_or("").trim_end().ends_with(')')
                && before
                    .get(open + 1..)
                    .unwrap_or("")
                    .rsplit(',')
                    .next()
                    .is_some_and(|result| {
                        let words: Vec<&str> = result.split_whitespace().collect();
                        // `e` unnamed, or `err e` named: one plain name before the type at most.
                        words.len() <= 1
                            && words
                                .iter()
                                .all(|word| word.chars().all(is_identifier_char))
                    })
        }
        // `func (c *Conn) Close() e`: the one unnamed result after the parameters.
        None => before.trim_end().ends_with(')') && before.ends_with(' '),
    };
    if !in_results {
        return;
    }
    for suggestion in out.iter_mut() {
        if suggestion.text != rest {
            suggestion.confidence = suggestion.confidence.min(UNRIVALLED_KEYWORD - 0.1);
        }
    }
    out.push(Suggestion::of_kind(rest, IDIOM_CONFIDENCE, "keyword"));
}

/// `re` -> `turn `, `v` -> `ar ` at a statement's start in a function's body, when no name of the code begins so:
/// the statement Go writes most with those letters.
fn statement_keyword(context: &Context<'_>, out: &mut [Suggestion]) {
    let prefix = context.prefix;
    let keyword = if prefix.len() >= 2 && "return".starts_with(prefix) {
        "return"
    } else if prefix == "v" || prefix == "va" {
        "var"
    } else {
        return;
    };
    raise_unrivalled_keyword(context, out, keyword, IDIOM_CONFIDENCE);
}
