// A rule the government ends is a change of data (issue 20): scripts/check-new-year
// builds the widget with a synthetic year whose file says `applies = false` under
// [rules.obligor_test], into dist-synthetic/, and runs this against it. Nothing in the
// code knows that year: the family section, the obligor tests, the obligor documents
// and the bar to applying online must all follow the flag.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, fillInsuredCase, verdict, openDetails } from "../browser/harness.mjs";

const YEAR = process.env.SYNTHETIC_YEAR;
let app;
before(async () => {
  assert.ok(YEAR, "SYNTHETIC_YEAR is set by scripts/check-new-year");
  app = await start();
});
after(() => app?.close());

test("in a year without the obligor test the widget asks nothing about the family and opens online application", async () => {
  // A visitor on 1 March of that year gets it by the clock.
  const { page, errors } = await app.newPage("/", { now: `${YEAR}-03-01T10:00:00+09:00` });
  assert.equal(await page.locator("#q-year").inputValue(), YEAR);
  await fillInsuredCase(page, { disease: "크라베병", diseaseQuery: "크라베", size: 3, income: "200만", property: "1억" });
  assert.equal(await verdict(page), "지원받을 가능성이 높습니다");

  // No family section: the questions end with the household, numbered 1 to 4.
  assert.equal(await page.getByRole("heading", { name: /가족과 부양의무자/ }).count(), 0);
  const shown = await page.locator("section h2 .step-number:visible").allTextContents();
  assert.deepEqual(shown, ["1", "2", "3", "4"]);
  // Nothing assumed about a family the year does not ask about.
  assert.equal(await page.getByText("따로 사는 부모·자녀", { exact: false }).count(), 0);

  // Online application is open, and no obligor test, document or note appears.
  await page.getByText("온라인 신청: 가능").waitFor();
  const tests = await openDetails(page, "소득·재산 기준과 비교");
  assert.doesNotMatch(await tests.textContent(), /부양의무자/);
  const documents = await openDetails(page, "챙겨 갈 서류");
  assert.doesNotMatch(await documents.textContent(), /부양의무자/);
  assert.deepEqual(errors, []);
});
