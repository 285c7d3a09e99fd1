//! Every published 2023 cell (seed 003: 28 income, 84 property), checked two ways: read
//! from the bundled data, and computed by the SPEC §2 formula. The seed's figures are
//! copied here verbatim, so a typo in the data file or a slip in the formula fails.

use rules::dataset::{dataset, datasets};
use rules::thresholds::{multiply, round_half_up, Threshold, ThresholdQuery};
use rules::vocab::Group::{self, FourMajor, Rare};
use rules::{Basis, Dataset, HouseholdKind, TestKind};

use HouseholdKind::{Obligor, Patient};
use TestKind::{Income, Property};

const METROPOLITAN: &str = "metropolitan";
const MID_CITY: &str = "mid_city";
const RURAL: &str = "rural";

fn query(
    ds: &'static Dataset,
    household: HouseholdKind,
    kind: TestKind,
    group: Group,
    tier: &str,
    size: u32,
) -> ThresholdQuery {
    query_at(ds, household, kind, group, tier, size, 40)
}

fn query_at(
    ds: &'static Dataset,
    household: HouseholdKind,
    kind: TestKind,
    group: Group,
    tier: &str,
    size: u32,
    age: u8,
) -> ThresholdQuery {
    ThresholdQuery {
        household,
        kind,
        group,
        tier: ds.property.tier(tier).expect("a tier of the year"),
        size,
        age,
    }
}

/// The threshold for a year, household kind, test kind, group, tier, size and age.
fn threshold(
    year: u16,
    household: HouseholdKind,
    kind: TestKind,
    group: Group,
    tier: &str,
    size: u32,
    age: u8,
) -> Threshold {
    let ds = dataset(year).expect("the year's data");
    ds.threshold(&query_at(ds, household, kind, group, tier, size, age))
}

/// Checks one printed row of seed 003 against the data and the formula.
fn check_row(household: HouseholdKind, kind: TestKind, group: Group, tier: &str, seed: [i64; 7]) {
    let ds = dataset(2023).expect("2023 data");
    for (i, printed) in seed.iter().enumerate() {
        let size = i as u32 + 1;
        let q = query(ds, household, kind, group, tier, size);
        let from_data = ds.published(&q).expect("a published 2023 cell");
        assert_eq!(from_data.value, *printed, "data, {q:?}");
        assert_eq!(from_data.basis, Basis::Published, "basis, {q:?}");
        assert_eq!(ds.formula_value(&q), *printed, "formula, {q:?}");
        assert_eq!(ds.threshold(&q).value, *printed, "threshold, {q:?}");
    }
}

macro_rules! row {
    ($name:ident, $h:expr, $k:expr, $g:expr, $r:expr, $cells:expr) => {
        #[test]
        fn $name() {
            check_row($h, $k, $g, $r, $cells);
        }
    };
}

// 2023년도 환자가구 소득기준 일람표 (원/월)
row!(
    the_2023_patient_income_row_for_rare_diseases_at_120_percent_matches_the_data_and_the_formula,
    Patient,
    Income,
    Rare,
    MID_CITY,
    [2_493_470, 4_147_386, 5_321_779, 6_481_157, 7_596_826, 8_673_577, 9_729_018]
);
row!(the_2023_patient_income_row_for_the_4_major_diseases_at_160_percent_matches_the_data_and_the_formula,
    Patient, Income, FourMajor, MID_CITY,
    [3_324_627, 5_529_848, 7_095_706, 8_641_542, 10_129_101, 11_564_770, 12_972_024]);
// 부양의무자가구 소득기준 일람표
row!(
    the_2023_obligor_income_row_for_rare_diseases_at_200_percent_matches_the_data_and_the_formula,
    Obligor,
    Income,
    Rare,
    MID_CITY,
    [4_155_784, 6_912_310, 8_869_632, 10_801_928, 12_661_376, 14_455_962, 16_215_030]
);
row!(the_2023_obligor_income_row_for_the_4_major_diseases_at_240_percent_matches_the_data_and_the_formula,
    Obligor, Income, FourMajor, MID_CITY,
    [4_986_941, 8_294_772, 10_643_558, 12_962_314, 15_193_651, 17_347_154, 19_458_036]);
// 환자가구 재산기준 일람표
row!(
    the_2023_rural_patient_property_row_for_rare_diseases_matches_the_data_and_the_formula,
    Patient,
    Property,
    Rare,
    RURAL,
    [
        146_795_453,
        186_457_698,
        214_620_604,
        242_423_424,
        269_178_072,
        294_999_453,
        320_309_784
    ]
);
row!(
    the_2023_mid_city_patient_property_row_for_rare_diseases_matches_the_data_and_the_formula,
    Patient,
    Property,
    Rare,
    MID_CITY,
    [
        161_795_453,
        201_457_698,
        229_620_604,
        257_423_424,
        284_178_072,
        309_999_453,
        335_309_784
    ]
);
row!(
    the_2023_metropolitan_patient_property_row_for_rare_diseases_matches_the_data_and_the_formula,
    Patient,
    Property,
    Rare,
    METROPOLITAN,
    [
        221_795_453,
        261_457_698,
        289_620_604,
        317_423_424,
        344_178_072,
        369_999_453,
        395_309_784
    ]
);
row!(
    the_2023_rural_patient_property_row_for_the_4_major_diseases_matches_the_data_and_the_formula,
    Patient,
    Property,
    FourMajor,
    RURAL,
    [
        489_318_177,
        621_525_659,
        715_402_014,
        808_078_082,
        897_260_240,
        983_331_511,
        1_067_699_281
    ]
);
row!(the_2023_mid_city_patient_property_row_for_the_4_major_diseases_matches_the_data_and_the_formula,
    Patient, Property, FourMajor, MID_CITY,
    [539_318_177, 671_525_659, 765_402_014, 858_078_082, 947_260_240, 1_033_331_511, 1_117_699_281]);
row!(the_2023_metropolitan_patient_property_row_for_the_4_major_diseases_matches_the_data_and_the_formula,
    Patient, Property, FourMajor, METROPOLITAN,
    [739_318_177, 871_525_659, 965_402_014, 1_058_078_082, 1_147_260_240, 1_233_331_511, 1_317_699_281]);
// 부양의무자가구 재산기준 일람표
row!(
    the_2023_rural_obligor_property_row_for_rare_diseases_matches_the_data_and_the_formula,
    Obligor,
    Property,
    Rare,
    RURAL,
    [
        244_659_089,
        310_762_830,
        357_701_007,
        404_039_041,
        448_630_120,
        491_665_755,
        533_849_640
    ]
);
row!(
    the_2023_mid_city_obligor_property_row_for_rare_diseases_matches_the_data_and_the_formula,
    Obligor,
    Property,
    Rare,
    MID_CITY,
    [
        269_659_089,
        335_762_830,
        382_701_007,
        429_039_041,
        473_630_120,
        516_665_755,
        558_849_640
    ]
);
row!(
    the_2023_metropolitan_obligor_property_row_for_rare_diseases_matches_the_data_and_the_formula,
    Obligor,
    Property,
    Rare,
    METROPOLITAN,
    [
        369_659_089,
        435_762_830,
        482_701_007,
        529_039_041,
        573_630_120,
        616_665_755,
        658_849_640
    ]
);
row!(
    the_2023_rural_obligor_property_row_for_the_4_major_diseases_matches_the_data_and_the_formula,
    Obligor,
    Property,
    FourMajor,
    RURAL,
    [
        587_181_813,
        745_830_791,
        858_482_417,
        969_693_698,
        1_076_712_288,
        1_179_997_813,
        1_281_239_137
    ]
);
row!(the_2023_mid_city_obligor_property_row_for_the_4_major_diseases_matches_the_data_and_the_formula,
    Obligor, Property, FourMajor, MID_CITY,
    [647_181_813, 805_830_791, 918_482_417, 1_029_693_698, 1_136_712_288, 1_239_997_813, 1_341_239_137]);
row!(the_2023_metropolitan_obligor_property_row_for_the_4_major_diseases_matches_the_data_and_the_formula,
    Obligor, Property, FourMajor, METROPOLITAN,
    [887_181_813, 1_045_830_791, 1_158_482_417, 1_269_693_698, 1_376_712_288, 1_479_997_813, 1_581_239_137]);

#[test]
fn the_2023_data_holds_exactly_28_income_and_84_property_published_cells() {
    let ds = dataset(2023).unwrap();
    let count = |kind: TestKind| -> usize {
        ds.tables
            .iter()
            .filter(|t| t.kind == kind && t.basis == Basis::Published)
            .map(|t| t.values.len())
            .sum()
    };
    assert_eq!(count(Income), 28);
    assert_eq!(count(Property), 84);
}

#[test]
fn every_published_cell_of_every_year_equals_the_formula() {
    let mut checked = 0;
    for ds in datasets() {
        for t in ds.tables {
            for (size, value) in t.sizes.iter().zip(t.values) {
                let tier = t.tier.unwrap_or(ds.property.tiers[0].id);
                let q = query(ds, t.household, t.kind, t.group, tier, *size);
                assert_eq!(ds.formula_value(&q), *value, "{} {q:?}", ds.year);
                checked += 1;
            }
        }
    }
    let printed: usize = datasets()
        .iter()
        .flat_map(|ds| ds.tables)
        .map(|t| t.values.len())
        .sum();
    assert_eq!(checked, printed);
    // At least seed 003's 28 income and 84 property cells.
    assert!(checked >= 112);
}

#[test]
fn the_years_are_in_order_each_named_by_its_file_with_sources_and_tiers() {
    let years = rules::years();
    assert!(years.windows(2).all(|w| w[0] < w[1]), "{years:?}");
    assert_eq!(rules::newest(), *years.last().unwrap());
    for y in years {
        let ds = dataset(*y).unwrap();
        assert_eq!(ds.year, *y);
        assert!(!ds.sources.is_empty(), "{y} has no sources");
        assert!(!ds.property.tiers.is_empty(), "{y} has no tiers");
        assert!(
            ds.list(rules::Item::Copayment)
                .is_some_and(|c| c.count.is_some()),
            "{y}: support list size"
        );
    }
    assert!(dataset(1999).is_none());
}

#[test]
fn an_8_person_2023_household_gets_the_median_plus_879_534_and_an_estimated_property_threshold() {
    let ds = dataset(2023).unwrap();
    assert_eq!(ds.median.for_size(8), 8_107_515 + 879_534);
    assert_eq!(ds.median.for_size(10), 8_107_515 + 3 * 879_534);
    let income = ds.threshold(&query(ds, Patient, Income, Rare, MID_CITY, 8));
    // (8,107,515 + 879,534) × 1.2 = 10,784,458.8 → 10,784,459.
    assert_eq!(income.value, 10_784_459);
    assert_eq!(income.basis, Basis::Derived);
    let property = ds.threshold(&query(ds, Patient, Property, Rare, MID_CITY, 8));
    assert_eq!(property.basis, Basis::Estimated);
    // 3 × (34,000,000 + 0.4 × 8,987,049 ÷ 0.0417) = 360,620,115.107… → 360,620,115.
    assert_eq!(property.value, 360_620_115);
}

#[test]
fn the_2023_8_person_metropolitan_patient_cell_printed_by_incheon_dong_gu_is_what_the_formula_gives(
) {
    // 인천 동구 보건소 prints 420,620,115 for 8 people (2023 medians, "최고재산액 300%").
    let ds = dataset(2023).unwrap();
    let q = query(ds, Patient, Property, Rare, METROPOLITAN, 8);
    assert_eq!(ds.formula_value(&q), 420_620_115);
    // "8인 이상 가구의 경우, 1인 증가 시마다 재산기준이 25,310,331원씩 증가".
    let nine = ds.formula_value(&query(ds, Patient, Property, Rare, METROPOLITAN, 9));
    assert_eq!(nine - 420_620_115, 25_310_331);
}

#[test]
fn the_formula_with_k_3_and_base_99_000_000_reproduces_the_printed_2026_cancer_programme_row() {
    // A different programme, the same rule: 297,000,000 + 1.2 × median ÷ 0.0417 (SPEC §2),
    // which is the 2026 서울 patient-rare formula.
    let printed = [
        370_791_022,
        417_842_935,
        451_216_863,
        483_898_935,
        514_459_540,
        543_214_446,
        570_817_266,
        598_420_086,
    ];
    let ds = dataset(2026).unwrap();
    let seoul = ds.property.tier("seoul").unwrap();
    assert_eq!(seoul.base, 99_000_000);
    assert_eq!(ds.property.multipliers.patient_rare, 3);
    for (i, cell) in printed.iter().enumerate() {
        let q = query(ds, Patient, Property, Rare, "seoul", i as u32 + 1);
        assert_eq!(ds.formula_value(&q), *cell, "{} people", i + 1);
    }
}

#[test]
fn from_2024_the_four_tiers_have_the_2024_bases_and_every_property_threshold_is_estimated() {
    for ds in datasets().iter().filter(|d| d.year >= 2024) {
        let bases: Vec<(&str, i64)> = ds.property.tiers.iter().map(|t| (t.id, t.base)).collect();
        assert_eq!(
            bases,
            [
                ("seoul", 99_000_000),
                ("gyeonggi", 80_000_000),
                ("metro_sejong_changwon", 77_000_000),
                ("other", 53_000_000)
            ],
            "{}",
            ds.year
        );
        for h in [Patient, Obligor] {
            for g in [Rare, FourMajor] {
                for tier in ds.property.tiers {
                    for size in [1, 4, 7, 8, 30] {
                        let p = ds.threshold(&query(ds, h, Property, g, tier.id, size));
                        assert_eq!(
                            p.basis,
                            Basis::Estimated,
                            "{} {h:?} {g:?} {} {size}",
                            ds.year,
                            tier.id
                        );
                        let i = ds.threshold(&query(ds, h, Income, g, tier.id, size));
                        assert_ne!(i.basis, Basis::Estimated, "{} {h:?} {g:?} {size}", ds.year);
                    }
                }
            }
        }
    }
}

#[test]
fn the_income_percentage_does_not_enter_the_property_threshold() {
    // 2024's under-18 patients get 130% for income, but the same property limit.
    let ds = dataset(2024).unwrap();
    let child = query_at(ds, Patient, Property, Rare, "other", 3, 10);
    let adult = query_at(ds, Patient, Property, Rare, "other", 3, 40);
    assert_eq!(ds.formula_value(&child), ds.formula_value(&adult));
    // And 2025's move to 140% left the property formula at 3 × (base + 0.4 × median ÷ 0.0417).
    let ds = dataset(2025).unwrap();
    let q = query(ds, Patient, Property, Rare, "other", 1);
    // 3 × (53,000,000 + 0.4 × 2,392,013 ÷ 0.0417) = 227,834,906.47… → 227,834,906.
    assert_eq!(ds.formula_value(&q), 227_834_906);
}

#[test]
fn the_2025_published_5_person_patient_income_cell_is_9_951_469_rounded_half_up() {
    // 7,108,192 × 1.4 = 9,951,468.8: changwon prints 9,951,469 (hscity truncates).
    let t = threshold(2025, Patient, Income, Rare, "other", 5, 40);
    assert_eq!(t.value, 9_951_469);
    assert_eq!(t.basis, Basis::Published);
}

#[test]
fn the_2026_patient_income_threshold_for_1_person_is_the_published_3_589_933() {
    let t = threshold(2026, Patient, Income, Rare, "other", 1, 40);
    assert_eq!(t.value, 3_589_933);
    assert_eq!(t.basis, Basis::Published);
    let derived = threshold(2026, Patient, Income, Rare, "other", 3, 40);
    assert_eq!(derived.value, 7_502_650);
    assert_eq!(derived.basis, Basis::Derived);
}

#[test]
fn in_2024_a_patient_under_18_gets_130_percent_and_an_adult_120_percent() {
    let child = threshold(2024, Patient, Income, Rare, "gyeonggi", 3, 17);
    let adult = threshold(2024, Patient, Income, Rare, "gyeonggi", 3, 18);
    // 4,714,657 × 1.3 = 6,129,054.1; × 1.2 = 5,657,588.4.
    assert_eq!(child.value, 6_129_054);
    assert_eq!(adult.value, 5_657_588);
    // The under-18 row is for rare-disease patients only.
    let four_major = threshold(2024, Patient, Income, FourMajor, "gyeonggi", 3, 17);
    assert_eq!(four_major.value, 7_543_451);
    let obligor = threshold(2024, Obligor, Income, Rare, "gyeonggi", 3, 17);
    assert_eq!(obligor.value, 9_429_314);
}

#[test]
fn in_2023_an_under_18_patient_still_gets_the_published_120_percent_row() {
    let t = threshold(2023, Patient, Income, Rare, MID_CITY, 3, 10);
    assert_eq!(t.value, 5_321_779);
    assert_eq!(t.basis, Basis::Published);
    assert!(!dataset(2023).unwrap().doubts.is_empty());
}

#[test]
fn the_2025_patient_income_threshold_is_140_percent_for_every_age() {
    let child = threshold(2025, Patient, Income, Rare, "other", 2, 5);
    let adult = threshold(2025, Patient, Income, Rare, "other", 2, 50);
    assert_eq!(child.value, 5_505_721);
    assert_eq!(adult.value, 5_505_721);
}
#[test]
fn the_multiplier_for_two_patients_is_1_5_rounded_half_up_once() {
    assert_eq!(multiply(5_321_779, 0), 5_321_779);
    // 5,321,779 × 1.5 = 7,982,668.5 → 7,982,669.
    assert_eq!(multiply(5_321_779, 1), 7_982_669);
    // × 2.25 = 11,974,002.75 → 11,974,003.
    assert_eq!(multiply(5_321_779, 2), 11_974_003);
    // × 3.375 = 17,961,004.125 → 17,961,004.
    assert_eq!(multiply(5_321_779, 3), 17_961_004);
}

#[test]
fn rounding_is_half_up_to_whole_won() {
    use rust_decimal::Decimal;
    assert_eq!(round_half_up(Decimal::new(25, 1)), 3);
    assert_eq!(round_half_up(Decimal::new(249, 2)), 2);
    assert_eq!(round_half_up(Decimal::new(3_500_000_001, 9)), 4);
}

#[test]
fn every_year_from_2024_has_the_9_cornstarch_diseases_and_2023_has_none() {
    assert!(dataset(2023).unwrap().cornstarch.is_none());
    for ds in datasets().iter().filter(|d| d.year >= 2024) {
        let list = ds.cornstarch.as_ref().unwrap();
        assert_eq!(list.diseases.len(), 9);
        for name in list.diseases {
            assert!(
                matches!(
                    rules::diseases::lookup(name),
                    rules::diseases::Lookup::Found(_)
                ),
                "{name} is not on the support list"
            );
        }
    }
}

#[test]
fn the_suite_runs_on_the_year_scripts_check_new_year_added() {
    // Set by scripts/check-new-year, which adds a synthetic year the code has never seen.
    if let Ok(year) = std::env::var("RULES_EXPECT_YEAR") {
        let year: u16 = year.parse().expect("RULES_EXPECT_YEAR is a year");
        assert!(
            rules::years().contains(&year),
            "{year} not in {:?}",
            rules::years()
        );
        assert_eq!(rules::newest(), year);
    }
}
