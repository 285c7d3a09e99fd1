//! Where the widget mounts, and how it fits into a host page.
//!
//! - On its own page (also the iframe route) it mounts into `<body>` and reads its
//!   settings from the URL query. Given `parent=<origin>`, it posts its height, and only
//!   its height, to that origin so the host can size the iframe.
//! - On a host page with `<div data-rare-check …>` elements it mounts into each one,
//!   inside a shadow root: the host's CSS cannot restyle the widget and the widget's CSS
//!   cannot leak out. Each mount has its own reactive state, so two never interfere.
//!
//! The stylesheet arrives inside the script (see `scripts/bundle.mjs`) as a constructed
//! `CSSStyleSheet`, adopted by the document or by each shadow root. A host page needs
//! no `style-src` for it.

use gloo_events::EventListener;
use leptos::prelude::*;
use leptos::wasm_bindgen::{closure::Closure, JsCast, JsValue};
use leptos::web_sys::{
    Element, HtmlElement, MessageEvent, ResizeObserver, ShadowRootInit, ShadowRootMode,
};

use crate::app::App;
use crate::config::{query_pairs, Config};

/// The attribute a host page puts on each element the widget should fill.
const MOUNT_ATTRIBUTE: &str = "data-rare-check";
/// Set once an element holds a widget, so a second copy of the script mounts nothing twice.
const MOUNTED_ATTRIBUTE: &str = "data-rare-check-mounted";

pub fn start() {
    let hosts = document()
        .query_selector_all(&format!("[{MOUNT_ATTRIBUTE}]"))
        .ok()
        .filter(|list| list.length() > 0);
    match hosts {
        None => mount_page(),
        Some(list) => {
            for i in 0..list.length() {
                if let Some(host) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    mount_into(host);
                }
            }
        }
    }
}

fn warn_all(warnings: &[String]) {
    for w in warnings {
        leptos::logging::warn!("{w}");
    }
}

fn mount_page() {
    let search = window().location().search().unwrap_or_default();
    let pairs = query_pairs(&search, |s| {
        js_sys::decode_uri_component(s).ok().map(String::from)
    });
    let (mut config, warnings) = Config::from_pairs(
        pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        rules::years(),
    );
    warn_all(&warnings);
    config.today = Some(crate::dom::seoul_today());
    if let Some(sheet) = stylesheet() {
        adopt(&document(), &sheet);
    }
    if let Some(origin) = config.parent_origin.clone() {
        post_height_to_parent(origin.clone());
        listen_for_frame_view(origin);
    }
    offline_copy(!config.offline_off);
    leptos::mount::mount_to_body(move || view! { <App config=config page=true/> });
}

fn mount_into(host: Element) {
    if host.has_attribute(MOUNTED_ATTRIBUTE) {
        return;
    }
    let _ = host.set_attribute(MOUNTED_ATTRIBUTE, "");
    let names = host.get_attribute_names();
    let pairs: Vec<(String, String)> = names
        .iter()
        .filter_map(|name| name.as_string())
        .filter(|name| name.starts_with("data-") && name != MOUNTED_ATTRIBUTE)
        .map(|name| {
            let value = host.get_attribute(&name).unwrap_or_default();
            (name["data-".len()..].to_string(), value)
        })
        .collect();
    let (mut config, warnings) = Config::from_pairs(
        pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        rules::years(),
    );
    warn_all(&warnings);
    config.today = Some(crate::dom::seoul_today());

    // (No `expect`: its message would format a JsValue, and that costs the download.)
    let Ok(container) = document().create_element("div") else {
        return;
    };
    let container: HtmlElement = container.unchecked_into();
    match host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)) {
        Ok(shadow) => {
            if let Some(sheet) = stylesheet() {
                adopt(&shadow, &sheet);
            }
            let _ = shadow.append_child(&container);
        }
        Err(_) => {
            leptos::logging::warn!(
                "rare-check: this element cannot hold a shadow root; use a <div data-rare-check>"
            );
            return;
        }
    }
    leptos::mount::mount_to(container, move || view! { <App config=config/> }).forget();
}

/// The stylesheet `scripts/bundle.mjs` built, if the page was loaded through it.
pub fn stylesheet() -> Option<JsValue> {
    let bag = js_sys::Reflect::get(&js_sys::global(), &js_sys::Symbol::for_("rare-check")).ok()?;
    js_sys::Reflect::get(&bag, &JsValue::from_str("sheet"))
        .ok()
        .filter(|sheet| !sheet.is_undefined())
}

/// Adds `sheet` to a document's or a shadow root's adopted stylesheets.
pub fn adopt(target: &JsValue, sheet: &JsValue) {
    let key = JsValue::from_str("adoptedStyleSheets");
    let sheets = js_sys::Reflect::get(target, &key)
        .ok()
        .and_then(|s| s.dyn_into::<js_sys::Array>().ok())
        .unwrap_or_default();
    let sheets = js_sys::Array::from(&sheets);
    sheets.push(sheet);
    let _ = js_sys::Reflect::set(target, &key, &sheets);
}

/// Tells the host page how tall the widget is, whenever that changes: a message with a
/// type and a height, sent to the one origin the host named, and nothing else.
fn post_height_to_parent(origin: String) {
    let window = window();
    let parent = match window.parent() {
        Ok(Some(parent)) if parent != window => parent,
        _ => return,
    };
    let post = Closure::<dyn FnMut()>::new(move || {
        let Some(body) = document().body() else {
            return;
        };
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"rare-check:height".into());
        let _ = js_sys::Reflect::set(
            &message,
            &"height".into(),
            &JsValue::from_f64(body.offset_height().into()),
        );
        let _ = parent.post_message(&message, &origin);
    });
    if let (Ok(observer), Some(body)) = (
        ResizeObserver::new(post.as_ref().unchecked_ref()),
        document().body(),
    ) {
        observer.observe(&body);
        // The observer and its callback live as long as the page.
        std::mem::forget(observer);
        post.forget();
    }
}

/// After the first visit the page works offline: `sw.js` (written by
/// `scripts/bundle.mjs`) keeps a copy of the widget's own files, and nothing else, in a
/// cache named after the release. `offline=off` removes it again. Only the widget's own
/// page does this; a script mount never touches the host site's service workers.
fn offline_copy(wanted: bool) {
    let navigator = window().navigator();
    // Absent on pages that are not a secure context (plain http on a public host).
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let container = navigator.service_worker();
    let failed = Closure::<dyn FnMut(JsValue)>::new(|error: JsValue| {
        // The browser's reason, as text: a JsValue's Debug form would cost the download.
        let why = js_sys::Reflect::get(&error, &"message".into())
            .ok()
            .and_then(|m| m.as_string())
            .unwrap_or_default();
        leptos::logging::warn!("rare-check: offline copy unavailable: {why}");
    });
    if wanted {
        let _ = container.register("./sw.js").catch(&failed);
    } else {
        let unregister = Closure::<dyn FnMut(JsValue)>::new(|registrations: JsValue| {
            for registration in js_sys::Array::from(&registrations).iter() {
                let registration: leptos::web_sys::ServiceWorkerRegistration =
                    registration.unchecked_into();
                let _ = registration.unregister();
            }
        });
        let _ = container
            .get_registrations()
            .then(&unregister)
            .catch(&failed);
        unregister.forget();
    }
    // Both run once, after this function returns.
    failed.forget();
}

/// Reads the host's `{ type: "rare-check:viewport", top, bottom }` messages into
/// [`crate::dom::frame_view`]: only from the parent window, only from the one origin the
/// page was given, only two numbers.
fn listen_for_frame_view(origin: String) {
    let view = crate::dom::frame_view();
    EventListener::new(&window(), "message", move |event| {
        let Some(event) = event.dyn_ref::<MessageEvent>() else {
            return;
        };
        let from_parent = match (event.source(), window().parent()) {
            (Some(source), Ok(Some(parent))) => JsValue::from(source) == JsValue::from(parent),
            _ => false,
        };
        if !from_parent || event.origin() != origin {
            return;
        }
        let data = event.data();
        let field = |name: &str| js_sys::Reflect::get(&data, &name.into()).ok();
        if field("type").and_then(|t| t.as_string()).as_deref() != Some("rare-check:viewport") {
            return;
        }
        let (top, bottom) = (
            field("top").and_then(|v| v.as_f64()),
            field("bottom").and_then(|v| v.as_f64()),
        );
        if let (Some(top), Some(bottom)) = (top, bottom) {
            if top.is_finite() && bottom.is_finite() && bottom > top {
                view.set(Some((top, bottom)));
            }
        }
    })
    .forget();
}
