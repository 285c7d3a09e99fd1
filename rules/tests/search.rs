//! The disease finder's search (issue 4), over the whole bundled list.

use proptest::prelude::*;
use rules::diseases::{list, Group};
use rules::search::{search, Hit, MatchKind, Results};

fn korean(hits: &[Hit]) -> Vec<&'static str> {
    hits.iter().map(|h| h.disease.korean).collect()
}

/// The hit for `name`, which must be among the first `within` results of `query`.
fn find(query: &str, name: &str, within: usize) -> Hit {
    let r = search(query, within);
    *r.hits
        .iter()
        .find(|h| h.disease.korean == name)
        .unwrap_or_else(|| panic!("{query:?}: {name} not in {:?}", korean(&r.hits)))
}

fn kinds_are_sorted_and_stable(r: &Results) {
    for pair in r.hits.windows(2) {
        assert!(pair[0].kind <= pair[1].kind, "{pair:?}");
        if pair[0].kind == pair[1].kind && pair[0].kind != MatchKind::Fuzzy {
            assert!(pair[0].index < pair[1].index, "{pair:?}");
        }
    }
}

#[test]
fn an_exact_korean_name_is_an_exact_match_even_with_other_spacing() {
    for query in ["고쉐병", "고쉐 병", " 고쉐병 "] {
        let r = search(query, 20);
        assert_eq!(korean(&r.hits), ["고쉐병"], "{query:?}");
        assert_eq!(r.hits[0].kind, MatchKind::ExactName);
    }
}

#[test]
fn brackets_hyphens_and_middle_dots_do_not_matter_in_korean_names() {
    for query in [
        "파브리 앤더슨병",
        "파브리앤더슨병",
        "파브리·앤더슨병",
        "파브리(-앤더슨)병",
    ] {
        let hit = find(query, "파브리(-앤더슨)병", 1);
        assert_eq!(hit.kind, MatchKind::ExactName, "{query:?}");
    }
    assert_eq!(
        find("니만피크", "니만-피크병", 1).kind,
        MatchKind::NamePrefix
    );
}

#[test]
fn an_exact_english_name_matches_with_either_apostrophe_and_any_case() {
    for query in [
        "Gaucher’s disease",
        "gaucher's disease",
        "GAUCHER'S DISEASE",
    ] {
        let hit = find(query, "고쉐병", 1);
        assert_eq!(hit.kind, MatchKind::ExactName, "{query:?}");
    }
}

#[test]
fn the_start_of_a_korean_name_is_a_prefix_match_and_carries_the_index_into_the_list() {
    let r = search("고쉐", 20);
    assert_eq!(r.total, 1);
    let hit = r.hits[0];
    assert_eq!(hit.kind, MatchKind::NamePrefix);
    assert_eq!(hit.disease.korean, "고쉐병");
    assert_eq!(list()[hit.index], *hit.disease);
}

#[test]
fn a_syllable_inside_a_korean_name_is_a_substring_match() {
    let hit = find("우병", "A형혈우병", 20);
    assert_eq!(hit.kind, MatchKind::NameSubstring);
}

#[test]
fn the_start_of_any_english_word_is_an_english_prefix_match() {
    assert_eq!(
        find("hunter", "헌터증후군", 5).kind,
        MatchKind::EnglishPrefix
    );
    assert_eq!(
        find("Fabry", "파브리(-앤더슨)병", 5).kind,
        MatchKind::EnglishPrefix
    );
    assert_eq!(
        find("disease", "고쉐병", 200).kind,
        MatchKind::EnglishPrefix
    );
}

#[test]
fn the_middle_of_an_english_word_is_an_english_substring_match() {
    assert_eq!(
        find("aucher", "고쉐병", 5).kind,
        MatchKind::EnglishSubstring
    );
}

#[test]
fn roman_numeral_characters_match_latin_letters() {
    let hit = find("mucopolysaccharidosis, type II", "Ⅱ형 점액다당류증", 1);
    assert_eq!(hit.kind, MatchKind::ExactName);
    assert_eq!(
        find("factor xi", "유전성 제11인자결핍", 1).kind,
        MatchKind::EnglishPrefix
    );
    assert_eq!(
        find("ii형", "Ⅱ형 점액다당류증", 5).kind,
        MatchKind::NamePrefix
    );
}

#[test]
fn subscripts_and_greek_letters_match_what_a_keyboard_types() {
    assert_eq!(
        find("GM2", "GM₂-강글리오시드증", 5).kind,
        MatchKind::NamePrefix
    );
    assert_eq!(
        find("beta-glucuronidase", "베타-글루쿠론산분해효소결핍", 1).kind,
        MatchKind::EnglishPrefix
    );
}

#[test]
fn chosung_initials_find_gaucher_and_fabry_at_the_top() {
    let r = search("ㄱㅅㅂ", 20);
    assert_eq!(r.hits[0].disease.korean, "고쉐병");
    assert_eq!(r.hits[0].kind, MatchKind::InitialsPrefix);
    assert!(r.total > 1);

    let hit = find("ㅍㅂㄹ", "파브리(-앤더슨)병", 1);
    assert_eq!(hit.kind, MatchKind::InitialsPrefix);

    assert_eq!(find("ㄱㅅ", "고쉐병", 20).kind, MatchKind::InitialsPrefix);
}

#[test]
fn initials_later_in_the_name_are_an_initials_match() {
    assert_eq!(
        find("ㅇㄷㅅ", "파브리(-앤더슨)병", 100).kind,
        MatchKind::Initials
    );
}

#[test]
fn a_consonant_cluster_composed_by_the_ime_counts_as_two_initials() {
    assert_eq!(find("ㄳ", "고쉐병", 20).kind, MatchKind::InitialsPrefix);
}

#[test]
fn a_syllable_still_being_composed_already_finds_the_disease() {
    // On the way to 고쉐, the IME shows 곳 (ㄱ ㅗ ㅅ) before ㅞ arrives; and 고ㅅ is a mix
    // of a syllable and an initial.
    for query in ["곳", "고ㅅ"] {
        let r = search(query, 20);
        assert_eq!(r.hits[0].disease.korean, "고쉐병", "{query:?}");
        assert_eq!(r.hits[0].kind, MatchKind::InitialsPrefix, "{query:?}");
    }
}

#[test]
fn a_kcd_prefix_finds_every_code_under_it() {
    let r = search("E75", 100);
    let expected = list().iter().filter(|d| d.kcd.starts_with("E75")).count();
    assert_eq!(r.total, expected);
    assert!(r.hits.iter().all(|h| h.kind == MatchKind::Code));
    assert!(r.hits.iter().all(|h| h.disease.kcd.starts_with("E75")));
    assert!(korean(&r.hits).contains(&"GM₁-강글리오시드증"));
}

#[test]
fn the_e75_2_candidates_are_all_found_with_or_without_the_dot_and_span_both_groups() {
    let expected: Vec<_> = list()
        .iter()
        .filter(|d| d.kcd == "E75.2")
        .map(|d| d.korean)
        .collect();
    assert!(expected.len() >= 10);
    for query in ["E75.2", "e752", "e75.2", " E75.2 "] {
        let r = search(query, 20);
        assert_eq!(korean(&r.hits), expected, "{query:?}");
        assert_eq!(r.total, expected.len());
        assert!(r.hits.iter().all(|h| h.kind == MatchKind::Code));
    }
    let r = search("E75.2", 20);
    let groups: Vec<_> = r.hits.iter().map(|h| h.disease.group()).collect();
    assert!(groups.contains(&Group::FourMajor) && groups.contains(&Group::Rare));
    for name in ["고쉐병", "파브리(-앤더슨)병", "니만-피크병", "크라베병"] {
        assert!(korean(&r.hits).contains(&name), "{name}");
    }
}

#[test]
fn a_v_code_finds_all_its_entries_case_insensitively() {
    let r = search("v117", 5);
    let expected = list().iter().filter(|d| d.vcode == "V117").count();
    assert_eq!(r.total, expected);
    assert_eq!(r.hits.len(), 5);
    assert!(r
        .hits
        .iter()
        .all(|h| h.kind == MatchKind::Code && h.disease.vcode == "V117"));
    let r = search("V009", 100);
    assert!(r.hits.iter().all(|h| h.disease.is_hemophilia()));
}

#[test]
fn a_near_miss_is_a_fuzzy_match() {
    for (query, name) in [
        ("고셰병", "고쉐병"),
        ("파브리병", "파브리(-앤더슨)병"),
        ("gaucher disease", "고쉐병"),
        ("fabri", "파브리(-앤더슨)병"),
    ] {
        assert_eq!(find(query, name, 20).kind, MatchKind::Fuzzy, "{query:?}");
    }
}

#[test]
fn results_rank_exact_then_prefix_then_substring_then_initials_and_fuzzy() {
    // 혈우병 NOS starts with the query; A형혈우병 contains it; the fuzzy one is last.
    let r = search("혈우병", 20);
    kinds_are_sorted_and_stable(&r);
    assert_eq!(r.hits[0].disease.korean, "혈우병 NOS");
    assert_eq!(r.hits[0].kind, MatchKind::NamePrefix);
    assert_eq!(r.hits[1].kind, MatchKind::NameSubstring);
    assert_eq!(r.hits.last().unwrap().kind, MatchKind::Fuzzy);

    // Both 헐러 names start with the query; 거짓헐러다발이상증 only contains it.
    let r = search("헐러", 20);
    kinds_are_sorted_and_stable(&r);
    assert_eq!(
        korean(&r.hits),
        [
            "헐러-샤이에증후군",
            "헐러증후군",
            "뮤코지질증Ⅲ[거짓헐러다발이상증]"
        ]
    );
    assert_eq!(r.hits[1].kind, MatchKind::NamePrefix);
    assert_eq!(r.hits[2].kind, MatchKind::NameSubstring);

    // An exact name first, then near misses.

    let r = search("시스틴증", 20);
    assert_eq!(r.hits[0].kind, MatchKind::ExactName);
    assert!(r.hits[1..].iter().all(|h| h.kind > MatchKind::ExactName));

    let order = [
        MatchKind::ExactName,
        MatchKind::Code,
        MatchKind::NamePrefix,
        MatchKind::EnglishPrefix,
        MatchKind::NameSubstring,
        MatchKind::EnglishSubstring,
        MatchKind::InitialsPrefix,
        MatchKind::Initials,
        MatchKind::Fuzzy,
    ];
    assert!(order.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn ties_keep_list_order_and_the_same_query_gives_the_same_results() {
    let a = search("병", 50);
    kinds_are_sorted_and_stable(&a);
    assert_eq!(a, search("병", 50));
}

#[test]
fn results_are_capped_by_the_limit_and_count_every_match() {
    let all = search("병", usize::MAX);
    assert_eq!(all.hits.len(), all.total);
    assert!(all.total > 100);
    let capped = search("병", 20);
    assert_eq!(capped.hits.len(), 20);
    assert_eq!(capped.total, all.total);
    assert_eq!(capped.hits[..], all.hits[..20]);
    let none = search("병", 0);
    assert!(none.hits.is_empty());
    assert_eq!(none.total, all.total);
}

#[test]
fn duplicated_names_are_all_found() {
    let r = search("골취약증", 20);
    let exact: Vec<_> = r
        .hits
        .iter()
        .filter(|h| h.kind == MatchKind::ExactName)
        .collect();
    assert_eq!(exact.len(), 2);
}

#[test]
fn junk_finds_nothing() {
    for query in [
        "asdfgh",
        "qwxzjk",
        "zzzzzzzz",
        "ㅋㅋㅋㅋ",
        "!!!",
        "🙂🙂",
        "x9x9",
        "Z99",
    ] {
        let r = search(query, 20);
        assert_eq!(r.total, 0, "{query:?}: {:?}", korean(&r.hits));
        assert!(r.hits.is_empty());
    }
}

#[test]
fn empty_whitespace_and_punctuation_only_queries_find_nothing() {
    for query in ["", " ", "\t\n", "\u{3000}", "()", "-·-"] {
        assert_eq!(search(query, 20), Results::default(), "{query:?}");
    }
}

proptest! {
    #[test]
    fn no_unicode_input_panics_and_results_are_well_formed(query in any::<String>(), limit in 0usize..40) {
        let r = search(&query, limit);
        prop_assert!(r.hits.len() <= limit);
        prop_assert!(r.hits.len() <= r.total);
        prop_assert!(r.total <= list().len());
        kinds_are_sorted_and_stable(&r);
        if query.trim().is_empty() {
            prop_assert_eq!(r.total, 0);
        }
    }

    #[test]
    fn hangul_and_jamo_queries_do_not_panic(query in "[가-힣ㄱ-ㅎㅏ-ㅣ ᄀ-ᄒ()·-]{0,12}") {
        let r = search(&query, 20);
        prop_assert!(r.hits.len() <= r.total);
    }

    #[test]
    fn every_listed_korean_name_finds_itself_first(i in 0usize..1413) {
        let d = &list()[i];
        let r = search(d.korean, 5);
        prop_assert_eq!(r.hits[0].kind, MatchKind::ExactName);
        prop_assert!(r.hits.iter().any(|h| h.index == i));
    }
}
