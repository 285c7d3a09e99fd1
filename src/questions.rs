//! The questions, in short numbered sections. A question appears only when it applies
//! (`rules::asks` says which); what was typed in a hidden question is kept for when it
//! comes back. The sections are numbered over those shown.

use leptos::prelude::*;
use rules::{Coverage, ExcludedStatus, Item, Nationality, SublistAnswer};

use crate::disease_field::DiseaseField;
use crate::fields::{yes_no, Check, ChoiceField, Help, Text, TextField};
use crate::focus_id;
use crate::i18n::{self, Lang};
use crate::obligors::FamilySection;
use crate::place_field::PlaceField;
use crate::state::{use_state, Field, Problem};

/// The title, the privacy promise, the language switch and the data year.
#[component]
pub fn Header() -> impl IntoView {
    let state = use_state();
    let m = state.messages();
    let lang = state.lang;
    let other = move || match lang.get() {
        Lang::Ko => Lang::En,
        Lang::En => Lang::Ko,
    };
    view! {
        <header class="header">
            <div class="header-top">
                <h1>{move || m.get().title}</h1>
                <button
                    type="button"
                    class="language"
                    lang=move || i18n::code(other())
                    aria-label=move || m.get().language_switch_label
                    on:click=move |_| lang.set(other())
                >
                    {move || m.get().language_switch}
                </button>
            </div>
            <p class="lede">{move || m.get().lede}</p>
            <p class="privacy">{move || m.get().privacy}</p>
            <div class="field year">
                <label for="q-year">{move || m.get().data_year}</label>
                <select
                    id="q-year"
                    aria-describedby="q-year-hint"
                    on:change=move |ev| {
                        if let Ok(y) = event_target_value(&ev).parse() {
                            state.answers.year.set(y);
                        }
                    }
                >
                    {rules::years()
                        .iter()
                        .rev()
                        .map(|&y| {
                            view! {
                                <option value=y.to_string() selected=move || state.answers.year.get() == y>
                                    {y}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
                <p class="hint" id="q-year-hint">{move || m.get().data_year_hint}</p>
            </div>
        </header>
    }
}

/// Errors the visitor should see, with links that move focus to each field.
#[component]
fn ErrorSummary() -> impl IntoView {
    let state = use_state();
    let m = state.messages();
    let shown = move || {
        state.reading.with(|r| {
            r.problems
                .iter()
                .filter(|(f, _)| state.touched(*f))
                .copied()
                .collect::<Vec<(Field, Problem)>>()
        })
    };
    view! {
        <div
            class="error-summary"
            id="error-summary"
            tabindex="-1"
            role="region"
            aria-labelledby="error-summary-title"
            hidden=move || shown().is_empty()
        >
            <h2 id="error-summary-title">{move || m.get().error_summary_title}</h2>
            <ul>
                {move || {
                    let m = m.get();
                    shown()
                        .into_iter()
                        .map(|(field, problem)| {
                            let href = format!("#{}", field.id());
                            view! {
                                <li>
                                    <a
                                        href=href
                                        on:click=move |ev| {
                                            ev.prevent_default();
                                            focus_id(&field.id());
                                        }
                                    >
                                        {format!("{}: {}", crate::result::field_label(field, m), problem.text(m))}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}

/// The error shown under one field.
pub fn problem_of(field: Field) -> Signal<Option<&'static str>> {
    let state = use_state();
    let m = state.messages();
    Signal::derive(move || {
        state.reading.with(|r| {
            r.problems
                .iter()
                .find(|(f, _)| *f == field)
                .map(|(_, p)| p.text(m.get()))
        })
    })
}

/// The sections in page order, and which of them apply.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    Disease,
    Person,
    Needs,
    Household,
    Family,
}

/// A numbered section: its number counts only the sections shown.
#[component]
fn Section(step: Step, title: Text, children: Children) -> impl IntoView {
    let state = use_state();
    let m = state.messages();
    let steps = move || {
        let means = state.asks.with(|a| a.means);
        [
            Step::Disease,
            Step::Person,
            Step::Needs,
            Step::Household,
            Step::Family,
        ]
        .into_iter()
        .filter(|s| means || !matches!(s, Step::Household | Step::Family))
        .collect::<Vec<_>>()
    };
    let number = move || steps().iter().position(|s| *s == step).map_or(0, |i| i + 1);
    let heading = format!("step-{}", step as u8 + 1);
    let labelledby = heading.clone();
    view! {
        <section aria-labelledby=labelledby>
            <h2 id=heading>
                <span class="step-number" aria-hidden="true">{number}</span>
                <span class="visually-hidden">{move || (m.get().step_of)(number(), steps().len())}", "</span>
                {move || title(m.get())}
            </h2>
            {children()}
        </section>
    }
}

#[component]
pub fn Questions() -> impl IntoView {
    let state = use_state();
    let m = state.messages();
    let a = state.answers;
    let means = move || state.asks.with(|x| x.means);

    // "결과 보기" submits the form, which never reloads the page: it shows every error
    // in the summary, or takes the visitor to the first unanswered question, or to
    // the result.
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        state.touched.update(|t| t.mark_all());
        let (problems, first_missing) = state
            .reading
            .with_untracked(|r| (!r.problems.is_empty(), r.missing.first().copied()));
        if problems {
            focus_id("error-summary");
        } else if let Some(first) = first_missing {
            focus_id(&first.id());
        } else {
            focus_id("result-title");
        }
    };

    let place_hint = Signal::derive(move || {
        let m = m.get();
        if means() {
            m.place_hint
        } else {
            m.place_optional_hint
        }
    });
    let preset = move || {
        let tier = state.preset_tier()?;
        state
            .answers
            .place
            .text
            .with(|t| t.trim().is_empty())
            .then(|| (m.get().tier_preset)(state.dataset.get().year, tier.text(m.get().lang)))
    };

    view! {
        <form class="questions" novalidate on:submit=on_submit>
            <ErrorSummary/>

            <Section step=Step::Disease title=|m| m.step_disease>
                <ChoiceField
                    field_id=Field::Registered.id()
                    legend=|m| m.registered_question
                    hint=|m| m.registered_hint
                    options=vec![true, false]
                    label=yes_no
                    selected=a.registered
                    on_pick=Callback::new(move |v| a.registered.set(Some(v)))
                    inline=true
                />
                <DiseaseField/>
            </Section>

            <Section step=Step::Person title=|m| m.step_person>
                <TextField
                    field=Field::Age
                    label=|m| m.age_label
                    hint=Signal::derive(move || m.get().age_hint)
                    value=a.age
                    problem=problem_of(Field::Age)
                />
                <ChoiceField
                    field_id="q-nationality".to_string()
                    legend=|m| m.nationality_label
                    options=Nationality::ALL.to_vec()
                    label=|n, m| n.text(m.lang)
                    selected=Signal::derive(move || Some(a.nationality.get()))
                    on_pick=Callback::new(move |v| a.nationality.set(v))
                />
                <div class="field">
                    <label for="q-excluded">{move || m.get().excluded_label}</label>
                    <p class="hint" id="q-excluded-hint">{move || m.get().excluded_hint}</p>
                    <select
                        id="q-excluded"
                        aria-describedby="q-excluded-hint"
                        on:change=move |ev| {
                            let code = event_target_value(&ev);
                            let status = ExcludedStatus::ALL
                                .iter()
                                .copied()
                                .find(|s| s.code() == code)
                                .unwrap_or_default();
                            a.excluded.set(status);
                        }
                    >
                        {ExcludedStatus::ALL
                            .iter()
                            .map(|&status| {
                                view! {
                                    <option value=status.code() selected=move || a.excluded.get() == status>
                                        {move || status.text(state.lang.get())}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <ChoiceField
                    field_id=Field::Coverage.id()
                    legend=|m| m.coverage_label
                    options=Coverage::ALL.to_vec()
                    label=|c, m| c.text(m.lang)
                    selected=a.coverage
                    on_pick=Callback::new(move |v| a.coverage.set(Some(v)))
                />
                <PlaceField
                    field=Field::Place
                    town_field=Field::Town
                    answer=a.place
                    label=|m| m.place_label
                    hint=place_hint
                />
                <p class="tier-line">{preset}</p>
            </Section>

            <Section step=Step::Needs title=|m| m.step_needs>
                <Needs/>
            </Section>

            <Show when=means>
                <Section step=Step::Household title=|m| m.step_household>
                    <Help title=|m| m.household_help_title>
                        <ul>{move || m.get().household_help.iter().map(|line| view! { <li>{*line}</li> }).collect_view()}</ul>
                    </Help>
                    <TextField field=Field::Size label=|m| m.size_label hint=Signal::derive(move || m.get().size_hint) value=a.size problem=problem_of(Field::Size)/>
                    <TextField field=Field::Income label=|m| m.income_label hint=Signal::derive(move || m.get().income_hint) value=a.income problem=problem_of(Field::Income) money=true/>
                    <TextField field=Field::Property label=|m| m.property_label hint=Signal::derive(move || m.get().property_hint) value=a.property problem=problem_of(Field::Property) money=true/>
                    <TextField field=Field::Patients label=|m| m.patients_label hint=Signal::derive(move || m.get().patients_hint) value=a.patients problem=problem_of(Field::Patients)/>
                    <Check id="q-renting".to_string() label=Signal::derive(move || m.get().renting_label) value=a.renting/>
                    <Check id="q-owns-car".to_string() label=Signal::derive(move || m.get().owns_car_label) value=a.owns_car/>
                </Section>
                <Section step=Step::Family title=|m| m.step_family>
                    <FamilySection/>
                </Section>
            </Show>

            <button type="submit" class="primary">{move || m.get().show_result}</button>
        </form>
    }
}

/// "어떤 지원이 필요하세요?": the co-payment always, and the other items the disease,
/// age and coverage allow; then, for each item chosen, only its own conditions.
#[component]
fn Needs() -> impl IntoView {
    let state = use_state();
    let m = state.messages();
    let a = state.answers;
    let asks = state.asks;
    let lang = state.lang;
    let others = move || {
        asks.with(|x| {
            x.offered
                .iter()
                .copied()
                .filter(|i| *i != Item::Copayment)
                .collect::<Vec<_>>()
        })
    };
    let sublist = move |item: Item| match item {
        Item::AssistiveDevices => Some(a.sublist_devices),
        Item::Ventilator => Some(a.sublist_ventilator),
        Item::Caregiving => Some(a.sublist_caregiving),
        Item::SpecialDiet => Some(a.sublist_diet),
        _ => None,
    };
    view! {
        <fieldset class="choice needs" aria-describedby="q-needs-hint">
            <legend>{move || m.get().needs_legend}</legend>
            <p class="hint" id="q-needs-hint">{move || m.get().needs_hint}</p>
            <div class="options">
                <p class="always">
                    {move || Item::Copayment.text(lang.get())}
                    " ("{move || m.get().needs_always}")"
                </p>
                <For each=others key=|item| *item let:item>
                    <div class="option">
                        <input
                            type="checkbox"
                            id=format!("q-need-{}", item.code())
                            prop:checked=move || a.wanted.with(|w| w.contains(&item))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                a.wanted.update(|w| {
                                    w.retain(|i| *i != item);
                                    if on {
                                        w.push(item);
                                    }
                                });
                            }
                        />
                        <label for=format!("q-need-{}", item.code())>{move || item.text(lang.get())}</label>
                    </div>
                </For>
                <Show when=move || others().is_empty() && state.disease.with(|d| d.is_some())>
                    <p class="hint">{move || m.get().needs_nothing_else}</p>
                </Show>
            </div>
        </fieldset>

        <Show when=move || asks.with(|x| x.hemophilia)>
            <fieldset class="choice">
                <legend>{move || m.get().hemophilia_legend}</legend>
                <div class="options">
                    <Check id="q-inhibitor".to_string() label=Signal::derive(move || m.get().hemophilia_inhibitor) value=a.inhibitor/>
                    <Check id="q-hiv".to_string() label=Signal::derive(move || m.get().hemophilia_hiv) value=a.hiv/>
                    <Check id="q-inpatient".to_string() label=Signal::derive(move || m.get().hemophilia_inpatient) value=a.inpatient/>
                </div>
            </fieldset>
        </Show>

        <Show when=move || asks.with(|x| !x.sublists.is_empty())>
            <p class="hint sublist-hint">{move || m.get().sublist_hint}</p>
        </Show>
        <For each=move || asks.with(|x| x.sublists.clone()) key=|item| *item let:item>
            {sublist(item).map(|value| view! {
                <ChoiceField
                    field_id=format!("q-sublist-{}", item.code())
                    dynamic_legend=Signal::derive(move || (m.get().sublist_legend)(item.text(lang.get())))
                    options=SublistAnswer::ALL.to_vec()
                    label=|s, m| s.text(m.lang)
                    selected=Signal::derive(move || Some(value.get()))
                    on_pick=Callback::new(move |v| value.set(v))
                    inline=true
                />
            })}
        </For>

        <Show when=move || asks.with(|x| x.disability_registered || x.severe_physical_or_brain || x.severe_kidney)>
            <fieldset class="choice">
                <legend>{move || m.get().disability_legend}</legend>
                <div class="options">
                    <Show when=move || asks.with(|x| x.disability_registered)>
                        <Check id="q-disability".to_string() label=Signal::derive(move || m.get().disability_registered) value=a.disability_registered/>
                    </Show>
                    <Show when=move || asks.with(|x| x.severe_physical_or_brain)>
                        <Check id="q-severe-physical".to_string() label=Signal::derive(move || m.get().disability_severe_physical) value=a.severe_physical/>
                    </Show>
                    <Show when=move || asks.with(|x| x.severe_kidney)>
                        <Check id="q-severe-kidney".to_string() label=Signal::derive(move || m.get().disability_severe_kidney) value=a.severe_kidney/>
                    </Show>
                </div>
            </fieldset>
        </Show>
    }
}
