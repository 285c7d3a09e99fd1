//! The end of the result, for the printout the visitor takes to the health centre: the
//! answers the result rests on ("입력한 내용", one row per question of the question
//! table), the date, and the print button.

use leptos::prelude::*;
use rules::vocab::{group_digits, korean_reading};
use rules::{Case, Coverage, HouseholdKind, Item, Lang, SublistAnswer, TestKind};

use super::cite::details;
use crate::config::Today;
use crate::html::Html;
use crate::i18n::Messages;
use crate::questions::{Printout, Question, Row, CONDITIONS};
use crate::state::{household_label, PlaceStatus, State};

/// The answers the result rests on, so the printout can be checked at the health centre.
pub fn answers_html(
    h: &mut Html,
    state: State,
    case: &Case,
    m: &'static Messages,
    open: &[String],
) {
    let lang = m.lang;
    let printout = Printout {
        case,
        m,
        place: state.place.with(|w| match w.status {
            PlaceStatus::Found(p) => w
                .tier
                .map(|t| (m.tier_line)(&p.full_name(), case.year, t.tier.text(lang))),
            _ => None,
        }),
        needs: state
            .answers
            .wanted_items()
            .iter()
            .map(|i| i.text(lang))
            .collect::<Vec<_>>()
            .join(", "),
    };
    let mut rows: Vec<(String, String)> = Vec::new();
    let mut household = true;
    for q in Question::ALL {
        match q.row(&printout) {
            Row::Own(label, value) => rows.push((label.into(), value)),
            // One row for the household's figures, where its first figure is asked.
            Row::Household if household => {
                households(&mut rows, state, case, m);
                household = false;
            }
            Row::Household | Row::None => {}
        }
    }
    let mut special: Vec<&str> = CONDITIONS
        .iter()
        .filter(|c| (c.get)(case))
        .map(|c| c.label.get(lang))
        .collect();
    for item in Item::with_sublists() {
        if case.on_sublist.get(item) == SublistAnswer::Yes {
            special.push(item.text(lang));
        }
    }
    if !special.is_empty() {
        rows.push((m.summary_special.into(), special.join(", ")));
    }
    details(h, "answers", m.summary_title, open);
    h.raw("<dl class=\"answers\">");
    for (k, v) in rows {
        h.el("dt", "", &k).el("dd", "", &v);
    }
    h.raw("</dl></details>");
}

/// The patient household's figures in one row, then each obligor household's.
fn households(rows: &mut Vec<(String, String)>, state: State, case: &Case, m: &'static Messages) {
    if case.coverage != Coverage::HealthInsurance {
        return;
    }
    let lang = m.lang;
    let won = |n: i64| match lang {
        Lang::Ko => korean_reading(n),
        Lang::En => format!("{} won", group_digits(n)),
    };
    let hh = &case.household;
    rows.push((
        HouseholdKind::Patient.text(lang).into(),
        format!(
            "{} · {} {} · {} {} · {} {}",
            (m.summary_people)(hh.size),
            TestKind::Income.text(lang),
            won(hh.monthly_income),
            TestKind::Property.text(lang),
            won(hh.property),
            Question::Patients.label(lang),
            hh.rare_patients
        ),
    ));
    let family = state.answers.family;
    state.family.with(|f| {
        let list = &f.households;
        for (o, household) in case.obligor_households.iter().zip(list) {
            rows.push((
                household_label(household, list, &family, m),
                format!(
                    "{} · {} {} · {} {}{}",
                    (m.summary_people)(o.size),
                    TestKind::Income.text(lang),
                    won(o.monthly_income),
                    TestKind::Property.text(lang),
                    won(o.property),
                    o.location
                        .as_ref()
                        .map(|l| format!(" · {l}"))
                        .unwrap_or_default()
                ),
            ));
        }
    });
}

/// When the result was made (the printout says so: the visitor's date in Seoul, as the
/// year was chosen by), and the print button.
pub fn end_html(h: &mut Html, m: &Messages, today: Option<Today>) {
    h.raw("<div class=\"result-end\">");
    if let Some(today) = today {
        h.el("p", "checked-on", &(m.checked_on)(&today.iso()));
    }
    h.raw("<button type=\"button\" class=\"secondary print-button\" data-act=\"print\">")
        .text(m.print_button)
        .raw("</button></div>");
}
