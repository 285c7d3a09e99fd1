//! An editable combobox with a list popup, after the WAI-ARIA combobox pattern, for the
//! disease and the place finders: typing searches, ↑/↓ move through the options, Enter
//! chooses, Escape closes the list, and a polite status line says how many matched.
//!
//! The input's value is never written back while the visitor types: rewriting it would
//! break Hangul composition in the IME. It is written only when an option is chosen.
//! Options are keyed, so a keystroke that keeps an option keeps its DOM node.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::fields::Text;
use crate::state::{use_state, Field};

/// One option as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    /// Stable for the option (a list index): keys the DOM node and its id.
    pub key: usize,
    /// What the input reads once the option is chosen.
    pub value: String,
    pub primary: String,
    pub secondary: String,
    pub detail: String,
    pub badge: Option<String>,
    /// The language of `secondary` when it differs from the page's ("en" for English
    /// disease names).
    pub secondary_lang: Option<&'static str>,
}

/// "N found" for the status line, from the current language's catalogue.
pub type Count = fn(&crate::i18n::Messages) -> fn(usize, usize) -> String;

/// What a search found: the options to show and how many matched in all.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Found {
    pub choices: Vec<Choice>,
    pub total: usize,
}

#[component]
pub fn Combobox(
    field: Field,
    label: Text,
    hint: Signal<&'static str>,
    /// The text in the box.
    value: RwSignal<String>,
    /// Searches for a query; run only while the list is open.
    search: Callback<String, Found>,
    /// Called with the chosen option's key, after the box is set to its value.
    on_choose: Callback<usize>,
    /// "N found" for the status line.
    count: Count,
    none: Text,
    /// The error to show, if any.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// Ids of lines under the box that describe the answer.
    #[prop(optional)]
    described_by: Vec<String>,
    /// Lines shown under the box.
    children: Children,
) -> impl IntoView {
    let state = use_state();
    let m = state.messages();
    let id = field.id();
    let list_id = format!("{id}-list");
    let status_id = format!("{id}-status");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let input = NodeRef::<leptos::html::Input>::new();

    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let found = Memo::new(move |_| {
        if open.get() {
            search.run(value.get())
        } else {
            Found::default()
        }
    });
    let expanded = move || open.get() && found.with(|f| !f.choices.is_empty());

    let choose = move |index: usize| {
        let Some(choice) = found.with_untracked(|f| f.choices.get(index).cloned()) else {
            return;
        };
        if let Some(el) = input.get_untracked() {
            el.set_value(&choice.value);
        }
        value.set(choice.value);
        open.set(false);
        active.set(None);
        on_choose.run(choice.key);
    };

    let on_keydown = move |ev: KeyboardEvent| {
        // Keys pressed while the IME is composing a syllable belong to the IME.
        if ev.is_composing() {
            return;
        }
        let count = found.with_untracked(|f| f.choices.len());
        match ev.key().as_str() {
            "ArrowDown" => {
                ev.prevent_default();
                if !open.get_untracked() {
                    open.set(true);
                    active.set(None);
                } else if count > 0 {
                    active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % count)));
                }
            }
            "ArrowUp" => {
                ev.prevent_default();
                if count > 0 {
                    active.update(|a| *a = Some(a.map_or(count - 1, |i| (i + count - 1) % count)));
                }
            }
            "Enter" => {
                if let (true, Some(i)) = (expanded(), active.get_untracked()) {
                    ev.prevent_default();
                    choose(i);
                }
            }
            "Escape" if open.get_untracked() => {
                ev.prevent_default();
                open.set(false);
                active.set(None);
            }
            _ => {}
        }
    };

    let status = move || {
        if !open.get() || value.with(|v| v.trim().is_empty()) {
            return String::new();
        }
        let m = m.get();
        found.with(|f| {
            if f.total == 0 {
                none(m).to_string()
            } else {
                count(m)(f.choices.len(), f.total)
            }
        })
    };
    let show_error = move || error.with(|e| e.is_some()) && !expanded();

    let describedby = {
        let ids = [hint_id.clone(), error_id.clone(), status_id.clone()]
            .into_iter()
            .chain(described_by)
            .collect::<Vec<_>>()
            .join(" ");
        move || ids.clone()
    };
    let option_id = {
        let id = id.clone();
        move |key: usize| format!("{id}-opt-{key}")
    };
    let activedescendant = {
        let option_id = option_id.clone();
        move || {
            let key = active
                .get()
                .filter(|_| expanded())
                .and_then(|i| found.with(|f| f.choices.get(i).map(|c| c.key)))?;
            Some(option_id(key))
        }
    };
    let position = move |key: usize| found.with(|f| f.choices.iter().position(|c| c.key == key));

    view! {
        <div class="field combobox" class:field-error=show_error>
            <label for=id.clone() id=format!("{id}-label")>{move || label(m.get())}</label>
            <p class="hint" id=hint_id>{move || hint.get()}</p>
            <p class="error-message" id=error_id hidden=move || !show_error()>{move || error.get()}</p>
            <div class="combobox-wrap">
                <input
                    id=id.clone()
                    node_ref=input
                    type="text"
                    role="combobox"
                    autocomplete="off"
                    spellcheck="false"
                    aria-autocomplete="list"
                    aria-controls=list_id.clone()
                    aria-expanded=move || if expanded() { "true" } else { "false" }
                    aria-activedescendant=activedescendant
                    aria-describedby=describedby
                    aria-invalid=move || if show_error() { "true" } else { "false" }
                    prop:value=value.get_untracked()
                    on:input=move |ev| {
                        value.set(event_target_value(&ev));
                        open.set(true);
                        active.set(None);
                    }
                    on:keydown=on_keydown
                    on:blur=move |_| {
                        open.set(false);
                        active.set(None);
                        state.touched.update(|t| t.mark(field));
                    }
                />
                <ul
                    id=list_id
                    role="listbox"
                    aria-labelledby=format!("{id}-label")
                    class="options-list"
                    hidden=move || !expanded()
                >
                    <For each=move || found.get().choices key=|c| c.key let:choice>
                        {
                            let key = choice.key;
                            let is_active = move || {
                                active.get().is_some() && active.get() == position(key)
                            };
                            view! {
                                <li
                                    role="option"
                                    id=option_id(key)
                                    aria-selected=move || if is_active() { "true" } else { "false" }
                                    class:active=is_active
                                    // Choosing on mousedown keeps focus in the input.
                                    on:mousedown=move |ev| {
                                        ev.prevent_default();
                                        if let Some(i) = position(key) {
                                            choose(i);
                                        }
                                    }
                                >
                                    <span class="option-ko">{choice.primary}</span>
                                    <span class="option-en" lang=choice.secondary_lang>{choice.secondary}</span>
                                    <span class="option-codes">
                                        {choice.detail}
                                        {choice.badge.map(|b| view! { <span class="badge">{b}</span> })}
                                    </span>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </div>
            <p class="visually-hidden" id=status_id aria-live="polite" aria-atomic="true">{status}</p>
            {children()}
        </div>
    }
}
