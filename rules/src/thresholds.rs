//! Income and property thresholds (SPEC §2; seed 003, 2023년도 소득재산기준).
//!
//! A threshold is a published cell where the year's data prints one; otherwise a formula
//! fills it:
//! - income = median × pct (derived);
//! - property = k × (base[tier] + 0.4 × median ÷ 0.0417), the year's property formula
//!   (estimated where no cell is printed).
//!
//! All arithmetic is exact decimal (`rust_decimal`), rounded half up once, at the end.
//! Never floats.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::dataset::{AgeBand, Dataset, Tier};
use crate::vocab::{Basis, Group, HouseholdKind, TestKind};

/// Which threshold: household kind, test kind, disease group, region tier (used by
/// property only), household size and the patient's age (for an under-18 income row).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ThresholdQuery {
    pub household: HouseholdKind,
    pub kind: TestKind,
    pub group: Group,
    pub tier: &'static Tier,
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
    /// Which age band applies to a patient-rare income threshold for a patient of `age`.
    /// 2024: "성인 120%, 소아 130%" (patients under 18).
    pub fn age_band(&self, q: &ThresholdQuery) -> AgeBand {
        match (
            &self.percent.patient_rare_under_18,
            q.household,
            q.group,
            q.kind,
        ) {
            (Some(u), HouseholdKind::Patient, Group::Rare, TestKind::Income)
                if q.age < u.below_age =>
            {
                AgeBand::Under18
            }
            _ => AgeBand::Standard,
        }
    }

    /// The percentage of the median an income threshold uses, and its basis.
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
    /// - property: k × (base[tier] + share × median ÷ divisor), with k = 3, 5, 10 or 12
    ///   for the patient-rare, obligor-rare, patient-4-major and obligor-4-major tables.
    ///   "재산기준은 일반재산 최고재산액 기준 300% 이하 산출식을 적용한 값": the
    ///   최고재산액 is the base plus what the 40% 의료급여 line is worth as property.
    ///   The income percentage does not enter it.
    pub fn formula(&self, q: &ThresholdQuery) -> Decimal {
        let median = dec(self.median.for_size(q.size));
        match q.kind {
            TestKind::Income => {
                let (pct, _) = self.percent_for(q);
                median * Decimal::from(pct) / dec(100)
            }
            TestKind::Property => {
                let p = &self.property;
                let k = Decimal::from(p.multipliers.get(q.household, q.group));
                let (sn, sd) = (
                    dec(p.median_share.numerator),
                    dec(p.median_share.denominator),
                );
                let (dn, dd) = (dec(p.divisor.numerator), dec(p.divisor.denominator));
                // base + (sn/sd) × median ÷ (dn/dd), as one fraction, so that the only
                // inexact step is the final division.
                let numerator = dec(q.tier.base) * sd * dn + sn * median * dd;
                k * numerator / (sd * dn)
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
                    && (q.kind == TestKind::Income || t.tier == Some(q.tier.id))
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
    /// estimated; property by formula takes the property formula's basis.
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
                basis: self.property.basis,
                source: self.property.source,
            },
        }
    }
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

/// The limits of `query` for households of each size in `sizes` (its own `size` aside),
/// as a case with `patients` rare-disease patients would be tested against them (the
/// 1.5× step included): for the widget's picture of the limits by household size.
pub fn by_size(
    ds: &Dataset,
    query: ThresholdQuery,
    patients: u32,
    sizes: std::ops::RangeInclusive<u32>,
) -> Vec<(u32, Threshold)> {
    sizes
        .map(|size| {
            let base = ds.threshold(&ThresholdQuery { size, ..query });
            let value = multiply(base.value, patients.saturating_sub(1));
            (size, Threshold { value, ..base })
        })
        .collect()
}
