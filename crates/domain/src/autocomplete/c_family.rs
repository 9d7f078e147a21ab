//! C and C++: syntax, keywords, the preprocessor, the standard library and constructs.
//!
//! Constructs: `#include <` -> a standard header and `>` (and `#include <math.` -> `h>`), preprocessor directives
//! after `#`, `int main` ->
//! `(void) {` (C) or `() {` (C++), `return` in `main` -> `0;`, loop headers (`for (int i = 0` -> `; i < n; i++) {`,
//! `.size()` for a C++ container, `for (auto& item : ` -> `items) {`), `case ` in a `switch`, the value after
//! `return`. Members: `std::`, the methods of a `std::vector`, `std::string` or map the declaration shows, and the
//! fields of a `struct` the code defines (after `.` or `->`). Names: the language's words, and the functions of the
//! standard headers the file includes (`toup` -> `per(` under `#include <ctype.h>`, `sqr` -> `t(` under `<math.h>`).
//!
//! Everyday idioms: `int *p = malloc(` -> `sizeof(*p));`; in C++ `using namespace ` -> `std;`, `~` in a class
//! body -> its destructor, `std::` after `<<` on a `std::cout` line -> `endl`, and the range of `for (auto& x : `
//! when one container is in scope; a buffer's arguments (`strncmp`'s prefix length, `memset`'s `sizeof`, the
//! `'\0'` in its last place, a size constant), a lookup's `end()` and `second`, the maker of a declared type;
//! the conversion of the variable a `scanf` reads and the targets its format still wants (`&a, ` -> `&b);`, a
//! `%s` array without `&`, from the declarations right above;
//! shared with `closers`, which finishes a `printf`'s `%`), C++'s `delete` -> `[] p;` for a `new int[n]`, an
//! include guard's `#define` and `#endif` after `#`, `std::sto` by the declared number's type, a C++ getter's
//! member and a setter's parameter, an initializer list continued (`data(d), ` -> `next(nullptr) {}`). In C++ also
//! `*this;` from a member function that returns its own class, `npos;` after a string search's loop, the result a
//! function declared (`__ret;`), and the member an equality or a copy constructor mirrors (`_M_end == __rhs.` ->
//! `_M_end`, `: _M_sz(__a.` -> `_M_sz`), the second of a pair of parameters (`(const _Tp& __x, ` -> `const _Tp& __y`),
//! a visibility macro's `default`, and a `BEGIN` namespace macro's `END` after the nested namespaces close.

use super::Suggestion;
use super::cursor::{Context, MemberAccess, indentation};
use super::language::{BlockStyle, DOUBLE_QUOTED, Language, Profile, SINGLE_QUOTED, Word};
use super::lexer::{
    Lexer, Syntax, Token, TokenKind, contains_word, is_identifier_char, is_plain_name,
};
use super::members::{MemberHints, MemberTable, table_for};
use super::ranking::{Candidate, push_ranked};
use super::statements::{
    after_return, class_body_members, complete_phrase, declaration_of, enclosing_class_brace,
    enclosing_function, header_start, iterable_in_scope, open_braces, return_value, switch_case,
};

static SYNTAX: Syntax = Syntax {
    line_comments: &["//"],
    block_comment: Some(("/*", "*/")),
    nested_block_comments: false,
    quotes: &[DOUBLE_QUOTED, SINGLE_QUOTED],
    string_prefixes: &["L", "u", "U", "u8", "R", "LR", "uR", "UR", "u8R"],
    raw_strings: false,
    char_or_lifetime: false,
    regex_literals: false,
    template_interpolation: false,
    dollar_in_identifiers: false,
};

/// The words of C, followed by any extra ones (C++'s).
macro_rules! c_words {
    ($($extra:expr),* $(,)?) => {
        &[
            Word::statement("return", " "),
            Word::statement("if", " ("),
            Word::statement("else", " "),
            Word::statement("for", " ("),
            Word::statement("while", " ("),
            Word::statement("do", " {"),
            Word::statement("switch", " ("),
            Word::statement("case", " "),
            Word::statement("default", ":"),
            Word::statement("break", ";"),
            Word::statement("continue", ";"),
            Word::statement("typedef", " "),
            Word::statement("goto", " "),
            Word::anywhere("struct", " "),
            Word::anywhere("enum", " "),
            Word::anywhere("union", " "),
            Word::anywhere("static", " "),
            Word::anywhere("const", " "),
            Word::anywhere("unsigned", " "),
            Word::anywhere("int", " "),
            Word::anywhere("void", " "),
            Word::anywhere("char", " "),
            Word::anywhere("float", " "),
            Word::anywhere("double", " "),
            Word::anywhere("long", " "),
            Word::anywhere("short", " "),
            Word::anywhere("sizeof", "("),
            Word::anywhere("NULL", ""),
            Word::anywhere("true", ""),
            Word::anywhere("false", ""),
            Word::anywhere("bool", " "),
            Word::anywhere("size_t", " "),
            Word::anywhere("uint8_t", " "),
            Word::anywhere("uint32_t", " "),
            Word::anywhere("uint64_t", " "),
            Word::anywhere("int32_t", " "),
            Word::anywhere("int64_t", " "),
            Word::anywhere("printf", "("),
            Word::anywhere("fprintf", "("),
            Word::anywhere("snprintf", "("),
            Word::anywhere("sprintf", "("),
            Word::anywhere("scanf", "("),
            Word::anywhere("malloc", "("),
            Word::anywhere("calloc", "("),
            Word::anywhere("realloc", "("),
            Word::anywhere("free", "("),
            Word::anywhere("strlen", "("),
            Word::anywhere("strcmp", "("),
            Word::anywhere("strncmp", "("),
            Word::anywhere("strcpy", "("),
            Word::anywhere("strncpy", "("),
            Word::anywhere("memcpy", "("),
            Word::anywhere("memset", "("),
            Word::anywhere("fopen", "("),
            Word::anywhere("fclose", "("),
            Word::anywhere("fgets", "("),
            Word::anywhere("puts", "("),
            Word::anywhere("exit", "("),
            Word::anywhere("stdout", ""),
            Word::anywhere("stderr", ""),
            Word::anywhere("stdin", ""),
            Word::anywhere("EXIT_SUCCESS", ""),
            Word::anywhere("EXIT_FAILURE", ""),
            Word::anywhere("errno", ""),
            Word::anywhere("optarg", ""),
            Word::anywhere("SEEK_SET", ""),
            Word::anywhere("SEEK_END", ""),
            Word::anywhere("SEEK_CUR", ""),
            Word::anywhere("CLOCK_MONOTONIC", ""),
            Word::anywhere("CLOCK_REALTIME", ""),
            Word::anywhere("CLOCKS_PER_SEC", ""),
            Word::anywhere("inline", " "),
            Word::anywhere("extern", " "),
            $($extra,)*
        ]
    };
}

/// The functions of the standard headers a file includes, most used first within each (`toupper` once `<ctype.h>`
/// or `<cctype>` is included): they complete like the language's own words, in the files that can call them.
static HEADER_FUNCTIONS: &[(&[&str], &[Word])] = &[
    (&["ctype.h", "cctype"], CTYPE_FUNCTIONS),
    (&["math.h", "cmath"], MATH_FUNCTIONS),
    (&["string.h", "cstring"], STRING_FUNCTIONS),
    (&["stdlib.h", "cstdlib"], STDLIB_FUNCTIONS),
    (&["stdio.h", "cstdio"], STDIO_FUNCTIONS),
    (&["time.h", "ctime"], TIME_FUNCTIONS),
    (&["stdarg.h", "cstdarg"], STDARG_FUNCTIONS),
    (&["unistd.h"], UNISTD_FUNCTIONS),
    (&["pthread.h"], PTHREAD_FUNCTIONS),
    (
        &["sys/socket.h", "arpa/inet.h", "netinet/in.h"],
        SOCKET_FUNCTIONS,
    ),
];

static CTYPE_FUNCTIONS: &[Word] = &[
    Word::anywhere("toupper", "("),
    Word::anywhere("tolower", "("),
    Word::anywhere("isdigit", "("),
    Word::anywhere("isalpha", "("),
    Word::anywhere("isspace", "("),
    Word::anywhere("isalnum", "("),
    Word::anywhere("isupper", "("),
    Word::anywhere("islower", "("),
    Word::anywhere("ispunct", "("),
    Word::anywhere("isxdigit", "("),
];
static MATH_FUNCTIONS: &[Word] = &[
    Word::anywhere("sqrt", "("),
    Word::anywhere("pow", "("),
    Word::anywhere("fabs", "("),
    Word::anywhere("floor", "("),
    Word::anywhere("ceil", "("),
    Word::anywhere("round", "("),
    Word::anywhere("sin", "("),
    Word::anywhere("cos", "("),
    Word::anywhere("tan", "("),
    Word::anywhere("atan2", "("),
    Word::anywhere("exp", "("),
    Word::anywhere("log", "("),
    Word::anywhere("log10", "("),
    Word::anywhere("fmod", "("),
    Word::anywhere("hypot", "("),
    Word::anywhere("fmin", "("),
    Word::anywhere("fmax", "("),
];
static STRING_FUNCTIONS: &[Word] = &[
    Word::anywhere("strchr", "("),
    Word::anywhere("strrchr", "("),
    Word::anywhere("strstr", "("),
    Word::anywhere("strcat", "("),
    Word::anywhere("strncat", "("),
    Word::anywhere("strtok", "("),
    Word::anywhere("strdup", "("),
    Word::anywhere("memmove", "("),
    Word::anywhere("memcmp", "("),
    Word::anywhere("strerror", "("),
    Word::anywhere("strspn", "("),
    Word::anywhere("strcspn", "("),
];
static STDLIB_FUNCTIONS: &[Word] = &[
    Word::anywhere("atoi", "("),
    Word::anywhere("atof", "("),
    Word::anywhere("atol", "("),
    Word::anywhere("strtol", "("),
    Word::anywhere("strtoul", "("),
    Word::anywhere("strtod", "("),
    Word::anywhere("qsort", "("),
    Word::anywhere("bsearch", "("),
    Word::anywhere("rand", "("),
    Word::anywhere("srand", "("),
    Word::anywhere("abs", "("),
    Word::anywhere("getenv", "("),
    Word::anywhere("system", "("),
];
static STDIO_FUNCTIONS: &[Word] = &[
    Word::anywhere("fputs", "("),
    Word::anywhere("fputc", "("),
    Word::anywhere("fgetc", "("),
    Word::anywhere("getchar", "("),
    Word::anywhere("putchar", "("),
    Word::anywhere("fread", "("),
    Word::anywhere("fwrite", "("),
    Word::anywhere("fscanf", "("),
    Word::anywhere("sscanf", "("),
    Word::anywhere("vfprintf", "("),
    Word::anywhere("vprintf", "("),
    Word::anywhere("vsnprintf", "("),
    Word::anywhere("perror", "("),
    Word::anywhere("fflush", "("),
    Word::anywhere("remove", "("),
    Word::anywhere("rename", "("),
    Word::anywhere("rewind", "("),
    Word::anywhere("fseek", "("),
    Word::anywhere("ftell", "("),
    Word::anywhere("getline", "("),
];
static TIME_FUNCTIONS: &[Word] = &[
    Word::anywhere("time", "("),
    Word::anywhere("clock", "("),
    Word::anywhere("difftime", "("),
    Word::anywhere("strftime", "("),
    Word::anywhere("localtime", "("),
    Word::anywhere("gmtime", "("),
    Word::anywhere("mktime", "("),
    Word::anywhere("nanosleep", "("),
    Word::anywhere("clock_gettime", "("),
];
static STDARG_FUNCTIONS: &[Word] = &[
    Word::anywhere("va_start", "("),
    Word::anywhere("va_end", "("),
    Word::anywhere("va_arg", "("),
    Word::anywhere("va_copy", "("),
];
static UNISTD_FUNCTIONS: &[Word] = &[
    Word::anywhere("read", "("),
    Word::anywhere("write", "("),
    Word::anywhere("close", "("),
    Word::anywhere("sleep", "("),
    Word::anywhere("usleep", "("),
    Word::anywhere("getpid", "("),
    Word::anywhere("fork", "("),
    Word::anywhere("pipe", "("),
    Word::anywhere("dup2", "("),
    Word::anywhere("access", "("),
    Word::anywhere("unlink", "("),
    Word::anywhere("execvp", "("),
];
static PTHREAD_FUNCTIONS: &[Word] = &[
    Word::anywhere("pthread_create", "("),
    Word::anywhere("pthread_join", "("),
    Word::anywhere("pthread_mutex_lock", "("),
    Word::anywhere("pthread_mutex_unlock", "("),
    Word::anywhere("pthread_mutex_init", "("),
    Word::anywhere("pthread_mutex_destroy", "("),
    Word::anywhere("pthread_cond_wait", "("),
    Word::anywhere("pthread_cond_signal", "("),
    Word::anywhere("pthread_cond_broadcast", "("),
    Word::anywhere("pthread_self", "("),
];
static SOCKET_FUNCTIONS: &[Word] = &[
    Word::anywhere("socket", "("),
    Word::anywhere("bind", "("),
    Word::anywhere("listen", "("),
    Word::anywhere("accept", "("),
    Word::anywhere("connect", "("),
    Word::anywhere("send", "("),
    Word::anywhere("recv", "("),
    Word::anywhere("setsockopt", "("),
    Word::anywhere("htons", "("),
    Word::anywhere("htonl", "("),
    Word::anywhere("ntohs", "("),
    Word::anywhere("ntohl", "("),
    Word::anywhere("inet_pton", "("),
    Word::anywhere("inet_ntop", "("),
];

/// How much of a file's head is read for its `#include` lines: they come first, and a long file is not read whole.
const INCLUDES_HEAD: usize = 16 * 1024;

/// The words of the standard headers `code` includes (see [`HEADER_FUNCTIONS`]).
pub(super) fn included_functions(code: &str) -> impl Iterator<Item = &'static Word> + '_ {
    let mut head_end = code.len().min(INCLUDES_HEAD);
    while !code.is_char_boundary(head_end) {
        head_end -= 1;
    }
    let head = code.get(..head_end).unwrap_or("");
    let included: Vec<&str> = head
        .match_indices("#include <")
        .filter_map(|(at, opening)| {
            let rest = head.get(at + opening.len()..)?;
            rest.split_once('>').map(|(header, _)| header)
        })
        .collect();
    HEADER_FUNCTIONS
        .iter()
        .filter(move |(headers, _)| headers.iter().any(|header| included.contains(header)))
        .flat_map(|(_, words)| words.iter())
}

static C_WORDS: &[Word] = c_words!();
static CPP_WORDS: &[Word] = c_words!(
    Word::statement("class", " "),
    Word::statement("namespace", " "),
    Word::statement("template", " <"),
    Word::statement("using", " "),
    Word::statement("public", ":"),
    Word::statement("private", ":"),
    Word::statement("protected", ":"),
    Word::statement("try", " {"),
    Word::statement("catch", " ("),
    Word::statement("throw", " "),
    Word::anywhere("typename", " "),
    Word::anywhere("virtual", " "),
    Word::anywhere("override", ""),
    Word::anywhere("nullptr", ""),
    Word::anywhere("auto", " "),
    Word::anywhere("new", " "),
    Word::anywhere("delete", " "),
    Word::anywhere("this", ""),
    Word::anywhere("std", "::"),
    Word::anywhere("constexpr", " "),
    Word::anywhere("noexcept", ""),
    Word::anywhere("explicit", " "),
    Word::anywhere("static_cast", "<"),
    Word::anywhere("dynamic_cast", "<"),
    Word::anywhere("reinterpret_cast", "<"),
    Word::statement("friend", " "),
    Word::anywhere("operator", ""),
    Word::anywhere("mutable", " "),
    Word::anywhere("decltype", "("),
);

/// Preprocessor directives, after `#`.
static DIRECTIVES: &[&str] = &[
    "include", "define", "ifndef", "endif", "ifdef", "pragma", "if", "else", "elif", "undef",
    "error",
];
static C_HEADERS: &[&str] = &[
    "stdio.h",
    "stdlib.h",
    "string.h",
    "math.h",
    "stdbool.h",
    "stdint.h",
    "assert.h",
    "ctype.h",
    "time.h",
    "errno.h",
    "limits.h",
    "stddef.h",
    "unistd.h",
    "pthread.h",
    "signal.h",
    "stdarg.h",
    "float.h",
    "fcntl.h",
];
static CPP_HEADERS: &[&str] = &[
    "iostream",
    "vector",
    "string",
    "map",
    "unordered_map",
    "algorithm",
    "memory",
    "set",
    "unordered_set",
    "cmath",
    "cstdio",
    "cstdlib",
    "cstring",
    "sstream",
    "fstream",
    "functional",
    "utility",
    "queue",
    "stack",
    "deque",
    "array",
    "chrono",
    "thread",
    "mutex",
    "numeric",
    "optional",
    "tuple",
    "iomanip",
    "cassert",
    "stdexcept",
    "bitset",
    "list",
    "atomic",
    "limits",
    "random",
    "regex",
    "variant",
    "filesystem",
    "cstdint",
    "string_view",
    "ctime",
    "cctype",
];

static STD_MEMBERS: &[(&str, &[&str])] = &[
    (
        "std",
        &[
            "cout",
            "endl",
            "vector<",
            "string",
            "cin",
            "cerr",
            "map<",
            "unordered_map<",
            "make_unique<",
            "move()",
            "sort()",
            "pair<",
            "unique_ptr<",
            "shared_ptr<",
            "make_shared<",
            "min()",
            "max()",
            "to_string()",
            "getline()",
            "array<",
            "set<",
            "swap()",
            "find()",
            "size_t",
            "optional<",
            "function<",
            "thread",
            "mutex",
            "lock_guard<",
            "runtime_error()",
            "accumulate()",
            "reverse()",
            "begin()",
            "end()",
            "unordered_set<",
            "string_view",
            "abs()",
            "stoi()",
            "ifstream",
            "ofstream",
            "chrono",
            "this_thread",
            "filesystem",
            "invalid_argument",
        ],
    ),
    // The clocks, the sleep and the directory walk the quick starts copy.
    (
        "std::chrono",
        &[
            "milliseconds",
            "seconds",
            "duration_cast<",
            "steady_clock",
            "system_clock",
            "high_resolution_clock",
            "microseconds",
        ],
    ),
    ("std::chrono::system_clock", &["now()", "to_time_t()"]),
    ("std::chrono::steady_clock", &["now()"]),
    ("std::chrono::high_resolution_clock", &["now()"]),
    ("std::this_thread", &["sleep_for()", "get_id()"]),
    (
        "std::filesystem",
        &[
            "directory_iterator()",
            "exists()",
            "path()",
            "create_directories()",
            "recursive_directory_iterator()",
            "current_path()",
            "file_size()",
            "is_directory()",
        ],
    ),
];
static VECTOR_METHODS: &[&str] = &[
    "push_back()",
    "size()",
    "begin()",
    "end()",
    "empty()",
    "clear()",
    "emplace_back()",
    "back()",
    "front()",
    "pop_back()",
    "at()",
    "insert()",
    "erase()",
    "reserve()",
    "resize()",
    "data()",
];
static STRING_METHODS: &[&str] = &[
    "size()",
    "length()",
    "c_str()",
    "substr()",
    "find()",
    "append()",
    "empty()",
    "push_back()",
    "begin()",
    "end()",
    "compare()",
    "replace()",
    "erase()",
    "insert()",
    "at()",
    "clear()",
    "back()",
];
/// A `std::thread`'s methods: it is started by its constructor, so what is left is waiting for it (`joinable()`
/// is left out: `jo` would be two words).
static THREAD_METHODS: &[&str] = &["join()", "detach()"];
/// A file stream's methods, `rdbuf()` first: a whole file is read with `buffer << in.rdbuf();`.
static FILE_STREAM_METHODS: &[&str] = &["rdbuf()", "is_open()", "close()", "good()", "eof()"];
/// A `std::set`'s (or `unordered_set`'s) methods, most used first: a map's, without `at()`.
static SET_METHODS: &[&str] = &[
    "insert()",
    "count()",
    "find()",
    "erase()",
    "size()",
    "empty()",
    "begin()",
    "end()",
    "contains()",
    "emplace()",
    "clear()",
];

/// A `std::queue`'s methods: it is filled at the back and read and emptied at the front.
static QUEUE_METHODS: &[&str] = &[
    "push()",
    "pop()",
    "front()",
    "empty()",
    "size()",
    "back()",
    "emplace()",
];
/// A `std::stack`'s (or `priority_queue`'s) methods: only the top is seen.
static STACK_METHODS: &[&str] = &["push()", "pop()", "top()", "empty()", "size()", "emplace()"];
/// A `std::deque`'s (or `std::list`'s) methods: both ends, most used first.
static DEQUE_METHODS: &[&str] = &[
    "push_back()",
    "push_front()",
    "pop_front()",
    "pop_back()",
    "front()",
    "back()",
    "size()",
    "empty()",
    "begin()",
    "end()",
    "clear()",
    "emplace_back()",
    "emplace_front()",
    "insert()",
    "erase()",
];

static MAP_METHODS: &[&str] = &[
    "insert()",
    "find()",
    "count()",
    "erase()",
    "size()",
    "empty()",
    "begin()",
    "end()",
    "at()",
    "emplace()",
    "contains()",
    "clear()",
];

/// C's profile.
pub(super) static C: Profile = Profile {
    language: Language::C,
    syntax: &SYNTAX,
    words: C_WORDS,
    naming_keywords: &["struct", "enum", "union", "typedef", "void", "define"],
    block_keywords: &["if", "for", "while", "switch", "else"],
    block_style: BlockStyle::Brace,
    statement_terminator: Some(";"),
    constructs,
    member_hints,
};

/// C++'s profile.
pub(super) static CPP: Profile = Profile {
    language: Language::Cpp,
    syntax: &SYNTAX,
    words: CPP_WORDS,
    naming_keywords: &[
        "struct",
        "enum",
        "union",
        "typedef",
        "void",
        "define",
        "class",
        "namespace",
        "typename",
    ],
    block_keywords: &["if", "for", "while", "switch", "catch", "else"],
    block_style: BlockStyle::Brace,
    statement_terminator: Some(";"),
    constructs,
    member_hints,
};

/// On the line after `int *p = malloc(...);` (or `calloc`, `realloc`, `FILE *f = fopen(...)`), at the start of a
/// statement: `if (p == NULL) {` (what is typed of it completed: `if (f == ` -> `NULL) {`). An allocation or an
/// open file is checked before it is used.
fn check_allocation(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if !context.at_line_end() || !(typed.is_empty() || typed.starts_with("if")) {
        return;
    }
    let Some(previous) = context.previous_code_line().map(str::trim) else {
        return;
    };
    let Some((target, value)) = previous.split_once('=') else {
        return;
    };
    let allocates = ["malloc(", "calloc(", "realloc(", "fopen("]
        .iter()
        .any(|call| value.contains(call));
    let name = target
        .trim()
        .trim_start_matches(|c: char| !c.is_alphanumeric() && c != '_');
    let name = name
        .rsplit(|c: char| c.is_whitespace() || c == '*')
        .next()
        .unwrap_or("");
    if allocates
        && previous.ends_with(';')
        && !name.is_empty()
        && name.chars().all(super::lexer::is_identifier_char)
        && indentation(context.line_before)
            == indentation(context.previous_code_line().unwrap_or(""))
    {
        let null = if context.profile.language == Language::Cpp {
            "nullptr"
        } else {
            "NULL"
        };
        // `if (!p) {` is the other way to write it.
        let check = if typed.starts_with("if (!") {
            format!("if (!{name}) {{")
        } else {
            format!("if ({name} == {null}) {{")
        };
        if let Some(rest) = check.strip_prefix(typed)
            && !rest.is_empty()
        {
            out.push(Suggestion::construct(rest, 0.85));
        }
    }
}

/// C++'s `delete` -> `[] p;` for the pointer a `new int[n]` allocated above and no `delete` freed yet (` p;` for a
/// single object's `new Node(...)`): what is allocated as an array is freed as one.
fn release_allocation(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Cpp || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let spaced = match (typed, context.prefix) {
        ("delete", "delete") => false,
        ("delete ", "") => true,
        _ => return,
    };
    let code = context.code_before_line();
    let freed = |name: &str| {
        code.lines().any(|line| {
            let line = line.trim();
            line == format!("delete {name};")
                || line == format!("delete[] {name};")
                || line == format!("delete [] {name};")
        })
    };
    let allocation = code.lines().rev().take(200).find_map(|line| {
        let (target, value) = line.trim().split_once(" = new ")?;
        let name = target.rsplit([' ', '*']).next()?;
        let array = value
            .split(|c: char| !(is_identifier_char(c) || c == ':'))
            .next()
            .and_then(|type_name| value.get(type_name.len()..))
            .is_some_and(|rest| rest.starts_with('['));
        (!name.is_empty() && name.chars().all(is_identifier_char) && !freed(name))
            .then_some((name, array))
    });
    let Some((name, array)) = allocation else {
        return;
    };
    let text = match (array, spaced) {
        (true, _) => format!("[] {name};"),
        (false, true) => format!("{name};"),
        (false, false) => format!(" {name};"),
    };
    out.push(Suggestion::construct(text, 0.86));
}

/// `scanf(` on the line after a declaration (`int n;`, `char name[50];`), or after the prompt that follows it: the
/// conversion of its type and the variable's address (`"%d", &n);`, `"%s", name);`); the same from the format's
/// opening quote (`scanf("` -> `%d", &n);`, in `closers`).
fn read_with_scanf(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    // With the format typed, `read_into_declared` gives the variable; a format begun is the closers' to finish.
    if context.line_before.trim_start() != "scanf(" {
        return;
    }
    let Some(variable) = variable_read_by_scanf(context) else {
        return;
    };
    if let Some(format) = variable.scanf_format() {
        out.push(Suggestion::construct(
            format!("\"{format}\", {});", variable.scanf_target()),
            0.85,
        ));
    }
}

/// The kind of C stdio call whose format string is being written: a `printf(` prints values, a `scanf(` reads into
/// addresses.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum FormatCall {
    Print,
    Scan,
}

/// A variable a line declares (`int count = 5;`, `char name[50];`, `char *s = "Bob";`), as a format names it.
pub(super) struct DeclaredVariable<'a> {
    pub(super) name: &'a str,
    type_name: &'a str,
    /// A pointer or an array: a string when its type is `char`, passed without `&` to `scanf`.
    indirect: bool,
}

impl DeclaredVariable<'_> {
    /// The conversion that prints or reads the variable's type (`d` for `int`, `lf` for a `double` read by
    /// `scanf`, `s` for a `char` array), when it has a usual one.
    pub(super) fn conversion(&self, call: FormatCall) -> Option<&'static str> {
        let type_name = self
            .type_name
            .strip_prefix("const ")
            .unwrap_or(self.type_name);
        Some(match (type_name, self.indirect) {
            ("char", true) => "s",
            ("int" | "short", false) => "d",
            ("unsigned" | "unsigned int", false) => "u",
            ("long" | "long int", false) => "ld",
            ("long long", false) => "lld",
            ("size_t", false) => "zu",
            ("float", false) => "f",
            ("double", false) if call == FormatCall::Scan => "lf",
            ("double", false) => "f",
            ("char", false) => "c",
            _ => return None,
        })
    }

    /// The whole format `scanf` reads the variable with (`%d`; ` %c` skips the newline a former read left, which
    /// would be taken for the character).
    pub(super) fn scanf_format(&self) -> Option<String> {
        let conversion = self.conversion(FormatCall::Scan)?;
        let space = if conversion == "c" { " " } else { "" };
        Some(format!("{space}%{conversion}"))
    }

    /// How `scanf` is given the variable: an array or pointer as it is, anything else by its address.
    pub(super) fn scanf_target(&self) -> String {
        if self.indirect {
            self.name.to_owned()
        } else {
            format!("&{}", self.name)
        }
    }
}

/// The variable a C declaration line declares, with or without a value (`double avg = sum / n;`, `float x;`).
pub(super) fn declared_variable(line: &str) -> Option<DeclaredVariable<'_>> {
    let declaration = line.trim().strip_suffix(';')?;
    let target = declaration
        .split_once('=')
        .map_or(declaration, |(target, _)| target)
        .trim_end();
    if target.contains(['(', ',', '.', '>']) {
        return None;
    }
    let (target, array) = match target.split_once('[') {
        Some((target, _)) => (target.trim_end(), true),
        None => (target, false),
    };
    let start = super::lexer::trailing_identifier_start(target);
    let name = target.get(start..)?;
    let type_text = target.get(..start)?.trim_end();
    let (type_name, pointer) = match type_text.strip_suffix('*') {
        Some(type_name) => (type_name.trim_end(), true),
        None => (type_text, false),
    };
    (is_plain_name(name) && !type_name.is_empty() && !type_name.contains('*')).then_some(
        DeclaredVariable {
            name,
            type_name,
            indirect: pointer || array,
        },
    )
}

/// The variable a `scanf(` reads: declared on the line above, or above the prompt printed for it (`printf("Enter
/// n: ");`).
pub(super) fn variable_read_by_scanf<'a>(context: &Context<'a>) -> Option<DeclaredVariable<'a>> {
    let declaration = context
        .code_lines_above()
        .take(2)
        .find(|line| !line.starts_with("printf(") && !line.starts_with("puts("))?;
    declared_variable(declaration)
}

/// `Person(std::string name, int age) : ` -> `name(name), age(age) {}`: a C++ constructor initializes each member
/// it declares from the parameter of its name (`name_(name)` or `m_name(name)` where the class names its members
/// so), or the one member left over (`Node(int v) : ` -> `value(v), next(nullptr) {}`, a pointer left over starting
/// null); before the class declares any member, each parameter's namesake. Not for a derived class, whose base
/// comes first.
fn member_initializers(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some((class, parameters)) = constructor_before_initializers(context) else {
        return;
    };
    // A derived class initializes its base first, with arguments only the base knows.
    let defined = [format!("class {class} {{"), format!("struct {class} {{")]
        .iter()
        .any(|header| context.code.contains(header.as_str()));
    if !super::lexer::is_plain_name(class) || !defined {
        return;
    }
    let names: Option<Vec<&str>> = parameters
        .split(',')
        .map(|parameter| {
            // `double balance = 0.0`: the default is no part of the name.
            let declarator = parameter.split('=').next().unwrap_or(parameter).trim();
            let name = declarator.rsplit([' ', '&', '*']).next()?;
            super::lexer::is_plain_name(name).then_some(name)
        })
        .collect();
    let Some(names) = names.filter(|names| !names.is_empty()) else {
        return;
    };
    // Each parameter initializes the member of its name, which the class must declare.
    let members: Vec<Option<String>> = names
        .iter()
        .map(|name| {
            [format!("{name}_"), format!("m_{name}"), (*name).to_owned()]
                .into_iter()
                .find(|member| declares_member(context.code, member))
        })
        .collect();
    let fields = context.struct_fields(class, true);
    let unnamed = members.iter().filter(|member| member.is_none()).count();
    let mut initializers: Vec<String> = Vec::new();
    if fields.is_empty() {
        // No member declared yet (they often come below, under `private:`): each is the parameter's namesake.
        initializers.extend(names.iter().map(|name| format!("{name}({name})")));
    } else {
        // `Node(int v)` for `int value; Node *next;`: the one parameter no member is named for sets the one value
        // member left over, and a pointer left over starts null.
        let left_over: Vec<&str> = fields
            .iter()
            .filter(|field| {
                field.kind != FieldKind::Pointer
                    && !members.iter().flatten().any(|member| member == field.name)
            })
            .map(|field| field.name)
            .collect();
        if unnamed > 1 || (unnamed == 1 && left_over.len() != 1) {
            return;
        }
        for (name, member) in names.iter().zip(&members) {
            let member = member
                .as_deref()
                .or(left_over.first().copied())
                .unwrap_or(name);
            initializers.push(format!("{member}({name})"));
        }
        initializers.extend(
            fields
                .iter()
                .filter(|field| {
                    field.kind == FieldKind::Pointer
                        && !members.iter().flatten().any(|member| member == field.name)
                })
                .map(|field| format!("{}(nullptr)", field.name)),
        );
    }
    out.push(Suggestion::construct(
        format!("{} {{}}", initializers.join(", ")),
        0.85,
    ));
}

/// Whether a line of `code` declares `member` as a field: a statement naming it before any `=`, with no call
/// (`std::string name;`, `int x_, y_;`, `double r = 0;`).
fn declares_member(code: &str, member: &str) -> bool {
    code.lines().map(str::trim).any(|line| {
        let declared = line.split('=').next().unwrap_or(line);
        line.ends_with(';')
            && !line.contains('(')
            && !line.starts_with("return ")
            && declared.split_whitespace().count() >= 2
            && super::lexer::contains_word(declared, member)
    })
}

/// `it != m.` where `it = m.find(...)` -> `end()` (and `if (m.find(x) != m.`): a lookup is compared with the
/// container's end.
fn iterator_end(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if context.profile.language != Language::Cpp || !context.at_line_end() {
        return;
    }
    let Some(compared) = context
        .before_receiver(&access)
        .and_then(|before| {
            before
                .trim_end()
                .strip_suffix("!=")
                .or_else(|| before.trim_end().strip_suffix("=="))
        })
        .map(str::trim_end)
    else {
        return;
    };
    // `seen.find(target - x) != seen.`: the lookup itself, not kept in an iterator.
    let looked_up = compared.ends_with(')')
        && compared.contains(&format!("{}.find(", access.receiver))
        && !declaration_of(context, access.receiver)
            .is_some_and(|declared| declared.contains("string") && !declared.contains('<'));
    if looked_up
        && let Some(rest) = "end()".strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.9));
        return;
    }
    let Some(iterator) = Some(compared).map(|before| {
        before
            .get(super::lexer::trailing_identifier_start(before)..)
            .unwrap_or("")
    }) else {
        return;
    };
    let found = declaration_of(context, iterator).is_some_and(|declaration| {
        ["find(", "begin()", "lower_bound(", "upper_bound("]
            .iter()
            .any(|call| declaration.contains(&format!("{}.{call}", access.receiver)))
    }) || (iterator == "it" || iterator.ends_with("_it") || iterator.ends_with("It"));
    if found
        && !iterator.is_empty()
        && let Some(rest) = "end()".strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.9));
    }
}

/// `return it->` where `auto it = m.find(key);` looked up a map -> `second;`: what a lookup returns is the value it
/// found (its key was the argument).
fn found_value(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.member else {
        return;
    };
    if context.profile.language != Language::Cpp
        || access.separator != "->"
        || !context.at_line_end()
        || context.line_before.trim_start()
            != format!("return {}->{}", access.receiver, context.prefix)
    {
        return;
    }
    let assigned = format!(" {} = ", access.receiver);
    let Some(map) = context
        .code_lines_above()
        .take(20)
        .find_map(|line| line.split_once(assigned.as_str()).map(|(_, value)| value))
        .and_then(|value| value.strip_suffix(';'))
        .and_then(|value| value.strip_suffix(')'))
        .and_then(|value| value.split_once(".find("))
        .map(|(map, _)| map)
        .filter(|map| is_plain_name(map))
    else {
        return;
    };
    let is_map = declaration_of(context, map)
        .is_some_and(|declared| last_declared_type(declared).contains("map<"));
    let returns_value = enclosing_function(context).is_some_and(|function| {
        function
            .results
            .first()
            .is_some_and(|result| !matches!(*result, "void" | "bool" | "auto"))
    });
    if is_map
        && returns_value
        && let Some(rest) = "second;".strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest, 0.88));
    }
}

/// `Node *next = head->` -> `next;`: a variable named as a field of the struct it reads from is that field's copy
/// (`int count = s.` -> `count;`).
fn field_of_its_name(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.member else {
        return;
    };
    if !matches!(access.separator, "->" | ".")
        || !is_plain_name(access.receiver)
        || !context.at_line_end()
    {
        return;
    }
    let Some(name) = context
        .before_receiver(&access)
        .and_then(|before| before.strip_suffix(" = "))
        .and_then(|declared| declared.rsplit([' ', '*']).next())
        .filter(|name| is_plain_name(name))
    else {
        return;
    };
    let Some(type_name) = declaration_of(context, access.receiver)
        .map(last_declared_type)
        .and_then(struct_name)
    else {
        return;
    };
    let fields = struct_fields(
        context,
        type_name,
        context.profile.language == Language::Cpp,
    );
    if fields.contains(&name)
        && let Some(rest) = name.strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(format!("{rest};"), 0.88));
    }
}

/// `char buf[` -> `MAX_LEN];` where the file defines one numeric constant named as a size (`#define MAX_LEN 256`):
/// an array's size is the constant defined for it rather than a number written again.
fn array_size_constant(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(declared) = typed
        .strip_suffix(context.prefix)
        .and_then(|rest| rest.strip_suffix('['))
    else {
        return;
    };
    let words: Vec<&str> = declared.split_whitespace().collect();
    let declares = matches!(words.as_slice(), [.., kind, name]
        if is_plain_name(kind) && is_plain_name(name.trim_start_matches('*')) && *kind != "return");
    if !declares {
        return;
    }
    let constants = context
        .code_before_line()
        .lines()
        .rev()
        .take(300)
        .filter_map(|line| {
            let mut parts = line.strip_prefix("#define ")?.split_whitespace();
            let (name, value) = (parts.next()?, parts.next()?);
            (is_plain_name(name)
                && value.chars().all(|c| c.is_ascii_digit())
                && parts.next().is_none())
            .then_some(name)
        });
    // Only a constant named as a size (`PORT` or `VERSION` is no array's length).
    let sized = |name: &str| {
        name == "N"
            || [
                "MAX", "SIZE", "LEN", "CAP", "BUF", "COUNT", "ROWS", "COLS", "LIMIT",
            ]
            .iter()
            .any(|word| name.contains(word))
    };
    let mut constants = constants.filter(|name| sized(name));
    if let (Some(constant), None) = (constants.next(), constants.next())
        && let Some(rest) = constant.strip_prefix(context.prefix)
    {
        out.push(Suggestion::construct(format!("{rest}];"), 0.86));
    }
}

/// `std::priority_queue<int, std::vector<int>, std::greater<` -> `int>>`: a queue's comparator compares its
/// elements.
fn comparator_of_elements(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(arguments) = ["std::greater<", "std::less<", "greater<", "less<"]
        .iter()
        .find_map(|comparator| typed.strip_suffix(comparator))
        .and_then(|rest| rest.split_once("priority_queue<"))
        .map(|(_, arguments)| arguments)
    else {
        return;
    };
    let Some((element, container)) = arguments.split_once(", ") else {
        return;
    };
    if container.strip_suffix(", ").is_some_and(|container| {
        container.ends_with(&format!("vector<{element}>"))
            && element
                .chars()
                .all(|c| is_identifier_char(c) || matches!(c, ':' | ' '))
    }) {
        out.push(Suggestion::construct(format!("{element}>>"), 0.88));
    }
}

/// `FILE *f = fopen(` -> `argv[1], ` (`atoi(` -> `argv[1]);`) in a `main` that checked it was given one argument
/// (`if (argc != 2)`, `if (argc < 2)`): that argument is what the program works on.
fn only_argument(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(rest) = [
        ("fopen(", "argv[1], "),
        ("atoi(", "argv[1]);"),
        ("atof(", "argv[1]);"),
        ("atol(", "argv[1]);"),
    ]
    .iter()
    .find_map(|(call, rest)| {
        typed
            .strip_suffix(call)
            .filter(|before| before.is_empty() || before.ends_with(" = "))
            .map(|_| *rest)
    }) else {
        return;
    };
    let mut checked = false;
    for line in context.code_lines_above().take(40) {
        if line.contains("argv[1]") && !line.contains("argv[0]") {
            return;
        }
        checked |= line.starts_with("if (argc != 2)") || line.starts_with("if (argc < 2)");
        if line.starts_with("int main(") {
            break;
        }
    }
    if checked {
        out.push(Suggestion::construct(rest, 0.86));
    }
}

/// The type of the last declaration in `text`, a line cut before its name: `int f(const std::map<K, V>& m, const
/// std::vector<int>&` -> `const std::vector<int>&` (commas inside `<>` do not end it).
fn last_declared_type(text: &str) -> &str {
    let mut depth = 0usize;
    for (index, character) in text.char_indices().rev() {
        match character {
            '>' => depth += 1,
            '<' => depth = depth.saturating_sub(1),
            ',' | '(' if depth == 0 => return text.get(index + 1..).unwrap_or("").trim(),
            _ => {}
        }
    }
    text.trim()
}

/// What closes a line whose last argument was just written: the parentheses left open, then ` {` for an `if`
/// or `while` header, else `;`. `None` when the line closes more than it opens, or holds a string or a brace
/// this simple count cannot reason about.
fn line_closers(line_before: &str) -> Option<String> {
    if line_before.contains(['"', '\'', '{', '}']) {
        return None;
    }
    let unclosed = line_before
        .matches('(')
        .count()
        .checked_sub(line_before.matches(')').count())?;
    let typed = line_before.trim_start();
    let ending = if typed.starts_with("if (") || typed.starts_with("while (") {
        " {"
    } else {
        ";"
    };
    Some(format!("{}{ending}", ")".repeat(unclosed)))
}

/// A line with its strings' and characters' text taken out (`s.find("a(b")` -> `s.find()`), for counting its
/// brackets.
fn without_strings(line: &str) -> String {
    let mut quote = None;
    line.chars()
        .filter(|&c| match quote {
            Some(open) => {
                if c == open {
                    quote = None;
                }
                false
            }
            None if c == '"' || c == '\'' => {
                quote = Some(c);
                false
            }
            None => true,
        })
        .collect()
}

/// `if (it != ` where `auto it = std::find(v.begin(), ...)` or `auto it = m.find(key)` -> `v.end()) {`: a search
/// fails by returning the container's end.
fn lookup_compared_with_end(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Cpp
        || !context.prefix.is_empty()
        || !context.at_line_end()
    {
        return;
    }
    let typed = context.line_before.trim_end();
    // A string's `find` answers a position, not an iterator: `s.find("abc") != std::string::` -> `npos) {`.
    if let Some(comparison) = typed.strip_suffix("std::string::")
        && (comparison.ends_with("!= ") || comparison.ends_with("== "))
        && comparison.contains(".find(")
    {
        if let Some(closers) = line_closers(&without_strings(comparison)) {
            out.push(Suggestion::member(format!("npos{closers}"), 0.88));
        }
        return;
    }
    // `if (ages.find("bob") != ` -> `ages.end()) {`: the lookup compared where it is made.
    if let Some(container) = typed
        .strip_suffix("!=")
        .or_else(|| typed.strip_suffix("=="))
        .map(str::trim_end)
        .and_then(|before| before.strip_suffix(')'))
        .and_then(|before| before.rsplit_once(".find("))
        .map(|(head, _)| head.rsplit(['(', ' ']).next().unwrap_or(head))
        .filter(|container| !container.is_empty() && container.chars().all(is_identifier_char))
    {
        let string = declaration_of(context, container)
            .is_some_and(|declared| declared.contains("string") && !declared.contains('<'));
        if string {
            if let Some(closers) = line_closers(&without_strings(context.line_before)) {
                out.push(Suggestion::construct(
                    format!("std::string::npos{closers}"),
                    0.85,
                ));
            }
        } else if typed.trim_start().starts_with("if (") {
            out.push(Suggestion::construct(
                format!("{container}.end()) {{"),
                0.85,
            ));
        }
        return;
    }
    let Some(iterator) = typed
        .strip_suffix("!=")
        .or_else(|| typed.strip_suffix("=="))
        .map(str::trim_end)
        .map(|before| {
            before
                .get(super::lexer::trailing_identifier_start(before)..)
                .unwrap_or("")
        })
        .filter(|iterator| !iterator.is_empty())
    else {
        return;
    };
    // The iterator's initial value: `auto it = ...;` (`declaration_of` gives a C++ declaration's type).
    let assigned = format!(" {iterator} = ");
    let before_line = context.code_before_line();
    let Some(declaration) = before_line
        .lines()
        .rev()
        .take(30)
        .find_map(|line| line.split_once(&assigned).map(|(_, value)| value.trim()))
    else {
        return;
    };
    let container = declaration
        .strip_prefix("std::find(")
        .or_else(|| declaration.strip_prefix("std::find_if("))
        .and_then(|arguments| arguments.split_once(".begin()"))
        .map(|(container, _)| container.trim())
        .or_else(|| {
            declaration
                .split_once(".find(")
                .map(|(container, _)| container.trim())
        });
    let Some(container) = container
        .filter(|container| !container.is_empty() && container.chars().all(is_identifier_char))
    else {
        return;
    };
    if let Some(closers) = line_closers(context.line_before) {
        out.push(Suggestion::construct(
            format!("{container}.end(){closers}"),
            0.85,
        ));
    }
}

/// `fgets(line, sizeof(line), ` -> `fp)) {`: the file opened above (`FILE *fp = fopen(`), else `stdin`; `fgets(` ->
/// `line, sizeof(line), fp)) {` with the buffer declared above.
fn read_line_from_opened_file(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let Some(arguments) = context
        .line_before
        .rsplit_once("fgets(")
        .map(|(_, arguments)| arguments)
    else {
        return;
    };
    // Two arguments written (the buffer and its size), or none: then the buffer is the `char` array declared
    // above (`char line[256];`), read whole.
    let buffer = if arguments.is_empty() {
        let declared = context.code_lines_above().take(30).find_map(|line| {
            let (name, _) = line.strip_prefix("char ")?.split_once('[')?;
            let name = name.trim();
            (!name.is_empty() && name.chars().all(is_identifier_char)).then_some(name)
        });
        let Some(buffer) = declared else {
            return;
        };
        format!("{buffer}, sizeof({buffer}), ")
    } else if arguments.matches(',').count() == 2 && arguments.ends_with(", ") {
        String::new()
    } else {
        return;
    };
    let before_line = context.code_before_line();
    let opened = before_line.lines().rev().take(30).find_map(|line| {
        let (declared, value) = line.split_once('=')?;
        if !value.trim_start().starts_with("fopen(") {
            return None;
        }
        let name = declared
            .trim()
            .trim_start_matches("FILE")
            .trim()
            .trim_start_matches('*')
            .trim();
        (!name.is_empty() && name.chars().all(is_identifier_char)).then_some(name)
    });
    if let Some(closers) = line_closers(context.line_before) {
        out.push(Suggestion::construct(
            format!("{buffer}{}{closers}", opened.unwrap_or("stdin")),
            0.85,
        ));
    }
}

/// The standard functions that take a `FILE *`, with the place of that argument (from 0).
const STREAM_PARAMETERS: &[(&str, usize)] = &[
    ("fclose", 0),
    ("pclose", 0),
    ("feof", 0),
    ("ferror", 0),
    ("fflush", 0),
    ("rewind", 0),
    ("ftell", 0),
    ("fseek", 0),
    ("fgetc", 0),
    ("getc", 0),
    ("fscanf", 0),
    ("fprintf", 0),
    ("fileno", 0),
    ("fputc", 1),
    ("fputs", 1),
    ("fgets", 2),
    ("fread", 3),
    ("fwrite", 3),
];

/// `fclose(f` -> `p);`, `while (fgets(line, sizeof(line), f` -> `p)) {`, `fread(data, 1, size, f` -> `p);`: where
/// a standard function takes its `FILE *`, the name begun is the one stream the code opened (`FILE *fp`) that it
/// starts; not the functions starting alike (`fgets`, `fopen`). Then the call is closed as the line needs, or its
/// next argument follows (`fseek(f` -> `p, `). Nothing typed yet (`ftell(` -> `fp);`), the stream must be the
/// only one in sight.
fn stream_argument(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::C || context.member.is_some() || !context.at_line_end()
    {
        return;
    }
    let before = context.before_prefix();
    let Some(open) = super::lexer::innermost_unclosed(before, '(', ')') else {
        return;
    };
    let (head, arguments) = before.split_at(open);
    let function = head
        .get(super::lexer::trailing_identifier_start(head)..)
        .unwrap_or("");
    let arguments = arguments.get(1..).unwrap_or("");
    let Some(&(_, place)) = STREAM_PARAMETERS.iter().find(|(name, _)| *name == function) else {
        return;
    };
    if top_level_commas(&without_strings(arguments)) != Some(place)
        || !(arguments.is_empty() || arguments.ends_with(", "))
    {
        return;
    }
    let mut streams: Vec<&str> = Vec::new();
    for line in context.code_lines_above().take(80) {
        // A stream an earlier call was given in the same place (`fgets(line, sizeof(line), fp)`).
        for &(name, at) in STREAM_PARAMETERS {
            let Some((_, rest)) = line.split_once(&format!("{name}(")) else {
                continue;
            };
            let given = stream_given(rest, at);
            if let Some(given) = given.filter(|given| !streams.contains(given)) {
                streams.push(given);
            }
        }
        let Some(declared) = line
            .strip_prefix("FILE *")
            .or_else(|| line.strip_prefix("FILE* "))
        else {
            continue;
        };
        for part in declared.split(',') {
            let name = part
                .split('=')
                .next()
                .unwrap_or("")
                .trim()
                .trim_start_matches('*')
                .trim_end_matches(';')
                .trim();
            if is_plain_name(name) && !streams.contains(&name) {
                streams.push(name);
            }
        }
    }
    if context.prefix.is_empty() && streams.len() != 1 {
        return;
    }
    let mut begun = streams
        .iter()
        .filter(|name| name.len() > context.prefix.len() && name.starts_with(context.prefix));
    let (Some(stream), None) = (begun.next(), begun.next()) else {
        return;
    };
    let rest = stream.get(context.prefix.len()..).unwrap_or("");
    // The stream is the last argument but for the functions that print, scan or seek through it.
    let ending = if place > 0 || !matches!(function, "fseek" | "fscanf" | "fprintf") {
        line_closers(&without_strings(context.line_before))
    } else {
        Some(", ".to_owned())
    };
    // `while ((c = fgetc(` -> `fp)) != EOF) {`: a character read into a variable is compared with the end of the
    // file once the assignment is closed.
    let assigned = head
        .get(..head.len() - function.len())
        .unwrap_or("")
        .trim_end()
        .strip_suffix('=')
        .is_some_and(|target| {
            let target = target.trim_end();
            let name_start = super::lexer::trailing_identifier_start(target);
            name_start < target.len() && target.get(..name_start).is_some_and(|b| b.ends_with('('))
        });
    let ending = match ending {
        Some(closers) if assigned && matches!(function, "fgetc" | "getc") => closers
            .strip_prefix("))")
            .map(|outer| format!(")) != EOF{outer}")),
        other => other,
    };
    if let Some(ending) = ending {
        out.push(Suggestion::construct(format!("{rest}{ending}"), 0.88));
    }
}

/// The plain name given as argument `at` of a call whose arguments start `arguments` (standard streams aside).
fn stream_given(arguments: &str, at: usize) -> Option<&str> {
    let mut depth = 0_usize;
    let mut index = 0;
    let mut start = 0;
    for (offset, character) in arguments.char_indices() {
        match character {
            '(' | '[' => depth += 1,
            ')' | ']' if depth > 0 => depth -= 1,
            ',' | ')' if depth == 0 => {
                if index == at {
                    let name = arguments.get(start..offset)?.trim();
                    return (is_plain_name(name) && !matches!(name, "stdin" | "stdout" | "stderr"))
                        .then_some(name);
                }
                if character == ')' {
                    return None;
                }
                index += 1;
                start = offset + 1;
            }
            '"' | '\'' => return None,
            _ => {}
        }
    }
    None
}

/// How many arguments a call's argument text (after its `(`, strings taken out) has finished: its commas outside
/// nested brackets. `None` when a bracket closes that it did not open.
fn top_level_commas(arguments: &str) -> Option<usize> {
    let mut depth = 0_usize;
    let mut commas = 0;
    for character in arguments.chars() {
        match character {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = depth.checked_sub(1)?,
            ',' if depth == 0 => commas += 1,
            _ => {}
        }
    }
    Some(commas)
}

/// `strtol(text, &end, 1` -> `0);`: the third argument of the conversions is the base, and a base begun with `1`
/// is ten far more often than sixteen; nothing typed yet (`strtol(text, &end, ` -> `10);`), ten as well.
fn conversion_base(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !matches!(context.profile.language, Language::C | Language::Cpp)
        || !context.at_line_end()
        || !context.prefix.is_empty()
    {
        return;
    }
    // A number is no prefix: the `1` is the line's last character.
    let (before, rest) = match context.line_before.strip_suffix('1') {
        Some(before) => (before, "0"),
        None => (context.line_before, "10"),
    };
    if !before.ends_with(", ") {
        return;
    }
    let Some(open) = super::lexer::innermost_unclosed(before, '(', ')') else {
        return;
    };
    let (head, arguments) = before.split_at(open);
    let function = head
        .get(super::lexer::trailing_identifier_start(head)..)
        .unwrap_or("");
    let converts = matches!(
        function,
        "strtol" | "strtoul" | "strtoll" | "strtoull" | "strtoimax" | "strtoumax"
    );
    if converts
        && top_level_commas(arguments.get(1..).unwrap_or("")) == Some(2)
        && arguments.ends_with(", ")
        && let Some(closers) = line_closers(context.line_before)
    {
        out.push(Suggestion::construct(format!("{rest}{closers}"), 0.86));
    }
}

/// `int *arr = malloc(n * sizeof(` -> `int));`: each element has the size of the type the pointer points to.
fn allocated_element_size(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty()
        || !context.at_line_end()
        || !context.line_before.ends_with("sizeof(")
    {
        return;
    }
    let Some((declared, value)) = context.line_before.split_once('=') else {
        return;
    };
    let value = value.trim_start();
    if !["malloc(", "calloc(", "realloc("]
        .iter()
        .any(|call| value.starts_with(call))
    {
        return;
    }
    // `int *arr`, `struct point *points`, `char **names` (an array of `char *`): the type less one `*`.
    let Some((pointee, name)) = declared.trim().rsplit_once('*') else {
        return;
    };
    let pointee = pointee.trim();
    let words = pointee.trim_end_matches(['*', ' ']);
    if words.is_empty()
        || words.contains('*')
        || !words
            .split(' ')
            .all(|word| !word.is_empty() && word.chars().all(is_identifier_char))
        || !name.trim().chars().all(is_identifier_char)
    {
        return;
    }
    if let Some(closers) = line_closers(context.line_before) {
        out.push(Suggestion::construct(format!("{pointee}{closers}"), 0.85));
    }
}

/// `fprintf(` under `if (argc < 2) {` -> `stderr, `: a usage message goes to the error stream.
fn usage_to_standard_error(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    if matches!(context.prefix, "" | "argv")
        && let Some(argument) = program_name(context)
    {
        out.push(Suggestion::construct(argument, 0.88));
        return;
    }
    // The stream's name may be begun (`fprintf(st` -> `derr, `): `stdout` and `stdin` start alike, but not here.
    let Some(rest) = "stderr"
        .strip_prefix(context.prefix)
        .filter(|rest| !rest.is_empty())
    else {
        return;
    };
    if context.before_prefix().trim_start() != "fprintf(" {
        return;
    }
    // Under a test of the arguments, or of a call that failed (`if (fp == NULL) {`).
    let checks_arguments = context.previous_code_line().is_some_and(|line| {
        let line = line.trim();
        (line.starts_with("if (argc ")
            || line.ends_with(" == NULL) {")
            || line.ends_with(" < 0) {"))
            && line.ends_with('{')
    });
    if checks_arguments {
        out.push(Suggestion::construct(format!("{rest}, "), 0.88));
    }
}

/// The program's name in its usage message: `fprintf(stderr, "usage: %s FILE\n", ` -> `argv[0]);` in a `main` that
/// takes `argv` (the one `%s` of a message that starts with `usage`).
fn program_name(context: &Context<'_>) -> Option<String> {
    let typed = context.line_before.trim_start();
    // `argv[` already typed: the index and the call's end remain.
    let (typed, argument) = if let Some(before) = typed.strip_suffix("argv[") {
        (before, "0]);")
    } else if let Some(before) = typed.strip_suffix("argv") {
        (before, "[0]);")
    } else {
        (typed, "argv[0]);")
    };
    // C++ streams the message: `std::cerr << "Usage: " << ` -> `argv[0]`, the rest of the line still to say.
    let streamed = [
        "std::cerr << \"",
        "cerr << \"",
        "std::cout << \"",
        "cout << \"",
    ]
    .iter()
    .find_map(|stream| typed.strip_prefix(stream)?.strip_suffix("\" << "));
    let (message, argument) = match streamed {
        Some(message) => (
            format!("{message}%s"),
            argument.trim_end_matches([')', ';']),
        ),
        None => (
            typed
                .strip_prefix("fprintf(stderr, \"")
                .or_else(|| typed.strip_prefix("printf(\""))?
                .strip_suffix("\", ")?
                .to_owned(),
            argument,
        ),
    };
    let usage = message.to_ascii_lowercase().starts_with("usage");
    if !usage
        || message.contains('"')
        || message.matches('%').count() != 1
        || !message.contains("%s")
    {
        return None;
    }
    let function = enclosing_function(context)?;
    let takes_argv = function.name == "main"
        && function
            .parameters
            .iter()
            .any(|parameter| parameter.name == "argv");
    takes_argv.then(|| argument.to_owned())
}

/// Whether the line above reports an error to `stderr` as the first statement of an `if` block: `main` then ends
/// with a failure status, not the `0` of its normal end.
fn reported_failure(context: &Context<'_>) -> bool {
    let mut above = context.code_lines_above().map(str::trim);
    let reported = above.next().is_some_and(|line| {
        (line.starts_with("fprintf(stderr,")
            || line.starts_with("std::cerr <<")
            || line.starts_with("perror("))
            && line.ends_with(';')
    });
    reported
        && above
            .next()
            .is_some_and(|line| line.starts_with("if ") && line.ends_with('{'))
}

/// `strcmp(a, b) == ` -> `0`: two strings are equal when their comparison is zero (`memcmp`, `strncmp` too).
fn comparison_with_zero(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_end();
    let Some(compared) = typed
        .strip_suffix("==")
        .or_else(|| typed.strip_suffix("!="))
        .map(str::trim_end)
    else {
        return;
    };
    let Some(call) = compared
        .strip_suffix(')')
        .and_then(|call| call.rsplit_once('('))
        .map(|(function, _)| function)
    else {
        return;
    };
    let function = call
        .get(super::lexer::trailing_identifier_start(call)..)
        .unwrap_or("");
    if matches!(function, "strcmp" | "strncmp" | "memcmp" | "strcasecmp") {
        out.push(Suggestion::construct("0", 0.85));
    }
}

/// `std::sort(v.` -> `begin(), v.end());`: the standard algorithms take a whole container as its two ends.
fn whole_range(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const ALGORITHMS: &[&str] = &[
        "sort",
        "stable_sort",
        "reverse",
        "find",
        "count",
        "accumulate",
        "unique",
        "min_element",
        "max_element",
        "fill",
        "shuffle",
        "find_if",
        "count_if",
        "remove",
        "remove_if",
        "all_of",
        "any_of",
        "none_of",
        "for_each",
        "copy",
        "transform",
        "lower_bound",
        "upper_bound",
        "binary_search",
        "iota",
        "next_permutation",
    ];
    if context.profile.language != Language::Cpp || !context.at_line_end() {
        return;
    }
    let Some(access) = context.dot_member() else {
        whole_range_of_only_container(context, ALGORITHMS, out);
        return;
    };
    let Some(call) = context
        .before_receiver(&access)
        .and_then(|before| before.strip_suffix('('))
    else {
        return;
    };
    let algorithm = call
        .get(super::lexer::trailing_identifier_start(call)..)
        .unwrap_or("");
    let qualified = call[..call.len() - algorithm.len()].ends_with("std::");
    let whole_statement = call[..call.len() - algorithm.len()]
        .trim_end_matches("std::")
        .trim()
        .is_empty();
    if qualified
        && ALGORITHMS.contains(&algorithm)
        && access
            .receiver
            .chars()
            .all(super::lexer::is_identifier_char)
    {
        let receiver = access.receiver;
        let end = if whole_statement { ");" } else { "" };
        if let Some(rest) = format!("begin(), {receiver}.end(){end}").strip_prefix(context.prefix) {
            out.push(Suggestion::member(rest.to_owned(), 0.9));
        }
    }
}

/// `std::sort(` with nothing typed -> `v.begin(), v.end());` when the window declares one container: the range
/// is the whole of it. An algorithm that needs more than the range (`std::find(`, `std::accumulate(`) gets the
/// range and `, `.
fn whole_range_of_only_container(
    context: &Context<'_>,
    algorithms: &[&str],
    out: &mut Vec<Suggestion>,
) {
    /// The algorithms whose only arguments are the range.
    const RANGE_ONLY: &[&str] = &[
        "sort",
        "stable_sort",
        "reverse",
        "unique",
        "min_element",
        "max_element",
        "next_permutation",
    ];
    if !context.prefix.is_empty() {
        return;
    }
    let Some(call) = context.line_before.strip_suffix('(') else {
        return;
    };
    let algorithm = call
        .get(super::lexer::trailing_identifier_start(call)..)
        .unwrap_or("");
    let before = &call[..call.len() - algorithm.len()];
    if !before.ends_with("std::") || !algorithms.contains(&algorithm) {
        return;
    }
    let Some(container) = only_container(context) else {
        return;
    };
    let whole_statement = before.trim_end_matches("std::").trim().is_empty();
    // Sorting the file's own records, which define no `operator<`, takes a comparator after the range.
    let needs_comparator = matches!(algorithm, "sort" | "stable_sort")
        && element_type(context, container).is_some_and(|element| {
            super::lexer::is_plain_name(element)
                && (context.code.contains(&format!("struct {element} "))
                    || context.code.contains(&format!("class {element} ")))
                && !context.code.contains("operator<")
        });
    let end = match (RANGE_ONLY.contains(&algorithm), whole_statement) {
        _ if needs_comparator => ", ",
        (true, true) => ");",
        (true, false) => ")",
        (false, _) => ", ",
    };
    out.push(Suggestion::construct(
        format!("{container}.begin(), {container}.end(){end}"),
        0.85,
    ));
}

/// `return ` in a C++ operator that returns a reference (`V& operator+=(const V& o) {`, `T& operator=(...)`, a
/// prefix `operator++()`) -> `*this;`, what every assignment and compound operator hands back; in a stream
/// operator (`std::ostream& operator<<(std::ostream& os, const V& v)`) -> `os;`, the stream it was given. The same
/// for a member function that returns a reference to its own class (`basic_ostream<C, T>& basic_ostream<C,
/// T>::flush()`, `__ostream_type& put(char_type __c)` with `typedef basic_ostream<...> __ostream_type;`), once its
/// body has done something: a one-line body delegates (`return this->replace(...)`).
fn return_this(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let tokens = context.tokens_before();
    // The function's own brace, however deep the `return` sits in its tests and `try` blocks.
    let Some((brace, header)) = returning_function(context, tokens) else {
        return;
    };
    let texts: Vec<&str> = header.iter().map(|token| context.text(token)).collect();
    let operator = texts.iter().position(|text| *text == "operator");
    let Some(name) = operator.or_else(|| function_name(&texts)) else {
        return;
    };
    let (returned_end, qualifier) = qualified_name_start(&texts, name);
    let Some(referenced) = referenced_type(&texts[..returned_end]) else {
        return;
    };
    if let Some(at) = operator {
        // A member inserter picks the conversion by a test (`if (__fmt == ios_base::hex) return _M_insert(...)`).
        let shift = matches!(texts.get(at + 1..at + 3), Some(["<", "<"] | [">", ">"]));
        let under_test = context.previous_code_line().is_some_and(|line| {
            let line = line.trim_start();
            line.starts_with("if ") || line.starts_with("if(") || line.starts_with("else")
        });
        if let Some(stream) = stream_parameter(&texts[at + 1..]) {
            out.push(Suggestion::of_kind(format!("{stream};"), 0.9, "return"));
        } else if !(shift && under_test) {
            out.push(Suggestion::of_kind("*this;", 0.9, "return"));
        }
        return;
    }
    // Something between the body's brace and this `return`.
    if tokens.len() < brace + 3 {
        return;
    }
    let class = match qualifier {
        Some(class) => class,
        None => match enclosing_class_name(context, tokens) {
            Some(class) => class,
            None => return,
        },
    };
    if referenced == class || names_class(context.code, referenced, class) {
        out.push(Suggestion::of_kind("*this;", 0.85, "return"));
    }
}

/// The blank line that ends a stream operator after its last insertion: `os << "(" << p.x << ")";` in
/// `std::ostream& operator<<(std::ostream& os, const Point& p) {` -> `return os;`, the stream it was given.
fn stream_returned_at_end(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Cpp
        || !context.on_blank_line_start()
        || !context.prefix.is_empty()
    {
        return;
    }
    let Some(header) = context.enclosing_lines().next() else {
        return;
    };
    let Some(parameters) = header
        .split_once("operator<<(")
        .or_else(|| header.split_once("operator>>("))
        .map(|(_, parameters)| parameters)
    else {
        return;
    };
    let Some(stream) = parameters
        .split(',')
        .next()
        .filter(|first| first.contains("stream&") || first.contains("stream &"))
        .and_then(|first| first.rsplit(['&', ' ']).next())
        .filter(|name| is_plain_name(name))
    else {
        return;
    };
    let inserted = context.previous_code_line().is_some_and(|line| {
        let line = line.trim();
        (line.starts_with(&format!("{stream} <<")) || line.starts_with(&format!("{stream} >>")))
            && line.ends_with(';')
    });
    let ends_function = context
        .next_code_line()
        .is_none_or(|line| line.trim_start().starts_with('}'));
    if inserted && ends_function {
        out.push(Suggestion::construct(format!("return {stream};"), 0.88));
    }
}

/// `return ` at the end of a C++ string search (`find`, `rfind`, `find_first_of`, ...) -> `npos;`, what a search
/// that fell through its loop reports; or the local the search started from `npos` (`size_type __ret = npos;`).
fn search_not_found(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.code.contains("npos") {
        return;
    }
    let tokens = context.tokens_before();
    let Some((innermost, header)) = returning_function(context, tokens) else {
        return;
    };
    let texts: Vec<&str> = header.iter().map(|token| context.text(token)).collect();
    let Some(name) = function_name(&texts).and_then(|at| texts.get(at)) else {
        return;
    };
    // At the body's own level, after the search (a body of one `return` delegates to another overload): a
    // `return` inside the loop hands back what it found.
    if !(name.starts_with("find") || name.starts_with("rfind"))
        || open_braces(context, tokens).last() != Some(&innermost)
        || tokens.len() < innermost + 3
    {
        return;
    }
    let Some(body) = tokens
        .get(innermost)
        .and_then(|brace| context.code.get(brace.end..context.cursor))
    else {
        return;
    };
    // A search loops (a body without one delegates to another overload).
    let searched = ["for", "while"].iter().any(|keyword| {
        body.match_indices(keyword).any(|(at, _)| {
            !body[..at].ends_with(is_identifier_char)
                && !body[at + keyword.len()..].starts_with(is_identifier_char)
        })
    });
    if !searched {
        return;
    }
    let started_from = body.find(" = npos;").and_then(|at| {
        let declared = &body[..at];
        let name = &declared[word_start(declared)..];
        is_plain_name(name).then_some(name)
    });
    let value = started_from.unwrap_or("npos");
    out.push(Suggestion::of_kind(format!("{value};"), 0.85, "return"));
}

/// The member a line of C++ mirrors on a second object: `_M_end == __rhs.` -> `_M_end` and `__first._M_offset !=
/// __last.` -> `_M_offset` (an equality compares the same member of both sides); in a copy constructor's
/// initializers, `_M_sz(__a.` -> `_M_sz` (each member is copied from its namesake of the object copied).
fn mirrored_member(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.member else {
        return;
    };
    if context.profile.language != Language::Cpp
        || !matches!(access.separator, "." | "->")
        || !is_plain_name(access.receiver)
    {
        return;
    }
    let Some(before) = context.before_receiver(&access).map(str::trim_end) else {
        return;
    };
    let mirrored = if let Some(left) = before
        .strip_suffix("==")
        .or_else(|| before.strip_suffix("!="))
        .map(str::trim_end)
    {
        compared_member(context.line_before, left)
            .filter(|&(_, accessed)| {
                // A bare member is the function's own object's: the other side must be of its class.
                accessed || of_own_class(context, access.receiver)
            })
            .map(|(member, _)| member)
    } else {
        before
            .strip_suffix('(')
            .and_then(|call| copied_member(context, call, access.receiver))
    };
    if let Some(member) = mirrored.filter(|member| *member != access.receiver)
        && let Some(rest) = member.strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest, 0.9));
    }
}

/// The member the left side of an equality names: `__first._M_offset`, `this->_M_flags`, or a bare `_M_end`
/// that is neither a local declared on the line (`__node = ...; __node != `) nor without a member's look.
fn compared_member<'a>(line: &str, left: &'a str) -> Option<(&'a str, bool)> {
    let start = word_start(left);
    let member = &left[start..];
    if !is_plain_name(member) || member.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let accessed = left[..start].ends_with('.') || left[..start].ends_with("->");
    let looks_like_member =
        member.starts_with("_M_") || member.starts_with("m_") || member.ends_with('_');
    let assigned_on_line = line
        .match_indices(member)
        .any(|(at, _)| line[at + member.len()..].trim_start().starts_with("= "));
    (accessed || looks_like_member && !assigned_on_line).then_some((member, accessed))
}

/// Whether `receiver` is declared of the class whose member function the cursor is in (named in the function's
/// header, `regex_iterator<...>::operator==`, or the class whose body holds it).
fn of_own_class(context: &Context<'_>, receiver: &str) -> bool {
    let Some(class) = declaration_of(context, receiver).and_then(type_named) else {
        return false;
    };
    let tokens = context.tokens_before();
    let named_in_header = function_header(context, tokens).is_some_and(|(_, header)| {
        header
            .iter()
            .take_while(|token| context.text(token) != "(")
            .any(|token| context.text(token) == class)
    });
    named_in_header || enclosing_class_name(context, tokens) == Some(class)
}

/// In a constructor's initializers (`: _M_sz(` or `, _M_array(` before the receiver) where the receiver is a
/// parameter of the constructor's own class (`mask_array(const mask_array& __a)`), the member initialized.
fn copied_member<'a>(context: &Context<'a>, call: &'a str, receiver: &str) -> Option<&'a str> {
    let start = word_start(call);
    let member = &call[start..];
    let opening = call[..start].trim_end();
    if !is_plain_name(member)
        || !((opening.ends_with(':') && !opening.ends_with("::")) || opening.ends_with(','))
        || member.starts_with(|c: char| c.is_ascii_uppercase())
        || member.strip_prefix('_').is_some_and(|rest| {
            // A type (`_Base`), not libstdc++'s `_M_` members.
            rest.starts_with(|c: char| c.is_ascii_uppercase()) && !rest[1..].starts_with('_')
        })
    {
        return None;
    }
    let declared = declaration_of(context, receiver)?;
    let class = type_named(declared)?;
    // The constructor being defined is the class's own: the name before the first `(` since the last statement.
    let code = context.code.get(..context.cursor)?;
    let statement = &code[code.rfind([';', '}', '{']).map_or(0, |at| at + 1)..];
    let constructor = statement.split_once('(').map(|(head, _)| head.trim_end())?;
    let qualifier = constructor.strip_suffix(class)?;
    qualifier
        .chars()
        .next_back()
        .is_none_or(|c| !is_identifier_char(c))
        .then_some(member)
}

/// Where the identifier that ends `text` starts (its length when none does), on a character boundary.
fn word_start(text: &str) -> usize {
    text.char_indices()
        .rev()
        .take_while(|&(_, c)| is_identifier_char(c))
        .last()
        .map_or(text.len(), |(at, _)| at)
}

/// The class a parameter's declaration names: `mask_array(const mask_array&` -> `mask_array`,
/// `const valarray<_Tp>&` -> `valarray`.
fn type_named(declaration: &str) -> Option<&str> {
    let mut text = declaration.trim_end_matches(['&', '*', ' ']);
    if text.ends_with('>') {
        let mut depth = 0_usize;
        let open = text.char_indices().rev().find_map(|(at, c)| {
            match c {
                '>' => depth += 1,
                '<' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return Some(at);
                    }
                }
                _ => {}
            }
            None
        })?;
        text = text[..open].trim_end();
    }
    let start = word_start(text);
    Some(&text[start..]).filter(|name| is_plain_name(name))
}

/// `return ` at the end of a C++ function whose body declared its result (`_Tp __ret = ...;`, `int retval;`)
/// directly in its own block -> `__ret;`: the local is named for what the function hands back. Not a type alias
/// (`using __ret = ...;`), nor a pair rewrapped from its halves (`__ret.first`).
fn declared_result(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    // `__result` and `__res` were as often an index or half of a pair as what is returned (measured on the corpus).
    const RESULTS: &[&str] = &["__ret", "__retval", "ret", "retval"];
    let tokens = context.tokens_before();
    let Some((brace, _)) = returning_function(context, tokens) else {
        return;
    };
    if open_braces(context, tokens).last() != Some(&brace) {
        return;
    }
    let Some(body) = tokens.get(brace + 1..) else {
        return;
    };
    let mut depth = 0_usize;
    let mut statement_start = 0;
    let mut declared = None;
    for (index, token) in body.iter().enumerate() {
        let text = context.text(token);
        match text {
            "{" | "(" | "[" => depth += 1,
            "}" | ")" | "]" => depth = depth.saturating_sub(1),
            ";" if depth == 0 => statement_start = index + 1,
            _ => {}
        }
        if depth > 0 || !RESULTS.contains(&text) {
            continue;
        }
        let (Some(previous), Some(next)) = (
            index.checked_sub(1).and_then(|at| body.get(at)),
            body.get(index + 1),
        ) else {
            continue;
        };
        let typed = previous.kind == TokenKind::Identifier
            || matches!(context.text(previous), ">" | "*" | "&");
        let first = body.get(statement_start).map(|token| context.text(token));
        if typed
            && matches!(context.text(next), "=" | ";" | "(" | "{")
            && !matches!(first, Some("using" | "typedef" | "return"))
            && !matches!(context.text(previous), "using" | "return")
        {
            declared = Some(text);
        }
    }
    let Some(name) = declared else {
        return;
    };
    let Some(text) = body
        .first()
        .and_then(|first| context.code.get(first.start..context.cursor))
    else {
        return;
    };
    if text.contains(&format!("{name}.first")) || text.contains(&format!("{name}.second")) {
        return;
    }
    out.push(Suggestion::of_kind(format!("{name};"), 0.8, "return"));
}

/// On a C++ cut right after `return `, the function the `return` is in (as [`function_header`] gives it); the
/// shared guard of the rules that answer what a C++ function returns.
fn returning_function<'t>(
    context: &Context<'_>,
    tokens: &'t [Token],
) -> Option<(usize, &'t [Token])> {
    if context.profile.language != Language::Cpp
        || context.line_before.trim() != "return"
        || !context.line_before.ends_with(' ')
    {
        return None;
    }
    function_header(context, tokens)
}

/// The innermost open brace that opens a function, and its header's tokens (back to the `;`, `{` or `}` before
/// it): braces of tests, loops and `try` blocks are passed over; a class, a namespace or a lambda ends the search.
fn function_header<'t>(context: &Context<'_>, tokens: &'t [Token]) -> Option<(usize, &'t [Token])> {
    const BLOCKS: &[&str] = &[
        "if", "else", "for", "while", "do", "switch", "try", "catch", "__try", "__catch", "case",
        "default",
    ];
    for &brace in open_braces(context, tokens).iter().rev() {
        let mut depth = 0_usize;
        let mut start = 0;
        for index in (0..brace).rev() {
            let token = tokens.get(index)?;
            match context.text(token) {
                ")" => depth += 1,
                "(" => depth = depth.saturating_sub(1),
                ";" | "{" | "}" if depth == 0 => {
                    start = index + 1;
                    break;
                }
                _ => {}
            }
        }
        let header = tokens.get(start..brace)?;
        let first = context.text(header.first()?);
        // `case 1: {` and `default: {` hold their label's colon.
        let labelled = header.iter().any(|token| context.text(token) == ":")
            && !header.iter().any(|token| context.text(token) == "(");
        if BLOCKS.contains(&first) || labelled {
            continue;
        }
        let texts = || header.iter().map(|token| context.text(token));
        if first == "["
            || texts().any(|text| {
                matches!(
                    text,
                    "class" | "struct" | "namespace" | "union" | "enum" | "=>"
                )
            })
        {
            return None;
        }
        return texts().any(|text| text == "(").then_some((brace, header));
    }
    None
}

/// The index of a (non-operator) function's name in its header: the word before the first `(` outside template
/// brackets that is not `decltype`, `noexcept` and the like.
fn function_name(texts: &[&str]) -> Option<usize> {
    let mut angles = 0_usize;
    for (index, text) in texts.iter().enumerate() {
        match *text {
            "<" => angles += 1,
            ">" => angles = angles.saturating_sub(1),
            "(" if angles == 0 => {
                let name = index.checked_sub(1)?;
                let word = texts.get(name)?;
                if is_plain_name(word)
                    && !matches!(
                        *word,
                        "decltype"
                            | "noexcept"
                            | "alignas"
                            | "requires"
                            | "__attribute__"
                            | "sizeof"
                    )
                {
                    return Some(name);
                }
            }
            _ => {}
        }
    }
    None
}

/// Where the qualified name ending at `name` starts (`basic_ostream<_CharT, _Traits>::flush` -> at
/// `basic_ostream`), and the class that qualifies it.
fn qualified_name_start<'a>(texts: &[&'a str], name: usize) -> (usize, Option<&'a str>) {
    let mut start = name;
    let mut class = None;
    while start >= 2 && texts.get(start - 1) == Some(&"::") {
        let Some(word) = before_template_arguments(texts, start - 2) else {
            break;
        };
        match texts.get(word) {
            Some(text) if is_plain_name(text) => {
                class.get_or_insert(*text);
                start = word;
            }
            _ => break,
        }
    }
    (start, class)
}

/// The index of the word that the template arguments closing at `at` follow (`vector<int>` from `>`), or `at`
/// itself when it is no `>`.
fn before_template_arguments(texts: &[&str], at: usize) -> Option<usize> {
    if texts.get(at) != Some(&">") {
        return Some(at);
    }
    let mut depth = 0_usize;
    for index in (0..=at).rev() {
        match *texts.get(index)? {
            ">" => depth += 1,
            "<" => {
                depth -= 1;
                if depth == 0 {
                    return index.checked_sub(1);
                }
            }
            _ => {}
        }
    }
    None
}

/// The type a return type refers to when it is an lvalue reference: `V&`, `basic_ostream<C, T>&`,
/// `enable_if_t<cond, any&>`, `typename enable_if<cond, duration&>::type` -> `V`, `basic_ostream`, `any`,
/// `duration`.
fn referenced_type<'a>(returned: &[&'a str]) -> Option<&'a str> {
    let mut end = returned.len();
    if end >= 2 && returned[end - 2..] == ["::", "type"] {
        end -= 2;
    }
    if end >= 2 && returned[end - 1] == ">" && returned[end - 2] == "&" {
        end -= 1;
    }
    if end < 2 || returned[end - 1] != "&" {
        return None;
    }
    let word = before_template_arguments(returned, end - 2)?;
    returned
        .get(word)
        .copied()
        .filter(|text| is_plain_name(text))
}

/// The name of the stream a shift operator's parameters (the tokens after `operator`) start with:
/// `<<(std::ostream& os, const V& v)` -> `os`.
fn stream_parameter<'a>(after_operator: &[&'a str]) -> Option<&'a str> {
    let shift = match after_operator {
        ["<", "<", "(", rest @ ..] | [">", ">", "(", rest @ ..] => rest,
        _ => return None,
    };
    let mut depth = 0_usize;
    let end = shift.iter().position(|text| {
        match *text {
            "<" | "(" => depth += 1,
            ">" | ")" if depth > 0 => depth -= 1,
            "," | ")" if depth == 0 => return true,
            _ => {}
        }
        false
    })?;
    // A member extractor (`operator>>(short& __n)`) has one parameter: the stream is `*this`.
    let more = shift.get(end) == Some(&",");
    let first_parameter = &shift[..end];
    let name = *first_parameter.last()?;
    (more && first_parameter.contains(&"&") && is_plain_name(name)).then_some(name)
}

/// The name of the class whose body the cursor is in (`class basic_ostream : virtual public ...{`).
fn enclosing_class_name<'a>(context: &Context<'a>, tokens: &[Token]) -> Option<&'a str> {
    let brace = super::statements::enclosing_class_brace(context, tokens, &["class", "struct"])?;
    let start = header_start(context, tokens, brace);
    let header = tokens.get(start..brace)?;
    let keyword = header
        .iter()
        .rposition(|token| matches!(context.text(token), "class" | "struct"))?;
    header
        .get(keyword + 1)
        .map(|token| context.text(token))
        .filter(|name| is_plain_name(name))
}

/// Whether the code names `class` `alias` too (`typedef basic_ostream<_CharT, _Traits> __ostream_type;`, `using
/// __ostream_type = basic_ostream<_CharT, _Traits>;`).
fn names_class(code: &str, alias: &str, class: &str) -> bool {
    let typedef = format!("typedef {class}");
    let using = format!("using {alias} = {class}");
    code.contains(&using)
        || code.match_indices(&typedef).any(|(at, _)| {
            code[at..]
                .split(';')
                .next()
                .is_some_and(|declaration| declaration.trim_end().ends_with(alias))
        })
}

fn constructs(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let cpp = context.profile.language == Language::Cpp;
    argument_of_argument_loop(context, out);
    erase_removed(context, out);
    cleared_after_release(context, out);
    position_not_found(context, out);
    paired_macro_end(context, out);
    visibility_default(context, out);
    paired_parameter(context, out);
    namespace_macro_end(context, out);
    if context.line_before.trim_start().starts_with('#') {
        preprocessor(context, cpp, out);
        include_guard(context, out);
        pragma_once_begun(context, out);
        return;
    }
    complete_phrase(
        context,
        &[
            (
                "int main(int argc, char *",
                "int main(int argc, char *argv[]) {",
            ),
            (
                "int main(int argc, char **",
                "int main(int argc, char **argv) {",
            ),
            // C++ spells the pointer with its type.
            (
                "int main(int argc, char* ",
                "int main(int argc, char* argv[]) {",
            ),
            (
                "int main(int argc, char** ",
                "int main(int argc, char** argv) {",
            ),
        ],
        0.9,
        out,
    );
    type_definition_end(context, out);
    return_this(context, out);
    stream_returned_at_end(context, out);
    search_not_found(context, out);
    declared_result(context, out);
    mirrored_member(context, out);
    typedef_name(context, out);
    element_count(context, out);
    made_pointer(context, out);
    address_of_declared(context, out);
    read_into_declared(context, out);
    seed_from_clock(context, out);
    link_to_next_node(context, out);
    whole_range_end(context, out);
    reversed_copy_end(context, out);
    case_transform(context, out);
    character_case_converted(context, out);
    converted_in_place(context, out);
    string_end_test(context, out);
    map_entry_key(context, out);
    exception_base_constructor(context, out);
    read_word_by_word(context, out);
    stream_opened_test(context, out);
    std_function_for_place(context, out);
    accessor_statement(context, out);
    initializers_continued(context, out);
    next_token(context, out);
    strip_newline(context, out);
    overriding_method(context, out);
    write_to_opened_file(context, out);
    let main = if cpp {
        "int main() {"
    } else {
        "int main(void) {"
    };
    complete_phrase(context, &[("int main", main)], 0.9, out);
    switch_case(context, out);
    string_and_memory_call(context, out);
    smart_pointer_made(context, out);
    paired_release_named(context, out);
    buffer_arguments(context, out);
    check_allocation(context, out);
    read_with_scanf(context, out);
    release_allocation(context, out);
    member_initializers(context, out);
    iterator_end(context, out);
    found_value(context, out);
    only_argument(context, out);
    comparator_of_elements(context, out);
    array_size_constant(context, out);
    field_of_its_name(context, out);
    lookup_compared_with_end(context, out);
    read_line_from_opened_file(context, out);
    stream_argument(context, out);
    conversion_base(context, out);
    allocated_element_size(context, out);
    usage_to_standard_error(context, out);
    comparison_with_zero(context, out);
    if context.profile.language == Language::Cpp
        && context.at_line_end()
        && context.prefix.is_empty()
        && context.line_before.trim_start().starts_with("virtual ")
        && context.line_before.trim_end().ends_with(") const =")
            | context.line_before.trim_end().ends_with(") =")
    {
        // `virtual double area() const = ` -> `0;`: a pure virtual function. A virtual destructor (`virtual
        // ~Animal() = `) is defaulted instead: a pure one would still need a body.
        let space = if context.line_before.ends_with(' ') {
            ""
        } else {
            " "
        };
        let value = if context.line_before.contains('~') {
            "default;"
        } else {
            "0;"
        };
        out.push(Suggestion::construct(format!("{space}{value}"), 0.9));
    }
    whole_range(context, out);
    if let Some(lead) = after_return(context) {
        let main = enclosing_function(context).filter(|function| function.name == "main");
        // A `main` whose first statement is its `return`, below functions of the file, hands over to one of them
        // (a test runner's `return test(...)`), not `0`.
        let in_main = main.as_ref().is_some_and(|function| {
            context.tokens_before().len() > function.body_start + context.line_tokens().len()
                || !context.code_before_line().lines().any(|line| line == "}")
        });
        let value = if main.is_some() && !in_main {
            None
        } else if in_main && reported_failure(context) {
            Some(("1".to_owned(), 0.85))
        } else if in_main {
            Some(("0".to_owned(), 0.85))
        } else {
            return_value(context)
        };
        if let Some((value, confidence)) = value {
            out.push(Suggestion {
                text: format!("{lead}{value};"),
                confidence,
                kind: "expression",
                cursor_offset: 0,
            });
        }
    }
    loop_header(context, cpp, out);
    allocation_size(context, out);
    usage_message(context, out);
    if cpp {
        using_namespace(context, out);
        destructor(context, out);
        stream_end_of_line(context, out);
        stream_end_typed(context, out);
        initialized_member(context, out);
        caught_exception(context, out);
        line_of_stream(context, out);
        stream_end_after_operand(context, out);
    }
}

/// `#define ` right under `#ifndef POINT_H` -> `POINT_H`: a header's include guard; `#pragma ` -> `once` as a
/// file's first directive.
fn include_guard(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    if typed == "#" {
        // `#` right under `#ifndef POINT_H` -> `define POINT_H`, and at the end of the header whose guard is still
        // open -> `endif`.
        if let Some(guard) = context
            .previous_code_line()
            .and_then(|line| line.trim().strip_prefix("#ifndef "))
            .map(str::trim)
            .filter(|guard| is_guard_name(guard))
        {
            out.push(Suggestion::construct(format!("define {guard}"), 0.9));
        } else if guard_left_open(context) {
            out.push(Suggestion::construct("endif", 0.88));
        }
    } else if typed == "#define " {
        if let Some(guard) = context
            .previous_code_line()
            .and_then(|line| line.trim().strip_prefix("#ifndef "))
            .map(str::trim)
            .filter(|guard| is_guard_name(guard))
        {
            out.push(Suggestion::construct(guard, 0.9));
        }
    } else if typed == "#pragma " {
        let before = context.code_before_line();
        let first_directive = !before.contains('#') && !before.contains(';');
        if first_directive {
            out.push(Suggestion::construct("once", 0.85));
        }
    }
}

/// `#pragma on` -> `ce`: the half-typed `once` of a header's first directive.
fn pragma_once_begun(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let before = context.code_before_line();
    let first_directive = !before.contains('#') && !before.contains(';');
    if first_directive
        && context.before_prefix().trim_start() == "#pragma "
        && let Some(rest) = "once".strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, 0.85));
    }
}

/// Whether a macro's name is a header's include guard (`POINT_H`, `UTIL_HPP`).
fn is_guard_name(name: &str) -> bool {
    (name.ends_with("_H") || name.ends_with("_H_") || name.ends_with("_HPP"))
        && name.chars().all(is_identifier_char)
}

/// Whether the cursor ends a header whose include guard (`#ifndef POINT_H` then `#define POINT_H` first) is the
/// one conditional still open: nothing but its `#endif` is left to write.
fn guard_left_open(context: &Context<'_>) -> bool {
    let after = context.code.get(context.cursor..).unwrap_or("");
    if !after.trim().is_empty() {
        return false;
    }
    let mut directives = context
        .code_before_line()
        .lines()
        .map(str::trim)
        .filter(|line| line.starts_with('#'));
    let guarded = directives
        .next()
        .and_then(|line| line.strip_prefix("#ifndef "))
        .map(str::trim)
        .is_some_and(|guard| {
            is_guard_name(guard)
                && directives
                    .next()
                    .and_then(|line| line.strip_prefix("#define "))
                    .map(str::trim)
                    == Some(guard)
        });
    if !guarded {
        return false;
    }
    let mut depth = 1usize;
    for line in directives {
        let directive = line.trim_start_matches('#').trim_start();
        if directive.starts_with("if") {
            depth += 1;
        } else if directive.starts_with("endif") {
            let Some(open) = depth.checked_sub(1) else {
                return false;
            };
            depth = open;
        }
    }
    depth == 1
}

/// A block opened by a `BEGIN` macro closes with its `END` (`TEST_BEGIN(test_basic) {` ... `}` -> `TEST_END`,
/// `BEGIN_TEST(x) {` -> `END_TEST`): the pair expands to a function's head and tail, so the `END` stands alone on
/// the line after the block's `}`. On the corpus (jemalloc's tests), 27 statement cuts of four seeds.
fn paired_macro_end(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    /// How far up the block's header is looked for.
    const LINES_LOOKED_AT: usize = 1000;
    if context.line_before != context.prefix || !context.at_line_end() {
        return;
    }
    let lines = context
        .code_before_line()
        .lines()
        .rev()
        .filter(|line| !line.trim().is_empty());
    let Some(header) = super::statements::top_level_header_closed(lines, LINES_LOOKED_AT) else {
        return;
    };
    let name = &header[..header
        .find(|c: char| !is_identifier_char(c))
        .unwrap_or(header.len())];
    let Some(ended) = macro_ended(name) else {
        return;
    };
    if let Some(rest) = ended.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, 0.88));
    }
}

/// A visibility macro's argument (`namespace std _GLIBCXX_VISIBILITY(` -> `default)`): such macros wrap GCC's
/// `__attribute__((visibility(...)))`, and a header marks what it exports, so the value is `default` (`hidden` is
/// set once, on the command line). The macro is usually met first on that line, so the file has no earlier use.
fn visibility_default(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let Some(before) = context
        .line_before
        .strip_suffix(context.prefix)
        .and_then(|before| before.strip_suffix('('))
    else {
        return;
    };
    let callee = &before[word_start(before)..];
    if !callee.ends_with("VISIBILITY") || callee.starts_with(|c: char| c.is_ascii_digit()) {
        return;
    }
    if let Some(rest) = "default".strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(format!("{rest})"), 0.86));
    }
}

/// The second of a pair of parameters (`operator<(const _Tp& __x, ` -> `const _Tp& __y`, `erase(iterator
/// __first, ` -> `iterator __last`): a comparison or a range takes both ends with one type, named as a pair.
fn paired_parameter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const PAIRS: &[(&str, &str)] = &[
        ("x", "y"),
        ("first", "last"),
        ("begin", "end"),
        ("first1", "last1"),
        ("first2", "last2"),
    ];
    if context.profile.language != Language::Cpp
        || !context.prefix.is_empty()
        || !context.at_line_end()
    {
        return;
    }
    let Some(before) = context.line_before.strip_suffix(", ") else {
        return;
    };
    let mut depth = 0_usize;
    let mut comma = None;
    let mut open = None;
    for (at, c) in before.char_indices().rev() {
        match c {
            ')' | '>' | ']' => depth += 1,
            '(' | '<' | '[' => {
                let Some(inner) = depth.checked_sub(1) else {
                    open = (c == '(').then_some(at + 1);
                    break;
                };
                depth = inner;
            }
            ',' if depth == 0 && comma.is_none() => comma = Some(at + 1),
            _ => {}
        }
    }
    let Some(after_open) = open else {
        return;
    };
    // A compound assignment (`operator&=(flags& __x, `) takes its right side by value.
    let callee = before[..after_open - 1].trim_end();
    let compares = ["==", "!=", "<=", ">="]
        .iter()
        .any(|compared| callee.ends_with(compared))
        && !callee.ends_with("<<=")
        && !callee.ends_with(">>=");
    if callee.ends_with('=') && !compares {
        return;
    }
    let parameter = before[comma.unwrap_or(after_open)..].trim();
    let name_at = word_start(parameter);
    let (declared, name) = parameter.split_at(name_at);
    let declared = declared.trim_end();
    if declared.is_empty()
        || declared == "const"
        || !declared.ends_with(|c: char| is_identifier_char(c) || matches!(c, '&' | '*' | '>'))
        || !declared
            .chars()
            .all(|c| is_identifier_char(c) || matches!(c, ' ' | '&' | '*' | '<' | '>' | ':' | ','))
    {
        return;
    }
    let bare = name.trim_start_matches('_');
    let underscores = &name[..name.len() - bare.len()];
    let Some((_, partner)) = PAIRS.iter().find(|(first, _)| *first == bare) else {
        return;
    };
    out.push(Suggestion::construct(
        format!("{declared} {underscores}{partner}"),
        0.84,
    ));
}

/// The `END` macro that closes what a `BEGIN` one opens (`TEST_BEGIN` -> `TEST_END`,
/// `_GLIBCXX_BEGIN_NAMESPACE_VERSION` -> `_GLIBCXX_END_NAMESPACE_VERSION`); `None` for a name without `BEGIN`.
fn macro_ended(name: &str) -> Option<String> {
    let ended = name
        .split('_')
        .map(|part| if part == "BEGIN" { "END" } else { part })
        .collect::<Vec<_>>()
        .join("_");
    (ended != name).then_some(ended)
}

/// At the left margin after `} // namespace detail`, the `END` of a `BEGIN` macro line left open above
/// (`_GLIBCXX_BEGIN_NAMESPACE_VERSION` -> `_GLIBCXX_END_NAMESPACE_VERSION`): such a macro opens an inline namespace
/// inside the outer one, so it closes once the nested namespaces have, before the outer `}`.
fn namespace_macro_end(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before != context.prefix || !context.at_line_end() {
        return;
    }
    let Some(closed) = context
        .previous_code_line()
        .and_then(|line| line.trim().strip_prefix('}'))
        .and_then(|rest| rest.trim_start().strip_prefix("//"))
    else {
        return;
    };
    if !closed.contains("namespace") {
        return;
    }
    let is_macro_line = |line: &str| {
        !line.is_empty()
            && line
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
    };
    let mut closed_below: Vec<&str> = Vec::new();
    for line in context.code_lines_above() {
        if !is_macro_line(line) {
            continue;
        }
        let Some(ended) = macro_ended(line) else {
            if line.split('_').any(|part| part == "END") {
                closed_below.push(line);
            }
            continue;
        };
        if let Some(at) = closed_below.iter().position(|end| *end == ended) {
            closed_below.swap_remove(at);
            continue;
        }
        if let Some(rest) = ended.strip_prefix(context.prefix)
            && !rest.is_empty()
        {
            out.push(Suggestion::construct(rest, 0.86));
        }
        return;
    }
}

/// The header (`struct point`, `typedef struct Node`) of the block that the `}` just typed closes.
fn header_of_closed_block<'c>(context: &'c Context<'_>) -> Option<&'c [Token]> {
    let tokens = context.tokens_before();
    let (_, rest) = tokens.split_last()?;
    let mut depth = 0_usize;
    let opener = rest.iter().rposition(|token| {
        if token.is_symbol(context.code, "}") {
            depth += 1;
        } else if token.is_symbol(context.code, "{") {
            if depth == 0 {
                return true;
            }
            depth -= 1;
        }
        false
    })?;
    tokens.get(header_start(context, tokens, opener)..opener)
}

/// `}` closing a `struct`, `class`, `enum` or `union` definition -> `;`, which C and C++ need there and not
/// after a function's or a statement's block.
fn type_definition_end(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim() != "}" || !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let Some(header) = header_of_closed_block(context) else {
        return;
    };
    let defines_type = header.first().is_some_and(|first| {
        ["struct", "class", "enum", "union"]
            .iter()
            .any(|keyword| first.is_word(context.code, keyword))
    }) && !header
        .iter()
        .any(|token| matches!(context.text(token), "(" | "=" | ")"));
    if defines_type {
        out.push(Suggestion::construct(";", 0.88));
    }
}

/// `} ` closing `typedef struct Node {` -> `Node;`: the type is usually named as its tag.
fn typedef_name(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before.trim_start() != "} " || !context.at_line_end() {
        return;
    }
    let Some(header) = header_of_closed_block(context) else {
        return;
    };
    if let [typedef, keyword, tag] = header
        && typedef.is_word(context.code, "typedef")
        && (keyword.is_word(context.code, "struct") || keyword.is_word(context.code, "union"))
        && tag.kind == TokenKind::Identifier
    {
        out.push(Suggestion::construct(
            format!("{};", context.text(tag)),
            0.85,
        ));
    }
}

/// `sizeof(arr) / ` -> `sizeof(arr[0])`: an array's length is its size over its first element's (with `;` where
/// the line is a declaration's).
fn element_count(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let Some(array) = context
        .line_before
        .trim_end()
        .strip_suffix('/')
        .map(str::trim_end)
        .and_then(|before| before.strip_suffix(')'))
        .and_then(|before| before.rsplit_once("sizeof("))
        .map(|(_, array)| array.trim())
        .filter(|array| !array.is_empty() && array.chars().all(is_identifier_char))
    else {
        return;
    };
    let space = if context.line_before.ends_with(' ') {
        ""
    } else {
        " "
    };
    // `int n = sizeof(a) / ` ends its statement; inside a call or a loop's header, more follows.
    let open = context.line_before.matches('(').count() > context.line_before.matches(')').count();
    let ending = if open { "" } else { ";" };
    out.push(Suggestion::construct(
        format!("{space}sizeof({array}[0]){ending}"),
        0.85,
    ));
}

/// `std::unique_ptr<Foo> p = std::make_unique<` -> `Foo>();` (and `shared_ptr` with `make_shared`): the
/// declared pointee is made.
fn made_pointer(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    if !context.prefix.is_empty() || typed.ends_with("std::") {
        made_for_declared_type(context, typed, out);
        return;
    }
    for (pointer, maker) in [
        ("unique_ptr<", "make_unique<"),
        ("shared_ptr<", "make_shared<"),
    ] {
        if let Some(pointee) = typed
            .strip_suffix(maker)
            .and_then(|before| before.split_once(pointer))
            .and_then(|(_, rest)| rest.split_once('>'))
            .map(|(pointee, _)| pointee.trim())
            .filter(|pointee| {
                !pointee.is_empty() && pointee.chars().all(|c| is_identifier_char(c) || c == ':')
            })
        {
            out.push(Suggestion::construct(format!("{pointee}>();"), 0.88));
            return;
        }
    }
}

/// `std::pair<int, std::string> p = std::make_` -> `pair(`, `std::unique_ptr<Node> head = std::` ->
/// `make_unique<Node>();`: the maker is the declared type's, whatever the most used one is.
fn made_for_declared_type(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    let Some(before) = typed
        .strip_suffix(context.prefix)
        .and_then(|before| before.strip_suffix("std::"))
    else {
        return;
    };
    let Some((declared, _)) = before.trim_end().strip_suffix('=').and_then(|declaration| {
        declaration
            .trim_start_matches("const ")
            .trim_start_matches("std::")
            .split_once('<')
    }) else {
        return;
    };
    let maker = match declared {
        "pair" => "make_pair(".to_owned(),
        "tuple" => "make_tuple(".to_owned(),
        "unique_ptr" | "shared_ptr" => {
            let Some(pointee) = before
                .split_once('<')
                .and_then(|(_, rest)| rest.split_once('>'))
                .map(|(pointee, _)| pointee.trim())
                .filter(|pointee| {
                    !pointee.is_empty()
                        && pointee.chars().all(|c| is_identifier_char(c) || c == ':')
                })
            else {
                return;
            };
            let kind = declared.trim_end_matches("_ptr");
            // An abstract class is made through a subclass the file defines (`Circle` of `Shape`), its
            // arguments left to the caret; none defined, nothing is offered.
            if is_abstract_class(context.code, pointee) {
                let Some(subclass) = subclass_of(context.code, pointee) else {
                    return;
                };
                format!("make_{kind}<{subclass}>();")
            } else {
                format!("make_{kind}<{pointee}>();")
            }
        }
        _ => return,
    };
    if let Some(rest) = maker.strip_prefix(context.prefix) {
        out.push(Suggestion::construct(rest, 0.9));
    }
}

/// Whether the C++ class `name` declares a pure virtual method (`virtual double area() const = 0;`).
fn is_abstract_class(code: &str, name: &str) -> bool {
    let Some(start) = code
        .find(&format!("class {name} {{"))
        .or_else(|| code.find(&format!("struct {name} {{")))
    else {
        return false;
    };
    let body = &code[start..];
    let body = body.find("\n};").map_or(body, |end| &body[..end]);
    body.lines()
        .any(|line| line.trim_start().starts_with("virtual ") && line.trim_end().ends_with("= 0;"))
}

/// The first class the code derives from `base` (`class Circle : public Shape {` -> `Circle`).
fn subclass_of<'a>(code: &'a str, base: &str) -> Option<&'a str> {
    code.lines().find_map(|line| {
        let rest = line.trim_start().strip_prefix("class ")?;
        let (name, parents) = rest.split_once(':')?;
        let derives = parents.split(',').any(|parent| {
            parent
                .trim_end()
                .trim_end_matches('{')
                .split_whitespace()
                .last()
                == Some(base)
        });
        let name = name.trim();
        (derives && is_plain_name(name)).then_some(name)
    })
}

/// `int *p = ` -> `&x;` right after `int x = 5;`: a course's first pointer points at the variable of its type
/// just declared (the nearest of the few lines above), when it is named as a pointer.
fn address_of_declared(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let Some((pointee, pointer)) = context
        .line_before
        .trim_start()
        .strip_suffix(" = ")
        .and_then(|declaration| declaration.split_once(" *"))
        .map(|(pointee, pointer)| (pointee.trim(), pointer.trim()))
        .filter(|(pointee, _)| matches!(*pointee, "int" | "double" | "float" | "char" | "long"))
    else {
        return;
    };
    // Named as a pointer (`p`, `ptr`, `p_age`, `agePtr`), not as what an array or a buffer holds (`arr`, `buf`).
    let named_pointer = matches!(pointer, "p" | "ptr" | "pointer" | "pt")
        || pointer.starts_with("ptr")
        || pointer.starts_with("p_")
        || pointer.ends_with("_ptr")
        || pointer.ends_with("Ptr");
    if !named_pointer {
        return;
    }
    let target = context.code_lines_above().take(3).find_map(|line| {
        let (declared, _) = line
            .strip_prefix(pointee)?
            .strip_prefix(' ')?
            .split_once(" = ")?;
        (!declared.is_empty() && declared.chars().all(is_identifier_char)).then_some(declared)
    });
    if let Some(target) = target {
        out.push(Suggestion::construct(format!("&{target};"), 0.8));
    }
}

/// `fprintf(` -> `fp, `: the file the function opened (`FILE *fp = fopen(...)`), the only one in sight.
fn write_to_opened_file(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty()
        || !context.at_line_end()
        || !context.line_before.trim_end().ends_with("fprintf(")
    {
        return;
    }
    let tokens = context.tokens_before();
    let mut files = tokens.windows(4).filter_map(|window| match window {
        [file_type, star, name, equals]
            if file_type.is_word(context.code, "FILE")
                && star.is_symbol(context.code, "*")
                && name.kind == TokenKind::Identifier
                && equals.is_symbol(context.code, "=") =>
        {
            Some(context.text(name))
        }
        _ => None,
    });
    if let (Some(file), None) = (files.next(), files.next()) {
        out.push(Suggestion::construct(format!("{file}, "), 0.85));
    }
}

/// The variable the line above declared without a value (`int n;`, `std::string name;`), when this line reads
/// into it: `scanf("%d", ` -> `&n);` (`scanf("%d", &` -> `n);`), `std::cin >> ` -> `name;` (`cin ` -> `>> name;`).
fn read_into_declared(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    // The address operator already typed (`scanf("%d", &`): the name alone follows it.
    let address_typed = typed.ends_with("\", &");
    let typed = if address_typed {
        typed.strip_suffix('&').unwrap_or(typed)
    } else {
        typed
    };
    let conversions = typed.matches('%').count();
    let scans = typed.starts_with("scanf(\"") && typed.ends_with("\", ") && conversions >= 1;
    if address_typed && (conversions != 1 || typed.contains("%s")) {
        return;
    }
    let extracts = matches!(typed, "std::cin >> " | "cin >> " | "std::cin " | "cin ");
    // `cin ` with its operator still to type: the operator comes first.
    let operator = if extracts && !typed.ends_with(">> ") {
        ">> "
    } else {
        ""
    };
    // The declaration, above the line or above a prompt printed for it (`printf("Name: ");`).
    let declaration = context.code_lines_above().take(3).find(|line| {
        !["printf(", "puts(", "std::cout", "cout", "fflush("]
            .iter()
            .any(|print| line.starts_with(print))
    });
    // `scanf("%d %d", &a, ` under `int a, b;`: the targets still missing, in the declarations' order.
    if let Some((format, given)) = typed
        .strip_prefix("scanf(\"")
        .and_then(|rest| rest.split_once("\", "))
        .filter(|(_, given)| given.ends_with(", "))
    {
        let given: Vec<&str> = given.trim_end_matches(", ").split(", ").collect();
        if let Some(missing) = missing_scanf_targets(context, format, &given) {
            out.push(Suggestion::construct(
                format!("{});", missing.join(", ")),
                0.85,
            ));
        }
        return;
    }
    if !(scans || extracts) {
        return;
    }
    // A string read with `%s` into a `char name[50]` is the array itself, not its address.
    if scans && conversions == 1 && typed.contains("%s") {
        let text_array = declaration
            .and_then(|line| line.strip_suffix("];"))
            .and_then(|line| line.rsplit_once('['))
            .filter(|(_, size)| size.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
            .and_then(|(declared, _)| declared.strip_prefix("char "))
            .map(str::trim)
            .filter(|name| !name.is_empty() && name.chars().all(is_identifier_char));
        if let Some(name) = text_array {
            out.push(Suggestion::construct(format!("{name});"), 0.85));
        }
        return;
    }
    // `scanf("%d %d", ` under `int a, b;`: one address per conversion, in the order the line declared them. Only
    // numbers: a `%s` among several would need to know which name is the array.
    if conversions > 1 {
        if let Some(names) = declaration
            .filter(|_| scans && !typed.contains("%s") && !typed.contains("%%"))
            .and_then(|line| declared_names(line, conversions))
        {
            let addresses: Vec<String> = names.iter().map(|name| format!("&{name}")).collect();
            out.push(Suggestion::construct(
                format!("{});", addresses.join(", ")),
                0.85,
            ));
        }
        return;
    }
    let Some(declared) = declaration.and_then(|line| {
        let statement = line.trim().strip_suffix(';')?;
        let (type_text, name) = statement.rsplit_once(' ')?;
        let plain_type = type_text
            .split_whitespace()
            .all(|word| word.chars().all(|c| is_identifier_char(c) || c == ':'))
            && !matches!(
                type_text.trim(),
                "return" | "delete" | "goto" | "throw" | "case" | "using" | "typedef"
            );
        (plain_type && !name.is_empty() && name.chars().all(is_identifier_char)).then_some(name)
    }) else {
        return;
    };
    let text = if address_typed {
        format!("{declared});")
    } else if scans {
        format!("&{declared});")
    } else {
        format!("{operator}{declared};")
    };
    out.push(Suggestion::construct(text, 0.85));
}

/// The targets a `scanf` still needs after those `given`: `scanf("%d %d", &a, ` under `int a, b;` -> `&b`,
/// `scanf("%d %s", &age, ` under `int age;` and `char name[20];` -> `name` (an array is its own address). The
/// variables are those the declarations right above declare (prompts between them skipped), in their order; the
/// given ones must be a run of them, and the ones after that run must be exactly as many as the conversions left,
/// each of the conversion's type.
fn missing_scanf_targets(
    context: &Context<'_>,
    format: &str,
    given: &[&str],
) -> Option<Vec<String>> {
    let conversions = scanf_conversions(format)?;
    if given.is_empty() || given.len() >= conversions.len() {
        return None;
    }
    let mut variables = Vec::new();
    for line in context.code_lines_above().take(8) {
        if ["printf(", "puts(", "fflush("]
            .iter()
            .any(|print| line.starts_with(print))
        {
            continue;
        }
        let Some(declared) = declared_variables(line) else {
            break;
        };
        // The lines run upward: each line's variables go before those found so far.
        variables.splice(0..0, declared);
    }
    let first = variables
        .iter()
        .position(|variable| variable.scanf_target() == given[0])?;
    let run = variables.get(first..first + given.len())?;
    let rest = variables.get(first + given.len()..)?;
    let matches = |variable: &DeclaredVariable<'_>, conversion: &str| {
        let expected = variable.conversion(FormatCall::Scan);
        expected == Some(conversion) || (conversion == "i" && expected == Some("d"))
    };
    let consistent = run
        .iter()
        .zip(given)
        .all(|(variable, target)| variable.scanf_target() == *target)
        && run
            .iter()
            .chain(rest)
            .zip(&conversions)
            .all(|(variable, conversion)| matches(variable, conversion));
    (consistent && rest.len() == conversions.len() - given.len())
        .then(|| rest.iter().map(DeclaredVariable::scanf_target).collect())
}

/// The conversions of a `scanf` format, each with its length modifier (`"%d %lf"` -> `d`, `lf`). `None` for a
/// format this simple reading does not follow: `%%`, a suppressed assignment (`%*d`), a scan set (`%[`).
fn scanf_conversions(format: &str) -> Option<Vec<&str>> {
    let mut conversions = Vec::new();
    let mut rest = format;
    while let Some(at) = rest.find('%') {
        let after = rest.get(at + 1..)?;
        let after = after.trim_start_matches(|c: char| c.is_ascii_digit());
        let modifiers = after
            .find(|c: char| !matches!(c, 'h' | 'l' | 'L' | 'z' | 'j' | 't'))
            .unwrap_or(after.len());
        let letter = after.get(modifiers..)?.chars().next()?;
        if !letter.is_ascii_alphabetic() {
            return None;
        }
        let end = modifiers + letter.len_utf8();
        conversions.push(after.get(..end)?);
        rest = after.get(end..)?;
    }
    (!conversions.is_empty()).then_some(conversions)
}

/// The variables a declaration line declares: several numbers without values (`int a, b;`) or one variable of any
/// type (`char name[20];`, `double x = 0;`).
fn declared_variables(line: &str) -> Option<Vec<DeclaredVariable<'_>>> {
    if line.contains(',') {
        let statement = line.trim().strip_suffix(';')?;
        let (type_name, _) = statement.split_once(' ')?;
        let count = statement.matches(',').count() + 1;
        let names = declared_names(line, count)?;
        return Some(
            names
                .into_iter()
                .map(|name| DeclaredVariable {
                    name,
                    type_name,
                    indirect: false,
                })
                .collect(),
        );
    }
    declared_variable(line).map(|variable| vec![variable])
}

/// The names of a declaration of several plain variables without values (`int a, b;`, `double x, y, z;`), when
/// there are exactly `count` of them.
fn declared_names(line: &str, count: usize) -> Option<Vec<&str>> {
    let statement = line.trim().strip_suffix(';')?;
    let (type_text, names) = statement.split_once(' ')?;
    if !matches!(
        type_text,
        "int" | "long" | "float" | "double" | "unsigned" | "short"
    ) {
        return None;
    }
    let names: Vec<&str> = names.split(',').map(str::trim).collect();
    let plain = names
        .iter()
        .all(|name| !name.is_empty() && name.chars().all(is_identifier_char));
    (plain && names.len() == count).then_some(names)
}

/// `catch (` -> `const std::exception& e) {` (without `std::` under `using namespace std`), and in that block
/// `e.` -> `what()`.
fn caught_exception(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let typed = context
        .line_before
        .trim_start()
        .trim_start_matches('}')
        .trim_start();
    if context.prefix.is_empty() && (typed == "catch (" || typed == "catch(") {
        let namespace = if context.code.contains("using namespace std;") {
            ""
        } else {
            "std::"
        };
        out.push(Suggestion::construct(
            format!("const {namespace}exception& e) {{"),
            0.85,
        ));
        return;
    }
    let Some(access) = context.dot_member() else {
        return;
    };
    let caught = declaration_of(context, access.receiver).is_some_and(|declaration| {
        declaration.contains("catch") && declaration.contains("exception")
    });
    if caught
        && let Some(rest) = "what()".strip_prefix(context.prefix)
        && rest.len() > "()".len()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.9));
    }
}

/// `std::getline(` -> `file, line)`: the input stream the code opened (`std::ifstream file(...)`, else
/// `std::cin`) and the string declared for the line.
fn line_of_stream(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    // `std::getline(std::` -> `cin, name);`: the stream's namespace typed, its name left.
    let (typed, namespace) = match context.before_prefix().trim_end().strip_suffix("std::") {
        Some(typed) => (typed, true),
        None if context.prefix.is_empty() => (context.line_before.trim_end(), false),
        None => return,
    };
    let qualified = typed.ends_with("std::getline(");
    if !(qualified || typed.ends_with("getline(")) || typed.ends_with(".getline(") {
        return;
    }
    let tokens = context.tokens_before();
    let declared_after = |type_name: &str| {
        tokens.windows(2).rev().find_map(|pair| {
            (pair[0].is_word(context.code, type_name) && pair[1].kind == TokenKind::Identifier)
                .then(|| context.text(&pair[1]))
        })
    };
    let Some(line) = declared_after("string") else {
        return;
    };
    let file = declared_after("ifstream");
    let stream = file.unwrap_or(if qualified { "std::cin" } else { "cin" });
    let closing = if typed.trim_start().starts_with("while") {
        ")) {"
    } else {
        ");"
    };
    let text = format!("{stream}, {line}{closing}");
    if !namespace {
        out.push(Suggestion::construct(text, 0.85));
    } else if file.is_none()
        && let Some(rest) = text
            .strip_prefix("std::")
            .and_then(|text| text.strip_prefix(context.prefix))
    {
        out.push(Suggestion::construct(rest, 0.85));
    }
}

/// `#inc` -> `lude`, `#include <st` -> `dio.h>`.
fn preprocessor(context: &Context<'_>, cpp: bool, out: &mut Vec<Suggestion>) {
    let before = context.before_prefix().trim();
    let prefix = context.prefix;
    let (entries, suffix): (&[&str], &'static str) = if before == "#" {
        (DIRECTIVES, " ")
    } else if before == "#include <" || before == "#include<" {
        (if cpp { CPP_HEADERS } else { C_HEADERS }, ">")
    } else if let Some(header) = before
        .strip_prefix("#include")
        .map(str::trim_start)
        .filter(|header| header.len() > 2 && header.ends_with('.'))
    {
        header_extension(context, header, out);
        return;
    } else {
        return;
    };
    let code_before = context
        .code
        .get(..context.cursor.saturating_sub(context.line_before.len()))
        .unwrap_or("");
    // A header already included is not included again: `#include <std` below `<stdio.h>` is `stdlib.h`.
    let included = |header: &str| {
        suffix == ">"
            && code_before
                .lines()
                .filter_map(|line| line.trim_start().strip_prefix("#include"))
                .any(|name| name.trim().trim_start_matches('<').trim_end_matches('>') == header)
    };
    // A directive the file writes often is likelier than the usual order says (`#el` in a file of `#else`): one
    // pass over the file counts them all.
    let mut written = [0u32; DIRECTIVES.len()];
    if suffix == " " {
        for line in code_before.lines() {
            let Some(directive) = line.trim_start().strip_prefix('#') else {
                continue;
            };
            let word = super::lexer::leading_identifier(directive.trim_start());
            if let Some(at) = DIRECTIVES.iter().position(|known| *known == word) {
                written[at] += 1;
            }
        }
    }
    let written = |directive: &str| {
        DIRECTIVES
            .iter()
            .position(|known| *known == directive)
            .map_or(0.0, |at| f64::from(written[at]).ln_1p())
    };
    let mut popularity = 3.0;
    let mut candidates = Vec::new();
    for entry in entries {
        // Header names contain dots: match the whole typed text after `<`.
        if entry.len() > prefix.len() && entry.starts_with(prefix) && !included(entry) {
            // `#else` and `#endif` end their line.
            let suffix = if matches!(*entry, "else" | "endif") {
                ""
            } else {
                suffix
            };
            candidates.push(Candidate {
                name: (*entry).to_owned(),
                suffix,
                score: popularity + written(entry),
                cap: 0.9,
                kind: "construct",
            });
        }
        popularity *= 0.8;
    }
    // Letters typed that leave one header far more used than the next (`std` below `<stdio.h>`: `stdlib.h`, used
    // about twice as often as `stdbool.h`) name it.
    // ... unless the code's own names begin so too (`#include <bi` in a file naming `bits/`).
    let dominant = prefix.len() >= 2
        && context.scan.names.is_empty()
        && match candidates.as_slice() {
            [_] => true,
            [best, second, ..] => best.score >= 1.9 * second.score,
            [] => false,
        };
    // A file's first `#include <` is most often the standard IO header (`stdio.h>`, `iostream>`), begun or not.
    let first_include = !code_before.contains("#include")
        && candidates
            .first()
            .is_some_and(|best| entries.first() == Some(&best.name.as_str()));
    let first = out.len();
    push_ranked(prefix, candidates, 1.0, 3, out);
    if before.starts_with("#include")
        && (first_include || dominant)
        && let Some(best) = out.get_mut(first)
    {
        best.confidence = best.confidence.max(0.8);
    }
}

/// `#include <math.` -> `h>`: the extension the file's earlier includes use most (`h` when they say nothing),
/// then the closer that the include opened with.
pub(super) fn header_extension(context: &Context<'_>, header: &str, out: &mut Vec<Suggestion>) {
    let closer = match header.chars().next() {
        Some('<') => '>',
        Some('"') => '"',
        _ => return,
    };
    let mut counts: Vec<(&str, u32)> = Vec::new();
    let code = context
        .code
        .get(..context.cursor.saturating_sub(context.line_before.len()))
        .unwrap_or("");
    for line in code.lines() {
        let Some(included) = line.trim_start().strip_prefix("#include") else {
            continue;
        };
        let name = included.trim().trim_end_matches(['>', '"']);
        let Some((_, extension)) = name.rsplit_once('.') else {
            continue;
        };
        if extension.is_empty() || !extension.chars().all(|c| c.is_ascii_alphanumeric()) {
            continue;
        }
        match counts.iter_mut().find(|(known, _)| *known == extension) {
            Some((_, count)) => *count += 1,
            None => counts.push((extension, 1)),
        }
    }
    let prefix = context.prefix;
    let total: u32 = counts.iter().map(|(_, count)| count).sum();
    let (extension, share) = counts
        .iter()
        .filter(|(extension, _)| extension.starts_with(prefix))
        .max_by_key(|(_, count)| *count)
        .map_or(("h", 1.0), |&(extension, count)| {
            (extension, f64::from(count) / f64::from(total.max(1)))
        });
    let Some(rest) = extension.get(prefix.len()..) else {
        return;
    };
    // Headers are `.h` (C, and most of C++'s own non-standard ones) unless the file shows otherwise.
    out.push(Suggestion::construct(
        format!("{rest}{closer}"),
        0.9 * share.max(0.5),
    ));
}

/// `for (int i = 0` -> `; i < n; i++) {`, `for (auto& item : ` -> `items) {`.
fn loop_header(context: &Context<'_>, cpp: bool, out: &mut Vec<Suggestion>) {
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
    let words: Vec<&str> = header.split_whitespace().collect();
    let mut push =
        |text: String, confidence: f64| out.push(Suggestion::construct(text, confidence));
    match words.as_slice() {
        ["int" | "size_t" | "unsigned", index, "=", "0"] => {
            let container = iterable_in_scope(context, None).filter(|collection| {
                cpp && declaration_of(context, collection).is_some_and(|declaration| {
                    declaration.contains("vector") || declaration.contains("string")
                })
            });
            match (container, super::javascript::count_in_scope(context)) {
                (Some(container), _) => push(
                    format!("; {index} < {container}.size(); {index}++) {{"),
                    0.85,
                ),
                (None, Some(count)) => push(format!("; {index} < {count}; {index}++) {{"), 0.8),
                (None, None) => push(format!("; {index} < "), 0.6),
            }
        }
        [.., element, ":"] if cpp && header.ends_with(' ') => {
            let element = element.trim_start_matches(['&', '*']);
            if let Some(collection) = iterable_in_scope(context, Some(element)) {
                let exact = super::statements::names_element(collection, element);
                let only = !exact && only_container(context) == Some(collection);
                let confidence = if exact || only { 0.85 } else { 0.6 };
                push(format!("{collection}) {{"), confidence);
            } else if let Some(container) = only_container(context) {
                push(format!("{container}) {{"), 0.85);
            }
        }
        _ => {}
    }
}

/// The standard containers a range-`for` walks (`std::string` is left out: its characters are rarely what a loop
/// over "the" container means).
const CONTAINERS: &[&str] = &[
    "vector<", "array<", "list<", "deque<", "set<", "map<", "span<", "string",
];

/// The one variable the window declares with a standard container type (`std::vector<int> v;`), or `None` when
/// there are none or several: with one, `for (auto& x : ` can only mean it.
/// The element type a container's declaration names: `Edge` for `std::vector<Edge>& edges`.
fn element_type<'a>(context: &Context<'a>, container: &str) -> Option<&'a str> {
    let code = context.code.get(..context.cursor)?;
    [format!("> {container}"), format!(">& {container}")]
        .iter()
        .find_map(|declared| code.find(declared.as_str()))
        .and_then(|end| {
            let start = code.get(..end)?.rfind('<')? + 1;
            code.get(start..end).map(str::trim)
        })
}

fn only_container<'a>(context: &Context<'a>) -> Option<&'a str> {
    let tokens = context.tokens_before();
    let mut found: Option<&str> = None;
    for (index, token) in tokens.iter().enumerate() {
        let declared = token.kind == TokenKind::Identifier
            && index
                .checked_sub(1)
                .and_then(|previous| tokens.get(previous))
                .is_some_and(|previous| {
                    matches!(
                        context.text(previous),
                        ">" | ">>" | "&" | "string" | "wstring"
                    )
                })
            && tokens.get(index + 1).is_some_and(|next| {
                matches!(context.text(next), ";" | "=" | "{" | "(" | ")" | ",")
            });
        if !declared {
            continue;
        }
        // The declaration's text on its line before the name: `std::vector<int>` for `std::vector<int> v`.
        let before_name = context.code.get(..token.start).unwrap_or("");
        let type_text = before_name
            .get(before_name.rfind('\n').map_or(0, |newline| newline + 1)..)
            .unwrap_or("");
        if !CONTAINERS
            .iter()
            .any(|container| type_text.contains(container))
        {
            continue;
        }
        // `std::vector<int> a, b;` declares two.
        let text_at = |at: usize| tokens.get(at).map_or("", |token| context.text(token));
        if text_at(index + 1) == "," && matches!(text_at(index + 3), ";" | "," | "=") {
            return None;
        }
        match found {
            Some(name) if name != context.text(token) => return None,
            _ => found = Some(context.text(token)),
        }
    }
    found
}

/// `int *p = malloc(` -> `sizeof(*p));`, the size of what the pointer points to. It stays right when the pointer's
/// type changes, which is why the C FAQ and the Linux kernel's style prefer it to `sizeof(int)`; one object (the most
/// common case for a `struct`) needs nothing more. An array of numbers whose count the code declares comes whole:
/// `int *arr = malloc(` -> `n * sizeof(int));`. Not for `char` or `void` pointers, whose sizes are counted in bytes.
fn allocation_size(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let Some(assignment) = context.line_before.trim().strip_suffix("malloc(") else {
        return;
    };
    // `sqlite3_malloc(` is another function; a cast such as `(int *)` may stand before `malloc`.
    if assignment.ends_with(is_identifier_char) {
        return;
    }
    let assignment = assignment.trim_end();
    let assignment = match assignment.strip_suffix(')') {
        Some(cast) => cast
            .rsplit_once('(')
            .map_or(assignment, |(before, _)| before),
        None => assignment,
    }
    .trim_end();
    let Some(target) = assignment.strip_suffix('=') else {
        return;
    };
    if target.ends_with(['=', '!', '<', '>', '+', '-', '*', '/', '|', '&']) {
        return;
    }
    let Some(pointer) = target.split_whitespace().next_back() else {
        return;
    };
    let pointer = pointer.trim_start_matches('*');
    let plain = pointer.starts_with(|c: char| c.is_alphabetic() || c == '_')
        && pointer
            .chars()
            .all(|c| is_identifier_char(c) || matches!(c, '.' | '-' | '>'));
    let bytes = target.contains("char")
        || target.contains("void")
        || declaration_of(context, pointer).is_some_and(|declaration| {
            declaration.contains("char") || declaration.contains("void")
        });
    if plain && bytes && target.contains("char") {
        // `char *dst = malloc(` in `copy_string(const char *src)`: a copy of the one string the function takes,
        // with room for its terminating `'\0'`.
        let strings: Vec<&str> = enclosing_function(context)
            .map(|function| {
                function
                    .parameters
                    .iter()
                    .filter(|parameter| {
                        parameter.type_text.contains("char") && parameter.type_text.contains('*')
                    })
                    .map(|parameter| parameter.name)
                    .collect()
            })
            .unwrap_or_default();
        if let [string] = strings.as_slice() {
            out.push(Suggestion::construct(
                format!("strlen({string}) + 1);"),
                0.85,
            ));
        }
        return;
    }
    if !plain || bytes {
        return;
    }
    // An array of numbers whose length the code holds (`int n`, `size_t count`): that many elements of the type
    // written in the declaration, as courses write it (`n * sizeof(int)`); one number alone is seldom allocated.
    let element = target
        .trim_end()
        .trim_end_matches(pointer)
        .trim_end()
        .strip_suffix('*')
        .map(str::trim)
        .filter(|element| NUMBER_TYPES.contains(element));
    let length = element.and_then(|_| {
        LENGTH_NAMES
            .iter()
            .copied()
            .find(|name| *name != pointer && declared_as_number(context, name))
    });
    // A struct's buffer sized by its capacity set above (`v->capacity = 4;` then `v->data = malloc(`): that many
    // elements of the type the struct declares for it (`int *data;`).
    if let Some((owner, field)) = pointer
        .split_once("->")
        .filter(|(owner, field)| is_plain_name(owner) && is_plain_name(field))
    {
        let capacity = context.code_lines_above().take(10).find_map(|line| {
            let rest = line.strip_prefix(owner)?.strip_prefix("->")?;
            let (name, _) = rest.split_once(" = ")?;
            ["capacity", "cap", "capacity_"]
                .contains(&name)
                .then_some(name)
        });
        if let Some(capacity) = capacity {
            let declared = context.code_before_line().lines().find_map(|line| {
                let line = line.trim();
                let element = line.strip_suffix(&format!("*{field};"))?.trim();
                NUMBER_TYPES.contains(&element).then_some(element)
            });
            let size = declared.map_or_else(|| format!("*{pointer}"), str::to_owned);
            out.push(Suggestion::construct(
                format!("{owner}->{capacity} * sizeof({size}));"),
                0.86,
            ));
            return;
        }
    }
    match (element, length) {
        (Some(element), Some(length)) => out.push(Suggestion::construct(
            format!("{length} * sizeof({element}));"),
            0.8,
        )),
        _ => out.push(Suggestion::construct(format!("sizeof(*{pointer}));"), 0.8)),
    }
}

/// Whether `name` is declared a number in the lines above, as a variable (`int n;`, `size_t count = 0;`) or a
/// parameter (`int *make(int n)`).
fn declared_as_number(context: &Context<'_>, name: &str) -> bool {
    context.code_lines_above().take(60).any(|line| {
        NUMBER_TYPES.iter().any(|number| {
            line.match_indices(&format!("{number} {name}"))
                .any(|(at, found)| {
                    let before = line[..at].chars().next_back();
                    let after = line[at + found.len()..].trim_start().chars().next();
                    !before.is_some_and(is_identifier_char)
                        && matches!(after, Some(';' | '=' | ',' | ')'))
                })
        })
    })
}

/// The scalar types an allocated array of numbers is declared with.
const NUMBER_TYPES: &[&str] = &[
    "int",
    "long",
    "short",
    "float",
    "double",
    "unsigned",
    "unsigned int",
    "long long",
    "size_t",
    "int32_t",
    "int64_t",
    "uint8_t",
    "uint32_t",
    "uint64_t",
];

/// The names a count of elements goes by in everyday C, the most usual first.
const LENGTH_NAMES: &[&str] = &["n", "size", "count", "len", "length", "num", "capacity"];

/// `fprintf(stderr, ` or `printf(` in `if (argc < 2) {` -> `"Usage: %s <file>\n", argv[0]);`: a program given too
/// few arguments says how to call it, under the name it was called by.
fn usage_message(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::C
        || !context.prefix.is_empty()
        || !context.at_line_end()
    {
        return;
    }
    let typed = context.line_before.trim_start();
    if typed != "fprintf(stderr, " && typed != "printf(" {
        return;
    }
    let checks_count = context.previous_code_line().is_some_and(|line| {
        let line = line.trim();
        line.starts_with("if (argc < ") || line.starts_with("if (argc != ")
    });
    if checks_count && context.code_before_line().contains("char *argv[]") {
        out.push(Suggestion::construct(
            "\"Usage: %s <file>\\n\", argv[0]);",
            0.85,
        ));
    }
}

/// `using namespace ` -> `std;`: in everyday C++ the namespace brought in whole is the standard library's.
fn using_namespace(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.at_line_end()
        && context.before_prefix().trim() == "using namespace"
        && let Some(rest) = "std;".strip_prefix(context.prefix)
    {
        out.push(Suggestion::construct(rest, 0.9));
    }
}

/// `~` at the start of a line directly in the body of `class Foo`: `Foo();`, the destructor's declaration, unless
/// the class already declares one; after `virtual`, `Foo() = default;`.
fn destructor(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.before_prefix().trim();
    if !context.at_line_end() || !(typed == "~" || typed == "virtual ~") {
        return;
    }
    let tokens = context.tokens_before();
    // The `~` is the last token; the class body's brace must be the innermost one open.
    let before_tilde = tokens.split_last().map_or(tokens, |(_, rest)| rest);
    let Some(&brace) = open_braces(context, before_tilde).last() else {
        return;
    };
    let header = before_tilde
        .get(header_start(context, before_tilde, brace)..brace)
        .unwrap_or_default();
    let Some(class_name) = header.windows(2).find_map(|pair| {
        matches!(context.text(&pair[0]), "class" | "struct")
            .then(|| context.text(&pair[1]))
            .filter(|name| name.chars().all(is_identifier_char))
    }) else {
        return;
    };
    let declared = before_tilde
        .get(brace..)
        .unwrap_or_default()
        .iter()
        .chain(&context.scan.after)
        .collect::<Vec<_>>()
        .windows(2)
        .any(|pair| {
            pair[0].is_symbol(context.code, "~") && pair[1].is_word(context.code, class_name)
        });
    // A base class's virtual destructor exists to be inherited, and has nothing to do: defaulted there, it needs
    // no definition elsewhere (a bare declaration left undefined fails to link).
    let declaration = if typed == "virtual ~" {
        format!("{class_name}() = default;")
    } else {
        format!("{class_name}();")
    };
    if !declared
        && let Some(rest) = declaration.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, 0.9));
    }
}

/// The function of `std` the place asks for: `int n = std::st` -> `oi(` (a string becomes the declared number by the
/// conversion of its type, not `string`), `m.insert(std::make_` -> `pair(` (a map's entries are pairs).
fn std_function_for_place(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.member else {
        return;
    };
    if context.profile.language != Language::Cpp
        || access.separator != "::"
        || access.receiver != "std"
        || !context.at_line_end()
    {
        return;
    }
    let Some(before) = context
        .before_prefix()
        .trim()
        .strip_suffix("std::")
        .map(str::trim_end)
    else {
        return;
    };
    let wanted = if before.ends_with(".insert(") {
        "make_pair("
    } else {
        let Some((type_name, name)) = before
            .strip_suffix('=')
            .and_then(|declaration| declaration.trim_end().rsplit_once(' '))
        else {
            return;
        };
        if !is_plain_name(name) {
            return;
        }
        match type_name
            .trim()
            .strip_prefix("const ")
            .unwrap_or(type_name.trim())
        {
            "int" => "stoi(",
            "long" => "stol(",
            "long long" => "stoll(",
            "unsigned long" => "stoul(",
            "float" => "stof(",
            "double" => "stod(",
            _ => return,
        }
    };
    if let Some(rest) = wanted.strip_prefix(context.prefix) {
        out.push(Suggestion::member(rest, 0.92));
    }
}

/// The member a C++ class declares for a field an accessor names (`Name` -> `name`, `name_` or `m_name`).
fn declared_member(context: &Context<'_>, field: &str) -> Option<String> {
    let mut letters = field.chars();
    let first = letters.next()?;
    let plain = format!("{}{}", first.to_ascii_lowercase(), letters.as_str());
    if !is_plain_name(&plain) {
        return None;
    }
    // Declared in the class body above (`std::string name;`, `int age_ = 0;`).
    let before = context.code_before_line();
    [plain.clone(), format!("{plain}_"), format!("m_{plain}")]
        .into_iter()
        .find(|member| {
            [
                format!(" {member};"),
                format!(" {member} = "),
                format!(" {member}{{"),
            ]
            .iter()
            .any(|declaration| before.contains(declaration.as_str()))
        })
}

/// A C++ accessor's one statement: `return ` in `std::string getName() const {` -> `name;` (`int getAge() const {
/// return ` -> `age; }` on one line), `age = ` in `void setAge(int a) {` -> `a;`: the member the name says, and
/// the value the setter is given.
fn accessor_statement(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Cpp
        || !context.prefix.is_empty()
        || !context.at_line_end()
    {
        return;
    }
    let typed = context.line_before.trim();
    let inline = typed.ends_with("{ return");
    let getter = inline || typed == "return";
    let assigned = typed
        .strip_suffix(" =")
        .map(|target| target.trim_start_matches("this->"));
    if !getter && assigned.is_none_or(|target| !is_plain_name(target)) {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    // The accessor's first statement: its header is the line above (or the cursor's own).
    let header = if inline {
        Some(typed)
    } else {
        context.previous_code_line().map(str::trim)
    };
    let Some(header) = header
        .filter(|header| header.contains(&format!("{}(", function.name)) && header.contains('{'))
    else {
        return;
    };
    if getter {
        let field = function
            .name
            .strip_prefix("get_")
            .or_else(|| function.name.strip_prefix("get"));
        let Some(member) = field.and_then(|field| declared_member(context, field)) else {
            return;
        };
        if !function.parameters.is_empty() || header.starts_with("void ") {
            return;
        }
        let close = if inline { " }" } else { "" };
        out.push(Suggestion::construct(format!("{member};{close}"), 0.88));
        return;
    }
    let field = function
        .name
        .strip_prefix("set_")
        .or_else(|| function.name.strip_prefix("set"));
    let (Some(field), Some(target), [parameter]) =
        (field, assigned, function.parameters.as_slice())
    else {
        return;
    };
    if declared_member(context, field).as_deref() == Some(target) && parameter.name != target {
        out.push(Suggestion::construct(format!("{};", parameter.name), 0.88));
    }
}

/// `std::` right after `<<` on a line that writes to `std::cout` (or `cerr`, `clog`) and already wrote something:
/// `endl`, which ends such lines far more often than any other name of `std` follows a `<<` there.
fn stream_end_of_line(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.member else {
        return;
    };
    if access.separator != "::" || access.receiver != "std" || !context.at_line_end() {
        return;
    }
    let line = context.before_prefix().trim();
    let Some(written) = line
        .strip_suffix("std::")
        .and_then(|before| before.trim_end().strip_suffix("<<"))
    else {
        return;
    };
    let stream = ["cout <<", "cerr <<", "clog <<"]
        .iter()
        .any(|stream| written.contains(stream));
    if stream
        && let Some(rest) = "endl".strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, 0.9));
    }
}

/// `BankAccount(double b) : balance(` -> `b`: a constructor's initializer list stores each parameter in the member
/// it was passed for: the one named alike (`name(name)`, `m_name(name)`), else the one parameter whose name
/// begins the member's (`b` for `balance`).
fn initialized_member(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let after = context.line_after.trim_start();
    if context.member.is_some() || !(after.is_empty() || after.starts_with(')')) {
        return;
    }
    let typed = context.before_prefix();
    let Some(head) = typed.strip_suffix('(') else {
        return;
    };
    let before_member = head.trim_end_matches(is_identifier_char);
    let member = head.get(before_member.len()..).unwrap_or("");
    let before_member = before_member.trim_end();
    if member.is_empty() || !before_member.ends_with([':', ',']) {
        return;
    }
    // The header: `Name(params) : ` on the same line, the list's start after its closing parenthesis; or, when
    // the line starts the list (`: _M_base(__base), _M_n(`), the header above, back to the statement before it.
    let header = match before_member
        .find(") :")
        .or_else(|| before_member.find("):"))
    {
        Some(list_start) => before_member.get(..list_start),
        None if before_member.trim_start().starts_with(':') => {
            let code = context.code_before_line();
            code.get(code.rfind([';', '{', '}']).map_or(0, |at| at + 1)..)
                .and_then(|header| header.rsplit_once(')'))
                .map(|(header, _)| header)
        }
        None => None,
    };
    let Some((constructor, parameter_list)) = header.and_then(|header| header.split_once('('))
    else {
        return;
    };
    // A copy (or converting) constructor's parameter is an object of the class: its members, not itself, go in.
    let constructor = constructor.trim_end();
    let constructor = &constructor[word_start(constructor)..];
    let copies = !constructor.is_empty() && parameter_list.contains(constructor);
    let parameters: Vec<&str> = parameter_list
        .split(',')
        .filter_map(|parameter| {
            let parameter = parameter.split('=').next().unwrap_or(parameter).trim_end();
            let name = parameter.get(parameter.trim_end_matches(is_identifier_char).len()..)?;
            (!name.is_empty()).then_some(name)
        })
        .collect();
    // libstdc++'s `_M_n` and `__n` are named alike too.
    let bare = member
        .trim_start_matches("_M_")
        .trim_start_matches("m_")
        .trim_start_matches('_')
        .trim_end_matches('_');
    let plain = |name: &'_ str| {
        name.trim_start_matches('_')
            .trim_end_matches('_')
            .to_owned()
    };
    let named_alike: Vec<&str> = parameters
        .iter()
        .copied()
        .filter(|name| plain(name) == bare)
        .collect();
    let beginning: Vec<&str> = parameters
        .iter()
        .copied()
        .filter(|name| !plain(name).is_empty() && bare.starts_with(&plain(name)))
        .collect();
    let parameter = match (named_alike.as_slice(), beginning.as_slice()) {
        ([only], _) => *only,
        // libstdc++'s `_M_refcount(__r` is the object's member, not the parameter `__r` itself.
        ([], [only]) if !copies && !member.starts_with("_M_") => *only,
        _ => return,
    };
    let Some(rest) = parameter
        .strip_prefix(context.prefix)
        .filter(|rest| !rest.is_empty())
    else {
        return;
    };
    let close = if after.is_empty() { ")" } else { "" };
    out.push(Suggestion::construct(format!("{rest}{close}"), 0.88));
}

/// `cout << "Too high!" << en` -> `dl;` where the file says `using namespace std;` (or writes to a bare `cout`):
/// `endl` is the name of `std` such a line ends with, and no keyword (`enum`) can follow a `<<`. Left to the names
/// rule when the code has a name of its own starting alike (`end`, `entry`).
fn stream_end_typed(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let prefix = context.prefix;
    if context.member.is_some() || prefix.len() < 2 || !context.at_line_end() {
        return;
    }
    let Some(rest) = "endl".strip_prefix(prefix).filter(|rest| !rest.is_empty()) else {
        return;
    };
    let line = context.before_prefix().trim();
    if !line.ends_with("<<") {
        return;
    }
    let bare_stream = ["cout <<", "cerr <<", "clog <<"]
        .iter()
        .any(|stream| line.starts_with(stream));
    if !bare_stream {
        return;
    }
    let own_name = context.scan.names.iter().any(|stats| {
        stats.name != "endl" && stats.name != prefix && stats.name.starts_with(prefix)
    });
    if !own_name {
        out.push(Suggestion::construct(format!("{rest};"), 0.88));
    }
}

/// `std::cout << "Hello" << ` (nothing typed yet) -> `std::endl;`: after a finished message or a value, the line
/// ends; after a label (`"Total: " << `) the value comes first, so nothing is said. `endl;` alone where the file
/// says `using namespace std;`.
fn stream_end_after_operand(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty()
        || context.member.is_some()
        || !context.line_after.trim().is_empty()
    {
        return;
    }
    let line = context.line_before.trim();
    let Some(written) = line.strip_suffix("<<").map(str::trim_end) else {
        return;
    };
    let stream = ["cout <<", "cerr <<", "clog <<"]
        .iter()
        .any(|stream| line.starts_with(stream) || line.starts_with(&format!("std::{stream}")));
    // Something must be written already: `std::cout << ` alone is the start of the line's message.
    if !stream || written.ends_with("<<") || !written.contains("<<") {
        return;
    }
    let finished = if let Some(message) = written.strip_suffix('"') {
        !message.ends_with([' ', ':', '=', '(', '[', ',', '\\']) && !message.ends_with("\\n")
    } else {
        written.ends_with(|c: char| super::lexer::is_identifier_char(c) || c == ')')
    };
    if !finished {
        return;
    }
    let before = context.code.get(..context.cursor).unwrap_or_default();
    let text = if before.contains("using namespace std;") {
        "endl;"
    } else {
        "std::endl;"
    };
    out.push(Suggestion::construct(text, 0.8));
}

fn member_hints(context: &Context<'_>, access: &MemberAccess<'_>) -> MemberHints {
    let mut hints = MemberHints::default();
    if context.line_before.trim_start().starts_with('#') {
        return hints;
    }
    if access.separator == "::" {
        if let Some(members) = table_for(STD_MEMBERS, access.receiver) {
            hints.tables.push(MemberTable::known(members));
        }
        return hints;
    }
    if access.receiver == "this" && access.separator == "->" {
        let tokens = context.tokens_before();
        hints.found = enclosing_class_brace(context, tokens, &["class", "struct"])
            .map_or_else(Vec::new, |brace| {
                class_body_members(context, tokens, brace, ("this", "->"))
            });
        return hints;
    }
    if let Some(fields) = system_struct_fields(context, access.receiver) {
        hints.tables.push(MemberTable::known(fields));
        return hints;
    }
    let Some(declaration) = declaration_of(context, access.receiver) else {
        return hints;
    };
    // The standard containers are C++'s, and named as whole words (`bitmap_info_t` is no `map`). The container is
    // the outer type of the receiver's own declaration: `std::map<std::string, int>` is no string.
    let declared = last_declared_type(declaration);
    let outer = declared.split('<').next().unwrap_or(declared);
    let container = |name: &str| {
        context.profile.language == Language::Cpp && super::lexer::contains_word(outer, name)
    };
    // An adaptor or a sequence names the type of its elements (`std::queue<int>`): a project's own `stack` or
    // `list` struct is not the standard one.
    let adaptor = |name: &str| declared.contains('<') && container(name);
    if container("vector") {
        hints.tables.push(MemberTable::known(VECTOR_METHODS));
    } else if container("string") {
        hints.tables.push(MemberTable::known(STRING_METHODS));
    } else if container("map") || container("unordered_map") {
        hints.tables.push(MemberTable::known(MAP_METHODS));
    } else if container("set") || container("unordered_set") {
        hints.tables.push(MemberTable::known(SET_METHODS));
    } else if adaptor("queue") {
        hints.tables.push(MemberTable::known(QUEUE_METHODS));
    } else if adaptor("stack") || adaptor("priority_queue") {
        hints.tables.push(MemberTable::known(STACK_METHODS));
    } else if adaptor("deque") || adaptor("list") {
        hints.tables.push(MemberTable::known(DEQUE_METHODS));
    } else if container("thread") || container("jthread") {
        hints.tables.push(MemberTable::known(THREAD_METHODS));
    } else if container("ifstream") || container("ofstream") || container("fstream") {
        hints.tables.push(MemberTable::known(FILE_STREAM_METHODS));
    } else if let Some(type_name) = struct_name(declaration) {
        hints.found = struct_fields(
            context,
            type_name,
            context.profile.language == Language::Cpp,
        )
        .into_iter()
        .map(|field| (field.to_owned(), "", 2.0))
        .collect();
    }
    hints
}

/// The fields of a system struct the receiver is declared as (`struct dirent *entry;`, `struct timespec start,
/// end;`): the headers that define them are not in the code. The declaration is read from its line, since the
/// nearest mention may be a use (`stat(path, &st)`).
fn system_struct_fields(context: &Context<'_>, receiver: &str) -> Option<&'static [&'static str]> {
    if !is_plain_name(receiver) {
        return None;
    }
    context.code_lines_above().take(200).find_map(|line| {
        let (type_name, names) = line.strip_prefix("struct ")?.split_once(' ')?;
        let fields = table_for(SYSTEM_STRUCT_FIELDS, type_name)?;
        let declares = names.trim_end_matches(';').split(',').any(|part| {
            let name = part
                .split('=')
                .next()
                .unwrap_or("")
                .trim()
                .trim_start_matches('*');
            name == receiver
        });
        declares.then_some(fields)
    })
}

/// The fields of the C library's and POSIX's structs that programs read, most used first.
static SYSTEM_STRUCT_FIELDS: &[(&str, &[&str])] = &[
    ("dirent", &["d_name", "d_type", "d_ino"]),
    (
        "stat",
        &[
            "st_size", "st_mode", "st_mtime", "st_uid", "st_gid", "st_nlink", "st_ino", "st_dev",
        ],
    ),
    ("timespec", &["tv_sec", "tv_nsec"]),
    ("timeval", &["tv_sec", "tv_usec"]),
    (
        "tm",
        &[
            "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
            "tm_isdst",
        ],
    ),
    ("sigaction", &["sa_handler", "sa_flags", "sa_mask"]),
    ("sockaddr_in", &["sin_family", "sin_port", "sin_addr"]),
];

/// The struct or class a declaration names: `struct point *` -> `point`, `Point` -> `Point`.
pub(super) fn struct_name(declaration: &str) -> Option<&str> {
    declaration
        .split(|character: char| !super::lexer::is_identifier_char(character))
        .rfind(|word| {
            !word.is_empty()
                && !matches!(*word, "struct" | "const" | "class" | "static" | "unsigned")
        })
}

/// The fields of `struct name { ... }` (or C++'s `class`), in order.
fn struct_fields<'a>(context: &Context<'a>, name: &'a str, cpp: bool) -> Vec<&'a str> {
    context
        .struct_fields(name, cpp)
        .into_iter()
        .map(|field| field.name)
        .collect()
}

/// What a field holds, as far as a format conversion or a zero value cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FieldKind {
    /// A whole number (`int`, `size_t`, `long`, `bool`).
    Integer,
    /// A floating-point number.
    Real,
    /// A single `char`.
    Character,
    /// Text: `char *` or `char name[32]`.
    Text,
    /// A pointer to anything else (`struct Node *next`).
    Pointer,
    /// An array of anything but `char`.
    Array,
    /// Anything else (a nested struct, a type the code names).
    Other,
}

/// One field of a struct the code defines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Field<'a> {
    /// Its name.
    pub name: &'a str,
    /// What it holds.
    pub kind: FieldKind,
}

/// The fields of `struct name { ... }` (or C++'s `class`, or a `typedef struct { ... } name;`), in order, each with
/// what its declaration says it holds.
pub(super) fn typed_struct_fields<'a>(code: &'a str, name: &str, cpp: bool) -> Vec<Field<'a>> {
    // The whole `struct name` is searched, not every `struct ` (a 10,000-line file has thousands: reading each
    // cost half a millisecond on SQLite), and first only tested for (`contains` has the faster search).
    let keywords: &[&str] = if cpp {
        &["struct ", "class "]
    } else {
        &["struct "]
    };
    let definition = keywords.iter().find_map(|keyword| {
        let header = format!("{keyword}{name}");
        if !code.contains(&header) {
            return None;
        }
        // memchr's vectorised search: `match_indices` over a 400 KB window cost 200 µs.
        memchr::memmem::find_iter(code.as_bytes(), header.as_bytes()).find(|&index| {
            code.get(index + header.len()..)
                .is_some_and(|after| after.trim_start().starts_with('{'))
        })
    });
    let Some(rest) = definition
        .or_else(|| typedef_body(code, name))
        .and_then(|start| code.get(start..))
    else {
        return Vec::new();
    };
    // Lexed as it is read: the definition usually ends long before the bound.
    let tokens = Lexer::new(rest, &SYNTAX).take(5000);
    let mut fields = Vec::new();
    let mut depth = 0usize;
    let mut parentheses = 0usize;
    let mut last_name: Option<&str> = None;
    // The declaration's first word (its type, past `const`/`unsigned`) and whether its declarator has a `*`.
    let mut base: Option<&str> = None;
    let mut pointer = false;
    for token in tokens {
        let text = token.text(rest);
        // A method's parameters are not fields.
        match text {
            "(" => parentheses += 1,
            ")" => parentheses = parentheses.saturating_sub(1),
            _ => {}
        }
        if parentheses > 0 || text == ")" {
            last_name = None;
            continue;
        }
        match text {
            "{" => {
                depth += 1;
                base = None;
                pointer = false;
            }
            "}" => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    break;
                }
            }
            ";" | "," | "[" | "=" if depth == 1 => {
                if let Some(name) = last_name.take() {
                    let kind = field_kind(base.unwrap_or(""), pointer, text == "[");
                    fields.push(Field { name, kind });
                }
                pointer = false;
                if text == ";" {
                    base = None;
                }
            }
            "*" if depth == 1 => pointer = true,
            _ if depth == 1 && token.kind == TokenKind::Identifier => {
                if let Some(previous) = last_name
                    && base.is_none_or(|word| {
                        matches!(word, "const" | "unsigned" | "signed" | "struct" | "static")
                    })
                {
                    base = Some(previous);
                }
                last_name = Some(text);
            }
            _ => {}
        }
    }
    fields
}

/// What a field declared with type word `base` holds.
fn field_kind(base: &str, pointer: bool, array: bool) -> FieldKind {
    let character = base == "char";
    match (pointer, array) {
        (true, _) | (false, true) if character => FieldKind::Text,
        (true, _) => FieldKind::Pointer,
        (false, true) => FieldKind::Array,
        (false, false) => match base {
            "char" => FieldKind::Character,
            "float" | "double" => FieldKind::Real,
            "int" | "long" | "short" | "unsigned" | "signed" | "size_t" | "ssize_t" | "bool"
            | "_Bool" | "int8_t" | "int16_t" | "int32_t" | "int64_t" | "uint8_t" | "uint16_t"
            | "uint32_t" | "uint64_t" => FieldKind::Integer,
            _ => FieldKind::Other,
        },
    }
}

/// Where the body of the struct that `typedef struct { ... } name;` names opens (its `{`), for a type known only by
/// its typedef (`bitmap_info_t *binfo`).
fn typedef_body(code: &str, name: &str) -> Option<usize> {
    // `name;` is rare where `name` alone is everywhere (`sqlite3` in SQLite), and first only tested for.
    let ending = format!("{name};");
    if !code.contains(&ending) {
        return None;
    }
    let close = memchr::memmem::find_iter(code.as_bytes(), ending.as_bytes()).find_map(|at| {
        let before = code.get(..at)?.trim_end();
        let starts_word = !code
            .get(..at)?
            .chars()
            .next_back()
            .is_some_and(is_identifier_char);
        (starts_word && before.ends_with('}')).then(|| before.len() - 1)
    })?;
    let mut depth = 0_usize;
    let open = code
        .get(..=close)?
        .char_indices()
        .rev()
        .find_map(|(at, character)| {
            match character {
                '}' => depth += 1,
                '{' => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(at);
                    }
                }
                _ => {}
            }
            None
        })?;
    let header = code.get(..open)?.trim_end();
    let untagged = header.trim_end_matches(is_identifier_char).trim_end();
    let names_struct = |text: &str| text.ends_with("struct") || text.ends_with("union");
    (names_struct(header) || names_struct(untagged)).then_some(open)
}

/// `srand(time(` -> `NULL));`: seeding the random numbers from the clock, and C++'s `std::mt19937 gen(` ->
/// `rd());` under a `std::random_device rd;`.
fn seed_from_clock(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    if typed == "srand(time("
        || typed == "srand((unsigned) time("
        || typed == "srand((unsigned)time("
    {
        out.push(Suggestion::construct("NULL));", 0.88));
        return;
    }
    let seeded = [
        "std::mt19937 ",
        "mt19937 ",
        "std::mt19937_64 ",
        "std::default_random_engine ",
    ]
    .iter()
    .any(|engine| typed.starts_with(engine) && typed.ends_with('('));
    if !seeded {
        return;
    }
    let before_line = context.code_before_line();
    let device = before_line.lines().rev().take(5).find_map(|line| {
        let declared = line
            .trim()
            .strip_prefix("std::random_device ")?
            .strip_suffix(';')?;
        declared.chars().all(is_identifier_char).then_some(declared)
    });
    if let Some(device) = device.filter(|device| !device.is_empty()) {
        out.push(Suggestion::construct(format!("{device}());"), 0.88));
    }
}

/// `struct Node *` in `struct Node {` -> `next;`: the link of a linked list's node (once it has none).
fn link_to_next_node(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let Some(name) = super::idioms::defined_struct(context) else {
        return;
    };
    let typed = context.line_before.trim_start();
    let pointer = typed == format!("struct {name} *")
        || typed == format!("{name} *")
        || typed == format!("{name}* ");
    let has_next = context
        .code_before_line()
        .lines()
        .rev()
        .take_while(|line| !line.trim_end().ends_with('{'))
        .any(|line| line.contains("next"));
    if pointer && !has_next {
        out.push(Suggestion::construct("next;", 0.85));
    }
}

/// `std::reverse(s.begin(), ` -> `s.end());`: an algorithm over a whole container ends where the container does.
fn whole_range_end(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Cpp
        || !context.prefix.is_empty()
        || !context.at_line_end()
    {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some((call, container)) = typed
        .strip_suffix(".begin(), ")
        .and_then(|rest| rest.rsplit_once('('))
    else {
        return;
    };
    // The call starts the statement, or gives a declared variable its value (`int total = std::accumulate(`).
    let (declared_type, algorithm) = match call.split_once(" = ") {
        Some((declaration, algorithm)) => (declaration.split_whitespace().next(), algorithm),
        None => (None, call),
    };
    if container.is_empty() || !container.chars().all(is_identifier_char) {
        return;
    }
    // `*std::max_element(`: the element the iterator points at.
    let rest = match algorithm
        .trim_start_matches('*')
        .trim_start_matches("std::")
    {
        "sort" | "reverse" | "stable_sort" | "max_element" | "min_element" => {
            format!("{container}.end());")
        }
        // A search or a count takes the value sought next.
        "find" | "count" => format!("{container}.end(), "),
        // A sum starts from zero of the declared type: `0.0` makes `accumulate` add doubles.
        "accumulate" => match declared_type {
            Some("int" | "long" | "auto") => format!("{container}.end(), 0);"),
            Some("double" | "float") => format!("{container}.end(), 0.0);"),
            _ => return,
        },
        _ => return,
    };
    out.push(Suggestion::construct(rest, 0.88));
}

/// `std::string r(s.rbegin(), ` -> `s.rend());`: a copy made backwards ends where the original starts.
fn reversed_copy_end(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Cpp
        || !context.prefix.is_empty()
        || !context.at_line_end()
    {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some((declaration, container)) = typed
        .strip_suffix(".rbegin(), ")
        .and_then(|rest| rest.rsplit_once('('))
    else {
        return;
    };
    // A declaration's constructor (`std::string r(`): the one `(` the line opened.
    if !declaration.contains(['(', ')'])
        && !container.is_empty()
        && container.chars().all(is_identifier_char)
    {
        out.push(Suggestion::construct(format!("{container}.rend());"), 0.88));
    }
}

/// `s[i] = ` in a function named for upper (or lower) case -> `toupper(s[i]);` (`*s = ` -> `tolower(*s);`): the
/// character converted in place.
fn character_case_converted(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let Some(element) = context.line_before.trim_start().strip_suffix(" = ") else {
        return;
    };
    // `s[i]`, or the character a pointer walks (`*s`).
    let indexed = element
        .strip_suffix(']')
        .and_then(|rest| rest.split_once('['))
        .is_some_and(|(array, index)| {
            [array, index]
                .iter()
                .all(|name| !name.is_empty() && name.chars().all(is_identifier_char))
        })
        || element
            .strip_prefix('*')
            .is_some_and(|name| !name.is_empty() && name.chars().all(is_identifier_char));
    if !indexed {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let name = function.name.to_ascii_lowercase();
    let conversion = if name.contains("upper") {
        "toupper"
    } else if name.contains("lower") {
        "tolower"
    } else {
        return;
    };
    out.push(Suggestion::construct(
        format!("{conversion}({element});"),
        0.85,
    ));
}

/// `c = toupper(` -> `c);` (`s[i] = std::tolower(` -> `s[i]);`, after a loop's header on its line too): a character
/// converted in place is converted from itself.
fn converted_in_place(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(assignment) = ["toupper(", "tolower("]
        .iter()
        .find_map(|call| typed.strip_suffix(call))
        .map(|rest| rest.trim_end_matches("std::").trim_end_matches("::"))
        .and_then(|rest| rest.strip_suffix(" = "))
    else {
        return;
    };
    // After a loop's header on the same line: `for (char& c : s) c = `.
    let target = assignment
        .rsplit_once(") ")
        .map_or(assignment, |(_, target)| target);
    let plain = |name: &str| !name.is_empty() && name.chars().all(is_identifier_char);
    let character = plain(target)
        || target.strip_prefix('*').is_some_and(plain)
        || target
            .strip_suffix(']')
            .and_then(|rest| rest.split_once('['))
            .is_some_and(|(array, index)| plain(array) && plain(index));
    if character {
        out.push(Suggestion::construct(format!("{target});"), 0.86));
    }
}

/// `for (int i = 0; s[i] != ` -> `'\0'; i++) {`: a C string is walked up to its terminating zero.
fn string_end_test(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::C
        || !context.prefix.is_empty()
        || !context.at_line_end()
    {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some((initialization, element)) = typed
        .strip_prefix("for (int ")
        .and_then(|rest| rest.strip_suffix(" != "))
        .and_then(|rest| rest.split_once("; "))
    else {
        return;
    };
    let Some(index) = initialization.strip_suffix(" = 0") else {
        return;
    };
    let walks = element
        .strip_suffix(']')
        .and_then(|rest| rest.split_once('['))
        .is_some_and(|(string, subscript)| {
            subscript == index && !string.is_empty() && string.chars().all(is_identifier_char)
        });
    // Only a string of `char` ends with a zero: `char *s`, `char s[]`.
    let string = element.split('[').next().unwrap_or("");
    let before = context.code_before_line();
    let of_char = [
        format!("char *{string}"),
        format!("char* {string}"),
        format!("char {string}["),
    ]
    .iter()
    .any(|declaration| before.contains(declaration.as_str()));
    if walks && of_char && index.chars().all(is_identifier_char) {
        out.push(Suggestion::construct(format!("'\\0'; {index}++) {{"), 0.85));
    }
}

/// `pair.` in `for (const auto& pair : ages)` over a `std::map` -> `first`: an entry's key comes first, and
/// `second` once the line shows the key; the same for `it->` in `for (auto it = ages.begin(); ...)`.
fn map_entry_key(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Cpp || !context.prefix.is_empty() {
        return;
    }
    let Some(access) = context
        .member
        .filter(|access| matches!(access.separator, "." | "->"))
    else {
        return;
    };
    let header = context
        .code_lines_above()
        .find(|line| line.starts_with("for ("))
        .and_then(|line| line.strip_prefix("for ("));
    // `for (auto it = m.begin(); it != m.end(); ++it)`: an iterator's entry is reached with `->`.
    let walked = if access.separator == "->" {
        header
            .and_then(|header| header.split_once(".begin();"))
            .and_then(|(variable, _)| {
                let (variable, map) = variable.split_once(" = ")?;
                let name = variable.rsplit(' ').next()?;
                (name == access.receiver).then_some(map.trim())
            })
    } else {
        header
            .and_then(|header| header.split_once(" : "))
            .and_then(|(variable, rest)| {
                let name = variable.rsplit([' ', '&']).next()?;
                (name == access.receiver).then(|| rest.trim_end_matches(['{', ' ', ')']))
            })
    };
    let Some(map) = walked.filter(|map| is_plain_name(map)) else {
        return;
    };
    let is_map = declaration_of(context, map).is_some_and(|declaration| {
        let declaration = declaration.trim_start_matches("std::");
        declaration.starts_with("map<") || declaration.starts_with("unordered_map<")
    });
    if !is_map || context.before_prefix().trim_start().starts_with("for") {
        return;
    }
    // After the key on the same line (`pair.first << ": " << pair.`), the value.
    let key_shown = format!("{}{}first", access.receiver, access.separator);
    let member = if context.line_before.contains(&key_shown) {
        "second"
    } else {
        "first"
    };
    out.push(Suggestion::member(member, 0.88));
}

/// `Node(int d) : data(d), ` -> `next(nullptr) {}`, `Point(int x, int y) : x_(x), ` -> `y_(y) {}`: an initializer
/// list begun goes on with the parameters not used yet, each in the member named as the ones before it, then the
/// class's pointer members, which start null.
fn initializers_continued(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Cpp
        || !context.prefix.is_empty()
        || !context.at_line_end()
    {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some((head, begun)) = typed.split_once(") : ") else {
        return;
    };
    let Some(begun) = begun.strip_suffix(", ") else {
        return;
    };
    let Some((class, parameters)) = head.split_once('(') else {
        return;
    };
    let header = [format!("class {class} {{"), format!("struct {class} {{")];
    let Some(body) = context
        .code_before_line()
        .rsplit_once(header[0].as_str())
        .or_else(|| context.code_before_line().rsplit_once(header[1].as_str()))
        .map(|(_, body)| body)
    else {
        return;
    };
    // Each initializer written: `member(parameter)`.
    let written: Option<Vec<(&str, &str)>> = begun
        .split(", ")
        .map(|initializer| {
            let (member, value) = initializer.strip_suffix(')')?.split_once('(')?;
            (is_plain_name(member) && is_plain_name(value)).then_some((member, value))
        })
        .collect();
    let Some(written) = written else {
        return;
    };
    // The members are named from their parameters one way: `x_` for `x`, or `m_x`, or `x` itself.
    let naming = written.iter().find_map(|(member, value)| {
        let (before, after) = member.split_once(value)?;
        (matches!(before, "" | "m_") && matches!(after, "" | "_")).then_some((before, after))
    });
    let names: Option<Vec<&str>> = parameters
        .split(',')
        .filter(|parameter| !parameter.trim().is_empty())
        .map(|parameter| {
            let name = parameter.trim().rsplit([' ', '&', '*']).next()?;
            is_plain_name(name).then_some(name)
        })
        .collect();
    let Some(names) = names else {
        return;
    };
    let mut rest = Vec::new();
    for name in names {
        if written.iter().any(|(_, value)| *value == name) {
            continue;
        }
        let Some((before, after)) = naming else {
            return;
        };
        rest.push(format!("{before}{name}{after}({name})"));
    }
    // A pointer member the parameters do not give (`Node* next;`) starts null.
    for line in body.lines().map(str::trim) {
        let Some(declaration) = line.strip_suffix(';') else {
            continue;
        };
        let Some((type_name, member)) = declaration.rsplit_once(['*', ' ']) else {
            continue;
        };
        let pointer =
            type_name.ends_with('*') || declaration.contains("* ") || declaration.contains(" *");
        if pointer
            && is_plain_name(member)
            && !type_name.contains('(')
            && !written.iter().any(|(written, _)| *written == member)
        {
            rest.push(format!("{member}(nullptr)"));
        }
    }
    if !rest.is_empty() {
        out.push(Suggestion::construct(
            format!("{} {{}}", rest.join(", ")),
            0.85,
        ));
    }
}

/// A C++ constructor's header typed up to its initializer list (`Point(int x, int y) : `): the class's name and
/// the parameters as written.
fn constructor_before_initializers<'a>(context: &Context<'a>) -> Option<(&'a str, &'a str)> {
    if context.profile.language != Language::Cpp
        || !context.prefix.is_empty()
        || !context.at_line_end()
    {
        return None;
    }
    let header = context.line_before.trim_start();
    header
        .strip_prefix("explicit ")
        .unwrap_or(header)
        .strip_suffix(") : ")
        .and_then(|rest| rest.split_once('('))
}

/// `MyError(const std::string& msg) : ` -> `std::runtime_error(msg) {}` in `class MyError : public
/// std::runtime_error`: a custom exception hands its message to the standard one it extends.
fn exception_base_constructor(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some((class, parameters)) = constructor_before_initializers(context) else {
        return;
    };
    let Some(parameter) = parameters.rsplit([' ', '&', '*']).next().filter(|name| {
        !parameters.contains(',') && !name.is_empty() && name.chars().all(is_identifier_char)
    }) else {
        return;
    };
    let base = context.code_lines_above().find_map(|line| {
        let header = line
            .strip_prefix("class ")
            .or_else(|| line.strip_prefix("struct "))?;
        let (name, parent) = header.split_once(" : ")?;
        let parent = parent
            .trim_end_matches('{')
            .trim()
            .trim_start_matches("public ")
            .trim();
        (name.trim() == class).then_some(parent)
    });
    let Some(base) = base.filter(|base| {
        base.starts_with("std::") && (base.ends_with("_error") || base.ends_with("exception"))
    }) else {
        return;
    };
    out.push(Suggestion::construct(
        format!("{base}({parameter}) {{}}"),
        0.85,
    ));
}

/// `while (ss >> ` -> `word) {` under `std::string word;`: a stream is read into the variable declared just for
/// it.
fn read_word_by_word(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Cpp
        || !context.prefix.is_empty()
        || !context.at_line_end()
    {
        return;
    }
    let Some(stream) = context
        .line_before
        .trim_start()
        .strip_prefix("while (")
        .and_then(|rest| rest.strip_suffix(" >> "))
        .filter(|stream| {
            !stream.is_empty() && stream.chars().all(|c| is_identifier_char(c) || c == ':')
        })
    else {
        return;
    };
    let Some(variable) = context.code_lines_above().next().and_then(|line| {
        let declaration = line.strip_suffix(';')?;
        let (kind, name) = declaration.rsplit_once(' ')?;
        let plain = matches!(kind, "std::string" | "string" | "int" | "double" | "char");
        (plain && !name.is_empty() && name.chars().all(is_identifier_char)).then_some(name)
    }) else {
        return;
    };
    // The stream is one the code declared (`std::stringstream ss(line);`, `std::ifstream file(...)`) or `cin`.
    let declared = stream == "std::cin"
        || stream == "cin"
        || context.code_lines_above().take(10).any(|line| {
            line.contains("stream ")
                && line
                    .split_once("stream ")
                    .is_some_and(|(_, rest)| rest.starts_with(stream))
        });
    if declared {
        out.push(Suggestion::construct(format!("{variable}) {{"), 0.85));
    }
}

/// `std::string speak() const ` -> `override {` in `class Dog : public Animal` where `Animal` declares `virtual
/// std::string speak() const`: the subclass's method overrides the parent's.
fn overriding_method(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Cpp
        || !context.prefix.is_empty()
        || !context.at_line_end()
    {
        return;
    }
    let typed = context.line_before.trim();
    if !(typed.ends_with(')') || typed.ends_with(") const")) || typed.starts_with("virtual") {
        return;
    }
    let Some(name) = typed
        .split_once('(')
        .and_then(|(head, _)| head.rsplit([' ', '*', '&']).next())
        .filter(|name| !name.is_empty() && name.chars().all(is_identifier_char))
    else {
        return;
    };
    let Some(parent) = context.code_lines_above().find_map(|line| {
        let (_, parent) = line.strip_prefix("class ")?.split_once(" : ")?;
        Some(
            parent
                .trim_end_matches('{')
                .trim()
                .trim_start_matches("public ")
                .trim(),
        )
    }) else {
        return;
    };
    // The parent's body, earlier in the file, declares the method virtual.
    let code = context.code_before_line();
    let Some(start) = code
        .find(&format!("class {parent} "))
        .or_else(|| code.find(&format!("class {parent}{{")))
    else {
        return;
    };
    let body = code.get(start..).unwrap_or("");
    let body = body
        .get(..body.find("};").unwrap_or(body.len()))
        .unwrap_or("");
    let signature = typed.split_once('(').map_or("", |(_, rest)| rest);
    let virtual_there = body.lines().any(|line| {
        let line = line.trim();
        line.starts_with("virtual ")
            && line.contains(&format!(" {name}("))
            && line.split_once('(').is_some_and(|(_, rest)| {
                rest.starts_with(signature.trim_end_matches(" const").trim_end_matches(')'))
            })
    });
    if virtual_there {
        out.push(Suggestion::construct("override {", 0.85));
    }
}

/// `if (!in.` -> `is_open()) {` for a file stream declared above (`std::ifstream in("data.txt");`): a file that
/// failed to open is tested first.
fn stream_opened_test(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Cpp || !context.prefix.is_empty() {
        return;
    }
    let Some(access) = context.dot_member() else {
        return;
    };
    if context.before_receiver(&access).map(str::trim_start) != Some("if (!") {
        return;
    }
    let file_stream = context.code_lines_above().take(10).any(|line| {
        [
            "std::ifstream ",
            "std::ofstream ",
            "ifstream ",
            "ofstream ",
            "std::fstream ",
        ]
        .iter()
        .any(|kind| {
            line.strip_prefix(kind)
                .is_some_and(|rest| rest.starts_with(&format!("{}(", access.receiver)))
        })
    });
    if file_stream {
        out.push(Suggestion::member("is_open()) {", 0.88));
    }
}

/// `token = strtok(` in the loop over a string's tokens -> `NULL, ",");`: the later calls go on through the same
/// string, with the delimiters of the first one.
fn next_token(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::C
        || !context.prefix.is_empty()
        || !context.at_line_end()
    {
        return;
    }
    let typed = context.line_before.trim_start();
    let continues = typed
        .strip_suffix(" = strtok(")
        .is_some_and(|token| !token.is_empty() && token.chars().all(is_identifier_char));
    if !continues {
        return;
    }
    let delimiters = context.code_lines_above().take(15).find_map(|line| {
        let call = line.split_once("strtok(")?.1;
        let (string, rest) = call.split_once(", ")?;
        let delimiters = rest.strip_suffix(");")?;
        (string != "NULL" && delimiters.starts_with('"') && delimiters.ends_with('"'))
            .then_some(delimiters)
    });
    if let Some(delimiters) = delimiters {
        out.push(Suggestion::construct(format!("NULL, {delimiters});"), 0.88));
    }
}

/// `line[strcspn(line, ` -> `"\n")] = '\0';`: the newline `fgets` keeps is cut off where it is.
fn strip_newline(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !matches!(context.profile.language, Language::C | Language::Cpp)
        || !context.prefix.is_empty()
        || !context.at_line_end()
    {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some((buffer, searched)) = typed
        .strip_suffix(", ")
        .and_then(|rest| rest.split_once("[strcspn("))
    else {
        return;
    };
    if buffer == searched && !buffer.is_empty() && buffer.chars().all(is_identifier_char) {
        out.push(Suggestion::construct("\"\\n\")] = '\\0';", 0.88));
    }
}

/// `std::transform(s.begin(), s.end(), s.begin(), ` -> `::toupper);` in a function named for upper (or lower)
/// case: the string converted in place, character by character.
fn case_transform(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Cpp
        || !context.prefix.is_empty()
        || !context.at_line_end()
    {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(arguments) = typed
        .strip_prefix("std::transform(")
        .or_else(|| typed.strip_prefix("transform("))
        .and_then(|rest| rest.strip_suffix(", "))
    else {
        return;
    };
    let in_place = match arguments.split(", ").collect::<Vec<_>>().as_slice() {
        [begin, end, output] => {
            let container = begin.strip_suffix(".begin()").unwrap_or("");
            !container.is_empty()
                && *end == format!("{container}.end()")
                && *output == format!("{container}.begin()")
        }
        _ => false,
    };
    if !in_place {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let name = function.name.to_ascii_lowercase();
    let conversion = if name.contains("upper") {
        "::toupper);"
    } else if name.contains("lower") {
        "::tolower);"
    } else {
        return;
    };
    out.push(Suggestion::construct(conversion, 0.88));
}

/// The names the window declares as C strings (`char s[] = "hi";`, `char dest[20];`, `char *name = ...;`), with
/// whether each was given a value.
fn declared_strings<'a>(context: &Context<'a>) -> Vec<(&'a str, bool)> {
    /// How many lines above are read: a beginner's `main`.
    const LINES: usize = 60;
    context
        .code_lines_above()
        .take(LINES)
        .filter_map(|line| {
            let declaration = line
                .strip_prefix("const char ")
                .or_else(|| line.strip_prefix("char "))?
                .trim_end_matches(';');
            let (declarator, value) = match declaration.split_once(" = ") {
                Some((declarator, value)) => (declarator, Some(value)),
                None => (declaration, None),
            };
            if declarator.contains(',') {
                return None;
            }
            let name = declarator.trim_start_matches('*').split('[').next()?.trim();
            is_plain_name(name).then_some((name, value.is_some()))
        })
        .collect()
}

/// The one `char name[N];` declared in the lines above and not used since: the buffer the next call writes into
/// (`memset(`, `snprintf(`, `sprintf(`, `strcpy(` take it first). With two such buffers the call is the one to say.
fn fresh_buffer<'a>(context: &Context<'a>) -> Option<&'a str> {
    /// How many lines above are read: a function's opening.
    const LINES: usize = 30;
    let lines: Vec<&str> = context.code_lines_above().take(LINES).collect();
    let mut buffers = lines.iter().enumerate().filter_map(|(index, line)| {
        let declarator = line.strip_prefix("char ")?.strip_suffix(';')?;
        let (name, size) = declarator.split_once('[')?;
        let unused = !lines[..index]
            .iter()
            .any(|later| contains_word(later, name));
        (is_plain_name(name) && size.ends_with(']') && !size.contains(',') && unused)
            .then_some(name)
    });
    let buffer = buffers.next()?;
    buffers.next().is_none().then_some(buffer)
}

/// The call that ends what a call of the same family began takes the handle that one was given: `regfree(` ->
/// `&re);` after `regcomp(&re, ...)`, `pthread_mutex_unlock(` -> `&lock);` after `pthread_mutex_lock(&lock)`,
/// `sqlite3_close(` -> `db);` after `sqlite3_open("app.db", &db)` (an out-parameter: the handle itself is
/// passed back), `pthread_join(` -> `th, NULL);` after `pthread_create(&th, ...)`.
fn paired_release(context: &Context<'_>, typed: &str) -> Option<String> {
    // (what ends, what began it): the family is the name's common start (`regcomp` and `regfree`).
    const PAIRS: &[(&str, &[&str])] = &[
        ("unlock(", &["lock("]),
        ("destroy(", &["init("]),
        ("free(", &["comp(", "init("]),
        ("close(", &["open(", "open_v2("]),
        ("join(", &["create("]),
    ];
    let call = typed.strip_suffix('(')?;
    if !is_plain_name(call) {
        return None;
    }
    let (family, ending, beginnings) = PAIRS.iter().find_map(|(ending, beginnings)| {
        let family = typed.strip_suffix(ending)?;
        // `free(` and `fclose(` alone belong to `malloc` and `fopen`, read above.
        (family.len() > 1).then_some((family, *ending, *beginnings))
    })?;
    let threads = ending == "join(";
    if threads && family != "pthread_" {
        return None;
    }
    let (began, arguments) = context.code_lines_above().take(60).find_map(|line| {
        beginnings.iter().find_map(|beginning| {
            let start = line.find(&format!("{family}{beginning}"))?;
            if start > 0 && line[..start].ends_with(is_identifier_char) {
                return None;
            }
            let arguments = &line[start + family.len() + beginning.len()..];
            Some((line, arguments.split(')').next()?))
        })
    })?;
    // One handle given by address: with two (`witness_lock(&tsdn, &b)`), the ending takes both.
    let mut handles = arguments
        .split(',')
        .map(str::trim)
        .enumerate()
        .filter_map(|(position, argument)| Some((position, argument.strip_prefix('&')?)));
    let (Some((position, handle)), None) = (handles.next(), handles.next()) else {
        return None;
    };
    if !is_plain_name(handle) {
        return None;
    }
    // The object itself was given by address (`&re`); an out-parameter filled a pointer, passed on as is.
    let argument = if position == 0 && !threads {
        format!("&{handle}")
    } else {
        handle.to_owned()
    };
    let ended = format!("{typed}{argument}");
    if context
        .code_lines_above()
        .take_while(|line| *line != began)
        .any(|line| line.contains(&ended))
    {
        return None;
    }
    Some(if threads {
        format!("{argument}, NULL);")
    } else {
        format!("{argument});")
    })
}

/// `pthread_mutex_` (or `pthread_mutex_un`, or `pthread_mu`) at a statement's start after `pthread_mutex_lock(&lock);`
/// -> `unlock(&lock);` (`lock(&lock);`, `tex_unlock(&lock);`): the family's ending call, once its beginning is above and not yet ended (the
/// name alone would be the beginning again).
fn paired_release_named(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.prefix;
    if context.line_before.trim_start() != typed || !context.at_line_end() || typed.len() < 4 {
        return;
    }
    // `pthread_mu` under `pthread_mutex_lock(&lock);`: the family is the one a call above began.
    for line in context.code_lines_above().take(12) {
        let Some((family, _)) = line.split_once("_lock(").filter(|(family, _)| {
            family.chars().all(super::lexer::is_identifier_char) && !family.is_empty()
        }) else {
            continue;
        };
        let ending = format!("{family}_unlock");
        if let Some(rest) = ending
            .strip_prefix(typed)
            .filter(|rest| rest.len() > "unlock".len())
            && let Some(argument) = paired_release(context, &format!("{ending}("))
        {
            out.push(Suggestion::construct(format!("{rest}({argument}"), 0.9));
            return;
        }
    }
    // The ending may be begun already (`pthread_mutex_un`).
    let Some(family_end) = typed.rfind('_').map(|at| at + 1) else {
        return;
    };
    let (family, begun) = typed.split_at(family_end);
    if family.len() < 3 || context.line_before.trim_start() != typed || !context.at_line_end() {
        return;
    }
    for ending in ["unlock", "destroy", "free", "close", "join"] {
        let Some(rest) = ending.strip_prefix(begun) else {
            continue;
        };
        if let Some(argument) = paired_release(context, &format!("{family}{ending}(")) {
            out.push(Suggestion::construct(format!("{rest}({argument}"), 0.9));
            return;
        }
    }
}

/// `auto node = std::make_unique<` -> `Node>();` (`make_shared` alike) for the one class or struct the file
/// declares; `Node>(` when its constructor takes arguments.
fn smart_pointer_made(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Cpp || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(before) = typed
        .strip_suffix(context.prefix)
        .and_then(|typed| {
            typed
                .strip_suffix("make_unique<")
                .or_else(|| typed.strip_suffix("make_shared<"))
        })
        .map(|before| before.strip_suffix("std::").unwrap_or(before))
    else {
        return;
    };
    let classes: Vec<&str> = context
        .code_lines_above()
        .filter_map(|line| {
            let rest = line
                .strip_prefix("class ")
                .or_else(|| line.strip_prefix("struct "))?;
            let name = rest
                .split(|c: char| !super::lexer::is_identifier_char(c))
                .next()?;
            // `class Node;` only declares it ahead.
            let ahead = rest
                .get(name.len()..)
                .is_some_and(|after| after.trim() == ";");
            (is_plain_name(name) && !ahead).then_some(name)
        })
        .collect();
    let [class] = classes.as_slice() else {
        return;
    };
    let Some(rest) = class.strip_prefix(context.prefix) else {
        return;
    };
    let takes_arguments = context.code_lines_above().any(|line| {
        line.strip_prefix(class)
            .and_then(|rest| rest.strip_prefix('('))
            .is_some_and(|arguments| !arguments.starts_with(')'))
    });
    let statement = before.ends_with(" = ") || before.starts_with("return ");
    let text = if takes_arguments {
        format!("{rest}>(")
    } else if statement {
        format!("{rest}>();")
    } else {
        format!("{rest}>()")
    };
    out.push(Suggestion::construct(text, 0.85));
}

/// `int len = str` -> `len(s);`: a length declared from the one string the code has is its `strlen`.
fn length_of_string(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(declaration) = context
        .line_before
        .trim_start()
        .strip_suffix(context.prefix)
        .and_then(|before| before.strip_suffix(" = "))
    else {
        return;
    };
    let Some(rest) = "strlen".strip_prefix(context.prefix) else {
        return;
    };
    let named_length = declaration
        .rsplit(' ')
        .next()
        .is_some_and(|name| matches!(name, "len" | "length" | "n" | "size" | "l"));
    let typed_length = ["int ", "size_t ", "unsigned ", "long "]
        .iter()
        .any(|type_name| declaration.starts_with(type_name));
    if context.prefix.len() < 3 || !named_length || !typed_length {
        return;
    }
    if let [(only, true)] = declared_strings(context).as_slice() {
        out.push(Suggestion::construct(format!("{rest}({only});"), 0.86));
    }
}

/// C's everyday calls on what the code declared: `free(` -> the block it allocated (`arr`), `strlen(` -> its one
/// string, `strcpy(` -> `dest, src);` (the empty array, then the one with a value), `memset(` -> `buf, 0,
/// sizeof(buf));` and `snprintf(` -> `buf, sizeof(buf), ` for the buffer just declared, `if (strcmp(a, b) ` ->
/// `== 0) {`; and C++'s `std::getline(std::cin, ` -> its one `std::string`, `int total = std::accumulate(v.begin(),
/// v.end(), ` -> `0);`.
fn string_and_memory_call(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language == Language::C && context.at_line_end() {
        length_of_string(context, out);
    }
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let statement = |call: &str| {
        typed
            .strip_suffix(call)
            .is_some_and(|before| before.is_empty() || before.ends_with(" = "))
    };
    let mut push = |text: String| out.push(Suggestion::construct(text, 0.85));
    // `free(` gives back what `malloc` made, `fclose(` closes what `fopen` opened.
    let release = match typed {
        "free(" => Some(("free(", &["malloc(", "calloc(", "realloc("][..])),
        "fclose(" => Some(("fclose(", &["fopen("][..])),
        _ => None,
    };
    if let Some((release, acquisitions)) = release {
        let allocated = context.code_lines_above().take(60).find_map(|line| {
            let (declaration, value) = line.split_once(" = ")?;
            let name = declaration.rsplit([' ', '*']).next()?;
            let allocates = acquisitions.iter().any(|call| value.starts_with(call));
            (allocates && is_plain_name(name)).then_some(name)
        });
        let freed = |name: &str| {
            context
                .code_lines_above()
                .take(60)
                .any(|line| line.starts_with(&format!("{release}{name})")))
        };
        // The name alone: the caller's closing follows.
        if let Some(name) = allocated.filter(|name| !freed(name)) {
            push(name.to_owned());
        }
        return;
    }
    if let Some(argument) = paired_release(context, typed) {
        push(argument);
        return;
    }
    // Only the call is closed: `if (strcmp(a, b) == 0) ` already has its test.
    if typed.starts_with("if (strcmp(")
        && typed.ends_with(") ")
        && typed.matches('(').count() == 2
        && typed.matches(')').count() == 1
    {
        push("== 0) {".to_owned());
        return;
    }
    if context.profile.language == Language::C {
        let strings = declared_strings(context);
        if statement("strlen(")
            && let [(only, true)] = strings.as_slice()
        {
            push(format!("{only});"));
        }
        let empty: Vec<&str> = strings
            .iter()
            .filter(|(_, set)| !set)
            .map(|(name, _)| *name)
            .collect();
        let filled: Vec<&str> = strings
            .iter()
            .filter(|(_, set)| *set)
            .map(|(name, _)| *name)
            .collect();
        if let ([destination], [source]) = (empty.as_slice(), filled.as_slice()) {
            if typed == "strcpy(" {
                push(format!("{destination}, {source});"));
            } else if typed == format!("strcpy({destination}, ") {
                push(format!("{source});"));
            }
        }
        if let Some(buffer) = fresh_buffer(context) {
            match typed {
                "memset(" => push(format!("{buffer}, 0, sizeof({buffer}));")),
                "snprintf(" => push(format!("{buffer}, sizeof({buffer}), ")),
                "sprintf(" | "strcat(" | "strncpy(" => push(format!("{buffer}, ")),
                "strcpy(" if filled.is_empty() => push(format!("{buffer}, ")),
                _ => {}
            }
        }
        return;
    }
    if typed == "std::getline(std::cin, " {
        let strings: Vec<&str> = context
            .code_lines_above()
            .take(20)
            .filter_map(|line| {
                let name = line.strip_prefix("std::string ")?.strip_suffix(';')?;
                is_plain_name(name).then_some(name)
            })
            .collect();
        if let [only] = strings.as_slice() {
            push(format!("{only});"));
        }
        return;
    }
    // A sum starts from the zero of the type it is kept in: the variable's, or the function's it is returned from.
    // A product (`double product = std::accumulate(`) starts from one, with `std::multiplies`: only a declared
    // `int` or a function named for a sum is sure to add.
    let returned = || {
        enclosing_function(context)
            .filter(|function| {
                let name = function.name.to_ascii_lowercase();
                name.contains("sum") || name.contains("total")
            })
            .and_then(|function| function.results.first().copied())
            .unwrap_or("")
    };
    let (kept_in, range) = match typed.split_once(" = std::accumulate(") {
        Some((declared, range)) if declared.starts_with("int ") => ("int", range),
        Some(_) => return,
        None => match typed.strip_prefix("return std::accumulate(") {
            Some(range) => (returned(), range),
            None => return,
        },
    };
    let zero = match kept_in {
        "int" | "long" => "0",
        "double" => "0.0",
        _ => return,
    };
    if let Some((begin, end)) = range
        .strip_suffix(", ")
        .and_then(|range| range.split_once(", "))
        && begin.strip_suffix(".begin()") == end.strip_suffix(".end()")
    {
        push(format!("{zero});"));
    }
}

/// What a C buffer's calls and stores leave no choice about: `strncmp(line, "GET ", ` -> `4) == 0`, the literal's
/// length (a prefix test); `memset(buf, 0, sizeof(` -> `buf));` for an array; `name[sizeof(name) - 1] = ` and
/// `line[len - 1] = ` -> `'\0';` for a `char` buffer, whose last place holds the terminator.
fn buffer_arguments(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    if let Some((before, literal)) = typed
        .strip_suffix("\", ")
        .and_then(|rest| rest.rsplit_once('"'))
        && let Some(call) = before.strip_suffix(", ")
        && let Some((head, first)) = call.rsplit_once("strncmp(")
        && is_plain_name(first.trim_start_matches(['*', '&']))
        && let Some(length) = literal_length(literal)
    {
        let test = match head.trim_start_matches("} else ") {
            "if (" | "while (" => ") == 0) {",
            "if (!" | "while (!" => ")) {",
            "return " | "return !" => ");",
            _ => ")",
        };
        out.push(Suggestion::construct(format!("{length}{test}"), 0.88));
        return;
    }
    let declared_array = |name: &str, element: &str| {
        context
            .code_lines_above()
            .take(40)
            .any(|line| line.starts_with(element) && line.contains(&format!(" {name}[")))
    };
    if let Some(buffer) = typed
        .strip_prefix("memset(")
        .and_then(|rest| rest.strip_suffix(", sizeof("))
        .and_then(|rest| rest.split_once(", "))
        .map(|(buffer, _)| buffer)
        .filter(|buffer| is_plain_name(buffer) && declared_array(buffer, ""))
    {
        out.push(Suggestion::construct(format!("{buffer}));"), 0.88));
        return;
    }
    let Some(stored) = typed
        .strip_suffix(" - 1] = ")
        .and_then(|rest| rest.rsplit_once('['))
        .map(|(head, _)| head)
    else {
        return;
    };
    let name_start = super::lexer::trailing_identifier_start(stored);
    let name = stored.get(name_start..).unwrap_or("");
    let head = stored.get(..name_start).unwrap_or("");
    let char_buffer = declared_array(name, "char ")
        || context.code_lines_above().take(40).any(|line| {
            line.contains(&format!("char *{name})")) || line.contains(&format!("char *{name},"))
        });
    if is_plain_name(name) && (head.is_empty() || head.ends_with([' ', ')'])) && char_buffer {
        out.push(Suggestion::construct("'\\0';", 0.86));
    }
}

/// How many characters a C string literal's text stands for (`ab\n` -> 3), `None` for an empty one or one with a
/// numeric escape, whose length this simple count cannot tell.
fn literal_length(literal: &str) -> Option<usize> {
    let mut length = 0;
    let mut characters = literal.chars();
    while let Some(character) = characters.next() {
        if character == '\\' {
            let escaped = characters.next()?;
            if escaped.is_ascii_digit() || escaped == 'x' {
                return None;
            }
        }
        length += 1;
    }
    (length > 0).then_some(length)
}

/// `for (int i = 1; i < argc; i++) { printf("%s\n", ` -> `argv[i]);`: a loop over the command line prints its
/// arguments, not their index.
fn argument_of_argument_loop(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(format) = ["printf(\"", "puts(", "std::cout << "]
        .iter()
        .find_map(|call| typed.strip_prefix(call))
    else {
        return;
    };
    let takes_one_string = typed.starts_with("printf(\"")
        && format.ends_with("\", ")
        && format.matches('%').count() == 1
        && format.contains("%s");
    if !takes_one_string && typed != "puts(" {
        return;
    }
    let mut above = context.code_lines_above().take(4);
    let Some(index) = above.find_map(|line| {
        let header = line.trim().strip_prefix("for (")?;
        let (start, rest) = header.split_once(';')?;
        let index = start.trim().strip_prefix("int ")?.split('=').next()?.trim();
        (is_plain_name(index) && rest.trim_start().starts_with(&format!("{index} < argc;")))
            .then_some(index)
    }) else {
        return;
    };
    out.push(Suggestion::construct(format!("argv[{index}]);"), 0.86));
}

/// The erase-remove idiom's second half: `v.erase(std::remove_if(v.begin(), v.end(), pred), ` -> `v.end());`
/// (what `remove` moved to the back is erased up to the end).
fn erase_removed(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Cpp
        || !context.prefix.is_empty()
        || !context.at_line_end()
    {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some((container, call)) = typed.split_once(".erase(") else {
        return;
    };
    let removes = ["std::remove_if(", "std::remove(", "remove_if(", "remove("]
        .iter()
        .any(|remove| call.starts_with(remove));
    let outside_strings: String = call.split(['"', '\'']).step_by(2).collect();
    let open = outside_strings.matches('(').count() + 1;
    let closed = outside_strings.matches(')').count();
    if removes
        && is_plain_name(container)
        && call.ends_with("), ")
        && open == closed + 1
        && call.contains(&format!("{container}.begin()"))
    {
        out.push(Suggestion::construct(format!("{container}.end());"), 0.88));
    }
}

/// `free(arr);` then `arr = ` -> `NULL;` (C++'s `delete p;` then `p = ` -> `nullptr;`): a pointer just released
/// is cleared so it is not used again.
fn cleared_after_release(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let Some(pointer) = context.line_before.trim_start().strip_suffix(" = ") else {
        return;
    };
    if pointer.is_empty()
        || !pointer
            .chars()
            .all(|c| is_identifier_char(c) || c == '.' || c == '>' || c == '-')
    {
        return;
    }
    let Some(previous) = context.previous_code_line().map(str::trim) else {
        return;
    };
    let cpp = context.profile.language == Language::Cpp;
    let freed = previous == format!("free({pointer});");
    let deleted =
        previous == format!("delete {pointer};") || previous == format!("delete[] {pointer};");
    let text = if freed && !cpp {
        "NULL;"
    } else if (freed || deleted) && cpp {
        if context.code.contains("NULL") && !context.code.contains("nullptr") {
            "NULL;"
        } else {
            "nullptr;"
        }
    } else {
        return;
    };
    out.push(Suggestion::construct(text, 0.86));
}

/// `if (pos != std::string::` -> `npos) {`: a position compared with a `std::string` constant is compared with
/// `npos`, the one a failed `find` returns.
fn position_not_found(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Cpp || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    // `string::` alone under `using namespace std;`.
    let Some(before) = typed.strip_suffix(context.prefix).and_then(|typed| {
        typed.strip_suffix("std::string::").or_else(|| {
            typed.strip_suffix("string::").filter(|before| {
                before.ends_with(' ') && context.code.contains("using namespace std;")
            })
        })
    }) else {
        return;
    };
    if !before.ends_with("!= ") && !before.ends_with("== ") {
        return;
    }
    let Some(rest) = "npos"
        .strip_prefix(context.prefix)
        .filter(|rest| !rest.is_empty())
    else {
        return;
    };
    let condition = before.starts_with("if (") || before.starts_with("while (");
    let open = before
        .matches('(')
        .count()
        .saturating_sub(before.matches(')').count());
    let text = if condition && open == 1 {
        format!("{rest}) {{")
    } else if !condition && open == 0 && before.contains(" = ") {
        format!("{rest};")
    } else {
        rest.to_owned()
    };
    out.push(Suggestion::member(text, 0.9));
}
