//! Pictures of the result, drawn as inline SVG by the widget itself (no chart library):
//! each test as the visitor's amount against its limit, and, on request, the limits by
//! household size. Nothing relies on colour alone: a figure over its limit is hatched
//! and says so in words, the limit is a dashed line with its label, and both print in
//! black and white. Each picture carries a text alternative with the same numbers as
//! the table beside it.

use leptos::prelude::*;
use rules::vocab::group_digits;
use rules::ThresholdTest;

use crate::i18n::Messages;

const WIDTH: f64 = 320.0;
const ROW: f64 = 66.0;
const BAR: f64 = 14.0;

/// The hatching and fill the bars use, defined once per picture.
fn defs(id: &str) -> impl IntoView {
    view! {
        <defs>
            <pattern id=format!("{id}-hatch") width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="6" height="6" fill="#ffffff"></rect>
                <line x1="0" y1="0" x2="0" y2="6" stroke="#1b1e23" stroke-width="3"></line>
            </pattern>
        </defs>
    }
}

/// One line of text per test, the same figures as the tests table.
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
pub fn tests_chart(tests: &[ThresholdTest], names: &[String], m: &Messages) -> impl IntoView {
    let id = "tests-chart";
    let height = ROW * tests.len() as f64 + 8.0;
    let alt = (m.chart_alt)(&test_rows(tests, names, m).join("; "));
    let rows = tests
        .iter()
        .zip(names)
        .enumerate()
        .map(|(i, (t, name))| {
            let top = 8.0 + ROW * i as f64;
            let scale = (WIDTH - 16.0) / (t.value.max(t.threshold) as f64 * 1.12).max(1.0);
            let value_w = (t.value as f64 * scale).max(1.0);
            let limit_x = 8.0 + t.threshold as f64 * scale;
            let fill = if t.passed {
                "#4a525c".to_string()
            } else {
                format!("url(#{id}-hatch)")
            };
            let kind = format!(
                "{} · {}",
                t.kind.text(m.lang),
                if t.passed { m.passed } else { m.failed }
            );
            view! {
                <g>
                    <text x="8" y=top + 11.0 class="chart-label">{name.clone()}</text>
                    <text x="8" y=top + 24.0 class="chart-note">{kind}</text>
                    <rect x="8" y=top + 30.0 width=value_w height=BAR fill=fill stroke="#1b1e23" stroke-width="1"></rect>
                    <line x1=limit_x y1=top + 26.0 x2=limit_x y2=top + 30.0 + BAR + 4.0 stroke="#1b1e23" stroke-width="2" stroke-dasharray="3 2"></line>
                    <text x={(limit_x - 2.0).max(8.0)} y=top + 30.0 + BAR + 14.0 class="chart-note" text-anchor={if limit_x > WIDTH / 2.0 { "end" } else { "start" }}>
                        {format!("{} {}", m.chart_limit, group_digits(t.threshold))}
                    </text>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg
            class="chart"
            viewBox=format!("0 0 {WIDTH} {height}")
            role="img"
            aria-labelledby=format!("{id}-title")
        >
            <title id=format!("{id}-title")>{alt}</title>
            {defs(id)}
            {rows}
        </svg>
    }
}

/// The limits for households of 1 to 8, the visitor's own size hatched and labelled.
pub fn sizes_chart(
    id: &str,
    caption: String,
    limits: &[(u32, i64)],
    own: u32,
    m: &Messages,
) -> impl IntoView {
    let height = 170.0;
    let max = limits.iter().map(|(_, v)| *v).max().unwrap_or(1) as f64;
    let step = (WIDTH - 16.0) / limits.len().max(1) as f64;
    let bars = limits
        .iter()
        .enumerate()
        .map(|(i, (size, value))| {
            let h = (*value as f64 / max) * 110.0;
            let x = 8.0 + step * i as f64 + 4.0;
            let mine = *size == own;
            let fill = if mine {
                format!("url(#{id}-hatch)")
            } else {
                "#c7ccd3".to_string()
            };
            view! {
                <g>
                    <rect x=x y=130.0 - h width=step - 8.0 height=h fill=fill stroke="#1b1e23" stroke-width=if mine { "2" } else { "1" }></rect>
                    <text x=x + (step - 8.0) / 2.0 y="146" text-anchor="middle" class="chart-note">{size.to_string()}</text>
                    {mine.then(|| view! {
                        <text x=x + (step - 8.0) / 2.0 y=(124.0 - h).max(10.0) text-anchor="middle" class="chart-label">"▼"</text>
                    })}
                </g>
            }
        })
        .collect_view();
    let rows = limits
        .iter()
        .map(|(size, value)| {
            let who = if *size == own {
                (m.sizes_you)(*size)
            } else {
                (m.sizes_row)(*size)
            };
            view! {
                <tr class:own=*size == own>
                    <th scope="row">{who}</th>
                    <td class="money">{group_digits(*value)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <figure class="sizes">
            <svg class="chart" viewBox=format!("0 0 {WIDTH} {height}") aria-hidden="true">
                {defs(id)}
                {bars}
                <text x="8" y="164" class="chart-note">{(m.sizes_you)(own)}" ▼"</text>
            </svg>
            <table class="sizes-table">
                <caption>{caption}</caption>
                <tbody>{rows}</tbody>
            </table>
        </figure>
    }
}
