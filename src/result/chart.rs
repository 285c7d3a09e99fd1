//! Pictures of the result, drawn as inline SVG by the widget itself (no chart library):
//! each test as the visitor's amount against its limit, and the limits by household
//! size. Nothing relies on colour alone: a figure over its limit is hatched and says so
//! in words, a limit is a dashed line with its figure, and both print in black and
//! white. Each picture carries a text alternative with the same numbers as the table
//! beside it. Coordinates are whole units of a 320-wide view box: no floating point.

use rules::vocab::group_digits;
use rules::ThresholdTest;

use crate::html::Html;
use crate::i18n::Messages;

const WIDTH: i64 = 320;
const ROW: i64 = 66;
const BAR: i64 = 14;
const INK: &str = "#1b1e23";

/// The hatching that marks a bar, defined once per picture.
fn hatch(h: &mut Html, id: &str) {
    h.raw("<defs><pattern id=\"")
        .raw(id)
        .raw("-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"></rect><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"")
        .raw(INK)
        .raw("\" stroke-width=\"3\"></line></pattern></defs>");
}

/// `<text x y class>text</text>`.
fn text(h: &mut Html, x: i64, y: i64, class: &str, anchor: &str, words: &str) {
    h.raw("<text x=\"")
        .num(x)
        .raw("\" y=\"")
        .num(y)
        .raw("\" class=\"")
        .raw(class)
        .raw("\" text-anchor=\"")
        .raw(anchor)
        .raw("\">")
        .text(words)
        .raw("</text>");
}

/// `<rect>` with a fill and an outline.
fn rect(h: &mut Html, x: i64, y: i64, w: i64, height: i64, fill: &str, stroke: i64) {
    h.raw("<rect x=\"")
        .num(x)
        .raw("\" y=\"")
        .num(y)
        .raw("\" width=\"")
        .num(w)
        .raw("\" height=\"")
        .num(height)
        .raw("\" fill=\"")
        .raw(fill)
        .raw("\" stroke=\"")
        .raw(INK)
        .raw("\" stroke-width=\"")
        .num(stroke)
        .raw("\"></rect>");
}

/// One line of text per test: the same figures as the tests table.
pub fn test_rows(tests: &[ThresholdTest], names: &[String], m: &Messages) -> Vec<String> {
    tests
        .iter()
        .zip(names)
        .map(|(t, name)| {
            (m.chart_row)(
                &format!("{name} {}", t.kind.text(m.lang)),
                &format!("{}원", group_digits(t.value)),
                &format!("{}원", group_digits(t.threshold)),
                if t.passed { m.passed } else { m.failed },
            )
        })
        .collect()
}

/// Each test as a bar for the visitor's amount and a dashed line for its limit.
pub fn tests_chart(h: &mut Html, tests: &[ThresholdTest], names: &[String], m: &Messages) {
    let id = "tests-chart";
    let height = ROW * tests.len() as i64 + 8;
    let alt = (m.chart_alt)(&test_rows(tests, names, m).join("; "));
    h.raw("<svg class=\"chart\" viewBox=\"0 0 ")
        .num(WIDTH)
        .raw(" ")
        .num(height)
        .raw("\" role=\"img\" aria-labelledby=\"")
        .raw(id)
        .raw("-title\"><title id=\"")
        .raw(id)
        .raw("-title\">")
        .text(&alt)
        .raw("</title>");
    hatch(h, id);
    let room = (WIDTH - 16) as i128;
    for (i, (t, name)) in tests.iter().zip(names).enumerate() {
        let top = 8 + ROW * i as i64;
        // The longer of the two fills 7/8 of the row (i128: money times width).
        let span = (t.value.max(t.threshold).max(1) as i128) * 8 / 7;
        let at = |won: i64| (won.max(0) as i128 * room / span) as i64;
        let fill = if t.passed {
            "#4a525c".to_string()
        } else {
            format!("url(#{id}-hatch)")
        };
        let limit_x = 8 + at(t.threshold);
        let kind = format!(
            "{} · {}",
            t.kind.text(m.lang),
            if t.passed { m.passed } else { m.failed }
        );
        h.raw("<g>");
        text(h, 8, top + 11, "chart-label", "start", name);
        text(h, 8, top + 24, "chart-note", "start", &kind);
        rect(h, 8, top + 30, at(t.value).max(1), BAR, &fill, 1);
        h.raw("<line x1=\"")
            .num(limit_x)
            .raw("\" y1=\"")
            .num(top + 26)
            .raw("\" x2=\"")
            .num(limit_x)
            .raw("\" y2=\"")
            .num(top + 34 + BAR)
            .raw("\" stroke=\"")
            .raw(INK)
            .raw("\" stroke-width=\"2\" stroke-dasharray=\"3 2\"></line>");
        let (x, anchor) = if limit_x > WIDTH / 2 {
            (limit_x - 2, "end")
        } else {
            (limit_x.max(8), "start")
        };
        text(
            h,
            x,
            top + 44 + BAR,
            "chart-note",
            anchor,
            &format!("{} {}", m.chart_limit, group_digits(t.threshold)),
        );
        h.raw("</g>");
    }
    h.raw("</svg>");
}

/// The limits for households of 1 to 8, the visitor's own size hatched and marked, with
/// the table that is the picture's text alternative.
pub fn sizes_chart(
    h: &mut Html,
    id: &str,
    caption: &str,
    limits: &[(u32, i64)],
    own: u32,
    m: &Messages,
) {
    let max = limits.iter().map(|(_, v)| *v).max().unwrap_or(1).max(1) as i128;
    let step = (WIDTH - 16) / limits.len().max(1) as i64;
    h.raw("<figure class=\"sizes\"><svg class=\"chart\" viewBox=\"0 0 ")
        .num(WIDTH)
        .raw(" 170\" aria-hidden=\"true\">");
    hatch(h, id);
    for (i, (size, value)) in limits.iter().enumerate() {
        let bar = (*value as i128 * 110 / max) as i64;
        let x = 8 + step * i as i64 + 4;
        let mine = *size == own;
        let fill = if mine {
            format!("url(#{id}-hatch)")
        } else {
            "#c7ccd3".to_string()
        };
        rect(
            h,
            x,
            130 - bar,
            step - 8,
            bar,
            &fill,
            if mine { 2 } else { 1 },
        );
        let middle = x + (step - 8) / 2;
        text(h, middle, 146, "chart-note", "middle", &size.to_string());
        if mine {
            text(h, middle, (124 - bar).max(10), "chart-label", "middle", "▼");
        }
    }
    text(
        h,
        8,
        164,
        "chart-note",
        "start",
        &format!("{} ▼", (m.sizes_you)(own)),
    );
    h.raw("</svg><table class=\"sizes-table\"><caption>")
        .text(caption)
        .raw("</caption><tbody>");
    for (size, value) in limits {
        let mine = *size == own;
        h.raw(if mine { "<tr class=\"own\">" } else { "<tr>" })
            .raw("<th scope=\"row\">")
            .text(&if mine {
                (m.sizes_you)(*size)
            } else {
                (m.sizes_row)(*size)
            })
            .raw("</th><td class=\"money\">")
            .text(&group_digits(*value))
            .raw("</td></tr>");
    }
    h.raw("</tbody></table></figure>");
}
