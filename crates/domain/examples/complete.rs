//! Asks the autocomplete engine about snippets typed on standard input, for trying it out by hand.
//!
//! Each input line is `language<TAB>code`, the code holding the cursor as `‸` and its line breaks as `⏎` (tabs
//! as `⇥`). Each output line shows the inline suggestion (or `-`) and the listed ones with their confidences:
//!
//! ```text
//! printf 'python\tdef add(a, b):⏎    return ‸\n' | cargo run -q -p domain --example complete
//! ```

use std::io::BufRead;

use domain::autocomplete::{CompletionRequest, inline_suggestion, suggest};

fn main() {
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let Some((language, marked)) = line.split_once('\t') else {
            continue;
        };
        let marked = marked.replace('⏎', "\n").replace('⇥', "\t");
        let Some(cursor) = marked.chars().position(|character| character == '‸') else {
            eprintln!("no ‸ in {marked:?}");
            continue;
        };
        let code: String = marked
            .chars()
            .filter(|&character| character != '‸')
            .collect();
        let request = CompletionRequest {
            code: &code,
            cursor,
            language,
        };
        match suggest(&request) {
            Ok(suggestions) => {
                let inline = inline_suggestion(&suggestions)
                    .map_or_else(|| "-".to_owned(), |best| format!("{:?}", best.text));
                let listed: Vec<String> = suggestions
                    .iter()
                    .map(|s| format!("{:?} {:.2} {}", s.text, s.confidence, s.kind))
                    .collect();
                println!(
                    "{language}\t{:?}\t=> {inline}\t[{}]",
                    line.split_once('\t').map_or("", |(_, code)| code),
                    listed.join(", ")
                );
            }
            Err(error) => println!("{language}\t{error}"),
        }
    }
}
