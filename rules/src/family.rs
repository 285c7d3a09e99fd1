//! The family helper (SPEC §5): from the family's relations in plain words to the
//! support-obligor households (부양의무자가구), who is an obligor, and who is not and why.
//!
//! Most visitors do not know what a 부양의무자가구 is, so the widget asks about parents,
//! children and their spouses, and this module works out which obligor households exist
//! and who is in each, before the widget asks their income and property. It is pure: no
//! JSON parser (the `rare-check --obligors` command line parses), no web dependency.
//!
//! The rules source, seed 003, section 환자가구와 부양의무자가구의 기준 (quoted in full;
//! each rule is quoted again above the code that applies it):
//!
//! ```text
//! 환자가구
//!   • 환자가구에 포함되는 사람 : 의료비 지원을 신청한 희귀질환자(이하'환자' 또는
//!     '지원신청자'라 함)와 같은 세대별 주민등록표에 등재된 사람(동거인은 제외)으로서,
//!     생계나 주거를 같이 하는 사람
//!   • 환자가구에서 제외하는 사람 : 세대별 주민등록표에 함께 기재되어 있더라도 아래 경우에
//!     해당하는 사람
//!     1. 세대별 주민등록표에 등재된 사람과 생계와 주거를 달리한다고 보장기관(시·군·구
//!        보건소)이 확인한 사람
//!       ※ 주민등록상 자녀가 동일 세대원으로 등재되어 있으나 사실상 생계와 주거를 모두
//!         달리하고 있는 것이 확인된 경우에는 환자가구에서 제외하고 부양의무자로 처리
//!     2. 민법 제779조 가족의 범위에 해당하지 않는 자(단, 환자가구 가구원의 배우자와 직계
//!        비속은 환자가구에 포함)
//! 부양의무자가구
//!   1. 부양의무자의 범위
//!     • 환자의 1촌의 직계혈족(부모, 아들, 딸 등)
//!     • 환자의 1촌의 직계혈족의 배우자(며느리, 사위 등)
//!   2. 부양의무자 가구에 포함되는 사람
//!     • 부양의무자와 생계를 같이하는 직계존속(부모, 조부모)
//!     • 부양의무자와 생계를 같이하는 직계비속(자녀, 손자녀)
//!     • 부양의무자와 생계를 같이하는 부양의무자의 민법상 가족의 범위에 해당하는 사람
//!   3. 부양의무자에서 제외하는 사람
//!     • 결혼한 환자의 경우, 배우자의 부모는 부양의무자에서 제외
//!     • 환자의 배우자가 사망한 경우, 환자의 친자녀가 아닌 사망한 배우자의
//!       친자녀(환자의 계자녀)
//!     • 환자의 사망한 1촌의 직계혈족의 배우자
//!     • 친양자의 경우, 본래의 친부모와 자녀의 가구(상호간의 부양의무자가 아님)
//!     • 부양의무자와 사실혼 관계에 있는 사람(부양 의무자 가구원수에 산정하지 않음)
//!     • 부양의무자의 배우자로 외국인인 사람(부양의무자 가구원수에는 산정)
//! ```
//!
//! The helper only knows the people it asks about. Grandparents, grandchildren or
//! siblings who share an obligor's livelihood (2. 부양의무자 가구에 포함되는 사람) are added
//! by the visitor, by changing a household's size afterwards (SPEC §5).
//!
//! Readings where SPEC §5 is silent (each is tested in `tests/family.rs`):
//! - A relative may be `deceased` whatever the relation; a deceased relative is in no
//!   household and is listed in `excluded` with [`ExclusionReason::Deceased`], which comes
//!   before any other reason.
//! - A flag that makes no sense for the relation is an error naming the field:
//!   `foreign` and `de_facto` are for a `child_spouse` only, `lives_apart` for a `child`
//!   only, `of` for a `child_spouse` only, and `in_patient_household` not for a
//!   `birth_parent` (after 친양자 adoption the birth parents are outside 민법 제779조's
//!   family, so they cannot be in the patient household).
//! - A child may have at most one living spouse (a legal or a de facto one); a second is
//!   an error on its `of`. A deceased spouse beside a living one is fine.
//! - A spouse follows the child into the patient household ("환자가구 가구원의 배우자 …
//!   환자가구에 포함"). A spouse marked `in_patient_household` whose child is not (the
//!   child lives and earns apart) stays in the patient household, and the child's
//!   obligor household is the child alone.
//! - All living parents outside the patient household form one household, as SPEC §5
//!   says, even if they live apart from each other; the visitor can correct sizes.
//! - An empty family (or one where nobody is an obligor) has no households: that is
//!   valid, and the case then has no obligor household (one of SPEC §3's conditions
//!   for applying online).
//! - Order: the parents' household first, then one household per child in input order;
//!   members and obligors in that order too (a child before the spouse). `excluded` is
//!   in the order of the rules that exclude (the order of [`ExclusionReason`]), input
//!   order within a rule; this is the order SPEC §5's example prints (the spouse's mother
//!   before the foreign daughter-in-law).
//! - Ids must be non-empty and unique. A household's [`ObligorGroup::key`] is
//!   `"parents"` or `"child:<id>"`, stable when other answers change; it is not in the
//!   JSON, which keeps SPEC §5's shape exactly.

use serde::{Deserialize, Serialize, Serializer};

use crate::vocab::{Citation, Explained, Lang};

mod check;
use check::validate;
pub use check::FamilyError;

/// Seed 003's section for this module, and its two parts.
const PATIENT_HOUSEHOLD: Citation = Citation::seed(
    "환자가구와 부양의무자가구의 기준 — 환자가구",
    "the patient household",
);
const NOT_OBLIGORS: Citation = Citation::seed(
    "환자가구와 부양의무자가구의 기준 — 부양의무자에서 제외하는 사람",
    "who is not an obligor",
);

/// The family: every relative the visitor told us about (SPEC §5's input).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Family {
    pub relatives: Vec<Relative>,
}

/// How a relative is related to the patient.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// The patient's father or mother (1촌 직계존속).
    Parent,
    /// The patient's son or daughter (1촌 직계비속).
    Child,
    /// A child's spouse (며느리, 사위); `of` names the child.
    ChildSpouse,
    /// A married patient's spouse's father or mother (시부모, 장인·장모).
    SpouseParent,
    /// A child of the patient's deceased spouse who is not the patient's own (계자녀).
    Stepchild,
    /// The patient was adopted by 친양자 adoption: a birth parent (친생부모).
    BirthParent,
}

impl Relation {
    /// The JSON value, as in `relation`.
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Parent => "parent",
            Relation::Child => "child",
            Relation::ChildSpouse => "child_spouse",
            Relation::SpouseParent => "spouse_parent",
            Relation::Stepchild => "stepchild",
            Relation::BirthParent => "birth_parent",
        }
    }
}

/// One relative. Every flag is false when missing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relative {
    /// The widget's name for this person; non-empty and unique in the family.
    pub id: String,
    pub relation: Relation,
    /// For a `child_spouse`: the `id` of the child they are married to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub of: Option<String>,
    #[serde(default)]
    pub deceased: bool,
    /// For a `child` on the patient's resident registration who in fact lives and earns
    /// apart (confirmed by the health centre).
    #[serde(default)]
    pub lives_apart: bool,
    /// This relative belongs to the patient household, not an obligor household.
    #[serde(default)]
    pub in_patient_household: bool,
    /// For a `child_spouse`: a foreign national.
    #[serde(default)]
    pub foreign: bool,
    /// For a `child_spouse`: a de facto partner (사실혼), not a legal spouse.
    #[serde(default)]
    pub de_facto: bool,
}

impl Relative {
    /// A living relative with every flag false and no `of`.
    pub fn new(id: impl Into<String>, relation: Relation) -> Self {
        Relative {
            id: id.into(),
            relation,
            of: None,
            deceased: false,
            lives_apart: false,
            in_patient_household: false,
            foreign: false,
            de_facto: false,
        }
    }
}

/// The helper's answer (SPEC §5's output).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Obligors {
    /// The obligor households: the parents' first, then one per child.
    pub households: Vec<ObligorGroup>,
    /// Everyone who is an obligor, in household order.
    pub obligors: Vec<String>,
    /// Everyone who is not an obligor, with the rule; a foreign spouse is here and also
    /// counted in a household.
    pub excluded: Vec<Excluded>,
}

impl Obligors {
    /// The household with this key, if any.
    pub fn household(&self, key: &str) -> Option<&ObligorGroup> {
        self.households.iter().find(|h| h.key == key)
    }
}

/// One obligor household, as far as the helper knows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ObligorGroup {
    /// A stable key for the widget to keep typed figures under when answers change:
    /// `"parents"`, or `"child:<id>"` for a child's household. Not in the JSON.
    #[serde(skip)]
    pub key: String,
    /// The people counted in the household size (a foreign spouse is counted; a de facto
    /// partner is not).
    pub members: Vec<String>,
    /// The number of members, at least 1.
    pub size: u32,
}

/// Someone who is not an obligor, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Excluded {
    pub id: String,
    pub reason: ExclusionReason,
}

/// Why a relative is not an obligor. The variants are in the order `excluded` lists
/// them: not alive, in the patient household, then seed 003's list
/// (부양의무자에서 제외하는 사람) in its order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ExclusionReason {
    /// The relative has died.
    Deceased,
    /// The relative belongs to the patient household (환자가구).
    InPatientHousehold,
    /// A married patient's spouse's parent.
    SpouseParent,
    /// A child of the patient's deceased spouse, not the patient's own.
    Stepchild,
    /// The spouse of a deceased child (a widowed daughter- or son-in-law).
    SpouseOfDeceased,
    /// A birth parent of a patient adopted by 친양자 adoption.
    BirthParent,
    /// A de facto partner of an obligor: not counted in the size either.
    DeFacto,
    /// A foreign spouse of an obligor: still counted in the size.
    ForeignSpouse,
}

impl ExclusionReason {
    /// Every reason, in the order `excluded` lists them: the order of the rules.
    pub const ALL: [ExclusionReason; 8] = [
        ExclusionReason::Deceased,
        ExclusionReason::InPatientHousehold,
        ExclusionReason::SpouseParent,
        ExclusionReason::Stepchild,
        ExclusionReason::SpouseOfDeceased,
        ExclusionReason::BirthParent,
        ExclusionReason::DeFacto,
        ExclusionReason::ForeignSpouse,
    ];

    /// Whether the person still counts in an obligor household's size.
    pub fn counted(self) -> bool {
        self == ExclusionReason::ForeignSpouse
    }

    /// The reason with its seed-003 citation, as the JSON carries it.
    pub fn text(self, lang: Lang) -> String {
        Explained::text(&self, lang)
    }
}

impl Explained for ExclusionReason {
    fn citation(&self) -> Option<Citation> {
        match self {
            ExclusionReason::Deceased => None,
            ExclusionReason::InPatientHousehold => Some(PATIENT_HOUSEHOLD),
            _ => Some(NOT_OBLIGORS),
        }
    }

    fn sentence(&self, lang: Lang) -> String {
        use ExclusionReason::*;
        use Lang::{En, Ko};
        match (*self, lang) {
            (Deceased, Ko) => "사망한 사람은 부양의무자가 아니며 가구원 수에도 넣지 않습니다".into(),
            (Deceased, En) => {
                "a relative who has died is not an obligor and is not counted in any household"
                    .into()
            }
            (InPatientHousehold, Ko) => "환자가구에 속하므로 부양의무자가구가 아니라 환자가구로 조사합니다".into(),
            (InPatientHousehold, En) => "belongs to the patient household, so is assessed with it, not as an obligor household".into(),
            (SpouseParent, Ko) => "결혼한 환자의 배우자의 부모는 부양의무자가 아닙니다".into(),
            (SpouseParent, En) => "a married patient's spouse's parents are not obligors".into(),
            (Stepchild, Ko) => "환자의 배우자가 사망한 경우, 환자의 친자녀가 아닌 사망한 배우자의 친자녀(계자녀)는 부양의무자가 아닙니다".into(),
            (Stepchild, En) => "after the patient's spouse has died, that spouse's children who are not the patient's own (stepchildren) are not obligors".into(),
            (SpouseOfDeceased, Ko) => "환자의 사망한 1촌 직계혈족(자녀)의 배우자는 부양의무자가 아닙니다".into(),
            (SpouseOfDeceased, En) => "the spouse of the patient's deceased child (a widowed daughter- or son-in-law) is not an obligor".into(),
            (BirthParent, Ko) => "친양자로 입양된 환자와 본래의 친부모는 서로 부양의무자가 아닙니다".into(),
            (BirthParent, En) => "the birth parents of a patient adopted by full adoption (친양자) are not obligors".into(),
            (DeFacto, Ko) => "부양의무자와 사실혼 관계인 사람은 부양의무자가 아니며 가구원 수에도 넣지 않습니다".into(),
            (DeFacto, En) => "an obligor's de facto partner (사실혼) is not an obligor and is not counted in the household size".into(),
            (ForeignSpouse, Ko) => "부양의무자의 외국인 배우자는 부양의무자가 아니지만 가구원 수에는 넣습니다".into(),
            (ForeignSpouse, En) => "an obligor's foreign spouse is not an obligor but is counted in the household size".into(),
        }
    }
}

impl std::fmt::Display for ExclusionReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::Ko))
    }
}

/// The JSON carries the Korean text, like the decision's reasons.
impl Serialize for ExclusionReason {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Whether a child is in the patient household: on it (`in_patient_household`) and not
/// living and earning apart.
fn child_in_patient_household(child: &Relative) -> bool {
    // "주민등록상 자녀가 동일 세대원으로 등재되어 있으나 사실상 생계와 주거를 모두 달리하고
    // 있는 것이 확인된 경우에는 환자가구에서 제외하고 부양의무자로 처리"
    child.in_patient_household && !child.lives_apart
}

/// Works out the obligor households from the family (SPEC §5).
///
/// Errors name the field: an empty or duplicate `id`, a flag that makes no sense for the
/// relation, a `child_spouse` without `of`, an `of` that names nobody or someone who is
/// not a `child`, a second living spouse for one child. (Unknown relations and fields
/// are caught when the JSON is read.)
pub fn obligors(family: &Family) -> Result<Obligors, FamilyError> {
    let spouse_of = validate(family)?;
    Ok(households(&family.relatives, &spouse_of))
}

/// [`obligors`] for a family known to be well-formed, such as one the widget builds
/// from its own questions: the same rules, without the checks and their messages, which
/// the widget would never show but its visitors would download.
pub fn obligors_of_well_formed(family: &Family) -> Obligors {
    let relatives = &family.relatives;
    let spouse_of: Vec<Option<usize>> = relatives
        .iter()
        .map(|r| {
            let of = r.of.as_deref()?;
            relatives.iter().position(|c| c.id == of)
        })
        .collect();
    households(relatives, &spouse_of)
}

/// The rules of SPEC §5, once the family is known to be well-formed; `spouse_of` gives
/// for each relative the index of the child it is married to.
fn households(relatives: &[Relative], spouse_of: &[Option<usize>]) -> Obligors {
    let mut excluded: Vec<Excluded> = Vec::new();
    let mut exclude = |r: &Relative, reason: ExclusionReason| {
        excluded.push(Excluded {
            id: r.id.clone(),
            reason,
        })
    };

    // "부양의무자의 범위: 환자의 1촌의 직계혈족(부모, 아들, 딸 등); 환자의 1촌의 직계혈족의
    // 배우자(며느리, 사위 등)". Parents go together in one household (SPEC §5); each
    // living child heads one with their spouse.
    let mut parents: Vec<String> = Vec::new();
    // The children's households, in input order.
    let mut children: Vec<ChildHousehold> = Vec::new();

    for (i, r) in relatives.iter().enumerate() {
        if r.deceased {
            // A relative who has died earns nothing and shares no livelihood: not an
            // obligor, not counted. (Their spouse is handled below.)
            exclude(r, ExclusionReason::Deceased);
            continue;
        }
        match r.relation {
            Relation::Parent => {
                // "환자가구에 포함되는 사람 : … 같은 세대별 주민등록표에 등재된 사람 …
                // 생계나 주거를 같이 하는 사람": a parent living with the patient is
                // assessed in the patient household.
                if r.in_patient_household {
                    exclude(r, ExclusionReason::InPatientHousehold);
                } else {
                    parents.push(r.id.clone());
                }
            }
            Relation::Child => {
                // "주민등록상 자녀가 동일 세대원으로 등재되어 있으나 사실상 생계와 주거를
                // 모두 달리하고 있는 것이 확인된 경우에는 환자가구에서 제외하고
                // 부양의무자로 처리" (`lives_apart`).
                if child_in_patient_household(r) {
                    exclude(r, ExclusionReason::InPatientHousehold);
                } else {
                    children.push(ChildHousehold {
                        child: i,
                        members: vec![r.id.clone()],
                        obligors: vec![r.id.clone()],
                    });
                }
            }
            Relation::ChildSpouse => {} // after every child is placed, below
            // "결혼한 환자의 경우, 배우자의 부모는 부양의무자에서 제외"
            Relation::SpouseParent => exclude(r, ExclusionReason::SpouseParent),
            // "환자의 배우자가 사망한 경우, 환자의 친자녀가 아닌 사망한 배우자의
            // 친자녀(환자의 계자녀)"
            Relation::Stepchild => exclude(r, ExclusionReason::Stepchild),
            // "친양자의 경우, 본래의 친부모와 자녀의 가구(상호간의 부양의무자가 아님)"
            Relation::BirthParent => exclude(r, ExclusionReason::BirthParent),
        }
    }

    for (i, r) in relatives.iter().enumerate() {
        if r.relation != Relation::ChildSpouse || r.deceased {
            continue;
        }
        let Some(c) = spouse_of[i] else { continue };
        let child = &relatives[c];
        if child.deceased {
            // "환자의 사망한 1촌의 직계혈족의 배우자"
            exclude(r, ExclusionReason::SpouseOfDeceased);
            continue;
        }
        // "환자가구 가구원의 배우자와 직계 비속은 환자가구에 포함": the spouse follows the
        // child into the patient household; one marked there stays there.
        if r.in_patient_household || child_in_patient_household(child) {
            exclude(r, ExclusionReason::InPatientHousehold);
            continue;
        }
        let Some(household) = children.iter_mut().find(|h| h.child == c) else {
            // Unreachable: a living child outside the patient household has a household.
            exclude(r, ExclusionReason::InPatientHousehold);
            continue;
        };
        if r.de_facto {
            // "부양의무자와 사실혼 관계에 있는 사람(부양 의무자 가구원수에 산정하지 않음)"
            exclude(r, ExclusionReason::DeFacto);
        } else if r.foreign {
            // "부양의무자의 배우자로 외국인인 사람(부양의무자 가구원수에는 산정)"
            household.members.push(r.id.clone());
            exclude(r, ExclusionReason::ForeignSpouse);
        } else {
            // "환자의 1촌의 직계혈족의 배우자(며느리, 사위 등)"
            household.members.push(r.id.clone());
            household.obligors.push(r.id.clone());
        }
    }

    let mut households = Vec::new();
    let mut obligors = Vec::new();
    if !parents.is_empty() {
        obligors.extend(parents.iter().cloned());
        households.push(group("parents".to_string(), parents));
    }
    for h in children {
        obligors.extend(h.obligors);
        households.push(group(format!("child:{}", relatives[h.child].id), h.members));
    }
    // In the order of the rules that exclude, input order within one.
    let excluded = ExclusionReason::ALL
        .iter()
        .flat_map(|reason| excluded.iter().filter(move |e| e.reason == *reason))
        .cloned()
        .collect();
    Obligors {
        households,
        obligors,
        excluded,
    }
}

/// A child's obligor household while it is being built.
struct ChildHousehold {
    /// The child's index in `relatives`.
    child: usize,
    /// Counted in the size: the child, and a spouse unless de facto.
    members: Vec<String>,
    /// The obligors: the child, and a spouse unless foreign or de facto.
    obligors: Vec<String>,
}

fn group(key: String, members: Vec<String>) -> ObligorGroup {
    ObligorGroup {
        key,
        size: u32::try_from(members.len()).unwrap_or(u32::MAX),
        members,
    }
}
