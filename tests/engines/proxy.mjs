// The browsers' only way out: an HTTP proxy on 127.0.0.1 that forwards nothing. It
// answers every request (and every HTTPS CONNECT) with 502 and records it, so a test can
// assert that nothing tried to leave the machine. Each browser is told to reach
// 127.0.0.1 directly and everything else through this proxy.
import { createServer } from "node:http";

export function startRecordingProxy() {
  const requests = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(502, { "Content-Type": "text/plain", Connection: "close" }).end("no network in tests");
  });
  server.on("connect", (req, socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.end("HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\n\r\n");
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      resolve({
        port: server.address().port,
        requests,
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}
