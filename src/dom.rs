//! Elements built through one type-erased shape.
//!
//! `view!` gives every template its own Rust type, and the framework's rendering code is
//! compiled again for each of them: for a widget under a hard download budget that was
//! most of its size (docs/performance.md). The widget's views are built here instead, from
//! Leptos's own building blocks (a custom element, erased attributes, erased children),
//! so every node, whatever its tag, attributes and children, has the same type and that
//! code is compiled once. Reactivity is Leptos's: attributes, properties, text and lists
//! follow signals, and the visitor's answers live in `state.rs` as before.

use leptos::prelude::*;
use leptos::tachys::html::attribute::any_attribute::{AnyAttribute, IntoAnyAttribute};
use leptos::tachys::html::attribute::custom::custom_attribute;
use leptos::tachys::html::element::custom;
use leptos::tachys::html::event::{on, Custom as Named};
use leptos::tachys::html::property::prop;
use leptos::web_sys::Event;

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

/// Text made on the fly from the answers.
pub fn live_text(text: impl Fn() -> String + Send + Sync + 'static) -> Signal<String> {
    derived(text)
}

/// Nodes rebuilt whenever the signals `nodes` reads change: a list that grows and
/// shrinks (its entries' answers live in the state, so rebuilding loses nothing).
pub fn list(nodes: impl Fn() -> Vec<AnyView> + Send + Sync + 'static) -> AnyView {
    nodes.into_any()
}
