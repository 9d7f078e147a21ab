//! The steps of the linked structures every course builds by hand, a list of nodes and a binary tree, read from
//! the code's own names (its link field, its loop's variable, the function's parameters):
//! - walking a list: in `while current:` (`while (node != null) {`, `for p != nil {`), `current = ` ->
//!   `current.next` (`p->next;` through a C pointer; `current = current.` -> `next`), or the next node the body saved (`next_node`), and the
//!   third part of a walking `for` header (`for (Node n = head; n != null; n = ` -> `n.next) {`);
//! - reversing one in place: after `next_node = current.next`, `current.next = ` -> the node kept before the
//!   loop (`prev`), then `prev = ` -> `current`;
//! - linking a node just made: `self.head = ` or `current.next = ` -> `new_node`, and `new_node.next = ` -> the
//!   list's head;
//! - a tree's recursion on its children: `inorder(` -> `root.left)` then `root.right)`, in a two-parameter
//!   insertion `root.left = ` -> `insert(root.left, key)`, its base case's `return ` -> `Node(key)` (`return new `
//!   -> `Node(key);`) and its last `return ` -> `root`, and a height's or a count's `return 1 + ` -> `max(
//!   height(node.left), height(node.right))` or `count(node.left) + count(node.right)`.
//!
//! - in C and C++, a node made by a function: its `next = NULL;` once its values are in (`next = *head;` in a
//!   push through `struct Node **head`, then `*head = node;`), its `return node;`, a
//!   list's empty `head = NULL;`, a walk to the last node (`while (current->` -> `next != NULL) {`) and the node a
//!   freeing loop saved (`free(` -> `tmp);`).
//!
//! - declaring a node: a link field's type is the node's own, through a pointer (Go's `Next ` -> `*Node`, Rust's
//!   `next: ` -> `Option<Box<Node>>,`).
//!
//! Each fires only where the code shows the link (`next`, `Next`) or the children (`left` and `right`).

use super::Suggestion;
use super::cursor::Context;
use super::idioms::terminator;
use super::language::Language;
use super::lexer::{contains_word, is_identifier_char, is_plain_name};
use super::statements::{FunctionHeader, enclosing_function};

/// Runs the linked-structure steps that apply at the cursor.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() || !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    // The cheap test first: a tree's children in sight, or the start of a height's or a count's sum.
    if typed.starts_with("return")
        && (typed.starts_with("return 1 + ") || typed == "return new " || {
            let code = window(context, false);
            contains_word(code, "left") || contains_word(code, "right")
        })
    {
        tree_return(context, typed, out);
    }
    if typed.ends_with('.') || typed.ends_with("->") {
        walk_step_member(context, typed, out);
    }
    if typed.ends_with(" = ") {
        walk_step(context, typed, out);
        link_fresh_node(context, typed, out);
        insert_into_child(context, typed, out);
    } else if typed.ends_with('(') {
        visit_child(context, typed, out);
    }
    if typed.ends_with("!= ") || typed.ends_with("!== ") {
        end_of_list(context, typed, out);
    }
    if typed.starts_with("for") && typed.ends_with(" = ") {
        walking_for_step(context, typed, out);
    }
    link_field_type(context, typed, out);
    if matches!(context.profile.language, Language::C | Language::Cpp) {
        if typed.ends_with("->") {
            fresh_node_link(context, typed, out);
            walk_to_last(context, typed, out);
        } else if typed == "return " {
            return_fresh_node(context, out);
        } else if typed == "free(" || typed == "delete " {
            free_saved_node(context, typed, out);
        } else if typed.ends_with(" = ") {
            empty_list(context, typed, out);
        } else if typed.is_empty() {
            head_moved_to_fresh_node(context, out);
        }
    }
}

/// The null pointer as the language writes it.
fn null_pointer(context: &Context<'_>) -> &'static str {
    if context.profile.language == Language::Cpp {
        "nullptr"
    } else {
        "NULL"
    }
}

/// `node->` in a function that made `node` (`malloc`, `new`) and gave it each parameter (`node->data = data;`)
/// -> `next = NULL;`: the link is the last field a new node gets, and it ends the list until linked in.
fn fresh_node_link(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    let Some(node) = typed.strip_suffix("->").filter(|node| is_plain_name(node)) else {
        return;
    };
    if fresh_node(context) != Some(node) || link_field(window(context, false)) != Some("next") {
        return;
    }
    let Some(header) = function_header_line(context) else {
        return;
    };
    let body: Vec<&str> = context
        .code_lines_above()
        .take_while(|line| *line != header)
        .collect();
    let given = |field: &str| {
        let assignment = format!("{node}->{field} = ");
        body.iter()
            .any(|line| line.starts_with(assignment.as_str()))
    };
    // A value may go into a field of another name (`node->data = value;`).
    let given_value = |value: &str| {
        let ending = format!(" = {value};");
        body.iter()
            .any(|line| line.starts_with(&format!("{node}->")) && line.ends_with(ending.as_str()))
    };
    // Pushed in front of a list the caller holds (`void push(struct Node **head, int value)`): linked to it.
    let list = list_pointer_parameter(header);
    let parameters = header_parameters(header);
    let filled = parameters
        .iter()
        .filter(|parameter| Some(**parameter) != list)
        .all(|parameter| given(parameter) || given_value(parameter));
    if given("next") || parameters.is_empty() || !filled {
        return;
    }
    let link = list.map_or_else(
        || null_pointer(context).to_owned(),
        |list| format!("*{list}"),
    );
    out.push(Suggestion::construct(format!("next = {link};"), 0.85));
}

/// The parameter through which a C function changes the caller's list (`struct Node **head`, `Node** head_ref`).
fn list_pointer_parameter(header: &str) -> Option<&str> {
    let (_, list) = header.split_once('(')?;
    let (list, _) = list.rsplit_once(')')?;
    list.split(',').find_map(|parameter| {
        let (_, name) = parameter.rsplit_once("**")?;
        let name = name.trim();
        is_plain_name(name).then_some(name)
    })
}

/// The line after `node->next = *head;` in a push -> `*head = node;`: the caller's list now starts at the new node.
fn head_moved_to_fresh_node(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(header) = function_header_line(context) else {
        return;
    };
    let (Some(list), Some(node)) = (list_pointer_parameter(header), fresh_node(context)) else {
        return;
    };
    let linked = context
        .previous_code_line()
        .is_some_and(|line| line.trim() == format!("{node}->next = *{list};"));
    if linked {
        out.push(Suggestion::construct(format!("*{list} = {node};"), 0.85));
    }
}

/// `while (current->` where `current` starts at the head -> `next != NULL) {`: a walk through the links
/// that stops on the last node, where an append links the new one.
fn walk_to_last(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    let Some(node) = typed
        .strip_prefix("while (")
        .and_then(|condition| condition.strip_suffix("->"))
        .filter(|node| is_plain_name(node))
    else {
        return;
    };
    if link_field(window(context, false)) != Some("next") || !walks_from_head(context, node) {
        return;
    }
    out.push(Suggestion::construct(
        format!("next != {}) {{", null_pointer(context)),
        0.85,
    ));
}

/// `return ` at the end of a function that returns a node pointer (`Node *create_node(int data) {`) and made
/// one -> that node.
fn return_fresh_node(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(header) = function_header_line(context) else {
        return;
    };
    let returns_node = header
        .split_once('(')
        .is_some_and(|(before, _)| before.contains("Node") && before.contains('*'));
    // Only at the function's own level: inside an `if` the return is a failure's.
    let at_body_level = context
        .enclosing_lines()
        .next()
        .is_some_and(|line| line == header);
    let Some(node) = fresh_node(context) else {
        return;
    };
    let linked = format!("{node}->next = ");
    let finished = context
        .code_lines_above()
        .take_while(|line| *line != header)
        .any(|line| line.starts_with(linked.as_str()));
    if returns_node && at_body_level && finished {
        out.push(Suggestion::construct(format!("{node};"), 0.85));
    }
}

/// `free(` right after a walk saved the node and stepped past it (`Node *tmp = head;` then `head = head->next;`)
/// -> `tmp);`: the saved node is the one to release (`delete tmp;` in C++).
fn free_saved_node(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    let mut above = context.code_lines_above();
    let (Some(step), Some(save)) = (above.next(), above.next()) else {
        return;
    };
    let Some((walker, next)) = step
        .strip_suffix(';')
        .and_then(|step| step.split_once(" = "))
    else {
        return;
    };
    if next != format!("{walker}->next") {
        return;
    }
    let Some(saved) = save
        .strip_suffix(';')
        .and_then(|save| save.split_once(" = "))
        .filter(|(_, value)| value == &walker)
        .and_then(|(declaration, _)| declaration.rsplit([' ', '*']).next())
        .filter(|saved| is_plain_name(saved))
    else {
        return;
    };
    let text = if typed == "free(" {
        format!("{saved});")
    } else {
        format!("{saved};")
    };
    out.push(Suggestion::construct(text, 0.85));
}

/// `Node *head = ` -> `NULL;` in code that links nodes: a list starts empty (its `head`, `tail`, a tree's
/// `root`, a reversal's `prev`).
fn empty_list(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    let Some(declaration) = typed.strip_suffix(" = ") else {
        return;
    };
    let Some((type_name, name)) = declaration.rsplit_once('*') else {
        return;
    };
    let type_name = type_name.trim();
    let name = name.trim();
    let node_type = type_name.contains("Node") || type_name.contains("node");
    if !node_type || !matches!(name, "head" | "tail" | "root" | "prev") || type_name.contains('=') {
        return;
    }
    out.push(Suggestion::construct(
        format!("{};", null_pointer(context)),
        0.85,
    ));
}

/// How many lines above the cursor's are read for the code's names: the lexed window's depth.
const WINDOW_LINES: usize = 300;

/// The last [`WINDOW_LINES`] lines before the cursor's line, or up to the cursor with `through_cursor`.
fn window<'a>(context: &Context<'a>, through_cursor: bool) -> &'a str {
    let before = context.code_before_line();
    let start = before
        .rmatch_indices('\n')
        .nth(WINDOW_LINES)
        .map_or(0, |(newline, _)| newline + 1);
    let end = if through_cursor {
        context.cursor
    } else {
        before.len()
    };
    context.code.get(start..end).unwrap_or("")
}

/// The name of the link to the next node, as the code writes it (`next`, Go's `Next`), if it does.
fn link_field(code: &str) -> Option<&'static str> {
    ["next", "Next"]
        .into_iter()
        .find(|field| contains_word(code, field))
}

/// The link field, or the textbook's when the walk starts at a list's head (`current = head`, `Node n =
/// this.head;`) in code that shows no node yet.
fn link_field_or_head(context: &Context<'_>, node: &str) -> Option<&'static str> {
    let code = window(context, false);
    if let Some(link) = link_field(code) {
        return Some(link);
    }
    let starts_at_head = code.lines().any(|line| assigned_from_head(line, node));
    starts_at_head.then_some(if context.profile.language == Language::Go {
        "Next"
    } else {
        "next"
    })
}

/// How a field of `name` is reached: `->` through a C or C++ pointer (declared `Node *name` or `Node* name`),
/// else `.`.
fn accessor(context: &Context<'_>, name: &str) -> &'static str {
    match context.profile.language {
        Language::C => "->",
        Language::Cpp => {
            let code = window(context, false);
            let pointer = [format!("*{name}"), format!("* {name}")]
                .iter()
                .any(|declared| {
                    code.match_indices(declared.as_str()).any(|(at, _)| {
                        code.get(at + declared.len()..)
                            .and_then(|tail| tail.chars().next())
                            .is_some_and(|next| !is_identifier_char(next))
                    })
                });
            if pointer { "->" } else { "." }
        }
        _ => ".",
    }
}

/// The node a loop header walks (`current` in `while current:`, `while (node != null) {`, `for p != nil {`), and
/// whether it walks to the last node (`while current.next:`).
fn walked_node<'a>(header: &'a str, link: &str) -> Option<(&'a str, bool)> {
    let condition = super::algorithms::loop_condition(header)?;
    let subject = [
        " is not None",
        " != None",
        " != null",
        " !== null",
        " != NULL",
        " != nullptr",
        " != nil",
    ]
    .iter()
    .find_map(|test| condition.strip_suffix(test))
    .unwrap_or(condition);
    if is_plain_name(subject) {
        return Some((subject, false));
    }
    let (node, field) = subject
        .split_once("->")
        .or_else(|| subject.split_once('.'))?;
    (field == link && is_plain_name(node)).then_some((node, true))
}

/// `current = ` in the body of `while current:` (any language's form of it) -> `current.next`, or the next node
/// the body saved before relinking (`next_node = current.next` ... `current = ` -> `next_node`); and the steps of
/// an in-place reversal: `current.next = ` -> the node kept before the loop, `prev = ` -> `current`.
fn walk_step(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    let Some(target) = typed.strip_suffix(" = ") else {
        return;
    };
    let Some(header) = context.enclosing_lines().next() else {
        return;
    };
    if !(header.starts_with("while") || header.starts_with("for ")) || header.contains(';') {
        return;
    }
    // Rust walks through the binding of `while let Some(node) = current {`: `current = ` -> `&node.next;`.
    if let Some((binding, walked)) = header
        .strip_prefix("while let Some(")
        .and_then(|rest| rest.split_once(") = "))
    {
        let walked = walked.trim_end_matches('{').trim();
        let link = link_field(window(context, false)).unwrap_or("next");
        if typed == format!("{walked} = ") && is_plain_name(binding) && is_plain_name(walked) {
            out.push(Suggestion::construct(format!("&{binding}.{link};"), 0.85));
        }
        return;
    }
    // The link is read from the code, or is the textbook's: the header then names it or the node alone.
    let Some((node, _)) = walked_node(header, "next").or_else(|| walked_node(header, "Next"))
    else {
        return;
    };
    let Some(link) = link_field_or_head(context, node) else {
        return;
    };
    let arrow = accessor(context, node);
    let linked = format!("{node}{arrow}{link}");
    // The loop's body so far: the lines after its header.
    let body: Vec<&str> = context
        .code_lines_above()
        .take_while(|line| *line != header)
        .collect();
    // `next_node = current.next` (`Node* next = current->next;`, `next := current.Next`).
    let saved = body.iter().find_map(|line| {
        let (declaration, value) = line
            .trim_end_matches(';')
            .split_once(" = ")
            .or_else(|| line.split_once(" := "))?;
        let name = declaration.rsplit([' ', '*']).next()?;
        (value.trim() == linked && is_plain_name(name) && name != node).then_some(name)
    });
    let end = terminator(context);
    let advanced = body.iter().any(|line| {
        line.strip_prefix(node)
            .is_some_and(|rest| rest.trim_start().starts_with("= "))
    });
    if typed == format!("{node} = ") {
        if advanced {
            return;
        }
        let next = saved.map_or(linked, str::to_owned);
        out.push(Suggestion::construct(format!("{next}{end}"), 0.88));
        return;
    }
    // An in-place reversal: the saved next node, then the link turned back to the node kept before the loop.
    let Some(saved) = saved else {
        return;
    };
    if target == linked {
        if let Some(previous) = kept_before_loop(context, header, node, saved) {
            out.push(Suggestion::construct(format!("{previous}{end}"), 0.85));
        }
    } else if body
        .first()
        .is_some_and(|line| line.trim_end_matches(';') == format!("{linked} = {target}"))
    {
        out.push(Suggestion::construct(format!("{node}{end}"), 0.85));
    }
}

/// `cur = cur->` (`node = node.`) in a loop that walks `cur` -> `next;`: the walk's step written through the node
/// itself, in code that shows the link or starts the walk at the list's head.
fn walk_step_member(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    let Some(header) = context.enclosing_lines().next() else {
        return;
    };
    if !(header.starts_with("while") || header.starts_with("for ")) || header.contains(';') {
        return;
    }
    let Some((node, _)) = walked_node(header, "next").or_else(|| walked_node(header, "Next"))
    else {
        return;
    };
    let arrow = accessor(context, node);
    if typed != format!("{node} = {node}{arrow}") {
        return;
    }
    // Only a link the code shows: other walks step through other fields (a search tree's `node = node.left`, a
    // document's items' `n = n.right`).
    let code = window(context, false);
    if contains_word(code, "left") || contains_word(code, "right") {
        return;
    }
    let Some(link) = link_field_or_head(context, node) else {
        return;
    };
    out.push(Suggestion::member(
        format!("{link}{}", terminator(context)),
        0.88,
    ));
}

/// The name set to nothing before the loop whose header is `header` (`prev = None`, `Node prev = null;`, `var
/// prev *Node`), other than the walked node and the saved one: the reversed list's head.
fn kept_before_loop<'a>(
    context: &Context<'a>,
    header: &str,
    node: &str,
    saved: &str,
) -> Option<&'a str> {
    /// How many lines above the loop are read.
    const LINES: usize = 6;
    context
        .code_lines_above()
        .skip_while(|line| *line != header)
        .skip(1)
        .take(LINES)
        .find_map(|line| {
            let line = line.trim_end_matches(';');
            let name = if let Some(declaration) = line.strip_prefix("var ") {
                declaration.split(' ').next()?
            } else {
                let (declaration, value) = line.split_once(" = ")?;
                if !matches!(value.trim(), "None" | "null" | "NULL" | "nullptr" | "nil") {
                    return None;
                }
                declaration.rsplit([' ', '*']).next()?
            };
            (is_plain_name(name) && name != node && name != saved).then_some(name)
        })
}

/// The third part of a `for` header that walks a list: `for (Node n = head; n != null; n = ` -> `n.next) {`
/// (`p->next) {` in C, Go's `n.Next {`).
fn walking_for_step(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    let parts: Vec<&str> = typed.split(';').collect();
    let [_, condition, step] = parts.as_slice() else {
        return;
    };
    let Some(node) = step.trim().strip_suffix(" =").map(str::trim) else {
        return;
    };
    let header = format!("while {}", condition.trim());
    if walked_node(&header, "next") != Some((node, false)) {
        return;
    }
    // The header's own start (`Node n = head`) says the walk begins at a list's head.
    let from_head = parts
        .first()
        .and_then(|init| init.split_once(" = "))
        .is_some_and(|(_, value)| {
            value
                .trim()
                .rsplit(['.', '>'])
                .next()
                .is_some_and(|head| head.eq_ignore_ascii_case("head"))
        });
    let textbook = if context.profile.language == Language::Go {
        "Next"
    } else {
        "next"
    };
    let Some(link) = link_field(window(context, false))
        .or_else(|| from_head.then_some(textbook))
        .or_else(|| link_field_or_head(context, node))
    else {
        return;
    };
    let arrow = accessor(context, node);
    let end = if context.profile.language == Language::Go {
        " {"
    } else {
        ") {"
    };
    out.push(Suggestion::construct(
        format!("{node}{arrow}{link}{end}"),
        0.88,
    ));
}

/// The header of the function around the cursor, as a line (`struct Node *push(struct Node *head, int data) {`):
/// the nearest enclosing line that opens no `if`, loop or other block of statements.
fn function_header_line<'a>(context: &Context<'a>) -> Option<&'a str> {
    /// Blocks inside a function.
    const STATEMENT_BLOCKS: &[&str] = &[
        "if", "else", "elif", "for", "while", "do", "switch", "case", "try", "catch", "except",
        "finally", "with", "loop", "match", "default",
    ];
    context.enclosing_lines().find(|line| {
        let first = line
            .split(|c: char| !is_identifier_char(c))
            .next()
            .unwrap_or("");
        !STATEMENT_BLOCKS.contains(&first) && line.contains('(')
    })
}

/// The parameters' names in a function's header line (`head` and `data` in `push(struct Node *head, int data)`,
/// Python's `self` left out).
fn header_parameters(header: &str) -> Vec<&str> {
    let Some(list) = header
        .split_once('(')
        .and_then(|(_, rest)| rest.rsplit_once(')'))
        .map(|(list, _)| list)
    else {
        return Vec::new();
    };
    list.split(',')
        .filter_map(|parameter| {
            let parameter = parameter.split([':', '=']).next()?.trim();
            let name = parameter
                .rsplit([' ', '*', '&'])
                .next()?
                .trim_end_matches("[]");
            (is_plain_name(name) && name != "self").then_some(name)
        })
        .collect()
}

/// The node the enclosing function has just made: `new_node = Node(data)`, `const node = new Node(value);`,
/// `struct Node *n = malloc(sizeof(struct Node));`, `n := &Node{Value: v}`.
fn fresh_node<'a>(context: &Context<'a>) -> Option<&'a str> {
    let header = function_header_line(context)?;
    context
        .code_lines_above()
        .take_while(|line| *line != header)
        .find_map(|line| {
            let (declaration, value) =
                line.split_once(" = ").or_else(|| line.split_once(" := "))?;
            let value = value.trim_start();
            // A node-making function's call (`create_node(data)`, `newNode(v)`) makes one too.
            let maker = value.split_once('(').is_some_and(|(callee, _)| {
                is_plain_name(callee) && callee.to_ascii_lowercase().contains("node")
            });
            let made = value.starts_with("new ")
                || value.starts_with("malloc(")
                || value.starts_with('&')
                || value.starts_with(|c: char| c.is_ascii_uppercase()) && value.contains('(')
                || maker;
            let name = declaration.rsplit([' ', '*']).next()?;
            let names_node = value.contains("Node") || value.contains("node");
            (made && names_node && is_plain_name(name)).then_some(name)
        })
}

/// `self.head = ` or `current.next = ` -> the node the method has just made (`new_node`), and `new_node.next =
/// ` -> the list's head (`self.head`, `this.head`, or the head the function was given): a node is made to be
/// linked in.
fn link_fresh_node(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    let Some(target) = typed.strip_suffix(" = ") else {
        return;
    };
    let Some(field) = target.rsplit(['.', '>']).next() else {
        return;
    };
    if target == field {
        return;
    }
    if !matches!(field, "head" | "next" | "Next" | "Head") {
        fresh_node_field(context, target, field, out);
        return;
    }
    let link = link_field(window(context, false)).unwrap_or(field);
    let Some(node) = fresh_node(context) else {
        return;
    };
    let end = terminator(context);
    let owner = target
        .strip_suffix(field)
        .map(|owner| owner.trim_end_matches(['.', '-', '>']));
    if owner == Some(node) {
        if field != link {
            return;
        }
        // Linked in front: the new node leads to the old head.
        let head = match context.profile.language {
            Language::Python
                if window(context, false).contains("self.head") || in_list_class(context) =>
            {
                "self.head".to_owned()
            }
            Language::JavaScript | Language::TypeScript | Language::Java
                if window(context, false).contains("this.head") || in_list_class(context) =>
            {
                "this.head".to_owned()
            }
            _ => {
                let header = function_header_line(context);
                // The caller's list through a pointer to it: the node it points to.
                if let Some(list) = header.and_then(list_pointer_parameter) {
                    format!("*{list}")
                } else {
                    let Some(head) = header.map(header_parameters).and_then(|parameters| {
                        parameters
                            .into_iter()
                            .find(|parameter| parameter.eq_ignore_ascii_case("head"))
                    }) else {
                        return;
                    };
                    head.to_owned()
                }
            }
        };
        out.push(Suggestion::construct(format!("{head}{end}"), 0.85));
        return;
    }
    out.push(Suggestion::construct(format!("{node}{end}"), 0.85));
}

/// The function's first parameter when it is a tree's node (the code reaches `left` and `right`) that a base
/// case has already tested, with the way to its children (`.` or `->`).
fn tree_parameter<'a>(context: &Context<'a>) -> Option<(FunctionHeader<'a>, &'static str)> {
    let function = enclosing_function(context)?;
    // A traversal's name says it walks a tree (`inorder`, `pre_order`), else the code must show a child (the
    // line being typed may be the first to: `root.left = `).
    let lower = function.name.to_ascii_lowercase();
    let node_named = function
        .parameters
        .first()
        .is_some_and(|parameter| matches!(parameter.name, "node" | "root" | "tree"));
    let traversal = lower.ends_with("order")
        || node_named
            && ["height", "depth", "count", "size", "insert"]
                .iter()
                .any(|word| lower.contains(word));
    let through_cursor = window(context, true);
    if !(traversal
        || contains_word(through_cursor, "left")
        || contains_word(through_cursor, "right"))
    {
        return None;
    }
    let node = function.parameters.first()?.name;
    let body_start = context.tokens_before().get(function.body_start)?.start;
    let body = context
        .code
        .get(body_start..context.code_before_line().len())?;
    let tested = body
        .lines()
        .any(|line| line.trim_start().starts_with("if") && contains_word(line, node));
    if !tested || function.name.is_empty() {
        return None;
    }
    let arrow = accessor(context, node);
    Some((function, arrow))
}

/// `inorder(` in `def inorder(root):` -> `root.left)`, then `root.right)` once the left child was visited: a
/// tree's recursion goes down both children, the left first. The other parameters follow as they came
/// (`insert(root.left, key)`).
fn visit_child(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    // The cheap test first: the call must be to a function the window defines, which finding it reads.
    let callee = typed
        .strip_suffix('(')
        .and_then(|head| head.rsplit(|c: char| !is_identifier_char(c)).next())
        .unwrap_or("");
    if callee.is_empty()
        || window(context, true).matches(callee).nth(1).is_none() && !callee.ends_with("order")
    {
        return;
    }
    let Some((function, arrow)) = tree_parameter(context) else {
        return;
    };
    let name = function.name;
    let Some(before_call) = typed.strip_suffix(&format!("{name}(")) else {
        return;
    };
    if before_call.ends_with(|c: char| is_identifier_char(c) || c == '.') {
        return;
    }
    let node = function
        .parameters
        .first()
        .map_or("", |parameter| parameter.name);
    let left = format!("{name}({node}{arrow}left");
    let body_start = context
        .tokens_before()
        .get(function.body_start)
        .map_or(0, |token| token.start);
    let body = context
        .code
        .get(body_start..context.code_before_line().len())
        .unwrap_or("");
    // The child being assigned (`root.right = insert(`), else the left one first.
    let assigned = ["left", "right"]
        .into_iter()
        .find(|child| before_call.trim() == format!("{node}{arrow}{child} ="));
    let child = assigned.unwrap_or(if body.contains(&left) {
        "right"
    } else {
        "left"
    });
    let arguments = arguments_into_child(&function, node, arrow, child);
    // A call that makes the whole statement ends it.
    let statement =
        before_call.trim().is_empty() || before_call.trim() == "return" || assigned.is_some();
    let end = if statement { terminator(context) } else { "" };
    out.push(Suggestion::construct(format!("{arguments}){end}"), 0.85));
}

/// `root.left = ` in `insert(root, key)` after its base case -> `insert(root.left, key)`: the value goes down
/// into the child's subtree, and the child becomes what the recursion returns.
fn insert_into_child(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    let Some(target) = typed
        .strip_suffix(" = ")
        .filter(|target| target.ends_with("left") || target.ends_with("right"))
    else {
        return;
    };
    let Some((function, arrow)) = tree_parameter(context) else {
        return;
    };
    if function.parameters.len() < 2 {
        return;
    }
    let node = function
        .parameters
        .first()
        .map_or("", |parameter| parameter.name);
    let child = ["left", "right"]
        .into_iter()
        .find(|child| target == format!("{node}{arrow}{child}"));
    let Some(child) = child else {
        return;
    };
    out.push(Suggestion::construct(
        format!(
            "{}({}){}",
            function.name,
            arguments_into_child(&function, node, arrow, child),
            terminator(context)
        ),
        0.85,
    ));
}

/// The arguments of a tree function's call on a child: the child in place of the node, then the function's other
/// parameters as they are (`root.left, key`).
fn arguments_into_child(
    function: &FunctionHeader<'_>,
    node: &str,
    arrow: &str,
    child: &str,
) -> String {
    let mut arguments = format!("{node}{arrow}{child}");
    for other in function.parameters.iter().skip(1) {
        arguments.push_str(", ");
        arguments.push_str(other.name);
    }
    arguments
}

/// `while (current != ` -> `NULL) {` (`nullptr) {` in C++, `null) {` in Java, JavaScript and TypeScript, Go's
/// `for current != ` -> `nil {`) for a node that walks from a list's head: the walk ends where the links do.
fn end_of_list(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    let language = context.profile.language;
    let Some(condition) = (match language {
        Language::Go => typed.strip_prefix("for "),
        _ => typed.strip_prefix("while ("),
    }) else {
        return;
    };
    let Some(node) = condition
        .strip_suffix(" != ")
        .or_else(|| condition.strip_suffix(" !== "))
        .filter(|node| is_plain_name(node))
    else {
        return;
    };
    if link_field_or_head(context, node).is_none() || !walks_from_head(context, node) {
        return;
    }
    let text = match language {
        Language::C => "NULL) {",
        Language::Cpp => "nullptr) {",
        Language::Java | Language::JavaScript | Language::TypeScript => "null) {",
        Language::Go => "nil {",
        _ => return,
    };
    out.push(Suggestion::construct(text, 0.85));
}

/// Whether `node` was set to a list's head (`current = head`, `Node* p = list->head;`).
fn walks_from_head(context: &Context<'_>, node: &str) -> bool {
    window(context, false)
        .lines()
        .any(|line| assigned_from_head(line, node))
}

/// `new_node->data = ` -> `data;`: a node just made takes its value from the parameter of the field's name.
fn fresh_node_field(context: &Context<'_>, target: &str, field: &str, out: &mut Vec<Suggestion>) {
    let Some(node) = fresh_node(context) else {
        return;
    };
    let owner = target
        .strip_suffix(field)
        .map(|owner| owner.trim_end_matches(['.', '-', '>']));
    if owner != Some(node) {
        return;
    }
    let named = function_header_line(context)
        .map(header_parameters)
        .is_some_and(|parameters| parameters.contains(&field));
    if named {
        out.push(Suggestion::construct(
            format!("{field}{}", terminator(context)),
            0.85,
        ));
    }
}

/// Whether the cursor is in a class named for a linked list (`class LinkedList`, `class SinglyLinkedList {`),
/// whose first node is `head` by every textbook's convention.
fn in_list_class(context: &Context<'_>) -> bool {
    context.enclosing_lines().any(|line| {
        line.strip_prefix("class ")
            .and_then(|rest| rest.split(|c: char| !is_identifier_char(c)).next())
            .is_some_and(|name| name.ends_with("LinkedList") || name.ends_with("Linked_List"))
    })
}

/// What a tree function returns, from its name and where the `return` stands: a height's `return 1 + ` ->
/// `max(height(node.left), height(node.right))` (`return 1 + max(` -> the two calls), a count's -> the sum of the
/// two counts; in an insertion (`insert(root, key)`), the base case under `if root is None:` -> `Node(key)`
/// (`return new ` -> `Node(key);`) and the last `return ` of the body -> `root`.
fn tree_return(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    let Some((function, arrow)) = tree_parameter(context) else {
        return;
    };
    let name = function.name;
    let lower = name.to_ascii_lowercase();
    let Some(node) = function.parameters.first().map(|parameter| parameter.name) else {
        return;
    };
    let end = terminator(context);
    let left = format!("{name}({node}{arrow}left)");
    let right = format!("{name}({node}{arrow}right)");
    let language = context.profile.language;
    let larger = match language {
        Language::Python | Language::Go => Some("max("),
        Language::JavaScript | Language::TypeScript | Language::Java => Some("Math.max("),
        Language::Cpp => Some("std::max("),
        _ => None,
    };
    if lower.contains("height") || lower.contains("depth") {
        let Some(larger) = larger else {
            return;
        };
        let text = if typed == "return 1 + " {
            format!("{larger}{left}, {right}){end}")
        } else if typed == format!("return 1 + {larger}") {
            format!("{left}, {right}){end}")
        } else {
            return;
        };
        out.push(Suggestion::construct(text, 0.85));
        return;
    }
    if (lower.contains("count") || lower.contains("size")) && typed == "return 1 + " {
        out.push(Suggestion::construct(
            format!("{left} + {right}{end}"),
            0.85,
        ));
        return;
    }
    if !lower.starts_with("insert") || function.parameters.len() != 2 {
        return;
    }
    let value = function
        .parameters
        .get(1)
        .map_or("", |parameter| parameter.name);
    let Some(header) = context.enclosing_lines().next() else {
        return;
    };
    let tests_empty = header.starts_with("if")
        && contains_word(header, node)
        && ["None", "null", "NULL", "nullptr", "nil"]
            .iter()
            .any(|empty| contains_word(header, empty))
        && !header.contains("left")
        && !header.contains("right");
    if tests_empty {
        let Some(class) = node_class(context) else {
            return;
        };
        let text = match (language, typed) {
            (Language::Python, "return ") => format!("{class}({value})"),
            (
                Language::Java | Language::JavaScript | Language::TypeScript | Language::Cpp,
                "return new ",
            ) => {
                format!("{class}({value}){end}")
            }
            _ => return,
        };
        out.push(Suggestion::construct(text, 0.85));
        return;
    }
    // The body's last statement, after both children were given their subtrees.
    let body_level = function_header_line(context) == Some(header);
    let both_set = ["left", "right"].iter().all(|child| {
        context
            .code_lines_above()
            .take_while(|line| *line != header)
            .any(|line| line.starts_with(&format!("{node}{arrow}{child} = {name}(")))
    });
    if body_level && both_set && typed == "return " {
        out.push(Suggestion::construct(format!("{node}{end}"), 0.85));
    }
}

/// The class of a tree's nodes the code defines (`class TreeNode:`, `class Node {`), or the one a Java or C++
/// function returns (`Node insert(Node root, int key) {`).
fn node_class<'a>(context: &Context<'a>) -> Option<&'a str> {
    let defined = window(context, false).lines().find_map(|line| {
        let name = line
            .trim()
            .strip_prefix("class ")
            .or_else(|| line.trim().strip_prefix("struct "))?
            .split(|c: char| !is_identifier_char(c))
            .next()?;
        name.contains("Node").then_some(name)
    });
    defined.or_else(|| {
        let header = function_header_line(context)?;
        let (before_name, _) = header.split_once('(')?;
        let mut words = before_name.split_whitespace().rev();
        words.next()?;
        let returned = words.next()?.trim_end_matches('*');
        returned.contains("Node").then_some(returned)
    })
}

/// Whether a line gives `node` a list's head (`current = head`, `Node n = this.head;`, `p := l.Head`).
fn assigned_from_head(line: &str, node: &str) -> bool {
    let line = line.trim().trim_end_matches(';');
    line.split_once(" = ")
        .or_else(|| line.split_once(" := "))
        .is_some_and(|(declaration, value)| {
            declaration.rsplit([' ', '*']).next() == Some(node)
                && value
                    .rsplit(['.', '>'])
                    .next()
                    .is_some_and(|head| head.eq_ignore_ascii_case("head"))
        })
}

/// A link field of the struct being declared -> the struct's own type behind its pointer: Go's `Next ` ->
/// `*Node` (`left `, `right `, `prev `, `parent ` alike), Rust's `next: ` -> `Option<Box<Node>>,`. A node refers to
/// nodes of its kind.
fn link_field_type(context: &Context<'_>, typed: &str, out: &mut Vec<Suggestion>) {
    // Not `head` or `tail`: a list's ends are its nodes, not lists.
    const LINKS: &[&str] = &["next", "prev", "previous", "left", "right", "parent"];
    let language = context.profile.language;
    let field = match language {
        Language::Go if typed.ends_with(' ') => typed.trim_end(),
        Language::Rust => match typed.strip_suffix(": ") {
            Some(field) => field,
            None => return,
        },
        _ => return,
    };
    if !LINKS.contains(&field.to_ascii_lowercase().as_str()) {
        return;
    }
    // The struct whose body holds the line: `type Node struct {` (Go), `struct Node {` (Rust).
    let Some(name) = context.enclosing_lines().next().and_then(|header| {
        let header = header.strip_suffix('{')?.trim_end();
        let name = match language {
            Language::Go => header.strip_prefix("type ")?.strip_suffix(" struct")?,
            _ => header
                .strip_prefix("pub ")
                .unwrap_or(header)
                .strip_prefix("struct ")?,
        };
        is_plain_name(name).then_some(name)
    }) else {
        return;
    };
    let text = match language {
        Language::Go => format!("*{name}"),
        _ => format!("Option<Box<{name}>>,"),
    };
    out.push(Suggestion::construct(text, 0.85));
}
