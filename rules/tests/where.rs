//! Where the household lives (SPEC §2 "Where the visitor lives", §4 `location`): a
//! 시·군·구 by name gives each year's tier, and the property limit follows. One won under
//! each 2026 tier's limit passes and exactly at it fails, for the patient and an obligor,
//! rare and 4 major; 2023's 도농복합시 tells its 동 from its 읍·면; bad places are errors
//! that name the field.

mod common;
use common::*;
use rules::{HouseholdKind, Item, TestKind, Town, Verdict};

/// The 2026 property test of a household in `place`, with the figure under test set to
/// `value` (every other figure 0).
fn property_test(
    place: &str,
    disease: &str,
    household: HouseholdKind,
    value: i64,
) -> (rules::ThresholdTest, Verdict) {
    let mut c = case(2026, disease);
    c.location = Some(place.into());
    match household {
        HouseholdKind::Patient => c.household.property = value,
        HouseholdKind::Obligor => c.obligor_households.push(obligor(3, 0, value)),
    }
    let d = eval(&c);
    let t = d
        .tests
        .iter()
        .find(|t| t.household == household && t.kind == TestKind::Property)
        .expect("a property test")
        .clone();
    (t, verdict(&d, Item::Copayment))
}

/// The limit for a 3-person household: k × (base + 0.4 × 5,359,036 ÷ 0.0417), rounded.
fn limit(k: i64, base: i64) -> i64 {
    use rust_decimal::Decimal;
    let exact = Decimal::from(k)
        * (Decimal::from(base)
            + Decimal::new(4, 1) * Decimal::from(5_359_036) / Decimal::new(417, 4));
    rules::thresholds::round_half_up(exact)
}

/// One won under passes ("likely", with the estimate note); exactly at fails, and since
/// every 2026 property limit is an estimate, that gives "review", never "unlikely".
fn check_edges(place: &str, tier: &str, base: i64) {
    for (disease, household, k) in [
        (RARE, HouseholdKind::Patient, 3),
        (RARE, HouseholdKind::Obligor, 5),
        (FOUR_MAJOR, HouseholdKind::Patient, 10),
        (FOUR_MAJOR, HouseholdKind::Obligor, 12),
    ] {
        let threshold = limit(k, base);
        let (t, copay) = property_test(place, disease, household, threshold - 1);
        assert_eq!(t.threshold, threshold, "{place} {household:?} k={k}");
        assert_eq!(t.tier, Some(tier), "{place}");
        assert_eq!(t.basis, rules::Basis::Estimated);
        assert!(t.passed);
        assert_eq!(t.headroom, 0, "one won under: nothing to spare");
        assert_eq!(copay, Verdict::Likely, "{place} {household:?} k={k}");

        let (t, copay) = property_test(place, disease, household, threshold);
        assert!(!t.passed);
        assert_eq!(t.headroom, -1, "exactly at: one won over what passes");
        assert_eq!(copay, Verdict::Review, "{place} {household:?} k={k}");
    }
}

#[test]
fn in_2026_a_seoul_household_is_tested_against_the_seoul_limits() {
    check_edges("서울특별시 종로구", "seoul", 99_000_000);
}

#[test]
fn in_2026_a_gwacheon_household_is_tested_against_the_gyeonggi_limits() {
    check_edges("과천시", "gyeonggi", 80_000_000);
}

#[test]
fn in_2026_a_busan_district_and_changwon_are_tested_against_the_metropolitan_limits() {
    check_edges("부산광역시 해운대구", "metro_sejong_changwon", 77_000_000);
    check_edges("창원시 의창구", "metro_sejong_changwon", 77_000_000);
    check_edges("세종특별자치시", "metro_sejong_changwon", 77_000_000);
}

#[test]
fn in_2026_a_county_elsewhere_is_tested_against_the_limits_for_elsewhere() {
    check_edges("전라남도 보성군", "other", 53_000_000);
    check_edges("강원특별자치도 춘천시", "other", 53_000_000);
}

#[test]
fn in_2026_incheon_takes_the_lower_metropolitan_base_with_a_note_that_says_why() {
    check_edges("인천광역시 미추홀구", "metro_sejong_changwon", 77_000_000);
    let mut c = case(2026, RARE);
    c.location = Some("인천광역시 미추홀구".into());
    let d = eval(&c);
    assert!(
        d.notes.iter().any(|n| n.to_string().contains("인천")),
        "{:?}",
        d.notes
    );
    // A Gwacheon household carries no such note.
    let d = eval(&case(2026, RARE));
    assert!(!d.notes.iter().any(|n| n.to_string().contains("인천")));
}

#[test]
fn an_obligor_household_in_another_province_uses_its_own_places_tier() {
    let mut c = case(2026, RARE);
    let mut o = obligor(2, 0, 0);
    o.location = Some("서울특별시 강남구".into());
    c.obligor_households.push(o);
    c.obligor_households.push(obligor(2, 0, 0));
    let d = eval(&c);
    let tiers: Vec<_> = d.tests.iter().filter_map(|t| t.tier).collect();
    assert_eq!(tiers, ["gyeonggi", "seoul", "gyeonggi"]);
}

/// The 2023 patient-rare property threshold for 3 people at a place.
fn tier_2023(place: &str, town: Option<Town>) -> (Option<&'static str>, i64) {
    let mut c = case(2023, RARE);
    c.location = Some(place.into());
    c.town = town;
    let d = eval(&c);
    let t = d
        .tests
        .iter()
        .find(|t| t.kind == TestKind::Property)
        .unwrap();
    (t.tier, t.threshold)
}

#[test]
fn in_2023_a_dong_of_an_urban_rural_city_is_mid_city_and_its_eup_or_myeon_rural() {
    assert_eq!(
        tier_2023("경기도 남양주시", Some(Town::Dong)),
        (Some("mid_city"), 229_620_604)
    );
    assert_eq!(
        tier_2023("경기도 남양주시", Some(Town::EupMyeon)),
        (Some("rural"), 214_620_604)
    );
    // 세종 and 제주's 시 the same way.
    assert_eq!(
        tier_2023("세종특별자치시", Some(Town::Dong)).0,
        Some("mid_city")
    );
    assert_eq!(tier_2023("제주시", Some(Town::EupMyeon)).0, Some("rural"));
}

#[test]
fn in_2023_a_county_is_rural_a_city_mid_city_and_a_district_metropolitan() {
    assert_eq!(
        tier_2023("충청북도 괴산군", None),
        (Some("rural"), 214_620_604)
    );
    assert_eq!(tier_2023("부산광역시 기장군", None).0, Some("rural"));
    assert_eq!(tier_2023("과천시", None), (Some("mid_city"), 229_620_604));
    assert_eq!(
        tier_2023("대구광역시 수성구", None),
        (Some("metropolitan"), 289_620_604)
    );
}

fn error_field(edit: impl FnOnce(&mut rules::Case)) -> (String, String) {
    let mut c = case(2026, RARE);
    edit(&mut c);
    let e = rules::evaluate(&c).unwrap_err();
    (e.field, e.message)
}

#[test]
fn an_unknown_place_is_an_error_with_suggestions() {
    let (field, message) = error_field(|c| c.location = Some("과천".into()));
    assert_eq!(field, "location");
    assert!(message.contains("경기도 과천시"), "{message}");
    let (field, _) = error_field(|c| c.location = Some("아틀란티스".into()));
    assert_eq!(field, "location");
}

#[test]
fn an_ambiguous_short_name_is_an_error_that_lists_every_candidate() {
    let (field, message) = error_field(|c| c.location = Some("중구".into()));
    assert_eq!(field, "location");
    for city in [
        "서울특별시 중구",
        "부산광역시 중구",
        "대구광역시 중구",
        "울산광역시 중구",
    ] {
        assert!(message.contains(city), "{message}");
    }
}

#[test]
fn a_tier_that_does_not_exist_in_the_cases_year_is_an_error_naming_region() {
    let (field, message) = error_field(|c| {
        c.location = None;
        c.region = Some("mid_city".into());
    });
    assert_eq!(field, "region");
    assert!(message.contains("seoul, gyeonggi"), "{message}");
    // The 2023 tiers are fine in 2023, the 2024 ones are not.
    let mut c = case(2023, RARE);
    c.location = None;
    c.region = Some("seoul".into());
    assert_eq!(rules::evaluate(&c).unwrap_err().field, "region");
    c.region = Some("mid_city".into());
    assert!(rules::evaluate(&c).is_ok());
}

#[test]
fn both_region_and_location_is_an_error() {
    let (field, _) = error_field(|c| c.region = Some("gyeonggi".into()));
    assert_eq!(field, "location");
}

#[test]
fn a_town_where_none_is_needed_or_allowed_is_an_error_and_a_missing_one_too() {
    // 2026 tiers do not depend on 동/읍·면.
    let (field, _) = error_field(|c| {
        c.location = Some("남양주시".into());
        c.town = Some(Town::Dong);
    });
    assert_eq!(field, "town");
    // A town goes with a location, not with a region.
    let (field, _) = error_field(|c| {
        c.location = None;
        c.region = Some("other".into());
        c.town = Some(Town::EupMyeon);
    });
    assert_eq!(field, "town");
    // 2023: 과천시 is all 동; 남양주시 needs to know.
    let mut c = case(2023, RARE);
    c.town = Some(Town::Dong);
    assert_eq!(rules::evaluate(&c).unwrap_err().field, "town");
    c.location = Some("남양주시".into());
    c.town = None;
    assert_eq!(rules::evaluate(&c).unwrap_err().field, "town");
    // An obligor's own place is checked under its own path.
    let mut c = case(2026, RARE);
    let mut o = obligor(1, 0, 0);
    o.location = Some("중구".into());
    c.obligor_households.push(o);
    assert_eq!(
        rules::evaluate(&c).unwrap_err().field,
        "obligor_households[0].location"
    );
}

#[test]
fn a_health_insured_case_needs_a_place_and_a_medical_aid_case_does_not() {
    let (field, _) = error_field(|c| c.location = None);
    assert_eq!(field, "location");
    let mut c = case(2026, RARE);
    c.location = None;
    c.coverage = rules::Coverage::MedicalAid;
    assert!(rules::evaluate(&c).is_ok());
}

/// The tier and the doubt, if any, that a place gets in a year.
fn tier_and_doubt(year: u16, place: &str) -> (&'static str, Option<&'static str>) {
    let ds = rules::dataset(year).unwrap();
    let p = rules::location::find_place("location", place).unwrap();
    let (found, _) = rules::location::tier_of(ds, p, None);
    (found.tier.id, found.doubt.map(|d| d.ko))
}

#[test]
fn from_2024_the_counties_of_gyeonggi_and_the_metropolitan_cities_get_the_lower_base_with_the_doubt_shown(
) {
    for year in [2024, 2025, 2026, 2027] {
        for county in [
            "가평군",
            "양평군",
            "연천군",
            "강화군",
            "옹진군",
            "기장군",
            "달성군",
            "군위군",
            "울주군",
        ] {
            let (tier, doubt) = tier_and_doubt(year, county);
            assert_eq!(tier, "other", "{year} {county}");
            assert!(doubt.is_some_and(|d| d.contains("군")), "{year} {county}");
        }
        // Their cities and 구 keep their tiers, with no new doubt.
        assert_eq!(tier_and_doubt(year, "수원시 장안구"), ("gyeonggi", None));
        assert_eq!(
            tier_and_doubt(year, "부산광역시 해운대구"),
            ("metro_sejong_changwon", None)
        );
        assert_eq!(
            tier_and_doubt(year, "세종특별자치시"),
            ("metro_sejong_changwon", None)
        );
        assert_eq!(tier_and_doubt(year, "충청북도 괴산군"), ("other", None));
        assert_eq!(
            tier_and_doubt(year, "인천광역시 연수구").0,
            "metro_sejong_changwon"
        );
    }
    // The doubt reaches the visitor as a note.
    let mut c = case(2026, RARE);
    c.location = Some("가평군".into());
    let d = eval(&c);
    assert!(d.notes.iter().any(|n| matches!(n, rules::Note::Doubt(_))));
}

#[test]
fn after_the_2026_merger_gwangju_and_jeonnam_keep_their_former_tiers_with_a_doubt() {
    for year in [2024, 2025] {
        assert_eq!(
            tier_and_doubt(year, "광주광역시 북구"),
            ("metro_sejong_changwon", None)
        );
        assert_eq!(tier_and_doubt(year, "전라남도 순천시"), ("other", None));
    }
    for year in [2026, 2027] {
        let (tier, doubt) = tier_and_doubt(year, "광주광역시 북구");
        assert_eq!(tier, "metro_sejong_changwon");
        assert!(
            doubt.is_some_and(|d| d.contains("전남광주통합특별시")),
            "{year}"
        );
        let (tier, doubt) = tier_and_doubt(year, "전라남도 순천시");
        assert_eq!(tier, "other");
        assert!(
            doubt.is_some_and(|d| d.contains("전남광주통합특별시")),
            "{year}"
        );
    }
}
