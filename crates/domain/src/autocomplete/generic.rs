//! Any other language: completion of names the code uses, and closing brackets and quotes.
//!
//! The lexical syntax is guessed from the language name: `#` comments for shell-like languages (Ruby, shell, Perl,
//! R, YAML, ...), `//` and `/* */` for C-like ones (Kotlin, Swift, C#, Scala, Dart, PHP, ...), both for a name the
//! engine has never heard of. Nothing language-specific is suggested.

use super::Suggestion;
use super::cursor::{Context, MemberAccess};
use super::language::{BlockStyle, DOUBLE_QUOTED, Language, Profile, SINGLE_QUOTED};
use super::lexer::Syntax;
use super::members::MemberHints;

static HASH_COMMENTS: Syntax = Syntax {
    line_comments: &["#"],
    block_comment: None,
    nested_block_comments: false,
    quotes: &[DOUBLE_QUOTED, SINGLE_QUOTED],
    string_prefixes: &[],
    raw_strings: false,
    char_or_lifetime: false,
    regex_literals: false,
    template_interpolation: false,
    dollar_in_identifiers: true,
};

static SLASH_COMMENTS: Syntax = Syntax {
    line_comments: &["//"],
    block_comment: Some(("/*", "*/")),
    nested_block_comments: false,
    quotes: &[DOUBLE_QUOTED, SINGLE_QUOTED],
    string_prefixes: &[],
    raw_strings: false,
    char_or_lifetime: false,
    regex_literals: false,
    template_interpolation: false,
    dollar_in_identifiers: true,
};

static ANY_COMMENTS: Syntax = Syntax {
    line_comments: &["//", "#"],
    block_comment: Some(("/*", "*/")),
    nested_block_comments: false,
    quotes: &[DOUBLE_QUOTED, SINGLE_QUOTED],
    string_prefixes: &[],
    raw_strings: false,
    char_or_lifetime: false,
    regex_literals: false,
    template_interpolation: false,
    dollar_in_identifiers: true,
};

/// A profile with the given syntax and no language-specific rules.
macro_rules! generic_profile {
    ($syntax:expr, $block_style:expr) => {
        Profile {
            language: Language::Other,
            syntax: $syntax,
            words: &[],
            naming_keywords: &[],
            block_keywords: &[],
            block_style: $block_style,
            statement_terminator: None,
            constructs: no_constructs,
            member_hints: no_member_hints,
        }
    };
}

static HASH_PROFILE: Profile = generic_profile!(&HASH_COMMENTS, BlockStyle::Unknown);
static SLASH_PROFILE: Profile = generic_profile!(&SLASH_COMMENTS, BlockStyle::Brace);
static UNKNOWN_PROFILE: Profile = generic_profile!(&ANY_COMMENTS, BlockStyle::Unknown);

/// The generic profile whose comment syntax fits the language `name`.
pub(super) fn profile_for(name: &str) -> &'static Profile {
    match name.trim().to_ascii_lowercase().as_str() {
        "ruby" | "rb" | "shell" | "sh" | "bash" | "zsh" | "fish" | "perl" | "pl" | "r" | "yaml"
        | "yml" | "toml" | "elixir" | "ex" | "exs" | "makefile" | "make" | "dockerfile"
        | "powershell" | "ps1" | "nim" | "julia" | "jl" | "crystal" | "coffeescript" | "tcl"
        | "cmake" | "ini" | "conf" => &HASH_PROFILE,
        "kotlin" | "kt" | "kts" | "swift" | "csharp" | "c#" | "cs" | "scala" | "dart" | "php"
        | "groovy" | "zig" | "css" | "scss" | "less" | "objective-c" | "objc" | "m"
        | "solidity" | "sol" | "v" | "d" | "odin" | "verilog" | "glsl" | "hlsl" | "proto"
        | "protobuf" => &SLASH_PROFILE,
        _ => &UNKNOWN_PROFILE,
    }
}

fn no_constructs(_context: &Context<'_>, _out: &mut Vec<Suggestion>) {}

fn no_member_hints(_context: &Context<'_>, _access: &MemberAccess<'_>) -> MemberHints {
    MemberHints::default()
}
