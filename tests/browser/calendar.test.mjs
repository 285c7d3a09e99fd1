// The visitor's calendar (issue 20): the data year of their date in Seoul, the year's
// provisional or out-of-date note, what the verdict assumed, and places renamed in 2026.
// Each test sets the clock: none depends on today's date.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, fillInsuredCase, verdict, choosePlace } from "./harness.mjs";

let app;
before(async () => (app = await start()));
after(async () => app.close());

const year = (page) => page.locator("#q-year").inputValue();
const yearNote = (page) => page.locator(".year-note");

test("on 31 December 2026 in Seoul the widget opens on 2026, with no note", async () => {
  const { page, errors } = await app.newPage("/", { now: "2026-12-31T23:30:00+09:00" });
  assert.equal(await year(page), "2026");
  assert.equal(await yearNote(page).isVisible(), false);
  assert.deepEqual(errors, []);
  await page.close();
});

test("at 00:30 on 1 January 2027 in Seoul (still 2026 in UTC) it opens on 2027 and says the figures are provisional", async () => {
  const { page, errors } = await app.newPage("/", { now: "2026-12-31T15:30:00Z" });
  assert.equal(await year(page), "2027");
  assert.match(await yearNote(page).textContent(), /2027년 지침 발표 전: 2027년 기준 중위소득에 2026년 기준을 적용한 잠정 결과입니다/);
  // The verdict says it too, beside itself.
  await fillInsuredCase(page, { disease: "크라베병", diseaseQuery: "크라베", size: 3, income: "780만", property: "1억" });
  // 7,800,000 won for 3 people: under 2027's 140% line (8,005,327), over 2026's.
  assert.equal(await verdict(page), "지원받을 가능성이 높습니다");
  assert.match(await page.locator(".result .assumptions").textContent(), /2027년 지침 발표 전/);
  await page.getByLabel("기준 연도").selectOption("2026");
  assert.equal(await verdict(page), "지원 대상이 아닐 가능성이 높습니다");
  assert.doesNotMatch(await page.locator(".result .assumptions").textContent(), /지침 발표 전/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("on 1 March 2028, past the newest year, it opens on 2027 and says the figures may be out of date", async () => {
  const { page, errors } = await app.newPage("/", { now: "2028-03-01T10:00:00+09:00" });
  assert.equal(await year(page), "2027");
  const note = await yearNote(page).textContent();
  assert.match(note, /오늘은 2028년이지만 이 도구에는 2027년 기준까지만 있어/);
  await page.getByRole("button", { name: /English/ }).click();
  assert.match(await yearNote(page).textContent(), /It is 2028, but this tool's figures go up to 2027 only/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("with the family unanswered the verdict says what it assumed, in the result and the bar, until the family is answered", async () => {
  const { page, errors } = await app.newPage();
  await fillInsuredCase(page, { disease: "크라베병", diseaseQuery: "크라베", size: 3, income: "200만", property: "1억" });
  assert.equal(await verdict(page), "지원받을 가능성이 높습니다");
  const assumptions = page.locator(".result .assumptions");
  const family = assumptions.locator("li", { hasText: "따로 사는 부모·자녀가 없다고 보고 판단했습니다" });
  await family.waitFor();
  // Its link takes the visitor to the family's first question.
  await family.getByRole("link", { name: "5단계에 답하면 확정됩니다" }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), "q-married");
  // The bar, shown while the result is out of view, names the assumptions in a few words.
  await page.locator(".verdict-bar").waitFor();
  assert.match(await page.locator(".verdict-bar .bar-assumptions").textContent(), /^가정: 가족 미응답 · 재산 기준 추정/);

  await page.getByRole("group", { name: "환자는 결혼했나요?" }).getByLabel("아니요").check();
  await page.getByRole("group", { name: "아버지", exact: true }).getByLabel("돌아가심").check();
  await page.getByRole("group", { name: "어머니", exact: true }).getByLabel("돌아가심").check();
  await assert.doesNotReject(family.waitFor({ state: "detached" }));
  assert.doesNotMatch(await page.locator(".verdict-bar .bar-assumptions").textContent(), /가족 미응답/);
  // The estimated property limits are still named.
  assert.match(await assumptions.textContent(), /재산 기준액은 공표된 표가 없어 산식으로 추정했습니다/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("광주광역시 북구 and 전남광주통합특별시 북구 find the same place and tier; the finder shows the new name", async () => {
  const { page, errors } = await app.newPage();
  await fillInsuredCase(page, { disease: "크라베병", diseaseQuery: "크라베", size: 3, income: "200만", property: "1억", place: "전남광주통합특별시 북구", placeQuery: "광주 북구" });
  const option = page.locator("#q-place-list [role=option]").first();
  const tierLine = page.locator(".tier-line").first();
  await assert.doesNotReject(tierLine.getByText("전남광주통합특별시 북구: 2026년 기준 '광역시·세종·창원' 지역").waitFor());
  const byOldName = await tierLine.textContent();
  // Typed in full by the new name, and by the old one: the same place, the same tier.
  for (const name of ["전남광주통합특별시 북구", "광주광역시 북구"]) {
    await page.getByRole("combobox", { name: /주민등록상 주소/ }).fill(name);
    if (name.startsWith("광주")) {
      await assert.doesNotReject(option.getByText("옛 이름 광주광역시 북구").waitFor());
      assert.match(await option.textContent(), /전남광주통합특별시 북구/);
      await option.click();
    }
    await page.keyboard.press("Escape");
    assert.equal(await tierLine.textContent(), byOldName);
  }
  // A doubt note says the new 특별시's tier is not announced yet.
  assert.match(await page.locator(".result").textContent(), /아직 발표되지 않아/);
  assert.deepEqual(errors, []);
  await page.close();
});
