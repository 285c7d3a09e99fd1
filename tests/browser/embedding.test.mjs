// A health centre's page on one origin embeds the widget, served from another origin
// under a sub-path, both ways: an iframe sized by postMessage, and two script mounts.
// The host's CSS is hostile on purpose.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mkdtempSync as mkdtemp2 } from "node:fs";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/static-server.mjs";
import { DIST, CHROMIUM_ARGS, watchPage, TEST_NOW } from "./harness.mjs";

let widget, host, context, page, watch;

function hostPage(w, h) {
  const frameSrc = `${w}/widget/?region=gyeonggi&parent=${encodeURIComponent(h)}` +
    `&centre-name=${encodeURIComponent("과천시 보건소")}&centre-phone=02-2150-3826&year=2026`;
  return `<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${w} 'wasm-unsafe-eval'; frame-src ${w}; style-src 'self'; connect-src 'none'; img-src 'self' data:">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="hostile.css">
<title>과천시 보건소</title>
</head>
<body>
<h1 class="host-title">과천시 보건소 희귀질환 의료비 지원</h1>
<p class="host-text">Host paragraph</p>
<input class="host-input" value="host">
<button class="host-button" type="button">Host button</button>
<iframe data-rare-check-frame id="frame" title="희귀질환 의료비 지원 자가진단" src="${frameSrc}"></iframe>
<div data-rare-check id="w1" data-region="gyeonggi" data-centre-name="과천시 보건소" data-centre-phone="02-2150-3826" data-year="2026"></div>
<div data-rare-check id="w2" data-region="moon" data-lang="en" data-year="2026"></div>
<script src="recorder.js"></script>
<script src="${w}/widget/rare-check-frame.js"></script>
<script type="module" src="${w}/widget/rare-check.js"></script>
</body>
</html>`;
}

const HOSTILE_CSS = `
* { font-family: serif !important; box-sizing: content-box; }
input { display: none; }
body { font-size: 40px; }
button { background: rgb(255, 0, 0); }
iframe { width: 100%; height: 600px; border: 0; }
`;

before(async () => {
  widget = await startServer(DIST, 0, { prefix: "/widget/" });
  const dir = mkdtempSync(join(tmpdir(), "rare-check-host-"));
  host = await startServer(dir);
  writeFileSync(join(dir, "index.html"), hostPage(widget.url, host.url));
  writeFileSync(join(dir, "hostile.css"), HOSTILE_CSS);
  writeFileSync(join(dir, "recorder.js"),
    "window.__messages = []; addEventListener('message', (e) => __messages.push({ origin: e.origin, data: e.data }));");
  context = await chromium.launchPersistentContext(mkdtemp2(join(tmpdir(), "rare-check-chromium-")), {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1024, height: 900 },
  });
  await context.clock.setFixedTime(new Date(TEST_NOW));
  page = await context.newPage();
  watch = watchPage(page);
  await page.goto(host.url + "/");
  await page.locator("#w1").getByRole("heading", { level: 1 }).waitFor();
  await page.frameLocator("#frame").getByRole("heading", { level: 1 }).waitFor();
});
after(async () => {
  await context?.close();
  await widget?.close();
  await host?.close();
});

async function fillCase(scope, income) {
  await scope.getByRole("group", { name: "희귀질환 산정특례에 등록되어 있나요?" }).getByLabel("예").check();
  await scope.getByRole("combobox", { name: /질환/ }).fill("고쉐");
  await scope.locator("#q-disease-list").getByRole("option", { name: /고쉐병/ }).first().click();
  await scope.getByLabel("환자의 만 나이").fill("34");
  await scope.getByLabel("건강보험").check();
  await scope.getByLabel("가구원 수(환자 포함)").fill("3");
  await scope.getByLabel("가구의 월 소득").fill(income);
  await scope.getByLabel("가구의 재산").fill("1억");
}

test("a script-mounted widget renders inside the host page and answers a case", async () => {
  const w1 = page.locator("#w1");
  await fillCase(w1, "400만");
  // The tier came preset from data-region; fillCase never chose a place.
  await assert.doesNotReject(w1.getByText("이 홈페이지는 지역을 2026년 기준 '경기'(으)로 정해 두었습니다", { exact: false }).waitFor());
  assert.equal((await w1.locator(".overall").textContent()).trim(), "지원받을 가능성이 높습니다");
  // The health centre named by the host shows under "how to apply".
  await assert.doesNotReject(w1.locator(".centre").getByText("과천시 보건소").waitFor());
  await assert.doesNotReject(w1.getByRole("link", { name: "02-2150-3826" }).waitFor());
});

test("two widgets on one page keep their own answers, language and warnings", async () => {
  const w2 = page.locator("#w2");
  // data-lang="en"; data-region="moon" was ignored with a console warning.
  await assert.doesNotReject(w2.getByRole("heading", { level: 1, name: /support check/ }).waitFor());
  assert.equal(await w2.getByRole("combobox", { name: /Registered address/ }).inputValue(), "");
  assert.ok(watch.warnings.some((w) => w.includes('region "moon"')), JSON.stringify(watch.warnings));
  assert.equal(await w2.getByLabel("Household income per month").isVisible(), false, "w1's coverage answer leaked into w2");
  assert.equal(await w2.locator(".overall").count(), 0);
  assert.equal(await page.locator("#w1").locator(".overall").count(), 1);
});

test("the host's CSS does not restyle the widget, and the widget's CSS does not leak out", async () => {
  const styles = await page.evaluate(() => {
    const cs = (el) => getComputedStyle(el);
    const w1 = document.querySelector("#w1").shadowRoot;
    const input = w1.querySelector("#q-age");
    return {
      hostInputDisplay: cs(document.querySelector(".host-input")).display,
      hostTextFont: cs(document.querySelector(".host-text")).fontFamily,
      hostButtonMinHeight: cs(document.querySelector(".host-button")).minHeight,
      hostButtonBackground: cs(document.querySelector(".host-button")).backgroundColor,
      widgetInputDisplay: cs(input).display,
      widgetInputBoxSizing: cs(input).boxSizing,
      widgetFont: cs(w1.querySelector(".rare-check")).fontFamily,
      widgetFontSize: cs(w1.querySelector(".rare-check")).fontSize,
    };
  });
  assert.equal(styles.hostInputDisplay, "none");
  assert.equal(styles.hostTextFont, "serif");
  assert.ok(["auto", "0px"].includes(styles.hostButtonMinHeight), styles.hostButtonMinHeight);
  assert.equal(styles.hostButtonBackground, "rgb(255, 0, 0)");
  assert.equal(styles.widgetInputDisplay, "block");
  assert.equal(styles.widgetInputBoxSizing, "border-box");
  assert.doesNotMatch(styles.widgetFont, /^serif$/);
  assert.equal(styles.widgetFontSize, "17px");
});

test("the iframe grows with its result, and the host receives only height messages from it", async () => {
  const frameHeight = () => page.locator("#frame").evaluate((f) => f.getBoundingClientRect().height);
  await page.waitForFunction(() => window.__messages.length > 0);
  // The host script applies the height as the message arrives; give it that moment.
  await page.waitForFunction(() => document.querySelector("#frame").getBoundingClientRect().height > 600, null, { timeout: 5000 }).catch(() => {});
  const before = await frameHeight();
  assert.ok(before > 600, `the iframe was not sized to its content: ${before}`);
  const frame = page.frameLocator("#frame");
  await fillCase(frame, "400만");
  assert.equal((await frame.locator(".overall").textContent()).trim(), "지원받을 가능성이 높습니다");
  await page.waitForFunction((h) => document.querySelector("#frame").getBoundingClientRect().height > h + 200, before);
  const messages = await page.evaluate(() => window.__messages);
  for (const { origin, data } of messages) {
    assert.equal(origin, widget.url);
    assert.deepEqual(Object.keys(data).sort(), ["height", "type"]);
    assert.equal(data.type, "rare-check:height");
    assert.equal(typeof data.height, "number");
  }
  // Nothing the visitor typed is in any message.
  assert.doesNotMatch(JSON.stringify(messages), /고쉐|4000000|400만/);
});

test("height messages from the wrong origin or window are ignored", async () => {
  const frame = page.locator("#frame");
  const before = await frame.evaluate((f) => f.getBoundingClientRect().height);
  await page.evaluate(() => window.postMessage({ type: "rare-check:height", height: 77 }, "*"));
  await page.waitForTimeout(100);
  assert.equal(await frame.evaluate((f) => f.getBoundingClientRect().height), before);
});

test("every request goes to 127.0.0.1, and the widget works from a sub-path", async () => {
  for (const { url } of watch.requests) {
    assert.equal(new URL(url).hostname, "127.0.0.1", url);
  }
  assert.ok(watch.requests.some((r) => r.url.startsWith(`${widget.url}/widget/app-`)));
  assert.deepEqual(watch.errors, []);
});
