//! Finding a disease on the bundled list in a few keystrokes (issue 4).
//!
//! A query and every name go through the normalisation shared with the place finder (the
//! crate's `text` module): case, spacing and punctuation do not matter, Roman numerals,
//! subscripts, full-width, accented and Greek letters are folded, and 초성 are matched.
//!
//! Each entry is matched by its best kind; results are ordered by [`MatchKind`] (fuzzy
//! ones by their number of edits) and then by list order, so they are stable. The keys are built once, lazily, not per query.

use crate::diseases::{self, Disease};
use crate::text::{
    find_pattern, initial, initials_patterns, is_initial_jamo, is_syllable, normalise, rank, Atom,
};
use std::sync::OnceLock;

/// How an entry matched, best first: results are sorted by this, then by list order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchKind {
    /// The whole Korean or English name (after normalisation: `고쉐 병` = `고쉐병`).
    ExactName,
    /// The start of a KCD code or a V-code (`E75` → every E75.x, `e752` → E75.2, `v117`).
    Code,
    /// The start of the Korean name.
    NamePrefix,
    /// The start of a word of the English name (`hunter`, `disease`).
    EnglishPrefix,
    /// Elsewhere in the Korean name.
    NameSubstring,
    /// Elsewhere in the English name.
    EnglishSubstring,
    /// 초성 at the start of the Korean name (`ㄱㅅ` → 고쉐병), including a mix of
    /// syllables and initials and a syllable still being composed (`고ㅅ`, `곳`).
    InitialsPrefix,
    /// 초성 elsewhere in the Korean name.
    Initials,
    /// A near miss: the query is within one or two edits of part of a name
    /// (`고셰병` → 고쉐병, `fabri` → Fabry). Only for queries of 3+ syllables or 5+ letters.
    Fuzzy,
}

impl MatchKind {
    /// Every kind, best first, by its place in that order.
    const ALL: [MatchKind; 9] = [
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
}

/// One result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub disease: &'static Disease,
    /// The position in [`diseases::list`].
    pub index: usize,
    pub kind: MatchKind,
}

/// The best `limit` hits, and how many entries matched in all.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Results {
    pub hits: Vec<Hit>,
    pub total: usize,
}

/// Search the whole list: hits sorted by [`MatchKind`], fuzzy hits by fewest edits, and
/// ties in list order. An empty or whitespace-only query finds nothing.
pub fn search(query: &str, limit: usize) -> Results {
    let q = Query::new(query);
    if q.text.is_empty() {
        return Results::default();
    }
    let mut row = Vec::new();
    let (found, total) = rank(
        keys().iter().enumerate().filter_map(|(i, key)| {
            q.best(key, &mut row)
                .map(|(kind, edits)| (kind as u8, edits, i))
        }),
        limit,
    );
    let list = diseases::list();
    Results {
        total,
        hits: found
            .into_iter()
            .map(|(kind, index)| Hit {
                disease: &list[index],
                index,
                kind: MatchKind::ALL[kind as usize],
            })
            .collect(),
    }
}

// ---------------------------------------------------------------------------------------
// Precomputed keys

struct Key {
    ko: String,
    ko_chars: Vec<char>,
    ko_initials: Vec<char>,
    en: String,
    en_words: Vec<usize>,
    en_chars: Vec<char>,
    /// Lower case, without the dot; empty when the entry has no KCD code.
    kcd: String,
    vcode: String,
}

fn keys() -> &'static [Key] {
    static KEYS: OnceLock<Vec<Key>> = OnceLock::new();
    KEYS.get_or_init(|| {
        diseases::list()
            .iter()
            .map(|d| {
                let (ko, _) = normalise(d.korean);
                let (en, en_words) = normalise(d.english);
                let ko_chars: Vec<char> = ko.chars().collect();
                Key {
                    ko_initials: ko_chars.iter().map(|&c| initial(c)).collect(),
                    ko_chars,
                    ko,
                    en_chars: en.chars().collect(),
                    en,
                    en_words,
                    kcd: normalise(d.kcd).0,
                    vcode: normalise(d.vcode).0,
                }
            })
            .collect()
    })
}

// ---------------------------------------------------------------------------------------
// Queries

struct Query {
    text: String,
    chars: Vec<char>,
    /// `[a-z][0-9]+`: compared with the codes.
    code: bool,
    /// Patterns over the Korean name with 초성 in them: the query as typed when it has
    /// initials, and the query with its last syllable's final split off.
    patterns: Vec<Vec<Atom>>,
    /// Maximum edits for a fuzzy match of the Korean and of the English name (0: none).
    fuzzy_ko: usize,
    fuzzy_en: usize,
    /// The query cut into `k + 1` pieces for a fuzzy match within `k` edits: one of them
    /// must appear in the name unchanged (pigeonhole), a cheap test before the real one.
    pieces_ko: Vec<String>,
    pieces_en: Vec<String>,
}

/// `chars` cut into `n` nearly equal pieces (none when `n` is 1 or less: no fuzzy match).
fn pieces(chars: &[char], n: usize) -> Vec<String> {
    if n <= 1 || chars.len() < n {
        return Vec::new();
    }
    (0..n)
        .map(|i| {
            chars[i * chars.len() / n..(i + 1) * chars.len() / n]
                .iter()
                .collect()
        })
        .collect()
}

impl Query {
    fn new(query: &str) -> Query {
        let (text, _) = normalise(query);
        let chars: Vec<char> = text.chars().collect();
        let code = chars.len() >= 2
            && chars[0].is_ascii_lowercase()
            && chars[1..].iter().all(|c| c.is_ascii_digit());
        let patterns = if code {
            Vec::new()
        } else {
            initials_patterns(&chars)
        };
        let has_jamo = chars.iter().any(|&c| is_initial_jamo(c));
        let hangul = chars.iter().any(|&c| is_syllable(c));
        let letters = chars
            .iter()
            .filter(|c| c.is_ascii_alphabetic() || is_syllable(**c))
            .count();
        let (fuzzy_ko, fuzzy_en) = if code || has_jamo {
            (0, 0)
        } else if hangul {
            let n = chars.len();
            (
                match n {
                    0..=2 => 0,
                    3..=5 => 1,
                    _ => 2,
                },
                0,
            )
        } else if letters * 2 > chars.len() {
            (
                0,
                match chars.len() {
                    0..=4 => 0,
                    5..=8 => 1,
                    _ => 2,
                },
            )
        } else {
            (0, 0)
        };
        Query {
            pieces_ko: pieces(&chars, fuzzy_ko + 1),
            pieces_en: pieces(&chars, fuzzy_en + 1),
            text,
            chars,
            code,
            patterns,
            fuzzy_ko,
            fuzzy_en,
        }
    }

    /// The best way `key` matches, and for a fuzzy match its number of edits.
    fn best(&self, key: &Key, row: &mut Vec<usize>) -> Option<(MatchKind, usize)> {
        self.best_kind(key).map(|kind| (kind, 0)).or_else(|| {
            let ko = (self.fuzzy_ko > 0
                && self.pieces_ko.iter().any(|p| key.ko.contains(p.as_str())))
            .then(|| distance_within(&self.chars, &key.ko_chars, self.fuzzy_ko, row))
            .flatten();
            let en = (self.fuzzy_en > 0
                && self.pieces_en.iter().any(|p| key.en.contains(p.as_str())))
            .then(|| distance_within(&self.chars, &key.en_chars, self.fuzzy_en, row))
            .flatten();
            ko.into_iter()
                .chain(en)
                .min()
                .map(|edits| (MatchKind::Fuzzy, edits))
        })
    }

    fn best_kind(&self, key: &Key) -> Option<MatchKind> {
        let q = self.text.as_str();
        if key.ko == q || key.en == q {
            return Some(MatchKind::ExactName);
        }
        if self.code {
            let hit = (!key.kcd.is_empty() && key.kcd.starts_with(q)) || key.vcode.starts_with(q);
            return hit.then_some(MatchKind::Code);
        }
        if key.ko.starts_with(q) {
            return Some(MatchKind::NamePrefix);
        }
        if key.en_words.iter().any(|&w| key.en[w..].starts_with(q)) {
            return Some(MatchKind::EnglishPrefix);
        }
        if key.ko.contains(q) {
            return Some(MatchKind::NameSubstring);
        }
        if key.en.contains(q) {
            return Some(MatchKind::EnglishSubstring);
        }
        let at = self
            .patterns
            .iter()
            .filter_map(|p| find_pattern(p, &key.ko_chars, &key.ko_initials))
            .min();
        at.map(|at| {
            if at == 0 {
                MatchKind::InitialsPrefix
            } else {
                MatchKind::Initials
            }
        })
    }
}

/// The fewest edits (insertions, deletions, substitutions) that turn `pattern` into some
/// substring of `text` that starts with the pattern's first character, if at most `k`
/// (Sellers' algorithm, one column of the table at a time). Typos rarely hit the first
/// character, and anchoring on it keeps short fuzzy queries from matching noise.
fn distance_within(
    pattern: &[char],
    text: &[char],
    k: usize,
    row: &mut Vec<usize>,
) -> Option<usize> {
    let m = pattern.len();
    let (&first, _) = pattern.split_first()?;
    let never = m + k + 1;
    // row[i] = D[i][j]: edits for pattern[..i] against text ending at column j.
    row.clear();
    row.push(0);
    row.extend(std::iter::repeat_n(never, m));
    let mut best = never;
    for &t in text {
        // The first pattern character must be matched, not substituted or dropped.
        let mut diag = row[1];
        row[1] = if t == first {
            0
        } else {
            (row[1] + 1).min(never)
        };
        for i in 2..=m {
            let left = row[i];
            let cost = usize::from(pattern[i - 1] != t);
            row[i] = (diag + cost).min(left + 1).min(row[i - 1] + 1).min(never);
            diag = left;
        }
        best = best.min(row[m]);
        if best == 0 {
            break;
        }
    }
    (best <= k).then_some(best)
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
