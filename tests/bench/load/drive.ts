// The load generator, run as its own process so its CPU does not count against the server's:
// `tsx tests/bench/load/drive.ts '<json>'` drives the URLs in turn with autocannon and prints one JSON line.
import autocannon from "autocannon";

type DriveConfig = { base: string; paths: string[]; headers: Record<string, string>; connections: number; seconds: number };

const config = JSON.parse(process.argv[2]!) as DriveConfig;
const times: number[] = [];
let finish: (r: autocannon.Result) => void = () => {};
const done = new Promise<autocannon.Result>((resolve) => (finish = resolve));
const instance = autocannon(
  {
    url: config.base,
    connections: config.connections,
    duration: config.seconds,
    headers: config.headers,
    // Each connection walks the list of paths in turn (several queries for /search, one path elsewhere).
    requests: config.paths.map((path) => ({ method: "GET", path })),
  },
  (error, result) => {
    if (error) throw error;
    finish(result);
  },
);
// autocannon's summary has no p95, so every response time is kept and the percentiles taken here.
instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
const result = await done;
times.sort((a, b) => a - b);
const at = (p: number) => (times.length ? times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]! : NaN);
process.stdout.write(
  `${JSON.stringify({
    requests: result.requests.total,
    rps: result.requests.total / config.seconds,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytes: result.throughput.total,
  })}\n`,
);
