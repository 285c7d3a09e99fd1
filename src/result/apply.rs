//! What to do next, on the result's first screen: where to apply, whether online
//! application is open (and why not), how many documents to bring, the health centre the
//! embedding page names, and the rare-disease expert centres near the visitor.

use leptos::prelude::*;
use rules::{Decision, Explained, Note};

use crate::html::Html;
use crate::i18n::Messages;
use crate::state::{PlaceStatus, State};

/// The notes about applying, which this part and the notes' part share out.
pub fn is_about_applying(n: &Note) -> bool {
    matches!(
        n,
        Note::ApplyAtHealthCentre
            | Note::InvestigationTakesAMonth
            | Note::SupportFromApplication
            | Note::OnlineOpen
            | Note::OnlineClosed(_)
    )
}

/// "다음 할 일": where and how to apply.
pub fn next_html(h: &mut Html, state: State, d: &Decision, m: &'static Messages) {
    let lang = m.lang;
    h.raw("<div class=\"answer\">")
        .el("h3", "", m.next_title)
        .raw("<ul class=\"next\">")
        .el("li", "", m.apply_where)
        .raw("<li class=\"online\">")
        .el(
            "strong",
            "",
            if d.online_application {
                m.online_open
            } else {
                m.online_closed
            },
        );
    // Open: where, in a few words. Closed: why, in the rules' own sentence.
    if d.online_application {
        h.raw(" — ").text(m.online_where);
    } else if let Some(n) = d.notes.iter().find(|n| matches!(n, Note::OnlineClosed(_))) {
        h.raw(" — ").text(&n.sentence(lang));
    }
    h.raw("</li>");
    if !d.documents.is_empty() {
        h.raw("<li><a href=\"#documents\">")
            .text(&(m.documents_count)(d.documents.len()))
            .raw("</a></li>");
    }
    h.raw("</ul>");
    centre_html(h, state, m);
    centres_html(h, state, d, m);

    h.raw("</div>");
}

/// "가까운 희귀질환 전문기관": the centres of the visitor's 권역, once a place is given.
fn centres_html(h: &mut Html, state: State, d: &Decision, m: &'static Messages) {
    let Some(place) = state.place.with(|w| match w.status {
        PlaceStatus::Found(p) => Some(p),
        _ => None,
    }) else {
        return;
    };
    if d.centres.is_empty() {
        return;
    }
    let lang = m.lang;
    let found = rules::centres::for_sido(place.sido);
    let (from, to) = rules::centres::period();
    let year = state.dataset.get().year;
    let period = if (from..=to).contains(&year) {
        (m.centres_period)(from, to)
    } else {
        (m.centres_outside)(year, from, to)
    };
    h.raw("<div class=\"centres\">")
        .el("h3", "", m.centres_title)
        .el("p", "hint", m.centres_about);
    if let Some(n) = found.nearest {
        h.el("p", "", n.text(lang));
    }
    h.raw("<ul>");
    for r in &found.regions {
        h.raw("<li>")
            .el("strong", "", &(m.centres_region)(r.text(lang)))
            .raw(": ")
            .text(&r.centres.join(", "))
            .raw("</li>");
    }
    h.raw("</ul>")
        .el("p", "hint", &format!("{period} {}", m.centres_helpline))
        .raw("</div>");
}

/// The health centre named by the embedding page, if any.
fn centre_html(h: &mut Html, state: State, m: &'static Messages) {
    let centre = state.config.with_value(|c| c.centre.clone());
    if centre.is_empty() {
        return;
    }
    h.raw("<dl class=\"centre\">");
    if let Some(name) = &centre.name {
        h.el("dt", "", m.apply_at).el("dd", "", name);
    }
    if let Some(phone) = &centre.phone {
        let tel: String = phone
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        h.el("dt", "", m.phone_label)
            .raw("<dd><a")
            .attr("href", &format!("tel:{tel}"))
            .raw(">")
            .text(phone)
            .raw("</a></dd>");
    }
    if let Some(address) = &centre.address {
        h.el("dt", "", m.address_label).el("dd", "", address);
    }
    h.raw("</dl>");
}
