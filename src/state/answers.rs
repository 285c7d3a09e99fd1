//! The visitor's answers: one signal per answer, each kept for the whole visit, so a
//! question that stops applying keeps what was typed in it. Only event handlers write
//! them; everything else is derived from them (`state/mod.rs`).

use leptos::prelude::*;
use rules::{Coverage, ExcludedStatus, Item, Nationality, OnSublist};

use super::family::{household_key, FamilyAnswers};
use super::households::Households;
use super::place::PlaceAnswer;
use crate::questions::CONDITIONS;

#[derive(Clone, Copy)]
pub struct Answers {
    pub year: RwSignal<u16>,
    pub registered: RwSignal<Option<bool>>,
    pub disease: RwSignal<String>,
    pub age: RwSignal<String>,
    pub nationality: RwSignal<Nationality>,
    pub excluded: RwSignal<ExcludedStatus>,
    pub coverage: RwSignal<Option<Coverage>>,
    pub place: PlaceAnswer,
    /// The items the visitor needs besides the co-payment.
    pub wanted: RwSignal<Vec<Item>>,
    /// What the doctor or health centre said about each item's own disease list, by
    /// item (`Item::with_sublists`): a new item with a list needs nothing here.
    pub sublists: RwSignal<OnSublist>,
    /// The yes/no conditions, by their place in [`CONDITIONS`].
    pub conditions: [RwSignal<bool>; CONDITIONS.len()],
    pub size: RwSignal<String>,
    pub income: RwSignal<String>,
    pub property: RwSignal<String>,
    pub patients: RwSignal<String>,
    pub family: FamilyAnswers,
    /// What is typed for each obligor household; the list itself is derived.
    pub households: Households,
}

impl Answers {
    pub fn new(year: u16) -> Self {
        Answers {
            year: RwSignal::new(year),
            registered: RwSignal::new(None),
            disease: RwSignal::new(String::new()),
            age: RwSignal::new(String::new()),
            nationality: RwSignal::new(Nationality::Korean),
            excluded: RwSignal::new(ExcludedStatus::None),
            coverage: RwSignal::new(None),
            place: PlaceAnswer::new(),
            wanted: RwSignal::new(Vec::new()),
            sublists: RwSignal::new(OnSublist::default()),
            conditions: std::array::from_fn(|_| RwSignal::new(false)),
            size: RwSignal::new(String::new()),
            income: RwSignal::new(String::new()),
            property: RwSignal::new(String::new()),
            patients: RwSignal::new("1".into()),
            family: FamilyAnswers::new(),
            households: Households::new(),
        }
    }

    /// Removes a child of the family, with their answers and their household's figures:
    /// neither can come back.
    pub fn remove_child(&self, id: u32) {
        self.family.remove_child(id);
        self.households.forget(household_key(id));
    }

    /// Whether the visitor wants an item (the co-payment always).
    pub fn wants(&self, item: Item) -> bool {
        item == Item::Copayment || self.wanted.with(|w| w.contains(&item))
    }

    /// The items the visitor wants, in the rules' order.
    pub fn wanted_items(&self) -> Vec<Item> {
        Item::ALL
            .iter()
            .copied()
            .filter(|i| self.wants(*i))
            .collect()
    }
}
