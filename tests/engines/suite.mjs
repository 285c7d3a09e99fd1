// The tests every non-Chromium engine runs (firefox.test.mjs, webkit.test.mjs), against the
// same build in dist/ served on 127.0.0.1: three cases filled by label, the disease finder
// by keyboard, the script mount on the hostile host against the widget's own page, the
// iframe growing with its result, the 360-px layout, no console errors, and no request to
// any host but 127.0.0.1.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../../scripts/static-server.mjs";
import {
  HOSTILE_CSS, OWN_PAGE_PATH, PROBES, PROPERTIES, CASE, hostPage, collectStyles, differences, table,
} from "../browser/hostile-host.mjs";
import { launch } from "./browsers.mjs";
import { startRecordingProxy } from "./proxy.mjs";
import { visitor, fillInsuredCase } from "./visitor.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const DIST = process.env.DIST ?? join(here, "..", "..", "dist");
const HOOK = { name: "console-hook.js", source: readFileSync(join(here, "console-hook.js"), "utf8") };
const CLOCK = { name: "fake-clock.js", source: readFileSync(join(here, "fake-clock.js"), "utf8") };
const CANARY = "rare-check-canary.invalid";
const NAMES = { firefox: "Firefox ESR", webkit: "WebKitGTK" };

export function engineTests(engine) {
  const name = NAMES[engine];
  let proxy, widget, host, browser, session;
  const served = []; // every request the two static servers saw, as "host path"

  before(async () => {
    if (!existsSync(join(DIST, "index.html"))) throw new Error(`${DIST}/index.html is missing: run scripts/build first`);
    proxy = await startRecordingProxy();
    const record = (req) => served.push(`${req.headers.host} ${req.url}`);
    widget = await startServer(DIST, 0, { prefix: "/widget/", onRequest: record, headScript: HOOK });
    // The host pages, on an origin of their own.
    const dir = mkdtempSync(join(tmpdir(), `rare-check-${engine}-host-`));
    host = await startServer(dir, 0, { onRequest: record });
    const hook = `<script src="${HOOK.name}"></script>`;
    writeFileSync(join(dir, HOOK.name), HOOK.source);
    writeFileSync(join(dir, "hostile.css"), HOSTILE_CSS);
    writeFileSync(join(dir, "index.html"), hostPage(widget.url, { extraHead: hook }));
    writeFileSync(join(dir, "frame.html"), framePage(`${widget.url}/widget/?year=2026&region=gyeonggi&parent=${encodeURIComponent(host.url)}`, widget.url, "100%", "600px", hook));
    writeFileSync(join(dir, "narrow.html"), framePage(`${widget.url}/widget/`, widget.url, "360px", "780px", hook));
    // 00:30 on 1 January 2027 in Seoul, which is still 31 December 2026 in UTC.
    writeFileSync(join(dir, CLOCK.name), CLOCK.source);
    writeFileSync(join(dir, "new-year.html"), clockPage(widget.url, "2027-01-01T00:30:00+09:00", hook));
    browser = await launch(engine, proxy);
    session = browser.session;
    // The proxy is really in the way: a page elsewhere reaches it (and its favicon, maybe
    // later). Every other request the proxy sees fails the last test.
    await session.navigate(`http://${CANARY}/`).catch(() => {});
    assert.ok(proxy.requests.some((r) => r.includes(CANARY)), `the proxy saw no canary: ${proxy.requests}`);
  });

  after(async () => {
    await browser?.close();
    await widget?.close();
    await host?.close();
    await proxy?.close();
  });

  /** Opens a page and waits for the widget's heading (in `scope`'s shadow root, if given). */
  async function open(url, scope = null) {
    await session.navigate(url);
    await session.waitFor(
      (s) => (s ? document.querySelector(s)?.shadowRoot : document)?.querySelector("h1"),
      [scope],
      { what: "the widget's heading" },
    );
    return visitor(session, scope);
  }

  /** No errors in the current document (console-hook.js), nor in BiDi's log (Firefox). */
  async function assertNoErrors(where) {
    const recorded = await session.execute(() => window.__rareCheckErrors ?? ["console-hook.js did not run"]);
    assert.deepEqual(recorded, [], `console errors in ${where}`);
    if (browser.bidiErrors) assert.deepEqual(browser.bidiErrors, [], `BiDi log errors in ${where}`);
  }

  const cases = [
    ["a Gaucher patient, 3 people, 2026", { year: 2026, disease: "고쉐병", diseaseQuery: "고쉐", size: 3, income: "400만", property: "1억 5000만" }, "지원받을 가능성이 높습니다"],
    ["a single adult with Krabbe disease over 140% of the median", { year: 2026, disease: "크라베병", diseaseQuery: "크라베", size: 1, income: "3,600,000", property: "5000만" }, "지원 대상이 아닐 가능성이 높습니다"],
    ["a code not on the support list", { year: 2026, diseaseText: "Z99.9", size: 2, income: "100만", property: "3000만" }, "보건소 확인이 필요합니다"],
  ];
  for (const [title, c, expected] of cases) {
    test(`${name}: ${title} → ${expected}`, async () => {
      const v = await open(`${widget.url}/widget/`);
      await fillInsuredCase(v, c);
      assert.equal(await v.verdict(), expected);
      await assertNoErrors("the widget's page");
    });
  }

  test(`${name}: the disease finder by keyboard (고쉐, ↓, Enter)`, async () => {
    const v = await open(`${widget.url}/widget/`);
    await v.fill("질환", "고쉐");
    await session.waitFor(() => document.querySelector("[role=listbox] [role=option]"), [], { what: "the list" });
    await v.press("질환", "ArrowDown");
    const active = await session.waitFor(() => {
      const box = document.querySelector("[role=combobox]");
      const id = box.getAttribute("aria-activedescendant");
      return id && document.getElementById(id)?.textContent;
    }, [], { what: "an active option" });
    assert.match(active, /고쉐병/);
    await v.press("질환", "Enter");
    assert.equal(await v.value("질환"), "고쉐병");
    assert.equal(await session.execute(() => document.querySelector("[role=combobox]").getAttribute("aria-expanded")), "false");
    await assertNoErrors("the widget's page");
  });

  // In the browser's window; in Firefox also at a phone's 360 px (MiniBrowser's window
  // cannot be that narrow).
  const widths = engine === "firefox" ? ["window", 360] : ["window"];
  for (const width of widths) {
    test(`${name}: the script mount on a hostile host has the own page's computed styles (${width === 360 ? "360 px" : "window"})`, async () => {
      if (width === 360) await browser.setViewport(360, 780);
      const stylesOf = async (url, scope) => {
        const v = await open(url, scope);
        const collect = (probes) => session.execute(collectStyles, scope, probes, PROPERTIES);
        const styles = { empty: await collect(PROBES.empty) };
        await fillInsuredCase(v, CASE);
        assert.equal(await v.verdict(), "지원받을 가능성이 높습니다");
        styles.result = await collect(PROBES.result);
        await v.fill("가구의 월 소득", "사백만");
        await v.leave("가구의 월 소득");
        await session.waitFor(
          (s) => (s ? document.querySelector(s).shadowRoot : document).querySelector("#q-income-error:not([hidden])"),
          [scope],
          { what: "the error message" },
        );
        styles.error = await collect(PROBES.error);
        await assertNoErrors(url);
        return styles;
      };
      try {
        const own = await stylesOf(widget.url + OWN_PAGE_PATH, null);
        const mounted = await stylesOf(host.url + "/", "#w1");
        const rows = [];
        for (const state of Object.keys(PROBES)) {
          for (const row of differences(own[state], mounted[state])) rows.push({ ...row, element: `${row.element} [${state}]` });
        }
        const report = table(rows, `${name}, ${await session.execute(() => innerWidth)} px`);
        console.log(report);
        assert.equal(rows.length, 0, `${rows.length} computed styles differ (the table is above)`);
      } finally {
        if (width === 360) await browser.setViewport(null);
      }
    });
  }

  test(`${name}: the host's iframe grows with the widget's result`, async () => {
    await session.navigate(`${host.url}/frame.html`);
    const frameHeight = () => session.execute(() => document.querySelector("iframe").getBoundingClientRect().height);
    // rare-check-frame.js sizes the iframe to the widget's first reported height.
    await session.waitFor(() => document.querySelector("iframe").getBoundingClientRect().height !== 600, [], { what: "the first height message" });
    const before = await frameHeight();
    await session.switchToFrame(await session.execute(() => document.querySelector("iframe")));
    const v = visitor(session);
    await fillInsuredCase(v, CASE);
    assert.equal(await v.verdict(), "지원받을 가능성이 높습니다");
    await assertNoErrors("the iframe");
    await session.switchToFrame(null);
    await session.waitFor((h) => document.querySelector("iframe").getBoundingClientRect().height > h + 200, [before], { what: "the iframe to grow" });
    await assertNoErrors("the host page");
  });

  test(`${name}: no sideways scroll at 360 px with a full result`, async () => {
    let v;
    if (browser.setViewport) {
      // Firefox: the window's viewport itself is a phone's.
      await browser.setViewport(360, 780);
      v = await open(`${widget.url}/widget/`);
    } else {
      // MiniBrowser's window cannot be narrower than about 447 px: a 360-px iframe is the phone.
      await session.navigate(`${host.url}/narrow.html`);
      await session.switchToFrame(await session.waitFor(() => document.querySelector("iframe")));
      await session.waitFor(() => document.querySelector("h1"), [], { what: "the widget in the iframe" });
      v = visitor(session);
    }
    try {
      await fillInsuredCase(v, CASE);
      assert.equal(await v.verdict(), "지원받을 가능성이 높습니다");
      const size = await session.execute(() => ({
        viewport: innerWidth,
        client: document.documentElement.clientWidth, // less a scrollbar, if it takes room
        scroll: document.documentElement.scrollWidth,
      }));
      assert.equal(size.viewport, 360, JSON.stringify(size));
      assert.ok(size.scroll <= size.client, `sideways scroll at 360 px: ${JSON.stringify(size)}`);
      await assertNoErrors("the 360-px page");
    } finally {
      await session.switchToFrame(null);
      if (browser.setViewport) await browser.setViewport(null);
    }
  });

  test(`${name}: on 1 January 2027 in Seoul the widget opens on 2027 and says it is provisional`, async () => {
    const v = await open(`${host.url}/new-year.html`, "#w");
    assert.equal(await v.value("기준 연도"), "2027");
    const note = await session.waitFor(
      () => document.querySelector("#w").shadowRoot.querySelector(".year-note")?.textContent,
      [],
      { what: "the year's note" },
    );
    assert.match(note, /2027년 지침 발표 전/);
    await assertNoErrors("the page on 1 January 2027");
  });

  test(`${name}: no request went to any host but 127.0.0.1`, async () => {
    assert.deepEqual(proxy.requests.filter((r) => !r.includes(CANARY)), [], "requests that tried to leave through the proxy");
    assert.ok(served.some((r) => r.includes("/widget/app-")), "the widget's script was never served?");
    for (const request of served) assert.match(request, /^127\.0\.0\.1:\d+ \//, request);
    // The page's own record of what it loaded agrees.
    await session.navigate(`${widget.url}/widget/`);
    await session.waitFor(() => document.querySelector("h1"));
    const loaded = await session.execute(() => performance.getEntriesByType("resource").map((e) => e.name));
    for (const url of loaded) assert.equal(new URL(url).hostname, "127.0.0.1", url);
    await assertNoErrors("the widget's page");
  });
}

/** A host page with the widget at `src` in an iframe, sized by rare-check-frame.js. */
function framePage(src, widget, width, height, hook) {
  return `<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
${hook}
<title>Host with an iframe</title>
<style>body { margin: 0 } iframe { display: block; border: 0; width: ${width}; height: ${height} }</style>
</head>
<body>
<iframe data-rare-check-frame title="희귀질환 의료비 지원 자가진단" src="${src}"></iframe>
<script src="${widget}/widget/rare-check-frame.js"></script>
</body>
</html>`;
}

/** A host page whose clock reads `now` (fake-clock.js), with a script mount. */
function clockPage(widget, now, hook) {
  return `<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
${hook}
<script src="fake-clock.js" data-now="${now}"></script>
<title>Host on another day</title>
</head>
<body>
<div data-rare-check id="w"></div>
<script type="module" src="${widget}/widget/rare-check.js"></script>
</body>
</html>`;
}
