// The script mount on a hostile host looks exactly like the widget's own page: the same
// computed styles on a fixed set of elements, with the same case filled in, at a phone's
// and a desktop's width. (Firefox and WebKit run the same comparison: tests/engines/.)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/static-server.mjs";
import { DIST, CHROMIUM_ARGS, watchPage, fillInsuredCase, verdict, TEST_NOW } from "./harness.mjs";
import {
  HOSTILE_CSS, OWN_PAGE_PATH, PROBES, PROPERTIES, CASE, hostPage, collectStyles, differences, table,
} from "./hostile-host.mjs";

let widget, host, context;
before(async () => {
  widget = await startServer(DIST, 0, { prefix: "/widget/" });
  const dir = mkdtempSync(join(tmpdir(), "rare-check-hostile-"));
  writeFileSync(join(dir, "index.html"), hostPage(widget.url));
  writeFileSync(join(dir, "hostile.css"), HOSTILE_CSS);
  host = await startServer(dir);
  context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "rare-check-chromium-")), {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 360, height: 780 },
    locale: "ko-KR",
  });
  await context.clock.setFixedTime(new Date(TEST_NOW));
});
after(async () => {
  await context?.close();
  await widget?.close();
  await host?.close();
});

/** Opens `url`, fills the shared case in `scope`, and collects the styles in each state. */
async function stylesOf(url, hostSelector, viewport) {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const { errors } = watchPage(page);
  await page.goto(url);
  const scope = hostSelector ? page.locator(hostSelector) : page;
  await scope.getByRole("heading", { level: 1 }).waitFor();
  const collect = (probes) =>
    page.evaluate(`(${collectStyles})(${JSON.stringify(hostSelector)}, ${JSON.stringify(probes)}, ${JSON.stringify(PROPERTIES)})`);
  const styles = { empty: await collect(PROBES.empty) };
  const picture = await page.locator(hostSelector ? `${hostSelector} .rare-check` : ".rare-check").screenshot();
  await fillInsuredCase(scope, CASE);
  assert.equal(await verdict(scope), "지원받을 가능성이 높습니다");
  styles.result = await collect(PROBES.result);
  await scope.getByLabel("가구의 월 소득").fill("사백만");
  await scope.getByLabel("가구의 재산").focus();
  await scope.locator("#q-income-error").waitFor();
  styles.error = await collect(PROBES.error);
  assert.deepEqual(errors, []);
  await page.close();
  return { styles, picture };
}

/**
 * How many pixels of two same-sized PNGs differ, counted on a canvas in a blank page. The
 * first and last rows are left out: the widget's box ends at a fractional pixel, so they
 * are blended with what lies around it, the host page's background or the widget page's.
 */
async function differentPixels(a, b) {
  const page = await context.newPage();
  const count = await page.evaluate(async ([a, b]) => {
    const pixels = async (png) => {
      const image = new Image();
      image.src = "data:image/png;base64," + png;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const g = canvas.getContext("2d");
      g.drawImage(image, 0, 0);
      return { width: image.width, height: image.height, data: g.getImageData(0, 0, image.width, image.height).data };
    };
    const [p, q] = [await pixels(a), await pixels(b)];
    if (p.width !== q.width || p.height !== q.height) return { size: [p.width, p.height, q.width, q.height] };
    let differ = 0;
    for (let i = p.width * 4; i < p.data.length - p.width * 4; i += 4) {
      if (p.data[i] !== q.data[i] || p.data[i + 1] !== q.data[i + 1] || p.data[i + 2] !== q.data[i + 2]) differ++;
    }
    return { differ, total: p.width * (p.height - 2) };
  }, [a.toString("base64"), b.toString("base64")]);
  await page.close();
  return count;
}

for (const viewport of [{ width: 360, height: 780 }, { width: 1280, height: 900 }]) {
  test(`at ${viewport.width} px the script mount on a hostile host has the own page's computed styles`, async () => {
    const { styles: own, picture: ownPicture } = await stylesOf(widget.url + OWN_PAGE_PATH, null, viewport);
    const { styles: mounted, picture: mountedPicture } = await stylesOf(host.url + "/", "#w1", viewport);
    const rows = [];
    for (const state of Object.keys(PROBES)) {
      for (const row of differences(own[state], mounted[state])) rows.push({ ...row, element: `${row.element} [${state}]` });
    }
    const report = table(rows, `Chromium, ${viewport.width} px`);
    console.log(report);
    assert.equal(rows.length, 0, `${rows.length} computed styles differ (the table is above)`);
    // What computed styles cannot show, e.g. a host's text-decoration drawn through into
    // the widget: the empty widget looks the same to the pixel, but for the antialiasing
    // of a few edges that sit at another sub-pixel offset on the host page.
    const pixels = await differentPixels(ownPicture, mountedPicture);
    console.log(`pixels that differ: ${JSON.stringify(pixels)}`);
    assert.ok(pixels.differ !== undefined && pixels.differ / pixels.total < 0.0001, JSON.stringify(pixels));
  });
}
