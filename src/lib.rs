//! 희귀질환 의료비 지원 자가진단: the browser widget.
//!
//! Data flows one way: the visitor's answers live in one [`state::State`], which derives
//! a `rules::Case` from them; `rules::evaluate_with` turns it into a `rules::Decision`,
//! and [`result`] shows it. The UI never compares money with a threshold itself.

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

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::HtmlElement;

pub use config::Config;
use state::State;

/// The widget's root element, where [`find_id`] looks, so that ids work inside a shadow
/// root too.
pub type Root = NodeRef<leptos::html::Div>;

/// An element of this widget by id.
pub fn find_id(id: &str) -> Option<HtmlElement> {
    find_in(use_context::<Root>()?, &format!("#{id}"))
}

/// The first element of this widget that matches a CSS selector.
pub fn find_in(root: Root, selector: &str) -> Option<HtmlElement> {
    root.get_untracked()?
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
}

/// Moves focus to an element of the widget by id.
pub fn focus_id(id: &str) {
    if let Some(el) = find_id(id) {
        let _ = el.focus();
    }
}

/// The whole widget.
#[component]
pub fn App(
    #[prop(optional)] config: Config,
    /// The widget is the whole page (not inside a host page): it sets `<html lang>`.
    #[prop(optional)]
    page: bool,
) -> impl IntoView {
    let state = State::new(config);
    provide_context(state);
    let root = Root::new();
    provide_context(root);
    let lang = state.lang;
    if page {
        Effect::new(move |_| {
            if let Some(html) = document().document_element() {
                let _ = html.set_attribute("lang", i18n::code(lang.get()));
            }
        });
    }
    embed::open_details_for_print(root);

    view! {
        <div class="rare-check" node_ref=root lang=move || i18n::code(lang.get())>
            {questions::header()}
            {dom::el("div").class("layout").child(questions::questions()).children(result::result_panel()).view()}
        </div>
    }
}
