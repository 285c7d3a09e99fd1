// The disease finder: found by Korean, 초성, English or code, chosen with the keyboard,
// and the choice decides which limits apply.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, axe, verdict, choosePlace, openDetails } from "./harness.mjs";

let app;
before(async () => (app = await start()));
after(async () => app.close());

const finder = (page) => page.getByRole("combobox", { name: /질환/ });

test("typing 고쉐 and choosing with the keyboard fills the case and uses the 4-major limits", async () => {
  const { page, errors } = await app.newPage();
  await page.getByLabel("기준 연도").selectOption("2026");
  await finder(page).fill("고쉐");
  const list = page.getByRole("listbox");
  await list.waitFor();
  assert.equal(await finder(page).getAttribute("aria-expanded"), "true");
  await page.keyboard.press("ArrowDown");
  const active = await finder(page).getAttribute("aria-activedescendant");
  assert.match(await page.locator(`#${active}`).textContent(), /고쉐병/);
  await page.keyboard.press("Enter");
  assert.equal(await finder(page).inputValue(), "고쉐병");
  assert.equal(await finder(page).getAttribute("aria-expanded"), "false");
  await assert.doesNotReject(page.getByText(/4대 질환: 더 높은/).waitFor());

  await page.getByRole("group", { name: "희귀질환 산정특례에 등록되어 있나요?" }).getByLabel("예").check();
  await page.getByLabel("환자의 만 나이").fill("30");
  await page.getByLabel("건강보험").check();
  await choosePlace(page, "과천", "경기도 과천시");
  await page.getByLabel("가구원 수(환자 포함)").fill("1");
  await page.getByLabel("가구의 월 소득").fill("400만");
  await page.getByLabel("가구의 재산").fill("1억");
  assert.equal(await verdict(page), "지원받을 가능성이 높습니다");
  // 2026, 1 person, 160%: 4,102,781 (the rare-disease limit, 3,589,933, would fail).
  const tests = await openDetails(page, "소득·재산 기준과 비교");
  await assert.doesNotReject(tests.getByRole("table").getByText("4,102,781", { exact: true }).waitFor());
  assert.deepEqual(errors, []);
  await page.close();
});

test("초성, English and code queries find the disease, and the count is announced", async () => {
  const { page } = await app.newPage();
  const options = () => page.locator("#q-disease-list").getByRole("option").allTextContents();
  await finder(page).fill("ㅍㅂㄹ");
  await page.getByRole("listbox").waitFor();
  assert.match((await options())[0], /파브리\(-앤더슨\)병/);
  await finder(page).fill("GAUCHER");
  assert.match((await options())[0], /고쉐병/);
  await finder(page).fill("e752");
  const e752 = await options();
  assert.ok(e752.some((o) => /니만-피크병/.test(o)) && e752.some((o) => /고쉐병/.test(o)));
  const status = await page.locator("#q-disease-status").textContent();
  assert.match(status, /\d+개 질환/);
  await finder(page).fill("zzzzqqq");
  assert.equal(await page.locator("#q-disease-status").textContent(), "일치하는 질환이 없습니다.");
  await page.close();
});

test("an ambiguous code asks for the disease by name", async () => {
  const { page } = await app.newPage();
  await finder(page).fill("E75.2");
  await page.keyboard.press("Escape");
  await page.getByLabel("환자의 만 나이").focus();
  await assert.doesNotReject(page.getByText(/여러 질환에 해당합니다\. 질환 이름으로 고르세요: .*고쉐병/).waitFor());
  assert.equal(await finder(page).getAttribute("aria-invalid"), "true");
  await page.close();
});

test("Hangul typed through an IME composition searches without breaking the composition", async () => {
  const { page } = await app.newPage();
  await finder(page).focus();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Input.imeSetComposition", { text: "ㄱ", selectionStart: 1, selectionEnd: 1 });
  await cdp.send("Input.imeSetComposition", { text: "고", selectionStart: 1, selectionEnd: 1 });
  await page.getByRole("listbox").waitFor();
  await cdp.send("Input.insertText", { text: "고" });
  await cdp.send("Input.imeSetComposition", { text: "쉐", selectionStart: 1, selectionEnd: 1 });
  await cdp.send("Input.insertText", { text: "쉐" });
  assert.equal(await finder(page).inputValue(), "고쉐");
  assert.match((await page.locator("#q-disease-list").getByRole("option").allTextContents())[0], /고쉐병/);
  await page.close();
});

test("the open list passes axe", async () => {
  const { page } = await app.newPage();
  await finder(page).fill("혈우");
  await page.getByRole("listbox").waitFor();
  await page.keyboard.press("ArrowDown");
  assert.deepEqual(await axe(page), []);
  await page.close();
});

test("the option the arrow keys make active is scrolled into the list's view, down and back up", async () => {
  const { page, errors } = await app.newPage();
  await finder(page).fill("병");
  const list = page.getByRole("listbox");
  await list.waitFor();
  const count = await list.getByRole("option").count();
  assert.ok(count >= 6, `${count} options`);
  // Where the active option is against the list's visible box, and against the viewport.
  const activeInView = () => page.evaluate(() => {
    const list = document.querySelector("#q-disease-list");
    const active = document.getElementById(document.querySelector("#q-disease").getAttribute("aria-activedescendant"));
    const a = active.getBoundingClientRect();
    const l = list.getBoundingClientRect();
    return a.top >= l.top - 1 && a.bottom <= l.bottom + 1 && a.top >= 0 && a.bottom <= window.innerHeight;
  });
  // All the way down (the list shows about four), then up to the top again.
  for (let i = 0; i < count; i++) {
    await page.keyboard.press("ArrowDown");
    assert.ok(await activeInView(), `option ${i + 1} of ${count} is out of view`);
  }
  for (let i = count - 1; i > 0; i--) {
    await page.keyboard.press("ArrowUp");
    assert.ok(await activeInView(), `option ${i} of ${count} is out of view`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});
