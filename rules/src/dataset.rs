//! The data years, compiled in from `data/years/*.toml` by `build.rs`.
//!
//! One file per year. Every value carries its `source` (and, for thresholds, a `basis`).
//! Adding a year is adding a file; nothing here changes.

use crate::vocab::{Basis, Group, HouseholdKind, Item, PlaceKind, TestKind, Town};

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
    /// The percentages of the median for the income tests.
    pub percent: Percentages,
    /// How many diseases each list had, by item: the co-payment's is the main support
    /// list, the others their own sub-lists.
    pub lists: &'static [(Item, Count)],
    /// What the items pay.
    pub amounts: Amounts,
    /// The property-threshold formula and its region tiers (SPEC §2).
    pub property: Property,
    /// Published threshold cells.
    pub tables: &'static [Table],
    /// The cornstarch (옥수수전분) item, from 2024.
    pub cornstarch: Option<Cornstarch>,
    /// Which rules apply this year: a rule the government starts or ends is a change of
    /// data, and the code asks these flags (SPEC §2, "Rules that start and stop").
    pub rules: YearRules,
    /// Set while the year's own guideline is not out: what is carried from an earlier
    /// year, and how the result says so.
    pub provisional: Option<Provisional>,
}

/// The rules in effect in a year.
#[derive(Debug, PartialEq, Eq)]
pub struct YearRules {
    /// 부양의무자 기준: the obligor households' income and property are tested.
    pub obligor_test: RuleState,
    /// The support items that exist this year, in the rules' order.
    pub items: &'static [Item],
    /// Since when, and on what source, the list of items holds.
    pub items_from: &'static str,
    pub items_source: &'static str,
}

/// Whether a rule applies, since when (`YYYY-MM-DD`) and on what source, with a note for
/// the visitor where the year file gives one (a doubt, an announced change).
#[derive(Debug, PartialEq, Eq)]
pub struct RuleState {
    pub applies: bool,
    pub from: &'static str,
    pub source: &'static str,
    pub note: Option<YearNote>,
}

/// A year carried forward in part: its `parts` (percent, lists, amounts, property,
/// rules, cornstarch) are `carried_from`'s until the year's own guideline appears.
#[derive(Debug, PartialEq, Eq)]
pub struct Provisional {
    pub carried_from: u16,
    pub parts: &'static [&'static str],
    /// What the result says beside its verdict.
    pub ko: &'static str,
    pub en: &'static str,
    pub source: &'static str,
}

impl Provisional {
    pub fn text(&self, lang: crate::vocab::Lang) -> &'static str {
        match lang {
            crate::vocab::Lang::Ko => self.ko,
            crate::vocab::Lang::En => self.en,
        }
    }
}

impl Dataset {
    /// Whether the obligor households are tested this year.
    pub fn obligor_test(&self) -> bool {
        self.rules.obligor_test.applies
    }

    /// How many diseases the item's list had this year, if the item has a list.
    pub fn list(&self, item: Item) -> Option<&Count> {
        self.lists.iter().find(|(i, _)| *i == item).map(|(_, c)| c)
    }

    /// Whether the item exists this year.
    pub fn has_item(&self, item: Item) -> bool {
        self.rules.items.contains(&item)
    }
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

/// How many diseases a list had; `None` where no source for the year was found.
#[derive(Debug, PartialEq, Eq)]
pub struct Count {
    pub count: Option<u32>,
    pub source: &'static str,
}

/// An amount the programme pays, with its source.
#[derive(Debug, PartialEq, Eq)]
pub struct Amount {
    pub won: i64,
    pub source: &'static str,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Amounts {
    pub caregiving_monthly: Amount,
    pub special_formula_yearly: Amount,
    pub low_protein_rice_yearly: Amount,
}

/// An exact ratio, numerator / denominator.
#[derive(Debug, PartialEq, Eq)]
pub struct Ratio {
    pub numerator: i64,
    pub denominator: i64,
}

/// SPEC §2: threshold = k × (base[tier] + median_share × median ÷ divisor).
#[derive(Debug, PartialEq, Eq)]
pub struct Property {
    /// 0.0417: the monthly rate that turns property into income (소득환산율).
    pub divisor: Ratio,
    /// 0.4: the 의료급여 선정기준 as a share of the median.
    pub median_share: Ratio,
    /// k for each table.
    pub multipliers: Multipliers,
    /// The region tiers, in matching order; the last takes every other place.
    pub tiers: &'static [Tier],
    pub source: &'static str,
    /// The basis of the values this formula fills in (no published cell).
    pub basis: Basis,
}

/// The multiple of the 일반재산 최고재산액 each table uses.
#[derive(Debug, PartialEq, Eq)]
pub struct Multipliers {
    pub patient_rare: u32,
    pub obligor_rare: u32,
    pub patient_four_major: u32,
    pub obligor_four_major: u32,
    pub source: &'static str,
}

impl Multipliers {
    pub fn get(&self, household: HouseholdKind, group: Group) -> u32 {
        match (household, group) {
            (HouseholdKind::Patient, Group::Rare) => self.patient_rare,
            (HouseholdKind::Patient, Group::FourMajor) => self.patient_four_major,
            (HouseholdKind::Obligor, Group::Rare) => self.obligor_rare,
            (HouseholdKind::Obligor, Group::FourMajor) => self.obligor_four_major,
        }
    }
}

/// A region tier of the property test, with its base (기본재산액).
#[derive(Debug, PartialEq, Eq)]
pub struct Tier {
    /// The tier as the case JSON's `region` spells it.
    pub id: &'static str,
    pub ko: &'static str,
    pub en: &'static str,
    pub base: i64,
    pub source: &'static str,
    /// The places this tier covers; empty for the last tier, which takes the rest.
    pub matches: &'static [Selector],
}

impl Tier {
    pub fn text(&self, lang: crate::vocab::Lang) -> &'static str {
        match lang {
            crate::vocab::Lang::Ko => self.ko,
            crate::vocab::Lang::En => self.en,
        }
    }
}

/// Which places a tier covers: every given condition must hold. `places` are full
/// names; an entry covers the place and its 일반구 ("경상남도 창원시" covers
/// "경상남도 창원시 의창구").
#[derive(Debug, PartialEq, Eq)]
pub struct Selector {
    /// 시·도 of today, or former ones: "광주광역시" covers the 5 구 that were in it before
    /// 전남광주통합특별시 (see [`PlaceFacts::former_sido`]).
    pub sido: &'static [&'static str],
    pub places: &'static [&'static str],
    pub kinds: &'static [PlaceKind],
    pub town: Option<Town>,
    /// A known doubt about this match, shown to visitors it applies to.
    pub doubt: Option<YearNote>,
}

/// What the tiers need to know about a place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlaceFacts<'a> {
    pub sido: &'a str,
    /// The 시·도 the place was in that are no longer 시·도 ("광주광역시" for
    /// 전남광주통합특별시 북구): a year file written before a rename or merger names them,
    /// and its tiers keep covering the place. A 시·도 that still exists is not one
    /// (경상북도 for 대구광역시 군위군): a selector naming it means today's.
    pub former_sido: &'a [&'a str],
    /// "경기도 과천시", "세종특별자치시".
    pub full_name: &'a str,
    pub kind: PlaceKind,
}

impl Selector {
    /// Whether the selector covers the place, leaving the town aside.
    fn covers(&self, place: PlaceFacts) -> bool {
        (self.sido.is_empty()
            || self.sido.contains(&place.sido)
            || place.former_sido.iter().any(|s| self.sido.contains(s)))
            && (self.kinds.is_empty() || self.kinds.contains(&place.kind))
            && (self.places.is_empty()
                || self.places.iter().any(|p| {
                    place.full_name == *p
                        || place
                            .full_name
                            .strip_prefix(p)
                            .is_some_and(|rest| rest.starts_with(' '))
                }))
    }
}

/// The tier a place falls in, and the doubt that came with the match, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TierMatch {
    pub tier: &'static Tier,
    pub doubt: Option<&'static YearNote>,
}

impl Property {
    /// The tier with this id, if the year has it.
    pub fn tier(&self, id: &str) -> Option<&'static Tier> {
        self.tiers.iter().find(|t| t.id == id)
    }

    /// Whether this year's tiers tell the place's 동 from its 읍·면 (2023: a 도농복합시).
    pub fn needs_town(&self, place: PlaceFacts) -> bool {
        self.tiers
            .iter()
            .flat_map(|t| t.matches)
            .any(|s| s.town.is_some() && s.covers(place))
    }

    /// The tier of a place: the first tier with a covering selector (whose town, if it
    /// names one, is the household's), else the last tier.
    pub fn tier_of(&self, place: PlaceFacts, town: Option<Town>) -> TierMatch {
        for tier in self.tiers {
            for s in tier.matches {
                if s.covers(place) && (s.town.is_none() || s.town == town) {
                    return TierMatch {
                        tier,
                        doubt: s.doubt.as_ref(),
                    };
                }
            }
        }
        let tier = self
            .tiers
            .last()
            .expect("build.rs: every year has a last tier");
        TierMatch { tier, doubt: None }
    }
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
    /// Property tables only: the tier id.
    pub tier: Option<&'static str>,
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

/// The cornstarch item: its disease list (Korean names as on the KDCA support list) and
/// its yearly cap.
#[derive(Debug, PartialEq, Eq)]
pub struct Cornstarch {
    pub diseases: &'static [&'static str],
    pub yearly_cap: Amount,
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

/// The newest data year: the widget's default.
pub fn newest() -> u16 {
    *years().last().expect("build.rs: at least one data year")
}

/// The data year a visitor gets on a date in `year` (Asia/Seoul; SPEC §2, "Which year a
/// visitor gets"): that year's data, or, past the newest bundled year, the newest with
/// `out_of_date` set so the widget can say the figures may be old. A year before the
/// oldest (a device clock set wrong) gets the oldest; a gap gets the year before it.
/// The command line never asks: its case names the year.
pub fn year_on(year: u16) -> YearOn {
    let years = years();
    let newest = newest();
    if year > newest {
        return YearOn {
            year: newest,
            out_of_date: true,
        };
    }
    let year = years
        .iter()
        .rev()
        .find(|y| **y <= year)
        .or(years.first())
        .copied()
        .unwrap_or(newest);
    YearOn {
        year,
        out_of_date: false,
    }
}

/// What [`year_on`] chose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearOn {
    pub year: u16,
    /// The date is past the newest bundled year.
    pub out_of_date: bool,
}

/// One year's data.
pub fn dataset(year: u16) -> Option<&'static Dataset> {
    generated::DATASETS.iter().find(|d| d.year == year)
}

/// Every data year's data, sorted by year.
pub fn datasets() -> &'static [Dataset] {
    generated::DATASETS
}
