//! The embed page (`dist/embed.html`): where the person who puts the widget on a health
//! centre's site makes the code to paste. It is a second binary of this crate
//! (`src/bin/embed-page.rs`); the widget's binary never reaches this module, so the
//! widget's download does not carry it.
//!
//! The settings are checked exactly as the widget reads them (`settings.rs`, through
//! `config::Config::from_pairs`), with the widget's own place finder
//! (`form::combobox`); the code follows every keystroke (`snippet.rs`, `code.rs`) and a
//! live preview shows it on a strict host page (`preview.rs`). Under it, this release:
//! its version, its data years and the newest CHANGELOG entry (`release.rs`). Its words,
//! Korean and English, are its own (`words.rs`); what it knows is in one `Page`
//! (`page.rs`).

mod code;
mod fields;
mod page;
mod preview;
mod release;
mod settings;
mod snippet;
mod words;

pub use page::{use_page, Page};
pub use release::{changelog_entry, read_release};
pub use settings::{read, Key, Problem, Reading, Region, Typed};
pub use snippet::{csp, encode_component, snippet, Mode, Release, Settings};
pub use words::{words, Words};

use leptos::prelude::*;

use crate::dom::{self, Root};
use crate::embed::{adopt, stylesheet};
use crate::i18n;
use page::say;

/// Mounts the page into `<body>`, with the stylesheet `scripts/bundle.mjs` packed into
/// its script.
pub fn start() {
    if let Some(sheet) = stylesheet() {
        adopt(&document(), &sheet);
    }
    let release = read_release();
    leptos::mount::mount_to_body(move || page(release));
}

/// The whole page.
fn page(release: Option<Release>) -> impl IntoView {
    let page = Page::new(release);
    provide_context(page);
    let root = Root::new();
    provide_context(root);
    let lang = page.lang;
    dom::effect(move || {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", i18n::code(lang.get()));
        }
        document().set_title(words(lang.get()).title);
    });

    view! {
        <div class="rare-check embed-page" node_ref=root>
            {header()}
            {code::form()}
            {preview::previews()}
            {release::release_section()}
        </div>
    }
}

/// The title, what the page does, the privacy promise and the language switch.
fn header() -> AnyView {
    dom::page_header(
        use_page().lang,
        dom::HeaderWords {
            title: say(|w| w.title),
            switch: say(|w| w.language_switch),
            switch_label: say(|w| w.language_switch_label),
            lede: say(|w| w.lede),
            privacy: say(|w| w.privacy),
        },
    )
    .view()
}
