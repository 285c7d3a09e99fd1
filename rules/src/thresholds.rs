//! Income and property thresholds (SPEC §2; seed 003, 2023년도 소득재산기준).
//!
//! A threshold is a published cell where the year's data prints one; otherwise the
//! formula fills it: income = median × pct (derived), property = SPEC §2's formula
//! (with the year's `property_formula.basis`, estimated). All arithmetic is exact
//! decimal (`rust_decimal`), rounded half up once, at the end. Never floats.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::case::Region;
use crate::dataset::{dataset, AgeBand, Dataset};
use crate::decision::{Basis, HouseholdKind, TestKind};
use crate::diseases::Group;

/// Which threshold: household kind, test kind, disease group, region tier (property
/// only), household size and the patient's age (for an under-18 row).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ThresholdQuery {
    pub household: HouseholdKind,
    pub kind: TestKind,
    pub group: Group,
    pub region: Region,
    pub size: u32,
    pub age: u8,
}

/// A threshold in won, with where it comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Threshold {
    pub value: i64,
    pub basis: Basis,
    pub source: &'static str,
}

/// Round half up to whole won ("Round half up to whole won", SPEC §2). Thresholds are
/// positive, so away from zero is up.
pub fn round_half_up(x: Decimal) -> i64 {
    let r = x.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
    i64::try_from(r).unwrap_or(i64::MAX)
}

fn dec(x: i64) -> Decimal {
    Decimal::from(x)
}

impl Dataset {
    /// Which age band applies to a patient-rare threshold for a patient of `age`.
    /// 2024: "성인 120%, 소아 130%" (patients under 18). The under-18 row is for the
    /// ordinary rare-disease patient threshold only.
    pub fn age_band(&self, q: &ThresholdQuery) -> AgeBand {
        match (&self.percent.patient_rare_under_18, q.household, q.group) {
            (Some(u), HouseholdKind::Patient, Group::Rare) if q.age < u.below_age => {
                AgeBand::Under18
            }
            _ => AgeBand::Standard,
        }
    }

    /// The percentage of the median this threshold uses, and that percentage's basis.
    pub fn percent_for(&self, q: &ThresholdQuery) -> (u32, Basis) {
        let p = &self.percent;
        if let (AgeBand::Under18, Some(u)) = (self.age_band(q), &p.patient_rare_under_18) {
            return (u.value, u.basis);
        }
        let pct = match (q.household, q.group) {
            (HouseholdKind::Patient, Group::Rare) => &p.patient_rare,
            (HouseholdKind::Patient, Group::FourMajor) => &p.patient_four_major,
            (HouseholdKind::Obligor, Group::Rare) => &p.obligor_rare,
            (HouseholdKind::Obligor, Group::FourMajor) => &p.obligor_four_major,
        };
        (pct.value, pct.basis)
    }

    /// SPEC §2, by the formula, at full precision (not rounded):
    /// - income: median × pct;
    /// - patient, rare: median × pct ÷ 0.0417 + 87 / 102 / 162 M (2023 deductions);
    /// - patient, 4 major: the patient-rare value × 10/3;
    /// - obligor, rare: median × pct ÷ 0.0417 + 145 / 170 / 270 M;
    /// - obligor, 4 major: the obligor-rare value × 2.4.
    ///
    /// The 4-major property values build on the *rare* percentage (the 2023 tables
    /// reproduce only that way: 539,318,177 = (2,077,892 × 1.2 ÷ 0.0417 + 102 M) × 10/3).
    pub fn formula(&self, q: &ThresholdQuery) -> Decimal {
        let median = dec(self.median.for_size(q.size));
        let hundred = dec(100);
        match q.kind {
            TestKind::Income => {
                let (pct, _) = self.percent_for(q);
                median * Decimal::from(pct) / hundred
            }
            TestKind::Property => {
                let f = &self.property_formula;
                let rare = ThresholdQuery {
                    group: Group::Rare,
                    ..*q
                };
                let (pct, deduction, factor) = match (q.household, q.group) {
                    (HouseholdKind::Patient, Group::Rare) => (
                        self.percent_for(q).0,
                        f.patient_deduction.get(q.region),
                        None,
                    ),
                    (HouseholdKind::Patient, Group::FourMajor) => (
                        // The patient-rare value, adult row.
                        self.percent.patient_rare.value,
                        f.patient_deduction.get(q.region),
                        Some(&f.patient_four_major_factor),
                    ),
                    (HouseholdKind::Obligor, _) => (
                        self.percent_for(&rare).0,
                        f.obligor_deduction.get(q.region),
                        (q.group == Group::FourMajor).then_some(&f.obligor_four_major_factor),
                    ),
                };
                // median × (pct / 100) ÷ (n / d) + deduction, as one fraction:
                // (median × pct × d + deduction × 100 × n) / (100 × n) [× fn / fd].
                let (n, d) = (dec(f.divisor.numerator), dec(f.divisor.denominator));
                let mut num = median * Decimal::from(pct) * d + dec(deduction) * hundred * n;
                let mut den = hundred * n;
                if let Some(r) = factor {
                    num *= dec(r.numerator);
                    den *= dec(r.denominator);
                }
                num / den
            }
        }
    }

    /// The formula's value, rounded half up to whole won.
    pub fn formula_value(&self, q: &ThresholdQuery) -> i64 {
        round_half_up(self.formula(q))
    }

    /// The published cell for this threshold, if the year's data prints one.
    pub fn published(&self, q: &ThresholdQuery) -> Option<Threshold> {
        let band = self.age_band(q);
        self.tables
            .iter()
            .filter(|t| {
                t.household == q.household
                    && t.kind == q.kind
                    && t.group == q.group
                    && t.age_band == band
                    && (q.kind == TestKind::Income || t.region == Some(q.region))
            })
            .find_map(|t| {
                t.cell(q.size).map(|value| Threshold {
                    value,
                    basis: t.basis,
                    source: t.source,
                })
            })
    }

    /// The threshold: the published cell if there is one, else the formula. Income by
    /// formula is `derived` (median × a published percentage) unless an input is itself
    /// estimated; property by formula takes the formula's basis.
    pub fn threshold(&self, q: &ThresholdQuery) -> Threshold {
        if let Some(t) = self.published(q) {
            return t;
        }
        let value = self.formula_value(q);
        match q.kind {
            TestKind::Income => {
                let (_, pct_basis) = self.percent_for(q);
                let estimated =
                    pct_basis == Basis::Estimated || self.median.basis == Basis::Estimated;
                Threshold {
                    value,
                    basis: if estimated {
                        Basis::Estimated
                    } else {
                        Basis::Derived
                    },
                    source: "기준 중위소득 × 비율 (SPEC §2)",
                }
            }
            TestKind::Property => Threshold {
                value,
                basis: self.property_formula.basis,
                source: self.property_formula.source,
            },
        }
    }
}

/// The threshold for a year, household kind, test kind, group, region, size and age,
/// with its basis; `None` when the year has no data.
pub fn threshold(
    year: u16,
    household: HouseholdKind,
    kind: TestKind,
    group: Group,
    region: Region,
    size: u32,
    age: u8,
) -> Option<Threshold> {
    let q = ThresholdQuery {
        household,
        kind,
        group,
        region,
        size,
        age,
    };
    dataset(year).map(|d| d.threshold(&q))
}

/// Seed 003: "환자가구에 희귀질환자가 2인 이상인 경우 희귀질환자 추가 1인당 소득·재산기준을
/// 1.5배 적용". With k patients the threshold is multiplied by 1.5^(k−1) (compounded,
/// SPEC §1), and rounded half up once. `steps` is k − 1.
pub fn multiply(threshold: i64, steps: u32) -> i64 {
    if steps == 0 {
        return threshold;
    }
    // 1.5^s = 3^s / 2^s; for s ≤ 29 and thresholds up to ~10^10 this stays well inside
    // Decimal's 28 digits, and the one division is exact to far below half a won.
    let steps = steps.min(40);
    let mut num = dec(threshold);
    let mut den = Decimal::ONE;
    for _ in 0..steps {
        match (num.checked_mul(dec(3)), den.checked_mul(dec(2))) {
            (Some(n), Some(d)) => {
                num = n;
                den = d;
            }
            _ => return i64::MAX,
        }
    }
    round_half_up(num / den)
}
