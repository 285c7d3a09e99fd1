//! What each support item is, declared once (seed 003, 의료보장자격별 지원 의료비 and
//! 지원범위별 지정 대상질환; cornstarch from the KDCA press release of 2024-02-13).
//!
//! Everything about an item that is not a yearly figure sits in one `match` arm below,
//! so a new item is one arm here, its words in `vocab.rs` and its rule in `items.rs`;
//! the compiler finds every place that must learn about it. The yearly figures (what it
//! pays, how long its list is, whether it exists that year) are data
//! (`data/years/*.toml`).

use crate::vocab::Item;

/// The facts of one item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ItemFacts {
    /// "지원범위별 지정 대상질환": the item has a disease list of its own, which is not
    /// bundled, so the visitor is asked what the doctor or health centre said.
    pub sublist: bool,
    /// Open to medical-aid and near-poor recipients too ("의료급여 수급권자 및 차상위
    /// 본인부담경감대상자 … 1. 간병비 2. 특수식이 구입비"; cornstarch by the 2024 release);
    /// the others are for health-insurance members only.
    pub every_coverage: bool,
    /// The disability the item asks about, if any.
    pub disability: Option<DisabilityCondition>,
    /// How the year's data says what the item pays.
    pub pays: Pays,
}

/// A disability an item requires (seed 003, 의료보장자격별 지원 의료비 and 제출서류).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DisabilityCondition {
    /// "보조기기 구입비 : 장애인 등록자".
    Registered,
    /// "지체 또는 '뇌병변 장애의 정도가 심한 장애인' 중 … 의학적 기준을 충족하는 자".
    SeverePhysicalOrBrain,
    /// "만성신장병(N18) : 신장장애 '장애의 정도가 심한 등록장애인'".
    SevereKidney,
}

impl DisabilityCondition {
    /// "장애정도 확인 서류 사본 1부(해당자에 한함)": asked for by caregiving and devices
    /// while they are possible (N18 and G20 ask for it by their codes).
    pub fn needs_proof(self) -> bool {
        matches!(
            self,
            DisabilityCondition::Registered | DisabilityCondition::SeverePhysicalOrBrain
        )
    }
}

/// What kind of payment an item is; the amounts are the year's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pays {
    /// The remaining co-payment after 산정특례 is waived.
    CopaymentWaived,
    /// The co-payment for the item is covered.
    CopaymentCovered,
    /// `[amounts] caregiving_monthly`.
    CaregivingMonthly,
    /// `[amounts] special_formula_yearly` and `low_protein_rice_yearly`.
    SpecialDietYearly,
    /// `[cornstarch] yearly_cap`.
    CornstarchYearly,
}

impl Item {
    /// The item's facts.
    pub const fn facts(self) -> ItemFacts {
        use DisabilityCondition as D;
        let (sublist, every_coverage, disability, pays) = match self {
            Item::Copayment => (false, false, None, Pays::CopaymentWaived),
            Item::CkdDialysis => (false, false, Some(D::SevereKidney), Pays::CopaymentCovered),
            Item::AssistiveDevices => (true, false, Some(D::Registered), Pays::CopaymentCovered),
            Item::Ventilator => (true, false, None, Pays::CopaymentCovered),
            Item::Caregiving => (
                true,
                true,
                Some(D::SeverePhysicalOrBrain),
                Pays::CaregivingMonthly,
            ),
            Item::SpecialDiet => (true, true, None, Pays::SpecialDietYearly),
            Item::Cornstarch => (false, true, None, Pays::CornstarchYearly),
        };
        ItemFacts {
            sublist,
            every_coverage,
            disability,
            pays,
        }
    }

    /// The items with a disease sub-list of their own, in the rules' order.
    pub fn with_sublists() -> impl Iterator<Item = Item> {
        Item::ALL.iter().copied().filter(|i| i.facts().sublist)
    }
}
