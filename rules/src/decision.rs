//! The decision: what the rules say about a case (SPEC §4, "Decision").
//!
//! It serialises exactly to SPEC §4's decision JSON. Reasons, documents and notes are
//! typed; they render in Korean (`Display`) or English (`text(Lang::En)`), and the JSON
//! carries the Korean text.

use serde::Serialize;

use crate::assumptions::Assumption;
use crate::dataset::Dataset;
use crate::documents::Document;
use crate::notes::Note;
use crate::reasons::{self, Payout, Reason};
use crate::thresholds::{self, ThresholdQuery};
use crate::vocab::{Basis, Group, HouseholdKind, Item, Lang, TestKind, Verdict};

/// One income or property test of one household: the value must be strictly below
/// (미만) the threshold.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ThresholdTest {
    pub household: HouseholdKind,
    /// For obligor households, which one (1-based, in the case's order).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub obligor_index: Option<usize>,
    pub kind: TestKind,
    /// The household's figure, won (per month for income).
    pub value: i64,
    /// The threshold applied, won, after the multi-patient multiplier.
    pub threshold: i64,
    /// `value < threshold`.
    pub passed: bool,
    pub basis: Basis,
    /// How much the value could rise and still pass: threshold − 1 − value. Negative
    /// when the test fails (−headroom is how far over it is).
    pub headroom: i64,
    /// Property tests: the region tier used (a `region` value of the case's year).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tier: Option<&'static str>,
    /// The threshold before the multi-patient multiplier (equal to `threshold` for one
    /// patient). Not in the JSON.
    #[serde(skip)]
    pub base_threshold: i64,
    /// The threshold at the single 1.5× step (for two or more patients); equal to
    /// `threshold` for one or two patients. Not in the JSON.
    #[serde(skip)]
    pub one_step_threshold: i64,
    /// Where the threshold comes from. Not in the JSON.
    #[serde(skip)]
    pub source: &'static str,
}

/// The verdict for one item, with its reasons.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ItemDecision {
    pub item: Item,
    pub verdict: Verdict,
    pub reasons: Vec<Reason>,
}

/// Everything the rules say about one case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Decision {
    pub overall: Verdict,
    pub items: Vec<ItemDecision>,
    pub tests: Vec<ThresholdTest>,
    pub online_application: bool,
    pub documents: Vec<Document>,
    pub notes: Vec<Note>,
    /// What the verdict assumed: the family unanswered, estimated property limits, a
    /// provisional year. The widget shows them beside the verdict.
    pub assumptions: Vec<Assumption>,
    /// The regional rare-disease expert centres for the patient household's place (its
    /// 권역's, or the nearest); empty when the case names no place.
    pub centres: Vec<&'static str>,
    /// The data year the decision used. Not in the JSON.
    #[serde(skip)]
    pub year: u16,
    /// What the patient household's limits depend on, when it was tested. Not in the
    /// JSON.
    #[serde(skip)]
    pub patient: Option<PatientLimits>,
}

/// What the patient household's limits depend on besides its size: for the limits of
/// households of other sizes ([`Decision::limits_by_size`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PatientLimits {
    pub group: Group,
    /// The tier's id in the decision's year.
    pub tier: &'static str,
    pub age: u8,
    pub patients: u32,
    /// The patient household's own size.
    pub size: u32,
}

impl Decision {
    /// The decision for one item, if the year has it.
    pub fn item(&self, item: Item) -> Option<&ItemDecision> {
        self.items.iter().find(|d| d.item == item)
    }

    /// The verdict for one item, if the year has it.
    pub fn verdict(&self, item: Item) -> Option<Verdict> {
        self.item(item).map(|d| d.verdict)
    }

    /// The year's data the decision used.
    pub fn dataset(&self) -> &'static Dataset {
        crate::dataset::dataset(self.year).expect("a decision is made for a data year")
    }

    /// What `item` pays in the decision's year ("월 30만원").
    pub fn payout(&self, item: Item) -> Payout {
        Payout::of(item, self.dataset())
    }

    /// What `item` needs, in one line, for a visitor who has not asked about it.
    pub fn requirements(&self, item: Item, lang: Lang) -> String {
        reasons::needs(item, self.dataset(), lang)
    }

    /// The patient household's `kind` limit for households of each size in `sizes`, as
    /// this case would be tested against them (its tier, disease group, age and the
    /// 1.5× step for its patients); empty when the patient household was not tested.
    pub fn limits_by_size(
        &self,
        kind: TestKind,
        sizes: std::ops::RangeInclusive<u32>,
    ) -> Vec<(u32, i64)> {
        let ds = self.dataset();
        let Some((p, tier)) = self
            .patient
            .and_then(|p| Some((p, ds.property.tier(p.tier)?)))
        else {
            return Vec::new();
        };
        let query = ThresholdQuery {
            household: HouseholdKind::Patient,
            kind,
            group: p.group,
            tier,
            size: 1,
            age: p.age,
        };
        thresholds::by_size(ds, query, p.patients, sizes)
            .into_iter()
            .map(|(n, t)| (n, t.value))
            .collect()
    }
}

/// SPEC §4: "overall is likely if any needed item is likely, else review if any needed
/// item is review, else unlikely (or register_first)". `items`: the needed ones.
pub fn overall(items: &[ItemDecision]) -> Verdict {
    let any = |v: Verdict| items.iter().any(|d| d.verdict == v);
    if any(Verdict::RegisterFirst) {
        Verdict::RegisterFirst
    } else if any(Verdict::Likely) {
        Verdict::Likely
    } else if any(Verdict::Review) {
        Verdict::Review
    } else {
        Verdict::Unlikely
    }
}
