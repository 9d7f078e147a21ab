//! Everyday Java where the declarations above settle the next text:
//! - a subclass constructor's first line hands its base's parameters on (`super(name);`);
//! - an operation's `case SUB -> ` in a `switch (this)` of an enum of operations -> `a - b;`;
//! - a stream chain continued on its own line after a `filter`/`map`, in a method returning a `List` ->
//!   `collect(Collectors.toList());`, and `Collectors.` under a method returning a `Map` of lists ->
//!   `groupingBy()`;
//! - `mapToInt(` on a `List<Integer>` -> `Integer::intValue)`;
//! - `return Optional.` after a lookup that may find nothing (`User u = repo.get(id);`) -> `ofNullable(u);`.

use super::Suggestion;
use super::cursor::Context;
use super::language::Language;
use super::lexer::is_plain_name;
use super::statements::enclosing_function;

/// How sure these answers are: each is what the declarations leave to write.
const CONFIDENCE: f64 = 0.86;

/// Runs every rule of this module.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Java || !context.at_line_end() {
        return;
    }
    stream_collected(context, out);
    collector_by_result(context, out);
    if !context.prefix.is_empty() {
        return;
    }
    base_constructor_call(context, out);
    operation_case(context, out);
    boxed_integers_unboxed(context, out);
    nullable_lookup(context, out);
    expected_exception(context, out);
}

/// JUnit's `assertThrows(` -> `InsufficientFundsException.class, () -> `: the first argument is the class of the
/// exception expected, the one exception the file imports or declares (with several, nothing); the call that
/// throws follows as a lambda.
fn expected_exception(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if !(typed.ends_with("assertThrows(") || typed.ends_with("Assertions.assertThrows(")) {
        return;
    }
    let mut exceptions: Vec<&str> = context
        .code_before_line()
        .lines()
        .filter_map(|line| {
            let line = line.trim();
            let imported = line
                .strip_prefix("import ")
                .and_then(|rest| rest.strip_suffix(';'))
                .and_then(|path| path.rsplit('.').next());
            let declared = line
                .split_once("class ")
                .map(|(_, rest)| rest.split_whitespace().next().unwrap_or(""));
            imported.or(declared)
        })
        .filter(|name| name.ends_with("Exception") && is_plain_name(name))
        .collect();
    exceptions.sort_unstable();
    exceptions.dedup();
    if let [exception] = exceptions.as_slice() {
        out.push(Suggestion::construct(
            format!("{exception}.class, () -> "),
            0.88,
        ));
    }
}

/// `super(name);` as the first line of `Dog(String name) {` in `class Dog extends Animal`, when `Animal(String
/// name)` is declared: the base is built from the parameters it takes.
fn base_constructor_call(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.line_before.trim().is_empty() {
        return;
    }
    let mut above = context.code_lines_above();
    let Some(header) = above.next() else {
        return;
    };
    let Some((name, parameters)) = header
        .trim_start_matches("public ")
        .trim_start_matches("protected ")
        .trim_start_matches("private ")
        .strip_suffix(") {")
        .and_then(|head| head.split_once('('))
    else {
        return;
    };
    if !is_plain_name(name) {
        return;
    }
    let code = context.code_before_line();
    let Some(base) = code.lines().find_map(|line| {
        let rest = line.trim().split_once(&format!("class {name} extends "))?.1;
        let base = rest.split([' ', '{', '<']).next()?;
        is_plain_name(base).then_some(base)
    }) else {
        return;
    };
    // The base's constructor: `Animal(String name) {` (or a one-line body), its parameters' names.
    let Some(base_parameters) = code.lines().find_map(|line| {
        let line = line
            .trim()
            .trim_start_matches("public ")
            .trim_start_matches("protected ");
        let rest = line.strip_prefix(&format!("{base}("))?;
        rest.split_once(')').map(|(parameters, _)| parameters)
    }) else {
        return;
    };
    let names = |parameters: &str| -> Vec<String> {
        parameters
            .split(',')
            .filter_map(|parameter| parameter.trim().rsplit(' ').next())
            .filter(|name| is_plain_name(name))
            .map(str::to_owned)
            .collect()
    };
    let wanted = names(base_parameters);
    let given = names(parameters);
    if wanted.is_empty() || !wanted.iter().all(|name| given.contains(name)) {
        return;
    }
    out.push(Suggestion::construct(
        format!("super({});", wanted.join(", ")),
        CONFIDENCE,
    ));
}

/// `case SUB -> ` in `int apply(int a, int b)` of an enum of operations -> `a - b;`: the operation the constant
/// names, on the method's two parameters.
fn operation_case(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(constant) = typed
        .strip_prefix("case ")
        .and_then(|rest| rest.strip_suffix(" -> "))
    else {
        return;
    };
    let operator = match constant {
        "ADD" | "PLUS" | "SUM" => "+",
        "SUB" | "SUBTRACT" | "MINUS" => "-",
        "MUL" | "MULTIPLY" | "TIMES" => "*",
        "DIV" | "DIVIDE" => "/",
        "MOD" | "REMAINDER" => "%",
        _ => return,
    };
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let [left, right] = function.parameters.as_slice() else {
        return;
    };
    out.push(Suggestion::construct(
        format!("{} {operator} {};", left.name, right.name),
        CONFIDENCE,
    ));
}

/// `.` continuing on its own line a stream chain that has filtered or mapped, in a method returning a `List` ->
/// `collect(Collectors.toList());`.
fn stream_collected(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != format!(".{}", context.prefix) {
        return;
    }
    let mut chain = context.code_lines_above();
    let Some(previous) = chain.next() else {
        return;
    };
    let transformed = previous.starts_with(".filter(")
        || previous.starts_with(".map(")
        || previous.starts_with(".sorted(");
    if !transformed || previous.ends_with(';') {
        return;
    }
    let streamed = context
        .code_lines_above()
        .take(6)
        .any(|line| line.contains(".stream()"));
    let returns_list = method_result(context).is_some_and(|result| result.starts_with("List<"));
    if streamed
        && returns_list
        && let Some(rest) = "collect(Collectors.toList());".strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest, CONFIDENCE));
    }
}

/// `Collectors.` in a method returning `Map<K, List<V>>` -> `groupingBy()`: a map of lists is a grouping.
fn collector_by_result(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if access.receiver != "Collectors" {
        return;
    }
    let groups = method_result(context)
        .is_some_and(|result| result.starts_with("Map<") && result.contains(", List<"));
    if groups && let Some(rest) = "groupingBy()".strip_prefix(context.prefix) {
        out.push(Suggestion::member(rest, CONFIDENCE));
    }
}

/// `xs.stream().mapToInt(` on a `List<Integer>` -> `Integer::intValue)`: boxed numbers are unboxed to be summed.
fn boxed_integers_unboxed(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let Some(receiver) = typed
        .strip_suffix(".stream().mapToInt(")
        .map(|head| &head[super::lexer::trailing_identifier_start(head)..])
        .filter(|receiver| is_plain_name(receiver))
    else {
        return;
    };
    let boxed = ["List<Integer> ", "Collection<Integer> ", "Set<Integer> "]
        .iter()
        .any(|kind| {
            context
                .code_before_line()
                .contains(&format!("{kind}{receiver}"))
        });
    if boxed {
        out.push(Suggestion::construct("Integer::intValue)", CONFIDENCE));
    }
}

/// `return Optional.` right after `User u = repo.get(id);` in a method returning `Optional<User>` ->
/// `ofNullable(u);`: what a lookup found may be nothing.
fn nullable_lookup(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "return Optional." {
        return;
    }
    let Some(above) = context.code_lines_above().next() else {
        return;
    };
    let Some((declaration, value)) = above.split_once(" = ") else {
        return;
    };
    let Some((kind, name)) = declaration.split_once(' ') else {
        return;
    };
    let returns =
        method_result(context).is_some_and(|result| result == format!("Optional<{kind}>"));
    let looked_up = [".get(", ".find(", ".lookup(", ".getOrDefault("]
        .iter()
        .any(|call| value.contains(call));
    if returns && looked_up && is_plain_name(name) {
        out.push(Suggestion::member(
            format!("ofNullable({name});"),
            CONFIDENCE,
        ));
    }
}

/// The result type of the method around the cursor, as written (`Map<Integer, List<String>>`), from its header
/// (`public static List<Integer> evens(List<Integer> nums) {`).
fn method_result<'a>(context: &Context<'a>) -> Option<&'a str> {
    const STATEMENTS: &[&str] = &[
        "if ",
        "if(",
        "for ",
        "for(",
        "while ",
        "while(",
        "switch ",
        "try",
        "catch",
        "else",
        "do ",
        "class ",
        "interface ",
        "enum ",
        "record ",
        "return ",
    ];
    let header = context.enclosing_lines().find(|line| {
        line.ends_with('{')
            && line.contains('(')
            && !STATEMENTS.iter().any(|start| line.starts_with(start))
            && !line.contains(" class ")
            && !line.contains(" = ")
    })?;
    let head = header.split('(').next()?.trim_end();
    let name_start = head.rfind(' ')?;
    const MODIFIERS: &[&str] = &[
        "public ",
        "private ",
        "protected ",
        "static ",
        "final ",
        "synchronized ",
        "abstract ",
    ];
    let mut result = head.get(..name_start)?.trim();
    while let Some(rest) = MODIFIERS
        .iter()
        .find_map(|modifier| result.strip_prefix(modifier))
    {
        result = rest;
    }
    (!result.is_empty()).then_some(result)
}
