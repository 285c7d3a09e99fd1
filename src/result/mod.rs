//! The result, answer first: the verdict in one sentence, the items the visitor needs
//! with their verdicts and amounts, what to do next, the expert centres near them and
//! how far each household is from each limit. The reasons, the tests with their
//! pictures, the documents, the notes, the other items, the sources and the answers
//! follow, collapsed; the printout opens them all. Everything shown comes from the
//! `rules::Decision`; nothing is computed here.
//!
//! The result is rebuilt whenever the decision changes, so it is written as HTML
//! (`html.rs`) rather than built node by node, and one click handler serves its links
//! and buttons. Collapsed parts the visitor opened stay open across rebuilds. The rooms:
//! `verdict.rs` puts the parts together; `apply.rs` (what to do next), `limits.rs` and
//! `chart.rs` (the margins, the tests and their pictures), `more.rs` (the collapsed
//! parts), `print.rs` (the answers and the date), `cite.rs` (what they share).

mod apply;
mod chart;
mod cite;
mod limits;
mod more;
mod print;
mod verdict;

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use rules::Verdict;

use crate::dom::{derived, effect, el, find_id, focus_id, live_text};
use crate::html::Html;
use crate::state::{say, use_state};
use cite::verdict_class;
use verdict::{decision_html, waiting_html};

/// The result section, and the verdict bar that keeps the answer on screen.
pub fn result_panel() -> Vec<AnyView> {
    let state = use_state();
    let m = state.messages();
    let overall = Memo::new(move |_| {
        state.decision.with(|d| match d {
            Some(Ok(d)) => Some(d.overall),
            _ => None,
        })
    });

    // Only the overall verdict is announced, and only when it changes: reading the whole
    // result on every keystroke would drown the questions.
    let announcement = live_text(move || {
        let m = m.get();
        overall
            .get()
            .map(|v| format!("{}: {}", m.result_title, v.sentence(m.lang)))
            .unwrap_or_default()
    });

    // The result's body, rewritten whenever the decision or the language changes: only
    // the parts that changed, so a keystroke in the income box does not make the browser
    // parse and lay out the whole result again.
    let mut shown: Vec<String> = Vec::new();
    effect(move || {
        let m = m.get();
        let parts = state.decision.with(|d| match d {
            Some(Ok(decision)) => state
                .reading
                .with(|r| decision_html(state, decision, r.case.as_ref(), m, &open_details())),
            Some(Err(e)) => {
                let mut h = Html::default();
                h.raw("<p class=\"waiting\">")
                    .text(m.result_invalid)
                    .raw(" ")
                    .text(&e.text(m.lang))
                    .raw("</p>");
                vec![h.0]
            }
            None => vec![waiting_html(state, m)],
        });
        if let Some(body) = find_id("result-body") {
            patch(&body, &shown, &parts);
        }
        shown = parts;
    });

    vec![
        el("section")
            .class("result")
            .id("result")
            .attr("aria-labelledby", "result-title")
            .child(
                el("h2")
                    .id("result-title")
                    .attr("tabindex", "-1")
                    .text(say(|m| m.result_title))
                    .view(),
            )
            .child(
                el("p")
                    .class("visually-hidden")
                    .attr("aria-live", "polite")
                    .attr("aria-atomic", "true")
                    .text_with(announcement)
                    .view(),
            )
            .child(
                el("div")
                    .class("result-body")
                    .id("result-body")
                    .on("click", on_result_click)
                    .view(),
            )
            .child(
                el("p")
                    .class("disclaimer")
                    .text(say(|m| m.disclaimer))
                    .view(),
            )
            .view(),
        verdict_bar(overall),
    ]
}

/// Rewrites the parts of `body` that differ from what it shows. Each part is one element;
/// when the parts are not the same in number, the whole body is rewritten.
fn patch(body: &leptos::web_sys::HtmlElement, shown: &[String], parts: &[String]) {
    let children = body.children();
    if shown.len() != parts.len() || children.length() as usize != parts.len() {
        body.set_inner_html(&parts.concat());
        return;
    }
    for (i, (old, new)) in shown.iter().zip(parts).enumerate() {
        if old != new {
            if let Some(el) = children.item(i as u32) {
                el.set_outer_html(new);
            }
        }
    }
}

/// The ids of the collapsed parts the visitor has open, to keep them open.
fn open_details() -> Vec<String> {
    let mut ids = Vec::new();
    let Some(body) = find_id("result-body") else {
        return ids;
    };
    if let Ok(list) = body.query_selector_all("details[open]") {
        for i in 0..list.length() {
            if let Some(d) = list
                .item(i)
                .and_then(|n| n.dyn_into::<leptos::web_sys::Element>().ok())
            {
                ids.push(d.id());
            }
        }
    }
    ids
}

/// The result's links and buttons: in-page links move focus to their target (opening
/// the part it is in), `data-act="print"` prints.
fn on_result_click(ev: leptos::web_sys::Event) {
    let Some(target) = ev
        .target()
        .and_then(|t| t.dyn_into::<leptos::web_sys::Element>().ok())
    else {
        return;
    };
    if let Ok(Some(_)) = target.closest("[data-act=print]") {
        let _ = window().print();
        return;
    }
    let Ok(Some(link)) = target.closest("a[href^='#']") else {
        return;
    };
    let id = link.get_attribute("href").unwrap_or_default()[1..].to_string();
    if let Some(el) = find_id(&id) {
        ev.prevent_default();
        if let Ok(Some(d)) = el.closest("details") {
            let _ = d.set_attribute("open", "");
        }
        if el.local_name() == "details" {
            let _ = el.set_attribute("open", "");
        }
        focus_id(&id);
    }
}

/// Once the case is complete, the verdict stays on screen wherever the visitor is in
/// the form: a bar at the bottom of the viewport that links to the result. It hides
/// while the verdict itself is in view, and never covers the focused field (the form's
/// fields keep a scroll margin as tall as the bar).
fn verdict_bar(overall: Memo<Option<Verdict>>) -> AnyView {
    let m = use_state().messages();
    let verdict_in_view = crate::dom::visible("overall");
    let style = crate::dom::bar_position();
    // The bar appears as the last answer is typed: if it lands on that field, the field
    // moves up above it (its scroll margin is taller than the bar).
    let root = use_context::<crate::dom::Root>();
    let mut was = None;
    effect(move || {
        let shown = overall.with(|o| o.is_some()) && !verdict_in_view.get();
        if let (true, Some(false), Some(root)) = (shown, was, root) {
            request_animation_frame(move || crate::dom::uncover_focus(root));
        }
        was = Some(shown);
    });
    el("div")
        .class("verdict-bar")
        .hidden(move || overall.get().is_none() || verdict_in_view.get())
        .attr_with("style", style)
        .child(
            el("p")
                .attr_with(
                    "class",
                    derived(move || {
                        Some(format!(
                            "bar-verdict {}",
                            overall.get().map_or("", verdict_class)
                        ))
                    }),
                )
                .text_with(live_text(move || {
                    overall
                        .get()
                        .map(|v| v.sentence(m.get().lang).to_string())
                        .unwrap_or_default()
                }))
                .view(),
        )
        // What the verdict assumed, in a few words: the result says it in full.
        .child(
            el("p")
                .class("bar-assumptions")
                .text_with(live_text(move || assumed_in_short(m.get())))
                .view(),
        )
        .child(
            el("a")
                .attr("href", "#result")
                .on("click", move |ev| {
                    ev.prevent_default();
                    focus_id("result-title");
                })
                .text(say(|m| m.verdict_bar_link))
                .view(),
        )
        .view()
}

/// "가정: 가족 미응답 · 재산 기준 추정 · 잠정 기준", or nothing when nothing was assumed.
fn assumed_in_short(m: &'static crate::i18n::Messages) -> String {
    let state = use_state();
    let mut words: Vec<&str> = state.decision.with(|d| match d {
        Some(Ok(d)) => d.assumptions.iter().map(|a| a.short(m.lang)).collect(),
        _ => Vec::new(),
    });
    if state.out_of_date().is_some() {
        words.push(m.out_of_date_short);
    }
    if words.is_empty() {
        return String::new();
    }
    let mut line = String::from(m.assumed);
    line.push_str(": ");
    line.push_str(&words.join(" · "));
    line
}
