//! How the widget names the people of the family and their households: "아버지",
//! "둘째 딸", "아버지·어머니 가구 (2명)", "직접 추가한 가구 1", and who does not count,
//! and why.

use leptos::prelude::*;
use rules::family::ExclusionReason;
use rules::{Explained, Lang};

use super::family::{
    child_id, ChildAnswers, FamilyAnswers, FamilyReading, Gender, BIRTH_PARENTS, FATHER, MOTHER,
    SPOUSE_PARENTS, SPOUSE_SUFFIX, STEPCHILDREN,
};
use super::households::Household;
use crate::i18n::Messages;

/// A relative, by the id `FamilyAnswers::relatives` gives them.
pub fn name(id: &str, family: &FamilyAnswers, m: &Messages) -> String {
    let adopted = family.adopted.get();
    match id {
        FATHER if adopted => m.adoptive_father.into(),
        FATHER => m.father.into(),
        MOTHER if adopted => m.adoptive_mother.into(),
        MOTHER => m.mother.into(),
        SPOUSE_PARENTS => m.spouse_parents.into(),
        STEPCHILDREN => m.stepchildren.into(),
        BIRTH_PARENTS => m.birth_parents.into(),
        other => {
            let children = family.children.get();
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
            let spouse_of = other.strip_suffix(SPOUSE_SUFFIX).and_then(child);
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
        format!("{} {word}", (m.ordinal)(index + 1))
    } else {
        word.to_string()
    }
}

/// "아버지·어머니 가구 (2명)", "아들 가구 (아들, 며느리: 2명)", or for a household
/// added by hand, "직접 추가한 가구 1" (numbered among those in `list`).
pub fn household_label(
    h: &Household,
    list: &[Household],
    family: &FamilyAnswers,
    m: &Messages,
) -> String {
    let size = super::read::parse_count(&h.size());
    match &h.group {
        Some(g) => {
            let names: Vec<String> = g.members.iter().map(|id| name(id, family, m)).collect();
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
            let manual = list
                .iter()
                .filter(|x| x.group.is_none())
                .position(|x| x.figures.id == h.figures.id)
                .map_or(1, |i| i + 1);
            (m.manual_household)(manual)
        }
    }
}

/// One line per person who does not count, and why (the rules' reason, without its
/// citation, which the printout and the sources list carry).
pub fn excluded_lines(
    reading: &FamilyReading,
    family: &FamilyAnswers,
    m: &Messages,
) -> Vec<String> {
    reading
        .obligors
        .excluded
        .iter()
        .filter(|e| e.reason != ExclusionReason::InPatientHousehold)
        .map(|e| (m.excluded_line)(&name(&e.id, family, m), &e.reason.sentence(m.lang)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::family::{ChildMarriage, Marriage};
    use crate::state::households::Households;

    fn ko() -> &'static Messages {
        crate::i18n::messages(Lang::Ko)
    }

    fn family() -> (Owner, FamilyAnswers, Households) {
        let owner = Owner::new();
        owner.set();
        (owner.clone(), FamilyAnswers::new(), Households::new())
    }

    #[test]
    fn parents_in_law_are_said_not_to_count_and_why() {
        let (_owner, f, _) = family();
        f.married.set(Some(Marriage::Yes));
        f.father_alive.set(Some(true));
        f.mother_alive.set(Some(true));
        f.parents_with_patient.set(Some(false));
        let lines = excluded_lines(&f.read(), &f, ko());
        assert_eq!(lines.len(), 1);
        assert!(lines[0].starts_with("배우자의 부모님: "), "{lines:?}");
    }

    #[test]
    fn a_married_son_living_apart_is_named_with_his_wife_and_keeps_his_figures_across_changes() {
        let (_owner, f, h) = family();
        f.add_child();
        let child = f.children.get_untracked()[0];
        child.gender.set(Some(Gender::Son));
        child.married.set(Some(ChildMarriage::Korean));
        child.registered.set(Some(false));
        let list = h.list(&f.read().obligors.households);
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].size(), "2");
        list[0].figures.income.set("500만".into());
        assert_eq!(
            household_label(&list[0], &list, &f, ko()),
            "아들 가구 (아들, 며느리: 2명)"
        );

        // He moves in with the patient: his household goes…
        child.registered.set(Some(true));
        assert!(h.list(&f.read().obligors.households).is_empty());
        // …and comes back with what was typed, when he turns out to live apart.
        child.apart.set(Some(true));
        let list = h.list(&f.read().obligors.households);
        assert_eq!(list[0].figures.income.get_untracked(), "500만");
    }

    #[test]
    fn households_added_by_hand_are_numbered_among_themselves() {
        let (_owner, f, h) = family();
        f.father_alive.set(Some(true));
        h.add();
        h.add();
        let list = h.list(&f.read().obligors.households);
        let labels: Vec<String> = list
            .iter()
            .map(|x| household_label(x, &list, &f, ko()))
            .collect();
        assert_eq!(
            labels,
            [
                "아버지 가구 (1명)",
                "직접 추가한 가구 1",
                "직접 추가한 가구 2"
            ]
        );
        h.remove(&list[1].key);
        let list = h.list(&f.read().obligors.households);
        assert_eq!(
            household_label(&list[1], &list, &f, ko()),
            "직접 추가한 가구 1"
        );
    }

    #[test]
    fn a_widowed_daughter_in_law_and_birth_parents_are_listed_as_not_counting() {
        let (_owner, f, _) = family();
        f.adopted.set(true);
        f.add_child();
        let child = f.children.get_untracked()[0];
        child.gender.set(Some(Gender::Son));
        child.alive.set(Some(false));
        child.widowed_spouse.set(Some(true));
        let reading = f.read();
        assert!(reading.obligors.households.is_empty());
        let lines = excluded_lines(&reading, &f, ko());
        assert!(lines.iter().any(|l| l.starts_with("며느리: ")), "{lines:?}");
        assert!(
            lines.iter().any(|l| l.starts_with("친생부모: ")),
            "{lines:?}"
        );
        assert!(lines.iter().any(|l| l.starts_with("아들: ")), "{lines:?}");
    }
}
