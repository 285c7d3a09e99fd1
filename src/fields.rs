//! Form controls that carry their own label, hint and error, wired for screen readers:
//! the hint and the error are tied to the input with `aria-describedby`, and an input
//! with an error says so with `aria-invalid`.

use leptos::prelude::*;

use crate::i18n::Messages;
use crate::money::parse_won;
use crate::state::{use_state, Field};

/// A message picked from the current language's catalogue.
pub type Text = fn(&Messages) -> &'static str;

/// How an option reads: a word of the rules (`|c, m| c.text(m.lang)`) or a message.
pub type Label<T> = fn(T, &Messages) -> &'static str;

/// A text box for a number or an amount of money.
#[component]
pub fn TextField(
    field: Field,
    label: Text,
    #[prop(into)] hint: Signal<&'static str>,
    value: RwSignal<String>,
    /// The error for this field, if its answer cannot be read.
    #[prop(into)]
    problem: Signal<Option<&'static str>>,
    /// Show the amount back, read aloud (`1억 5,000만원`), under the box.
    #[prop(optional)]
    money: bool,
    /// Called on each input, after the value is set.
    #[prop(optional)]
    on_edit: Option<Callback<()>>,
    #[prop(default = "numeric")] inputmode: &'static str,
) -> impl IntoView {
    let state = use_state();
    let m = state.messages();
    let id = field.id();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let echo_id = format!("{id}-echo");
    let shown_problem = move || problem.get().filter(|_| state.touched(field));
    let describedby = {
        let (hint_id, error_id, echo_id) = (hint_id.clone(), error_id.clone(), echo_id.clone());
        move || {
            let mut ids = vec![hint_id.clone()];
            if shown_problem().is_some() {
                ids.push(error_id.clone());
            }
            if money {
                ids.push(echo_id.clone());
            }
            ids.join(" ")
        }
    };
    let echo = move || {
        parse_won(&value.get())
            .ok()
            .map(|won| (m.get().amount_echo)(&rules::vocab::korean_reading(won)))
    };
    view! {
        <div class="field" class:field-error=move || shown_problem().is_some()>
            <label for=id.clone()>{move || label(m.get())}</label>
            <p class="hint" id=hint_id>{move || hint.get()}</p>
            <p class="error-message" id=error_id hidden=move || shown_problem().is_none()>
                {move || shown_problem().unwrap_or_default()}
            </p>
            <input
                id=id
                type="text"
                inputmode=inputmode
                autocomplete="off"
                spellcheck="false"
                aria-describedby=describedby
                aria-invalid=move || if shown_problem().is_some() { "true" } else { "false" }
                prop:value=move || value.get()
                on:input=move |ev| {
                    value.set(event_target_value(&ev));
                    if let Some(cb) = on_edit {
                        cb.run(());
                    }
                }
                on:change=move |_| state.touched.update(|t| t.mark(field))
            />
            {money.then(|| view! { <p class="echo" id=echo_id.clone()>{echo}</p> })}
        </div>
    }
}

/// A set of radio buttons in a fieldset with a legend.
#[component]
pub fn ChoiceField<T>(
    /// The first radio's id (where the error summary sends focus) and the group name.
    field_id: String,
    #[prop(optional)] legend: Option<Text>,
    /// A legend that changes with the answers (instead of `legend`).
    #[prop(optional, into)]
    dynamic_legend: Option<Signal<String>>,
    #[prop(optional)] hint: Option<Text>,
    /// A hint that changes with the answers.
    #[prop(optional, into)]
    dynamic_hint: Option<Signal<String>>,
    options: Vec<T>,
    label: Label<T>,
    #[prop(into)] selected: Signal<Option<T>>,
    on_pick: Callback<T>,
    /// Lay the options out side by side when they are short (예/아니요).
    #[prop(optional)]
    inline: bool,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let m = use_state().messages();
    let hint_id = format!("{field_id}-hint");
    let has_hint = hint.is_some() || dynamic_hint.is_some();
    let describedby = has_hint.then(|| hint_id.clone());
    let name = field_id.clone();
    let legend_text = move || match (legend, dynamic_legend) {
        (Some(l), _) => l(m.get()).to_string(),
        (None, Some(d)) => d.get(),
        (None, None) => String::new(),
    };
    let hint_text = move || match (hint, dynamic_hint) {
        (Some(h), _) => h(m.get()).to_string(),
        (None, Some(d)) => d.get(),
        (None, None) => String::new(),
    };
    view! {
        <fieldset class="choice" class:inline=inline aria-describedby=describedby>
            <legend>{legend_text}</legend>
            {has_hint.then(|| view! { <p class="hint" id=hint_id.clone()>{hint_text}</p> })}
            <div class="options">
                {options
                    .into_iter()
                    .enumerate()
                    .map(|(i, option)| {
                        let id = if i == 0 { field_id.clone() } else { format!("{field_id}-{i}") };
                        view! {
                            <div class="option">
                                <input
                                    type="radio"
                                    id=id.clone()
                                    name=name.clone()
                                    prop:checked=move || selected.get() == Some(option)
                                    on:change=move |_| on_pick.run(option)
                                />
                                <label for=id>{move || label(option, m.get())}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

/// A checkbox with its label.
#[component]
pub fn Check(
    id: String,
    #[prop(into)] label: Signal<&'static str>,
    value: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <div class="option">
            <input
                type="checkbox"
                id=id.clone()
                prop:checked=move || value.get()
                on:change=move |ev| value.set(event_target_checked(&ev))
            />
            <label for=id>{move || label.get()}</label>
        </div>
    }
}

/// Help text that opens on demand, so the questions stay short on a phone.
#[component]
pub fn Help(title: Text, children: Children) -> impl IntoView {
    let m = use_state().messages();
    view! {
        <details class="help">
            <summary>{move || title(m.get())}</summary>
            <div class="help-body">{children()}</div>
        </details>
    }
}

/// A yes/no answer's label.
pub fn yes_no(value: bool, m: &Messages) -> &'static str {
    if value {
        m.yes
    } else {
        m.no
    }
}
