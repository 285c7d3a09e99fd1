//! An editable combobox with a list popup, after the WAI-ARIA combobox pattern, for the
//! disease and the place finders: typing searches, ↑/↓ move through the options, Enter
//! chooses, Escape closes the list, and a polite status line says how many matched.
//!
//! The input's value is never written back while the visitor types: rewriting it would
//! break Hangul composition in the IME. It is written only when an option is chosen.
//!
//! It knows nothing of the widget's state: the embed page (`embed_page/`) uses the same
//! place finder with its own words. Its words come from a catalogue given by the caller
//! (`M`: the widget's `i18n::Messages`, or the embed page's), so each binary compiles it
//! once, for its own catalogue.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::{KeyboardEvent, ScrollIntoViewOptions, ScrollLogicalPosition};

use crate::dom::{derived, effect, el, live_text};
use crate::html::Html;
use rules::places::search;
use rules::Lang;

/// How many options a finder's list holds (it shows about four at a time and scrolls);
/// the status line says how many more matched.
pub const SHOWN: usize = 8;

/// One option as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    /// Stable for the option (a list index): its DOM id.
    pub key: usize,
    /// What the input reads once the option is chosen.
    pub value: String,
    pub primary: String,
    pub secondary: String,
    pub detail: String,
    pub badge: Option<String>,
    /// The language of `secondary` when it differs from the page's ("en" for English
    /// disease names).
    pub secondary_lang: Option<&'static str>,
}

/// What a search found: the options to show and how many matched in all.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Found {
    pub choices: Vec<Choice>,
    pub total: usize,
}

/// "N found" for the status line, from a catalogue `M` in the reader's language.
pub type Count<M> = fn(&M) -> fn(usize, usize) -> String;

/// A finder: what it searches and how it reads, in the words of a catalogue `M`.
pub struct Finder<M: Send + Sync + 'static> {
    /// The box's id; its list's, hint's, error's and status line's ids follow from it.
    pub id: String,
    pub label: Signal<&'static str>,
    pub hint: Signal<&'static str>,
    /// The catalogue in the reader's language, for the status line.
    pub messages: Signal<&'static M>,
    /// The answer: the text in the box, as the state keeps it.
    pub answer: RwSignal<String>,
    /// The answer follows the box in the next frame rather than at once: a keystroke
    /// then paints its options before the whole result is worked out again, and a quick
    /// typist's keystrokes within one frame cost one evaluation.
    pub next_frame: bool,
    /// Searches for a query; run only while the list is open.
    pub search: Callback<String, Found>,
    /// Called with the chosen option's key, after the box is set to its value.
    pub on_choose: Callback<usize>,
    /// Called when the box loses focus (the widget then shows the field's error).
    pub on_leave: Box<dyn Fn()>,
    pub count: Count<M>,
    /// "Nothing matches".
    pub none: fn(&M) -> &'static str,
    /// The error to show, if any.
    pub error: Signal<Option<String>>,
    /// Ids of lines under the box that describe the answer.
    pub described_by: Vec<String>,
    /// Lines shown under the box.
    pub below: Vec<AnyView>,
}

impl<M: Send + Sync + 'static> Finder<M> {
    pub fn view(self) -> AnyView {
        let Finder {
            id,
            label,
            hint,
            messages: m,
            answer,
            next_frame,
            search,
            on_choose,
            on_leave,
            count,
            none,
            error,
            described_by,
            below,
        } = self;
        let list_id = format!("{id}-list");
        let status_id = format!("{id}-status");
        let hint_id = format!("{id}-hint");
        let error_id = format!("{id}-error");

        // What the box shows, which the options follow at once: the answer itself, or
        // the box's own copy that the answer catches up with (`next_frame`).
        let value = if next_frame {
            RwSignal::new(answer.get_untracked())
        } else {
            answer
        };
        let commit = move || {
            if next_frame {
                request_animation_frame(move || {
                    let text = value.get_untracked();
                    if answer.with_untracked(|a| *a != text) {
                        answer.set(text);
                    }
                });
            }
        };
        let open = RwSignal::new(false);
        let active = RwSignal::new(None::<usize>);
        let found = Memo::new(move |_| {
            if open.get() {
                search.run(value.get())
            } else {
                Found::default()
            }
        });
        let expanded = move || open.get() && found.with(|f| !f.choices.is_empty());

        let input_id = id.clone();
        let choose = move |index: usize| {
            let Some(choice) = found.with_untracked(|f| f.choices.get(index).cloned()) else {
                return;
            };
            if let Some(input) = crate::dom::find_id(&input_id) {
                let _ =
                    js_sys::Reflect::set(&input, &"value".into(), &choice.value.as_str().into());
            }
            value.set(choice.value);
            commit();
            open.set(false);
            active.set(None);
            on_choose.run(choice.key);
        };

        let on_keydown = {
            let choose = choose.clone();
            move |ev: leptos::web_sys::Event| {
                let Some(ev) = ev.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                // Keys pressed while the IME is composing a syllable belong to the IME.
                if ev.is_composing() {
                    return;
                }
                let count = found.with_untracked(|f| f.choices.len());
                match ev.key().as_str() {
                    "ArrowDown" => {
                        ev.prevent_default();
                        if !open.get_untracked() {
                            open.set(true);
                            active.set(None);
                        } else if count > 0 {
                            active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % count)));
                        }
                    }
                    "ArrowUp" => {
                        ev.prevent_default();
                        if count > 0 {
                            active.update(|a| {
                                *a = Some(a.map_or(count - 1, |i| (i + count - 1) % count))
                            });
                        }
                    }
                    "Enter" => {
                        if let (true, Some(i)) = (expanded(), active.get_untracked()) {
                            ev.prevent_default();
                            choose(i);
                        }
                    }
                    "Escape" if open.get_untracked() => {
                        ev.prevent_default();
                        open.set(false);
                        active.set(None);
                    }
                    _ => {}
                }
            }
        };

        let status = live_text(move || {
            if !open.get() || value.with(|v| v.trim().is_empty()) {
                return String::new();
            }
            let m = m.get();
            found.with(|f| {
                if f.total == 0 {
                    none(m).to_string()
                } else {
                    count(m)(f.choices.len(), f.total)
                }
            })
        });
        let show_error = move || error.with(|e| e.is_some()) && !expanded();
        let describedby = [hint_id.clone(), error_id.clone(), status_id.clone()]
            .into_iter()
            .chain(described_by)
            .collect::<Vec<_>>()
            .join(" ");
        let option_prefix = format!("{id}-opt-");
        let activedescendant = {
            let prefix = option_prefix.clone();
            derived(move || {
                let key = active
                    .get()
                    .filter(|_| expanded())
                    .and_then(|i| found.with(|f| f.choices.get(i).map(|c| c.key)))?;
                Some(format!("{prefix}{key}"))
            })
        };
        // The options as markup, set whole: one call into the page per keystroke instead
        // of a few dozen (src/html.rs). Choosing is delegated to the list (`data-i`).
        let list_html = {
            let prefix = option_prefix.clone();
            move || {
                found.with(|f| {
                    let mut h = Html::default();
                    for (i, c) in f.choices.iter().enumerate() {
                        h.raw("<li role=\"option\"")
                            .attr("id", &format!("{prefix}{}", c.key))
                            .raw(" aria-selected=\"false\" data-i=\"")
                            .num(i as i64)
                            .raw("\">")
                            .el("span", "option-ko", &c.primary)
                            .raw("<span class=\"option-en\"");
                        if let Some(lang) = c.secondary_lang {
                            h.attr("lang", lang);
                        }
                        h.raw(">")
                            .text(&c.secondary)
                            .raw("</span><span class=\"option-codes\">")
                            .text(&c.detail);
                        if let Some(badge) = &c.badge {
                            h.el("span", "badge", badge);
                        }
                        h.raw("</span></li>");
                    }
                    h.0
                })
            }
        };
        // The arrow keys move the highlight over the options shown, without rewriting
        // them (so each keeps its laid-out size), and bring the active one into view.
        // Only a change of `active` does anything: new options come without a highlight,
        // and a keystroke only sets `active` to the None it already is.
        {
            let list_id = list_id.clone();
            let mut shown = None;
            effect(move || {
                let active = active.get();
                if shown == Some(active) {
                    return;
                }
                shown = Some(active);
                let Some(list) = crate::dom::find_id(&list_id) else {
                    return;
                };
                let options = list.children();
                for i in 0..options.length() {
                    let Some(option) = options.item(i) else {
                        continue;
                    };
                    let chosen = active == Some(i as usize);
                    option.set_class_name(if chosen { "active" } else { "" });
                    let _ = option
                        .set_attribute("aria-selected", if chosen { "true" } else { "false" });
                    if chosen {
                        let how = ScrollIntoViewOptions::new();
                        how.set_block(ScrollLogicalPosition::Nearest);
                        option.scroll_into_view_with_scroll_into_view_options(&how);
                    }
                }
            });
        }
        let pick = {
            let choose = choose.clone();
            move |ev: leptos::web_sys::Event| {
                let Some(li) = ev
                    .target()
                    .and_then(|t| t.dyn_into::<leptos::web_sys::Element>().ok())
                    .and_then(|t| t.closest("[data-i]").ok().flatten())
                else {
                    return;
                };
                // Choosing on mousedown keeps focus in the input.
                ev.prevent_default();
                if let Some(i) = li.get_attribute("data-i").and_then(|i| i.parse().ok()) {
                    choose(i);
                }
            }
        };

        el("div")
            .attr_with(
                "class",
                derived(move || {
                    Some(
                        if show_error() {
                            "field combobox field-error"
                        } else {
                            "field combobox"
                        }
                        .into(),
                    )
                }),
            )
            .child(
                el("label")
                    .attr("for", id.clone())
                    .id(format!("{id}-label"))
                    .text(label)
                    .view(),
            )
            .child(el("p").class("hint").id(hint_id).text(hint).view())
            .child(
                el("p")
                    .class("error-message")
                    .id(error_id)
                    .hidden(move || !show_error())
                    .text_with(live_text(move || error.get().unwrap_or_default()))
                    .view(),
            )
            .child(
                el("div")
                    .class("combobox-wrap")
                    .child(
                        el("input")
                            .id(id.clone())
                            .attr("type", "text")
                            .attr("role", "combobox")
                            .attr("autocomplete", "off")
                            .attr("spellcheck", "false")
                            .attr("aria-autocomplete", "list")
                            .attr("aria-controls", list_id.clone())
                            .attr("value", value.get_untracked())
                            .attr_with(
                                "aria-expanded",
                                derived(move || {
                                    Some(if expanded() { "true" } else { "false" }.into())
                                }),
                            )
                            .attr_with("aria-activedescendant", activedescendant)
                            .attr("aria-describedby", describedby)
                            .attr_with(
                                "aria-invalid",
                                derived(move || {
                                    Some(if show_error() { "true" } else { "false" }.into())
                                }),
                            )
                            .on("input", move |ev| {
                                value.set(event_target_value(&ev));
                                commit();
                                open.set(true);
                                active.set(None);
                            })
                            .on("keydown", on_keydown)
                            .on("blur", move |_| {
                                open.set(false);
                                active.set(None);
                                on_leave();
                            })
                            .view(),
                    )
                    .child(
                        el("ul")
                            .id(list_id)
                            .attr("role", "listbox")
                            .attr("aria-labelledby", format!("{id}-label"))
                            .class("options-list")
                            .hidden(move || !expanded())
                            .prop_text("innerHTML", derived(list_html))
                            .on("mousedown", pick)
                            .view(),
                    )
                    .view(),
            )
            .child(
                el("p")
                    .class("visually-hidden")
                    .id(status_id)
                    .attr("aria-live", "polite")
                    .attr("aria-atomic", "true")
                    .text_with(status)
                    .view(),
            )
            .children(below)
            .view()
    }
}

/// The place finder's options for a query: the 시·군·구 by full name, with their kind.
/// The widget's place questions and the embed page's place both search this way.
pub fn place_options(query: &str, lang: Lang) -> Found {
    let results = search(query, SHOWN);
    Found {
        total: results.total,
        choices: results
            .hits
            .iter()
            .map(|hit| {
                let p = hit.place;
                // Found by a former name: the current one first, the old one beside it,
                // so "광주광역시 북구" shows as 전남광주통합특별시 북구.
                let former = hit
                    .former
                    .map(|f| (crate::i18n::messages(lang).former_name)(f.name))
                    .unwrap_or_default();
                Choice {
                    key: hit.index,
                    value: p.full_name(),
                    primary: p.full_name(),
                    secondary: former,
                    secondary_lang: None,
                    detail: p.kind.text(lang).to_string(),
                    badge: None,
                }
            })
            .collect(),
    }
}
