//! The disease finder: an editable combobox with a list popup, after the WAI-ARIA
//! combobox pattern. Typing searches the bundled list by Korean or English name, code or
//! 초성; ↑/↓ move through the options, Enter chooses, Escape closes the list.
//!
//! The input's value is never written back while the visitor types: rewriting it would
//! break Hangul composition in the IME. It is written only when an option is chosen.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use rules::diseases::{lookup, Disease, Group, Lookup};
use rules::search::search;

use crate::form::{Answers, Field};
use crate::{touched, use_messages, Touched};

/// How many options the list shows; the status line says how many more matched.
const SHOWN: usize = 20;

/// What the disease answer resolves to, for the line under the field and for the
/// questions that depend on the disease.
pub fn resolved(text: &str) -> Option<Lookup> {
    let text = text.trim();
    (!text.is_empty()).then(|| lookup(text))
}

fn codes(d: &Disease) -> String {
    if d.kcd.is_empty() {
        d.vcode.to_string()
    } else {
        format!("{} · {}", d.kcd, d.vcode)
    }
}

#[component]
pub fn DiseaseField() -> impl IntoView {
    let m = use_messages();
    let answers = expect_context::<Answers>();
    let touched_fields = expect_context::<Touched>();
    let id = Field::Disease.id();
    let list_id = format!("{id}-list");
    let status_id = format!("{id}-status");
    let hint_id = format!("{id}-hint");
    let info_id = format!("{id}-info");
    let input = NodeRef::<leptos::html::Input>::new();

    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let results = Memo::new(move |_| {
        let q = answers.disease.get();
        if open.get() {
            search(&q, SHOWN)
        } else {
            Default::default()
        }
    });
    let expanded = move || open.get() && !results.with(|r| r.hits.is_empty());

    let choose = move |index: usize| {
        let Some(hit) = results.with_untracked(|r| r.hits.get(index).copied()) else {
            return;
        };
        let name = hit.disease.korean;
        if let Some(el) = input.get_untracked() {
            el.set_value(name);
        }
        answers.disease.set(name.to_string());
        open.set(false);
        active.set(None);
    };

    let on_keydown = move |ev: KeyboardEvent| {
        // Keys pressed while the IME is composing a syllable belong to the IME.
        if ev.is_composing() {
            return;
        }
        let count = results.with_untracked(|r| r.hits.len());
        match ev.key().as_str() {
            "ArrowDown" => {
                ev.prevent_default();
                if !open.get_untracked() {
                    open.set(true);
                    active.set(None);
                    return;
                }
                let count = results.with_untracked(|r| r.hits.len());
                if count > 0 {
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
        let m = m.get();
        if !open.get() || answers.disease.with(|d| d.trim().is_empty()) {
            return String::new();
        }
        results.with(|r| {
            if r.total == 0 {
                m.search_none.to_string()
            } else {
                (m.search_count)(r.hits.len(), r.total)
            }
        })
    };

    let lookup_now = Memo::new(move |_| answers.disease.with(|d| resolved(d)));
    let ambiguous = move || match lookup_now.get() {
        Some(Lookup::Ambiguous(candidates)) => {
            let mut names: Vec<&str> = candidates.iter().map(|d| d.korean).collect();
            names.dedup();
            Some((m.get().err_disease_ambiguous)(&names.join(", ")))
        }
        _ => None,
    };
    let info = move || {
        let m = m.get();
        match lookup_now.get()? {
            Lookup::Found(entries) => {
                let d = entries[0];
                let group = match d.group() {
                    Group::FourMajor => m.disease_four_major,
                    Group::Rare => m.disease_rare,
                };
                let codes: Vec<String> = entries.iter().map(|d| codes(d)).collect();
                Some(format!(
                    "{} ({}, {}) — {}",
                    d.korean,
                    d.english,
                    codes.join(" / "),
                    group
                ))
            }
            // Not while the list is open: the visitor is still looking.
            Lookup::NotListed if !expanded() => Some(m.disease_not_listed.to_string()),
            Lookup::NotListed => None,
            Lookup::Ambiguous(_) => None,
        }
    };
    let show_error =
        move || ambiguous().is_some() && (touched(touched_fields, Field::Disease) || !open.get());

    let describedby = {
        let (hint_id, info_id, status_id) = (hint_id.clone(), info_id.clone(), status_id.clone());
        move || format!("{hint_id} {info_id} {status_id}")
    };
    let activedescendant = {
        let id = id.clone();
        move || {
            active
                .get()
                .filter(|_| expanded())
                .map(|i| format!("{id}-opt-{i}"))
        }
    };

    view! {
        <div class="field combobox" class:field-error=show_error>
            <label for=id.clone() id=format!("{id}-label")>{move || m.get().disease_label}</label>
            <p class="hint" id=hint_id>{move || m.get().disease_hint}</p>
            <p class="error-message" hidden=move || !show_error()>{ambiguous}</p>
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
                    prop:value=answers.disease.get_untracked()
                    on:input=move |ev| {
                        answers.disease.set(event_target_value(&ev));
                        open.set(true);
                        active.set(None);
                    }
                    on:keydown=on_keydown
                    on:blur=move |_| {
                        open.set(false);
                        active.set(None);
                        touched_fields.update(|t| t.mark(Field::Disease));
                    }
                />
                <ul
                    id=list_id
                    role="listbox"
                    aria-labelledby=format!("{id}-label")
                    class="options-list"
                    hidden=move || !expanded()
                >
                    {move || {
                        results
                            .get()
                            .hits
                            .into_iter()
                            .enumerate()
                            .map(|(i, hit)| {
                                let d = hit.disease;
                                let four_major = d.group() == Group::FourMajor;
                                view! {
                                    <li
                                        role="option"
                                        id=format!("{}-opt-{i}", Field::Disease.id())
                                        aria-selected=move || if active.get() == Some(i) { "true" } else { "false" }
                                        class:active=move || active.get() == Some(i)
                                        // Choosing on mousedown keeps focus in the input.
                                        on:mousedown=move |ev| {
                                            ev.prevent_default();
                                            choose(i);
                                        }
                                    >
                                        <span class="option-ko">{d.korean}</span>
                                        <span class="option-en" lang="en">{d.english}</span>
                                        <span class="option-codes">
                                            {codes(d)}
                                            {four_major.then(|| view! { <span class="badge">{move || m.get().four_major_badge}</span> })}
                                        </span>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
            <p class="visually-hidden" id=status_id aria-live="polite" aria-atomic="true">{status}</p>
            <p class="disease-info" id=info_id>{info}</p>
            <details class="help">
                <summary>{move || m.get().disease_missing_help_title}</summary>
                <div class="help-body"><p>{move || m.get().disease_missing_help}</p></div>
            </details>
        </div>
    }
}
