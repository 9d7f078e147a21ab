//! Python: its syntax, keywords, standard-library members and constructs.
//!
//! Constructs: `if __name__` -> ` == "__main__":` (and `main()` under it), the value after `return`, loop headers
//! (`for item in ` -> `items:`, `for i in ` -> `range(`), `self.name = name` in `__init__`, `else`/`try`/`finally`
//! -> `:`, `except` and `with open(...)` endings, `case ` under `match`, module names after `import`, special
//! methods after `def __` (`__init__(self`), a wrapper's `*args, **kwargs` and `__exit__`'s parameters.
//! Members: the standard modules the file imports (aliases followed), a receiver's type when its declaration shows
//! it (`[]`, `{}`, `""`), the attributes and methods of the enclosing class for `self.`.

use super::Suggestion;
use super::cursor::{Context, MemberAccess, QuotedText, indentation};
use super::language::{BlockStyle, Language, Profile, Word};
use super::lexer::{Quote, Syntax, Token, TokenKind, contains_word};
use super::members::{MemberHints, MemberTable, table_for};
use super::python_libraries;
use super::python_modules;
use super::ranking::{Candidate, push_ranked};
use super::statements::{
    after_return, complete_phrase, element_name, enclosing_function, iterable_in_scope,
    return_value, singular, walked_by_enclosing_loop,
};

static SYNTAX: Syntax = Syntax {
    line_comments: &["#"],
    block_comment: None,
    nested_block_comments: false,
    quotes: &[
        Quote {
            delimiter: "\"\"\"",
            multiline: true,
            escapes: true,
        },
        Quote {
            delimiter: "'''",
            multiline: true,
            escapes: true,
        },
        Quote {
            delimiter: "\"",
            multiline: false,
            escapes: true,
        },
        Quote {
            delimiter: "'",
            multiline: false,
            escapes: true,
        },
    ],
    string_prefixes: &["r", "b", "u", "f", "rb", "br", "fr", "rf"],
    raw_strings: false,
    char_or_lifetime: false,
    regex_literals: false,
    template_interpolation: false,
    dollar_in_identifiers: false,
};

static WORDS: &[Word] = &[
    Word::statement("def", " "),
    Word::statement("class", " "),
    Word::statement("return", " "),
    Word::statement("import", " "),
    Word::statement("from", " "),
    Word::statement("if", " "),
    Word::statement("elif", " "),
    Word::statement("else", ":"),
    Word::statement("for", " "),
    Word::statement("while", " "),
    Word::statement("with", " "),
    Word::statement("try", ":"),
    Word::statement("except", " "),
    Word::statement("finally", ":"),
    Word::statement("raise", " "),
    Word::statement("pass", ""),
    Word::statement("break", ""),
    Word::statement("continue", ""),
    Word::statement("global", " "),
    Word::statement("nonlocal", " "),
    Word::statement("assert", " "),
    Word::statement("yield", " "),
    Word::statement("async", " "),
    Word::statement("match", " "),
    Word::statement("case", " "),
    Word::statement("del", " "),
    Word::anywhere("None", ""),
    Word::anywhere("True", ""),
    Word::anywhere("False", ""),
    Word::anywhere("not", " "),
    Word::anywhere("and", " "),
    Word::anywhere("or", " "),
    Word::anywhere("in", " "),
    Word::anywhere("is", " "),
    Word::anywhere("lambda", " "),
    Word::anywhere("await", " "),
    Word::anywhere("self", ""),
    Word::anywhere("print", "("),
    Word::anywhere("len", "("),
    Word::anywhere("range", "("),
    Word::anywhere("enumerate", "("),
    Word::anywhere("isinstance", "("),
    Word::anywhere("sorted", "("),
    Word::anywhere("zip", "("),
    Word::anywhere("str", "("),
    Word::anywhere("int", "("),
    Word::anywhere("float", "("),
    Word::anywhere("list", "("),
    Word::anywhere("dict", "("),
    Word::anywhere("set", "("),
    Word::anywhere("tuple", "("),
    Word::anywhere("sum", "("),
    Word::anywhere("min", "("),
    Word::anywhere("max", "("),
    Word::anywhere("abs", "("),
    Word::anywhere("open", "("),
    Word::anywhere("input", "("),
    Word::anywhere("super", "()"),
    Word::anywhere("hasattr", "("),
    Word::anywhere("getattr", "("),
    Word::anywhere("setattr", "("),
    Word::anywhere("reversed", "("),
    Word::anywhere("any", "("),
    Word::anywhere("all", "("),
    Word::anywhere("round", "("),
    Word::anywhere("repr", "("),
    Word::anywhere("type", "("),
    Word::anywhere("bool", "("),
    Word::anywhere("property", ""),
    Word::anywhere("staticmethod", ""),
    Word::anywhere("classmethod", ""),
    Word::anywhere("dataclass", ""),
    Word::anywhere("Exception", ""),
    Word::anywhere("ValueError", ""),
    Word::anywhere("TypeError", ""),
    Word::anywhere("KeyError", ""),
    Word::anywhere("IndexError", ""),
    Word::anywhere("RuntimeError", ""),
    Word::anywhere("NotImplementedError", ""),
    Word::anywhere("ImportError", ""),
    Word::anywhere("AttributeError", ""),
    Word::anywhere("OSError", ""),
    Word::anywhere("ZeroDivisionError", ""),
    Word::anywhere("FileNotFoundError", ""),
    Word::anywhere("PermissionError", ""),
    Word::anywhere("StopIteration", ""),
    Word::anywhere("DeprecationWarning", ""),
    Word::anywhere("__name__", ""),
    Word::anywhere("__file__", ""),
    Word::statement("__all__", " = "),
    Word::anywhere("BaseException", ""),
    Word::anywhere("LookupError", ""),
    Word::anywhere("UnicodeError", ""),
    Word::anywhere("UnicodeDecodeError", ""),
    Word::anywhere("UnicodeEncodeError", ""),
    Word::anywhere("EOFError", ""),
    Word::anywhere("KeyboardInterrupt", ""),
    Word::anywhere("SystemExit", ""),
    Word::anywhere("OverflowError", ""),
    Word::anywhere("TimeoutError", ""),
    Word::anywhere("AssertionError", ""),
];

/// Special methods, most defined first.
const SPECIAL_METHODS: &[&str] = &[
    "__init__",
    "__repr__",
    "__str__",
    "__eq__",
    "__hash__",
    "__len__",
    "__iter__",
    "__enter__",
    "__exit__",
    "__getitem__",
    "__call__",
    "__new__",
    "__next__",
    "__contains__",
    "__setitem__",
    "__getattr__",
    "__lt__",
    "__bool__",
    "__del__",
    "__post_init__",
    "__reduce__",
    "__getstate__",
    "__setstate__",
    "__init_subclass__",
    "__class_getitem__",
];

/// Standard modules, most imported first (with two ubiquitous third-party ones).
static MODULE_NAMES: &[&str] = &[
    "os",
    "sys",
    "json",
    "re",
    "math",
    "time",
    "datetime",
    "random",
    "collections",
    "typing",
    "pathlib",
    "logging",
    "subprocess",
    "itertools",
    "functools",
    "argparse",
    "dataclasses",
    "unittest",
    "asyncio",
    "csv",
    "shutil",
    "threading",
    "copy",
    "string",
    "hashlib",
    "uuid",
    "socket",
    "enum",
    "abc",
    "tempfile",
    "glob",
    "pickle",
    "io",
    "heapq",
    "bisect",
    "operator",
    "contextlib",
    "textwrap",
    "traceback",
    "statistics",
    "pprint",
    "numpy",
    "requests",
    "warnings",
    "struct",
    "types",
    "weakref",
    "codecs",
    "errno",
    "stat",
    "signal",
    "platform",
    "inspect",
    "base64",
    "binascii",
    "locale",
    "queue",
    "zlib",
    "select",
    "selectors",
    "importlib",
    "sysconfig",
    "tokenize",
    "ast",
    "email",
    "http",
    "urllib",
    "xml",
    "html",
    "ctypes",
    "sqlite3",
    "decimal",
    "fractions",
    "numbers",
    "array",
    "gc",
    "atexit",
    "fnmatch",
    "linecache",
    "posixpath",
    "_thread",
    "pygame",
    "turtle",
];

static MODULE_MEMBERS: &[(&str, &[&str])] = &[
    (
        "os",
        &[
            "path",
            "getcwd()",
            "listdir()",
            "environ",
            "makedirs()",
            "remove()",
            "getenv()",
            "mkdir()",
            "walk()",
            "rename()",
            "system()",
            "sep",
            "chdir()",
            "cpu_count()",
            "getpid()",
            "scandir()",
            "rmdir()",
            "linesep",
        ],
    ),
    (
        "os.path",
        &[
            "join()",
            "exists()",
            "dirname()",
            "basename()",
            "abspath()",
            "isfile()",
            "isdir()",
            "splitext()",
            "expanduser()",
            "getsize()",
            "realpath()",
            "split()",
            "relpath()",
            "normpath()",
            "getmtime()",
        ],
    ),
    (
        "sys",
        &[
            "argv",
            "exit()",
            "path",
            "stdout",
            "stderr",
            "stdin",
            "version",
            "platform",
            "modules",
            "executable",
            "maxsize",
            "getsizeof()",
            "version_info",
        ],
    ),
    (
        "json",
        &[
            "dumps()",
            "loads()",
            "dump()",
            "load()",
            "JSONDecodeError",
            "JSONEncoder",
            "JSONDecoder",
        ],
    ),
    (
        "re",
        &[
            "compile()",
            "match()",
            "search()",
            "findall()",
            "sub()",
            "split()",
            "finditer()",
            "fullmatch()",
            "escape()",
            "IGNORECASE",
            "MULTILINE",
            "DOTALL",
            "VERBOSE",
        ],
    ),
    (
        "math",
        &[
            "sqrt()",
            "pi",
            "floor()",
            "ceil()",
            "pow()",
            "log()",
            "sin()",
            "cos()",
            "inf",
            "exp()",
            "isclose()",
            "e",
            "fabs()",
            "gcd()",
            "isnan()",
            "tan()",
            "radians()",
            "degrees()",
            "factorial()",
            "hypot()",
            "log10()",
            "log2()",
            "atan2()",
        ],
    ),
    (
        "random",
        &[
            "randint()",
            "choice()",
            "random()",
            "shuffle()",
            "sample()",
            "uniform()",
            "seed()",
            "choices()",
            "randrange()",
        ],
    ),
    (
        "time",
        &[
            "time()",
            "sleep()",
            "perf_counter()",
            "monotonic()",
            "strftime()",
            "localtime()",
            "time_ns()",
        ],
    ),
    (
        "datetime",
        &["datetime", "date", "timedelta", "timezone", "time"],
    ),
    (
        "collections",
        &[
            "defaultdict",
            "Counter",
            "deque",
            "namedtuple",
            "OrderedDict",
            "ChainMap",
        ],
    ),
    (
        "itertools",
        &[
            "chain()",
            "product()",
            "permutations()",
            "combinations()",
            "groupby()",
            "islice()",
            "count()",
            "cycle()",
            "repeat()",
            "accumulate()",
            "zip_longest()",
        ],
    ),
    (
        "functools",
        &[
            "partial()",
            "reduce()",
            "lru_cache",
            "wraps()",
            "cache",
            "cached_property",
            "total_ordering",
        ],
    ),
    (
        "subprocess",
        &[
            "run()",
            "Popen()",
            "check_output()",
            "call()",
            "PIPE",
            "CalledProcessError",
            "DEVNULL",
        ],
    ),
    (
        "logging",
        &[
            "getLogger()",
            "basicConfig()",
            "info()",
            "debug()",
            "warning()",
            "error()",
            "exception()",
            "INFO",
            "DEBUG",
            "WARNING",
            "ERROR",
            "Logger",
        ],
    ),
    ("pathlib", &["Path", "PurePath"]),
    (
        "codecs",
        &[
            "lookup()",
            "encode()",
            "decode()",
            "open()",
            "getincrementalencoder()",
            "CodecInfo()",
            "Codec",
            "IncrementalEncoder",
            "IncrementalDecoder",
            "StreamWriter",
            "StreamReader",
            "register()",
            "BOM_UTF8",
            "charmap_encode()",
            "charmap_decode()",
            "charmap_build()",
            "BufferedIncrementalEncoder",
            "BufferedIncrementalDecoder",
            "StreamReaderWriter",
        ],
    ),
    (
        "unittest",
        &[
            "main()",
            "TestCase",
            "mock",
            "skip()",
            "skipIf()",
            "skipUnless()",
            "SkipTest",
        ],
    ),
    (
        "threading",
        &[
            "Thread()",
            "Lock()",
            "RLock()",
            "Event()",
            "Condition()",
            "current_thread()",
            "local()",
        ],
    ),
    (
        "struct",
        &[
            "pack()",
            "unpack()",
            "calcsize()",
            "Struct()",
            "unpack_from()",
            "pack_into()",
            "error",
        ],
    ),
    (
        "io",
        &[
            "StringIO()",
            "BytesIO()",
            "TextIOWrapper()",
            "open()",
            "BufferedReader",
            "SEEK_SET",
        ],
    ),
    (
        "warnings",
        &[
            "warn()",
            "catch_warnings()",
            "simplefilter()",
            "filterwarnings()",
        ],
    ),
    (
        "numpy",
        &[
            "array()",
            "zeros()",
            "arange()",
            "ones()",
            "linspace()",
            "mean()",
            "sum()",
            "sqrt()",
            "random",
            "dot()",
            "concatenate()",
            "where()",
            "max()",
            "min()",
            "abs()",
            "exp()",
            "log()",
            "pi",
        ],
    ),
    (
        "pandas",
        &[
            "DataFrame()",
            "read_csv()",
            "Series()",
            "concat()",
            "merge()",
            "to_datetime()",
            "read_excel()",
            "read_json()",
            "read_sql()",
            "isna()",
            "read_parquet()",
        ],
    ),
    (
        "matplotlib.pyplot",
        &[
            "plot()",
            "show()",
            "figure()",
            "subplots()",
            "xlabel()",
            "ylabel()",
            "title()",
            "legend()",
            "savefig()",
            "scatter()",
            "bar()",
            "hist()",
            "xlim()",
            "ylim()",
            "grid()",
            "tight_layout()",
            "subplot()",
            "close()",
        ],
    ),
    (
        "typing",
        &[
            "Optional", "List", "Dict", "Any", "Union", "Tuple", "Callable", "Iterable",
            "Iterator", "Set", "TypeVar", "Generic", "Protocol", "Sequence", "Mapping",
        ],
    ),
    (
        "shutil",
        &[
            "copy()",
            "rmtree()",
            "move()",
            "copyfile()",
            "copytree()",
            "which()",
        ],
    ),
    (
        "asyncio",
        &[
            "run()",
            "sleep()",
            "gather()",
            "create_task()",
            "get_event_loop()",
            "wait_for()",
            "Queue",
            "TimeoutError",
            "Semaphore()",
            "Lock()",
            "Event()",
        ],
    ),
    (
        "datetime.datetime",
        &[
            "now()",
            "strptime()",
            "fromtimestamp()",
            "today()",
            "fromisoformat()",
            "utcnow()",
            "combine()",
        ],
    ),
    (
        "csv",
        &[
            "reader()",
            "writer()",
            "DictReader()",
            "DictWriter()",
            "QUOTE_MINIMAL",
            "Sniffer()",
        ],
    ),
    (
        "requests",
        &[
            "get()",
            "post()",
            "Session()",
            "put()",
            "delete()",
            "exceptions",
            "patch()",
            "head()",
            "RequestException",
            "HTTPError",
            "ConnectionError",
            "Timeout",
        ],
    ),
    (
        "argparse",
        &[
            "ArgumentParser()",
            "Namespace()",
            "FileType()",
            "ArgumentTypeError()",
            "SUPPRESS",
        ],
    ),
    (
        "pytest",
        &[
            "raises()", "fixture", "mark", "approx()", "main()", "skip()", "fail()", "param()",
        ],
    ),
    ("super()", &["__init__()"]),
    (
        "enum",
        &[
            "Enum", "auto()", "IntEnum", "Flag", "IntFlag", "unique", "StrEnum",
        ],
    ),
    (
        "string",
        &[
            "ascii_letters",
            "digits",
            "ascii_lowercase",
            "ascii_uppercase",
            "punctuation",
            "whitespace",
            "Template()",
            "Formatter",
            "hexdigits",
            "printable",
            "capwords()",
        ],
    ),
    (
        "heapq",
        &[
            "heappush()",
            "heappop()",
            "heapify()",
            "nlargest()",
            "nsmallest()",
            "heappushpop()",
            "heapreplace()",
            "merge()",
        ],
    ),
    (
        "bisect",
        &[
            "bisect_left()",
            "insort()",
            "bisect_right()",
            "bisect()",
            "insort_left()",
            "insort_right()",
        ],
    ),
    ("copy", &["deepcopy()", "copy()"]),
    (
        "operator",
        &[
            "itemgetter()",
            "attrgetter()",
            "add",
            "mul",
            "index()",
            "methodcaller()",
            "eq",
            "sub",
            "neg",
            "truth",
        ],
    ),
    (
        "inspect",
        &[
            "signature()",
            "isclass()",
            "getmembers()",
            "isfunction()",
            "getsource()",
            "iscoroutinefunction()",
            "ismethod()",
            "Parameter",
            "getfile()",
            "cleandoc()",
            "stack()",
            "currentframe()",
            "getmodule()",
            "isabstract()",
        ],
    ),
    (
        "types",
        &[
            "SimpleNamespace()",
            "FunctionType",
            "MethodType",
            "ModuleType",
            "GenericAlias",
            "MappingProxyType()",
            "CodeType",
            "TracebackType",
            "BuiltinFunctionType",
            "new_class()",
        ],
    ),
    (
        "contextlib",
        &[
            "contextmanager",
            "suppress()",
            "ExitStack()",
            "closing()",
            "redirect_stdout()",
            "nullcontext()",
            "asynccontextmanager",
            "AbstractContextManager",
        ],
    ),
    (
        "dataclasses",
        &[
            "dataclass",
            "field()",
            "asdict()",
            "fields()",
            "replace()",
            "astuple()",
            "is_dataclass()",
            "MISSING",
            "make_dataclass()",
        ],
    ),
    (
        "abc",
        &["ABC", "abstractmethod", "ABCMeta", "abstractproperty"],
    ),
    (
        "tempfile",
        &[
            "TemporaryDirectory()",
            "NamedTemporaryFile()",
            "mkdtemp()",
            "mkstemp()",
            "gettempdir()",
            "TemporaryFile()",
            "SpooledTemporaryFile()",
        ],
    ),
    ("glob", &["glob()", "iglob()", "escape()"]),
    (
        "hashlib",
        &[
            "sha256()",
            "md5()",
            "sha1()",
            "new()",
            "sha512()",
            "blake2b()",
            "pbkdf2_hmac()",
            "algorithms_available",
            "file_digest()",
        ],
    ),
    (
        "base64",
        &[
            "b64encode()",
            "b64decode()",
            "urlsafe_b64encode()",
            "urlsafe_b64decode()",
            "b32encode()",
            "b16encode()",
            "encodebytes()",
            "decodebytes()",
        ],
    ),
    (
        "pickle",
        &[
            "dump()",
            "load()",
            "dumps()",
            "loads()",
            "HIGHEST_PROTOCOL",
            "PicklingError",
            "Pickler",
            "Unpickler",
            "UnpicklingError",
        ],
    ),
    (
        "socket",
        &[
            "socket()",
            "AF_INET",
            "SOCK_STREAM",
            "gethostname()",
            "create_connection()",
            "error",
            "SOL_SOCKET",
            "SO_REUSEADDR",
            "AF_INET6",
            "SOCK_DGRAM",
            "gethostbyname()",
            "getaddrinfo()",
            "AF_UNIX",
            "inet_aton()",
            "htons()",
        ],
    ),
    (
        "signal",
        &[
            "signal()",
            "SIGINT",
            "SIGTERM",
            "SIG_DFL",
            "SIG_IGN",
            "alarm()",
            "SIGALRM",
            "SIGKILL",
            "SIGCHLD",
            "getsignal()",
            "Signals",
            "SIGHUP",
            "pthread_sigmask()",
        ],
    ),
    (
        "errno",
        &[
            "ENOENT",
            "EEXIST",
            "EINTR",
            "EAGAIN",
            "EINVAL",
            "EACCES",
            "EPIPE",
            "EBADF",
            "ECONNRESET",
            "EWOULDBLOCK",
            "ENOTDIR",
            "EISDIR",
            "EPERM",
            "errorcode",
        ],
    ),
    (
        "stat",
        &[
            "S_ISDIR()",
            "S_ISREG()",
            "S_IMODE()",
            "S_IFMT()",
            "S_ISLNK()",
            "S_IRUSR",
            "S_IWUSR",
            "S_IXUSR",
            "ST_MODE",
            "S_IFDIR",
            "S_IFREG",
            "S_IRWXU",
            "ST_MTIME",
            "filemode()",
        ],
    ),
    (
        "platform",
        &[
            "system()",
            "python_version()",
            "machine()",
            "platform()",
            "release()",
            "node()",
            "uname()",
            "architecture()",
            "python_implementation()",
            "mac_ver()",
            "win32_ver()",
            "version()",
            "processor()",
            "libc_ver()",
        ],
    ),
    (
        "traceback",
        &[
            "print_exc()",
            "format_exc()",
            "print_exception()",
            "format_exception()",
            "extract_tb()",
            "print_stack()",
            "format_exception_only()",
            "extract_stack()",
            "TracebackException",
            "format_tb()",
            "walk_tb()",
            "format_list()",
        ],
    ),
    (
        "weakref",
        &[
            "ref()",
            "WeakValueDictionary()",
            "WeakKeyDictionary()",
            "WeakSet()",
            "proxy()",
            "finalize()",
            "WeakMethod()",
            "ReferenceType",
        ],
    ),
    (
        "queue",
        &[
            "Queue()",
            "Empty",
            "Full",
            "PriorityQueue()",
            "LifoQueue()",
            "SimpleQueue()",
        ],
    ),
    (
        "uuid",
        &[
            "uuid4()",
            "UUID()",
            "uuid1()",
            "uuid5()",
            "NAMESPACE_DNS",
            "uuid3()",
            "getnode()",
        ],
    ),
    (
        "textwrap",
        &[
            "dedent()",
            "indent()",
            "fill()",
            "wrap()",
            "shorten()",
            "TextWrapper()",
        ],
    ),
    (
        "sqlite3",
        &[
            "connect()",
            "Row",
            "Error",
            "IntegrityError",
            "OperationalError",
            "Connection",
            "register_adapter()",
            "PARSE_DECLTYPES",
        ],
    ),
    (
        "urllib.parse",
        &[
            "urlparse()",
            "urlencode()",
            "quote()",
            "unquote()",
            "urljoin()",
            "parse_qs()",
            "urlsplit()",
            "quote_plus()",
            "urlunparse()",
            "parse_qsl()",
            "urlunsplit()",
            "unquote_plus()",
        ],
    ),
    (
        "statistics",
        &[
            "mean()",
            "median()",
            "stdev()",
            "mode()",
            "variance()",
            "pstdev()",
            "fmean()",
            "quantiles()",
            "median_low()",
            "median_high()",
            "harmonic_mean()",
            "StatisticsError",
        ],
    ),
    (
        "decimal",
        &[
            "Decimal()",
            "getcontext()",
            "ROUND_HALF_UP",
            "InvalidOperation",
            "localcontext()",
            "Context()",
            "ROUND_DOWN",
            "ROUND_HALF_EVEN",
        ],
    ),
    (
        "secrets",
        &[
            "token_hex()",
            "token_urlsafe()",
            "choice()",
            "randbelow()",
            "token_bytes()",
            "compare_digest()",
            "SystemRandom()",
        ],
    ),
    (
        "select",
        &[
            "select()", "poll()", "epoll()", "POLLIN", "POLLOUT", "kqueue()", "EPOLLIN", "error",
        ],
    ),
    (
        "locale",
        &[
            "setlocale()",
            "LC_ALL",
            "getpreferredencoding()",
            "getlocale()",
            "LC_CTYPE",
            "format_string()",
            "LC_NUMERIC",
            "getencoding()",
            "localeconv()",
            "currency()",
            "strxfrm()",
            "LC_TIME",
        ],
    ),
];

static LIST_METHODS: &[&str] = &[
    "append()",
    "extend()",
    "pop()",
    "insert()",
    "remove()",
    "sort()",
    "index()",
    "count()",
    "reverse()",
    "copy()",
    "clear()",
];
static DICT_METHODS: &[&str] = &[
    "items()",
    "get()",
    "keys()",
    "values()",
    "update()",
    "pop()",
    "setdefault()",
    "copy()",
    "clear()",
];
static STR_METHODS: &[&str] = &[
    "join()",
    "split()",
    "strip()",
    "format()",
    "replace()",
    "startswith()",
    "endswith()",
    "lower()",
    "upper()",
    "find()",
    "encode()",
    "splitlines()",
    "rstrip()",
    "lstrip()",
    "isdigit()",
    "count()",
    "title()",
];
static SET_METHODS: &[&str] = &[
    "add()",
    "remove()",
    "discard()",
    "union()",
    "intersection()",
    "difference()",
    "pop()",
];
static FILE_METHODS: &[&str] = &[
    "read()",
    "write()",
    "readlines()",
    "readline()",
    "close()",
    "writelines()",
];
/// A `collections.Counter`'s members, most used first: a dictionary that also ranks its counts.
static COUNTER_MEMBERS: &[&str] = &[
    "most_common()",
    "items()",
    "update()",
    "get()",
    "keys()",
    "values()",
    "total()",
    "elements()",
    "subtract()",
];
/// A `collections.deque`'s methods, most used first: a queue is filled at one end and emptied at the other.
static DEQUE_METHODS: &[&str] = &[
    "append()",
    "popleft()",
    "appendleft()",
    "pop()",
    "extend()",
    "clear()",
    "rotate()",
    "extendleft()",
];
/// A `csv.writer`'s methods.
static CSV_WRITER_METHODS: &[&str] = &["writerow()", "writerows()"];
/// A `csv.DictWriter`'s methods: the header row first.
static CSV_DICT_WRITER_METHODS: &[&str] = &["writerow()", "writeheader()", "writerows()"];
/// A regular expression match's methods, most used first.
static MATCH_METHODS: &[&str] = &[
    "group()",
    "groups()",
    "start()",
    "end()",
    "span()",
    "groupdict()",
];
/// A `requests` response's members, most used first.
static HTTP_RESPONSE_MEMBERS: &[&str] = &[
    "json()",
    "status_code",
    "text",
    "raise_for_status()",
    "content",
    "headers",
    "ok",
];
/// An `argparse.ArgumentParser`'s methods, most used first.
static ARGUMENT_PARSER_MEMBERS: &[&str] = &[
    "add_argument()",
    "parse_args()",
    "add_subparsers()",
    "set_defaults()",
    "add_mutually_exclusive_group()",
    "print_help()",
    "error()",
];
/// The assertions of `unittest.TestCase`, most used first: `self.` in a test class.
static TEST_CASE_METHODS: &[&str] = &[
    "assertEqual()",
    "assertTrue()",
    "assertRaises()",
    "assertIn()",
    "assertFalse()",
    "assertIsNone()",
    "assertIs()",
    "assertNotEqual()",
    "assertIsInstance()",
    "assertAlmostEqual()",
    "assertRaisesRegex()",
    "assertIsNotNone()",
    "assertNotIn()",
    "assertGreater()",
    "assertLess()",
];
/// Methods of the common built-in types, for a receiver whose type the code does not show.
static COMMON_METHODS: &[&str] = &[
    "append()",
    "items()",
    "get()",
    "join()",
    "split()",
    "strip()",
    "format()",
    "keys()",
    "values()",
    "replace()",
    "extend()",
    "startswith()",
    "lower()",
    "upper()",
    "pop()",
    "update()",
    "endswith()",
    "copy()",
    "sort()",
];

/// Python's profile.
pub(super) static PROFILE: Profile = Profile {
    language: Language::Python,
    syntax: &SYNTAX,
    words: WORDS,
    naming_keywords: &[
        "def", "class", "import", "as", "for", "lambda", "global", "nonlocal",
    ],
    block_keywords: &[
        "if", "elif", "else", "for", "while", "with", "try", "except", "finally", "def", "class",
        "async", "match", "case",
    ],
    block_style: BlockStyle::Colon,
    statement_terminator: None,
    constructs,
    member_hints,
};

fn constructs(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    expected_result_in_assertion(context, out);
    exception_base(context, out);
    successful_status(context, out);
    complete_phrase(
        context,
        &[("if __name__", "if __name__ == \"__main__\":")],
        0.9,
        out,
    );
    // At the left margin, `if __` names the one variable a module tests there.
    if indentation(context.line_before) == 0 && !context.code.contains("if __name__") {
        complete_phrase(
            context,
            &[("if __", "if __name__ == \"__main__\":")],
            0.88,
            out,
        );
    }
    complete_phrase(
        context,
        &[("else", "else:"), ("try", "try:"), ("finally", "finally:")],
        0.9,
        out,
    );
    call_main(context, out);
    cleaned_input(context, out);
    star_parameters(context, out);
    exit_parameters(context, out);
    special_method_parameter(context, out);
    argumentless_view(context, out);
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
    match_groups(context, out);
    sibling_class_base(context, out);
    codec_method_parameters(context, out);
    assign_init_parameter(context, out);
    exception_and_with_endings(context, out);
    method_receiver(context, out);
    case_under_match(context, out);
    module_names(context, out);
    pairs_of_mapping(context, out);
    identity_test(context, out);
    awaited_asyncio(context, out);
    complete_phrase(
        context,
        &[(
            "logger = logging.getLogger(",
            "logger = logging.getLogger(__name__)",
        )],
        0.9,
        out,
    );
    not_implemented(context, out);
    operation_result_type(context, out);
    enumerate_collection(context, out);
    comprehension_source(context, out);
    comprehension_variable(context, out);
    aggregated_collection(context, out);
    annotated_field_type(context, out);
    read_whole_file(context, out);
    write_to_file(context, out);
    import_alias(context, out);
    special_method(context, out);
    json_with_file(context, out);
    file_as_argument(context, out);
    string_method_of_literal(context, out);
    base_class_of_module(context, out);
    directory_listing(context, out);
    web_application(context, out);
    exit_after_message(context, out);
    response_body(context, out);
    statement_of_module(context, out);
    argument_after_count_check(context, out);
    argument_parser_step(context, out);
    looked_up_value(context, out);
    first_assertion(context, out);
    split_into_parts(context, out);
    path_read_whole(context, out);
    ranked_by_value(context, out);
    next_definition(context, out);
    request_handler_step(context, out);
    class_name_in_representation(context, out);
    super::python_codecs::complete(context, out);
    super::python_fixers::complete(context, out);
    super::python_tk_tests::complete(context, out);
    super::python_everyday::complete(context, out);
}

/// `self.` in an `http.server` handler's `do_GET`: the response's steps in their order (`send_response(200)`
/// first, `send_header()` after it, `wfile.write()` once the headers are ended).
fn request_handler_step(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if access.receiver != "self"
        || !context.member_starts_statement(&access)
        || !context.at_line_end()
    {
        return;
    }
    let Some(previous) = context.code_lines_above().next() else {
        return;
    };
    let step = if previous.starts_with("def do_") {
        "send_response(200)"
    } else if previous.starts_with("self.send_response(") {
        "send_header()"
    } else if previous.starts_with("self.end_headers()") {
        "wfile.write()"
    } else {
        return;
    };
    let handler = base_class_members(context)
        .is_some_and(|members| members.first() == Some(&"send_response()"));
    if handler && let Some(rest) = step.strip_prefix(context.prefix) {
        out.push(Suggestion::member(rest, 0.9));
    }
}

/// After a blank line that ends a block, the definition that comes next: `def ` at a class body's indentation
/// once a method ended (a class's methods follow one another), `class ` or `def ` at the module's top level when
/// the block just left and the two definitions before it were all of that keyword (a module of codec classes, of
/// helper functions). A decorated method or an `if`/`try` block left at the top level says nothing.
fn next_definition(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    /// How many lines above are read for the module's earlier definitions.
    const LINES: usize = 400;
    if !context.before_prefix().trim().is_empty() || !context.at_line_end() {
        return;
    }
    let width = context.current_indentation();
    let above = context.code_before_line();
    let mut lines = above.lines().rev().take(LINES).filter(|line| {
        let trimmed = line.trim_start();
        !trimmed.is_empty() && !trimmed.starts_with('#')
    });
    // A blank line separates the block just left from what comes next.
    if above
        .lines()
        .next_back()
        .is_none_or(|line| !line.trim().is_empty())
    {
        return;
    }
    if lines.next().is_none_or(|last| indentation(last) <= width) {
        return;
    }
    // The block's header: the nearest line back at the cursor's indentation.
    let Some(header) = lines.find(|line| indentation(line) <= width) else {
        return;
    };
    if indentation(header) < width {
        return;
    }
    let Some(keyword) = definition_keyword(header.trim_start()) else {
        return;
    };
    if keyword == "class " && width > 0 {
        return;
    }
    let agreed = if width > 0 {
        // A method's header: the class around it holds the next one.
        context
            .enclosing_lines()
            .next()
            .is_some_and(|line| line.starts_with("class "))
            && !lines
                .next()
                .is_some_and(|line| line.trim_start().starts_with('@'))
    } else {
        let earlier = lines
            .filter(|line| indentation(line) == 0)
            .filter_map(|line| definition_keyword(line))
            .take(2)
            .collect::<Vec<_>>();
        earlier.len() == 2 && earlier.iter().all(|other| *other == keyword)
    };
    if agreed && let Some(rest) = keyword.strip_prefix(context.prefix) {
        out.push(Suggestion::of_kind(rest, 0.8, "keyword"));
    }
}

/// `def `, `async def ` or `class ` when a definition's header starts the line.
fn definition_keyword(line: &str) -> Option<&'static str> {
    ["def ", "async def ", "class "]
        .into_iter()
        .find(|keyword| line.starts_with(keyword))
}

/// `sorted(scores, key=scores.` -> `get)` (`get):` in a `for` header): a dict's keys ranked by their values
/// (`max`, `min` too).
fn ranked_by_value(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let Some(before) = context.before_receiver(&access) else {
        return;
    };
    let ranked = ["sorted(", "max(", "min("]
        .iter()
        .any(|call| before.ends_with(&format!("{call}{}, key=", access.receiver)));
    if ranked
        && is_simple_name(access.receiver)
        && context.at_line_end()
        && let Some(rest) = if before.trim_start().starts_with("for ") {
            "get):"
        } else {
            "get)"
        }
        .strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// `parser.` for an `argparse.ArgumentParser`: `add_argument()` starting a statement, `parse_args()` when the
/// result is kept (`args = parser.`).
fn argument_parser_step(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !context.at_line_end()
        || declared_type(context, access.receiver) != Some(ARGUMENT_PARSER_MEMBERS)
    {
        return;
    }
    let assigned = context
        .assignment_target(&access)
        .is_some_and(is_simple_name);
    // A `def parse_args():` that builds the parser ends by handing back what it parsed.
    let returned = context.before_receiver(&access).map(str::trim) == Some("return");
    let (member, confidence) = if context.member_starts_statement(&access) {
        ("add_argument()", 0.88)
    } else if assigned || returned {
        // Above the uses of `add_argument()` the file's own habits count: the parsing is what the result keeps.
        ("parse_args()", 0.94)
    } else {
        return;
    };
    if let Some(rest) = member.strip_prefix(context.prefix)
        && rest.len() > "()".len()
    {
        out.push(Suggestion::member(rest.to_owned(), confidence));
    }
}

/// A dictionary's value looked up by its key: `print(key, ` in `for key in scores:` -> `scores[key])`, and
/// `max(scores, key=` -> `scores.get)` (the key of the largest value; `min(` and `sorted(` too).
fn looked_up_value(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let is_dict =
        |name: &str| is_simple_name(name) && declared_type(context, name) == Some(DICT_METHODS);
    if let Some(mapping) = ["max(", "min(", "sorted("]
        .iter()
        .find_map(|call| typed.rsplit_once(call))
        .and_then(|(_, arguments)| arguments.strip_suffix(", key="))
        .filter(|mapping| is_dict(mapping))
    {
        out.push(Suggestion::construct(format!("{mapping}.get)"), 0.85));
        return;
    }
    let Some(key) = typed
        .strip_prefix("print(")
        .and_then(|arguments| arguments.strip_suffix(", "))
        .filter(|key| is_simple_name(key))
    else {
        return;
    };
    // The loop around the cursor: the first line above with less indentation.
    let depth = context.current_indentation();
    let header = context
        .code_before_line()
        .lines()
        .rev()
        .take(40)
        .find(|line| !line.trim().is_empty() && indentation(line) < depth);
    let mapping = header
        .and_then(|line| line.trim().strip_prefix(&format!("for {key} in ")))
        .and_then(|rest| rest.strip_suffix(':'))
        .map(|iterated| iterated.strip_suffix(".keys()").unwrap_or(iterated))
        .filter(|mapping| is_dict(mapping));
    if let Some(mapping) = mapping {
        out.push(Suggestion::construct(format!("{mapping}[{key}])"), 0.85));
    }
}

/// `parts = line.` -> `split()`: a name for the pieces of a text (`words`, `fields`, `tokens`) says the text is
/// split into them; a compiled pattern's are found (`words = pattern.` -> `findall()`).
fn split_into_parts(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const PIECES: &[&str] = &[
        "parts", "words", "fields", "tokens", "pieces", "columns", "cols",
    ];
    let Some(access) = context.dot_member() else {
        return;
    };
    let Some(target) = context.assignment_target(&access) else {
        return;
    };
    // A compiled regular expression's pieces are its matches, all of them at once.
    let compiled_pattern = super::statements::declaration_of(context, access.receiver)
        .is_some_and(|declaration| declaration.trim_start().starts_with("re.compile("));
    let method = if compiled_pattern {
        "findall()"
    } else {
        "split()"
    };
    if PIECES.contains(&target)
        && is_simple_name(access.receiver)
        && access.receiver != target
        && context.at_line_end()
        && let Some(rest) = method.strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// `text = Path("notes.txt").` -> `read_text()`: a path's contents read into a name for text (`text`, `content`,
/// `data`).
fn path_read_whole(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if !access.receiver.starts_with("Path(") || !access.receiver.ends_with(')') {
        return;
    }
    let Some(target) = context.assignment_target(&access) else {
        return;
    };
    if matches!(target, "text" | "content" | "contents" | "source" | "data")
        && context.at_line_end()
        && let Some(rest) = "read_text()".strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// `self.assert` in a `unittest.TestCase` -> `Equal()`: the assertion most tests make; the others are listed.
fn first_assertion(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.prefix == "assert"
        && context
            .member
            .is_some_and(|access| access.receiver == "self")
        && context.at_line_end()
        && in_test_case(context)
    {
        out.push(Suggestion::member("Equal()", 0.88));
    }
}

/// A module's member that starts a statement does something: `random.` -> `shuffle()` (`randint()` would be
/// thrown away), `time.` -> `sleep()`, `asyncio.` outside any function of a script with `async def main():` ->
/// `run(main())`.
fn statement_of_module(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let member = match access.receiver {
        "random" => "shuffle()",
        "time" => "sleep()",
        // A script that defines `async def main():` starts it from the top level.
        "asyncio"
            if enclosing_function(context).is_none()
                && context.code_before_line().contains("async def main(") =>
        {
            "run(main())"
        }
        _ => return,
    };
    if context.member_starts_statement(&access)
        && context.at_line_end()
        && imported_module(context.code, access.receiver).as_deref() == Some(access.receiver)
        && let Some(rest) = member.strip_prefix(context.prefix)
        && rest.len() > "()".len()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// `name = sys.` under `if len(sys.argv) > 1:` -> `argv[1]`: the argument whose presence was just checked.
fn argument_after_count_check(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context
        .dot_member()
        .filter(|access| access.receiver == "sys")
    else {
        return;
    };
    let assigned = context
        .assignment_target(&access)
        .is_some_and(is_simple_name);
    let checked = context.previous_code_line().is_some_and(|line| {
        let line = line.trim();
        line.starts_with("if len(sys.argv) > 1") || line.starts_with("if len(sys.argv) >= 2")
    });
    if assigned
        && checked
        && context.at_line_end()
        && let Some(rest) = "argv[1]".strip_prefix(context.prefix)
        && context.prefix.len() < "argv".len()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// `sys.` starting the statement after a printed message in an `if` block -> `exit(1)`: a script stops on a
/// usage or error message (`if len(sys.argv) < 2: print("usage: ...")`).
fn exit_after_message(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context
        .dot_member()
        .filter(|access| access.receiver == "sys")
    else {
        return;
    };
    if !context.member_starts_statement(&access)
        || !context.at_line_end()
        || context.current_indentation() == 0
    {
        return;
    }
    let printed = context
        .previous_code_line()
        .is_some_and(|line| line.trim_start().starts_with("print(") && line.contains(['"', '\'']));
    let in_condition = printed && {
        let before_line = context.code_before_line();
        let depth = indentation(context.line_before);
        before_line
            .lines()
            .rev()
            .take(50)
            .find(|line| !line.trim().is_empty() && indentation(line) < depth)
            .is_some_and(|line| line.trim_start().starts_with("if "))
    };
    if in_condition
        && let Some(rest) = "exit(1)".strip_prefix(context.prefix)
        && context.prefix.len() < "exit".len()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// `data = response.` where `response = requests.get(...)` -> `json()`: a fetched body is read as JSON (a name
/// like `text` or `html` is left to the other members).
fn response_body(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let named_data = context.assignment_target(&access).is_some_and(|target| {
        matches!(
            target,
            "data" | "json" | "body" | "result" | "payload" | "users" | "items" | "posts"
        )
    });
    if named_data
        && context.at_line_end()
        && declared_type(context, access.receiver) == Some(HTTP_RESPONSE_MEMBERS)
        && let Some(rest) = "json()".strip_prefix(context.prefix)
        && rest.len() > "()".len()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// The file of the `with open(...) as f:` block that holds the cursor: its name, and whether it was opened for
/// writing (`"w"` or `"a"`). Reads the lines above up to the block's header, at most 40.
fn file_of_enclosing_with<'a>(context: &Context<'a>) -> Option<(&'a str, bool)> {
    let mut lowest = if context.on_blank_line_start() {
        context.current_indentation()
    } else {
        indentation(context.line_before)
    };
    let before_line = context.code_before_line();
    for line in before_line.lines().rev().take(40) {
        if line.trim().is_empty() || indentation(line) >= lowest {
            continue;
        }
        lowest = indentation(line);
        // `with open(path) as f:`, or a `Path`'s own `with path.open("r") as f:`.
        let opened = line.trim().strip_prefix("with ").and_then(|rest| {
            rest.strip_prefix("open(").or_else(|| {
                let (receiver, call) = rest.split_once(".open(")?;
                is_simple_name(receiver).then_some(call)
            })
        });
        if let Some((arguments, name)) = opened.and_then(|rest| rest.rsplit_once(") as ")) {
            let name = name.strip_suffix(':')?.trim();
            return is_simple_name(name).then_some((name, opened_for_writing(arguments)));
        }
        if lowest == 0 {
            return None;
        }
    }
    None
}

/// The name given a CSV reader on one of the three lines above (`reader = csv.reader(f)`).
fn csv_reader_above<'a>(context: &Context<'a>) -> Option<&'a str> {
    let before_line = context.code_before_line();
    before_line
        .lines()
        .rev()
        .filter(|line| !line.trim().is_empty())
        .take(3)
        .find_map(|line| {
            let (name, value) = line.trim().split_once(" = ")?;
            let reads = ["csv.reader(", "csv.DictReader(", "DictReader(", "reader("]
                .iter()
                .any(|maker| value.starts_with(maker));
            (reads && is_simple_name(name)).then_some(name)
        })
}

/// Whether the arguments of an `open(` ask to write (`"w"`, `"a"`, `mode="w"`).
fn opened_for_writing(arguments: &str) -> bool {
    [", \"w", ", 'w", ", \"a", ", 'a", "mode=\"w", "mode='w"]
        .iter()
        .any(|mode| arguments.contains(mode))
}

/// Names given to what `json.loads` returns (`data = json.` -> `loads()`).
const PARSED_NAMES: &[&str] = &[
    "data", "config", "settings", "obj", "parsed", "payload", "result", "doc", "document",
    "record", "records", "items", "users", "message", "event", "state",
];

/// Names given to what `json.dumps` returns (`text = json.` -> `dumps()`).
const SERIALIZED_NAMES: &[&str] = &[
    "text",
    "s",
    "string",
    "serialized",
    "encoded",
    "dumped",
    "output",
    "json_str",
    "json_string",
    "json_text",
    "body",
    "line",
    "out",
];

/// `json.` in a `with open(...) as f:` block: `data = json.` (or `return json.`) -> `load(f)` for a file opened to
/// read, `json.` ->
/// `dump()` starting a statement for one opened to write (a string from `dumps` would be thrown away). Outside
/// such a block, a result named like parsed data (`data = json.`) -> `loads()`, like text (`text = json.`) ->
/// `dumps()`.
fn json_with_file(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context
        .dot_member()
        .filter(|access| access.receiver == "json")
    else {
        return;
    };
    let json_module = imported_module(context.code, "json")
        .or_else(|| python_libraries::conventional_module(context, "json"));
    if !context.at_line_end() || json_module.as_deref() != Some("json") {
        return;
    }
    let target = context
        .assignment_target(&access)
        .filter(|target| is_simple_name(target));
    let returned = context
        .before_receiver(&access)
        .is_some_and(|before| before.trim() == "return");
    let call = match (file_of_enclosing_with(context), target) {
        (Some((_, true)), None) if context.member_starts_statement(&access) => "dump()".to_owned(),
        (Some((file, false)), Some(_)) => format!("load({file})"),
        (Some((file, false)), None) if returned => format!("load({file})"),
        // `text = Path(path).read_text()` just above `return json.`: the text read is parsed.
        (None, None) if returned && let Some(text) = text_just_read(context) => {
            format!("loads({text})")
        }
        // No file at hand: the name given to the result says whether text is parsed or written.
        (None, Some(target)) if PARSED_NAMES.contains(&target) => "loads()".to_owned(),
        (None, Some(target)) if SERIALIZED_NAMES.contains(&target) => "dumps()".to_owned(),
        _ => return,
    };
    if let Some(rest) = call.strip_prefix(context.prefix) {
        out.push(Suggestion::member(rest.to_owned(), 0.9));
    }
}

/// The local the line above read text into (`text = Path(path).read_text(encoding="utf-8")`, `raw = f.read()`,
/// `body = response.read().decode()`).
fn text_just_read<'a>(context: &Context<'a>) -> Option<&'a str> {
    let (target, value) = context.previous_code_line()?.trim().split_once(" = ")?;
    let read = [".read_text(", ".read()", ".decode(", ".readall()"]
        .iter()
        .any(|call| value.contains(call));
    (read && is_simple_name(target)).then_some(target)
}

/// The file of the `with open(...) as f:` block as the argument that takes it: `json.dump(data, ` -> `f)` for a
/// file opened to write, `for i, line in enumerate(` -> `f):` for one opened to read.
fn file_as_argument(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let dumps =
        typed.starts_with("json.dump(") && typed.ends_with(", ") && typed.matches(',').count() == 1;
    let numbers_lines = typed.starts_with("for ") && typed.ends_with(" in enumerate(");
    if !dumps && !numbers_lines {
        return;
    }
    match file_of_enclosing_with(context) {
        Some((file, true)) if dumps => out.push(Suggestion::construct(format!("{file})"), 0.85)),
        Some((file, false)) if numbers_lines => {
            out.push(Suggestion::construct(format!("{file}):"), 0.85));
        }
        _ => {}
    }
}

/// A string literal's method: `", ".` -> `join()` for a separator (only punctuation and spaces), `"{} items".`
/// -> `format()` for a template with placeholders.
fn string_method_of_literal(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let Some(body) = access
        .receiver
        .strip_prefix(['"', '\''])
        .and_then(|rest| rest.strip_suffix(['"', '\'']))
    else {
        return;
    };
    let separator = body.len() <= 4
        && body.chars().all(|c| {
            matches!(
                c,
                ',' | ' ' | ';' | '|' | '-' | ':' | '/' | '\\' | 'n' | 't'
            )
        })
        && (body.is_empty() || !body.chars().all(char::is_alphabetic));
    let method = if separator {
        "join()"
    } else if body.contains("{}") || body.contains("{0") {
        "format()"
    } else {
        return;
    };
    if context.at_line_end()
        && let Some(rest) = method.strip_prefix(context.prefix)
        && rest.len() > "()".len()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// `class TestParser(unittest.` -> `TestCase):`: a first base is the module's first class in its table, not its
/// most used function (`unittest.main()`); a class named like one of the module's (`class StreamWriter(Codec,
/// codecs.`) extends that one.
fn base_class_of_module(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let Some((class_name, bases)) = context
        .before_receiver(&access)
        .and_then(|before| before.trim_start().strip_prefix("class "))
        .and_then(|header| header.split_once('('))
        .map(|(name, bases)| (name.trim(), bases.trim()))
        .filter(|(name, bases)| is_simple_name(name) && (bases.is_empty() || bases.ends_with(',')))
    else {
        return;
    };
    if !context.at_line_end() {
        return;
    }
    let Some(entries) =
        imported_module(context.code, access.receiver).and_then(|module| module_table(&module))
    else {
        return;
    };
    let is_class = |entry: &&&str| {
        entry.starts_with(char::is_uppercase) && entry.chars().all(char::is_alphanumeric)
    };
    let namesake = entries
        .iter()
        .filter(is_class)
        .find(|entry| **entry == class_name);
    let first = entries.iter().find(is_class).filter(|_| bases.is_empty());
    if let Some(base) = namesake.or(first)
        && let Some(rest) = base.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::member(format!("{rest}):"), 0.88));
    }
}

/// `for name in os.` -> `listdir():`, `for root, dirs, files in os.` -> `walk(`: what a loop walks in `os`;
/// `for line in sys.` -> `stdin:` and `for arg in sys.` -> `argv[1:]:`.
fn directory_listing(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context
        .dot_member()
        .filter(|access| matches!(access.receiver, "os" | "sys"))
    else {
        return;
    };
    let Some(variables) = context
        .before_receiver(&access)
        .and_then(|before| before.trim_start().strip_prefix("for "))
        .and_then(|header| header.strip_suffix(" in "))
    else {
        return;
    };
    let count = variables.split(',').count();
    let variable = variables.trim();
    let call = match (access.receiver, count) {
        ("os", 1) if is_simple_name(variable) => "listdir():",
        ("os", 3) => "walk(",
        ("sys", 1) if variable.contains("line") => "stdin:",
        ("sys", 1) if variable.contains("arg") => "argv[1:]:",
        _ => return,
    };
    if context.at_line_end()
        && imported_module(context.code, access.receiver).as_deref() == Some(access.receiver)
        && let Some(rest) = call.strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// A Flask application: `app = Flask(` -> `__name__)` (FastAPI's `app = ` -> `FastAPI()`), then `@app.` -> `route()` (FastAPI's: `get()`), and
/// `app.` under `if __name__ == "__main__":` -> `run(debug=True)`.
fn web_application(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    if context.prefix.is_empty()
        && typed.ends_with("= Flask(")
        && typed.matches('(').count() == 1
        && context.code.contains("import Flask")
    {
        out.push(Suggestion::construct("__name__)", 0.9));
        return;
    }
    // `app = ` at the left margin of a file importing FastAPI: the application it imported the class for.
    if typed == "app = "
        && context.line_before == typed
        && context.code.contains("from fastapi import FastAPI")
        && !context.code.contains("= FastAPI(")
    {
        out.push(Suggestion::construct("FastAPI()", 0.88));
        return;
    }
    let Some(access) = context.dot_member() else {
        return;
    };
    let decorating = context.before_receiver(&access).map(str::trim) == Some("@");
    // `app.` alone under `if __name__ == "__main__":` starts the development server.
    let running = !decorating
        && context.member_starts_statement(&access)
        && context.previous_code_line().is_some_and(|line| {
            let line = line.trim();
            line.starts_with("if __name__") && line.ends_with(':')
        });
    if !decorating && !running {
        return;
    }
    let Some(made) = super::statements::declaration_of(context, access.receiver) else {
        return;
    };
    let method = match (
        made.starts_with("Flask("),
        made.starts_with("FastAPI("),
        running,
    ) {
        (true, _, false) => "route()",
        (true, _, true) => "run(debug=True)",
        (_, true, false) => "get()",
        _ => return,
    };
    if let Some(rest) = method.strip_prefix(context.prefix) {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// `total = sum(` -> `numbers)`, `random.shuffle(` -> `cards)`: a built-in that takes a whole collection, given the
/// collection the code just made (assigned a list, a set, a comprehension, a `list(...)` or a text's `split()` on
/// one of the three lines above).
fn aggregated_collection(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const AGGREGATES: &[&str] = &[
        "sum(",
        "len(",
        "max(",
        "min(",
        "sorted(",
        "set(",
        "reversed(",
        "random.shuffle(",
    ];
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let line = context.line_before;
    // A loop or a condition computes a bound or a test from something else as often (`range(0, len(`).
    if ["for ", "while ", "if ", "elif "]
        .iter()
        .any(|keyword| line.trim_start().starts_with(keyword))
    {
        return;
    }
    let Some(call) = AGGREGATES.iter().find(|call| line.ends_with(*call)) else {
        return;
    };
    let before_call = &line[..line.len() - call.len()];
    if before_call.ends_with(|c: char| super::lexer::is_identifier_char(c) || c == '.') {
        return;
    }
    // `{w: len(` or `[len(`: a comprehension's value, of its own element.
    if before_call.contains(['{', '[']) {
        return;
    }
    let Some(before_line) = context.code.get(..context.cursor - line.len()) else {
        return;
    };
    let depth = context.current_indentation();
    let made = before_line
        .lines()
        .rev()
        .filter(|line| !line.trim().is_empty())
        .take(3)
        .filter(|line| indentation(line) == depth)
        .find_map(|line| {
            let (name, value) = line.trim().split_once(" = ")?;
            let value = value.trim_start();
            // A literal, or a list made from a text or another collection (`words = text.split()`).
            let made = value.starts_with('[')
                || value.starts_with('{')
                || value.starts_with("list(")
                || (value.contains(".split(") && value.ends_with(')'));
            (is_simple_name(name) && made).then_some((name, value.starts_with("[[")))
        });
    let Some((collection, of_rows)) = made else {
        return;
    };
    // A grid's length is its number of rows, and `cols = len(` is the length of a row: what the target is named
    // for says which one is meant.
    if of_rows && *call == "len(" {
        let target = before_call
            .trim()
            .trim_end_matches('=')
            .trim()
            .to_ascii_lowercase();
        if target.contains("col") || target.contains("width") {
            out.push(Suggestion::construct(format!("{collection}[0])"), 0.85));
        } else if target.contains("row") || target.contains("height") {
            out.push(Suggestion::construct(format!("{collection})"), 0.85));
        }
        return;
    }
    out.push(Suggestion::construct(format!("{collection})"), 0.85));
}

/// In a class body (a dataclass's, a `TypedDict`'s), `age: ` -> `int`, `name: ` -> `str`, `is_admin: ` ->
/// `bool`: a field's type said by its name.
fn annotated_field_type(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    use super::statements::{FieldKind, field_kind};
    if !context.prefix.is_empty() || !context.at_line_end() || !context.line_before.ends_with(": ")
    {
        return;
    }
    let field = context.line_before.trim().trim_end_matches(':');
    if !is_simple_name(field) {
        return;
    }
    let depth = context.current_indentation();
    let before_line = context.code_before_line();
    let in_class_body = before_line
        .lines()
        .rev()
        .filter(|line| !line.trim().is_empty() && !line.trim_start().starts_with('#'))
        .find(|line| indentation(line) < depth)
        .is_some_and(|header| header.trim_start().starts_with("class "));
    if !in_class_body {
        return;
    }
    let type_text = match field_kind(field) {
        Some(FieldKind::Text) => "str",
        Some(FieldKind::Count | FieldKind::Identifier) => "int",
        Some(FieldKind::Flag) => "bool",
        Some(FieldKind::Number) => {
            let whole = ["age", "year", "port", "quantity"]
                .iter()
                .any(|word| field.to_ascii_lowercase().ends_with(word));
            if whole { "int" } else { "float" }
        }
        None => return,
    };
    out.push(Suggestion::construct(type_text, 0.8));
}

/// `await asyncio.` -> `sleep()`: what a coroutine awaits of `asyncio` itself (`run()` starts the loop, outside);
/// `results = await asyncio.` -> `gather()`.
fn awaited_asyncio(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.member.filter(|access| access.receiver == "asyncio") else {
        return;
    };
    let awaited = context
        .before_prefix()
        .strip_suffix(".")
        .and_then(|before| before.strip_suffix(access.receiver))
        .is_some_and(|before| before.trim_end().ends_with("await"));
    // What is kept is no pause (`sleep` gives `None`): several results kept under a plural name are gathered.
    let kept = context
        .before_receiver(&access)
        .and_then(|before| before.trim_end().strip_suffix("await"))
        .and_then(|before| before.trim_end().strip_suffix('='))
        .map(|target| target.trim().rsplit([' ', ',']).next().unwrap_or_default());
    let awaited_call = match kept {
        None => "sleep()",
        Some(name) if name.len() > 3 && name.ends_with('s') && !name.ends_with("ss") => "gather()",
        Some(_) => return,
    };
    if awaited
        && context.at_line_end()
        && let Some(rest) = awaited_call.strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest.to_owned(), 0.9));
    }
}

/// `raise ` as the whole body of a method -> `NotImplementedError`: a base class leaves it to its subclasses.
fn not_implemented(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty()
        || !context.at_line_end()
        || context.line_before.trim_start() != "raise "
    {
        return;
    }
    // `raise` itself is the body's first token.
    let first_statement = enclosing_function(context).is_some_and(|function| {
        context.tokens_before().len() <= function.body_start + 1
            && context
                .previous_code_line()
                .is_some_and(|line| line.trim_start().starts_with("def ") && line.contains("(self"))
    });
    if first_statement {
        out.push(Suggestion::construct("NotImplementedError", 0.85));
        return;
    }
    checked_error(context, out);
}

/// `raise ` under the check that failed: `if not isinstance(value, int):` -> `TypeError(`, a value out of its
/// range (`if age < 0:`, `if not 0 <= p <= 1:`) -> `ValueError(`.
fn checked_error(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(check) = context
        .previous_code_line()
        .filter(|line| indentation(line) < indentation(context.line_before))
        .map(str::trim)
        .and_then(|line| line.strip_prefix("if "))
        .and_then(|line| line.strip_suffix(':'))
    else {
        return;
    };
    let error = if check.starts_with("not isinstance(") {
        "TypeError("
    } else if !check.contains(" and ")
        && !check.contains(" or ")
        && !check.contains("(")
        && [" < ", " <= ", " > ", " >= "].iter().any(|comparison| {
            // A bound the code states (`age < 0`, `p > 1`): a balance exceeded has an error of its own.
            check.split_once(comparison).is_some_and(|(left, right)| {
                [left, right]
                    .iter()
                    .any(|side| side.trim().parse::<f64>().is_ok())
            })
        })
    {
        "ValueError("
    } else {
        return;
    };
    out.push(Suggestion::construct(error, 0.86));
}

/// `def add(a: int, b: int) -> ` -> `int:`: a function named for how it combines parameters of one type returns
/// that type.
fn operation_result_type(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(header) = typed
        .strip_prefix("def ")
        .and_then(|rest| rest.trim_end().strip_suffix("->"))
    else {
        return;
    };
    let Some((name, parameters)) = header
        .trim_end()
        .strip_suffix(')')
        .and_then(|h| h.split_once('('))
    else {
        return;
    };
    let types: Vec<&str> = parameters
        .split(',')
        .filter_map(|parameter| {
            parameter
                .split_once(':')
                .map(|(_, type_text)| type_text.trim())
        })
        .collect();
    let space = if context.line_before.ends_with(' ') {
        ""
    } else {
        " "
    };
    if (2..=3).contains(&types.len())
        && types.len() == parameters.split(',').count()
        && types.windows(2).all(|pair| pair[0] == pair[1])
        && super::statements::operator_for(name.trim()).is_some()
    {
        out.push(Suggestion::construct(format!("{space}{}:", types[0]), 0.85));
    }
}

/// `if x is ` -> `None:` (`is not ` too): identity is tested against `None`, the one singleton compared that way
/// (PEP 8). The colon only where the line is a condition's header. Its first letters typed (`is No`), the same.
fn identity_test(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let typed = context.before_prefix().trim_start();
    if !(typed.ends_with(" is ") || typed.ends_with(" is not ")) {
        return;
    }
    let Some(rest) = "None"
        .strip_prefix(context.prefix)
        .filter(|rest| !rest.is_empty())
    else {
        return;
    };
    // Once its letters are typed, the condition is as likely to go on (`is None and ...`, measured on the
    // standard library) as to end: the name alone.
    let header = context.prefix.is_empty()
        && ["if ", "elif ", "while "]
            .iter()
            .any(|keyword| typed.starts_with(keyword));
    let colon = if header { ":" } else { "" };
    out.push(Suggestion::construct(format!("{rest}{colon}"), 0.85));
}

/// `squares = [n * n for n in ` -> `numbers]`: a comprehension walks the collection its variable is the element
/// (or the initial) of, and closes its bracket.
fn comprehension_source(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    // Its first letters may be typed already (`for word in wo` -> `rds}`).
    let typed = context.before_prefix().trim_start();
    let Some(head) = typed.strip_suffix(" in ") else {
        return;
    };
    let Some(for_at) = head.rfind(" for ") else {
        return;
    };
    let variable = head[for_at + " for ".len()..].trim();
    // The innermost bracket still open before ` for `.
    let mut open: Vec<char> = Vec::new();
    for character in head[..for_at].chars() {
        match character {
            '[' | '(' | '{' => open.push(character),
            ']' | ')' | '}' => {
                open.pop();
            }
            _ => {}
        }
    }
    let Some(closer) = open.last().map(|opener| match opener {
        '[' => ']',
        '(' => ')',
        _ => '}',
    }) else {
        return;
    };
    if !is_simple_name(variable) || typed.starts_with("for ") {
        return;
    }
    let file = matches!(variable, "line" | "ln" | "l")
        .then(|| open_file_in_scope(context))
        .flatten();
    let collection = file.or_else(|| {
        iterable_in_scope(context, Some(variable))
            .filter(|collection| singular(collection).as_deref() == Some(variable))
            .or_else(|| collection_of_initial(context, variable))
    });
    if let Some(rest) = collection
        .and_then(|collection| collection.strip_prefix(context.prefix))
        .filter(|rest| !rest.is_empty())
    {
        out.push(Suggestion::construct(format!("{rest}{closer}"), 0.85));
    }
}

/// `squares = [n ** 2 for ` -> `n in nums]`: the comprehension's value already names its variable, the one name
/// in it the code has not used before, and the variable walks the collection it is the element or the initial of.
fn comprehension_variable(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(head) = typed.strip_suffix(" for ") else {
        return;
    };
    // The innermost bracket still open before ` for `, and where it opens.
    let mut open: Vec<(usize, char)> = Vec::new();
    for (at, character) in head.char_indices() {
        match character {
            '[' | '(' | '{' => open.push((at, character)),
            ']' | ')' | '}' => {
                open.pop();
            }
            _ => {}
        }
    }
    let Some(&(opened_at, opener)) = open.last() else {
        return;
    };
    let closer = match opener {
        '[' => ']',
        '(' => ')',
        _ => '}',
    };
    let value = &head[opened_at + 1..];
    if value.contains(['"', '\'']) {
        return;
    }
    // The names the value reads: not a member (`.upper`), not a function it calls (`len(`), not a keyword.
    let mut names: Vec<&str> = Vec::new();
    let mut rest = value;
    while let Some(start) = rest.find(|c: char| c.is_alphabetic() || c == '_') {
        let word_end = rest[start..]
            .find(|c: char| !super::lexer::is_identifier_char(c))
            .map_or(rest.len(), |length| start + length);
        let word = &rest[start..word_end];
        let member = rest[..start].ends_with('.');
        let called = rest[word_end..].starts_with('(');
        let keyword = matches!(
            word,
            "if" | "else"
                | "not"
                | "and"
                | "or"
                | "in"
                | "is"
                | "None"
                | "True"
                | "False"
                | "lambda"
        );
        if !member && !called && !keyword && !names.contains(&word) {
            names.push(word);
        }
        rest = &rest[word_end..];
    }
    let [variable] = names.as_slice() else {
        return;
    };
    let line_start = context.cursor - context.line_before.len();
    let used_before = context.tokens_before().iter().any(|token| {
        token.end <= line_start
            && token.kind == TokenKind::Identifier
            && context.text(token) == *variable
    });
    if used_before {
        return;
    }
    let collection = iterable_in_scope(context, Some(variable))
        .filter(|collection| singular(collection).as_deref() == Some(*variable))
        .or_else(|| collection_of_initial(context, variable));
    if let Some(collection) = collection {
        out.push(Suggestion::construct(
            format!("{variable} in {collection}{closer}"),
            0.85,
        ));
    }
}

/// `for i, item in enumerate(` -> `items):`: the collection named by the plural of the element variable.
fn enumerate_collection(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let Some(variables) = context
        .line_before
        .trim_start()
        .strip_prefix("for ")
        .and_then(|rest| rest.strip_suffix(" in enumerate("))
    else {
        return;
    };
    let Some((_, element)) = variables.split_once(',') else {
        return;
    };
    if let Some(collection) = iterable_in_scope(context, Some(element.trim()))
        .filter(|collection| singular(collection).as_deref() == Some(element.trim()))
    {
        out.push(Suggestion::construct(format!("{collection}):"), 0.85));
    }
}

/// Whether a bracket opened on the lines above the cursor's is still open at its start (the statement goes on
/// from there). Only the statement's last lines are read: a bracket left open further up is not this statement's.
fn bracket_open_before_line(context: &Context<'_>) -> bool {
    /// How many tokens back the brackets are counted.
    const TOKENS: usize = 200;
    let line_start = context.cursor - context.line_before.len();
    let mut depth: i32 = 0;
    for token in context
        .tokens_before()
        .iter()
        .rev()
        .filter(|token| token.end <= line_start)
        .take(TOKENS)
    {
        if token.kind != TokenKind::Punctuation {
            continue;
        }
        match context.text(token) {
            ")" | "]" | "}" => depth += 1,
            "(" | "[" | "{" => {
                depth -= 1;
                if depth < 0 {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// `for key, value in scores.` -> `items():`: two loop variables walk a mapping's pairs.
fn pairs_of_mapping(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    // A loop header, or a comprehension's (`{v: k for k, v in d.`).
    let before = context.before_prefix().trim_start();
    // A line that begins with `for ` inside a bracket left open above is a comprehension's clause written on a
    // line of its own (`tok_name = {value: name` then `for name, value in globals().`): its brackets close on a
    // later line, and no `:` ends it.
    let continued = before.starts_with("for ") && bracket_open_before_line(context);
    let (comprehension, header) = match before.strip_prefix("for ") {
        Some(header) if !continued => (false, Some(header)),
        Some(header) => (true, Some(header)),
        None => (true, before.rsplit_once(" for ").map(|(_, header)| header)),
    };
    let Some(header) = header
        .and_then(|header| header.strip_suffix(access.separator))
        .and_then(|header| header.strip_suffix(access.receiver))
        .and_then(|header| header.strip_suffix(" in "))
    else {
        return;
    };
    let variables: Vec<&str> = header.split(',').map(str::trim).collect();
    if variables.len() == 2
        && variables.iter().all(|name| is_simple_name(name))
        && context.at_line_end()
        && context.prefix.len() < "items".len()
    {
        let ending = if continued {
            String::new()
        } else if comprehension {
            match super::closers::after_value(context) {
                Some(closing) if !closing.is_empty() => closing,
                _ => return,
            }
        } else {
            ":".to_owned()
        };
        if let Some(rest) = format!("items(){ending}").strip_prefix(context.prefix) {
            out.push(Suggestion::construct(rest, 0.9));
        }
    }
}

/// `f.` starting a statement, where `f` was opened for writing (`open(path, "w")`, `"a"`) -> `write()`.
fn write_to_file(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let statement_start = context.member_starts_statement(&access);
    let opened_for_writing = super::statements::declaration_of(context, access.receiver)
        .is_some_and(|declaration| {
            declaration.contains("open(")
                && [
                    "\"w\"",
                    "'w'",
                    "\"a\"",
                    "'a'",
                    "\"wb\"",
                    "'wb'",
                    "\"w+\"",
                    "mode=\"w\"",
                    "mode='w'",
                ]
                .iter()
                .any(|mode| declaration.contains(mode))
        });
    if statement_start
        && opened_for_writing
        && context.at_line_end()
        && let Some(rest) = "write()".strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// `data = f.` where `f` is an open file (`with open(path) as f:`, `f = open(path)`) -> `read()`, and
/// `lines = f.` -> `readlines()`: a file's content given a name is read whole.
fn read_whole_file(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let Some(target) = context
        .assignment_target(&access)
        .filter(|target| is_simple_name(target))
    else {
        return;
    };
    if !context.at_line_end() || declared_type(context, access.receiver) != Some(FILE_METHODS) {
        return;
    }
    let method = if target == "lines" {
        "readlines()"
    } else {
        "read()"
    };
    if let Some(rest) = method.strip_prefix(context.prefix) {
        out.push(Suggestion::member(rest.to_owned(), 0.88));
    }
}

/// `def e` in a class that already defines `encode` -> never `ncode`: a Python block defines a method or a function
/// once, so the names defined by `def`/`class` at the cursor's depth in the same block are no longer proposed there.
/// The corpus showed `class Inc` -> `rementalEncoder` under the encoder's class, where the decoder's comes next.
/// A property's `@name.setter`, an `@overload` or a dispatcher's `@f.register` defines a name again: nothing is
/// dropped after them.
pub(super) fn drop_names_defined_alongside(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    /// How many lines above are read: a module's functions or a class's methods within reach of the lexed window.
    const LINES: usize = 3000;
    if context.profile.language != Language::Python || out.is_empty() {
        return;
    }
    let head = context.before_prefix().trim();
    if !matches!(head, "def" | "async def" | "class") {
        return;
    }
    let redefining = context.previous_code_line().is_some_and(|line| {
        let decorator = line.trim();
        decorator.starts_with('@')
            && (decorator.ends_with(".setter")
                || decorator.ends_with(".deleter")
                || decorator.ends_with(".getter")
                || decorator.contains("overload")
                || decorator.contains(".register"))
    });
    if redefining {
        return;
    }
    let width = context.current_indentation();
    let mut defined = Vec::new();
    for line in context.code_before_line().lines().rev().take(LINES) {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let depth = indentation(line);
        if depth < width {
            break;
        }
        if depth > width {
            continue;
        }
        let name = ["def ", "async def ", "class "]
            .iter()
            .find_map(|keyword| trimmed.strip_prefix(keyword))
            .map(super::lexer::leading_identifier)
            .filter(|name| !name.is_empty());
        defined.extend(name);
    }
    if defined.is_empty() {
        return;
    }
    let prefix = context.prefix;
    out.retain(|suggestion| {
        let completed = format!(
            "{prefix}{}",
            super::lexer::leading_identifier(&suggestion.text)
        );
        !defined.contains(&completed.as_str())
    });
}

/// `result = act` at a module's left margin -> not `ive`, when `active` is only a local of a function above (`active
/// = [u for u in users ...]` inside `def active_users(users):`): a function's locals are out of scope outside it.
/// The name is kept, listed below the inline bar, when any line at the margin names it (a global, a later
/// definition's use) or a `global` statement declares it.
pub(super) fn demote_function_locals(context: &Context<'_>, out: &mut [Suggestion]) {
    /// Listed, not offered: the name may still be a global the window does not show.
    const OUT_OF_SCOPE: f64 = 0.5;
    /// How many lines above are read: a module's functions within reach of the lexed window.
    const LINES: usize = 2000;
    if context.profile.language != Language::Python
        || context.member.is_some()
        || context.prefix.is_empty()
        || context.line_before.starts_with(char::is_whitespace)
    {
        return;
    }
    let prefix = context.prefix;
    for suggestion in out
        .iter_mut()
        .filter(|suggestion| suggestion.kind == "identifier")
    {
        let name = format!(
            "{prefix}{}",
            super::lexer::leading_identifier(&suggestion.text)
        );
        let mut assigned_inside = false;
        let mut at_margin = false;
        for line in context.code_before_line().lines().rev().take(LINES) {
            if !super::lexer::contains_word(line, &name) {
                continue;
            }
            let trimmed = line.trim_start();
            if trimmed.len() == line.len() {
                at_margin = true;
                break;
            }
            if trimmed.starts_with("global ") || trimmed.starts_with("nonlocal ") {
                at_margin = true;
                break;
            }
            assigned_inside |= trimmed.strip_prefix(name.as_str()).is_some_and(|rest| {
                rest.trim_start().starts_with('=') && !rest.trim_start().starts_with("==")
            });
        }
        if assigned_inside && !at_margin {
            suggestion.confidence = suggestion.confidence.min(OUT_OF_SCOPE);
        }
    }
}

/// `def __i` -> `nit__(self`: a special method, the most defined first, with its `self`.
fn special_method(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let prefix = context.prefix;
    if !prefix.starts_with('_') || context.before_prefix().trim() != "def" {
        return;
    }
    let mut popularity = 3.0;
    let mut candidates = Vec::new();
    for name in SPECIAL_METHODS {
        if name.len() > prefix.len() && name.starts_with(prefix) {
            candidates.push(Candidate {
                name: (*name).to_owned(),
                suffix: "(self",
                score: popularity,
                cap: 0.85,
                kind: "construct",
            });
        }
        popularity *= 0.75;
    }
    push_ranked(prefix, candidates, 1.0, 3, out);
}

/// The community's alias for a module, after `import numpy as `: `np`, `pd`, `plt`, ...
const IMPORT_ALIASES: &[(&str, &str)] = &[
    ("numpy", "np"),
    ("pandas", "pd"),
    ("matplotlib.pyplot", "plt"),
    ("matplotlib", "mpl"),
    ("seaborn", "sns"),
    ("tensorflow", "tf"),
    ("networkx", "nx"),
    ("scipy", "sp"),
    ("polars", "pl"),
    ("datetime", "dt"),
    ("sqlalchemy", "sa"),
    ("plotly.express", "px"),
    ("plotly.graph_objects", "go"),
    ("torch.nn", "nn"),
    ("torch.nn.functional", "F"),
    ("multiprocessing", "mp"),
];

/// `import numpy as ` -> `np`: the alias everyone uses, when the module has one.
fn import_alias(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let typed = context.before_prefix().trim_start();
    let Some(module) = typed
        .strip_prefix("import ")
        .and_then(|rest| rest.strip_suffix(" as "))
    else {
        return;
    };
    if let Some((_, alias)) = IMPORT_ALIASES
        .iter()
        .find(|(name, _)| *name == module.trim())
        && let Some(rest) = alias.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, 0.95));
    }
}

/// Inside a string: `if __name__ == "__ma` -> `in__":`, the one value a module's name is compared with, and a
/// file's encoding.
pub(super) fn in_literal(context: &Context<'_>, literal: &Token, out: &mut Vec<Suggestion>) {
    let Some(QuotedText {
        before,
        quote,
        text,
    }) = context.python_string_at_line_end(literal)
    else {
        return;
    };
    let header = before.trim_start();
    if matches!(header, "if __name__ == " | "if __name__ ==")
        && let Some(rest) = "__main__".strip_prefix(text)
    {
        out.push(Suggestion::construct(format!("{rest}{quote}:"), 0.9));
    }
    // `open(path, encoding="ut` -> `f-8")`: the one encoding a script names.
    if before.ends_with("encoding=")
        && !text.is_empty()
        && let Some(rest) = "utf-8".strip_prefix(text)
    {
        let closers = super::idioms::open_parentheses(before).unwrap_or_default();
        out.push(Suggestion::construct(
            format!("{rest}{quote}{closers}"),
            0.86,
        ));
    }
}

/// `def wrapper(*a` -> `rgs, **kwargs):`, `func(*args, **kwa` -> `rgs)`: a wrapper takes and passes on
/// everything, positional arguments then keywords, and `**kwargs` is always last.
fn star_parameters(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let before = context.before_prefix();
    let header = before.trim_start();
    let definition = header.starts_with("def ") || header.starts_with("async def ");
    let Some(closers) =
        super::idioms::open_parentheses(before).filter(|closers| !closers.is_empty())
    else {
        return;
    };
    let ending = if definition && closers == ")" {
        "):".to_owned()
    } else {
        closers
    };
    // A call passes on what its function took: `zip(*a` unpacks something else.
    let passes_on = definition
        || context
            .code_lines_above()
            .take(30)
            .find(|line| line.starts_with("def ") || line.starts_with("async def "))
            .is_some_and(|header| header.contains("*args, **kwargs"));
    if !passes_on {
        return;
    }
    let whole = if before.ends_with("**") && !before.ends_with("***") {
        format!("kwargs{ending}")
    } else if before.ends_with('*')
        && before
            .trim_end_matches('*')
            .trim_end()
            .ends_with([',', '('])
    {
        format!("args, **kwargs{ending}")
    } else {
        return;
    };
    if let Some(rest) = whole.strip_prefix(context.prefix)
        && !context.prefix.is_empty()
    {
        out.push(Suggestion::construct(rest, 0.86));
    }
}

/// `def __exit__(self, exc_type, exc_val, ` -> `exc_tb):`: the three parameters a context manager's exit takes.
fn exit_parameters(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let header = context.line_before.trim_start();
    let Some(typed) = header
        .strip_prefix("def __exit__(")
        .or_else(|| header.strip_prefix("async def __aexit__("))
    else {
        return;
    };
    // Two spellings share the first name (`exc_val, exc_tb`, the docs' `exc_value, traceback`), and the standard
    // library also writes `type, value, traceback`: only once they part is the rest certain.
    let mut spellings = [
        "self, exc_type, exc_val, exc_tb):",
        "self, exc_type, exc_value, traceback):",
    ]
    .iter()
    .filter_map(|spelling| spelling.strip_prefix(typed));
    if let (Some(rest), None) = (spellings.next(), spellings.next())
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, 0.86));
    }
}

/// `def __eq__(self, ` -> `other):`: the one parameter of a binary operator's method, and of the few special
/// methods whose parameter everyone names alike (`__setstate__`'s `state`, `__missing__`'s `key`). In the standard
/// library the operators call it `other` 70 to 85% of the time. A file that annotates its definitions gets the name
/// alone, its type to follow.
fn special_method_parameter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    const OPERATORS: &[&str] = &[
        "eq",
        "ne",
        "lt",
        "le",
        "gt",
        "ge",
        "add",
        "sub",
        "mul",
        "truediv",
        "floordiv",
        "mod",
        "xor",
        "radd",
        "rsub",
        "rmul",
        "rtruediv",
        "rfloordiv",
        "rmod",
        "ror",
        "iadd",
        "isub",
        "imul",
        "ior",
        "iand",
    ];
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let header = context.line_before.trim_start();
    let Some(method) = header
        .strip_prefix("def __")
        .and_then(|rest| rest.strip_suffix("__(self, "))
    else {
        return;
    };
    let name = if OPERATORS.contains(&method) {
        "other"
    } else {
        match method {
            "setstate" => "state",
            "missing" => "key",
            "mro_entries" => "bases",
            _ => return,
        }
    };
    let annotated = context
        .code_before_line()
        .lines()
        .any(|line| line.trim_start().starts_with("def ") && line.contains(") -> "));
    let text = if annotated {
        name.to_owned()
    } else {
        format!("{name}):")
    };
    out.push(Suggestion::construct(text, 0.86));
}

/// `for k, v in scores.items(` -> `):`: a dictionary's views take no argument, so the call closes at once, and
/// then the line.
fn argumentless_view(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let before = context.line_before;
    if ![".items(", ".keys(", ".values("]
        .iter()
        .any(|call| before.ends_with(call))
    {
        return;
    }
    if let Some(closers) = super::closers::after_value(context) {
        out.push(Suggestion::construct(closers, 0.86));
    }
}

/// Under `if __name__ == "__main__":`, a call to the file's `main`.
fn call_main(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let header_above = context.previous_code_line().is_some_and(|line| {
        let line = line.trim();
        line.starts_with("if __name__") && line.ends_with(':')
    });
    let defines_main = context.code.contains("def main(");
    // A test module runs its test cases (`unittest.m` alone is the `unittest` member rules').
    let call = if defines_main {
        "main()"
    } else if context.code.contains("(unittest.TestCase):") && typed.is_empty() {
        "unittest.main()"
    } else {
        return;
    };
    if header_above
        && context.at_line_end()
        && call.starts_with(typed)
        && typed.len() < 6
        && let Some(rest) = call.get(typed.len()..)
    {
        out.push(Suggestion::construct(rest, 0.85));
    }
}

/// `name = input("Name: ").` -> `strip()`: what a user typed is cleaned of its spaces before use. Numbers read on
/// one line are split first: `list(map(int, input().` -> `split()))`.
fn cleaned_input(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let mapped = context
        .before_receiver(&access)
        .is_some_and(|before| before.ends_with("map(int, ") || before.ends_with("map(float, "));
    if mapped && context.at_line_end() && access.receiver.starts_with("input(") {
        let closers = super::idioms::open_parentheses(context.line_before).unwrap_or_default();
        if let Some(rest) = format!("split(){closers}").strip_prefix(context.prefix) {
            out.push(Suggestion::member(rest, 0.9));
        }
        return;
    }
    if context.at_line_end()
        && access.receiver.starts_with("input(")
        && access.receiver.ends_with(')')
        && let Some(rest) = "strip()".strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::member(rest, 0.88));
    }
}

/// `for ` -> `item in items:`, `for item in ` -> `items:`, `for i in ` -> `range(`.
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
                format!("{} in {collection}:", element_name(collection)),
                0.75,
            );
        }
        return;
    }
    let Some(variables) = header.strip_suffix(" in ") else {
        // `for item ` -> `in items:`
        if let Some(variable) = header
            .strip_suffix(' ')
            .filter(|variable| is_simple_name(variable))
            && let Some(collection) = iterable_in_scope(context, Some(variable))
        {
            push(format!("in {collection}:"), 0.7);
        }
        return;
    };
    let variables: Vec<&str> = variables.split(',').map(str::trim).collect();
    match variables.as_slice() {
        // `for n in ` with `numbers` in scope: a one-letter name for the collection's elements, its initial.
        [letter] if let Some(collection) = collection_of_initial(context, letter) => {
            push(format!("{collection}:"), 0.8);
        }
        [index] if is_index_name(index) => match iterable_in_scope(context, None) {
            Some(collection) => push(format!("range(len({collection})):"), 0.7),
            None => push("range(".to_owned(), 0.8),
        },
        // `for row in ` with a CSV reader just made: its rows.
        [element]
            if element.contains("row")
                && let Some(reader) = csv_reader_above(context) =>
        {
            push(format!("{reader}:"), 0.85);
        }
        // `for line in ` inside `with open(path) as f:`: a file is read line by line.
        [element]
            if matches!(*element, "line" | "ln" | "l" | "raw_line")
                && let Some(file) = open_file_in_scope(context) =>
        {
            push(format!("{file}:"), 0.85);
        }
        [element] if is_simple_name(element) => {
            if let Some(collection) = iterable_in_scope(context, Some(element)) {
                let exact = super::statements::names_element(collection, element);
                push(format!("{collection}:"), if exact { 0.85 } else { 0.6 });
            }
        }
        [index, element] if is_index_name(index) => {
            if let Some(collection) = iterable_in_scope(context, Some(element)) {
                push(format!("enumerate({collection}):"), 0.8);
            }
        }
        [_key, _value] => {
            if let Some(mapping) = nearest_dict(context) {
                push(format!("{mapping}.items():"), 0.75);
            }
        }
        _ => {}
    }
}

/// The file the block around the cursor opened (`with open(path) as f:` at a lower indentation, or `f =
/// open(path)` before it in the same block), looking back a few lines only.
fn open_file_in_scope<'a>(context: &Context<'a>) -> Option<&'a str> {
    let depth = context.current_indentation();
    let before_line = context.code_before_line();
    for line in before_line.lines().rev().take(30) {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let indentation = indentation(line);
        // A file opened to write has no lines to read.
        if indentation < depth
            && trimmed.starts_with("with ")
            && trimmed.contains("open(")
            && let Some((opened, name)) = trimmed.strip_suffix(':')?.rsplit_once(" as ")
        {
            return (is_simple_name(name.trim()) && !opened_for_writing(opened))
                .then(|| name.trim());
        }
        if indentation == depth
            && let Some((name, value)) = trimmed.split_once(" = ")
            && value.starts_with("open(")
            && is_simple_name(name)
        {
            return (!opened_for_writing(value)).then_some(name);
        }
        if indentation < depth {
            // Another block header: the file, if any, is not this block's.
            return None;
        }
    }
    None
}

/// The plural collection in scope whose initial a one-letter loop variable is (`for n in ` -> `numbers`,
/// `for w in ` -> `words`), or `None`.
fn collection_of_initial<'a>(context: &Context<'a>, letter: &str) -> Option<&'a str> {
    let mut characters = letter.chars();
    let (Some(initial), None) = (characters.next(), characters.next()) else {
        return None;
    };
    let tokens = context.tokens_before();
    tokens
        .iter()
        .rev()
        .filter(|token| {
            token.line < context.scan.cursor_line && token.kind == TokenKind::Identifier
        })
        .map(|token| context.text(token))
        .find(|name| {
            name.starts_with(initial)
                && singular(name).is_some_and(|one| one.len() > 1)
                && !context.profile.words.iter().any(|word| word.text == *name)
        })
}

fn is_simple_name(text: &str) -> bool {
    !text.is_empty() && text.chars().all(super::lexer::is_identifier_char)
}

fn is_index_name(name: &str) -> bool {
    matches!(name, "i" | "j" | "k" | "idx" | "index" | "n" | "_")
}

/// The nearest name assigned a dict in the window (`scores = {` or `dict(`).
fn nearest_dict<'a>(context: &Context<'a>) -> Option<&'a str> {
    let tokens = context.tokens_before();
    tokens.windows(3).rev().find_map(|window| match window {
        [name, equals, value]
            if name.kind == TokenKind::Identifier
                && equals.is_symbol(context.code, "=")
                && matches!(
                    context.text(value),
                    "{" | "dict" | "defaultdict" | "Counter"
                ) =>
        {
            Some(context.text(name))
        }
        _ => None,
    })
}

/// In `__init__`, `self.` -> `name = name` for the first parameter not stored yet (on a blank line, the whole
/// `self.name = name`), `_name = name` after a line that stored its parameter so (`self._x = x`).
fn assign_init_parameter(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    // On a blank line of `__init__`, the whole assignment: `self.x = x`.
    let (partial, lead) = if typed.is_empty() {
        ("", "self.")
    } else if let Some(partial) = typed.strip_prefix("self.") {
        (partial, "")
    } else {
        return;
    };
    if partial != context.prefix || !context.at_line_end() {
        return;
    }
    let Some(function) = enclosing_function(context).filter(|function| function.name == "__init__")
    else {
        return;
    };
    let tokens = context.tokens_before();
    let body = tokens.get(function.body_start..).unwrap_or_default();
    // A class that keeps its attributes private (`self._name = name`) keeps the next one so too.
    let private = context.previous_code_line().is_some_and(|line| {
        line.trim()
            .strip_prefix("self._")
            .and_then(|assignment| assignment.split_once(" = "))
            .is_some_and(|(attribute, value)| attribute == value && !attribute.starts_with('_'))
    });
    let stored = |name: &str| {
        super::statements::stores_attribute(context, body, "self", name)
            || (private
                && super::statements::stores_attribute(context, body, "self", &format!("_{name}")))
    };
    // On a blank line, only while the body so far stores parameters (`self.x = x` lines right under the header).
    let storing = private
        || context.previous_code_line().is_some_and(|line| {
            let line = line.trim();
            line.starts_with("def __init__")
                || line.strip_prefix("self.").is_some_and(|assignment| {
                    assignment
                        .split_once(" = ")
                        .is_some_and(|(attribute, value)| attribute == value)
                })
        });
    if typed.is_empty() && !storing {
        return;
    }
    // A subclass's `__init__` builds its parent first: `super().__init__(name)`, not `self.name = name`.
    let first_line = context
        .previous_code_line()
        .is_some_and(|line| line.trim().starts_with("def __init__"));
    // A parent the code defines without an `__init__` builds nothing: the parameters are stored as usual.
    if first_line
        && typed.is_empty()
        && let Some(base) = base_class(context.code_before_line())
            .filter(|base| !defines_class_without_init(context.code, base))
    {
        let parameters: Vec<&str> = function.parameter_names().collect();
        if let Some(arguments) = init_parameters(context.code, base)
            .filter(|inherited| inherited.iter().all(|name| parameters.contains(name)))
        {
            out.push(Suggestion::construct(
                format!("super().__init__({})", arguments.join(", ")),
                0.92,
            ));
        }
        return;
    }
    // After `self.` typed elsewhere in `__init__` the attribute is as often one computed from nothing
    // (`self.stack = []`): listed, not shown inline (on the corpus, 1 right for 5 wrong there).
    let confidence = if storing { 0.92 } else { 0.6 };
    // The parameters are stored in their order: the next one comes after the last stored, and one the body
    // already used (`self.smtp_server = server`, a loop over it) is not stored again.
    let names: Vec<&str> = function
        .parameters
        .iter()
        .map(|parameter| parameter.name.trim_start_matches('*'))
        .collect();
    let after_stored = names
        .iter()
        .rposition(|name| stored(name))
        .map_or(0, |last| last + 1);
    let used = |name: &str| body.iter().any(|token| context.text(token) == name);
    let next = names
        .iter()
        .skip(after_stored)
        .find(|name| !used(name) && !passed_to_parent(context, name));
    let Some(name) = next else {
        return;
    };
    let attribute = if private {
        format!("_{name}")
    } else {
        (*name).to_owned()
    };
    if let Some(rest) = attribute.strip_prefix(partial) {
        out.push(Suggestion::construct(
            format!("{lead}{rest} = {name}"),
            confidence,
        ));
    }
}

/// Whether `__init__` passed `name` to its parent (`super().__init__(name)` above the cursor): the parent stores it.
fn passed_to_parent(context: &Context<'_>, name: &str) -> bool {
    context
        .code_lines_above()
        .take_while(|line| !line.starts_with("def "))
        .filter_map(|line| line.strip_prefix("super().__init__("))
        .any(|arguments| {
            arguments
                .split(|c: char| !super::lexer::is_identifier_char(c))
                .any(|word| word == name)
        })
}

/// The exception the `try:` block above the cursor's `except` is written for, when its body says: converting
/// text to a number (`int(`, `float(`) raises `ValueError`, opening a file `FileNotFoundError`, reading JSON
/// `json.JSONDecodeError`, a division of plain values `ZeroDivisionError`.
fn raised_in_try(context: &Context<'_>) -> Option<&'static str> {
    let depth = context.current_indentation();
    let before_line = context.code_before_line();
    let mut body = Vec::new();
    for line in before_line.lines().rev().take(30) {
        if line.trim().is_empty() {
            continue;
        }
        if indentation(line) <= depth {
            if line.trim() != "try:" {
                return None;
            }
            break;
        }
        body.push(line.trim());
    }
    let says = |calls: &[&str]| {
        body.iter()
            .any(|line| calls.iter().any(|call| line.contains(call)))
    };
    if says(&["json.load(", "json.loads("]) {
        Some("json.JSONDecodeError")
    } else if says(&["int(", "float("]) {
        Some("ValueError")
    } else if says(&["open("]) {
        Some("FileNotFoundError")
    } else if body.iter().any(|line| divides(line)) {
        Some("ZeroDivisionError")
    } else {
        None
    }
}

/// Whether a statement divides (`result = a / b`, `q = x // y`), which raises `ZeroDivisionError`.
fn divides(line: &str) -> bool {
    let value = line.split_once(" = ").map_or(line, |(_, value)| value);
    !value.contains(['"', '\'', '(']) && (value.contains(" / ") || value.contains(" // "))
}

/// `except` -> ` Exception as e:`, `except ValueError` -> ` as e:`, `with open(path)` -> ` as f:`.
fn exception_and_with_endings(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let typed = context.line_before.trim_start();
    let space = if typed.ends_with(' ') { "" } else { " " };
    let trimmed = typed.trim_end();
    let mut push =
        |text: String, confidence: f64| out.push(Suggestion::construct(text, confidence));
    if trimmed == "except" {
        match raised_in_try(context) {
            Some(exception) => push(format!("{space}{exception}:"), 0.8),
            None => push(format!("{space}Exception as e:"), 0.8),
        }
    } else if let Some(exception) = trimmed.strip_prefix("except ") {
        let looks_like_class = exception.chars().next().is_some_and(char::is_uppercase);
        // Right after the name (no space typed) it may still be growing: `except Im` is not yet `ImportError`.
        let complete = space.is_empty()
            || is_builtin_exception_like(exception)
            || contains_word(context.code_before_line(), exception);
        if is_simple_name(exception) && looks_like_class && complete {
            let text = if space.is_empty() { "as e:" } else { " as e:" };
            push(text.to_owned(), 0.8);
        }
    } else if trimmed.starts_with("with open(") && trimmed.ends_with(')') && balanced(trimmed) {
        push(format!("{space}as f:"), 0.8);
    } else if let Some(opened) = trimmed.strip_suffix(" as")
        && opened.starts_with("with open(")
        && opened.ends_with(')')
        && balanced(opened)
    {
        push(format!("{space}f:"), 0.85);
    }
}

/// A method's first parameter: `def area(` in a class body -> `self` (`cls` under `@classmethod`; nothing for a
/// `@staticmethod`, whose parameters are the developer's own).
fn method_receiver(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let header = context.before_prefix().trim_start();
    let Some(name) = header
        .strip_prefix("def ")
        .or_else(|| header.strip_prefix("async def "))
        .and_then(|rest| rest.strip_suffix('('))
    else {
        return;
    };
    if !is_simple_name(name) || indentation(context.line_before) == 0 {
        return;
    }
    let mut above = context.code_lines_above();
    let decorator = above.next().filter(|line| line.starts_with('@'));
    let receiver = match decorator {
        Some("@staticmethod") => return,
        Some("@classmethod") => "cls",
        _ => "self",
    };
    // A header out of the window's reach is most likely a long class's (a long function holds few `def`s).
    let in_class = context
        .enclosing_lines()
        .next()
        .is_none_or(|line| line.starts_with("class ") && line.ends_with(':'));
    // Some methods' whole parameter list is fixed by their kind: a property's setter takes the value it stores,
    // an operator the object on its other side.
    let setter = decorator.is_some_and(|line| line == format!("@{name}.setter"));
    let parameters = if setter {
        "self, value):"
    } else if BINARY_OPERATORS.contains(&name) && receiver == "self" {
        "self, other):"
    } else {
        receiver
    };
    if in_class && parameters.len() > context.prefix.len() && parameters.starts_with(context.prefix)
    {
        let text = &parameters[context.prefix.len()..];
        out.push(Suggestion::construct(text, 0.95));
    }
}

/// The operator methods that take the operand on the other side as their one parameter.
const BINARY_OPERATORS: &[&str] = &[
    "__add__",
    "__sub__",
    "__mul__",
    "__truediv__",
    "__floordiv__",
    "__mod__",
    "__pow__",
    "__matmul__",
    "__and__",
    "__or__",
    "__xor__",
    "__radd__",
    "__rsub__",
    "__rmul__",
    "__iadd__",
    "__isub__",
    "__imul__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
];

/// Whether `name` reads as a whole exception class (`ValueError`, `StopIteration`), not the start of one.
fn is_builtin_exception_like(name: &str) -> bool {
    [
        "Error",
        "Exception",
        "Warning",
        "Exit",
        "Interrupt",
        "Iteration",
    ]
    .iter()
    .any(|ending| name.ends_with(ending))
}

fn balanced(text: &str) -> bool {
    text.matches('(').count() == text.matches(')').count()
}

/// The first `case ` under `match subject:`.
fn case_under_match(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.on_blank_line_start() || !context.at_line_end() {
        return;
    }
    let Some(previous) = context.previous_code_line() else {
        return;
    };
    let header = previous.trim();
    if header.starts_with("match ")
        && header.ends_with(':')
        && indentation(context.line_before) > indentation(previous)
    {
        out.push(Suggestion::construct("case ", 0.85));
    }
}

/// Module names after `import` / `from`, members after `from module import`.
fn module_names(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.before_prefix().trim_start();
    let prefix = context.prefix;
    let entries: Vec<(&str, &str)> = if typed == "import " || typed == "from " {
        MODULE_NAMES
            .iter()
            .chain(python_modules::MORE_STANDARD_MODULES)
            .map(|name| (*name, ""))
            .collect()
    } else if let Some((module, imported)) = typed
        .strip_prefix("from ")
        .and_then(|rest| rest.split_once(" import "))
    {
        // `from typing import List, Dict, Opt`: the list goes on with the module's other names.
        let listed = imported.trim_end();
        if !(listed.is_empty() || listed.ends_with(',') || listed == "(") {
            return;
        }
        let already: Vec<&str> = listed
            .trim_start_matches('(')
            .split(',')
            .map(str::trim)
            .collect();
        let Some(members) = module_table(module.trim()) else {
            return;
        };
        members
            .iter()
            .map(|entry| {
                entry
                    .split_once('(')
                    .map_or((*entry, ""), |(name, _)| (name, ""))
            })
            .filter(|(name, _)| !already.contains(name))
            .collect()
    } else {
        return;
    };
    let mut popularity = 3.0;
    let mut candidates = Vec::new();
    for (name, suffix) in entries {
        if name.len() > prefix.len() && name.starts_with(prefix) {
            candidates.push(Candidate {
                name: name.to_owned(),
                suffix,
                score: popularity,
                cap: 0.85,
                kind: "module",
            });
        }
        popularity *= 0.8;
    }
    push_ranked(prefix, candidates, 1.0, 3, out);
}

fn member_hints(context: &Context<'_>, access: &MemberAccess<'_>) -> MemberHints {
    let mut hints = MemberHints::default();
    if access.separator != "." {
        return hints;
    }
    // `import os.` and `from xml.etree.` name a submodule: a module's functions cannot be imported that way.
    if let Some(package) = imported_package(context) {
        if let Some(submodules) = python_modules::submodules(package) {
            hints.tables.push(MemberTable::known(submodules));
        }
        return hints;
    }
    if access.receiver == "self" {
        hints.found = class_members(context);
        // A method rarely calls itself through `self`: its own name is no member to offer inside it.
        if let Some(function) = enclosing_function(context) {
            hints
                .found
                .retain(|(name, suffix, _)| *suffix != "()" || name != function.name);
        }
        if in_test_case(context) {
            hints.tables.push(MemberTable::known(TEST_CASE_METHODS));
        }
        if let Some(members) = base_class_members(context) {
            hints.tables.push(MemberTable::known(members));
        }
        return hints;
    }
    if let Some(module) = imported_module(context.code, access.receiver) {
        // A module without a table (`numpy`) has no list or str methods either: only the code's uses speak.
        if module == "asyncio" && in_coroutine(context) {
            // `asyncio.run()` starts the loop: inside a coroutine the loop is already running.
            hints.tables.push(MemberTable::known(ASYNCIO_IN_COROUTINE));
        } else if let Some(members) = module_table(&module) {
            hints.tables.push(MemberTable::known(members));
        }
        return hints;
    }
    // `np.`, `pd.`, `plt.`, and `os.` in a snippet whose imports are out of sight.
    if let Some(module) = python_libraries::conventional_module(context, access.receiver) {
        if let Some(members) = module_table(&module) {
            hints.tables.push(MemberTable::known(members));
        }
        return hints;
    }
    if let Some(members) =
        table_for(MODULE_MEMBERS, access.receiver).filter(|_| access.receiver == "super()")
    {
        hints.tables.push(MemberTable::known(members));
        return hints;
    }
    if let Some(members) = instance_members(context, access.receiver) {
        hints.found = members;
        return hints;
    }
    if let Some(members) = python_libraries::object_members(context, access.receiver) {
        hints.tables.push(MemberTable::known(members));
        return hints;
    }
    match declared_type(context, access.receiver) {
        Some(members) => hints.tables.push(MemberTable::known(members)),
        None => {
            // `name.upp`: letters only one built-in method begins say which it is, whatever the type.
            let builtin = super::members::distinctive_builtin(
                context,
                &[LIST_METHODS, DICT_METHODS, STR_METHODS, SET_METHODS],
            );
            if let Some(member) = builtin {
                hints.tables.push(MemberTable::distinctive(member));
            }
            hints.tables.push(MemberTable::guess(COMMON_METHODS));
        }
    }
    hints
}

/// The members of a module the standard tables or the libraries' know.
fn module_table(module: &str) -> Option<&'static [&'static str]> {
    table_for(MODULE_MEMBERS, module)
        .or_else(|| python_modules::module_exports(module))
        .or_else(|| python_libraries::module_members(module))
}

/// The dotted package an import line names before the cursor's `.` (`import xml.etree.` -> `xml.etree`).
fn imported_package<'a>(context: &Context<'a>) -> Option<&'a str> {
    let typed = context.before_prefix().trim_start();
    let named = typed
        .strip_prefix("import ")
        .or_else(|| typed.strip_prefix("from "))?
        .strip_suffix('.')?;
    let is_dotted_name = !named.is_empty()
        && named
            .split('.')
            .all(|part| !part.is_empty() && part.chars().all(super::lexer::is_identifier_char));
    is_dotted_name.then_some(named)
}

/// `asyncio`'s members used inside a coroutine, most used first (without `run()`).
static ASYNCIO_IN_COROUTINE: &[&str] = &[
    "create_task()",
    "gather()",
    "sleep()",
    "wait_for()",
    "Queue",
    "get_running_loop()",
    "TimeoutError",
    "CancelledError",
];

/// Whether the function around the cursor is a coroutine (`async def`).
fn in_coroutine(context: &Context<'_>) -> bool {
    enclosing_function(context).is_some_and(|function| {
        context
            .code_before_line()
            .contains(&format!("async def {}(", function.name))
    })
}

/// The module a receiver names, following the file's imports: `import os` (`os`), `import os.path`, `import numpy
/// as np` (`np` -> `numpy`), `from os import path` (`path` -> `os.path`).
fn imported_module(code: &str, receiver: &str) -> Option<String> {
    for line in code.lines() {
        let line = line.trim();
        if let Some(names) = line.strip_prefix("import ") {
            for name in names.split(',').map(str::trim) {
                let (module, alias) = name
                    .split_once(" as ")
                    .map_or((name, name), |(module, alias)| (module, alias.trim()));
                if alias == receiver || (module == receiver && alias == module) {
                    return Some(module.trim().to_owned());
                }
                // `import os` then `os.path`: a submodule of an imported module.
                if let Some(submodule) = receiver
                    .strip_prefix(alias)
                    .and_then(|rest| rest.strip_prefix('.'))
                    .filter(|rest| rest.chars().all(|c| c.is_alphanumeric() || c == '_'))
                {
                    return Some(format!("{}.{submodule}", module.trim()));
                }
                // `import os.path` makes `os` usable too.
                if module.split('.').next() == Some(receiver) || module == receiver {
                    return Some(receiver.to_owned());
                }
            }
        } else if let Some((module, names)) = line
            .strip_prefix("from ")
            .and_then(|rest| rest.split_once(" import "))
        {
            for name in names
                .split(',')
                .map(|name| name.trim().trim_matches(['(', ')']))
            {
                let (original, alias) = name
                    .split_once(" as ")
                    .map_or((name, name), |(original, alias)| (original, alias.trim()));
                if alias == receiver {
                    return Some(format!("{}.{}", module.trim(), original.trim()));
                }
                // `from flask import request` then `request.args`: an attribute of the imported object.
                if let Some(attribute) = receiver
                    .strip_prefix(alias)
                    .and_then(|rest| rest.strip_prefix('.'))
                    .filter(|rest| !alias.is_empty() && super::lexer::is_plain_name(rest))
                {
                    return Some(format!("{}.{}.{attribute}", module.trim(), original.trim()));
                }
            }
        }
    }
    None
}

/// Whether a declaration matches a compiled pattern of the module (`_SIZE_RE.match(text)`, `pattern.search(line)`):
/// a name declared by `re.compile(`, or named for a pattern as modules name theirs.
fn compiled_pattern_call(context: &Context<'_>, head: &str) -> bool {
    let Some((pattern, _)) = [".match(", ".search(", ".fullmatch("]
        .iter()
        .find_map(|call| head.split_once(call))
    else {
        return false;
    };
    if !super::lexer::is_plain_name(pattern) {
        return false;
    }
    let upper = pattern.to_ascii_uppercase();
    ["_RE", "PATTERN", "REGEX", "_RX"]
        .iter()
        .any(|suffix| upper.ends_with(suffix))
        || super::statements::declaration_of(context, pattern)
            .is_some_and(|declaration| declaration.trim_start().starts_with("re.compile("))
}

/// `number, unit = match.` -> `groups()`: a match unpacked into names gives all its groups at once.
fn match_groups(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.member else {
        return;
    };
    let unpacked = context
        .assignment_target(&access)
        .is_some_and(|target| target.contains(", ") && !target.contains(['(', '[']));
    if unpacked
        && context.at_line_end()
        && declared_type(context, access.receiver) == Some(MATCH_METHODS)
        && let Some(rest) = "groups()".strip_prefix(context.prefix)
    {
        out.push(Suggestion::member(rest, 0.9));
    }
}

/// The built-in type's methods that a receiver's declaration shows (`items = []`, `name: str`).
/// Whether `name` was made a dictionary above (`{}`, `dict(...)`, a `defaultdict` or a `Counter`), as
/// [`declared_type`] reads its declaration.
pub(super) fn declared_dictionary(context: &Context<'_>, name: &str) -> bool {
    matches!(declared_type(context, name), Some(table) if table == DICT_METHODS || table == COUNTER_MEMBERS)
}

/// Whether `name` holds a regular expression's match (`re.search(...)`, a compiled pattern's `match(`), as
/// [`declared_type`] reads its declaration.
pub(super) fn declared_match(context: &Context<'_>, name: &str) -> bool {
    declared_type(context, name) == Some(MATCH_METHODS)
}

fn declared_type(context: &Context<'_>, receiver: &str) -> Option<&'static [&'static str]> {
    let declaration = super::statements::declaration_of(context, receiver)?;
    let head = declaration.trim_start();
    let table: &'static [&'static str] = if head.starts_with('[')
        || head.starts_with("list")
        || head.starts_with("List")
    {
        LIST_METHODS
    } else if head.starts_with("{}")
        || head.starts_with("dict")
        || head.starts_with("Dict")
        || (head.starts_with('{') && head.contains(':'))
    {
        DICT_METHODS
    } else if head.starts_with('{') || head.starts_with("set") || head.starts_with("Set") {
        SET_METHODS
    } else if head.starts_with(['"', '\'']) || head.starts_with("f\"") || head.starts_with("str") {
        STR_METHODS
    } else if [
        "re.match(",
        "re.search(",
        "re.fullmatch(",
        "pattern.match(",
        "pattern.search(",
    ]
    .iter()
    .any(|call| head.starts_with(call))
        || compiled_pattern_call(context, head)
    {
        MATCH_METHODS
    } else if head.starts_with("requests.get(") || head.starts_with("requests.post(") {
        HTTP_RESPONSE_MEMBERS
    } else if head.starts_with("argparse.ArgumentParser(") || head.starts_with("ArgumentParser(") {
        ARGUMENT_PARSER_MEMBERS
    } else if head.starts_with("open(")
        || (head.starts_with("with ") && head.contains("open(") && head.ends_with(" as"))
    {
        FILE_METHODS
    } else if head.starts_with("Counter(") || head.starts_with("collections.Counter(") {
        COUNTER_MEMBERS
    } else if head.starts_with("deque(") || head.starts_with("collections.deque(") {
        DEQUE_METHODS
    } else if head.starts_with("defaultdict(") || head.starts_with("collections.defaultdict(") {
        DICT_METHODS
    } else if head.starts_with("csv.writer(") {
        CSV_WRITER_METHODS
    } else if head.starts_with("csv.DictWriter(") {
        CSV_DICT_WRITER_METHODS
    } else {
        return None;
    };
    Some(table)
}

/// Whether the class around the cursor is a `unittest` test case (`class TestParser(unittest.TestCase):`).
fn in_test_case(context: &Context<'_>) -> bool {
    let tokens = context.tokens_before();
    enclosing_class(context, tokens).is_some_and(|class_index| {
        tokens
            .get(class_index)
            .is_some_and(|class| context.line_of(class).contains("TestCase"))
    })
}

/// What a subclass of a well-known standard base inherits and uses first, most used first: a request handler's
/// `send_response()`, a thread's `name`, a codec's `errors`.
static BASE_CLASS_MEMBERS: &[(&str, &[&str])] = &[
    (
        "BaseHTTPRequestHandler",
        &[
            "send_response()",
            "send_header()",
            "end_headers()",
            "wfile",
            "path",
            "headers",
            "rfile",
            "send_error()",
            "client_address",
            "command",
            "log_message()",
            "server",
        ],
    ),
    (
        "SimpleHTTPRequestHandler",
        &[
            "send_response()",
            "send_header()",
            "end_headers()",
            "wfile",
            "path",
            "headers",
            "translate_path()",
            "send_error()",
            "directory",
        ],
    ),
    (
        "StreamRequestHandler",
        &["rfile", "wfile", "request", "client_address", "server"],
    ),
    (
        "BaseRequestHandler",
        &["request", "client_address", "server"],
    ),
    (
        "Thread",
        &["name", "start()", "join()", "is_alive()", "daemon"],
    ),
    ("IncrementalEncoder", &["errors", "encode()", "reset()"]),
    ("IncrementalDecoder", &["errors", "decode()", "reset()"]),
    ("StreamWriter", &["errors", "stream", "write()", "reset()"]),
    (
        "StreamReader",
        &["errors", "stream", "read()", "readline()"],
    ),
    (
        "Frame",
        &[
            "master",
            "pack()",
            "grid()",
            "after()",
            "destroy()",
            "config()",
        ],
    ),
    (
        "Tk",
        &[
            "title()",
            "geometry()",
            "after()",
            "destroy()",
            "mainloop()",
            "config()",
        ],
    ),
    ("JSONEncoder", &["default()", "encode()"]),
    ("HTMLParser", &["feed()", "getpos()", "reset()", "close()"]),
    ("Cmd", &["prompt", "intro", "onecmd()", "cmdloop()"]),
    (
        "Handler",
        &[
            "format()",
            "formatter",
            "level",
            "setFormatter()",
            "setLevel()",
        ],
    ),
    ("UserDict", &["data"]),
    ("UserList", &["data"]),
    ("UserString", &["data"]),
];

/// The members the enclosing class inherits from a well-known base it names (`class H(BaseHTTPRequestHandler):`,
/// `threading.Thread`).
fn base_class_members(context: &Context<'_>) -> Option<&'static [&'static str]> {
    let tokens = context.tokens_before();
    let class = tokens.get(enclosing_class(context, tokens)?)?;
    let line = context.line_of(class);
    let (_, bases) = line.split_once('(')?;
    let bases = bases.split(')').next()?;
    bases.split(',').find_map(|base| {
        let name = base.trim().rsplit('.').next()?;
        table_for(BASE_CLASS_MEMBERS, name)
    })
}

/// The attributes (`self.x = ...`) and methods (`def m(self`) of the class around the cursor.
pub(super) fn class_members(context: &Context<'_>) -> Vec<(String, &'static str, f64)> {
    let tokens = context.tokens_before();
    enclosing_class(context, tokens).map_or_else(Vec::new, |class_index| {
        members_of_class(context, tokens, class_index)
    })
}

/// The members of the class a local was made from (`parser = Parser(...)` then `parser.`), when the window
/// defines that class.
fn instance_members(
    context: &Context<'_>,
    receiver: &str,
) -> Option<Vec<(String, &'static str, f64)>> {
    let value = super::statements::declaration_of(context, receiver)?.trim_start();
    let class_name = value.get(..super::lexer::identifier_end(value))?;
    if class_name.is_empty() || !value.get(class_name.len()..)?.starts_with('(') {
        return None;
    }
    let tokens = context.tokens_before();
    let class_index = tokens.iter().enumerate().rev().find_map(|(index, token)| {
        (token.is_word(context.code, "class")
            && tokens
                .get(index + 1)
                .is_some_and(|name| name.is_word(context.code, class_name)))
        .then_some(index)
    })?;
    let members = members_of_class(context, tokens, class_index);
    (!members.is_empty()).then_some(members)
}

/// The attributes and methods of the class whose `class` keyword is at `class_index`.
fn members_of_class(
    context: &Context<'_>,
    tokens: &[Token],
    class_index: usize,
) -> Vec<(String, &'static str, f64)> {
    let class_indent = tokens
        .get(class_index)
        .map_or(0, |token| indentation(context.line_of(token)));
    let mut found: Vec<(String, &'static str, f64)> = Vec::new();
    let mut add = |name: &str, suffix: &'static str, score: f64| {
        if name.starts_with("__") {
            return;
        }
        match found.iter_mut().find(|(existing, _, _)| existing == name) {
            Some(entry) => entry.2 += score,
            None => found.push((name.to_owned(), suffix, score)),
        }
    };
    let after = context.scan.after.as_slice();
    let class_tokens = tokens
        .get(class_index..)
        .unwrap_or_default()
        .iter()
        .chain(after.iter());
    let collected: Vec<&Token> = class_tokens.collect();
    let class_line = collected.first().map_or(0, |token| token.line);
    let mut member_indent: Option<usize> = None;
    for (index, token) in collected.iter().enumerate() {
        if token.line > class_line {
            // The class ends at the first line indented no deeper than its header.
            let lead = context
                .code
                .get(..token.start)
                .and_then(|before| before.rsplit('\n').next())
                .unwrap_or("");
            if lead.trim().is_empty() && indentation(lead) <= class_indent {
                break;
            }
            // `title = models.CharField(...)`, `width: float`: an attribute declared in the class body, at the
            // depth of its methods' `def`.
            if lead.trim().is_empty() {
                let depth = indentation(lead);
                let member_depth = *member_indent.get_or_insert(depth);
                let next = collected
                    .get(index + 1)
                    .map_or("", |token| context.text(token));
                if depth == member_depth
                    && token.kind == TokenKind::Identifier
                    && !context.is_keyword(token)
                    && matches!(next, "=" | ":")
                {
                    add(context.text(token), "", 1.0);
                }
            }
        }
        let text = |offset: usize| {
            collected
                .get(index + offset)
                .map_or("", |token| context.text(token))
        };
        if token.is_word(context.code, "def") && text(2) == "(" && text(3) == "self" {
            add(text(1), "()", 1.5);
        }
        if token.is_word(context.code, "self") && text(1) == "." && text(3) == "=" {
            add(text(2), "", 2.0);
        }
    }
    found
}

/// The index of the `class` keyword whose body holds the cursor.
fn enclosing_class(context: &Context<'_>, tokens: &[Token]) -> Option<usize> {
    let current = if context.on_blank_line_start() {
        context.current_indentation()
    } else {
        indentation(context.line_before)
    };
    let mut lowest_seen = current;
    let mut previous_line = usize::MAX;
    for (index, token) in tokens.iter().enumerate().rev() {
        let first_on_line = index == 0
            || tokens
                .get(index - 1)
                .is_some_and(|previous| previous.line < token.line);
        if !first_on_line || token.line == previous_line || token.line == context.scan.cursor_line {
            continue;
        }
        previous_line = token.line;
        let indent = indentation(context.line_of(token));
        if indent >= lowest_seen {
            continue;
        }
        lowest_seen = indent;
        if token.is_word(context.code, "class") {
            return Some(index);
        }
        if indent == 0 {
            return None;
        }
    }
    None
}

/// `assert add(1, 2) == ` -> `3`: a test of a function named for an arithmetic operation, called on integer
/// literals, expects their result.
fn expected_result_in_assertion(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let Some(call) = context
        .line_before
        .trim_start()
        .strip_prefix("assert ")
        .and_then(|rest| rest.strip_suffix(" == "))
    else {
        return;
    };
    if let Some(result) = super::idioms::arithmetic_call_result(call) {
        out.push(Suggestion::construct(result.to_string(), 0.85));
    }
}

/// The base class of the class the code before the cursor is in (`class Dog(Animal):` -> `Animal`), unless it is
/// `object` or the class names none.
fn base_class(code_before: &str) -> Option<&str> {
    let header = code_before
        .lines()
        .rev()
        .map(str::trim)
        .find(|line| line.starts_with("class "))?;
    let base = header.split_once('(')?.1.split_once(')')?.0.trim();
    (!base.is_empty() && base != "object" && !base.contains(',')).then_some(base)
}

/// The parameters (after `self`) of the `__init__` of the class `name` the code defines, if it defines one.
fn init_parameters<'a>(code: &'a str, name: &str) -> Option<Vec<&'a str>> {
    let mut lines = code.lines().map(str::trim);
    lines.find(|line| {
        line.strip_prefix("class ")
            .and_then(|rest| rest.strip_prefix(name))
            .is_some_and(|rest| rest.starts_with([':', '(']))
    })?;
    let header = lines
        .take_while(|line| !line.starts_with("class "))
        .find(|line| line.starts_with("def __init__("))?;
    let parameters = header
        .strip_prefix("def __init__(")?
        .split_once(')')?
        .0
        .split(',')
        .map(|parameter| parameter.split([':', '=']).next().unwrap_or("").trim())
        .filter(|parameter| !parameter.is_empty() && *parameter != "self")
        .collect::<Vec<_>>();
    parameters
        .iter()
        .all(|parameter| parameter.chars().all(super::lexer::is_identifier_char))
        .then_some(parameters)
}

/// `class InsufficientFundsError(` -> `Exception):`: a class named for an error is an exception, and a
/// beginner's derives from `Exception`.
fn exception_base(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let Some(name) = context
        .before_prefix()
        .strip_prefix("class ")
        .and_then(|rest| rest.strip_suffix('('))
    else {
        return;
    };
    let named_error = ["Error", "Exception"]
        .iter()
        .any(|suffix| name.ends_with(suffix) && name.len() > suffix.len());
    // A module that derives its errors from a base of its own (`NotFoundError(AppError)`) derives one more
    // from it too.
    let base = own_error_base(context).unwrap_or("Exception");
    if named_error
        && name.chars().all(super::lexer::is_identifier_char)
        && let Some(rest) = format!("{base}):").strip_prefix(context.prefix)
    {
        out.push(Suggestion::construct(rest, 0.88));
    }
}

/// `def encode(self, input, ` -> `final=False):` in a `codecs.IncrementalEncoder` (`decode` in an
/// `IncrementalDecoder`), `errors='strict'):` in a `codecs.Codec`: the signatures the `codecs` module calls.
fn codec_method_parameters(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let typed = context.before_prefix().trim_start();
    let method = match typed {
        "def encode(self, input, " => "Encoder",
        "def decode(self, input, " => "Decoder",
        _ => return,
    };
    let width = indentation(context.line_before);
    let Some(bases) = context
        .code_before_line()
        .lines()
        .rev()
        .take(200)
        .filter(|line| !line.trim().is_empty())
        .find(|line| indentation(line) < width)
        .and_then(|line| line.trim().strip_prefix("class "))
        .and_then(|header| header.split_once('('))
        .map(|(_, bases)| bases)
    else {
        return;
    };
    let parameters = if bases.contains("IncrementalEncoder") && method == "Encoder"
        || bases.contains("IncrementalDecoder")
            && method == "Decoder"
            && !bases.contains("Buffered")
    {
        "final=False):"
    } else if bases.trim_end_matches("):").ends_with("Codec") {
        "errors='strict'):"
    } else {
        return;
    };
    if let Some(rest) = parameters.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, 0.9));
    }
}

/// `class FormatSizeTests(` under `class ParseSizeTests(unittest.TestCase):` -> `unittest.TestCase):`: a class
/// named with the same last word as the classes above (`Tests`, `Handler`, `Command`) extends their base, when
/// they all extend the same one. Errors are `exception_base`'s.
fn sibling_class_base(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() && !super::auto_paired(context.line_after) {
        return;
    }
    let Some(name) = context
        .before_prefix()
        .strip_prefix("class ")
        .and_then(|rest| rest.strip_suffix('('))
        .filter(|name| super::lexer::is_plain_name(name))
    else {
        return;
    };
    let Some(last_word) = name
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_ascii_uppercase())
        .and_then(|(at, _)| name.get(at..))
        .filter(|word| word.len() > 2 && *word != name)
    else {
        return;
    };
    if last_word.ends_with("Error") || last_word.ends_with("Exception") {
        return;
    }
    let mut base = None;
    for line in context.code_lines_above().take(400) {
        let Some((sibling, bases)) = line
            .strip_prefix("class ")
            .and_then(|rest| rest.strip_suffix("):"))
            .and_then(|header| header.split_once('('))
        else {
            continue;
        };
        if !sibling.ends_with(last_word) || sibling == name {
            continue;
        }
        if base.is_some_and(|base| base != bases) || bases.is_empty() || bases.contains('=') {
            return;
        }
        base = Some(bases);
    }
    if let Some(base) = base
        && let Some(rest) = format!("{base}):").strip_prefix(context.prefix)
    {
        out.push(Suggestion::construct(rest, 0.88));
    }
}

/// The base of the nearest error class above (`AppError` of `class NotFoundError(AppError):`), when the code
/// defines that base itself.
fn own_error_base<'a>(context: &Context<'a>) -> Option<&'a str> {
    if let Some(root) = error_root(context) {
        return Some(root);
    }
    let base = context.code_lines_above().take(200).find_map(|line| {
        let (name, base) = line
            .strip_prefix("class ")?
            .strip_suffix("):")?
            .split_once('(')?;
        (name.ends_with("Error") || name.ends_with("Exception")).then_some(base.trim())
    })?;
    let defined = context.code_lines_above().take(400).any(|line| {
        line.strip_prefix("class ")
            .and_then(|rest| rest.strip_prefix(base))
            .is_some_and(|rest| rest.starts_with(['(', ':']))
    });
    (defined && super::lexer::is_plain_name(base) && !base.ends_with("Exception")).then_some(base)
}

/// The module's own root error, when the nearest error class above derives from `Exception` itself and says it
/// is the base of the others (`class Error(Exception):`, or a docstring `"""Base class for all config errors."""`):
/// the next error derives from it, as in `configparser` or `shutil`.
fn error_root<'a>(context: &Context<'a>) -> Option<&'a str> {
    let mut next_line = "";
    for line in context.code_lines_above().take(200) {
        if let Some((name, base)) = line
            .strip_prefix("class ")
            .and_then(|rest| rest.strip_suffix("):"))
            .and_then(|header| header.split_once('('))
        {
            if !(name.ends_with("Error") || name.ends_with("Exception")) {
                return None;
            }
            let root = matches!(base.trim(), "Exception" | "BaseException");
            let says_base = name == "Error"
                || next_line.starts_with("\"\"\"")
                    && next_line.to_ascii_lowercase().contains("base");
            return (root && says_base && super::lexer::is_plain_name(name)).then_some(name);
        }
        next_line = line;
    }
    None
}

/// Whether the code defines the class `name` and no `__init__` in it (before the next class).
fn defines_class_without_init(code: &str, name: &str) -> bool {
    let mut lines = code.lines().map(str::trim);
    let defined = lines.any(|line| {
        line.strip_prefix("class ")
            .and_then(|rest| rest.strip_prefix(name))
            .is_some_and(|rest| rest.starts_with([':', '(']))
    });
    defined
        && !lines
            .take_while(|line| !line.starts_with("class "))
            .any(|line| line.starts_with("def __init__("))
}

/// `if response.status_code == ` -> `200:` after a `requests` call: the check that the request succeeded.
fn successful_status(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.at_line_end() {
        return;
    }
    let Some(response) = context
        .line_before
        .trim_start()
        .strip_prefix("if ")
        .and_then(|rest| rest.strip_suffix(".status_code == "))
    else {
        return;
    };
    let requested = context.code_before_line().lines().any(|line| {
        line.trim_start()
            .strip_prefix(response)
            .and_then(|rest| rest.strip_prefix(" = requests."))
            .is_some()
    });
    if requested {
        out.push(Suggestion::construct("200:", 0.85));
    }
}

/// `return "%s(%r)" % (self.` -> `__class__.__name__`: a representation whose format begins with the object's
/// name (`%s(` or `<%s`) takes its class's name first (on the standard library 53 times in 57; the others name
/// the class's module). `self.__class__.` and `type(self).` there -> `__name__`.
fn class_name_in_representation(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let before = context.before_prefix();
    let (head, rest) = if let Some(head) = before.strip_suffix(" % (self.") {
        (head, "__class__.__name__")
    } else if let Some(head) = before
        .strip_suffix(" % (self.__class__.")
        .or_else(|| before.strip_suffix(" % (type(self)."))
    {
        (head, "__name__")
    } else {
        return;
    };
    let Some(quote) = head.chars().next_back().filter(|c| matches!(c, '"' | '\'')) else {
        return;
    };
    let Some(format) = head[..head.len() - 1]
        .rfind(quote)
        .map(|opening| &head[opening + 1..head.len() - 1])
    else {
        return;
    };
    if !(format.starts_with("%s(") || format.starts_with("<%s")) {
        return;
    }
    if let Some(completion) = rest
        .strip_prefix(context.prefix)
        .filter(|rest| !rest.is_empty())
    {
        out.push(Suggestion::member(completion, 0.9));
    }
}
