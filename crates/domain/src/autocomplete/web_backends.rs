//! What a web back-end's handlers leave to write once the lines above are read, in Python and Node:
//! - a database call's next step (`return cur.` -> `fetchone()` after a `SELECT ... WHERE`, `conn.` -> `commit()`
//!   after an `INSERT`, `db.` in a `finally:` -> `close()`; `return rows[` -> `0];` and `pool.query(sql, [` ->
//!   `id]);` in a lookup by id);
//! - an error's status (`raise HTTPException(status_code=` -> `404)` under `if item is None:`, Express's
//!   `err.status || ` -> `500)` and `console.error(err.` -> `stack);` in an error middleware);
//! - authentication (`req.headers.` -> `authorization`, a bearer header's `split(" ")[` -> `1]`, and in every
//!   language a login's password read on the line under its user name, the same way);
//! - pagination (`(page - 1) * ` -> `per_page`, the page's size the function names);
//! - configuration (`require("dotenv").` -> `config();`, `jwt.verify(token, process.env.` -> `JWT_SECRET`) and a
//!   failed verification's `401)`.

use super::Suggestion;
use super::cursor::Context;
use super::idioms::terminator;
use super::language::Language;
use super::lexer::is_plain_name;
use super::statements::enclosing_function;

/// The confidence of these steps: each follows from the line it completes and the one above.
const CONFIDENCE: f64 = 0.88;

pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.at_line_end() && !super::auto_paired(context.line_after) {
        return;
    }
    password_like_username(context, out);
    match context.profile.language {
        Language::Python => {
            database_step(context, out);
            missing_item_status(context, out);
        }
        Language::JavaScript | Language::TypeScript => {
            node_step(context, out);
            query_parameters(context, out);
        }
        _ => return,
    }
    page_offset(context, out);
}

/// The line under a login's `username = request.form["username"]` -> `password = request.form["password"]`: the
/// password is read the way the user name just was (`const username = req.body.username;`, `String username =
/// request.getParameter("username");`, `username := r.FormValue("username")`, `input("Username: ")`), in any
/// language. Only when the name is read by its own key and the code has not read a password yet.
fn password_like_username(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    if typed.contains([' ', '.', '(']) {
        return;
    }
    let Some(previous) = context.previous_code_line() else {
        return;
    };
    let indented_alike =
        super::cursor::indentation(previous) == context.current_indentation() || typed.is_empty();
    let previous = previous.trim();
    let Some(name) = ["username", "email"].into_iter().find(|name| {
        // The name is the variable (`username =`, `username :=`, `String username =`) and the key it is read by.
        [" = ", " := "].iter().any(|assign| {
            previous.split_once(assign).is_some_and(|(target, value)| {
                target.rsplit(' ').next() == Some(*name)
                    && value.to_ascii_lowercase().contains(name)
            })
        })
    }) else {
        return;
    };
    let read_already = context
        .code_lines_above()
        .take(20)
        .any(|line| line.to_ascii_lowercase().contains("password"));
    // A script that imported `getpass` reads the password with it, not as it read the name.
    if !indented_alike || read_already || context.code.contains("getpass") {
        return;
    }
    let capitalized = format!("{}{}", name[..1].to_ascii_uppercase(), &name[1..]);
    let line = previous
        .replace(name, "password")
        .replace(&capitalized, "Password")
        .replace(&name.to_ascii_uppercase(), "PASSWORD");
    if let Some(rest) = line.strip_prefix(typed).filter(|rest| !rest.is_empty()) {
        out.push(Suggestion::construct(rest, 0.86));
    }
}

/// Python's DB-API: what follows an `execute` (a query's row or rows, a change's `commit()`), and a session's
/// `close()` in the `finally:` of the dependency that opened it.
fn database_step(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    let receiver = access.receiver;
    if !is_plain_name(receiver) {
        return;
    }
    let Some(before) = context.before_receiver(&access).map(str::trim) else {
        return;
    };
    // Not once the change is committed (`conn.commit()` then `conn.` -> `close()`, another rule's).
    if context
        .code_lines_above()
        .take(4)
        .any(|line| line.contains(".commit()"))
    {
        return;
    }
    let executed = context.code_lines_above().take(4).find_map(|line| {
        let (_, query) = line.split_once(".execute(")?;
        let query = query.trim_start_matches(['"', '\'', 'f']);
        Some(query.split_whitespace().next()?.to_ascii_uppercase())
    });
    let step = match (before, executed.as_deref()) {
        ("return", Some("SELECT")) if receiver == "cur" || receiver == "cursor" => {
            // One row for a lookup (`WHERE email = ?` in `get_user_by_email`), all of them else.
            let single = enclosing_function(context).is_some_and(|function| {
                let name = function.name;
                (name.starts_with("get_") || name.starts_with("find_") || name.contains("_by_"))
                    && !name.ends_with('s')
            });
            if single { "fetchone()" } else { "fetchall()" }
        }
        ("", Some("INSERT" | "UPDATE" | "DELETE"))
            if matches!(receiver, "conn" | "connection" | "db" | "con") =>
        {
            "commit()"
        }
        ("", _)
            if context
                .enclosing_lines()
                .next()
                .is_some_and(|header| header == "finally:")
                && context
                    .code_before_line()
                    .contains(&format!("yield {receiver}")) =>
        {
            "close()"
        }
        _ => return,
    };
    if let Some(rest) = step.strip_prefix(context.prefix) {
        out.push(Suggestion::member(rest, CONFIDENCE));
    }
}

/// `raise HTTPException(status_code=` -> `404)` under `if item is None:`: what was looked up is not there.
fn missing_item_status(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty()
        || !context
            .line_before
            .trim_start()
            .ends_with("HTTPException(status_code=")
    {
        return;
    }
    let missing = context.enclosing_lines().next().is_some_and(|header| {
        header.starts_with("if ")
            && (header.ends_with(" is None:") || header.starts_with("if not "))
    });
    if missing {
        out.push(Suggestion::construct("404)", CONFIDENCE));
    }
}

/// Node's everyday steps: `require("dotenv").` -> `config();`, an error middleware's `err.` -> `stack` and
/// `err.status || ` -> `500)`, `req.headers.` -> `authorization`, a bearer header's `split(" ")[` -> `1]`.
fn node_step(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let typed = context.line_before.trim_start();
    let end = terminator(context);
    let error_middleware = context
        .enclosing_lines()
        .any(|header| header.contains("(err, req, res, next)") || header.contains("(err: "));
    let text = if typed == format!("require(\"dotenv\").{}", context.prefix)
        || typed == format!("require('dotenv').{}", context.prefix)
    {
        format!("config(){end}")
    } else if typed == format!("console.error(err.{}", context.prefix) && error_middleware {
        format!("stack){end}")
    } else if typed.ends_with("status(err.status || ")
        && error_middleware
        && context.prefix.is_empty()
    {
        // The status's own parenthesis: the body's `.json(` follows.
        "500)".to_owned()
    } else if typed.ends_with("res.status(")
        && context.prefix.is_empty()
        && context
            .enclosing_lines()
            .next()
            .is_some_and(|header| header.starts_with("} catch ("))
        && context
            .code_lines_above()
            .take(6)
            .any(|line| line.contains("jwt.verify("))
    {
        // A token that failed verification: not authenticated.
        "401)".to_owned()
    } else if let Some(name) = typed
        .strip_suffix(context.prefix)
        .and_then(|head| head.strip_suffix("process.env."))
        .and_then(configured_secret)
    {
        name.to_owned()
    } else if typed.ends_with("req.headers.") && context.prefix.is_empty() {
        "authorization".to_owned()
    } else if context.prefix.is_empty()
        && (typed.ends_with(".split(\" \")[") || typed.ends_with(".split(' ')["))
        && ["header", "auth", "authorization"]
            .iter()
            .any(|name| typed.contains(name))
    {
        let Some(closing) = super::closers::after_value(context) else {
            return;
        };
        format!("1{closing}")
    } else {
        return;
    };
    let Some(rest) = text.strip_prefix(context.prefix) else {
        return;
    };
    out.push(Suggestion::construct(rest, CONFIDENCE));
}

/// The environment variable a call's argument names: `jwt.sign(payload, process.env.` -> `JWT_SECRET`, `new
/// Pool({ connectionString: process.env.` -> `DATABASE_URL`.
fn configured_secret(head: &str) -> Option<&'static str> {
    if head.contains("jwt.sign(") || head.contains("jwt.verify(") {
        Some("JWT_SECRET")
    } else if head.ends_with("connectionString: ") || head.contains("mongoose.connect(") {
        Some(if head.contains("mongoose") {
            "MONGODB_URI"
        } else {
            "DATABASE_URL"
        })
    } else {
        None
    }
}

/// `pool.query("SELECT * FROM users WHERE id = $1", [` -> `id]);` in `getUserById(id)`: the placeholders take the
/// function's parameters in order; `return rows[` -> `0];` after such a lookup.
fn query_parameters(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() {
        return;
    }
    let typed = context.line_before.trim_start();
    let Some(function) = enclosing_function(context) else {
        return;
    };
    let parameters: Vec<&str> = function.parameter_names().collect();
    if let Some(head) = typed.strip_suffix(", [") {
        let placeholders = head.matches('$').count().max(head.matches('?').count());
        let query = head.contains(".query(") || head.contains(".execute(");
        if !query || placeholders == 0 || placeholders > parameters.len() {
            return;
        }
        // The query's own parenthesis (and the statement) close after the list.
        let unclosed = head
            .matches('(')
            .count()
            .saturating_sub(head.matches(')').count());
        let end = if unclosed == 1 {
            terminator(context)
        } else {
            ""
        };
        let listed = parameters[..placeholders].join(", ");
        out.push(Suggestion::construct(
            format!("{listed}]{}{end}", ")".repeat(unclosed)),
            CONFIDENCE,
        ));
        return;
    }
    if typed == "return rows["
        && context
            .code_lines_above()
            .take(3)
            .any(|line| line.contains("{ rows } = await"))
        && (function.name.contains("ById")
            || function.name.starts_with("get") && !function.name.ends_with('s'))
    {
        out.push(Suggestion::construct(
            format!("0]{}", terminator(context)),
            CONFIDENCE,
        ));
    }
}

/// `offset = (page - 1) * ` -> `per_page`: a page starts its size times the pages before it, the size the
/// function names (`per_page`, `limit`, `page_size`, `pageSize`).
fn page_offset(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !context.prefix.is_empty() || !context.line_before.ends_with("(page - 1) * ") {
        return;
    }
    const SIZES: &[&str] = &[
        "per_page",
        "page_size",
        "pageSize",
        "perPage",
        "limit",
        "size",
    ];
    let before = context.code_before_line();
    let Some(size) = SIZES
        .iter()
        .find(|size| super::lexer::contains_word(before, size))
    else {
        return;
    };
    let closing = super::closers::after_value(context).unwrap_or_default();
    out.push(Suggestion::construct(
        format!("{size}{closing}"),
        CONFIDENCE,
    ));
}
