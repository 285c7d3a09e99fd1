// The webmaster's page (issue 22): dist/embed.html makes the code that puts the widget on
// a health centre's site. It loads clean and stays on its own host; the place finder puts
// the place in the code; a value the widget would drop is an error on its field, not a
// console warning; the copied code, pasted into a host page on another origin under a
// strict Content-Security-Policy, gives a working widget with that place chosen; axe
// finds nothing, with an error showing and in English.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { start, axe, watchPage } from "./harness.mjs";
import { startServer } from "../../scripts/static-server.mjs";

let app;
before(async () => (app = await start()));
after(async () => app.close());

/** Opens the embed page and waits for its code. */
async function open() {
  const opened = await app.newPage("/embed.html");
  await opened.page.locator("#embed-code").waitFor();
  return opened;
}

const code = (page) => page.getByLabel("홈페이지에 붙여 넣을 코드").inputValue();

/** Picks a 시·군·구 in the page's place finder with the keyboard, as a webmaster might. */
async function pickPlace(page, query, name) {
  const box = page.getByRole("combobox", { name: "보건소가 맡는 시·군·구" });
  await box.fill(query);
  await page.getByRole("option", { name: new RegExp(name) }).first().waitFor();
  await box.press("ArrowDown");
  await box.press("Enter");
  assert.equal(await box.inputValue(), name);
}

/** A host page on another origin, with a strict CSP that lets in only the widget's site. */
async function hostWith(snippet, widget) {
  const dir = mkdtempSync(join(tmpdir(), "rare-check-embed-host-"));
  writeFileSync(join(dir, "index.html"), `<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${widget} 'wasm-unsafe-eval'; frame-src ${widget}; style-src 'self'; img-src 'self' data:; connect-src 'none'; base-uri 'none'">
<link rel="icon" href="data:,">
<title>과천시 보건소</title>
</head>
<body>
<h1>과천시 보건소 희귀질환 의료비 지원</h1>
${snippet}
</body>
</html>`);
  return startServer(dir);
}

/** Answers a Gaucher case in the widget, as in embedding.test.mjs; the place is preset. */
async function answerCase(scope) {
  await scope.getByRole("group", { name: "희귀질환 산정특례에 등록되어 있나요?" }).getByLabel("예").check();
  await scope.getByRole("combobox", { name: /질환/ }).fill("고쉐");
  await scope.locator("#q-disease-list").getByRole("option", { name: /고쉐병/ }).first().click();
  await scope.getByLabel("환자의 만 나이").fill("34");
  await scope.getByLabel("건강보험").check();
  await scope.getByLabel("가구원 수(환자 포함)").fill("3");
  await scope.getByLabel("가구의 월 소득").fill("400만");
  await scope.getByLabel("가구의 재산").fill("1억");
  await scope.locator(".overall").waitFor();
  return (await scope.locator(".overall").textContent()).trim();
}

test("embed.html loads with no console error, stores nothing, and asks only its own host", async () => {
  const { page, errors, warnings, requests } = await open();
  // The previews load the widget too; wait for both before counting.
  for (const id of ["#preview-phone", "#preview-desktop"]) {
    await page.frameLocator(id).locator("[data-rare-check]").getByRole("heading", { level: 1 }).waitFor();
  }
  const origin = new URL(app.url).origin;
  for (const { url } of requests) assert.equal(new URL(url).origin, origin, `a request left the page's origin: ${url}`);
  assert.deepEqual(errors, []);
  assert.deepEqual(warnings, []);
  const stored = await page.evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }));
  assert.deepEqual(stored, { cookie: "", local: 0, session: 0 });
  // The release and its data years are on the page, with the newest changelog entry.
  await assert.doesNotReject(page.getByText(/^배포판 \d+\.\d+\.\d+$/).waitFor());
  await assert.doesNotReject(page.locator(".years li", { hasText: "(잠정)" }).first().waitFor());
  await assert.doesNotReject(page.locator(".changelog h4").first().waitFor());
  // The widget's own policy, with frames from its own site for the preview.
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.match(csp, /connect-src 'none'/);
  assert.match(csp, /frame-src 'self'/);
  await page.close();
});

test("picking 과천 puts 경기도 과천시 in the code; a bad phone is an error on its field, not in the console", async () => {
  const { page, errors, warnings } = await open();
  await pickPlace(page, "과천", "경기도 과천시");
  assert.match(await code(page), /data-region="경기도 과천시"/);
  await assert.doesNotReject(page.getByText("위젯은 '경기도 과천시'을(를) 골라 둔 채 열립니다.").waitFor());

  const phone = page.getByLabel("전화번호");
  await phone.fill("02-2150-3826 내선 1");
  await phone.press("Tab");
  assert.equal(await phone.getAttribute("aria-invalid"), "true");
  const error = page.locator("#embed-phone-error");
  assert.match(await error.textContent(), /숫자와 - \+ \( \) 공백만/);
  assert.match(await phone.getAttribute("aria-describedby"), /embed-phone-error/);
  // The widget would drop it, so the code leaves it out.
  assert.doesNotMatch(await code(page), /data-centre-phone/);
  // Copy with the error left shows the summary, with a link to the field, and copies nothing.
  await page.getByRole("button", { name: "코드 복사" }).click();
  const summary = page.getByRole("region", { name: "입력 내용을 확인해 주세요" });
  await assert.doesNotReject(summary.getByRole("link", { name: /^전화번호:/ }).waitFor());
  await page.waitForFunction(() => document.activeElement?.id === "embed-errors");

  await phone.fill("02-2150-3826");
  assert.equal(await phone.getAttribute("aria-invalid"), "false");
  assert.match(await code(page), /data-centre-phone="02-2150-3826"/);
  // A place the widget would ignore is said on the field, with the places meant.
  const place = page.getByRole("combobox", { name: "보건소가 맡는 시·군·구" });
  await place.fill("중구");
  await place.press("Escape");
  await place.press("Tab");
  await assert.doesNotReject(page.locator("#embed-place-error", { hasText: "서울특별시 중구" }).waitFor());
  assert.doesNotMatch(await code(page), /data-region/);
  assert.deepEqual(errors, []);
  assert.deepEqual(warnings.filter((w) => w.includes("rare-check")), []);
  await page.close();
});

test("the copied code, pasted into a host page on another origin under a strict CSP, is a working widget with the place chosen", async () => {
  const widget = new URL(app.url).origin;
  await app.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: widget });
  const { page } = await open();
  await pickPlace(page, "과천", "경기도 과천시");
  await page.getByLabel("보건소 이름").fill("과천시 보건소");
  await page.getByLabel("전화번호").fill("02-2150-3826");
  await page.getByLabel("보건소 주소").fill("경기도 과천시 관문로 69");
  await page.getByRole("button", { name: "코드 복사" }).click();
  await assert.doesNotReject(page.getByRole("status").getByText("복사했습니다.").waitFor());
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await code(page));
  assert.match(copied, /integrity="sha384-[A-Za-z0-9+/=]+"/);
  assert.doesNotMatch(copied, /data-year/);

  // The script mount.
  const host = await hostWith(copied, widget);
  try {
    const hostPage = await app.context.newPage();
    const watch = watchPage(hostPage);
    await hostPage.goto(host.url + "/");
    const mount = hostPage.locator("[data-rare-check]");
    await mount.getByRole("heading", { level: 1 }).waitFor();
    assert.equal(await mount.getByRole("combobox", { name: "주민등록상 주소" }).inputValue(), "경기도 과천시");
    assert.match(await answerCase(mount), /지원받을 가능성이 높습니다/);
    await assert.doesNotReject(mount.locator(".centre").getByText("과천시 보건소").waitFor());
    await assert.doesNotReject(mount.getByRole("link", { name: "02-2150-3826" }).waitFor());
    assert.deepEqual(watch.errors, []);
    for (const { url } of watch.requests) assert.equal(new URL(url).hostname, "127.0.0.1", url);
    await hostPage.close();
  } finally {
    await host.close();
  }

  // The iframe, told the host's origin for its height messages. The host's server reads
  // its files on each request, so its page is written once its address is known.
  await page.getByLabel(/^iframe:/).check();
  const dir = mkdtempSync(join(tmpdir(), "rare-check-embed-frame-"));
  const frameHost = await startServer(dir);
  try {
    await page.getByLabel("홈페이지 주소 (iframe 높이 맞춤)").fill(frameHost.url);
    const iframeCode = await code(page);
    assert.match(iframeCode, /^<iframe data-rare-check-frame/);
    assert.match(iframeCode, /rare-check-frame\.js" integrity="sha384-/);
    writeFileSync(join(dir, "index.html"), `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${widget}; frame-src ${widget}; img-src 'self' data:; connect-src 'none'; base-uri 'none'">
<link rel="icon" href="data:,"><title>보건소</title></head><body><h1>보건소</h1>
${iframeCode}
</body></html>`);
    const hostPage = await app.context.newPage();
    const watch = watchPage(hostPage);
    await hostPage.goto(frameHost.url + "/");
    const frame = hostPage.frameLocator("iframe[data-rare-check-frame]");
    await frame.getByRole("heading", { level: 1 }).waitFor();
    assert.equal(await frame.getByRole("combobox", { name: "주민등록상 주소" }).inputValue(), "경기도 과천시");
    assert.match(await answerCase(frame), /지원받을 가능성이 높습니다/);
    await assert.doesNotReject(frame.locator(".centre").getByText("과천시 보건소").waitFor());
    // rare-check-frame.js sizes the iframe to the widget, which tells this origin alone.
    await hostPage.waitForFunction(() => document.querySelector("iframe[data-rare-check-frame]").getBoundingClientRect().height !== 2400);
    assert.deepEqual(watch.errors, []);
    await hostPage.close();
  } finally {
    await frameHost.close();
  }
  await page.close();
});

test("axe finds nothing on the page, with errors showing and in English, and nothing scrolls sideways at 360 px", async () => {
  const { page } = await open();
  await page.getByLabel("전화번호").fill("abc");
  await page.getByRole("button", { name: "코드 복사" }).click();
  await page.getByRole("region", { name: "입력 내용을 확인해 주세요" }).waitFor();
  assert.deepEqual(await axe(page), []);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 360, `the page is ${wide} px wide at 360 px`);
  // Every control a finger needs is at least 44 px tall.
  for (const target of [page.getByRole("button", { name: "코드 복사" }), page.getByRole("button", { name: /English/ }), page.getByLabel("전화번호")]) {
    const box = await target.boundingBox();
    assert.ok(box.height >= 44, `${await target.evaluate((e) => e.outerHTML.slice(0, 60))} is ${box.height} px tall`);
  }

  await page.getByRole("button", { name: "English (영어로 보기)" }).click();
  await page.getByRole("heading", { level: 1, name: "Put the self-check on your site" }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  assert.equal(await page.getByLabel("Phone number").inputValue(), "abc", "switching kept what was typed");
  await assert.doesNotReject(page.locator("#embed-phone-error", { hasText: "digits" }).waitFor());
  assert.deepEqual(await axe(page), []);
  await page.close();
});
