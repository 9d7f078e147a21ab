//! Codec modules written to the `codecs` module's contract (the one the standard library's `encodings` package
//! and third-party codecs follow): a `getregentry()` whose body is `return codecs.CodecInfo(`, the `CodecInfo`'s
//! keywords in their usual order (`encode=Codec().encode,` ... `streamwriter=StreamWriter,`), and the module's
//! own calls mirrored where the contract repeats them: a stateless `decode` answers with the decoding twin of
//! `encode`'s call, an incremental `encode`/`decode` wraps the stateless call with `self.errors` and takes the
//! first item of its result, a buffered decoder is given the module's decoding function.
//!
//! The classes and tables that `gencodec.py` generates are deliberately not reproduced: that is a generator's
//! output, not code a person types, and recalling it would only fit the benchmark's corpus (where generated codec
//! modules are a sixth of the Python files).
//!
//! Every rule completes the cursor's line from what is typed on it, so a line begun by hand (`return codecs.`,
//! `encode=Codec().`) is finished the same way as a blank one.

use super::Suggestion;
use super::cursor::{Context, indentation};

/// How sure a line of the codec contract is once the module is known to follow it: above the member and name
/// guesses that begin the same text (`return codecs.ch` -> `armap_encode()` at 0.90, `(i` -> `nput(` at 0.95).
const CONFIDENCE: f64 = 0.96;

/// How many lines above the cursor a call's keywords or a class's body are read in.
const WINDOW: usize = 40;

/// Runs the rules when the module imports `codecs`.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let before = context.code_before_line();
    if !imports_codecs(before) {
        return;
    }
    registry_entry(context, out);
    codec_info_keyword(context, before, out);
    stateless_twin_return(context, out);
    aliased_incremental_return(context, out);
    buffered_decoder(context, out);
}

/// Whether an `import` line of `code` names the `codecs` module (`import codecs`, `import _codecs_jp, codecs`).
fn imports_codecs(code: &str) -> bool {
    // One substring search rejects almost every module before the line by line read.
    memchr::memmem::find(code.as_bytes(), b"codecs").is_some()
        && code.lines().any(|line| {
            line.strip_prefix("import ")
                .is_some_and(|names| names.split(',').any(|name| name.trim() == "codecs"))
        })
}

/// Offers the rest of `line` when what is typed on the cursor's line begins it.
fn finish_line(context: &Context<'_>, line: &str, out: &mut Vec<Suggestion>) {
    if let Some(rest) = context.rest_of_typed_line(line) {
        out.push(Suggestion::construct(rest, CONFIDENCE));
    }
}

/// Whether the cursor's line is the first of the block `header` opens (the line above, indented deeper).
fn first_in_block(context: &Context<'_>, header: &str) -> bool {
    context.previous_code_line().is_some_and(|line| {
        line.trim() == header && indentation(context.line_before) > indentation(line)
    })
}

/// `def getregentry():` then `return ` -> `codecs.CodecInfo(`: the function the `encodings` package looks a codec
/// up by returns the codec's description and nothing else.
fn registry_entry(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if first_in_block(context, "def getregentry():") {
        finish_line(context, "return codecs.CodecInfo(", out);
    }
}

/// Inside `return codecs.CodecInfo(`, one keyword a line: the next one in the usual order after those written
/// (`incrementalencoder=IncrementalEncoder,` after `decode=Codec().decode,`), naming the class the module defines
/// for it. The codec's `name=` is its own and is never offered.
fn codec_info_keyword(context: &Context<'_>, before: &str, out: &mut Vec<Suggestion>) {
    const KEYWORDS: &[(&str, &str, &str)] = &[
        ("encode", "encode=Codec().encode,", "Codec"),
        ("decode", "decode=Codec().decode,", "Codec"),
        (
            "incrementalencoder",
            "incrementalencoder=IncrementalEncoder,",
            "IncrementalEncoder",
        ),
        (
            "incrementaldecoder",
            "incrementaldecoder=IncrementalDecoder,",
            "IncrementalDecoder",
        ),
        ("streamreader", "streamreader=StreamReader,", "StreamReader"),
        ("streamwriter", "streamwriter=StreamWriter,", "StreamWriter"),
    ];
    let mut written: Vec<(&str, &str)> = Vec::new();
    let mut inside = false;
    for line in before.lines().rev().take(WINDOW) {
        let line = line.trim();
        if line.ends_with("codecs.CodecInfo(") {
            inside = true;
            break;
        }
        let Some((keyword, _)) = line.split_once('=').filter(|_| line.ends_with(',')) else {
            return;
        };
        written.push((keyword.trim(), line));
    }
    if !inside {
        return;
    }
    let typed = context.line_before.trim_start();
    if typed.starts_with("name") {
        return;
    }
    // `decode=` mirrors what `encode=` was given (`encode=hex_encode,` -> `decode=hex_decode,`, the module's own
    // functions rather than the usual class's methods).
    let mirrored = written
        .iter()
        .find(|(keyword, _)| *keyword == "encode")
        .map(|(_, line)| line.replace("encode", "decode"));
    let next = KEYWORDS.iter().find_map(|(keyword, line, class)| {
        let line = match (*keyword, &mirrored) {
            ("decode", Some(mirrored)) => mirrored.as_str(),
            _ if before.contains(&format!("class {class}(")) => line,
            _ => return None,
        };
        (!written.iter().any(|(done, _)| done == keyword) && line.starts_with(typed))
            .then_some(line)
    });
    if let Some(line) = next {
        finish_line(context, line, out);
    }
}

/// In a codec whose stateless `Codec` answers through a call (`return quopri_encode(input, errors)`): its
/// `decode` -> the decoding twin of that call, and an incremental `encode` or `decode` -> the stateless call with
/// `self.errors` and the first item of its result (`quopri_encode(input, self.errors)[0]`), the way the
/// incremental classes wrap the stateless functions. A character map's decoding table is not named after its
/// encoding one (`encoding_map` beside `decoding_table`), so its stateless `decode` is not mirrored.
fn stateless_twin_return(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(header) = context.previous_code_line().map(str::trim) else {
        return;
    };
    if !first_in_block(context, header) {
        return;
    }
    let stateless_return = |operation: &str| {
        let wanted = format!("def{operation}(self,input,errors='strict'):");
        let mut below: Option<&str> = None;
        for line in context.code_lines_above().take(WINDOW) {
            if line.replace(' ', "") == wanted {
                return below.and_then(|statement| statement.strip_prefix("return "));
            }
            below = Some(line);
        }
        None
    };
    let line = match header.replace(' ', "").as_str() {
        "defdecode(self,input,errors='strict'):" => {
            let Some(call) = stateless_return("encode").filter(|call| {
                call.contains("encode(") && !call.contains("charmap") && call.ends_with(')')
            }) else {
                return;
            };
            format!("return {}", call.replace("encode", "decode"))
        }
        "defencode(self,input,final=False):" | "defdecode(self,input,final=False):" => {
            let operation = if header.contains("encode") {
                "encode"
            } else {
                "decode"
            };
            let Some(call) = stateless_return(operation).filter(|call| call.ends_with(')')) else {
                return;
            };
            let Some(with_state) = [", errors", ",errors"].iter().find_map(|argument| {
                call.contains(argument)
                    .then(|| call.replacen(argument, &argument.replace("errors", "self.errors"), 1))
            }) else {
                return;
            };
            format!("return {with_state}[0]")
        }
        _ => return,
    };
    finish_line(context, &line, out);
}

/// `encode = codecs.utf_8_encode` above, then an incremental encoder's `return ` ->
/// `codecs.utf_8_encode(input, self.errors)[0]`: a codec that names a function for its stateless side wraps the same
/// one in its incremental class.
fn aliased_incremental_return(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(header) = context.previous_code_line().map(str::trim) else {
        return;
    };
    if !first_in_block(context, header) {
        return;
    }
    let operation = match header.replace(' ', "").as_str() {
        "defencode(self,input,final=False):" => "encode",
        "defdecode(self,input,final=False):" => "decode",
        _ => return,
    };
    let alias = context.code_lines_above().take(WINDOW).find_map(|line| {
        line.strip_prefix(operation)
            .and_then(|rest| rest.strip_prefix(" = "))
            .filter(|function| {
                !function.is_empty()
                    && function
                        .chars()
                        .all(|c| c.is_alphanumeric() || c == '_' || c == '.')
            })
    });
    // A character map's function takes its table too (`charmap.py`'s `self.mapping`).
    let Some(function) = alias.filter(|function| !function.contains("charmap_")) else {
        return;
    };
    // The twin written above shows the module's spacing (`latin_1_encode(input,self.errors)`).
    let separator = if context.code_before_line().contains("(input,self.errors)") {
        ","
    } else {
        ", "
    };
    finish_line(
        context,
        &format!("return {function}(input{separator}self.errors)[0]"),
        out,
    );
}

/// A `codecs.BufferedIncrementalDecoder`'s first statement -> `_buffer_decode = codecs.utf_8_decode`: the
/// buffered decoder is given the module's decoding function (the last `codecs...._decode` named above).
fn buffered_decoder(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(header) = context.previous_code_line().map(str::trim) else {
        return;
    };
    if !header.starts_with("class ")
        || !header.ends_with("(codecs.BufferedIncrementalDecoder):")
        || !first_in_block(context, header)
    {
        return;
    }
    let function = context.code_lines_above().take(WINDOW).find_map(|line| {
        let start = line.find("codecs.")?;
        let name: String = line[start + "codecs.".len()..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        name.ends_with("_decode").then_some(name)
    });
    if let Some(function) = function {
        finish_line(context, &format!("_buffer_decode = codecs.{function}"), out);
    }
}
