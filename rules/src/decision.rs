//! The decision: what the rules say about a case (SPEC §4, "Decision").
//!
//! It serialises exactly to SPEC §4's decision JSON. Reasons, documents and notes are
//! typed; they render in Korean (`Display`) or English (`text(Lang::En)`), and the JSON
//! carries the Korean text.

use serde::Serialize;

use crate::documents::Document;
use crate::notes::Note;
use crate::reasons::Reason;

/// The language of rendered text. Rule citations stay Korean, with an English gloss.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Ko,
    En,
}

/// A verdict for one support item, or overall.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The visitor very likely qualifies.
    Likely,
    /// A condition fails for sure.
    Unlikely,
    /// Nothing fails for sure, but something is unknown or rests on an estimate:
    /// ask the health centre.
    Review,
    /// Not registered for 산정특례 yet: register first.
    RegisterFirst,
    /// The item does not concern this visitor (wrong disease, coverage or age).
    NotApplicable,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Likely => "likely",
            Verdict::Unlikely => "unlikely",
            Verdict::Review => "review",
            Verdict::RegisterFirst => "register_first",
            Verdict::NotApplicable => "not_applicable",
        }
    }

    pub fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Verdict::Likely, Lang::Ko) => "지원 가능성 높음",
            (Verdict::Unlikely, Lang::Ko) => "지원 어려움",
            (Verdict::Review, Lang::Ko) => "보건소 확인 필요",
            (Verdict::RegisterFirst, Lang::Ko) => "산정특례 등록 먼저",
            (Verdict::NotApplicable, Lang::Ko) => "해당 없음",
            (Verdict::Likely, Lang::En) => "likely",
            (Verdict::Unlikely, Lang::En) => "unlikely",
            (Verdict::Review, Lang::En) => "ask your health centre",
            (Verdict::RegisterFirst, Lang::En) => "register for 산정특례 first",
            (Verdict::NotApplicable, Lang::En) => "does not apply",
        }
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.text(Lang::Ko))
    }
}

/// The support items (seed 003, 의료보장자격별 지원 의료비), plus cornstarch from 2024.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Item {
    /// 요양급여비용 중 본인부담금.
    Copayment,
    /// 만성신장병 요양비 (복막관류액 및 자동복막투석 소모성재료).
    CkdDialysis,
    /// 보조기기 구입비.
    AssistiveDevices,
    /// 인공호흡기 및 기침유발기 대여료.
    Ventilator,
    /// 간병비 (월 30만원).
    Caregiving,
    /// 특수식이 구입비 (특수조제분유, 저단백즉석밥).
    SpecialDiet,
    /// 옥수수전분 구입비 (2024년부터).
    Cornstarch,
}

impl Item {
    pub fn as_str(self) -> &'static str {
        match self {
            Item::Copayment => "copayment",
            Item::CkdDialysis => "ckd_dialysis",
            Item::AssistiveDevices => "assistive_devices",
            Item::Ventilator => "ventilator",
            Item::Caregiving => "caregiving",
            Item::SpecialDiet => "special_diet",
            Item::Cornstarch => "cornstarch",
        }
    }

    pub fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Item::Copayment, Lang::Ko) => "요양급여비용 본인부담금",
            (Item::CkdDialysis, Lang::Ko) => "만성신장병 요양비",
            (Item::AssistiveDevices, Lang::Ko) => "보조기기 구입비",
            (Item::Ventilator, Lang::Ko) => "인공호흡기·기침유발기 대여료",
            (Item::Caregiving, Lang::Ko) => "간병비",
            (Item::SpecialDiet, Lang::Ko) => "특수식이 구입비",
            (Item::Cornstarch, Lang::Ko) => "옥수수전분 구입비",
            (Item::Copayment, Lang::En) => "co-payment",
            (Item::CkdDialysis, Lang::En) => "chronic kidney disease dialysis supplies",
            (Item::AssistiveDevices, Lang::En) => "assistive devices",
            (Item::Ventilator, Lang::En) => "ventilator and cough-assist rental",
            (Item::Caregiving, Lang::En) => "caregiving",
            (Item::SpecialDiet, Lang::En) => "special diet",
            (Item::Cornstarch, Lang::En) => "cornstarch",
        }
    }
}

impl std::fmt::Display for Item {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.text(Lang::Ko))
    }
}

/// Where a threshold figure comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// Printed in the source, cell by cell.
    Published,
    /// Computed from published inputs by a published rule (median × pct).
    Derived,
    /// Computed by a formula that is not known to hold for this year or size.
    Estimated,
}

impl Basis {
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Published => "published",
            Basis::Derived => "derived",
            Basis::Estimated => "estimated",
        }
    }

    pub fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Basis::Published, Lang::Ko) => "공표값",
            (Basis::Derived, Lang::Ko) => "산출값",
            (Basis::Estimated, Lang::Ko) => "추정값",
            (Basis::Published, Lang::En) => "published",
            (Basis::Derived, Lang::En) => "derived",
            (Basis::Estimated, Lang::En) => "estimated",
        }
    }
}

/// Which household a test is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HouseholdKind {
    /// 환자가구.
    Patient,
    /// 부양의무자가구.
    Obligor,
}

impl HouseholdKind {
    pub fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (HouseholdKind::Patient, Lang::Ko) => "환자가구",
            (HouseholdKind::Obligor, Lang::Ko) => "부양의무자가구",
            (HouseholdKind::Patient, Lang::En) => "patient household",
            (HouseholdKind::Obligor, Lang::En) => "obligor household",
        }
    }
}

/// Income or property.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TestKind {
    Income,
    Property,
}

impl TestKind {
    pub fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (TestKind::Income, Lang::Ko) => "소득",
            (TestKind::Property, Lang::Ko) => "재산",
            (TestKind::Income, Lang::En) => "income",
            (TestKind::Property, Lang::En) => "property",
        }
    }
}

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
}

/// SPEC §4: "overall is likely if any item is likely, else review if any item is review,
/// else unlikely (or register_first)".
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
