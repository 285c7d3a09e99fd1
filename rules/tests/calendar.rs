//! Time and what the verdict assumed (issue 20): the 2027 year carried forward from
//! 2026, rules a year file starts and stops, `needs` and `family_answered`, and the
//! `assumptions` the decision lists.

mod common;

use common::{case, eval, obligor, verdict, FOUR_MAJOR, RARE};
use rules::{Assumption, Coverage, Document, Item, Note, Verdict};

fn run(input: &str) -> (Option<i32>, String, String) {
    common::rare_check(&[], input)
}

/// A 2027 case through the command line, as a visitor's JSON would be.
fn decide(json: serde_json::Value) -> serde_json::Value {
    let (code, stdout, stderr) = run(&json.to_string());
    assert_eq!(code, Some(0), "{stderr}");
    serde_json::from_str(&stdout).unwrap()
}

fn rejected(json: serde_json::Value) -> String {
    let (code, stdout, stderr) = run(&json.to_string());
    assert_eq!(code, Some(2), "{stdout}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    stderr
}

fn base(year: u16, disease: &str) -> serde_json::Value {
    serde_json::json!({
        "year": year,
        "special_calc_registered": true,
        "disease": disease,
        "age": 40,
        "nationality": "korean",
        "excluded_status": "none",
        "coverage": "health_insurance",
        "location": "경기도 과천시",
        "household": { "size": 3, "monthly_income": 0, "property": 0 }
    })
}

fn codes(d: &serde_json::Value) -> Vec<String> {
    d["assumptions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["code"].as_str().unwrap().to_string())
        .collect()
}

/// 2027's income limits, 1 to 8 people: the 2027 medians (decided 2026-07-28) × 140%,
/// 160%, 200% and 240%, rounded half up, worked out by hand (Python `Decimal`,
/// ROUND_HALF_UP) from the figures in shared/data/README.md, not by this crate.
const LIMITS_2027: [(&str, &str, [i64; 8]); 4] = [
    (
        "patient",
        RARE,
        [
            3_830_459, 6_272_903, 8_005_327, 9_701_839, 11_288_227, 12_780_881, 14_213_731,
            15_646_581,
        ],
    ),
    (
        "patient",
        FOUR_MAJOR,
        [
            4_377_667, 7_169_032, 9_148_946, 11_087_816, 12_900_830, 14_606_722, 16_244_264,
            17_881_806,
        ],
    ),
    (
        "obligor",
        RARE,
        [
            5_472_084, 8_961_290, 11_436_182, 13_859_770, 16_126_038, 18_258_402, 20_305_330,
            22_352_258,
        ],
    ),
    (
        "obligor",
        FOUR_MAJOR,
        [
            6_566_501, 10_753_548, 13_723_418, 16_631_724, 19_351_246, 21_910_082, 24_366_396,
            26_822_710,
        ],
    ),
];

#[test]
fn in_2027_rare_check_gives_the_income_limits_at_140_160_200_and_240_percent_for_1_to_8_people_and_says_they_are_provisional(
) {
    for (household, disease, limits) in LIMITS_2027 {
        for (i, limit) in limits.iter().enumerate() {
            let size = i + 1;
            let mut c = base(2027, disease);
            c["household"]["size"] = size.into();
            c["obligor_households"] =
                serde_json::json!([{ "size": size, "monthly_income": 0, "property": 0 }]);
            let d = decide(c);
            let test = d["tests"]
                .as_array()
                .unwrap()
                .iter()
                .find(|t| t["household"] == household && t["kind"] == "income")
                .unwrap();
            assert_eq!(
                test["threshold"], *limit,
                "{household} {disease}, {size} people"
            );
            assert_eq!(test["basis"], "derived");
            assert!(codes(&d).contains(&"provisional".to_string()), "{d}");
            let provisional = d["assumptions"]
                .as_array()
                .unwrap()
                .iter()
                .find(|a| a["code"] == "provisional")
                .unwrap();
            assert!(provisional["text"]
                .as_str()
                .unwrap()
                .starts_with("2027년 지침 발표 전"));
        }
    }
}

#[test]
fn a_3_person_household_earning_7_800_000_is_under_2027s_140_percent_line_and_over_2026s() {
    let mut c = base(2027, RARE);
    c["household"]["monthly_income"] = 7_800_000.into();
    let d = decide(c.clone());
    assert_eq!(d["tests"][0]["threshold"], 8_005_327);
    assert_eq!(d["overall"], "likely");
    c["year"] = 2026.into();
    let d = decide(c);
    assert_eq!(d["tests"][0]["threshold"], 7_502_650);
    assert_eq!(d["overall"], "unlikely");
    assert!(!codes(&d).contains(&"provisional".to_string()));
}

#[test]
fn the_2027_year_keeps_the_obligor_test_and_says_its_abolition_is_announced_not_applied() {
    let ds = rules::dataset(2027).expect("2027 is bundled");
    assert!(ds.obligor_test());
    let provisional = ds.provisional.as_ref().expect("2027 is provisional");
    assert_eq!(provisional.carried_from, 2026);
    for part in ["percent", "lists", "amounts", "property", "rules"] {
        assert!(provisional.parts.contains(&part), "{part}");
    }
    let mut c = case(2027, RARE);
    c.obligor_households = vec![obligor(2, 90_000_000, 0)];
    let d = eval(&c);
    assert_eq!(verdict(&d, Item::Copayment), Verdict::Unlikely);
    assert!(d
        .notes
        .iter()
        .any(|n| n.text(rules::Lang::Ko).contains("단계적으로 폐지")));
}

#[test]
fn overall_is_judged_over_the_items_the_visitor_needs_and_every_item_is_still_listed() {
    // A registered patient with no disability: co-payment likely, caregiving unlikely.
    let mut c = base(2026, RARE);
    c["needs"] = serde_json::json!(["caregiving"]);
    let d = decide(c.clone());
    assert_eq!(d["overall"], "unlikely");
    assert_eq!(d["items"].as_array().unwrap().len(), 7);
    c["needs"] = serde_json::json!(["copayment", "caregiving"]);
    assert_eq!(decide(c.clone())["overall"], "likely");
    // Without `needs`, every item: as before the field existed.
    c.as_object_mut().unwrap().remove("needs");
    assert_eq!(decide(c)["overall"], "likely");
}

#[test]
fn a_need_that_is_unknown_or_not_an_item_of_the_year_or_an_empty_list_is_an_error_naming_it() {
    let mut c = base(2026, RARE);
    c["needs"] = serde_json::json!(["copayment", "dentures"]);
    assert!(rejected(c.clone()).contains("needs[1]"));
    c["needs"] = serde_json::json!([]);
    assert!(rejected(c.clone()).contains("needs"));
    let mut c = base(2023, RARE);
    c["region"] = "mid_city".into();
    c.as_object_mut().unwrap().remove("location");
    c["needs"] = serde_json::json!(["cornstarch"]);
    let err = rejected(c);
    assert!(err.contains("needs[0]") && err.contains("2023"), "{err}");
}

#[test]
fn with_the_family_unanswered_the_decision_says_it_assumed_no_obligor_household() {
    let mut c = case(2026, RARE);
    c.family_answered = false;
    let d = eval(&c);
    assert_eq!(d.assumptions[0], Assumption::FamilyUnanswered);
    assert!(d.assumptions.contains(&Assumption::EstimatedProperty));
    // Answered: the same verdict, and no such assumption.
    c.family_answered = true;
    let answered = eval(&c);
    assert!(!answered.assumptions.contains(&Assumption::FamilyUnanswered));
    assert_eq!(answered.overall, d.overall);
    // Households given by hand, or a household not means-tested: nothing assumed.
    c.family_answered = false;
    c.obligor_households = vec![obligor(2, 0, 0)];
    assert!(!eval(&c).assumptions.contains(&Assumption::FamilyUnanswered));
    c.obligor_households.clear();
    c.coverage = Coverage::MedicalAid;
    assert!(!eval(&c).assumptions.contains(&Assumption::FamilyUnanswered));
}

#[test]
fn the_json_carries_family_answered_and_each_assumption_as_a_code_with_its_words() {
    let mut c = base(2026, RARE);
    c["family_answered"] = false.into();
    let d = decide(c.clone());
    assert_eq!(codes(&d), ["family_unanswered", "estimated_property"]);
    assert_eq!(
        d["assumptions"][0]["text"],
        "따로 사는 부모·자녀가 없다고 보고 판단했습니다"
    );
    c["family_answered"] = true.into();
    assert_eq!(codes(&decide(c)), ["estimated_property"]);
}

#[test]
fn the_2023_tables_are_printed_so_nothing_is_assumed_there() {
    let mut c = case(2023, FOUR_MAJOR);
    c.location = None;
    c.region = Some("mid_city".into());
    assert!(eval(&c).assumptions.is_empty());
}

/// Years whose data says the obligor test does not apply (a synthetic one from
/// `scripts/check-new-year`, or a real one once the government ends the test): the whole
/// decision follows.
#[test]
fn in_a_year_without_the_obligor_test_no_obligor_is_tested_and_online_application_is_open() {
    for ds in rules::datasets() {
        let mut c = case(ds.year, RARE);
        c.family_answered = false;
        // An obligor household far over every limit.
        c.obligor_households = vec![obligor(2, 900_000_000, 90_000_000_000)];
        let d = eval(&c);
        let obligor_tests = d
            .tests
            .iter()
            .filter(|t| t.household == rules::HouseholdKind::Obligor)
            .count();
        if ds.obligor_test() {
            assert_eq!(obligor_tests, 2, "{}", ds.year);
            assert_ne!(verdict(&d, Item::Copayment), Verdict::Likely);
            assert!(d.documents.contains(&Document::ObligorCertificates));
        } else {
            assert_eq!(obligor_tests, 0, "{}", ds.year);
            assert_eq!(verdict(&d, Item::Copayment), Verdict::Likely, "{}", ds.year);
            assert!(d.online_application, "{}: online for all", ds.year);
            assert!(!d.documents.contains(&Document::ObligorCertificates));
            assert!(!d.notes.iter().any(|n| matches!(n, Note::OnlineClosed(_))));
            assert!(!d.assumptions.contains(&Assumption::FamilyUnanswered));
            let asks = rules::asks(&rules::asks::Answered {
                dataset: ds,
                coverage: Some(Coverage::HealthInsurance),
                age: Some(40),
                disease: None,
                wanted: &[],
            });
            assert!(
                asks.means && !asks.obligors,
                "{}: no family section",
                ds.year
            );
        }
    }
    // Set by scripts/check-new-year for its synthetic year without the test.
    if let Ok(year) = std::env::var("RULES_EXPECT_NO_OBLIGOR_TEST") {
        let year: u16 = year.parse().expect("a year");
        let ds = rules::dataset(year).expect("the synthetic year is bundled");
        assert!(!ds.obligor_test());
    }
}

#[test]
fn every_year_says_which_items_exist_and_cornstarch_starts_in_2024() {
    for ds in rules::datasets() {
        assert!(ds.has_item(Item::Copayment));
        assert_eq!(
            ds.has_item(Item::Cornstarch),
            ds.year >= 2024,
            "{}",
            ds.year
        );
        let listed: Vec<Item> = eval(&case(ds.year, RARE))
            .items
            .iter()
            .map(|i| i.item)
            .collect();
        assert_eq!(listed, ds.rules.items, "{}", ds.year);
        for from in [ds.rules.obligor_test.from, ds.rules.items_from] {
            assert!(from.starts_with(&ds.year.to_string()), "{from}");
        }
    }
}

#[test]
fn a_visitor_gets_the_data_year_of_their_date_and_past_the_newest_the_newest_marked_out_of_date() {
    use rules::dataset::{year_on, YearOn};
    let newest = rules::newest();
    for &year in rules::years() {
        assert_eq!(
            year_on(year),
            YearOn {
                year,
                out_of_date: false
            }
        );
    }
    assert_eq!(
        year_on(newest + 1),
        YearOn {
            year: newest,
            out_of_date: true
        }
    );
    // A clock set to the 1990s: the oldest year, not a failure.
    let oldest = rules::years()[0];
    assert_eq!(year_on(1999).year, oldest);
    // The bundled years as they stand: 2026 on 2026-12-31, 2027 from 2027-01-01, and
    // 2027, out of date, in 2028 (unless a 2028 file has been added since).
    assert_eq!(year_on(2026).year, 2026);
    assert_eq!(year_on(2027).year, 2027);
    if newest == 2027 {
        assert!(year_on(2028).out_of_date);
    }
}
