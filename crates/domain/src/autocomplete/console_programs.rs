//! A console program's standard input, files and first collections in Java, C, C++, Go and Rust, where one text
//! is what nearly everyone writes next.
//!
//! Java's `new Scanner(` -> `System.in);`, `Integer.parseInt(` -> the line just read, a word count's
//! `counts.put(word, ` -> `counts.getOrDefault(word, 0) + 1);` (its `+ 1);` once the count is read back), a map
//! entry's `getKey()`/`getValue()` by the type it is given to; C's `fgets(name, ` -> `sizeof(name), stdin);`, `malloc(n * ` -> `sizeof(int));`, the
//! `return 1;` after a failed `fopen`'s message and the `fclose(fp);` after the loop that read it; C++'s
//! `push_back(` of what `std::cin` read, a map's `[key, value]` printed, `while (std::getline(std::cin, ` ->
//! `line)) {`, `std::ios::sync_with_stdio(false);` and a counted loop's `std::cin >> v[i];`; C's `EOF` after
//! `getchar()` and the count of a `scanf`'s conversions; Go's `bufio.NewReader(os.Stdin)` and its `ReadString('\n')`, `strconv.Atoi(` -> the line read;
//! Rust's `input.` -> `trim().parse()`, `*counts.` -> `entry(word).or_insert(0) += 1;`, `contents.` -> `lines()`.
//! And every language's first program: the print call opening an empty `main` (or an empty file) -> `"Hello,
//! World!"` and what closes it.

use super::Language;
use super::Suggestion;
use super::cursor::Context;
use super::idioms::open_parentheses;
use super::lexer::{is_identifier_char, is_plain_name};

/// Whether the cursor's line is the first line of a first program: the first statement of `main` (`fn main() {`,
/// `func main() {`, `int main(void) {`, Java's `static void main(String[] args) {`), or of a file in a language
/// without one.
pub(super) fn first_program_line(context: &Context<'_>) -> bool {
    let mut above = context.code_lines_above();
    let Some(header) = above.next() else {
        return matches!(
            context.profile.language,
            Language::Python | Language::JavaScript | Language::TypeScript
        );
    };
    let header = header.trim();
    match context.profile.language {
        Language::Rust => header == "fn main() {",
        Language::Go => header == "func main() {",
        Language::Java => header.contains("static void main(") && header.ends_with('{'),
        Language::C | Language::Cpp => header.starts_with("int main(") && header.ends_with('{'),
        _ => false,
    }
}

/// `println!(` (`fmt.Println(`, `System.out.println(`, `printf(`, `std::cout << `, `print(`, `console.log(`) as a
/// first program's first line -> `"Hello, World!"` and its closers: what every first program prints.
fn hello_world(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let text = match (context.profile.language, typed) {
        (Language::Rust, "println!(") => "\"Hello, world!\");",
        (Language::Go, "fmt.Println(") => "\"Hello, World!\")",
        (Language::Java, "System.out.println(") => "\"Hello, World!\");",
        (Language::C | Language::Cpp, "printf(") => "\"Hello, World!\\n\");",
        (Language::C | Language::Cpp, "puts(") => "\"Hello, World!\");",
        (Language::Cpp, "std::cout << ") => "\"Hello, World!\" << std::endl;",
        (Language::Cpp, "cout << ") => "\"Hello, World!\" << endl;",
        (Language::Python, "print(") => "\"Hello, World!\")",
        (Language::JavaScript | Language::TypeScript, "console.log(") => "\"Hello, World!\");",
        _ => return,
    };
    if first_program_line(context) {
        out.push(Suggestion::construct(text, 0.86));
    }
}

/// Runs every rule of this module.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.at_line_end() && context.profile.language == Language::Rust {
        byte_buffer(context, out);
    }
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    hello_world(context, out);
    row_ended_after_loop(context, out);
    match context.profile.language {
        Language::Java => java(context, out),
        Language::C => c_input(context, out),
        Language::Cpp => {
            c_input(context, out);
            cpp(context, out);
        }
        Language::Go => go(context, out),
        Language::Rust => rust(context, out),
        _ => {}
    }
}

/// The type and name a Java or C declaration on `line` gives (`String line = ...` -> `("String", "line")`).
fn declaration(line: &str) -> Option<(&str, &str)> {
    let (left, _) = line.split_once(" = ")?;
    let (kind, name) = left.trim().rsplit_once(' ')?;
    let name = name.trim_start_matches('*');
    is_plain_name(name).then_some((kind.trim(), name))
}

/// The `<K, V>` of a map's declared type (`Map<String, Integer> counts` -> `("String", "Integer")`).
fn map_types(declared: &str) -> Option<(&str, &str)> {
    let (_, arguments) = declared.split_once("Map<")?;
    let arguments = arguments.strip_suffix('>')?;
    let (key, value) = arguments.split_once(',')?;
    Some((key.trim(), value.trim()))
}

/// The declared type of a Java local or field named `name` in the lines above.
fn java_type<'a>(context: &Context<'a>, name: &str) -> Option<&'a str> {
    context.code_lines_above().take(80).find_map(|line| {
        // A for-each loop's header declares its element: `for (Map.Entry<K, V> entry : map.entrySet()) {`.
        let line = line
            .strip_prefix("for (")
            .and_then(|header| header.split_once(" : "))
            .map_or(line, |(element, _)| element);
        let declared = line
            .split_once(" = ")
            .map_or(line.trim_end_matches(';'), |(left, _)| left);
        let (kind, declared_name) = declared.trim().rsplit_once(' ')?;
        (declared_name == name).then_some(kind.trim())
    })
}

/// Java's standard input and first collections.
fn java(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if typed.starts_with("Scanner ") && typed.ends_with("= new Scanner(") {
        out.push(Suggestion::construct("System.in);", 0.9));
    } else if typed.ends_with("new BufferedReader(new ") {
        out.push(Suggestion::construct(
            "InputStreamReader(System.in));",
            0.88,
        ));
    } else if typed.ends_with("new BufferedReader(new InputStreamReader(") {
        out.push(Suggestion::construct("System.in));", 0.88));
    } else if typed.ends_with("Integer.parseInt(") {
        parsed_text(context, out);
    } else if let Some(map) = typed
        .strip_prefix("if (")
        .map(|test| test.trim_start_matches('!'))
        .and_then(|test| test.strip_suffix(".containsKey("))
        .filter(|map| is_plain_name(map))
    {
        // A word count's test of the word the loop walks: `for (String w : words) {` then
        // `if (counts.containsKey(` -> `w)) {`.
        let walked = context.enclosing_lines().next().and_then(|header| {
            let (declaration, _) = header.strip_prefix("for (")?.split_once(" : ")?;
            declaration.split_whitespace().next_back()
        });
        if let Some(walked) = walked.filter(|walked| is_plain_name(walked) && *walked != map) {
            out.push(Suggestion::construct(format!("{walked})) {{"), 0.86));
        }
    } else if typed == "System.out.println(Arrays.toString(" {
        if let Some(array) = only_array(context) {
            out.push(Suggestion::construct(format!("{array}));"), 0.88));
        }
    } else if let Some((receiver, arguments)) = typed.split_once(".put(") {
        // The count read back from the same map for the same key is put back one higher:
        // `counts.put(w, counts.getOrDefault(w, 0) ` -> `+ 1);`.
        if let Some((key, _)) = arguments.split_once(", ")
            && is_plain_name(key)
        {
            let read = format!("{key}, {receiver}.getOrDefault({key}, 0) ");
            if arguments == read {
                out.push(Suggestion::construct("+ 1);", 0.86));
                return;
            }
            if arguments == format!("{read}+ ") {
                out.push(Suggestion::construct("1);", 0.86));
                return;
            }
        }
        // `counts.put(word, ` in a loop over words: the count so far, plus one.
        let Some(key) = arguments
            .strip_suffix(", ")
            .filter(|key| is_plain_name(key))
        else {
            return;
        };
        let counted = java_type(context, receiver)
            .and_then(map_types)
            .is_some_and(|(_, value)| value == "Integer");
        let in_loop = context
            .enclosing_lines()
            .next()
            .is_some_and(|line| line.starts_with("for (") && line.contains(&format!(" {key} : ")));
        if counted && in_loop {
            out.push(Suggestion::construct(
                format!("{receiver}.getOrDefault({key}, 0) + 1);"),
                0.86,
            ));
        }
    } else if typed.starts_with("for (Map.Entry<") && typed.ends_with(" : ") {
        let Some(types) = typed
            .strip_prefix("for (Map.Entry<")
            .and_then(|rest| rest.split_once('>'))
            .map(|(types, _)| types)
        else {
            return;
        };
        let maps: Vec<&str> = context
            .code_lines_above()
            .take(80)
            .filter_map(|line| {
                let (kind, name) = declaration(line)?;
                let (key, value) = map_types(kind)?;
                (format!("{key}, {value}") == types).then_some(name)
            })
            .collect();
        if let [map] = maps.as_slice() {
            out.push(Suggestion::construct(format!("{map}.entrySet()) {{"), 0.88));
        }
    } else if let Some(before) = typed.strip_suffix('.') {
        java_member(context, before, out);
    }
}

/// `int n = Integer.parseInt(` -> `line);` for the `String` read just above, `parts[0]` then `parts[1]` for the
/// pieces of a split line.
fn parsed_text(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let mut used = 0;
    let text = context.code_lines_above().take(2).find_map(|line| {
        let (kind, name) = declaration(line)?;
        match kind {
            "String" => Some(name.to_owned()),
            "String[]" => Some(format!("{name}[{used}]")),
            _ => {
                used += usize::from(line.contains("Integer.parseInt("));
                None
            }
        }
    });
    if let Some(text) = text {
        let closers = open_parentheses(typed).unwrap_or_default();
        let end = if typed.contains(" = ") { ";" } else { "" };
        out.push(Suggestion::construct(format!("{text}{closers}{end}"), 0.85));
    }
}

/// Java members: a map entry's `String key = entry.` -> `getKey();` (the value's type -> `getValue();`),
/// `System.out.println(entry.` -> both; `if (ages.` -> `containsKey()` for a map;
/// The one array of numbers the lines above declare (`int[] nums = {3, 1, 2};`), the one printed.
fn only_array<'a>(context: &Context<'a>) -> Option<&'a str> {
    let arrays: Vec<&str> = context
        .code_lines_above()
        .take(40)
        .filter_map(|line| {
            let (kind, name) = declaration(line)?;
            (kind.ends_with("[]") && !kind.starts_with("String")).then_some(name)
        })
        .collect();
    match arrays.as_slice() {
        [array] => Some(array),
        _ => None,
    }
}

/// `System.out.println(Arrays.` -> `toString(nums));`, `String message = String.` -> `format()`.
fn java_member(context: &Context<'_>, before: &str, out: &mut Vec<Suggestion>) {
    let receiver_start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map_or(0, |index| index + 1);
    let receiver = before.get(receiver_start..).unwrap_or("");
    let left = before.get(..receiver_start).unwrap_or("").trim_end();
    if receiver.is_empty() {
        return;
    }
    if receiver == "Arrays" && left == "System.out.println(" {
        if let Some(array) = only_array(context) {
            out.push(Suggestion::member(format!("toString({array}));"), 0.9));
        }
        return;
    }
    if receiver == "String" && left.starts_with("String ") && left.ends_with('=') {
        let name = left
            .trim_end_matches('=')
            .trim()
            .rsplit(' ')
            .next()
            .unwrap_or("")
            .to_lowercase();
        if [
            "msg", "message", "greeting", "text", "output", "line", "label", "summary", "info",
        ]
        .iter()
        .any(|word| name.contains(word))
        {
            out.push(Suggestion::member("format()", 0.9));
        }
        return;
    }
    let Some(declared) = java_type(context, receiver) else {
        return;
    };
    if let Some(types) = declared
        .strip_prefix("Map.Entry<")
        .and_then(|rest| rest.strip_suffix('>'))
    {
        let Some((key, value)) = types.split_once(',').map(|(k, v)| (k.trim(), v.trim())) else {
            return;
        };
        if left == "System.out.println(" {
            out.push(Suggestion::construct(
                format!("getKey() + \": \" + {receiver}.getValue());"),
                0.8,
            ));
            return;
        }
        let Some(target_type) = left
            .strip_suffix('=')
            .and_then(|declared| declared.trim().rsplit_once(' '))
            .map(|(kind, _)| kind.trim())
        else {
            return;
        };
        let boxed = |kind: &str| {
            match kind {
                "int" => "Integer",
                "double" => "Double",
                "long" => "Long",
                other => other,
            }
            .to_owned()
        };
        let target_type = boxed(target_type);
        let member = if key != value && target_type == key {
            "getKey();"
        } else if key != value && target_type == value {
            "getValue();"
        } else {
            return;
        };
        out.push(Suggestion::member(member, 0.9));
    } else if left == "if (" && map_types(declared).is_some() {
        out.push(Suggestion::member("containsKey()", 0.88));
    } else if left.ends_with('=') && map_types(declared).is_some() {
        // Under `if (ages.containsKey(name)) {`: the value of the key just tested.
        let tested = context
            .enclosing_lines()
            .next()
            .and_then(|line| line.strip_prefix(&format!("if ({receiver}.containsKey(")))
            .and_then(|rest| rest.strip_suffix(")) {"))
            .filter(|key| is_plain_name(key));
        if let Some(key) = tested {
            out.push(Suggestion::member(format!("get({key});"), 0.9));
        }
    }
}

/// C's (and C++'s) reading of text and memory: `fgets(name, ` -> `sizeof(name), stdin);`, `malloc(n * ` ->
/// `sizeof(int));` (any count), `malloc(strlen(s) + ` -> `1);`, the `return 1;` after a failed `fopen`'s message in `main`,
/// and `fclose(fp);` after the loop that read the file.
fn c_input(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if typed.is_empty() {
        file_closed_or_abandoned(context, out);
        return;
    }
    if let Some(tested) = typed
        .strip_suffix(" != ")
        .or_else(|| typed.strip_suffix(" == "))
    {
        end_of_input_or_conversions(tested, out);
    }
    if let Some(buffer) = typed
        .strip_suffix("[strcspn(")
        .filter(|buffer| is_plain_name(buffer))
    {
        // The newline `fgets` kept is cut off.
        out.push(Suggestion::construct(
            format!("{buffer}, \"\\n\")] = '\\0';"),
            0.86,
        ));
        return;
    }
    // The size may be begun: `fgets(name, sizeof(` -> `name), stdin);`.
    let sized = typed.ends_with(", sizeof(");
    if let Some((_, arguments)) = typed.rsplit_once("fgets(")
        && let Some(buffer) = arguments
            .strip_suffix(", ")
            .or_else(|| arguments.strip_suffix(", sizeof("))
            .filter(|buffer| is_plain_name(buffer))
        // `sizeof` counts an array's bytes, never a pointer's.
        && context
            .code_lines_above()
            .take(30)
            .any(|line| line.starts_with("char ") && line.contains(&format!(" {buffer}[")))
    {
        let file = context
            .code_lines_above()
            .take(30)
            .find_map(|line| {
                let rest = line.strip_prefix("FILE *")?;
                let (name, value) = rest.split_once(" = ")?;
                (value.starts_with("fopen(") && value.contains("\"r")).then_some(name.trim())
            })
            .unwrap_or("stdin");
        let ending = if typed.starts_with("while (") {
            ")) {"
        } else {
            ");"
        };
        let size = if sized { "" } else { "sizeof(" };
        out.push(Suggestion::construct(
            format!("{size}{buffer}), {file}{ending}"),
            0.86,
        ));
    } else if typed.ends_with(") + ") && typed.contains("malloc(strlen(") {
        out.push(Suggestion::construct("1);", 0.86));
    } else if let Some((before, _)) = typed
        .strip_suffix(" * ")
        .and_then(|rest| rest.rsplit_once("malloc("))
        // `sqlite3_malloc(` is another function.
        .filter(|(before, count)| is_plain_name(count) && !before.ends_with(is_identifier_char))
    {
        // The pointer's type, or the cast's: `int *arr = malloc(n * ` -> `sizeof(int));`.
        let declared = before.split('=').next().unwrap_or("").trim();
        let cast = before
            .rsplit_once('(')
            .map(|(_, cast)| cast.trim_end_matches([')', ' ']));
        let pointed = cast
            .filter(|cast| cast.ends_with('*'))
            .unwrap_or(declared)
            .split('*')
            .next()
            .unwrap_or("")
            .trim();
        let simple = ["int", "double", "float", "char", "long"].contains(&pointed)
            || (pointed.starts_with("struct ")
                && is_plain_name(pointed.trim_start_matches("struct ")))
            || is_plain_name(pointed) && pointed.starts_with(|c: char| c.is_ascii_uppercase());
        if simple && declared.contains('*') {
            out.push(Suggestion::construct(format!("sizeof({pointed}));"), 0.86));
        }
    }
}

/// On a blank line: `return 1;` after the message of a failed `fopen` in `main`, and `fclose(fp);` after the
/// loop that read or wrote an open file.
fn file_closed_or_abandoned(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let mut above = context.code_lines_above();
    let Some(previous) = above.next() else {
        return;
    };
    let reported = previous.starts_with("printf(")
        || previous.starts_with("perror(")
        || previous.starts_with("fprintf(stderr")
        || previous.starts_with("std::cerr <<");
    if reported {
        let failed = above.next().is_some_and(|line| {
            let line = line.replace(' ', "");
            line.ends_with("==NULL){") || line.starts_with("if(!") && line.ends_with("){")
        }) && context
            .code_lines_above()
            .take(12)
            .any(|line| line.contains("= fopen("));
        let in_main = context
            .code_lines_above()
            .take(40)
            .find(|line| line.ends_with('{') && !line.starts_with("if") && line.contains('('))
            .is_some_and(|line| line.contains(" main("));
        if failed && in_main && context.current_indentation() > 4 {
            out.push(Suggestion::construct("return 1;", 0.86));
        }
        return;
    }
    if previous != "}" {
        return;
    }
    let Some(file) = context.code_lines_above().take(40).find_map(|line| {
        let rest = line.strip_prefix("FILE *")?;
        let (name, value) = rest.split_once(" = ")?;
        value.starts_with("fopen(").then_some(name.trim())
    }) else {
        return;
    };
    let closed = context
        .code_lines_above()
        .take(40)
        .any(|line| line.starts_with(&format!("fclose({file})")));
    // A loop read or wrote it: `while (fgets(line, sizeof(line), fp)) {`, `fprintf(out, ...)` in its body.
    let loop_used_it = context.code_lines_above().take(12).any(|line| {
        (line.starts_with("while (") && line.contains(&format!("{file})")))
            || line.contains(&format!("({file}, "))
    });
    if !closed && loop_used_it {
        out.push(Suggestion::construct(format!("fclose({file});"), 0.85));
    }
}

/// The line that ends C++'s `std::endl` or `"\n"`, as the file does.
fn cpp_line_end(context: &Context<'_>) -> &'static str {
    if context.code.contains("std::endl") || !context.code.contains("\\n\"") {
        if context.code.contains("using namespace std;") {
            "endl"
        } else {
            "std::endl"
        }
    } else {
        "\"\\n\""
    }
}

/// `std::cout << ` right after a loop whose body printed its items on one line, each followed by a space (`std::cout
/// << v[i] << " ";`) -> `std::endl;`: the row is ended once the loop is done.
fn row_ended(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !(typed == "std::cout << " || typed == "cout << ") {
        return;
    }
    let mut above = context.code_lines_above();
    if above.next() != Some("}") {
        return;
    }
    let Some(printed) = above.next() else {
        return;
    };
    let spaced = printed.ends_with("<< \" \";") || printed.ends_with("<< ' ';");
    let looped = above.next().is_some_and(|header| {
        (header.starts_with("for (") || header.starts_with("while (")) && header.ends_with('{')
    });
    if spaced && looped && printed.starts_with(typed) {
        out.push(Suggestion::construct(
            format!("{};", cpp_line_end(context)),
            0.85,
        ));
    }
}

/// The call that ends a printed row, right after a loop whose body printed its items on one line without a line
/// break: C's `printf(` -> `"\n");` under `printf("%d ", arr[i]);`, Java's `System.out.println(` -> `);` under
/// `System.out.print(x + " ");`, Go's `fmt.Println(` -> `)` under `fmt.Print(n, " ")`, Python's `print(` -> `)`
/// under `print(x, end=" ")`. C++'s `std::cout << ` is `row_ended`'s.
fn row_ended_after_loop(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let (call, ending, printed_without_break): (&str, &str, fn(&str) -> bool) =
        match context.profile.language {
            Language::C => ("printf(", "\"\\n\");", |line| {
                line.starts_with("printf(\"") && !line.contains("\\n\"")
            }),
            Language::Java => ("System.out.println(", ");", |line| {
                line.starts_with("System.out.print(")
            }),
            Language::Go => ("fmt.Println(", ")", |line| {
                line.starts_with("fmt.Print(")
                    || (line.starts_with("fmt.Printf(\"") && !line.contains("\\n\""))
            }),
            Language::Python => ("print(", ")", |line| {
                line.starts_with("print(") && line.contains("end=") && !line.contains("end=\"\\n\"")
            }),
            _ => return,
        };
    if typed != call {
        return;
    }
    let mut above = context.code_lines_above();
    let looped = |header: &str| {
        ["for ", "for (", "while ", "while ("]
            .iter()
            .any(|keyword| header.starts_with(keyword))
            && (header.ends_with('{') || header.ends_with(':'))
    };
    let row_printed = if context.profile.language == Language::Python {
        // The loop's header sits at the cursor's indentation, its one-line body deeper.
        let mut lines = context
            .code_before_line()
            .lines()
            .rev()
            .filter(|line| !line.trim().is_empty());
        let width = context.current_indentation();
        match (lines.next(), lines.next()) {
            (Some(body), Some(header)) => {
                super::cursor::indentation(body) > width
                    && super::cursor::indentation(header) == width
                    && looped(header.trim())
                    && printed_without_break(body.trim())
            }
            _ => false,
        }
    } else {
        above.next() == Some("}")
            && above.next().is_some_and(printed_without_break)
            && above.next().is_some_and(looped)
    };
    if row_printed {
        out.push(Suggestion::construct(ending, 0.85));
    }
}

/// C++'s input loop and maps: `nums.push_back(` under `while (std::cin >> x) {` -> `x);`, `counts[` -> `word]++;`,
/// `std::cout << ` in `for (const auto& [key, value] : m) {` -> `key << ": " << value << std::endl;`, `while
/// (std::getline(std::cin, ` -> `line)) {`.
fn cpp(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if typed.ends_with("sync_with_stdio(")
        && ["std::ios::", "ios::", "std::ios_base::", "ios_base::"]
            .iter()
            .any(|class| typed == format!("{class}sync_with_stdio("))
    {
        // Fast input: C++ streams unhooked from C's, the only reason to call it.
        out.push(Suggestion::construct("false);", 0.88));
        return;
    }
    read_into_sized(context, typed, out);
    row_ended(context, typed, out);
    let header = context.enclosing_lines().next().unwrap_or("");
    let read = header
        .strip_prefix("while (std::cin >> ")
        .or_else(|| header.strip_prefix("while (cin >> "))
        .and_then(|rest| rest.strip_suffix(") {"))
        .filter(|name| is_plain_name(name));
    if let Some(read) = read {
        if typed.ends_with(".push_back(") && !typed.contains(' ') {
            out.push(Suggestion::construct(format!("{read});"), 0.86));
        } else if typed.ends_with('[') && is_plain_name(typed.trim_end_matches('[')) {
            out.push(Suggestion::construct(format!("{read}]++;"), 0.86));
        }
        return;
    }
    if typed == "std::cout << " || typed == "cout << " {
        let Some(bound) = header
            .split_once("auto& [")
            .and_then(|(_, rest)| rest.split_once(']'))
            .map(|(names, _)| names)
        else {
            return;
        };
        let Some((key, value)) = bound.split_once(',') else {
            return;
        };
        let (key, value) = (key.trim(), value.trim());
        if is_plain_name(key)
            && is_plain_name(value)
            && context.previous_code_line().map(str::trim) == Some(header)
        {
            out.push(Suggestion::construct(
                format!("{key} << \": \" << {value} << {};", cpp_line_end(context)),
                0.85,
            ));
        }
        return;
    }
    if typed
        .strip_prefix("std::cout << \"")
        .and_then(|rest| rest.strip_suffix("\" << "))
        .is_some_and(|text| !text.contains('"'))
    {
        // A greeting of what `std::cin` read just above: `std::cin >> name;`.
        let read = context
            .code_lines_above()
            .take(2)
            .find_map(|line| line.strip_prefix("std::cin >> ")?.strip_suffix(';'))
            .filter(|name| is_plain_name(name));
        if let Some(read) = read {
            out.push(Suggestion::construct(
                format!("{read} << {};", cpp_line_end(context)),
                0.82,
            ));
        }
        return;
    }
    // From a file opened for reading alike (`std::ifstream in("data.txt");` then `while (getline(in, `).
    let stream = typed
        .strip_prefix("while (std::getline(")
        .or_else(|| typed.strip_prefix("while (getline("))
        .and_then(|rest| rest.strip_suffix(", "));
    let from_stream = stream.is_some_and(|stream| {
        matches!(stream, "std::cin" | "cin")
            || is_plain_name(stream)
                && context.code_lines_above().take(20).any(|line| {
                    line.strip_prefix("std::")
                        .unwrap_or(line)
                        .strip_prefix("ifstream ")
                        .is_some_and(|declared| declared.starts_with(&format!("{stream}(")))
                })
    });
    if from_stream {
        let strings: Vec<&str> = context
            .code_lines_above()
            .take(20)
            .filter_map(|line| {
                let name = line
                    .strip_prefix("std::string ")
                    .or_else(|| line.strip_prefix("string "))?
                    .strip_suffix(';')?;
                is_plain_name(name).then_some(name)
            })
            .collect();
        if let [line] = strings.as_slice() {
            out.push(Suggestion::construct(format!("{line})) {{"), 0.86));
        }
    }
}

/// Go's standard input: `reader := bufio.` -> `NewReader(os.Stdin)`, `line, _ := reader.` -> `ReadString('\n')`,
/// `text = strings.` -> `TrimSpace(text)`, `strconv.Atoi(` -> the line read, `fmt.Println(scanner.` ->
/// `Text())`, `counts := make(` -> `map[string]int)`, `time.Sleep(2 * ` -> `time.Second)`.
fn go(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let reader_of_stdin = |name: &str| {
        context
            .code_lines_above()
            .take(30)
            .any(|line| line == format!("{name} := bufio.NewReader(os.Stdin)"))
    };
    if typed == "reader := bufio." {
        out.push(Suggestion::member("NewReader(os.Stdin)", 0.88));
    } else if typed == "reader := bufio.NewReader(" {
        out.push(Suggestion::construct("os.Stdin)", 0.88));
    } else if typed
        .strip_suffix('.')
        .and_then(|before| before.split_once(" := "))
        .is_some_and(|(_, receiver)| reader_of_stdin(receiver))
    {
        out.push(Suggestion::member("ReadString('\\n')", 0.88));
    } else if typed.ends_with(".ReadString(")
        && typed
            .rsplit_once(".ReadString(")
            .and_then(|(before, _)| before.rsplit([' ', '=']).next())
            .is_some_and(reader_of_stdin)
    {
        out.push(Suggestion::construct("'\\n')", 0.88));
    } else if let Some(text) = typed.strip_suffix(" = strings.") {
        let read = context
            .code_lines_above()
            .take(3)
            .any(|line| line.starts_with(&format!("{text}, ")) && line.contains(".ReadString("));
        if read {
            out.push(Suggestion::member(format!("TrimSpace({text})"), 0.88));
        }
    } else if let Some(call) = ["strings.Fields(", "strings.TrimSpace(", "strings.Split("]
        .iter()
        .find(|call| typed.ends_with(*call))
    {
        // The line just read is what the next line takes apart: `line := scanner.Text()` then
        // `words := strings.Fields(` -> `line)`.
        let line = context.code_lines_above().next().and_then(|line| {
            let (name, value) = line.split_once(" := ")?;
            let name = name.split(',').next()?.trim();
            (value.ends_with(".Text()") || value.contains(".ReadString(")).then_some(name)
        });
        let rest = if *call == "strings.Split(" {
            ", ".to_owned()
        } else {
            open_parentheses(typed).unwrap_or_default()
        };
        if let Some(line) = line.filter(|line| is_plain_name(line)) {
            out.push(Suggestion::construct(format!("{line}{rest}"), 0.86));
        }
    } else if typed.ends_with("strconv.Atoi(") {
        let line = context.code_lines_above().take(3).find_map(|line| {
            let (name, value) = line.split_once(" := ")?;
            let name = name.split(',').next()?.trim();
            (value.ends_with(".Text()")
                || value.contains(".ReadString(")
                || value.starts_with("strings.TrimSpace("))
            .then_some(name)
        });
        let scanning = context
            .enclosing_lines()
            .next()
            .is_some_and(|line| line == "for scanner.Scan() {");
        let closers = open_parentheses(typed).unwrap_or_default();
        if let Some(line) = line.filter(|line| is_plain_name(line)) {
            out.push(Suggestion::construct(format!("{line}{closers}"), 0.86));
        } else if scanning {
            out.push(Suggestion::construct(
                format!("scanner.Text(){closers}"),
                0.86,
            ));
        }
    } else if typed == "fmt.Println(" {
        // The first line of a loop over a map's pairs prints both.
        let header = context.previous_code_line().map(str::trim).unwrap_or("");
        let pair = header
            .strip_prefix("for ")
            .and_then(|rest| rest.split_once(" := range "))
            .and_then(|(names, _)| names.split_once(", "));
        if let Some((key, value)) = pair
            && is_plain_name(key)
            && is_plain_name(value)
            && key != "_"
            && context.enclosing_lines().next() == Some(header)
        {
            out.push(Suggestion::construct(format!("{key}, {value})"), 0.86));
        }
    } else if typed == "fmt.Scan(" || typed == "fmt.Scanln(" {
        // The variable declared on the line above is read into.
        let declared = context
            .previous_code_line()
            .map(str::trim)
            .and_then(|line| line.strip_prefix("var "))
            .and_then(|rest| rest.split_once(' '))
            .map(|(name, _)| name)
            .filter(|name| is_plain_name(name));
        if let Some(name) = declared {
            out.push(Suggestion::construct(format!("&{name})"), 0.86));
        }
    } else if typed == "fmt.Println(scanner." {
        out.push(Suggestion::member("Text())", 0.88));
    } else if typed
        .strip_suffix('.')
        .and_then(|before| before.split_once(" := "))
        .is_some_and(|(_, receiver)| {
            is_plain_name(receiver)
                && context
                    .previous_code_line()
                    .is_some_and(|line| line.trim() == format!("for {receiver}.Scan() {{"))
        })
    {
        // `line := scanner.` first thing in `for scanner.Scan() {`: the line just scanned.
        out.push(Suggestion::member("Text()", 0.88));
    } else if let Some(name) = typed.strip_suffix(" := make(") {
        let kind = match name {
            "counts" | "count" | "freq" | "frequency" | "wordCount" | "wordCounts" => {
                "map[string]int"
            }
            "seen" | "visited" => "map[string]bool",
            _ => return,
        };
        out.push(Suggestion::construct(format!("{kind})"), 0.82));
    } else if let Some(name) = typed.strip_suffix(" := make(map[string]") {
        // The key typed by hand: the value type follows from the name as above.
        let kind = match name {
            "counts" | "count" | "freq" | "frequency" | "wordCount" | "wordCounts" => "int",
            "seen" | "visited" => "bool",
            _ => return,
        };
        out.push(Suggestion::construct(format!("{kind})"), 0.82));
    } else if typed.starts_with("time.Sleep(")
        && typed.ends_with(" * ")
        && typed
            .trim_start_matches("time.Sleep(")
            .trim_end_matches(" * ")
            .chars()
            .all(|c| c.is_ascii_digit())
    {
        out.push(Suggestion::construct("time.Second)", 0.85));
    }
}

/// The byte buffer a Rust copy loop declared above (`let mut buf = [0u8; 8192];`, `vec![0; n]`).
fn declared_byte_buffer<'a>(context: &Context<'a>) -> Option<&'a str> {
    context.code_lines_above().take(15).find_map(|line| {
        let (name, value) = line.strip_prefix("let mut ")?.split_once(" = ")?;
        let name = name.split(':').next().unwrap_or(name).trim();
        let zeroed = ["[0u8; ", "[0; ", "vec![0u8; ", "vec![0; "]
            .iter()
            .any(|start| value.starts_with(start));
        (zeroed && is_plain_name(name)).then_some(name)
    })
}

/// Rust's buffered copy: `reader.read(&mut b` -> `uf)?;` for the zeroed buffer declared above, then
/// `writer.write_all(&buf[..` -> `n])?;` with the count that read returned. `?;` where the code above already
/// propagates errors so, else only the closing.
fn byte_buffer(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let before = context.before_prefix();
    let propagates = context
        .code_lines_above()
        .take(15)
        .any(|line| line.ends_with(")?;"));
    let ending = |closers: String| {
        let statement = before.trim_start();
        let whole = statement.starts_with("let ") || !statement.contains('=');
        if propagates && whole && closers.ends_with(')') {
            format!("{closers}?;")
        } else {
            closers
        }
    };
    if [".read(&mut ", ".read_exact(&mut "]
        .iter()
        .any(|call| before.ends_with(call))
        && let Some(buffer) = declared_byte_buffer(context)
        && let Some(rest) = buffer.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        let closers = open_parentheses(context.line_before).unwrap_or_default();
        out.push(Suggestion::construct(
            format!("{rest}{}", ending(closers)),
            0.88,
        ));
        return;
    }
    if !context.prefix.is_empty() {
        return;
    }
    let Some(sliced) = before
        .strip_suffix("[..")
        .map(|head| {
            head.get(super::lexer::trailing_identifier_start(head)..)
                .unwrap_or("")
        })
        .filter(|name| is_plain_name(name))
    else {
        return;
    };
    let count = context.code_lines_above().take(10).find_map(|line| {
        let (binding, value) = line.strip_prefix("let ")?.split_once(" = ")?;
        let reads = value.contains(&format!(".read(&mut {sliced})"));
        (reads && is_plain_name(binding)).then_some(binding)
    });
    if let Some(count) = count {
        let closers = open_parentheses(context.line_before).unwrap_or_default();
        out.push(Suggestion::construct(
            format!("{count}]{}", ending(closers)),
            0.88,
        ));
    }
}

/// The `String` a Rust `read_line(&mut input)` filled, above the cursor.
fn read_buffer<'a>(context: &Context<'a>) -> Option<&'a str> {
    context.code_lines_above().take(6).find_map(|line| {
        let (_, rest) = line.split_once("read_line(&mut ")?;
        let (name, _) = rest.split_once(')')?;
        is_plain_name(name).then_some(name)
    })
}

/// Rust: `let n: i32 = input.` -> `trim().parse()` for the line read, `let name = input.` -> `trim()`,
/// The key a word borrowed from a string is counted under: `word.to_string()` when the map holds `String` keys
/// (its declaration or the function's result says `HashMap<String, `), the word itself otherwise.
pub(super) fn owned_key(context: &Context<'_>, word: &str, walked: &str) -> String {
    let borrowed = [
        ".split_whitespace()",
        ".split(",
        ".lines()",
        ".split_terminator(",
    ]
    .iter()
    .any(|call| walked.contains(call));
    let owned_keys = context
        .code_lines_above()
        .take(40)
        .any(|line| line.contains("HashMap<String, "));
    if borrowed && owned_keys {
        format!("{word}.to_string()")
    } else {
        word.to_owned()
    }
}

/// `.parse::<` -> the annotated number type, `*counts.` in a loop over words -> `entry(word).or_insert(0) += 1;`,
/// `for line in contents.` -> `lines() {`, `let words: Vec<&str> = line.` -> `split_whitespace().collect();`.
fn rust(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let target = typed
        .strip_prefix("let ")
        .and_then(|rest| rest.split_once(" = "));
    if let Some((binding, value)) = target
        && let Some(receiver) = value
            .strip_suffix('.')
            .filter(|receiver| is_plain_name(receiver))
    {
        let (name, annotation) = binding
            .split_once(':')
            .map_or((binding.trim(), ""), |(name, kind)| {
                (name.trim(), kind.trim())
            });
        let number =
            ["i32", "i64", "u32", "u64", "usize", "f64", "f32", "u8"].contains(&annotation);
        if annotation == "Vec<&str>" {
            let member = if name == "lines" {
                "lines().collect();"
            } else if name == "words" {
                "split_whitespace().collect();"
            } else {
                return;
            };
            out.push(Suggestion::member(member, 0.88));
        } else if read_buffer(context) == Some(receiver) {
            if number {
                out.push(Suggestion::member("trim().parse()", 0.88));
            } else if annotation.is_empty() && !name.contains("num") {
                out.push(Suggestion::member("trim()", 0.86));
            }
        }
        return;
    }
    if typed.ends_with(".parse::<") {
        let annotated = typed
            .strip_prefix("let ")
            .and_then(|rest| rest.split_once(" = "))
            .and_then(|(binding, _)| binding.split_once(':'))
            .map(|(_, kind)| kind.trim());
        let kind = annotated.unwrap_or("i32");
        if is_plain_name(kind) {
            out.push(Suggestion::construct(format!("{kind}>()"), 0.85));
        }
        return;
    }
    let header = context.enclosing_lines().next().unwrap_or("");
    if typed == "println!(" && context.previous_code_line().map(str::trim) == Some(header) {
        // The first line of a loop over pairs prints both: `for (name, score) in &scores {`.
        let pair = header
            .strip_prefix("for (")
            .and_then(|rest| rest.split_once(") in "))
            .and_then(|(names, _)| names.split_once(", "));
        if let Some((key, value)) = pair
            && is_plain_name(key)
            && is_plain_name(value)
        {
            out.push(Suggestion::construct(
                format!("\"{{}}: {{}}\", {key}, {value});"),
                0.87,
            ));
        }
        return;
    }
    if let Some(map) = typed
        .strip_prefix('*')
        .and_then(|rest| rest.strip_suffix('.'))
    {
        let loop_header = header
            .strip_prefix("for ")
            .and_then(|rest| rest.split_once(" in "))
            .filter(|(word, _)| is_plain_name(word.trim()));
        let counting = context
            .code_lines_above()
            .take(20)
            .any(|line| line.starts_with(&format!("let mut {map} = HashMap::new()")));
        if let Some((word, walked)) = loop_header
            && counting
        {
            let key = owned_key(context, word.trim(), walked);
            out.push(Suggestion::member(
                format!("entry({key}).or_insert(0) += 1;"),
                0.88,
            ));
        }
        return;
    }
    if let Some(text) = typed
        .strip_prefix("for line in ")
        .and_then(|rest| rest.strip_suffix('.'))
        .filter(|text| is_plain_name(text))
    {
        let read = context.code_lines_above().take(20).any(|line| {
            line.starts_with(&format!("let {text} = ")) && line.contains("read_to_string(")
        });
        if read {
            out.push(Suggestion::member("lines() {", 0.88));
        }
    }
}

/// What a C reading call is compared with: `while ((c = getchar()) != ` -> `EOF) {` (`fgetc`, `getc` alike), and
/// `if (scanf("%d %d", &a, &b) != ` -> `2) {`, the number of values its format converts.
fn end_of_input_or_conversions(tested: &str, out: &mut Vec<Suggestion>) {
    let header = tested.starts_with("while (") || tested.starts_with("if (");
    if !header || open_parentheses(tested).as_deref() != Some(")") {
        return;
    }
    let reads_character = ["getchar())", "fgetc(", "getc("]
        .iter()
        .any(|call| tested.contains(&format!("= {call}")))
        && tested.ends_with("))");
    if reads_character {
        out.push(Suggestion::construct("EOF) {", 0.88));
        return;
    }
    let Some(format) = ["(scanf(\"", "(fscanf(stdin, \""]
        .iter()
        .find_map(|call| tested.split_once(call).map(|(_, rest)| rest))
        .and_then(|rest| rest.split_once('"'))
        .filter(|(_, arguments)| arguments.ends_with(')') && !arguments.contains('"'))
        .map(|(format, _)| format)
    else {
        return;
    };
    let conversions = format
        .split('%')
        .skip(1)
        .filter(|conversion| !conversion.is_empty() && !conversion.starts_with(['%', '*']));
    let count = conversions.count();
    if count > 0 && !format.contains("%%") {
        out.push(Suggestion::construct(format!("{count}) {{"), 0.86));
    }
}

/// `for (int i = 0; i < n; i++) std::cin >> ` -> `v[i];` after `std::vector<int> v(n);` (or `int a[n];`): a
/// counted loop reading input fills the one container sized by its bound.
fn read_into_sized(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    let Some(before) = typed
        .strip_suffix("std::cin >> ")
        .or_else(|| typed.strip_suffix("cin >> "))
        .map(str::trim_end)
    else {
        return;
    };
    let header = if before.is_empty() {
        context.enclosing_lines().next().unwrap_or("")
    } else {
        before
    };
    let Some(loop_parts) = header
        .strip_prefix("for (int ")
        .and_then(|rest| rest.split_once(')'))
        .map(|(parts, _)| parts)
    else {
        return;
    };
    let parts: Vec<&str> = loop_parts.split(';').map(str::trim).collect();
    let [start, test, _] = parts.as_slice() else {
        return;
    };
    let Some((index, _)) = start.split_once(" = ") else {
        return;
    };
    let Some(bound) = test
        .strip_prefix(index)
        .and_then(|rest| rest.trim_start().strip_prefix('<'))
        .map(str::trim)
        .filter(|bound| is_plain_name(bound))
    else {
        return;
    };
    let vector_end = format!("({bound});");
    let array_end = format!("[{bound}];");
    let mut sized = context.code_lines_above().take(20).filter_map(|line| {
        let declared = line
            .strip_suffix(vector_end.as_str())
            .filter(|declared| declared.contains("vector<"))
            .or_else(|| line.strip_suffix(array_end.as_str()))?;
        let name = declared.rsplit(' ').next()?;
        (is_plain_name(name) && !declared.contains(',')).then_some(name)
    });
    if let (Some(name), None) = (sized.next(), sized.next()) {
        out.push(Suggestion::construct(format!("{name}[{index}];"), 0.86));
    }
}
