//! At and around each threshold: "미만" (strictly below) means one won under passes and
//! exactly at the threshold fails. One pair per threshold kind: patient/obligor ×
//! income/property × rare/4-major, all 2023 published cells, 3-person households in a
//! mid-size city (Gwacheon's tier).

mod common;
use common::*;
use rules::{HouseholdKind, Item, TestKind, Verdict};

/// Sets the one figure under test to `value`; everything else is 0 (passes).
fn run(
    disease: &str,
    household: HouseholdKind,
    kind: TestKind,
    value: i64,
) -> (bool, Verdict, i64) {
    let mut c = case(2023, disease);
    if household == HouseholdKind::Obligor {
        c.obligor_households.push(obligor(3, 0, 0));
    }
    match (household, kind) {
        (HouseholdKind::Patient, TestKind::Income) => c.household.monthly_income = value,
        (HouseholdKind::Patient, TestKind::Property) => c.household.property = value,
        (HouseholdKind::Obligor, TestKind::Income) => {
            c.obligor_households[0].monthly_income = value
        }
        (HouseholdKind::Obligor, TestKind::Property) => c.obligor_households[0].property = value,
    }
    let d = eval(&c);
    let t = d
        .tests
        .iter()
        .find(|t| t.household == household && t.kind == kind)
        .expect("the test is in the decision");
    assert_eq!(t.value, value);
    (t.passed, verdict(&d, Item::Copayment), t.threshold)
}

macro_rules! edge {
    ($under:ident, $at:ident, $disease:expr, $h:expr, $k:expr, $threshold:expr) => {
        #[test]
        fn $under() {
            let (passed, copay, threshold) = run($disease, $h, $k, $threshold - 1);
            assert_eq!(threshold, $threshold);
            assert!(passed);
            assert_eq!(copay, Verdict::Likely);
        }

        #[test]
        fn $at() {
            let (passed, copay, threshold) = run($disease, $h, $k, $threshold);
            assert_eq!(threshold, $threshold);
            assert!(!passed);
            assert_eq!(copay, Verdict::Unlikely);
        }
    };
}

edge!(
    a_3_person_mid_city_household_one_won_under_120_percent_income_passes,
    a_3_person_mid_city_household_exactly_at_120_percent_income_fails,
    RARE,
    HouseholdKind::Patient,
    TestKind::Income,
    5_321_779
);
edge!(
    a_3_person_household_with_a_4_major_disease_one_won_under_160_percent_income_passes,
    a_3_person_household_with_a_4_major_disease_exactly_at_160_percent_income_fails,
    FOUR_MAJOR,
    HouseholdKind::Patient,
    TestKind::Income,
    7_095_706
);
edge!(
    a_3_person_obligor_household_one_won_under_200_percent_income_passes,
    a_3_person_obligor_household_exactly_at_200_percent_income_fails,
    RARE,
    HouseholdKind::Obligor,
    TestKind::Income,
    8_869_632
);
edge!(
    a_3_person_obligor_household_of_a_4_major_patient_one_won_under_240_percent_income_passes,
    a_3_person_obligor_household_of_a_4_major_patient_exactly_at_240_percent_income_fails,
    FOUR_MAJOR,
    HouseholdKind::Obligor,
    TestKind::Income,
    10_643_558
);
edge!(
    a_3_person_mid_city_household_one_won_under_the_rare_property_threshold_passes,
    a_3_person_mid_city_household_exactly_at_the_rare_property_threshold_fails,
    RARE,
    HouseholdKind::Patient,
    TestKind::Property,
    229_620_604
);
edge!(
    a_3_person_mid_city_household_one_won_under_the_4_major_property_threshold_passes,
    a_3_person_mid_city_household_exactly_at_the_4_major_property_threshold_fails,
    FOUR_MAJOR,
    HouseholdKind::Patient,
    TestKind::Property,
    765_402_014
);
edge!(
    a_3_person_mid_city_obligor_household_one_won_under_the_rare_property_threshold_passes,
    a_3_person_mid_city_obligor_household_exactly_at_the_rare_property_threshold_fails,
    RARE,
    HouseholdKind::Obligor,
    TestKind::Property,
    382_701_007
);
edge!(
    a_3_person_mid_city_obligor_household_one_won_under_the_4_major_property_threshold_passes,
    a_3_person_mid_city_obligor_household_exactly_at_the_4_major_property_threshold_fails,
    FOUR_MAJOR,
    HouseholdKind::Obligor,
    TestKind::Property,
    918_482_417
);

#[test]
fn an_obligor_household_with_its_own_rural_tier_is_tested_against_the_rural_table() {
    let mut c = case(2023, RARE);
    let mut o = obligor(3, 0, 357_701_007);
    o.region = Some("rural".into());
    c.obligor_households.push(o);
    let d = eval(&c);
    let t = d
        .tests
        .iter()
        .find(|t| t.household == HouseholdKind::Obligor && t.kind == TestKind::Property)
        .unwrap();
    assert_eq!(t.threshold, 357_701_007);
    assert_eq!(t.obligor_index, Some(1));
    assert!(!t.passed);
}

#[test]
fn every_obligor_household_is_tested_and_one_failing_obligor_fails_the_copayment() {
    let mut c = case(2023, RARE);
    c.obligor_households.push(obligor(2, 0, 0));
    c.obligor_households.push(obligor(2, 6_912_310, 0));
    let d = eval(&c);
    assert_eq!(d.tests.len(), 6);
    let second: Vec<_> = d
        .tests
        .iter()
        .filter(|t| t.obligor_index == Some(2))
        .collect();
    assert_eq!(second.len(), 2);
    assert!(!second[0].passed);
    assert_eq!(verdict(&d, Item::Copayment), Verdict::Unlikely);
}
