// The hostile host, shared by the Chromium test (hostile-host.test.mjs) and the Firefox
// and WebKit tests (tests/engines/): a health centre's page whose ordinary CMS CSS, and
// worse, would restyle anything it reaches. The widget mounted there by script must look
// exactly as on its own page: the same computed styles on a fixed set of elements.

// Each rule targets what a CMS stylesheet typically targets, including the host
// <div data-rare-check> itself; some with !important.
export const HOSTILE_CSS = `
html { font-size: 62.5%; color-scheme: dark; }
* { line-height: 3; margin: 0; padding: 0; box-sizing: content-box; font-family: serif !important;
    --text: red; --accent: red; --line: red; --soft: red; }
body { background: #202020; color: #f0f0f0; font-size: 2.2rem; }
body, div { letter-spacing: 2px; word-spacing: 5px; text-align: center; text-transform: uppercase;
            direction: rtl; white-space: pre; font-style: italic; font-weight: 300;
            font-variant: small-caps; text-indent: 3em; text-shadow: 1px 1px 2px red;
            cursor: crosshair; word-break: break-all; hyphens: auto; }
div { color: red !important; font-size: 12px !important; line-height: 1 !important;
      text-decoration: underline; }
input { background: red !important; border: 5px dashed lime !important; font-size: 8px !important;
        height: 10px; padding: 20px; }
input[type="radio"] { width: 40px; height: 40px; accent-color: lime; }
a { color: pink; }
section, fieldset { border: 3px solid orange; border-radius: 0; }
label { display: inline; font-size: 9px; color: yellow; }
p { margin: 3em; }
button { background: rgb(255, 0, 0); min-height: 0; }
`;

// The same settings both ways in: the widget's own page reads them from its query, the
// script mount from data-* attributes.
export const SETTINGS = {
  region: "gyeonggi",
  year: "2026",
  "centre-name": "과천시 보건소",
  "centre-phone": "02-2150-3826",
};
export const OWN_PAGE_PATH = "/widget/?" + new URLSearchParams(SETTINGS).toString().replace(/\+/g, "%20");

/** The host page, served from its own origin; `widget` is the widget's origin. */
export function hostPage(widget, { extraHead = "" } = {}) {
  const data = Object.entries(SETTINGS).map(([k, v]) => ` data-${k}="${v}"`).join("");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
${extraHead}
<link rel="stylesheet" href="hostile.css">
<title>Hostile host</title>
</head>
<body>
<div data-rare-check id="w1"${data}></div>
<script type="module" src="${widget}/widget/rare-check.js"></script>
</body>
</html>`;
}

// What is compared, in three states of one case. Elements are picked by selector inside
// the widget (the same on both pages); the case itself is filled by label.
export const PROBES = {
  empty: {
    "widget root": ".rare-check",
    "heading (h1)": "h1",
    "section heading (h2)": ".questions h2",
    "body text (lede)": ".lede",
    "section box": ".questions section",
    "step badge": ".step-number",
    "label": ".field label",
    "hint": ".hint",
    "text input (age)": "#q-age",
    "radio": "input[type=radio]",
    "radio label": ".option label",
    "year select": "select",
    "button": "button",
    "disease finder": "input[role=combobox]",
  },
  result: {
    "verdict box (.overall)": ".overall",
    "result panel": ".result",
    "phone link": ".centre a",
    "limits table cell": "table.tests td",
  },
  error: {
    "error message": "#q-income-error",
    "input in error": "#q-income",
  },
};

export const PROPERTIES = [
  "color", "background-color", "color-scheme", "accent-color",
  "font-family", "font-size", "font-weight", "font-style", "font-variant-caps", "line-height",
  "letter-spacing", "word-spacing", "text-align", "text-transform", "text-indent", "text-shadow",
  "text-decoration-line", "direction", "white-space", "word-break", "visibility", "cursor",
  "border-top-width", "border-top-style", "border-top-color",
  "border-right-width", "border-right-style", "border-right-color",
  "border-bottom-width", "border-bottom-style", "border-bottom-color",
  "border-left-width", "border-left-style", "border-left-color", "border-top-left-radius",
  "padding-top", "padding-right", "padding-bottom", "padding-left",
  "margin-top", "margin-right", "margin-bottom", "margin-left",
  "width", "height", "box-sizing", "display",
];

/**
 * Runs in the page: computed styles of `probes` (name → selector) inside the widget,
 * found in the document (`host` null) or in the shadow root of `host`.
 */
export function collectStyles(host, probes, properties) {
  const root = host ? document.querySelector(host).shadowRoot : document;
  const out = {};
  for (const [name, selector] of Object.entries(probes)) {
    const el = root.querySelector(selector);
    if (!el) {
      out[name] = null;
      continue;
    }
    const cs = getComputedStyle(el);
    out[name] = {};
    for (const p of properties) out[name][p] = cs.getPropertyValue(p);
  }
  return out;
}

/** Every (element, property) whose value differs, or that is missing on one side. */
export function differences(own, mounted) {
  const rows = [];
  for (const [element, ownStyles] of Object.entries(own)) {
    const mountStyles = mounted[element];
    if (!ownStyles || !mountStyles) {
      rows.push({ element, property: "(element)", own: ownStyles ? "present" : "missing", mounted: mountStyles ? "present" : "missing" });
      continue;
    }
    for (const [property, value] of Object.entries(ownStyles)) {
      if (mountStyles[property] !== value) rows.push({ element, property, own: value, mounted: mountStyles[property] });
    }
  }
  return rows;
}

/** A Markdown table of the differences, for the test's message and the closing note. */
export function table(rows, title) {
  const lines = [`${title}: ${rows.length} difference(s)`];
  if (rows.length) {
    lines.push("| element | property | own page | script mount on the hostile host |", "|---|---|---|---|");
    for (const r of rows) lines.push(`| ${r.element} | ${r.property} | ${r.own} | ${r.mounted} |`);
  }
  return lines.join("\n");
}

/** The case filled on both pages: Gaucher, 3 people, likely. */
export const CASE = { year: 2026, disease: "고쉐병", diseaseQuery: "고쉐", size: 3, income: "400만", property: "1억 5000만" };
