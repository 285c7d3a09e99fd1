// A small WebDriver client for the engines playwright-core cannot drive (Firefox ESR
// through geckodriver, WebKitGTK through WebKitWebDriver): the classic HTTP protocol
// (https://w3c.github.io/webdriver/) for both, and WebDriver BiDi over a WebSocket
// (https://w3c.github.io/webdriver-bidi/) where the driver offers it (geckodriver).
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import WebSocket from "ws";

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
export const KEY = { ArrowDown: "\uE015", Enter: "\uE007", Tab: "\uE004", Escape: "\uE00C" };

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts a driver binary on a free 127.0.0.1 port and waits until it is ready. */
export async function startDriver(command, args = [], env = process.env) {
  const port = await freePort();
  const child = spawn(command, [...args, `--port=${port}`], { stdio: ["ignore", "pipe", "pipe"], env });
  const log = [];
  child.stdout.on("data", (d) => log.push(String(d)));
  child.stderr.on("data", (d) => log.push(String(d)));
  // Should this process end without closing the session, the driver ends with it.
  const orphan = () => child.kill("SIGTERM");
  process.once("exit", orphan);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const status = await (await fetch(`${base}/status`)).json();
      if (status.value?.ready) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`${command} did not start:\n${log.join("")}`);
    }
    await sleep(100);
  }
  return {
    base,
    log,
    stop: () =>
      new Promise((resolve) => {
        process.off("exit", orphan);
        if (child.exitCode !== null) return resolve();
        child.once("exit", resolve);
        child.kill("SIGTERM");
      }),
  };
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One browser session. Elements are WebDriver element references, as scripts return them. */
export class Session {
  static async create(driver, capabilities) {
    const res = await command(driver.base, "POST", "/session", { capabilities: { alwaysMatch: capabilities } });
    const session = new Session(driver.base, res.sessionId, res.capabilities);
    if (res.capabilities.webSocketUrl) session.bidi = await Bidi.connect(res.capabilities.webSocketUrl);
    return session;
  }

  constructor(base, id, capabilities) {
    this.url = `${base}/session/${id}`;
    this.capabilities = capabilities;
  }

  cmd(method, path, body) {
    return command(this.url, method, path, body);
  }

  navigate(url) {
    return this.cmd("POST", "/url", { url });
  }

  /** Runs `fn(...args)` in the page (or current frame) and returns its result. */
  execute(fn, ...args) {
    return this.cmd("POST", "/execute/sync", { script: `return (${fn}).apply(null, arguments);`, args });
  }

  /** Polls `fn(...args)` in the page until it returns something truthy; returns that. */
  async waitFor(fn, args = [], { timeout = 15_000, what = String(fn).slice(0, 120) } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await this.execute(fn, ...args);
        if (last) return last;
      } catch (e) {
        last = e.message;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
      await sleep(100);
    }
  }

  /**
   * Clicks the element's centre, scrolled to the middle of the window first. In an iframe
   * taller than the window, both drivers' own scrolling stops at the iframe's edge and the
   * click lands outside the window, on nothing; so the top page is scrolled here.
   */
  async click(el) {
    const frame = this.frame;
    if (frame) {
      const top = await this.execute((e) => e.getBoundingClientRect().top, el);
      await this.switchToFrame(null);
      await this.execute((f, y) => scrollTo(0, scrollY + f.getBoundingClientRect().top + y - innerHeight / 2), frame, top);
      await this.switchToFrame(frame);
    } else {
      await this.execute((e) => e.scrollIntoView({ block: "center", inline: "nearest" }), el);
    }
    return this.cmd("POST", `/element/${el[ELEMENT]}/click`, {});
  }

  /** Focuses the element and types into it, as keys (so input events fire as for a person). */
  type(el, text) {
    return this.cmd("POST", `/element/${el[ELEMENT]}/value`, { text });
  }

  clear(el) {
    return this.cmd("POST", `/element/${el[ELEMENT]}/clear`, {});
  }

  /** null: the top document; an element: that iframe (one level deep). */
  async switchToFrame(el) {
    await this.cmd("POST", "/frame", { id: el ?? null });
    this.frame = el ?? null;
  }

  setWindowRect(rect) {
    return this.cmd("POST", "/window/rect", rect);
  }

  async quit() {
    this.bidi?.close();
    await this.cmd("DELETE", "").catch(() => {});
  }
}

async function command(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: body ? { "content-type": "application/json; charset=utf-8" } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json();
  if (json.value?.error) {
    throw new Error(`${method} ${path}: ${json.value.error}: ${json.value.message}`);
  }
  return json.value;
}

/** WebDriver BiDi: commands with ids, and events to listeners. */
class Bidi {
  static connect(url) {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      ws.once("open", () => resolve(new Bidi(ws)));
      ws.once("error", reject);
    });
  }

  constructor(ws) {
    this.ws = ws;
    this.next = 1;
    this.pending = new Map();
    this.listeners = [];
    ws.on("message", (data) => {
      const msg = JSON.parse(String(data));
      if (msg.id && this.pending.has(msg.id)) {
        const { resolve, reject } = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (msg.type === "error") reject(new Error(`${msg.error}: ${msg.message}`));
        else resolve(msg.result);
      } else if (msg.type === "event") {
        for (const listener of this.listeners) listener(msg.method, msg.params);
      }
    });
  }

  send(method, params = {}) {
    const id = this.next++;
    this.ws.send(JSON.stringify({ id, method, params }));
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  on(listener) {
    this.listeners.push(listener);
  }

  close() {
    this.ws.close();
  }
}
