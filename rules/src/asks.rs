//! Which questions apply to a visitor, from what they have answered so far. The widget
//! asks exactly these, so it never re-derives a rule: an item is offered only where
//! [`items::not_applicable`] leaves it open, and each item's own conditions (its
//! sub-list, a disability) are asked only when the visitor wants that item.

use crate::dataset::Dataset;
use crate::diseases::DiseaseMatch;
use crate::item_facts::DisabilityCondition;
use crate::items::{self, Facts};
use crate::vocab::{Coverage, Item};

/// What the visitor has answered so far (`None`: not yet).
pub struct Answered<'a> {
    pub dataset: &'a Dataset,
    pub coverage: Option<Coverage>,
    pub age: Option<u8>,
    pub disease: Option<&'a DiseaseMatch>,
    /// The items the visitor says they need. The co-payment is always wanted.
    pub wanted: &'a [Item],
}

/// The questions that apply.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Asks {
    /// The household's size, income and property: only health-insured households are
    /// means-tested.
    pub means: bool,
    /// The family and its obligor households: means-tested households, in a year whose
    /// data says the obligor test applies.
    pub obligors: bool,
    /// The haemophilia exceptions to the co-payment's means test (D66–D68.2).
    pub hemophilia: bool,
    /// The items this visitor can need, in the rules' order.
    pub offered: Vec<Item>,
    /// The wanted items whose sub-list ("did the doctor say the disease is on it?") is
    /// asked.
    pub sublists: Vec<Item>,
    /// Assistive devices: disability registration.
    pub disability_registered: bool,
    /// Caregiving: a severe physical or brain-lesion disability.
    pub severe_physical_or_brain: bool,
    /// Dialysis supplies: a severe kidney disability.
    pub severe_kidney: bool,
}

/// The questions that apply to these answers.
pub fn asks(a: &Answered) -> Asks {
    let facts = Facts {
        dataset: a.dataset,
        coverage: a.coverage,
        age: a.age,
        disease: a.disease,
    };
    let offered: Vec<Item> = items::of_year(a.dataset)
        .filter(|item| items::not_applicable(*item, &facts).is_none())
        .collect();
    let wants = |item: Item| {
        offered.contains(&item) && (item == Item::Copayment || a.wanted.contains(&item))
    };
    let sublists = Item::with_sublists().filter(|i| wants(*i)).collect();
    let disability = |d: DisabilityCondition| {
        offered
            .iter()
            .any(|i| i.facts().disability == Some(d) && wants(*i))
    };
    Asks {
        means: a.coverage.is_some_and(Coverage::means_tested),
        obligors: a.coverage.is_some_and(Coverage::means_tested) && a.dataset.obligor_test(),
        hemophilia: wants(Item::Copayment) && a.disease.is_some_and(DiseaseMatch::is_hemophilia),
        sublists,
        disability_registered: disability(DisabilityCondition::Registered),
        severe_physical_or_brain: disability(DisabilityCondition::SeverePhysicalOrBrain),
        severe_kidney: disability(DisabilityCondition::SevereKidney),
        offered,
    }
}
