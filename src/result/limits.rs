//! How far each household is from each limit: the margin sentences on the first
//! screen, then, collapsed, the figures against each limit as a table and a picture,
//! and on request the patient household's limits for 1 to 8 people.

use rules::vocab::group_digits;
use rules::{Basis, Decision, Lang, TestKind, ThresholdTest};

use super::chart::{sizes_chart, tests_chart};
use super::cite::details;
use crate::html::Html;
use crate::i18n::Messages;

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
fn margin(t: &ThresholdTest, m: &Messages) -> String {
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

/// The margin to each limit, household by household: "환자 가구: 월 소득이 309만원 더
/// 많아도 기준 안입니다".
pub fn margins_html(h: &mut Html, d: &Decision, names: &[String], m: &Messages) {
    h.raw("<div class=\"answer\">")
        .el("h3", "", m.margins_title)
        .raw("<ul class=\"margins\">");
    for (t, name) in d.tests.iter().zip(names) {
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
}

/// The figures against each limit: a table, then the same as a picture.
pub fn tests_html(h: &mut Html, d: &Decision, names: &[String], m: &'static Messages) {
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
pub fn sizes_html(h: &mut Html, d: &Decision, m: &'static Messages, open: &[String]) {
    // The decision knows what the patient household's limits depend on.
    let ds = d.dataset();
    let Some((p, tier)) = d.patient.and_then(|p| Some((p, ds.property.tier(p.tier)?))) else {
        return;
    };
    let lang = m.lang;
    details(h, "sizes", m.sizes_button, open);
    for kind in TestKind::ALL {
        let limits = d.limits_by_size(*kind, 1..=8);
        let caption = format!(
            "{} — {}",
            (m.sizes_caption)(ds.year, tier.text(lang), p.group.text(lang)),
            kind.text(lang)
        );
        sizes_chart(
            h,
            &format!("sizes-{}", kind.code()),
            &caption,
            &limits,
            p.size,
            m,
        );
    }
    h.raw("</details>");
}
