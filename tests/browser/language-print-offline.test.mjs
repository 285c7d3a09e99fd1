// English and back, the A4 printout to take to the 보건소, and the offline copy.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, axe, fillInsuredCase, verdict, openDetails } from "./harness.mjs";

let app;
before(async () => (app = await start()));
after(async () => app.close());

test("switching to English and back changes the texts and <html lang>, and both pass axe", async () => {
  const { page, errors } = await app.newPage();
  await fillInsuredCase(page, { year: 2026, disease: "고쉐병", diseaseQuery: "고쉐", size: 3, income: "400만", property: "1억 5000만" });
  assert.equal(await verdict(page), "지원받을 가능성이 높습니다");

  const toEnglish = page.getByRole("button", { name: /English/ });
  assert.match(await toEnglish.getAttribute("aria-label"), /English.*영어/);
  await toEnglish.click();
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Rare-disease support check");
  assert.equal(await verdict(page), "You are likely to qualify");
  await assert.doesNotReject(page.getByLabel("Household income per month").waitFor());
  await assert.doesNotReject(page.locator("summary", { hasText: "Documents to bring" }).waitFor());
  // Reasons are English, each with a marker to its rule; the rule list keeps the Korean
  // section name.
  await openDetails(page, "Why this result?");
  await assert.doesNotReject(page.locator(".reasons li").filter({ hasText: /below every threshold, but some thresholds are estimates/ }).first().waitFor());
  const sources = await openDetails(page, "Rules and data used");
  await assert.doesNotReject(sources.locator(".cited li").filter({ hasText: /Gwacheon health-centre page, 소득재산기준/ }).first().waitFor());
  // Nothing typed was lost in the switch.
  assert.equal(await page.getByLabel("Household income per month").inputValue(), "400만");
  assert.deepEqual(await axe(page), []);

  const toKorean = page.getByRole("button", { name: /한국어/ });
  assert.match(await toKorean.getAttribute("aria-label"), /한국어.*Korean/);
  await toKorean.click();
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ko");
  assert.equal(await verdict(page), "지원받을 가능성이 높습니다");
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the printout is one A4 page with the verdict, reasons, limits, documents, answers, data year and date, and no inputs", async () => {
  const { page, errors } = await app.newPage();
  // A full case: an obligor household, renting and a car, so the printout is as long as it gets.
  await fillInsuredCase(page, { year: 2026, disease: "고쉐병", diseaseQuery: "고쉐", size: 4, income: "500만", property: "2억", place: "서울특별시 종로구", placeQuery: "종로" });
  await page.getByLabel("전세나 월세로 살고 있어요").check();
  await page.getByLabel("가구에 자동차가 있어요").check();
  await page.getByRole("button", { name: "가구 직접 추가" }).click();
  await page.getByLabel("가구원 수", { exact: true }).first().fill("2");
  await page.getByLabel("가구의 월 소득").nth(1).fill("600만");
  await page.getByLabel("가구의 재산").nth(1).fill("4억");
  await verdict(page);
  await assert.doesNotReject(page.getByRole("button", { name: "인쇄 / 결과 저장" }).waitFor());

  await page.emulateMedia({ media: "print" });
  const visible = (selector) => page.locator(selector).first().isVisible();
  assert.equal(await visible(".overall"), true);
  assert.equal(await visible(".reasons"), true);
  assert.equal(await visible("table.tests"), true);
  assert.equal(await visible(".checklist"), true);
  assert.equal(await visible(".answers"), true);
  assert.equal(await visible(".data-year"), true);
  assert.equal(await visible(".centres"), true);
  assert.match(await page.locator(".checked-on").textContent(), /확인한 날짜: \d{4}-\d{2}-\d{2}/);
  const shownControls = await page.evaluate(() =>
    [...document.querySelectorAll("input, select, button, textarea")].filter((el) => el.getClientRects().length > 0).length,
  );
  assert.equal(shownControls, 0, "inputs or buttons are printed");
  // Tick boxes for the documents.
  const tick = await page.locator(".checklist li").first().evaluate((li) => getComputedStyle(li, "::before").content);
  assert.match(tick, /☐/);

  const pages = async () => {
    const pdf = await page.pdf({ format: "A4", printBackground: false });
    return (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  };
  assert.equal(await pages(), 1, "the Korean printout is longer than one page");
  // English runs longer; it must fit too.
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("button", { name: /English/ }).click();
  await page.emulateMedia({ media: "print" });
  assert.equal(await pages(), 1, "the English printout is longer than one page");
  assert.deepEqual(errors, []);
  await page.close();
});

test("after one visit the widget loads and answers a case with the network off", async () => {
  const { page, errors } = await app.newPage();
  // The service worker installs the offline copy and takes control.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(async () => (await caches.keys()).some((k) => k.startsWith("rare-check-")));
  const cached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith("rare-check-")));
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  // Only the widget's own files.
  assert.ok(cached.every((p) => /^\/(index\.html|app-[0-9a-f]+\.js|rare-check(-frame)?\.js)?$/.test(p)), cached.join(" "));

  await app.context.setOffline(true);
  try {
    await page.reload();
    await page.getByRole("heading", { level: 1 }).waitFor();
    await fillInsuredCase(page, { year: 2026, disease: "크라베병", diseaseQuery: "크라베", size: 1, income: "360만", property: "5000만" });
    assert.equal(await verdict(page), "지원 대상이 아닐 가능성이 높습니다");
  } finally {
    await app.context.setOffline(false);
  }
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), []);
  await page.close();
});

test("a new release replaces the offline copy and deletes the old one", async () => {
  const { cpSync, mkdtempSync, readFileSync, writeFileSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const { startServer } = await import("../../scripts/static-server.mjs");
  const { DIST } = await import("./harness.mjs");
  const dir = mkdtempSync(join(tmpdir(), "rare-check-release-"));
  cpSync(DIST, dir, { recursive: true });
  const server = await startServer(dir);
  const page = await app.context.newPage();
  try {
    await page.goto(server.url + "/");
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cacheNames = () => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("rare-check-")));
    await page.waitForFunction(async () => (await caches.keys()).some((k) => k.startsWith("rare-check-")));
    const [first] = await cacheNames();
    // The next release: the same files, a new release name in sw.js.
    const sw = readFileSync(join(dir, "sw.js"), "utf8");
    writeFileSync(join(dir, "sw.js"), sw.replaceAll(first, "rare-check-nextrelease"));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.waitForFunction(async () => {
      const keys = (await caches.keys()).filter((k) => k.startsWith("rare-check-"));
      return keys.length === 1 && keys[0] === "rare-check-nextrelease";
    }, null, { timeout: 10000 });
  } finally {
    await page.close();
    await server.close();
  }
});
