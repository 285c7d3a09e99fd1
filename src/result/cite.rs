//! What every part of the result writes with: a verdict's class, a sentence with its
//! citation (numbered in order of first appearance), a collapsed part, and whose test a
//! test is.

use leptos::prelude::*;
use rules::{Citation, Explained, HouseholdKind, Lang, ThresholdTest, Verdict};

use crate::html::Html;
use crate::i18n::Messages;
use crate::state::State;

pub fn verdict_class(v: Verdict) -> &'static str {
    match v {
        Verdict::Likely => "verdict likely",
        Verdict::Unlikely => "verdict unlikely",
        Verdict::Review => "verdict review",
        Verdict::RegisterFirst => "verdict register-first",
        Verdict::NotApplicable => "verdict not-applicable",
    }
}

/// The citations of what the result shows, numbered in order of first appearance.
#[derive(Default)]
pub struct Sources(pub Vec<Citation>);

impl Sources {
    fn number(&mut self, c: Citation) -> usize {
        match self.0.iter().position(|x| *x == c) {
            Some(i) => i + 1,
            None => {
                self.0.push(c);
                self.0.len()
            }
        }
    }
}

/// `<li>` with a sentence and its citation: a short marker on screen that links to the
/// numbered list, and the whole citation in the printout.
pub fn cited(h: &mut Html, e: &dyn Explained, sources: &mut Sources, lang: Lang) {
    h.raw("<li>").text(&e.sentence(lang));
    if let Some(c) = e.citation() {
        let n = sources.number(c);
        let word = if lang == Lang::Ko {
            "근거 "
        } else {
            "source "
        };
        h.raw(" <a class=\"cite\" href=\"#cite-")
            .num(n as i64)
            .raw("\"><span class=\"visually-hidden\">")
            .raw(word)
            .raw("</span>[")
            .num(n as i64)
            .raw("]</a><span class=\"cite-full\"> ")
            .text(&c.text(lang))
            .raw("</span>");
    }
    h.raw("</li>");
}

/// A collapsed part: `<details class="more" id>` with its summary, open if it was.
pub fn details(h: &mut Html, id: &str, summary: &str, open: &[String]) {
    h.raw("<details class=\"more\" id=\"").raw(id).raw("\"");
    if open.iter().any(|o| o == id) {
        h.raw(" open");
    }
    h.raw("><summary>").text(summary).raw("</summary>");
}

/// Whose test it is: "환자 가구", or the obligor household by who is in it.
pub fn household_name(state: &State, t: &ThresholdTest, m: &'static Messages) -> String {
    match t.household {
        HouseholdKind::Patient => HouseholdKind::Patient.text(m.lang).to_string(),
        HouseholdKind::Obligor => {
            // The case holds every household of the list, in its order.
            let number = t.obligor_index.and_then(|i| {
                state
                    .family
                    .with(|f| f.households.get(i - 1).map(|h| h.figures.id))
            });
            match number {
                Some(n) => state.household_name(n, m),
                None => HouseholdKind::Obligor.text(m.lang).to_string(),
            }
        }
    }
}
