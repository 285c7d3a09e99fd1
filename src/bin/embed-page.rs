//! The embed page (`dist/embed.html`): where a webmaster makes the code that puts the
//! widget on a health centre's site. A second binary, so that the widget's own
//! (`src/main.rs`) never carries it.

fn main() {
    rare_check_widget::embed_page::start();
}
