//! The whole widget: one state, the questions beside the result, in the visitor's
//! language.

use leptos::prelude::*;

use crate::config::Config;
use crate::dom::{self, Root};
use crate::form;
use crate::i18n;
use crate::result;
use crate::state::State;

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
        dom::effect(move || {
            if let Some(html) = document().document_element() {
                let _ = html.set_attribute("lang", i18n::code(lang.get()));
            }
        });
    }
    dom::open_details_for_print(root);

    view! {
        <div class="rare-check" node_ref=root lang=move || i18n::code(lang.get())>
            {form::header()}
            {dom::el("div").class("layout").child(form::questions()).children(result::result_panel()).view()}
        </div>
    }
}
