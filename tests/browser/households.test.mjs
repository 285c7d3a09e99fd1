// Households and children that come and go (issue 21): the obligor households are
// derived from the family answers, and what is typed in one stays with it. Removing one
// for good disposes of its answers, and nothing else is lost or breaks.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, fillInsuredCase, verdict } from "./harness.mjs";

let app;
before(async () => (app = await start()));
after(async () => app.close());

const legends = (page) =>
  page.locator("fieldset.obligor > legend").evaluateAll((ls) => ls.map((l) => l.textContent.trim()));

test("a son's household keeps its figures while he moves in and out, and households removed by hand take only their own", async () => {
  const { page, errors } = await app.newPage();
  await fillInsuredCase(page, { disease: "고쉐병", diseaseQuery: "고쉐", size: 2, income: "300만", property: "1억" });

  // A married son, not on the patient's registration: his household, named, size 2.
  await page.getByRole("button", { name: "자녀 추가" }).click();
  const child = page.locator("fieldset.child").first();
  await child.getByLabel("아들").check();
  await child.getByRole("group", { name: "결혼했나요?" }).getByLabel("예(배우자가 한국 국적)").check();
  await child.getByRole("group", { name: "환자와 같은 주민등록에 있나요?" }).getByLabel("아니요").check();
  assert.deepEqual(await legends(page), ["아들 가구 (아들, 며느리: 2명)"]);
  const son = page.locator("fieldset.obligor").first();
  assert.equal(await son.getByLabel("가구원 수", { exact: true }).inputValue(), "2");
  await son.getByLabel("가구의 월 소득").fill("500만");

  // Two households added by hand, numbered among themselves.
  await page.getByRole("button", { name: "가구 직접 추가" }).click();
  await page.getByRole("button", { name: "가구 직접 추가" }).click();
  assert.deepEqual((await legends(page)).slice(1), ["직접 추가한 가구 1", "직접 추가한 가구 2"]);
  const second = page.locator("fieldset.obligor").nth(2);
  await second.getByLabel("가구의 월 소득").fill("123만");

  // He moves in: his household goes; he turns out to live apart: it comes back, figures kept.
  await child.getByRole("group", { name: "환자와 같은 주민등록에 있나요?" }).getByLabel("예").check();
  assert.deepEqual(await legends(page), ["직접 추가한 가구 1", "직접 추가한 가구 2"]);
  await child.getByRole("group", { name: /실제로는 따로 살며/ }).getByLabel("예").check();
  assert.equal((await legends(page))[0], "아들 가구 (아들, 며느리: 2명)");
  assert.equal(await page.locator("fieldset.obligor").first().getByLabel("가구의 월 소득").inputValue(), "500만");

  // Removing the first household added by hand renumbers the other and keeps its figures.
  await page.getByRole("button", { name: "직접 추가한 가구 1 삭제" }).click();
  assert.deepEqual(await legends(page), ["아들 가구 (아들, 며느리: 2명)", "직접 추가한 가구 1"]);
  assert.equal(await page.locator("fieldset.obligor").nth(1).getByLabel("가구의 월 소득").inputValue(), "123만");
  await page.getByRole("button", { name: "직접 추가한 가구 1 삭제" }).click();

  // Removing the son removes his household for good; a new son starts afresh.
  await child.getByRole("button", { name: /자녀 삭제/ }).click();
  assert.deepEqual(await legends(page), []);
  await page.getByRole("button", { name: "자녀 추가" }).click();
  const again = page.locator("fieldset.child").first();
  await again.getByLabel("아들").check();
  await again.getByRole("group", { name: "결혼했나요?" }).getByLabel("아니요").check();
  await again.getByRole("group", { name: "환자와 같은 주민등록에 있나요?" }).getByLabel("아니요").check();
  assert.equal(await page.locator("fieldset.obligor").first().getByLabel("가구의 월 소득").inputValue(), "");

  // The case still reads: the new son's household waits for its figures, then decides.
  const household = page.locator("fieldset.obligor").first();
  await household.getByLabel("가구의 월 소득").fill("200만");
  await household.getByLabel("가구의 재산").fill("1억");
  assert.match(await verdict(page), /가능성/);
  assert.deepEqual(errors, []);
  await page.close();
});
