//! Everyday Python of a course's exercises, each answered where one text is what nearly everyone writes next:
//! `evens = [n for n in nums if ` -> `n % 2 == 0]`, `print(line.` in a loop over a file's lines -> `strip())`, a
//! CSV writer's `writer.` -> `writerow()`, `__iter__`'s `return ` -> `self` (`return iter(` -> `self.items)`),
//! `s[0].upper() + s[` -> `1:]`, a nested comprehension's inner `for x in ` -> `sub]`, `return list(` in
//! `remove_duplicates(items)` -> `set(items))`, `name = input(` -> `"Enter your name: ")`, `n = int(` -> the input
//! read just above, `random.choice(` -> the one list, `roll = random.randint(` -> `1, 6)` (a secret number's
//! `1, 100)`), `add = lambda a, b: ` -> `a + b`, `math.pi * r ` -> `** 2` (`__eq__`'s comparisons are `equality`'s), a
//! property's `return ` -> its private field, `@` in an `ABC` -> `abstractmethod`, and
//! `Node(` -> the enclosing function's parameters its `__init__` names, a comprehension's `for x in ` -> the list
//! just made, `sort(reverse=` -> `True)`, `json.dump(data, f, indent=` -> `4)`, and `counts = defaultdict(` ->
//! `int)` (`groups = defaultdict(` -> `list)`), a count's `else:` -> `counts[ch] = 1`, and `if os.path.exists(` ->
//! the path named last (`path):`), `mkdir(parents=True, ` -> `exist_ok=True)`, `encoding=` in a file's `open(` ->
//! `"utf-8"`, and `return {"item_id": ` -> the parameter the key names. Beyond exercises, what a module's own
//! shape says: `c` at the margin -> `class ` (`d` -> `def `, `f`/`i` -> `from `/`import ` before the first
//! definition), `s` opening a method's statement -> `self`, a method's first `return ` -> the module its sibling
//! above answered through (`codecs`), its first line -> `return ` when the sibling's was one, and `def encode(self, `
//! -> the parameter an `encode` defined above took there.

use super::Suggestion;
use super::algorithms::deduplicated_parameter;
use super::cursor::{Context, indentation};
use super::idioms::open_parentheses;
use super::lexer::{is_plain_name, leading_identifier};
use super::statements::{declaration_of, enclosing_function, split_top_level};

/// `if os.path.exists(` -> `path):`: a path test or open takes the path the code named last (a parameter or an
/// assignment above whose name says it is one: `path`, `filename`, `config_file`, `out_dir`).
fn path_argument(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const PATH_CALLS: &[&str] = &[
        "os.path.exists(",
        "os.path.isfile(",
        "os.path.isdir(",
        "os.path.getsize(",
        "os.remove(",
        "os.makedirs(",
        "os.listdir(",
    ];
    let statement = context.line_before.trim_start();
    let Some(call) = PATH_CALLS.iter().find(|call| statement.ends_with(**call)) else {
        return;
    };
    let head = &statement[..statement.len() - call.len()];
    let names_path = |name: &str| {
        let name = name.to_ascii_lowercase();
        ["path", "file", "filename", "dir", "directory", "folder"]
            .iter()
            .any(|ending| name == *ending || name.ends_with(&format!("_{ending}")))
    };
    let parameters = enclosing_function(context)
        .map(|function| function.parameter_names().collect::<Vec<_>>())
        .unwrap_or_default();
    let assigned = context
        .code_before_line()
        .lines()
        .rev()
        .take(40)
        .find_map(|line| {
            // An assignment counts when its value is a path too (a string, a join, a `Path`), not a flag
            // (`need_dir = True`).
            let (name, value) = line.trim_start().split_once(" = ")?;
            let path_value = value.starts_with(['"', '\''])
                || [
                    "os.path.join(",
                    "Path(",
                    "os.path.abspath(",
                    "os.path.expanduser(",
                ]
                .iter()
                .any(|call| value.starts_with(call));
            // The path just joined is the one tested next, whatever its name (`candidate =
            // os.path.join(directory, name)` then `if os.path.isfile(candidate):`).
            let joined = ["os.path.join(", "Path("]
                .iter()
                .any(|call| value.starts_with(call));
            (is_plain_name(name) && (names_path(name) || joined) && path_value).then_some(name)
        });
    let Some(path) =
        assigned.or_else(|| parameters.into_iter().rev().find(|name| names_path(name)))
    else {
        return;
    };
    // A test heads a block (`if os.path.exists(path):`); other calls end their statement.
    let ending = if ["if ", "elif ", "while ", "if not "].contains(&head) {
        "):"
    } else if head.is_empty() || head.ends_with("= ") {
        ")"
    } else {
        return;
    };
    out.push(Suggestion::construct(format!("{path}{ending}"), 0.86));
}

/// `os.rmdir(self.` -> `tmpdir)`: a call that takes a directory takes the one attribute the class named for a
/// directory (`self.tmpdir = tempfile.mkdtemp()`), not the file path it used most (`os.remove(self.path)` above).
fn directory_attribute(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const DIRECTORY_CALLS: &[&str] = &[
        "os.rmdir(",
        "os.removedirs(",
        "os.chdir(",
        "os.listdir(",
        "os.scandir(",
        "shutil.rmtree(",
    ];
    let Some(access) = context.dot_member() else {
        return;
    };
    if access.receiver != "self"
        || !context
            .before_receiver(&access)
            .is_some_and(|before| DIRECTORY_CALLS.iter().any(|call| before.ends_with(call)))
    {
        return;
    }
    let names_directory = |name: &str| {
        let name = name.to_ascii_lowercase();
        ["dir", "directory", "folder"]
            .iter()
            .any(|ending| name.ends_with(ending))
    };
    let mut found: Option<&str> = None;
    for line in context.code_before_line().lines().rev().take(200) {
        let Some((target, _)) = line.trim_start().split_once(" = ") else {
            continue;
        };
        let Some(name) = target.strip_prefix("self.") else {
            continue;
        };
        if !is_plain_name(name) || !names_directory(name) {
            continue;
        }
        match found {
            Some(other) if other != name => return,
            _ => found = Some(name),
        }
    }
    let Some(rest) = found.and_then(|name| name.strip_prefix(context.prefix)) else {
        return;
    };
    if !rest.is_empty() {
        out.push(Suggestion::member(format!("{rest})"), 0.9));
    }
}

/// Runs every rule of this module.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    defaultdict_factory(context, out);
    call_keyword(context, out);
    directory_attribute(context, out);
    keyword_at_margin(context, out);
    receiver_starting_statement(context, out);
    parameter_of_namesake(context, out);
    ordering_key(context, out);
    text_method_by_name(context, out);
    path_tested(context, out);
    other_field_in_expression(context, out);
    next_figure_step(context, out);
    if !context.prefix.is_empty() {
        return;
    }
    filter_by_result(context, out);
    comprehension_by_name(context, out);
    dictionary_by_name(context, out);
    whole_file_returned(context, out);
    sibling_return_receiver(context, out);
    sibling_returns_at_once(context, out);
    path_argument(context, out);
    stripped_line(context, out);
    csv_row(context, out);
    iterator_itself(context, out);
    iterator_of_list(context, out);
    rest_after_capital(context, out);
    inner_iterable(context, out);
    without_duplicates(context, out);
    awaited_json(context, out);
    csv_header(context, out);
    joined_list(context, out);
    input_prompt(context, out);
    converted_input(context, out);
    random_choice(context, out);
    random_range(context, out);
    named_lambda(context, out);
    squared_radius(context, out);
    property_value(context, out);
    abstract_method(context, out);
    imported_decorator(context, out);
    enum_base(context, out);
    closure_counter(context, out);
    inner_function_returned(context, out);
    constructor_arguments(context, out);
    comprehension_source(context, out);
    path_keywords(context, out);
    entry_named_for_parameter(context, out);
    lambda_source(context, out);
    keyword_value(context, out);
    first_count(context, out);
    vowel_test(context, out);
    generator_and_wrapper_steps(context, out);
    counted_collection(context, out);
    remaining_comparison_branch(context, out);
    matched_text(context, out);
}

/// `return self.width * self.` -> `height`: in an expression of a class of two fields (a dataclass's annotations
/// or what `__init__` assigns), the one not read yet; of one field, that field.
fn other_field_in_expression(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(before) = super::first_lines::operand_before(context, "self") else {
        return;
    };
    let before_line = context.code_before_line();
    let Some(class) = before_line
        .rfind("\nclass ")
        .and_then(|start| before_line.get(start + 1..))
    else {
        return;
    };
    let member_depth = class
        .lines()
        .skip(1)
        .find(|line| !line.trim().is_empty())
        .map(super::cursor::indentation);
    let mut fields: Vec<&str> = Vec::new();
    for line in class.lines().skip(1) {
        let trimmed = line.trim();
        // `width: float` at the class's level (a dataclass's field).
        if Some(super::cursor::indentation(line)) == member_depth
            && let Some((name, _)) = trimmed.split_once(':')
            && is_plain_name(name.trim())
            && !trimmed.starts_with("def ")
        {
            fields.push(name.trim());
        }
        // `self.width = width` in a method.
        if let Some((name, _)) = trimmed
            .strip_prefix("self.")
            .and_then(|rest| rest.split_once(" = "))
            .filter(|(name, _)| is_plain_name(name))
        {
            fields.push(name);
        }
    }
    let read = |field: &str| super::lexer::contains_word(before, &format!("self.{field}"));
    if let Some(rest) = super::first_lines::field_not_read(&fields, read)
        .and_then(|field| field.strip_prefix(context.prefix))
        .filter(|rest| !rest.is_empty())
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// `if path.` on a `Path(...)` the code made -> `exists():`: what a condition asks of a path first.
fn path_tested(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let Some(rest) = "exists():".strip_prefix(context.prefix) else {
        return;
    };
    let condition = context
        .before_receiver(&access)
        .is_some_and(|before| matches!(before.trim(), "if" | "if not" | "elif" | "elif not"));
    if !condition {
        return;
    }
    let made_path = declaration_of(context, access.receiver).is_some_and(|value| {
        let value = value.trim_start();
        value.starts_with("Path(") || value.starts_with("pathlib.Path(")
    });
    if condition && made_path && context.at_line_end() {
        out.push(Suggestion::member(rest, 0.88));
    }
}

/// The statements a generator, a context manager and a decorator are made of, on a blank line: `yield a` as the
/// first line of `while True:` in a Fibonacci generator (`a, b = 0, 1` above), `yield` as the first line of the
/// `try:` of a `@contextmanager`, `return func(*args, **kwargs)` in a wrapper that has not called `func` yet (the
/// `result` it kept from that call once it has), and
/// `return wrapper` back at the decorator's depth once the wrapper is written.
fn generator_and_wrapper_steps(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if !typed.is_empty() && typed != "return " {
        return;
    }
    // Every test reads the headers around the line and a few lines above, never the whole file: this runs on
    // every blank line.
    let mut headers = context.enclosing_lines();
    let header = headers.next().unwrap_or("");
    let previous = context.previous_code_line().map_or("", str::trim);
    if typed.is_empty() && header == "while True:" && previous == header {
        let fibonacci = headers
            .next()
            .and_then(|line| line.strip_prefix("def "))
            .is_some_and(|name| name.to_ascii_lowercase().starts_with("fib"))
            && context
                .code_lines_above()
                .take(3)
                .any(|line| line == "a, b = 0, 1");
        if fibonacci {
            out.push(Suggestion::construct("yield a", 0.86));
        }
        return;
    }
    if typed.is_empty() && header == "try:" && previous == header {
        let manager = context
            .code_lines_above()
            .take(8)
            .any(|line| line == "@contextmanager" || line == "@contextlib.contextmanager");
        if manager {
            out.push(Suggestion::construct("yield", 0.86));
        }
        return;
    }
    // A fixture (or a context manager) that opens a resource hands it over inside the `with`: `yield client`.
    if typed.is_empty()
        && previous == header
        && let Some(resource) = header
            .strip_prefix("with ")
            .and_then(|rest| rest.strip_suffix(':'))
            .and_then(|rest| rest.rsplit_once(" as "))
            .map(|(_, name)| name.trim())
            .filter(|name| is_plain_name(name))
    {
        let function = headers.find(|line| line.starts_with("def "));
        let yielding = function.is_some_and(|function| {
            context
                .code_lines_above()
                .skip_while(|line| *line != function)
                .nth(1)
                .is_some_and(|decorator| {
                    matches!(
                        decorator.split('(').next().unwrap_or(decorator),
                        "@pytest.fixture"
                            | "@fixture"
                            | "@contextmanager"
                            | "@contextlib.contextmanager"
                    )
                })
        });
        if yielding {
            out.push(Suggestion::construct(format!("yield {resource}"), 0.86));
        }
        return;
    }
    // A decorator's header, `def log_calls(func):`: its one parameter is the function wrapped.
    let wrapped_by = |line: &'_ str| -> Option<String> {
        let (_, parameters) = line.strip_prefix("def ")?.split_once('(')?;
        let parameter = parameters.strip_suffix("):")?;
        is_plain_name(parameter).then(|| parameter.to_owned())
    };
    if typed == "return " && header.starts_with("def ") && header.ends_with("(*args, **kwargs):") {
        let Some(wrapped) = headers.next().and_then(wrapped_by) else {
            return;
        };
        // Not once the wrapper called it (`result = func(*args, **kwargs)`: the result is returned then).
        let called = context
            .code_lines_above()
            .take(30)
            .take_while(|line| *line != header)
            .any(|line| line.contains(&format!("{wrapped}(")));
        if !called {
            out.push(Suggestion::construct(
                format!("{wrapped}(*args, **kwargs)"),
                0.86,
            ));
        } else if let Some((result, _)) = previous.split_once(" = ").filter(|(result, call)| {
            is_plain_name(result) && call.starts_with(&format!("{wrapped}("))
        }) {
            // The wrapped call's result, kept on the line above, is what the wrapper hands back.
            out.push(Suggestion::construct(result, 0.86));
        }
        return;
    }
    // Back at the decorator's depth, right below its wrapper (`def wrapper(*args, **kwargs):` in a function given
    // the one it wraps): the wrapper is what it returns. A nested helper elsewhere is followed by the code that
    // uses it.
    if typed.is_empty() && wrapped_by(header).is_some() {
        let width = indentation(context.line_before);
        let mut body = context
            .code_before_line()
            .lines()
            .rev()
            .filter(|line| !line.trim().is_empty())
            .take(40)
            .take_while(|line| line.trim() != header);
        let nested_just_above = body.next().is_some_and(|line| indentation(line) > width);
        let inner = body.find_map(|line| {
            let rest = line
                .strip_prefix(&" ".repeat(width))?
                .strip_prefix("def ")?;
            let (name, parameters) = rest.split_once('(')?;
            (is_plain_name(name) && parameters.starts_with("*args")).then_some(name)
        });
        if let Some(inner) = inner
            && nested_just_above
        {
            out.push(Suggestion::construct(format!("return {inner}"), 0.86));
        }
    }
}

/// `counts = Counter(` right under the line that made a list (`words = text.split()`) -> `words)`: what is
/// counted is what was just made for it.
fn counted_collection(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if !typed.ends_with("Counter(") || !context.at_line_end() {
        return;
    }
    let Some(call) = typed.strip_suffix("Counter(") else {
        return;
    };
    if !(call.is_empty() || call.ends_with(" = ") || call.ends_with("collections.")) {
        return;
    }
    let made = context.previous_code_line().and_then(|line| {
        let (target, value) = line.trim().split_once(" = ")?;
        let list = value.ends_with(".split()")
            || value.starts_with('[')
            || value.starts_with("list(")
            || value.ends_with(".readlines()");
        (is_plain_name(target) && list).then_some(target)
    });
    if let Some(made) = made
        && let Some(closers) = open_parentheses(typed)
    {
        out.push(Suggestion::construct(format!("{made}{closers}"), 0.86));
    }
}

/// Back at the depth of `if guess < secret:` ... `elif guess > secret:`, on a blank line -> `else:`: with less
/// and more tested, the branch left is the equal one.
fn remaining_comparison_branch(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.on_blank_line_start() {
        return;
    }
    let width = indentation(context.line_before);
    let mut at_depth = context
        .code_before_line()
        .lines()
        .rev()
        .filter(|line| !line.trim().is_empty())
        .take(20)
        .filter(|line| indentation(line) <= width);
    let (Some(elif), Some(first)) = (at_depth.next(), at_depth.next()) else {
        return;
    };
    if indentation(elif) != width || indentation(first) != width {
        return;
    }
    let test = |line: &'_ str, keyword: &str| -> Option<(String, String, String)> {
        let condition = line.trim().strip_prefix(keyword)?.strip_suffix(':')?;
        let mut parts = condition.split_whitespace();
        let (left, operator, right) = (parts.next()?, parts.next()?, parts.next()?);
        (parts.next().is_none() && is_plain_name(left) && is_plain_name(right))
            .then(|| (left.to_owned(), operator.to_owned(), right.to_owned()))
    };
    let (Some(later), Some(earlier)) = (test(elif, "elif "), test(first, "if ")) else {
        return;
    };
    let opposite = matches!(
        (earlier.1.as_str(), later.1.as_str()),
        ("<", ">") | (">", "<")
    );
    if opposite && earlier.0 == later.0 && earlier.2 == later.2 {
        out.push(Suggestion::construct("else:", 0.86));
    }
}

/// The text method a function's name says (`def count_words(path):` ... `len(text.` -> `split())`,
/// `reverse_words` -> `split()`, `def capitalize_words(text):` ... `w.` -> `capitalize()`, `to_upper` -> `upper()`):
/// the name tells what is done to the text.
fn text_method_by_name(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const NAMED_METHODS: &[&str] = &["capitalize", "upper", "lower", "title", "swapcase"];
    let Some(access) = context.dot_member() else {
        return;
    };
    if !is_plain_name(access.receiver) || !context.at_line_end() {
        return;
    }
    // The cheap tests first: where the text's method is taken (finding the function reads the window).
    let Some(before) = context.before_receiver(&access).map(str::trim_end) else {
        return;
    };
    if !["len(", "reversed(", " in", "join(", "return", "="]
        .iter()
        .any(|place| before.ends_with(place))
    {
        return;
    }
    let Some(function) = super::statements::enclosing_function(context) else {
        return;
    };
    let name = function.name.to_ascii_lowercase();
    // A name about text (`capitalize_words`, `to_upper`, `title_case`), not `lower_bound`.
    let about_text = ["word", "text", "str", "sentence", "case", "letter", "name"]
        .iter()
        .any(|word| name.contains(word))
        || name.starts_with("to_")
        || name.starts_with("capitalize");
    let method = if let Some(method) = NAMED_METHODS
        .iter()
        .find(|method| name.contains(*method))
        .filter(|_| about_text)
    {
        *method
    } else if name.contains("word")
        && (before.ends_with("len(") || before.ends_with("reversed(") || before.ends_with(" in"))
        && matches!(
            access.receiver,
            "text" | "s" | "sentence" | "line" | "string" | "content" | "data" | "phrase"
        )
    {
        "split"
    } else {
        return;
    };
    let Some(rest) = method.strip_prefix(context.prefix) else {
        return;
    };
    let closers = if before.ends_with('(') {
        super::closers::after_value(context).unwrap_or_default()
    } else if before.ends_with(" in") {
        ":".to_owned()
    } else {
        String::new()
    };
    // In a generator or a comprehension (`" ".join(w.`), the loop that names the element follows.
    let closers = if before.ends_with("join(") {
        String::new()
    } else {
        closers
    };
    out.push(Suggestion::member(format!("{rest}(){closers}"), 0.86));
}

/// The key a ranking call orders by, where its collection says it: `sorted(counts.items(), key=lambda ` ->
/// `x: x[1])` (a dictionary's pairs by their value), `max(counts, key=` -> `counts.get)` (a dictionary's key with
/// the largest value), `max(words, key=` -> `len)` (the longest of strings).
fn ordering_key(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const RANKING_CALLS: &[&str] = &["sorted(", "max(", "min("];
    // `key=le` -> `n)`: the key's first letters may be typed already (not those of a `lambda`).
    let typed_key = context.prefix;
    if !typed_key.is_empty() && "lambda".starts_with(typed_key) {
        return;
    }
    let Some(typed) = context.line_before.trim_start().strip_suffix(typed_key) else {
        return;
    };
    let (head, by_lambda) = match typed.strip_suffix(", key=lambda ") {
        Some(head) => (head, true),
        None => match typed.strip_suffix(", key=") {
            Some(head) => (head, false),
            None => return,
        },
    };
    let Some((call_at, call)) = RANKING_CALLS
        .iter()
        .filter_map(|call| head.rfind(call).map(|at| (at, *call)))
        .max()
    else {
        return;
    };
    if call_at > 0
        && head[..call_at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '.')
    {
        return;
    }
    let collection = head[call_at + call.len()..].trim();
    let Some(closers) = open_parentheses(typed) else {
        return;
    };
    let key = if let Some(pairs_of) = collection.strip_suffix(".items()") {
        if !by_lambda || !is_plain_name(pairs_of) {
            return;
        }
        "x: x[1]".to_owned()
    } else if by_lambda || !is_plain_name(collection) {
        return;
    } else if super::python::declared_dictionary(context, collection) {
        format!("{collection}.get")
    } else if holds_strings(context, collection) {
        "len".to_owned()
    } else {
        return;
    };
    let Some(rest) = key.strip_prefix(typed_key) else {
        return;
    };
    out.push(Suggestion::construct(format!("{rest}{closers}"), 0.82));
}

/// `plt.` opening a statement once something is plotted -> the figure's next usual step: its labels, its title, a
/// legend when the plots were labelled, then `show()`, each after the last one written since the figure began. An
/// axes of `plt.subplots()` goes the same way with its setters (`ax.set_` after `ax.set_xlabel(...)` -> `ylabel()`).
fn next_figure_step(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const PLOTS: &[&str] = &[
        "plot(", "scatter(", "bar(", "barh(", "hist(", "pie(", "imshow(", "boxplot(",
    ];
    let Some(access) = context.dot_member() else {
        return;
    };
    if access.separator != "." || !context.member_starts_statement(&access) {
        return;
    }
    let pyplot_imported = context.code.contains("import matplotlib.pyplot as plt");
    let axes = access.receiver != "plt"
        && access.receiver.starts_with("ax")
        && is_plain_name(access.receiver)
        && context.code.contains("plt.subplots(");
    if !pyplot_imported || access.receiver != "plt" && !axes {
        return;
    }
    let steps: &[&str] = if axes {
        &["set_xlabel", "set_ylabel", "set_title", "legend"]
    } else {
        &["xlabel", "ylabel", "title", "legend", "show"]
    };
    let receiver_dot = format!("{}.", access.receiver);
    let mut plotted = false;
    let mut labelled = false;
    let mut done: Vec<&str> = Vec::new();
    for line in context.code_lines_above().take(60) {
        let Some(call) = line.strip_prefix(receiver_dot.as_str()) else {
            if line.starts_with("def ") || line.starts_with("class ") {
                break;
            }
            continue;
        };
        if call.starts_with("show(") || call.starts_with("figure(") || call.starts_with("subplots(")
        {
            break;
        }
        if PLOTS.iter().any(|plot| call.starts_with(plot)) {
            plotted = true;
            labelled |= call.contains("label=");
        }
        done.push(leading_identifier(call));
    }
    if !plotted {
        return;
    }
    // The steps go forward: the one after the last step written, a legend only for labelled plots.
    let after = steps
        .iter()
        .rposition(|step| done.contains(step))
        .map_or(0, |last| last + 1);
    let Some(next) = steps
        .iter()
        .skip(after)
        .skip_while(|step| after == 0 && **step != "legend")
        .find(|step| **step != "legend" || labelled)
    else {
        return;
    };
    // A begun member (`ax.set_`) is also what the earlier calls' names complete: the step, not the copy, leads.
    let confidence = if context.prefix.is_empty() {
        0.86
    } else {
        0.92
    };
    if let Some(rest) = format!("{next}()").strip_prefix(context.prefix) {
        out.push(Suggestion::member(rest.to_owned(), confidence));
    }
}

/// `name = m.` where `m = re.search(...)` -> `group(1)` when the pattern captures a group, else `group()`: a match is
/// read for the text it found, also to convert it (`int(match.` -> `group())`).
fn matched_text(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if access.separator != "." || !is_plain_name(access.receiver) {
        return;
    }
    if !super::python::declared_match(context, access.receiver) {
        return;
    }
    let Some(value) = declaration_of(context, access.receiver) else {
        return;
    };
    let typed = context.line_before.trim_start();
    let Some(before) = context.before_receiver(&access) else {
        return;
    };
    let before = before.trim();
    let assigned = before.ends_with('=') && !before.ends_with("==");
    // Converted, the match is its text; printed, it may as well be its span or its groups.
    let converted = before
        .strip_suffix('(')
        .map(|head| &head[super::lexer::trailing_identifier_start(head)..])
        .is_some_and(|call| matches!(call, "int" | "float"));
    if !assigned && !converted {
        return;
    }
    let closers = open_parentheses(typed).unwrap_or_default();
    // The pattern's first argument: a group that is not `(?:`, `(?P<`... captures.
    let pattern = value.split_once(", ").map_or(value, |(pattern, _)| pattern);
    let captures = pattern
        .match_indices('(')
        .skip(1)
        .any(|(at, _)| !pattern[at..].starts_with("(?") && !pattern[..at].ends_with('\\'));
    let group = if captures { "group(1)" } else { "group()" };
    out.push(Suggestion::member(format!("{group}{closers}"), 0.88));
}

/// Whether `name` holds strings: a list of string literals, a `split()`, or a plural name that says so (`words`,
/// `names`, `lines`, `strings`).
fn holds_strings(context: &Context<'_>, name: &str) -> bool {
    let by_name = matches!(name, "words" | "names" | "lines" | "strings" | "sentences");
    let declared = declaration_of(context, name).is_some_and(|value| {
        let value = value.trim();
        (value.starts_with("[\"") || value.starts_with("['")) || value.contains(".split(")
    });
    by_name || declared
}

/// `if ch in ` in a function counting or removing vowels of a lowered text -> `"aeiou":`, the one string such a
/// test names.
fn vowel_test(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(tested) = typed
        .strip_prefix("if ")
        .and_then(|rest| rest.strip_suffix(" in "))
    else {
        return;
    };
    let Some(function) = super::statements::enclosing_function(context) else {
        return;
    };
    let about_vowels = function.name.to_ascii_lowercase().contains("vowel");
    // A `vowels` collection of the code's own is the identifier rules' answer.
    if !is_plain_name(tested) || !about_vowels || context.code.contains("vowels =") {
        return;
    }
    let body = context
        .code_before_line()
        .rsplit_once(&format!("def {}", function.name))
        .map_or("", |(_, body)| body);
    // Unlowered text is tested against both cases or either, as often one as the other: nothing is sure then.
    if body.contains(".lower()") {
        out.push(Suggestion::construct("\"aeiou\":", 0.85));
    }
}

/// `c` at the left margin -> `class `, `d` -> `def `, and before the first definition `f` -> `from `, `i` ->
/// `import `: a module's top level is imports, then classes and functions (on the standard library the word
/// typed there was the keyword 43 times in 45). A name of the module's own begun alike at the margin above
/// (`def_op(` ... `de`) is what is repeated instead.
fn keyword_at_margin(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let prefix = context.prefix;
    if prefix.is_empty() || context.line_before != prefix {
        return;
    }
    let above = context.code_before_line();
    let mut defined = false;
    for line in above.lines() {
        let first = leading_identifier(line);
        if matches!(
            first,
            "def" | "class" | "async" | "if" | "for" | "while" | "try" | "with"
        ) {
            defined = true;
        } else if first.starts_with(prefix) && !matches!(first, "from" | "import") {
            return;
        }
    }
    let keywords: &[&str] = if defined {
        &["class", "def"]
    } else {
        &["class", "def", "from", "import"]
    };
    if let Some(rest) = keywords
        .iter()
        .find_map(|keyword| keyword.strip_prefix(prefix).filter(|rest| !rest.is_empty()))
    {
        out.push(Suggestion::of_kind(format!("{rest} "), 0.8, "keyword"));
    }
}

/// `s` alone on a line of a method -> `self`: a method's statements mostly begin with its receiver (on the standard
/// library 30 times in 32 where `s` began a method's statement).
fn receiver_starting_statement(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let prefix = context.prefix;
    if prefix.is_empty()
        || context.line_before.trim_start() != prefix
        || indentation(context.line_before) == 0
    {
        return;
    }
    // The nearest `def` around the line; `self` and `cls` are not among a header's parameters, so its text is read.
    let Some(receiver) = context
        .enclosing_lines()
        .find_map(|line| {
            line.strip_prefix("async ")
                .unwrap_or(line)
                .strip_prefix("def ")
        })
        .and_then(|header| header.split_once('('))
        .map(|(_, parameters)| leading_identifier(parameters))
        .filter(|name| matches!(*name, "self" | "cls"))
    else {
        return;
    };
    if let Some(rest) = receiver
        .strip_prefix(prefix)
        .filter(|rest| !rest.is_empty())
    {
        out.push(Suggestion::of_kind(rest, 0.75, "identifier"));
    }
}

/// `def decode(self, input):` then `return ` -> `codecs`, when the method above began with `return
/// codecs.charmap_encode(...)`: methods side by side (a codec's encode and decode, a family of getters) answer
/// through the same module or object (on the standard library right 31 times in 33). The receiver `self` says
/// too little (`return self.int` above a property computed from it), a parameter is each method's own input,
/// and a sibling's call (`return quopri_encode(`) names the sibling itself: none of these is offered.
fn sibling_return_receiver(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "return " {
        return;
    }
    let Some((header, first)) = sibling_first_statement(context) else {
        return;
    };
    let Some(value) = first.strip_prefix("return ") else {
        return;
    };
    let receiver = leading_identifier(value);
    // A parameter is the function's own input, not what the family of methods answers through.
    let parameter = header.split_once('(').is_some_and(|(_, parameters)| {
        parameters
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .any(|word| word == receiver)
    });
    if !receiver.is_empty()
        && receiver != "self"
        && !parameter
        && value
            .get(receiver.len()..)
            .is_some_and(|rest| rest.starts_with('.'))
    {
        out.push(Suggestion::construct(receiver, 0.8));
    }
}

/// A method's first statement, on the line right under its header, -> `return ` when the method defined just
/// above it began with `return` too: getters, predicates and conversions come in families of one-line bodies
/// (on the standard library right 10 times in 11).
fn sibling_returns_at_once(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.on_blank_line_start() {
        return;
    }
    if let Some((_, first)) = sibling_first_statement(context)
        && first.starts_with("return ")
    {
        out.push(Suggestion::construct("return ", 0.8));
    }
}

/// When the cursor's line is the first of a function's body (the line above is its header): that header, and the
/// first statement, trimmed, of the function defined just above it at the same indentation (its sibling).
fn sibling_first_statement<'a>(context: &Context<'a>) -> Option<(&'a str, &'a str)> {
    /// How many lines above the header are read for the sibling.
    const LINES: usize = 200;
    let is_code = |line: &&str| {
        let trimmed = line.trim();
        !trimmed.is_empty() && !trimmed.starts_with('#')
    };
    let is_header = |line: &str| {
        let trimmed = line.trim();
        (trimmed.starts_with("def ") || trimmed.starts_with("async def ")) && trimmed.ends_with(':')
    };
    let mut lines = context.code_before_line().lines().rev().filter(is_code);
    let header = lines.next().filter(|line| is_header(line))?;
    let width = indentation(header);
    // The body's line is indented under the header.
    if indentation(context.line_before) <= width {
        return None;
    }
    let mut below: Option<&str> = None;
    for line in lines.take(LINES) {
        let depth = indentation(line);
        if depth < width {
            return None;
        }
        if depth == width && is_header(line) {
            return below
                .filter(|first| indentation(first) > width)
                .map(|first| (header, first.trim()));
        }
        below = Some(line);
    }
    None
}

/// `def encode(self, ` -> `input` when an `encode` defined above (another class's, the same protocol's) took
/// `input` there: a method of the same name overrides or mirrors the other and keeps its parameters (on the
/// standard library right 31 times in 35 where the position was still empty).
fn parameter_of_namesake(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let typed = typed.strip_prefix("async ").unwrap_or(typed);
    let Some((name, parameters)) = typed
        .strip_prefix("def ")
        .and_then(|rest| rest.split_once('('))
    else {
        return;
    };
    if !is_plain_name(name) || !(parameters.is_empty() || parameters.ends_with(", ")) {
        return;
    }
    let position = split_top_level(parameters).len().saturating_sub(1);
    let opening = format!("def {name}(");
    for line in context.code_before_line().lines().rev() {
        let Some(rest) = line
            .trim_start()
            .strip_prefix("async ")
            .unwrap_or(line.trim_start())
            .strip_prefix(opening.as_str())
        else {
            continue;
        };
        let mut depth = 0usize;
        let end = rest
            .char_indices()
            .find(|&(_, c)| match c {
                '(' | '[' | '{' => {
                    depth += 1;
                    false
                }
                ')' | ']' | '}' if depth > 0 => {
                    depth -= 1;
                    false
                }
                ')' => true,
                _ => false,
            })
            .map_or(rest.len(), |(at, _)| at);
        let declared = split_top_level(rest.get(..end).unwrap_or(""));
        // A header spread over lines ends its first line with a `,`: only a parameter written whole counts.
        let whole = end < rest.len() || position + 1 < declared.len();
        // Its name alone: a default or an annotation may differ from class to class (`headersonly=True` in a
        // subclass of the parser that defaults it to `False`).
        if let Some(parameter) = declared
            .get(position)
            .and_then(|parameter| parameter.split([':', '=']).next())
            .map(str::trim)
            .filter(|parameter| whole && !parameter.is_empty())
        {
            out.push(Suggestion::construct(parameter, 0.76));
        }
        return;
    }
}

/// `else:` after `if ch in counts:` and `counts[ch] += 1` -> `counts[ch] = 1`: a key seen for the first time is
/// counted once.
fn first_count(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.on_blank_line_start() {
        return;
    }
    let mut above = context.code_lines_above();
    let (Some("else:"), Some(counted), Some(test)) = (above.next(), above.next(), above.next())
    else {
        return;
    };
    let Some(entry) = counted.strip_suffix(" += 1") else {
        return;
    };
    let Some((map, key)) = entry
        .strip_suffix(']')
        .and_then(|entry| entry.split_once('['))
    else {
        return;
    };
    if is_plain_name(map) && is_plain_name(key) && test == format!("if {key} in {map}:") {
        out.push(Suggestion::construct(format!("{map}[{key}] = 1"), 0.85));
    }
}

/// `squares = [x * x for x in ` -> `numbers]`: a comprehension goes through the list the lines above just made.
fn comprehension_source(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some((head, _variable)) = typed
        .strip_suffix(" in ")
        .and_then(|rest| rest.rsplit_once(" for "))
    else {
        return;
    };
    // Only the first `for` of a comprehension opened on this line (a nested one's is `inner_iterable`'s).
    // A generator expression (`squares = (x * x for x in `) reads its source alike.
    if !(head.contains(" = [") || head.contains(" = (")) || head.contains(" for ") {
        return;
    }
    // Made on the lines just above: further up, the comprehension may as well go through anything else.
    let Some(list) = nearest_list(context, 3) else {
        return;
    };
    if typed.contains(list) {
        return;
    }
    let Some(closers) = super::closers::after_value(context) else {
        return;
    };
    out.push(Suggestion::construct(format!("{list}{closers}"), 0.8));
}

/// Whether the code imports `sys` itself (`import sys`).
fn imported_sys(context: &Context<'_>) -> bool {
    context
        .code_before_line()
        .lines()
        .any(|line| line.trim() == "import sys" || line.starts_with("import sys,"))
}

/// `ages.sort(reverse=` -> `True)`, `json.dump(data, f, indent=` -> `4)`: the one value those keywords are
/// written with (nobody writes `reverse=False`; JSON is indented by four like Python itself); `text=` and `check=`
/// of a command run -> `True`, a flag's `action=` -> `"store_true"`, `print(msg, file=` -> `sys.stderr`.
fn keyword_value(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let value = if typed.ends_with("reverse=") && typed.contains("sort") {
        "True"
    } else if typed.ends_with("indent=") && typed.contains("json.dump") {
        "4"
    } else if typed.ends_with("ascending=") && typed.contains(".sort_") {
        // Ascending is the default: the keyword is only written to turn it off.
        "False"
    } else if typed.ends_with("index=")
        && (typed.contains(".to_csv(") || typed.contains(".to_excel("))
    {
        // A frame's row numbers are nearly never wanted in the file.
        "False"
    } else if typed.ends_with("drop=") && typed.contains(".reset_index(") {
        // The old index is dropped, or the frame gains it as a column nobody asked for.
        "True"
    } else if typed.ends_with("na=") && typed.contains(".str.") {
        // A missing value matches no pattern: the rows are filtered with `False`, not dropped by an error.
        "False"
    } else if [
        "exist_ok=",
        "return_exceptions=",
        "inplace=",
        "capture_output=",
        "primary_key=",
        "ignore_index=",
    ]
    .iter()
    .any(|keyword| typed.ends_with(keyword))
        && typed.contains('(')
    {
        // Flags nobody passes as `False`: it is their default.
        "True"
    } else if (typed.ends_with("text=") || typed.ends_with("check="))
        && typed.contains("subprocess.")
    {
        // Output read as text, a failure raised: what a script wants of a command.
        "True"
    } else if typed.ends_with("debug=") && typed.contains("app.run(")
        || typed.ends_with("strip=") && typed.contains(".get_text(")
    {
        // A development server run to see its errors; a page's text without its layout's blanks.
        "True"
    } else if typed.ends_with("action=") && typed.contains(".add_argument(\"-") {
        // An option's flag: on when given.
        "\"store_true\""
    } else if typed.ends_with("file=") && typed.contains("print(") && imported_sys(context) {
        // An error message goes to the error stream.
        "sys.stderr"
    } else if typed.ends_with(", type=") && counted_option(typed) {
        // More keywords usually follow (`default=`, `help=`): the type alone.
        out.push(Suggestion::construct("int", 0.8));
        return;
    } else {
        return;
    };
    let Some(closers) = super::closers::after_value(context) else {
        return;
    };
    out.push(Suggestion::construct(format!("{value}{closers}"), 0.8));
}

/// `timedelta(da` -> `ys=`, `json.dumps(data, ind` -> `ent=`, `subprocess.run(cmd, capture_output=True, te` ->
/// `xt=True`: the one keyword of a well-known call that the letters begin, when no name of the code does (then
/// the argument may as well be that name). A flag nobody passes as `False` comes with its `True`.
fn call_keyword(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const TIME_SPANS: &[&str] = &[
        "days=",
        "hours=",
        "minutes=",
        "seconds=",
        "weeks=",
        "milliseconds=",
    ];
    const JSON_DUMPS: &[&str] = &[
        "indent=",
        "sort_keys=True",
        "ensure_ascii=False",
        "default=",
    ];
    const KEYWORDS: &[(&str, &[&str])] = &[
        ("timedelta(", TIME_SPANS),
        ("json.dumps(", JSON_DUMPS),
        ("json.dump(", JSON_DUMPS),
        (
            "subprocess.run(",
            &[
                "capture_output=True",
                "text=True",
                "check=True",
                "shell=True",
                "cwd=",
                "timeout=",
                "input=",
            ],
        ),
    ];
    let prefix = context.prefix;
    let before = context.before_prefix();
    if prefix.len() < 2 || !before.trim_end().ends_with([',', '(']) {
        return;
    }
    let Some(call) = innermost_call(before) else {
        return;
    };
    let Some((name, keywords)) = KEYWORDS.iter().find(|(name, _)| {
        call.strip_suffix(name).is_some_and(|head| {
            !head.ends_with(|c: char| super::lexer::is_identifier_char(c))
                || name.starts_with("timedelta") && head.ends_with("datetime.")
        })
    }) else {
        return;
    };
    let arguments = before.get(call.len()..).unwrap_or("");
    let begun: Vec<&str> = keywords
        .iter()
        .copied()
        .filter(|keyword| {
            keyword.starts_with(prefix)
                && !arguments.contains(keyword.split('=').next().unwrap_or(keyword))
        })
        .collect();
    let [keyword] = begun.as_slice() else {
        return;
    };
    // The first argument of `json.dumps(` is the value, and a name of the code may start with any letters.
    if name.starts_with("json") && arguments.trim().is_empty() {
        return;
    }
    let named_so = context
        .scan
        .names
        .iter()
        .any(|stats| stats.name.len() > prefix.len() && stats.name.starts_with(prefix));
    if named_so {
        return;
    }
    if let Some(rest) = keyword.get(prefix.len()..) {
        out.push(Suggestion::construct(rest, 0.85));
    }
}

/// The text of a line up to and including the parenthesis of the innermost call left open (`print(len(` for
/// `print(len(x), `), strings' contents aside.
fn innermost_call(line: &str) -> Option<&str> {
    let mut open: Vec<usize> = Vec::new();
    let mut quote: Option<char> = None;
    for (index, character) in line.char_indices() {
        match (quote, character) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(character),
            (None, '(') => open.push(index),
            (None, ')') => {
                open.pop();
            }
            _ => {}
        }
    }
    let at = *open.last()?;
    line.get(..=at)
}

/// Whether `parser.add_argument("--count", type=` names a number: a count, a size, a limit, a port.
fn counted_option(typed: &str) -> bool {
    let Some(option) = typed
        .split_once(".add_argument(")
        .and_then(|(_, arguments)| arguments.split(['"', '\'']).nth(1))
    else {
        return false;
    };
    let name = option.trim_start_matches('-').to_ascii_lowercase();
    [
        "count", "number", "num", "size", "limit", "port", "times", "age", "max", "min", "width",
        "height", "repeat", "workers", "retries", "seed", "steps", "epochs", "n",
    ]
    .iter()
    .any(|word| name == *word || name.split(['-', '_']).any(|part| part == *word))
}

/// `counts = defaultdict(` -> `int)`, `groups = defaultdict(` -> `list)`: the factory the map is named for.
fn defaultdict_factory(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.before_prefix().trim_start();
    let Some(target) = typed
        .strip_suffix(" = defaultdict(")
        .or_else(|| typed.strip_suffix(" = collections.defaultdict("))
        .filter(|target| is_plain_name(target))
    else {
        return;
    };
    let lowered = target.to_ascii_lowercase();
    let factory = if ["count", "freq", "tally", "total"]
        .iter()
        .any(|word| lowered.contains(word))
    {
        "int)"
    } else if ["group", "by_", "graph", "adj", "index"]
        .iter()
        .any(|word| lowered.contains(word))
    {
        "list)"
    } else if !context.prefix.is_empty() {
        // The factory begun (`defaultdict(li`) is passed, not called: `list)`, never `list(`.
        let begun: Vec<&'static str> =
            ["int)", "list)", "set)", "dict)", "float)", "str)", "deque)"]
                .into_iter()
                .filter(|factory| factory.starts_with(context.prefix))
                .collect();
        match begun.as_slice() {
            [factory] => *factory,
            _ => return,
        }
    } else {
        return;
    };
    if let Some(rest) = factory.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, 0.85));
    }
}

/// `return f.` under `with open(path) as f:` in a function named for reading a file -> `read()` (`readlines()` when
/// it is named for lines): what such a function hands back is the file's text.
fn whole_file_returned(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(handle) = context
        .line_before
        .trim_start()
        .strip_prefix("return ")
        .and_then(|rest| rest.strip_suffix('.'))
    else {
        return;
    };
    let opened = context.previous_code_line().is_some_and(|line| {
        let line = line.trim();
        line.starts_with("with open(") && line.ends_with(&format!(" as {handle}:"))
    });
    let Some(function) = super::statements::enclosing_function(context) else {
        return;
    };
    let name = function.name.to_ascii_lowercase();
    if !opened || !is_plain_name(handle) || !(name.contains("read") || name.contains("load")) {
        return;
    }
    let call = if name.contains("lines") {
        "readlines()"
    } else {
        "read()"
    };
    out.push(Suggestion::construct(call, 0.86));
}

/// `squares = [` -> `n ** 2 for n in numbers]` (`doubled`, `cubes`, `evens`, `odds` alike): a list named for what
/// it holds, made from the one list of numbers written above.
fn comprehension_by_name(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(target) = context.line_before.trim_start().strip_suffix(" = [") else {
        return;
    };
    let numbers: Vec<&str> = context
        .code_lines_above()
        .filter_map(|line| {
            let (name, value) = line.split_once(" = [")?;
            let numeric = value.starts_with(|c: char| c.is_ascii_digit() || c == '-');
            (numeric && is_plain_name(name)).then_some(name)
        })
        .collect();
    let [list] = numbers.as_slice() else {
        return;
    };
    let v = if list.starts_with('n') { "n" } else { "x" };
    let made = match target {
        "squares" | "squared" => format!("{v} ** 2 for {v} in {list}]"),
        "cubes" | "cubed" => format!("{v} ** 3 for {v} in {list}]"),
        "doubled" | "doubles" => format!("{v} * 2 for {v} in {list}]"),
        "evens" | "even_numbers" => format!("{v} for {v} in {list} if {v} % 2 == 0]"),
        "odds" | "odd_numbers" => format!("{v} for {v} in {list} if {v} % 2 != 0]"),
        _ => return,
    };
    out.push(Suggestion::construct(made, 0.82));
}

/// `lengths = {w: ` -> `len(w) for w in words}` (`squares = {n: ` -> `n ** 2 for n in numbers}`): a dictionary
/// named for what it maps each item to, over the one list of words (or numbers) written above.
fn dictionary_by_name(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some((target, key)) = context
        .line_before
        .trim_start()
        .strip_suffix(": ")
        .and_then(|rest| rest.split_once(" = {"))
    else {
        return;
    };
    if !is_plain_name(key) || !context.prefix.is_empty() {
        return;
    }
    let (value, of_text) = match target {
        "lengths" | "lens" => (format!("len({key})"), true),
        "squares" | "squared" => (format!("{key} ** 2"), false),
        "doubled" | "doubles" => (format!("{key} * 2"), false),
        _ => return,
    };
    let lists: Vec<&str> = context
        .code_lines_above()
        .filter_map(|line| {
            let (name, items) = line.split_once(" = [")?;
            let texts = items.starts_with(['"', '\'']);
            let numbers = items.starts_with(|c: char| c.is_ascii_digit() || c == '-');
            let kind = if of_text { texts } else { numbers };
            (kind && is_plain_name(name)).then_some(name)
        })
        .collect();
    if let [list] = lists.as_slice() {
        out.push(Suggestion::construct(
            format!("{value} for {key} in {list}}}"),
            0.82,
        ));
    }
}

/// `evens = [n for n in numbers if ` -> `n % 2 == 0]`: the list's name says which numbers it keeps, for a list of
/// numbers (one written with number literals, or named for numbers).
fn filter_by_result(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some((target, comprehension)) = typed
        .strip_suffix(" if ")
        .and_then(|rest| rest.split_once(" = ["))
    else {
        return;
    };
    let Some((element, rest)) = comprehension.split_once(" for ") else {
        return;
    };
    let Some((variable, collection)) = rest.split_once(" in ") else {
        return;
    };
    if element != variable || !is_plain_name(variable) || !is_plain_name(collection) {
        return;
    }
    let numeric = declaration_of(context, collection).is_some_and(|value| {
        value
            .trim_start()
            .strip_prefix('[')
            .is_some_and(|items| items.starts_with(|c: char| c.is_ascii_digit() || c == '-'))
    }) || matches!(
        collection,
        "numbers" | "nums" | "values" | "scores" | "prices" | "ages" | "amounts"
    );
    if !numeric {
        return;
    }
    let test = match target.trim() {
        "evens" | "even_numbers" | "even" => format!("{variable} % 2 == 0"),
        "odds" | "odd_numbers" | "odd" => format!("{variable} % 2 != 0"),
        "positives" | "positive" => format!("{variable} > 0"),
        "negatives" | "negative" => format!("{variable} < 0"),
        _ => return,
    };
    out.push(Suggestion::construct(format!("{test}]"), 0.85));
}

/// `print(line.` in `for line in f:` -> `strip())`: a line read from a file ends with its newline, which printing
/// it again would double.
fn stripped_line(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if access.receiver != "line"
        || context.before_receiver(&access).map(str::trim) != Some("print(")
    {
        return;
    }
    let over_lines = context
        .code_lines_above()
        .find(|line| line.starts_with("for ") || line.starts_with("def "))
        .is_some_and(|line| line.starts_with("for line in "));
    if over_lines {
        out.push(Suggestion::member("strip())", 0.86));
    }
}

/// `writer.` -> `writerow()` for `writer = csv.writer(f)`: what a CSV writer is made for.
fn csv_row(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let made_by_csv = declaration_of(context, access.receiver)
        .is_some_and(|value| value.trim_start().starts_with("csv.writer("));
    if made_by_csv && context.member_starts_statement(&access) {
        out.push(Suggestion::member("writerow()", 0.88));
    }
}

/// `return ` in `def __iter__(self):` -> `self`: a class that is its own iterator (with a `__next__`) hands itself
/// out.
fn iterator_itself(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "return " {
        return;
    }
    let own_iterator = enclosing_function(context)
        .is_some_and(|function| function.name == "__iter__")
        && context.code.contains("def __next__(");
    if own_iterator {
        out.push(Suggestion::construct("self", 0.85));
    }
}

/// `return iter(` in `__iter__` -> `self.items)`: a class that wraps one list iterates over it.
fn iterator_of_list(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "return iter(" {
        return;
    }
    if enclosing_function(context).is_none_or(|function| function.name != "__iter__") {
        return;
    }
    let lists: Vec<&str> = context
        .code_lines_above()
        .filter_map(|line| {
            let (target, value) = line.split_once(" = ")?;
            let name = target.strip_prefix("self.")?;
            (is_plain_name(name) && (value.trim() == "[]" || value.trim() == "list()"))
                .then_some(name)
        })
        .collect();
    if let [list] = lists[..] {
        out.push(Suggestion::construct(format!("self.{list})"), 0.85));
    }
}

/// `s[0].upper() + s[` -> `1:]`: a word capitalized is its first letter raised and the rest as it was.
fn rest_after_capital(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_end();
    let Some((first, rest)) = typed
        .strip_suffix('[')
        .and_then(|before| before.rsplit_once("[0].upper() + "))
    else {
        return;
    };
    let word = first.rsplit([' ', '(', '=']).next().unwrap_or(first);
    if is_plain_name(word) && rest == word {
        let closers = open_parentheses(typed).unwrap_or_default();
        out.push(Suggestion::construct(format!("1:]{}", closers), 0.88));
    }
}

/// `[x for row in matrix for x in ` -> `row]`: a flattening comprehension's inner loop goes through the outer
/// loop's element.
fn inner_iterable(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_end();
    let Some(before) = typed.strip_suffix(" in") else {
        return;
    };
    let Some((outer, inner)) = before.rsplit_once(" for ") else {
        return;
    };
    let Some((_, outer)) = outer.rsplit_once(" for ") else {
        return;
    };
    let Some((element, _)) = outer.split_once(" in ") else {
        return;
    };
    let comprehension = typed.matches('[').count() == typed.matches(']').count() + 1;
    if is_plain_name(element) && is_plain_name(inner) && element != inner && comprehension {
        out.push(Suggestion::construct(format!("{element}]"), 0.85));
    }
}

/// `return list(` in a function named for removing duplicates (or keeping unique items) of one parameter ->
/// `set(items))`: a set keeps one of each.
fn without_duplicates(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "return list(" {
        return;
    }
    if let Some(items) = deduplicated_parameter(context) {
        out.push(Suggestion::construct(format!("set({items}))"), 0.85));
    }
}

/// `return await resp.` in `async with session.get(url) as resp:` -> `json()`: an HTTP response fetched in a
/// coroutine is read as JSON (aiohttp's `json()` is awaited).
fn awaited_json(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let awaited = context
        .before_receiver(&access)
        .is_some_and(|before| before.trim_end().ends_with("await"));
    let response = context.code_lines_above().take(5).any(|line| {
        line.starts_with("async with ")
            && line.contains(".get(")
            && line.ends_with(&format!(" as {}:", access.receiver))
    });
    if awaited && response {
        out.push(Suggestion::member("json()", 0.86));
    }
}

/// `header = next(` right after `reader = csv.reader(f)` -> `reader)`: a CSV file's first row is its header, taken
/// from the reader before the loop over the rest.
fn csv_header(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(target) = typed.strip_suffix("next(") else {
        return;
    };
    let target = target.trim_end();
    if !(target.is_empty()
        || target
            .strip_suffix('=')
            .is_some_and(|name| is_plain_name(name.trim())))
    {
        return;
    }
    let reader = context.previous_code_line().and_then(|line| {
        let (name, value) = line.trim().split_once(" = ")?;
        let made_by_csv = value.starts_with("csv.reader(") || value.starts_with("csv.DictReader(");
        (made_by_csv && is_plain_name(name)).then_some(name)
    });
    if let Some(reader) = reader {
        out.push(Suggestion::construct(format!("{reader})"), 0.88));
    }
}

/// `", ".join(` -> `words)`: the list the function last built or split (`words = text.split()`, `parts = []` then
/// `parts.append(...)`), or else its one parameter named as a collection, joined back into one text. Only where
/// the call ends the statement (`return`, an assignment, or `print(`), so the closers are known.
fn joined_list(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(before_join) = typed.strip_suffix(".join(") else {
        return;
    };
    let Some((statement, separator)) = ['"', '\''].iter().find_map(|quote| {
        let body = before_join.strip_suffix(*quote)?;
        let open = body.rfind(*quote)?;
        Some((body.get(..open)?, body.get(open + 1..)?))
    }) else {
        return;
    };
    // A separator with a quote or a brace in it is not one plain literal (`"a" + "b".join(`, `f"{x}".join(`).
    if separator.contains(['"', '\'', '{']) {
        return;
    }
    let closers = match statement.trim_end() {
        "return" | "" => ")",
        "print(" => "))",
        assignment => match assignment.strip_suffix('=') {
            Some(name) if is_plain_name(name.trim()) => ")",
            _ => return,
        },
    };
    // Else a function's one parameter named as a collection (`def join_words(words):`).
    let parameter = || {
        enclosing_function(context).and_then(|function| match function.parameters.as_slice() {
            [only] if only.name.len() > 2 && only.name.ends_with('s') => Some(only.name),
            _ => None,
        })
    };
    let Some(list) = nearest_list(context, 12).or_else(parameter) else {
        return;
    };
    if typed.contains(list) {
        return;
    }
    out.push(Suggestion::construct(format!("{list}{closers}"), 0.8));
}

/// The name most recently given a list in the `lines` lines above the cursor's, within its function (a literal, a
/// split, a comprehension or `list(...)`).
fn nearest_list<'a>(context: &Context<'a>, lines: usize) -> Option<&'a str> {
    for line in context.code_lines_above().take(lines) {
        if line.starts_with("def ") || line.starts_with("class ") {
            return None;
        }
        let Some((name, value)) = line.split_once(" = ") else {
            continue;
        };
        let value = value.trim();
        let list_valued = value.starts_with('[')
            || value.starts_with("list(")
            || value.starts_with("sorted(")
            || (value.contains(".split(") && value.ends_with(')'));
        if list_valued && is_plain_name(name) {
            return Some(name);
        }
    }
    None
}

/// `name = input(` -> `"Enter your name: ")`, `age = int(input(` -> `"Enter your age: "))`: the prompt asks for
/// what the variable is named for.
fn input_prompt(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if !typed.ends_with("input(") {
        return;
    }
    let Some((target, value)) = typed.split_once(" = ") else {
        return;
    };
    let conversion = value.strip_suffix("input(").map(str::trim);
    let closers = match conversion {
        Some("") => ")",
        Some("int(" | "float(") => "))",
        _ => return,
    };
    if !is_plain_name(target) || target.len() < 2 {
        return;
    }
    let words = target.replace('_', " ");
    let personal = [
        "name", "age", "email", "password", "username", "city", "country", "guess", "choice",
        "answer",
    ];
    let asked = if target.split('_').any(|word| personal.contains(&word)) {
        format!("your {words}")
    } else if matches!(target, "num" | "number") {
        "a number".to_owned()
    } else {
        words
    };
    out.push(Suggestion::construct(
        format!("\"Enter {asked}: \"{closers}"),
        0.8,
    ));
}

/// `n = int(` right after `text = input(...)` -> `text)`: what was just read is converted.
fn converted_input(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let converts = typed.ends_with(" = int(") || typed.ends_with(" = float(");
    if !converts {
        return;
    }
    let read = context.previous_code_line().and_then(|line| {
        let (target, value) = line.trim().split_once(" = ")?;
        (value.starts_with("input(") && is_plain_name(target)).then_some(target)
    });
    if let Some(read) = read {
        out.push(Suggestion::construct(format!("{read})"), 0.86));
    }
}

/// `random.choice(` -> the one list the code made (`colors)`).
fn random_choice(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if !typed.ends_with("random.choice(") {
        return;
    }
    let lists: Vec<&str> = context
        .code_lines_above()
        .filter_map(|line| {
            let (target, value) = line.split_once(" = ")?;
            (is_plain_name(target) && value.starts_with('[')).then_some(target)
        })
        .collect();
    if let [list] = lists[..] {
        let closers = open_parentheses(typed).unwrap_or_default();
        out.push(Suggestion::construct(format!("{list}{}", closers), 0.86));
    }
}

/// `roll = random.randint(` -> `1, 6)` (`roll = random.randint(1, ` -> `6)`), `secret = random.randint(` ->
/// `1, 100)`: a die's faces, and the guessing game's range, read from the variable's name.
fn random_range(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    // `random.randint(1, ` -> `6)`: the lower bound typed, the upper one is left.
    let (head, from_one) = match typed.strip_suffix("1, ") {
        Some(head) => (head, true),
        None => (typed, false),
    };
    let Some(target) = head
        .strip_suffix(" = random.randint(")
        .filter(|target| is_plain_name(target))
    else {
        return;
    };
    let lowered = target.to_ascii_lowercase();
    let range = if ["dice", "die", "roll"]
        .iter()
        .any(|word| lowered.contains(word))
    {
        "1, 6)"
    } else if matches!(
        lowered.as_str(),
        "secret" | "secret_number" | "number" | "target" | "answer" | "secret_num"
    ) {
        "1, 100)"
    } else {
        return;
    };
    // With the lower bound typed, only a die's upper one is sure (a secret number's is as often 10 or 20).
    let range = match (from_one, range) {
        (false, range) => range,
        (true, "1, 6)") => "6)",
        (true, _) => return,
    };
    out.push(Suggestion::construct(range, 0.8));
}

/// `add = lambda a, b: ` -> `a + b`, `square = lambda x: ` -> `x * x`: a lambda named for how it combines its
/// parameters, as `def add(a, b): return` is (JavaScript's arrows alike, in `javascript`).
fn named_lambda(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim();
    let Some((name, parameters)) = typed
        .strip_suffix(':')
        .and_then(|rest| rest.split_once(" = lambda "))
        .filter(|(name, _)| is_plain_name(name))
    else {
        return;
    };
    if !context.line_before.ends_with(' ') {
        return;
    }
    let names: Vec<&str> = parameters.split(',').map(str::trim).collect();
    if !names.iter().all(|name| is_plain_name(name)) {
        return;
    }
    let expression = match names.as_slice() {
        [parameter] => {
            super::statements::unary_operation(name, parameter, context.profile.language)
        }
        _ if names.len() <= 3 => {
            super::statements::operator_for(name).map(|operator| names.join(operator))
        }
        _ => None,
    };
    if let Some(expression) = expression {
        out.push(Suggestion::construct(expression, 0.9));
    }
}

/// `math.pi * r ` -> `** 2`: a circle's area squares its radius.
fn squared_radius(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_end_matches(' ');
    if !context.line_before.ends_with(' ') {
        return;
    }
    let radius = ["math.pi * ", "pi * "]
        .iter()
        .find_map(|pi| typed.rsplit_once(pi).map(|(_, radius)| radius));
    let is_radius =
        radius.is_some_and(|radius| matches!(radius, "r" | "radius" | "self.radius" | "self.r"));
    if is_radius {
        out.push(Suggestion::construct("** 2", 0.85));
    }
}

/// `return ` in a `@property` named `name` -> `self._name`: a property shows the private field of its name, stored
/// from the constructor's parameter of that name.
fn property_value(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "return " {
        return;
    }
    let Some(function) =
        enclosing_function(context).filter(|function| function.parameters.is_empty())
    else {
        return;
    };
    let decorated = context
        .code_lines_above()
        .skip_while(|line| !line.starts_with("def "))
        .nth(1)
        .is_some_and(|line| line == "@property");
    // A stored value (`self._name = name` in `__init__`), not one the class computes or keeps changing.
    let private = format!("self._{0} = {0}\n", function.name);
    if decorated && context.code.contains(&private) {
        out.push(Suggestion::construct(
            format!("self._{}", function.name),
            0.88,
        ));
    }
}

/// `@` in the body of a class derived from `ABC` -> `abstractmethod`: what such a class declares.
fn abstract_method(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "@" || context.current_indentation() == 0 {
        return;
    }
    let abstract_class = context
        .code_lines_above()
        .find(|line| line.starts_with("class "))
        .is_some_and(|line| line.contains("(ABC)") || line.contains("metaclass=ABCMeta"));
    if abstract_class && context.code.contains("abstractmethod") {
        out.push(Suggestion::construct("abstractmethod", 0.88));
    }
}

/// `@` where the file imported one decorator by name (`from functools import lru_cache`, `from dataclasses import
/// dataclass`) -> that decorator: it was imported to be written there.
fn imported_decorator(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const DECORATORS: &[&str] = &[
        "lru_cache",
        "cache",
        "dataclass",
        "total_ordering",
        "contextmanager",
        "cached_property",
        "wraps",
    ];
    if context.line_before.trim_start() != "@" {
        return;
    }
    let mut imported = context
        .code_lines_above()
        .take(300)
        .filter_map(|line| line.strip_prefix("from ")?.split_once(" import "))
        .flat_map(|(_, names)| names.split(','))
        .map(str::trim)
        .filter(|name| DECORATORS.contains(name));
    if let (Some(decorator), None) = (imported.next(), imported.next()) {
        out.push(Suggestion::construct(decorator, 0.86));
    }
}

/// `new_node = Node(` in `append(self, data)` -> `data)`: a class of the file is built from the enclosing
/// function's parameters named like its `__init__`'s, all of them, in its order.
fn constructor_arguments(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(class) = typed
        .strip_suffix('(')
        .and_then(|head| head.rsplit([' ', '(', '=']).next())
        .filter(|class| {
            class.starts_with(|c: char| c.is_ascii_uppercase()) && is_plain_name(class)
        })
    else {
        return;
    };
    let Some(header) = context.code.find(&format!("class {class}")) else {
        return;
    };
    let Some(init) = context
        .code
        .get(header..)
        .and_then(|class_code| class_code.split_once("def __init__(self, "))
        .and_then(|(_, rest)| rest.split_once(')'))
        .map(|(parameters, _)| parameters)
    else {
        return;
    };
    let wanted: Vec<&str> = init
        .split(',')
        .map(|parameter| parameter.split([':', '=']).next().unwrap_or("").trim())
        .collect();
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let given = |name: &str| {
        function
            .parameters
            .iter()
            .any(|parameter| parameter.name == name)
    };
    if wanted.is_empty() || !wanted.iter().all(|name| is_plain_name(name) && given(name)) {
        return;
    }
    let closers = open_parentheses(typed).unwrap_or_default();
    out.push(Suggestion::construct(
        format!("{}{}", wanted.join(", "), closers),
        0.86,
    ));
}

/// `class Color(` in a file that imported `Enum` (or `IntEnum`, `Flag`) and declares no class of its own yet ->
/// `Enum):`: the import was for this class.
fn enum_base(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let declares_class = context
        .line_before
        .strip_prefix("class ")
        .and_then(|rest| rest.strip_suffix('('))
        .is_some_and(is_plain_name);
    if !declares_class {
        return;
    }
    let mut base = None;
    for line in context.code_lines_above().take(300) {
        if line.starts_with("class ") {
            return;
        }
        if let Some(names) = line.strip_prefix("from enum import ") {
            let mut bases = names.split(',').map(str::trim).filter(|name| {
                matches!(*name, "Enum" | "IntEnum" | "StrEnum" | "Flag" | "IntFlag")
            });
            base = match (bases.next(), bases.next()) {
                (Some(only), None) => Some(only),
                _ => return,
            };
        }
    }
    if let Some(base) = base {
        out.push(Suggestion::construct(format!("{base}):"), 0.88));
    }
}

/// The first line of a function nested in one that set a counter (`count = 0`) -> `nonlocal count`: a closure
/// that counts rebinds its outer variable, which Python only allows once it is declared `nonlocal`.
fn closure_counter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.on_blank_line_start() {
        return;
    }
    let Some(inner_line) = context
        .previous_code_line()
        .filter(|line| line.trim_start().starts_with("def "))
    else {
        return;
    };
    let inner_depth = indentation(inner_line);
    if inner_depth == 0 || context.current_indentation() <= inner_depth {
        return;
    }
    let mut counters = Vec::new();
    for line in context.code_before_line().lines().rev().skip(1).take(20) {
        if line.trim().is_empty() {
            continue;
        }
        let depth = indentation(line);
        let trimmed = line.trim();
        if depth < inner_depth {
            if !trimmed.starts_with("def ") {
                return;
            }
            break;
        }
        if depth == inner_depth
            && let Some((name, value)) = trimmed.split_once(" = ")
            && is_plain_name(name)
            && value.parse::<i64>().is_ok()
        {
            counters.push(name);
        }
    }
    if let [counter] = counters[..] {
        out.push(Suggestion::construct(format!("nonlocal {counter}"), 0.8));
    }
}

/// `return ` in a function right after the function it nests (`def multiply(x): ...` then `return `) ->
/// `multiply`: a closure's maker or a decorator hands out the function it just defined. Only where the outer
/// function does nothing but define it (after a docstring, its decorators, a starting value): a method that
/// defines a callback and then does its work returns that work's result.
fn inner_function_returned(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "return " {
        return;
    }
    let depth = context.current_indentation();
    if depth == 0 {
        return;
    }
    let mut lines = context
        .code_before_line()
        .lines()
        .rev()
        .take(60)
        .filter(|line| !line.trim().is_empty());
    let mut inner = None;
    for line in lines.by_ref() {
        let line_depth = indentation(line);
        if line_depth < depth {
            return;
        }
        if line_depth == depth {
            inner = line
                .trim()
                .strip_prefix("def ")
                .and_then(|rest| rest.split_once('('))
                .map(|(name, _)| name)
                .filter(|name| is_plain_name(name));
            break;
        }
    }
    let Some(inner) = inner else {
        return;
    };
    for line in lines {
        let trimmed = line.trim();
        if indentation(line) < depth {
            if trimmed.starts_with("def ") {
                out.push(Suggestion::construct(inner, 0.86));
            }
            return;
        }
        let preparation = indentation(line) == depth
            && (trimmed.starts_with('@')
                || trimmed.starts_with(['"', '\''])
                || trimmed
                    .split_once(" = ")
                    .is_some_and(|(name, value)| is_plain_name(name) && !value.contains('(')));
        if !preparation {
            return;
        }
    }
}

/// `evens = list(filter(lambda x: x % 2 == 0, ` -> `nums))`: a `filter` or a `map` of a lambda goes through the
/// list made on the lines just above, as a comprehension would.
fn lambda_source(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(call) = typed.strip_suffix(", ") else {
        return;
    };
    let opened = ["filter(lambda ", "map(lambda "]
        .iter()
        .filter_map(|start| call.rfind(start).map(|at| (at, start.len())))
        .max();
    let Some((at, start)) = opened else {
        return;
    };
    // The lambda's body is done: the comma closes it, at the call's own level.
    let lambda = call.get(at + start..).unwrap_or("");
    if lambda.matches('(').count() != lambda.matches(')').count() || !lambda.contains(": ") {
        return;
    }
    let Some(list) = nearest_list(context, 3) else {
        return;
    };
    let closers = open_parentheses(typed).unwrap_or_default();
    out.push(Suggestion::construct(format!("{list}{closers}"), 0.8));
}

/// `mkdir(parents=True, ` -> `exist_ok=True)` and `encoding=` in a file's `open(` or `read_text(` -> `"utf-8"`:
/// the keywords a script's file work passes together.
fn path_keywords(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let closers = super::idioms::open_parentheses(typed).unwrap_or_default();
    if typed.ends_with(".mkdir(parents=True, ") {
        out.push(Suggestion::construct(
            format!("exist_ok=True{closers}"),
            0.88,
        ));
    } else if typed.ends_with("encoding=") {
        let Some((_, call)) = typed.rsplit_once('(') else {
            return;
        };
        let reads = ["open", "read_text", "write_text", "open_text"]
            .iter()
            .any(|function| {
                typed
                    .strip_suffix(call)
                    .and_then(|head| head.strip_suffix('('))
                    .is_some_and(|head| head.ends_with(function))
            });
        if reads {
            out.push(Suggestion::construct(format!("\"utf-8\"{closers}"), 0.86));
        }
    }
}

/// `return {"item_id": ` in `def read_item(item_id: int):` -> `item_id`: a dictionary's key named for one of the
/// function's parameters holds that parameter.
fn entry_named_for_parameter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(key) = typed
        .strip_suffix("\": ")
        .and_then(|rest| rest.rsplit_once('"'))
        .filter(|(head, _)| head.ends_with('{') || head.ends_with(", "))
        .map(|(_, key)| key)
        .filter(|key| is_plain_name(key))
    else {
        return;
    };
    let Some(header) = context
        .enclosing_lines()
        .find(|line| line.starts_with("def ") || line.starts_with("async def "))
    else {
        return;
    };
    let named = header
        .split_once('(')
        .and_then(|(_, rest)| rest.rsplit_once(')'))
        .is_some_and(|(parameters, _)| {
            parameters
                .split(',')
                .any(|parameter| parameter.split([':', '=']).next().map(str::trim) == Some(key))
        });
    if named {
        out.push(Suggestion::construct(key, 0.85));
    }
}
