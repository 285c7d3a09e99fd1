//! The questions, in short numbered sections. A question appears only when it applies
//! (`rules::asks` says which); a question that stops applying is hidden, and keeps what
//! was typed in it for when it comes back. The sections are numbered over those shown.
//!
//! Each question's id, words and range come from the question table (`questions.rs`);
//! this module only lays them out. The rooms: `fields.rs` (text box, radios, select,
//! checkbox, help), `combobox.rs` (the finders' list), `disease.rs` and `place.rs` (the
//! two finders), `needs.rs` (the items and their conditions), `family.rs` (the family
//! helper and the obligor households).

pub mod combobox;
mod disease;
mod family;
mod fields;
mod needs;
mod place;

use leptos::prelude::*;
use rules::{Coverage, ExcludedStatus, Nationality};

use crate::dom::focus_id;
use crate::dom::{derived, el, list, live_text};
use crate::i18n::Lang;
use crate::questions::{Group, Question};
use crate::state::{label_of, say, say_words, use_state, Field, Text};
use fields::{help, hint_of, lines, question_choice, select, text_field, yes_no};

/// The title, the privacy promise, the language switch and the data year.
pub fn header() -> AnyView {
    let state = use_state();
    let lang = state.lang;
    let year = Question::Year.spec();
    let hint_id = format!("{}-hint", year.id);
    let years = rules::years().iter().rev().map(|&y| {
        el("option")
            .attr("value", y.to_string())
            .prop_bool("selected", derived(move || state.answers.year.get() == y))
            .fixed(y.to_string())
            .view()
    });
    crate::dom::page_header(
        lang,
        crate::dom::HeaderWords {
            title: say(|m| m.title),
            switch: say(|m| m.language_switch),
            switch_label: say(|m| m.language_switch_label),
            lede: say(|m| m.lede),
            privacy: say(|m| m.privacy),
        },
    )
    .child(
        el("div")
            .class("field year")
            .child(
                el("label")
                    .attr("for", year.id)
                    .text(label_of(Question::Year))
                    .view(),
            )
            .child(
                el("select")
                    .id(year.id)
                    .attr("aria-describedby", hint_id.clone())
                    .on("change", move |ev| {
                        if let Ok(y) = event_target_value(&ev).parse() {
                            state.answers.year.set(y);
                        }
                    })
                    .children(years)
                    .view(),
            )
            .maybe(year.hint.map(|hint| {
                el("p")
                    .class("hint")
                    .id(hint_id)
                    .text(say_words(hint))
                    .view()
            }))
            // What the chosen year assumes: provisional figures, or figures that may
            // be out of date on the visitor's date.
            .child(
                el("ul")
                    .class("year-note")
                    .hidden(move || state.year_notes().is_empty())
                    .child(list(move || {
                        state
                            .year_notes()
                            .into_iter()
                            .map(|note| el("li").fixed(note).view())
                            .collect()
                    }))
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
    crate::dom::error_summary("error-summary", say(|m| m.error_summary_title), move || {
        let m = m.get();
        state.reading.with(|r| {
            r.problems
                .iter()
                .filter(|(f, _)| state.touched(*f))
                .map(|(field, problem)| {
                    let text = format!(
                        "{}: {}",
                        state.field_label(*field, m),
                        problem.text(field.question(), m)
                    );
                    (field.id(), text)
                })
                .collect()
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
    // The household's figures are asked of means-tested households only, and the family
    // too, in a year whose data says the obligor test applies.
    let asked = move |step: Step| {
        state.asks.with(|a| match step {
            Step::Disease | Step::Person | Step::Needs => true,
            Step::Household => a.means,
            Step::Family => a.obligors,
        })
    };
    let shown = move || asked(step);
    let total = move || {
        [
            Step::Disease,
            Step::Person,
            Step::Needs,
            Step::Household,
            Step::Family,
        ]
        .into_iter()
        .filter(|s| asked(*s))
        .count()
    };
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
    let p = Field::Patient;

    // Asked for the means test; otherwise optional, for the expert centres near home.
    let place_hint = derived(move || {
        if means() {
            hint_of(Question::Place).get()
        } else {
            m.get().place_optional_hint
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
    let mut household = vec![
        help(
            |m| m.household_help_title,
            vec![lines(|m| m.household_help)],
        ),
        text_field(p(Question::Size), hint_of(Question::Size), a.size),
        text_field(p(Question::Income), hint_of(Question::Income), a.income),
        text_field(
            p(Question::Property),
            hint_of(Question::Property),
            a.property,
        ),
        text_field(
            p(Question::Patients),
            hint_of(Question::Patients),
            a.patients,
        ),
    ];
    household.extend(needs::conditions(Group::Household));
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
                question_choice(
                    Question::Registered,
                    vec![true, false],
                    yes_no,
                    a.registered,
                )
                .inline()
                .view(),
                disease::disease_field(),
            ],
        ))
        .child(section(
            Step::Person,
            |m| m.step_person,
            vec![
                text_field(p(Question::Age), hint_of(Question::Age), a.age),
                select(
                    Question::Nationality,
                    vocab_options(Nationality::ALL, |n, l| n.text(l)),
                    position_of(Nationality::ALL, a.nationality),
                    move |i| a.nationality.set(Nationality::ALL[i]),
                ),
                select(
                    Question::Excluded,
                    vocab_options(ExcludedStatus::ALL, |s, l| s.text(l)),
                    position_of(ExcludedStatus::ALL, a.excluded),
                    move |i| a.excluded.set(ExcludedStatus::ALL[i]),
                ),
                question_choice(
                    Question::Coverage,
                    Coverage::ALL.to_vec(),
                    |c, m| c.text(m.lang),
                    a.coverage,
                )
                .inline()
                .view(),
                place::place_field(p(Question::Place), p(Question::Town), a.place, place_hint),
                el("p").class("tier-line").text_with(preset).view(),
            ],
        ))
        .child(section(Step::Needs, |m| m.step_needs, needs::needs()))
        .child(section(Step::Household, |m| m.step_household, household))
        .child(section(
            Step::Family,
            |m| m.step_family,
            family::family_section(),
        ))
        .child(
            el("button")
                .attr("type", "submit")
                .class("primary")
                .text(say(|m| m.show_result))
                .view(),
        )
        .view()
}
