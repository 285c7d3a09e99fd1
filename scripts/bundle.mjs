// Turns trunk's output into a site that runs under `connect-src 'none'`.
//
// trunk loads the WebAssembly with fetch(), which that policy forbids, from an inline
// script, which `script-src 'self'` forbids. This script writes one module instead: the
// wasm-bindgen glue, the WebAssembly compressed inside a string, and the start-up call. The
// page loads it with Subresource Integrity, and the separate .wasm and glue files go.
//
// Usage: node scripts/bundle.mjs dist
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, unlinkSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

const dist = process.argv[2] ?? "dist";
const htmlPath = join(dist, "index.html");
let html = readFileSync(htmlPath, "utf8");

const loader = html.match(/<script type="module">\s*import init, \* as bindings from '\.\/([^']+\.js)';\s*const wasm = await init\(\{ module_or_path: '\.\/([^']+\.wasm)' \}\);[\s\S]*?<\/script>/);
if (!loader) {
  throw new Error("bundle.mjs: trunk's loader script was not found in index.html");
}
const [loaderTag, glueName, wasmName] = loader;
const glue = readFileSync(join(dist, glueName), "utf8");

// The stylesheet travels inside the script too, as a constructed CSSStyleSheet that the
// app adopts into the document, or into each shadow root when mounted on a host page
// (src/embed.rs). Host pages then need no style-src for the widget, and no host CSS
// reaches it.
const cssLink = html.match(/<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*>/);
if (!cssLink) {
  throw new Error("bundle.mjs: trunk's stylesheet link was not found in index.html");
}
const css = readFileSync(join(dist, cssLink[1]), "utf8");
const wasm = readFileSync(join(dist, wasmName));

// The WebAssembly travels compressed: zopfli's deflate (zlib format), in base64, and the
// browser inflates it with its own DecompressionStream. Measured on the same wasm
// (docs/performance.md): a string of one character per byte was 8% larger than the
// wasm under gzip (bytes >= 0x80 take two UTF-8 bytes), plain base64 was 32% larger;
// deflate + base64 is 5% smaller than the gzipped wasm, and about as small when the
// host sends it uncompressed. Without the zopfli package (scripts/setup installs it)
// node's zlib at level 9 is used, about 7% larger.
async function deflate(bytes) {
  try {
    const { default: zopfli } = await import("@gfx/zopfli");
    return Buffer.from(await zopfli.zlibAsync(bytes, { numiterations: 15 }));
  } catch (e) {
    console.warn(`bundle.mjs: zopfli unavailable (${e.message}); using zlib level 9`);
    return deflateSync(bytes, { level: 9, memLevel: 9 });
  }
}
const packed = (await deflate(wasm)).toString("base64");

const boot = `
const sheet = new CSSStyleSheet();
sheet.replaceSync(${JSON.stringify(css)});
globalThis[Symbol.for("rare-check")] = { sheet };
const WASM_DEFLATE_BASE64 = "${packed}";
let wasmDeflated;
if (Uint8Array.fromBase64) wasmDeflated = Uint8Array.fromBase64(WASM_DEFLATE_BASE64);
else {
  const text = atob(WASM_DEFLATE_BASE64);
  wasmDeflated = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) wasmDeflated[i] = text.charCodeAt(i);
}
const wasmStream = new Blob([wasmDeflated]).stream().pipeThrough(new DecompressionStream("deflate"));
await __wbg_init({ module_or_path: await new Response(wasmStream).arrayBuffer() });
`;
if (!/async function __wbg_init\b/.test(glue)) {
  throw new Error("bundle.mjs: the wasm-bindgen glue has no __wbg_init");
}
const app = glue + boot;

const hash = createHash("sha256").update(app).digest("hex").slice(0, 16);
const appName = `app-${hash}.js`;
const integrity = "sha384-" + createHash("sha384").update(app).digest("base64");
writeFileSync(join(dist, appName), app);

html = html.replace(cssLink[0], "");
html = html.replace(loaderTag, `<script type="module" src="./${appName}" integrity="${integrity}" crossorigin="anonymous"></script>`);
// trunk's preload hints would fetch the files this script just replaced.
html = html.replace(/<link rel="modulepreload"[^>]*>/g, "").replace(/<link rel="preload"[^>]*>/g, "");
writeFileSync(htmlPath, html);
for (const name of [glueName, wasmName, cssLink[1]]) unlinkSync(join(dist, name));

// A stable name for host pages to load (README, "Embedding"): it only imports the
// content-hashed module, so a new release needs no change on the host page.
writeFileSync(join(dist, "rare-check.js"), `import "./${appName}";\n`);
// For hosts that pin a release with Subresource Integrity.
writeFileSync(join(dist, "integrity.txt"), `${appName} ${integrity}\n`);

for (const name of readdirSync(dist).sort()) {
  console.log(`  ${name}`);
}

// The offline copy: src/embed.rs registers ./sw.js on the widget's own page (not on host
// pages). It keeps only this release's own files, in a cache named after the release, so
// a new release installs a fresh copy and deletes the old one: nobody is left on old
// thresholds. Pages come from the network first and from the copy only when offline.
const offlineFiles = ["./", "./index.html", `./${appName}`, "./rare-check.js", "./rare-check-frame.js"];
writeFileSync(
  join(dist, "sw.js"),
  `// Generated by scripts/bundle.mjs for release ${hash}.
const CACHE = "rare-check-${hash}";
const FILES = ${JSON.stringify(offlineFiles)};
const SCOPE = new URL("./", self.location.href).pathname;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("rare-check-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || !url.pathname.startsWith(SCOPE)) return;
  if (request.mode === "navigate") {
    event.respondWith(fetch(request).catch(() => caches.open(CACHE).then((cache) => cache.match("./index.html"))));
    return;
  }
  event.respondWith(caches.open(CACHE).then((cache) => cache.match(request)).then((hit) => hit || fetch(request)));
});
`,
);
console.log("  sw.js");
