// Shared set-up for the browser tests: the built dist/ served on 127.0.0.1, Debian's
// Chromium driven by playwright-core, and helpers that act as a visitor would.
import { readFileSync, mkdtempSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/static-server.mjs";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DIST = process.env.DIST ?? join(root, "dist");
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

// Always these flags: headless, no GPU or QUIC, no background traffic, and a resolver
// rule that keeps Chromium from reaching any host but this machine.
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
];

/**
 * The date every test page sees unless a test sets another: the widget opens on the data
 * year of the visitor's date (Asia/Seoul), so no test may depend on today's. This is the
 * day the 2026 tests were written; a test of the calendar sets its own (`newPage(path,
 * { now })`).
 */
export const TEST_NOW = "2026-12-06T10:00:00+09:00";

/** Starts the server and a browser; returns { url, browser, newPage, close }. */
export async function start() {
  if (!existsSync(join(DIST, "index.html"))) {
    throw new Error(`${DIST}/index.html is missing: run scripts/build first`);
  }
  const server = await startServer(DIST);
  const userDataDir = mkdtempSync(join(tmpdir(), "rare-check-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 360, height: 780 },
    locale: "ko-KR",
    timezoneId: "Asia/Seoul",
  });
  // Date.now() and new Date() return this in every page of the context; timers run.
  await context.clock.setFixedTime(new Date(TEST_NOW));
  return {
    url: server.url,
    context,
    /** Opens `path`; `now` sets the clock the page sees (an ISO date-time). */
    async newPage(path = "/", { now } = {}) {
      await context.clock.setFixedTime(new Date(now ?? TEST_NOW));
      const page = await context.newPage();
      const watch = watchPage(page);
      await page.goto(server.url + path);
      await page.getByRole("heading", { level: 1 }).waitFor();
      return { page, ...watch };
    },
    async close() {
      await context.close();
      await server.close();
    },
  };
}

/** Records console errors, page errors and every request the page makes. */
export function watchPage(page) {
  const errors = [];
  const warnings = [];
  const requests = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
    if (m.type() === "warning") warnings.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("request", (r) => requests.push({ url: r.url(), at: Date.now() }));
  return { errors, warnings, requests };
}

/** Runs axe-core for WCAG 2.0/2.1/2.2 A and AA; returns the violations. */
export async function axe(page) {
  // Through DevTools, not a <script>: the page's CSP rightly refuses inline scripts.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
    }));
  });
}

/** Chooses a disease in the finder by typing and picking the option, as a visitor does. */
export async function chooseDisease(page, query, name) {
  const box = page.getByRole("combobox", { name: /질환|Disease/ });
  await box.fill(query);
  await page.locator("#q-disease-list").getByRole("option", { name: new RegExp(escape(name)) }).first().click();
}

/** Chooses a 시·군·구 in the place finder by typing and picking it, as a visitor does. */
export async function choosePlace(page, query, name, scope = page) {
  const box = scope.getByRole("combobox", { name: /주민등록상 주소|Registered address/ }).first();
  await box.fill(query);
  await scope.getByRole("listbox").getByRole("option", { name: new RegExp(escape(name)) }).first().click();
}

/** Opens a collapsed part of the result by its summary, and returns it. */
export async function openDetails(scope, summary) {
  const details = scope.locator("details", { has: scope.locator("summary", { hasText: summary }) }).first();
  if ((await details.getAttribute("open")) === null) await details.locator("summary").first().click();
  return details;
}

/**
 * Fills the questions of a health-insured case, by label. `c.place` is a 시·군·구 as the
 * list writes it (default 경기도 과천시: '경기' from 2024); `c.town` answers
 * 동 or 읍·면 where the year asks.
 */
export async function fillInsuredCase(page, c) {
  if (c.year) await page.getByLabel("기준 연도").selectOption(String(c.year));
  await page.getByRole("group", { name: "희귀질환 산정특례에 등록되어 있나요?" })
    .getByLabel(c.registered === false ? "아니요" : "예").check();
  if (c.disease) await chooseDisease(page, c.diseaseQuery ?? c.disease, c.disease);
  if (c.diseaseText) await page.getByRole("combobox", { name: /질환/ }).fill(c.diseaseText);
  await page.getByLabel("환자의 만 나이").fill(String(c.age ?? 34));
  await page.getByLabel(c.coverage ?? "건강보험").check();
  if ((c.coverage ?? "건강보험") === "건강보험") {
    await choosePlace(page, c.placeQuery ?? c.place ?? "과천", c.place ?? "경기도 과천시");
    if (c.town) await page.getByLabel(c.town).check();
    await page.getByLabel("가구원 수(환자 포함)").fill(String(c.size ?? 3));
    await page.getByLabel("가구의 월 소득").fill(c.income);
    await page.getByLabel("가구의 재산").fill(c.property);
  }
}

/** The overall verdict as the page says it. */
export async function verdict(page) {
  const overall = page.locator(".overall");
  await overall.waitFor();
  return (await overall.textContent()).trim();
}

function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
