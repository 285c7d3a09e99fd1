//! Every question of the patient's case, declared once: its id, its words in Korean and
//! English, its range (taken from `rules::case`), its row in the printout and, through
//! its label and id, its entry in the error summary and the still-to-answer list. The
//! form, the reading of the answers, those two lists and the printout all read it here.
//!
//! Two kinds:
//! - [`Question`]: a question with an answer of its own kind (a finder, a number, an
//!   amount, radios, a select). Its id and words are its [`Spec`]; how it is answered
//!   and its printout row are exhaustive matches below, so a new one does not compile
//!   until it has each. The form (`form/`) places it and `state/read.rs` reads it.
//! - [`CONDITIONS`]: the yes/no conditions, asked as checkboxes. An entry there is the
//!   widget's whole part of a new one: its checkbox appears in its group whenever the
//!   rules ask it, its answer goes into the case, and the printout lists it when it is yes.
//!   (The recipe is in docs/architecture.md.)

use std::ops::RangeInclusive;

use rules::case::{AGE, HOUSEHOLD_SIZE};
use rules::{Asks, Case, Lang};

use crate::i18n::Messages;

/// Words in Korean and in English.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Words {
    pub ko: &'static str,
    pub en: &'static str,
}

impl Words {
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ko => self.ko,
            Lang::En => self.en,
        }
    }
}

const fn words(ko: &'static str, en: &'static str) -> Words {
    Words { ko, en }
}

/// The questions with an answer of their own kind, in page order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Question {
    Year,
    Registered,
    Disease,
    Age,
    Nationality,
    Excluded,
    Coverage,
    Place,
    Town,
    Needs,
    Size,
    Income,
    Property,
    Patients,
}

/// How a question is answered.
pub enum Answer {
    /// One of a few options, as radios: still to answer until one is picked.
    Pick,
    /// A name found in a list as it is typed (the disease, the place).
    Finder,
    /// One of a list, with a default (a select), or a few ticks (the needs).
    Select,
    /// A whole number in a range of `rules::case`.
    Count(RangeInclusive<u32>),
    /// An amount of money, as `money.rs` reads it (its errors are the catalogue's).
    Money,
}

/// A question's id and words.
pub struct Spec {
    /// The input's id (`q-age`). An obligor household's own figure puts its number after
    /// `q-obligor-`: `q-obligor-2-income`.
    pub id: &'static str,
    pub label: Words,
    pub hint: Option<Words>,
}

/// What the printout ("입력한 내용") knows besides the case: what the state found.
pub struct Printout<'a> {
    pub case: &'a Case,
    pub m: &'a Messages,
    /// The patient's place with its tier: "경기도 과천시: 2026년 기준 '경기' 지역".
    pub place: Option<String>,
    /// The items the visitor asked about, in words.
    pub needs: String,
}

/// A question's row in the printout.
pub enum Row {
    /// A row of its own: its label and the answer.
    Own(&'static str, String),
    /// In the patient household's row of figures.
    Household,
    /// No row: nothing to say, or said in another question's row.
    None,
}

impl Question {
    pub const ALL: [Question; 14] = [
        Question::Year,
        Question::Registered,
        Question::Disease,
        Question::Age,
        Question::Nationality,
        Question::Excluded,
        Question::Coverage,
        Question::Place,
        Question::Town,
        Question::Needs,
        Question::Size,
        Question::Income,
        Question::Property,
        Question::Patients,
    ];

    /// Its id and words.
    pub fn spec(self) -> &'static Spec {
        match self {
            Question::Year => &YEAR,
            Question::Registered => &REGISTERED,
            Question::Disease => &DISEASE,
            Question::Age => &AGE_Q,
            Question::Nationality => &NATIONALITY,
            Question::Excluded => &EXCLUDED,
            Question::Coverage => &COVERAGE,
            Question::Place => &PLACE,
            Question::Town => &TOWN,
            Question::Needs => &NEEDS,
            Question::Size => &SIZE,
            Question::Income => &INCOME,
            Question::Property => &PROPERTY,
            Question::Patients => &PATIENTS,
        }
    }

    pub fn id(self) -> &'static str {
        self.spec().id
    }

    pub fn label(self, lang: Lang) -> &'static str {
        self.spec().label.get(lang)
    }

    /// How it is answered, and a number's range, from `rules::case`.
    pub fn answer(self) -> Answer {
        match self {
            Question::Year | Question::Nationality | Question::Excluded | Question::Needs => {
                Answer::Select
            }
            Question::Registered | Question::Coverage | Question::Town => Answer::Pick,
            Question::Disease | Question::Place => Answer::Finder,
            Question::Age => Answer::Count(AGE),
            // The patients at most the household's size, which the reading checks too.
            Question::Size | Question::Patients => Answer::Count(HOUSEHOLD_SIZE),
            Question::Income | Question::Property => Answer::Money,
        }
    }

    /// What to say when a number is out of its range.
    pub fn range_error(self, lang: Lang) -> String {
        let Answer::Count(r) = self.answer() else {
            return String::new();
        };
        let (from, to) = (r.start(), r.end());
        match (self, lang) {
            (Question::Age, Lang::Ko) => {
                format!("나이를 {from}에서 {to} 사이의 숫자로 입력하세요. 예: 34")
            }
            (Question::Age, Lang::En) => {
                format!("Enter the age as a number from {from} to {to}, e.g. 34")
            }
            (Question::Patients, Lang::Ko) => {
                "희귀질환자 수는 1명 이상, 가구원 수 이하로 입력하세요.".into()
            }
            (Question::Patients, Lang::En) => {
                "Enter at least 1 patient, and no more than the household size.".into()
            }
            (_, Lang::Ko) => format!("가구원 수를 {from}에서 {to} 사이의 숫자로 입력하세요."),
            (_, Lang::En) => format!("Enter the household size as a number from {from} to {to}."),
        }
    }

    /// Its row in the printout.
    pub fn row(self, p: &Printout) -> Row {
        let (case, lang) = (p.case, p.m.lang);
        let own = |value: String| Row::Own(self.label(lang), value);
        match self {
            Question::Year => own(case.year.to_string()),
            Question::Registered => Row::Own(
                words("산정특례 등록", "Registered for 산정특례").get(lang),
                if case.special_calc_registered {
                    p.m.yes
                } else {
                    p.m.no
                }
                .into(),
            ),
            Question::Disease => own(case.disease.clone()),
            Question::Age => own(case.age.to_string()),
            Question::Nationality => own(case.nationality.text(lang).into()),
            Question::Excluded if case.excluded_status == rules::ExcludedStatus::None => Row::None,
            Question::Excluded => own(case.excluded_status.text(lang).into()),
            Question::Coverage => own(case.coverage.text(lang).into()),
            Question::Place => p.place.clone().map_or(Row::None, own),
            // Its 동 or 읍·면 decides the place's tier, which the place's row gives.
            Question::Town => Row::None,
            Question::Needs => Row::Own(
                words("필요한 지원", "Support needed").get(lang),
                p.needs.clone(),
            ),
            Question::Size | Question::Income | Question::Property | Question::Patients => {
                Row::Household
            }
        }
    }
}

const YEAR: Spec = Spec {
    id: "q-year",
    label: words("기준 연도", "Rules year"),
    hint: Some(words(
        "신청하는 해의 기준을 고르세요.",
        "Choose the year you are applying in.",
    )),
};

const REGISTERED: Spec = Spec {
    id: "q-registered",
    label: words(
        "희귀질환 산정특례에 등록되어 있나요?",
        "Is the patient on 산정특례?",
    ),
    hint: Some(words(
        "병원에서 희귀질환 산정특례(본인부담 10%) 등록을 해 주었다면 '예'입니다.",
        "Yes if a hospital registered the rare disease for it (10% co-payment).",
    )),
};

const DISEASE: Spec = Spec {
    id: "q-disease",
    label: words("질환 이름 또는 코드", "Disease name or code"),
    hint: Some(words(
        "진단서에 적힌 이름, 질병코드(예: E75.2) 또는 산정특례 코드(예: V117)를 입력하세요.",
        "From the diagnosis, e.g. E75.2 or V117.",
    )),
};

const AGE_Q: Spec = Spec {
    id: "q-age",
    label: words("환자의 만 나이", "Patient's age in full years"),
    hint: Some(words("숫자만 입력하세요. 예: 34", "Numbers only, e.g. 34")),
};

const NATIONALITY: Spec = Spec {
    id: "q-nationality",
    label: words("국적", "Nationality"),
    hint: None,
};

const EXCLUDED: Spec = Spec {
    id: "q-excluded",
    label: words("다음 중 해당하는 상황", "Does any of these apply?"),
    hint: Some(words(
        "이 상황에 있는 분은 지원에서 제외됩니다.",
        "These are not supported.",
    )),
};

const COVERAGE: Spec = Spec {
    id: "q-coverage",
    label: words("의료보장 종류", "Health coverage"),
    hint: None,
};

const PLACE: Spec = Spec {
    id: "q-place",
    label: words("주민등록상 주소(시·군·구)", "Registered address (시·군·구)"),
    hint: Some(words(
        "이름을 입력하고 목록에서 고르세요. 예: 과천, 수원시 장안구, ㄱㅊ",
        "Type and pick, e.g. 과천, 장안구 or ㄱㅊ.",
    )),
};

const TOWN: Spec = Spec {
    id: "q-town",
    label: words(
        "주소가 동 지역인가요, 읍·면 지역인가요?",
        "Is the address in a dong, or in an eup or myeon?",
    ),
    hint: None,
};

const NEEDS: Spec = Spec {
    id: "q-needs",
    label: words("어떤 지원이 필요하세요?", "What support do you need?"),
    hint: Some(words(
        "더 필요한 항목이 있으면 고르세요.",
        "Tick anything else you need.",
    )),
};

/// An obligor household's size: that household's own people. The patient is in the
/// patient household, not in this one.
pub const OBLIGOR_SIZE_LABEL: Words = words("가구원 수", "Household size");

const SIZE: Spec = Spec {
    id: "q-size",
    label: words("가구원 수(환자 포함)", "Household size"),
    hint: Some(words(
        "숫자만 입력하세요. 예: 3",
        "Count the patient too, e.g. 3",
    )),
};

const INCOME: Spec = Spec {
    id: "q-income",
    label: words("가구의 월 소득", "Household income per month"),
    hint: Some(words("예: 3,500,000 또는 350만", "e.g. 3,500,000 or 350만")),
};

const PROPERTY: Spec = Spec {
    id: "q-property",
    label: words("가구의 재산", "Household property"),
    hint: Some(words(
        "집·땅·예금·자동차 등에서 빚을 뺀 금액. 예: 1억 5000만",
        "Home, land, savings, cars, minus debts. e.g. 1억 5000만",
    )),
};

const PATIENTS: Spec = Spec {
    id: "q-patients",
    label: words("가구 안의 희귀질환자 수", "People with a rare disease"),
    hint: Some(words(
        "2명 이상이면 기준이 1.5배씩 높아집니다.",
        "With 2 or more, each limit is 1.5 times higher per extra patient.",
    )),
    // At most the household's size, which the reading checks too.
};

/// Where a condition's checkbox stands in the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// "혈우병 특례", under the needs.
    Hemophilia,
    /// "장애", under the needs.
    Disability,
    /// At the end of the patient household's questions.
    Household,
}

/// A yes/no condition, asked as a checkbox: ticked is yes.
pub struct Condition {
    pub id: &'static str,
    /// Also its line under "해당하는 조건" in the printout.
    pub label: Words,
    pub group: Group,
    /// Whether the rules ask it, for what the visitor has answered so far. One they do
    /// not ask is shown nowhere and goes into the case as no.
    pub asked: fn(&Asks) -> bool,
    /// Puts the answer into the case.
    pub set: fn(&mut Case, bool),
    /// Reads it back from the case, for the printout.
    pub get: fn(&Case) -> bool,
}

/// The yes/no conditions, in page order (the printout lists them in this order too).
pub const CONDITIONS: &[Condition] = &[
    Condition {
        id: "q-inhibitor",
        label: words(
            "항체양성(인히비터) 환자예요",
            "Has inhibitor antibodies (항체양성)",
        ),
        group: Group::Hemophilia,
        asked: |a| a.hemophilia,
        set: |c, yes| c.hemophilia.inhibitor = yes,
        get: |c| c.hemophilia.inhibitor,
    },
    Condition {
        id: "q-hiv",
        label: words("HIV 감염자예요", "Has HIV"),
        group: Group::Hemophilia,
        asked: |a| a.hemophilia,
        set: |c, yes| c.hemophilia.hiv = yes,
        get: |c| c.hemophilia.hiv,
    },
    Condition {
        id: "q-inpatient",
        label: words(
            "급여 대상 수술이 필요하거나 출혈로 입원했어요",
            "Needs covered surgery or was admitted for bleeding",
        ),
        group: Group::Hemophilia,
        asked: |a| a.hemophilia,
        set: |c, yes| c.hemophilia.inpatient_exception = yes,
        get: |c| c.hemophilia.inpatient_exception,
    },
    Condition {
        id: "q-disability",
        label: words("장애인으로 등록되어 있어요", "Registered as disabled"),
        group: Group::Disability,
        asked: |a| a.disability_registered,
        set: |c, yes| c.disability.registered = yes,
        get: |c| c.disability.registered,
    },
    Condition {
        id: "q-severe-physical",
        label: words(
            "지체 또는 뇌병변 '장애의 정도가 심한 장애인'이에요",
            "Severe physical (지체) or brain-lesion (뇌병변) disability",
        ),
        group: Group::Disability,
        asked: |a| a.severe_physical_or_brain,
        set: |c, yes| c.disability.severe_physical_or_brain = yes,
        get: |c| c.disability.severe_physical_or_brain,
    },
    Condition {
        id: "q-severe-kidney",
        label: words(
            "신장장애 '장애의 정도가 심한 장애인'이에요",
            "Severe kidney disability",
        ),
        group: Group::Disability,
        asked: |a| a.severe_kidney,
        set: |c, yes| c.disability.severe_kidney = yes,
        get: |c| c.disability.severe_kidney,
    },
    Condition {
        id: "q-renting",
        label: words("전세나 월세로 살고 있어요", "We rent (전세 or 월세)"),
        group: Group::Household,
        asked: |a| a.means,
        set: |c, yes| c.renting = yes,
        get: |c| c.renting,
    },
    Condition {
        id: "q-owns-car",
        label: words("가구에 자동차가 있어요", "The household owns a car"),
        group: Group::Household,
        asked: |a| a.means,
        set: |c, yes| c.owns_car = yes,
        get: |c| c.owns_car,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every question's and condition's words, in both languages.
    fn all_words() -> Vec<(&'static str, Words)> {
        let mut out = Vec::new();
        for q in Question::ALL {
            let s = q.spec();
            out.push((s.id, s.label));
            out.extend(s.hint.map(|h| (s.id, h)));
        }
        out.extend(CONDITIONS.iter().map(|c| (c.id, c.label)));
        out
    }

    #[test]
    fn every_question_has_its_words_in_both_languages_and_they_differ() {
        for (id, w) in all_words() {
            assert!(!w.ko.trim().is_empty() && !w.en.trim().is_empty(), "{id}");
            assert_ne!(w.ko, w.en, "{id} is not translated");
        }
        for q in Question::ALL {
            if let Answer::Count(_) = q.answer() {
                let (ko, en) = (q.range_error(Lang::Ko), q.range_error(Lang::En));
                assert!(!ko.is_empty() && ko != en, "{q:?}");
            }
        }
    }

    #[test]
    fn ids_are_unique_and_the_list_is_every_question_in_its_own_order() {
        let mut ids: Vec<&str> = Question::ALL.iter().map(|q| q.id()).collect();
        ids.extend(CONDITIONS.iter().map(|c| c.id));
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "{ids:?}");
        assert!(ids.iter().all(|id| id.starts_with("q-")));
        for (i, q) in Question::ALL.iter().enumerate() {
            assert_eq!(*q as usize, i, "{q:?} out of order in Question::ALL");
        }
    }

    #[test]
    fn ranges_are_the_rules_own_and_the_errors_name_them() {
        assert!(matches!(Question::Age.answer(), Answer::Count(r) if r == AGE));
        assert!(matches!(
            Question::Size.answer(),
            Answer::Count(r) if *r.end() == rules::case::MAX_HOUSEHOLD_SIZE
        ));
        assert_eq!(
            Question::Age.range_error(Lang::Ko),
            "나이를 0에서 130 사이의 숫자로 입력하세요. 예: 34"
        );
        assert_eq!(
            Question::Size.range_error(Lang::En),
            "Enter the household size as a number from 1 to 30."
        );
    }

    #[test]
    fn the_printout_has_a_row_per_answer_and_the_household_figures_together() {
        let case = Case {
            excluded_status: rules::ExcludedStatus::None,
            ..Case::default()
        };
        let p = Printout {
            case: &case,
            m: crate::i18n::messages(Lang::Ko),
            place: None,
            needs: "본인부담금".into(),
        };
        let rows: Vec<_> = Question::ALL.iter().map(|q| q.row(&p)).collect();
        let own: Vec<&str> = rows
            .iter()
            .filter_map(|r| match r {
                Row::Own(label, _) => Some(*label),
                _ => None,
            })
            .collect();
        assert_eq!(
            own,
            [
                "기준 연도",
                "산정특례 등록",
                "질환 이름 또는 코드",
                "환자의 만 나이",
                "국적",
                "의료보장 종류",
                "필요한 지원"
            ]
        );
        assert_eq!(
            rows.iter().filter(|r| matches!(r, Row::Household)).count(),
            4
        );
    }
}
