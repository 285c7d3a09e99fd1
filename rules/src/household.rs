//! The income and property tests of the patient household and of every obligor
//! household (seed 003: "환자가구와 부양의무자가구의 소득 및 재산 기준을 만족하는 경우").

use crate::case::Case;
use crate::dataset::{Dataset, Tier};
use crate::decision::ThresholdTest;
use crate::thresholds::{multiply, ThresholdQuery};
use crate::vocab::{Basis, Group, HouseholdKind, TestKind};

/// What the tests add up to for an item that needs them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MeansOutcome {
    /// Every test passed. `on_estimate`: at least one threshold was an estimate.
    Pass { on_estimate: bool },
    /// Every test passed, but with 3 or more patients at least one passed only because
    /// the 1.5× step was compounded (our own reading: `review`).
    PassOnlyByCompounding,
    /// Some tests failed, all of them against estimated thresholds (`review`, never
    /// `unlikely`: SPEC §2).
    FailOnEstimateOnly,
    /// A test failed against a published or derived threshold.
    Fail,
}

/// One test: the value must be strictly below the threshold.
/// Seed 003 tables give the 기준 as "기준 중위소득 …% 미만": at the threshold fails.
pub fn below(value: i64, threshold: i64) -> bool {
    value < threshold
}

/// The tests, in order: patient income, patient property, then income and property of
/// each obligor household (in the case's order), each against its own household's tier
/// (`tiers`: the patient's, then each obligor's). Every threshold is multiplied by
/// 1.5^(k−1) for k rare-disease patients.
pub fn tests(
    ds: &Dataset,
    case: &Case,
    group: Group,
    tiers: &[&'static Tier],
) -> Vec<ThresholdTest> {
    let steps = case.household.rare_patients.saturating_sub(1);
    let mut out = Vec::with_capacity(2 + 2 * case.obligor_households.len());
    let mut push = |household: HouseholdKind,
                    obligor_index: Option<usize>,
                    kind: TestKind,
                    tier: &'static Tier,
                    size,
                    value: i64| {
        let q = ThresholdQuery {
            household,
            kind,
            group,
            tier,
            size,
            age: case.age,
        };
        let base = ds.threshold(&q);
        let threshold = multiply(base.value, steps);
        out.push(ThresholdTest {
            household,
            obligor_index,
            kind,
            value,
            threshold,
            passed: below(value, threshold),
            basis: base.basis,
            headroom: threshold.saturating_sub(1).saturating_sub(value),
            tier: (kind == TestKind::Property).then_some(tier.id),
            base_threshold: base.value,
            one_step_threshold: multiply(base.value, steps.min(1)),
            source: base.source,
        });
    };
    let h = &case.household;
    let tier_of = |i: usize| tiers.get(i).or(tiers.first()).copied();
    let Some(patient_tier) = tier_of(0) else {
        return out;
    };
    push(
        HouseholdKind::Patient,
        None,
        TestKind::Income,
        patient_tier,
        h.size,
        h.monthly_income,
    );
    push(
        HouseholdKind::Patient,
        None,
        TestKind::Property,
        patient_tier,
        h.size,
        h.property,
    );
    for (i, o) in case.obligor_households.iter().enumerate() {
        let tier = tier_of(i + 1).unwrap_or(patient_tier);
        push(
            HouseholdKind::Obligor,
            Some(i + 1),
            TestKind::Income,
            tier,
            o.size,
            o.monthly_income,
        );
        push(
            HouseholdKind::Obligor,
            Some(i + 1),
            TestKind::Property,
            tier,
            o.size,
            o.property,
        );
    }
    out
}

/// SPEC §2 and §1:
/// - a failure against a published or derived threshold fails for sure;
/// - failures only against estimated thresholds give `review`;
/// - with 3 or more patients, passing only thanks to compounding (failing at a single
///   1.5× step) gives `review`;
/// - passing against an estimate still passes, with a note.
pub fn outcome(tests: &[ThresholdTest], patients: u32) -> MeansOutcome {
    let failed = |t: &&ThresholdTest| !t.passed;
    if tests
        .iter()
        .filter(failed)
        .any(|t| t.basis != Basis::Estimated)
    {
        return MeansOutcome::Fail;
    }
    if tests.iter().any(|t| !t.passed) {
        return MeansOutcome::FailOnEstimateOnly;
    }
    if patients >= 3 && tests.iter().any(|t| !below(t.value, t.one_step_threshold)) {
        return MeansOutcome::PassOnlyByCompounding;
    }
    MeansOutcome::Pass {
        on_estimate: tests.iter().any(|t| t.basis == Basis::Estimated),
    }
}
