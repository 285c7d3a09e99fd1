//! The obligor households the visitor enters: derived from the answers, never synced.
//!
//! The list is a function of the answers: the family helper's households (by their
//! stable key, `parents` or `child:child-3`) less those the visitor removed, in family
//! order, then the households added by hand. Only what is typed for each household is
//! state, kept by key in a [`Keyed`] store. A helper household that goes when the family
//! answers change keeps its figures for when it comes back (its key can); one that
//! cannot come back (removed by hand, or its child removed) is disposed, signals and all.

use leptos::prelude::*;
use rules::family::ObligorGroup;

use super::keyed::Keyed;
use super::place::PlaceAnswer;

/// Where a household came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Key {
    /// The family helper's, by its place in the family.
    Family(String),
    /// Added by hand, by its number.
    Manual(u32),
}

/// What the visitor typed for one household. `id` numbers its inputs
/// (`q-obligor-2-income`) and stays with it.
#[derive(Clone, Copy)]
pub struct Figures {
    pub id: u32,
    /// The size box as the visitor left it, once they typed in it (`own_size`); until
    /// then the family helper's size stands.
    pub size: RwSignal<String>,
    pub own_size: RwSignal<bool>,
    pub income: RwSignal<String>,
    pub property: RwSignal<String>,
    /// Empty: the same place as the patient.
    pub place: PlaceAnswer,
}

impl Figures {
    fn new(id: u32) -> Self {
        Figures {
            id,
            size: RwSignal::new(String::new()),
            own_size: RwSignal::new(false),
            income: RwSignal::new(String::new()),
            property: RwSignal::new(String::new()),
            place: PlaceAnswer::new(),
        }
    }
}

impl PartialEq for Figures {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl std::fmt::Debug for Figures {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Figures({})", self.id)
    }
}

/// One household to enter.
#[derive(Clone, Debug, PartialEq)]
pub struct Household {
    pub key: Key,
    pub figures: Figures,
    /// The family helper's household, for one it made: who is in it, and how many.
    pub group: Option<ObligorGroup>,
}

impl Household {
    /// The size as typed, or else the family helper's (tracked). A household removed a
    /// moment ago reads as the helper's size or nothing, never as an error.
    pub fn size(&self) -> String {
        match (&self.group, self.figures.own_size.try_get()) {
            (Some(g), Some(false)) => g.size.to_string(),
            _ => self.figures.size.try_get().unwrap_or_default(),
        }
    }
}

/// The households' figures, and the visitor's own changes to the list.
#[derive(Clone, Copy)]
pub struct Households {
    figures: Keyed<Key, Figures>,
    /// Households added by hand, by number, in the order they were added.
    manual: RwSignal<Vec<u32>>,
    /// Helper households the visitor removed: the helper does not bring them back.
    dismissed: RwSignal<Vec<String>>,
    next: StoredValue<u32>,
}

impl Households {
    pub fn new() -> Self {
        Households {
            figures: Keyed::new(),
            manual: RwSignal::new(Vec::new()),
            dismissed: RwSignal::new(Vec::new()),
            next: StoredValue::new(1),
        }
    }

    fn number(&self) -> u32 {
        let n = self.next.get_value();
        self.next.set_value(n + 1);
        n
    }

    /// The households to enter, given the family helper's `groups` (tracks the list's
    /// answers, not the figures). A helper household's figures are made the first time
    /// its key appears, and found again by key after that.
    pub fn list(&self, groups: &[ObligorGroup]) -> Vec<Household> {
        let dismissed = self.dismissed.get();
        let mut out: Vec<Household> = groups
            .iter()
            .filter(|g| !dismissed.contains(&g.key))
            .map(|g| {
                let key = Key::Family(g.key.clone());
                let figures = self
                    .figures
                    .get_or_make(key.clone(), || Figures::new(self.number()));
                Household {
                    key,
                    figures,
                    group: Some(g.clone()),
                }
            })
            .collect();
        for n in self.manual.get() {
            let key = Key::Manual(n);
            if let Some(figures) = self.figures.get(&key) {
                out.push(Household {
                    key,
                    figures,
                    group: None,
                });
            }
        }
        out
    }

    /// Adds an empty household by hand, and returns its number.
    pub fn add(&self) -> u32 {
        let n = self.number();
        self.figures
            .get_or_make(Key::Manual(n), move || Figures::new(n));
        self.manual.update(|m| m.push(n));
        n
    }

    /// Removes a household for good: the helper's stays removed whatever the family
    /// answers say. Its figures are disposed.
    pub fn remove(&self, key: &Key) {
        match key {
            Key::Family(k) => self.dismissed.update(|d| d.push(k.clone())),
            Key::Manual(n) => self.manual.update(|m| m.retain(|x| x != n)),
        }
        self.figures.dispose(key);
    }

    /// Disposes of a helper household's figures once its key cannot come back (its
    /// child was removed from the family).
    pub fn forget(&self, family_key: String) {
        self.figures.dispose(&Key::Family(family_key));
    }
}

impl Default for Households {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn households() -> (Owner, Households) {
        let owner = Owner::new();
        owner.set();
        (owner.clone(), Households::new())
    }

    fn group(key: &str, size: u32) -> ObligorGroup {
        ObligorGroup {
            key: key.into(),
            members: vec!["father".into()],
            size,
        }
    }

    fn keys(list: &[Household]) -> Vec<Key> {
        list.iter().map(|h| h.key.clone()).collect()
    }

    #[test]
    fn the_helpers_households_come_first_in_family_order_then_those_added_by_hand() {
        let (_owner, h) = households();
        let n = h.add();
        let list = h.list(&[group("parents", 2), group("child:child-1", 1)]);
        assert_eq!(
            keys(&list),
            [
                Key::Family("parents".into()),
                Key::Family("child:child-1".into()),
                Key::Manual(n)
            ]
        );
        assert_eq!(list[0].size(), "2");
        assert_eq!(list[2].size(), "");
    }

    #[test]
    fn a_helper_household_keeps_its_figures_when_it_goes_and_comes_back() {
        let (_owner, h) = households();
        let first = h.list(&[group("child:child-1", 2)]);
        first[0].figures.income.set("500만".into());
        assert!(h.list(&[]).is_empty());
        let back = h.list(&[group("child:child-1", 2)]);
        assert_eq!(back[0].figures, first[0].figures);
        assert_eq!(back[0].figures.income.get_untracked(), "500만");
    }

    #[test]
    fn the_helpers_size_stands_until_the_visitor_types_one() {
        let (_owner, h) = households();
        let list = h.list(&[group("parents", 1)]);
        assert_eq!(list[0].size(), "1");
        let list = h.list(&[group("parents", 2)]);
        assert_eq!(list[0].size(), "2");
        list[0].figures.size.set("3".into());
        list[0].figures.own_size.set(true);
        let list = h.list(&[group("parents", 1)]);
        assert_eq!(list[0].size(), "3");
        list[0].figures.size.set(String::new());
        assert_eq!(list[0].size(), "", "a cleared box stays cleared");
    }

    #[test]
    fn removing_a_household_disposes_its_signals_and_the_helper_does_not_bring_it_back() {
        let (_owner, h) = households();
        let groups = [group("parents", 2)];
        let parents = h.list(&groups)[0].clone();
        let n = h.add();
        let manual = h.list(&groups)[1].clone();
        manual.figures.income.set("300만".into());

        h.remove(&manual.key);
        assert_eq!(manual.figures.income.try_get(), None);
        assert_eq!(manual.figures.place.text.try_get(), None);
        assert_eq!(keys(&h.list(&groups)), [Key::Family("parents".into())]);
        assert_ne!(h.add(), n, "a number is never used twice");

        h.remove(&parents.key);
        assert_eq!(parents.figures.size.try_get(), None);
        assert!(h.list(&groups).iter().all(|x| x.group.is_none()));
    }

    #[test]
    fn a_household_whose_child_is_gone_is_disposed() {
        let (_owner, h) = households();
        let child = h.list(&[group("child:child-4", 1)])[0].clone();
        h.forget("child:child-4".into());
        assert_eq!(child.figures.income.try_get(), None);
        let again = h.list(&[group("child:child-4", 1)]);
        assert_ne!(again[0].figures, child.figures, "made afresh, empty");
    }
}
