//! "어떤 지원이 필요하세요?": the items, and each chosen item's own conditions (its
//! sub-list, haemophilia's exceptions, a disability), only as the rules ask them.

use leptos::prelude::*;
use rules::{Item, SublistAnswer};

use super::fields::{check_el, Choice};
use crate::dom::{derived, el, live_text};
use crate::questions::{Group, Question, CONDITIONS};
use crate::state::{say, say_words, use_state};

/// "어떤 지원이 필요하세요?": the co-payment always, and the other items the disease,
/// age and coverage allow; then, for each item chosen, only its own conditions.
pub fn needs() -> Vec<AnyView> {
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
    let sublists = Item::with_sublists().map(|item| {
        el("div")
            .hidden(move || !asks.with(|x| x.sublists.contains(&item)))
            .child(
                Choice::new(
                    format!("q-sublist-{}", item.code()),
                    live_text(move || (m.get().sublist_legend)(item.text(lang.get()))),
                    SublistAnswer::ALL.to_vec(),
                    |s, m| s.text(m.lang),
                    derived(move || Some(a.sublists.with(|s| s.get(item)))),
                    move |v| a.sublists.update(|s| s.set(item, v)),
                )
                .inline()
                .view(),
            )
            .view()
    });
    let spec = Question::Needs.spec();
    // A group's fieldset shows while the rules ask any of its conditions.
    let asked = move |group: Group| {
        asks.with(|x| CONDITIONS.iter().any(|c| c.group == group && (c.asked)(x)))
    };
    let hint_id = format!("{}-hint", spec.id);
    vec![
        el("fieldset")
            .class("choice needs")
            .attr("aria-describedby", hint_id.clone())
            .child(el("legend").text(say_words(spec.label)).view())
            .maybe(spec.hint.map(|hint| {
                el("p")
                    .class("hint")
                    .id(hint_id)
                    .text(say_words(hint))
                    .view()
            }))
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
            .hidden(move || !asked(Group::Hemophilia))
            .child(el("legend").text(say(|m| m.hemophilia_legend)).view())
            .child(
                el("div")
                    .class("options")
                    .children(conditions(Group::Hemophilia))
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
            .hidden(move || !asked(Group::Disability))
            .child(el("legend").text(say(|m| m.disability_legend)).view())
            .child(
                el("div")
                    .class("options")
                    .children(conditions(Group::Disability))
                    .view(),
            )
            .view(),
    ]
}

/// The checkboxes of a group of yes/no conditions (`questions::CONDITIONS`), each shown
/// while the rules ask it.
pub fn conditions(group: Group) -> Vec<AnyView> {
    let state = use_state();
    let (asks, answers) = (state.asks, state.answers.conditions);
    CONDITIONS
        .iter()
        .zip(answers)
        .filter(|(c, _)| c.group == group)
        .map(|(c, answer)| {
            let asked = c.asked;
            check_el(c.id, say_words(c.label), answer)
                .hidden(move || !asks.with(asked))
                .view()
        })
        .collect()
}
