// A small static file server for dist/, on 127.0.0.1 only. Used by scripts/serve and by
// the browser tests. `startServer(dir, port)` returns { url, close }.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { basename, extname, join, normalize, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

// `prefix` serves the files under a sub-path (e.g. "/widget/"), as a health centre's
// site might, to prove the site uses relative URLs only. For tests: `onRequest(req)` sees
// every request, and `headScript` ({ name, source }) is served as `<prefix><name>` and
// loaded by a <script> put before `</head>` of every HTML page (the engine tests' console
// recorder, tests/engines/console-hook.js).
export function startServer(dir, port = 0, { log = false, prefix = "/", onRequest, headScript } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    onRequest?.(req);
    let path = decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      return;
    }
    path = "/" + path.slice(prefix.length);
    if (headScript && path === "/" + headScript.name) {
      res.writeHead(200, { "Content-Type": TYPES[".js"], "Cache-Control": "no-cache" }).end(headScript.source);
      return;
    }
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      let body = await readFile(file);
      if (headScript && extname(file) === ".html") {
        body = String(body).replace("</head>", `<script src="./${headScript.name}"></script>\n</head>`);
      }
      res.writeHead(200, {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        // The app's module has its content's hash in its name (app-<hash>.js): a new
        // release is a new name, so browsers may keep it for good. Everything else is
        // checked on each visit. (README, "Embedding", asks hosts for the same.)
        "Cache-Control": /^app-[0-9a-f]+\.js$/.test(basename(file)) ? "public, max-age=31536000, immutable" : "no-cache",
        "X-Content-Type-Options": "nosniff",
        // Host pages on other sites load the module (README, "Embedding"); module scripts
        // are fetched with CORS. The files are public, so any origin may read them.
        "Access-Control-Allow-Origin": "*",
      });
      res.end(body);
      if (log) console.log(`200 ${req.url}`);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      if (log) console.log(`404 ${req.url}`);
    }
  });
  return new Promise((done) => {
    server.listen(port, "127.0.0.1", () => {
      const { port } = server.address();
      done({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => { server.close(r); server.closeAllConnections(); }) });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? "dist";
  const port = Number(process.argv[3] ?? 8080);
  const { url } = await startServer(dir, port, { log: true });
  console.log(`Serving ${dir} at ${url}/ (Ctrl-C to stop)`);
}
