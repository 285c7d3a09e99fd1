// Turns trunk's output into a site that runs under `connect-src 'none'`.
//
// trunk loads the WebAssembly with fetch(), which that policy forbids, from an inline
// script, which `script-src 'self'` forbids. This script writes one module instead: the
// wasm-bindgen glue, the WebAssembly packed inside a string with its decoder, and the
// start-up call. The page loads it with Subresource Integrity, and the separate .wasm
// and glue files go.
//
// The same packing serves the embed page (embed.html, a second binary of the crate): with
// `--page embed.html --name embed --release-of dist` it writes `embed-<hash>.js`, and none
// of the widget's own extras (rare-check.js, integrity.txt, sw.js); instead it writes
// the widget's release facts into the page, which the snippets it makes carry.
//
// Usage: node scripts/bundle.mjs dist path/to/unlzma.wasm [--no-stylesheet]
//        node scripts/bundle.mjs dist-embed path/to/unlzma.wasm --page embed.html --name embed --release-of dist
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, unlinkSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { minify as minifyCss } from "csso";
import { minify as minifyJs } from "terser";

const dist = process.argv[2] ?? "dist";
const decoderPath = process.argv[3];
if (!decoderPath) throw new Error("bundle.mjs: give the decoder's .wasm (scripts/build does)");
const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : process.argv[i + 1];
};
const pageName = option("--page", "index.html");
const prefix = option("--name", "app");
// The widget's built dist/, for the embed page: where its release facts come from.
const releaseOf = option("--release-of", undefined);
const htmlPath = join(dist, pageName);
let html = readFileSync(htmlPath, "utf8");

const loader = html.match(/<script type="module">\s*import init, \* as bindings from '\.\/([^']+\.js)';\s*const wasm = await init\(\{ module_or_path: '\.\/([^']+\.wasm)' \}\);[\s\S]*?<\/script>/);
if (!loader) {
  throw new Error(`bundle.mjs: trunk's loader script was not found in ${pageName}`);
}
const [loaderTag, glueName, wasmName] = loader;
const rawGlue = readFileSync(join(dist, glueName), "utf8");

// The stylesheet travels inside the script too, as a constructed CSSStyleSheet that the
// app adopts into the document, or into each shadow root when mounted on a host page
// (src/embed.rs). Host pages then need no style-src for the widget, and no host CSS
// reaches it.
// `--no-stylesheet` is for bench/floor, the framework's floor, which has none.
// A page may link several stylesheets (the embed page: the widget's, then its own); they
// are joined in their order.
const noStylesheet = process.argv.includes("--no-stylesheet");
const cssLinks = noStylesheet ? [] : [...html.matchAll(/<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*>/g)];
if (!noStylesheet && cssLinks.length === 0) {
  throw new Error(`bundle.mjs: trunk's stylesheet link was not found in ${pageName}`);
}
// Minified (csso), then packed with the WebAssembly below: LZMA does better with it than
// the host's gzip would with the CSS as a string of the script.
const css = Buffer.from(
  minifyCss(cssLinks.map(([, name]) => readFileSync(join(dist, name), "utf8")).join("\n")).css,
  "utf8",
);
const { wasm, glue } = optimise(join(dist, wasmName), rawGlue);

// trunk leaves the WebAssembly as wasm-bindgen wrote it (index.html: data-wasm-opt="0"),
// and wasm-opt -Oz runs here, in the same pass that shortens the names the glue and the
// WebAssembly share: 128 imports such as `__wbg_addEventListener_847fd86b8c33ec43`, and
// the exports. Their hashes do not compress and travel twice, once in each file; short
// names take 2.4 KB off the packed WebAssembly. wasm-opt prints the names it gave; the
// glue is rewritten to match, and any name it missed stops the build.
function optimise(wasmPath, glue) {
  // The glue exports a class for every #[wasm_bindgen] struct of any crate in the build:
  // here the stream adapters of wasm-streams, which Leptos pulls in through server_fn.
  // No page uses this module's exports, so the classes go, and wasm-metadce then removes
  // every WebAssembly export the glue no longer calls, with the code only they reached.
  for (const [, name] of [...glue.matchAll(/^export class (\w+) \{$/gm)]) {
    const start = glue.indexOf(`export class ${name} {`);
    glue = glue.slice(0, start) + glue.slice(glue.indexOf("\n}\n", start) + 3);
    glue = glue.replace(new RegExp(`^if \\(Symbol\\.dispose\\) ${name}\\.prototype.*\\n`, "m"), "");
    glue = glue.replace(new RegExp(`^const ${name}Finalization = [\\s\\S]*?;\\n`, "m"), "");
    if (glue.includes(name)) throw new Error(`bundle.mjs: the glue still uses the class ${name}`);
  }
  const called = new Set([...glue.matchAll(/\bwasm\.([A-Za-z0-9_$]+)/g)].map((m) => m[1]));
  const graph = `${wasmPath}.graph.json`, live = `${wasmPath}.live`;
  writeFileSync(graph, JSON.stringify([...called].map((name) => ({ name: `export ${name}`, root: true, export: name }))));
  execFileSync("wasm-metadce", [wasmPath, "--graph-file", graph, "-o", live], { maxBuffer: 1 << 26 });
  unlinkSync(graph);

  // -Os, then the control flow flattened and rebuilt (--flatten --rereloop) and -Os again:
  // slightly larger code than -Oz that packs about 1.6 KB smaller (docs/performance.md).
  const out = `${wasmPath}.opt`;
  const names = JSON.parse(
    execFileSync("wasm-opt", ["-Os", "--flatten", "--rereloop", "-Os",
      "--minify-imports-and-exports-and-modules", "--strip-debug",
      "--strip-producers", live, "-o", out], { maxBuffer: 1 << 26 }).toString(),
  );
  const wasm = readFileSync(out);
  unlinkSync(out);
  unlinkSync(live);
  // The imports the WebAssembly no longer has (those only the removed code called): their
  // functions in the glue's import object go too.
  const imported = new Set(names.imports.map(([, name]) => name));
  glue = glue.replace(/^ {8}(__wbg\w+|__wbindgen\w+): function\(.*\) \{\n[\s\S]*?^ {8}\},\n/gm,
    (entry, name) => (imported.has(name) ? entry : ""));
  const replace = (pattern, to, what) => {
    let found = 0;
    glue = glue.replace(pattern, () => (found++, to));
    if (found === 0) throw new Error(`bundle.mjs: ${what} is not in the wasm-bindgen glue`);
  };
  // Every import module is now "a": the glue has one, its own _bg.js.
  const modules = new Set(names.imports.map(([module]) => module));
  for (const module of modules) replace(JSON.stringify(module) + ":", '"a":', `import module ${module}`);
  for (const [, name, short] of names.imports) {
    replace(new RegExp(`\\b${name}(?=: ?function)`, "g"), JSON.stringify(short), `import ${name}`);
  }
  const exports = new Map(names.exports);
  glue = glue.replace(/\bwasm\.([A-Za-z0-9_$]+)/g, (_, name) => {
    const short = exports.get(name);
    if (short === undefined) throw new Error(`bundle.mjs: the glue uses wasm.${name}, which wasm-opt did not export`);
    return `wasm.${short}`;
  });
  return { wasm, glue };
}

// The WebAssembly travels packed with LZMA (`xz --format=lzma`, strongest preset), in
// base64, and a small LZMA decoder of our own (unlzma/, built to WebAssembly by
// scripts/build) unpacks it in the page. Browsers only inflate deflate natively; LZMA is
// 18% smaller, about 36 KiB of a visitor's download under gzip (docs/performance.md).
// base64 costs almost nothing once the host gzips it: its 64 symbols are 6 bits each.
// The payload is the stylesheet's bytes, then the WebAssembly's. `pb=0` (no position
// bits: WebAssembly code has no 4-byte rhythm) with the default 3 literal context bits
// packs it about 0.5 KB smaller than the preset's pb=2 (docs/performance.md).
const packed = execFileSync("xz", ["--format=lzma", "--lzma1=preset=9e,lc=3,lp=0,pb=0", "--stdout"], {
  input: Buffer.concat([css, wasm]),
  maxBuffer: 1 << 28,
}).toString("base64");
const decoder = readFileSync(decoderPath).toString("base64");
console.log(`  packed: ${css.length} bytes of CSS and ${wasm.length} of WebAssembly into ${Math.ceil(packed.length * 3 / 4)} bytes of LZMA`);

const boot = `
function fromBase64(text) {
  if (Uint8Array.fromBase64) return Uint8Array.fromBase64(text);
  const chars = atob(text), bytes = new Uint8Array(chars.length);
  for (let i = 0; i < chars.length; i++) bytes[i] = chars.charCodeAt(i);
  return bytes;
}
// The packed bytes go into the decoder's memory, past all it uses itself; the
// stylesheet and the app's WebAssembly come out right behind them.
async function unpackApp() {
  const packed = fromBase64("${packed}");
  const size = ${css.length + wasm.length};
  const { instance } = await WebAssembly.instantiate(fromBase64("${decoder}"));
  const { memory, unlzma } = instance.exports;
  const at = memory.buffer.byteLength;
  memory.grow(Math.ceil((packed.length + size) / 65536));
  new Uint8Array(memory.buffer, at, packed.length).set(packed);
  const status = unlzma(at, packed.length, at + packed.length, size);
  if (status !== 0) throw new Error("rare-check: the app's WebAssembly did not unpack (" + status + ")");
  return new Uint8Array(memory.buffer, at + packed.length, size);
}
const unpacked = await unpackApp();
const sheet = new CSSStyleSheet();
sheet.replaceSync(new TextDecoder().decode(unpacked.subarray(0, ${css.length})));
globalThis[Symbol.for("rare-check")] = { sheet };
await __wbg_init({ module_or_path: unpacked.subarray(${css.length}) });
`;
if (!/async function __wbg_init\b/.test(glue)) {
  throw new Error("bundle.mjs: the wasm-bindgen glue has no __wbg_init");
}
// terser: the wasm-bindgen glue and the start-up code, minified. Its names are local to
// this module, which exports nothing the pages use.
const app = (await minifyJs(glue + boot, { module: true, ecma: 2020 })).code;

const sri = (bytes) => "sha384-" + createHash("sha384").update(bytes).digest("base64");
const hash = createHash("sha256").update(app).digest("hex").slice(0, 16);
const appName = `${prefix}-${hash}.js`;
const integrity = sri(app);
writeFileSync(join(dist, appName), app);

for (const [tag] of cssLinks) html = html.replace(tag, "");
html = html.replace(loaderTag, `<script type="module" src="./${appName}" integrity="${integrity}" crossorigin="anonymous"></script>`);
// trunk's preload hints would fetch the files this script just replaced.
html = html.replace(/<link rel="modulepreload"[^>]*>/g, "").replace(/<link rel="preload"[^>]*>/g, "");
if (releaseOf) {
  // The embed page makes snippets that pin this release: the widget's module and its
  // Subresource Integrity, and the frame script's. They travel in the page as <meta>
  // tags (src/embed_page/release.rs reads them), so the page needs no request for them.
  const [widgetApp, widgetIntegrity] = readFileSync(join(releaseOf, "integrity.txt"), "utf8").trim().split(" ");
  if (!/^app-[0-9a-f]+\.js$/.test(widgetApp) || !widgetIntegrity?.startsWith("sha384-")) {
    throw new Error(`bundle.mjs: ${releaseOf}/integrity.txt does not name the widget's module and its hash`);
  }
  const facts = {
    app: widgetApp,
    "app-integrity": widgetIntegrity,
    "frame-integrity": sri(readFileSync(join(releaseOf, "rare-check-frame.js"))),
  };
  const metas = Object.entries(facts).map(([name, value]) => `<meta name="rare-check:${name}" content="${value}">`);
  html = html.replace("</head>", `${metas.join("\n")}\n</head>`);
}
writeFileSync(htmlPath, html);
for (const name of [glueName, wasmName, ...cssLinks.map(([, name]) => name)]) unlinkSync(join(dist, name));

if (releaseOf) {
  for (const name of readdirSync(dist).sort()) console.log(`  ${name}`);
  process.exit(0);
}

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
