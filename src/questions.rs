//! The questions, in short numbered sections. A question appears only when it applies
//! (`rules::asks` says which); a question that stops applying is hidden, and keeps what
//! was typed in it for when it comes back. The sections are numbered over those shown.

use leptos::prelude::*;
use rules::{Coverage, ExcludedStatus, Item, Nationality, SublistAnswer};

use crate::disease_field::disease_field;
use crate::dom::focus_id;
use crate::dom::{derived, el, list, live_text};
use crate::fields::{check, help, lines, say, say_owned, select, text_field, yes_no, Choice, Text};
use crate::i18n::{self, Lang};
use crate::obligors::family_section;
use crate::place_field::place_field;
use crate::state::{use_state, Field, Problem};

/// The title, the privacy promise, the language switch and the data year.
pub fn header() -> AnyView {
    let state = use_state();
    let m = state.messages();
    let lang = state.lang;
    let other = move || match lang.get() {
        Lang::Ko => Lang::En,
        Lang::En => Lang::Ko,
    };
    let years = rules::years().iter().rev().map(|&y| {
        el("option")
            .attr("value", y.to_string())
            .prop_bool("selected", derived(move || state.answers.year.get() == y))
            .fixed(y.to_string())
            .view()
    });
    el("header")
        .class("header")
        .child(
            el("div")
                .class("header-top")
                .child(el("h1").text(say(|m| m.title)).view())
                .child(
                    el("button")
                        .attr("type", "button")
                        .class("language")
                        .attr_with("lang", derived(move || Some(i18n::code(other()).into())))
                        .attr_with(
                            "aria-label",
                            derived(move || Some(m.get().language_switch_label.into())),
                        )
                        .on("click", move |_| lang.set(other()))
                        .text(say(|m| m.language_switch))
                        .view(),
                )
                .view(),
        )
        .child(el("p").class("lede").text(say(|m| m.lede)).view())
        .child(el("p").class("privacy").text(say(|m| m.privacy)).view())
        .child(
            el("div")
                .class("field year")
                .child(
                    el("label")
                        .attr("for", "q-year")
                        .text(say(|m| m.data_year))
                        .view(),
                )
                .child(
                    el("select")
                        .id("q-year")
                        .attr("aria-describedby", "q-year-hint")
                        .on("change", move |ev| {
                            if let Ok(y) = event_target_value(&ev).parse() {
                                state.answers.year.set(y);
                            }
                        })
                        .children(years)
                        .view(),
                )
                .child(
                    el("p")
                        .class("hint")
                        .id("q-year-hint")
                        .text(say(|m| m.data_year_hint))
                        .view(),
                )
                .view(),
        )
        .view()
}

/// A vocabulary's words as a select's options, following the language.
fn vocab_options<T: Copy + Send + Sync + 'static>(
    all: &'static [T],
    text: fn(T, Lang) -> &'static str,
) -> Vec<Signal<&'static str>> {
    let lang = use_state().lang;
    all.iter()
        .map(|&v| derived(move || text(v, lang.get())))
        .collect()
}

/// Where an answer stands in its vocabulary.
fn position_of<T: Copy + PartialEq + Send + Sync + 'static>(
    all: &'static [T],
    value: RwSignal<T>,
) -> Signal<usize> {
    derived(move || all.iter().position(|v| *v == value.get()).unwrap_or(0))
}

/// Errors the visitor should see, with links that move focus to each field.
fn error_summary() -> AnyView {
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
    el("div")
        .class("error-summary")
        .id("error-summary")
        .attr("tabindex", "-1")
        .attr("role", "region")
        .attr("aria-labelledby", "error-summary-title")
        .hidden(move || shown().is_empty())
        .child(
            el("h2")
                .id("error-summary-title")
                .text(say(|m| m.error_summary_title))
                .view(),
        )
        .child(
            el("ul")
                .child(list(move || {
                    let m = m.get();
                    shown()
                        .into_iter()
                        .map(|(field, problem)| {
                            let id = field.id();
                            el("li")
                                .child(
                                    el("a")
                                        .attr("href", format!("#{id}"))
                                        .on("click", move |ev| {
                                            ev.prevent_default();
                                            focus_id(&id);
                                        })
                                        .fixed(format!(
                                            "{}: {}",
                                            crate::result::field_label(field, m),
                                            problem.text(m)
                                        ))
                                        .view(),
                                )
                                .view()
                        })
                        .collect()
                }))
                .view(),
        )
        .view()
}

/// The error shown under one field.
pub fn problem_of(field: Field) -> Signal<Option<&'static str>> {
    let state = use_state();
    let m = state.messages();
    derived(move || {
        state.reading.with(|r| {
            r.problems
                .iter()
                .find(|(f, _)| *f == field)
                .map(|(_, p)| p.text(m.get()))
        })
    })
}

/// The sections in page order.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    Disease,
    Person,
    Needs,
    Household,
    Family,
}

/// A numbered section: its number counts only the sections shown.
fn section(step: Step, title: Text, body: Vec<AnyView>) -> AnyView {
    let state = use_state();
    let m = state.messages();
    let means_only = matches!(step, Step::Household | Step::Family);
    let shown = move || !means_only || state.asks.with(|a| a.means);
    let total = move || if state.asks.with(|a| a.means) { 5 } else { 3 };
    let number = step as usize + 1;
    let heading = format!("step-{number}");
    el("section")
        .attr("aria-labelledby", heading.clone())
        .hidden(move || !shown())
        .child(
            el("h2")
                .id(heading)
                .child(
                    el("span")
                        .class("step-number")
                        .attr("aria-hidden", "true")
                        .fixed(number.to_string())
                        .view(),
                )
                .child(
                    el("span")
                        .class("visually-hidden")
                        .text_with(live_text(move || {
                            format!("{}, ", (m.get().step_of)(number, total()))
                        }))
                        .view(),
                )
                .text(say(title))
                .view(),
        )
        .children(body)
        .view()
}

/// The whole form.
pub fn questions() -> AnyView {
    let state = use_state();
    let m = state.messages();
    let a = state.answers;
    let means = move || state.asks.with(|x| x.means);

    let place_hint = derived(move || {
        let m = m.get();
        if means() {
            m.place_hint
        } else {
            m.place_optional_hint
        }
    });
    let preset = live_text(move || {
        let Some(tier) = state.preset_tier() else {
            return String::new();
        };
        if !state.answers.place.text.with(|t| t.trim().is_empty()) {
            return String::new();
        }
        (m.get().tier_preset)(state.dataset.get().year, tier.text(m.get().lang))
    });
    el("form")
        .class("questions")
        .attr("novalidate", "")
        // "결과 보기" submits the form, which never reloads the page: it shows every
        // error in the summary, or takes the visitor to the first unanswered question,
        // or to the result.
        .on("submit", move |ev| {
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
        })
        .child(error_summary())
        .child(section(
            Step::Disease,
            |m| m.step_disease,
            vec![
                Choice::answer(
                    Field::Registered.id(),
                    say_owned(|m| m.registered_question),
                    vec![true, false],
                    yes_no,
                    a.registered,
                )
                .hint(say_owned(|m| m.registered_hint))
                .inline()
                .view(),
                disease_field(),
            ],
        ))
        .child(section(
            Step::Person,
            |m| m.step_person,
            vec![
                text_field(
                    Field::Age,
                    |m| m.age_label,
                    say(|m| m.age_hint),
                    a.age,
                    false,
                    None,
                ),
                select(
                    "q-nationality",
                    |m| m.nationality_label,
                    None,
                    vocab_options(Nationality::ALL, |n, l| n.text(l)),
                    position_of(Nationality::ALL, a.nationality),
                    move |i| a.nationality.set(Nationality::ALL[i]),
                ),
                select(
                    "q-excluded",
                    |m| m.excluded_label,
                    Some(|m| m.excluded_hint),
                    vocab_options(ExcludedStatus::ALL, |s, l| s.text(l)),
                    position_of(ExcludedStatus::ALL, a.excluded),
                    move |i| a.excluded.set(ExcludedStatus::ALL[i]),
                ),
                Choice::answer(
                    Field::Coverage.id(),
                    say_owned(|m| m.coverage_label),
                    Coverage::ALL.to_vec(),
                    |c, m| c.text(m.lang),
                    a.coverage,
                )
                .inline()
                .view(),
                place_field(
                    Field::Place,
                    Field::Town,
                    a.place,
                    |m| m.place_label,
                    place_hint,
                ),
                el("p").class("tier-line").text_with(preset).view(),
            ],
        ))
        .child(section(Step::Needs, |m| m.step_needs, needs()))
        .child(section(
            Step::Household,
            |m| m.step_household,
            vec![
                help(
                    |m| m.household_help_title,
                    vec![lines(|m| m.household_help)],
                ),
                text_field(
                    Field::Size,
                    |m| m.size_label,
                    say(|m| m.size_hint),
                    a.size,
                    false,
                    None,
                ),
                text_field(
                    Field::Income,
                    |m| m.income_label,
                    say(|m| m.income_hint),
                    a.income,
                    true,
                    None,
                ),
                text_field(
                    Field::Property,
                    |m| m.property_label,
                    say(|m| m.property_hint),
                    a.property,
                    true,
                    None,
                ),
                text_field(
                    Field::Patients,
                    |m| m.patients_label,
                    say(|m| m.patients_hint),
                    a.patients,
                    false,
                    None,
                ),
                check("q-renting", say(|m| m.renting_label), a.renting),
                check("q-owns-car", say(|m| m.owns_car_label), a.owns_car),
            ],
        ))
        .child(section(Step::Family, |m| m.step_family, family_section()))
        .child(
            el("button")
                .attr("type", "submit")
                .class("primary")
                .text(say(|m| m.show_result))
                .view(),
        )
        .view()
}

/// "어떤 지원이 필요하세요?": the co-payment always, and the other items the disease,
/// age and coverage allow; then, for each item chosen, only its own conditions.
fn needs() -> Vec<AnyView> {
    let state = use_state();
    let m = state.messages();
    let a = state.answers;
    let asks = state.asks;
    let lang = state.lang;
    let offered = move |item: Item| asks.with(|x| x.offered.contains(&item));
    let items = Item::ALL
        .iter()
        .copied()
        .filter(|i| *i != Item::Copayment)
        .map(|item| {
            let id = format!("q-need-{}", item.code());
            el("div")
                .class("option")
                .hidden(move || !offered(item))
                .child(
                    el("input")
                        .attr("type", "checkbox")
                        .id(id.clone())
                        .prop_bool(
                            "checked",
                            derived(move || a.wanted.with(|w| w.contains(&item))),
                        )
                        .on("change", move |ev| {
                            let on = event_target_checked(&ev);
                            a.wanted.update(|w| {
                                w.retain(|i| *i != item);
                                if on {
                                    w.push(item);
                                }
                            });
                        })
                        .view(),
                )
                .child(
                    el("label")
                        .attr("for", id)
                        .text(derived(move || item.text(lang.get())))
                        .view(),
                )
                .view()
        });
    let nothing_else = move || {
        asks.with(|x| x.offered.iter().all(|i| *i == Item::Copayment))
            && state.disease.with(|d| d.is_some())
    };
    let sublists = [
        (Item::AssistiveDevices, a.sublist_devices),
        (Item::Ventilator, a.sublist_ventilator),
        (Item::Caregiving, a.sublist_caregiving),
        (Item::SpecialDiet, a.sublist_diet),
    ]
    .into_iter()
    .map(|(item, value)| {
        el("div")
            .hidden(move || !asks.with(|x| x.sublists.contains(&item)))
            .child(
                Choice::new(
                    format!("q-sublist-{}", item.code()),
                    live_text(move || (m.get().sublist_legend)(item.text(lang.get()))),
                    SublistAnswer::ALL.to_vec(),
                    |s, m| s.text(m.lang),
                    derived(move || Some(value.get())),
                    move |v| value.set(v),
                )
                .inline()
                .view(),
            )
            .view()
    });
    let flag = |id: &'static str, label: Text, value, shown: fn(&rules::Asks) -> bool| {
        el("div")
            .hidden(move || !asks.with(shown))
            .child(check(id, say(label), value))
            .view()
    };
    vec![
        el("fieldset")
            .class("choice needs")
            .attr("aria-describedby", "q-needs-hint")
            .child(el("legend").text(say(|m| m.needs_legend)).view())
            .child(
                el("p")
                    .class("hint")
                    .id("q-needs-hint")
                    .text(say(|m| m.needs_hint))
                    .view(),
            )
            .child(
                el("div")
                    .class("options")
                    .child(
                        el("p")
                            .class("always")
                            .text_with(live_text(move || {
                                format!(
                                    "{} ({})",
                                    Item::Copayment.text(lang.get()),
                                    m.get().needs_always
                                )
                            }))
                            .view(),
                    )
                    .children(items)
                    .child(
                        el("p")
                            .class("hint")
                            .hidden(move || !nothing_else())
                            .text(say(|m| m.needs_nothing_else))
                            .view(),
                    )
                    .view(),
            )
            .view(),
        el("fieldset")
            .class("choice")
            .hidden(move || !asks.with(|x| x.hemophilia))
            .child(el("legend").text(say(|m| m.hemophilia_legend)).view())
            .child(
                el("div")
                    .class("options")
                    .child(check(
                        "q-inhibitor",
                        say(|m| m.hemophilia_inhibitor),
                        a.inhibitor,
                    ))
                    .child(check("q-hiv", say(|m| m.hemophilia_hiv), a.hiv))
                    .child(check(
                        "q-inpatient",
                        say(|m| m.hemophilia_inpatient),
                        a.inpatient,
                    ))
                    .view(),
            )
            .view(),
        el("p")
            .class("hint sublist-hint")
            .hidden(move || asks.with(|x| x.sublists.is_empty()))
            .text(say(|m| m.sublist_hint))
            .view(),
        el("div").children(sublists).view(),
        el("fieldset")
            .class("choice")
            .hidden(move || {
                !asks.with(|x| {
                    x.disability_registered || x.severe_physical_or_brain || x.severe_kidney
                })
            })
            .child(el("legend").text(say(|m| m.disability_legend)).view())
            .child(
                el("div")
                    .class("options")
                    .child(flag(
                        "q-disability",
                        |m| m.disability_registered,
                        a.disability_registered,
                        |x| x.disability_registered,
                    ))
                    .child(flag(
                        "q-severe-physical",
                        |m| m.disability_severe_physical,
                        a.severe_physical,
                        |x| x.severe_physical_or_brain,
                    ))
                    .child(flag(
                        "q-severe-kidney",
                        |m| m.disability_severe_kidney,
                        a.severe_kidney,
                        |x| x.severe_kidney,
                    ))
                    .view(),
            )
            .view(),
    ]
}
