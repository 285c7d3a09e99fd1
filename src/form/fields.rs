//! Form controls that carry their own label, hint and error, wired for screen readers:
//! the hint and the error are tied to the input with `aria-describedby`, and an input
//! with an error says so with `aria-invalid`. Built with `dom.rs`; labels, hints and ids
//! come from the question table (`questions.rs`).

use leptos::prelude::*;

use crate::dom::{derived, el, live_text, El};
use crate::i18n::Messages;
use crate::money::parse_won;
use crate::questions::{Answer, Question, Words};
use crate::state::{label_of, say, say_words, say_words_owned, use_state, Field, Text};

/// How an option reads: a word of the rules (`|c, m| c.text(m.lang)`) or a message.
pub type Label<T> = fn(T, &Messages) -> &'static str;

/// A yes/no answer's label.
pub fn yes_no(value: bool, m: &Messages) -> &'static str {
    if value {
        m.yes
    } else {
        m.no
    }
}

/// A text box for a number or an amount of money, labelled as its question, showing and
/// setting `answer`. An amount is read back under the box (`1억 5,000만원`).
pub fn text_field(field: Field, hint: Signal<&'static str>, answer: RwSignal<String>) -> AnyView {
    text_box(field, hint, answer.into(), answer, None)
}

/// The same, showing `value`, which need not be what was typed (a size the family helper
/// filled in); typing sets `answer`, and `typed` once there is one.
pub fn text_box(
    field: Field,
    hint: Signal<&'static str>,
    value: Signal<String>,
    answer: RwSignal<String>,
    typed: Option<RwSignal<bool>>,
) -> AnyView {
    let state = use_state();
    let m = state.messages();
    let id = field.id();
    let money = matches!(field.question().answer(), Answer::Money);
    let (hint_id, error_id, echo_id) = (
        format!("{id}-hint"),
        format!("{id}-error"),
        format!("{id}-echo"),
    );
    let problem = state.problem_of(field);
    let shown = move || problem.get().filter(|_| state.touched(field));
    let describedby = {
        let (hint_id, error_id, echo_id) = (hint_id.clone(), error_id.clone(), echo_id.clone());
        derived(move || {
            let mut ids = vec![hint_id.clone()];
            if shown().is_some() {
                ids.push(error_id.clone());
            }
            if money {
                ids.push(echo_id.clone());
            }
            Some(ids.join(" "))
        })
    };
    el("div")
        .attr_with(
            "class",
            derived(move || {
                Some(
                    if shown().is_some() {
                        "field field-error"
                    } else {
                        "field"
                    }
                    .into(),
                )
            }),
        )
        .child(
            el("label")
                .attr("for", id.clone())
                .text(say_words(field.label()))
                .view(),
        )
        .child(el("p").class("hint").id(hint_id).text(hint).view())
        .child(
            el("p")
                .class("error-message")
                .id(error_id)
                .hidden(move || shown().is_none())
                .text_with(derived(move || shown().unwrap_or_default()))
                .view(),
        )
        .child(
            el("input")
                .id(id)
                .attr("type", "text")
                .attr("inputmode", "numeric")
                .attr("autocomplete", "off")
                .attr("spellcheck", "false")
                .attr_with("aria-describedby", describedby)
                .attr_with(
                    "aria-invalid",
                    derived(move || Some(if shown().is_some() { "true" } else { "false" }.into())),
                )
                .prop_text("value", value)
                .on("input", move |ev| {
                    answer.set(event_target_value(&ev));
                    if let Some(typed) = typed {
                        typed.set(true);
                    }
                })
                .on("change", move |_| state.touched.update(|t| t.mark(field)))
                .view(),
        )
        .maybe(money.then(|| {
            el("p")
                .class("echo")
                .id(echo_id)
                .text_with(live_text(move || {
                    parse_won(&value.get())
                        .ok()
                        .map(|won| (m.get().amount_echo)(&rules::vocab::korean_reading(won)))
                        .unwrap_or_default()
                }))
                .view()
        }))
        .view()
}

/// What a finder does when the visitor leaves it: the field's error may show from then on.
pub fn touch(field: Field) -> Box<dyn Fn()> {
    let state = use_state();
    Box::new(move || state.touched.update(|t| t.mark(field)))
}

/// A set of radio buttons in a fieldset with a legend: built with [`Choice::answer`] (or
/// [`Choice::new`] for an answer kept another way), then
/// `.hint(…)`, `.inline()` and `.view()`.
pub struct Choice<T: Send + Sync + 'static> {
    id: String,
    legend: Signal<String>,
    hint: Option<Signal<String>>,
    options: Vec<T>,
    label: Label<T>,
    selected: Signal<Option<T>>,
    pick: Callback<T>,
    inline: bool,
}

impl<T: Copy + PartialEq + Send + Sync + 'static> Choice<T> {
    /// `id` is the first radio's id (where the error summary sends focus) and the group
    /// name.
    pub fn new(
        id: impl Into<String>,
        legend: Signal<String>,
        options: Vec<T>,
        label: Label<T>,
        selected: impl Into<Signal<Option<T>>>,
        pick: impl Fn(T) + Send + Sync + 'static,
    ) -> Self {
        Choice {
            id: id.into(),
            legend,
            hint: None,
            options,
            label,
            selected: selected.into(),
            pick: Callback::new(pick),
            inline: false,
        }
    }

    /// The usual case: the radios show `answer` and a pick sets it.
    pub fn answer(
        id: impl Into<String>,
        legend: Signal<String>,
        options: Vec<T>,
        label: Label<T>,
        answer: RwSignal<Option<T>>,
    ) -> Self {
        Self::new(id, legend, options, label, answer, move |v| {
            answer.set(Some(v))
        })
    }

    pub fn hint(mut self, hint: Signal<String>) -> Self {
        self.hint = Some(hint);
        self
    }

    /// Lays the options out side by side when they are short (예/아니요).
    pub fn inline(mut self) -> Self {
        self.inline = true;
        self
    }

    /// The radios, built once for every answer type: the options by position.
    pub fn view(self) -> AnyView {
        let m = use_state().messages();
        let label = self.label;
        let labels = self
            .options
            .iter()
            .map(|&o| derived(move || label(o, m.get())))
            .collect();
        let (options, selected) = (self.options.clone(), self.selected);
        let chosen = derived(move || {
            selected
                .get()
                .and_then(|s| options.iter().position(|o| *o == s))
        });
        let (options, pick) = (self.options, self.pick);
        radios(
            fieldset(self.id.clone(), self.inline, self.legend, self.hint),
            self.id,
            labels,
            chosen,
            Callback::new(move |i: usize| pick.run(options[i])),
        )
    }
}

/// `<fieldset class="choice">` with its legend and hint.
fn fieldset(id: String, inline: bool, legend: Signal<String>, hint: Option<Signal<String>>) -> El {
    let hint_id = format!("{id}-hint");
    let mut set = el("fieldset").class(if inline { "choice inline" } else { "choice" });
    if hint.is_some() {
        set = set.attr("aria-describedby", hint_id.clone());
    }
    set.child(el("legend").text_with(legend).view())
        .maybe(hint.map(|hint| el("p").class("hint").id(hint_id).text_with(hint).view()))
}

fn radios(
    set: El,
    id: String,
    labels: Vec<Signal<&'static str>>,
    chosen: Signal<Option<usize>>,
    pick: Callback<usize>,
) -> AnyView {
    let radios = labels.into_iter().enumerate().map(|(i, text)| {
        let option_id = if i == 0 {
            id.clone()
        } else {
            format!("{id}-{i}")
        };
        el("div")
            .class("option")
            .child(
                el("input")
                    .attr("type", "radio")
                    .id(option_id.clone())
                    .attr("name", id.clone())
                    .prop_bool("checked", derived(move || chosen.get() == Some(i)))
                    .on("change", move |_| pick.run(i))
                    .view(),
            )
            .child(el("label").attr("for", option_id).text(text).view())
            .view()
    });
    set.child(el("div").class("options").children(radios).view())
        .view()
}

/// A `<select>` for a question, with its label and hint. Options are by position, so one
/// copy of this code serves every list; `pick` gets the chosen position.
pub fn select(
    question: Question,
    options: Vec<Signal<&'static str>>,
    chosen: Signal<usize>,
    pick: impl Fn(usize) + 'static,
) -> AnyView {
    let spec = question.spec();
    let id = spec.id;
    let hint = spec.hint;
    let hint_id = format!("{id}-hint");
    let options = options.into_iter().enumerate().map(|(i, text)| {
        el("option")
            .attr("value", i.to_string())
            .prop_bool("selected", derived(move || chosen.get() == i))
            .text(text)
            .view()
    });
    let mut control = el("select").id(id).on("change", move |ev| {
        if let Ok(i) = event_target_value(&ev).parse() {
            pick(i);
        }
    });
    if hint.is_some() {
        control = control.attr("aria-describedby", hint_id.clone());
    }
    el("div")
        .class("field")
        .child(el("label").attr("for", id).text(label_of(question)).view())
        .maybe(hint.map(|hint| {
            el("p")
                .class("hint")
                .id(hint_id)
                .text(crate::state::say_words(hint))
                .view()
        }))
        .child(control.children(options).view())
        .view()
}

/// A checkbox with its label.
pub fn check(id: &str, label: Signal<&'static str>, value: RwSignal<bool>) -> AnyView {
    check_el(id, label, value).view()
}

/// The same, still open to more attributes.
pub fn check_el(id: &str, label: Signal<&'static str>, value: RwSignal<bool>) -> El {
    el("div")
        .class("option")
        .child(
            el("input")
                .attr("type", "checkbox")
                .id(id)
                .prop_bool("checked", value.into())
                .on("change", move |ev| value.set(event_target_checked(&ev)))
                .view(),
        )
        .child(el("label").attr("for", id).text(label).view())
}

/// Help text that opens on demand, so the questions stay short on a phone.
pub fn help(title: Text, body: Vec<AnyView>) -> AnyView {
    el("details")
        .class("help")
        .child(el("summary").text(say(title)).view())
        .child(el("div").class("help-body").children(body).view())
        .view()
}

/// A list of the catalogue's lines, following the language.
pub fn lines(list: fn(&Messages) -> &'static [&'static str]) -> AnyView {
    let m = use_state().messages();
    el("ul")
        .child(crate::dom::list(move || {
            list(m.get())
                .iter()
                .map(|line| el("li").fixed(*line).view())
                .collect()
        }))
        .view()
}

/// A question's hint, following the language (empty if it has none).
pub fn hint_of(question: Question) -> Signal<&'static str> {
    say_words(question.spec().hint.unwrap_or(Words { ko: "", en: "" }))
}

/// Radios for a question of the table: its id, legend and hint.
pub fn question_choice<T: Copy + PartialEq + Send + Sync + 'static>(
    question: Question,
    options: Vec<T>,
    label: Label<T>,
    answer: RwSignal<Option<T>>,
) -> Choice<T> {
    let spec = question.spec();
    let choice = Choice::answer(spec.id, say_words_owned(spec.label), options, label, answer);
    match spec.hint {
        Some(hint) => choice.hint(say_words_owned(hint)),
        None => choice,
    }
}
