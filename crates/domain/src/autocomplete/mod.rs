//! Code completion: given code, a cursor and a language, the text to insert at the cursor.
//!
//! The engine is rule-based, pure and fast (no IO, no model): a fast pass over the file (`file_scan`) finds where
//! the cursor is (code, comment or string), which names extend the word being typed and which members follow the
//! receiver being completed; then rules propose suggestions, each with a calibrated confidence:
//! - `names`: the identifier being typed, from the names the code defines and uses, and the language's keywords;
//! - `members`: after `.`, `::`, `->`: well-known modules and types, and what the code itself shows;
//! - the language modules' constructs (`python`, `javascript` for JavaScript and TypeScript, `rust`, `go`,
//!   `java`, `c_family` for C and C++, `generic` for anything else): loop headers, `return` values,
//!   `match`/`switch` arms, idioms such as `if __name__` or `if err != nil`; `python_everyday` and
//!   `javascript_everyday` hold a course's everyday exercises in those languages (string, file and list work),
//!   `javascript_projects` what real JavaScript and TypeScript projects leave to write (an Express middleware's
//!   `next();`, a hook's dependency list, a module's half-typed name, an API function's fetched type);
//!   `javascript_library` what npm packages' modules leave to write (a `typeof` test's type name, the options
//!   spread over the defaults, a wrapper's `apply(this, args)`);
//!   `python_libraries` what real Python projects use beyond the standard modules (the data libraries by their
//!   aliases, a frame's, a `Path`'s, a logger's, a web app's and an SQLAlchemy session's members);
//!   `python_modules` the rest of the standard library on import lines (`import tk` -> `inter`, `from
//!   concurrent.` -> `futures`, `from http.server import ` -> `HTTPServer`);
//! - `counting_loop`: the three-part `for` header that C, C++, Java, JavaScript, TypeScript and Go share, typed
//!   part by part (`for (int i = 0; ` -> `i < `, then `i++) {`); `loop_steps` the statement a loop's body still
//!   needs (a `while` counter's step, a running total's `+= n`); `loop_variables` what a loop's variable indexes
//!   (`arr[` -> `i]` in a loop counting to `arr.length`, `scores[` -> `key]` under a `for...in`);
//! - `precedents`: what the code wrote before in the same place (the token that followed the same tokens, the
//!   statement that followed a line like the previous one, the arguments of earlier calls);
//! - `algorithms`: the steps of the small algorithms of every course (Euclid's `gcd`, a binary search, a grid's
//!   breadth-first search, a memoized recursion);
//!   `graph_search` a graph's breadth- and depth-first search (the visited test, the queue seeded with the start),
//!   `index_bounds` the last index and a table one longer (`len(nums) - ` -> `1`, `[0] * (n + ` -> `1)`);
//!   `linked_structures` those of a linked list and a binary tree (walking `current = current.next`, a tree's
//!   recursion on `root.left` and `root.right`), `sorting` those of the textbook sorts (bubble, selection and
//!   insertion sort);
//! - `collection_idioms`: what each language says one way with lists and maps (`zip(` -> both plurals, Rust's
//!   `or_insert(` -> `0) += 1;`); `asynchronous` the first async programs (`asyncio.run(main())`, `#[tokio::main]`);
//! - `control_flow`: control flow and types (a quotient after its zero check, a case's `break;`, an enum's next
//!   value, Python's iterator protocol and custom exceptions, JavaScript's custom `Error`, Go's errors);
//! - `json_and_http`: JSON and a course's first HTTP server in Express (Go's `net/http` is in `go`);
//!   `web_services` what Spring Boot and NestJS services leave to write (an annotation's name, the class literal
//!   `SpringApplication.run(` takes, a `ResponseEntity`'s `build()`, a repository's, a Prisma model's and a zod
//!   schema's methods);
//! - `environment`: what a program asks of its surroundings (an environment variable named for its variable,
//!   the time since a start, the command line, standard input, logs); `unit_tests` the first tests of each
//!   language's framework (`unittest.main()`, pytest's `== `, Jest's `expect()`, Go's `got`/`want`), `test_suites`
//!   what a real project's suite leaves to write once its framework is known (GoogleTest's and Catch2's macros,
//!   JUnit's assertions, a mock's members, a Go table's `t.Run(tt.` -> `name, func(t *testing.T) {`);
//! - `pages_and_data`: the browser page and React (an element named for its variable, a submit handler's
//!   `preventDefault()`, `localStorage`), Python's first web routes, `sqlite3`, `csv` and dates;
//!   `console_programs` a console program's standard input, files and first maps in Java, C, C++, Go and Rust;
//!   `system_programs` what a C tool's POSIX calls leave to write (`getopt`'s `-1` and `optarg`, `waitpid`'s
//!   options and status, a signal handler's flag); `cleanup_sequences` what a C function still has to release,
//!   mirroring what the file acquired (a destructor's `free(st->scores);` then `free(st);`, a failure branch's
//!   report, `fclose(in);` and `return 1;`); `field_choice` which field of a C struct the file says (a `printf`
//!   conversion's kind, a tree's other child, the next field set to zero, a container's `size++;`);
//! - `status_codes`: library C's status codes, as SQLite, zlib and Redis keep them (`rc = f(...);` -> the file's
//!   own `if (rc != SQLITE_OK)`, then `goto fail;` or `return rc;`), a failed allocation's answer, the code or the
//!   made object returned at a function's end, a failed C++ lookup's `std::nullopt;`; `receiver_arguments` the
//!   object an object-style C call takes first, named as the callee's first word (`edata_size_get(` -> `edata`);
//! - `idioms`: what every language writes alike (a recursive step, a parity test, `break` out of an endless
//!   loop); `wrapped_list` the methods of a class around one list (a stack, a queue), `geometry` a shape's
//!   `area` and `perimeter` from its fields; `initial_values` the value a constructor starts a field with
//!   (`self.count = ` -> `0`, `this.items = ` -> `[];`) from its declared type or its name; `signatures` the
//!   return type a header still needs (`def add(a: int, b: int) ` -> `-> int:`, `is_even(n: i32) -> ` -> `bool {`),
//!   `record_literals` the next field of a literal of a type the file declares (`User{Name: "Ann", ` -> `Age: `),
//!   `python_records` the next name of a Python dict or `from_dict` call that lists a function's parameters or a
//!   class's fields in order (`{"name": name, ` -> `"email": email`, `cls(data["name"], ` -> `data["email"]`);
//!   `type_annotations` the type a Python annotation names (`price: fl` -> `oat`, `Optional[Us` -> `er]:`)
//!   and the one a TypeScript annotation names (`}: Butt` -> `onProps`, `as HTMLDiv` -> `Element`);
//!   `competitive` what a contest solution's template and arithmetic leave to write in C++, Java and Python (the
//!   modulus, the test-case loop, an undirected edge's mirror, Dijkstra's relaxation, union-find, fast input);
//!   `beginner_projects` the steps of the projects every tutorial builds (a calculator's branches, FizzBuzz, a
//!   grade's next letter, a bank account, a temperature converter); `opposite_branches` the message of an `elif`
//!   or `else` printed as the previous branch's turned around (`"Too low"` -> `"Too high"`, `is even` -> `is odd`);
//!   `classic_exercises` what a classic exercise's name says comes next (a prime test's square-root bound, a
//!   distance's formula, a `match` on an enum's value, `module.exports = ` -> what the module defines);
//! - `second_halves`: the second half of a pair the code started, a mirror of the first rather than its copy (a
//!   match arm mapping a variant back, a reversal's mirrored index, `else seen.` -> `add(x);` after a membership
//!   test, a tree's right subtree after its left, a merge's other element);
//! - `data_structures`: what a course's record and container classes leave to write (a stack's `peek`, a mean
//!   over a list field, `__hash__`'s tuple, Java's `compareTo` over the fields, C's dynamic array's `realloc` and
//!   `free`, a new node's `next = NULL;`); `equality` an equality method comparing every field in each language;
//!   `record_fields` the fields of a record a receiver walks (`lambda e: e.` over `employees`), one inline where
//!   the function's name or the arithmetic says which;
//! - `web_backends`: what a web back-end's handlers leave to write (`return cur.` -> `fetchone()`, `conn.` ->
//!   `commit()`, `raise HTTPException(status_code=` -> `404)`, `req.headers.` -> `authorization`, `(page - 1) * `
//!   -> `per_page`, `pool.query(sql, [` -> `id]);`);
//! - `pipelines_and_objects`: collection pipelines, objects and threads (an operator's new object from both
//!   operands' fields, a `__str__`, a comparator's body, `t.start()` then `t.join()`, `Arc::clone(&counter)`);
//! - `library_objects`: the one member a standard library object's type and place leave to write (`while (m.` ->
//!   `find()) {` on a `Matcher`, `while (!queue.` -> `isEmpty()) {`, `return sb.` -> `toString();`, Go's `for
//!   rows.` -> `Next() {` and `defer resp.` -> `Body.Close()`);
//! - `import_syntax`: the word an import's or a declaration's fixed syntax requires next (`from os ` -> `import `,
//!   `import { a } ` -> `from `, `import j` -> `java.`, `static final long s` -> `serialVersionUID = `);
//! - `parameter_types`: the type a Java declaration's next parameter starts with (the file's headers' types, then
//!   the usual ones; `String ` first in an exception's constructor);
//! - `boolean_returns`: a predicate's last answer, the other boolean once a loop or a test returned one
//!   (`return True` inside `for ...: if ...:`, then `return ` -> `False`);
//! - `search_results`: what a linear search returns, the index or element it found and, after its loop, the
//!   answer for nothing found (`return ` -> `-1` after `return i`, `None` after `return item`);
//! - `class_bodies`: what a class's methods say about it (a property's hidden attribute, a setter's value, a
//!   comparison's `isinstance` of its own class, a static factory's return type, a C++ interface's next pure
//!   virtual method); `annotated_items` the item under an attribute, a decorator or a Rust doc comment
//!   (`@dataclass` -> `class `, `#[test]` -> `fn `, `@Override` -> `public `);
//! - `returns_self`: the methods that hand back their own object (Python's `__enter__` and `__iadd__`, a Rust
//!   builder's `self`, a Java fluent method's `this;`); `delegating_methods` a Java, Rust or Go method that hands
//!   its work to a field's method of its own name as its siblings do (`userRepository.` -> `deleteById(id);`);
//! - `parallel_lines`: in JavaScript and TypeScript, the rest of an earlier line like the one being written, its
//!   differing names carried into it (`resetBtn.` under `stopBtn.addEventListener('click', stop);` ->
//!   `addEventListener('click', reset);`), and the statement at the same place of a block like the cursor's;
//! - `repetition`: what the code just did, again (statements that start like the two before, argument lists
//!   like those of the earlier calls to the same function); `axis_symmetry` the same step again for the other
//!   axis (`ball.y += ball.v` under `ball.x += ball.vx * dt;` -> `y * dt;`, `nr < rows && nc < ` -> `cols`);
//! - `mirrored_functions`: a Python function written as the counterpart of one above (`save` under `load`,
//!   `close` under `open`, `stop` under `start`): the opposite call, the file opened the other way, the flag set
//!   back, the connection closed; `mirrored_calls` a call whose arguments an earlier line decides (`realloc` to
//!   its `malloc`'s grown size, a copy loop's write of what its read filled); `declared_types` what a type
//!   declared above makes the only text (`computeIfAbsent(k, k -> new ` -> `ArrayList<>())`, `t.` -> `join();`
//!   over threads, the one abstract base class); `python_scripts` a Python script's next step where a line above
//!   settles it (`sys.` after an error printed to `sys.stderr` -> `exit(1)`, `asyncio.gather(` -> `*tasks)`);
//!   `java_everyday` what a Java declaration above settles (`super(name);`, `case SUB -> ` -> `a - b;`, a stream's
//!   `collect(Collectors.toList());`, `Optional.ofNullable(u);`);
//!   `first_lines` the next text of the short programs a new user writes first (`} ` -> `else {`, a Go field's type
//!   from its name, a C++ lambda's `a + b; };`, a Rust map named `squares`);
//!   `javascript_tests` what a condition, a handler or a timer settles in JavaScript (`if (seen.` on a `Set` ->
//!   `has()`, a submit handler's `event.` -> `preventDefault();`, a timer's delay);
//!   `reported_values` the value a Python error or log message under an `if` reports, the one name its
//!   condition tested (`log.error("no such file: %s", ` -> `name` under `if not os.path.exists(name):`);
//!   `loop_results` the variable a loop just computed, printed right after it (`total += x` in the loop, then
//!   `print(` -> `total)`, `printf(` -> `"%d\n", sum);`);
//!   `analogous_lines` a Python line written like one above about another thing (a sibling function's line with
//!   its word put as this one's: `user` as `post` in `get_post` under `get_user`; one more `elif` branch's
//!   line with its condition's word put: `counts["` -> `INFO` under `elif "INFO" in line:`);
//! - `later_uses`: what the lines below the cursor already use, when code is edited rather than written top to
//!   bottom (a loop variable or parameter the block below uses, an import its body needs, a loop's bound that
//!   its subscripts name);
//! - `closers`: the brackets and quotes the current line left open.
//!
//! Some candidates are only worth a place in the popup: `list_only` gathers them (`boolean_returns`: both
//! booleans at a `return` of a function declared to return one; `numbered_names`: `arg2` after `arg1, `;
//! `result_values`: C's `NULL` where the declared result is a pointer; `control_flow`: Python's `else:` after an
//! `if` block) and they are ranked after the first suggestion, which they never change.
//!
//! The suggestion is always the text that remains to be inserted at the cursor; what is already typed after the
//! cursor is never suggested again. When nothing fits, the list is empty: the engine never makes a guess up.
//!
//! Layout: `lexer` tokenizes any supported language; `cursor` reads the cursor's surroundings into a
//! `cursor::Context`; `statements` reads functions, locals and loops in a window around the cursor for the
//! construct rules; `ranking` turns evidence into confidences; `language` maps language names to profiles.

mod accessor_methods;
mod algorithms;
mod analogous_lines;
mod annotated_items;
mod asynchronous;
mod axis_symmetry;
mod beginner_projects;
mod boolean_returns;
mod c_family;
mod c_idioms;
mod class_bodies;
mod classic_exercises;
mod cleanup_sequences;
mod closers;
mod collection_idioms;
mod competitive;
mod console_programs;
mod control_flow;
#[cfg(test)]
mod corpus;
#[cfg(test)]
mod corpus_slice;
mod counting_loop;
mod cursor;
mod data_structures;
mod declared_types;
mod delegating_methods;
mod documented_parameters;
mod environment;
mod equality;
mod field_choice;
mod file_scan;
mod first_lines;
mod forwarded_arguments;
mod generic;
mod geometry;
mod go;
mod go_idioms;
mod graph_search;
mod idioms;
mod import_syntax;
mod index_bounds;
mod initial_values;
mod java;
mod java_everyday;
mod javascript;
mod javascript_everyday;
mod javascript_library;
mod javascript_projects;
mod javascript_tests;
mod json_and_http;
mod language;
mod later_uses;
mod lexer;
mod library_objects;
mod linked_structures;
mod loop_results;
mod loop_steps;
mod loop_variables;
mod members;
mod mirrored_calls;
mod mirrored_functions;
mod names;
mod numbered_names;
mod opposite_branches;
mod pages_and_data;
mod parallel_lines;
mod parameter_types;
mod pipelines_and_objects;
mod precedents;
pub mod provider;
mod python;
mod python_codecs;
mod python_everyday;
mod python_fixers;
mod python_libraries;
mod python_modules;
mod python_records;
mod python_scripts;
mod python_tk_tests;
mod ranking;
mod receiver_arguments;
mod record_fields;
mod record_literals;
mod repetition;
mod reported_values;
mod result_values;
mod returns_self;
mod rust;
mod search_results;
mod second_halves;
mod signatures;
mod sorting;
mod statements;
mod status_codes;
mod system_programs;
mod test_suites;
#[cfg(test)]
mod tests;
mod type_annotations;
mod unit_tests;
mod web_backends;
mod web_services;
mod wrapped_list;

pub use language::Language;

use cursor::Context;
use file_scan::CursorPlace;

/// The most suggestions returned for one request.
const MAX_SUGGESTIONS: usize = 5;

/// The lowest confidence at which the best suggestion is offered inline (the response's `suggestion`). Measured on
/// the corpus benchmark: below it the engine's first guess is wrong more often than right, and a wrong inline
/// suggestion costs the user more than none, so it is only listed in `suggestions` (what a popup shows).
pub const INLINE_CONFIDENCE: f64 = 0.75;

/// The inline bar for the completion of a name from the code's own names, which the benchmark showed right about
/// seven times out of eight from this confidence up.
pub const INLINE_NAME_CONFIDENCE: f64 = 0.7;

/// The inline bar for a member: with nothing typed after `.` the corpus found the first member right only about a
/// third of the time between 0.75 and 0.8, 39 times for 51 wrong between 0.83 and 0.86 (once members used after
/// the same token rank higher), and mostly right from here up. A well-known module's most used member, with nothing
/// typed (`console.` -> `log()`), is raised to this bar.
pub const INLINE_MEMBER_CONFIDENCE: f64 = 0.86;

/// A member a little under its bar is still offered inline when it leads the next suggestion by far: on the corpus
/// (six seeds, eight languages), members between 0.80 and 0.86 that led the next by 0.4 or more were right 196
/// times for 119 wrong, those with a closer runner-up only 35 times for 105.
const NEAR_MEMBER_CONFIDENCE: f64 = 0.80;

/// How far a member under its bar must lead the next suggestion to be offered inline anyway.
const MEMBER_LEAD: f64 = 0.4;

/// The inline bar for what the file's own habits predict (`precedents`): on the corpus, habits between 0.625 and
/// 0.675 were right half the time (a coin toss, so not shown), two thirds of the time from 0.675 to 0.775, and
/// 84% of the time above. The bar sits at 0.70, a little above where they start to be right more often than
/// not, to keep a margin under the 10% of wrong suggestions on every sample (the fixed slice of Rust crates
/// was at 10.1% with 0.67).
pub const INLINE_HABIT_CONFIDENCE: f64 = 0.70;

/// Characters that close (or open) something: a suggestion ending with some that are already typed after the
/// cursor is shortened rather than repeated.
const BRACKETS_AND_ENDINGS: &str = "()[]{}\"'`;:";

/// A request for a suggestion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompletionRequest<'a> {
    /// The whole code.
    pub code: &'a str,
    /// The cursor, counted in Unicode scalar values from the start of `code`.
    pub cursor: usize,
    /// The language, as the client names it (`"python"`, `"javascript"`, ...). Case does not matter.
    pub language: &'a str,
}

/// One suggestion: text to insert at the cursor, and how sure the engine is of it (0 to 1).
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    /// The text to insert at the cursor.
    pub text: String,
    /// Confidence from 0 (a guess) to 1 (certain).
    pub confidence: f64,
    /// What kind of completion this is (`"expression"`, `"keyword"`, `"identifier"`, `"habit"` for what the
    /// file's own precedents predict, ...).
    pub kind: &'static str,
    /// Where the caret goes inside `text` once it is inserted, in Unicode scalar values from its start: between
    /// the parentheses of `log()`, after `", "` in `println!("{}", )`, else at the end. Always
    /// [`cursor_offset`]`(&text)`, filled in when the suggestion is returned.
    pub cursor_offset: usize,
}

impl Suggestion {
    /// A suggestion of a given kind (`"keyword"`, `"return"`, `"type"`), its caret at the end of its text.
    #[must_use]
    pub fn of_kind(text: impl Into<String>, confidence: f64, kind: &'static str) -> Self {
        Self {
            text: text.into(),
            confidence,
            kind,
            cursor_offset: 0,
        }
    }

    /// A member of the receiver before the cursor (`append()` after `items.`), from a rule that knows it.
    #[must_use]
    pub fn member(text: impl Into<String>, confidence: f64) -> Self {
        Self {
            text: text.into(),
            confidence,
            kind: "member",
            cursor_offset: 0,
        }
    }

    /// A suggestion that finishes a language construct (a loop header, an arm, a closing tag, ...).
    #[must_use]
    pub fn construct(text: impl Into<String>, confidence: f64) -> Self {
        Self {
            text: text.into(),
            confidence,
            kind: "construct",
            cursor_offset: 0,
        }
    }
}

/// Why a request cannot be answered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CompletionError {
    /// The cursor lies past the end of the code.
    #[error("cursorPosition {cursor} is beyond the end of the code ({length} characters)")]
    CursorOutOfRange {
        /// The requested cursor.
        cursor: usize,
        /// The code's length in Unicode scalar values.
        length: usize,
    },
}

/// Ranked suggestions for the request, best first; empty when nothing fits.
///
/// # Errors
/// [`CompletionError::CursorOutOfRange`] when the cursor is past the end of the code.
pub fn suggest(request: &CompletionRequest<'_>) -> Result<Vec<Suggestion>, CompletionError> {
    let Some(cursor) = byte_offset(request.code, request.cursor) else {
        return Err(CompletionError::CursorOutOfRange {
            cursor: request.cursor,
            length: request.code.chars().count(),
        });
    };
    let profile = language::profile_for(request.language);
    let line_after = request
        .code
        .get(cursor..)
        .and_then(|after| after.split('\n').next())
        .unwrap_or("");
    // What an editor closed by itself (`print(|)`, `f"{|}"`) is set aside while the rules read the line, as if
    // the cursor ended it: they were written for a line being typed. What they propose is then cut to fit
    // against what is really there (`name}")` before `}")` -> `name`).
    // A statement's own `;` kept after the cursor while the developer edits it (`total += |;`) is set aside the
    // same way: the rules read `total += ` as a line being typed.
    let paired = line_after.trim_end();
    let set_aside = |code: &str| {
        let mut typed = String::with_capacity(code.len());
        typed.push_str(code.get(..cursor).unwrap_or(""));
        typed.push_str(code.get(cursor + paired.len()..).unwrap_or(""));
        typed
    };
    if auto_paired(paired) || paired == ";" {
        let typed = set_aside(request.code);
        let context = Context::new(&typed, cursor, profile);
        let ranked = finalize(line_after, propose(&context));
        return Ok(with_list_only(line_after, ranked, list_only(&context)));
    }
    // A block header's own `) {` after the cursor (`for (int n : |) {` edited in place) is read both ways: the
    // rules that read the block below need its `{`, those written for a header being typed need the line to end.
    if paired == ") {" {
        let typed = set_aside(request.code);
        let typed_context = Context::new(&typed, cursor, profile);
        let mut suggestions = propose(&typed_context);
        suggestions.extend(propose(&Context::new(request.code, cursor, profile)));
        let ranked = finalize(line_after, suggestions);
        return Ok(with_list_only(
            line_after,
            ranked,
            list_only(&typed_context),
        ));
    }
    let context = Context::new(request.code, cursor, profile);
    let ranked = finalize(context.line_after, propose(&context));
    Ok(with_list_only(
        context.line_after,
        ranked,
        list_only(&context),
    ))
}

/// Candidates for the popup only: likely enough to be listed among the first, not to be offered inline nor to
/// displace the rules' first suggestion (see [`with_list_only`]).
fn list_only(context: &Context<'_>) -> Vec<Suggestion> {
    let mut candidates = Vec::new();
    if context.scan.place == CursorPlace::Code {
        boolean_returns::listed(context, &mut candidates);
        numbered_names::complete(context, &mut candidates);
        result_values::listed(context, &mut candidates);
        control_flow::listed_clauses(context, &mut candidates);
    }
    candidates
}

/// `ranked` with the popup-only `candidates` placed by confidence after its first suggestion: that one (what
/// [`inline_suggestion`] offers or not) and its confidence stay as they are, and a candidate is never ranked above
/// it, its confidence lowered to the first's when higher (and always under the lowest inline bar, so that alone
/// in the list it is not offered inline either). A candidate the list already holds is not added again.
fn with_list_only(
    after_cursor: &str,
    mut ranked: Vec<Suggestion>,
    candidates: Vec<Suggestion>,
) -> Vec<Suggestion> {
    if candidates.is_empty() {
        return ranked;
    }
    // `false` is listed already as `false;`, or the other way round.
    let bare = |text: &str| text.trim_end_matches([';', ':', ' ']).to_owned();
    for mut candidate in finalize(after_cursor, candidates) {
        // Alone, it is listed but never offered inline: under the lowest inline bar.
        candidate.confidence = candidate
            .confidence
            .min(INLINE_NAME_CONFIDENCE.min(INLINE_HABIT_CONFIDENCE) - 0.01);
        if let Some(first) = ranked.first() {
            candidate.confidence = candidate.confidence.min(first.confidence);
        }
        // Listed already: moved up to the candidate's place if it ranked lower, never in the first's place.
        if let Some(listed) = ranked
            .iter()
            .position(|listed| bare(&listed.text) == bare(&candidate.text))
        {
            if listed == 0 || ranked[listed].confidence >= candidate.confidence {
                continue;
            }
            ranked.remove(listed);
        }
        if ranked.is_empty() {
            ranked.push(candidate);
            continue;
        }
        let at = ranked
            .iter()
            .skip(1)
            .position(|listed| listed.confidence < candidate.confidence)
            .map_or(ranked.len(), |offset| offset + 1);
        ranked.insert(at, candidate);
    }
    ranked.truncate(MAX_SUGGESTIONS);
    ranked
}

/// The closers an editor types by itself after an opener: a line after the cursor made only of these was not typed
/// by the user.
const AUTO_PAIRED: &str = ")]}\"'`";

/// Whether the rest of a line is an editor's closers, and the `;` that may end the statement after them
/// (`console.log(`${user.|}`);`).
fn auto_paired(rest_of_line: &str) -> bool {
    let closers = rest_of_line.trim_end().trim_end_matches(';');
    !closers.is_empty() && closers.chars().all(|c| AUTO_PAIRED.contains(c))
}

/// The suggestion to offer inline (the response's `suggestion`): the best one when its confidence reaches
/// [`INLINE_CONFIDENCE`] (or the bar of its kind: [`INLINE_NAME_CONFIDENCE`] for a name of the code,
/// [`INLINE_MEMBER_CONFIDENCE`] for a member, or [`NEAR_MEMBER_CONFIDENCE`] for one far ahead of the next,
/// [`INLINE_HABIT_CONFIDENCE`] for a habit of the file), else none.
#[must_use]
pub fn inline_suggestion(suggestions: &[Suggestion]) -> Option<&Suggestion> {
    let runner_up = suggestions.get(1).map_or(0.0, |next| next.confidence);
    suggestions.first().filter(|best| {
        let bar = match best.kind {
            "identifier" => INLINE_NAME_CONFIDENCE,
            "member" if best.confidence - runner_up >= MEMBER_LEAD => NEAR_MEMBER_CONFIDENCE,
            "member" => INLINE_MEMBER_CONFIDENCE,
            "habit" => INLINE_HABIT_CONFIDENCE,
            _ => INLINE_CONFIDENCE,
        };
        best.confidence >= bar
    })
}

/// Runs the rules that apply where the cursor is.
fn propose(context: &Context<'_>) -> Vec<Suggestion> {
    let mut suggestions = Vec::new();
    match context.scan.place {
        // Prose: nothing a rule could know.
        CursorPlace::Comment => {}
        // Inside a string only its closing makes sense, and the few values a call or a `case` names.
        CursorPlace::Literal(literal) => {
            environment::option_action(context, &literal, &mut suggestions);
            environment::variable_in_literal(context, &literal, &mut suggestions);
            control_flow::remaining_case(context, &literal, &mut suggestions);
            control_flow::next_string_of_series(context, &literal, &mut suggestions);
            control_flow::enum_constant_label(context, &literal, &mut suggestions);
            control_flow::literal_named_by_variant(context, &literal, &mut suggestions);
            control_flow::next_numbered_option(context, &mut suggestions);
            beginner_projects::letter_in_literal(context, &mut suggestions);
            competitive::in_literal(context, &mut suggestions);
            go::in_literal(context, &literal, &mut suggestions);
            javascript_projects::in_literal(context, &mut suggestions);
            javascript_library::in_literal(context, &literal, &mut suggestions);
            python::in_literal(context, &literal, &mut suggestions);
            idioms::interpolated_parameter(context, &mut suggestions);
            idioms::labelled_placeholder(context, &mut suggestions);
            mirrored_functions::in_literal(context, &mut suggestions);
            analogous_lines::complete(context, &mut suggestions);
            pages_and_data::in_literal(context, &literal, &mut suggestions);
            web_services::in_literal(context, &literal, &mut suggestions);
            parallel_lines::complete(context, &mut suggestions);
            closers::close_literal(context, &literal, &mut suggestions);
        }
        CursorPlace::Code => {
            (context.profile.constructs)(context, &mut suggestions);
            competitive::complete(context, &mut suggestions);
            idioms::complete(context, &mut suggestions);
            idioms::labelled_placeholder(context, &mut suggestions);
            import_syntax::complete(context, &mut suggestions);
            returns_self::complete(context, &mut suggestions);
            accessor_methods::complete(context, &mut suggestions);
            opposite_branches::complete(context, &mut suggestions);
            classic_exercises::complete(context, &mut suggestions);
            forwarded_arguments::complete(context, &mut suggestions);
            documented_parameters::complete(context, &mut suggestions);
            delegating_methods::complete(context, &mut suggestions);
            class_bodies::complete(context, &mut suggestions);
            annotated_items::complete(context, &mut suggestions);
            boolean_returns::complete(context, &mut suggestions);
            search_results::complete(context, &mut suggestions);
            parameter_types::complete(context, &mut suggestions);
            algorithms::complete(context, &mut suggestions);
            second_halves::complete(context, &mut suggestions);
            index_bounds::complete(context, &mut suggestions);
            graph_search::complete(context, &mut suggestions);
            linked_structures::complete(context, &mut suggestions);
            sorting::complete(context, &mut suggestions);
            counting_loop::complete(context, &mut suggestions);
            loop_steps::complete(context, &mut suggestions);
            loop_variables::complete(context, &mut suggestions);
            pipelines_and_objects::complete(context, &mut suggestions);
            library_objects::complete(context, &mut suggestions);
            wrapped_list::complete(context, &mut suggestions);
            geometry::complete(context, &mut suggestions);
            equality::complete(context, &mut suggestions);
            initial_values::complete(context, &mut suggestions);
            beginner_projects::complete(context, &mut suggestions);
            signatures::complete(context, &mut suggestions);
            type_annotations::complete(context, &mut suggestions);
            type_annotations::typescript_type(context, &mut suggestions);
            record_literals::complete(context, &mut suggestions);
            python_records::complete(context, &mut suggestions);
            python_scripts::complete(context, &mut suggestions);
            reported_values::complete(context, &mut suggestions);
            loop_results::complete(context, &mut suggestions);
            mirrored_functions::complete(context, &mut suggestions);
            mirrored_calls::complete(context, &mut suggestions);
            declared_types::complete(context, &mut suggestions);
            analogous_lines::complete(context, &mut suggestions);
            json_and_http::complete(context, &mut suggestions);
            javascript_tests::complete(context, &mut suggestions);
            web_services::complete(context, &mut suggestions);
            web_backends::complete(context, &mut suggestions);
            data_structures::complete(context, &mut suggestions);
            collection_idioms::complete(context, &mut suggestions);
            asynchronous::complete(context, &mut suggestions);
            control_flow::complete(context, &mut suggestions);
            parallel_lines::complete(context, &mut suggestions);
            repetition::complete(context, &mut suggestions);
            axis_symmetry::complete(context, &mut suggestions);
            later_uses::complete(context, &mut suggestions);
            field_choice::complete(context, &mut suggestions);
            cleanup_sequences::complete(context, &mut suggestions);
            status_codes::complete(context, &mut suggestions);
            receiver_arguments::complete(context, &mut suggestions);
            members::complete(context, &mut suggestions);
            names::complete(context, &mut suggestions);
            precedents::complete(context, &mut suggestions);
            closers::complete(context, &mut suggestions);
            members::prefer_namesake(context, &mut suggestions);
            members::named_by_tested_string(context, &mut suggestions);
            javascript_library::wrapped_member(context, &mut suggestions);
            c_idioms::complete(context, &mut suggestions);
            go_idioms::complete(context, &mut suggestions);
            members::keep_imports_sorted(context, &mut suggestions);
            unit_tests::complete(context, &mut suggestions);
            test_suites::complete(context, &mut suggestions);
            environment::complete(context, &mut suggestions);
            pages_and_data::complete(context, &mut suggestions);
            console_programs::complete(context, &mut suggestions);
            first_lines::complete(context, &mut suggestions);
            java_everyday::complete(context, &mut suggestions);
            system_programs::complete(context, &mut suggestions);
            record_fields::complete(context, &mut suggestions);
            record_fields::amend_record_sums(context, &mut suggestions);
            python::drop_names_defined_alongside(context, &mut suggestions);
            python::demote_function_locals(context, &mut suggestions);
            javascript_everyday::message_not_a_name(context, &mut suggestions);
        }
    }
    suggestions
}

/// Removes what is already typed after the cursor, merges duplicates, bounds and rounds the confidences, ranks.
fn finalize(after_cursor: &str, suggestions: Vec<Suggestion>) -> Vec<Suggestion> {
    let mut kept: Vec<Suggestion> = Vec::new();
    for mut suggestion in suggestions {
        let Some(text) = missing_text(&suggestion.text, after_cursor) else {
            continue;
        };
        if text.trim().is_empty() {
            continue;
        }
        suggestion.cursor_offset = cursor_offset(&text);
        suggestion.text = text;
        suggestion.confidence = (suggestion.confidence.clamp(0.01, 1.0) * 1000.0).round() / 1000.0;
        match kept
            .iter_mut()
            .find(|existing| existing.text == suggestion.text)
        {
            Some(existing) if existing.confidence < suggestion.confidence => *existing = suggestion,
            Some(_) => {}
            None => kept.push(suggestion),
        }
    }
    // A stable sort: on equal confidence, the rule that spoke first (the more specific one) stays first.
    kept.sort_by(|left, right| right.confidence.total_cmp(&left.confidence));
    kept.truncate(MAX_SUGGESTIONS);
    kept
}

/// The part of `text` still to insert given what follows the cursor on its line, or `None` if inserting any of it
/// would repeat or split what is there.
fn missing_text(text: &str, after_cursor: &str) -> Option<String> {
    // Whitespace already typed after the cursor (`return| `) need not be suggested again. It is counted in
    // characters, not bytes: a typed no-break or ideographic space (2 and 3 bytes) stands for one ASCII space.
    let leading_space = leading_whitespace(text);
    let typed_space = leading_whitespace(after_cursor);
    let skip = if leading_space > 0 && typed_space > 0 {
        leading_space.min(typed_space)
    } else {
        0
    };
    let text = without_first_characters(text, skip);
    let after_cursor = without_first_characters(after_cursor, skip);
    if after_cursor.starts_with(text) {
        return None;
    }
    // Only closers after the cursor (an editor's auto-pairs, `print(|)`): they stand for the suggestion's own
    // closers of what was opened before the cursor, and a `;` or `:` after those cannot be inserted before them.
    // `name}")` before `}")` -> `name`; `...numbers);` before `)` -> `...numbers`; `len(items)):` before `)` ->
    // `len(items)`; `random()` before `)` stays whole (`Math.floor(Math.random())`).
    if auto_paired(after_cursor) {
        let closers = after_cursor.trim_end().trim_end_matches(';');
        // A string's text finished with its quote (`ick'` after `('cl`) before the editor's own quote (`')`):
        // the text alone, which that quote closes. So is one that a list's `,` follows (`BLUE",` in an enum, an
        // event's `click", ` before its handler).
        if let Some(value) = text
            .trim_end_matches([',', ';', ' '])
            .strip_suffix(['"', '\'', '`'])
            && let Some(quote) = text.get(value.len()..=value.len())
            && closers.starts_with(quote)
            && !value.is_empty()
            && !value.contains(quote)
            && brackets_balanced(value)
        {
            return Some(value.to_owned());
        }
        // A block's ` {` after them is the developer's to type past the editor's closers (`2") {` before `")`), and
        // so is a list's `,` (`Banned"),` before `")`).
        let split = text.char_indices().map(|(at, _)| at).find(|&at| {
            text.get(at..).is_some_and(|rest| {
                rest.strip_suffix(" {")
                    .unwrap_or(rest)
                    .trim_end_matches([';', ':', ','])
                    == closers
            }) && text.get(..at).is_some_and(brackets_balanced)
        });
        return match split {
            Some(0) => None,
            Some(at) => text.get(..at).map(str::to_owned),
            // A whole call (`random()`) goes in as it is.
            None if brackets_balanced(text) => Some(text.to_owned()),
            // Closers that do not line up with the ones typed (`name}"` before `})"`, a bracket of the string's
            // text closed by the editor, a block's ` {` after the `)` typed: `npos) {` before `)`): the value
            // alone, which the closers typed then close.
            // A quote of the value's own that the editor's closers would end instead (`\n", avg` before `")`)
            // leaves the line broken: nothing then.
            None => {
                // A closer of what was opened before the cursor ends the value there: `index) => {` before `))`
                // -> `index`, `find()) {` before `)` -> `find()` (the editor's `)` closes the rest).
                let cut = before_unopened_closer(text);
                let value = if cut.len() < text.len() {
                    cut.trim_end()
                } else {
                    text.trim_end_matches(|c| BRACKETS_AND_ENDINGS.contains(c) || c == ' ')
                };
                let quote_left_open = ['"', '\'', '`']
                    .iter()
                    .any(|&quote| closers.contains(quote) && value.matches(quote).count() % 2 == 1);
                (!value.is_empty() && brackets_balanced(value) && !quote_left_open)
                    .then(|| value.to_owned())
            }
        };
    }
    // A name retyped before a call that is already there (`btn.addEv|("click", save)`, `items.pu|(x)`): the
    // call's own parentheses and arguments stay, so only the name is missing (`entListener`, not `entListener()`).
    if after_cursor.starts_with('(')
        && let Some(open) = text.find('(')
        && open > 0
        && text
            .get(..open)
            .is_some_and(|name| name.chars().all(lexer::is_identifier_char))
    {
        return text.get(..open).map(str::to_owned);
    }
    // The suggestion's whole ending already typed after the cursor (`nums) {` before `) {` in an edited
    // `for (int n : |) {`): what comes before it is missing.
    let rest_of_line = after_cursor.trim_end();
    if !rest_of_line.is_empty()
        && let Some(value) = text.strip_suffix(rest_of_line)
        && !value.trim().is_empty()
        && brackets_balanced(value)
    {
        return Some(value.trim_end().to_owned());
    }
    // A block header's own `) {` after the cursor (`while (|) {`, `if (|) {`) closes the header, not the
    // suggestion: a whole call (`sc.hasNextLine()`) goes in as it is.
    let header_close = after_cursor
        .strip_prefix(')')
        .is_some_and(|rest| rest.trim_start().starts_with('{'));
    if header_close && brackets_balanced(text) && !text.starts_with(')') {
        return Some(text.to_owned());
    }
    // `g()` with `)` already after the cursor: suggest `g(`.
    let tail = text.len()
        - text
            .trim_end_matches(|character| BRACKETS_AND_ENDINGS.contains(character))
            .len();
    for overlap in (1..=tail).rev() {
        let start = text.len() - overlap;
        if text
            .get(start..)
            .is_some_and(|ending| after_cursor.starts_with(ending))
        {
            return text.get(..start).map(str::to_owned);
        }
    }
    if let Some(next) = after_cursor.chars().next() {
        let starts_like = |predicate: &dyn Fn(char) -> bool| {
            predicate(next) && text.starts_with(|c: char| predicate(c))
        };
        // Inserting before the same closer, or in the middle of a word, would break what is there.
        if starts_like(&|c| BRACKETS_AND_ENDINGS.contains(c))
            || starts_like(&lexer::is_identifier_char)
        {
            return None;
        }
    }
    Some(text.to_owned())
}

/// `text` up to the first bracket it closes without having opened it (all of it when there is none).
fn before_unopened_closer(text: &str) -> &str {
    let mut depth = 0usize;
    for (at, character) in text.char_indices() {
        match character {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => match depth.checked_sub(1) {
                Some(less) => depth = less,
                None => return text.get(..at).unwrap_or(""),
            },
            _ => {}
        }
    }
    text
}

/// Whether every bracket `text` opens it also closes, and it closes none it did not open.
fn brackets_balanced(text: &str) -> bool {
    let mut depth = 0usize;
    for character in text.chars() {
        match character {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => match depth.checked_sub(1) {
                Some(less) => depth = less,
                None => return false,
            },
            _ => {}
        }
    }
    depth == 0
}

/// How many whitespace characters `text` starts with.
fn leading_whitespace(text: &str) -> usize {
    text.chars()
        .take_while(|character| character.is_whitespace())
        .count()
}

/// `text` without its first `count` characters (empty if it has no more).
fn without_first_characters(text: &str, count: usize) -> &str {
    text.char_indices()
        .nth(count)
        .and_then(|(index, _)| text.get(index..))
        .unwrap_or("")
}

/// Where the caret goes inside an inserted `text`, in Unicode scalar values from its start.
///
/// Right after the first `", "` that a closing bracket follows (`println!("{}", |)`: the argument comes next), else
/// between the last empty pair of brackets when only closers and `;` follow it (`log(|)`, `#[derive(|)]`,
/// `print(|);`), else at the end of the text (`range(|`, a whole statement, a closing quote).
#[must_use]
pub fn cursor_offset(text: &str) -> usize {
    let characters: Vec<char> = text.chars().collect();
    let closer = |c: char| matches!(c, ')' | ']' | '}' | '>');
    for index in 0..characters.len().saturating_sub(2) {
        if characters[index] == ',' && characters[index + 1] == ' ' && closer(characters[index + 2])
        {
            return index + 2;
        }
    }
    let tail_start = characters
        .iter()
        .rposition(|&c| !(closer(c) || c == ';' || c == '"' || c == '\''))
        .map_or(0, |index| index + 1);
    // The empty pair must end the text's meaningful part: `log()` or `f(g())`, never `a() + b`.
    if tail_start > 0 && tail_start < characters.len() {
        let opener = characters[tail_start - 1];
        let pairs = [
            ('(', ')'),
            ('[', ']'),
            ('{', '}'),
            ('<', '>'),
            ('"', '"'),
            ('\'', '\''),
        ];
        if pairs
            .iter()
            .any(|&(open, close)| open == opener && characters[tail_start] == close)
        {
            return tail_start;
        }
    }
    characters.len()
}

/// The byte offset of the `cursor`-th scalar value of `code`, or `None` past its end.
#[must_use]
pub fn byte_offset(code: &str, cursor: usize) -> Option<usize> {
    // Fast path: an ASCII prefix counts bytes and characters alike.
    if code.as_bytes().get(..cursor).is_some_and(<[u8]>::is_ascii) {
        return Some(cursor);
    }
    let mut characters = code.chars();
    match cursor.checked_sub(1) {
        None => Some(0),
        Some(last) => {
            characters.nth(last)?;
            Some(code.len() - characters.as_str().len())
        }
    }
}
