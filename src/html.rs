//! A small HTML writer for the parts of the widget that are rebuilt whole on each change
//! (the result and its pictures). Markup is written as text, every piece of text
//! escaped, and the browser parses it once: far less code to download than building each
//! node through the framework, for DOM that has no state of its own.

use std::fmt::Write as _;

/// HTML under construction. `raw` takes markup the widget wrote itself; `text` and
/// `attr` escape whatever they are given.
#[derive(Default)]
pub struct Html(pub String);

impl Html {
    /// Markup from the widget's own code (never from the visitor or the host page).
    pub fn raw(&mut self, markup: &str) -> &mut Self {
        self.0.push_str(markup);
        self
    }

    /// Text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Self {
        escape(&mut self.0, text);
        self
    }

    /// `<tag class="…">text</tag>`, the text escaped.
    pub fn el(&mut self, tag: &str, class: &str, text: &str) -> &mut Self {
        self.open(tag, class);
        self.text(text);
        self.close(tag)
    }

    /// `<tag class="…">`; an empty class writes no attribute.
    pub fn open(&mut self, tag: &str, class: &str) -> &mut Self {
        let _ = if class.is_empty() {
            write!(self.0, "<{tag}>")
        } else {
            write!(self.0, "<{tag} class=\"{class}\">")
        };
        self
    }

    pub fn close(&mut self, tag: &str) -> &mut Self {
        let _ = write!(self.0, "</{tag}>");
        self
    }

    /// ` name="value"` inside a start tag being written with `raw`, the value escaped.
    pub fn attr(&mut self, name: &str, value: &str) -> &mut Self {
        let _ = write!(self.0, " {name}=\"");
        escape(&mut self.0, value);
        self.0.push('"');
        self
    }

    /// A number, as markup (numbers need no escaping).
    pub fn num(&mut self, n: i64) -> &mut Self {
        let _ = write!(self.0, "{n}");
        self
    }
}

fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped_and_markup_is_not() {
        let mut h = Html::default();
        h.raw("<a").attr("href", "#x\"><script>").raw(">");
        h.text("<b>&'").close("a");
        assert_eq!(
            h.0,
            "<a href=\"#x&quot;&gt;&lt;script&gt;\">&lt;b&gt;&amp;&#39;</a>"
        );
    }
}
