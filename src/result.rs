//! The result, answer first: the verdict in one sentence, the items the visitor needs
//! with their verdicts and amounts, what to do next, the expert centres near them and
//! how far each household is from each limit. The reasons, the tests with their
//! pictures, the documents, the notes, the other items, the sources and the answers
//! follow, collapsed; the printout opens them all. Everything shown comes from the
//! `rules::Decision`; nothing is computed here.
//!
//! The result is rebuilt whole whenever the decision changes, so it is written as HTML
//! (`html.rs`) rather than built node by node, and one click handler serves its links
//! and buttons. Collapsed parts the visitor opened stay open across rebuilds.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use rules::vocab::{group_digits, korean_reading};
use rules::{
    Basis, Case, Citation, Coverage, Decision, ExcludedStatus, Explained, HouseholdKind, Item,
    Lang, Note, Payout, SublistAnswer, TestKind, ThresholdQuery, ThresholdTest, Verdict,
};

use crate::chart::{sizes_chart, tests_chart};
use crate::dom::{derived, el, live_text};
use crate::dom::{find_id, focus_id};
use crate::family::household_label;
use crate::fields::say;
use crate::html::Html;
use crate::i18n::Messages;
use crate::state::{use_state, Field, PlaceStatus, State};

fn verdict_class(v: Verdict) -> &'static str {
    match v {
        Verdict::Likely => "verdict likely",
        Verdict::Unlikely => "verdict unlikely",
        Verdict::Review => "verdict review",
        Verdict::RegisterFirst => "verdict register-first",
        Verdict::NotApplicable => "verdict not-applicable",
    }
}

/// A question's label, as the error summary and the still-to-answer list name it.
pub fn field_label(field: Field, m: &'static Messages) -> String {
    let state = use_state();
    let household = |id: u32| {
        let a = state.answers;
        let o = a.obligors.get().into_iter().find(|o| o.id == id);
        match o {
            Some(o) => state
                .family
                .with(|r| household_label(&o, &r.obligors.households, &a, m)),
            None => String::new(),
        }
    };
    match field {
        Field::Registered => m.registered_question.into(),
        Field::Disease => m.disease_label.into(),
        Field::Age => m.age_label.into(),
        Field::Coverage => m.coverage_label.into(),
        Field::Place => m.place_label.into(),
        Field::Town => m.town_legend.into(),
        Field::Size => m.size_label.into(),
        Field::Income => m.income_label.into(),
        Field::Property => m.property_label.into(),
        Field::Patients => m.patients_label.into(),
        Field::ObligorSize(id) => format!("{}: {}", household(id), m.size_label),
        Field::ObligorIncome(id) => format!("{}: {}", household(id), m.income_label),
        Field::ObligorProperty(id) => format!("{}: {}", household(id), m.property_label),
        Field::ObligorPlace(id) => format!("{}: {}", household(id), m.place_label),
        Field::ObligorTown(id) => format!("{}: {}", household(id), m.town_legend),
    }
}

/// Whose test it is: "환자 가구", or the obligor household by who is in it.
fn household_name(state: &State, t: &ThresholdTest, m: &'static Messages) -> String {
    match t.household {
        HouseholdKind::Patient => HouseholdKind::Patient.text(m.lang).to_string(),
        HouseholdKind::Obligor => {
            let a = state.answers;
            let list = a.obligors.get();
            match t.obligor_index.and_then(|i| list.get(i - 1)) {
                Some(o) => state
                    .family
                    .with(|r| household_label(o, &r.obligors.households, &a, m)),
                None => HouseholdKind::Obligor.text(m.lang).to_string(),
            }
        }
    }
}

/// An amount in words, rounded to 만원 where that reads better: down when it is room
/// to spare (never promising more), up when it is an excess (never hiding any).
fn rounded(won: i64, up: bool, lang: Lang) -> String {
    let man = 10_000;
    let won = if won >= man {
        if up {
            (won + man - 1) / man * man
        } else {
            won / man * man
        }
    } else {
        won
    };
    rules::vocab::won(won, lang)
}

/// "월 소득이 309만원 더 많아도 기준 안입니다" / "재산이 기준보다 1,200만원 많습니다".
pub fn margin(t: &ThresholdTest, m: &Messages) -> String {
    let kind = t.kind.text(m.lang);
    let text = if t.headroom > 0 {
        (m.margin_pass)(kind, &rounded(t.headroom, false, m.lang))
    } else if t.headroom == 0 {
        (m.margin_at)(kind)
    } else {
        let over = t.value - t.threshold;
        if over == 0 {
            (m.margin_equal)(kind)
        } else {
            (m.margin_fail)(kind, &rounded(over, true, m.lang))
        }
    };
    if t.basis == Basis::Estimated {
        format!("{text} ({})", m.margin_estimated)
    } else {
        text
    }
}

/// The citations of what the result shows, numbered in order of first appearance.
#[derive(Default)]
struct Sources(Vec<Citation>);

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
fn cited(h: &mut Html, e: &dyn Explained, sources: &mut Sources, lang: Lang) {
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
fn details(h: &mut Html, id: &str, summary: &str, open: &[String]) {
    h.raw("<details class=\"more\" id=\"").raw(id).raw("\"");
    if open.iter().any(|o| o == id) {
        h.raw(" open");
    }
    h.raw("><summary>").text(summary).raw("</summary>");
}

/// The result section, and the verdict bar that keeps the answer on screen.
pub fn result_panel() -> Vec<AnyView> {
    let state = use_state();
    let m = state.messages();
    let overall = Memo::new(move |_| {
        let wanted = state.answers.wanted_items();
        state.decision.with(|d| match d {
            Some(Ok(d)) => Some(d.overall_for(&wanted)),
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
    Effect::new(move |shown: Option<Vec<String>>| {
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
            patch(&body, shown.as_deref().unwrap_or_default(), &parts);
        }
        parts
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

/// Before the case is complete: which questions are left, as links to them. It follows
/// the answers.
fn waiting_html(state: State, m: &'static Messages) -> String {
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
                .text(&field_label(field, m))
                .raw("</a></li>");
        }
        h.raw("</ul></div>");
    }
    h.0
}

fn decision_html(
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
    let overall = d.overall_for(&wanted);
    let names: Vec<String> = d
        .tests
        .iter()
        .map(|t| household_name(&state, t, m))
        .collect();
    let mut sources = Sources::default();
    let mut h = Html::default();
    // The result in parts, each one element, so that a change rewrites only the parts
    // it touches (see `patch`).
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

    // The items asked about, each with its verdict and what it pays.
    h.raw("<div class=\"answer\">")
        .el("h3", "", m.items_title)
        .raw("<ul class=\"items-summary\">");
    for i in &chosen {
        h.raw("<li class=\"item-summary\">")
            .el("span", "item-name", i.item.text(lang))
            .el("span", verdict_class(i.verdict), i.verdict.text(lang));
        if matches!(i.verdict, Verdict::Likely | Verdict::Review) {
            h.el("span", "payout", &Payout::of(i.item, ds).short(lang));
        }
        h.raw("</li>");
    }
    h.raw("</ul></div>");
    part(&mut h);

    // What to do next.
    let (apply_notes, other_notes): (Vec<&Note>, Vec<&Note>) = d.notes.iter().partition(|n| {
        matches!(
            n,
            Note::ApplyAtHealthCentre
                | Note::InvestigationTakesAMonth
                | Note::SupportFromApplication
                | Note::OnlineOpen
                | Note::OnlineClosed(_)
        )
    });
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
    } else if let Some(n) = apply_notes
        .iter()
        .find(|n| matches!(n, Note::OnlineClosed(_)))
    {
        h.raw(" — ").text(&n.sentence(lang));
    }
    h.raw("</li>");
    if !d.documents.is_empty() {
        h.raw("<li><a href=\"#documents\">")
            .text(&(m.documents_count)(d.documents.len()))
            .raw("</a></li>");
    }
    h.raw("</ul>");
    centre_html(&mut h, state, m);
    centres_html(&mut h, state, d, m);

    h.raw("</div>");
    part(&mut h);

    // The margin to each limit, household by household: a part of its own, since it is
    // what changes as an amount is typed.
    if !d.tests.is_empty() {
        h.raw("<div class=\"answer\">")
            .el("h3", "", m.margins_title)
            .raw("<ul class=\"margins\">");
        for (t, name) in d.tests.iter().zip(&names) {
            h.raw(if t.passed {
                "<li>"
            } else {
                "<li class=\"over\">"
            })
            // The sentence names the test ("월 소득이 …"); the household leads it.
            .el("span", "margin-who", name)
            .raw(": ")
            .text(&margin(t, m))
            .raw("</li>");
        }
        h.raw("</ul></div>");
        part(&mut h);
    }

    // Why: each item's reasons, with markers to the numbered rules.
    details(&mut h, "why", m.why_title, open);
    h.raw("<ul class=\"items\">");
    for i in &chosen {
        h.raw("<li class=\"item\"><h4>")
            .text(i.item.text(lang))
            .raw(" ")
            .el("span", verdict_class(i.verdict), i.verdict.text(lang))
            .raw("</h4><ul class=\"reasons\">");
        for r in &i.reasons {
            cited(&mut h, r, &mut sources, lang);
        }
        h.raw("</ul></li>");
    }
    h.raw("</ul></details>");
    part(&mut h);

    if !d.tests.is_empty() {
        details(&mut h, "tests", m.tests_title, open);
        tests_html(&mut h, d, &names, m);
        h.raw("</details>");
        part(&mut h);
        // A part of its own: the limits by size do not change with the amounts typed.
        if let Some(case) = case {
            sizes_html(&mut h, state, d, case, m, open);
            part(&mut h);
        }
    }

    details(&mut h, "documents", m.documents_title, open);
    h.raw("<ul class=\"checklist\">");
    for doc in &d.documents {
        cited(&mut h, doc, &mut sources, lang);
    }
    h.raw("</ul></details>");
    part(&mut h);

    details(&mut h, "notes", m.notes_title, open);
    h.el("h4", "", m.apply_title).raw("<ul>");
    for n in apply_notes
        .iter()
        .filter(|n| !matches!(n, Note::OnlineOpen | Note::OnlineClosed(_)))
    {
        cited(&mut h, *n, &mut sources, lang);
    }
    h.raw("</ul><ul class=\"notes\">");
    for n in &other_notes {
        cited(&mut h, *n, &mut sources, lang);
    }
    h.raw("</ul></details>");
    part(&mut h);

    if !others.is_empty() {
        details(&mut h, "other-items", m.other_items_title, open);
        h.el("p", "hint", m.other_items_hint).raw("<ul>");
        for i in &others {
            h.raw("<li>")
                .el("strong", "", i.item.text(lang))
                .raw(": ")
                .text(&rules::reasons::needs(i.item, ds, lang))
                .raw("</li>");
        }
        h.raw("</ul></details>");
        part(&mut h);
    }

    details(&mut h, "sources", m.sources_title, open);
    h.el("h4", "cited-title", m.rules_cited)
        .raw("<ol class=\"cited\">");
    for (i, c) in sources.0.iter().enumerate() {
        h.raw("<li tabindex=\"-1\" id=\"cite-")
            .num(i as i64 + 1)
            .raw("\">")
            .text(&c.name(lang))
            .raw("</li>");
    }
    h.raw("</ol>")
        .el("p", "data-year", &(m.sources_year)(ds.year))
        .raw("<ul class=\"sources\">");
    for s in ds.sources {
        h.el("li", "", s);
    }
    h.raw("</ul></details>");
    part(&mut h);

    if let Some(case) = case {
        answers_html(&mut h, state, case, m, open);
        part(&mut h);
    }
    h.raw("<div class=\"result-end\">")
        .el("p", "checked-on", &(m.checked_on)(&today()))
        .raw("<button type=\"button\" class=\"secondary print-button\" data-act=\"print\">")
        .text(m.print_button)
        .raw("</button></div>");
    part(&mut h);
    parts
}

fn tests_html(h: &mut Html, d: &Decision, names: &[String], m: &'static Messages) {
    let lang = m.lang;
    h.raw("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\"")
        .attr("aria-label", m.tests_title)
        .raw("><table class=\"tests\"><caption>")
        .text(m.tests_caption)
        .raw("</caption><thead><tr>");
    for col in [m.col_household, m.col_value, m.col_threshold, m.col_result] {
        h.raw("<th scope=\"col\">").text(col).raw("</th>");
    }
    h.raw("</tr></thead><tbody>");
    for (t, name) in d.tests.iter().zip(names) {
        h.raw(if t.passed {
            "<tr>"
        } else {
            "<tr class=\"failed\">"
        })
        .raw("<th scope=\"row\">")
        .text(name)
        .el("span", "test-kind", t.kind.text(lang))
        .raw("</th>")
        .el("td", "money", &group_digits(t.value))
        .raw("<td class=\"money\">")
        .el("span", "amount", &group_digits(t.threshold))
        .el(
            "span",
            if t.basis == Basis::Estimated {
                "basis estimated"
            } else {
                "basis"
            },
            &format!("({})", t.basis.text(lang)),
        )
        .raw("</td>")
        .el("td", "", if t.passed { m.passed } else { m.failed })
        .raw("</tr>");
    }
    h.raw("</tbody></table></div>").el("h4", "", m.chart_title);
    tests_chart(h, &d.tests, names, m);
}

/// On request, the patient household's limits for 1 to 8 people, its own size marked.
fn sizes_html(
    h: &mut Html,
    state: State,
    d: &Decision,
    case: &Case,
    m: &'static Messages,
    open: &[String],
) {
    let ds = state.dataset.get();
    let Some(tier) = d
        .tests
        .iter()
        .find(|t| t.household == HouseholdKind::Patient && t.kind == TestKind::Property)
        .and_then(|t| t.tier)
        .and_then(|id| ds.property.tier(id))
    else {
        return;
    };
    let group = state
        .disease
        .get()
        .and_then(|l| l.matched())
        .map_or(rules::Group::Rare, |d| d.group());
    let lang = m.lang;
    details(h, "sizes", m.sizes_button, open);
    for kind in TestKind::ALL {
        let query = ThresholdQuery {
            household: HouseholdKind::Patient,
            kind: *kind,
            group,
            tier,
            size: case.household.size,
            age: case.age,
        };
        let limits: Vec<(u32, i64)> =
            rules::thresholds::by_size(ds, query, case.household.rare_patients, 1..=8)
                .into_iter()
                .map(|(n, t)| (n, t.value))
                .collect();
        let caption = format!(
            "{} — {}",
            (m.sizes_caption)(ds.year, tier.text(lang), group.text(lang)),
            kind.text(lang)
        );
        sizes_chart(
            h,
            &format!("sizes-{}", kind.code()),
            &caption,
            &limits,
            case.household.size,
            m,
        );
    }
    h.raw("</details>");
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

/// Today's date, as the visitor's device has it: the printout says when it was made.
fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// The answers the result rests on, so the printout can be checked at the health centre.
fn answers_html(h: &mut Html, state: State, case: &Case, m: &'static Messages, open: &[String]) {
    let lang = m.lang;
    let won = |n: i64| match lang {
        Lang::Ko => korean_reading(n),
        Lang::En => format!("{} won", group_digits(n)),
    };
    let mut rows: Vec<(String, String)> = vec![
        (m.data_year.into(), case.year.to_string()),
        (
            m.summary_registered.into(),
            crate::fields::yes_no(case.special_calc_registered, m).into(),
        ),
        (m.disease_label.into(), case.disease.clone()),
        (m.age_label.into(), case.age.to_string()),
        (
            m.nationality_label.into(),
            case.nationality.text(lang).into(),
        ),
    ];
    if case.excluded_status != ExcludedStatus::None {
        rows.push((
            m.excluded_label.into(),
            case.excluded_status.text(lang).into(),
        ));
    }
    rows.push((m.coverage_label.into(), case.coverage.text(lang).into()));
    let place = state.place.with(|w| match w.status {
        PlaceStatus::Found(p) => w.tier.map(|t| (p, t)),
        _ => None,
    });
    if let Some((p, tier)) = place {
        rows.push((
            m.place_label.into(),
            (m.tier_line)(&p.full_name(), case.year, tier.tier.text(lang)),
        ));
    }
    rows.push((
        m.summary_needs.into(),
        state
            .answers
            .wanted_items()
            .iter()
            .map(|i| i.text(lang))
            .collect::<Vec<_>>()
            .join(", "),
    ));
    if case.coverage == Coverage::HealthInsurance {
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
                m.patients_label,
                hh.rare_patients
            ),
        ));
        let a = state.answers;
        let list = a.obligors.get();
        for (o, answers) in case.obligor_households.iter().zip(&list) {
            let name = state
                .family
                .with(|r| household_label(answers, &r.obligors.households, &a, m));
            rows.push((
                name,
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
    }
    let mut special: Vec<&str> = Vec::new();
    for (on, text) in [
        (case.hemophilia.inhibitor, m.hemophilia_inhibitor),
        (case.hemophilia.hiv, m.hemophilia_hiv),
        (case.hemophilia.inpatient_exception, m.hemophilia_inpatient),
        (case.disability.registered, m.disability_registered),
        (
            case.disability.severe_physical_or_brain,
            m.disability_severe_physical,
        ),
        (case.disability.severe_kidney, m.disability_severe_kidney),
        (case.renting, m.renting_label),
        (case.owns_car, m.owns_car_label),
    ] {
        if on {
            special.push(text);
        }
    }
    for (answer, item) in [
        (case.on_sublist.assistive_devices, Item::AssistiveDevices),
        (case.on_sublist.ventilator, Item::Ventilator),
        (case.on_sublist.caregiving, Item::Caregiving),
        (case.on_sublist.special_diet, Item::SpecialDiet),
    ] {
        if answer == SublistAnswer::Yes {
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
    Effect::new(move |was: Option<bool>| {
        let shown = overall.with(|o| o.is_some()) && !verdict_in_view.get();
        if let (true, Some(false), Some(root)) = (shown, was, root) {
            request_animation_frame(move || crate::dom::uncover_focus(root));
        }
        shown
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
