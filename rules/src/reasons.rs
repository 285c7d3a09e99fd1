//! Why an item got its verdict. Each reason cites the rule it applies.
//!
//! Korean is the reference text (`Display`, and the decision JSON); English glosses it
//! and keeps the Korean rule citation.

use serde::{Serialize, Serializer};

use crate::case::{Coverage, ExcludedStatus, SublistAnswer};
use crate::decision::{Item, Lang};

/// The rules source (seed 003): the Gwacheon health-centre page on this programme.
pub(crate) const SEED_KO: &str = "과천시 보건소 안내";
pub(crate) const SEED_EN: &str = "Gwacheon health-centre page";
/// The KDCA press release that introduced the cornstarch item (2024-02-13).
pub(crate) const KDCA_2024_KO: &str = "질병관리청 보도자료 2024.2.13";
pub(crate) const KDCA_2024_EN: &str = "KDCA press release, 13 Feb 2024";

/// "(근거: 과천시 보건소 안내, <section>)", or its English gloss.
pub(crate) fn cite(lang: Lang, section_ko: &str, gloss_en: &str) -> String {
    match lang {
        Lang::Ko => format!("(근거: {SEED_KO}, {section_ko})"),
        Lang::En => format!("(rule: {SEED_EN}, {section_ko} — {gloss_en})"),
    }
}

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
    /// What the visitor said about the item's sub-list.
    Sublist(Item, SublistAnswer),
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
    /// No income and property test for this coverage.
    MeansNotRequired(Coverage),
    /// Cornstarch: health-insured under-18s skip the income and property test.
    MeansSkippedUnder18,
    /// Thresholds multiplied by 1.5^(k−1).
    MultiplierApplied {
        patients: u32,
    },
    /// Passes only thanks to compounding the multiplier beyond one 1.5× step.
    PassesOnlyByCompounding {
        patients: u32,
    },
    /// A haemophilia exception skips the income and property test.
    Hemophilia(HemophiliaException),
    /// Two or more patients and still failing: one patient per household is selected.
    OnePerHousehold {
        patients: u32,
    },
    /// Cornstarch: the disease is on the year's cornstarch list.
    CornstarchOnList,
    /// Cornstarch: the disease is not on the year's cornstarch list.
    CornstarchNotOnList,
    /// Cornstarch: a code (E74.0, V117) covers diseases on and off the list.
    CornstarchAskName,
    /// How much the item pays.
    Amount(Item),
}

impl Reason {
    pub fn text(&self, lang: Lang) -> String {
        use Lang::{En, Ko};
        match (self, lang) {
            (Reason::Excluded(e), Ko) => format!(
                "{}은(는) 지원제외 대상자입니다 {}",
                exclusion_ko(*e),
                cite(Ko, "지원제외 대상자", "")
            ),
            (Reason::Excluded(e), En) => format!(
                "{} cannot be supported {}",
                exclusion_en(*e),
                cite(En, "지원제외 대상자", "exclusions")
            ),
            (Reason::NotRegistered, Ko) => format!(
                "산정특례 등록자만 신청할 수 있으므로 먼저 희귀질환 산정특례를 등록해야 합니다 {}",
                cite(Ko, "지원대상자 선정", "")
            ),
            (Reason::NotRegistered, En) => format!(
                "only patients registered for 산정특례 (special co-payment calculation) can apply; register first {}",
                cite(En, "지원대상자 선정", "who can apply")
            ),
            (Reason::NotForCoverage(c), Ko) => format!(
                "{}는 간병비와 특수식이 구입비만 지원받습니다 {}",
                coverage_ko(*c),
                cite(Ko, "의료급여 수급권자 및 차상위 본인부담경감대상자", "")
            ),
            (Reason::NotForCoverage(c), En) => format!(
                "{} receive only the caregiving and special-diet items {}",
                coverage_en(*c),
                cite(En, "의료급여 수급권자 및 차상위 본인부담경감대상자", "medical aid and near-poor")
            ),
            (Reason::DiseaseNotListed, Ko) => format!(
                "입력한 질환이 내장된 지원대상질환 목록에 없습니다. 목록이 최신이 아닐 수 있으니 보건소에 확인하세요 {}",
                cite(Ko, "지원범위별 지정 대상질환", "")
            ),
            (Reason::DiseaseNotListed, En) => format!(
                "the disease is not on the bundled support list, which may be out of date; ask the health centre {}",
                cite(En, "지원범위별 지정 대상질환", "disease lists")
            ),
            (Reason::NotCkd, Ko) => format!(
                "만성신장병 요양비는 만성신장병(N18) 환자만 지원합니다 {}",
                cite(Ko, "지원범위별 지정 대상질환", "")
            ),
            (Reason::NotCkd, En) => format!(
                "dialysis supplies are only for chronic kidney disease (N18) {}",
                cite(En, "지원범위별 지정 대상질환", "disease lists")
            ),
            (Reason::NoSevereKidney, Ko) => format!(
                "만성신장병(N18)은 신장장애 '장애의 정도가 심한 등록장애인'이어야 합니다 {}",
                cite(Ko, "제출서류", "")
            ),
            (Reason::NoSevereKidney, En) => format!(
                "N18 requires a registered severe kidney disability {}",
                cite(En, "제출서류", "documents")
            ),
            (Reason::SevereKidney, Ko) => format!(
                "신장장애 '장애의 정도가 심한 등록장애인' 조건을 충족합니다 {}",
                cite(Ko, "제출서류", "")
            ),
            (Reason::SevereKidney, En) => format!(
                "the severe kidney disability condition is met {}",
                cite(En, "제출서류", "documents")
            ),
            (Reason::Sublist(item, answer), Ko) => {
                let what = match answer {
                    SublistAnswer::Yes => "대상질환이라고 안내받았습니다",
                    SublistAnswer::No => "대상질환이 아니라고 안내받았습니다",
                    SublistAnswer::Unknown => {
                        "대상질환인지 모릅니다. 의사나 보건소에 대상질환 여부를 확인하세요"
                    }
                };
                format!(
                    "{} {}({}) {}",
                    item.text(Ko),
                    what,
                    sublist_count_ko(*item),
                    cite(Ko, "지원범위별 지정 대상질환", "")
                )
            }
            (Reason::Sublist(item, answer), En) => {
                let what = match answer {
                    SublistAnswer::Yes => "you were told the disease is on the list",
                    SublistAnswer::No => "you were told the disease is not on the list",
                    SublistAnswer::Unknown => {
                        "it is not known whether the disease is on the list; ask the doctor or health centre"
                    }
                };
                format!(
                    "{}: {what} ({}) {}",
                    item.text(En),
                    sublist_count_en(*item),
                    cite(En, "지원범위별 지정 대상질환", "disease lists")
                )
            }
            (Reason::DisabilityNotRegistered, Ko) => format!(
                "보조기기 구입비는 장애인 등록자만 지원합니다 {}",
                cite(Ko, "제출서류", "")
            ),
            (Reason::DisabilityNotRegistered, En) => format!(
                "assistive devices are only for registered disabled people {}",
                cite(En, "제출서류", "documents")
            ),
            (Reason::DisabilityRegistered, Ko) => format!(
                "장애인 등록 조건을 충족합니다 {}",
                cite(Ko, "제출서류", "")
            ),
            (Reason::DisabilityRegistered, En) => format!(
                "the disability-registration condition is met {}",
                cite(En, "제출서류", "documents")
            ),
            (Reason::NoSeverePhysicalOrBrain, Ko) => format!(
                "간병비는 지체 또는 뇌병변 '장애의 정도가 심한 장애인' 중 별도의 의학적 기준을 충족하는 사람만 지원합니다 {}",
                cite(Ko, "의료보장자격별 지원 의료비", "")
            ),
            (Reason::NoSeverePhysicalOrBrain, En) => format!(
                "caregiving is only for a severe physical (지체) or brain-lesion (뇌병변) disability meeting the medical criteria {}",
                cite(En, "의료보장자격별 지원 의료비", "support by coverage")
            ),
            (Reason::SeverePhysicalOrBrain, Ko) => format!(
                "지체 또는 뇌병변 '장애의 정도가 심한 장애인' 조건을 충족한다고 답했습니다(의학적 기준은 보건소가 확인) {}",
                cite(Ko, "의료보장자격별 지원 의료비", "")
            ),
            (Reason::SeverePhysicalOrBrain, En) => format!(
                "you reported a severe physical or brain-lesion disability (the health centre checks the medical criteria) {}",
                cite(En, "의료보장자격별 지원 의료비", "support by coverage")
            ),
            (Reason::UnderNineteen, Ko) => format!(
                "특수식이 구입비는 만 19세 이상만 지원합니다. 만 19세 미만은 선천성대사이상검사 및 환아관리지원사업에서 지원받을 수 있습니다 {}",
                cite(Ko, "의료보장자격별 지원 의료비", "")
            ),
            (Reason::UnderNineteen, En) => format!(
                "the special diet item starts at age 19; under 19, the 선천성대사이상 (inborn errors of metabolism) programme pays instead {}",
                cite(En, "의료보장자격별 지원 의료비", "support by coverage")
            ),
            (Reason::MeansPassed, Ko) => format!(
                "소득·재산이 모든 기준액 미만입니다(부양의무자가구가 있으면 그 가구까지) {}",
                cite(Ko, "소득재산기준", "")
            ),
            (Reason::MeansPassed, En) => format!(
                "income and property are below every threshold (including any obligor household's) {}",
                cite(En, "소득재산기준", "income and property criteria")
            ),
            (Reason::MeansPassedOnEstimate, Ko) => format!(
                "소득·재산 기준 미만이지만, 일부 기준액은 공표값이 아닌 추정값입니다 {}",
                cite(Ko, "소득재산기준", "")
            ),
            (Reason::MeansPassedOnEstimate, En) => format!(
                "below every threshold, but some thresholds are estimates, not published figures {}",
                cite(En, "소득재산기준", "income and property criteria")
            ),
            (Reason::MeansFailed, Ko) => format!(
                "소득 또는 재산이 기준액 이상입니다(기준액 '미만'이어야 함) {}",
                cite(Ko, "소득재산기준", "")
            ),
            (Reason::MeansFailed, En) => format!(
                "income or property is at or above a threshold (it must be strictly below) {}",
                cite(En, "소득재산기준", "income and property criteria")
            ),
            (Reason::MeansFailedOnEstimateOnly, Ko) => format!(
                "추정 기준액으로는 기준 이상이지만, 추정값이므로 보건소 확인이 필요합니다 {}",
                cite(Ko, "소득재산기준", "")
            ),
            (Reason::MeansFailedOnEstimateOnly, En) => format!(
                "at or above an estimated threshold only; since it is an estimate, ask the health centre {}",
                cite(En, "소득재산기준", "income and property criteria")
            ),
            (Reason::MeansNotRequired(c), Ko) => format!(
                "{}는 관할부서에서 이미 소득재산조사를 거쳤으므로 별도의 소득·재산 조사가 없습니다 {}",
                coverage_ko(*c),
                cite(Ko, "의료급여 수급권자 및 차상위 본인부담경감대상자", "")
            ),
            (Reason::MeansNotRequired(c), En) => format!(
                "{} have no separate income and property test {}",
                coverage_en(*c),
                cite(En, "의료급여 수급권자 및 차상위 본인부담경감대상자", "medical aid and near-poor")
            ),
            (Reason::MeansSkippedUnder18, Ko) => format!(
                "만 18세 미만 건강보험 가입자는 옥수수전분 구입비의 소득·재산 조사가 면제됩니다 (근거: {KDCA_2024_KO})"
            ),
            (Reason::MeansSkippedUnder18, En) => format!(
                "health-insured patients under 18 skip the income and property test for cornstarch (source: {KDCA_2024_EN})"
            ),
            (Reason::MultiplierApplied { patients }, Ko) => format!(
                "환자가구에 희귀질환자가 {patients}명이므로 추가 1인당 소득·재산 기준을 1.5배 적용했습니다 {}",
                cite(Ko, "소득재산 기준과 관계없이", "")
            ),
            (Reason::MultiplierApplied { patients }, En) => format!(
                "{patients} rare-disease patients in the household: thresholds are multiplied by 1.5 per extra patient {}",
                cite(En, "소득재산 기준과 관계없이", "exceptions")
            ),
            (Reason::PassesOnlyByCompounding { patients }, Ko) => format!(
                "희귀질환자 {patients}명에 대해 1.5배를 거듭 적용해야만 기준을 충족합니다. 거듭 적용은 이 도구의 해석이므로 보건소 확인이 필요합니다 {}",
                cite(Ko, "소득재산 기준과 관계없이", "")
            ),
            (Reason::PassesOnlyByCompounding { patients }, En) => format!(
                "with {patients} patients this passes only by compounding the 1.5× step, which is this tool's reading of the rule; ask the health centre {}",
                cite(En, "소득재산 기준과 관계없이", "exceptions")
            ),
            (Reason::Hemophilia(HemophiliaException::Inhibitor), Ko) => format!(
                "혈우병 항체양성환자는 소득·재산과 관계없이 지원합니다 {}",
                cite(Ko, "소득재산 기준과 관계없이", "")
            ),
            (Reason::Hemophilia(HemophiliaException::Inhibitor), En) => format!(
                "haemophilia with inhibitor antibodies is supported regardless of income and property {}",
                cite(En, "소득재산 기준과 관계없이", "exceptions")
            ),
            (Reason::Hemophilia(HemophiliaException::Hiv), Ko) => format!(
                "혈우병 환자 중 HIV감염자는 소득·재산과 관계없이 지원합니다 {}",
                cite(Ko, "소득재산 기준과 관계없이", "")
            ),
            (Reason::Hemophilia(HemophiliaException::Hiv), En) => format!(
                "haemophilia with HIV is supported regardless of income and property {}",
                cite(En, "소득재산 기준과 관계없이", "exceptions")
            ),
            (Reason::Hemophilia(HemophiliaException::Inpatient), Ko) => format!(
                "급여대상 수술이 필요하거나 출혈로 입원한 혈우병 환자는 혈우병 입원특례로 한시 지원합니다(퇴원 후 1년 이내 영수증) {}",
                cite(Ko, "소득재산 기준과 관계없이", "")
            ),
            (Reason::Hemophilia(HemophiliaException::Inpatient), En) => format!(
                "haemophilia needing covered surgery or admitted for bleeding is supported temporarily under the inpatient exception (receipts within 1 year of discharge) {}",
                cite(En, "소득재산 기준과 관계없이", "exceptions")
            ),
            (Reason::OnePerHousehold { patients }, Ko) => format!(
                "희귀질환자가 {patients}명인 가구는 1.5배 기준으로도 부합하지 않으면 가구당 1인만 지원대상자로 선정합니다 {}",
                cite(Ko, "소득재산 기준과 관계없이", "")
            ),
            (Reason::OnePerHousehold { patients }, En) => format!(
                "a household with {patients} patients that fails even with the 1.5× thresholds still has one patient per household selected; only one patient is supported {}",
                cite(En, "소득재산 기준과 관계없이", "exceptions")
            ),
            (Reason::CornstarchOnList, Ko) => format!(
                "옥수수전분 지원 대상 당원병(9개 질환)에 해당합니다 (근거: {KDCA_2024_KO})"
            ),
            (Reason::CornstarchOnList, En) => format!(
                "the disease is one of the 9 glycogen-storage diseases on the cornstarch list (source: {KDCA_2024_EN})"
            ),
            (Reason::CornstarchNotOnList, Ko) => format!(
                "옥수수전분 지원 대상 9개 질환이 아닙니다 (근거: {KDCA_2024_KO})"
            ),
            (Reason::CornstarchNotOnList, En) => format!(
                "the disease is not one of the 9 diseases on the cornstarch list (source: {KDCA_2024_EN})"
            ),
            (Reason::CornstarchAskName, Ko) => format!(
                "입력한 코드에는 옥수수전분 대상 질환과 비대상 질환이 함께 있습니다. 질환명으로 다시 확인하세요 (근거: {KDCA_2024_KO})"
            ),
            (Reason::CornstarchAskName, En) => format!(
                "the code covers diseases both on and off the cornstarch list; enter the disease name (source: {KDCA_2024_EN})"
            ),
            (Reason::Amount(item), lang) => amount_text(*item, lang),
        }
    }
}

fn amount_text(item: Item, lang: Lang) -> String {
    match (item, lang) {
        (Item::Copayment, Lang::Ko) => {
            "산정특례 적용 후 요양급여 본인부담금이 면제됩니다".to_string()
        }
        (Item::Copayment, Lang::En) => {
            "the remaining co-payment after 산정특례 is waived".to_string()
        }
        (Item::Caregiving, Lang::Ko) => "간병비는 월 30만원입니다".to_string(),
        (Item::Caregiving, Lang::En) => "caregiving pays 300,000 won a month".to_string(),
        (Item::SpecialDiet, Lang::Ko) => {
            "특수조제분유 연간 360만원 이내, 저단백즉석밥 연간 168만원 이내".to_string()
        }
        (Item::SpecialDiet, Lang::En) => {
            "special formula up to 3,600,000 won a year, low-protein rice up to 1,680,000 won a year"
                .to_string()
        }
        (Item::Cornstarch, Lang::Ko) => "옥수수전분 연간 168만원 이내".to_string(),
        (Item::Cornstarch, Lang::En) => "cornstarch up to 1,680,000 won a year".to_string(),
        (item, Lang::Ko) => format!("{} 본인부담금을 지원합니다", item.text(Lang::Ko)),
        (item, Lang::En) => format!("the co-payment for {} is supported", item.text(Lang::En)),
    }
}

fn exclusion_ko(e: Exclusion) -> &'static str {
    match e {
        Exclusion::Foreign => "외국국적자(외국인 특례 제외)",
        Exclusion::Status(s) => match s {
            ExcludedStatus::None => "해당 없음",
            ExcludedStatus::LostNationality => "국적을 상실하거나 국외에 이주한 사람",
            ExcludedStatus::Military => "군복무 중인 사람",
            ExcludedStatus::Abroad => "외국에 체류 중인 사람",
            ExcludedStatus::Prison => "교도소 등에 수감된 사람",
            ExcludedStatus::CareFacility => "보장시설에 입소한 사람",
            ExcludedStatus::Missing => "가출·행방불명·실종자",
            ExcludedStatus::Deceased => "사망자",
        },
    }
}

fn exclusion_en(e: Exclusion) -> &'static str {
    match e {
        Exclusion::Foreign => {
            "a foreign national not covered by the 외국인 특례 (foreigner special case)"
        }
        Exclusion::Status(s) => match s {
            ExcludedStatus::None => "nobody",
            ExcludedStatus::LostNationality => "someone who lost Korean nationality or emigrated",
            ExcludedStatus::Military => "someone in military service",
            ExcludedStatus::Abroad => "someone staying abroad",
            ExcludedStatus::Prison => "someone in prison",
            ExcludedStatus::CareFacility => "someone living in a 보장시설 (care institution)",
            ExcludedStatus::Missing => "someone missing or run away",
            ExcludedStatus::Deceased => "a deceased person",
        },
    }
}

pub(crate) fn coverage_ko(c: Coverage) -> &'static str {
    match c {
        Coverage::HealthInsurance => "건강보험 가입자",
        Coverage::MedicalAid => "의료급여 수급권자",
        Coverage::NearPoor => "차상위 본인부담경감대상자",
    }
}

pub(crate) fn coverage_en(c: Coverage) -> &'static str {
    match c {
        Coverage::HealthInsurance => "health-insurance members",
        Coverage::MedicalAid => "medical-aid recipients",
        Coverage::NearPoor => "near-poor co-payment relief recipients",
    }
}

fn sublist_count_ko(item: Item) -> &'static str {
    match item {
        Item::AssistiveDevices => "2023년 93개 질환",
        Item::Ventilator => "2023년 103개 질환",
        Item::Caregiving => "2023년 97개 질환",
        Item::SpecialDiet => "28개 질환",
        _ => "지정 질환",
    }
}

fn sublist_count_en(item: Item) -> &'static str {
    match item {
        Item::AssistiveDevices => "93 diseases in 2023",
        Item::Ventilator => "103 diseases in 2023",
        Item::Caregiving => "97 diseases in 2023",
        Item::SpecialDiet => "28 diseases",
        _ => "designated diseases",
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
