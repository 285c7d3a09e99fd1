//! "주민등록상 주소": a 시·군·구 found by typing ("과천", "ㄱㅊ"), in the shared combobox.
//! Under it, the tier the chosen year gives that place, in plain words, and — only where
//! the year's tiers tell a 동 from an 읍·면 — which of the two it is.

use leptos::prelude::*;
use rules::places::list;
use rules::Town;

use super::combobox::{place_options, Finder};
use super::fields::{touch, Choice};
use crate::dom::{derived, el, live_text};
use crate::state::{
    label_of, say_words_owned, use_state, where_of, Field, PlaceAnswer, PlaceStatus, Problem,
};

/// The place question for one household: `field` is its place, `town_field` its 동 or
/// 읍·면.
pub fn place_field(
    field: Field,
    town_field: Field,
    answer: PlaceAnswer,
    hint: Signal<&'static str>,
) -> AnyView {
    let state = use_state();
    let m = state.messages();
    let tier_id = format!("{}-tier", field.id());

    let find =
        Callback::new(move |query: String| place_options(&query, state.lang.get_untracked()));
    let choose = Callback::new(move |index: usize| {
        if let Some(place) = list().get(index) {
            answer.chosen.set(Some(place));
        }
    });

    let here = derived(move || where_of(state.dataset.get(), &answer));
    let error = derived(move || {
        if !state.touched(field) {
            return None;
        }
        let m = m.get();
        let named = |problem: Problem, places: &[&rules::places::Place]| {
            let names: Vec<String> = places.iter().map(|p| p.full_name()).collect();
            let text = problem.text(field.question(), m);
            if names.is_empty() {
                text
            } else {
                format!("{text} {}", (m.place_suggestions)(&names.join(", ")))
            }
        };
        here.with(|h| match &h.status {
            PlaceStatus::Unknown(suggestions) => Some(named(Problem::PlaceUnknown, suggestions)),
            PlaceStatus::Ambiguous(candidates) => Some(named(Problem::PlaceAmbiguous, candidates)),
            _ => None,
        })
    });
    // "경기도 과천시: 2026년 기준 '경기' 지역".
    let tier_line = live_text(move || {
        let m = m.get();
        here.with(|h| match (&h.status, h.tier) {
            (PlaceStatus::Found(place), Some(tier)) => (m.tier_line)(
                &place.full_name(),
                state.dataset.get().year,
                tier.tier.text(m.lang),
            ),
            _ => String::new(),
        })
    });
    let town_hint = live_text(move || {
        let m = m.get();
        here.with(|h| match &h.status {
            PlaceStatus::Found(place) => {
                (m.town_hint)(&place.full_name(), state.dataset.get().year)
            }
            _ => String::new(),
        })
    });

    el("div")
        .class("place")
        .child(
            Finder {
                id: field.id(),
                label: label_of(field.question()),
                hint,
                messages: m,
                answer: answer.text,
                next_frame: false,
                search: find,
                on_choose: choose,
                on_leave: touch(field),
                count: |m| m.place_search_count,
                none: |m| m.place_search_none,
                error,
                described_by: vec![tier_id.clone()],
                below: vec![el("p")
                    .class("tier-line")
                    .id(tier_id)
                    .text_with(tier_line)
                    .view()],
            }
            .view(),
        )
        .child(
            el("div")
                .hidden(move || !here.with(|h| h.needs_town))
                .child(
                    Choice::answer(
                        town_field.id(),
                        say_words_owned(town_field.question().spec().label),
                        Town::ALL.to_vec(),
                        |t, m| t.text(m.lang),
                        answer.town,
                    )
                    .hint(town_hint)
                    .inline()
                    .view(),
                )
                .view(),
        )
        .view()
}
