//! 희귀질환 의료비 지원 자가진단: the browser widget.
//!
//! Data flows one way: the visitor's answers live in one [`state::State`], which derives
//! a `rules::Case` from them; `rules::evaluate_with` turns it into a `rules::Decision`,
//! and [`result`] shows it. The UI never compares money with a threshold itself.
//! docs/architecture.md shows the rooms and how to add a question.

pub mod app;
pub mod config;
pub mod dom;
pub mod embed;
pub mod embed_page;
pub mod form;
pub mod html;
pub mod i18n;
pub mod money;
pub mod questions;
pub mod result;
pub mod state;

// The WebAssembly's allocator: talc instead of the default dlmalloc, about 2 KB smaller
// packed, and faster at the many small allocations a reactive view makes
// (docs/performance.md). The widget runs on one thread.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
