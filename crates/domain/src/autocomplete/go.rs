//! Go: syntax, keywords, standard packages and its error-handling idiom.
//!
//! Constructs: `if err` -> ` != nil {`, and under it `return` with the zero values of the function's other results
//! and `err`; loop headers (`for ` -> `_, item := range items {`, `for i := 0` -> `; i < len(items); i++ {`);
//! `case ` in a `switch`; the value after `return` (with `, nil` when the function also returns an error);
//! `func main` -> `() {`; the everyday idioms: `if err != nil {` on the line after a statement that assigns `err`,
//! `s = append(` -> `s, `, `make(` -> `chan ` or `map[` when the name says which, `import ` after `package` ->
//! `"fmt"`, `defer ` -> the release of what was just acquired (`f.Close()`, `mu.Unlock()`, `cancel()`), `&` in a
//! call -> the variable declared just above to be filled (`Decode(&req)`). In strings: a struct's tags and a
//! standard import's path (`"net/ht` -> `tp"`). Members: the standard packages (`fmt.`, `strings.`, `os.`, ...).
//! Declarations read from their doc comments (`func ` and its name under `// Minor returns ...`, a struct's field
//! under its own), `import ` after the `package` clause, and the final `return` of the local built to be returned.

use super::Suggestion;
use super::cursor::{Context, MemberAccess, indentation};
use super::language::{BlockStyle, DOUBLE_QUOTED, Language, Profile, SINGLE_QUOTED, Word};
use super::lexer::{Quote, Syntax, TokenKind, is_identifier_char, is_plain_name};
use super::members::{MemberHints, MemberTable, table_for};
use super::statements::{
    UnusedMembers, after_return, complete_phrase, element_name, enclosing_function,
    iterable_in_scope, likely_result, locals, open_braces, switch_case, walked_by_enclosing_loop,
};

static SYNTAX: Syntax = Syntax {
    line_comments: &["//"],
    block_comment: Some(("/*", "*/")),
    nested_block_comments: false,
    quotes: &[
        DOUBLE_QUOTED,
        Quote {
            delimiter: "`",
            multiline: true,
            escapes: false,
        },
        SINGLE_QUOTED,
    ],
    string_prefixes: &[],
    raw_strings: false,
    char_or_lifetime: false,
    regex_literals: false,
    template_interpolation: false,
    dollar_in_identifiers: false,
};

static WORDS: &[Word] = &[
    Word::statement("func", " "),
    Word::statement("package", " "),
    Word::statement("import", " "),
    Word::statement("return", " "),
    Word::statement("var", " "),
    Word::statement("const", " "),
    Word::statement("type", " "),
    Word::statement("if", " "),
    Word::statement("else", " "),
    Word::statement("for", " "),
    Word::statement("switch", " "),
    Word::statement("case", " "),
    Word::statement("default", ":"),
    Word::statement("go", " "),
    Word::statement("defer", " "),
    Word::statement("select", " {"),
    Word::statement("break", ""),
    Word::statement("continue", ""),
    Word::statement("fallthrough", ""),
    Word::anywhere("struct", " {"),
    Word::anywhere("interface", " {"),
    Word::anywhere("map", "["),
    Word::anywhere("chan", " "),
    Word::anywhere("range", " "),
    Word::anywhere("nil", ""),
    Word::anywhere("true", ""),
    Word::anywhere("false", ""),
    Word::anywhere("make", "("),
    Word::anywhere("len", "("),
    Word::anywhere("append", "("),
    Word::anywhere("cap", "("),
    Word::anywhere("new", "("),
    Word::anywhere("panic", "("),
    Word::anywhere("delete", "("),
    Word::anywhere("copy", "("),
    Word::anywhere("string", ""),
    Word::anywhere("int", ""),
    Word::anywhere("int64", ""),
    Word::anywhere("float64", ""),
    Word::anywhere("bool", ""),
    Word::anywhere("byte", ""),
    Word::anywhere("rune", ""),
    Word::anywhere("error", ""),
    Word::anywhere("any", ""),
    Word::anywhere("uint32", ""),
    Word::anywhere("uint64", ""),
    Word::anywhere("uintptr", ""),
    Word::anywhere("uint", ""),
    Word::anywhere("int32", ""),
    Word::anywhere("uint8", ""),
    Word::anywhere("uint16", ""),
    Word::anywhere("int8", ""),
    Word::anywhere("int16", ""),
    Word::anywhere("float32", ""),
    Word::anywhere("iota", ""),
    Word::anywhere("close", "("),
    Word::anywhere("recover", "()"),
    Word::anywhere("println", "("),
];

static PACKAGES: &[(&str, &[&str])] = &[
    (
        "fmt",
        &[
            "Println()",
            "Printf()",
            "Sprintf()",
            "Errorf()",
            "Print()",
            "Sprint()",
            "Fprintf()",
            "Fprintln()",
            "Sscanf()",
            "Scanln()",
            "Stringer",
        ],
    ),
    (
        "strings",
        &[
            "Contains()",
            "Split()",
            "Join()",
            "TrimSpace()",
            "HasPrefix()",
            "HasSuffix()",
            "ToLower()",
            "ToUpper()",
            "Replace()",
            "ReplaceAll()",
            "Fields()",
            "Index()",
            "Builder",
            "Repeat()",
            "TrimPrefix()",
            "TrimSuffix()",
            "Trim()",
            "EqualFold()",
            "NewReader()",
            "Count()",
            "SplitN()",
            "Title()",
        ],
    ),
    (
        "strconv",
        &[
            "Itoa()",
            "Atoi()",
            "ParseInt()",
            "FormatInt()",
            "ParseFloat()",
            "ParseBool()",
            "Quote()",
            "FormatFloat()",
        ],
    ),
    (
        "os",
        &[
            "Exit()",
            "Args",
            "Getenv()",
            "Open()",
            "ReadFile()",
            "WriteFile()",
            "Create()",
            "Stdout",
            "Stderr",
            "Stdin",
            "MkdirAll()",
            "Remove()",
            "Stat()",
            "IsNotExist()",
            "Getwd()",
            "LookupEnv()",
            "RemoveAll()",
            "ErrNotExist",
        ],
    ),
    ("errors", &["New()", "Is()", "As()", "Unwrap()", "Join()"]),
    (
        "time",
        &[
            "Now()",
            "Since()",
            "Sleep()",
            "Duration",
            "Second",
            "Millisecond",
            "Minute",
            "Hour",
            "After()",
            "NewTicker()",
            "NewTimer()",
            "Parse()",
            "Unix()",
            "Time",
            "RFC3339",
            "Microsecond",
            "Nanosecond",
            "Until()",
            "Tick()",
        ],
    ),
    (
        "sort",
        &[
            "Slice()",
            "Strings()",
            "Ints()",
            "Sort()",
            "SliceStable()",
            "Search()",
            "Float64s()",
        ],
    ),
    (
        "math",
        &[
            "Max()", "Min()", "Abs()", "Sqrt()", "Floor()", "Ceil()", "Pow()", "Inf()", "MaxInt",
            "MaxInt64", "Pi", "Round()", "Log()", "Mod()",
        ],
    ),
    (
        "sync",
        &[
            "WaitGroup",
            "Mutex",
            "RWMutex",
            "Once",
            "Map",
            "Pool",
            "Cond",
        ],
    ),
    (
        "http",
        &[
            "HandleFunc()",
            "ListenAndServe()",
            "Get()",
            "StatusOK",
            "NewRequest()",
            "Client",
            "Request",
            "ResponseWriter",
            "Handler",
            "Error()",
            "StatusNotFound",
            "StatusBadRequest",
            "StatusInternalServerError",
            "NewServeMux()",
            "Post()",
            "Server",
            "MethodGet",
            "MethodPost",
            "StatusCreated",
            "StatusNoContent",
            "StatusUnauthorized",
            "StatusForbidden",
            "StatusConflict",
            "StatusMethodNotAllowed",
            "ErrServerClosed",
            "HandlerFunc()",
            "StripPrefix()",
            "FileServer()",
            "Dir()",
            "MaxBytesReader()",
        ],
    ),
    (
        "json",
        &[
            "Marshal()",
            "Unmarshal()",
            "NewDecoder()",
            "NewEncoder()",
            "MarshalIndent()",
            "RawMessage",
        ],
    ),
    (
        "io",
        &[
            "ReadAll()",
            "Reader",
            "Writer",
            "EOF",
            "Copy()",
            "Discard",
            "WriteString()",
            "ReadCloser",
            "NopCloser()",
        ],
    ),
    (
        "bufio",
        &[
            "NewScanner()",
            "NewReader()",
            "NewWriter()",
            "Scanner",
            "ScanLines",
            "ScanWords",
        ],
    ),
    (
        "log",
        &[
            "Println()",
            "Printf()",
            "Fatal()",
            "Fatalf()",
            "Print()",
            "Fatalln()",
            "Panic()",
            "SetFlags()",
            "New()",
        ],
    ),
    (
        "filepath",
        &[
            "Join()",
            "Base()",
            "Dir()",
            "Ext()",
            "Abs()",
            "Walk()",
            "WalkDir()",
            "Glob()",
            "Rel()",
            "Clean()",
        ],
    ),
    (
        "context",
        &[
            "Background()",
            "WithCancel()",
            "WithTimeout()",
            "Context",
            "WithValue()",
            "TODO()",
            "WithDeadline()",
            "Canceled",
            "DeadlineExceeded",
        ],
    ),
    (
        "bytes",
        &[
            "Buffer",
            "NewBuffer()",
            "Contains()",
            "Equal()",
            "NewReader()",
            "Split()",
            "TrimSpace()",
        ],
    ),
    (
        "rand",
        &[
            "Intn()",
            "Seed()",
            "Float64()",
            "Int()",
            "Shuffle()",
            "Perm()",
            "New()",
            "NewSource()",
        ],
    ),
    (
        "unsafe",
        &[
            "Pointer",
            "Sizeof()",
            "Offsetof()",
            "Alignof()",
            "Add()",
            "Slice()",
            "String()",
            "StringData()",
            "SliceData()",
        ],
    ),
    (
        "runtime",
        &[
            "GOOS",
            "GOARCH",
            "NumCPU()",
            "GC()",
            "Gosched()",
            "GOMAXPROCS()",
            "Caller()",
            "KeepAlive()",
            "SetFinalizer()",
            "NumGoroutine()",
            "ReadMemStats()",
            "MemStats",
            "Callers()",
            "FuncForPC()",
            "Stack()",
        ],
    ),
    (
        "syscall",
        &[
            "Syscall()",
            "Syscall6()",
            "RawSyscall()",
            "EINVAL",
            "ENOENT",
            "Stat_t",
            "Getpid()",
            "Exit()",
            "Getenv()",
            "SIGINT",
            "SIGTERM",
            "Signal",
            "Handle",
            "O_RDONLY",
            "BytePtrFromString()",
        ],
    ),
    (
        "atomic",
        &[
            "AddInt64()",
            "LoadInt64()",
            "StoreInt64()",
            "CompareAndSwapInt64()",
            "AddInt32()",
            "LoadInt32()",
            "StoreInt32()",
            "CompareAndSwapInt32()",
            "Int64",
            "Int32",
            "Bool",
            "Value",
            "LoadPointer()",
            "StorePointer()",
            "LoadUint32()",
            "AddUint64()",
        ],
    ),
    (
        "binary",
        &[
            "BigEndian",
            "LittleEndian",
            "Read()",
            "Write()",
            "PutUvarint()",
            "Uvarint()",
            "PutVarint()",
            "Varint()",
            "MaxVarintLen64",
            "ByteOrder",
            "AppendUvarint()",
        ],
    ),
    (
        "utf8",
        &[
            "RuneLen()",
            "DecodeRuneInString()",
            "RuneCountInString()",
            "DecodeRune()",
            "EncodeRune()",
            "RuneError",
            "ValidString()",
            "RuneSelf",
            "UTFMax",
            "RuneCount()",
            "DecodeLastRuneInString()",
            "AppendRune()",
            "Valid()",
            "FullRune()",
        ],
    ),
    (
        "reflect",
        &[
            "TypeOf()",
            "ValueOf()",
            "DeepEqual()",
            "Value",
            "Type",
            "Ptr",
            "Struct",
            "Slice",
            "Interface",
            "Kind",
            "New()",
            "Zero()",
            "String",
            "Map",
            "Int",
        ],
    ),
    (
        "unicode",
        &[
            "IsSpace()",
            "IsLetter()",
            "IsDigit()",
            "IsUpper()",
            "ToUpper()",
            "ToLower()",
            "IsLower()",
            "IsPunct()",
            "IsNumber()",
            "IsPrint()",
            "MaxRune",
            "IsControl()",
        ],
    ),
    (
        "bits",
        &[
            "OnesCount()",
            "LeadingZeros64()",
            "TrailingZeros()",
            "Len()",
            "UintSize",
            "TrailingZeros64()",
            "Len64()",
            "OnesCount64()",
            "RotateLeft64()",
            "Mul64()",
            "Add64()",
            "ReverseBytes64()",
        ],
    ),
    (
        "regexp",
        &[
            "MustCompile()",
            "Compile()",
            "MatchString()",
            "QuoteMeta()",
            "Regexp",
        ],
    ),
    (
        "hex",
        &[
            "EncodeToString()",
            "DecodeString()",
            "Encode()",
            "Decode()",
            "Dump()",
            "EncodedLen()",
        ],
    ),
    (
        "base64",
        &[
            "StdEncoding",
            "URLEncoding",
            "RawURLEncoding",
            "RawStdEncoding",
            "NewEncoder()",
            "NewDecoder()",
        ],
    ),
    ("sha256", &["Sum256()", "New()", "Size", "BlockSize"]),
    (
        "ioutil",
        &[
            "ReadAll()",
            "ReadFile()",
            "WriteFile()",
            "Discard",
            "TempDir()",
            "ReadDir()",
            "NopCloser()",
            "TempFile()",
        ],
    ),
    (
        "gin",
        &[
            "Default()",
            "H{",
            "New()",
            "Context",
            "HandlerFunc",
            "SetMode()",
            "ReleaseMode",
            "Recovery()",
            "Logger()",
        ],
    ),
];

/// Package names that are also everyday variable names: their table applies once the file imports them.
static PACKAGES_NEEDING_IMPORT: &[(&str, &str)] = &[
    ("exec", "\"os/exec\""),
    ("signal", "\"os/signal\""),
    ("url", "\"net/url\""),
    ("heap", "\"container/heap\""),
    ("list", "\"container/list\""),
    ("big", "\"math/big\""),
    ("path", "\"path\""),
    ("sql", "\"database/sql\""),
    ("flag", "\"flag\""),
    ("sha256", "\"crypto/sha256\""),
];

/// The tables of [`PACKAGES_NEEDING_IMPORT`]. `exec.Cmd` and `list.List` are left out: a variable named for them
/// (`cmd := exec.`, `list := list.`) would be given the type, where `Command()` or `New()` is meant.
static IMPORTED_PACKAGES: &[(&str, &[&str])] = &[
    (
        "flag",
        &[
            "Parse()",
            "String()",
            "Int()",
            "Bool()",
            "Args()",
            "StringVar()",
            "IntVar()",
            "BoolVar()",
            "Arg()",
            "NArg()",
            "Usage()",
            "PrintDefaults()",
            "Duration()",
            "Float64()",
            "NewFlagSet()",
        ],
    ),
    ("sha256", &["Sum256()", "New()"]),
    (
        "exec",
        &[
            "Command()",
            "CommandContext()",
            "LookPath()",
            "ExitError",
            "ErrNotFound",
        ],
    ),
    (
        "signal",
        &[
            "Notify()",
            "Stop()",
            "Ignore()",
            "Reset()",
            "NotifyContext()",
        ],
    ),
    (
        "url",
        &[
            "Parse()",
            "Values",
            "QueryEscape()",
            "URL",
            "PathEscape()",
            "QueryUnescape()",
            "ParseQuery()",
            "UserPassword()",
            "Error",
        ],
    ),
    (
        "heap",
        &[
            "Push()",
            "Pop()",
            "Init()",
            "Fix()",
            "Remove()",
            "Interface",
        ],
    ),
    ("list", &["New()", "Element"]),
    (
        "big",
        &[
            "NewInt()",
            "Int",
            "NewFloat()",
            "Float",
            "NewRat()",
            "Rat",
            "Word",
        ],
    ),
    (
        "path",
        &[
            "Join()", "Base()", "Clean()", "Dir()", "Ext()", "Split()", "Match()", "IsAbs()",
        ],
    ),
    (
        "sql",
        &[
            "Open()",
            "ErrNoRows",
            "DB",
            "Rows",
            "Row",
            "Tx",
            "NullString",
            "NullInt64",
            "ErrTxDone",
            "Named()",
        ],
    ),
];

/// Go's profile.
pub(super) static PROFILE: Profile = Profile {
    language: Language::Go,
    syntax: &SYNTAX,
    words: WORDS,
    naming_keywords: &["func", "var", "const", "type", "package"],
    block_keywords: &["if", "for", "switch", "select", "else"],
    block_style: BlockStyle::Brace,
    statement_terminator: None,
    constructs,
    member_hints,
};

/// `type Point s` -> `truct {`: a declared type is most often a struct (`string` and the other basic types
/// stay listed by the names' rule).
fn declared_struct(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.before_prefix().trim_start();
    let declares = typed
        .strip_prefix("type ")
        .and_then(|rest| rest.strip_suffix(' '))
        .is_some_and(|name| is_plain_name(name.trim_end()));
    if declares
        && !context.prefix.is_empty()
        && let Some(rest) = "struct".strip_prefix(context.prefix)
        && !rest.is_empty()
        && context.at_line_end()
    {
        out.push(Suggestion::construct(format!("{rest} {{"), 0.8));
    }
}

fn constructs(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    receive_from_channel(context, out);
    timer_channel(context, out);
    average_of_ranged(context, out);
    reported_got(context, out);
    self_referential_field(context, out);
    runes_of_parameter(context, out);
    string_of_runes(context, out);
    text_method_result(context, out);
    formatted_fields(context, out);
    flush_buffered_writer(context, out);
    read_response_body(context, out);
    missing_key_test(context, out);
    format_returned_text(context, out);
    gin_map_argument(context, out);
    complete_phrase(
        context,
        &[
            ("func main", "func main() {"),
            ("if err", "if err != nil {"),
        ],
        0.9,
        out,
    );
    return_on_error(context, out);
    error_check(context, out);
    check_assigned_error(context, out);
    self_append(context, out);
    collect_loop_element(context, out);
    made_kind(context, out);
    first_import(context, out);
    declared_struct(context, out);
    deferred_release(context, out);
    invoked_literal(context, out);
    standard_stream_field(context, out);
    release_after_error_check(context, out);
    wait_group_step(context, out);
    http_server_step(context, out);
    sleep_duration(context, out);
    http_server_arguments(context, out);
    stringer_format(context, out);
    marshalled_printed(context, out);
    declared_type(context, out);
    next_declaration(context, out);
    documented_declaration(context, out);
    documented_name(context, out);
    documented_field(context, out);
    imports_after_package(context, out);
    // gofmt keeps everything but declarations off column 0, and Go's five declaration keywords each have their
    // own first letter.
    super::statements::top_level_keyword(context, &["func", "var", "const", "type", "import"], out);
    interface_method(context, out);
    received_after_goroutine(context, out);
    printed_result_of_workers(context, out);
    map_literal(context, out);
    if let Some(lead) = after_return(context)
        && let Some((value, confidence)) = return_value(context)
    {
        out.push(Suggestion {
            text: format!("{lead}{value}"),
            confidence,
            kind: "expression",
            cursor_offset: 0,
        });
    }
    loop_header(context, out);
    switch_case(context, out);
    handler_and_test_parameters(context, out);
    wrapped_error(context, out);
    reported_error(context, out);
    context_done(context, out);
    field_result(context, out);
    popped_slice(context, out);
    no_error_at_end(context, out);
    built_result(context, out);
    checked_value_returned(context, out);
    channel_in_scope(context, out);
    handler_signature(context, out);
    registered_handler(context, out);
    stream_codec_method(context, out);
    background_context(context, out);
    exit_after_message(context, out);
    lock_mutex(context, out);
    unlock_deferred(context, out);
    time_call(context, out);
    body_to_read(context, out);
    argument_after_count_check(context, out);
    member_by_results(context, out);
    scanner_loop(context, out);
    comma_ok_test(context, out);
    report_test_failure(context, out);
    constructor_literal(context, out);
    server_under_fatal(context, out);
    handler_writer_argument(context, out);
    scan_opened_file(context, out);
    sort_typed_slice(context, out);
    range_over_map(context, out);
    range_over_test_table(context, out);
    struct_field_tag(context, None, out);
    test_and_handler_headers(context, out);
    handler_arguments(context, out);
    measured_field(context, out);
    address_of_declared(context, out);
    default_serve_mux(context, out);
    main_package(context, out);
    standard_stream(context, out);
    self_transformed(context, out);
    error_type_method(context, out);
    after_goroutine_loop(context, out);
    status_compared(context, out);
}

/// `if resp.StatusCode != http.Stat` -> `usOK {` (and `if rec.Code != http.` -> `StatusOK {`): a response's status
/// is checked against success, whatever the code names in the file (`StatusCode` itself is not a constant of the
/// package).
fn status_compared(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let typed = context.before_prefix().trim_start();
    let Some(compared) = typed.strip_suffix("http.").and_then(|rest| {
        rest.strip_suffix(" != ")
            .or_else(|| rest.strip_suffix(" == "))
    }) else {
        return;
    };
    // A test's recorder holds its status as `Code` (`rec.Code != http.` in an `httptest` test).
    if !compared.ends_with(".StatusCode") && !compared.ends_with(".Code") {
        return;
    }
    let Some(rest) = "StatusOK"
        .strip_prefix(context.prefix)
        .filter(|rest| !rest.is_empty())
    else {
        return;
    };
    let opens_block = compared.starts_with("if ") && !compared.contains('{');
    let block = if opens_block { " {" } else { "" };
    out.push(Suggestion::member(format!("{rest}{block}"), 0.93));
}

/// Inside a string or raw string of Go: the tag of a struct field being typed.
pub(super) fn in_literal(
    context: &Context<'_>,
    literal: &super::lexer::Token,
    out: &mut Vec<Suggestion>,
) {
    struct_field_tag(context, Some(literal), out);
    first_tag_key(context, literal, out);
    standard_import_path(context, literal, out);
    content_type_value(context, literal, out);
    wrapping_verb(context, literal, out);
}

/// `t.Errorf("Add(2, 3) = %d; want 5", ` -> `got)` in a test that computed `got` (`got, want)` for two verbs when
/// it declares `want` too): a failed check reports what it got.
fn reported_got(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(format) = ["t.Errorf(\"", "t.Fatalf(\""]
        .iter()
        .find_map(|call| typed.strip_prefix(call))
        .and_then(|rest| rest.strip_suffix("\", "))
    else {
        return;
    };
    if format.contains('"') {
        return;
    }
    let verbs = format.matches('%').count() - 2 * format.matches("%%").count();
    let declared = |name: &str| {
        context.code_lines_above().take(20).any(|line| {
            line.starts_with(&format!("{name} := ")) || line.starts_with(&format!("{name}, "))
        })
    };
    // Under the check of what it got (`if got != 5 {`), not of an error.
    let checks_got = context
        .enclosing_lines()
        .next()
        .is_some_and(|header| super::lexer::contains_word(header, "got"));
    if !declared("got") || !checks_got {
        return;
    }
    let text = match verbs {
        // With a `want` declared, one verb may be either.
        1 if !declared("want") => "got)",
        2 if declared("want") => "got, want)",
        _ => return,
    };
    out.push(Suggestion::construct(text, 0.88));
}

/// `case <-time.` -> `After()`: of the `time` package only `After` (and `Tick`) hand out a channel to receive from,
/// a `select`'s timeout.
fn timer_channel(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.at_line_end()
        && context.before_prefix().ends_with("<-time.")
        && let Some(rest) = "After()".strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest, 0.9));
    }
}

/// `sum/float64(` -> `len(nums)))` under `for _, n := range nums {`: a total is averaged over the slice it was
/// summed from.
fn average_of_ranged(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let Some(numerator) = context
        .line_before
        .strip_suffix("float64(")
        .map(str::trim_end)
        .and_then(|head| head.strip_suffix('/'))
    else {
        return;
    };
    let total = super::lexer::trailing_identifier_start(numerator.trim_end());
    let total = &numerator.trim_end()[total..];
    if !["sum", "total"]
        .iter()
        .any(|word| total.to_lowercase().contains(word))
    {
        return;
    }
    let Some(slice) = context.code_lines_above().take(20).find_map(|line| {
        let ranged = line.strip_prefix("for ")?.split_once(" := range ")?.1;
        let ranged = ranged.strip_suffix(" {")?;
        is_plain_name(ranged).then_some(ranged)
    }) else {
        return;
    };
    let Some(closing) = super::closers::after_value(context) else {
        return;
    };
    out.push(Suggestion::construct(
        format!("len({slice}){closing}"),
        0.88,
    ));
}

/// `return fmt.Errorf("reading config: %` -> `w", err)` under `if err != nil {`: the one verb of a message made
/// from a checked error wraps it.
fn wrapping_verb(context: &Context<'_>, literal: &super::lexer::Token, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || literal.line != context.scan.cursor_line {
        return;
    }
    let Some(message) = context
        .line_before
        .split_once("fmt.Errorf(\"")
        .and_then(|(_, call)| call.strip_suffix('%'))
    else {
        return;
    };
    // The editor's closing quote may follow: then only the verb and the arguments after it.
    let rest = match context.line_after.trim_end() {
        "" => "w\", err)",
        "\"" => "w",
        "\")" => "w",
        _ => return,
    };
    let checked = context
        .enclosing_lines()
        .next()
        .is_some_and(|header| header == "if err != nil {");
    if !checked || message.trim().is_empty() || message.contains('"') {
        return;
    }
    if !message.contains('%') {
        out.push(Suggestion::construct(rest, 0.86));
    } else if rest.starts_with("w\"") {
        // `"reading %s: %` -> `w"`: the other verbs' values come first, which `format_string_before_arguments`
        // offers once the string is closed.
        out.push(Suggestion::construct("w\"", 0.86));
    } else {
        out.push(Suggestion::construct(rest, 0.86));
    }
}

/// `w.Header().Set("Content-Type", "` -> `application/json`: what a handler that sets its type sends, far more
/// often than a page (`text/html`) or text.
fn content_type_value(
    context: &Context<'_>,
    literal: &super::lexer::Token,
    out: &mut Vec<Suggestion>,
) {
    if !context.at_line_end() || literal.line != context.scan.cursor_line {
        return;
    }
    let Some(typed) = context.typed_in_literal(literal) else {
        return;
    };
    let Some(before) = context
        .code
        .get(context.line_start(literal.start)..literal.start)
    else {
        return;
    };
    if before
        .trim_start()
        .ends_with(".Header().Set(\"Content-Type\", ")
        && let Some(rest) = "\"application/json\")".strip_prefix(typed)
        && rest.len() > 2
    {
        out.push(Suggestion::construct(rest, 0.86));
    }
}

/// `for _, tt := range ` -> `tests {`: a table-driven test walks its table of cases (`tt`, `tc` name one case).
fn range_over_test_table(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let header = context.line_before.trim_start();
    if header != "for _, tt := range " && header != "for _, tc := range " {
        return;
    }
    let before_line = context.code_before_line();
    let table = before_line.lines().rev().take(80).find_map(|line| {
        let (name, value) = line.trim().split_once(":=")?;
        let name = name.trim();
        (value.trim_start().starts_with("[]struct")
            && matches!(name, "tests" | "cases" | "testCases" | "tcs" | "table"))
        .then_some(name)
    });
    if let Some(table) = table {
        out.push(Suggestion::construct(format!("{table} {{"), 0.85));
    }
}

/// `log.Fatal(http.` after the routes -> `ListenAndServe(":8080", nil))`: the server's error is the one the
/// program dies of.
fn server_under_fatal(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context
        .dot_member()
        .filter(|access| access.receiver == "http")
    else {
        return;
    };
    let fatal = context
        .before_receiver(&access)
        .is_some_and(|before| before.trim() == "log.Fatal(");
    let routed = context.previous_code_line().is_some_and(|line| {
        let line = line.trim_start();
        line.starts_with("http.HandleFunc(") || line.starts_with("http.Handle(")
    });
    if fatal
        && routed
        && context.at_line_end()
        && let Some(rest) = "ListenAndServe(\":8080\", nil))".strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest, 0.88));
    }
}

/// `fmt.Fprintf(` in a handler -> `w, `: the response is written to the handler's `http.ResponseWriter`.
fn handler_writer_argument(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    if !["fmt.Fprintf(", "fmt.Fprintln(", "fmt.Fprint("].contains(&typed) {
        return;
    }
    let writer = enclosing_function(context).and_then(|function| {
        function
            .parameters
            .iter()
            .find(|parameter| parameter.type_text.trim() == "http.ResponseWriter")
            .map(|parameter| parameter.name.to_owned())
    });
    if let Some(writer) = writer {
        out.push(Suggestion::construct(format!("{writer}, "), 0.88));
    }
}

/// `bufio.NewScanner(` -> `f)` where `f, err := os.Open(` came just before: the file opened is the one read; in
/// `main` without one, `os.Stdin)`.
fn scan_opened_file(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    /// How many code lines above are searched for the opened file.
    const LINES_SEARCHED: usize = 10;
    if !context.prefix.is_empty()
        || !context.at_line_end()
        || !context.line_before.ends_with("bufio.NewScanner(")
    {
        return;
    }
    let opened = context
        .code_lines_above()
        .take(LINES_SEARCHED)
        .find_map(|line| {
            let (targets, value) = line.split_once(":=")?;
            if !value.trim_start().starts_with("os.Open(") {
                return None;
            }
            let file = targets.split(',').next()?.trim();
            (!file.is_empty() && file.chars().all(super::lexer::is_identifier_char)).then_some(file)
        });
    // Without a file, `main` reads what is typed.
    let source = opened.map(str::to_owned).or_else(|| {
        enclosing_function(context)
            .filter(|function| function.name == "main")
            .map(|_| "os.Stdin".to_owned())
    });
    if let Some(source) = source {
        out.push(Suggestion::construct(format!("{source})"), 0.85));
    }
}

/// `sort.` starting a statement after `nums := []int{...}` -> `Ints(nums)`: the slice just made, by the function
/// of its element type (`Strings`, `Float64s`).
fn sort_typed_slice(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context
        .dot_member()
        .filter(|access| access.receiver == "sort")
    else {
        return;
    };
    if !context.member_starts_statement(&access) || !context.at_line_end() {
        return;
    }
    let Some((name, value)) = context
        .previous_code_line()
        .and_then(|line| line.trim().split_once(":="))
    else {
        return;
    };
    let name = name.trim();
    let function = match value.trim_start() {
        value if value.starts_with("[]int{") => "Ints",
        value if value.starts_with("[]string{") => "Strings",
        value if value.starts_with("[]float64{") => "Float64s",
        _ => return,
    };
    if !name.is_empty()
        && name.chars().all(super::lexer::is_identifier_char)
        && let Some(rest) = format!("{function}({name})").strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest, 0.88));
    }
}

/// `for k, v := range ` -> `m {` where the function made one map (`m := make(map[string]int)`): two named loop
/// variables, neither an index, walk a map's keys and values.
fn range_over_map(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let Some(variables) = context
        .line_before
        .trim_start()
        .strip_prefix("for ")
        .and_then(|header| header.strip_suffix(" := range "))
    else {
        return;
    };
    let names: Vec<&str> = variables.split(',').map(str::trim).collect();
    let [key, value] = names.as_slice() else {
        return;
    };
    if [key, value]
        .iter()
        .any(|name| matches!(**name, "_" | "i" | "j" | "idx" | "index"))
    {
        return;
    }
    let Some(body_start) = enclosing_function(context)
        .and_then(|function| context.tokens_before().get(function.body_start))
        .map(|token| token.start)
    else {
        return;
    };
    let body = context.code.get(body_start..context.cursor).unwrap_or("");
    let maps: Vec<&str> = body
        .lines()
        .filter_map(|line| {
            let (name, made) = line.trim().split_once(":=")?;
            let made = made.trim_start();
            (made.starts_with("make(map[") || made.starts_with("map[")).then_some(name.trim())
        })
        .collect();
    if let [map] = maps.as_slice()
        && !map.is_empty()
        && map.chars().all(super::lexer::is_identifier_char)
    {
        out.push(Suggestion::construct(format!("{map} {{"), 0.85));
    }
}

/// `mu.` starting a statement, where `var mu sync.Mutex` -> `Lock()`: a mutex is locked before it is unlocked.
fn lock_mutex(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !context.member_starts_statement(&access) || !context.at_line_end() {
        return;
    }
    let declared = format!("var {} sync.", access.receiver);
    let mutex = context.previous_code_line().is_some_and(|line| {
        let line = line.trim();
        line == format!("{declared}Mutex") || line == format!("{declared}RWMutex")
    });
    if mutex
        && let Some(rest) = "Lock()".strip_prefix(context.prefix)
        && rest.len() > "()".len()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// The line after `mu.Lock()` -> `defer mu.Unlock()` (`RLock` -> `RUnlock`): the lock is released when the
/// function returns, whatever path it takes; after `ctx, cancel := context.WithTimeout(...)` -> `defer cancel()`.
fn unlock_deferred(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.on_blank_line_start() || !context.at_line_end() {
        return;
    }
    // The same for a context's `cancel`, which `go vet` wants called on every path.
    if let Some(cancel) = context.previous_code_line().and_then(|line| {
        let (targets, call) = line.trim().split_once(" := context.With")?;
        ["Timeout(", "Cancel(", "Deadline("]
            .iter()
            .any(|kind| call.starts_with(kind))
            .then_some(())?;
        let (_, cancel) = targets.split_once(", ")?;
        is_plain_name(cancel).then_some(cancel)
    }) && cancel != "_"
    {
        out.push(Suggestion::construct(format!("defer {cancel}()"), 0.85));
        return;
    }
    let Some((mutex, read)) = context.previous_code_line().and_then(|line| {
        let line = line.trim();
        line.strip_suffix(".RLock()")
            .map(|mutex| (mutex, true))
            .or_else(|| line.strip_suffix(".Lock()").map(|mutex| (mutex, false)))
    }) else {
        return;
    };
    if mutex.is_empty() || !mutex.chars().all(|c| is_identifier_char(c) || c == '.') {
        return;
    }
    let unlock = if read { "RUnlock" } else { "Unlock" };
    out.push(Suggestion::construct(
        format!("defer {mutex}.{unlock}()"),
        0.85,
    ));
}

/// `time.` starting a statement -> `Sleep()` (of `time`'s functions only a pause is called for its effect), and
/// `start := time.` -> `Now()`, the moment a duration is measured from.
fn time_call(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context
        .dot_member()
        .filter(|access| access.receiver == "time")
    else {
        return;
    };
    let moment = context
        .before_receiver(&access)
        .and_then(|before| before.trim_end().strip_suffix(":="))
        .is_some_and(|target| {
            matches!(
                target.trim(),
                "start" | "now" | "begin" | "t0" | "startTime"
            )
        });
    let call = if context.member_starts_statement(&access) {
        "Sleep()"
    } else if moment {
        "Now()"
    } else {
        return;
    };
    if context.at_line_end()
        && let Some(rest) = call.strip_prefix(context.prefix)
        && rest.len() > "()".len()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// `io.ReadAll(` -> `resp.Body)` for the response just fetched (`resp, err := http.Get(...)`), or `r.Body)` in a
/// handler.
fn body_to_read(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty()
        || !context.at_line_end()
        || !context.line_before.trim_end().ends_with("io.ReadAll(")
    {
        return;
    }
    let fetched = context.code_lines_above().take(8).find_map(|line| {
        let (targets, value) = line.split_once(":=")?;
        let value = value.trim();
        let fetches = [
            "http.Get(",
            "http.Post(",
            "client.Do(",
            "http.DefaultClient.Do(",
        ]
        .iter()
        .any(|call| value.starts_with(call));
        let first = targets.split(',').next()?.trim();
        (fetches && !first.is_empty() && first.chars().all(is_identifier_char)).then_some(first)
    });
    let request = || {
        enclosing_function(context).and_then(|function| {
            function
                .parameters
                .iter()
                .find(|parameter| parameter.type_text.trim() == "*http.Request")
                .map(|parameter| parameter.name)
        })
    };
    if let Some(holder) = fetched.or_else(request) {
        out.push(Suggestion::construct(format!("{holder}.Body)"), 0.85));
    }
}

/// `name := os.` under `if len(os.Args) > 1 {` -> `Args[1]`: the argument whose presence was just checked.
fn argument_after_count_check(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context
        .dot_member()
        .filter(|access| access.receiver == "os")
    else {
        return;
    };
    let assigned = context
        .before_receiver(&access)
        .and_then(|before| before.trim_end().strip_suffix(":="))
        .is_some_and(|target| {
            let target = target.trim();
            !target.is_empty() && target.chars().all(is_identifier_char)
        });
    let checked = context.previous_code_line().is_some_and(|line| {
        let line = line.trim();
        line.starts_with("if len(os.Args) > 1") || line.starts_with("if len(os.Args) >= 2")
    });
    if assigned
        && checked
        && context.at_line_end()
        && let Some(rest) = "Args[1]".strip_prefix(context.prefix)
        && context.prefix.len() < "Args".len()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// `json.NewEncoder(w).` -> `Encode()`, `json.NewDecoder(r.Body).` -> `Decode()`: the one method a stream codec
/// is made for.
fn stream_codec_method(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let method = if access.receiver.contains("NewEncoder(") {
        "Encode()"
    } else if access.receiver.contains("NewDecoder(") {
        "Decode()"
    } else {
        return;
    };
    if access.receiver.ends_with(')')
        && context.at_line_end()
        && let Some(rest) = method.strip_prefix(context.prefix)
        && context.prefix.len() < "Decode".len()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.9));
    }
}

/// `ctx := context.` -> `Background()`: a context made from nothing is the background one.
fn background_context(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context
        .dot_member()
        .filter(|access| access.receiver == "context")
    else {
        return;
    };
    let single = context
        .before_receiver(&access)
        .and_then(|before| before.trim().strip_suffix(":="))
        .is_some_and(|target| target.trim() == "ctx");
    if single
        && context.at_line_end()
        && let Some(rest) = "Background()".strip_prefix(context.prefix)
        && rest.len() > "()".len()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// `return fmt.Sprintf(` in a `String() string` method -> `"Name: %s, Age: %d", p.Name, p.Age)`: the struct
/// describes itself by its fields, each with the verb of its type (`%v` for a type without a plainer one).
fn stringer_format(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty()
        || !context.at_line_end()
        || context.line_before.trim_start() != "return fmt.Sprintf("
    {
        return;
    }
    let in_stringer = context
        .code_before_line()
        .lines()
        .rev()
        .find(|line| line.starts_with("func "))
        .is_some_and(|header| header.ends_with(") String() string {"));
    let Some((receiver, fields)) = receiver_struct_fields(context).filter(|_| in_stringer) else {
        return;
    };
    // A file that formats values its own way already (`"%s:%d"`, `"#%#x"`) formats this one so too.
    let formats_already = context.code_before_line().contains("Sprintf(\"");
    if fields.is_empty() || fields.len() > 4 || formats_already {
        return;
    }
    let verb = |type_text: &str| match type_text {
        "string" => "%s",
        "int" | "int8" | "int16" | "int32" | "int64" | "uint" | "uint8" | "uint16" | "uint32"
        | "uint64" => "%d",
        "float32" | "float64" => "%.2f",
        "bool" => "%t",
        _ => "%v",
    };
    let format: Vec<String> = fields
        .iter()
        .map(|(name, type_text)| format!("{name}: {}", verb(type_text)))
        .collect();
    let arguments: Vec<String> = fields
        .iter()
        .map(|(name, _)| format!("{receiver}.{name}"))
        .collect();
    out.push(Suggestion::construct(
        format!("\"{}\", {})", format.join(", "), arguments.join(", ")),
        0.86,
    ));
}

/// `fmt.Println(` right after `data, err := json.Marshal(v)` -> `string(data))`: the encoded bytes are printed as
/// text.
fn marshalled_printed(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty()
        || !context.at_line_end()
        || context.line_before.trim_start() != "fmt.Println("
    {
        return;
    }
    let Some(previous) = context.previous_code_line() else {
        return;
    };
    let Some((targets, value)) = previous.trim().split_once(" := ") else {
        return;
    };
    if !(value.starts_with("json.Marshal(") || value.starts_with("json.MarshalIndent(")) {
        return;
    }
    let Some(bytes) = targets
        .split(',')
        .next()
        .map(str::trim)
        .filter(|name| super::lexer::is_plain_name(name) && *name != "_")
    else {
        return;
    };
    out.push(Suggestion::construct(format!("string({bytes}))"), 0.86));
}

/// The receiver's name and its struct's fields (name and type, one per line) of the method around the cursor:
/// `("s", [("items", "[]int")])` in `func (s *Stack) Push(item int) {` for `type Stack struct { items []int }`.
/// `None` in a plain function or when the file does not define the struct.
pub(super) fn receiver_struct_fields<'a>(
    context: &Context<'a>,
) -> Option<(&'a str, Vec<(&'a str, &'a str)>)> {
    let header = context
        .code_before_line()
        .lines()
        .rev()
        .find(|line| line.starts_with("func "))?;
    let (receiver, _) = header.strip_prefix("func (")?.split_once(')')?;
    let (name, type_name) = receiver.trim().split_once(' ')?;
    let type_name = type_name.trim().trim_start_matches('*');
    let (_, body) = context
        .code
        .split_once(&format!("type {type_name} struct {{"))?;
    let mut fields = Vec::new();
    for line in body.get(..body.find('}')?)?.lines().map(str::trim) {
        if line.starts_with("//") {
            continue;
        }
        // `W, H float64` declares both names with the one type.
        let mut names = Vec::new();
        let mut rest = line;
        while let Some((field, type_text)) = rest.split_once(char::is_whitespace) {
            rest = type_text.trim_start();
            match field.strip_suffix(',') {
                Some(field) => names.push(field),
                None => {
                    names.push(field);
                    break;
                }
            }
        }
        fields.extend(names.into_iter().map(|field| (field, rest.trim())));
    }
    Some((name, fields))
}

/// `os.` starting the statement after a printed message in an `if` block -> `Exit(1)`.
fn exit_after_message(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    // An error printed to the error stream is a report too: `fmt.Fprintln(os.Stderr, err)`.
    let printed = |message: &str, _: &str| {
        ((message.starts_with("fmt.Print") || message.starts_with("fmt.Fprint"))
            && message.contains('"'))
            || (message.starts_with("fmt.Fprint") && message.contains("os.Stderr"))
    };
    super::statements::exit_after_message(context, "os", "Exit(1)", printed, out);
}

/// A handler's and a test's parameters, typed in a `func` header: `(w http.` -> `ResponseWriter, r
/// *http.Request) {`, `r *http.` after it -> `Request) {`, `func TestSum(t *testing.` -> `T) {` (`B` for a
/// benchmark, `T) {` too in a subtest's `t.Run(tt.name, func(t *testing.`).
fn handler_and_test_parameters(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let typed = context.line_before.trim_start();
    // A subtest's function literal: `t.Run(tt.name, func(t *testing.`.
    let subtest = typed.contains(".Run(") && typed.ends_with(", func(t *testing.");
    if !(typed.starts_with("func ") || subtest)
        || !context.at_line_end()
        || !context.prefix.is_empty()
    {
        return;
    }
    let Some(before) = context.before_receiver(&access) else {
        return;
    };
    let text = match access.receiver {
        "testing" if subtest => "T) {",
        "http" if before.ends_with("(w ") => "ResponseWriter, r *http.Request) {",
        "http" if before.ends_with("w http.ResponseWriter, r *") => "Request) {",
        "testing" if before.ends_with("(t *") && typed.starts_with("func Test") => "T) {",
        "testing" if before.ends_with("(b *") && typed.starts_with("func Benchmark") => "B) {",
        _ => return,
    };
    out.push(Suggestion::member(text, 0.9));
}

/// What a package call returns, told by the names it is given: `n, err := strconv.` -> `Atoi()` and `s :=
/// strconv.` -> `Itoa()`; `data, err := json.` -> `Marshal()` and `err := json.` -> `Unmarshal()`.
fn member_by_results(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context
        .dot_member()
        .filter(|access| matches!(access.receiver, "strconv" | "json"))
    else {
        return;
    };
    let Some(targets) = context.before_receiver(&access).and_then(|before| {
        let before = before.trim();
        let before = before.strip_prefix("if ").unwrap_or(before);
        before
            .strip_suffix(":=")
            .or_else(|| before.strip_suffix('='))
    }) else {
        return;
    };
    let names: Vec<&str> = targets.split(',').map(str::trim).collect();
    if names
        .iter()
        .any(|name| name.is_empty() || !name.chars().all(is_identifier_char))
    {
        return;
    }
    let member = match (access.receiver, names.as_slice()) {
        ("strconv", [_, "err"]) => "Atoi()",
        ("strconv", [name]) if *name != "err" => "Itoa()",
        ("json", [_, "err"]) => "Marshal()",
        ("json", ["err"]) => "Unmarshal()",
        _ => return,
    };
    if context.at_line_end()
        && let Some(rest) = member.strip_prefix(context.prefix)
        && rest.len() > "()".len()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// A `bufio.Scanner`: `for scanner.` -> `Scan() {`, and in the loop `line := scanner.` -> `Text()`.
fn scanner_loop(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let Some(before) = context.before_receiver(&access).map(str::trim) else {
        return;
    };
    let member = if before == "for" {
        "Scan() {"
    } else if before.ends_with(":=") || before.ends_with(" =") {
        "Text()"
    } else {
        return;
    };
    // The declaration is looked up last: the window's tokens are read for it.
    let scanner = context.at_line_end()
        && super::statements::declaration_of(context, access.receiver)
            .is_some_and(|declaration| declaration.trim_start().starts_with("bufio.NewScanner("));
    if scanner
        && let Some(rest) = member.strip_prefix(context.prefix)
        && !context.prefix.contains('(')
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// `if v, ok := m[key]; ` -> `ok {`: the lookup's second result is what is tested.
fn comma_ok_test(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let Some(statement) = context
        .line_before
        .trim_start()
        .strip_prefix("if ")
        .and_then(|rest| rest.strip_suffix("; "))
    else {
        return;
    };
    let Some((targets, value)) = statement.split_once(":=") else {
        return;
    };
    let names: Vec<&str> = targets.split(',').map(str::trim).collect();
    let looked_up = value.trim_end().ends_with(']') || value.contains(".(");
    if let [_, flag] = names.as_slice()
        && *flag == "ok"
        && looked_up
        && !value.contains(';')
    {
        out.push(Suggestion::construct("ok {", 0.88));
    }
}

/// `t.` starting the statement of an `if` block in a test -> `Errorf()`: a failed check is reported.
fn report_test_failure(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !context.prefix.is_empty()
        || !context.at_line_end()
        || !context.member_starts_statement(&access)
    {
        return;
    }
    let in_check = context.previous_code_line().is_some_and(|line| {
        let line = line.trim();
        line.starts_with("if ") && line.ends_with('{')
    });
    let tester = in_check
        && enclosing_function(context).is_some_and(|function| {
            function.parameters.iter().any(|parameter| {
                parameter.name == access.receiver && parameter.type_text.trim() == "*testing.T"
            })
        });
    // `cfg, err := LoadConfig(...)` then `if err != nil {`: the test cannot go on without `cfg`, so it stops.
    let setup_failed = context.code_lines_above().nth(1).is_some_and(|line| {
        let line = line.trim();
        line.contains(", err :=") && !line.starts_with("_,")
    }) && context
        .previous_code_line()
        .is_some_and(|line| line.trim() == "if err != nil {");
    if tester && setup_failed {
        out.push(Suggestion::member("Fatal(err)", 0.88));
    } else if tester {
        out.push(Suggestion::member("Errorf()", 0.88));
    }
}

/// `return ` as the first statement of `func NewUser(...) *User {` -> `&User{`: a constructor returns the
/// address of a new literal.
fn constructor_literal(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if after_return(context) != Some("") {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let [result] = function.results.as_slice() else {
        return;
    };
    let Some(type_name) = result.trim().strip_prefix('*') else {
        return;
    };
    let first_statement = context.tokens_before().len() == function.body_start + 1;
    if first_statement
        && function.name.strip_prefix("New") == Some(type_name)
        && type_name.chars().all(is_identifier_char)
    {
        out.push(Suggestion::construct(format!("&{type_name}{{"), 0.88));
    }
}

/// The zero value of a Go type, as a `return` needs it.
/// The zero value a result's type says for sure: a basic type's, or `nil` for a pointer, slice, map, channel,
/// function or interface; none for a named type (a struct's `T{}` or an interface's `nil`), an array, or a named
/// result (`n int`, returned by name as often as by value).
fn sure_zero_value(type_text: &str) -> Option<&'static str> {
    let type_text = type_text.trim();
    if type_text.contains(' ') {
        return None;
    }
    let is_array = type_text
        .strip_prefix('[')
        .is_some_and(|rest| !rest.starts_with(']'));
    match type_text {
        "string" => Some("\"\""),
        "bool" => Some("false"),
        "int" | "int8" | "int16" | "int32" | "int64" | "uint" | "uint8" | "uint16" | "uint32"
        | "uint64" | "uintptr" | "float32" | "float64" | "byte" | "rune" | "complex64"
        | "complex128" => Some("0"),
        _ if !is_array
            && (type_text.starts_with(['*', '['])
                || type_text.starts_with("map[")
                || type_text.starts_with("chan")
                || type_text.starts_with("func")
                || type_text.starts_with("interface")
                || matches!(type_text, "any" | "error")) =>
        {
            Some("nil")
        }
        _ => None,
    }
}

/// A result type's zero value, guessed where [`sure_zero_value`] is not sure: `T{}` for a capitalized named type
/// (most are structs), `nil` otherwise.
fn zero_value(type_text: &str) -> String {
    if let Some(zero) = sure_zero_value(type_text) {
        return zero.to_owned();
    }
    let type_text = type_text.trim();
    let named = type_text
        .rsplit('.')
        .next()
        .is_some_and(|name| name.starts_with(char::is_uppercase));
    if named {
        format!("{type_text}{{}}")
    } else {
        "nil".to_owned()
    }
}

/// On a blank line right inside `if err != nil {`: what Go does with the error there. In a function that returns
/// an error, `return` with the zero values of its other results and `err`; elsewhere the usual exits: `t.Fatal(err)`
/// in a test (`b.Fatal(err)` in a benchmark), `http.Error(w, err.Error(), http.StatusInternalServerError)` in a
/// handler, and `log.Fatal(err)` in `main` or `init` (`panic(err)` when the file already panics on errors).
fn return_on_error(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if !context.at_line_end()
        || typed.len() > "http.Error(".len()
        // `return ` already typed is the start of the same statement.
        || !typed.chars().all(|c| is_identifier_char(c) || c == '.' || c == ' ')
    {
        return;
    }
    let tokens = context.tokens_before();
    let Some(&brace) = open_braces(context, tokens).last() else {
        return;
    };
    // Right after the brace, or after `return ` typed there.
    let typed_return = brace + 2 == tokens.len()
        && tokens
            .last()
            .is_some_and(|token| token.is_word(context.code, "return"));
    if brace + 1 != tokens.len() && !typed_return {
        return;
    }
    let header = super::statements::header_words(context, tokens, brace);
    // `if err := json.Unmarshal(data, &v); err != nil {` checks the same error, assigned in the header.
    let assigned_in_header = header == ["err", "!=", "nil"]
        && tokens.get(brace).is_some_and(|brace| {
            let line = context.line_of(brace).trim();
            line.starts_with("if err := ") && line.ends_with("; err != nil {")
        });
    let error_check = header == ["if", "err", "!=", "nil"] || assigned_in_header;
    // `return ` first in another `if` block of a function that returns an error leaves on a failure just as
    // often (`if len(name) >= IFNAMSIZ {` -> `return nil, EINVAL`): the zero values come first there too.
    if !(error_check || typed_return && header.first() == Some(&"if")) {
        return;
    }
    let Some(mut function) = enclosing_function(context) else {
        return;
    };
    // Inside a function literal (`filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {`) the
    // literal's results are the ones returned, not the named function's around it.
    let mut literal_exit = None;
    if let Some((parameters, results)) = literal_results(context, tokens, function.body_start) {
        // A handler literal answers the failure on its writer; any other literal returning nothing has no
        // sure way out (a goroutine may log, send on a channel or return).
        let writer = parameters.split(',').find_map(|parameter| {
            let (name, type_text) = parameter.trim().split_once(' ')?;
            (type_text.trim() == "http.ResponseWriter").then_some(name)
        });
        match writer {
            Some(writer) if results.is_empty() => {
                literal_exit = Some(format!(
                    "http.Error({writer}, err.Error(), http.StatusInternalServerError)"
                ));
            }
            _ if results.is_empty() => return,
            _ => {}
        }
        function.results = results;
    }
    // Once `return ` is typed, only a lone error is sure to be handed on as it is: with other results the real
    // code wraps it (`nil, fmt.Errorf("...: %w", err)`) or returns named values as often as `nil, err`. What comes
    // first is sure, though: the other results' zero values (`return nil, `, `return 0, "", `), when their types
    // say them.
    if typed_return && function.results.len() != 1 {
        // Named results (`(n int, err error)`) are returned by name or bare as often as by value.
        let header_line = function
            .body_start
            .checked_sub(1)
            .and_then(|at| tokens.get(at))
            .and_then(|body_brace| context.code.get(..body_brace.start))
            .and_then(|before| before.lines().last())
            .unwrap_or("");
        let named_results = header_line
            .trim_end()
            .strip_suffix("error)")
            .is_some_and(|before| {
                before.trim_end().ends_with(is_identifier_char) && before.ends_with(' ')
            });
        if let Some((last, others)) = function.results.split_last()
            && !named_results
            && last.trim() == "error"
            && let Some(zeros) = others
                .iter()
                .map(|result| sure_zero_value(result))
                .collect::<Option<Vec<&str>>>()
        {
            let confidence = if error_check { 0.85 } else { 0.8 };
            out.push(Suggestion::construct(
                format!("{}, ", zeros.join(", ")),
                confidence,
            ));
        }
        return;
    }
    if !error_check {
        return;
    }
    let statement = match function.results.split_last() {
        Some((last, others)) if last.trim() == "error" => {
            let values: Vec<String> = others
                .iter()
                .map(|result| zero_value(result))
                .chain(std::iter::once("err".to_owned()))
                .collect();
            format!("return {}", values.join(", "))
        }
        Some(_) => return,
        None => match literal_exit.or_else(|| error_exit(context, &function)) {
            Some(exit) => exit,
            None => return,
        },
    };
    if let Some(rest) = statement.strip_prefix(typed) {
        out.push(Suggestion::construct(rest, 0.9));
    }
}

/// `}` closing a `defer func() {` or `go func() {` -> `()`: the literal is deferred or started by calling it, and
/// without the call the compiler refuses the statement.
fn invoked_literal(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() || context.line_before.trim() != "}" {
        return;
    }
    let width = indentation(context.line_before);
    let opener = context
        .code_before_line()
        .lines()
        .rev()
        .take(200)
        .find(|line| !line.trim().is_empty() && indentation(line) <= width);
    let invoked = opener.is_some_and(|line| {
        indentation(line) == width && ["defer func() {", "go func() {"].contains(&line.trim())
    });
    if invoked {
        out.push(Suggestion::construct("()", 0.9));
    }
}

/// `cmd.Stderr = os.` -> `Stderr`: a command's standard stream is given the program's own of the same name.
fn standard_stream_field(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context
        .dot_member()
        .filter(|access| access.receiver == "os")
    else {
        return;
    };
    let Some(field) = context
        .before_receiver(&access)
        .and_then(|before| before.trim_end().strip_suffix('='))
        .map(str::trim_end)
        .and_then(|target| target.rsplit_once('.'))
        .map(|(_, field)| field)
        .filter(|field| matches!(*field, "Stdout" | "Stderr" | "Stdin"))
    else {
        return;
    };
    if let Some(rest) = field
        .strip_prefix(context.prefix)
        .filter(|rest| !rest.is_empty())
    {
        out.push(Suggestion::member(rest, 0.9));
    }
}

/// The parameters and results of the innermost function literal (`func(...) error {`) whose body holds the
/// cursor, when it lies inside the function whose body starts at token `body_start`: `None` when no literal is
/// open there.
fn literal_results<'a>(
    context: &Context<'a>,
    tokens: &[super::lexer::Token],
    body_start: usize,
) -> Option<(&'a str, Vec<&'a str>)> {
    for &brace in open_braces(context, tokens).iter().rev() {
        if brace < body_start {
            return None;
        }
        let open = tokens.get(brace)?;
        let line_start = context.line_start(open.start);
        let header = context.code.get(line_start..open.start)?;
        let literal = header.rfind("func(").filter(|&at| {
            !header
                .get(..at)
                .and_then(|before| before.chars().next_back())
                .is_some_and(is_identifier_char)
        });
        let Some(at) = literal else {
            continue;
        };
        let after_func = header.get(at + "func".len()..)?;
        let close = parameters_end(after_func)?;
        let parameters = after_func.get(1..close)?;
        let results = after_func.get(close + 1..)?.trim();
        let results = results
            .strip_prefix('(')
            .and_then(|inner| inner.strip_suffix(')'))
            .unwrap_or(results);
        return Some((
            parameters,
            results
                .split(',')
                .map(str::trim)
                .filter(|result| !result.is_empty())
                .collect(),
        ));
    }
    None
}

/// Where the parameter list that `text` opens with `(` closes, as a byte offset.
fn parameters_end(text: &str) -> Option<usize> {
    let mut depth = 0_usize;
    for (at, character) in text.char_indices() {
        match character {
            '(' => depth += 1,
            ')' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(at);
                }
            }
            _ => {}
        }
    }
    None
}

/// How a function that returns nothing leaves on an error, when its kind says so (see [`return_on_error`]).
fn error_exit(
    context: &Context<'_>,
    function: &super::statements::FunctionHeader<'_>,
) -> Option<String> {
    let parameter = |type_text: &str| {
        function
            .parameters
            .iter()
            .find(|parameter| parameter.type_text.trim() == type_text)
            .map(|parameter| parameter.name)
    };
    if let Some(test) = parameter("*testing.T")
        .or_else(|| parameter("*testing.B"))
        .or_else(|| parameter("testing.TB"))
    {
        return Some(format!("{test}.Fatal(err)"));
    }
    if let Some(writer) = parameter("http.ResponseWriter") {
        return Some(format!(
            "http.Error({writer}, err.Error(), http.StatusInternalServerError)"
        ));
    }
    if matches!(function.name, "main" | "init") && function.parameters.is_empty() {
        // goimports adds `log` on save; a file that already panics on its errors keeps doing so.
        let before = context.code.get(..context.cursor).unwrap_or_default();
        let panics = before.contains("panic(err)");
        return Some(
            if panics {
                "panic(err)"
            } else {
                "log.Fatal(err)"
            }
            .to_owned(),
        );
    }
    None
}

/// `func (r Rect) ` -> `Area() float64 {`: a method on a type is, first, what the file's one interface asks for
/// and the type does not have yet.
fn interface_method(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let Some(receiver_type) = context
        .line_before
        .strip_prefix("func (")
        .and_then(|rest| rest.strip_suffix(") "))
        .filter(|receiver| !receiver.contains(['(', ')']))
        .and_then(|receiver| receiver.split_whitespace().nth(1))
        .map(|type_name| type_name.trim_start_matches('*'))
    else {
        return;
    };
    let interfaces: Vec<usize> = context
        .code
        .match_indices(" interface {")
        .map(|(at, _)| at)
        .filter(|&at| {
            context.code.get(..at).is_some_and(|before| {
                before
                    .rsplit('\n')
                    .next()
                    .is_some_and(|line| line.starts_with("type "))
            })
        })
        .collect();
    let [interface] = interfaces[..] else {
        return;
    };
    let Some(body) = context.code.get(interface..) else {
        return;
    };
    let missing = super::statements::block_lines(body)
        .filter(|line| line.contains('('))
        .find(|method| {
            let name = method.split('(').next().unwrap_or("");
            !context.code.contains(&format!("{receiver_type}) {name}("))
        });
    if let Some(method) = missing {
        out.push(Suggestion::construct(format!("{method} {{"), 0.86));
    }
}

/// After a top-level block's `}` and a blank line, Go's next declaration starts as that block's did (`func` after a
/// function, `type` after a struct): on the corpus, 23 of 24 such places.
fn next_declaration(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    /// How far up the block's header is looked for.
    const LINES_LOOKED_AT: usize = 3000;
    if context.line_before != context.prefix || !context.at_line_end() {
        return;
    }
    let mut lines = context.code_before_line().lines().rev();
    if lines.next().is_none_or(|line| !line.trim().is_empty()) {
        return;
    }
    let lines = lines.filter(|line| !line.trim().is_empty());
    let Some(header) = super::statements::top_level_header_closed(lines, LINES_LOOKED_AT) else {
        return;
    };
    let keyword = header.split(' ').next().unwrap_or("");
    if matches!(keyword, "func" | "type" | "var" | "const")
        && let Some(rest) = keyword.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::of_kind(format!("{rest} "), 0.8, "keyword"));
    }
}

/// Directives that only a function's declaration takes (`//go:nosplit` above `func cputicks() int64`).
const FUNCTION_DIRECTIVES: &[&str] = &[
    "//go:nosplit",
    "//go:noescape",
    "//go:noinline",
    "//go:norace",
    "//go:nocheckptr",
    "//go:systemstack",
    "//go:nowritebarrier",
    "//go:nowritebarrierrec",
    "//go:yeswritebarrierrec",
    "//go:uintptrescapes",
    "//go:registerparams",
    "//go:cgo_unsafe_args",
];

/// The verbs a Go doc comment opens a function's with (`// Minor returns the minor component`): what a function
/// does. Verbs of what a type or variable is or holds (`is`, `holds`, `represents`, `implements`) are left out.
const FUNCTION_VERBS: &[&str] = &[
    "returns",
    "reports",
    "creates",
    "sets",
    "calls",
    "formats",
    "copies",
    "reads",
    "writes",
    "removes",
    "adds",
    "parses",
    "converts",
    "checks",
    "computes",
    "allocates",
    "invokes",
    "configures",
    "populates",
    "swaps",
    "brings",
    "marks",
    "restores",
    "registers",
    "runs",
    "starts",
    "stops",
    "waits",
    "appends",
    "builds",
    "finds",
    "looks",
    "makes",
    "generates",
    "loads",
    "records",
    "resets",
    "updates",
    "validates",
    "gets",
    "handles",
    "prints",
    "encodes",
    "decodes",
    "closes",
    "opens",
    "compares",
    "walks",
    "adjusts",
    "applies",
    "assigns",
    "clears",
    "emits",
    "evaluates",
    "frees",
    "initializes",
    "inserts",
    "installs",
    "rewrites",
    "scans",
    "splits",
    "stores",
    "tries",
    "unpacks",
    "verifies",
    "wraps",
    "advances",
];

/// The verbs a Go doc comment opens a type's with (`// RuneRole specifies the role of a rune`): what a type
/// stands for.
const TYPE_VERBS: &[&str] = &["represents", "specifies", "describes"];

/// At the left margin under a doc comment, the declaration the comment documents: `func ` under `// Minor
/// returns ...` (Go's doc comments open with the name and what it does) or under a directive only functions
/// take (`//go:nosplit`), `type ` under `// A Map represents ...` or `// RuneRole specifies ...`. A name that
/// `is` something is left alone: as often a variable or a constant as a type.
fn documented_declaration(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.line_before.is_empty() || !context.at_line_end() {
        return;
    }
    let mut comment = context
        .code_before_line()
        .lines()
        .rev()
        .take_while(|line| line.starts_with("//"));
    let Some(last) = comment.next() else {
        return;
    };
    let first = comment.last().unwrap_or(last);
    let directive = last.split_whitespace().next().unwrap_or("");
    let mut words = first.trim_start_matches('/').split_whitespace();
    let keyword = match (words.next(), words.next()) {
        _ if FUNCTION_DIRECTIVES.contains(&directive) => "func ",
        (Some("A" | "An"), Some(name))
            if name.starts_with(char::is_uppercase) && is_plain_name(name) =>
        {
            "type "
        }
        (Some(name), Some(verb)) if is_plain_name(name) && FUNCTION_VERBS.contains(&verb) => {
            "func "
        }
        (Some(name), Some(verb)) if is_plain_name(name) && TYPE_VERBS.contains(&verb) => "type ",
        _ => return,
    };
    out.push(Suggestion::of_kind(keyword, 0.8, "keyword"));
}

/// The name of a declaration begun under its doc comment: `func Mi` -> `nor` under `// Minor returns ...`, `type
/// Ma` -> `p` under `// A Map represents ...`: Go's doc comments open with the name they document.
fn documented_name(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let prefix = context.prefix;
    if prefix.is_empty() || context.member.is_some() || !context.at_line_end() {
        return;
    }
    let declared = context.before_prefix();
    let keyword = ["func ", "type ", "var ", "const "]
        .into_iter()
        .find(|keyword| declared.starts_with(keyword));
    let receiver_only = |rest: &str| {
        rest.is_empty()
            || rest
                .strip_prefix('(')
                .and_then(|receiver| receiver.strip_suffix(") "))
                .is_some_and(|receiver| !receiver.contains(['(', ')']))
    };
    let Some(keyword) = keyword else {
        return;
    };
    let rest = declared.get(keyword.len()..).unwrap_or("");
    if !(rest.is_empty() || keyword == "func " && receiver_only(rest)) {
        return;
    }
    let Some(first) = context
        .code_before_line()
        .lines()
        .rev()
        .take_while(|line| line.starts_with("//"))
        .last()
    else {
        return;
    };
    let mut words = first.trim_start_matches('/').split_whitespace();
    let name = match words.next() {
        Some("A" | "An") => words.next(),
        word => word,
    };
    let Some(name) = name.map(|word| word.trim_end_matches(|c: char| !is_identifier_char(c)))
    else {
        return;
    };
    if is_plain_name(name)
        && let Some(rest) = name.strip_prefix(prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::of_kind(rest, 0.85, "identifier"));
    }
}

/// How many lines up a struct's or an interface's header is looked for, from one of its fields.
const TYPE_BODY_LINES: usize = 300;

/// A struct's field or an interface's method under its doc comment: `\t` -> `Size` under `\t// Size is the
/// length of the frame.` in `type Frame struct {`. Fields and methods are documented by name, as declarations are.
fn documented_field(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let prefix = context.prefix;
    if context.line_before.strip_suffix(prefix) != Some("\t") || !context.at_line_end() {
        return;
    }
    let mut above = context
        .code_before_line()
        .lines()
        .rev()
        .take(TYPE_BODY_LINES);
    let mut first = None;
    let mut after_comment = None;
    for line in above.by_ref() {
        match line.strip_prefix("\t//") {
            Some(comment) => first = Some(comment),
            None => {
                after_comment = Some(line);
                break;
            }
        }
    }
    let Some(name) = first.and_then(|comment| comment.split_whitespace().next()) else {
        return;
    };
    // The type's header is the first line up at the left margin.
    let header = after_comment
        .into_iter()
        .chain(above)
        .find(|line| !line.is_empty() && !line.starts_with(char::is_whitespace));
    let in_type = header.is_some_and(|line| {
        line.starts_with("type ") && (line.ends_with(" struct {") || line.ends_with(" interface {"))
    });
    if in_type
        && is_plain_name(name)
        && let Some(rest) = name.strip_prefix(prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::of_kind(rest, 0.85, "identifier"));
    }
}

/// `import ` on the first line after the `package` clause and a blank line, in a file written by hand: what a Go
/// file declares first. A generated file (`// Code generated ... DO NOT EDIT.`) is as often tables of constants.
fn imports_after_package(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.line_before.is_empty() || !context.at_line_end() {
        return;
    }
    let before = context.code_before_line();
    let mut lines = before.lines().rev();
    let after_blank = lines.next().is_some_and(|line| line.trim().is_empty());
    let after_package = lines
        .find(|line| !line.trim().is_empty())
        .is_some_and(|line| line.starts_with("package "));
    if after_blank
        && after_package
        && !before.contains("DO NOT EDIT")
        && !before.contains("Code generated")
    {
        out.push(Suggestion::of_kind("import ", 0.8, "keyword"));
    }
}

/// The exported types of packages whose values are often declared, the most used first, and whether that first
/// one is what a declaration names nearly always (`unsafe.Pointer`, `context.Context`). Only types: a type
/// position (`func f(ctx context.`, `var mu sync.`) takes no function, constant or variable.
const PACKAGE_TYPES: &[(&str, bool, &[&str])] = &[
    ("unsafe", true, &["Pointer"]),
    (
        "context",
        true,
        &["Context", "CancelFunc", "CancelCauseFunc"],
    ),
    (
        "sync",
        false,
        &[
            "Mutex",
            "WaitGroup",
            "RWMutex",
            "Once",
            "Map",
            "Pool",
            "Cond",
            "Locker",
        ],
    ),
    (
        "atomic",
        false,
        &[
            "Int64", "Int32", "Bool", "Value", "Uint64", "Uint32", "Pointer", "Uintptr",
        ],
    ),
    (
        "http",
        false,
        &[
            "Request",
            "ResponseWriter",
            "Handler",
            "Client",
            "Server",
            "Header",
            "HandlerFunc",
            "Response",
            "Cookie",
            "Transport",
            "ServeMux",
            "RoundTripper",
        ],
    ),
    (
        "io",
        false,
        &[
            "Reader",
            "Writer",
            "ReadCloser",
            "WriteCloser",
            "ReadWriter",
            "Closer",
            "ReaderAt",
            "WriterTo",
            "ReaderFrom",
            "ReadSeeker",
            "ByteReader",
            "RuneReader",
            "Seeker",
            "PipeReader",
            "PipeWriter",
            "SectionReader",
            "StringWriter",
        ],
    ),
    (
        "time",
        false,
        &[
            "Duration", "Time", "Timer", "Ticker", "Location", "Month", "Weekday",
        ],
    ),
    ("bytes", true, &["Buffer", "Reader"]),
    ("strings", true, &["Builder", "Reader", "Replacer"]),
    (
        "bufio",
        false,
        &["Scanner", "Reader", "Writer", "ReadWriter", "SplitFunc"],
    ),
    (
        "json",
        false,
        &[
            "RawMessage",
            "Decoder",
            "Encoder",
            "Number",
            "Marshaler",
            "Unmarshaler",
        ],
    ),
    (
        "os",
        false,
        &[
            "File", "FileInfo", "FileMode", "Signal", "Process", "ProcAttr", "DirEntry",
        ],
    ),
    (
        "fs",
        false,
        &[
            "FileInfo",
            "FileMode",
            "DirEntry",
            "FS",
            "File",
            "PathError",
        ],
    ),
    ("big", true, &["Int", "Float", "Rat", "Word"]),
    (
        "reflect",
        false,
        &[
            "Type",
            "Value",
            "Kind",
            "StructField",
            "Method",
            "StructTag",
        ],
    ),
    (
        "sql",
        false,
        &[
            "DB",
            "Rows",
            "Row",
            "Tx",
            "Stmt",
            "Result",
            "Conn",
            "NullString",
            "NullInt64",
        ],
    ),
    ("testing", false, &["T", "B", "M", "TB", "F"]),
    ("url", true, &["URL", "Values", "Userinfo"]),
    (
        "net",
        false,
        &[
            "Conn", "Listener", "Addr", "IP", "TCPAddr", "UDPAddr", "IPNet", "Dialer", "TCPConn",
            "UDPConn",
        ],
    ),
    ("log", true, &["Logger"]),
    (
        "gin",
        true,
        &["Context", "Engine", "HandlerFunc", "RouterGroup", "H"],
    ),
    (
        "slog",
        false,
        &["Logger", "Attr", "Level", "Handler", "Value", "Record"],
    ),
    ("regexp", true, &["Regexp"]),
    ("exec", true, &["Cmd", "ExitError", "Error"]),
    ("template", true, &["Template", "FuncMap", "HTML"]),
    (
        "token",
        false,
        &["Pos", "Token", "FileSet", "File", "Position"],
    ),
    ("flag", false, &["Flag", "FlagSet", "Value"]),
    ("rand", false, &["Rand", "Source"]),
    ("list", false, &["List", "Element"]),
    (
        "image",
        false,
        &["Image", "Point", "Rectangle", "RGBA", "Config"],
    ),
    ("color", false, &["Color", "RGBA", "NRGBA", "Gray", "Model"]),
    ("tls", true, &["Config", "Conn", "Certificate"]),
    ("x509", true, &["Certificate", "CertPool"]),
    ("rsa", false, &["PrivateKey", "PublicKey"]),
    ("ecdsa", false, &["PrivateKey", "PublicKey"]),
    ("hash", true, &["Hash", "Hash32", "Hash64"]),
    ("csv", false, &["Reader", "Writer"]),
    ("binary", true, &["ByteOrder", "AppendByteOrder"]),
    (
        "runtime",
        false,
        &["Frame", "Frames", "MemStats", "Func", "Error"],
    ),
];

/// `func f(ctx context.` -> `Context`, `var mu sync.` -> `Mutex`, `fi os.` -> `FileInfo`, `(*T)(unsafe.` ->
/// `Pointer`: where a Go member names a type, the declared name says which of the package's types (or the package
/// has one type that declarations name); otherwise its types are listed before anything else it exports.
fn declared_type(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.member else { return };
    if access.separator != "." {
        return;
    }
    // Only closers may follow (an editor's auto-pairs): a type in the middle of a line is being edited.
    if !context
        .line_after
        .trim()
        .chars()
        .all(|c| matches!(c, ')' | ']' | '}' | ','))
    {
        return;
    }
    let Some(before) = context.before_receiver(&access) else {
        return;
    };
    let trimmed = before.trim_end();
    // A pointer conversion takes an `unsafe.Pointer` (`(*T)(unsafe.`, `uintptr(unsafe.`): `Sizeof` and
    // `Offsetof` already give a `uintptr`.
    let converted =
        access.receiver == "unsafe" && (trimmed.ends_with(")(") || trimmed.ends_with("uintptr("));
    // A function's result type: `func Loadp(ptr unsafe.Pointer) unsafe.`.
    let result_type = before.ends_with(") ") && trimmed.trim_start().starts_with("func ");
    if !converted && !result_type && !super::members::in_go_type_position(context, &access) {
        return;
    }
    let declared = trimmed.trim_end_matches(['*', '[', ']']).trim_end();
    // A type switch's `case *ast.` names a type too, but no variable.
    let declared_name = declared
        .get(super::lexer::trailing_identifier_start(declared)..)
        .filter(|name| {
            !matches!(
                *name,
                "case" | "return" | "var" | "type" | "func" | "chan" | "map"
            )
        })
        .unwrap_or("");
    let fits = |name: &&str| name.len() > context.prefix.len() && name.starts_with(context.prefix);
    let Some(&(_, dominant, types)) = PACKAGE_TYPES
        .iter()
        .find(|(package, _, _)| *package == access.receiver)
    else {
        // A package of the code's own (`fn *ir.`, `Type *types.`): the exported names it was seen to give
        // uncalled, and only the one the declared name fits.
        let seen: Vec<&str> = context
            .scan
            .members
            .iter()
            .filter(|stats| {
                !stats.called && stats.name.starts_with(|c: char| c.is_ascii_uppercase())
            })
            .map(|stats| stats.name)
            .filter(fits)
            .collect();
        if let Some(name) = type_named_by(declared_name, &seen) {
            out.push(Suggestion::member(&name[context.prefix.len()..], 0.89));
        }
        return;
    };
    let fitting: Vec<&str> = types.iter().copied().filter(fits).collect();
    let named = type_named_by(declared_name, &fitting);
    // A type assertion (`err.(*exec.`) names what a value turned out to be, seldom the package's usual type.
    let asserted = declared.ends_with(".(");
    let sure = named.or_else(|| {
        (dominant && !asserted || converted)
            .then(|| fitting.first().copied())
            .flatten()
            .filter(|first| types.first() == Some(first))
    });
    if let Some(name) = sure {
        out.push(Suggestion::member(&name[context.prefix.len()..], 0.89));
    }
    // The others follow, ahead of the package's functions and constants, which no declaration names.
    let mut confidence = 0.8;
    for name in fitting.iter().filter(|name| Some(**name) != sure).take(3) {
        out.push(Suggestion::member(
            &name[context.prefix.len()..],
            confidence,
        ));
        confidence -= 0.05;
    }
}

/// The type a declared name stands for (`wg` -> `WaitGroup`, `ctx` -> `Context`, `fi` -> `FileInfo`, `mu` ->
/// `Mutex`, `rows` -> `Rows`), from the closest fit: the same word, the type's initials, the start of its name, a
/// word that ends its name (`info` -> `FileInfo`), the name's letters in order (`ctx`), the first letter of its
/// last word (`w` -> `ResponseWriter`).
fn type_named_by<'a>(declared_name: &str, types: &[&'a str]) -> Option<&'a str> {
    let name = declared_name
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == '_')
        .to_ascii_lowercase();
    if name.is_empty() {
        return None;
    }
    let lowered: Vec<(&str, String)> = types
        .iter()
        .map(|ty| (*ty, ty.to_ascii_lowercase()))
        .collect();
    let initials = |ty: &str| {
        ty.chars()
            .filter(char::is_ascii_uppercase)
            .collect::<String>()
            .to_ascii_lowercase()
    };
    let in_order = |short: &str, long: &str| {
        let mut letters = long.chars();
        short.chars().all(|c| letters.any(|l| l == c))
    };
    let last_word = |ty: &str| {
        ty.char_indices()
            .rev()
            .find(|(_, c)| c.is_ascii_uppercase())
            .map(|(at, _)| ty[at..].to_ascii_lowercase())
    };
    let find = |test: &dyn Fn(&str, &str) -> bool| {
        lowered
            .iter()
            .find(|(ty, lower)| test(ty, lower))
            .map(|(ty, _)| *ty)
    };
    find(&|_, lower| *lower == name)
        .or_else(|| find(&|ty, _| name.len() > 1 && initials(ty) == name))
        .or_else(|| find(&|_, lower| lower.starts_with(&name)))
        .or_else(|| find(&|_, lower| name.len() > 2 && lower.ends_with(&name)))
        .or_else(|| {
            find(&|_, lower| {
                name.len() > 1 && lower.starts_with(&name[..1]) && in_order(&name, lower)
            })
        })
        .or_else(|| {
            find(&|ty, _| {
                name.len() == 1 && last_word(ty).is_some_and(|word| word.starts_with(&name))
            })
        })
}

/// `wg.` of a `sync.WaitGroup`, starting a statement: `Add(1)` in a loop that starts goroutines, `Done()` after
/// `defer `, `Wait()` after the loop.
fn wait_group_step(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !context.at_line_end() {
        return;
    }
    let deferred = context.before_receiver(&access).map(str::trim) == Some("defer");
    if !deferred && !context.member_starts_statement(&access) {
        return;
    }
    let step = if deferred {
        "Done()"
    } else {
        let tokens = context.tokens_before();
        let in_loop = open_braces(context, tokens).last().is_some_and(|&brace| {
            tokens.get(brace).is_some_and(|token| {
                let header = context.line_of(token).trim_start();
                header.starts_with("for ") || header.starts_with("for{")
            })
        });
        if in_loop {
            "Add(1)"
        } else if context.previous_code_line().map(str::trim) == Some("}") {
            "Wait()"
        } else {
            return;
        }
    };
    if !step.starts_with(context.prefix) {
        return;
    }
    // Read last: the receiver must be a WaitGroup.
    let receiver = access.receiver;
    let window = context.code.get(..context.cursor).unwrap_or("");
    // `wg.Add(1)` is only ever said to a WaitGroup, declared or not in sight.
    let declared = parameter_type_members(context, receiver)
        .is_some_and(|members| members.contains(&"Wait()") && members.contains(&"Done()"))
        || [
            ":= sync.WaitGroup{}",
            ":= &sync.WaitGroup{}",
            "sync.WaitGroup",
            ".Add(1)",
        ]
        .iter()
        .any(|made| {
            window.contains(&format!("{receiver} {made}"))
                || window.contains(&format!("var {receiver} {made}"))
                || (made.starts_with('.') && window.contains(&format!("{receiver}{made}")))
        });
    if !declared {
        return;
    }
    if let Some(rest) = step.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::member(rest, 0.88));
    }
}

/// `time.Sleep(` -> `time.Second)`: a pause is written in the package's units, a second the usual one.
fn sleep_duration(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.at_line_end()
        && context.prefix.is_empty()
        && context.line_before.trim_start() == "time.Sleep("
    {
        out.push(Suggestion::construct("time.Second)", 0.82));
    }
}

/// A web server's everyday lines: `http.` after the routes registered with `http.HandleFunc(` ->
/// `ListenAndServe(":8080", nil)` (first in the list only: another route is as likely), and `fmt.` starting a
/// statement in a handler -> `Fprintf(w, ` (the response is written to its writer, not printed).
fn http_server_step(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !context.at_line_end() || !context.member_starts_statement(&access) {
        return;
    }
    let member = match access.receiver {
        "http"
            if context.previous_code_line().is_some_and(|line| {
                let line = line.trim_start();
                line.starts_with("http.HandleFunc(") || line.starts_with("http.Handle(")
            }) =>
        {
            "ListenAndServe(\":8080\", nil)".to_owned()
        }
        "fmt" => {
            let Some(function) = enclosing_function(context) else {
                return;
            };
            let Some(writer) = function
                .parameters
                .iter()
                .find(|parameter| parameter.type_text.trim() == "http.ResponseWriter")
            else {
                return;
            };
            format!("Fprintf({}, ", writer.name)
        }
        _ => return,
    };
    let confidence = if access.receiver == "http" { 0.8 } else { 0.88 };
    if let Some(rest) = member.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::member(rest, confidence));
    }
}

/// The router a server serves: the `ServeMux` the code made (`mux := http.NewServeMux()`), else `nil`.
fn served_router<'a>(context: &Context<'a>) -> &'a str {
    context
        .code_lines_above()
        .find_map(|line| {
            let (name, _) = line.split_once(" := http.NewServeMux()")?;
            is_plain_name(name).then_some(name)
        })
        .unwrap_or("nil")
}

/// A web server's arguments: `http.HandleFunc(` -> `"/", handler)` for the one handler the file defines,
/// `http.ListenAndServe(` -> `":8080", nil)`, a handler's `w.Header().Set(` -> `"Content-Type",
/// "application/json")` and `Decode(` of the request's body -> `&u); err != nil {` for the variable just
/// declared.
fn http_server_arguments(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    match typed {
        "http.HandleFunc(" => {
            let handlers: Vec<&str> = context
                .code
                .lines()
                .filter_map(|line| {
                    let rest = line.strip_prefix("func ")?;
                    let (name, parameters) = rest.split_once('(')?;
                    parameters
                        .contains("http.ResponseWriter")
                        .then_some(name.trim())
                })
                .collect();
            if let [handler] = handlers[..]
                && !context.code.contains("http.HandleFunc(\"/\"")
            {
                out.push(Suggestion::construct(format!("\"/\", {handler})"), 0.88));
            }
        }
        // The router the code made (`mux := http.NewServeMux()`), else the default one (`nil`).
        "http.ListenAndServe(" => out.push(Suggestion::construct(
            format!("\":8080\", {})", served_router(context)),
            0.86,
        )),
        // The server's error is the one `log.Fatal` reports: both calls close.
        "log.Fatal(http.ListenAndServe(" => {
            out.push(Suggestion::construct(
                format!("\":8080\", {}))", served_router(context)),
                0.86,
            ));
        }
        _ if typed.contains("http.ListenAndServe(\"") && typed.ends_with("\", ") => {
            let closers = if typed.starts_with("log.Fatal(") {
                "))"
            } else {
                ")"
            };
            out.push(Suggestion::construct(
                format!("{}{closers}", served_router(context)),
                0.86,
            ));
        }
        "w.Header().Set(" => {
            let writer = enclosing_function(context).is_some_and(|function| {
                function
                    .parameters
                    .iter()
                    .any(|parameter| parameter.name == "w")
            });
            if writer {
                out.push(Suggestion::construct(
                    "\"Content-Type\", \"application/json\")",
                    0.86,
                ));
            }
        }
        _ if typed.ends_with(".Body).Decode(") => {
            let declared = context.previous_code_line().and_then(|line| {
                let rest = line.trim().strip_prefix("var ")?;
                let (name, _) = rest.split_once(' ')?;
                super::lexer::is_plain_name(name).then_some(name)
            });
            if let Some(name) = declared {
                let text = if typed.starts_with("if err := ") {
                    format!("&{name}); err != nil {{")
                } else {
                    format!("&{name})")
                };
                out.push(Suggestion::construct(text, 0.88));
            }
        }
        _ => {}
    }
}

/// `m := map[string]int` at the end of a line: `{}`, the empty literal (the caret between the braces).
fn map_literal(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim();
    let Some((_, value)) = typed.split_once(":= map[") else {
        return;
    };
    // After the key type's `]`, the value type must be complete: a known word, not one being typed.
    let Some((_, value_type)) = value.split_once(']') else {
        return;
    };
    let complete = matches!(
        value_type,
        "int"
            | "int64"
            | "int32"
            | "string"
            | "bool"
            | "float64"
            | "any"
            | "interface{}"
            | "struct{}"
            | "[]string"
            | "[]int"
            | "[]byte"
            | "error"
            | "uint64"
            | "byte"
            | "rune"
    );
    if complete {
        out.push(Suggestion::construct("{}", 0.9));
    }
}

/// `if err` ... `if err != nil {` at the end of a line, in a function returning an error: the whole check, with
/// the `return` of the function's zero values and `err`, and the closing brace.
fn error_check(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let whole = "if err != nil {";
    if typed.len() < "if err".len() || !whole.starts_with(typed) {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let values: Vec<String> = match function.results.split_last() {
        Some((last, others)) if last.trim() == "error" => others
            .iter()
            .map(|result| zero_value(result))
            .chain(std::iter::once("err".to_owned()))
            .collect(),
        _ => return,
    };
    let indentation: String = context
        .line_before
        .chars()
        .take_while(|character| character.is_whitespace())
        .collect();
    let block = format!(
        "{}\n{indentation}\treturn {}\n{indentation}}}",
        &whole[typed.len()..],
        values.join(", ")
    );
    out.push(Suggestion::construct(block, 0.92));
}

/// On the line after a statement that assigns `err` (`f, err := os.Open(name)`, `err = w.Flush()`), at the same
/// indentation: `if err != nil {` (what is typed of it completed). Go code checks the error right after nearly every
/// call that returns one; once the check is written the previous line is no longer the assignment, so an error
/// already checked is never offered again. From `if err` on, the phrase rules above take over.
fn check_assigned_error(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const CHECK: &str = "if err != nil {";
    if !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    if typed.len() >= "if err".len() || !CHECK.starts_with(typed) {
        return;
    }
    let Some(previous) = context.previous_code_line() else {
        return;
    };
    if indentation(previous) == context.current_indentation() && assigns_error(previous.trim()) {
        // `_, err := Divide(1, 0)` in a test discards the value: the test wants the error, and fails without it.
        let check = if previous.trim_start().starts_with("_, err :=") && in_test(context) {
            "if err == nil {"
        } else {
            CHECK
        };
        if let Some(rest) = check.strip_prefix(typed) {
            out.push(Suggestion::construct(rest, 0.85));
        }
    }
}

/// Whether the cursor is in a test function (`func TestX(t *testing.T)`).
fn in_test(context: &Context<'_>) -> bool {
    enclosing_function(context).is_some_and(|function| {
        function
            .parameters
            .iter()
            .any(|parameter| parameter.type_text.trim() == "*testing.T")
    })
}

/// Whether a whole statement assigns `err` the result of a call: `x, err := f(y)`, `err = g()`, not `err :=
/// fmt.Errorf(...)` (an error made to be returned) nor a statement that continues on the next line.
fn assigns_error(statement: &str) -> bool {
    let Some((targets, value)) = statement
        .split_once(":=")
        .or_else(|| statement.split_once(" = "))
    else {
        return false;
    };
    let names: Vec<&str> = targets.split(',').map(str::trim).collect();
    let simple = names
        .iter()
        .all(|name| !name.is_empty() && name.chars().all(is_identifier_char));
    let value = value.trim();
    let made_to_return = ["errors.New(", "fmt.Errorf(", "nil"]
        .iter()
        .any(|maker| value.starts_with(maker));
    simple
        && names.contains(&"err")
        && value.ends_with(')')
        && !made_to_return
        && brackets_balanced(value)
}

/// Whether every `(`, `[` and `{` of a line is closed on it.
fn brackets_balanced(text: &str) -> bool {
    let depth = text.chars().try_fold(0u32, |depth, c| match c {
        '(' | '[' | '{' => Some(depth + 1),
        ')' | ']' | '}' => depth.checked_sub(1),
        _ => Some(depth),
    });
    depth == Some(0)
}

/// `s = append(` -> `s, `: a slice grows by assigning `append` of itself, so the first argument is the assigned
/// variable (`xs = append(xs, x)`, `p.items = append(p.items, item)`, `m[k] = append(m[k], v)`). Not after `:=`,
/// which makes a new slice, usually from another.
fn self_append(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let Some(assignment) = context.before_prefix().trim().strip_suffix("append(") else {
        return;
    };
    let Some(target) = assignment.trim_end().strip_suffix('=') else {
        return;
    };
    let target = target.trim();
    // `a == append(`, `a := append(`, `a += ...`: not an assignment of the slice to itself.
    let plain = !target.is_empty()
        && target
            .chars()
            .all(|c| is_identifier_char(c) || matches!(c, '.' | '[' | ']'));
    if plain && let Some(rest) = target.strip_prefix(context.prefix) {
        out.push(Suggestion::construct(format!("{rest}, "), 0.9));
    }
}

/// `evens = ` -> `append(evens, n)` in `for _, n := range nums {` for a slice declared above (`var evens []int`,
/// `evens := []int{}`): a loop collects its elements into the slice.
fn collect_loop_element(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let Some(slice) = context
        .line_before
        .trim_start()
        .strip_suffix(" = ")
        .filter(|name| !name.is_empty() && name.chars().all(is_identifier_char))
    else {
        return;
    };
    let declared = context.code_lines_above().take(20).any(|line| {
        line.starts_with(&format!("var {slice} []"))
            || line.starts_with(&format!("{slice} := []"))
            || line.starts_with(&format!("{slice} := make([]"))
    });
    let depth = indentation(context.line_before);
    // The innermost loop around the cursor: `for _, n := range nums {`.
    let element = context
        .code_before_line()
        .lines()
        .rev()
        .take(20)
        .filter(|line| !line.trim().is_empty() && indentation(line) < depth)
        .find_map(|line| {
            let header = line.trim().strip_prefix("for ")?;
            let (variables, _) = header.split_once(" := range ")?;
            let element = variables.rsplit(", ").next()?.trim();
            Some(element)
        })
        .filter(|element| *element != "_" && element.chars().all(is_identifier_char));
    if declared && let Some(element) = element {
        out.push(Suggestion::construct(
            format!("append({slice}, {element})"),
            0.85,
        ));
    }
}

/// `ch := make(` -> `chan `, `seen := make(` -> `map[`: the kind of what is made, when the variable's name says it
/// (see [`names_channel`] and [`names_map`]). A slice or a name that says nothing gets nothing: a guess between
/// `[]`, `map[` and `chan ` would be wrong too often.
fn made_kind(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let Some(assignment) = context.line_before.trim().strip_suffix("make(") else {
        return;
    };
    let assignment = assignment.trim_end();
    let Some(target) = assignment
        .strip_suffix(":=")
        .or_else(|| assignment.strip_suffix('='))
    else {
        return;
    };
    let Some(name) = target.trim().rsplit(['.', ' ']).next() else {
        return;
    };
    if names_channel(name) {
        out.push(Suggestion::construct("chan ", 0.85));
    } else if names_map(name) {
        out.push(Suggestion::construct("map[", 0.8));
    }
}

/// Whether a name is one Go code gives channels: `ch`, `done`, `quit`, `stop`, `sem`, `errc`, or a name ending in
/// `Ch`, `Chan` or `C` after a lower-case letter (`resultCh`, `msgChan`, `errC`). Plural names such as `results`
/// are left out: slices are named so just as often.
fn names_channel(name: &str) -> bool {
    if matches!(
        name,
        "ch" | "done" | "quit" | "stop" | "sem" | "errc" | "errCh" | "errChan" | "sigCh"
    ) {
        return true;
    }
    ["Ch", "Chan", "C"].iter().any(|ending| {
        name.strip_suffix(ending)
            .and_then(|stem| stem.chars().next_back())
            .is_some_and(char::is_lowercase)
    })
}

/// Whether a name is one Go code gives maps (and sets, which Go writes as maps): `m`, `seen`, `visited`, `cache`,
/// `set`, a name ending in `Map` or `Set`, or one with a `By` key (`byName`, `usersByID`).
fn names_map(name: &str) -> bool {
    if matches!(name, "m" | "seen" | "visited" | "cache" | "set") {
        return true;
    }
    let keyed = name.match_indices("By").any(|(at, _)| {
        name.get(at + 2..)
            .is_some_and(|key| key.starts_with(char::is_uppercase))
    }) || name
        .strip_prefix("by")
        .is_some_and(|rest| rest.starts_with(char::is_uppercase));
    keyed
        || ["Map", "Set"].iter().any(|ending| {
            name.strip_suffix(ending)
                .and_then(|stem| stem.chars().next_back())
                .is_some_and(char::is_lowercase)
        })
}

/// `import ` right after the `package` clause: `"fmt"`, the package a Go file imports first far more than any other
/// (the first program and most small tools print). Anywhere else the file's own imports say more than a guess.
fn first_import(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let after_package = context
        .previous_code_line()
        .is_some_and(|line| line.trim_start().starts_with("package "));
    if context.line_before.trim_start() == "import " && after_package {
        out.push(Suggestion::construct("\"fmt\"", 0.8));
    }
}

/// How many code lines above `defer ` are searched for what it releases: the acquisition, its error check and a
/// line or two more.
const DEFER_LOOKBACK_LINES: usize = 8;

/// `defer ` -> the release of what the function acquired just before (what is typed of it completed): `f.Close()`
/// after `f, err := os.Open(...)`, `resp.Body.Close()` after `resp, err := http.Get(...)`, `mu.Unlock()` after
/// `mu.Lock()`, `cancel()` after `ctx, cancel := context.WithTimeout(...)`. Nothing when the release is already
/// written or nothing was acquired in the last few lines.
fn deferred_release(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let Some(typed) = context.line_before.trim_start().strip_prefix("defer ") else {
        return;
    };
    if !typed.chars().all(|c| is_identifier_char(c) || c == '.') {
        return;
    }
    let lines: Vec<&str> = context
        .code_lines_above()
        .take_while(|line| !line.starts_with("func "))
        .take(DEFER_LOOKBACK_LINES)
        .collect();
    let Some((position, release)) = lines
        .iter()
        .enumerate()
        .find_map(|(position, line)| release_of(line).map(|release| (position, release)))
    else {
        return;
    };
    let released = lines
        .get(..position)
        .unwrap_or_default()
        .iter()
        .any(|line| line.contains(release.as_str()));
    if !released
        && let Some(rest) = release.strip_prefix(typed)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, 0.85));
    }
}

/// The line after a file's error check, before `defer ` is typed: `f, err := os.Open(path)`, `if err != nil {`
/// ... `}`, then a blank line -> `defer f.Close()` (what Go's tutorials write right there, every time).
fn release_after_error_check(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if !context.at_line_end() || !"defer ".starts_with(typed) {
        return;
    }
    let mut above = context.code_lines_above();
    let (Some("}"), Some(exit), Some("if err != nil {"), Some(acquire)) =
        (above.next(), above.next(), above.next(), above.next())
    else {
        return;
    };
    if !exit.starts_with("return") && !exit.contains("Fatal") && !exit.starts_with("panic(") {
        return;
    }
    let Some(release) = release_of(acquire) else {
        return;
    };
    // The lock and WaitGroup releases are not checked for errors: only what was opened is closed here.
    if !release.ends_with("Close()") {
        return;
    }
    if let Some(rest) = format!("defer {release}").strip_prefix(typed) {
        out.push(Suggestion::construct(rest, 0.86));
    }
}

/// What releases what a statement acquires, if it acquires something (see [`deferred_release`]).
fn release_of(statement: &str) -> Option<String> {
    // `wg.Add(1)` before `go func() {`: the goroutine says it is done.
    for (lock, unlock) in [
        (".Lock()", ".Unlock()"),
        (".RLock()", ".RUnlock()"),
        (".Add(1)", ".Done()"),
    ] {
        if let Some(holder) = statement.strip_suffix(lock)
            && !holder.is_empty()
            && holder.chars().all(|c| is_identifier_char(c) || c == '.')
        {
            return Some(format!("{holder}{unlock}"));
        }
    }
    let (targets, value) = statement.split_once(":=")?;
    let names: Vec<&str> = targets.split(',').map(str::trim).collect();
    let first = *names.first()?;
    if !first.chars().all(is_identifier_char) || first.is_empty() {
        return None;
    }
    let call = value.trim().split('(').next()?;
    let (package, function) = call.rsplit_once('.')?;
    match function {
        "Open" | "OpenFile" | "Create" | "CreateTemp" | "Dial" | "DialTimeout" | "DialContext"
        | "Listen" | "OpenReader" | "Accept"
            if first != "_" =>
        {
            Some(format!("{first}.Close()"))
        }
        "Get" | "Post" | "PostForm" | "Head" | "Do"
            if package == "http" || package.to_lowercase().ends_with("client") =>
        {
            Some(format!("{first}.Body.Close()"))
        }
        _ if package == "context" && function.starts_with("With") => names
            .get(1)
            .filter(|cancel| **cancel != "_")
            .map(|cancel| format!("{cancel}()")),
        _ => None,
    }
}

/// The value after `return`: an accumulated local (with `, nil` when an error is also returned), or `nil` for a
/// function returning only an error.
fn return_value(context: &Context<'_>) -> Option<(String, f64)> {
    let function = enclosing_function(context)?;
    let returns_error = function
        .results
        .last()
        .is_some_and(|result| result.trim() == "error");
    if function.results.len() == 1 && returns_error {
        return Some(("nil".to_owned(), 0.6));
    }
    // The rule every language shares (`a + b` for `func add(a, b int) int`), when one value is returned.
    if function.results.len() <= 1
        && let Some(shared) = super::statements::return_value(context)
    {
        return Some(shared);
    }
    let (local, convincing) = likely_result(&locals(context, function.body_start))?;
    let confidence = if convincing { 0.7 } else { 0.5 };
    let value = if returns_error && function.results.len() == 2 {
        format!("{}, nil", local.name)
    } else {
        local.name.to_owned()
    };
    Some((value, confidence))
}

/// The end of a function of a value and an `error`, right after the check of the call that made the value: `n,
/// err := strconv.Atoi(s)`, `if err != nil { return 0, err }`, then `return ` -> `n, nil`, listed only: the
/// check handed the error on, but on the corpus the value was as often converted or wrapped first (`return
/// Data{f, data[:n]}, nil`): 2 right for 7 wrong over six seeds when it was offered inline, also on the blank line.
fn checked_value_returned(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.line_before != "\treturn " {
        return;
    }
    let ends_function = context.next_code_line().is_none_or(|line| line == "}");
    if !ends_function {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    match function.results.as_slice() {
        [value, error] if error.trim() == "error" && value.trim() != "error" => {}
        _ => return,
    }
    // Above: the check's `}`, its `return ...` of the error, its header, and the call.
    let mut above = context.code_lines_above();
    let (Some("}"), Some(handed_on), Some("if err != nil {"), Some(call)) =
        (above.next(), above.next(), above.next(), above.next())
    else {
        return;
    };
    if !handed_on.starts_with("return ") || !handed_on.contains("err") {
        return;
    }
    let Some(value) = call
        .split_once(", err := ")
        .or_else(|| call.split_once(", err = "))
        .map(|(value, _)| value.trim())
        .filter(|value| is_plain_name(value) && *value != "_")
    else {
        return;
    };
    out.push(Suggestion::construct(format!("{value}, nil"), 0.6));
}

/// The final `return ` of a function of one result (and an `error`) -> the local the body built of that type, the
/// last one: `return ` -> `t` after `t := &Table{...}` in `func newTable() *Table {`, `buf` after `var buf []byte`,
/// `list, nil` after `list := make([]string, 0)` when an error is returned too. The value was made to be returned.
fn built_result(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    // gofmt indents the body's own statements by one tab: deeper, a `return` leaves early with something else.
    let lead = match context.line_before {
        "\treturn" if context.prefix == "return" => " ",
        "\treturn " => "",
        _ => return,
    };
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let with_error = match function.results.as_slice() {
        [_] => false,
        [_, error] if error.trim() == "error" => true,
        _ => return,
    };
    let Some(result) = function.results.first().map(|result| result.trim()) else {
        return;
    };
    // A number, a text or a truth is computed at the end (`int64(size) + n`) far more often than kept in a local.
    if result.is_empty()
        || result.contains(char::is_whitespace)
        || result == "error"
        || sure_zero_value(result).is_some_and(|zero| zero != "nil")
    {
        return;
    }
    let Some(body) = context
        .tokens_before()
        .get(function.body_start)
        .and_then(|token| {
            context
                .code
                .get(context.line_start(token.start)..context.cursor)
        })
    else {
        return;
    };
    let element = result.trim_start_matches('*');
    let built = |value: &str| {
        value
            .strip_prefix('&')
            .unwrap_or(value)
            .strip_prefix(element)
            .is_some_and(|rest| rest.starts_with('{'))
            || value
                .strip_prefix("new(")
                .and_then(|rest| rest.strip_prefix(element))
                == Some(")")
            || value
                .strip_prefix("make(")
                .is_some_and(|rest| rest.starts_with(result))
            || value
                .strip_prefix(result)
                .is_some_and(|rest| rest.starts_with('('))
    };
    let mut last = None;
    for line in body.lines() {
        let Some(statement) = line
            .strip_prefix('\t')
            .filter(|rest| !rest.starts_with(char::is_whitespace))
        else {
            continue;
        };
        let declared = if let Some(rest) = statement.strip_prefix("var ") {
            rest.split_once(' ').filter(|(_, type_text)| {
                let type_text = type_text.trim_end();
                // A pointer or an interface declared empty (`var last *obj.Prog`) is as often a loop's
                // placeholder; an empty slice or map is filled to be returned.
                (type_text == result && (result.starts_with("[]") || result.starts_with("map[")))
                    || type_text.strip_prefix("= ").is_some_and(built)
            })
        } else {
            statement
                .split_once(" := ")
                .or_else(|| statement.split_once(" = "))
                .map(|(names, value)| (names.strip_suffix(", err").unwrap_or(names), value))
                .filter(|(_, value)| built(value.trim_end()))
        };
        if let Some((name, _)) = declared.filter(|(name, _)| is_plain_name(name)) {
            last = Some(name);
        }
    }
    if let Some(name) = last {
        let value = if with_error {
            format!("{lead}{name}, nil")
        } else {
            format!("{lead}{name}")
        };
        out.push(Suggestion::of_kind(value, 0.8, "expression"));
    }
}

/// `for ` -> `_, item := range items {`, `for _, item := range ` -> `items {`, `for i := 0` -> `; i < len(items); i++ {`.
fn loop_header(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(header) = context.for_header() else {
        return;
    };
    let mut push =
        |text: String, confidence: f64| out.push(Suggestion::construct(text, confidence));
    if header.is_empty() {
        if let Some(collection) = iterable_in_scope(context, None)
            && !walked_by_enclosing_loop(context, collection)
        {
            push(
                format!("_, {} := range {collection} {{", element_name(collection)),
                0.75,
            );
        }
        return;
    }
    if let Some(index) = header.strip_suffix(" := 0") {
        match iterable_in_scope(context, None) {
            Some(collection) => push(format!("; {index} < len({collection}); {index}++ {{"), 0.85),
            None => match super::javascript::count_in_scope(context) {
                Some(count) => push(format!("; {index} < {count}; {index}++ {{"), 0.8),
                None => push(format!("; {index} < "), 0.6),
            },
        }
        return;
    }
    if let Some(variables) = header.strip_suffix(" := range ") {
        let element = variables
            .split(',')
            .map(str::trim)
            .next_back()
            .filter(|name| *name != "_");
        if let Some(collection) = iterable_in_scope(context, element) {
            let exact = element
                .is_some_and(|element| super::statements::names_element(collection, element));
            // `for i, v := range ` names no element: the one plural in sight is what a course walks.
            let generic = element.is_some_and(|element| {
                matches!(
                    element,
                    "v" | "val" | "value" | "x" | "e" | "el" | "elem" | "element"
                )
            }) && super::statements::singular(collection).is_some();
            let confidence = if exact {
                0.85
            } else if generic {
                0.8
            } else {
                0.65
            };
            push(format!("{collection} {{"), confidence);
        }
    }
}

/// `v := ` after `go func() { ch <- ... }()` -> `<-ch`: what a goroutine sends, the function waits for.
fn received_after_goroutine(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(target) = typed.strip_suffix(" := ") else {
        return;
    };
    if !super::lexer::is_plain_name(target) {
        return;
    }
    let mut above = context.code_lines_above();
    if above.next() != Some("}()") {
        return;
    }
    // The goroutine's body, up to its `go func() {`: the channel it sends on.
    let mut sent = None;
    for line in above.take(20) {
        if line.starts_with("go func(") {
            break;
        }
        if let Some((channel, _)) = line.split_once(" <- ") {
            sent = Some(channel.trim());
        }
    }
    if let Some(channel) = sent.filter(|channel| super::lexer::is_plain_name(channel)) {
        out.push(Suggestion::construct(format!("<-{channel}"), 0.86));
    }
}

/// `fmt.Println(` first in a loop after goroutines were started with a channel (`go worker(i, results)`) ->
/// `<-results)` (a goroutine that sends on the channel alike): the loop collects what the workers send, one value
/// a turn.
fn printed_result_of_workers(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    if context.line_before.trim_start() != "fmt.Println(" {
        return;
    }
    let mut above = context.code_lines_above();
    let Some(header) = above.next() else {
        return;
    };
    if !header.starts_with("for ") || !header.ends_with('{') {
        return;
    }
    // The lines above the loop, up to the channel's `make`: a `go` statement handed it over.
    let mut started_with = Vec::new();
    for line in above.take(30) {
        if let Some((name, made)) = line.split_once(" := make(chan ") {
            let name = name.trim();
            if !made.is_empty() && started_with.contains(&name) {
                out.push(Suggestion::construct(format!("<-{name})"), 0.86));
            }
            return;
        }
        if let Some(call) = line.strip_prefix("go ") {
            started_with.extend(
                call.split(|c: char| !super::lexer::is_identifier_char(c))
                    .filter(|word| !word.is_empty()),
            );
        }
        // `go func() { results <- work(n) }()` sends from the goroutine's own body.
        if let Some((channel, _)) = line.split_once(" <- ") {
            started_with.push(channel.trim());
        }
    }
}

/// `v := <-` -> `ch`: a receive reads the channel the function made last (`ch := make(chan int)`).
fn receive_from_channel(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty()
        || !context.at_line_end()
        || !context.line_before.trim_end().ends_with("<-")
    {
        return;
    }
    let tokens = context.tokens_before();
    let channel = tokens.windows(5).rev().find_map(|window| match window {
        [name, assign, make, open, chan]
            if name.kind == TokenKind::Identifier
                && matches!(context.text(assign), ":=" | "=")
                && make.is_word(context.code, "make")
                && open.is_symbol(context.code, "(")
                && chan.is_word(context.code, "chan") =>
        {
            Some(context.text(name))
        }
        _ => None,
    });
    if let Some(channel) = channel {
        out.push(Suggestion::construct(channel, 0.85));
    }
}

/// `return fmt.` in a function that returns a `string` -> `Sprintf()`: the text is formatted, not printed.
fn format_returned_text(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.member.filter(|access| access.receiver == "fmt") else {
        return;
    };
    let returned = context
        .before_prefix()
        .trim_start()
        .strip_suffix("fmt.")
        .is_some_and(|before| before.trim_end() == "return");
    if returned
        && access.separator == "."
        && context.at_line_end()
        && super::statements::enclosing_function(context).is_some_and(|function| {
            function
                .results
                .iter()
                .any(|result| result.trim() == "string")
        })
        && let Some(rest) = "Sprintf()".strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest.to_owned(), 0.9));
    }
}

/// `c.JSON(http.StatusOK, gin.` -> `H{`: a value handed to a call is Gin's map of a JSON body; the package's
/// constructors (`Default()`) start a statement and its types a declaration.
fn gin_map_argument(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context
        .dot_member()
        .filter(|access| access.receiver == "gin")
    else {
        return;
    };
    let argument = context
        .before_receiver(&access)
        .is_some_and(|before| before.ends_with(", ") || before.ends_with('('));
    if argument && let Some(rest) = "H{".strip_prefix(context.prefix) {
        out.push(Suggestion::member(rest, 0.9));
    }
}

fn member_hints(context: &Context<'_>, access: &MemberAccess<'_>) -> MemberHints {
    let mut hints = MemberHints::default();
    if access.separator != "." {
        return hints;
    }
    // Packages are offered even before they are imported: goimports adds the import on save.
    let imported = PACKAGES_NEEDING_IMPORT
        .iter()
        .any(|(name, path)| *name == access.receiver && context.code.contains(path))
        .then(|| table_for(IMPORTED_PACKAGES, access.receiver))
        .flatten();
    // `http.Error(w, msg, http.` reports a failure: its status is an error's, never the package's most used `StatusOK`.
    let error_status = access.receiver == "http"
        && context
            .before_receiver(access)
            .is_some_and(|before| before.contains("http.Error(") && before.ends_with(", "));
    if error_status {
        hints.tables.push(MemberTable::known(ERROR_STATUSES));
    } else if let Some(members) = table_for(PACKAGES, access.receiver).or(imported) {
        let shadowed = super::statements::declaration_of(context, access.receiver).is_some();
        if !shadowed {
            hints.tables.push(MemberTable::known(members));
        }
    } else if access.receiver == "err" {
        hints.tables.push(MemberTable::known(&["Error()"]));
    } else if let Some(members) = parameter_type_members(context, access.receiver) {
        hints.tables.push(MemberTable::known(members));
    } else {
        hints.found = receiver_members(context, access.receiver);
    }
    hints
}

/// The statuses `http.Error` answers with, most used first.
static ERROR_STATUSES: &[&str] = &[
    "StatusInternalServerError",
    "StatusBadRequest",
    "StatusNotFound",
    "StatusMethodNotAllowed",
    "StatusUnauthorized",
    "StatusForbidden",
    "StatusConflict",
    "StatusUnprocessableEntity",
    "StatusServiceUnavailable",
    "StatusTooManyRequests",
    "StatusRequestEntityTooLarge",
    "StatusBadGateway",
    "StatusGatewayTimeout",
];

/// Members of the standard library's types that handlers and tests take as parameters, most used first.
static PARAMETER_TYPES: &[(&str, &[&str])] = &[
    (
        "http.ResponseWriter",
        &["Header()", "WriteHeader()", "Write()"],
    ),
    (
        "*http.Request",
        &[
            "URL",
            "Method",
            "Context()",
            "Body",
            "Header",
            "FormValue()",
            "ParseForm()",
            "PathValue()",
        ],
    ),
    (
        "*testing.T",
        &[
            "Fatalf()",
            "Errorf()",
            "Run()",
            "Helper()",
            "Fatal()",
            "Error()",
            "Parallel()",
            "Cleanup()",
            "Skip()",
            "Logf()",
        ],
    ),
    (
        "*gin.Context",
        &[
            "JSON()",
            "Param()",
            "ShouldBindJSON()",
            "Query()",
            "Next()",
            "AbortWithStatusJSON()",
            "Request",
            "String()",
            "Status()",
            "BindJSON()",
            "Get()",
            "Set()",
            "Abort()",
            "DefaultQuery()",
            "GetHeader()",
            "PostForm()",
            "Header()",
            "Writer",
        ],
    ),
    (
        "*gin.Engine",
        &[
            "GET()", "POST()", "Use()", "Run()", "Group()", "PUT()", "DELETE()", "PATCH()",
            "Static()",
        ],
    ),
    (
        "*gin.RouterGroup",
        &[
            "GET()", "POST()", "Use()", "Group()", "PUT()", "DELETE()", "PATCH()",
        ],
    ),
    (
        "*sql.DB",
        &[
            "Query()",
            "QueryRow()",
            "Exec()",
            "Close()",
            "Ping()",
            "Begin()",
            "QueryContext()",
            "QueryRowContext()",
            "ExecContext()",
            "PingContext()",
            "BeginTx()",
            "Prepare()",
            "SetMaxOpenConns()",
            "SetMaxIdleConns()",
            "SetConnMaxLifetime()",
        ],
    ),
    ("*sql.Rows", &["Next()", "Scan()", "Close()", "Err()"]),
    ("*sql.Row", &["Scan()", "Err()"]),
    (
        "*sql.Tx",
        &[
            "Exec()",
            "Commit()",
            "Rollback()",
            "QueryRow()",
            "Query()",
            "ExecContext()",
        ],
    ),
    ("http.Handler", &["ServeHTTP()"]),
    (
        "*http.Server",
        &[
            "ListenAndServe()",
            "Shutdown()",
            "Close()",
            "ListenAndServeTLS()",
            "RegisterOnShutdown()",
        ],
    ),
    (
        "context.Context",
        &["Done()", "Err()", "Value()", "Deadline()"],
    ),
    ("sync.WaitGroup", &["Add()", "Wait()", "Done()", "Go()"]),
    ("sync.Mutex", &["Lock()", "Unlock()", "TryLock()"]),
    (
        "sync.RWMutex",
        &["Lock()", "Unlock()", "RLock()", "RUnlock()"],
    ),
    (
        "strings.Builder",
        &[
            "WriteString()",
            "String()",
            "WriteByte()",
            "Len()",
            "WriteRune()",
            "Reset()",
            "Grow()",
        ],
    ),
    (
        "bytes.Buffer",
        &[
            "WriteString()",
            "String()",
            "Write()",
            "Bytes()",
            "Len()",
            "WriteByte()",
            "Reset()",
        ],
    ),
    (
        "*exec.Cmd",
        &[
            "Run()",
            "Output()",
            "CombinedOutput()",
            "Start()",
            "Wait()",
            "Stdout",
            "Stderr",
            "Stdin",
            "Dir",
            "Env",
            "StdoutPipe()",
        ],
    ),
    ("os.DirEntry", &["Name()", "IsDir()", "Info()", "Type()"]),
    ("fs.DirEntry", &["Name()", "IsDir()", "Info()", "Type()"]),
    (
        "os.FileInfo",
        &["Name()", "Size()", "IsDir()", "ModTime()", "Mode()"],
    ),
    (
        "fs.FileInfo",
        &["Name()", "Size()", "IsDir()", "ModTime()", "Mode()"],
    ),
    (
        "*os.File",
        &[
            "Close()",
            "Write()",
            "WriteString()",
            "Read()",
            "Name()",
            "Stat()",
            "Sync()",
            "Seek()",
            "ReadDir()",
        ],
    ),
    (
        "*bufio.Writer",
        &[
            "WriteString()",
            "Flush()",
            "Write()",
            "WriteByte()",
            "WriteRune()",
        ],
    ),
    (
        "*bufio.Reader",
        &[
            "ReadString()",
            "ReadLine()",
            "ReadRune()",
            "ReadByte()",
            "ReadBytes()",
        ],
    ),
    ("hash.Hash", &["Write()", "Sum(nil)", "Reset()", "Size()"]),
    ("hash.Hash32", &["Write()", "Sum32()", "Reset()"]),
    ("hash.Hash64", &["Write()", "Sum64()", "Reset()"]),
    (
        "*testing.B",
        &[
            "ResetTimer()",
            "N",
            "ReportAllocs()",
            "Run()",
            "StopTimer()",
            "StartTimer()",
        ],
    ),
];

/// The table of a receiver that the enclosing function takes as a parameter of a known type (`w
/// http.ResponseWriter`, `t *testing.T`), or that a `var` declares (`var wg sync.WaitGroup`).
fn parameter_type_members(
    context: &Context<'_>,
    receiver: &str,
) -> Option<&'static [&'static str]> {
    let declared = format!("var {receiver} ");
    let window_start = context
        .tokens_before()
        .first()
        .map_or(0, |token| token.start);
    if let Some(type_text) = context
        .code
        .get(window_start..context.cursor)
        .and_then(|window| {
            window
                .rfind(&declared)
                .map(|at| &window[at + declared.len()..])
        })
        .and_then(|rest| rest.split(['\n', '=']).next())
        && let Some(members) = table_for(PARAMETER_TYPES, type_text.trim())
    {
        return Some(members);
    }
    if let Some(type_text) = context
        .code
        .get(window_start..context.cursor)
        .and_then(|window| {
            constructed_type(window, receiver).or_else(|| ranged_element_type(window, receiver))
        })
    {
        return table_for(PARAMETER_TYPES, type_text);
    }
    // A command built and used in one expression: `exec.Command("git", "status").`.
    if (receiver.starts_with("exec.Command(") || receiver.starts_with("exec.CommandContext("))
        && receiver.ends_with(')')
    {
        return table_for(PARAMETER_TYPES, "*exec.Cmd");
    }
    let function = super::statements::enclosing_function(context)?;
    match function
        .parameters
        .iter()
        .find(|parameter| parameter.name == receiver)
    {
        Some(parameter) => table_for(PARAMETER_TYPES, parameter.type_text.trim()),
        // A function literal's parameter (`return func(c *gin.Context) {` in a middleware, `r.GET("/", func(c
        // *gin.Context) {`): the last list of the window that declares the name with a known type.
        None => literal_parameter_type(context.code.get(window_start..context.cursor)?, receiver),
    }
}

/// The table of `receiver` declared by the window's last parameter list naming it with a type of
/// [`PARAMETER_TYPES`] (`func(c *gin.Context`, `, r *http.Request`).
fn literal_parameter_type(window: &str, receiver: &str) -> Option<&'static [&'static str]> {
    PARAMETER_TYPES
        .iter()
        .filter_map(|(type_text, members)| {
            let declared = format!("{receiver} {type_text}");
            let at = window.rmatch_indices(&declared).find_map(|(at, _)| {
                let before = window.get(..at)?.trim_end();
                let after = window.get(at + declared.len()..)?;
                (before.ends_with(['(', ',']) && after.starts_with([',', ')'])).then_some(at)
            })?;
            Some((at, *members))
        })
        .max_by_key(|(at, _)| *at)
        .map(|(_, members)| members)
}

/// The type of a variable that the window's last assignment to it builds with a call whose result type is
/// fixed: `srv := &http.Server{` -> `*http.Server`, `rows, err := db.Query(` -> `*sql.Rows`, `r := gin.Default()`
/// -> `*gin.Engine`. A query's rows come with an error (Gin's `c.Query("page")` is a lone string).
fn constructed_type<'w>(window: &'w str, receiver: &str) -> Option<&'static str> {
    let value = window.lines().rev().find_map(|line| {
        let (left, value) = line.split_once(":=").or_else(|| line.split_once(" = "))?;
        let mut names = left.split(',').map(str::trim);
        (names.next() == Some(receiver)).then_some((value.trim(), names.next() == Some("err")))
    });
    let (value, with_error): (&'w str, bool) = value?;
    let value = value.trim_start_matches('&');
    let call = |method: &str| {
        value
            .split_once('(')
            .is_some_and(|(callee, _)| callee.ends_with(method))
    };
    if value.starts_with("http.Server{") {
        Some("*http.Server")
    } else if call("sql.Open") {
        Some("*sql.DB")
    } else if call("gin.Default") || call("gin.New") {
        Some("*gin.Engine")
    } else if call(".Group") {
        Some("*gin.RouterGroup")
    } else if call(".QueryRow") || call(".QueryRowContext") {
        Some("*sql.Row")
    } else if with_error && (call(".Query") || call(".QueryContext")) {
        Some("*sql.Rows")
    } else if with_error && (call(".Begin") || call(".BeginTx")) {
        Some("*sql.Tx")
    } else if call("exec.Command") || call("exec.CommandContext") {
        Some("*exec.Cmd")
    } else if call("bufio.NewWriter") {
        Some("*bufio.Writer")
    } else if call("bufio.NewReader") {
        Some("*bufio.Reader")
    } else if ["sha256.New", "sha1.New", "sha512.New", "md5.New"]
        .iter()
        .any(|maker| call(maker))
    {
        Some("hash.Hash")
    } else if call("fnv.New32a") || call("fnv.New32") || call("crc32.NewIEEE") {
        Some("hash.Hash32")
    } else if call("fnv.New64a") || call("fnv.New64") {
        Some("hash.Hash64")
    } else if with_error && (call("os.Stat") || call("os.Lstat") || call(".Info")) {
        Some("os.FileInfo")
    } else if with_error && (call("os.Open") || call("os.Create") || call("os.OpenFile")) {
        Some("*os.File")
    } else {
        None
    }
}

/// The type of a loop variable that ranges over what a call of fixed result type gave: `for _, e := range
/// entries {` after `entries, err := os.ReadDir(dir)` -> `os.DirEntry`.
fn ranged_element_type(window: &str, receiver: &str) -> Option<&'static str> {
    let walked = window.lines().rev().find_map(|line| {
        let (names, rest) = line.trim().strip_prefix("for ")?.split_once(" := range ")?;
        let element = names.rsplit(',').next()?.trim();
        (element == receiver).then(|| rest.trim_end_matches('{').trim())
    })?;
    let value = window.lines().rev().find_map(|line| {
        let (left, value) = line.split_once(":=")?;
        (left.split(',').next()?.trim() == walked).then_some(value.trim())
    })?;
    (value.starts_with("os.ReadDir(") || value.starts_with("ioutil.ReadDir(")).then_some(
        if value.starts_with("os.") {
            "os.DirEntry"
        } else {
            "os.FileInfo"
        },
    )
}

/// The weight of a field of the receiver's type never used through the receiver yet, of such a method: below one
/// use, so that they follow the members used.
const FIELD_WEIGHT: f64 = 0.6;
const METHOD_WEIGHT: f64 = 0.5;

/// The fields and methods of the method's receiver type that the window defines, for `r.` inside `func (r *T)
/// ...`: the fields of `type T struct {` and the methods `func (x *T) Name(`, those used through `r` already left
/// to their uses.
fn receiver_members(context: &Context<'_>, receiver: &str) -> Vec<(String, &'static str, f64)> {
    let tokens = context.tokens_before();
    let text = |index: usize| tokens.get(index).map_or("", |token| context.text(token));
    // `func ( r * T ) Name`: the receiver's name at 2, its type at 3 or 4.
    let receiver_type = |index: usize| {
        let type_at = if text(index + 3) == "*" { 4 } else { 3 };
        (text(index + 1) == "(" && text(index + type_at + 1) == ")")
            .then(|| (text(index + 2), text(index + type_at)))
    };
    let method_name = |index: usize| text(index + if text(index + 3) == "*" { 6 } else { 5 });
    let Some(Some((type_name, enclosing_method))) =
        tokens.iter().enumerate().rev().find_map(|(index, token)| {
            if !token.is_word(context.code, "func") {
                return None;
            }
            receiver_type(index).map(|(name, type_name)| {
                (name == receiver).then_some((type_name, method_name(index)))
            })
        })
    else {
        return Vec::new();
    };
    if type_name.is_empty() {
        return Vec::new();
    }
    // `len(s.`: a field whose length is asked for is a slice, a map, a string or a channel (never the mutex
    // the methods use most).
    let measured = context
        .dot_member()
        .and_then(|access| context.before_receiver(&access))
        .is_some_and(|before| before.ends_with("len(") || before.ends_with("cap("));
    let mut members = UnusedMembers::new(context, enclosing_method);
    for (index, token) in tokens.iter().enumerate() {
        if token.is_word(context.code, "func")
            && let Some((_, method_type)) = receiver_type(index)
            && method_type == type_name
        {
            let method_at = index + if text(index + 3) == "*" { 6 } else { 5 };
            debug_assert_eq!(text(method_at), method_name(index));
            if tokens
                .get(method_at)
                .is_some_and(|name| name.kind == TokenKind::Identifier)
                && text(method_at + 1) == "("
            {
                members.add(text(method_at), "()", METHOD_WEIGHT);
            }
        } else if token.is_word(context.code, "type")
            && text(index + 1) == type_name
            && text(index + 2) == "struct"
            && text(index + 3) == "{"
        {
            // The fields: the first name of each line of the struct's body (`name Type`, `a, b int`).
            let mut depth = 0usize;
            for (offset, field) in tokens.iter().enumerate().skip(index + 3) {
                match context.text(field) {
                    "{" => depth += 1,
                    "}" => {
                        depth = depth.saturating_sub(1);
                        if depth == 0 {
                            break;
                        }
                    }
                    name if depth == 1
                        && field.kind == TokenKind::Identifier
                        && tokens
                            .get(offset - 1)
                            .is_some_and(|previous| previous.line < field.line)
                        && tokens
                            .get(offset + 1)
                            .is_some_and(|next| next.line == field.line)
                        && text(offset + 1) != "."
                        && (!measured
                            || matches!(text(offset + 1), "[" | "map" | "string" | "chan")) =>
                    {
                        members.add(name, "", FIELD_WEIGHT);
                    }
                    _ => {}
                }
            }
        }
    }
    members.into_found()
}

/// `Next *` in `type Node struct {` -> `Node`: a linked list's or tree's link points to its own type.
fn self_referential_field(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let typed = context.before_prefix().trim_start();
    let Some(field) = typed.strip_suffix('*').map(str::trim_end) else {
        return;
    };
    if !matches!(
        field,
        "Next" | "Prev" | "Left" | "Right" | "Parent" | "next" | "prev" | "left" | "right"
    ) {
        return;
    }
    if let Some(name) = super::idioms::defined_struct(context)
        && let Some(rest) = name.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, 0.88));
    }
}

/// `runes := []rune(` -> `s)` in a function of one string parameter: the string is turned into its runes (to
/// reverse it, to index its characters).
fn runes_of_parameter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty()
        || !context.at_line_end()
        || !context.line_before.ends_with(" := []rune(")
    {
        return;
    }
    let Some(function) = super::statements::enclosing_function(context) else {
        return;
    };
    let text: Vec<&str> = function
        .parameters
        .iter()
        .filter(|parameter| parameter.type_text.trim() == "string")
        .map(|parameter| parameter.name)
        .collect();
    if let [text] = text[..] {
        out.push(Suggestion::construct(format!("{text})"), 0.88));
    }
}

/// `return ` -> `string(runes)` in a function returning a `string` that made `runes := []rune(s)`: the runes,
/// reversed or changed, are made a string again.
fn string_of_runes(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty()
        || !context.at_line_end()
        || context.line_before.trim_start() != "return "
    {
        return;
    }
    let Some(function) = super::statements::enclosing_function(context) else {
        return;
    };
    if function.results != ["string"] {
        return;
    }
    let body = context
        .tokens_before()
        .get(function.body_start..)
        .unwrap_or_default();
    let made: Vec<&str> = body
        .windows(4)
        .filter(|window| {
            context.text(&window[1]) == ":="
                && context.text(&window[2]) == "["
                && context.text(&window[3]) == "]"
        })
        .map(|window| context.text(&window[0]))
        .collect();
    // One slice made, and of runes: `runes := []rune(s)`.
    let [runes] = made[..] else {
        return;
    };
    let of_runes = context
        .code_lines_above()
        .any(|line| line.starts_with(&format!("{runes} := []rune(")));
    if of_runes {
        out.push(Suggestion::construct(format!("string({runes})"), 0.85));
    }
}

/// `func (e *NotFoundError) Error() ` -> `string {`: the methods `error` and `fmt.Stringer` ask for return text; a
/// method an interface in the file declares (`Speak() string`) returns what it declares there.
fn text_method_result(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    if !context.prefix.is_empty() {
        implemented_method(context, out);
        return;
    }
    let typed = context.line_before.trim_start();
    let text_method = typed.starts_with("func (")
        && (typed.ends_with(") Error() ") || typed.ends_with(") String() "));
    if text_method {
        out.push(Suggestion::construct("string {", 0.88));
        return;
    }
    // A method an interface above declares (`Speak() string`): the result it declares there.
    let Some(method) = typed
        .strip_prefix("func (")
        .and_then(|rest| rest.split_once(") "))
        .and_then(|(_, method)| method.strip_suffix("() "))
        .filter(|method| {
            !method.is_empty() && method.chars().all(super::lexer::is_identifier_char)
        })
    else {
        return;
    };
    let declared = format!("{method}() ");
    let result = context.code_lines_above().find_map(|line| {
        let result = line.strip_prefix(declared.as_str())?;
        (!result.is_empty() && !result.contains(['{', '(', ' '])).then_some(result)
    });
    if let Some(result) = result {
        out.push(Suggestion::construct(format!("{result} {{"), 0.85));
    }
}

/// `func (d Dog) So` -> `und() string {` when an interface above declares `Sound() string`: a method begun on a
/// receiver is one of the interface's, with the parameters and result it declares.
fn implemented_method(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    /// How many lines above are read for the interface.
    const LINES: usize = 60;
    let typed = context.before_prefix().trim_start();
    let on_receiver = typed
        .strip_prefix("func (")
        .is_some_and(|rest| rest.ends_with(") ") && !rest.contains(['(', '{']));
    if !on_receiver {
        return;
    }
    let mut lines = context.code_lines_above().take(LINES);
    let Some(declared) = lines.by_ref().find(|line| {
        line.starts_with(context.prefix)
            && line.ends_with(|c: char| c == ')' || is_identifier_char(c))
            && line
                .split_once('(')
                .is_some_and(|(name, _)| is_plain_name(name) && name.len() > context.prefix.len())
            && !line.contains(['{', '='])
    }) else {
        return;
    };
    // The declaration must be an interface's method, not a call or a field: its block opens with `interface {`.
    let in_interface = lines
        .take_while(|line| *line != "}")
        .any(|line| line.starts_with("type ") && line.ends_with(" interface {"));
    if let Some(rest) = declared.strip_prefix(context.prefix)
        && in_interface
    {
        out.push(Suggestion::construct(format!("{rest} {{"), 0.85));
    }
}

/// `return fmt.Sprintf("(%d, %d)", ` in a `String()` or `Error()` method -> `p.X, p.Y)`: as many verbs as the
/// receiver's struct has fields, given in their order.
fn formatted_fields(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    // The fields already given (`p.Name, ` in `("%s is %d", p.Name, `) must be the first ones, in order.
    let Some((format, given)) = typed
        .strip_prefix("return fmt.Sprintf(\"")
        .and_then(|rest| rest.split_once("\", "))
        .filter(|(format, given)| {
            !format.contains('"') && (given.is_empty() || given.ends_with(", "))
        })
    else {
        return;
    };
    let given: Vec<&str> = given
        .split(", ")
        .filter(|argument| !argument.is_empty())
        .collect();
    let in_text_method = super::statements::enclosing_function(context)
        .is_some_and(|function| matches!(function.name, "String" | "Error"));
    let verbs = format.replace("%%", "").matches('%').count();
    let Some((receiver, fields)) = receiver_struct_fields(context) else {
        return;
    };
    let names: Vec<&str> = fields.iter().map(|(name, _)| *name).collect();
    let plain = names
        .iter()
        .all(|name| !name.is_empty() && name.chars().all(is_identifier_char));
    let arguments: Vec<String> = names
        .iter()
        .map(|name| format!("{receiver}.{name}"))
        .collect();
    let in_order = given.len() < arguments.len()
        && given
            .iter()
            .zip(&arguments)
            .all(|(given, field)| given == field);
    if in_text_method && plain && verbs > 0 && verbs == names.len() && in_order {
        out.push(Suggestion::construct(
            format!("{})", arguments[given.len()..].join(", ")),
            0.85,
        ));
    }
}

/// `defer ` right after `w := bufio.NewWriter(f)` -> `w.Flush()`: what a buffered writer holds is written out
/// when the function ends.
fn flush_buffered_writer(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty()
        || !context.at_line_end()
        || context.line_before.trim_start() != "defer "
    {
        return;
    }
    let writer = context.previous_code_line().and_then(|line| {
        let (name, value) = line.trim().split_once(" := ")?;
        (value.starts_with("bufio.NewWriter(") && name.chars().all(is_identifier_char))
            .then_some(name)
    });
    if let Some(writer) = writer {
        out.push(Suggestion::construct(format!("{writer}.Flush()"), 0.88));
    }
}

/// `body, err := io.` after `resp, err := http.Get(url)` -> `ReadAll(resp.Body)`: a response's body read whole.
fn read_response_body(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.member.filter(|access| access.receiver == "io") else {
        return;
    };
    if !context.prefix.is_empty()
        || context.before_receiver(&access).map(str::trim) != Some("body, err :=")
    {
        return;
    }
    let response = context.code_lines_above().take(8).find_map(|line| {
        let (targets, value) = line.split_once(" := ")?;
        let (response, _) = targets.split_once(", ")?;
        (value.starts_with("http.Get(") || value.contains(".Do(")).then_some(response)
    });
    if let Some(response) = response.filter(|response| response.chars().all(is_identifier_char)) {
        out.push(Suggestion::member(
            format!("ReadAll({response}.Body)"),
            0.88,
        ));
    }
}

/// `if !` right after `age, ok := ages["bob"]` -> `ok {`: a lookup's second result says whether the key was there.
fn missing_key_test(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty()
        || !context.at_line_end()
        || context.line_before.trim_start() != "if !"
    {
        return;
    }
    let found = context.previous_code_line().and_then(|line| {
        let (targets, value) = line.trim().split_once(" := ")?;
        let (_, found) = targets.split_once(", ")?;
        (value.ends_with(']') && found.chars().all(is_identifier_char)).then_some(found)
    });
    if let Some(found) = found {
        out.push(Suggestion::construct(format!("{found} {{"), 0.88));
    }
}

/// `fmt.Errorf("reading config: %w", ` -> `err)`: the `%w` verb wraps the error just checked, the last argument.
fn wrapped_error(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some((_, call)) = typed.split_once("fmt.Errorf(\"") else {
        return;
    };
    let checked = || {
        context
            .enclosing_lines()
            .next()
            .is_some_and(|header| header == "if err != nil {")
    };
    let Some((format, arguments)) = call.split_once("\", ") else {
        return;
    };
    let verbs = format
        .matches('%')
        .count()
        .saturating_sub(2 * format.matches("%%").count());
    let given = arguments.matches(", ").count();
    let wraps_last = format.trim_end().ends_with("%w") || format.contains("%w") && verbs == 1;
    if wraps_last && checked() && arguments.ends_with(", ") == (given > 0) && verbs == given + 1 {
        out.push(Suggestion::construct("err)", 0.85));
    }
}

/// `case <-ctx.` in a `select` -> `Done():`, and `<-ctx.` alone -> `Done()`: a context is waited on through the
/// channel it closes when it is cancelled.
fn context_done(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let is_context = access.receiver == "ctx"
        || access.receiver.ends_with("Ctx")
        || access.receiver.ends_with(".Context()");
    if !context.at_line_end() || !is_context {
        return;
    }
    let text = match context.before_receiver(&access).map(str::trim) {
        Some("case <-") => "Done():",
        Some("<-") => "Done()",
        _ => return,
    };
    if let Some(rest) = text.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::member(rest, 0.9));
    }
}

/// `return c.` in a method of the receiver's struct -> the field the method reads: the one its name says
/// (`func (p Person) Name() string` -> `name`), else the only field of the type it returns (`Value() int` over a
/// `count int`).
fn field_result(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !context.at_line_end() || context.before_receiver(&access).map(str::trim) != Some("return") {
        return;
    }
    let Some((receiver, fields)) = receiver_struct_fields(context) else {
        return;
    };
    if receiver != access.receiver {
        return;
    }
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let [result] = function.results.as_slice() else {
        return;
    };
    let named = fields
        .iter()
        .find(|(field, _)| field.eq_ignore_ascii_case(function.name));
    let typed: Vec<&str> = fields
        .iter()
        .filter(|(_, type_text)| type_text == result)
        .map(|(field, _)| *field)
        .collect();
    let field = match (named, typed.as_slice()) {
        (Some((field, type_text)), _) if type_text == result => *field,
        (None, [field]) => *field,
        _ => return,
    };
    if is_plain_name(field)
        && let Some(rest) = field.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::member(rest, 0.88));
    }
}

/// `s.items = s.items[:` -> `len(s.items)-1]` once the line above took the last element (`last :=
/// s.items[len(s.items)-1]`): a stack's pop drops what it read.
fn popped_slice(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some((target, value)) = typed.split_once(" = ") else {
        return;
    };
    if value.strip_suffix("[:") != Some(target) {
        return;
    }
    let last = format!("{target}[len({target})-1]");
    let read_last = context
        .code_lines_above()
        .take(3)
        .any(|line| line.contains(&last));
    if read_last {
        out.push(Suggestion::construct(format!("len({target})-1]"), 0.88));
    }
}

/// Whether the block around the cursor is an error check: `if err != nil {`, or the same check of an error the
/// header assigns (`if err := run(); err != nil {`).
fn in_error_check(context: &Context<'_>) -> bool {
    context.enclosing_lines().next().is_some_and(|header| {
        header == "if err != nil {"
            || (header.starts_with("if err := ") && header.ends_with("; err != nil {"))
    })
}

/// The error an error check reports, as the argument still missing: `log.Fatal(` -> `err)`,
/// `fmt.Println("invalid number:", ` and `fmt.Fprintln(os.Stderr, ` -> `err)`, `log.Printf("load: %v\n", ` ->
/// `err)`; and in an `if` header that just assigned it, `os.IsNotExist(` -> `err) {`. A message of its own
/// (`log.Fatal("`) is the writer's to choose; so is a test's `t.Fatal(`, which as often prints `got`.
fn reported_error(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    // `if _, err := os.Stat(path); os.IsNotExist(`: the error the header's statement just gave.
    if let Some((init, test)) = typed
        .strip_prefix("if ")
        .and_then(|rest| rest.split_once("; "))
        && (init.starts_with("err := ") || init.contains(", err := "))
        && matches!(
            test,
            "os.IsNotExist(" | "os.IsExist(" | "os.IsPermission(" | "!os.IsNotExist("
        )
    {
        out.push(Suggestion::construct("err) {", 0.85));
        return;
    }
    if !in_error_check(context) {
        return;
    }
    let one_string = |text: &str| {
        text.len() >= 2
            && text.starts_with('"')
            && text.ends_with('"')
            && text.matches('"').count() == 2
    };
    let reports = match typed {
        "log.Fatal(" | "log.Println(" | "log.Print(" | "fmt.Println(" => true,
        "fmt.Fprintln(os.Stderr, " => true,
        _ => {
            let Some((call, arguments)) = typed.split_once('(') else {
                return;
            };
            let Some(message) = arguments.strip_suffix(", ") else {
                return;
            };
            let message = message.strip_prefix("os.Stderr, ").unwrap_or(message);
            let formatted = call.ends_with('f');
            let verbs = message.matches('%').count();
            one_string(message)
                && match call {
                    "fmt.Println" | "log.Println" | "log.Fatal" | "log.Fatalln"
                    | "fmt.Fprintln" => !formatted && verbs == 0,
                    "fmt.Printf" | "log.Printf" | "log.Fatalf" | "fmt.Fprintf" => {
                        verbs == 1 && (message.contains("%v") || message.contains("%s"))
                    }
                    _ => false,
                }
        }
    };
    if reports {
        out.push(Suggestion::construct("err)", 0.85));
    }
}

/// `return a / b, ` -> `nil` as the last statement of a function whose last result is an `error`: past the checks
/// that returned one, the function succeeded.
fn no_error_at_end(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    // A call's arguments (`return c.fd.writeMsg(b, oob, `) are no results.
    if !typed.starts_with("return ")
        || !typed.ends_with(", ")
        || typed.matches('(').count() != typed.matches(')').count()
    {
        return;
    }
    let Some(header) = context.enclosing_lines().next() else {
        return;
    };
    let Some(results) = header
        .strip_prefix("func ")
        .and_then(|rest| rest.strip_suffix('{'))
        .and_then(|rest| rest.trim_end().strip_suffix(')'))
        .and_then(|rest| rest.rsplit_once('('))
        .map(|(_, results)| results)
    else {
        return;
    };
    let count = results.split(',').count();
    let last_is_error = results.rsplit(',').next().is_some_and(|last| {
        let last = last.trim();
        last == "error" || last.ends_with(" error")
    });
    if last_is_error && count >= 2 && typed.matches(", ").count() == count - 1 {
        out.push(Suggestion::construct("nil", 0.85));
    }
}

/// The one channel the function has (a parameter `ch chan int`, `jobs <-chan int`, or `ch := make(chan int)`):
/// `close(` -> `ch)`, `for v := range ` -> `ch {` (a range with one variable that is not an index).
fn channel_in_scope(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    /// How many lines above are read for `make(chan` outside any function (a snippet, a `main` cut short).
    const LINES: usize = 40;
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let ranged = typed
        .strip_prefix("for ")
        .and_then(|rest| rest.strip_suffix(" := range "))
        .filter(|variable| {
            // `j` is as often a job taken from a worker's channel (`for j := range jobs`) as an index.
            is_plain_name(variable) && !matches!(*variable, "i" | "k" | "idx" | "index")
        });
    if typed != "close(" && typed != "defer close(" && ranged.is_none() {
        return;
    }
    let header = context
        .enclosing_lines()
        .find(|line| line.starts_with("func "));
    // A send-only parameter (`results chan<- int`) is never ranged over, a receive-only one (`jobs <-chan int`)
    // never closed: a worker's two channels leave one of each.
    let mut channels: Vec<&str> = header
        .and_then(|header| header.split_once('('))
        .and_then(|(_, rest)| rest.split_once(')'))
        .map(|(parameters, _)| parameters)
        .unwrap_or("")
        .split(',')
        .filter_map(|parameter| {
            let (name, type_text) = parameter.trim().split_once(' ')?;
            let type_text = type_text.trim_start();
            let usable = if ranged.is_some() {
                !type_text.starts_with("chan<-")
            } else {
                !type_text.starts_with("<-chan")
            };
            (type_text.contains("chan") && usable).then_some(name)
        })
        .collect();
    channels.extend(
        context
            .code_lines_above()
            .take(if header.is_some() { usize::MAX } else { LINES })
            .take_while(|line| Some(*line) != header)
            .filter_map(|line| {
                let (name, value) = line.split_once(" := ")?;
                value.starts_with("make(chan ").then_some(name)
            }),
    );
    let [channel] = channels.as_slice() else {
        return;
    };
    if !is_plain_name(channel) {
        return;
    }
    // Only a receiving end is ranged over; only a sending end (or both) is closed.
    let text = if ranged.is_some() {
        format!("{channel} {{")
    } else {
        format!("{channel})")
    };
    out.push(Suggestion::construct(text, 0.85));
}

/// `func handler(` -> `w http.ResponseWriter, r *http.Request) {` in a file that imports `net/http`, for a
/// function named for what it is (`handler`, `helloHandler`).
fn handler_signature(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let Some(name) = context
        .line_before
        .strip_prefix("func ")
        .and_then(|rest| rest.strip_suffix('('))
    else {
        return;
    };
    let named = name == "handler" || name.ends_with("Handler");
    if named && is_plain_name(name) && context.code.contains("\"net/http\"") {
        out.push(Suggestion::construct(
            "w http.ResponseWriter, r *http.Request) {",
            0.85,
        ));
    }
}

/// `http.HandleFunc("/", ` -> `handler)`: the one function of the file with a handler's parameters.
fn registered_handler(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    if !(typed.starts_with("http.HandleFunc(\"") && typed.ends_with("\", ")) {
        return;
    }
    let handlers: Vec<&str> = context
        .code_before_line()
        .lines()
        .rev()
        .take(300)
        .filter_map(|line| {
            let rest = line.strip_prefix("func ")?;
            let (name, parameters) = rest.split_once('(')?;
            (parameters.contains("http.ResponseWriter") && parameters.contains("*http.Request"))
                .then_some(name)
        })
        .collect();
    if let [only] = handlers.as_slice()
        && is_plain_name(only)
    {
        out.push(Suggestion::construct(format!("{only})"), 0.85));
    }
}

/// One key of a field's tag: the key, the name it gives and its options (`json`, `name`, `,omitempty`).
type TagPair<'a> = (&'a str, &'a str, &'a str);

/// A field with its tag's keys.
type TaggedField<'a> = (&'a str, Vec<TagPair<'a>>);

/// How a struct's tags spell a field's name, learned from the tags written above (`UserID` -> `user_id` or
/// `userId`); a one-word field is lowercased in either.
#[derive(Clone, Copy, PartialEq)]
enum TagCase {
    Snake,
    Camel,
}

/// The words of a Go field name: `UserID` -> `User`, `ID`; `HTTPServer` -> `HTTP`, `Server`.
fn field_words(field: &str) -> Vec<&str> {
    let characters: Vec<(usize, char)> = field.char_indices().collect();
    let mut words = Vec::new();
    let mut start = 0;
    for (position, &(offset, character)) in characters.iter().enumerate().skip(1) {
        let previous = characters[position - 1].1;
        let next_lower = characters
            .get(position + 1)
            .is_some_and(|(_, next)| next.is_lowercase());
        let boundary = character.is_uppercase()
            && (previous.is_lowercase() || previous.is_ascii_digit() || next_lower);
        if boundary || character == '_' {
            if let Some(word) = field.get(start..offset).filter(|word| !word.is_empty()) {
                words.push(word.trim_matches('_'));
            }
            start = offset;
        }
    }
    if let Some(word) = field.get(start..) {
        words.push(word.trim_matches('_'));
    }
    words.retain(|word| !word.is_empty());
    words
}

/// The tag name of a field in a case, or `None` for a name of several words when the case is unknown.
fn tag_name(field: &str, case: Option<TagCase>) -> Option<String> {
    let words = field_words(field);
    match (words.as_slice(), case) {
        ([word], _) => Some(word.to_lowercase()),
        (_, Some(TagCase::Snake)) => Some(
            words
                .iter()
                .map(|word| word.to_lowercase())
                .collect::<Vec<_>>()
                .join("_"),
        ),
        (_, Some(TagCase::Camel)) => Some(
            words
                .iter()
                .enumerate()
                .map(|(index, word)| {
                    let lower = word.to_lowercase();
                    if index == 0 {
                        return lower;
                    }
                    let mut characters = lower.chars();
                    characters.next().map_or_else(String::new, |first| {
                        first.to_uppercase().chain(characters).collect()
                    })
                })
                .collect(),
        ),
        _ => None,
    }
}

/// A struct field line with a tag: `Name string `json:"name,omitempty"`` -> (`Name`, [(`json`, `name`, `,omitempty`)]).
fn tagged_field(line: &str) -> Option<TaggedField<'_>> {
    let (declaration, tag) = line.trim().split_once('`')?;
    let field = declaration.split_whitespace().next()?;
    if !is_plain_name(field) || !field.starts_with(char::is_uppercase) {
        return None;
    }
    let tag = tag.strip_suffix('`')?;
    let mut pairs = Vec::new();
    for pair in tag.split_whitespace() {
        let (key, value) = pair.split_once(":\"")?;
        let value = value.strip_suffix('"')?;
        let (name, options) = value.find(',').map_or((value, ""), |at| value.split_at(at));
        if !is_plain_name(key) {
            return None;
        }
        pairs.push((key, name, options));
    }
    (!pairs.is_empty()).then_some((field, pairs))
}

/// The tagged fields of the struct around the cursor, nearest first (the lines above, up to its `struct {`).
fn tagged_fields_above<'a>(context: &Context<'a>) -> Option<Vec<TaggedField<'a>>> {
    let mut fields = Vec::new();
    for line in context.code_before_line().lines().rev().take(60) {
        let trimmed = line.trim();
        if trimmed.starts_with("type ") && trimmed.ends_with("struct {") {
            return Some(fields);
        }
        if trimmed.is_empty() || trimmed.starts_with("//") {
            continue;
        }
        if trimmed.contains('{') || trimmed.contains('}') || trimmed.contains('(') {
            return None;
        }
        if let Some(field) = tagged_field(trimmed) {
            fields.push(field);
        }
    }
    None
}

/// The case the tags above use for a key, from their fields of several words.
fn tag_case(fields: &[TaggedField<'_>], key: &str) -> Option<TagCase> {
    fields.iter().find_map(|(field, pairs)| {
        let (_, name, _) = pairs.iter().find(|(each, _, _)| *each == key)?;
        if field_words(field).len() < 2 {
            return None;
        }
        [TagCase::Snake, TagCase::Camel]
            .into_iter()
            .find(|&case| tag_name(field, Some(case)).as_deref() == Some(*name))
    })
}

/// The field being declared on the cursor's line inside a struct (`Email string `).
fn declared_field(before: &str) -> Option<&str> {
    let mut words = before.split_whitespace();
    let field = words.next()?;
    let type_text = words.next()?;
    (words.next().is_none()
        && is_plain_name(field)
        && field.starts_with(char::is_uppercase)
        && !type_text.is_empty())
    .then_some(field)
}

/// Whether a raw string opens a struct field's tag: only a field's name and type before it on its line.
pub(super) fn opens_field_tag(context: &Context<'_>, literal: &super::lexer::Token) -> bool {
    context
        .code
        .get(context.line_start(literal.start)..literal.start)
        .and_then(declared_field)
        .is_some()
}

/// How many code lines the struct around the cursor has above it (its fields, once all are tagged).
fn struct_lines_above(context: &Context<'_>) -> usize {
    context
        .code_before_line()
        .lines()
        .rev()
        .take(60)
        .take_while(|line| !line.trim_end().ends_with("struct {"))
        .filter(|line| !line.trim().is_empty() && !line.trim().starts_with("//"))
        .count()
}

/// `Email string ` -> `` `json:"email"` `` under fields that all carry a tag, and inside a tag being typed,
/// `Name string `json:"` -> `name"``: a struct's tags name each field the same way (lowercased; a name of
/// several words in the case the tags above show, `user_id` or `userId`, and their options such as `,omitempty`
/// when every one has them).
fn struct_field_tag(
    context: &Context<'_>,
    literal: Option<&super::lexer::Token>,
    out: &mut Vec<Suggestion>,
) {
    if context.profile.language != Language::Go {
        return;
    }
    // The editor may have closed the tag's quote and backquote already: only what they leave is inserted.
    let closing = match context.line_after.trim_end() {
        "" => "\"`",
        "\"`" if literal.is_some() => "",
        "`" if literal.is_some() => "\"",
        _ => return,
    };
    // Inside a tag, a field of one word names itself lowercased even as the struct's first (`Name string
    // `json:"na` -> `me"``); a new tag after the type follows the fields above.
    let Some(fields) =
        tagged_fields_above(context).filter(|fields| literal.is_some() || !fields.is_empty())
    else {
        return;
    };
    let value_of = |field: &str, key: &str| -> Option<String> {
        let name = tag_name(field, tag_case(&fields, key))?;
        let with_key: Vec<&str> = fields
            .iter()
            .filter_map(|(_, pairs)| pairs.iter().find(|(each, _, _)| *each == key))
            .map(|(_, _, options)| *options)
            .collect();
        let options = with_key
            .first()
            .filter(|first| with_key.iter().all(|each| each == *first))
            .copied()
            .unwrap_or("");
        Some(format!("{name}{options}"))
    };
    match literal {
        Some(literal) => {
            let Some(inside) = context.typed_in_literal(literal) else {
                return;
            };
            // The tag's key being typed (`` ` `` or `` `js ``): the whole tag the fields above carry.
            if let Some(partial) = inside
                .strip_prefix('`')
                .filter(|partial| partial.chars().all(is_identifier_char))
            {
                let Some(before) = context
                    .code
                    .get(context.line_start(literal.start)..literal.start)
                else {
                    return;
                };
                let (Some(field), Some((_, pairs))) = (declared_field(before), fields.first())
                else {
                    return;
                };
                if fields.len() != struct_lines_above(context) {
                    return;
                }
                let mut tags = Vec::new();
                for (key, _, _) in pairs {
                    let Some(value) = value_of(field, key) else {
                        return;
                    };
                    tags.push(format!("{key}:\"{value}\""));
                }
                let tags = tags.join(" ");
                let end = if context.line_after.trim_end().is_empty() {
                    "`"
                } else {
                    ""
                };
                if let Some(rest) = tags.strip_prefix(partial) {
                    out.push(Suggestion::construct(format!("{rest}{end}"), 0.88));
                }
                return;
            }
            let Some((key, partial)) = inside
                .strip_prefix('`')
                .and_then(|rest| rest.split_once(":\""))
            else {
                return;
            };
            if !is_plain_name(key)
                || !partial.chars().all(is_identifier_char)
                || inside.contains(' ')
            {
                return;
            }
            let Some(before) = context
                .code
                .get(context.line_start(literal.start)..literal.start)
            else {
                return;
            };
            let Some(field) = declared_field(before) else {
                return;
            };
            let Some(value) = value_of(field, key) else {
                return;
            };
            if let Some(rest) = value
                .strip_prefix(partial)
                .filter(|_| value.len() > partial.len())
            {
                out.push(Suggestion::construct(format!("{rest}{closing}"), 0.9));
            }
        }
        None => {
            if !context.prefix.is_empty() || !context.line_before.ends_with(' ') {
                return;
            }
            let Some(field) = declared_field(context.line_before) else {
                return;
            };
            // Every field above is tagged: the next one will be too.
            if struct_lines_above(context) != fields.len() {
                return;
            }
            let Some((_, pairs)) = fields.first() else {
                return;
            };
            let mut tags = Vec::new();
            for (key, _, _) in pairs {
                let Some(value) = value_of(field, key) else {
                    return;
                };
                tags.push(format!("{key}:\"{value}\""));
            }
            out.push(Suggestion::construct(format!("`{}`", tags.join(" ")), 0.86));
        }
    }
}

/// The parameters a test's or a handler's header and a subtest still need where no package is typed yet:
/// `func TestParse(` -> `t *testing.T) {`, `w http.ResponseWriter, r ` -> `*http.Request) {`, and
/// `t.Run(tt.name, ` -> `func(t *testing.T) {` (a subtest is always such a function).
fn test_and_handler_headers(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let test_header = typed
        .strip_prefix("func Test")
        .is_some_and(|rest| rest.chars().next().is_none_or(|c| !c.is_lowercase()));
    let text = if test_header && typed.ends_with('(') && typed.matches('(').count() == 1 {
        "t *testing.T) {"
    } else if test_header && typed.ends_with("(t ") {
        "*testing.T) {"
    } else if typed.starts_with("func ") && typed.ends_with("w http.ResponseWriter, r ") {
        "*http.Request) {"
    } else if typed.starts_with("func ") && typed.ends_with("(w http.ResponseWriter, ") {
        // A handler's writer is always followed by its request.
        "r *http.Request) {"
    } else if let Some(arguments) = typed
        .strip_prefix("t.Run(")
        .and_then(|rest| rest.strip_suffix(", "))
        .filter(|arguments| !arguments.contains(['(', ')', ',']))
        && !arguments.is_empty()
    {
        "func(t *testing.T) {"
    } else {
        return;
    };
    out.push(Suggestion::construct(text, 0.88));
}

/// `return len(s.` -> `items)` in a method of a struct with one field that has a length (a slice, a map, a
/// string or a channel): the mutex or counter next to it has none.
fn measured_field(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let measured = context
        .before_receiver(&access)
        .is_some_and(|before| before.ends_with("len(") || before.ends_with("cap("));
    if !measured
        || !is_plain_name(access.receiver)
        || !matches!(context.line_after.trim_end(), "" | ")")
    {
        return;
    }
    // The method's receiver and its type: `func (s *Store) Len() int {`.
    let Some(type_name) = context.enclosing_lines().find_map(|line| {
        let receiver = line.strip_prefix("func (")?.split_once(')')?.0;
        let (name, type_text) = receiver.split_once(' ')?;
        (name == access.receiver).then(|| type_text.trim_start_matches('*'))
    }) else {
        return;
    };
    let header = format!("type {type_name} struct {{");
    let mut lines = context
        .code_lines_above()
        .take(400)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .skip_while(|line| *line != header);
    if lines.next().is_none() {
        return;
    }
    let mut measurable = Vec::new();
    for line in lines.take_while(|line| *line != "}").take(60) {
        let mut words = line.split_whitespace();
        let (Some(name), Some(type_text)) = (words.next(), words.next()) else {
            continue;
        };
        if is_plain_name(name)
            && (type_text.starts_with('[')
                || type_text.starts_with("map[")
                || type_text.starts_with("chan")
                || type_text == "string")
        {
            measurable.push(name);
        }
    }
    if let [field] = measurable.as_slice()
        && let Some(rest) = field
            .strip_prefix(context.prefix)
            .filter(|rest| !rest.is_empty())
    {
        out.push(Suggestion::construct(format!("{rest})"), 0.9));
    }
}

/// `next.ServeHTTP(` -> `w, r)` inside a handler, and `createUser(` -> `w, r)` when the file declares
/// `createUser` as a handler: a handler passes on the writer and request it was given, under its own names.
fn handler_arguments(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    let Some(callee) = context.before_prefix().strip_suffix('(') else {
        return;
    };
    let name_start = callee
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_identifier_char(c))
        .map_or(0, |(index, c)| index + c.len_utf8());
    let name = callee.get(name_start..).unwrap_or("");
    if !is_plain_name(name) || !matches!(context.line_after.trim_end(), "" | ")") {
        return;
    }
    let qualified = callee
        .get(..name_start)
        .is_some_and(|before| before.ends_with('.'));
    let handler = if qualified {
        name == "ServeHTTP"
    } else {
        let declaration = format!("func {name}(");
        context.code_lines_above().take(400).any(|line| {
            line.strip_prefix(&declaration).is_some_and(|rest| {
                rest.contains("http.ResponseWriter") && rest.contains("*http.Request")
            })
        })
    };
    if !handler {
        return;
    }
    // The nearest function around the cursor, a handler's literal (`http.HandlerFunc(func(w ...`) included.
    let Some(header) = context
        .enclosing_lines()
        .find(|line| line.starts_with("func ") || line.contains("func("))
    else {
        return;
    };
    let named = |type_text: &str| {
        let before = header.split_once(type_text)?.0;
        let name = before.rsplit(['(', ',', ' ']).next()?;
        is_plain_name(name).then_some(name)
    };
    if let (Some(writer), Some(request)) = (named(" http.ResponseWriter"), named(" *http.Request"))
    {
        out.push(Suggestion::construct(format!("{writer}, {request})"), 0.9));
    }
}

/// The statement after a loop of goroutine work, on the line under its `}`: `wg.Wait()` after a loop that called
/// `wg.Add(`, and `close(ch)` after a loop that sent on `ch` as the whole body of a `go func() {` (the receiver's
/// `range` ends only when the channel is closed).
fn after_goroutine_loop(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.on_blank_line_start() || !context.at_line_end() {
        return;
    }
    let indent = context.current_indentation();
    // Untrimmed: the loop is found by its indentation.
    let mut lines = context
        .code_before_line()
        .lines()
        .rev()
        .filter(|line| !line.trim().is_empty());
    let Some(closing) = lines.next() else {
        return;
    };
    if closing.trim() != "}" || indentation(closing) != indent {
        return;
    }
    let mut body = Vec::new();
    let mut header = None;
    for line in lines.by_ref().take(30) {
        if indentation(line) <= indent && !line.trim().is_empty() {
            header = Some(line);
            break;
        }
        body.push(line.trim());
    }
    let Some(header) = header
        .filter(|header| indentation(header) == indent && header.trim_start().starts_with("for "))
    else {
        return;
    };
    let added = body.iter().find_map(|line| {
        let group = line.strip_suffix(".Add(1)")?;
        is_plain_name(group).then_some(group)
    });
    if let Some(group) = added {
        out.push(Suggestion::construct(format!("{group}.Wait()"), 0.86));
        return;
    }
    let sent: Vec<&str> = body
        .iter()
        .filter_map(|line| {
            let (channel, _) = line.split_once(" <- ")?;
            is_plain_name(channel).then_some(channel)
        })
        .collect();
    let [channel, ..] = sent.as_slice() else {
        return;
    };
    if sent.iter().any(|other| other != channel) {
        return;
    }
    // The loop is the first statement of a goroutine's literal.
    let opener = lines
        .next()
        .map(str::trim)
        .filter(|line| line.starts_with("go func(") && line.ends_with('{'));
    if opener.is_some() && indentation(header) > 0 {
        out.push(Suggestion::construct(format!("close({channel})"), 0.86));
    }
}

/// How many code lines above a `&` argument are searched for the variable it points to.
const DECLARATION_LOOKBACK_LINES: usize = 4;

/// `var req CreateUserRequest` then `json.NewDecoder(r.Body).Decode(&` -> `req`, and the same for
/// `json.Unmarshal(data, &`, `errors.As(err, &`: a variable declared without a value is declared to be filled in,
/// and the call that fills it takes its address. Nothing once it was used since (it is then not the one waiting).
fn address_of_declared(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || context.member.is_some() {
        return;
    }
    let before = context.before_prefix();
    let argument = before
        .strip_suffix('&')
        .is_some_and(|call| call.ends_with('(') || call.ends_with(", "));
    // `json.Unmarshal(data, ` with the `&` not typed yet: these calls fill the value their pointer argument points
    // to, so the address and the call's end come together (`&p)`).
    // `if err := json.Unmarshal(body, ` goes on to the header's check: `&data); err != nil {`.
    let checked_in_header = before.trim_start().starts_with("if err := ");
    let pointer_argument = context.prefix.is_empty()
        && context.line_after.trim().is_empty()
        && (checked_in_header || !before.trim_start().starts_with("if "))
        && [".Unmarshal(", "errors.As("].iter().any(|call| {
            before.rsplit_once(call).is_some_and(|(_, arguments)| {
                arguments.ends_with(", ")
                    && arguments.matches(',').count() == 1
                    && !arguments.contains(['(', ')', '"'])
            })
        });
    if !argument && !pointer_argument {
        return;
    }
    let mut between = vec![before];
    for line in context.code_lines_above().take(DECLARATION_LOOKBACK_LINES) {
        let Some(declaration) = line.strip_prefix("var ") else {
            between.push(line);
            continue;
        };
        let mut words = declaration.split_whitespace();
        let (Some(name), Some(_type_text), None) = (words.next(), words.next(), words.next())
        else {
            return;
        };
        let used = between
            .iter()
            .any(|line| super::lexer::contains_word(line, name));
        if pointer_argument {
            if is_plain_name(name) && !used {
                let closers = super::idioms::open_parentheses(before).unwrap_or_default();
                let check = if checked_in_header {
                    "; err != nil {"
                } else {
                    ""
                };
                out.push(Suggestion::construct(
                    format!("&{name}{closers}{check}"),
                    0.86,
                ));
            }
            return;
        }
        if is_plain_name(name)
            && !used
            && let Some(rest) = name.strip_prefix(context.prefix)
            && !rest.is_empty()
        {
            out.push(Suggestion::construct(rest, 0.88));
        }
        return;
    }
}

/// `http.ListenAndServe(":8080", ` -> `nil`: with no router of its own in the file, a server serves the handlers
/// registered on the default one (`http.HandleFunc`), which `nil` names.
fn default_serve_mux(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let Some((_, address)) = context.line_before.rsplit_once("http.ListenAndServe(") else {
        return;
    };
    let literal_address = address
        .strip_suffix(", ")
        .is_some_and(|address| address.starts_with('"') && address.ends_with('"'));
    // A router anywhere near (`mux := http.NewServeMux()`, `r := chi.NewRouter()`, `gin.Default()`) is the handler.
    let own_router = context.code_lines_above().take(200).any(|line| {
        ["NewServeMux(", "NewRouter(", "Handler:", "gin.", "mux"]
            .iter()
            .any(|router| line.contains(router))
    });
    if literal_address && !own_router {
        let closing = if context.line_before.trim_start().starts_with("log.Fatal(") {
            "nil))"
        } else {
            "nil)"
        };
        out.push(Suggestion::construct(closing, 0.86));
    }
}

/// `package ma` -> `in` on a file's first line, and `func ma` -> `in() {` in a `package main` that has no `main`
/// yet: a program's package and its entry point are what those letters begin.
fn main_package(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || context.prefix.len() < 2 || !"main".starts_with(context.prefix) {
        return;
    }
    let rest = &"main"[context.prefix.len()..];
    match context.before_prefix() {
        "package " if context.code_lines_above().next().is_none() => {
            out.push(Suggestion::construct(rest, 0.8));
        }
        "func "
            if context.code.trim_start().starts_with("package main")
                && !context.code.contains("func main(") =>
        {
            out.push(Suggestion::construct(format!("{rest}() {{"), 0.86));
        }
        _ => {}
    }
}

/// The standard packages a program imports, the most imported of each family first (`net/http` before
/// `net/http/httptest`).
const STANDARD_PACKAGES: &[&str] = &[
    "fmt",
    "os",
    "strings",
    "strconv",
    "errors",
    "time",
    "net/http",
    "net/http/httptest",
    "encoding/json",
    "encoding/csv",
    "encoding/base64",
    "encoding/hex",
    "encoding/binary",
    "encoding/xml",
    "io",
    "io/ioutil",
    "io/fs",
    "bufio",
    "bytes",
    "sync",
    "sync/atomic",
    "context",
    "log",
    "log/slog",
    "sort",
    "slices",
    "maps",
    "math",
    "math/rand",
    "math/big",
    "path/filepath",
    "path",
    "regexp",
    "testing",
    "net/url",
    "net",
    "os/exec",
    "os/signal",
    "flag",
    "unicode",
    "unicode/utf8",
    "html/template",
    "text/template",
    "crypto/sha256",
    "crypto/rand",
    "crypto/md5",
    "database/sql",
    "container/heap",
    "container/list",
    "runtime",
    "reflect",
    "embed",
];

/// `"net/ht` -> `tp"`, `"encoding/js` -> `on"` in an import: the standard package whose path the typed text
/// begins, when the other paths it begins only extend that one (`net/http/httptest`). A path that begins several
/// (`"str`: `strings`, `strconv`) is left to the user.
fn standard_import_path(
    context: &Context<'_>,
    literal: &super::lexer::Token,
    out: &mut Vec<Suggestion>,
) {
    let Some(typed) = import_path_typed(context, literal) else {
        return;
    };
    let mut matches = STANDARD_PACKAGES
        .iter()
        .filter(|path| path.len() > typed.len() && path.starts_with(typed));
    let Some(first) = matches.next() else {
        return;
    };
    if matches.all(|other| other.starts_with(&format!("{first}/"))) {
        out.push(Suggestion::construct(
            format!("{}\"", &first[typed.len()..]),
            0.9,
        ));
    }
}

/// The path typed so far in an import's string (`"net/ht`), when the cursor ends it in an `import "` line or in an
/// `import (` block; `None` elsewhere.
fn import_path_typed<'a>(context: &Context<'a>, literal: &super::lexer::Token) -> Option<&'a str> {
    if !context.at_line_end() || literal.line != context.scan.cursor_line {
        return None;
    }
    let typed = context.typed_in_literal(literal)?;
    let path = typed.strip_prefix('"')?;
    if path.is_empty() || !path.chars().all(|c| c.is_ascii_alphanumeric() || c == '/') {
        return None;
    }
    let before = context
        .code
        .get(context.line_start(literal.start)..literal.start)?;
    let before = before.trim();
    // `import "`, an alias (`import j "`), or a line of an `import (` block: only paths and aliases above it.
    let single = before == "import" || before.strip_prefix("import ").is_some_and(is_plain_name);
    let in_block = (before.is_empty() || is_plain_name(before))
        && context
            .code_lines_above()
            .take(60)
            .find(|line| !line.starts_with('"') && !line.ends_with('"'))
            .is_some_and(|line| line == "import (");
    (single || in_block).then_some(path)
}

/// Whether the cursor ends a begun import path that is not a whole standard package yet (`"net/ht`): closing the
/// string there would import a package that does not exist.
pub(super) fn unfinished_import_path(context: &Context<'_>, literal: &super::lexer::Token) -> bool {
    context.profile.language == Language::Go
        && import_path_typed(context, literal).is_some_and(|typed| {
            !STANDARD_PACKAGES.contains(&typed)
                && STANDARD_PACKAGES.iter().any(|path| path.starts_with(typed))
        })
}

/// `Email string `js` -> `on:"email"``: a struct's first tag is a JSON one far more often than any other, and
/// names the field lowercased (a name of several words, whose case no tag above shows, only gets its key).
fn first_tag_key(context: &Context<'_>, literal: &super::lexer::Token, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || literal.line != context.scan.cursor_line {
        return;
    }
    let Some(key) = context
        .typed_in_literal(literal)
        .and_then(|typed| typed.strip_prefix('`'))
    else {
        return;
    };
    let Some(rest) = "json".strip_prefix(key).filter(|rest| !rest.is_empty()) else {
        return;
    };
    if key.is_empty() {
        return;
    }
    let Some(field) = context
        .code
        .get(context.line_start(literal.start)..literal.start)
        .and_then(declared_field)
    else {
        return;
    };
    let text = match tag_name(field, None) {
        Some(name) => format!("{rest}:\"{name}\"`"),
        None => format!("{rest}:\""),
    };
    out.push(Suggestion::construct(text, 0.88));
}

/// `bufio.NewScanner(os.` -> `Stdin)`, `fmt.Fprintln(os.` -> `Stderr, `: a reader of the standard streams reads
/// the input, and a print that names its stream writes to the one that is not the default.
fn standard_stream(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context
        .dot_member()
        .filter(|access| access.receiver == "os")
    else {
        return;
    };
    if !context.at_line_end() {
        return;
    }
    let Some(before) = context.before_receiver(&access) else {
        return;
    };
    let text = if ["bufio.NewScanner(", "bufio.NewReader("]
        .iter()
        .any(|call| before.ends_with(call))
    {
        "Stdin)"
    } else if ["fmt.Fprintln(", "fmt.Fprintf(", "fmt.Fprint("]
        .iter()
        .any(|call| before.ends_with(call))
    {
        "Stderr, "
    } else {
        return;
    };
    if let Some(rest) = text.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::member(rest, 0.88));
    }
}

/// `line = strings.TrimSpace(` -> `line)`: a name given back a cleaned copy of a string is the string cleaned.
fn self_transformed(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some((target, call)) = typed.split_once(" = ") else {
        return;
    };
    let transforms = [
        "strings.TrimSpace(",
        "strings.ToLower(",
        "strings.ToUpper(",
        "strings.Trim(",
        "strings.TrimPrefix(",
        "strings.TrimSuffix(",
        "strings.TrimRight(",
        "strings.TrimLeft(",
        "strings.ReplaceAll(",
        "strings.Replace(",
    ];
    if !is_plain_name(target) || !transforms.contains(&call) {
        return;
    }
    let closing =
        if call == "strings.TrimSpace(" || call == "strings.ToLower(" || call == "strings.ToUpper("
        {
            ")"
        } else {
            ", "
        };
    out.push(Suggestion::construct(format!("{target}{closing}"), 0.86));
}

/// `func (e *NotFoundError) Err` -> `or() string {`: a type named for an error is one by its `Error` method, the
/// first method written on it.
fn error_type_method(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || context.prefix.is_empty() {
        return;
    }
    let Some(receiver) = context
        .before_prefix()
        .strip_prefix("func (")
        .and_then(|rest| rest.strip_suffix(") "))
    else {
        return;
    };
    let mut words = receiver.split_whitespace();
    let (Some(name), Some(type_name), None) = (words.next(), words.next(), words.next()) else {
        return;
    };
    let type_name = type_name.trim_start_matches('*');
    if is_plain_name(name)
        && is_plain_name(type_name)
        && type_name.ends_with("Error")
        && let Some(rest) = "Error".strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(format!("{rest}() string {{"), 0.86));
    }
}
