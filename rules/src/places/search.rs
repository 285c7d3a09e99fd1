//! Finding a place in a few keystrokes, for the place finder (a WAI-ARIA combobox):
//! "과천", "ㄱㅊ", "수원", "종로", a 시·도 ("경기"), or a former name ("광주 북", "청원군"),
//! ranked by how the query matched, then in list order.

use super::{keys, list, Former, Key, Keys, Name, Place};
use crate::text::{find_pattern, initials_patterns, matches_at, normalise, rank, Atom};

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
    use super::MatchKind;

    #[test]
    fn every_kind_sits_at_its_own_place_in_the_ranking_order() {
        for (i, kind) in MatchKind::ALL.iter().enumerate() {
            assert_eq!(*kind as usize, i);
        }
    }
}
