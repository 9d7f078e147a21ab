//! Which language a request is in, and what the engine knows about each one.
//!
//! A [`Profile`] gathers a language's lexical [`Syntax`], its keywords and built-ins, its tables of well-known
//! members (`os.path`, `console.log`, `fmt.Println`) and the rules for its constructs. The language modules each
//! define one `PROFILE`; [`profile_for`] maps the client's language name, aliases included, to it.

use super::Suggestion;
use super::cursor::{Context, MemberAccess};
use super::lexer::{Quote, Syntax};
use super::members::MemberHints;
use super::{c_family, generic, go, java, javascript, python, rust};

/// A language the engine has dedicated rules for; anything else is completed by generic rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    /// Python (`python`, `py`, `python3`).
    Python,
    /// JavaScript (`javascript`, `js`, `jsx`, `mjs`, `node`).
    JavaScript,
    /// TypeScript (`typescript`, `ts`, `tsx`).
    TypeScript,
    /// Rust (`rust`, `rs`).
    Rust,
    /// Go (`go`, `golang`).
    Go,
    /// Java (`java`).
    Java,
    /// C (`c`, `h`).
    C,
    /// C++ (`c++`, `cpp`, `cc`, `cxx`, `hpp`).
    Cpp,
    /// Any other language: identifier completion and closing brackets only.
    Other,
}

impl Language {
    /// The language a client name refers to; case and surrounding spaces do not matter, common aliases and file
    /// extensions are understood, and unknown names give [`Language::Other`].
    #[must_use]
    pub fn from_name(name: &str) -> Self {
        match name.trim().to_ascii_lowercase().as_str() {
            "python" | "py" | "python3" | "py3" | "pyw" => Self::Python,
            "javascript" | "js" | "jsx" | "mjs" | "cjs" | "node" | "nodejs" | "ecmascript"
            | "es6" => Self::JavaScript,
            "typescript" | "ts" | "tsx" | "mts" | "cts" => Self::TypeScript,
            "rust" | "rs" => Self::Rust,
            "go" | "golang" => Self::Go,
            "java" => Self::Java,
            "c" | "h" => Self::C,
            "c++" | "cpp" | "cc" | "cxx" | "hpp" | "hh" | "hxx" | "h++" | "cplusplus" => Self::Cpp,
            _ => Self::Other,
        }
    }
}

/// Where a keyword or built-in may be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Place {
    /// Only first on a statement (`return`, `def`, `import`).
    StatementStart,
    /// Wherever an expression may be (`None`, `len`, `typeof`).
    Anywhere,
}

/// A keyword or built-in name, with what naturally follows it.
#[derive(Debug)]
pub(super) struct Word {
    /// The word itself.
    pub text: &'static str,
    /// What is inserted after it (`" "` after `def`, `"("` after `print`, `"!("` after `println`).
    pub suffix: &'static str,
    /// Where it may be written.
    pub place: Place,
}

impl Word {
    /// A statement keyword followed by `suffix`.
    pub const fn statement(text: &'static str, suffix: &'static str) -> Self {
        Self {
            text,
            suffix,
            place: Place::StatementStart,
        }
    }

    /// A word allowed anywhere, followed by `suffix`.
    pub const fn anywhere(text: &'static str, suffix: &'static str) -> Self {
        Self {
            text,
            suffix,
            place: Place::Anywhere,
        }
    }
}

/// How a block header ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum BlockStyle {
    /// `if x:` (Python).
    Colon,
    /// `if (x) {` or `if x {`.
    Brace,
    /// No block syntax the rules know of.
    Unknown,
}

/// Everything the engine knows about one language.
pub(super) struct Profile {
    /// The language.
    pub language: Language,
    /// How to lex it.
    pub syntax: &'static Syntax,
    /// Keywords and built-ins offered when a standalone name is typed.
    pub words: &'static [Word],
    /// Keywords after which a new name is written (`def`, `let`, `class`): no completion from existing names there,
    /// and an occurrence there counts as a definition.
    pub naming_keywords: &'static [&'static str],
    /// Keywords that start a block header (`if`, `for`, `while`, ...), which ends with [`Profile::block_style`].
    pub block_keywords: &'static [&'static str],
    /// How block headers end.
    pub block_style: BlockStyle,
    /// The statement terminator (`;`), if statements end with one.
    pub statement_terminator: Option<&'static str>,
    /// The rules for the language's constructs (loops, returns, `match`/`switch` arms, idioms).
    pub constructs: fn(&Context<'_>, &mut Vec<Suggestion>),
    /// The members the language knows for a receiver: tables of well-known modules and types, members that the code
    /// defines in ways the generic scan cannot see (`self.x = ...` in a Python class).
    pub member_hints: fn(&Context<'_>, &MemberAccess<'_>) -> MemberHints,
}

impl std::fmt::Debug for Profile {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("Profile")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

/// The profile for a client's language name (see [`Language::from_name`]); unknown languages get a generic profile
/// whose comment syntax is guessed from the name (`#` for shell-like languages, `//` otherwise).
pub(super) fn profile_for(name: &str) -> &'static Profile {
    match Language::from_name(name) {
        Language::Python => &python::PROFILE,
        Language::JavaScript => &javascript::JAVASCRIPT,
        Language::TypeScript => &javascript::TYPESCRIPT,
        Language::Rust => &rust::PROFILE,
        Language::Go => &go::PROFILE,
        Language::Java => &java::PROFILE,
        Language::C => &c_family::C,
        Language::Cpp => &c_family::CPP,
        Language::Other => generic::profile_for(name),
    }
}

/// A `"..."` string that ends at the end of its line, with backslash escapes.
pub(super) const DOUBLE_QUOTED: Quote = Quote {
    delimiter: "\"",
    multiline: false,
    escapes: true,
};
/// A `'...'` string or character literal that ends at the end of its line, with backslash escapes.
pub(super) const SINGLE_QUOTED: Quote = Quote {
    delimiter: "'",
    multiline: false,
    escapes: true,
};
