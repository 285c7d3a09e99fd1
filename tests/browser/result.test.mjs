// The answer-first result (issue 13), the form's submit (issue 14) and the expert
// centres (issue 16), on a 360-px phone.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { start, axe, fillInsuredCase, verdict, openDetails, choosePlace } from "./harness.mjs";
import { startServer } from "../../scripts/static-server.mjs";

let app;
before(async () => (app = await start()));
after(async () => app.close());

const GAUCHER = { disease: "고쉐병", diseaseQuery: "고쉐", size: 3, income: "400만", property: "1억 5000만" };

/** Where the verdict can be read right now: the result's own line, or the bar. */
async function verdictOnScreen(page) {
  return page.evaluate(() => {
    const find = (sel) => {
      const hosts = [document, ...[...document.querySelectorAll("[data-rare-check]")].map((h) => h.shadowRoot)];
      for (const root of hosts) {
        const el = root?.querySelector(sel);
        if (el) return el;
      }
      return null;
    };
    const inView = (el) => {
      if (!el || el.closest("[hidden]")) return false;
      const r = el.getBoundingClientRect();
      return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
    };
    const overall = find(".overall");
    const bar = find(".verdict-bar");
    let focused = document.activeElement;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    const f = focused.getBoundingClientRect();
    return {
      overall: inView(overall) ? overall.textContent.trim() : null,
      bar: inView(bar) ? bar.querySelector(".bar-verdict").textContent.trim() : null,
      // WCAG 2.4.11: the focused field is not hidden behind the bar.
      focusCovered: inView(bar) && f.bottom > bar.getBoundingClientRect().top,
      focused: focused.id,
    };
  });
}

test("right after the last answer at 360 px the verdict is on screen, and the bar hides no focused field", async () => {
  const { page, errors } = await app.newPage();
  await fillInsuredCase(page, GAUCHER);
  const expected = await verdict(page);
  await page.getByLabel("가구의 재산").focus();
  const seen = await verdictOnScreen(page);
  assert.equal(seen.focused, "q-property");
  assert.equal(seen.overall ?? seen.bar, expected);
  assert.equal(seen.focusCovered, false);
  // Every field of the form, focused, stays clear of the bar.
  for (const id of ["q-age", "q-size", "q-income", "q-property"]) {
    await page.locator(`#${id}`).focus();
    assert.equal((await verdictOnScreen(page)).focusCovered, false, `${id} is under the bar`);
  }
  // The bar's link takes the visitor to the result.
  await page.locator(".verdict-bar a").click();
  assert.equal(await page.evaluate(() => document.activeElement.id), "result-title");
  assert.deepEqual(errors, []);
  await page.close();
});

test("in a host page's script mount at 360 px, the verdict is on screen after the last answer", async () => {
  const dir = mkdtempSync(join(tmpdir(), "rare-check-result-host-"));
  writeFileSync(join(dir, "index.html"), `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1"><title>보건소</title></head>
    <body><h1>과천시 보건소</h1><p>희귀질환자 의료비 지원사업 안내</p>
    <div data-rare-check></div><p>보건소 연락처</p>
    <script type="module" src="${app.url}/rare-check.js"></script></body></html>`);
  const host = await startServer(dir);
  // A failed check must not leave the server up, or the test file never ends.
  try {
    const page = await app.context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(host.url + "/");
    await page.getByRole("heading", { name: "희귀질환 의료비 지원 자가진단" }).waitFor();
    await fillInsuredCase(page, GAUCHER);
    const expected = await verdict(page);
    const seen = await verdictOnScreen(page);
    assert.equal(seen.overall ?? seen.bar, expected);
    assert.equal(seen.focusCovered, false);
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    await host.close();
  }
});

/** "3억 2,863만원", as the widget writes a whole number of 만원. */
function koWon(won) {
  const eok = Math.floor(won / 1e8);
  const man = Math.round((won % 1e8) / 1e4);
  const parts = [];
  if (eok) parts.push(`${eok}억`);
  if (man) parts.push(`${man.toLocaleString("en")}만`);
  return `${parts.join(" ")}원`;
}

/** The tests table: who, kind, value and limit of each row. */
async function tests(page) {
  const details = await openDetails(page, "소득·재산 기준과 비교");
  return details.locator("table.tests tbody tr").evaluateAll((trs) =>
    trs.map((tr) => ({
      who: tr.querySelector("th").firstChild.textContent.trim(),
      kind: tr.querySelector(".test-kind").textContent.trim(),
      value: Number(tr.children[1].textContent.replace(/,/g, "")),
      limit: Number(tr.querySelector(".amount").textContent.replace(/,/g, "")),
    })),
  );
}

test("the margin to each limit, in plain words: income and property, passed and failed, patient and obligor", async () => {
  const { page, errors } = await app.newPage();
  await fillInsuredCase(page, { ...GAUCHER, size: 2, income: "300만", property: "1억" });
  await page.getByRole("button", { name: "가구 직접 추가" }).click();
  const household = page.locator("fieldset.obligor").first();
  await household.getByLabel("가구원 수", { exact: true }).fill("2");
  await household.getByLabel("가구의 월 소득").fill("500만");
  await household.getByLabel("가구의 재산").fill("20억");
  await verdict(page);
  const rows = await tests(page);
  const margins = await page.locator(".result .margins li").allTextContents();
  assert.equal(margins.length, rows.length);
  const particle = { "월 소득": "월 소득이", 재산: "재산이" };
  rows.forEach((r, i) => {
    // Room to spare is rounded down to 만원, an excess up: neither promises too much.
    const text = r.value < r.limit
      ? `${r.who}: ${particle[r.kind]} ${koWon(Math.floor((r.limit - 1 - r.value) / 1e4) * 1e4)} 더 많아도 기준 안입니다`
      : `${r.who}: ${particle[r.kind]} 기준보다 ${koWon(Math.ceil((r.value - r.limit) / 1e4) * 1e4)} 많습니다`;
    assert.ok(margins[i].startsWith(text), `row ${i}: "${margins[i]}" should start "${text}"`);
  });
  // The obligor's property is over; the estimated limits say so.
  assert.match(margins[3], /^아버지|^가구 1|가구/);
  assert.match(margins[3], /기준보다 .+ 많습니다 \(추정 기준\)$/);

  // And an income over its limit.
  await page.getByLabel("가구의 월 소득").first().fill("700만");
  const over = (await page.locator(".result .margins li").allTextContents())[0];
  const [patientIncome] = await tests(page);
  assert.equal(over, `환자 가구: 월 소득이 기준보다 ${koWon(Math.ceil((patientIncome.value - patientIncome.limit) / 1e4) * 1e4)} 많습니다`);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the picture's text alternative carries the table's numbers, and it fits 360 px", async () => {
  const { page, errors } = await app.newPage();
  await fillInsuredCase(page, GAUCHER);
  await verdict(page);
  const rows = await tests(page);
  const chart = page.locator("svg.chart").first();
  const title = await chart.locator("title").textContent();
  const numbers = [...title.matchAll(/[\d,]{4,}/g)].map((m) => Number(m[0].replace(/,/g, "")));
  assert.deepEqual(numbers, rows.flatMap((r) => [r.value, r.limit]));
  assert.equal(await chart.getAttribute("role"), "img");
  const box = await chart.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 360, `the chart is ${box.width} px wide at ${box.x}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test("an item the visitor did not ask for is not shown as a refusal", async () => {
  const { page, errors } = await app.newPage();
  // Caregiving needs a disability this patient does not have: asked for, it is refused.
  await fillInsuredCase(page, GAUCHER);
  await verdict(page);
  const summary = page.locator(".result .items-summary");
  assert.doesNotMatch(await summary.textContent(), /간병비|지원 어려움/);
  const others = await openDetails(page, "다른 지원 항목");
  assert.match(await others.textContent(), /간병비/);
  await page.getByLabel("간병비").check();
  assert.match(await summary.textContent(), /간병비/);
  await page.getByLabel("간병비").uncheck();
  assert.doesNotMatch(await summary.textContent(), /간병비/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the Gaucher case at 360 px is at most 5,000 px tall with the details closed", async (t) => {
  const { page, errors } = await app.newPage();
  await fillInsuredCase(page, GAUCHER);
  await verdict(page);
  const height = () => page.evaluate(() => document.documentElement.scrollHeight);
  const korean = await height();
  await page.getByRole("button", { name: /English/ }).click();
  const english = await height();
  t.diagnostic(`page height at 360 px: Korean ${korean} px, English ${english} px`);
  assert.ok(korean <= 5000, `the Korean page is ${korean} px tall`);
  assert.ok(english <= 5000, `the English page is ${english} px tall`);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the result passes axe with its details closed and open, in both languages, and opens by keyboard", async () => {
  const { page, errors } = await app.newPage();
  await fillInsuredCase(page, GAUCHER);
  await verdict(page);
  for (const lang of ["ko", "en"]) {
    if (lang === "en") await page.getByRole("button", { name: /English/ }).click();
    const summaries = page.locator(".result details.more > summary");
    const count = await summaries.count();
    assert.ok(count >= 5);
    for (let i = 0; i < count; i++) assert.equal(await summaries.nth(i).evaluate((s) => s.parentElement.open), false);
    assert.deepEqual(await axe(page), [], `${lang}, closed`);
    for (let i = 0; i < count; i++) {
      await summaries.nth(i).focus();
      await page.keyboard.press("Enter");
      assert.equal(await summaries.nth(i).evaluate((s) => s.parentElement.open), true);
    }
    assert.deepEqual(await axe(page), [], `${lang}, open`);
    // Closed again from the last, so that no summary is inside a closed parent.
    for (let i = count - 1; i >= 0; i--) {
      await summaries.nth(i).focus();
      await page.keyboard.press("Enter");
    }
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test("결과 보기 submits without reloading: to the first unanswered question, the error summary, or the result", async () => {
  const { page, errors } = await app.newPage();
  await page.evaluate(() => (window.__stillHere = true));
  const show = page.getByRole("button", { name: "결과 보기" });
  assert.equal(await show.getAttribute("type"), "submit");
  const focused = () => page.evaluate(() => document.activeElement.id);

  await show.click();
  assert.equal(await focused(), "q-registered");

  await fillInsuredCase(page, { ...GAUCHER, income: "사백만" });
  await show.click();
  assert.equal(await focused(), "error-summary");
  assert.match(await page.locator("#error-summary").textContent(), /가구의 월 소득/);

  await page.getByLabel("가구의 월 소득").fill("400만");
  await show.focus();
  await page.keyboard.press("Enter");
  assert.equal(await focused(), "result-title");
  assert.equal(await page.evaluate(() => window.__stillHere), true, "the page reloaded");
  assert.deepEqual(errors, []);
  await page.close();
});

test("과천 shows the 경기·인천 expert centres, in Korean and English; 울산 is sent to its nearest 권역; nothing before a place", async () => {
  const { page, errors } = await app.newPage();
  await fillInsuredCase(page, { ...GAUCHER, place: undefined, placeQuery: undefined });
  await verdict(page);
  const centres = page.locator(".result .centres");
  // fillInsuredCase chose 과천 (경기도).
  await assert.doesNotReject(centres.waitFor());
  const ko = await centres.textContent();
  assert.match(ko, /가까운 희귀질환 전문기관 \(질병관리청 지정\)/);
  assert.match(ko, /경기·인천 권역: 분당서울대학교병원, 아주대학교병원, 인하대학교병원/);
  assert.match(ko, /helpline\.kdca\.go\.kr/);
  assert.match(ko, /2024~2026년 지정 목록입니다/);
  assert.deepEqual(await axe(page), []);
  await page.getByRole("button", { name: /English/ }).click();
  const en = await centres.textContent();
  assert.match(en, /Expert centres near you/);
  assert.match(en, /Gyeonggi and Incheon region/);
  assert.match(en, /분당서울대학교병원/);
  assert.deepEqual(await axe(page), []);
  await page.getByRole("button", { name: /한국어/ }).click();

  await choosePlace(page, "울산 중구", "울산광역시 중구");
  assert.match(await centres.textContent(), /울산에는 지정된 전문기관이 없어.+부산·경남 권역/);

  // Outside the list's period, it says so.
  await page.getByLabel("기준 연도").selectOption("2027");
  await assert.doesNotReject(page.locator(".result .centres").waitFor());
  assert.match(await centres.textContent(), /2024~2026년 지정 목록으로, 2027년에는 달랐을 수 있습니다/);
  assert.deepEqual(errors, []);
  await page.close();
});
