//! Property tests: `evaluate` never panics, and more money never helps.

use proptest::prelude::*;
use rules::case::MAX_WON;
use rules::{
    Case, Coverage, Disability, ExcludedStatus, Hemophilia, Household, Item, Nationality,
    ObligorHousehold, OnSublist, SublistAnswer, Town, Verdict,
};

fn answer() -> impl Strategy<Value = SublistAnswer> {
    prop_oneof![
        Just(SublistAnswer::Yes),
        Just(SublistAnswer::No),
        Just(SublistAnswer::Unknown)
    ]
}

/// Where a household lives: (region, location, town). Valid answers name a tier of some
/// data year or a place on the list, with a town exactly where that year needs one; the
/// rest are anything at all.
type Where = (Option<String>, Option<String>, Option<Town>);

fn town() -> impl Strategy<Value = Town> {
    prop_oneof![Just(Town::Dong), Just(Town::EupMyeon)]
}

fn somewhere(valid: bool, year: u16) -> BoxedStrategy<Where> {
    if !valid {
        return (
            proptest::option::of(any::<String>()),
            proptest::option::of(any::<String>()),
            proptest::option::of(town()),
        )
            .boxed();
    }
    let ds = rules::dataset(year).expect("a valid year");
    let tiers: Vec<String> = ds.property.tiers.iter().map(|t| t.id.to_string()).collect();
    let places = rules::places::list();
    prop_oneof![
        prop::sample::select(tiers).prop_map(|t| (Some(t), None, None)),
        (0..places.len(), town()).prop_map(move |(i, town)| {
            let place = &places[i];
            let (_, needs_town) = rules::location::tier_of(ds, place, Some(town));
            (None, Some(place.full_name()), needs_town.then_some(town))
        }),
    ]
    .boxed()
}

fn disease() -> impl Strategy<Value = String> {
    prop_oneof![
        // Anything at all.
        any::<String>(),
        // Names and codes that exercise each path.
        prop::sample::select(vec![
            "고쉐병",
            "크라베병",
            "A형혈우병",
            "단백질C결핍",
            "N18",
            "만성 신장병",
            "G20",
            "E75.2",
            "V117",
            "E74.0",
            "폰기에르케병",
            "폼페병",
            "허스병",
            "e76.1",
            "없는병",
            "",
        ])
        .prop_map(str::to_string),
    ]
}

fn money(valid: bool) -> BoxedStrategy<i64> {
    if valid {
        prop_oneof![0..=20_000_000i64, 0..=3_000_000_000i64, 0..=MAX_WON].boxed()
    } else {
        any::<i64>().boxed()
    }
}

fn obligor(valid: bool, year: u16) -> impl Strategy<Value = ObligorHousehold> {
    let size = if valid {
        (1..=30u32).boxed()
    } else {
        any::<u32>().boxed()
    };
    let own = prop_oneof![Just((None, None, None)), somewhere(valid, year)];
    (size, money(valid), money(valid), own).prop_map(
        |(size, monthly_income, property, (region, location, town))| ObligorHousehold {
            size,
            monthly_income,
            property,
            region,
            location,
            town,
        },
    )
}

/// Cases; `valid` keeps sizes, amounts and years in range (the disease may still be
/// ambiguous).
fn case(valid: bool) -> impl Strategy<Value = Case> {
    let year = if valid {
        prop::sample::select(rules::years()).boxed()
    } else {
        prop_oneof![prop::sample::select(rules::years()), any::<u16>()].boxed()
    };
    year.prop_flat_map(move |year| case_in(valid, year))
}

fn case_in(valid: bool, year: u16) -> impl Strategy<Value = Case> {
    // An invalid year has no tiers: draw places as for the newest year.
    let year_for_places = if rules::dataset(year).is_some() {
        year
    } else {
        rules::newest()
    };
    let size = if valid {
        (1..=30u32).boxed()
    } else {
        any::<u32>().boxed()
    };
    (
        (Just(year), any::<bool>(), disease(), any::<u8>()),
        (
            prop_oneof![
                Just(Nationality::Korean),
                Just(Nationality::ForeignSpecial),
                Just(Nationality::Foreign)
            ],
            prop::sample::select(vec![
                ExcludedStatus::None,
                ExcludedStatus::None,
                ExcludedStatus::None,
                ExcludedStatus::Military,
                ExcludedStatus::Deceased,
            ]),
            prop_oneof![
                Just(Coverage::HealthInsurance),
                Just(Coverage::MedicalAid),
                Just(Coverage::NearPoor)
            ],
            somewhere(valid, year_for_places),
        ),
        (size, money(valid), money(valid), 1..=4u32),
        prop::collection::vec(obligor(valid, year_for_places), 0..3),
        (any::<[bool; 6]>(), (answer(), answer(), answer(), answer())),
        (
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
            prop_oneof![
                Just(None),
                Just(Some(vec![Item::Copayment])),
                Just(Some(vec![Item::Copayment, Item::Caregiving])),
            ],
        ),
    )
        .prop_map(
            move |(
                (year, registered, disease, age),
                (nationality, excluded_status, coverage, (region, location, town)),
                (size, income, property, patients),
                obligor_households,
                (flags, (devices, ventilator, caregiving, diet)),
                (renting, owns_car, family_answered, needs),
            )| {
                let case = Case {
                    year,
                    special_calc_registered: registered,
                    disease,
                    age,
                    nationality,
                    excluded_status,
                    coverage,
                    region,
                    location,
                    town,
                    household: Household {
                        size,
                        monthly_income: income,
                        property,
                        rare_patients: if valid { patients.min(size) } else { patients },
                    },
                    obligor_households,
                    hemophilia: Hemophilia {
                        inhibitor: flags[0],
                        hiv: flags[1],
                        inpatient_exception: flags[2],
                    },
                    disability: Disability {
                        registered: flags[3],
                        severe_physical_or_brain: flags[4],
                        severe_kidney: flags[5],
                    },
                    on_sublist: OnSublist::from([
                        (Item::AssistiveDevices, devices),
                        (Item::Ventilator, ventilator),
                        (Item::Caregiving, caregiving),
                        (Item::SpecialDiet, diet),
                    ]),
                    renting,
                    owns_car,
                    family_answered,
                    // A field added to the case later takes its default here.
                    ..Case::default()
                };
                Case { needs, ..case }
            },
        )
}

/// Which figure to raise.
#[derive(Clone, Copy, Debug)]
enum Raise {
    Income,
    Property,
    ObligorIncome,
    ObligorProperty,
}

fn raise(c: &Case, what: Raise, by: i64) -> Case {
    let up = |x: i64| x.saturating_add(by).min(MAX_WON);
    let mut c = c.clone();
    match what {
        Raise::Income => c.household.monthly_income = up(c.household.monthly_income),
        Raise::Property => c.household.property = up(c.household.property),
        Raise::ObligorIncome => {
            if let Some(o) = c.obligor_households.first_mut() {
                o.monthly_income = up(o.monthly_income);
            }
        }
        Raise::ObligorProperty => {
            if let Some(o) = c.obligor_households.first_mut() {
                o.property = up(o.property);
            }
        }
    }
    c
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn evaluate_never_panics_on_any_case(c in case(false)) {
        match rules::evaluate(&c) {
            Ok(d) => {
                prop_assert!(!d.items.is_empty());
                // Rendering and serialising never panic either.
                for i in &d.items {
                    for r in &i.reasons {
                        let _ = r.text(rules::Lang::En);
                    }
                }
                let _ = serde_json::to_string(&d).unwrap();
            }
            Err(e) => prop_assert!(!e.field.is_empty()),
        }
    }

    #[test]
    fn evaluate_never_panics_on_any_in_range_case_and_only_an_ambiguous_code_is_an_error(c in case(true)) {
        match rules::evaluate(&c) {
            Ok(d) => prop_assert_eq!(d.overall == Verdict::RegisterFirst, !c.special_calc_registered
                && c.nationality != Nationality::Foreign
                && c.excluded_status == ExcludedStatus::None),
            Err(e) => prop_assert_eq!(e.field, "disease"),
        }
    }

    #[test]
    fn raising_income_or_property_never_turns_an_unlikely_item_into_likely(
        c in case(true),
        what in prop_oneof![
            Just(Raise::Income), Just(Raise::Property),
            Just(Raise::ObligorIncome), Just(Raise::ObligorProperty)
        ],
        by in prop_oneof![1..=1_000i64, 1..=10_000_000i64, 1..=5_000_000_000i64],
    ) {
        let Ok(before) = rules::evaluate(&c) else { return Ok(()); };
        let after = rules::evaluate(&raise(&c, what, by)).unwrap();
        for (b, a) in before.items.iter().zip(&after.items) {
            prop_assert_eq!(b.item, a.item);
            if b.verdict == Verdict::Unlikely {
                prop_assert_ne!(a.verdict, Verdict::Likely, "{:?} {:?}", b.item, what);
            }
        }
    }

    #[test]
    fn a_case_survives_a_json_round_trip(c in case(false)) {
        let json = serde_json::to_string(&c).unwrap();
        let back: Case = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, c);
    }
}
