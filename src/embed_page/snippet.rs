//! The code a webmaster pastes, and the Content-Security-Policy lines their page needs:
//! text made from the settings (each as the widget reads it, `settings.rs`) and this
//! release's facts. No DOM here, so the tests check the exact text.

use rules::Lang;

use crate::html::Html;
use crate::i18n;

/// How the widget goes into the host page (README, "Embedding").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// `<div data-rare-check …>` and the module script: the widget sits in the page.
    Script,
    /// An iframe of the widget's own page, for a CMS that allows no scripts.
    Iframe,
}

/// This release's files, as `scripts/bundle.mjs` wrote them into embed.html, and where
/// they are served.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Release {
    /// The folder embed.html is served from, with its trailing slash
    /// (`https://www.example.go.kr/rare-check/`): the snippet points at this copy.
    pub base: String,
    /// `app-<hash>.js`, the content-hashed module, and its Subresource Integrity.
    pub app: String,
    pub app_integrity: String,
    /// `rare-check-frame.js`'s Subresource Integrity.
    pub frame_integrity: String,
}

impl Release {
    /// `https://www.example.go.kr`: the scheme, host and port of [`Release::base`], as a
    /// CSP source names them.
    pub fn origin(&self) -> &str {
        let after_scheme = self.base.find("://").map_or(0, |i| i + 3);
        let end = self.base[after_scheme..]
            .find('/')
            .map_or(self.base.len(), |i| after_scheme + i);
        &self.base[..end]
    }
}

/// The settings the snippet carries, each already read as the widget reads it; `None`
/// leaves a setting out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    /// A place's full name (`경기도 과천시`) or a tier id (`gyeonggi`).
    pub region: Option<String>,
    pub centre_name: Option<String>,
    pub centre_phone: Option<String>,
    pub centre_address: Option<String>,
    pub lang: Lang,
    /// The host page's origin, for the iframe's height messages.
    pub parent: Option<String>,
}

impl Settings {
    /// The settings by the names the widget reads (`config::KEYS`), in the README's
    /// order; `parent` only for the iframe, which alone uses it.
    fn pairs(&self, mode: Mode) -> Vec<(&'static str, &str)> {
        let lang = match self.lang {
            Lang::Ko => "ko",
            Lang::En => "en",
        };
        let parent = match mode {
            Mode::Iframe => self.parent.as_deref(),
            Mode::Script => None,
        };
        [
            ("region", self.region.as_deref()),
            ("centre-name", self.centre_name.as_deref()),
            ("centre-phone", self.centre_phone.as_deref()),
            ("centre-address", self.centre_address.as_deref()),
            ("lang", Some(lang)),
            ("parent", parent),
        ]
        .into_iter()
        .filter_map(|(key, value)| Some((key, value?)))
        .collect()
    }
}

/// The code to paste. A script mount loads the content-hashed module with its
/// Subresource Integrity, so it runs only if the file is this release's, byte for byte;
/// an iframe loads the widget's page with the settings in its query, and the optional
/// script that sizes it.
pub fn snippet(settings: &Settings, mode: Mode, release: &Release) -> String {
    let base = &release.base;
    let mut h = Html::default();
    match mode {
        Mode::Script => {
            h.raw("<div data-rare-check");
            for (key, value) in settings.pairs(mode) {
                // `attr` writes its own leading space: the attributes line up under the first.
                h.raw("\n    ").attr(&format!("data-{key}"), value);
            }
            h.raw("></div>\n<script type=\"module\"")
                .attr("src", &format!("{base}{}", release.app))
                .attr("integrity", &release.app_integrity)
                .raw(" crossorigin=\"anonymous\"></script>");
        }
        Mode::Iframe => {
            let query: Vec<String> = settings
                .pairs(mode)
                .into_iter()
                .map(|(key, value)| format!("{key}={}", encode_component(value)))
                .collect();
            h.raw("<iframe data-rare-check-frame\n       ")
                .attr("src", &format!("{base}?{}", query.join("&")))
                .raw("\n       ")
                // The widget's own title, which screen readers announce for the frame.
                .attr("title", i18n::messages(settings.lang).title)
                .raw("\n        width=\"100%\" height=\"2400\"></iframe>\n<script")
                .attr("src", &format!("{base}rare-check-frame.js"))
                .attr("integrity", &release.frame_integrity)
                .raw(" crossorigin=\"anonymous\"></script>");
        }
    }
    h.0
}

/// What the host page's Content-Security-Policy must allow, one directive a line: the
/// module and the WebAssembly it compiles, or the frame and its sizing script. The
/// widget needs no connect-src and no style-src either way (README, "What the host
/// page's Content-Security-Policy needs").
pub fn csp(mode: Mode, release: &Release) -> Vec<String> {
    let origin = release.origin();
    match mode {
        Mode::Script => vec![format!("script-src {origin} 'wasm-unsafe-eval'")],
        Mode::Iframe => vec![
            format!("frame-src {origin}"),
            format!("script-src {origin}"),
        ],
    }
}

/// The browser's `encodeURIComponent`: everything but `A–Z a–z 0–9 - _ . ! ~ * ' ( )`
/// as UTF-8 percent escapes, which the widget's `config::query_pairs` decodes.
pub fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{query_pairs, Config};

    fn release() -> Release {
        Release {
            base: "https://www.gccity.go.kr/rare-check/".into(),
            app: "app-0123456789abcdef.js".into(),
            app_integrity: "sha384-AAA".into(),
            frame_integrity: "sha384-BBB".into(),
        }
    }

    fn gwacheon() -> Settings {
        Settings {
            region: Some("경기도 과천시".into()),
            centre_name: Some("과천시 \"보건소\" & 건강센터".into()),
            centre_phone: Some("02-2150-3826".into()),
            centre_address: None,
            lang: Lang::Ko,
            parent: Some("https://www.gccity.go.kr".into()),
        }
    }

    #[test]
    fn a_script_mount_carries_each_setting_escaped_and_the_module_with_its_integrity() {
        assert_eq!(
            snippet(&gwacheon(), Mode::Script, &release()),
            "<div data-rare-check\n     data-region=\"경기도 과천시\"\n     \
             data-centre-name=\"과천시 &quot;보건소&quot; &amp; 건강센터\"\n     \
             data-centre-phone=\"02-2150-3826\"\n     data-lang=\"ko\"></div>\n\
             <script type=\"module\" src=\"https://www.gccity.go.kr/rare-check/app-0123456789abcdef.js\" \
             integrity=\"sha384-AAA\" crossorigin=\"anonymous\"></script>"
        );
    }

    #[test]
    fn an_iframe_carries_the_settings_in_a_query_the_widget_reads_back() {
        let code = snippet(&gwacheon(), Mode::Iframe, &release());
        assert!(code.starts_with("<iframe data-rare-check-frame\n        src=\"https://www.gccity.go.kr/rare-check/?region=%EA%B2%BD"), "{code}");
        assert!(
            code.contains("title=\"희귀질환 의료비 지원 자가진단\""),
            "{code}"
        );
        assert!(code.ends_with("<script src=\"https://www.gccity.go.kr/rare-check/rare-check-frame.js\" integrity=\"sha384-BBB\" crossorigin=\"anonymous\"></script>"), "{code}");
        // The query, as the iframe's page reads it: every setting back, nothing ignored.
        let src = code
            .split("src=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let query = src.split_once('?').unwrap().1.replace("&amp;", "&");
        let pairs = query_pairs(&query, decode);
        let (config, warnings) = Config::from_pairs(
            pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
            rules::years(),
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(
            config.place.map(|p| p.full_name()).as_deref(),
            Some("경기도 과천시")
        );
        assert_eq!(
            config.centre.name.as_deref(),
            Some("과천시 \"보건소\" & 건강센터")
        );
        assert_eq!(
            config.parent_origin.as_deref(),
            Some("https://www.gccity.go.kr")
        );
        assert_eq!(config.lang, Some(Lang::Ko));
    }

    #[test]
    fn a_script_mount_has_no_parent_and_empty_settings_are_left_out() {
        let settings = Settings {
            region: None,
            centre_name: None,
            centre_phone: None,
            centre_address: None,
            lang: Lang::En,
            parent: Some("https://a.go.kr".into()),
        };
        let code = snippet(&settings, Mode::Script, &release());
        assert!(
            code.starts_with("<div data-rare-check\n     data-lang=\"en\"></div>"),
            "{code}"
        );
        let code = snippet(&settings, Mode::Iframe, &release());
        assert!(
            code.contains("?lang=en&amp;parent=https%3A%2F%2Fa.go.kr\""),
            "{code}"
        );
        assert!(
            code.contains("title=\"Rare-disease support check\""),
            "{code}"
        );
    }

    #[test]
    fn the_csp_names_the_widget_origin() {
        assert_eq!(
            csp(Mode::Script, &release()),
            ["script-src https://www.gccity.go.kr 'wasm-unsafe-eval'"]
        );
        assert_eq!(
            csp(Mode::Iframe, &release()),
            [
                "frame-src https://www.gccity.go.kr",
                "script-src https://www.gccity.go.kr"
            ]
        );
        let local = Release {
            base: "http://127.0.0.1:8080/".into(),
            ..release()
        };
        assert_eq!(local.origin(), "http://127.0.0.1:8080");
    }

    #[test]
    fn components_are_encoded_as_the_browser_does() {
        assert_eq!(
            encode_component("과천 a&b=c/d?"),
            "%EA%B3%BC%EC%B2%9C%20a%26b%3Dc%2Fd%3F"
        );
        assert_eq!(encode_component("A-z_0.9!~*'()"), "A-z_0.9!~*'()");
    }

    /// `decodeURIComponent` for the test, over UTF-8 percent escapes.
    fn decode(s: &str) -> Option<String> {
        let bytes = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' {
                out.push(u8::from_str_radix(s.get(i + 1..i + 3)?, 16).ok()?);
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8(out).ok()
    }
}
