//! The rare-disease medical-expense support rules (희귀질환자 의료비 지원사업) as a pure
//! library: a [`Case`] in, a [`Decision`] out. No web dependency; the same
//! [`evaluate`] runs in the browser, the `rare-check` command line and the tests.
//!
//! The rules source is seed 003 (the Gwacheon health-centre page with the 2023 tables);
//! `shared/SPEC.md` §1–§5 says how the product reads it. One module per concern, each
//! importing only those listed before it:
//! - [`vocab`]: the words of every enum (Korean, English, JSON code) and citations;
//! - [`item_facts`]: what each support item is, declared once;
//! - [`diseases`], [`search`], [`places`]: the bundled disease and place lists, and
//!   finding an entry in them in a few keystrokes;
//! - [`centres`]: the regional rare-disease expert centres by 시·도 (seed 000);
//! - [`dataset`]: the data years compiled in from `data/years/*.toml`;
//! - [`case`]: the visitor's answers and their range checks;
//! - [`location`]: where a household lives, and its property tier for the year;
//! - [`thresholds`]: the income and property thresholds and their formula;
//! - [`reasons`], [`notes`], [`documents`]: what the result says, each with its rule;
//! - [`decision`], [`assumptions`]: the typed result, and what it assumed;
//! - [`household`]: the income and property tests of every household;
//! - [`items`]: the support items and their conditions;
//! - [`family`]: who counts as an obligor, from the family's relations (SPEC §5);
//! - [`asks`]: which questions apply, for the widget;
//! - [`evaluate`]: a case in, a decision out.

pub mod asks;
pub mod assumptions;
pub mod case;
pub mod centres;
pub mod dataset;
pub mod decision;
pub mod diseases;
pub mod documents;
pub mod evaluate;
pub mod family;
pub mod household;
pub mod item_facts;
pub mod items;
pub mod location;
pub mod notes;
pub mod places;
pub mod reasons;
pub mod search;
mod text;
pub mod thresholds;
pub mod vocab;

pub use asks::{asks, Asks};
pub use assumptions::Assumption;
pub use case::{Case, CaseError, Disability, Hemophilia, Household, ObligorHousehold, OnSublist};
pub use dataset::{dataset, datasets, newest, years, Dataset, Tier};
pub use decision::{Decision, ItemDecision, ThresholdTest};
pub use documents::Document;
pub use evaluate::{evaluate, evaluate_with};
pub use family::{
    obligors, Excluded, ExclusionReason, Family, FamilyError, ObligorGroup, Obligors, Relation,
    Relative,
};
pub use item_facts::{DisabilityCondition, ItemFacts, Pays};
pub use notes::Note;
pub use reasons::{Payout, Reason};
pub use thresholds::{Threshold, ThresholdQuery};
pub use vocab::{
    Basis, Citation, Coverage, ExcludedStatus, Explained, Group, HouseholdKind, Item, Lang,
    Nationality, PlaceKind, SublistAnswer, TestKind, Town, Verdict,
};
