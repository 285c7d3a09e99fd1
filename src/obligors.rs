//! The family section: a short family helper in plain words, then the obligor
//! households it finds, named by who is in them, where the visitor types only income,
//! property and, if different from the patient's, the place. Households can still be
//! added or removed by hand, and a size changed.

use leptos::prelude::*;

use crate::family::{
    excluded_lines, household_label, sync_obligors, ChildAnswers, ChildMarriage, Gender, Marriage,
};
use crate::fields::{yes_no, ChoiceField, Help, TextField};
use crate::focus_id;
use crate::place_field::PlaceField;
use crate::questions::problem_of;
use crate::state::{use_state, Field, ObligorAnswers};

#[component]
pub fn FamilySection() -> impl IntoView {
    let state = use_state();
    let m = state.messages();
    let a = state.answers;
    let f = a.family;

    // The households follow the family answers; typed figures stay with their household.
    Effect::new(move |_| {
        let groups = state.family.with(|r| r.obligors.households.clone());
        sync_obligors(&a, &groups);
    });

    let parent_alive_options = vec![true, false];
    let alive_label = |alive: bool, m: &crate::i18n::Messages| {
        if alive {
            m.parent_alive
        } else {
            m.parent_deceased
        }
    };
    let any_parent_alive =
        move || f.father_alive.get() == Some(true) || f.mother_alive.get() == Some(true);
    let adopted = move || f.adopted.get() == Some(true);

    let add_child = move |_| {
        let id = f.add_child();
        request_animation_frame(move || focus_id(&format!("q-child-{id}-gender")));
    };
    let add_household = move |_| {
        let id = a.add_obligor();
        request_animation_frame(move || focus_id(&Field::ObligorSize(id).id()));
    };

    view! {
        <p>{move || m.get().family_intro}</p>
        <Help title=|m| m.obligors_help_title>
            <ul>{move || m.get().obligors_help_who.iter().map(|line| view! { <li>{*line}</li> }).collect_view()}</ul>
            <p class="help-subtitle">{move || m.get().obligors_help_not_title}</p>
            <ul>{move || m.get().obligors_help_not.iter().map(|line| view! { <li>{*line}</li> }).collect_view()}</ul>
        </Help>

        <ChoiceField
            field_id="q-married".to_string()
            legend=|m| m.married_legend
            options=vec![Marriage::No, Marriage::Yes, Marriage::Widowed]
            label=|v, m| match v {
                Marriage::No => m.married_no,
                Marriage::Yes => m.married_yes,
                Marriage::Widowed => m.married_widowed,
            }
            selected=f.married
            on_pick=Callback::new(move |v| f.married.set(Some(v)))
        />
        <Show when=move || f.married.get() == Some(Marriage::Widowed)>
            <ChoiceField
                field_id="q-stepchildren".to_string()
                legend=|m| m.stepchildren_legend
                options=vec![true, false]
                label=yes_no
                selected=f.stepchildren
                on_pick=Callback::new(move |v| f.stepchildren.set(Some(v)))
                inline=true
            />
        </Show>
        <ChoiceField
            field_id="q-adopted".to_string()
            legend=|m| m.adopted_legend
            hint=|m| m.adopted_hint
            options=vec![false, true]
            label=yes_no
            selected=f.adopted
            on_pick=Callback::new(move |v| f.adopted.set(Some(v)))
            inline=true
        />
        <ChoiceField
            field_id="q-father".to_string()
            dynamic_legend=Signal::derive(move || {
                let m = m.get();
                if adopted() { m.adoptive_father } else { m.father }.to_string()
            })
            options=parent_alive_options.clone()
            label=alive_label
            selected=f.father_alive
            on_pick=Callback::new(move |v| f.father_alive.set(Some(v)))
            inline=true
        />
        <ChoiceField
            field_id="q-mother".to_string()
            dynamic_legend=Signal::derive(move || {
                let m = m.get();
                if adopted() { m.adoptive_mother } else { m.mother }.to_string()
            })
            options=parent_alive_options
            label=alive_label
            selected=f.mother_alive
            on_pick=Callback::new(move |v| f.mother_alive.set(Some(v)))
            inline=true
        />
        <Show when=any_parent_alive>
            <ChoiceField
                field_id="q-parents-with-patient".to_string()
                legend=|m| m.parents_with_patient_legend
                options=vec![true, false]
                label=yes_no
                selected=f.parents_with_patient
                on_pick=Callback::new(move |v| f.parents_with_patient.set(Some(v)))
                inline=true
            />
        </Show>

        <div class="children" role="group" aria-labelledby="children-title">
            <h3 id="children-title">{move || m.get().children_legend}</h3>
            <Show when=move || f.children.with(|c| c.is_empty())>
                <p class="hint">{move || m.get().children_none}</p>
            </Show>
            <For each=move || f.children.get() key=|c| c.id let:child>
                <Child child=child/>
            </For>
            <button type="button" class="secondary" id="add-child" on:click=add_child>
                {move || m.get().child_add}
            </button>
        </div>

        <h3 id="households-title">{move || m.get().family_households_title}</h3>
        <p class="hint">{move || m.get().family_online_rule}</p>
        <Show when=move || a.obligors.with(|o| o.is_empty())>
            <p class="hint">{move || m.get().family_households_none}</p>
        </Show>
        <For each=move || a.obligors.get() key=|o| o.id let:o>
            <ObligorHousehold o=o/>
        </For>
        <button type="button" class="secondary" id="add-obligor" on:click=add_household>
            {move || m.get().obligor_add}
        </button>

        <Show when=move || state.family.with(|r| !r.obligors.excluded.is_empty())>
            <div class="not-obligors">
                <h4>{move || m.get().family_excluded_title}</h4>
                <ul>
                    {move || {
                        let m = m.get();
                        state.family.with(|r| excluded_lines(r, &a, m))
                            .into_iter()
                            .map(|line| view! { <li>{line}</li> })
                            .collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}

/// One child's questions.
#[component]
fn Child(child: ChildAnswers) -> impl IntoView {
    let state = use_state();
    let m = state.messages();
    let f = state.answers.family;
    let id = child.id;
    let number = move || {
        f.children
            .with(|c| c.iter().position(|x| x.id == id))
            .map_or(1, |i| i + 1)
    };
    let heading_id = format!("child-{id}-heading");
    let labelledby = heading_id.clone();
    let alive = move || child.alive.get() != Some(false);
    let registered = move || child.registered.get() == Some(true);
    view! {
        <fieldset class="child" aria-labelledby=labelledby>
            <legend id=heading_id>{move || (m.get().child_heading)(&(m.get().ordinal)(number()))}</legend>
            <ChoiceField
                field_id=format!("q-child-{id}-gender")
                legend=|m| m.child_gender_legend
                options=vec![Gender::Son, Gender::Daughter]
                label=|g, m| match g {
                    Gender::Son => m.son,
                    Gender::Daughter => m.daughter,
                }
                selected=child.gender
                on_pick=Callback::new(move |v| child.gender.set(Some(v)))
                inline=true
            />
            <ChoiceField
                field_id=format!("q-child-{id}-alive")
                legend=|m| m.child_alive_legend
                options=vec![true, false]
                label=|v, m| if v { m.child_alive } else { m.child_deceased }
                selected=child.alive
                on_pick=Callback::new(move |v| child.alive.set(Some(v)))
                inline=true
            />
            <Show
                when=alive
                fallback=move || view! {
                    <ChoiceField
                        field_id=format!("q-child-{id}-widowed")
                        legend=|m| m.child_widowed_spouse_legend
                        options=vec![true, false]
                        label=yes_no
                        selected=child.widowed_spouse
                        on_pick=Callback::new(move |v| child.widowed_spouse.set(Some(v)))
                        inline=true
                    />
                }
            >
                <ChoiceField
                    field_id=format!("q-child-{id}-married")
                    legend=|m| m.child_married_legend
                    options=vec![ChildMarriage::No, ChildMarriage::Korean, ChildMarriage::Foreign, ChildMarriage::DeFacto]
                    label=|v, m| match v {
                        ChildMarriage::No => m.child_married_no,
                        ChildMarriage::Korean => m.child_married_korean,
                        ChildMarriage::Foreign => m.child_married_foreign,
                        ChildMarriage::DeFacto => m.child_married_de_facto,
                    }
                    selected=child.married
                    on_pick=Callback::new(move |v| child.married.set(Some(v)))
                />
                <ChoiceField
                    field_id=format!("q-child-{id}-registered")
                    legend=|m| m.child_registered_legend
                    options=vec![true, false]
                    label=yes_no
                    selected=child.registered
                    on_pick=Callback::new(move |v| child.registered.set(Some(v)))
                    inline=true
                />
                <Show when=registered>
                    <ChoiceField
                        field_id=format!("q-child-{id}-apart")
                        legend=|m| m.child_apart_legend
                        hint=|m| m.child_apart_hint
                        options=vec![true, false]
                        label=yes_no
                        selected=child.apart
                        on_pick=Callback::new(move |v| child.apart.set(Some(v)))
                        inline=true
                    />
                </Show>
            </Show>
            <button
                type="button"
                class="secondary"
                on:click=move |_| {
                    f.remove_child(id);
                    request_animation_frame(|| focus_id("add-child"));
                }
            >
                {move || (m.get().child_remove)(&(m.get().ordinal)(number()))}
            </button>
        </fieldset>
    }
}

/// One obligor household: named by who is in it, with its size filled in.
#[component]
fn ObligorHousehold(o: ObligorAnswers) -> impl IntoView {
    let state = use_state();
    let m = state.messages();
    let a = state.answers;
    let id = o.id;
    let key = o.key.clone();
    let label = {
        let o = o.clone();
        move || {
            let m = m.get();
            state
                .family
                .with(|r| household_label(&o, &r.obligors.households, &a, m))
        }
    };
    let remove_label = {
        let label = label.clone();
        move || (m.get().household_remove)(&label())
    };
    let heading_id = format!("obligor-{id}-heading");
    let labelledby = heading_id.clone();
    let edited = o.size_edited;
    view! {
        <fieldset class="obligor" aria-labelledby=labelledby>
            <legend id=heading_id>{label}</legend>
            <TextField
                field=Field::ObligorSize(id)
                label=|m| m.size_label
                hint=Signal::derive(move || m.get().obligor_size_hint)
                value=o.size
                problem=problem_of(Field::ObligorSize(id))
                on_edit=Callback::new(move |_| edited.set(true))
            />
            <TextField field=Field::ObligorIncome(id) label=|m| m.income_label hint=Signal::derive(move || m.get().income_hint) value=o.income problem=problem_of(Field::ObligorIncome(id)) money=true/>
            <TextField field=Field::ObligorProperty(id) label=|m| m.property_label hint=Signal::derive(move || m.get().property_hint) value=o.property problem=problem_of(Field::ObligorProperty(id)) money=true/>
            <PlaceField
                field=Field::ObligorPlace(id)
                town_field=Field::ObligorTown(id)
                answer=o.place
                label=|m| m.place_label
                hint=Signal::derive(move || m.get().obligor_place_hint)
            />
            <button
                type="button"
                class="secondary"
                on:click=move |_| {
                    if let Some(k) = key.clone() {
                        a.family.dismissed.update(|d| d.push(k));
                    }
                    a.remove_obligor(id);
                    request_animation_frame(|| focus_id("add-obligor"));
                }
            >
                {remove_label}
            </button>
        </fieldset>
    }
}
