// The hard budget (issue 15): everything a visitor's browser fetches to show the widget,
// compressed as a host would serve it (gzip -9), is at most 200 KiB. Counted from the
// requests the browser really made, on the widget's own page and on a host page with the
// one-line script mount, so a new file cannot slip past the count.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import zlib from "node:zlib";
import { start, DIST } from "./harness.mjs";
import { startServer } from "../../scripts/static-server.mjs";

const KiB = 1024;
const BUDGET = 200 * KiB;

let app;
before(async () => (app = await start()));
after(async () => app.close());

/** The widget's files among the requests, with their gzip -9 sizes, and the sum. */
function weigh(requests, own) {
  const files = [...new Set(requests.map((r) => decodeURIComponent(new URL(r.url).pathname).replace(/^\//, "")))]
    .filter((name) => own(name))
    .map((name) => {
      const path = join(DIST, name || "index.html");
      assert.ok(existsSync(path), `fetched ${name}, which is not in dist/`);
      return { name: name || "index.html", gzip: zlib.gzipSync(readFileSync(path), { level: 9 }).length };
    });
  return { files, total: files.reduce((sum, f) => sum + f.gzip, 0) };
}

const show = (t, where, { files, total }, budget = BUDGET) => {
  for (const f of files) t.diagnostic(`${where}: ${f.name} ${(f.gzip / KiB).toFixed(1)} KiB gzip`);
  t.diagnostic(budget
    ? `${where}: total ${(total / KiB).toFixed(1)} KiB gzip of a ${budget / KiB} KiB budget (${((budget - total) / KiB).toFixed(1)} KiB to spare)`
    : `${where}: total ${(total / KiB).toFixed(1)} KiB gzip`);
};

test("the widget's own page downloads at most 200 KiB under gzip", async (t) => {
  const { page, requests } = await app.newPage();
  await page.waitForLoadState("load");
  const weighed = weigh(requests, () => true);
  show(t, "page", weighed);
  assert.ok(weighed.files.length >= 2, `expected the page and its script, got ${weighed.files.map((f) => f.name)}`);
  assert.ok(weighed.total <= BUDGET, `the page downloads ${(weighed.total / KiB).toFixed(1)} KiB gzip, over the ${BUDGET / KiB} KiB budget`);
  // The embed page is a binary of its own: the widget never fetches any of it.
  assert.deepEqual(weighed.files.filter((f) => /^(embed|preview|CHANGELOG)/.test(f.name)), []);
  await page.close();
});

test("a host page's script mount downloads at most 200 KiB of the widget under gzip", async (t) => {
  // The host is another origin, as a health centre's site is.
  const dir = mkdtempSync(join(tmpdir(), "rare-check-budget-host-"));
  writeFileSync(join(dir, "index.html"), `<!DOCTYPE html><html lang="ko"><meta charset="utf-8"><title>보건소</title>
    <h1>보건소</h1><div data-rare-check></div><script type="module" src="${app.url}/rare-check.js"></script>`);
  const host = await startServer(dir);
  // A failed check must not leave the server up, or the test file never ends.
  try {
    const page = await app.context.newPage();
    const requests = [];
    page.on("request", (r) => requests.push({ url: r.url() }));
    await page.goto(host.url + "/");
    await page.getByRole("heading", { name: "희귀질환 의료비 지원 자가진단" }).waitFor();
    const widget = new URL(app.url).origin;
    const weighed = weigh(requests.filter((r) => new URL(r.url).origin === widget), () => true);
    show(t, "script mount", weighed);
    assert.ok(weighed.files.some((f) => f.name === "rare-check.js"), "the mount script was not counted");
    assert.ok(weighed.total <= BUDGET, `the mount downloads ${(weighed.total / KiB).toFixed(1)} KiB gzip, over the ${BUDGET / KiB} KiB budget`);
    await page.close();
  } finally {
    await host.close();
  }
});

test("the embed page's own download, for the record (it has no budget: webmasters open it once)", async (t) => {
  const { page, requests } = await app.newPage("/embed.html");
  await page.waitForLoadState("load");
  // Only the page's own files; its previews load the widget, weighed above.
  const weighed = weigh(requests, (name) => /^(embed|CHANGELOG)/.test(name));
  show(t, "embed page", weighed, null);
  assert.ok(weighed.files.some((f) => /^embed-[0-9a-f]+\.js$/.test(f.name)), "the embed page's script was not counted");
  await page.close();
});
