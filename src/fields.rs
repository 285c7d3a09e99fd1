//! Form controls that carry their own label, hint and error, wired for screen readers:
//! the hint and the error are tied to the input with `aria-describedby`, and an input
//! with an error says so with `aria-invalid`.

use leptos::prelude::*;

use crate::form::Field;
use crate::i18n::Messages;
use crate::money::{korean_reading, parse_won};
use crate::{touched, use_messages, Touched};

/// A message picked from the current language's catalogue.
pub type Text = fn(&Messages) -> &'static str;

/// A text box for a number or an amount of money.
#[component]
pub fn TextField(
    field: Field,
    label: Text,
    hint: Text,
    value: RwSignal<String>,
    /// The error for this field, if its answer cannot be read.
    #[prop(into)]
    problem: Signal<Option<&'static str>>,
    /// Show the amount back, read aloud (`1억 5,000만원`), under the box.
    #[prop(optional)]
    money: bool,
    #[prop(default = "numeric")] inputmode: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
) -> impl IntoView {
    let m = use_messages();
    let id = field.id();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let echo_id = format!("{id}-echo");
    let touched_fields = expect_context::<Touched>();
    let shown_problem = move || problem.get().filter(|_| touched(touched_fields, field));
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
        if !money {
            return None;
        }
        parse_won(&value.get())
            .ok()
            .map(|won| (m.get().amount_echo)(&korean_reading(won)))
    };
    view! {
        <div class="field" class:field-error=move || shown_problem().is_some()>
            <label for=id.clone()>{move || label(m.get())}</label>
            <p class="hint" id=hint_id>{move || hint(m.get())}</p>
            <p class="error-message" id=error_id hidden=move || shown_problem().is_none()>
                {move || shown_problem().unwrap_or_default()}
            </p>
            <input
                id=id
                type="text"
                inputmode=inputmode
                autocomplete=autocomplete
                spellcheck="false"
                aria-describedby=describedby
                aria-invalid=move || if shown_problem().is_some() { "true" } else { "false" }
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
                on:change=move |_| touched_fields.update(|t| t.mark(field))
            />
            {move || {
                money.then(|| view! { <p class="echo" id=echo_id.clone()>{echo}</p> })
            }}
        </div>
    }
}

/// A set of radio buttons in a fieldset with a legend.
#[component]
pub fn Choice<T>(
    /// The first radio's id (where the error summary sends focus) and the group name.
    field_id: String,
    legend: Text,
    #[prop(optional)] hint: Option<Text>,
    options: Vec<(T, Text)>,
    #[prop(into)] selected: Signal<Option<T>>,
    on_pick: Callback<T>,
    /// Lay the options out side by side when they are short (예/아니요).
    #[prop(optional)]
    inline: bool,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let m = use_messages();
    let hint_id = format!("{field_id}-hint");
    let describedby = hint.map(|_| hint_id.clone());
    let name = field_id.clone();
    view! {
        <fieldset class="choice" class:inline=inline aria-describedby=describedby>
            <legend>{move || legend(m.get())}</legend>
            {hint.map(|hint| view! { <p class="hint" id=hint_id.clone()>{move || hint(m.get())}</p> })}
            <div class="options">
                {options
                    .into_iter()
                    .enumerate()
                    .map(|(i, (option, text))| {
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
                                <label for=id>{move || text(m.get())}</label>
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
pub fn Check(id: &'static str, label: Text, value: RwSignal<bool>) -> impl IntoView {
    let m = use_messages();
    view! {
        <div class="option">
            <input
                type="checkbox"
                id=id
                prop:checked=move || value.get()
                on:change=move |ev| value.set(event_target_checked(&ev))
            />
            <label for=id>{move || label(m.get())}</label>
        </div>
    }
}

/// Help text that opens on demand, so the questions stay short on a phone.
#[component]
pub fn Help(title: Text, children: Children) -> impl IntoView {
    let m = use_messages();
    view! {
        <details class="help">
            <summary>{move || title(m.get())}</summary>
            <div class="help-body">{children()}</div>
        </details>
    }
}
