// Starts Debian's Firefox ESR (through geckodriver, built into .tools/ by scripts/setup)
// or Debian's WebKitGTK MiniBrowser (through WebKitWebDriver, on a private Xvfb display),
// both with every connection that is not to 127.0.0.1 sent to the recording proxy.
//
// launch(engine, proxy) returns { session, engine, bidiErrors, setViewport?, close }.
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { startDriver, Session } from "./webdriver.mjs";

export async function launch(engine, proxy) {
  return engine === "firefox" ? firefox(proxy) : webkit(proxy);
}

async function firefox(proxy) {
  // Firefox inherits geckodriver's environment. Release builds honour
  // services.settings.server (below) only with MOZ_REMOTE_SETTINGS_DEVTOOLS set.
  const driver = await startDriver(process.env.GECKODRIVER ?? "geckodriver", ["--host=127.0.0.1", "--websocket-port=0"], {
    ...process.env,
    MOZ_REMOTE_SETTINGS_DEVTOOLS: "1",
  });
  const session = await Session.create(driver, {
    browserName: "firefox",
    webSocketUrl: true, // WebDriver BiDi, for console events and the viewport
    "moz:firefoxOptions": {
      binary: process.env.FIREFOX ?? "/usr/bin/firefox-esr",
      args: ["-headless"],
      prefs: {
        // Everything but 127.0.0.1 goes to the recording proxy.
        "network.proxy.type": 1,
        "network.proxy.http": "127.0.0.1",
        "network.proxy.http_port": proxy.port,
        "network.proxy.ssl": "127.0.0.1",
        "network.proxy.ssl_port": proxy.port,
        "network.proxy.no_proxies_on": "127.0.0.1",
        "network.proxy.allow_hijacking_localhost": false,
        // Firefox's own background traffic, so that the proxy sees only what pages ask for.
        "network.dns.disablePrefetch": true,
        "network.predictor.enabled": false,
        "network.prefetch-next": false,
        "network.captive-portal-service.enabled": false,
        "network.connectivity-service.enabled": false,
        "network.trr.mode": 5,
        "browser.safebrowsing.update.enabled": false,
        "browser.safebrowsing.downloads.remote.enabled": false,
        "browser.region.network.url": "",
        "browser.region.update.enabled": false,
        // (A data: URL, as geckodriver sets, makes the Rust client fall back to the real server.)
        "services.settings.server": "http://127.0.0.1:9/v1",
        "extensions.getAddons.cache.enabled": false,
        "datareporting.policy.dataSubmissionEnabled": false,
        "toolkit.telemetry.enabled": false,
        "dom.push.connection.enabled": false,
        "intl.accept_languages": "ko-KR, ko",
        // Scrollbars that take no room, as on a phone.
        "widget.gtk.overlay-scrollbars.enabled": true,
      },
    },
  });
  const bidiErrors = [];
  await session.bidi.send("session.subscribe", { events: ["log.entryAdded"] });
  session.bidi.on((method, params) => {
    if (method === "log.entryAdded" && params.level === "error") bidiErrors.push(params.text);
  });
  return {
    engine: "firefox",
    session,
    bidiErrors,
    /** The top window's viewport, through BiDi: 360 × 780 like a phone. */
    async setViewport(width, height) {
      const { contexts } = await session.bidi.send("browsingContext.getTree", {});
      await session.bidi.send("browsingContext.setViewport", {
        context: contexts[0].context,
        viewport: width ? { width, height } : null,
      });
    },
    async close() {
      await session.quit();
      await driver.stop();
    },
  };
}

async function webkit(proxy) {
  const xvfb = await startXvfb();
  const driver = await startDriver(process.env.WEBKIT_DRIVER ?? "WebKitWebDriver", [], {
    ...process.env,
    DISPLAY: xvfb.display,
  });
  let session;
  try {
    session = await Session.create(driver, {
      "webkitgtk:browserOptions": {
        binary: miniBrowser(),
        args: ["--automation", `--proxy=http://127.0.0.1:${proxy.port}`, "--ignore-host=127.0.0.1"],
      },
    });
  } catch (e) {
    await driver.stop();
    xvfb.stop();
    throw e;
  }
  return {
    engine: "webkit",
    session,
    bidiErrors: null, // no BiDi in WebKitWebDriver: console-hook.js records errors instead
    async close() {
      await session.quit();
      await driver.stop();
      xvfb.stop();
    },
  };
}

function miniBrowser() {
  if (process.env.MINIBROWSER) return process.env.MINIBROWSER;
  for (const arch of readdirSync("/usr/lib")) {
    for (const version of ["webkit2gtk-4.1", "webkit2gtk-4.0", "webkitgtk-6.0"]) {
      const path = `/usr/lib/${arch}/${version}/MiniBrowser`;
      if (existsSync(path)) return path;
    }
  }
  throw new Error("MiniBrowser not found: scripts/setup installs webkit2gtk-driver");
}

/** An X server of our own for MiniBrowser (it has no headless mode); -displayfd picks a free display. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const child = spawn("Xvfb", ["-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"], {
      stdio: ["ignore", "ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`Xvfb exited (${code}): ${stderr}`)));
    const stop = () => child.kill("SIGTERM");
    process.once("exit", stop);
    child.stdio[3].once("data", (d) => resolve({ display: `:${String(d).trim()}`, stop }));
  });
}
