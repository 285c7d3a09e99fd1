//! The smallest useful Leptos CSR app, a counter: what any widget built on the same stack,
//! with the same profile and tools, carries before its own code. scripts/bench builds
//! it beside the widget and reports the widget's figures as ratios to it.

use leptos::prelude::*;

#[component]
fn Counter() -> impl IntoView {
    let count = RwSignal::new(0);
    view! {
        <button on:click=move |_| *count.write() += 1>"+1"</button>
        <p>"count: " {count}</p>
    }
}

fn main() {
    leptos::mount::mount_to_body(Counter);
}
