//! The rare-disease medical-expense support rules as a pure library.

pub mod diseases;
pub mod search;
