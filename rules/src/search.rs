//! Finding a disease on the bundled list in a few keystrokes (issue 4).
//!
//! A query and every name go through the same normalisation: lower case, and the
//! separators people type inconsistently are dropped (spaces, brackets, middle dots,
//! hyphens, commas, dots, slashes, tildes, straight and curly apostrophes). Roman numeral
//! characters become letters (`Ⅱ` → `ii`), subscripts become digits (`GM₂` → `gm2`),
//! full-width ASCII becomes ASCII, and common accented and Greek letters are spelled out
//! (`é` → `e`, `β` → `beta`).
//!
//! Each entry is matched by its best kind; results are ordered by [`MatchKind`] (fuzzy
//! ones by their number of edits) and then by list order, so they are stable. The keys are built once, lazily, not per query.

use crate::diseases::{self, Disease};
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
    let mut found: Vec<(MatchKind, usize, usize)> = keys()
        .iter()
        .enumerate()
        .filter_map(|(i, key)| q.best(key, &mut row).map(|(kind, edits)| (kind, edits, i)))
        .collect();
    found.sort_unstable();
    let list = diseases::list();
    Results {
        total: found.len(),
        hits: found
            .into_iter()
            .take(limit)
            .map(|(kind, _, index)| Hit {
                disease: &list[index],
                index,
                kind,
            })
            .collect(),
    }
}

// ---------------------------------------------------------------------------------------
// Normalisation

const CHOSEONG: [char; 19] = [
    'ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ', 'ㅋ',
    'ㅌ', 'ㅍ', 'ㅎ',
];
const SYLLABLE_FIRST: u32 = 0xAC00;
const SYLLABLE_LAST: u32 = 0xD7A3;

fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '(' | ')'
                | '['
                | ']'
                | '{'
                | '}'
                | '<'
                | '>'
                | '·'
                | 'ㆍ'
                | '•'
                | '・'
                | '‧'
                | '-'
                | '‐'
                | '‑'
                | '‒'
                | '–'
                | '—'
                | '―'
                | '_'
                | ','
                | '.'
                | '/'
                | ';'
                | ':'
                | '~'
                | '∼'
                | '〜'
                | '\''
                | '’'
                | '‘'
                | '`'
                | '´'
                | '"'
                | '“'
                | '”'
        )
}

/// Append the folded form of `c` (not a separator) to `out`.
fn fold(c: char, out: &mut String) {
    let s: &str = match c {
        'A'..='Z' => {
            out.push(c.to_ascii_lowercase());
            return;
        }
        '\u{FF01}'..='\u{FF5E}' => {
            // Full-width ASCII.
            let ascii = char::from_u32(c as u32 - 0xFEE0).unwrap_or(c);
            if !is_separator(ascii) {
                fold(ascii, out);
            }
            return;
        }
        '\u{2080}'..='\u{2089}' => {
            out.push(char::from_u32(c as u32 - 0x2080 + '0' as u32).unwrap_or(c));
            return;
        }
        '\u{2070}' => "0",
        '¹' => "1",
        '²' => "2",
        '³' => "3",
        '\u{2074}'..='\u{2079}' => {
            out.push(char::from_u32(c as u32 - 0x2070 + '0' as u32).unwrap_or(c));
            return;
        }
        'Ⅰ' | 'ⅰ' => "i",
        'Ⅱ' | 'ⅱ' => "ii",
        'Ⅲ' | 'ⅲ' => "iii",
        'Ⅳ' | 'ⅳ' => "iv",
        'Ⅴ' | 'ⅴ' => "v",
        'Ⅵ' | 'ⅵ' => "vi",
        'Ⅶ' | 'ⅶ' => "vii",
        'Ⅷ' | 'ⅷ' => "viii",
        'Ⅸ' | 'ⅸ' => "ix",
        'Ⅹ' | 'ⅹ' => "x",
        'Ⅺ' | 'ⅺ' => "xi",
        'Ⅻ' | 'ⅻ' => "xii",
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'Á' | 'À' | 'Â' | 'Ä' => "a",
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => "e",
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ï' => "i",
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'Ó' | 'Ö' => "o",
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ü' => "u",
        'ç' | 'Ç' => "c",
        'ñ' | 'Ñ' => "n",
        'α' | 'Α' => "alpha",
        'β' | 'Β' => "beta",
        'γ' | 'Γ' => "gamma",
        'δ' | 'Δ' => "delta",
        'κ' | 'Κ' => "kappa",
        // Consonant clusters an IME may compose from two initials typed in a row.
        'ㄳ' => "ㄱㅅ",
        'ㄵ' => "ㄴㅈ",
        'ㄶ' => "ㄴㅎ",
        'ㄺ' => "ㄹㄱ",
        'ㄻ' => "ㄹㅁ",
        'ㄼ' => "ㄹㅂ",
        'ㄽ' => "ㄹㅅ",
        'ㄾ' => "ㄹㅌ",
        'ㄿ' => "ㄹㅍ",
        'ㅀ' => "ㄹㅎ",
        'ㅄ' => "ㅂㅅ",
        // Conjoining (not compatibility) initial consonants.
        '\u{1100}'..='\u{1112}' => {
            out.push(CHOSEONG[(c as u32 - 0x1100) as usize]);
            return;
        }
        _ if c.is_ascii() => {
            out.push(c);
            return;
        }
        _ => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push_str(s);
}

/// The normalised text, and the byte offsets where its words started.
fn normalise(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut words = Vec::new();
    let mut at_word_start = true;
    for c in text.chars() {
        if is_separator(c) {
            at_word_start = true;
            continue;
        }
        if at_word_start {
            words.push(out.len());
            at_word_start = false;
        }
        fold(c, &mut out);
    }
    (out, words)
}

/// The 초성 of a Hangul syllable; any other character stands for itself.
fn initial(c: char) -> char {
    let u = c as u32;
    if (SYLLABLE_FIRST..=SYLLABLE_LAST).contains(&u) {
        CHOSEONG[((u - SYLLABLE_FIRST) / 588) as usize]
    } else {
        c
    }
}

fn is_initial_jamo(c: char) -> bool {
    CHOSEONG.contains(&c)
}

fn is_syllable(c: char) -> bool {
    (SYLLABLE_FIRST..=SYLLABLE_LAST).contains(&(c as u32))
}

/// A syllable whose final consonant may really be the next syllable's initial, still
/// being composed by the IME (`곳` on the way to `고쉐`): the syllable without it (or
/// with the first half of a cluster) and the initial(s) it stands for.
fn split_final(c: char) -> Option<(char, char)> {
    let u = c as u32;
    if !(SYLLABLE_FIRST..=SYLLABLE_LAST).contains(&u) {
        return None;
    }
    let t = (u - SYLLABLE_FIRST) % 28;
    // (remaining final index, initial moved to the next syllable), by final index.
    let (keep, moved) = match t {
        0 => return None,
        1 => (0, 'ㄱ'),
        2 => (0, 'ㄲ'),
        3 => (1, 'ㅅ'),
        4 => (0, 'ㄴ'),
        5 => (4, 'ㅈ'),
        6 => (4, 'ㅎ'),
        7 => (0, 'ㄷ'),
        8 => (0, 'ㄹ'),
        9 => (8, 'ㄱ'),
        10 => (8, 'ㅁ'),
        11 => (8, 'ㅂ'),
        12 => (8, 'ㅅ'),
        13 => (8, 'ㅌ'),
        14 => (8, 'ㅍ'),
        15 => (8, 'ㅎ'),
        16 => (0, 'ㅁ'),
        17 => (0, 'ㅂ'),
        18 => (17, 'ㅅ'),
        19 => (0, 'ㅅ'),
        20 => (0, 'ㅆ'),
        21 => (0, 'ㅇ'),
        22 => (0, 'ㅈ'),
        23 => (0, 'ㅊ'),
        24 => (0, 'ㅋ'),
        25 => (0, 'ㅌ'),
        26 => (0, 'ㅍ'),
        _ => (0, 'ㅎ'),
    };
    char::from_u32(u - t + keep).map(|s| (s, moved))
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

#[derive(Clone, Copy, PartialEq, Eq)]
enum Atom {
    /// This character exactly.
    Char(char),
    /// A syllable with this 초성 (or the jamo itself).
    Initial(char),
}

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
        let mut patterns = Vec::new();
        if !code && !chars.is_empty() {
            let atoms: Vec<Atom> = chars
                .iter()
                .map(|&c| {
                    if is_initial_jamo(c) {
                        Atom::Initial(c)
                    } else {
                        Atom::Char(c)
                    }
                })
                .collect();
            if let Some((last, moved)) = chars.last().and_then(|&c| split_final(c)) {
                let mut split = atoms.clone();
                split.pop();
                split.push(Atom::Char(last));
                split.push(Atom::Initial(moved));
                patterns.push(split);
            }
            if atoms.iter().any(|a| matches!(a, Atom::Initial(_))) {
                patterns.push(atoms);
            }
        }
        let has_jamo = chars.iter().any(|&c| is_initial_jamo(c));
        let hangul = chars.iter().any(|&c| is_syllable(c));
        let letters = chars.iter().filter(|c| c.is_alphabetic()).count();
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
            .filter_map(|p| find_pattern(p, key))
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

/// The first position in the Korean name where the pattern matches.
fn find_pattern(pattern: &[Atom], key: &Key) -> Option<usize> {
    let n = key.ko_chars.len();
    let m = pattern.len();
    if m > n {
        return None;
    }
    (0..=n - m).find(|&start| {
        pattern.iter().enumerate().all(|(i, atom)| match *atom {
            Atom::Char(c) => key.ko_chars[start + i] == c,
            Atom::Initial(j) => key.ko_initials[start + i] == j,
        })
    })
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
