//! The family helper (SPEC §5, seed 003 환자가구와 부양의무자가구의 기준): one test per
//! inclusion and exclusion, the readings where SPEC §5 is silent, every bad input, and
//! properties.

use proptest::prelude::*;
use rules::{
    obligors, ExclusionReason, Family, FamilyError, Lang, ObligorGroup, Obligors, Relation,
    Relative,
};

// --- Helpers -----------------------------------------------------------------------------

fn rel(id: &str, relation: Relation) -> Relative {
    Relative::new(id, relation)
}

fn spouse(id: &str, of: &str) -> Relative {
    Relative {
        of: Some(of.to_string()),
        ..rel(id, Relation::ChildSpouse)
    }
}

fn family(relatives: Vec<Relative>) -> Family {
    Family { relatives }
}

fn run(relatives: Vec<Relative>) -> Obligors {
    obligors(&family(relatives)).expect("a valid family")
}

fn fails(relatives: Vec<Relative>) -> FamilyError {
    obligors(&family(relatives)).expect_err("bad input")
}

/// Each household as (key, members, size).
fn households(o: &Obligors) -> Vec<(&str, Vec<&str>, u32)> {
    o.households
        .iter()
        .map(|h: &ObligorGroup| {
            (
                h.key.as_str(),
                h.members.iter().map(String::as_str).collect(),
                h.size,
            )
        })
        .collect()
}

fn obligor_ids(o: &Obligors) -> Vec<&str> {
    o.obligors.iter().map(String::as_str).collect()
}

fn excluded(o: &Obligors) -> Vec<(&str, ExclusionReason)> {
    o.excluded
        .iter()
        .map(|e| (e.id.as_str(), e.reason))
        .collect()
}

/// SPEC §5's example family.
const SPEC_FAMILY: &str = r#"{ "relatives": [
  { "id": "dad", "relation": "parent" },
  { "id": "mum", "relation": "parent" },
  { "id": "son", "relation": "child", "lives_apart": true },
  { "id": "dil", "relation": "child_spouse", "of": "son", "foreign": true },
  { "id": "mil", "relation": "spouse_parent" }
] }"#;

// --- SPEC §5's worked example -------------------------------------------------------------

#[test]
fn the_spec_example_gives_exactly_the_spec_households_obligors_and_exclusions() {
    let f: Family = serde_json::from_str(SPEC_FAMILY).unwrap();
    let o = obligors(&f).unwrap();
    let json = serde_json::to_value(&o).unwrap();
    let expected = serde_json::json!({
        "households": [ { "members": ["dad", "mum"], "size": 2 }, { "members": ["son", "dil"], "size": 2 } ],
        "obligors": ["dad", "mum", "son"],
        "excluded": [
            { "id": "mil", "reason": ExclusionReason::SpouseParent.text(Lang::Ko) },
            { "id": "dil", "reason": ExclusionReason::ForeignSpouse.text(Lang::Ko) }
        ]
    });
    assert_eq!(json, expected);
    assert_eq!(o.households[0].key, "parents");
    assert_eq!(o.households[1].key, "child:son");
}

// --- Who is an obligor --------------------------------------------------------------------

#[test]
fn a_married_patients_own_parents_are_obligors_and_the_spouses_parents_are_not() {
    let o = run(vec![
        rel("father", Relation::Parent),
        rel("mother", Relation::Parent),
        rel("father_in_law", Relation::SpouseParent),
        rel("mother_in_law", Relation::SpouseParent),
    ]);
    assert_eq!(
        households(&o),
        vec![("parents", vec!["father", "mother"], 2)]
    );
    assert_eq!(obligor_ids(&o), vec!["father", "mother"]);
    assert_eq!(
        excluded(&o),
        vec![
            ("father_in_law", ExclusionReason::SpouseParent),
            ("mother_in_law", ExclusionReason::SpouseParent),
        ]
    );
}

#[test]
fn living_parents_outside_the_patient_household_form_one_household() {
    let o = run(vec![
        rel("dad", Relation::Parent),
        rel("mum", Relation::Parent),
    ]);
    assert_eq!(households(&o), vec![("parents", vec!["dad", "mum"], 2)]);
    assert!(o.excluded.is_empty());
}

#[test]
fn with_one_parent_deceased_the_other_is_a_household_of_one() {
    let o = run(vec![
        Relative {
            deceased: true,
            ..rel("dad", Relation::Parent)
        },
        rel("mum", Relation::Parent),
    ]);
    assert_eq!(households(&o), vec![("parents", vec!["mum"], 1)]);
    assert_eq!(obligor_ids(&o), vec!["mum"]);
    assert_eq!(excluded(&o), vec![("dad", ExclusionReason::Deceased)]);
}

#[test]
fn with_both_parents_deceased_there_is_no_parents_household() {
    let dead = |id| Relative {
        deceased: true,
        ..rel(id, Relation::Parent)
    };
    let o = run(vec![dead("dad"), dead("mum")]);
    assert!(o.households.is_empty());
    assert!(o.obligors.is_empty());
    assert_eq!(o.excluded.len(), 2);
}

#[test]
fn parents_in_the_patient_household_make_no_obligor_household() {
    let home = |id| Relative {
        in_patient_household: true,
        ..rel(id, Relation::Parent)
    };
    let o = run(vec![home("dad"), home("mum")]);
    assert!(o.households.is_empty());
    assert!(o.obligors.is_empty());
    assert_eq!(
        excluded(&o),
        vec![
            ("dad", ExclusionReason::InPatientHousehold),
            ("mum", ExclusionReason::InPatientHousehold),
        ]
    );
}

#[test]
fn a_parent_living_with_the_patient_leaves_the_other_parent_alone_in_the_household() {
    let o = run(vec![
        Relative {
            in_patient_household: true,
            ..rel("mum", Relation::Parent)
        },
        rel("dad", Relation::Parent),
    ]);
    assert_eq!(households(&o), vec![("parents", vec!["dad"], 1)]);
    assert_eq!(
        excluded(&o),
        vec![("mum", ExclusionReason::InPatientHousehold)]
    );
}

#[test]
fn each_living_child_outside_the_patient_household_forms_a_household_with_their_spouse() {
    let o = run(vec![
        rel("son", Relation::Child),
        spouse("dil", "son"),
        rel("daughter", Relation::Child),
        spouse("sil", "daughter"),
        rel("youngest", Relation::Child),
    ]);
    assert_eq!(
        households(&o),
        vec![
            ("child:son", vec!["son", "dil"], 2),
            ("child:daughter", vec!["daughter", "sil"], 2),
            ("child:youngest", vec!["youngest"], 1),
        ]
    );
    // Sons- and daughters-in-law are obligors (1촌 직계혈족의 배우자).
    assert_eq!(
        obligor_ids(&o),
        vec!["son", "dil", "daughter", "sil", "youngest"]
    );
    assert!(o.excluded.is_empty());
}

#[test]
fn a_spouse_listed_before_the_child_still_joins_the_childs_household() {
    let o = run(vec![
        spouse("sil", "daughter"),
        rel("daughter", Relation::Child),
    ]);
    assert_eq!(
        households(&o),
        vec![("child:daughter", vec!["daughter", "sil"], 2)]
    );
}

#[test]
fn a_registered_child_who_lives_and_earns_apart_leaves_the_patient_household_as_an_obligor() {
    let o = run(vec![Relative {
        in_patient_household: true,
        lives_apart: true,
        ..rel("son", Relation::Child)
    }]);
    assert_eq!(households(&o), vec![("child:son", vec!["son"], 1)]);
    assert_eq!(obligor_ids(&o), vec!["son"]);
    assert!(o.excluded.is_empty());
    // `lives_apart` alone says the same: on the registration, living apart.
    let o = run(vec![Relative {
        lives_apart: true,
        ..rel("son", Relation::Child)
    }]);
    assert_eq!(households(&o), vec![("child:son", vec!["son"], 1)]);
}

#[test]
fn a_child_in_the_patient_household_makes_no_obligor_household_and_takes_the_spouse_along() {
    let o = run(vec![
        Relative {
            in_patient_household: true,
            ..rel("son", Relation::Child)
        },
        spouse("dil", "son"),
    ]);
    assert!(o.households.is_empty());
    assert!(o.obligors.is_empty());
    assert_eq!(
        excluded(&o),
        vec![
            ("son", ExclusionReason::InPatientHousehold),
            ("dil", ExclusionReason::InPatientHousehold),
        ]
    );
}

#[test]
fn a_spouse_in_the_patient_household_whose_child_lives_apart_leaves_the_child_alone() {
    let o = run(vec![
        Relative {
            in_patient_household: true,
            lives_apart: true,
            ..rel("son", Relation::Child)
        },
        Relative {
            in_patient_household: true,
            ..spouse("dil", "son")
        },
    ]);
    assert_eq!(households(&o), vec![("child:son", vec!["son"], 1)]);
    assert_eq!(
        excluded(&o),
        vec![("dil", ExclusionReason::InPatientHousehold)]
    );
}

// --- Who is not (seed 003, 부양의무자에서 제외하는 사람) -------------------------------

#[test]
fn a_widowed_daughter_in_law_is_not_an_obligor() {
    let o = run(vec![
        Relative {
            deceased: true,
            ..rel("son", Relation::Child)
        },
        spouse("dil", "son"),
    ]);
    assert!(o.households.is_empty());
    assert!(o.obligors.is_empty());
    assert_eq!(
        excluded(&o),
        vec![
            ("son", ExclusionReason::Deceased),
            ("dil", ExclusionReason::SpouseOfDeceased),
        ]
    );
    // Even if she lives with the patient, the seed's rule is the reason.
    let o = run(vec![
        Relative {
            deceased: true,
            ..rel("son", Relation::Child)
        },
        Relative {
            in_patient_household: true,
            ..spouse("dil", "son")
        },
    ]);
    assert_eq!(o.excluded[1].reason, ExclusionReason::SpouseOfDeceased);
}

#[test]
fn a_foreign_spouse_is_counted_in_the_size_but_is_not_an_obligor() {
    let o = run(vec![
        rel("daughter", Relation::Child),
        Relative {
            foreign: true,
            ..spouse("sil", "daughter")
        },
    ]);
    assert_eq!(
        households(&o),
        vec![("child:daughter", vec!["daughter", "sil"], 2)]
    );
    assert_eq!(obligor_ids(&o), vec!["daughter"]);
    assert_eq!(excluded(&o), vec![("sil", ExclusionReason::ForeignSpouse)]);
    assert!(ExclusionReason::ForeignSpouse.counted());
}

#[test]
fn a_de_facto_partner_is_neither_an_obligor_nor_counted() {
    let o = run(vec![
        rel("son", Relation::Child),
        Relative {
            de_facto: true,
            ..spouse("partner", "son")
        },
    ]);
    assert_eq!(households(&o), vec![("child:son", vec!["son"], 1)]);
    assert_eq!(obligor_ids(&o), vec!["son"]);
    assert_eq!(excluded(&o), vec![("partner", ExclusionReason::DeFacto)]);
    assert!(!ExclusionReason::DeFacto.counted());
    // A foreign de facto partner is still not counted: 사실혼 wins.
    let o = run(vec![
        rel("son", Relation::Child),
        Relative {
            de_facto: true,
            foreign: true,
            ..spouse("partner", "son")
        },
    ]);
    assert_eq!(households(&o), vec![("child:son", vec!["son"], 1)]);
    assert_eq!(excluded(&o), vec![("partner", ExclusionReason::DeFacto)]);
}

#[test]
fn the_birth_parents_of_a_patient_adopted_by_full_adoption_are_not_obligors() {
    let o = run(vec![
        rel("adoptive_father", Relation::Parent),
        rel("birth_mother", Relation::BirthParent),
        rel("birth_father", Relation::BirthParent),
    ]);
    assert_eq!(
        households(&o),
        vec![("parents", vec!["adoptive_father"], 1)]
    );
    assert_eq!(
        excluded(&o),
        vec![
            ("birth_mother", ExclusionReason::BirthParent),
            ("birth_father", ExclusionReason::BirthParent),
        ]
    );
}

#[test]
fn the_stepchildren_of_a_deceased_spouse_are_not_obligors() {
    let o = run(vec![
        rel("stepson", Relation::Stepchild),
        rel("own_daughter", Relation::Child),
    ]);
    assert_eq!(
        households(&o),
        vec![("child:own_daughter", vec!["own_daughter"], 1)]
    );
    assert_eq!(excluded(&o), vec![("stepson", ExclusionReason::Stepchild)]);
}

#[test]
fn a_deceased_relative_is_not_an_obligor_and_is_listed_as_deceased_whatever_the_relation() {
    for relation in [
        Relation::Parent,
        Relation::Child,
        Relation::SpouseParent,
        Relation::Stepchild,
        Relation::BirthParent,
    ] {
        let o = run(vec![Relative {
            deceased: true,
            ..rel("x", relation)
        }]);
        assert!(o.households.is_empty(), "{relation:?}");
        assert_eq!(excluded(&o), vec![("x", ExclusionReason::Deceased)]);
    }
}

#[test]
fn a_childs_deceased_spouse_is_excluded_and_a_living_second_spouse_is_in_the_household() {
    let o = run(vec![
        rel("son", Relation::Child),
        Relative {
            deceased: true,
            ..spouse("first_wife", "son")
        },
        spouse("second_wife", "son"),
    ]);
    assert_eq!(
        households(&o),
        vec![("child:son", vec!["son", "second_wife"], 2)]
    );
    assert_eq!(obligor_ids(&o), vec!["son", "second_wife"]);
    assert_eq!(
        excluded(&o),
        vec![("first_wife", ExclusionReason::Deceased)]
    );
}

// --- Readings where SPEC §5 is silent -----------------------------------------------------

#[test]
fn an_empty_family_has_no_households() {
    let o = run(vec![]);
    assert_eq!(o, Obligors::default());
    assert_eq!(
        serde_json::to_value(&o).unwrap(),
        serde_json::json!({ "households": [], "obligors": [], "excluded": [] })
    );
}

#[test]
fn a_family_of_only_non_obligors_has_no_households() {
    let o = run(vec![
        rel("mil", Relation::SpouseParent),
        rel("step", Relation::Stepchild),
    ]);
    assert!(o.households.is_empty());
    assert_eq!(o.excluded.len(), 2);
}

#[test]
fn excluded_comes_in_the_order_of_the_rules_then_input_order() {
    let o = run(vec![
        Relative {
            foreign: true,
            ..spouse("fs", "kid")
        },
        rel("kid", Relation::Child),
        rel("bp", Relation::BirthParent),
        rel("mil", Relation::SpouseParent),
        Relative {
            deceased: true,
            ..rel("dad", Relation::Parent)
        },
        rel("step", Relation::Stepchild),
        Relative {
            in_patient_household: true,
            ..rel("mum", Relation::Parent)
        },
        rel("fil", Relation::SpouseParent),
    ]);
    let ids: Vec<&str> = o.excluded.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, vec!["dad", "mum", "mil", "fil", "step", "bp", "fs"]);
}

#[test]
fn household_keys_stay_the_same_when_other_answers_change() {
    let before = run(vec![
        rel("dad", Relation::Parent),
        rel("daughter", Relation::Child),
    ]);
    let after = run(vec![
        rel("son", Relation::Child),
        rel("mum", Relation::Parent),
        rel("dad", Relation::Parent),
        rel("daughter", Relation::Child),
        spouse("sil", "daughter"),
    ]);
    for key in ["parents", "child:daughter"] {
        assert!(before.household(key).is_some(), "{key}");
        assert!(after.household(key).is_some(), "{key}");
    }
    assert_eq!(after.household("child:daughter").unwrap().size, 2);
    assert!(after.household("child:nobody").is_none());
    // The key is for the widget; the JSON keeps SPEC §5's shape.
    let json = serde_json::to_value(&after).unwrap();
    assert!(json["households"][0].get("key").is_none());
}

#[test]
fn every_reason_reads_in_korean_and_english_and_the_json_carries_the_korean() {
    use ExclusionReason::*;
    let all = [
        Deceased,
        InPatientHousehold,
        SpouseParent,
        Stepchild,
        SpouseOfDeceased,
        BirthParent,
        DeFacto,
        ForeignSpouse,
    ];
    // A phrase of seed 003 each reason must carry in Korean, and one in English.
    let expect = [
        ("사망", "died"),
        ("환자가구", "patient household"),
        ("배우자의 부모", "spouse's parents"),
        ("계자녀", "stepchildren"),
        ("사망한 1촌 직계혈족", "deceased child"),
        ("친양자", "full adoption"),
        ("사실혼", "de facto"),
        ("외국인 배우자", "foreign spouse"),
    ];
    for (r, (ko, en)) in all.iter().zip(expect) {
        let k = r.text(Lang::Ko);
        let e = r.text(Lang::En);
        assert!(k.contains(ko), "{k}");
        assert!(e.contains(en), "{e}");
        assert_ne!(k, e);
        assert_eq!(r.to_string(), k);
        assert_eq!(serde_json::to_value(r).unwrap(), serde_json::json!(k));
        if *r != Deceased {
            assert!(k.contains("(근거: 과천시 보건소 안내"), "{k}");
            assert!(e.contains("(rule: Gwacheon health-centre page"), "{e}");
        }
        assert_eq!(r.counted(), *r == ForeignSpouse);
    }
    // The variants' order is the order `excluded` lists them in.
    assert!(all.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn the_input_reads_with_every_flag_defaulting_to_false() {
    let f: Family = serde_json::from_str(
        r#"{ "relatives": [ { "id": "a", "relation": "child_spouse", "of": "b" },
                            { "id": "b", "relation": "child" } ] }"#,
    )
    .unwrap();
    assert_eq!(f.relatives[0], spouse("a", "b"));
    assert_eq!(f.relatives[1], rel("b", Relation::Child));
    // And writes back to the same.
    let back: Family = serde_json::from_value(serde_json::to_value(&f).unwrap()).unwrap();
    assert_eq!(back, f);
}

// --- Bad input ----------------------------------------------------------------------------

fn assert_field(e: &FamilyError, field: &str) {
    assert_eq!(e.field, field, "{e}");
    assert!(!e.message.is_empty() && !e.message_ko.is_empty());
    assert_eq!(e.to_string(), format!("{field}: {}", e.message));
    assert_eq!(e.text(Lang::Ko), format!("{field}: {}", e.message_ko));
    assert_eq!(e.text(Lang::En), e.to_string());
}

#[test]
fn an_unknown_relation_is_rejected_when_the_json_is_read() {
    // serde_json's own message; the command line adds the path (`relatives[0].relation`).
    let json = r#"{ "relatives": [ { "id": "a", "relation": "uncle" } ] }"#;
    let e = serde_json::from_str::<Family>(json)
        .unwrap_err()
        .to_string();
    assert!(e.contains("unknown variant `uncle`"), "{e}");
}

#[test]
fn an_unknown_field_or_a_missing_relatives_list_is_rejected_when_the_json_is_read() {
    for json in [
        r#"{ "relatives": [ { "id": "a", "relation": "parent", "age": 70 } ] }"#,
        r#"{ "relatives": [], "pets": 2 }"#,
        r#"{}"#,
        r#"{ "relatives": [ { "relation": "parent" } ] }"#,
        r#"{ "relatives": [ { "id": "a", "relation": "parent", "deceased": "yes" } ] }"#,
    ] {
        assert!(serde_json::from_str::<Family>(json).is_err(), "{json}");
    }
}

#[test]
fn an_of_that_names_nobody_is_rejected_naming_the_field() {
    let e = fails(vec![rel("son", Relation::Child), spouse("dil", "sonn")]);
    assert_field(&e, "relatives[1].of");
    assert!(e.message.contains("\"sonn\" names nobody"), "{e}");
}

#[test]
fn an_of_that_names_someone_who_is_not_a_child_is_rejected() {
    let e = fails(vec![rel("dad", Relation::Parent), spouse("x", "dad")]);
    assert_field(&e, "relatives[1].of");
    assert!(e.message.contains("not a child"), "{e}");
    // Nor another spouse, nor oneself.
    let e = fails(vec![
        rel("son", Relation::Child),
        spouse("a", "son"),
        spouse("b", "a"),
    ]);
    assert_field(&e, "relatives[2].of");
    let e = fails(vec![spouse("a", "a")]);
    assert_field(&e, "relatives[0].of");
}

#[test]
fn a_duplicate_id_is_rejected_naming_the_second() {
    let e = fails(vec![
        rel("a", Relation::Parent),
        rel("b", Relation::Parent),
        rel("a", Relation::Child),
    ]);
    assert_field(&e, "relatives[2].id");
    assert!(e.message.contains("relatives[0]"), "{e}");
}

#[test]
fn an_empty_id_is_rejected() {
    let e = fails(vec![rel(" ", Relation::Parent)]);
    assert_field(&e, "relatives[0].id");
}

#[test]
fn a_child_spouse_without_of_is_rejected() {
    let e = fails(vec![
        rel("son", Relation::Child),
        rel("dil", Relation::ChildSpouse),
    ]);
    assert_field(&e, "relatives[1].of");
    assert!(e.message.contains("needs `of`"), "{e}");
}

#[test]
fn two_living_spouses_for_one_child_are_rejected_on_the_second() {
    let e = fails(vec![
        rel("son", Relation::Child),
        spouse("a", "son"),
        Relative {
            de_facto: true,
            ..spouse("b", "son")
        },
    ]);
    assert_field(&e, "relatives[2].of");
    assert!(e.message.contains("already has a living spouse"), "{e}");
}

#[test]
fn a_flag_that_makes_no_sense_for_the_relation_is_rejected_naming_it() {
    let cases: Vec<(Relative, &str)> = vec![
        (
            Relative {
                foreign: true,
                ..rel("x", Relation::Parent)
            },
            "relatives[0].foreign",
        ),
        (
            Relative {
                de_facto: true,
                ..rel("x", Relation::Child)
            },
            "relatives[0].de_facto",
        ),
        (
            Relative {
                lives_apart: true,
                ..rel("x", Relation::Parent)
            },
            "relatives[0].lives_apart",
        ),
        (
            Relative {
                of: Some("y".into()),
                ..rel("x", Relation::Child)
            },
            "relatives[0].of",
        ),
        (
            Relative {
                in_patient_household: true,
                ..rel("x", Relation::BirthParent)
            },
            "relatives[0].in_patient_household",
        ),
    ];
    for (r, field) in cases {
        let e = fails(vec![r]);
        assert_field(&e, field);
    }
}

// --- Properties ---------------------------------------------------------------------------

fn relation() -> impl Strategy<Value = Relation> {
    prop_oneof![
        Just(Relation::Parent),
        Just(Relation::Child),
        Just(Relation::ChildSpouse),
        Just(Relation::SpouseParent),
        Just(Relation::Stepchild),
        Just(Relation::BirthParent),
    ]
}

/// Ids from a small pool, so duplicates and dangling `of`s happen often.
fn id() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec!["a", "b", "c", "d", "e", "f", "g", ""]).prop_map(String::from),
        "[a-z]{1,3}",
    ]
}

fn relative() -> impl Strategy<Value = Relative> {
    (id(), relation(), prop::option::of(id()), any::<[bool; 5]>()).prop_map(
        |(id, relation, of, f)| Relative {
            id,
            relation,
            of,
            deceased: f[0],
            lives_apart: f[1],
            in_patient_household: f[2],
            foreign: f[3],
            de_facto: f[4],
        },
    )
}

/// Mostly valid families: the flags and `of` that would be rejected are cleared, and
/// every spouse is married to a child of the family when there is one.
fn valid_family() -> impl Strategy<Value = Family> {
    prop::collection::vec(relative(), 0..12).prop_map(|rs| {
        let mut rs: Vec<Relative> = rs
            .into_iter()
            .enumerate()
            .map(|(i, mut r)| {
                r.id = format!("p{i}");
                r.of = None;
                if r.relation != Relation::ChildSpouse {
                    r.foreign = false;
                    r.de_facto = false;
                }
                if r.relation != Relation::Child {
                    r.lives_apart = false;
                }
                if r.relation == Relation::BirthParent {
                    r.in_patient_household = false;
                }
                r
            })
            .collect();
        let children: Vec<String> = rs
            .iter()
            .filter(|r| r.relation == Relation::Child)
            .map(|r| r.id.clone())
            .collect();
        let mut taken: Vec<String> = Vec::new();
        for r in rs
            .iter_mut()
            .filter(|r| r.relation == Relation::ChildSpouse)
        {
            // One living spouse per child; the rest become deceased spouses.
            let child = children.first().cloned();
            match child {
                Some(c) => {
                    if !r.deceased {
                        if let Some(free) = children.iter().find(|c| !taken.contains(c)) {
                            taken.push(free.clone());
                            r.of = Some(free.clone());
                            continue;
                        }
                        r.deceased = true;
                    }
                    r.of = Some(c);
                }
                None => {
                    r.relation = Relation::Stepchild;
                    r.foreign = false;
                    r.de_facto = false;
                }
            }
        }
        Family { relatives: rs }
    })
}

proptest! {
    #[test]
    fn no_family_makes_the_helper_panic_and_every_size_is_its_counted_members(
        rs in prop::collection::vec(relative(), 0..12)
    ) {
        let f = Family { relatives: rs };
        if let Ok(o) = obligors(&f) {
            check(&f, &o)?;
        }
    }

    #[test]
    fn a_valid_family_always_gives_households_whose_sizes_are_their_counted_members(
        f in valid_family()
    ) {
        let o = obligors(&f);
        prop_assert!(o.is_ok(), "{:?}", o);
        check(&f, &o.unwrap())?;
    }

    #[test]
    fn no_json_text_makes_reading_a_family_panic(s in any::<String>()) {
        let _ = serde_json::from_str::<Family>(&s);
    }
}

/// The invariants of any answer.
fn check(f: &Family, o: &Obligors) -> Result<(), TestCaseError> {
    let mut keys: Vec<&str> = Vec::new();
    for h in &o.households {
        prop_assert!(h.size >= 1);
        prop_assert_eq!(h.size as usize, h.members.len());
        prop_assert!(!keys.contains(&h.key.as_str()));
        keys.push(&h.key);
        for m in &h.members {
            let is_obligor = o.obligors.contains(m);
            let counted_excluded = o
                .excluded
                .iter()
                .any(|e| &e.id == m && e.reason == ExclusionReason::ForeignSpouse);
            prop_assert!(is_obligor != counted_excluded, "{m}");
        }
    }
    // Everyone is either an obligor or excluded, exactly once.
    prop_assert_eq!(o.obligors.len() + o.excluded.len(), f.relatives.len());
    for r in &f.relatives {
        let n = o.obligors.iter().filter(|x| **x == r.id).count()
            + o.excluded.iter().filter(|e| e.id == r.id).count();
        prop_assert_eq!(n, 1, "{}", r.id);
        if r.deceased {
            prop_assert!(!o.obligors.contains(&r.id));
        }
    }
    // Every obligor is in a household; the list is sorted by rule.
    for x in &o.obligors {
        prop_assert!(o.households.iter().any(|h| h.members.contains(x)));
    }
    prop_assert!(o.excluded.windows(2).all(|w| w[0].reason <= w[1].reason));
    Ok(())
}
