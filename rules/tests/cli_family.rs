//! `rare-check --obligors` (SPEC §5): one family on stdin, its obligor households on
//! stdout; bad input exits 2 with one stderr line naming the field.

mod common;

/// SPEC §5's example family.
const SPEC_FAMILY: &str = r#"{ "relatives": [
  { "id": "dad", "relation": "parent" },
  { "id": "mum", "relation": "parent" },
  { "id": "son", "relation": "child", "lives_apart": true },
  { "id": "dil", "relation": "child_spouse", "of": "son", "foreign": true },
  { "id": "mil", "relation": "spouse_parent" }
] }"#;

fn run(args: &[&str], input: &str) -> (Option<i32>, String, String) {
    common::rare_check(args, input)
}

/// Bad input: exit 2, nothing on stdout, exactly the one stderr line `expected`.
fn rejects_with(args: &[&str], input: &str, expected: &str) {
    let (code, stdout, stderr) = run(args, input);
    assert_eq!(code, Some(2), "stderr: {stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    assert_eq!(stderr, format!("{expected}\n"));
}

/// Bad family input: exit 2, nothing on stdout, one stderr line that starts
/// `rare-check: <field>: ` (for serde's messages, whose wording is serde's).
fn rejects(input: &str, field: &str) -> String {
    rejects_args(&["--obligors"], input, field)
}

fn rejects_args(args: &[&str], input: &str, field: &str) -> String {
    let (code, stdout, stderr) = run(args, input);
    assert_eq!(code, Some(2), "stderr: {stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with(&format!("rare-check: {field}: ")),
        "{stderr:?} does not name {field}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}

fn family(relatives: serde_json::Value) -> String {
    serde_json::json!({ "relatives": relatives }).to_string()
}

#[test]
fn the_spec_example_family_prints_the_spec_households_obligors_and_exclusions() {
    let (code, stdout, stderr) = run(&["--obligors"], SPEC_FAMILY);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.is_empty());
    let o: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        o["households"],
        serde_json::json!([
            { "members": ["dad", "mum"], "size": 2 },
            { "members": ["son", "dil"], "size": 2 }
        ])
    );
    assert_eq!(o["obligors"], serde_json::json!(["dad", "mum", "son"]));
    assert_eq!(o["excluded"][0]["id"], "mil");
    assert_eq!(o["excluded"][1]["id"], "dil");
    assert_eq!(o["excluded"].as_array().unwrap().len(), 2);
    let mil = o["excluded"][0]["reason"].as_str().unwrap();
    assert!(mil.contains("배우자의 부모"), "{mil}");
    assert!(mil.contains("(근거: 과천시 보건소 안내"), "{mil}");
    let dil = o["excluded"][1]["reason"].as_str().unwrap();
    assert!(dil.contains("외국인 배우자"), "{dil}");
    assert!(dil.contains("가구원 수에는 넣습니다"), "{dil}");
    // Pretty-printed, with SPEC §5's keys in its order and nothing else.
    assert!(stdout.starts_with("{\n  \"households\": ["), "{stdout}");
    let at = |key: &str| stdout.find(&format!("\n  \"{key}\":")).expect(key);
    assert!(at("households") < at("obligors") && at("obligors") < at("excluded"));
    assert_eq!(o.as_object().unwrap().len(), 3);
    assert_eq!(o["households"][0].as_object().unwrap().len(), 2);
}

#[test]
fn an_empty_family_prints_no_households() {
    let (code, stdout, stderr) = run(&["--obligors"], r#"{ "relatives": [] }"#);
    assert_eq!(code, Some(0), "{stderr}");
    let o: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        o,
        serde_json::json!({ "households": [], "obligors": [], "excluded": [] })
    );
}

#[test]
fn a_widowed_daughter_in_law_and_a_de_facto_partner_are_excluded_on_the_command_line() {
    let input = family(serde_json::json!([
        { "id": "son", "relation": "child", "deceased": true },
        { "id": "dil", "relation": "child_spouse", "of": "son" },
        { "id": "daughter", "relation": "child" },
        { "id": "partner", "relation": "child_spouse", "of": "daughter", "de_facto": true }
    ]));
    let (code, stdout, stderr) = run(&["--obligors"], &input);
    assert_eq!(code, Some(0), "{stderr}");
    let o: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        o["households"],
        serde_json::json!([{ "members": ["daughter"], "size": 1 }])
    );
    assert_eq!(o["obligors"], serde_json::json!(["daughter"]));
    let ids: Vec<&str> = o["excluded"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec!["son", "dil", "partner"]);
}

#[test]
fn without_the_flag_the_command_still_reads_a_case() {
    // A family is not a case: the case reader rejects its one field.
    let s = rejects_args(&[], SPEC_FAMILY, "relatives");
    assert!(s.contains("unknown field `relatives`"), "{s}");
}

// --- Bad input ----------------------------------------------------------------------------

#[test]
fn an_unknown_option_exits_2_with_one_line() {
    let expect = |args: &str| {
        format!(
            "rare-check: (arguments): unknown arguments {args}; use none (a case on stdin) or --obligors (a family on stdin)"
        )
    };
    rejects_with(&["--obligor"], SPEC_FAMILY, &expect(r#"["--obligor"]"#));
    rejects_with(&["-o"], SPEC_FAMILY, &expect(r#"["-o"]"#));
    rejects_with(
        &["--obligors", "--obligors"],
        SPEC_FAMILY,
        &expect(r#"["--obligors", "--obligors"]"#),
    );
    rejects_with(
        &["--obligors", "family.json"],
        SPEC_FAMILY,
        &expect(r#"["--obligors", "family.json"]"#),
    );
}

#[test]
fn malformed_json_exits_2_with_one_line() {
    let s = rejects(r#"{ "relatives": [ "#, "relatives");
    assert!(s.contains("EOF while parsing"), "{s}");
    let s = rejects("", "(input)");
    assert!(s.contains("EOF while parsing"), "{s}");
    rejects("[]", "(input)");
    rejects("not json", "(input)");
    let s = rejects("{}", "(input)");
    assert!(s.contains("missing field `relatives`"), "{s}");
}

#[test]
fn an_unknown_relation_exits_2_naming_the_field() {
    let s = rejects(
        r#"{"relatives":[{"id":"a","relation":"parent"},{"id":"b","relation":"uncle"}]}"#,
        "relatives[1].relation",
    );
    assert!(
        s.contains("unknown variant `uncle`, expected one of `parent`, `child`, `child_spouse`, `spouse_parent`, `stepchild`, `birth_parent`"),
        "{s}"
    );
}

#[test]
fn an_unknown_field_exits_2_naming_it() {
    let s = rejects(
        &family(serde_json::json!([{ "id": "a", "relation": "parent", "age": 70 }])),
        "relatives[0].age",
    );
    assert!(s.contains("unknown field `age`"), "{s}");
}

#[test]
fn an_of_that_names_nobody_exits_2_naming_the_field() {
    rejects_with(
        &["--obligors"],
        &family(serde_json::json!([
            { "id": "son", "relation": "child" },
            { "id": "dil", "relation": "child_spouse", "of": "sonn" }
        ])),
        r#"rare-check: relatives[1].of: "sonn" names nobody in relatives"#,
    );
}

#[test]
fn an_of_that_names_someone_who_is_not_a_child_exits_2_naming_the_field() {
    rejects_with(
        &["--obligors"],
        &family(serde_json::json!([
            { "id": "dad", "relation": "parent" },
            { "id": "x", "relation": "child_spouse", "of": "dad" }
        ])),
        r#"rare-check: relatives[1].of: "dad" is a parent, not a child; `of` must name the child this spouse is married to"#,
    );
}

#[test]
fn a_duplicate_id_exits_2_naming_the_field() {
    rejects_with(
        &["--obligors"],
        &family(serde_json::json!([
            { "id": "a", "relation": "parent" },
            { "id": "a", "relation": "parent" }
        ])),
        r#"rare-check: relatives[1].id: duplicate id "a" (also relatives[0].id)"#,
    );
}

#[test]
fn a_child_spouse_without_of_exits_2_naming_the_field() {
    rejects_with(
        &["--obligors"],
        &family(serde_json::json!([
            { "id": "son", "relation": "child" },
            { "id": "dil", "relation": "child_spouse" }
        ])),
        r#"rare-check: relatives[1].of: a child_spouse ("dil") needs `of`, the id of the child they are married to"#,
    );
}

#[test]
fn two_living_spouses_for_one_child_exit_2_naming_the_second() {
    rejects_with(
        &["--obligors"],
        &family(serde_json::json!([
            { "id": "son", "relation": "child" },
            { "id": "a", "relation": "child_spouse", "of": "son" },
            { "id": "b", "relation": "child_spouse", "of": "son" }
        ])),
        r#"rare-check: relatives[2].of: child "son" already has a living spouse (relatives[1]); a child has at most one"#,
    );
}

#[test]
fn a_flag_that_makes_no_sense_for_the_relation_exits_2_naming_it() {
    rejects_with(
        &["--obligors"],
        &family(serde_json::json!([{ "id": "dad", "relation": "parent", "foreign": true }])),
        r#"rare-check: relatives[0].foreign: `foreign` is only for a child_spouse, not for a parent ("dad")"#,
    );
    rejects(
        &family(serde_json::json!([{ "id": "son", "relation": "child", "de_facto": true }])),
        "relatives[0].de_facto",
    );
    rejects(
        &family(serde_json::json!([{ "id": "mum", "relation": "parent", "lives_apart": true }])),
        "relatives[0].lives_apart",
    );
    rejects(
        &family(serde_json::json!([{ "id": "son", "relation": "child", "of": "x" }])),
        "relatives[0].of",
    );
    rejects(
        &family(serde_json::json!([
            { "id": "bm", "relation": "birth_parent", "in_patient_household": true }
        ])),
        "relatives[0].in_patient_household",
    );
    rejects(
        &family(serde_json::json!([{ "id": "dad", "relation": "parent", "deceased": 1 }])),
        "relatives[0].deceased",
    );
}

#[test]
fn an_empty_id_exits_2_naming_the_field() {
    rejects_with(
        &["--obligors"],
        &family(serde_json::json!([{ "id": "", "relation": "parent" }])),
        "rare-check: relatives[0].id: must not be empty",
    );
}

/// Both READMEs show the worked example; each must be what the command prints.
#[test]
fn the_readme_worked_examples_are_the_real_output() {
    for (name, readme, heading) in [
        (
            "rules/README.md",
            include_str!("../README.md"),
            "## Obligor households: `--obligors`",
        ),
        (
            "README.md",
            include_str!("../../README.md"),
            "**The family helper on the command line.**",
        ),
    ] {
        let section = &readme[readme
            .find(heading)
            .unwrap_or_else(|| panic!("{name} has the --obligors section"))..];
        let blocks: Vec<&str> = section
            .split("```json\n")
            .skip(1)
            .map(|b| &b[..b.find("```").unwrap()])
            .collect();
        assert_eq!(blocks[0], format!("{SPEC_FAMILY}\n"), "{name}: input");
        let (code, stdout, stderr) = run(&["--obligors"], blocks[0]);
        assert_eq!(code, Some(0), "{name}: {stderr}");
        assert_eq!(stdout, blocks[1], "{name}: output");
    }
}
