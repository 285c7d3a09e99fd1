//! The data years, compiled in from `data/years/*.toml` by `build.rs`.
//!
//! One file per year. Every value carries its `source` and `basis`. Adding a year is
//! adding a file; nothing here changes.

use crate::case::Region;
use crate::decision::{Basis, HouseholdKind, TestKind};
use crate::diseases::Group;

/// One data year.
#[derive(Debug, PartialEq, Eq)]
pub struct Dataset {
    pub year: u16,
    /// Where this year's figures come from, for the visitor.
    pub sources: &'static [&'static str],
    /// Notes the result carries for this year (e.g. 2026: obligor abolition plan).
    pub notes: &'static [YearNote],
    /// Known doubts about this year's data (recorded, not applied as rules).
    pub doubts: &'static [YearNote],
    /// 기준 중위소득, won per month.
    pub median: Median,
    /// The percentages of the median.
    pub percent: Percentages,
    /// The property-threshold formula (SPEC §2), for what no table prints.
    pub property_formula: PropertyFormula,
    /// Published threshold cells.
    pub tables: &'static [Table],
    /// The cornstarch (옥수수전분) item's disease list, from 2024.
    pub cornstarch: Option<Cornstarch>,
}

/// A note in Korean and English, with its source. `under_age`: shown only for patients
/// younger than this.
#[derive(Debug, PartialEq, Eq)]
pub struct YearNote {
    pub ko: &'static str,
    pub en: &'static str,
    pub source: &'static str,
    pub under_age: Option<u8>,
}

/// 기준 중위소득: 1 to 7 people, then an add-on for each person from the 8th.
#[derive(Debug, PartialEq, Eq)]
pub struct Median {
    pub values: &'static [i64],
    pub per_extra_person: i64,
    pub source: &'static str,
    pub basis: Basis,
}

impl Median {
    /// The median for a household of `size` (sizes below 1 count as 1).
    pub fn for_size(&self, size: u32) -> i64 {
        let size = size.max(1) as usize;
        match self.values.get(size - 1) {
            Some(v) => *v,
            None => {
                let last = self.values.len();
                let base = self.values.last().copied().unwrap_or(0);
                base + (size - last) as i64 * self.per_extra_person
            }
        }
    }
}

/// A percentage of the median (120 means 120%).
#[derive(Debug, PartialEq, Eq)]
pub struct Percent {
    pub value: u32,
    pub source: &'static str,
    pub basis: Basis,
}

/// A percentage that applies to patients younger than `below_age`.
#[derive(Debug, PartialEq, Eq)]
pub struct AgePercent {
    pub value: u32,
    pub below_age: u8,
    pub source: &'static str,
    pub basis: Basis,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Percentages {
    pub patient_rare: Percent,
    /// 2024: "성인 120%, 소아 130%".
    pub patient_rare_under_18: Option<AgePercent>,
    pub patient_four_major: Percent,
    pub obligor_rare: Percent,
    pub obligor_four_major: Percent,
}

/// An amount per region tier.
#[derive(Debug, PartialEq, Eq)]
pub struct RegionAmounts {
    pub rural: i64,
    pub mid_city: i64,
    pub metropolitan: i64,
}

impl RegionAmounts {
    pub fn get(&self, region: Region) -> i64 {
        match region {
            Region::Rural => self.rural,
            Region::MidCity => self.mid_city,
            Region::Metropolitan => self.metropolitan,
        }
    }
}

/// An exact ratio, numerator / denominator.
#[derive(Debug, PartialEq, Eq)]
pub struct Ratio {
    pub numerator: i64,
    pub denominator: i64,
}

/// SPEC §2: patient rare = median × pct ÷ 0.0417 + deduction; 4 major = that × 10/3;
/// obligor rare = median × pct ÷ 0.0417 + obligor deduction; 4 major = that × 2.4.
#[derive(Debug, PartialEq, Eq)]
pub struct PropertyFormula {
    /// 0.0417.
    pub divisor: Ratio,
    pub patient_deduction: RegionAmounts,
    pub obligor_deduction: RegionAmounts,
    /// 10/3.
    pub patient_four_major_factor: Ratio,
    /// 2.4.
    pub obligor_four_major_factor: Ratio,
    pub source: &'static str,
    /// The basis of the values this formula fills in (no published cell).
    pub basis: Basis,
}

/// Which age band a table row is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgeBand {
    Standard,
    /// The under-18 patient row, where a year has one.
    Under18,
}

/// A published row of threshold cells.
#[derive(Debug, PartialEq, Eq)]
pub struct Table {
    pub household: HouseholdKind,
    pub kind: TestKind,
    pub group: Group,
    /// Property tables only.
    pub region: Option<Region>,
    pub age_band: AgeBand,
    /// Household sizes, paired with `values`.
    pub sizes: &'static [u32],
    pub values: &'static [i64],
    pub source: &'static str,
    pub basis: Basis,
}

impl Table {
    /// The cell for a household size, if printed.
    pub fn cell(&self, size: u32) -> Option<i64> {
        self.sizes
            .iter()
            .position(|s| *s == size)
            .and_then(|i| self.values.get(i).copied())
    }
}

/// The cornstarch item's list: Korean names as on the KDCA support list.
#[derive(Debug, PartialEq, Eq)]
pub struct Cornstarch {
    pub diseases: &'static [&'static str],
    pub source: &'static str,
    pub basis: Basis,
}

mod generated {
    use super::*;
    include!(concat!(env!("OUT_DIR"), "/datasets.rs"));
}

/// The data years, sorted.
pub fn years() -> &'static [u16] {
    generated::YEARS
}

/// One year's data.
pub fn dataset(year: u16) -> Option<&'static Dataset> {
    generated::DATASETS.iter().find(|d| d.year == year)
}

/// Every data year's data, sorted by year.
pub fn datasets() -> &'static [Dataset] {
    generated::DATASETS
}
