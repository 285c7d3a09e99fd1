//! Why an item got its verdict: one plain sentence per reason, and the rule it cites.
//!
//! Korean is the reference text (`Display`, and the decision JSON); English glosses it
//! and keeps the Korean rule citation. Figures that change by year (amounts, sub-list
//! sizes) travel inside the reason, read from the year's data.

use serde::{Serialize, Serializer};

use crate::dataset::Dataset;
use crate::item_facts::Pays;
use crate::vocab::{won, Citation, Coverage, ExcludedStatus, Explained, Item, Lang, SublistAnswer};

/// Which exclusion applies (seed 003, 지원제외 대상자).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Exclusion {
    Foreign,
    Status(ExcludedStatus),
}

/// Which haemophilia exception decides the co-payment (seed 003, 소득재산 기준과 관계없이).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HemophiliaException {
    Inhibitor,
    Hiv,
    Inpatient,
}

/// How many diseases an item's sub-list had in a year, if known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ListSize {
    pub year: u16,
    pub count: Option<u32>,
}

impl ListSize {
    /// The size of `item`'s sub-list in the year's data.
    pub fn of(item: Item, ds: &Dataset) -> ListSize {
        let count = match item {
            // "만성신장병 요양비 지원대상질환 : 만성신장병(N18)": one disease.
            Item::CkdDialysis => Some(1),
            // Its list is of names, in the year's [cornstarch].
            Item::Cornstarch => ds.cornstarch.as_ref().map(|c| c.diseases.len() as u32),
            _ => ds.list(item).and_then(|c| c.count),
        };
        ListSize {
            year: ds.year,
            count,
        }
    }

    pub fn text(self, lang: Lang) -> String {
        match (self.count, lang) {
            (Some(n), Lang::Ko) => format!("{}년 {n}개 질환", self.year),
            (Some(n), Lang::En) => format!("{n} diseases in {}", self.year),
            (None, Lang::Ko) => format!("{}년 대상 질환 수는 확인하지 못했습니다", self.year),
            (None, Lang::En) => format!("the {} number of diseases was not found", self.year),
        }
    }
}

/// What an item pays, in the year's figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Payout {
    /// The remaining co-payment after 산정특례 is waived.
    Copayment,
    /// The co-payment for the item is covered (dialysis supplies, devices, ventilator).
    CopaymentFor(Item),
    /// 간병비, per month.
    CaregivingMonthly(i64),
    /// 특수조제분유 and 저단백즉석밥, yearly caps.
    SpecialDiet { formula: i64, rice: i64 },
    /// 옥수수전분, yearly cap.
    CornstarchYearly(i64),
}

impl Payout {
    /// What `item` pays in the year's data.
    pub fn of(item: Item, ds: &Dataset) -> Payout {
        let a = &ds.amounts;
        match item.facts().pays {
            Pays::CopaymentWaived => Payout::Copayment,
            Pays::CopaymentCovered => Payout::CopaymentFor(item),
            Pays::CaregivingMonthly => Payout::CaregivingMonthly(a.caregiving_monthly.won),
            Pays::SpecialDietYearly => Payout::SpecialDiet {
                formula: a.special_formula_yearly.won,
                rice: a.low_protein_rice_yearly.won,
            },
            // build.rs: a year with the cornstarch item has its [cornstarch] cap.
            Pays::CornstarchYearly => {
                Payout::CornstarchYearly(ds.cornstarch.as_ref().map_or(0, |c| c.yearly_cap.won))
            }
        }
    }

    /// A few words for a summary line: "월 30만원".
    pub fn short(self, lang: Lang) -> String {
        match (self, lang) {
            (Payout::Copayment, Lang::Ko) => "본인부담금 면제".into(),
            (Payout::Copayment, Lang::En) => "co-payment waived".into(),
            (Payout::CopaymentFor(_), Lang::Ko) => "본인부담금 지원".into(),
            (Payout::CopaymentFor(_), Lang::En) => "co-payment covered".into(),
            (Payout::CaregivingMonthly(w), Lang::Ko) => format!("월 {}", won(w, Lang::Ko)),
            (Payout::CaregivingMonthly(w), Lang::En) => format!("{} a month", won(w, Lang::En)),
            (Payout::SpecialDiet { formula, rice }, Lang::Ko) => {
                format!("연 {}·{} 이내", won(formula, Lang::Ko), won(rice, Lang::Ko))
            }
            (Payout::SpecialDiet { formula, rice }, Lang::En) => format!(
                "up to {} and {} a year",
                won(formula, Lang::En),
                won(rice, Lang::En)
            ),
            (Payout::CornstarchYearly(w), Lang::Ko) => format!("연 {} 이내", won(w, Lang::Ko)),
            (Payout::CornstarchYearly(w), Lang::En) => {
                format!("up to {} a year", won(w, Lang::En))
            }
        }
    }

    /// The payout as a sentence.
    pub fn sentence(self, lang: Lang) -> String {
        match (self, lang) {
            (Payout::Copayment, Lang::Ko) => {
                "산정특례 적용 후 요양급여 본인부담금이 면제됩니다".into()
            }
            (Payout::Copayment, Lang::En) => {
                "the remaining co-payment after 산정특례 is waived".into()
            }
            (Payout::CopaymentFor(item), Lang::Ko) => {
                format!("{} 본인부담금을 지원합니다", item.text(Lang::Ko))
            }
            (Payout::CopaymentFor(item), Lang::En) => {
                format!("the co-payment for {} is supported", item.text(Lang::En))
            }
            (Payout::CaregivingMonthly(w), Lang::Ko) => {
                format!("간병비는 월 {}입니다", won(w, Lang::Ko))
            }
            (Payout::CaregivingMonthly(w), Lang::En) => {
                format!("caregiving pays {} a month", won(w, Lang::En))
            }
            (Payout::SpecialDiet { formula, rice }, Lang::Ko) => format!(
                "특수조제분유 연간 {} 이내, 저단백즉석밥 연간 {} 이내",
                won(formula, Lang::Ko),
                won(rice, Lang::Ko)
            ),
            (Payout::SpecialDiet { formula, rice }, Lang::En) => format!(
                "special formula up to {} a year, low-protein rice up to {} a year",
                won(formula, Lang::En),
                won(rice, Lang::En)
            ),
            (Payout::CornstarchYearly(w), Lang::Ko) => {
                format!("옥수수전분 연간 {} 이내", won(w, Lang::Ko))
            }
            (Payout::CornstarchYearly(w), Lang::En) => {
                format!("cornstarch up to {} a year", won(w, Lang::En))
            }
        }
    }
}

/// One reason for an item's verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    /// An exclusion applies.
    Excluded(Exclusion),
    /// Not registered for 산정특례.
    NotRegistered,
    /// Medical aid and near-poor recipients get only caregiving and special diet.
    NotForCoverage(Coverage),
    /// The disease is not on the bundled support list.
    DiseaseNotListed,
    /// Dialysis supplies are for N18 only, and the disease is not N18.
    NotCkd,
    /// N18 without a severe kidney disability.
    NoSevereKidney,
    /// N18 with a severe kidney disability.
    SevereKidney,
    /// What the visitor said about the item's sub-list, and the list's size that year.
    Sublist {
        item: Item,
        answer: SublistAnswer,
        size: ListSize,
    },
    /// Assistive devices need disability registration.
    DisabilityNotRegistered,
    DisabilityRegistered,
    /// Caregiving needs a severe physical or brain-lesion disability.
    NoSeverePhysicalOrBrain,
    SeverePhysicalOrBrain,
    /// Special diet is from age 19; under 19 the 선천성대사이상 programme pays.
    UnderNineteen,
    /// Every income and property test passed.
    MeansPassed,
    /// Passed, but at least one threshold is an estimate.
    MeansPassedOnEstimate,
    /// A test failed against a published or derived threshold.
    MeansFailed,
    /// Tests failed only against estimated thresholds.
    MeansFailedOnEstimateOnly,
    /// Medical aid and near-poor recipients have no separate means test.
    MeansNotRequired(Coverage),
    /// Cornstarch: health-insured patients under 18 skip the means test.
    MeansSkippedUnder18,
    /// Two or more patients: every threshold × 1.5 per extra patient.
    MultiplierApplied {
        patients: u32,
    },
    /// Three or more patients, passing only by compounding (our reading): `review`.
    PassesOnlyByCompounding {
        patients: u32,
    },
    /// A haemophilia exception skips the means test for the co-payment.
    Hemophilia(HemophiliaException),
    /// Two or more patients and still failing: one patient per household is selected.
    OnePerHousehold {
        patients: u32,
    },
    /// Cornstarch: the disease is on the year's cornstarch list.
    CornstarchOnList {
        size: ListSize,
    },
    /// Cornstarch: the disease is not on the year's cornstarch list.
    CornstarchNotOnList {
        size: ListSize,
    },
    /// Cornstarch: a code (E74.0, V117) covers diseases on and off the list.
    CornstarchAskName,
    /// How much the item pays.
    Amount(Payout),
}

const EXCLUSIONS: Citation = Citation::seed("지원제외 대상자", "exclusions");
const SELECTION: Citation = Citation::seed("지원대상자 선정", "who can apply");
const BY_COVERAGE: Citation = Citation::seed("의료보장자격별 지원 의료비", "support by coverage");
const NOT_MEANS_TESTED: Citation = Citation::seed(
    "의료급여 수급권자 및 차상위 본인부담경감대상자",
    "medical aid and near-poor",
);
const DISEASE_LISTS: Citation = Citation::seed("지원범위별 지정 대상질환", "disease lists");
const DOCUMENTS: Citation = Citation::seed("제출서류", "documents");
const MEANS: Citation = Citation::seed("소득재산기준", "income and property criteria");
const EXCEPTIONS: Citation = Citation::seed("소득재산 기준과 관계없이", "exceptions");

impl Explained for Reason {
    fn citation(&self) -> Option<Citation> {
        Some(match self {
            Reason::Excluded(_) => EXCLUSIONS,
            Reason::NotRegistered => SELECTION,
            Reason::NotForCoverage(_) | Reason::MeansNotRequired(_) => NOT_MEANS_TESTED,
            Reason::DiseaseNotListed | Reason::NotCkd | Reason::Sublist { .. } => DISEASE_LISTS,
            Reason::NoSevereKidney
            | Reason::SevereKidney
            | Reason::DisabilityNotRegistered
            | Reason::DisabilityRegistered => DOCUMENTS,
            Reason::NoSeverePhysicalOrBrain
            | Reason::SeverePhysicalOrBrain
            | Reason::UnderNineteen => BY_COVERAGE,
            Reason::MeansPassed
            | Reason::MeansPassedOnEstimate
            | Reason::MeansFailed
            | Reason::MeansFailedOnEstimateOnly => MEANS,
            Reason::MultiplierApplied { .. }
            | Reason::PassesOnlyByCompounding { .. }
            | Reason::Hemophilia(_)
            | Reason::OnePerHousehold { .. } => EXCEPTIONS,
            Reason::MeansSkippedUnder18
            | Reason::CornstarchOnList { .. }
            | Reason::CornstarchNotOnList { .. }
            | Reason::CornstarchAskName => Citation::KDCA_2024,
            Reason::Amount(_) => return None,
        })
    }

    fn sentence(&self, lang: Lang) -> String {
        use Lang::{En, Ko};
        match (self, lang) {
            (Reason::Excluded(e), Ko) => format!("지원제외 대상입니다: {}", exclusion(*e, Ko)),
            (Reason::Excluded(e), En) => {
                format!("excluded from support: {}", exclusion(*e, En))
            }
            (Reason::NotRegistered, Ko) => {
                "산정특례 등록자만 신청할 수 있으므로 먼저 희귀질환 산정특례를 등록해야 합니다".into()
            }
            (Reason::NotRegistered, En) => {
                "only patients registered for 산정특례 (special co-payment calculation) can apply; register first".into()
            }
            (Reason::NotForCoverage(c), Ko) => format!(
                "{}는 간병비와 특수식이 구입비만 지원받습니다",
                c.holders(Ko)
            ),
            (Reason::NotForCoverage(c), En) => format!(
                "{} receive only the caregiving and special-diet items",
                c.holders(En)
            ),
            (Reason::DiseaseNotListed, Ko) => {
                "입력한 질환이 내장된 지원대상질환 목록에 없습니다. 목록이 최신이 아닐 수 있으니 보건소에 확인하세요".into()
            }
            (Reason::DiseaseNotListed, En) => {
                "the disease is not on the bundled support list, which may be out of date; ask the health centre".into()
            }
            (Reason::NotCkd, Ko) => "만성신장병 요양비는 만성신장병(N18) 환자만 지원합니다".into(),
            (Reason::NotCkd, En) => {
                "dialysis supplies are only for chronic kidney disease (N18)".into()
            }
            (Reason::NoSevereKidney, Ko) => {
                "만성신장병(N18)은 신장장애 '장애의 정도가 심한 등록장애인'이어야 합니다".into()
            }
            (Reason::NoSevereKidney, En) => {
                "N18 requires a registered severe kidney disability".into()
            }
            (Reason::SevereKidney, Ko) => {
                "신장장애 '장애의 정도가 심한 등록장애인' 조건을 충족합니다".into()
            }
            (Reason::SevereKidney, En) => "the severe kidney disability condition is met".into(),
            (Reason::Sublist { item, answer, size }, Ko) => {
                let what = match answer {
                    SublistAnswer::Yes => "대상질환이라고 안내받았습니다",
                    SublistAnswer::No => "대상질환이 아니라고 안내받았습니다",
                    SublistAnswer::Unknown => {
                        "대상질환인지 모릅니다. 의사나 보건소에 대상질환 여부를 확인하세요"
                    }
                };
                format!("{} {what}({})", item.text(Ko), size.text(Ko))
            }
            (Reason::Sublist { item, answer, size }, En) => {
                let what = match answer {
                    SublistAnswer::Yes => "you were told the disease is on the list",
                    SublistAnswer::No => "you were told the disease is not on the list",
                    SublistAnswer::Unknown => {
                        "it is not known whether the disease is on the list; ask the doctor or health centre"
                    }
                };
                format!("{}: {what} ({})", item.text(En), size.text(En))
            }
            (Reason::DisabilityNotRegistered, Ko) => {
                "보조기기 구입비는 장애인 등록자만 지원합니다".into()
            }
            (Reason::DisabilityNotRegistered, En) => {
                "assistive devices are only for registered disabled people".into()
            }
            (Reason::DisabilityRegistered, Ko) => "장애인 등록 조건을 충족합니다".into(),
            (Reason::DisabilityRegistered, En) => {
                "the disability-registration condition is met".into()
            }
            (Reason::NoSeverePhysicalOrBrain, Ko) => {
                "간병비는 지체 또는 뇌병변 '장애의 정도가 심한 장애인' 중 별도의 의학적 기준을 충족하는 사람만 지원합니다".into()
            }
            (Reason::NoSeverePhysicalOrBrain, En) => {
                "caregiving is only for a severe physical (지체) or brain-lesion (뇌병변) disability meeting the medical criteria".into()
            }
            (Reason::SeverePhysicalOrBrain, Ko) => {
                "지체 또는 뇌병변 '장애의 정도가 심한 장애인' 조건을 충족한다고 답했습니다(의학적 기준은 보건소가 확인)".into()
            }
            (Reason::SeverePhysicalOrBrain, En) => {
                "you reported a severe physical or brain-lesion disability (the health centre checks the medical criteria)".into()
            }
            (Reason::UnderNineteen, Ko) => {
                "특수식이 구입비는 만 19세 이상만 지원합니다. 만 19세 미만은 선천성대사이상검사 및 환아관리지원사업에서 지원받을 수 있습니다".into()
            }
            (Reason::UnderNineteen, En) => {
                "the special diet item starts at age 19; under 19, the 선천성대사이상 (inborn errors of metabolism) programme pays instead".into()
            }
            (Reason::MeansPassed, Ko) => {
                "소득·재산이 모든 기준액 미만입니다(부양의무자가구가 있으면 그 가구까지)".into()
            }
            (Reason::MeansPassed, En) => {
                "income and property are below every threshold (including any obligor household's)".into()
            }
            (Reason::MeansPassedOnEstimate, Ko) => {
                "소득·재산 기준 미만이지만, 일부 기준액은 공표값이 아닌 추정값입니다".into()
            }
            (Reason::MeansPassedOnEstimate, En) => {
                "below every threshold, but some thresholds are estimates, not published figures".into()
            }
            (Reason::MeansFailed, Ko) => {
                "소득 또는 재산이 기준액 이상입니다(기준액 '미만'이어야 함)".into()
            }
            (Reason::MeansFailed, En) => {
                "income or property is at or above a threshold (it must be strictly below)".into()
            }
            (Reason::MeansFailedOnEstimateOnly, Ko) => {
                "추정 기준액으로는 기준 이상이지만, 추정값이므로 보건소 확인이 필요합니다".into()
            }
            (Reason::MeansFailedOnEstimateOnly, En) => {
                "at or above an estimated threshold only; since it is an estimate, ask the health centre".into()
            }
            (Reason::MeansNotRequired(c), Ko) => format!(
                "{}는 관할부서에서 이미 소득재산조사를 거쳤으므로 별도의 소득·재산 조사가 없습니다",
                c.holders(Ko)
            ),
            (Reason::MeansNotRequired(c), En) => {
                format!("{} have no separate income and property test", c.holders(En))
            }
            (Reason::MeansSkippedUnder18, Ko) => {
                "만 18세 미만 건강보험 가입자는 옥수수전분 구입비의 소득·재산 조사가 면제됩니다".into()
            }
            (Reason::MeansSkippedUnder18, En) => {
                "health-insured patients under 18 skip the income and property test for cornstarch".into()
            }
            (Reason::MultiplierApplied { patients }, Ko) => format!(
                "환자가구에 희귀질환자가 {patients}명이므로 추가 1인당 소득·재산 기준을 1.5배 적용했습니다"
            ),
            (Reason::MultiplierApplied { patients }, En) => format!(
                "{patients} rare-disease patients in the household: thresholds are multiplied by 1.5 per extra patient"
            ),
            (Reason::PassesOnlyByCompounding { patients }, Ko) => format!(
                "희귀질환자 {patients}명에 대해 1.5배를 거듭 적용해야만 기준을 충족합니다. 거듭 적용은 이 도구의 해석이므로 보건소 확인이 필요합니다"
            ),
            (Reason::PassesOnlyByCompounding { patients }, En) => format!(
                "with {patients} patients this passes only by compounding the 1.5× step, which is this tool's reading of the rule; ask the health centre"
            ),
            (Reason::Hemophilia(HemophiliaException::Inhibitor), Ko) => {
                "혈우병 항체양성환자는 소득·재산과 관계없이 지원합니다".into()
            }
            (Reason::Hemophilia(HemophiliaException::Inhibitor), En) => {
                "haemophilia with inhibitor antibodies is supported regardless of income and property".into()
            }
            (Reason::Hemophilia(HemophiliaException::Hiv), Ko) => {
                "혈우병 환자 중 HIV감염자는 소득·재산과 관계없이 지원합니다".into()
            }
            (Reason::Hemophilia(HemophiliaException::Hiv), En) => {
                "haemophilia with HIV is supported regardless of income and property".into()
            }
            (Reason::Hemophilia(HemophiliaException::Inpatient), Ko) => {
                "급여대상 수술이 필요하거나 출혈로 입원한 혈우병 환자는 혈우병 입원특례로 한시 지원합니다(퇴원 후 1년 이내 영수증)".into()
            }
            (Reason::Hemophilia(HemophiliaException::Inpatient), En) => {
                "haemophilia needing covered surgery or admitted for bleeding is supported temporarily under the inpatient exception (receipts within 1 year of discharge)".into()
            }
            (Reason::OnePerHousehold { patients }, Ko) => format!(
                "희귀질환자가 {patients}명인 가구는 1.5배 기준으로도 부합하지 않으면 가구당 1인만 지원대상자로 선정합니다"
            ),
            (Reason::OnePerHousehold { patients }, En) => format!(
                "a household with {patients} patients that fails even with the 1.5× thresholds still has one patient per household selected; only one patient is supported"
            ),
            (Reason::CornstarchOnList { size }, Ko) => format!(
                "옥수수전분 지원 대상 당원병({})에 해당합니다",
                size.text(Ko)
            ),
            (Reason::CornstarchOnList { size }, En) => format!(
                "the disease is one of the glycogen-storage diseases on the cornstarch list ({})",
                size.text(En)
            ),
            (Reason::CornstarchNotOnList { size }, Ko) => format!(
                "옥수수전분 지원 대상 질환({})이 아닙니다",
                size.text(Ko)
            ),
            (Reason::CornstarchNotOnList { size }, En) => format!(
                "the disease is not on the cornstarch list ({})",
                size.text(En)
            ),
            (Reason::CornstarchAskName, Ko) => {
                "입력한 코드에는 옥수수전분 대상 질환과 비대상 질환이 함께 있습니다. 질환명으로 다시 확인하세요".into()
            }
            (Reason::CornstarchAskName, En) => {
                "the code covers diseases both on and off the cornstarch list; enter the disease name".into()
            }
            (Reason::Amount(p), lang) => p.sentence(lang),
        }
    }
}

impl Reason {
    /// The sentence with its citation, as the decision JSON carries it.
    pub fn text(&self, lang: Lang) -> String {
        Explained::text(self, lang)
    }
}

fn exclusion(e: Exclusion, lang: Lang) -> &'static str {
    match e {
        Exclusion::Foreign => crate::vocab::Nationality::Foreign.text(lang),
        Exclusion::Status(s) => s.text(lang),
    }
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::Ko))
    }
}

impl Serialize for Reason {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// What an item needs, in one line, for a visitor who has not asked about it: its own
/// conditions and the size of its disease list that year.
pub fn needs(item: Item, ds: &Dataset, lang: Lang) -> String {
    let size = ListSize::of(item, ds).text(lang);
    match (item, lang) {
        (Item::Copayment, Lang::Ko) => format!("건강보험 가입자, 지원대상 질환({size}), 소득·재산 기준"),
        (Item::Copayment, Lang::En) => {
            format!("health insurance, a listed disease ({size}), the income and property limits")
        }
        (Item::CkdDialysis, Lang::Ko) => {
            "만성신장병(N18)과 신장장애 '장애의 정도가 심한 장애인' 등록, 소득·재산 기준".into()
        }
        (Item::CkdDialysis, Lang::En) => {
            "chronic kidney disease (N18) with a registered severe kidney disability, and the income and property limits".into()
        }
        (Item::AssistiveDevices, Lang::Ko) => {
            format!("장애인 등록, 대상 질환({size}), 소득·재산 기준")
        }
        (Item::AssistiveDevices, Lang::En) => format!(
            "disability registration, a disease on its list ({size}), the income and property limits"
        ),
        (Item::Ventilator, Lang::Ko) => format!("대상 질환({size}), 소득·재산 기준"),
        (Item::Ventilator, Lang::En) => {
            format!("a disease on its list ({size}), the income and property limits")
        }
        (Item::Caregiving, Lang::Ko) => format!(
            "지체 또는 뇌병변 '장애의 정도가 심한 장애인'(의학적 기준 충족), 대상 질환({size})"
        ),
        (Item::Caregiving, Lang::En) => format!(
            "a severe physical or brain-lesion disability meeting the medical criteria, a disease on its list ({size})"
        ),
        (Item::SpecialDiet, Lang::Ko) => format!("만 19세 이상, 대상 질환({size})"),
        (Item::SpecialDiet, Lang::En) => format!("age 19 or over, a disease on its list ({size})"),
        (Item::Cornstarch, Lang::Ko) => format!("옥수수전분 대상 당원병({size})"),
        (Item::Cornstarch, Lang::En) => {
            format!("a glycogen-storage disease on the cornstarch list ({size})")
        }
    }
}
