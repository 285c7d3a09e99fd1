//! "주민등록상 주소": a 시·군·구 found by typing ("과천", "ㄱㅊ"), in the shared combobox.
//! Under it, the tier the chosen year gives that place, in plain words, and — only where
//! the year's tiers tell a 동 from an 읍·면 — which of the two it is.

use leptos::prelude::*;
use rules::places::{list, search};
use rules::Town;

use crate::combobox::{Choice, Combobox, Found};
use crate::fields::{ChoiceField, Text};
use crate::state::{use_state, where_of, Field, PlaceAnswer, PlaceStatus, Problem};

/// How many places the list shows.
const SHOWN: usize = 10;

#[component]
pub fn PlaceField(
    field: Field,
    town_field: Field,
    answer: PlaceAnswer,
    label: Text,
    hint: Signal<&'static str>,
) -> impl IntoView {
    let state = use_state();
    let m = state.messages();
    let tier_id = format!("{}-tier", field.id());

    let find = Callback::new(move |query: String| {
        let results = search(&query, SHOWN);
        Found {
            total: results.total,
            choices: results
                .hits
                .iter()
                .map(|hit| {
                    let p = hit.place;
                    let lang = state.lang.get_untracked();
                    Choice {
                        key: hit.index,
                        value: p.full_name(),
                        primary: p.full_name(),
                        secondary: String::new(),
                        secondary_lang: None,
                        detail: p.kind.text(lang).to_string(),
                        badge: None,
                    }
                })
                .collect(),
        }
    });
    let choose = Callback::new(move |index: usize| {
        if let Some(place) = list().get(index) {
            answer.chosen.set(Some(place));
        }
    });

    let here = Memo::new(move |_| where_of(state.dataset.get(), &answer));
    let error = Signal::derive(move || {
        if !state.touched(field) {
            return None;
        }
        let m = m.get();
        match here.get().status {
            PlaceStatus::Unknown(suggestions) if !suggestions.is_empty() => {
                let names: Vec<String> = suggestions.iter().map(|p| p.full_name()).collect();
                Some(format!(
                    "{} {}",
                    Problem::PlaceUnknown.text(m),
                    (m.place_suggestions)(&names.join(", "))
                ))
            }
            PlaceStatus::Unknown(_) => Some(Problem::PlaceUnknown.text(m).to_string()),
            PlaceStatus::Ambiguous(candidates) => {
                let names: Vec<String> = candidates.iter().map(|p| p.full_name()).collect();
                Some(format!(
                    "{} {}",
                    Problem::PlaceAmbiguous.text(m),
                    (m.place_suggestions)(&names.join(", "))
                ))
            }
            _ => None,
        }
    });
    // "경기도 과천시: 2026년 기준 '경기' 지역".
    let tier_line = move || {
        let m = m.get();
        let here = here.get();
        let PlaceStatus::Found(place) = here.status else {
            return None;
        };
        let tier = here.tier?;
        Some((m.tier_line)(
            &place.full_name(),
            state.dataset.get().year,
            tier.tier.text(m.lang),
        ))
    };
    let town_hint = move || {
        let m = m.get();
        match here.get().status {
            PlaceStatus::Found(place) => {
                (m.town_hint)(&place.full_name(), state.dataset.get().year)
            }
            _ => String::new(),
        }
    };

    view! {
        <Combobox
            field=field
            label=label
            hint=hint
            value=answer.text
            search=find
            on_choose=choose
            count=|m| m.place_search_count
            none=|m| m.place_search_none
            error=error
            described_by=vec![tier_id.clone()]
        >
            <p class="tier-line" id=tier_id.clone()>{tier_line}</p>
        </Combobox>
        <Show when=move || here.with(|h| h.needs_town)>
            <ChoiceField
                field_id=town_field.id()
                legend=|m| m.town_legend
                dynamic_hint=Signal::derive(town_hint)
                options=Town::ALL.to_vec()
                label=|t, m| t.text(m.lang)
                selected=answer.town
                on_pick=Callback::new(move |t| answer.town.set(Some(t)))
                inline=true
            />
        </Show>
    }
}
