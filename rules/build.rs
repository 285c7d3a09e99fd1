//! Compiles the data years (`data/years/*.toml` at the repository root) into Rust statics.
//!
//! Each file is one data year. A new year is a new file: this script globs the folder,
//! so no code changes. Parse and consistency errors stop the build, never reach a
//! visitor. The runtime carries no TOML parser.
//!
//! `RULES_YEARS_DIR` points the build at another folder of year files. The test suite
//! uses it to prove that a year it has never seen is picked up with no code change
//! (`scripts/check-new-year`).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;

// The words of the rules, shared with the crate: the item codes a year file may name are
// the crate's own, never a second list.
#[allow(dead_code)]
#[path = "src/item_facts.rs"]
mod item_facts;
#[allow(dead_code)]
#[path = "src/vocab.rs"]
mod vocab;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Year {
    year: u16,
    sources: Vec<String>,
    #[serde(default)]
    notes: Vec<Note>,
    #[serde(default)]
    doubts: Vec<Note>,
    median: Median,
    percent: Percent,
    lists: Lists,
    amounts: Amounts,
    property: Property,
    #[serde(default)]
    tables: Vec<Table>,
    cornstarch: Option<Cornstarch>,
    rules: Rules,
    provisional: Option<Provisional>,
}

/// Which rules apply in the year (SPEC §2, "Rules that start and stop").
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Rules {
    obligor_test: Rule,
    items: ItemsRule,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Rule {
    applies: bool,
    from: String,
    source: String,
    note_ko: Option<String>,
    note_en: Option<String>,
    note_source: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemsRule {
    available: Vec<String>,
    from: String,
    source: String,
}

/// A year whose figures are partly carried from an earlier one until its own guideline
/// appears.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Provisional {
    carried_from: u16,
    parts: Vec<String>,
    ko: String,
    en: String,
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Note {
    ko: String,
    en: String,
    source: String,
    under_age: Option<u8>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Median {
    values: Vec<i64>,
    per_extra_person: i64,
    source: String,
    basis: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Pct {
    value: u32,
    source: String,
    basis: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AgePct {
    value: u32,
    below_age: u8,
    source: String,
    basis: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Percent {
    patient_rare: Pct,
    patient_rare_under_18: Option<AgePct>,
    patient_four_major: Pct,
    obligor_rare: Pct,
    obligor_four_major: Pct,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Count {
    count: Option<u32>,
    source: String,
}

/// How many diseases each list had, by the item's code: `copayment` is the main
/// support list, then each item's own sub-list.
type Lists = BTreeMap<String, Count>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Amount {
    won: i64,
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Amounts {
    caregiving_monthly: Amount,
    special_formula_yearly: Amount,
    low_protein_rice_yearly: Amount,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Property {
    divisor: String,
    median_share: String,
    source: String,
    basis: String,
    multipliers: Multipliers,
    tiers: Vec<Tier>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Multipliers {
    patient_rare: u32,
    obligor_rare: u32,
    patient_four_major: u32,
    obligor_four_major: u32,
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Tier {
    id: String,
    ko: String,
    en: String,
    base: i64,
    source: String,
    #[serde(default, rename = "match")]
    matches: Vec<Selector>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Selector {
    #[serde(default)]
    sido: Vec<String>,
    #[serde(default)]
    places: Vec<String>,
    #[serde(default)]
    kinds: Vec<String>,
    town: Option<String>,
    doubt_ko: Option<String>,
    doubt_en: Option<String>,
    doubt_source: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    household: String,
    kind: String,
    group: String,
    tier: Option<String>,
    age_band: Option<String>,
    sizes: Option<Vec<u32>>,
    values: Vec<i64>,
    source: String,
    basis: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Cornstarch {
    diseases: Vec<String>,
    yearly_cap: Amount,
    source: String,
    basis: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Centres {
    period: Period,
    sources: Vec<String>,
    regions: Vec<CentreRegion>,
    #[serde(default)]
    nearest: Vec<Nearest>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Period {
    from: u16,
    to: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CentreRegion {
    ko: String,
    en: String,
    sido: Vec<String>,
    centres: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Nearest {
    sido: String,
    regions: Vec<String>,
    ko: String,
    en: String,
}

/// How many of the newest data years the widget carries: the visitor's year and the one
/// before it (README, "Updating the data").
const WIDGET_YEARS: usize = 2;

fn fail(path: &Path, msg: impl std::fmt::Display) -> ! {
    panic!("{}: {msg}", path.display())
}

fn basis(path: &Path, b: &str) -> &'static str {
    match b {
        "published" => "Basis::Published",
        "derived" => "Basis::Derived",
        "estimated" => "Basis::Estimated",
        other => fail(
            path,
            format!("basis must be published|derived|estimated, got {other:?}"),
        ),
    }
}

/// "10/3", "0.4" or "0.0417" as (numerator, denominator).
fn ratio(path: &Path, s: &str) -> (i64, i64) {
    let parse = |t: &str| -> i64 {
        t.trim()
            .parse()
            .unwrap_or_else(|_| fail(path, format!("not a number: {s:?}")))
    };
    if let Some((n, d)) = s.split_once('/') {
        let (n, d) = (parse(n), parse(d));
        if d <= 0 || n <= 0 {
            fail(path, format!("bad ratio {s:?}"));
        }
        return (n, d);
    }
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let n = parse(&format!("{int}{frac}"));
    let d = 10i64.pow(frac.len() as u32);
    if n <= 0 {
        fail(path, format!("bad number {s:?}"));
    }
    (n, d)
}

/// The 시·도 and full place names of the bundled place list, to check the tiers'
/// selectors against: a misspelt name would silently match nothing.
struct PlaceNames {
    /// The 시·도 of today.
    sido: BTreeSet<String>,
    /// The 시·도 that are no more (광주광역시, 전라남도, 강원도): a year's selector may
    /// name one, and covers the places that were in it.
    former_sido: BTreeSet<String>,
    full: BTreeSet<String>,
}

fn place_names(path: &Path) -> PlaceNames {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| fail(path, e));
    let mut lines = text.lines().filter(|l| !l.starts_with('#'));
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let col = |name: &str| {
        header
            .iter()
            .position(|h| *h == name)
            .unwrap_or_else(|| fail(path, format!("no {name} column")))
    };
    let (sido_col, name_col, former_col) = (col("sido"), col("name"), col("former"));
    let mut names = PlaceNames {
        sido: BTreeSet::new(),
        former_sido: BTreeSet::new(),
        full: BTreeSet::new(),
    };
    for line in lines.filter(|l| !l.is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        let (sido, name) = (f[sido_col], f[name_col]);
        names.sido.insert(sido.to_string());
        names.full.insert(if sido == name {
            name.to_string()
        } else {
            format!("{sido} {name}")
        });
        // Each former name is "시·도 시·군·구@date@source", the date ISO: checked here, so
        // that a hand-edited list fails the build, not a visitor's search.
        for former in f[former_col].split('|').filter(|x| !x.is_empty()) {
            let (full, date) = match former.splitn(3, '@').collect::<Vec<_>>()[..] {
                [full, date, source] if !source.is_empty() && full.contains(' ') => (full, date),
                _ => fail(
                    path,
                    format!("former name {former:?} is not name@date@source"),
                ),
            };
            let iso = date.len() == 10
                && date.char_indices().all(|(i, c)| match i {
                    4 | 7 => c == '-',
                    _ => c.is_ascii_digit(),
                });
            if !iso {
                fail(
                    path,
                    format!("former name {former:?}: the date is not YYYY-MM-DD"),
                );
            }
            let (former_sido, _) = full.split_once(' ').unwrap_or((full, ""));
            names.former_sido.insert(former_sido.to_string());
        }
    }
    let current = names.sido.clone();
    names.former_sido.retain(|s| !current.contains(s));
    names
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    println!("cargo:rerun-if-env-changed=RULES_YEARS_DIR");
    let dir = std::env::var_os("RULES_YEARS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("../data/years"));
    let places_path = manifest.join("../data/places.tsv");
    println!("cargo:rerun-if-changed={}", dir.display());
    println!("cargo:rerun-if-changed={}", places_path.display());
    let places = place_names(&places_path);
    for list in ["places.tsv", "diseases.tsv"] {
        bundle_list(&manifest.join("../data").join(list));
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    if files.is_empty() {
        panic!("{}: no data years", dir.display());
    }

    let mut years = BTreeMap::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| fail(path, e));
        let y: Year = toml::from_str(&text).unwrap_or_else(|e| fail(path, e));
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        if stem != y.year.to_string() {
            fail(path, format!("file name must be the year {}", y.year));
        }
        let code = emit(path, &y, &places);
        years.insert(y.year, code);
    }
    // The widget (wasm32) carries the newest WIDGET_YEARS years: a visitor applies now,
    // support starts on the day of the application, and nothing earlier is paid back,
    // so older limits answer no visitor's question; they cost download. Every year is
    // still checked above, and the command line and the tests keep them all.
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        while years.len() > WIDGET_YEARS {
            years.pop_first();
        }
    }

    let mut out = String::from("// Generated by build.rs from data/years/*.toml. Do not edit.\n");
    out.push_str("pub static DATASETS: &[Dataset] = &[\n");
    for code in years.values() {
        out.push_str(code);
    }
    out.push_str("];\n");
    out.push_str("pub static YEARS: &[u16] = &[");
    for y in years.keys() {
        let _ = write!(out, "{y}, ");
    }
    out.push_str("];\n");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    let dest = out_dir.join("datasets.rs");
    std::fs::write(&dest, out).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));

    let centres_path = manifest.join("../data/centres.toml");
    println!("cargo:rerun-if-changed={}", centres_path.display());
    let text = std::fs::read_to_string(&centres_path).unwrap_or_else(|e| fail(&centres_path, e));
    let centres: Centres = toml::from_str(&text).unwrap_or_else(|e| fail(&centres_path, e));
    let dest = out_dir.join("centres.rs");
    let code = emit_centres(&centres_path, &centres, &places);
    std::fs::write(&dest, code).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}

/// Every 시·도 of the place list must have its 권역, or a nearest one, exactly once, and
/// every 권역 at least one centre.
fn emit_centres(path: &Path, c: &Centres, places: &PlaceNames) -> String {
    if c.period.from > c.period.to {
        fail(path, "period.from is after period.to");
    }
    let mut seen = BTreeSet::new();
    for r in &c.regions {
        if r.centres.is_empty() {
            fail(path, format!("권역 {} has no centre", r.ko));
        }
        for sido in &r.sido {
            if !places.sido.contains(sido) || !seen.insert(sido.clone()) {
                fail(
                    path,
                    format!("{sido}: not a 시·도 of data/places.tsv, or in two 권역"),
                );
            }
        }
    }
    for n in &c.nearest {
        if !places.sido.contains(&n.sido) || !seen.insert(n.sido.clone()) {
            fail(
                path,
                format!(
                    "{}: not a 시·도 of data/places.tsv, or already mapped",
                    n.sido
                ),
            );
        }
        for r in &n.regions {
            if !c.regions.iter().any(|x| &x.ko == r) {
                fail(path, format!("{}: no 권역 {r}", n.sido));
            }
        }
    }
    if let Some(missing) = places.sido.iter().find(|s| !seen.contains(*s)) {
        fail(path, format!("{missing} has no 권역"));
    }
    let mut s = String::from("// Generated by build.rs from data/centres.toml. Do not edit.\n");
    let _ = writeln!(
        s,
        "pub static PERIOD: (u16, u16) = ({}, {});",
        c.period.from, c.period.to
    );
    let _ = writeln!(s, "pub static SOURCES: &[&str] = &{:?};", c.sources);
    s.push_str("pub static REGIONS: &[Region] = &[\n");
    for r in &c.regions {
        let _ = writeln!(
            s,
            "    Region {{ ko: {:?}, en: {:?}, sido: &{:?}, centres: &{:?} }},",
            r.ko, r.en, r.sido, r.centres
        );
    }
    s.push_str("];\npub static NEAREST: &[Nearest] = &[\n");
    for n in &c.nearest {
        let _ = writeln!(
            s,
            "    Nearest {{ sido: {:?}, regions: &{:?}, ko: {:?}, en: {:?} }},",
            n.sido, n.regions, n.ko, n.en
        );
    }
    s.push_str("];\n");
    s
}

/// A value's own source, as code. The widget shows each year's sources list and every
/// note's source, never the source of a single figure, so its build (wasm32) leaves
/// these out of the download; the data files, the command line and the tests keep them.
fn per_value(source: &str) -> String {
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        "\"\"".to_string()
    } else {
        format!("{source:?}")
    }
}

/// Copies a list into OUT_DIR for `include_str!`. Its first line, the provenance, is for
/// people and tests: the widget never shows it, so its build (wasm32) carries a pointer
/// to the file instead. For the same reason it leaves out the source of each former name
/// in the place list (`name@date@source` → `name@date`), as `per_value` does for figures.
fn bundle_list(path: &Path) {
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| fail(path, e));
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let text = if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        let (_, rest) = text.split_once('\n').unwrap_or_else(|| fail(path, "empty"));
        let rest = if name == "places.tsv" {
            without_former_sources(path, rest)
        } else {
            rest.to_string()
        };
        format!("# provenance: line 1 of data/{name}\n{rest}")
    } else {
        text
    };
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join(name);
    std::fs::write(&out, text).unwrap_or_else(|e| fail(&out, e));
}

/// The place list (header and rows) with each former name's source left out.
fn without_former_sources(path: &Path, text: &str) -> String {
    let mut lines = text.lines();
    let header = lines.next().unwrap_or_default();
    let col = header
        .split('\t')
        .position(|h| h == "former")
        .unwrap_or_else(|| fail(path, "no former column"));
    let mut out = format!("{header}\n");
    for line in lines {
        let mut fields: Vec<String> = line.split('\t').map(str::to_string).collect();
        if let Some(former) = fields.get_mut(col) {
            *former = former
                .split('|')
                .filter(|f| !f.is_empty())
                .map(|f| match f.splitn(3, '@').collect::<Vec<_>>()[..] {
                    [name, date, _source] => format!("{name}@{date}"),
                    _ => fail(path, format!("former name {f:?} is not name@date@source")),
                })
                .collect::<Vec<_>>()
                .join("|");
        }
        out.push_str(&fields.join("\t"));
        out.push('\n');
    }
    out
}

fn note(n: &Note) -> String {
    format!(
        "YearNote {{ ko: {:?}, en: {:?}, source: {:?}, under_age: {:?} }}",
        n.ko, n.en, n.source, n.under_age
    )
}

fn pct(path: &Path, p: &Pct) -> String {
    if p.value == 0 || p.value > 1000 {
        fail(path, format!("percentage out of range: {}", p.value));
    }
    format!(
        "Percent {{ value: {}, source: {}, basis: {} }}",
        p.value,
        per_value(&p.source),
        basis(path, &p.basis)
    )
}

fn count(c: &Count) -> String {
    format!(
        "Count {{ count: {:?}, source: {} }}",
        c.count,
        per_value(&c.source)
    )
}

fn amount(path: &Path, a: &Amount) -> String {
    if a.won <= 0 {
        fail(path, "amounts must be positive");
    }
    format!(
        "Amount {{ won: {}, source: {} }}",
        a.won,
        per_value(&a.source)
    )
}

fn place_kind(path: &Path, k: &str) -> &'static str {
    match k {
        "autonomous_gu" => "PlaceKind::AutonomousGu",
        "city" => "PlaceKind::City",
        "urban_rural_city" => "PlaceKind::UrbanRuralCity",
        "county" => "PlaceKind::County",
        o => fail(
            path,
            format!("kinds must be autonomous_gu|city|urban_rural_city|county, got {o:?}"),
        ),
    }
}

fn town(path: &Path, t: &str) -> &'static str {
    match t {
        "dong" => "Town::Dong",
        "eup_myeon" => "Town::EupMyeon",
        o => fail(path, format!("town must be dong|eup_myeon, got {o:?}")),
    }
}

fn tiers(path: &Path, tiers: &[Tier], places: &PlaceNames) -> String {
    let ids: BTreeSet<&str> = tiers.iter().map(|t| t.id.as_str()).collect();
    if ids.len() != tiers.len() {
        fail(path, "property tier ids must be unique");
    }
    // The last tier takes every place no earlier tier covers; its own selectors only
    // attach a doubt to some of those places. Every other tier must say what it covers.
    if let Some(t) = tiers[..tiers.len().saturating_sub(1)]
        .iter()
        .find(|t| t.matches.is_empty())
    {
        fail(
            path,
            format!("tier {}: only the last tier may have no [[property.tiers.match]]: it takes every other place", t.id),
        );
    }
    if let Some(m) = tiers
        .last()
        .into_iter()
        .flat_map(|t| &t.matches)
        .find(|m| m.doubt_ko.is_none())
    {
        fail(
            path,
            format!("the last tier takes every other place already, so its match {:?} must carry a doubt", m.sido),
        );
    }
    if tiers.is_empty() {
        fail(path, "a year needs at least one property tier");
    }
    let mut s = String::from("&[");
    for t in tiers {
        let id_ok = !t.id.is_empty()
            && t.id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '_' || c.is_ascii_digit());
        if !id_ok {
            fail(path, format!("tier id {:?} must be snake_case", t.id));
        }
        if t.base <= 0 {
            fail(path, format!("tier {}: base must be positive", t.id));
        }
        let mut sel = String::from("&[");
        for m in &t.matches {
            if m.sido.is_empty() && m.places.is_empty() && m.kinds.is_empty() {
                fail(path, format!("tier {}: an empty match", t.id));
            }
            for sido in &m.sido {
                if !places.sido.contains(sido) && !places.former_sido.contains(sido) {
                    fail(
                        path,
                        format!(
                            "tier {}: no 시·도 {sido:?} in data/places.tsv, today's or former",
                            t.id
                        ),
                    );
                }
            }
            for place in &m.places {
                if !places.full.contains(place) {
                    fail(
                        path,
                        format!("tier {}: no place {place:?} in data/places.tsv", t.id),
                    );
                }
            }
            let kinds: Vec<&str> = m.kinds.iter().map(|k| place_kind(path, k)).collect();
            let doubt = match (&m.doubt_ko, &m.doubt_en, &m.doubt_source) {
                (None, None, None) => "None".to_string(),
                (Some(ko), Some(en), Some(source)) => format!(
                    "Some(YearNote {{ ko: {ko:?}, en: {en:?}, source: {source:?}, under_age: None }})"
                ),
                _ => fail(
                    path,
                    format!("tier {}: a doubt needs doubt_ko, doubt_en and doubt_source", t.id),
                ),
            };
            let _ = write!(
                sel,
                "Selector {{ sido: &{:?}, places: &{:?}, kinds: &[{}], town: {}, doubt: {doubt} }}, ",
                m.sido,
                m.places,
                kinds.join(", "),
                m.town
                    .as_deref()
                    .map_or("None".to_string(), |t| format!("Some({})", town(path, t)))
            );
        }
        sel.push(']');
        let _ = write!(
            s,
            "Tier {{ id: {:?}, ko: {:?}, en: {:?}, base: {}, source: {}, matches: {sel} }}, ",
            t.id,
            t.ko,
            t.en,
            t.base,
            per_value(&t.source)
        );
    }
    s.push(']');
    s
}

fn emit(path: &Path, y: &Year, places: &PlaceNames) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "Dataset {{\n    year: {},", y.year);
    let _ = writeln!(s, "    sources: &{:?},", y.sources);
    let notes: Vec<String> = y.notes.iter().map(note).collect();
    let _ = writeln!(s, "    notes: &[{}],", notes.join(", "));
    let doubts: Vec<String> = y.doubts.iter().map(note).collect();
    let _ = writeln!(s, "    doubts: &[{}],", doubts.join(", "));

    if y.median.values.len() != 7 || y.median.values.iter().any(|v| *v <= 0) {
        fail(
            path,
            "median.values must hold 7 positive amounts (1 to 7 people)",
        );
    }
    let _ = writeln!(
        s,
        "    median: Median {{ values: &{:?}, per_extra_person: {}, source: {}, basis: {} }},",
        y.median.values,
        y.median.per_extra_person,
        per_value(&y.median.source),
        basis(path, &y.median.basis)
    );

    let p = &y.percent;
    let under_18 = match &p.patient_rare_under_18 {
        None => "None".to_string(),
        Some(a) => format!(
            "Some(AgePercent {{ value: {}, below_age: {}, source: {}, basis: {} }})",
            a.value,
            a.below_age,
            per_value(&a.source),
            basis(path, &a.basis)
        ),
    };
    let _ = writeln!(
        s,
        "    percent: Percentages {{ patient_rare: {}, patient_rare_under_18: {}, patient_four_major: {}, obligor_rare: {}, obligor_four_major: {} }},",
        pct(path, &p.patient_rare),
        under_18,
        pct(path, &p.patient_four_major),
        pct(path, &p.obligor_rare),
        pct(path, &p.obligor_four_major)
    );

    lists(path, y, &mut s);
    let a = &y.amounts;
    let _ = writeln!(
        s,
        "    amounts: Amounts {{ caregiving_monthly: {}, special_formula_yearly: {}, low_protein_rice_yearly: {} }},",
        amount(path, &a.caregiving_monthly),
        amount(path, &a.special_formula_yearly),
        amount(path, &a.low_protein_rice_yearly)
    );

    let f = &y.property;
    let (dn, dd) = ratio(path, &f.divisor);
    let (sn, sd) = ratio(path, &f.median_share);
    let k = &f.multipliers;
    if [
        k.patient_rare,
        k.obligor_rare,
        k.patient_four_major,
        k.obligor_four_major,
    ]
    .contains(&0)
    {
        fail(path, "property multipliers must be positive");
    }
    let _ = writeln!(
        s,
        "    property: Property {{ divisor: Ratio {{ numerator: {dn}, denominator: {dd} }}, median_share: Ratio {{ numerator: {sn}, denominator: {sd} }}, multipliers: Multipliers {{ patient_rare: {}, obligor_rare: {}, patient_four_major: {}, obligor_four_major: {}, source: {} }}, tiers: {}, source: {}, basis: {} }},",
        k.patient_rare,
        k.obligor_rare,
        k.patient_four_major,
        k.obligor_four_major,
        per_value(&k.source),
        tiers(path, &f.tiers, places),
        per_value(&f.source),
        basis(path, &f.basis)
    );

    let tier_ids: Vec<&str> = f.tiers.iter().map(|t| t.id.as_str()).collect();
    s.push_str("    tables: &[\n");
    for t in &y.tables {
        let household = match t.household.as_str() {
            "patient" => "HouseholdKind::Patient",
            "obligor" => "HouseholdKind::Obligor",
            o => fail(
                path,
                format!("table household must be patient|obligor, got {o:?}"),
            ),
        };
        let kind = match t.kind.as_str() {
            "income" => "TestKind::Income",
            "property" => "TestKind::Property",
            o => fail(
                path,
                format!("table kind must be income|property, got {o:?}"),
            ),
        };
        let group = match t.group.as_str() {
            "rare" => "Group::Rare",
            "four_major" => "Group::FourMajor",
            o => fail(
                path,
                format!("table group must be rare|four_major, got {o:?}"),
            ),
        };
        let tier = match (t.kind.as_str(), t.tier.as_deref()) {
            ("income", None) => "None".to_string(),
            ("property", Some(id)) if tier_ids.contains(&id) => format!("Some({id:?})"),
            (k, r) => fail(
                path,
                format!("a {k} table cannot have tier {r:?} (this year's tiers: {tier_ids:?})"),
            ),
        };
        let band = match t.age_band.as_deref() {
            None | Some("standard") => "AgeBand::Standard",
            Some("under_18") => "AgeBand::Under18",
            Some(o) => fail(
                path,
                format!("age_band must be standard|under_18, got {o:?}"),
            ),
        };
        let sizes: Vec<u32> = t
            .sizes
            .clone()
            .unwrap_or_else(|| (1..=t.values.len() as u32).collect());
        if sizes.len() != t.values.len() || sizes.iter().any(|z| *z == 0 || *z > 30) {
            fail(path, "table sizes and values must pair up, sizes 1 to 30");
        }
        if t.values.iter().any(|v| *v <= 0) {
            fail(path, "table values must be positive");
        }
        let _ = writeln!(
            s,
            "        Table {{ household: {household}, kind: {kind}, group: {group}, tier: {tier}, age_band: {band}, sizes: &{sizes:?}, values: &{:?}, source: {}, basis: {} }},",
            t.values,
            per_value(&t.source),
            basis(path, &t.basis)
        );
    }
    s.push_str("    ],\n");

    rules(path, y, &mut s);
    provisional(path, y, &mut s);

    match &y.cornstarch {
        None => s.push_str("    cornstarch: None,\n"),
        Some(c) => {
            if c.diseases.is_empty() {
                fail(path, "cornstarch.diseases is empty");
            }
            let _ = writeln!(
                s,
                "    cornstarch: Some(Cornstarch {{ diseases: &{:?}, yearly_cap: {}, source: {}, basis: {} }}),",
                c.diseases,
                amount(path, &c.yearly_cap),
                per_value(&c.source),
                basis(path, &c.basis)
            );
        }
    }
    s.push_str("},\n");
    s
}

/// `YYYY-MM-DD`, or the build stops.
fn iso_date(path: &Path, what: &str, date: &str) {
    let ok = date.len() == 10
        && date.char_indices().all(|(i, c)| match i {
            4 | 7 => c == '-',
            _ => c.is_ascii_digit(),
        });
    if !ok {
        fail(
            path,
            format!("{what}: {date:?} is not a date such as 2027-01-01"),
        );
    }
}

/// The year's rules: whether the obligor test applies, and which items exist.
fn rules(path: &Path, y: &Year, s: &mut String) {
    let o = &y.rules.obligor_test;
    iso_date(path, "rules.obligor_test.from", &o.from);
    let note = match (&o.note_ko, &o.note_en, &o.note_source) {
        (None, None, None) => "None".to_string(),
        (Some(ko), Some(en), Some(source)) => format!(
            "Some(YearNote {{ ko: {ko:?}, en: {en:?}, source: {source:?}, under_age: None }})"
        ),
        _ => fail(
            path,
            "rules.obligor_test: a note needs note_ko, note_en and note_source",
        ),
    };
    let i = &y.rules.items;
    iso_date(path, "rules.items.from", &i.from);
    let mut items = Vec::new();
    for code in &i.available {
        match vocab::Item::ALL.iter().find(|item| item.code() == code) {
            Some(item) if !items.contains(item) => items.push(*item),
            Some(_) => fail(path, format!("rules.items.available names {code:?} twice")),
            None => fail(
                path,
                format!(
                    "rules.items.available: {code:?} is not an item ({})",
                    vocab::Item::ALL
                        .iter()
                        .map(|i| i.code())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ),
        }
    }
    if !items.contains(&vocab::Item::Copayment) {
        fail(
            path,
            "rules.items.available must hold copayment, the programme's core",
        );
    }
    if items.contains(&vocab::Item::Cornstarch) != y.cornstarch.is_some() {
        fail(
            path,
            "rules.items.available holds cornstarch exactly when the year has a [cornstarch] list",
        );
    }
    // In the rules' own order, whatever the file's.
    items.sort();
    let items: Vec<String> = items.iter().map(|i| format!("Item::{i:?}")).collect();
    let _ = writeln!(
        s,
        "    rules: YearRules {{ obligor_test: RuleState {{ applies: {}, from: {:?}, source: {}, note: {note} }}, items: &[{}], items_from: {:?}, items_source: {} }},",
        o.applies,
        o.from,
        per_value(&o.source),
        items.join(", "),
        i.from,
        per_value(&i.source)
    );
}

/// The parts of a year a `[provisional]` block may say are carried forward.
const PROVISIONAL_PARTS: [&str; 6] = [
    "percent",
    "lists",
    "amounts",
    "property",
    "rules",
    "cornstarch",
];

fn provisional(path: &Path, y: &Year, s: &mut String) {
    let Some(p) = &y.provisional else {
        s.push_str("    provisional: None,\n");
        return;
    };
    if p.carried_from >= y.year {
        fail(path, "provisional.carried_from must be an earlier year");
    }
    if p.parts.is_empty() {
        fail(
            path,
            "provisional.parts is empty: then the year is not provisional",
        );
    }
    for part in &p.parts {
        if !PROVISIONAL_PARTS.contains(&part.as_str()) {
            fail(
                path,
                format!("provisional.parts: {part:?} is not one of {PROVISIONAL_PARTS:?}"),
            );
        }
    }
    let _ = writeln!(
        s,
        "    provisional: Some(Provisional {{ carried_from: {}, parts: &{:?}, ko: {:?}, en: {:?}, source: {:?} }}),",
        p.carried_from, p.parts, p.ko, p.en, p.source
    );
}

/// `[lists]`: the main support list (`copayment`) and the sub-list of every item that has
/// one, keyed by the item's code; nothing else.
fn lists(path: &Path, y: &Year, s: &mut String) {
    let mut entries = Vec::new();
    for item in vocab::Item::ALL {
        // The main list, and the sub-list of every item the year has.
        let available = y.rules.items.available.iter().any(|c| c == item.code());
        let listed = *item == vocab::Item::Copayment || (item.facts().sublist && available);
        match (y.lists.get(item.code()), listed) {
            (Some(c), true) => entries.push(format!("(Item::{item:?}, {})", count(c))),
            (None, true) => fail(path, format!("[lists] has no {}", item.code())),
            _ => {}
        }
    }
    if let Some(key) = y.lists.keys().find(|k| {
        !vocab::Item::ALL
            .iter()
            .any(|i| i.code() == *k && (*i == vocab::Item::Copayment || i.facts().sublist))
    }) {
        fail(
            path,
            format!("[lists] {key:?} is not copayment or an item with a sub-list"),
        );
    }
    let _ = writeln!(s, "    lists: &[{}],", entries.join(", "));
}
