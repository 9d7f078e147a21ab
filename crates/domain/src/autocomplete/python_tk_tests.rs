//! The fixture lines of a test module for Tk widgets (IDLE's own tests and the tests written after them), each the
//! one that follows the line above: `def setUpClass(cls):` -> `requires('gui')` (the test needs a display), then
//! `cls.root = Tk()` and `cls.root.withdraw()` (a hidden root window), and in `tearDownClass`
//! `cls.root.update_idletasks()` -> `cls.root.destroy()` -> `del cls.root`; an IDLE test module ends with
//! `unittest.main(verbosity=2)`. Each line is offered only where the module imports what it calls.

use super::Suggestion;
use super::cursor::{Context, indentation};

/// How sure the next fixture line is.
const CONFIDENCE: f64 = 0.85;

/// Where the next line sits against the line above.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    /// The first line of the block the line above opens.
    Inside,
    /// The next statement of the same block.
    After,
}

/// Runs the rule at the start of a statement.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() {
        return;
    }
    let Some(previous) = context.previous_code_line() else {
        return;
    };
    let place = match indentation(context.line_before).cmp(&indentation(previous)) {
        std::cmp::Ordering::Greater => Place::Inside,
        std::cmp::Ordering::Equal => Place::After,
        std::cmp::Ordering::Less => return,
    };
    let before = context.code_before_line();
    // `from test.support import requires`, `from tkinter import Tk, Text`: a name the module imports.
    let imports = |module: &str, name: &str| {
        before.lines().any(|line| {
            line.strip_prefix("from ")
                .and_then(|rest| rest.split_once(" import "))
                .is_some_and(|(from, names)| {
                    from.trim() == module
                        && names.split(',').any(|imported| imported.trim() == name)
                })
        })
    };
    let next = match (previous.trim(), place) {
        ("def setUpClass(cls):", Place::Inside) if imports("test.support", "requires") => {
            "requires('gui')"
        }
        ("requires('gui')", Place::After) if imports("tkinter", "Tk") => "cls.root = Tk()",
        ("cls.root = Tk()", Place::After) => "cls.root.withdraw()",
        ("cls.root.update_idletasks()", Place::After) => "cls.root.destroy()",
        ("cls.root.destroy()", Place::After) => "del cls.root",
        ("if __name__ == '__main__':", Place::Inside)
            if before.lines().any(|line| line == "import unittest")
                && before.lines().any(|line| line.starts_with("from idlelib")) =>
        {
            "unittest.main(verbosity=2)"
        }
        _ => return,
    };
    if let Some(rest) = context.rest_of_typed_line(next) {
        out.push(Suggestion::construct(rest, CONFIDENCE));
    }
}
