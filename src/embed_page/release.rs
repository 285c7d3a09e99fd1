//! This release, for the webmaster: its version (`Cargo.toml`'s), the data years the
//! widget carries with each year's provisional and estimated parts (from the rules
//! crate, compiled in: the widget's build carries the same years), and the newest entry
//! of `CHANGELOG.md`, with a link to the whole file.
//!
//! The files the snippet names reach the page without a request: `scripts/bundle.mjs`
//! writes them into embed.html as `<meta name="rare-check:…">` tags.

use leptos::prelude::*;
use rules::{Basis, Dataset, TestKind};

use super::fields::section;
use super::page::{say, use_page};
use super::snippet::Release;
use super::words::Words;
use crate::dom::{derived, el, list};
use crate::html::Html;

/// The widget's version: this crate's, which `CHANGELOG.md`'s newest entry names.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

const CHANGELOG: &str = include_str!("../../CHANGELOG.md");

/// The release's facts from the page's `<meta>` tags, and where the page is served.
pub fn read_release() -> Option<Release> {
    let meta = |name: &str| {
        document()
            .query_selector(&format!("meta[name=\"rare-check:{name}\"]"))
            .ok()
            .flatten()
            .and_then(|m| m.get_attribute("content"))
            .filter(|c| !c.is_empty())
    };
    // `new URL("./", location.href)`: the folder embed.html is in, where the widget is.
    let location = window().location();
    let path = location.pathname().ok()?;
    let base = format!("{}{}", location.origin().ok()?, &path[..=path.rfind('/')?]);
    Some(Release {
        base,
        app: meta("app")?,
        app_integrity: meta("app-integrity")?,
        frame_integrity: meta("frame-integrity")?,
    })
}

/// The parts of a year whose figures are estimates, by the names `Provisional::parts`
/// uses. Property limits are estimates where the year published no property table and
/// the formula fills them (`property.basis`).
pub fn estimated_parts(ds: &Dataset) -> Vec<&'static str> {
    let mut parts = Vec::new();
    if ds.median.basis == Basis::Estimated {
        parts.push("median");
    }
    let p = &ds.percent;
    if [
        &p.patient_rare,
        &p.patient_four_major,
        &p.obligor_rare,
        &p.obligor_four_major,
    ]
    .iter()
    .any(|p| p.basis == Basis::Estimated)
    {
        parts.push("percent");
    }
    let property_table = ds.tables.iter().any(|t| t.kind == TestKind::Property);
    if ds.property.basis == Basis::Estimated && !property_table {
        parts.push("property");
    }
    if ds
        .cornstarch
        .as_ref()
        .is_some_and(|c| c.basis == Basis::Estimated)
    {
        parts.push("cornstarch");
    }
    parts
}

/// One line per data year, and one more for its estimates if it has any.
pub fn year_lines(w: &Words) -> Vec<String> {
    let join = |parts: &[&'static str]| {
        parts
            .iter()
            .map(|p| w.part(p))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut lines = Vec::new();
    for ds in rules::datasets().iter().rev() {
        lines.push(match &ds.provisional {
            Some(p) => (w.year_provisional)(ds.year, p.carried_from, &join(p.parts)),
            None => (w.year_final)(ds.year),
        });
        let estimated = estimated_parts(ds);
        if !estimated.is_empty() {
            lines.push((w.year_estimated)(ds.year, &join(&estimated)));
        }
    }
    lines
}

/// The newest entry of a Keep a Changelog file: from its first `## [` heading to the
/// next one.
pub fn changelog_entry(markdown: &str) -> &str {
    let Some(start) = markdown.find("\n## [") else {
        return "";
    };
    let entry = &markdown[start + 1..];
    match entry[3..].find("\n## [") {
        Some(end) => &entry[..end + 3],
        None => entry,
    }
}

/// An entry as plain HTML: its headings, paragraphs and list items (a list item's
/// continuation lines are indented), with `**bold**` and `` `code` `` kept and a link
/// shown as its text. The file is ours, but every piece of text is escaped all the same.
pub fn entry_html(entry: &str) -> String {
    let mut blocks: Vec<(&str, String)> = Vec::new();
    for line in entry.lines() {
        let trimmed = line.trim();
        let open = matches!(blocks.last(), Some(("li" | "p", _)));
        if trimmed.is_empty() {
            blocks.push(("", String::new()));
        } else if let Some(text) = trimmed.strip_prefix("### ") {
            blocks.push(("h5", text.to_string()));
        } else if let Some(text) = trimmed.strip_prefix("## ") {
            blocks.push(("h4", text.replace(['[', ']'], "")));
        } else if let Some(text) = trimmed.strip_prefix("- ") {
            blocks.push(("li", text.to_string()));
        } else if let (true, Some((_, text))) = (open, blocks.last_mut()) {
            // A continuation of the item or paragraph above.
            text.push(' ');
            text.push_str(trimmed);
        } else {
            blocks.push(("p", trimmed.to_string()));
        }
    }
    let mut h = Html::default();
    let mut in_list = false;
    for (kind, text) in blocks.iter().filter(|(k, _)| !k.is_empty()) {
        if (*kind == "li") != in_list {
            h.raw(if in_list { "</ul>" } else { "<ul>" });
            in_list = !in_list;
        }
        h.open(kind, "");
        inline(&mut h, text);
        h.close(kind);
    }
    if in_list {
        h.raw("</ul>");
    }
    h.0
}

/// `**bold**` and `` `code` ``, and `[text](address)` as its text.
fn inline(h: &mut Html, text: &str) {
    let mut rest = text;
    while !rest.is_empty() {
        let next = ["**", "`", "["]
            .iter()
            .filter_map(|m| rest.find(m).map(|i| (i, *m)))
            .min();
        let Some((at, mark)) = next else {
            h.text(rest);
            return;
        };
        h.text(&rest[..at]);
        let after = &rest[at + mark.len()..];
        let (tag, close) = match mark {
            "**" => ("strong", "**"),
            "`" => ("code", "`"),
            _ => ("", "]("),
        };
        let Some(end) = after.find(close) else {
            h.text(&rest[at..]);
            return;
        };
        if tag.is_empty() {
            // A link: its text, and past its address.
            h.text(&after[..end]);
            let address = &after[end + 2..];
            rest = address.find(')').map_or("", |i| &address[i + 1..]);
        } else {
            h.el(tag, "", &after[..end]);
            rest = &after[end + close.len()..];
        }
    }
}

/// Section 5: this release.
pub fn release_section() -> AnyView {
    let page = use_page();
    let w = page.words();
    let entry = entry_html(changelog_entry(CHANGELOG));
    section(
        5,
        "embed-release",
        |w| w.release_title,
        vec![
            el("p")
                .class("version")
                .text_with(derived(move || (w.get().version)(VERSION)))
                .view(),
            el("h3").text(say(|w| w.years_title)).view(),
            el("p").class("hint").text(say(|w| w.years_hint)).view(),
            el("ul")
                .class("years")
                .child(list(move || {
                    year_lines(w.get())
                        .into_iter()
                        .map(|line| el("li").fixed(line).view())
                        .collect()
                }))
                .view(),
            el("h3").text(say(|w| w.changelog_title)).view(),
            el("p").class("hint").text(say(|w| w.changelog_note)).view(),
            el("div")
                .class("changelog")
                .attr("lang", "ko")
                .prop_text("innerHTML", derived(move || entry.clone()))
                .view(),
            el("p")
                .child(
                    el("a")
                        .attr("href", "./CHANGELOG.md")
                        .text(say(|w| w.changelog_link))
                        .view(),
                )
                .view(),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_newest_changelog_entry_is_this_version() {
        let entry = changelog_entry(CHANGELOG);
        assert!(
            entry.starts_with(&format!("## [{VERSION}] - ")),
            "CHANGELOG.md's newest entry is not Cargo.toml's version {VERSION}: {}",
            entry.lines().next().unwrap_or_default()
        );
        assert_eq!(entry.matches("\n## [").count(), 0, "one entry only");
    }

    #[test]
    fn an_entry_reads_as_headings_paragraphs_and_list_items() {
        let html = entry_html(
            "## [1.0.0] - 2027-01-02\n\n자료 연도: **2027**.\n\n### 자료 (Data)\n- 첫째 `data-region`\n  이어짐 [링크](https://a.go.kr/x).\n- <둘째>\n",
        );
        assert_eq!(
            html,
            "<h4>1.0.0 - 2027-01-02</h4><p>자료 연도: <strong>2027</strong>.</p><h5>자료 (Data)</h5>\
             <ul><li>첫째 <code>data-region</code> 이어짐 링크.</li><li>&lt;둘째&gt;</li></ul>"
        );
    }

    #[test]
    fn each_year_says_what_is_provisional_and_what_is_estimated() {
        let lines = year_lines(&crate::embed_page::words::KO);
        let provisional: Vec<_> = rules::datasets()
            .iter()
            .filter(|d| d.provisional.is_some())
            .collect();
        assert!(!provisional.is_empty(), "the data has a provisional year");
        for ds in provisional {
            let line = lines
                .iter()
                .find(|l| l.starts_with(&format!("{}년 (잠정)", ds.year)))
                .expect("a provisional line");
            assert!(line.contains("재산 기준"), "{line}");
        }
        // 2024 on: property limits are estimates (no published table); 2023's are printed.
        let estimated: Vec<u16> = rules::datasets()
            .iter()
            .filter(|d| estimated_parts(d).contains(&"property"))
            .map(|d| d.year)
            .collect();
        assert!(
            estimated.contains(&2026) && !estimated.contains(&2023),
            "{estimated:?}"
        );
    }
}
