//! The standalone page: mounts the widget into `<body>`.

fn main() {
    leptos::mount::mount_to_body(|| leptos::view! { <rare_check_widget::App/> });
}
