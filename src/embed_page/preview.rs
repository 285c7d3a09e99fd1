//! The live preview: the code, exactly as it would be pasted, on a host page with a
//! strict Content-Security-Policy (`public/preview.html`), at a phone's 360 px and at a
//! desktop's 1280 px (drawn scaled down). The code travels in the preview's URL fragment,
//! which the browser never sends to the server; `preview.js` rebuilds its elements.
//!
//! A change redraws both after a short pause, so typing stays smooth.

use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;

use super::fields::section;
use super::page::{say, use_page, Text};
use super::snippet::encode_component;
use crate::dom::{derived, effect, el, find_in, Root};

/// How long the code must stay the same before the previews load it again.
const PAUSE_MS: u64 = 600;

const FRAMES: [(&str, &str, Text, Text); 2] = [
    (
        "preview-phone",
        "preview phone",
        |w| w.preview_phone,
        |w| w.preview_phone_title,
    ),
    (
        "preview-desktop",
        "preview desktop",
        |w| w.preview_desktop,
        |w| w.preview_desktop_title,
    ),
];

fn preview_src(code: &str) -> String {
    format!("./preview.html#{}", encode_component(code))
}

/// Section 4: the two previews.
pub fn previews() -> AnyView {
    let page = use_page();
    let root = expect_context::<Root>();
    let first = page.code.get_untracked().map(|c| preview_src(&c));
    // Reloads the previews a pause after the code last changed: each change bumps the
    // generation, and only the newest one's timer loads. Only the iframes change here.
    let generation = Rc::new(Cell::new(0u32));
    let mut shown = page.code.get_untracked();
    effect(move || {
        let code = page.code.get();
        if code == shown {
            return;
        }
        shown = code.clone();
        let Some(code) = code else {
            return;
        };
        // A Cell, not a signal: the effect keeps the page in step and writes no state.
        let this = generation.get().wrapping_add(1);
        generation.replace(this);
        let generation = generation.clone();
        set_timeout(
            move || {
                if generation.get() != this {
                    return;
                }
                for (id, ..) in FRAMES {
                    if let Some(frame) = find_in(root, &format!("#{id}")) {
                        let _ = frame.set_attribute("src", &preview_src(&code));
                    }
                }
            },
            std::time::Duration::from_millis(PAUSE_MS),
        );
    });

    let w = page.words();
    let frames = FRAMES.map(|(id, class, caption, title)| {
        let mut frame = el("iframe")
            .id(id)
            .attr_with("title", derived(move || Some(title(w.get()).to_string())));
        if let Some(src) = &first {
            frame = frame.attr("src", src.clone());
        }
        el("figure")
            .class(class)
            .child(el("figcaption").text(say(caption)).view())
            .child(el("div").class("preview-box").child(frame.view()).view())
            .view()
    });
    section(
        4,
        "embed-preview",
        |w| w.preview_title,
        vec![
            el("p").class("hint").text(say(|w| w.preview_hint)).view(),
            el("div").class("previews").children(frames).view(),
        ],
    )
}
