//! 희귀질환 의료비 지원 자가진단: the browser widget.
//!
//! Data flows one way: the visitor's answers (`form`) become a `rules::Case`,
//! `rules::evaluate` turns it into a `rules::Decision`, and `result` shows it. The UI never
//! compares money with a threshold itself.

pub mod config;
pub mod disease_field;
pub mod embed;
pub mod fields;
pub mod form;
pub mod i18n;
pub mod money;
pub mod questions;
pub mod result;

use leptos::prelude::*;

pub use config::Config;
use form::{Answers, Field};
use i18n::{Lang, Messages};

/// The messages in the language currently chosen.
pub fn use_messages() -> Signal<&'static Messages> {
    let lang = expect_context::<RwSignal<Lang>>();
    Signal::derive(move || i18n::messages(lang.get()))
}

/// The fields whose errors the visitor should see: those they have left, or all of them
/// once they asked for the result. Errors do not appear while someone is still typing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TouchedFields {
    fields: Vec<Field>,
    all: bool,
}

impl TouchedFields {
    pub fn mark(&mut self, field: Field) {
        if !self.fields.contains(&field) {
            self.fields.push(field);
        }
    }

    pub fn mark_all(&mut self) {
        self.all = true;
    }

    pub fn has(&self, field: Field) -> bool {
        self.all || self.fields.contains(&field)
    }
}

pub type Touched = RwSignal<TouchedFields>;

pub fn touched(t: Touched, field: Field) -> bool {
    t.with(|t| t.has(field))
}

/// Moves focus to an element of the widget by id, looking inside the widget's own root
/// so that it also works inside a shadow root.
pub fn focus_id(id: &str) {
    use leptos::wasm_bindgen::JsCast;
    let Some(root) = use_context::<NodeRef<leptos::html::Div>>().and_then(|r| r.get_untracked())
    else {
        return;
    };
    if let Ok(Some(el)) = root.query_selector(&format!("#{id}")) {
        if let Ok(el) = el.dyn_into::<leptos::web_sys::HtmlElement>() {
            let _ = el.focus();
        }
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
    let years = rules::years();
    let newest = *years.last().expect("the build bundles at least one year");
    let year = config.year.filter(|y| years.contains(y)).unwrap_or(newest);
    let lang = RwSignal::new(config.lang.unwrap_or(Lang::Ko));
    provide_context(lang);
    let answers = Answers::new(year, config.region);
    provide_context(answers);
    let touched_fields: Touched = RwSignal::new(TouchedFields::default());
    provide_context(touched_fields);
    let root = NodeRef::<leptos::html::Div>::new();
    provide_context(root);
    provide_context(config.centre.clone());
    if page {
        Effect::new(move |_| {
            if let Some(html) = document().document_element() {
                let _ = html.set_attribute("lang", i18n::code(lang.get()));
            }
        });
    }

    let reading = Memo::new(move |_| answers.read());
    let outcome = Memo::new(move |_| reading.with(|r| r.case.as_ref().map(rules::evaluate)));

    view! {
        <div class="rare-check" node_ref=root lang=move || i18n::code(lang.get())>
            <questions::Header/>
            <div class="layout">
                <questions::Questions reading=reading outcome=outcome/>
                <result::ResultPanel reading=reading outcome=outcome/>
            </div>
        </div>
    }
}
