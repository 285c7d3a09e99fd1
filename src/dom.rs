//! Elements built through one type-erased shape.
//!
//! `view!` gives every template its own Rust type, and the framework's rendering code is
//! compiled again for each of them: for a widget under a hard download budget that was
//! most of its size (docs/performance.md). The widget's views are built here instead, from
//! Leptos's own building blocks (a custom element, erased attributes, erased children),
//! so every node, whatever its tag, attributes and children, has the same type and that
//! code is compiled once. Reactivity is Leptos's: attributes, properties, text and lists
//! follow signals, and the visitor's answers live in `state/`.
//!
//! Below the builder: how the widget reaches its own elements on the page (by id, inside
//! a shadow root too), whether one is on screen, and the printout's opening of every
//! collapsed part. These touch only the page, never the state.

use leptos::prelude::*;
use leptos::tachys::html::attribute::any_attribute::{AnyAttribute, IntoAnyAttribute};
use leptos::tachys::html::attribute::custom::custom_attribute;
use leptos::tachys::html::element::custom;
use leptos::tachys::html::event::{on, Custom as Named};
use leptos::tachys::html::property::prop;
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::{Element, Event, HtmlElement};
use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;

/// An element under construction.
pub struct El {
    tag: &'static str,
    attrs: Vec<AnyAttribute>,
    kids: Vec<AnyView>,
}

/// Starts an element.
pub fn el(tag: &'static str) -> El {
    El {
        tag,
        attrs: Vec::new(),
        kids: Vec::new(),
    }
}

impl El {
    /// A fixed attribute.
    pub fn attr(mut self, name: &'static str, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.attrs
            .push(custom_attribute(name, value).into_any_attr());
        self
    }

    pub fn class(self, class: &'static str) -> Self {
        self.attr("class", class)
    }

    pub fn id(self, id: impl Into<String>) -> Self {
        self.attr("id", id)
    }

    /// An attribute that follows a signal; `None` leaves it out.
    pub fn attr_with(mut self, name: &'static str, value: Signal<Option<String>>) -> Self {
        self.attrs
            .push(custom_attribute(name, value).into_any_attr());
        self
    }

    /// Hidden while `hide` is true: the element stays, out of sight and out of the
    /// accessibility tree, and keeps whatever was typed in it.
    pub fn hidden(self, hide: impl Fn() -> bool + Send + Sync + 'static) -> Self {
        let hide: Box<dyn Fn() -> bool + Send + Sync> = Box::new(hide);
        self.attr_with("hidden", derived(move || hide().then(String::new)))
    }

    /// A DOM property (`checked`) that follows a signal.
    pub fn prop_bool(mut self, name: &'static str, value: Signal<bool>) -> Self {
        self.attrs.push(prop(name, value).into_any_attr());
        self
    }

    /// A DOM property (`value`) that follows a signal.
    pub fn prop_text(mut self, name: &'static str, value: Signal<String>) -> Self {
        self.attrs.push(prop(name, value).into_any_attr());
        self
    }

    /// An event listener.
    pub fn on(mut self, event: &'static str, handler: impl FnMut(Event) + 'static) -> Self {
        let handler: Box<dyn FnMut(Event)> = Box::new(handler);
        self.attrs
            .push(on(Named::<Event>::new(event), handler).into_any_attr());
        self
    }

    /// A child node.
    pub fn child(mut self, child: AnyView) -> Self {
        self.kids.push(child);
        self
    }

    /// A child node, if any.
    pub fn maybe(self, child: Option<AnyView>) -> Self {
        match child {
            Some(child) => self.child(child),
            None => self,
        }
    }

    /// Children.
    pub fn children(mut self, children: impl IntoIterator<Item = AnyView>) -> Self {
        self.kids.extend(children);
        self
    }

    /// Text that follows a signal.
    pub fn text(self, text: Signal<&'static str>) -> Self {
        self.child(text.into_any())
    }

    /// Text that follows a signal, made on the fly.
    pub fn text_with(self, text: Signal<String>) -> Self {
        self.child(text.into_any())
    }

    /// Fixed text.
    pub fn fixed(self, text: impl Into<String>) -> Self {
        let text: String = text.into();
        self.child(text.into_any())
    }

    /// The finished element.
    pub fn view(self) -> AnyView {
        custom(self.tag)
            .add_any_attr(self.attrs)
            .child(self.kids)
            .into_any()
    }
}

/// A value computed from other signals. The closure is boxed before it reaches the
/// framework, so the framework's code for derived signals is compiled once per value
/// type, not once per closure.
pub fn derived<T>(compute: impl Fn() -> T + Send + Sync + 'static) -> Signal<T>
where
    T: Send + Sync + 'static,
{
    erased(Box::new(compute))
}

fn erased<T: Send + Sync + 'static>(compute: Box<dyn Fn() -> T + Send + Sync>) -> Signal<T> {
    Signal::derive(compute)
}

/// Runs `sync` now, and again whenever the signals it reads change: for keeping what lies
/// outside the reactive system (the page, the host page) in step with it, never for
/// writing the state. Boxed before it reaches the framework, like [`derived`], so the
/// framework's effect code is compiled once rather than once per effect; an effect that
/// needs what it did last time keeps that in its own captured variables.
pub fn effect(sync: impl FnMut() + 'static) {
    erased_effect(Box::new(sync));
}

fn erased_effect(mut sync: Box<dyn FnMut()>) {
    Effect::new(move |_: Option<()>| sync());
}

/// Text made on the fly from the answers.
pub fn live_text(text: impl Fn() -> String + Send + Sync + 'static) -> Signal<String> {
    derived(text)
}

/// Nodes rebuilt whenever the signals `nodes` reads change: a list that grows and
/// shrinks (its entries' answers live in the state, so rebuilding loses nothing). Boxed,
/// like [`derived`], so the framework's code for reactive nodes is compiled once.
pub fn list(nodes: impl Fn() -> Vec<AnyView> + Send + Sync + 'static) -> AnyView {
    erased_list(Box::new(nodes))
}

fn erased_list(nodes: Box<dyn Fn() -> Vec<AnyView> + Send + Sync>) -> AnyView {
    (move || nodes()).into_any()
}

/// The widget's root element, where [`find_id`] looks, so that ids work inside a shadow
/// root too.
pub type Root = NodeRef<leptos::html::Div>;

/// An element of this widget by id.
pub fn find_id(id: &str) -> Option<HtmlElement> {
    find_in(use_context::<Root>()?, &format!("#{id}"))
}

/// The first element of this widget that matches a CSS selector.
pub fn find_in(root: Root, selector: &str) -> Option<HtmlElement> {
    root.get_untracked()?
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
}

/// Moves focus to an element of the widget by id.
pub fn focus_id(id: &str) {
    if let Some(el) = find_id(id) {
        let _ = el.focus();
    }
}

thread_local! {
    /// Inside an iframe that grows with its content, the iframe's own viewport covers
    /// the whole widget, so "what the visitor sees" is the part of the iframe inside the
    /// host's window: `rare-check-frame.js` reports it as (top, bottom) in the iframe's
    /// coordinates. `None` everywhere else.
    static FRAME_VIEW: ArcRwSignal<Option<(f64, f64)>> = ArcRwSignal::new(None);
}

pub fn frame_view() -> ArcRwSignal<Option<(f64, f64)>> {
    FRAME_VIEW.with(|v| v.clone())
}

/// Whether the element with this id inside the widget is on the visitor's screen,
/// following scrolling, resizing and, in a growing iframe, the host's reports.
pub fn visible(id: &'static str) -> Signal<bool> {
    let root = use_context::<Root>();
    let shown = RwSignal::new(false);
    let view = frame_view();
    let check = {
        let view = view.clone();
        move || {
            let Some(el) = root
                .and_then(|r| r.get_untracked())
                .and_then(|r| r.query_selector(&format!("#{id}")).ok().flatten())
            else {
                shown.set(false);
                return;
            };
            let rect = el.get_bounding_client_rect();
            let w = window();
            let on_screen = match view.get_untracked() {
                Some((top, bottom)) => {
                    let y = w.scroll_y().unwrap_or(0.0);
                    rect.top() + y < bottom && rect.bottom() + y > top
                }
                None => {
                    let height = w
                        .inner_height()
                        .ok()
                        .and_then(|h| h.as_f64())
                        .unwrap_or(0.0);
                    rect.top() < height && rect.bottom() > 0.0
                }
            };
            if shown.get_untracked() != on_screen {
                shown.set(on_screen);
            }
        }
    };
    for name in ["scroll", "resize"] {
        let check = check.clone();
        EventListener::new(&window(), name, move |_| check()).forget();
    }
    // Again whenever the host reports a new view, and after each change of the page.
    effect(move || {
        view.track();
        let check = check.clone();
        request_animation_frame(check);
    });
    shown.into()
}

/// Where the verdict bar goes: the bottom of the screen (CSS), or, in a growing iframe,
/// the bottom of the part of it the host shows.
pub fn bar_position() -> Signal<Option<String>> {
    let view = frame_view();
    derived(move || {
        view.get().map(|(_, bottom)| {
            // Whole pixels: formatting a float would pull in the float printer.
            format!(
                "position:absolute;top:{}px;bottom:auto;transform:translateY(-100%)",
                bottom as i64
            )
        })
    })
}

/// Scrolls the focused field of the widget into view above the verdict bar, if the bar
/// covers it (WCAG 2.2, 2.4.11). `:focus` finds it inside a shadow root too.
pub fn uncover_focus(root: Root) {
    let (Some(focused), Some(bar)) = (find_in(root, ":focus"), find_in(root, ".verdict-bar"))
    else {
        return;
    };
    let (field, bar) = (
        focused.get_bounding_client_rect(),
        bar.get_bounding_client_rect(),
    );
    // Only a field the bar overlaps: one out of view is not covered, and scrolling to
    // it would take the page from what the visitor is doing.
    if field.bottom() > bar.top() && field.top() < bar.bottom() {
        focused.scroll_into_view_with_bool(false);
    }
}

/// The printout shows the whole result: every collapsed part opens for printing, and
/// the ones that were closed close again afterwards.
pub fn open_details_for_print(root: Root) {
    let opened: Rc<RefCell<Vec<Element>>> = Rc::default();
    let open = opened.clone();
    EventListener::new(&window(), "beforeprint", move |_| {
        let Some(root) = root.get_untracked() else {
            return;
        };
        if let Ok(closed) = root.query_selector_all("details:not([open])") {
            for i in 0..closed.length() {
                if let Some(el) = closed.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    let _ = el.set_attribute("open", "");
                    open.borrow_mut().push(el);
                }
            }
        }
    })
    .forget();
    EventListener::new(&window(), "afterprint", move |_| {
        for el in opened.borrow_mut().drain(..) {
            let _ = el.remove_attribute("open");
        }
    })
    .forget();
}

/// Today's date in Asia/Seoul, from the device's clock: the visitor's data year follows
/// it (SPEC §2, "Which year a visitor gets"). Korea keeps no daylight saving time, so
/// Seoul is always UTC + 9 hours; no time-zone data, no network.
pub fn seoul_today() -> crate::config::Today {
    const NINE_HOURS_MS: f64 = 9.0 * 3600.0 * 1000.0;
    let seoul = js_sys::Date::new(&(js_sys::Date::now() + NINE_HOURS_MS).into());
    crate::config::Today {
        year: seoul.get_utc_full_year() as u16,
        month: seoul.get_utc_month() as u8 + 1,
        day: seoul.get_utc_date() as u8,
    }
}

/// A page's header, the widget's and the embed page's: the title with the language
/// switch beside it, what the page does, and the privacy promise, each in the language
/// shown. The caller adds what else its header holds (the widget's year).
pub struct HeaderWords {
    pub title: Signal<&'static str>,
    pub switch: Signal<&'static str>,
    pub switch_label: Signal<&'static str>,
    pub lede: Signal<&'static str>,
    pub privacy: Signal<&'static str>,
}

pub fn page_header(lang: RwSignal<rules::Lang>, words: HeaderWords) -> El {
    let other = move || match lang.get() {
        rules::Lang::Ko => rules::Lang::En,
        rules::Lang::En => rules::Lang::Ko,
    };
    let label = words.switch_label;
    el("header")
        .class("header")
        .child(
            el("div")
                .class("header-top")
                .child(el("h1").text(words.title).view())
                .child(
                    el("button")
                        .attr("type", "button")
                        .class("language")
                        .attr_with(
                            "lang",
                            derived(move || Some(crate::i18n::code(other()).into())),
                        )
                        .attr_with("aria-label", derived(move || Some(label.get().into())))
                        .on("click", move |_| lang.set(other()))
                        .text(words.switch)
                        .view(),
                )
                .view(),
        )
        .child(el("p").class("lede").text(words.lede).view())
        .child(el("p").class("privacy").text(words.privacy).view())
}

/// An error summary (GOV.UK's pattern): a focusable region, hidden while there is no
/// error, each error a link that moves focus to its field. `errors` gives each field's
/// id and the error's words; the title's id is `{id}-title`.
pub fn error_summary(
    id: &'static str,
    title: Signal<&'static str>,
    errors: impl Fn() -> Vec<(String, String)> + Send + Sync + 'static,
) -> AnyView {
    let errors = std::sync::Arc::new(errors);
    let title_id = format!("{id}-title");
    let shown = errors.clone();
    el("div")
        .class("error-summary")
        .id(id)
        .attr("tabindex", "-1")
        .attr("role", "region")
        .attr("aria-labelledby", title_id.clone())
        .hidden(move || shown().is_empty())
        .child(el("h2").id(title_id).text(title).view())
        .child(
            el("ul")
                .child(list(move || {
                    errors()
                        .into_iter()
                        .map(|(field, text)| {
                            el("li")
                                .child(
                                    el("a")
                                        .attr("href", format!("#{field}"))
                                        .on("click", move |ev| {
                                            ev.prevent_default();
                                            focus_id(&field);
                                        })
                                        .fixed(text)
                                        .view(),
                                )
                                .view()
                        })
                        .collect()
                }))
                .view(),
        )
        .view()
}
