/**
 * De-identifier CLI (an exact contract used for outside evaluation):
 *   npm run --silent deidentify < in.jsonl > out.jsonl
 * Input: JSON Lines, each {"id": "...", "text": "..."}; empty lines are skipped.
 * Output: exactly one JSON line per input line: {"id", "redacted", "findings": [{"start","end","type"}]}
 * or {"id": <id or null>, "error": "..."} for a malformed line. Nothing else is written to stdout.
 * Exit code 0.
 */
import { createInterface } from "node:readline";

// Anything a library might log goes to stderr, never to stdout.
const toStderr = (...args: unknown[]) => process.stderr.write(args.map(String).join(" ") + "\n");
console.log = toStderr;
console.info = toStderr;
console.debug = toStderr;
console.warn = toStderr;

async function main(): Promise<void> {
  const { deidentify } = await import("./index");
  const out = process.stdout;
  const write = (obj: unknown): Promise<void> | void => {
    if (!out.write(JSON.stringify(obj) + "\n")) return new Promise((r) => out.once("drain", () => r()));
  };
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const raw of rl) {
    const line = raw.replace(/^\uFEFF/, "");
    if (!line.trim()) continue;
    let id: unknown = null;
    let result: unknown;
    try {
      const parsed: unknown = JSON.parse(line);
      if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("line is not a JSON object");
      const rec = parsed as Record<string, unknown>;
      id = rec.id ?? null;
      if (typeof rec.text !== "string") throw new Error('missing string field "text"');
      const r = deidentify(rec.text);
      result = {
        id,
        redacted: r.redacted,
        findings: r.findings.map((f) => ({ start: f.start, end: f.end, type: f.type })),
      };
    } catch (err) {
      result = { id, error: err instanceof Error ? err.message : String(err) };
    }
    const pending = write(result);
    if (pending) await pending;
  }
}

main()
  .catch((err) => {
    process.stderr.write(`deidentify: ${err instanceof Error ? err.stack : String(err)}\n`);
  })
  .finally(() => {
    process.exitCode = 0;
  });
