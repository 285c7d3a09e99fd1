//! The KDCA support-disease list (1,413 entries), bundled at compile time.
//!
//! The list is `data/diseases.tsv`, written by `scripts/convert-diseases` from
//! `shared/data/kdca-support-diseases.csv`. Its first line is the provenance, its second
//! the header; each further line is one disease, `korean<TAB>english<TAB>kcd<TAB>vcode`,
//! in the CSV's order, with the text exactly as published. It is parsed once, lazily,
//! into entries that borrow from the bundled string.

use std::sync::OnceLock;

/// The converted list, as bundled (`build.rs` copies it; the widget's build leaves out
/// the provenance line).
pub const RAW: &str = include_str!(concat!(env!("OUT_DIR"), "/diseases.tsv"));

/// The provenance line written by the conversion script (without its leading `# `):
/// source page, upstream repository and commit, SHA-256 of the input CSV, row count.
pub const PROVENANCE: &str = provenance(RAW);

const fn provenance(raw: &str) -> &str {
    let bytes = raw.as_bytes();
    let mut end = 0;
    while end < bytes.len() && bytes[end] != b'\n' {
        end += 1;
    }
    let (line, _) = bytes.split_at(end);
    let (hash, text) = line.split_at(2);
    assert!(
        hash[0] == b'#' && hash[1] == b' ',
        "diseases.tsv must start with '# '"
    );
    match std::str::from_utf8(text) {
        Ok(s) => s,
        Err(_) => panic!("diseases.tsv is not UTF-8"),
    }
}

/// One entry of the support-disease list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Disease {
    /// The Korean name, exactly as listed.
    pub korean: &'static str,
    /// The English name, exactly as listed.
    pub english: &'static str,
    /// The KCD code, such as `E75.2`; `""` where the list has none.
    pub kcd: &'static str,
    /// The 산정특례 special code, such as `V117`.
    pub vcode: &'static str,
}

pub use crate::vocab::Group;

// Seed 003: "4대 질환 : 혈우병(D66~D68.2), 고쉐병(E75.2), 파브리(-앤더슨)병(E75.2),
// 뮤코다당증(E76.0~E76.2)". E75.2 also covers Niemann-Pick, Krabbe and others, which are
// ordinary rare diseases, so E75.2 counts only for the two named diseases.
const HEMOPHILIA_CODES: [&str; 5] = ["D66", "D67", "D68.0", "D68.1", "D68.2"];
const MPS_CODES: [&str; 3] = ["E76.0", "E76.1", "E76.2"];
const E75_2_FOUR_MAJOR: [&str; 2] = ["고쉐병", "파브리(-앤더슨)병"];

/// True when `kcd` is one of `codes` or a sub-code of one (`D68.2` covers `D68.20`).
fn in_codes(kcd: &str, codes: &[&str]) -> bool {
    codes.iter().any(|code| match kcd.strip_prefix(code) {
        None => false,
        Some("") => true,
        // "D66" covers "D66.x"; "D68.2" covers "D68.2x".
        Some(rest) if code.contains('.') => rest.bytes().all(|b| b.is_ascii_digit()),
        Some(rest) => rest.starts_with('.'),
    })
}

impl Disease {
    /// The 4-major group is decided by code: D66–D68.2 and E76.0–E76.2, and E75.2 only
    /// for 고쉐병 and 파브리(-앤더슨)병. Everything else is an ordinary rare disease.
    pub fn group(&self) -> Group {
        let e75_2 = in_codes(self.kcd, &["E75.2"]) && E75_2_FOUR_MAJOR.contains(&self.korean);
        if self.is_hemophilia() || in_codes(self.kcd, &MPS_CODES) || e75_2 {
            Group::FourMajor
        } else {
            Group::Rare
        }
    }

    /// Haemophilia: a KCD code in D66–D68.2. The `hemophilia` case fields count only then.
    pub fn is_hemophilia(&self) -> bool {
        in_codes(self.kcd, &HEMOPHILIA_CODES)
    }
}

fn parse(raw: &'static str) -> Vec<Disease> {
    raw.lines()
        .skip(2) // provenance, header
        .filter(|line| !line.is_empty())
        .map(|line| {
            let mut f = line.split('\t');
            let mut next = || {
                f.next()
                    .expect("diseases.tsv: a row has fewer than 4 fields")
            };
            Disease {
                korean: next(),
                english: next(),
                kcd: next(),
                vcode: next(),
            }
        })
        .collect()
}

/// All 1,413 entries, in the CSV's order.
pub fn list() -> &'static [Disease] {
    static LIST: OnceLock<Vec<Disease>> = OnceLock::new();
    LIST.get_or_init(|| parse(RAW))
}

/// The disease as a case resolves it (an ambiguous code is an input error before this).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiseaseMatch {
    /// One or more list entries, all in one group.
    Listed(Vec<&'static Disease>),
    /// Not on the bundled list (which may be out of date).
    NotListed,
}

impl DiseaseMatch {
    /// True when the disease is listed and every matching entry satisfies `f`.
    pub fn all(&self, f: impl Fn(&Disease) -> bool) -> bool {
        match self {
            DiseaseMatch::Listed(ds) => !ds.is_empty() && ds.iter().all(|d| f(d)),
            DiseaseMatch::NotListed => false,
        }
    }

    /// The KCD codes of the matching entries.
    pub fn kcd(&self) -> Vec<&'static str> {
        match self {
            DiseaseMatch::Listed(ds) => ds.iter().map(|d| d.kcd).collect(),
            DiseaseMatch::NotListed => Vec::new(),
        }
    }

    /// Which thresholds apply: "4대 질환" by group; a disease not on the list uses the
    /// ordinary ones.
    pub fn group(&self) -> Group {
        match self {
            DiseaseMatch::Listed(entries) => entries.first().map_or(Group::Rare, |d| d.group()),
            DiseaseMatch::NotListed => Group::Rare,
        }
    }

    /// Haemophilia (D66–D68.2): the haemophilia answers count only then.
    pub fn is_hemophilia(&self) -> bool {
        self.all(Disease::is_hemophilia)
    }

    /// 만성신장병 (N18): the dialysis-supplies item.
    pub fn is_ckd(&self) -> bool {
        self.all(|d| d.kcd.starts_with("N18"))
    }
}

impl Lookup {
    /// The lookup as a case uses it; `None` for a code that spans both groups.
    pub fn matched(&self) -> Option<DiseaseMatch> {
        match self {
            Lookup::Found(entries) => Some(DiseaseMatch::Listed(entries.clone())),
            Lookup::NotListed => Some(DiseaseMatch::NotListed),
            Lookup::Ambiguous(_) => None,
        }
    }
}

/// What a `disease` input (SPEC §4) resolves to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Lookup {
    /// One or more entries, all in one group (several when a name or code is shared).
    Found(Vec<&'static Disease>),
    /// A code whose entries span both groups (E75.2, V117): the visitor must pick a name.
    Ambiguous(Vec<&'static Disease>),
    /// Not on the bundled list (which may be out of date).
    NotListed,
}

/// A code in canonical comparable form: ASCII upper case, without dots or spaces.
fn code_key(code: &str) -> String {
    code.chars()
        .filter(|c| *c != '.' && !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// Resolve a `disease` input: a Korean name exactly as listed (surrounding whitespace
/// trimmed), a KCD code (case-insensitive, the dot optional: `e752` = `E75.2`) or a V-code.
pub fn lookup(input: &str) -> Lookup {
    let input = input.trim();
    if input.is_empty() {
        return Lookup::NotListed;
    }
    let by_name: Vec<&'static Disease> = list().iter().filter(|d| d.korean == input).collect();
    if !by_name.is_empty() {
        return Lookup::Found(by_name);
    }
    let key = code_key(input);
    let by_code: Vec<&'static Disease> = list()
        .iter()
        .filter(|d| (!d.kcd.is_empty() && code_key(d.kcd) == key) || code_key(d.vcode) == key)
        .collect();
    match by_code.first() {
        None => Lookup::NotListed,
        Some(first) => {
            let group = first.group();
            if by_code.iter().all(|d| d.group() == group) {
                Lookup::Found(by_code)
            } else {
                Lookup::Ambiguous(by_code)
            }
        }
    }
}
