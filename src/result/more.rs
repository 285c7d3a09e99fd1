//! The collapsed parts after the first screen: why (each item's reasons), the documents
//! to bring, the notes, the items not asked about, and the rules and sources cited, in
//! one numbered list that the markers in the other parts link to.

use rules::{Dataset, Decision, ItemDecision, Note};

use super::cite::{cited, details, verdict_class, Sources};
use crate::html::Html;
use crate::i18n::Messages;

/// Why: each item's reasons, with markers to the numbered rules.
pub fn why_html(
    h: &mut Html,
    chosen: &[&ItemDecision],
    sources: &mut Sources,
    m: &Messages,
    open: &[String],
) {
    let lang = m.lang;
    details(h, "why", m.why_title, open);
    h.raw("<ul class=\"items\">");
    for i in chosen {
        h.raw("<li class=\"item\"><h4>")
            .text(i.item.text(lang))
            .raw(" ")
            .el("span", verdict_class(i.verdict), i.verdict.text(lang))
            .raw("</h4><ul class=\"reasons\">");
        for r in &i.reasons {
            cited(h, r, sources, lang);
        }
        h.raw("</ul></li>");
    }
    h.raw("</ul></details>");
}

/// The documents to bring, as a checklist.
pub fn documents_html(
    h: &mut Html,
    d: &Decision,
    sources: &mut Sources,
    m: &Messages,
    open: &[String],
) {
    details(h, "documents", m.documents_title, open);
    h.raw("<ul class=\"checklist\">");
    for doc in &d.documents {
        cited(h, doc, sources, m.lang);
    }
    h.raw("</ul></details>");
}

/// The notes: how to apply (less what the first screen already says about applying
/// online), then the others.
pub fn notes_html(
    h: &mut Html,
    (apply, other): (&[&Note], &[&Note]),
    sources: &mut Sources,
    m: &Messages,
    open: &[String],
) {
    details(h, "notes", m.notes_title, open);
    h.el("h4", "", m.apply_title).raw("<ul>");
    for n in apply
        .iter()
        .filter(|n| !matches!(n, Note::OnlineOpen | Note::OnlineClosed(_)))
    {
        cited(h, *n, sources, m.lang);
    }
    h.raw("</ul><ul class=\"notes\">");
    for n in other {
        cited(h, *n, sources, m.lang);
    }
    h.raw("</ul></details>");
}

/// The items not asked about, with what each would need: never shown as refusals.
pub fn other_items_html(
    h: &mut Html,
    others: &[&ItemDecision],
    d: &Decision,
    m: &Messages,
    open: &[String],
) {
    let lang = m.lang;
    details(h, "other-items", m.other_items_title, open);
    h.el("p", "hint", m.other_items_hint).raw("<ul>");
    for i in others {
        h.raw("<li>")
            .el("strong", "", i.item.text(lang))
            .raw(": ")
            .text(&d.requirements(i.item, lang))
            .raw("</li>");
    }
    h.raw("</ul></details>");
}

/// The rules cited, numbered, then the data year and its sources.
pub fn sources_html(
    h: &mut Html,
    sources: &Sources,
    ds: &'static Dataset,
    m: &Messages,
    open: &[String],
) {
    details(h, "sources", m.sources_title, open);
    h.el("h4", "cited-title", m.rules_cited)
        .raw("<ol class=\"cited\">");
    for (i, c) in sources.0.iter().enumerate() {
        h.raw("<li tabindex=\"-1\" id=\"cite-")
            .num(i as i64 + 1)
            .raw("\">")
            .text(&c.name(m.lang))
            .raw("</li>");
    }
    h.raw("</ol>")
        .el("p", "data-year", &(m.sources_year)(ds.year))
        .raw("<ul class=\"sources\">");
    for s in ds.sources {
        h.el("li", "", s);
    }
    h.raw("</ul></details>");
}
