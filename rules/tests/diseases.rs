//! The bundled disease list and how a `disease` input resolves (SPEC §1, §4).

use rules::diseases::{list, lookup, Disease, Group, Lookup, PROVENANCE};

fn names(ds: &[&Disease]) -> Vec<&'static str> {
    ds.iter().map(|d| d.korean).collect()
}

fn by_name(korean: &str) -> &'static Disease {
    list()
        .iter()
        .find(|d| d.korean == korean)
        .unwrap_or_else(|| panic!("{korean} is not listed"))
}

#[test]
fn the_bundled_file_parses_to_all_1413_entries_with_the_expected_first_and_last_rows() {
    let all = list();
    assert_eq!(all.len(), 1413);
    assert_eq!(
        all[0],
        Disease {
            korean: "(무한성) 외배엽형성이상",
            english: "Ectodermal dysplasia (anhidrotic)",
            kcd: "Q82.4",
            vcode: "V900",
        }
    );
    assert_eq!(
        all[1412],
        Disease {
            korean: "힘줄의 결여",
            english: "Absence of tendon",
            kcd: "Q79.8",
            vcode: "V155",
        }
    );
}

#[test]
fn every_entry_has_a_name_and_a_v_code_and_the_counts_match_the_data_readme() {
    let all = list();
    assert!(all.iter().all(|d| !d.korean.is_empty()));
    assert!(all
        .iter()
        .all(|d| d.vcode.len() == 4 && d.vcode.starts_with('V')));
    let mut vcodes: Vec<_> = all.iter().map(|d| d.vcode).collect();
    vcodes.sort_unstable();
    vcodes.dedup();
    assert_eq!(vcodes.len(), 164);
    let no_kcd: Vec<_> = all.iter().filter(|d| d.kcd.is_empty()).collect();
    assert_eq!(no_kcd.len(), 463);
    assert!(no_kcd
        .iter()
        .all(|d| d.vcode == "V900" || d.vcode == "V901"));
    assert_eq!(all.iter().filter(|d| d.vcode == "V900").count(), 468);
}

#[test]
fn text_is_kept_exactly_as_published_including_its_oddities() {
    let english: Vec<_> = list().iter().map(|d| d.english).collect();
    assert!(english.contains(&"Fabry’s(-Anderson) disease"));
    assert!(english.contains(&"Mucopolysaccharidosis, type Ⅰ"));
    assert!(english
        .iter()
        .any(|e| e.contains("Parkinson’s disease  NOS")));
    assert!(english.iter().any(|e| e.contains("TRPM3 reIated")));
    assert!(english.iter().any(|e| e.contains("ROHHAD syndrorme")));
    assert!(list().iter().any(|d| d.korean.contains("(∼의)")));
    assert!(list().iter().any(|d| d.korean == "GM₁-강글리오시드증"));
}

#[test]
fn the_provenance_names_the_source_the_upstream_commit_the_input_hash_and_the_row_count() {
    assert!(PROVENANCE.contains("helpline.kdca.go.kr"));
    assert!(PROVENANCE
        .contains("jaeuk-oh/healthcare_counseling@90ad3a4ab9685454425884532895026b7b8e7d88"));
    assert!(PROVENANCE.contains("8369c7754f30f5c49dd3efc6b0330fb8b75b8d176d06f1c2ce439e5325b4aab3"));
    assert!(PROVENANCE.ends_with("1413 rows"));
    assert!(!PROVENANCE.starts_with('#'));
    assert!(!PROVENANCE.contains('\n'));
}

#[test]
fn haemophilia_codes_d66_to_d68_2_are_four_major_and_haemophilia() {
    for name in [
        "A형혈우병",
        "B형혈우병",
        "C형혈우병",
        "폰빌레브란트병",
        "AC글로불린결핍",
    ] {
        let d = by_name(name);
        assert_eq!(d.group(), Group::FourMajor, "{name}");
        assert!(d.is_hemophilia(), "{name}");
    }
}

#[test]
fn neighbouring_d68_codes_above_d68_2_are_ordinary_rare_diseases() {
    for name in ["단백질C결핍", "항인지질증후군", "항트롬빈결핍"] {
        let d = by_name(name);
        assert_eq!(d.group(), Group::Rare, "{name}");
        assert!(!d.is_hemophilia(), "{name}");
    }
}

#[test]
fn mucopolysaccharidosis_e76_0_to_e76_2_is_four_major_but_not_haemophilia() {
    for name in ["헌터증후군", "헐러증후군", "Ⅲ, Ⅳ, Ⅵ, Ⅶ형 점액다당류증"] {
        let d = by_name(name);
        assert_eq!(d.group(), Group::FourMajor, "{name}");
        assert!(!d.is_hemophilia(), "{name}");
    }
}

#[test]
fn e75_2_is_four_major_only_for_gaucher_and_fabry() {
    let e752: Vec<_> = list().iter().filter(|d| d.kcd == "E75.2").collect();
    assert!(e752.len() > 2);
    for d in e752 {
        let expected = if d.korean == "고쉐병" || d.korean == "파브리(-앤더슨)병" {
            Group::FourMajor
        } else {
            Group::Rare
        };
        assert_eq!(d.group(), expected, "{}", d.korean);
    }
}

#[test]
fn the_four_major_group_holds_exactly_the_listed_codes() {
    let four: Vec<_> = list()
        .iter()
        .filter(|d| d.group() == Group::FourMajor)
        .collect();
    for d in &four {
        let ok = [
            "D66", "D67", "D68.0", "D68.1", "D68.2", "E76.0", "E76.1", "E76.2",
        ]
        .contains(&d.kcd)
            || d.kcd == "E75.2";
        assert!(ok, "{} {}", d.korean, d.kcd);
    }
    // Every V009 (haemophilia) entry is in the group.
    assert!(list()
        .iter()
        .filter(|d| d.vcode == "V009")
        .all(|d| d.group() == Group::FourMajor && d.is_hemophilia()));
    // Group serialises as snake_case for the decision JSON.
    assert_eq!(
        serde_json::to_string(&Group::FourMajor).unwrap(),
        "\"four_major\""
    );
    assert_eq!(serde_json::to_string(&Group::Rare).unwrap(), "\"rare\"");
}

#[test]
fn a_korean_name_exactly_as_listed_is_found_with_surrounding_whitespace_trimmed() {
    match lookup("  고쉐병\n") {
        Lookup::Found(ds) => {
            assert_eq!(names(&ds), ["고쉐병"]);
            assert_eq!(ds[0].group(), Group::FourMajor);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_duplicated_korean_name_is_found_with_all_its_entries() {
    for name in ["골취약증", "뾰족머리증", "프레이저 증후군"] {
        match lookup(name) {
            Lookup::Found(ds) => {
                assert!(ds.len() >= 2, "{name}");
                assert!(ds.iter().all(|d| d.korean == name));
            }
            other => panic!("{name}: {other:?}"),
        }
    }
}

#[test]
fn a_name_that_is_not_exact_is_not_listed() {
    assert_eq!(lookup("고쉐 병"), Lookup::NotListed);
    assert_eq!(lookup("파브리병"), Lookup::NotListed);
    assert_eq!(lookup(""), Lookup::NotListed);
    assert_eq!(lookup("   "), Lookup::NotListed);
    assert_eq!(lookup("Z99.9"), Lookup::NotListed);
    assert_eq!(lookup("V999"), Lookup::NotListed);
}

#[test]
fn e75_2_is_ambiguous_and_lists_every_candidate_however_it_is_written() {
    for input in ["E75.2", "e75.2", "e752", " E752 "] {
        match lookup(input) {
            Lookup::Ambiguous(ds) => {
                let n = names(&ds);
                for name in ["고쉐병", "파브리(-앤더슨)병", "니만-피크병", "크라베병"]
                {
                    assert!(n.contains(&name), "{input}: {name} missing");
                }
                assert!(ds.iter().all(|d| d.kcd == "E75.2"));
                assert_eq!(ds.len(), list().iter().filter(|d| d.kcd == "E75.2").count());
            }
            other => panic!("{input}: {other:?}"),
        }
    }
}

#[test]
fn a_kcd_code_within_one_group_is_found() {
    match lookup("d66") {
        Lookup::Found(ds) => {
            assert!(ds.len() >= 2);
            assert!(ds
                .iter()
                .all(|d| d.kcd == "D66" && d.group() == Group::FourMajor));
        }
        other => panic!("{other:?}"),
    }
    match lookup("Q82.4") {
        Lookup::Found(ds) => assert!(ds.iter().all(|d| d.group() == Group::Rare)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_v_code_spanning_both_groups_is_ambiguous_and_v009_is_all_haemophilia() {
    match lookup("v117") {
        Lookup::Ambiguous(ds) => {
            assert!(ds.iter().all(|d| d.vcode == "V117"));
            assert!(ds.iter().any(|d| d.group() == Group::Rare));
            assert!(ds.iter().any(|d| d.group() == Group::FourMajor));
        }
        other => panic!("{other:?}"),
    }
    match lookup("V009") {
        Lookup::Found(ds) => {
            assert_eq!(
                ds.len(),
                list().iter().filter(|d| d.vcode == "V009").count()
            );
            assert!(ds.iter().all(|d| d.is_hemophilia()));
        }
        other => panic!("{other:?}"),
    }
}
