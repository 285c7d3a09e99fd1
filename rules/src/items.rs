//! The support items and their conditions (seed 003, 의료보장자격별 지원 의료비;
//! cornstarch from the KDCA press release of 2024-02-13).
//!
//! An item is `unlikely` as soon as one condition fails for sure, `review` when nothing
//! fails for sure but something is unknown or rests on an estimate, `not_applicable`
//! when it does not concern the visitor, and `likely` otherwise (SPEC §4).

use crate::case::Case;
use crate::dataset::Dataset;
use crate::decision::ItemDecision;
use crate::diseases::{Disease, DiseaseMatch};
use crate::household::MeansOutcome;
use crate::reasons::{HemophiliaException, ListSize, Payout, Reason};
use crate::vocab::{Coverage, Item, SublistAnswer, Verdict};

/// Everything the item rules look at.
pub struct Context<'a> {
    pub case: &'a Case,
    pub dataset: &'static Dataset,
    pub disease: &'a DiseaseMatch,
    /// The means-test outcome (health insurance only; ignored otherwise).
    pub means: MeansOutcome,
}

/// Collects an item's conditions, then gives the verdict.
struct Conditions {
    item: Item,
    payout: Payout,
    list: ListSize,
    reasons: Vec<Reason>,
    not_applicable: bool,
    fails: bool,
    unknown: bool,
}

impl Conditions {
    fn new(item: Item, ds: &Dataset) -> Self {
        Conditions {
            item,
            payout: Payout::of(item, ds),
            list: ListSize::of(item, ds),
            reasons: Vec::new(),
            not_applicable: false,
            fails: false,
            unknown: false,
        }
    }
    fn pass(&mut self, r: Reason) {
        self.reasons.push(r);
    }
    fn fail(&mut self, r: Reason) {
        self.fails = true;
        self.reasons.push(r);
    }
    fn unknown(&mut self, r: Reason) {
        self.unknown = true;
        self.reasons.push(r);
    }
    fn not_applicable(&mut self, r: Reason) {
        self.not_applicable = true;
        self.reasons.push(r);
    }
    fn verdict(&self) -> Verdict {
        if self.not_applicable {
            Verdict::NotApplicable
        } else if self.fails {
            Verdict::Unlikely
        } else if self.unknown {
            Verdict::Review
        } else {
            Verdict::Likely
        }
    }
    fn finish(mut self) -> ItemDecision {
        let verdict = self.verdict();
        if verdict == Verdict::Likely {
            self.reasons.push(Reason::Amount(self.payout));
        }
        ItemDecision {
            item: self.item,
            verdict,
            reasons: self.reasons,
        }
    }

    /// "지정된 대상질환": the disease must be on the list. Not found → `review`, since
    /// the bundled list may be out of date.
    fn listed(&mut self, ctx: &Context) {
        if *ctx.disease == DiseaseMatch::NotListed {
            self.unknown(Reason::DiseaseNotListed);
        }
    }

    /// Whether the item concerns the visitor at all ([`not_applicable`]); if not, says why.
    fn applies(&mut self, ctx: &Context) -> bool {
        let facts = Facts {
            dataset: ctx.dataset,
            coverage: Some(ctx.case.coverage),
            age: Some(ctx.case.age),
            disease: Some(ctx.disease),
        };
        match not_applicable(self.item, &facts) {
            Some(r) => {
                self.not_applicable(r);
                false
            }
            None => true,
        }
    }

    /// The item's sub-list, as the doctor or health centre told the visitor.
    fn sublist(&mut self, answer: SublistAnswer) {
        let r = Reason::Sublist {
            item: self.item,
            answer,
            size: self.list,
        };
        match answer {
            SublistAnswer::Yes => self.pass(r),
            SublistAnswer::No => self.not_applicable(r),
            SublistAnswer::Unknown => self.unknown(r),
        }
    }

    /// "건강보험가입자: 환자가구와 부양의무자가구의 소득 및 재산 기준을 만족하는 경우";
    /// "의료급여 수급권자 및 차상위 본인부담경감대상자: … 별도의 소득·재산조사 및 평가를
    /// 거치지 않음".
    fn means(&mut self, ctx: &Context) {
        let coverage = ctx.case.coverage;
        if !coverage.means_tested() {
            self.pass(Reason::MeansNotRequired(coverage));
            return;
        }
        let patients = ctx.case.household.rare_patients;
        if patients >= 2 {
            self.pass(Reason::MultiplierApplied { patients });
        }
        match ctx.means {
            MeansOutcome::Pass { on_estimate: false } => self.pass(Reason::MeansPassed),
            MeansOutcome::Pass { on_estimate: true } => self.pass(Reason::MeansPassedOnEstimate),
            MeansOutcome::PassOnlyByCompounding => {
                self.unknown(Reason::PassesOnlyByCompounding { patients })
            }
            MeansOutcome::FailOnEstimateOnly => self.unknown(Reason::MeansFailedOnEstimateOnly),
            MeansOutcome::Fail => self.fail(Reason::MeansFailed),
        }
    }
}

/// The co-payment decision, and whether an exception (haemophilia, one patient per
/// household) decided it.
pub struct Copayment {
    pub decision: ItemDecision,
    pub by_exception: bool,
}

/// 1. 요양급여비용 중 본인부담금 (지원대상질환 1,189개, 2023).
pub fn copayment(ctx: &Context) -> Copayment {
    let mut c = Conditions::new(Item::Copayment, ctx.dataset);
    if !c.applies(ctx) {
        return Copayment {
            decision: c.finish(),
            by_exception: false,
        };
    }
    c.listed(ctx);

    // "혈우병 환자 중 항체양성환자 및 HIV감염자를 소득재산과 관계없이 등록하여 지원";
    // "혈우병 환자 중 급여대상 수술을 요하거나 … 출혈로 인하여 입원치료가 필요한 환자는
    // 소득재산과 관계없이 혈우병 입원특례로 등록하여 한시적으로 지원".
    // The haemophilia answers count only for D66–D68.2 (SPEC §1).
    if ctx.disease.is_hemophilia() {
        let h = &ctx.case.hemophilia;
        let exceptions: Vec<HemophiliaException> = [
            (h.inhibitor, HemophiliaException::Inhibitor),
            (h.hiv, HemophiliaException::Hiv),
            (h.inpatient_exception, HemophiliaException::Inpatient),
        ]
        .into_iter()
        .filter_map(|(on, e)| on.then_some(e))
        .collect();
        if !exceptions.is_empty() {
            for e in exceptions {
                c.pass(Reason::Hemophilia(e));
            }
            return Copayment {
                decision: c.finish(),
                by_exception: true,
            };
        }
    }

    // "환자가구에 희귀질환자가 2인 이상인 경우 희귀질환자 추가 1인당 소득·재산기준을 1.5배
    // 적용하여도 2인 모두 지원 대상자 선정기준에 부합하지 않는 경우에는 소득재산조사의
    // 결과와 관계없이 가구당 1인은 지원대상자로 선정함".
    let patients = ctx.case.household.rare_patients;
    let means_clear = matches!(ctx.means, MeansOutcome::Pass { .. });
    if patients >= 2 && !means_clear {
        c.pass(Reason::MultiplierApplied { patients });
        c.pass(Reason::OnePerHousehold { patients });
        return Copayment {
            decision: c.finish(),
            by_exception: true,
        };
    }
    c.means(ctx);
    Copayment {
        decision: c.finish(),
        by_exception: false,
    }
}

/// 만성신장병 요양비: "만성신장병 요양비 지원대상질환 : 만성신장병(N18)"; "만성신장병(N18) :
/// 신장장애 '장애의 정도가 심한 등록장애인'".
pub fn ckd_dialysis(ctx: &Context) -> ItemDecision {
    let mut c = Conditions::new(Item::CkdDialysis, ctx.dataset);
    if !c.applies(ctx) {
        return c.finish();
    }
    c.listed(ctx);
    if ctx.case.disability.severe_kidney {
        c.pass(Reason::SevereKidney);
    } else {
        c.fail(Reason::NoSevereKidney);
    }
    c.means(ctx);
    c.finish()
}

/// 보조기기 구입비 (93개 질환, 2023): "보조기기 구입비 : 장애인 등록자".
pub fn assistive_devices(ctx: &Context) -> ItemDecision {
    let mut c = Conditions::new(Item::AssistiveDevices, ctx.dataset);
    if !c.applies(ctx) {
        return c.finish();
    }
    c.listed(ctx);
    c.sublist(ctx.case.on_sublist.get(Item::AssistiveDevices));
    if ctx.case.disability.registered {
        c.pass(Reason::DisabilityRegistered);
    } else {
        c.fail(Reason::DisabilityNotRegistered);
    }
    c.means(ctx);
    c.finish()
}

/// 인공호흡기 및 기침유발기 대여료 (103개 질환, 2023).
pub fn ventilator(ctx: &Context) -> ItemDecision {
    let mut c = Conditions::new(Item::Ventilator, ctx.dataset);
    if !c.applies(ctx) {
        return c.finish();
    }
    c.listed(ctx);
    c.sublist(ctx.case.on_sublist.get(Item::Ventilator));
    c.means(ctx);
    c.finish()
}

/// 간병비(월 30만원) (97개 질환, 2023): "지체 또는 '뇌병변 장애의 정도가 심한 장애인' 중
/// 장애정도가 별도의 의학적 기준을 충족하는 자". For every coverage type.
pub fn caregiving(ctx: &Context) -> ItemDecision {
    let mut c = Conditions::new(Item::Caregiving, ctx.dataset);
    c.listed(ctx);
    c.sublist(ctx.case.on_sublist.get(Item::Caregiving));
    if ctx.case.disability.severe_physical_or_brain {
        c.pass(Reason::SeverePhysicalOrBrain);
    } else {
        c.fail(Reason::NoSeverePhysicalOrBrain);
    }
    c.means(ctx);
    c.finish()
}

/// 특수식이 구입비 (28개 질환): "만 19세 이상 해당질환 대상자에게 특수조제분유(연간 360만원
/// 이내) 및 저단백즉석밥(연간 168만원 이내) 구입비를 지원"; "만 19세 미만 … 선천성대사이상
/// 검사 및 환아관리지원사업에서 지원가능". For every coverage type.
pub fn special_diet(ctx: &Context) -> ItemDecision {
    let mut c = Conditions::new(Item::SpecialDiet, ctx.dataset);
    if !c.applies(ctx) {
        return c.finish();
    }
    c.listed(ctx);
    c.sublist(ctx.case.on_sublist.get(Item::SpecialDiet));
    c.means(ctx);
    c.finish()
}

/// 옥수수전분 구입비 (2024년부터, 9개 당원병; 연간 168만원 이내): 의료급여·차상위는 지원,
/// 건강보험 가입자는 소득·재산 기준, 단 만 18세 미만은 소득·재산 조사 면제 (KDCA
/// 2024-02-13). Matched by Korean name: the KCD code E74.0 (V117) also covers diseases
/// not on the list.
pub fn cornstarch(ctx: &Context) -> ItemDecision {
    let mut c = Conditions::new(Item::Cornstarch, ctx.dataset);
    if !c.applies(ctx) {
        return c.finish();
    }
    match ctx.disease {
        DiseaseMatch::NotListed => c.unknown(Reason::DiseaseNotListed),
        DiseaseMatch::Listed(entries) => {
            if entries.iter().all(|d| on_cornstarch_list(ctx.dataset, d)) {
                c.pass(Reason::CornstarchOnList { size: c.list });
            } else {
                c.unknown(Reason::CornstarchAskName);
            }
        }
    }
    if ctx.case.coverage == Coverage::HealthInsurance && ctx.case.age < 18 {
        c.pass(Reason::MeansSkippedUnder18);
    } else {
        c.means(ctx);
    }
    c.finish()
}

/// Korean names compared without spaces (the press spelled "글리코겐축적병1b형A").
fn name_key(name: &str) -> String {
    name.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Whether a disease is on the year's cornstarch list, by name.
fn on_cornstarch_list(ds: &Dataset, d: &Disease) -> bool {
    ds.cornstarch.as_ref().is_some_and(|list| {
        let key = name_key(d.korean);
        list.diseases.iter().any(|n| name_key(n) == key)
    })
}

/// What is known about the visitor so far, for deciding which items can concern them.
/// `None`: not answered yet.
pub struct Facts<'a> {
    pub dataset: &'a Dataset,
    pub coverage: Option<Coverage>,
    pub age: Option<u8>,
    pub disease: Option<&'a DiseaseMatch>,
}

/// Why an item cannot concern the visitor, or `None` while it still can. The item rules
/// above start here, and the widget asks about an item only where this is `None`.
pub fn not_applicable(item: Item, f: &Facts) -> Option<Reason> {
    // "의료급여 수급권자 및 차상위 본인부담경감대상자 … 1. 간병비 2. 특수식이 구입비":
    // the other items (cornstarch aside) are for health-insurance members only.
    if !item.facts().every_coverage {
        if let Some(c) = f.coverage.filter(|c| !c.means_tested()) {
            return Some(Reason::NotForCoverage(c));
        }
    }
    match item {
        // "만성신장병 요양비 지원대상질환 : 만성신장병(N18)".
        Item::CkdDialysis => match f.disease {
            Some(d @ DiseaseMatch::Listed(_)) if !d.is_ckd() => Some(Reason::NotCkd),
            _ => None,
        },
        // "만 19세 이상 해당질환 대상자에게 … 만 19세 미만 … 선천성대사이상 검사 및
        // 환아관리지원사업에서 지원가능".
        Item::SpecialDiet => f.age.filter(|a| *a < 19).map(|_| Reason::UnderNineteen),
        Item::Cornstarch => match f.disease {
            Some(DiseaseMatch::Listed(entries))
                if !entries.iter().any(|d| on_cornstarch_list(f.dataset, d)) =>
            {
                Some(Reason::CornstarchNotOnList {
                    size: ListSize::of(Item::Cornstarch, f.dataset),
                })
            }
            _ => None,
        },
        Item::Copayment | Item::AssistiveDevices | Item::Ventilator | Item::Caregiving => None,
    }
}

/// The items a year has, in the rules' order, as its data file lists them (cornstarch
/// from 2024).
pub fn of_year(ds: &Dataset) -> impl Iterator<Item = Item> + '_ {
    ds.rules.items.iter().copied()
}

/// Every item of the year, in order, and whether an exception decided the co-payment.
pub fn all(ctx: &Context) -> (Vec<ItemDecision>, bool) {
    let co = copayment(ctx);
    let by_exception = co.by_exception;
    let items = of_year(ctx.dataset)
        .map(|item| match item {
            Item::Copayment => co.decision.clone(),
            Item::CkdDialysis => ckd_dialysis(ctx),
            Item::AssistiveDevices => assistive_devices(ctx),
            Item::Ventilator => ventilator(ctx),
            Item::Caregiving => caregiving(ctx),
            Item::SpecialDiet => special_diet(ctx),
            Item::Cornstarch => cornstarch(ctx),
        })
        .collect();
    (items, by_exception)
}

/// The items of the year, all with one verdict and one reason (exclusions,
/// register-first).
pub fn uniform(ds: &Dataset, verdict: Verdict, reason: Reason) -> Vec<ItemDecision> {
    of_year(ds)
        .map(|item| ItemDecision {
            item,
            verdict,
            reasons: vec![reason],
        })
        .collect()
}
