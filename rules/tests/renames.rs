//! Renames as data (SPEC §2 "Where the visitor lives"): `data/renames.tsv` is well formed
//! and every former name it gives finds its place, with its date and source.

use rules::places::{list, provenance, resolve, Place, Resolve};

/// The place with this full name; it must exist.
fn place(full: &str) -> &'static Place {
    list()
        .iter()
        .find(|p| p.full_name() == full)
        .unwrap_or_else(|| panic!("{full} is not on the list"))
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
    assert!(rows.len() >= 10, "{}", rows.len());
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
    // 18 of 강원, 15 of 전북, 9 more (여주, 청원, 미추홀, 군위, 인천 2026).
    assert_eq!(count, 42);
}

#[test]
fn the_provenance_names_the_renames_file_and_each_row() {
    let p = provenance();
    assert!(p.contains("renames data/renames.tsv, sha256 "), "{p}");
    assert!(
        p.contains("2018-07-01 인천광역시 남구 → 인천광역시 미추홀구 (28170 → 28177) ["),
        "{p}"
    );
    assert!(p.ends_with("; 269 rows"));
}
