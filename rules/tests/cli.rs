//! The `rare-check` command line (SPEC §4): one case on stdin, one decision on stdout;
//! bad input exits non-zero with one stderr line naming the field.

mod common;

/// SPEC §4's example case.
const SPEC_CASE: &str = r#"{
  "year": 2023,
  "special_calc_registered": true,
  "disease": "고쉐병",
  "age": 34,
  "nationality": "korean",
  "excluded_status": "none",
  "coverage": "health_insurance",
  "region": "mid_city",
  "household": { "size": 3, "monthly_income": 4000000, "property": 150000000, "rare_patients": 1 },
  "obligor_households": [ { "size": 2, "monthly_income": 5000000, "property": 300000000 } ],
  "hemophilia": { "inhibitor": false, "hiv": false, "inpatient_exception": false },
  "disability": { "registered": false, "severe_physical_or_brain": false, "severe_kidney": false },
  "on_sublist": { "assistive_devices": "unknown", "ventilator": "unknown", "caregiving": "unknown", "special_diet": "unknown" },
  "renting": false,
  "owns_car": false
}"#;

fn run(input: &str) -> (Option<i32>, String, String) {
    common::rare_check(&[], input)
}

/// Runs bad input: non-zero exit, nothing on stdout, one stderr line naming `field`.
fn rejects(input: &str, field: &str) {
    let (code, stdout, stderr) = run(input);
    assert_eq!(code, Some(2), "stderr: {stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains(field), "{stderr:?} does not name {field}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

fn spec_case_with(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value = serde_json::from_str(SPEC_CASE).unwrap();
    edit(&mut v);
    v.to_string()
}

#[test]
fn the_spec_example_case_prints_a_likely_decision_with_published_2023_thresholds() {
    let (code, stdout, stderr) = run(SPEC_CASE);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.is_empty());
    let d: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(d["overall"], "likely");
    assert_eq!(d["items"][0]["item"], "copayment");
    assert_eq!(d["items"][0]["verdict"], "likely");
    assert!(d["items"][0]["reasons"][0]
        .as_str()
        .unwrap()
        .contains("근거"));
    // Gaucher is 4-major: 160% of the 3-person median, 7,095,706.
    assert_eq!(d["tests"][0]["household"], "patient");
    assert_eq!(d["tests"][0]["kind"], "income");
    assert_eq!(d["tests"][0]["value"], 4_000_000);
    assert_eq!(d["tests"][0]["threshold"], 7_095_706);
    assert_eq!(d["tests"][0]["passed"], true);
    assert_eq!(d["tests"][0]["basis"], "published");
    assert!(d["tests"][0].get("obligor_index").is_none());
    assert_eq!(d["tests"][3]["household"], "obligor");
    assert_eq!(d["tests"][3]["obligor_index"], 1);
    assert_eq!(d["tests"][3]["threshold"], 805_830_791);
    assert_eq!(d["online_application"], false);
    assert!(d["documents"].as_array().unwrap().len() >= 4);
    assert!(d["notes"].as_array().unwrap().iter().all(|n| n.is_string()));
    // The top-level keys come in SPEC §4's order.
    let at = |key: &str| stdout.find(&format!("\n  \"{key}\":")).expect(key);
    let order = [
        "overall",
        "items",
        "tests",
        "online_application",
        "documents",
        "notes",
        "assumptions",
        "centres",
    ];
    assert!(order.windows(2).all(|w| at(w[0]) < at(w[1])), "{stdout}");
    // SPEC §4's six fields, then `assumptions` (issue 20) and `centres` (issue 16).
    assert_eq!(d.as_object().unwrap().len(), 8);
    // 2023's limits are all printed, the family was answered, the year is final.
    assert_eq!(d["assumptions"], serde_json::json!([]));
    // A case with a tier and no place has no centres to show.
    assert_eq!(d["centres"], serde_json::json!([]));
}

#[test]
fn malformed_json_exits_non_zero_with_one_line() {
    rejects("{\"year\": 2023,", "(input)");
    rejects("", "(input)");
    rejects("[]", "(input)");
}

#[test]
fn an_unknown_field_is_rejected_naming_it() {
    rejects(
        &spec_case_with(|v| {
            v["household"]["pets"] = 2.into();
        }),
        "pets",
    );
    rejects(&spec_case_with(|v| v["colour"] = "red".into()), "colour");
}

#[test]
fn an_unknown_value_is_rejected_naming_the_field() {
    rejects(
        &spec_case_with(|v| v["coverage"] = "private".into()),
        "coverage",
    );
    rejects(
        &spec_case_with(|v| v["on_sublist"]["ventilator"] = "maybe".into()),
        "on_sublist.ventilator",
    );
}

#[test]
fn a_missing_required_field_is_rejected_naming_it() {
    rejects(
        &spec_case_with(|v| {
            v.as_object_mut().unwrap().remove("region");
        }),
        "region",
    );
}

#[test]
fn a_negative_income_is_rejected_naming_the_field() {
    rejects(
        &spec_case_with(|v| v["household"]["monthly_income"] = (-1).into()),
        "household.monthly_income",
    );
}

#[test]
fn an_absurd_property_above_10_to_the_13_won_is_rejected() {
    rejects(
        &spec_case_with(|v| v["obligor_households"][0]["property"] = 10_000_000_000_001i64.into()),
        "obligor_households[0].property",
    );
}

#[test]
fn a_household_of_size_0_or_31_is_rejected() {
    rejects(
        &spec_case_with(|v| v["household"]["size"] = 0.into()),
        "household.size",
    );
    rejects(
        &spec_case_with(|v| v["household"]["size"] = 31.into()),
        "household.size",
    );
}

#[test]
fn the_year_2019_has_no_data_and_is_rejected() {
    rejects(&spec_case_with(|v| v["year"] = 2019.into()), "year");
}

#[test]
fn the_ambiguous_code_e75_2_is_rejected_asking_for_the_name() {
    rejects(
        &spec_case_with(|v| v["disease"] = "E75.2".into()),
        "disease",
    );
}

#[test]
fn a_string_where_a_number_belongs_is_rejected_naming_the_field() {
    rejects(&spec_case_with(|v| v["age"] = "34".into()), "age");
}

#[test]
fn bad_places_exit_2_with_one_line_naming_the_field() {
    let in_2026 = |edit: &dyn Fn(&mut serde_json::Value)| {
        spec_case_with(|v| {
            v["year"] = 2026.into();
            v.as_object_mut().unwrap().remove("region");
            edit(v);
        })
    };
    // An unknown place, with suggestions.
    rejects(&in_2026(&|v| v["location"] = "과천".into()), "location");
    // An ambiguous short name, with the candidates.
    let (_, _, stderr) = run(&in_2026(&|v| v["location"] = "중구".into()));
    assert!(
        stderr.contains("서울특별시 중구") && stderr.contains("울산광역시 중구"),
        "{stderr}"
    );
    rejects(&in_2026(&|v| v["location"] = "중구".into()), "location");
    // A tier that does not exist in the case's year.
    rejects(&in_2026(&|v| v["region"] = "mid_city".into()), "region");
    // Both region and location.
    rejects(
        &in_2026(&|v| {
            v["region"] = "gyeonggi".into();
            v["location"] = "과천시".into();
        }),
        "location",
    );
    // A town where none is needed (2026), and where none is allowed (with a region).
    rejects(
        &in_2026(&|v| {
            v["location"] = "남양주시".into();
            v["town"] = "dong".into();
        }),
        "town",
    );
    rejects(
        &in_2026(&|v| {
            v["region"] = "other".into();
            v["town"] = "dong".into();
        }),
        "town",
    );
    // An unknown town value.
    rejects(
        &spec_case_with(|v| {
            v.as_object_mut().unwrap().remove("region");
            v["location"] = "남양주시".into();
            v["town"] = "village".into();
        }),
        "town",
    );
}

#[test]
fn a_place_by_name_gives_the_tier_and_every_test_its_headroom() {
    let input = spec_case_with(|v| {
        v["year"] = 2026.into();
        v.as_object_mut().unwrap().remove("region");
        v["location"] = "경기도 과천시".into();
    });
    let (code, stdout, stderr) = run(&input);
    assert_eq!(code, Some(0), "{stderr}");
    let d: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    for t in d["tests"].as_array().unwrap() {
        let headroom = t["threshold"].as_i64().unwrap() - 1 - t["value"].as_i64().unwrap();
        assert_eq!(t["headroom"].as_i64(), Some(headroom), "{t}");
        if t["kind"] == "property" {
            assert_eq!(t["tier"], "gyeonggi", "{t}");
        } else {
            assert!(t.get("tier").is_none(), "{t}");
        }
    }
}

/// rules/README.md's worked example: its case, run through `rare-check`, prints exactly
/// the decision the README shows (issue 21: it had drifted).
#[test]
fn the_readme_worked_example_is_the_real_output() {
    let readme = include_str!("../README.md");
    let section = &readme[readme
        .find("### Worked example")
        .expect("rules/README.md has its worked example")..];
    let blocks: Vec<&str> = section
        .split("```json\n")
        .skip(1)
        .map(|b| &b[..b.find("```").unwrap()])
        .collect();
    let (code, stdout, stderr) = run(blocks[0]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(
        stdout, blocks[1],
        "rules/README.md's output is not what the command prints"
    );
}
