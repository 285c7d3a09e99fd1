// Nothing a visitor types may leave the device: every request is recorded, and none goes
// anywhere but this machine, and none happens after the page's own files have loaded.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, fillInsuredCase, verdict, chooseDisease } from "./harness.mjs";

let app;
before(async () => (app = await start()));
after(async () => app.close());

test("the page loads only its own files from 127.0.0.1 and makes no request while a case is answered", async () => {
  const { page, requests, errors } = await app.newPage();
  await page.waitForLoadState("load");
  const loaded = requests.length;
  const origin = new URL(app.url).origin;
  for (const { url } of requests) {
    assert.equal(new URL(url).origin, origin, `a request left the page's origin: ${url}`);
  }
  assert.ok(loaded === 2, `expected the page and its one script, got ${requests.map((r) => r.url)}`);

  await fillInsuredCase(page, { year: 2026, disease: "고쉐병", diseaseQuery: "ㄱㅅ", size: 4, income: "550만", property: "3억", place: "서울특별시 종로구", placeQuery: "종로" });
  await page.getByLabel("전세나 월세로 살고 있어요").check();
  await page.getByRole("button", { name: "가구 직접 추가" }).click();
  await page.getByLabel("가구원 수", { exact: true }).first().fill("2");
  await page.getByLabel("가구의 월 소득").nth(1).fill("600만");
  await page.getByLabel("가구의 재산").nth(1).fill("4억");
  assert.match(await verdict(page), /가능성이 높습니다|확인이 필요합니다|아닐 가능성/);
  await page.getByRole("button", { name: "English" }).click();
  await page.waitForTimeout(200);
  assert.equal(requests.length, loaded, `requests after load: ${requests.slice(loaded).map((r) => r.url)}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test("nothing is stored: no cookies, no local or session storage, no IndexedDB", async () => {
  const { page } = await app.newPage();
  await chooseDisease(page, "파브리", "파브리(-앤더슨)병");
  await page.getByLabel("환자의 만 나이").fill("50");
  const stored = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
  }));
  assert.deepEqual(stored, { cookie: "", local: 0, session: 0, idb: 0 });
  assert.deepEqual(await app.context.cookies(), []);
  await page.close();
});

test("the Content-Security-Policy allows no connections and scripts only from the site", async () => {
  const { page } = await app.newPage();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  const directives = Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives["connect-src"], ["'none'"]);
  assert.deepEqual(directives["default-src"], ["'none'"]);
  assert.deepEqual(directives["script-src"], ["'self'", "'wasm-unsafe-eval'"]);
  // And the browser enforces it: a fetch from the page is refused.
  const refused = await page.evaluate(() => fetch("./").then(() => false, () => true));
  assert.equal(refused, true);
  // No script or style comes from another host, and none is inline.
  const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).length);
  assert.equal(inline, 0);
  await page.close();
});
