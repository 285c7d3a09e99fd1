//! The family section: a short family helper in plain words, then the obligor
//! households it finds, named by who is in them, where the visitor types only income,
//! property and, if different from the patient's, the place. Households can still be
//! added or removed by hand, and a size changed. The list of households is the state's
//! (derived from these answers); this module only shows it and passes on the clicks.

use leptos::prelude::*;

use super::fields::{check, help, hint_of, lines, text_box, text_field, yes_no, Choice};
use super::place::place_field;
use crate::dom::focus_id;
use crate::dom::{derived, el, list, live_text};
use crate::i18n::Messages;
use crate::questions::Question;
use crate::state::{excluded_lines, household_label, say, say_owned, use_state};
use crate::state::{ChildAnswers, ChildMarriage, Field, Gender, Household, Marriage};

fn alive_label(alive: bool, m: &Messages) -> &'static str {
    if alive {
        m.parent_alive
    } else {
        m.parent_deceased
    }
}

/// The section's contents.
pub fn family_section() -> Vec<AnyView> {
    let state = use_state();
    let m = state.messages();
    let a = state.answers;
    let f = a.family;
    let family = state.family;

    let adopted = move || f.adopted.get();
    let parent = move |id: &'static str,
                       own: fn(&Messages) -> &'static str,
                       adoptive: fn(&Messages) -> &'static str,
                       value: RwSignal<Option<bool>>| {
        // Legend and answers on one line: "아버지  ○ 살아 계심  ○ 돌아가심".
        el("div")
            .class("parent")
            .child(
                Choice::answer(
                    id,
                    live_text(move || if adopted() { adoptive } else { own }(m.get()).to_string()),
                    vec![true, false],
                    alive_label,
                    value,
                )
                .inline()
                .view(),
            )
            .view()
    };
    let any_parent_alive =
        move || f.father_alive.get() == Some(true) || f.mother_alive.get() == Some(true);

    vec![
        el("p").class("hint").text(say(|m| m.family_intro)).view(),
        help(
            |m| m.obligors_help_title,
            vec![
                lines(|m| m.obligors_help_who),
                el("p")
                    .class("help-subtitle")
                    .text(say(|m| m.obligors_help_not_title))
                    .view(),
                lines(|m| m.obligors_help_not),
            ],
        ),
        Choice::answer(
            "q-married",
            say_owned(|m| m.married_legend),
            vec![Marriage::No, Marriage::Yes, Marriage::Widowed],
            |v, m| match v {
                Marriage::No => m.married_no,
                Marriage::Yes => m.married_yes,
                Marriage::Widowed => m.married_widowed,
            },
            f.married,
        )
        .view(),
        el("div")
            .hidden(move || f.married.get() != Some(Marriage::Widowed))
            .child(
                Choice::answer(
                    "q-stepchildren",
                    say_owned(|m| m.stepchildren_legend),
                    vec![true, false],
                    yes_no,
                    f.stepchildren,
                )
                .inline()
                .view(),
            )
            .view(),
        // A checkbox, not a question: few patients were adopted, and the parents'
        // questions below change their names when it is ticked.
        check("q-adopted", say(|m| m.adopted_label), f.adopted),
        parent(
            "q-father",
            |m| m.father,
            |m| m.adoptive_father,
            f.father_alive,
        ),
        parent(
            "q-mother",
            |m| m.mother,
            |m| m.adoptive_mother,
            f.mother_alive,
        ),
        el("div")
            .hidden(move || !any_parent_alive())
            .child(
                Choice::answer(
                    "q-parents-with-patient",
                    say_owned(|m| m.parents_with_patient_legend),
                    vec![true, false],
                    yes_no,
                    f.parents_with_patient,
                )
                .inline()
                .view(),
            )
            .view(),
        el("div")
            .class("children")
            .attr("role", "group")
            .attr("aria-labelledby", "children-title")
            .child(
                el("h3")
                    .id("children-title")
                    .text(say(|m| m.children_legend))
                    .view(),
            )
            .child(
                el("p")
                    .class("hint")
                    .hidden(move || !f.children.with(|c| c.is_empty()))
                    .text(say(|m| m.children_none))
                    .view(),
            )
            .child(list(move || {
                f.children.get().into_iter().map(child).collect()
            }))
            .child(
                el("button")
                    .attr("type", "button")
                    .class("secondary")
                    .id("add-child")
                    .on("click", move |_| {
                        let id = f.add_child();
                        request_animation_frame(move || focus_id(&format!("q-child-{id}-gender")));
                    })
                    .text(say(|m| m.child_add))
                    .view(),
            )
            .view(),
        el("h3")
            .id("households-title")
            .text(say(|m| m.family_households_title))
            .view(),
        el("p")
            .class("hint")
            .hidden(move || family.with(|f| f.households.is_empty()))
            .text(say(|m| m.family_online_rule))
            .view(),
        el("p")
            .class("hint")
            .hidden(move || !family.with(|f| f.households.is_empty()))
            .text(say(|m| m.family_households_none))
            .view(),
        list(move || {
            let households = family.with(|f| f.households.clone());
            households.into_iter().map(obligor_household).collect()
        }),
        el("button")
            .attr("type", "button")
            .class("secondary")
            .id("add-obligor")
            .on("click", move |_| {
                let id = a.households.add();
                request_animation_frame(move || focus_id(&Field::Obligor(id, Question::Size).id()));
            })
            .text(say(|m| m.obligor_add))
            .view(),
        el("div")
            .class("not-obligors")
            .hidden(move || state.family.with(|r| r.obligors.excluded.is_empty()))
            .child(el("h4").text(say(|m| m.family_excluded_title)).view())
            .child(
                el("ul")
                    .child(list(move || {
                        let m = m.get();
                        state
                            .family
                            .with(|r| excluded_lines(r, &a.family, m))
                            .into_iter()
                            .map(|line| el("li").fixed(line).view())
                            .collect()
                    }))
                    .view(),
            )
            .view(),
    ]
}

/// One child's questions.
fn child(child: ChildAnswers) -> AnyView {
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
    let alive = move || child.alive.get() != Some(false);
    let yes_no_question =
        |suffix: &str, legend: fn(&Messages) -> &'static str, value: RwSignal<Option<bool>>| {
            Choice::answer(
                format!("q-child-{id}-{suffix}"),
                say_owned(legend),
                vec![true, false],
                yes_no,
                value,
            )
            .inline()
        };
    el("fieldset")
        .class("child")
        .attr("aria-labelledby", heading_id.clone())
        .child(
            el("legend")
                .id(heading_id)
                .text_with(live_text(move || {
                    (m.get().child_heading)(&(m.get().ordinal)(number()))
                }))
                .view(),
        )
        .child(
            Choice::answer(
                format!("q-child-{id}-gender"),
                say_owned(|m| m.child_gender_legend),
                vec![Gender::Son, Gender::Daughter],
                |g, m| match g {
                    Gender::Son => m.son,
                    Gender::Daughter => m.daughter,
                },
                child.gender,
            )
            .inline()
            .view(),
        )
        .child(
            Choice::answer(
                format!("q-child-{id}-alive"),
                say_owned(|m| m.child_alive_legend),
                vec![true, false],
                |v, m| if v { m.child_alive } else { m.child_deceased },
                child.alive,
            )
            .inline()
            .view(),
        )
        .child(
            el("div")
                .hidden(alive)
                .child(
                    yes_no_question(
                        "widowed",
                        |m| m.child_widowed_spouse_legend,
                        child.widowed_spouse,
                    )
                    .view(),
                )
                .view(),
        )
        .child(
            el("div")
                .hidden(move || !alive())
                .child(
                    Choice::answer(
                        format!("q-child-{id}-married"),
                        say_owned(|m| m.child_married_legend),
                        vec![
                            ChildMarriage::No,
                            ChildMarriage::Korean,
                            ChildMarriage::Foreign,
                            ChildMarriage::DeFacto,
                        ],
                        |v, m| match v {
                            ChildMarriage::No => m.child_married_no,
                            ChildMarriage::Korean => m.child_married_korean,
                            ChildMarriage::Foreign => m.child_married_foreign,
                            ChildMarriage::DeFacto => m.child_married_de_facto,
                        },
                        child.married,
                    )
                    .view(),
                )
                .child(
                    yes_no_question(
                        "registered",
                        |m| m.child_registered_legend,
                        child.registered,
                    )
                    .view(),
                )
                .child(
                    el("div")
                        .hidden(move || child.registered.get() != Some(true))
                        .child(
                            yes_no_question("apart", |m| m.child_apart_legend, child.apart)
                                .hint(say_owned(|m| m.child_apart_hint))
                                .view(),
                        )
                        .view(),
                )
                .view(),
        )
        .child(
            el("button")
                .attr("type", "button")
                .class("secondary")
                .on("click", move |_| {
                    state.answers.remove_child(id);
                    request_animation_frame(|| focus_id("add-child"));
                })
                .text_with(live_text(move || {
                    (m.get().child_remove)(&(m.get().ordinal)(number()))
                }))
                .view(),
        )
        .view()
}

/// One obligor household: named by who is in it, with its size filled in.
fn obligor_household(h: Household) -> AnyView {
    let state = use_state();
    let m = state.messages();
    let a = state.answers;
    let figures = h.figures;
    let id = figures.id;
    let key = h.key.clone();
    let field = move |q| Field::Obligor(id, q);
    // Tracks the list too: "직접 추가한 가구 2" is numbered among those added by hand.
    let label = {
        let h = h.clone();
        live_text(move || {
            state
                .family
                .with(|f| household_label(&h, &f.households, &a.family, m.get()))
        })
    };
    let heading_id = format!("obligor-{id}-heading");
    el("fieldset")
        .class("obligor")
        .attr("aria-labelledby", heading_id.clone())
        .child(el("legend").id(heading_id).text_with(label).view())
        // The size box shows the family helper's size until the visitor types their own.
        .child(text_box(
            field(Question::Size),
            say(|m| m.obligor_size_hint),
            derived(move || h.size()),
            figures.size,
            Some(figures.own_size),
        ))
        .child(text_field(
            field(Question::Income),
            hint_of(Question::Income),
            figures.income,
        ))
        .child(text_field(
            field(Question::Property),
            hint_of(Question::Property),
            figures.property,
        ))
        .child(place_field(
            field(Question::Place),
            field(Question::Town),
            figures.place,
            say(|m| m.obligor_place_hint),
        ))
        .child(
            el("button")
                .attr("type", "button")
                .class("secondary")
                .on("click", move |_| {
                    a.households.remove(&key);
                    request_animation_frame(|| focus_id("add-obligor"));
                })
                .text_with(live_text(move || (m.get().household_remove)(&label.get())))
                .view(),
        )
        .view()
}
