//! What the page knows: what was typed, each field's error once it should show, and the
//! reading of it all (`settings.rs`) with the code it makes. Only event handlers write
//! it, as in the widget's state.

use leptos::prelude::*;
use rules::Lang;

use super::settings::{read, Key, Problem, Reading, Typed};
use super::snippet::{snippet, Mode, Release};
use super::words::{words, Words};
use crate::dom::derived;

/// Everything the page knows: what was typed, and the reading of it. `Copy`: every part
/// is a handle.
#[derive(Clone, Copy)]
pub struct Page {
    /// The page's own language (the widget's is `widget_lang`).
    pub lang: RwSignal<Lang>,
    pub place: RwSignal<String>,
    pub name: RwSignal<String>,
    pub phone: RwSignal<String>,
    pub address: RwSignal<String>,
    pub widget_lang: RwSignal<Lang>,
    pub mode: RwSignal<Mode>,
    pub parent: RwSignal<String>,
    /// The fields left at least once: their errors show from then on.
    pub touched: RwSignal<Vec<Key>>,
    /// Copy was pressed: every error shows, with the summary.
    pub submitted: RwSignal<bool>,
    pub reading: Memo<Reading>,
    /// The code to paste; `None` without the release's facts.
    pub code: Memo<Option<String>>,
    pub release: StoredValue<Option<Release>>,
}

impl Page {
    pub fn new(release: Option<Release>) -> Page {
        let lang = RwSignal::new(Lang::Ko);
        let (place, name, phone, address) = (
            RwSignal::new(String::new()),
            RwSignal::new(String::new()),
            RwSignal::new(String::new()),
            RwSignal::new(String::new()),
        );
        let (widget_lang, mode) = (RwSignal::new(Lang::Ko), RwSignal::new(Mode::Script));
        // Most sites that use an iframe put it on the site that serves the widget too.
        let parent = RwSignal::new(window().location().origin().unwrap_or_default());
        let reading = Memo::new(move |_| {
            read(&Typed {
                place: place.get(),
                name: name.get(),
                phone: phone.get(),
                address: address.get(),
                lang: widget_lang.get(),
                mode: mode.get(),
                parent: parent.get(),
            })
        });
        let release = StoredValue::new(release);
        let code = Memo::new(move |_| {
            let mode = mode.get();
            reading.with(|r| {
                release.with_value(|rel| rel.as_ref().map(|rel| snippet(&r.settings, mode, rel)))
            })
        });
        Page {
            lang,
            place,
            name,
            phone,
            address,
            widget_lang,
            mode,
            parent,
            touched: RwSignal::new(Vec::new()),
            submitted: RwSignal::new(false),
            reading,
            code,
            release,
        }
    }

    /// The page's words in its current language.
    pub fn words(&self) -> Signal<&'static Words> {
        let lang = self.lang;
        derived(move || words(lang.get()))
    }

    pub fn touch(&self, key: Key) {
        if !self.touched.with_untracked(|t| t.contains(&key)) {
            self.touched.update(|t| t.push(key));
        }
    }

    /// The error to show on a field: once it was left, or after Copy.
    pub fn shown_error(&self, key: Key) -> Signal<Option<String>> {
        let page = *self;
        let w = self.words();
        derived(move || {
            if !page.submitted.get() && !page.touched.with(|t| t.contains(&key)) {
                return None;
            }
            page.reading
                .with(|r| r.problem(key).map(|p| problem_text(p, w.get())))
        })
    }
}

/// The page the configurator provides.
pub fn use_page() -> Page {
    expect_context::<Page>()
}

/// A message picked from the page's words.
pub type Text = fn(&Words) -> &'static str;

/// A message that follows the page's language.
pub fn say(text: Text) -> Signal<&'static str> {
    let w = use_page().words();
    derived(move || text(w.get()))
}

/// What is wrong with a field, in words.
pub fn problem_text(problem: &Problem, w: &Words) -> String {
    match problem {
        Problem::PlaceUnknown(near) if near.is_empty() => w.err_place_unknown.to_string(),
        Problem::PlaceUnknown(near) => format!(
            "{} {}",
            w.err_place_unknown,
            (w.place_suggestions)(&near.join(", "))
        ),
        Problem::PlaceAmbiguous(names) => (w.err_place_ambiguous)(&names.join(", ")),
        Problem::Phone => w.err_phone.to_string(),
        Problem::Parent => w.err_parent.to_string(),
        Problem::TooLong(n) => (w.err_too_long)(*n),
    }
}

/// A field's label, as the error summary names it.
pub fn label_of(key: Key, w: &Words) -> &'static str {
    match key {
        Key::Place => w.place_label,
        Key::Name => w.name_label,
        Key::Phone => w.phone_label,
        Key::Address => w.address_label,
        Key::Parent => w.parent_label,
    }
}
