//! The libraries real Python projects are built on, beyond the standard modules `python` knows: what they export
//! (`from sqlalchemy import Str` -> `ing`, `from dataclasses import fi` -> `eld`), the aliases everyone gives them
//! (`np`, `pd`, `plt`), and the members of the objects they hand out (a data frame, a `Path`, a logger, a
//! finished `subprocess.run`, a Flask or FastAPI app, a turtle, a pygame clock, an SQLAlchemy session and query,
//! an aiohttp response).
//!
//! `python::member_hints` asks this module once its own tables say nothing: an object's type is read from its
//! declaration (`logger = logging.getLogger(`), from a chain it starts (`Path(__file__).resolve().`,
//! `session.query(User).filter(...).`) or, for the few names every project gives one kind of object (`df`), from
//! its name.

use super::cursor::Context;
use super::members::table_for;
use super::statements::declaration_of;

/// The exports of the libraries' modules, most used first (`()` marks a function).
pub(super) static LIBRARY_MODULES: &[(&str, &[&str])] = &[
    // A configuration file's reader.
    (
        "yaml",
        &[
            "safe_load()",
            "dump()",
            "safe_dump()",
            "load()",
            "YAMLError",
        ],
    ),
    // pygame and turtle: the games and drawings of a first course.
    (
        "pygame",
        &[
            "init()",
            "quit()",
            "display",
            "time",
            "event",
            "QUIT",
            "KEYDOWN",
            "K_LEFT",
            "K_RIGHT",
            "K_UP",
            "K_DOWN",
            "K_SPACE",
            "K_ESCAPE",
            "draw",
            "Rect()",
            "key",
            "font",
            "image",
            "mixer",
            "mouse",
            "sprite",
            "Surface()",
            "MOUSEBUTTONDOWN",
            "KEYUP",
            "transform",
        ],
    ),
    (
        "pygame.display",
        &[
            "set_mode()",
            "flip()",
            "set_caption()",
            "update()",
            "get_surface()",
        ],
    ),
    (
        "pygame.time",
        &["Clock()", "get_ticks()", "delay()", "wait()"],
    ),
    ("pygame.event", &["get()", "pump()", "poll()", "wait()"]),
    (
        "pygame.draw",
        &[
            "rect()",
            "circle()",
            "line()",
            "polygon()",
            "ellipse()",
            "lines()",
        ],
    ),
    ("pygame.key", &["get_pressed()"]),
    ("pygame.font", &["SysFont()", "Font()", "init()"]),
    ("pygame.image", &["load()"]),
    (
        "turtle",
        &[
            "Turtle()",
            "Screen()",
            "done()",
            "forward()",
            "left()",
            "right()",
            "penup()",
            "pendown()",
            "color()",
            "speed()",
            "goto()",
            "bgcolor()",
            "mainloop()",
            "exitonclick()",
            "shape()",
        ],
    ),
    (
        "dataclasses",
        &[
            "dataclass",
            "field()",
            "asdict()",
            "replace()",
            "astuple()",
            "fields()",
        ],
    ),
    ("__future__", &["annotations"]),
    (
        "contextlib",
        &[
            "contextmanager",
            "suppress()",
            "asynccontextmanager",
            "closing()",
            "ExitStack()",
            "redirect_stdout()",
        ],
    ),
    (
        "pydantic",
        &[
            "BaseModel",
            "Field()",
            "field_validator",
            "ValidationError",
            "ConfigDict",
        ],
    ),
    (
        "sqlalchemy",
        &[
            "Column",
            "Integer",
            "String",
            "ForeignKey",
            "create_engine()",
            "Boolean",
            "DateTime",
            "Float",
            "Text",
            "select()",
            "func",
        ],
    ),
    (
        "sqlalchemy.orm",
        &[
            "sessionmaker()",
            "relationship()",
            "declarative_base()",
            "Session",
            "Mapped",
            "mapped_column()",
            "DeclarativeBase",
        ],
    ),
    (
        "flask",
        &[
            "Flask",
            "request",
            "jsonify()",
            "render_template()",
            "redirect()",
            "url_for()",
            "abort()",
            "session",
            "Blueprint",
            "flash()",
        ],
    ),
    (
        "flask.request",
        &[
            "get_json()",
            "args",
            "form",
            "method",
            "json",
            "files",
            "headers",
            "cookies",
        ],
    ),
    (
        "flask.request.args",
        &["get()", "getlist()", "to_dict()", "items()"],
    ),
    (
        "fastapi",
        &[
            "FastAPI",
            "HTTPException",
            "Depends",
            "APIRouter",
            "Request",
            "Query",
            "status",
        ],
    ),
    (
        "aiohttp",
        &[
            "ClientSession()",
            "ClientTimeout()",
            "web",
            "ClientError",
            "TCPConnector()",
        ],
    ),
    (
        "os.environ",
        &[
            "get()",
            "setdefault()",
            "items()",
            "copy()",
            "keys()",
            "pop()",
            "update()",
        ],
    ),
];

/// The aliases every project gives the data libraries, and the modules a file may use before its window shows
/// the import (none of them a word a variable is named).
const CONVENTIONAL_MODULES: &[(&str, &str)] = &[
    ("np", "numpy"),
    ("pd", "pandas"),
    ("plt", "matplotlib.pyplot"),
    ("os", "os"),
    ("sys", "sys"),
    ("json", "json"),
    ("asyncio", "asyncio"),
    ("subprocess", "subprocess"),
    ("logging", "logging"),
    ("argparse", "argparse"),
    ("pytest", "pytest"),
    ("functools", "functools"),
    ("itertools", "itertools"),
    // The standard modules a script names by their own name and nothing else ever is.
    ("time", "time"),
    ("random", "random"),
    ("math", "math"),
    ("re", "re"),
    ("shutil", "shutil"),
    ("csv", "csv"),
    ("requests", "requests"),
];

/// The module a receiver names by convention (`np.`, `os.environ.`), when the code does not declare it itself.
pub(super) fn conventional_module(context: &Context<'_>, receiver: &str) -> Option<String> {
    let (root, rest) = receiver
        .split_once('.')
        .map_or((receiver, None), |(root, rest)| (root, Some(rest)));
    let (_, module) = CONVENTIONAL_MODULES
        .iter()
        .find(|(alias, _)| *alias == root)?;
    if declaration_of(context, root).is_some() {
        return None;
    }
    match rest {
        None => Some((*module).to_owned()),
        Some(rest) if rest.chars().all(|c| c.is_alphanumeric() || c == '_') => {
            Some(format!("{module}.{rest}"))
        }
        Some(_) => None,
    }
}

/// A `pathlib.Path`'s members, most used first.
static PATH_MEMBERS: &[&str] = &[
    "exists()",
    "read_text()",
    "parent",
    "name",
    "mkdir()",
    "write_text()",
    "glob()",
    "iterdir()",
    "is_file()",
    "is_dir()",
    "stem",
    "suffix",
    "resolve()",
    "open()",
    "with_suffix()",
    "joinpath()",
    "unlink()",
    "rglob()",
    "read_bytes()",
];

/// A `configparser.ConfigParser`'s methods, most used first.
static CONFIG_PARSER_MEMBERS: &[&str] = &[
    "read()",
    "get()",
    "getint()",
    "getboolean()",
    "getfloat()",
    "sections()",
    "has_section()",
    "has_option()",
    "items()",
    "write()",
];

/// A `logging.Logger`'s methods, most used first.
static LOGGER_MEMBERS: &[&str] = &[
    "info()",
    "error()",
    "warning()",
    "debug()",
    "exception()",
    "setLevel()",
    "addHandler()",
    "critical()",
];

/// What `subprocess.run` returns.
static COMPLETED_PROCESS_MEMBERS: &[&str] = &[
    "stdout",
    "returncode",
    "stderr",
    "check_returncode()",
    "args",
];

/// A pandas `DataFrame`'s members, most used first.
static DATA_FRAME_MEMBERS: &[&str] = &[
    "head()",
    "groupby()",
    "columns",
    "shape",
    "describe()",
    "info()",
    "drop()",
    "dropna()",
    "fillna()",
    "loc",
    "iloc",
    "sort_values()",
    "merge()",
    "apply()",
    "to_csv()",
    "isnull()",
    "reset_index()",
    "rename()",
    "values",
    "dtypes",
    "tail()",
    "set_index()",
    "astype()",
    "iterrows()",
    "plot()",
];

/// A NumPy array's members, most used first.
static ARRAY_MEMBERS: &[&str] = &[
    "shape",
    "reshape()",
    "sum()",
    "mean()",
    "astype()",
    "tolist()",
    "max()",
    "min()",
    "T",
    "dtype",
    "flatten()",
    "argmax()",
    "std()",
    "copy()",
    "ndim",
    "size",
];

/// A date column's `.dt` accessor, most used first.
static DATETIME_ACCESSOR_MEMBERS: &[&str] = &[
    "year",
    "month",
    "day",
    "date",
    "strftime()",
    "dayofweek",
    "hour",
    "day_name()",
    "to_period()",
    "weekday",
];

/// A text column's `.str` accessor, most used first.
static STRING_ACCESSOR_MEMBERS: &[&str] = &[
    "strip()",
    "lower()",
    "contains()",
    "replace()",
    "split()",
    "upper()",
    "startswith()",
    "len()",
    "title()",
    "extract()",
    "endswith()",
];

/// The members of what a frame's selection, grouping or test hands back (a `Series`, a group, a frame of
/// booleans): the aggregations first.
static PANDAS_RESULT_MEMBERS: &[&str] = &[
    "mean()",
    "sum()",
    "count()",
    "value_counts()",
    "unique()",
    "reset_index()",
    "apply()",
    "sort_values()",
    "max()",
    "min()",
    "median()",
    "std()",
    "agg()",
    "nunique()",
    "tolist()",
    "plot()",
    "round()",
    "astype()",
    "fillna()",
    "isnull()",
];

/// A Flask application's members, most used first.
static FLASK_APP_MEMBERS: &[&str] = &[
    "route()",
    "run()",
    "config",
    "errorhandler()",
    "before_request()",
    "register_blueprint()",
    "test_client()",
];

/// A FastAPI application's members, most used first.
static FASTAPI_APP_MEMBERS: &[&str] = &[
    "get()",
    "post()",
    "put()",
    "delete()",
    "patch()",
    "include_router()",
    "middleware()",
    "exception_handler()",
    "mount()",
];

/// An SQLAlchemy session's methods, most used first.
static DATABASE_SESSION_MEMBERS: &[&str] = &[
    "add()",
    "commit()",
    "query()",
    "delete()",
    "rollback()",
    "close()",
    "refresh()",
    "execute()",
    "flush()",
    "get()",
    "add_all()",
    "scalars()",
];

/// An SQLAlchemy query's methods, most used first: the filters, then what runs it.
static QUERY_MEMBERS: &[&str] = &[
    "filter()",
    "filter_by()",
    "all()",
    "first()",
    "order_by()",
    "count()",
    "get()",
    "one()",
    "limit()",
    "join()",
    "offset()",
    "delete()",
    "one_or_none()",
];

/// A turtle's methods, most drawn with first.
static TURTLE_MEMBERS: &[&str] = &[
    "forward()",
    "left()",
    "right()",
    "penup()",
    "pendown()",
    "goto()",
    "color()",
    "speed()",
    "circle()",
    "backward()",
    "shape()",
    "pensize()",
    "fillcolor()",
    "begin_fill()",
    "end_fill()",
    "hideturtle()",
    "setheading()",
    "write()",
];

/// A pygame clock's methods: a game loop waits for the next frame with `tick()`.
static CLOCK_MEMBERS: &[&str] = &["tick()", "get_fps()", "get_time()"];

/// An aiohttp client session's methods.
static CLIENT_SESSION_MEMBERS: &[&str] = &["get()", "post()", "put()", "delete()", "close()"];

/// An aiohttp response's members: its body is read by coroutines (`await response.text()`).
static CLIENT_RESPONSE_MEMBERS: &[&str] = &[
    "json()",
    "text()",
    "status",
    "read()",
    "raise_for_status()",
    "headers",
];

/// The members of the library object `receiver` is, when its declaration, the chain it starts or its name
/// shows which.
pub(super) fn object_members(
    context: &Context<'_>,
    receiver: &str,
) -> Option<&'static [&'static str]> {
    if let Some(table) = chain_members(receiver) {
        return Some(table);
    }
    let Some(declaration) = declaration_of(context, receiver) else {
        return undeclared_members(context, receiver);
    };
    let head = declaration.trim_start();
    let starts = |calls: &[&str]| calls.iter().any(|call| head.starts_with(call));
    // pytest's `tmp_path` fixture is a `Path`, and so is what `/` joins to it.
    let table = if starts(&[
        "Path(",
        "pathlib.Path(",
        "Path.cwd()",
        "Path.home()",
        "tmp_path / ",
    ]) {
        PATH_MEMBERS
    } else if starts(&["logging.getLogger("]) {
        LOGGER_MEMBERS
    } else if starts(&["subprocess.run("]) {
        COMPLETED_PROCESS_MEMBERS
    } else if starts(&[
        "pd.read_",
        "pd.DataFrame(",
        "pandas.read_",
        "pandas.DataFrame(",
    ]) {
        DATA_FRAME_MEMBERS
    } else if starts(&[
        "np.array(",
        "np.zeros(",
        "np.ones(",
        "np.arange(",
        "np.linspace(",
        "np.random.",
        "numpy.array(",
    ]) {
        ARRAY_MEMBERS
    } else if starts(&["turtle.Turtle(", "Turtle("]) {
        TURTLE_MEMBERS
    } else if starts(&["pygame.time.Clock("]) {
        CLOCK_MEMBERS
    } else if starts(&["Flask("]) {
        FLASK_APP_MEMBERS
    } else if starts(&["FastAPI("]) {
        FASTAPI_APP_MEMBERS
    } else if starts(&["configparser.ConfigParser(", "ConfigParser("]) {
        CONFIG_PARSER_MEMBERS
    } else if starts(&["SessionLocal(", "Session(", "db.session"]) {
        DATABASE_SESSION_MEMBERS
    } else if head.starts_with("async with ") && head.ends_with(" as") {
        if head.contains("ClientSession(") {
            CLIENT_SESSION_MEMBERS
        } else if head.contains("session.") {
            CLIENT_RESPONSE_MEMBERS
        } else {
            return None;
        }
    } else {
        return None;
    };
    Some(table)
}

/// A chain that starts with the object it keeps returning: `Path(__file__).resolve().`, `session.query(User).
/// filter(...).`, `df.groupby("city")["price"].`.
fn chain_members(receiver: &str) -> Option<&'static [&'static str]> {
    if receiver.starts_with("Path(") {
        let path_steps = receiver
            .split_once(").")
            .map_or("", |(_, steps)| steps)
            .split('.')
            .all(|step| {
                matches!(
                    step,
                    "" | "resolve()" | "parent" | "absolute()" | "expanduser()"
                )
            });
        return path_steps.then_some(PATH_MEMBERS);
    }
    let (root, rest) = receiver.split_once(['.', '['])?;
    // `session.query(User).filter(...).`, Flask-SQLAlchemy's `User.query.filter_by(...).`.
    let model_query =
        root.starts_with(|c: char| c.is_ascii_uppercase()) && rest.starts_with("query.");
    if (matches!(root, "session" | "db") && rest.contains("query(")) || model_query {
        return Some(QUERY_MEMBERS);
    }
    let frame = root == "df" || root.ends_with("_df");
    // A column's accessors: `df["date"].dt.`, `df["name"].str.`.
    if frame && receiver.ends_with("].dt") {
        return Some(DATETIME_ACCESSOR_MEMBERS);
    }
    if frame && receiver.ends_with("].str") {
        return Some(STRING_ACCESSOR_MEMBERS);
    }
    (frame && receiver.ends_with([')', ']'])).then_some(PANDAS_RESULT_MEMBERS)
}

/// The objects a project names one way whatever declares them: `df` is a data frame, `logger` a logger, and a
/// `session` that is no HTTP client's is the database's.
fn undeclared_members(context: &Context<'_>, receiver: &str) -> Option<&'static [&'static str]> {
    match receiver {
        "df" => Some(DATA_FRAME_MEMBERS),
        "logger" => Some(LOGGER_MEMBERS),
        "session" | "db.session" => {
            let client = ["aiohttp", "requests", "ClientSession"]
                .iter()
                .any(|word| context.code.contains(word));
            (!client).then_some(DATABASE_SESSION_MEMBERS)
        }
        _ => None,
    }
}

/// The exports of a library module, or the members of a submodule or object it names (`flask.request`).
pub(super) fn module_members(module: &str) -> Option<&'static [&'static str]> {
    table_for(LIBRARY_MODULES, module)
}
