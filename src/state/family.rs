//! The family helper's answers (SPEC §5): a few plain questions about the patient's
//! family, turned into relatives for `rules::obligors`, whose answer names the obligor
//! households the visitor must enter. The rules decide who counts; this module only
//! describes the family to them (`names.rs` says who is who).
//!
//! The households the rules make are keyed by their place in the family (`parents`,
//! `child:child-3`), and `households.rs` keeps what is typed for each under that key.

use leptos::prelude::*;
use rules::family::{obligors_of_well_formed, Family, Obligors, Relation, Relative};

use super::households::Household;
use super::keyed::Keyed;

/// Is the patient married?
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marriage {
    No,
    Yes,
    Widowed,
}

/// Is a child married, and to whom?
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChildMarriage {
    No,
    Korean,
    Foreign,
    DeFacto,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Son,
    Daughter,
}

/// One child's answers; `id` stays with the child when others are removed.
#[derive(Clone, Copy)]
pub struct ChildAnswers {
    pub id: u32,
    pub gender: RwSignal<Option<Gender>>,
    pub alive: RwSignal<Option<bool>>,
    pub married: RwSignal<Option<ChildMarriage>>,
    /// On the patient's resident registration.
    pub registered: RwSignal<Option<bool>>,
    /// Registered with the patient but in fact living and earning apart.
    pub apart: RwSignal<Option<bool>>,
    /// A child who has died: did they leave a spouse?
    pub widowed_spouse: RwSignal<Option<bool>>,
}

#[derive(Clone, Copy)]
pub struct FamilyAnswers {
    pub married: RwSignal<Option<Marriage>>,
    pub stepchildren: RwSignal<Option<bool>>,
    pub adopted: RwSignal<bool>,
    pub father_alive: RwSignal<Option<bool>>,
    pub mother_alive: RwSignal<Option<bool>>,
    pub parents_with_patient: RwSignal<Option<bool>>,
    /// The children, in the order they were added.
    pub children: RwSignal<Vec<ChildAnswers>>,
    /// Each child's answers, disposed when the child is removed.
    rows: Keyed<u32, ChildAnswers>,
    next_child: StoredValue<u32>,
}

/// The family as the rules see it, their answer, and the obligor households to enter.
#[derive(Clone, Debug, PartialEq)]
pub struct FamilyReading {
    pub relatives: Vec<Relative>,
    pub obligors: Obligors,
    /// The family helper's households, then those added by hand (`Households::list`,
    /// which the state runs on `obligors`).
    pub households: Vec<Household>,
}

// The relatives' ids, as `names.rs` reads them back.
pub const FATHER: &str = "father";
pub const MOTHER: &str = "mother";
pub const SPOUSE_PARENTS: &str = "spouse-parents";
pub const STEPCHILDREN: &str = "stepchildren";
pub const BIRTH_PARENTS: &str = "birth-parents";
pub const SPOUSE_SUFFIX: &str = "-spouse";

pub fn child_id(id: u32) -> String {
    format!("child-{id}")
}

fn spouse_id(id: u32) -> String {
    format!("child-{id}{SPOUSE_SUFFIX}")
}

/// The key of a child's obligor household (`rules::family` makes it from the child's id).
pub fn household_key(child: u32) -> String {
    format!("child:{}", child_id(child))
}

impl FamilyAnswers {
    pub fn new() -> Self {
        FamilyAnswers {
            married: RwSignal::new(None),
            stepchildren: RwSignal::new(None),
            adopted: RwSignal::new(false),
            father_alive: RwSignal::new(None),
            mother_alive: RwSignal::new(None),
            parents_with_patient: RwSignal::new(None),
            children: RwSignal::new(Vec::new()),
            rows: Keyed::new(),
            next_child: StoredValue::new(1),
        }
    }

    pub fn add_child(&self) -> u32 {
        let id = self.next_child.get_value();
        self.next_child.set_value(id + 1);
        let child = self.rows.get_or_make(id, || ChildAnswers {
            id,
            gender: RwSignal::new(None),
            alive: RwSignal::new(Some(true)),
            married: RwSignal::new(None),
            registered: RwSignal::new(None),
            apart: RwSignal::new(None),
            widowed_spouse: RwSignal::new(None),
        });
        self.children.update(|c| c.push(child));
        id
    }

    /// Removes a child, and disposes of their answers (a removed child's id is never
    /// used again). `Answers::remove_child` also disposes of their household.
    pub fn remove_child(&self, id: u32) {
        self.children.update(|c| c.retain(|child| child.id != id));
        self.rows.dispose(&id);
    }

    /// The relatives the answers describe, in SPEC §5's terms. Unanswered questions add
    /// nobody.
    pub fn relatives(&self) -> Vec<Relative> {
        let mut out = Vec::new();
        let with_patient = self.parents_with_patient.get() == Some(true);
        for (id, alive) in [
            (FATHER, self.father_alive.get()),
            (MOTHER, self.mother_alive.get()),
        ] {
            if let Some(alive) = alive {
                let mut parent = Relative::new(id, Relation::Parent);
                parent.deceased = !alive;
                parent.in_patient_household = alive && with_patient;
                out.push(parent);
            }
        }
        if self.adopted.get() {
            out.push(Relative::new(BIRTH_PARENTS, Relation::BirthParent));
        }
        match self.married.get() {
            Some(Marriage::Yes) => out.push(Relative::new(SPOUSE_PARENTS, Relation::SpouseParent)),
            Some(Marriage::Widowed) if self.stepchildren.get() == Some(true) => {
                out.push(Relative::new(STEPCHILDREN, Relation::Stepchild))
            }
            _ => {}
        }
        for c in self.children.get() {
            let alive = c.alive.get() != Some(false);
            let mut child = Relative::new(child_id(c.id), Relation::Child);
            child.deceased = !alive;
            let registered = c.registered.get() == Some(true);
            let apart = c.apart.get() == Some(true);
            child.in_patient_household = alive && registered && !apart;
            child.lives_apart = alive && registered && apart;
            out.push(child);
            let spouse = if alive {
                c.married.get().filter(|m| *m != ChildMarriage::No)
            } else {
                (c.widowed_spouse.get() == Some(true)).then_some(ChildMarriage::Korean)
            };
            if let Some(m) = spouse {
                let mut s = Relative::new(spouse_id(c.id), Relation::ChildSpouse);
                s.of = Some(child_id(c.id));
                s.foreign = m == ChildMarriage::Foreign;
                s.de_facto = m == ChildMarriage::DeFacto;
                out.push(s);
            }
        }
        out
    }

    /// Whether the visitor has said who is in the family: married or not, and each
    /// parent living or not (and, if one lives, whether with the patient). Children are
    /// added one by one, so none added is an answer too. Until then the decision says it
    /// assumed no obligor household (SPEC §4, `family_answered`).
    pub fn answered(&self) -> bool {
        let (father, mother) = (self.father_alive.get(), self.mother_alive.get());
        let any_alive = father == Some(true) || mother == Some(true);
        self.married.get().is_some()
            && father.is_some()
            && mother.is_some()
            && (!any_alive || self.parents_with_patient.get().is_some())
    }

    /// What the rules make of the family (tracks every answer).
    pub fn read(&self) -> FamilyReading {
        let relatives = self.relatives();
        let family = Family { relatives };
        // The helper builds only well-formed families (a test checks that `obligors`,
        // which checks, agrees).
        let obligors = obligors_of_well_formed(&family);
        let relatives = family.relatives;
        FamilyReading {
            relatives,
            obligors,
            households: Vec::new(),
        }
    }
}

impl Default for FamilyAnswers {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A family's answers, and the owner their signals live under.
    fn family() -> (Owner, FamilyAnswers) {
        let owner = Owner::new();
        owner.set();
        (owner.clone(), FamilyAnswers::new())
    }

    #[test]
    fn the_families_the_helper_builds_are_well_formed_and_need_no_checks() {
        let (_owner, f) = family();
        f.married.set(Some(Marriage::Widowed));
        f.stepchildren.set(Some(true));
        f.adopted.set(true);
        f.father_alive.set(Some(true));
        f.mother_alive.set(Some(false));
        f.parents_with_patient.set(Some(false));
        for (alive, married, registered, apart) in [
            (true, ChildMarriage::Korean, false, false),
            (true, ChildMarriage::Foreign, true, true),
            (true, ChildMarriage::DeFacto, true, false),
            (false, ChildMarriage::No, false, false),
        ] {
            f.add_child();
            let c = *f.children.get_untracked().last().unwrap();
            c.alive.set(Some(alive));
            c.married.set(Some(married));
            c.registered.set(Some(registered));
            c.apart.set(Some(apart));
            c.widowed_spouse.set(Some(true));
        }
        let reading = f.read();
        let checked = rules::family::obligors(&Family {
            relatives: reading.relatives.clone(),
        });
        assert_eq!(checked, Ok(reading.obligors));
    }

    #[test]
    fn a_married_patient_with_living_parents_and_parents_in_law_has_one_household_the_parents() {
        let (_owner, f) = family();
        f.married.set(Some(Marriage::Yes));
        f.father_alive.set(Some(true));
        f.mother_alive.set(Some(true));
        f.parents_with_patient.set(Some(false));
        let reading = f.read();
        let keys: Vec<_> = reading.obligors.households.iter().map(|g| &g.key).collect();
        assert_eq!(keys, ["parents"]);
        assert_eq!(reading.obligors.households[0].size, 2);
    }

    #[test]
    fn a_child_patient_living_with_both_parents_has_no_obligor_household() {
        let (_owner, f) = family();
        f.father_alive.set(Some(true));
        f.mother_alive.set(Some(true));
        f.parents_with_patient.set(Some(true));
        assert!(f.read().obligors.households.is_empty());
    }

    #[test]
    fn a_childs_household_key_is_the_one_the_rules_give_it() {
        let (_owner, f) = family();
        let id = f.add_child();
        let child = f.children.get_untracked()[0];
        child.registered.set(Some(false));
        let keys: Vec<_> = f
            .read()
            .obligors
            .households
            .into_iter()
            .map(|g| g.key)
            .collect();
        assert_eq!(keys, [household_key(id)]);
    }

    #[test]
    fn removing_a_child_disposes_of_their_answers() {
        let (_owner, f) = family();
        let first = f.add_child();
        f.add_child();
        let [gone, kept] = f.children.get_untracked()[..] else {
            panic!("two children");
        };
        gone.gender.set(Some(Gender::Son));
        f.remove_child(first);
        assert_eq!(gone.gender.try_get(), None);
        assert_eq!(kept.alive.try_get(), Some(Some(true)));
        assert_eq!(f.children.get_untracked().len(), 1);
    }
}
