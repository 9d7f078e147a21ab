//! Java: syntax (text blocks included), keywords, core classes and constructs.
//!
//! Constructs: `public static void main` -> `(String[] args) {`, loop headers (`for (int i = 0` ->
//! `; i < items.size(); i++) {` or `.length` for arrays, `for (String item : ` -> `items) {`), `case ` in a
//! `switch`, the value after `return`, `catch (` -> `Exception e) {`, `this.` in a constructor -> the next
//! parameter not stored yet (`width = width;`). Members: `System.out.`, `Math.`, `Arrays.`,
//! `Collections.`, ...; a receiver's methods when its declared type is `String`, a `List`, a `Map`, a `Set`, a
//! `StringBuilder` or an array; stream operations after `.stream()`.
//!
//! Everyday idioms: `List<String> names = new ` -> `ArrayList<>();` (the usual class for a collection interface,
//! else the declared class), `return ` in a getter -> its field, `@` before a member -> `Override`, `int n = s.` ->
//! `length()` for a string, `size()` for a collection; a caught exception's name and its rethrow as a cause, an
//! enum's `values()`, `toString()` and `hashCode()` from the fields, a Spring controller's annotations; a Swing
//! game's window and panel (`frame.setDefaultCloseOperation(` -> `JFrame.EXIT_ON_CLOSE);`, `frame.setVis` ->
//! `ible(true);`, `rep` -> `aint();` in a panel, `e.getKe` -> `yCode()` on a `KeyEvent`).

use super::Suggestion;
use super::cursor::{Context, MemberAccess};
use super::language::{BlockStyle, DOUBLE_QUOTED, Language, Profile, SINGLE_QUOTED, Word};
use super::lexer::{Quote, Syntax, TokenKind, is_identifier_char, is_plain_name};
use super::members::{MemberHints, MemberTable, table_for};
use super::statements::{
    DefinedMember, after_return, assign_constructor_parameter, class_body_members,
    class_brace_named, complete_phrase, declaration_of, enclosing_class_brace, enclosing_function,
    iterable_in_scope, open_braces, return_value, switch_case,
};

static SYNTAX: Syntax = Syntax {
    line_comments: &["//"],
    block_comment: Some(("/*", "*/")),
    nested_block_comments: false,
    quotes: &[
        Quote {
            delimiter: "\"\"\"",
            multiline: true,
            escapes: true,
        },
        DOUBLE_QUOTED,
        SINGLE_QUOTED,
    ],
    string_prefixes: &[],
    raw_strings: false,
    char_or_lifetime: false,
    regex_literals: false,
    template_interpolation: false,
    dollar_in_identifiers: true,
};

static WORDS: &[Word] = &[
    Word::statement("public", " "),
    Word::statement("private", " "),
    Word::statement("protected", " "),
    Word::statement("class", " "),
    Word::statement("interface", " "),
    Word::statement("enum", " "),
    Word::statement("record", " "),
    Word::statement("return", " "),
    Word::statement("if", " ("),
    Word::statement("else", " "),
    Word::statement("for", " ("),
    Word::statement("while", " ("),
    Word::statement("switch", " ("),
    Word::statement("case", " "),
    Word::statement("default", ":"),
    Word::statement("break", ";"),
    Word::statement("continue", ";"),
    Word::statement("throw", " new "),
    Word::statement("try", " {"),
    Word::statement("catch", " ("),
    Word::statement("finally", " {"),
    Word::statement("import", " "),
    Word::statement("package", " "),
    Word::anywhere("static", " "),
    Word::anywhere("final", " "),
    Word::anywhere("void", " "),
    Word::anywhere("abstract", " "),
    Word::anywhere("new", " "),
    Word::anywhere("this", ""),
    Word::anywhere("super", ""),
    Word::anywhere("null", ""),
    Word::anywhere("true", ""),
    Word::anywhere("false", ""),
    Word::anywhere("instanceof", " "),
    Word::anywhere("extends", " "),
    Word::anywhere("implements", " "),
    Word::anywhere("throws", " "),
    Word::anywhere("int", " "),
    Word::anywhere("long", " "),
    Word::anywhere("double", " "),
    Word::anywhere("boolean", " "),
    Word::anywhere("char", " "),
    Word::anywhere("String", ""),
    Word::anywhere("var", " "),
    Word::anywhere("List", "<"),
    Word::anywhere("ArrayList", "<>()"),
    Word::anywhere("Map", "<"),
    Word::anywhere("HashMap", "<>()"),
    Word::anywhere("Set", "<"),
    Word::anywhere("HashSet", "<>()"),
    Word::anywhere("Optional", "<"),
    Word::anywhere("Integer", ""),
    Word::anywhere("Override", ""),
    Word::anywhere("System", "."),
    Word::anywhere("Math", "."),
    Word::anywhere("Arrays", "."),
    Word::anywhere("Collections", "."),
    Word::anywhere("StringBuilder", ""),
    Word::anywhere("Exception", ""),
    Word::anywhere("RuntimeException", ""),
    Word::anywhere("IllegalArgumentException", ""),
    Word::anywhere("synchronized", " "),
    Word::statement("do", " {"),
    Word::anywhere("byte", " "),
    Word::anywhere("short", " "),
    Word::anywhere("float", " "),
    Word::anywhere("Object", ""),
    Word::anywhere("Long", ""),
];

static CLASS_MEMBERS: &[(&str, &[&str])] = &[
    // Spring's and JPA's classes and enums, in a web service's controllers and entities.
    (
        "HttpStatus",
        &[
            "OK",
            "NOT_FOUND",
            "CREATED",
            "BAD_REQUEST",
            "INTERNAL_SERVER_ERROR",
            "NO_CONTENT",
            "UNAUTHORIZED",
            "FORBIDDEN",
            "CONFLICT",
            "ACCEPTED",
            "UNPROCESSABLE_ENTITY",
        ],
    ),
    (
        "ResponseEntity",
        &[
            "ok()",
            "status()",
            "notFound()",
            "badRequest()",
            "created()",
            "noContent()",
            "internalServerError()",
            "accepted()",
        ],
    ),
    (
        "GenerationType",
        &["IDENTITY", "AUTO", "SEQUENCE", "UUID", "TABLE"],
    ),
    ("SpringApplication", &["run()"]),
    ("LoggerFactory", &["getLogger()"]),
    // The standard library's packages, in imports and qualified names, most imported first.
    (
        "java",
        &[
            "util", "io", "lang", "nio", "security", "time", "net", "text", "math",
        ],
    ),
    (
        "java.util",
        &[
            "List",
            "Map",
            "ArrayList",
            "Objects",
            "HashMap",
            "Arrays",
            "Set",
            "function",
            "concurrent",
            "stream",
            "Iterator",
            "Collections",
            "Scanner",
            "Random",
            "HashSet",
            "LinkedList",
            "Optional",
            "Queue",
            "ArrayDeque",
            "PriorityQueue",
        ],
    ),
    (
        "java.io",
        &[
            "IOException",
            "Serializable",
            "Serial",
            "File",
            "InputStream",
            "OutputStream",
            "UncheckedIOException",
        ],
    ),
    (
        "java.lang",
        &["reflect", "invoke", "annotation", "ref", "Math", "String"],
    ),
    (
        "java.nio",
        &["ByteBuffer", "charset", "file", "channels", "ByteOrder"],
    ),
    (
        "java.util.concurrent",
        &["TimeUnit", "atomic", "locks", "ConcurrentHashMap", "Future"],
    ),
    (
        "System",
        &[
            "out.println()",
            "err.println()",
            "currentTimeMillis()",
            "exit()",
            "getenv()",
            "nanoTime()",
            "arraycopy()",
            "getProperty()",
            "lineSeparator()",
            "in",
        ],
    ),
    (
        "System.out",
        &["println()", "print()", "printf()", "flush()"],
    ),
    ("System.err", &["println()", "print()", "printf()"]),
    (
        "Math",
        &[
            "max()",
            "min()",
            "abs()",
            "sqrt()",
            "pow()",
            "random()",
            "floor()",
            "ceil()",
            "round()",
            "PI",
            "log()",
            "floorMod()",
            "hypot()",
        ],
    ),
    (
        "Arrays",
        &[
            "asList()",
            "sort()",
            "toString()",
            "stream()",
            "fill()",
            "copyOf()",
            "equals()",
            "copyOfRange()",
            "binarySearch()",
            "deepToString()",
        ],
    ),
    (
        "Collections",
        &[
            "sort()",
            "emptyList()",
            "unmodifiableList()",
            "reverse()",
            "max()",
            "min()",
            "singletonList()",
            "shuffle()",
            "emptyMap()",
            "addAll()",
        ],
    ),
    ("String", &["valueOf()", "format()", "join()"]),
    (
        "Integer",
        &[
            "parseInt()",
            "valueOf()",
            "MAX_VALUE",
            "MIN_VALUE",
            "toString()",
            "compare()",
        ],
    ),
    (
        "Long",
        &["parseLong()", "valueOf()", "MAX_VALUE", "MIN_VALUE"],
    ),
    (
        "Double",
        &["parseDouble()", "valueOf()", "compare()", "MAX_VALUE"],
    ),
    ("List", &["of()", "copyOf()"]),
    ("Map", &["of()", "entry()", "copyOf()", "ofEntries()"]),
    ("Set", &["of()", "copyOf()"]),
    (
        "Objects",
        &[
            "equals()",
            "requireNonNull()",
            "hash()",
            "isNull()",
            "nonNull()",
            "toString()",
            "requireNonNullElse()",
        ],
    ),
    ("Optional", &["of()", "empty()", "ofNullable()"]),
    ("Thread", &["sleep()", "currentThread()"]),
    (
        "Collectors",
        &[
            "toList()",
            "joining()",
            "groupingBy()",
            "toMap()",
            "toSet()",
            "counting()",
        ],
    ),
    ("LocalDate", &["now()", "of()", "parse()"]),
    // The standard classes whose static factories the quick starts copy: files, dates, HTTP, regex, threads.
    (
        "Files",
        &[
            "readAllLines()",
            "readString()",
            "writeString()",
            "write()",
            "exists()",
            "lines()",
            "newBufferedReader()",
            "newBufferedWriter()",
            "createDirectories()",
            "list()",
            "walk()",
            "delete()",
            "copy()",
            "isDirectory()",
        ],
    ),
    ("Path", &["of()"]),
    ("Paths", &["get()"]),
    ("DateTimeFormatter", &["ofPattern()", "ISO_LOCAL_DATE"]),
    ("Duration", &["between()", "ofSeconds()", "ofMillis()"]),
    ("HttpClient", &["newHttpClient()", "newBuilder()"]),
    ("HttpRequest", &["newBuilder()"]),
    ("HttpResponse.BodyHandlers", &["ofString()"]),
    ("Pattern", &["compile()", "matches()"]),
    (
        "Executors",
        &[
            "newFixedThreadPool()",
            "newSingleThreadExecutor()",
            "newCachedThreadPool()",
        ],
    ),
    (
        "CompletableFuture",
        &["supplyAsync()", "runAsync()", "allOf()"],
    ),
    ("ThreadLocalRandom", &["current()"]),
    ("UUID", &["randomUUID()"]),
];

/// A text writer's methods (`BufferedWriter`, `PrintWriter`): a line is written, then ended.
static WRITER_METHODS: &[&str] = &["write()", "newLine()", "println()", "close()", "flush()"];
/// A `java.io.File`'s methods, most used first.
static FILE_METHODS: &[&str] = &[
    "exists()",
    "getName()",
    "listFiles()",
    "isDirectory()",
    "mkdirs()",
    "delete()",
    "getPath()",
    "length()",
];
/// A `ProcessBuilder`'s methods: it is set up, then started.
static PROCESS_BUILDER_METHODS: &[&str] = &[
    "start()",
    "inheritIO()",
    "redirectErrorStream()",
    "directory()",
];

static STRING_METHODS: &[&str] = &[
    "length()",
    "equals()",
    "substring()",
    "charAt()",
    "isEmpty()",
    "contains()",
    "split()",
    "trim()",
    "toLowerCase()",
    "toUpperCase()",
    "startsWith()",
    "endsWith()",
    "indexOf()",
    "replace()",
    "equalsIgnoreCase()",
    "toCharArray()",
    "format()",
    "isBlank()",
    "strip()",
    "chars()",
    "compareTo()",
    "lines()",
    "repeat()",
];
static LIST_METHODS: &[&str] = &[
    "add()",
    "get()",
    "size()",
    "isEmpty()",
    "contains()",
    "remove()",
    "stream()",
    "forEach()",
    "set()",
    "clear()",
    "addAll()",
    "indexOf()",
    "sort()",
    "iterator()",
    "toArray()",
    "subList()",
    "removeIf()",
];
static MAP_METHODS: &[&str] = &[
    "put()",
    "get()",
    "containsKey()",
    "getOrDefault()",
    "keySet()",
    "values()",
    "entrySet()",
    "remove()",
    "size()",
    "isEmpty()",
    "putIfAbsent()",
    "computeIfAbsent()",
    "forEach()",
    "merge()",
    "clear()",
    "containsValue()",
];
static SET_METHODS: &[&str] = &[
    "add()",
    "contains()",
    "remove()",
    "size()",
    "isEmpty()",
    "stream()",
    "forEach()",
    "clear()",
    "addAll()",
];
static BUILDER_METHODS: &[&str] = &[
    "append()",
    "toString()",
    "length()",
    "reverse()",
    "insert()",
    "setLength()",
    "deleteCharAt()",
    "charAt()",
];
static ARRAY_MEMBERS: &[&str] = &["length", "clone()"];
/// A `java.util.Scanner`'s methods, most used first.
static SCANNER_METHODS: &[&str] = &[
    "nextInt()",
    "nextLine()",
    "next()",
    "hasNext()",
    "nextDouble()",
    "hasNextLine()",
    "close()",
    "hasNextInt()",
    "nextLong()",
];
/// A `BufferedReader`'s methods, most used first.
static READER_METHODS: &[&str] = &["readLine()", "close()", "lines()", "ready()", "read()"];
/// A `java.net.http.HttpResponse`'s methods, most used first.
static HTTP_RESPONSE_METHODS: &[&str] =
    &["body()", "statusCode()", "headers()", "uri()", "request()"];
static RANDOM_METHODS: &[&str] = &[
    "nextInt()",
    "nextDouble()",
    "nextBoolean()",
    "nextLong()",
    "nextFloat()",
    "nextGaussian()",
    "ints()",
];
static STREAM_METHODS: &[&str] = &[
    "filter()",
    "map()",
    "collect()",
    "forEach()",
    "toList()",
    "sorted()",
    "count()",
    "anyMatch()",
    "reduce()",
    "mapToInt()",
    "distinct()",
    "limit()",
    "findFirst()",
    "allMatch()",
    "noneMatch()",
    "flatMap()",
    "sum()",
    "max()",
    "min()",
    "skip()",
];
/// Methods of the most used classes, for a receiver whose type the code does not show.
static COMMON_METHODS: &[&str] = &[
    "equals()",
    "toString()",
    "get()",
    "size()",
    "add()",
    "length()",
    "isEmpty()",
    "contains()",
    "stream()",
    "put()",
    "hashCode()",
    "getName()",
    "remove()",
    "forEach()",
    "close()",
];

/// Java's profile.
pub(super) static PROFILE: Profile = Profile {
    language: Language::Java,
    syntax: &SYNTAX,
    words: WORDS,
    naming_keywords: &["class", "interface", "enum", "record", "void", "package"],
    block_keywords: &[
        "if",
        "for",
        "while",
        "switch",
        "catch",
        "else",
        "synchronized",
    ],
    block_style: BlockStyle::Brace,
    statement_terminator: Some(";"),
    constructs,
    member_hints,
};

/// `Scanner sc = new ` -> `Scanner(System.in);`: a program's scanner reads standard input.
fn standard_input_scanner(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim();
    if typed.starts_with("Scanner ")
        && let Some(rest) = typed
            .strip_suffix(context.prefix)
            .and_then(|rest| rest.trim_end().strip_suffix("new"))
        && rest.trim_end().ends_with('=')
        && let Some(text) = "Scanner(System.in);".strip_prefix(context.prefix)
    {
        let lead = if context.prefix.is_empty() && !context.line_before.ends_with(' ') {
            " "
        } else {
            ""
        };
        out.push(Suggestion::construct(format!("{lead}{text}"), 0.92));
    }
}

/// `int n = sc.` on a `Scanner` -> `nextInt()` (`nextLine()` for a `String`, `nextDouble()` for a `double`): the
/// declared type says what is read.
fn read_from_scanner(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let Some(target_type) = context
        .before_receiver(&access)
        .and_then(|before| before.trim_end().strip_suffix('='))
        .and_then(|declaration| declaration.split_whitespace().next())
    else {
        return;
    };
    let is_scanner = declared_scanner(context, access.receiver);
    let method = match target_type {
        "int" => "nextInt()",
        "String" => "nextLine()",
        "double" => "nextDouble()",
        "long" => "nextLong()",
        _ => return,
    };
    // A name retyped before its call's parentheses (`sc.next|();`) is read the same way.
    let retyped = context.line_after.starts_with("()");
    if is_scanner
        && (context.at_line_end() || retyped)
        && let Some(rest) = method.strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest.to_owned(), 0.9));
    }
}

/// `int[] arr = new int[` right under `int n = sc.nextInt();` -> `n];`: an array is sized by the count just read.
fn array_sized_by_count(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some((declaration, _)) = typed
        .strip_suffix('[')
        .and_then(|head| head.rsplit_once(" = new "))
    else {
        return;
    };
    if !declaration.contains("[] ") {
        return;
    }
    let count = context.code_lines_above().next().and_then(|line| {
        let (name, _) = line.strip_prefix("int ")?.split_once(" = ")?;
        line.ends_with(';')
            .then_some(name)
            .filter(|name| is_plain_name(name))
    });
    if let Some(count) = count {
        out.push(Suggestion::construct(format!("{count}];"), 0.86));
    }
}

/// Whether `name` is declared a `Scanner`: `Scanner sc = ...`, `final Scanner sc`, and a try-with-resources' `try
/// (Scanner sc = ...)`.
fn declared_scanner(context: &Context<'_>, name: &str) -> bool {
    declaration_of(context, name).is_some_and(|declaration| {
        declaration
            .trim_start_matches("try")
            .trim_start()
            .trim_start_matches('(')
            .trim_start_matches("final ")
            .starts_with("Scanner")
    })
}

/// `while (sc.` on a `Scanner` -> `hasNextLine()) {`: a loop over the input reads it line by line until it ends.
fn scanner_loop(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let header = context
        .before_receiver(&access)
        .is_some_and(|before| before.trim() == "while (");
    if !header || !context.at_line_end() {
        return;
    }
    let is_scanner = declared_scanner(context, access.receiver);
    if is_scanner && let Some(rest) = "hasNextLine()) {".strip_prefix(context.prefix) {
        out.push(Suggestion::member(rest.to_owned(), 0.86));
    }
}

/// `for (char c : s.` on a `String` -> `toCharArray()) {`: a string's characters are walked as an array.
fn characters_of_string(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let walks_characters = context
        .before_prefix()
        .trim_start()
        .strip_suffix(access.separator)
        .and_then(|before| before.strip_suffix(access.receiver))
        .is_some_and(|header| {
            let header = header.trim_end();
            header.starts_with("for (char ") && header.ends_with(':')
        });
    if walks_characters
        && context.at_line_end()
        && let Some(rest) = "toCharArray()) {".strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest.to_owned(), 0.9));
    }
}

/// `public static void ` as the first member of a class, or in a class named `Main` or `App`, without a `main` yet:
/// `main(String[] args) {`, the program's entry point.
fn program_entry(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const ENTRY: &str = "public static void main(String[] args) {";
    let typed = context.line_before.trim_start();
    if !context.at_line_end()
        || !typed.starts_with("public static void ")
        || !ENTRY.starts_with(typed)
        || typed.len() >= "public static void main".len()
    {
        return;
    }
    let first_member = context
        .previous_code_line()
        .is_some_and(|line| line.trim_start().contains("class ") && line.trim_end().ends_with('{'));
    let code = context.code.get(..context.cursor).unwrap_or("");
    let entry_class = ["class Main", "class App"].iter().any(|class| {
        code.match_indices(class)
            .any(|(at, _)| code[at + class.len()..].starts_with(|c: char| !is_identifier_char(c)))
    });
    if (first_member || entry_class)
        && !code.contains("void main(")
        && let Some(rest) = ENTRY.get(typed.len()..)
    {
        out.push(Suggestion::construct(rest, 0.85));
    }
}

/// `System.out.println(String.` -> `format(`: a string built to be printed is formatted (`valueOf` of a value
/// printed is what `println` does by itself).
fn formatted_print(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if access.receiver != "String" || !context.at_line_end() {
        return;
    }
    let printing = context.before_receiver(&access).is_some_and(|before| {
        let before = before.trim_end();
        [
            "System.out.println(",
            "System.out.print(",
            "System.err.println(",
        ]
        .iter()
        .any(|call| before.ends_with(call))
    });
    if printing && let Some(rest) = "format()".strip_prefix(context.prefix) {
        out.push(Suggestion::member(rest, 0.9));
    }
}

/// The line under a doc comment (`/** ... */`) -> `public `: a doc comment documents a declaration, and in the
/// JDK 75 of 78 top-level ones (after the package and imports, never another import) and 116 of 142 of a class's
/// members open with it. Not in an interface, whose members drop the modifier, nor above a file's package (a
/// `package-info.java` documents its package). Also once `public` is begun.
fn documented_declaration(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if !context.at_line_end()
        || !context.before_prefix().trim().is_empty()
        || !"public ".starts_with(typed)
    {
        return;
    }
    let mut above = context
        .code_before_line()
        .lines()
        .rev()
        .filter(|line| !line.trim().is_empty());
    if !above.next().is_some_and(|line| line.trim().ends_with("*/")) {
        return;
    }
    // The comment's first line: a doc comment's `/**`, not a license's `/*`.
    let Some(opening) = above
        .by_ref()
        .take(200)
        .find(|line| line.trim_start().starts_with("/*"))
    else {
        return;
    };
    if !opening.trim_start().starts_with("/**") {
        return;
    }
    let declares_type = if context.line_before.len() == typed.len() {
        // At the top level: only once the package or an import is written.
        above.any(|line| line.starts_with("package ") || line.starts_with("import "))
    } else {
        context.enclosing_lines().next().is_some_and(|header| {
            let words: Vec<&str> = header.split_whitespace().collect();
            ["class", "enum", "record"]
                .iter()
                .any(|kind| words.contains(kind))
                && !words.contains(&"interface")
        })
    };
    if declares_type && let Some(rest) = "public ".strip_prefix(typed) {
        out.push(Suggestion::of_kind(rest, 0.85, "keyword"));
    }
}

/// `System.out.println(sb.` where `sb` is a `StringBuilder` -> `toString());`: the text built is printed.
fn built_text_printed(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(receiver) = ["System.out.println(", "System.out.print("]
        .iter()
        .find_map(|print| typed.strip_prefix(print))
        .and_then(|rest| rest.strip_suffix('.'))
    else {
        return;
    };
    let built = declaration_of(context, receiver).is_some_and(|declaration| {
        let declaration = declaration.trim();
        declaration == "StringBuilder" || declaration == "StringBuffer"
    });
    if super::lexer::is_plain_name(receiver) && built {
        out.push(Suggestion::member("toString());", 0.88));
    }
}

fn constructs(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    documented_declaration(context, out);
    built_text_printed(context, out);
    formatted_print(context, out);
    swing_window(context, out);
    accessor_of_field(context, out);
    equals_guard(context, out);
    finally_after_catch(context, out);
    equals_cast(context, out);
    equals_field_comparison(context, out);
    singleton_instance(context, out);
    own_type_argument(context, out);
    entry_value_and_merge(context, out);
    filter_by_result(context, out);
    map_by_result(context, out);
    hash_of_fields(context, out);
    described_fields(context, out);
    lines_of_file(context, out);
    end_of_reader(context, out);
    complete_phrase(
        context,
        &[
            (
                "public static void main",
                "public static void main(String[] args) {",
            ),
            ("static void main", "static void main(String[] args) {"),
        ],
        0.9,
        out,
    );
    program_entry(context, out);
    exception_parent(context, out);
    current_moment(context, out);
    exit_after_usage(context, out);
    switch_case(context, out);
    assign_constructor_parameter(context, out);
    standard_input_scanner(context, out);
    complete_phrase(
        context,
        &[
            ("if (this == o) return", "if (this == o) return true;"),
            (
                "if (o == null || getClass() != o.getClass()) return",
                "if (o == null || getClass() != o.getClass()) return false;",
            ),
        ],
        0.9,
        out,
    );
    new_instance(context, out);
    close_diamond(context, out);
    member_annotation(context, out);
    controller_annotation(context, out);
    overridden_object_method(context, out);
    overridden_interface_method(context, out);
    result_of_declared_type(context, out);
    optional_test(context, out);
    caught_exception_use(context, out);
    read_from_scanner(context, out);
    scanner_loop(context, out);
    array_sized_by_count(context, out);
    characters_of_string(context, out);
    size_into_count(context, out);
    random_of_type(context, out);
    arrays_statement(context, out);
    first_statement_of_main(context, out);
    accessor_body(context, out);
    if let Some(lead) = after_return(context)
        && let Some((value, confidence)) = getter_field(context).or_else(|| return_value(context))
    {
        out.push(Suggestion {
            text: format!("{lead}{value};"),
            confidence,
            kind: "expression",
            cursor_offset: 0,
        });
    }
    loop_header(context, out);
    let typed = context
        .line_before
        .trim_start()
        .trim_start_matches('}')
        .trim_start();
    // An edited `try` gets its `catch (|) {` with the editor's or the developer's own `) {` after the cursor:
    // only the exception and its name are missing then.
    let closed_after = matches!(context.line_after.trim(), ")" | ") {");
    if (context.at_line_end() || closed_after) && (typed == "catch (" || typed == "catch(") {
        let header_end = if closed_after { "" } else { ") {" };
        // What the `try` block calls says what it throws.
        let sleeps = context
            .code
            .get(
                context
                    .code
                    .get(..context.cursor)
                    .unwrap_or("")
                    .rfind("try")
                    .unwrap_or(0)..context.cursor,
            )
            .is_some_and(|block| block.contains("Thread.sleep(") || block.contains(".join()"));
        if sleeps {
            out.push(Suggestion::construct(
                format!("InterruptedException e{header_end}"),
                0.85,
            ));
        } else if let Some(exception) = thrown_by_try_block(context) {
            out.push(Suggestion::construct(
                format!("{exception} e{header_end}"),
                0.85,
            ));
        }
        out.push(Suggestion::construct(
            format!("Exception e{header_end}"),
            0.75,
        ));
    }
    caught_type(context, out);
    caught_name(context, typed, out);
    wrapped_in_catch(context, typed, out);
    constants_of_enum(context, typed, out);
    declared_enum_constant(context, out);
    printed_by_reference(context, typed, out);
    parse_of_declared_number(context, out);
    entries_of_map(context, out);
    read_lines(context, out);
    statement_of_utility(context, out);
}

/// A member that starts a statement does something: `Arrays.` -> `sort()` (not `asList()`, whose list would be
/// thrown away), `t.` for a `Thread t` -> `start();`, and once started -> `join();`.
fn statement_of_utility(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !context.member_starts_statement(&access) || !context.at_line_end() {
        return;
    }
    // An array just written out (`int[] values = {3, 1, 2};`) is sorted; elsewhere `Arrays.fill(` and others
    // start statements as well.
    let array_just_written = || {
        context.previous_code_line().is_some_and(|line| {
            let line = line.trim();
            line.contains("[] ") && line.contains("= {") && line.ends_with("};")
        })
    };
    let member = if access.receiver == "Arrays" && array_just_written() {
        "sort()"
    } else if access.receiver.chars().all(is_identifier_char)
        && declaration_of(context, access.receiver)
            .is_some_and(|declaration| declaration.trim() == "Thread")
    {
        // A thread is started once; what follows its start is waiting for it.
        let started = format!("{}.start();", access.receiver);
        if context
            .code_lines_above()
            .take(12)
            .any(|line| line == started)
        {
            "join();"
        } else {
            "start();"
        }
    } else {
        return;
    };
    if let Some(rest) = member.strip_prefix(context.prefix)
        && context.prefix.len() < member.find('(').unwrap_or(member.len())
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// The checked or usual exception of the calls in the `try` block just closed, when they agree on one:
/// `Integer.parseInt(` throws `NumberFormatException`, a reader `IOException`.
fn thrown_by_try_block(context: &Context<'_>) -> Option<&'static str> {
    const THROWN: &[(&str, &str)] = &[
        ("Integer.parseInt(", "NumberFormatException"),
        ("Double.parseDouble(", "NumberFormatException"),
        ("Long.parseLong(", "NumberFormatException"),
        ("new FileReader(", "IOException"),
        ("new FileInputStream(", "IOException"),
        ("Files.read", "IOException"),
        ("Files.write", "IOException"),
        ("Files.lines(", "IOException"),
        (".readLine()", "IOException"),
    ];
    let before = context.code.get(..context.cursor)?;
    let block = before.get(before.rfind("try")?..)?;
    let mut found = THROWN
        .iter()
        .filter(|(call, _)| block.contains(call))
        .map(|(_, exception)| *exception);
    let first = found.next()?;
    found.all(|other| other == first).then_some(first)
}

/// `int n = Integer.` -> `parseInt()` (`double` and `Double.parseDouble()`, `long` and `Long.parseLong()`): a
/// number declared from its class is parsed from text.
fn parse_of_declared_number(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let method = match access.receiver {
        "Integer" => "parseInt()",
        "Double" => "parseDouble()",
        "Long" => "parseLong()",
        _ => return,
    };
    let primitive = access.receiver.to_lowercase();
    let primitive = if primitive == "integer" {
        "int"
    } else {
        primitive.as_str()
    };
    let declared = context
        .before_receiver(&access)
        .and_then(|before| before.trim_end().strip_suffix('='))
        .and_then(|before| before.trim().strip_prefix(primitive))
        .is_some_and(|name| name.starts_with(' ') && name.trim().chars().all(is_identifier_char));
    if declared
        && context.at_line_end()
        && let Some(rest) = method.strip_prefix(context.prefix)
        && rest.len() > "()".len()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// `for (Map.Entry<String, Integer> e : counts.` -> `entrySet()) {`: entries are walked from the entry set.
fn entries_of_map(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let walks_entries = context
        .before_receiver(&access)
        .and_then(|before| before.trim_start().strip_prefix("for ("))
        .is_some_and(|header| {
            (header.starts_with("Map.Entry<") || header.starts_with("Entry<"))
                && header.ends_with(" : ")
        });
    if walks_entries
        && context.at_line_end()
        && let Some(rest) = "entrySet()) {".strip_prefix(context.prefix)
        && context.prefix.len() < "entrySet".len()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.9));
        return;
    }
    keys_or_values_of_map(context, &access, out);
    value_after_key(context, &access, out);
    value_of_tested_key(context, &access, out);
    next_of_tested_iterator(context, &access, out);
}

/// The statement's end after a member that completes a value: `;` when the line declares or assigns it
/// (`int a = ages.`), else nothing (`System.out.println(ages.` goes on with the call's closers).
fn value_statement_end(context: &Context<'_>, access: &MemberAccess<'_>) -> Option<&'static str> {
    let before = context.before_receiver(access)?.trim_start();
    if before.is_empty() {
        return None;
    }
    Some(if before.ends_with(" = ") { ";" } else { "" })
}

/// `ages.` in the block of `if (ages.containsKey("Ann")) {` -> `get("Ann")`: the key just found is read.
fn value_of_tested_key(
    context: &Context<'_>,
    access: &MemberAccess<'_>,
    out: &mut Vec<Suggestion>,
) {
    if !context.at_line_end() {
        return;
    }
    let test = format!("if ({}.containsKey(", access.receiver);
    let Some(key) = context.enclosing_lines().next().and_then(|header| {
        header
            .strip_prefix(test.as_str())?
            .strip_suffix(")) {")
            .filter(|key| !key.contains(['(', ')']))
    }) else {
        return;
    };
    let Some(end) = value_statement_end(context, access) else {
        return;
    };
    if let Some(rest) = format!("get({key}){end}").strip_prefix(context.prefix)
        && context.prefix.len() < "get".len()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// `String s = it.` in the body of `while (it.hasNext()) {` -> `next();`, `nums.add(sc.` in `while
/// (sc.hasNextInt()) {` -> `nextInt());`: the loop tested there is one.
fn next_of_tested_iterator(
    context: &Context<'_>,
    access: &MemberAccess<'_>,
    out: &mut Vec<Suggestion>,
) {
    if !context.at_line_end() {
        return;
    }
    // `while (sc.hasNextInt()) {` reads `nextInt()`, `hasNextLine()` a `nextLine()`.
    let tested = format!("while ({}.hasNext", access.receiver);
    let Some(kind) = context.enclosing_lines().next().and_then(|header| {
        header
            .strip_prefix(tested.as_str())?
            .strip_suffix("()) {")
            .filter(|kind| kind.chars().all(char::is_alphabetic))
    }) else {
        return;
    };
    // Given to a call (`nums.add(sc.`), the value closes it and the statement.
    let given_to_call = context
        .before_receiver(access)
        .map(str::trim_start)
        .filter(|before| before.ends_with('(') && !before.starts_with("while"))
        .and_then(super::idioms::open_parentheses);
    let end = match (given_to_call, value_statement_end(context, access)) {
        (Some(closers), _) => format!("{closers};"),
        (None, Some(end)) => end.to_owned(),
        (None, None) => return,
    };
    if let Some(rest) = format!("next{kind}(){end}").strip_prefix(context.prefix)
        && context.prefix.len() < "next".len()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// `entry.` on a line that already printed `entry.getKey()` -> `getValue()`: the entry's other half.
fn value_after_key(context: &Context<'_>, access: &MemberAccess<'_>, out: &mut Vec<Suggestion>) {
    if context.at_line_end()
        && context.prefix.is_empty()
        && context
            .line_before
            .contains(&format!("{}.getKey()", access.receiver))
    {
        out.push(Suggestion::member("getValue()", 0.88));
    }
}

/// `for (String key : ages.` over a `Map<String, Integer>` -> `keySet()) {`, `for (int age : ages.` (`Integer`)
/// -> `values()) {`: the loop variable's type says which side of the map is walked.
fn keys_or_values_of_map(
    context: &Context<'_>,
    access: &MemberAccess<'_>,
    out: &mut Vec<Suggestion>,
) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let Some(element_type) = context
        .before_receiver(access)
        .and_then(|before| before.trim_start().strip_prefix("for ("))
        .and_then(|header| header.strip_suffix(" : "))
        .and_then(|declaration| declaration.split_whitespace().next())
    else {
        return;
    };
    let Some(declared) = declaration_of(context, access.receiver) else {
        return;
    };
    let Some((key, value)) = declared
        .split_once('<')
        .filter(|(kind, _)| kind.ends_with("Map"))
        .and_then(|(_, types)| types.split_once('>'))
        .and_then(|(types, _)| types.split_once(','))
        .map(|(key, value)| (key.trim(), value.trim()))
    else {
        return;
    };
    let element = match element_type {
        "int" => "Integer",
        "double" => "Double",
        "long" => "Long",
        "char" => "Character",
        "boolean" => "Boolean",
        other => other,
    };
    let member = if element == key && element != value {
        "keySet()) {"
    } else if element == value && element != key {
        "values()) {"
    } else {
        return;
    };
    out.push(Suggestion::member(member, 0.88));
}

/// `while ((line = reader.` with a `BufferedReader` -> `readLine()) != null) {`: the reading loop.
fn read_lines(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let reads = context
        .before_receiver(&access)
        .and_then(|before| before.trim_start().strip_prefix("while (("))
        .and_then(|assignment| assignment.trim_end().strip_suffix('='))
        .is_some_and(|name| name.trim().chars().all(is_identifier_char));
    if reads
        && context.at_line_end()
        && declaration_of(context, access.receiver)
            .is_some_and(|declaration| declaration.contains("BufferedReader"))
        && let Some(rest) = "readLine()) != null) {".strip_prefix(context.prefix)
        && context.prefix.len() < "readLine".len()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.9));
    }
}

/// The class a collection interface is usually made with: `List<String> names = new ArrayList<>();`.
const USUAL_IMPLEMENTATIONS: &[(&str, &str)] = &[
    ("List", "ArrayList"),
    ("Collection", "ArrayList"),
    ("Iterable", "ArrayList"),
    ("Map", "HashMap"),
    ("Set", "HashSet"),
    ("Queue", "ArrayDeque"),
    ("Deque", "ArrayDeque"),
    ("SortedMap", "TreeMap"),
    ("NavigableMap", "TreeMap"),
    ("SortedSet", "TreeSet"),
    ("NavigableSet", "TreeSet"),
];

/// Classes of the JDK that code declares and makes with the same name (`StringBuilder sb = new StringBuilder();`):
/// concrete, so `new` of the declared type is what follows.
const CONCRETE_CLASSES: &[&str] = &[
    "StringBuilder",
    "StringBuffer",
    "Object",
    "ArrayList",
    "LinkedList",
    "HashMap",
    "LinkedHashMap",
    "TreeMap",
    "HashSet",
    "LinkedHashSet",
    "TreeSet",
    "ArrayDeque",
    "PriorityQueue",
    "ConcurrentHashMap",
    "AtomicInteger",
    "AtomicLong",
    "AtomicBoolean",
    "ReentrantLock",
    "Random",
];

/// `Type name = new ` (what is typed of the class completed): the class to make. For a collection interface its usual
/// implementation with the diamond (`List<String>` -> `ArrayList<>();`, `Map` -> `HashMap<>();`), which Java code
/// writes nearly every time, and for a concrete class of the JDK the class itself (`StringBuilder sb = new
/// StringBuilder();`). Any other type is only listed: it may be an interface or a base class the code makes a
/// subclass of (`Runnable r = new Runnable() {`). Not for arrays.
fn new_instance(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let Some(declaration) = context.before_prefix().trim_start().strip_suffix("new ") else {
        return;
    };
    let Some(declaration) = declaration.trim_end().strip_suffix('=') else {
        return;
    };
    // The name, then the type before it: `private final Map<String, List<Integer>> counts`.
    let Some((type_text, name)) = declaration.trim_end().rsplit_once(char::is_whitespace) else {
        return;
    };
    if name.is_empty() || !name.chars().all(is_identifier_char) || type_text.contains('[') {
        return;
    }
    let generic = type_text.contains('<');
    let raw_type = type_text
        .split('<')
        .next()
        .and_then(|before| before.split_whitespace().next_back())
        .unwrap_or("");
    if !raw_type.starts_with(char::is_uppercase) || !raw_type.chars().all(is_identifier_char) {
        return;
    }
    let (class, confidence) = USUAL_IMPLEMENTATIONS
        .iter()
        .find(|(interface, _)| *interface == raw_type)
        .map_or_else(
            || {
                // A class's own `static final Logger INSTANCE = new ` is a singleton made by its class.
                let singleton = type_text.split_whitespace().any(|word| word == "static")
                    && super::returns_self::class_name(context) == Some(raw_type);
                let concrete = CONCRETE_CLASSES.contains(&raw_type) || singleton;
                (raw_type, if concrete { 0.85 } else { 0.6 })
            },
            |(_, class)| (*class, 0.85),
        );
    let diamond = if generic { "<>" } else { "" };
    let made = format!("{class}{diamond}();");
    if let Some(rest) = made.strip_prefix(context.prefix) {
        out.push(Suggestion::construct(rest, confidence));
    }
}

/// `List<String> names = new ArrayList<` -> `>();`: the declared type already says the type arguments, so the
/// diamond closes at once.
fn close_diamond(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let Some((declaration, made)) = context.line_before.trim_start().split_once(" = new ") else {
        return;
    };
    let Some(class) = made.strip_suffix('<') else {
        return;
    };
    let generic_declaration = declaration.contains('<')
        && declaration
            .trim_end()
            .ends_with(|c: char| is_identifier_char(c));
    if generic_declaration && !class.is_empty() && class.chars().all(is_identifier_char) {
        out.push(Suggestion::construct(">();", 0.85));
    }
}

/// What a chain ends with, from the type of the variable it is assigned to: `Optional<String> first =
/// names.stream().filter(...).` -> `findFirst();`, `int total = nums.stream().mapToInt(...).` -> `sum();`,
/// `long count = ....stream()....` -> `count();`, `String text = sb.` (a `StringBuilder`) -> `toString();`.
fn result_of_declared_type(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !context.at_line_end() {
        return;
    }
    let typed = context.before_prefix().trim_start();
    let Some((declaration, chain)) = typed.split_once(" = ") else {
        return;
    };
    let Some((declared_type, name)) = declaration.trim().rsplit_once(' ') else {
        return;
    };
    if !name.chars().all(is_identifier_char) || chain.contains(';') {
        return;
    }
    let streamed = chain.contains(".stream()") || chain.starts_with("Arrays.stream(");
    let numbers = chain.contains(".mapToInt(")
        || chain.contains(".mapToDouble(")
        || chain.contains(".mapToLong(");
    let terminal = if streamed && declared_type.starts_with("Optional<") {
        "findFirst();"
    } else if streamed && numbers && matches!(declared_type, "int" | "long" | "double") {
        "sum();"
    } else if streamed && declared_type == "long" && !numbers {
        "count();"
    } else if declared_type == "String"
        && declaration_of(context, access.receiver)
            .is_some_and(|declared| declared.contains("StringBuilder"))
        && chain.trim_end_matches('.') == access.receiver
    {
        "toString();"
    } else {
        return;
    };
    // Above the stream's own `collect()`, which the declared type rules out.
    if let Some(rest) = terminal.strip_prefix(context.prefix) {
        out.push(Suggestion::member(rest, 0.9));
    }
}

/// `if (user.` for an `Optional<User> user` -> `isPresent()) {`: an `if` on an optional asks whether it holds a
/// value; inside that `if`, `user.` -> `get()` reads it.
fn optional_test(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !context.at_line_end() {
        return;
    }
    let typed = context.before_prefix().trim_start();
    // In the block of `if (user.isPresent()) {`, the value is read: `user.` -> `get()`.
    let present = format!("if ({}.isPresent()) {{", access.receiver);
    if !typed.starts_with("if (")
        && typed.ends_with(&format!("{}.", access.receiver))
        && context.enclosing_lines().next() == Some(present.as_str())
        && let Some(rest) = "get()".strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::member(rest, 0.88));
        return;
    }
    let tested = typed == format!("if ({}.", access.receiver);
    let optional = tested
        && declaration_of(context, access.receiver)
            .is_some_and(|declared| declared.contains("Optional<"));
    if optional
        && let Some(rest) = "isPresent()) {".strip_prefix(context.prefix)
        && context.prefix.len() < "isPresent".len()
    {
        out.push(Suggestion::member(rest, 0.86));
    }
}

/// Under `@Override` in a class that `implements` an interface of the file, `public ` -> `String sound() {`: the
/// first method the interface declares that the class does not define yet.
fn overridden_interface_method(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    if context.previous_code_line().map(str::trim) != Some("@Override") {
        return;
    }
    // The method's name begun (`public double ar`) is finished the same way.
    let typed = context.before_prefix().trim_start();
    let Some(return_type) = typed.strip_prefix("public ") else {
        return;
    };
    let before = context.code.get(..context.cursor).unwrap_or("");
    let Some(class_header) = before
        .lines()
        .rev()
        .find(|line| line.contains("class ") && line.contains(" implements "))
    else {
        return;
    };
    let Some(class_start) = before.rfind(class_header) else {
        return;
    };
    let class_body = before.get(class_start..).unwrap_or("");
    let interfaces = class_header
        .split_once(" implements ")
        .map_or("", |(_, names)| names.trim_end_matches('{'));
    for interface in interfaces.split(',').map(str::trim) {
        let Some(body) = before
            .split_once(&format!("interface {interface} {{"))
            .and_then(|(_, rest)| rest.split_once('}'))
            .map(|(body, _)| body)
        else {
            continue;
        };
        let missing = body.lines().map(str::trim).find_map(|line| {
            let signature = line.strip_suffix(';')?;
            let (head, _) = signature.split_once('(')?;
            let method = head.split_whitespace().last()?;
            let defined = class_body.contains(&format!(" {method}("));
            (!defined
                && method.starts_with(context.prefix)
                && !signature.starts_with("default ")
                && !signature.starts_with("static "))
            .then_some(signature)
        });
        if let Some(signature) = missing
            && let Some(rest) = signature
                .strip_prefix(return_type)
                .and_then(|rest| rest.strip_prefix(context.prefix))
        {
            // Above `Object`'s own methods (`public String ` -> `toString() {`): the interface is why the
            // class overrides.
            out.push(Suggestion::construct(format!("{rest} {{"), 0.87));
            return;
        }
    }
}

/// The whole body of an accessor, typed from its first character: `return name;` in `getName()`, `this.name =
/// name;` in `setName(String name)`, when the window declares the field.
fn accessor_body(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let tokens = context.tokens_before();
    let cursor_line = context.scan.cursor_line;
    // Nothing in the body yet but what this line types.
    if tokens
        .get(function.body_start..)
        .is_none_or(|body| body.iter().any(|token| token.line != cursor_line))
    {
        return;
    }
    let statement = if function.parameters.is_empty() {
        let Some((field, _)) = accessed_field(context, function.name, &["get", "is"]) else {
            return;
        };
        format!("return {}{field};", field_reader(context))
    } else if let [parameter] = function.parameters.as_slice() {
        let Some((field, _)) = accessed_field(context, function.name, &["set"]) else {
            return;
        };
        format!("this.{field} = {};", parameter.name)
    } else {
        return;
    };
    let typed = context.line_before.trim_start();
    if let Some(rest) = statement.strip_prefix(typed)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, 0.9));
    }
}

/// The field an accessor named `name` reads or writes (`getName` -> `name`), given its prefixes, when the window
/// declares it.
fn accessed_field<'a>(
    context: &Context<'a>,
    name: &str,
    prefixes: &[&str],
) -> Option<(String, &'a str)> {
    let property = prefixes
        .iter()
        .find_map(|prefix| name.strip_prefix(prefix))?;
    let mut characters = property.chars();
    let first = characters.next().filter(char::is_ascii_uppercase)?;
    let field = format!("{}{}", first.to_ascii_lowercase(), characters.as_str());
    let declaration = declaration_of(context, &field)?;
    Some((field, declaration))
}

/// `this.` when the window's earlier getters read their fields through it (`return this.name;`), else nothing.
fn field_reader(context: &Context<'_>) -> &'static str {
    let tokens = context.tokens_before();
    let through_this = tokens.windows(3).any(|window| {
        window[0].is_word(context.code, "return")
            && window[1].is_word(context.code, "this")
            && window[2].is_symbol(context.code, ".")
    });
    if through_this { "this." } else { "" }
}

/// `return ` as the first statement of a getter (`getName()`, `isActive()`, no parameters): the field it reads,
/// when the window declares one by that name (`name`, `active`), through `this.` when earlier returns read so.
fn getter_field(context: &Context<'_>) -> Option<(String, f64)> {
    let function = enclosing_function(context)?;
    if !function.parameters.is_empty() || function.body_start + 1 != context.tokens_before().len() {
        return None;
    }
    // A container's bare `get()` (`Box<T>`) reads its one field, of the type it returns (a `Void get()` of a
    // class holding a `boolean` reads nothing of it).
    let field = if function.name == "get" {
        let (name, field_type) = only_field(context)?;
        if function.results.iter().any(|result| *result != field_type) {
            return None;
        }
        name.to_owned()
    } else {
        accessed_field(context, function.name, &["get", "is"])?.0
    };
    Some((format!("{}{field}", field_reader(context)), 0.9))
}

/// The one instance field of the class around the cursor, declared in the lines above (`private T value;`), when
/// it has exactly one: its name and its type.
pub(super) fn only_field<'a>(context: &Context<'a>) -> Option<(&'a str, &'a str)> {
    let mut fields = Vec::new();
    for line in context.code_lines_above().take(40) {
        let line = line.trim();
        if line.contains("class ") {
            return match fields.as_slice() {
                [only] => Some(*only),
                _ => None,
            };
        }
        let Some(declaration) = line.strip_suffix(';') else {
            continue;
        };
        let words: Vec<&str> = declaration.split_whitespace().collect();
        let modifiers = words
            .iter()
            .take_while(|word| matches!(**word, "private" | "protected" | "public" | "final"))
            .count();
        if line.contains(['(', '=', '.']) || words.contains(&"static") || modifiers == 0 {
            continue;
        }
        if let [field_type, name] = words.get(modifiers..).unwrap_or_default()
            && is_plain_name(name)
        {
            fields.push((*name, *field_type));
        }
    }
    None
}

/// `@` at the start of a member declaration (directly in a class body): `Override`, the annotation Java code puts
/// on members far more than any other, unless the window's own annotations say otherwise (a test class's `@Test`):
/// then the file's habits rank them.
fn member_annotation(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || context.before_prefix().trim_start() != "@" {
        return;
    }
    let tokens = context.tokens_before();
    // The `@` itself is the last token; the class body's brace must be the innermost one open.
    let before_at = tokens.split_last().map_or(tokens, |(_, rest)| rest);
    let innermost = open_braces(context, before_at).last().copied();
    // Not in an interface: its methods rarely override anything.
    if innermost.is_none()
        || enclosing_class_brace(context, before_at, &["class", "enum", "record"]) != innermost
    {
        return;
    }
    let mut overrides = 0usize;
    let mut others = 0usize;
    for pair in tokens.windows(2) {
        if let [at, name] = pair
            && at.is_symbol(context.code, "@")
            && name.kind == TokenKind::Identifier
        {
            if context.text(name) == "Override" {
                overrides += 1;
            } else if context.text(name) != "interface" {
                others += 1;
            }
        }
    }
    if others > overrides {
        return;
    }
    // A JUnit test class's members are its tests.
    let code = context.code.get(..context.cursor).unwrap_or("");
    let junit = code.contains("import org.junit") || code.contains("import static org.junit");
    let annotation = if junit && overrides == 0 {
        "Test"
    } else {
        "Override"
    };
    if let Some(rest) = annotation.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, 0.8));
    }
}

/// `@GetMa` -> `pping` in a Spring controller, `@PathV` -> `ariable` in a handler's parameters: the annotations a
/// controller is written with, when what is typed names one of them only.
fn controller_annotation(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const ON_METHODS: &[&str] = &[
        "GetMapping",
        "PostMapping",
        "PutMapping",
        "DeleteMapping",
        "PatchMapping",
        "RequestMapping",
        "ResponseStatus",
        "Autowired",
    ];
    const ON_PARAMETERS: &[&str] = &["PathVariable", "RequestBody", "RequestParam", "Valid"];
    let prefix = context.prefix;
    if prefix.is_empty() || !context.at_line_end() || !context.before_prefix().ends_with('@') {
        return;
    }
    let code = context.code.get(..context.cursor).unwrap_or("");
    if !code.contains("@RestController") && !code.contains("@Controller") {
        return;
    }
    let typed = context.before_prefix().trim_start();
    let names = if typed == "@" {
        ON_METHODS
    } else if typed.matches('(').count() > typed.matches(')').count() {
        ON_PARAMETERS
    } else {
        return;
    };
    let matching: Vec<&str> = names
        .iter()
        .copied()
        .filter(|name| name.starts_with(prefix))
        .collect();
    // `@Req` in a handler's parameters: a method that receives a body (`@PostMapping`, `@PutMapping`) takes it,
    // once; in any other one a query parameter and a header are as likely.
    let chosen = match matching.as_slice() {
        [only] => Some(*only),
        [_, _, ..] if names == ON_PARAMETERS => {
            let mapping = context
                .code_lines_above()
                .take(4)
                .find(|line| line.starts_with('@') && line.contains("Mapping"));
            let receives_body = mapping.is_some_and(|line| {
                ["@PostMapping", "@PutMapping", "@PatchMapping"]
                    .iter()
                    .any(|annotation| line.starts_with(annotation))
            });
            (receives_body && !typed.contains("@RequestBody") && matching.contains(&"RequestBody"))
                .then_some("RequestBody")
        }
        _ => None,
    };
    if let Some(name) = chosen
        && let Some(rest) = name.strip_prefix(prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, 0.85));
    }
}

/// `Arrays.` at the start of a statement -> `sort()` as a function's first step on the array it was given: the
/// other members give a value (`asList`, `toString`, `stream`), which a statement would throw away; `fill`
/// follows an array's creation.
fn arrays_statement(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let at_statement_start = context
        .before_receiver(&access)
        .is_some_and(|before| before.trim().is_empty());
    if access.receiver != "Arrays" || !at_statement_start || !context.at_line_end() {
        return;
    }
    let created = context
        .code_lines_above()
        .next()
        .is_some_and(|line| line.contains("= new ") && line.ends_with("];"));
    // Sorting comes first in a function given an array (`canAttend(int[][] intervals)`), as its first statement.
    let sorts_parameter = super::statements::enclosing_function(context).is_some_and(|function| {
        context.tokens_before().len() <= function.body_start + 2
            && function
                .parameters
                .iter()
                .any(|parameter| parameter.type_text.ends_with("[]"))
    });
    let method = if created {
        "fill()"
    } else if sorts_parameter {
        "sort()"
    } else {
        return;
    };
    if let Some(rest) = method.strip_prefix(context.prefix)
        && rest.len() > "()".len()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// Whether a declaration (`Random rng`, `new Random(42)`) makes a `java.util.Random`.
fn is_random(declaration: &str) -> bool {
    declaration
        .strip_prefix("new Random(")
        .or_else(|| declaration.strip_prefix("Random"))
        .is_some_and(|rest| !rest.starts_with(is_identifier_char))
}

/// `int n = rand.` -> `nextInt()`, `double x = rand.` -> `nextDouble()`: a `Random`'s draw of the declared type.
fn random_of_type(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !context.at_line_end() || !access.receiver.chars().all(is_identifier_char) {
        return;
    }
    let Some(declared) = context
        .before_receiver(&access)
        .and_then(|before| before.trim().strip_suffix('='))
        .and_then(|before| before.split_whitespace().find(|word| *word != "final"))
    else {
        return;
    };
    let draw = match declared {
        "int" => "nextInt()",
        "double" => "nextDouble()",
        "boolean" => "nextBoolean()",
        "long" => "nextLong()",
        "float" => "nextFloat()",
        _ => return,
    };
    if declaration_of(context, access.receiver).is_some_and(is_random)
        && let Some(rest) = draw.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::member(rest, 0.88));
    }
}

/// `int n = s.` -> `length()`, `int count = items.` -> `size()`: what a string or a collection gives as a number,
/// when the receiver's declaration says which it is and the value goes into an `int` or a `long`.
fn size_into_count(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !context.at_line_end() || !access.receiver.chars().all(is_identifier_char) {
        return;
    }
    let Some(assignment) = context
        .before_prefix()
        .trim_start()
        .strip_suffix('.')
        .and_then(|before| before.strip_suffix(access.receiver))
        .and_then(|before| before.trim_end().strip_suffix('='))
    else {
        return;
    };
    // `int n`, `final long count`: a declaration whose type is a number.
    let words: Vec<&str> = assignment.split_whitespace().collect();
    let counted = words.split_last().is_some_and(|(_, type_words)| {
        type_words
            .iter()
            .any(|word| matches!(*word, "int" | "long"))
    });
    if !counted {
        return;
    }
    let Some(declaration) = declaration_of(context, access.receiver) else {
        return;
    };
    let declaration = declaration.rsplit(['(', ',']).next().unwrap_or(declaration);
    let size = if is_array(declaration) {
        "length"
    } else if declaration.starts_with("String") && !declaration.starts_with("StringBuilder")
        || declaration.starts_with('"')
    {
        "length()"
    } else if ["List<", "Set<", "Map<", "Collection<"]
        .iter()
        .any(|collection| declaration.contains(collection))
    {
        "size()"
    } else {
        return;
    };
    if let Some(rest) = size.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, 0.9));
    }
}

/// The first line of an empty `main(String[] args)`: `System.out.println(`, listed only. It is what a first
/// program writes, but real programs start their `main` with anything, so it is not shown inline.
fn first_statement_of_main(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.on_blank_line_start() || !context.at_line_end() {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    if function.name == "main" && function.body_start == context.tokens_before().len() {
        out.push(Suggestion::construct("System.out.println(", 0.6));
    }
}

/// Whether a declared type is an array (`int[]`, `String[]`).
fn is_array(declaration: &str) -> bool {
    declaration.trim_end().ends_with("[]")
}

/// The element type of a declared collection: `List<String>` -> `String`, `int[]` -> `int`; `var` if unknown.
fn element_type(declaration: &str) -> String {
    let declaration = declaration.trim();
    if let Some(element) = declaration.strip_suffix("[]") {
        return element.trim().to_owned();
    }
    declaration
        .split_once('<')
        .and_then(|(_, rest)| rest.rsplit_once('>'))
        .map(|(inner, _)| inner.trim())
        .filter(|inner| !inner.contains(','))
        .map_or_else(|| "var".to_owned(), str::to_owned)
}

/// `for (int i = 0` -> `; i < items.size(); i++) {`, `for (String item : ` -> `items) {`, `for (` -> `String item :
/// items) {`.
fn loop_header(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(header) = typed
        .strip_prefix("for (")
        .or_else(|| typed.strip_prefix("for("))
    else {
        return;
    };
    let mut push =
        |text: String, confidence: f64| out.push(Suggestion::construct(text, confidence));
    let words: Vec<&str> = header.split_whitespace().collect();
    match words.as_slice() {
        [] => {
            if let Some(collection) = iterable_in_scope(context, None) {
                let element = declaration_of(context, collection)
                    .map_or_else(|| "var".to_owned(), element_type);
                push(
                    format!(
                        "{element} {} : {collection}) {{",
                        super::statements::element_name(collection)
                    ),
                    0.75,
                );
            }
        }
        ["int", index, "=", "0"] => match iterable_in_scope(context, None) {
            Some(collection) => {
                let size = if declaration_of(context, collection).is_some_and(is_array) {
                    "length"
                } else {
                    "size()"
                };
                push(
                    format!("; {index} < {collection}.{size}; {index}++) {{"),
                    0.85,
                );
            }
            None => match super::javascript::count_in_scope(context) {
                Some(count) => push(format!("; {index} < {count}; {index}++) {{"), 0.8),
                None => push(format!("; {index} < "), 0.6),
            },
        },
        // `for (String ` -> `name : names) {`: the one collection of that element type in scope (not for `int`,
        // which starts a counting loop as often).
        [typed_type] if header.ends_with(' ') && typed_type.starts_with(char::is_uppercase) => {
            if let Some(collection) = iterable_in_scope(context, None)
                && declaration_of(context, collection)
                    .is_some_and(|declared| element_type(declared) == *typed_type)
            {
                push(
                    format!(
                        "{} : {collection}) {{",
                        super::statements::element_name(collection)
                    ),
                    0.8,
                );
            }
        }
        [_element_type, element, ":"] if header.ends_with(' ') => {
            if let Some(collection) = iterable_in_scope(context, Some(element)) {
                let exact = super::statements::names_element(collection, element);
                push(format!("{collection}) {{"), if exact { 0.85 } else { 0.6 });
            }
        }
        _ => {}
    }
}

/// The keywords that open a type whose body holds fields and methods.
pub(super) const CLASS_KEYWORDS: &[&str] = &["class", "enum", "record", "interface"];

/// The members of a class the file defines, for a local declared with it (`Node<K,V> e = ...` then `e.`).
fn instance_members(context: &Context<'_>, receiver: &str) -> Option<Vec<DefinedMember>> {
    // Only the type right before the name: `Set(Class<E> type, Enum<?>[] universe` -> `Enum<?>[]`, an array.
    let declaration = declaration_of(context, receiver)?
        .rsplit(['(', ','])
        .next()?;
    if declaration.contains('[') {
        return None;
    }
    let class_name = declaration
        .split(|character: char| !super::lexer::is_identifier_char(character))
        .find(|word| !word.is_empty() && !matches!(*word, "final" | "var"))?;
    let tokens = context.tokens_before();
    let brace = class_brace_named(context, tokens, CLASS_KEYWORDS, class_name)?;
    let members = class_body_members(context, tokens, brace, ("this", "."));
    (!members.is_empty()).then_some(members)
}

fn member_hints(context: &Context<'_>, access: &MemberAccess<'_>) -> MemberHints {
    let mut hints = MemberHints::default();
    if access.separator != "." {
        return hints;
    }
    let receiver = access.receiver;
    if receiver == "this" {
        let tokens = context.tokens_before();
        hints.found = enclosing_class_brace(context, tokens, CLASS_KEYWORDS)
            .map_or_else(Vec::new, |brace| {
                class_body_members(context, tokens, brace, ("this", "."))
            });
        return hints;
    }
    if let Some(members) = table_for(CLASS_MEMBERS, receiver) {
        hints.tables.push(MemberTable::known(members));
        return hints;
    }
    if receiver.ends_with(".stream()")
        || receiver.starts_with("Arrays.stream(")
        || receiver.ends_with(')') && receiver.contains(".filter(")
    {
        hints.tables.push(MemberTable::known(STREAM_METHODS));
        return hints;
    }
    if let Some(members) = super::web_services::java_members(context, access) {
        hints.tables.push(MemberTable::known(members));
        return hints;
    }
    if let Some(members) = instance_members(context, receiver) {
        hints.found = members;
        return hints;
    }
    // An object made on the spot for one call: `new File(dir).listFiles()`, `new ProcessBuilder(...).start()`.
    let made_here = |class: &str| {
        let call = receiver.strip_prefix("new ").unwrap_or(receiver);
        call.strip_prefix(class).is_some_and(|rest| {
            rest.starts_with('(') && rest.ends_with(')') && !rest.contains(").")
        }) && context.before_receiver(access).is_some_and(|before| {
            receiver.starts_with("new ") || before.trim_end().ends_with("new")
        })
    };
    if made_here("File") {
        hints.tables.push(MemberTable::known(FILE_METHODS));
        return hints;
    }
    if made_here("ProcessBuilder") {
        hints
            .tables
            .push(MemberTable::known(PROCESS_BUILDER_METHODS));
        return hints;
    }
    let table = declaration_of(context, receiver).and_then(|declaration| {
        // A resource is declared in its `try (` header; a field after its modifiers (`private final Random`).
        let mut declaration = declaration.trim_start_matches("try (").trim();
        while let Some(rest) = ["private ", "public ", "protected ", "static ", "final "]
            .iter()
            .find_map(|modifier| declaration.strip_prefix(modifier))
        {
            declaration = rest.trim_start();
        }
        if is_array(declaration) {
            Some(ARRAY_MEMBERS)
        } else if declaration.starts_with("String") && !declaration.starts_with("StringBuilder")
            || declaration.starts_with('"')
        {
            Some(STRING_METHODS)
        } else if declaration.starts_with("StringBuilder")
            || declaration.starts_with("new StringBuilder")
        {
            Some(BUILDER_METHODS)
        } else if declaration.starts_with("Scanner") {
            Some(SCANNER_METHODS)
        } else if declaration.starts_with("BufferedReader") {
            Some(READER_METHODS)
        } else if declaration.starts_with("BufferedWriter")
            || declaration.starts_with("PrintWriter")
        {
            Some(WRITER_METHODS)
        } else if declaration == "File" || declaration.starts_with("File ") {
            Some(FILE_METHODS)
        } else if is_random(declaration) {
            Some(RANDOM_METHODS)
        } else if declaration.starts_with("HttpResponse<") {
            Some(HTTP_RESPONSE_METHODS)
        } else if declaration.contains("List<") || declaration.contains("List(") {
            Some(LIST_METHODS)
        } else if declaration.contains("Map<") || declaration.contains("Map(") {
            Some(MAP_METHODS)
        } else if declaration.contains("Set<") || declaration.contains("Set(") {
            Some(SET_METHODS)
        } else {
            None
        }
    });
    match table {
        Some(members) => hints.tables.push(MemberTable::known(members)),
        None => {
            // `name.toUpp`: letters only one built-in method begins say which it is, whatever the type.
            let builtin = super::members::distinctive_builtin(
                context,
                &[
                    STRING_METHODS,
                    LIST_METHODS,
                    MAP_METHODS,
                    SET_METHODS,
                    ARRAY_MEMBERS,
                ],
            );
            if let Some(member) = builtin {
                hints.tables.push(MemberTable::distinctive(member));
            }
            hints.tables.push(MemberTable::guess(COMMON_METHODS));
        }
    }
    hints
}

/// `System.` under an `if` whose body just printed to `System.err` (or printed a usage under `if (args.length`)
/// -> `exit(1);`.
fn exit_after_usage(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    // A message on the error stream, or any message under a check of the arguments.
    let reported = |message: &str, condition: &str| {
        message.starts_with("System.err.println(")
            || (message.starts_with("System.out.println(") && condition.contains("args.length"))
    };
    super::statements::exit_after_message(context, "System", "exit(1);", reported, out);
}

/// `class InsufficientFundsException extends ` -> `Exception {`: a class named for an exception is one, checked by
/// default (the tutorials' first custom exception).
fn exception_parent(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let typed = context.before_prefix().trim_start();
    let Some(name) = typed
        .strip_prefix("public ")
        .unwrap_or(typed)
        .strip_prefix("class ")
        .and_then(|rest| rest.strip_suffix(" extends "))
    else {
        return;
    };
    if name.ends_with("Exception")
        && name.len() > "Exception".len()
        && name.chars().all(super::lexer::is_identifier_char)
        && let Some(rest) = "Exception {".strip_prefix(context.prefix)
    {
        out.push(Suggestion::construct(rest, 0.88));
    }
}

/// `LocalDate today = LocalDate.` -> `now();`: a date or time named for the present is read from the clock.
fn current_moment(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !context.at_line_end()
        || !matches!(
            access.receiver,
            "LocalDate" | "LocalDateTime" | "LocalTime" | "Instant" | "ZonedDateTime"
        )
    {
        return;
    }
    let named_now = context.before_receiver(&access).is_some_and(|before| {
        before
            .trim()
            .strip_prefix(access.receiver)
            .and_then(|rest| rest.strip_suffix(" ="))
            .is_some_and(|name| matches!(name.trim(), "now" | "today" | "start" | "current"))
    });
    if named_now && let Some(rest) = "now();".strip_prefix(context.prefix) {
        out.push(Suggestion::member(rest, 0.88));
    }
}

/// `List<Integer> evens = nums.stream().filter(n -> ` -> `n % 2 == 0)`: a list of numbers named for the ones it
/// keeps says what the filter tests.
fn filter_by_result(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some((declaration, call)) = typed.split_once(" = ") else {
        return;
    };
    let Some(parameter) = call
        .strip_suffix(" -> ")
        .and_then(|rest| rest.rsplit_once(".filter("))
        .map(|(_, parameter)| parameter)
        .filter(|parameter| !parameter.is_empty() && parameter.chars().all(is_identifier_char))
    else {
        return;
    };
    let Some((kind, target)) = declaration.rsplit_once(' ') else {
        return;
    };
    let numbers = ["<Integer>", "<Long>", "<Double>", "int[]", "IntStream"]
        .iter()
        .any(|element| kind.contains(element));
    let test = match target {
        "evens" | "evenNumbers" | "even" => format!("{parameter} % 2 == 0"),
        "odds" | "oddNumbers" | "odd" => format!("{parameter} % 2 != 0"),
        "positives" | "positive" => format!("{parameter} > 0"),
        "negatives" | "negative" => format!("{parameter} < 0"),
        _ => return,
    };
    if numbers {
        out.push(Suggestion::construct(format!("{test})"), 0.85));
    }
}

/// `List<String> upper = names.stream().map(` -> `String::toUpperCase)`: a list of strings named for what each
/// became says which method makes it (`lengths` -> `String::length)`, `trimmed` -> `String::trim)`).
fn map_by_result(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some((declaration, call)) = typed.split_once(" = ") else {
        return;
    };
    if !call.ends_with(".stream().map(") {
        return;
    }
    let Some((kind, target)) = declaration.rsplit_once(' ') else {
        return;
    };
    let lowered = target.to_ascii_lowercase();
    let method = if lowered.contains("upper") {
        "String::toUpperCase"
    } else if lowered.contains("lower") {
        "String::toLowerCase"
    } else if lowered.contains("trim") {
        "String::trim"
    } else if lowered.contains("length") || lowered == "lens" {
        "String::length"
    } else {
        return;
    };
    let element = if method == "String::length" {
        "<Integer>"
    } else {
        "<String>"
    };
    if kind.contains(element) {
        out.push(Suggestion::construct(format!("{method})"), 0.85));
    }
}

/// `return Objects.` in `hashCode()` -> `hash(x, y);` (`return ` -> `Objects.hash(x, y);`): the fields the class declares (`private int x;`), hashed
/// together, as `equals` compares them.
fn hash_of_fields(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if !context.prefix.is_empty()
        || !(typed == "return Objects." || typed == "return Objects.hash(" || typed == "return ")
        || !context.at_line_end()
    {
        return;
    }
    if super::statements::enclosing_function(context)
        .is_none_or(|function| function.name != "hashCode")
    {
        return;
    }
    let fields = private_fields(context);
    if (1..=4).contains(&fields.len()) {
        let call = format!("hash({});", fields.join(", "));
        if typed == "return " {
            // Listed only: the JDK's own classes combine or cache their hash (`(field << 24) | ...`, `myhash;`),
            // nine wrong answers over six seeds when inline.
            out.push(Suggestion::construct(format!("Objects.{call}"), 0.6));
            return;
        }
        let rest = call
            .strip_prefix("hash(")
            .filter(|_| typed.ends_with('('))
            .unwrap_or(&call);
        out.push(Suggestion::member(rest, 0.88));
    }
}

/// The fields of the class around the cursor, in order: its `private int x;` lines above the cursor.
fn private_fields<'a>(context: &Context<'a>) -> Vec<&'a str> {
    let mut fields: Vec<&str> = context
        .code_lines_above()
        .take_while(|line| !line.starts_with("class ") && !line.contains(" class "))
        .filter_map(|line| {
            let declaration = line.strip_prefix("private ")?.strip_suffix(';')?;
            let declaration = declaration.strip_prefix("final ").unwrap_or(declaration);
            let (_, name) = declaration.rsplit_once(' ')?;
            (!name.is_empty() && name.chars().all(is_identifier_char) && !declaration.contains('='))
                .then_some(name)
        })
        .collect();
    fields.reverse();
    fields
}

/// `return "Point(" + x + ", " + ` in `toString()` -> `y + ")";`: the fields are written in the order the class
/// declares them, and after the last one the bracket the text opened is closed.
fn described_fields(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if !context.prefix.is_empty()
        || !context.at_line_end()
        || !typed.starts_with("return \"")
        || !typed.ends_with("\" + ")
    {
        return;
    }
    if super::statements::enclosing_function(context)
        .is_none_or(|function| function.name != "toString")
    {
        return;
    }
    let Some(expression) = typed
        .strip_prefix("return ")
        .and_then(|rest| rest.strip_suffix(" + "))
    else {
        return;
    };
    let pieces: Vec<&str> = expression.split(" + ").collect();
    let literals: Vec<&str> = pieces.iter().copied().step_by(2).collect();
    let used: Vec<&str> = pieces.iter().copied().skip(1).step_by(2).collect();
    // Each literal one string (no `+` inside it), each other piece a field.
    let one_string =
        |piece: &str| piece.len() >= 2 && piece.starts_with('"') && piece.matches('"').count() == 2;
    if !literals.iter().all(|piece| one_string(piece)) || pieces.len().is_multiple_of(2) {
        return;
    }
    let fields = private_fields(context);
    if fields.len() < 2
        || used.is_empty()
        || used.len() >= fields.len()
        || fields.get(..used.len()) != Some(&used[..])
    {
        return;
    }
    let Some(next) = fields.get(used.len()) else {
        return;
    };
    let text = if used.len() + 1 == fields.len() {
        // The bracket the literals left open, wherever in them it was opened (`"Person{name="` opens `{`).
        let mut open = Vec::new();
        for character in literals.iter().flat_map(|literal| literal.chars()) {
            match character {
                '(' | '[' | '{' => open.push(character),
                ')' | ']' | '}' => {
                    open.pop();
                }
                _ => {}
            }
        }
        match open.last() {
            Some('(') => format!("{next} + \")\";"),
            Some('[') => format!("{next} + \"]\";"),
            Some('{') => format!("{next} + \"}}\";"),
            _ => format!("{next};"),
        }
    } else {
        (*next).to_owned()
    };
    out.push(Suggestion::construct(text, 0.86));
}

/// `List<String> lines = Files.` -> `readAllLines()`: the one method of `Files` that gives a list of strings.
fn lines_of_file(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    if typed.starts_with("List<String> ") && typed.ends_with(" = Files.") {
        out.push(Suggestion::member("readAllLines()", 0.88));
    }
}

/// `while ((line = reader.readLine()) != ` -> `null) {`: a reader gives `null` at the end of its input.
fn end_of_reader(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    if typed.starts_with("while ((") && typed.ends_with(".readLine()) != ") {
        out.push(Suggestion::construct("null) {", 0.88));
    }
}

/// Under `@Override`, `public String ` -> `toString() {`, `public boolean ` -> `equals(Object o) {`, `public int `
/// -> `hashCode() {`: the methods of `Object` a class overrides, one for each type.
fn overridden_object_method(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    if context.previous_code_line().map(str::trim) != Some("@Override") {
        return;
    }
    let method = match context.before_prefix().trim_start() {
        "public String " => "toString() {",
        "public boolean " => "equals(Object o) {",
        "public int " => "hashCode() {",
        _ => return,
    };
    // Begun (`public String toStr`), the name is finished the same way.
    if let Some(rest) = method.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, 0.85));
    }
}

/// The exception a `catch (IOException e) {` block caught, used: `System.out.println(e.` -> `getMessage()`, and as
/// the block's statement `e.` -> `printStackTrace();`.
fn caught_exception_use(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let caught = context.enclosing_lines().next().and_then(|header| {
        let (_, rest) = header.split_once("catch (")?;
        let (declaration, _) = rest.split_once(')')?;
        declaration.rsplit(' ').next()
    });
    if caught != Some(access.receiver) {
        return;
    }
    let Some(before) = context.before_receiver(&access).map(str::trim) else {
        return;
    };
    let text = if before.is_empty() {
        "printStackTrace();"
    } else if before.ends_with("System.out.println(") || before.ends_with("System.err.println(") {
        "getMessage()"
    } else {
        return;
    };
    out.push(Suggestion::member(text, 0.88));
}

/// The guards an `equals(Object o)` starts with, answered on their line: `if (this == o) ` -> `return true;`,
/// `if (o == null || getClass() != o.getClass()) ` (or `!(o instanceof Point)`) -> `return false;`.
fn equals_guard(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(test) = typed
        .strip_prefix("if (")
        .and_then(|rest| rest.strip_suffix(") "))
    else {
        return;
    };
    let Some(function) = enclosing_function(context).filter(|function| function.name == "equals")
    else {
        return;
    };
    let [parameter] = function.parameters.as_slice() else {
        return;
    };
    let other = parameter.name;
    let answer = if test == format!("this == {other}") || test == format!("{other} == this") {
        "return true;"
    } else if test == format!("{other} == null")
        || test == format!("{other} == null || getClass() != {other}.getClass()")
        || test == format!("{other} == null || {other}.getClass() != getClass()")
        || test == format!("{other} == null || this.getClass() != {other}.getClass()")
        || (test.starts_with(&format!("!({other} instanceof ")) && test.ends_with(')'))
    {
        "return false;"
    } else {
        return;
    };
    out.push(Suggestion::construct(answer, 0.9));
}

/// `} fin` after a `catch` block -> `ally {`: nothing else starts with `fin` where a `try` statement goes on, and
/// a serializable class's `serialVersionUID = ` starts from `1L;`.
fn finally_after_catch(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    setter_parameter(context, out);
    parameter_named_like_siblings(context, out);
    if !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    if typed.ends_with("serialVersionUID = ") && context.prefix.is_empty() {
        out.push(Suggestion::construct("1L;", 0.88));
        return;
    }
    if context.prefix.len() < 2 || typed != format!("}} {}", context.prefix) {
        return;
    }
    let caught = context
        .code_lines_above()
        .take(40)
        .any(|line| line.starts_with("} catch") || line.starts_with("try {"));
    if caught && let Some(rest) = "finally {".strip_prefix(context.prefix) {
        out.push(Suggestion::construct(rest, 0.86));
    }
}

/// `void deleteById(Long ` -> `id) {` under `findById(Long id)`: a parameter takes the name the file's other
/// headers give that type, or of several the one the method's name ends with (`existsByEmail(String ` -> `email);`
/// beside `String lastName`). Closed the way the headers above are (`{` in a class, `;` in an interface) when
/// they take that one parameter alone.
fn parameter_named_like_siblings(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let typed = context.before_prefix().trim_start();
    let Some((head, parameters)) = typed.split_once('(') else {
        return;
    };
    let words: Vec<&str> = head.split_whitespace().collect();
    let Some((method, kinds)) = words.split_last() else {
        return;
    };
    if kinds.is_empty()
        || !is_plain_name(method)
        || head.contains('=')
        || kinds
            .iter()
            .any(|word| matches!(*word, "new" | "return" | "if" | "while" | "for" | "switch"))
        || parameters.contains(['(', ')'])
    {
        return;
    }
    let Some(current) = parameters
        .rsplit(',')
        .next()
        .and_then(|current| current.strip_suffix(' '))
    else {
        return;
    };
    let Some(type_name) = current
        .split_whitespace()
        .last()
        .filter(|type_name| is_plain_name(type_name) && !type_name.starts_with('@'))
    else {
        return;
    };
    let first = !parameters.contains(',');
    let mut names: Vec<&str> = Vec::new();
    let mut alone = true;
    let mut end: Option<&str> = None;
    for line in context.code_lines_above().take(150) {
        let Some((line_head, rest)) = line.split_once('(') else {
            continue;
        };
        let Some((list, after)) = rest.rsplit_once(')') else {
            continue;
        };
        let closing = after.trim_end();
        let declares = line_head.split_whitespace().count() >= 2
            && !line_head.contains(['=', '.'])
            && (closing.ends_with('{') || closing.ends_with(';'));
        if !declares {
            continue;
        }
        let pieces: Vec<&str> = list.split(',').map(str::trim).collect();
        for piece in &pieces {
            let mut parts = piece.split_whitespace().rev();
            if let (Some(name), Some(declared)) = (parts.next(), parts.next())
                && declared == type_name
                && is_plain_name(name)
            {
                if pieces.len() > 1 {
                    alone = false;
                }
                end.get_or_insert(if closing.ends_with('{') { ") {" } else { ");" });
                if !names.contains(&name) {
                    names.push(name);
                }
            }
        }
    }
    let ending_with = |name: &str| {
        let mut characters = name.chars();
        characters.next().is_some_and(|first| {
            let capitalized: String = first.to_uppercase().chain(characters).collect();
            method.ends_with(&capitalized)
        })
    };
    let chosen = match names.as_slice() {
        [only] => Some(*only),
        _ => {
            let named: Vec<&str> = names
                .iter()
                .copied()
                .filter(|name| ending_with(name))
                .collect();
            match named.as_slice() {
                [one] => Some(*one),
                _ => None,
            }
        }
    };
    let Some(name) = chosen else {
        return;
    };
    let Some(rest) = name.strip_prefix(context.prefix) else {
        return;
    };
    let close = if first && alone {
        end.unwrap_or("")
    } else {
        ""
    };
    if !rest.is_empty() || !close.is_empty() {
        out.push(Suggestion::construct(format!("{rest}{close}"), 0.86));
    }
}

/// `public void setYear(int ` -> `year) {`: a setter's one parameter is named for the field it sets, when the
/// class declares that field with that type.
fn setter_parameter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let typed = context.before_prefix().trim_start();
    let Some((head, parameter_type)) = typed
        .strip_suffix(' ')
        .and_then(|rest| {
            rest.strip_prefix("void set")
                .or_else(|| rest.split_once(" void set").map(|(_, name)| name))
        })
        .and_then(|rest| rest.split_once('('))
    else {
        return;
    };
    let mut characters = head.chars();
    let Some(first) = characters.next().filter(char::is_ascii_uppercase) else {
        return;
    };
    let field = format!("{}{}", first.to_ascii_lowercase(), characters.as_str());
    if !is_plain_name(&field) || parameter_type.contains([',', ' ']) || parameter_type.is_empty() {
        return;
    }
    let declared = format!(" {parameter_type} {field};");
    let declares = context
        .code_lines_above()
        .take(60)
        .any(|line| line.starts_with("private ") && line.contains(&declared));
    if declares && let Some(rest) = format!("{field}) {{").strip_prefix(context.prefix) {
        out.push(Suggestion::construct(rest, 0.88));
    }
}

/// `Point other = (Point) ` in `equals(Object o)` -> `o;`: the cast is of the object being compared.
fn equals_cast(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some((declaration, cast)) = typed.split_once(" = (") else {
        return;
    };
    let Some(class) = cast.strip_suffix(") ") else {
        return;
    };
    let declared = declaration.split_whitespace().next().unwrap_or("");
    if declared != class || !is_plain_name(class) {
        return;
    }
    let Some(function) = enclosing_function(context).filter(|function| function.name == "equals")
    else {
        return;
    };
    if let [parameter] = function.parameters.as_slice() {
        out.push(Suggestion::construct(format!("{};", parameter.name), 0.9));
    }
}

/// In `equals`, a field compared with the other object's: `age == other.` -> `age`, `Objects.equals(name,
/// other.` -> `name)`, then `;` when every field of the class is compared; and after `x == other.x && ` the one
/// field left (`y == other.y;`).
fn equals_field_comparison(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    if !typed.starts_with("return ") {
        return;
    }
    let Some(function) = enclosing_function(context).filter(|function| function.name == "equals")
    else {
        return;
    };
    let fields = private_fields(context);
    if fields.is_empty() || fields.len() > 6 {
        return;
    }
    let compared = |text: &str, field: &str| {
        text.contains(&format!("{field} == "))
            || text.contains(&format!("Objects.equals({field}, "))
            || text.contains(&format!("{field}.equals("))
    };
    let before = context.before_prefix();
    if let Some(access) = context.dot_member() {
        // `name, other.` or `age == other.`: the field the comparison began with.
        let Some(left) = context.before_receiver(&access) else {
            return;
        };
        let (field, close) = if let Some(head) = left.strip_suffix(", ") {
            let Some((_, field)) = head.rsplit_once("Objects.equals(") else {
                return;
            };
            (field, ")")
        } else if let Some(head) = left.strip_suffix(" == ") {
            let start = head
                .rfind(|c: char| !is_identifier_char(c))
                .map_or(0, |index| index + 1);
            (head.get(start..).unwrap_or(""), "")
        } else {
            return;
        };
        if !fields.contains(&field) {
            return;
        }
        let all = fields
            .iter()
            .all(|other| *other == field || compared(before, other));
        let end = if all { ";" } else { "" };
        if let Some(rest) = format!("{field}{close}{end}").strip_prefix(context.prefix) {
            out.push(Suggestion::member(rest, 0.9));
        }
        return;
    }
    // `return x == other.x && `: the one field not compared yet, compared the same way.
    if !context.prefix.is_empty() || !typed.ends_with(" && ") {
        return;
    }
    let Some(other) = function.parameters.first().map(|parameter| parameter.name) else {
        return;
    };
    let cast = context
        .code_lines_above()
        .take(8)
        .find_map(|line| {
            let (declaration, value) = line.split_once(" = (")?;
            value
                .ends_with(&format!(") {other};"))
                .then(|| declaration.split_whitespace().nth(1))
                .flatten()
        })
        .unwrap_or(other);
    let left: Vec<&&str> = fields
        .iter()
        .filter(|field| !compared(typed, field))
        .collect();
    let [field] = left.as_slice() else {
        return;
    };
    let primitive = declaration_of(context, field).is_some_and(|declared| {
        declared.split_whitespace().any(|word| {
            matches!(
                word,
                "int" | "long" | "double" | "float" | "boolean" | "char" | "short" | "byte"
            )
        })
    });
    let comparison = if primitive {
        format!("{field} == {cast}.{field};")
    } else {
        format!("Objects.equals({field}, {cast}.{field});")
    };
    out.push(Suggestion::construct(comparison, 0.86));
}

/// A singleton's accessor: `instance = new ` -> `Database();` for a `static Database instance` of the class
/// `Database` (its constructor is private, so only the class makes one), and `return ` after it -> `instance;`.
fn singleton_instance(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(class) = super::returns_self::class_name(context) else {
        return;
    };
    // `private static Database instance;` (or `= null;`) among the class's lines above.
    let own_static = |name: &str| {
        let declared = format!(" {class} {name}");
        context.code_lines_above().take(200).any(|line| {
            line.contains("static ")
                && line
                    .split_once(&declared)
                    .is_some_and(|(_, after)| after.starts_with(';') || after.starts_with(" ="))
        })
    };
    if let Some(field) = context.before_prefix().trim_start().strip_suffix(" = new ")
        && is_plain_name(field)
        && own_static(field)
        && let Some(rest) = format!("{class}();").strip_prefix(context.prefix)
    {
        out.push(Suggestion::construct(rest, 0.88));
        return;
    }
    if !context.prefix.is_empty() || typed != "return " {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    if !function.parameters.is_empty() || function.results.first() != Some(&class) {
        return;
    }
    // The field the method has just filled: `instance = new Database();` above.
    let made = context.code_lines_above().take(6).find_map(|line| {
        let (field, _) = line.split_once(" = new ")?;
        let field = field.trim();
        (is_plain_name(field) && own_static(field)).then_some(field)
    });
    if let Some(field) = made {
        out.push(Suggestion::construct(format!("{field};"), 0.88));
    }
}

/// The type argument a header can only mean one way: `class Person implements Comparable<` -> `Person>`, a
/// generic bound's `<T extends Comp` -> `arable<T>>`.
fn own_type_argument(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    if context.prefix.is_empty()
        && let Some(head) = typed.strip_suffix(" implements Comparable<")
        && let Some((_, class)) = head.rsplit_once("class ")
        && is_plain_name(class.trim())
    {
        out.push(Suggestion::construct(format!("{}>", class.trim()), 0.9));
        return;
    }
    let Some(head) = context.before_prefix().strip_suffix(" extends ") else {
        return;
    };
    let Some((_, variable)) = head.rsplit_once('<') else {
        return;
    };
    if context.prefix.starts_with("Comp")
        && is_plain_name(variable)
        && variable.len() <= 2
        && let Some(rest) = format!("Comparable<{variable}>>").strip_prefix(context.prefix)
    {
        out.push(Suggestion::construct(rest, 0.9));
    }
}

/// A map's entry read on one line: `e.getKey() + ": " + ` -> `e.getValue());` (closing what the line opened), and
/// a count merged into a map: `counts.merge(word, 1, ` -> `Integer::sum);` (`Integer::` -> `sum);`).
fn entry_value_and_merge(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    entry_value_typed(context, out);
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let outside_strings: String = typed.split('"').step_by(2).collect();
    let open = outside_strings
        .matches('(')
        .count()
        .saturating_sub(outside_strings.matches(')').count());
    if let Some(arguments) = typed.split_once(".merge(").map(|(_, arguments)| arguments)
        && open == 1
        && typed.ends_with(", ")
    {
        let parts: Vec<&str> = arguments.split(", ").collect();
        let sum = match parts.as_slice() {
            [key, "1", ""] if !key.contains(['(', '"']) => "Integer::sum);",
            [key, "1L", ""] if !key.contains(['(', '"']) => "Long::sum);",
            _ => return,
        };
        out.push(Suggestion::construct(sum, 0.88));
        return;
    }
    // The same with the class typed: `counts.merge(w, 1, Integer::` -> `sum);`.
    if let Some(arguments) = typed.split_once(".merge(").map(|(_, arguments)| arguments)
        && open == 1
        && (arguments.ends_with(", 1, Integer::") || arguments.ends_with(", 1L, Long::"))
        && !arguments.contains(['(', '"'])
    {
        out.push(Suggestion::member("sum);", 0.88));
        return;
    }
    if !typed.ends_with(" + ") || typed.contains(".getValue()") {
        return;
    }
    let Some(entry) = typed.split(".getKey()").next().and_then(|before| {
        let start = before
            .rfind(|c: char| !super::lexer::is_identifier_char(c))
            .map_or(0, |index| index + 1);
        before.get(start..)
    }) else {
        return;
    };
    if entry.is_empty() || !typed.contains(&format!("{entry}.getKey()")) || open > 2 {
        return;
    }
    let ending = entry_line_ending(typed, open);
    out.push(Suggestion::construct(
        format!("{entry}.getValue(){ending}"),
        0.86,
    ));
}

/// The same entry's value with its getter begun: `e.getKey() + ": " + e.get` -> `Value());`. A getter's list
/// ranks `getKey()` first, but the line has read the key already.
fn entry_value_typed(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(before_receiver) = context.before_receiver(&access) else {
        return;
    };
    let key_read = before_receiver.ends_with(" + ")
        && before_receiver.contains(&format!("{}.getKey()", access.receiver))
        && !typed.contains(".getValue()");
    let Some(rest) = "getValue()".strip_prefix(context.prefix) else {
        return;
    };
    let outside_strings: String = typed.split('"').step_by(2).collect();
    let open = outside_strings
        .matches('(')
        .count()
        .saturating_sub(outside_strings.matches(')').count());
    if key_read && !rest.is_empty() && open <= 2 {
        let ending = entry_line_ending(typed, open);
        out.push(Suggestion::member(format!("{rest}{ending}"), 0.9));
    }
}

/// What ends a line printing or joining an entry: the parentheses it left open, and the statement's `;` when the
/// line is a print or an assignment.
fn entry_line_ending(typed: &str, open: usize) -> String {
    let statement_ends = (open > 0 && typed.starts_with("System.out."))
        || (open == 0
            && typed
                .split('"')
                .next()
                .is_some_and(|head| head.contains(" = ")));
    let end = if statement_ends { ";" } else { "" };
    format!("{}{end}", ")".repeat(open))
}

/// `catch (IOEx` -> `ception e) {`: the exception begun, when one of the usual ones (or the one the `try`
/// block's calls throw) is the only name it starts.
fn caught_type(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const USUAL: &[&str] = &[
        "Exception",
        "IOException",
        "FileNotFoundException",
        "NumberFormatException",
        "InputMismatchException",
        "InterruptedException",
        "IllegalArgumentException",
        "IllegalStateException",
        "ArithmeticException",
        "ArrayIndexOutOfBoundsException",
        "IndexOutOfBoundsException",
        "NullPointerException",
        "SQLException",
        "ClassNotFoundException",
        "CloneNotSupportedException",
        "RuntimeException",
    ];
    let typed = context
        .before_prefix()
        .trim_start()
        .trim_start_matches('}')
        .trim_start();
    if context.prefix.len() < 2 || !context.at_line_end() || typed != "catch (" {
        return;
    }
    let thrown = thrown_by_try_block(context).filter(|thrown| thrown.starts_with(context.prefix));
    let mut begun = USUAL
        .iter()
        .copied()
        .filter(|name| name.starts_with(context.prefix) && name.len() > context.prefix.len());
    let name = match (thrown, begun.next(), begun.next()) {
        (Some(thrown), _, _) => thrown,
        (None, Some(only), None) => only,
        _ => return,
    };
    if let Some(rest) = name.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(format!("{rest} e) {{"), 0.86));
    }
}

/// `catch (NumberFormatException ` -> `e) {`: a caught exception is named `e`, or `ex` inside a block that caught
/// an `e` already.
fn caught_name(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let Some(types) = typed
        .strip_prefix("catch (")
        .and_then(|rest| rest.strip_suffix(' '))
    else {
        return;
    };
    let named = types.split('|').all(|name| {
        let name = name.trim();
        let simple = name.rsplit('.').next().unwrap_or(name);
        is_plain_name(simple)
            && (simple.ends_with("Exception") || simple.ends_with("Error") || simple == "Throwable")
            && name.split('.').all(is_plain_name)
    });
    if !named || types.ends_with('|') {
        return;
    }
    let outer_e = context
        .enclosing_lines()
        .any(|header| header.contains("catch (") && header.ends_with(" e) {"));
    let name = if outer_e { "ex" } else { "e" };
    out.push(Suggestion::construct(format!("{name}) {{"), 0.88));
}

/// `throw new RuntimeException(` as the first statement of `catch (IOException e) {` -> `e);`: a checked
/// exception rethrown unchecked carries the caught one as its cause.
fn wrapped_in_catch(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let Some(thrown) = typed
        .strip_prefix("throw new ")
        .and_then(|rest| rest.strip_suffix('('))
    else {
        return;
    };
    if !matches!(
        thrown,
        "RuntimeException" | "UncheckedIOException" | "IllegalStateException"
    ) {
        return;
    }
    let Some(previous) = context.previous_code_line().map(str::trim) else {
        return;
    };
    let caught = previous
        .trim_start_matches('}')
        .trim_start()
        .strip_prefix("catch (")
        .and_then(|rest| rest.strip_suffix(") {"))
        .and_then(|declaration| declaration.rsplit_once(' '))
        .map(|(_, name)| name);
    if let Some(name) = caught.filter(|name| is_plain_name(name)) {
        // An `UncheckedIOException` wants a message before its cause.
        if thrown != "UncheckedIOException" {
            out.push(Suggestion::construct(format!("{name});"), 0.85));
        }
    }
}

/// `Status.` where the file declares `enum Status { ACTIVE, INACTIVE, BANNED }` -> its constants, in their order:
/// listed while several fit what is typed, shown inline once only one does (`Status.B` -> `ANNED`).
fn declared_enum_constant(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let receiver = access.receiver;
    if !is_plain_name(receiver) || !receiver.starts_with(char::is_uppercase) {
        return;
    }
    let declaration = format!("enum {receiver} ");
    let Some(start) = context.code.find(&declaration) else {
        return;
    };
    let Some(constants) = context
        .code
        .get(start..)
        .and_then(super::control_flow::enum_constants)
    else {
        return;
    };
    let fitting: Vec<&str> = constants
        .iter()
        .copied()
        .filter(|constant| constant.len() > context.prefix.len())
        .filter(|constant| constant.starts_with(context.prefix))
        .collect();
    if let ([only], false) = (fitting.as_slice(), context.prefix.is_empty()) {
        out.push(Suggestion::member(&only[context.prefix.len()..], 0.88));
        return;
    }
    for (rank, constant) in fitting.iter().enumerate() {
        let confidence = 0.55 - 0.02 * rank.min(10) as f64;
        out.push(Suggestion::member(
            &constant[context.prefix.len()..],
            confidence,
        ));
    }
}

/// `for (Color c : Color.` -> `values()) {`: a loop over an enum's own name goes over its constants.
fn constants_of_enum(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let Some(header) = typed
        .strip_prefix("for (")
        .and_then(|rest| rest.strip_suffix(context.prefix))
        .and_then(|rest| rest.strip_suffix('.'))
    else {
        return;
    };
    let Some((variable, receiver)) = header.split_once(" : ") else {
        return;
    };
    let declared_type = variable
        .trim_start_matches("final ")
        .split(' ')
        .next()
        .unwrap_or("");
    if declared_type == receiver
        && is_plain_name(receiver)
        && receiver.starts_with(char::is_uppercase)
        && let Some(rest) = "values()) {".strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest, 0.88));
    }
}

/// `names.forEach(System.out::` -> `println);`: the one method reference a print takes.
fn printed_by_reference(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    if let Some(before) = typed.strip_suffix(context.prefix)
        && (before.ends_with(".forEach(System.out::")
            || before.ends_with(".ifPresent(System.out::"))
        && let Some(rest) = "println);".strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest, 0.88));
    }
}

/// The lines every Swing window and game panel writes alike: the frame closed with the program
/// (`setDefaultCloseOperation(` -> `JFrame.EXIT_ON_CLOSE);`, `JFrame.EX` -> `IT_ON_CLOSE`), shown
/// (`frame.setVis` -> `ible(true);`) and centred (`setLocationRelativeTo(` -> `null);`), a panel's `repaint();`
/// and a key event's `getKeyCode()`. Only in a file that uses Swing or AWT.
fn swing_window(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    // The whole file is searched for Swing only once a line asks for one of its calls: every Java request passes
    // here.
    let swing = || {
        ["javax.swing", "java.awt", "JFrame", "JPanel", "KeyEvent"]
            .iter()
            .any(|marker| context.code.contains(marker))
    };
    let typed = context.before_prefix().trim_start();
    let prefix = context.prefix;
    let finished = |text: &str| {
        text.strip_prefix(prefix)
            .filter(|rest| !rest.is_empty())
            .map(str::to_owned)
    };
    let suggestion = match context.member {
        None if typed.ends_with(".setDefaultCloseOperation(") => finished("JFrame.EXIT_ON_CLOSE);"),
        None if typed.ends_with(".setLocationRelativeTo(") && prefix.is_empty() => {
            finished("null);")
        }
        None if typed.is_empty()
            && prefix.len() >= 3
            && swing()
            && extends_swing_component(context) =>
        {
            finished("repaint();")
        }
        Some(access) if access.separator == "." => {
            let before = context.before_receiver(&access).unwrap_or("").trim_start();
            match access.receiver {
                "JFrame" if prefix.len() >= 2 => {
                    let end = if before.ends_with("setDefaultCloseOperation(") {
                        ");"
                    } else {
                        ""
                    };
                    finished(&format!("EXIT_ON_CLOSE{end}"))
                }
                receiver if prefix.len() >= 4 => {
                    let declared = declaration_of(context, receiver).unwrap_or("");
                    let key_event =
                        declared.starts_with("KeyEvent") || declared.ends_with("KeyEvent");
                    let frame =
                        declared.contains("JFrame") || (receiver == "frame" && declared.is_empty());
                    if frame && before.is_empty() {
                        finished("setVisible(true);")
                    } else if key_event {
                        // `int key = e.getKeyCode();` ends there; `switch (e.getKeyCode()) {` goes on.
                        let end = if before.ends_with("= ") { ";" } else { "" };
                        finished(&format!("getKeyCode(){end}"))
                    } else {
                        None
                    }
                }
                _ => None,
            }
        }
        _ => None,
    };
    if let Some(text) = suggestion
        && swing()
    {
        out.push(Suggestion::construct(text, 0.88));
    }
}

/// Whether the cursor's class extends a Swing or AWT component, whose `repaint()` a game loop calls.
fn extends_swing_component(context: &Context<'_>) -> bool {
    context.enclosing_lines().any(|line| {
        line.contains("class ")
            && [
                "extends JPanel",
                "extends JFrame",
                "extends JComponent",
                "extends Canvas",
            ]
            .iter()
            .any(|parent| line.contains(parent))
    })
}

/// `public int getA|` in a class with a `private int age;` and no `getAge` yet -> `ge() {` (a `boolean`'s `is`,
/// and `public void setA|` -> `ge(int age) {`): a getter or setter is named for its field, whose type it shares.
fn accessor_of_field(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    /// How many lines above and below the cursor are read for the class's fields.
    const LINES: usize = 120;
    let prefix = context.prefix;
    if !context.at_line_end() || prefix.len() < 3 {
        return;
    }
    let before = context.before_prefix().trim();
    let words: Vec<&str> = before.split_whitespace().collect();
    let Some((&returned, modifiers)) = words.split_last() else {
        return;
    };
    if !modifiers
        .iter()
        .all(|word| matches!(*word, "public" | "protected" | "private" | "final"))
        || modifiers.is_empty()
    {
        return;
    }
    let after = context.code.get(context.cursor..).unwrap_or("");
    let lines: Vec<&str> = context
        .code_before_line()
        .lines()
        .rev()
        .take(LINES)
        .chain(after.lines().skip(1).take(LINES))
        .collect();
    let fields = lines.iter().filter_map(|line| {
        let declaration = line.trim().strip_prefix("private ")?;
        let declaration = declaration.strip_prefix("final ").unwrap_or(declaration);
        let declaration = declaration.split(['=', ';']).next()?.trim();
        let (field_type, name) = declaration.rsplit_once(' ')?;
        (is_plain_name(name) && !field_type.contains(['(', ')'])).then(|| (field_type.trim(), name))
    });
    let mut candidates: Vec<String> = Vec::new();
    for (field_type, name) in fields {
        let mut capitalized = name.chars();
        let Some(first) = capitalized.next() else {
            continue;
        };
        let title = format!("{}{}", first.to_uppercase(), capitalized.as_str());
        let (method, header) = if returned == "void" {
            (
                format!("set{title}"),
                format!("set{title}({field_type} {name}) {{"),
            )
        } else if returned == field_type {
            let verb = if field_type == "boolean" { "is" } else { "get" };
            (format!("{verb}{title}"), format!("{verb}{title}() {{"))
        } else {
            continue;
        };
        let written = lines
            .iter()
            .any(|line| super::lexer::contains_word(line, &method));
        if method.len() > prefix.len()
            && method.starts_with(prefix)
            && !written
            && !candidates.contains(&header)
        {
            candidates.push(header);
        }
    }
    if let [header] = candidates.as_slice()
        && let Some(rest) = header.get(prefix.len()..)
    {
        out.push(Suggestion::construct(rest, 0.88));
    }
}
