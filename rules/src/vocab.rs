//! The words of the rules: every enum a case or a decision uses, with its JSON code and
//! its words in Korean and English, defined once. The widget shows these words; the
//! decision JSON carries the codes. Nothing here imports another module of the crate.

use serde::{Deserialize, Serialize};

/// The language of rendered text. Rule citations stay Korean, with an English gloss.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Ko,
    En,
}

/// Declares an enum whose variants each carry a JSON code and a label in Korean and
/// English, so that the three can never drift apart.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal, $ko:literal, $en:literal; )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $code)] $variant, )+
        }

        impl $name {
            /// Every value, in the order the rules text lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value as the case and decision JSON spell it.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code,)+ }
            }

            /// The value's words, as the widget shows them.
            pub fn text(self, lang: Lang) -> &'static str {
                match lang {
                    Lang::Ko => match self { $($name::$variant => $ko,)+ },
                    Lang::En => match self { $($name::$variant => $en,)+ },
                }
            }
        }
    };
}

vocabulary! {
    /// A verdict for one support item, or overall (SPEC §4).
    pub enum Verdict {
        /// The visitor very likely qualifies.
        Likely = "likely", "지원 가능성 높음", "likely";
        /// A condition fails for sure.
        Unlikely = "unlikely", "지원 어려움", "unlikely";
        /// Nothing fails for sure, but something is unknown or rests on an estimate.
        Review = "review", "보건소 확인 필요", "ask your health centre";
        /// Not registered for 산정특례 yet: register first.
        RegisterFirst = "register_first", "산정특례 등록 먼저", "register for 산정특례 first";
        /// The item does not concern this visitor (disease, coverage or age).
        NotApplicable = "not_applicable", "해당 없음", "does not apply";
    }
}

impl Verdict {
    /// The verdict as the one sentence that heads a result.
    pub fn sentence(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Verdict::Likely, Lang::Ko) => "지원받을 가능성이 높습니다",
            (Verdict::Unlikely, Lang::Ko) => "지원 대상이 아닐 가능성이 높습니다",
            (Verdict::Review, Lang::Ko) => "보건소 확인이 필요합니다",
            (Verdict::RegisterFirst, Lang::Ko) => "먼저 희귀질환 산정특례 등록을 하세요",
            (Verdict::NotApplicable, Lang::Ko) => "해당하는 지원 항목이 없습니다",
            (Verdict::Likely, Lang::En) => "You are likely to qualify",
            (Verdict::Unlikely, Lang::En) => "You are unlikely to qualify",
            (Verdict::Review, Lang::En) => "Your health centre needs to check",
            (Verdict::RegisterFirst, Lang::En) => "Register for the rare-disease 산정특례 first",
            (Verdict::NotApplicable, Lang::En) => "No support item applies",
        }
    }
}

vocabulary! {
    /// The support items (seed 003, 의료보장자격별 지원 의료비), plus cornstarch from 2024.
    pub enum Item {
        /// 요양급여비용 중 본인부담금.
        Copayment = "copayment", "요양급여비용 본인부담금", "co-payment";
        /// 만성신장병 요양비 (복막관류액 및 자동복막투석 소모성재료).
        CkdDialysis = "ckd_dialysis", "만성신장병 요양비", "chronic kidney disease dialysis supplies";
        /// 보조기기 구입비.
        AssistiveDevices = "assistive_devices", "보조기기 구입비", "assistive devices";
        /// 인공호흡기 및 기침유발기 대여료.
        Ventilator = "ventilator", "인공호흡기·기침유발기 대여료", "ventilator and cough-assist rental";
        /// 간병비.
        Caregiving = "caregiving", "간병비", "caregiving";
        /// 특수식이 구입비 (특수조제분유, 저단백즉석밥).
        SpecialDiet = "special_diet", "특수식이 구입비", "special diet";
        /// 옥수수전분 구입비 (2024년부터).
        Cornstarch = "cornstarch", "옥수수전분 구입비", "cornstarch";
    }
}

vocabulary! {
    /// Where a threshold figure comes from.
    pub enum Basis {
        /// Printed in the source, cell by cell.
        Published = "published", "공표 기준", "published";
        /// Computed from published inputs by a published rule (median × pct).
        Derived = "derived", "공표 비율로 계산", "derived";
        /// Computed by a formula that is not known to hold for this year or size.
        Estimated = "estimated", "추정 기준", "estimated";
    }
}

vocabulary! {
    /// Which household a test is about.
    pub enum HouseholdKind {
        /// 환자가구.
        Patient = "patient", "환자 가구", "patient household";
        /// 부양의무자가구.
        Obligor = "obligor", "부양의무자 가구", "obligor household";
    }
}

vocabulary! {
    /// Income or property.
    pub enum TestKind {
        Income = "income", "월 소득", "monthly income";
        Property = "property", "재산", "property";
    }
}

vocabulary! {
    /// The patient's health coverage, which decides the path (SPEC §1).
    #[derive(Default)]
    pub enum Coverage {
        /// 건강보험 가입자.
        #[default]
        HealthInsurance = "health_insurance", "건강보험", "National health insurance";
        /// 의료급여 수급권자.
        MedicalAid = "medical_aid", "의료급여", "Medical aid (의료급여)";
        /// 차상위 본인부담경감대상자.
        NearPoor = "near_poor", "차상위 본인부담경감", "Near-poor relief (차상위)";
    }
}

impl Coverage {
    /// "건강보험가입자: 환자가구와 부양의무자가구의 소득 및 재산 기준을 만족하는 경우";
    /// medical aid and near-poor recipients have had theirs checked already.
    pub fn means_tested(self) -> bool {
        self == Coverage::HealthInsurance
    }

    /// The people who hold this coverage, as a rule names them.
    pub fn holders(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Coverage::HealthInsurance, Lang::Ko) => "건강보험 가입자",
            (Coverage::MedicalAid, Lang::Ko) => "의료급여 수급권자",
            (Coverage::NearPoor, Lang::Ko) => "차상위 본인부담경감대상자",
            (Coverage::HealthInsurance, Lang::En) => "health-insurance members",
            (Coverage::MedicalAid, Lang::En) => "medical-aid recipients",
            (Coverage::NearPoor, Lang::En) => "near-poor co-payment relief recipients",
        }
    }
}

vocabulary! {
    #[derive(Default)]
    pub enum Nationality {
        #[default]
        Korean = "korean", "대한민국", "Korean";
        /// A foreign national covered by 외국인 특례: not excluded.
        ForeignSpecial = "foreign_special", "외국인(외국인 특례 대상)", "Foreign national covered by the foreigner special case";
        /// A foreign national: excluded.
        Foreign = "foreign", "외국인(특례 대상 아님)", "Foreign national, not covered";
    }
}

vocabulary! {
    /// Seed 003, 지원제외 대상자: the situations that exclude a patient.
    #[derive(Default)]
    pub enum ExcludedStatus {
        #[default]
        None = "none", "해당 없음", "None of these";
        LostNationality = "lost_nationality", "국적을 잃었거나 국외로 이주함", "Lost Korean nationality or emigrated";
        Military = "military", "군 복무 중", "In military service";
        Abroad = "abroad", "외국에 머무는 중", "Staying abroad";
        Prison = "prison", "교도소 등에 수감 중", "In prison";
        CareFacility = "care_facility", "보장시설에 입소함", "Living in a care institution (보장시설)";
        Missing = "missing", "가출·행방불명·실종", "Missing or run away";
        Deceased = "deceased", "사망", "Deceased";
    }
}

vocabulary! {
    /// What the doctor or health centre said about an item's sub-list: yes, no or 모름.
    #[derive(Default)]
    pub enum SublistAnswer {
        Yes = "yes", "예", "Yes";
        No = "no", "아니요", "No";
        #[default]
        Unknown = "unknown", "모름", "Don't know";
    }
}

vocabulary! {
    /// Which part of a 도농복합시 (or of 세종, or of 제주's 시) the household lives in:
    /// the 2023 tiers tell its 동 from its 읍·면.
    pub enum Town {
        Dong = "dong", "동 지역", "a dong (urban neighbourhood)";
        EupMyeon = "eup_myeon", "읍·면 지역", "an eup or myeon (town or township)";
    }
}

vocabulary! {
    /// Which percentages a disease uses: the ordinary rare-disease ones or the 4-major
    /// ones (혈우병, 고쉐병, 파브리병, 뮤코다당증).
    pub enum Group {
        Rare = "rare", "희귀질환", "rare disease";
        FourMajor = "four_major", "4대 질환", "4 major";
    }
}

vocabulary! {
    /// What kind of 시·군·구 a place is, as far as the property tiers care.
    pub enum PlaceKind {
        /// 자치구: a district of a 특별시 or 광역시.
        AutonomousGu = "autonomous_gu", "자치구", "autonomous district";
        /// 시 (or an 일반구 of one) whose areas are all 동.
        City = "city", "시", "city";
        /// 도농복합시: a 시 with both 동 and 읍·면 areas (also 세종 and 제주's 시).
        UrbanRuralCity = "urban_rural_city", "도농복합시", "urban-rural city";
        /// 군.
        County = "county", "군", "county";
    }
}

/// Where a rule comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    /// Seed 003: the Gwacheon health-centre page on this programme (the 2023 rules).
    Seed003,
    /// The KDCA press release that introduced the cornstarch item (2024-02-13).
    Kdca2024,
}

/// The rule a reason, a note or a document applies: a source and, for seed 003, its
/// section (in Korean, as printed) with an English gloss.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Citation {
    pub source: Source,
    pub section_ko: &'static str,
    pub gloss_en: &'static str,
}

impl Citation {
    /// A section of seed 003.
    pub const fn seed(section_ko: &'static str, gloss_en: &'static str) -> Self {
        Citation {
            source: Source::Seed003,
            section_ko,
            gloss_en,
        }
    }

    pub const KDCA_2024: Citation = Citation {
        source: Source::Kdca2024,
        section_ko: "",
        gloss_en: "",
    };

    /// The source and section, as a numbered source list shows them.
    pub fn name(self, lang: Lang) -> String {
        match (self.source, lang) {
            (Source::Seed003, Lang::Ko) => format!("과천시 보건소 안내, {}", self.section_ko),
            (Source::Seed003, Lang::En) => format!(
                "Gwacheon health-centre page, {} — {}",
                self.section_ko, self.gloss_en
            ),
            (Source::Kdca2024, Lang::Ko) => "질병관리청 보도자료 2024.2.13".to_string(),
            (Source::Kdca2024, Lang::En) => "KDCA press release, 13 Feb 2024".to_string(),
        }
    }

    /// The citation written out after a sentence: "(근거: 과천시 보건소 안내, 제출서류)".
    pub fn text(self, lang: Lang) -> String {
        match (self.source, lang) {
            (_, Lang::Ko) => format!("(근거: {})", self.name(lang)),
            (Source::Seed003, Lang::En) => format!("(rule: {})", self.name(lang)),
            (Source::Kdca2024, Lang::En) => format!("(source: {})", self.name(lang)),
        }
    }
}

/// Something the result says that rests on a rule: a plain sentence first, and the rule
/// it cites, which a screen may show as a marker and a printout writes out.
pub trait Explained {
    fn sentence(&self, lang: Lang) -> String;
    fn citation(&self) -> Option<Citation>;

    /// The sentence with its citation written out, as the decision JSON carries it.
    fn text(&self, lang: Lang) -> String {
        match self.citation() {
            Some(c) => format!("{} {}", self.sentence(lang), c.text(lang)),
            None => self.sentence(lang),
        }
    }
}

/// Whole won with thousands separators: 1234567 → "1,234,567".
pub fn group_digits(won: i64) -> String {
    let digits = won.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if won < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// An amount as Korean reads it, in 조, 억 and 만: 150000000 → "1억 5,000만원",
/// 3500000 → "350만원", 12345 → "1만 2,345원".
pub fn korean_reading(won: i64) -> String {
    if won < 0 {
        return format!("-{}", korean_reading(won.saturating_neg()));
    }
    if won == 0 {
        return "0원".to_string();
    }
    let mut parts = Vec::new();
    let mut rest = won;
    for (unit, name) in [
        (1_000_000_000_000, "조"),
        (100_000_000, "억"),
        (10_000, "만"),
    ] {
        if rest >= unit {
            parts.push(format!("{}{name}", group_digits(rest / unit)));
            rest %= unit;
        }
    }
    if rest > 0 {
        parts.push(group_digits(rest));
    }
    format!("{}원", parts.join(" "))
}

/// An amount in the visitor's language: "1억 5,000만원" or "150,000,000 won".
pub fn won(amount: i64, lang: Lang) -> String {
    match lang {
        Lang::Ko => korean_reading(amount),
        Lang::En => format!("{} won", group_digits(amount)),
    }
}
