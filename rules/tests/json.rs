//! The case JSON (SPEC §4): defaults for the optional fields, and strictness.

use rules::{Case, Coverage, Item, SublistAnswer};

const MINIMAL: &str = r#"{
  "year": 2024, "special_calc_registered": true, "disease": "허스병", "age": 7,
  "nationality": "foreign_special", "excluded_status": "none", "coverage": "near_poor",
  "region": "other", "household": { "size": 2, "monthly_income": 0, "property": 0 }
}"#;

#[test]
fn a_case_with_only_the_required_fields_takes_the_spec_defaults() {
    let c: Case = serde_json::from_str(MINIMAL).unwrap();
    assert_eq!(c.household.rare_patients, 1);
    assert!(c.obligor_households.is_empty());
    assert!(!c.hemophilia.inhibitor && !c.hemophilia.hiv && !c.hemophilia.inpatient_exception);
    assert!(!c.disability.registered && !c.disability.severe_kidney);
    assert_eq!(c.on_sublist.get(Item::Caregiving), SublistAnswer::Unknown);
    assert_eq!(c.on_sublist.get(Item::SpecialDiet), SublistAnswer::Unknown);
    assert!(!c.renting && !c.owns_car);
    assert_eq!(c.coverage, Coverage::NearPoor);
    assert_eq!(c.region.as_deref(), Some("other"));
    assert!(rules::evaluate(&c).is_ok());
}

#[test]
fn a_partly_given_nested_object_fills_the_rest_with_false_or_unknown() {
    let mut v: serde_json::Value = serde_json::from_str(MINIMAL).unwrap();
    v["on_sublist"] = serde_json::json!({ "ventilator": "yes" });
    v["hemophilia"] = serde_json::json!({ "hiv": true });
    let c: Case = serde_json::from_value(v).unwrap();
    assert_eq!(c.on_sublist.get(Item::Ventilator), SublistAnswer::Yes);
    assert_eq!(
        c.on_sublist.get(Item::AssistiveDevices),
        SublistAnswer::Unknown
    );
    assert!(c.hemophilia.hiv && !c.hemophilia.inhibitor);
}

#[test]
fn an_unknown_nested_field_or_a_missing_required_field_is_an_error() {
    let mut v: serde_json::Value = serde_json::from_str(MINIMAL).unwrap();
    v["disability"] = serde_json::json!({ "blind": true });
    assert!(serde_json::from_value::<Case>(v).is_err());
    let mut v: serde_json::Value = serde_json::from_str(MINIMAL).unwrap();
    v["household"].as_object_mut().unwrap().remove("property");
    assert!(serde_json::from_value::<Case>(v).is_err());
}

#[test]
fn an_obligor_household_without_a_region_takes_the_cases_region() {
    let mut v: serde_json::Value = serde_json::from_str(MINIMAL).unwrap();
    v["coverage"] = "health_insurance".into();
    v["age"] = 40.into();
    v["obligor_households"] = serde_json::json!([
        { "size": 1, "monthly_income": 0, "property": 0 },
        { "size": 1, "monthly_income": 0, "property": 0, "region": "seoul" }
    ]);
    let c: Case = serde_json::from_value(v).unwrap();
    let d = rules::evaluate(&c).unwrap();
    // 2024 obligor rare property, 1 person, estimated: 5 × (base + 0.4 × 2,228,445 ÷ 0.0417),
    // base 53 M (그 외, the case's) or 99 M (서울, its own).
    assert_eq!(d.tests[3].threshold, 371_879_856);
    assert_eq!(d.tests[3].tier, Some("other"));
    assert_eq!(d.tests[5].threshold, 601_879_856);
    assert_eq!(d.tests[5].tier, Some("seoul"));
}

#[test]
fn the_default_case_is_valid_and_uses_the_newest_year() {
    let c = Case::default();
    assert_eq!(c.year, *rules::years().last().unwrap());
    assert!(rules::evaluate(&c).is_ok());
}

#[test]
fn validation_names_the_field_for_each_out_of_range_value() {
    let base: Case = serde_json::from_str(MINIMAL).unwrap();
    let field = |edit: &dyn Fn(&mut Case)| {
        let mut c = base.clone();
        edit(&mut c);
        rules::evaluate(&c).unwrap_err().field
    };
    assert_eq!(field(&|c| c.household.size = 0), "household.size");
    assert_eq!(field(&|c| c.household.size = 31), "household.size");
    assert_eq!(
        field(&|c| c.household.rare_patients = 0),
        "household.rare_patients"
    );
    assert_eq!(
        field(&|c| c.household.rare_patients = 3),
        "household.rare_patients"
    );
    assert_eq!(field(&|c| c.household.property = -5), "household.property");
    assert_eq!(
        field(&|c| c.household.monthly_income = 10_000_000_000_001),
        "household.monthly_income"
    );
    assert_eq!(field(&|c| c.year = 2019), "year");
    assert_eq!(
        field(&|c| c.obligor_households.push(rules::ObligorHousehold {
            size: 0,
            ..Default::default()
        })),
        "obligor_households[0].size"
    );
    // The upper bound itself is allowed.
    let mut c = base.clone();
    c.household.property = 10_000_000_000_000;
    assert!(rules::evaluate(&c).is_ok());
}

#[test]
fn on_sublist_is_keyed_by_the_codes_of_the_items_with_a_sub_list_and_nothing_else() {
    let mut v: serde_json::Value = serde_json::from_str(MINIMAL).unwrap();
    for (key, answer) in [
        ("copayment", "yes"),
        ("cornstarch", "no"),
        ("dentures", "yes"),
    ] {
        v["on_sublist"] = serde_json::json!({ key: answer });
        let err = serde_json::from_value::<Case>(v.clone())
            .unwrap_err()
            .to_string();
        assert!(err.contains(key) && err.contains("special_diet"), "{err}");
    }
    // Written back with every item that has a list, in the rules' order.
    v["on_sublist"] = serde_json::json!({ "special_diet": "no" });
    let c: Case = serde_json::from_value(v).unwrap();
    let written = serde_json::to_value(&c).unwrap()["on_sublist"].clone();
    let keys: Vec<&str> = written
        .as_object()
        .unwrap()
        .keys()
        .map(|k| k.as_str())
        .collect();
    let mut expected: Vec<&str> = Item::with_sublists().map(|i| i.code()).collect();
    expected.sort();
    assert_eq!(keys, expected);
    assert!(expected.starts_with(&["assistive_devices", "caregiving"]));
    assert_eq!(written["special_diet"], "no");
    assert_eq!(written["ventilator"], "unknown");
}
