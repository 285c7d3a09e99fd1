//! The rare-disease medical-expense support rules (희귀질환자 의료비 지원사업) as a pure
//! library: a [`Case`] in, a [`Decision`] out. No web dependency; the same
//! [`evaluate`] runs in the browser, the `rare-check` command line and the tests.
//!
//! The rules source is seed 003 (the Gwacheon health-centre page with the 2023 tables);
//! `shared/SPEC.md` §1–§4 says how the product reads it. One module per concern:
//! - [`case`]: the visitor's answers and their validation;
//! - [`dataset`]: the data years compiled in from `data/years/*.toml`;
//! - [`thresholds`]: the income and property thresholds and their formula;
//! - [`household`]: the income and property tests of every household;
//! - [`items`]: the support items and their conditions;
//! - [`documents`], [`notes`]: what to bring, how to apply;
//! - [`decision`], [`reasons`]: the typed result.

pub mod case;
pub mod dataset;
pub mod decision;
pub mod diseases;
pub mod documents;
pub mod evaluate;
pub mod family;
pub mod household;
pub mod items;
pub mod notes;
pub mod places;
pub mod reasons;
pub mod search;
mod text;
pub mod thresholds;

pub use case::{
    Case, CaseError, Coverage, Disability, ExcludedStatus, Hemophilia, Household, Nationality,
    ObligorHousehold, OnSublist, Region, SublistAnswer,
};
pub use dataset::{dataset, datasets, years, Dataset};
pub use decision::{
    Basis, Decision, HouseholdKind, Item, ItemDecision, Lang, TestKind, ThresholdTest, Verdict,
};
pub use documents::Document;
pub use evaluate::evaluate;
pub use family::{
    obligors, Excluded, ExclusionReason, Family, FamilyError, ObligorGroup, Obligors, Relation,
    Relative,
};
pub use notes::Note;
pub use reasons::Reason;
pub use thresholds::{threshold, Threshold, ThresholdQuery};
