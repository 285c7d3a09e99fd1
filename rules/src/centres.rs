//! The regional rare-disease expert centres (희귀질환 전문기관, seed 000), by 권역: which
//! centres serve the 시·도 a household lives in. Compiled in from `data/centres.toml`,
//! whose period (2024–2026) travels with the list, so a new period is a data change.

use crate::vocab::Lang;

/// A 권역 and its centres.
#[derive(Debug, PartialEq, Eq)]
pub struct Region {
    pub ko: &'static str,
    pub en: &'static str,
    pub sido: &'static [&'static str],
    pub centres: &'static [&'static str],
}

/// A 시·도 without a centre of its own, and the 권역 nearest to it.
#[derive(Debug, PartialEq, Eq)]
pub struct Nearest {
    pub sido: &'static str,
    pub regions: &'static [&'static str],
    pub ko: &'static str,
    pub en: &'static str,
}

impl Region {
    pub fn text(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ko => self.ko,
            Lang::En => self.en,
        }
    }
}

impl Nearest {
    pub fn text(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ko => self.ko,
            Lang::En => self.en,
        }
    }
}

mod generated {
    use super::*;
    include!(concat!(env!("OUT_DIR"), "/centres.rs"));
}

/// The years the list was designated for.
pub fn period() -> (u16, u16) {
    generated::PERIOD
}

pub fn sources() -> &'static [&'static str] {
    generated::SOURCES
}

pub fn regions() -> &'static [Region] {
    generated::REGIONS
}

/// The centres for a household in `sido`: its 권역's, or the nearest ones with a note
/// that says so.
#[derive(Debug, PartialEq, Eq)]
pub struct ForPlace {
    pub regions: Vec<&'static Region>,
    pub nearest: Option<&'static Nearest>,
}

impl ForPlace {
    /// Every centre's name, in 권역 order.
    pub fn names(&self) -> Vec<&'static str> {
        self.regions
            .iter()
            .flat_map(|r| r.centres.iter().copied())
            .collect()
    }
}

pub fn for_sido(sido: &str) -> ForPlace {
    if let Some(n) = generated::NEAREST.iter().find(|n| n.sido == sido) {
        return ForPlace {
            regions: regions()
                .iter()
                .filter(|r| n.regions.contains(&r.ko))
                .collect(),
            nearest: Some(n),
        };
    }
    ForPlace {
        regions: regions()
            .iter()
            .filter(|r| r.sido.contains(&sido))
            .collect(),
        nearest: None,
    }
}
