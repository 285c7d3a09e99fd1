//! The embed page's controls, each with its label, hint and error tied to the input for
//! screen readers (`aria-describedby`, `aria-invalid`), in the widget's classes so they
//! look and behave as the widget's fields do: a text box, radios, the place finder
//! (the widget's own combobox), the error summary and a numbered section.

use leptos::prelude::*;
use rules::Lang;

use super::page::{label_of, problem_text, say, use_page, Text};
use super::settings::{Key, Region};
use super::words::Words;
use crate::dom::{derived, el, live_text};
use crate::form::combobox::{place_options, Finder};

/// A text box for one setting; `inputmode` and `autocomplete` suit what it holds.
pub fn text_field(
    key: Key,
    label: Text,
    hint: Text,
    value: RwSignal<String>,
    inputmode: &'static str,
    autocomplete: &'static str,
) -> AnyView {
    let page = use_page();
    let id = key.id();
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    let error = page.shown_error(key);
    let describedby = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        derived(move || {
            Some(match error.with(Option::is_some) {
                true => format!("{hint_id} {error_id}"),
                false => hint_id.clone(),
            })
        })
    };
    el("div")
        .attr_with("class", field_class(error, "field"))
        .child(el("label").attr("for", id).text(say(label)).view())
        .child(el("p").class("hint").id(hint_id).text(say(hint)).view())
        .child(
            el("p")
                .class("error-message")
                .id(error_id)
                .hidden(move || error.with(Option::is_none))
                .text_with(derived(move || error.get().unwrap_or_default()))
                .view(),
        )
        .child(
            el("input")
                .id(id)
                .attr("type", "text")
                .attr("inputmode", inputmode)
                .attr("autocomplete", autocomplete)
                .attr("spellcheck", "false")
                .attr_with("aria-describedby", describedby)
                .attr_with("aria-invalid", invalid(error))
                .prop_text("value", value.into())
                .on("input", move |ev| value.set(event_target_value(&ev)))
                .on("change", move |_| page.touch(key))
                .view(),
        )
        .view()
}

/// `field` or `field field-error`.
fn field_class(error: Signal<Option<String>>, class: &'static str) -> Signal<Option<String>> {
    derived(move || {
        Some(match error.with(Option::is_some) {
            true => format!("{class} field-error"),
            false => class.to_string(),
        })
    })
}

fn invalid(error: Signal<Option<String>>) -> Signal<Option<String>> {
    derived(move || Some(error.with(Option::is_some).to_string()))
}

/// The health centre's 시·군·구: the widget's place finder, over the same list and
/// search, and under it how the widget will read what is in the box.
pub fn place_field() -> AnyView {
    let page = use_page();
    let w = page.words();
    let reads_id = format!("{}-reads", Key::Place.id());
    let reads = live_text(move || {
        let w = w.get();
        page.reading.with(|r| match &r.region {
            Some(Region::Place(name)) => (w.place_reads)(name),
            Some(Region::Tier(tier)) => (w.tier_reads)(tier.text(w.lang), tier.id),
            None => String::new(),
        })
    });
    Finder::<Words> {
        id: Key::Place.id().to_string(),
        label: say(|w| w.place_label),
        hint: say(|w| w.place_hint),
        messages: w,
        answer: page.place,
        next_frame: false,
        search: Callback::new(move |query: String| {
            place_options(&query, page.lang.get_untracked())
        }),
        on_choose: Callback::new(|_| {}),
        on_leave: Box::new(move || page.touch(Key::Place)),
        count: |w| w.place_search_count,
        none: |w| w.place_search_none,
        error: page.shown_error(Key::Place),
        described_by: vec![reads_id.clone()],
        below: vec![el("p")
            .class("tier-line")
            .id(reads_id)
            .text_with(reads)
            .view()],
    }
    .view()
}

/// Radios for one choice, in a fieldset with its legend.
pub fn radios<T: Copy + PartialEq + Send + Sync + 'static>(
    id: &'static str,
    legend: Text,
    hint: Option<Text>,
    options: Vec<(T, Text)>,
    value: RwSignal<T>,
) -> AnyView {
    let hint_id = format!("{id}-hint");
    let mut set = el("fieldset").class("choice");
    if hint.is_some() {
        set = set.attr("aria-describedby", hint_id.clone());
    }
    let radios = options.into_iter().enumerate().map(|(i, (option, label))| {
        let option_id = format!("{id}-{i}");
        el("div")
            .class("option")
            .child(
                el("input")
                    .attr("type", "radio")
                    .id(option_id.clone())
                    .attr("name", id)
                    .prop_bool("checked", derived(move || value.get() == option))
                    .on("change", move |_| value.set(option))
                    .view(),
            )
            .child(el("label").attr("for", option_id).text(say(label)).view())
            .view()
    });
    set.child(el("legend").text(say(legend)).view())
        .maybe(hint.map(|hint| el("p").class("hint").id(hint_id).text(say(hint)).view()))
        .child(el("div").class("options").children(radios).view())
        .view()
}

/// The widget's first language.
pub fn widget_lang() -> AnyView {
    radios(
        "embed-lang",
        |w| w.lang_legend,
        Some(|w| w.lang_hint),
        vec![(Lang::Ko, |w| w.lang_ko), (Lang::En, |w| w.lang_en)],
        use_page().widget_lang,
    )
}

/// The errors to fix before copying, each a link that moves focus to its field. Shown
/// after Copy, while any error is left.
pub fn error_summary() -> AnyView {
    let page = use_page();
    let w = page.words();
    crate::dom::error_summary("embed-errors", say(|w| w.error_summary_title), move || {
        if !page.submitted.get() {
            return Vec::new();
        }
        let w = w.get();
        page.reading.with(|r| {
            r.problems
                .iter()
                .map(|(key, problem)| {
                    let text = (w.field_error)(label_of(*key, w), &problem_text(problem, w));
                    (key.id().to_string(), text)
                })
                .collect()
        })
    })
}

/// A numbered section with its heading.
pub fn section(number: usize, id: &'static str, title: Text, body: Vec<AnyView>) -> AnyView {
    el("section")
        .class("embed-section")
        .attr("aria-labelledby", id)
        .child(
            el("h2")
                .id(id)
                .child(
                    el("span")
                        .class("step-number")
                        .attr("aria-hidden", "true")
                        .fixed(number.to_string())
                        .view(),
                )
                .text(say(title))
                .view(),
        )
        .children(body)
        .view()
}
