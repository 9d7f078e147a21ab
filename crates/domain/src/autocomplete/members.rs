//! Completing a member after `.`, `::`, `->` or `?.`: `os.pa` -> `th`, `console.` -> `log()`, `self.` -> `name`.
//!
//! Three sources are merged: the members the code writes after the same receiver elsewhere (`obj.method(` seen
//! earlier; those whose receiver followed the same token as the cursor's, `if self.` or `= self.`, count more),
//! tables of well-known members that the language module says apply to the receiver (a module, a global object, a
//! type inferred from a declaration), and members the language module reads from the code itself (attributes
//! assigned in a Python class, variants of a Rust enum). Once every rule has spoken, a member named like the name
//! it is given to (`options = self.options`, `class Codec(codecs.Codec)`) is raised, or listed if none proposed it;
//! under a branch testing a key against one string (`strcmp(key, "port") == 0`), the member of that name is.
//! A chain's line of its own (`    .iter()⏎    .su`) completes a member of the whole chain above it, from the names
//! the file writes after a `.`.
//! A container's argument-less method typed out whole (`queue.isEmpty`, `v.end`) is called and its line closed.

use std::collections::HashSet;

use super::Suggestion;
use super::cursor::{Context, MemberAccess, indentation};
use super::language::Language;
use super::ranking::{Candidate, Candidates, evidence_score, push_ranked};

/// How many member completions to offer.
const LIMIT: usize = 4;
/// The highest confidence of a member the code or a table vouches for.
pub(super) const KNOWN_CAP: f64 = 0.9;
/// How many uses of the receiver's members in the code halve the weight of its tables.
const CODE_USES_OVER_TABLES: u32 = 3;
/// The confidence of the one built-in member some letters begin, the receiver's type being unknown: just over the
/// inline bar.
const DISTINCTIVE_CAP: f64 = 0.87;
/// The highest confidence of a member guessed from a table of common methods, the receiver's type being unknown.
pub(super) const GUESS_CAP: f64 = 0.55;

/// A table of members, each written as its name and what follows it: `"log()"`, `"path"`, `"vector<"`.
#[derive(Debug, Clone, Copy)]
pub(super) struct MemberTable {
    /// The entries, most used first.
    pub entries: &'static [&'static str],
    /// How strongly the table applies (1 for a known module, less for a guess).
    pub weight: f64,
    /// The highest confidence its entries may get.
    pub cap: f64,
}

impl MemberTable {
    /// A table that certainly applies (a module or type the code names).
    pub const fn known(entries: &'static [&'static str]) -> Self {
        Self {
            entries,
            weight: 1.0,
            cap: KNOWN_CAP,
        }
    }

    /// The one built-in member some letters begin, for a receiver of unknown type ([`distinctive_builtin`]):
    /// shown inline, below what a rule knows of the receiver.
    pub const fn distinctive(entries: &'static [&'static str]) -> Self {
        Self {
            entries,
            weight: 1.0,
            cap: DISTINCTIVE_CAP,
        }
    }

    /// A table of common members for a receiver of unknown type.
    pub const fn guess(entries: &'static [&'static str]) -> Self {
        Self {
            entries,
            weight: 0.5,
            cap: GUESS_CAP,
        }
    }
}

/// The one member of the built-in types' `tables` that `prefix` begins, as a table of one, for a receiver whose
/// type the code does not show: `name.toUpp` -> `toUpperCase()`, `line.stri` -> `strip()`. Where several begin
/// so, the shortest when it begins all the others (`tr` -> `trim()`, not `trimStart()`); none when two others do
/// (`s` -> `split()` or `slice()`). Two letters at least, and two fifths of the name: fewer say too little (`set`
/// begins `setdefault()`, and every setter). None either where the code writes
/// another member those letters begin (`.content` somewhere: `m.con` is not `concat()`), nor on a `package` or
/// `import` line, whose dots separate packages.
pub(super) fn distinctive_builtin(
    context: &Context<'_>,
    tables: &[&'static [&'static str]],
) -> Option<&'static [&'static str]> {
    let prefix = context.prefix;
    let declaration = context.line_before.trim_start();
    if prefix.len() < 2 || declaration.starts_with("import ") || declaration.starts_with("package ")
    {
        return None;
    }
    let mut matching: Vec<&'static &'static str> = Vec::new();
    for table in tables {
        for entry in table.iter() {
            let name = split_entry(entry).0;
            if name.len() <= prefix.len() || !name.starts_with(prefix) {
                continue;
            }
            match matching.iter().find(|found| split_entry(found).0 == name) {
                None => matching.push(entry),
                // `length` of an array, `length()` of a string: the name is sure, how it is used is not.
                Some(found) if found != &entry => return None,
                Some(_) => {}
            }
        }
    }
    let shortest = *matching
        .iter()
        .min_by_key(|entry| split_entry(entry).0.len())?;
    let stem = split_entry(shortest).0;
    if prefix.len() * 5 < stem.len() * 2 {
        return None;
    }
    if !matching
        .iter()
        .all(|entry| split_entry(entry).0.starts_with(stem))
    {
        return None;
    }
    let separated = format!(".{prefix}");
    let other_member = context.code.match_indices(&separated).any(|(at, _)| {
        let name_start = at + 1;
        let rest = context.code.get(name_start..).unwrap_or("");
        let name = &rest[..super::lexer::identifier_end(rest)];
        name_start != context.cursor - prefix.len() && !name.starts_with(stem)
    });
    (!other_member).then(|| std::slice::from_ref(shortest))
}

/// What a language module knows about a receiver's members.
#[derive(Debug, Default)]
pub(super) struct MemberHints {
    /// Tables that apply.
    pub tables: Vec<MemberTable>,
    /// Members read from the code: name, suffix and score.
    pub found: Vec<(String, &'static str, f64)>,
}

/// Looks a receiver up in a list of `(receiver, entries)` tables.
pub(super) fn table_for(
    tables: &'static [(&'static str, &'static [&'static str])],
    receiver: &str,
) -> Option<&'static [&'static str]> {
    tables
        .iter()
        .find(|(name, _)| *name == receiver)
        .map(|(_, entries)| *entries)
}

/// Splits a table entry into its name and what follows it.
fn split_entry(entry: &'static str) -> (&'static str, &'static str) {
    let name_length = entry
        .find(|character: char| !super::lexer::is_identifier_char(character))
        .unwrap_or(entry.len());
    entry.split_at(name_length)
}

/// The operators across which two objects' same member is compared or combined (`this.length += right.`,
/// `a.size() == b.`).
const MIRRORING_OPERATORS: &[&str] = &[
    "+=", "-=", "===", "!==", "==", "!=", "<=", ">=", "<", ">", "-", "+",
];

/// `this.length += right.` -> `length`, `a.size() < b.` -> `size()`: on the other side of a comparison or of an
/// arithmetic operator, an object's member is most often the one the left side used (on the corpus, 15 times of 20
/// in the three seeds' member cuts).
fn mirrored_member(context: &Context<'_>, access: &MemberAccess<'_>, out: &mut Vec<Suggestion>) {
    if !super::lexer::is_plain_name(access.receiver) || !context.at_line_end() {
        return;
    }
    let Some(left) = context.before_receiver(access).map(str::trim_end) else {
        return;
    };
    let Some(left) = MIRRORING_OPERATORS
        .iter()
        .find_map(|operator| left.strip_suffix(operator))
        .map(str::trim_end)
    else {
        return;
    };
    let (left, called) = match left.strip_suffix("()") {
        Some(left) => (left, true),
        None => (left, false),
    };
    let start = super::lexer::trailing_identifier_start(left);
    let member = &left[start..];
    let Some(receiver) = left[..start].strip_suffix(access.separator) else {
        return;
    };
    let receiver = &receiver[super::lexer::trailing_identifier_start(receiver)..];
    let preceded_by_member =
        left[..start - access.separator.len() - receiver.len()].ends_with(['.', '>', ':']);
    if member.is_empty()
        || receiver.is_empty()
        || receiver == access.receiver
        || preceded_by_member
        || !member.starts_with(context.prefix)
        || member.len() <= context.prefix.len()
        || names_module_or_type(context, access.receiver)
    {
        return;
    }
    let suffix = if called { "()" } else { "" };
    out.push(Suggestion::member(
        format!("{}{suffix}", &member[context.prefix.len()..]),
        0.9,
    ));
}

/// `total / nums.` -> `length`, `sum / scores.` -> `size()`: a collection divides a total by how many it holds (an
/// average), in each language's spelling: JavaScript's `length`, Java's and C++'s `size()` (a Java array's
/// `length`), Rust's `len()`.
fn count_as_divisor(context: &Context<'_>, access: &MemberAccess<'_>, out: &mut Vec<Suggestion>) {
    if !super::lexer::is_plain_name(access.receiver) || !context.at_line_end() {
        return;
    }
    // A division written as one (`total / nums.`), not a path (`#include <bits/vector.`) nor `std::`.
    let divides = access.separator == "."
        && !context.line_before.trim_start().starts_with('#')
        && context
            .before_receiver(access)
            .is_some_and(|before| before.ends_with(" / ") || before.ends_with(")/"));
    if !divides || names_module_or_type(context, access.receiver) {
        return;
    }
    // C++ and Java divide by a container the code declared as one (`std::vector<int> v`, `List<Integer> xs`).
    let declared_container = || {
        context.code_lines_above().take(50).any(|line| {
            super::lexer::contains_word(line, access.receiver)
                && [
                    "vector",
                    "array",
                    "string",
                    "deque",
                    "List",
                    "Set",
                    "Collection",
                    "[]",
                ]
                .iter()
                .any(|container| line.contains(container))
        })
    };
    if matches!(context.profile.language, Language::Cpp | Language::Java) && !declared_container() {
        return;
    }
    let java_array = || {
        context
            .code_before_line()
            .lines()
            .rev()
            .take(50)
            .any(|line| line.contains("[] ") && super::lexer::contains_word(line, access.receiver))
    };
    let count = match context.profile.language {
        Language::JavaScript | Language::TypeScript => "length",
        Language::Java if java_array() => "length",
        Language::Java | Language::Cpp => "size()",
        Language::Rust => "len()",
        _ => return,
    };
    if let Some(rest) = count.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::member(rest, 0.88));
    }
}

/// How many lines at a file's top are read for its imports.
const IMPORT_LINES: usize = 200;

/// Whether `receiver` is a module, a package or a type rather than an object: `token.` (`import token`), Go's
/// `"go/token"`, `Math.`. Its members are its constants and functions, not an object's fields.
fn names_module_or_type(context: &Context<'_>, receiver: &str) -> bool {
    if receiver.starts_with(char::is_uppercase) {
        return true;
    }
    let quoted_path = format!("/{receiver}\"");
    let quoted_name = format!("\"{receiver}\"");
    // Imports head a file: its first lines are enough (the rule must stay cheap on a 10,000-line file).
    context
        .code_before_line()
        .lines()
        .take(IMPORT_LINES)
        .any(|line| {
            let line = line.trim();
            (line.starts_with("import ") || line.starts_with("from ") || line.starts_with("use "))
                && super::lexer::contains_word(line, receiver)
                || line.ends_with(&quoted_path)
                || line.ends_with(&quoted_name)
        })
}

/// The container methods that give no value to use: never the value of a `return`, an assignment or a compared
/// argument. C++'s and Rust's return nothing; Java's `add` returns a success flag no one assigns to a `String`.
fn value_less_mutators(language: Language) -> &'static [&'static str] {
    match language {
        Language::Cpp => &[
            "push_back",
            "pop_back",
            "push_front",
            "pop_front",
            "push",
            "pop",
            "clear",
            "reserve",
            "resize",
            "swap",
        ],
        Language::Java => &[
            "add", "addAll", "addFirst", "addLast", "clear", "forEach", "sort", "removeIf",
        ],
        Language::Rust => &[
            "push",
            "push_str",
            "push_back",
            "push_front",
            "clear",
            "sort",
            "sort_by",
            "sort_by_key",
            "sort_unstable",
            "extend",
            "truncate",
            "reverse",
            "retain",
        ],
        _ => &[],
    }
}

/// Appends completions of the member being typed.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.member else { return };
    let first = out.len();
    members_of(context, &access, out);
    compared_with_itself(context, &access, out, first);
    find_in_finder(context, out, first);
    paired_call(context, &access, out);
}

/// `t.` opening a statement after `t.start()` was called on it -> `join()` (a thread's), `executor.` after its
/// `submit(...)` -> `shutdown();`, `spinner.` after `start()` -> `stop()`, `vi.` after `useFakeTimers()` ->
/// `useRealTimers()`, `lock.` after `acquire()` -> `release()`: what began is ended, once.
fn paired_call(context: &Context<'_>, access: &MemberAccess<'_>, out: &mut Vec<Suggestion>) {
    /// How many lines above are read for the call that began.
    const LINES: usize = 40;
    let statement = context.before_prefix().trim_start();
    // An object's own methods (`self.acquire()`) are its business, not a pair to end.
    if access.separator != "."
        || statement != format!("{}.", access.receiver)
        || !context.at_line_end()
        || matches!(access.receiver, "self" | "this")
    {
        return;
    }
    let call_on = format!("{}.", access.receiver);
    let mut began = None;
    for line in context.code_lines_above().take(LINES) {
        let Some(call) = line.strip_prefix(&call_on) else {
            continue;
        };
        let name = super::lexer::leading_identifier(call);
        // A call, not a field (`this.start = node`).
        if !call
            .get(name.len()..)
            .is_some_and(|rest| rest.starts_with('('))
        {
            continue;
        }
        if matches!(
            name,
            "join" | "stop" | "shutdown" | "useRealTimers" | "release" | "unlock"
        ) {
            return;
        }
        if matches!(
            name,
            "start" | "submit" | "execute" | "useFakeTimers" | "acquire" | "lock"
        ) {
            began = Some(name);
            break;
        }
    }
    let Some(began) = began else {
        return;
    };
    let thread = context.code.contains("Thread(")
        || context.code.contains("thread::spawn")
        || access.receiver.to_ascii_lowercase().contains("thread")
        || context
            .enclosing_lines()
            .next()
            .is_some_and(|header| header.contains(" in threads") || header.contains(": threads"));
    let ending = match began {
        "start" if thread => "join",
        "start" => "stop",
        "submit" | "execute" => "shutdown",
        "useFakeTimers" => "useRealTimers",
        "acquire" => "release",
        _ => "unlock",
    };
    let end = super::idioms::terminator(context);
    if let Some(rest) = format!("{ending}(){end}")
        .strip_prefix(context.prefix)
        .filter(|rest| !rest.is_empty())
    {
        out.push(Suggestion::member(rest, 0.88));
    }
}

/// `users.iter().fi` (`users.fi`) in `find_user` -> `nd()`, not `lter()`: a function named for finding one item
/// (or, in Rust, returning an `Option`) finds it; filtering would give back many.
fn find_in_finder(context: &Context<'_>, out: &mut [Suggestion], first: usize) {
    let prefix = context.prefix;
    if prefix.is_empty() || !"find".starts_with(prefix) {
        return;
    }
    let Some(function) = super::statements::enclosing_function(context) else {
        return;
    };
    let finder = super::lexer::folded_name(function.name).starts_with("find")
        || (context.profile.language == Language::Rust
            && function
                .results
                .first()
                .is_some_and(|result| result.starts_with("Option<")));
    if !finder {
        return;
    }
    let completes = |suggestion: &Suggestion, name: &str| {
        format!("{prefix}{}", suggestion.text).starts_with(&format!("{name}("))
    };
    let Some(filter) = out
        .iter()
        .skip(first)
        .position(|suggestion| completes(suggestion, "filter"))
    else {
        return;
    };
    let Some(find) = out
        .iter()
        .skip(first)
        .position(|suggestion| completes(suggestion, "find"))
    else {
        return;
    };
    let (filter, find) = (first + filter, first + find);
    let (high, low) = (out[filter].confidence, out[find].confidence);
    if high > low {
        out[find].confidence = high;
        out[filter].confidence = low;
    }
}

/// How sure a C buffer's size field is past its storage (`buf->data + buf->` -> `len`).
const SIZE_PAST_STORAGE: f64 = 0.86;

/// `if len(self._data) > self.` -> not `_data`: a comparison's right side names another value than its left
/// side's (the capacity the size is checked against); the member stays listed, below the inline bar. The same for
/// a sum or difference whose left operand is that member (`buf->data + buf->` -> not `data`; a C buffer's size
/// field, `len`, is offered there).
fn compared_with_itself(
    context: &Context<'_>,
    access: &MemberAccess<'_>,
    out: &mut [Suggestion],
    first: usize,
) {
    let Some(before) = context.before_receiver(access) else {
        return;
    };
    let compared = [" > ", " < ", " >= ", " <= ", " == ", " != "]
        .iter()
        .find_map(|operator| before.strip_suffix(operator));
    let added = [" + ", " - "]
        .iter()
        .find_map(|operator| before.strip_suffix(operator));
    let (left, operand_only) = match (compared, added) {
        (Some(left), _) => (left, false),
        (None, Some(left)) => (left, true),
        (None, None) => return,
    };
    for suggestion in out.iter_mut().skip(first) {
        let word = suggestion.text.trim_end_matches("()");
        let named = format!(
            "{}{}{}{word}",
            access.receiver, access.separator, context.prefix
        );
        // A sum's left operand is the member itself, not a longer name ending like it.
        let is_operand = left.strip_suffix(named.as_str()).is_some_and(|rest| {
            rest.chars()
                .next_back()
                .is_none_or(|c| !super::lexer::is_identifier_char(c) && c != '.' && c != '>')
        });
        let same = if operand_only {
            is_operand
        } else {
            super::lexer::contains_word(left, &named)
        };
        if !word.is_empty() && same {
            suggestion.confidence = suggestion.confidence.min(NAMESAKE_GUESS);
        }
    }
    // `buf->data + buf->` -> `len`: past a C buffer's storage by how much it holds, the end where text is added.
    let storage = ["data", "buf", "buffer", "items", "elems", "ptr", "base"]
        .iter()
        .any(|field| {
            left.strip_suffix(&format!("{}{}{field}", access.receiver, access.separator))
                .is_some_and(|rest| rest.ends_with(['(', ' ', ',']) || rest.is_empty())
        });
    if operand_only
        && storage
        && context.prefix.is_empty()
        && matches!(context.profile.language, Language::C | Language::Cpp)
    {
        let size = ["len", "length", "size", "used", "count"]
            .iter()
            .find_map(|name| {
                out.iter()
                    .skip(first)
                    .position(|suggestion| suggestion.text == *name)
            });
        if let Some(size) = size.and_then(|index| out.get_mut(first + index)) {
            size.confidence = size.confidence.max(SIZE_PAST_STORAGE);
        }
    }
}

/// The members proposed for `access`: the code's own, the tables', and the rules of each kind of receiver.
fn members_of(context: &Context<'_>, access: &MemberAccess<'_>, out: &mut Vec<Suggestion>) {
    let access = *access;
    finished_call(context, out);
    mirrored_member(context, &access, out);
    count_as_divisor(context, &access, out);
    let prefix = context.prefix;
    let hints = (context.profile.member_hints)(context, &access);
    let own_class = (context.profile.language == Language::Python && access.receiver == "self")
        .then(|| own_class_text(context))
        .flatten()
        .map(|texts| class_names(&texts));
    let just_called = context
        .member_starts_statement(&access)
        .then(|| context.previous_code_line())
        .flatten()
        .and_then(|line| {
            line.trim()
                .trim_end_matches(';')
                .strip_prefix(access.receiver)?
                .strip_prefix(access.separator)?
                .strip_suffix("()")
        });
    // A Tk widget is laid out once: under `entry.grid(row=0, column=1)` the next `entry.` is its focus or its
    // bindings, not a second `grid()`.
    let just_laid_out = context
        .member_starts_statement(&access)
        .then(|| context.previous_code_line())
        .flatten()
        .and_then(|line| {
            let call = line
                .trim()
                .strip_prefix(access.receiver)?
                .strip_prefix(access.separator)?;
            let (name, _) = call.split_once('(')?;
            matches!(name, "pack" | "grid" | "place").then_some(name)
        });
    let mut candidates = Candidates::default();
    for stats in &context.scan.members {
        let suffix = if stats.called { "()" } else { "" };
        // The share of its uses after the same token as the cursor's receiver (`if self.` -> a flag, `= self.`
        // -> a value): on the corpus, the first member was right 1 to 6 points more often with it.
        let same_context =
            1.0 + 3.0 * f64::from(stats.after_same_token) / f64::from(stats.count.max(1));
        let mut score = 1.5 * evidence_score(stats, false) * same_context;
        if own_class
            .as_ref()
            .is_some_and(|names| !names.contains(stats.name))
        {
            score *= FOREIGN_ATTRIBUTE_WEIGHT;
        }
        candidates.merge(Candidate {
            name: stats.name.to_owned(),
            suffix,
            score,
            cap: KNOWN_CAP,
            kind: "member",
        });
    }
    for (name, suffix, score) in hints.found {
        if name.len() > prefix.len() && name.starts_with(prefix) {
            candidates.merge(Candidate {
                name,
                suffix,
                score,
                cap: KNOWN_CAP,
                kind: "member",
            });
        }
    }
    // Without a typed letter, a guess from common methods would be made up: only known tables speak then.
    let tables = hints
        .tables
        .iter()
        .filter(|table| !prefix.is_empty() || table.cap > GUESS_CAP);
    // Where the code already wrote members of the receiver, its own habits say more than a table of everyone's
    // (`unsafe.Pointer` used ten times, `unicode.IsUpper` a line above).
    let code_uses: u32 = context.scan.members.iter().map(|stats| stats.count).sum();
    let table_weight = if code_uses >= CODE_USES_OVER_TABLES {
        0.5
    } else {
        1.0
    };
    let go_type_position =
        context.profile.language == Language::Go && in_go_type_position(context, &access);
    // A keyword argument's value (`stdout=subprocess.`, `timeout=socket.`) is mostly one of the module's
    // constants (`PIPE`), not its most used function.
    let keyword_argument = context.profile.language == Language::Python
        && context.before_receiver(&access).is_some_and(|before| {
            before
                .strip_suffix('=')
                .is_some_and(|name| name.ends_with(super::lexer::is_identifier_char))
                && before.matches('(').count() > before.matches(')').count()
        });
    for table in tables {
        let mut popularity = 3.0 * table.weight * table_weight;
        for &entry in table.entries {
            let (name, suffix) = split_entry(entry);
            if go_type_position && suffix == "()" {
                // `var p unsafe.`, `k *big.`: a type is named there, and a table's functions are none.
                popularity *= 0.55;
                continue;
            }
            // `console.log|` -> `()`: a complete name may still take its call parentheses.
            let completes = name.len() > prefix.len() || (name == prefix && !suffix.is_empty());
            if completes && name.starts_with(prefix) {
                let candidate = Candidate {
                    name: name.to_owned(),
                    suffix,
                    score: popularity,
                    cap: table.cap,
                    kind: "member",
                };
                candidates.merge(candidate);
            }
            popularity *= 0.55;
        }
    }
    if keyword_argument {
        for candidate in candidates.iter_mut() {
            let constant = candidate.name.chars().any(|c| c.is_ascii_uppercase())
                && !candidate.name.chars().any(|c| c.is_ascii_lowercase());
            if constant {
                candidate.score *= 8.0;
            }
        }
    }
    // A value is wanted after `return `, `= ` or as what an assertion compares, and a container's mutators give
    // none (`return adj[u].` is not `push_back()`, `assert_eq!(stack.` not `push()`, however often the code
    // pushed to it).
    let wants_value = context.before_receiver(&access).is_some_and(|before| {
        let before = before.trim_end();
        before.ends_with("return")
            || before.ends_with(" =")
            || ["assert_eq!(", "assert_ne!(", "assertEquals("]
                .iter()
                .any(|assertion| before.ends_with(assertion))
    });
    // `boolean added = seen.add(x);` does take Java's success flag.
    let flag_wanted = context.line_before.trim_start().starts_with("boolean ");
    let mutators = value_less_mutators(context.profile.language);
    if wants_value && !flag_wanted && !mutators.is_empty() {
        let mut kept = Candidates::default();
        for candidate in candidates.into_vec() {
            if !mutators.contains(&candidate.name.as_str()) {
                kept.merge(candidate);
            }
        }
        candidates = kept;
    }
    // A table's suffix says how the member is used (`log()`), which a bare code occurrence may not show.
    for candidate in candidates.iter_mut() {
        if let Some(suffix) = hints_suffix(&hints.tables, &candidate.name) {
            candidate.suffix = suffix;
        }
    }
    // Right after the separator with nothing typed, the member is a guess among many: below the inline bar,
    // except a well-known module's most used member that the code does not contradict (`console.` -> `log()`).
    let damping = if prefix.is_empty() { 0.8 } else { 1.0 };
    let first = out.len();
    let leader = hints
        .tables
        .iter()
        .find(|table| table.cap > GUESS_CAP)
        .and_then(|table| table.entries.first())
        .map(|entry| split_entry(entry).0);
    // `std::` leads to `cout` only where a statement starts; elsewhere it is any of hundreds of names.
    let statement_start = context.member_starts_statement(&access);
    // A base class (`class TestMath(Base, unittest.`) is not the module's most used function.
    let in_class_header = context
        .before_receiver(&access)
        .is_some_and(|before| before.trim_start().starts_with("class "));
    let code_silent = context.scan.members.is_empty()
        && is_module_or_global(context, access.receiver)
        && (access.receiver != "std" || statement_start)
        && !in_class_header
        && !keyword_argument;
    let mut candidates = candidates.into_vec();
    // `writer.writeheader()` on the line above is done: the same call without arguments is not made twice in a
    // row (`writer.` -> `writerows(...)` next).
    candidates.retain(|candidate| {
        just_called != Some(candidate.name.as_str())
            && just_laid_out != Some(candidate.name.as_str())
    });
    if let Some(floor) = sorted_import_floor(context, &access) {
        candidates.retain(|candidate| floor.admits(&candidate.name));
    }
    push_ranked(prefix, candidates, damping, LIMIT, out);
    // `var p unsafe.Pointer`, `stat *syscall.Stat_t`: a type is named, not called (a conversion seen elsewhere,
    // `unsafe.Pointer(p)`, made it look called); so is a function given to a `...Func`
    // (`strings.TrimLeftFunc(s, unicode.IsSpace)`).
    if go_type_position
        || context.profile.language == Language::Go && passed_as_function(context, &access)
    {
        for suggestion in out.iter_mut().skip(first) {
            if let Some(bare) = suggestion.text.strip_suffix("()") {
                suggestion.text = bare.to_owned();
            }
        }
    }
    // The module's most used member, a test (`Contains`), cannot be what a variable named for no test's answer
    // holds (`s = strings.`), nor a value whose length is taken (`len(strings.`), ranged over or returned as a
    // `string`.
    let test_assigned = leader
        .is_some_and(|leader| matches!(leader, "Contains" | "HasPrefix" | "HasSuffix"))
        && (context.assignment_target(&access).is_some_and(|target| {
            let name = target.trim_end_matches(':').trim();
            let name = name.rsplit(' ').next().unwrap_or(name).to_ascii_lowercase();
            !["is", "has", "ok", "found", "contain", "match", "valid"]
                .iter()
                .any(|word| name.starts_with(word))
        }) || context.before_receiver(&access).is_some_and(|before| {
            let before = before.trim_end();
            // Nor what a loop ranges over, nor what a function returns unless it answers a test.
            before.ends_with("len(")
                || before.ends_with(" range")
                || (before.trim_start() == "return"
                    && super::statements::enclosing_function(context).is_some_and(|function| {
                        function.results.iter().any(|result| *result != "bool")
                    }))
        }));
    // `re.compile(` makes a pattern to keep: it is what an assignment takes, never what a condition tests
    // (`if re.` is a `match` or a `search`, equally likely).
    let compiled_unkept = leader == Some("compile") && context.assignment_target(&access).is_none();
    // A condition tests a path (`if not os.path.` -> `exists`, `isdir`, `isfile`, about as often each), it
    // never joins one.
    let joined_in_condition = leader == Some("join")
        && access.receiver == "os.path"
        && context.before_receiver(&access).is_some_and(|before| {
            let before = before.trim_start();
            ["if ", "elif ", "while ", "not ", "and ", "or "]
                .iter()
                .any(|keyword| before.ends_with(keyword))
        });
    // A call made for its effect (`os.Exit`, `fmt.Println`, `console.log`) starts a statement: inside an
    // expression (`return os.`, `make(map[os.`, `fs.SetOutput(os.`) the module's most used member is no guess.
    let effect_in_expression = leader.is_some_and(|leader| {
        matches!(
            leader,
            "Exit" | "Println" | "Printf" | "Print" | "log" | "warn" | "exit" | "println"
        )
    }) && !statement_start
        && context.before_receiver(&access).is_some_and(|before| {
            // An arrow's body or a one-line block is a statement too (`.then((data) => console.`).
            let before = before.trim_end();
            !(before.ends_with("=>") || before.ends_with('{') || before.ends_with(':'))
        });
    // The same holds while its first letters are typed (`fmt.Print` -> `ln(`, `System.out.pr` -> `intln()`).
    if code_silent
        && !effect_in_expression
        && !test_assigned
        && !compiled_unkept
        && !joined_in_condition
        && let Some(leader) = leader
        && let Some(rest) = leader.strip_prefix(prefix)
        && !rest.is_empty()
        && let Some(best) = out.get_mut(first)
        && best.text.starts_with(rest)
    {
        best.confidence = best.confidence.max(super::INLINE_MEMBER_CONFIDENCE);
    }
}

/// Methods of the standard containers that take no argument and whose result is used as it is (a test, an element
/// taken out, an end of a range), in Rust, Java and C++: a tested `isEmpty`, a `poll`ed element, an `end()`.
/// `size` and `length` are left out (`size() - 1` is as common), and so are the adapters a chain goes on after.
const FINISHED_CALLS: &[&str] = &[
    "isEmpty",
    "empty",
    "is_empty",
    "poll",
    "pollFirst",
    "pollLast",
    "pop",
    "pop_front",
    "pop_back",
    "front",
    "back",
    "top",
    "peek",
    "begin",
    "end",
    "rbegin",
    "rend",
    "cbegin",
    "cend",
    "toString",
    "values",
    "keySet",
    "entrySet",
];

/// Confidence of a finished call and the line's closers: above the member bar, the name being typed out whole.
const FINISHED_CALL_CONFIDENCE: f64 = 0.92;

/// `while (!queue.isEmpty` -> `()) {`, `int node = queue.poll` -> `();`, `sort(v.begin(), v.end` -> `());`: a
/// container's argument-less method typed out whole is called, and then the line closes as after any value.
fn finished_call(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !matches!(
        context.profile.language,
        Language::Rust | Language::Java | Language::Cpp
    ) || !FINISHED_CALLS.contains(&context.prefix)
        || !super::closers::is_closing_text(context.line_after)
    {
        return;
    }
    let Some(closing) = super::closers::after_value(context) else {
        return;
    };
    out.push(Suggestion::construct(
        format!("(){closing}"),
        FINISHED_CALL_CONFIDENCE,
    ));
}

/// How much of the way to 1 a member named like the name it is given to gains (`options = self.options`), and
/// how much more a member that a table vouches for gains (`now = datetime.now()`, `args = std::env::args()`:
/// enough to be shown inline; on the corpus this showed 1 more right and 2 more wrong members of 7,507 cuts,
/// while raising the file's own habits as much showed 4 more wrong ones).
const NAMESAKE_BOOST: f64 = 0.5;
const KNOWN_NAMESAKE_BOOST: f64 = 0.7;
/// The confidence of the receiving name offered as the member when no rule proposed it: listed, never inline.
const NAMESAKE_GUESS: f64 = 0.4;

/// The name that the member being completed is given to: `options = self.|` -> `options`, `decode=codec.|` ->
/// `decode`, `let first = it.|` -> `first`, `doc: Y.|` -> `doc` (a field, a keyword argument or a parameter's
/// type), `class Codec(codecs.|` -> `Codec` (a class and its base). `None` when the member is not the whole
/// right-hand side being started (`a == b.`, `f(x.`).
fn receiving_name<'a>(context: &Context<'a>, access: &MemberAccess<'a>) -> Option<Receiving<'a>> {
    let before = context
        .before_prefix()
        .strip_suffix(access.separator)?
        .strip_suffix(access.receiver)?
        .trim_end();
    // `class StreamWriter(Codec, codecs.|`: a class is often named after the base it extends.
    if let Some(header) = before.trim_start().strip_prefix("class ")
        && let Some((name, bases)) = header.split_once('(')
        && !bases.contains(')')
    {
        let name = name.trim();
        return (name.len() > 1 && name.chars().all(super::lexer::is_identifier_char)).then_some(
            Receiving {
                name,
                annotation: false,
            },
        );
    }
    let (target, annotation) = if let Some(target) = before.strip_suffix(":=") {
        (target, false)
    } else if let Some(target) = before.strip_suffix('=') {
        // `==`, `!=`, `<=`, `+=`, `=>`: a comparison or an update, not a name given its value.
        if target.ends_with(|c: char| "=!<>+-*/%&|^".contains(c)) {
            return None;
        }
        (target, false)
    } else {
        let target = before
            .strip_suffix(':')
            .filter(|target| !target.ends_with(':'))?;
        (target, true)
    };
    let target = target.trim_end().trim_end_matches('?');
    // `let total: i32 = it.`, `const user: User = store.`: the name is before the type.
    let target = match target.find(':') {
        Some(colon) if target.get(colon..colon + 2) != Some("::") => {
            target.get(..colon)?.trim_end()
        }
        _ => target,
    };
    let name = target.get(super::lexer::trailing_identifier_start(target)..)?;
    (name.len() > 1 && name.starts_with(|c: char| c.is_alphabetic() || c == '_'))
        .then_some(Receiving { name, annotation })
}

/// The name a member is given to, and whether it is a declared name's type (`doc: Y.|`) rather than its value.
struct Receiving<'a> {
    name: &'a str,
    annotation: bool,
}

/// A name compared with another regardless of case and underscores: `_prng` and `PRNG`, `fooBar` and `foo_bar`.
fn namesake(left: &str, right: &str) -> bool {
    let letters = super::lexer::folded_name;
    !left.is_empty() && letters(left) == letters(right)
}

/// How sure the member a branch's tested string names is (`strcmp(key, "port") == 0` then `cfg->` -> `port`).
const TESTED_NAME_CONFIDENCE: f64 = 0.9;

/// Under a branch that tests a key against one string (`} else if (strcmp(key, "port") == 0) {`, `elif key ==
/// "port":`, `case "port":`), the member named like that string is the one the branch sets: it is raised above
/// the members the file wrote more often (`cfg->host`, set by the branch before).
pub(super) fn named_by_tested_string(context: &Context<'_>, out: &mut [Suggestion]) {
    if context.member.is_none() {
        return;
    }
    let header = match context.line_before.trim_start() {
        line if line.starts_with("case ") => line,
        _ => match context.previous_code_line() {
            Some(line) => line.trim(),
            None => return,
        },
    };
    let is_branch = ["if ", "if(", "} else if", "else if", "elif ", "case "]
        .iter()
        .any(|head| header.starts_with(head));
    if !is_branch {
        return;
    }
    let quoted: Vec<&str> = header.split(['"', '\'']).skip(1).step_by(2).collect();
    let [tested] = quoted.as_slice() else {
        return;
    };
    if !super::lexer::is_plain_name(tested) {
        return;
    }
    let prefix = context.prefix;
    let Some(index) = out.iter().position(|suggestion| {
        suggestion.kind == "member" && {
            let text = &suggestion.text;
            let word = format!("{prefix}{}", &text[..super::lexer::identifier_end(text)]);
            namesake(&word, tested)
        }
    }) else {
        return;
    };
    for (position, suggestion) in out.iter_mut().enumerate() {
        if position == index {
            suggestion.confidence = suggestion.confidence.max(TESTED_NAME_CONFIDENCE);
        } else if suggestion.kind == "member" {
            suggestion.confidence = suggestion.confidence.min(TESTED_NAME_CONFIDENCE - 0.3);
        }
    }
}

/// Code often gives a member's value the member's own name (`options = self.options`, `decode=codec.decode`,
/// `decoder: decoding.Decoder`): a proposed member named like the receiving name is raised; when no rule proposed
/// one, the receiving name itself is listed (below the inline bar: it is a guess).
pub(super) fn prefer_namesake(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.member else { return };
    let Some(Receiving { name, annotation }) = receiving_name(context, &access) else {
        return;
    };
    let prefix = context.prefix;
    // A TypeScript parameter or field is often named after its type, capitalized (`decoder: decoding.Decoder`).
    let capitalized;
    let guess = if annotation && context.profile.language == Language::TypeScript {
        let mut characters = name.chars();
        capitalized = characters.next().map_or_else(String::new, |first| {
            first.to_uppercase().chain(characters).collect::<String>()
        });
        capitalized.as_str()
    } else {
        name
    };
    // Pieces are what splitting makes: `parts = line.split(`, `words := strings.Fields(`, `lines = text.splitlines(`.
    const PIECES: &[&str] = &[
        "parts", "pieces", "words", "fields", "tokens", "lines", "segments", "chunks",
    ];
    const SPLITTERS: &[&str] = &[
        "split",
        "Split",
        "splitlines",
        "Fields",
        "split_whitespace",
        "lines",
        "SplitN",
        "rsplit",
    ];
    // A chain that split already (`text.split(' ').`) goes on to collect or map its pieces.
    let split_already = SPLITTERS
        .iter()
        .any(|splitter| access.receiver.contains(&format!(".{splitter}(")));
    // A compiled regular expression's pieces are its matches (`words = pattern.` -> `findall()`, in `python`),
    // not a split.
    let compiled_pattern = context.profile.language == Language::Python
        && super::statements::declaration_of(context, access.receiver)
            .is_some_and(|declaration| declaration.trim_start().starts_with("re.compile("));
    if !annotation && PIECES.contains(&name) && !split_already && !compiled_pattern {
        let best = out
            .iter()
            .map(|suggestion| suggestion.confidence)
            .fold(0.0, f64::max);
        let splitter = out.iter_mut().find(|suggestion| {
            let word = suggestion.text.split('(').next().unwrap_or("");
            let word = format!("{prefix}{word}");
            SPLITTERS.contains(&word.as_str())
                && (name != "lines"
                    || matches!(word.as_str(), "splitlines" | "lines" | "split" | "Split"))
        });
        if let Some(splitter) = splitter {
            splitter.confidence =
                (best + 0.01).clamp(super::INLINE_MEMBER_CONFIDENCE + 0.01, KNOWN_CAP);
            return;
        }
        // A receiver of unknown type: a string split, listed first but not shown inline.
        if prefix.is_empty()
            && matches!(
                context.profile.language,
                Language::Python | Language::JavaScript | Language::TypeScript | Language::Java
            )
        {
            // Sure when the receiver is declared a string (`String s = `, `s = "a,b"`), or named for a line of
            // text (`parts = line.`).
            let text_receiver = super::statements::declaration_of(context, access.receiver)
                .is_some_and(|declaration| {
                    let declaration = declaration.trim_start();
                    declaration.starts_with(['"', '\'', '`'])
                        || declaration.starts_with("String")
                        || declaration.starts_with("str(")
                })
                || matches!(
                    access.receiver,
                    "line" | "text" | "sentence" | "input" | "row"
                );
            out.push(Suggestion {
                text: if name == "lines" && context.profile.language == Language::Python {
                    "splitlines()".to_owned()
                } else {
                    "split()".to_owned()
                },
                confidence: if text_receiver { 0.88 } else { 0.6 },
                kind: "member",
                cursor_offset: 0,
            });
            return;
        }
    }
    // A module's top-level `export const keys = Object.` re-exports a member under its own name: the name itself,
    // not a call, is what follows.
    let reexport = context.line_before.starts_with("export const ") && context.at_line_end();
    let best = out
        .iter()
        .map(|suggestion| suggestion.confidence)
        .fold(0.0, f64::max);
    let mut found = false;
    for suggestion in out.iter_mut() {
        let word_end = suggestion
            .text
            .find(|c: char| !super::lexer::is_identifier_char(c))
            .unwrap_or(suggestion.text.len());
        let word = format!("{prefix}{}", &suggestion.text[..word_end]);
        // A factory names what it makes: `server = http.createServer(`, `reader := bufio.NewReader(`.
        let made = ["create", "Create", "new_", "New", "new", "make", "Make"]
            .iter()
            .find_map(|maker| word.strip_prefix(maker))
            .filter(|made| made.starts_with(|c: char| c.is_uppercase() || c.is_alphabetic()));
        let factory = suggestion.kind == "member" && made.is_some_and(|made| namesake(made, name));
        // What an action made is named for it: `reversed = s.reverse(`, `sorted = items.sort(`.
        let participle = suggestion.kind == "member"
            && word.len() > 2
            && [format!("{word}d"), format!("{word}ed")]
                .iter()
                .any(|made| namesake(made, name));
        // `self._start = self.|` where the code names `self._start` nowhere else: the attribute is being
        // created by this very line, it has no value to copy yet.
        if namesake(&word, name) && is_self(&access) && created_here(context, &access, &word) {
            suggestion.confidence = suggestion.confidence.min(NAMESAKE_GUESS);
            found = true;
            continue;
        }
        if namesake(&word, name) || factory || participle {
            let boost = if suggestion.kind == "member" {
                KNOWN_NAMESAKE_BOOST
            } else {
                NAMESAKE_BOOST
            };
            suggestion.confidence += (1.0 - suggestion.confidence) * boost;
            // The very name, proposed as a member (`let len = s.len()`): shown, except where a member is copied
            // to its namesake on the same object (`frame.fp = frame.`) or a module's member is re-exported under
            // its name (`export const parse = JSON.`, where no call follows).
            let statement = context.line_before.trim_start();
            let copied = statement.starts_with(&format!("{}{}", access.receiver, access.separator));
            // The object's own members (`options = self.`) stay listed: their uses are measured apart.
            if suggestion.kind == "member"
                && namesake(&word, name)
                && !copied
                && !is_self(&access)
                && (!statement.starts_with("export ") || reexport)
            {
                // A re-export outranks what the receiver is most often called for (`export const from = Array.`).
                let floor = if reexport {
                    best.max(super::INLINE_MEMBER_CONFIDENCE) + 0.01
                } else {
                    super::INLINE_MEMBER_CONFIDENCE + 0.01
                };
                suggestion.confidence = suggestion.confidence.max(floor.min(KNOWN_CAP + 0.05));
            }
            // A member re-exported under its own name is named, not called (`export const parseInt =
            // Number.parseInt`).
            if suggestion.kind == "member"
                && namesake(&word, name)
                && statement.starts_with("export ")
                && let Some(bare) = suggestion.text.strip_suffix("()")
            {
                suggestion.text = bare.to_owned();
            }
            found = true;
        }
    }
    if found || guess.len() <= prefix.len() || !guess.starts_with(prefix) {
        return;
    }
    // An alias (`export const imul = Math.`, `class Codec(codecs.`, `using list = std::`) may name what a table of
    // the most used members leaves out: only a variable's value goes by the table.
    let statement = context.line_before.trim_start();
    let alias = ["export ", "class ", "using ", "typedef "]
        .iter()
        .any(|keyword| statement.starts_with(keyword));
    if (!alias || reexport)
        && let Some(known) = known_namesake(context, &access, name)
    {
        out.extend(known.map(|mut suggestion| {
            if reexport && let Some(bare) = suggestion.text.strip_suffix("()") {
                suggestion.text = bare.to_owned();
            }
            suggestion
        }));
        return;
    }
    // At the top level of a module an unseen namesake is an alias being exported (`export const imul =
    // Math.imul`, `reset = _impl.reset`): listed first, never inline. Elsewhere it is a guess among others.
    let confidence = if context.current_indentation() == 0 {
        out.iter()
            .map(|suggestion| suggestion.confidence + 0.001)
            .fold(NAMESAKE_GUESS, f64::max)
            .min(super::INLINE_MEMBER_CONFIDENCE - 0.001)
    } else {
        NAMESAKE_GUESS
    };
    out.push(Suggestion {
        text: guess[prefix.len()..].to_owned(),
        confidence,
        kind: "member",
        cursor_offset: 0,
    });
}

/// Whether the statement assigns `receiver.member` and the code names that attribute nowhere else.
fn created_here(context: &Context<'_>, access: &MemberAccess<'_>, member: &str) -> bool {
    let attribute = format!("{}{}{member}", access.receiver, access.separator);
    let statement = context.line_before.trim_start();
    statement.starts_with(&format!("{attribute} ="))
        && context
            .code
            .match_indices(&attribute)
            .filter(|(at, _)| {
                context
                    .code
                    .get(at + attribute.len()..)
                    .and_then(|rest| rest.chars().next())
                    .is_none_or(|c| !super::lexer::is_identifier_char(c))
            })
            .count()
            <= 1
}

/// What a table that certainly applies to the receiver says of a name no rule proposed as the member: its
/// namesake member, too rare to be among those listed (`const value = input.` -> `value`, `reversed =
/// s.split('').` -> `reverse()`), is shown (`Some` of it); a name it does not have is no member at all (`const
/// data = fs.`: `Some` of nothing). `None` when no such table applies.
fn known_namesake(
    context: &Context<'_>,
    access: &MemberAccess<'_>,
    name: &str,
) -> Option<Option<Suggestion>> {
    let prefix = context.prefix;
    let hints = (context.profile.member_hints)(context, access);
    let mut known = hints
        .tables
        .iter()
        .filter(|table| table.cap > GUESS_CAP)
        .peekable();
    known.peek()?;
    let member = known
        .flat_map(|table| table.entries.iter())
        .map(|entry| split_entry(entry))
        .find(|(member, _)| {
            member.len() > prefix.len()
                && member.starts_with(prefix)
                && (namesake(member, name)
                    || [format!("{member}d"), format!("{member}ed")]
                        .iter()
                        .any(|made| namesake(made, name)))
        });
    Some(member.map(|(member, suffix)| Suggestion {
        text: format!("{}{suffix}", &member[prefix.len()..]),
        confidence: super::INLINE_MEMBER_CONFIDENCE + 0.01,
        kind: "member",
        cursor_offset: 0,
    }))
}

/// Whether a Go member names a type: after a declared name (`var p unsafe.`, `func f(addr unsafe.`), a pointer
/// or a slice (`*syscall.`, `[]ast.`), not after a keyword that starts an expression (`return unsafe.`).
pub(super) fn in_go_type_position(context: &Context<'_>, access: &MemberAccess<'_>) -> bool {
    const EXPRESSION_KEYWORDS: &[&str] = &[
        "return", "case", "go", "defer", "else", "range", "if", "for", "switch", "select",
    ];
    let Some(before) = context.before_receiver(access) else {
        return false;
    };
    let trimmed = before.trim_end();
    // A type assertion (`err.(*os.`, `v.(syscall.`) and a function type's parameter (`f func(context.`).
    if trimmed.ends_with(".(") || trimmed.ends_with("func(") {
        return true;
    }
    if trimmed.ends_with(['*', ']']) {
        // `*p.` dereferences in an expression (`x = *p.`); a type's star follows a name or a bracket, and gofmt
        // spaces a product's star (`15 * time.`), never a pointer's.
        let previous = trimmed.trim_end_matches(['*', '[', ']']).trim_end();
        let product = trimmed.ends_with('*') && before.ends_with(' ');
        return !product
            && (previous.is_empty()
                || previous.ends_with(|c: char| {
                    super::lexer::is_identifier_char(c) || c == ',' || c == '('
                }));
    }
    let word = trimmed
        .get(super::lexer::trailing_identifier_start(trimmed)..)
        .unwrap_or("");
    before.ends_with(' ') && !word.is_empty() && !EXPRESSION_KEYWORDS.contains(&word)
}

/// Imports are kept sorted (IDEs, rustfmt): on an import right below another through the same path, what sorts
/// before the name that one takes is dropped, from every rule (`import java.util.Map;` then `import java.util.`
/// -> `Objects`, not `List`).
pub(super) fn keep_imports_sorted(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.member else { return };
    let Some(floor) = sorted_import_floor(context, &access) else {
        return;
    };
    out.retain(|suggestion| {
        let rest = &suggestion.text[..suggestion
            .text
            .find(|c: char| !super::lexer::is_identifier_char(c))
            .unwrap_or(suggestion.text.len())];
        floor.admits(&format!("{}{rest}", context.prefix))
    });
}

/// The name an import right above takes at the cursor's place in the path.
struct ImportFloor<'a> {
    name: &'a str,
    /// Whether the name may be imported through again: a module's (`java.io.File`, then `java.io.IOException`) or
    /// a class's in a static import (`ChronoField.DAY_OF_WEEK`, then `ChronoField.YEAR`); a type is imported once.
    repeats: bool,
}

impl ImportFloor<'_> {
    /// Whether a name may come next in a sorted list.
    fn admits(&self, name: &str) -> bool {
        if self.repeats {
            name >= self.name
        } else {
            name > self.name
        }
    }
}

/// On an import naming a path (`import java.util.`, `use std::`), right below an import through the same path:
/// the name that import takes there (`import java.util.Map;` -> `Map`), which the next one sorts after.
fn sorted_import_floor<'a>(
    context: &Context<'a>,
    access: &MemberAccess<'_>,
) -> Option<ImportFloor<'a>> {
    const KEYWORDS: &[(Language, &[&str])] = &[
        (Language::Java, &["import static ", "import "]),
        (Language::Rust, &["pub(crate) use ", "pub use ", "use "]),
    ];
    let keywords = KEYWORDS
        .iter()
        .find(|(language, _)| *language == context.profile.language)?
        .1;
    let path = format!("{}{}", access.receiver, access.separator);
    let statement = context.line_before.trim_start();
    let keyword = keywords.iter().find(|keyword| {
        statement.strip_prefix(**keyword) == Some(&format!("{path}{}", context.prefix))
    })?;
    let above = context
        .code
        .get(..context.cursor - context.line_before.len())?
        .lines()
        .rev()
        .find(|line| !line.trim().is_empty())?;
    let rest = above
        .trim_start()
        .strip_prefix(keyword)?
        .strip_prefix(&path)?;
    let name = &rest[..rest
        .find(|c: char| !super::lexer::is_identifier_char(c))
        .unwrap_or(rest.len())];
    (!name.is_empty()).then_some(ImportFloor {
        name,
        repeats: *keyword == "import static "
            || !name.starts_with(|c: char| c.is_ascii_uppercase()),
    })
}

/// Whether the member is an argument of a Go call that takes a function (`strings.FieldsFunc(s, unicode.`,
/// `sort.SliceStable(xs, less.`): named after `Func(` or after its first argument.
fn passed_as_function(context: &Context<'_>, access: &MemberAccess<'_>) -> bool {
    let Some(before) = context.before_receiver(access) else {
        return false;
    };
    super::lexer::innermost_unclosed(before, '(', ')')
        .is_some_and(|at| before[..at].ends_with("Func"))
}

fn hints_suffix(tables: &[MemberTable], name: &str) -> Option<&'static str> {
    tables
        .iter()
        .flat_map(|table| table.entries.iter())
        .map(|entry| split_entry(entry))
        .find(|(entry_name, _)| *entry_name == name)
        .map(|(_, suffix)| suffix)
}

/// Whether `receiver` names a module the code imports or a global object everyone uses the same way: only then
/// does a table's most used member deserve to be offered inline with nothing typed.
fn is_module_or_global(context: &Context<'_>, receiver: &str) -> bool {
    const GLOBALS: &[&str] = &[
        "console",
        "Math",
        "JSON",
        "Object",
        "Array",
        "Promise",
        "process",
        "document",
        "window",
        "res",
        "fmt",
        "strings",
        "errors",
        "os",
        "System.out",
        "System",
        "Arrays",
        "Collections",
        "std",
        "Vec",
        "String",
        "HashMap",
        "Option",
        "Result",
    ];
    if GLOBALS.contains(&receiver) {
        return true;
    }
    // A module the file imports, under its name or its alias: `import os` then `os.path`, `import numpy as np`.
    let module = receiver.split('.').next().unwrap_or(receiver);
    let code = context.code.get(..context.cursor).unwrap_or("");
    !module.is_empty()
        && module.chars().all(|c| c.is_alphanumeric() || c == '_')
        && code.lines().any(|line| {
            line.trim().strip_prefix("import ").is_some_and(|imported| {
                imported
                    .split(',')
                    .map(str::trim)
                    .any(|name| name == module || name.ends_with(&format!(" as {module}")))
            })
        })
}

/// How much of its weight a Python `self.` member keeps when neither the class around the cursor nor a class it
/// extends names it: a sibling class's attribute (`radius` of the `Circle` above, in `Rectangle`'s `__repr__`).
const FOREIGN_ATTRIBUTE_WEIGHT: f64 = 0.15;

/// How far above the cursor (in bytes) the classes a class extends are looked for.
const BASE_WINDOW_BYTES: usize = 60_000;

/// The texts of the Python class around the cursor and of the classes it extends that the code above defines
/// (three levels up), when the class uses `self.` at all; `None` outside a class. A window of lines each way
/// keeps the walk short in a long file.
pub(super) fn own_class_text<'a>(context: &Context<'a>) -> Option<Vec<&'a str>> {
    const WINDOW: usize = 400;
    let before = context.code_before_line();
    let mut width = indentation(context.line_before);
    if context.line_before.trim().is_empty() {
        // On a blank line the body's depth is the cursor's, whatever the editor kept of it.
        width = width.max(1);
    }
    let mut end = before.len();
    let mut header = None;
    for _ in 0..WINDOW {
        if end == 0 {
            break;
        }
        let line_end = end.saturating_sub(1);
        let start = before.get(..line_end)?.rfind('\n').map_or(0, |at| at + 1);
        let line = before.get(start..line_end)?;
        end = start;
        if line.trim().is_empty() || indentation(line) >= width {
            continue;
        }
        width = indentation(line);
        if line.trim_start().starts_with("class ") {
            header = Some((start, width));
            break;
        }
        if width == 0 {
            return None;
        }
    }
    let (start, depth) = header?;
    let own = class_body(context.code, start, depth, WINDOW)?;
    if !own.contains("self.") {
        return None;
    }
    let mut texts = vec![own];
    let mut at = 0;
    while let Some(text) = texts.get(at).copied()
        && texts.len() < 4
    {
        at += 1;
        let Some(bases) = text
            .lines()
            .next()
            .and_then(|header| header.split_once('('))
            .and_then(|(_, rest)| rest.split_once(')'))
            .map(|(bases, _)| bases)
        else {
            continue;
        };
        // The bases are looked for in a window above, not through a whole long file.
        let mut window = before.len().saturating_sub(BASE_WINDOW_BYTES);
        while !before.is_char_boundary(window) {
            window += 1;
        }
        let above = before.get(window..).unwrap_or("");
        for base in bases.split(',').map(str::trim) {
            if !super::lexer::is_plain_name(base) {
                continue;
            }
            for form in [format!("class {base}("), format!("class {base}:")] {
                // The base's header at a line's start (the file's first line included).
                let found = above.rmatch_indices(form.as_str()).find(|(at, _)| {
                    *at == 0 || above.get(..*at).is_some_and(|head| head.ends_with('\n'))
                });
                if let Some((found, _)) = found
                    && let Some(body) = class_body(context.code, window + found, 0, WINDOW)
                {
                    texts.push(body);
                }
            }
        }
    }
    Some(texts)
}

/// The class whose header line starts at byte `start` and is indented by `depth`, down to the next line as
/// shallow (or `limit` lines).
fn class_body(code: &str, start: usize, depth: usize, limit: usize) -> Option<&str> {
    let rest = code.get(start..)?;
    let mut end = rest.len();
    let mut offset = 0;
    for (number, line) in rest.split_inclusive('\n').enumerate() {
        if number > limit {
            end = offset;
            break;
        }
        if number > 0 && !line.trim().is_empty() && indentation(line) <= depth {
            end = offset;
            break;
        }
        offset += line.len();
    }
    rest.get(..end)
}

/// The names the class texts define as their own: `self.` attributes, methods, class attributes.
pub(super) fn class_names<'a>(texts: &[&'a str]) -> HashSet<&'a str> {
    let identifier_end = |text: &str| {
        text.find(|c: char| !super::lexer::is_identifier_char(c))
            .unwrap_or(text.len())
    };
    let mut names = HashSet::new();
    for text in texts {
        for (at, attribute) in text.match_indices("self.") {
            let rest = text.get(at + attribute.len()..).unwrap_or("");
            names.insert(rest.get(..identifier_end(rest)).unwrap_or(""));
        }
        for line in text.lines() {
            let line = line.trim_start();
            let line = line.strip_prefix("async ").unwrap_or(line);
            if let Some(rest) = line.strip_prefix("def ") {
                names.insert(rest.get(..identifier_end(rest)).unwrap_or(""));
            } else {
                let (name, rest) = line.split_at(identifier_end(line));
                if rest.trim_start().starts_with(['=', ':']) {
                    names.insert(name);
                }
            }
        }
    }
    names.remove("");
    names
}

/// Receivers whose members are the enclosing object's (`self`, `this`).
pub(super) fn is_self(access: &MemberAccess<'_>) -> bool {
    matches!(access.receiver, "self" | "this")
}
