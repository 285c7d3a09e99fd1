// Where the household lives (issue 10), the still-to-answer list (issue 11) and the
// family helper (issue 12), as a visitor on a 360-px phone uses them.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, axe, fillInsuredCase, verdict, choosePlace, openDetails } from "./harness.mjs";

let app;
before(async () => (app = await start()));
after(async () => app.close());

const noSidewaysScroll = (page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** The property limit of each household in the tests table, by its row name. */
async function propertyLimits(page) {
  const details = await openDetails(page, "소득·재산 기준과 비교");
  const rows = await details.locator("table.tests tbody tr").evaluateAll((trs) =>
    trs.map((tr) => ({
      who: tr.querySelector("th").firstChild.textContent.trim(),
      kind: tr.querySelector(".test-kind").textContent.trim(),
      limit: Number(tr.querySelector(".amount").textContent.replace(/,/g, "")),
    })),
  );
  return rows.filter((r) => r.kind === "재산");
}

test("a visitor types 과천, picks it with the keyboard, and sees the place's tier and a verdict", async () => {
  const { page, errors } = await app.newPage();
  await page.getByRole("group", { name: "희귀질환 산정특례에 등록되어 있나요?" }).getByLabel("예").check();
  await page.getByRole("combobox", { name: /질환/ }).fill("고쉐");
  await page.locator("#q-disease-list").getByRole("option", { name: /고쉐병/ }).first().click();
  await page.getByLabel("환자의 만 나이").fill("34");
  await page.getByLabel("건강보험").check();

  const place = page.getByRole("combobox", { name: /주민등록상 주소/ });
  await place.focus();
  await page.keyboard.type("과천");
  await page.getByRole("option", { name: /경기도 과천시/ }).waitFor();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  assert.equal(await place.inputValue(), "경기도 과천시");
  assert.equal(await place.getAttribute("aria-expanded"), "false");
  // 2026 is the default year: 과천 is in the 경기 tier of the 2024 model.
  assert.match(await page.locator(".tier-line").first().textContent(), /경기도 과천시: 2026년 기준 '경기' 지역/);

  await page.getByLabel("가구원 수(환자 포함)").fill("3");
  await page.getByLabel("가구의 월 소득").fill("400만");
  await page.getByLabel("가구의 재산").fill("1억 5000만");
  assert.match(await verdict(page), /지원받을 가능성이 높습니다/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("an obligor household in another 시·도 is held to that place's tier", async () => {
  const { page, errors } = await app.newPage();
  await fillInsuredCase(page, { disease: "고쉐병", diseaseQuery: "고쉐", size: 2, income: "300만", property: "1억" });
  await page.getByRole("button", { name: "가구 직접 추가" }).click();
  const household = page.locator("fieldset.obligor").first();
  await household.getByLabel("가구원 수", { exact: true }).fill("2");
  await household.getByLabel("가구의 월 소득").fill("300만");
  await household.getByLabel("가구의 재산").fill("5억");

  // Left empty, the household is where the patient lives.
  const atHome = await propertyLimits(page);
  assert.equal(atHome.length, 2);

  await choosePlace(page, "종로", "서울특별시 종로구", household);
  assert.match(await household.locator(".tier-line").textContent(), /서울특별시 종로구: 2026년 기준 '서울' 지역/);
  const inSeoul = await propertyLimits(page);
  // The patient's limit stays; the obligor's follows Seoul's higher base.
  assert.equal(inSeoul[0].limit, atHome[0].limit);
  assert.ok(inSeoul[1].limit > atHome[1].limit, `Seoul ${inSeoul[1].limit} should be above 경기 ${atHome[1].limit}`);

  await choosePlace(page, "과천", "경기도 과천시", household);
  assert.equal((await propertyLimits(page))[1].limit, atHome[1].limit);
  assert.deepEqual(errors, []);
  await page.close();
});

test("places and tiers pass axe and fit 360 px, in Korean and in English", async () => {
  const { page, errors } = await app.newPage();
  await fillInsuredCase(page, { disease: "고쉐병", diseaseQuery: "고쉐", size: 2, income: "300만", property: "1억", year: 2026, place: "경기도 가평군", placeQuery: "가평" });
  await page.getByRole("button", { name: "가구 직접 추가" }).click();
  await choosePlace(page, "종로", "서울특별시 종로구", page.locator("fieldset.obligor").first());
  assert.deepEqual(await axe(page), []);
  assert.ok(await noSidewaysScroll(page));
  await page.getByRole("button", { name: /English/ }).click();
  assert.match(await page.locator(".tier-line").first().textContent(), /경기도 가평군: '.+' tier in 2026/);
  assert.deepEqual(await axe(page), []);
  assert.ok(await noSidewaysScroll(page));
  assert.deepEqual(errors, []);
  await page.close();
});

test("the still-to-answer list follows the answers", async () => {
  const { page, errors } = await app.newPage();
  const missing = () => page.locator(".waiting ul li").allTextContents();
  await fillInsuredCase(page, { disease: "고쉐병", diseaseQuery: "고쉐", size: 3, income: "400만", property: "" });
  assert.deepEqual(await missing(), ["가구의 재산"]);

  await page.getByLabel("환자의 만 나이").fill("");
  assert.deepEqual(await missing(), ["환자의 만 나이", "가구의 재산"]);

  await page.getByLabel("가구의 재산").fill("1억 5000만");
  assert.deepEqual(await missing(), ["환자의 만 나이"]);
  // Each entry takes the visitor to its question.
  await page.locator(".waiting ul li a").first().click();
  assert.equal(await page.evaluate(() => document.activeElement.id), "q-age");

  await page.getByLabel("환자의 만 나이").fill("34");
  assert.match(await verdict(page), /지원받을 가능성이 높습니다/);
  assert.equal(await page.locator(".waiting").count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a married patient with living parents and parents-in-law, by keyboard at 360 px: one named obligor household, online application closed", async () => {
  const { page, errors } = await app.newPage();
  await fillInsuredCase(page, { disease: "고쉐병", diseaseQuery: "고쉐", size: 2, income: "300만", property: "1억" });

  // From the last household question, by keyboard alone.
  await page.getByLabel("가구에 자동차가 있어요").focus();
  const tabTo = async (name) => {
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press("Tab");
      const here = await page.evaluate(() => {
        const el = document.activeElement;
        return el.labels?.[0]?.textContent.trim() ?? el.textContent.trim();
      });
      if (here === name) return;
    }
    throw new Error(`Tab never reached ${name}`);
  };
  await tabTo("아니요(미혼이거나 이혼)");
  await page.keyboard.press("ArrowDown"); // 예, 배우자가 있어요
  assert.equal(await page.getByLabel("예, 배우자가 있어요").isChecked(), true);
  await tabTo("살아 계심"); // 아버지
  await page.keyboard.press("Space");
  await tabTo("살아 계심"); // 어머니
  await page.keyboard.press("Space");
  await tabTo("예"); // 부모님이 환자와 같은 주민등록에…
  await page.keyboard.press("ArrowRight"); // 아니요
  assert.equal(await page.getByRole("group", { name: /부모님이 환자와/ }).getByLabel("아니요").isChecked(), true);

  // Parents-in-law are not asked about: the helper says why they are not obligors.
  const households = page.locator("fieldset.obligor");
  await assert.doesNotReject(households.first().waitFor());
  assert.equal(await households.count(), 1);
  assert.equal((await households.first().locator("legend").first().textContent()).trim(), "아버지·어머니 가구 (2명)");
  assert.match(await page.locator(".questions").textContent(), /배우자의 부모님: 결혼한 환자의 배우자의 부모는 부양의무자가 아닙니다/);

  await tabTo("가구의 월 소득");
  await page.keyboard.type("250만");
  await tabTo("가구의 재산");
  await page.keyboard.type("3억");
  assert.match(await verdict(page), /가능성이 높습니다|확인이 필요합니다/);
  assert.match(await page.locator(".result .next .online").textContent(), /온라인 신청: 불가/);
  assert.match(await page.locator(".result .margins").textContent(), /아버지·어머니 가구 \(2명\): 월 소득이/);
  assert.ok(await noSidewaysScroll(page));
  assert.deepEqual(await axe(page), []);
  await page.getByRole("button", { name: /English/ }).click();
  assert.equal((await households.first().locator("legend").first().textContent()).trim(), "Father and Mother's household (2 people)");
  assert.match(await page.locator(".result .next .online").textContent(), /Online application: not open/);
  assert.deepEqual(await axe(page), []);
  assert.ok(await noSidewaysScroll(page));
  assert.deepEqual(errors, []);
  await page.close();
});
