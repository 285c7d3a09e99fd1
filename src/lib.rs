//! 희귀질환 의료비 지원 자가진단: the browser widget.
//!
//! Data flows one way: the visitor's answers live in one [`state::State`], which derives
//! a `rules::Case` from them; `rules::evaluate_with` turns it into a `rules::Decision`,
//! and [`result`] shows it. The UI never compares money with a threshold itself.

pub mod app;
pub mod chart;
pub mod combobox;
pub mod config;
pub mod disease_field;
pub mod dom;
pub mod embed;
pub mod family;
pub mod fields;
pub mod html;
pub mod i18n;
pub mod money;
pub mod obligors;
pub mod place_field;
pub mod questions;
pub mod result;
pub mod state;
