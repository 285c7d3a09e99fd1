//! What a decision assumed, said beside its verdict (SPEC §4, `assumptions`): a verdict
//! that rests on an answer not yet given, on an estimated limit or on a year whose own
//! guideline is not out must not read as if it had been checked.

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use crate::dataset::Provisional;
use crate::vocab::Lang;

/// One assumption of a decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Assumption {
    /// The visitor has not said who is in the family: the decision takes it that no
    /// obligor household exists, which the family's answers may change.
    FamilyUnanswered,
    /// At least one property limit is an estimate (no table prints it).
    EstimatedProperty,
    /// The year's figures are partly carried from an earlier year until its own
    /// guideline appears; the data file says which, and in what words.
    Provisional(&'static Provisional),
}

impl Assumption {
    /// The assumption as the decision JSON names it.
    pub fn code(self) -> &'static str {
        match self {
            Assumption::FamilyUnanswered => "family_unanswered",
            Assumption::EstimatedProperty => "estimated_property",
            Assumption::Provisional(_) => "provisional",
        }
    }

    /// The assumption in plain words.
    pub fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Assumption::FamilyUnanswered, Lang::Ko) => {
                "따로 사는 부모·자녀가 없다고 보고 판단했습니다"
            }
            (Assumption::FamilyUnanswered, Lang::En) => "Assumes no parent or child lives apart",
            (Assumption::EstimatedProperty, Lang::Ko) => {
                "재산 기준액은 공표된 표가 없어 산식으로 추정했습니다"
            }
            (Assumption::EstimatedProperty, Lang::En) => "The property limits are estimates",
            (Assumption::Provisional(p), lang) => p.text(lang),
        }
    }

    /// A few words, for a line that has room for little (the widget's verdict bar).
    pub fn short(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Assumption::FamilyUnanswered, Lang::Ko) => "가족 미응답",
            (Assumption::FamilyUnanswered, Lang::En) => "family not answered",
            (Assumption::EstimatedProperty, Lang::Ko) => "재산 기준 추정",
            (Assumption::EstimatedProperty, Lang::En) => "estimated property limits",
            (Assumption::Provisional(_), Lang::Ko) => "잠정 기준",
            (Assumption::Provisional(_), Lang::En) => "provisional figures",
        }
    }
}

impl Serialize for Assumption {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut out = s.serialize_struct("Assumption", 2)?;
        out.serialize_field("code", self.code())?;
        out.serialize_field("text", self.text(Lang::Ko))?;
        out.end()
    }
}
