/**
 * Distress screening CLI (an exact contract used for outside evaluation):
 *   npm run --silent screen-distress < in.jsonl > out.jsonl
 * Input: JSON Lines, each {"id": "...", "text": "...", "lang"?: "en" | "fr"}; empty lines are skipped.
 * Output: exactly one JSON line per input line: {"id", "distress": true | false, "signals": ["ideation", …]}
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

/** One output record for one input line; never throws. */
function screenLine(line: string, detect: (text: string, options: { lang?: string }) => { distress: boolean; signals: string[] }): unknown {
  let id: unknown = null;
  try {
    const parsed: unknown = JSON.parse(line);
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("line is not a JSON object");
    const rec = parsed as Record<string, unknown>;
    id = rec.id ?? null;
    if (typeof rec.text !== "string") throw new Error('missing string field "text"');
    if (rec.lang !== undefined && rec.lang !== null && typeof rec.lang !== "string") throw new Error('field "lang" must be a string');
    const r = detect(rec.text, { lang: typeof rec.lang === "string" ? rec.lang : undefined });
    return { id, distress: r.distress, signals: r.signals };
  } catch (err) {
    return { id, error: err instanceof Error ? err.message : String(err) };
  }
}

async function main(): Promise<void> {
  const { detectDistress } = await import("./index");
  const out = process.stdout;
  // A reader that stops early (`| head`) is not a failure.
  out.on("error", () => process.exit(0));
  const write = (obj: unknown): Promise<void> | void => {
    if (!out.write(JSON.stringify(obj) + "\n")) return new Promise((r) => out.once("drain", () => r()));
  };
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const raw of rl) {
    const line = raw.replace(/^\uFEFF/, "");
    if (!line.trim()) continue;
    const pending = write(screenLine(line, detectDistress));
    if (pending) await pending;
  }
}

main()
  .catch((err) => {
    process.stderr.write(`screen-distress: ${err instanceof Error ? err.stack : String(err)}\n`);
  })
  .finally(() => {
    process.exitCode = 0;
  });
