//! Text matching shared by the disease finder ([`crate::search`]) and the place finder
//! ([`crate::places`]).
//!
//! A query and every name go through the same normalisation: lower case, and the
//! separators people type inconsistently are dropped (spaces, brackets, middle dots,
//! hyphens, commas, dots, slashes, tildes, straight and curly apostrophes). Roman numeral
//! characters become letters (`Ⅱ` → `ii`), subscripts become digits (`GM₂` → `gm2`),
//! full-width ASCII becomes ASCII, and common accented and Greek letters are spelled out
//! (`é` → `e`, `β` → `beta`).
//!
//! A query with Korean initial consonants (초성) in it, or whose last syllable may still be
//! being composed by the IME, becomes [`Atom`] patterns, matched against a name's
//! characters and their initials.

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
        // Anything else is kept as it is: the letters the lists use are mapped above, and
        // Unicode's full case tables would cost the download more than they find.
        _ => {
            out.push(c);
            return;
        }
    };
    out.push_str(s);
}

/// The normalised text, and the byte offsets where its words started.
pub(crate) fn normalise(text: &str) -> (String, Vec<usize>) {
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
pub(crate) fn initial(c: char) -> char {
    let u = c as u32;
    if (SYLLABLE_FIRST..=SYLLABLE_LAST).contains(&u) {
        CHOSEONG[((u - SYLLABLE_FIRST) / 588) as usize]
    } else {
        c
    }
}

pub(crate) fn is_initial_jamo(c: char) -> bool {
    CHOSEONG.contains(&c)
}

pub(crate) fn is_syllable(c: char) -> bool {
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
// 초성 patterns

/// One position of a pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Atom {
    /// This character exactly.
    Char(char),
    /// A syllable with this 초성 (or the jamo itself).
    Initial(char),
}

/// The 초성 patterns of a normalised query: the query with its last syllable's final split
/// off (`곳` → `고` + `ㅅ`), and the query as typed when it has initials in it (`ㄱㅅ`,
/// `고ㅅ`). None for a query with neither.
pub(crate) fn initials_patterns(chars: &[char]) -> Vec<Vec<Atom>> {
    let mut patterns = Vec::new();
    if chars.is_empty() {
        return patterns;
    }
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
    patterns
}

/// Whether the pattern matches the name at `start` (`chars` are the name's normalised
/// characters, `initials` their 초성, one for one).
pub(crate) fn matches_at(
    pattern: &[Atom],
    chars: &[char],
    initials: &[char],
    start: usize,
) -> bool {
    start
        .checked_add(pattern.len())
        .is_some_and(|end| end <= chars.len() && end <= initials.len())
        && pattern.iter().enumerate().all(|(i, atom)| match *atom {
            Atom::Char(c) => chars[start + i] == c,
            Atom::Initial(j) => initials[start + i] == j,
        })
}

/// The first position in the name where the pattern matches.
pub(crate) fn find_pattern(pattern: &[Atom], chars: &[char], initials: &[char]) -> Option<usize> {
    let m = pattern.len();
    let n = chars.len().min(initials.len());
    if m > n {
        return None;
    }
    (0..=n - m).find(|&start| matches_at(pattern, chars, initials, start))
}

/// Ranks hits best first: by how they matched (`kind`, its place in the finder's order),
/// then by `edits`, then by position in the list. Returns the best `limit` as (kind,
/// index) pairs, and how many hits there were. Each hit is packed into one `u64`, and
/// only the best `limit` are kept in order as they come: both finders share this one
/// small piece of code, with no general sort in the download.
pub(crate) fn rank(
    hits: impl Iterator<Item = (u8, usize, usize)>,
    limit: usize,
) -> (Vec<(u8, usize)>, usize) {
    let mut best: Vec<u64> = Vec::new();
    let mut total = 0;
    for (kind, edits, index) in hits {
        total += 1;
        let packed = (kind as u64) << 56 | (edits.min(0xff_ffff) as u64) << 32 | index as u64;
        let at = best.partition_point(|&b| b < packed);
        if at < limit {
            best.insert(at, packed);
            best.truncate(limit);
        }
    }
    let best = best
        .into_iter()
        .map(|p| ((p >> 56) as u8, (p & 0xffff_ffff) as usize))
        .collect();
    (best, total)
}
