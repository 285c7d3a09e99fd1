// Realistic cases, filled in by label as a person would, with the verdict the page shows.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, fillInsuredCase, verdict, chooseDisease, openDetails } from "./harness.mjs";

let app;
before(async () => (app = await start()));
after(async () => app.close());

test("a Gaucher patient in a 3-person Gwacheon household under the 2026 limits is likely to qualify", async () => {
  const { page, errors } = await app.newPage();
  await fillInsuredCase(page, {
    year: 2026, disease: "고쉐병", diseaseQuery: "고쉐", size: 3, income: "400만", property: "1억 5000만",
  });
  assert.equal(await verdict(page), "지원받을 가능성이 높습니다");
  // The 4-major limits apply: 160% of the 2026 median for 3 people (5,359,036), rounded.
  const table = (await openDetails(page, "소득·재산 기준과 비교")).getByRole("table");
  await assert.doesNotReject(table.getByText("8,574,458", { exact: true }).waitFor());
  await assert.doesNotReject(table.getByText("공표 비율로 계산").first().waitFor());
  // The amounts typed in Korean units are read back.
  await assert.doesNotReject(page.getByText("입력한 금액: 400만원").waitFor());
  await assert.doesNotReject(page.getByText("온라인 신청: 가능").waitFor());
  assert.deepEqual(errors, []);
  await page.close();
});

test("a single adult with a rare disease earning over 140% of the 2026 median is unlikely to qualify", async () => {
  const { page, errors } = await app.newPage();
  await fillInsuredCase(page, {
    year: 2026, disease: "크라베병", diseaseQuery: "크라베", size: 1, income: "3,600,000", property: "5000만",
  });
  assert.equal(await verdict(page), "지원 대상이 아닐 가능성이 높습니다");
  // The published 2026 cell for one person (보조금24).
  const table = (await openDetails(page, "소득·재산 기준과 비교")).getByRole("table");
  await assert.doesNotReject(table.getByText("3,589,933", { exact: true }).waitFor());
  await assert.doesNotReject(table.getByText("공표 기준").first().waitFor());
  await assert.doesNotReject(table.getByText("초과").first().waitFor());
  assert.deepEqual(errors, []);
  await page.close();
});

test("a disease code that is not on the support list sends the visitor to the health centre", async () => {
  const { page, errors } = await app.newPage();
  await fillInsuredCase(page, { year: 2026, diseaseText: "Z99.9", size: 2, income: "100만", property: "3000만" });
  assert.equal(await verdict(page), "보건소 확인이 필요합니다");
  await assert.doesNotReject(page.getByText(/지원대상 질환 목록에서 찾지 못했습니다/).waitFor());
  assert.deepEqual(errors, []);
  await page.close();
});

test("someone not yet registered for 산정특례 is told to register first", async () => {
  const { page, errors } = await app.newPage();
  await fillInsuredCase(page, {
    registered: false, disease: "파브리(-앤더슨)병", diseaseQuery: "파브리", size: 2, income: "300만", property: "1억",
  });
  assert.equal(await verdict(page), "먼저 희귀질환 산정특례 등록을 하세요");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a medical-aid recipient with a severe physical disability on the caregiving list is likely to get caregiving", async () => {
  const { page, errors } = await app.newPage();
  await page.getByRole("group", { name: "희귀질환 산정특례에 등록되어 있나요?" }).getByLabel("예").check();
  await chooseDisease(page, "크라베", "크라베병");
  await page.getByLabel("환자의 만 나이").fill("40");
  await page.getByLabel("의료급여").check();
  // Household questions are not asked of medical-aid recipients.
  assert.equal(await page.getByLabel("가구의 월 소득").isVisible(), false);
  // Caregiving is asked for; its own conditions appear only then.
  assert.equal(await page.getByLabel("지체 또는 뇌병변 '장애의 정도가 심한 장애인'이에요").isVisible(), false);
  await page.getByRole("group", { name: "어떤 지원이 필요하세요?" }).getByLabel("간병비").check();
  await page.getByLabel("지체 또는 뇌병변 '장애의 정도가 심한 장애인'이에요").check();
  await page.getByRole("group", { name: "의사나 보건소가 '간병비' 대상 질환이라고 했나요?" }).getByLabel("예").check();
  assert.equal(await verdict(page), "지원받을 가능성이 높습니다");
  await assert.doesNotReject(page.getByText("온라인 신청: 불가(보건소 방문 신청)").waitFor());
  assert.deepEqual(errors, []);
  await page.close();
});

test("a bad amount shows an error by the field and in a summary that links to it, and keeps the other answers", async () => {
  const { page, errors } = await app.newPage();
  await fillInsuredCase(page, { year: 2026, disease: "고쉐병", diseaseQuery: "고쉐", size: 3, income: "사백만", property: "1억" });
  await page.getByLabel("가구의 재산").focus(); // leave the income box
  const income = page.getByLabel("가구의 월 소득");
  await income.blur();
  await assert.doesNotReject(page.locator("#q-income-error").getByText(/금액을 숫자로 입력하세요/).waitFor());
  assert.equal(await income.getAttribute("aria-invalid"), "true");
  await page.getByRole("button", { name: "결과 보기" }).click();
  const summary = page.getByRole("region", { name: "입력 내용을 확인해 주세요" });
  await assert.doesNotReject(summary.waitFor());
  assert.equal(await page.evaluate(() => document.activeElement.id), "error-summary");
  await summary.getByRole("link", { name: /가구의 월 소득/ }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), "q-income");
  // Nothing else was lost.
  assert.equal(await page.getByLabel("가구의 재산").inputValue(), "1억");
  assert.equal(await page.getByRole("combobox", { name: /질환/ }).inputValue(), "고쉐병");
  // Fixing it brings the result back.
  await income.fill("400만");
  assert.equal(await verdict(page), "지원받을 가능성이 높습니다");
  assert.deepEqual(errors, []);
  await page.close();
});
