//! The result as HTML, in parts: answer first (the verdict in one sentence, the items
//! asked about with their verdicts and amounts, what to do next, the margin to each
//! limit), then the collapsed parts, then the answers for the printout. Before the case
//! is complete, what is still to answer.

use leptos::prelude::*;
use rules::{Assumption, Case, Decision, Note, Verdict};

use super::apply::{is_about_applying, next_html};
use super::cite::{details, household_name, verdict_class, Sources};
use super::limits::{margins_html, sizes_html, tests_html};
use super::more::{documents_html, notes_html, other_items_html, sources_html, why_html};
use super::print::{answers_html, end_html};
use crate::html::Html;
use crate::i18n::Messages;
use crate::state::State;

/// Before the case is complete: which questions are left, as links to them. It follows
/// the answers.
pub fn waiting_html(state: State, m: &'static Messages) -> String {
    let (missing, problems) = state
        .reading
        .with(|r| (r.missing.clone(), !r.problems.is_empty()));
    let mut h = Html::default();
    if problems {
        h.el("p", "waiting", m.result_invalid);
    } else if missing.len() >= 5 {
        h.el("p", "waiting", m.result_waiting);
    } else {
        h.raw("<div class=\"waiting\"><p>")
            .text(m.result_missing)
            .raw("</p><ul class=\"missing\">");
        for field in missing {
            h.raw("<li><a")
                .attr("href", &format!("#{}", field.id()))
                .raw(">")
                .text(&state.field_label(field, m))
                .raw("</a></li>");
        }
        h.raw("</ul></div>");
    }
    h.0
}

/// The whole result, in parts, each one element, so that a change rewrites only the
/// parts it touches (see `patch` in `result/mod.rs`). `open` names the collapsed parts
/// the visitor has open.
pub fn decision_html(
    state: State,
    d: &Decision,
    case: Option<&Case>,
    m: &'static Messages,
    open: &[String],
) -> Vec<String> {
    let lang = m.lang;
    let ds = state.dataset.get();
    let wanted = state.answers.wanted_items();
    let (chosen, others): (Vec<_>, Vec<_>) = d
        .items
        .iter()
        .partition(|i| wanted.contains(&i.item) || i.verdict == Verdict::RegisterFirst);
    let others: Vec<_> = others
        .into_iter()
        .filter(|i| i.verdict != Verdict::NotApplicable)
        .collect();
    let overall = d.overall;
    let names: Vec<String> = d
        .tests
        .iter()
        .map(|t| household_name(&state, t, m))
        .collect();
    let notes: (Vec<&Note>, Vec<&Note>) = d.notes.iter().partition(|n| is_about_applying(n));
    let mut sources = Sources::default();
    let mut h = Html::default();
    let mut parts = Vec::new();
    let mut part = |h: &mut Html| {
        if !h.0.is_empty() {
            parts.push(std::mem::take(&mut h.0));
        }
    };

    h.raw("<p id=\"overall\" class=\"overall ")
        .raw(verdict_class(overall))
        .raw("\">")
        .text(overall.sentence(lang))
        .raw("</p>");
    part(&mut h);

    // What the verdict assumed, right under it: an answer not yet given, an estimated
    // limit, a provisional or out-of-date year.
    if assumptions_html(&mut h, state, d, m) {
        part(&mut h);
    }

    // The items asked about, each with its verdict and what it pays.
    h.raw("<div class=\"answer\">")
        .el("h3", "", m.items_title)
        .raw("<ul class=\"items-summary\">");
    for i in &chosen {
        h.raw("<li class=\"item-summary\">")
            .el("span", "item-name", i.item.text(lang))
            .el("span", verdict_class(i.verdict), i.verdict.text(lang));
        if matches!(i.verdict, Verdict::Likely | Verdict::Review) {
            h.el("span", "payout", &d.payout(i.item).short(lang));
        }
        h.raw("</li>");
    }
    h.raw("</ul></div>");
    part(&mut h);

    next_html(&mut h, state, d, m);
    part(&mut h);

    // A part of its own, since it is what changes as an amount is typed.
    if !d.tests.is_empty() {
        margins_html(&mut h, d, &names, m);
        part(&mut h);
    }

    why_html(&mut h, &chosen, &mut sources, m, open);
    part(&mut h);

    if !d.tests.is_empty() {
        details(&mut h, "tests", m.tests_title, open);
        tests_html(&mut h, d, &names, m);
        h.raw("</details>");
        part(&mut h);
        // A part of its own: the limits by size do not change with the amounts typed.
        if d.patient.is_some() {
            sizes_html(&mut h, d, m, open);
            part(&mut h);
        }
    }

    documents_html(&mut h, d, &mut sources, m, open);
    part(&mut h);

    notes_html(&mut h, (&notes.0, &notes.1), &mut sources, m, open);
    part(&mut h);

    if !others.is_empty() {
        other_items_html(&mut h, &others, d, m, open);
        part(&mut h);
    }

    sources_html(&mut h, &sources, ds, m, open);
    part(&mut h);

    if let Some(case) = case {
        answers_html(&mut h, state, case, m, open);
        part(&mut h);
    }
    end_html(&mut h, m, state.config.with_value(|c| c.today));
    part(&mut h);
    parts
}

/// The assumptions of the verdict, as a list under it; `false` when there are none.
fn assumptions_html(h: &mut Html, state: State, d: &Decision, m: &'static Messages) -> bool {
    let out_of_date = state.out_of_date();
    if d.assumptions.is_empty() && out_of_date.is_none() {
        return false;
    }
    h.raw("<ul class=\"assumptions\" id=\"assumptions\">");
    for a in &d.assumptions {
        h.raw("<li>").text(a.text(m.lang));
        if *a == Assumption::FamilyUnanswered {
            // The family section is the fifth; its first question takes the visitor there.
            h.raw(" — <a href=\"#q-married\">")
                .text(&(m.family_confirm)(5))
                .raw("</a>");
        }
        h.raw("</li>");
    }
    if let Some(today) = out_of_date {
        h.el("li", "", &(m.year_out_of_date)(today, rules::newest()));
    }
    h.raw("</ul>");
    true
}
