//! The shape of `src/` (issue 21), checked on every `cargo test`:
//! - no module reaches back into one that reaches it (no cycle of `crate::`, `super::`
//!   or a parent's `child::` paths, file by file);
//! - no file over 600 lines;
//! - effects only through `dom::effect`, and none of them sets or updates a signal: the
//!   state is written by event handlers alone.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 600;

/// Every `.rs` file under `src/` but `main.rs`, by its module path (`state::read`).
fn modules() -> BTreeMap<Vec<String>, (PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).expect("src/ is readable") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&src, &mut files);
    let mut out = BTreeMap::new();
    for path in files {
        let relative = path.strip_prefix(&src).unwrap().with_extension("");
        let mut module: Vec<String> = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        match module.last().map(String::as_str) {
            Some("main") if module.len() == 1 => continue,
            Some("lib") if module.len() == 1 => module.clear(),
            Some("mod") => {
                module.pop();
            }
            _ => {}
        }
        let text = fs::read_to_string(&path).unwrap();
        out.insert(module, (path, text));
    }
    out
}

/// The text without `//` comments.
fn code(text: &str) -> String {
    text.lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The paths that start at `at`: `a::b::{c, d::e}` gives `a::b::c` and `a::b::d::e`.
fn paths_at(text: &str, at: usize) -> Vec<Vec<String>> {
    let rest = &text[at..];
    let mut base = Vec::new();
    let mut i = 0;
    loop {
        let segment: String = rest[i..].chars().take_while(|c| is_ident(*c)).collect();
        if segment.is_empty() {
            break;
        }
        i += segment.len();
        base.push(segment);
        if rest[i..].starts_with("::{") {
            let group = &rest[i + 3..];
            let end = group.find('}').unwrap_or(group.len());
            return group[..end]
                .split(',')
                .map(|item| {
                    let mut path = base.clone();
                    path.extend(
                        item.trim()
                            .split("::")
                            .map(|s| s.chars().take_while(|c| is_ident(*c)).collect::<String>())
                            .filter(|s| !s.is_empty()),
                    );
                    path
                })
                .collect();
        }
        if !rest[i..].starts_with("::") {
            break;
        }
        i += 2;
    }
    vec![base]
}

/// The modules each module names, file by file.
fn graph() -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let modules = modules();
    // The longest prefix of a path that is a file of src/.
    let resolve = |path: &[String]| -> Vec<String> {
        (0..=path.len())
            .rev()
            .map(|n| path[..n].to_vec())
            .find(|prefix| modules.contains_key(prefix))
            .unwrap_or_default()
    };
    let mut graph = BTreeMap::new();
    for (module, (path, text)) in &modules {
        let text = code(text);
        let mut named = BTreeSet::new();
        // `super` is the module above: the folder of a file, the folder's parent of a
        // mod.rs. (`super::*` in a file's own tests names nothing new.)
        let above = &module[..module.len().saturating_sub(1)];
        for (start, base) in [("crate::", &[][..]), ("super::", above)] {
            for (i, _) in text.match_indices(start) {
                for p in paths_at(&text, i + start.len()) {
                    if !p.is_empty() {
                        named.insert(resolve(&[base, &p].concat()));
                    }
                }
            }
        }
        // lib.rs and a mod.rs name their own modules bare: `result::result_panel()`.
        if module.is_empty() || path.ends_with("mod.rs") {
            for child in modules
                .keys()
                .filter(|c| c.len() == module.len() + 1 && c.starts_with(module))
            {
                let bare = format!("{}::", child.last().unwrap());
                if text.match_indices(&bare).any(|(i, _)| {
                    !text[..i]
                        .chars()
                        .next_back()
                        .is_some_and(|c| is_ident(c) || c == ':')
                }) {
                    named.insert(child.clone());
                }
            }
        }
        named.remove(module);
        graph.insert(module.clone(), named);
    }
    graph
}

fn name(module: &[String]) -> String {
    if module.is_empty() {
        "lib".into()
    } else {
        module.join("::")
    }
}

#[test]
fn no_module_of_src_reaches_back_into_one_that_reaches_it() {
    let graph = graph();
    // Depth-first, remembering the path: a module met again on it closes a cycle.
    fn visit(
        at: &Vec<String>,
        graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        path: &mut Vec<Vec<String>>,
        done: &mut BTreeSet<Vec<String>>,
        cycles: &mut Vec<String>,
    ) {
        if let Some(i) = path.iter().position(|m| m == at) {
            let cycle: Vec<String> = path[i..].iter().chain([at]).map(|m| name(m)).collect();
            cycles.push(cycle.join(" -> "));
            return;
        }
        if !done.insert(at.clone()) {
            return;
        }
        path.push(at.clone());
        for next in &graph[at] {
            visit(next, graph, path, done, cycles);
        }
        path.pop();
    }
    let mut cycles = Vec::new();
    let mut done = BTreeSet::new();
    for module in graph.keys() {
        visit(module, &graph, &mut Vec::new(), &mut done, &mut cycles);
    }
    assert!(cycles.is_empty(), "cycles in src/: {cycles:#?}");
    // The check sees the links it should: the app reaches the state, the state the table.
    assert!(graph[&vec!["app".to_string()]].contains(&vec!["state".to_string()]));
    assert!(graph[&vec!["state".to_string(), "read".to_string()]]
        .contains(&vec!["questions".to_string()]));
}

#[test]
fn no_file_of_src_is_over_600_lines() {
    let long: Vec<String> = modules()
        .values()
        .filter_map(|(path, text)| {
            let lines = text.lines().count();
            (lines > MAX_LINES).then(|| format!("{} ({lines})", path.display()))
        })
        .collect();
    assert!(long.is_empty(), "over {MAX_LINES} lines: {long:?}");
}

#[test]
fn effects_only_keep_the_page_in_step_and_never_write_a_signal() {
    for (module, (path, text)) in modules() {
        let text = code(&text);
        if module != ["dom"] {
            assert!(
                !text.contains("Effect::new"),
                "{}: an effect outside dom::effect",
                path.display()
            );
        }
        for (i, _) in text.match_indices("effect(move ||") {
            // The effect's body, to its closing brace.
            let body = &text[i..];
            let open = body.find('{').expect("an effect has a body");
            let mut depth = 0;
            let end = body[open..]
                .char_indices()
                .find_map(|(j, c)| {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        _ => {}
                    }
                    (depth == 0).then_some(open + j)
                })
                .expect("the body closes");
            let body = &body[open..end];
            for write in [".set(", ".update(", ".set_value(", ".update_value("] {
                assert!(
                    !body.contains(write),
                    "{}: an effect writes a signal ({write}): {body}",
                    path.display()
                );
            }
        }
    }
}
