//! The form: the health centre (place, name, phone, address), the widget (language,
//! iframe or script), and the code that follows them, read-only, with its Copy button
//! and the lines the host's Content-Security-Policy needs.
//!
//! Copy is the form's submit: with an error left, it shows the error summary instead,
//! since the widget would drop that value.

use leptos::prelude::*;
use leptos::wasm_bindgen::{closure::Closure, JsCast, JsValue};

use super::fields::{error_summary, place_field, radios, section, text_field, widget_lang};
use super::page::{say, use_page, Page, Text};
use super::settings::Key;
use super::snippet::{csp, Mode};
use crate::dom::{derived, el, find_in, live_text, Root};

const CODE_ID: &str = "embed-code";

/// The form, sections 1 to 3.
pub fn form() -> AnyView {
    let page = use_page();
    let root = expect_context::<Root>();
    // What the polite status line says: "복사했습니다" after Copy.
    let status = RwSignal::new(None::<Text>);
    el("form")
        .class("embed-form")
        .attr("novalidate", "")
        .on("submit", move |ev| {
            ev.prevent_default();
            submit(page, status, root);
        })
        .child(error_summary())
        .child(section(
            1,
            "embed-centre",
            |w| w.centre_title,
            vec![
                place_field(),
                text_field(
                    Key::Name,
                    |w| w.name_label,
                    |w| w.name_hint,
                    page.name,
                    "text",
                    "organization",
                ),
                text_field(
                    Key::Phone,
                    |w| w.phone_label,
                    |w| w.phone_hint,
                    page.phone,
                    "tel",
                    "tel",
                ),
                text_field(
                    Key::Address,
                    |w| w.address_label,
                    |w| w.address_hint,
                    page.address,
                    "text",
                    "street-address",
                ),
            ],
        ))
        .child(section(
            2,
            "embed-widget",
            |w| w.widget_title,
            vec![
                widget_lang(),
                radios(
                    "embed-mode",
                    |w| w.mode_legend,
                    None,
                    vec![
                        (Mode::Script, |w| w.mode_script),
                        (Mode::Iframe, |w| w.mode_iframe),
                    ],
                    page.mode,
                ),
                el("div")
                    .hidden(move || page.mode.get() != Mode::Iframe)
                    .child(text_field(
                        Key::Parent,
                        |w| w.parent_label,
                        |w| w.parent_hint,
                        page.parent,
                        "url",
                        "url",
                    ))
                    .view(),
                el("p").class("hint").text(say(|w| w.no_year)).view(),
            ],
        ))
        .child(section(
            3,
            "embed-code-title",
            |w| w.code_title,
            code(status),
        ))
        .view()
}

/// The code, its Copy button and what the host needs.
fn code(status: RwSignal<Option<Text>>) -> Vec<AnyView> {
    let page = use_page();
    let w = page.words();
    let code = derived(move || page.code.get().unwrap_or_default());
    let missing = move || page.release.with_value(Option::is_none);
    let note = derived(move || match page.mode.get() {
        Mode::Script => w.get().pinned,
        Mode::Iframe => w.get().frame_pinned,
    });
    let csp_lines = live_text(move || {
        let mode = page.mode.get();
        page.release
            .with_value(|r| r.as_ref().map(|r| csp(mode, r).join("\n")))
            .unwrap_or_default()
    });
    let origin = live_text(move || {
        page.release
            .with_value(|r| r.as_ref().map(|r| (w.get().csp_origin)(r.origin())))
            .unwrap_or_default()
    });
    vec![
        el("p")
            .class("error-message")
            .hidden(move || !missing())
            .text(say(|w| w.release_missing))
            .view(),
        el("div")
            .class("field")
            .child(
                el("label")
                    .attr("for", CODE_ID)
                    .text(say(|w| w.code_label))
                    .view(),
            )
            .child(
                el("p")
                    .class("hint")
                    .id("embed-code-hint")
                    .text(say(|w| w.code_hint))
                    .view(),
            )
            .child(
                el("textarea")
                    .id(CODE_ID)
                    .class("code")
                    .attr("readonly", "")
                    .attr("rows", "9")
                    .attr("spellcheck", "false")
                    .attr("aria-describedby", "embed-code-hint embed-code-note")
                    .prop_text("value", code)
                    .view(),
            )
            .view(),
        el("button")
            .attr("type", "submit")
            .class("primary")
            .text(say(|w| w.copy))
            .view(),
        el("p")
            .class("copy-status")
            .attr("role", "status")
            .text(derived(move || {
                status.get().map_or("", |text| text(w.get()))
            }))
            .view(),
        el("p")
            .class("hint")
            .id("embed-code-note")
            .text(note)
            .view(),
        el("h3").text(say(|w| w.csp_title)).view(),
        el("p")
            .text(derived(move || match page.mode.get() {
                Mode::Script => w.get().csp_script,
                Mode::Iframe => w.get().csp_iframe,
            }))
            .view(),
        el("pre")
            .class("csp")
            .child(el("code").text_with(csp_lines).view())
            .view(),
        el("p").class("hint").text_with(origin).view(),
        el("p").class("hint").text(say(|w| w.cors)).view(),
    ]
}

/// Copy: with an error left, the error summary takes focus instead; otherwise the code
/// goes to the clipboard, and the status line says whether it did.
fn submit(page: Page, status: RwSignal<Option<Text>>, root: Root) {
    page.submitted.set(true);
    status.set(None);
    if page.reading.with_untracked(|r| !r.problems.is_empty()) {
        status.set(Some(|w| w.fix_first));
        // The summary is shown in this same turn; focus it once it is laid out.
        request_animation_frame(move || {
            if let Some(summary) = find_in(root, "#embed-errors") {
                let _ = summary.focus();
            }
        });
        return;
    }
    let Some(text) = page.code.get_untracked() else {
        return;
    };
    let done = Closure::once(move |_: JsValue| status.set(Some(|w| w.copied)));
    let failed = Closure::once(move |_: JsValue| {
        select_code(root);
        status.set(Some(|w| w.copy_failed));
    });
    match clipboard_write(&text) {
        Some(promise) => {
            let _ = promise.then2(&done, &failed);
            done.forget();
            failed.forget();
        }
        None => {
            select_code(root);
            status.set(Some(|w| w.copy_failed));
        }
    }
}

/// `navigator.clipboard.writeText(text)`, where the browser has it (a secure context).
fn clipboard_write(text: &str) -> Option<js_sys::Promise> {
    let navigator = window().navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .ok()
        .filter(|c| !c.is_undefined())?;
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    write
        .call1(&clipboard, &text.into())
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()
}

/// Selects the whole code, so that Ctrl+C copies it when the clipboard is refused.
fn select_code(root: Root) {
    if let Some(area) = find_in(root, &format!("#{CODE_ID}")) {
        let _ = area.focus();
        if let Ok(select) = js_sys::Reflect::get(&area, &"select".into()) {
            let _ = select.unchecked_into::<js_sys::Function>().call0(&area);
        }
    }
}
