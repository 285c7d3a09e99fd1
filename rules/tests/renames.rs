//! Renames as data (SPEC §2 "Where the visitor lives"): `data/renames.tsv` is well formed
//! and every former name it gives finds its place; the merger of 광주광역시 and 전라남도
//! into 전남광주통합특별시 (2026-07-01) keeps every place, its code, its kind, its tier in
//! every year and its expert centres, and the former names still find it.

use rules::places::{list, provenance, resolve, search, MatchKind, Place, PlaceKind, Resolve};
use rules::{Case, Decision, TestKind};

const NEW_SIDO: &str = "전남광주통합특별시";

/// The place with this full name; it must exist.
fn place(full: &str) -> &'static Place {
    list()
        .iter()
        .find(|p| p.full_name() == full)
        .unwrap_or_else(|| panic!("{full} is not on the list"))
}

fn found(input: &str) -> String {
    match resolve(input) {
        Resolve::Found(p) => p.full_name(),
        other => panic!("{input:?}: {other:?}"),
    }
}

/// The rows of data/renames.tsv: every line that is not a comment, after the header.
fn renames() -> Vec<Vec<String>> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/renames.tsv");
    let text = std::fs::read_to_string(path).expect("data/renames.tsv");
    let mut lines = text
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'));
    assert_eq!(
        lines.next(),
        Some("date\tchange\told\tnew\told_code\tnew_code\tshort\tsource")
    );
    lines
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

/// YYYY-MM-DD, and a day that exists.
fn is_iso_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let [y, m, d] = parts[..] else { return false };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return false;
    }
    let (y, m, d): (u32, u32, u32) = (y.parse().unwrap(), m.parse().unwrap(), d.parse().unwrap());
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

// ---------------------------------------------------------------------------------------
// data/renames.tsv

#[test]
fn the_renames_file_is_well_formed_and_in_date_order() {
    let rows = renames();
    assert!(rows.len() >= 12, "{}", rows.len());
    let mut last = String::new();
    for row in &rows {
        assert_eq!(row.len(), 8, "{row:?}");
        let (date, change, old, new, source) = (&row[0], &row[1], &row[2], &row[3], &row[7]);
        assert!(is_iso_date(date), "{row:?}");
        assert!(*date >= last, "{date} after {last}");
        last = date.clone();
        assert!(change == "rename" || change == "part", "{row:?}");
        assert_ne!(old, new);
        assert_eq!(old.contains(' '), new.contains(' '), "{row:?}");
        assert!(
            !source.is_empty() && !source.contains(['|', '@']),
            "{row:?}"
        );
    }
}

#[test]
fn every_renamed_place_is_found_by_its_old_name() {
    for row in renames() {
        let (date, change, old, new, source) = (&row[0], &row[1], &row[2], &row[3], &row[7]);
        // The places the row gave a former name, with that name.
        let renamed: Vec<(&'static Place, String)> = if old.contains(' ') {
            vec![(place(new), old.clone())]
        } else {
            // A 시·도: every place of it, under its old 시·도.
            list()
                .iter()
                .filter_map(|p| {
                    let former = format!("{old} {}", p.name);
                    p.former
                        .iter()
                        .any(|f| f.name == former)
                        .then_some((p, former))
                })
                .collect()
        };
        assert!(!renamed.is_empty(), "{row:?} renamed nothing");
        for (p, former) in renamed {
            let f = p
                .former
                .iter()
                .find(|f| f.name == former)
                .unwrap_or_else(|| panic!("{} has no former name {former}", p.full_name()));
            assert_eq!((f.date, f.source), (date.as_str(), source.as_str()));
            let still_a_place = list().iter().find(|q| q.full_name() == former);
            match (resolve(&former), still_a_place) {
                (Resolve::Found(q), None) => assert_eq!(q, p, "{former}"),
                // A `part` row: the old name may still be a place itself, whose name wins
                // (인천 서구, which gave 검단구 its north)…
                (Resolve::Found(q), Some(itself)) if change == "part" => {
                    assert_eq!(q, itself, "{former}")
                }
                // …or be shared (인천 중구 → 제물포구, 영종구).
                (Resolve::Ambiguous(places), None) if change == "part" => {
                    assert!(places.contains(&p), "{former}: {places:?}")
                }
                other => panic!("{former}: {other:?}"),
            }
            if change == "rename" {
                assert!(
                    list().iter().all(|q| q.full_name() != former),
                    "{former} is still a place"
                );
            }
        }
    }
}

#[test]
fn every_former_name_comes_from_a_row_with_its_date_and_source() {
    let rows = renames();
    let mut count = 0;
    for p in list() {
        for f in &p.former {
            count += 1;
            assert!(is_iso_date(f.date), "{}: {f:?}", p.full_name());
            assert!(!f.source.is_empty(), "{}: {f:?}", p.full_name());
            let row = rows.iter().any(|r| {
                r[0] == f.date
                    && r[7] == f.source
                    && (r[2] == f.name || f.name.strip_prefix(&format!("{} ", r[2])).is_some())
            });
            assert!(row, "{}: {f:?} is in no row of renames.tsv", p.full_name());
        }
    }
    // 27 of the merger, 18 of 강원, 15 of 전북, 9 more (여주, 청원, 미추홀, 군위, 인천 2026).
    assert_eq!(count, 69);
}

#[test]
fn the_provenance_names_the_renames_file_and_the_merger() {
    let p = provenance();
    assert!(p.contains("renames data/renames.tsv, sha256 "), "{p}");
    assert!(
        p.contains(
            "2026-07-01 광주광역시 → 전남광주통합특별시, codes kept (29) [오마이뉴스 2026-01-30"
        ),
        "{p}"
    );
    assert!(p.ends_with("; 269 rows"));
}

// ---------------------------------------------------------------------------------------
// 전남광주통합특별시

#[test]
fn the_new_sido_holds_the_5_gu_of_gwangju_and_the_22_si_and_gun_of_jeonnam() {
    let places: Vec<&Place> = list().iter().filter(|p| p.sido == NEW_SIDO).collect();
    assert_eq!(places.len(), 27);
    let (gwangju, jeonnam): (Vec<&&Place>, Vec<&&Place>) =
        places.iter().partition(|p| p.former_sido == ["광주광역시"]);
    assert_eq!(gwangju.len(), 5);
    assert_eq!(jeonnam.len(), 22);
    for p in &gwangju {
        assert_eq!(p.kind, PlaceKind::AutonomousGu, "{}", p.full_name());
        assert!(
            p.code.starts_with("29"),
            "{}: codes are kept",
            p.full_name()
        );
    }
    for p in &jeonnam {
        assert_eq!(p.former_sido, ["전라남도"]);
        assert_ne!(p.kind, PlaceKind::AutonomousGu, "{}", p.full_name());
        assert!(
            p.code.starts_with("46"),
            "{}: codes are kept",
            p.full_name()
        );
    }
    let count = |kind| jeonnam.iter().filter(|p| p.kind == kind).count();
    assert_eq!(
        (
            count(PlaceKind::City),
            count(PlaceKind::UrbanRuralCity),
            count(PlaceKind::County)
        ),
        (1, 4, 17)
    );
    for p in places {
        assert_eq!(p.sido_short, Some("광주특별시"));
        assert_eq!(p.former.len(), 1, "{}", p.full_name());
    }
    assert!(list()
        .iter()
        .all(|p| p.sido != "광주광역시" && p.sido != "전라남도"));
}

#[test]
fn a_former_name_carries_its_date_and_source() {
    let bukgu = place("전남광주통합특별시 북구");
    assert_eq!(bukgu.code, "29170");
    let f = &bukgu.former[0];
    assert_eq!((f.name, f.date), ("광주광역시 북구", "2026-07-01"));
    assert!(
        f.source.starts_with("오마이뉴스 2026-01-30"),
        "{}",
        f.source
    );
    assert!(f.source.contains("전남광주통합특별시(약칭 광주특별시)"));
    let suncheon = place("전남광주통합특별시 순천시");
    assert_eq!(suncheon.former[0].name, "전라남도 순천시");
    assert_eq!(suncheon.former[0].source, f.source);
}

#[test]
fn today_s_name_the_former_names_and_the_short_name_all_find_the_same_place() {
    for input in [
        "전남광주통합특별시 북구",
        "전남광주통합특별시북구",
        "광주특별시 북구",
        "광주광역시 북구",
        "광주 북구",
        "광주북구",
        "광주시 북구",
    ] {
        assert_eq!(found(input), "전남광주통합특별시 북구", "{input:?}");
    }
    for input in [
        "전남광주통합특별시 순천시",
        "광주특별시 순천시",
        "전라남도 순천시",
        "전남 순천시",
        "순천시",
    ] {
        assert_eq!(found(input), "전남광주통합특별시 순천시", "{input:?}");
    }
    // 북구 alone is still five places, this one among them.
    match resolve("북구") {
        Resolve::Ambiguous(places) => {
            let names: Vec<String> = places.iter().map(|p| p.full_name()).collect();
            assert_eq!(
                names,
                [
                    "부산광역시 북구",
                    "대구광역시 북구",
                    "전남광주통합특별시 북구",
                    "울산광역시 북구",
                    "경상북도 포항시 북구",
                ]
            );
        }
        other => panic!("{other:?}"),
    }
    // 경기도 광주시 is not confused with the former 광주광역시.
    assert_eq!(found("광주시"), "경기도 광주시");
    assert_eq!(found("경기 광주시"), "경기도 광주시");
}

#[test]
fn search_finds_the_place_by_a_former_name_and_says_which() {
    for query in ["광주 북구", "광주북구", "광주광역시 북구", "광주 북"] {
        let r = search(query, 10);
        let hit = r.hits[0];
        assert_eq!(
            hit.place.full_name(),
            "전남광주통합특별시 북구",
            "{query:?}"
        );
        assert_eq!(hit.kind, MatchKind::Alias, "{query:?}");
        assert_eq!(hit.former.map(|f| f.name), Some("광주광역시 북구"));
    }
    let r = search("전남 순천", 10);
    assert_eq!(r.total, 1);
    assert_eq!(r.hits[0].place.full_name(), "전남광주통합특별시 순천시");
    assert_eq!(
        r.hits[0].former.map(|f| (f.name, f.date)),
        Some(("전라남도 순천시", "2026-07-01"))
    );
    // Today's name matches as itself, with no former name to show.
    let r = search("전남광주통합특별시 북구", 10);
    assert_eq!(r.hits[0].place.full_name(), "전남광주통합특별시 북구");
    assert_eq!((r.hits[0].kind, r.hits[0].former), (MatchKind::Exact, None));
    let r = search("광주특별시 북구", 10);
    assert_eq!((r.hits[0].kind, r.hits[0].former), (MatchKind::Exact, None));
}

#[test]
fn gwangju_lists_gyeonggi_gwangju_si_then_the_former_gwangju_gu_then_the_rest() {
    let r = search("광주", 40);
    let names: Vec<String> = r.hits.iter().map(|h| h.place.full_name()).collect();
    assert_eq!(names[0], "경기도 광주시");
    assert_eq!(r.hits[0].kind, MatchKind::Prefix);
    // The 5 구 of the former 광주광역시, as a 시·도 typed whole, and named by it.
    for hit in &r.hits[1..6] {
        assert_eq!(hit.kind, MatchKind::Sido);
        assert_eq!(hit.place.former_sido, ["광주광역시"]);
        assert!(hit.former.unwrap().name.starts_with("광주광역시 "));
    }
    // Then the former 전라남도, by the start of 광주특별시.
    assert_eq!(r.total, 28);
    assert!(r.hits[6..].iter().all(|h| h.kind == MatchKind::Sido
        && h.place.former_sido == ["전라남도"]
        && h.former.is_none()));
    // "전남" the other way round: the former 전라남도 first, then 광주's 구.
    let r = search("전남", 40);
    assert_eq!(r.total, 27);
    assert!(r.hits[..22]
        .iter()
        .all(|h| h.place.former_sido == ["전라남도"] && h.former.is_some()));
    assert!(r.hits[22..]
        .iter()
        .all(|h| h.place.former_sido == ["광주광역시"]));
}

// ---------------------------------------------------------------------------------------
// Tiers and thresholds follow: the year files select by the former 시·도

/// A 2-person household in 광주 with a car-free, rented home; income and property near
/// the limits, so the thresholds matter.
const GWANGJU_CASE: &str = r#"{
  "year": 2026,
  "special_calc_registered": true,
  "disease": "크라베병",
  "age": 52,
  "nationality": "korean",
  "excluded_status": "none",
  "coverage": "health_insurance",
  "location": "전남광주통합특별시 북구",
  "household": { "size": 2, "monthly_income": 3000000, "property": 200000000, "rare_patients": 1 },
  "obligor_households": [ { "size": 2, "monthly_income": 4000000, "property": 400000000 } ]
}"#;

fn decide(year: u16, location: &str, town: Option<&str>) -> Decision {
    let mut v: serde_json::Value = serde_json::from_str(GWANGJU_CASE).unwrap();
    v["year"] = year.into();
    v["location"] = location.into();
    if let Some(town) = town {
        v["town"] = town.into();
    }
    let case: Case = serde_json::from_value(v).unwrap();
    rules::evaluate(&case).unwrap_or_else(|e| panic!("{year} {location}: {e:?}"))
}

/// The property tests' tiers and thresholds.
fn property(d: &Decision) -> Vec<(Option<&'static str>, i64)> {
    d.tests
        .iter()
        .filter(|t| t.kind == TestKind::Property)
        .map(|t| (t.tier, t.threshold))
        .collect()
}

/// The same decision for the tier given directly.
fn by_region(year: u16, region: &str) -> Decision {
    let mut v: serde_json::Value = serde_json::from_str(GWANGJU_CASE).unwrap();
    v["year"] = year.into();
    v.as_object_mut().unwrap().remove("location");
    v["region"] = region.into();
    rules::evaluate(&serde_json::from_value(v).unwrap()).unwrap()
}

#[test]
fn gwangju_buk_gu_by_either_name_gets_the_same_decision_in_every_year() {
    for (year, tier) in [
        (2023, "metropolitan"),
        (2024, "metro_sejong_changwon"),
        (2025, "metro_sejong_changwon"),
        (2026, "metro_sejong_changwon"),
    ] {
        let today = decide(year, "전남광주통합특별시 북구", None);
        for former in ["광주광역시 북구", "광주 북구", "광주특별시 북구"] {
            assert_eq!(decide(year, former, None), today, "{year} {former}");
        }
        // The tier it had as a 구 of a 광역시, and that tier's thresholds.
        assert_eq!(property(&today), property(&by_region(year, tier)), "{year}");
        assert!(
            property(&today).iter().all(|(t, _)| *t == Some(tier)),
            "{year}"
        );
        assert_eq!(today.centres, ["화순전남대학교병원"]);
    }
}

#[test]
fn a_former_jeonnam_si_keeps_its_tier_and_its_2023_town_question() {
    for (year, town, tier) in [
        (2023, Some("dong"), "mid_city"),
        (2023, Some("eup_myeon"), "rural"),
        (2024, None, "other"),
        (2025, None, "other"),
        (2026, None, "other"),
    ] {
        let today = decide(year, "전남광주통합특별시 순천시", town);
        assert_eq!(decide(year, "전라남도 순천시", town), today, "{year}");
        assert_eq!(property(&today), property(&by_region(year, tier)), "{year}");
        assert!(property(&today).iter().all(|(t, _)| *t == Some(tier)));
    }
    // 2023 still needs to know 동 or 읍·면 for a 도농복합시.
    let mut v: serde_json::Value = serde_json::from_str(GWANGJU_CASE).unwrap();
    v["year"] = 2023.into();
    v["location"] = "전라남도 순천시".into();
    let e = rules::evaluate(&serde_json::from_value(v).unwrap()).unwrap_err();
    assert_eq!(e.field, "town");
}
