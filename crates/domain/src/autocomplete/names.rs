//! Completing a free-standing name: `calc` -> `ulate_total`.
//!
//! The candidates are the names the code itself uses (from the [`FileScan`](super::file_scan::FileScan)) and the
//! language's keywords and built-ins. Names defined in the code, used often, or used near the cursor rank higher;
//! statement keywords are only offered where a statement starts. Right after a keyword that introduces a new name
//! (`def`, `let`, `class`) the developer is usually inventing that name: the code's names are only listed there.

use super::Suggestion;
use super::cursor::Context;
use super::language::{Language, Place};
use super::lexer::{TokenKind, is_identifier_char};
use super::ranking::{Candidate, Candidates, evidence_score, push_ranked};

/// The highest confidence for a name completion: below the exact constructs, which are 0.9 and above.
const NAME_CAP: f64 = 0.85;
/// The highest confidence for a keyword or built-in that the code does not use yet.
const WORD_CAP: f64 = 0.8;
/// The confidence factor of a name where a new one is being defined: listed for the popup, far below any inline
/// bar.
const NAMING_DAMPING: f64 = 0.4;
/// The confidence cap of a word that only comments or strings near the cursor mention (`/// The octet key
/// value` above `pub va|`): listed, never inline.
const MENTION_CAP: f64 = 0.3;
/// The score of the nearest such word; the next ones get a half, a third, ...
const MENTION_SCORE: f64 = 1.0;
/// How many name completions to offer.
const LIMIT: usize = 4;

/// Appends completions of the name being typed.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let prefix = context.prefix;
    if prefix.is_empty() || context.member.is_some() {
        return;
    }
    if context.profile.language == Language::Rust
        && let Some(lifetimes) = rust_lifetimes(context)
    {
        push_ranked(prefix, lifetimes, 1.0, LIMIT, out);
        return;
    }
    // `pub(cra`: a visibility's parentheses hold `crate`, `super`, `self` or `in path`, which
    // `rust::visibility_scope` offers; the code's names (`crate::`) do not fit there.
    if context.profile.language == Language::Rust && context.before_prefix().ends_with("pub(") {
        return;
    }
    // After `def`, `let`, `class` the developer is usually inventing a name, but sometimes reusing one (a method
    // of another class, `impl Display for Error`, `for item in`): the code's names are listed, never shown inline.
    let naming = follows_naming_keyword(context) || declares_after_type(context);
    let line_start = context.prefix_starts_statement() || context.prefix_follows_inline_head();
    let bracket = if line_start {
        expression_bracket(context)
    } else {
        None
    };
    let at_statement_start = line_start && bracket.is_none();
    // A line of a JavaScript object literal or import list starts with a key or a name: no keyword but the
    // accessors' and a method's modifiers (`require(` was shown for `ret` in `{⏎  onOpen,⏎  ret`).
    let at_object_key = bracket == Some('{')
        && matches!(
            context.profile.language,
            Language::JavaScript | Language::TypeScript
        );
    // A Java or Go file has one package clause: once written, `package` does not come again.
    let package_declared = context
        .scan
        .names
        .iter()
        .any(|stats| stats.name == "package");
    let in_parameters = in_definition_parameters(context);
    // A Python parameter's name is the developer's own: no keyword (`not`, `lambda`) fits there but `self`/`cls`.
    let naming_a_parameter = in_parameters
        && context.profile.language == Language::Python
        && context
            .before_prefix()
            .trim_end()
            .trim_end_matches('*')
            .ends_with([',', '(']);
    // `self` is a method's first parameter only (Python, Rust): after a comma it is not offered.
    let later_parameter = in_parameters
        && context
            .before_prefix()
            .get(definition_parenthesis(context).unwrap_or(0)..)
            .is_some_and(|list| list.contains(','));
    let import_list = names_in_import_list(context);
    let already_imported: &[&str] = import_list.as_deref().unwrap_or_default();
    // Directly in a JavaScript class body, members are declared: `constructor`, `static`, the code's names; no
    // statement keyword (`const`, `continue`) nor expression word (`new`, `null`) may be written there.
    let in_class_body = matches!(
        context.profile.language,
        Language::JavaScript | Language::TypeScript
    ) && at_statement_start
        && super::statements::directly_in_class_body(context, &["class"]);
    let class_body_words: &[&str] = if context.profile.language == Language::TypeScript {
        CLASS_BODY_WORDS
    } else {
        &CLASS_BODY_WORDS[..JAVASCRIPT_CLASS_BODY_WORDS]
    };
    // Outside a class body `constructor` is no standalone name (`this.constructor` is a member); a class has one.
    let constructor_allowed = in_class_body && !class_has_constructor(context);
    // A name retyped before an assignment that is already there (`co| += 1;`) is a variable: no keyword or
    // built-in (`const `, `continue`) is ever assigned to.
    let assigned_after = line_start && assigned_after_cursor(context.line_after);
    // A decorator's name follows `@`: inside a call's parentheses `timedelta(da` is never `dataclass`.
    let in_call = context.profile.language == Language::Python
        && super::idioms::open_parentheses(context.before_prefix())
            .is_some_and(|closers| !closers.is_empty());
    let rust_use_root = context.profile.language == Language::Rust
        && matches!(
            context.before_prefix().trim_start(),
            "use " | "pub use " | "pub(crate) use "
        );
    let word_allowed = |text: &str| {
        let decorator_passed =
            in_call && matches!(text, "dataclass" | "staticmethod" | "classmethod");
        let package_again = package_declared && text == "package";
        let keyword_out_of_class = in_class_body
            && !class_body_words.contains(&text)
            && context.profile.words.iter().any(|word| word.text == text);
        let out_of_place_in_go = at_statement_start && go_word_out_of_place(context, text);
        let keyword_as_parameter = naming_a_parameter
            && !matches!(text, "self" | "cls")
            && context.profile.words.iter().any(|word| word.text == text);
        let receiver_again = later_parameter && matches!(text, "self" | "cls");
        let keyword_as_key = at_object_key
            && !matches!(text, "async" | "get" | "set")
            && context.profile.words.iter().any(|word| word.text == text);
        // A Rust path's first segment is a crate or `crate`/`self`/`super`: no other keyword (`use asy` is a
        // crate's name, never `async`).
        let keyword_as_crate = rust_use_root
            && !matches!(text, "crate" | "self" | "super")
            && context.profile.words.iter().any(|word| word.text == text);
        // An import names what a module has: no keyword but Rust's `self` (`use std::io::{self, Read}`).
        let keyword_imported = import_list.is_some()
            && text != "self"
            && context.profile.words.iter().any(|word| word.text == text);
        let keyword_assigned =
            assigned_after && context.profile.words.iter().any(|word| word.text == text);
        !package_again
            && !keyword_as_crate
            && !decorator_passed
            && !keyword_assigned
            && !receiver_again
            && !already_imported.contains(&text)
            && !keyword_imported
            && !keyword_as_key
            && !keyword_out_of_class
            && !keyword_as_parameter
            && !out_of_place_in_go
            && (text != "constructor" || constructor_allowed)
            && context
                .profile
                .words
                .iter()
                .find(|word| word.text == text)
                .is_none_or(|word| match word.place {
                    Place::StatementStart => {
                        at_statement_start
                            || (line_start && comprehension_word(context.profile.language, text))
                    }
                    Place::Anywhere => !(in_parameters && is_call(word.suffix)),
                })
    };
    // Where an annotation names a type, a built-in is named, not called (`price: fl` -> `oat`, never `oat(`), and
    // no other built-in call fits.
    let type_position = super::type_annotations::python_type_position(context);
    // `for word in wo`, a comprehension's too: what a loop walks is not the variable it is naming (`words`, never
    // `word`).
    let loop_variable = context
        .before_prefix()
        .strip_suffix(" in ")
        .and_then(|head| head.rsplit_once("for "))
        .map(|(_, variable)| variable.trim());
    let not_itself = names_excluded_here(context);
    let declared_parameters = parameters_declared_before(context);
    // `typeof setTime` names the function, never calls it (`ReturnType<typeof setTimeout>`).
    let after_typeof = context
        .before_prefix()
        .trim_end()
        .strip_suffix("typeof")
        .is_some_and(|before| !before.ends_with(super::lexer::is_identifier_char));
    // `class NotFoundError extends Er` names the base class, never calls it (`ror`, not `ror(`).
    let after_heritage = {
        let before = context.before_prefix();
        before.ends_with("extends ") || before.ends_with("implements ")
    };
    let tags = c_struct_tags(context);
    let enumerators = enumerators_above(context);
    // A variable's address is taken after C's lone `&`: no keyword or constant (`struct`, `stdout`) is one.
    let address_of_in_c = context.profile.language == Language::C && takes_address(context);
    let mut candidates = Candidates::default();
    for stats in &context.scan.names {
        if !word_allowed(stats.name)
            || loop_variable == Some(stats.name)
            || not_itself == Some(stats.name)
            || declared_parameters.contains(&stats.name)
            || tags.contains(&stats.name)
            || enumerators.contains(&stats.name)
            || (address_of_in_c
                && context
                    .profile
                    .words
                    .iter()
                    .any(|word| word.text == stats.name))
        {
            continue;
        }
        let candidate = Candidate {
            name: stats.name.to_owned(),
            suffix: "",
            score: evidence_score(stats, true),
            cap: NAME_CAP,
            kind: "identifier",
        };
        candidates.merge(candidate);
    }
    let header_words = matches!(context.profile.language, Language::C | Language::Cpp)
        .then(|| super::c_family::included_functions(context.code))
        .into_iter()
        .flatten();
    for (index, word) in context.profile.words.iter().chain(header_words).enumerate() {
        if naming
            || address_of_in_c
            || word.text.len() <= prefix.len()
            || !word.text.starts_with(prefix)
            || !word_allowed(word.text)
        {
            continue;
        }
        let suffix = match (type_position, word.suffix) {
            (true, _) if super::type_annotations::is_built_in_type(word.text) => "",
            (true, _) => continue,
            (_, suffix) => suffix,
        };
        // Each table lists its words most used first: on equal footing, the earlier one ranks higher.
        #[allow(clippy::cast_precision_loss)] // a table has far fewer than 2^52 words
        let order = 0.001 * index as f64;
        let score = match (word.place, suffix) {
            (Place::StatementStart, _) => 2.0,
            (Place::Anywhere, "(") => 1.2,
            (Place::Anywhere, _) => 1.0,
        } - order;
        // A file that uses a built-in's name only as a variable has rebound it (`def encode(self, input)`):
        // `len(inp` -> `ut`, never `ut(`.
        let rebound = word.suffix.starts_with('(')
            && context
                .scan
                .names
                .binary_search_by(|stats| stats.name.cmp(word.text))
                .is_ok_and(|at| {
                    let stats = &context.scan.names[at];
                    !stats.called && stats.standalone_count > 0
                });
        let suffix = if (word.text == "return" && returns_nothing(context))
            || ((after_typeof || after_heritage) && is_call(word.suffix))
            || rebound
        {
            ""
        } else {
            word.suffix
        };
        candidates.merge(Candidate {
            name: word.text.to_owned(),
            suffix,
            score,
            cap: WORD_CAP,
            kind: "keyword",
        });
    }
    // The crate most paths start from.
    if rust_use_root && prefix != "std" && "std".starts_with(prefix) {
        candidates.merge(Candidate {
            name: "std".to_owned(),
            suffix: "::",
            score: 2.0,
            cap: WORD_CAP,
            kind: "keyword",
        });
    }
    if in_class_body {
        for (index, &word) in class_body_words.iter().enumerate() {
            if word.len() <= prefix.len() || !word.starts_with(prefix) {
                continue;
            }
            if word == "constructor" && !constructor_allowed {
                continue;
            }
            #[allow(clippy::cast_precision_loss)] // a handful of words
            let order = 0.001 * index as f64;
            // The modifiers are listed, not shown: a member's name starting alike (`getMissing`, `delete`) is as
            // likely, and a declaration file's names are new.
            let (suffix, cap) = if word == "constructor" {
                ("(", WORD_CAP)
            } else {
                (" ", MODIFIER_CAP)
            };
            candidates.merge(Candidate {
                name: word.to_owned(),
                suffix,
                score: 2.0 - order,
                cap,
                kind: "keyword",
            });
        }
    }
    // A word that already exists as typed may be finished: the developer may want nothing more.
    let prefix_is_a_name = context.scan.prefix_occurrences > 0
        || context.profile.words.iter().any(|word| word.text == prefix);
    let damping = if naming {
        NAMING_DAMPING
    } else if prefix_is_a_name {
        0.6
    } else {
        1.0
    };
    // After one letter, a keyword is a long shot; a name of the code is not (the corpus benchmark found the
    // code's names as reliable after one letter as after three, at equal confidence).
    if prefix.chars().count() == 1 {
        for candidate in candidates
            .iter_mut()
            .filter(|candidate| candidate.kind == "keyword")
        {
            candidate.cap *= 0.85;
        }
    }
    push_ranked(prefix, candidates.into_vec(), damping, LIMIT, out);
    push_mentions(context, naming, out);
}

/// Rust's lifetimes and loop labels, where the prefix follows the `'` that opens one (`&'st` -> `atic`,
/// `T: Send + 's`, `break 'ou` -> `ter`): the file's own, most used first, and `'static`, which any code may
/// name. On the corpus the code's other names (`str`, `self`) were shown there, wrong every time. `None` where no
/// lifetime is being typed.
fn rust_lifetimes(context: &Context<'_>) -> Option<Vec<Candidate>> {
    let head = context.before_prefix().strip_suffix('\'')?;
    if head.ends_with(|c: char| is_identifier_char(c) || matches!(c, '\'' | '"' | '\\')) {
        return None;
    }
    // One letter after `= 's` or `('s` more likely begins a character than a lifetime; two cannot.
    let trimmed = head.trim_end();
    let lifetime_place = trimmed.ends_with(['&', '<', '+'])
        || (trimmed.ends_with(':') && !trimmed.ends_with("::"))
        || trimmed.ends_with("break")
        || trimmed.ends_with("continue")
        || trimmed.is_empty();
    if !lifetime_place && context.prefix.chars().count() < 2 {
        return None;
    }
    let prefix = context.prefix;
    let bytes = context.code.as_bytes();
    let typed_at = context.cursor - prefix.len() - 1;
    let mut counts: Vec<(&str, u32)> = Vec::new();
    for (quote, _) in context.code.match_indices('\'') {
        let opens_lifetime = quote
            .checked_sub(1)
            .and_then(|previous| bytes.get(previous))
            .is_none_or(|&previous| {
                !(previous.is_ascii_alphanumeric()
                    || matches!(previous, b'_' | b'\'' | b'"' | b'\\'))
            });
        if quote == typed_at || !opens_lifetime {
            continue;
        }
        let rest = &context.code[quote + 1..];
        let name_end = rest
            .find(|c: char| !is_identifier_char(c))
            .unwrap_or(rest.len());
        let name = &rest[..name_end];
        // `'a'` is a character, not a lifetime.
        if name.len() <= prefix.len()
            || !name.starts_with(prefix)
            || rest[name_end..].starts_with('\'')
        {
            continue;
        }
        match counts.iter_mut().find(|(known, _)| *known == name) {
            Some((_, count)) => *count += 1,
            None => counts.push((name, 1)),
        }
    }
    let mut candidates: Vec<Candidate> = counts
        .into_iter()
        .map(|(name, count)| Candidate {
            name: name.to_owned(),
            suffix: "",
            score: 1.0 + f64::from(count).ln(),
            cap: NAME_CAP,
            kind: "identifier",
        })
        .collect();
    if "static".starts_with(prefix)
        && prefix != "static"
        && !candidates
            .iter()
            .any(|candidate| candidate.name == "static")
    {
        candidates.push(Candidate {
            name: "static".to_owned(),
            suffix: "",
            score: 1.0,
            cap: WORD_CAP,
            kind: "keyword",
        });
    }
    Some(candidates)
}

/// Whether the rest of the line starts with an assignment or an update (`+= 1;`, ` = 0`, `++`), not a
/// comparison (`==`) or an arrow (`=>`).
fn assigned_after_cursor(line_after: &str) -> bool {
    let rest = line_after.trim_start();
    ["+=", "-=", "*=", "/=", "%=", "++", "--"]
        .iter()
        .any(|operator| rest.starts_with(operator))
        || (rest.starts_with('=') && !rest.starts_with("==") && !rest.starts_with("=>"))
}

/// The words that start a member's declaration in a JavaScript or TypeScript class body, most used first: the
/// first [`JAVASCRIPT_CLASS_BODY_WORDS`] are JavaScript's, the rest TypeScript's own.
const CLASS_BODY_WORDS: &[&str] = &[
    "constructor",
    "static",
    "get",
    "set",
    "async",
    "private",
    "readonly",
    "public",
    "protected",
    "abstract",
    "override",
];

/// Whether the class body the cursor is in already declares its constructor.
fn class_has_constructor(context: &Context<'_>) -> bool {
    let tokens = context.tokens_before();
    super::statements::open_braces(context, tokens)
        .last()
        .is_some_and(|&brace| {
            tokens[brace..]
                .iter()
                .any(|token| context.text(token) == "constructor")
        })
}

/// The highest confidence of a class body's modifier (`static`, `get`): below the inline bar.
const MODIFIER_CAP: f64 = 0.6;

/// How many of [`CLASS_BODY_WORDS`] JavaScript has.
const JAVASCRIPT_CLASS_BODY_WORDS: usize = 5;

/// Appends the words that comments and strings just before the cursor mention and the code does not use yet
/// (`/// The octet key value` above `pub va|`, `@param {number} offset` above a signature), ranked apart from the
/// code's names so that they never lower those names' shares, and capped far below the inline bar: on the
/// corpus, the listed first suggestion was right 1 to 2.5 points more often in every language but C.
fn push_mentions(context: &Context<'_>, naming: bool, out: &mut Vec<Suggestion>) {
    if naming {
        return;
    }
    let mentions: Vec<Candidate> = context
        .scan
        .mentioned
        .iter()
        .filter(|&&word| {
            // The names are sorted: a one-letter prefix in a large file may have a hundred thousand.
            context
                .scan
                .names
                .binary_search_by(|stats| stats.name.cmp(word))
                .is_err()
                && !context.profile.words.iter().any(|known| known.text == word)
        })
        .enumerate()
        .map(|(order, &word)| {
            // The nearest mention first.
            #[allow(clippy::cast_precision_loss)] // a few mentions at most
            let score = MENTION_SCORE / (1.0 + order as f64);
            Candidate {
                name: word.to_owned(),
                suffix: "",
                score,
                cap: MENTION_CAP,
                kind: "identifier",
            }
        })
        .collect();
    push_ranked(context.prefix, mentions, 1.0, LIMIT, out);
}

/// Whether the prefix starts a C declaration's new name: a statement of qualifiers, then a type, then the prefix
/// (`size_t ne|`, `static bool p|`, `const char *lo|`). On the corpus, names shown there in C were wrong five
/// times for each right one; C++ headers reuse their parameter names (`_Tp __x`) and Java its fields' names in
/// parameters (`int size` for `this.size`): there the same rule lost more hits than wrong answers.
fn declares_after_type(context: &Context<'_>) -> bool {
    const QUALIFIERS: &[&str] = &[
        "static", "const", "volatile", "extern", "register", "inline", "unsigned", "signed",
        "struct", "enum", "union",
    ];
    const NOT_TYPES: &[&str] = &[
        "return", "else", "case", "goto", "sizeof", "do", "default", "typedef", "define",
        "include", "ifdef", "ifndef", "if", "elif", "undef", "pragma", "error",
    ];
    if context.profile.language != Language::C {
        return false;
    }
    let before = context.before_prefix();
    // The type: a word, then spaces or pointer stars.
    let type_end = before.trim_end_matches([' ', '\t', '*']);
    if type_end.len() == before.len() {
        return false;
    }
    let word_start = super::lexer::trailing_identifier_start(type_end);
    let type_name = type_end.get(word_start..).unwrap_or("");
    if type_name.is_empty() || NOT_TYPES.contains(&type_name) {
        return false;
    }
    type_end
        .get(..word_start)
        .unwrap_or("")
        .split_whitespace()
        .all(|word| QUALIFIERS.contains(&word))
}

/// The keywords that open a function's definition, whose parentheses hold parameters (`def f(se|`).
const DEFINING_KEYWORDS: &[&str] = &["def", "fn", "func", "function", "constructor"];

/// Whether the prefix stands in the parameter list of a function being defined on this line (`def encode(se|`,
/// `func New(text s|`, `constructor(seed: n|`): a parameter's name or type comes there, never a call of a built-in
/// function or macro (`set(`, `setattr(`, `panic(`, `println!(`), which ranked first over `self` and `string`
/// there on the corpus. Leaving them out raised Python's identifier hits from 52 to 54% and first listed from
/// 66.5 to 67.5% (a line-level test: a parameter list spread over several lines is not recognized).
fn in_definition_parameters(context: &Context<'_>) -> bool {
    definition_parenthesis(context).is_some()
}

/// Where the unclosed `(` of a definition's parameter list opens on the line being typed, as a byte offset.
fn definition_parenthesis(context: &Context<'_>) -> Option<usize> {
    let before = context.before_prefix();
    let open = super::lexer::innermost_unclosed(before, '(', ')')?;
    before
        .get(..open)
        .unwrap_or("")
        .split(|character: char| !super::lexer::is_identifier_char(character))
        .any(|word| DEFINING_KEYWORDS.contains(&word))
        .then_some(open)
}

/// The names an import being written already lists, and the path it imports from (`use std::io::{Read, W`,
/// `import { a, b`, `from os import path, s`): none is imported twice, and no module from itself.
pub(super) fn names_in_import_list<'a>(context: &Context<'a>) -> Option<Vec<&'a str>> {
    /// How far back an import's braces are looked for, in tokens.
    const REACH: usize = 200;
    let python = context.profile.language == Language::Python;
    let mut names = Vec::new();
    // Between the cursor and the `{` of `use path::{` or `import {` (a Python import is one line).
    let mut in_braces = false;
    for token in context.tokens_before().iter().rev().take(REACH) {
        if python && token.line < context.scan.cursor_line {
            break;
        }
        let text = context.text(token);
        match token.kind {
            TokenKind::Identifier if matches!(text, "use" | "import") => {
                return (python || in_braces).then_some(names);
            }
            // `export {` lists what the module gives, not what it takes.
            TokenKind::Identifier if text == "export" => break,
            // Before the braces, the path they import from (`use futures_util::{f` is no `futures_util`).
            TokenKind::Identifier => names.push(text),
            TokenKind::Punctuation if text == "{" && !python && !in_braces => in_braces = true,
            TokenKind::Punctuation if matches!(text, ";" | "}" | ")" | "=" | "{") => break,
            _ => {}
        }
    }
    None
}

/// The bracket opened above that the line being typed continues, when it holds expressions, not statements: a call's
/// or a list's arguments, a Python dict, a JavaScript object literal or an `import {`/`export {` list. No statement
/// keyword starts there (`export {⏎  fin` is `findIndex`, not `finally`). Python's comprehensions are written with
/// `for`, `if` and `else` inside brackets, so those stay allowed there (see [`comprehension_word`]).
fn expression_bracket(context: &Context<'_>) -> Option<char> {
    let tokens = context.tokens_before();
    let mut depth = 0_usize;
    for (index, token) in tokens.iter().enumerate().rev() {
        if token.kind != super::lexer::TokenKind::Punctuation {
            continue;
        }
        match context.text(token) {
            ")" | "]" | "}" => depth += 1,
            "(" | "[" | "{" if depth > 0 => depth -= 1,
            "(" => return Some('('),
            "[" => return Some('['),
            "{" => {
                let literal = match context.profile.language {
                    Language::Python => true,
                    Language::JavaScript | Language::TypeScript => index
                        .checked_sub(1)
                        .and_then(|before| tokens.get(before))
                        .is_some_and(|before| {
                            matches!(
                                context.text(before),
                                "=" | "("
                                    | ","
                                    | "["
                                    | "?"
                                    | "||"
                                    | "&&"
                                    | "??"
                                    | "return"
                                    | "export"
                                    | "import"
                            )
                        }),
                    _ => false,
                };
                return literal.then_some('{');
            }
            _ => {}
        }
    }
    None
}

/// Whether Go's `word` cannot start the statement being typed: a type (`struct`, `string`) starts no statement,
/// `func`, `import` and `package` start top-level declarations only, and nothing else of the language's words
/// does (gofmt indents everything inside a block, so the left margin is the top level).
fn go_word_out_of_place(context: &Context<'_>, word: &str) -> bool {
    // A one-line body (`func Getuid() int { ret`) is inside a block at the left margin.
    let top_level = context.current_indentation() == 0 && !context.before_prefix().contains('{');
    context.profile.language == Language::Go
        && (matches!(word, "func" | "import" | "package") && !top_level
            || top_level
                && !matches!(
                    word,
                    "func" | "import" | "package" | "type" | "var" | "const"
                )
                && context.profile.words.iter().any(|known| known.text == word)
            || context.profile.words.iter().any(|known| {
                known.text == word && known.place == Place::Anywhere && is_go_type(word)
            }))
}

/// Go's predeclared types and type constructors, as its word table lists them.
fn is_go_type(word: &str) -> bool {
    matches!(
        word,
        "struct"
            | "interface"
            | "map"
            | "chan"
            | "string"
            | "bool"
            | "byte"
            | "rune"
            | "error"
            | "any"
    ) || word.starts_with("int")
        || word.starts_with("uint")
        || word.starts_with("float")
}

/// Python's words that a comprehension or a conditional expression writes inside brackets.
fn comprehension_word(language: Language, word: &str) -> bool {
    language == Language::Python && matches!(word, "for" | "if" | "else" | "async")
}

/// The one name that cannot be the one typed here: the object whose method takes it (`userService.save(us` saves
/// a user, never the service itself) and the loop's own variable (`for row in ro` walks the rows).
/// After a call as the previous argument (`printf("(%f, %f)", point_get_x(p), point_ge`), that call's name when
/// the code has a sibling of it (`point_get_y`): a pair of accessors is read one after the other.
fn names_excluded_here<'a>(context: &Context<'a>) -> Option<&'a str> {
    let before = context.before_prefix().trim_end();
    if let Some(previous) = before
        .strip_suffix(',')
        .and_then(|arguments| arguments.strip_suffix(')'))
        .and_then(|call| {
            let open = call.rfind('(')?;
            let name = call.get(..open)?;
            name.get(super::lexer::trailing_identifier_start(name)..)
        })
        .filter(|name| !context.prefix.is_empty() && name.starts_with(context.prefix))
        && has_sibling(context.code, previous)
    {
        return Some(previous);
    }
    if let Some(call) = before.strip_suffix('(') {
        let method_start = super::lexer::trailing_identifier_start(call);
        let receiver = call.get(..method_start)?.strip_suffix('.')?;
        let receiver_start = super::lexer::trailing_identifier_start(receiver);
        let preceded = receiver.get(..receiver_start)?;
        return (!preceded.ends_with(['.', ':', '>']) && receiver_start < receiver.len())
            .then(|| receiver.get(receiver_start..))
            .flatten();
    }
    if let Some(header) = before
        .trim_start()
        .strip_prefix("for ")
        .and_then(|header| header.strip_suffix(" in"))
    {
        let variable = header.trim().trim_start_matches("mut ").trim();
        return super::lexer::is_plain_name(variable).then_some(variable);
    }
    // JavaScript's `for (const file of fi`: the collection walked, never the variable being declared (`files`).
    if let Some(header) = before
        .trim_start()
        .strip_prefix("for (")
        .or_else(|| before.trim_start().strip_prefix("for await ("))
        .and_then(|header| header.strip_suffix(" of"))
    {
        let variable = ["const ", "let ", "var "]
            .iter()
            .find_map(|keyword| header.trim_start().strip_prefix(keyword))?
            .trim();
        return super::lexer::is_plain_name(variable).then_some(variable);
    }
    constructed_class(context)
}

/// Whether `code` calls a name that differs from `name` in its last letter only, an axis or an index
/// (`point_get_y` for `point_get_x`, `getY` for `getX`).
fn has_sibling(code: &str, name: &str) -> bool {
    let Some(last) = name.chars().next_back() else {
        return false;
    };
    let stem = &name[..name.len() - last.len_utf8()];
    let lettered = stem.ends_with('_') || last.is_ascii_uppercase();
    if !lettered || stem.len() < 2 {
        return false;
    }
    code.match_indices(stem).any(|(at, _)| {
        let rest = code.get(at + stem.len()..).unwrap_or("");
        let mut letters = rest.chars();
        let starts_word = code
            .get(..at)
            .and_then(|before| before.chars().next_back())
            .is_none_or(|c| !super::lexer::is_identifier_char(c));
        starts_word
            && letters
                .next()
                .is_some_and(|other| other != last && other.is_alphanumeric())
            && letters.next() == Some('(')
    })
}

/// The parameters a definition's list already declares when the cursor names another one: no two parameters
/// share a name (`test_zero(size_t sz_min, size_t s` -> never `z_min`). A parameter is being named after its type
/// (`size_t `, `const char *`), or anywhere in a list that a defining keyword opens (`def f(a, b`); the earlier
/// parameters are the lists's `type name` entries (`name: type` and `name=default` under a keyword).
fn parameters_declared_before<'a>(context: &Context<'a>) -> Vec<&'a str> {
    let before = context.before_prefix();
    let Some(open) = super::lexer::innermost_unclosed(before, '(', ')') else {
        return Vec::new();
    };
    let Some(list) = before.get(open + 1..) else {
        return Vec::new();
    };
    let keyword_opened = definition_parenthesis(context).is_some();
    let mut entries: Vec<&str> = list.split(',').collect();
    let current = entries.pop().unwrap_or_default();
    let after_type =
        current.trim_start().len() > current.trim().len() || current.ends_with(['*', '&']);
    let current_is_type = !current.trim().is_empty()
        && current.trim().chars().all(|character| {
            super::lexer::is_identifier_char(character) || " *&:<>".contains(character)
        })
        && after_type;
    if !keyword_opened && !current_is_type {
        return Vec::new();
    }
    entries
        .iter()
        .filter_map(|entry| {
            let entry = entry.trim();
            let annotated = entry
                .split([':', '='])
                .next()
                .map(str::trim)
                .filter(|name| keyword_opened && super::lexer::is_plain_name(name));
            let typed = entry
                .rsplit([' ', '*', '&'])
                .next()
                .filter(|name| super::lexer::is_plain_name(name) && entry.len() > name.len());
            annotated.or(typed)
        })
        .collect()
}

/// Whether the name being typed follows a unary `&` (`stat(path, &s`), not a bitwise one (`mask & HIG`): the `&`
/// comes where an operand starts, after an opening bracket, a comma, an assignment or `return`.
fn takes_address(context: &Context<'_>) -> bool {
    let before = context.before_prefix().trim_end();
    let Some(operand_start) = before.strip_suffix('&') else {
        return false;
    };
    let operand_start = operand_start.trim_end();
    !operand_start.ends_with('&')
        && (operand_start.is_empty()
            || operand_start.ends_with(['(', ',', '{', '='])
            || operand_start.ends_with("return"))
}

/// The enumerators a C or C++ `enum` body being written already declares (`STATE_IDLE,⏎STATE_RUNNING,⏎STATE_`):
/// the next one is a new name, and naming an earlier one again does not compile.
fn enumerators_above<'a>(context: &Context<'a>) -> Vec<&'a str> {
    if !matches!(context.profile.language, Language::C | Language::Cpp) {
        return Vec::new();
    }
    let tokens = context.tokens_before();
    let Some(&brace) = super::statements::open_braces(context, tokens).last() else {
        return Vec::new();
    };
    let header = tokens
        .get(super::statements::header_start(context, tokens, brace)..brace)
        .unwrap_or_default();
    if !header.iter().any(|token| context.text(token) == "enum") {
        return Vec::new();
    }
    let body = tokens.get(brace + 1..).unwrap_or_default();
    // Each enumerator starts the body or follows a comma; what follows `=` is a value, which may name another.
    body.iter()
        .enumerate()
        .filter(|(index, token)| {
            token.kind == TokenKind::Identifier
                && index
                    .checked_sub(1)
                    .and_then(|previous| body.get(previous))
                    .is_none_or(|previous| context.text(previous) == ",")
        })
        .map(|(_, token)| context.text(token))
        .collect()
}

/// C's names that the code only ever writes after `struct`, `union` or `enum` (`struct dirent *entry`): tags,
/// never values, so nowhere but after those keywords can they be typed (`readdir(di` is `dir`, not `dirent`).
/// After `&`, the functions too (`stat(path, &s` is `st`, not `stat`).
fn c_struct_tags<'a>(context: &Context<'a>) -> Vec<&'a str> {
    // At a statement's start a type is being named as often as a value: no candidate is left out there, where
    // fewer candidates would only make the remaining ones look surer than they are.
    if context.profile.language != Language::C
        || context.prefix.is_empty()
        || context.prefix_starts_statement()
        || context
            .before_prefix()
            .trim_end()
            .ends_with(|c: char| super::lexer::is_identifier_char(c))
    {
        return Vec::new();
    }
    // After a lone `&` a variable's address is taken: no function (`stat(`) either.
    let address_of = takes_address(context);
    let tokens = context.tokens_before();
    let mut tags: Vec<&str> = Vec::new();
    let mut values: Vec<&str> = Vec::new();
    for (index, token) in tokens.iter().enumerate() {
        let text = context.text(token);
        if token.kind != TokenKind::Identifier || !text.starts_with(context.prefix) {
            continue;
        }
        let after_keyword = index
            .checked_sub(1)
            .and_then(|at| tokens.get(at))
            .is_some_and(|previous| matches!(context.text(previous), "struct" | "union" | "enum"));
        let called = address_of
            && tokens
                .get(index + 1)
                .is_some_and(|next| context.text(next) == "(");
        let list = if after_keyword || called {
            &mut tags
        } else {
            &mut values
        };
        if !list.contains(&text) {
            list.push(text);
        }
    }
    tags.retain(|tag| !values.contains(tag));
    tags
}

/// The class whose TypeScript constructor's parameters hold the cursor: what it is handed (`private
/// usersRepository: Repository<Us`) is another class's instance, injected, never its own.
fn constructed_class<'a>(context: &Context<'a>) -> Option<&'a str> {
    if context.profile.language != Language::TypeScript {
        return None;
    }
    let tokens = context.tokens_before();
    let mut depth = 0_usize;
    let mut open_at = None;
    for (index, token) in tokens.iter().enumerate().rev().take(400) {
        match context.text(token) {
            ")" => depth += 1,
            "(" if depth > 0 => depth -= 1,
            "(" => {
                open_at = Some(index);
                break;
            }
            "{" | "}" | ";" => return None,
            _ => {}
        }
    }
    let open_at = open_at?;
    if !tokens
        .get(open_at.checked_sub(1)?)
        .is_some_and(|token| token.is_word(context.code, "constructor"))
    {
        return None;
    }
    let class_at = tokens
        .get(..open_at)?
        .iter()
        .rposition(|token| token.is_word(context.code, "class"))?;
    tokens
        .get(class_at + 1)
        .filter(|token| token.kind == TokenKind::Identifier)
        .map(|token| context.text(token))
}

/// Whether the Go function around the cursor returns nothing (`func getUser(c *gin.Context) {`, a handler's
/// `func(w http.ResponseWriter, r *http.Request) {`): its `return` stands alone, where the keyword's usual space
/// would wait for a value that never comes. The innermost block opened on a line with `func` is the function's.
fn returns_nothing(context: &Context<'_>) -> bool {
    if context.profile.language != Language::Go {
        return false;
    }
    let mut depth = 0_usize;
    for token in context.tokens_before().iter().rev().take(4000) {
        match context.text(token) {
            "}" => depth += 1,
            "{" if depth > 0 => depth -= 1,
            "{" => {
                let line_start = context
                    .code
                    .get(..token.start)
                    .and_then(|before| before.rfind('\n'))
                    .map_or(0, |newline| newline + 1);
                let header = context.code.get(line_start..token.start).unwrap_or("");
                if let Some(at) = header.rfind("func") {
                    return header
                        .get(at + "func".len()..)
                        .is_some_and(header_without_results);
                }
            }
            _ => {}
        }
    }
    false
}

/// Whether a Go function header after `func` (`(s *S) Name(a int) `, `(w http.ResponseWriter, r
/// *http.Request) `) ends with its parameters: no result type follows them.
fn header_without_results(header: &str) -> bool {
    let header = header.trim();
    let mut groups = Vec::new();
    let mut depth = 0_usize;
    let mut start = 0;
    for (at, character) in header.char_indices() {
        match character {
            '(' => {
                if depth == 0 {
                    start = at;
                }
                depth += 1;
            }
            ')' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    groups.push((start, at + 1));
                }
            }
            _ => {}
        }
    }
    // A method's receiver comes before its name: `(s *S) Name(`.
    let named_after = |end: usize| {
        header
            .get(end..)
            .map(str::trim_start)
            .is_some_and(|rest| rest.starts_with(super::lexer::is_identifier_char))
    };
    let parameters = match groups.as_slice() {
        [(0, receiver_end), second, ..] if named_after(*receiver_end) => Some(*second),
        [first, ..] => Some(*first),
        [] => None,
    };
    parameters.is_some_and(|(_, end)| header.get(end..).is_some_and(|rest| rest.trim().is_empty()))
}

/// Whether a word's suffix makes it a call or a member access (`print(`, `println!(`, `console.`): an
/// expression, not a parameter's name or type.
fn is_call(suffix: &str) -> bool {
    suffix.contains(['(', '!', '.'])
}

/// Whether the word before the prefix is a keyword that introduces a new name (`def calc|`).
fn follows_naming_keyword(context: &Context<'_>) -> bool {
    context
        .tokens_before()
        .last()
        .filter(|token| token.line == context.scan.cursor_line)
        .is_some_and(|token| {
            context
                .profile
                .naming_keywords
                .contains(&context.text(token))
        })
}

/// The confidence at or over which this rule's keyword had no rival among the code's names: a name beginning with
/// the same letters, or the damping of a word that exists as typed, leaves it lower.
pub(super) const UNRIVALLED_KEYWORD: f64 = 0.65;

/// `re` -> `turn ` at an indented statement's start: when the first suggestion is `keyword` as this rule proposed it,
/// unrivalled ([`UNRIVALLED_KEYWORD`]), it is raised to `confidence`. C and Go write these statements more than any
/// name their letters could begin.
pub(super) fn raise_unrivalled_keyword(
    context: &Context<'_>,
    out: &mut [Suggestion],
    keyword: &str,
    confidence: f64,
) {
    let prefix = context.prefix;
    let Some(rest) = keyword.strip_prefix(prefix) else {
        return;
    };
    if prefix.is_empty()
        || rest.is_empty()
        || !context.prefix_starts_statement()
        || context.line_before.len() == context.line_before.trim_start().len()
    {
        return;
    }
    let Some(best) = out
        .iter_mut()
        .max_by(|left, right| left.confidence.total_cmp(&right.confidence))
    else {
        return;
    };
    if best.kind == "keyword"
        && best.text.trim_end() == rest
        && best.confidence >= UNRIVALLED_KEYWORD
    {
        best.confidence = best.confidence.max(confidence);
    }
}
