//! The disease finder: the bundled list searched by Korean or English name, code or
//! 초성, in the shared combobox. Under it, what the answer resolves to: the disease with
//! its codes and group, or a note that it is not on the list.

use leptos::prelude::*;
use rules::diseases::{Disease, Group, Lookup};
use rules::search::search;
use rules::Lang;

use super::combobox::{Choice, Finder, Found, SHOWN};
use super::fields::{help, hint_of, touch};
use crate::dom::{derived, el, live_text};
use crate::questions::Question;
use crate::state::{label_of, say, use_state, Field};

fn codes(d: &Disease) -> String {
    if d.kcd.is_empty() {
        d.vcode.to_string()
    } else {
        format!("{} · {}", d.kcd, d.vcode)
    }
}

/// The disease question.
pub fn disease_field() -> AnyView {
    let state = use_state();
    let m = state.messages();
    let field = Field::Patient(Question::Disease);
    let info_id = format!("{}-info", field.id());

    let find = Callback::new(move |query: String| {
        let lang = state.lang.get_untracked();
        let results = search(&query, SHOWN);
        Found {
            total: results.total,
            choices: results
                .hits
                .iter()
                .map(|hit| {
                    let d = hit.disease;
                    Choice {
                        key: hit.index,
                        value: d.korean.to_string(),
                        primary: d.korean.to_string(),
                        secondary: d.english.to_string(),
                        secondary_lang: Some("en"),
                        detail: codes(d),
                        badge: (d.group() == Group::FourMajor)
                            .then(|| Group::FourMajor.text(lang).to_string()),
                    }
                })
                .collect(),
        }
    });

    // The one lookup of the state, shared with the questions and the decision.
    let lookup = state.disease;
    let error = derived(move || match lookup.get() {
        Some(Lookup::Ambiguous(candidates)) => {
            let mut names: Vec<&str> = candidates.iter().map(|d| d.korean).collect();
            names.dedup();
            Some((m.get().err_disease_ambiguous)(&names.join(", ")))
        }
        _ => None,
    });
    let info = live_text(move || {
        let m = m.get();
        lookup.with(|l| match l {
            Some(Lookup::Found(entries)) => {
                let d = entries[0];
                let group = match d.group() {
                    Group::FourMajor => m.disease_four_major,
                    Group::Rare => m.disease_rare,
                };
                let codes: Vec<String> = entries.iter().map(|d| codes(d)).collect();
                // The Korean name is the one on the visitor's papers; in English both.
                match m.lang {
                    Lang::Ko => format!("{} ({}) — {}", d.korean, codes.join(" / "), group),
                    Lang::En => format!(
                        "{} ({}, {}) — {}",
                        d.english,
                        d.korean,
                        codes.join(" / "),
                        group
                    ),
                }
            }
            // Not while the visitor is still typing in the box for the first time.
            Some(Lookup::NotListed) if state.touched(field) => m.disease_not_listed.to_string(),
            _ => String::new(),
        })
    });

    Finder {
        id: field.id(),
        label: label_of(Question::Disease),
        hint: hint_of(Question::Disease),
        messages: m,
        answer: state.answers.disease,
        // The box's text drives its options at once; the answer, and with it the whole
        // result, follows in the next frame.
        next_frame: true,
        search: find,
        on_choose: Callback::new(|_| {}),
        on_leave: touch(field),
        count: |m| m.search_count,
        none: |m| m.search_none,
        error,
        described_by: vec![info_id.clone()],
        below: vec![
            el("p")
                .class("disease-info")
                .id(info_id)
                .text_with(info)
                .view(),
            help(
                |m| m.disease_missing_help_title,
                vec![el("p").text(say(|m| m.disease_missing_help)).view()],
            ),
        ],
    }
    .view()
}
