// The limit: a bare node:http server answering every request with the same bytes (the thread page, as the
// app compressed it). `tsx tests/bench/load/bare-server.ts FILE CONTENT_ENCODING` prints its port.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const body = readFileSync(process.argv[2]!);
const encoding = process.argv[3];
const headers: Record<string, string> = {
  "Content-Type": "text/html; charset=utf-8",
  "Content-Length": String(body.length),
  "Cache-Control": "private, no-store",
};
if (encoding) headers["Content-Encoding"] = encoding;
const server = createServer((_req, res) => {
  res.writeHead(200, headers);
  res.end(body);
}).listen(0, "127.0.0.1", () => console.log((server.address() as AddressInfo).port));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
