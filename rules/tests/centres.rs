//! The regional rare-disease expert centres (seed 000; data/centres.toml): every 시·도
//! reaches a 권역 with a centre, and a case's place brings its 권역's centres.

mod common;
use common::*;

#[test]
fn every_province_maps_to_a_region_and_every_region_has_a_centre() {
    let mut provinces: Vec<&str> = rules::places::list().iter().map(|p| p.sido).collect();
    provinces.dedup();
    // 16 since 2026-07-01, when 광주광역시 and 전라남도 became 전남광주통합특별시.
    assert_eq!(provinces.len(), 16);
    for sido in provinces {
        let found = rules::centres::for_sido(sido);
        assert!(!found.regions.is_empty(), "{sido} has no 권역");
        assert!(!found.names().is_empty(), "{sido} has no centre");
    }
    for region in rules::centres::regions() {
        assert!(!region.centres.is_empty(), "{}", region.ko);
    }
    // Seed 000: 17 centres in 13 시·도.
    let all: usize = rules::centres::regions()
        .iter()
        .map(|r| r.centres.len())
        .sum();
    assert_eq!(all, 17);
}

#[test]
fn ulsan_has_no_centre_of_its_own_and_gets_the_busan_and_gyeongnam_ones_with_a_note() {
    let found = rules::centres::for_sido("울산광역시");
    let regions: Vec<&str> = found.regions.iter().map(|r| r.ko).collect();
    assert_eq!(regions, ["부산", "경남"]);
    assert!(found.nearest.is_some());
    let mut c = case(2026, RARE);
    c.location = Some("울산광역시 남구".into());
    let d = eval(&c);
    assert_eq!(d.centres, ["인제대학교 부산백병원", "양산부산대학교병원"]);
    assert!(d.notes.iter().any(|n| n.to_string().contains("울산에는")));
}

#[test]
fn a_gwacheon_case_gets_the_gyeonggi_and_incheon_centres_in_korean_and_english() {
    let d = eval(&case(2026, RARE));
    assert_eq!(
        d.centres,
        ["분당서울대학교병원", "아주대학교병원", "인하대학교병원"]
    );
    let found = rules::centres::for_sido("경기도");
    assert_eq!(found.regions[0].text(rules::Lang::Ko), "경기·인천");
    assert_eq!(
        found.regions[0].text(rules::Lang::En),
        "Gyeonggi and Incheon"
    );
}

#[test]
fn a_year_outside_the_lists_period_says_the_list_is_for_2024_to_2026() {
    let d = eval(&case(2023, RARE));
    assert!(!d.centres.is_empty(), "shown, not hidden");
    assert!(
        d.notes
            .iter()
            .any(|n| n.to_string().contains("2024~2026년 지정 목록")),
        "{:?}",
        d.notes
    );
    let d = eval(&case(2026, RARE));
    assert!(!d.notes.iter().any(|n| n.to_string().contains("지정 목록")));
}
