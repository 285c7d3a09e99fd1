//! `rare-check`: reads one case as JSON on stdin, prints one decision as JSON on stdout
//! (SPEC §4).
//!
//! ```sh
//! cargo run -q --release --bin rare-check < case.json
//! ```
//!
//! With `--obligors` it reads a family instead and prints its obligor households
//! (SPEC §5):
//!
//! ```sh
//! cargo run -q --release --bin rare-check -- --obligors < family.json
//! ```
//!
//! Bad input (malformed JSON, an unknown field or value, a missing field, an amount,
//! size or year out of range, an ambiguous disease code; for a family, a duplicate id,
//! an `of` that names nobody, a flag that makes no sense for the relation) exits with
//! code 2 and one line on stderr that names the field. So does an unknown option. It
//! never panics on input.

use std::io::{Read, Write};
use std::process::ExitCode;

fn fail(line: &str) -> ExitCode {
    // One line: collapse any newline a message might carry.
    let line = line.replace(['\n', '\r'], " ");
    let _ = writeln!(std::io::stderr(), "rare-check: {line}");
    ExitCode::from(2)
}

/// `rare-check --obligors`: one family on stdin, its obligor households on stdout.
fn obligors() -> ExitCode {
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        return fail(&format!("(input): cannot read stdin as UTF-8 text: {e}"));
    }
    let de = &mut serde_json::Deserializer::from_str(&input);
    let family: rules::Family = match serde_path_to_error::deserialize(de) {
        Ok(family) => family,
        Err(e) => {
            let path = e.path().to_string();
            let field = if path.is_empty() || path == "." || path == "?" {
                "(input)".to_string()
            } else {
                path
            };
            return fail(&format!("{field}: {}", e.into_inner()));
        }
    };
    let out = match rules::obligors(&family) {
        Ok(out) => out,
        Err(e) => return fail(&e.to_string()),
    };
    match serde_json::to_string_pretty(&out) {
        Ok(json) => {
            if writeln!(std::io::stdout().lock(), "{json}").is_err() {
                return ExitCode::from(1);
            }
            ExitCode::SUCCESS
        }
        Err(e) => fail(&format!("(output): {e}")),
    }
}

fn main() -> ExitCode {
    // No option: a case (SPEC §4). `--obligors`: a family (SPEC §5). Nothing else.
    // `args_os`: a non-UTF-8 argument is an error line, not a panic.
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    match args.as_slice() {
        [] => {}
        [flag] if flag == "--obligors" => return obligors(),
        _ => {
            return fail(&format!(
                "(arguments): unknown arguments {args:?}; use none (a case on stdin) or --obligors (a family on stdin)"
            ))
        }
    }
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        return fail(&format!("(input): cannot read stdin as UTF-8 text: {e}"));
    }
    let de = &mut serde_json::Deserializer::from_str(&input);
    let case: rules::Case = match serde_path_to_error::deserialize(de) {
        Ok(case) => case,
        Err(e) => {
            let path = e.path().to_string();
            let field = if path.is_empty() || path == "." || path == "?" {
                "(input)".to_string()
            } else {
                path
            };
            return fail(&format!("{field}: {}", e.into_inner()));
        }
    };
    let decision = match rules::evaluate(&case) {
        Ok(d) => d,
        Err(e) => return fail(&e.to_string()),
    };
    match serde_json::to_string_pretty(&decision) {
        Ok(json) => {
            let mut out = std::io::stdout().lock();
            if writeln!(out, "{json}").is_err() {
                return ExitCode::from(1);
            }
            ExitCode::SUCCESS
        }
        Err(e) => fail(&format!("(output): {e}")),
    }
}
