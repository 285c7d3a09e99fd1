//! The family helper (SPEC §5): a few plain questions about the patient's family, turned
//! into relatives for `rules::obligors`, whose answer names the obligor households the
//! visitor must enter. The rules decide who counts; this module only asks and names.
//!
//! Households the helper makes are keyed by their place in the family ("parents",
//! "child:3"), so what was typed in one survives any change of the family answers: a
//! household that stays keeps its figures, and one that goes and comes back gets them
//! back.

use leptos::prelude::*;
use rules::family::{
    obligors_of_well_formed, ExclusionReason, Family, ObligorGroup, Obligors, Relation, Relative,
};
use rules::{Explained, Lang};

use crate::i18n::Messages;
use crate::state::{Answers, ObligorAnswers, WidgetOwner};

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
    pub children: RwSignal<Vec<ChildAnswers>>,
    next_child: StoredValue<u32>,
    owner: WidgetOwner,
    /// Households the visitor removed by hand: the helper does not bring them back.
    pub dismissed: RwSignal<Vec<String>>,
    /// Households the family answers no longer make, kept with their figures.
    stash: StoredValue<Vec<ObligorAnswers>>,
}

/// The family as the rules see it, and their answer.
#[derive(Clone, Debug, PartialEq)]
pub struct FamilyReading {
    pub relatives: Vec<Relative>,
    pub obligors: Obligors,
}

const FATHER: &str = "father";
const MOTHER: &str = "mother";
const SPOUSE_PARENTS: &str = "spouse-parents";
const STEPCHILDREN: &str = "stepchildren";
const BIRTH_PARENTS: &str = "birth-parents";

fn child_id(id: u32) -> String {
    format!("child-{id}")
}

fn spouse_id(id: u32) -> String {
    format!("child-{id}-spouse")
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
            next_child: StoredValue::new(1),
            owner: WidgetOwner::current(),
            dismissed: RwSignal::new(Vec::new()),
            stash: StoredValue::new(Vec::new()),
        }
    }

    pub fn add_child(&self) -> u32 {
        let id = self.next_child.get_value();
        self.next_child.set_value(id + 1);
        let child = self.owner.run(|| ChildAnswers {
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

    pub fn remove_child(&self, id: u32) {
        self.children.update(|c| c.retain(|child| child.id != id));
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
        }
    }
}

impl Default for FamilyAnswers {
    fn default() -> Self {
        Self::new()
    }
}

/// Brings the obligor household list in line with the family's households: adds the
/// new ones (with the figures they had before, if they come back), retires the ones the
/// family no longer makes, fills in sizes the visitor has not changed, and leaves the
/// households added by hand alone.
pub fn sync_obligors(answers: &Answers, groups: &[ObligorGroup]) {
    let family = answers.family;
    let dismissed = family.dismissed.get_untracked();
    let wanted: Vec<&ObligorGroup> = groups
        .iter()
        .filter(|g| !dismissed.contains(&g.key))
        .collect();
    let current = answers.obligors.get_untracked();
    let keep = |o: &ObligorAnswers| match &o.key {
        None => true,
        Some(k) => wanted.iter().any(|g| &g.key == k),
    };
    let (mut list, retired): (Vec<_>, Vec<_>) = current.into_iter().partition(keep);
    family.stash.update_value(|s| s.extend(retired));
    for g in &wanted {
        if !list
            .iter()
            .any(|o| o.key.as_deref() == Some(g.key.as_str()))
        {
            let back = family.stash.try_update_value(|s| {
                s.iter()
                    .position(|o| o.key.as_deref() == Some(g.key.as_str()))
                    .map(|i| s.remove(i))
            });
            let o = back
                .flatten()
                .unwrap_or_else(|| answers.new_obligor(Some(g.key.clone()), Some(g.size)));
            // Households in family order, before the ones added by hand.
            let at = list.iter().take_while(|o| o.key.is_some()).count();
            list.insert(at, o);
        }
    }
    for o in &list {
        if let Some(g) = wanted.iter().find(|g| Some(&g.key) == o.key.as_ref()) {
            let size = g.size.to_string();
            if !o.size_edited.get_untracked() && o.size.get_untracked() != size {
                o.size.set(size);
            }
        }
    }
    let same = answers.obligors.with_untracked(|old| {
        old.len() == list.len() && old.iter().zip(&list).all(|(a, b)| a.id == b.id)
    });
    if !same {
        answers.obligors.set(list);
    }
}

/// How the widget names the people of the family, by the ids `relatives` gives them.
pub fn name(id: &str, answers: &Answers, m: &Messages) -> String {
    let adopted = answers.family.adopted.get();
    match id {
        FATHER if adopted => m.adoptive_father.into(),
        FATHER => m.father.into(),
        MOTHER if adopted => m.adoptive_mother.into(),
        MOTHER => m.mother.into(),
        SPOUSE_PARENTS => m.spouse_parents.into(),
        STEPCHILDREN => m.stepchildren.into(),
        BIRTH_PARENTS => m.birth_parents.into(),
        other => {
            let children = answers.family.children.get();
            let child = |id: &str| {
                children
                    .iter()
                    .enumerate()
                    .find(|(_, c)| child_id(c.id) == id)
                    .map(|(i, c)| (i, *c))
            };
            if let Some((i, c)) = child(other) {
                return child_name(i, &c, children.len(), m);
            }
            let spouse_of = other.strip_suffix("-spouse").and_then(child);
            match spouse_of {
                Some((i, c)) => match c.gender.get() {
                    Some(Gender::Son) => m.daughter_in_law.into(),
                    Some(Gender::Daughter) => m.son_in_law.into(),
                    None => (m.child_spouse_of)(&child_name(i, &c, children.len(), m)),
                },
                None => other.to_string(),
            }
        }
    }
}

/// "아들", or "둘째 딸" when there is more than one child.
fn child_name(index: usize, c: &ChildAnswers, count: usize, m: &Messages) -> String {
    let word = match c.gender.get() {
        Some(Gender::Son) => m.son,
        Some(Gender::Daughter) => m.daughter,
        None => m.children_legend,
    };
    if count > 1 {
        let ordinal = (m.ordinal)(index + 1);
        match m.lang {
            Lang::Ko => format!("{ordinal} {word}"),
            Lang::En => format!("{ordinal} {word}"),
        }
    } else {
        word.to_string()
    }
}

/// "아버지·어머니 가구 (2명)", "아들 가구 (아들, 며느리: 2명)", or for a household
/// added by hand, "직접 추가한 가구 1".
pub fn household_label(
    o: &ObligorAnswers,
    groups: &[ObligorGroup],
    answers: &Answers,
    m: &Messages,
) -> String {
    let size = crate::state::parse_count(&o.size.get());
    match o
        .key
        .as_ref()
        .and_then(|k| groups.iter().find(|g| &g.key == k))
    {
        Some(g) => {
            let names: Vec<String> = g.members.iter().map(|id| name(id, answers, m)).collect();
            let n = size.unwrap_or(g.size);
            if g.key == "parents" {
                let sep = if m.lang == Lang::Ko { "·" } else { " and " };
                (m.parents_household)(&names.join(sep), n)
            } else {
                let head = names.first().cloned().unwrap_or_default();
                (m.child_household)(&head, &names.join(", "), n)
            }
        }
        None => {
            let manual = answers
                .obligors
                .get()
                .iter()
                .filter(|x| x.key.is_none())
                .position(|x| x.id == o.id)
                .map_or(1, |i| i + 1);
            (m.manual_household)(manual)
        }
    }
}

/// One line per person who does not count, and why (the rules' reason, without its
/// citation, which the printout and the sources list carry).
pub fn excluded_lines(reading: &FamilyReading, answers: &Answers, m: &Messages) -> Vec<String> {
    reading
        .obligors
        .excluded
        .iter()
        .filter(|e| e.reason != ExclusionReason::InPatientHousehold)
        .map(|e| (m.excluded_line)(&name(&e.id, answers, m), &e.reason.sentence(m.lang)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::state::State;

    fn state() -> State {
        State::new(Config::default())
    }

    #[test]
    fn the_families_the_helper_builds_are_well_formed_and_need_no_checks() {
        let owner = Owner::new();
        owner.set();
        let f = state().answers.family;
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
        let owner = Owner::new();
        owner.set();
        let s = state();
        let f = s.answers.family;
        f.married.set(Some(Marriage::Yes));
        f.father_alive.set(Some(true));
        f.mother_alive.set(Some(true));
        f.parents_with_patient.set(Some(false));
        let reading = f.read();
        let keys: Vec<_> = reading.obligors.households.iter().map(|g| &g.key).collect();
        assert_eq!(keys, ["parents"]);
        assert_eq!(reading.obligors.households[0].size, 2);
        let m = crate::i18n::messages(Lang::Ko);
        let lines = excluded_lines(&reading, &s.answers, m);
        assert_eq!(lines.len(), 1);
        assert!(lines[0].starts_with("배우자의 부모님: "), "{lines:?}");
    }

    #[test]
    fn a_child_patient_living_with_both_parents_has_no_obligor_household() {
        let owner = Owner::new();
        owner.set();
        let f = state().answers.family;
        f.father_alive.set(Some(true));
        f.mother_alive.set(Some(true));
        f.parents_with_patient.set(Some(true));
        assert!(f.read().obligors.households.is_empty());
    }

    #[test]
    fn a_married_son_living_apart_is_named_with_his_wife_and_keeps_his_figures_across_changes() {
        let owner = Owner::new();
        owner.set();
        let s = state();
        let a = s.answers;
        let f = a.family;
        let id = f.add_child();
        let child = f.children.get_untracked()[0];
        child.gender.set(Some(Gender::Son));
        child.married.set(Some(ChildMarriage::Korean));
        child.registered.set(Some(false));
        sync_obligors(&a, &f.read().obligors.households);
        let list = a.obligors.get_untracked();
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].size.get_untracked(), "2");
        list[0].income.set("500만".into());
        let m = crate::i18n::messages(Lang::Ko);
        let label = household_label(&list[0], &f.read().obligors.households, &a, m);
        assert_eq!(label, "아들 가구 (아들, 며느리: 2명)");

        // He moves in with the patient: his household goes…
        child.registered.set(Some(true));
        sync_obligors(&a, &f.read().obligors.households);
        assert!(a.obligors.get_untracked().is_empty());
        // …and comes back with what was typed, when he turns out to live apart.
        child.apart.set(Some(true));
        sync_obligors(&a, &f.read().obligors.households);
        let list = a.obligors.get_untracked();
        assert_eq!(list[0].income.get_untracked(), "500만");
        assert_eq!(
            list[0].key.as_deref(),
            Some(format!("child:child-{id}").as_str())
        );
    }

    #[test]
    fn a_size_the_visitor_changed_is_not_overwritten_and_a_household_removed_by_hand_stays_removed()
    {
        let owner = Owner::new();
        owner.set();
        let a = state().answers;
        let f = a.family;
        f.father_alive.set(Some(true));
        sync_obligors(&a, &f.read().obligors.households);
        let o = a.obligors.get_untracked()[0].clone();
        o.size.set("3".into());
        o.size_edited.set(true);
        f.mother_alive.set(Some(true));
        sync_obligors(&a, &f.read().obligors.households);
        assert_eq!(a.obligors.get_untracked()[0].size.get_untracked(), "3");
        // Removed by hand: the helper respects that.
        f.dismissed.update(|d| d.push("parents".into()));
        a.remove_obligor(o.id);
        sync_obligors(&a, &f.read().obligors.households);
        assert!(a.obligors.get_untracked().is_empty());
    }

    #[test]
    fn a_widowed_daughter_in_law_and_birth_parents_are_listed_as_not_counting() {
        let owner = Owner::new();
        owner.set();
        let a = state().answers;
        let f = a.family;
        f.adopted.set(true);
        f.add_child();
        let child = f.children.get_untracked()[0];
        child.gender.set(Some(Gender::Son));
        child.alive.set(Some(false));
        child.widowed_spouse.set(Some(true));
        let reading = f.read();
        assert!(reading.obligors.households.is_empty());
        let m = crate::i18n::messages(Lang::Ko);
        let lines = excluded_lines(&reading, &a, m);
        assert!(lines.iter().any(|l| l.starts_with("며느리: ")), "{lines:?}");
        assert!(
            lines.iter().any(|l| l.starts_with("친생부모: ")),
            "{lines:?}"
        );
        assert!(lines.iter().any(|l| l.starts_with("아들: ")), "{lines:?}");
    }
}
