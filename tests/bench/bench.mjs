// The performance benchmark (issue 7): download size, start-up, input-to-result and
// keystroke-to-options times in headless Chromium, and the native criterion figures.
// It reports; it asserts no timing. It fails only when the site does not load.
//
// Usage: node tests/bench/bench.mjs [--runs N] [--inputs N] [--json FILE]
// (scripts/bench builds the release site and runs criterion first; see docs/performance.md).
import { readFileSync, readdirSync, writeFileSync, mkdtempSync, existsSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/static-server.mjs";
import { CHROMIUM_ARGS, DIST, fillInsuredCase } from "../browser/harness.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(opt("--runs", 7));
const INPUTS = Number(opt("--inputs", 240));
const JSON_OUT = opt("--json", null);
const THROTTLE = 4;
const FLOOR = process.env.FLOOR_DIST ?? join(root, "target", "floor-dist");
const KiB = 1024;

// ---------------------------------------------------------------- download

const gzip = (b) => zlib.gzipSync(b, { level: 9 }).length;
const brotli = (b) =>
  zlib.brotliCompressSync(b, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: b.length },
  }).length;

function sizes(dir, name) {
  const bytes = readFileSync(join(dir, name));
  return { name, raw: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes) };
}

// ---------------------------------------------------------------- browser

async function launch({ serviceWorkers = "block" } = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), "rare-check-bench-"));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 360, height: 780 },
    locale: "ko-KR",
    // A service worker would answer later runs from its copy and hide the download;
    // only the repeat visit with the offline copy allows it.
    serviceWorkers,
  });
}

// Runs in the page before any of its scripts. It records performance.now() (time since
// navigation start) at the first moment the first question can be answered: an enabled
// radio button is in the DOM (the floor's: its button), in the document or in an open
// shadow root. A
// MutationObserver sees every insertion, so no polling delay is added.
function usableProbe(selector) {
  const roots = [document];
  const check = () => {
    if (window.__usableAt !== undefined) return;
    for (const r of roots) {
      if (r.querySelector(selector)) {
        window.__usableAt = performance.now();
        observer.disconnect();
        return;
      }
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const shadow = attach.call(this, init);
    roots.push(shadow);
    observer.observe(shadow, { childList: true, subtree: true, attributes: true });
    return shadow;
  };
}

// Runs in the page too: notes when WebAssembly.instantiate is called. The app's script
// calls it first for the LZMA decoder and then for the unpacked app, so the time between
// the two is what unpacking costs (scripts/bundle.mjs).
function unpackProbe() {
  const instantiate = WebAssembly.instantiate;
  window.__instantiateAt = [];
  WebAssembly.instantiate = function (...args) {
    window.__instantiateAt.push(performance.now());
    return instantiate.apply(this, args);
  };
}

/**
 * Time from navigation start to the first usable question, ms, at 4× CPU throttle, and
 * (on the app) the time spent unpacking its WebAssembly. `cache`: with the browser's
 * HTTP cache (a repeat visit) instead of without it (a first visit).
 */
const USABLE = 'input[type="radio"]:not([disabled])';

async function startupOnce(context, url, { selector = USABLE, cache = false } = {}) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: !cache });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
  await page.addInitScript(usableProbe, selector);
  await page.addInitScript(unpackProbe);
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: "load" });
  const at = await page.waitForFunction(() => window.__usableAt, null, { timeout: 60_000 }).then((h) => h.jsonValue());
  const calls = await page.evaluate(() => window.__instantiateAt);
  await page.close();
  if (errors.length) throw new Error(`page errors at ${url}: ${errors.join("; ")}`);
  return { at, unpack: calls.length >= 2 ? calls[1] - calls[0] : null };
}

/** A static page of `bytes` bytes whose only content is a first question with radios. */
function staticPage(bytes) {
  const dir = mkdtempSync(join(tmpdir(), "rare-check-static-"));
  const head = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>static</title></head><body><!--`;
  const tail = `--><fieldset><legend>희귀질환 산정특례에 등록되어 있나요?</legend><label><input type="radio" name="r" value="y">예</label><label><input type="radio" name="r" value="n">아니요</label></fieldset></body></html>`;
  // The padding comes before the question, so the question is there only once every
  // byte has arrived and been parsed, as in the app.
  const pad = Math.max(0, bytes - Buffer.byteLength(head + tail));
  let filler = "";
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 ";
  let x = 12345;
  for (let i = 0; i < pad; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    filler += alphabet[x % alphabet.length];
  }
  writeFileSync(join(dir, "index.html"), head + filler + tail);
  return dir;
}

/** Every file a page fetches from its own server, as the browser saw it, with sizes. */
async function download(context, url, dir) {
  const fetched = new Set();
  const probe = await context.newPage();
  probe.on("requestfinished", (r) => {
    const u = new URL(r.url());
    if (u.origin === url) fetched.add(decodeURIComponent(u.pathname).replace(/^\//, "") || "index.html");
  });
  await probe.goto(url + "/");
  await probe.waitForTimeout(1000);
  await probe.close();
  const files = [...fetched].filter((f) => existsSync(join(dir, f))).sort().map((f) => sizes(dir, f));
  const total = files.reduce(
    (t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  return { files, total };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};

// Runs in the page: sets the field's value, dispatches `input` as typing does, and
// measures until the widget's DOM stops changing. `dom` is from just before the dispatch
// to the last DOM mutation it caused (Leptos updates in the event handler and in
// microtasks right after it). `layout` adds forcing style and layout of the widget, so it
// is what the browser needs before it can paint (painting itself is not included).
async function measureInput([input, widget, value]) {
  let last = -1;
  const observer = new MutationObserver(() => (last = performance.now()));
  observer.observe(widget, { childList: true, subtree: true, characterData: true, attributes: true });
  const t0 = performance.now();
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  const sync = performance.now();
  await new Promise((r) => setTimeout(r, 0));
  const mutated = last >= 0 ? last : sync;
  const l0 = performance.now();
  widget.getBoundingClientRect();
  void document.body.offsetHeight;
  const layout = performance.now() - l0;
  observer.disconnect();
  return { dom: mutated - t0, layout: mutated - t0 + layout, changed: last >= 0 };
}

// The finder's version: from the keystroke to its options in the DOM and laid out. The
// result follows in the next frame (`next_frame` in src/form/combobox.rs), so only the
// list is watched, and layout is forced as the list changes, before that frame.
async function measureOptions([input, list, value]) {
  let last = -1;
  let laidOut = -1;
  const observer = new MutationObserver(() => {
    last = performance.now();
    list.getBoundingClientRect();
    void list.offsetHeight;
    laidOut = performance.now();
  });
  observer.observe(list, { childList: true, subtree: true, characterData: true, attributes: true });
  const t0 = performance.now();
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  const sync = performance.now();
  await new Promise((r) => setTimeout(r, 0));
  observer.disconnect();
  return last >= 0
    ? { dom: last - t0, layout: laidOut - t0, changed: true }
    : { dom: sync - t0, layout: sync - t0, changed: false };
}

/** Income values typed digit by digit and erased, so the verdict flips back and forth. */
function incomeSequence(n) {
  const targets = ["1500000", "9800000", "3200000", "25000000", "4700000", "12000000"];
  const out = [];
  for (let t = 0; out.length < n; t++) {
    const v = targets[t % targets.length];
    for (let i = 1; i <= v.length; i++) out.push(v.slice(0, i));
    for (let i = v.length - 1; i >= 1; i--) out.push(v.slice(0, i));
  }
  return out.slice(0, n);
}

/** Disease-finder queries typed keystroke by keystroke (jamo as an IME composes them). */
function finderSequence(n) {
  const words = [
    ["ㄱ", "고", "곳", "고쉐", "고쉡", "고쉐병"],
    ["ㅍ", "ㅍㅂ", "ㅍㅂㄹ"],
    ["E", "E7", "E75", "E75.", "E75.2"],
    ["g", "ga", "gau", "gauc", "gauch", "gauche", "gaucher"],
    ["ㅂ", "벼", "병"],
    ["f", "fa", "fab", "fabr", "fabry"],
    ["ㄴ", "니", "니ㅁ", "니마", "니만"],
  ];
  const out = [];
  for (let w = 0; out.length < n; w++) out.push(...words[w % words.length], "");
  return out.slice(0, n);
}

async function inputTimes(context, url, { throttle }) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  }
  await page.goto(url);
  await page.getByRole("heading", { level: 1 }).waitFor();
  const widget = await page.locator(".rare-check").first().elementHandle();

  // A full case, so that every income keystroke re-evaluates and re-renders the result.
  await fillInsuredCase(page, {
    disease: "고쉐병", diseaseQuery: "고쉐", size: 3, income: "4000000", property: "100000000",
  });
  await page.locator(".overall").first().waitFor();
  const income = await page.getByLabel(/가구의 월 소득/).first().elementHandle();
  const verdicts = new Set();
  const income_ = [];
  for (const value of incomeSequence(INPUTS)) {
    income_.push(await page.evaluate(measureInput, [income, widget, value]));
    verdicts.add(await page.locator(".overall").first().textContent());
  }

  const box = await page.getByRole("combobox", { name: /질환|Disease/ }).first().elementHandle();
  const list = await page.locator("#q-disease-list").elementHandle();
  await box.focus();
  const finder = [];
  for (const value of finderSequence(INPUTS)) {
    const m = await page.evaluate(measureOptions, [box, list, value]);
    // Let the result catch up, as it does between a visitor's keystrokes.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    if (value !== "") finder.push(m);
  }
  await page.close();
  if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
  return { income: income_, finder, verdicts: verdicts.size };
}

const stats = (ms, key) => {
  const xs = ms.map((m) => m[key]);
  return { p50: quantile(xs, 0.5), p95: quantile(xs, 0.95), max: Math.max(...xs), n: xs.length };
};

// ---------------------------------------------------------------- criterion

/** Criterion's estimates from target/criterion, if `cargo bench` ran. */
function criterionResults() {
  const base = join(process.env.CARGO_TARGET_DIR ?? join(root, "target"), "criterion");
  const out = [];
  if (!existsSync(base)) return out;
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (!statSync(p).isDirectory()) continue;
      if (name === "new" && existsSync(join(p, "estimates.json")) && existsSync(join(p, "benchmark.json"))) {
        const meta = JSON.parse(readFileSync(join(p, "benchmark.json"), "utf8"));
        const est = JSON.parse(readFileSync(join(p, "estimates.json"), "utf8"));
        const elements = meta.throughput?.Elements ?? 1;
        out.push({
          id: meta.full_id,
          mean_ns: est.mean.point_estimate / elements,
          median_ns: est.median.point_estimate / elements,
          per: elements > 1 ? `per case (${elements} per iteration)` : "per call",
          at: statSync(join(p, "estimates.json")).mtimeMs,
        });
      } else if (name !== "base" && name !== "change" && name !== "report") walk(p);
    }
  };
  walk(base);
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

// ---------------------------------------------------------------- run

const fmtKiB = (b) => (b / KiB).toFixed(1).padStart(7);
const fmtMs = (x) => x.toFixed(2).padStart(8);

if (!existsSync(join(DIST, "index.html"))) throw new Error(`${DIST}/index.html is missing: run scripts/build`);

const context = await launch();
const server = await startServer(DIST);
const report = {};
try {
  const { files, total } = await download(context, server.url, DIST);
  report.download = { files, total, budget_gzip: 200 * KiB };

  console.log("\nDownload: every file the page fetches (gzip -9, brotli q11), KiB");
  console.log(`  ${"file".padEnd(28)} ${"raw".padStart(7)} ${"gzip".padStart(7)} ${"brotli".padStart(7)}`);
  for (const f of files) console.log(`  ${f.name.padEnd(28)} ${fmtKiB(f.raw)} ${fmtKiB(f.gzip)} ${fmtKiB(f.brotli)}`);
  console.log(`  ${"total".padEnd(28)} ${fmtKiB(total.raw)} ${fmtKiB(total.gzip)} ${fmtKiB(total.brotli)}   budget 200.0 gzip: ${total.gzip <= 200 * KiB ? `holds, ${fmtKiB(200 * KiB - total.gzip).trim()} KiB to spare` : `MISSES by ${fmtKiB(total.gzip - 200 * KiB).trim()} KiB`}`);

  // Start-up: the app and a static page of the same size, alternately, same browser.
  const staticDir = staticPage(total.raw);
  const staticServer = await startServer(staticDir);
  const app = [];
  const unpack = [];
  const stat = [];
  await startupOnce(context, server.url + "/"); // warm the browser process, not counted
  for (let i = 0; i < RUNS; i++) {
    const run = await startupOnce(context, server.url + "/");
    app.push(run.at);
    if (run.unpack !== null) unpack.push(run.unpack);
    stat.push((await startupOnce(context, staticServer.url + "/")).at);
  }
  await staticServer.close();
  report.startup = {
    throttle: THROTTLE, runs: RUNS, app_ms: app, static_ms: stat, ratio: median(app) / median(stat), unpack_ms: unpack,
  };
  console.log(`\nStart-up: navigation to a usable first question, ${THROTTLE}× CPU throttle, median of ${RUNS}`);
  console.log(`  app ${median(app).toFixed(0)} ms, static page of the same ${fmtKiB(total.raw).trim()} KiB ${median(stat).toFixed(0)} ms: ratio ${(median(app) / median(stat)).toFixed(2)}`);
  if (unpack.length) console.log(`  of which unpacking the WebAssembly (decoder start + LZMA): ${median(unpack).toFixed(0)} ms`);

  // The framework's floor: bench/floor, a Leptos counter built by the same tools.
  if (existsSync(join(FLOOR, "index.html"))) {
    const floorServer = await startServer(FLOOR);
    const floorDownload = await download(context, floorServer.url, FLOOR);
    const floorRuns = [];
    await startupOnce(context, floorServer.url + "/", { selector: "button" });
    for (let i = 0; i < RUNS; i++) floorRuns.push((await startupOnce(context, floorServer.url + "/", { selector: "button" })).at);
    await floorServer.close();
    report.floor = {
      download: floorDownload.total, startup_ms: floorRuns,
      download_ratio: total.gzip / floorDownload.total.gzip, startup_ratio: median(app) / median(floorRuns),
    };
    console.log(`\nThe framework's floor (bench/floor: a Leptos counter, same profile and tools)`);
    console.log(`  download ${fmtKiB(floorDownload.total.gzip).trim()} KiB gzip: ours is ${report.floor.download_ratio.toFixed(2)}×`);
    console.log(`  start-up ${median(floorRuns).toFixed(0)} ms at ${THROTTLE}×: ours is ${report.floor.startup_ratio.toFixed(2)}×`);
  } else {
    console.log(`\nThe framework's floor: ${FLOOR} is not built (scripts/bench builds it)`);
  }

  // Repeat visits: the HTTP cache warm (the app's module is immutable, by its hashed
  // name), and the offline copy (the service worker's cache, in a browser that allows it).
  await startupOnce(context, server.url + "/", { cache: true });
  const cached = [];
  for (let i = 0; i < RUNS; i++) cached.push((await startupOnce(context, server.url + "/", { cache: true })).at);
  const swContext = await launch({ serviceWorkers: "allow" });
  const offline = [];
  try {
    const first = await swContext.newPage();
    await first.goto(server.url + "/");
    await first.evaluate(() => navigator.serviceWorker.ready);
    await first.reload();
    await first.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await first.close();
    for (let i = 0; i < RUNS; i++) offline.push((await startupOnce(swContext, server.url + "/", { cache: true })).at);
  } finally {
    await swContext.close();
  }
  report.repeat = { http_cache_ms: cached, offline_copy_ms: offline };
  console.log(`\nRepeat visit, ${THROTTLE}× CPU throttle, median of ${RUNS}`);
  console.log(`  HTTP cache warm ${median(cached).toFixed(0)} ms; with the offline copy (service worker) ${median(offline).toFixed(0)} ms; first visit ${median(app).toFixed(0)} ms`);

  // Answering and searching, without and with the throttle.
  report.inputs = {};
  console.log(`\nInput to result (ms; 'DOM' = dispatch to last DOM change, '+layout' = plus forced style/layout)`);
  console.log(`  ${"".padEnd(38)} ${"n".padStart(4)} ${"p50".padStart(8)} ${"p95".padStart(8)} ${"max".padStart(8)}`);
  for (const throttle of [1, THROTTLE]) {
    const r = await inputTimes(context, server.url + "/", { throttle });
    report.inputs[`x${throttle}`] = {
      income_dom: stats(r.income, "dom"), income_layout: stats(r.income, "layout"),
      finder_dom: stats(r.finder, "dom"), finder_layout: stats(r.finder, "layout"),
      income_changed: r.income.filter((m) => m.changed).length, verdicts_seen: r.verdicts,
    };
    for (const [label, ms, key] of [
      ["income keystroke → result, DOM", r.income, "dom"],
      ["income keystroke → result, +layout", r.income, "layout"],
      ["finder keystroke → options, DOM", r.finder, "dom"],
      ["finder keystroke → options, +layout", r.finder, "layout"],
    ]) {
      const s = stats(ms, key);
      console.log(`  ${(label + (throttle > 1 ? ` ${throttle}×` : "")).padEnd(38)} ${String(s.n).padStart(4)} ${fmtMs(s.p50)} ${fmtMs(s.p95)} ${fmtMs(s.max)}`);
    }
    console.log(`  (${throttle}×: ${r.income.filter((m) => m.changed).length} of ${r.income.length} income inputs changed the DOM; ${r.verdicts} different verdicts seen)`);
  }
} finally {
  await context.close();
  await server.close();
}

const crit = criterionResults();
report.criterion = crit;
if (crit.length) {
  console.log("\nNative (criterion, this machine, median)");
  for (const c of crit) {
    const us = c.median_ns / 1000;
    const time = us < 1000 ? `${us.toFixed(2)} µs` : `${(us / 1000).toFixed(2)} ms`;
    console.log(`  ${c.id.padEnd(38)} ${time.padStart(10)} ${c.per}`);
  }
} else {
  console.log("\nNative: no criterion results (run `cargo bench -p rules`)");
}
// Issue 15's targets, each with what this run measured.
const x4 = report.inputs?.[`x${THROTTLE}`];
const targets = [
  ["start-up ÷ same-size static page", "≤ 2.50", report.startup.ratio, (v) => v.toFixed(2), (v) => v <= 2.5],
  ["download, gzip (hard budget)", "≤ 200.0 KiB", report.download.total.gzip / KiB, (v) => `${v.toFixed(1)} KiB`, (v) => v <= 200],
  ["download, gzip (issue 15's aim)", "≤ 170.0 KiB", report.download.total.gzip / KiB, (v) => `${v.toFixed(1)} KiB`, (v) => v <= 170],
  ["download ÷ the framework's floor", "(reported)", report.floor?.download_ratio, (v) => `${v.toFixed(2)}×`, null],
  ["start-up ÷ the framework's floor", "(reported)", report.floor?.startup_ratio, (v) => `${v.toFixed(2)}×`, null],
  [`finder keystroke → options, p95 +layout, ${THROTTLE}×`, "≤ 16.0 ms", x4?.finder_layout.p95, (v) => `${v.toFixed(1)} ms`, (v) => v <= 16],
  [`income keystroke → result, p95 +layout, ${THROTTLE}×`, "≤ 16.0 ms", x4?.income_layout.p95, (v) => `${v.toFixed(1)} ms`, (v) => v <= 16],
  ["repeat visit, HTTP cache warm", "(reported)", median(report.repeat.http_cache_ms), (v) => `${v.toFixed(0)} ms`, null],
  ["repeat visit, offline copy", "(reported)", median(report.repeat.offline_copy_ms), (v) => `${v.toFixed(0)} ms`, null],
];
report.targets = targets.map(([name, goal, value, , holds]) => ({ name, goal, value, holds: holds && value !== undefined ? holds(value) : null }));
console.log("\nTargets (issue 15)");
for (const [name, goal, value, show, holds] of targets) {
  const shown = value === undefined ? "not measured" : show(value);
  const verdict = !holds || value === undefined ? "" : holds(value) ? "holds" : "MISSES";
  console.log(`  ${name.padEnd(44)} ${goal.padStart(12)} ${shown.padStart(12)}  ${verdict}`);
}

if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify(report, null, 2));
