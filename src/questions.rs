//! The questions, in five short sections. A question appears only when it applies; what
//! was typed in a hidden question is kept for when it comes back.

use leptos::prelude::*;
use rules::diseases::Lookup;
use rules::{Coverage, ExcludedStatus, Nationality, Region, SublistAnswer};

use crate::disease_field::{resolved, DiseaseField};
use crate::fields::{Check, Choice, Help, Text, TextField};
use crate::form::{Answers, Field, Problem, Reading};
use crate::i18n::{self, Lang, Messages};
use crate::{focus_id, touched, use_messages, Touched};

/// The title, the privacy promise, the language switch and the data year.
#[component]
pub fn Header() -> impl IntoView {
    let m = use_messages();
    let lang = expect_context::<RwSignal<Lang>>();
    let answers = expect_context::<Answers>();
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
                            answers.year.set(y);
                        }
                    }
                >
                    {rules::years()
                        .iter()
                        .rev()
                        .map(|&y| {
                            view! {
                                <option value=y.to_string() selected=move || answers.year.get() == y>
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
fn ErrorSummary(reading: Memo<Reading>) -> impl IntoView {
    let m = use_messages();
    let answers = expect_context::<Answers>();
    let touched_fields = expect_context::<Touched>();
    let shown = move || {
        reading.with(|r| {
            r.problems
                .iter()
                .filter(|(f, _)| touched(touched_fields, *f))
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
                            let label = field.label(m, |id| answers.obligor_number(id));
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
                                        {format!("{label}: {}", problem.text(m))}
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

fn problem_of(
    reading: Memo<Reading>,
    field: Field,
    m: Signal<&'static Messages>,
) -> Signal<Option<&'static str>> {
    Signal::derive(move || {
        reading.with(|r| {
            r.problems
                .iter()
                .find(|(f, _)| *f == field)
                .map(|(_, p)| p.text(m.get()))
        })
    })
}

#[component]
pub fn Questions(
    reading: Memo<Reading>,
    outcome: Memo<Option<Result<rules::Decision, rules::CaseError>>>,
) -> impl IntoView {
    let m = use_messages();
    let answers = expect_context::<Answers>();
    let touched_fields = expect_context::<Touched>();
    let a = answers;

    let disease = Memo::new(move |_| a.disease.with(|d| resolved(d)));
    let is_hemophilia = move || matches!(disease.get(), Some(Lookup::Found(e)) if e.iter().all(|d| d.is_hemophilia()));
    let is_ckd = move || matches!(disease.get(), Some(Lookup::Found(e)) if e.iter().any(|d| d.kcd.starts_with("N18")));
    let means_tested = move || a.coverage.get() == Some(Coverage::HealthInsurance);

    let show_result = move |_| {
        touched_fields.update(|t| t.mark_all());
        let has_problems = reading.with_untracked(|r| !r.problems.is_empty());
        if has_problems {
            focus_id("error-summary");
        } else if let Some(first) = reading.with_untracked(|r| r.missing.first().copied()) {
            focus_id(&first.id());
        } else {
            focus_id("result-title");
        }
    };
    let _ = outcome;

    let yes_no: Vec<(bool, Text)> = vec![(true, |m| m.yes), (false, |m| m.no)];
    view! {
        <form class="questions" novalidate on:submit=move |ev| ev.prevent_default()>
            <ErrorSummary reading=reading/>

            <section aria-labelledby="step-1">
                <h2 id="step-1"><span class="step-number">"1"</span>{move || m.get().step_disease}</h2>
                <Choice
                    field_id=Field::Registered.id()
                    legend=|m| m.registered_question
                    hint=|m| m.registered_hint
                    options=yes_no.clone()
                    selected=a.registered
                    on_pick=Callback::new(move |v| a.registered.set(Some(v)))
                    inline=true
                />
                <DiseaseField/>
            </section>

            <section aria-labelledby="step-2">
                <h2 id="step-2"><span class="step-number">"2"</span>{move || m.get().step_person}</h2>
                <TextField
                    field=Field::Age
                    label=|m| m.age_label
                    hint=|m| m.age_hint
                    value=a.age
                    problem=problem_of(reading, Field::Age, m)
                />
                <Choice
                    field_id="q-nationality".to_string()
                    legend=|m| m.nationality_label
                    options=vec![
                        (Nationality::Korean, |m: &Messages| m.nationality_korean),
                        (Nationality::ForeignSpecial, |m: &Messages| m.nationality_foreign_special),
                        (Nationality::Foreign, |m: &Messages| m.nationality_foreign),
                    ]
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
                            let status = match event_target_value(&ev).as_str() {
                                "lost_nationality" => ExcludedStatus::LostNationality,
                                "military" => ExcludedStatus::Military,
                                "abroad" => ExcludedStatus::Abroad,
                                "prison" => ExcludedStatus::Prison,
                                "care_facility" => ExcludedStatus::CareFacility,
                                "missing" => ExcludedStatus::Missing,
                                "deceased" => ExcludedStatus::Deceased,
                                _ => ExcludedStatus::None,
                            };
                            a.excluded.set(status);
                        }
                    >
                        {[
                            (ExcludedStatus::None, "none", (|m| m.excluded_none) as Text),
                            (ExcludedStatus::LostNationality, "lost_nationality", |m| m.excluded_lost_nationality),
                            (ExcludedStatus::Military, "military", |m| m.excluded_military),
                            (ExcludedStatus::Abroad, "abroad", |m| m.excluded_abroad),
                            (ExcludedStatus::Prison, "prison", |m| m.excluded_prison),
                            (ExcludedStatus::CareFacility, "care_facility", |m| m.excluded_care_facility),
                            (ExcludedStatus::Missing, "missing", |m| m.excluded_missing),
                            (ExcludedStatus::Deceased, "deceased", |m| m.excluded_deceased),
                        ]
                            .into_iter()
                            .map(|(status, value, text)| {
                                view! {
                                    <option value=value selected=move || a.excluded.get() == status>
                                        {move || text(m.get())}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <Choice
                    field_id=Field::Coverage.id()
                    legend=|m| m.coverage_label
                    options=vec![
                        (Coverage::HealthInsurance, |m: &Messages| m.coverage_health_insurance),
                        (Coverage::MedicalAid, |m: &Messages| m.coverage_medical_aid),
                        (Coverage::NearPoor, |m: &Messages| m.coverage_near_poor),
                    ]
                    selected=a.coverage
                    on_pick=Callback::new(move |v| a.coverage.set(Some(v)))
                />
                <Show when=means_tested>
                    <Choice
                        field_id=Field::Region.id()
                        legend=|m| m.region_label
                        hint=|m| m.region_hint
                        options=vec![
                            (Region::Metropolitan, |m: &Messages| m.region_metropolitan),
                            (Region::MidCity, |m: &Messages| m.region_mid_city),
                            (Region::Rural, |m: &Messages| m.region_rural),
                        ]
                        selected=a.region
                        on_pick=Callback::new(move |v| a.region.set(Some(v)))
                    />
                </Show>
            </section>

            <section aria-labelledby="step-3">
                <h2 id="step-3"><span class="step-number">"3"</span>{move || m.get().step_household}</h2>
                <Show
                    when=means_tested
                    fallback=move || view! { <p class="hint">{move || m.get().household_not_needed}</p> }
                >
                    <Help title=|m| m.household_help_title>
                        <ul>{move || m.get().household_help.iter().map(|line| view! { <li>{*line}</li> }).collect_view()}</ul>
                    </Help>
                    <TextField field=Field::Size label=|m| m.size_label hint=|m| m.size_hint value=a.size problem=problem_of(reading, Field::Size, m)/>
                    <TextField field=Field::Income label=|m| m.income_label hint=|m| m.income_hint value=a.income problem=problem_of(reading, Field::Income, m) money=true/>
                    <TextField field=Field::Property label=|m| m.property_label hint=|m| m.property_hint value=a.property problem=problem_of(reading, Field::Property, m) money=true/>
                    <TextField field=Field::Patients label=|m| m.patients_label hint=|m| m.patients_hint value=a.patients problem=problem_of(reading, Field::Patients, m)/>
                    <Check id="q-renting" label=|m| m.renting_label value=a.renting/>
                    <Check id="q-owns-car" label=|m| m.owns_car_label value=a.owns_car/>
                </Show>
            </section>

            <Show when=means_tested>
                <Obligors reading=reading/>
            </Show>

            <section aria-labelledby="step-5">
                <h2 id="step-5"><span class="step-number">"5"</span>{move || m.get().step_special}</h2>
                <Show when=is_hemophilia>
                    <fieldset class="choice">
                        <legend>{move || m.get().hemophilia_legend}</legend>
                        <div class="options">
                            <Check id="q-inhibitor" label=|m| m.hemophilia_inhibitor value=a.inhibitor/>
                            <Check id="q-hiv" label=|m| m.hemophilia_hiv value=a.hiv/>
                            <Check id="q-inpatient" label=|m| m.hemophilia_inpatient value=a.inpatient/>
                        </div>
                    </fieldset>
                </Show>
                <fieldset class="choice">
                    <legend>{move || m.get().disability_legend}</legend>
                    <div class="options">
                        <Show when=means_tested>
                            <Check id="q-disability" label=|m| m.disability_registered value=a.disability_registered/>
                        </Show>
                        <Check id="q-severe-physical" label=|m| m.disability_severe_physical value=a.severe_physical/>
                        <Show when=is_ckd>
                            <Check id="q-severe-kidney" label=|m| m.disability_severe_kidney value=a.severe_kidney/>
                        </Show>
                    </div>
                </fieldset>
                <div class="sublists">
                    <p class="sublist-legend">{move || m.get().sublist_legend}</p>
                    <p class="hint">{move || m.get().sublist_hint}</p>
                    <Show when=means_tested>
                        {sublist_choice("q-sublist-devices", |m| m.sublist_assistive_devices, a.sublist_devices)}
                        {sublist_choice("q-sublist-ventilator", |m| m.sublist_ventilator, a.sublist_ventilator)}
                    </Show>
                    {sublist_choice("q-sublist-caregiving", |m| m.sublist_caregiving, a.sublist_caregiving)}
                    {sublist_choice("q-sublist-diet", |m| m.sublist_special_diet, a.sublist_diet)}
                </div>
            </section>

            <button type="button" class="primary" on:click=show_result>{move || m.get().show_result}</button>
        </form>
    }
}

/// Step 4: the support-obligor households, added and removed one by one.
#[component]
fn Obligors(reading: Memo<Reading>) -> impl IntoView {
    let m = use_messages();
    let a = expect_context::<Answers>();
    let add = move |_| {
        let id = a.add_obligor();
        // Put the visitor in the new household's first question.
        request_animation_frame(move || focus_id(&Field::ObligorSize(id).id()));
    };
    view! {
        <section aria-labelledby="step-4">
            <h2 id="step-4"><span class="step-number">"4"</span>{move || m.get().step_obligors}</h2>
            <p>{move || m.get().obligors_intro}</p>
            <Help title=|m| m.obligors_help_title>
                <ul>{move || m.get().obligors_help_who.iter().map(|line| view! { <li>{*line}</li> }).collect_view()}</ul>
                <p class="help-subtitle">{move || m.get().obligors_help_not_title}</p>
                <ul>{move || m.get().obligors_help_not.iter().map(|line| view! { <li>{*line}</li> }).collect_view()}</ul>
            </Help>
            <Show when=move || a.obligors.with(|o| o.is_empty())>
                <p class="hint">{move || m.get().obligors_none}</p>
            </Show>
            <For each=move || a.obligors.get() key=|o| o.id let:o>
                {
                    let number = move || a.obligor_number(o.id);
                    let heading_id = format!("obligor-{}-heading", o.id);
                    let legend_id = heading_id.clone();
                    view! {
                        <fieldset class="obligor" aria-labelledby=heading_id>
                            <legend id=legend_id>{move || (m.get().obligor_heading)(number())}</legend>
                            <TextField field=Field::ObligorSize(o.id) label=|m| m.size_label hint=|m| m.size_hint value=o.size problem=problem_of(reading, Field::ObligorSize(o.id), m)/>
                            <TextField field=Field::ObligorIncome(o.id) label=|m| m.income_label hint=|m| m.income_hint value=o.income problem=problem_of(reading, Field::ObligorIncome(o.id), m) money=true/>
                            <TextField field=Field::ObligorProperty(o.id) label=|m| m.property_label hint=|m| m.property_hint value=o.property problem=problem_of(reading, Field::ObligorProperty(o.id), m) money=true/>
                            <Choice
                                field_id=format!("q-obligor-{}-region", o.id)
                                legend=|m| m.region_label
                                options=vec![
                                    (None, |m: &Messages| m.obligor_region_same),
                                    (Some(Region::Metropolitan), |m: &Messages| m.region_metropolitan),
                                    (Some(Region::MidCity), |m: &Messages| m.region_mid_city),
                                    (Some(Region::Rural), |m: &Messages| m.region_rural),
                                ]
                                selected=Signal::derive(move || Some(o.region.get()))
                                on_pick=Callback::new(move |v| o.region.set(v))
                            />
                            <button
                                type="button"
                                class="secondary"
                                on:click=move |_| {
                                    a.remove_obligor(o.id);
                                    request_animation_frame(|| focus_id("add-obligor"));
                                }
                            >
                                {move || (m.get().obligor_remove)(number())}
                            </button>
                        </fieldset>
                    }
                }
            </For>
            <button type="button" class="secondary" id="add-obligor" on:click=add>
                {move || m.get().obligor_add}
            </button>
        </section>
    }
}

/// "Is the disease on this item's list?": yes, no or 모름.
fn sublist_choice(id: &'static str, legend: Text, value: RwSignal<SublistAnswer>) -> impl IntoView {
    let options: Vec<(SublistAnswer, Text)> = vec![
        (SublistAnswer::Yes, |m| m.yes),
        (SublistAnswer::No, |m| m.no),
        (SublistAnswer::Unknown, |m| m.unknown),
    ];
    view! {
        <Choice
            field_id=id.to_string()
            legend=legend
            options=options
            selected=Signal::derive(move || Some(value.get()))
            on_pick=Callback::new(move |v| value.set(v))
            inline=true
        />
    }
}
