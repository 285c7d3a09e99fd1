// Turns trunk's output into a site that runs under `connect-src 'none'`.
//
// trunk loads the WebAssembly with fetch(), which that policy forbids, from an inline
// script, which `script-src 'self'` forbids. This script writes one module instead: the
// wasm-bindgen glue, the WebAssembly bytes inside a string, and the start-up call. The
// page loads it with Subresource Integrity, and the separate .wasm and glue files go.
//
// Usage: node scripts/bundle.mjs dist
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, unlinkSync, readdirSync } from "node:fs";
import { join } from "node:path";

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

// Each byte becomes the character with that code, so the text compresses about as well as
// the bytes (unlike base64, whose 4-for-3 split hides repeats from gzip and brotli).
// Only the characters a string literal cannot hold as they are get escaped.
function byteString(bytes) {
  let out = "";
  for (const b of bytes) {
    if (b === 0x5c) out += "\\\\";
    else if (b === 0x22) out += '\\"';
    else if (b === 0x0a) out += "\\n";
    else if (b === 0x0d) out += "\\r";
    else if (b === 0x00) out += "\\x00";
    else out += String.fromCharCode(b);
  }
  return out;
}

const boot = `
const sheet = new CSSStyleSheet();
sheet.replaceSync(${JSON.stringify(css)});
globalThis[Symbol.for("rare-check")] = { sheet };
const WASM = "${byteString(wasm)}";
const bytes = new Uint8Array(WASM.length);
for (let i = 0; i < WASM.length; i++) bytes[i] = WASM.charCodeAt(i);
await __wbg_init({ module_or_path: bytes });
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
