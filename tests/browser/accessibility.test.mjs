// WCAG 2.2 AA with axe-core in each state a visitor sees, the 360-px phone layout, and
// one whole case answered with the keyboard alone.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, axe, fillInsuredCase, verdict } from "./harness.mjs";

let app;
before(async () => (app = await start()));
after(async () => app.close());

async function noSidewaysScroll(page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= client, `page scrolls sideways: ${scroll} > ${client}`);
}

test("the empty form has no axe violations and no sideways scroll at 360 px", async () => {
  const { page, errors } = await app.newPage();
  assert.deepEqual(await axe(page), []);
  await noSidewaysScroll(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ko");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a full result with an obligor household has no axe violations and fits 360 px", async () => {
  const { page, errors } = await app.newPage();
  await fillInsuredCase(page, { year: 2026, disease: "고쉐병", diseaseQuery: "고쉐", size: 3, income: "400만", property: "1억 5000만" });
  await page.getByRole("button", { name: "가구 직접 추가" }).click();
  await page.getByLabel("가구원 수", { exact: true }).first().fill("2");
  await page.getByLabel("가구의 월 소득").nth(1).fill("500만");
  await page.getByLabel("가구의 재산").nth(1).fill("3억");
  await verdict(page);
  await page.locator("details").evaluateAll((all) => all.forEach((d) => (d.open = true)));
  assert.deepEqual(await axe(page), []);
  await noSidewaysScroll(page);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the disease list open and an error shown have no axe violations", async () => {
  const { page, errors } = await app.newPage();
  await page.getByRole("combobox", { name: /질환/ }).fill("병");
  await page.getByRole("listbox").waitFor();
  assert.deepEqual(await axe(page), []);
  await noSidewaysScroll(page);
  await page.keyboard.press("Escape");
  await page.getByLabel("환자의 만 나이").fill("백살");
  await page.getByRole("button", { name: "결과 보기" }).click();
  await page.getByRole("region", { name: "입력 내용을 확인해 주세요" }).waitFor();
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("every button, option and box is at least 44 px tall", async () => {
  const { page } = await app.newPage();
  const small = await page.evaluate(() =>
    [...document.querySelectorAll("button, input[type=text], select, .option, summary")]
      .filter((el) => el.getBoundingClientRect().height > 0 && el.getBoundingClientRect().height < 44)
      .map((el) => `${el.tagName}#${el.id} ${el.getBoundingClientRect().height}`),
  );
  assert.deepEqual(small, []);
  await page.close();
});

test("a whole case can be answered with the keyboard alone", async () => {
  const { page, errors } = await app.newPage();
  const kb = page.keyboard;
  const focused = () => page.evaluate(() => document.activeElement.id || document.activeElement.tagName);
  // Tab until the given element has focus (and fail if it never does).
  async function tabTo(id) {
    for (let i = 0; i < 60; i++) {
      if ((await focused()) === id) return;
      await kb.press("Tab");
    }
    assert.fail(`Tab never reached #${id}`);
  }
  await tabTo("q-year");
  // The clock's year (2026) is chosen; the newest year heads the list.
  await kb.press("Home");
  await tabTo("q-registered");
  await kb.press("Space");
  await tabTo("q-disease");
  await kb.type("고쉐");
  await kb.press("ArrowDown");
  await kb.press("ArrowDown");
  await kb.press("Enter");
  assert.equal(await page.locator("#q-disease").inputValue(), "고쉐병");
  await tabTo("q-age");
  await kb.type("34");
  await tabTo("q-coverage");
  await kb.press("Space");
  await tabTo("q-place");
  await kb.type("과천");
  await kb.press("ArrowDown");
  await kb.press("Enter");
  assert.equal(await page.locator("#q-place").inputValue(), "경기도 과천시");
  await tabTo("q-size");
  await kb.type("3");
  await kb.press("Tab");
  await kb.type("400만");
  await tabTo("q-property");
  await kb.type("1억 5000만");
  assert.equal(await verdict(page), "지원받을 가능성이 높습니다");
  // "결과 보기" takes keyboard users straight to the result.
  await page.getByRole("button", { name: "결과 보기" }).focus();
  await kb.press("Enter");
  assert.equal(await focused(), "result-title");
  const newest = await page.locator("#q-year option").first().getAttribute("value");
  assert.notEqual(newest, "2026");
  assert.equal(await page.locator("#q-year").inputValue(), newest);
  assert.deepEqual(errors, []);
  await page.close();
});
