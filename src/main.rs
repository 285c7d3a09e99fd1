//! Mounts the widget: into `<body>` on its own page, or into each
//! `<div data-rare-check>` of a host page (see `embed.rs`).

fn main() {
    rare_check_widget::embed::start();
}
