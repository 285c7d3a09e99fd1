//! `rare-check`: reads one case as JSON on stdin, prints one decision as JSON on stdout
//! (SPEC §4).
//!
//! ```sh
//! cargo run -q --release --bin rare-check < case.json
//! ```
//!
//! Bad input (malformed JSON, an unknown field or value, a missing field, an amount,
//! size or year out of range, an ambiguous disease code) exits with code 2 and one line
//! on stderr that names the field. It never panics on input.

use std::io::{Read, Write};
use std::process::ExitCode;

fn fail(line: &str) -> ExitCode {
    // One line: collapse any newline a message might carry.
    let line = line.replace(['\n', '\r'], " ");
    let _ = writeln!(std::io::stderr(), "rare-check: {line}");
    ExitCode::from(2)
}

fn main() -> ExitCode {
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
